#!/usr/bin/env python3
"""Deterministic generator for the 'bz' held-out PHI log corpus.

Theme: clinical-trial technology platform (EDC audit trails, IRT/drug supply,
ePRO / eConsent apps, monitors, SAE intake, central lab loads, medical coding,
platform services in Java / Python / Node).

Writes bz.log (500 lines) and bz.labels.jsonl next to this file.
Standard library only; fixed seed; every line is assembled from segments and
every span offset is computed while building (never searched afterwards).
"""
import base64
import datetime as dt
import hashlib
import json
import os
import unicodedata
import uuid
import random
from urllib.parse import quote, quote_plus

SEED = 0xB2_0513
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_PHI_SHARE = 0.45

# ---------------------------------------------------------------------------
# segment machinery
# ---------------------------------------------------------------------------


class Ph:
    """A value to be labelled with category c."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v = v
        self.c = c


class JS:
    """A JSON (or other quoted) string value assembled from segments."""
    __slots__ = ("segs",)

    def __init__(self, *parts):
        self.segs = seg(*parts)


def seg(*parts):
    out = []
    for p in parts:
        if p is None:
            continue
        if isinstance(p, str):
            if p:
                out.append((p, None))
        elif isinstance(p, Ph):
            out.append((str(p.v), p.c))
        elif isinstance(p, tuple):
            out.append(p)
        elif isinstance(p, list):
            out.extend(seg(*p))
        elif isinstance(p, JS):
            out.extend(p.segs)
        else:
            out.append((str(p), None))
    return out


def emap(segs, f):
    """Apply a character-wise encoding to every segment (escaping is local)."""
    return [(f(t), c) for t, c in segs]


def jesc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def xesc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def J(obj, ascii_=False, sp=False):
    """Serialise obj to JSON segments; Ph / JS values carry labels."""
    out = []
    ksep = ": " if sp else ":"
    isep = ", " if sp else ","

    def w(o):
        if isinstance(o, Ph):
            if isinstance(o.v, str):
                out.append(('"', None))
                out.append((jesc(o.v, ascii_), o.c))
                out.append(('"', None))
            else:
                out.append((json.dumps(o.v), o.c))
        elif isinstance(o, JS):
            out.append(('"', None))
            out.extend(emap(o.segs, lambda t: jesc(t, ascii_)))
            out.append(('"', None))
        elif isinstance(o, dict):
            out.append(("{", None))
            first = True
            for k, v in o.items():
                if not first:
                    out.append((isep, None))
                first = False
                out.append((json.dumps(k, ensure_ascii=ascii_) + ksep, None))
                w(v)
            out.append(("}", None))
        elif isinstance(o, (list, tuple)):
            out.append(("[", None))
            for i, v in enumerate(o):
                if i:
                    out.append((isep, None))
                w(v)
            out.append(("]", None))
        else:
            out.append((json.dumps(o, ensure_ascii=ascii_), None))

    w(obj)
    return out


def pyq(s):
    return s.replace("\\", "\\\\").replace("'", "\\'")


def PY(obj):
    """Python repr()-style serialisation of dicts / lists."""
    out = []

    def w(o):
        if isinstance(o, Ph):
            if isinstance(o.v, str):
                r = repr(o.v)
                out.append((r[0], None))
                out.append((r[1:-1], o.c))
                out.append((r[-1], None))
            else:
                out.append((repr(o.v), o.c))
        elif isinstance(o, JS):
            out.append(("'", None))
            out.extend(emap(o.segs, pyq))
            out.append(("'", None))
        elif isinstance(o, dict):
            out.append(("{", None))
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append((", ", None))
                out.append((repr(k) + ": ", None))
                w(v)
            out.append(("}", None))
        elif isinstance(o, (list, tuple)):
            out.append(("[", None))
            for i, v in enumerate(o):
                if i:
                    out.append((", ", None))
                w(v)
            out.append(("]", None))
        else:
            out.append((repr(o), None))

    w(obj)
    return out


# ---------------------------------------------------------------------------
# small random helpers
# ---------------------------------------------------------------------------

def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def trace_id():
    return hexs(32)


def span_id():
    return hexs(16)


def sha256():
    return hashlib.sha256(bytes(R.getrandbits(8) for _ in range(16))).hexdigest()


def ascii_fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    s = s.replace("æ", "ae").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
       "Nov", "Dec"]
MONTH_LONG = ["January", "February", "March", "April", "May", "June", "July",
              "August", "September", "October", "November", "December"]

# ---------------------------------------------------------------------------
# log timestamp formats (never labelled)
# ---------------------------------------------------------------------------


def t_iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def t_logback(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def t_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def t_epoch_ms(t):
    return int(t.replace(tzinfo=dt.timezone.utc).timestamp() * 1000)


def t_clf(t):
    return "%02d/%s/%d:%s +0000" % (t.day, MON[t.month - 1], t.year,
                                    t.strftime("%H:%M:%S"))


def t_bsd(t):
    return "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def t_iso_off(t, hours=-4):
    lt = t + dt.timedelta(hours=hours)
    sign = "-" if hours < 0 else "+"
    return lt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d%s%02d:00" % (
        lt.microsecond // 1000, sign, abs(hours))


# ---------------------------------------------------------------------------
# person-related date formats (labelled when tied to a subject)
# ---------------------------------------------------------------------------

def fdate(d, style=None):
    style = style or ch(["iso", "iso", "us", "sas", "dmon", "hl7", "eu",
                         "dmy", "long"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "sas":
        return "%02d%s%d" % (d.day, MON[d.month - 1].upper(), d.year)
    if style == "dmon":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        return "%s %d, %d" % (MONTH_LONG[d.month - 1], d.day, d.year)
    raise ValueError(style)


TODAY = dt.date(2024, 5, 13)


def rand_date(a, b):
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


def recent_date(back=120, fwd=0):
    return TODAY + dt.timedelta(days=R.randint(-back, fwd))


def age_on(dob, on=TODAY):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


# ---------------------------------------------------------------------------
# people pools (synthetic)
# ---------------------------------------------------------------------------

NAME_GROUPS = [
    (["James", "Mary", "Robert", "Patricia", "Dorothy", "Harold", "Walter",
      "Eleanor", "Mildred", "Earl", "Gladys", "Clarence", "Hope", "Faith",
      "Grace", "Joy", "Rose", "Summer", "Will", "Guy", "Bill", "Mark", "Dawn",
      "April", "June", "Hunter", "Chase", "Rusty", "Opal", "Pearl"],
     ["Smith", "Johnson", "Brown", "Young", "King", "Hunt", "Long", "Little",
      "Rice", "Cash", "Day", "Bell", "Love", "Rivers", "Stone", "Wolf",
      "Bishop", "Baker", "Fox", "Hill", "Moody", "Wise", "Church", "Power",
      "Mann", "McAllister", "O'Connor", "St. Clair", "Smith-Jones",
      "Whitfield", "Pennington"]),
    (["José", "María", "Guadalupe", "Jesús", "Alejandro", "Ximena", "Rosario",
      "Maricela", "Ignacio", "Luz", "Socorro", "Dolores", "Ángel", "María José"],
     ["García", "Rodríguez", "Hernández-López", "de la Cruz", "Ortiz-Rivera",
      "Muñoz", "Peña", "Villarreal", "Del Toro", "Santiago", "Ibáñez", "Cruz",
      "García Márquez"]),
    (["DeShawn", "Latoya", "Tremaine", "Keisha", "Jamal", "Imani", "Darnell",
      "Tiana", "Marcus", "Ebony"],
     ["Washington", "Jefferson", "Jackson", "Freeman", "Banks", "Booker",
      "Coleman", "Merriweather"]),
    (["Chinedu", "Ngozi", "Oluwaseun", "Abebe", "Kwame", "Amara", "Tendai",
      "Wanjiru", "Folasade", "Yaw"],
     ["Okafor", "Adeyemi", "Mensah", "Abdi", "Haile", "Ogunleye",
      "Nwachukwu", "Kamau", "Boateng", "Mutasa"]),
    (["Thanh", "Hương", "Minh", "Linh", "Quang", "Thị Lan"],
     ["Nguyen", "Tran", "Pham", "Le", "Do", "Nguyễn", "Trần"]),
    (["Wei", "Xiaoling", "Jian", "Mei", "Hao", "Yuxuan"],
     ["Wang", "Zhang", "Chen", "Ng", "Ho", "Ouyang", "Lau"]),
    (["Min-jun", "Seo-yeon", "Ji-ho", "Hiroshi", "Yuki", "Keiko", "Haruto"],
     ["Kim", "Park", "Choi", "Nakamura", "Yamamoto", "Takahashi", "Seo"]),
    (["Priya", "Rajesh", "Anjali", "Sandeep", "Lakshmi", "Venkata Ramana",
      "Farhan", "Nusrat", "Gurpreet"],
     ["Patel", "Shah", "Iyer", "Venkataraman", "Chowdhury", "Reddy", "Gill",
      "Sen Gupta", "Bhattacharya"]),
    (["Fatima", "Mohammed", "Yusuf", "Leila", "Omar", "Shirin", "Reza",
      "Dalia", "Noor"],
     ["Al-Hassan", "Haddad", "Khoury", "Abu-Bakr", "Farahani", "El-Sayed",
      "Ben-David", "Cohen", "Abdel Rahman"]),
    (["Björn", "Zoë", "Łukasz", "Agnieszka", "Søren", "François", "Inês",
      "Giuseppe", "Katarzyna", "Dmitri", "Olena", "Aoife", "Siobhán",
      "Niamh", "Jürgen"],
     ["Kowalczyk", "Wąsowski", "Dvořák", "Ødegaard", "Müller", "Schröder",
      "Rossi", "Esposito", "Ferreira", "Gonçalves", "Van der Merwe",
      "van den Berg", "Ní Bhriain", "Mac Giolla Phádraig", "Ivanenko"]),
    (["Winona", "Tahnee", "Dakota", "Leilani", "Kekoa"],
     ["Begay", "Yazzie", "Tsosie", "Kealoha", "Running Horse", "Kahananui"]),
]
GROUP_W = [22, 14, 9, 8, 6, 6, 6, 8, 7, 10, 4]

CLINICIANS = ["Dr. Helena Sørensen", "Dr. Arjun Mehta", "Dr. Rebecca Thornton",
              "Samuel Oyelaran, MD", "Keiko Fujimoto, RN", "Dr. Michael Brennan",
              "Dr. Lucía Ferrer", "Dr. Tomasz Zieliński",
              "Priscilla Nakamura-Hale, PharmD", "Dr. Obinna Eze",
              "Dr. Claire Dubois", "Dr. Rafael Montoya", "Dr. Grace Whitfield"]
STAFF = ["crc.jmartinez", "crc_204_02", "cra.lwinter", "cra.kpatel",
         "dm.okonkwo", "dm.lead.rsato", "pv.specialist3", "medcoder.abello",
         "svc-irt-batch", "svc-edc-sync", "svc-lab-loader", "monitor.ahmed.k",
         "sponsor.viewer07", "site0412.pharm", "unblind.officer2",
         "crc.tbegay", "ctm.hlindqvist"]
STAFF_EMAILS = ["l.winter@meridian-cro.com", "kpatel@meridian-cro.com",
                "safety.intake@bzclin.io", "edc-support@bzclin.io",
                "r.sato@arcturus-pharma.com", "noreply@bzclin.io",
                "helpdesk@bzclin.io", "h.lindqvist@arcturus-pharma.com",
                "study.coordinator@lakeviewonc.org"]
SITES = [
    ("Lakeview Oncology Associates", "2200 N Lakeview Ave Ste 310", "Chicago",
     "IL", "60614", "(773) 296-4410", "(773) 296-4419"),
    ("St. Agnes Research Unit", "1303 E Herndon Ave", "Fresno", "CA",
     "93720", "559-450-3000", "559-450-3026"),
    ("Piedmont Heart Institute Trials Office", "95 Collier Rd NW Ste 2075",
     "Atlanta", "GA", "30309", "404-605-2800", "404-605-2891"),
    ("Great Plains Clinical Research", "3401 W Central Ave", "Wichita", "KS",
     "67203", "316-942-7780", "316-942-7786"),
    ("Cascade Dermatology Research", "1560 N 115th St Ste 205", "Seattle",
     "WA", "98133", "206-364-5191", "206-364-5199"),
    ("Tri-County Geriatric Research Center", "4150 Clement St Bldg 9",
     "Richmond", "VA", "23224", "804-675-5000", "804-675-5585"),
]
DEPOTS = [("DEP-NA-01", "Memphis, TN"), ("DEP-NA-02", "Allentown, PA"),
          ("DEP-EU-02", "Breda, NL"), ("DEP-EU-05", "Mechelen, BE"),
          ("DEP-APAC-01", "Singapore")]

# city, state, zip, area code, county
CITIES = [
    ("Dayton", "OH", "45402", "937", "Montgomery County"),
    ("Columbus", "OH", "43215", "614", "Franklin County"),
    ("Tucson", "AZ", "85719", "520", "Pima County"),
    ("Mesa", "AZ", "85201", "480", "Maricopa County"),
    ("Worcester", "MA", "01609", "508", "Worcester County"),
    ("Lowell", "MA", "01852", "978", "Middlesex County"),
    ("Baton Rouge", "LA", "70808", "225", "East Baton Rouge Parish"),
    ("Spokane", "WA", "99203", "509", "Spokane County"),
    ("Tacoma", "WA", "98405", "253", "Pierce County"),
    ("Fresno", "CA", "93704", "559", "Fresno County"),
    ("Oakland", "CA", "94610", "510", "Alameda County"),
    ("San Antonio", "TX", "78209", "210", "Bexar County"),
    ("El Paso", "TX", "79912", "915", "El Paso County"),
    ("Lubbock", "TX", "79416", "806", "Lubbock County"),
    ("Knoxville", "TN", "37919", "865", "Knox County"),
    ("Memphis", "TN", "38117", "901", "Shelby County"),
    ("Durham", "NC", "27707", "919", "Durham County"),
    ("Asheville", "NC", "28801", "828", "Buncombe County"),
    ("Savannah", "GA", "31405", "912", "Chatham County"),
    ("Macon", "GA", "31204", "478", "Bibb County"),
    ("Tampa", "FL", "33606", "813", "Hillsborough County"),
    ("Gainesville", "FL", "32605", "352", "Alachua County"),
    ("Des Moines", "IA", "50310", "515", "Polk County"),
    ("Omaha", "NE", "68104", "402", "Douglas County"),
    ("Wichita", "KS", "67208", "316", "Sedgwick County"),
    ("Tulsa", "OK", "74105", "918", "Tulsa County"),
    ("Albuquerque", "NM", "87106", "505", "Bernalillo County"),
    ("Boise", "ID", "83702", "208", "Ada County"),
    ("Madison", "WI", "53711", "608", "Dane County"),
    ("Duluth", "MN", "55803", "218", "St. Louis County"),
    ("Rochester", "NY", "14620", "585", "Monroe County"),
    ("Yonkers", "NY", "10701", "914", "Westchester County"),
    ("Newark", "NJ", "07104", "973", "Essex County"),
    ("Allentown", "PA", "18104", "610", "Lehigh County"),
    ("Erie", "PA", "16505", "814", "Erie County"),
    ("Providence", "RI", "02906", "401", "Providence County"),
    ("Burlington", "VT", "05401", "802", "Chittenden County"),
    ("Portland", "ME", "04103", "207", "Cumberland County"),
    ("Anchorage", "AK", "99508", "907", "Anchorage Borough"),
    ("Honolulu", "HI", "96816", "808", "Honolulu County"),
    ("Gallup", "NM", "87301", "505", "McKinley County"),
    ("Flagstaff", "AZ", "86001", "928", "Coconino County"),
    ("Louisville", "KY", "40205", "502", "Jefferson County"),
    ("Richmond", "VA", "23220", "804", "Richmond City"),
    ("Baltimore", "MD", "21218", "410", "Baltimore City"),
    ("Hartford", "CT", "06106", "860", "Hartford County"),
]
STREETS = ["Maple Ave", "Kessler Blvd", "N Main St", "Old Mill Rd",
           "Calle del Sol", "Martin Luther King Jr Dr", "Pinecrest Ln",
           "E 5th St", "Via Verde", "Juniper Ct", "Riverside Dr",
           "Cedar Hollow Rd", "W Elm St", "Lakeshore Pkwy", "Orchard Way",
           "Sequoia Cir", "Prospect Ter", "County Road 12", "Hwy 64 E",
           "S Wabash Ave", "Kalanianaole Hwy", "Buffalo Speedway",
           "Rue Royale", "Dogwood Trl", "Wilshire Pl", "Fairview Ave N"]
UNITS = ["Apt 4B", "Unit 210", "#3", "Apt 12", "Lot 44", "Ste 2", "Apt C"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com",
                 "hotmail.com", "comcast.net", "aol.com", "proton.me",
                 "att.net", "sbcglobal.net"]

STUDIES = [
    {"proto": "BZX-301", "kind": "onc"},
    {"proto": "NVR-114-201", "kind": "neuro"},
    {"proto": "CARD-HF-03", "kind": "card"},
    {"proto": "DERM-AD-22", "kind": "derm"},
    {"proto": "RSV-ELD-05", "kind": "vacc"},
]


# ---------------------------------------------------------------------------
# identifier generators
# ---------------------------------------------------------------------------

def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card_number():
    kind = ch(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = ch(["51", "52", "53", "54", "55"]) + digits(13)
    elif kind == "amex":
        body = ch(["34", "37"]) + digits(12)
    else:
        body = "6011" + digits(11)
    num = body + luhn_digit(body)
    assert luhn_ok(num)
    return num


def fmt_card(num):
    st = ch(["plain", "sp", "dash"])
    if st == "plain":
        return num
    sep = " " if st == "sp" else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    st = ch(["dash", "dash", "plain", "sp"])
    if st == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if st == "sp":
        return "%03d %02d %04d" % (a, g, s)
    return "%03d%02d%04d" % (a, g, s)


AREA_CODES = ["201", "202", "205", "206", "212", "213", "214", "215", "216", "217",
              "248", "262", "267", "281", "301", "302", "303", "304", "305", "310",
              "312", "313", "314", "315", "317", "319", "330", "336", "347", "351",
              "360", "401", "404", "405", "406", "412", "414", "415", "417", "419",
              "423", "434", "440", "443", "469", "470", "501", "502", "503", "504",
              "512", "513", "516", "517", "518", "541", "559", "571", "573", "602",
              "603", "605", "608", "612", "614", "615", "616", "617", "619", "651",
              "678", "702", "704", "706", "708", "713", "714", "716", "717", "719",
              "720", "724", "727", "732", "734", "757", "763", "770", "772", "773",
              "781", "786", "801", "803", "804", "813", "815", "816", "817", "832",
              "843", "847", "850", "856", "857", "859", "863", "904", "913", "916",
              "917", "918", "919", "925", "941", "949", "951", "954", "971", "972"]


def nanp(area=None):
    while True:
        a = area or ch(AREA_CODES)
        if a[1:] != "11":
            break
    while True:
        e = str(R.randint(2, 9)) + digits(2)
        if e[1:] != "11" and e != "555":
            break
    return a, e, digits(4)


def fmt_phone(parts, style=None):
    a, e, l = parts
    style = style or ch(["paren", "dash", "dot", "e164", "plain", "intl"])
    return {"paren": "(%s) %s-%s" % (a, e, l),
            "dash": "%s-%s-%s" % (a, e, l),
            "dot": "%s.%s.%s" % (a, e, l),
            "e164": "+1%s%s%s" % (a, e, l),
            "plain": "%s%s%s" % (a, e, l),
            "intl": "+1 %s-%s-%s" % (a, e, l)}[style]


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2,
           "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = ch(["1HG", "1FT", "2T1", "JTD", "5YJ", "1G1", "3VW", "KMH", "WBA",
              "1C4", "4T1", "5NP"])
    vds = "".join(R.choice(VIN_CH) for _ in range(5))
    year = ch("GHJKLMNPR")
    plant = R.choice(VIN_CH)
    serial = digits(6)
    v = wmi + vds + "0" + year + plant + serial
    total = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    chk = total % 11
    v = v[:8] + ("X" if chk == 10 else str(chk)) + v[9:]
    total = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    assert (total % 11) == (10 if v[8] == "X" else int(v[8]))
    return v


def plate():
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    st = ch(["ca", "ny", "tx", "fl", "oh"])
    if st == "ca":
        return str(R.randint(4, 9)) + "".join(R.choice(L) for _ in range(3)) + digits(3)
    if st == "ny":
        return "".join(R.choice(L) for _ in range(3)) + "-" + digits(4)
    if st == "tx":
        return "".join(R.choice(L) for _ in range(3)) + digits(4)
    if st == "fl":
        return "".join(R.choice(L) for _ in range(3)) + " " + R.choice(L) + digits(2)
    return "".join(R.choice(L) for _ in range(3)) + " " + digits(4)


def iban(cc=None):
    cc = cc or ch(["DE", "FR", "ES", "NL", "GB", "IT"])
    if cc == "DE":
        bban = digits(18)
    elif cc == "FR":
        bban = digits(10) + digits(11) + digits(2)
    elif cc == "ES":
        bban = digits(20)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO", "TRIO"]) + digits(10)
    elif cc == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(14)
    else:
        bban = ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(10) + digits(12)
    rearr = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in rearr))
    chk = 98 - num % 97
    ib = cc + "%02d" % chk + bban
    num2 = int("".join(str(int(c, 36)) for c in ib[4:] + ib[:4]))
    assert num2 % 97 == 1
    if chance(0.5):
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def aba_routing():
    while True:
        d = [int(c) for c in ch(["0", "1", "2", "3"]) + digits(7)]
        for last in range(10):
            x = d + [last]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7])
                    + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashed=None):
    def A():
        return R.choice(MBI_A)

    def N():
        return R.choice("0123456789")

    def AN():
        return R.choice(MBI_A + "0123456789")
    m = (R.choice("123456789") + A() + AN() + N() + A() + AN() + N() + A()
         + A() + N() + N())
    if dashed is None:
        dashed = chance(0.3)
    return m[:4] + "-" + m[4:7] + "-" + m[7:] if dashed else m


def member_id():
    st = ch(["bcbs", "aetna", "uhc", "humana", "medicaid_ny", "medicaid_ca",
             "cigna"])
    if st == "bcbs":
        return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(9)
    if st == "aetna":
        return "W" + digits(9)
    if st == "uhc":
        return digits(9) + "-0" + str(R.randint(1, 4))
    if st == "humana":
        return "H" + digits(8)
    if st == "medicaid_ny":
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return R.choice(L) + R.choice(L) + digits(5) + R.choice(L)
    if st == "medicaid_ca":
        return "9" + digits(7) + R.choice("ABCDEFGH")
    return "U" + digits(8) + "0" + str(R.randint(1, 3))


def hosp_mrn():
    return ch(["%08d" % R.randint(100000, 99999999), "E" + digits(7),
               "MR" + digits(6), digits(7), "%s-%s" % (digits(3), digits(5))])


def har_account():
    return ch(["HAR" + digits(10), "PA" + digits(8), digits(11),
               "ACCT-" + digits(9)])


def drivers_license(state=None):
    state = state or ch(["CA", "FL", "NY", "TX", "IL", "WA", "OH", "AZ", "MA"])
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if state == "CA":
        n = R.choice(L) + digits(7)
    elif state == "FL":
        n = "%s%s-%s-%s-%s-%s" % (R.choice(L), digits(3), digits(3),
                                  digits(2), digits(3), digits(1))
    elif state == "NY":
        n = "%s %s %s" % (digits(3), digits(3), digits(3))
    elif state == "TX":
        n = digits(8)
    elif state == "IL":
        n = "%s%s-%s-%s" % (R.choice(L), digits(3), digits(4), digits(4))
    elif state == "WA":
        n = "WDL" + alnum(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + digits(3)
    elif state == "OH":
        n = R.choice(L) + R.choice(L) + digits(6)
    elif state == "AZ":
        n = R.choice("ABDY") + digits(8)
    else:
        n = "S" + digits(8)
    return state, n


def dea_number(surname):
    first = ch("ABFM")
    second = ascii_fold(surname)[0].upper()
    d = [int(c) for c in digits(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(chk)


def npi():
    body = ch("12") + digits(8)
    return body + luhn_digit("80840" + body)


def imei():
    body = ch(["352099", "356938", "353915", "358240", "869574", "351756"]) + digits(8)
    return body + luhn_digit(body)


OUIS = ["A4:C1:38", "F0:9F:C2", "00:1E:C0", "D8:A0:1D", "C8:2B:96",
        "E4:5F:01", "3C:71:BF", "7C:DF:A1", "B0:B2:1C"]


def mac(style=None):
    b = ch(OUIS).split(":") + [hexs(2, True) for _ in range(3)]
    style = style or ch(["colon", "colon", "lower", "dash", "cisco"])
    if style == "colon":
        return ":".join(b)
    if style == "lower":
        return ":".join(b).lower()
    if style == "dash":
        return "-".join(b)
    s = "".join(b).lower()
    return "%s.%s.%s" % (s[:4], s[4:8], s[8:])


def device_serial(kind=None):
    kind = kind or ch(["samsung", "apple", "actigraph", "dexcom", "omron",
                       "ipad"])
    if kind == "samsung":
        return "R5" + ch("8CG") + alnum(8)
    if kind == "apple":
        return alnum(10, "CDFGHJKLMNPQRTVWXY0123456789")
    if kind == "ipad":
        return "DMP" + alnum(9, "CDFGHJKLMNPQRTVWXY0123456789")
    if kind == "actigraph":
        return "MOS2D" + digits(8)
    if kind == "dexcom":
        return alnum(10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    return "HEM-7361T-" + digits(8)


def gtin14():
    body = "0" + ch(["0812345", "0850021", "0386270", "0884521"]) + digits(5)
    total = 0
    for i, c in enumerate(reversed(body)):
        total += int(c) * (3 if i % 2 == 0 else 1)
    return body + str((10 - total % 10) % 10)


def udi():
    exp = rand_date(dt.date(2025, 1, 1), dt.date(2027, 12, 31))
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin14(), exp.strftime("%y%m%d"),
                                         "L" + digits(5), alnum(9))


PUB_FIRST = [23, 24, 45, 47, 50, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73,
             74, 75, 76, 96, 97, 98, 99, 104, 107, 108, 136, 141, 142, 162,
             164, 166, 173, 174, 184, 185, 187, 189, 190, 201, 206, 207, 208,
             209, 212, 213, 217]


def public_ip():
    return "%d.%d.%d.%d" % (ch(PUB_FIRST), R.randint(0, 255), R.randint(0, 255),
                            R.randint(1, 254))


def public_ipv6():
    return "%s:%s:%s:%s:%s:%s:%s:%s" % (
        ch(["2600", "2601", "2603", "2605", "2607", "2a02"]), hexs(4),
        hexs(4), hexs(4), hexs(4), hexs(4), hexs(4), hexs(4))


def private_ip():
    return ch(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
               "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
               "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
               "192.0.2.%d" % R.randint(1, 254),
               "198.51.100.%d" % R.randint(1, 254),
               "203.0.113.%d" % R.randint(1, 254),
               "127.0.0.1"])


def cpf():
    d = [R.randint(0, 9) for _ in range(9)]
    s = sum(d[i] * (10 - i) for i in range(9))
    d.append((s * 10 % 11) % 10)
    s = sum(d[i] * (11 - i) for i in range(10))
    d.append((s * 10 % 11) % 10)
    x = "".join(map(str, d))
    return "%s.%s.%s-%s" % (x[:3], x[3:6], x[6:9], x[9:])


def dni_es():
    n = R.randint(10000000, 79999999)
    return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def pesel(dob, female):
    yy = dob.year % 100
    mm = dob.month + (20 if dob.year >= 2000 else 0)
    serial = digits(3)
    sexd = R.choice("02468" if female else "13579")
    b = "%02d%02d%02d%s%s" % (yy, mm, dob.day, serial, sexd)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(x) * y for x, y in zip(b, w)) % 10) % 10
    return b + str(c)


def kr_rrn(dob, female):
    g = ("2" if female else "1") if dob.year < 2000 else ("4" if female else "3")
    b = dob.strftime("%y%m%d") + g + digits(5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(x) * y for x, y in zip(b, w)) % 11) % 10
    return b[:6] + "-" + b[6:] + str(c)


def fr_nir(dob, female):
    b = "%s%02d%02d%s%s%s" % ("2" if female else "1", dob.year % 100,
                              dob.month, ch(["75", "69", "13", "33", "59"]),
                              digits(3), digits(3))
    key = 97 - int(b) % 97
    return "%s %s %s %s %s %s %02d" % (b[0], b[1:3], b[3:5], b[5:7], b[7:10],
                                       b[10:13], key)


def passport():
    return ch([digits(9), ch("ACEFGHJKLMNPRSTUVWXYZ") + digits(8)])


def jpeg_b64(n=None):
    n = n or R.randint(420, 1300)
    head = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01"
            b"\x00\x00\xff\xdb\x00C\x00")
    body = bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(head + body).decode()


def fmr_template_b64():
    head = b"FMR\x00 20\x00\x00\x00\x01\x2c\x00\x00\x01\x00\x01\x68\x00\xc5\x00\xc5\x01\x00"
    body = bytes(R.getrandbits(8) for _ in range(R.randint(180, 360)))
    return base64.b64encode(head + body).decode()


def face_embedding_b64():
    body = bytes(R.getrandbits(8) for _ in range(512))
    return base64.b64encode(body).decode()


# ---------------------------------------------------------------------------
# subjects (trial participants = patients)
# ---------------------------------------------------------------------------

class Subject:
    def __init__(self, n):
        g = R.choices(NAME_GROUPS, weights=GROUP_W)[0]
        self.first = ch(g[0])
        self.last = ch(g[1])
        self.middle = ch([x for x in g[0] if x != self.first]) if chance(0.3) else (
            ch("ABCDEFGHJKLMNPRSTW") if chance(0.3) else None)
        self.female = chance(0.52)
        study = ch(STUDIES)
        self.proto = study["proto"]
        kind = study["kind"]
        if kind in ("vacc", "card") and chance(0.45):
            self.dob = rand_date(dt.date(1924, 1, 1), dt.date(1934, 4, 30))
        elif kind == "derm":
            self.dob = rand_date(dt.date(1960, 1, 1), dt.date(2006, 1, 1))
        else:
            self.dob = rand_date(dt.date(1936, 1, 1), dt.date(1990, 12, 31))
        self.age = age_on(self.dob)
        if self.proto == "BZX-301":
            self.site = "1%02d" % R.randint(1, 48)
            self.sid = "%s-%04d" % (self.site, R.randint(1, 60))
        elif self.proto == "NVR-114-201":
            self.site = ch(["US015", "US022", "US031", "CA003", "DE204", "ES011", "PL007", "FR019"])
            self.sid = "%s-%04d" % (self.site, R.randint(1, 40))
        elif self.proto == "CARD-HF-03":
            self.site = "%04d" % R.randint(400, 460)
            self.sid = "%s-%03d" % (self.site, R.randint(1, 90))
        elif self.proto == "DERM-AD-22":
            self.site = "%03d" % R.randint(101, 140)
            self.sid = "22-%s-%04d" % (self.site, R.randint(1, 200))
        else:
            self.site = "%04d" % R.randint(3300, 3350)
            self.sid = "E05-%s-%04d" % (self.site, R.randint(1, 400))
        self.scr = ch(["SCR-%05d" % R.randint(10000, 99999),
                       "S%s%03d" % (self.site[-3:], R.randint(1, 999)),
                       "SCRN%06d" % R.randint(1, 999999)])
        self.rand = ch(["R%05d" % R.randint(10000, 99999),
                        "%04d" % R.randint(1001, 4999),
                        "RND-%s-%03d" % (self.site, R.randint(1, 300))])
        m = self.middle[0] if self.middle else None
        fi = ascii_fold(self.first)[0].upper()
        li = ascii_fold(self.last)[0].upper()
        self.init = ch([fi + (m or "-") + li, fi + "-" + li,
                        ".".join([fi] + ([m] if m else []) + [li]) + ".",
                        fi + li, ("-".join([fi, m, li]) if m else fi + "-" + li)])
        c = ch(CITIES)
        self.city, self.state, self.zip, area, self.county = c
        if chance(0.2):
            self.zip = self.zip + "-" + digits(4)
        self.street = "%d %s" % (R.randint(2, 9899), ch(STREETS))
        self.unit = ch(UNITS) if chance(0.3) else None
        self.phone = fmt_phone(nanp(area if chance(0.8) else None))
        fa, la = ascii_fold(self.first).lower().replace(" ", ""), \
            ascii_fold(self.last).lower().replace(" ", "").replace("'", "")
        self.email = ch([fa + "." + la, fa[0] + la + str(R.randint(1, 99)),
                         fa + "_" + la + str(self.dob.year % 100),
                         la + fa[:3], fa + la[:1] + str(R.randint(100, 9999))]) \
            + "@" + ch(EMAIL_DOMAINS)

    @property
    def full(self):
        return self.first + " " + self.last

    def full_mid(self):
        if self.middle and len(self.middle) == 1:
            return "%s %s. %s" % (self.first, self.middle, self.last)
        if self.middle:
            return "%s %s %s" % (self.first, self.middle, self.last)
        return self.full

    def rev(self):
        return "%s, %s" % (self.last, self.first)


def relative_name(s):
    g = R.choices(NAME_GROUPS, weights=GROUP_W)[0]
    last = s.last if chance(0.6) else ch(g[1])
    return ch(g[0]) + " " + last


SUBJECTS = []


def subj(old=0.0):
    """Pick a subject; with probability `old` prefer one aged 90 or over."""
    if old and chance(old):
        return ch([x for x in SUBJECTS if x.age > 89])
    return ch(SUBJECTS)


def visit_date():
    return recent_date(150, 0)


def appt_date():
    return TODAY + dt.timedelta(days=R.randint(1, 45))


VISITS = ["SCR", "V1", "V2", "V3", "W4", "W8", "W12", "W24", "EOT", "FU1",
          "UNS1", "D1", "D15", "C2D1", "C3D1"]
FORMS_NOPHI = [("VS", "SYSBP", "mmHg"), ("VS", "DIABP", "mmHg"),
               ("VS", "PULSE", "beats/min"), ("VS", "WEIGHT", "kg"),
               ("LB", "LBORRES", ""), ("EG", "QTCF", "msec"),
               ("EX", "EXDOSE", "mg"), ("CM", "CMDOSE", "mg")]
REASONS = ["Transcription error", "Data entry error - corrected per source document",
           "Site correction after SDV", "Per query response",
           "Updated per hospital record", "Typo", "Corrected per subject diary",
           "Source document updated by investigator"]
KITS = lambda: "KT-%06d" % R.randint(1000, 999999)  # noqa: E731
LOTS = lambda: ch(["LOT-23K%03d" % R.randint(1, 999), "B%s%s" % (digits(2), alnum(4)),
                   "2401%04d" % R.randint(1, 9999)])  # noqa: E731


def lvl(*opts):
    return ch(opts)


def hostpod(svc):
    return "%s-%s-%s" % (svc, hexs(9), alnum(5, "bcdfghjklmnpqrstvwxz2456789"))


# ---------------------------------------------------------------------------
# families.  Each returns a list of (family, segments) lines.
# ---------------------------------------------------------------------------

def f_edc_audit(t, phi):
    head = "%s %-5s [audit-writer-%d] c.b.edc.audit.AuditTrailService - " % (
        t_logback(t), "INFO", R.randint(1, 8))
    user = ch(["crc.jmartinez", "crc_204_02", "crc.tbegay", "site0412.pharm"])
    role = ch(["CRC", "SubI", "Pharmacist", "Data Entry"])
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            body = "AUDIT action=CRF_PUBLISH study=%s crf_version=v3.%d -> v3.%d forms_changed=[VS,LB,AE] user=%s approved_by=%s" % (
                ch(STUDIES)["proto"], R.randint(1, 5), R.randint(6, 9), "dm.lead.rsato", "ctm.hlindqvist")
        elif k == 1:
            body = "AUDIT action=QUERY_CLOSE query=Q-%07d site=%s status=ANSWERED->CLOSED user=%s age_days=%d" % (
                R.randint(1, 999999), ch(["101", "US015", "0412", "3317"]), ch(["cra.lwinter", "cra.kpatel", "monitor.ahmed.k"]), R.randint(1, 90))
        elif k == 2:
            body = "AUDIT action=FORM_LOCK study=%s site=%s forms=%d subjects=%d user=%s txn=%s" % (
                ch(STUDIES)["proto"], ch(["104", "US022", "0433"]), R.randint(20, 600), R.randint(3, 40), "dm.okonkwo", uid())
        else:
            f, item, unit = ch(FORMS_NOPHI)
            body = "AUDIT action=EDIT_CHECK_FIRED rule=%s_%s_RANGE_%02d form=%s item=%s threshold=%d%s severity=SOFT txn=%s" % (
                f, item, R.randint(1, 20), f, item, R.randint(40, 200), (" " + unit) if unit else "", uid())
        return [("logback", seg(head, body))]
    s = subj()
    kind = ch(["dob", "dob", "init", "visit", "ae", "age", "consent", "dose"])
    evt = ch(VISITS)
    old = new = None
    if kind == "dob":
        st = ch(["iso", "sas", "dmon", "us"])
        wrong = s.dob + dt.timedelta(days=ch([-9, 9, -1, 1, 30, -31, 365, -3653]))
        form, item = "DM", ch(["BRTHDAT", "BRTHDTC", "DOB"])
        old = Ph(fdate(wrong, st), "date") if chance(0.8) else ""
        new = Ph(fdate(s.dob, st), "date")
    elif kind == "init":
        form, item = "DM", ch(["SUBJINIT", "INITIALS", "PTINIT"])
        old = ""
        new = Ph(s.init, "name")
    elif kind == "visit":
        st = ch(["iso", "sas", "dmon"])
        d = visit_date()
        form, item = "SV", ch(["SVSTDAT", "VISDAT", "VISIT_DATE"])
        old = Ph(fdate(d - dt.timedelta(days=1), st), "date")
        new = Ph(fdate(d, st), "date")
    elif kind == "ae":
        st = ch(["iso", "sas"])
        d = visit_date()
        form, item = "AE", ch(["AESTDAT", "AEENDAT"])
        old = "" if chance(0.5) else Ph(fdate(d + dt.timedelta(days=2), st), "date")
        new = Ph(fdate(d, st), "date")
    elif kind == "age":
        form, item = "DM", "AGE"
        a = max(s.age, R.randint(90, 97))
        old = Ph(str(a - 1), "age") if a - 1 > 89 else str(a - 1)
        new = Ph(str(a), "age")
    elif kind == "consent":
        st = ch(["iso", "sas", "dmon"])
        d = recent_date(200, 0)
        form, item = "IC", ch(["DSSTDAT", "ICDAT", "RFICDTC"])
        old = ""
        new = Ph(fdate(d, st), "date")
    else:
        st = ch(["iso", "sas"])
        d = visit_date()
        form, item = "EX", "EXSTDAT"
        old = Ph(fdate(d, st), "date")
        new = Ph(fdate(d + dt.timedelta(days=1), st), "date")
    reason = ch(REASONS) if old != "" else "Initial entry"
    return [("logback", seg(
        head, "AUDIT action=", "UPDATE" if old != "" else "INSERT", " study=", s.proto,
        " subject=", Ph(s.sid, "mrn"), " event=", evt, " form=", form, " item=", item,
        ' old="', old, '" new="', new, '" reason="', reason, '" user=', user,
        " role=", role, " txn=", uid()))]


def f_audit_csv(t, phi):
    head = "%s %s [audit_export] " % (t_py(t), ch(["WARNING", "WARNING", "INFO"]))
    if not phi:
        return [("python-logging", seg(head, "export job AE-%s-%02d study=%s rows=%d bytes=%.1fMB sha256=%s duration=%.1fs dest=s3://bz-prod-exports/audit/%s/" % (
            t.strftime("%Y%m%d"), R.randint(1, 12), ch(STUDIES)["proto"], R.randint(1000, 90000),
            R.uniform(0.5, 60), sha256(), R.uniform(2, 300), t.strftime("%Y/%m/%d"))))]
    s = subj()
    k = ch(["init", "dob", "vis", "ic"])
    if k == "init":
        item, old, new = "SUBJINIT", "", Ph(s.init, "name")
    elif k == "dob":
        item = "BRTHDAT"
        st = ch(["sas", "iso", "dmon"])
        old = Ph(fdate(s.dob.replace(day=min(28, s.dob.day + 1)) if s.dob.day < 28 else s.dob - dt.timedelta(days=2), st), "date")
        new = Ph(fdate(s.dob, st), "date")
    elif k == "vis":
        item = "VISDAT"
        d = visit_date()
        old, new = "", Ph(fdate(d, "sas"), "date")
    else:
        item = "ICDAT"
        d = recent_date(200)
        old, new = "", Ph(fdate(d, "iso"), "date")
    row = seg('"', t_iso_z(t - dt.timedelta(hours=R.randint(1, 300)))[:19] + "Z", '","', s.proto, '","',
              s.site, '","', Ph(s.sid, "mrn"), '","', ch(["SCREENING", "BASELINE", "WEEK 4", "UNSCHEDULED"]),
              '","', "DM" if k in ("init", "dob") else ("SV" if k == "vis" else "IC"), '","', item,
              '","', old, '","', new, '","', ch(STAFF[:3]), '","', ch(REASONS) + "\\n(see note)" if old else "Initial entry", '"')
    return [("csv-in-log", seg(head, "skipped row %d (embedded newline in reason): " % R.randint(2, 90000), row))]


def f_odm(t, phi):
    head = "%s DEBUG [odm-export-%d] c.b.edc.odm.OdmSerializer - " % (t_logback(t), R.randint(1, 4))
    if not phi:
        body = ('chunk 1/%d: <MetaDataVersion OID="MDV.%s.%d" Name="Amendment %d"><ItemDef OID="I.BRTHDAT" Name="Birth Date" '
                'DataType="date"/><ItemDef OID="I.AGE" Name="Age" DataType="integer" Length="3"/><ItemDef OID="I.SUBJINIT" '
                'Name="Subject Initials" DataType="text" Length="3"/><CodeList OID="CL.SEX" DataType="text"/></MetaDataVersion>') % (
            R.randint(2, 60), ch(STUDIES)["proto"], R.randint(1, 6), R.randint(1, 6))
        return [("odm-xml", seg(head, body))]
    s = subj(0.4)
    items = [seg('<ItemData ItemOID="I.BRTHDAT" Value="', Ph(fdate(s.dob, "iso"), "date"), '"/>')]
    if chance(0.6):
        items.append(seg('<ItemData ItemOID="I.SUBJINIT" Value="', Ph(xesc(s.init), "name"), '"/>'))
    items.append(seg('<ItemData ItemOID="I.SEX" Value="%s"/>' % ("F" if s.female else "M")))
    if s.age > 89:
        items.append(seg('<ItemData ItemOID="I.AGE" Value="', Ph(str(s.age), "age"), '"/>'))
    else:
        items.append(seg('<ItemData ItemOID="I.AGE" Value="%d"/>' % s.age))
    if chance(0.4):
        items.append(seg('<ItemData ItemOID="I.RFICDTC" Value="', Ph(fdate(recent_date(300), "iso"), "date"), '"/>'))
    R.shuffle(items)
    body = seg('chunk %d/%d: <SubjectData SubjectKey="' % (R.randint(2, 40), R.randint(41, 80)), Ph(s.sid, "mrn"),
               '" TransactionType="Update"><SiteRef LocationOID="SITE.%s"/><StudyEventData StudyEventOID="SE.SCR">'
               '<FormData FormOID="F.DM"><ItemGroupData ItemGroupOID="IG.DM" ItemGroupRepeatKey="1">' % s.site,
               items, '</ItemGroupData></FormData></StudyEventData></SubjectData>')
    return [("odm-xml", seg(head, body))]


def f_irt(t, phi):
    head = "%s %s [irt.%s] " % (t_py(t), "INFO", ch(["randomization", "supply", "engine"]))
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            dep = ch(DEPOTS)
            body = "Resupply run %d site=%s on_hand=%d trigger=%d ship=%d kits lot=%s exp=%s depot=%s (%s)" % (
                R.randint(1000, 9999), ch(["101", "US015", "0412", "3317", "DE204"]), R.randint(0, 6),
                R.randint(2, 5), R.randint(4, 12), LOTS(), fdate(rand_date(dt.date(2025, 1, 1), dt.date(2026, 12, 31)), "iso"),
                dep[0], dep[1])
        elif k == 1:
            body = "Temperature excursion shipment SHP-24-%06d logger TL-%s max=%.1fC duration=00:%02d:00 status=QUARANTINE kits=%d" % (
                R.randint(1, 999999), alnum(8), R.uniform(8.1, 15), R.randint(5, 59), R.randint(2, 24))
        elif k == 3:
            doc = ch(CLINICIANS)
            sur = doc.replace("Dr. ", "").split(",")[0].split()[-1]
            body = "Investigational pharmacy order PO-%s signed by %s DEA=%s NPI=%s qty=%d kits ship_to_site=%s" % (
                digits(7), doc, dea_number(sur), npi(), R.randint(4, 40), ch(["101", "0412", "US015"]))
        else:
            body = "Cohort cap check arm=BLINDED stratum=AGE_GE_65:Y,ECOG:1 randomized=%d cap=%d remaining=%d" % (
                R.randint(10, 200), 220, R.randint(1, 40))
        return [("python-logging", seg(head, body))]
    s = subj()
    parts = [head, "Randomization OK subject=", Ph(s.sid, "mrn"), " rand_no=", Ph(s.rand, "other_id"),
             " strata=[AGE_GE_65=%s, ECOG=%d] arm=BLINDED kit_assigned=%s visit=%s" % (
                 "Y" if s.age >= 65 else "N", R.randint(0, 1), KITS(), ch(["V2", "D1", "BL"]))]
    if chance(0.6):
        parts += [" visit_date=", Ph(fdate(visit_date(), ch(["iso", "sas"])), "date")]
    if s.age > 89:
        parts += [" age_at_rand=", Ph(str(s.age), "age")]
    elif chance(0.4):
        parts += [" age_at_rand=%d" % s.age]
    parts += [" latency_ms=%d" % R.randint(40, 900)]
    return [("python-logging", seg(*parts))]


def f_dtp(t, phi):
    base = {"level": 30, "time": t_epoch_ms(t), "pid": R.randint(20, 60000),
            "hostname": hostpod("supply-svc"), "reqId": "req-" + alnum(6, "abcdefghijkmnpqrstuvwxyz0123456789")}
    if not phi:
        site = ch(SITES)
        base.update({"msg": "depot shipment created", "shipment": {
            "id": "SHP-24-%06d" % R.randint(1, 999999), "type": "DEPOT_TO_SITE", "from": ch(DEPOTS)[0],
            "kits": [KITS() for _ in range(R.randint(2, 4))],
            "shipTo": {"name": site[0], "attn": ch(CLINICIANS), "line1": site[1], "city": site[2],
                       "state": site[3], "postalCode": site[4], "phone": site[5]},
            "courier": ch(["Marken", "World Courier", "FedEx Custom Critical"]), "tempRange": "2-8C"}})
        return [("pino-json", J(base))]
    s = subj()
    ship_to = {"name": Ph(s.full, "name"), "line1": Ph(s.street, "address")}
    if s.unit:
        ship_to["line2"] = Ph(s.unit, "address")
    ship_to.update({"city": Ph(s.city, "address"), "state": s.state, "postalCode": Ph(s.zip, "zip"),
                    "phone": Ph(s.phone, "phone")})
    sh = {"id": "SHP-24-%06d" % R.randint(1, 999999), "type": "DIRECT_TO_PATIENT",
          "from": ch(DEPOTS[:2])[0], "subjectNo": Ph(s.sid, "mrn"),
          "kits": [KITS() for _ in range(R.randint(1, 3))], "shipTo": ship_to}
    if chance(0.35):
        sh["deliveryNotes"] = JS("If not home leave with ", ch(["daughter", "son", "wife", "husband", "neighbor"]),
                                 " ", Ph(relative_name(s), "name"), ", ring twice")
    sh["courier"] = ch(["Marken", "World Courier"])
    sh["tempRange"] = ch(["2-8C", "15-25C"])
    base.update({"msg": "DtP shipment created", "shipment": sh})
    return [("pino-json", J(base))]


UA_APP = ["BZePRO/5.3.0 (iPhone; iOS 17.4.1; Scale/3.00)",
          "BZePRO/5.2.7 (Android 14; SM-A146U Build/UP1A.231005.007)",
          "okhttp/4.12.0", "BZeConsent/2.9.1 CFNetwork/1494.0.7 Darwin/23.4.0",
          "Mozilla/5.0 (Linux; Android 13; Pixel 6a) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"]


def f_nginx(t, phi):
    rt = "%.3f" % R.uniform(0.003, 1.9)
    if not phi:
        ip = private_ip()
        path = ch(["/healthz", "/readyz", "/assets/app.%s.js" % hexs(8), "/api/v3/config?app=epro&v=5.3.0",
                   "/api/v3/studies/%s/schedule" % ch(STUDIES)["proto"], "/favicon.ico", "/metrics"])
        ua = ch(["kube-probe/1.29", "ELB-HealthChecker/2.0", "Prometheus/2.51.1"]) if path in (
            "/healthz", "/readyz", "/metrics") else ch(UA_APP)
        return [("nginx-combined", seg('%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s" rt=%s' % (
            ip, t_clf(t), path, ch([200, 200, 204, 304]), R.randint(0, 40000), ua, rt)))]
    s = subj()
    ip = Ph(public_ip() if chance(0.8) else public_ipv6(), "ip")
    m, p = ch([("GET", ["/api/v3/subjects/", Ph(s.sid, "mrn"), "/diary/entries?since=%s" % (t - dt.timedelta(days=7)).strftime("%Y-%m-%d")]),
               ("POST", ["/api/v3/subjects/", Ph(s.sid, "mrn"), "/questionnaires/EQ5D5L/responses"]),
               ("GET", ["/api/v3/participant/me/visits"]),
               ("PUT", ["/api/v3/devices/", Ph(device_serial("samsung"), "device"), "/heartbeat"])])
    st = ch([200, 201, 200, 401, 409])
    return [("nginx-combined", seg(ip, ' - - [%s] "%s ' % (t_clf(t), m), p, ' HTTP/1.1" %d %d "-" "%s" rt=%s' % (
        st, R.randint(60, 9000), ch(UA_APP), rt)))]


def f_epro_tel(t, phi):
    if not phi:
        obj = {"ts": t_iso_z(t), "event": ch(["sync_completed", "questionnaire_cache_refreshed", "push_token_rotated"]),
               "records": R.randint(0, 40), "duration_ms": R.randint(40, 4000),
               "app_version": ch(["5.3.0+412", "5.2.7+398", "5.3.1+415"]), "device_class": ch(["provisioned", "byod"]),
               "os": ch(["Android 14", "iOS 17.4.1", "Android 13"]), "queue_depth": R.randint(0, 5),
               "session": uid()}
        return [("python-json", J(obj, ascii_=True, sp=True))]
    s = subj()
    dev = {"serial": Ph(device_serial(ch(["samsung", "apple", "ipad"])), "device"),
           "model": ch(["SM-A146U", "SM-T220", "iPhone14,7", "iPad12,1"])}
    if chance(0.6):
        dev["imei"] = Ph(imei(), "device")
    if chance(0.3):
        dev["wifi_mac"] = Ph(mac("colon"), "device")
    obj = {"ts": t_iso_z(t), "event": "device_registered", "subject_id": Ph(s.sid, "mrn"), "site": s.site,
           "device": dev, "app_version": ch(["5.3.0+412", "5.2.7+398"]), "provisioned_by": ch(STAFF[:2] + ["crc.tbegay"])}
    if chance(0.3):
        obj["tz"] = ch(["America/Chicago", "America/New_York", "America/Phoenix"])
        obj["ip"] = Ph(public_ip(), "ip")
    return [("python-json", J(obj, ascii_=True, sp=True))]


def f_econsent(t, phi):
    base = {"level": "info", "service": "econsent-api", "timestamp": t_iso_z(t)}
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            base.update({"message": "icf.template.published", "icf": {
                "id": "ICF-%s-%s-v%d.%d" % (ch(STUDIES)["proto"], ch(["US", "CA", "DE", "ES"]), R.randint(2, 6), R.randint(0, 3)),
                "language": ch(["en-US", "es-US", "de-DE", "fr-CA", "vi-VN"]), "irbApproval": fdate(recent_date(90), "iso"),
                "pages": R.randint(12, 40)}, "publishedBy": ch(["ctm.hlindqvist", "dm.lead.rsato"])})
        elif k == 1:
            base.update({"message": "reminder.job.finished", "sent": R.randint(0, 80), "skipped": R.randint(0, 9),
                         "durationMs": R.randint(300, 30000), "jobId": uid()})
        else:
            base.update({"level": "warn", "message": "docusign.webhook.retry", "envelopeStatus": "completed",
                         "attempt": R.randint(2, 5), "envelopeId": uid().upper(), "backoffMs": R.randint(500, 8000)})
        return [("winston-json", J(base))]
    s = subj()
    part = {"firstName": Ph(s.first, "name"), "lastName": Ph(s.last, "name")}
    if chance(0.7):
        part["email"] = Ph(s.email, "email")
    if chance(0.6):
        part["dateOfBirth"] = Ph(fdate(s.dob, "iso"), "date")
    if chance(0.3):
        part["mobile"] = Ph(s.phone, "phone")
    base.update({"message": "consent.signed", "subjectNo": Ph(s.sid, "mrn"), "participant": part,
                 "consentDate": Ph(fdate(recent_date(30), "iso"), "date"),
                 "icf": {"id": "ICF-%s-US-v%d.0" % (s.proto, R.randint(2, 5)), "language": ch(["en-US", "es-US", "zh-Hant-US"])},
                 "witness": ch(CLINICIANS), "envelopeId": uid().upper()})
    if chance(0.3):
        base["signedPdf"] = Ph("https://consent.bzclin.io/docs/%s/%s/ICF-signed-%s.pdf" % (
            s.proto, quote(s.sid), t.strftime("%Y%m%d")), "url")
    if s.age > 89 and chance(0.7):
        base["ageAtConsent"] = Ph(s.age, "age")
    if chance(0.35):
        base["lar"] = {"name": Ph(relative_name(s), "name"), "relationship": ch(["daughter", "son", "spouse", "legal guardian"])}
    return [("winston-json", J(base))]


def f_idv(t, phi):
    base = {"level": 20 if phi else 30, "time": t_epoch_ms(t), "hostname": hostpod("econsent-idv")}
    if not phi:
        base.update({"msg": "idv vendor latency", "vendor": ch(["VeriFace", "IDCheckPro"]),
                     "p50": R.randint(300, 900), "p95": R.randint(1000, 6000), "errors": R.randint(0, 4), "window": "5m"})
        return [("pino-json", J(base))]
    s = subj()
    k = ch(["selfie", "selfie", "face", "finger", "doc"])
    base["msg"] = "idv request payload"
    base["subjectNo"] = Ph(s.sid, "mrn")
    if k == "selfie":
        pic = jpeg_b64()
        base["selfie"] = Ph(ch(["data:image/jpeg;base64,", ""]) + pic, "photo")
        base["match"] = {"score": round(R.uniform(0.6, 0.99), 3), "threshold": 0.82}
    elif k == "face":
        base["faceTemplate"] = {"alg": "arcface-r100", "dim": 512, "b64": Ph(face_embedding_b64(), "biometric")}
    elif k == "finger":
        base["kiosk"] = "SITE-%s-K1" % s.site
        base["fmr"] = Ph(fmr_template_b64(), "biometric")
        base["finger"] = ch(["R_INDEX", "L_THUMB"])
    st, lic = drivers_license()
    if k == "doc" or chance(0.4):
        base["document"] = {"type": "DRIVER_LICENSE", "issuer": "US-" + st, "number": Ph(lic, "license"),
                            "expiry": fdate(rand_date(dt.date(2025, 1, 1), dt.date(2031, 12, 31)), "iso")}
        if chance(0.5):
            base["document"]["holder"] = Ph(s.full.upper(), "name")
    return [("pino-json", J(base))]


AE_TERMS = [("Pneumonia", "10035664"), ("Atrial fibrillation", "10003658"),
            ("Acute kidney injury", "10069339"), ("Febrile neutropenia", "10016288"),
            ("Syncope", "10042772"), ("Fall", "10016173"), ("Cardiac failure", "10007554"),
            ("Sepsis", "10040047"), ("Hip fracture", "10020100")]


def f_sae(t, phi):
    head = "%s %s [safety.intake] " % (t_py(t), ch(["INFO", "INFO", "WARNING"]))
    case = "SAE-2024-%05d" % R.randint(1, 3000)
    site = ch(SITES)
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            body = "Case %s moved TRIAGE->MEDICAL_REVIEW by %s due=%s (day %d of 15) seriousness=[HOSP] expedited=%s" % (
                case, ch(["pv.specialist3", "svc-edc-sync"]), fdate(TODAY + dt.timedelta(days=R.randint(1, 14)), "iso"),
                R.randint(1, 14), ch(["true", "false"]))
        elif k == 1:
            body = "Dictionary load MedDRA %s.%d complete: %d LLTs, %d PTs in %.1fs" % (
                ch(["26", "27"]), R.randint(0, 1), R.randint(80000, 82000), R.randint(26000, 27000), R.uniform(10, 90))
        else:
            body = "Inbound fax received from %s (%s) pages=%d -> OCR queue job=%s" % (site[0], site[6], R.randint(1, 12), uid())
        return [("python-logging", seg(head, body))]
    s = subj(0.4)
    term, pt = ch(AE_TERMS)
    onset = visit_date()
    adm = onset + dt.timedelta(days=R.randint(0, 2))
    st = ch(["us", "dmon", "iso", "sas"])
    parts = [head, "Case %s intake from site %s (%s): subj " % (case, s.site, ch(CLINICIANS)), Ph(s.sid, "mrn"),
             ", init ", Ph(s.init, "name"), ", DOB ", Ph(fdate(s.dob, st), "date"), ", age "]
    a = s.age
    parts.append(Ph(str(a), "age") if a > 89 else str(a))
    parts += [" yrs, event '%s' (PT %s) onset " % (term, pt), Ph(fdate(onset, st), "date"),
              ", admitted ", Ph(fdate(adm, st), "date")]
    if chance(0.25):
        parts += [", died ", Ph(fdate(adm + dt.timedelta(days=R.randint(1, 9)), st), "date")]
    parts += ["; source fax %s" % site[6]]
    return [("python-logging", seg(*parts))]


def f_e2b(t, phi):
    head = "%s DEBUG [e2b-gateway] c.b.safety.e2b.IcsrBuilder - outbound ICSR fragment: " % t_logback(t)
    if not phi:
        body = ("<safetyreport><safetyreportversion>%d</safetyreportversion><safetyreportid>US-BZCLIN-2024-%05d</safetyreportid>"
                "<primarysourcecountry>US</primarysourcecountry><transmissiondate>%s</transmissiondate><reporttype>2</reporttype>"
                "<serious>1</serious><seriousnesshospitalization>1</seriousnesshospitalization><receivedate>%s</receivedate>"
                "<companynumb>US-ARCTURUS-%s</companynumb></safetyreport>") % (
            R.randint(1, 4), R.randint(1, 3000), t.strftime("%Y%m%d"), fdate(recent_date(10), "hl7"), digits(8))
        return [("e2b-xml", seg(head, body))]
    s = subj(0.4)
    parts = [head, "<patient><patientinitial>", Ph(xesc(s.init), "name"), "</patientinitial>"]
    if chance(0.5):
        parts += ["<patientinvestigationnumb>", Ph(s.sid, "mrn"), "</patientinvestigationnumb>"]
    parts += ["<patientbirthdateformat>102</patientbirthdateformat><patientbirthdate>", Ph(fdate(s.dob, "hl7"), "date"),
              "</patientbirthdate><patientonsetage>"]
    parts.append(Ph(str(s.age), "age") if s.age > 89 else str(s.age))
    parts += ["</patientonsetage><patientonsetageunit>801</patientonsetageunit><patientsex>%d</patientsex>" % (2 if s.female else 1)]
    if chance(0.4):
        parts += ["<patientdeath><patientdeathdateformat>102</patientdeathdateformat><patientdeathdate>",
                  Ph(fdate(recent_date(30), "hl7"), "date"), "</patientdeathdate></patientdeath>"]
    parts += ["<reaction><primarysourcereaction>%s</primarysourcereaction><reactionmeddrapt>%s</reactionmeddrapt></reaction></patient>" % ch(AE_TERMS)]
    return [("e2b-xml", seg(*parts))]


def f_hl7(t, phi):
    head = "%s INFO  [mllp-listener-%d] c.b.lab.hl7.MllpInbound - RX " % (t_logback(t), R.randint(1, 3))
    ts = t.strftime("%Y%m%d%H%M%S")
    msh_ctl = "MSG%08d" % R.randint(1, 99999999)
    if not phi:
        body = "MSH|^~\\&|BZEDC|BZCLIN|CLAB|MERIDIAN-CL|%s||ACK^R01^ACK|%s|P|2.5.1\\rMSA|AA|MSG%08d|Message accepted" % (
            ts, msh_ctl, R.randint(1, 99999999))
        return [("hl7v2", seg(head, body))]
    s = subj()
    hosp = ch(["STMARY", "UHMC", "PIEDMONT", "GPCR"])
    pid = ["PID|1||", Ph(s.sid, "mrn"), "^^^%s^SUBJ" % s.proto.replace("-", "")]
    if chance(0.5):
        pid += ["~", Ph(hosp_mrn(), "mrn"), "^^^%s^MR" % hosp]
    pid += ["||", Ph(s.last.upper(), "name"), "^", Ph(s.first.upper(), "name")]
    if s.middle:
        pid += ["^", Ph(s.middle.upper(), "name")]
    pid += ["||", Ph(fdate(s.dob, "hl7"), "date"), "|%s" % ("F" if s.female else "M")]
    if chance(0.45):
        pid += ["|||", Ph(s.street, "address"), "^^", Ph(s.city, "address"), "^%s^" % s.state, Ph(s.zip, "zip"),
                "||", Ph(s.phone, "phone")]
        if chance(0.5):
            pid += ["|||||", Ph(har_account(), "account"), "|", Ph(ssn(), "ssn")]
    coll = visit_date()
    coll_s = coll.strftime("%Y%m%d") + "%02d%02d" % (R.randint(7, 16), R.randint(0, 59))
    test = ch([("1742-6", "ALT", "U/L", "7-56"), ("2160-0", "Creatinine", "mg/dL", "0.6-1.2"),
               ("718-7", "Hemoglobin", "g/dL", "12.0-16.0"), ("6690-2", "WBC", "10*3/uL", "4.5-11.0")])
    body = ["MSH|^~\\&|CLAB|MERIDIAN-CL|BZEDC|BZCLIN|%s||ORU^R01^ORU_R01|%s|P|2.5.1\\r" % (ts, msh_ctl)] + pid + [
        "\\rOBR|1|ACC%s||%s^%s^LN|||" % (digits(9), test[0], test[1]), Ph(coll_s, "date"),
        "\\rOBX|1|NM|%s^%s^LN||%.1f|%s|%s|N|||F" % (test[0], test[1], R.uniform(0.5, 80), test[2], test[3])]
    return [("hl7v2", seg(head, body))]


def f_labcsv(t, phi):
    head = "%s %s lab_loader.%s: " % (t_py(t), ch(["WARNING", "ERROR"]) if phi else "INFO", ch(["validate", "ingest"]))
    if not phi:
        body = "batch CL-%s-%02d file=clab_%s_%s.csv rows=%d accepted=%d rejected=%d (unit mismatch ALT U/L vs ukat/L) md5=%s" % (
            t.strftime("%Y%m%d"), R.randint(1, 12), ch(STUDIES)["proto"].lower().replace("-", ""), t.strftime("%Y%m%d"),
            R.randint(500, 5000), R.randint(400, 4900), R.randint(0, 12), hexs(32))
        return [("python-logging", seg(head, body))]
    s = subj()
    coll = visit_date()
    st = ch(["iso", "sas", "us"])
    test = ch(["ALT,52,U/L,7-56", "AST,31,U/L,10-40", "CREAT,1.4,mg/dL,0.6-1.2", "HGB,10.9,g/dL,12.0-16.0",
               "PLT,148,10^9/L,150-400", "NTproBNP,1822,pg/mL,0-450"])
    row = seg('"', s.proto, ",", Ph(s.sid, "mrn"), ",", ch(VISITS), ",", Ph(fdate(coll, st), "date"),
              ",%02d:%02d,%s,%s,%d" % (R.randint(6, 17), R.randint(0, 59), test, "F" if s.female else "M", s.dob.year))
    if chance(0.3):
        row += seg(",", Ph(s.init, "name"))
    row += seg('"')
    return [("python-logging", seg(head, "row %d rejected: reference range missing for site lab: " % R.randint(2, 9000), row))]


def f_coding(t, phi):
    head = "%s %-5s [coding-worker-%d] c.b.coding.AutoCoder - " % (t_logback(t), "INFO", R.randint(1, 6))
    if not phi:
        k = R.randint(0, 1)
        if k == 0:
            v, llt = ch([("HEADACHE", "10019211"), ("NAUSEA", "10028813"), ("ITCHY RASH ON ARMS", "10037087"),
                         ("HIGH BLOOD PRESSURE", "10020772"), ("TIREDNESS", "10016256")])
            body = 'MedDRA auto-code verbatim="%s" -> LLT %s PT %s dict=MedDRA 27.0 score=%.2f status=CODED' % (
                v, llt, llt, R.uniform(0.8, 1))
        else:
            body = 'WHODrug auto-code verbatim="%s" -> DRUGRECNO %s SEQ1 01 SEQ2 %s dict=WHODrug Global B3 Mar-2024 status=%s' % (
                ch(["TYLENOL 500MG", "METFORMIN", "LISINOPRIL 10", "ATORVASTATIN", "ELIQUIS"]), digits(6), digits(3),
                ch(["CODED", "REQUIRES_REVIEW"]))
        return [("logback", seg(head, body))]
    s = subj()
    d = visit_date()
    st = ch(["us", "dmon", "iso"])
    k = R.randint(0, 2)
    if k == 0:
        verb = JS("PT ", Ph(s.last.upper(), "name"), " FELL AT HOME ON ", Ph(fdate(d, st), "date"), " HIT HEAD")
    elif k == 1:
        verb = JS("Mrs ", Ph(s.last, "name"), " reports dizziness since ", Ph(fdate(d, st), "date"))
    else:
        verb = JS("SUBJ ", Ph(s.sid, "mrn"), " ", Ph(s.init, "name"), " ER VISIT ", Ph(fdate(d, st), "date"), " CHEST PAIN")
    body = seg("verbatim not auto-codable, routed to manual queue: form=AE subject=", Ph(s.sid, "mrn"),
               " verbatim=", J(verb), " suggestions=%d" % R.randint(0, 5))
    return [("logback", seg(head, body))]


def f_monitor(t, phi):
    head = "%s INFO  [http-nio-8443-exec-%d] c.b.edc.monitoring.ActivityLogger - " % (t_logback(t), R.randint(1, 40))
    user = ch(["cra.lwinter", "cra.kpatel", "monitor.ahmed.k"])
    if not phi:
        body = "MonitorActivity user=%s action=%s site=%s visits=%d forms=%d sdv_pct=%.1f session=%s" % (
            user, ch(["SDV_COMPLETE", "SDR_COMPLETE", "VISIT_REPORT_SUBMIT", "RBM_KRI_VIEW"]),
            ch(["101", "US015", "0412", "3317", "122"]), R.randint(1, 30), R.randint(5, 200), R.uniform(10, 100), uid())
        return [("logback", seg(head, body))]
    s = subj()
    mrn = hosp_mrn()
    k = R.randint(0, 1)
    if k == 0:
        doc = seg(Ph(s.sid, "mrn"), "_MRN", Ph(mrn, "mrn"), "_%s.pdf" % ch(["discharge_summary", "labs", "ecg", "op_note"]))
    else:
        doc = seg(Ph(s.last.replace(" ", "_"), "name"), "_", Ph(s.first.replace(" ", "_"), "name"), "_",
                  Ph(fdate(s.dob, "hl7"), "date"), "_source.pdf")
    body = seg("MonitorActivity user=%s action=DOC_VIEW site=%s doc=\"" % (user, s.site), doc,
               "\" bytes=%d via=remote-sdv" % R.randint(20000, 9000000))
    return [("logback", seg(head, body))]


FRAMES = ["org.springframework.dao.support.PersistenceExceptionTranslationInterceptor.invoke(PersistenceExceptionTranslationInterceptor.java:154)",
          "org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:113)",
          "com.bzclin.edc.subject.SubjectService.register(SubjectService.java:%d)",
          "com.bzclin.irt.engine.RandomizationEngine.assign(RandomizationEngine.java:%d)",
          "com.bzclin.lab.ingest.CsvRowMapper.mapRow(CsvRowMapper.java:%d)",
          "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
          "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator.invokeCompletedOffsetCommitCallbacks(ConsumerCoordinator.java:%d)",
          "java.base/java.time.format.DateTimeFormatter.parseResolved0(DateTimeFormatter.java:2106)",
          "org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)",
          "com.zaxxer.hikari.pool.ProxyPreparedStatement.executeUpdate(ProxyPreparedStatement.java:61)"]


def f_stack(t, phi):
    thread = ch(["http-nio-8080-exec-%d" % R.randint(1, 50), "kafka-consumer-%d" % R.randint(1, 6), "lab-ingest-%d" % R.randint(1, 4)])
    head = "%s ERROR [%s] %s - " % (t_logback(t), thread, ch(["c.b.edc.subject.SubjectController", "c.b.lab.ingest.IngestJob",
                                                                "c.b.irt.api.RandomizeResource"]))
    lines = []
    if not phi:
        msg, exc = ch([("Lab SFTP poll failed", "java.net.SocketTimeoutException: Connect timed out (sftp.meridian-cl.com:22)"),
                       ("Randomization request failed", "com.bzclin.irt.engine.SupplyException: No kits available at site 0418 for arm BLINDED (lot LOT-23K118 expired 2024-04-30)"),
                       ("Unhandled exception", "org.springframework.web.client.HttpServerErrorException$ServiceUnavailable: 503 Service Unavailable: [upstream connect error]"),
                       ("Commit failed", "org.apache.kafka.clients.consumer.CommitFailedException: Offset commit cannot be completed since the consumer is not part of an active group")])
        lines.append(("java-stacktrace", seg(head, msg)))
        lines.append(("java-stacktrace", seg(exc)))
    else:
        s = subj()
        k = R.randint(0, 2)
        lines.append(("java-stacktrace", seg(head, ch(["Failed to register subject", "Row mapping failed", "Subject update rejected"]))))
        if k == 0:
            lines.append(("java-stacktrace", seg(
                "org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uq_subject_screening]; "
                "nested exception is org.hibernate.exception.ConstraintViolationException: ERROR: duplicate key value violates unique constraint "
                "\"uq_subject_screening\"  Detail: Key (study_id, screening_no)=(%d, " % R.randint(1, 40), Ph(s.scr, "mrn"), ") already exists.")))
        elif k == 1:
            dstr = fdate(s.dob, ch(["sas", "dmon", "dmy"]))
            lines.append(("java-stacktrace", seg(
                "java.time.format.DateTimeParseException: Text '", Ph(dstr, "date"), "' could not be parsed at index %d (field BRTHDAT, subject " % R.randint(0, 4),
                Ph(s.sid, "mrn"), ")")))
        else:
            lines.append(("java-stacktrace", seg(
                "javax.validation.ConstraintViolationException: register.arg0.contactEmail: must be a well-formed email address, rejected value [",
                Ph(s.email.replace("@", " @"), "email"), "]")))
    for _ in range(R.randint(2, 4)):
        f = ch(FRAMES)
        if "%d" in f:
            f = f % R.randint(40, 900)
        lines.append(("java-stacktrace", seg("\tat " + f)))
    if chance(0.4):
        lines.append(("java-stacktrace", seg("\t... %d common frames omitted" % R.randint(8, 120))))
    return lines


def f_sql(t, phi):
    pid = R.randint(1000, 65000)
    if chance(0.5):
        pre = "%s UTC [%d] edc_app@edc_prod " % (t_logback(t), pid)
        if not phi:
            return [("postgres", seg(pre, ch([
                "LOG:  duration: %.3f ms  execute S_%d: SELECT f.id, f.status FROM form_instance f WHERE f.subject_id = $1 AND f.visit_oid = $2" % (R.uniform(100, 4000), R.randint(1, 40)),
                "LOG:  automatic vacuum of table \"edc_prod.public.audit_trail\": index scans: 1 pages: 0 removed, %d remain" % R.randint(10000, 900000),
                "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled" % (R.randint(100, 9000), R.uniform(0, 20), R.randint(1, 9))])))]
        s = subj()
        out = [("postgres", seg(pre, "LOG:  duration: %.3f ms  execute S_%d: SELECT s.id FROM subject s WHERE s.subject_no = $1 AND lower(s.last_name) = lower($2) AND s.birth_date = $3" % (
            R.uniform(50, 3000), R.randint(1, 40))))]
        out.append(("postgres", seg(pre, "DETAIL:  parameters: $1 = '", Ph(s.sid, "mrn"), "', $2 = '", Ph(s.last.replace("'", "''"), "name"),
                                    "', $3 = '", Ph(fdate(s.dob, "iso"), "date"), "'")))
        return out
    pre = "%s TRACE 1 --- [nio-8080-exec-%d] o.h.type.descriptor.sql.BasicBinder      : " % (t_logback(t), R.randint(1, 50))
    if not phi:
        return [("hibernate-trace", seg(pre, ch(["binding parameter [1] as [BIGINT] - [%d]" % R.randint(1000, 9000000),
                                                  "binding parameter [2] as [VARCHAR] - [%s]" % ch(["LOCKED", "OPEN", "SDV_DONE", "VS"]),
                                                  "binding parameter [3] as [TIMESTAMP] - [%s]" % t_logback(t)])))]
    s = subj()
    k = R.randint(0, 3)
    if k == 0:
        v = seg("binding parameter [%d] as [VARCHAR] - [" % R.randint(1, 6), Ph(s.last, "name"), "]")
    elif k == 1:
        v = seg("binding parameter [%d] as [DATE] - [" % R.randint(1, 6), Ph(fdate(s.dob, "iso"), "date"), "]")
    elif k == 2:
        v = seg("binding parameter [%d] as [VARCHAR] - [" % R.randint(1, 6), Ph(s.phone, "phone"), "]")
    else:
        v = seg("binding parameter [%d] as [VARCHAR] - [" % R.randint(1, 6), Ph(s.sid, "mrn"), "]")
    return [("hibernate-trace", seg(pre, v))]


ORG_SMS = ["+18885550000", "+18447302211", "+18336624410", "+12064090077"]


def f_twilio(t, phi):
    head = "%s INFO [notify.sms.webhook] " % t_py(t)
    sid = "SM" + hexs(32)
    if not phi:
        body = "usage window=%s sent=%d delivered=%d undelivered=%d segments=%d cost_usd=%.2f messaging_service=MG%s" % (
            "1h", R.randint(10, 800), R.randint(10, 790), R.randint(0, 12), R.randint(10, 1200), R.uniform(0.5, 30), hexs(32))
        return [("twilio-webhook", seg(head, body))]
    s = subj()
    org = ch(ORG_SMS)
    a, e, l = nanp()
    ph = "+1" + a + e + l
    k = R.randint(0, 2)
    if k == 0:
        body = seg("POST /hooks/twilio/status body: SmsSid=%s&SmsStatus=delivered&MessageStatus=delivered&To=" % sid,
                   Ph(quote(ph, safe=""), "phone"), "&MessagingServiceSid=MG%s&AccountSid=AC%s&From=%s&ApiVersion=2010-04-01" % (
                       hexs(32), hexs(32), quote(org, safe="")))
    elif k == 1:
        body = seg("POST /hooks/twilio/inbound body: ToCountry=US&SmsSid=%s&NumMedia=0&Body=" % sid,
                   "Hi+this+is+", Ph(quote_plus(relative_name(s)), "name"), ch(["+", "%2C+"]),
                   ch(["her+daughter", "his+son", "the+caregiver"]), "%2C+visit+on+", Ph(quote(fdate(appt_date(), "us"), safe=""), "date"),
                   "+needs+to+move&From=", Ph(quote(ph, safe=""), "phone"), "&To=%s&FromCity=" % quote(org, safe=""), Ph(quote_plus(s.city.upper()), "address"),
                   "&FromState=%s" % s.state)
    else:
        body = seg("outbound queued sid=%s to=" % sid, Ph(ph, "phone"), " template=visit_reminder_v3 vars={\"first\":\"",
                   Ph(jesc(s.first), "name"), "\",\"visit\":\"%s\",\"date\":\"" % ch(VISITS), Ph(fdate(appt_date(), "iso"), "date"), "\"}")
    return [("twilio-webhook", seg(head, body))]


def f_mailer(t, phi):
    head = "%s INFO [mailer] " % t_py(t)
    if not phi:
        body = "sent digest %s to %s recipients=%d template=%s msgid=<%s@bzclin.io> smtp=250 2.0.0 OK" % (
            ch(["open_queries_weekly", "sae_daily", "enrollment_summary"]), ch(STAFF_EMAILS), R.randint(1, 40),
            ch(["digest_v2", "digest_v3"]), uid())
        return [("python-logging", seg(head, body))]
    s = subj()
    d = appt_date()
    body = seg("queued visit reminder to \"", Ph(s.full, "name"), "\" <", Ph(s.email, "email"),
               "> template=visit_reminder_v3 lang=%s visit=%s appt=" % (ch(["en", "es", "vi", "zh"]), ch(VISITS)),
               Ph(fdate(d, ch(["iso", "us", "long"])), "date"), " site_phone=%s msgid=<%s@bzclin.io>" % (ch(SITES)[5], uid()))
    return [("python-logging", seg(head, body))]


def f_stipend(t, phi):
    if not phi:
        line = "ts=%s level=info svc=stipend-svc msg=\"payout batch settled\" batch=PB-%s count=%d total_usd=%.2f card=****%s provider=%s" % (
            t_iso_z(t), digits(6), R.randint(5, 300), R.uniform(200, 40000), digits(4), ch(["ClinPay", "Greenphire-like"]))
        return [("logfmt", seg(line))]
    s = subj()
    pre = "ts=%s level=%s svc=stipend-svc " % (t_iso_z(t), ch(["info", "debug", "warn"]))
    k = R.randint(0, 3)
    if k == 0:
        body = seg('msg="W-9 captured" subject=', Ph(s.sid, "mrn"), ' payee="', Ph(s.full, "name"), '" tin=', Ph(ssn(), "ssn"),
                   " tin_type=SSN ytd_usd=%.2f threshold_1099=600" % R.uniform(100, 900))
    elif k == 1:
        num = card_number()
        body = seg('msg="card issued" subject=', Ph(s.sid, "mrn"), " pan=", Ph(fmt_card(num), "account"),
                   " exp=%02d/%02d program=BZ-%s" % (R.randint(1, 12), R.randint(26, 29), s.proto))
    elif k == 2:
        body = seg('msg="SEPA payout" subject=', Ph(s.sid, "mrn"), ' holder="', Ph(s.full, "name"), '" iban="', Ph(iban(), "account"),
                   '" bic=%s amount_eur=%.2f' % (ch(["DEUTDEFF", "BNPAFRPP", "INGBNL2A", "CAIXESBB"]), R.uniform(20, 300)))
    else:
        body = seg('msg="ACH reimbursement" subject=', Ph(s.sid, "mrn"), " routing=%s account=" % aba_routing(),
                   Ph(digits(R.randint(8, 12)), "account"), " amount_usd=%.2f memo=\"mileage %s\"" % (R.uniform(10, 200), ch(VISITS)))
    return [("logfmt", seg(pre, body))]


def f_travel(t, phi):
    pre = "ts=%s level=info svc=travel-concierge " % t_iso_z(t)
    if not phi:
        body = 'msg="ride status" ride=RD-%s status=%s driver="%s %s" vehicle="%s %s" plate=%s eta_min=%d' % (
            digits(7), ch(["DRIVER_ASSIGNED", "EN_ROUTE", "COMPLETED"]), ch(["Marcus", "Luz", "Dmitri", "Fatima"]),
            ch(["T.", "R.", "K."]), ch(["Toyota", "Honda", "Kia"]), ch(["Camry", "Accord", "Niro"]), plate(), R.randint(2, 30))
        return [("logfmt", seg(pre, body))]
    s = subj()
    k = R.randint(0, 3)
    if k == 3:
        body = seg('msg="parking validated" subject=', Ph(s.sid, "mrn"), " plate=", Ph(plate(), "vehicle"),
                   " state=%s garage=%s hours=%.1f" % (s.state, ch(["P2", "North Deck", "Lot C"]), R.uniform(0.5, 6)))
    elif k == 0:
        body = seg('msg="ride booked" subject=', Ph(s.sid, "mrn"), ' pickup="', Ph(s.street, "address"), ", ",
                   Ph(s.city, "address"), ", %s " % s.state, Ph(s.zip, "zip"), '" dropoff="%s, %s" rider_phone=' % (ch(SITES)[1], ch(SITES)[2]),
                   Ph(s.phone, "phone"), " pickup_at=", Ph(fdate(appt_date(), "iso"), "date"), "T%02d:%02d" % (R.randint(6, 10), R.choice([0, 15, 30, 45])))
    elif k == 1:
        body = seg('msg="mileage claim" subject=', Ph(s.sid, "mrn"), " vin=", Ph(vin(), "vehicle"), " plate=", Ph(plate(), "vehicle"),
                   " miles=%d rate=0.67" % R.randint(8, 300))
    else:
        st, lic = drivers_license()
        body = seg('msg="rental verification" subject=', Ph(s.sid, "mrn"), ' renter="', Ph(s.rev(), "name"), '" dl_state=%s dl_no=' % st,
                   Ph(lic, "license"), " dl_dob=", Ph(fdate(s.dob, "us"), "date"))
    return [("logfmt", seg(pre, body))]


def f_billing(t, phi):
    head = "%s INFO  [billing-router-%d] c.b.finance.SocChargeRouter - " % (t_logback(t), R.randint(1, 4))
    if not phi:
        body = "rule CA-%s matched cpt=%s modifier=%s payer=%s route=%s (coverage analysis v%d)" % (
            digits(3), ch(["93000", "80053", "85025", "71046", "36415"]), ch(["Q0", "Q1", "-"]),
            ch(["SPONSOR", "INSURANCE", "MEDICARE"]), ch(["SPONSOR_INVOICE", "HOSPITAL_BILLING"]), R.randint(2, 7))
        return [("logback", seg(head, body))]
    s = subj()
    k = R.randint(0, 1)
    if k == 0:
        body = seg("routing SOC charge cpt=%s to payer=Medicare mbi=" % ch(["93000", "80053", "71046"]), Ph(mbi(), "health_plan"),
                   " har=", Ph(har_account(), "account"), " subject=", Ph(s.sid, "mrn"), " dos=", Ph(fdate(visit_date(), "iso"), "date"))
    else:
        body = seg("routing SOC charge to payer=%s member_id=" % ch(["BCBS-IL", "Aetna", "UnitedHealthcare", "Humana", "NY Medicaid"]),
                   Ph(member_id(), "health_plan"), " group=%s mrn=" % ("GRP" + digits(6)), Ph(hosp_mrn(), "mrn"),
                   " guarantor=\"", Ph(relative_name(s) if chance(0.4) else s.full, "name"), "\"")
    return [("logback", seg(head, body))]


def f_k8s(t, phi):
    svc = ch(["irt-api", "edc-api", "epro-gateway", "lab-ingest", "econsent-api", "coding-worker"])
    pod = hostpod(svc)
    msg = ch(['"Event occurred" object="bz-prod/%s" kind="Pod" apiVersion="v1" type="Normal" reason="Pulled" message="Container image \\"registry.bzclin.io/%s:%d.%d.%d\\" already present on machine"' % (
        pod, svc, R.randint(1, 5), R.randint(0, 60), R.randint(0, 9)),
        '"Event occurred" object="bz-prod/%s" kind="Pod" apiVersion="v1" type="Warning" reason="BackOff" message="Back-off restarting failed container %s in pod %s_bz-prod(%s)"' % (
            pod, svc, pod, uid()),
        '"Event occurred" object="bz-prod/%s" kind="HorizontalPodAutoscaler" apiVersion="autoscaling/v2" type="Normal" reason="SuccessfulRescale" message="New size: %d; reason: cpu resource utilization (percentage of request) above target"' % (
            svc, R.randint(2, 12))])
    return [("k8s-klog", seg("I%s %7d event.go:%d] %s" % (t.strftime("%m%d %H:%M:%S.") + "%06d" % t.microsecond, 1, R.randint(280, 380), msg)))]


def f_gc(t, phi):
    a = R.randint(300, 1900)
    return [("jvm-gc", seg("[%s+0000][%.3fs][info][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(%dM) %.3fms" % (
        t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (t.microsecond // 1000), R.uniform(1000, 900000), R.randint(100, 90000),
        a, a // R.randint(2, 5), ch([2048, 4096]), R.uniform(1, 60))))]


def f_celery(t, phi):
    head = "[%s: INFO/ForkPoolWorker-%d] " % (t_py(t), R.randint(1, 16))
    if not phi:
        return [("celery", seg(head, "Task %s[%s] succeeded in %.3fs: %s" % (
            ch(["edc.tasks.recompute_edit_checks", "irt.tasks.nightly_resupply", "epro.tasks.compliance_rollup"]), uid(),
            R.uniform(0.01, 80), ch(["{'checked': %d, 'fired': %d}" % (R.randint(10, 900), R.randint(0, 20)), "None",
                                     "{'sites': %d, 'shipments': %d}" % (R.randint(1, 90), R.randint(0, 10))]))))]
    s = subj()
    res = {"subject": Ph(s.sid, "mrn"), "missed_diaries": R.randint(1, 9), "last_entry": Ph(fdate(visit_date(), "iso"), "date"),
           "notify": Ph(s.phone, "phone") if chance(0.5) else Ph(s.email, "email"), "compliance": round(R.uniform(0.3, 0.79), 2)}
    return [("celery", seg(head, "Task epro.tasks.flag_noncompliant[%s] succeeded in %.3fs: " % (uid(), R.uniform(0.01, 5)), PY(res)))]


def f_ci(t, phi):
    svc = ch(["edc-api", "irt-engine", "epro-gateway", "econsent-web", "lab-ingest"])
    ver = "%d.%d.%d" % (R.randint(1, 5), R.randint(0, 40), R.randint(0, 20))
    line = ch(["%s ##[group]Run ./gradlew :%s:test --no-daemon" % (t.strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ" % (t.microsecond * 10), svc),
               "[Pipeline] sh + docker push registry.bzclin.io/%s:%s-b%d" % (svc, ver, R.randint(1000, 9999)),
               "%s: digest: sha256:%s size: %d" % (ver, sha256(), R.randint(1000, 5000)),
               "deploy %s %s -> bz-prod (helm rev %d) by svc-argocd commit %s" % (svc, ver, R.randint(10, 400), hexs(40))])
    return [("ci-log", seg(line))]


def f_syslog(t, phi):
    host = ch(["irt-node-1", "irt-node-2", "irt-node-3"])
    pre = "<%d>1 %s %s irt-svc %d %s " % (ch([134, 132, 131]), t_iso_z(t), host, R.randint(1000, 50000), ch(["RAND01", "SUPPLY", "UNBLIND"]))
    if not phi:
        return [("syslog5424", seg(pre, '[meta site="%s" study="%s" trace="%s"] %s' % (
            ch(["101", "0412", "US015"]), ch(STUDIES)["proto"], trace_id(),
            ch(["supply forecast recomputed", "depot sync ok", "blinded kit list refreshed"]))))]
    s = subj()
    k = R.randint(0, 1)
    if k == 0:
        return [("syslog5424", seg(pre, '[meta subject="', Ph(s.sid, "mrn"), '" site="%s" trace="%s"] emergency unblinding requested by %s reason="SAE management" rand_no=' % (
            s.site, trace_id(), ch(["unblind.officer2", "site0412.pharm"])), Ph(s.rand, "other_id")))]
    return [("syslog5424", seg(pre, '[meta subject="', Ph(s.sid, "mrn"), '" site="%s"][origin ip="' % s.site, Ph(public_ip(), "ip"),
                               '"] participant self check-in verified DOB ', Ph(fdate(s.dob, "us"), "date"), " dispensing kit ", KITS()))]


def f_fhir(t, phi):
    head = "%s %-5s [fhir-bridge-%d] c.b.integration.fhir.EhrPull - " % (t_logback(t), "DEBUG", R.randint(1, 3))
    if not phi:
        obj = ch([{"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "not-found",
                                                                   "diagnostics": "Resource Patient/%s is not known" % hexs(12)}]},
                  {"resourceType": "Bundle", "type": "searchset", "total": R.randint(0, 400),
                   "link": [{"relation": "next", "url": "https://fhir.ehr-partner.org/R4/Observation?_count=100&page=%d" % R.randint(2, 20)}]},
                  {"resourceType": "ResearchStudy", "id": "rs-%s" % hexs(8), "identifier": [{"value": ch(STUDIES)["proto"]}],
                   "status": "active", "phase": {"text": "phase-3"}}])
        return [("fhir-json", seg(head, "response: ", J(obj)))]
    s = subj()
    given = [Ph(s.first, "name")]
    if s.middle and len(s.middle) > 1:
        given.append(Ph(s.middle, "name"))
    pat = {"resourceType": "Patient", "id": "pat-" + hexs(12),
           "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.%d.1" % R.randint(1000, 9999), "value": Ph(hosp_mrn(), "mrn")}],
           "name": [{"use": "official", "family": Ph(s.last, "name"), "given": given}],
           "gender": "female" if s.female else "male", "birthDate": Ph(fdate(s.dob, "iso"), "date")}
    tele = [{"system": "phone", "value": Ph(s.phone, "phone"), "use": "mobile"}]
    if chance(0.5):
        tele.append({"system": "email", "value": Ph(s.email, "email")})
    pat["telecom"] = tele
    if chance(0.6):
        adr = {"line": [Ph(s.street, "address")] + ([Ph(s.unit, "address")] if s.unit else []), "city": Ph(s.city, "address")}
        if chance(0.5):
            adr["district"] = Ph(s.county, "address")
        adr.update({"state": s.state, "postalCode": Ph(s.zip, "zip"), "country": "US"})
        pat["address"] = [adr]
    if s.age > 89 and chance(0.5):
        pat["extension"] = [{"url": "http://bzclin.io/fhir/age-at-consent", "valueInteger": Ph(s.age, "age")}]
    return [("fhir-json", seg(head, "pulled ", J(pat, sp=chance(0.5))))]


def f_wearable(t, phi):
    head = "%s %s [wearables.ingest] " % (t_py(t), "INFO")
    if not phi:
        body = "gateway SITE-%s-GW%02d mac=%s (site hub, fw %d.%d.%d) uploaded %d files, %d epochs, battery=%d%%" % (
            ch(["101", "0412", "US015"]), R.randint(1, 4), mac(), R.randint(1, 3), R.randint(0, 9), R.randint(0, 30),
            R.randint(1, 40), R.randint(1000, 90000), R.randint(20, 100))
        return [("python-logging", seg(head, body))]
    s = subj()
    k = R.randint(0, 2)
    if k == 0:
        body = seg("BLE pair ok subject=", Ph(s.sid, "mrn"), " model=%s serial=" % ch(["ActiGraph GT9X", "ActiGraph CentrePoint"]),
                   Ph(device_serial("actigraph"), "device"), " mac=", Ph(mac(), "device"), " rssi=-%d" % R.randint(40, 90))
    elif k == 1:
        body = seg("CGM upload subject=", Ph(s.sid, "mrn"), " transmitter_sn=", Ph(device_serial("dexcom"), "device"),
                   " readings=%d gaps=%d" % (R.randint(200, 2880), R.randint(0, 8)))
    else:
        body = seg("implant registered subject=", Ph(s.sid, "mrn"), " udi=", Ph(udi(), "device"),
                   " implant_date=", Ph(fdate(visit_date(), "iso"), "date"), " implanter=%s" % ch(CLINICIANS))
    return [("python-logging", seg(head, body))]


def f_envoy(t, phi):
    base = {"start_time": t_iso_z(t), "method": ch(["GET", "POST"]), "protocol": "HTTP/2", "response_code": ch([200, 200, 201, 403, 503]),
            "bytes_received": R.randint(0, 4000), "bytes_sent": R.randint(0, 90000), "duration": R.randint(1, 3000),
            "upstream_host": "10.%d.%d.%d:8080" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
            "request_id": uid(), "traceparent": "00-%s-%s-01" % (trace_id(), span_id())}
    if not phi:
        base.update({"path": ch(["/v2/econsent/templates", "/v2/irt/sites/%s/inventory" % ch(["101", "0412"]), "/ready"]),
                     "x_forwarded_for": ch([private_ip(), "%s, %s" % (private_ip(), private_ip())]),
                     "user_agent": ch(["Go-http-client/2.0", "python-requests/2.31.0", "axios/1.6.8"])})
        return [("envoy-json", J(base))]
    s = subj()
    base["path"] = JS(ch(["/v2/econsent/participants/", "/v2/epro/subjects/"]), Ph(s.sid, "mrn"), ch(["/sign", "/status", "/visits"]))
    ip = public_ip() if chance(0.8) else public_ipv6()
    base["x_forwarded_for"] = JS(Ph(ip, "ip"), ", " + private_ip()) if chance(0.6) else Ph(ip, "ip")
    base["user_agent"] = ch(UA_APP)
    return [("envoy-json", J(base))]


def f_kafka(t, phi):
    head = "%s %-5s [%s] c.b.events.SubjectEventConsumer - " % (t_logback(t), ch(["DEBUG", "INFO"]), "kafka-consumer-%d" % R.randint(1, 6))
    if not phi:
        body = ch(["[Consumer clientId=edc-events-%d, groupId=edc-projections] Revoke previously assigned partitions edc.subject.events-%d" % (
            R.randint(1, 6), R.randint(0, 11)),
            "lag topic=edc.subject.events partition=%d offset=%d lag=%d" % (R.randint(0, 11), R.randint(1000, 9000000), R.randint(0, 900))])
        return [("logback", seg(head, body))]
    s = subj()
    inner = {"type": ch(["SubjectScreened", "SubjectEnrolled", "SubjectUpdated"]), "subjectNo": Ph(s.sid, "mrn"),
             "site": s.site, "initials": Ph(s.init, "name"), "birthDate": Ph(fdate(s.dob, "iso"), "date"), "sex": "F" if s.female else "M",
             "eventId": uid()}
    if chance(0.5):
        body = seg("Consumed record topic=edc.subject.events partition=%d offset=%d key=" % (R.randint(0, 11), R.randint(1000, 9000000)),
                   Ph(s.sid, "mrn"), " value=", J(inner))
    else:
        body = seg('{"topic":"edc.subject.events","offset":%d,"payload":"' % R.randint(1000, 9000000),
                   emap(J(inner), jesc), '"}')
    return [("logback", seg(head, body))]


def f_invite(t, phi):
    head = "[%s] %s: " % (t_iso_z(t), "info")
    if not phi:
        return [("node-text", seg(head, "staff invite sent to %s role=%s link=https://portal.bzclin.io/studies/%s/sites/%s/accept?t=%s" % (
            ch(STAFF_EMAILS), ch(["CRC", "CRA", "PI"]), ch(STUDIES)["proto"], ch(["101", "0412", "US015"]), alnum(24, "abcdefghijkmnopqrstuvwxyz0123456789"))))]
    s = subj()
    url = "https://consent.bzclin.io/p/%s/sign?t=%s&lang=%s" % (quote(s.sid), alnum(22, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
                                                                 ch(["en", "es", "vi", "zh-Hant"]))
    if chance(0.3):
        url = "https://epro.bzclin.io/enroll?subject=%s&email=%s" % (quote(s.sid), quote(s.email, safe=""))
    if chance(0.5):
        body = seg("invite sent channel=email to=", Ph(s.email, "email"), " link=", Ph(url, "url"))
    else:
        body = seg("invite sent channel=sms to=", Ph(s.phone, "phone"), " link=", Ph(url, "url"))
    return [("node-text", seg(head, body))]


def f_query(t, phi):
    head = "%s INFO  [query-svc-%d] c.b.edc.query.QueryService - " % (t_logback(t), R.randint(1, 4))
    if not phi:
        return [("logback", seg(head, "query aging site=%s open=%d answered=%d >30d=%d oldest=Q-%07d owner=%s" % (
            ch(["101", "0412", "US015", "3317"]), R.randint(0, 90), R.randint(0, 40), R.randint(0, 15), R.randint(1, 999999),
            ch(["cra.lwinter", "cra.kpatel"]))))]
    s = subj()
    st = ch(["dmon", "us", "iso"])
    k = R.randint(0, 2)
    qid = "Q-%07d" % R.randint(1, 999999)
    if k == 0:
        wrong = s.dob + dt.timedelta(days=ch([9, -9, 31]))
        txt = JS("Source shows DOB ", Ph(fdate(s.dob, st), "date"), " but EDC shows ", Ph(fdate(wrong, st), "date"), "; please reconcile")
        item = "DM.BRTHDAT"
    elif k == 1:
        d = visit_date()
        txt = JS("Visit date ", Ph(fdate(d, st), "date"), " is outside window (Day %d +/- 3). Please confirm." % ch([28, 56, 84]))
        item = "SV.SVSTDAT"
    else:
        txt = JS("Subject initials entered as ", Ph(s.init, "name"), " but ICF signed by ", Ph(s.full, "name"), ". Please correct.")
        item = "DM.SUBJINIT"
    body = seg("Query %s opened on " % qid, Ph(s.sid, "mrn"), "/%s/%s by %s: \"" % (ch(VISITS), item, ch(["cra.lwinter", "cra.kpatel", "monitor.ahmed.k"])),
               txt, "\"")
    return [("logback", seg(head, body))]


def f_accountability(t, phi):
    head = "%s INFO [irt.accountability] " % t_py(t)
    if not phi:
        return [("python-logging", seg(head, "destruction certificate DC-%s site=%s kits=%d witnessed_by=%s %s" % (
            digits(6), ch(["101", "0412", "US015"]), R.randint(5, 90), ch(["site0412.pharm", "cra.kpatel"]), ch(CLINICIANS))))]
    s = subj()
    return [("python-logging", seg(head, "kit %s returned subject=" % KITS(), Ph(s.sid, "mrn"), " on ",
                                   Ph(fdate(visit_date(), ch(["iso", "sas", "us"])), "date"),
                                   " dispensed=%d returned=%d compliance=%d%%" % (28, R.randint(0, 14), R.randint(50, 100))))]


def f_cache(t, phi):
    return [("cdn-log", seg("%s cache=%s status=%d path=%s bytes=%d Age: %d edge=%s%d-C%d" % (
        t_iso_z(t)[:19] + "Z", ch(["HIT", "MISS", "REVALIDATED"]), ch([200, 304]),
        ch(["/static/icf/ICF-v4.0-es.pdf", "/static/epro/bundle.%s.js" % hexs(8), "/img/logo@2x.png"]),
        R.randint(1000, 3000000), R.randint(0, 120), ch(["IAD", "ORD", "DFW", "SEA"]), R.randint(10, 99), R.randint(1, 9))))]


def f_node_err(t, phi):
    base = {"level": 50, "time": t_epoch_ms(t), "pid": R.randint(20, 9000), "hostname": hostpod("participant-api")}
    if not phi:
        base.update({"err": {"type": "ECONNRESET", "message": "socket hang up", "stack": "Error: socket hang up\n    at connResetException (node:internal/errors:720:14)"},
                     "msg": "upstream error", "upstream": "http://irt-api.bz-prod.svc:8080"})
        return [("pino-json", J(base))]
    s = subj()
    body = {"firstName": Ph(s.first, "name"), "lastName": Ph(s.last, "name"), "mobile": Ph(s.phone, "phone"),
            "zip": Ph(s.zip, "zip"), "dob": Ph(fdate(s.dob, ch(["us", "iso"])), "date")}
    base.update({"err": {"type": "ValidationError", "message": "\"mobile\" failed custom validation"},
                 "req": {"method": "POST", "url": "/api/participants/register", "body": JS(J(body))}, "msg": "request failed"})
    return [("pino-json", J(base, ascii_=chance(0.5)))]


def f_auth(t, phi):
    head = "%s %s [auth] " % (t_py(t), "INFO")
    if not phi:
        body = "login ok user=%s idp=%s mfa=%s ip=%s ua=\"%s\"" % (
            ch(STAFF), ch(["okta", "azuread"]), ch(["push", "totp"]), ch([public_ip(), private_ip()]),
            ch(["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)"]))
        return [("python-logging", seg(head, body))]
    s = subj()
    body = seg("participant portal login %s email=" % ch(["ok", "failed (bad otp)"]), Ph(s.email, "email"), " ip=",
               Ph(public_ip(), "ip"), " session=%s" % uid())
    return [("python-logging", seg(head, body))]


def f_diary(t, phi):
    head = "%s INFO epro.diary: " % t_py(t)
    if not phi:
        return [("python-logging", seg(head, "questionnaire %s v%d published locales=%d scoring=%s" % (
            ch(["EQ5D5L", "PROMIS-29", "NRS-PAIN", "POEM", "KCCQ-12"]), R.randint(1, 4), R.randint(3, 22), ch(["server", "none"]))))]
    s = subj(0.4)
    d = visit_date()
    parts = [head, "diary submitted subject=", Ph(s.sid, "mrn"), " entry_date=", Ph(fdate(d, ch(["iso", "iso", "us"])), "date"),
             " items=%d late=%s" % (R.randint(5, 30), ch(["false", "true"]))]
    if s.age > 89 and chance(0.6):
        parts += [" age=", Ph(str(s.age), "age")]
    else:
        parts += [" age=%d" % min(s.age, 89)]
    return [("python-logging", seg(*parts))]


def f_natid(t, phi):
    head = "%s %-5s [registry-sync] c.b.edc.registry.NationalIdVerifier - " % (t_logback(t), "INFO")
    if not phi:
        return [("logback", seg(head, "registry endpoint %s reachable latency=%dms cert_expiry=%s" % (
            ch(["PL-PESEL", "FR-INSi", "ES-SNS", "KR-NHIS", "BR-CADSUS"]), R.randint(30, 900),
            fdate(rand_date(dt.date(2024, 8, 1), dt.date(2026, 1, 1)), "iso"))))]
    s = subj()
    k = ch(["pesel", "nir", "dni", "cpf", "rrn", "passport"])
    val = {"pesel": lambda: pesel(s.dob, s.female), "nir": lambda: fr_nir(s.dob, s.female), "dni": dni_es, "cpf": cpf,
           "rrn": lambda: kr_rrn(s.dob, s.female), "passport": passport}[k]()
    return [("logback", seg(head, "verified subject=", Ph(s.sid, "mrn"), " id_type=%s id_value=" % k.upper(), Ph(val, "other_id"),
                            " match=%s" % ch(["EXACT", "FUZZY_NAME"])))]


def f_roi(t, phi):
    head = "%s INFO [source-docs.roi] " % t_py(t)
    site = ch(SITES)
    if not phi:
        return [("python-logging", seg(head, "certified copy batch from %s received via fax %s pages=%d redaction=pending" % (
            site[0], site[6], R.randint(2, 80))))]
    s = subj()
    fx = fmt_phone(nanp(), ch(["paren", "dash", "dot"]))
    return [("python-logging", seg(head, "records request subject=", Ph(s.sid, "mrn"), " requester=",
                                   ch(["self", "LAR"]), " name=\"", Ph(s.rev(), "name"), "\" deliver=fax to=", Ph(fx, "fax"),
                                   " cc_site_fax=%s" % site[6]))]


def f_x12(t, phi):
    head = "%s DEBUG [eligibility-client] c.b.finance.x12.EligibilityClient - %s: " % (t_logback(t), "270 out" if phi else "999 in")
    ctl = "%09d" % R.randint(1, 999999999)
    isa = "ISA*00*          *00*          *ZZ*BZCLIN         *ZZ*AVAILITY       *%s*%s*^*00501*%s*0*P*:~" % (
        t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)
    gs = str(R.randint(1000, 99999))
    if not phi:
        body = isa + ("GS*FA*AVAILITY*BZCLIN*%s*%s*%s*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HS*%s*005010X279A1~"
                      "AK2*270*0001*005010X279A1~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*%s~IEA*1*%s~") % (
            t.strftime("%Y%m%d"), t.strftime("%H%M"), gs, gs, gs, ctl)
        return [("x12-edi", seg(head, body))]
    s = subj()
    site = ch(SITES)
    payer = ch([("AETNA", "60054"), ("UNITEDHEALTHCARE", "87726"), ("HUMANA", "61101"), ("CMS", "CMS"), ("BCBSIL", "00621")])
    last = ascii_fold(s.last).upper()
    first = ascii_fold(s.first).upper()
    mid = ascii_fold(s.middle).upper()[0] if s.middle else None
    mem = mbi(False) if payer[0] == "CMS" else member_id()
    parts = [head, isa, "GS*HS*BZCLIN*AVAILITY*%s*%s*%s*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*%s*%s*%s~" % (
        t.strftime("%Y%m%d"), t.strftime("%H%M"), gs, digits(8), t.strftime("%Y%m%d"), t.strftime("%H%M")),
        "HL*1**20*1~NM1*PR*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*2*%s*****XX*%s~HL*3*2*22*0~TRN*1*%s-%s*9%s~" % (
            payer[0], payer[1], ascii_fold(site[0]).upper(), npi(), digits(5), digits(6), digits(9)),
        "NM1*IL*1*", Ph(last, "name"), "*", Ph(first, "name")]
    if mid:
        parts += ["*", Ph(mid, "name"), "***MI*"]
    else:
        parts += ["****MI*"]
    parts += [Ph(mem, "health_plan"), "~"]
    if chance(0.5):
        parts += ["REF*SY*", Ph(ssn().replace("-", "").replace(" ", ""), "ssn"), "~"]
    parts += ["DMG*D8*", Ph(fdate(s.dob, "hl7"), "date"), "*%s~DTP*291*D8*" % ("F" if s.female else "M"),
              Ph(fdate(visit_date(), "hl7"), "date"), "~EQ*30~SE*%d*0001~GE*1*%s~IEA*1*%s~" % (R.randint(12, 14), gs, ctl)]
    return [("x12-edi", seg(*parts))]


def f_recruit(t, phi):
    base = {"ts": t_iso_off(t, ch([-4, -5, -7])), "level": "INFO", "logger": "recruit.leads"}
    camp = "%s-%s-Q2" % (ch(["FB", "IG", "GOOG", "RADIO"]), ch(STUDIES)["proto"])
    if not phi:
        base.update({"event": "campaign.stats", "campaign": camp, "impressions": R.randint(1000, 900000),
                     "clicks": R.randint(10, 9000), "leads": R.randint(0, 300), "cpl_usd": round(R.uniform(12, 240), 2),
                     "call_center": "+1 888-%s-%s" % (str(R.randint(2, 9)) + digits(2), digits(4))})
        return [("python-json", J(base))]
    s = subj(0.4)
    lead = {"name": Ph(s.full_mid(), "name"), "age": Ph(s.age, "age") if s.age > 89 else s.age,
            "zip": Ph(s.zip[:5], "zip"), "phone": Ph(s.phone, "phone")}
    if chance(0.5):
        lead["email"] = Ph(s.email, "email")
    if chance(0.6):
        handle = ascii_fold(s.first).lower().replace(" ", "") + "." + ascii_fold(s.last).lower().replace(" ", "").replace("'", "")
        lead["profileUrl"] = Ph(ch(["https://www.facebook.com/%s.%d" % (handle, R.randint(1, 999)),
                                    "https://www.instagram.com/%s_%d/" % (handle.replace(".", "_"), R.randint(10, 99)),
                                    "https://www.facebook.com/profile.php?id=1000%s" % digits(11)]), "url")
    base.update({"event": "lead.created", "campaign": camp, "lead": lead, "prescreen_score": R.randint(1, 10),
                 "routed_to": ch(SITES)[0]})
    return [("python-json", J(base))]


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------

# (function, weight when a PHI line is wanted, weight when a clean line is wanted)
FAMILIES = [
    (f_edc_audit, 9, 5), (f_audit_csv, 3, 2), (f_odm, 4, 2), (f_irt, 5, 5),
    (f_dtp, 5, 3), (f_nginx, 6, 7), (f_epro_tel, 4, 4), (f_econsent, 5, 3),
    (f_idv, 6, 1), (f_sae, 5, 3), (f_e2b, 3, 2), (f_hl7, 4, 2),
    (f_labcsv, 4, 3), (f_coding, 3, 4), (f_monitor, 3, 3), (f_stack, 2, 1),
    (f_sql, 4, 4), (f_twilio, 3, 2), (f_mailer, 3, 2), (f_stipend, 5, 2),
    (f_travel, 5, 2), (f_billing, 3, 2), (f_k8s, 0, 6), (f_gc, 0, 4),
    (f_celery, 2, 4), (f_ci, 0, 4), (f_syslog, 3, 3), (f_fhir, 4, 2),
    (f_wearable, 3, 2), (f_envoy, 3, 4), (f_kafka, 4, 3), (f_invite, 4, 2),
    (f_query, 4, 3), (f_accountability, 2, 2), (f_cache, 0, 3),
    (f_node_err, 3, 2), (f_auth, 2, 4), (f_diary, 3, 2), (f_natid, 4, 1),
    (f_roi, 3, 1), (f_x12, 3, 2), (f_recruit, 3, 2),
]
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


def render(segs):
    """Concatenate segments to bytes; spans computed while concatenating."""
    buf = bytearray()
    spans = []
    for text, cat in segs:
        b = text.encode("utf-8")
        if cat is not None:
            assert cat in CATS, cat
            assert b, "empty labelled value"
            spans.append((len(buf), len(buf) + len(b), cat, b))
        buf += b
    line = bytes(buf)
    assert b"\n" not in line and b"\r" not in line, line[:200]
    assert len(line) <= 20000, len(line)
    for s, e, cat, b in spans:
        assert line[s:e] == b
    for (s1, e1, c1, _), (s2, e2, c2, _) in zip(spans, spans[1:]):
        assert e1 <= s2, "overlap"
        assert not (e1 == s2 and c1 == c2), "adjacent same-category spans"
    return line, spans


def build():
    for i in range(160):
        SUBJECTS.append(Subject(i))
    t = dt.datetime(2024, 5, 13, 7, 58, 12, 331000)
    out = []          # (family, line bytes, spans)
    n_phi = 0
    decks = {True: [], False: []}
    while len(out) < N_LINES:
        t += dt.timedelta(milliseconds=R.randint(20, 21000))
        share = n_phi / len(out) if out else 0.0
        p = min(0.95, max(0.05, TARGET_PHI_SHARE + 2.5 * (TARGET_PHI_SHARE - share)))
        want_phi = R.random() < p
        deck = decks[want_phi]
        if not deck:   # draw families from a shuffled deck so every family keeps its share
            deck.extend(f for f, wp, wn in FAMILIES for _ in range(wp if want_phi else wn))
            R.shuffle(deck)
        fn = deck.pop()
        block = fn(t, want_phi)
        if len(out) + len(block) > N_LINES:
            continue
        rendered = [(fam,) + render(segs) for fam, segs in block]
        has = any(sp for _, _, sp in rendered)
        assert has == want_phi, (fn.__name__, want_phi)
        for fam, line, spans in rendered:
            out.append((fam, line, spans))
            if spans:
                n_phi += 1
    return out


def main():
    out = build()
    assert len(out) == N_LINES
    log_path = os.path.join(HERE, "bz.log")
    lab_path = os.path.join(HERE, "bz.labels.jsonl")
    with open(log_path, "wb") as f:
        for _, line, _ in out:
            f.write(line + b"\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as f:
        for i, (fam, _, spans) in enumerate(out, 1):
            f.write(json.dumps({"line": i, "family": fam,
                                "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]}) + "\n")
    # verify what was written, against the intended values kept in memory
    with open(log_path, "rb") as f:
        data = f.read()
    assert data.endswith(b"\n")
    written = data[:-1].split(b"\n")
    assert len(written) == N_LINES
    with open(lab_path, encoding="utf-8") as f:
        labels = [json.loads(x) for x in f]
    assert len(labels) == N_LINES
    for i, (line, lab, (_, _, spans)) in enumerate(zip(written, labels, out), 1):
        assert lab["line"] == i
        assert len(lab["spans"]) == len(spans)
        for sp, (s, e, c, b) in zip(lab["spans"], spans):
            assert (sp["s"], sp["e"], sp["cat"]) == (s, e, c)
            assert line[s:e] == b, (i, s, e, c)
        line.decode("utf-8")
    n_phi = sum(1 for _, _, sp in out if sp)
    counts = {}
    for _, _, spans in out:
        for _, _, c, _ in spans:
            counts[c] = counts.get(c, 0) + 1
    print("lines=%d phi_lines=%d no_phi_share=%.3f" % (N_LINES, n_phi, 1 - n_phi / N_LINES))
    for c in sorted(counts):
        print("  %-12s %d" % (c, counts[c]))


if __name__ == "__main__":
    main()
