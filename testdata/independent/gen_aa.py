#!/usr/bin/env python3
"""Generator for held-out PHI test corpus "aa".

Theme: post-acute and community care (home health / EVV, hospice, SNF MDS,
behavioral health, dental PM, EMS/CAD/NEMSIS, dialysis, school nurse & camp,
correctional health, 211 / social-care referrals, meals on wheels, caregiver
apps, DME delivery, PERS, fax relay, payments, X12 claims).

Standard library only, fixed seed, byte-for-byte reproducible.
Writes aa.log and aa.labels.jsonl next to this file.
All people and identifiers are synthetic.
"""
import base64
import datetime
import hashlib
import json
import os
import random
import sys
import unicodedata
import uuid
from collections import Counter

SEED = 20250304
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LOG_PATH = os.path.join(HERE, "aa.log")
LAB_PATH = os.path.join(HERE, "aa.labels.jsonl")
N_LINES = 500
N_CLEAN = 225  # 45 %

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]


# --------------------------------------------------------------------------
# part model
# --------------------------------------------------------------------------
class P:
    """A PHI value with its category."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        assert c in CATS, c
        self.v = str(v)
        self.c = c


class T:
    """Composite text (mix of str and P) used as a JSON string value."""

    def __init__(self, *parts):
        self.parts = list(parts)


class Raw:
    """PHI value emitted unquoted in JSON (e.g. a number)."""

    def __init__(self, v, c):
        self.v = str(v)
        self.c = c


def _json_safe(s):
    enc = json.dumps(s, ensure_ascii=False)[1:-1]
    assert enc == s, "PHI value would need JSON escaping: %r" % s


def jdump(obj, item_sep=",", kv_sep=":"):
    out = []

    def em(v):
        if isinstance(v, P):
            _json_safe(v.v)
            out.extend(['"', v, '"'])
        elif isinstance(v, Raw):
            out.append(P(v.v, v.c))
        elif isinstance(v, T):
            out.append('"')
            for p in v.parts:
                if isinstance(p, P):
                    _json_safe(p.v)
                    out.append(p)
                else:
                    out.append(json.dumps(p, ensure_ascii=False)[1:-1])
            out.append('"')
        elif isinstance(v, dict):
            out.append("{")
            for i, (k, x) in enumerate(v.items()):
                if i:
                    out.append(item_sep)
                out.append(json.dumps(k, ensure_ascii=False) + kv_sep)
                em(x)
            out.append("}")
        elif isinstance(v, list):
            out.append("[")
            for i, x in enumerate(v):
                if i:
                    out.append(item_sep)
                em(x)
            out.append("]")
        else:
            out.append(json.dumps(v, ensure_ascii=False))

    em(obj)
    return out


def flatten(parts):
    for p in parts:
        if isinstance(p, (list, tuple)):
            yield from flatten(p)
        elif p is None:
            continue
        else:
            yield p


def render(parts):
    buf = bytearray()
    spans = []
    for p in flatten(parts):
        if isinstance(p, P):
            b = p.v.encode("utf-8")
            s = len(buf)
            buf += b
            spans.append((s, len(buf), p.c, p.v))
        else:
            assert isinstance(p, str), repr(p)
            buf += p.encode("utf-8")
    return bytes(buf), spans


# --------------------------------------------------------------------------
# basic random helpers
# --------------------------------------------------------------------------
def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I").replace("ß", "ss").replace("ø", "o")


def slug(s):
    return "".join(c for c in fold(s).lower() if c.isalnum())


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
FIRST = ["Maria", "José", "Guadalupe", "Luis", "Sofía", "Mateo", "Wei", "Mei", "Jian", "Hiroshi",
         "Yuki", "Min-jun", "Ji-woo", "Thanh", "Linh", "Minh", "Priya", "Arjun", "Ananya", "Rahul",
         "Aisha", "Omar", "Fatima", "Yusuf", "Amina", "Hassan", "Chidi", "Ngozi", "Oluwaseun", "Kwame",
         "Abena", "Tendai", "Dmitri", "Olga", "Svetlana", "Łukasz", "Agnieszka", "Katarzyna", "Sean",
         "Siobhan", "Liam", "Aoife", "Hans", "Jürgen", "Greta", "Lars", "Ingrid", "Björn", "Pierre",
         "Renée", "Zoë", "Chloé", "François", "Giulia", "Marco", "Nikos", "Eleni", "Mehmet", "Ayşe",
         "Rosa", "Ana", "Carmen", "Jorge", "Esperanza", "Ricardo", "John", "Mary", "Robert", "Patricia",
         "James", "Linda", "Michael", "Barbara", "David", "Dorothy", "Evelyn", "Harold", "Mildred",
         "Walter", "Gladys", "Earl", "Tyrone", "Keisha", "DeShawn", "Latoya", "Jamal", "Imani", "Kai",
         "Leilani", "Nalani", "Ayasha", "Samira", "Farid", "Reza", "Parisa", "Abdi", "Hodan", "Fartun",
         "Jean-Baptiste", "Marie-Claude", "Wisly", "Nadège", "Thuy", "Quang", "Rajesh", "Sunita",
         "Gurpreet", "Harjit", "Tomás", "Inés", "Yolanda", "Esteban", "Consuelo", "Bernice", "Clarence",
         "Opal", "Vernon", "Lucille", "Kateryna", "Bogdan", "Tamar", "Yosef", "Noa", "Anh", "Bao"]
LAST = ["García", "Lopez", "Rodríguez", "Hernández", "Martinez", "Nguyen", "Tran", "Pham", "Le",
        "Chen", "Wang", "Li", "Zhang", "Kim", "Park", "Lee", "Choi", "Tanaka", "Sato", "Suzuki",
        "Patel", "Shah", "Singh", "Gupta", "Reddy", "Okafor", "Adeyemi", "Mensah", "Mwangi",
        "Abdullahi", "Haddad", "Khalil", "Rahman", "Hussein", "Ali", "Yılmaz", "Ivanov", "Petrova",
        "Kowalski", "Nowak", "Wiśniewski", "Murphy", "O'Brien", "Gallagher", "Müller", "Schmidt",
        "Weber", "Johansson", "Larsen", "Dubois", "Lefèvre", "Rossi", "Bianchi", "Papadopoulos",
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Davis", "Wilson", "Anderson", "Thomas",
        "Jackson", "White", "Harris", "Robinson", "Walker", "Begay", "Yazzie", "Tsosie", "Kealoha",
        "Kahananui", "Pierre-Louis", "Jean-Baptiste", "Dominguez", "Castillo", "Vásquez", "Reyes",
        "Mendoza", "Bondarenko", "Kovalenko", "Farah", "Warsame", "Osei", "Boateng", "Delacroix",
        "Fitzgerald", "Santos", "Oliveira", "Ferreira", "Kowalczyk", "Cohen", "Friedman", "Bui",
        "Vu", "Hoang", "Abebe", "Tesfaye", "Nakamura", "Okonkwo", "Mahmoud", "Sandoval", "Ortiz"]
MIDI = list("ABCDEFGHJKLMNPRSTW")


def fl():
    return ch(FIRST), ch(LAST)


def name_str(f, l, style):
    if style == "FL":
        return "%s %s" % (f, l)
    if style == "LF":
        return "%s, %s" % (l, f)
    if style == "FML":
        return "%s %s. %s" % (f, ch(MIDI), l)
    if style == "LFM":
        return "%s, %s %s" % (l, f, ch(MIDI))
    if style == "UFL":
        return fold("%s %s" % (f, l)).upper()
    if style == "ULF":
        return fold("%s, %s" % (l, f)).upper()
    raise ValueError(style)


def pname(styles=("FL", "FL", "LF", "FML", "LFM")):
    f, l = fl()
    return name_str(f, l, ch(styles))


STAFF_ROLES = {
    "aide": ["aide_0421", "aide_1187", "cg_88213", "hha.jbarrera", "pca_2290", "aide_3307", "hha.tnguyen"],
    "coord": ["coord.kpatel", "sched.admin", "intake.lwu", "coord.rmoss", "intake.211.fc", "msw.nolan"],
    "nurse": ["school_rn_lincoln", "camp.nurse2", "rn.kowalski", "rn_float3", "lpn.barrera"],
    "svc": ["svc-evv-sync", "svc_hl7_listener", "ehr-integration", "billing.batch", "mirth_svc", "svc-pay-gw", "svc_faxd"],
    "mds": ["mds_coord", "rnac.lpierce", "mds.coord2"],
    "bh": ["lcsw.tgreene", "cadc.mortiz", "peer.rec.jlo", "msw.nolan", "intake.bh3"],
    "front": ["frontdesk2", "hygienist03", "od_admin", "billing.kim", "treatmentcoord1"],
    "ems": ["dispatch3", "cad_sup2", "disp.tlee", "dispatch7"],
    "tech": ["nx_tech_04", "pct.jharris", "biomed.ops", "pct.aramos", "cn.rdelgado"],
    "co": ["co_rn_night", "lpn.medpass2", "sgt.hollis", "hsa.admin"],
    "driver": ["vol_tamara", "driver07", "vol.hank.r", "drv_ops3", "driver12"],
}
STAFF_ACCTS = ["svc-evv-sync", "svc_hl7_listener", "aide_0421", "aide_1187", "rn.kowalski",
               "lpn.barrera", "frontdesk2", "hygienist03", "lcsw.tgreene", "cadc.mortiz",
               "dispatch3", "medic_1142", "vol_tamara", "driver07", "coord.kpatel",
               "sched.admin", "mds_coord", "school_rn_lincoln", "camp.nurse2", "co_rn_night",
               "intake.211.fc", "billing.batch", "svc_faxd", "svc-pay-gw", "ehr-integration",
               "nx_tech_04", "pct.jharris", "chaplain.rev.ellis", "msw.nolan", "admin"]

CLIN_F = ["Priya", "Daniel", "Grace", "Victor", "Helen", "Samuel", "Rebecca", "Tomasz", "Adaeze",
          "Hyun", "Isabel", "Marcus", "Leah", "Farhan", "Olivia", "Benedict"]
CLIN_L = ["Raman", "Whitaker", "Obi", "Castellanos", "Lindqvist", "Feldman", "Nakashima",
          "Brennan", "Achebe", "Moreau", "Sorensen", "Iqbal", "Petrakis", "Hale", "Ostrowski"]


def npi():
    # Luhn with 80840 prefix like real NPIs
    base = str(R.randint(1, 2)) + digits(8)
    s = "80840" + base
    tot = 0
    for i, d in enumerate(reversed(s)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return base + str((10 - tot % 10) % 10)


def clinician(kind=None):
    f, l = ch(CLIN_F), ch(CLIN_L)
    kind = kind or ch(["MD", "DO", "NP", "RN", "DDS", "LCSW", "PA-C"])
    style = R.randint(0, 3)
    if style == 0:
        return "Dr. %s %s" % (f, l) if kind in ("MD", "DO", "DDS") else "%s %s, %s" % (f, l, kind)
    if style == 1:
        return "%s, %s %s" % (l, f, kind)
    if style == 2:
        return "%s %s %s" % (f[0] + ".", l, kind)
    return "%s %s" % (f, l)


def staff(role=None):
    return ch(STAFF_ROLES[role]) if role else ch(STAFF_ACCTS)


# --------------------------------------------------------------------------
# geography
# --------------------------------------------------------------------------
CITIES = [("Columbus", "OH", "Franklin", "432"), ("Dayton", "OH", "Montgomery", "454"),
          ("Toledo", "OH", "Lucas", "436"), ("Akron", "OH", "Summit", "443"),
          ("Fresno", "CA", "Fresno", "937"), ("Bakersfield", "CA", "Kern", "933"),
          ("Tucson", "AZ", "Pima", "857"), ("Mesa", "AZ", "Maricopa", "852"),
          ("El Paso", "TX", "El Paso", "799"), ("Laredo", "TX", "Webb", "780"),
          ("Brownsville", "TX", "Cameron", "785"), ("Hialeah", "FL", "Miami-Dade", "330"),
          ("Kissimmee", "FL", "Osceola", "347"), ("Lowell", "MA", "Middlesex", "018"),
          ("Worcester", "MA", "Worcester", "016"), ("Paterson", "NJ", "Passaic", "075"),
          ("Yonkers", "NY", "Westchester", "107"), ("Scranton", "PA", "Lackawanna", "185"),
          ("Allentown", "PA", "Lehigh", "181"), ("Flint", "MI", "Genesee", "485"),
          ("Dearborn", "MI", "Wayne", "481"), ("Rockford", "IL", "Winnebago", "611"),
          ("Joliet", "IL", "Will", "604"), ("Gallup", "NM", "McKinley", "873"),
          ("Farmington", "NM", "San Juan", "874"), ("Hilo", "HI", "Hawaii", "967"),
          ("Kailua", "HI", "Honolulu", "967"), ("Lewiston", "ME", "Androscoggin", "042"),
          ("Duluth", "MN", "St. Louis", "558"), ("Yakima", "WA", "Yakima", "989"),
          ("Spokane", "WA", "Spokane", "992"), ("Tulsa", "OK", "Tulsa", "741"),
          ("Lawton", "OK", "Comanche", "735"), ("Stockton", "CA", "San Joaquin", "952"),
          ("Santa Ana", "CA", "Orange", "927"), ("Chula Vista", "CA", "San Diego", "919"),
          ("Saginaw", "MI", "Saginaw", "486"), ("Gary", "IN", "Lake", "464"),
          ("Bangor", "ME", "Penobscot", "044"), ("Boise", "ID", "Ada", "837")]
STREETS = ["Oak", "Maple", "Cedar", "Elm", "Pine", "Washington", "Lincoln", "Jefferson", "Park",
           "Lake", "Hill", "Sunset", "Riverside", "Martin Luther King Jr", "Cesar Chavez", "Church",
           "Mill", "Spring", "Highland", "Magnolia", "Dogwood", "Willow Creek", "Old Mill",
           "Chestnut", "5th", "12th", "3rd", "Kamehameha", "Prospect", "Orchard", "Birch Hollow",
           "Sycamore", "Vine", "Lakeview", "Harmon", "Bluebonnet", "Mesquite", "Saguaro"]
SUFF = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Way", "Pl", "Ter", "Cir", "Street", "Avenue",
        "Road", "Drive"]
UNITS = ["Apt 4", "Apt 3B", "Unit 12", "#207", "Lot 44", "Apt 1R", "Trlr 9", "Apt. 310", "Fl 2",
         "Unit C", "Rm 118"]


def city():
    return ch(CITIES)


def street(unit=None, upper=False, po=False):
    n = str(R.randint(2, 9899))
    s = "%s %s%s %s" % (n, ch(["", "", "", "N ", "S ", "E ", "W "]), ch(STREETS), ch(SUFF))
    if unit is None:
        unit = chance(0.35)
    if unit:
        s += ch([" ", ", "]) + ch(UNITS)
    if po and chance(0.06):
        s = "RR %d Box %d" % (R.randint(1, 9), R.randint(10, 999))
    if po and chance(0.06):
        s = "PO Box %d" % R.randint(100, 99999)
    return fold(s).upper() if upper else s


def zipc(c, plus4=None):
    z = c[3] + "%02d" % R.randint(1, 99)
    if plus4 is None:
        plus4 = chance(0.2)
    if plus4:
        z += "-" + digits(4)
    return z


def gps_near():
    lat = "%.5f" % R.uniform(25.5, 47.5)
    lon = "%.5f" % R.uniform(-123.0, -70.0)
    if chance(0.5):
        lat = "%.6f" % float(lat)
        lon = "%.6f" % float(lon)
    return lat, lon


# --------------------------------------------------------------------------
# dates and times
# --------------------------------------------------------------------------
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rdate(y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(d0, d1))


def recent():
    d0 = datetime.date(2024, 6, 1).toordinal()
    d1 = datetime.date(2025, 5, 4).toordinal()
    return datetime.date.fromordinal(R.randint(d0, d1))


def dob_for_age(age):
    y = 2025 - age - (1 if chance(0.6) else 0)
    return datetime.date(y, R.randint(1, 12), R.randint(1, 28))


def dob(old=False, child=False):
    if child:
        return rdate(2007, 2019)
    if old:
        return rdate(1922, 1935)
    return rdate(1930, 2005)


def fdate(d, style=None):
    style = style or ch(["iso", "us", "us_nz", "compact", "mon", "dmy", "us", "iso", "us2", "eu"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_nz":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us2":
        return d.strftime("%m/%d/%y")
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "mon":
        return "%s %d, %d" % (MON[d.month - 1], d.day, d.year)
    if style == "dmy":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "dmy_slash":
        return d.strftime("%d/%m/%Y")
    raise ValueError(style)


BASE_TS = datetime.datetime(2025, 2, 20, 0, 0, 0)


def rts():
    return BASE_TS + datetime.timedelta(seconds=R.randint(0, 75 * 86400), microseconds=R.randint(0, 999) * 1000)


def ts(style=None):
    t = rts()
    style = style or ch(["iso_z", "iso_off", "plain", "plain_ms", "us"])
    if style == "iso_z":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
    if style == "iso_off":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + ch(["-05:00", "-06:00", "-07:00", "-04:00"])
    if style == "plain":
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if style == "plain_ms":
        return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    if style == "us":
        return t.strftime("%m/%d/%Y %H:%M:%S")
    if style == "syslog":
        return "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))
    if style == "apache":
        return t.strftime("%d/") + MON[t.month - 1] + t.strftime("/%Y:%H:%M:%S ") + ch(["-0500", "-0600", "-0700"])
    if style == "logcat":
        return t.strftime("%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    if style == "epoch_ms":
        return str(int(t.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000))
    if style == "hl7":
        return t.strftime("%Y%m%d%H%M%S")
    raise ValueError(style)


# --------------------------------------------------------------------------
# identifiers (PHI)
# --------------------------------------------------------------------------
AREA = ["614", "937", "419", "330", "559", "661", "520", "480", "915", "956", "305", "407",
        "978", "508", "973", "914", "570", "610", "810", "313", "815", "505", "808", "207",
        "218", "509", "918", "580", "209", "714", "619", "989", "219", "208", "347", "773"]


def phone(style=None):
    a = ch(AREA)
    if chance(0.5):
        ex, ln = "555", "01%02d" % R.randint(0, 99)
    else:
        ex, ln = str(R.randint(201, 989)), digits(4)
        if ex == "555":
            ex = "556"
    style = style or ch(["paren", "dash", "dot", "e164", "plain", "paren", "dash", "sp1"])
    if style == "paren":
        return "(%s) %s-%s" % (a, ex, ln)
    if style == "parenns":
        return "(%s)%s-%s" % (a, ex, ln)
    if style == "dash":
        return "%s-%s-%s" % (a, ex, ln)
    if style == "dot":
        return "%s.%s.%s" % (a, ex, ln)
    if style == "e164":
        return "+1%s%s%s" % (a, ex, ln)
    if style == "plain":
        return "%s%s%s" % (a, ex, ln)
    if style == "sp1":
        return "+1 %s %s %s" % (a, ex, ln)
    if style == "one":
        return "1-%s-%s-%s" % (a, ex, ln)
    raise ValueError(style)


MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com",
           "protonmail.com", "comcast.net", "att.net", "sbcglobal.net", "live.com", "ymail.com"]


def email(f=None, l=None):
    if f is None:
        f, l = fl()
    f, l = slug(f), slug(l)
    pat = R.randint(0, 6)
    if pat == 0:
        u = "%s.%s" % (f, l)
    elif pat == 1:
        u = "%s%s%d" % (f[0], l, R.randint(1, 99))
    elif pat == 2:
        u = "%s_%s%d" % (f, l, R.randint(1940, 2010))
    elif pat == 3:
        u = "%s.%s%d" % (l, f[0], R.randint(1, 999))
    elif pat == 4:
        u = "%s%s" % (f, l[:3])
    elif pat == 5:
        u = "%s+care@" % f
        return u + ch(MAILDOM)
    else:
        u = "%s.%s.%s" % (f, ch(["grandma", "nana", "abuela", "papa", "mom"]), l[:4])
    return u + "@" + ch(MAILDOM)


def ssn(style=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    style = style or ch(["dash", "dash", "dash", "plain", "space"])
    if style == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if style == "plain":
        return "%03d%02d%04d" % (a, g, s)
    return "%03d %02d %04d" % (a, g, s)


def mrn():
    k = R.randint(0, 6)
    if k == 0:
        return "MRN" + digits(8)
    if k == 1:
        return digits(7)
    if k == 2:
        return "H-" + digits(7)
    if k == 3:
        return "E" + digits(8)
    if k == 4:
        return "%s%s" % (ch(["HH", "HOS", "SNF", "DX"]), digits(6))
    if k == 5:
        return digits(3) + "-" + digits(3) + "-" + digits(3)
    return "00" + digits(8)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi(dashes=None):
    s = (str(R.randint(1, 9)) + ch(MBI_A) + ch(MBI_AN) + str(R.randint(0, 9)) + ch(MBI_A) +
         ch(MBI_AN) + str(R.randint(0, 9)) + ch(MBI_A) + ch(MBI_A) + digits(2))
    if dashes is None:
        dashes = chance(0.3)
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashes else s


def medicaid():
    k = R.randint(0, 5)
    if k == 0:
        return ch("ABCDEFGHJKLMNPRSTVWXYZ") + ch("ABCDEFGHJKLMNPRSTVWXYZ") + digits(5) + ch("ABCDEFGHJKLMNPRSTVWXYZ")  # NY CIN
    if k == 1:
        return digits(12)  # OH
    if k == 2:
        return "9" + digits(7) + ch("ABCDEFGH") + digits(5)  # CA BIC-ish
    if k == 3:
        return digits(9)  # TX
    if k == 4:
        return "%s%s" % (ch(["MA", "MD", "NM", "AZ"]), digits(9))
    return digits(10)


def commercial_member():
    k = R.randint(0, 5)
    if k == 0:
        return ch(["XEH", "ZGP", "YRK", "JQU"]) + digits(9)
    if k == 1:
        return "W" + digits(9)
    if k == 2:
        return "U" + digits(8) + "01"
    if k == 3:
        return digits(11)
    if k == 4:
        return "%s%s-%s" % (ch(["DD", "MT", "HU"]), digits(6), digits(2))
    return alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(8)


def health_plan():
    r = R.random()
    if r < 0.3:
        return mbi()
    if r < 0.65:
        return medicaid()
    return commercial_member()


def luhn_digit(body):
    tot = 0
    for i, d in enumerate(reversed(body)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def card(style=None):
    k = R.randint(0, 3)
    if k == 0:
        body = "4" + digits(14)
    elif k == 1:
        body = str(R.randint(51, 55)) + digits(13)
    elif k == 2:
        body = "6011" + digits(11)
    else:
        body = ch(["34", "37"]) + digits(12)
    n = body + luhn_digit(body)
    style = style or ch(["plain", "space", "dash", "plain"])
    if style == "plain":
        return n
    sep = " " if style == "space" else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join([n[i:i + 4] for i in range(0, 16, 4)])


def bank_acct():
    return digits(R.randint(8, 12))


def pat_account():
    k = R.randint(0, 4)
    if k == 0:
        return "PA" + digits(8)
    if k == 1:
        return digits(10)
    if k == 2:
        return "ACCT-" + digits(7)
    if k == 3:
        return "G" + digits(6)
    return digits(4) + "-" + digits(6)


def account():
    r = R.random()
    if r < 0.4:
        return pat_account()
    if r < 0.75:
        return card()
    return bank_acct()


DL_STATES = ["OH", "CA", "TX", "FL", "NY", "AZ", "IL", "MI", "PA", "WA", "NM", "HI"]


def dl(state=None):
    st = state or ch(DL_STATES)
    if st == "OH":
        v = ch("ABCDEFGHJKLMNPRSTUVWXYZ") + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6)
    elif st == "CA":
        v = ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(7)
    elif st == "TX":
        v = digits(8)
    elif st == "FL":
        v = "%s%s-%s-%s-%s-%s" % (ch("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(3), digits(3), digits(2), digits(3), digits(1))
    elif st == "NY":
        v = digits(9)
    elif st == "IL":
        v = "%s%s-%s-%s" % (ch("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(3), digits(4), digits(4))
    elif st == "WA":
        v = "WDL" + alnum(9)
    else:
        v = ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(8)
    return st, v


def dea():
    a = ch("ABFM")
    b = ch("ABCDEFGHJKLMNPRSTW")
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return a + b + "".join(map(str, d)) + str(c)


def prof_license(k=None):
    if k is None:
        k = R.randint(0, 4)
    if k == 0:
        return "RN" + digits(7)
    if k == 1:
        return "LPN." + digits(6)
    if k == 2:
        return "DDS-" + digits(5)
    if k == 3:
        return "EMT-P " + digits(6)
    return "LCDC" + digits(5)


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = ch(["1HG", "1FT", "2T1", "3VW", "5NP", "1C4", "4T1", "JTD", "KMH", "1G1"])
    v = list(wmi + alnum(5, VIN_CH) + "0" + ch("FGHJKLMNPRS") + alnum(1, VIN_CH) + digits(6))
    tot = sum((int(c) if c.isdigit() else VIN_TR[c]) * w for c, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(v)


def plate():
    k = R.randint(0, 4)
    if k == 0:
        return str(R.randint(1, 9)) + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3)
    if k == 1:
        return alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "-" + digits(4)
    if k == 2:
        return alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(4)
    if k == 3:
        return digits(3) + " " + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ")
    return alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(2) + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ")


def imei():
    body = ch(["35", "86", "01", "49"]) + digits(12)
    return body + luhn_digit(body)


def mac(style=None):
    b = [R.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    style = style or ch(["colon", "colonU", "dash", "dot"])
    if style == "colon":
        return ":".join("%02x" % x for x in b)
    if style == "colonU":
        return ":".join("%02X" % x for x in b)
    if style == "dash":
        return "-".join("%02X" % x for x in b)
    h = "".join("%02x" % x for x in b)
    return "%s.%s.%s" % (h[:4], h[4:8], h[8:])


def gtin14():
    body = "0" + digits(12)
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - tot % 10) % 10)


def udi():
    exp = rdate(2026, 2030)
    if chance(0.7):
        return "(01)%s(17)%s(21)%s" % (gtin14(), exp.strftime("%y%m%d"), alnum(R.randint(6, 10)))
    return "+H%s%s/$$3%s%s" % (alnum(4, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), alnum(6), exp.strftime("%y%m%d"), alnum(7))


def dev_serial():
    k = R.randint(0, 5)
    if k == 0:
        return "PJN" + digits(6) + ch("SRH")  # pacemaker-ish
    if k == 1:
        return "NX" + alnum(2) + "-" + digits(6)  # home cycler
    if k == 2:
        return digits(5) + ch(["K", "M", "P"]) + digits(6)  # concentrator
    if k == 3:
        return "2" + digits(10)  # CPAP
    if k == 4:
        return "CI" + alnum(8)  # cochlear
    return alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(8)


def device():
    r = R.random()
    if r < 0.4:
        return dev_serial()
    if r < 0.6:
        return imei()
    if r < 0.8:
        return udi()
    return mac()


def pub_ip():
    if chance(0.15):
        return ch(["2600:1700", "2601:0c4", "2603:6010", "2607:fb90"]) + ":%x:%x:%x:%x:%x:%x" % tuple(R.randint(1, 0xffff) for _ in range(6))
    while True:
        a = R.randint(11, 223)
        if a in (100, 127, 169, 172, 192, 198, 203):
            continue
        return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def priv_ip():
    k = R.randint(0, 4)
    if k == 0:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if k == 1:
        return "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
    if k == 2:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    if k == 3:
        return "127.0.0.1"
    return "fe80::%x:%x:%x:%x" % tuple(R.randint(1, 0xffff) for _ in range(4))


def personal_url(f=None, l=None):
    if f is None:
        f, l = fl()
    f, l = slug(f), slug(l)
    k = R.randint(0, 6)
    if k == 0:
        return "https://www.caringbridge.org/visit/%s%s" % (f, l)
    if k == 1:
        return "https://www.gofundme.com/f/help-%s-%s-%s" % (f, l, ch(["recover", "get-home", "with-dialysis-costs", "hospice-care"]))
    if k == 2:
        return "https://www.facebook.com/%s.%s.%d" % (f, l, R.randint(10, 999))
    if k == 3:
        return "https://www.linkedin.com/in/%s-%s-%s" % (f, l, hexs(8))
    if k == 4:
        return "https://%s%s.wordpress.com/" % (f, l)
    if k == 5:
        return "https://lotsahelpinghands.com/c/%d/%s-%s" % (R.randint(100000, 999999), f, l)
    return "https://www.instagram.com/%s_%s%d/" % (f, l, R.randint(1, 99))


def b64(prefix_bytes, n):
    raw = prefix_bytes + bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


def biometric():
    k = R.randint(0, 2)
    if k == 0:
        return b64(b"FMR\x00 20\x00", R.randint(40, 90))  # ISO 19794-2 minutiae
    if k == 1:
        return b64(b"VPRT\x02\x00", R.randint(40, 90))  # voiceprint template
    return b64(b"IIR\x00 20\x00", R.randint(40, 70))


def photo_b64():
    if chance(0.6):
        return b64(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", R.randint(40, 110))
    return b64(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", R.randint(40, 110))


def photo_ref(f, l, kind):
    f, l = slug(f), slug(l)
    if kind == "mug":
        return ch(["/var/lib/coremr/mugshots/%d/%s.jpg" % (R.randint(2019, 2025), digits(8)),
                   "https://jms.county.local/booking/photos/%s_front.jpg" % digits(7)])
    if kind == "camp":
        return ch(["https://photos.camplink-cdn.net/campers/%s/%s_%s_headshot.jpg" % (digits(6), f, l),
                   "s3://campdoc-prod-uploads/profile/%s/%s.jpeg" % (digits(7), hexs(12))])
    if kind == "emar":
        return ch(["\\\\fs01\\emar$\\resident_photos\\%s_%s.png" % (l, f),
                   "/mnt/pcc/photos/residents/%s/%s-%s.jpg" % (digits(6), l, f)])
    if kind == "school":
        return ch(["/district/snap/photos/2024-25/%s.jpg" % digits(7),
                   "https://sis.%s.k12.us/photos/student/%s.jpg" % (ch(["lincolnusd", "northsideisd", "hilo"]), digits(8))])
    raise ValueError(kind)


def other_id():
    k = R.randint(0, 7)
    if k == 0:
        return ("passport", ch(["", "X", "A", "C"]) + digits(9 if chance(0.5) else 8))
    if k == 1:
        return ("anum", "A" + digits(9))
    if k == 2:
        l1 = "ABCDEFGHJKLMNPRSTVZ"
        curp = (alnum(4, l1) + dob().strftime("%y%m%d") + ch("HM") + ch(["DF", "JC", "NL", "MC", "GR", "OC"]) +
                alnum(3, "BCDFGHJKLMNPRSTVZ") + alnum(1, "0123456789A") + digits(1))
        return ("curp", curp)
    if k == 3:
        return ("student", ch(["S", "STU", ""]) + digits(R.randint(6, 9)))
    if k == 4:
        return ("booking", "%d-%06d" % (R.randint(19, 25), R.randint(1, 999999)))
    if k == 5:
        return ("tribal", ch(["CNO", "NN", "TO"]) + "-" + digits(6))
    if k == 6:
        return ("matricula", digits(13))
    return ("state_id", ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(8))


# --------------------------------------------------------------------------
# look-alikes (not PHI)
# --------------------------------------------------------------------------
def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def trace_id():
    return hexs(32)


def traceparent():
    return "00-%s-%s-01" % (hexs(32), hexs(16))


def sha256():
    return hashlib.sha256(bytes(R.getrandbits(8) for _ in range(16))).hexdigest()


def sha1():
    return hashlib.sha1(bytes(R.getrandbits(8) for _ in range(16))).hexdigest()


def ver():
    return "%d.%d.%d" % (R.randint(1, 24), R.randint(0, 30), R.randint(0, 120))


def build():
    k = R.randint(0, 3)
    if k == 0:
        return "b" + str(R.randint(1000, 99999))
    if k == 1:
        return "%s.%d" % (recent().strftime("%Y%m%d"), R.randint(1, 12))
    if k == 2:
        return "%d.%d.%d.%d" % (R.randint(19, 25), R.randint(1, 4), R.randint(0, 60), R.randint(0, 9))
    return "%s+%s" % (ver(), hexs(7))


def order_no():
    k = R.randint(0, 5)
    if k == 0:
        return "ORD-%d-%06d" % (R.randint(2024, 2025), R.randint(1, 999999))
    if k == 1:
        return "SO#" + digits(8)
    if k == 2:
        return "PO 45" + digits(8)
    if k == 3:
        return "WO-" + digits(5)
    if k == 4:
        return "INV-%d-%05d" % (R.randint(2024, 2025), R.randint(1, 99999))
    return "RMA" + digits(7)


def dur():
    k = R.randint(0, 3)
    if k == 0:
        return "%dms" % R.randint(1, 9999)
    if k == 1:
        return "%.3fs" % R.uniform(0, 30)
    if k == 2:
        return "%dm%02ds" % (R.randint(0, 59), R.randint(0, 59))
    return "%dh%02dm" % (R.randint(0, 9), R.randint(0, 59))


def host():
    svc = ch(["evv-sync", "hl7-gw", "mds-export", "od-db", "cad-app", "nemsis-bridge", "dx-agent",
              "faxd", "pay-gw", "referral-api", "pers-hub", "dme-route", "carecircle-api", "mirth"])
    return "%s-%02d.%s.%s" % (svc, R.randint(1, 12), ch(["int", "prod", "stg", "dc2"]),
                              ch(["sunrisehh.local", "mercyhospice.net", "metroems.org", "corp.lan", "svc.cluster.local"]))


def hostport(h=None):
    h = h or priv_ip()
    return ("[%s]:%s" if ":" in h else "%s:%s") % (h, port())


def port():
    return str(ch([443, 8443, 5060, 2575, 6661, 1433, 3306, 5432, 9092, 30222, 8080, 49152 + R.randint(0, 16000)]))


AGENCIES = [("Sunrise Home Health", "400 Commerce Pkwy Ste 200", "Dayton", "OH", "45414", "937-555-0100", "937-555-0101"),
            ("Mercy Hospice of the Valley", "1200 Riverside Dr", "Fresno", "CA", "93711", "(559) 555-0120", "(559) 555-0121"),
            ("Lakeshore Dialysis Center", "88 Harbor Blvd Suite 4", "Toledo", "OH", "43604", "419-555-0150", "419-555-0151"),
            ("Metro County EMS", "2100 Parsons Ave", "Columbus", "OH", "43207", "614.555.0111", "614.555.0112"),
            ("Pine Ridge Skilled Nursing", "55 Nursing Home Rd", "Tulsa", "OK", "74105", "918-555-0177", "918-555-0178"),
            ("Bright Smiles Family Dental", "3310 Main St Ste 101", "Mesa", "AZ", "85201", "(480) 555-0133", "(480) 555-0134"),
            ("Keystone Medical Supply", "4800 Industrial Pkwy", "Hilliard", "OH", "43026", "1-800-555-0199", "614-555-0198"),
            ("New Horizons Recovery Center", "715 Hope Ave", "Lowell", "MA", "01852", "978-555-0160", "978-555-0161")]
VENDORS = [("CarePath EVV Inc.", "26 Harbor Park Dr", "Port Washington", "NY", "11050"),
           ("Northwind Health Data LLC", "1 Market Plaza Fl 9", "San Francisco", "CA", "94105"),
           ("Apex Biomedical Services", "7700 Technology Way", "Denver", "CO", "80237"),
           ("Tri-State Oxygen Supply", "901 Warehouse Row", "Erie", "PA", "16509")]
PRODUCTS = ["NxStage System One", "Fresenius 2008T", "Zoll X Series", "LIFEPAK 15", "Inogen One G5",
            "ResMed AirSense 11", "Philips DreamStation 2", "Invacare Perfecto2", "Hoyer HML400",
            "Drive Medical Cruiser III", "Dentrix G7", "Open Dental 24.1", "Eaglesoft 23", "ESO ePCR",
            "ImageTrend Elite", "HHAeXchange", "Sandata EVV", "PointClickCare", "WellSky Hospice",
            "CorEMR", "SNAP Health Center", "CampDoc", "Unite Us", "Lifeline HomeSafe", "Baxter Amia"]
HOSPITALS = ["Mercy General", "St. Vincent Medical Center", "Riverside Methodist", "UC Medical Center",
             "Valley Regional", "County General ED"]


def agency():
    return ch(AGENCIES)


# --------------------------------------------------------------------------
# families: each returns list of parts; phi=False must not contain P()
# --------------------------------------------------------------------------
def f_evv_json(phi):
    t = ts(ch(["iso_z", "iso_off"]))
    if not phi:
        ev = ch(["batch.flush", "visit.verify", "geofence.config", "aggregator.ack"])
        if ev == "batch.flush":
            d = {"ts": t, "level": "INFO", "svc": "evv-ingest", "event": ev, "batchId": "B-%s-%04d" % (recent().strftime("%Y%m%d"), R.randint(1, 9999)),
                 "visits": R.randint(20, 400), "rejected": R.randint(0, 9), "durationMs": R.randint(40, 9000),
                 "aggregator": ch(["CarePath", "Sandata", "HHAX"]), "build": build(), "trace": trace_id()}
        elif ev == "visit.verify":
            d = {"ts": t, "level": ch(["INFO", "WARN"]), "event": ev, "visitId": ruuid(), "caregiverId": staff('aide'),
                 "procCode": ch(["T1019", "S5125", "G0156", "T1004"]), "mod": ch(["U1", "U2", "UA", ""]), "units": R.randint(1, 32),
                 "gpsDeltaM": R.randint(0, 400), "geofenceRadiusM": ch([150, 200, 250]),
                 "exception": ch([None, "15-Unscheduled Visit", "40-Visit Verified Late", "0500-GPS out of range"]),
                 "host": host()}
        elif ev == "geofence.config":
            a = agency()
            d = {"ts": t, "event": ev, "office": a[0], "officeAddr": "%s, %s %s %s" % (a[1], a[2], a[3], a[4]),
                 "officeLat": round(R.uniform(30, 45), 5), "officeLon": round(R.uniform(-120, -75), 5),
                 "radiusM": 250, "updatedBy": staff('coord')}
        else:
            d = {"ts": t, "event": ev, "aggregator": ch(["CarePath", "Sandata"]), "fileId": sha1()[:20], "records": R.randint(1, 900),
                 "status": ch(["ACCEPTED", "PARTIAL", "REJECTED"]), "http": ch([200, 202, 207, 422]), "latency": dur(), "peer": hostport()}
        return jdump(d)
    f, l = fl()
    nm_key = ch(["memberName", "clientNm", "recipient_name", "consumerName", "nombreCliente", "mbrFullName"])
    nm_style = ch(["FL", "LF", "UFL", "FML"])
    member = {nm_key: P(name_str(f, l, nm_style), "name")}
    member[ch(["medicaidId", "MCD_ID", "payerMemberId", "mcaidNo", "numMedicaid"])] = P(medicaid(), "health_plan")
    if chance(0.5):
        member[ch(["dob", "birthDt", "DOB", "fechaNac"])] = P(fdate(dob(old=chance(0.3)), ch(["iso", "us", "compact"])), "date")
    d = {"ts": t, "level": "INFO", "svc": "evv-ingest", "event": ch(["visit.checkin", "visit.checkout", "visit.ivr"]),
         "visitId": ruuid(), "member": member}
    d[ch(["svcDate", "serviceDate", "dos", "visitDate"])] = P(fdate(recent(), ch(["iso", "us"])), "date")
    if chance(0.6):
        lat, lon = gps_near()
        d["gps"] = {"lat": Raw(lat, "address"), "lon": Raw(lon, "address"), "accM": R.randint(3, 60)}
    if chance(0.45):
        c = city()
        d[ch(["serviceAddress", "svcAddr", "homeAddr"])] = {"line1": P(street(), "address"), "city": P(c[0], "address"), "state": c[1], "zip": P(zipc(c), "zip")}
    if chance(0.35):
        d[ch(["callerAni", "ivrAni", "memberPhone"])] = P(phone(ch(["e164", "plain", "dash"])), "phone")
    if chance(0.3):
        d[ch(["voiceVerifyTpl", "bioVoice", "vpTemplate"])] = P(biometric(), "biometric")
    d["caregiverId"] = staff('aide')
    d["procCode"] = ch(["T1019", "S5125", "G0156"])
    d["trace"] = trace_id()
    return jdump(d)


def f_evv_syslog(phi):
    pri = ch(["<134>", "<133>", "<131>", ""])
    head = "%s%s %s evvd[%d]: " % (pri, ts("syslog"), ch(["evv-gw-01", "evv-gw-02", "ivr-edge-3"]), R.randint(300, 32000))
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            return [head, "GPS check-out visit=V-%s caregiver=%s dist_from_home=%.2fmi acc=%dm result=OK dur=%s" % (digits(8), staff('aide'), R.uniform(0, 0.3), R.randint(3, 40), dur())]
        if k == 1:
            return [head, "sip trunk registered %s via %s (codec PCMU, jitter %dms)" % (hostport(), host(), R.randint(1, 40))]
        if k == 2:
            return [head, "exception %s resolved by coordinator %s ref=%s" % (ch(["0400 late visit", "0100 missing clock-out", "0700 unmatched ANI"]), staff('coord'), order_no())]
        a = AGENCIES[0]
        return [head, "IVR prompt set %s loaded for %s (main line %s) build %s" % (ver(), a[0], a[5], build())]
    k = R.randint(0, 2)
    if k == 0:
        return [head, "IVR clock-in ANI=", P(phone(ch(["paren", "plain", "dash"])), "phone"), " member=\"", P(pname(("LF", "ULF", "FL")), "name"),
                "\" mcd=", P(medicaid(), "health_plan"), " svc_date=", P(fdate(recent(), "us"), "date"), " caregiver=", staff('aide'), " call_id=", hexs(16)]
    if k == 1:
        lat, lon = gps_near()
        c = city()
        return [head, "GPS check-out visit=V-", digits(8), " lat=", P(lat, "address"), " lon=", P(lon, "address"),
                " addr=\"", P(street(), "address"), ", ", P(c[0], "address"), ", ", c[1], " ", P(zipc(c), "zip"), "\" caregiver=", staff('aide'), " acc=", str(R.randint(3, 40)), "m"]
    f, l = fl()
    return [head, "manual visit edit by ", staff('coord'), ": client ", P(name_str(f, l, "FL"), "name"), " DOS ", P(fdate(recent(), ch(["us", "us_nz"])), "date"),
            " reason=\"caregiver phone died, confirmed w/ client's son ", P(ch(FIRST) + " " + l, "name"), " at ", P(phone(), "phone"), "\""]


def f_oasis(phi):
    head = "%s %s [oasis-export] " % (ts("plain_ms"), ch(["INFO", "DEBUG", "WARN"]))
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return [head, "iQIES submission batch %d accepted: %d records, 0 fatal, %d warnings (W-%d) submitter=%s" % (R.randint(1000, 99999), R.randint(1, 80), R.randint(0, 9), R.randint(3000, 3999), staff('coord'))]
        if k == 1:
            return [head, "ITM_SET=OASIS-E1 SPEC_VRSN_CD=%s HHA_AGNCY_ID=HHA%s CMS_CRTFCTN_NUM=%s M0090_INFO_COMPLETED_DT=<suppressed> M0100_ASSMT_REASON=0%d rec_id=%s" % (
                ch(["2.30.1", "3.00", "1.04"]), digits(6), digits(6), R.randint(1, 9), ruuid())]
        return [head, "validation edit -3230 M1033 skip pattern; agency %s; %d of %d items complete; elapsed %s" % (agency()[0], R.randint(80, 140), 140, dur())]
    f, l = fl()
    parts = [head, "M0020_PAT_ID=", P(mrn(), "mrn"), " M0040_PAT_FNAME=", P(fold(f).upper(), "name"), " M0040_PAT_LNAME=", P(fold(l).upper(), "name")]
    if chance(0.6):
        parts += [" M0064_SSN=", P(ssn(ch(["plain", "dash"])), "ssn")]
    if chance(0.6):
        parts += [" M0063_MEDICARE_NUM=", P(mbi(False), "health_plan")]
    old = chance(0.25)
    parts += [" M0066_PAT_BIRTH_DT=", P(fdate(dob(old=old), "compact"), "date"), " M0069_PAT_GENDER=", str(R.randint(1, 2))]
    c = city()
    parts += [" M0030_START_CARE_DT=", P(fdate(recent(), "compact"), "date"), " M0050_PAT_ST=", c[1]]
    parts += [" M0060_PAT_ZIP=", P(zipc(c, False), "zip"), " M0150_CPAY_MCARE_FFS=1 ASMT_ID=", str(R.randint(100000, 999999))]
    return parts


def f_hl7(phi):
    head = "%s hl7-in[%s] ch=%s msg=" % (ts("iso_z"), ch(["MIRTH", "RHAPSODY", "CLOVERLEAF"]), ch(["HOSPICE_ADT", "HH_REFERRAL", "SNF_ADT"]))
    msh = "MSH|^~\\&|%s|%s|%s|%s|%s||ADT^%s|%s|P|2.5.1" % (ch(["EPIC", "CERNER", "MEDITECH"]), ch(["MERCYGEN", "STVINCENT", "RIVMETH"]),
                                                         ch(["WELLSKY", "HCHB", "PCC"]), ch(["MERCYHOSP", "SUNRISEHH", "PINERIDGE"]), ts("hl7"),
                                                         ch(["A01", "A03", "A04", "A08"]), "MSG" + digits(8))
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return [head, msh, " MSA|AA|MSG", digits(8), "|accepted latency=", dur()]
        if k == 1:
            return [head, msh, " EVN|A08|", ts("hl7"), "|||", staff('svc'), " PV1|1|O|HOSPICE^^^MERCYHOSP||||", npi(), "^", fold(ch(CLIN_L)).upper(), "^", fold(ch(CLIN_F)).upper(), "^^^^MD"]
        return [head, "channel stats sent=%d filtered=%d errored=%d queue=%d peer=%s" % (R.randint(100, 9000), R.randint(0, 50), R.randint(0, 5), R.randint(0, 30), hostport())]
    f, l = fl()
    c = city()
    nm = fold("%s^%s" % (l, f)).upper() + (("^" + ch(MIDI)) if chance(0.5) else "")
    parts = [head, msh, " PID|1||", P(mrn(), "mrn"), "^^^", ch(["MERCY", "STV", "RMH"]), "^MR||", P(nm, "name"), "||",
             P(fdate(dob(old=chance(0.4)), "compact"), "date"), "|", ch("FM"), "|||",
             P(fold(street(upper=True)), "address"), "^^", P(fold(c[0]).upper(), "address"), "^", c[1], "^", P(zipc(c, False), "zip"), "^^H||",
             P(phone(ch(["parenns", "plain"])), "phone"), "|||||", P(pat_account(), "account"), "|"]
    if chance(0.6):
        parts += [P(ssn(ch(["dash", "plain"])), "ssn")]
    if chance(0.35):
        parts += ["|" * 10, P(fdate(recent(), "compact") + "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)), "date"), "|Y"]
    parts += [" PV1|1|I|HOSPICE^^^MERCYHOSP||||", npi(), "^", fold(ch(CLIN_L)).upper(), "^", fold(ch(CLIN_F)).upper(), "^^^^MD"]
    if chance(0.6):
        parts += ["|" * 37, P(fdate(recent(), "compact") + "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)), "date")]
    return parts


def f_mds(phi):
    head = "[MDS3] %s %s " % (ts("plain"), ch(["submit", "validate", "lock"]))
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return [head, "validation: item A1500 skip pattern OK; 0 fatal edits; ISC=%s; CCN=%s; facility NPI %s; iQIES batch %d ack" % (ch(["NQ", "NP", "ND", "NO"]), digits(6), npi(), R.randint(10000, 99999))]
        if k == 1:
            return [head, "section GG scored: GG0130A1=0%d GG0170C1=0%d BIMS=C0500:%02d PHQ9=D0160:%02d age_band=85-89 (not exported) rec=%s" % (R.randint(1, 6), R.randint(1, 6), R.randint(0, 15), R.randint(0, 27), ruuid())]
        return [head, "care plan task sync %s -> %s rows=%d facility=%s user=%s" % (ch(PRODUCTS), host(), R.randint(1, 500), AGENCIES[4][0], staff('mds'))]
    f, l = fl()
    parts = [head, "rsdnt A0310A=0", str(R.randint(1, 6)), " A0500A=", P(f, "name"), " A0500C=", P(l, "name")]
    if chance(0.5):
        parts += [" A0600A=", P(ssn(ch(["plain", "dash"])), "ssn")]
    parts += [" A0600B=", P(mbi(chance(0.2)), "health_plan")]
    if chance(0.5):
        parts += [" A0700=", P(medicaid(), "health_plan")]
    parts += [" A0900=", P(fdate(dob(old=chance(0.5)), "compact"), "date"), " A1300=", P(mrn(), "mrn"),
              " A1600=", P(fdate(recent(), "compact"), "date")]
    if chance(0.3):
        parts += [" A2000=", P(fdate(recent(), "compact"), "date")]
    if chance(0.35):
        parts += [" emar_photo=", P(ch([photo_ref(f, l, "emar"), photo_b64()]), "photo")]
    parts += [" coord=", staff('mds')]
    return parts


def f_bh(phi):
    head = "%s AUDIT " % ts(ch(["plain", "iso_off"]))
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return [head, "user=%s action=VIEW_TEMPLATE form=%s v%s duration=%s session=%s" % (staff('bh'), ch(["PHQ-9", "GAD-7", "ASAM-CONT", "C-SSRS", "AUDIT-C"]), ver(), dur(), hexs(24))]
        if k == 1:
            return [head, "group session %s census=%d facilitator=\"%s\" room=B-%d program=%s 42CFR2=true" % (ch(["IOP-B", "IOP-A", "MAT-Tue", "DBT-Skills"]), R.randint(3, 14), clinician("LCSW"), R.randint(100, 220), AGENCIES[7][0])]
        return [head, "consent template CF-%d-%04d revised by %s; fields=%d; sha256=%s" % (R.randint(2024, 2025), R.randint(1, 999), staff('bh'), R.randint(8, 30), sha256())]
    f, l = fl()
    k = R.randint(0, 2)
    if k == 0:
        parts = [head, "user=", staff('bh'), " action=DISCLOSE part2=true client=\"", P(name_str(f, l, ch(["FL", "LF"])), "name"), "\" ",
                 ch(["clientRecordNo", "chart_no", "ehrMRN", "cliente_expediente"]), "=", P(mrn(), "mrn"), " consent=CF-", digits(6),
                 " recipient=\"", ch(["Franklin Co. Drug Court", "Probation Dept Unit 4", "Pinnacle MCO UM"]), "\""]
        if chance(0.5):
            parts += [" dob=", P(fdate(dob(), ch(["us", "iso"])), "date")]
        return parts
    if k == 1:
        rel = ch(["sister", "mother", "partner", "brother", "aunt", "grandson"])
        rf = ch(FIRST)
        parts = [head, "user=", staff('bh'), " action=NOTE_SIGN note=\"client reports ", rel, " ", P(rf + " " + ch(LAST), "name"), " (cell ",
                 P(phone(ch(["dot", "dash", "paren"])), "phone"), ") will drive to ", ch(["IOP group", "MAT dosing", "court"]), "; UDS collected ",
                 P(fdate(recent(), "us_nz"), "date"), "\" client_id=", P(mrn(), "mrn")]
        return parts
    parts = [head, "user=", staff('bh'), " action=INTAKE_CREATE clientName=", P(name_str(f, l, "FL"), "name"), " ssn=", P(ssn(), "ssn"),
             " insurance=", ch(["MassHealth", "Medicaid MCO", "BCBS"]), " memberNo=", P(health_plan(), "health_plan")]
    if chance(0.5):
        parts += [" mail=", P(email(f, l), "email")]
    if chance(0.4):
        parts += [" DL#=", P(dl()[1], "license")]
    if chance(0.4):
        parts += [" telehealth_client_ip=", P(pub_ip(), "ip"), " gw=", priv_ip()]
    return parts


def f_opendental(phi):
    head = "%s OpenDental %s [SecurityLog] " % (ts("plain"), ch(["24.1.21", "23.3.44", "24.2.8"]))
    comp = "OD-WS-%02d" % R.randint(1, 12)
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            return [head, "PermType=Backup User=admin Computer=%s LogText=\"Backup completed to \\\\nas01\\odbackup (%d MB) in %s\"" % (comp, R.randint(200, 9000), dur())]
        if k == 1:
            return [head, "PermType=PaymentCreate User=%s Computer=%s AptNum=%d LogText=\"XCharge approved card ************%s exp %02d/%02d amt $%d.00 auth %s\"" % (
                staff('front'), comp, R.randint(10000, 99999), digits(4), R.randint(1, 12), R.randint(26, 30), R.randint(20, 900), alnum(6))]
        if k == 2:
            return [head, "PermType=Setup User=admin Computer=%s LogText=\"Fee schedule 'PPO-Delta 2025' updated D1110 $%d.00, D0120 $%d.00\"" % (comp, R.randint(80, 140), R.randint(40, 70))]
        return [head, "PermType=eServices User=svc Computer=OD-SRV LogText=\"listener started port 30222, provider %s (DDS) NPI %s\"" % (clinician("DDS"), npi())]
    f, l = fl()
    k = R.randint(0, 2)
    if k == 0:
        return [head, "PermType=PatientEdit User=", staff('front'), " Computer=", comp, " LogText=\"", P(name_str(f, l, "LF"), "name"),
                " Birthdate changed from ", P(fdate(dob(), "us_nz"), "date"), " to ", P(fdate(dob(), "us_nz"), "date"), "; ChartNumber ", P(mrn(), "mrn"), "\""]
    if k == 1:
        parts = [head, "PermType=InsPlanEdit User=", staff('front'), " Computer=", comp, " LogText=\"Subscriber ", P(name_str(f, l, "LF"), "name"),
                 " SubscriberID changed to ", P(commercial_member(), "health_plan"), " (", ch(["Delta Dental PPO", "MetLife Dental", "Cigna DHMO"]), ")"]
        if chance(0.5):
            parts += [", guarantor ", P(name_str(ch(FIRST), l, "LF"), "name")]
        parts += ["\""]
        return parts
    return [head, "PermType=PaymentCreate User=", staff('front'), " Computer=", comp, " LogText=\"", P(name_str(f, l, "LF"), "name"),
            " paid $", str(R.randint(20, 900)), ".00 card ", P(card(), "account"), " guarantor acct ", P(pat_account(), "account"), "\""]


def f_dentrix(phi):
    t = ts("plain")
    if not phi:
        return ["\"procstats\",\"%s\",\"%s\",%d,\"$%d.00\",\"%s\",\"%s\"" % (t, ch(["D0120", "D1110", "D2391", "D0274", "D7140"]), R.randint(1, 40),
                                                                      R.randint(30, 300), ch(["DDS1", "DDS2", "HYG1"]), ch(["Dentrix G7.4", "Dentrix G7.6"]))]
    f, l = fl()
    c = city()
    parts = ["\"patexport\",\"", t, "\",\"", P(l, "name"), "\",\"", P(f, "name"), "\",\"", P(fdate(dob(), "us"), "date"), "\",\""]
    parts += [P(ssn(), "ssn") if chance(0.5) else "", "\",\"", P(phone(ch(["paren", "dash"])), "phone"), "\",\""]
    parts += [P(street(po=True), "address"), "\",\"", P(c[0], "address"), "\",\"", c[1], "\",\"", P(zipc(c), "zip"), "\",\""]
    parts += [ch(["Delta Dental", "Guardian", "Aetna DMO", "Medicaid (AHCCCS)"]), "\",\"", P(health_plan(), "health_plan"), "\",\"", ch(["DDS1", "DDS2"]), "\""]
    if chance(0.4):
        parts += [",\"", P(email(f, l), "email"), "\""]
    return parts


def f_nemsis(phi):
    head = "%s nemsis-bridge DEBUG xml=" % ts(ch(["iso_z", "plain"]))
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return [head, "<eResponse.03>%d-%06d</eResponse.03><eResponse.13>%s</eResponse.13><eResponse.14>%s%d</eResponse.14><eDisposition.12>%s</eDisposition.12>" % (
                R.randint(2024, 2025), R.randint(1, 99999), alnum(4), ch(["M", "R", "E"]), R.randint(1, 40), ch(["4212033", "4212031", "4212043"]))]
        if k == 1:
            return [head, "<eVitals.06>%d</eVitals.06><eVitals.07>%d</eVitals.07><eVitals.10>%d</eVitals.10><eVitals.12>%d</eVitals.12><eVitals.14>%d</eVitals.14> schema=NEMSIS v3.5.0.230317CP4" % (
                R.randint(90, 200), R.randint(50, 110), R.randint(40, 150), R.randint(85, 100), R.randint(8, 30))]
        return [head, "<dAgency.02>%s</dAgency.02><dAgency.03>%s</dAgency.03><dAgency.04>%s</dAgency.04> validation=PASS errors=0 warnings=%d" % (
            digits(5), AGENCIES[3][0], "39", R.randint(0, 12))]
    f, l = fl()
    c = city()
    parts = [head, "<ePatient.PatientNameGroup><ePatient.02>", P(l, "name"), "</ePatient.02><ePatient.03>", P(f, "name"), "</ePatient.03></ePatient.PatientNameGroup>"]
    if chance(0.7):
        parts += ["<ePatient.05>", P(street(), "address"), "</ePatient.05><ePatient.06>", P(c[0], "address"), "</ePatient.06><ePatient.07>",
                  P(c[2] + " County", "address"), "</ePatient.07><ePatient.08>", c[1], "</ePatient.08><ePatient.09>", P(zipc(c, False), "zip"), "</ePatient.09>"]
    if chance(0.5):
        parts += ["<ePatient.12>", P(ssn("plain"), "ssn"), "</ePatient.12>"]
    age = R.randint(90, 104) if chance(0.5) else R.randint(18, 89)
    parts += ["<ePatient.AgeGroup><ePatient.15>", P(str(age), "age") if age > 89 else str(age), "</ePatient.15><ePatient.16>2516009</ePatient.16></ePatient.AgeGroup>"]
    parts += ["<ePatient.17>", P(fdate(dob_for_age(age), "iso"), "date"), "</ePatient.17>"]
    if chance(0.5):
        parts += ["<ePatient.18>", P(phone("plain"), "phone"), "</ePatient.18>"]
    if chance(0.3):
        parts += ["<ePatient.19>", P(email(f, l), "email"), "</ePatient.19>"]
    if chance(0.4):
        st, v = dl()
        parts += ["<ePatient.20>", P(v, "license"), "</ePatient.20><ePatient.21>", st, "</ePatient.21>"]
    return parts


def f_cad(phi):
    head = "%s CAD%d " % (ts("us"), R.randint(1, 4))
    inc = "INC#%d-%06d" % (R.randint(24, 25), R.randint(1, 99999))
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return [head, "UNIT %s%d STATUS=%s LOC=STA %d (%s) AVL %.4f,%.4f SPD %dMPH" % (ch(["M", "E", "L"]), R.randint(1, 40), ch(["AVL", "ENRT", "ONSC", "TRAN", "AVQ"]),
                                                                                      R.randint(1, 20), AGENCIES[3][1].upper(), R.uniform(39.8, 40.1), R.uniform(-83.1, -82.8), R.randint(0, 70))]
        if k == 1:
            return [head, "%s NAT=%s PRI=%d UNITS=M%d,E%d DISPO=%s CLOSED BY %s ELAPSED %s" % (inc, ch(["FALL", "SICK", "MVC", "BREATH", "CARD ARREST"]), R.randint(1, 3),
                                                                                   R.randint(1, 40), R.randint(1, 40), ch(["TRANSPORTED", "REFUSAL", "CANCELLED", "NO PT"]), staff('ems').upper(), dur())]
        return [head, "FLEET M%d VIN %s PLATE OH/EMS%s MILEAGE %d OOS=MAINT WO-%s" % (R.randint(1, 40), vin(), digits(4), R.randint(20000, 200000), digits(5))]
    k = R.randint(0, 2)
    c = city()
    if k == 0:
        age = R.randint(90, 103) if chance(0.6) else R.randint(60, 89)
        cf, cl = fl()
        parts = [head, inc, " NAT=FALL PRI=2 LOC=", P(street(upper=True), "address"), ", ", P(fold(c[0]).upper(), "address"),
                 " CALLER=", P(name_str(cf, cl, "ULF"), "name"), " CB=", P(phone(ch(["dash", "plain"])), "phone"), " NOTE: ",
                 P(str(age), "age") if age > 89 else str(age), " YO", ch("FM"), " ON FLOOR, ", ch(["SON", "DAUGHTER", "NEIGHBOR"]), " ON SCENE"]
        return parts
    if k == 1:
        parts = [head, inc, " NAT=MVC PRI=1 LOC=", P(street(unit=False, upper=True), "address"), " VEH1 PLATE=", ch(DL_STATES), "/", P(plate(), "vehicle")]
        if chance(0.6):
            parts += [" VIN=", P(vin(), "vehicle")]
        f, l = fl()
        parts += [" DRIVER ", P(name_str(f, l, "UFL"), "name")]
        if chance(0.5):
            st, v = dl()
            parts += [" DL ", st, " ", P(v, "license")]
        return parts
    f, l = fl()
    parts = [head, inc, " PREMISE HAZARD ", P(street(upper=True), "address"), " ", P(fold(c[0]).upper(), "address"), " ", P(zipc(c, False), "zip"),
             ": O2 IN USE, PT ", P(name_str(f, l, "UFL"), "name"), " HOSPICE (", AGENCIES[1][0].upper(), ")"]
    if chance(0.5):
        parts += [" DNR ON FRIDGE, DOB ", P(fdate(dob(old=True), "us"), "date")]
    return parts


def f_ems_narr(phi):
    head = "%s epcr[%d] run=%d-%06d narrative=\"" % (ts("iso_off"), R.randint(100, 9999), R.randint(24, 25), R.randint(1, 99999))
    if not phi:
        age = R.randint(19, 89)
        return [head, "Dispatched to private residence for %d y/o %s c/o %s. Pt A&Ox%d, GCS %d, BGL %d mg/dL. %s mg ASA PO. Transported to %s, report to RN %s. Unit %s%d, mileage %.1f\"" % (
            age, ch(["male", "female"]), ch(["SOB", "chest pain", "weakness", "fall"]), R.randint(1, 4), R.randint(9, 15), R.randint(60, 300),
            ch(["324", "162"]), ch(HOSPITALS), ch(CLIN_L), ch(["M", "R"]), R.randint(1, 40), R.uniform(1, 30))]
    f, l = fl()
    age = R.randint(90, 106) if chance(0.7) else R.randint(40, 89)
    parts = [head, "Dispatched to residence for ", P(str(age), "age") if age > 89 else str(age), " y/o ", ch(["male", "female"]), " c/o ",
             ch(["SOB", "AMS", "fall", "weakness"]), ". Pt ", P(name_str(f, l, ch(["FL", "FML"])), "name"), " found ", ch(["seated", "supine on floor", "in bed"])]
    if chance(0.4):
        parts += [". Pt's ", ch(["daughter", "son", "wife", "caregiver"]), " ", P(ch(FIRST) + " " + ch([l, ch(LAST)]), "name"), " states pt was last seen normal at ", "%02d00" % R.randint(0, 23)]
    if chance(0.5):
        parts += [". Pt has ", ch(["pacemaker", "AICD", "VNS implant"]), " SN ", P(dev_serial(), "device")]
    if chance(0.4):
        parts += [". Pt's vehicle plate ", P(plate(), "vehicle"), " left at scene"]
    if chance(0.3):
        parts += [". Contact ", P(phone(), "phone")]
    parts += [". Transported to ", ch(HOSPITALS), " without incident.\""]
    return parts


def f_dialysis(phi):
    sn = "%s%s" % (ch(["4HA", "2K8", "5BB"]), digits(5))
    head = "%s [2008T SN %s] chair=%02d " % (ts("plain_ms"), sn, R.randint(1, 24))
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return [head, "ALARM %d %s %d mmHg Qb=%d Qd=%d UF_rate=%d ml/h sw=%s" % (R.randint(2000, 2999), ch(["Venous pressure high", "Arterial pressure low", "TMP high"]), R.randint(-300, 400), ch([300, 350, 400, 450]), ch([500, 600, 800]), R.randint(100, 1200), ver())]
        if k == 1:
            return [head, "tx_summary Kt/V=%.2f URR=%d%% UF_removed=%.1fL dur=%s cond=%.1f mS/cm temp=%.1fC tech=%s" % (R.uniform(1.0, 1.9), R.randint(60, 80), R.uniform(0.5, 4.5), dur(), R.uniform(13.5, 14.5), R.uniform(35.5, 37.5), staff('tech'))]
        return [head, "disinfect cycle %s complete, heat %d min, water test %s chlorine %.2f ppm, center %s" % (ch(["citric", "bleach", "heat"]), R.randint(20, 60), order_no(), R.uniform(0, 0.1), AGENCIES[2][0])]
    f, l = fl()
    k = R.randint(0, 1)
    if k == 0:
        parts = [head, "tx_start pt=\"", P(name_str(f, l, ch(["LF", "FL"])), "name"), "\" mrn=", P(mrn(), "mrn"), " tx_date=", P(fdate(recent(), ch(["iso", "us"])), "date"),
                 " EDW=", "%.1fkg" % R.uniform(45, 130), " access=", ch(["L AVF", "R AVG", "TDC"])]
        if chance(0.4):
            parts += [" nephrologist=\"", clinician("MD"), "\" NPI=", npi()]
        if chance(0.3):
            parts += [" transport=", ch(["MTM", "family"]), " ride_cb=", P(phone(), "phone")]
        return parts
    parts = ["%s [home-hd] " % ts("plain_ms"), "cycler ", ch(["NxStage System One", "Baxter Amia"]), " SN ", P(dev_serial(), "device"),
             " assigned to ", P(name_str(f, l, "FL"), "name"), " (", ch(["MRN", "chart"]), " ", P(mrn(), "mrn"), ")"]
    if chance(0.5):
        parts += [" home wifi gw MAC ", P(mac(), "device")]
    parts += [" fw=", ver()]
    return parts


def f_school(phi):
    sch = ch(["Lincoln MS", "Roosevelt Elementary", "Cesar Chavez HS", "Kealoha Elementary", "Northside Academy"])
    head = "[SchoolNurse] %s %s " % (ts("plain"), sch)
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return [head, "epinephrine auto-injector lot %s exp %s stock=%d min=%d reorder=%s" % (alnum(6), fdate(rdate(2025, 2027), "iso"), R.randint(0, 8), 2, order_no())]
        if k == 1:
            return [head, "immunization compliance report grade %d: %.1f%% compliant (%d/%d), %d medical exemptions; run by %s" % (R.randint(1, 12), R.uniform(80, 99), R.randint(80, 200), 200, R.randint(0, 5), staff('nurse'))]
        return [head, "office visits today=%d, sent home=%d, avg visit %s, nurse %s" % (R.randint(5, 60), R.randint(0, 8), dur(), clinician("RN"))]
    f, l = fl()
    kind, oid = other_id()
    sid = oid if kind == "student" else ("S" + digits(7))
    parts = [head, "office visit: student=", P(name_str(f, l, ch(["FL", "LF"])), "name"), " ", ch(["stuId", "student_no", "SIS_ID", "learnerId"]), "=",
             P(sid, "other_id"), " grade=", str(R.randint(1, 12)), " dob=", P(fdate(dob(child=True), ch(["us", "iso"])), "date"),
             " complaint=", ch(["headache", "asthma sx", "BG 62 mg/dL", "nosebleed"])]
    gf = ch(FIRST)
    parts += ["; ", ch(["guardian", "mother", "father", "abuela"]), " ", P(gf + " " + ch([l, ch(LAST)]), "name"), " notified at ", P(phone(), "phone")]
    if chance(0.3):
        parts += [" / ", P(email(gf, l), "email")]
    if chance(0.25):
        parts += [" photo=", P(photo_ref(f, l, "school"), "photo")]
    return parts


def f_camp(phi):
    t = ts("iso_z")
    if not phi:
        d = {"ts": t, "camp": ch(["Camp Willow Lake", "Camp Sunshine", "Pine Hollow Day Camp"]), "event": ch(["medpass.round", "cabin.census"]),
             "cabin": ch(["Birch 3", "Aspen 1", "Cedar 5"]), "dosesGiven": R.randint(0, 30), "missed": R.randint(0, 3),
             "nurse": clinician("RN"), "app": "CampDoc " + ver(), "session": "S%d-W%d" % (R.randint(1, 4), R.randint(1, 8)), "req": ruuid()}
        return jdump(d, ", ", ": ")
    f, l = fl()
    gf, gl = ch(FIRST), ch([l, ch(LAST)])
    kind, oid = other_id()
    camper = {ch(["fullName", "camper_name", "nombre_completo", "nom"]): P(name_str(f, l, "FL"), "name"),
              ch(["camperId", "registrantNo", "participant_id"]): P("C" + digits(7), "other_id"),
              ch(["birthDate", "dob", "fecha_nacimiento", "date_de_naissance"]): P(fdate(dob(child=True), ch(["iso", "us", "dmy_slash"])), "date")}
    if chance(0.5):
        camper[ch(["photo", "headshotB64", "avatar_jpeg"])] = P(photo_b64(), "photo")
    elif chance(0.5):
        camper["photoUrl"] = P(photo_ref(f, l, "camp"), "photo")
    if chance(0.3):
        camper[ch(["passportNo", "passport"])] = P(other_id()[1] if False else ch(["", "X"]) + digits(9), "other_id")
    g = {"name": P(name_str(gf, gl, "FL"), "name"), ch(["email", "correo", "courriel"]): P(email(gf, gl), "email"),
         ch(["cell", "mobile", "telefono"]): P(phone(), "phone")}
    d = {"ts": t, "camp": ch(["Camp Willow Lake", "Camp Sunshine"]), "event": "camper.checkin", "camper": camper, "guardians": [g]}
    if chance(0.6):
        d["ins"] = {"carrier": ch(["Aetna", "Kaiser", "UHC", "Molina"]), ch(["memberId", "subscriberId"]): P(commercial_member(), "health_plan")}
    d["allergies"] = ch([["peanut"], ["penicillin", "bees"], []])
    return jdump(d, ", ", ": ")


def f_corrections(phi):
    head = "%s CorEMR %s " % (ts(ch(["plain", "us"])), ch(["medpass", "sickcall", "intake", "bio"]))
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return [head, "count cleared pod %s%d %d/%d by %s at %s" % (ch("ABCD"), R.randint(1, 6), R.randint(20, 60), 60, staff('co'), ts("plain"))]
        if k == 1:
            return [head, "pharmacy cart sync OK cart=%s items=%d ndc_mismatch=%d vendor=%s build %s" % (alnum(5), R.randint(50, 400), R.randint(0, 3), VENDORS[1][0], build())]
        return [head, "sick call queue %s: %d pending, oldest %s, triage RN %s" % (ch(["Pod C2", "Medical", "Female Unit"]), R.randint(0, 40), dur(), clinician("RN"))]
    f, l = fl()
    bk = "%d-%06d" % (R.randint(19, 25), R.randint(1, 999999))
    parts = [head, ch(["bk#", "booking_no", "BKG", "inmateNo"]), "=", P(bk, "other_id"), " inmate=\"", P(name_str(f, l, ch(["ULF", "LF"])), "name"), "\""]
    if chance(0.6):
        parts += [" dob=", P(fdate(dob(), "us"), "date")]
    if chance(0.7):
        parts += [" ", ch(["fpTemplate", "finger_minutiae", "livescan_fmr"]), "=", P(b64(b"FMR\x00 20\x00", R.randint(40, 80)), "biometric")]
    if chance(0.35):
        parts += [" mugshot=", P(photo_ref(f, l, "mug"), "photo")]
    if chance(0.3):
        parts += [" SSN=", P(ssn(), "ssn")]
    parts += [" med=", ch(["buprenorphine 8mg SL", "metformin 500mg", "sertraline 50mg"]), " pod=", ch("ABCD") + str(R.randint(1, 6))]
    return parts


def f_referral(phi):
    t = ts("iso_z")
    if not phi:
        a = agency()
        v = ch(VENDORS)
        d = {"ts": t, "type": ch(["referral.status_changed", "org.updated"]), "referralId": "RF-" + digits(8), "from": ch(["pending", "accepted"]),
             "to": ch(["accepted", "closed_resolved", "declined"]), "program": ch(["Meals on Wheels", "Utility Assistance", "Housing Navigation"]),
             "receivingOrg": {"name": a[0], "addr": "%s, %s, %s %s" % (a[1], a[2], a[3], a[4]), "phone": a[5]},
             "platformVendor": "%s, %s, %s, %s %s" % v, "actor": staff('coord'), "traceparent": traceparent()}
        return jdump(d)
    f, l = fl()
    c = city()
    lang = ch(["en", "en", "es", "fr"])
    if lang == "es":
        keys = ("nombre", "apellido", "fechaNacimiento", "telefono", "correo", "direccion", "ciudad", "condado", "codigoPostal", "numSeguroSocial")
    elif lang == "fr":
        keys = ("prénom", "nom", "date_naissance", "téléphone", "courriel", "adresse", "ville", "comté", "code_postal", "nss")
    else:
        keys = ("first_name", "last_name", "dob", "phone", "email", "street", "city", "county", "zip", "ssn_full")
    client = {keys[0]: P(f, "name"), keys[1]: P(l, "name")}
    if chance(0.6):
        client[keys[2]] = P(fdate(dob(), "dmy_slash" if lang != "en" else ch(["iso", "us"])), "date")
    client[keys[3]] = P(phone(), "phone")
    if chance(0.5):
        client[keys[4]] = P(email(f, l), "email")
    client["addr"] = {keys[5]: P(street(po=True), "address"), keys[6]: P(c[0], "address"), keys[7]: P(c[2] + " County", "address"), "state": c[1], keys[8]: P(zipc(c), "zip")}
    if chance(0.3):
        client[keys[9]] = P(ssn(), "ssn")
    if chance(0.25):
        kind, oid = other_id()
        if kind in ("booking", "student"):
            kind, oid = "passport", "X" + digits(8)
        client[ch(["altId", "idDoc", "documento"])] = {"type": kind, "value": P(oid, "other_id")}
    if chance(0.2):
        client[ch(["fax", "numFax", "faxHome"])] = P(phone(), "fax")
    if chance(0.35):
        client[ch(["socialProfile", "perfil_web", "profileLink"])] = P(personal_url(f, l), "url")
    d = {"ts": t, "type": "referral.created", "referralId": "RF-" + digits(8), "source": ch(["211 Central Ohio", "Unite Us", "findhelp"]),
         "client": client, "needs": ch([["food"], ["food", "utilities"], ["housing"], ["transportation"]]), "household": R.randint(1, 7)}
    return jdump(d)


def f_mow(phi):
    head = "%s mow-route %s " % (ts("plain"), ch(["R-%02d" % R.randint(1, 30)]))
    if not phi:
        k = R.randint(0, 1)
        if k == 0:
            return [head, "completed %d/%d stops %.1fmi %s hot=%d frozen=%d driver=%s vehicle=VAN-%d" % (R.randint(10, 30), 30, R.uniform(10, 60), dur(), R.randint(5, 25), R.randint(0, 10), staff('driver'), R.randint(1, 12))]
        return [head, "kitchen manifest %s printed: %d hot, %d diabetic, %d renal, %d pureed; site %s" % (order_no(), R.randint(50, 400), R.randint(5, 60), R.randint(0, 20), R.randint(0, 12), AGENCIES[0][1])]
    f, l = fl()
    c = city()
    k = R.randint(0, 1)
    if k == 0:
        return [head, "stop ", str(R.randint(1, 30)), " delivered client=\"", P(name_str(f, l, ch(["FL", "LF"])), "name"), "\" addr=\"",
                P(street(), "address"), ", ", P(c[0], "address"), "\" gate=", digits(4), " driver=", staff('driver'), " notes=\"", ch(["leave w/ neighbor", "knock loud", "dog in yard"]), "\""]
    age = R.randint(90, 101) if chance(0.6) else R.randint(70, 89)
    return [head, "WELLNESS ALERT no answer at ", P(street(), "address"), ", ", P(c[0], "address"), " ", P(zipc(c, False), "zip"), "; client ",
            P(name_str(f, l, "FL"), "name"), " (age ", P(str(age), "age") if age > 89 else str(age), ") ; called ", ch(["daughter", "son", "niece"]), " ",
            P(ch(FIRST) + " " + ch(LAST), "name"), " ", P(phone(), "phone"), ", escalated to ", staff('coord')]


def f_logcat(phi):
    head = "%s %5d %5d %s " % (ts("logcat"), R.randint(1000, 30000), R.randint(1000, 30000), ch("DIWE"))
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            return [head, "OkHttp: --> GET https://api.carecircle.app/v3/feed?page=%d&limit=20 (%dms, %d-byte body)" % (R.randint(1, 9), R.randint(20, 900), R.randint(100, 9000))]
        if k == 1:
            return [head, "Choreographer: Skipped %d frames!  The application may be doing too much work on its main thread." % R.randint(30, 200)]
        if k == 2:
            return [head, "CareCircle: app start v%s (build %s) sdk=%d abi=arm64-v8a session=%s" % (ver(), build(), R.randint(28, 35), ruuid())]
        return [head, "FirebaseMessaging: token refreshed, topic=care-team-%s, instanceId=%s" % (digits(6), alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"))]
    f, l = fl()
    k = R.randint(0, 3)
    if k == 0:
        return [head, "SyncAdapter: upsert recipient {name=", P(name_str(f, l, "FL"), "name"), ", email=", P(email(f, l), "email"), ", phone=",
                P(phone(ch(["e164", "paren"])), "phone"), ", relation=", ch(["mother", "father", "spouse"]), "}"]
    if k == 1:
        parts = [head, "DeviceInfo: owner=", P(email(), "email"), " imei=", P(imei(), "device"), " wifiMac=", P(mac(ch(["colon", "colonU"])), "device"), " model=SM-A155U"]
        if chance(0.5):
            parts += [" publicIp=", P(pub_ip(), "ip")]
        return parts
    if k == 2:
        return [head, "VoiceAuth: enrolled user ", P(email(f, l), "email"), " template=", P(b64(b"VPRT\x02\x00", R.randint(40, 80)), "biometric"), " sr=16000"]
    return [head, "ShareSheet: journal link for ", P(name_str(f, l, "FL"), "name"), " -> ", P(personal_url(f, l), "url")]


def f_nginx(phi):
    t = ts("apache")
    ua = ch(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15", "Mozilla/5.0 (Linux; Android 14; Pixel 7)",
             "CareCircle/5.12.0 (Android 14)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/122.0"])
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return ["%s - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" rt=0.00%d" % (priv_ip(), t, R.randint(1, 9))]
        if k == 1:
            return ["%s - %s [%s] \"POST /api/v2/evv/batches HTTP/1.1\" %d %d \"-\" \"evv-sync/%s\" rt=%.3f upstream=%s" % (
                priv_ip(), staff('svc'), t, ch([200, 201, 202]), R.randint(100, 9000), ver(), R.uniform(0, 3), hostport())]
        return ["%s - - [%s] \"GET /static/js/app.%s.js HTTP/2.0\" 304 0 \"https://portal.sunrisehh.com/\" \"%s\" rt=0.00%d" % (priv_ip(), t, hexs(8), ua, R.randint(1, 9))]
    f, l = fl()
    ip = pub_ip()
    k = R.randint(0, 2)
    if k == 0:
        return [P(ip, "ip"), " - ", P(email(f, l), "email"), " [", t, "] \"GET /portal/api/v1/visits?from=2025-03-01 HTTP/2.0\" 200 ", str(R.randint(100, 9000)), " \"",
                P(personal_url(f, l), "url") if chance(0.5) else "-", "\" \"", ua, "\" rt=", "%.3f" % R.uniform(0, 2)]
    if k == 1:
        return [P(ip, "ip"), " - - [", t, "] \"GET /portal/recipients/search?lastName=", P(fold(l), "name"), "&dob=", P(fdate(dob(), "iso"), "date"),
                " HTTP/1.1\" 200 ", str(R.randint(100, 9000)), " \"-\" \"", ua, "\""]
    return [priv_ip(), " - - [", t, "] \"POST /api/v2/login HTTP/1.1\" 401 58 \"-\" \"", ua, "\" xff=\"", P(ip, "ip"), ", ", priv_ip(), "\" user=", P(email(f, l), "email")]


def f_dme(phi):
    head = "%s DME-POD " % ts(ch(["plain", "iso_z"]))
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return [head, "warehouse stock %s %s qty=%d bin=%s-%02d lot=%s vendor=\"%s, %s, %s %s %s\"" % ((ch(["E0601", "E1390", "E0431", "K0001"]), ch(PRODUCTS), R.randint(0, 50), ch("ABCD"), R.randint(1, 40), alnum(7)) + VENDORS[3])]
        if k == 1:
            return [head, "route dispatch truck T-%02d VIN %s plate %s driver=%s stops=%d depot=\"%s\"" % (R.randint(1, 20), vin(), "CMV" + digits(4), staff('driver'), R.randint(5, 25), AGENCIES[6][1])]
        return [head, "ticket DT-%s closed, items=%d, pod_sig=captured, sha256=%s, dur=%s" % (digits(6), R.randint(1, 5), sha256(), dur())]
    f, l = fl()
    c = city()
    parts = [head, "ticket=DT-", digits(6), " item=", ch(["E1390", "E0601", "E0250", "K0823"]), " \"", ch(PRODUCTS[4:10]), "\" ",
             ch(["SN", "serial", "sn#"]), "=", P(dev_serial(), "device")]
    if chance(0.5):
        parts += [" UDI=", P(udi(), "device")]
    parts += [" delivered_to=\"", P(name_str(f, l, ch(["FL", "LF"])), "name"), "\" ", ch(["ship_to", "addr", "dlvry_addr"]), "=\"", P(street(), "address"), ", ",
              P(c[0], "address"), ", ", c[1], " ", P(zipc(c), "zip"), "\""]
    if chance(0.4):
        parts += [" signer=\"", P(ch(FIRST) + " " + l, "name"), "\" rel=", ch(["daughter", "spouse", "self-caregiver"])]
    if chance(0.3):
        parts += [" rx_by=\"", clinician("MD"), "\" NPI ", npi()]
    return parts


def f_x12(phi):
    head = "%s x12-out 837%s seg=" % (ts("plain"), ch(["P", "I"]))
    if not phi:
        k = R.randint(0, 2)
        a = agency()
        if k == 0:
            return [head, "ISA*00*          *00*          *ZZ*%s*ZZ*%s*%s*%s*^*00501*%09d*0*P*:~GS*HC*%s*%s*%s*%s*%d*X*005010X222A1~" % (
                alnum(15).ljust(15)[:15], "MEDICAIDOH     ", rts().strftime("%y%m%d"), rts().strftime("%H%M"), R.randint(1, 999999999),
                alnum(8), "OHMCD", rts().strftime("%Y%m%d"), rts().strftime("%H%M"), R.randint(1, 9999))]
        if k == 1:
            return [head, "NM1*85*2*%s*****XX*%s~N3*%s~N4*%s*%s*%s~REF*EI*%s~" % (fold(a[0]).upper(), npi(), fold(a[1]).upper(), fold(a[2]).upper(), a[3], a[4], digits(9))]
        return [head, "999 ack ST*999*%04d AK1*HC*%d IK5*A AK9*A*%d*%d*%d ctrl=%09d" % (R.randint(1, 9999), R.randint(1, 9999), R.randint(1, 40), R.randint(1, 40), R.randint(1, 40), R.randint(1, 999999999))]
    f, l = fl()
    c = city()
    parts = [head, "NM1*IL*1*", P(fold("%s*%s" % (l, f)).upper(), "name"), "****MI*", P(health_plan(), "health_plan"), "~N3*",
             P(fold(street(upper=True, po=True)), "address"), "~N4*", P(fold(c[0]).upper(), "address"), "*", c[1], "*", P(zipc(c, False).replace("-", ""), "zip"),
             "~DMG*D8*", P(fdate(dob(old=chance(0.3)), "compact"), "date"), "*", ch("FM"), "~CLM*", P(pat_account(), "account"), "*",
             "%d.00" % R.randint(50, 3000), "***", ch(["12", "13", "41"]), ":B:1*Y*A*Y*Y~DTP*472*D8*", P(fdate(recent(), "compact"), "date"), "~"]
    if chance(0.3):
        parts += ["NM1*82*1*", fold(ch(CLIN_L)).upper(), "*", fold(ch(CLIN_F)).upper(), "****XX*", npi(), "~"]
    if chance(0.3):
        parts += ["REF*SY*", P(ssn("plain"), "ssn"), "~"]
    return parts


def f_pers(phi):
    t = ts(ch(["iso_z", "epoch_ms"]))
    if not phi:
        k = R.randint(0, 1)
        if k == 0:
            return ["ts=%s svc=pers-hub evt=HEARTBEAT base_fw=%s rssi=%d battery=%d%% uptime=%dd%dh cell=LTE-M tower=%s" % (t, ver(), -R.randint(50, 110), R.randint(5, 100), R.randint(0, 90), R.randint(0, 23), hexs(8))]
        return ["ts=%s svc=pers-hub evt=MONITORING_CENTER_SYNC center=\"%s\" agents_online=%d queue=%d p95=%s host=%s" % (t, ch(PRODUCTS[23:24]) + " Response Center", R.randint(5, 80), R.randint(0, 20), dur(), host())]
    f, l = fl()
    lat, lon = gps_near()
    parts = ["ts=", t, " svc=pers-hub evt=", ch(["FALL_DETECTED", "HELP_BUTTON", "NO_ACTIVITY"]), " subscriber=\"", P(name_str(f, l, "FL"), "name"), "\""]
    parts += [" pendant_imei=", P(imei(), "device")]
    if chance(0.5):
        parts += [" base_mac=", P(mac(), "device")]
    parts += [" lat=", P(lat, "address"), " lon=", P(lon, "address"), " callback=", P(phone(ch(["e164", "plain"])), "phone")]
    if chance(0.4):
        age = R.randint(90, 102)
        parts += [" age=", P(str(age), "age")]
    if chance(0.4):
        parts += [" responder1=\"", P(ch(FIRST) + " " + ch(LAST), "name"), "\" r1_phone=", P(phone(), "phone")]
    return parts


def f_fax(phi):
    head = "%s faxd[%d]: " % (ts("syslog"), R.randint(200, 9000))
    if not phi:
        a = agency()
        k = R.randint(0, 1)
        if k == 0:
            return [head, "job %d TX to %s fax %s pages=%d result=OK dur=%s modem=ttyIAX%d" % (R.randint(1000, 99999), a[0], a[6], R.randint(1, 30), dur(), R.randint(0, 3))]
        return [head, "job %d RX from %s (CSID \"%s\") pages=%d stored=/var/spool/fax/in/%s.tif" % (R.randint(1000, 99999), phone("dash"), "DR " + ch(CLIN_L).upper() + " OFFICE", R.randint(1, 12), hexs(12))]
    f, l = fl()
    k = R.randint(0, 1)
    if k == 0:
        return [head, "job ", str(R.randint(1000, 99999)), " TX to ", ch(["guarantor", "POA", "family", "pt home"]), " fax ", P(phone(ch(["paren", "dash", "one"])), "fax"),
                " subj=\"", ch(["Plan of Care", "Hospice Election", "Statement"]), " - ", P(name_str(f, l, "LF"), "name"), "\" pages=", str(R.randint(1, 20)), " result=", ch(["OK", "BUSY", "NO CARRIER"])]
    a = agency()
    parts = [head, "cover sheet generated: From ", a[0], " (fax ", a[6], ") To ", P(name_str(f, l, "FL"), "name"), " Fax#: ", P(phone(), "fax")]
    if chance(0.5):
        parts += [" Ph#: ", P(phone(), "phone")]
    parts += [" Re: DOB ", P(fdate(dob(), "us"), "date")]
    return parts


def f_pay(phi):
    head = "%s pay-svc %s " % (ts(ch(["iso_z", "plain_ms"])), ch(["INFO", "DEBUG"]))
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            return [head, "charge approved invoice=%s card=************%s brand=%s amt=$%d.%02d auth=%s gw_txn=%s" % (order_no(), digits(4), ch(["VISA", "MC", "AMEX"]), R.randint(10, 3000), R.randint(0, 99), alnum(6), hexs(20))]
        if k == 1:
            return [head, "settlement batch %d closed count=%d total=$%d.%02d merchant=%s routing=%s" % (R.randint(100, 9999), R.randint(1, 300), R.randint(1000, 90000), R.randint(0, 99), digits(12), ch(["021000021", "044000037", "071000013"]))]
        return [head, "webhook from gateway %s verified sig=%s latency=%s" % (hostport(), sha256()[:40], dur())]
    f, l = fl()
    k = R.randint(0, 2)
    if k == 0:
        return [head, "charge private-pay invoice=", order_no(), " card=", P(card(), "account"), " exp=", "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)),
                " cardholder=\"", P(name_str(f, l, ch(["UFL", "FL"])), "name"), "\" amt=$", "%d.%02d" % (R.randint(50, 4000), R.randint(0, 99)), " auth=", alnum(6)]
    if k == 1:
        return [head, "ach debit routing=", ch(["021000021", "044000037", "071000013"]), " acct=", P(bank_acct(), "account"), " holder=\"", P(name_str(f, l, "FL"), "name"),
                "\" patient_acct=", P(pat_account(), "account")]
    return [head, "autopay enrolled client=", P(name_str(f, l, "LF"), "name"), " billing_zip=", P(zipc(city(), False), "zip"), " email=", P(email(f, l), "email"),
            " ip=", P(pub_ip(), "ip"), " ua=", ch(["iOS", "Android", "web"]),
            [" donation_page=", P(personal_url(f, l), "url")] if chance(0.5) else ""]


def f_idg(phi):
    head = "%s hospice-idg %s " % (ts("plain"), ch(["note", "census", "summary"]))
    if not phi:
        return [head, "IDG meeting convened %s; %d pts reviewed; attendees: %s (MD), %s (chaplain), %s; next IDG in 14 days; avg LOS %d days; census age 65+ = %d%%" % (
            ch(["14:00", "09:30", "13:15"]), R.randint(8, 40), clinician("MD"), "Rev. " + ch(CLIN_L), staff('coord'), R.randint(20, 120), R.randint(70, 99))]
    f, l = fl()
    age = R.randint(90, 107) if chance(0.65) else R.randint(55, 89)
    el = recent()
    parts = [head, "pt ", P(name_str(f, l, ch(["FL", "LF", "FML"])), "name"), ", ", P(str(age), "age") if age > 89 else str(age), " y/o, ",
             ch(["CHF", "dementia", "COPD", "ESRD"]), ", ", ch(["election date", "SOC", "benefit period start"]), " ", P(fdate(el, ch(["us", "mon"])), "date")]
    if chance(0.45):
        dod = datetime.date.fromordinal(min(el.toordinal() + R.randint(3, 120), datetime.date(2025, 5, 4).toordinal()))
        parts += ["; DOD ", P(fdate(dod, ch(["us", "iso", "mon"])), "date")]
    if chance(0.4):
        parts += ["; bereavement contact ", ch(["daughter", "son", "spouse"]), " ", P(ch(FIRST) + " " + ch(LAST), "name"), " ", P(phone(), "phone")]
    if chance(0.35):
        parts += ["; family updates at ", P(personal_url(f, l), "url")]
    if chance(0.3):
        parts += ["; MBI ", P(mbi(), "health_plan")]
    parts += ["; attending ", clinician("MD")]
    return parts


def f_license(phi):
    """credentialing / controlled-substance / identity verification events"""
    head = "%s idv-svc " % ts(ch(["iso_z", "plain"]))
    if not phi:
        k = R.randint(0, 1)
        if k == 0:
            return [head, "PDMP query ok state=%s latency=%s results=%d requestor_npi=%s txn=%s" % (ch(DL_STATES), dur(), R.randint(0, 12), npi(), ruuid())]
        return [head, "license verification batch %d: %d verified, %d expiring within 60d, source=Nursys api v%s" % (R.randint(100, 999), R.randint(10, 300), R.randint(0, 20), ver())]
    k = R.randint(0, 2)
    if k == 0:
        return [head, "EPCS sign order=", order_no(), " prescriber=\"", clinician("MD"), "\" DEA=", P(dea(), "license"), " drug=", ch(["morphine 20mg/mL", "lorazepam 0.5mg", "oxycodone 5mg"]),
                " pt=\"", P(pname(), "name"), "\""]
    if k == 1:
        lk = R.randint(0, 4)
        key = ["RN license", "LPN lic", "dental_lic", "ems_cert", "LCDC_lic"][lk]
        who = ["aide=" + staff('aide'), "nurse=" + staff('nurse'), "provider=" + clinician("DDS"), "medic=medic_1142", "counselor=" + staff('bh')][lk]
        return [head, "credential check ", who, " ", key, "=", P(prof_license(lk), "license"), " state=", ch(DL_STATES), " status=", ch(["ACTIVE", "ACTIVE", "EXPIRING"])]
    f, l = fl()
    st, v = dl()
    parts = [head, "ID scan at intake: name=\"", P(name_str(f, l, "UFL"), "name"), "\" DL=", P(v, "license"), " iss=", st, " dob=", P(fdate(dob(), "compact"), "date")]
    if chance(0.5):
        kind, oid = other_id()
        parts += [" secondary_id(", kind, ")=", P(oid, "other_id")]
    if chance(0.3):
        parts += [" selfie=", P(photo_b64(), "photo")]
    return parts


def f_nemt(phi):
    """NEMT / Medicaid friends-and-family mileage reimbursement"""
    head = "%s nemt-broker %s " % (ts(ch(["plain", "iso_off"])), ch(["INFO", "AUDIT"]))
    if not phi:
        k = R.randint(0, 1)
        if k == 0:
            return [head, "trip batch %s: %d trips, %d no-shows, fleet units WAV-%02d..WAV-%02d, avg pickup delay %s, broker build %s" % (
                order_no(), R.randint(20, 400), R.randint(0, 30), R.randint(1, 9), R.randint(10, 40), dur(), build())]
        return [head, "fleet vehicle WAV-%02d inspection passed VIN %s plate %s odometer %d lift cycles %d inspector=%s" % (
            R.randint(1, 40), vin(), "MED" + digits(4), R.randint(10000, 250000), R.randint(100, 9000), staff('coord'))]
    f, l = fl()
    df = ch(FIRST)
    parts = [head, "mileage reimb claim=MR-", digits(7), " member=\"", P(name_str(f, l, ch(["FL", "LF"])), "name"), "\" ",
             ch(["mcdId", "recipient_no", "MedicaidNbr"]), "=", P(medicaid(), "health_plan"), " driver=\"", P(df + " " + ch([l, ch(LAST)]), "name"),
             "\" (", ch(["son", "neighbor", "daughter-in-law", "friend"]), ") ", ch(["veh_plate", "tag", "plate"]), "=", P(plate(), "vehicle")]
    if chance(0.6):
        parts += [" ", ch(["vin", "VIN", "veh_vin"]), "=", P(vin(), "vehicle")]
    parts += [" trip_date=", P(fdate(recent(), ch(["us", "iso"])), "date"), " dest=\"", ch(["Lakeshore Dialysis Center", "Mercy General", "New Horizons Recovery Center"]), "\" miles=", "%.1f" % R.uniform(2, 60)]
    if chance(0.3):
        st, v = dl()
        parts += [" driver_dl=", P(v, "license"), "/", st]
    return parts


FAMILIES = [("evv_json", f_evv_json), ("evv_syslog", f_evv_syslog), ("oasis_export", f_oasis), ("hl7_adt_hospice", f_hl7),
            ("mds3_submit", f_mds), ("bh_part2_audit", f_bh), ("opendental_securitylog", f_opendental), ("dentrix_csv", f_dentrix),
            ("nemsis_xml", f_nemsis), ("cad_dispatch", f_cad), ("epcr_narrative", f_ems_narr), ("dialysis_machine", f_dialysis),
            ("school_nurse", f_school), ("camp_health_json", f_camp), ("corrections_emr", f_corrections), ("referral_json", f_referral),
            ("mow_route", f_mow), ("android_logcat", f_logcat), ("nginx_access", f_nginx), ("dme_delivery", f_dme),
            ("x12_837", f_x12), ("pers_logfmt", f_pers), ("fax_relay_syslog", f_fax), ("payment_gateway", f_pay),
            ("hospice_idg_note", f_idg), ("idv_credentialing", f_license), ("nemt_mileage", f_nemt)]


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
def main():
    flags = [False] * N_CLEAN + [True] * (N_LINES - N_CLEAN)
    R.shuffle(flags)
    fam_phi, fam_clean = [], []
    lines, labels = [], []
    cat_counts = Counter()
    fam_counts = Counter()
    for i, phi in enumerate(flags):
        pool = fam_phi if phi else fam_clean
        if not pool:
            pool.extend(FAMILIES)
            R.shuffle(pool)
        fname, fn = pool.pop()
        parts = fn(phi)
        b, spans = render(parts)
        text = b.decode("utf-8")
        # ---- checks ----
        assert "\n" not in text and "\r" not in text, (i, text)
        if phi:
            assert spans, (fname, text)
        else:
            assert not spans, (fname, text)
        if text.startswith("{"):
            json.loads(text)
        prev_end = -1
        for s, e, c, v in spans:
            assert c in CATS
            assert b[s:e].decode("utf-8") == v, (i, s, e, v)
            assert v == v.strip() and v, (i, repr(v))
            assert s >= prev_end, ("overlap", i, text)
            prev_end = e
            cat_counts[c] += 1
        fam_counts[fname] += 1
        lines.append(b)
        labels.append({"line": i + 1, "family": fname, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, v in spans]})
    assert len(lines) == N_LINES
    for c in CATS:
        assert cat_counts[c] >= 8, ("category under-covered", c, cat_counts[c])
    with open(LOG_PATH, "wb") as fh:
        for b in lines:
            fh.write(b + b"\n")
    with open(LAB_PATH, "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    # re-read and verify
    with open(LOG_PATH, "rb") as fh:
        rb = fh.read().split(b"\n")
    assert rb[-1] == b"" and len(rb) == N_LINES + 1
    with open(LAB_PATH, encoding="utf-8") as fh:
        rl = [json.loads(x) for x in fh]
    for b, lab in zip(rb, rl):
        for sp in lab["spans"]:
            seg = b[sp["s"]:sp["e"]]
            assert seg and seg == seg.strip()
    n_phi = sum(1 for lab in labels if lab["spans"])
    print("lines: %d" % len(lines))
    print("lines with PHI: %d (%.1f%%)  lines without PHI: %d" % (n_phi, 100.0 * n_phi / len(lines), len(lines) - n_phi))
    print("spans total: %d" % sum(cat_counts.values()))
    print("spans per category:")
    for c in CATS:
        print("  %-12s %d" % (c, cat_counts[c]))
    print("families: %d" % len(fam_counts))
    for k, v in sorted(fam_counts.items()):
        print("  %-24s %d" % (k, v))


if __name__ == "__main__":
    main()
