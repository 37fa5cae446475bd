#!/usr/bin/env python3
"""gen_nt.py - synthetic, labeled log corpus for a PHI detector.

Theme: a tribal health program and Indian Health Service facility ("Red Mesa
Indian Health Center", station/ASUFAC 202101, division 4585): RPMS/VistA MUMPS
globals (ZWRITE dumps, FileMan ^DIA audit nodes, IRIS journal dumps), Kernel
error trap (%ZTER) listings, IRIS cconsole TaskMan/Kernel messages, HL7 v2.3
ADT/ORU through a Mirth interface engine, Purchased/Referred Care referral JSON
and CSV, tribal enrollment verification (XML + key=value), pharmacy POS claims
(RPMS ECME, NCPDP D.0-like), Python ETL to a data warehouse, nginx and IIS
access logs of the patient portal, Android logcat of the mobile van clinic,
community health representative (CHR) visit notes, behavioral health scheduling
in Spring Boot, and syslog from network gear.

All people, numbers and addresses are synthetic.  Standard library only,
deterministic (fixed seed, no clock or OS randomness).  Writes nt.log and
nt.labels.jsonl next to this script.

Labeling decisions:
- Patients, their relatives, emergency contacts, guarantors, cardholders and
  subscribers are labeled.  Clinicians, CHRs, Kernel users (DUZ), network
  admins, vendors, facilities, payers and tribes (as organizations) are not.
- VistA/RPMS patient internal entry numbers (DFN, IEN of file 2 / 9000001,
  also inside global references like ^DPT(7741,.13)) and Health Record
  Numbers (HRN) are labeled mrn.
- Visit/encounter numbers that point at one patient's visit (HL7 PV1-19,
  ^AUPNVSIT IEN, van encounter ids, CHR visit IENs) are other_id.
  Appointment ids, order/placer/filler numbers, Rx numbers, claim
  transmission ids, PRC purchase-order numbers, batch ids and message control
  ids are NOT labeled (transaction numbers, not person identifiers).
- PRC referral numbers and tribal census/enrollment numbers are other_id.
  CDIB certificate numbers and driver's licence numbers are license.
- Patient portal usernames are other_id; a username that is an email address
  is email.  Staff usernames are not labeled.
- Medicaid/AHCCCS ids, Medicare MBIs, private member ids and NCPDP cardholder
  ids (C2) are health_plan.  BIN, PCN, group numbers and payer ids are not.
- HL7 PID-18 and billing "patient account" numbers, and a patient's card
  number (full PAN, Luhn-valid) are account.  Masked cards (last 4 only) are
  not labeled; public test cards (4111 1111 1111 1111) are not labeled.
- SSNs, including VistA pseudo-SSNs with trailing P and "last 4" SSNs, are ssn.
- Dates tied to a person are labeled in every written form (FileMan internal
  2561203 / 3240312.0915, HL7 TS, ISO, US, Python datetime.date(...) repr,
  URL-encoded): birth, death, visit/service, collection/observation,
  appointment and NCPDP date of service.  Log, message (MSH-7/EVN-2), file
  and batch timestamps are not labeled, nor meeting dates without a patient.
- Ages are labeled only when over 89.
- Address: street line, city, county (name or FIPS code), chapter/community/
  district of residence and home geocodes are each their own address span;
  state is not labeled; ZIP is zip.  Facility, vendor and van-site locations
  are not labeled.
- Public client IPs in patient portal access logs (nginx, IIS) are labeled ip
  (portal users are patients or their proxies); private/internal addresses
  (load balancers, probes, staff workstations, network gear) are not, nor
  are scanner/attacker sources in firewall threat logs.
- Devices issued to or owned by a patient (home glucometer, CGM, insulin
  pump, their phone's Bluetooth MAC) are device; clinic/van equipment,
  network gear serials and MACs are not.  The van's own VIN is not labeled;
  a patient's vehicle plate or VIN is vehicle.
- Fingerprint templates (ISO 19794-2 FMR, base64) are biometric; base64 face
  images are photo (only the base64 payload is the span).
- Personal URLs (a patient's fundraiser or social profile) are url.
- HL7 names: family, given and middle name components are separate spans;
  VistA "LAST,FIRST M" and free-text names are one span each.
"""
import base64
import json
import os
import unicodedata
import random
from datetime import date, datetime, timedelta

SEED = 0x6E74_2103
R = random.Random(SEED)
REF = date(2024, 3, 12)
N_LINES = 500
ID = "nt"


# --------------------------------------------------------------------------
# line builder with byte offsets
# --------------------------------------------------------------------------
class B:
    def __init__(self, fam):
        self.fam = fam
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
        st = self.n
        self.t(s)
        if cat:
            self.spans.append({"s": st, "e": self.n, "cat": cat})
            self.vals.append(s)
        return self

    def add(self, *pieces):
        for x in pieces:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            else:
                self.t(x)
        return self

    def text(self):
        return "".join(self.buf)


class P:
    """labeled JSON value"""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v = v
        self.c = c


def jw(b, o, sp=False):
    cs, ks = (", ", ": ") if sp else (",", ":")
    if isinstance(o, P):
        if isinstance(o.v, str):
            assert '"' not in o.v and "\\" not in o.v
            b.t('"').p(o.v, o.c).t('"')
        else:
            b.p(json.dumps(o.v), o.c)
    elif isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t(cs)
            b.t(json.dumps(k) + ks)
            jw(b, v, sp)
        b.t("}")
    elif isinstance(o, list):
        b.t("[")
        for i, v in enumerate(o):
            if i:
                b.t(cs)
            jw(b, v, sp)
        b.t("]")
    else:
        b.t(json.dumps(o, ensure_ascii=False))


# --------------------------------------------------------------------------
# clock and timestamp formats
# --------------------------------------------------------------------------
CLOCK = [datetime(2024, 3, 12, 0, 3, 17, 402000)]


def tick(lo=4, hi=130):
    CLOCK[0] += timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def ms(dt):
    return f"{dt.microsecond // 1000:03d}"


def ts_comma(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S,") + ms(dt)


def ts_iso(dt, off="-06:00"):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + ms(dt) + off


def ts_cc(dt):
    return dt.strftime("%m/%d/%y-%H:%M:%S:") + ms(dt)


def ts_fm(dt):
    s = f"{dt.year - 1700}{dt:%m%d}.{dt:%H%M%S}".rstrip("0")
    return s.rstrip(".")


def ts_nginx(dt):
    return dt.strftime("%d/%b/%Y:%H:%M:%S -0600")


def ts_iis(dt):
    return (dt + timedelta(hours=6)).strftime("%Y-%m-%d %H:%M:%S")


def ts_logcat(dt):
    return dt.strftime("%m-%d %H:%M:%S.") + ms(dt)


def ts_sys(dt):
    return dt.strftime("%b %d %H:%M:%S")


def ts_vista(dt):
    return dt.strftime("%b %d, %Y@%H:%M:%S").upper()


def hl7ts(dt):
    return dt.strftime("%Y%m%d%H%M%S")


# --------------------------------------------------------------------------
# synthetic people
# --------------------------------------------------------------------------
FIRST_F = ["Darlene", "Shaylee", "Nizhoni", "Winona", "Loretta", "Elvira", "Cheyenne",
           "Jolene", "Rosalind", "Imelda", "Mai", "Fatima", "Priya", "Maile", "Yuki",
           "Aleksandra", "Josefina", "Hattie", "Clarissa", "Marie-Claire", "Thomasina",
           "Raven", "Renée", "Zoë", "Bernadette", "Agnes", "Tallulah", "Lupe", "Hoa",
           "Amina", "Marisol", "Kateri", "Genevieve", "Sequoia", "Ramona", "Verna"]
FIRST_M = ["Kee", "Wilbert", "Ahiga", "Lorenzo", "Harold", "Tokala", "Chayton", "Keanu",
           "Orville", "Ezekiel", "Abdirahman", "Olusegun", "Siosaia", "Bogdan", "Hamid",
           "Bao", "Jean-Baptiste", "Juan Pablo", "Delbert", "Vernon", "Leland", "Marvin",
           "Dakota", "Kalani", "Tuan", "José", "Francis", "Lionel", "Wendell", "Cyrus",
           "Takoda", "Emmett", "Ignatius", "Rudy"]
LAST = ["Begay", "Yazzie", "Tsosie", "Nez", "Benally", "Etsitty", "Tsinajinnie", "Two Bulls",
        "Kills Crow", "Her Many Horses", "Iron Cloud", "Little Thunder", "Running Bear",
        "Whitehorse", "Harjo", "Locklear", "Oxendine", "Chavis", "Lente", "Kanuho",
        "Attakai", "Yellowhair", "Skenandore", "Osceola", "Deschenie", "Manuelito", "Nakai",
        "Silversmith", "Fourkiller", "Sixkiller", "García-López", "de la Cruz",
        "Van der Berg", "Nguyễn", "Xiong", "Abdi", "O'Neill", "MacDonald", "Okafor",
        "Fifita", "Kahananui", "Tanaka", "Kowalczyk", "Haddad", "St. Cyr", "LaPointe",
        "DeCoteau", "Azure", "Grandbois", "Bad Heart Bull", "Spotted Elk", "Standing Bear",
        "Peña", "Müller", "Jumper", "Old Coyote", "Walks Over Ice", "Charley"]
LAST_SIMPLE = ["Begay", "Tsosie", "Harjo", "Locklear", "Baldwin", "Cornsilk", "Morin",
               "Chee", "Lee", "Joe", "Redhouse"]

# city, state, zip, county, county FIPS, area codes, community/chapter, tribe
PLACES = [
    ("Shiprock", "NM", "87420", "San Juan County", "35045", ["505"], "Shiprock Chapter", "Navajo Nation"),
    ("Sanostee", "NM", "87461", "San Juan County", "35045", ["505"], "Sanostee Chapter", "Navajo Nation"),
    ("Chinle", "AZ", "86503", "Apache County", "04001", ["928"], "Many Farms Chapter", "Navajo Nation"),
    ("Kayenta", "AZ", "86033", "Navajo County", "04017", ["928"], "Kayenta Township", "Navajo Nation"),
    ("Pine Ridge", "SD", "57770", "Oglala Lakota County", "46102", ["605"], "Wakpamni District", "Oglala Sioux Tribe"),
    ("Kyle", "SD", "57752", "Oglala Lakota County", "46102", ["605"], "Medicine Root District", "Oglala Sioux Tribe"),
    ("Rosebud", "SD", "57570", "Todd County", "46121", ["605"], "Antelope Community", "Rosebud Sioux Tribe"),
    ("Tahlequah", "OK", "74464", "Cherokee County", "40021", ["918", "539"], "Briggs community", "Cherokee Nation"),
    ("Pembroke", "NC", "28372", "Robeson County", "37155", ["910"], "Prospect community", "Lumbee Tribe"),
    ("Crow Agency", "MT", "59022", "Big Horn County", "30003", ["406"], "Reno District", "Crow Tribe"),
    ("Lame Deer", "MT", "59043", "Rosebud County", "30087", ["406"], "Muddy Cluster", "Northern Cheyenne Tribe"),
    ("Browning", "MT", "59417", "Glacier County", "30035", ["406"], "Heart Butte", "Blackfeet Nation"),
    ("Zuni", "NM", "87327", "McKinley County", "35031", ["505"], "Black Rock", "Pueblo of Zuni"),
    ("Gallup", "NM", "87301", "McKinley County", "35031", ["505"], "Rock Springs Chapter", "Navajo Nation"),
    ("Tuba City", "AZ", "86045", "Coconino County", "04005", ["928"], "Tonalea Chapter", "Navajo Nation"),
    ("Fort Yates", "ND", "58538", "Sioux County", "38085", ["701"], "Porcupine District", "Standing Rock Sioux Tribe"),
    ("Belcourt", "ND", "58316", "Rolette County", "38079", ["701"], "Shell Valley", "Turtle Mountain Band of Chippewa"),
    ("Red Lake", "MN", "56671", "Beltrami County", "27007", ["218"], "Ponemah", "Red Lake Band of Chippewa"),
    ("Sells", "AZ", "85634", "Pima County", "04019", ["520"], "Chukut Kuk District", "Tohono O'odham Nation"),
    ("Whiteriver", "AZ", "85941", "Navajo County", "04017", ["928"], "Canyon Day", "White Mountain Apache Tribe"),
    ("Hoopa", "CA", "95546", "Humboldt County", "06023", ["530"], "Campbell Field", "Hoopa Valley Tribe"),
    ("Neah Bay", "WA", "98357", "Clallam County", "53009", ["360"], "Sooes", "Makah Tribe"),
]
STREETS = ["Sweetgrass", "Little Eagle", "Buffalo Gap", "Yellow Bird", "Juniper", "Red Rock",
           "Mesa View", "Cedar", "Agency", "Sitting Bull", "Cherokee", "Wolf Creek", "Piñon",
           "Turquoise", "Thunder Valley", "Sage Hill"]
SUFFIX = ["Rd", "Road", "Loop", "St", "Dr", "Ave", "Ln", "Trail"]

STAFF = [("HOSKIE", "LORRAINE", 1043), ("VENKATARAMAN", "RAMESH", 1187),
         ("KOWALCZYK", "DOROTA", 2210), ("BEGAY", "MARCUS", 1302), ("TWO CROW", "DALE", 1455),
         ("ETSITTY", "MARLENE", 1511), ("NAKAMURA", "GRACE", 1620), ("OKONKWO", "CHIDI", 1733),
         ("LUJAN", "PAULINE", 1802), ("YELLOWHORSE", "TRAVIS", 1907)]
CHRS = ["ETSITTY,MARLENE", "TWO CROW,DALE", "KANUHO,ROSITA", "LITTLE LIGHT,BRENDA",
        "BENALLY,FREDDIE"]
PROVIDERS = [("1187", "VENKATARAMAN", "RAMESH", "1326049981"), ("2210", "KOWALCZYK", "DOROTA", "1548377120"),
             ("1620", "NAKAMURA", "GRACE", "1962544017"), ("1733", "OKONKWO", "CHIDI", "1093817446")]


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


def rdigits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def gen_mbi():
    N = "0123456789"
    AN = MBI_A + N
    return "".join([R.choice("123456789"), R.choice(MBI_A), R.choice(AN), R.choice(N),
                    R.choice(MBI_A), R.choice(AN), R.choice(N), R.choice(MBI_A),
                    R.choice(MBI_A), R.choice(N), R.choice(N)])


def luhn(prefix, length):
    d = prefix + rdigits(length - len(prefix) - 1)
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return d + str((10 - s % 10) % 10)


VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6,
         "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2,
         "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def gen_vin(wmis=("1GC", "1FT", "3GC", "1N6", "5TF", "1D7", "2GC", "1GT")):
    v = (R.choice(wmis) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5))
         + "0" + R.choice("ABCDEFGHJKL") + R.choice("ABCFGKRZ") + rdigits(6))
    s = sum(VIN_T[c] * VIN_W[i] for i, c in enumerate(v))
    c = s % 11
    return v[:8] + ("X" if c == 10 else str(c)) + v[9:]


