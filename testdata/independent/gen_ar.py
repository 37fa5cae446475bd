#!/usr/bin/env python3
"""Held-out PHI test corpus generator -- theme "ar":
patient identity & health information exchange (EMPI, PIX/PDQ, XCPD/XCA,
Carequality/CommonWell, Direct/XDM, consent, ADT to HIE, identity proofing,
merge/unmerge audit, referral networks).

Standard library only; fixed seed; byte-for-byte reproducible.
Writes ar.log (one record a line) and ar.labels.jsonl (byte-offset spans).
All people are synthetic.
"""
import base64
import json
import os
import random
import sys
import unicodedata
import uuid
from datetime import date, datetime, timedelta

SEED = 20240314
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LOG_PATH = os.path.join(HERE, "ar.log")
LAB_PATH = os.path.join(HERE, "ar.labels.jsonl")
N_LINES = 500
N_CLEAN = 225          # 45% of lines with no PHI at all
REF = date(2024, 3, 14)

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]

# ----------------------------------------------------------------- markers --
# A labeled value is embedded as \x01cat\x02value\x03 and stripped by render().


def P(v, cat):
    v = str(v)
    assert cat in CATS, cat
    assert v and v == v.strip(), repr(v)
    assert not any(c in v for c in "\x01\x02\x03\n\r"), repr(v)
    return "\x01" + cat + "\x02" + v + "\x03"


def render(s):
    out = bytearray()
    spans = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == "\x01":
            j = s.index("\x02", i)
            k = s.index("\x03", j)
            cat, v = s[i + 1:j], s[j + 1:k]
            st = len(out)
            out += v.encode("utf-8")
            spans.append({"s": st, "e": len(out), "cat": cat, "_v": v})
            i = k + 1
        else:
            assert c not in "\x02\x03", "stray marker"
            out += c.encode("utf-8")
            i += 1
    return bytes(out), spans


# ------------------------------------------------------------------ pools --
FIRST_F = ["Maria", "Aisha", "Priya", "Mei", "Fatima", "Olga", "Siobhan", "Yuki",
           "Ngozi", "Lucía", "Zoë", "Hannah", "Camila", "Amara", "Leila", "Sofia",
           "Anna", "Grace", "Thi", "Inès", "Keisha", "Rosa", "Ewa", "Chloé",
           "Dolores", "Esperanza", "Bich", "Hye-jin", "Tamar", "Ifeoma", "Margaret",
           "Dorothy", "Gabriela", "Ayesha", "Marisol", "Agnieszka", "Nadia", "Folake"]
FIRST_M = ["José", "Wei", "Olumide", "Dmitri", "Hiroshi", "Mateo", "Ahmed", "Raj",
           "Liam", "Kwame", "Jürgen", "Łukasz", "Søren", "François", "Tariq",
           "Carlos", "Minh", "Jamal", "Ivan", "Chidi", "Luis", "Arjun", "Omar",
           "Samuel", "Darnell", "Giovanni", "Yusuf", "Ji-ho", "Eitan", "Patrick",
           "Walter", "Harold", "Tomás", "Hamza", "Andrés", "Bogdan", "Kofi"]
LAST = ["Lopez", "Nguyen", "Okafor", "Patel", "Kowalski", "Haddad", "O'Brien",
        "Müller", "García", "Kim", "Johansson", "Rossi", "Cohen", "Yamamoto",
        "Mensah", "Ivanova", "Fernández", "Singh", "Chen", "Williams", "Dubois",
        "Abara", "Tran", "Rahman", "Novak", "Hernández", "Schmidt", "Jackson",
        "Adeyemi", "Castillo", "Park", "Murphy", "Al-Sayed", "Petrov", "Sato",
        "Ortiz", "Banerjee", "Ibáñez", "Çelik", "Dvořák", "Washington", "Reyes",
        "Nakamura", "Kaur", "Osei", "Moreau", "Lindqvist", "Popescu", "Kovács",
        "Gómez", "Peña", "Friedman", "Mahlangu", "Pham", "Da Silva",
        "Van der Berg", "García-López", "MacLeod", "Begay", "Yazzie", "Horvat",
        "Takahashi", "Wójcik", "Alvarez", "Brown", "Johnson", "Smith", "Davis",
        "Thompson", "Nwosu", "Haugen", "Delgado"]

# (city, county, state, zip3, area codes)
CITIES = [
    ("Springfield", "Sangamon", "IL", "627", ["217"]),
    ("Worcester", "Worcester", "MA", "016", ["508", "774"]),
    ("Dayton", "Montgomery", "OH", "454", ["937"]),
    ("Tucson", "Pima", "AZ", "857", ["520"]),
    ("Fresno", "Fresno", "CA", "937", ["559"]),
    ("Yakima", "Yakima", "WA", "989", ["509"]),
    ("El Paso", "El Paso", "TX", "799", ["915"]),
    ("Lowell", "Middlesex", "MA", "018", ["978"]),
    ("Hialeah", "Miami-Dade", "FL", "330", ["305", "786"]),
    ("Paterson", "Passaic", "NJ", "075", ["973"]),
    ("Dearborn", "Wayne", "MI", "481", ["313"]),
    ("Flushing", "Queens", "NY", "113", ["718", "347"]),
    ("Gresham", "Multnomah", "OR", "970", ["503", "971"]),
    ("Beaverton", "Washington", "OR", "970", ["503", "971"]),
    ("Salem", "Marion", "OR", "973", ["503"]),
    ("Vancouver", "Clark", "WA", "986", ["360"]),
    ("Aurora", "Arapahoe", "CO", "800", ["303", "720"]),
    ("Knoxville", "Knox", "TN", "379", ["865"]),
    ("Albuquerque", "Bernalillo", "NM", "871", ["505"]),
    ("Lancaster", "Lancaster", "PA", "176", ["717"]),
    ("Savannah", "Chatham", "GA", "314", ["912"]),
    ("Boise", "Ada", "ID", "837", ["208"]),
    ("Duluth", "St. Louis", "MN", "558", ["218"]),
    ("Baton Rouge", "East Baton Rouge", "LA", "708", ["225"]),
    ("Omaha", "Douglas", "NE", "681", ["402"]),
    ("Providence", "Providence", "RI", "029", ["401"]),
    ("Anchorage", "Anchorage", "AK", "995", ["907"]),
    ("Honolulu", "Honolulu", "HI", "968", ["808"]),
    ("Sioux Falls", "Minnehaha", "SD", "571", ["605"]),
    ("Stockton", "San Joaquin", "CA", "952", ["209"]),
    ("Laredo", "Webb", "TX", "780", ["956"]),
    ("Bend", "Deschutes", "OR", "977", ["541"]),
    ("Eugene", "Lane", "OR", "974", ["541"]),
    ("Tacoma", "Pierce", "WA", "984", ["253"]),
]
STREETS = ["Oak", "Maple", "Cedar", "Elm", "Pine", "Washington", "Lincoln",
           "Jefferson", "Martin Luther King Jr", "Cesar Chavez", "Willow",
           "Lakeview", "Sunset", "Highland", "Park", "Church", "Mill", "River",
           "Chestnut", "Magnolia", "Walnut", "Spring", "Ridge", "Orchard",
           "Prospect", "Hillcrest", "Division", "Burnside", "Alder", "Glisan",
           "Foster", "Sandy", "Killingsworth", "Fremont", "Broadway", "Main"]
SUFFIX = ["St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Ct", "Way", "Pl", "Ter",
          "Street", "Avenue", "Road", "Drive", "Lane", "Pkwy", "Cir"]
UNITS = ["Apt 4B", "Apt 210", "Unit 12", "#3", "Apt 1", "Ste 5", "Unit C",
         "Apt 17", "Lot 44", "Apt 3R", "Fl 2"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com",
             "proton.me", "comcast.net", "hotmail.com", "att.net", "msn.com"]
DIRECT_PT_DOM = ["direct.myhealthvault.net", "patient.direct-pha.org",
                 "hisp.carebridge.net", "direct.healthmail.io"]

CLIN = [("Anika", "Rao"), ("Thomas", "Whitfield"), ("Elena", "Vasquez"),
        ("Kenji", "Mori"), ("Rachel", "Goldberg"), ("Samuel", "Adeyinka"),
        ("Laura", "Bennett"), ("Vikram", "Iyer"), ("Claire", "Fontaine"),
        ("David", "Okonkwo"), ("Miguel", "Santos"), ("Hana", "Kobayashi")]
STAFF = ["kpatel_him", "hmiller_him", "svc-empi-batch", "svc_pix_mgr",
         "jgarcia_reg", "empi.steward3", "hie-ops", "mrowe.admin", "svc-xca-gw",
         "dq_runner", "idp-worker-2", "tnguyen_hims", "lchen.dqa", "svc-ens",
         "achavez_reg", "bwong.him"]
SRCS = ["SMH_ADT", "MVC_EPIC", "LKC_ATHENA", "RBFM_ECW", "CHIE_PORTAL",
        "OHSU_XCPD", "KP_NW_XCPD", "PROV_CQ"]

HOSP = "St. Brigid Medical Center"
HOSP_ADDR = "1200 Harbor Way, Portland, OR 97201"
HOSP_PH = "503-555-0100"
HOSP_FAX = "503-555-0109"
PARTNERS = [
    ("Lakeside Cardiology", "4400 Medical Pkwy, Austin, TX 78756", "512-555-0190", "512-555-0191"),
    ("Riverbend Family Medicine", "88 Commerce St, Yakima, WA 98901", "509-555-0122", "509-555-0123"),
    ("Mercy Valley Clinic", "2750 NE Sandy Blvd, Portland, OR 97232", "503-555-0147", "503-555-0148"),
    ("Cascade Orthopedic Group", "9 Bridgeport Way, Tualatin, OR 97062", "503-555-0160", "503-555-0161"),
]
VENDORS = [
    "IDVerity Inc., 500 Commerce Pkwy Ste 300, Reston, VA 20191",
    "Keystone KBA Solutions, 1 Liberty Plaza Fl 22, New York, NY 10006",
    "Northwind Identity Labs, 2200 Mission College Blvd, Santa Clara, CA 95054",
]
OID_HIE = "2.16.840.1.113883.3.7204.1"
OID_SMH = "2.16.840.1.113883.3.7204.1.101"
OID_MVC = "2.16.840.1.113883.3.7204.1.102"
OID_LKC = "2.16.840.1.113883.3.7204.1.103"
OID_SSN = "2.16.840.1.113883.4.1"
OID_DL = "2.16.840.1.113883.4.3.41"
OID_PP = "2.16.840.1.113883.4.330.840"
FAC_OIDS = [("SMH", OID_SMH), ("MVC", OID_MVC), ("LKC", OID_LKC)]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


# ---------------------------------------------------------------- helpers --
def ch(seq):
    return R.choice(seq)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def up(s):
    return s.upper()


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("Ł", "L").replace("ł", "l").replace("ø", "o").replace("Ø", "O")


def slug(s):
    return "".join(c for c in fold(s).lower() if c.isalnum())


def luhn_digit(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    body = "1" + digits(8)
    # NPI check digit = Luhn over "80840" + 9 digits
    return body + luhn_digit("80840" + body)


CLIN_NPI = {c: npi() for c in CLIN}


def clin():
    c = ch(CLIN)
    return c[0], c[1], CLIN_NPI[c]


def dea(last_initial=None):
    a = ch("ABFM")
    b = last_initial or ch("ABCDEGHKLMNPRSTW")
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return a + b + "".join(map(str, d)) + str(chk)


def ssn(style=0):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    if style == 0:
        return f"{a:03d}-{g:02d}-{s:04d}"
    if style == 1:
        return f"{a:03d}{g:02d}{s:04d}"
    return f"{a:03d} {g:02d} {s:04d}"


def phone(ac=None, style=None):
    if isinstance(ac, (list, tuple)):
        ac = ch(ac)
    ac = ac or ch(["503", "971", "541", "360", "206", "415", "312", "617", "713", "305"])
    ex = str(R.randint(2, 9)) + digits(2)
    ln = digits(4)
    style = R.randint(0, 5) if style is None else style
    return [f"{ac}-{ex}-{ln}", f"({ac}) {ex}-{ln}", f"({ac}){ex}-{ln}",
            f"+1 {ac} {ex} {ln}", f"{ac}.{ex}.{ln}", f"{ac}{ex}{ln}"][style]


def email(p):
    f, l = slug(p.first), slug(p.last)
    form = R.randint(0, 4)
    local = [f"{f}.{l}", f"{f[0]}{l}{R.randint(1, 99)}", f"{f}{l}{p.dob.year % 100:02d}",
             f"{l}.{f}", f"{f}_{l}{R.randint(1, 9)}"][form]
    return f"{local}@{ch(EMAIL_DOM)}"


def direct_addr(p):
    return f"{slug(p.first)}.{slug(p.last)}{R.randint(1, 99)}@{ch(DIRECT_PT_DOM)}"


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashed=False):
    an = MBI_ALPHA + "0123456789"
    s = (str(R.randint(1, 9)) + ch(MBI_ALPHA) + ch(an) + str(R.randint(0, 9)) + ch(MBI_ALPHA)
         + ch(an) + str(R.randint(0, 9)) + ch(MBI_ALPHA) + ch(MBI_ALPHA)
         + str(R.randint(0, 9)) + str(R.randint(0, 9)))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


def member_id():
    return ch([lambda: ch(["XJH", "ZGP", "YLW", "QMB", "KPN", "W"]) + digits(9),
               lambda: "M" + digits(8) + "01",
               lambda: digits(3) + ch("ABCDEFGH") + digits(5),
               lambda: "OHP" + digits(8),
               lambda: "U" + digits(8) + "-0" + str(R.randint(1, 4))])()


def card():
    body = ch(["4", "51", "52", "55", "37"])
    n = 15 if body == "37" else 16
    body += digits(n - 1 - len(body))
    num = body + luhn_digit(body)
    if R.random() < 0.5:
        return num
    if n == 16:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    return f"{num[:4]} {num[4:10]} {num[10:]}"


def acct_no():
    return ch([lambda: "A" + digits(9), lambda: digits(10), lambda: "HAR" + digits(8),
               lambda: "PA-" + digits(7), lambda: "G" + digits(8)])()


def bank_acct():
    return digits(R.randint(9, 12))


def dl(state=None):
    st = state or ch(["OR", "WA", "CA", "TX", "FL", "IL", "NY"])
    v = {"OR": lambda: digits(7) if R.random() < .5 else ch("ABC") + digits(6),
         "WA": lambda: "WDL" + "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)),
         "CA": lambda: ch("ABDEFNSY") + digits(7),
         "TX": lambda: digits(8),
         "FL": lambda: ch("BGHKLMNS") + digits(3) + "-" + digits(3) + "-" + digits(2) + "-" + digits(3) + "-0",
         "IL": lambda: ch("BGHKLMNS") + digits(3) + "-" + digits(4) + "-" + digits(4),
         "NY": lambda: digits(3) + " " + digits(3) + " " + digits(3)}[st]()
    return v, st


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1,
           "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4,
           "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    s = (ch(["1HG", "2HG", "1FT", "3VW", "5YJ", "JTD", "1G1", "KMH", "WBA", "4T1", "1N4", "5NP"])
         + "".join(ch(al) for _ in range(5)) + "0" + ch("DEFGHJKLMNP") + ch(al) + digits(6))
    tot = sum(VIN_MAP[c] * w for c, w in zip(s, VIN_W))
    c = tot % 11
    return s[:8] + ("X" if c == 10 else str(c)) + s[9:]


