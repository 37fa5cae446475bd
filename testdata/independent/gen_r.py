#!/usr/bin/env python3
"""Held-out corpus "r": developer / test output that leaks PHI.

Standard library only, fixed seed, byte-for-byte reproducible.
Writes r.log (one record per line) and r.labels.jsonl (byte-offset spans).
"""
import base64
import json
import os
import random
import sys
from collections import Counter

SEED = 0x52_2024_12
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
NO_PHI_FRACTION = 0.45

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]

# ---------------------------------------------------------------- basics
def ch(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def nzdigits(n):
    return str(R.randrange(1, 10)) + digits(n - 1)


UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
HEX = "0123456789abcdef"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def letters(n, alpha=UPPER):
    return "".join(ch(alpha) for _ in range(n))


def hexs(n):
    return "".join(ch(HEX) for _ in range(n))


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + ch("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def luhn_check(num):
    s = 0
    for i, d in enumerate(reversed(num)):
        d = int(d)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


# ---------------------------------------------------------------- people
FIRST = ["Maria", "José", "Aaliyah", "Wei", "Priya", "Oluwaseun", "Dmitri", "Fatima",
         "Hiroshi", "Siobhan", "Mateo", "Ngozi", "Thanh", "Ingrid", "Kwame", "Leilani",
         "Rahul", "Sofía", "Ahmed", "Chloé", "Björn", "Yusuf", "Anh", "Carmen", "Darnell",
         "Esperanza", "Giulia", "Hana", "Ivan", "Jamal", "Kateryna", "Lucía", "Mohammed",
         "Nadia", "Omar", "Paulo", "Rosa", "Samuel", "Tomasz", "Valentina", "Xiomara",
         "Yara", "Zainab", "Emily", "Michael", "Jennifer", "Robert", "Linda", "David",
         "Patricia", "James", "Barbara", "William", "Elizabeth", "Joseph", "Susan",
         "Thomas", "Dorothy", "Harold", "Mildred", "Eugene", "Gladys", "Bernice",
         "Walter", "Agnes", "Clarence", "Minh", "Soo-jin", "Aarav", "Ananya", "Chidi",
         "Amara", "Tariq", "Leila", "Sven", "Astrid", "Pedro", "Guadalupe", "Kofi",
         "Mei", "Jun", "Ximena", "Declan", "Niamh", "Rajesh", "Lakshmi", "Ewa", "Piotr",
         "Zoë", "Renée", "Mary-Kate", "Jean-Luc", "Abigail", "Trevon", "Keisha", "Luis"]
LAST = ["Lopez", "Nguyen", "Okafor", "Kowalski", "Schmidt", "Patel", "Kim", "Haddad",
        "O'Brien", "García", "Müller", "Rossi", "Tanaka", "Ivanova", "Johansson", "Mensah",
        "Cohen", "Hernández", "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller",
        "Davis", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin", "Lee",
        "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young",
        "Allen", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill",
        "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner",
        "Torres", "Parker", "Collins", "Edwards", "Stewart", "Flores", "Morris",
        "Murphy", "Rivera", "Cook", "Rogers", "Morgan", "Peterson", "Cooper", "Reed",
        "Bailey", "Gomez", "Kelly", "Howard", "Diaz", "Richardson", "Watson", "Brooks",
        "Chen", "Wang", "Zhang", "Liu", "Singh", "Kumar", "Sharma", "Ali", "Khan",
        "Hussain", "Yilmaz", "Demir", "Nowak", "Wiśniewski", "Dubois", "Lefebvre",
        "Bianchi", "Silva", "Santos", "Oliveira", "Pereira", "Andersson", "Nielsen",
        "Jensen", "Virtanen", "Novak", "Popescu", "Papadopoulos", "Adeyemi", "Mwangi",
        "Otieno", "Diallo", "Traoré", "Nakamura", "Suzuki", "Park", "Choi", "Tran",
        "Pham", "Alvarez", "Romero", "Ramos", "Castillo", "Jimenez", "Mendoza",
        "Delgado", "Acosta", "Van der Berg", "De la Cruz", "McAllister", "Fitzgerald",
        "Abernathy", "Okonkwo", "Bergström", "Czarnecki", "Quintero", "Achebe"]
FOLD = {"é": "e", "í": "i", "á": "a", "ó": "o", "ú": "u", "ü": "u", "ö": "o", "ë": "e",
        "ś": "s", "ñ": "n", "è": "e"}


def ascii_fold(s):
    return "".join(FOLD.get(c, c) for c in s)


def first():
    return ch(FIRST)


def last():
    return ch(LAST)


def clinician():
    f, l = first(), last()
    return ch(["Dr. %s %s" % (f, l), "%s %s, MD" % (f, l), "%s %s, NP" % (f, l),
               "%s, %s MD" % (l, f), "Dr. %s" % l, "%s %s, PA-C" % (f, l),
               "%s %s, RN" % (f, l), "%s %s, DO" % (f, l)])


def full_name(f=None, l=None, style=None):
    f = f or first()
    l = l or last()
    style = style or ch(["fl", "fl", "fl", "lf", "fml", "LF", "fl"])
    if style == "fl":
        return "%s %s" % (f, l)
    if style == "lf":
        return "%s, %s" % (l, f)
    if style == "fml":
        return "%s %s. %s" % (f, ch(UPPER), l)
    if style == "LF":
        return "%s, %s" % (l.upper(), f.upper())
    return "%s %s" % (f, l)


STREETS = ["Maple", "Oak", "Cedar", "Elm", "Pine", "Walnut", "Willow", "Birch", "Lakeview",
           "Sunset", "Highland", "Ridge", "Hillcrest", "Washington", "Lincoln", "Jefferson",
           "Franklin", "Madison", "Park", "Church", "Mill", "River", "Spring", "Chestnut",
           "Magnolia", "Dogwood", "Sycamore", "Juniper", "Prospect", "Grand", "Kingsley",
           "Martin Luther King Jr", "Cesar Chavez", "Old Mill", "Fox Run", "Quail Hollow"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct", "Way", "Pl", "Ter", "Street",
          "Avenue", "Road", "Drive", "Lane", "Circle", "Pkwy", "Trl"]
UNITS = ["Apt %d" % 0, "Unit %s", "#%s", "Apt %s", "Suite %s", "Lot %s", "Trlr %s"]


def street():
    s = "%d %s%s %s" % (R.randrange(1, 9999), ch(["", "", "", "N ", "S ", "E ", "W "]),
                        ch(STREETS), ch(SUFFIX))
    if chance(0.35):
        s += " " + ch(["Apt %d" % R.randrange(1, 40), "Unit %s" % (str(R.randrange(1, 30)) + ch("ABCD")),
                       "#%d" % R.randrange(100, 999), "Apt %s" % (str(R.randrange(1, 9)) + ch("ABCDEF")),
                       "Lot %d" % R.randrange(1, 120)])
    if chance(0.06):
        s = "PO Box %d" % R.randrange(100, 99999)
    return s


CITIES = [("Columbus", "OH", "432"), ("Dayton", "OH", "454"), ("Toledo", "OH", "436"),
          ("Fresno", "CA", "937"), ("Sacramento", "CA", "958"), ("Bakersfield", "CA", "933"),
          ("El Paso", "TX", "799"), ("Lubbock", "TX", "794"), ("San Antonio", "TX", "782"),
          ("Tucson", "AZ", "857"), ("Mesa", "AZ", "852"), ("Albuquerque", "NM", "871"),
          ("Spokane", "WA", "992"), ("Tacoma", "WA", "984"), ("Boise", "ID", "837"),
          ("Omaha", "NE", "681"), ("Wichita", "KS", "672"), ("Tulsa", "OK", "741"),
          ("Little Rock", "AR", "722"), ("Shreveport", "LA", "711"), ("Jackson", "MS", "392"),
          ("Birmingham", "AL", "352"), ("Knoxville", "TN", "379"), ("Chattanooga", "TN", "374"),
          ("Greensboro", "NC", "274"), ("Raleigh", "NC", "276"), ("Savannah", "GA", "314"),
          ("Tallahassee", "FL", "323"), ("Hialeah", "FL", "330"), ("Lakeland", "FL", "338"),
          ("Allentown", "PA", "181"), ("Scranton", "PA", "185"), ("Syracuse", "NY", "132"),
          ("Yonkers", "NY", "107"), ("Paterson", "NJ", "075"), ("Worcester", "MA", "016"),
          ("Providence", "RI", "029"), ("Bridgeport", "CT", "066"), ("Burlington", "VT", "054"),
          ("Madison", "WI", "537"), ("Green Bay", "WI", "543"), ("Grand Rapids", "MI", "495"),
          ("Flint", "MI", "485"), ("Fort Wayne", "IN", "468"), ("Peoria", "IL", "616"),
          ("Cedar Rapids", "IA", "524"), ("Sioux Falls", "SD", "571"), ("Fargo", "ND", "581"),
          ("Billings", "MT", "591"), ("Provo", "UT", "846"), ("Reno", "NV", "895"),
          ("Eugene", "OR", "974"), ("Anchorage", "AK", "995"), ("Hilo", "HI", "967"),
          ("Pueblo", "CO", "810"), ("Cheyenne", "WY", "820"), ("Duluth", "MN", "558"),
          ("St. Cloud", "MN", "563"), ("Bangor", "ME", "044"), ("Manchester", "NH", "031"),
          ("Wilmington", "DE", "198"), ("Frederick", "MD", "217"), ("Roanoke", "VA", "240"),
          ("Charleston", "WV", "253"), ("Lexington", "KY", "405"), ("Springfield", "MO", "658")]
COUNTIES = ["Franklin County", "Cuyahoga County", "Maricopa County", "Fresno County",
            "Hidalgo County", "Lackawanna County", "Onondaga County", "Kent County",
            "Polk County", "Lubbock County", "Bernalillo County", "Ada County",
            "Douglas County", "Sedgwick County", "Pulaski County", "Hinds County",
            "Jefferson County", "Knox County", "Guilford County", "Chatham County",
            "Leon County", "Worcester County", "Dane County", "Genesee County",
            "Allen County", "Linn County", "Yellowstone County", "Washoe County",
            "Lane County", "St. Louis County", "Penobscot County", "Hillsborough County",
            "Kanawha County", "Fayette County", "Greene County", "Orleans Parish"]
STATE_NAMES = ["Ohio", "California", "Texas", "Arizona", "New Mexico", "Washington",
               "Idaho", "Nebraska", "Kansas", "Oklahoma", "Georgia", "Florida", "Wisconsin",
               "Michigan", "Minnesota", "Oregon", "Vermont", "Kentucky", "Missouri"]


def city_state_zip():
    c, st, z3 = ch(CITIES)
    z = z3 + digits(2)
    if chance(0.25):
        z += "-" + digits(4)
    return c, st, z


# ---------------------------------------------------------------- dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def rdate(y0, y1):
    y = R.randrange(y0, y1 + 1)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return y, m, d


def fmt_date(y, m, d, style=None):
    style = style or ch(["iso", "iso", "iso", "us", "us", "long", "short", "oracle",
                         "compact", "eu", "de", "us2"])
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if style == "us":
        return "%02d/%02d/%04d" % (m, d, y)
    if style == "us2":
        return "%d/%d/%04d" % (m, d, y)
    if style == "long":
        return "%s %d, %04d" % (MONTHS[m - 1], d, y)
    if style == "short":
        return "%s %d, %04d" % (MONTHS[m - 1][:3], d, y)
    if style == "oracle":
        return "%02d-%s-%04d" % (d, MONTHS[m - 1][:3].upper(), y)
    if style == "compact":
        return "%04d%02d%02d" % (y, m, d)
    if style == "eu":
        return "%02d/%02d/%04d" % (d, m, y)
    if style == "de":
        return "%02d.%02d.%04d" % (d, m, y)
    return "%04d-%02d-%02d" % (y, m, d)


def dob(style=None, old=False):
    y, m, d = rdate(1918, 1934) if old else rdate(1925, 2021)
    return fmt_date(y, m, d, style)


def svc_date(style=None, with_time=False):
    y, m, d = rdate(2021, 2025)
    if with_time:
        return "%04d-%02d-%02dT%02d:%02d:00" % (y, m, d, R.randrange(24), R.randrange(60)) + ch(["", "Z", "-05:00"])
    return fmt_date(y, m, d, style)


def log_ts(style=None):
    y, m, d = 2025, R.randrange(1, 12), R.randrange(1, 29)
    hh, mm, ss, ms = R.randrange(24), R.randrange(60), R.randrange(60), R.randrange(1000)
    style = style or ch(["iso", "iso", "sp", "gh", "bracket"])
    if style == "iso":
        return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, m, d, hh, mm, ss, ms)
    if style == "gh":
        return "%04d-%02d-%02dT%02d:%02d:%02d.%03d%04dZ" % (y, m, d, hh, mm, ss, ms, R.randrange(10000))
    if style == "bracket":
        return "[%04d-%02d-%02d %02d:%02d:%02d,%03d]" % (y, m, d, hh, mm, ss, ms)
    return "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, d, hh, mm, ss)


# ---------------------------------------------------------------- PHI value generators
AREA = ["614", "937", "216", "559", "916", "915", "806", "210", "520", "480", "505", "509",
        "253", "208", "402", "316", "918", "501", "318", "601", "205", "865", "336", "919",
        "912", "850", "305", "863", "610", "570", "315", "914", "973", "508", "401", "203",
        "802", "608", "920", "616", "810", "260", "309", "319", "605", "701", "406", "801",
        "775", "541", "907", "808", "719", "307", "218", "207", "603", "302", "301", "540"]


def phone(style=None):
    a, b, c = ch(AREA), str(R.randrange(201, 999)), digits(4)
    style = style or ch(["paren", "dash", "dash", "dot", "e164", "plain", "intl", "paren"])
    if style == "paren":
        return "(%s) %s-%s" % (a, b, c)
    if style == "dash":
        return "%s-%s-%s" % (a, b, c)
    if style == "dot":
        return "%s.%s.%s" % (a, b, c)
    if style == "e164":
        return "+1%s%s%s" % (a, b, c)
    if style == "plain":
        return a + b + c
    if style == "intl":
        return ch(["+1 %s %s %s" % (a, b, c), "+52 55 %s %s" % (digits(4), digits(4)),
                   "+44 7%s %s" % (digits(3), digits(6)), "+49 151 %s" % digits(8),
                   "+234 803 %s %s" % (digits(3), digits(4)), "+1-%s-%s-%s" % (a, b, c)])
    return "%s-%s-%s" % (a, b, c)


MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
           "comcast.net", "protonmail.com", "att.net", "live.com", "ymail.com", "gmx.de"]


def email(f=None, l=None):
    f = ascii_fold(f or first()).lower().replace(" ", "").replace("'", "").replace("-", "")
    l = ascii_fold(l or last()).lower().replace(" ", "").replace("'", "").replace("-", "")
    local = ch(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, R.randrange(1, 99)),
                "%s%s%d" % (f, l[0], R.randrange(1940, 2010)), "%s.%s%d" % (l, f, R.randrange(1, 999)),
                "%s+portal@" % f[:-1] if False else "%s%s" % (f, l)])
    return local + "@" + ch(MAILDOM)


def ssn(style=None):
    a = R.randrange(1, 899)
    while a == 666:
        a = R.randrange(1, 899)
    g, s = R.randrange(1, 100), R.randrange(1, 10000)
    style = style or ch(["dash", "dash", "dash", "plain", "space"])
    if style == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if style == "space":
        return "%03d %02d %04d" % (a, g, s)
    return "%03d%02d%04d" % (a, g, s)


def mrn():
    return ch(["MRN%s" % digits(8), "%s" % ("00" + nzdigits(7)), "E%s" % nzdigits(7),
               "M-%s-%s" % (digits(4), digits(4)), "%s" % nzdigits(8), "MR%s" % nzdigits(6),
               "%s-%s-%s" % (digits(2), digits(2), digits(4)), "H%s" % digits(9)])


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi(dashes=None):
    s = (str(R.randrange(1, 10)) + ch(MBI_A) + ch(MBI_AN) + str(R.randrange(10)) + ch(MBI_A)
         + ch(MBI_AN) + str(R.randrange(10)) + ch(MBI_A) + ch(MBI_A) + digits(2))
    if dashes if dashes is not None else chance(0.3):
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def health_plan():
    return ch([mbi(), mbi(), "%s%s" % (letters(3), nzdigits(9)), "W%s" % nzdigits(9),
               "%s%s%s" % (letters(2), digits(5), letters(1)), "ZGP%s" % digits(8),
               "%s%s01" % (letters(1), nzdigits(8)), "%s-%s" % (letters(3), nzdigits(8)),
               "%s%s" % (nzdigits(9), ch("AB")), "MCD%s" % digits(10)])


def card(style=None):
    kind = ch(["visa", "mc", "amex", "disc"])
    if kind == "visa":
        base = "4" + digits(14)
    elif kind == "mc":
        base = "5" + str(R.randrange(1, 6)) + digits(13)
    elif kind == "disc":
        base = "6011" + digits(11)
    else:
        base = "3" + ch("47") + digits(12)
    num = base + luhn_check(base)
    style = style or ch(["plain", "space", "dash", "plain"])
    if style == "plain":
        return num
    sep = " " if style == "space" else "-"
    if len(num) == 15:
        return num[:4] + sep + num[4:10] + sep + num[10:]
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def iban_de():
    bban = digits(8) + digits(10)
    rearr = bban + "1314" + "00"
    chk = 98 - int(rearr) % 97
    s = "DE%02d%s" % (chk, bban)
    if chance(0.5):
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def account():
    return ch([card(), card(), "PA%s" % nzdigits(8), "HAR %s" % ("7" + digits(9)),
               "%s" % nzdigits(10), "ACCT-%s" % nzdigits(9), "G%s" % nzdigits(7),
               iban_de(), "%s" % nzdigits(12), "BA-%s-%s" % (digits(4), digits(6))])