def gen_plate(st):
    k = R.randrange(4)
    L3 = "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
    if k == 0:
        return f"NN {rdigits(5)}"  # Navajo Nation plate
    if k == 1:
        return f"{L3}-{rdigits(3)}"
    if k == 2:
        return f"{L3}{rdigits(4)}"
    return f"{R.randint(1, 67)}A {rdigits(4)}"


def gen_street(upper=True):
    k = R.randrange(7)
    if k == 0:
        s = f"HC {R.randint(10, 99)} BOX {R.randint(100, 9999)}"
    elif k == 1:
        s = f"PO BOX {R.randint(100, 4999)}"
    elif k == 2:
        s = f"{R.randint(10, 9999)} BIA Route {R.randint(2, 150)}"
    elif k == 3:
        s = f"Lot {R.randint(1, 60)} {R.choice(['Antelope', 'Sage', 'Eagle View', 'Cottonwood'])} Mobile Home Park"
    elif k == 4:
        s = f"NHA Housing #{R.randint(10, 999)}"
    else:
        s = f"{R.randint(100, 9999)} {R.choice(STREETS)} {R.choice(SUFFIX)}"
    return s.upper() if upper else s


def person(kind="adult"):
    sex = R.choice("FM")
    first = R.choice(FIRST_F if sex == "F" else FIRST_M)
    last = R.choice(LAST)
    if R.random() < 0.08:
        last = last + "-" + R.choice(LAST_SIMPLE)
    if kind == "elder":
        y = R.randint(1923, 1933)
    elif kind == "child":
        y = R.randint(2008, 2019)
    else:
        y = R.randint(1941, 2002)
    dob = date(y, R.randint(1, 12), R.randint(1, 28))
    pl = R.choice(PLACES)
    age = REF.year - dob.year - ((REF.month, REF.day) < (dob.month, dob.day))
    area = R.choice(pl[5])
    phone = (area, f"{R.randint(201, 989)}", f"{R.randint(0, 9999):04d}")
    street_m = gen_street(False)
    fa, la = fold(first).lower().replace(" ", "").replace("-", ""), \
        fold(last).lower().replace(" ", "").replace("-", "").replace("'", "").replace(".", "")
    email = R.choice([f"{fa}.{la}{str(y)[2:]}", f"{fa[0]}{la}{R.randint(1, 99)}", f"{la}{fa[0]}",
                      f"{fa}{la}", f"{fa}_{la}{R.randint(1, 9)}"]) + "@" + R.choice(
        ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com",
         "frontiernet.net", "gmail.com"])
    user = R.choice([f"{fa[0]}{la}{str(y)[2:]}", f"{fa}.{la}", f"{la}{fa[:3]}", f"{fa}{R.randint(10, 99)}"])
    return dict(
        sex=sex, first=first, last=last, mi=R.choice("ABCDEFGHJKLMNPRSTW"),
        dob=dob, age=age, place=pl, city=pl[0], state=pl[1], zip=pl[2], county=pl[3],
        fips=pl[4], community=pl[6], tribe=pl[7], street_m=street_m, street=street_m.upper(),
        phone=phone, email=email, user=user, ssn=gen_ssn(),
        dfn=R.randint(1200, 98000), hrn=str(R.randint(10000, 299999)),
        medicaid=R.choice([rdigits(9), "A" + rdigits(8), rdigits(10), "NM" + rdigits(7)]),
        mbi=gen_mbi(), member=R.choice(["W" + rdigits(8), "ZGP" + rdigits(9), "XBE" + rdigits(9), "U" + rdigits(10)]),
        census=R.choice([rdigits(7), f"{R.randint(1, 9)}-{rdigits(5)}", "E" + rdigits(6)]),
        cdib=R.choice([f"CDIB-{rdigits(6)}", f"{R.randint(100, 999)}-{R.randint(10000, 99999)}", "C" + rdigits(7)]),
        dl=R.choice([rdigits(9), "D" + rdigits(8), rdigits(8), "0" + rdigits(12)]),
        acct=f"PA-{R.randint(1200, 98000):07d}-{R.randint(1, 9):02d}",
    )


HL7_REL = {"DAUGHTER": "CHD^CHILD", "SON": "CHD^CHILD", "SPOUSE": "SPO^SPOUSE", "MOTHER": "MTH^MOTHER",
           "FATHER": "FTH^FATHER", "GRANDDAUGHTER": "GCH^GRANDCHILD", "GRANDSON": "GCH^GRANDCHILD",
           "NIECE": "OTH^OTHER", "NEPHEW": "OTH^OTHER", "SISTER": "SIS^SISTER", "BROTHER": "BRO^BROTHER"}
REL_ABBR = {"DAUGHTER": "Dtr", "SON": "Son", "SPOUSE": "Spouse", "MOTHER": "Mother", "FATHER": "Father",
            "GRANDDAUGHTER": "Granddaughter", "GRANDSON": "Grandson", "NIECE": "Niece", "NEPHEW": "Nephew",
            "SISTER": "Sister", "BROTHER": "Brother"}


def relative(p):
    q = person()
    if R.random() < 0.7:
        q["last"] = p["last"]
    q["place"] = p["place"]
    q["city"], q["zip"], q["street"], q["street_m"] = p["city"], p["zip"], p["street"], p["street_m"]
    q["rel"] = R.choice(["DAUGHTER", "SPOUSE", "MOTHER", "GRANDDAUGHTER", "NIECE", "SISTER"] if q["sex"] == "F"
                        else ["SON", "SPOUSE", "FATHER", "GRANDSON", "NEPHEW", "BROTHER"])
    return q


def nm(p, style):
    f, l, m = p["first"], p["last"], p["mi"]
    return {
        "vista": f"{l.upper()},{f.upper()} {m}",
        "vista_nomi": f"{l.upper()},{f.upper()}",
        "last_first": f"{l}, {f}",
        "LAST_first": f"{l.upper()}, {f}",
        "first_last": f"{f} {l}",
        "upper": f"{f} {l}".upper(),
        "lower": f"{f} {l}".lower(),
        "initial": f"{f[0]}. {l}",
        "fml": f"{f} {m}. {l}",
    }[style]


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def df(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "us_dash":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    if style == "hl7":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "fm":
        return f"{d.year - 1700}{d.month:02d}{d.day:02d}"
    if style == "fm_ext":
        return f"{MON[d.month - 1]} {d.day},{d.year}"
    if style == "dmon":
        return f"{d.day:02d}-{MON[d.month - 1].title()}-{d.year}"
    if style == "long":
        return d.strftime("%B ") + f"{d.day}, {d.year}"
    if style == "mdy":
        return d.strftime("%b ") + f"{d.day}, {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "ymd_slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "md":
        return f"{d.month}/{d.day}"
    raise ValueError(style)


def ph(p, style):
    a, e, n = p["phone"]
    return {
        "paren": f"({a}) {e}-{n}",
        "vista": f"({a}){e}-{n}",
        "dash": f"{a}-{e}-{n}",
        "digits": f"{a}{e}{n}",
        "e164": f"+1{a}{e}{n}",
        "dots": f"{a}.{e}.{n}",
        "space": f"{a} {e} {n}",
    }[style]


PUB_OCT = [24, 45, 63, 66, 67, 68, 70, 71, 72, 73, 74, 75, 97, 98, 99, 107, 108, 136, 147,
           162, 166, 174, 184, 199, 206, 208, 209]


def pub_ip():
    return f"{R.choice(PUB_OCT)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def priv_ip():
    return R.choice([f"10.21.{R.randint(0, 12)}.{R.randint(2, 250)}",
                     f"10.20.{R.randint(0, 6)}.{R.randint(2, 250)}",
                     f"172.18.{R.randint(0, 3)}.{R.randint(2, 250)}"])


def mac(sep=":"):
    return sep.join(f"{R.randint(0, 255):02X}" for _ in range(6))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def b64_jpeg(n=120):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
    body = bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(head + body).decode()


def b64_fmr(n=90):
    head = b"FMR\x00 20\x00\x00\x00\x01\x62\x00\x00\x01\x40\x01\xe0\x00\xc5\x00\xc5\x01\x00\x00\x00"
    body = bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(head + body).decode()


UA_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.64 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; moto g play - 2023) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.66",
    "RedMesaPortal/3.8.1 (iOS 17.2; iPhone14,5) Alamofire/5.8.1",
    "okhttp/4.12.0 RedMesaPortal-Android/3.8.0",
]
PORTAL = "portal.redmesa-health.org"


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
def g_fileman(phi):
    """ZWRITE dumps of MUMPS globals (^DIA audit, ^DPT, ^AUPNPAT, ^AUPNVSIT...)"""
    F = "fileman_zwrite"
    if not phi:
        b = B(F)
        c = R.randrange(8)
        dt = tick()
        s = R.choice(STAFF)
        if c == 0:
            b.t(f'^DIA(19,{R.randint(1000, 9000)},0)="{R.randint(8000, 12000)}^{ts_fm(dt)}^{R.choice([".01", "1", "3", "20"])}^{s[2]}^^^XUEDIT OPTION^"')
        elif c == 1:
            b.t(f'^XTMP("BGPGPRA{R.randint(1, 9)}",0)="{ts_fm(dt + timedelta(days=7)).split(".")[0]}^{ts_fm(dt).split(".")[0]}^GPRA NIGHTLY EXTRACT {R.choice(["FY24", "CRS 24.1"])}"')
        elif c == 2:
            h = (dt.date() - date(1840, 12, 31)).days
            b.t(f'^%ZTSK({R.randint(4400000, 4499999)},0)="{R.choice(["BGPNT^BGPNTSK", "EN^XMKPLQ", "PURGE^XUSTZ", "NIGHT^BPSOSQA", "TASK^AGMRGQ"])}^{s[2]}^^{h},{dt.hour * 3600 + dt.minute * 60 + dt.second}^^^^^^^RPMS^ROU"')
        elif c == 3:
            b.t(R.choice(['^DD(2,.03,0)="DATE OF BIRTH^RDXOa^^0;3^S %DT="EX" D ^%DT S X=Y K:Y<1800000!(Y>DT) X"',
                          '^DD(9000001,.02,0)="DATE ESTABLISHED^D^^0;2^S %DT="E" D ^%DT S X=Y K:Y<1 X"',
                          '^DD(2,.09,0)="SOCIAL SECURITY NUMBER^FRXOa^^0;9^K:X[""""!($A(X)=45) X I $D(X) D SSN^DGRPDD1"',
                          '^DD(9000001,1101.1,0)="HEALTH RECORD NO.^F^^0;2^K:$L(X)>6!($L(X)<1) X"']))
        elif c == 4:
            b.t(f'^PSDRUG({R.randint(100, 9999)},0)="{R.choice(["METFORMIN HCL 500MG TAB", "LISINOPRIL 10MG TAB", "INSULIN GLARGINE 100 UNIT/ML INJ", "ATORVASTATIN 40MG TAB", "BUPRENORPHINE/NALOXONE 8/2MG FILM"])}^^{R.choice(["CV100", "CV800", "HS501", "CN101"])}^^^^^"')
        elif c == 5:
            b.t(f'^%ZIS(1,{R.randint(100, 900)},0)="{R.choice(["HFS", "NULL", "RM-PHARM-LBL", "RM-LAB-ZEBRA", "BROWSER"])}^^^^^^^^{R.choice(["0", "1"])}"')
        elif c == 6:
            b.t(f'^XMB(1,1,"NETNAME")="REDMESA.IHS.GOV"')
        else:
            b.t(f'^AUTTLOC(4585,0)="4585^202101^^^RED MESA IHC^^^{R.choice(["HC", "SU"])}^^^"')
        return [b]
    p = person(R.choice(["adult", "adult", "elder"]))
    c = R.randrange(4)
    out = []
    if c == 0:
        ien = R.randint(60000, 99999)
        dt = tick()
        s = R.choice(STAFF)
        fld = R.choice([".111", ".114", ".1112", ".131", ".03", ".01", ".09", ".117"])
        b = B(F)
        b.add(f"^DIA(2,{ien},0)=\"", (p["dfn"], "mrn"), f"^{ts_fm(dt)}^{fld}^{s[2]}^^^{R.choice(['AG EDIT', 'DG REGISTER PATIENT', 'AGMENU'])}^\"")
        out.append(b)
        if fld == ".111":
            old, new, cat = p["street"], gen_street(), "address"
        elif fld == ".114":
            old, new, cat = R.choice(PLACES)[0].upper(), p["city"].upper(), "address"
        elif fld == ".117":
            old, new, cat = R.choice(PLACES)[4][2:], p["fips"][2:], "address"
        elif fld == ".1112":
            old, new, cat = R.choice(PLACES)[2], p["zip"] + rdigits(4), "zip"
        elif fld == ".131":
            old, new, cat = ph(p, "vista"), f"({p['phone'][0]}){R.randint(201, 989)}-{rdigits(4)}", "phone"
        elif fld == ".03":
            old, new, cat = df(p["dob"] + timedelta(days=R.choice([31, 365, -30])), "fm"), df(p["dob"], "fm"), "date"
        elif fld == ".01":
            old = nm(p, "vista")
            p2 = dict(p)
            p2["last"] = p["last"] + "-" + R.choice(LAST_SIMPLE)
            new, cat = nm(p2, "vista"), "name"
        else:
            old, new, cat = gen_ssn() + "P", p["ssn"], "ssn"
        for node, v in ((2, old), (3, new)):
            b = B(F)
            b.add(f"^DIA(2,{ien},{node})=\"", (v, cat), "\"")
            out.append(b)
    elif c == 1:
        d = p["dfn"]
        b = B(F)
        b.add("^DPT(", (d, "mrn"), ",0)=\"", (nm(p, "vista"), "name"), f"^{p['sex']}^", (df(p["dob"], "fm"), "date"),
              f"^^{R.randint(1, 6)}^^^^", (p["ssn"], "ssn"), "^^^^^^^^^^^\"")
        out.append(b)
        b = B(F)
        b.add("^DPT(", (d, "mrn"), ",.11)=\"", (p["street"], "address"), "^^^", (p["city"].upper(), "address"),
              f"^{R.randint(1, 56)}^", (p["zip"], "zip"), "^^^^^^", (p["fips"][2:], "address"), "\"")
        out.append(b)
        if R.random() < 0.6:
            b = B(F)
            b.add("^DPT(", (d, "mrn"), ",.13)=\"", (ph(p, "vista"), "phone"), "^^^^^\"")
            out.append(b)
        if R.random() < 0.5:
            q = relative(p)
            b = B(F)
            b.add("^DPT(", (d, "mrn"), ",.21)=\"", (nm(q, "vista_nomi"), "name"), f"^{q['rel']}^",
                  (q["street"], "address"), "^^^", (q["city"].upper(), "address"), f"^{R.randint(1, 56)}^",
                  (q["zip"], "zip"), "^", (ph(q, "vista"), "phone"), "\"")
            out.append(b)
    elif c == 2:
        b = B(F)
        b.add("^AUPNPAT(", (p["dfn"], "mrn"), ",41,4585,0)=\"4585^", (p["hrn"], "mrn"), "^^\"")
        out.append(b)
        b = B(F)
        b.add("^AUPNPAT(\"D\",", (p["hrn"], "mrn"), ",", (p["dfn"], "mrn"), ",4585)=\"\"")
        out.append(b)
        if R.random() < 0.5:
            b = B(F)
            b.add("^DPT(\"B\",\"", (nm(p, "vista"), "name"), "\",", (p["dfn"], "mrn"), ")=\"\"")
            out.append(b)
    else:
        vi = R.randint(300000, 499999)
        vdt = datetime(2024, 3, R.randint(1, 11), R.randint(7, 17), R.choice([0, 15, 30, 45]))
        b = B(F)
        b.add("^AUPNVSIT(", (vi, "other_id"), ",0)=\"", (ts_fm(vdt), "date"), f"^{R.choice(['A', 'H', 'O'])}^^4585^",
              (p["dfn"], "mrn"), f"^^^{R.choice(['A', 'I'])}^^^^^^^^^^^^^^^\"")
        out.append(b)
        b = B(F)
        b.add(f"^AUPNVPOV({R.randint(900000, 999999)},0)=\"{R.choice(['2531', '4110', '88214', '3077'])}^",
              (p["dfn"], "mrn"), "^", (vi, "other_id"), f"^{R.randint(10000, 99999)}\"")
        out.append(b)
    return out


