#!/usr/bin/env python3
"""Generator for the "bq" labeled PHI test corpus.

Theme: a hospital's on-premises Windows / .NET stack (IIS W3C, Windows Event
Log exports as CSV/tab text and XML, SQL Server error log and deadlock
reports, log4net / NLog / Enterprise Library / Serilog application logs, WCF
E2E traces, HL7 interface and print services, Task Scheduler, PowerShell
transcripts, AD security auditing, SCCM CMTrace logs, DHCP audit logs and the
EHR's own application logs), interleaved.

Standard library only, fixed seed, deterministic.  Writes next to itself:
  bq.log           500 lines
  bq.labels.jsonl  one {"line","family","spans"} object per line

Every line is built from segments; a labeled segment is a (text, category)
tuple, and its byte offsets are computed while the line is assembled.  After
writing, the files are re-read and every span is checked against the bytes
that the generator meant to label.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import sys
import uuid
from urllib.parse import quote, quote_plus

SEED = 0xB0B1_2024
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LOG_PATH = os.path.join(HERE, "bq.log")
LAB_PATH = os.path.join(HERE, "bq.labels.jsonl")
N_LINES = 500
TARGET_CLEAN = 0.55

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email",
        "ssn", "mrn", "health_plan", "account", "license", "vehicle",
        "device", "url", "ip", "biometric", "photo", "other_id"}


# ----------------------------------------------------------------------------
# line assembly
# ----------------------------------------------------------------------------
def P(value, cat):
    """A labeled segment."""
    assert cat in CATS, cat
    assert value, "empty labeled value"
    return (value, cat)


def build(family, segs):
    """Assemble segments into (family, bytes, spans, expected_values)."""
    buf = bytearray()
    spans = []
    for seg in segs:
        if isinstance(seg, tuple):
            val, cat = seg
            b = val.encode("utf-8")
            s = len(buf)
            buf += b
            spans.append({"s": s, "e": len(buf), "cat": cat, "_v": b})
        else:
            assert isinstance(seg, str), repr(seg)
            buf += seg.encode("utf-8")
    line = bytes(buf)
    assert b"\n" not in line and b"\r" not in line, (family, line[:200])
    return (family, line, spans)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def rdig(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def rhex(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def jesc(s, ascii_only=True):
    """JSON string body (no quotes)."""
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def jesc_ms(s):
    """JSON body as DataContractJsonSerializer writes it ('/' -> '\\/')."""
    return jesc(s).replace("/", "\\/")


def xesc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def xesc_text(s):
    """XML text-node escaping as XmlWriter / SQL Server FOR XML do it."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def csvq(s):
    return s.replace('"', '""')


def sqlq(s):
    return s.replace("'", "''")


# ----------------------------------------------------------------------------
# clock (the logs' own timestamps; never labeled)
# ----------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 11, 0, 3, 17, 118000)
        self.utc_off = dt.timedelta(hours=4)  # EDT

    def tick(self):
        self.t += dt.timedelta(milliseconds=R.randint(150, 170000))

    @property
    def utc(self):
        return self.t + self.utc_off

    def ms(self):
        return self.t.microsecond // 1000

    def iso_sp(self):          # 2024-03-11 14:22:05
        return self.t.strftime("%Y-%m-%d %H:%M:%S")

    def log4net(self):         # 2024-03-11 14:22:05,123
        return "%s,%03d" % (self.iso_sp(), self.ms())

    def nlog(self):            # 2024-03-11 14:22:05.1234
        return "%s.%04d" % (self.iso_sp(), self.t.microsecond // 100)

    def sqlerr(self):          # 2024-03-11 14:22:05.12
        return "%s.%02d" % (self.iso_sp(), self.t.microsecond // 10000)

    def us(self):              # 3/11/2024 2:22:05 PM
        h = self.t.hour % 12 or 12
        return "%d/%d/%d %d:%s %s" % (self.t.month, self.t.day, self.t.year, h,
                                      self.t.strftime("%M:%S"),
                                      "PM" if self.t.hour >= 12 else "AM")

    def iis(self):             # UTC, "2024-03-11 18:22:05"
        return self.utc.strftime("%Y-%m-%d %H:%M:%S")

    def sys_utc7(self):        # 2024-03-11T18:22:05.1234567Z
        return self.utc.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%d" % (self.utc.microsecond, R.randrange(10)) + "Z"

    def iso_off(self):         # 2024-03-11T14:22:05.123-04:00
        return self.t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-04:00" % self.ms()

    def hl7(self):
        return self.t.strftime("%Y%m%d%H%M%S")

    def cm_time(self):         # CMTrace: 14:22:05.123+240
        return "%s.%03d+240" % (self.t.strftime("%H:%M:%S"), self.ms())

    def cm_date(self):
        return self.t.strftime("%m-%d-%Y")


CLK = Clock()
ONCE = {}
TODAY = dt.date(2024, 3, 11)

# ----------------------------------------------------------------------------
# organisation, hosts, staff (never labeled)
# ----------------------------------------------------------------------------
ORG = "Stillwater Valley Medical Center"
ORG_SHORT = "SVMC"
DOMAIN = "SVMC"
FQDN = "svmc.local"
ORG_ADDR = "2400 Stillwater Pkwy, Dayton, OH 45414"
ORG_PHONES = ["(937) 208-4000", "937-208-4100", "(937) 208-4357", "1-800-555-0199",
              "937.208.4622"]
ORG_FAXES = ["(937) 208-4019", "937-208-4188", "937-208-4620"]
EXT_ORGS = [("Kettering Family Practice", "(937) 294-6610", "(937) 294-6619",
             "3533 Far Hills Ave, Kettering, OH 45429"),
            ("Greene Memorial Outpatient Imaging", "937-352-2100", "937-352-2109",
             "1141 N Monroe Dr, Xenia, OH 45385"),
            ("Walgreens #07731", "(937) 429-0321", "(937) 429-0330",
             "2601 Dayton-Xenia Rd, Beavercreek, OH 45434"),
            ("Buckeye Home Health", "614-441-8020", "614-441-8029",
             "1800 Zollinger Rd, Columbus, OH 43221"),
            ("Medical Mutual of Ohio", "1-800-315-3144", "216-687-7990",
             "2060 E 9th St, Cleveland, OH 44115")]
APP_HOSTS = ["EHRAPP01", "EHRAPP02", "EHRAPP03", "EHRAPP04"]
WEB_HOSTS = ["WEBPORTAL01", "WEBPORTAL02"]
SQL_HOSTS = ["EHRSQL01", "EHRSQL02", "RPTSQL01"]
OTHER_HOSTS = ["IFACE01", "IFACE02", "PRTSRV02", "FAXSRV01", "BIOSVC01", "SCCM01",
               "DC01", "DC02", "FS01", "RPMGW01", "BILLAPP01"]
WORKSTATIONS = ["WS-ED-114", "WS-4W-NS02", "WS-REG-07", "WS-ICU-B12", "WS-HIM-03",
                "WS-PHARM-01", "WS-RAD-22", "WS-L&D-05", "WS-ONC-09", "WS-PAT-ACC-11",
                "CART-3E-04", "WS-CARD-17"]
STAFF_USERS = ["kmorales", "tpham", "jokafor", "rlindqvist", "aschwartz", "mdelacruz",
               "bwashington", "ssubramanian", "lnguyen2", "dkowalczyk", "hbrennan",
               "cmunoz", "pobi", "ejohansson", "vraman", "gthibodeaux"]
SVC_USERS = ["svc_ehr_app", "svc_iface", "svc_print", "svc_sqlagent", "svc_sccm_na",
             "svc_backup", "svc_fax", "svc_rpm", "svc_portal", "svc_biometric",
             "adm-tpham", "adm-kmorales", "EHRAPP02$", "IFACE01$"]
CLINICIANS = [("Anjali", "Mehta", "MD"), ("Robert", "Kline", "MD"), ("Sarah", "Oduya", "RN"),
              ("Tomasz", "Zielinski", "DO"), ("Li", "Wei", "MD"), ("Maribel", "Soto", "NP"),
              ("Kwabena", "Asante", "MD"), ("Erin", "Fitzgerald", "PA-C"),
              ("Hamid", "Rahimi", "MD"), ("Grace", "Holloway", "RN"),
              ("Daniel", "Brightwater", "MD"), ("Yuki", "Nakashima", "PharmD")]
DEPARTMENTS = ["ED", "4W MED/SURG", "ICU", "L&D", "ONC INFUSION", "CARDIOLOGY", "RADIOLOGY",
               "PEDIATRICS", "ORTHO CLINIC", "BEHAVIORAL HEALTH", "WOUND CARE", "PACU"]
UA_WIN = ["Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36+Edg/122.0.2365.66",
          "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64;+Trident/7.0;+rv:11.0)+like+Gecko",
          "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/121.0.0.0+Safari/537.36"]
UA_MOBILE = ["Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_3_1+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.3+Mobile/15E148+Safari/604.1",
             "Mozilla/5.0+(Linux;+Android+14;+SM-S918U)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.6261.64+Mobile+Safari/537.36",
             "MyHealthSVMC/5.12.1+(iOS+17.2;+iPad13,4)",
             "okhttp/4.12.0"]


def clinician():
    g, f, cred = pick(CLINICIANS)
    return g, f, cred


def int_ip():
    return pick(["10.20.%d.%d", "10.40.%d.%d", "172.18.%d.%d", "192.168.%d.%d"]) % (
        R.randint(0, 254), R.randint(2, 254))


def staff():
    return pick(STAFF_USERS)


# ----------------------------------------------------------------------------
# checksum helpers for realistic identifiers
# ----------------------------------------------------------------------------
def luhn_check(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_number():
    kind = pick(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        body = "4" + rdig(14)
    elif kind == "mc":
        body = "5" + str(R.randint(1, 5)) + rdig(13)
    elif kind == "mc2":
        body = "2" + str(R.randint(221, 720)) + rdig(11)
    elif kind == "amex":
        body = pick(["34", "37"]) + rdig(12)
    else:
        body = "6011" + rdig(11)
    num = body + luhn_check(body)
    assert luhn_ok(num)
    return num


def fmt_card(num):
    if len(num) == 15:
        return "%s %s %s" % (num[:4], num[4:10], num[10:])
    return " ".join(num[i:i + 4] for i in range(0, 16, 4))


def npi():
    body = "".join([str(R.randint(1, 2))] + [str(R.randrange(10)) for _ in range(8)])
    chk = luhn_check("80840" + body)
    return body + chk


def dea(surname):
    letters = pick("ABFGM") + surname[0].upper()
    d = [R.randrange(10) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return letters + "".join(map(str, d)) + str(c)


VIN_TR = {**{str(i): i for i in range(10)},
          "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
          "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = pick(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "1G1", "WBA", "1C4",
                "4T1", "5FN", "1GN", "3GN", "2HK", "JN8"])
    vds = "".join(R.choice(VIN_CH) for _ in range(5))
    year = pick("ABCDEFGHJKLMNPR")  # 2010..2024
    plant = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    serial = rdig(6)
    v = wmi + vds + "0" + year + plant + serial
    total = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W))
    chk = total % 11
    v = v[:8] + ("X" if chk == 10 else str(chk)) + v[9:]
    total2 = sum(VIN_TR[c] * w for i, (c, w) in enumerate(zip(v, VIN_W)) if i != 8)
    assert (total2 % 11) == (10 if v[8] == "X" else int(v[8]))
    return v


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi(dashes=False):
    s = (str(R.randint(1, 9)) + R.choice(MBI_A) + R.choice(MBI_AN) + str(R.randrange(10)) +
         R.choice(MBI_A) + R.choice(MBI_AN) + str(R.randrange(10)) + R.choice(MBI_A) +
         R.choice(MBI_A) + rdig(2))
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashes else s


def ssn(style="dash"):
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    grp = R.randint(1, 99)
    ser = R.randint(1, 9999)
    if style == "dash":
        return "%03d-%02d-%04d" % (area, grp, ser)
    if style == "space":
        return "%03d %02d %04d" % (area, grp, ser)
    return "%03d%02d%04d" % (area, grp, ser)


def imei():
    body = pick(["35", "86", "01", "99"]) + rdig(12)
    return body + luhn_check(body)


def iban():
    cc, bban = pick([("DE", lambda: rdig(18)), ("GB", lambda: "NWBK" + rdig(14)),
                     ("FR", lambda: rdig(10) + "".join(R.choice("ABCDEFGHJK0123456789") for _ in range(11)) + rdig(2)),
                     ("ES", lambda: rdig(20)), ("NL", lambda: pick(["ABNA", "INGB", "RABO"]) + rdig(10))])
    b = bban()

    def num(s):
        return "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num(b + cc + "00")) % 97
    full = "%s%02d%s" % (cc, chk, b)
    assert int(num(full[4:] + full[:4])) % 97 == 1
    return " ".join(full[i:i + 4] for i in range(0, len(full), 4)) if chance(0.5) else full


def nhs_number():
    while True:
        d = [R.randrange(10) for _ in range(9)]
        if d[0] == 0:
            continue
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(c)
        return "%s %s %s" % (s[:3], s[3:6], s[6:])


def curp(given, family, dob, sex):
    cons = "BCDFGHJKLMNPQRSTVWXYZ"
    fam = "".join(c for c in family.upper() if c.isalpha() and c.isascii()) or "XX"
    gvn = "".join(c for c in given.upper() if c.isalpha() and c.isascii()) or "X"
    vowel = next((c for c in fam[1:] if c in "AEIOU"), "X")
    return (fam[0] + vowel + R.choice("ABCDEFGHJLMNOPRSTUVZ") + gvn[0] + dob.strftime("%y%m%d") +
            ("H" if sex == "M" else "M") + pick(["DF", "JC", "NL", "PL", "GT", "MC", "VZ"]) +
            "".join(R.choice(cons) for _ in range(3)) + (str(R.randrange(10)) if dob.year < 2000 else R.choice("AB")) +
            str(R.randrange(10)))


def mac(sep=":"):
    oui = pick(["00:1B:44", "B8:27:EB", "00:09:B0", "F0:9F:C2", "3C:71:BF", "A4:C1:38",
                "00:26:AB", "D8:3A:DD", "84:F3:EB"])
    b = oui.split(":") + ["%02X" % R.randrange(256) for _ in range(3)]
    return sep.join(b)


def public_ip():
    while True:
        first = pick([24, 47, 50, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96,
                      97, 98, 99, 104, 107, 108, 162, 164, 166, 173, 174, 184, 208, 209])
        a, b, c = R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)
        ip = "%d.%d.%d.%d" % (first, a, b, c)
        return ip


def public_ipv6():
    pre = pick(["2600:1700", "2601:18c", "2603:6010", "2607:fb90", "2600:387", "2605:a601"])
    return pre + ":" + ":".join("%x" % R.randrange(1, 65536) for _ in range(7 - pre.count(":")))


# ----------------------------------------------------------------------------
# people pools (synthetic)
# ----------------------------------------------------------------------------
GIVEN_F = ["Mary", "Hope", "Faith", "Joy", "Grace", "April", "June", "May", "Summer", "Dawn",
           "Crystal", "Amber", "Ruby", "Pearl", "Rose", "Iris", "Holly", "Ivy", "Precious",
           "Destiny", "Latoya", "Keisha", "Aaliyah", "Imani", "Xiomara", "Yesenia", "Guadalupe",
           "María José", "Ana Lucía", "Huong", "Mei-Ling", "Ji-woo", "Seo-yeon", "Yuki",
           "Priyanka", "Lakshmi", "Fatima", "Aisha", "Layla", "Ngozi", "Abena", "Selam",
           "Olga", "Svetlana", "Agnieszka", "Zoë", "Renée", "Siobhán", "Niamh", "Dolores",
           "Ethel", "Mildred", "Gertrude", "Leilani", "Nizhoni", "Bernadette", "Consuelo",
           "Thu Trang", "Anh", "Mercedes", "Ewa", "Ifeoma", "Marisol", "Hana", "Bích Ngọc",
           "Shanice", "Tawanda", "Magdalena", "Ingrid", "Chantal", "Beatriz", "Nomvula",
           "Carmen Rosa", "Temperance", "Patience", "Charity"]
GIVEN_M = ["James", "Will", "Bill", "Mark", "Guy", "Rusty", "Chance", "Royal", "Major", "King",
           "Deshawn", "Tyrone", "Jamal", "Darnell", "Jesús", "José", "Juan Carlos", "Minh",
           "Wei", "Xiaoming", "Hiroshi", "Ravi", "Anand", "Mohammed", "Omar", "Yusuf",
           "Chinedu", "Oluwaseun", "Kwame", "Tesfaye", "Dmitri", "Bogdan", "Søren", "Björn",
           "François", "Seán", "Eóin", "Harold", "Walter", "Earl", "Clarence", "Ezekiel",
           "Kaimana", "Ahanu", "Sang-hoon", "Duc", "Thanh", "Rigoberto", "Nikolaos", "Gustavo",
           "Mehmet", "Aleksander", "Cornelius", "Luis Ángel", "Jean-Pierre", "Obinna", "Baraka",
           "Florian", "Pavel", "Santiago", "Tuan", "Wendell", "Amos", "Sterling", "Rocky"]
FAMILY = ["García Márquez", "de la Cruz", "Van der Berg", "O'Brien", "McAllister",
          "Al-Hashimi", "Nakamura", "Okonkwo", "Adeyemi", "Kowalski", "Wiśniewska",
          "Papadopoulos", "Nguyễn", "Tran", "Le", "Pham", "Kim", "Park", "Choi", "Singh",
          "Patel", "Venkataraman", "Chatterjee", "Haddad", "Khoury", "Cohen", "Goldberg",
          "Schwartz", "Müller", "Fischer", "Rossi", "Esposito", "Ivanov", "Petrova",
          "Horváth", "Novak", "Yılmaz", "Öztürk", "Abdullah", "Hussein", "Begay", "Yazzie",
          "Kealoha", "Kahananui", "Tuiasosopo", "Silva", "Santos", "Oliveira", "Rodríguez",
          "Hernández-López", "St. John", "Smith-Jones", "Baptiste", "Jean-Baptiste", "Mensah",
          "Boateng", "Haile", "Tesfaye", "Abebe", "Wang", "Zhang", "Chen", "Liu", "Huang",
          "Ng", "Wong", "Lee", "Yamamoto", "Sato", "Hoang", "Vu", "Ali", "Khan", "Rahman",
          "Hossain", "Begum", "Brown", "White", "Black", "Green", "Young", "King", "Rich",
          "Little", "Long", "Short", "Love", "Bishop", "Mason", "Baker", "Cook", "Hunter",
          "Price", "Banks", "Hope", "Bell", "Page", "Frank", "Wise", "Cash", "Rice", "Moody",
          "Street", "Day", "Winter", "Summers", "Snow", "Freeman", "Newman", "Sparks", "Stone",
          "Marsh", "Lane", "Ford", "Cross", "Jordan", "Washington", "Jackson", "Thibodeaux",
          "Dos Santos", "Ben-David", "MacLeod", "D'Angelo", "Fernández de Córdoba",
          "Lindqvist", "Ó Súilleabháin", "Mbeki", "Oyelaran-Bakare", "Szymańska", "Castillo",
          "Gutiérrez", "Morales", "Rivera", "Reyes", "Johnson", "Miller", "Davis", "Wilson"]
MIDDLE = ["A", "B", "C", "D", "E", "J", "K", "L", "M", "R", "S", "T", "W", "Marie", "Lee",
          "Ann", "Lynn", "Jose", "Ray", "Jean", ""]

CITIES = [("Dayton", "Montgomery", ["45402", "45403", "45404", "45405", "45406", "45410",
                                    "45414", "45415", "45416", "45417", "45419", "45420"]),
          ("Kettering", "Montgomery", ["45409", "45419", "45420", "45429", "45440"]),
          ("Beavercreek", "Greene", ["45430", "45431", "45432", "45434", "45440"]),
          ("Xenia", "Greene", ["45385"]), ("Fairborn", "Greene", ["45324"]),
          ("Huber Heights", "Montgomery", ["45424"]), ("Miamisburg", "Montgomery", ["45342"]),
          ("Centerville", "Montgomery", ["45458", "45459"]), ("Troy", "Miami", ["45373"]),
          ("Piqua", "Miami", ["45356"]), ("Vandalia", "Montgomery", ["45377"]),
          ("Englewood", "Montgomery", ["45322"]), ("Trotwood", "Montgomery", ["45426"]),
          ("Springfield", "Clark", ["45502", "45503", "45504", "45505", "45506"]),
          ("Lebanon", "Warren", ["45036"]), ("Middletown", "Butler", ["45042", "45044"]),
          ("Tipp City", "Miami", ["45371"]), ("Yellow Springs", "Greene", ["45387"]),
          ("Springboro", "Warren", ["45066"]), ("West Carrollton", "Montgomery", ["45449"]),
          ("Greenville", "Darke", ["45331"]), ("Eaton", "Preble", ["45320"]),
          ("New Carlisle", "Clark", ["45344"]), ("Brookville", "Montgomery", ["45309"])]
STREETS = ["Brown St", "Wilmington Ave", "Far Hills Ave", "Salem Ave", "N Main St", "Shroyer Rd",
           "Smithville Rd", "Linden Ave", "Troy St", "Needmore Rd", "Stroop Rd", "Patterson Rd",
           "Wayne Ave", "Xenia Ave", "E Dorothy Ln", "Oakridge Dr", "Hidden Creek Ct",
           "Martin Luther King Jr Blvd", "Old Troy Pike", "County Road 25A", "Cornell Dr",
           "Elm Grove Ln", "Apple Blossom Way", "W Third St", "Hoover Ave", "Gettysburg Ave",
           "Bellefontaine Rd", "Valley Pike", "N Dixie Dr", "Rip Rap Rd", "Chambersburg Rd",
           "Taywood Rd", "Lyons Rd", "Alex-Bell Rd", "Whipp Rd", "Yankee St", "Indian Ripple Rd",
           "Grange Hall Rd", "Kitty Hawk Dr", "Woodman Dr", "Ridgeway Rd", "Catalpa Dr",
           "Philadelphia Dr", "Olive Rd", "Germantown St", "S Broadway St", "Burkhardt Rd",
           "Lookout Dr", "Fishburg Rd", "Harshman Rd", "Quail Run Cir", "Sugar Maple Trl"]
UNITS = ["Apt 3B", "Apt 12", "Unit 204", "#7", "Lot 47", "Apt C", "Suite 2", "Trlr 18",
         "Apt 1406", "Bldg 4 Apt 210"]
OUT_OF_STATE = [("Richmond", "Wayne", "IN", "47374"), ("Fort Wayne", "Allen", "IN", "46805"),
                ("Covington", "Kenton", "KY", "41011"), ("Lexington", "Fayette", "KY", "40502"),
                ("Ann Arbor", "Washtenaw", "MI", "48104"), ("Orlando", "Orange", "FL", "32806"),
                ("Sacramento", "Sacramento", "CA", "95818"), ("Brooklyn", "Kings", "NY", "11215"),
                ("Pittsburgh", "Allegheny", "PA", "15217"), ("Houston", "Harris", "TX", "77025")]
AREA_CODES_OH = ["937", "937", "937", "937", "513", "614", "419", "740", "567", "380", "220", "330"]
AREA_CODES_OS = {"IN": "765", "KY": "859", "MI": "734", "FL": "407", "CA": "916",
                 "NY": "718", "PA": "412", "TX": "713"}
MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com",
                "att.net", "sbcglobal.net", "comcast.net", "protonmail.com", "live.com",
                "woh.rr.com", "frontier.com"]