def dea(lastname=None):
    l = ascii_fold(lastname or last())[0].upper()
    d = [R.randrange(10) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return ch("ABFGM") + l + "".join(map(str, d)) + str(c)


def license_no():
    return ch([dea(), dea(), "%s%s" % (letters(1), nzdigits(7)), "%s %s %s" % (nzdigits(3), digits(3), digits(3)),
               "%s%s-%s-%s-%s-%s" % (letters(1), digits(3), digits(3), digits(2), digits(3), digits(1)),
               nzdigits(8), "RN%s" % nzdigits(6), "%s-%s" % (ch(["LPN", "RN", "PT", "MD"]), nzdigits(7)),
               "%s%s%s" % (letters(1), digits(3), digits(8)), "WDL%s" % letters(9, UPPER + "0123456789")])


VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6,
         "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2,
         "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = ch(["1HG", "1FT", "2T1", "3VW", "5YJ", "1G1", "JTD", "KMH", "WBA", "4T1", "1C4", "JN1"])
    body = wmi + "".join(ch(VIN_CH) for _ in range(5)) + "0" + ch("LMNPRSTV") + ch(VIN_CH) + digits(6)
    s = sum(VIN_T[c] * w for c, w in zip(body, VIN_W)) % 11
    cd = "X" if s == 10 else str(s)
    return body[:8] + cd + body[9:]


def plate():
    return ch(["%s%s%s" % (R.randrange(1, 9), letters(3), digits(3)), "%s-%s" % (letters(3), digits(4)),
               "%s %s" % (letters(3), digits(4)), "%s%s" % (digits(3), letters(3)),
               "%s-%s-%s" % (letters(2), digits(3), letters(2))])


def vehicle():
    return vin() if chance(0.6) else plate()


def imei():
    base = ch(["35", "86", "99", "01"]) + digits(12)
    return base + luhn_check(base)


def mac():
    sep = ch([":", ":", "-"])
    s = sep.join(hexs(2) for _ in range(6))
    return s.upper() if chance(0.6) else s


def udi():
    gtin = "0" + nzdigits(12)
    gtin += luhn_check(gtin)  # close enough to a GS1 mod-10 for test data
    y, m, d = rdate(2025, 2029)
    return "(01)%s(17)%02d%02d%02d(10)%s(21)%s" % (gtin, y % 100, m, d, letters(1) + digits(5), letters(2) + nzdigits(7))


def device():
    return ch([imei(), mac(), udi(), "PJN%s%s" % (nzdigits(6), ch("HGS")), "SN%s" % nzdigits(9),
               "RNH%s" % nzdigits(6), "%s%s" % (letters(2), nzdigits(8)),
               "%s-%s-%s" % (letters(4, UPPER + "0123456789"), letters(4, UPPER + "0123456789"), digits(4))])


def url(f=None, l=None):
    f = ascii_fold(f or first()).lower().replace(" ", "").replace("'", "")
    l = ascii_fold(l or last()).lower().replace(" ", "").replace("'", "")
    return ch(["https://www.facebook.com/%s.%s.%s" % (f, l, digits(4)),
               "https://www.linkedin.com/in/%s-%s-%s" % (f, l, hexs(6)),
               "https://instagram.com/%s_%s%s" % (f, l, digits(2)),
               "https://%s%s.me" % (f, l),
               "https://mychart.stbrigid-health.org/MyChart/patient/%s/summary" % nzdigits(7),
               "https://www.%s-%s.com/about" % (f, l),
               "https://twitter.com/%s%s%s" % (f[0], l, digits(2)),
               "https://portal.lakeshorecare.org/p/%s" % nzdigits(8),
               "https://sites.google.com/view/%s%s-family" % (f, l),
               "https://www.gofundme.com/f/help-%s-%s-recover" % (f, l)])


PUB1 = [24, 47, 50, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99,
        104, 107, 108, 162, 166, 173, 174, 184, 207, 208, 209, 45, 38, 81, 86, 90, 187]


def ip_pub():
    if chance(0.15):
        return "%s:%s:%s:%s::%s" % (ch(["2601", "2600", "2603", "2a02", "2605"]), hexs(4).lstrip("0") or "1",
                                     hexs(4).lstrip("0") or "a", hexs(3), hexs(2))
    return "%d.%d.%d.%d" % (ch(PUB1), R.randrange(0, 256), R.randrange(0, 256), R.randrange(1, 255))


def ip_priv():
    return ch(["10.%d.%d.%d" % (R.randrange(256), R.randrange(256), R.randrange(1, 255)),
               "172.%d.%d.%d" % (R.randrange(16, 32), R.randrange(256), R.randrange(1, 255)),
               "192.168.%d.%d" % (R.randrange(256), R.randrange(1, 255)), "127.0.0.1"])


def biometric():
    kind = ch(["fmr", "rand", "rand", "hex", "wsq"])
    if kind == "fmr":
        return "Rk1SACAyMAAA" + b64(R.randrange(60, 120))
    if kind == "hex":
        return hexs(R.randrange(48, 96)).upper()
    if kind == "wsq":
        return "/6D/qAB6TklTVF9DT00g" + b64(R.randrange(40, 90))
    return b64(R.randrange(48, 120))


def photo():
    kind = ch(["jpeg", "png", "path", "url", "jpeg", "s3", "datauri"])
    if kind == "jpeg":
        return "/9j/4AAQSkZJRgABAQ" + b64(R.randrange(45, 110)).rstrip("=")
    if kind == "png":
        return "iVBORw0KGgoAAAANSUhEUgAA" + b64(R.randrange(45, 100))
    if kind == "datauri":
        return "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ" + b64(R.randrange(40, 80)).rstrip("=")
    if kind == "path":
        return ch(["/var/lib/ehr/media/patient_photos/%s_face.jpg" % nzdigits(7),
                   "C:\\EHR\\Photos\\%s.jpg" % nzdigits(8),
                   "/mnt/uploads/intake/%s/headshot.png" % uuid4(),
                   "fixtures/photos/pt_%s_%s.jpeg" % (ascii_fold(last()).lower().replace(" ", ""), nzdigits(5))])
    if kind == "s3":
        return "s3://ehr-prod-media/patients/%s/photo/%s.jpg" % (nzdigits(7), hexs(12))
    return "https://cdn.lakeshorecare.org/patient-photos/%s/%s.jpg" % (nzdigits(8), hexs(16))


def curp():
    y, m, d = rdate(1935, 2005)
    return "%s%02d%02d%02d%s%s%s%s" % (letters(4), y % 100, m, d, ch("HM"),
                                       ch(["DF", "JC", "NL", "PL", "VZ", "GT", "MC"]), letters(3, "BCDFGHJKLMNPRSTVZ"),
                                       ch("0A") + digits(1))


def cpf():
    n = [R.randrange(10) for _ in range(9)]
    s = sum((10 - i) * n[i] for i in range(9)) % 11
    n.append(0 if s < 2 else 11 - s)
    s = sum((11 - i) * n[i] for i in range(10)) % 11
    n.append(0 if s < 2 else 11 - s)
    t = "".join(map(str, n))
    return "%s.%s.%s-%s" % (t[:3], t[3:6], t[6:9], t[9:]) if chance(0.7) else t


def dni():
    n = R.randrange(10000000, 99999999)
    return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def other_id():
    return ch(["%s" % nzdigits(9), "%s%s" % (letters(1), nzdigits(8)), curp(), cpf(), dni(),
               "%s %s %s" % (str(R.randrange(2, 10)) + digits(3), digits(4), digits(4)),
               "%s %s %s" % (digits(3), digits(3), digits(3)),
               "A%s" % ("0" + nzdigits(8)), "%s%s%s" % (letters(2, "ABCEGHJKLMNPRSTWXYZ"), digits(6), ch("ABCD")),
               "L%s%s" % (letters(2), nzdigits(6))])


def age90():
    return str(R.randrange(90, 108))


GEN = {"ssn": ssn, "mrn": mrn, "health_plan": health_plan, "account": account,
       "license": license_no, "vehicle": vehicle, "device": device, "ip": ip_pub,
       "biometric": biometric, "photo": photo, "other_id": other_id, "age": age90,
       "phone": phone, "fax": phone}


# ---------------------------------------------------------------- people bundle
class Person:
    def __init__(self, old=None):
        self.first = first()
        self.last = last()
        self.old = chance(0.25) if old is None else old
        self.city, self.state, self.zip = city_state_zip()
        self.street = street()
        self.county = ch(COUNTIES)
        self._ymd()

    def _ymd(self):
        self.ymd = rdate(1918, 1934) if self.old else rdate(1936, 2021)

    def make_old(self):
        if not self.old:
            self.old = True
            self._ymd()

    def age(self):
        return str(2025 - self.ymd[0] - R.randrange(0, 2))

    def name(self, style=None):
        return full_name(self.first, self.last, style)

    def email(self):
        return email(self.first, self.last)

    def dob(self, style=None):
        return fmt_date(*self.ymd, style=style)


# ---------------------------------------------------------------- fields
class F:
    """One key/value pair.  cat None means not PHI."""
    __slots__ = ("k", "v", "cat", "num")

    def __init__(self, k, v, cat=None, num=False):
        self.k, self.v, self.cat, self.num = k, v, cat, num


ACRO = {"id", "ssn", "mrn", "dob", "mbi", "dea", "vin", "ip", "url", "imei", "udi", "mac",
        "npi", "dl", "hicn", "sin", "cpf", "dni", "curp", "bsn", "nin", "har", "pan", "iban",
        "nok", "dos", "uuid", "utc", "sql", "http", "api", "cpt", "icd10", "ndc", "loinc", "drg"}


def kstyle(words, style):
    if isinstance(words, str):
        return words
    if style == "snake":
        return "_".join(words)
    if style == "upper":
        return "_".join(words).upper()
    if style == "kebab":
        return "-".join(words)
    if style == "flat":
        return "".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "go":
        return "".join(w.upper() if w in ACRO else w.capitalize() for w in words)
    if style == "dot":
        return ".".join(words)
    return "_".join(words)


NAME_KEYS = [["patient", "name"], ["pt", "name"], ["full", "name"], ["display", "name"],
             ["guarantor", "name"], ["subscriber", "name"], ["insured", "name"],
             ["emergency", "contact"], ["nok", "name"], ["legal", "name"], ["nombre", "completo"],
             ["nom", "patient"], ["patient"], ["member", "name"], ["resp", "party"],
             ["mother", "name"], ["spouse", "name"], ["beneficiary"], ["name"], ["pat", "nm"],
             ["caregiver"], ["policy", "holder"], ["authorized", "rep"], ["pt", "nm"]]
GIVEN_KEYS = [["given", "name"], ["first", "name"], ["fname"], ["given"], ["vorname"], ["nombre"],
              ["prenom"], ["first"], ["pt", "first"], ["guarantor", "first"]]
FAMILY_KEYS = [["family", "name"], ["last", "name"], ["lname"], ["surname"], ["nachname"],
               ["apellidos"], ["nom", "famille"], ["last"], ["pt", "last"], ["guarantor", "last"]]
KEYS = {
    "street": [["street"], ["address", "line1"], ["addr1"], ["street", "address"], ["home", "address"],
               ["res", "addr"], ["line1"], ["direccion"], ["strasse"], ["adresse"], ["mailing", "street"],
               ["addr", "ln1"], ["street1"], ["domicilio"]],
    "city": [["city"], ["town"], ["municipality"], ["ciudad"], ["ort"], ["ville"], ["res", "city"],
             ["home", "city"], ["cty"]],
    "county": [["county"], ["county", "name"], ["condado"], ["county", "of", "residence"]],
    "zip": [["zip"], ["zip", "code"], ["postal", "code"], ["postcode"], ["zip5"], ["plz"],
            ["codigo", "postal"], ["cp"], ["home", "zip"], ["zipcode"]],
    "dob": [["dob"], ["birth", "date"], ["date", "of", "birth"], ["birth", "dt"], ["fecha", "nacimiento"],
            ["geburtsdatum"], ["date", "naissance"], ["bday"], ["pt", "dob"], ["birthdate"], ["dt", "nasc"]],
    "admit": [["admit", "date"], ["admission", "dt"], ["adm", "date"], ["fecha", "ingreso"], ["admitted", "at"],
              ["aufnahme", "datum"]],
    "discharge": [["discharge", "date"], ["disch", "dt"], ["dc", "date"], ["fecha", "alta"], ["discharged", "on"]],
    "death": [["date", "of", "death"], ["deceased", "date"], ["dod"], ["death", "dt"], ["expired", "on"]],
    "service": [["service", "date"], ["dos"], ["svc", "dt"], ["date", "of", "service"], ["encounter", "date"],
                ["collected", "on"], ["procedure", "date"]],
    "appt": [["appt", "date"], ["appointment", "at"], ["scheduled", "for"], ["visit", "date"], ["termin"],
             ["next", "appt"], ["slot", "start"]],
    "age": [["age"], ["age", "years"], ["pt", "age"], ["edad"], ["alter"], ["age", "at", "visit"], ["age", "yrs"]],
    "phone": [["phone"], ["home", "phone"], ["mobile"], ["cell"], ["phone", "number"], ["tel"], ["contact", "phone"],
              ["telefono"], ["telefon"], ["msisdn"], ["primary", "phone"], ["guarantor", "phone"], ["ph"],
              ["sms", "to"], ["callback"], ["nok", "phone"]],
    "fax": [["fax"], ["fax", "number"], ["home", "fax"], ["fax", "no"], ["patient", "fax"], ["fax", "to"],
            ["telefax"], ["fax", "num"]],
    "email": [["email"], ["email", "address"], ["contact", "email"], ["correo"], ["e", "mail"],
              ["personal", "email"], ["login", "email"], ["mail"], ["notify", "email"], ["username"]],
    "ssn": [["ssn"], ["social", "security", "number"], ["ss", "num"], ["soc", "sec", "no"], ["tax", "id"],
            ["patient", "ssn"], ["ssn", "full"], ["guarantor", "ssn"], ["sub", "ssn"], ["national", "id", "us"], ["tin"]],
    "mrn": [["mrn"], ["medical", "record", "number"], ["med", "rec", "no"], ["chart", "number"], ["mrn", "id"],
            ["epic", "mrn"], ["pat", "mrn"], ["nhc"], ["hospital", "no"], ["emr", "id"], ["chart", "no"],
            ["cerner", "mrn"], ["pid3"], ["patient", "mrn"]],
    "health_plan": [["member", "id"], ["subscriber", "id"], ["mbi"], ["medicare", "id"], ["medicaid", "id"],
                    ["policy", "number"], ["ins", "member", "no"], ["beneficiary", "id"], ["plan", "member", "id"],
                    ["hicn"], ["payer", "member", "id"], ["sub", "id"], ["numero", "afiliado"], ["versichertennummer"]],
    "account": [["account", "number"], ["acct", "no"], ["patient", "account"], ["billing", "account"], ["har"],
                ["card", "number"], ["pan"], ["cc", "num"], ["bank", "account"], ["iban"], ["guarantor", "acct"],
                ["pt", "acct"], ["payment", "card"], ["fin"]],
    "license": [["drivers", "license"], ["dl", "number"], ["license", "no"], ["dea"], ["dea", "number"],
                ["state", "license"], ["lic", "num"], ["permis", "conduire"], ["fuehrerschein", "nr"], ["dl"],
                ["prescriber", "dea"], ["licencia"]],
    "vehicle": [["vin"], ["vehicle", "vin"], ["plate"], ["license", "plate"], ["plate", "no"], ["placa"],
                ["kennzeichen"], ["veh", "id"], ["auto", "vin"], ["tag", "number"]],
    "device": [["device", "serial"], ["implant", "sn"], ["serial", "number"], ["imei"], ["udi"], ["mac"],
               ["mac", "address"], ["pump", "serial"], ["cgm", "serial"], ["pacemaker", "sn"], ["hardware", "id"],
               ["device", "sn"], ["transmitter", "id"], ["icd", "serial"]],
    "url": [["profile", "url"], ["homepage"], ["social", "url"], ["portal", "link"], ["website"], ["facebook"],
            ["linkedin"], ["personal", "site"], ["fundraiser", "url"], ["pt", "url"]],
    "ip": [["client", "ip"], ["remote", "addr"], ["ip"], ["source", "ip"], ["login", "ip"], ["x", "forwarded", "for"],
           ["user", "ip"], ["last", "seen", "ip"], ["origin", "ip"], ["ip", "addr"]],
    "biometric": [["fingerprint", "template"], ["fp", "template"], ["voiceprint"], ["voice", "sig"], ["minutiae"],
                  ["iris", "code"], ["palm", "vein"], ["biometric", "data"], ["face", "embedding"], ["huella"],
                  ["fmr", "b64"], ["voice", "template"]],
    "photo": [["photo"], ["avatar"], ["face", "image"], ["headshot"], ["photo", "url"], ["id", "photo"],
              ["patient", "photo"], ["selfie"], ["foto"], ["portrait"], ["photo", "b64"], ["img", "data"]],
    "other_id": [["passport", "no"], ["passport"], ["national", "id"], ["curp"], ["cpf"], ["dni"], ["aadhaar"],
                 ["sin"], ["alien", "reg", "no"], ["bsn"], ["nin"], ["tribal", "id"], ["voter", "id"],
                 ["id", "card", "no"], ["green", "card"], ["state", "id"]],
}


def phi_fields(cat, p=None):
    """Return a list of F for one PHI category (may be more than one field)."""
    p = p or Person()
    if cat == "name":
        if chance(0.25):
            return [F(ch(GIVEN_KEYS), p.first, "name"), F(ch(FAMILY_KEYS), p.last, "name")]
        return [F(ch(NAME_KEYS), p.name(), "name")]
    if cat == "address":
        out = [F(ch(KEYS["street"]), p.street, "address")]
        if chance(0.6):
            out.append(F(ch(KEYS["city"]), p.city, "address"))
        if chance(0.15):
            out.append(F(ch(KEYS["county"]), p.county, "address"))
        if chance(0.5):
            out.append(F(ch([["state"], ["st"], ["region"]]), p.state))
        return out
    if cat == "zip":
        return [F(ch(KEYS["zip"]), p.zip, "zip")]
    if cat == "date":
        kind = ch(["dob", "dob", "dob", "admit", "discharge", "death", "service", "appt"])
        if kind == "dob":
            v = p.dob()
        elif kind in ("admit", "appt") and chance(0.4):
            v = svc_date(with_time=True)
        else:
            v = svc_date()
        return [F(ch(KEYS[kind]), v, "date")]
    if cat == "age":
        p.make_old()
        return [F(ch(KEYS["age"]), p.age(), "age", num=chance(0.7))]
    if cat == "email":
        return [F(ch(KEYS["email"]), p.email(), "email")]
    if cat == "url":
        return [F(ch(KEYS["url"]), url(p.first, p.last), "url")]
    if cat in PAIRS:
        keys, gen = ch(PAIRS[cat])
        return [F(ch(keys), gen(), cat)]
    return [F(ch(KEYS[cat]), GEN[cat](), cat)]


def _dl():
    return ch(["%s%s" % (letters(1), nzdigits(7)), "%s %s %s" % (nzdigits(3), digits(3), digits(3)),
               "%s%s-%s-%s-%s-%s" % (letters(1), digits(3), digits(3), digits(2), digits(3), digits(1)),
               nzdigits(8), "%s%s" % (letters(1), digits(12)), "WDL%s" % letters(9, UPPER + "0123456789")])


def _prof_lic():
    return ch(["RN%s" % nzdigits(6), "%s-%s" % (ch(["LPN", "RN", "PT", "MD"]), nzdigits(7)), "A%s" % nzdigits(5),
               "%s.%s" % (nzdigits(4), nzdigits(6))])


def _serial():
    return ch(["PJN%s%s" % (nzdigits(6), ch("HGS")), "SN%s" % nzdigits(9), "RNH%s" % nzdigits(6),
               "%s%s" % (letters(2), nzdigits(8)), "%s-%s-%s" % (letters(4, UPPER + "0123456789"), letters(4, UPPER + "0123456789"), digits(4)),
               "8%s" % letters(5, UPPER + "0123456789")])


def _photo_b64():
    return ch(["/9j/4AAQSkZJRgABAQ" + b64(R.randrange(45, 110)).rstrip("="),
               "iVBORw0KGgoAAAANSUhEUgAA" + b64(R.randrange(45, 100)),
               "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ" + b64(R.randrange(40, 80)).rstrip("=")])


def _photo_loc():
    return ch(["/var/lib/ehr/media/patient_photos/%s_face.jpg" % nzdigits(7),
               "C:\\EHR\\Photos\\%s.jpg" % nzdigits(8),
               "/mnt/uploads/intake/%s/headshot.png" % uuid4(),
               "fixtures/photos/pt_%s_%s.jpeg" % (ascii_fold(last()).lower().replace(" ", "").replace("'", ""), nzdigits(5)),
               "s3://ehr-prod-media/patients/%s/photo/%s.jpg" % (nzdigits(7), hexs(12)),
               "https://cdn.lakeshorecare.org/patient-photos/%s/%s.jpg" % (nzdigits(8), hexs(16))])


def _bank():
    return iban_de() if chance(0.4) else nzdigits(R.randrange(8, 13))


def _pt_acct():
    return ch(["PA%s" % nzdigits(8), "HAR %s" % ("7" + digits(9)), "%s" % nzdigits(10), "ACCT-%s" % nzdigits(9),
               "G%s" % nzdigits(7), "BA-%s-%s" % (digits(4), digits(6)), "FIN%s" % nzdigits(8)])


def _member():
    return ch(["%s%s" % (letters(3), nzdigits(9)), "W%s" % nzdigits(9), "ZGP%s" % digits(8), "%s%s01" % (letters(1), nzdigits(8)),
               "%s-%s" % (letters(3), nzdigits(8)), "%s%s" % (nzdigits(9), ch("AB")), "MCD%s" % digits(10)])


PAIRS = {
    "vehicle": [([["vin"], ["vehicle", "vin"], ["auto", "vin"], ["veh", "vin"]], vin),
                ([["plate"], ["license", "plate"], ["plate", "no"], ["placa"], ["kennzeichen"], ["tag", "number"]], plate)],
    "device": [([["imei"], ["device", "imei"], ["handset", "imei"]], imei),
               ([["mac"], ["mac", "address"], ["hw", "addr"], ["ble", "mac"]], mac),
               ([["udi"], ["device", "udi"], ["implant", "udi"]], udi),
               ([["device", "serial"], ["implant", "sn"], ["serial", "number"], ["pump", "serial"], ["cgm", "serial"],
                 ["pacemaker", "sn"], ["hardware", "id"], ["transmitter", "id"], ["icd", "serial"]], _serial)],
    "license": [([["drivers", "license"], ["dl", "number"], ["dl"], ["permis", "conduire"], ["fuehrerschein", "nr"],
                  ["licencia"], ["dl", "no"]], _dl),
                ([["dea"], ["dea", "number"], ["prescriber", "dea"], ["dea", "no"]], dea),
                ([["state", "license"], ["lic", "num"], ["license", "no"], ["nursing", "license"]], _prof_lic)],
    "health_plan": [([["mbi"], ["medicare", "id"], ["medicare", "mbi"], ["mbi", "number"]], mbi),
                    ([["member", "id"], ["subscriber", "id"], ["medicaid", "id"], ["policy", "number"], ["ins", "member", "no"],
                      ["beneficiary", "id"], ["plan", "member", "id"], ["payer", "member", "id"], ["sub", "id"],
                      ["numero", "afiliado"], ["versichertennummer"]], _member)],
    "account": [([["card", "number"], ["pan"], ["cc", "num"], ["payment", "card"], ["card", "no"]], card),
                ([["bank", "account"], ["iban"], ["acct", "no"], ["ach", "account"]], _bank),
                ([["patient", "account"], ["billing", "account"], ["har"], ["guarantor", "acct"], ["pt", "acct"], ["fin"],
                  ["account", "number"]], _pt_acct)],
    "photo": [([["photo"], ["avatar"], ["face", "image"], ["headshot"], ["selfie"], ["photo", "b64"], ["img", "data"], ["foto"]], _photo_b64),
              ([["photo", "url"], ["photo", "path"], ["avatar", "url"], ["portrait", "uri"], ["id", "photo"], ["patient", "photo"]], _photo_loc)],
    "other_id": [([["passport", "no"], ["passport"], ["passport", "number"]], lambda: ch([nzdigits(9), "%s%s" % (letters(1), nzdigits(8))])),
                 ([["curp"]], curp), ([["cpf"]], cpf), ([["dni"], ["nie", "dni"]], dni),
                 ([["aadhaar"]], lambda: "%s %s %s" % (str(R.randrange(2, 10)) + digits(3), digits(4), digits(4))),
                 ([["sin"], ["sin", "number"]], lambda: "%s %s %s" % (digits(3), digits(3), digits(3))),
                 ([["alien", "reg", "no"], ["a", "number"], ["green", "card"]], lambda: "A%s" % ("0" + nzdigits(8))),
                 ([["nin"], ["ni", "number"]], lambda: "%s%s%s" % (letters(2, "ABCEGHJKLMNPRSTWXYZ"), digits(6), ch("ABCD"))),
                 ([["national", "id"], ["id", "card", "no"], ["state", "id"], ["voter", "id"], ["tribal", "id"]],
                  lambda: ch(["L%s%s" % (letters(2), nzdigits(6)), nzdigits(10), "%s%s" % (letters(2), nzdigits(7))]))],
}


# ---------------------------------------------------------------- look-alikes (never PHI)
FACILITIES = [("St. Brigid Regional Medical Center", "2200 Lakeshore Pkwy", "Riverton", "WI", "53091", "(920) 555-0143"),
              ("Mercy Valley Hospital", "1 Medical Plaza Dr", "Sparks", "NV", "89431", "775-555-0190"),
              ("Lakeshore Community Health", "850 Harbor View Blvd", "Sandusky", "OH", "44870", "(419) 555-0112"),
              ("Piedmont Northside Clinic", "3100 Peachtree Industrial Blvd", "Duluth", "GA", "30097", "770.555.0166"),
              ("Cascade Pediatrics", "1401 NE 45th St, Suite 300", "Seattle", "WA", "98105", "206-555-0127")]
VENDORS = [("Northwind Clinical Supply Co.", "4400 Commerce Dr, Suite 200", "Brookfield", "WI", "53045", "1-800-555-0199"),
           ("Helix Lab Diagnostics LLC", "77 Innovation Way", "Durham", "NC", "27703", "(919) 555-0101"),
           ("Apex Claims Clearinghouse", "12 Corporate Park", "Irvine", "CA", "92606", "888-555-0134"),
           ("MedBridge Interfaces Inc.", "9000 Technology Pkwy, Bldg 4", "Austin", "TX", "78727", "(512) 555-0178"),
           ("Summit Courier Logistics", "600 Freight Ave", "Memphis", "TN", "38118", "901-555-0150")]
PRODUCTS = ["Mirth Connect 4.4.1", "Epic Bridges", "Cerner Millennium", "HAPI FHIR 7.2.0", "Rhapsody 6.5",
            "Azure Health Data Services", "Google Healthcare API v1", "Redox Engine", "Smile CDR 2024.05",
            "InterSystems IRIS for Health 2024.1", "OpenEMR 7.0.2", "Medplum 3.1.4", "Aidbox 2404"]
SVC_ACCTS = ["svc_ehr_etl", "svc-mirth-prod", "github-actions[bot]", "dependabot[bot]", "renovate[bot]",
             "ci-runner@build.acme-health.internal", "terraform-sa@acme-health-prod.iam.gserviceaccount.com",
             "etl-loader@claims-warehouse.iam.gserviceaccount.com", "jenkins", "airflow", "postgres",
             "app_readonly", "dbt_cloud_svc", "noreply@acme-health.io", "oncall-data@acme-health.io",
             "svc.fhir.sync", "ansible", "deploy-bot@lakeshorecare.org", "root", "ubuntu"]
HOSTS = ["pg-patients-ro-2.db.internal", "ehr-api-7f9c6d8b5-x2k4q", "mirth-01.int.lakeshorecare.org",
         "claims-etl-worker-3", "db-staging-01", "redis-sessions.cache.internal", "kafka-2.stream.svc.cluster.local",
         "fhir-gw.staging.acme-health.io", "localhost", "ip-10-42-7-19.ec2.internal", "vault.corp.acme-health.io",
         "etl-02.dc1", "jupyter-hub-0", "build-agent-14"]
PROJECTS = ["ehr-core", "claims-api", "intake-service", "fhir-bridge", "member-portal", "billing-recon",
            "phi-export", "consent-svc", "scheduling", "lab-results-ingest", "rx-router", "care-gaps"]
ICD = ["E11.9", "I10", "J44.1", "N18.3", "F32.A", "M54.50", "Z79.4", "K21.9", "E78.5", "R07.9", "C50.911", "Z00.00"]
CPT = ["99213", "99214", "93000", "80053", "85025", "36415", "71046", "G0439", "99497", "J1885"]


def npi():
    b = "1" + digits(8) if chance(0.5) else "2" + digits(8)
    return b + luhn_check("80840" + b)


def version():
    return "%d.%d.%d" % (R.randrange(0, 12), R.randrange(0, 30), R.randrange(0, 40))


def sha(n=40):
    return hexs(n)


def np_fields(n):
    out = []
    gens = [
        lambda: F(ch([["order", "id"], ["order", "no"], ["lab", "order", "id"]]), "ORD-%d-%s" % (R.randrange(2021, 2026), digits(7))),
        lambda: F(ch([["trace", "id"], ["traceparent"], ["otel", "trace", "id"]]), hexs(32)),
        lambda: F(ch([["span", "id"], ["parent", "span"]]), hexs(16)),
        lambda: F(ch([["request", "id"], ["correlation", "id"], ["idempotency", "key"], ["message", "id"]]), uuid4()),
        lambda: F(ch([["build"], ["build", "number"], ["run", "number"]]), str(R.randrange(100, 99999)), num=True),
        lambda: F(ch([["version"], ["schema", "version"], ["app", "version"], ["client", "version"]]), ch(["v", ""]) + version()),
        lambda: F(ch([["commit"], ["git", "sha"], ["revision"]]), sha(ch([7, 12, 40]))),
        lambda: F(ch([["checksum"], ["sha256"], ["content", "hash"], ["etag"]]), sha(64)),
        lambda: F(ch([["port"], ["db", "port"], ["listen", "port"]]), str(ch([5432, 6432, 8080, 8443, 9090, 27017, 6379, 50051, 3306, 1433])), num=True),
        lambda: F(ch([["host"], ["db", "host"], ["upstream"], ["node", "name"]]), ch(HOSTS)),
        lambda: F(ch([["peer", "ip"], ["pod", "ip"], ["db", "addr"], ["bind", "addr"]]), ip_priv()),
        lambda: F(ch([["duration", "ms"], ["elapsed", "ms"], ["latency", "ms"]]), "%d.%03d" % (R.randrange(0, 900), R.randrange(1000)), num=True),
        lambda: F(ch([["timeout"], ["ttl"], ["retry", "after"]]), "%d%s" % (R.randrange(1, 120), ch(["s", "ms", "m"]))),
        lambda: F(ch([["retries"], ["attempt"], ["max", "attempts"]]), str(R.randrange(0, 6)), num=True),
        lambda: F(ch([["updated", "by"], ["created", "by"], ["run", "as"], ["principal"], ["actor"], ["owner"]]), ch(SVC_ACCTS)),
        lambda: F(ch([["attending"], ["ordering", "provider"], ["rendering", "provider"], ["reviewed", "by"],
                      ["signed", "by"], ["pcp"], ["referring", "md"]]), clinician()),
        lambda: F(ch([["npi"], ["rendering", "npi"], ["billing", "npi"], ["attending", "npi"]]), npi()),
        lambda: F(ch([["facility"], ["location"], ["site", "name"]]), ch(FACILITIES)[0]),
        lambda: F(ch([["facility", "phone"], ["main", "line"], ["clinic", "phone"], ["support", "phone"]]),
                  ch(FACILITIES + VENDORS)[5]),
        lambda: F(ch([["vendor"], ["supplier"], ["clearinghouse"]]), ch(VENDORS)[0]),
        lambda: F(ch([["remit", "to"], ["vendor", "address"], ["facility", "address"]]),
                  (lambda f: "%s, %s, %s %s" % (f[1], f[2], f[3], f[4]))(ch(FACILITIES + VENDORS))),
        lambda: F(ch([["product"], ["engine"], ["integration"]]), ch(PRODUCTS)),
        lambda: F(ch([["icd10"], ["dx", "code"], ["diagnosis"]]), ch(ICD)),
        lambda: F(ch([["cpt"], ["proc", "code"], ["hcpcs"]]), ch(CPT)),
        lambda: F(ch([["ndc"], ["ndc", "code"]]), "%s-%s-%s" % (digits(5), digits(4), digits(2))),
        lambda: F(ch([["age"], ["age", "years"], ["pt", "age"]]), str(R.randrange(18, 90)), num=True),
        lambda: F(ch([["birth", "year"], ["cohort", "year"], ["yob"], ["plan", "year"]]), str(R.randrange(1930, 2024)), num=True),
        lambda: F(ch([["state"], ["state", "code"], ["region"]]), ch(["OH", "CA", "TX", "WI", "NY", "FL", "Oregon", "Texas", "Georgia"])),
        lambda: F(ch([["id"], ["pk"], ["row", "id"], ["seq"]]), str(R.randrange(1, 999999)), num=True),
        lambda: F(ch([["created", "at"], ["updated", "at"], ["ingested", "at"]]), log_ts("iso")),
        lambda: F(ch([["expires"], ["not", "after"], ["cert", "expiry"]]), "%d-%02d-%02dT00:00:00Z" % (R.randrange(2025, 2028), R.randrange(1, 13), R.randrange(1, 29))),
        lambda: F(ch([["invoice"], ["invoice", "no"], ["po", "number"]]), ch(["INV-", "PO-", "PO-2024-"]) + nzdigits(6)),
        lambda: F(ch([["tracking"], ["shipment", "id"]]), "1Z%s%s" % (letters(6, UPPER + "0123456789"), digits(10))),
        lambda: F(ch([["lot"], ["lot", "number"], ["batch"]]), "%s%s" % (digits(2), letters(1) + digits(3))),
        lambda: F(ch([["epoch"], ["ts", "ms"], ["sent", "at", "ms"]]), str(R.randrange(1700000000000, 1760000000000)), num=True),
        lambda: F(ch([["pid"], ["worker", "pid"]]), str(R.randrange(100, 65000)), num=True),
        lambda: F(ch([["status"], ["http", "status"]]), str(ch([200, 201, 400, 404, 409, 422, 500, 503])), num=True),
        lambda: F(ch([["env"], ["environment"], ["stage"]]), ch(["staging", "prod", "dev", "qa", "perf", "sandbox"])),
        lambda: F(ch([["encounter", "type"], ["visit", "class"], ["dept"]]), ch(["OUTPATIENT", "ED", "INPATIENT", "TELEHEALTH", "CARDIOLOGY", "ONCOLOGY"])),
        lambda: F(ch([["tenant"], ["org", "id"], ["customer"]]), ch(["org_", "tnt_", "acme-"]) + hexs(10)),
        lambda: F(ch([["image"], ["container", "image"]]), "ghcr.io/acme-health/%s:%s" % (ch(PROJECTS), version())),
        lambda: F(ch([["fixture"], ["dataset"], ["seed", "file"]]), "fixtures/%s_%s.json" % (ch(["synthetic", "anon", "masked", "demo"]), ch(["members", "claims", "encounters", "orders"]))),
        lambda: F(ch([["ssn", "mask"], ["masked", "ssn"]]), "***-**-" + ch(["XXXX", "****"])),
        lambda: F(ch([["phone", "pattern"], ["regex"]]), ch(["^\\+?1?\\d{10}$", "^\\d{3}-\\d{2}-\\d{4}$", "^[0-9]{5}(-[0-9]{4})?$", "^MRN\\d{8}$"])),
        lambda: F(ch([["amount"], ["billed", "amount"], ["copay"]]), "%d.%02d" % (R.randrange(0, 5000), R.randrange(100)), num=True),
    ]
    for _ in range(n):
        out.append(ch(gens)())
    return out


CAT_COUNT = Counter()


def pick_cats(k, pool=None):
    pool = list(pool or CATS)
    out = []
    for _ in range(min(k, len(pool))):
        w = [1.0 / (1 + CAT_COUNT[c]) ** 2 for c in pool]
        t = R.random() * sum(w)
        acc = 0.0
        for i, c in enumerate(pool):
            acc += w[i]
            if t <= acc:
                break
        out.append(pool.pop(i))
    if "age" in out:
        out.remove("age")
        out.insert(0, "age")
    return out


def mix(phi_cats, n_np, p=None):
    """PHI fields for phi_cats (shared person) interleaved with n_np look-alike fields."""
    p = p or Person()
    groups = [phi_fields(c, p) for c in phi_cats]
    R.shuffle(groups)
    fs = [f for g in groups for f in g]
    nps = np_fields(n_np)
    for f in nps:
        fs.insert(R.randrange(len(fs) + 1), f)
    return fs


# ---------------------------------------------------------------- rendering
def esc_json(v):
    return json.dumps(v, ensure_ascii=False)[1:-1]


def esc_json2(v):
    return esc_json(esc_json(v))


def pyq(v):
    if "'" in v and '"' not in v:
        return '"', v.replace("\\", "\\\\")
    return "'", v.replace("\\", "\\\\").replace("'", "\\'")


SYN = {
    "py": dict(kq="'", eq=": ", sq="py", o="{", c="}", sep=", ", ks="snake"),
    "json": dict(kq='"', eq=":", sq='"', o="{", c="}", sep=",", ks="camel", esc=esc_json),
    "json_sp": dict(kq='"', eq=": ", sq='"', o="{", c="}", sep=", ", ks="snake", esc=esc_json),
    "jsonq": dict(kq='\\"', eq=":", sq='\\"', o="{", c="}", sep=",", ks="camel", esc=esc_json2),
    "js": dict(kq="", eq=": ", sq="py", o="{ ", c=" }", sep=", ", ks="camel"),
    "go_plus": dict(kq="", eq=":", sq="", o="{", c="}", sep=" ", ks="go"),
    "go_lit": dict(kq="", eq=": ", sq='"', o="{", c="}", sep=", ", ks="go", esc=esc_json),
    "rust": dict(kq="", eq=": ", sq='"', o=" { ", c=" }", sep=", ", ks="snake", esc=esc_json),
    "kotlin": dict(kq="", eq="=", sq="", o="(", c=")", sep=", ", ks="camel"),
    "java": dict(kq="", eq="=", sq="'", o="{", c="}", sep=", ", ks="camel"),
    "proto": dict(kq="", eq=": ", sq='"', o="", c="", sep=" ", ks="snake", esc=esc_json),
    "ruby": dict(kq='"', eq="=>", sq='"', o="{", c="}", sep=", ", ks="snake", esc=esc_json),
    "ruby_sym": dict(kq="", eq=": ", sq='"', o="{", c="}", sep=", ", ks="snake", esc=esc_json),
    "php": dict(kq="'", eq=" => ", sq="'", o="array (", c=")", sep=", ", ks="snake",
                esc=lambda v: v.replace("\\", "\\\\").replace("'", "\\'")),
    "cs": dict(kq="", eq=" = ", sq="", o=" { ", c=" }", sep=", ", ks="pascal"),
    "yaml": dict(kq="", eq=": ", sq="", o="{", c="}", sep=", ", ks="snake"),
    "sqlvals": dict(kq=None, eq="", sq="'", o="(", c=")", sep=", ", ks="snake",
                    esc=lambda v: v.replace("'", "''")),
    "jsonarr": dict(kq=None, eq="", sq='"', o="[", c="]", sep=",", ks="snake", esc=esc_json),
    "pydc": dict(kq="", eq="=", sq="py", o="(", c=")", sep=", ", ks="snake"),
    "pyargs": dict(kq=None, eq="", sq="py", o="(", c=")", sep=", ", ks="snake"),
}


def val_parts(f, syn):
    s = SYN[syn]
    if f.num:
        return [(f.v, f.cat) if f.cat else f.v]
    if s["sq"] == "py":
        q, inner = pyq(f.v)
    else:
        q = s["sq"]
        inner = s.get("esc", lambda v: v)(f.v)
    return [q, (inner, f.cat) if f.cat else inner, q]


def render(fields, syn, name="", ks=None, sep=None, wrap=True):
    s = SYN[syn]
    ks = ks or (s["ks"] if chance(0.8) or syn.startswith("go") else ch(["snake", "camel", "pascal", "flat", "upper"]))
    parts = []
    if wrap:
        parts.append(name + s["o"])
    for i, f in enumerate(fields):
        if i:
            parts.append(sep if sep is not None else s["sep"])
        if s["kq"] is not None:
            parts.append(s["kq"] + kstyle(f.k, ks) + s["kq"] + s["eq"])
        parts.extend(val_parts(f, syn))
    if wrap:
        parts.append(s["c"])
    return parts


def kname(f, ks):
    return kstyle(f.k, ks)


# ---------------------------------------------------------------- line assembly and checks
def flat(parts):
    for p in parts:
        if isinstance(p, list):
            yield from flat(p)
        else:
            yield p


def build(parts):
    line = b""
    spans = []
    for p in flat(parts):
        if isinstance(p, tuple):
            v, cat = p
            if cat is None:
                line += v.encode("utf-8")
                continue
            b = v.encode("utf-8")
            spans.append({"s": len(line), "e": len(line) + len(b), "cat": cat, "_v": v})
            line += b
        else:
            line += p.encode("utf-8")
    return line, spans


def _isalnum(b):
    return 48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or b >= 128


def check(lineno, fam, phi, line, spans):
    assert b"\n" not in line and b"\r" not in line, (lineno, "newline in line")
    line.decode("utf-8")
    if not phi:
        assert not spans, (lineno, fam, "no-PHI line has spans")
    else:
        assert spans, (lineno, fam, "PHI line without spans")
    prev_e = -1
    for sp in sorted(spans, key=lambda x: x["s"]):
        v = sp["_v"]
        assert sp["cat"] in CATS, (lineno, sp)
        assert line[sp["s"]:sp["e"]] == v.encode("utf-8"), (lineno, sp)
        assert v == v.strip() and v, (lineno, "surrounding space", v)
        assert sp["s"] >= prev_e, (lineno, fam, "overlap", sp)
        prev_e = sp["e"]
    # every token-bounded repeat of a labeled value must itself be labeled
    for sp in spans:
        vb = sp["_v"].encode("utf-8")
        if len(vb) < 4:
            continue
        i = line.find(vb)
        while i != -1:
            j = i + len(vb)
            bounded = (i == 0 or not _isalnum(line[i - 1])) and (j >= len(line) or not _isalnum(line[j]))
            if bounded:
                assert any(o["s"] <= i and j <= o["e"] for o in spans), (lineno, fam, "unlabeled repeat", sp["_v"], line)
            i = line.find(vb, i + 1)


FAMILIES = []


def family(name):
    def deco(fn):
        FAMILIES.append((name, fn))
        return fn
    return deco


def prefix():
    k = R.randrange(10)
    if k < 4:
        return ""
    if k == 4:
        return log_ts("gh") + " "
    if k == 5:
        return log_ts("sp") + " "
    if k == 6:
        return "%s-%d  | " % (ch(["api", "worker", "tests", "web", "migrate", "seed"]), R.randrange(1, 4))
    if k == 7:
        return "[%s] " % ch(["Pipeline", "test", "ci", "build", "unit-tests", "integration"])
    if k == 8:
        return log_ts("iso") + " " + ch(["stdout F ", "stderr F ", "INFO ", "ERROR "])
    return "%s " % log_ts("bracket")


def main():
    n_clean = round(N_LINES * NO_PHI_FRACTION)
    plan = [False] * n_clean + [True] * (N_LINES - n_clean)
    R.shuffle(plan)
    fam_cycle = []
    out_log, out_lab = [], []
    fam_count = Counter()
    span_count = Counter()
    for idx, phi in enumerate(plan, 1):
        if not fam_cycle:
            fam_cycle = list(range(len(FAMILIES)))
            R.shuffle(fam_cycle)
        fname, fn = FAMILIES[fam_cycle.pop()]
        parts = fn(phi)
        line, spans = build([prefix(), parts])
        check(idx, fname, phi, line, spans)
        for sp in spans:
            CAT_COUNT[sp["cat"]] += 0  # counts are updated in pick/use below
            span_count[sp["cat"]] += 1
        fam_count[fname] += 1
        out_log.append(line)
        out_lab.append(json.dumps({"line": idx, "family": fname,
                                   "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]}
                                             for s in sorted(spans, key=lambda x: x["s"])]},
                                  ensure_ascii=False))
        CAT_COUNT.clear()
        CAT_COUNT.update(span_count)
    with open(os.path.join(HERE, "r.log"), "wb") as fh:
        fh.write(b"\n".join(out_log) + b"\n")
    with open(os.path.join(HERE, "r.labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out_lab) + "\n")
    n_phi = sum(plan)
    print("lines: %d  lines_with_phi: %d  no_phi: %d" % (len(plan), n_phi, len(plan) - n_phi))
    print("spans: %d" % sum(span_count.values()))
    for c in CATS:
        print("  %-12s %d" % (c, span_count[c]))
    missing = [c for c in CATS if span_count[c] < 8]
    assert not missing, ("categories under 8", missing)
    if "-v" in sys.argv:
        for f, n in sorted(fam_count.items()):
            print("  family %-22s %d" % (f, n))


# ================================================================ families: helpers
def sepc():
    return ch([" | ", " | ", "\\n", " \u23ce "])


def joinp(sep, items):
    out = []
    for i, it in enumerate(items):
        if i:
            out.append(sep)
        out.append(it)
    return out


def pv(v, cat):
    return (v, cat)


def mutate(f):
    v = f.v
    if f.cat == "age":
        nv = str(int(v) + 1)
    elif f.num and v.isdigit():
        nv = str(int(v) - 1 if int(v) > 0 else 1)
    elif f.num:
        nv = v[:-1] + str((int(v[-1]) + 1) % 10)
    elif f.cat == "date" and len(v) == 10 and v[4] == "-":
        nv = "%s/%s/%s" % (v[5:7], v[8:10], v[:4])
    elif f.cat == "zip" and len(v) == 5:
        nv = v + "-" + digits(4)
    elif f.cat == "ip" and "." in v:
        nv = "::ffff:" + v
    elif f.cat == "url":
        nv = v.replace("https://", "http://") if chance(0.5) else v + "/"
    elif f.cat == "name" and " " in v and "," not in v:
        a, b = v.split(" ", 1)
        nv = ch(["%s, %s" % (b, a), v.upper()])
    elif "-" in v and len(v) < 40:
        nv = v.replace("-", "")
    elif any(c.islower() for c in v) and len(v) < 40:
        nv = v.upper()
    elif v.isdigit() and v.startswith("0"):
        nv = v.lstrip("0")
    elif " " in v:
        nv = v.replace(" ", "")
    elif len(v) > 6:
        nv = v[:-2]
    else:
        nv = v + "0"
    return F(f.k, nv, f.cat, f.num)


def vary(fields):
    """Copy of fields with one field changed (prefers a PHI field)."""
    idx = [i for i, f in enumerate(fields) if f.cat] or list(range(len(fields)))
    i = ch(idx)
    out = list(fields)
    out[i] = mutate(fields[i])
    return out, i


def test_path(lang):
    proj = ch(PROJECTS).replace("-", "_")
    if lang == "py":
        return "tests/%s/test_%s.py" % (ch(["unit", "integration", "e2e", "contract"]),
                                        ch(["intake", "eligibility", "normalize", "claims_837", "adt_parser",
                                            "member_sync", "consent", "demographics", "billing", "mpi_match"]))
    if lang == "js":
        return "src/%s/__tests__/%s.test.%s" % (ch(["lib", "features/patient", "api", "components/PatientBanner", "utils"]),
                                               ch(["formatPatient", "normalizeMember", "intakeForm", "demographics",
                                                   "insuranceCard", "guarantor", "addressBlock"]), ch(["ts", "tsx", "js"]))
    return proj


PY_TYPES = ["Patient", "PatientRecord", "Member", "Subscriber", "Guarantor", "IntakeForm", "Demographics",
            "EligibilityRequest", "ClaimHeader", "NextOfKin", "MpiCandidate", "Encounter", "ConsentRecord"]
CFG_TYPES = ["Settings", "RetryPolicy", "DbConfig", "BatchJob", "ExportConfig", "KafkaOpts", "FeatureFlags"]


# ================================================================ Python: pytest and friends
@family("pytest_assert_dict")
def f_pytest_dict(phi):
    sep = sepc()
    if phi:
        fs = mix(pick_cats(R.randint(1, 3)), R.randint(0, 2))
    else:
        fs = np_fields(R.randint(2, 5))
    fs2, i = vary(fs)
    syn = ch(["py", "py", "json_sp"]) if False else "py"
    ks = "snake" if chance(0.8) else "camel"
    a = render(fs, syn, ks=ks)
    b = render(fs2, syn, ks=ks)
    lines = ["E       AssertionError: assert ", a, " == ", b]
    tail = []
    if len(fs) > 1:
        tail.append("E         Omitting %d identical items, use -vv to show" % (len(fs) - 1))
    tail.append("E         Differing items:")
    tail.append(["E         ", render([fs[i]], syn, ks=ks), " != ", render([fs2[i]], syn, ks=ks)])
    tail.append("E         Use -v to get more diff")
    head = "%s:%d: in %s" % (test_path("py"), R.randrange(20, 400), ch(["test_roundtrip", "test_normalize_record",
                                                                       "test_merge_demographics", "test_parse_segment",
                                                                       "test_load_config", "test_defaults"]))
    return joinp(sep, [head, lines] + tail)


@family("pytest_short_summary")
def f_pytest_summary(phi):
    path = test_path("py")
    if phi:
        p = Person()
        cats = pick_cats(R.randint(1, 2), ["name", "date", "ssn", "mrn", "health_plan", "zip", "phone", "email",
                                           "account", "other_id", "license", "vehicle", "age"])
        vals = []
        for c in cats:
            for f in phi_fields(c, p):
                vals.append(f)
        test = ch(["test_member_lookup", "test_eligibility_270", "test_mpi_match", "test_dedupe_candidates",
                   "test_export_row", "test_format_banner", "test_prior_auth_payload"])
        ids = joinp("-", [pv(f.v, f.cat) for f in vals])
        f0 = vals[0]
        q, inner = pyq(f0.v)
        msg = ch([
            ["AssertionError: no match for ", q, pv(inner, f0.cat), q],
            ["KeyError: ", q, pv(inner, f0.cat), q],
            ["assert None is not None"],
            ["AssertionError: expected 1 candidate, got %d" % R.randrange(2, 6)],
            ["ValueError: unparseable ", kstyle(f0.k, "snake"), "=", q, pv(inner, f0.cat), q],
        ])
        return [ch(["FAILED ", "FAILED ", "ERROR "]), path, "::", test, "[", ids, "] - ", msg]
    test = ch(["test_backoff", "test_parse_duration", "test_pool_size", "test_ssn_mask_format", "test_validate_zip_regex",
               "test_phone_normalizer_rejects_garbage", "test_mrn_checksum_invalid", "test_retry_budget"])
    pid = ch(["%d-%ss" % (R.randrange(1, 9), R.randrange(1, 30)), "v%s" % version(), "case%d" % R.randrange(1, 40),
              "%s-%s" % (ch(["pg15", "pg16", "sqlite"]), ch(["sync", "async"])), "***-**-****", "empty-string",
              "%s" % uuid4()[:8], "port%d" % ch([5432, 6432, 8080])])
    msg = ch(["assert %d == %d" % (R.randrange(0, 9), R.randrange(10, 99)),
              "AssertionError: expected ValueError to be raised",
              "TimeoutError: pool exhausted after %ss" % R.randrange(1, 60),
              "sqlalchemy.exc.OperationalError: (psycopg.OperationalError) connection to server at \"%s\" (%s), port %d failed" % (ch(HOSTS), ip_priv(), ch([5432, 6432])),
              "Failed: DID NOT RAISE <class 'ValueError'>",
              "assert 'v%s' == 'v%s'" % (version(), version())])
    tail = ch(["", " | ==== %d failed, %d passed, %d skipped, %d warnings in %d.%02ds ====" % (
        R.randrange(1, 5), R.randrange(50, 900), R.randrange(0, 20), R.randrange(0, 40), R.randrange(3, 300), R.randrange(100))])
    return [ch(["FAILED ", "FAILED ", "ERROR "]), path, "::", test, "[", pid, "] - ", msg, tail]


@family("pytest_dataclass_repr")
def f_pytest_dc(phi):
    sep = sepc()
    if phi:
        fs = [F(["id"], str(R.randrange(1, 99999)), num=True)] + mix(pick_cats(R.randint(1, 3)), R.randint(0, 2))
        t = ch(PY_TYPES)
    else:
        fs = np_fields(R.randint(2, 5))
        t = ch(CFG_TYPES)
    fs2, i = vary(fs)
    ks = ch(["snake", "snake", "snake", "camel"])
    a = render(fs, "pydc", name=t, ks=ks)
    b = render(fs2, "pydc", name=t, ks=ks)
    fn = ch(["normalize", "from_hl7", "from_fhir", "merge", "parse_row", "load"])
    return joinp(sep, [
        "    def %s():" % ch(["test_maps_all_fields", "test_idempotent_merge", "test_from_row", "test_roundtrip"]),
        [">       assert ", fn, "(raw) == expected"],
        ["E       AssertionError: assert ", a, " == ", b],
        ["E        +  where ", a, " = <function ", fn, " at 0x7f%s>(raw)" % hexs(10)],
        "%s:%d: AssertionError" % (test_path("py"), R.randrange(10, 500)),
    ])


@family("pytest_captured_log")
def f_pytest_caplog(phi):
    sep = sepc()
    mod = ch(["intake.normalize", "eligibility.client", "mpi.matcher", "claims.x12", "adt.consumer", "consent.sync"])
    head = "------------------------------ Captured log call -------------------------------"
    recs = []
    for _ in range(R.randint(1, 3)):
        lvl = ch(["WARNING ", "ERROR   ", "INFO    ", "DEBUG   "])
        src = "%s:%s.py:%d" % (mod, mod.split(".")[-1], R.randrange(20, 600))
        recs.append([lvl, src, " "])
    if phi:
        p = Person()
        msgs = []
        for r in recs:
            c = pick_cats(1)[0]
            f = phi_fields(c, p)[0]
            q, inner = pyq(f.v)
            t = R.randrange(6)
            if t == 0:
                m = ["dropping invalid %s " % kstyle(f.k, "snake").replace("_", " "), q, pv(inner, f.cat), q,
                     " for record %d" % R.randrange(1, 99999)]
            elif t == 1:
                m = ["normalized ", kstyle(f.k, "snake"), "=", pv(f.v, f.cat)]
            elif t == 2:
                m = ["match score 0.%02d below threshold for " % R.randrange(10, 80), pv(p.name(), "name"),
                     " (", kstyle(f.k, "snake"), " ", pv(f.v, f.cat), ")"] if f.cat != "name" else \
                    ["match score 0.%02d below threshold for " % R.randrange(10, 80), pv(f.v, "name")]
            elif t == 3:
                m = ["upstream rejected payload: ", render([f] + np_fields(1), "json")]
            elif t == 4:
                m = ["retrying lookup (attempt %d/3) %s=" % (R.randrange(1, 4), kstyle(f.k, "snake")), pv(f.v, f.cat)]
            else:
                m = ["Unmapped value ", q, pv(inner, f.cat), q, " for ", kstyle(f.k, "snake"), " in segment ",
                     ch(["PID", "IN1", "NK1", "GT1", "PV1"]), "-%d" % R.randrange(2, 20)]
            msgs.append(r + m)
    else:
        msgs = []
        for r in recs:
            f = np_fields(1)[0]
            m = ch([
                ["retrying after ", str(R.randrange(1, 9)), "s (attempt %d/3) host=%s" % (R.randrange(1, 4), ch(HOSTS))],
                ["loaded %d rows from %s in %d.%03ds" % (R.randrange(1, 99999), np_fields(1)[0].v if False else ch(["members_stg", "claims_raw", "adt_events"]), R.randrange(0, 60), R.randrange(1000))],
                ["config ", kstyle(f.k, "snake"), "=", f.v],
                ["connection pool exhausted (size=%d, overflow=%d)" % (R.randrange(5, 50), R.randrange(0, 10))],
                ["skipping ", str(R.randrange(1, 400)), " rows with null encounter_type (batch ", hexs(8), ")"],
                ["attending ", clinician(), " NPI ", npi(), " not in roster for ", ch(FACILITIES)[0]],
            ])
            msgs.append(r + m)
    return joinp(sep, [head] + msgs)


@family("pydantic_validation")
def f_pydantic(phi):
    sep = sepc()
    errs = []
    if phi:
        t = ch(PY_TYPES)
        p = Person()
        cats = pick_cats(R.randint(1, 3))
        for c in cats:
            f = phi_fields(c, p)[0]
            loc = ch(["", "subscriber.", "patient.", "guarantor.", "body.", "0."]) + kstyle(f.k, "snake")
            if f.num:
                msg = "Input should be less than or equal to 89 [type=less_than_equal, input_value="
                iv = [pv(f.v, f.cat), ", input_type=int]"]
            else:
                q, inner = pyq(f.v)
                if f.cat == "date":
                    msg = "Input should be a valid date or datetime, invalid character in year [type=date_from_datetime_parsing, input_value="
                elif f.cat == "email":
                    msg = "Value error, value is not a valid email address: The domain name %s does not accept email. [type=value_error, input_value=" % f.v.split("@")[-1]
                else:
                    msg = ch(["String should match pattern '%s' [type=string_pattern_mismatch, input_value=" % ch(["^[A-Z0-9]{9,12}$", "^\\d{3}-\\d{2}-\\d{4}$", "^\\d{5}$", "^[A-Z]{2}\\d{7}$"]),
                              "String should have at most %d characters [type=string_too_long, input_value=" % R.randrange(8, 16),
                              "Value error, %s failed checksum [type=value_error, input_value=" % kstyle(f.k, "snake"),
                              "Extra inputs are not permitted [type=extra_forbidden, input_value="])
                iv = [q, pv(inner, f.cat), q, ", input_type=str]"]
            errs.append([loc, sep, "  ", msg, iv])
    else:
        t = ch(CFG_TYPES)
        for f in np_fields(R.randint(1, 3)):
            loc = kstyle(f.k, ch(["snake", "upper"]))
            q, inner = pyq(f.v)
            msg = ch(["Input should be a valid integer, unable to parse string as an integer [type=int_parsing, input_value=",
                      "Input should be 'staging', 'prod' or 'dev' [type=enum, input_value=",
                      "Field required [type=missing, input_value=",
                      "URL scheme should be 'postgresql' [type=url_scheme, input_value="])
            errs.append([loc, sep, "  ", msg, q, inner, q, ", input_type=str]"])
    n = len(errs)
    out = ["pydantic_core._pydantic_core.ValidationError: %d validation error%s for %s" % (n, "s" if n > 1 else "", t)]
    for e in errs:
        out.append(e)
        tp = "".join(x for x in flat(e) if isinstance(x, str)).split("[type=")[-1].split(",")[0]
        out.append("    For further information visit https://errors.pydantic.dev/2.%d/v/%s" % (R.randrange(4, 10), tp))
    return joinp(sep, out)


@family("jsonschema_py")
def f_jsonschema(phi):
    sep = sepc()
    if phi:
        c = pick_cats(1)[0]
        f = phi_fields(c)[0]
        path = [ch(["subscriber", "patient", "member", "guarantor", "insured"]), kstyle(f.k, "camel" if chance(0.5) else "snake")]
        if f.num:
            v1 = [pv(f.v, f.cat)]
            msg = [v1, " is greater than the maximum of 89"]
            inst = v1
            schema = "{'type': 'integer', 'minimum': 0, 'maximum': 89}"
            kw = "maximum"
        else:
            q, inner = pyq(f.v)
            val = [q, pv(inner, f.cat), q]
            kw = ch(["pattern", "format", "maxLength"])
            if kw == "pattern":
                pat = ch(["^\\\\d{3}-\\\\d{2}-\\\\d{4}$", "^[A-Z]{3}\\\\d{9}$", "^\\\\+1\\\\d{10}$", "^E\\\\d{7}$"])
                msg = [val, " does not match '%s'" % pat]
                schema = "{'type': 'string', 'pattern': '%s'}" % pat
            elif kw == "format":
                fmt = ch(["date", "email", "ipv4", "uri", "date-time"])
                msg = [val, " is not a '%s'" % fmt]
                schema = "{'type': 'string', 'format': '%s'}" % fmt
            else:
                msg = [val, " is too long"]
                schema = "{'type': 'string', 'maxLength': %d}" % R.randrange(6, 12)
            inst = val
    else:
        f = np_fields(1)[0]
        path = [ch(["retry", "export", "batch", "kafka", "options"]), kstyle(f.k, "camel")]
        kw = ch(["enum", "type", "additionalProperties", "minimum"])
        q, inner = pyq(f.v)
        if kw == "enum":
            msg = [q, inner, q, " is not one of ['low', 'normal', 'high']"]
            schema = "{'enum': ['low', 'normal', 'high']}"
        elif kw == "type":
            msg = [q, inner, q, " is not of type 'integer'"]
            schema = "{'type': 'integer'}"
        elif kw == "minimum":
            msg = ["-%d is less than the minimum of 0" % R.randrange(1, 50)]
            schema = "{'type': 'integer', 'minimum': 0}"
        else:
            msg = ["Additional properties are not allowed ('%s' was unexpected)" % kstyle(f.k, "camel")]
            schema = "{'additionalProperties': False}"
        inst = [q, inner, q] if kw != "minimum" and kw != "additionalProperties" else ["{...}"]
    sch = "".join("['properties']['%s']" % p for p in path)
    ins = "".join("['%s']" % p for p in path)
    return joinp(sep, [["jsonschema.exceptions.ValidationError: ", msg], "",
                       "Failed validating '%s' in schema%s:" % (kw, sch), "    " + schema, "",
                       "On instance%s:" % ins, ["    ", inst]])


# ================================================================ JavaScript / TypeScript
JS_SUITES = ["PatientBanner", "formatPatient", "normalizeMember", "IntakeForm", "InsuranceCard", "GuarantorBlock",
             "useDemographics", "AddressAutocomplete", "ConsentModal", "eligibilityClient", "toFhirPatient"]
JS_CASES = ["renders demographics", "formats guarantor", "maps subscriber fields", "masks sensitive fields",
            "serializes payload", "pre-fills the form", "handles missing address", "matches snapshot"]


def jest_obj_lines(fields, diff_i=None, fields2=None, indent="  "):
    """Jest/pretty-format object lines; diff_i marks the changed key."""
    out = []
    for i, f in enumerate(fields):
        k = kstyle(f.k, "camel")
        if i == diff_i:
            out.append(["-", indent[1:], indent, '"%s": ' % k, val_parts(f, "json"), ","])
            out.append(["+", indent[1:], indent, '"%s": ' % k, val_parts(fields2[i], "json"), ","])
        else:
            out.append([" ", indent[1:], indent, '"%s": ' % k, val_parts(f, "json"), ","])
    return out


@family("jest_snapshot")
def f_jest_snapshot(phi):
    sep = sepc()
    suite, case = ch(JS_SUITES), ch(JS_CASES)
    if phi:
        fs = mix(pick_cats(R.randint(1, 3)), R.randint(0, 2))
    else:
        fs = np_fields(R.randint(2, 4))
    fs2, i = vary(fs)
    head = [" \u203a 1 snapshot failed.", " \u25cf %s \u203a %s" % (suite, case), "",
            "    expect(received).toMatchSnapshot()", "",
            "    Snapshot name: `%s %s 1`" % (suite, case), "",
            "    - Snapshot  - 1", "    + Received  + 1", ""]
    if chance(0.35) and phi:
        f, g = fs[i], fs2[i]
        tag = ch(["span", "div", "td", "dd"])
        tid = kstyle(f.k, "kebab")
        body = ["      <%s" % tag, '        data-testid="%s"' % tid, "      >",
                ["    -   ", val_parts(f, "yaml")], ["    +   ", val_parts(g, "yaml")], "      </%s>" % tag]
    else:
        body = ["      %s{" % ch(["Object ", ""])] + [["    ", l] for l in jest_obj_lines(fs, i, fs2)] + ["      }"]
    foot = ["", "      at Object.<anonymous> (%s:%d:%d)" % (test_path("js"), R.randrange(10, 200), R.randrange(5, 40))]
    return joinp(sep, head + body + foot)


@family("jest_expect")
def f_jest_expect(phi):
    sep = sepc()
    suite, case = ch(JS_SUITES), ch(JS_CASES)
    head = " \u25cf %s \u203a %s" % (suite, case)
    kind = R.randrange(3)
    if phi:
        fs = mix(pick_cats(R.randint(1, 2)), R.randint(0, 2))
    else:
        fs = np_fields(R.randint(2, 4))
    fs2, i = vary(fs)
    if kind == 0:
        f, g = fs[i], fs2[i]
        body = ["    expect(received).toBe(expected) // Object.is equality", "",
                ["    Expected: ", val_parts(g, "json")], ["    Received: ", val_parts(f, "json")]]
    elif kind == 1:
        body = ["    expect(received).toEqual(expected) // deep equality", "",
                "    - Expected  - 1", "    + Received  + 1", "", "      Object {"]
        body += [["    ", l] for l in jest_obj_lines(fs2, i, fs)] + ["      }"]
    else:
        f = fs[i]
        fn = ch(["mockFetch", "sendToEligibility", "auditLogger.info", "api.post", "trackEvent"])
        body = ["    expect(jest.fn()).toHaveBeenCalledWith(...expected)", "",
                ["    Expected: ", '"/members", ' if fn == "api.post" else "", "ObjectContaining ", "{", '"%s": ' % kstyle(f.k, "camel"),
                 val_parts(fs2[i], "json"), "}"],
                ["    Received: ", '"/members", ' if fn == "api.post" else "", render(fs, "json_sp", ks="camel")], "",
                "    Number of calls: 1"]
    foot = ["", "      %d |     const result = %s(fixture);" % (R.randrange(10, 90), ch(["format", "normalize", "render", "map"])),
            "    > %d |     expect(result).%s" % (R.randrange(10, 90), ch(["toBe(expected);", "toEqual(expected);", "toMatchObject(expected);"]))]
    return joinp(sep, [head, ""] + body + foot)


@family("vitest_assertion")
def f_vitest(phi):
    sep = sepc()
    path = test_path("js")
    head = " FAIL  %s > %s > %s" % (path, ch(JS_SUITES), ch(JS_CASES))
    if phi:
        fs = mix(pick_cats(R.randint(1, 2)), R.randint(0, 1))
    else:
        fs = np_fields(R.randint(2, 3))
    fs2, i = vary(fs)
    f, g = fs[i], fs2[i]
    if chance(0.5):
        body = [["AssertionError: expected ", val_parts(f, "js"), " to be ", val_parts(g, "js"), " // Object.is equality"],
                "", "- Expected", "+ Received", "", ["- ", val_parts(g, "yaml")], ["+ ", val_parts(f, "yaml")]]
    else:
        a = render(fs[:2], "js", ks="camel") if len(fs) <= 2 else [render(fs[:2], "js", ks="camel")[:-1], ", \u2026(%d) }" % (len(fs) - 2)]
        body = [["AssertionError: expected ", a, " to deeply equal { \u2026(%d) }" % len(fs)], "",
                "- Expected", "+ Received", "", "  {"]
        for j, x in enumerate(fs):
            k = kstyle(x.k, "camel")
            if j == i:
                body.append(['-   "%s": ' % k, val_parts(g, "json"), ","])
                body.append(['+   "%s": ' % k, val_parts(f, "json"), ","])
            else:
                body.append(['    "%s": ' % k, val_parts(x, "json"), ","])
        body.append("  }")
    foot = [" \u276f %s:%d:%d" % (path, R.randrange(5, 120), R.randrange(5, 40))]
    return joinp(sep, [head] + body + foot)


@family("e2e_playwright_cypress")
def f_e2e(phi):
    sep = sepc()
    if phi:
        f = phi_fields(pick_cats(1)[0])[0]
    else:
        f = np_fields(1)[0]
    g = mutate(f)
    tid = kstyle(f.k, "kebab")
    if chance(0.55):
        to = ch([5000, 10000, 15000])
        body = ["Error: Timed out %dms waiting for expect(locator).%s(expected)" % (to, ch(["toHaveText", "toHaveValue", "toContainText"])),
                "", "Locator: getByTestId('%s')" % tid,
                ["Expected string: ", val_parts(g, "json")], ["Received string: ", val_parts(f, "json")],
                "Call log:", "  - expect.toHaveText with timeout %dms" % to, "  - waiting for getByTestId('%s')" % tid,
                "    %d \u00d7 locator resolved to <%s data-testid=\"%s\">\u2026</%s>" % (R.randrange(2, 12), "span", tid, "span"),
                "  at %s:%d:%d" % ("e2e/%s.spec.ts" % ch(["registration", "checkin", "insurance", "profile"]), R.randrange(10, 200), R.randrange(5, 40))]
        return joinp(sep, ["  %d) [chromium] \u203a e2e/%s.spec.ts:%d:%d \u203a %s " % (R.randrange(1, 9), ch(["registration", "checkin", "insurance", "profile"]), R.randrange(5, 90), R.randrange(1, 9), ch(JS_CASES)), ""] + body)
    el = ch(["input", "span", "td", "div"])
    sel = "<%s#%s.%s>" % (el, kstyle(f.k, "camel"), ch(["form-control", "pt-field", "cell", "value"]))
    what = "value" if el == "input" else "text"
    q1, i1 = pyq(g.v)
    q2, i2 = pyq(f.v)
    msg = ["AssertionError: Timed out retrying after %dms: expected '%s' to have %s " % (ch([4000, 10000]), sel, what),
           q1, (i1, g.cat) if g.cat else i1, q1, ", but the %s was " % what, q2, (i2, f.cat) if f.cat else i2, q2]
    return joinp(sep, ["  %d) %s" % (R.randrange(1, 6), ch(["Patient registration", "Insurance capture", "Check-in kiosk"])),
                       "       %s:" % ch(JS_CASES), ["     ", msg],
                       "      at Context.eval (webpack://%s/./cypress/e2e/%s.cy.ts:%d:%d)" % (ch(PROJECTS), ch(["register", "insurance", "kiosk"]), R.randrange(10, 99), R.randrange(5, 30))])


@family("mocha_chai")
def f_mocha(phi):
    sep = sepc()
    if phi:
        fs = mix(pick_cats(R.randint(1, 3)), R.randint(0, 1))
    else:
        fs = np_fields(R.randint(2, 4))
    fs2, i = vary(fs)
    keys = ", ".join(kstyle(f.k, "camel") for f in fs[:2]) + (", ..." if len(fs) > 2 else "")
    body = ["  %d) %s %s" % (R.randrange(1, 9), ch(["POST", "PUT", "PATCH"]), ch(["/api/members", "/api/v2/patients", "/intake", "/guarantors/:id"])),
            "       %s:" % ch(["creates subscriber", "updates contact info", "returns normalized record", "rejects duplicate"]),
            "     AssertionError: expected { Object (%s) } to deeply equal { Object (%s) }" % (keys, keys),
            "      + expected - actual", "", "       {"]
    for j, x in enumerate(fs):
        k = kstyle(x.k, "camel")
        if j == i:
            body.append(['      -  "%s": ' % k, val_parts(x, "json")])
            body.append(['      +  "%s": ' % k, val_parts(fs2[j], "json")])
        else:
            body.append(['          "%s": ' % k, val_parts(x, "json")])
    body += ["       }", "      at Context.<anonymous> (test/%s.spec.js:%d:%d)" % (ch(["members", "intake", "guarantor"]), R.randrange(10, 300), R.randrange(5, 40))]
    return joinp(sep, body)


@family("ajv_openapi_validation")
def f_ajv(phi):
    if phi:
        p = Person()
        cats = pick_cats(R.randint(1, 2))
        fs = [phi_fields(c, p)[0] for c in cats]
    else:
        fs = np_fields(R.randint(1, 2))
    errs = []
    root = ch(["subscriber", "patient", "guarantor", "member", "insured", "contact"])
    for f in fs:
        k = kstyle(f.k, "camel")
        kw = "maximum" if f.cat == "age" else "type" if f.num else ("format" if FMT.get(f.cat) else ch(["pattern", "pattern", "maxLength"]))
        if kw == "type":
            params, msg = '{"type":"string"}', "must be string"
        elif kw == "maximum":
            params, msg = '{"comparison":"<=","limit":%d}' % ch([89, 120, 150]), "must be <= 89"
        elif kw == "pattern":
            pat = ch(["^[A-Z0-9]{8,12}$", "^\\\\d{3}-\\\\d{2}-\\\\d{4}$", "^[0-9]{5}$", "^\\\\+[1-9]\\\\d{1,14}$"])
            params, msg = '{"pattern":"%s"}' % pat, 'must match pattern \\"%s\\"' % pat
        elif kw == "format":
            fmt = FMT.get(f.cat) or ch(["date", "email", "uri", "ipv4", "date-time"])
            params, msg = '{"format":"%s"}' % fmt, 'must match format \\"%s\\"' % fmt
        else:
            lim = R.randrange(6, 12)
            params, msg = '{"limit":%d}' % lim, "must NOT have more than %d characters" % lim
        data = val_parts(f, "json")
        errs.append(['{"instancePath":"/%s/%s","schemaPath":"#/properties/%s/properties/%s/%s","keyword":"%s","params":%s,"message":"%s","data":' % (root, k, root, k, kw, kw, params, msg),
                     data, "}"])
    if chance(0.5):
        return ["[openapi-validator] %s %s 400 " % (ch(["POST", "PUT"]), ch(["/v1/members", "/api/intake", "/fhir/Patient", "/v2/eligibility"])),
                "errors=[", joinp(",", errs), "]", " reqId=", uuid4()]
    return ['{"level":"warn","time":%d,"pid":%d,"hostname":"%s","reqId":"req-%s","msg":"request validation failed","validation":[' % (
        R.randrange(1700000000000, 1760000000000), R.randrange(100, 65000), ch(HOSTS), letters(2, LOWER + "0123456789")),
        joinp(",", errs), '],"validationContext":"body"}']


@family("graphql_error")
def f_graphql(phi):
    op = ch(["UpdatePatientContact", "CreateMember", "SearchPatients", "UpsertGuarantor", "VerifyCoverage", "ListJobs", "RetryExport"])
    if phi:
        fs = mix(pick_cats(R.randint(1, 3)), R.randint(0, 1))
    else:
        fs = np_fields(R.randint(1, 3))
    bad = [f for f in fs if f.cat] or fs
    f = ch(bad)
    k = kstyle(f.k, "camel")
    typ = GQLT.get(f.cat) or ch(["String!", "ID!", "Int", "Duration"])
    vars_ = render(fs, "json", ks="camel")
    if f.num:
        gv = [(f.v, f.cat) if f.cat else f.v]
    else:
        gv = ['\\"', (esc_json2(f.v), f.cat) if f.cat else esc_json2(f.v), '\\"']
    msg = ['Variable \\"$input\\" got invalid value ', gv, ' at \\"input.%s\\"; Expected type \\"%s\\". %s' % (
        k, typ.rstrip("!"), ch(["Value is not a valid " + typ.rstrip("!"), "Invalid format", "Cannot represent value"]))]
    if chance(0.5):
        return ['{"level":"error","msg":"GraphQL operation failed","operationName":"%s","variables":{"input":' % op, vars_,
                '},"errors":[{"message":"', msg, '","extensions":{"code":"BAD_USER_INPUT"}}],"traceId":"%s"}' % hexs(32)]
    return ["[apollo] ", op, " -> ", '{"errors":[{"message":"', msg, '","locations":[{"line":1,"column":%d}],"extensions":{"code":"BAD_USER_INPUT","stacktrace":["GraphQLError: ..."]}}]}' % R.randrange(10, 60),
            " variables=", '{"input":', vars_, "}"]


FMT = {"date": "date", "email": "email", "ip": "ipv4", "url": "uri", "photo": "byte", "biometric": "byte"}
GQLT = {"date": "Date", "email": "EmailAddress", "phone": "PhoneNumber", "fax": "PhoneNumber", "ip": "IPv4",
        "url": "URL", "age": "Int", "zip": "PostalCode", "ssn": "SSN!", "mrn": "ID!", "photo": "Base64"}


def sql_table(phi):
    return ch(["patients", "patient", "members", "guarantors", "subscribers", "patient_contacts", "demographics"]) if phi else \
        ch(["jobs", "export_runs", "audit_events", "feature_flags", "outbox", "schema_migrations", "webhook_deliveries", "orders"])


@family("prisma_log")
def f_prisma(phi):
    sep = sepc()
    if phi:
        fs = mix(pick_cats(R.randint(1, 3)), R.randint(0, 1))
        model = ch(["Patient", "Member", "Guarantor", "Subscriber", "Contact"])
    else:
        fs = np_fields(R.randint(1, 3))
        model = ch(["Job", "ExportRun", "AuditEvent", "Outbox", "Order"])
    if chance(0.5):
        cols = ", ".join('"public"."%s"."%s"' % (model, kstyle(f.k, "camel")) for f in fs[:2])
        where = " AND ".join('"public"."%s"."%s" = $%d' % (model, kstyle(f.k, "camel"), n + 1) for n, f in enumerate(fs))
        return ["prisma:query SELECT ", '"public"."%s"."id", ' % model, cols, ' FROM "public"."%s" WHERE (' % model, where,
                ") LIMIT $%d OFFSET $%d" % (len(fs) + 1, len(fs) + 2), " params=", render(fs, "jsonarr")[:-1], ",1,0]",
                " duration=%dms" % R.randrange(1, 80)]
    fn = ch(["create", "upsert", "update", "findFirstOrThrow"])
    bad = ch(fs)
    body = ["Invalid `prisma.%s.%s()` invocation in" % (model[0].lower() + model[1:], fn),
            "/app/%s:%d:%d" % (ch(["prisma/seed.ts", "src/repositories/%s.repo.ts" % model.lower(), "scripts/backfill.ts"]), R.randrange(10, 200), R.randrange(5, 40)),
            "", "  %d   const row = await prisma.%s.%s({" % (R.randrange(10, 90), model[0].lower() + model[1:], fn), "          data: {"]
    for f in fs:
        body.append(["            %s: " % kstyle(f.k, "camel"), val_parts(f, "json"), ","])
        if f is bad:
            body.append("                 " + "~" * max(4, len(f.v) + 2))
    body += ["          }", "        })", "",
             "Argument `%s`: Invalid value provided. Expected %s, provided %s." % (kstyle(bad.k, "camel"), ch(["DateTime", "Int", "Enum"]), "Int" if bad.num else "String")]
    return joinp(sep, body)


@family("typeorm_sequelize_log")
def f_typeorm(phi):
    if phi:
        fs = mix(pick_cats(R.randint(1, 3)), R.randint(0, 2))
    else:
        fs = np_fields(R.randint(2, 4))
    t = sql_table(phi)
    cols = ", ".join('"%s"' % kstyle(f.k, "snake") for f in fs)
    k = R.randrange(3)
    if k == 0:
        ph = ", ".join("$%d" % (n + 1) for n in range(len(fs)))
        return ["query: INSERT INTO \"%s\"(%s) VALUES (%s) RETURNING \"id\", \"created_at\" -- PARAMETERS: " % (t, cols, ph),
                render(fs, "jsonarr")]
    if k == 1:
        ph = ", ".join("$%d" % (n + 1) for n in range(len(fs)))
        return ["query failed: INSERT INTO \"%s\"(%s) VALUES (%s) -- PARAMETERS: " % (t, cols, ph), render(fs, "jsonarr"),
                " | error: error: duplicate key value violates unique constraint \"UQ_%s\"" % hexs(26)]
    f = ch([x for x in fs if x.cat] or fs)
    return ["Executing (default): SELECT \"id\", %s FROM \"%s\" AS \"%s\" WHERE \"%s\".\"%s\" = " % (
        cols, t, t[:-1].capitalize(), t[:-1].capitalize(), kstyle(f.k, "snake")), val_parts(f, "sqlvals"),
        " LIMIT 1;", ch(["", " Elapsed time: %dms" % R.randrange(1, 60)])]


# ================================================================ JVM / .NET / Ruby / PHP
J_TYPES = ["Patient", "MemberDto", "SubscriberRecord", "GuarantorEntity", "Demographics", "EligibilityRequest", "NextOfKin"]
J_CFG = ["RetryConfig", "JobSpec", "ExportManifest", "OutboxEvent", "TenantSettings"]


def java_record(fs, t):
    s = R.randrange(3)
    if s == 0:   # Java record
        return [t + "["] + render(fs, "kotlin", ks="camel", wrap=False) + ["]"]
    if s == 1:   # Kotlin data class
        return render(fs, "kotlin", name=t, ks="camel")
    return render(fs, "java", name=t, ks="camel")   # Lombok/IDE toString


@family("junit_assertj")
def f_junit(phi):
    sep = sepc()
    cls = "com.%s.%s.%sTest" % (ch(["acme.ehr", "lakeshore.claims", "stbrigid.intake", "acme.fhir"]),
                                ch(["mapper", "service", "domain", "adapter"]), ch(J_TYPES + ["Hl7Pid", "X12Subscriber"]))
    meth = ch(["mapsGuarantor", "mapsSubscriberFields", "normalizesPhone", "parsesPidSegment", "roundTrip", "defaultsApplied"])
    if phi:
        fs = mix(pick_cats(R.randint(1, 3)), R.randint(0, 2))
        t = ch(J_TYPES)
    else:
        fs = np_fields(R.randint(2, 4))
        t = ch(J_CFG)
    fs2, i = vary(fs)
    k = R.randrange(4)
    if k == 0:
        f, g = fs[i], fs2[i]
        body = [["[ERROR]   %s.%s:%d expected: <" % (cls.split(".")[-1], meth, R.randrange(20, 300)), val_parts(g, "yaml"),
                 "> but was: <", val_parts(f, "yaml"), ">"]]
        head = "[ERROR] Failures: "
        return joinp(sep, [head] + body + ["[INFO]", "[ERROR] Tests run: %d, Failures: 1, Errors: 0, Skipped: %d" % (R.randrange(20, 900), R.randrange(0, 9))])
    if k == 1:
        f, g = fs[i], fs2[i]
        body = ["org.opentest4j.AssertionFailedError: ", "", "Expecting actual:", ["  ", val_parts(f, "json")],
                "to be equal to:", ["  ", val_parts(g, "json")], "but was not."]
        return [cls, ".", meth, "  Time elapsed: 0.%03d s  <<< FAILURE!" % R.randrange(1, 999), sep, joinp(sep, body)]
    if k == 2:
        a = java_record(fs, t)
        body = ["java.lang.AssertionError: ", "Expecting actual:", ["  ", a], "to be equal to:", ["  ", java_record(fs2, t)],
                "when recursively comparing field by field, but found the following difference:", "",
                "field/property '%s' differ:" % kstyle(fs[i].k, "camel"),
                ["- actual value  : ", val_parts(fs[i], "json")], ["- expected value: ", val_parts(fs2[i], "json")]]
        return joinp(sep, body + ["\tat %s.%s(%sTest.java:%d)" % (cls, meth, t, R.randrange(20, 300))])
    f, g = fs[i], fs2[i]
    body = ["java.lang.AssertionError: ", ["Expected: is ", val_parts(g, "json")], ["     but: was ", val_parts(f, "json")],
            "\tat org.hamcrest.MatcherAssert.assertThat(MatcherAssert.java:20)",
            "\tat %s.%s(%s.kt:%d)" % (cls, meth, cls.split(".")[-1], R.randrange(20, 300))]
    return joinp(sep, body)


@family("postgres_constraint_detail")
def f_pg(phi):
    sep = sepc()
    t = sql_table(phi)
    if phi:
        p = Person()
        k = R.randrange(3)
        if k == 0:
            keys = ["last_name", "first_name", "dob"]
            vals = [pv(p.last, "name"), pv(p.first, "name"), pv(p.dob("iso"), "date")]
            cname = "uq_%s_name_dob" % t
        else:
            c = pick_cats(1, ["ssn", "mrn", "email", "health_plan", "account", "license", "other_id", "phone", "vehicle", "device"])[0]
            f = phi_fields(c, p)[0]
            keys = [kstyle(f.k, "snake")]
            vals = [pv(f.v, f.cat)]
            cname = "%s_%s_key" % (t, keys[0])
        detail = ["Detail: Key (", ", ".join(keys), ")=(", joinp(", ", vals), ") already exists."]
    else:
        f = np_fields(1)[0]
        keys = [kstyle(f.k, "snake")]
        cname = "%s_%s_key" % (t, keys[0])
        if chance(0.5):
            detail = ["Detail: Key (", keys[0], ")=(", f.v, ") already exists."]
        else:
            cname = "fk_%s_%s" % (t, keys[0])
            detail = ["Detail: Key (", keys[0], ")=(", f.v, ") is not present in table \"%s\"." % ch(["orders", "jobs", "tenants"])]
    dup = "duplicate key value violates unique constraint" if "exists" in "".join(x for x in flat(detail) if isinstance(x, str)) else \
        "insert or update on table \"%s\" violates foreign key constraint" % t
    k = R.randrange(3)
    if k == 0:
        return ["org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: %s \"%s\"" % (dup, cname),
                sep, "  ", detail, "] [insert into %s (%s,id) values (%s,?)]; SQL [insert into %s]; constraint [%s]" % (
                    t, ",".join(keys), ",".join("?" * len(keys)), t, cname)]
    if k == 1:
        return ["psycopg.errors.UniqueViolation: %s \"%s\"" % (dup, cname), sep, detail,
                sep, "[SQL: INSERT INTO %s (%s) VALUES (%s)]" % (t, ", ".join(keys), ", ".join("%%(%s)s" % x for x in keys))]
    return ["ERROR:  %s \"%s\"" % (dup, cname), sep, "DETAIL:  ", [x for x in detail][1:],
            sep, "CONTEXT:  COPY %s, line %d" % (t, R.randrange(2, 99999))]


@family("hibernate_bind_trace")
def f_hib(phi):
    if phi:
        fs = mix(pick_cats(R.randint(1, 3)), R.randint(0, 2))
    else:
        fs = np_fields(R.randint(2, 4))
    t = sql_table(phi)
    cols = ",".join(kstyle(f.k, "snake") for f in fs)
    sep = ch([" | ", " ; "])
    h6 = chance(0.5)
    out = ["insert into %s (%s,id) values (%s,?)" % (t, cols, ",".join("?" * len(fs)))]
    for n, f in enumerate(fs, 1):
        typ = "INTEGER" if f.num else ch(["VARCHAR", "VARCHAR", "CHAR"]) if f.cat != "date" else "DATE"
        if h6:
            out.append(["TRACE org.hibernate.orm.jdbc.bind - binding parameter (%d:%s) <- [" % (n, typ), (f.v, f.cat) if f.cat else f.v, "]"])
        else:
            out.append(["TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [%d] as [%s] - [" % (n, typ), (f.v, f.cat) if f.cat else f.v, "]"])
    return ["Hibernate: ", joinp(sep, out)]


@family("dotnet_assert")
def f_dotnet(phi):
    sep = sepc()
    if phi:
        fs = mix(pick_cats(R.randint(1, 2)), R.randint(0, 2))
        t = ch(J_TYPES)
    else:
        fs = np_fields(R.randint(2, 3))
        t = ch(J_CFG)
    fs2, i = vary(fs)
    f, g = fs[i], fs2[i]
    name = "%s.Tests.%sTests.%s" % (ch(["Acme.Ehr", "Lakeshore.Claims", "StBrigid.Intake"]), t, ch(["Maps_Subscriber", "Normalizes_Contact", "RoundTrips_Record", "Applies_Defaults"]))
    k = R.randrange(3)
    if k == 0:
        body = ["  Failed %s [%d ms]" % (name, R.randrange(1, 900)), "  Error Message:",
                "   Assert.Equal() Failure: %s" % ("Values differ" if f.num else "Strings differ"),
                ["Expected: ", val_parts(g, "json")], ["Actual:   ", val_parts(f, "json")],
                "  Stack Trace:", "     at %s() in /src/tests/%sTests.cs:line %d" % (name, t, R.randrange(20, 300))]
    elif k == 1:
        body = ["  Failed %s [%d ms]" % (name, R.randrange(1, 900)), "  Error Message:",
                ["   Expected %s.%s to be " % (t[0].lower() + t[1:], kstyle(f.k, "pascal")), val_parts(g, "json"),
                 ", but found ", val_parts(f, "json"), "."]]
    else:
        body = ["  Failed %s [%d ms]" % (name, R.randrange(1, 900)), "  Error Message:",
                ["   Expected: ", render(fs2, "cs", name=t, ks="pascal")],
                ["   But was:  ", render(fs, "cs", name=t, ks="pascal")]]
    return joinp(sep, body)


@family("rspec_activerecord")
def f_rspec(phi):
    sep = sepc()
    if phi:
        fs = mix(pick_cats(R.randint(1, 3)), R.randint(0, 1))
        model = ch(["Patient", "Guarantor", "Member", "EmergencyContact"])
    else:
        fs = np_fields(R.randint(1, 3))
        model = ch(["ExportJob", "WebhookDelivery", "AuditEvent", "FeatureFlag"])
    t = model.lower() + "s"
    if chance(0.5):
        f = ch([x for x in fs if x.cat] or fs)
        g = mutate(f)
        ex = "%s.%s" % (model.lower(), kstyle(f.k, "snake"))
        return joinp(sep, ["  %d) %s#%s %s" % (R.randrange(1, 9), model, kstyle(f.k, "snake"), ch(["normalizes input", "formats for display", "is persisted"])),
                           ["     Failure/Error: expect(%s).to eq(" % ex, val_parts(g, "ruby"), ")"], "",
                           ["       expected: ", val_parts(g, "ruby")], ["            got: ", val_parts(f, "ruby")], "",
                           "       (compared using ==)",
                           "     # ./spec/models/%s_spec.rb:%d:in `block (3 levels) in <top (required)>'" % (model.lower(), R.randrange(10, 200))])
    if chance(0.5):
        f = ch([x for x in fs if x.cat] or fs)
        return ["  %s Load (%.1fms)  SELECT \"%s\".* FROM \"%s\" WHERE \"%s\".\"%s\" = $1 LIMIT $2  [[\"%s\", " % (
            model, R.random() * 5, t, t, t, kstyle(f.k, "snake"), kstyle(f.k, "snake")), val_parts(f, "ruby"), "], [\"LIMIT\", 1]]"]
    binds = joinp(", ", [['["%s", ' % kstyle(f.k, "snake"), val_parts(f, "ruby"), "]"] for f in fs] +
                  [['["created_at", "%s"]' % log_ts("sp")]])
    return ["  %s Create (%.1fms)  INSERT INTO \"%s\" (%s, \"created_at\") VALUES (%s) RETURNING \"id\"  [" % (
        model, R.random() * 5, t, ", ".join('"%s"' % kstyle(f.k, "snake") for f in fs), ", ".join("$%d" % (n + 1) for n in range(len(fs) + 1))),
        binds, "]"]


@family("phpunit_laravel")
def f_php(phi):
    sep = sepc()
    if phi:
        fs = mix(pick_cats(R.randint(1, 3)), R.randint(0, 1))
        cls = ch(["GuarantorTest", "PatientResourceTest", "IntakeRequestTest", "MemberImportTest"])
    else:
        fs = np_fields(R.randint(1, 3))
        cls = ch(["RetryPolicyTest", "ExportJobTest", "WebhookSignerTest"])
    k = R.randrange(3)
    if k == 2:
        cols = " and ".join("`%s` = ?" % kstyle(f.k, "snake") for f in fs)
        return ["[%s] local.DEBUG: select * from `%s` where %s limit 1 " % (log_ts("sp"), sql_table(phi), cols),
                '{"bindings":', render(fs, "jsonarr"), ',"time":%d.%02d}' % (R.randrange(0, 40), R.randrange(100))]
    fs2, i = vary(fs)
    head = ["%d) Tests\\Unit\\%s::test%s" % (R.randrange(1, 6), cls, ch(["FormatsAddress", "MapsFields", "ImportsRow", "Serializes"]))]
    if k == 0:
        body = ["Failed asserting that two strings are identical.", "--- Expected", "+++ Actual", "@@ @@",
                ["-", val_parts(fs2[i], "php")], ["+", val_parts(fs[i], "php")]]
    else:
        body = ["Failed asserting that two arrays are equal.", "--- Expected", "+++ Actual", "@@ @@", " Array ("]
        for j, x in enumerate(fs):
            if j == i:
                body.append(["-    '%s' => " % kstyle(x.k, "snake"), val_parts(fs2[j], "php")])
                body.append(["+    '%s' => " % kstyle(x.k, "snake"), val_parts(x, "php")])
            else:
                body.append(["     '%s' => " % kstyle(x.k, "snake"), val_parts(x, "php")])
        body.append(" )")
    return joinp(sep, head + body + ["", "/app/tests/Unit/%s.php:%d" % (cls, R.randrange(20, 300))])


# ================================================================ Go / Rust / protobuf / gRPC
GO_TYPES = ["model.Member", "ehr.Patient", "x12.Subscriber", "fhir.Patient", "domain.Guarantor", "adt.PID", "mpi.Candidate"]
GO_CFG = ["config.Retry", "jobs.Spec", "export.Manifest", "outbox.Event", "kafka.Opts"]


def go_val(f):
    if f.num:
        return [(f.v, f.cat) if f.cat else f.v]
    return val_parts(f, "go_lit")


@family("go_cmp_diff")
def f_go_cmp(phi):
    sep = sepc()
    if phi:
        fs = [F(["id"], str(R.randrange(1, 99999)), num=True)] + mix(pick_cats(R.randint(1, 3)), R.randint(0, 1))
        t = ch(GO_TYPES)
    else:
        fs = np_fields(R.randint(2, 4))
        t = ch(GO_CFG)
    fs2, i = vary(fs)
    test = ch(["TestMapMember", "TestParsePID", "TestNormalize", "TestFromFHIR", "TestMergeCandidates", "TestDecode"])
    sub = ch(["medicare_advantage", "commercial", "missing_address", "nok_present", "default", "utf8_name"])
    w = max(len(kstyle(f.k, "go")) for f in fs) + 2
    out = ["--- FAIL: %s (0.%02ds)" % (test, R.randrange(0, 20)), "    --- FAIL: %s/%s (0.00s)" % (test, sub),
           "        %s_test.go:%d: %s() mismatch (-want +got):" % (ch(["mapper", "parser", "convert", "merge"]), R.randrange(20, 300), test[4:]),
           "          %s{" % ("&" + t if chance(0.5) else t)]
    for j, f in enumerate(fs):
        key = (kstyle(f.k, "go") + ":").ljust(w)
        if j == i:
            out.append(["        - \t", key, go_val(fs2[j]) if chance(0.5) else go_val(f), ","][:2] + [go_val(fs2[j]), ","])
            out.append(["        + \t", key, go_val(f), ","])
        else:
            out.append(["          \t", key, go_val(f), ","])
    out += ["          }", "FAIL", "FAIL\tgithub.com/acme-health/%s/internal/%s\t0.%03ds" % (ch(PROJECTS), ch(["mapper", "x12", "fhir", "mpi"]), R.randrange(1, 999))]
    return joinp(sep, out)


@family("go_testify")
def f_testify(phi):
    sep = sepc()
    if phi:
        fs = mix(pick_cats(R.randint(1, 2)), R.randint(0, 1))
        t = ch(GO_TYPES)
    else:
        fs = np_fields(R.randint(1, 3))
        t = ch(GO_CFG)
    fs2, i = vary(fs)
    file = "%s_test.go" % ch(["parser", "client", "repo", "handler", "eligibility"])
    ln = R.randrange(20, 400)
    pad = "        \t            \t"
    if chance(0.5):
        f, g = fs[i], fs2[i]
        exp, act = go_val(g), go_val(f)
        diff = [[pad, "--- Expected"], [pad, "+++ Actual"], [pad, "@@ -1 +1 @@"], [pad, "-", go_val(g)], [pad, "+", go_val(f)]]
    else:
        exp = [t, render(fs2, "go_lit", ks="go")]
        act = [t, render(fs, "go_lit", ks="go")]
        diff = [[pad, "--- Expected"], [pad, "+++ Actual"], [pad, "@@ -%d +%d @@" % (i + 2, i + 2)],
                [pad, "-  ", kstyle(fs[i].k, "go"), ": ", go_val(fs2[i]), ","], [pad, "+  ", kstyle(fs[i].k, "go"), ": ", go_val(fs[i]), ","]]
    out = ["    %s:%d: " % (file, ln), "        \tError Trace:\t/src/%s/%s:%d" % (ch(PROJECTS), file, ln),
           "        \tError:      \tNot equal: ", ["        \t            \texpected: ", exp], ["        \t            \tactual  : ", act],
           pad, pad + "Diff:"] + diff + ["        \tTest:       \t%s/%s" % (ch(["TestParse837", "TestLookup", "TestUpsert", "TestHandler"]), ch(["subscriber", "happy_path", "dup", "nok"]))]
    return joinp(sep, out)


@family("gorm_log")
def f_gorm(phi):
    sep = sepc()
    t = sql_table(phi)
    if phi:
        fs = mix(pick_cats(R.randint(1, 2)), 0)
    else:
        fs = np_fields(R.randint(1, 2))
    src = "/app/internal/%s/%s.go:%d" % (ch(["repo", "store", "dao"]), t.rstrip("s"), R.randrange(20, 300))
    where = joinp(" AND ", [["%s = " % kstyle(f.k, "snake"), (f.v if f.num else ["'", val_parts(f, "sqlvals")[1], "'"]) if not f.cat or not f.num else pv(f.v, f.cat)] for f in fs])
    k = R.randrange(3)
    if k == 0:
        return [src, " ", ch(["record not found", ""]), sep, "[%.3fms] [rows:%d] SELECT * FROM \"%s\" WHERE " % (R.random() * 9, R.randrange(0, 2), t), where,
                " AND \"%s\".\"deleted_at\" IS NULL ORDER BY \"%s\".\"id\" LIMIT 1" % (t, t)]
    if k == 1:
        return [src, " SLOW SQL >= 200ms", sep, "[%.3fms] [rows:1] UPDATE \"%s\" SET \"updated_at\"='%s' WHERE " % (200 + R.random() * 900, t, log_ts("sp")), where]
    cols = ",".join('"%s"' % kstyle(f.k, "snake") for f in fs)
    vals = joinp(",", [pv(f.v, f.cat) if f.num and f.cat else (f.v if f.num else ["'", val_parts(f, "sqlvals")[1], "'"]) for f in fs])
    return [src, " ERROR: duplicate key value violates unique constraint \"idx_%s_%s\" (SQLSTATE 23505)" % (t, kstyle(fs[0].k, "snake")), sep,
            "[%.3fms] [rows:0] INSERT INTO \"%s\" (\"created_at\",%s) VALUES ('%s'," % (R.random() * 9, t, cols, log_ts("sp")), vals, ") RETURNING \"id\""]


@family("go_panic_zap")
def f_go_panic(phi):
    sep = sepc()
    if phi:
        fs = mix(pick_cats(R.randint(1, 3)), R.randint(0, 2))
        t = ch(GO_TYPES)
    else:
        fs = np_fields(R.randint(2, 4))
        t = ch(GO_CFG)
    if chance(0.5):
        what = ch(["member validation failed", "unexpected nil coverage for", "cannot route message", "mpi merge conflict"])
        v = render(fs, "go_plus", ks="go")
        return joinp(sep, [["panic: ", what, ": ", v, " [recovered]"], ["\tpanic: ", what, ": ", v], "",
                           "goroutine %d [running]:" % R.randrange(1, 400),
                           "github.com/acme-health/%s/internal/worker.(*Worker).handle(0xc000%s, {0x%s, 0xc000%s})" % (ch(PROJECTS), hexs(6), hexs(7), hexs(6)),
                           "\t/app/internal/worker/worker.go:%d +0x%s" % (R.randrange(20, 400), hexs(3))])
    rec = render(fs, "json", ks=ch(["camel", "snake"]))
    return ['{"level":"%s","ts":%d.%d,"caller":"%s/%s.go:%d","msg":"%s","%s":' % (
        ch(["error", "warn", "debug"]), R.randrange(1700000000, 1760000000), R.randrange(1000, 9999), ch(["sync", "ingest", "api", "mpi"]),
        ch(["worker", "handler", "client"]), R.randrange(20, 400), ch(["upsert failed", "dropping record", "retrying", "payload"]),
        ch(["member", "record", "payload", "req", "candidate"])), rec,
        ',"error":"%s","trace_id":"%s"}' % (ch(["context deadline exceeded", "pq: deadlock detected", "validation: 1 error", "EOF"]), hexs(32))]


@family("rust_panic_debug")
def f_rust(phi):
    sep = sepc()
    if phi:
        fs = mix(pick_cats(R.randint(1, 3)), R.randint(0, 1))
        t = ch(["Subscriber", "Patient", "Member", "PidSegment", "Guarantor"])
    else:
        fs = np_fields(R.randint(2, 3))
        t = ch(["RetryPolicy", "JobSpec", "Manifest", "ConnOpts"])
    fs2, i = vary(fs)
    test = "%s::tests::%s" % (ch(["parser", "codec", "mapper", "hl7::pid", "x12::nm1"]), ch(["parses_subscriber", "roundtrip", "maps_fields", "decodes_segment"]))
    if chance(0.6):
        opt = [F(f.k, f.v, f.cat, f.num) for f in fs]
        return joinp(sep, ["thread '%s' panicked at src/%s.rs:%d:%d:" % (test, ch(["parser", "codec", "lib", "mapper"]), R.randrange(20, 500), R.randrange(5, 40)),
                           "assertion `left == right` failed", ["  left: ", render(opt, "rust", name=t, ks="snake")],
                           [" right: ", render(fs2, "rust", name=t, ks="snake")],
                           "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"])
    f = ch([x for x in fs if x.cat] or fs)
    err = ch(["InvalidSsn", "BadMemberId", "ParseError", "Validation", "UnknownValue", "Format"])
    return joinp(sep, ["thread '%s' panicked at src/%s.rs:%d:%d:" % (test, ch(["parser", "codec", "lib"]), R.randrange(20, 500), R.randrange(5, 40)),
                       ["called `Result::unwrap()` on an `Err` value: ", err, "(", val_parts(f, "rust"), ")"] if chance(0.5) else
                       ["called `Result::unwrap()` on an `Err` value: ", err, " { field: \"%s\", value: " % kstyle(f.k, "snake"), val_parts(f, "rust"), " }"],
                       "test %s ... FAILED" % test])


@family("rust_tracing")
def f_rust_tracing(phi):
    if phi:
        fs = mix(pick_cats(R.randint(1, 2)), R.randint(0, 2))
    else:
        fs = np_fields(R.randint(2, 3))
    span = ch(["upsert_member", "match_patient", "load_row", "send_claim", "verify_coverage"])
    fields = joinp(" ", [[kstyle(f.k, "snake"), "=", (f.v if f.num else val_parts(f, "rust")) if not f.cat else (pv(f.v, f.cat) if f.num else val_parts(f, "rust"))] for f in fs])
    return ["%s %s %s{" % (log_ts("iso"), ch([" INFO", "DEBUG", " WARN", "ERROR"]), span), fields, "}: %s::%s: %s" % (
        ch(["claims_etl", "mpi_core", "intake_rs"]), ch(["db", "matcher", "sink"]),
        ch(["upserted", "no candidates above threshold", "retrying after 250ms", "row rejected: constraint violation", "ok"])),
        ch(["", " elapsed=%dms" % R.randrange(1, 900)])]


@family("protobuf_text_diff")
def f_proto(phi):
    sep = sepc()
    if phi:
        p = Person()
        cats = pick_cats(R.randint(1, 3))
        fs = []
        for c in cats:
            fs.extend(phi_fields(c, p))
        fs += np_fields(R.randint(0, 1))
        msg = ch(["ehr.v1.Patient", "claims.v2.Subscriber", "mpi.v1.Candidate", "intake.v1.Guarantor"])
    else:
        fs = np_fields(R.randint(2, 4))
        msg = ch(["jobs.v1.ExportRequest", "ops.v1.RetryPolicy", "events.v1.Envelope"])
    fs2, i = vary(fs)
    if chance(0.5):
        out = ["%s_test.go:%d: %s mismatch (-want +got):" % (ch(["server", "convert", "grpc"]), R.randrange(20, 300), ch(["GetPatient", "Translate", "Lookup"])),
               "  (*%s)(Inverse(protocmp.Transform, protocmp.Message{" % msg.replace(".v1.", "pb.").replace(".v2.", "pb."),
               '  \t"@type": s"%s",' % msg]
        for j, f in enumerate(fs):
            typ = "int32" if f.num else "string"
            k = '"%s": %s(' % (kstyle(f.k, "snake"), typ)
            if j == i:
                out.append(["- \t", k, go_val(fs2[j]), "),"])
                out.append(["+ \t", k, go_val(f), "),"])
            else:
                out.append(["  \t", k, go_val(f), "),"])
        out.append("  }))")
        return joinp(sep, out)
    nest = ch(["patient", "subscriber", "member", "payload"])
    return ["%s failed to route message: %s {" % (log_ts("sp"), msg), nest, ":{", render(fs, "proto", ks="snake", wrap=False), "}} ",
            "err=rpc error: code = %s desc = %s" % (ch(["FailedPrecondition", "InvalidArgument", "NotFound"]), ch(["no matching route", "schema mismatch", "unknown tenant"]))]


@family("grpc_status")
def f_grpc(phi):
    svc = ch(["ehr.v1.PatientService/GetPatient", "claims.v2.Eligibility/Check", "mpi.v1.Matcher/Match", "intake.v1.Forms/Submit",
              "jobs.v1.Export/Start", "ops.v1.Admin/Reindex"])
    if phi:
        f = phi_fields(pick_cats(1)[0])[0]
        k = kstyle(f.k, "snake")
        desc = ch([[k, " ", go_val(f), " not found"],
                   ["invalid ", ch(["member", "patient", "subscriber"]), ".", k, ": ", go_val(f)],
                   ["coverage lookup failed for ", k, "=", (f.v, f.cat)]])
    else:
        f = np_fields(1)[0]
        k = kstyle(f.k, "snake")
        desc = ch([["deadline exceeded after ", str(R.randrange(1, 30)), "s"], ["invalid ", k, ": ", go_val(f)],
                   ["upstream ", ch(HOSTS), ":", str(ch([50051, 8443])), " unavailable"]])
    code = ch(["NotFound", "InvalidArgument", "FailedPrecondition", "Unavailable", "DeadlineExceeded"])
    if chance(0.5):
        return ["ERROR:", " | ", "  Code: %s" % code, " | ", "  Message: ", desc, " | ",
                "  Details:", " | ", "  1)\t{\"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\", \"reason\": \"%s\", \"domain\": \"%s\", \"metadata\": {\"request_id\": \"%s\"}}" % (
                    ch(["NOT_FOUND", "VALIDATION", "NOT_ELIGIBLE"]), ch(["ehr.acme-health.io", "claims.lakeshorecare.org"]), uuid4())]
    return ["%s grpc: method=/%s code=%s peer=%s:%d duration=%dms err=\"rpc error: code = %s desc = " % (
        log_ts("iso"), svc, code, ip_priv(), R.randrange(30000, 65000), R.randrange(1, 900), code), [x.replace('"', '\\"') if isinstance(x, str) else x for x in flat(desc)], "\""]


# ================================================================ notebooks, migrations, seeds, ops
def csv_row(p, cats):
    """Values for a headerless fixture/CSV row; returns (header_names, parts)."""
    cols, vals = [], []
    for c in cats:
        if c == "name":
            if chance(0.5):
                cols += ["first_name", "last_name"]
                vals += [pv(p.first, "name"), pv(p.last, "name")]
            else:
                cols.append("patient_name")
                vals.append(['"', pv(p.name("lf"), "name"), '"'])
        elif c == "address":
            cols += ["address1", "city", "state"]
            vals += [pv(p.street, "address"), pv(p.city, "address"), p.state]
        elif c == "zip":
            cols.append("zip")
            vals.append(pv(p.zip, "zip"))
        elif c == "date":
            cols.append("dob")
            vals.append(pv(p.dob(ch(["iso", "us", "us2"])), "date"))
        elif c == "age":
            p.make_old()
            cols.append("age")
            vals.append(pv(p.age(), "age"))
        elif c == "email":
            cols.append("email")
            vals.append(pv(p.email(), "email"))
        elif c == "url":
            cols.append("profile_url")
            vals.append(pv(url(p.first, p.last), "url"))
        else:
            f = phi_fields(c, p)[0]
            cols.append(kstyle(f.k, "snake"))
            v = f.v
            vals.append(['"', pv(v, c), '"'] if "," in v else pv(v, c))
    return cols, vals


@family("ipython_traceback")
def f_ipy(phi):
    sep = sepc()
    cell = R.randrange(2, 90)
    out = ["-" * 75]
    if phi:
        p = Person()
        c = pick_cats(1, ["date", "ssn", "mrn", "name", "phone", "health_plan", "zip", "account", "other_id", "email", "fax", "device", "license"])[0]
        f = phi_fields(c, p)[0]
        col = kstyle(f.k, "snake")
        q, inner = pyq(f.v)
        if c == "date":
            err = "ValueError"
            src = "df['%s'] = pd.to_datetime(df['%s'], format='%%m/%%d/%%Y')" % (col, col)
            msg = ['ValueError: time data "', pv(f.v, "date"), '" doesn\'t match format "%%m/%%d/%%Y", at position %d. You might want to try:' % R.randrange(0, 99999)]
        elif chance(0.5):
            err = "KeyError"
            src = ["row = df.set_index('", col, "').loc[", q, pv(inner, c), q, "]"]
            msg = ["KeyError: ", q, pv(inner, c), q]
        else:
            err = "ValueError"
            src = "df['%s'] = df['%s'].astype(int)" % (col, col)
            msg = ["ValueError: invalid literal for int() with base 10: ", q, pv(inner, c), q]
        out += ["%-42sTraceback (most recent call last)" % err, "Cell In[%d], line %d" % (cell, R.randrange(2, 8)),
                "      1 df = pd.read_parquet('%s')" % ch(["s3://claims-lake-stg/adt/2024/part-0003.parquet", "exports/members_2024q3.parquet",
                                                         "/home/jovyan/data/mpi_candidates.parquet"]),
                ["----> %d " % R.randrange(2, 8), src], "", msg]
    else:
        k = R.randrange(4)
        if k == 0:
            out += ["%-42sTraceback (most recent call last)" % "KeyError", "Cell In[%d], line 3" % cell,
                    "----> 3 df.groupby('%s')['%s'].count()" % (ch(["encounter_type", "facility", "payer"]), ch(["claim_id", "encounter_id"])),
                    "", "KeyError: '%s'" % ch(["encounter_type", "facility_id", "payer_code", "dx_code"])]
        elif k == 1:
            out += ["%-42sTraceback (most recent call last)" % "ModuleNotFoundError", "Cell In[%d], line 1" % cell,
                    "----> 1 import %s" % ch(["pyarrow", "polars", "fhir.resources", "hl7apy"]), "",
                    "ModuleNotFoundError: No module named '%s'" % ch(["pyarrow", "polars", "fhir", "hl7apy"])]
        elif k == 2:
            out += ["%-42sTraceback (most recent call last)" % "FileNotFoundError", "Cell In[%d], line 2" % cell,
                    "----> 2 df = pd.read_csv(path)", "",
                    "FileNotFoundError: [Errno 2] No such file or directory: 'exports/%d-%02d-%02d/part-%05d.csv'" % (
                        R.randrange(2022, 2026), R.randrange(1, 13), R.randrange(1, 29), R.randrange(0, 99))]
        else:
            out += ["%-42sTraceback (most recent call last)" % "ValueError", "Cell In[%d], line 4" % cell,
                    "----> 4 df['age_band'] = pd.cut(df['age'], bins=[0, 17, 44, 64, 89])", "",
                    "ValueError: Bin edges must be unique: Index([0, 17, 44, 64, 64], dtype='int64')."]
    return joinp(sep, out)


@family("pandas_repr")
def f_pandas(phi):
    sep = sepc()
    if phi:
        cats = pick_cats(R.randint(2, 3), ["name", "date", "mrn", "ssn", "zip", "phone", "email", "health_plan", "age", "address", "account", "ip", "other_id", "fax"])
        rows = []
        cols = None
        for r in range(R.randint(1, 3)):
            p = Person()
            c, v = csv_row(p, cats)
            cols = c
            rows.append(["%-4d " % R.randrange(0, 99999), joinp("  ", [x[1] if isinstance(x, list) else x for x in v])])
        head = "Out[%d]: " % R.randrange(2, 90)
        return joinp(sep, [head, "      " + "  ".join(cols)] + rows + ["", "[%d rows x %d columns]" % (R.randrange(2, 90000), len(cols))])
    k = R.randrange(3)
    if k == 0:
        rows = ["%-12s %d" % (x, R.randrange(10, 90000)) for x in R.sample(["OUTPATIENT", "ED", "INPATIENT", "TELEHEALTH", "OBSERVATION"], 3)]
        return joinp(sep, ["Out[%d]: " % R.randrange(2, 90), "encounter_type"] + rows + ["Name: count, dtype: int64"])
    if k == 1:
        return joinp(sep, ["Out[%d]: " % R.randrange(2, 90), "              age      los_days    charges",
                           "count  %8d.0  %8d.0  %8d.0" % ((R.randrange(1000, 90000),) * 3),
                           "mean   %11.6f  %11.6f  %11.2f" % (R.uniform(40, 70), R.uniform(2, 6), R.uniform(800, 9000)),
                           "min    %11.6f  %11.6f  %11.2f" % (18, 0, 0), "max    %11.6f  %11.6f  %11.2f" % (89, R.randrange(30, 200), R.uniform(90000, 900000))])
    return joinp(sep, ["Out[%d]: " % R.randrange(2, 90), "   claim_id      payer  icd10     cpt   billed",
                       "0  %s  %s  %s  %s  %d.%02d" % ("CLM" + digits(8), ch(["AETNA", "BCBSIL", "UHC", "MEDICARE"]), ch(ICD), ch(CPT), R.randrange(50, 9000), R.randrange(100)),
                       "1  %s  %s  %s  %s  %d.%02d" % ("CLM" + digits(8), ch(["AETNA", "BCBSIL", "UHC", "MEDICARE"]), ch(ICD), ch(CPT), R.randrange(50, 9000), R.randrange(100))])


@family("migration_output")
def f_migration(phi):
    k = R.randrange(4)
    ts = "%d%02d%02d%02d%02d%02d" % (R.randrange(2021, 2026), R.randrange(1, 13), R.randrange(1, 29), R.randrange(24), R.randrange(60), R.randrange(60))
    if phi:
        p = Person()
        c = pick_cats(1, ["ssn", "mrn", "date", "email", "phone", "zip", "health_plan", "name", "account", "device", "vehicle", "license"])[0]
        f = phi_fields(c, p)[0]
        col = kstyle(f.k, "snake")
        q, inner = pyq(f.v)
        if k == 0:
            return ["INFO  [alembic.runtime.migration] Running upgrade %s -> %s, backfill %s | " % (hexs(12), hexs(12), col),
                    "WARNING [backfill] row id=%d could not normalize %s " % (R.randrange(1, 999999), col), q, pv(inner, c), q, " (left as-is)"]
        if k == 1:
            return ["== %s Normalize%s: migrating ======== | -- execute(\"UPDATE patients SET %s = " % (ts, kstyle(f.k, "pascal"), col),
                    "'", pv(f.v.replace("'", "''"), c), "'", " WHERE id = %d\") | -> 0.%04ds" % (R.randrange(1, 99999), R.randrange(1, 9999))]
        if k == 2:
            return ["Flyway: Migrating schema \"ehr\" to version \"%d.%d - seed demo patients\" | ERROR: Migration V%d_%d__seed_demo_patients.sql failed | SQL State  : 23505 | Message    : ERROR: duplicate key value violates unique constraint \"patients_%s_key\" | Detail: Key (%s)=(" % (
                R.randrange(1, 40), R.randrange(0, 9), R.randrange(1, 40), R.randrange(0, 9), col, col), pv(f.v, c), ") already exists."]
        return ["  Applying %s.%04d_backfill_%s... ERROR | django.db.utils.DataError: value too long for type character varying(%d) | DETAIL: Failing row contains (%d, " % (
            ch(["patients", "intake", "billing"]), R.randrange(1, 80), col, R.randrange(8, 12), R.randrange(1, 99999)), pv(f.v, c), ", %s)." % ch(["null", "t", "f"])]
    if k == 0:
        return "INFO  [alembic.runtime.migration] Running upgrade %s -> %s, add index ix_%s_%s | INFO  [alembic.runtime.migration] Will assume transactional DDL." % (
            hexs(12), hexs(12), sql_table(False), ch(["created_at", "status", "tenant_id"]))
    if k == 1:
        return "== %s AddRetryCountToJobs: migrating ======== | -- add_column(:jobs, :retry_count, :integer, {:default=>0}) |    -> 0.%04ds | == %s AddRetryCountToJobs: migrated (0.%04ds) ====" % (
            ts, R.randrange(1, 9999), ts, R.randrange(1, 9999))
    if k == 2:
        return "Flyway OSS Edition %s by Redgate | Database: jdbc:postgresql://%s:%d/ehr (PostgreSQL %d.%d) | Successfully validated %d migrations (execution time 00:00.%03ds) | Current version of schema \"ehr\": %d.%d | Schema \"ehr\" is up to date. No migration necessary." % (
            version(), ch(HOSTS), ch([5432, 6432]), ch([14, 15, 16]), R.randrange(1, 9), R.randrange(10, 300), R.randrange(1, 999), R.randrange(1, 40), R.randrange(0, 9))
    return "  Applying %s.%04d_%s... OK (%.3fs)" % (ch(["scheduling", "billing", "audit"]), R.randrange(1, 80), ch(["add_tenant_fk", "alter_status_enum", "drop_legacy_queue"]), R.random() * 4)


@family("seed_script")
def f_seed(phi):
    if phi:
        p = Person()
        cats = pick_cats(R.randint(1, 3))
        k = R.randrange(3)
        if k == 0:
            bits = []
            for c in cats:
                if c == "name":
                    continue
                f = phi_fields(c, p)[0]
                bits.append([kstyle(f.k, ch(["snake", "camel"])), "=", pv(f.v, f.cat)])
            return ["[seed] created %s #%d " % (ch(["patient", "guarantor", "member", "contact"]), R.randrange(1, 5000)),
                    pv(p.name(), "name"), " ", joinp(" ", bits)]
        if k == 1:
            # free text, no keys
            parts = [ch(["  \u2714 ", "  + ", "  -> "]), pv(p.name(ch(["fl", "fml"])), "name")]
            for c in cats:
                if c in ("name", "zip"):
                    continue
                if c == "address":
                    parts += [", ", pv(p.street, "address"), ", ", pv(p.city, "address"), " ", p.state]
                    if "zip" in cats:
                        parts += [" ", pv(p.zip, "zip")]
                elif c == "date":
                    parts += [ch([", born ", ", b. ", ", DOB "]), pv(p.dob(), "date")]
                elif c == "age":
                    p.make_old()
                    parts += [", ", pv(p.age(), "age"), ch([" y/o", " yrs", "yo", "F", "M"])]
                elif c in ("phone", "email", "ssn", "url", "ip"):
                    parts += [ch([", ", " / ", " \u00b7 "]), pv(phi_fields(c, p)[0].v, c)]
                else:
                    lab = {"fax": ["fax ", "f: "], "mrn": ["MRN ", "mrn#"], "health_plan": ["mbr# ", "member ", "plan id "],
                           "account": ["acct ", "acct#"], "license": ["lic ", "DL/DEA "], "vehicle": ["vehicle ", "veh "],
                           "device": ["dev sn ", "device "], "biometric": ["fp:", "voiceprint:"], "photo": ["photo ", "img "],
                           "other_id": ["passport/natl id ", "ID "]}[c]
                    parts += [", ", ch(lab), pv(phi_fields(c, p)[0].v, c)]
                    if c == "zip":
                        pass
            return parts + [" (%s)" % ch(["inserted", "upserted", "skipped: exists", "ok"])]
        cols, vals = csv_row(p, cats)
        return ["COPY %s (%s) FROM STDIN | line %d: " % (ch(["patients", "members_stg", "guarantors"]), ",".join(cols), R.randrange(2, 9000)),
                joinp(ch([",", "\\t"]), vals), " | ERROR: %s" % ch(["invalid input syntax for type date", "value too long for type character varying(10)",
                                                                     "extra data after last expected column", "missing data for column \"zip\""])]
    k = R.randrange(3)
    if k == 0:
        return "[seed] created %d synthetic members from %s in %.2fs (tenant %s, faker seed %d)" % (
            R.randrange(10, 5000), ch(["fixtures/synthetic_members.json", "seeds/demo.yml"]), R.random() * 30, "tnt_" + hexs(10), R.randrange(1, 99999))
    if k == 1:
        f = ch(FACILITIES)
        return "[seed] upserted facility \"%s\" %s, %s, %s %s phone %s npi %s" % (f[0], f[1], f[2], f[3], f[4], f[5], npi())
    return "[seed] provider %s (NPI %s, taxonomy 207R00000X) assigned to %s; svc account %s" % (clinician(), npi(), ch(FACILITIES)[0], ch(SVC_ACCTS))


@family("fixture_git_diff")
def f_fixture(phi):
    sep = sepc()
    path = ch(["tests/fixtures/patients.csv", "spec/fixtures/members.csv", "testdata/adt_sample.csv", "seeds/guarantors.csv"])
    head = ["diff --git a/%s b/%s" % (path, path), "index %s..%s 100644" % (hexs(7), hexs(7)), "--- a/%s" % path, "+++ b/%s" % path,
            (lambda a, n: "@@ -%d,%d +%d,%d @@" % (a, n, a, n + R.randint(1, 2)))(R.randrange(1, 400), R.randrange(3, 8))]
    if phi:
        cats = pick_cats(R.randint(2, 4), ["name", "date", "mrn", "ssn", "address", "zip", "phone", "email", "health_plan", "age", "account", "fax", "license", "other_id"])
        rows = []
        for _ in range(R.randint(1, 2)):
            p = Person()
            cols, v = csv_row(p, cats)
            rows.append(["+", joinp(",", v)])
        head[-1] = head[-1] + " " + ",".join(cols)
        pre = ["[pre-commit] detect-phi....................................................Failed", "- hook id: detect-phi"] if chance(0.4) else []
        return joinp(sep, pre + head + rows)
    head[-1] += " claim_ref,icd10,cpt,payer,billed,encounter_type"
    rows = []
    for _ in range(R.randint(1, 3)):
        rows.append("+%s,%s,%s,%s,%d.%02d,%s" % ("SYN-" + digits(6), ch(ICD), ch(CPT), ch(["AETNA", "BCBSIL", "UHC", "MEDICARE"]),
                                               R.randrange(10, 900), R.randrange(100), ch(["OUTPATIENT", "ED", "INPATIENT"])))
    return joinp(sep, head + rows)


@family("dbt_test_failure")
def f_dbt(phi):
    sep = sepc()
    if phi:
        p = Person()
        c = pick_cats(1, ["ssn", "mrn", "email", "health_plan", "phone", "account", "other_id", "name", "device", "license"])[0]
        f = phi_fields(c, p)[0]
        col = kstyle(f.k, "snake")
        test = "unique_stg_%s_%s" % (ch(["patients", "members", "guarantors"]), col)
        rows = ["| %s | n_records |" % col, "| --- | --- |", ["| ", pv(f.v, c), " | %d |" % R.randrange(2, 5)]]
        if chance(0.5):
            f2 = phi_fields(c, Person())[0]
            rows.append(["| ", pv(f2.v, c), " | 2 |"])
    else:
        col = ch(["claim_id", "encounter_id", "order_id", "event_id"])
        test = ch(["unique_", "not_null_"]) + "fct_%s_%s" % (ch(["claims", "encounters", "orders"]), col)
        rows = ["| %s | n_records |" % col, "| --- | --- |", "| %s | 2 |" % ch(["CLM" + digits(8), "ORD-2024-" + digits(7), uuid4()])]
    out = ["%s | %d of %d FAIL %d %s %s [FAIL %d in %.2fs]" % (log_ts("sp")[11:], R.randrange(1, 90), R.randrange(90, 200), R.randrange(1, 5), test,
                                                                 "." * 10, R.randrange(1, 5), R.random() * 9),
           "Failure in test %s (models/staging/schema.yml)" % test, "  Got %d results, configured to fail if != 0" % R.randrange(1, 40),
           "  compiled code at target/compiled/%s/models/staging/schema.yml/%s.sql" % (ch(PROJECTS).replace("-", "_"), test),
           "  store_failures sample:"] + rows
    return joinp(sep, out)


@family("terraform_run")
def f_tf(phi):
    sep = sepc()
    if phi:
        p = Person()
        k = R.randrange(3)
        if k == 0:
            nm = "%s_%s" % (ascii_fold(p.last).replace(" ", ""), ascii_fold(p.first).replace(" ", ""))
            dt = p.dob("iso")
            key = ["consents/", pv(nm, "name"), "_", pv(dt, "date"), ".pdf"]
            return [ch(["aws_s3_object", "google_storage_bucket_object"]), ".consent_forms[\"", key, "\"]: Creating...", sep,
                    ch(["aws_s3_object", "google_storage_bucket_object"]), ".consent_forms[\"", key, "\"]: Creation complete after %ds [id=%s]" % (R.randrange(1, 9), hexs(16))]
        c = pick_cats(1)[0]
        f = phi_fields(c, p)[0]
        if k == 1:
            var = "test_%s" % kstyle(f.k, "snake")
            return joinp(sep, ["\u2577", "\u2502 Error: Invalid value for variable", "\u2502 ",
                               "\u2502   on %s line %d:" % (ch(["staging.tfvars", "terraform.tfvars", "phi-export.auto.tfvars"]), R.randrange(2, 80)),
                               ["\u2502   %d: %s = " % (R.randrange(2, 80), var), val_parts(f, "go_lit") if not f.num else pv(f.v, f.cat)],
                               "\u2502 ", "\u2502 %s must not contain real PHI; use the synthetic fixture instead." % var, "\u2575"])
        g = mutate(f)
        arg = "--sample_%s" % kstyle(f.k, "snake")
        return joinp(sep, ["  # %s.phi_extract will be updated in-place" % ch(["aws_glue_job", "google_dataflow_job", "aws_batch_job_definition"]),
                           "  ~ resource \"aws_glue_job\" \"phi_extract\" {", "      ~ default_arguments = {",
                           ["          ~ \"%s\" = " % arg, val_parts(f, "go_lit"), " -> ", val_parts(g, "go_lit")],
                           "            # (%d unchanged elements hidden)" % R.randrange(2, 12), "        }", "    }"])
    k = R.randrange(3)
    if k == 0:
        return "module.phi_export.aws_glue_job.extract: Modifying... [id=phi-extract-%s] | module.phi_export.aws_glue_job.extract: Modifications complete after %ds [id=phi-extract-%s] | Apply complete! Resources: 0 added, 1 changed, 0 destroyed." % (
            ch(["staging", "prod"]), R.randrange(1, 20), ch(["staging", "prod"]))
    if k == 1:
        return "Plan: %d to add, %d to change, %d to destroy. | Changes to Outputs: |   ~ kms_key_arn = \"arn:aws:kms:us-east-1:%s:key/%s\" -> (known after apply)" % (
            R.randrange(0, 9), R.randrange(0, 9), R.randrange(0, 3), digits(12), uuid4())
    return "aws_db_instance.patients_replica: Still modifying... [id=%s, %dm%ds elapsed] (endpoint %s:%d, owner %s)" % (
        "db-" + letters(26, UPPER + "0123456789"), R.randrange(0, 30), R.randrange(0, 60), ch(HOSTS), ch([5432, 6432]), ch(SVC_ACCTS))


@family("ansible_run")
def f_ansible(phi):
    sep = sepc()
    host = ch(["db-staging-01", "etl-02", "mirth-01", "sftp-outbound-1", "jupyter-hub-0"])
    if phi:
        fs = mix(pick_cats(R.randint(1, 3)), R.randint(0, 1))
        if chance(0.6):
            return joinp(sep, ["TASK [%s] %s" % (ch(["seed : load fixture patients", "phi_export : stage sample rows", "mpi : replay merge candidates"]), "*" * 40),
                               ["%s: [%s] => (item=" % (ch(["ok", "changed", "failed"]), host), render(fs, "py", ks="snake"), ")"]])
        return ["fatal: [%s]: FAILED! => " % host, '{"changed": false, "msg": "row rejected by constraint", "row": ', render(fs, "json_sp", ks="snake"),
                ', "rc": 1}']
    fs = np_fields(R.randint(1, 3))
    if chance(0.5):
        return joinp(sep, ["TASK [%s] %s" % (ch(["common : install packages", "postgres : tune settings", "mirth : deploy channel"]), "*" * 40),
                           ["%s: [%s] => (item=" % (ch(["ok", "changed"]), host), render(fs, "py", ks="snake"), ")"],
                           "PLAY RECAP %s" % ("*" * 20), "%s : ok=%d changed=%d unreachable=0 failed=0 skipped=%d" % (host, R.randrange(5, 60), R.randrange(0, 9), R.randrange(0, 9))])
    return ["fatal: [%s]: UNREACHABLE! => " % host, '{"changed": false, "msg": "Failed to connect to the host via ssh: ssh: connect to host %s port 22: Connection timed out", "unreachable": true}' % ip_priv()]


@family("sqlalchemy_django_echo")
def f_sqla(phi):
    if phi:
        fs = mix(pick_cats(R.randint(1, 3)), R.randint(0, 1))
    else:
        fs = np_fields(R.randint(1, 3))
    t = sql_table(phi)
    if chance(0.5):
        cols = ", ".join(kstyle(f.k, "snake") for f in fs)
        return ["INFO sqlalchemy.engine.Engine INSERT INTO %s (%s) VALUES (%s) RETURNING %s.id | INFO sqlalchemy.engine.Engine [generated in 0.%05ds] " % (
            t, cols, ", ".join("%%(%s)s" % kstyle(f.k, "snake") for f in fs), t, R.randrange(1, 99999)),
            render(fs, "py", ks="snake")]
    where = " AND ".join('"%s_%s"."%s" = %%s' % (ch(["core", "intake", "billing"]), t.rstrip("s"), kstyle(f.k, "snake")) for f in fs)
    return ["(%.3f) SELECT \"id\" FROM \"%s\" WHERE %s LIMIT 21; args=" % (R.random() / 10, t, where), render(fs, "pyargs")[:-1],
            ",)" if len(fs) == 1 else ")", "; alias=default"]


@family("parametrized_test_names")
def f_each(phi):
    k = R.randrange(3)
    ms = "(%d ms)" % R.randrange(1, 400)
    if phi:
        p = Person()
        cats = pick_cats(R.randint(1, 3), ["name", "date", "age", "ssn", "phone", "email", "zip", "mrn", "health_plan", "address"])
        if "name" not in cats and chance(0.6):
            cats.insert(0, "name")
        vals = []
        for c in cats:
            if c == "name":
                vals.append(pv(p.name(ch(["fl", "lf", "fml"])), "name"))
            elif c == "date":
                vals.append(pv(p.dob(), "date"))
            elif c == "age":
                p.make_old()
                vals.append([pv(p.age(), "age"), ch(["F", "M", " y/o", "yo"])])
            elif c == "address":
                vals.append([pv(p.street, "address"), ", ", pv(p.city, "address")])
            elif c in ("mrn", "health_plan"):
                vals.append([ch({"mrn": ["MRN ", "mrn="], "health_plan": ["member ", "MBI "]}[c]), pv(phi_fields(c, p)[0].v, c)])
            elif c == "ssn":
                vals.append(pv(ssn("dash"), "ssn"))
            else:
                vals.append(pv(phi_fields(c, p)[0].v, c))
        if k == 0:
            return ["    \u2715 ", ch(["formats banner for ", "renders card for ", "normalizes ", "matches "]), joinp(ch([", ", " \u2013 ", " / "]), vals), " " + ms]
        if k == 1:
            return ["[ERROR] %s.%s(String, String)[%d] " % (ch(["com.acme.ehr.mpi.MatcherTest", "com.stbrigid.intake.GuarantorParserTest"]),
                                                         ch(["matchesCandidate", "parsesRow", "formatsName"]), R.randrange(1, 40)),
                    joinp(", ", vals), "  Time elapsed: 0.%03d s  <<< FAILURE!" % R.randrange(1, 999)]
        name = ch(["Normalize", "Match", "Format"])
        sub = [(x[0].replace(" ", "_"), x[1]) if isinstance(x, tuple) else x.replace(" ", "_") for x in flat(joinp("_", vals))]
        return ["=== RUN   Test%s/" % name, sub, ch(["", " | --- FAIL: Test%s (0.00s)" % name])]
    if k == 0:
        return "    \u2715 %s %s" % (ch(["retries %d times with backoff %dms" % (R.randrange(1, 6), ch([100, 250, 500])),
                                    "rejects ssn mask ***-**-%s" % ch(["XXXX", "****"]), "parses duration %ds" % R.randrange(1, 90),
                                    "maps facility %s" % ch(FACILITIES)[0], "handles HTTP %d from %s" % (ch([429, 500, 503]), ch(HOSTS)),
                                    "accepts version v%s" % version()]), ms)
    if k == 1:
        return "[ERROR] com.acme.ehr.%s(String, int)[%d] %s, %d  Time elapsed: 0.%03d s  <<< FAILURE!" % (
            ch(["RetryPolicyTest.backoff", "PortParserTest.parses", "DurationTest.rounds"]), R.randrange(1, 40),
            ch([ch(HOSTS), "ORD-2024-" + digits(7), uuid4()[:8]]), ch([5432, 8080, 250, 3]), R.randrange(1, 999))
    return "=== RUN   TestRetry/%s_%d" % (ch(["backoff", "jitter", "timeout"]), R.randrange(1, 90))


@family("http_mock_mismatch")
def f_vcr(phi):
    if phi:
        p = Person()
        cats = pick_cats(R.randint(1, 3), ["name", "date", "ssn", "mrn", "health_plan", "zip", "phone", "email", "ip", "account", "other_id", "license"])
        fs = []
        for c in cats:
            fs.extend(phi_fields(c, p))
    else:
        fs = np_fields(R.randint(1, 3))
    host = ch(["https://api.payer-sandbox.example/v1/eligibility", "https://fhir.stbrigid-health.org/R4/Patient",
               "http://localhost:8080/api/members/search", "https://mpi.internal.acme-health.io/match"])
    qs = joinp("&", [[kstyle(f.k, ch(["snake", "camel"])), "=",
                      (f.v.replace(" ", "+").replace(",", "%2C"), f.cat) if f.cat else f.v.replace(" ", "+")] for f in fs])
    k = R.randrange(3)
    if k == 0:
        return ["vcr.errors.CannotOverwriteExistingCassetteException: Can't overwrite existing cassette ('tests/cassettes/%s.yaml') in your current record mode ('none'). | No match for the request (<Request (GET) " % ch(["eligibility_happy", "patient_search", "mpi_match"]),
                host, "?", qs, ">) was found."]
    if k == 1:
        return ["WebMock::NetConnectNotAllowedError: Real HTTP connections are disabled. Unregistered request: GET ", host, "?", qs,
                " with headers {'Accept'=>'application/json', 'User-Agent'=>'Faraday v2.%d.%d'}" % (R.randrange(0, 12), R.randrange(0, 9))]
    return ["Error: Nock: No match for request {\\n  \"method\": \"POST\",\\n  \"url\": \"", host, "\",\\n  \"headers\": {\"content-type\": \"application/json\"},\\n  \"body\": \"",
            render(fs, "jsonq"), "\"\\n}"]


if __name__ == '__main__':
    main()