def g_jrn(phi):
    """IRIS ^JRNDUMP journal record listing"""
    F = "iris_jrn"
    addr = R.randint(30000000, 99999999)
    pid = R.randint(8000, 19999)
    b = B(F)
    if not phi:
        c = R.randrange(5)
        if c == 0:
            b.t(f"{addr:>10}  {pid:>6}  BT   /iris/rpms/")
        elif c == 1:
            b.t(f"{addr:>10}  {pid:>6}  S    /iris/rpms/   ^XTMP(\"XUSEC\",{ts_fm(tick())}) = \"{R.choice(STAFF)[2]}^TNA^{priv_ip()}\"")
        elif c == 2:
            b.t(f"{addr:>10}  {pid:>6}  K    /iris/rpms/   ^%ZTSCH(\"RUN\",{R.randint(66900, 66913)},{R.randint(0, 86399)},{R.randint(4400000, 4499999)})")
        elif c == 3:
            b.t(f"{addr:>10}  {pid:>6}  CT   /iris/rpms/")
        else:
            b.t(f"Journal file: /iris/jrn/{tick():%Y%m%d}.{R.randint(1, 9):03d}  Next: /iris/jrn/{CLOCK[0]:%Y%m%d}.{R.randint(10, 12):03d}  Records: {R.randint(100000, 900000)}")
        return [b]
    p = person()
    c = R.randrange(3)
    pre = f"{addr:>10}  {pid:>6}  S    /iris/rpms/   "
    if c == 0:
        b.add(pre, "^DPT(", (p["dfn"], "mrn"), ",.13) = \"", (ph(p, "vista"), "phone"), "^", (ph(relative(p), "vista"), "phone"), "^^^\"")
    elif c == 1:
        vdt = datetime(2024, 3, R.randint(1, 12), R.randint(7, 17), R.choice([5, 20, 40]))
        b.add(pre, "^AUPNVSIT(", (R.randint(300000, 499999), "other_id"), ",0) = \"", (ts_fm(vdt), "date"), "^A^^4585^", (p["dfn"], "mrn"), "^^^I\"")
    else:
        b.add(pre, "^DPT(", (p["dfn"], "mrn"), ",.35) = \"", (df(date(2024, R.randint(1, 3), R.randint(1, 10)), "fm"), "date"), "^^^^1\"")
    return [b]


def g_cconsole(phi):
    """IRIS/Caché cconsole.log with Kernel, TaskMan, RPC broker messages"""
    F = "iris_cconsole"
    dt = tick()
    pid = R.randint(8000, 19999)
    b = B(F)
    pre = f"{ts_cc(dt)} ({pid}) "
    s = R.choice(STAFF)
    if not phi:
        msg = R.choice([
            f"0 [Utility.Event] TaskMan: Task #{R.randint(4400000, 4499999)} ({R.choice(['BGP GPRA NIGHTLY', 'XMKPLQ', 'XU PURGE ERROR LOG', 'BPS NIGHTLY BACKGROUND', 'AG PATIENT MERGE QUEUE', 'BMX MONITOR'])}) completed, elapsed {R.randint(0, 2)}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}",
            f"2 [Utility.Event] TaskMan error: Task {R.randint(4400000, 4499999)} <STORE>{R.choice(['PROC+14^XMKPLQ', 'EN+3^BGPNTSK', 'LOOP+22^BPSOSQA'])} - job halted, submanager {R.randint(1, 8)} restarted",
            f"0 [Utility.Event] Kernel sign-on: DUZ={s[2]} {s[0]},{s[1]} device |TCP|{R.choice([9200, 9100])}|{pid} IP {priv_ip()} context OR CPRS GUI CHART (EHR v1.1 p{R.randint(25, 33)})",
            f"1 [Utility.Event] Kernel: failed sign-on, invalid ACCESS CODE, device |TCP|9200|{pid} IP {priv_ip()} (attempt {R.randint(1, 5)}/5)",
            f"0 [Generic.Event] Journal File Compression: Compressed /iris/jrn/{dt:%Y%m%d}.{R.randint(1, 9):03d}, ratio {R.randint(40, 80)}%",
            f"1 [Utility.Event] LMF Info: Licensed for 250 users. Currently {R.randint(80, 240)} in use",
            f"1 [Utility.Event] Warning: Lock table {R.randint(70, 95)}% full ({R.randint(15000, 40000)} entries)",
            f"0 [Generic.Event] Started BMX monitor on port 10501 (namespace RPMS)",
            f"2 [Utility.Event] RPC Broker: XWB listener |TCP|9200 read timeout after 180s, handle {hexs(10).upper()}",
            f"0 [Utility.Event] TaskMan: Status RUN, {R.randint(2, 12)} submanagers, queue {R.randint(0, 40)}, volume set ROU:{R.choice(['RMIRIS1', 'RMIRIS2'])}",
            f"1 [Utility.Event] HL7: link RHAP-ADT shutdown requested by DUZ {s[2]}; {R.randint(0, 30)} messages pending",
            f"0 [Utility.Event] Write daemon: global buffer usage {R.randint(40, 93)}%, {R.randint(100, 9000)} blocks written",
        ])
        b.t(pre + msg)
        return [b]
    p = person()
    c = R.randrange(4)
    if c == 0:
        q = dict(p)
        q["dfn"] = R.randint(1200, 98000)
        b.add(pre, f"2 [Utility.Event] TaskMan error: Task {R.randint(4400000, 4499999)} (AG PATIENT MERGE) <UNDEFINED>MRG+22^AGMRG *AGDFN; merging DFN ",
              (p["dfn"], "mrn"), " into ", (q["dfn"], "mrn"), " (", (nm(p, "vista"), "name"), " / ", (nm(p, "vista_nomi"), "name"), ")")
    elif c == 1:
        b.add(pre, "1 [Utility.Event] HL7: link RHAP-ADT msg ", f"{R.randint(900000, 999999)}", " rejected - PID-7 missing for HRN ", (p["hrn"], "mrn"), " (", (nm(p, "vista_nomi"), "name"), ")")
    elif c == 2:
        b.add(pre, "1 [Utility.Event] BPS ECME: claim ", f"{R.randint(50000, 99999)}.{R.randint(1, 9):04d}", " held for DFN ", (p["dfn"], "mrn"),
              ", NCPDP reject 65 (Patient Is Not Covered), cardholder ", (p["member"], "health_plan"))
    else:
        b.add(pre, f"2 [Utility.Event] <SUBSCRIPT>DOB+4^AGREG2 ^DPT(", (p["dfn"], "mrn"), ",0) ; DOB entered ", (df(p["dob"], "us_short"), "date"),
              " by DUZ ", f"{s[2]}")
    return [b]


def g_zter(phi):
    """Kernel error trap listing (^%ZTER), one variable per physical line"""
    F = "kernel_zter"
    dt = tick()
    out = []
    n = R.randint(3, 60)
    pid = R.randint(8000, 19999)
    s = R.choice(STAFF)
    b = B(F)
    b.t(f"ERROR LOG ENTRY #{n}  {ts_vista(dt)}  PROCESS {pid}  UCI RPMS,ROU  DUZ={s[2]}")
    out.append(b)
    if not phi:
        err = R.choice(["<NETWORK>WRITE+3^XWBRW", "<PROTECT>SAVE+8^BGPDATA ^BGPGPDCT", "<NOLINE>EN^BQIPRCL",
                        "<STORE>LOOP+22^BPSOSQA", "<READ>RD+2^%ZISTCP", "<MAXSTRING>BLD+11^BMXADOV"])
        for txt in [f"  $ZE={err}", f"  $J={pid}  $I=|TCP|9200|{pid}  IO=|TCP|9200|{pid}",
                    f"  XWBTIP=\"{priv_ip()}\"  XWBPORT={R.randint(50000, 65000)}",
                    f"  XQY0=\"{R.choice(['BGP GPRA REPORTS', 'BPS NIGHTLY', 'BMXRPC', 'OR CPRS GUI CHART'])}^^Run {R.choice(['GPRA', 'ECME', 'broker'])}^R\"",
                    f"  ZTSK={R.randint(4400000, 4499999)}  ZTQUEUED=1"][:R.randint(2, 5)]:
            b = B(F)
            b.t(txt)
            out.append(b)
        return out
    p = person(R.choice(["adult", "elder"]))
    b = B(F)
    b.t(f"  $ZE=<UNDEFINED>{R.choice(['PHONE+6^AGED2 *AGPHN', 'ADDR+14^AGED4 *AGZIP', 'SSN+3^AGREG *AGSSN', 'EN+9^AGEDIT *AGOPT'])}")
    out.append(b)
    rows = [
        lambda: ("  DFN=", (p["dfn"], "mrn")),
        lambda: ("  AGNAME=\"", (nm(p, "vista"), "name"), "\""),
        lambda: ("  AGDOB=", (df(p["dob"], "fm"), "date")),
        lambda: ("  AGSSN=\"", (p["ssn"] + ("P" if R.random() < 0.3 else ""), "ssn"), "\""),
        lambda: ("  X=\"", (ph(p, "vista"), "phone"), "\""),
        lambda: ("  AGLINE=\"", (p["street"], "address"), "\""),
        lambda: ("  AGHRN=\"", (p["hrn"], "mrn"), "\""),
        lambda: ("  DUZ(2)=4585  DT=", ts_fm(dt).split(".")[0], "  U=\"^\""),
        lambda: ("  LAST GLOBAL REF: ^DPT(", (p["dfn"], "mrn"), ",.13)"),
    ]
    idx = sorted(R.sample(range(len(rows)), R.randint(3, 6)))
    for i in idx:
        b = B(F)
        b.add(*rows[i]())
        out.append(b)
    return out