PAYER_ADDR = {"MMO": ("2060 E NINTH ST", "CLEVELAND", "OH", "44115", "8003153144"),
              "ANTHEM": ("PO BOX 105187", "ATLANTA", "GA", "30348", "8006767015"),
              "AETNA": ("PO BOX 981106", "EL PASO", "TX", "79998", "8008723862"),
              "UHC": ("PO BOX 30555", "SALT LAKE CITY", "UT", "84130", "8778423210"),
              "HUMANA": ("PO BOX 14601", "LEXINGTON", "KY", "40512", "8004574708"),
              "CARESOURCE": ("PO BOX 8738", "DAYTON", "OH", "45401", "8004886067"),
              "BUCKEYE": ("PO BOX 6200", "FARMINGTON", "MO", "63640", "8663460540"),
              "CIGNA": ("PO BOX 188061", "CHATTANOOGA", "TN", "37422", "8002446224"),
              "TRICARE": ("PO BOX 7981", "MADISON", "WI", "53707", "8004443742"),
              "OHMCD": ("50 W TOWN ST", "COLUMBUS", "OH", "43215", "8003243630")}
PAYERS = [("MMO", "Medical Mutual of Ohio", lambda: "ZMH" + rdig(9)),
          ("ANTHEM", "Anthem Blue Cross Blue Shield", lambda: pick(["YRK", "XEH", "JQU", "OSJ"]) + rdig(9)),
          ("AETNA", "Aetna", lambda: "W" + rdig(9)),
          ("UHC", "UnitedHealthcare", lambda: "9" + rdig(8)),
          ("HUMANA", "Humana", lambda: "H" + rdig(8)),
          ("CARESOURCE", "CareSource Ohio Medicaid", lambda: "1" + rdig(11)),
          ("BUCKEYE", "Buckeye Health Plan", lambda: rdig(12)),
          ("CIGNA", "Cigna", lambda: "U" + rdig(8) + pick(["01", "02", "03"])),
          ("TRICARE", "TRICARE East", lambda: rdig(11)),
          ("OHMCD", "Ohio Medicaid FFS", lambda: rdig(12))]


def phone_digits(state="OH"):
    ac = AREA_CODES_OS.get(state) or pick(AREA_CODES_OH)
    while True:
        ex = "%d%02d" % (R.randint(2, 9), R.randrange(100))
        if ex[1:] != "11":
            break
    return ac + ex + rdig(4)


def fmt_phone(d, style=None):
    style = style if style is not None else R.randrange(6)
    if style == 0:
        return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])
    if style == 1:
        return "%s-%s-%s" % (d[:3], d[3:6], d[6:])
    if style == 2:
        return d
    if style == 3:
        return "+1%s" % d
    if style == 4:
        return "%s.%s.%s" % (d[:3], d[3:6], d[6:])
    return "+1 (%s) %s-%s" % (d[:3], d[3:6], d[6:])


def ascii_fold(s):
    tbl = {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ü": "u", "ö": "o",
           "ë": "e", "ø": "o", "ś": "s", "ń": "n", "ı": "i", "ễ": "e", "ọ": "o", "ệ": "e",
           "ị": "i", "Á": "A", "É": "E", "Ó": "O", "Ö": "O", "Ü": "U", "Ş": "S", "Ý": "Y",
           "ý": "y", "ž": "z", "č": "c", "Ó ": "O "}
    return "".join(tbl.get(c, c) for c in s)


class Patient:
    def __init__(self):
        self.sex = pick("MF")
        self.given = pick(GIVEN_M if self.sex == "M" else GIVEN_F)
        self.family = pick(FAMILY)
        self.middle = pick(MIDDLE)
        # age distribution: include the very old (>89) fairly often
        r = R.random()
        if r < 0.18:
            age = R.randint(90, 104)
        elif r < 0.25:
            age = R.randint(0, 17)
        else:
            age = R.randint(18, 89)
        doy = R.randint(0, 364)
        self.dob = dt.date(TODAY.year - age - 1, 1, 1) + dt.timedelta(days=doy)
        self.age = TODAY.year - self.dob.year - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        self.mrn = pick(["00", "01", "02"]) + rdig(6)
        self.epi = "E" + rdig(7)                     # enterprise patient id
        self.har = "H" + rdig(9)                     # hospital account record
        self.guar_acct = str(R.randint(100000, 999999)) + rdig(2)
        self.ssn = ssn()
        if chance(0.85):
            city, county, zips = pick(CITIES)
            self.state, self.city, self.county, self.zip = "OH", city, county, pick(zips)
        else:
            self.city, self.county, self.state, self.zip = pick(OUT_OF_STATE)
        self.street = "%d %s" % (R.choice([R.randint(10, 99), R.randint(100, 999), R.randint(1000, 9999),
                                            R.randint(10000, 12999)]), pick(STREETS))
        self.unit = pick(UNITS) if chance(0.3) else ""
        if chance(0.3):
            self.zip4 = self.zip + "-" + rdig(4)
        else:
            self.zip4 = self.zip
        self.phone = phone_digits(self.state)
        self.mobile = phone_digits(self.state)
        fam_ascii = "".join(c for c in ascii_fold(self.family).lower() if c.isalpha() and c.isascii())
        giv_ascii = "".join(c for c in ascii_fold(self.given).lower() if c.isalpha() and c.isascii())
        local = pick(["%s.%s" % (giv_ascii, fam_ascii), "%s%s%d" % (giv_ascii[0], fam_ascii, R.randint(1, 99)),
                      "%s_%s%d" % (giv_ascii, fam_ascii, self.dob.year % 100),
                      "%s%s" % (fam_ascii, giv_ascii[:3]), "%s.%s%d" % (giv_ascii, fam_ascii[:1], R.randint(1950, 2010))])
        self.email = local + "@" + pick(MAIL_DOMAINS)
        code, pname, gen = pick(PAYERS)
        self.payer_code, self.payer = code, pname
        self.member_id = gen()
        self.group_no = pick(["", "GRP"]) + rdig(6)
        self.mbi = mbi() if self.age >= 65 else None
        # relative / guarantor
        self.rel_given = pick(GIVEN_M + GIVEN_F)
        self.rel_family = self.family if chance(0.6) else pick(FAMILY)
        self.rel_type = pick(["SPO", "MTH", "FTH", "CHD", "SIS", "BRO", "DAU", "SON", "GRD"])
        self.rel_phone = phone_digits(self.state)

    # name renderings
    def first_last(self):
        return "%s %s" % (self.given, self.family)

    def last_first(self, upper=False, mid=True):
        s = "%s, %s" % (self.family, self.given)
        if mid and self.middle:
            s += " " + self.middle[0]
        return s.upper() if upper else s

    def hl7_name(self):
        s = "%s^%s" % (self.family.upper(), self.given.upper())
        return s + "^" + self.middle[:1].upper() if self.middle else s

    def full_addr(self):
        return self.street + (" " + self.unit if self.unit else "")


PATIENTS = [Patient() for _ in range(140)]


def pt():
    return pick(PATIENTS)


def old_pt():
    cands = [p for p in PATIENTS if p.age > 89]
    return pick(cands)


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_hl7(d):
    return d.strftime("%Y%m%d")


def d_any(d):
    k = R.randrange(6)
    if k == 0:
        return d_iso(d)
    if k == 1:
        return d_us(d)
    if k == 2:
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if k == 3:
        return d.strftime("%d-%b-%Y").upper()
    if k == 4:
        return d.strftime("%b %d, %Y").replace(" 0", " ")
    return d_iso(d) + "T00:00:00"


def recent_date(back=400, fwd=0):
    return TODAY + dt.timedelta(days=R.randint(-back, fwd))


def dotnet_date(d):
    """/Date(ms-0500)/ as DataContractJsonSerializer writes local DateTime."""
    epoch = dt.datetime(1970, 1, 1)
    ms = int((dt.datetime(d.year, d.month, d.day, 5, 0) - epoch).total_seconds() * 1000)
    return "/Date(%d-0500)/" % ms


# ----------------------------------------------------------------------------
# shared format helpers
# ----------------------------------------------------------------------------
def step(lo=1, hi=900):
    CLK.t += dt.timedelta(milliseconds=R.randint(lo, hi))


def segs_of(x):
    return list(x) if isinstance(x, (list, tuple)) and not (len(x) == 2 and isinstance(x, tuple) and x[1] in CATS) else [x]


IIS_FIELDS = ("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username "
              "c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken")


def iis(stem, query="-", user="-", cip=None, ua=None, ref="-", status=200, sub=0, win32=0,
        method="GET", sip=None, port=443, taken=None):
    sip = sip or pick(["10.40.2.21", "10.40.2.22", "10.40.6.15", "10.40.6.16"])
    cip = cip or int_ip()
    ua = ua or pick(UA_WIN)
    taken = taken if taken is not None else R.choice([R.randint(0, 40), R.randint(15, 400), R.randint(300, 9000)])
    segs = ["%s %s %s " % (CLK.iis(), sip, method)]
    segs += segs_of(stem) + [" "] + segs_of(query) + [" %d " % port] + segs_of(user) + [" "]
    segs += segs_of(cip) + [" "] + segs_of(ua) + [" "] + segs_of(ref)
    segs += [" %d %d %d %d" % (status, sub, win32, taken)]
    return ("iis_w3c", segs)


def evt_csv(level, source, eid, task, msg_segs):
    segs = ['%s,%s,%s,%s,%s,"' % (level, CLK.us(), source, eid, task)] + segs_of(msg_segs) + ['"']
    return ("evt_csv", segs)


def evt_tab(level, source, eid, task, msg_segs):
    segs = ["%s\t%s\t%s\t%s\t%s\t" % (level, CLK.us(), source, eid, task)] + segs_of(msg_segs)
    return ("evt_tab", segs)


def evt_xml(provider, eid, level, channel, computer, data_segs, guid=None, task=0, keywords="0x80000000000000",
            qualifiers=True, record=None, pid=None, tid=None, user_sid=None):
    record = record or R.randint(100000, 9999999)
    pid = pid if pid is not None else R.randint(400, 12000)
    tid = tid if tid is not None else R.randint(0, 12000)
    prov = "<Provider Name='%s'%s/>" % (provider, (" Guid='{%s}'" % guid) if guid else "")
    eid_s = "<EventID Qualifiers='%d'>%d</EventID>" % (R.choice([0, 16384, 49152]) if qualifiers else 0, eid) if qualifiers else "<EventID>%d</EventID>" % eid
    sec = "<Security UserID='%s'/>" % user_sid if user_sid else "<Security/>"
    segs = ["<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>%s%s<Version>0</Version>"
            "<Level>%d</Level><Task>%d</Task><Opcode>0</Opcode><Keywords>%s</Keywords>"
            "<TimeCreated SystemTime='%s'/><EventRecordID>%d</EventRecordID><Correlation/>"
            "<Execution ProcessID='%d' ThreadID='%d'/><Channel>%s</Channel><Computer>%s.%s</Computer>%s</System>"
            % (prov, eid_s, level, task, keywords, CLK.sys_utc7(), record, pid, tid, channel, computer, FQDN, sec)]
    segs += segs_of(data_segs) + ["</Event>"]
    return ("evt_xml", segs)


def sqlerr(src, msg_segs):
    return ("sql_errorlog", ["%s %-12s" % (CLK.sqlerr(), src)] + segs_of(msg_segs))


def log4net(level, logger, msg_segs, thread=None, ndc="(null)"):
    thread = thread if thread is not None else R.choice([R.randint(1, 60), "Worker-%d" % R.randint(1, 8)])
    return ("log4net", ["%s [%s] %-5s %s [%s] - " % (CLK.log4net(), thread, level, logger, ndc)] + segs_of(msg_segs))


def nlog(level, logger, msg_segs):
    return ("nlog", ["%s|%s|%s|" % (CLK.nlog(), level.upper(), logger)] + segs_of(msg_segs))


def entlib(severity, category, title, msg_segs, ext_segs=None, eid=None):
    host = pick(APP_HOSTS + ["BILLAPP01", "BILLAPP01"])
    appdom, proc = (("SVMC.Billing.Host.exe", "D:\\Apps\\Billing\\SVMC.Billing.Host.exe") if host == "BILLAPP01" else
                    (pick(["/LM/W3SVC/2/ROOT/EhrWeb-1-133544213370812233", "/LM/W3SVC/3/ROOT/Claims-2-133544009811270455"]),
                     "c:\\windows\\system32\\inetsrv\\w3wp.exe"))
    segs = ["Timestamp: %s | Message: " % CLK.us()] + segs_of(msg_segs)
    segs += [" | Category: %s | Priority: %d | EventId: %d | Severity: %s | Title:%s | Machine: %s | "
             "App Domain: %s | ProcessId: %d | Process Name: %s | Thread Name:  | Win32 ThreadId:%d | Extended Properties: "
             % (category, pick([-1, 0, 1, 5]), eid if eid is not None else pick([0, 100, 2001, 5005]), severity, title, host,
                appdom, R.randint(1000, 14000), proc, R.randint(1000, 14000))]
    segs += segs_of(ext_segs) if ext_segs else []
    return ("entlib", segs)


def clef(level, mt, props_segs, src):
    segs = ['{"@t":"%s","@mt":"%s"' % (CLK.utc.strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ" % (CLK.utc.microsecond * 10 + R.randrange(10)), mt)]
    if level != "Information":
        segs.append(',"@l":"%s"' % level)
    segs += segs_of(props_segs)
    segs.append(',"SourceContext":"%s","MachineName":"%s","ThreadId":%d}' % (src, pick(APP_HOSTS + WEB_HOSTS), R.randint(1, 90)))
    return ("serilog_clef", segs)


def hl7svc(level, chan, msg_segs):
    return ("hl7_service", ["[%s] [%s] [%-5s] " % (CLK.log4net().replace(",", "."), chan, level)] + segs_of(msg_segs))


def cmtrace(text_segs, component, ctype=1, file=""):
    segs = ["<![LOG["] + segs_of(text_segs)
    segs.append(']LOG]!><time="%s" date="%s" component="%s" context="" type="%d" thread="%d" file="%s">'
                % (CLK.cm_time(), CLK.cm_date(), component, ctype, R.randint(1000, 12000), file))
    return ("sccm_cmtrace", segs)


def ehrapp(level, module, msg_segs):
    host = pick(APP_HOSTS)
    return ("ehr_app", ["%s %s %s[%d]: %s " % (CLK.iso_off(), host, module, R.randint(1000, 9000), level)] + segs_of(msg_segs))


def fmt_guid_b(g=None):
    return "{%s}" % (g or ruuid()).upper()


def sid():
    return "S-1-5-21-%d-%d-%d-%d" % (R.randint(10 ** 9, 4 * 10 ** 9), R.randint(10 ** 9, 4 * 10 ** 9),
                                     R.randint(10 ** 9, 4 * 10 ** 9), R.randint(1100, 99999))


def order_no():
    return str(R.randint(88000000, 89999999))


def enc_no():
    return "40" + rdig(7)


def claim_no():
    return "2024" + "%02d%02d" % (3, R.randint(1, 11)) + rdig(6)


# ----------------------------------------------------------------------------
# NOISE generators (no PHI).  Each returns a list of (family, segs).
# ----------------------------------------------------------------------------
def n_iis_header():
    d = CLK.utc.strftime("%Y-%m-%d %H:%M:%S")
    return [("iis_w3c", ["#Software: Microsoft Internet Information Services 10.0"]),
            ("iis_w3c", ["#Version: 1.0"]),
            ("iis_w3c", ["#Date: " + d]),
            ("iis_w3c", [IIS_FIELDS])]


def n_iis():
    k = R.randrange(11)
    u = "%s\\%s" % (DOMAIN, staff())
    if k == 0:
        return [iis("/EhrWeb/Content/bundles/site.min.css", "v=" + base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(24))).decode().rstrip("="),
                    user=u, status=pick([200, 304]), taken=R.randint(0, 15))]
    if k == 1:
        return [iis("/EhrWeb/health", "-", cip=pick(["10.40.0.5", "10.40.0.6"]), ua="-", port=80, taken=R.randint(0, 4))]
    if k == 2:
        return [iis("/EhrWeb/api/orders/%s/status" % order_no(), "_=%d" % (1710158000000 + R.randint(0, 99999999)), user=u)]
    if k == 3:
        st = "/Interfaces/%s.svc" % pick(["ResultsService", "OrderService", "EligibilityService", "DocumentService"])
        sip, cip = pick(["10.40.2.21", "10.40.2.22"]), pick(["10.20.8.31", "10.20.8.32"])
        return [iis(st, "-", user="-", method="POST", status=401, sub=2, win32=5, ua="-", cip=cip, sip=sip, taken=R.randint(0, 3)),
                iis(st, "-", user="%s\\%s" % (DOMAIN, pick(["svc_iface", "svc_ehr_app"])), method="POST", ua="-", cip=cip, sip=sip)]
    if k == 4:
        return [iis("/MyHealth/bundles/app.js", "v=%s" % rhex(20), cip=pick(["10.40.0.11", "10.40.0.12"]), ua=pick(UA_MOBILE),
                    ref="https://myhealth.svmc.org/MyHealth/", status=pick([200, 304]))]
    if k == 5:
        return [iis("/favicon.ico", "-", status=404, sub=0, win32=2, user="-", ua=pick(UA_WIN))]
    if k == 6:
        return [iis(pick(["/wp-login.php", "/.env", "/owa/auth/logon.aspx", "/remote/fgt_lang"]), "-", user="-",
                    cip=pick(["45.148.10.%d" % R.randint(2, 250), "185.220.101.%d" % R.randint(2, 250)]),
                    ua=pick(["Mozilla/5.0+zgrab/0.x", "python-requests/2.31.0", "-"]), status=404, win32=2, port=443)]
    if k == 7:
        return [iis("/EhrWeb/api/census/unit/%s" % pick(["4W", "ICU", "ED", "PACU", "3E"]), "includePending=true&_=%d" % (1710158000000 + R.randint(0, 99999999)),
                    user=u, ref="https://ehrweb.svmc.local/EhrWeb/Census")]
    if k == 8:
        return [iis("/ReportServer/Pages/ReportViewer.aspx", "%%2fEHR%%2fDaily+Census+by+Unit&rs:Command=Render&rs:Format=PDF&RunDate=%s" % CLK.t.strftime("%Y-%m-%d"),
                    user=u, sip="10.40.3.9", port=80)]
    if k == 9:
        return [iis("/EhrWeb/signalr/negotiate", "clientProtocol=2.1&connectionData=%%5B%%7B%%22name%%22%%3A%%22census%%22%%7D%%5D&_=%d" % (1710158000000 + R.randint(0, 99999999)),
                    user=u)]
    return [iis("/Scheduling/api/slots", "dept=%d&from=%s&days=7" % (R.randint(100, 999), CLK.t.strftime("%Y-%m-%d")), user=u,
                ref="https://ehrweb.svmc.local/Scheduling/")]