def plate():
    return ch([lambda: str(R.randint(1, 9)) + "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(3),
               lambda: "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "-" + digits(4),
               lambda: digits(3) + " " + "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)),
               lambda: "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(3)])()


def imei():
    body = ch(["35", "86", "01", "49"]) + digits(12)
    return body + luhn_digit(body)


def mac(sep=":"):
    return sep.join(f"{R.randint(0, 255):02X}" for _ in range(6))


def udi():
    gtin = "0" + ch(["0643169", "0884838", "0381780", "5414734"]) + digits(5)
    gtin += luhn_digit(gtin)  # not GS1 mod10 exactly; shape only
    exp = date(2025 + R.randint(0, 3), R.randint(1, 12), R.randint(1, 28))
    return f"(01){gtin}(17){exp:%y%m%d}(10){ch('ABCDEFGHJKMN')}{digits(5)}(21){ch(['PJN', 'RNB', 'SN', 'BLK'])}{digits(6)}{ch('SHGA')}"


def dev_serial():
    return ch([lambda: ch(["PJN", "RNB", "SJM", "BSC", "NWR"]) + digits(6) + ch("SHGAR"),
               lambda: "SN" + digits(9),
               lambda: digits(2) + ch("ABCDEFGH") + digits(7),
               lambda: "G7X" + "".join(ch("0123456789ABCDEF") for _ in range(8))])()


PUB_OCT = [24, 47, 50, 64, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97,
           98, 99, 107, 108, 174, 184, 207]


def pub_ip():
    if R.random() < 0.15:
        return "2601:" + ":".join(f"{R.randint(0, 65535):x}" for _ in range(7))
    return f"{ch(PUB_OCT)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def priv_ip():
    return ch([lambda: f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
               lambda: f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
               lambda: f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
               lambda: "127.0.0.1"])()


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def jpeg_b64(n=None):
    hdr = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    return b64(hdr + rbytes(n or R.randint(45, 120)))


def png_b64(n=None):
    hdr = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xc8\x00\x00\x00\xf0\x08\x02\x00\x00\x00"
    return b64(hdr + rbytes(n or R.randint(40, 110)))


def fp_template():
    return b64(b"FMR\x00 20\x00" + rbytes(R.randint(48, 110)))


def bio_template():
    return b64(rbytes(R.randint(48, 120)))


def sha256():
    return hexs(64)


def ver():
    return f"{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 40)}"


def msgctl():
    return ch([lambda: "MSG" + digits(8), lambda: ts_compact() + digits(4),
               lambda: hexs(12).upper(), lambda: digits(10)])()


def ts_compact():
    return f"2024{R.randint(3, 6):02d}{R.randint(1, 28):02d}{R.randint(0, 23):02d}{R.randint(0, 59):02d}"


def pod(name):
    return f"{name}-{hexs(9)}-{''.join(ch('abcdefghjkmnpqrstvwxz2456789') for _ in range(5))}"


def dfmt(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "us1":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "hl7":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "eu":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "es":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "mon":
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    raise ValueError(style)


def anyd(d):
    return dfmt(d, ch(["iso", "us", "us1", "hl7", "mon", "long", "iso", "us"]))


def ts_iso(ts):
    return f"{ts:%Y-%m-%dT%H:%M:%S}.{R.randint(0, 999):03d}Z"


def ts_l4j(ts):
    return f"{ts:%Y-%m-%d %H:%M:%S},{R.randint(0, 999):03d}"


def ts_sys(ts):
    return f"{MON[ts.month - 1]} {ts.day:2d} {ts:%H:%M:%S}"


def ts_clf(ts):
    return f"{ts.day:02d}/{MON[ts.month - 1]}/{ts.year}:{ts:%H:%M:%S} -0700"


def ts_hl7(ts):
    return f"{ts:%Y%m%d%H%M%S}"


def ts_epoch(ts):
    return str(int((ts - datetime(1970, 1, 1)).total_seconds()) * 1000 + R.randint(0, 999))


def typo(s):
    if len(s) < 4:
        return s + s[-1]
    i = R.randint(1, len(s) - 3)
    op = R.randint(0, 3)
    if op == 0:
        r = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    elif op == 1:
        r = s[:i] + s[i + 1:]
    elif op == 2:
        r = s[:i] + s[i] + s[i:]
    else:
        r = fold(s)
        if r == s:
            r = s[:i] + s[i + 1:]
    r = r.strip()
    return r if r else s


class Person:
    def __init__(self, old=False, sex=None, last=None):
        self.sex = sex or ch("MF")
        self.first = ch(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = last or ch(LAST)
        self.mi = ch("ABCDEFGHJKLMNPRSTW")
        y = R.randint(1920, 1932) if old else R.randint(1936, 2021)
        self.dob = date(y, R.randint(1, 12), R.randint(1, 28))
        c = ch(CITIES)
        self.city, self.county, self.state, z3, acs = c
        self.zip = z3 + digits(2)
        self.street = f"{R.randint(2, 19899)} {ch(STREETS)} {ch(SUFFIX)}"
        if R.random() < 0.2:
            self.street = f"{R.randint(100, 19899)} {ch(['NE', 'SE', 'NW', 'SW', 'N', 'S'])} {ch(STREETS)} {ch(SUFFIX)}"
        self.unit = ch(UNITS) if R.random() < 0.35 else ""
        self.phone = phone(ch(acs))
        self.mrn = digits(8)
        self.euid = "E" + digits(9)
        self.ssn = ssn(R.choice([0, 0, 1]))
        self.acs = acs

    @property
    def age(self):
        a = REF.year - self.dob.year - ((REF.month, REF.day) < (self.dob.month, self.dob.day))
        return a

    def fl(self):
        return f"{self.first} {self.last}"

    def lf(self):
        return f"{self.last}, {self.first}"

    def hl7n(self, mi=None):
        mi = R.random() < 0.5 if mi is None else mi
        return f"{up(self.last)}^{up(self.first)}" + (f"^{self.mi}" if mi else "")

    def street_full(self):
        return f"{self.street} {self.unit}" if self.unit else self.street


def person(old=None, **kw):
    if old is None:
        old = R.random() < 0.18
    return Person(old=old, **kw)


def age_str(p):
    """Age rendered; labeled only if > 89."""
    a = str(p.age)
    return P(a, "age") if p.age > 89 else a


def recent_date(ts, back=0, fwd=0):
    return (ts + timedelta(days=R.randint(-back, fwd))).date()


def name_any(p):
    return ch([p.fl, p.lf, lambda: f"{up(p.last)}, {up(p.first)}", lambda: f"{p.first} {p.mi}. {p.last}"])()


def seg_sep():
    return ch(["<CR>", "\\r", "<CR>", " \\r "])


def msh(ts, typ, sa=None, sf=None, ra=None, rf=None, ver_="2.5.1"):
    sa = sa or ch(["EPIC", "CERNER_ADT", "MEDITECH", "SMH_ADT", "ATHENA"])
    sf = sf or ch(["SMH", "MVC", "LKC", "RBFM"])
    ra = ra or ch(["CHIE_PIX", "PIXMGR", "HIE_ADT_IN", "EMPI"])
    rf = rf or "CHIE"
    return f"MSH|^~\\&|{sa}|{sf}|{ra}|{rf}|{ts_hl7(ts)}||{typ}|{msgctl()}|P|{ver_}"


# ------------------------------------------------------------- families ----
FAMILIES = []


def family(name, weight):
    def deco(fn):
        FAMILIES.append((name, weight, fn))
        return fn
    return deco


@family("empi_match_log4j", 6)
def f_empi_match(ts, phi):
    t = ts_l4j(ts)
    thr = f"[match-worker-{R.randint(1, 12)}]"
    txn = hexs(16)
    if not phi:
        v = R.randint(0, 5)
        if v == 0:
            return (f"{t} INFO  {thr} o.c.empi.MatchEngine - txn={txn} src={ch(SRCS)} msgCtl={msgctl()} candidates=0 "
                    f"decision=CREATE_NEW blockingKeys=[dm_ln+dob_yr,phone_last7,ssn_last4] buckets={R.randint(3, 40)} elapsed={R.randint(12, 900)}ms")
        if v == 1:
            return (f"{t} INFO  {thr} o.c.empi.ThresholdConfig - reloaded match profile 'adult-default' v{ver()} autolink>={R.uniform(14, 18):.2f} "
                    f"review>={R.uniform(9, 13):.2f} sha256={sha256()} by svc-empi-batch")
        if v == 2:
            n = R.randint(2000, 90000)
            return (f"{t} INFO  {thr} o.c.empi.BatchLinker - batch=B{ts:%Y%m%d}-{R.randint(1, 24):02d} records={n} autolinked={n * 7 // 10} "
                    f"tasked={n // 20} new={n // 5} errors=0 throughput={R.randint(200, 1800)}/s heap={R.randint(900, 3800)}MB")
        if v == 3:
            return (f"{t} WARN  {thr} o.c.empi.CandidateSearch - slow blocking query bucket=SOUNDEX:{ch('BCDLMPRST')}{R.randint(100, 650)} rows={R.randint(2000, 90000)} "
                    f"took={R.randint(1200, 9000)}ms host=empi-db0{R.randint(1, 4)}.chie.internal:5432 traceId={hexs(32)}")
        if v == 5:
            return (f"{t} INFO  {thr} o.c.empi.StewardConsole - task DR-{ts.year}-{R.randint(1000, 199999):06d} closed by {ch(STAFF)} "
                    f"(approver {ch(STAFF)}) pairRow={R.randint(100000, 9999999)} linkType=SAME_PERSON reviewedFields=[ln,fn,dob,ssn4,addr] "
                    f"session={uid()} ip={priv_ip()}")
        return (f"{t} ERROR {thr} o.c.empi.MatchEngine - txn={txn} src={ch(SRCS)} rejected: PID-3 missing assigning authority "
                f"(seg PID, field 3, rep 1) ackCode=AE errCode=207 order=ORD-{ts.year}-{digits(7)} build={R.randint(1000, 9999)}")
    v = R.randint(0, 3)
    p = person(old=R.random() < (.6 if v == 3 else .15))
    s = R.uniform(10, 24)
    dec = "AUTO_LINK" if s > 16 else ("REVIEW" if s > 11.5 else "NO_MATCH")
    fac, _ = ch(FAC_OIDS)
    mk = ch(["mrn", "localId", "srcPatientId", "pid3"])
    if v == 0:
        return (f"{t} INFO  {thr} o.c.empi.MatchEngine - txn={txn} src={ch(SRCS)} {mk}={P(p.mrn, 'mrn')}@{fac} candidates={R.randint(1, 9)} "
                f"best euid={P(p.euid, 'mrn')} score={s:.2f} decision={dec} demog={{\"last\":\"{P(up(p.last), 'name')}\",\"first\":\"{P(up(p.first), 'name')}\","
                f"\"dob\":\"{P(dfmt(p.dob, 'iso'), 'date')}\",\"sex\":\"{p.sex}\",\"zip\":\"{P(p.zip, 'zip')}\"}}")
    if v == 1:
        b_last = typo(p.last) if R.random() < .6 else p.last
        ph2 = phone(p.acs)
        return (f"{t} DEBUG {thr} o.c.empi.MatchEngine - txn={txn} cmp A=[{P(p.lf(), 'name')} | {P(dfmt(p.dob, 'us'), 'date')} | {P(p.street, 'address')} | {P(p.phone, 'phone')}] "
                f"B=[{P(b_last + ', ' + p.first, 'name')} | {P(dfmt(p.dob, 'us'), 'date')} | {P(p.street, 'address')} | {P(ph2, 'phone')}] total={s:.2f} -> {dec}")
    if v == 2:
        fk = ch(["ssn", "ssn9", "socSecNo", "ss_num"])
        return (f"{t} INFO  {thr} o.c.empi.EnterpriseRecord - created euid={P(p.euid, 'mrn')} for {P(p.lf(), 'name')} "
                f"(dob {P(dfmt(p.dob, 'hl7'), 'date')}, {fk} {P(p.ssn, 'ssn')}) from {fac} localId={P(p.mrn, 'mrn')} attending=Dr. {ch(CLIN)[1]}")
    age = age_str(p)
    return (f"{t} INFO  {thr} o.c.empi.MatchEngine - txn={txn} goldenRecord updated euid={P(p.euid, 'mrn')} survivorship: name={P(p.fl(), 'name')} "
            f"age={age} city={P(p.city, 'address')} county={P(p.county, 'address')} state={p.state} tel={P(p.phone, 'phone')} sources={R.randint(2, 6)}")


@family("fs_match_debug", 5)
def f_fs_debug(ts, phi):
    t = ts_iso(ts)
    if not phi:
        v = R.randint(0, 2)
        fld = ch(["LAST_NAME", "FIRST_NAME", "DOB", "SSN", "PHONE", "ZIP", "ADDR1", "SEX", "EMAIL"])
        if v == 0:
            return (f"{t} DEBUG fs-trainer em-iter={R.randint(1, 40)} fld={fld} m={R.uniform(.85, .999):.4f} u={R.uniform(.00001, .02):.5f} "
                    f"w_agree=+{R.uniform(3, 14):.2f} w_disagree=-{R.uniform(1, 6):.2f} delta={R.uniform(1e-6, 1e-3):.2e} converged={ch(['true', 'false'])}")
        if v == 1:
            return (f"{t} DEBUG fs-scorer pairRow={R.randint(100000, 9999999)} fld={fld} a=<null> b=<null> cmp=SKIP w=0.00 "
                    f"reason=missing_both thread=pool-3-thread-{R.randint(1, 16)} span={hexs(16)}")
        return (f"{t} INFO fs-scorer model=fs-adult-{ts.year}q{(ts.month - 1) // 3 + 1} pairs_scored={R.randint(10000, 990000)} "
                f"p50={R.uniform(1, 5):.1f}ms p99={R.uniform(20, 90):.1f}ms fp_est={R.uniform(.0001, .01):.4f} fn_est={R.uniform(.001, .05):.4f} commit {hexs(7)}")
    p = person()
    pair = ch([lambda: f"pair={P(p.euid, 'mrn')}|{P('E' + digits(9), 'mrn')}",
               lambda: f"pairRow={R.randint(100000, 9999999)}",
               lambda: f"pair=({P(p.mrn, 'mrn')},{P(digits(8), 'mrn')})"])()
    fld = ch(["LAST_NAME", "FIRST_NAME", "DOB", "SSN", "PHONE", "ADDR1", "ZIP", "EMAIL", "CITY", "FULL_NAME"])
    if fld == "LAST_NAME":
        a, b, c = p.last, typo(p.last), "name"
    elif fld == "FIRST_NAME":
        a, b, c = p.first, ch([typo(p.first), fold(p.first), p.first]), "name"
    elif fld == "FULL_NAME":
        a, b, c = p.fl(), f"{p.first} {typo(p.last)}", "name"
    elif fld == "DOB":
        d2 = date(p.dob.year, p.dob.day if p.dob.day <= 12 else p.dob.month, p.dob.month if p.dob.day <= 12 else p.dob.day)
        st = ch(["iso", "hl7", "us"])
        a, b, c = dfmt(p.dob, st), dfmt(d2, st), "date"
    elif fld == "SSN":
        s = p.ssn.replace("-", "")
        a, b, c = s, s[:5] + s[6] + s[5] + s[7:], "ssn"
    elif fld == "PHONE":
        a, b, c = p.phone, phone(p.acs), "phone"
    elif fld == "ADDR1":
        a, b, c = up(p.street), up(p.street).replace("STREET", "ST").replace("AVENUE", "AVE"), "address"
        if a == b:
            b = a + " " + ch(UNITS).upper()
    elif fld == "ZIP":
        a, b, c = p.zip, p.zip[:3] + digits(2), "zip"
    elif fld == "CITY":
        a, b, c = p.city, typo(p.city), "address"
    else:
        a, b, c = email(p), email(p), "email"
    sim = R.uniform(.6, 1)
    return (f"{t} DEBUG fs-scorer {pair} fld={fld} a=\"{P(a, c)}\" b=\"{P(b, c)}\" cmp={ch(['JW', 'LEV', 'EXACT', 'DM+JW'])} "
            f"sim={sim:.3f} agree={'Y' if sim > .88 else 'N'} w={'+' if sim > .88 else '-'}{R.uniform(.5, 11):.2f} cum={R.uniform(-5, 25):.2f}")


@family("dup_review_queue", 5)
def f_dupq(ts, phi):
    t = f"{ts:%Y-%m-%d %H:%M:%S}"
    task = f"DR-{ts.year}-{R.randint(1000, 199999):06d}"
    if not phi:
        v = R.randint(0, 2)
        if v == 0:
            return (f"{t}|DUPQ|summary|open={R.randint(300, 4000)}|aged_gt_30d={R.randint(10, 400)}|resolved_today={R.randint(10, 200)}|"
                    f"false_pos_rate={R.uniform(.01, .09):.3f}|oldest_task=DR-{ts.year - 1}-{R.randint(1000, 199999):06d}|sla_hours=72|worker={ch(STAFF)}")
        if v == 1:
            return (f"{t}|DUPQ|assign|task={task}|score={R.uniform(.7, .96):.3f}|from=unassigned|to={ch(STAFF)}|priority=P{R.randint(1, 4)}|"
                    f"rows={R.randint(100000, 9999999)}/{R.randint(100000, 9999999)}|rule=dob+ln_soundex")
        return (f"{t}|DUPQ|resolve|task={task}|outcome={ch(['NOT_DUPLICATE', 'DEFERRED', 'DUPLICATE_MERGED'])}|by={ch(STAFF)}|"
                f"duration={R.randint(30, 1800)}s|ticket=INC{digits(7)}|age_band={ch(['18-44', '45-64', '65-74', '75-89', '90+'])}")
    p = person(old=R.random() < .35)
    q = Person(sex=p.sex, last=ch([p.last, typo(p.last)]))
    q.first = ch([p.first, typo(p.first)])
    q.dob = p.dob
    v = R.randint(0, 2)
    if v == 0:
        return (f"{t}|DUPQ|new|task={task}|score={R.uniform(.7, .96):.3f}|A={P(p.euid, 'mrn')}|B={P(q.euid, 'mrn')}|"
                f"A.name={P(p.lf(), 'name')}|B.name={P(q.lf(), 'name')}|A.dob={P(dfmt(p.dob, 'us'), 'date')}|B.dob={P(dfmt(q.dob, 'us'), 'date')}|"
                f"A.age={age_str(p)}|A.zip={P(p.zip, 'zip')}|B.zip={P(q.zip, 'zip')}|assignee={ch(STAFF)}")
    if v == 1:
        kin = Person(last=p.last)
        rel = ch(["daughter", "son", "wife", "husband", "niece", "grandson"])
        return (f"{t}|DUPQ|note|task={task}|by={ch(STAFF)}|text=\"Called {rel} {P(kin.fl(), 'name')} at {P(kin.phone, 'phone')}; "
                f"confirms {P(p.first, 'name')} moved from {P(q.street_full(), 'address')} to {P(p.street_full(), 'address')}, {P(p.city, 'address')} "
                f"last year. Same person - merge.\"")
    return (f"{t}|DUPQ|new|task={task}|score={R.uniform(.7, .96):.3f}|rule=SSN_EXACT+NAME_FUZZY|ssn={P(p.ssn, 'ssn')}|"
            f"A=[{P(p.hl7n(False), 'name')}|{P(dfmt(p.dob, 'hl7'), 'date')}|{p.sex}]|B=[{P(q.hl7n(False), 'name')}|{P(dfmt(q.dob, 'hl7'), 'date')}|{p.sex}]|"
            f"assignee=unassigned")


@family("ihe_pix_hl7v2", 5)
def f_pix(ts, phi):
    t = ts_l4j(ts)
    sep = seg_sep()
    if not phi:
        v = R.randint(0, 2)
        if v == 0:
            return (f"{t} [PIXMgr-{R.randint(1, 8)}] OUT RSP^K23 {msh(ts, 'RSP^K23^RSP_K23', 'CHIE_PIX', 'CHIE', 'SMH_ADT', 'SMH')}{sep}"
                    f"MSA|AA|{msgctl()}{sep}QAK|Q{digits(6)}|NF|IHE PIX Query{sep}QPD|IHE PIX Query|Q{digits(6)}")
        if v == 1:
            return (f"{t} [PIXMgr-{R.randint(1, 8)}] OUT ACK^A01 {msh(ts, 'ACK^A01^ACK', 'CHIE_PIX', 'CHIE')}{sep}MSA|AA|{msgctl()}|Message accepted "
                    f"mllp={priv_ip()}:{R.randint(2000, 9000)} bytes={R.randint(200, 4000)} rtt={R.randint(3, 300)}ms")
        return (f"{t} [PIXMgr-{R.randint(1, 8)}] IN ACK {msh(ts, 'ACK', 'HIE_ADT_IN', 'CHIE')}{sep}MSA|AE|{msgctl()}{sep}"
                f"ERR||PID^1^3^1|204^Unknown key identifier^HL70357|E|||Assigning authority not registered: {ch([OID_SMH, OID_MVC, OID_LKC])}")
    p = person()
    fac, oid = ch(FAC_OIDS)
    v = R.randint(0, 2)
    if v == 0:
        return (f"{t} [PIXMgr-{R.randint(1, 8)}] IN QBP^Q23 {msh(ts, 'QBP^Q23^QBP_Q21', 'SMH_ADT', fac, 'CHIE_PIX', 'CHIE')}{sep}"
                f"QPD|IHE PIX Query|Q{digits(6)}|{P(p.mrn, 'mrn')}^^^{fac}&{oid}&ISO^MR|^^^CHIE&{OID_HIE}&ISO{sep}RCP|I")
    if v == 1:
        m2 = "MV" + digits(7)
        return (f"{t} [PIXMgr-{R.randint(1, 8)}] OUT RSP^K23 {msh(ts, 'RSP^K23^RSP_K23', 'CHIE_PIX', 'CHIE', 'SMH_ADT', fac)}{sep}MSA|AA|{msgctl()}{sep}"
                f"QAK|Q{digits(6)}|OK{sep}PID|||{P(p.euid, 'mrn')}^^^CHIE&{OID_HIE}&ISO^PI~{P(m2, 'mrn')}^^^MVC&{OID_MVC}&ISO^MR||~^^^^^^S")
    return (f"{t} [PIXMgr-{R.randint(1, 8)}] IN ADT^A40 {msh(ts, 'ADT^A40^ADT_A39', 'SMH_ADT', fac, 'CHIE_PIX', 'CHIE')}{sep}EVN|A40|{ts_hl7(ts)}|||{ch(STAFF)}{sep}"
            f"PID|1||{P(p.mrn, 'mrn')}^^^{fac}^MR||{P(p.hl7n(), 'name')}||{P(dfmt(p.dob, 'hl7'), 'date')}|{p.sex}{sep}"
            f"MRG|{P(digits(8), 'mrn')}^^^{fac}^MR")


@family("ihe_pdq_hl7v2", 5)
def f_pdq(ts, phi):
    t = ts_l4j(ts)
    sep = seg_sep()
    if not phi:
        v = R.randint(0, 1)
        if v == 0:
            return (f"{t} [PDQSupplier] OUT RSP^K22 {msh(ts, 'RSP^K22^RSP_K21', 'CHIE_PDQ', 'CHIE')}{sep}MSA|AA|{msgctl()}{sep}"
                    f"QAK|PDQ{digits(5)}|NF|Q22^Find Candidates^HL7|0|0|0 elapsed={R.randint(20, 900)}ms")
        return (f"{t} [PDQSupplier] IN QCN^J01 {msh(ts, 'QCN^J01^QCN_J01', 'MVC_EPIC', 'MVC', 'CHIE_PDQ')}{sep}QID|PDQ{digits(5)}|Q22^Find Candidates^HL7 "
                f"continuation cancelled; cursor={hexs(20)} pool=pdq-{R.randint(1, 4)}")
    p = person()
    fac, oid = ch(FAC_OIDS)
    v = R.randint(0, 2)
    if v == 0:
        parts = [f"@PID.5.1.1^{P(up(p.last), 'name')}", f"@PID.5.2^{P(up(p.first), 'name')}",
                 f"@PID.7^{P(dfmt(p.dob, 'hl7'), 'date')}", f"@PID.8^{p.sex}"]
        if R.random() < .5:
            parts.append(f"@PID.11.5^{P(p.zip, 'zip')}")
        if R.random() < .4:
            parts.append(f"@PID.11.3^{P(up(p.city), 'address')}")
        return (f"{t} [PDQSupplier] IN QBP^Q22 {msh(ts, 'QBP^Q22^QBP_Q21', 'MVC_EPIC', 'MVC', 'CHIE_PDQ')}{sep}"
                f"QPD|Q22^Find Candidates^HL7|PDQ{digits(5)}|{'~'.join(parts)}{sep}RCP|I|{R.randint(5, 50)}^RD")
    pid3 = f"{P(p.mrn, 'mrn')}^^^{fac}&{oid}&ISO^MR"
    if R.random() < .5:
        pid3 += f"~{P(p.ssn.replace('-', ''), 'ssn')}^^^SSA&{OID_SSN}&ISO^SS"
    addr = f"{P(up(p.street), 'address')}^{P(up(p.unit), 'address') if p.unit else ''}^{P(up(p.city), 'address')}^{p.state}^{P(p.zip, 'zip')}^USA^H"
    acct = P(acct_no(), "account")
    lic, st = dl()
    tel = f"{P(p.phone, 'phone')}^PRN^PH"
    if R.random() < .3:
        tel += f"~{P(phone(p.acs), 'fax')}^PRN^FX"
    if v == 1:
        return (f"{t} [PDQSupplier] OUT RSP^K22 {msh(ts, 'RSP^K22^RSP_K21', 'CHIE_PDQ', 'CHIE')}{sep}MSA|AA|{msgctl()}{sep}QAK|PDQ{digits(5)}|OK||1|1|0{sep}"
                f"PID|1||{pid3}||{P(p.hl7n(), 'name')}||{P(dfmt(p.dob, 'hl7'), 'date')}|{p.sex}|||{addr}||{tel}|||||{acct}|{P(p.ssn, 'ssn')}|{P(lic, 'license')}^{st}"
                f"{sep}QRI|{R.uniform(70, 100):.1f}||Probabilistic")
    return (f"{t} [PDQSupplier] OUT RSP^K22 candidates=2{sep}PID|1||{pid3}||{P(p.hl7n(), 'name')}||{P(dfmt(p.dob, 'hl7'), 'date')}|{p.sex}|||{addr}{sep}"
            f"QRI|{R.uniform(85, 100):.1f}{sep}PID|2||{P(digits(8), 'mrn')}^^^{fac}^MR||{P(up(typo(p.last)) + '^' + up(p.first), 'name')}||"
            f"{P(dfmt(p.dob, 'hl7'), 'date')}|{p.sex}{sep}QRI|{R.uniform(60, 85):.1f}")


@family("adt_to_hie_hl7v2", 7)
def f_adt(ts, phi):
    t = ts_iso(ts)
    sep = seg_sep()
    if not phi:
        v = R.randint(0, 3)
        if v == 0:
            return (f"{t} adt-router route=HIE_OUT msg=ADT^{ch(['A01', 'A03', 'A04', 'A08'])} ctrl={msgctl()} ack=AA latency_ms={R.randint(20, 900)} "
                    f"retries=0 mllp={priv_ip()}:{R.randint(6000, 6999)} queue_depth={R.randint(0, 40)} node={pod('adt-router')}")
        if v == 1:
            return (f"{t} adt-router WARN filtered ADT^A31 ctrl={msgctl()} reason=\"test patient flag PID-32=Y\" rule=R-{R.randint(10, 99)} "
                    f"sender=SMH facilityPhone={HOSP_PH} facility=\"{HOSP}, {HOSP_ADDR}\"")
        if v == 3:
            cf, cl, cn = clin()
            return (f"{t} adt-router RX MFN^M02 {msh(ts, 'MFN^M02^MFN_M02')}{seg_sep()}MFE|MUP|{msgctl()}|{ts_hl7(ts)}|{cn}^{up(cl)}^{up(cf)}{seg_sep()}"
                    f"STF|{cn}|{cn}^^^NPI|{up(cl)}^{up(cf)}^^^DR|P|{ch('MF')}||A|{ch(['CARD', 'IM', 'FM', 'EM'])}||{HOSP_PH}^WPN^PH|"
                    f"1200 Harbor Way^^Portland^OR^97201^USA^O")
        return (f"{t} adt-router INFO throughput window=5m in={R.randint(100, 9000)} out={R.randint(100, 9000)} nack={R.randint(0, 5)} "
                f"p95={R.randint(40, 700)}ms hl7v=2.5.1 build={R.randint(1000, 9999)} gitsha={hexs(40)}")
    p = person(old=R.random() < .25)
    fac, oid = ch(FAC_OIDS)
    ev = ch(["A01", "A04", "A08", "A03", "A28", "A31"])
    cf, cl, cn = clin()
    segs = [msh(ts, f"ADT^{ev}^ADT_A01", None, fac, "HIE_ADT_IN", "CHIE"), f"EVN|{ev}|{ts_hl7(ts)}|||{ch(STAFF)}"]
    pid = [f"PID|1||{P(p.mrn, 'mrn')}^^^{fac}^MR"]
    pid.append(f"||{P(p.hl7n(), 'name')}")
    pid.append(f"|{P(up(ch(LAST)), 'name')}" if R.random() < .5 else "|")
    pid.append(f"|{P(dfmt(p.dob, 'hl7'), 'date')}|{p.sex}||{ch(['2106-3', '2054-5', '2028-9', '2131-1'])}")
    pid.append(f"|{P(p.street, 'address')}^{P(p.unit, 'address') if p.unit else ''}^{P(p.city, 'address')}^{p.state}^{P(p.zip, 'zip')}^USA^H")
    tel = f"{P(p.phone, 'phone')}^PRN^PH"
    if R.random() < .35:
        tel += f"~^NET^Internet^{P(email(p), 'email')}"
    if R.random() < .2:
        tel += f"~{P(phone(p.acs), 'fax')}^PRN^FX"
    pid.append(f"||{tel}||{ch(['eng', 'spa', 'vie', 'rus', 'som'])}|{ch('MSWD')}||{P(acct_no(), 'account')}")
    pid.append(f"|{P(p.ssn, 'ssn')}" if R.random() < .6 else "|")
    segs.append("".join(pid))
    if R.random() < .5:
        k = Person(last=ch([p.last, ch(LAST)]))
        rel = ch(['SPO^Spouse', 'DAU^Daughter' if k.sex == 'F' else 'SON^Son', 'GRD^Guardian', 'SIB^Sibling'])
        segs.append(f"NK1|1|{P(k.hl7n(False), 'name')}|{rel}^HL70063|"
                    f"{P(k.street, 'address')}^^{P(k.city, 'address')}^{k.state}^{P(k.zip, 'zip')}|{P(k.phone, 'phone')}")
    admit = datetime.combine(recent_date(ts, 5), datetime.min.time()) + timedelta(minutes=R.randint(0, 1439))
    pv1 = ["PV1", "1", ch(["E", "I", "O"]), f"{ch(['ED', '4W', 'ICU', 'OBS'])}^{R.randint(1, 40)}^{ch('AB')}^{fac}", "", "", "",
           f"{cn}^{up(cl)}^{up(cf)}^^^^MD"] + [""] * 37
    pv1[44] = P(admit.strftime("%Y%m%d%H%M"), "date")
    if ev == "A03":
        pv1.append(P((admit + timedelta(hours=R.randint(4, 200))).strftime("%Y%m%d%H%M"), "date"))
    segs.append("|".join(pv1))
    r = R.random()
    if r < .3:
        segs.append(f"IN1|1|{ch(['MCR', 'MCD', 'BCBS', 'AETNA'])}|{digits(5)}|{ch(['MEDICARE PART A', 'OREGON HEALTH PLAN', 'REGENCE BCBS'])}|"
                    f"PO Box {R.randint(1000, 9999)}^^Portland^OR^97208||||||||||{P(p.hl7n(False), 'name')}|SEL^Self||||||||||||||||||{P(ch([mbi(), member_id()]), 'health_plan')}")
    elif r < .45:
        g = Person(last=p.last)
        segs.append(f"GT1|1|{P(acct_no(), 'account')}|{P(g.hl7n(False), 'name')}||{P(g.street, 'address')}^^{P(g.city, 'address')}^{g.state}^{P(g.zip, 'zip')}|"
                    f"{P(g.phone, 'phone')}|||||{ch(['PAR', 'SPO', 'GRD'])}|{P(g.ssn, 'ssn')}")
    elif r < .65:
        acc = recent_date(ts, 3)
        segs.append(f"ACC|{P(dfmt(acc, 'hl7'), 'date')}|MV^Motor vehicle accident^HL70050|{ch(['I-5 NB', 'US-26 EB', 'SE Powell Blvd'])}")
        segs.append(f"NTE|1||Pt driver; veh {ch(['plate', 'lic plate', 'tag'])} {P(plate(), 'vehicle')} per EMS run sheet")
    elif r < .73:
        segs.append(f"OBX|1|ED|PHOTO^Patient photo^L||^image^jpeg^Base64^{P(jpeg_b64(), 'photo')}||||||F")
    elif r < .9:
        segs.append(f"OBX|1|ST|DEVSN^Implanted device serial^L||{P(dev_serial(), 'device')}||||||F")
    elif r < .97:
        segs.append(f"NTE|1||{P(up(p.first), 'name')} is {age_str(p)} yo, lives alone; dtr {P(Person().first, 'name')} is HCPOA, contact {P(phone(p.acs), 'phone')}")
    return f"{t} hie-adt-in RX ADT^{ev} {sep.join(segs)}"


@family("xcpd_soap", 5)
def f_xcpd(ts, phi):
    t = ts_l4j(ts)
    if not phi:
        v = R.randint(0, 4)
        if v == 0:
            return (f"{t} DEBUG [xcpd-gw] >> <soap:Header><wsa:Action soap:mustUnderstand=\"1\">urn:hl7-org:v3:PRPA_IN201306UV02:CrossGatewayPatientDiscovery</wsa:Action>"
                    f"<wsa:MessageID>urn:uuid:{uid()}</wsa:MessageID><wsa:RelatesTo>urn:uuid:{uid()}</wsa:RelatesTo></soap:Header>"
                    f"<acknowledgement><typeCode code=\"AA\"/></acknowledgement><queryAck><queryResponseCode code=\"NF\"/></queryAck>")
        if v == 3 or v == 4:
            cf, cl, cn = clin()
            return (f"{t} DEBUG [xcpd-gw] >> <authorOrPerformer typeCode=\"AUT\"><assignedPerson classCode=\"ASSIGNED\">"
                    f"<id root=\"2.16.840.1.113883.4.6\" extension=\"{cn}\"/><assignedPerson><name><given>{cf}</given><family>{cl}</family>"
                    f"<suffix>MD</suffix></name></assignedPerson><representedOrganization><name>{HOSP}</name><addr><streetAddressLine>1200 Harbor Way</streetAddressLine>"
                    f"<city>Portland</city><state>OR</state><postalCode>97201</postalCode></addr><telecom value=\"tel:+1-{HOSP_PH}\"/>"
                    f"</representedOrganization></assignedPerson></authorOrPerformer>")
        if v == 1:
            return (f"{t} DEBUG [xcpd-gw] << <wsse:Security><ds:SignedInfo><ds:Reference URI=\"#_{hexs(32)}\"><ds:DigestValue>{b64(rbytes(32))}</ds:DigestValue>"
                    f"</ds:Reference></ds:SignedInfo><ds:SignatureValue>{b64(rbytes(96))}</ds:SignatureValue></wsse:Security> homeCommunityId=urn:oid:{OID_HIE}.{R.randint(2, 99)}")
        return (f"{t} INFO [xcpd-gw] CGPD fan-out complete responders={R.randint(3, 40)} matches=0 errors={R.randint(0, 3)} "
                f"timeouts={R.randint(0, 2)} slowest=urn:oid:2.16.840.1.113883.3.{R.randint(1000, 9999)}.{R.randint(1, 9)} took={R.randint(800, 29000)}ms")
    p = person()
    v = R.randint(0, 2)
    if v == 0:
        x = (f"<livingSubjectAdministrativeGender><value code=\"{p.sex}\"/></livingSubjectAdministrativeGender>"
             f"<livingSubjectBirthTime><value value=\"{P(dfmt(p.dob, 'hl7'), 'date')}\"/></livingSubjectBirthTime>")
        if R.random() < .5:
            x += f"<livingSubjectId><value root=\"{OID_SSN}\" extension=\"{P(p.ssn.replace('-', ''), 'ssn')}\"/></livingSubjectId>"
        x += f"<livingSubjectName><value><given>{P(p.first, 'name')}</given><family>{P(p.last, 'name')}</family></value></livingSubjectName>"
        if R.random() < .7:
            x += (f"<patientAddress><value><streetAddressLine>{P(p.street, 'address')}</streetAddressLine><city>{P(p.city, 'address')}</city>"
                  f"<state>{p.state}</state><postalCode>{P(p.zip, 'zip')}</postalCode></value></patientAddress>")
        if R.random() < .5:
            x += f"<patientTelecom><value value=\"tel:{P('+1-' + phone(p.acs, 0), 'phone')}\"/></patientTelecom>"
        return f"{t} DEBUG [xcpd-gw] >> PRPA_IN201305UV02 <parameterList>{x}</parameterList>"
    if v == 1:
        fac, oid = ch(FAC_OIDS)
        return (f"{t} DEBUG [xcpd-gw] << PRPA_IN201306UV02 <subject1><patient><id root=\"{oid}\" extension=\"{P(p.mrn, 'mrn')}\"/>"
                f"<statusCode code=\"active\"/><patientPerson><name><given>{P(up(p.first), 'name')}</given><family>{P(up(p.last), 'name')}</family></name>"
                f"<administrativeGenderCode code=\"{p.sex}\"/><birthTime value=\"{P(dfmt(p.dob, 'hl7'), 'date')}\"/>"
                f"<addr><postalCode>{P(p.zip, 'zip')}</postalCode></addr></patientPerson></patient></subject1>"
                f"<queryMatchObservation><value value=\"{R.randint(70, 100)}\"/></queryMatchObservation>")
    return (f"{t} WARN [xcpd-gw] AnswerNotAvailable from urn:oid:2.16.840.1.113883.3.{R.randint(1000, 9999)}: "
            f"<reason code=\"DemographicsQueryNotAllowed\"/> for {P(p.lf(), 'name')} dob={P(dfmt(p.dob, 'iso'), 'date')}; retry with "
            f"<livingSubjectId><value root=\"{OID_DL}\" extension=\"{P(dl('OR')[0], 'license')}\"/></livingSubjectId>")


@family("xca_soap", 4)
def f_xca(ts, phi):
    t = ts_l4j(ts)
    if not phi:
        v = R.randint(0, 1)
        if v == 0:
            return (f"{t} INFO [xca-resp] RetrieveDocumentSetResponse status=urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success "
                    f"docs=[{{repositoryUniqueId:1.3.6.1.4.1.21367.2010.1.2.{R.randint(1000, 9999)}, documentUniqueId:1.2.42.{digits(8)}.{digits(5)}, "
                    f"mimeType:text/xml, size:{R.randint(4000, 900000)}, hash:{hexs(40)}}}] elapsed={R.randint(100, 9000)}ms")
        return (f"{t} INFO [xca-init] <query:AdhocQueryRequest><rim:ResponseOption returnType=\"ObjectRef\"/><rim:AdhocQuery id=\"urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d\">"
                f"<rim:Slot name=\"$XDSDocumentEntryStatus\"><rim:ValueList><rim:Value>('urn:oasis:names:tc:ebxml-regrep:StatusType:Approved')</rim:Value>"
                f"</rim:ValueList></rim:Slot></rim:AdhocQuery> home=urn:oid:{OID_HIE} reqId={uid()}")
    p = person()
    v = R.randint(0, 1)
    if v == 0:
        return (f"{t} INFO [xca-init] FindDocuments <rim:Slot name=\"$XDSDocumentEntryPatientId\"><rim:ValueList><rim:Value>"
                f"'{P(p.euid, 'mrn')}^^^&amp;{OID_HIE}&amp;ISO'</rim:Value></rim:ValueList></rim:Slot>"
                f"<rim:Slot name=\"$XDSDocumentEntryServiceStartTimeFrom\"><rim:ValueList><rim:Value>{ts.year - 2}0101</rim:Value></rim:ValueList></rim:Slot> "
                f"targets={R.randint(1, 12)} reqId={uid()}")
    fac, oid = ch(FAC_OIDS)
    svc = recent_date(ts, 400)
    pid11 = f"{P(p.street, 'address')}^^{P(p.city, 'address')}^{p.state}^{P(p.zip, 'zip')}"
    return (f"{t} DEBUG [xca-resp] ExtrinsicObject id=urn:uuid:{uid()} <rim:Slot name=\"sourcePatientInfo\"><rim:ValueList>"
            f"<rim:Value>PID-3|{P(p.mrn, 'mrn')}^^^&amp;{oid}&amp;ISO</rim:Value><rim:Value>PID-5|{P(p.hl7n(), 'name')}</rim:Value>"
            f"<rim:Value>PID-7|{P(dfmt(p.dob, 'hl7'), 'date')}</rim:Value><rim:Value>PID-8|{p.sex}</rim:Value><rim:Value>PID-11|{pid11}</rim:Value>"
            f"</rim:ValueList></rim:Slot><rim:Slot name=\"serviceStartTime\"><rim:ValueList><rim:Value>{P(dfmt(svc, 'hl7') + f'{R.randint(7, 18):02d}{R.randint(0, 59):02d}', 'date')}</rim:Value>"
            f"</rim:ValueList></rim:Slot> author=\"{ch(CLIN)[1]}\"")


@family("carequality_rls_json", 6)
def f_cq(ts, phi):
    t = ts_iso(ts)
    if not phi:
        v = R.randint(0, 2)
        if v == 0:
            return json.dumps({"@timestamp": t, "level": "INFO", "logger": "cq.directory.Sync", "msg": "directory refresh complete",
                               "entries": R.randint(30000, 90000), "added": R.randint(0, 80), "removed": R.randint(0, 30),
                               "etag": f"W/\"{hexs(16)}\"", "durationMs": R.randint(900, 40000), "host": f"rls-{R.randint(1, 6)}.chie.internal"})
        if v == 1:
            return json.dumps({"@timestamp": t, "level": "WARN", "logger": "cq.rls.Broadcast", "msg": "responder timeout",
                               "requestId": uid(), "responderOid": f"2.16.840.1.113883.3.{R.randint(1000, 9999)}.{R.randint(1, 99)}",
                               "endpoint": f"https://xcpd.{ch(['northstarhie', 'summitcare', 'pacifichealth'])}.org:{R.randint(443, 9443)}/XCPD/RespondingGateway",
                               "timeoutMs": 30000, "attempt": R.randint(1, 3)})
        return json.dumps({"@timestamp": t, "level": "INFO", "logger": "cq.policy.Audit", "msg": "purposeOfUse check passed",
                           "pou": ch(["TREATMENT", "PAYMENT", "OPERATIONS", "COVERAGE"]), "initiator": f"urn:oid:{OID_SMH}",
                           "npi": ch(list(CLIN_NPI.values())), "subjectRole": "Physician", "orgName": HOSP, "traceparent": f"00-{hexs(32)}-{hexs(16)}-01"},
                          ensure_ascii=False)
    p = person()
    gk, fk, dk, zk = ch([("givenName", "familyName", "birthDate", "postalCode"), ("given", "family", "dob", "zip"),
                         ("first_name", "last_name", "date_of_birth", "zip5"), ("fn", "ln", "bd", "pc")])
    v = R.randint(0, 2)
    if v == 0:
        addr = (f"\"addr\":{{\"line\":\"{P(p.street_full(), 'address')}\",\"city\":\"{P(p.city, 'address')}\",\"state\":\"{p.state}\","
                f"\"{zk}\":\"{P(p.zip, 'zip')}\"}}")
        extra = f",\"phone\":\"{P(p.phone, 'phone')}\"" if R.random() < .6 else ""
        return (f"{{\"@timestamp\":\"{t}\",\"level\":\"INFO\",\"logger\":\"cq.rls.Broadcast\",\"msg\":\"patient discovery fan-out\",\"requestId\":\"{uid()}\","
                f"\"demographics\":{{\"{gk}\":\"{P(p.first, 'name')}\",\"{fk}\":\"{P(p.last, 'name')}\",\"{dk}\":\"{P(dfmt(p.dob, 'iso'), 'date')}\",\"gender\":\"{p.sex}\","
                f"{addr}{extra}}},\"targets\":{R.randint(5, 60)},\"initiatingOid\":\"{OID_SMH}\"}}")
    if v == 1:
        return (f"{{\"@timestamp\":\"{t}\",\"level\":\"INFO\",\"logger\":\"cq.rls.Correlation\",\"msg\":\"correlation stored\","
                f"\"localPatientId\":\"{P(p.mrn, 'mrn')}\",\"remote\":[{{\"oid\":\"2.16.840.1.113883.3.{R.randint(1000, 9999)}\",\"pid\":\"{P(digits(R.randint(7, 10)), 'mrn')}\"}},"
                f"{{\"oid\":\"2.16.840.1.113883.3.{R.randint(1000, 9999)}\",\"pid\":\"{P('Z' + digits(8), 'mrn')}\"}}],\"matchGrade\":\"{ch(['certain', 'probable'])}\"}}")
    ip = pub_ip()
    return (f"{{\"@timestamp\":\"{t}\",\"level\":\"INFO\",\"logger\":\"cq.rls.IndividualAccess\",\"msg\":\"IAS request (patient-initiated)\","
            f"\"app\":\"{ch(['MyHealthPal', 'CareVault', 'Pillar PHR'])}\",\"clientIp\":\"{P(ip, 'ip')}\",\"subject\":{{\"name\":\"{P(p.fl(), 'name')}\","
            f"\"{dk}\":\"{P(dfmt(p.dob, 'iso'), 'date')}\",\"email\":\"{P(email(p), 'email')}\"}},\"idpLevel\":\"IAL2\"}}")


@family("commonwell_api", 5)
def f_cw(ts, phi):
    t = ts_iso(ts)
    base = "https://rest.commonwellalliance.org/v2"
    org = f"2.16.840.1.113883.3.3330.{R.randint(1000000, 9999999)}.{R.randint(1000, 9999)}"
    if not phi:
        v = R.randint(0, 2)
        if v == 0:
            return (f"{t} cw-client INFO GET {base}/org/{org}/certificate -> 200 in {R.randint(40, 900)}ms x-request-id={uid()} "
                    f"thumbprint={hexs(40).upper()} notAfter=2026-0{R.randint(1, 9)}-1{R.randint(0, 9)}")
        if v == 1:
            return (f"{t} cw-client WARN POST {base}/org/{org}/patient -> 429 Too Many Requests retry-after={R.randint(1, 60)}s "
                    f"rateLimit=1200/min client={ch(STAFF)} jwt.kid={hexs(8)}")
        return (f"{t} cw-client INFO token refresh ok aud=urn:commonwell-alliance iss=urn:oid:{org} exp_in=3600s jti={uid()} "
                f"x5t#S256={b64(rbytes(32)).rstrip('=')}")
    p = person()
    v = R.randint(0, 2)
    pid = uid().replace("-", "")
    if v == 0:
        u = f"{base}/person/{pid}/patientLink"
        return f"{t} cw-client INFO GET {P(u, 'url')} -> 200 links={R.randint(1, 6)} in {R.randint(40, 900)}ms"
    if v == 1:
        lic, st = dl(ch(["OR", "WA", "CA"]))
        fips = {"OR": "41", "WA": "53", "CA": "06"}[st]
        ids = f"{{\"system\":\"urn:oid:2.16.840.1.113883.4.3.{fips}\",\"key\":\"{P(lic, 'license')}\",\"use\":\"official\"}}"
        if R.random() < .5:
            ids += f",{{\"system\":\"urn:oid:{OID_PP}\",\"key\":\"{P(ch('ABCEFGHJ') + digits(8), 'other_id')}\"}}"
        return (f"{t} cw-client DEBUG POST {base}/org/{org}/patient body={{\"details\":{{\"name\":[{{\"given\":[\"{P(p.first, 'name')}\"],"
                f"\"family\":[\"{P(p.last, 'name')}\"]}}],\"birthDate\":\"{P(dfmt(p.dob, 'iso'), 'date')}\",\"gender\":{{\"code\":\"{p.sex}\"}},"
                f"\"identifiers\":[{ids}],\"address\":[{{\"line\":[\"{P(p.street, 'address')}\"],\"city\":\"{P(p.city, 'address')}\","
                f"\"state\":\"{p.state}\",\"zip\":\"{P(p.zip, 'zip')}\"}}]}}}}")
    u = f"{base}/org/{org}/patient/{p.mrn}%5E%5E%5E%26{OID_SMH}%26ISO"
    return f"{t} cw-client INFO DELETE {P(u, 'url')} -> 204 reason=unlink_requested_by_patient operator={ch(STAFF)}"


@family("direct_smtp_postfix", 6)
def f_direct(ts, phi):
    t = ts_sys(ts)
    host = ch(["hisp-mx1", "hisp-mx2", "direct-gw01"])
    qid = hexs(10).upper()
    pid = R.randint(1000, 40000)
    prov = [f"{slug(c[0])}.{slug(c[1])}@direct.stbrigid.org" for c in CLIN] + \
        ["intake@direct.lakesidecardio.org", "referrals@direct.riverbendfm.org", "him-release@direct.mercyvalley.org"]
    if not phi:
        v = R.randint(0, 3)
        if v == 0:
            return (f"{t} {host} postfix/smtp[{pid}]: {qid}: to=<{ch(prov)}>, relay=mx.direct.{ch(['lakesidecardio', 'riverbendfm', 'mercyvalley'])}.org[{priv_ip()}]:25, "
                    f"delay={R.uniform(.1, 4):.2f}, delays=0.01/0/{R.uniform(.1, 1):.2f}/{R.uniform(.1, 2):.2f}, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as {hexs(10).upper()})")
        if v == 1:
            return (f"{t} {host} postfix/qmgr[{pid}]: {qid}: from=<{ch(prov)}>, size={R.randint(2000, 900000)}, nrcpt=1 (queue active)")
        if v == 2:
            return (f"{t} {host} direct-mdn[{pid}]: MDN processed disposition=automatic-action/MDN-sent-automatically;processed "
                    f"orig-msgid=<{uid()}@direct.stbrigid.org> final-recipient=rfc822;{ch(prov)} ttl=3600")
        return (f"{t} {host} postfix/smtpd[{pid}]: {qid}: client=mx.direct.lakesidecardio.org[{priv_ip()}], sasl_method=EXTERNAL, "
                f"tls=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 cert_cn=direct.lakesidecardio.org trust_bundle=DirectTrust-{ts.year}")
    p = person()
    v = R.randint(0, 3)
    if v == 0:
        return (f"{t} {host} postfix/smtp[{pid}]: {qid}: to=<{P(direct_addr(p), 'email')}>, relay=mx.{ch(DIRECT_PT_DOM)}[{priv_ip()}]:25, "
                f"delay={R.uniform(.1, 4):.2f}, dsn=2.0.0, status=sent (250 OK)")
    if v == 1:
        return (f"{t} {host} postfix/cleanup[{pid}]: {qid}: warning: header Subject: Referral - {P(p.lf(), 'name')} DOB {P(dfmt(p.dob, 'us'), 'date')} "
                f"from {ch(prov)}; from=<{ch(prov)}> to=<{ch(prov)}> proto=ESMTP")
    if v == 2:
        return (f"{t} {host} postfix/qmgr[{pid}]: {qid}: from=<{P(email(p), 'email')}>, size={R.randint(2000, 90000)}, nrcpt=1 (queue active) "
                f"note=patient-initiated via portal relay")
    return (f"{t} {host} direct-xdr[{pid}]: {qid}: XDR->SMTP converted for {P(p.first + ' ' + p.last, 'name')} "
            f"rcpt=<{P(direct_addr(p), 'email')}> docs={R.randint(1, 4)} sha1={hexs(40)}")


@family("xdm_package", 4)
def f_xdm(ts, phi):
    t = ts_l4j(ts)
    if not phi:
        v = R.randint(0, 1)
        if v == 0:
            return (f"{t} INFO  XDMImport - manifest ok: INDEX.HTM README.TXT IHE_XDM/SUBSET01/METADATA.XML docs={R.randint(1, 5)} "
                    f"zip={uid()}.zip size={R.randint(10000, 4000000)} sha1={hexs(40)} sender={ch(['intake@direct.lakesidecardio.org', 'referrals@direct.riverbendfm.org'])}")
        return (f"{t} WARN  XDMImport - README.TXT vendor line: \"{ch(VENDORS)}, support 1-800-555-0199, product CCDA Packager v{ver()}\" (no patient data)")
    p = person()
    fac, oid = ch(FAC_OIDS)
    info = [f"PID-3|{P(p.mrn, 'mrn')}^^^&{oid}&ISO", f"PID-5|{P(p.hl7n(), 'name')}", f"PID-7|{P(dfmt(p.dob, 'hl7'), 'date')}", f"PID-8|{p.sex}"]
    if R.random() < .6:
        info.append(f"PID-11|{P(p.street, 'address')}^^{P(p.city, 'address')}^{p.state}^{P(p.zip, 'zip')}")
    if R.random() < .3:
        info.append(f"PID-13|{P(p.phone, 'phone')}")
    return (f"{t} INFO  XDMImport - IHE_XDM/SUBSET01/DOC000{R.randint(1, 4)}.XML sourcePatientId={P(p.mrn, 'mrn')}^^^&{oid}&ISO "
            f"sourcePatientInfo=[{', '.join(info)}] uniqueId=2.25.{digits(30)}")


@family("consent_registry", 5)
def f_consent(ts, phi):
    t = ts_iso(ts)
    if not phi:
        v = R.randint(0, 2)
        if v == 0:
            return (f"consent-svc | {t} | event=POLICY_PUBLISHED | policy=urn:oid:{OID_HIE}.9.{R.randint(1, 9)} version={ver()} "
                    f"sha256={sha256()} | effective={ts.year}-0{R.randint(4, 9)}-01 | author=svc-consent")
        if v == 2:
            cf, cl, cn = clin()
            return (f"consent-svc | {t} | event=BREAK_GLASS_POLICY_CHECK | requester=\"Dr. {cf} {cl}\" npi={cn} org=\"{HOSP}\" "
                    f"orgPhone={HOSP_PH} | decision=PERMIT ttl=PT4H | rule=EMERGENCY_TREATMENT v{ver()}")
        return (f"consent-svc | {t} | event=BULK_EXPORT | rows={R.randint(10000, 500000)} opt_out={R.randint(100, 9000)} "
                f"file=s3://chie-consent-exports/{ts:%Y/%m/%d}/{uid()}.parquet | requestedBy={ch(STAFF)}")
    p = person()
    v = R.randint(0, 3)
    if v == 0:
        return (f"consent-svc | {t} | event=CONSENT_CAPTURED | subject={{mrn:{P(p.mrn, 'mrn')}, name:\"{P(p.fl(), 'name')}\", "
                f"dob:{P(dfmt(p.dob, 'iso'), 'date')}}} | policy={ch(['OPT_IN_ALL', 'OPT_OUT', 'OPT_IN_EXCEPT_42CFR2'])} | witness={ch(STAFF)}")
    if v == 1:
        g = Person(last=ch([p.last, ch(LAST)]))
        return (f"consent-svc | {t} | event=PROXY_SIGNED | patient={P(p.euid, 'mrn')} | signer=\"{P(g.lf(), 'name')}\" rel={ch(['guardian', 'parent', 'POA'])} "
                f"signerPhone={P(g.phone, 'phone')} signerEmail={P(email(g), 'email')}"
                + (f" signerFax={P(phone(g.acs), 'fax')}" if R.random() < .4 else ""))
    if v == 3:
        u = ch([f"https://portal.chie.org/patients/{p.euid}/consent", f"https://consent.chie.org/p/{p.euid.lower()}/review",
                f"https://portal.chie.org/u/{slug(p.first)}.{slug(p.last)}{R.randint(1, 99)}"])
        return (f"consent-svc | {t} | event=SIGN_LINK_SENT | to={P(email(p), 'email')} | link={P(u, 'url')} | ttl=72h | template=consent-v{ver()}")
    return (f"consent-svc | {t} | event=OPT_OUT_REQUEST channel=web ip={P(pub_ip(), 'ip')} | pt_name={P(up(p.last) + ', ' + up(p.first), 'name')} "
            f"| pt_dob={P(dfmt(p.dob, 'us'), 'date')} | zip={P(p.zip, 'zip')}")


@family("dq_report_csv", 5)
def f_dq(ts, phi):
    wk = f"{ts.year}-W{ts.isocalendar()[1]:02d}"
    fac = ch(["SMH", "MVC", "LKC", "RBFM"])
    if not phi:
        v = R.randint(0, 2)
        fld = ch(["ssn", "dob", "phone", "addr1", "zip", "email", "mbi"])
        if v == 0:
            dflt = {"ssn": "999-99-9999", "dob": "1900-01-01", "phone": "000-000-0000", "addr1": "UNKNOWN",
                    "zip": "00000", "email": "noemail@noemail.com", "mbi": "NONE"}[fld]
            return (f"dq_metric,{wk},{fac},field={fld},completeness={R.uniform(.6, 1):.3f},validity={R.uniform(.8, 1):.3f},"
                    f"default_values={R.randint(0, 900)},top_default={dflt},run={uid()}")
        if v == 1:
            return (f"dq_metric,{wk},{fac},dup_rate={R.uniform(.002, .05):.4f},overlay_suspects={R.randint(0, 30)},"
                    f"twins_flagged={R.randint(0, 12)},records={R.randint(50000, 2000000)},age_gt_89_pct={R.uniform(.1, 2):.2f},job=dq_runner")
        return (f"dq_header,week,facility,rule,exception_count,threshold,owner,report_version\r".replace("\r", "") +
                f" # generated {ts:%Y-%m-%d %H:%M} by dq_runner v{ver()} for {fac}")
    p = person(old=R.random() < .3)
    v = R.randint(0, 5)
    if v == 0:
        q = Person()
        return (f"dq_exception,{wk},{fac},rule=SSN_SHARED,ssn={P(p.ssn, 'ssn')},euids={P(p.euid, 'mrn')};{P(q.euid, 'mrn')},"
                f"names={P(p.lf(), 'name')}|{P(q.lf(), 'name')}")
    if v == 1:
        return (f"dq_exception,{wk},{fac},rule=ADDR_UNVERIFIED,mrn={P(p.mrn, 'mrn')},addr1=\"{P(up(p.street), 'address')}\",city={P(up(p.city), 'address')},"
                f"st={p.state},zip={P(p.zip, 'zip')},usps=NO_MATCH")
    if v == 2:
        return (f"dq_exception,{wk},{fac},rule=AGE_IMPLAUSIBLE_CHECK,mrn={P(p.mrn, 'mrn')},dob={P(dfmt(p.dob, 'iso'), 'date')},age={age_str(p)},"
                f"note=verify with pt")
    if v == 4:
        return (f"dq_exception,{wk},{fac},rule=FAX_IN_PHONE_FIELD,mrn={P(p.mrn, 'mrn')},homePhone={P(p.phone, 'phone')},"
                f"faxNo={P(phone(p.acs), 'fax')},action=move_to_XTN_FX")
    if v == 5:
        return (f"dq_exception,{wk},{fac},rule=PLATE_IN_ADDR2,mrn={P(p.mrn, 'mrn')},addr2=\"veh {P(plate(), 'vehicle')}\",src=ED_QuickReg")
    return (f"dq_exception,{wk},{fac},rule=PHONE_SHARED_GT5,phone={P(p.phone, 'phone')},records={R.randint(6, 40)},"
            f"sample_pt={P(p.fl(), 'name')},likely=group_home")


@family("idproof_kba", 7)
def f_idp(ts, phi):
    t = ts_iso(ts)
    txn = "idv_" + hexs(24)
    if not phi:
        v = R.randint(0, 2)
        if v == 0:
            return (f"{t} idp-gw vendor=\"{ch(VENDORS)}\" health=UP p95={R.randint(200, 2000)}ms errors_5xx={R.randint(0, 3)} "
                    f"contract=CN-{ts.year - 1}-{digits(4)} sla=99.9 endpoint=https://api.idverity.example/v3/verify")
        if v == 1:
            return (f"{t} idp-gw txn={txn} op=kba.generate questions=5 bank=v{ver()} locale=en-US timeLimitSec=180 session={uid()} "
                    f"worker={ch(STAFF)} clientIp={priv_ip()}")
        return (f"{t} idp-gw txn={txn} result={ch(['PASS', 'FAIL', 'REFER'])} score={R.randint(100, 999)} reasonCodes=[R{digits(3)},R{digits(3)}] "
                f"ial=IAL2 latency={R.randint(200, 3000)}ms")
    p = person()
    v = R.randint(0, 7)
    if v == 0:
        lic, st = dl()
        parts = [f"input.first={P(p.first, 'name')}", f"input.last={P(p.last, 'name')}", f"input.dob={P(dfmt(p.dob, 'iso'), 'date')}",
                 f"input.ssn9={P(p.ssn.replace('-', ''), 'ssn')}", f"input.addr1=\"{P(p.street_full(), 'address')}\"", f"input.zip={P(p.zip, 'zip')}"]
        if R.random() < .5:
            parts.append(f"input.dl={P(lic, 'license')} input.dlState={st}")
        if R.random() < .5:
            parts.append(f"input.phone={P(p.phone, 'phone')}")
        if R.random() < .3:
            parts.append(f"input.vehPlate={P(plate(), 'vehicle')} input.plateState={p.state}")
        return f"{t} idp-gw txn={txn} op=verify " + " ".join(parts) + f" deviceIp={P(pub_ip(), 'ip')}"
    if v == 1:
        return (f"{t} idp-gw txn={txn} op=device.risk imei={P(imei(), 'device')} carrier={ch(['T-Mobile', 'Verizon', 'AT&T'])} "
                f"simSwapDays={R.randint(1, 900)} ip={P(pub_ip(), 'ip')} geo=US-{p.state} mobile={P(p.phone, 'phone')}")
    if v == 2:
        key = ch(["faceTemplate", "face_tmpl_b64", "selfieTemplate", "bioFace"])
        return (f"{t} idp-gw txn={txn} op=selfie.match score={R.uniform(.8, .999):.3f} liveness=PASS {key}={P(bio_template(), 'biometric')} "
                f"selfieRef={P(f's3://idp-selfies/{ts:%Y/%m/%d}/{txn}.jpg', 'photo')} subject={P(p.fl(), 'name')}")
    if v == 3:
        veh = ch([lambda: f"VIN ending {vin()[-6:]}", lambda: None])()
        vv = vin()
        return (f"{t} idp-gw txn={txn} op=kba.answer q3=\"Which vehicle has been registered to you?\" a3=\"{R.randint(2008, 2022)} "
                f"{ch(['Honda Civic', 'Toyota Camry', 'Ford F-150', 'Subaru Outback'])} {P(vv, 'vehicle')}\" q4=\"Which street have you lived on?\" "
                f"a4=\"{P(up(typo(p.street) if R.random() < .2 else p.street), 'address')}\" correct=4/5")
    if v == 4:
        dt, ppn = ch([("PASSPORT", ch("ABCEFGHJKLMN") + digits(8)), ("PASSPORT_CARD", "C" + digits(8)),
                      ("PERMANENT_RESIDENT_CARD", f"A{digits(3)}-{digits(3)}-{digits(3)}"),
                      ("STATE_ID", ch("ABCDEFGH") + digits(7)), ("MATRICULA_CONSULAR", digits(4) + ch("ABCDEF") + digits(8)),
                      ("TRIBAL_ID", f"{ch(['NN', 'CN', 'HOPI'])}-{digits(6)}")])
        return (f"{t} idp-gw txn={txn} op=document.verify docType={dt} docNumber={P(ppn, 'other_id')} "
                f"surname={P(up(p.last), 'name')} givenNames={P(up(p.first), 'name')} birth={P(dfmt(p.dob, 'eu'), 'date')} "
                f"portrait={P(jpeg_b64(), 'photo')} mrz_ok=true")
    if v == 7:
        fs, ls = slug(p.first), slug(p.last)
        u = ch([f"https://www.linkedin.com/in/{fs}-{ls}-{hexs(6)}", f"https://www.facebook.com/{fs}.{ls}.{R.randint(10, 9999)}",
                f"https://sites.google.com/view/{fs}{ls}", f"https://{fs}{ls}.blogspot.com/"])
        return (f"{t} idp-gw txn={txn} op=social.corroborate subject={P(p.fl(), 'name')} profileUrl={P(u, 'url')} "
                f"accountAgeDays={R.randint(30, 4000)} deviceMac={P(mac(), 'device')} ip={P(pub_ip(), 'ip')}")
    if v == 6:
        return (f"{t} idp-gw txn={txn} op=fingerprint.capture finger=R_INDEX nfiq2={R.randint(40, 99)} fmr_b64={P(fp_template(), 'biometric')} "
                f"subject={P(p.lf(), 'name')} dob={P(dfmt(p.dob, 'us1'), 'date')} kiosk=REG-{R.randint(1, 9)}")
    key = ch(["voiceprint", "vp_template", "voiceTemplateB64"])
    return (f"{t} idp-gw txn={txn} op=voice.enroll callerAni={P(p.phone, 'phone')} {key}={P(bio_template(), 'biometric')} "
            f"dur={R.uniform(3, 20):.1f}s pt={P(p.mrn, 'mrn')} agent={ch(STAFF)}")


@family("merge_unmerge_audit", 6)
def f_audit(ts, phi):
    t = ts_iso(ts)
    if not phi:
        v = R.randint(0, 3)
        if v == 0:
            return (f"AUDIT|{t}|ROLE_GRANT|actor=secadmin|target={ch(STAFF)}|role=EMPI_MERGE|ticket=CHG{digits(7)}|approver={ch(STAFF)}")
        if v == 1:
            return (f"AUDIT|{t}|MERGE_BATCH|actor=svc-empi-batch|merged={R.randint(1, 400)}|unmerged={R.randint(0, 5)}|job={uid()}|"
                    f"dryRun=false|ruleset=v{ver()}")
        if v == 3:
            a = ch(STAFF)
            return (f"AUDIT|{t}|PASSWORD_RESET|actor=secadmin|target={a}|notify={a.replace('_', '.')}@chie.org|ticket=RITM{digits(7)}|"
                    f"expires={ts.year}-{ts.month:02d}-{min(ts.day + 1, 28):02d}T00:00:00Z")
        return (f"AUDIT|{t}|LOGIN|actor={ch(STAFF)}|src={priv_ip()}|mfa=totp|session={hexs(32)}|ua=\"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"")
    p = person(old=R.random() < .3)
    v = R.randint(0, 6)
    actor = ch(STAFF)
    if v == 5:
        d2 = p.dob + timedelta(days=R.choice([1, -1, 30, 365]))
        return (f"AUDIT|{t}|TASK_COMMENT|actor={actor}|task=DR-{ts.year}-{R.randint(1000, 199999):06d}|"
                f"text=\"{P(up(p.last) + ' ' + up(p.first), 'name')} {P(dfmt(p.dob, 'us'), 'date')} vs {P(up(p.last) + ' ' + up(p.first), 'name')} "
                f"{P(dfmt(d2, 'us'), 'date')} - keying error, same {P(p.street, 'address')} and {P(p.phone, 'phone')}\"")
    if v == 6:
        return (f"AUDIT|{t}|NOTE|actor={actor}|euid={P(p.euid, 'mrn')}|text=\"pt is {age_str(p)} y/o per daughter {P(Person(last=p.last).fl(), 'name')}; "
                f"DOB on file {P(dfmt(p.dob, 'mon'), 'date')} confirmed, new cell {P(phone(p.acs), 'phone')}\"")
    if v == 0:
        return (f"AUDIT|{t}|MERGE|actor={actor}|survivor={P(p.euid, 'mrn')}|retired={P('E' + digits(9), 'mrn')}|"
                f"reason=\"dup confirmed: same SSN {P(p.ssn, 'ssn')} and DOB {P(dfmt(p.dob, 'us'), 'date')}\"")
    if v == 1:
        tw = Person(last=p.last)
        tw.dob = p.dob
        return (f"AUDIT|{t}|UNMERGE|actor={actor}|euid={P(p.euid, 'mrn')}|restored={P('E' + digits(9), 'mrn')}|"
                f"reason=\"overlay: twin {P(tw.fl(), 'name')} (DOB {P(dfmt(tw.dob, 'us1'), 'date')}) merged into {P(p.first, 'name')}'s record in error\"")
    if v == 2:
        old = ch(LAST)
        return (f"AUDIT|{t}|MERGE|actor={actor}|survivor={P(p.euid, 'mrn')}|retired={P('E' + digits(9), 'mrn')}|"
                f"reason=\"name change {P(old, 'name')} -> {P(p.last, 'name')} after marriage; verified DL {P(dl()[0], 'license')}\"")
    if v == 3:
        snap = (f"{{\"ln\":\"{P(p.last, 'name')}\",\"fn\":\"{P(p.first, 'name')}\",\"dob\":\"{P(dfmt(p.dob, 'iso'), 'date')}\","
                f"\"addr\":\"{P(p.street_full(), 'address')}\",\"city\":\"{P(p.city, 'address')}\",\"zip\":\"{P(p.zip, 'zip')}\","
                f"\"ph\":\"{P(p.phone, 'phone')}\"}}")
        return f"AUDIT|{t}|MERGE_SNAPSHOT|actor={actor}|euid={P(p.euid, 'mrn')}|before={snap}"
    photo = f"/var/empi/photos/{p.euid[:4]}/{p.euid}_{ts:%Y%m%d}.jpg"
    return (f"AUDIT|{t}|PHOTO_MOVE|actor={actor}|from={P(photo, 'photo')}|to_euid={P('E' + digits(9), 'mrn')}|"
            f"note=\"photo belonged to {P(p.fl(), 'name')}, mis-filed at registration\"")


@family("referral_network", 6)
def f_ref(ts, phi):
    t = ts_l4j(ts)
    ref = f"RF-{ts.year % 100}-{digits(7)}"
    pn, pa, pph, pfx = ch(PARTNERS)
    cf, cl, cn = clin()
    if not phi:
        v = R.randint(0, 2)
        if v == 0:
            return (f"{t} INFO referral-hub directory sync: org=\"{pn}\" addr=\"{pa}\" phone={pph} fax={pfx} npi={cn} "
                    f"directAddr=intake@direct.{slug(pn)[:14]}.org status=ACTIVE")
        if v == 1:
            return (f"{t} INFO referral-hub ref={ref} status={ch(['ACCEPTED', 'SCHEDULED', 'CLOSED'])} from=\"{HOSP}\" to=\"{pn}\" "
                    f"referring=\"Dr. {cf} {cl}\" npi={cn} sla_days={R.randint(3, 30)} order=ORD-{ts.year}-{digits(6)}")
        return (f"{t} INFO referral-hub fax gateway: outbound to {pfx} ({pn}) pages={R.randint(1, 30)} job=FX{digits(8)} "
                f"station={HOSP_FAX} duration={R.randint(20, 400)}s result=OK")
    p = person(old=R.random() < .2)
    v = R.randint(0, 3)
    if v == 0:
        appt = recent_date(ts, 0, 60)
        return (f"{t} INFO referral-hub ref={ref} status=SENT from=\"{HOSP}\" referring=\"Dr. {cf} {cl}\" (NPI {cn}) to=\"{pn}, {pa}\" "
                f"patient=\"{P(p.fl(), 'name')}\" dob={P(dfmt(p.dob, 'iso'), 'date')} appt={P(dfmt(appt, 'iso'), 'date')} "
                f"ptPhone={P(p.phone, 'phone')}" + (f" ptFax={P(phone(p.acs), 'fax')}" if R.random() < .4 else ""))
    if v == 1:
        lic = f" stateLic={P(ch(['MD', 'DO', 'NP']) + digits(6), 'license')}" if R.random() < .5 else ""
        return (f"{t} INFO referral-hub ref={ref} eRx linkage prescriber=\"Dr. {cl}\" DEA {P(dea(cl[0]), 'license')} npi={cn}{lic} "
                f"pt={P(p.lf(), 'name')} insMemberId={P(member_id(), 'health_plan')}")
    if v == 2:
        return (f"{t} INFO referral-hub ref={ref} fax-back requested: pt {P(p.fl(), 'name')} home fax {P(phone(p.acs), 'fax')} "
                f"(cover sheet from {HOSP}, fax {HOSP_FAX}) age={age_str(p)}")
    vv = ch([lambda: P(vin(), "vehicle"), lambda: P(plate(), "vehicle"),
             lambda: f"{P(plate(), 'vehicle')} (VIN {P(vin(), 'vehicle')})"])()
    d = recent_date(ts, 10)
    return (f"{t} INFO referral-hub ref={ref} trauma referral to {pn}: MVC on {P(dfmt(d, 'us'), 'date')}, pt {P(p.hl7n(False).replace('^', ', '), 'name')} "
            f"driver of vehicle {vv}; police report #{ch(['PPB', 'MCSO'])}-{digits(8)} requested")


@family("portal_access_log", 5)
def f_portal(ts, phi):
    t = ts_clf(ts)
    ua = ch(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
             "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122.0.0.0 Safari/537.36",
             "okhttp/4.12.0", "MyChart/11.2 (Android 14)"])
    if not phi:
        v = R.randint(0, 3)
        if v == 0:
            return f"{priv_ip()} - - [{t}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" rt=0.001 upstream={priv_ip()}:8080"
        if v == 1:
            return (f"{priv_ip()} - svc-xca-gw [{t}] \"POST /xca/RespondingGateway HTTP/1.1\" 200 {R.randint(2000, 90000)} \"-\" \"Apache-CXF/3.5.5\" "
                    f"rt={R.uniform(.05, 3):.3f} req_id={hexs(32)}")
        if v == 3:
            return (f"{priv_ip()} - - [{t}] \"GET /api/v1/patients/search?rowId={R.randint(100000, 9999999)}&fields=status HTTP/1.1\" 403 61 \"-\" "
                    f"\"python-requests/2.31.0\" rt={R.uniform(.001, .05):.3f} user=svc-ens")
        return (f"{priv_ip()} - - [{t}] \"GET /static/js/app.{hexs(8)}.js HTTP/2.0\" 304 0 \"https://portal.chie.org/login\" \"{ua}\" rt=0.004")
    p = person()
    ip = pub_ip()
    v = R.randint(0, 3)
    if v == 0:
        path = f"/portal/media/patient-photos/{p.euid}.jpg"
        return f"{P(ip, 'ip')} - - [{t}] \"GET {P(path, 'photo')} HTTP/1.1\" 200 {R.randint(20000, 90000)} \"https://portal.chie.org/profile\" \"{ua}\""
    if v == 1:
        u = f"https://portal.chie.org/patients/{p.euid}/profile"
        return f"{P(ip, 'ip')} - - [{t}] \"PUT /api/v1/profile HTTP/1.1\" 204 0 \"{P(u, 'url')}\" \"{ua}\" rt={R.uniform(.01, 1):.3f}"
    if v == 2:
        xf = f"{P(ip, 'ip')}, {priv_ip()}"
        return (f"{priv_ip()} - - [{t}] \"POST /api/v1/proxy-access/invite HTTP/1.1\" 201 88 \"-\" \"{ua}\" xff=\"{xf}\" "
                f"invitee={P(email(p), 'email')}")
    return (f"{P(ip, 'ip')} - - [{t}] \"GET /api/v1/records/download?mrn={P(p.mrn, 'mrn')}&format=ccda HTTP/1.1\" 200 {R.randint(20000, 900000)} \"-\" \"{ua}\"")


@family("device_registry", 5)
def f_device(ts, phi):
    t = ts_l4j(ts)
    if not phi:
        v = R.randint(0, 2)
        gtin = "0" + ch(["0643169", "0884838", "0381780"]) + digits(6)
        if v == 0:
            return (f"{t} INFO  device-registry - GUDID sync: di={gtin} brand=\"{ch(['Azure XT DR MRI', 'Accolade MRI', 'Micra AV', 'Inspire IV'])}\" "
                    f"company=\"{ch(['Medtronic', 'Boston Scientific', 'Abbott'])}\" mriSafety=Conditional version={R.randint(1, 9)} pubDate={ts.year - R.randint(1, 5)}-0{R.randint(1, 9)}-15")
        if v == 1:
            return (f"{t} INFO  device-registry - firmware rollout hub=HomeHub-{ch(['A2', 'B7'])} fw={ver()} eligible={R.randint(1000, 40000)} "
                    f"updated={R.randint(100, 9000)} failed={R.randint(0, 40)} gateway=rpm-gw0{R.randint(1, 4)}.chie.internal:8883")
        return (f"{t} WARN  device-registry - MQTT reconnect broker={priv_ip()}:8883 clientId=rpm-ingest-{R.randint(1, 9)} backoff={R.randint(1, 60)}s "
                f"mac={mac()} (ingest node NIC)")
    p = person()
    v = R.randint(0, 2)
    if v == 0:
        imp = recent_date(ts, 900)
        return (f"{t} INFO  device-registry - implant linked mrn={P(p.mrn, 'mrn')} udi={P(udi(), 'device')} model=\"{ch(['Azure XT DR MRI', 'Accolade MRI', 'Micra AV'])}\" "
                f"implantDate={P(dfmt(imp, 'iso'), 'date')} surgeon=\"Dr. {ch(CLIN)[1]}\"")
    if v == 1:
        return (f"{t} INFO  device-registry - RPM enrollment euid={P(p.euid, 'mrn')} hubMac={P(mac(ch([':', '-'])), 'device')} "
                f"cuffSerial={P(dev_serial(), 'device')} shipTo=\"{P(p.street_full(), 'address')}, {P(p.city, 'address')}, {p.state} {P(p.zip, 'zip')}\"")
    return (f"{t} WARN  device-registry - recall match: serialNo={P(dev_serial(), 'device')} patient={P(p.lf(), 'name')} dob={P(dfmt(p.dob, 'us'), 'date')} "
            f"notify via {P(p.phone, 'phone')}")


@family("x12_eligibility", 4)
def f_x12(ts, phi):
    t = ts_l4j(ts)
    ctl = digits(9)
    if not phi:
        v = R.randint(0, 2)
        if v == 2:
            cf, cl, cn = clin()
            return (f"{t} x12-gw TX 270 header HL*1**20*1~NM1*PR*2*OREGON HEALTH PLAN*****PI*OHP{digits(4)}~HL*2*1*21*1~"
                    f"NM1*1P*1*{up(cl)}*{up(cf)}****XX*{cn}~N3*1200 HARBOR WAY~N4*PORTLAND*OR*97201~PER*IC*PATIENT ACCESS*TE*{HOSP_PH.replace('-', '')}~ (subscriber loop redacted)")
        if v == 0:
            return (f"{t} x12-gw RX 999 ISA*00*          *00*          *ZZ*{ch(['CHIEHIE', 'AVAILITY'])}       *ZZ*SMHPROD        *{ts:%y%m%d}*{ts:%H%M}*^*00501*{ctl}*0*P*:~"
                    f"AK1*HS*{R.randint(1, 9999)}*005010X279A1~AK2*270*{digits(4)}*005010X279A1~IK5*A~AK9*A*1*1*1~")
        return (f"{t} x12-gw TA1 ok icn={ctl} batch=ELG{ts:%Y%m%d}{R.randint(1, 99):02d} txns={R.randint(1, 500)} payer=OHP routing={digits(9)} "
                f"bytes={R.randint(2000, 900000)}")
    p = person()
    mid = ch([mbi(), member_id()])
    nm = f"{up(p.last)}*{up(p.first)}"
    if R.random() < .5:
        nm += f"*{p.mi}"
    segs = [f"NM1*IL*1*{P(nm, 'name')}****MI*{P(mid, 'health_plan')}"]
    if R.random() < .6:
        segs.append(f"N3*{P(up(p.street), 'address')}")
        segs.append(f"N4*{P(up(p.city), 'address')}*{p.state}*{P(p.zip, 'zip')}")
    segs.append(f"DMG*D8*{P(dfmt(p.dob, 'hl7'), 'date')}*{p.sex}")
    if R.random() < .4:
        segs.append(f"DTP*291*D8*{P(dfmt(recent_date(ts, 30), 'hl7'), 'date')}")
    return f"{t} x12-gw TX 270 ST*270*{digits(4)}*005010X279A1~BHT*0022*13*{hexs(10)}*{ts:%Y%m%d}*{ts:%H%M}~" + "~".join(segs) + "~EQ*30~SE*13*0001~"


@family("fhir_patient_match", 6)
def f_fhir(ts, phi):
    t = ts_iso(ts)
    if not phi:
        v = R.randint(0, 4)
        if v == 0:
            return (f"{t} fhir-mpi GET /fhir/r4/metadata 200 {R.randint(5, 90)}ms fhirVersion=4.0.1 software=\"HAPI FHIR Server\" version={ver()} "
                    f"implementation=https://fhir.chie.org/r4 etag=W/\"{R.randint(1, 99)}\"")
        if v == 3:
            cf, cl, cn = clin()
            return (f"{t} fhir-mpi GET /fhir/r4/Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|{cn} 200 "
                    f"{{\"resourceType\":\"Practitioner\",\"id\":\"{R.randint(100, 99999)}\",\"identifier\":[{{\"system\":\"http://hl7.org/fhir/sid/us-npi\",\"value\":\"{cn}\"}}],"
                    f"\"name\":[{{\"family\":\"{cl}\",\"given\":[\"{cf}\"],\"prefix\":[\"Dr.\"]}}],\"telecom\":[{{\"system\":\"phone\",\"value\":\"{HOSP_PH}\",\"use\":\"work\"}},"
                    f"{{\"system\":\"fax\",\"value\":\"{HOSP_FAX}\",\"use\":\"work\"}}]}}")
        if v == 4:
            pn, pa, pph, pfx = ch(PARTNERS)
            street, city, rest = pa.split(", ")
            st, z = rest.split(" ")
            return (f"{t} fhir-mpi GET /fhir/r4/Organization/{R.randint(100, 9999)} 200 {{\"resourceType\":\"Organization\",\"name\":\"{pn}\","
                    f"\"identifier\":[{{\"system\":\"http://hl7.org/fhir/sid/us-npi\",\"value\":\"{npi()}\"}}],\"telecom\":[{{\"system\":\"phone\",\"value\":\"{pph}\"}}],"
                    f"\"address\":[{{\"line\":[\"{street}\"],\"city\":\"{city}\",\"state\":\"{st}\",\"postalCode\":\"{z}\"}}]}}")
        if v == 1:
            return (f"{t} fhir-mpi POST /fhir/r4/Patient/$match 200 total=0 {R.randint(30, 900)}ms onlyCertainMatches=true count=5 "
                    f"client_id={ch(['mvc-epic-prod', 'lkc-athena', 'cq-broker'])} scope=system/Patient.read traceId={hexs(32)}")
        return (f"{t} fhir-mpi {{\"resourceType\":\"OperationOutcome\",\"issue\":[{{\"severity\":\"error\",\"code\":\"invalid\","
                f"\"diagnostics\":\"HAPI-0450: Failed to parse request body as JSON resource at line {R.randint(1, 90)}\"}}]}} req={uid()}")
    p = person()
    v = R.randint(0, 2)
    if v == 0:
        ids = [f"{{\"system\":\"http://hl7.org/fhir/sid/us-ssn\",\"value\":\"{P(p.ssn.replace('-', ''), 'ssn')}\"}}"]
        if R.random() < .5:
            ids.append(f"{{\"type\":{{\"coding\":[{{\"code\":\"DL\"}}]}},\"value\":\"{P(dl()[0], 'license')}\"}}")
        if R.random() < .5:
            ids.append(f"{{\"type\":{{\"coding\":[{{\"code\":\"PPN\"}}]}},\"system\":\"http://hl7.org/fhir/sid/passport-USA\",\"value\":\"{P(ch('ABCEFGHJ') + digits(8), 'other_id')}\"}}")
        if R.random() < .4:
            ids.append(f"{{\"system\":\"http://hl7.org/fhir/sid/us-mbi\",\"value\":\"{P(mbi(), 'health_plan')}\"}}")
        tel = [f"{{\"system\":\"phone\",\"value\":\"{P(p.phone, 'phone')}\",\"use\":\"home\"}}"]
        if R.random() < .5:
            tel.append(f"{{\"system\":\"fax\",\"value\":\"{P(phone(p.acs), 'fax')}\"}}")
        if R.random() < .5:
            tel.append(f"{{\"system\":\"email\",\"value\":\"{P(email(p), 'email')}\"}}")
        photo = ""
        if R.random() < .35:
            ct, data = ch([("image/jpeg", jpeg_b64), ("image/png", png_b64)])
            photo = f",\"photo\":[{{\"contentType\":\"{ct}\",\"data\":\"{P(data(), 'photo')}\"}}]"
        return (f"{t} fhir-mpi POST /fhir/r4/Patient/$match body={{\"resourceType\":\"Parameters\",\"parameter\":[{{\"name\":\"resource\",\"resource\":"
                f"{{\"resourceType\":\"Patient\",\"identifier\":[{','.join(ids)}],\"name\":[{{\"family\":\"{P(p.last, 'name')}\",\"given\":[\"{P(p.first, 'name')}\"]}}],"
                f"\"telecom\":[{','.join(tel)}],\"gender\":\"{'female' if p.sex == 'F' else 'male'}\",\"birthDate\":\"{P(dfmt(p.dob, 'iso'), 'date')}\"{photo}}}}},"
                f"{{\"name\":\"onlyCertainMatches\",\"valueBoolean\":true}}]}}")
    if v == 1:
        ents = []
        for _ in range(R.randint(1, 3)):
            u = f"https://fhir.chie.org/r4/Patient/{R.randint(10000, 9999999)}"
            ents.append(f"{{\"fullUrl\":\"{P(u, 'url')}\",\"search\":{{\"mode\":\"match\",\"score\":{R.uniform(.5, 1):.2f},"
                        f"\"extension\":[{{\"url\":\"http://hl7.org/fhir/StructureDefinition/match-grade\",\"valueCode\":\"{ch(['certain', 'probable', 'possible'])}\"}}]}}}}")
        return (f"{t} fhir-mpi 200 $match response {{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":{len(ents)},\"entry\":[{','.join(ents)}]}}")
    return (f"{t} fhir-mpi PATCH /fhir/r4/Patient?identifier=urn:oid:{OID_SMH}|{P(p.mrn, 'mrn')} ops=[{{\"op\":\"replace\",\"path\":\"/address/0\",\"value\":{{\"line\":[\"{P(p.street, 'address')}\""
            + (f",\"{P(p.unit, 'address')}\"" if p.unit else "") +
            f"],\"city\":\"{P(p.city, 'address')}\",\"district\":\"{P(p.county, 'address')}\",\"state\":\"{p.state}\",\"postalCode\":\"{P(p.zip, 'zip')}\"}}}}] by={ch(STAFF)}")


ES_CITIES = [("Getafe", "28901"), ("Sevilla", "41003"), ("Valencia", "46002"), ("Zaragoza", "50001"), ("Málaga", "29016")]
DE_CITIES = [("Berlin", "10115"), ("München", "80331"), ("Köln", "50667"), ("Leipzig", "04109"), ("Hamburg", "20095")]
FR_CITIES = [("Lyon", "69003"), ("Marseille", "13001"), ("Toulouse", "31000"), ("Nantes", "44000")]


def dni():
    n = R.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


@family("cross_border_ncp", 5)
def f_ncp(ts, phi):
    t = ts_iso(ts)
    if not phi:
        v = R.randint(0, 2)
        if v == 0:
            return (f"{t} NCPeH-ES INFO Servicio de identificación disponible versión {ver()} país=ES certificado válido hasta 2026-0{R.randint(1, 9)}-15 "
                    f"huella_cert={hexs(40).upper()}")
        if v == 1:
            return (f"{t} NCPeH-DE INFO Patientenidentifikation: keine Treffer (0) für Anfrage {uid()} Dauer={R.randint(100, 9000)}ms "
                    f"Knoten=ncp-de-0{R.randint(1, 3)}.ehealth.internal:8443")
        return (f"{t} NCPeH-FR WARN délai dépassé pour la requête {uid()} vers le point de contact national PT; tentative {R.randint(1, 3)}/3 "
                f"port={R.randint(8000, 9000)}")
    v = R.randint(0, 2)
    if v == 0:
        p = person(old=R.random() < .4)
        p.first = ch(["Lucía", "Carmen", "Javier", "Pilar", "Álvaro", "Rocío", "Jesús", "Mercedes"])
        ap = f"{ch(['Fernández', 'García', 'Ruiz', 'Martín', 'Sánchez', 'Jiménez'])} {ch(['Ruiz', 'López', 'Moreno', 'Navarro', 'Romero'])}"
        c, cp = ch(ES_CITIES)
        tel = f"+34 6{digits(2)} {digits(3)} {digits(3)}"
        calle = ch(['Mayor', 'del Sol', 'Alcalá', 'de la Paz'])
        dom = f"Calle {calle} {R.randint(1, 120)}, {R.randint(1, 9)}º {ch('ABCD')}"
        return (f"{t} NCPeH-ES INFO consulta identidad: nombre=\"{P(p.first, 'name')}\" apellidos=\"{P(ap, 'name')}\" "
                f"fecha_nacimiento={P(dfmt(p.dob, 'es'), 'date')} edad={age_str(p)} DNI={P(dni(), 'other_id')} "
                f"domicilio=\"{P(dom, 'address')}\" "
                f"municipio={P(c, 'address')} CP={P(cp, 'zip')} tel={P(tel, 'phone')}")
    if v == 1:
        p = person(old=R.random() < .4)
        p.first = ch(["Jürgen", "Gisela", "Hans-Peter", "Ursula", "Klaus", "Brigitte", "Lukas", "Anneliese"])
        p.last = ch(["Müller", "Schneider", "Weiß", "Schäfer", "Becker", "Hoffmann", "Krüger"])
        c, plz = ch(DE_CITIES)
        kv = ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(9)
        pa = "".join(ch("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9))
        strasse = ch(['Hauptstraße', 'Lindenallee', 'Gartenweg', 'Bahnhofstr.'])
        anschrift = f"{strasse} {R.randint(1, 90)}"
        return (f"{t} NCPeH-DE INFO Patientenidentifikation Nachname={P(p.last, 'name')} Vorname={P(p.first, 'name')} "
                f"Geburtsdatum={P(dfmt(p.dob, 'eu'), 'date')} Alter={age_str(p)} Anschrift=\"{P(anschrift, 'address')}\" "
                f"PLZ={P(plz, 'zip')} Ort={P(c, 'address')} KVNR={P(kv, 'health_plan')} Personalausweis={P(pa, 'other_id')}")
    p = person()
    p.first = ch(["Camille", "Théo", "Élodie", "Mathis", "Léa", "Noémie"])
    p.last = ch(["Dubois", "Lefèvre", "Moreau", "Girard", "Rousseau"])
    c, cpf = ch(FR_CITIES)
    fx = f"+33 4 {digits(2)} {digits(2)} {digits(2)} {digits(2)}"
    rue = ch(['Victor Hugo', 'de la République', 'Pasteur'])
    adr = f"{R.randint(1, 99)} rue {rue}"
    return (f"{t} NCPeH-FR INFO identification patient: nom={P(p.last, 'name')} prénom={P(p.first, 'name')} né(e) le {P(dfmt(p.dob, 'es'), 'date')} "
            f"adresse=\"{P(adr, 'address')}\" {P(cpf, 'zip')} {P(c, 'address')} "
            f"télécopie={P(fx, 'fax')} courriel={P(email(p), 'email')}")


@family("palm_biometric_id", 5)
def f_palm(ts, phi):
    t = ts_l4j(ts)
    if not phi:
        v = R.randint(0, 2)
        if v == 0:
            return (f"{t} INFO PalmIdSvc heartbeat scanners_online={R.randint(10, 15)}/15 fw={ver()} template_db_rows={R.randint(100000, 900000)} "
                    f"scanner=FJ-PV-{digits(6)} (registration desk 3) dbHost=palmdb01.smh.internal:1433")
        if v == 2:
            return (f"{t} INFO PalmIdSvc template converter loaded format=ISO/IEC 19794-9:2011 lib=libpv-{ver()}.so "
                    f"sha256={sha256()} license=SITE-{digits(6)} expires={ts.year + 1}-12-31")
        return (f"{t} INFO PalmIdSvc identify result=NO_MATCH candidates=0 far=1e-6 quality={R.randint(40, 99)} elapsed={R.randint(80, 900)}ms "
                f"kiosk=ED-REG-{R.randint(1, 9)} template_sha256={sha256()}")
    p = person()
    v = R.randint(0, 2)
    if v == 0:
        key = ch(["palmVeinTemplate", "palm_tmpl", "pvTemplateB64", "bioTemplate"])
        return (f"{t} INFO PalmIdSvc enroll ok mrn={P(p.mrn, 'mrn')} {key}=\"{P(bio_template(), 'biometric')}\" quality={R.randint(60, 99)} "
                f"scanner=FJ-PV-{digits(6)} photo={P(f'//smh-fs02/palmid/photos/{p.mrn}.png', 'photo')} by={ch(STAFF)}")
    if v == 1:
        return (f"{t} DEBUG PalmIdSvc identify candidate euid={P(p.euid, 'mrn')} name={P(p.lf(), 'name')} dob={P(dfmt(p.dob, 'us'), 'date')} "
                f"score={R.uniform(.9, .999):.4f} fpTemplate={P(fp_template(), 'biometric')}")
    return (f"{t} INFO PalmIdSvc face capture stored for {P(p.mrn, 'mrn')} image={P(png_b64(), 'photo')} operator={ch(STAFF)}")


@family("ens_notification", 5)
def f_ens(ts, phi):
    t = ts_iso(ts)
    if not phi:
        v = R.randint(0, 2)
        if v == 0:
            nr, rj = R.randint(1000, 90000), R.randint(0, 90)
            return (f"{t} ens-svc roster upload: rows={nr} accepted={nr - rj} rejected={rj} "
                    f"file=roster_{ts:%Y%m%d}.csv sha256={sha256()} subscriber=\"{ch(PARTNERS)[0]}\" port=22 sftp=sftp.chie.org")
        if v == 2:
            pn, pa, pph, pfx = ch(PARTNERS)
            return (f"{t} ens-svc subscription created subscriber=\"{pn}\" addr=\"{pa}\" contact={pph} events=[A01,A03,A04] "
                    f"delivery=direct:intake@direct.{slug(pn)[:12]}.org by={ch(STAFF)} id=SUB-{digits(6)}")
        return (f"{t} ens-svc alerts sent={R.randint(10, 4000)} suppressed={R.randint(0, 300)} bounce={R.randint(0, 9)} "
                f"templateVersion={ver()} window=PT15M orderRef=ORD-{ts.year}-{digits(6)}")
    p = person(old=R.random() < .35)
    adm = recent_date(ts, 6)
    dis = min(adm + timedelta(days=R.randint(0, 6)), ts.date())
    v = R.randint(0, 3)
    if v == 0:
        return (f"{t} ens-svc ALERT ADT-A03 \"Patient {P(p.lf(), 'name')} (DOB {P(dfmt(p.dob, 'us'), 'date')}) discharged from {HOSP} ED on "
                f"{P(dfmt(dis, 'us'), 'date')} to home; PCP Dr. {ch(CLIN)[1]} notified\" rcpt={ch(PARTNERS)[0]}")
    if v == 1:
        return (f"{t} ens-svc ALERT ADT-A01 admitted {P(dfmt(adm, 'mon'), 'date')}: {P(p.fl(), 'name')}, {age_str(p)}{p.sex}, "
                f"{P(p.city, 'address')} - care manager please outreach at {P(p.phone, 'phone')}")
    if v == 3:
        return (f"{t} ens-svc ALERT ADT-A04 ED arrival {P(dfmt(adm, 'us'), 'date')} MVC: {P(p.lf(), 'name')} mrn {P(p.mrn, 'mrn')}, "
                f"ambulance report lists vehicle {P(ch([plate(), vin()]), 'vehicle')}; notify {ch(PARTNERS)[0]}")
    dd = recent_date(ts, 3)
    return (f"{t} ens-svc ALERT ADT-A03 expired: {P(p.fl(), 'name')} MRN {P(p.mrn, 'mrn')} date of death {P(dfmt(dd, 'long'), 'date')}; "
            f"notify payer member {P(member_id(), 'health_plan')}")


@family("billing_identity_link", 3)
def f_billing(ts, phi):
    t = ts_l4j(ts)
    if not phi:
        v = R.randint(0, 2)
        if v == 1:
            return (f"{t} INFO pay-link - gateway cert rotated cn=pay.chie.org serial={hexs(32).upper()} notBefore={ts:%Y-%m-%d} "
                    f"notAfter={ts.year + 1}-{ts.month:02d}-{ts.day:02d} keyId={hexs(16)} by svc-empi-batch")
        if v == 2:
            return (f"{t} WARN pay-link - token vault latency {R.randint(300, 4000)}ms host=vault0{R.randint(1, 3)}.chie.internal:8200 "
                    f"tokens_issued={R.randint(10, 900)} detokenize_denied={R.randint(0, 4)} policy=pci-min build={R.randint(1000, 9999)}")
        return (f"{t} INFO pay-link - settlement batch={digits(8)} items={R.randint(10, 900)} amount_usd={R.uniform(1000, 90000):.2f} "
                f"merchantId=MID{digits(10)} routing=121000248 processor=\"{ch(['Paymentech', 'Elavon'])}\" ver={ver()}")
    p = person()
    v = R.randint(0, 2)
    if v == 2:
        return (f"{t} INFO pay-link - parking validation linked to patientAccount={P(acct_no(), 'account')} plate={P(plate(), 'vehicle')} "
                f"garage=P2 rate=VISITOR_DAILY amount_usd={R.randint(5, 30)}.00")
    if v == 0:
        return (f"{t} INFO pay-link - guarantor linked euid={P(p.euid, 'mrn')} guarantorAcct={P(acct_no(), 'account')} "
                f"card={P(card(), 'account')} exp={R.randint(1, 12):02d}/{R.randint(25, 30)} holder=\"{P(up(p.fl()), 'name')}\"")
    return (f"{t} WARN pay-link - ACH return R03 patientAccount={P(acct_no(), 'account')} bankAcct={P(bank_acct(), 'account')} "
            f"routing={ch(['121000248', '026009593', '123000220'])} payer={P(p.lf(), 'name')}")


# --------------------------------------------------------------- driver ----
MIN_PER_CAT = 12
COMMON = {"name", "address", "zip", "date", "mrn", "phone"}


def main():
    fams = [(n, w, f) for (n, w, f) in FAMILIES]
    names = [n for n, _, _ in fams]
    assert len(set(names)) == len(names)
    weights = [w for _, w, _ in fams]
    flags = [True] * (N_LINES - N_CLEAN) + [False] * N_CLEAN
    R.shuffle(flags)
    ts = datetime(2024, 3, 14, 6, 0, 0)
    slots = []  # [ts, phi, family, bytes, spans]
    for phi in flags:
        ts += timedelta(seconds=R.randint(1, 480))
        name, _, fn = R.choices(fams, weights=weights)[0]
        b, spans = render(fn(ts, phi))
        slots.append([ts, phi, name, b, spans])

    # top-up pass: make every category appear at least MIN_PER_CAT times by
    # regenerating PHI slots that only hold common categories (same timestamp),
    # rejection-sampling families until the wanted category appears.
    def counts():
        c = {k: 0 for k in CATS}
        for sl in slots:
            for sp in sl[4]:
                c[sp["cat"]] += 1
        return c
    while True:
        cnt = counts()
        short = [c for c in CATS if cnt[c] < MIN_PER_CAT]
        if not short:
            break
        want = short[0]
        pool = [k for k, sl in enumerate(slots) if sl[1] and {sp["cat"] for sp in sl[4]} <= COMMON]
        assert pool, "no replaceable slots"
        k = R.choice(pool)
        for _ in range(5000):
            name, _, fn = R.choices(fams, weights=weights)[0]
            b, spans = render(fn(slots[k][0], True))
            if any(sp["cat"] == want for sp in spans):
                break
        else:
            raise AssertionError(f"cannot produce {want}")
        slots[k][2:] = [name, b, spans]

    lines, labels = [], []
    fam_count = {}
    for i, (ts, phi, name, b, spans) in enumerate(slots, 1):
        text = b.decode("utf-8")
        assert "\n" not in text and "\r" not in text, (i, text)
        if phi:
            assert spans, (name, text)
        else:
            assert not spans, (name, text)
        prev_e = -1
        for sp in spans:
            v = sp["_v"]
            assert b[sp["s"]:sp["e"]] == v.encode("utf-8"), (i, sp)
            assert v == v.strip() and v, (i, sp)
            assert sp["s"] >= prev_e, ("overlap", i, sp)
            assert sp["s"] < sp["e"]
            prev_e = sp["e"]
        lines.append(b)
        labels.append({"line": i, "family": name,
                       "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in spans]})
        fam_count[name] = fam_count.get(name, 0) + 1
    assert len(lines) == N_LINES
    with open(LOG_PATH, "wb") as fh:
        for b in lines:
            fh.write(b + b"\n")
    with open(LAB_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")

    # re-read and verify from disk
    with open(LOG_PATH, "rb") as fh:
        disk = fh.read().split(b"\n")
    assert disk[-1] == b"" and len(disk) == N_LINES + 1
    with open(LAB_PATH, encoding="utf-8") as fh:
        labs = [json.loads(x) for x in fh]
    assert len(labs) == N_LINES
    for k, (b, lab) in enumerate(zip(disk, labs), 1):
        assert lab["line"] == k
        for sp in lab["spans"]:
            seg = b[sp["s"]:sp["e"]]
            assert seg and seg == seg.strip()

    per_cat = {c: 0 for c in CATS}
    for lab in labels:
        for sp in lab["spans"]:
            per_cat[sp["cat"]] += 1
    n_phi = sum(1 for lab in labels if lab["spans"])
    print(f"lines: {N_LINES}")
    print(f"lines with PHI: {n_phi}  without: {N_LINES - n_phi} ({(N_LINES - n_phi) * 100 / N_LINES:.1f}%)")
    print("spans per category:")
    for c in CATS:
        print(f"  {c:12s} {per_cat[c]}")
    print(f"  total        {sum(per_cat.values())}")
    print("lines per family:")
    for n in names:
        print(f"  {n:24s} {fam_count.get(n, 0)}")
    low = [c for c in CATS if per_cat[c] < MIN_PER_CAT]
    assert not low, f"categories under {MIN_PER_CAT}: {low}"


if __name__ == "__main__":
    main()