# ---------------------------------------------------------------- HL7 / Mirth
def mirth_pre(dt, lvl, cat):
    return f"[{ts_comma(dt)}]  {lvl:<5} ({cat}): "


def seg(b, fields):
    for i, f in enumerate(fields):
        if i:
            b.t("|")
        if isinstance(f, list):
            b.add(*f)
        elif isinstance(f, tuple):
            b.p(f[0], f[1])
        else:
            b.t(f)


def g_hl7(phi):
    F = "hl7v23"
    dt = tick()
    ctrl = f"RM{dt:%Y%m%d%H%M%S}{R.randint(0, 99999):05d}"
    out = []
    if not phi:
        c = R.randrange(6)
        b = B(F)
        if c == 0:
            b.t(mirth_pre(dt, "INFO", "com.mirth.connect.server.controllers.DonkeyEngineController:1204") +
                f"Channel {R.choice(['RPMS_ADT_OUT', 'RPMS_LAB_ORU_IN', 'HIE_ADT_FEED', 'STATE_IIS_VXU'])} ({uuid4()}) deployed, state STARTED")
        elif c == 1:
            b.t(mirth_pre(dt, "DEBUG", "com.mirth.connect.connectors.tcp.TcpReceiver:742") +
                f"sent ACK: MSH|^~\\&|NMHIE|NMHIE|RPMS-HL7|4585^REDMESA^L|{hl7ts(dt)}||ACK^{R.choice(['A04', 'A08', 'R01'])}|{hexs(12).upper()}|P|2.3\\rMSA|AA|{ctrl}")
        elif c == 2:
            b.t(mirth_pre(dt, "ERROR", "com.mirth.connect.connectors.tcp.TcpDispatcher:433") +
                f"Error sending message {R.randint(100000, 999999)} to 10.30.{R.randint(0, 9)}.{R.randint(2, 250)}:{R.choice([6661, 6662, 5001])}: java.net.SocketTimeoutException: Read timed out (attempt {R.randint(1, 3)} of 3)")
        elif c == 3:
            rc, fl, er = R.randint(1000, 9000), R.randint(0, 40), R.randint(0, 5)
            b.t(mirth_pre(dt, "INFO", "com.mirth.connect.server.controllers.DefaultChannelController:88") +
                f"stats channel=RPMS_ADT_OUT received={rc} filtered={fl} sent={rc - fl - er} errored={er} queued={R.randint(0, 12)}")
        elif c == 4:
            b.t(mirth_pre(dt, "WARN", "transformer:?") + f"OBX-5 units missing for LOINC {R.choice(['4548-4', '2345-7', '2160-0', '33914-3'])} in msg {ctrl}; defaulting to '{R.choice(['%', 'mg/dL', 'mL/min/1.73m2'])}'")
        else:
            out2 = [b]
            b.t(mirth_pre(dt, "INFO", "transformer:?") + f"ACK received for {ctrl}:")
            b2 = B(F)
            b2.t(f"MSH|^~\\&|NMHIE|NMHIE|RPMS-HL7|4585^REDMESA^L|{hl7ts(dt)}||ACK|{hexs(10).upper()}|P|2.3")
            b3 = B(F)
            b3.t(f"MSA|{R.choice(['AA', 'AA', 'AE'])}|{ctrl}|{R.choice(['', 'Message accepted', 'PID-3 duplicate, merged'])}")
            return [b, b2, b3]
        return [b]
    p = person(R.choice(["adult", "adult", "elder", "child"]))
    kind = R.choice(["A04", "A08", "R01", "R01", "A03"])
    s = R.choice(STAFF)
    pr = R.choice(PROVIDERS)
    b = B(F)
    b.t(mirth_pre(dt, "INFO", "transformer:?") + f"Inbound {'ORU^R01' if kind == 'R01' else 'ADT^' + kind} from RPMS-HL7 ctrl={ctrl} channel={'RPMS_LAB_ORU_IN' if kind == 'R01' else 'RPMS_ADT_OUT'}:")
    out.append(b)
    b = B(F)
    b.t(f"MSH|^~\\&|RPMS-HL7|4585^REDMESA^L|{'RHAPSODY' if kind != 'R01' else 'RPMS-LAB'}|NMHIE|{hl7ts(dt)}||{'ORU^R01' if kind == 'R01' else 'ADT^' + kind}|{ctrl}|P|2.3|||AL|NE")
    out.append(b)
    if kind != "R01":
        b = B(F)
        b.t(f"EVN|{kind}|{hl7ts(dt)}|||{s[2]}^{s[0]}^{s[1]}")
        out.append(b)
    b = B(F)
    pid3 = [(p["hrn"], "mrn"), "^^^4585^MR"]
    if R.random() < 0.5:
        pid3 += ["~", (p["ssn"], "ssn"), "^^^USSSA^SS"]
    name5 = [(p["last"].upper(), "name"), "^", (p["first"].upper(), "name")]
    if R.random() < 0.3:
        name5 += ["^", (R.choice(FIRST_F + FIRST_M).upper(), "name")]
    addr = [(p["street"], "address"), "^^", (p["city"].upper(), "address"), "^" + p["state"] + "^", (p["zip"], "zip"), "^^H"]
    fields = ["PID", "1", "", pid3, "", name5, "", [(df(p["dob"], "hl7"), "date")], p["sex"], "",
              "1002-5^AMERICAN INDIAN OR ALASKA NATIVE^HL70005", addr, [(p["fips"], "address")],
              [(ph(p, "vista"), "phone"), "^PRN^PH"] + (["~^NET^Internet^", (p["email"], "email")] if R.random() < 0.4 else []),
              "", "", R.choice(["M^MARRIED^HL70002", "S^SINGLE^HL70002", "W^WIDOWED^HL70002"]), "",
              [(p["acct"], "account")] if R.random() < 0.5 else "", [(p["ssn"], "ssn")] if R.random() < 0.5 else ""]
    if kind != "R01" and R.random() < 0.3:
        fields += [[(p["dl"], "license"), "^" + p["state"]]]
    seg(b, fields)
    out.append(b)
    if kind != "R01" and R.random() < 0.7:
        q = relative(p)
        b = B(F)
        seg(b, ["NK1", "1", [(q["last"].upper(), "name"), "^", (q["first"].upper(), "name")], HL7_REL[q["rel"]] + "^HL70063",
                [(q["street"], "address"), "^^", (q["city"].upper(), "address"), "^" + p["state"] + "^", (q["zip"], "zip")],
                [(ph(q, R.choice(["vista", "dash", "digits"])), "phone")], "", "EC^EMERGENCY CONTACT^HL70131"])
        out.append(b)
    vis = str(R.randint(300000, 499999))
    adm = datetime(2024, 3, R.randint(1, 9), R.randint(6, 18), R.choice([0, 10, 25, 40, 55]))
    b = B(F)
    pv1 = ["PV1", "1", R.choice(["O", "E", "I"]), f"REDMESA^{R.choice(['GIM', 'ER', 'DIAB', 'PEDS', 'MED'])}^^4585", "", "", "",
           f"{pr[0]}^{pr[1]}^{pr[2]}^^^^MD", "", "", R.choice(["GIM", "EM", "DIA"]), "", "", "", "1", "", "", "", R.choice(["OP", "IP", "ER"]), [(vis, "other_id")]]
    pv1 += [""] * 24 + [[(hl7ts(adm), "date")]]
    if kind == "A03":
        pv1 += [[(hl7ts(adm + timedelta(hours=R.randint(2, 96))), "date")]]
    seg(b, pv1)
    out.append(b)
    if kind != "R01" and R.random() < 0.5:
        b = B(F)
        if R.random() < 0.5:
            ins = ["IN1", "1", "MCD01^NM MEDICAID", "NMHSD", "NEW MEXICO MEDICAID", "PO BOX 2348^^SANTA FE^NM^87504"] + [""] * 11 + \
                  ["18^SELF"] + [""] * 17 + [[(p["medicaid"], "health_plan")]]
        else:
            ins = ["IN1", "1", "MCR01^MEDICARE PART B", "CMS", "MEDICARE", ""] + [""] * 10 + \
                  [[(p["last"].upper(), "name"), "^", (p["first"].upper(), "name")], "18^SELF", [(df(p["dob"], "hl7"), "date")]] + [""] * 16 + [[(p["mbi"], "health_plan")]]
        seg(b, ins)
        out.append(b)
    if kind == "R01":
        coll = adm - timedelta(minutes=R.randint(10, 90))
        onum, fnum = f"{R.randint(100000, 999999)}", f"RM{R.randint(10000, 99999)}"
        b = B(F)
        b.t(f"ORC|RE|{onum}|{fnum}|||CM")
        out.append(b)
        test = R.choice([("4548-4", "HEMOGLOBIN A1C", "%", "4.0-5.6", f"{R.randint(55, 120) / 10:.1f}"),
                         ("2345-7", "GLUCOSE", "mg/dL", "70-99", str(R.randint(80, 380))),
                         ("33914-3", "EGFR", "mL/min/1.73m2", ">60", str(R.randint(12, 95))),
                         ("2093-3", "CHOLESTEROL", "mg/dL", "<200", str(R.randint(120, 290)))])
        b = B(F)
        seg(b, ["OBR", "1", onum, fnum, f"{test[0]}^{test[1]}^LN", "", "", [(hl7ts(coll), "date")], "", "", "", "", "", "",
                "", "BLD&BLOOD", f"{pr[0]}^{pr[1]}^{pr[2]}"])
        out.append(b)
        b = B(F)
        seg(b, ["OBX", "1", "NM", f"{test[0]}^{test[1]}^LN", "", test[4], test[2], test[3], R.choice(["H", "N", "L", ""]), "", "", "F", "", "",
                [(hl7ts(coll), "date")]])
        out.append(b)
        if R.random() < 0.5:
            b = B(F)
            seg(b, ["OBX", "2", "ST", "CGMSN^CGM DEVICE SERIAL^L", "", [(R.choice(["SM", "DX7-", "NG"]) + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)), "device")],
                    "", "", "", "", "", "F"])
            out.append(b)
        if R.random() < 0.3:
            b = B(F)
            b.t(f"NTE|1|L|Specimen received {R.choice(['hemolyzed, result may be affected', 'at room temp', 'from van clinic, courier delay 3h'])}")
            out.append(b)
    return out


# ---------------------------------------------------------------- PRC JSON / CSV
VENDORS = [("San Juan Regional Medical Center", "1154321987", "505-609-2090"),
           ("Gallup Dialysis Center", "1467500120", "505-722-4810"),
           ("Monument Health Rapid City", "1689677231", "605-755-1420"),
           ("Sanford Bismarck", "1932104458", "701-323-5211"),
           ("Banner University Medical Center Tucson", "1760483121", "520-694-0101"),
           ("Billings Clinic", "1598719001", "406-238-2501")]