def _evt_noise_msgs():
    svc = pick(["Windows Modules Installer", "SVMC HL7 Listener", "SVMC Print Router", "Windows Update",
                "Background Intelligent Transfer Service", "SQL Server Agent (MSSQLSERVER)", "WinHTTP Web Proxy Auto-Discovery Service",
                "SVMC Fax Gateway", "Microsoft Monitoring Agent"])
    u = staff()
    ws = pick(WORKSTATIONS)
    g1, g2 = fmt_guid_b(), fmt_guid_b()
    c = clinician()
    return [
        ("Information", "Service Control Manager", 7036, "None", "The %s service entered the %s state." % (svc, pick(["running", "stopped"]))),
        ("Information", "MSSQLSERVER", 17137, "Server", "Starting up database '%s'." % pick(["EHR_Reporting", "EHR_Staging", "msdb", "SSISDB"])),
        ("Error", "Schannel", 36874, "None", "An TLS 1.0 connection request was received from a remote client application, but none of the cipher suites supported by the client application are supported by the server. The TLS connection request has failed."),
        ("Error", "Application Error", 1000, "(100)", "Faulting application name: w3wp.exe, version: 10.0.17763.1, time stamp: 0x5b9c9c5f Faulting module name: clr.dll, version: 4.8.4645.0, time stamp: 0x64e6b7ce Exception code: 0xc00000fd Fault offset: 0x%08x Faulting process id: 0x%x Faulting application start time: 0x01da73%s Faulting application path: c:\\windows\\system32\\inetsrv\\w3wp.exe Faulting module path: C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\clr.dll Report Id: %s Faulting package full name:  Faulting package-relative application ID: " % (R.randrange(1 << 24), R.randint(1000, 20000), rhex(10), ruuid())),
        ("Information", "VSS", 8224, "None", "The VSS service is shutting down due to idle timeout."),
        ("Error", "DCOM", 10016, "None", "The application-specific permission settings do not grant Local Activation permission for the COM Server application with CLSID %s and APPID %s to the user NT AUTHORITY\\NETWORK SERVICE SID (S-1-5-20) from address LocalHost (Using LRPC) running in the application container Unavailable SID (Unavailable). This security permission can be modified using the Component Services administrative tool." % (g1, g2)),
        ("Information", "Microsoft-Windows-PrintService", 307, "Printing a document", "Document %d, %s owned by %s on \\\\%s was printed on %s through port %s.  Size in bytes: %d. Pages printed: %d. No user action is required." % (R.randint(2, 400), pick(["Microsoft Word - March Staffing Grid.docx", "Print Document", "Unit Huddle Board", "Crash Cart Checklist.pdf", "Test Page"]), u, ws, pick(["PRN-4W-HP01", "PRN-ED-HP03", "PRN-PHARM-LX02"]), "IP_" + int_ip(), R.randint(9000, 900000), R.randint(1, 9))),
        ("Information", "MSSQLSERVER", 18456, "Logon", "Login failed for user '%s\\%s'. Reason: Could not find a login matching the name provided. [CLIENT: %s]" % (DOMAIN, pick(SVC_USERS[:6]), int_ip())),
        ("Warning", "Microsoft-Windows-GroupPolicy", 1085, "None", "Windows failed to apply the Internet Explorer Zonemapping settings. Internet Explorer Zonemapping settings might have its own log file. Please click on the \"More information\" link."),
        ("Information", "SVMC.InterfaceService", 1000, "None", "Inbound channel %s started on port %d (MLLP, TLS=%s)." % (pick(["ADT_IN", "ORU_LAB_IN", "SIU_IN", "MDM_IN"]), R.randint(6600, 6699), pick(["False", "True"]))),
        ("Information", "Microsoft-Windows-WindowsUpdateClient", 19, "Windows Update Agent", "Installation Successful: Windows successfully installed the following update: 2024-03 Cumulative Update for Windows Server 2019 for x64-based Systems (KB5035849)"),
        ("Warning", "Microsoft-Windows-Time-Service", 129, "None", "NtpClient was unable to set a domain peer to use as a time source because of discovery error. NtpClient will try again in 15 minutes and double the reattempt interval thereafter. The error was: The entry is not found. (0x800706E1)"),
        ("Information", "SVMC.Scheduling", 2100, "None", "Reminder batch %s complete: 418 queued, 402 sent, 16 skipped (opt-out), provider %s %s, %s clinic line %s." % (rdig(6), c[0], c[1], c[2], pick(ORG_PHONES))),
        ("Warning", "ASP.NET 4.0.30319.0", 1309, "Web Event", "Event code: 3005 Event message: An unhandled exception has occurred. Event time: %s Event time (UTC): %s Event ID: %s Event sequence: %d Event occurrence: %d Event detail code: 0  Application information: Application domain: /LM/W3SVC/2/ROOT/EhrWeb-1-133544213370812233 Trust level: Full Application Virtual Path: /EhrWeb Application Path: D:\\inetpub\\EhrWeb\\ Machine name: %s  Process information: Process ID: %d Process name: w3wp.exe Account name: %s\\svc_ehr_app  Exception information: Exception type: HttpException Exception message: A potentially dangerous Request.Path value was detected from the client (:).  Request information: Request URL: https://ehrweb.svmc.local/EhrWeb/Content/img:x.png Request path: /EhrWeb/Content/img:x.png User host address: %s User: %s\\%s Is authenticated: True Authentication Type: Negotiate Thread account name: %s\\svc_ehr_app" % (CLK.us(), CLK.utc.strftime("%m/%d/%Y %I:%M:%S %p"), rhex(32), R.randint(1000, 99999), R.randint(1, 50), pick(APP_HOSTS), R.randint(1000, 20000), DOMAIN, int_ip(), DOMAIN, u, DOMAIN)),
        ("Information", "Microsoft-Windows-Winlogon", 7001, "(1101)", "User Logon Notification for Customer Experience Improvement Program"),
        ("Error", "SVMC.FaxGateway", 3110, "None", "Outbound fax job %d to %s (%s) failed: NO ANSWER after 3 attempts; will retry at %s." % (R.randint(10000, 99999), pick(EXT_ORGS)[0], pick(EXT_ORGS)[2], (CLK.t + dt.timedelta(minutes=20)).strftime("%H:%M"))),
    ]


def n_evt_csv():
    lv, src, eid, task, msg = pick(_evt_noise_msgs())
    return [evt_csv(lv, src, eid, task, [csvq(msg)])]


def n_evt_tab():
    lv, src, eid, task, msg = pick(_evt_noise_msgs())
    return [evt_tab(lv, src, eid, task, [msg])]


def n_evt_xml():
    k = R.randrange(5)
    host = pick(APP_HOSTS + SQL_HOSTS + OTHER_HOSTS)
    if k == 0:
        data = "<EventData><Data Name='param1'>%s</Data><Data Name='param2'>%s</Data><Binary>%s</Binary></EventData>" % (
            pick(["SVMC HL7 Listener", "Windows Update", "SVMC Print Router", "Print Spooler", "SQL Server Agent (MSSQLSERVER)"]),
            pick(["running", "stopped"]), rhex(28, True))
        return [evt_xml("Service Control Manager' Guid='{555908d1-a6d7-4695-8e1e-26931d2012f4}' EventSourceName='Service Control Manager", 7036, 4, "System", host, [data])]
    if k in (1, 2):
        u = staff() if k == 1 else pick(SVC_USERS)
        eid = 4624 if k == 1 else 4625
        data = ("<EventData><Data Name='SubjectUserSid'>S-1-0-0</Data><Data Name='SubjectUserName'>-</Data><Data Name='SubjectDomainName'>-</Data>"
                "<Data Name='SubjectLogonId'>0x0</Data><Data Name='TargetUserSid'>%s</Data><Data Name='TargetUserName'>%s</Data>"
                "<Data Name='TargetDomainName'>%s</Data><Data Name='TargetLogonId'>0x%x</Data><Data Name='LogonType'>%d</Data>"
                "<Data Name='LogonProcessName'>Kerberos</Data><Data Name='AuthenticationPackageName'>Kerberos</Data>"
                "<Data Name='WorkstationName'>-</Data><Data Name='LogonGuid'>%s</Data><Data Name='IpAddress'>%s</Data>"
                "<Data Name='IpPort'>%d</Data>%s</EventData>") % (
            sid(), u, DOMAIN, R.randrange(1 << 32), pick([3, 3, 10, 2]), fmt_guid_b(), int_ip(), R.randint(49152, 65535),
            "" if k == 1 else "<Data Name='Status'>0xc000006d</Data><Data Name='SubStatus'>0xc000006a</Data>")
        return [evt_xml("Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-a5ba-3e3b0328c30d}", eid, 0, "Security",
                        pick(["DC01", "DC02"]), [data], task=12544, keywords="0x8020000000000000" if k == 1 else "0x8010000000000000", qualifiers=False)]
    if k == 3:
        data = "<EventData><Data>w3wp.exe</Data><Data>10.0.17763.1</Data><Data>5b9c9c5f</Data><Data>KERNELBASE.dll</Data><Data>10.0.17763.5458</Data><Data>%s</Data><Data>e0434352</Data><Data>%016x</Data><Data>%x</Data><Data>%s</Data><Data>c:\\windows\\system32\\inetsrv\\w3wp.exe</Data><Data>C:\\Windows\\System32\\KERNELBASE.dll</Data><Data>%s</Data><Data></Data><Data></Data></EventData>" % (
            rhex(8), R.randrange(1 << 40), R.randint(1000, 20000), "01da73" + rhex(10), ruuid())
        return [evt_xml("Application Error", 1000, 2, "Application", pick(APP_HOSTS + WEB_HOSTS), [data], task=100)]
    data = "<EventData><Data>Channel %s processed %d messages (%d errors) in the last 15 minutes; queue depth %d; oldest %s.</Data></EventData>" % (
        pick(["ADT_IN", "ORU_LAB_IN", "ORM_OUT", "DFT_OUT", "MDM_IN"]), R.randint(10, 4000), R.randint(0, 3), R.randint(0, 50), "00:0%d:%02d" % (R.randint(0, 9), R.randint(0, 59)))
    return [evt_xml("SVMC.InterfaceService", 1100, 4, "Application", pick(["IFACE01", "IFACE02"]), [data])]


def n_sqlerr():
    db = pick(["EHR_Prod", "EHR_Reporting", "EHR_Archive", "EHR_Staging", "Billing", "msdb"])
    lsn = "%d:%d:%d" % (R.randint(100000, 999999), R.randint(1000, 99999), R.randint(1, 400))
    k = R.randrange(9) if chance(0.85) else 8
    if k == 0:
        return [sqlerr("Backup", ["Database backed up. Database: %s, creation date(time): 2019/05/02(11:14:22), pages dumped: %d, first LSN: %s, last LSN: %s, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'\\\\FS01\\SQLBackup\\EHRSQL01\\%s_FULL_%s_010000.bak'}). This is an informational message only. No user action is required." % (db, R.randint(10 ** 5, 10 ** 7), lsn, lsn, db, CLK.t.strftime("%Y%m%d"))])]
    if k == 1:
        return [sqlerr("Backup", ["Log was backed up. Database: %s, creation date(time): 2019/05/02(11:14:22), first LSN: %s, last LSN: %s, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'\\\\FS01\\SQLBackup\\EHRSQL01\\%s_LOG_%s.trn'}). This is an informational message only. No user action is required." % (db, lsn, lsn, db, CLK.t.strftime("%Y%m%d_%H%M%S"))])]
    if k == 2:
        u = pick(SVC_USERS[:6] + ["sa", "rpt_reader"])
        ip = int_ip()
        a = sqlerr("Logon", ["Error: 18456, Severity: 14, State: %d." % pick([5, 8, 38])])
        step(0, 5)
        b = sqlerr("Logon", ["Login failed for user '%s'. Reason: %s [CLIENT: %s]" % (u, pick(["Password did not match that for the login provided.", "Could not find a login matching the name provided.", "Failed to open the explicitly specified database 'EHR_Reporting'."]), ip)])
        return [a, b]
    if k == 3:
        return [sqlerr("spid%ds" % R.randint(20, 60), ["The availability group database \"%s\" is changing roles from \"RESOLVING\" to \"SECONDARY\" because the mirroring session or availability group failed over due to role synchronization. This is an informational message only. No user action is required." % db])]
    if k == 4:
        return [sqlerr("spid%d" % R.randint(51, 140), ["DBCC CHECKDB (%s) WITH no_infomsgs executed by %s\\svc_sqlagent found 0 errors and repaired 0 errors. Elapsed time: 0 hours %d minutes %d seconds.  Internal database snapshot has split point LSN = 0003c2f1:00001a44:0001 and first LSN = 0003c2f1:00001a40:0001." % (db, DOMAIN, R.randint(1, 50), R.randint(0, 59))])]
    if k == 5:
        return [sqlerr("spid%ds" % R.randint(3, 12), ["SQL Server has encountered %d occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [E:\\SQLData\\%s_%d.ndf] in database id %d.  The OS file handle is 0x%016X.  The offset of the latest long I/O is: 0x%012x.  The duration of the long I/O is: %d ms." % (R.randint(1, 9), db, R.randint(1, 4), R.randint(5, 12), R.randrange(1 << 40), R.randrange(1 << 40), R.randint(15000, 60000))])]
    if k == 6:
        return [sqlerr("spid%ds" % R.randint(10, 40), ["Recovery completed for database %s (database ID %d) in %d second(s) (analysis %d ms, redo %d ms, undo %d ms [system undo 0 ms, regular undo 0 ms].) This is an informational message only. No user action is required." % (db, R.randint(5, 14), R.randint(1, 9), R.randint(1, 99), R.randint(0, 999), R.randint(0, 99))])]
    if k in (7, 8) and chance(0.7):
        return [sqlerr("spid%d" % R.randint(51, 140), ["Error: 1222, Severity: 16, State: 18."]),
                sqlerr("spid%d" % R.randint(51, 140), ["Lock request time out period exceeded."])]
    ONCE["startup"] = ONCE.get("startup", 0) + 1
    if ONCE["startup"] > 1:
        return [sqlerr("spid%ds" % R.randint(10, 40), ["Recovery is complete. This is an informational message only. No user action is required."])]
    return [sqlerr("Server", ["Microsoft SQL Server 2019 (RTM-CU25) (KB5033688) - 15.0.4355.3 (X64) "]),
            sqlerr("Server", ["UTC adjustment: -4:00"]),
            sqlerr("Server", ["(c) Microsoft Corporation."]),
            sqlerr("Server", ["Server process ID is %d." % R.randint(1000, 9000)]),
            sqlerr("Server", ["Authentication mode is MIXED."]),
            sqlerr("Server", ["Logging SQL Server messages in file 'E:\\MSSQL15.MSSQLSERVER\\MSSQL\\Log\\ERRORLOG'."])]


def _deadlock_xml(inputbufs):
    v1, v2 = "process%s" % rhex(12), "process%s" % rhex(12)
    procs = []
    for pid_, ib in zip((v1, v2), inputbufs):
        procs.append(["<process id=\"%s\" taskpriority=\"0\" logused=\"%d\" waitresource=\"KEY: 7:%d (%s)\" waittime=\"%d\" ownerId=\"%d\" transactionname=\"user_transaction\" lasttranstarted=\"%s\" XDES=\"0x%x\" lockMode=\"U\" schedulerid=\"%d\" kpid=\"%d\" status=\"suspended\" spid=\"%d\" sbid=\"0\" ecid=\"0\" priority=\"0\" trancount=\"2\" lastbatchstarted=\"%s\" clientapp=\"%s\" hostname=\"%s\" hostpid=\"%d\" loginname=\"%s\\%s\" isolationlevel=\"read committed (2)\" xactid=\"%d\" currentdb=\"7\" currentdbname=\"EHR_Prod\" lockTimeout=\"4294967295\"><executionStack><frame procname=\"adhoc\" line=\"1\" stmtstart=\"%d\" stmtend=\"%d\" sqlhandle=\"0x02000000%s\">unknown</frame></executionStack><inputbuf>"
                      % (pid_, R.randint(200, 9000), 72057594043105280 + R.randint(0, 99999), rhex(12), R.randint(100, 5000),
                         R.randint(10 ** 8, 10 ** 9), CLK.t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % CLK.ms(), R.randrange(1 << 44),
                         R.randint(1, 8), R.randint(1000, 9000), R.randint(51, 300), CLK.t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % CLK.ms(),
                         pick(["Core .Net SqlClient Data Provider", ".Net SqlClient Data Provider", "SVMC.Adt.Service", "EhrWeb"]),
                         pick(APP_HOSTS + ["IFACE01"]), R.randint(1000, 9000), DOMAIN, pick(SVC_USERS[:3]), R.randint(10 ** 8, 10 ** 9),
                         R.randint(0, 200), R.randint(200, 900), rhex(32))]
                     + segs_of(ib) + ["</inputbuf></process>"])
    segs = ["<event name=\"xml_deadlock_report\" package=\"sqlserver\" timestamp=\"%s\"><data name=\"xml_report\"><type name=\"xml\" package=\"package0\"/><value><deadlock><victim-list><victimProcess id=\"%s\"/></victim-list><process-list>"
            % (CLK.utc.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % CLK.ms(), v1)]
    for p_ in procs:
        segs += p_
    segs.append("</process-list><resource-list><keylock hobtid=\"%d\" dbid=\"7\" objectname=\"EHR_Prod.dbo.%s\" indexname=\"PK_%s\" id=\"lock%s\" mode=\"X\" associatedObjectId=\"%d\"><owner-list><owner id=\"%s\" mode=\"X\"/></owner-list><waiter-list><waiter id=\"%s\" mode=\"U\" requestType=\"wait\"/></waiter-list></keylock></resource-list></deadlock></value></data></event>"
                % (72057594043105280 + R.randint(0, 99999), pick(["Patient", "Encounter", "PatientAddress", "OrderHeader"]), pick(["Patient", "Encounter"]), rhex(12), 72057594043105280 + R.randint(0, 99999), v2, v1))
    return ("sql_deadlock_xml", segs)


