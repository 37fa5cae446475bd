#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus (optometry / optical retail chain).

Writes gr.log and gr.labels.jsonl next to this file. Standard library only.
Every line is built by concatenation; PHI values are recorded with byte offsets
as they are appended, and every span is asserted afterwards.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import uuid

random.seed(20240514)
R = random

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "gr"
N_LINES = 500
N_PHI = 225  # lines with PHI -> 55% without

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


# --------------------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += str(s).encode("utf-8")
        return self

    def p(self, s, cat):
        assert cat in CATS, cat
        b = str(s).encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, b))
        return self

    def v(self, s, cat=None):
        return self.p(s, cat) if cat else self.t(s)


class P:
    """A PHI leaf value for the JSON writer."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def jw(L, obj, sep=(",", ":"), ascii_only=False):
    if isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=ascii_only))
            L.t(sep[1])
            jw(L, v, sep, ascii_only)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(sep[0])
            jw(L, v, sep, ascii_only)
        L.t("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, str):
            L.t('"').p(json.dumps(obj.v, ensure_ascii=ascii_only)[1:-1], obj.cat).t('"')
        else:
            L.p(json.dumps(obj.v), obj.cat)
    else:
        L.t(json.dumps(obj, ensure_ascii=ascii_only))


# --------------------------------------------------------------------------- helpers
def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def luhn_digit(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def card_pan(brand):
    if brand == "VISA":
        body = "4" + digits(14)
    elif brand == "MC":
        body = "5" + R.choice("12345") + digits(13)
    elif brand == "AMEX":
        body = "3" + R.choice("47") + digits(12)
    else:
        body = "6011" + digits(11)
    return body + luhn_digit(body)


def npi():
    base = R.choice("12") + digits(8)
    return base + luhn_digit("80840" + base)


def imei():
    body = R.choice(["35", "86", "01"]) + digits(12)
    return body + luhn_digit(body)


def gtin14():
    body = "0" + R.choice(["0380652", "5050474", "0884838"]) + digits(5)
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - s % 10) % 10)


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1HG", "2T1", "1FT", "3VW", "5YJ", "JTD", "KMH"])
    v = list(wmi + "".join(R.choice(al) for _ in range(5)) + "0" + R.choice("LMNPR") +
             R.choice("ABCDEFGH0123456789") + digits(6))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    c = s % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(an) + R.choice("0123456789") +
            R.choice(MBI_A) + R.choice(an) + R.choice("0123456789") + R.choice(MBI_A) +
            R.choice(MBI_A) + R.choice("0123456789") + R.choice("0123456789"))


def ssn():
    while True:
        a = R.randint(101, 665)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def uid4():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def dicom_uid(root="1.2.276.0.75.2.2.42"):
    return f"{root}.{R.randint(10**9, 10**10)}.{R.randint(10**5, 10**6)}.{R.randint(1, 999)}"


def public_ip():
    while True:
        a = R.choice([23, 24, 45, 47, 50, 64, 66, 67, 68, 69, 71, 73, 74, 75, 76, 96, 97, 98,
                      99, 107, 108, 136, 162, 173, 174, 184, 199, 204, 207, 208, 209])
        return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def public_ip6():
    return f"2600:{R.randint(0x1700, 0x1f00):x}:{hexs(4).lstrip('0') or '0'}:{hexs(4).lstrip('0') or '0'}::{R.randint(2, 0xffff):x}"


def priv_ip():
    k = R.randrange(3)
    if k == 0:
        return f"10.{R.randint(0, 60)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    if k == 1:
        return f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}"
    return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}"


def rx_val(lo=-6.0, hi=4.0):
    v = R.randint(int(lo * 4), int(hi * 4)) / 4
    return f"{v:+.2f}" if v else "PL"


def cyl():
    return f"-{R.randint(1, 10) / 4:.2f}"


# --------------------------------------------------------------------------- clock
CLOCK = dt.datetime(2024, 5, 13, 7, 38, 4)
MS = 0
TZ = "-05:00"


def tick():
    global CLOCK, MS
    CLOCK += dt.timedelta(seconds=R.randint(4, 420))
    if CLOCK.hour >= 21:
        CLOCK = (CLOCK + dt.timedelta(days=1)).replace(hour=7, minute=R.randint(0, 40))
    MS = R.randint(0, 999)


def utc():
    return CLOCK + dt.timedelta(hours=5, microseconds=MS * 1000)


def ts_l4n():
    return CLOCK.strftime("%Y-%m-%d %H:%M:%S") + f",{MS:03d}"


def ts_dot():
    return CLOCK.strftime("%Y-%m-%d %H:%M:%S") + f".{MS:03d}"


def ts_serilog():
    return ts_dot() + " " + TZ


def ts_clef():
    return utc().strftime("%Y-%m-%dT%H:%M:%S") + f".{MS:03d}{R.randint(0, 9999):04d}Z"


def ts_isoz():
    return utc().strftime("%Y-%m-%dT%H:%M:%S") + f".{MS:03d}Z"


def ts_iso_local():
    return CLOCK.strftime("%Y-%m-%dT%H:%M:%S") + f".{MS:03d}{TZ}"


def epoch_ms():
    return int((utc() - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def ts_nginx():
    return CLOCK.strftime("%d/%b/%Y:%H:%M:%S") + " -0500"


def ts_syslog():
    return CLOCK.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if CLOCK.day < 10 else CLOCK.strftime("%b %d %H:%M:%S")


def today():
    return CLOCK.date()


# --------------------------------------------------------------------------- reference data
FIRST_F = ["Anita", "Haruka", "Oluwaseun", "Siobhan", "Priyanka", "Thanh Huong", "Fatima", "Ingrid",
           "Mei-Ling", "Aigerim", "Leilani", "Zofia", "Chloé", "Dolores", "Eleanor", "Bernadette",
           "Ayesha", "Giulia", "Ewa", "Ximena", "Svetlana", "Mirela", "Thandiwe", "Rosalind", "Agnes",
           "Gertrude", "Nour", "Yasmin", "Camila", "Hana", "Marisol", "Birgit"]
FIRST_M = ["Haruto", "Mateo", "Dmitri", "Kwame", "Tomasz", "Rafael", "Yusuf", "Björn", "José", "Søren",
           "Harold", "Kofi", "Hamid", "Nikolai", "Tariq", "Declan", "Nnamdi", "Hyun-woo", "Walter",
           "Arjun", "Emeka", "Luca", "Santiago", "Mustafa", "Chidi", "Rangi", "Ivan", "Bao", "Lorenzo"]
LAST = ["Kowalczyk", "Ishikawa", "Adeyemi", "Fernández", "O'Callaghan", "Volkov", "Raghunathan",
        "Nguyễn", "Haddad", "Morales", "Lindqvist", "Mensah", "Chen", "Wiśniewski", "Oliveira",
        "Kahananui", "Demir", "Nowak", "Åberg", "García-Márquez", "Dubois", "Thorsen", "Whitfield",
        "Okonkwo", "Siddiqui", "Petrov", "Rossi", "Al-Masri", "Park", "Dlamini", "Goldberg",
        "Castellanos", "Fitzgerald", "Yamamoto", "Van der Berg", "Kapoor", "Szabó", "Achterberg",
        "Mwangi", "Bergström"]
STREETS = ["Elm St", "Maple Ave", "N Grand Ave", "Lakeview Dr", "Cedar Ln", "Prairie Rd", "Jefferson St",
           "W Monroe St", "Sangamon Ave", "Oak Park Blvd", "Willow Creek Ct", "Meadowbrook Dr",
           "S 6th St", "E Washington St", "Kingsley Ave", "Fox River Rd", "Harbor Point Dr", "Linden Ter",
           "Birchwood Way", "W Lawrence Ave", "Chatham Rd", "N Milwaukee Ave", "Bluff St", "Orchard Hill Ln"]
CITIES = [("Springfield", "IL", "62704", "217"), ("Naperville", "IL", "60540", "630"),
          ("Joliet", "IL", "60435", "815"), ("Peoria", "IL", "61604", "309"),
          ("Madison", "WI", "53703", "608"), ("Milwaukee", "WI", "53207", "414"),
          ("Gary", "IN", "46403", "219"), ("Des Moines", "IA", "50310", "515"),
          ("Evanston", "IL", "60201", "847"), ("Kenosha", "WI", "53142", "262"),
          ("Green Bay", "WI", "54301", "920"), ("Cedar Rapids", "IA", "52402", "319"),
          ("Fort Wayne", "IN", "46805", "260"), ("South Bend", "IN", "46617", "574"),
          ("Chicago", "IL", "60625", "773"), ("Rockford", "IL", "61107", "815")]
MAIL = ["example.com", "example.net", "example.org", "mail.example.com", "inbox.example.net"]

STORES = [("0412", "Springfield - Wabash Ave", "2901 Wabash Ave", "Springfield", "IL", "62704", "(217) 555-0100"),
          ("0187", "Naperville Crossings", "1540 N Route 59", "Naperville", "IL", "60563", "(630) 555-0110"),
          ("0233", "Madison East Towne", "89 East Towne Mall", "Madison", "WI", "53704", "(608) 555-0120"),
          ("0309", "Chicago Lincoln Square", "4745 N Lincoln Ave", "Chicago", "IL", "60625", "(773) 555-0130")]
DOCTORS = [("Priya", "Raman", "OD"), ("Marcus", "Feldman", "OD"), ("Aiko", "Tanabe", "MD"),
           ("Olumide", "Bakare", "OD"), ("Renata", "Sokolova", "OD")]
DOC_NPI = {d[1]: npi() for d in DOCTORS}
STAFF_USERS = ["jtrevino", "kmaddox", "ssaleh", "bwu", "dpaterson", "lortega", "front.desk.0412", "optician.0187"]
STAFF_NAMES = ["Luis Ortega", "Kayla Maddox", "Samir Saleh", "Brenda Wu", "Dana Paterson"]

REFR_INSTR = [("NIDEK", "ARK-1s", "3210457", 1), ("TOPCON", "KR-800", "8821043", 2),
              ("NIDEK", "TONOREF III", "4410983", 3), ("TOPCON", "CL-300", "7731260", 4)]
IMG_INSTR = [("Carl Zeiss Meditec", "CIRRUS HD-OCT 6000", "6000-11872", "CIRRUS_L2", "OPT"),
             ("TOPCON", "TRC-NW400", "1430992", "NW400_L1", "OP"),
             ("Optos", "Daytona", "DT-20871", "OPTOS_L3", "OP"),
             ("Heidelberg Engineering", "SPECTRALIS", "SP-45120", "SPECT_L4", "OPT")]
PAYERS = ["VSP", "EYEMED", "DAVIS", "MEDICARE", "MEDICAID"]
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
       "Mozilla/5.0 (iPad; CPU OS 16_7_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1"]
SHOP = "shop.northlake-optical.com"


# --------------------------------------------------------------------------- people
class Person:
    pass


REF_DAY = dt.date(2024, 5, 14)


def mk_person(i):
    p = Person()
    female = R.random() < 0.55
    p.first = R.choice(FIRST_F if female else FIRST_M)
    p.last = R.choice(LAST)
    p.sex = "F" if female else "M"
    if i % 6 == 0:
        y = R.randint(1925, 1933)           # over 89
    elif i % 6 == 1:
        y = R.randint(2008, 2019)           # minors
    else:
        y = R.randint(1942, 2002)
    p.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
    p.age = REF_DAY.year - y - ((REF_DAY.month, REF_DAY.day) < (p.dob.month, p.dob.day))
    p.minor = p.age < 18
    p.street = f"{R.randint(12, 9890)} {R.choice(STREETS)}"
    p.apt = R.choice(["", "", "", f"Apt {R.randint(1, 4)}{R.choice('ABCD')}", f"Unit {R.randint(101, 412)}"])
    p.city, p.state, p.zip, area = R.choice(CITIES)
    p.area = area
    p.line = f"01{R.randint(0, 99):02d}"
    p.fax_line = f"01{R.randint(0, 99):02d}"
    fa, la = fold(p.first).lower().replace(" ", "").replace("-", ""), fold(p.last).lower().replace(" ", "").replace("'", "").replace("-", "")
    p.email = R.choice([f"{fa}.{la}@{R.choice(MAIL)}", f"{fa[0]}{la}{y % 100:02d}@{R.choice(MAIL)}",
                        f"{la}.{fa}{R.randint(1, 99)}@{R.choice(MAIL)}"])
    p.username = R.choice([f"{fa[0]}{la}{R.randint(1, 99)}", f"{fa}_{la[:4]}", f"{la}{fa[:2]}{y % 100:02d}"])
    p.pid = R.randint(10000, 99999)
    p.mrn = f"NLO{p.pid:07d}"
    p.chart = f"CH-{R.randint(100000, 999999)}"
    p.ssn = ssn()
    if p.age >= 65:
        p.payer = R.choice(["MEDICARE", "MEDICARE", "VSP", "EYEMED"])
    elif p.minor:
        p.payer = R.choice(["MEDICAID", "VSP", "DAVIS", "EYEMED"])
    else:
        p.payer = R.choice(["VSP", "EYEMED", "DAVIS", "VSP", "MEDICAID"])
    p.member = {"VSP": lambda: "1" + digits(10), "EYEMED": lambda: digits(9),
                "DAVIS": lambda: "DV" + digits(9), "MEDICARE": mbi,
                "MEDICAID": lambda: digits(9)}[p.payer]()
    p.group = {"VSP": f"{R.randint(10000000, 39999999)}", "EYEMED": f"{R.randint(1000000, 1099999)}",
               "DAVIS": f"{R.randint(1000, 9999)}", "MEDICARE": "", "MEDICAID": "IL-MCO-02"}[p.payer]
    p.brand = R.choice(["VISA", "VISA", "MC", "AMEX", "DISC"])
    p.pan = card_pan(p.brand)
    p.billing = f"BA-{p.pid:07d}-{R.randint(1, 3):02d}"
    p.ip = public_ip6() if R.random() < 0.15 else public_ip()
    p.dl = R.choice("ABCDEFGHKLMNPRSTW") + digits(3) + "-" + digits(4) + "-" + digits(4) if p.state == "IL" else R.choice("ABDKLMPS") + digits(3) + "-" + digits(4) + "-" + digits(4) + "-" + digits(2)
    p.plate = R.choice([f"{R.choice('ABCDEFGHJKLMNP')}{R.choice('ABCDEFGHJKLMNP')}{digits(5)}", f"{digits(3)} {R.choice('ABCDEFGHJKLMNPRSTVWXY')}{R.choice('ABCDEFGHJKLMNPRSTVWXY')}{R.choice('ABCDEFGHJKLMNPRSTVWXY')}"])
    p.vin = vin()
    p.hm_sn = f"HM2-{R.randint(10000, 99999)}"
    p.hm_imei = imei()
    p.iol_udi = f"(01){gtin14()}(17){R.randint(26, 29)}{R.randint(1, 12):02d}31(10){R.choice('LKM')}{R.randint(1000, 9999)}{R.choice('ABC')}(21){digits(10)}"
    p.gfirst = R.choice(FIRST_F + FIRST_M)
    p.glast = p.last
    p.gline = f"01{R.randint(0, 99):02d}"
    return p


PEOPLE = [mk_person(i) for i in range(42)]
WEIGHTS = [1.0 / (1 + (i % 14) * 0.35) for i in range(len(PEOPLE))]
CUR = [None]


def patient():
    if CUR[0] is None or R.random() < 0.4:
        CUR[0] = R.choices(PEOPLE, WEIGHTS)[0]
    return CUR[0]


def old_patient():
    CUR[0] = R.choice([q for q in PEOPLE if q.age > 89])
    return CUR[0]


def phone(p, style=None, line=None, area=None):
    area = area or p.area
    line = line or p.line
    style = style if style is not None else R.randrange(5)
    return [f"({area}) 555-{line}", f"{area}-555-{line}", f"+1{area}555{line}", f"{area}555{line}",
            f"{area}.555.{line}"][style]


def appt_date():
    return today() + dt.timedelta(days=R.randint(1, 21))


def appt_time():
    return f"{R.choice([8, 9, 10, 11, 13, 14, 15, 16])}:{R.choice(['00', '15', '30', '45'])}"


def last_exam():
    return today() - dt.timedelta(days=R.randint(300, 900))


# --------------------------------------------------------------------------- families
def fam_refr(phi):
    L = Line("refr-bridge")
    vendor, model, sn, lane = R.choice(REFR_INSTR)
    vcls = vendor.title()
    th = R.choice([4, 7, 9, 12, 15])
    L.t(f"{ts_l4n()} [{th}] ")
    if not phi:
        msgs = [
            f"INFO  LaneBridge.Serial.PortManager - Opened COM{lane + 2} @ 9600 baud, 8N1, handshake=None, lane={lane}",
            f"DEBUG LaneBridge.{vcls}.Heartbeat - {model} SN {sn} on lane {lane} alive (rtt {R.randint(3, 40)} ms, fw 1.0{R.randint(1, 9)}.0{R.randint(1, 4)})",
            f"INFO  LaneBridge.Inbox.FolderWatcher - Watching C:\\LaneBridge\\Inbox\\{model.replace(' ', '_')} filter=*.xml buffer=65536",
            f"WARN  LaneBridge.{vcls}.ResultParser - Measurement from {model} SN {sn} has no patient context; parked as UNASSIGNED-{R.randint(1, 400):04d}",
            f"INFO  LaneBridge.Upload.PmsClient - Posted measurement set {uid4()} to https://pms-api.northlake.internal/api/v2/exams/{R.randint(300000, 999999)}/refraction in {R.randint(60, 900)} ms (201 Created)",
            f"ERROR LaneBridge.Upload.PmsClient - Upload failed, retry {R.randint(1, 5)}/5 in {R.choice([2, 4, 8, 16])}s: System.Net.Sockets.SocketException (10061): No connection could be made because the target machine actively refused it. ({priv_ip()}:443)",
            f"INFO  LaneBridge.Lensmeter.LM7 - Lensmeter LM-7 SN 77{digits(5)} read: R S{rx_val()} C{cyl()} A{R.randint(1, 180)} L S{rx_val()} C{cyl()} A{R.randint(1, 180)} PD {R.randint(54, 72)}.{R.choice('05')} mm",
            f"DEBUG LaneBridge.{vcls}.Framer - STX..ETX frame {R.randint(180, 900)} bytes, checksum 0x{hexs(2).upper()} ok",
            f"INFO  LaneBridge.Host - LaneBridge 4.{R.randint(2, 6)}.{R.randint(0, 20)}+build.20240{R.randint(1, 4)}{R.randint(10, 28)} starting on OPT-LANE{lane}-{R.choice(['0412', '0187', '0233'])} (.NET Framework 4.8)",
        ]
        return L.t(R.choice(msgs))
    k = R.randrange(5)
    p = old_patient() if (k in (1, 3) and R.random() < 0.5) else patient()
    sd = today()
    if k == 0:
        L.t(f"INFO  LaneBridge.{vcls}.ResultParser - Parsed {model} result for PatientID=").p(p.mrn, "mrn")
        L.t(" (").p(f"{p.last}, {p.first}", "name").t(f") R: S{rx_val()} C{cyl()} A{R.randint(1, 180)} "
                                                        f"L: S{rx_val()} C{cyl()} A{R.randint(1, 180)} PD {R.randint(54, 72)}.0")
    elif k == 1 and vendor == "NIDEK":
        L.t("DEBUG LaneBridge.Nidek.ResultParser - Raw payload: <?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            f"<Data><Company>NIDEK</Company><ModelName>{model}</ModelName><MachineNo>{sn}</MachineNo>"
            f"<ROMVersion>1.0{R.randint(1, 9)}.0{R.randint(1, 4)}</ROMVersion><Version>1.01</Version>"
            "<Date>").p(sd.strftime("%Y/%m/%d"), "date").t(f"</Date><Time>{CLOCK.strftime('%H:%M:%S')}</Time>"
            "<Patient><No.>").p(p.mrn, "mrn").t("</No.><ID>").p(str(p.pid), "mrn").t("</ID><FirstName>")
        L.p(p.first, "name").t("</FirstName><LastName>").p(p.last, "name").t(f"</LastName><Sex>{p.sex}</Sex><Age>")
        L.v(str(p.age), "age" if p.age > 89 else None).t("</Age><DOB>").p(p.dob.strftime("%Y/%m/%d"), "date")
        L.t(f"</DOB></Patient><Measure type=\"REF\"><VD>12.00</VD><R><S>{rx_val()}</S><C>{cyl()}</C><A>{R.randint(1, 180)}</A></R>"
            f"<L><S>{rx_val()}</S><C>{cyl()}</C><A>{R.randint(1, 180)}</A></L><PD><Distance>{R.randint(54, 72)}</Distance></PD></Measure></Data>")
    elif k == 1:
        L.t("DEBUG LaneBridge.Topcon.XmlImporter - <?xml version=\"1.0\" encoding=\"UTF-8\"?><TopconData><Header><Model>"
            f"{model}</Model><SerialNo>{sn}</SerialNo></Header><PatientInfo><PatientID>").p(p.mrn, "mrn")
        L.t("</PatientID><PatientName>").p(f"{fold(p.last).upper()} {fold(p.first).upper()}", "name")
        L.t("</PatientName><BirthDate>").p(p.dob.strftime("%Y%m%d"), "date").t(f"</BirthDate><Gender>{p.sex}</Gender>"
                                                                             "</PatientInfo><MeasureDate>").p(sd.strftime("%Y%m%d"), "date")
        L.t(f"</MeasureDate><KM><R><R1>{R.randint(740, 820) / 100:.2f}</R1><R2>{R.randint(740, 820) / 100:.2f}</R2></R></KM></TopconData>")
    elif k == 2:
        L.t("INFO  LaneBridge.Worklist.PmsContext - Lane ").t(f"{lane} context set: ").p(str(p.pid), "mrn").t(" ")
        L.p(f"{p.last.upper()}^{p.first.upper()}", "name").t(" DOB ").p(p.dob.strftime("%m/%d/%Y"), "date")
        L.t(f" exam {R.randint(300000, 999999)} tech={R.choice(STAFF_USERS)}")
    elif k == 3:
        L.t(f"INFO  LaneBridge.{vcls}.Tonometry - IOP for ").p(p.mrn, "mrn").t(f": OD {R.randint(10, 24)} mmHg OS {R.randint(10, 24)} mmHg (NCT, {R.randint(2, 3)} readings avg), age ")
        L.v(str(p.age), "age" if p.age > 89 else None).t(" -> " + ("glaucoma screen flagged" if p.age > 60 else "normal range"))
        if p.age <= 89:
            L.t(" chart=").p(p.chart, "mrn")
    else:
        L.t(f"WARN  LaneBridge.{vcls}.ResultParser - Name mismatch instrument='").p(f"{fold(p.last).upper()} {fold(p.first)[0].upper()}", "name")
        L.t("' pms='").p(f"{p.last}, {p.first}", "name").t("' for PatientID=").p(p.mrn, "mrn").t("; accepted by operator " + R.choice(STAFF_USERS))
    return L


def dcm_line(L, tag, vr, value_parts, kw):
    """value_parts: list of (text, cat|None)"""
    start = len(L.buf)
    L.t(f"({tag}) {vr} [")
    n = 0
    for txt, cat in value_parts:
        L.v(txt, cat)
        n += len(txt.encode("utf-8"))
    L.t("]")
    width = len(L.buf) - start
    L.t(" " * max(1, 52 - width))
    L.t(f"# {n + (n % 2):>3}, 1 {kw}")


def fam_dicom_dump(phi):
    L = Line("dcmdump")
    mfr, model, sn, ae, mod = R.choice(IMG_INSTR)
    if not phi:
        k = R.randrange(12)
        opts = [
            ("0008,0060", "CS", mod, "Modality"), ("0008,0070", "LO", mfr, "Manufacturer"),
            ("0008,1090", "LO", model, "ManufacturerModelName"), ("0018,1000", "LO", sn, "DeviceSerialNumber"),
            ("0020,000d", "UI", dicom_uid(), "StudyInstanceUID"), ("0008,0018", "UI", dicom_uid(), "SOPInstanceUID"),
            ("0008,0080", "LO", f"Northlake Optical #{R.choice(STORES)[0]}", "InstitutionName"),
            ("0008,0090", "PN", f"{R.choice(DOCTORS)[1]}^{R.choice(DOCTORS)[0]}", "ReferringPhysicianName"),
            ("0018,1020", "LO", f"{R.randint(9, 11)}.{R.randint(0, 5)}.{R.randint(0, 9)}.{R.randint(1000, 9999)}", "SoftwareVersions"),
            ("0020,0060", "CS", R.choice(["R", "L"]), "Laterality"),
            ("0008,0030", "TM", CLOCK.strftime("%H%M%S"), "StudyTime"),
            ("0010,0040", "CS", R.choice("FM"), "PatientSex"),
        ]
        if k == 11 and R.random() < 0.5:
            return L.t("(0008,0050) SH (no value available)                     #   0, 0 AccessionNumber")
        tag, vr, val, kw = opts[k]
        dcm_line(L, tag, vr, [(val, None)], kw)
        return L
    k = R.randrange(8)
    p = old_patient() if k == 3 else patient()
    if k == 0:
        dcm_line(L, "0010,0010", "PN", [(f"{p.last}^{p.first}", "name")], "PatientName")
    elif k == 1:
        dcm_line(L, "0010,0020", "LO", [(p.mrn, "mrn")], "PatientID")
    elif k == 2:
        dcm_line(L, "0010,0030", "DA", [(p.dob.strftime("%Y%m%d"), "date")], "PatientBirthDate")
    elif k == 3:
        if p.age > 89:
            dcm_line(L, "0010,1010", "AS", [(f"{p.age:03d}Y", "age")], "PatientAge")
        else:
            dcm_line(L, "0008,0020", "DA", [(today().strftime("%Y%m%d"), "date")], "StudyDate")
    elif k == 4:
        dcm_line(L, "0008,002a", "DT", [(today().strftime("%Y%m%d") + CLOCK.strftime("%H%M%S") + ".000000", "date")], "AcquisitionDateTime")
    elif k == 5:
        dcm_line(L, "0010,1040", "LO", [(p.street, "address"), ("^^", None), (p.city, "address"), (f"^{p.state}^", None), (p.zip, "zip")], "PatientAddress")
    elif k == 6:
        dcm_line(L, "0010,2154", "SH", [(phone(p, 3), "phone")], "PatientTelephoneNumbers")
    else:
        dcm_line(L, "0010,1000", "LO", [(p.chart, "mrn")], "OtherPatientIDs")
    return L


def fam_dicom_scp(phi):
    L = Line("dcm4che-storescp")
    mfr, model, sn, ae, mod = R.choice(IMG_INSTR)
    a = R.randint(1, 40)
    L.t(CLOCK.strftime("%H:%M:%S") + f",{MS:03d} ")
    iuid = dicom_uid()
    if not phi:
        msgs = [
            f"INFO  - Accept connection Socket[addr=/{priv_ip()},port={R.randint(49152, 65000)},localport=11112]",
            f"INFO  - STORESCP<-{ae}({a}) >> A-ASSOCIATE-RQ",
            f"INFO  - STORESCP<-{ae}({a}) << A-ASSOCIATE-AC",
            f"INFO  - STORESCP<-{ae}({a}) >> {R.randint(1, 9)}:C-STORE-RQ[pcid={R.choice([1, 3, 5])}, prior=0, cuid=1.2.840.10008.5.1.4.1.1.77.1.5.4 - Ophthalmic Tomography Image Storage, iuid={iuid} - ?, tsuid=1.2.840.10008.1.2.4.70 - JPEG Lossless, Non-Hierarchical, First-Order Prediction]",
            f"INFO  - STORESCP<-{ae}({a}) << {R.randint(1, 9)}:C-STORE-RSP[pcid=1, status=0H]",
            f"INFO  - M-WRITE /var/lib/dicom/incoming/{iuid}.dcm.part",
            f"INFO  - M-RENAME /var/lib/dicom/incoming/{iuid}.dcm.part to /var/lib/dicom/incoming/{iuid}.dcm",
            f"INFO  - STORESCP<-{ae}({a}) >> A-RELEASE-RQ",
            f"WARN  - STORESCP<-{ae}({a}): i/o exception: java.net.SocketException: Connection reset",
            f"INFO  - Start TCP Listener on 0.0.0.0/0.0.0.0:11112",
        ]
        return L.t(R.choice(msgs))
    p = patient()
    k = R.randrange(3)
    if k == 0:
        L.t(f"INFO  - [imgbridge] Indexed iuid={iuid} PatientID=").p(p.mrn, "mrn").t(" PatientName=")
        L.p(f"{p.last}^{p.first}", "name").t(" StudyDate=").p(today().strftime("%Y%m%d"), "date").t(f" Modality={mod} Station={ae}")
    elif k == 1:
        L.t(f"INFO  - [mwlscp] C-FIND-RSP pending: PatientID=").p(p.mrn, "mrn").t(", PatientName=").p(f"{fold(p.last).upper()}^{fold(p.first).upper()}", "name")
        L.t(", PatientBirthDate=").p(p.dob.strftime("%Y%m%d"), "date").t(", SPSStartDate=").p(today().strftime("%Y%m%d"), "date")
        L.t(f", SPSStationAETitle={ae}, RequestedProcedureID=RP{R.randint(100000, 999999)}")
    else:
        L.t(f"WARN  - [imgbridge] Demographics mismatch for iuid={iuid}: header PatientID=").p(p.chart, "mrn")
        L.t(" does not match worklist ").p(p.mrn, "mrn").t(f"; moved to /var/lib/dicom/quarantine/")
    return L


def clef_base(mt, level=None, renderings=None):
    d = {"@t": ts_clef(), "@mt": mt}
    if renderings:
        d["@r"] = renderings
    if level:
        d["@l"] = level
    return d


def ctx(d, src, http=True):
    d["SourceContext"] = src
    if http:
        cid = "0HN3" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUV0123456789") for _ in range(9))
        d["RequestId"] = f"{cid}:{R.randint(1, 40):08X}"
        d["ConnectionId"] = cid
    d["MachineName"] = R.choice(["PMS-WEB01", "PMS-WEB02", "PMS-JOBS01"])
    d["EnvironmentName"] = "Production"
    return d


def fam_clef(phi):
    L = Line("serilog-clef")
    st = R.choice(STORES)
    if not phi:
        k = R.randrange(7)
        if k == 0:
            el = R.randint(2000, 900000) / 10000
            path = R.choice([f"/api/v2/schedule/{st[0]}/{today().isoformat()}", "/health/ready", f"/api/v2/stores/{st[0]}/inventory/frames",
                             f"/api/v2/labs/orders/{R.randint(880000, 899999)}/status", "/api/v2/recalls/pending"])
            d = clef_base("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", renderings=[f"{el:.4f}"])
            d.update({"RequestMethod": "GET", "RequestPath": path, "StatusCode": R.choice([200, 200, 200, 304, 404]), "Elapsed": el})
            ctx(d, "Serilog.AspNetCore.RequestLoggingMiddleware")
        elif k == 1:
            d = clef_base("Job {JobId} ({JobType}) succeeded in {Duration}")
            d.update({"JobId": str(R.randint(100000, 999999)), "JobType": R.choice(["RecallReminderJob", "LabStatusPollJob", "EligibilityBatchJob", "ClaimExportJob"]),
                      "Duration": f"00:00:{R.randint(0, 59):02d}.{digits(7)}"})
            ctx(d, "Northlake.Pms.Jobs.HangfireJobLogger", http=False)
        elif k == 2:
            d = clef_base("Recall batch {BatchId} queued {Count} reminders for store {StoreId} (due {DueDate})")
            d.update({"BatchId": uid4(), "Count": R.randint(3, 240), "StoreId": st[0], "DueDate": (today() + dt.timedelta(days=7)).isoformat()})
            ctx(d, "Northlake.Pms.Recalls.RecallPlanner", http=False)
        elif k == 3:
            d = clef_base("Lab order {OrderNumber} transmitted to {LabCode} as job {LabJob}")
            d.update({"OrderNumber": f"SO-{st[0]}-{R.randint(100000, 999999)}", "LabCode": R.choice(["ESSLAB-DFW", "HOYA-CHI", "ZEISS-VA"]), "LabJob": R.randint(7000000, 7999999)})
            ctx(d, "Northlake.Pms.Labs.DcsTransmitter", http=False)
        elif k == 4:
            d = clef_base("Failed to poll lab status for {LabCode}", level="Error")
            d["@x"] = ("System.Net.Http.HttpRequestException: Connection refused (labgw.northlake.internal:8443)\r\n"
                       " ---> System.Net.Sockets.SocketException (111): Connection refused\r\n"
                       "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)\r\n"
                       "   --- End of inner exception stack trace ---\r\n"
                       "   at Northlake.Pms.Labs.LabStatusClient.PollAsync(String labCode, CancellationToken ct) in /src/Northlake.Pms.Labs/LabStatusClient.cs:line 88")
            d["LabCode"] = R.choice(["ESSLAB-DFW", "HOYA-CHI"])
            ctx(d, "Northlake.Pms.Labs.LabStatusClient", http=False)
        elif k == 5:
            doc = R.choice(DOCTORS)
            d = clef_base("Provider {ProviderName} (NPI {Npi}) schedule template applied to {StoreId} for week of {WeekStart}")
            d.update({"ProviderName": f"Dr. {doc[0]} {doc[1]}, {doc[2]}", "Npi": DOC_NPI[doc[1]], "StoreId": st[0], "WeekStart": (today() - dt.timedelta(days=today().weekday())).isoformat()})
            ctx(d, "Northlake.Pms.Scheduling.TemplateService")
        else:
            d = clef_base("Slow query {QueryName} took {ElapsedMs} ms", level="Warning")
            d.update({"QueryName": R.choice(["GetDaySheet", "GetOpenLabOrders", "FindRecallCandidates"]), "ElapsedMs": R.randint(1500, 9000), "TraceId": hexs(32), "SpanId": hexs(16)})
            ctx(d, "Northlake.Pms.Data.QueryDiagnostics")
        jw(L, d)
        return L
    k = R.randrange(11)
    p = old_patient() if (k == 4 and R.random() < 0.75) else patient()
    if k == 0:
        d = clef_base("Patient {PatientId} checked in for {AppointmentType} at store {StoreId}")
        d.update({"PatientId": P(p.pid, "mrn"), "AppointmentType": R.choice(["ComprehensiveExam", "ContactLensFitting", "FrameAdjust", "FollowUp"]), "StoreId": st[0]})
        ctx(d, "Northlake.Pms.FrontDesk.CheckInService")
    elif k == 1:
        d = clef_base("Created patient {@Patient}")
        d["Patient"] = {"$type": "PatientCreateDto", "FirstName": P(p.first, "name"), "LastName": P(p.last, "name"),
                        "DateOfBirth": P(p.dob.strftime("%Y-%m-%dT00:00:00.0000000"), "date"), "Sex": p.sex,
                        "MobilePhone": P(phone(p, 1), "phone"), "Email": P(p.email, "email"),
                        "Address": {"$type": "AddressDto", "Line1": P(p.street, "address"), "Line2": P(p.apt, "address") if p.apt else None,
                                    "City": P(p.city, "address"), "State": p.state, "PostalCode": P(p.zip, "zip")},
                        "Ssn": P(p.ssn, "ssn") if R.random() < 0.6 else None, "PreferredStoreId": st[0]}
        ctx(d, "Northlake.Pms.Patients.PatientService")
    elif k == 2:
        d = clef_base("Insurance verified for {PatientId}: {Carrier} member {MemberId} group {GroupNumber}")
        d.update({"PatientId": P(p.pid, "mrn"), "Carrier": p.payer, "MemberId": P(p.member, "health_plan"), "GroupNumber": p.group or None})
        ctx(d, "Northlake.Pms.Insurance.VerificationService")
    elif k == 3:
        ad = appt_date()
        doc = R.choice(DOCTORS)
        d = clef_base("Appointment {AppointmentId} booked for {PatientName} on {AppointmentDate:yyyy-MM-dd} with {ProviderName}",
                      renderings=[ad.isoformat()])
        d.update({"AppointmentId": R.randint(700000, 799999), "PatientName": P(f"{p.first} {p.last}", "name"),
                  "AppointmentDate": P(ad.strftime("%Y-%m-%dT") + appt_time().zfill(5) + ":00.0000000", "date"),
                  "ProviderName": f"Dr. {doc[0]} {doc[1]}", "BookedBy": R.choice(STAFF_USERS)})
        ctx(d, "Northlake.Pms.Scheduling.BookingService")
    elif k == 4:
        d = clef_base("Fall-risk flag evaluated for {PatientId}: age {Age}, flagged {Flagged}")
        d.update({"PatientId": P(p.pid, "mrn"), "Age": P(p.age, "age") if p.age > 89 else p.age, "Flagged": p.age > 75})
        ctx(d, "Northlake.Pms.Clinical.SafetyRules", http=False)
    elif k == 5:
        sdate = today() - dt.timedelta(days=R.randint(1, 30))
        d = clef_base("Post-op co-management record received for {ChartNumber}: IOL {Udi} implanted {SurgeryDate} by {Surgeon}")
        d.update({"ChartNumber": P(p.chart, "mrn"), "Udi": P(p.iol_udi, "device"), "SurgeryDate": P(sdate.isoformat(), "date"),
                  "Surgeon": "Dr. Aiko Tanabe", "Eye": R.choice(["OD", "OS"])})
        ctx(d, "Northlake.Pms.Referrals.CoManagementImporter", http=False)
    elif k == 6:
        d = clef_base("Records release {RoiCase} faxed to {FaxNumber} for patient {PatientId} ({Pages} pages)")
        d.update({"RoiCase": P(f"ROI-{today().year}-{R.randint(1000, 9999)}", "other_id"),
                  "FaxNumber": P(phone(p, 1, line=p.fax_line), "fax"), "PatientId": P(p.pid, "mrn"), "Pages": R.randint(2, 14),
                  "FaxProvider": "SRFax", "FaxJobId": R.randint(40000000, 49999999)})
        ctx(d, "Northlake.Pms.Records.ReleaseService", http=False)
    elif k == 7:
        if p.minor:
            p = CUR[0] = R.choice([q for q in PEOPLE if not q.minor])
        d = clef_base("Bioptic driving evaluation scheduled for {PatientId}; vehicle {Vin} plate {Plate}")
        d.update({"PatientId": P(p.pid, "mrn"), "Vin": P(p.vin, "vehicle"), "Plate": P(p.plate, "vehicle"), "State": p.state})
        ctx(d, "Northlake.Pms.LowVision.DrivingEvalService")
    elif k == 9:
        if p.minor:
            p = CUR[0] = R.choice([q for q in PEOPLE if not q.minor])
        d = clef_base("ID card scanned at check-in for {PatientId}: {@Aamva}")
        d["PatientId"] = P(p.pid, "mrn")
        d["Aamva"] = {"$type": "AamvaRecord", "DAQ": P(p.dl.replace("-", ""), "license"), "DCS": P(fold(p.last).upper(), "name"),
                      "DAC": P(fold(p.first).upper(), "name"), "DBB": P(p.dob.strftime("%m%d%Y"), "date"),
                      "DAG": P(fold(p.street).upper(), "address"), "DAI": P(p.city.upper(), "address"), "DAJ": p.state,
                      "DAK": P(p.zip + "0000", "zip"), "DBA": (today() + dt.timedelta(days=R.randint(200, 1500))).strftime("%m%d%Y"),
                      "DCF": hexs(12).upper()}
        ctx(d, "Northlake.Pms.FrontDesk.IdScanService")
    elif k == 10:
        d = clef_base("Chart photo captured for {PatientId} ({Bytes} bytes) {PhotoDataUri}")
        img = "data:image/jpeg;base64," + fake_jpeg(R.randint(400, 700))
        d.update({"PatientId": P(p.pid, "mrn"), "Bytes": R.randint(20000, 90000), "PhotoDataUri": P(img, "photo"), "CapturedBy": R.choice(STAFF_USERS)})
        ctx(d, "Northlake.Pms.Patients.PhotoService")
    else:
        d = clef_base("Patient portal link issued for {PatientId}: {PortalUrl}")
        slug = fold(f"{p.first}-{p.last}").lower().replace(" ", "-").replace("'", "")
        d.update({"PatientId": P(p.pid, "mrn"), "PortalUrl": P(f"https://my.northlake-optical.com/p/{slug}-{p.pid}/rx", "url"),
                  "ExpiresUtc": (utc() + dt.timedelta(days=7)).strftime("%Y-%m-%dT%H:%M:%SZ")})
        ctx(d, "Northlake.Pms.Portal.LinkService")
    jw(L, d)
    return L


def fam_serilog_text(phi):
    L = Line("serilog-text")
    lvl = "INF"
    st = R.choice(STORES)
    if not phi:
        msgs = [
            ("INF", 'Now listening on: "https://[::]:5001"'),
            ("INF", "Application started. Press Ctrl+C to shut down."),
            ("INF", f'Hosting environment: "Production"'),
            ("INF", f"Request starting HTTP/1.1 GET http://pms-api:8080/health/live - - -"),
            ("INF", f"Request finished HTTP/1.1 GET http://pms-api:8080/health/live - 200 - text/plain {R.randint(1, 9)}.{digits(4)}ms"),
            ("INF", f"Executed DbCommand ({R.randint(1, 90)}ms) [Parameters=[@__storeId_0='?' (DbType = Int32), @__day_1='?' (DbType = DateTime2)], CommandType='Text', CommandTimeout='30']"),
            ("WRN", f"Lab gateway ESSLAB-DFW returned 503, retrying in {R.choice([5, 10, 30])}s (attempt {R.randint(1, 4)})"),
            ("INF", f'Lab order "SO-{st[0]}-{R.randint(100000, 999999)}" status changed "InProduction" -> "Shipped" tracking "1Z{hexs(6).upper()}03{digits(8)}"'),
            ("INF", f'Curbside pickup queue for store "{st[0]}": {R.randint(0, 6)} waiting, median wait {R.randint(2, 15)} min'),
            ("DBG", f"Hangfire server pms-jobs01:{R.randint(1000, 9999)}:{uid4()[:8]} heartbeat"),
            ("INF", f'User "{R.choice(STAFF_USERS)}" signed in from {priv_ip()} (store {st[0]})'),
            ("INF", f"Daysheet for store {st[0]} closed: {R.randint(20, 80)} visits, revenue {R.randint(2000, 15000)}.{digits(2)} USD"),
            ("ERR", f"Fax delivery failed for job {R.randint(40000000, 49999999)}: remote busy (to {st[6]})"),
        ]
        lvl, m = R.choice(msgs)
        return L.t(f"{ts_serilog()} [{lvl}] {m}")
    k = R.randrange(11)
    p = old_patient() if k == 10 else patient()
    if k == 0:
        L.t(f"{ts_serilog()} [INF] Executed DbCommand ({R.randint(2, 40)}ms) [Parameters=[@p0='").p(p.dob.strftime("%Y-%m-%dT00:00:00.0000000"), "date")
        L.t("' (Nullable = true) (DbType = DateTime2), @p1='").p(p.email, "email").t("' (Size = 256), @p2='").p(p.first, "name")
        L.t("' (Nullable = false) (Size = 100), @p3='").p(p.last, "name").t("' (Nullable = false) (Size = 100), @p4='")
        L.p(phone(p, 3), "phone").t("' (Size = 20), @p5='").p(p.ssn.replace("-", ""), "ssn").t("' (Size = 11)], CommandType='Text', CommandTimeout='30']")
    elif k == 1:
        L.t(f"{ts_serilog()} [INF] Request starting HTTP/1.1 GET http://pms-api:8080/api/patients/").p(str(p.pid), "mrn").t("/chart?include=rx,imaging - - -")
    elif k == 2:
        L.t(f"{ts_serilog()} [INF] Patient \"").p(f"{p.first} {p.last}", "name").t("\" (").p(str(p.pid), "mrn")
        L.t(f") checked in at store \"{st[0]}\" by \"{R.choice(STAFF_USERS)}\"")
    elif k == 3 and p.minor:
        L.t(f"{ts_serilog()} [INF] Guarantor \"").p(f"{p.gfirst} {p.glast}", "name").t("\" phone \"").p(phone(p, 0, line=p.gline), "phone")
        L.t("\" linked to minor patient ").p(str(p.pid), "mrn").t(" relationship \"Parent\"")
    elif k == 3 or k == 4:
        L.t(f"{ts_serilog()} [WRN] Billing account \"").p(p.billing, "account").t(f"\" balance {R.randint(20, 400)}.{digits(2)} moved to collections after {R.choice([90, 120])} days (patient ")
        L.p(str(p.pid), "mrn").t(")")
    elif k == 5:
        if p.minor:
            p = CUR[0] = R.choice([q for q in PEOPLE if not q.minor])
        L.t(f"{ts_serilog()} [INF] DMV vision screening form printed for \"").p(f"{p.first} {p.last}", "name").t("\", licence \"")
        L.p(p.dl, "license").t(f"\" ({p.state}), VA OU 20/{R.choice([20, 25, 30, 40])}, examiner \"Dr. {R.choice(DOCTORS)[1]}\"")
    elif k == 6:
        if p.minor:
            p = CUR[0] = R.choice([q for q in PEOPLE if not q.minor])
        L.t(f"{ts_serilog()} [INF] Curbside arrival: plate \"").p(p.plate, "vehicle").t(f"\" matched order SO-{st[0]}-{R.randint(100000, 999999)} for \"")
        L.p(f"{p.last}, {p.first[0]}.", "name").t("\"")
    elif k == 7:
        L.t(f"{ts_serilog()} [DBG] Contact lens Rx expiry check: ").p(p.chart, "mrn").t(" expires ").p((today() + dt.timedelta(days=R.randint(-30, 300))).strftime("%m/%d/%Y"), "date")
        L.t(" (issued ").p(last_exam().strftime("%m/%d/%Y"), "date").t(")")
    elif k == 9:
        L.t(f"{ts_serilog()} [INF] Records request ROI queued: deliver to patient fax \"").p(phone(p, 0, line=p.fax_line), "fax")
        L.t("\" for \"").p(f"{p.first} {p.last}", "name").t(f"\", requested by \"{R.choice(STAFF_NAMES)}\", cover sheet from {R.choice(STORES)[6]}")
    elif k == 10:
        L.t(f"{ts_serilog()} [INF] Large-print materials preference set for patient ").p(str(p.pid), "mrn").t(" (age ").p(str(p.age), "age").t(", low vision referral pending)")
    else:
        L.t(f"{ts_serilog()} [ERR] Eligibility lookup failed for member \"").p(p.member, "health_plan").t(f"\" carrier \"{p.payer}\": \"Subscriber not found\" (dob \"")
        L.p(p.dob.isoformat(), "date").t("\")")
    return L


def lab_prefix(L, direction="OUT"):
    L.t(f"{ts_iso_local()} labgw[{R.choice([2211, 2211, 3140])}]: {direction} {R.choice(['ESSLAB', 'HOYA', 'ZEISSVA'])} ")


def fam_lab(phi):
    L = Line("lab-dcs-pipe")
    job = R.randint(880000, 899999)
    st = R.choice(STORES)
    if not phi:
        lab_prefix(L, R.choice(["OUT", "IN"]))
        k = R.randrange(8)
        if k == 0:
            L.t(f"HDR|DCS|3.11|NLO{st[0]}|{CLOCK.strftime('%Y%m%d%H%M%S')}|MSG{R.randint(10000000, 99999999)}")
        elif k == 1:
            eye = R.choice("RL")
            L.t(f"RX|{job}|{eye}|{rx_val()}|{cyl()}|{R.randint(1, 180)}|+{R.randint(4, 12) / 4:.2f}|{R.randint(28, 36)}.{R.choice('05')}|{R.randint(14, 22)}.0")
        elif k == 2:
            fr = R.choice([("RAY-BAN", "RB5154", "2000", 51, 21, 145), ("OAKLEY", "OX8156", "0356", 54, 17, 138),
                           ("WARBY-LIKE", "HAYES", "BLK", 50, 19, 140), ("SILHOUETTE", "5529", "7530", 52, 18, 140)])
            L.t(f"FRM|{job}|{fr[0]}|{fr[1]}|{fr[2]}|{fr[3]}|{fr[4]}|{fr[5]}|UPC {digits(12)}|SUPPLIED")
        elif k == 3:
            L.t(f"LNS|{job}|{R.choice(['ESSILOR', 'HOYA', 'ZEISS'])}|{R.choice(['VARILUX X', 'ID MYSTYLE', 'SV 1.67', 'PRECISION+'])}|{R.choice(['1.50', '1.60', '1.67', '1.74'])}|{R.choice(['CRIZAL SAPPHIRE', 'RECHARGE', 'DURAVISION'])}|{R.choice(['CLEAR', 'TRANSITIONS GEN S GRAY', 'POLAR BROWN'])}")
        elif k == 4:
            L.t(f"ACK|{job}|ACCEPTED|LABJOB {R.randint(7000000, 7999999)}|ETA {(today() + dt.timedelta(days=R.randint(4, 10))).strftime('%Y%m%d')}")
        elif k == 5:
            L.t(f"STS|{job}|SHIPPED|UPS|1Z{hexs(6).upper()}03{digits(8)}|{R.randint(1, 3)} PKG")
        elif k == 6:
            L.t(f"SHP|{job}|STORE|NLO{st[0]}|{st[2]}|{st[3]}|{st[4]}|{st[5]}|{st[6]}")
        else:
            L.t(f"CLO|C-{R.randint(50000, 59999)}|{R.choice(['ACUVUE OASYS 1-DAY', 'DAILIES TOTAL1', 'BIOFINITY TORIC', 'PRECISION1'])}|BC {R.choice(['8.4', '8.5', '8.6', '8.7'])}|DIA {R.choice(['14.0', '14.1', '14.2', '14.3'])}|R {rx_val()}|L {rx_val()}|QTY {R.choice(['90/90', '30/30', '6/6'])}|SHIPTO STORE")
        return L
    p = patient()
    lab_prefix(L)
    k = R.randrange(4)
    if k == 0:
        L.t(f"PAT|{job}|").p(f"{p.last}^{p.first}", "name").t("|").p(p.dob.strftime("%Y%m%d"), "date").t(f"|{p.sex}|").p(p.mrn, "mrn")
    elif k == 1:
        L.t(f"SHP|{job}|HOME|").p(f"{p.first} {p.last}", "name").t("|").p(p.street + (" " + p.apt if p.apt else ""), "address")
        L.t("|").p(p.city, "address").t(f"|{p.state}|").p(p.zip, "zip").t("|").p(phone(p, 3), "phone")
    elif k == 2:
        L.t(f"ORD|{job}|NLO{st[0]}|RX|{today().strftime('%Y%m%d')}|REF=").p(f"{fold(p.last).upper()}/{fold(p.first).upper()}", "name")
        L.t(f"|DR={DOC_NPI[R.choice(DOCTORS)[1]]}|RUSH=N|WARRANTY=2Y")
    else:
        L.t(f"CLO|C-{R.randint(50000, 59999)}|{R.choice(['ACUVUE OASYS 1-DAY', 'DAILIES TOTAL1', 'BIOFINITY TORIC'])}|BC 8.5|DIA 14.2|QTY 90/90|SHIPTO HOME|")
        L.p(f"{fold(p.first).upper()} {fold(p.last).upper()}", "name").t("|").p(fold(p.street).upper(), "address").t("|")
        L.p(p.city.upper(), "address").t(f"|{p.state}|").p(p.zip, "zip")
    return L


def edi_prefix(L, tx):
    L.t(f"{ts_dot()} [edi-out-{R.randint(1, 4)}] INFO  c.n.edi.X12Writer - {tx} ctl={R.randint(1000, 99999):09d} seg ")


def fam_edi(phi):
    L = Line("edi-x12")
    if not phi:
        k = R.randrange(8)
        tx = R.choice(["850", "270"])
        edi_prefix(L, tx)
        segs = [
            f"ISA*00*          *00*          *ZZ*NORTHLAKEOPT   *ZZ*{R.choice(['ESSLABUS', 'HOYAUS01', 'VSPEDI', 'EYEMEDEDI'])}{' ' * 7}*{CLOCK.strftime('%y%m%d')}*{CLOCK.strftime('%H%M')}*^*00501*{R.randint(1, 999999999):09d}*0*P*:~",
            f"GS*{'PO' if tx == '850' else 'HS'}*NORTHLAKEOPT*ESSLABUS*{CLOCK.strftime('%Y%m%d')}*{CLOCK.strftime('%H%M')}*{R.randint(1, 99999)}*X*005010~",
            f"BEG*00*SA*PO{R.randint(880000, 899999)}**{CLOCK.strftime('%Y%m%d')}~",
            f"PO1*1*1*EA*{R.randint(40, 260)}.00**VN*RB5154-2000-51*UP*{digits(12)}~",
            f"NM1*1P*2*NORTHLAKE OPTICAL {R.choice(STORES)[0]}*****XX*{DOC_NPI[R.choice(DOCTORS)[1]]}~",
            f"NM1*PR*2*{R.choice(['VSP', 'EYEMED', 'DAVIS VISION'])}*****PI*{R.randint(10000, 99999)}~",
            f"SE*{R.randint(12, 40)}*{R.randint(1, 9999):04d}~",
            f"AK9*A*1*1*1~",
        ]
        seg = segs[k]
        L.t(f"{R.randint(1, 30)}/{R.randint(30, 45)}: ").t(seg)
        return L
    p = patient()
    k = R.randrange(5)
    tx = "270" if k == 4 else "850"
    edi_prefix(L, tx)
    L.t(f"{R.randint(3, 20)}/{R.randint(20, 40)}: ")
    if k == 0:
        L.t("NM1*QC*1*").p(fold(p.last).upper(), "name").t("*").p(fold(p.first).upper(), "name").t("~")
    elif k == 1:
        L.t("N3*").p(fold(p.street).upper(), "address")
        if p.apt:
            L.t("*").p(p.apt.upper(), "address")
        L.t("~N4*").p(p.city.upper(), "address").t(f"*{p.state}*").p(p.zip, "zip").t("~")
    elif k == 2:
        L.t("DMG*D8*").p(p.dob.strftime("%Y%m%d"), "date").t(f"*{p.sex}~")
    elif k == 3:
        L.t("REF*EJ*").p(p.mrn, "mrn").t("~")
    else:
        L.t("NM1*IL*1*").p(fold(p.last).upper(), "name").t("*").p(fold(p.first).upper(), "name").t("****MI*").p(p.member, "health_plan").t("~")
    return L


def fam_elig_json(phi):
    L = Line("elig-pino-json")
    base = {"level": 30, "time": epoch_ms(), "pid": R.choice([18, 18, 24]), "hostname": f"elig-svc-7d9f8c6b5-{''.join(R.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}"}
    rid = f"req-{R.randint(1, 9999):x}"
    if not phi:
        k = R.randrange(5)
        d = dict(base)
        if k == 0:
            d.update({"reqId": rid, "res": {"statusCode": 200}, "responseTime": round(R.uniform(80, 2400), 3), "msg": "request completed"})
        elif k == 1:
            d.update({"payer": R.choice(["VSP", "EYEMED", "DAVIS"]), "msg": "oauth token refreshed", "expiresIn": 3600, "tokenType": "Bearer"})
        elif k == 2:
            d["level"] = 40
            d.update({"payer": "DAVIS", "msg": "circuit breaker open", "failures": R.randint(5, 12), "resetAfterMs": 30000})
        elif k == 3:
            d.update({"reqId": rid, "req": {"method": "POST", "url": "/v1/eligibility", "remoteAddress": "::ffff:" + priv_ip(), "remotePort": R.randint(30000, 60000)}, "msg": "incoming request"})
        else:
            d.update({"msg": "plan catalog synced", "payer": R.choice(["VSP", "EYEMED"]), "plans": R.randint(40, 400), "groupsUpdated": R.randint(0, 30), "effective": "2024-06-01"})
        jw(L, d)
        return L
    p = patient()
    d = dict(base)
    k = R.randrange(4)
    if k == 0:
        d.update({"reqId": rid, "payer": p.payer, "msg": "eligibility request",
                  "member": {"memberId": P(p.member, "health_plan"), "firstName": P(p.first, "name"), "lastName": P(p.last, "name"),
                             "dob": P(p.dob.isoformat(), "date")},
                  "groupNumber": p.group, "serviceDate": P(today().isoformat(), "date"), "providerNpi": DOC_NPI[R.choice(DOCTORS)[1]]})
    elif k == 1:
        d.update({"reqId": rid, "payer": p.payer, "msg": "eligibility response", "subscriberId": P(p.member, "health_plan"),
                  "coverage": {"exam": {"eligible": True, "copay": R.choice([0, 10, 20])},
                               "materials": {"frameAllowance": R.choice([130, 150, 200]), "lensCopay": 25},
                               "contacts": {"allowance": R.choice([130, 150])}},
                  "lastExamDate": P(last_exam().isoformat(), "date"), "responseTime": R.randint(300, 2500)})
    elif k == 2:
        d.update({"reqId": rid, "payer": "VSP", "msg": "member search by ssn fallback", "memberIdType": "SSN",
                  "memberId": P(p.ssn, "ssn"), "zip": P(p.zip, "zip"), "dob": P(p.dob.strftime("%m/%d/%Y"), "date")})
    else:
        d["level"] = 50
        d.update({"reqId": rid, "payer": p.payer, "msg": "payer rejected request", "err": {"type": "PayerError", "code": R.choice(["AAA-72", "AAA-75", "AAA-58"]),
                                                                                      "message": "Invalid/Missing Subscriber/Insured ID"},
                  "memberId": P(p.member, "health_plan"), "patientRef": P(p.mrn, "mrn")})
    jw(L, d)
    return L


def fam_elig_soap(phi):
    L = Line("elig-cxf-soap")
    th = f"qtp1349277854-{R.randint(20, 80)}"
    if not phi:
        k = R.randrange(6)
        icp = "LoggingInInterceptor" if k in (1, 4) else "LoggingOutInterceptor"
        L.t(f"{ts_l4n()} INFO  [{th}] o.a.c.s.{icp} - ")
        msgs = [
            f"Outbound Message\\n---------------------------\\nID: {R.randint(1, 9999)}\\nAddress: https://ws.davis-vision.example/elig/v2/EligibilityService\\nEncoding: UTF-8\\nHttp-Method: POST\\nContent-Type: text/xml",
            f"Inbound Message\\n----------------------------\\nID: {R.randint(1, 9999)}\\nResponse-Code: 200\\nEncoding: UTF-8\\nContent-Type: text/xml;charset=UTF-8\\nHeaders: {{Content-Length=[{R.randint(900, 3000)}], Date=[{utc().strftime('%a, %d %b %Y %H:%M:%S GMT')}]}}",
            f"Headers: {{SOAPAction=[\"urn:CheckEligibility\"], Accept=[*/*], X-Correlation-Id=[{uid4()}]}}",
            "Payload: <soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault><faultcode>soap:Server</faultcode><faultstring>Service temporarily unavailable</faultstring></soap:Fault></soap:Body></soap:Envelope>",
            f"Payload: <soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><ns2:PingResponse xmlns:ns2=\"http://ws.davis-vision.example/elig/2019\"><ns2:Status>OK</ns2:Status><ns2:Version>2.{R.randint(1, 9)}.{R.randint(0, 30)}</ns2:Version></ns2:PingResponse></soap:Body></soap:Envelope>",
            "--------------------------------------",
        ]
        return L.t(msgs[k])
    p = patient()
    k = R.randrange(2)
    L.t(f"{ts_l4n()} INFO  [{th}] o.a.c.s.{'LoggingOutInterceptor' if k == 0 else 'LoggingInInterceptor'} - ")
    L.t("Payload: <soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">")
    if k == 0:
        L.t("<soap:Header><wsse:Security xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\"><wsse:UsernameToken>"
            "<wsse:Username>northlake_elig_svc</wsse:Username><wsse:Password Type=\"#PasswordText\">********</wsse:Password></wsse:UsernameToken></wsse:Security></soap:Header>"
            "<soap:Body><ns2:CheckEligibility xmlns:ns2=\"http://ws.davis-vision.example/elig/2019\">"
            f"<ns2:ProviderId>{DOC_NPI[R.choice(DOCTORS)[1]]}</ns2:ProviderId><ns2:Member><ns2:MemberId>")
        L.p(p.member, "health_plan").t("</ns2:MemberId><ns2:LastName>").p(p.last, "name").t("</ns2:LastName><ns2:FirstName>").p(p.first, "name")
        L.t("</ns2:FirstName><ns2:BirthDate>").p(p.dob.isoformat(), "date").t("</ns2:BirthDate></ns2:Member><ns2:DateOfService>")
        L.p(today().isoformat(), "date").t("</ns2:DateOfService></ns2:CheckEligibility></soap:Body></soap:Envelope>")
    else:
        L.t("<soap:Body><ns2:CheckEligibilityResponse xmlns:ns2=\"http://ws.davis-vision.example/elig/2019\"><ns2:Result>ELIGIBLE</ns2:Result>"
            "<ns2:Subscriber><ns2:SubscriberId>").p(p.member, "health_plan").t("</ns2:SubscriberId><ns2:Name>").p(f"{fold(p.last).upper()}, {fold(p.first).upper()}", "name")
        L.t("</ns2:Name><ns2:Address><ns2:Street>").p(fold(p.street).upper(), "address").t("</ns2:Street><ns2:City>").p(p.city.upper(), "address")
        L.t(f"</ns2:City><ns2:State>{p.state}</ns2:State><ns2:Zip>").p(p.zip, "zip").t(f"</ns2:Zip></ns2:Address></ns2:Subscriber>"
                                                                                     f"<ns2:Group>{p.group or 'INDIVIDUAL'}</ns2:Group><ns2:Benefits><ns2:ExamCopay>10.00</ns2:ExamCopay><ns2:FrameAllowance>150.00</ns2:FrameAllowance></ns2:Benefits>"
                                                                                     "</ns2:CheckEligibilityResponse></soap:Body></soap:Envelope>")
    return L


def fam_pos(phi):
    L = Line("pos-payment")
    st = R.choice(STORES)
    reg = f"POS-{st[0]}-0{R.randint(1, 4)}"
    amt = f"{R.randint(15, 900)}.{digits(2)}"
    txn = f"T{st[0]}{CLOCK.strftime('%y%m%d')}{R.randint(1000, 9999)}"
    L.t(f"{ts_dot()} {R.choice(['INFO ', 'INFO ', 'DEBUG'])} [{reg}] ")
    if not phi:
        brand = R.choice(["VISA", "MASTERCARD", "AMEX", "DISCOVER"])
        last4 = digits(4)
        msgs = [
            f"c.n.pos.payment.EmvService - AUTH APPROVED txn={txn} pan=************{last4} brand={brand} entry=CHIP amt={amt} auth={hexs(6).upper()} rrn={R.randint(400000000000, 499999999999)}",
            f"c.n.pos.payment.EmvService - AUTH DECLINED txn={txn} pan={R.choice(['4', '5'])}{digits(5)}******{last4} resp=05 DO NOT HONOR amt={amt}",
            f"c.n.pos.payment.BatchService - Settlement batch {R.randint(100, 999)} closed: {R.randint(10, 140)} txns, total {R.randint(2000, 30000)}.{digits(2)} USD, host ack {hexs(8).upper()}",
            f"c.n.pos.hw.TerminalManager - Ingenico Lane/3000 SN {R.randint(100, 299)}-{R.randint(100, 999)}-{R.randint(100, 999)} connected on {priv_ip()}:12000 (fw 22.{R.randint(1, 9)})",
            f"c.n.pos.payment.IiasService - FSA/HSA IIAS check txn={txn}: eligible subtotal {amt} of {amt}, MCC 8043",
            f"c.n.pos.receipt.ReceiptService - Receipt {txn} printed ({R.randint(1, 3)} copies) order SO-{st[0]}-{R.randint(100000, 999999)}",
            f"c.n.pos.payment.EmvService - REFUND txn={txn} orig=T{st[0]}{(today() - dt.timedelta(days=R.randint(1, 20))).strftime('%y%m%d')}{R.randint(1000, 9999)} pan=xxxxxxxxxxxx{last4} amt=-{amt}",
            f"c.n.pos.session.Drawer - Cash drawer opened by {R.choice(STAFF_USERS)} reason=NO_SALE",
        ]
        return L.t(R.choice(msgs))
    p = patient()
    k = R.randrange(6)
    if k == 0:
        L.t(f"c.n.pos.payment.EmvService - terminal raw response: {{\"ResponseCode\":\"00\",\"AccountNumber\":\"").p(p.pan, "account")
        L.t(f"\",\"ExpDate\":\"{R.randint(1, 12):02d}{R.randint(26, 29)}\",\"CardholderName\":\"").p(f"{fold(p.last).upper()}/{fold(p.first).upper()}", "name")
        L.t(f"\",\"AuthCode\":\"{hexs(6).upper()}\",\"Amount\":\"{amt}\",\"EntryMode\":\"CONTACTLESS\"}}")
    elif k == 1:
        L.t(f"c.n.pos.payment.ManualEntry - Keyed sale txn={txn} card=").p(p.pan, "account").t(f" exp={R.randint(1, 12):02d}/{R.randint(26, 29)} amt={amt} (MOTO, phone order for ")
        L.p(f"{p.first} {p.last}", "name").t(")")
    elif k == 2:
        L.t(f"c.n.pos.customer.Lookup - Customer found by phone ").p(phone(p, 2), "phone").t(": patient ").p(str(p.pid), "mrn")
        L.t(f" last4={p.pan[-4:]} loyalty tier={R.choice(['SILVER', 'GOLD'])}")
    elif k == 3:
        L.t(f"c.n.pos.receipt.EReceipt - e-receipt {txn} sent to ").p(p.email, "email").t(f" via noreply@northlake-optical.com (sendgrid id {hexs(22)})")
    elif k == 4:
        L.t(f"c.n.pos.payment.PatientBalance - Applied {amt} to billing account ").p(p.billing, "account").t(f" txn={txn} pan=************{p.pan[-4:]}")
    else:
        L.t(f"c.n.pos.payment.EmvService - AUTH APPROVED txn={txn} pan=").p(p.pan, "account").t(f" brand={p.brand} entry=SWIPE amt={amt} (masking disabled on lane, ticket OPS-{R.randint(1000, 4000)})")
    return L


def fam_sms(phi):
    L = Line("sms-reminder")
    st = R.choice(STORES)
    sid = "SM" + hexs(32)
    pre = f"{ts_isoz()} info reminder-worker[{R.randint(1, 3)}]: "
    if not phi:
        msgs = [
            f"batch {uid4()} complete: {R.randint(50, 600)} sent, {R.randint(0, 9)} failed (30007 carrier filtering), {R.randint(0, 4)} opted out",
            f"status callback MessageSid={sid} MessageStatus={R.choice(['sent', 'delivered', 'undelivered'])} ErrorCode={R.choice(['', '', '30003', '30005'])}",
            f"throttle: messaging service MG{hexs(32)} at {R.randint(1, 30)} msg/s, queue depth {R.randint(0, 900)}",
            f"template exam_reminder_v{R.randint(2, 4)} rendered for store {st[0]} ({st[1]}) reply-to {st[6]}",
            f"skipping recall run for store {st[0]}: quiet hours 21:00-08:00 America/Chicago",
            f"POST https://api.twilio.com/2010-04-01/Accounts/AC{hexs(32)}/Messages.json 201 in {R.randint(90, 700)}ms",
        ]
        return L.t(pre + R.choice(msgs))
    p = patient()
    ad = appt_date()
    tm = appt_time()
    k = R.randrange(4)
    L.t(pre)
    if k == 0:
        L.t("queued SMS to=").p(phone(p, 2), "phone").t(f" appt=A-{R.randint(700000, 799999)} store={st[0]} when=")
        L.p(ad.isoformat() + "T" + tm.zfill(5) + ":00-05:00", "date").t(" template=exam_reminder_v3")
    elif k == 1:
        h, m = map(int, tm.split(":"))
        first = p.gfirst if p.minor else p.first
        L.t("body=\"Hi ").p(first, "name").t(", this is Northlake Optical reminding you of ")
        if p.minor:
            L.p(p.first, "name").t("'s")
        else:
            L.t("your")
        L.t(" eye exam on ").p(ad.strftime("%a, %b ") + str(ad.day), "date")
        L.t(f" at {h if h <= 12 else h - 12}:{m:02d} {'AM' if h < 12 else 'PM'} at {st[1]}. Reply C to confirm or R to reschedule. Questions? {st[6]}\" to=")
        L.p(phone(p, 2, line=p.gline if p.minor else None), "phone")
    elif k == 2:
        L.t("inbound webhook From=").p("%2B1" + p.area + "555" + (p.gline if p.minor else p.line), "phone")
        L.t(f"&To=%2B1{st[6][1:4]}555{st[6][-4:]}&Body={R.choice(['C', 'c', 'R', 'Confirm', 'STOP'])}&MessageSid={sid}&NumMedia=0")
    else:
        L.t("opt-out processed for ").p(phone(p, 2), "phone").t(" (patient ").p(str(p.pid), "mrn").t(") keyword=STOP")
    return L


def nginx_line(L, ip, ip_cat, method, path_parts, status, ua, ref="-", xff=None):
    L.v(ip, ip_cat).t(f" - - [{ts_nginx()}] \"{method} ")
    for txt, cat in path_parts:
        L.v(txt, cat)
    L.t(f" HTTP/{R.choice(['1.1', '2.0'])}\" {status} {R.randint(0, 90000) if status != 304 else 0} \"{ref}\" \"{ua}\"")
    L.t(" \"")
    if xff:
        L.v(xff[0], xff[1])
    else:
        L.t("-")
    rt = R.randint(1, 2500) / 1000
    L.t(f"\" rt={rt:.3f} uct=\"0.000\" urt=\"{max(rt - 0.001, 0):.3f}\"")


def fam_nginx(phi):
    L = Line("nginx-access")
    if not phi:
        k = R.randrange(4)
        if k == 0:
            nginx_line(L, priv_ip(), None, "GET", [("/healthz", None)], 200, f"kube-probe/1.{R.randint(27, 29)}")
        elif k == 1:
            nginx_line(L, "127.0.0.1", None, "GET", [("/nginx_status", None)], 200, "Prometheus/2.51.2")
        elif k == 2:
            nginx_line(L, priv_ip(), None, "GET", [(R.choice(["/static/js/app.8f3a2c1e.js", "/static/css/main.41b7d0.css", "/img/frames/rb5154-2000-51_front.webp", "/fonts/inter-var.woff2"]), None)],
                       R.choice([200, 304]), "Amazon CloudFront")
        else:
            nginx_line(L, priv_ip(), None, "POST", [("/internal/cache/purge?tag=frames-catalog", None)], 202, "catalog-sync/3.2.0")
        return L
    p = patient()
    ua = R.choice(UAS)
    ref = R.choice(["-", f"https://{SHOP}/", f"https://{SHOP}/eyeglasses/women", "https://www.google.com/"])
    k = R.randrange(6)
    behind_lb = R.random() < 0.3
    ipv = (priv_ip(), None) if behind_lb else (p.ip, "ip")
    xff = (p.ip, "ip") if behind_lb else None
    if k == 0:
        path = [(R.choice(["/eyeglasses/women/cat-eye?page=2", "/sunglasses?brand=ray-ban&sort=price_asc", "/api/cart", "/contact-lenses/acuvue-oasys-1-day", "/checkout/confirm", "/api/rx/upload"]), None)]
        nginx_line(L, ipv[0], ipv[1], R.choice(["GET", "GET", "POST"]), path, R.choice([200, 200, 302]), ua, ref, xff)
    elif k == 1:
        nginx_line(L, ipv[0], ipv[1], "GET", [("/api/account/exists?email=", None), (p.email.replace("@", "%40"), "email")], 200, ua, ref, xff)
    elif k == 2:
        nginx_line(L, ipv[0], ipv[1], "GET", [("/u/", None), (p.username, "other_id"), ("/wishlist", None)], 200, ua, ref, xff)
    elif k == 3:
        nginx_line(L, ipv[0], ipv[1], "POST", [("/api/vision-insurance/verify?carrier=" + p.payer.lower() + "&memberId=", None), (p.member, "health_plan")], R.choice([200, 422]), ua, ref, xff)
    elif k == 4:
        nginx_line(L, ipv[0], ipv[1], "GET", [("/account/orders?lookup=", None), (p.email.replace("@", "%40"), "email"), ("&zip=", None), (p.zip, "zip")], 200, ua, ref, xff)
    else:
        nginx_line(L, ipv[0], ipv[1], "POST", [("/api/tryon/session", None)], 201, ua, f"https://{SHOP}/virtual-try-on", xff)
    return L


def fam_nginx_err(phi):
    L = Line("nginx-error")
    pid = R.choice([2231, 2232, 2234])
    L.t(f"{CLOCK.strftime('%Y/%m/%d %H:%M:%S')} ")
    up = f"{priv_ip()}:8080"
    if not phi:
        msgs = [
            f"[notice] 1#1: signal 1 (SIGHUP) received from {R.randint(100, 400)}, reconfiguring",
            f"[warn] {pid}#{pid}: *{R.randint(10000, 999999)} an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/{R.randint(1, 9)}/{R.randint(10, 99)}/00000{R.randint(10000, 99999)} while reading upstream, client: {priv_ip()}, server: {SHOP}, request: \"GET /api/catalog/frames?limit=500 HTTP/1.1\", upstream: \"http://{up}/api/catalog/frames?limit=500\", host: \"{SHOP}\"",
            f"[error] {pid}#{pid}: *{R.randint(10000, 999999)} connect() failed (111: Connection refused) while connecting to upstream, client: {priv_ip()}, server: {SHOP}, request: \"GET /healthz HTTP/1.1\", upstream: \"http://{up}/healthz\", host: \"{priv_ip()}\"",
            f"[notice] 1#1: start worker process {R.randint(30, 90)}",
        ]
        return L.t(R.choice(msgs))
    p = patient()
    L.t(f"[error] {pid}#{pid}: *{R.randint(10000, 999999)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ")
    L.p(p.ip, "ip").t(f", server: {SHOP}, request: \"POST /api/checkout HTTP/2.0\", upstream: \"http://{up}/api/checkout\", host: \"{SHOP}\", referrer: \"https://{SHOP}/cart\"")
    return L


def fake_jpeg(n):
    hdr = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    body = bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(hdr + body + b"\xff\xd9").decode()


def face_template():
    import struct
    vals = [R.gauss(0, 0.08) for _ in range(128)]
    return base64.b64encode(b"FTv2" + struct.pack("<128f", *vals)).decode()


def fam_tryon(phi):
    L = Line("tryon-python-json")
    base = {"ts": ts_isoz(), "level": "INFO", "logger": R.choice(["tryon.api", "tryon.render", "tryon.fit"])}
    if not phi:
        k = R.randrange(4)
        d = dict(base)
        if k == 0:
            d.update({"msg": "model loaded", "model": "facemesh", "version": f"0.{R.randint(3, 5)}.{R.randint(0, 9)}", "load_ms": R.randint(300, 1500)})
        elif k == 1:
            d.update({"msg": "render stats", "frames": R.randint(200, 2000), "p95_ms": round(R.uniform(8, 30), 1), "gpu": "T4"})
        elif k == 2:
            d.update({"msg": "session closed", "session": uid4(), "duration_s": R.randint(20, 600), "frames_tried": R.randint(1, 30)})
        else:
            d.update({"msg": "sku asset missing", "level": "WARNING", "sku": f"RB{R.randint(2000, 7000)}-{R.randint(1000, 9999)}-{R.randint(48, 56)}", "fallback": "generic_rect"})
        jw(L, d, sep=(", ", ": "), ascii_only=True)
        return L
    p = patient()
    d = dict(base)
    k = R.choice([0, 1, 1, 2, 3])
    if k == 0:
        d.update({"msg": "face capture received", "session": uid4(), "user": P(p.username, "other_id"),
                  "image": P("data:image/jpeg;base64," + fake_jpeg(R.randint(600, 1000)), "photo")})
    elif k == 1:
        d.update({"msg": "face template enrolled for fit profile", "user": P(p.username, "other_id"), "template_alg": "ftv2-128f",
                  "template": P(face_template(), "biometric"), "pd_mm": round(R.uniform(56, 70), 1)})
    elif k == 2:
        d.update({"msg": "fit profile saved", "user_id": P(p.pid, "mrn"), "display_name": P(f"{p.first} {p.last}", "name"),
                  "email": P(p.email, "email"), "pd_mm": round(R.uniform(56, 70), 1), "client_ip": P(p.ip, "ip")})
    else:
        d.update({"msg": "snapshot shared", "user": P(p.username, "other_id"), "share_url": P(f"https://{SHOP}/tryon/share/{p.username}/{hexs(8)}", "url"),
                  "channel": R.choice(["email", "sms", "link"])})
    jw(L, d, sep=(", ", ": "), ascii_only=True)
    return L


def fam_devhub(phi):
    L = Line("devhub-syslog")
    L.t(f"{ts_syslog()} devhub-01 devhub[{R.choice([1822, 1822, 1907])}]: ")
    if not phi:
        msgs = [
            f"mqtt: reconnected to broker {priv_ip()}:8883 after {R.randint(1, 30)}s (clean_session=false)",
            f"ota: firmware 3.{R.randint(1, 4)}.{R.randint(0, 9)} rollout at {R.choice([10, 25, 40, 100])}% ({R.randint(100, 900)} devices)",
            f"ingest: batch {R.randint(10000, 99999)} committed {R.randint(20, 400)} records in {R.randint(30, 900)}ms",
            f"cert: device CA rotates in {R.randint(10, 90)} days (not after {(today() + dt.timedelta(days=R.randint(10, 90))).isoformat()})",
        ]
        return L.t(R.choice(msgs))
    p = patient()
    k = R.randrange(3)
    if k == 0:
        L.t("ingest sn=").p(p.hm_sn, "device").t(" imei=").p(p.hm_imei, "device").t(" patient=").p(p.mrn, "mrn")
        L.t(f" tests={R.randint(1, 3)} va_od={R.randint(20, 60)} va_os={R.randint(20, 60)} alert={R.choice(['none', 'none', 'OD_CHANGE'])}")
    elif k == 1:
        L.t("alert: hyperacuity change OS for patient ").p(p.mrn, "mrn").t(" (").p(f"{p.last}, {p.first}", "name").t(") device ").p(p.hm_sn, "device")
        L.t(f" -> notify Dr. {R.choice(DOCTORS)[1]} via worklist")
    else:
        L.t("enroll: device ").p(p.hm_sn, "device").t(" shipped to ").p(p.street, "address").t(", ").p(p.city, "address").t(f", {p.state} ").p(p.zip, "zip")
        L.t(f" carrier=FEDEX tracking={R.randint(100000000000, 999999999999)}")
    return L


FAMILIES = [(fam_refr, 9), (fam_dicom_dump, 8), (fam_dicom_scp, 6), (fam_clef, 13), (fam_serilog_text, 12),
            (fam_lab, 9), (fam_edi, 7), (fam_elig_json, 8), (fam_elig_soap, 5), (fam_pos, 11), (fam_sms, 8),
            (fam_nginx, 11), (fam_nginx_err, 3), (fam_tryon, 6), (fam_devhub, 4)]


# --------------------------------------------------------------------------- main
def main():
    flags = [True] * N_PHI + [False] * (N_LINES - N_PHI)
    R.shuffle(flags)
    fns = [f for f, _ in FAMILIES]
    ws = [w for _, w in FAMILIES]
    out_log = bytearray()
    out_lab = []
    for i, phi in enumerate(flags, 1):
        tick()
        L = R.choices(fns, ws)[0](phi)
        b = bytes(L.buf)
        assert b"\n" not in b and b"\r" not in b, (i, b)
        assert len(b) <= 4000, (i, len(b))
        b.decode("utf-8")
        if phi:
            assert L.spans, (i, L.family)
        else:
            assert not L.spans, (i, L.family)
        last = 0
        spans = []
        for s, e, cat, val in sorted(L.spans):
            assert s >= last, ("overlap", i)
            assert b[s:e] == val and e > s, ("span mismatch", i)
            last = e
            spans.append({"s": s, "e": e, "cat": cat})
        out_log += b + b"\n"
        out_lab.append(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "wb") as f:
        f.write(bytes(out_log))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