def g_prc_json(phi):
    F = "prc_json"
    dt = tick()
    b = B(F)
    if not phi:
        c = R.randrange(3)
        if c == 0:
            o = {"eventType": "PRC_COMMITTEE_SUMMARY", "meetingDate": dt.date().isoformat(), "approved": R.randint(5, 30),
                 "deferred": R.randint(0, 15), "denied": R.randint(0, 6), "fundsRemaining": round(R.uniform(1e5, 9e5), 2),
                 "fy": "FY24", "serviceUnit": "Red Mesa"}
        elif c == 1:
            o = {"level": "error", "ts": ts_iso(dt), "msg": "FI 837P submission failed", "batch": f"FI-{dt:%Y%m%d}-{R.randint(1, 9):02d}",
                 "httpStatus": R.choice([502, 503, 504]), "traceId": hexs(32), "retryInSec": 300}
        else:
            o = {"level": "info", "ts": ts_iso(dt), "msg": "referral queue poll", "pending": R.randint(0, 80),
                 "oldestAgeDays": R.randint(0, 40), "priorityCounts": {"1": R.randint(0, 4), "2": R.randint(0, 20), "3": R.randint(0, 30), "4": R.randint(0, 10)}}
        jw(b, o, sp=R.random() < 0.3)
        return [b]
    p = person(R.choice(["adult", "adult", "elder", "child"]))
    v = R.choice(VENDORS)
    appt = date(2024, R.randint(3, 6), R.randint(1, 28))
    refno = f"{dt:%y}-4585-{R.randint(1, 9999):06d}"
    if R.random() < 0.6:
        pat = {"dfn": P(p["dfn"], "mrn"), "hrn": P(p["hrn"], "mrn"),
               "name": {"family": P(p["last"], "name"), "given": P(p["first"], "name")},
               "dob": P(df(p["dob"], "iso"), "date"), "sex": p["sex"]}
        if R.random() < 0.5:
            pat["ssnLast4"] = P(p["ssn"][-4:], "ssn")
        pat["address"] = {"line1": P(p["street_m"], "address"), "city": P(p["city"], "address"),
                          "state": p["state"], "zip": P(p["zip"], "zip")}
        if R.random() < 0.6:
            pat["phone"] = P(ph(p, R.choice(["dash", "paren", "digits"])), "phone")
        if R.random() < 0.4:
            pat["email"] = P(p["email"], "email")
        alt = []
        if R.random() < 0.6:
            alt.append({"type": "MEDICAID", "id": P(p["medicaid"], "health_plan")})
        if p["age"] >= 65 or R.random() < 0.2:
            alt.append({"type": "MEDICARE", "mbi": P(p["mbi"], "health_plan")})
        elig = {"chsda": True, "tribe": p["tribe"], "censusNo": P(p["census"], "other_id"), "alternateResources": alt}
        o = {"eventType": R.choice(["PRC_REFERRAL_APPROVED", "PRC_REFERRAL_CREATED", "PRC_REFERRAL_DEFERRED"]),
             "referralNo": P(refno, "other_id"), "facility": {"asufac": "202101", "name": "Red Mesa Indian Health Center"},
             "patient": pat, "eligibility": elig,
             "vendor": {"name": v[0], "npi": v[1], "fax": v[2]},
             "service": {"cpt": R.choice(["45378", "27447", "90935", "70553", "93306"]), "dx": [R.choice(["K63.5", "M17.11", "N18.6", "I50.9", "G43.909"])],
                         "apptDate": P(df(appt, "iso"), "date"), "estCost": round(R.uniform(300, 40000), 2)},
             "priority": str(R.randint(1, 4)), "committee": {"reviewedBy": R.choice(STAFF)[0], "decision": R.choice(["APPROVE", "DEFER", "PENDING"])}}
        if p["age"] > 89:
            o["patient"]["age"] = P(p["age"], "age")
        if R.random() < 0.2:
            o["dme"] = {"item": R.choice(["CPAP", "home O2 concentrator", "power wheelchair"]), "currentSerial": P(R.choice(["J", "K", "TR"]) + rdigits(9), "device")}
        if R.random() < 0.25:
            o["transport"] = {"mode": "private vehicle", "plate": P(gen_plate(p["state"]), "vehicle"), "miles": R.randint(20, 240)}
    else:
        g = relative(p)
        o = {"ref_no": P(refno, "other_id"), "po_no": f"{R.randint(24, 24)}-{rdigits(6)}", "pt_last": P(p["last"].upper(), "name"),
             "pt_first": P(p["first"].upper(), "name"), "pt_dob": P(df(p["dob"], "us"), "date"), "hrn": P(p["hrn"], "mrn"),
             "dos_from": P(df(appt, "us"), "date"), "dos_to": P(df(appt + timedelta(days=R.randint(0, 4)), "us"), "date"),
             "billed_amt": f"{R.uniform(200, 30000):.2f}", "vendor_npi": v[1],
             "guarantor": {"name": P(nm(g, "last_first"), "name"), "rel": g["rel"].lower(), "phone": P(ph(g, "dots"), "phone"),
                           **({"fax": P(f"{g['phone'][0]}-{R.randint(201, 989)}-{rdigits(4)}", "fax")} if R.random() < 0.4 else {})},
             "status": R.choice(["PAID", "PENDED", "DENIED_ALT_RESOURCE"])}
        if R.random() < 0.3:
            o["travel"] = {"vehicle_vin": P(gen_vin(), "vehicle"), "mileage_rate": 0.67}
    jw(b, o, sp=R.random() < 0.3)
    return [b]


PRC_HDR = "referral_no,asufac,hrn,patient_name,dob,vendor_name,vendor_npi,cpt,est_cost,priority,status,appt_date,alt_resource_id"


def g_prc_csv(phi):
    F = "prc_csv"
    dt = tick()
    if not phi:
        b = B(F)
        c = R.randrange(4)
        if c == 0:
            b.t(PRC_HDR)
        elif c == 1:
            b.t(f"# generated by BMC PRC export v4.0 p{R.randint(25, 31)} {dt:%Y-%m-%d %H:%M} station=202101 rows={R.randint(20, 400)}")
        elif c == 2:
            b.t(f"TOTAL,,,,,,,,{R.uniform(20000, 300000):.2f},,,,")
        else:
            b.t(f"fy;service_unit;obligated;paid;unobligated\nFY24;RED MESA;{R.uniform(1e6, 5e6):.2f};{R.uniform(5e5, 3e6):.2f};{R.uniform(1e5, 9e5):.2f}".split("\n")[R.randrange(2)])
        return [b]
    out = []
    if R.random() < 0.3:
        b = B(F)
        b.t(PRC_HDR)
        out.append(b)
    for _ in range(R.randint(1, 3)):
        p = person(R.choice(["adult", "adult", "elder"]))
        v = R.choice(VENDORS)
        appt = date(2024, R.randint(3, 6), R.randint(1, 28))
        b = B(F)
        if R.random() < 0.7:
            b.add((f"{dt:%y}-4585-{R.randint(1, 9999):06d}", "other_id"), ",202101,", (p["hrn"], "mrn"), ",\"", (nm(p, "vista_nomi").replace(",", ", "), "name"),
                  "\",", (df(p["dob"], R.choice(["us", "iso", "us_short"])), "date"), f",\"{v[0]}\",{v[1]},{R.choice(['45378', '27447', '90935', '70553'])},{R.uniform(300, 40000):.2f},{R.randint(1, 4)},{R.choice(['APPROVED', 'DEFERRED', 'DENIED', 'PENDING'])},",
                  (df(appt, "us"), "date"), ",")
            if R.random() < 0.6:
                b.p(R.choice([p["medicaid"], p["mbi"]]), "health_plan")
        else:
            b.add((f"{dt:%y}-4585-{R.randint(1, 9999):06d}", "other_id"), ";", (nm(p, "vista_nomi"), "name"), ";", (p["hrn"], "mrn"), ";",
                  (df(p["dob"], "us"), "date"), f";DEFERRED;Priority {R.randint(2, 4)};{R.choice(['ortho consult', 'MRI lumbar', 'dental prosthetics', 'sleep study', 'cataract eval'])}")
        out.append(b)
    return out


# ---------------------------------------------------------------- enrollment
def g_enroll_xml(phi):
    F = "enroll_xml"
    dt = tick()
    b = B(F)
    if not phi:
        c = R.randrange(3)
        if c == 0:
            b.t(f"<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault><faultcode>soap:Server</faultcode><faultstring>Enrollment registry unavailable (ORA-12541: TNS:no listener)</faultstring><detail><requestId>{uuid4()}</requestId></detail></soap:Fault></soap:Body></soap:Envelope>")
        elif c == 1:
            sub = R.randint(40, 300)
            b.t(f"<BatchStatus xmlns=\"urn:tribal:enroll:v2\"><BatchId>EV-{dt:%Y%m%d}-{R.randint(1, 20):03d}</BatchId><Submitted>{sub}</Submitted><Matched>{sub - R.randint(0, 12)}</Matched><Errors>{R.randint(0, 3)}</Errors><Elapsed>PT{R.randint(2, 90)}S</Elapsed></BatchStatus>")
        else:
            b.t(f"<VerifyRequest xmlns=\"urn:tribal:enroll:v2\" requestId=\"{uuid4()}\" source=\"RPMS-AG\" station=\"202101\" ts=\"{ts_iso(dt)}\"><Mode>HEARTBEAT</Mode></VerifyRequest>")
        return [b]
    p = person(R.choice(["adult", "elder", "elder", "child"]))
    b.add(f"<EnrollmentVerification xmlns=\"urn:tribal:enroll:v2\"><RequestId>{uuid4()}</RequestId><Member>",
          "<CensusNumber>", (p["census"], "other_id"), "</CensusNumber>")
    if R.random() < 0.7:
        b.add("<CDIBNumber>", (p["cdib"], "license"), "</CDIBNumber>")
    b.add("<LastName>", (p["last"], "name"), "</LastName><FirstName>", (p["first"], "name"), "</FirstName>",
          "<DOB>", (df(p["dob"], R.choice(["iso", "us"])), "date"), "</DOB>",
          f"<BloodQuantum>{R.choice(['4/4', '1/2', '3/4', '1/4', '11/16', '7/8'])}</BloodQuantum><Tribe>{p['tribe'].replace(chr(39), '&apos;')}</Tribe>",
          "<Community>", (p["community"], "address"), "</Community>")
    if p["age"] > 89 and R.random() < 0.8:
        b.add("<Age>", (p["age"], "age"), "</Age>")
    if R.random() < 0.3:
        b.add("<Photo mime=\"image/jpeg\">", (b64_jpeg(R.randint(60, 110)), "photo"), "</Photo>")
    elif R.random() < 0.2:
        b.add("<FingerprintTemplate format=\"ISO19794-2\">", (b64_fmr(R.randint(40, 70)), "biometric"), "</FingerprintTemplate>")
    b.t(f"<Status>{R.choice(['ENROLLED', 'ENROLLED', 'DESCENDANT', 'PENDING'])}</Status></Member></EnrollmentVerification>")
    return [b]


def g_enroll_kv(phi):
    F = "enroll_kv"
    dt = tick()
    pid = R.randint(2000, 9000)
    b = B(F)
    pre = f"{dt:%Y-%m-%d %H:%M:%S} enroll-verify[{pid}]: "
    if not phi:
        b.t(pre + R.choice([
            f"roster sync tribe={R.choice(['NN', 'OST', 'RST', 'CNO', 'SRST'])} rows={R.randint(10000, 90000)} added={R.randint(0, 80)} removed={R.randint(0, 10)} sha256={hexs(64)}",
            f"cache stats hits={R.randint(1000, 9000)} misses={R.randint(10, 400)} ratio=0.{R.randint(80, 99)} evictions={R.randint(0, 50)}",
            f"tls handshake ok peer=enroll-api.{R.choice(['navajo-nsn.gov', 'oglala.org', 'cherokee.org'])}:443 cipher=TLS_AES_256_GCM_SHA384 elapsed={R.randint(40, 900)}ms",
            f"result=ERROR code=TIMEOUT upstream=OST-ENROLL after={R.randint(10, 30)}s request_id={uuid4()}",
        ]))
        return [b]
    p = person(R.choice(["adult", "elder", "elder"]))
    b.add(pre, f"result={R.choice(['MATCH', 'MATCH', 'PARTIAL', 'NO_MATCH'])} tribe=\"{p['tribe']}\" census_no=", (p["census"], "other_id"),
          " cdib=", (p["cdib"], "license"), " name=\"", (nm(p, R.choice(["LAST_first", "vista", "upper"])), "name"), "\" dob=", (df(p["dob"], R.choice(["us", "iso", "us_dash"])), "date"))
    if p["age"] > 89:
        b.add(" age=", (p["age"], "age"))
    b.add(" community=", (p["community"].replace(" ", "_"), "address"))
    if R.random() < 0.3:
        b.add(" dl=", (p["dl"], "license"))
    if R.random() < 0.2:
        b.add(" home_fax=", (f"{p['phone'][0]}{R.randint(201, 989)}{rdigits(4)}", "fax"))
    b.t(f" src={R.choice(['OST-ENROLL', 'NN-CENSUS', 'RST-ENR', 'MANUAL'])} ms={R.randint(20, 3000)}")
    return [b]


# ---------------------------------------------------------------- NCPDP / ECME
BINS = [("610014", "MEDDPRIME"), ("004336", "ADV"), ("610502", "NMMCD"), ("003858", "A4"), ("017010", "0212DMCD")]
NDC = ["00093721410", "00378018001", "00088222033", "00071015523", "68180051301", "00069150030"]


def g_ncpdp(phi):
    F = "ncpdp_pos"
    dt = tick()
    tx = f"{R.randint(50000, 99999)}.{R.randint(1, 9):04d}"
    b = B(F)
    pre = f"{ts_fm(dt)} BPS(9002313.02) TX#{tx} "
    if not phi:
        c = R.randrange(4)
        if c == 0:
            sent, rej = R.randint(50, 400), R.randint(0, 30)
            b.t(pre + f"STATS sent={sent} paid={sent - rej} rejected={rej} reversed={R.randint(0, 5)} switch=EMDEON rt_avg={R.randint(300, 2400)}ms")
        elif c == 1:
            b.t(pre + f"REJECT {R.choice(['75 Prior Authorization Required', '70 Product/Service Not Covered', '88 DUR Reject Error', '79 Refill Too Soon'])} NDC {R.choice(NDC)} Rx {rdigits(7)} fill {R.randint(0, 5)}")
        elif c == 2:
            b.t(pre + f"COMM ERROR switch 10.40.{R.randint(0, 3)}.{R.randint(2, 250)}:{R.choice([7101, 7102])} errno=ECONNRESET retry={R.randint(1, 3)}")
        else:
            bn = R.choice(BINS)
            b.t(pre + f"RSP D0B11A01{'1467729345':<15}<SS>AM20<FS>F4CLAIM PAID<GS><SS>AM21<FS>ANP<FS>F3{rdigits(20)}<SS>AM23<FS>F5{R.randint(0, 4000)}{{<FS>F6{R.randint(100, 90000)}{{")
        return [b]
    p = person(R.choice(["adult", "elder", "child"]))
    bn = R.choice(BINS)
    dos = dt.date() - timedelta(days=R.choice([0, 0, 1, 3]))
    if R.random() < 0.7:
        b.add(pre, f"REQ {bn[0]}D0B1{bn[1]:<10}101{'1467729345':<15}", (df(dos, "hl7"), "date"), f"{'RPMSBPS':<10}",
              "<SS>AM04<FS>C2", (p["member"] if bn[0] != "610502" else p["medicaid"], "health_plan"), "<FS>CC", (p["first"].upper(), "name"), "<FS>CD", (p["last"].upper(), "name"),
              f"<FS>C1{R.choice(['RX1234', 'NMMCD', 'MCAID', 'GRP7781'])}<FS>C301<FS>C6{R.randint(1, 3)}",
              "<SS>AM01<FS>C4", (df(p["dob"], "hl7"), "date"), f"<FS>C5{1 if p['sex'] == 'M' else 2}<FS>CA", (p["first"].upper(), "name"), "<FS>CB", (p["last"].upper(), "name"))
        if R.random() < 0.6:
            b.add("<FS>CM", (p["street"], "address"), "<FS>CN", (p["city"].upper(), "address"), f"<FS>CO{p['state']}<FS>CP", (p["zip"], "zip"))
        if R.random() < 0.6:
            b.add("<FS>CQ", (ph(p, "digits"), "phone"))
        b.t(f"<GS><SS>AM07<FS>EM1<FS>D2{rdigits(7)}<FS>E103<FS>D7{R.choice(NDC)}<FS>E7{R.randint(30, 180) * 1000:010d}<FS>D3{R.randint(0, 5):02d}<FS>D5{R.choice([30, 90, 28]):03d}<SS>AM03<FS>EZ01<FS>DB{R.choice(PROVIDERS)[3]}")
    else:
        b.add(pre, f"ECME claim BIN={bn[0]} PCN={bn[1]} Cardholder=", (p["member"], "health_plan"), " Patient=", (nm(p, "vista"), "name"),
              " DOB=", (df(p["dob"], "us"), "date"), " DOS=", (df(dos, "us"), "date"), f" Rx={rdigits(7)} NDC={R.choice(NDC)} Status={R.choice(['PAID', 'REJECTED', 'E PAYABLE', 'IN PROGRESS'])}")
    return [b]