def n_deadlock():
    ibs = [pick(["(@p0 int,@p1 nvarchar(20))UPDATE [dbo].[Encounter] SET [Status] = @p1 WHERE [EncounterId] = @p0",
                 "Proc [Database Id = 7 Object Id = %d]" % R.randint(10 ** 8, 2 * 10 ** 9),
                 "(@PatientId int,@ModifiedBy nvarchar(64))UPDATE dbo.PatientAddress SET IsCurrent = 0, ModifiedBy = @ModifiedBy WHERE PatientId = @PatientId",
                 "EXEC dbo.usp_Census_Refresh @UnitId = %d, @AsOf = '%s'" % (R.randint(1, 40), CLK.t.strftime("%Y-%m-%d %H:%M"))]) for _ in range(2)]
    return [_deadlock_xml(ibs)]


L4N_LOGGERS = ["SVMC.Adt.Service.AdtMessageHandler", "SVMC.Orders.OrderRouter", "SVMC.Ehr.Data.PatientRepository",
               "SVMC.Eligibility.X12Client", "SVMC.Print.LabelService", "SVMC.Results.ResultFiler",
               "SVMC.Ehr.Web.Global", "SVMC.Billing.ClaimBuilder", "NHibernate.SQL", "SVMC.Mpi.MatchEngine"]


def n_log4net():
    c = clinician()
    msgs = [
        ("INFO", "SVMC.Orders.OrderRouter", "Order %s (%s) routed to %s, priority %s, encounter %s" % (order_no(), pick(["CBC W DIFF", "BMP", "XR CHEST 2V", "CT HEAD WO", "TROPONIN I HS", "UA W REFLEX"]), pick(["LIS_SUNQUEST", "RIS_PACS", "PHARM"]), pick(["STAT", "ROUTINE", "TIMED"]), enc_no())),
        ("DEBUG", "NHibernate.SQL", "SELECT this_.PatientId as PatientId1_0_, this_.Mrn as Mrn2_0_, this_.LastName as LastName3_0_ FROM dbo.Patient this_ WHERE this_.PatientId = @p0;@p0 = %d [Type: Int32 (0:0:0)]" % R.randint(100000, 2900000)),
        ("WARN", "SVMC.Eligibility.X12Client", "270 round-trip %d ms exceeded threshold 5000 ms (payer %s, trace %s)" % (R.randint(5001, 30000), pick(PAYERS)[0], rdig(9))),
        ("INFO", "SVMC.Results.ResultFiler", "Filed %d result(s) for accession %s; resulting clinician %s %s, %s (NPI %s); cc %s" % (R.randint(1, 30), "L" + rdig(9), c[0], c[1], c[2], npi(), pick(EXT_ORGS)[0])),
        ("ERROR", "SVMC.Ehr.Web.Global", "Unhandled exception in request %s: System.TimeoutException: The request channel timed out while waiting for a reply after 00:01:00. Increase the timeout value passed to the call to Request or increase the SendTimeout value on the Binding." % ruuid()),
        ("INFO", "SVMC.Billing.ClaimBuilder", "Claim %s built: 837I, %d lines, total charges $%d.%02d, payer %s, batch %s" % (claim_no(), R.randint(1, 40), R.randint(100, 90000), R.randrange(100), pick(PAYERS)[1], rdig(5))),
        ("DEBUG", "SVMC.Mpi.MatchEngine", "Blocking pass 2 produced %d candidates in %d ms (threshold 0.92)" % (R.randint(0, 40), R.randint(1, 400))),
        ("INFO", "SVMC.Print.LabelService", "Printer %s heartbeat OK, queue=%d, firmware V%d.%d.%dZ" % (pick(["ZBR-ED-01", "ZBR-4W-02", "ZBR-NICU-01", "ZBR-LAB-03"]), R.randint(0, 5), R.randint(60, 90), R.randint(10, 20), R.randint(1, 9))),
        ("WARN", "SVMC.Adt.Service.AdtMessageHandler", "Message control id %s already processed; skipping duplicate (sender %s)" % (CLK.hl7() + rdig(3), pick(["REGADT", "EDTRACK", "SURGINET"]))),
        ("INFO", "SVMC.Ehr.Data.PatientRepository", "Connection pool EHR_Prod: active=%d idle=%d waits=%d" % (R.randint(1, 90), R.randint(0, 40), R.randint(0, 3))),
        ("INFO", "SVMC.Orders.OrderRouter", "Pharmacy verification queue: %d pending, oldest %d min; on-call pharmacist %s %s, %s, pager %s" % (R.randint(0, 40), R.randint(0, 90), c[0], c[1], c[2], "937-208-" + rdig(4))),
    ]
    lv, lg, m = pick(msgs)
    return [log4net(lv, lg, [m])]


def n_nlog():
    msgs = [
        ("Info", "SVMC.Portal.Web.Startup", "Application started. Environment=Production, Version=5.12.%d.%d, Build=%s" % (R.randint(0, 9), R.randint(1000, 9999), rhex(7))),
        ("Warn", "SVMC.Portal.Web.Middleware.RateLimiter", "Rate limit exceeded for client %s on /api/token (limit 30/min)" % pick(["10.40.0.11", "10.40.0.12"])),
        ("Debug", "Microsoft.EntityFrameworkCore.Database.Command", "Executed DbCommand (%dms) [Parameters=[@__p_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']" % R.randint(1, 900)),
        ("Info", "SVMC.Portal.Web.Services.MessageService", "Inbox sync finished: %d threads updated, %d attachments, %d ms" % (R.randint(0, 500), R.randint(0, 50), R.randint(10, 9000))),
        ("Error", "SVMC.Portal.Web.Services.SmsService", "Twilio API returned 429 Too Many Requests; backing off %d s (request %s)" % (R.randint(1, 60), "SM" + rhex(32))),
        ("Info", "SVMC.Portal.Web.Controllers.HealthController", "Health probe OK db=%dms redis=%dms ehr=%dms" % (R.randint(1, 50), R.randint(0, 5), R.randint(10, 400))),
        ("Warn", "SVMC.Portal.Web.Security.TokenValidator", "JWT rejected: token expired at %s (kid=%s)" % ((CLK.utc - dt.timedelta(minutes=R.randint(1, 90))).strftime("%Y-%m-%dT%H:%M:%SZ"), rhex(16))),
        ("Info", "SVMC.Portal.Web.Controllers.ContactController", "Contact page rendered for clinic %s, phone %s, fax %s" % (pick(EXT_ORGS)[0], pick(ORG_PHONES), pick(ORG_FAXES))),
    ]
    lv, lg, m = pick(msgs)
    return [nlog(lv, lg, [m])]


def n_entlib():
    k = R.randrange(4)
    if k == 0:
        return [entlib("Information", "General", "Batch", ["Remittance 835 file ERA_%s_%s.835 loaded: %d claims, %d adjustments" % (pick(PAYERS)[0], CLK.t.strftime("%Y%m%d"), R.randint(10, 900), R.randint(0, 90))], ["FileSize - %d; Checksum - %s" % (R.randint(10 ** 4, 10 ** 7), rhex(40))])]
    if k == 1:
        return [entlib("Warning", "Data Access", "Retry", ["Transient SQL error 40613 on attempt %d of 5; retrying in %d ms" % (R.randint(1, 4), R.randint(100, 8000))], ["Server - EHRSQL01; Database - Billing"])]
    if k == 2:
        return [entlib("Error", "Exceptions", "Unhandled", ["System.ServiceModel.EndpointNotFoundException: There was no endpoint listening at net.tcp://iface01.svmc.local:8523/DocumentService that could accept the message."], ["HandlingInstanceId - %s" % ruuid()])]
    return [entlib("Information", "Audit", "StatementRun", ["Statement run %s generated %d statements (%d paper, %d e-statement); remit-to %s" % (rdig(6), R.randint(100, 9000), R.randint(50, 5000), R.randint(50, 4000), ORG_ADDR)], ["RunId - %d" % R.randint(1000, 9999)])]


def wcf(type_name, level, source, body_segs, computer=None):
    computer = computer or pick(APP_HOSTS + ["IFACE01"])
    segs = ["<E2ETraceEvent xmlns=\"http://schemas.microsoft.com/2004/06/E2ETraceEvent\"><System xmlns=\"http://schemas.microsoft.com/2004/06/windows/eventlog/system\"><EventID>%d</EventID><Type>3</Type><SubType Name=\"%s\">0</SubType><Level>%d</Level><TimeCreated SystemTime=\"%s\" /><Source Name=\"%s\" /><Correlation ActivityID=\"%s\" /><Execution ProcessName=\"%s\" ProcessID=\"%d\" ThreadID=\"%d\" /><Channel /><Computer>%s</Computer></System><ApplicationData>"
            % (pick([0, 131085, 262163, 524312]), type_name, level, CLK.sys_utc7(), source, fmt_guid_b(), pick(["w3wp", "SVMC.Interface.Host"]), R.randint(1000, 14000), R.randint(1, 90), computer)]
    segs += segs_of(body_segs) + ["</ApplicationData></E2ETraceEvent>"]
    return ("wcf_e2e", segs)


def n_wcf():
    k = R.randrange(3)
    if k == 0:
        return [wcf("Information", 4, "System.ServiceModel", ["<TraceData><DataItem><TraceRecord xmlns=\"http://schemas.microsoft.com/2004/10/E2ETraceEvent/TraceRecord\" Severity=\"Information\"><TraceIdentifier>http://msdn.microsoft.com/en-US/library/System.ServiceModel.ServiceHostOpen.aspx</TraceIdentifier><Description>ServiceHost opened.</Description><AppDomain>/LM/W3SVC/2/ROOT/Interfaces-1-%d</AppDomain><Source>System.ServiceModel.ServiceHost/%d</Source><ExtendedData xmlns=\"http://schemas.microsoft.com/2006/08/ServiceModel/DictionaryTraceRecord\"><ServiceConfigurationInformation><ServiceType>SVMC.Interfaces.%s</ServiceType><Endpoints>net.tcp://iface01.svmc.local:8523/%s</Endpoints></ServiceConfigurationInformation></ExtendedData></TraceRecord></DataItem></TraceData>" % (R.randint(10 ** 17, 10 ** 18), R.randint(10 ** 6, 10 ** 8), n := pick(["DocumentService", "ResultsService", "OrderService"]), n)])]
    if k == 1:
        return [wcf("Warning", 4, "System.ServiceModel", ["<TraceData><DataItem><TraceRecord xmlns=\"http://schemas.microsoft.com/2004/10/E2ETraceEvent/TraceRecord\" Severity=\"Warning\"><TraceIdentifier>http://msdn.microsoft.com/en-US/library/System.ServiceModel.Channels.ServerTooBusy.aspx</TraceIdentifier><Description>The server is too busy; MaxConcurrentCalls (%d) reached.</Description><AppDomain>SVMC.Interface.Host.exe</AppDomain></TraceRecord></DataItem></TraceData>" % pick([16, 64, 128])])]
    return [wcf("Information", 8, "System.ServiceModel.MessageLogging", ["<TraceData><DataItem><MessageLogTraceRecord Time=\"%s\" Source=\"ServiceLevelReceiveRequest\" Type=\"System.ServiceModel.Channels.BufferedMessage\" xmlns=\"http://schemas.microsoft.com/2004/06/ServiceModel/Management/MessageTrace\"><s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:a=\"http://www.w3.org/2005/08/addressing\"><s:Header><a:Action s:mustUnderstand=\"1\">http://svmc.org/interfaces/2019/IOrderService/GetOrderStatus</a:Action><a:MessageID>urn:uuid:%s</a:MessageID></s:Header><s:Body><GetOrderStatus xmlns=\"http://svmc.org/interfaces/2019\"><orderNumber>%s</orderNumber><placerSystem>EHR</placerSystem></GetOrderStatus></s:Body></s:Envelope></MessageLogTraceRecord></DataItem></TraceData>" % (CLK.iso_off(), ruuid(), order_no())])]


def n_clef():
    k = R.randrange(4)
    if k == 0:
        return [clef("Information", "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", [',"RequestMethod":"GET","RequestPath":"/api/v2/appointments/slots","StatusCode":200,"Elapsed":%.4f,"RequestId":"0HN%s:0000000%d","ConnectionId":"0HN%s"' % (R.uniform(2, 900), rhex(9, True), R.randint(1, 9), rhex(9, True))], "Serilog.AspNetCore.RequestLoggingMiddleware")]
    if k == 1:
        return [clef("Warning", "Outbox message {MessageId} retry {Attempt} after {Error}", [',"MessageId":"%s","Attempt":%d,"Error":"SocketException (10060)"' % (ruuid(), R.randint(1, 5))], "SVMC.Messaging.OutboxDispatcher")]
    if k == 2:
        return [clef("Information", "Encounter {EncounterId} moved to {Status} by {User}", [',"EncounterId":%s,"Status":"%s","User":"%s\\\\%s"' % (enc_no(), pick(["DISCHARGED", "ARRIVED", "ROOMED", "CANCELLED"]), DOMAIN, staff())], "SVMC.Ehr.Encounters.EncounterService")]
    return [clef("Debug", "Cache {CacheName} hit ratio {Ratio:P1}", [',"CacheName":"%s","Ratio":%.3f' % (pick(["ProviderDirectory", "FormularyLookup", "ChargeMaster"]), R.random())], "SVMC.Ehr.Caching.CacheMonitor")]


def n_hl7():
    k = R.randrange(5)
    ch = pick(["ADT_IN", "ORU_LAB_IN", "ORM_OUT", "SIU_IN", "DFT_OUT", "MDM_IN"])
    if k == 0:
        ctl = CLK.hl7() + rdig(4)
        return [hl7svc("INFO", ch, ["Sent ACK: MSH|^~\\&|SVMC_IF|SVMC|%s|%s|%s||ACK^%s^ACK|ACK%s|P|2.5.1\\rMSA|AA|%s" % (pick(["REGADT", "SUNQUEST", "SURGINET"]), pick(["SVMC", "SVMCLAB"]), CLK.hl7(), pick(["A08", "R01", "S12", "A04"]), ctl, ctl)])]
    if k == 1:
        return [hl7svc("INFO", ch, ["Connection accepted from %s:%d (peer %s)" % (int_ip(), R.randint(49152, 65535), pick(["REGADT", "SUNQUEST-LIS", "PACS-GW"]))])]
    if k == 2:
        return [hl7svc("WARN", ch, ["No ACK within %d ms for control id %s; resend %d/3" % (R.randint(5000, 30000), CLK.hl7() + rdig(3), R.randint(1, 3))])]
    if k == 3:
        c = clinician()
        return [hl7svc("INFO", ch, ["MFN^M02 staff master update applied: STF|%s|%s^%s^%s^^^%s|... (NPI %s)" % (rdig(6), c[1].upper(), c[0].upper(), pick("ABCDEJ"), c[2], npi())])]
    return [hl7svc("DEBUG", ch, ["Queue stats: in=%d out=%d err=%d latency_p95=%dms" % (R.randint(0, 300), R.randint(0, 300), R.randint(0, 2), R.randint(10, 4000))])]


def n_print():
    k = R.randrange(4)
    prn = pick(["ZBR-ED-01", "ZBR-4W-02", "ZBR-NICU-01", "ZBR-LAB-03", "PRN-4W-HP01", "PRN-REG-LX01"])
    if k == 0:
        return [("print_service", ["%s INFO  PrintRouter  job=%d printer=%s status=Completed bytes=%d pages=%d user=%s\\%s ws=%s" % (CLK.log4net(), R.randint(10000, 99999), prn, R.randint(500, 90000), R.randint(1, 4), DOMAIN, staff(), pick(WORKSTATIONS))])]
    if k == 1:
        return [("print_service", ["%s WARN  PrinterMonitor  %s (%s) reports %s" % (CLK.log4net(), prn, int_ip(), pick(["PAPER OUT", "RIBBON OUT", "HEAD OPEN", "OFFLINE", "MEDIA LOW"]))])]
    if k == 2:
        return [("print_service", ["%s INFO  PrintRouter  Specimen label template LBL_SPEC_2x1 v%d loaded (checksum %s)" % (CLK.log4net(), R.randint(2, 9), rhex(8, True))])]
    return [("print_service", ["%s INFO  PrintRouter  Routing rule matched: dept=%s docType=%s -> %s" % (CLK.log4net(), pick(DEPARTMENTS), pick(["WRISTBAND", "FACESHEET", "AVS", "RX", "SPECIMEN"]), prn)])]


TASKS = ["\\SVMC\\NightlyCensusExport", "\\SVMC\\PurgeIISLogs", "\\SVMC\\HL7ArchiveRotate", "\\SVMC\\ReminderCallsBatch",
         "\\Microsoft\\Windows\\UpdateOrchestrator\\Schedule Scan", "\\SVMC\\EligibilityBatch270", "\\SVMC\\StatementRun"]


def n_task():
    t = pick(TASKS)
    k = R.randrange(4)
    g = fmt_guid_b().lower()
    if k == 0:
        return [("task_scheduler", ["Information\t%s\tMicrosoft-Windows-TaskScheduler\t201\tAction completed\tTask Scheduler successfully completed task \"%s\" , instance \"%s\" , action \"%s\" with return code %d." % (CLK.us(), t, g, pick(["C:\\Windows\\system32\\cmd.exe", "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe", "D:\\Apps\\Jobs\\SVMC.Jobs.exe"]), pick([0, 0, 0, 1, 2147942402]))])]
    if k == 1:
        return [("task_scheduler", ["Information\t%s\tMicrosoft-Windows-TaskScheduler\t100\tTask Started\tTask Scheduler started \"%s\" instance of the \"%s\" task for user \"%s\\%s\"." % (CLK.us(), g, t, DOMAIN, pick(SVC_USERS[:6]))])]
    if k == 2:
        return [("task_scheduler", ["[%s] JOB %s exit=%d rows=%d out=\\\\FS01\\exports\\%s_%s.csv elapsed=%ss" % (CLK.iso_sp(), t.split("\\")[-1], pick([0, 0, 1]), R.randint(0, 5000), t.split("\\")[-1].lower(), CLK.t.strftime("%Y%m%d"), R.randint(1, 900))])]
    return [("task_scheduler", ["Warning\t%s\tMicrosoft-Windows-TaskScheduler\t322\tLaunch request ignored, instance already running\tTask Scheduler did not launch task \"%s\"  because instance \"%s\"  of the same task is already running." % (CLK.us(), t, g)])]


def n_ps():
    k = R.randrange(6)
    if k == 0:
        lines = ["**********************", "Windows PowerShell transcript start",
                 "Start time: %s" % CLK.t.strftime("%Y%m%d%H%M%S"),
                 "Username: %s\\%s" % (DOMAIN, pick(["adm-tpham", "adm-kmorales", "svc_sched"])),
                 "RunAs User: %s\\%s" % (DOMAIN, pick(["adm-tpham", "svc_sched"])),
                 "Configuration Name: ",
                 "Machine: %s (Microsoft Windows NT 10.0.17763.0)" % pick(SQL_HOSTS + APP_HOSTS),
                 "Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -NoProfile -ExecutionPolicy Bypass -File D:\\Scripts\\%s.ps1" % pick(["Purge-IISLogs", "Export-Census", "Rotate-HL7Archive", "Check-AGHealth"]),
                 "Process ID: %d" % R.randint(1000, 20000),
                 "PSVersion: 5.1.17763.5576", "PSEdition: Desktop", "BuildVersion: 10.0.17763.5576",
                 "CLRVersion: 4.0.30319.42000", "WSManStackVersion: 3.0", "PSRemotingProtocolVersion: 2.3",
                 "SerializationVersion: 1.1.0.1", "**********************"]
        return [("ps_transcript", [l]) for l in lines[:R.randint(6, len(lines))]]
    if k == 1:
        return [("ps_transcript", ["PS D:\\Scripts> Get-Service -Name SVMC* | Where-Object Status -ne 'Running' | Restart-Service -Verbose"]),
                ("ps_transcript", ["VERBOSE: Performing the operation \"Restart-Service\" on target \"SVMC Print Router (SVMCPrintRouter)\"."])]
    if k == 2:
        n = R.randint(100, 3000)
        return [("ps_transcript", ["PS D:\\Scripts> Get-ChildItem D:\\inetpub\\logs\\LogFiles\\W3SVC2 -Filter *.log | Where-Object LastWriteTime -lt (Get-Date).AddDays(-30) | Remove-Item"]),
                ("ps_transcript", ["Removed %d files (%0.1f GB) older than %s" % (n, n * 0.012, (CLK.t - dt.timedelta(days=30)).strftime("%m/%d/%Y"))])]
    if k == 3:
        return [("ps_transcript", ["PS C:\\Windows\\system32> Test-NetConnection iface01.svmc.local -Port %d" % R.randint(6600, 6699)]),
                ("ps_transcript", ["TcpTestSucceeded : True"])]
    if k == 4:
        return [("ps_transcript", ["PS D:\\Scripts> Invoke-Sqlcmd -ServerInstance EHRSQL01 -Database EHR_Prod -Query \"SELECT COUNT(*) AS Pending FROM dbo.HL7Outbound WHERE Status = 'E'\""]),
                ("ps_transcript", ["Pending"]), ("ps_transcript", ["-------"]), ("ps_transcript", ["%d" % R.randint(0, 300)])]
    return [("ps_transcript", ["**********************"]), ("ps_transcript", ["Windows PowerShell transcript end"]),
            ("ps_transcript", ["End time: %s" % CLK.t.strftime("%Y%m%d%H%M%S")]), ("ps_transcript", ["**********************"])]


def n_ad():
    u = staff()
    k = R.randrange(4)
    if k == 0:
        return [("ad_security", ["%s\tDC0%d\tSecurity\t4740\tUser Account Management\tA user account was locked out.  Subject: Security ID: S-1-5-18 Account Name: DC0%d$ Account Domain: %s Logon ID: 0x3E7  Account That Was Locked Out: Security ID: %s Account Name: %s  Additional Information: Caller Computer Name: %s" % (CLK.us(), R.randint(1, 2), R.randint(1, 2), DOMAIN, sid(), u, pick(WORKSTATIONS))])]
    if k == 1:
        return [("ad_security", ["%s\tDC0%d\tSecurity\t4768\tKerberos Authentication Service\tA Kerberos authentication ticket (TGT) was requested.  Account Information: Account Name: %s Supplied Realm Name: SVMC.LOCAL User ID: %s  Service Information: Service Name: krbtgt Service ID: SVMC\\krbtgt  Network Information: Client Address: ::ffff:%s Client Port: %d  Additional Information: Ticket Options: 0x40810010 Result Code: 0x0 Ticket Encryption Type: 0x12 Pre-Authentication Type: 2" % (CLK.us(), R.randint(1, 2), u, sid(), int_ip(), R.randint(49152, 65535))])]
    if k == 2:
        return [("ad_security", ["%s\tDC0%d\tSecurity\t4738\tUser Account Management\tA user account was changed.  Subject: Account Name: adm-tpham Account Domain: SVMC  Target Account: Security ID: %s Account Name: %s  Changed Attributes: Display Name: -  Telephone: 937-208-%s  Home Directory: \\\\FS01\\home$\\%s  Password Last Set: %s" % (CLK.us(), R.randint(1, 2), sid(), u, rdig(4), u, CLK.us())])]
    return [("ad_security", ["%s\tDC0%d\tSecurity\t4625\tLogon\tAn account failed to log on.  Logon Type: 3  Account For Which Logon Failed: Account Name: %s Account Domain: SVMC  Failure Information: Failure Reason: Unknown user name or bad password. Status: 0xC000006D Sub Status: 0xC000006A  Network Information: Workstation Name: %s Source Network Address: %s Source Port: 0" % (CLK.us(), R.randint(1, 2), u, pick(WORKSTATIONS), int_ip())])]


def n_sccm():
    k = R.randrange(6)
    if k == 0:
        return [cmtrace(["Successfully sent location services HTTP request."], "LocationServices", 1, "ccmhttputil.cpp:%d" % R.randint(100, 9000))]
    if k == 1:
        return [cmtrace(["Update (Site_%s/SUM_%s) Name (2024-03 Cumulative Update for Windows 10 Version 22H2 for x64-based Systems (KB5035845)) ArticleID (5035845) added to the targeted list of deployment ({%s})" % (ruuid().upper(), ruuid(), ruuid().upper())], "UpdatesDeploymentAgent", 1, "")]
    if k == 2:
        return [cmtrace(["Inventory: Message [Type=InventoryAction, ActionID={00000000-0000-0000-0000-000000000001}, Report=Delta] sent to %s" % "SCCM01.svmc.local"], "InventoryAgent", 1, "")]
    if k == 3:
        return [cmtrace(["Client is not on internet. Using MP: HTTPS://SCCM01.SVMC.LOCAL, machine %s, MAC %s" % (pick(WORKSTATIONS), mac(":"))], "ClientLocation", 1, "")]
    if k == 4:
        return [cmtrace(["Raising event: instance of CCM_PolicyAgent_PolicyDownloadSucceeded { ClientID = \"GUID:%s\"; DateTime = \"%s.000000+000\"; PolicyNamespace = \"\\\\\\\\%s\\\\ROOT\\\\ccm\\\\policy\\\\Machine\"; ProcessID = %d; ThreadID = %d; };" % (ruuid().upper(), CLK.utc.strftime("%Y%m%d%H%M%S"), pick(WORKSTATIONS), R.randint(1000, 9000), R.randint(1000, 9000))], "PolicyAgent_RequestAssignments", 1, "event.cpp:729")]
    return [cmtrace(["CAppsDeploymentHandler: App (SVMC EHR Client 24.1.%d) state is Installed, hash %s" % (R.randint(100, 999), rhex(64, True))], "AppEnforce", 1, "appdeploymentshandler.cpp:%d" % R.randint(100, 3000))]


def n_ehrapp():
    c = clinician()
    org = pick(EXT_ORGS)
    cert_days = R.randint(5, 60)
    msgs = [
        ("INFO", "Ehr.Census", "census refresh complete units=%d beds=%d occupied=%d pending_admits=%d elapsed_ms=%d" % (R.randint(10, 30), 412, R.randint(280, 400), R.randint(0, 40), R.randint(100, 5000))),
        ("INFO", "Ehr.Orders", "order_id=%s status=RESULTED accession=L%s encounter=%s resulted_by=%s" % (order_no(), rdig(9), enc_no(), pick(["SUNQUEST", "RIS"]))),
        ("WARN", "Ehr.Scheduling", "slot template conflict dept=%s provider_npi=%s provider=\"%s %s, %s\" template=%s" % (pick(DEPARTMENTS), npi(), c[0], c[1], c[2], rhex(8))),
        ("INFO", "Ehr.Claims", "claim=%s encounter=%s status=ACCEPTED clearinghouse=Availity icn=%s" % (claim_no(), enc_no(), rdig(13))),
        ("INFO", "Ehr.Rx", "eRx NEWRX sent to %s phone=%s fax=%s prescriber=\"%s %s, %s\" dea=%s msg=%s" % (org[0], org[1], org[2], c[0], c[1], c[2], dea(c[1]), rhex(32))),
        ("ERROR", "Ehr.Interop", "CCD export failed for encounter %s: XSD validation error at /ClinicalDocument/recordTarget[1]/patientRole/id: root OID 2.16.840.1.113883.3.%d missing" % (enc_no(), R.randint(1000, 9999))),
        ("INFO", "Ehr.Session", "user=%s\\%s ws=%s session=%s login method=Imprivata badge tap" % (DOMAIN, staff(), pick(WORKSTATIONS), rhex(24))),
        ("DEBUG", "Ehr.Alerts", "BPA %d suppressed (already acknowledged) dept=%s count=%d age_bucket=65-74" % (R.randint(1000, 9999), pick(DEPARTMENTS), R.randint(1, 30))),
        ("INFO", "Ehr.Referrals", "referral %s faxed to %s at %s (%s), pages=%d" % ("RF" + rdig(7), org[0], org[2], org[3], R.randint(1, 12))),
        ("INFO", "Ehr.Fleet", "ambulance unit M-%d (%s) service due: vin=%s plate=%s odometer=%d mi" % (R.randint(1, 20), pick(["2019 Ford E-450", "2021 Chevrolet G4500", "2022 Ram ProMaster"]), vin(), "MED " + rdig(3), R.randint(20000, 190000))),
        ("INFO", "Ehr.Devices", "infusion pump docked serial=%s asset=SVMC-BME-%s model=%s unit=%s drug_library=v%d.%d" % (rdig(8), rdig(6), pick(["Alaris 8015", "Sigma Spectrum", "Plum 360"]), pick(DEPARTMENTS), R.randint(10, 40), R.randint(0, 9))),
        ("WARN", "Ehr.Security", "TLS certificate CN=ehrweb.svmc.local thumbprint=%s expires %s (in %d days)" % (rhex(40, True), (TODAY + dt.timedelta(days=cert_days)).isoformat(), cert_days)),
        ("INFO", "Ehr.Build", "hotfix 24.1.%d applied build=%s sha1=%s restart_required=%s" % (R.randint(100, 999), R.randint(10000, 99999), rhex(40), pick(["false", "true"]))),
    ]
    lv, m, msg = pick(msgs)
    return [ehrapp(lv, m, [msg])]


def n_dhcp():
    ev = pick([(10, "Assign"), (11, "Renew"), (12, "Release"), (30, "DNS Update Request"), (31, "DNS Update Failed")])
    return [("dhcp_audit", ["%d,%s,%s,%s,%s,%s.%s,%s,,%d,0,,,,0x%s,%s,,,,0" % (ev[0], CLK.t.strftime("%m/%d/%y"), CLK.t.strftime("%H:%M:%S"), ev[1], int_ip(), pick(WORKSTATIONS + ["PRN-4W-HP01", "ZBR-ED-01", "PYXIS-4W-01"]), FQDN, mac("").replace(":", ""), R.randint(1000000, 9999999), rhex(8, True), pick(["MSFT 5.0", "", "Zebra Technologies"]))])]


def n_fax():
    org = pick(EXT_ORGS)
    k = R.randrange(3)
    if k == 0:
        return [("fax_service", ["%s FaxGateway OUT job=%d to=%s (%s) pages=%d result=Success duration=%ds csid=\"SVMC HIM %s\"" % (CLK.log4net(), R.randint(10000, 99999), org[2], org[0], R.randint(1, 20), R.randint(20, 900), pick(ORG_FAXES))])]
    if k == 1:
        return [("fax_service", ["%s FaxGateway IN  job=%d from_csid=\"%s\" ani=%s pages=%d routed_to=HIM_INDEXING_QUEUE" % (CLK.log4net(), R.randint(10000, 99999), org[0][:20].upper(), org[2], R.randint(1, 30))])]
    return [("fax_service", ["%s FaxGateway line %d status=%s modem=%s" % (CLK.log4net(), R.randint(1, 8), pick(["IDLE", "DIALING", "RECEIVING"]), pick(["Brooktrout TR1034", "Dialogic SR140"]))])]


def n_billing():
    k = R.randrange(4)
    if k == 0:
        return [("billing_service", ["%s INFO  Payments.Gateway  authorized txn=%s amount=%d.%02d card=XXXXXXXXXXXX%s brand=%s auth=%s avs=Y cvv=M terminal=%s" % (CLK.log4net(), rdig(12), R.randint(5, 900), R.randrange(100), rdig(4), pick(["VISA", "MC", "AMEX", "DISC"]), rhex(6, True), pick(["REG-ED-01", "PORTAL", "IVR"]))])]
    if k == 1:
        return [("billing_service", ["%s INFO  Payments.Settlement  batch %s settled: %d txns, $%d.%02d, merchant id %s" % (CLK.log4net(), rdig(6), R.randint(10, 900), R.randint(1000, 90000), R.randrange(100), rdig(12))])]
    if k == 2:
        return [("billing_service", ["%s WARN  Payments.Gateway  declined txn=%s reason=%s card=%s******%s" % (CLK.log4net(), rdig(12), pick(["05 DO NOT HONOR", "51 INSUFFICIENT FUNDS", "54 EXPIRED CARD"]), pick(["411111", "545454", "371449"]), rdig(4))])]
    return [("billing_service", ["%s INFO  Statements.Lockbox  lockbox file LBX_%s.txt imported, %d payments, remit to %s, PO Box 713%d, Dayton, OH 45401" % (CLK.log4net(), CLK.t.strftime("%Y%m%d"), R.randint(10, 500), ORG, R.randint(10, 99))])]


NOISE_GENS = [(n_iis, 14), (n_iis_header, 1), (n_evt_csv, 9), (n_evt_tab, 6), (n_evt_xml, 8), (n_sqlerr, 8),
              (n_deadlock, 2), (n_log4net, 10), (n_nlog, 7), (n_entlib, 4), (n_wcf, 3), (n_clef, 5), (n_hl7, 7),
              (n_print, 4), (n_task, 5), (n_ps, 3), (n_ad, 5), (n_sccm, 5), (n_ehrapp, 9), (n_dhcp, 3),
              (n_fax, 3), (n_billing, 3)]


# ----------------------------------------------------------------------------
# PHI generators.  Each returns a list of (family, segs).
# ----------------------------------------------------------------------------
def age_seg(p, fmt="%d"):
    """An age as written; labeled only when over 89."""
    txt = fmt % p.age
    return P(txt, "age") if p.age > 89 else txt


def addr_segs(p, upper=False, zip4=True, esc=lambda s: s):
    st = p.full_addr()
    city = p.city
    if upper:
        st, city = st.upper(), city.upper()
    return [P(esc(st), "address"), ", ", P(esc(city), "address"), ", %s " % p.state, P(p.zip4 if zip4 else p.zip, "zip")]


def p_iis():
    p = pt()
    k = R.randrange(8)
    u = "%s\\%s" % (DOMAIN, staff())
    if k == 0:
        q = ["lastName=", P(quote(p.family), "name"), "&firstName=", P(quote(p.given), "name"),
             "&dob=", P(quote(d_us(p.dob), safe=""), "date"), "&_=%d" % (1710158000000 + R.randint(0, 99999999))]
        return [iis("/EhrWeb/api/patients/search", q, user=u, ref="https://ehrweb.svmc.local/EhrWeb/Search")]
    if k == 1:
        return [iis("/MyHealth/Home/Index", "-", user=[P(p.email, "email")], cip=[P(public_ip(), "ip")],
                    ua=pick(UA_MOBILE), ref="https://myhealth.svmc.org/MyHealth/Account/Login", sip="10.40.6.15")]
    if k == 2:
        url = "https://ehrweb.svmc.local/EhrWeb/Chart/Summary?patientId=%s&encId=%s" % (p.mrn, enc_no())
        return [iis("/EhrWeb/Content/chart.css", "v=24.1.%d" % R.randint(100, 999), user=u, ref=[P(url, "url")], status=304)]
    if k == 3:
        disch = recent_date(60)
        stem = ["/DocViewer/docs/", P(p.mrn, "mrn"), "/DischargeSummary_", P(d_hl7(disch), "date"), ".pdf"]
        return [iis(stem, "-", user=u, ref="https://ehrweb.svmc.local/DocViewer/")]
    if k == 4:
        return [iis("/MyHealth/Account/Login", "ReturnUrl=%2FMyHealth%2FMessages", method="POST",
                    cip=[P(public_ipv6(), "ip")], ua=pick(UA_MOBILE), status=302, sip="10.40.6.16",
                    ref="https://myhealth.svmc.org/MyHealth/Account/Login")]
    if k == 5:
        s = ssn()
        q = ["ssn=", P(s, "ssn"), "&action=find|%d|800a000d|Type_mismatch:_'CLng'" % R.randint(20, 90)]
        return [iis("/Legacy/PtLookup.asp", q, user=u, status=500, sip="10.40.3.9", port=80)]
    if k == 6:
        nm = quote_plus(p.first_last())
        appt = recent_date(0, 30)
        q = ["mrn=", P(p.mrn, "mrn"), "&apptDate=", P(d_iso(appt), "date"), "&name=", P(nm, "name"), "&lang=en-US"]
        return [iis("/Telehealth/join", q, cip=[P(public_ip(), "ip")], ua=pick(UA_MOBILE), sip="10.40.6.16",
                    ref="https://myhealth.svmc.org/MyHealth/Visits/Upcoming")]
    q = ["memberId=", P(p.member_id, "health_plan"), "&payer=%s&svcDate=%s" % (p.payer_code, CLK.t.strftime("%Y%m%d"))]
    return [iis("/Eligibility/api/check", q, user=u, method="GET")]


def p_evt_text():
    p = pt()
    k = R.randrange(6)
    fn = evt_csv if chance(0.55) else evt_tab
    esc = csvq if fn is evt_csv else (lambda s: s)
    if k == 0:
        p2 = pt()
        msg = ["Inbound A08 from REGADT could not be auto-matched: PID-3 ", P(p.mrn, "mrn"), " name ", P(esc(p.hl7_name()), "name"),
               " DOB ", P(d_hl7(p.dob), "date"), " sex %s; best candidate MRN " % p.sex, P(p2.mrn, "mrn"),
               " score 0.%d below threshold 0.92. Routed to HIM work queue MPI_REVIEW." % R.randint(60, 91)]
        return [fn("Warning", "SVMC.Adt.Interface", 3012, "None", msg)]
    if k == 1:
        doc = pick(["Face Sheet", "Discharge Instructions", "After Visit Summary", "Consent - Surgical", "Medication List"])
        msg = ["Document %d, %s - " % (R.randint(2, 400), doc), P(esc(p.last_first(upper=True, mid=False)), "name"), " - ", P(p.mrn, "mrn"),
               " owned by %s on \\\\%s was printed on %s through port IP_%s.  Size in bytes: %d. Pages printed: %d. No user action is required."
               % (staff(), pick(WORKSTATIONS), pick(["PRN-4W-HP01", "PRN-ED-HP03", "PRN-REG-LX01"]), int_ip(), R.randint(9000, 900000), R.randint(1, 6))]
        return [fn("Information", "Microsoft-Windows-PrintService", 307, "Printing a document", msg)]
    if k == 2:
        appt = recent_date(0, 20)
        msg = ["Reminder call to ", P(fmt_phone(p.phone, 3), "phone"), " failed for appointment on ", P(d_us(appt), "date"),
               " %s (patient " % pick(["08:40", "09:15", "13:30", "15:45"]), P(esc(p.first_last()), "name"), ", MRN ", P(p.mrn, "mrn"),
               "): Twilio error 21614 'To' number is not a valid mobile number."]
        return [fn("Error", "SVMC.Scheduling", 2110, "None", msg)]
    if k == 3:
        s = ssn()
        msg = ["Application: SVMC.Adt.Service.exe Framework Version: v4.0.30319 Description: The process was terminated due to an unhandled exception. Exception Info: System.Data.SqlClient.SqlException at System.Data.SqlClient.SqlConnection.OnError(System.Data.SqlClient.SqlException, Boolean, System.Action`1<System.Action>) Message: Violation of UNIQUE KEY constraint 'UQ_Patient_SSN'. Cannot insert duplicate key in object 'dbo.Patient'. The duplicate key value is (",
               P(s, "ssn"), ")."]
        return [fn("Error", ".NET Runtime", 1026, "None", msg)]
    if k == 4:
        dod = recent_date(5)
        msg = ["Death notification A03 processed for ", P(esc(p.last_first(upper=True)), "name"), " (MRN ", P(p.mrn, "mrn"), "), age ", age_seg(p), ", date of death ",
               P(d_us(dod), "date"), "; Ohio EDRS case %s queued; pronounced by %s %s, %s." % ("C" + rdig(8), *clinician())]
        return [fn("Information", "SVMC.Adt.Interface", 3040, "None", msg)]
    url = "https://myhealth.svmc.org/MyHealth/Records/Download?patientId=%s&docId=%d" % (p.epi, R.randint(10 ** 6, 10 ** 7))
    ip = public_ip()
    msg = ["Event code: 3005 Event message: An unhandled exception has occurred. Event time: %s Event ID: %s Event sequence: %d Application information: Application domain: /LM/W3SVC/3/ROOT/MyHealth-2-133544009811270455 Trust level: Full Application Virtual Path: /MyHealth Machine name: %s Exception information: Exception type: NullReferenceException Exception message: Object reference not set to an instance of an object. Request information: Request URL: " % (CLK.us(), rhex(32), R.randint(100, 9999), pick(WEB_HOSTS)),
           P(url, "url"), " Request path: /MyHealth/Records/Download User host address: ", P(ip, "ip"), " User: ", P(p.email, "email"),
           " Is authenticated: True Authentication Type: Forms Thread account name: IIS APPPOOL\\MyHealth"]
    return [fn("Warning", "ASP.NET 4.0.30319.0", 1309, "Web Event", msg)]