# ---------------------------------------------------------------- Python ETL
def g_etl(phi):
    F = "python_etl"
    dt = tick(2, 40)
    lg = R.choice(["rpms_etl.extract", "rpms_etl.transform.patient", "dw.loader", "rpms_etl.transform.visit", "rpms_etl.load.dim_patient"])
    if not phi:
        b = B(F)
        c = R.randrange(7)
        if c == 0:
            b.t(f"{ts_comma(dt)} INFO rpms_etl.extract: pulled {R.randint(1000, 90000)} rows from {R.choice(['VISIT (9000010)', 'V POV (9000010.07)', 'V MEDICATION (9000010.14)', 'PATIENT (9000001)'])} via BMX in {R.uniform(2, 90):.1f}s")
        elif c == 1:
            b.t(f"{ts_comma(dt)} INFO dw.loader: COPY dw.{R.choice(['fact_encounter', 'fact_lab_result', 'dim_provider', 'fact_rx_fill'])} FROM STDIN -> {R.randint(100, 60000)} rows (batch {R.randint(1, 12)}/12)")
        elif c == 2:
            b.t(f"{ts_comma(dt)} WARNING rpms_etl.extract: BMX broker reconnect attempt {R.randint(1, 5)}/5 to 10.21.2.10:10501")
        elif c == 3:
            b.t(f"{ts_comma(dt)} DEBUG sqlalchemy.engine.Engine: [cached since {R.uniform(1, 900):.1f}s ago] {{'batch_id': 'b-{dt:%Y%m%d}-{R.randint(1, 12):02d}', 'station': '202101'}}")
        elif c == 4:
            b.t(f"[{dt:%Y-%m-%d, %H:%M:%S} UTC] {{taskinstance.py:1138}} INFO - Dependencies all met for <TaskInstance: rpms_nightly.{R.choice(['extract_visits', 'load_dim_patient', 'gpra_measures'])} scheduled__{dt:%Y-%m-%d}T02:00:00+00:00 [queued]>")
        elif c == 5:
            out = []
            for txt in [f"{ts_comma(dt)} ERROR dw.loader: load failed for batch b-{dt:%Y%m%d}-{R.randint(1, 12):02d}",
                        "Traceback (most recent call last):",
                        f"  File \"/opt/rpms_etl/load/{R.choice(['facts.py', 'dims.py'])}\", line {R.randint(40, 400)}, in upsert",
                        "    cur.execute(UPSERT_SQL, row)",
                        "psycopg2.errors.DeadlockDetected: deadlock detected"]:
                bb = B(F)
                bb.t(txt)
                out.append(bb)
            return out
        else:
            b.t(f"{ts_comma(dt)} INFO rpms_etl.run: run_id={uuid4()} finished status=success rows_in={R.randint(10000, 500000)} rows_out={R.randint(10000, 500000)} duration={R.randint(60, 5000)}s git={hexs(7)}")
        return [b]
    p = person(R.choice(["adult", "elder", "elder"]))
    c = R.randrange(6)
    b = B(F)
    if c == 0:
        q = dict(p)
        q["hrn"] = str(R.randint(10000, 299999))
        b.add(f"{ts_comma(dt)} WARNING rpms_etl.transform.patient: dedupe conflict hrn=", (p["hrn"], "mrn"), " vs hrn=", (q["hrn"], "mrn"),
              " for name='", (nm(p, "vista"), "name"), "' dob=", (df(p["dob"], "iso"), "date"), " score=0.", str(R.randint(85, 99)))
        return [b]
    if c == 1:
        b.add(f"{ts_comma(dt)} DEBUG rpms_etl.transform.patient: row={{'dfn': ", (p["dfn"], "mrn"), ", 'hrn': '", (p["hrn"], "mrn"), "', 'name': '",
              (nm(p, "vista"), "name"), "', 'dob': ", (f"datetime.date({p['dob'].year}, {p['dob'].month}, {p['dob'].day})", "date"),
              ", 'zip': '", (p["zip"], "zip"), "', 'county': '", (p["county"].upper().replace(" COUNTY", ""), "address"), "'}")
        return [b]
    if c == 2:
        dd = date(2024, R.randint(1, 3), R.randint(1, 10))
        b.add(f"{ts_comma(dt)} INFO rpms_etl.death: applied date of death ", (df(dd, "iso"), "date"), " for HRN ", (p["hrn"], "mrn"), " (source=NM-BVRHS file DR", f"{dt:%Y%m}.txt)")
        return [b]
    if c == 3:
        b.add(f"{ts_comma(dt)} INFO rpms_etl.transform.deid: age>89 masking patient_sk={R.randint(100000, 999999)} age=", (p["age"] if p["age"] > 89 else 90 + R.randint(0, 8), "age"), " -> '90+'")
        return [b]
    if c == 4:
        b.add(f"{ts_comma(dt)} WARNING rpms_etl.transform.patient: pseudo-SSN ", (gen_ssn() + "P", "ssn"), " for DFN ", (p["dfn"], "mrn"), ", skipping SSA match")
        return [b]
    out = [b]
    b.t(f"{ts_comma(dt)} ERROR rpms_etl.load.dim_patient: upsert failed for batch b-{dt:%Y%m%d}-{R.randint(1, 12):02d}")
    for txt in ["Traceback (most recent call last):",
                f"  File \"/opt/rpms_etl/load/dim_patient.py\", line {R.randint(100, 300)}, in upsert",
                "    cur.execute(UPSERT_SQL, row)"]:
        bb = B(F)
        bb.t(txt)
        out.append(bb)
    bb = B(F)
    if R.random() < 0.5:
        bb.t("psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"dim_patient_hrn_fac_uk\"")
        out.append(bb)
        bb = B(F)
        bb.add("DETAIL:  Key (hrn, facility_id)=(", (p["hrn"], "mrn"), ", 4585) already exists.")
    else:
        bb.t("psycopg2.errors.NotNullViolation: null value in column \"sex_cd\" of relation \"dim_patient\" violates not-null constraint")
        out.append(bb)
        bb = B(F)
        bb.add(f"DETAIL:  Failing row contains ({R.randint(100000, 999999)}, ", (p["dfn"], "mrn"), ", ", (p["last"].upper(), "name"), ", ",
               (p["first"].upper(), "name"), ", ", (df(p["dob"], "iso"), "date"), ", null, ", (p["zip"], "zip"), f", {dt:%Y-%m-%d %H:%M:%S}.{ms(dt)}-06).")
    out.append(bb)
    return out


# ---------------------------------------------------------------- nginx
def g_nginx(phi):
    F = "nginx"
    dt = tick(1, 30)
    b = B(F)
    tail = lambda: f" rt={R.uniform(0.001, 1.4):.3f} uct=0.00{R.randint(0, 9)} urt={R.uniform(0.001, 1.4):.3f}"
    if not phi:
        c = R.randrange(5)
        if c == 0:
            b.t(f"{priv_ip()} - - [{ts_nginx(dt)}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.27\"" + tail())
        elif c == 1:
            b.t(f"{priv_ip()} - - [{ts_nginx(dt)}] \"GET /metrics HTTP/1.1\" 200 {R.randint(4000, 12000)} \"-\" \"Prometheus/2.48.1\"" + tail())
        elif c == 2:
            b.t(f"{priv_ip()} - - [{ts_nginx(dt)}] \"GET /portal/static/js/main.{hexs(8)}.js HTTP/1.1\" {R.choice([200, 304])} {R.randint(0, 400000)} \"https://{PORTAL}/\" \"{UA_MOBILE[3]}\"" + tail())
        elif c == 3:
            b.t(f"{dt:%Y/%m/%d %H:%M:%S} [error] {R.randint(20, 40)}#{R.randint(20, 40)}: *{R.randint(100000, 999999)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: {priv_ip()}, server: {PORTAL}, request: \"GET /portal/api/v1/clinics/4585/slots HTTP/1.1\", upstream: \"http://10.20.3.{R.randint(2, 40)}:8080/api/v1/clinics/4585/slots\", host: \"{PORTAL}\"")
        else:
            b.t(f"{dt:%Y/%m/%d %H:%M:%S} [notice] 1#1: signal process started; reloading configuration (worker_connections {R.choice([1024, 4096])})")
        return [b]
    p = person(R.choice(["adult", "adult", "elder"]))
    ip = pub_ip()
    c = R.randrange(5)
    ua = R.choice(UA_MOBILE)
    if c == 4:
        o = {"time": ts_iso(dt)[:19] + "-06:00", "remote_addr": P(ip, "ip"), "remote_user": "-", "request": None, "status": 200,
             "body_bytes_sent": R.randint(200, 90000), "request_time": round(R.uniform(0.01, 2), 3), "http_user_agent": ua,
             "upstream_addr": f"10.20.3.{R.randint(2, 40)}:8080", "x_patient_id": P(str(p["dfn"]), "mrn"), "request_id": hexs(32)}
        o["request"] = f"GET /portal/api/v1/messages?unread=true HTTP/2.0"
        jw(b, o)
        return [b]
    b.add((ip, "ip"), " - ")
    if c == 0:
        b.add((p["user"], "other_id"), f" [{ts_nginx(dt)}] \"GET /portal/api/v1/patients/", (p["dfn"], "mrn"),
              f"/{R.choice(['appointments', 'labs', 'medications', 'immunizations', 'documents'])} HTTP/2.0\" 200 {R.randint(300, 40000)} \"https://{PORTAL}/home\" \"{ua}\"")
    elif c == 1:
        b.add(f"- [{ts_nginx(dt)}] \"POST /portal/api/v1/auth/login HTTP/2.0\" {R.choice([200, 401, 401, 429])} {R.randint(40, 600)} \"https://{PORTAL}/login\" \"{ua}\"")
    elif c == 2:
        em = p["email"].replace("@", "%40")
        b.add(f"- [{ts_nginx(dt)}] \"GET /portal/register/verify?email=", (em, "email"), "&dob=", (df(p["dob"], "iso"), "date"),
              f"&hrn=", (p["hrn"], "mrn"), f" HTTP/1.1\" {R.choice([200, 302, 404])} {R.randint(100, 3000)} \"https://{PORTAL}/register\" \"{ua}\"")
    else:
        q = relative(p)
        b.add((q["user"], "other_id"), f" [{ts_nginx(dt)}] \"GET /portal/api/v1/proxy/", (p["dfn"], "mrn"),
              f"/records?relation={q['rel'].lower()} HTTP/2.0\" 200 {R.randint(300, 40000)} \"https://{PORTAL}/proxy\" \"{ua}\"")
    b.t(tail())
    return [b]


# ---------------------------------------------------------------- IIS
IIS_FIELDS = "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"


def iis_ua(u):
    return u.replace(" ", "+")