def p_evt_xml():
    p = pt()
    k = R.randrange(3)
    host = pick(APP_HOSTS)
    if k == 0:
        c = clinician()
        appt = recent_date(0, 45)
        data = ["<EventData><Data Name='PatientName'>", P(xesc(p.last_first()), "name"), "</Data><Data Name='MRN'>", P(p.mrn, "mrn"),
                "</Data><Data Name='ApptDate'>", P(d_iso(appt) + "T%02d:%s:00" % (R.randint(7, 16), pick(["00", "15", "30", "45"])), "date"),
                "</Data><Data Name='PatientAge'>", age_seg(p), "</Data><Data Name='Provider'>%s %s, %s</Data><Data Name='Department'>%s</Data><Data Name='HomePhone'>" % (c[0], c[1], c[2], xesc(pick(DEPARTMENTS))),
                P(fmt_phone(p.phone, 1), "phone"), "</Data><Data Name='Reason'>Interpreter request could not be scheduled (language=%s)</Data></EventData>" % pick(["Spanish", "Vietnamese", "Arabic", "Somali", "Nepali", "ASL"])]
        return [evt_xml("SVMC.Scheduling", 4102, 3, "Application", host, data)]
    if k == 1:
        data = ["<EventData><Data>ResultFiler: unsolicited ORU for ", P(xesc(p.hl7_name()), "name"), " MRN ", P(p.mrn, "mrn"), " DOB ",
                P(d_us(p.dob), "date"), " could not be linked to an open encounter; accession L%s parked.</Data><Binary></Binary></EventData>" % rdig(9)]
        return [evt_xml("SVMC.Results", 5021, 3, "Application", host, data)]
    adm = recent_date(10)
    data = ["<EventData><Data Name='Operation'>MergePatient</Data><Data Name='SourceMrn'>", P(pt().mrn, "mrn"),
            "</Data><Data Name='TargetMrn'>", P(p.mrn, "mrn"), "</Data><Data Name='TargetName'>", P(xesc(p.first_last()), "name"),
            "</Data><Data Name='TargetSSN'>", P(p.ssn, "ssn"), "</Data><Data Name='AdmitDate'>", P(d_iso(adm), "date"),
            "</Data><Data Name='RequestedBy'>%s\\%s</Data><Data Name='Result'>0x80004005</Data></EventData>" % (DOMAIN, staff())]
    return [evt_xml("SVMC.Mpi", 7002, 2, "Application", host, data)]


def p_sqlerr():
    p = pt()
    k = R.randrange(6)
    spid = "spid%d" % R.randint(51, 200)
    if k == 0:
        src = pt()
        return [sqlerr(spid, ["Error: 50001, Severity: 16, State: 1."]),
                sqlerr(spid, ["usp_MergePatient: merge of MRN ", P(src.mrn, "mrn"), " into MRN ", P(p.mrn, "mrn"),
                              " failed at step 4 (PatientInsurance); error 2627; rolled back by %s\\%s" % (DOMAIN, staff())])]
    if k in (1, 5):
        full = p.full_addr().upper() + " " + p.city.upper()
        trunc = full[:len(full) - R.randint(2, 5)].rstrip()
        return [sqlerr(spid, ["Error: 2628, Severity: 16, State: 1."]),
                sqlerr(spid, ["String or binary data would be truncated in table 'EHR_Prod.dbo.PatientAddress', column 'AddressLine1'. Truncated value: '",
                              P(sqlq(trunc), "address"), "'."])]
    if k in (2, 4):
        return [sqlerr(spid, ["Error: 245, Severity: 16, State: 1."]),
                sqlerr(spid, ["Conversion failed when converting the nvarchar value '", P(sqlq(p.family), "name"), "' to data type int. [job 'EHR - Nightly MPI Extract' step 3]"])]
    # trace flag 1222 deadlock graph written into ERRORLOG (multi-line); at most twice
    ONCE["tf1222"] = ONCE.get("tf1222", 0) + 1
    if ONCE["tf1222"] > 2:
        return [sqlerr(spid, ["Error: 50001, Severity: 16, State: 1."]),
                sqlerr(spid, ["usp_MergePatient: merge of MRN ", P(pt().mrn, "mrn"), " into MRN ", P(p.mrn, "mrn"),
                              " failed at step 2 (PatientAddress); error 1205 (deadlock victim)"])]
    pr1, pr2 = "process%s" % rhex(12), "process%s" % rhex(12)
    s = "spid%ds" % R.randint(10, 40)
    ts = CLK.sqlerr()
    lines = [("sql_errorlog", ["%s %-12s%s" % (ts, s, "deadlock-list")]),
             ("sql_errorlog", ["%s %-12s deadlock victim=%s" % (ts, s, pr1)]),
             ("sql_errorlog", ["%s %-12s  process-list" % (ts, s)]),
             ("sql_errorlog", ["%s %-12s   process id=%s taskpriority=0 logused=0 waitresource=KEY: 7:72057594043105280 (%s) waittime=%d ownerId=%d transactionname=user_transaction lasttranstarted=%s XDES=0x%x lockMode=U schedulerid=%d kpid=%d status=suspended spid=%d sbid=0 ecid=0 priority=0 trancount=2 clientapp=EhrWeb hostname=%s hostpid=%d loginname=%s\\svc_ehr_app isolationlevel=read committed (2) xactid=%d currentdb=7 lockTimeout=4294967295"
                                % (ts, s, pr1, rhex(12), R.randint(100, 4000), R.randint(10 ** 8, 10 ** 9), CLK.t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3], R.randrange(1 << 44), R.randint(1, 8), R.randint(1000, 9000), R.randint(51, 300), pick(APP_HOSTS), R.randint(1000, 9000), DOMAIN, R.randint(10 ** 8, 10 ** 9))]),
             ("sql_errorlog", ["%s %-12s    executionStack" % (ts, s)]),
             ("sql_errorlog", ["%s %-12s     frame procname=adhoc line=1 stmtstart=%d sqlhandle=0x02000000%s" % (ts, s, R.randint(0, 200), rhex(40))]),
             ("sql_errorlog", ["%s %-12s UPDATE dbo.Patient SET HomePhone = '" % (ts, s), P(p.phone, "phone"), "', Email = '", P(p.email, "email"),
                               "' WHERE MRN = '", P(p.mrn, "mrn"), "'"]),
             ("sql_errorlog", ["%s %-12s    inputbuf" % (ts, s)]),
             ("sql_errorlog", ["%s %-12s UPDATE dbo.Patient SET HomePhone = '" % (ts, s), P(p.phone, "phone"), "', Email = '", P(p.email, "email"),
                               "' WHERE MRN = '", P(p.mrn, "mrn"), "'"]),
             ("sql_errorlog", ["%s %-12s   process id=%s taskpriority=0 logused=%d waitresource=KEY: 7:72057594043170816 (%s) waittime=%d spid=%d clientapp=SVMC.Adt.Service hostname=IFACE01 loginname=%s\\svc_iface"
                               % (ts, s, pr2, R.randint(200, 9000), rhex(12), R.randint(100, 4000), R.randint(51, 300), DOMAIN)]),
             ("sql_errorlog", ["%s %-12s    inputbuf" % (ts, s)]),
             ("sql_errorlog", ["%s %-12s Proc [Database Id = 7 Object Id = %d]" % (ts, s, R.randint(10 ** 8, 2 * 10 ** 9))])]
    return lines


def p_deadlock():
    p = pt()
    q = pt()
    ib1 = ["UPDATE dbo.Patient SET LastName = N'", P(xesc_text(sqlq(p.family)), "name"), "', FirstName = N'", P(xesc_text(sqlq(p.given)), "name"),
           "', BirthDate = '", P(d_iso(p.dob), "date"), "' WHERE MRN = '", P(p.mrn, "mrn"), "'"]
    ib2 = ["exec sp_executesql N'SELECT TOP (1) PatientId FROM dbo.Patient WITH (UPDLOCK) WHERE SSN = @ssn AND BirthDate = @dob',N'@ssn char(11),@dob date',@ssn='",
           P(q.ssn, "ssn"), "',@dob='", P(d_iso(q.dob), "date"), "'"]
    return [_deadlock_xml([ib1, ib2] if chance(0.5) else [ib2, ib1])]


def p_log4net():
    p = pt()
    k = R.randrange(8)
    if k == 0:
        adm = CLK.t - dt.timedelta(minutes=R.randint(5, 600))
        msg = ["Processing ADT^A0%d for MRN " % pick([1, 4, 8]), P(p.mrn, "mrn"), " (", P(p.last_first(upper=True), "name"), "), DOB ",
               P(d_us(p.dob), "date"), ", admit ", P(adm.strftime("%Y%m%d%H%M"), "date"), ", unit %s, attending %s %s" % (pick(DEPARTMENTS), *clinician()[:2])]
        return [log4net("INFO", "SVMC.Adt.Service.AdtMessageHandler", msg)]
    if k == 1:
        msg = ["270 request sent payer=%s subscriberId=" % p.payer_code, P(p.member_id, "health_plan"), " subscriberName=\"",
               P(p.first_last().upper(), "name"), "\" dob=", P(d_hl7(p.dob), "date"), " svcType=30 trace=%s" % rdig(9)]
        return [log4net("DEBUG", "SVMC.Eligibility.X12Client", msg)]
    if k == 2:
        msg = ["271 for member ", P(p.member_id, "health_plan"), ": coverage ACTIVE, subscriber ", P("%s %s" % (p.rel_given, p.rel_family), "name"),
               " (rel 01 spouse), group %s, copay $%d" % (p.group_no, pick([20, 25, 30, 40, 50]))]
        return [log4net("INFO", "SVMC.Eligibility.X12Client", msg)]
    if k == 3:
        full = p.full_addr() + ", " + p.city
        trunc = full[:len(full) - R.randint(2, 5)].rstrip(" ,")
        msg = ["Save failed for PatientId %d: System.Data.SqlClient.SqlException (0x80131904): String or binary data would be truncated in table 'EHR_Prod.dbo.PatientAddress', column 'AddressLine1'. Truncated value: '" % R.randint(100000, 2900000),
               P(sqlq(trunc), "address"), "'.\\r\\n   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)\\r\\n   at SVMC.Ehr.Data.PatientRepository.SaveAddress(PatientAddress addr) in D:\\Build\\Agent\\_work\\12\\s\\src\\SVMC.Ehr.Data\\PatientRepository.cs:line %d\\r\\nClientConnectionId:%s\\r\\nError Number:2628,State:1,Class:16" % (R.randint(100, 900), ruuid())]
        return [log4net("ERROR", "SVMC.Ehr.Data.PatientRepository", msg)]
    if k == 4:
        msg = ["UPDATE dbo.Patient SET LastName = @p0, FirstName = @p1, BirthDate = @p2, HomePhone = @p3 WHERE PatientId = @p4;@p0 = '",
               P(sqlq(p.family), "name"), "' [Type: String (4000:0:0)], @p1 = '", P(sqlq(p.given), "name"), "' [Type: String (4000:0:0)], @p2 = ",
               P(p.dob.strftime("%Y-%m-%dT00:00:00.0000000"), "date"), " [Type: DateTime (0:0:0)], @p3 = '", P(p.phone, "phone"),
               "' [Type: String (4000:0:0)], @p4 = %d [Type: Int32 (0:0:0)]" % R.randint(100000, 2900000)]
        return [log4net("DEBUG", "NHibernate.SQL", msg)]
    if k == 5:
        msg = ["Candidate ", P(p.mrn, "mrn"), " score=0.9%d fields=[ssn:" % R.randint(2, 9), P(p.ssn.replace("-", ""), "ssn"), ", dob:",
               P(d_iso(p.dob), "date"), ", phone:", P(p.phone, "phone"), ", zip:", P(p.zip, "zip"), "]"]
        return [log4net("DEBUG", "SVMC.Mpi.MatchEngine", msg)]
    if k == 6:
        o = old_pt()
        msg = ["Fall-risk protocol auto-ordered for MRN ", P(o.mrn, "mrn"), ": age ", P(str(o.age), "age"), " (>= 90), Morse score %d, order %s" % (R.randint(45, 95), order_no())]
        return [log4net("INFO", "SVMC.Orders.OrderRouter", msg)]
    msg = ["Wristband printed for ", P(p.last_first(upper=True, mid=False), "name"), " MRN ", P(p.mrn, "mrn"), " DOB ", P(d_us(p.dob), "date"),
           " on %s (job %d)" % (pick(["ZBR-ED-01", "ZBR-4W-02", "ZBR-NICU-01"]), R.randint(10000, 99999))]
    return [log4net("INFO", "SVMC.Print.LabelService", msg)]


def portal_user(p):
    base = ascii_fold(p.given).lower().replace(" ", "")[:6] + ascii_fold(p.family).lower().replace(" ", "").replace("'", "")[:6]
    base = "".join(c for c in base if c.isalnum() and c.isascii())
    return base + str(p.dob.year % 100 if chance(0.5) else R.randint(1, 999))


def p_nlog():
    p = pt()
    k = R.randrange(6)
    lg = "SVMC.Portal.Web.Controllers."
    if k == 0:
        link = "https://myhealth.svmc.org/MyHealth/Account/Reset?u=%s&token=%s" % (quote(p.email, safe=""), rhex(32))
        return [nlog("Info", lg + "AccountController", ["Password reset requested for ", P(p.email, "email"), " from ", P(public_ip(), "ip"), "; link ", P(link, "url"), " expires in 30m"])]
    if k == 1:
        g = pt()
        return [nlog("Info", lg + "ProxyController", ["Proxy access granted: ", P(g.first_last(), "name"), " (user ", P(portal_user(g), "other_id"),
                                                       ") -> dependent ", P(p.first_last(), "name"), " MRN ", P(p.mrn, "mrn"), ", relationship=%s, expires " % pick(["Parent", "Legal Guardian", "Healthcare POA"]),
                                                       (TODAY + dt.timedelta(days=R.randint(30, 700))).isoformat()])]
    if k == 2:
        return [nlog("Warn", lg + "AccountController", ["Failed login for user '", P(portal_user(p), "other_id"), "' from ", P(public_ip(), "ip"), ": invalid password (attempt %d of 5)" % R.randint(1, 5)])]
    if k == 3:
        return [nlog("Info", "SVMC.Portal.Web.Services.SmsService", ["Verification code sent to ", P(fmt_phone(p.mobile, 3), "phone"), " for account ", P(p.email, "email"), " sid=SM%s" % rhex(32)])]
    if k == 4:
        appt = recent_date(0, 60)
        return [nlog("Info", lg + "SchedulingController", ["Self-scheduled visit: patient ", P(p.epi, "mrn"), " on ", P(d_iso(appt), "date"),
                                                           " %s dept=%s visitType=%s slot=%s" % (pick(["08:20", "10:40", "14:00"]), pick(DEPARTMENTS), pick(["NEW PT", "FOLLOW UP", "VIDEO VISIT"]), ruuid())])]
    return [nlog("Error", lg + "BillingController", ["Payment post failed for guarantor account ", P(p.guar_acct, "account"), " (", P(p.rel_given + " " + p.rel_family, "name"),
                                                     "): card ", P(card_number(), "account"), " rejected by gateway: CVV mismatch"])]


def p_entlib():
    p = pt()
    k = R.randrange(3)
    if k == 0:
        ext = ["PatientId - ", P(p.mrn, "mrn"), "; PatientName - ", P(p.last_first(), "name"), "; GuarantorAccount - ", P(p.guar_acct, "account"), "; StatementDate - %s" % CLK.t.strftime("%m/%d/%Y")]
        return [entlib("Warning", "Billing", "StatementSuppressed", ["Statement suppressed: returned mail flag set (bad address)"], ext)]
    if k == 1:
        ext = ["HandlingInstanceId - %s; SSN - " % ruuid(), P(p.ssn.replace("-", ""), "ssn"), "; DateOfBirth - ", P(d_us(p.dob), "date"), "; HAR - ", P(p.har, "account")]
        return [entlib("Error", "Exceptions", "ClaimScrubFailed", ["System.ArgumentException: Subscriber SSN does not match payer file"], ext)]
    ext = ["MemberId - ", P(p.member_id, "health_plan"), "; Subscriber - ", P("%s, %s" % (p.family.upper(), p.given.upper()), "name"), "; Payer - %s" % p.payer]
    return [entlib("Information", "Eligibility", "CoverageChanged", ["Primary coverage terminated; secondary promoted"], ext)]


def p_wcf():
    p = pt()
    k = R.randrange(3)
    hdr = "<TraceData><DataItem><MessageLogTraceRecord Time=\"%s\" Source=\"%s\" Type=\"System.ServiceModel.Channels.BufferedMessage\" xmlns=\"http://schemas.microsoft.com/2004/06/ServiceModel/Management/MessageTrace\">" % (CLK.iso_off(), pick(["ServiceLevelSendReply", "TransportSend", "ServiceLevelReceiveRequest"]))
    if k in (0, 1):
        x = xesc_text
        body = [hdr, "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:a=\"http://www.w3.org/2005/08/addressing\"><s:Header><a:Action s:mustUnderstand=\"1\">http://svmc.org/interfaces/2019/IPatientService/GetPatientResponse</a:Action><a:RelatesTo>urn:uuid:%s</a:RelatesTo></s:Header><s:Body><GetPatientResponse xmlns=\"http://svmc.org/interfaces/2019\"><GetPatientResult xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\"><Mrn>" % ruuid(),
                P(p.mrn, "mrn"), "</Mrn><FamilyName>", P(x(p.family), "name"), "</FamilyName><GivenName>", P(x(p.given), "name"),
                "</GivenName><BirthDate>", P(p.dob.strftime("%Y-%m-%dT00:00:00"), "date"), "</BirthDate><AgeYears>", age_seg(p), "</AgeYears><Sex>%s</Sex>" % p.sex]
        if k == 0:
            body += ["<Ssn>", P(p.ssn, "ssn"), "</Ssn><Address><Line1>", P(x(p.full_addr()), "address"), "</Line1><City>", P(x(p.city), "address"),
                     "</City><State>%s</State><PostalCode>" % p.state, P(p.zip4, "zip"), "</PostalCode><County>", P(x(p.county), "address"),
                     "</County></Address><HomePhone>", P(fmt_phone(p.phone, 0), "phone"), "</HomePhone>"]
        else:
            body += ["<Email>", P(p.email, "email"), "</Email><Coverage><PayerName>%s</PayerName><MemberId>" % x(p.payer), P(p.member_id, "health_plan"),
                     "</MemberId>"]
            if p.mbi:
                body += ["<MedicareMbi>", P(p.mbi, "health_plan"), "</MedicareMbi>"]
            body += ["</Coverage><PcpNpi>%s</PcpNpi>" % npi()]
        body += ["</GetPatientResult></GetPatientResponse></s:Body></s:Envelope></MessageLogTraceRecord></DataItem></TraceData>"]
        return [wcf("Information", 8, "System.ServiceModel.MessageLogging", body)]
    # webHttp JSON body (DataContractJsonSerializer) logged by a custom message inspector
    body = ["<TraceData><DataItem>SVMC.Wcf.Diagnostics.JsonBodyInspector: POST /PatientService.svc/json/patients len=%d body=" % R.randint(300, 900),
            xesc_text("{\"__type\":\"PatientDto:#SVMC.Contracts\",\"BirthDate\":\""), P(jesc_ms(dotnet_date(p.dob)), "date"),
            xesc_text("\",\"FamilyName\":\""), P(xesc_text(jesc(p.family)), "name"), xesc_text("\",\"GivenName\":\""), P(xesc_text(jesc(p.given)), "name"),
            xesc_text("\",\"Mrn\":\""), P(p.mrn, "mrn"), xesc_text("\",\"PortalUrl\":\""), P(jesc_ms("https://myhealth.svmc.org/MyHealth/p/%s" % p.epi), "url"),
            xesc_text("\"}"), "</DataItem></TraceData>"]
    return [wcf("Verbose", 16, "SVMC.Wcf.Diagnostics", body)]


def p_clef():
    p = pt()
    k = R.randrange(4)
    src = pick(["SVMC.Ehr.CheckIn.KioskService", "SVMC.Ehr.Encounters.EncounterService", "SVMC.Ehr.Portal.Api"])
    if k == 0:
        props = [',"PatientName":"', P(jesc(p.first_last()), "name"), '","Mrn":"', P(p.mrn, "mrn"), '","Kiosk":"KIOSK-%s-%02d","CopayCents":%d' % (pick(["MAIN", "ORTHO", "CARD"]), R.randint(1, 9), pick([0, 2000, 2500, 4000]))]
        return [clef("Information", "Check-in completed for {PatientName} ({Mrn}) at {Kiosk}", props, src)]
    if k == 1:
        props = [',"Patient":{"Mrn":"', P(p.mrn, "mrn"), '","Name":"', P(jesc(p.last_first()), "name"), '","Dob":"', P(d_iso(p.dob), "date"),
                 '","Age":', age_seg(p), ',"Phone":"', P(fmt_phone(p.mobile, 1), "phone"), '","$type":"PatientSummary"},"Reason":"INSURANCE_VERIFICATION_FAILED"']
        return [clef("Warning", "Registration incomplete for {@Patient}: {Reason}", props, src)]
    if k == 2:
        dis = recent_date(3)
        props = [',"EncounterId":%s,"DischargeDate":"' % enc_no(), P(d_iso(dis), "date"), '","PatientId":"', P(p.epi, "mrn"),
                 '","Disposition":"%s","Attending":"%s %s, %s"' % (pick(["HOME", "SNF", "HOME HEALTH", "AMA"]), *clinician())]
        return [clef("Information", "Encounter {EncounterId} discharged on {DischargeDate} for {PatientId}", props, src)]
    props = [',"Email":"', P(p.email, "email"), '","RemoteIp":"', P(public_ip(), "ip"), '","UserAgent":"%s"' % pick(UA_MOBILE).replace("+", " ")]
    return [clef("Warning", "MFA challenge failed for {Email} from {RemoteIp}", props, src)]


def hl7_phone(d):
    return "(%s)%s-%s" % (d[:3], d[3:6], d[6:])


def dl_number(state):
    if state == "OH":
        return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + rdig(6)
    if state == "KY":
        return R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rdig(8)
    if state == "IN":
        return rdig(4) + "-" + rdig(2) + "-" + rdig(4)
    if state in ("MI", "FL"):
        return R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rdig(12)
    if state == "CA":
        return R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rdig(7)
    if state == "NY":
        return rdig(9)
    return rdig(8)


def hl7_fields(seg, n, fill):
    """Build an HL7 segment with fields 1..n; fill maps index -> list of segs."""
    out = [seg]
    for i in range(1, n + 1):
        out.append("|")
        out += segs_of(fill.get(i, ""))
    return out


def p_hl7():
    p = pt()
    sep = pick(["\\r", "<CR>", "\\x0D"])
    trig = pick(["A04", "A08", "A01", "A03"])
    ctl = "MSG" + rdig(8)
    c = clinician()
    msh = "MSH|^~\\&|REGADT|SVMC|SVMC_IF|SVMC|%s||ADT^%s^ADT_A01|%s|P|2.5.1" % (CLK.hl7(), trig, ctl)
    op = staff()
    evn = "EVN|%s|%s|||%s^%s^%s" % (trig, CLK.hl7(), op, op[1:].upper(), op[0].upper())
    addr = [P(p.street.upper(), "address"), "^"] + ([P(p.unit.upper(), "address")] if p.unit else []) + \
           ["^", P(p.city.upper(), "address"), "^%s^" % p.state, P(p.zip, "zip"), "^USA^H^^", P(p.county.upper(), "address")]
    pid = {1: "1", 3: [P(p.mrn, "mrn"), "^^^SVMC^MR~", P(p.epi, "mrn"), "^^^SVMCEPI^PI"], 5: [P(p.hl7_name(), "name")],
           7: [P(d_hl7(p.dob), "date")], 8: p.sex, 10: pick(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC", "2131-1^Other Race^CDCREC"]),
           11: addr, 13: [P(hl7_phone(p.phone), "phone"), "^PRN^PH~^NET^Internet^", P(p.email, "email")],
           15: pick(["ENG^English", "SPA^Spanish", "VIE^Vietnamese", "ARA^Arabic"]), 16: pick(["M", "S", "W", "D"]),
           18: [P(p.har, "account"), "^^^SVMC^AN"], 19: [P(p.ssn.replace("-", ""), "ssn")]}
    if chance(0.5):
        pid[6] = [P(pick(FAMILY).upper(), "name")]
    if chance(0.5):
        dl = dl_number(p.state)
        pid[20] = [P(dl, "license"), "^%s^%s" % (p.state, (TODAY + dt.timedelta(days=R.randint(100, 1800))).strftime("%Y%m%d"))]
    segs = [msh, sep, evn, sep] + hl7_fields("PID", 20, pid)
    nk1 = {1: "1", 2: [P("%s^%s" % (p.rel_family.upper(), p.rel_given.upper()), "name")], 3: "%s^%s^HL70063" % (p.rel_type, {"SPO": "Spouse", "MTH": "Mother", "FTH": "Father", "CHD": "Child", "SIS": "Sister", "BRO": "Brother", "DAU": "Daughter", "SON": "Son", "GRD": "Guardian"}[p.rel_type]),
           5: [P(hl7_phone(p.rel_phone), "phone")], 7: "EC^Emergency Contact^HL70131"}
    segs += [sep] + hl7_fields("NK1", 7, nk1)
    adm = CLK.t - dt.timedelta(hours=R.randint(1, 100))
    pv1 = {1: "1", 2: pick(["I", "E", "O"]), 3: "%s^%s^%s^SVMC" % (pick(["4W", "ICU", "ED", "3E", "L&D"]).replace("&", "\\T\\"), R.randint(100, 499), pick("AB")),
           7: "%s^%s^%s^^^^%s^^^^NPI" % (npi(), c[1].upper(), c[0].upper(), c[2]), 10: pick(["MED", "SUR", "CAR", "OBS"]),
           18: pick(["INP", "OBS", "ER"]), 19: "V" + rdig(9), 44: [P(adm.strftime("%Y%m%d%H%M"), "date")]}
    if trig == "A03":
        pv1[45] = [P(CLK.t.strftime("%Y%m%d%H%M"), "date")]
    segs += [sep] + hl7_fields("PV1", 45 if trig == "A03" else 44, pv1)
    if chance(0.7):
        pa = PAYER_ADDR[p.payer_code]
        ins_self = chance(0.5)
        in1 = {1: "1", 2: p.payer_code + "01", 3: rdig(5) + "^^^^NAIC", 4: p.payer.upper(), 5: "%s^^%s^%s^%s" % pa[:4],
               7: hl7_phone(pa[4]),
               8: p.group_no, 15: pick(["PPO", "HMO", "MCD", "MCR"]),
               16: [P(p.hl7_name() if ins_self else "%s^%s" % (p.rel_family.upper(), p.rel_given.upper()), "name")],
               17: "01" if not ins_self else "18", 36: [P(p.member_id, "health_plan")]}
        if ins_self:
            in1[18] = [P(d_hl7(p.dob), "date")]
        segs += [sep] + hl7_fields("IN1", 36, in1)
    if chance(0.5):
        gt1 = {1: "1", 2: [P(p.guar_acct, "account")], 3: [P(p.hl7_name(), "name")], 5: list(addr), 6: [P(hl7_phone(p.phone), "phone")], 11: "SEL^Self"}
        segs += [sep] + hl7_fields("GT1", 11, gt1)
    nbytes = len("".join(x if isinstance(x, str) else x[0] for x in segs).encode())
    head = "Received ADT^%s (%d bytes) from %s:%d: " % (trig, nbytes, pick(["10.20.8.31", "10.20.8.32"]), R.randint(49152, 65535))
    return [hl7svc("INFO", "ADT_IN", [head] + segs)]


def p_hl7_small():
    p = pt()
    k = R.randrange(3)
    if k == 0:
        return [hl7svc("ERROR", "ORU_LAB_IN", ["NAK AE: PID-3 ", P(p.mrn, "mrn"), " / PID-5 ", P(p.hl7_name(), "name"), " / PID-7 ", P(d_hl7(p.dob), "date"),
                                               " does not match registered demographics (registered DOB ", P(d_hl7(p.dob + dt.timedelta(days=R.choice([-365, 1, 30]))), "date"), ")"])]
    if k == 1:
        return [hl7svc("WARN", "SIU_IN", ["SIU^S12 appointment %s for " % rdig(8), P(p.mrn, "mrn"), " at ", P(CLK.t.strftime("%Y") + (TODAY + dt.timedelta(days=R.randint(1, 50))).strftime("%m%d") + "%02d%s" % (R.randint(7, 16), pick(["00", "15", "30", "45"])), "date"),
                                          " references unknown resource code %s; slot left unbooked" % pick(["MRI3T", "ECHO2", "PT-GYM"])])]
    return [hl7svc("INFO", "MDM_IN", ["TXA|1|DS|TX|%s||||||||DOC%s|||||AU||AV" % (CLK.hl7(), rdig(8)), " filed to chart ", P(p.mrn, "mrn"), " (", P(p.first_last().upper(), "name"), ")"])]


def zpl_wristband(p):
    x = lambda s: s  # ZPL ^FD takes raw text
    return ["^XA^CI28^PW1200^LH0,0^FO60,30^A0R,44,40^FD", P(x(p.last_first(upper=True, mid=False)), "name"), "^FS^FO110,30^A0R,34,30^FDMRN: ",
            P(p.mrn, "mrn"), "^FS^FO150,30^A0R,34,30^FDDOB: ", P(d_us(p.dob), "date"), "  ", age_seg(p, "%dY"), " (%s)^FS^FO190,30^A0R,30,28^FDAdm: %s  %s^FS^FO60,700^BQN,2,5^FDLA," % (p.sex, CLK.t.strftime("%m/%d/%Y"), pick(DEPARTMENTS)),
            P(p.mrn, "mrn"), "^FS^XZ"]


def p_print():
    p = pt()
    k = R.randrange(3)
    if k == 0:
        return [("print_service", ["%s DEBUG PrintRouter  raw job %d to %s (%d bytes): " % (CLK.log4net(), R.randint(10000, 99999), pick(["ZBR-ED-01", "ZBR-4W-02", "ZBR-NICU-01"]), R.randint(300, 900))] + zpl_wristband(p))]
    if k == 1:
        return [("print_service", ["%s INFO  PrintRouter  job=%d printer=PRN-REG-LX01 doc=\"FaceSheet_" % (CLK.log4net(), R.randint(10000, 99999)), P(ascii_fold(p.family).replace(" ", ""), "name"), "_",
                                   P(ascii_fold(p.given).replace(" ", ""), "name"), "_", P(p.mrn, "mrn"), ".pdf\" user=%s\\%s status=Spooled" % (DOMAIN, staff())])]
    return [("print_service", ["%s ERROR PrintRouter  specimen label failed: patient=\"" % CLK.log4net(), P(p.first_last(), "name"), "\" mrn=", P(p.mrn, "mrn"),
                               " acc=L%s printer ZBR-LAB-03 reports HEAD OPEN" % rdig(9)])]


def p_ps():
    p = pt()
    q = pt()
    k = R.randrange(2)
    if k == 0:
        lines = [("ps_transcript", ["PS D:\\Scripts> Invoke-Sqlcmd -ServerInstance EHRSQL01 -Database EHR_Prod -Query \"SELECT MRN, LastName, FirstName, BirthDate FROM dbo.Patient WHERE SSN = '",
                                    P(p.ssn, "ssn"), "'\""]),
                 ("ps_transcript", [""]),
                 ("ps_transcript", ["MRN      LastName             FirstName      BirthDate"]),
                 ("ps_transcript", ["---      --------             ---------      ---------"])]
        fam = p.family
        row = [P(p.mrn, "mrn"), " " * 1, P(fam, "name"), " " * max(1, 21 - len(fam)), P(p.given, "name"), " " * max(1, 15 - len(p.given)),
               P("%d/%d/%d 12:00:00 AM" % (p.dob.month, p.dob.day, p.dob.year), "date")]
        lines.append(("ps_transcript", row))
        return lines
    return [("ps_transcript", ["PS D:\\Scripts> .\\Resend-HL7.ps1 -Mrn ", P(q.mrn, "mrn"), " -Since '%s' -Channel ADT_OUT -WhatIf" % (CLK.t - dt.timedelta(days=1)).strftime("%Y-%m-%d")]),
            ("ps_transcript", ["What if: Performing the operation \"Resend\" on target \"A08 for ", P(q.last_first(upper=True), "name"), " (", P(q.mrn, "mrn"), ")\"."])]


def p_sccm():
    p = pt()
    k = R.randrange(2)
    u = staff()
    fn = ["C:\\Users\\%s\\Downloads\\Referral_" % u, P(ascii_fold(p.family).replace(" ", ""), "name"), "_", P(ascii_fold(p.given).replace(" ", ""), "name"), "_",
          P(d_iso(p.dob), "date"), ".pdf"]
    if k == 0:
        return [cmtrace(["Defender: file "] + fn + [" scanned, no threats (engine 1.1.24020.9, sig 1.407.%d.0)" % R.randint(100, 999)], "EndpointProtectionAgent", 1, "")]
    return [cmtrace(["SoftwareInventory: skipped non-executable file "] + fn + [" (size %d)" % R.randint(10 ** 4, 10 ** 6)], "FileSystemFile", 2, "fileinventory.cpp:%d" % R.randint(100, 900))]


def p_ehrapp():
    p = pt()
    k = R.randrange(10)
    c = clinician()
    if k == 0:
        return [ehrapp("INFO", "Ehr.Adt", ["discharge encounter=%s mrn=" % enc_no(), P(p.mrn, "mrn"), " pt_name=\"", P(p.last_first(), "name"), "\" age=", age_seg(p), " admit_dt=",
                                          P(d_iso(recent_date(20)), "date"), " disch_dt=", P(d_iso(TODAY), "date"), " disp=%s attending_npi=%s" % (pick(["01", "03", "06", "62"]), npi())])]
    if k == 1:
        o = old_pt()
        return [ehrapp("INFO", "Ehr.HIM", ["ROI request %s logged: requester=%s, patient " % ("ROI" + rdig(6), pick(["SSA DDS", "Patient", "Attorney", "Life insurer"])), P(o.first_last(), "name"),
                                          " age ", P(str(o.age), "age"), " dob ", P(d_us(o.dob), "date"), ", delivery=mail to ", *addr_segs(o)])]
    if k == 2:
        return [ehrapp("WARN", "Ehr.Registration", ["address validation (USPS) failed for pat_id=", P(p.epi, "mrn"), " line1=\"", P(p.full_addr(), "address"), "\" city=\"",
                                                    P(p.city, "address"), "\" county=\"", P(p.county + " County", "address"), "\" st=%s zip=" % p.state, P(p.zip, "zip"), " reason=DPV_NO_MATCH"])]
    if k == 3:
        url = pick(["https://www.caringbridge.org/visit/%s%s" % (ascii_fold(p.given).lower().replace(" ", ""), ascii_fold(p.family).lower().replace(" ", "").replace("'", "")),
                    "https://www.gofundme.com/f/help-%s-%s-with-medical-bills" % (ascii_fold(p.given).lower().replace(" ", "-"), ascii_fold(p.family).lower().replace(" ", "-").replace("'", ""))])
        return [ehrapp("INFO", "Ehr.SocialWork", ["sw_note_meta mrn=", P(p.mrn, "mrn"), " family_contact=\"", P(p.rel_given + " " + p.rel_family, "name"), "\" contact_phone=",
                                                  P(fmt_phone(p.rel_phone, 1), "phone"), " external_link=", P(url, "url"), " author=\"%s %s, LISW\"" % (c[0], c[1])])]
    if k == 4:
        appt = TODAY + dt.timedelta(days=R.randint(1, 14))
        link = "https://myhealth.svmc.org/MyHealth/a/confirm?pid=%s&appt=%s&t=%s" % (p.epi, rdig(8), rhex(16))
        return [ehrapp("INFO", "Ehr.Notifications", ["reminder queued to=", P(p.email, "email"), " appt_date=", P(d_iso(appt), "date"), " link=", P(link, "url"),
                                                     " template=APPT_REMIND_72H sender=noreply@svmc.org"])]
    if k == 5:
        dod = TODAY - dt.timedelta(days=R.randint(1, 3))
        return [ehrapp("INFO", "Ehr.Adt", ["expired flag set mrn=", P(p.mrn, "mrn"), " deceased_dt=", P(dod.strftime("%Y-%m-%d") + " %02d:%02d" % (R.randint(0, 23), R.randint(0, 59)), "date"),
                                           " organ_procurement_ref=LOOP-%s notified_by=%s\\%s" % (rdig(6), DOMAIN, staff())])]
    if k == 6:
        o = old_pt()
        return [ehrapp("WARN", "Ehr.Pharmacy", ["renal dose check: pt ", P(o.last_first(upper=True), "name"), " (", P(o.mrn, "mrn"), ") ", P("%dY" % o.age, "age"),
                                                " CrCl %d mL/min, order %s held for pharmacist; verifying %s %s, %s" % (R.randint(10, 40), order_no(), c[0], c[1], c[2])])]
    if k == 7:
        s = ssn(pick(["dash", "none", "space"]))
        return [ehrapp("ERROR", "Ehr.Registration", ["duplicate check failed: incoming ssn=", P(s, "ssn"), " already on file for mrn=", P(p.mrn, "mrn"), " (", P(p.first_last(), "name"), ")"])]
    if k == 8:
        return [ehrapp("INFO", "Ehr.Registration", ["demographics updated pat_id=", P(p.epi, "mrn"), " field=MobilePhone old=", P(fmt_phone(p.phone, 4), "phone"), " new=",
                                                    P(fmt_phone(p.mobile, 4), "phone"), " by=%s\\%s" % (DOMAIN, staff())])]
    return [ehrapp("INFO", "Ehr.Scheduling", ["appt booked id=%s mrn=" % rdig(9), P(p.mrn, "mrn"), " when=", P(d_iso(TODAY + dt.timedelta(days=R.randint(1, 90))) + "T%02d:%s" % (R.randint(7, 16), pick(["00", "20", "40"])), "date"),
                                              " dept=%s prov=\"%s %s, %s\" guarantor=\"" % (pick(DEPARTMENTS), c[0], c[1], c[2]), P(p.rel_family.upper() + ", " + p.rel_given.upper(), "name"), "\""])]


def p_fax():
    p = pt()
    fx = phone_digits(p.state)
    k = R.randrange(2)
    if k == 0:
        return [("fax_service", ["%s FaxGateway OUT job=%d to=" % (CLK.log4net(), R.randint(10000, 99999)), P(fmt_phone(fx, 1), "fax"), " (patient home fax, ROI ", "ROI" + rdig(6),
                                 ") recipient=\"", P(p.first_last(), "name"), "\" pages=%d result=Success" % R.randint(2, 60)])]
    return [("fax_service", ["%s FaxGateway IN  job=%d from_csid=\"" % (CLK.log4net(), R.randint(10000, 99999)), P(fx, "fax"), "\" ani=", P(fx, "fax"),
                             " pages=%d cover_text=\"Records request - " % R.randint(1, 5), P(p.first_last(), "name"), " DOB ", P(d_us(p.dob), "date"), "\" routed_to=HIM_ROI_QUEUE"])]


def fmr_template():
    head = b"FMR\x00 20\x00" + bytes([0, 0, 1, R.randrange(256)]) + bytes([0, 0, 1, 0xF4, 1, 0xF4, 0, 0xC5, 0, 0xC5, 1, 0, 0, 0, 0x64, R.randint(20, 40)])
    body = bytes(R.randrange(256) for _ in range(R.randint(120, 260)))
    return base64.b64encode(head + body).decode()


def p_bio():
    p = pt()
    k = R.randrange(3)
    if k == 0:
        return [("biometric_service", ["%s INFO  BioEnroll  enroll ok mrn=" % CLK.nlog(), P(p.mrn, "mrn"), " finger=R_INDEX quality=%d format=ISO19794-2 template=" % R.randint(40, 99),
                                       P(fmr_template(), "biometric"), " device=%s" % pick(["U.are.U 5300 #K2L8", "SecuGen HU20 #S1109"])])]
    if k == 1:
        tpl = base64.b64encode(b"PVT1" + bytes(R.randrange(256) for _ in range(R.randint(90, 160)))).decode()
        return [("biometric_service", ['%s DEBUG PalmVein  {"op":"identify","candidate":{"patientId":"' % CLK.nlog(), P(p.epi, "mrn"), '","name":"', P(jesc(p.last_first()), "name"),
                                       '"},"score":0.%d,"probe":"' % R.randint(90, 99), P(tpl.replace("/", "\\/"), "biometric"), '","kiosk":"REG-ED-02"}'])]
    vp = base64.b64encode(b"VPRT" + bytes(R.randrange(256) for _ in range(R.randint(60, 120)))).decode()
    return [("biometric_service", ["%s WARN  VoiceAuth  IVR voiceprint mismatch for account " % CLK.nlog(), P(p.guar_acct, "account"), " caller ", P(fmt_phone(p.phone, 3), "phone"),
                                   " enrolled_print=", P(vp, "biometric"), " score=0.%02d" % R.randint(10, 60)])]


def jpeg_b64(n):
    hdr = bytes.fromhex("FFD8FFE000104A46494600010101004800480000FFDB004300")
    body = bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(hdr + body + b"\xff\xd9").decode()


def p_photo():
    p = pt()
    k = R.randrange(2)
    if k == 0:
        uri = "data:image/jpeg;base64," + jpeg_b64(R.randint(300, 700))
        return [clef("Debug", "Patient photo captured for {Mrn} at {Station}", [',"Mrn":"', P(p.mrn, "mrn"), '","Station":"REG-%02d","PhotoDataUri":"' % R.randint(1, 12),
                                                                               P(uri, "photo"), '","Bytes":%d' % R.randint(20000, 90000)], "SVMC.Ehr.Registration.PhotoCapture")]
    b = jpeg_b64(R.randint(300, 700)).replace("/", "\\/")
    return [log4net("DEBUG", "SVMC.Ehr.Web.Api.PatientPhotoController",
                    ["PUT /api/patients/%s/photo payload={\"PatientId\":\"" % p.epi, P(p.epi, "mrn"), "\",\"ContentType\":\"image\\/jpeg\",\"PhotoBase64\":\"",
                     P(b, "photo"), "\",\"CapturedBy\":\"%s\"}" % staff()])]


def p_rpm():
    p = pt()
    k = R.randrange(3)
    if k == 0:
        return [("rpm_gateway", ["%s [RPMGW01] device registered: patient=" % CLK.iso_off(), P(p.epi, "mrn"), " model=%s serial=" % pick(["BodyTrace BT105", "Tenovi Gateway", "Smart Meter iBox"]),
                                 P(pick(["BT", "TNV", "SMI"]) + rdig(9), "device"), " imei=", P(imei(), "device"), " iccid=", P("8901260" + rdig(12), "device"), " fw=%d.%d.%d" % (R.randint(1, 4), R.randint(0, 9), R.randint(0, 30))])]
    if k == 1:
        return [("rpm_gateway", ["%s [RPMGW01] reading bp=%d/%d hr=%d from hub mac=" % (CLK.iso_off(), R.randint(100, 180), R.randint(60, 110), R.randint(50, 110)), P(mac(pick([":", "-"])), "device"),
                                 " src_ip=", P(public_ip(), "ip"), " patient=", P(p.mrn, "mrn"), " home_phone=", P(p.phone, "phone")])]
    udi = "(01)%s(17)%s(10)%s(21)%s" % ("00" + rdig(12), (TODAY + dt.timedelta(days=R.randint(200, 900))).strftime("%y%m%d"), "L" + rdig(6), pick(["PJN", "RNB", "NWR"]) + rdig(6) + pick("HSG"))
    return [("rpm_gateway", ["%s [RPMGW01] implant remote interrogation received for " % CLK.iso_off(), P(p.last_first(), "name"), " (MRN ", P(p.mrn, "mrn"),
                             ") udi=", P(udi, "device"), " implant_date=", P(d_iso(recent_date(2000, -200)), "date"), " battery=%d%% alerts=%d" % (R.randint(20, 100), R.randint(0, 3))])]


def p_billing():
    p = pt()
    k = R.randrange(4)
    if k == 0:
        cn = card_number()
        return [("billing_service", ["%s ERROR Payments.Gateway  tokenization failed, raw request logged: {\"guarantorAccount\":\"" % CLK.log4net(), P(p.guar_acct, "account"),
                                     "\",\"cardholder\":\"", P(jesc(p.first_last()), "name"), "\",\"pan\":\"", P(cn if chance(0.5) else fmt_card(cn), "account"),
                                     "\",\"exp\":\"%02d/%02d\",\"zip\":\"" % (R.randint(1, 12), R.randint(25, 30)), P(p.zip, "zip"), "\",\"amount\":%d.%02d}" % (R.randint(5, 900), R.randrange(100))])]
    if k == 1:
        return [("billing_service", ["%s INFO  Payments.ACH  payment plan draft scheduled: HAR " % CLK.log4net(), P(p.har, "account"), " routing=0%s acct=" % rdig(8), P(rdig(R.randint(8, 12)), "account"),
                                     " holder=\"", P(p.rel_given + " " + p.rel_family, "name"), "\" amount=%d.00 first_draft=%s" % (pick([25, 50, 75, 100]), (TODAY + dt.timedelta(days=14)).isoformat())])]
    if k == 2:
        return [("billing_service", ["%s INFO  Payments.Intl  wire received for international patient " % CLK.log4net(), P(p.first_last(), "name"), " IBAN ", P(iban(), "account"),
                                     " amount EUR %d.00 ref INV-%s" % (R.randint(500, 40000), rdig(7))])]
    return [("billing_service", ["%s WARN  Statements.Print  returned mail for guarantor " % CLK.log4net(), P(p.guar_acct, "account"), " ", P(p.last_first(upper=True, mid=False), "name"),
                                 " at ", *addr_segs(p, upper=True), "; flag BAD_ADDR set"])]


def plate(state):
    if state == "OH":
        return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + " " + rdig(4)
    if state == "CA":
        return str(R.randint(5, 9)) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + rdig(3)
    return rdig(3) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))