def g_iis(phi):
    F = "iis_w3c"
    dt = tick(1, 30)
    sip = "10.21.8.14"
    if not phi:
        c = R.randrange(5)
        if c == 0:
            out = []
            for txt in ["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0",
                        f"#Date: {ts_iis(dt)}", IIS_FIELDS]:
                b = B(F)
                b.t(txt)
                out.append(b)
            return out
        b = B(F)
        if c == 1:
            b.t(f"{ts_iis(dt)} {sip} GET /api/health - 80 - {priv_ip()} ELB-HealthChecker/2.0 - 200 0 0 {R.randint(0, 3)}")
        elif c == 2:
            b.t(f"{ts_iis(dt)} {sip} GET /PatientPortal/Content/{R.choice(['site.css', 'bootstrap.min.css', 'img/logo-redmesa.png'])} v={hexs(8)} 443 - {priv_ip()} {iis_ua(UA_MOBILE[3])} - {R.choice([200, 304])} 0 0 {R.randint(0, 40)}")
        elif c == 3:
            b.t(f"{ts_iis(dt)} {sip} POST /PatientPortal/BillPay/Test.aspx mode=sandbox&cc=4111111111111111&amt=1.00 443 qa_tester {priv_ip()} {iis_ua(UA_MOBILE[3])} - 200 0 0 {R.randint(40, 400)}")
        else:
            b.t(f"{ts_iis(dt)} {sip} GET /PatientPortal/Account/Login ReturnUrl=%2FPatientPortal%2FHome 443 - {priv_ip()} {iis_ua(UA_MOBILE[3])} - 200 0 0 {R.randint(10, 200)}")
        return [b]
    p = person()
    ip = pub_ip()
    ua = iis_ua(R.choice(UA_MOBILE))
    b = B(F)
    c = R.randrange(4)
    user = (p["email"], "email") if R.random() < 0.5 else (p["user"], "other_id")
    if c == 0:
        b.add(f"{ts_iis(dt)} {sip} GET /PatientPortal/Messages/Inbox - 443 ", user, " ", (ip, "ip"), f" {ua} https://{PORTAL}/PatientPortal/Home 200 0 0 {R.randint(40, 900)}")
    elif c == 1:
        b.add(f"{ts_iis(dt)} {sip} GET /PatientPortal/Records/Download patientId=", (p["dfn"], "mrn"), "&docType=CCDA&dob=",
              (df(p["dob"], "us").replace("/", "%2F"), "date"), " 443 ", user, " ", (ip, "ip"), f" {ua} - 200 0 0 {R.randint(100, 3000)}")
    elif c == 2:
        b.add(f"{ts_iis(dt)} {sip} POST /PatientPortal/BillPay/Submit.aspx acct=", (p["acct"], "account"), "&amt=", f"{R.randint(5, 300)}.00", "&cc=",
              (luhn(R.choice(["4", "51", "55", "6011"]), 16), "account"), " 443 ", user, " ", (ip, "ip"), f" {ua} - {R.choice([200, 302, 500])} 0 0 {R.randint(200, 4000)}")
    else:
        b.add(f"{ts_iis(dt)} {sip} POST /PatientPortal/Account/Login - 443 - ", (ip, "ip"), f" {ua} https://{PORTAL}/PatientPortal/Account/Login {R.choice([302, 200])} 0 0 {R.randint(40, 600)}")
    return [b]


# ---------------------------------------------------------------- Android logcat
def g_logcat(phi):
    F = "logcat"
    dt = tick(1, 20)
    pid = 4121
    tid = lambda: R.choice([4121, 4188, 4190, 4233, 4260])
    pre = lambda lvl, tag: f"{ts_logcat(dt)} {pid:>5} {tid():>5} {lvl} {tag}: "
    if not phi:
        c = R.randrange(7)
        if c == 6:
            out = []
            for lvl, tag, txt in [("E", "AndroidRuntime", f"FATAL EXCEPTION: WorkManager-Thread-{R.randint(1, 4)}"),
                                  ("E", "AndroidRuntime", f"Process: org.redmesa.vanclinic, PID: {pid}"),
                                  ("E", "AndroidRuntime", "java.lang.IllegalStateException: Room cannot verify the data integrity. Looks like you've changed schema but forgot to update the version number."),
                                  ("E", "AndroidRuntime", "\tat androidx.room.RoomOpenHelper.onUpgrade(RoomOpenHelper.kt:97)")][:R.randint(2, 4)]:
                b = B(F)
                b.t(pre(lvl, tag) + txt)
                out.append(b)
            return out
        b = B(F)
        b.t(R.choice([
            pre("I", "VanClinic.Sync") + f"uploaded {R.randint(1, 30)} encounters ({R.randint(0, 8)} pending) to ehr-gw.redmesa-health.org in {R.randint(300, 9000)}ms",
            pre("D", "BluetoothGatt") + f"connect() - device: {mac()}, auto: false (clinic BP cuff OMRON-HBP1320 asset RM-VAN2-014)",
            pre("W", "ConnectivityManager") + f"NetworkCallback lost: cellular LTE rsrp=-{R.randint(100, 125)}dBm, falling back to offline queue",
            pre("I", "VanClinic.GPS") + f"van at site=\"{R.choice(['Sanostee Chapter House', 'Red Valley Chapter House', 'Toadlena Senior Center', 'Kyle Community Center'])}\" lat=36.{R.randint(1000, 9999)} lon=-108.{R.randint(1000, 9999)} acc={R.randint(3, 20)}m",
            pre("I", "VanClinic.Fleet") + f"vin={gen_vin(('1FD', '1FC'))} odo={R.randint(20000, 90000)}mi fuel={R.randint(10, 100)}% generator={R.choice(['ON', 'OFF'])}",
            pre("I", "chatty") + f"uid=10187(org.redmesa.vanclinic) WorkManager-Thread identical {R.randint(2, 40)} lines",
            pre("I", "OkHttp") + f"<-- 200 https://ehr-gw.redmesa-health.org/api/van/heartbeat ({R.randint(40, 900)}ms, {R.randint(20, 90)}-byte body)",
        ]))
        return [b]
    p = person(R.choice(["adult", "elder", "child"]))
    c = R.randrange(7)
    b = B(F)
    if c == 6:
        b.add(pre("I", "InsulinPumpBridge"), f"linked {R.choice(['Tandem t:slim X2', 'Omnipod 5 PDM', 'MiniMed 780G'])} serial=",
              (R.choice(["NG", "TS", "PD"]) + rdigits(7) + R.choice("HKLM"), "device"), " to hrn=", (p["hrn"], "mrn"), f" last_bolus={R.uniform(0.5, 9):.1f}U")
        return [b]
    if c == 0:
        b.add(pre("I", "VanClinic.CheckIn"), "matched patient hrn=", (p["hrn"], "mrn"), " \"", (nm(p, "last_first"), "name"), "\" dob=",
              (df(p["dob"], "us"), "date"), f" via {R.choice(['name+dob', 'tribal id scan', 'hrn'])} enc=", (f"enc-{dt:%Y%m%d}-{R.randint(1, 90):04d}", "other_id"))
        return [b]
    if c == 1:
        out = []
        b.t(pre("I", "OkHttp") + f"--> POST https://ehr-gw.redmesa-health.org/api/van/encounters ({R.randint(200, 900)}-byte body)")
        out.append(b)
        b2 = B(F)
        b2.t(pre("I", "OkHttp"))
        o = {"hrn": P(p["hrn"], "mrn"), "lastName": P(p["last"], "name"), "firstName": P(p["first"], "name"),
             "dob": P(df(p["dob"], "iso"), "date"), "phone": P(ph(p, "digits"), "phone"),
             "visitDate": P(df(dt.date(), "iso"), "date"), "site": "Sanostee Chapter House", "bp": f"{R.randint(100, 190)}/{R.randint(60, 110)}",
             "a1c": round(R.uniform(5, 12), 1), "chr": R.choice(CHRS)}
        jw(b2, o)
        out.append(b2)
        return out
    if c == 2:
        b.add(pre("I", "GlucoseMeterSvc"), f"paired patient meter model={R.choice(['Contour Next One', 'Accu-Chek Guide', 'OneTouch Verio Reflect'])} sn=",
              (R.choice(["GM4-", "7", "SRL"]) + rdigits(8), "device"), " mac=", (mac(), "device"), " for hrn=", (p["hrn"], "mrn"))
        return [b]
    if c == 3:
        b.add(pre("I", "VanClinic.Biometric"), "fp enroll ok hrn=", (p["hrn"], "mrn"), f" finger=R{R.randint(1, 5)} quality={R.randint(40, 99)} fmr=", (b64_fmr(R.randint(40, 80)), "biometric"))
        return [b]
    if c == 4:
        b.add(pre("D", "VanClinic.Photo"), "captured ID photo for hrn=", (p["hrn"], "mrn"), " data:image/jpeg;base64,", (b64_jpeg(R.randint(50, 100)), "photo"))
        return [b]
    b.add(pre("W", "VanClinic.HomeVisit"), "geofence mismatch for patient ", (p["hrn"], "mrn"), " home=", (f"{R.uniform(35.1, 36.99):.5f},{R.uniform(-109.9, -107.5):.5f}", "address"),
          f" route={R.randint(1, 9)} dist={R.uniform(0.2, 9):.1f}km")
    return [b]


# ---------------------------------------------------------------- CHR notes
CHR_HDR = "BCH|IEN|VDATE|CHR|PATIENT|HRN|LOC|SVC|NARRATIVE"


def g_chr(phi):
    F = "chr_note"
    dt = tick()
    b = B(F)
    chr_ = R.choice(CHRS)
    if not phi:
        c = R.randrange(3)
        if c == 0:
            b.t(CHR_HDR)
        elif c == 1:
            b.add(f"BCH|{R.randint(10000, 99999)}|{ts_fm(dt).split('.')[0]}|{chr_}|COMMUNITY|-|{R.choice(['CHAPTER HOUSE', 'SCHOOL', 'SENIOR CTR'])}|HE|",
                  R.choice([f"Community health fair at chapter house, {R.randint(20, 60)} BP checks, {R.randint(5, 20)} A1c, {R.randint(0, 6)} referrals to clinic.",
                            "CHR staff meeting, reviewed flu/COVID vaccine clinic schedule and van route changes.",
                            f"Diabetes talking circle, {R.randint(5, 15)} attendees, no individual follow-ups.",
                            "Road to Lukachukai washed out, home visits moved to Thursday. Notified supervisor.",
                            "Water hauling day w/ Chapter, distributed 40 hygiene kits. No pt contacts."]))
        else:
            b.t(f"BCH EXPORT {dt:%Y-%m-%d %H:%M} station=202101 visits={R.randint(20, 200)} chr={R.randint(4, 12)} home={R.randint(10, 90)} transports={R.randint(0, 20)}")
        return [b]
    p = person(R.choice(["adult", "elder", "elder"]))
    q = relative(p)
    vd = dt.date() - timedelta(days=R.randint(0, 3))
    miss = vd - timedelta(days=R.randint(2, 9))
    loc = R.choice(["HOME", "HOME", "TRANSPORT", "PHONE"])
    svc = R.choice(["HP", "CM", "TR", "MD"])
    quoted = R.random() >= 0.75
    if not quoted:
        b.add("BCH|", (R.randint(10000, 99999), "other_id"), "|", (df(vd, "fm"), "date"), f"|{chr_}|", (nm(p, "vista"), "name"), "|", (p["hrn"], "mrn"), f"|{loc}|{svc}|")
    else:
        b.add(f"{ts_iso(dt)} chr-connect[{R.randint(100, 999)}] note chr=\"{chr_.title()}\" client=\"", (nm(p, "first_last"), "name"), "\" text=\"")
    k = R.randrange(8)
    if k == 7:
        b.add("Checked on ", (nm(p, "first_last"), "name"), ", Dexcom G7 receiver SN ", (rdigits(2) + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)), "device"),
              " not syncing since ", (df(miss, "md"), "date"), ". " + REL_ABBR[q["rel"]] + " ", (q["first"], "name"), " to bring it to van clinic.")
    elif k == 0:
        b.add("Home visit w/ ", (nm(p, "first_last"), "name"), ", BP ", f"{R.randint(140, 190)}/{R.randint(88, 110)}", ", out of lisinopril since ", (df(miss, "md"), "date"),
              ". " + REL_ABBR[q["rel"]] + " ", (q["first"], "name"), " (", (ph(q, R.choice(["dash", "paren", "dots"])), "phone"), ") will pick up refill Fri.")
    elif k == 1:
        b.add("Transported pt to dialysis in ", R.choice(["Gallup", "Farmington", "Rapid City"]), ", pt says truck (plate ", (gen_plate(p["state"]), "vehicle"),
              ") broke down near ", (p["community"], "address"), ". Needs PRC for ambulance bill from ", (df(miss, "us_short"), "date"), ".")
    elif k == 2:
        b.add("pt ", (nm(p, "lower"), "name"), " not home, left card w/ grandson. Will try again next wk. Per neighbor moved to ", (gen_street(False), "address"), ".")
    elif k == 3:
        if p["age"] > 89:
            b.add("Elder ", (nm(p, "first_last"), "name"), " (", (str(p["age"]), "age"), " y/o) lives alone at ", (p["street_m"], "address"), ", ",
                  (p["city"], "address"), ". Woodstove ok, water hauled weekly. Referred to senior ctr meals.")
        else:
            b.add("Elder ", (nm(p, "first_last"), "name"), " lives alone at ", (p["street_m"], "address"), ", ",
                  (p["city"], "address"), ". Woodstove ok, water hauled weekly. Referred to senior ctr meals.")
    elif k == 4:
        b.add("Yá'át'ééh. Visited ", (nm(p, "initial"), "name"), ", " + REL_ABBR[q["rel"]].lower() + " ", (q["first"] + " " + q["last"], "name"), " translating. Pt asks about GoFundMe for travel: ",
              ("https://www.gofundme.com/f/" + fold(p["first"]).lower().replace(" ", "-") + "-" + fold(p["last"]).lower().replace(" ", "-").replace("'", "") + "-dialysis-travel", "url"), " - told to ask PRC.")
    elif k == 5:
        b.add("Visita domiciliaria: " + ("Sra. " if p["sex"] == "F" else "Sr. "), (nm(p, "first_last"), "name"), ", tel ", (ph(p, "space"), "phone"), ", refiere mareo desde el ", (df(miss, "dots"), "date"),
              f". Glucosa {R.randint(180, 420)}. Se avisó a la Dra. ", R.choice(["Nakamura", "Kowalczyk"]), ".")
    else:
        b.add("Unci " if p["sex"] == "F" else "Lala ", (nm(p, "first_last"), "name"), " fell ", (df(miss, "mdy"), "date"), ", " + q["rel"].lower() + " ",
              (q["first"] + " " + q["last"], "name"), " found " + ("her" if p["sex"] == "F" else "him") + ". Cell ",
              (ph(q, "digits"), "phone"), ". Scheduled PT eval, DME walker order sent.")
    if quoted:
        b.t("\"")
    return [b]


# ---------------------------------------------------------------- Spring Boot BH scheduling
def sb_pre(dt, lvl, thread, logger):
    return f"{ts_iso(dt)} {lvl:>5} 1 --- [bh-scheduling] [{thread:>15}] {logger:<40} : "


def g_spring(phi):
    F = "spring_boot"
    dt = tick(1, 40)
    th = lambda: R.choice(["nio-8080-exec-3", "nio-8080-exec-7", "nio-8080-exec-1", "task-2"])
    if not phi:
        b = B(F)
        c = R.randrange(8)
        if c == 0:
            b.t(sb_pre(dt, "INFO", "main", "o.r.bh.BhSchedulingApplication") + f"Started BhSchedulingApplication in {R.uniform(5, 15):.3f} seconds (process running for {R.uniform(6, 17):.3f})")
        elif c == 1:
            b.t(sb_pre(dt, "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer") + "Tomcat started on port 8080 (http) with context path ''")
        elif c == 2:
            b.t(sb_pre(dt, "INFO", "main", "com.zaxxer.hikari.HikariDataSource") + "HikariPool-1 - Start completed.")
        elif c == 3:
            b.t(sb_pre(dt, "INFO", "scheduling-1", "o.r.bh.sched.jobs.ReminderJob") + f"reminder batch done sent={R.randint(10, 80)} failed={R.randint(0, 4)} skipped={R.randint(0, 10)} took={R.randint(300, 9000)}ms")
        elif c == 4:
            b.t(sb_pre(dt, "INFO", "scheduling-1", "o.r.bh.sched.slots.SlotGenerator") + f"generated {R.randint(40, 300)} slots for clinic {R.choice(['BH-TELE', 'BH-ADULT', 'BH-YOUTH', 'MAT'])} week {dt:%G-W%V}")
        elif c == 5:
            b.t(sb_pre(dt, "WARN", "housekeeper", "com.zaxxer.hikari.pool.HikariPool") + f"HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m{R.randint(1, 59)}s{R.randint(1, 999)}ms).")
        elif c == 6:
            b.t(sb_pre(dt, "ERROR", th(), "o.a.c.c.C.[.[.[/].[dispatcherServlet]") + "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.dao.QueryTimeoutException: PreparedStatementCallback; SQL [select * from bh_slot where clinic_id=? and start_ts>=?]] with root cause")
        else:
            b.t(sb_pre(dt, "DEBUG", th(), "org.hibernate.SQL") + "select a1_0.id,a1_0.clinic_id,a1_0.patient_id,a1_0.slot_start,a1_0.status from bh_appointment a1_0 where a1_0.patient_id=? and a1_0.slot_start>=?")
        return [b]
    p = person(R.choice(["adult", "adult", "child", "elder"]))
    slot = datetime(2024, R.randint(3, 5), R.randint(1, 28), R.choice([8, 9, 10, 13, 14, 15]), R.choice([0, 30]))
    c = R.randrange(7)
    b = B(F)
    clin = R.choice(["dkowalczyk", "gnakamura", "cokonkwo", "tyellowhorse"])
    if c == 0:
        b.add(sb_pre(dt, "INFO", th(), "o.r.bh.sched.web.AppointmentController"), f"Booked appointment apptId=BH-{R.randint(10000, 99999)} for patientId=", (p["dfn"], "mrn"),
              f" clinician={clin} slot=", (slot.strftime("%Y-%m-%dT%H:%M") + "-06:00", "date"), f" modality={R.choice(['TELE', 'IN_PERSON'])}")
        return [b]
    if c == 1:
        out = [b]
        t1 = th()
        b.t(sb_pre(dt, "DEBUG", t1, "org.hibernate.SQL") + "select p1_0.id,p1_0.hrn,p1_0.last_name,p1_0.first_name,p1_0.dob from bh_patient p1_0 where p1_0.last_name=? and p1_0.dob=?")
        for i, (typ, val, cat) in enumerate([("VARCHAR", p["last"], "name"), ("DATE", df(p["dob"], "iso"), "date")], 1):
            bb = B(F)
            bb.add(sb_pre(dt, "TRACE", t1, "org.hibernate.orm.jdbc.bind"), f"binding parameter ({i}:{typ}) <- [", (val, cat), "]")
            out.append(bb)
        return out
    if c == 2:
        b.add(sb_pre(dt, "WARN", "task-2", "o.r.bh.sched.notify.ReminderSmsSender"), "Twilio send failed to ", (ph(p, "e164"), "phone"),
              f" for appt BH-{R.randint(10000, 99999)} on ", (df(slot.date(), "us"), "date"), f": 21610 Attempt to send to unsubscribed recipient")
        return [b]
    if c == 3:
        b.add(sb_pre(dt, "ERROR", th(), "o.r.bh.sched.web.GlobalExceptionHandler"),
              "DataIntegrityViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint \"uk_appt_patient_slot\"  Detail: Key (patient_id, slot_start)=(",
              (p["dfn"], "mrn"), ", ", (slot.strftime("%Y-%m-%d %H:%M:%S"), "date"), ") already exists.]")
        return [b]
    if c == 4:
        o = {"action": R.choice(["VIEW_SCHEDULE", "CANCEL_APPT", "NO_SHOW_FOLLOWUP"]), "actor": clin, "patientHrn": P(p["hrn"], "mrn"),
             "patientName": P(nm(p, "last_first"), "name"), "apptDate": P(df(slot.date(), "iso"), "date"), "reason": R.choice(["pt request", "transport", "weather", "no-show"]),
             "traceId": hexs(32), "spanId": hexs(16)}
        b.t(sb_pre(dt, "INFO", th(), "o.r.bh.audit.AuditLogger"))
        jw(b, o)
        return [b]
    q = relative(p)
    if c == 6:
        handle = fold(p["first"]).lower().replace(" ", "") + "." + fold(p["last"]).lower().replace(" ", "").replace("'", "") + str(R.randint(1, 99))
        b.add(sb_pre(dt, "WARN", th(), "o.r.bh.sched.crisis.CrisisFlagService"), "safety concern flagged for HRN ", (p["hrn"], "mrn"),
              ": family reports post on ", ("https://www.facebook.com/" + handle, "url"), ", on-call clinician paged (ticket INC", rdigits(7), ")")
        return [b]
    b.add(sb_pre(dt, "WARN", th(), "o.r.bh.sched.noshow.NoShowService"), "2nd missed appt for ", (nm(p, "vista_nomi"), "name"), " (HRN ", (p["hrn"], "mrn"),
          "), safety plan on file, emergency contact ", (nm(q, "first_last"), "name"), " ", (ph(q, "paren"), "phone"), " - notify BH on-call")
    return [b]


# ---------------------------------------------------------------- network syslog (no PHI)
def g_syslog(phi):
    F = "syslog_net"
    dt = tick(1, 40)
    b = B(F)
    c = R.randrange(8)
    sq = R.randint(10000, 99999)
    if c == 0:
        b.t(f"<187>{sq}: RM-CORE-SW1: {ts_sys(dt)}.{ms(dt)} MDT: %LINK-3-UPDOWN: Interface GigabitEthernet1/0/{R.randint(1, 48)}, changed state to {R.choice(['down', 'up'])}")
    elif c == 1:
        b.t(f"<189>{sq}: RM-CORE-SW1: {ts_sys(dt)}.{ms(dt)} MDT: %SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: netadmin] [Source: 10.21.0.{R.randint(2, 30)}] [localport: 22] at {dt:%H:%M:%S} MDT Tue Mar 12 2024")
    elif c == 2:
        b.t(f"<190>{sq}: RM-ACC-SW{R.randint(2, 6)}: {ts_sys(dt)}.{ms(dt)} MDT: %DHCP_SNOOPING-5-DHCP_SNOOPING_UNTRUSTED_PORT: DHCP_SNOOPING drop message on untrusted port, message type: DHCPOFFER, MAC sa: {hexs(4)}.{hexs(4)}.{hexs(4)}")
    elif c == 3:
        b.t(f"<189>date={dt:%Y-%m-%d} time={dt:%H:%M:%S} devname=\"RM-FGT-100F\" devid=\"FG100FTK21{rdigits(6)}\" logid=\"0000000013\" type=\"traffic\" subtype=\"forward\" level=\"notice\" vd=\"root\" srcip={priv_ip()} srcport={R.randint(40000, 65000)} srcintf=\"VLAN20-CLIN\" dstip={R.choice(['142.250.72.46', '52.96.165.18', '20.190.151.7'])} dstport=443 dstintf=\"wan1\" action=\"accept\" policyid={R.randint(1, 60)} service=\"HTTPS\" duration={R.randint(1, 600)} sentbyte={R.randint(200, 900000)} rcvdbyte={R.randint(200, 900000)}")
    elif c == 4:
        b.t(f"<14>{ts_sys(dt)} RM-PA-3220 1,{dt:%Y/%m/%d %H:%M:%S},0128010{rdigits(5)},THREAT,vulnerability,2562,{dt:%Y/%m/%d %H:%M:%S},{pub_ip()},10.21.8.14,0.0.0.0,0.0.0.0,Portal-Inbound,,,web-browsing,vsys1,untrust,dmz,ethernet1/1,ethernet1/3,Log-Fwd,,{R.randint(100000, 999999)},1,{R.randint(1024, 65000)},443,0,0,0x2000,tcp,reset-both,\"\",HTTP SQL Injection Attempt(91582),any,high,client-to-server")
    elif c == 5:
        b.t(f"<190>{ts_sys(dt)} RM-WLC1 authmgr[{R.randint(1000, 9999)}]: <522008> <NOTI> |authmgr| User Authentication Successful: username={R.choice(['lhoskie', 'mbegay', 'dkowalczyk', 'svc-vanclinic'])} MAC={mac()} IP={priv_ip()} role=STAFF-CLIN VLAN=20 AP=RM-AP-{R.randint(1, 40):02d} SSID=RM-Clinical")
    elif c == 6:
        b.t(f"<134>1 {ts_iso(dt)} RM_MX68 flows - - - allow src={priv_ip()} dst=8.8.8.8 protocol=udp sport={R.randint(40000, 65000)} dport=53")
    else:
        b.t(f"<187>{sq}: RM-CORE-SW1: {ts_sys(dt)}.{ms(dt)} MDT: %PLATFORM_ENV-1-FAN_NOT_PRESENT: Fan {R.randint(1, 3)} is not present, switch serial FOC{rdigits(4)}X{rdigits(3)}")
    return [b]


# --------------------------------------------------------------------------
FAMS = [
    ("fileman_zwrite", g_fileman, 4, True), ("iris_jrn", g_jrn, 4, True), ("iris_cconsole", g_cconsole, 6, True),
    ("kernel_zter", g_zter, 2, True), ("hl7v23", g_hl7, 2, True), ("prc_json", g_prc_json, 6, True),
    ("prc_csv", g_prc_csv, 3, True), ("enroll_xml", g_enroll_xml, 5, True), ("enroll_kv", g_enroll_kv, 5, True),
    ("ncpdp_pos", g_ncpdp, 6, True), ("python_etl", g_etl, 5, True), ("nginx", g_nginx, 7, True),
    ("iis_w3c", g_iis, 6, True), ("logcat", g_logcat, 7, True), ("chr_note", g_chr, 7, True),
    ("spring_boot", g_spring, 7, True), ("syslog_net", g_syslog, 10, False),
]


def main():
    lines = []
    noise = 0
    target = 0.55
    while len(lines) < N_LINES:
        want_phi = len(lines) > 0 and noise / len(lines) >= target
        cands = [f for f in FAMS if (f[3] or not want_phi)]
        fam = R.choices(cands, weights=[f[2] for f in cands])[0]
        blk = fam[1](want_phi)
        if len(lines) + len(blk) > N_LINES:
            continue
        for b in blk:
            lines.append(b)
            if not b.spans:
                noise += 1

    # verify and write
    here = os.path.dirname(os.path.abspath(__file__))
    out_log, out_lab = [], []
    cats = {}
    fams = {}
    for i, b in enumerate(lines, 1):
        s = b.text()
        assert s and "\n" not in s and "\r" not in s, (i, s)
        raw = s.encode("utf-8")
        last = -1
        for sp, v in zip(b.spans, b.vals):
            assert raw[sp["s"]:sp["e"]].decode("utf-8") == v, (i, sp, v)
            assert sp["s"] >= last, (i, "overlap")
            assert sp["e"] > sp["s"]
            last = sp["e"]
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
        fams[b.fam] = fams.get(b.fam, 0) + 1
        if b.fam == "prc_json" or (b.fam == "nginx" and s.startswith("{")):
            json.loads(s)
        if b.fam in ("logcat", "spring_boot") and s.endswith("}"):
            json.loads(s[s.index("{"):])
        out_log.append(s)
        out_lab.append(json.dumps({"line": i, "family": b.fam, "spans": b.spans}, ensure_ascii=False))
    assert len(out_log) == N_LINES
    with open(os.path.join(here, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(here, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")
    nophi = sum(1 for b in lines if not b.spans)
    print(f"lines={len(lines)} no_phi={nophi} ({100 * nophi / len(lines):.1f}%) families={len(fams)}")
    print("cats", json.dumps(dict(sorted(cats.items())), ensure_ascii=False))
    print("fams", json.dumps(dict(sorted(fams.items()))))


if __name__ == "__main__":
    main()