def p_vehicle():
    p = pt()
    k = R.randrange(2)
    if k == 0:
        return [ehrapp("INFO", "Ehr.TraumaRegistry", ["mvc occupant record mrn=", P(p.mrn, "mrn"), " arrival=", P(CLK.t.strftime("%Y-%m-%d"), "date"), " vehicle_vin=", P(vin(), "vehicle"),
                                                      " plate=", P(plate(p.state), "vehicle"), " plate_state=%s auto_carrier=%s claim=%s" % (p.state, pick(["Progressive", "State Farm", "Erie", "Grange"]), rdig(10))])]
    return [("parking_service", ["%s ParkingValidation: valet ticket %d vehicle " % (CLK.iso_sp(), R.randint(10000, 99999)), P(plate(p.state), "vehicle"), " (%s) validated for patient " % p.state,
                                 P(p.first_last(), "name"), " visit %s; garage B level %d" % (enc_no(), R.randint(1, 5))])]


def aamva(p, dl):
    nl = "\\n"
    fam = ascii_fold(p.family).upper()
    giv = ascii_fold(p.given).upper()
    segs = ["@" + nl + "\\x1e\\rANSI 6360230801DL00410278ZO03190008DL", "DAQ", P(dl, "license"), nl, "DCS", P(fam, "name"), nl, "DAC", P(giv, "name"), nl,
            "DAD", P(p.middle.upper() or "NONE", "name") if p.middle else "NONE", nl, "DBD%s" % (TODAY - dt.timedelta(days=R.randint(100, 1500))).strftime("%m%d%Y"), nl,
            "DBB", P(p.dob.strftime("%m%d%Y"), "date"), nl, "DBA%s" % (TODAY + dt.timedelta(days=R.randint(100, 1500))).strftime("%m%d%Y"), nl,
            "DBC%s" % ("1" if p.sex == "M" else "2"), nl, "DAYBRO", nl, "DAU0%d%d in" % (R.randint(5, 6), R.randint(0, 9)), nl,
            "DAG", P(ascii_fold(p.street).upper(), "address"), nl, "DAI", P(p.city.upper(), "address"), nl, "DAJ%s" % p.state, nl,
            "DAK", P(p.zip + "0000" if len(p.zip) == 5 else p.zip, "zip"), nl, "DCF", P(rdig(20), "license"), nl, "DCGUSA"]
    return segs


def p_license():
    p = pt()
    dl = dl_number(p.state)
    k = R.randrange(2)
    if k == 0:
        return [nlog("Debug", "SVMC.Registration.IdScanService", ["PDF417 decoded (%d bytes) raw=" % R.randint(250, 400)] + aamva(p, dl))]
    return [ehrapp("INFO", "Ehr.Registration", ["photo id verified pat_id=", P(p.epi, "mrn"), " id_type=DL id_state=%s id_num=" % p.state, P(dl, "license"),
                                                " exp=%s verified_by=%s\\%s" % ((TODAY + dt.timedelta(days=R.randint(100, 1500))).isoformat(), DOMAIN, staff())])]


def p_intl():
    p = pt()
    k = R.randrange(4)
    if k == 0:
        g, f = pick([("María José", "Hernández-López"), ("Rigoberto", "Castillo"), ("Guadalupe", "Reyes"), ("Luis Ángel", "Gutiérrez")])
        dob = dt.date(R.randint(1950, 2005), R.randint(1, 12), R.randint(1, 28))
        return [ehrapp("INFO", "Ehr.Registration", ["intl patient registered mrn=", P(p.mrn, "mrn"), " name=\"", P("%s %s" % (g, f), "name"), "\" curp=",
                                                    P(curp(g, f, dob, pick("MF")), "other_id"), " dob=", P(d_iso(dob), "date"), " passport=", P("G" + rdig(8), "other_id"), " country=MX"])]
    if k == 1:
        return [entlib("Information", "Registration", "IntlPatient", ["International self-pay estimate created"],
                       ["PatientId - ", P(p.mrn, "mrn"), "; NHSNumber - ", P(nhs_number(), "other_id"), "; HomeCountry - GB; Passport - ", P(rdig(9), "other_id")])]
    if k == 2:
        return [nlog("Info", "SVMC.Portal.Web.Controllers.RegistrationController",
                     ["Pre-registration received: national_id_type=AADHAAR national_id=", P("%d %s %s" % (R.randint(2, 9) * 1000 + R.randint(0, 999), rdig(4), rdig(4)), "other_id"),
                      " email=", P(p.email, "email"), " mobile=", P("+91 " + str(R.randint(6, 9)) + rdig(4) + " " + rdig(5), "phone")])]
    ohip = rdig(10)
    return [log4net("WARN", "SVMC.Eligibility.X12Client", ["Out-of-country coverage: OHIP health number ", P("%s-%s-%s-%s" % (ohip[:4], ohip[4:7], ohip[7:], R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")), "health_plan"),
                                                            " for ", P(p.first_last(), "name"), "; no 270 available, route to intl billing"])]


def p_medicare():
    p = pick([x for x in PATIENTS if x.mbi])
    m = p.mbi or mbi()
    k = R.randrange(2)
    if k == 0:
        return [log4net("INFO", "SVMC.Eligibility.X12Client", ["HETS 271: MBI ", P(mbi(dashes=True) if chance(0.4) else m, "health_plan"), " Part A eff ", (TODAY - dt.timedelta(days=R.randint(100, 9000))).strftime("%Y%m%d"),
                                                               ", Part B active, MA plan H%s; beneficiary " % rdig(4), P(p.last_first(upper=True), "name"), " DOB ", P(d_hl7(p.dob), "date")])]
    mcd = rdig(12)
    return [ehrapp("INFO", "Ehr.Eligibility", ["medicaid_id=", P(mcd, "health_plan"), " mco=%s member_name=\"" % pick(["CareSource", "Buckeye", "Molina", "AmeriHealth Caritas OH"]), P(p.first_last(), "name"),
                                               "\" redetermination_due=%s" % (TODAY + dt.timedelta(days=R.randint(10, 300))).isoformat()])]


def p_age():
    o = old_pt()
    k = R.randrange(4)
    c = clinician()
    if k == 0:
        return [log4net("WARN", "SVMC.Orders.OrderRouter", ["Beers criteria alert for ", P(o.last_first(), "name"), ", ", P(str(o.age), "age"),
                                                             " y.o. %s: %s ordered by %s %s, %s (order %s)" % (o.sex, pick(["diphenhydramine 25 mg", "zolpidem 5 mg", "glyburide 5 mg", "amitriptyline 10 mg"]), c[0], c[1], c[2], order_no())])]
    if k == 1:
        return [evt_tab("Information", "SVMC.Adt.Interface", 3050, "None", ["Bed assigned %s-%d for MRN " % (pick(["4W", "3E", "ICU"]), R.randint(100, 499)), P(o.mrn, "mrn"),
                                                                          " (%s/" % o.sex, P(str(o.age), "age"), "), fall precautions, isolation=%s" % pick(["NONE", "CONTACT", "DROPLET"])])]
    if k == 2:
        return [clef("Information", "Advance directive on file for {Mrn} (age {Age})", [',"Mrn":"', P(o.mrn, "mrn"), '","Age":', P(str(o.age), "age"),
                                                                                      ',"DirectiveType":"%s","ScannedDocId":%d' % (pick(["DNR", "POLST", "HCPOA"]), R.randint(10 ** 6, 10 ** 7))], "SVMC.Ehr.Documents.DirectiveService")]
    return [ehrapp("INFO", "Ehr.Census", ["centenarian/nonagenarian report row: mrn=", P(o.mrn, "mrn"), " name=\"", P(o.first_last(), "name"), "\" Age: ", P(str(o.age), "age"),
                                          " unit=%s los_days=%d" % (pick(DEPARTMENTS), R.randint(1, 30))])]


PHI_GENS = [(p_age, 4), (p_iis, 12), (p_evt_text, 11), (p_evt_xml, 7), (p_sqlerr, 5), (p_deadlock, 2), (p_log4net, 13), (p_nlog, 9),
            (p_entlib, 5), (p_wcf, 5), (p_clef, 7), (p_hl7, 7), (p_hl7_small, 5), (p_print, 6), (p_ps, 2), (p_sccm, 3),
            (p_ehrapp, 14), (p_fax, 4), (p_bio, 4), (p_photo, 3), (p_rpm, 4), (p_billing, 5), (p_vehicle, 4), (p_license, 3),
            (p_intl, 4), (p_medicare, 4)]


# ----------------------------------------------------------------------------
# assembly, writing and checks
# ----------------------------------------------------------------------------
class Deck:
    """Draw generators without replacement from a shuffled deck holding each
    generator `weight` times (refilled when empty): every generator appears
    about as often as its weight, with no long droughts."""

    def __init__(self, gens):
        self.gens = gens
        self.cards = []

    def draw(self):
        if not self.cards:
            self.cards = [g for g, w in self.gens for _ in range(w)]
            R.shuffle(self.cards)
        return self.cards.pop()


def generate():
    out = []
    clean = 0
    headers_done = [0]
    noise_deck, phi_deck = Deck(NOISE_GENS), Deck(PHI_GENS)
    # start of day: IIS log header, like a fresh u_ex file
    for fam, segs in n_iis_header():
        out.append(build(fam, segs))
        clean += 1
    while len(out) < N_LINES:
        CLK.tick()
        want_clean = clean < TARGET_CLEAN * (len(out) + 1) - 1 or (clean < TARGET_CLEAN * (len(out) + 1) + 2 and chance(0.5))
        gen = (noise_deck if want_clean else phi_deck).draw()
        if gen is n_iis_header:
            headers_done[0] += 1
            if headers_done[0] > 2:
                gen = n_iis
        block = gen()
        for fam, segs in block:
            if len(out) >= N_LINES:
                break
            line = build(fam, segs)
            if gen.__name__.startswith("n_"):
                assert not line[2], (gen.__name__, line)
            out.append(line)
            if not line[2]:
                clean += 1
            step(0, 40)
    return out


def write(out):
    with open(LOG_PATH, "wb") as f:
        for _, line, _ in out:
            f.write(line + b"\n")
    with open(LAB_PATH, "w", encoding="utf-8", newline="\n") as f:
        for i, (fam, _, spans) in enumerate(out, 1):
            rec = {"line": i, "family": fam, "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def check(out):
    data = open(LOG_PATH, "rb").read()
    assert data.endswith(b"\n")
    lines = data.split(b"\n")[:-1]
    assert len(lines) == N_LINES, len(lines)
    labs = [json.loads(l) for l in open(LAB_PATH, encoding="utf-8")]
    assert len(labs) == N_LINES
    data.decode("utf-8")
    counts = {}
    clean = 0
    for i, (line, lab, (fam, mline, spans)) in enumerate(zip(lines, labs, out), 1):
        assert line == mline
        assert lab["line"] == i and lab["family"] == fam
        assert len(line) <= 20000, (i, len(line))
        assert b"\r" not in line
        prev_e = -1
        for sp, lsp in zip(spans, lab["spans"]):
            s, e = lsp["s"], lsp["e"]
            assert 0 <= s < e <= len(line), (i, lsp)
            assert s >= prev_e, ("overlap", i, lsp)
            prev_e = e
            assert line[s:e] == sp["_v"], (i, line[s:e], sp["_v"])
            assert lsp["cat"] in CATS
            got = line[s:e].decode("utf-8")          # spans cut on character boundaries
            assert got == got.strip() and got, (i, got)
            counts[lsp["cat"]] = counts.get(lsp["cat"], 0) + 1
        if not lab["spans"]:
            clean += 1
    # value-level sanity of synthetic identifiers
    for (fam, line, spans) in out:
        for sp in spans:
            v = sp["_v"].decode()
            if sp["cat"] == "ssn":
                d = v.replace("-", "").replace(" ", "")
                assert len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000", v
            if sp["cat"] == "vehicle" and len(v) == 17:
                total = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W))
                assert (total % 11) == (10 if v[8] == "X" else int(v[8])), v
            if sp["cat"] == "phone" and v.replace("-", "").isdigit() and len(v.replace("-", "")) == 10:
                assert v[0] in "23456789", v
            if sp["cat"] == "account" and v.replace(" ", "").isdigit() and len(v.replace(" ", "")) in (15, 16) and v[0] in "3456":
                assert luhn_ok(v.replace(" ", "")), v
            if sp["cat"] == "ip":
                assert not v.startswith(("10.", "192.168.", "127.", "172.1", "172.2", "172.3", "192.0.2.", "198.51.100.", "203.0.113.")), v
            if sp["cat"] == "age":
                assert int("".join(c for c in v if c.isdigit())) > 89, v
    return counts, clean


def main():
    out = generate()
    write(out)
    counts, clean = check(out)
    md5 = lambda p: hashlib.md5(open(p, "rb").read()).hexdigest()
    print("lines: %d  clean: %d (%.1f%%)  spans: %d" % (N_LINES, clean, 100.0 * clean / N_LINES, sum(counts.values())))
    for c in sorted(CATS):
        print("  %-12s %d" % (c, counts.get(c, 0)))
    fams = {}
    for fam, _, sp in out:
        fams[fam] = fams.get(fam, 0) + 1
    print("families:", ", ".join("%s=%d" % kv for kv in sorted(fams.items())))
    print("md5 bq.log          ", md5(LOG_PATH))
    print("md5 bq.labels.jsonl ", md5(LAB_PATH))
    missing = [c for c in CATS if not counts.get(c)]
    assert not missing, missing
    assert abs(clean / N_LINES - TARGET_CLEAN) < 0.03, clean


if __name__ == "__main__":
    main()
