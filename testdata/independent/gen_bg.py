#!/usr/bin/env python3
"""Generator for the "bg" held-out PHI corpus: multi-line records as they land in
log files (pretty JSON, YAML/k8s dumps, Python tracebacks with locals, Go panics and
spew dumps, Java/Kotlin/.NET exceptions, Ruby/PHP/Perl/Elixir/Rust/Node dumps,
journald verbose exports, syslog continuations, multi-line SQL).

Standard library only, fixed seed, deterministic.  Every labeled span is built from
segments while the line is assembled, then verified against the written bytes.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import string
import sys
import unicodedata

SEED = 20240603
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500

# ----------------------------------------------------------------------------
# pools
# ----------------------------------------------------------------------------
FIRST = [
    "Maria", "José", "Aaliyah", "DeShawn", "Wei", "Xiaoming", "Priya", "Rajesh", "Oluwaseun",
    "Chinedu", "Fatima", "Mohammed", "Yusuf", "Aigerim", "Svetlana", "Dmitri", "Siobhan",
    "Niamh", "Tadhg", "Kalani", "Keoni", "Ngozi", "Amara", "Hiroshi", "Yuki", "Min-jun",
    "Seo-yeon", "Lakshmi", "Guadalupe", "Ximena", "Joaquín", "Zoë", "Søren", "Bjørn", "Łukasz",
    "Agnieszka", "Giuseppe", "Chiara", "Mateus", "Thiago", "Leilani", "Ayelet", "Moshe",
    "Esther", "Hamza", "Layla", "Hope", "Faith", "Grace", "Rose", "Will", "Mark", "Bill",
    "Summer", "Dawn", "Sterling", "Sunny", "Crystal", "River", "Ivy", "Hunter", "Chase",
    "April", "June", "May", "Guy", "Precious", "Tanisha", "Jamal", "Darnell", "Latoya",
    "Nkechi", "Abebe", "Tigist", "Mehmet", "Elif", "Anh", "Thanh", "Bao", "Lan", "Kwame",
    "Ama", "Reuben", "Mordecai", "Ruth", "Imani", "Marisol", "Consuelo", "Bartholomew",
    "Ignatius", "Winona", "Dakota", "Ahanu", "Nizhoni", "Sakura", "Ren", "Arjun", "Deepika",
    "Parveen", "Sinéad", "Ciarán", "Hélène", "François", "Renée", "Jürgen", "Anneliese",
    "Ewa", "Wojciech", "Vasiliki", "Spyridon", "Olga", "Tatiana", "Edwin", "Mildred",
    "Gertrude", "Clarence", "Eula", "Otis",
]
MIDDLE = ["A.", "J.", "Marie", "Lee", "Ann", "R.", "Elizabeth", "Kwabena", "T.", "de Jesús",
          "Mae", "Lynn", "Q.", "Oluwadamilare", "Ray", "E."]
LAST = [
    "García-Márquez", "Nguyen", "Tran", "Okonkwo", "Adeyemi", "Van der Merwe", "de la Cruz",
    "Al-Hashimi", "O'Connor", "McAllister", "Papadopoulos", "Kowalczyk", "Wiśniewski",
    "Müller", "Schmidt-Rahn", "Ferreira da Silva", "dos Santos", "Kim", "Park", "Choi",
    "Yamamoto", "Takahashi", "Chatterjee", "Venkataraman", "Ramírez", "Hernández López",
    "St. John", "Le", "Ng", "Ó Súilleabháin", "Björklund", "Haddad", "Cohen", "Goldberg",
    "Begay", "Yazzie", "Tsosie", "Kealoha", "Mahelona", "Fa'amausili", "Ibrahim", "Mensah",
    "Boateng", "Tesfaye", "Haile", "Abdi", "Warsame", "Nakamura-Reyes", "Baker", "Cook",
    "Little", "Strong", "Love", "Rich", "Black", "White", "Brown", "Long", "Hall", "King",
    "Bishop", "Price", "Day", "Christmas", "Friday", "Moody", "Sharp", "Rice", "Field",
    "Stone", "Hill", "Bell", "House", "Winter", "Washington", "Jefferson", "Oyelaran-Smith",
    "Dubois", "Lefèvre", "Rossi", "Esposito", "Romano", "Kuznetsova", "Ivanov", "Horvat",
    "Novák", "Szabó", "Popescu", "Öztürk", "Yılmaz", "Demir", "Singh", "Kaur", "Patel",
    "Desai", "Iyer", "Reddy", "Pham", "Vo", "Huynh", "Mbeki", "Dlamini", "Ndlovu", "Achebe",
    "MacDonald", "Fitzgerald", "D'Angelo", "LaRue", "DeWitt", "Vander Zee", "ten Brink",
    "bin Abdullah", "Abu-Ghazaleh", "Castillo Vda. de Ruiz", "Whitehorse", "Runningwater",
]
CLIN_FIRST = ["Anita", "Robert", "Samuel", "Linh", "Farah", "Greg", "Helen", "Omar", "Ingrid",
              "Paolo", "Keisha", "Victor", "Meera", "Tomasz", "Carmen", "Ethan"]
CLIN_LAST = ["Raman", "Whitfield", "Osei", "Brennan", "Castellanos", "Lindqvist", "Hoang",
             "Morales", "Feldman", "Kaczmarek", "Obi", "Sato", "Delgado", "Pruitt", "Kahananui"]
CRED = ["MD", "DO", "RN", "NP", "PA-C", "PharmD", "RN, BSN", "MD, PhD", "CRNA", "LPN"]
STAFF_USERS = ["svc-hl7-bridge", "svc_claims_batch", "jdoe.rn", "kmorales", "a.raman",
               "mirth", "epic_interconnect", "etl_nightly", "ops-oncall", "billing.bot",
               "root", "postgres", "ehr_app", "rcm-worker", "sa_fax_gw"]
ORGS = [
    ("Mercy Valley Regional Medical Center", "1200 Hospital Dr", "Tucson", "AZ", "85713", "(520) 873-3000", "(520) 873-3099"),
    ("St. Brendan's Health System", "450 Cathedral Ave", "Albany", "NY", "12208", "518-262-4100", "518-262-4199"),
    ("Riverbend Family Clinic", "88 Water St Suite 300", "Eugene", "OR", "97401", "541.222.6000", "541.222.6010"),
    ("Northstar Cardiology Associates", "3030 Medical Pkwy", "Duluth", "MN", "55805", "218-727-8800", "218-727-8801"),
    ("Kaʻahumanu Community Health", "75 Puʻuhonu Way", "Hilo", "HI", "96720", "(808) 935-3711", "(808) 935-3712"),
    ("Lone Prairie Dialysis LLC", "9100 Indiana Ave", "Lubbock", "TX", "79423", "806-744-2020", "806-744-2021"),
]
PAYERS = ["BlueCross BlueShield of Arizona", "Aetna Better Health", "UnitedHealthcare Community Plan",
          "Humana Gold Plus", "Medicare Part B", "NY State Medicaid", "Cigna PPO", "Molina Healthcare",
          "Kaiser Permanente NW", "Tricare West"]
PLACES = [
    ("Tucson", "AZ", "857", "Pima County"), ("Dayton", "OH", "454", "Montgomery County"),
    ("Fresno", "CA", "937", "Fresno County"), ("Spokane", "WA", "992", "Spokane County"),
    ("Lubbock", "TX", "794", "Lubbock County"), ("Macon", "GA", "312", "Bibb County"),
    ("Duluth", "MN", "558", "St. Louis County"), ("Burlington", "VT", "054", "Chittenden County"),
    ("Billings", "MT", "591", "Yellowstone County"), ("Albany", "NY", "122", "Albany County"),
    ("Paterson", "NJ", "075", "Passaic County"), ("Gary", "IN", "464", "Lake County"),
    ("Hilo", "HI", "967", "Hawaii County"), ("Santa Fe", "NM", "875", "Santa Fe County"),
    ("Baton Rouge", "LA", "708", "East Baton Rouge Parish"), ("Anchorage", "AK", "995", "Anchorage Municipality"),
    ("Worcester", "MA", "016", "Worcester County"), ("Lowell", "MA", "018", "Middlesex County"),
    ("Flagstaff", "AZ", "860", "Coconino County"), ("Eugene", "OR", "974", "Lane County"),
    ("Chattanooga", "TN", "374", "Hamilton County"), ("Rapid City", "SD", "577", "Pennington County"),
    ("Boise", "ID", "837", "Ada County"), ("Providence", "RI", "029", "Providence County"),
    ("Wichita", "KS", "672", "Sedgwick County"), ("Jackson", "MS", "392", "Hinds County"),
    ("Laredo", "TX", "780", "Webb County"), ("Gallup", "NM", "873", "McKinley County"),
    ("San Juan", "PR", "009", "San Juan Municipio"), ("Española", "NM", "875", "Rio Arriba County"),
]
STREETS = ["Maple", "Oak", "Cedar Ridge", "Martin Luther King Jr", "Cesar Chavez", "Kamehameha",
           "Elm", "Pine Hollow", "Old Mill", "Juniper", "Sunset", "Mesquite", "Lakeview",
           "Frontage", "Bluebonnet", "Wabash", "Magnolia", "Rio Grande", "Hemlock", "Prospect",
           "Washington", "Church", "County Road 12", "Saint Anne's", "Peachtree", "Calle Luna"]
SUFFIX = ["St", "Ave", "Blvd", "Rd", "Ln", "Dr", "Ct", "Way", "Pl", "Terrace", "Hwy", "Street",
          "Avenue", "Road", "Circle", "Loop", "Trail"]
AREA_CODES = [212, 312, 415, 503, 617, 702, 713, 206, 303, 404, 505, 601, 615, 704, 808, 907,
              918, 971, 480, 520, 541, 218, 806, 518, 973, 219, 605, 208, 401, 316, 956, 787,
              267, 347, 629, 689, 726, 832, 929]
MAIL = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
        "proton.me", "comcast.net", "att.net", "ymail.com", "msn.com"]

# ----------------------------------------------------------------------------
# synthetic identifier generators
# ----------------------------------------------------------------------------
def ch(seq):
    return R.choice(seq)


def digits(n, first_nonzero=False):
    s = "".join(R.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def luhn_check(partial):
    tot = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


ASCII_MAP = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "ß": "ss", "ʻ": "", "'": "", "’": ""}


def asciify(s):
    s = "".join(ASCII_MAP.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def ssn(fmt=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    fmt = fmt or ch(["dash", "dash", "dash", "plain", "space"])
    if fmt == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if fmt == "space":
        return "%03d %02d %04d" % (a, g, s)
    return "%03d%02d%04d" % (a, g, s)


def phone(fmt=None):
    a = ch(AREA_CODES)
    while True:
        e = R.randint(201, 989)
        if e % 100 != 11 and e != 555:
            break
    l = R.randint(0, 9999)
    fmt = fmt if fmt is not None else R.randint(0, 6)
    return [
        "(%d) %03d-%04d", "%d-%03d-%04d", "%d.%03d.%04d", "+1 %d %03d %04d",
        "+1%d%03d%04d", "%d%03d%04d", "+1 (%d) %03d-%04d",
    ][fmt] % (a, e, l)


def mkdate(y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(start, end))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def fdate(d, style=None):
    style = style if style is not None else R.randint(0, 7)
    if style == 0:
        return d.isoformat()
    if style == 1:
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if style == 2:
        return d.strftime("%Y%m%d")
    if style == 3:
        return "%d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == 4:
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == 5:
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == 6:
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    return "%02d-%s-%04d" % (d.day, MONTHS[d.month - 1][:3].upper(), d.year)


def dob(old=False):
    return mkdate(1925, 1933) if old else mkdate(1938, 2019)


def svc_date():
    return mkdate(2023, 2024)


def name():
    return ch(FIRST), ch(LAST)


def clinician():
    return "%s %s" % (ch(CLIN_FIRST), ch(CLIN_LAST)), ch(CRED)


def npi():
    base = "1" + digits(8)
    return base + luhn_check("80840" + base)


def dea(last):
    l2 = asciify(last)[0].upper()
    d6 = digits(6)
    c = (int(d6[0]) + int(d6[2]) + int(d6[4]) + 2 * (int(d6[1]) + int(d6[3]) + int(d6[5]))) % 10
    return ch("ABFM") + l2 + d6 + str(c)


def email(first, last):
    f = asciify(first).lower().replace(" ", "").replace("-", "")
    l = asciify(last).lower().replace(" ", "").replace("-", "").replace(".", "")
    pat = R.randint(0, 5)
    local = [f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l[:5] + str(R.randint(50, 99)),
             l + "." + f + str(R.randint(1940, 2005)), f + str(R.randint(100, 9999))][pat]
    return local + "@" + ch(MAIL)


def street():
    s = "%d %s%s %s" % (R.randint(1, 9899), ch(["", "", "", "N ", "S ", "E ", "W ", "SW ", "NE "]),
                        ch(STREETS), ch(SUFFIX))
    r = R.random()
    if r < 0.2:
        s += ch([" Apt %d%s" % (R.randint(1, 40), ch("ABCDEF")), " Unit %d" % R.randint(1, 300),
                 " #%d" % R.randint(100, 999), " Lot %d" % R.randint(1, 90)])
    return s


def place():
    c, st, zp, county = ch(PLACES)
    z = zp + "%02d" % R.randint(1, 99)
    return c, st, z, county


def zip4(z):
    return z + "-%04d" % R.randint(1, 9999)


def mrn():
    k = R.randint(0, 6)
    return [lambda: "E" + digits(7), lambda: digits(8), lambda: "MRN" + digits(7),
            lambda: digits(10), lambda: "%s%s" % (ch(["M", "H", "P"]), digits(8)),
            lambda: "HX-" + digits(6), lambda: "%07d" % R.randint(1000, 9999999)][k]()


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + string.digits


def mbi(dashed=False):
    s = (str(R.randint(1, 9)) + ch(MBI_L) + ch(MBI_AN) + str(R.randint(0, 9)) + ch(MBI_L) +
         ch(MBI_AN) + str(R.randint(0, 9)) + ch(MBI_L) + ch(MBI_L) + digits(2))
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s


def member_id():
    k = R.randint(0, 5)
    return [lambda: "".join(ch(string.ascii_uppercase) for _ in range(3)) + digits(9),
            lambda: "W" + digits(9) + ch(["01", "02", "00"]),
            lambda: ch(["ZX", "QM", "CA", "TX"]) + digits(8) + ch(string.ascii_uppercase),
            lambda: digits(9) + "-0" + str(R.randint(1, 4)),
            lambda: "U" + digits(10),
            lambda: "%s%s" % ("".join(ch(string.ascii_uppercase) for _ in range(2)), digits(7))][k]()


def card():
    k = R.randint(0, 3)
    if k == 0:
        p = "4" + digits(14)
    elif k == 1:
        p = str(R.randint(51, 55)) + digits(13)
    elif k == 2:
        p = ch(["34", "37"]) + digits(12)
    else:
        p = "6011" + digits(11)
    full = p + luhn_check(p)
    assert luhn_ok(full)
    return full


def card_fmt(c):
    if R.random() < 0.4:
        if len(c) == 15:
            return "%s %s %s" % (c[:4], c[4:10], c[10:])
        return " ".join(c[i:i + 4] for i in range(0, 16, 4))
    return c


def iban():
    cc, bban = ch([("DE", lambda: digits(18)), ("GB", lambda: "NWBK" + digits(14)),
                   ("NL", lambda: "ABNA" + digits(10)), ("FR", lambda: digits(23))])
    bban = bban()
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = "%s%02d%s" % (cc, chk, bban)
    return s if R.random() < 0.5 else " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def bank_acct():
    return digits(R.randint(8, 12), True)


def billing_acct():
    return ch([lambda: digits(10, True), lambda: "HAR" + digits(9), lambda: "G" + digits(8),
               lambda: "PA-" + digits(7), lambda: "%s-%s" % (digits(6, True), digits(3))])()


def dl():
    st, f = ch([("CA", lambda: ch(string.ascii_uppercase) + digits(7)),
                ("FL", lambda: "%s%s-%s-%s-%s-%s" % (ch(string.ascii_uppercase), digits(3), digits(3), digits(2), digits(3), digits(1))),
                ("NY", lambda: "%s %s %s" % (digits(3), digits(3), digits(3))),
                ("TX", lambda: digits(8)),
                ("IL", lambda: "%s%s-%s-%s" % (ch(string.ascii_uppercase), digits(3), digits(4), digits(4))),
                ("WA", lambda: "WDL" + "".join(ch(string.ascii_uppercase + string.digits) for _ in range(9))),
                ("AZ", lambda: ch("ABDY") + digits(8)),
                ("MA", lambda: "S" + digits(8))])
    return st, f()


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = ch(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "WBA", "KMH", "1G1", "4T1", "5NP", "1C4"])
    s = wmi + "".join(ch(VIN_CH) for _ in range(5)) + "0" + ch("GHJKLMNPRS") + ch(VIN_CH) + digits(6)
    tot = sum((int(c) if c.isdigit() else VIN_VAL[c]) * w for c, w in zip(s, VIN_W))
    c = tot % 11
    return s[:8] + ("X" if c == 10 else str(c)) + s[9:]


def plate():
    return ch([lambda: "%d%s%03d" % (R.randint(1, 9), "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), R.randint(0, 999)),
               lambda: "%s-%04d" % ("".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), R.randint(0, 9999)),
               lambda: "%s %s" % ("".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), digits(4))])()


def imei():
    p = ch(["35", "86", "01", "35"]) + digits(12)
    return p + luhn_check(p)


def mac(sep=":"):
    b = [R.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    return sep.join("%02x" % x for x in b) if R.random() < 0.7 else sep.join("%02X" % x for x in b)


def dev_serial():
    return ch([lambda: ch(["PJN", "RNJ", "BLK", "SAM"]) + digits(6) + ch("SHGR"),
               lambda: "SM" + digits(8), lambda: "NG" + digits(7) + "H",
               lambda: "%s%s" % ("".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), digits(9)),
               lambda: "G7" + "".join(ch(string.ascii_uppercase + string.digits) for _ in range(4))])()


def udi():
    gtin = "0" + digits(13)
    exp = mkdate(2025, 2028)
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin, exp.strftime("%y%m%d"), "".join(ch(string.ascii_uppercase + string.digits) for _ in range(6)), digits(8))


def pub_ip():
    while True:
        a = ch([24, 50, 67, 68, 69, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108, 136,
                142, 166, 172, 173, 174, 184, 187, 189, 201, 207, 208, 209])
        b = R.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return "%d.%d.%d.%d" % (a, b, R.randint(0, 255), R.randint(1, 254))


def pub_ip6():
    return "2601:%x:%x:%x:%x:%x:%x:%x" % tuple(R.randint(0x100, 0xffff) for _ in range(7))


def priv_ip():
    return ch(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
               "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
               "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))])


def b64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def hexs(n):
    return "".join(ch("0123456789abcdef") for _ in range(n))


def photo_b64(n=None):
    n = n or R.randint(180, 700)
    hdr = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    return base64.b64encode(hdr + bytes(R.getrandbits(8) for _ in range(n))).decode()


def photo_uri():
    return "data:image/jpeg;base64," + photo_b64()


def fp_template():
    k = R.randint(0, 2)
    if k == 0:
        return "464D520020323000" + hexs(R.randint(60, 160)).upper()
    if k == 1:
        return b64(R.randint(60, 180))
    return "Rk1SACAyMAAA" + b64(R.randint(60, 150))


def cpf():
    d = [R.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def sin_ca():
    p = str(R.randint(1, 7)) + digits(7)
    s = p + luhn_check(p)
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def curp(first, last, d):
    L = asciify(last).upper().replace(" ", "").replace("'", "") + "XX"
    F = asciify(first).upper() + "X"
    vow = [c for c in L[1:] if c in "AEIOU"] or ["X"]
    return "%s%s%s%s%s%s%s%s%s%d" % (L[0], vow[0], ch("ABCDEFGHLMNPRSTVZ"), F[0], d.strftime("%y%m%d"),
                                     ch("HM"), ch(["DF", "JC", "NL", "GT", "MC", "PL", "BC"]),
                                     ch("BCDFGHJKLMNPRSTVZ"), ch("BCDFGHJKLMNPRSTVZ") + ch("BCDFGHJKLMNPRSTVZ"),
                                     R.randint(0, 9))


def aadhaar():
    return "%d%s %s %s" % (R.randint(2, 9), digits(3), digits(4), digits(4))


def passport():
    return ch([lambda: digits(9, True), lambda: ch("ABCEFGHJKL") + digits(8)])()


def other_id(p):
    k = R.randint(0, 4)
    return [("cpf", cpf()), ("sin", sin_ca()), ("curp", curp(p.first, p.last, p.dob)),
            ("aadhaar", aadhaar()), ("passport_no", passport())][k]


def portal_url(p):
    return ch([
        lambda: "https://mychart.mercyvalley.org/MyChart/patients/%s/summary" % p.mrn,
        lambda: "https://portal.stbrendans.org/p/%s/results?view=full" % p.mrn,
        lambda: "https://www.facebook.com/%s.%s.%d" % (asciify(p.first).lower().replace(" ", ""), asciify(p.last).lower().replace(" ", "").replace("'", ""), R.randint(10, 9999)),
        lambda: "https://telehealth.riverbendclinic.com/join?patient=%s&dob=%s" % (p.mrn, p.dob.strftime("%Y%m%d")),
        lambda: "https://records.northstarcardio.com/api/v2/members/%s/statements/2024-03.pdf" % p.member,
    ])()


def trace_id():
    return hexs(32)


def span_id():
    return hexs(16)


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], ch("89ab"), h[17:20], h[20:32])


def gitsha(n=40):
    return hexs(n)


def order_no():
    return ch([lambda: "ORD-" + digits(8), lambda: digits(9), lambda: "RX" + digits(7),
               lambda: "LAB%s" % digits(6), lambda: "A%s-%s" % (digits(4), digits(5))])()


def claim_no():
    return ch([lambda: "CLM" + digits(10), lambda: digits(14), lambda: "2024%s" % digits(9)])()


def encounter_no():
    return ch([lambda: "ENC" + digits(8), lambda: "V" + digits(9), lambda: digits(10)])()


class P:
    """A synthetic patient."""

    def __init__(self, old=None):
        old = R.random() < 0.25 if old is None else old
        self.first, self.last = name()
        self.middle = ch(MIDDLE) if R.random() < 0.3 else None
        self.dob = dob(old)
        today = dt.date(2024, 6, 3)
        self.age = today.year - self.dob.year - ((today.month, today.day) < (self.dob.month, self.dob.day))
        self.sex = ch(["F", "M", "F", "M", "U", "X"])
        self.ssn = ssn()
        self.mrn = mrn()
        self.phone = phone()
        self.phone2 = phone()
        self.email = email(self.first, self.last)
        self.street = street()
        self.city, self.state, self.zip, self.county = place()
        self.member = member_id()
        self.mbi = mbi()
        self.card = card()
        self.acct = billing_acct()
        self.dl_state, self.dl = dl()
        self.vin = vin()
        self.plate = plate()
        self.serial = dev_serial()
        self.imei = imei()
        self.mac = mac()
        self.ip = pub_ip() if R.random() < 0.85 else pub_ip6()
        self.admit = svc_date()
        self.disch = self.admit + dt.timedelta(days=R.randint(0, 12))
        self.appt = mkdate(2024, 2024)

    @property
    def full(self):
        return "%s %s" % (self.first, self.last)

    def fullm(self):
        return "%s %s %s" % (self.first, self.middle, self.last) if self.middle else self.full


# ----------------------------------------------------------------------------
# records, clock
# ----------------------------------------------------------------------------
def flat(segs):
    out = []
    for s in segs:
        if isinstance(s, list):
            out.extend(flat(s))
        else:
            out.append(s)
    return out


class Rec:
    """A multi-line record: a list of lines, each a list of segments (str or (cat, str))."""

    def __init__(self, fam, pre=None):
        self.fam = fam
        self.lines = []
        self.pre = pre

    def ln(self, *segs):
        segs = flat(list(segs))
        if self.pre:
            segs = flat(list(self.pre())) + segs
        self.lines.append(segs)
        return self

    def many(self, lines):
        for l in lines:
            self.ln(*l)
        return self


def lab(c, text):
    return [(c, text)] if c else [text]


CLOCK = [dt.datetime(2024, 6, 3, 7, 58, 12, 118000, tzinfo=dt.timezone.utc)]


def tick(lo=1, hi=4000):
    CLOCK[0] += dt.timedelta(milliseconds=R.randint(lo, hi), microseconds=R.randint(0, 999))
    return CLOCK[0]


def now():
    return CLOCK[0]


def ts_iso(ms=True, z=True):
    t = now()
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % (t.microsecond // 1000)
    return s + ("Z" if z else "+00:00")


def ts_sp():
    t = now()
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def ts_syslog():
    t = now()
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_cri():
    t = now()
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d%03dZ" % (t.microsecond, R.randint(0, 999))


HOSTS = ["ehr-app-01", "ehr-app-02", "intake-7f9c4d8b5-x2kqp", "claims-worker-3", "mirth01",
         "fax-gw-a", "portal-web-5d8f7c-9zt4m", "rcm-batch-01", "ip-10-42-7-19", "lab-iface-02"]


# ----------------------------------------------------------------------------
# value trees
# ----------------------------------------------------------------------------
class F:
    __slots__ = ("k", "v", "c", "t", "sty", "cls")

    def __init__(self, k, v, c=None, t=None, sty=0, cls=None):
        self.k, self.v, self.c, self.sty, self.cls = k, v, c, sty, cls
        if t is None:
            if isinstance(v, bool):
                t = "b"
            elif isinstance(v, (int, float)):
                t = "n"
            elif v is None:
                t = "null"
            elif isinstance(v, dt.date):
                t = "d"
            else:
                t = "s"
        self.t = t


def O(k, fields, cls=None):
    return F(k, fields, t="o", cls=cls)


def A(k, items):
    return F(k, items, t="a")


def words(k):
    out, cur = [], ""
    for i, c in enumerate(k):
        if c in "_- ":
            if cur:
                out.append(cur)
            cur = ""
        elif c.isupper() and cur and (not cur[-1].isupper() or (i + 1 < len(k) and k[i + 1].islower())):
            out.append(cur)
            cur = c
        else:
            cur += c
    if cur:
        out.append(cur)
    return [w.lower() for w in out]


def kconv(k, style):
    w = words(k)
    if style == "snake":
        return "_".join(w)
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.upper() if x in ("id", "ssn", "mrn", "dob", "vin", "mbi", "ip") else x.capitalize() for x in w)
    if style == "upper":
        return "_".join(x.upper() for x in w)
    return k


def conv_tree(f, style):
    k = kconv(f.k, style) if f.k is not None else None
    v = [conv_tree(x, style) for x in f.v] if f.t in ("o", "a") else f.v
    return F(k, v, f.c, f.t, f.sty, f.cls)


KEYS = {
    "name": ["name", "fullName", "patient_name", "PatientName", "display_name", "patientFullName"],
    "first": ["firstName", "first_name", "given", "FirstName", "fname", "givenName", "first"],
    "last": ["lastName", "last_name", "family", "LastName", "lname", "surname", "familyName"],
    "dob": ["dob", "birthDate", "date_of_birth", "DOB", "birth_dt", "DateOfBirth", "bday"],
    "ssn": ["ssn", "SSN", "social", "socialSecurityNumber", "tax_id", "SocSecNo", "ss_num"],
    "mrn": ["mrn", "MRN", "patientId", "patient_id", "medicalRecordNumber", "chart_no", "PatId", "mrNumber"],
    "phone": ["phone", "phoneNumber", "mobile", "cell", "home_phone", "PhoneHome", "contact_number", "tel"],
    "email": ["email", "emailAddress", "e_mail", "contactEmail", "Email"],
    "street": ["street", "line1", "address1", "addr_line_1", "StreetAddress", "streetLine"],
    "city": ["city", "City", "town", "addr_city"],
    "state": ["state", "State", "region", "st"],
    "zip": ["zip", "postalCode", "zip_code", "ZIP", "postcode", "Zip5"],
    "county": ["county", "County", "county_name"],
    "member": ["memberId", "member_id", "subscriberId", "subscriber_no", "MemberID", "insured_id", "policyHolderId"],
    "mbi": ["mbi", "medicareId", "MBI", "medicare_beneficiary_id", "hicn_mbi"],
    "card": ["cardNumber", "card_number", "pan", "cc_num", "PaymentCard", "ccNumber"],
    "acct": ["accountNumber", "account_no", "guarantorAccount", "billing_acct", "HAR", "pt_acct"],
    "dl": ["driversLicense", "dl_number", "DLNumber", "license_no", "drivers_lic"],
    "vin": ["vin", "VIN", "vehicleVin", "vehicle_id_number"],
    "plate": ["plate", "licensePlate", "plate_no", "tag_number"],
    "serial": ["serialNumber", "device_serial", "sn", "SerialNo", "implant_serial"],
    "imei": ["imei", "IMEI", "device_imei"],
    "mac": ["mac", "macAddress", "hw_addr", "bt_mac", "MAC"],
    "ip": ["ip", "clientIp", "remote_addr", "ipAddress", "source_ip", "last_login_ip"],
    "age": ["age", "Age", "age_years", "patient_age"],
    "admit": ["admitDate", "admission_date", "admit_dt", "AdmitDate", "admitted_on"],
    "disch": ["dischargeDate", "discharge_date", "disch_dt", "DischargeDate"],
    "appt": ["appointmentDate", "appt_date", "scheduled_for", "ApptDate", "visit_date"],
    "sex": ["sex", "gender", "Gender", "administrativeSex"],
    "url": ["portalUrl", "profile_url", "link", "deep_link", "callback_url"],
    "photo": ["photo", "avatar", "headshot_b64", "face_image", "portrait"],
    "bio": ["fingerprint_template", "fingerprintTemplate", "voiceprint", "biometric_template", "fp_minutiae"],
    "iban": ["iban", "IBAN", "refund_iban", "bank_iban"],
    "bank": ["bank_account", "accountNo", "acct_number", "ach_account"],
}


def K(concept):
    return ch(KEYS[concept])


def pfield(p, concept, sty=None):
    """One or more F for a concept of patient p."""
    sty = R.randint(0, 7) if sty is None else sty
    if concept == "name":
        if R.random() < 0.5:
            return [F(K("name"), p.fullm() if R.random() < 0.5 else p.full, "name")]
        return [F(K("first"), p.first, "name"), F(K("last"), p.last, "name")]
    if concept == "dob":
        return [F(K("dob"), p.dob, "date", sty=sty)]
    if concept == "age":
        return [F(K("age"), p.age, "age" if p.age > 89 else None)]
    if concept == "ssn":
        return [F(K("ssn"), p.ssn, "ssn")]
    if concept == "mrn":
        if p.mrn.isdigit() and p.mrn[0] != "0" and R.random() < 0.3:
            return [F(K("mrn"), int(p.mrn), "mrn")]
        return [F(K("mrn"), p.mrn, "mrn")]
    if concept == "phone":
        return [F(K("phone"), p.phone, "phone")]
    if concept == "email":
        return [F(K("email"), p.email, "email")]
    if concept == "address":
        fs = [F(K("street"), p.street, "address"), F(K("city"), p.city, "address"),
              F(K("state"), p.state), F(K("zip"), p.zip if R.random() < 0.7 else zip4(p.zip), "zip")]
        if R.random() < 0.3:
            fs.insert(2, F(K("county"), p.county, "address"))
        if R.random() < 0.35:
            return [O(ch(["address", "homeAddress", "addr", "Address", "mailing_address", "residence"]), fs, cls="Address")]
        return fs
    if concept == "member":
        return [F(K("member"), p.member, "health_plan")]
    if concept == "mbi":
        return [F(K("mbi"), p.mbi, "health_plan")]
    if concept == "card":
        return [F(K("card"), card_fmt(p.card), "account")]
    if concept == "acct":
        return [F(K("acct"), p.acct, "account")]
    if concept == "dl":
        return [F(K("dl"), p.dl, "license"), F("dl_state", p.state)] if R.random() < 0.4 else [F(K("dl"), p.dl, "license")]
    if concept == "vin":
        return [F(K("vin"), p.vin, "vehicle")]
    if concept == "plate":
        return [F(K("plate"), p.plate, "vehicle")]
    if concept == "serial":
        return [F(K("serial"), p.serial, "device")]
    if concept == "imei":
        return [F(K("imei"), p.imei, "device")]
    if concept == "mac":
        return [F(K("mac"), p.mac, "device")]
    if concept == "ip":
        return [F(K("ip"), p.ip, "ip")]
    if concept == "admit":
        return [F(K("admit"), p.admit, "date", sty=sty)]
    if concept == "disch":
        return [F(K("disch"), p.disch, "date", sty=sty)]
    if concept == "appt":
        return [F(K("appt"), p.appt, "date", sty=sty)]
    if concept == "sex":
        return [F(K("sex"), p.sex)]
    if concept == "fax":
        return [F(ch(["fax", "homeFax", "fax_number", "FaxNo"]), phone(), "fax")]
    if concept == "udi":
        return [F(ch(["udi", "implantUdi", "device_udi"]), udi(), "device")]
    if concept == "url":
        return [F(K("url"), portal_url(p), "url")]
    if concept == "photo":
        return [F(K("photo"), photo_uri() if R.random() < 0.6 else photo_b64(), "photo")]
    if concept == "bio":
        return [F(K("bio"), fp_template(), "biometric")]
    if concept == "iban":
        return [F(K("iban"), iban(), "account")]
    if concept == "bank":
        return [F(K("bank"), bank_acct(), "account")]
    if concept == "other":
        k, v = other_id(p)
        return [F(k, v, "other_id")]
    if concept == "guarantor":
        g = P(old=False)
        fs = [F(K("name"), g.full, "name"), F("relationship", ch(["spouse", "child", "parent", "self", "other"])),
              F(K("phone"), g.phone, "phone")]
        if R.random() < 0.5:
            fs.append(F(K("ssn"), g.ssn, "ssn"))
        return [O(ch(["guarantor", "emergencyContact", "next_of_kin", "subscriber", "insured"]), fs, cls="Contact")]
    raise KeyError(concept)


CORE = ["name", "dob", "mrn", "phone", "address", "ssn", "email", "member"]
EXTRA = ["age", "mbi", "card", "acct", "dl", "vin", "plate", "serial", "imei", "mac", "ip", "admit",
         "disch", "appt", "url", "photo", "bio", "iban", "bank", "other", "guarantor", "fax", "udi"]


def noise_fields():
    cands = [
        lambda: F("id", R.randint(1000, 99999999)),
        lambda: F(ch(["encounterId", "encounter_no", "visit_number"]), encounter_no()),
        lambda: F(ch(["status", "state_code", "workflow_status"]), ch(["ACTIVE", "pending", "SCHEDULED", "discharged", "on_hold"])),
        lambda: F(ch(["createdAt", "created_at", "updated_at"]), ts_iso()),
        lambda: F(ch(["pcp", "attending", "primaryProvider", "ordering_provider"]), "%s, %s" % clinician()),
        lambda: F(ch(["npi", "provider_npi"]), npi()),
        lambda: F(ch(["facility", "location", "dept"]), ch(ORGS)[0]),
        lambda: F(ch(["version", "schemaVersion", "_rev"]), ch(["3", "2.1.0", "v7", "14-a"])),
        lambda: F(ch(["orderNumber", "order_id", "accession"]), order_no()),
        lambda: F(ch(["active", "deceased", "vip", "consentOnFile"]), R.random() < 0.5),
        lambda: F(ch(["traceId", "trace_id", "correlationId"]), trace_id()),
        lambda: F(ch(["payer", "plan_name", "insurer"]), ch(PAYERS)),
        lambda: F(ch(["language", "preferredLanguage"]), ch(["en", "es", "vi", "so", "zh-Hant", "nv", "haw"])),
        lambda: F(ch(["tenant", "org_id"]), ch(["mvrmc", "stb-prod", "rbfc", "0042"])),
        lambda: F(ch(["notes", "comment"]), None),
        lambda: F(ch(["claimNumber", "claim_id"]), claim_no()),
    ]
    return ch(cands)()


class _RareDeck:
    """Cycles through the less common concepts so every category shows up regularly."""

    def __init__(self):
        self.pool = []

    def draw(self, n, avoid=()):
        out = []
        tries = 0
        while len(out) < n and tries < 50:
            tries += 1
            if not self.pool:
                self.pool = list(EXTRA)
                R.shuffle(self.pool)
            idx = max(range(len(self.pool)), key=lambda i: (max(0, 6 - COUNTS.get(THEME_CATS.get(self.pool[i], ""), 99)), i))
            c = self.pool.pop(idx)
            if c in avoid or c in out:
                self.pool.insert(0, c)
                continue
            out.append(c)
        return out


RARE = _RareDeck()


def pfields(p, n_extra=None, core=None, noise=None, avoid=()):
    core = list(core) if core is not None else R.sample(CORE, R.randint(3, 4))
    n_extra = R.randint(1, 2) if n_extra is None else n_extra
    if p.age > 89 and "age" not in core and R.random() < 0.6:
        core.append("age")
    concepts = core + [c for c in RARE.draw(n_extra, avoid) if c not in core]
    if "name" in concepts:
        concepts.remove("name")
        concepts.insert(0, "name")
    out = []
    sty = R.randint(0, 7)
    for c in concepts:
        out.extend(pfield(p, c, sty))
    nn = (1 if R.random() < 0.35 else 0) if noise is None else noise
    for _ in range(nn):
        out.insert(R.randint(0, len(out)), noise_fields())
    seen, res = [], []
    for f in out:
        kk = words(f.k)
        if kk not in seen:
            seen.append(kk)
            res.append(f)
    return res


def pfields_nb(*a, **k):
    """pfields without photo/biometric blobs (for printers where they would be odd)."""
    k["avoid"] = tuple(k.get("avoid", ())) + ("photo", "bio")
    return pfields(*a, **k)


def strip_big(fields):
    """Drop photo/biometric fields (for renderers where they would be odd)."""
    return [f for f in fields if f.c not in ("photo", "biometric")]


# ----------------------------------------------------------------------------
# per-language scalar rendering (the labeled part is the value as written)
# ----------------------------------------------------------------------------
import re

MON3 = [m[:3] for m in MONTHS]
DAY3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def json_esc(s, ea=False):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def sc_json(f, ea=False):
    if f.t == "s":
        return ['"'] + lab(f.c, json_esc(f.v, ea)) + ['"']
    if f.t == "d":
        return ['"'] + lab(f.c, json_esc(fdate(f.v, f.sty), ea)) + ['"']
    if f.t == "n":
        return lab(f.c, str(f.v))
    if f.t == "b":
        return ["true" if f.v else "false"]
    return ["null"]


def py_q(s):
    r = repr(s)
    return r[0], r[1:-1]


def sc_py(f):
    if f.t == "s":
        q, b = py_q(f.v)
        return [q] + lab(f.c, b) + [q]
    if f.t == "d":
        return ["datetime.date("] + lab(f.c, "%d, %d, %d" % (f.v.year, f.v.month, f.v.day)) + [")"]
    if f.t == "n":
        return lab(f.c, str(f.v))
    if f.t == "b":
        return [str(bool(f.v))]
    return ["None"]


def node_q(s):
    q = '"' if ("'" in s and '"' not in s) else "'"
    b = s.replace("\\", "\\\\")
    if q == "'":
        b = b.replace("'", "\\'")
    return q, b


def sc_node(f):
    if f.t == "s":
        q, b = node_q(f.v)
        return [q] + lab(f.c, b) + [q]
    if f.t == "d":
        return lab(f.c, f.v.isoformat() + "T00:00:00.000Z")
    if f.t == "n":
        return lab(f.c, str(f.v))
    if f.t == "b":
        return ["true" if f.v else "false"]
    return ["null"]


def rb_esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("#{", "\\#{")


def rb_date(d):
    jd = d.toordinal() + 1721425
    return "#<Date: ", d.isoformat(), " ((%dj,0s,0n),+0s,2299161j)>" % jd


def sc_rb(f):
    if f.t == "s":
        return ['"'] + lab(f.c, rb_esc(f.v)) + ['"']
    if f.t == "d":
        a, b, c = rb_date(f.v)
        return [a] + lab(f.c, b) + [c]
    if f.t == "n":
        return lab(f.c, str(f.v))
    if f.t == "b":
        return ["true" if f.v else "false"]
    return ["nil"]


def sc_ap(f):
    if f.t == "d":
        d = f.v
        return lab(f.c, "%s, %02d %s %d" % (DAY3[d.weekday()], d.day, MON3[d.month - 1], d.year))
    return sc_rb(f)


def sc_ex(f):
    if f.t == "s":
        return ['"'] + lab(f.c, rb_esc(f.v)) + ['"']
    if f.t == "d":
        return ["~D["] + lab(f.c, f.v.isoformat()) + ["]"]
    if f.t == "n":
        return lab(f.c, str(f.v))
    if f.t == "b":
        return ["true" if f.v else "false"]
    return ["nil"]


def sc_rs(f):
    if f.t == "s":
        return ['"'] + lab(f.c, f.v.replace("\\", "\\\\").replace('"', '\\"')) + ['"']
    if f.t == "d":
        return lab(f.c, f.v.isoformat())
    if f.t == "n":
        return lab(f.c, str(f.v))
    if f.t == "b":
        return ["true" if f.v else "false"]
    return ["None"]


def go_q(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def go_time(d):
    return d.isoformat(), " 00:00:00 +0000 UTC"


def sc_go_plain(f):
    """%v / %+v rendering"""
    if f.t == "s":
        return lab(f.c, f.v)
    if f.t == "d":
        a, b = go_time(f.v)
        return lab(f.c, a) + [b]
    if f.t == "n":
        return lab(f.c, str(f.v))
    if f.t == "b":
        return ["true" if f.v else "false"]
    return ["<nil>"]


def sc_go_sharp(f):
    """%#v rendering"""
    if f.t == "s":
        return ['"'] + lab(f.c, go_q(f.v)) + ['"']
    if f.t == "d":
        d = f.v
        return ["time.Date("] + lab(f.c, "%d, time.%s, %d" % (d.year, MONTHS[d.month - 1], d.day)) + [", 0, 0, 0, 0, time.UTC)"]
    if f.t == "n":
        return lab(f.c, str(f.v))
    if f.t == "b":
        return ["true" if f.v else "false"]
    return ["(*string)(nil)"]


def sc_kt(f):
    """Kotlin data class / Lombok toString"""
    if f.t == "s":
        return lab(f.c, f.v)
    if f.t == "d":
        return lab(f.c, f.v.isoformat())
    if f.t == "n":
        return lab(f.c, str(f.v))
    if f.t == "b":
        return ["true" if f.v else "false"]
    return ["null"]


def perl_q(s):
    if all(ord(c) < 128 for c in s):
        return "'", s.replace("\\", "\\\\").replace("'", "\\'")
    out = ""
    for c in s:
        if ord(c) >= 128:
            out += "\\x{%x}" % ord(c)
        elif c in '"\\$@':
            out += "\\" + c
        else:
            out += c
    return '"', out


def sc_pl(f):
    if f.t == "s":
        q, b = perl_q(f.v)
        return [q] + lab(f.c, b) + [q]
    if f.t == "d":
        return ["'"] + lab(f.c, fdate(f.v, f.sty)) + ["'"]
    if f.t == "n":
        return lab(f.c, str(f.v)) if isinstance(f.v, int) else ["'"] + lab(f.c, str(f.v)) + ["'"]
    if f.t == "b":
        return ["1" if f.v else "''"]
    return ["undef"]


YAML_SPECIAL = re.compile(r"^([-+]?[0-9][0-9_.:eE+/-]*|yes|no|true|false|null|on|off|y|n|~)$", re.I)


def y_str(s):
    need = (not s or s[0] in "!&*-?{}[],#|>@`\"'%: " or s[-1] == " " or ": " in s or " #" in s
            or YAML_SPECIAL.match(s) is not None)
    if need:
        return "'", s.replace("'", "''"), "'"
    return "", s, ""


def sc_yaml(f):
    if f.t == "s":
        a, b, c = y_str(f.v)
        return [a] + lab(f.c, b) + [c]
    if f.t == "d":
        if f.sty == 0:
            return lab(f.c, f.v.isoformat())
        a, b, c = y_str(fdate(f.v, f.sty))
        return [a] + lab(f.c, b) + [c]
    if f.t == "n":
        return lab(f.c, str(f.v))
    if f.t == "b":
        return ["true" if f.v else "false"]
    return ["null"]


def sc_php(f):
    """print_r"""
    if f.t == "s":
        return lab(f.c, f.v)
    if f.t == "d":
        return lab(f.c, fdate(f.v, f.sty))
    if f.t == "n":
        return lab(f.c, str(f.v))
    if f.t == "b":
        return ["1" if f.v else ""]
    return [""]


def seg_len(segs):
    return sum(len((s if isinstance(s, str) else s[1])) for s in segs)


def seg_blen(segs):
    return sum(len((s if isinstance(s, str) else s[1]).encode()) for s in segs)


def esc_segs(segs, fn):
    return [fn(s) if isinstance(s, str) else (s[0], fn(s[1])) for s in segs]


def join_segs(parts, sep):
    out = []
    for i, p in enumerate(parts):
        if i:
            out.append(sep)
        out.extend(p)
    return out


# ----------------------------------------------------------------------------
# structure printers: each returns a list of lines (segment lists) or one segment list
# ----------------------------------------------------------------------------
def r_json(root, ind=2, ea=False, base=""):
    out = []

    def val(f, lvl, pre, tr):
        pad = base + " " * (ind * lvl)
        if f.t in ("o", "a"):
            o, c = ("{", "}") if f.t == "o" else ("[", "]")
            if not f.v:
                out.append(pre + [o + c + tr])
                return
            out.append(pre + [o])
            for i, x in enumerate(f.v):
                kp = (json.dumps(x.k, ensure_ascii=ea) + ": ") if f.t == "o" else ""
                val(x, lvl + 1, [pad + " " * ind + kp], "," if i < len(f.v) - 1 else "")
            out.append([pad + c + tr])
        else:
            out.append(pre + sc_json(f, ea) + [tr])

    val(root, 0, [base], "")
    return out


def j_inline(f, ea=False, sp=False):
    if f.t == "o":
        parts = [[json.dumps(x.k, ensure_ascii=ea) + (": " if sp else ":")] + j_inline(x, ea, sp) for x in f.v]
        return ["{"] + join_segs(parts, ", " if sp else ",") + ["}"]
    if f.t == "a":
        return ["["] + join_segs([j_inline(x, ea, sp) for x in f.v], ", " if sp else ",") + ["]"]
    return sc_json(f, ea)


def r_yaml(fields, base="", ind=2, seq_indent=False):
    out = []

    def obj(fs, pad, first=None):
        for i, f in enumerate(fs):
            lead = first if (i == 0 and first is not None) else pad
            if f.t == "o":
                out.append([lead + f.k + ":"])
                obj(f.v, pad + " " * ind)
            elif f.t == "a":
                if not f.v:
                    out.append([lead + f.k + ": []"])
                    continue
                out.append([lead + f.k + ":"])
                ip = pad + (" " * ind if seq_indent else "")
                for it in f.v:
                    if it.t == "o":
                        obj(it.v, ip + "  ", first=ip + "- ")
                    else:
                        out.append([ip + "- "] + sc_yaml(it))
            else:
                out.append([lead + f.k + ": "] + sc_yaml(f))

    obj(fields, base)
    return out


def node_key(k):
    return k if re.match(r"^[A-Za-z_$][A-Za-z0-9_$]*$", k) else "'%s'" % k


def n_inline(f):
    if f.t == "o":
        if not f.v:
            return ["{}"]
        parts = [[node_key(x.k) + ": "] + n_inline(x) for x in f.v]
        return [(f.cls + " " if f.cls else "") + "{ "] + join_segs(parts, ", ") + [" }"]
    if f.t == "a":
        return ["[ "] + join_segs([n_inline(x) for x in f.v], ", ") + [" ]"] if f.v else ["[]"]
    return sc_node(f)


def r_node(root, base=""):
    out = []

    def val(f, lvl, pre, tr):
        pad = base + "  " * lvl
        il = n_inline(f)
        if f.t not in ("o", "a") or seg_len(il) + len(pad) + seg_len(pre) < 72:
            out.append(pre + il + [tr])
            return
        o, c = ("{", "}") if f.t == "o" else ("[", "]")
        out.append(pre + [((f.cls + " ") if (f.t == "o" and f.cls) else "") + o])
        for i, x in enumerate(f.v):
            kp = (node_key(x.k) + ": ") if f.t == "o" else ""
            val(x, lvl + 1, [pad + "  " + kp], "," if i < len(f.v) - 1 else "")
        out.append([pad + c + tr])

    val(root, 0, [base], "")
    return out


def py_inline(f):
    if f.t == "o":
        if f.cls:
            return [f.cls + "("] + join_segs([[x.k + "="] + py_inline(x) for x in f.v], ", ") + [")"]
        return ["{"] + join_segs([[repr(x.k) + ": "] + py_inline(x) for x in f.v], ", ") + ["}"]
    if f.t == "a":
        return ["["] + join_segs([py_inline(x) for x in f.v], ", ") + ["]"]
    return sc_py(f)


def r_rich(f, width):
    """rich.pretty style with indent guides; returns list of seg lists (no box)."""
    out = []

    def val(x, pre, ind, tr):
        il = py_inline(x)
        if x.t not in ("o", "a") or seg_len(il) + seg_len(pre) + len(tr) <= width:
            out.append(pre + il + [tr])
            return
        if x.t == "o" and x.cls:
            o, c = x.cls + "(", ")"
        else:
            o, c = ("{", "}") if x.t == "o" else ("[", "]")
        out.append(pre + [o])
        for y in x.v:
            kp = ((y.k + "=") if x.cls else (repr(y.k) + ": ")) if x.t == "o" else ""
            val(y, [ind + "│   " + kp], ind + "│   ", ",")
        out.append([ind + c + tr])

    val(f, [], "", "")
    return out


def rb_inline(f, new_hash=False):
    if f.t == "o":
        if f.cls:
            return ["#<%s:0x0000%s " % (f.cls, hexs(12))] + join_segs([["@" + x.k + "="] + rb_inline(x, new_hash) for x in f.v], ", ") + [">"]
        sep = " => " if new_hash else "=>"
        return ["{"] + join_segs([['"%s"%s' % (x.k, sep)] + rb_inline(x, new_hash) for x in f.v], ", ") + ["}"]
    if f.t == "a":
        return ["["] + join_segs([rb_inline(x, new_hash) for x in f.v], ", ") + ["]"]
    return sc_rb(f)


def r_rb_pp(root, cls):
    """pp of an object: one ivar per line."""
    out = [["#<%s:0x0000%s" % (cls, hexs(12))]]
    for i, f in enumerate(root):
        tr = "," if i < len(root) - 1 else ">"
        il = rb_inline(f)
        if f.t in ("o", "a") and seg_len(il) > 60:
            out.append([" @" + f.k + "="])
            out.append(["  "] + il + [tr])
        else:
            out.append([" @" + f.k + "="] + il + [tr])
    return out


def r_ap(fields, lvl=1, trailing=""):
    """awesome_print hash with right-aligned symbol keys."""
    out = [["{"]] if lvl == 1 else []
    keys = [":" + f.k for f in fields]
    w = max(len(k) for k in keys)
    pad = "    " * lvl
    for i, f in enumerate(fields):
        tr = "," if i < len(fields) - 1 else ""
        kk = pad + keys[i].rjust(w) + " => "
        if f.t == "o":
            out.append([kk + "{"])
            out.extend(r_ap(f.v, lvl + 1))
            out.append([pad + "}" + tr])
        elif f.t == "a":
            out.append([kk + "["])
            for j, x in enumerate(f.v):
                out.append([pad + "    [%d] " % j] + sc_ap(x) + ["," if j < len(f.v) - 1 else ""])
            out.append([pad + "]" + tr])
        else:
            out.append([kk] + sc_ap(f) + [tr])
    if lvl == 1:
        out.append(["}" + trailing])
    return out


def r_print_r(fields, cls=None, pad=""):
    out = [[(cls + " Object") if cls else "Array"], [pad + "("]]
    for f in fields:
        k = f.k + (":protected" if cls and R.random() < 0.3 else "")
        if f.t in ("o", "a"):
            items = f.v if f.t == "o" else [F(str(i), x.v, x.c, x.t, x.sty, x.cls) for i, x in enumerate(f.v)]
            sub = r_print_r(items, f.cls if (f.t == "o" and f.cls and R.random() < 0.5) else None, pad + "        ")
            out.append([pad + "    [" + k + "] => "] + sub[0])
            out.extend(sub[1:])
            out.append([""])
        else:
            out.append([pad + "    [" + k + "] => "] + sc_php(f))
    out.append([pad + ")"])
    return out


def r_var_dump(fields, cls=None, pad=""):
    if cls:
        out = [[pad + "object(%s)#%d (%d) {" % (cls, R.randint(12, 900), len(fields))]]
    else:
        out = [[pad + "array(%d) {" % len(fields)]]
    p2 = pad + "  "
    for f in fields:
        if cls:
            vis = ch(["", ":protected", ':"%s":private' % cls])
            out.append([p2 + '["%s"%s]=>' % (f.k, vis)])
        else:
            out.append([p2 + '["%s"]=>' % f.k])
        if f.t == "o":
            out.extend(r_var_dump(f.v, None, p2))
        elif f.t == "a":
            out.extend(r_var_dump([F(str(i), x.v, x.c, x.t, x.sty, x.cls) for i, x in enumerate(f.v)], None, p2))
        elif f.t in ("s", "d"):
            s = f.v if f.t == "s" else fdate(f.v, f.sty)
            out.append([p2 + 'string(%d) "' % len(s.encode())] + lab(f.c, s) + ['"'])
        elif f.t == "n":
            out.append([p2 + ("int(" if isinstance(f.v, int) else "float(")] + lab(f.c, str(f.v)) + [")"])
        elif f.t == "b":
            out.append([p2 + "bool(%s)" % ("true" if f.v else "false")])
        else:
            out.append([p2 + "NULL"])
    out.append([pad + "}"])
    return out


def r_dumper(fields, var="$VAR1", indent_mode=2, bless=None):
    out = []

    def obj(fs, col, pre, tr, is_list=False, cls=None):
        o, c = ("[", "]") if is_list else ("{", "}")
        opener = ("bless( " if cls else "") + o
        out.append(pre + [opener])
        bcol = col + (len("bless( ") if cls else 0)
        ip = " " * (bcol + 2) if indent_mode == 2 else " " * (col + 2)
        for i, f in enumerate(fs):
            t = "," if i < len(fs) - 1 else ""
            kp = "" if is_list else "'%s' => " % f.k
            if f.t in ("o", "a"):
                obj(f.v, len(ip) + len(kp) if indent_mode == 2 else len(ip), [ip + kp], t, f.t == "a")
            else:
                out.append([ip + kp] + sc_pl(f) + [t])
        cp = " " * bcol if indent_mode == 2 else " " * col
        out.append([cp + c + ((", '%s' )" % cls) if cls else "") + tr])

    obj(fields, len(var) + 3 if indent_mode == 2 else 0, [var + " = "], ";", False, bless)
    return out


def ex_inline(f):
    if f.t == "o":
        parts = [[x.k + ": "] + ex_inline(x) for x in f.v]
        return [("%%%s{" % f.cls) if f.cls else "%{"] + join_segs(parts, ", ") + ["}"]
    if f.t == "a":
        return ["["] + join_segs([ex_inline(x) for x in f.v], ", ") + ["]"]
    return sc_ex(f)


def r_elixir(fields, cls, base="", meta=None):
    out = [[base + "%" + cls + "{"]]
    allf = list(fields)
    if meta:
        out.append([base + "  __meta__: #Ecto.Schema.Metadata<:loaded, \"%s\">," % meta])
    for i, f in enumerate(allf):
        tr = "," if i < len(allf) - 1 else ""
        il = ex_inline(f)
        if f.t in ("o", "a") and seg_len(il) > 70:
            o = ("%%%s{" % f.cls) if (f.t == "o" and f.cls) else ("%{" if f.t == "o" else "[")
            out.append([base + "  " + f.k + ": " + o])
            for j, x in enumerate(f.v):
                kp = (x.k + ": ") if f.t == "o" else ""
                out.append([base + "    " + kp] + ex_inline(x) + ["," if j < len(f.v) - 1 else ""])
            out.append([base + "  " + ("}" if f.t == "o" else "]") + tr])
        else:
            out.append([base + "  " + f.k + ": "] + il + [tr])
    out.append([base + "}"])
    return out


def r_rust(f, base="", opt=0.15):
    out = []

    def val(x, pre, lvl, tr):
        pad = base + "    " * lvl
        if x.t == "o":
            out.append(pre + [(x.cls or "Record") + " {"])
            for y in x.v:
                val(y, [pad + "    " + y.k + ": "], lvl + 1, ",")
            out.append([pad + "}" + tr])
        elif x.t == "a":
            if not x.v:
                out.append(pre + ["[]" + tr])
                return
            out.append(pre + ["["])
            for y in x.v:
                val(y, [pad + "    "], lvl + 1, ",")
            out.append([pad + "]" + tr])
        elif x.t != "null" and x.c and R.random() < opt:
            out.append(pre + ["Some("])
            out.append([pad + "    "] + sc_rs(x) + [","])
            out.append([pad + ")" + tr])
        else:
            out.append(pre + sc_rs(x) + [tr])

    val(f, [base], 0, "")
    return out


def spew_scalar(f, gotype=None):
    if f.t == "s":
        return ["(string) (len=%d) \"" % len(go_q(f.v).encode())] + lab(f.c, go_q(f.v)) + ['"']
    if f.t == "d":
        a, b = go_time(f.v)
        return ["(time.Time) "] + lab(f.c, a) + [b]
    if f.t == "n":
        return ["(%s) " % (gotype or ("int64" if isinstance(f.v, int) else "float64"))] + lab(f.c, str(f.v))
    if f.t == "b":
        return ["(bool) %s" % ("true" if f.v else "false")]
    return ["(*string)(<nil>)"]


def r_spew(f, pkg="model"):
    out = []

    def val(x, pre, lvl, tr):
        pad = " " * lvl
        if x.t == "o":
            out.append(pre + ["(%s.%s) {" % (pkg, x.cls or "Record")])
            for i, y in enumerate(x.v):
                val(y, [pad + " " + y.k + ": "], lvl + 1, "," if i < len(x.v) - 1 else "")
            out.append([pad + "}" + tr])
        elif x.t == "a":
            out.append(pre + ["([]string) (len=%d cap=%d) {" % (len(x.v), len(x.v))])
            for i, y in enumerate(x.v):
                val(y, [pad + " "], lvl + 1, "," if i < len(x.v) - 1 else "")
            out.append([pad + "}" + tr])
        else:
            out.append(pre + spew_scalar(x) + [tr])

    out.append(["(*%s.%s)(0xc000%s)({" % (pkg, f.cls or "Record", hexs(6))])
    for i, y in enumerate(f.v):
        val(y, [" " + y.k + ": "], 1, "," if i < len(f.v) - 1 else "")
    out.append(["})"])
    return out


def go_plus_v(f, plus=True):
    if f.t == "o":
        parts = [([x.k + ":"] if plus else []) + go_plus_v(x, plus) for x in f.v]
        return ["{"] + join_segs(parts, " ") + ["}"]
    if f.t == "a":
        return ["["] + join_segs([go_plus_v(x, plus) for x in f.v], " ") + ["]"]
    return sc_go_plain(f)


def go_sharp_v(f, pkg="model"):
    if f.t == "o":
        parts = [[x.k + ":"] + go_sharp_v(x, pkg) for x in f.v]
        return ["%s.%s{" % (pkg, f.cls or "Record")] + join_segs(parts, ", ") + ["}"]
    if f.t == "a":
        return ["[]string{"] + join_segs([go_sharp_v(x, pkg) for x in f.v], ", ") + ["}"]
    return sc_go_sharp(f)


def kt_inline(f, java_record=False):
    if f.t == "o":
        o, c = ("[", "]") if java_record else ("(", ")")
        return [(f.cls or "Data") + o] + join_segs([[x.k + "="] + kt_inline(x, java_record) for x in f.v], ", ") + [c]
    if f.t == "a":
        return ["["] + join_segs([kt_inline(x, java_record) for x in f.v], ", ") + ["]"]
    return sc_kt(f)


# ----------------------------------------------------------------------------
# shared helpers for record generators
# ----------------------------------------------------------------------------
def ptree(p, style=None, cls="Patient", **kw):
    fs = pfields(p, **kw)
    root = O(None, fs, cls=cls)
    return conv_tree(root, style) if style else root


def cri_pre(stream="stdout"):
    t = ts_cri()
    return lambda: [t + " " + stream + " F "]


def fixed_pre(text):
    return lambda: [text]


PYFILES = ["app/services/eligibility.py", "intake/register.py", "billing/charge.py",
           "ehr/adapters/hl7_inbound.py", "portal/views/profile.py", "workers/fax_sender.py",
           "claims/x12/builder.py", "scheduling/reminders.py", "identity/matching.py"]
PYFUNCS = ["check_coverage", "register_patient", "charge_card", "handle_adt", "update_profile",
           "send_fax", "build_837", "send_reminder", "match_candidates", "reconcile", "normalize"]


def py_frame(base=None):
    f = ch(PYFILES)
    root = base or ch(["/srv/app", "/opt/ehr", "/usr/src/app", "/home/app/current"])
    return '  File "%s/%s", line %d, in %s' % (root, f, R.randint(20, 900), ch(PYFUNCS))


def lib_frames(n):
    libs = [
        ('/usr/local/lib/python3.11/site-packages/requests/api.py', 115, 'post', 'return request("post", url, data=data, json=json, **kwargs)'),
        ('/usr/local/lib/python3.11/site-packages/requests/sessions.py', 589, 'request', 'resp = self.send(prep, **send_kwargs)'),
        ('/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/base.py', 1967, '_exec_single_context', 'self.dialect.do_execute('),
        ('/usr/local/lib/python3.11/site-packages/celery/app/trace.py', 477, 'trace_task', 'R = retval = fun(*args, **kwargs)'),
        ('/usr/local/lib/python3.11/site-packages/django/core/handlers/base.py', 197, '_get_response', 'response = wrapped_callback(request, *callback_args, **callback_kwargs)'),
        ('/usr/lib/python3.11/json/decoder.py', 355, 'raw_decode', 'raise JSONDecodeError("Expecting value", s, err.value) from None'),
        ('/usr/local/lib/python3.11/site-packages/urllib3/connectionpool.py', 845, 'urlopen', 'retries = retries.increment('),
    ]
    out = []
    for _ in range(n):
        f, l, fn, code = ch(libs)
        out.append(['  File "%s", line %d, in %s' % (f, l, fn)])
        out.append(["    " + code])
    return out


def java_frames(n, pkg="com.acme.ehr"):
    cls = ["service.PatientService", "web.PatientController", "repo.PatientRepositoryImpl",
           "integration.EligibilityClient", "batch.ClaimWriter", "hl7.AdtHandler", "fax.OutboundFaxJob"]
    lib = ["org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:883)",
           "org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:113)",
           "jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)",
           "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)",
           "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
           "java.base/java.lang.Thread.run(Thread.java:840)",
           "com.zaxxer.hikari.pool.ProxyPreparedStatement.executeUpdate(ProxyPreparedStatement.java:61)",
           "org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)"]
    out = []
    for i in range(n):
        if R.random() < 0.5:
            c = ch(cls)
            m = ch(["save", "update", "lookup", "submit", "handle", "lambda$process$3", "validate"])
            out.append(["\tat %s.%s.%s(%s.java:%d)" % (pkg, c, m, c.split(".")[-1], R.randint(30, 600))])
        else:
            out.append(["\tat " + ch(lib)])
    return out


# ----------------------------------------------------------------------------
# composite strings: F(k, [segments], t="x") = a string value with labeled pieces
# inside it (e.g. a free-text message); each printer escapes piece by piece.
# ----------------------------------------------------------------------------
def X(k, *segs):
    return F(k, flat(list(segs)), t="x")


def xjoin(segs):
    return "".join(s if isinstance(s, str) else s[1] for s in segs)


def _py_body(q):
    def e(s):
        s = s.replace("\\", "\\\\").replace(q, "\\" + q)
        return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return e


def _xq_py(j, *a):
    q = '"' if ("'" in j and '"' not in j) else "'"
    return q, q, _py_body(q)


def _xq_node(j, *a):
    q = '"' if ("'" in j and '"' not in j) else "'"
    return q, q, (lambda s: s.replace("\\", "\\\\").replace("'", "\\'")) if q == "'" else (lambda s: s.replace("\\", "\\\\"))


def _xq_pl(j, *a):
    if all(ord(c) < 128 for c in j):
        return "'", "'", lambda s: s.replace("\\", "\\\\").replace("'", "\\'")
    return '"', '"', lambda s: perl_q(s + "é")[1][:-len("\\x{e9}")] if s else s


def _xq_yaml(j, *a):
    q, _, _ = y_str(j)
    if q:
        return "'", "'", lambda s: s.replace("'", "''")
    return "", "", lambda s: s


def _x_wrap(fn, quotes):
    def w(f, *a, **kw):
        if f.t == "x":
            ql, qr, e = quotes(xjoin(f.v), *a)
            return [ql] + esc_segs(f.v, e) + [qr]
        return fn(f, *a, **kw)
    return w


_ident = lambda s: s
sc_json = _x_wrap(sc_json, lambda j, ea=False: ('"', '"', lambda s: json_esc(s, ea)))
sc_py = _x_wrap(sc_py, _xq_py)
sc_node = _x_wrap(sc_node, _xq_node)
sc_rb = _x_wrap(sc_rb, lambda j: ('"', '"', rb_esc))
sc_ap = _x_wrap(sc_ap, lambda j: ('"', '"', rb_esc))
sc_ex = _x_wrap(sc_ex, lambda j: ('"', '"', rb_esc))
sc_rs = _x_wrap(sc_rs, lambda j: ('"', '"', lambda s: s.replace("\\", "\\\\").replace('"', '\\"')))
sc_go_plain = _x_wrap(sc_go_plain, lambda j: ("", "", _ident))
sc_go_sharp = _x_wrap(sc_go_sharp, lambda j: ('"', '"', go_q))
sc_kt = _x_wrap(sc_kt, lambda j: ("", "", _ident))
sc_pl = _x_wrap(sc_pl, _xq_pl)
sc_yaml = _x_wrap(sc_yaml, _xq_yaml)
sc_php = _x_wrap(sc_php, lambda j: ("", "", _ident))
_spew_scalar0 = spew_scalar


def spew_scalar(f, gotype=None):
    if f.t == "x":
        segs = esc_segs(f.v, go_q)
        return ["(string) (len=%d) \"" % seg_blen(segs)] + segs + ['"']
    return _spew_scalar0(f, gotype)


# ----------------------------------------------------------------------------
# PHI record generators, batch A: JSON, YAML, k8s, Python
# ----------------------------------------------------------------------------
def fhir_patient(p):
    org = ch(ORGS)
    ident = [O(None, [F("system", "urn:oid:1.2.840.114350.1.13.%d.2.7.5.737384.14" % R.randint(100, 999)),
                      F("value", p.mrn, "mrn")])]
    if R.random() < 0.5:
        ident.append(O(None, [F("system", "http://hl7.org/fhir/sid/us-ssn"), F("value", p.ssn, "ssn")]))
    if R.random() < 0.4:
        ident.append(O(None, [F("system", "http://hl7.org/fhir/sid/us-mbi"), F("value", p.mbi, "health_plan")]))
    given = [F(None, p.first, "name")] + ([F(None, p.middle, "name")] if p.middle else [])
    fs = [F("resourceType", "Patient"), F("id", uuid4()),
          A("identifier", ident),
          A("name", [O(None, [F("use", "official"), F("family", p.last, "name"), A("given", given)])]),
          A("telecom", [O(None, [F("system", "phone"), F("value", p.phone, "phone"), F("use", ch(["home", "mobile"]))])] +
            ([O(None, [F("system", "email"), F("value", p.email, "email")])] if R.random() < 0.5 else [])),
          F("gender", ch(["female", "male", "unknown", "other"])),
          F("birthDate", p.dob.isoformat(), "date"),
          A("address", [O(None, [F("use", "home"), A("line", [F(None, p.street, "address")]), F("city", p.city, "address"),
                                 F("district", p.county, "address"), F("state", p.state), F("postalCode", p.zip, "zip")])]),
          A("generalPractitioner", [O(None, [F("display", "Dr. %s" % clinician()[0])])])]
    if p.age > 89:
        fs.append(A("extension", [O(None, [F("url", "http://acme.org/fhir/StructureDefinition/age-at-registration"), F("valueInteger", p.age, "age")])]))
    if R.random() < 0.4:
        fs.insert(4, O("text", [F("status", "generated"),
                                X("div", '<div xmlns="http://www.w3.org/1999/xhtml">', ("name", p.full), " (MRN ", ("mrn", p.mrn), ")</div>")]))
    return O(None, fs)


def gen_json_pretty(mode=None, ind=None, ea=None):
    tick()
    ind = ind or ch([2, 2, 4, 4, 2])
    ea = (R.random() < 0.4) if ea is None else ea
    mkp = P_nonascii if ea else P
    fam = "json_pretty%d" % ind
    mode = ch([0, 0, 0, 1, 1, 2, 3, 4, 4]) if mode is None else mode
    t = ts_iso()
    style = ch([None, "snake", "camel", "pascal"])
    if mode == 0:
        rec = Rec(fam)
        p = mkp()
        if R.random() < 0.6:
            rec.ln(t + " DEBUG [%s] c.a.i.web.PatientController - inbound registration payload (mrn=" % ch(HOSTS), ("mrn", p.mrn), "):")
        else:
            rec.ln(t + " DEBUG [%s] c.a.i.web.PatientController - inbound registration payload:" % ch(HOSTS))
        root = ptree(p, style, n_extra=R.randint(1, 3))
    elif mode == 1:
        rec = Rec(fam, cri_pre())
        rec.ln("%s level=info msg=\"batch eligibility request\" batch=%s" % (t, digits(6)))
        pts = [O(None, pfields(mkp(), n_extra=1, noise=0)) for _ in range(2)]
        root = O(None, [F("batchId", uuid4()), A(ch(["patients", "members", "records"]), pts)])
        if style:
            root = conv_tree(root, style)
    elif mode == 2:
        rec = Rec("fhir_json")
        rec.ln("[%s] fhir-sync.WARN: resource rejected by target (HTTP 422), body follows" % t)
        root = fhir_patient(mkp())
    elif mode == 3:
        rec = Rec(fam)
        rec.ln("%s ERROR rcm.statements: %s" % (ts_sp(), ch(["statement render failed", "guarantor merge conflict", "refund validation failed"])))
        p = mkp()
        g = pfields(p, core=["name", "address"], n_extra=0, noise=0) + pfield(p, ch(["acct", "card", "iban", "bank"]))
        root = O(None, [F("statementId", "ST-" + digits(9)), O("guarantor", g), F("period", "2024-05"),
                        A("lines", [O(None, [F("serviceDate", svc_date(), "date", sty=R.randint(0, 7)),
                                             F("cpt", ch(["99213", "80053", "93000", "71046"])),
                                             F("charge", round(R.uniform(20, 900), 2))]) for _ in range(1)])])
        if style:
            root = conv_tree(root, style)
    else:
        rec = Rec(fam)
        rec.ln("%s | portal-api | user profile snapshot (audit)" % t)
        p = mkp()
        root = O(None, pfields(p, n_extra=R.randint(1, 3), core=["name", "email", "phone"]) + pfield(p, ch(["ip", "photo", "url", "mac", "imei"])))
    rec.many(r_json(root, ind, ea))
    return rec


def gen_yaml_doc():
    tick()
    mode = R.randint(0, 2)
    p = P()
    if mode == 0:
        rec = Rec("yaml_doc")
        rec.ln("%s INFO  intake.loader: parsed referral document %s.yaml" % (ts_sp(), uuid4()[:8]))
        rec.ln("---")
        fs = [F("kind", "Referral"), F("received", ts_iso()),
              O("patient", conv_tree(O(None, pfields(p, n_extra=R.randint(1, 3))), "snake").v),
              O("referring", [F("name", "Dr. %s" % clinician()[0]), F("npi", npi()), F("fax", ch(ORGS)[6])]),
              A("diagnoses", [F(None, ch(["I10", "E11.9", "N18.4", "C50.911", "F32.A"])) for _ in range(R.randint(1, 3))])]
        rec.many(r_yaml(fs, seq_indent=R.random() < 0.5))
        rec.ln("...")
    elif mode == 1:
        rec = Rec("ruby_yaml")
        rec.ln("I, [%s #%d]  INFO -- : Patient#to_yaml" % (ts_iso(z=False).replace("+00:00", ""), R.randint(1000, 30000)))
        rec.ln("--- !ruby/object:Patient")
        rec.ln("attributes:")
        fs = conv_tree(O(None, pfields(p, n_extra=R.randint(1, 3))), "snake").v
        rec.many(r_yaml(fs, base="  "))
        rec.ln("new_record: false")
    else:
        rec = Rec("yaml_list")
        rec.ln("%s [scheduler] reminders due (dump):" % ts_iso())
        items = []
        for _ in range(R.randint(2, 3)):
            q = P()
            items.append(O(None, [F("appt_id", "A" + digits(8)), F("patient", q.full, "name"),
                                  F("when", q.appt, "date", sty=R.randint(0, 7)),
                                  F("channel", ch(["sms", "voice", "email"])),
                                  (F("to", q.phone, "phone") if R.random() < 0.7 else F("to", q.email, "email")),
                                  F("provider", "Dr. %s" % clinician()[0])]))
        rec.many(r_yaml([A("reminders", items)], seq_indent=R.random() < 0.5))
    return rec


def gen_k8s():
    tick()
    p = P()
    rec = Rec("k8s_yaml")
    mode = R.randint(0, 1)
    if mode == 0:
        rec.ln("+ kubectl -n ehr-prod get job/reindex-patient-%s -o yaml" % digits(5))
        rec.ln("kind: Job")
        rec.ln("metadata:")
        rec.ln("  annotations:")
        rec.ln("    ehr.acme.io/reason: ", ("name", p.full), " chart merge (dup ", ("mrn", mrn()), ")")
        rec.ln("spec:")
        rec.ln("  template:")
        rec.ln("    spec:")
        rec.ln("      containers:")
        rec.ln("      - image: registry.acme.io/ehr/reindex:%d.%d.%d" % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 9)))
        rec.ln("        args: [\"--mrn\", \"", ("mrn", p.mrn), "\", \"--dob\", \"", ("date", p.dob.isoformat()), "\"]")
        rec.ln("        env:")
        envs = [("PATIENT_NAME", "name", p.full), ("PATIENT_DOB", "date", fdate(p.dob, 1)), ("PATIENT_ZIP", "zip", p.zip),
                ("PATIENT_PHONE", "phone", p.phone), ("PATIENT_SSN", "ssn", p.ssn), ("PATIENT_MEMBER_ID", "health_plan", p.member),
                ("PATIENT_EMAIL", "email", p.email), ("PATIENT_STREET", "address", p.street)]
        for k, c, v in R.sample(envs, R.randint(3, 5)):
            rec.ln("        - {name: %s, value: \"" % k, (c, json_esc(v)), "\"}")
        rec.ln("status:")
        rec.ln("  conditions:")
        rec.ln("  - message: 'merge target ", ("name", p.last.upper().replace("'", "''")), ", ", ("name", p.first.upper().replace("'", "''")),
               " DOB ", ("date", fdate(p.dob, 1)), " not found'")
    else:
        rec.ln("+ kubectl -n integrations get patientsyncrequest/psr-%s -o yaml" % hexs(5))
        rec.ln("apiVersion: integrations.acme.io/v1alpha1")
        rec.ln("kind: PatientSyncRequest")
        rec.ln("spec:")
        rec.ln("  patient:")
        fs = conv_tree(O(None, (pfields_nb(p, n_extra=1, noise=0))), "camel").v
        rec.many(r_yaml(fs, base="    "))
        rec.ln("status:")
        rec.ln("  message: |-")
        rec.ln("    upstream rejected demographics for ", ("name", p.full))
        rec.ln("    reason: SSN ", ("ssn", p.ssn), " belongs to another member")
    return rec


def py_exc_tail(p):
    """Final exception lines of a Python traceback, carrying PHI; list of seg lines."""
    k = ch([0, 0, 1, 1, 2, 3, 3, 4, 5, 5])
    if k == 0:
        return [["ValueError: invalid SSN '", ("ssn", p.ssn), "' for patient ", ("mrn", p.mrn)]]
    if k == 1:
        nm = "%s, %s" % (p.last, p.first)
        q, b = py_q(nm)
        return [["KeyError: ", q, ("name", b), q]]
    if k == 2:
        return [["sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint \"patients_email_key\""],
                ["DETAIL:  Key (email)=(", ("email", p.email), ") already exists."],
                ["[SQL: INSERT INTO patients (mrn, first_name, last_name, birth_date, email) VALUES (%(mrn)s, %(first_name)s, %(last_name)s, %(birth_date)s, %(email)s) RETURNING patients.id]"],
                ["[parameters: "] + py_inline(O(None, [F("mrn", p.mrn, "mrn"), F("first_name", p.first, "name"), F("last_name", p.last, "name"),
                                                       F("birth_date", p.dob, "date"), F("email", p.email, "email")])) + ["]"],
                ["(Background on this error at: https://sqlalche.me/e/20/gkpj)"]]
    if k == 3:
        u = "https://api.%s.com/v1/members/%s/eligibility?dob=%s" % (ch(["availity", "changehealth", "payerxchange"]), p.member, p.dob.strftime("%Y%m%d"))
        return [["requests.exceptions.HTTPError: 404 Client Error: Not Found for url: ", ("url", u)]]
    if k == 4:
        bd = fdate(p.dob, ch([1, 3, 6]))
        s2 = p.ssn.replace("-", "").replace(" ", "")
        return [["pydantic_core._pydantic_core.ValidationError: 2 validation errors for PatientIn"],
                ["birth_date"],
                ["  Input should be a valid date or datetime, invalid character in year [type=date_from_datetime_parsing, input_value='", ("date", bd), "', input_type=str]"],
                ["    For further information visit https://errors.pydantic.dev/2.6/v/date_from_datetime_parsing"],
                ["ssn"],
                ["  String should match pattern '^\\d{3}-\\d{2}-\\d{4}$' [type=string_pattern_mismatch, input_value='", ("ssn", s2), "', input_type=str]"],
                ["    For further information visit https://errors.pydantic.dev/2.6/v/string_pattern_mismatch"]]
    return [["phonenumbers.phonenumberutil.NumberParseException: (1) Missing or invalid default region. (input: '", ("phone", p.phone), "', patient=", ("mrn", p.mrn), ")"]]


def gen_py_traceback():
    tick()
    p = P()
    rec = Rec("py_traceback")
    if R.random() < 0.5:
        rec.ln("%s ERROR [%s] %s: unhandled exception in task %s" % (ts_sp(), ch(["celery.worker", "django.request", "intake", "root"]), ch(HOSTS), uuid4()))
    else:
        rec.ln("%s ERROR [%s] %s: task failed for patient " % (ts_sp(), ch(["celery.worker", "django.request", "intake", "root"]), ch(HOSTS)), ("mrn", p.mrn), " (", ("name", p.full), ")")
    rec.ln("Traceback (most recent call last):")
    cap = R.random() < 0.85  # traceback.print_exception(..., capture_locals=True)
    rec.ln(py_frame())
    rec.ln("    result = handler(payload)")
    if cap:
        pl = O(None, (pfields_nb(p, n_extra=R.randint(0, 2), noise=0)))
        rec.ln("    payload = ", *py_inline(pl))
        rec.ln("    handler = <function register_patient at 0x7f%s>" % hexs(10))
    if R.random() < 0.3:
        rec.many(lib_frames(1))
    rec.ln(py_frame())
    rec.ln("    raise ProcessingError(patient) from exc" if R.random() < 0.5 else "    return self._submit(patient, coverage)")
    if cap:
        locs = [("patient", O(None, [F("mrn", p.mrn, "mrn"), F("name", p.full, "name"), F("dob", p.dob, "date")], cls="Patient")),
                ("fax_to", F("", phone(), "fax")), ("plate", F("", p.plate, "vehicle")), ("pump_serial", F("", p.serial, "device")),
                ("phone", F("", p.phone, "phone")), ("member_id", F("", p.member, "health_plan")), ("zip_code", F("", p.zip, "zip")),
                ("email", F("", p.email, "email")), ("ssn", F("", p.ssn, "ssn"))]
        for k, v in R.sample(locs, R.randint(3, 5)):
            rec.ln("    %s = " % k, *py_inline(v))
        rec.ln("    exc = ConnectionResetError(104, 'Connection reset by peer')")
    rec.many(py_exc_tail(p))
    return rec


def rich_box(lines, width, border="│", left="│ ", right=" │"):
    out = []
    inner = width - len(left) - len(right)
    for l in lines:
        n = seg_len(l)
        out.append([left] + l + [" " * max(0, inner - n) + right])
    return out


def gen_py_rich():
    tick()
    p = P()
    W = ch([100, 110, 120])
    rec = Rec("py_rich")
    rec.ln("[%s] ERROR    Task failed: %s" % (now().strftime("%m/%d/%y %H:%M:%S"), ch(["send_statement", "submit_claim", "sync_demographics"])))
    title = " Traceback (most recent call last) "
    l = (W - 2 - len(title)) // 2
    rec.ln("╭" + "─" * l + title + "─" * (W - 2 - l - len(title)) + "╮")
    body = []
    fpath = "/srv/app/" + ch(PYFILES)
    fn = ch(PYFUNCS)
    ln0 = R.randint(40, 400)
    body.append(["%s:%d in %s" % (fpath, ln0, fn)])
    body.append([""])
    code = ["payload = self.build(patient)", "resp = self.client.post(url, json=payload)"]
    for i, c in enumerate(code):
        mark = "❱ " if i == 1 else "  "
        body.append(["%s%d │   │   %s" % (mark, ln0 - 1 + i, c)])
    body.append([""])
    iw = W - 4 - 2
    lt = " locals "
    l2 = (iw - 2 - len(lt)) // 2
    body.append(["╭" + "─" * l2 + lt + "─" * (iw - 2 - l2 - len(lt)) + "╮"])
    tree = O(None, (pfields_nb(p, n_extra=2, noise=0, core=R.sample(CORE, 4))), cls=ch([None, "PatientDTO", "Member"]))
    extra = R.sample([("member_id", F("", p.member, "health_plan")), ("phone", F("", p.phone, "phone")), ("dob", F("", p.dob, "date")),
                      ("email", F("", p.email, "email")), ("zip_code", F("", p.zip, "zip")), ("mbi", F("", p.mbi, "health_plan"))], 3)
    vars_ = [("patient", tree)] + extra
    kw = max(len(v[0]) for v in vars_)
    inner = []
    for k, t in vars_:
        pre = " " + k.rjust(kw) + " = "
        if t is None:
            inner.append([pre + "<claims.client.PayerClient object at 0x7f%s>" % hexs(10)])
        else:
            rl = r_rich(t, iw - 4 - len(pre))
            inner.append([pre] + rl[0])
            for x in rl[1:]:
                inner.append([" " * len(pre)] + x)
    body.extend(rich_box(inner, iw))
    body.append(["╰" + "─" * (iw - 2) + "╯"])
    for x in rich_box(body, W):
        rec.ln(*x)
    rec.ln("╰" + "─" * (W - 2) + "╯")
    rec.many(py_exc_tail(p))
    return rec


def gen_py_better():
    tick()
    p = P()
    rec = Rec("py_better_exceptions")
    rec.ln("%s [ERROR] %s" % (ts_iso(), ch(["identity match failed", "could not register patient", "insurance verification crashed"])))
    rec.ln("Traceback (most recent call last):")
    if R.random() < 0.4:
        rec.ln(py_frame())
        rec.ln("    return verify(request.json)")
        rec.ln("           │      │       └ <property object at 0x7f%s>" % hexs(10))
        rec.ln("           │      └ <Request 'http://intake.svc.local/api/v2/verify' [POST]>")
        rec.ln("           └ <function verify at 0x7f%s>" % hexs(10))
    rec.ln(py_frame())
    cands = [("ssn", F("", p.ssn, "ssn")), ("dob", F("", p.dob, "date")), ("last_name", F("", p.last, "name")),
             ("member_id", F("", p.member, "health_plan")), ("zip_code", F("", p.zip, "zip")), ("phone", F("", p.phone, "phone")),
             ("patient", O(None, (pfields_nb(p, n_extra=0, noise=0, core=["name", "mrn", "dob"])), cls="Patient")),
             ("retries", F("", R.randint(0, 3))), ("cfg", F("", "<Settings env='prod'>", t="raw"))]
    sel = R.sample(cands, R.randint(3, 5))
    fn = ch(["lookup_member", "match_identity", "score_candidate", "verify_coverage"])
    code = "    " + fn + "("
    cols = []
    for i, (nm, _) in enumerate(sel):
        if i:
            code += ", "
        cols.append(len(code))
        code += nm
    code += ")"
    rec.ln(code)
    for i in reversed(range(len(sel))):
        line = [" "] * cols[i]
        for j in range(i):
            line[cols[j]] = "│"
        f = sel[i][1]
        val = ["<Settings env='prod'>"] if f.t == "raw" else py_inline(f)
        rec.ln("".join(line) + "└ ", *val)
    rec.many(py_exc_tail(p))
    return rec


def gen_py_stackprinter():
    tick()
    p = P()
    rec = Rec("py_stackprinter")
    rec.ln("%s CRITICAL billing.worker: charge failed" % ts_sp())
    path = "/srv/billing/" + ch(PYFILES)
    l0 = R.randint(30, 300)
    rec.ln('File "%s", line %d, in charge_card' % (path, l0 + 3))
    src = ["def charge_card(patient, card, amount):", "    try:", "        return gw.charge(card.number, amount, billing_zip=patient.zip)"]
    for i, s in enumerate(src):
        mk = "-->" if i == 2 else "   "
        rec.ln("%s %-4d %s" % (mk, l0 + i + 1, s))
    rec.ln("    " + "." * 50)
    pt = O(None, [F("mrn", p.mrn, "mrn"), F("name", p.full, "name")], cls="Patient")
    rec.ln("     patient = <Patient ", *join_segs([[x.k + "="] + sc_py(x) for x in pt.v], " "), ">")
    rec.ln("     card.number = '", ("account", p.card), "'")
    q, b = py_q(p.full)
    rec.ln("     card.holder = ", q, ("name", b), q)
    rec.ln("     amount = %.2f" % R.uniform(10, 800))
    rec.ln("     patient.zip = '", ("zip", p.zip), "'")
    rec.ln("     patient.dob = datetime.date(", ("date", "%d, %d, %d" % (p.dob.year, p.dob.month, p.dob.day)), ")")
    rec.ln("     patient.phone = '", ("phone", p.phone), "'")
    if R.random() < 0.5:
        rec.ln("     patient.email = '", ("email", p.email), "'")
    rec.ln("    " + "." * 50)
    rec.ln("GatewayError: %s" % ch(["card declined (do_not_honor)", "AVS mismatch", "gateway timeout after 30s"]))
    return rec


def ensure_ascii_choice():
    return R.random() < 0.5


def gen_json_batch4():
    return gen_json_pretty(mode=1, ind=4)


def gen_json_single2():
    return gen_json_pretty(mode=4, ind=2, ea=True)


def P_nonascii():
    for _ in range(60):
        p = P()
        if any(ord(c) > 127 for c in p.full):
            return p
    return p


def gen_sentry():
    tick()
    p = P()
    rec = Rec("sentry_event_json")
    rec.ln("%s DEBUG sentry.before_send: dropping event (PII scrubber disabled), dump:" % ts_sp())
    q, body = py_q(p.full)[0], _py_body(py_q(p.full)[0])(p.full)
    frame_vars = O("vars", [X("patient", "<Patient mrn='", ("mrn", p.mrn), "' name=", q, ("name", body), q, ">"),
                            X("phone", "'", ("phone", p.phone), "'"),
                            X("dob", "datetime.date(", ("date", "%d, %d, %d" % (p.dob.year, p.dob.month, p.dob.day)), ")")])
    ev = O(None, [O("user", [F("email", p.email, "email"), F("ip_address", p.ip, "ip")]),
                  O("request", [F("url", portal_url(p), "url"), F("method", "POST"),
                                X("body", *j_inline(O(None, [F("memberId", p.member, "health_plan"), F("firstName", p.first, "name"),
                                                             F("lastName", p.last, "name"), F("zip", p.zip, "zip")]), R.random() < 0.5))]),
                  O("exception", [F("type", "TwilioRestException"),
                                  X("value", "HTTP 400 error: The 'To' number ", ("phone", p.phone), " is not a valid phone number.")]),
                  frame_vars,
                  O("extra", (pfields_nb(p, n_extra=1, noise=0, core=R.sample(["name", "dob", "phone", "ssn", "member", "mrn"], 2))))])
    rec.many(r_json(ev, 2, ensure_ascii_choice()))
    return rec


# ----------------------------------------------------------------------------
# PHI record generators, batch B: Go, Java/Kotlin, Ruby, PHP, Perl
# ----------------------------------------------------------------------------
def go_goroutine(n_frames, pkg="github.com/acme-health/ehr-gateway"):
    out = [["goroutine %d [running]:" % R.randint(1, 900)]]
    fns = ["internal/intake.(*Handler).Register(0xc000%s, {0x1a2b3c0, 0xc000%s})" % (hexs(6), hexs(6)),
           "internal/claims.BuildSubscriberLoop(0xc000%s)" % hexs(6),
           "internal/hl7.(*Parser).parsePID(0xc000%s, {0xc000%s, 0x%x, 0x%x})" % (hexs(6), hexs(6), R.randint(64, 999), R.randint(64, 999)),
           "internal/fax.(*Sender).Send(0xc000%s, {0x1d4e9a8, 0xc000%s}, 0xc000%s)" % (hexs(6), hexs(6), hexs(6))]
    files = ["internal/intake/handler.go", "internal/claims/loop2010.go", "internal/hl7/pid.go", "internal/fax/sender.go"]
    for _ in range(n_frames):
        i = R.randrange(len(fns))
        out.append(["%s/%s" % (pkg, fns[i])])
        out.append(["\t/build/%s:%d +0x%x" % (files[i], R.randint(20, 500), R.randint(0x20, 0x4ff))])
    out.append(["net/http.HandlerFunc.ServeHTTP(0xc000%s, {0x1f0c2a0, 0xc000%s}, 0xc000%s)" % (hexs(6), hexs(6), hexs(6))])
    out.append(["\t/usr/local/go/src/net/http/server.go:2136 +0x29"])
    out.append(["created by net/http.(*Server).Serve in goroutine 1"])
    out.append(["\t/usr/local/go/src/net/http/server.go:3086 +0x4cc"])
    return out


def go_struct(p, n_extra=None):
    fs = (pfields_nb(p, n_extra=R.randint(0, 2) if n_extra is None else n_extra))
    for f in fs:
        if f.t == "o" and f.cls is None:
            f.cls = "Contact"
    return conv_tree(O(None, fs, cls="Patient"), "pascal")


def gen_go_panic():
    tick()
    p = P()
    rec = Rec("go_panic")
    t = go_struct(p)
    for _ in range(R.randint(2, 4)):
        tick(1, 40)
        f = R.sample([("member_id", p.member, "health_plan"), ("dob", p.dob.isoformat(), "date"), ("name", p.full, "name"),
                      ("phone", p.phone, "phone"), ("mrn", p.mrn, "mrn"), ("zip", p.zip, "zip")], 2)
        rec.ln("%s\t%s\tintake/handler.go:%d\t%s\t{\"req_id\": \"%s\", \"%s\": \"" % (ts_iso(), ch(["WARN", "ERROR"]), R.randint(30, 300), ch(["subscriber lookup failed", "retrying eligibility", "duplicate subscriber"]), hexs(16), f[0][0]),
               (f[0][2], json_esc(f[0][1])), "\", \"%s\": \"" % f[1][0], (f[1][2], json_esc(f[1][1])), "\"}")
    k = R.randint(0, 2)
    if k == 0:
        rec.ln("panic: claims: subscriber loop invalid for ", *(["&"] + go_plus_v(t, True)))
    elif k == 1:
        rec.ln("panic: interface conversion: interface {} is nil, not string [recovered]")
        rec.ln("\tpanic: hl7: PID-7 unparsable in %#v: ", *go_sharp_v(t, ch(["model", "hl7", "domain"])))
    else:
        rec.ln("panic: runtime error: invalid memory address or nil pointer dereference [recovered]")
        rec.ln("\tpanic: patient %v: ", *go_plus_v(t, False))
        rec.ln("[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x%x]" % R.randint(0x400000, 0xffffff))
    rec.ln("")
    rec.many(go_goroutine(1)[:3])
    rec.ln("exit status 2")
    return rec


def gen_go_spew():
    tick()
    p = P()
    rec = Rec("go_spew")
    pre = "%s DEBUG " % now().strftime("%Y/%m/%d %H:%M:%S")
    if R.random() < 0.6:
        rec.ln(pre + "eligibility: dumping request for ", ("name", p.full), " before 271 parse failure")
    else:
        rec.ln(pre + "eligibility: dumping request before 271 parse failure")
    t = go_struct(p, R.randint(1, 3))
    if R.random() < 0.4:
        t.v.append(A("Aliases", [F(None, "%s %s" % (p.first, ch(LAST)), "name")]))
    rec.many(r_spew(t, ch(["model", "eligibility", "domain"])))
    if R.random() < 0.5:
        rec.ln(pre + "eligibility: payer said: AAA*Y**72*C~ (invalid member id ", ("health_plan", p.member), ")")
    return rec


def gen_java():
    tick()
    p = P()
    rec = Rec("java_exception")
    k = R.randint(0, 3)
    rec.ln("%s ERROR %d --- [nio-8080-exec-%d] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [uri=/api/v1/patients/" % (ts_sp().replace(",", "."), R.randint(1, 9), R.randint(1, 10)),
           ("mrn", p.mrn), "/%s]" % ch(["coverage", "demographics", "register"]))
    if k == 0:
        rec.ln("org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_patient_ssn]")
        rec.many(java_frames(1))
        rec.ln("Caused by: org.hibernate.exception.ConstraintViolationException: could not execute statement [insert into patient (birth_date,first_name,last_name,mrn,ssn) values ('",
               ("date", p.dob.isoformat()), "','", ("name", sql_q(p.first)), "','", ("name", sql_q(p.last)), "','", ("mrn", p.mrn), "','", ("ssn", p.ssn), "')]")
        rec.ln("Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"uk_patient_ssn\"")
        rec.ln("  Detail: Key (ssn)=(", ("ssn", p.ssn), ") already exists.")
        rec.ln("\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)")
        rec.ln("\t... %d common frames omitted" % R.randint(20, 120))
    elif k == 1:
        bd = fdate(p.dob, ch([1, 3, 4, 5]))
        body = j_inline(O(None, [F("mrn", p.mrn, "mrn"), F("firstName", p.first, "name"), F("lastName", p.last, "name"), F("dob", bd, "date")]))
        rec.ln("org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: Cannot deserialize value of type `java.time.LocalDate` from String \"", ("date", bd), "\": Failed to deserialize java.time.LocalDate: (java.time.format.DateTimeParseException) Text '", ("date", bd), "' could not be parsed at index 0")
        rec.many(java_frames(1))
        rec.ln("Caused by: com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type `java.time.LocalDate` from String \"", ("date", bd), "\"")
        rec.ln(" at [Source: (org.springframework.util.StreamUtils$NonClosingInputStream); line: 1, column: %d] (through reference chain: com.acme.ehr.dto.PatientRequest[\"dob\"])" % R.randint(40, 90))
        rec.ln("\tat com.fasterxml.jackson.databind.exc.InvalidFormatException.from(InvalidFormatException.java:67)")
        rec.ln("\t... %d more" % R.randint(40, 90))
        rec.ln("Request body was: ", *body)
    elif k == 2:
        t = conv_tree(O(None, (pfields_nb(p, n_extra=R.randint(0, 2))), cls="PatientDto"), "camel")
        for f in t.v:
            if f.t == "o":
                f.cls = "AddressDto"
        rec.ln("java.lang.IllegalStateException: Eligibility not found for ", *kt_inline(t, java_record=R.random() < 0.5))
        rec.many(java_frames(R.randint(1, 2)))
        rec.ln("Caused by: com.acme.ehr.integration.PayerException: 271 AAA*N**75 (subscriber not found) member=", ("health_plan", p.member), " payer=%s" % ch(PAYERS))
        rec.ln("\tat com.acme.ehr.integration.EligibilityClient.check(EligibilityClient.java:%d)" % R.randint(40, 300))
        rec.ln("\t... %d more" % R.randint(10, 60))
    else:
        rec.ln("jakarta.validation.ConstraintViolationException: register.arg0.phone: must match \"^\\+?1?\\d{10}$\", register.arg0.email: must be a well-formed email address")
        rec.many(java_frames(1))
        rec.ln("Suppressed: com.acme.ehr.audit.AuditWriteException: could not write audit row for patient ", ("mrn", p.mrn))
        rec.ln("\t\tat com.acme.ehr.audit.AuditWriter.write(AuditWriter.java:%d)" % R.randint(30, 120))
        rec.ln("Caused by: java.lang.IllegalArgumentException: rejected values: phone='", ("phone", p.phone), "', email='", ("email", p.email), "'")
        rec.ln("\t... %d more" % R.randint(10, 60))
    return rec


def gen_kotlin():
    tick()
    p = P()
    rec = Rec("kotlin_exception")
    rec.ln("%s [DefaultDispatcher-worker-%d] ERROR c.a.r.ReminderScheduler - reminder job crashed" % (now().strftime("%H:%M:%S.%f")[:-3], R.randint(1, 12)))
    t = conv_tree(O(None, (pfields_nb(p, n_extra=R.randint(0, 2), core=["name", "dob", "phone", "mrn"])), cls="Patient"), "camel")
    for f in t.v:
        if f.t == "o":
            f.cls = "Address"
    appt = O(None, [F("id", R.randint(10000, 999999)), F("start", p.appt, "date"), F("provider", "Dr. " + clinician()[0]), t], cls="Appointment")
    appt.v[3].k = "patient"
    rec.ln("kotlinx.coroutines.CompletionHandlerException: Exception in completion handler InvokeOnCompletion@%s[job@%s] for " % (hexs(7), hexs(7)), *kt_inline(appt))
    rec.ln("\tat kotlinx.coroutines.JobSupport.completeStateFinalization(JobSupport.kt:%d)" % R.randint(300, 400))
    rec.ln("\tat com.acme.reminders.ReminderScheduler$schedule$1.invokeSuspend(ReminderScheduler.kt:%d)" % R.randint(40, 200))
    rec.ln("\tSuppressed: kotlinx.coroutines.internal.DiagnosticCoroutineContextException: [CoroutineName(reminder-", ("mrn", p.mrn), "), StandaloneCoroutine{Cancelling}@%s, Dispatchers.IO]" % hexs(7))
    rec.ln("Caused by: java.lang.NumberFormatException: For input string: \"", ("phone", p.phone2), "\"")
    rec.ln("\tat java.base/java.lang.Long.parseLong(Long.java:711)")
    rec.ln("\tat com.acme.reminders.sms.PhoneNormalizer.normalize(PhoneNormalizer.kt:%d)" % R.randint(10, 80))
    if R.random() < 0.6:
        rec.ln("Caused by: com.acme.reminders.OptOutException: ", ("name", p.full), " (", ("phone", p.phone), ") opted out on ", ("date", fdate(svc_date(), 0)))
    rec.ln("\t... %d more" % R.randint(5, 30))
    return rec


def gen_ruby_pp():
    tick()
    p = P()
    rec = Rec("ruby_pp")
    rec.ln("E, [%s #%d] ERROR -- : ActiveRecord::RecordInvalid: Validation failed: Ssn has already been taken (email: " % (ts_iso(z=False).replace("+00:00", ""), R.randint(1000, 40000)), ("email", p.email), ")")
    t = conv_tree(O(None, (pfields_nb(p, n_extra=R.randint(0, 3)))), "snake")
    for f in t.v:
        if f.t == "o":
            f.cls = "Address"
    rec.many(r_rb_pp(t.v, ch(["Patient", "Intake::Registration", "Guarantor"])))
    rec.ln("/app/app/models/patient.rb:%d:in `block in <class:Patient>'" % R.randint(10, 200))
    rec.ln("/usr/local/bundle/gems/activerecord-7.1.3/lib/active_record/validations.rb:84:in `raise_validation_error'")
    return rec


def gen_ruby_ap():
    tick()
    p = P()
    rec = Rec("ruby_awesome_print")
    rec.ln("D, [%s #%d] DEBUG -- : [%s] params after normalize:" % (ts_iso(z=False).replace("+00:00", ""), R.randint(1000, 40000), uuid4()))
    fs = conv_tree(O(None, (pfields_nb(p, n_extra=R.randint(1, 3)))), "snake").v
    rec.many(r_ap(fs))
    return rec


def gen_php_print_r():
    tick()
    p = P()
    rec = Rec("php_print_r")
    rec.ln("[%s] production.ERROR: Insurance card OCR mismatch for member " % now().strftime("%Y-%m-%d %H:%M:%S"), ("health_plan", p.member),
           " {\"exception\":\"[object] (App\\\\Exceptions\\\\OcrMismatch(code: 0)\"} ")
    fs = pfields(p, n_extra=R.randint(1, 3))
    if R.random() < 0.5:
        fs = conv_tree(O(None, fs), "snake").v
    cls = ch([None, "App\\Models\\Patient", None])
    rec.many(r_print_r(fs, cls))
    return rec


def gen_php_var_dump():
    tick()
    p = P()
    rec = Rec("php_var_dump")
    rec.ln("[%s UTC] PHP Warning:  Undefined array key \"guarantor_id\" in /var/www/portal/src/Billing/StatementController.php on line %d" % (now().strftime("%d-%b-%Y %H:%M:%S"), R.randint(20, 400)))
    if R.random() < 0.6:
        rec.ln("[%s UTC] PHP Notice:  statement for guarantor " % now().strftime("%d-%b-%Y %H:%M:%S"), ("name", p.full), " has no billing account, dumping \$guarantor")
    rec.ln("/var/www/portal/src/Billing/StatementController.php:%d:" % R.randint(20, 400))
    fs = (pfields_nb(p, n_extra=R.randint(1, 2), noise=0))
    cls = ch([None, "App\\Entity\\Patient"])
    rec.many(r_var_dump(fs, cls))
    return rec


def gen_perl_dumper():
    tick()
    p = P()
    rec = Rec("perl_data_dumper")
    rec.ln("%s [warn] [pid %d] HL7::Inbound: PID segment for MRN " % (now().strftime("[%a %b %d %H:%M:%S %Y]"), R.randint(1000, 40000)), ("mrn", p.mrn), " did not validate, dumping parsed hash")
    fs = conv_tree(O(None, (pfields_nb(p, n_extra=R.randint(0, 3)))), "snake").v
    if R.random() < 0.4:
        fs.append(A("phones", [F(None, p.phone, "phone"), F(None, p.phone2, "phone")]))
    mode = ch([1, 2, 2])
    rec.many(r_dumper(fs, "$VAR1", mode, bless=ch([None, "HL7::Patient"])))
    return rec


# ----------------------------------------------------------------------------
# PHI record generators, batch C: Elixir, Rust, Node, .NET, journald, syslog, SQL
# ----------------------------------------------------------------------------
def gen_elixir():
    tick()
    p = P()
    rec = Rec("elixir_inspect")
    t = now()
    rec.ln("%s [debug] [request_id=F%s] Intake.register/2 changeset invalid for " % (t.strftime("%H:%M:%S.%f")[:-3], hexs(15).upper()), ("email", p.email), ":")
    fs = conv_tree(O(None, (pfields_nb(p, n_extra=R.randint(0, 3)))), "snake").v
    for f in fs:
        if f.t == "o":
            f.cls = None
    if R.random() < 0.5:
        rec.ln("#Ecto.Changeset<")
        rec.ln("  action: :insert,")
        rec.ln("  changes: %{")
        for i, f in enumerate(fs):
            rec.ln("    " + f.k + ": ", *ex_inline(f), "," if i < len(fs) - 1 else "")
        rec.ln("  },")
        rec.ln("  errors: [ssn: {\"has already been taken\", [constraint: :unique, constraint_name: \"patients_ssn_index\"]}],")
        rec.ln("  data: #Intake.Patient<>,")
        rec.ln("  valid?: false")
        rec.ln(">")
    else:
        rec.many(r_elixir(fs, "Intake.Patient", meta="patients"))
    return rec


def gen_rust():
    tick()
    p = P()
    rec = Rec("rust_debug")
    rec.ln("[%s ERROR claims_gateway::x12::loop2010] subscriber build failed for member " % ts_iso(ms=False), ("health_plan", p.member), ": %s" % ch(["missing NM1*IL", "invalid DMG segment", "payer rejected N4"]))
    fs = conv_tree(O(None, (pfields_nb(p, n_extra=R.randint(0, 3)))), "snake").v
    for f in fs:
        if f.t == "o":
            f.cls = "Address"
    t = O(None, fs, cls=ch(["Subscriber", "Patient", "Member"]))
    if R.random() < 0.5:
        rec.ln("Error: Validation(")
        rec.many([["    "] + l for l in r_rust(t, "")])
        rec.ln(")")
    else:
        rec.many(r_rust(t))
    if R.random() < 0.5:
        rec.ln("thread 'tokio-runtime-worker' panicked at src/x12/loop2010.rs:%d:%d:" % (R.randint(20, 400), R.randint(5, 40)))
        rec.ln("called `Result::unwrap()` on an `Err` value: InvalidDate(\"", ("date", fdate(p.dob, ch([1, 5, 3]))), "\")")
        rec.ln("note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")
    return rec


def gen_node_inspect():
    tick()
    p = P()
    rec = Rec("node_util_inspect")
    rec.ln("%s [%s] warn: %s" % (ts_iso(), ch(["portal-bff", "sched-api", "notify"]), ch(["upsert failed, object was:", "slow query for patient lookup", "twilio callback for unknown recipient"])))
    fs = conv_tree(O(None, pfields(p, n_extra=R.randint(0, 3))), "camel").v
    for f in fs:
        f.cls = None
    t = O(None, fs, cls=ch([None, "Patient", "PatientDocument"]))
    rec.many(r_node(t))
    if R.random() < 0.5:
        rec.ln("    at Patient.validateSync (/app/node_modules/mongoose/lib/document.js:%d:%d)" % (R.randint(2000, 3200), R.randint(5, 40)))
        rec.ln("    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)")
    return rec


def gen_console_table():
    tick()
    rec = Rec("node_console_table")
    rec.ln("%s batch %s: %s" % (ts_iso(), digits(5), ch(["appointments without confirmed phone", "duplicate MRN candidates", "statements bounced (mail returned)"])))
    cols = ch([["mrn", "name", "dob", "phone"], ["mrn", "patient", "zip", "appt"], ["id", "name", "email", "dob"]])
    rows = []
    for i in range(R.randint(4, 8)):
        q = P()
        vals = {"mrn": F("", q.mrn, "mrn"), "name": F("", q.full, "name"), "patient": F("", "%s, %s" % (q.last, q.first), "name"),
                "dob": F("", q.dob.isoformat(), "date"), "phone": F("", q.phone, "phone"), "zip": F("", q.zip, "zip"),
                "appt": F("", q.appt.isoformat(), "date"), "email": F("", q.email, "email"), "id": F("", R.randint(1000, 99999))}
        rows.append([F("", i)] + [vals[c] for c in cols])
    hdr = ["(index)"] + cols
    cells = [[sc_node(f) for f in r] for r in rows]
    w = [max([len(hdr[j])] + [seg_len(c[j]) for c in cells]) + 2 for j in range(len(hdr))]

    def cell(segs, width):
        n = seg_len(segs)
        left = (width - n) // 2
        return [" " * left] + segs + [" " * (width - n - left)]
    rec.ln("┌" + "┬".join("─" * x for x in w) + "┐")
    rec.ln("│", *join_segs([cell([h], w[j]) for j, h in enumerate(hdr)], "│"), "│")
    rec.ln("├" + "┼".join("─" * x for x in w) + "┤")
    for c in cells:
        rec.ln("│", *join_segs([cell(s, w[j]) for j, s in enumerate(c)], "│"), "│")
    rec.ln("└" + "┴".join("─" * x for x in w) + "┘")
    return rec


def gen_dotnet():
    tick()
    p = P()
    rec = Rec("dotnet_exception")
    rec.ln("fail: Acme.Ehr.Api.Controllers.%s[0]" % ch(["PatientsController", "CoverageController", "BillingController"]))
    if R.random() < 0.5:
        rec.ln("      System.ArgumentException: Invalid phone number '", ("phone", p.phone), "' (Parameter 'phone')")
    else:
        rec.ln("      Acme.Ehr.Domain.CoverageException: No active coverage for member ", ("health_plan", p.member), " (", ("name", p.full), ")")
    rec.ln("       ---> System.FormatException: The input string '%s' was not in a correct format." % ch(["N/A", "", "tbd"]))
    rec.ln("         at Acme.Ehr.Domain.PhoneNumber.Parse(String raw) in /src/Acme.Ehr.Domain/PhoneNumber.cs:line %d" % R.randint(10, 90))
    rec.ln("         --- End of inner exception stack trace ---")
    rec.ln("         at Acme.Ehr.Application.Patients.UpdatePatientHandler.Handle(UpdatePatientCommand request, CancellationToken ct) in /src/Acme.Ehr.Application/Patients/UpdatePatientHandler.cs:line %d" % R.randint(20, 200))
    rec.ln("      Exception.Data:")
    data = [("PatientId", F("", p.mrn, "mrn")), ("DateOfBirth", F("", fdate(p.dob, 1), "date")),
            ("SubscriberId", F("", p.member, "health_plan")), ("CorrelationId", F("", uuid4())),
            ("HomeZip", F("", p.zip, "zip")), ("Mbi", F("", p.mbi, "health_plan")), ("PatientName", F("", "%s, %s" % (p.last, p.first), "name")),
            ("GuarantorSsn", F("", ssn(), "ssn")), ("Email", F("", p.email, "email")), ("HomePhone", F("", p.phone, "phone"))]
    for k2, f in R.sample(data, R.randint(4, 7)):
        rec.ln("        [%s] = " % k2, *lab(f.c, str(f.v)))
    return rec


def gen_journald():
    tick()
    p = P()
    rec = Rec("journald_verbose")
    t = now()
    rec.ln("%s.%06d UTC [s=%s;i=%x;b=%s;m=%x;t=%x;x=%s]" % (t.strftime("%a %Y-%m-%d %H:%M:%S"), t.microsecond, hexs(32), R.randint(0x1000, 0xfffff),
                                                          hexs(32), R.randint(0x1000000, 0xfffffff), R.randint(0x600000000000, 0x6fffffffffff), hexs(16)))
    unit = ch([("faxd", "/usr/sbin/faxd", "fax-gateway"), ("hl7-listener", "/opt/mirth/mcservice", "mirth"),
               ("portal-auth", "/usr/bin/node", "portal-auth")])
    trusted = ["    _TRANSPORT=journal", "    _UID=%d" % R.randint(900, 999), "    _BOOT_ID=%s" % hexs(32),
               "    _HOSTNAME=%s" % ch(HOSTS), "    PRIORITY=%d" % ch([3, 4, 6]), "    SYSLOG_IDENTIFIER=%s" % unit[2],
               "    _PID=%d" % R.randint(300, 60000), "    _COMM=%s" % unit[0], "    _SYSTEMD_UNIT=%s.service" % unit[0]]
    for x in trusted[:R.randint(2, 4)]:
        rec.ln(x)
    if unit[0] == "faxd":
        rec.ln("    MESSAGE=outbound fax job %s to " % digits(6), ("fax", phone(ch([1, 2]))), " failed: NO CARRIER (patient ", ("mrn", p.mrn), ")")
        rec.ln("    FAX_RECIPIENT_KIND=patient")
        rec.ln("    PATIENT_NAME=", ("name", p.full))
        rec.ln("    PATIENT_DOB=", ("date", p.dob.strftime("%Y%m%d")))
        rec.ln("    PATIENT_PHONE=", ("phone", p.phone))
        rec.ln("    FAX_SENDER=%s" % ch(ORGS)[6])
    elif unit[0] == "hl7-listener":
        rec.ln("    MESSAGE=ACK AE for ADT^A08 control id %s: PID-19 SSN " % digits(10), ("ssn", p.ssn), " conflicts with existing MRN ", ("mrn", mrn()))
        rec.ln("    PATIENT_MRN=", ("mrn", p.mrn))
        rec.ln("    PATIENT_ADDRESS=", ("address", p.street), ", ", ("address", p.city), ", %s " % p.state, ("zip", p.zip))
        rec.ln("    PATIENT_DOB=", ("date", p.dob.isoformat()))
        if p.age > 89:
            rec.ln("    PATIENT_AGE=", ("age", str(p.age)))
    else:
        rec.ln("    MESSAGE=login throttled for ", ("email", p.email), " from ", ("ip", p.ip))
        rec.ln("    USER_AGENT=Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15")
        rec.ln("    DEVICE_ID=", ("device", p.imei if R.random() < 0.5 else p.mac))
        rec.ln("    PORTAL_USER=", ("email", p.email))
        rec.ln("    REMOTE_ADDR=", ("ip", p.ip))
    if R.random() < 0.5:
        rec.ln("    CODE_LINE=%d" % R.randint(20, 900))
    return rec


ORG_CODE = dict(zip([o[0] for o in ORGS], ["MVRMC", "STBHS", "RBFC", "NSCA", "KCH", "LPD"]))


def hl7_esc(s):
    return s.replace("\\", "\\E\\").replace("|", "\\F\\").replace("^", "\\S\\").replace("&", "\\T\\").replace("~", "\\R\\")


def gen_syslog_hl7():
    tick()
    p = P()
    rec = Rec("syslog_hl7_continuation")
    host = ch(["mirth01", "iface-02", "cloverleaf-a"])
    pid = R.randint(1000, 50000)
    hdr = "%s %s mirth[%d]: " % (ts_syslog(), host, pid)
    rec.pre = lambda: [hdr]
    org = ch(ORGS)
    rec.ln("channel ADT_IN: message rejected by destination EMPI (AE), raw follows")
    rec.ln("  MSH|^~\\&|EPIC|%s|EMPI|ACME|%s||ADT^A04^ADT_A01|%s|P|2.5.1" % (ORG_CODE[org[0]], now().strftime("%Y%m%d%H%M%S"), digits(10)))
    if R.random() < 0.4:
        rec.ln("  EVN|A04|%s" % now().strftime("%Y%m%d%H%M%S"))
    oc = ORG_CODE[org[0]]
    seg = ["  PID|1||", ("mrn", p.mrn), "^^^%s^MR~" % oc, ("ssn", p.ssn.replace("-", "").replace(" ", "")), "^^^SSA^SS||",
           ("name", hl7_esc(p.last.upper())), "^", ("name", hl7_esc(p.first.upper())), "^"]
    if p.middle:
        seg += [("name", hl7_esc(p.middle.upper().rstrip(".")))]
    seg += ["||", ("date", p.dob.strftime("%Y%m%d")), "|%s|||" % ch("FMU"), ("address", hl7_esc(p.street.upper())), "^^",
            ("address", hl7_esc(p.city.upper())), "^%s^" % p.state, ("zip", p.zip), "^USA^H^^", ("address", hl7_esc(p.county.upper())),
            "||", ("phone", phone(0).replace(" ", "")), "^PRN^PH|||%s|||" % ch(["S", "M", "W", "D"]), ("account", p.acct), "|||"]
    rec.ln(*seg)
    rec.ln("  PV1|1|%s|%s^%d^1^%s||||%s^%s^%s^^^^MD|||||||||||%s" % (ch("IOE"), ch(["4W", "ICU", "ED", "MS3"]), R.randint(100, 499), ORG_CODE[org[0]],
                                                                 npi(), clinician()[0].split()[1].upper(), clinician()[0].split()[0].upper(), encounter_no()))
    rec.ln("  IN1|1|%s|%s|%s||||||||||||" % (R.randint(100, 999), digits(5), ch(PAYERS).upper()), ("name", hl7_esc(p.last.upper())), "^", ("name", hl7_esc(p.first.upper())),
           "|%s|" % ch(["01", "18", "19"]), ("date", p.dob.strftime("%Y%m%d")), "|||||||||||||||||", ("health_plan", p.member))
    g = P(old=False)
    rec.ln("  NK1|1|", ("name", hl7_esc(g.last.upper())), "^", ("name", hl7_esc(g.first.upper())), "|%s|" % ch(["SPO^Spouse", "CHD^Child", "PAR^Parent", "GRD^Guardian"]),
           ("address", hl7_esc(g.street.upper())), "^^", ("address", hl7_esc(g.city.upper())), "^%s^" % g.state, ("zip", g.zip), "|", ("phone", phone(0).replace(" ", "")))
    if R.random() < 0.6:
        rec.ln("  GT1|1||", ("name", hl7_esc(p.last.upper())), "^", ("name", hl7_esc(p.first.upper())), "||", ("address", hl7_esc(p.street.upper())), "^^",
               ("address", hl7_esc(p.city.upper())), "^%s^" % p.state, ("zip", p.zip), "|", ("phone", phone(0).replace(" ", "")), "||",
               ("date", p.dob.strftime("%Y%m%d")), "|||SEL|", ("ssn", p.ssn.replace("-", "").replace(" ", "")))
    rec.ln("channel ADT_IN: error: %s" % ch(["duplicate SSN on different MRN", "PID-11 county missing", "IN1-36 failed payer format"]))
    return rec


def gen_syslog_multi():
    tick()
    p = P()
    rec = Rec("syslog_continuation")
    host = ch(HOSTS)
    app = ch(["fax-gateway", "billing-export", "portal-auth", "lab-results"])
    pid = R.randint(1000, 50000)
    pri = ch([131, 132, 134, 11, 12])
    t = ts_iso(ms=True, z=False)
    hdr = "<%d>1 %s %s %s %d - - " % (pri, t, host, app, pid)
    k = R.randint(0, 2)
    if k == 0:
        rec.ln(hdr + "[retry 3/3] delivery failed for document %s" % uuid4())
        rec.ln("\trecipient: ", ("name", p.full), " <", ("email", p.email), ">")
        rec.ln("\tmailing address on file: ", ("address", p.street), ", ", ("address", p.city), ", %s " % p.state, ("zip", p.zip))
        rec.ln("\tsmtp said: 550 5.1.1 mailbox unavailable")
    elif k == 1:
        rec.ln(hdr + "ACH return R03 for refund batch %s:" % digits(7))
        rec.ln(hdr + "  payee=", ("name", p.full), " acct=", ("account", bank_acct()), " routing=%s" % ch(["021000021", "011000138", "122105155", "026009593"]))
        rec.ln(hdr + "  guarantor account ", ("account", p.acct), " flagged for manual review by %s" % ch(STAFF_USERS))
    else:
        rec.ln(hdr + "critical lab value callback not acknowledged (order %s)" % order_no())
        rec.ln(hdr + "... patient ", ("name", "%s, %s" % (p.last, p.first)), " MRN ", ("mrn", p.mrn), " age ", lab("age" if p.age > 89 else None, str(p.age)))
        rec.ln(hdr + "... callback number ", ("phone", p.phone), " (home), ", ("phone", p.phone2), " (alt)")
        rec.ln(hdr + "... escalated to on-call %s, %s pager %s" % (clinician() + (ch(ORGS)[5],)))
    return rec


def sql_q(s):
    return s.replace("'", "''")


def gen_pg_sql():
    tick()
    p = P()
    rec = Rec("postgres_multiline_sql")
    t = now().strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (now().microsecond // 1000)
    pre = "%s [%d] ehr_app@ehr " % (t, R.randint(1000, 60000))
    k = R.randint(0, 1)
    if k == 0:
        rec.ln(pre + "ERROR:  null value in column \"birth_date\" of relation \"patient\" violates not-null constraint")
        rec.ln(pre + "DETAIL:  Failing row contains (%d, " % R.randint(10000, 999999), ("mrn", p.mrn), ", ", ("name", p.first), ", ", ("name", p.last),
               ", null, ", ("ssn", p.ssn), ", ", ("phone", p.phone), ", t, %s)." % now().strftime("%Y-%m-%d %H:%M:%S.%f+00"))
        rec.ln(pre + "STATEMENT:  INSERT INTO patient (mrn, first_name, last_name, birth_date, ssn, phone, active, created_at)")
        rec.ln("\tVALUES ('", ("mrn", p.mrn), "', '", ("name", sql_q(p.first)), "', '", ("name", sql_q(p.last)), "', NULL,")
        rec.ln("\t        '", ("ssn", p.ssn), "', '", ("phone", p.phone), "', true, now())")
        rec.ln("\tRETURNING id")
    else:
        rec.ln(pre + "LOG:  duration: %.3f ms  statement: UPDATE patient_address" % R.uniform(1000, 9000))
        rec.ln("\t   SET line1 = '", ("address", sql_q(p.street)), "',")
        rec.ln("\t       city = '", ("address", sql_q(p.city)), "',")
        rec.ln("\t       state = '%s'," % p.state)
        rec.ln("\t       postal_code = '", ("zip", p.zip), "',")
        rec.ln("\t       updated_by = '%s'" % ch(STAFF_USERS))
        rec.ln("\t WHERE patient_id = (SELECT id FROM patient WHERE mrn = '", ("mrn", p.mrn), "')")
    return rec


def gen_mysql_slow():
    tick()
    p = P()
    rec = Rec("mysql_slow_log")
    rec.ln("# Time: %s" % now().strftime("%Y-%m-%dT%H:%M:%S.%fZ"))
    rec.ln("# User@Host: rcm_ro[rcm_ro] @ %s [%s]  Id: %d" % (ch(HOSTS), priv_ip(), R.randint(1000, 900000)))
    rec.ln("# Query_time: %.6f  Lock_time: 0.000%03d Rows_sent: %d  Rows_examined: %d" % (R.uniform(2, 40), R.randint(0, 999), R.randint(0, 5), R.randint(100000, 9000000)))
    rec.ln("SET timestamp=%d;" % int(now().timestamp()))
    rec.ln("SELECT g.account_no, g.balance, p.mrn FROM guarantor g JOIN patient p ON p.guarantor_id = g.id")
    rec.ln(" WHERE p.last_name = '", ("name", sql_q(p.last)), "' AND p.first_name = '", ("name", sql_q(p.first)), "'")
    rec.ln("   AND p.birth_date = '", ("date", p.dob.isoformat()), "'")
    rec.ln("    OR p.home_phone = '", ("phone", p.phone), "'")
    if R.random() < 0.5:
        rec.ln("    OR g.card_last4 = '%s' OR p.member_id = '" % p.card[-4:], ("health_plan", p.member), "';")
    else:
        rec.ln("    OR REPLACE(p.ssn, '-', '') = '", ("ssn", p.ssn.replace("-", "").replace(" ", "")), "';")
    return rec


def gen_hibernate():
    tick()
    p = P()
    rec = Rec("hibernate_sql_binding")
    th = "[http-nio-8080-exec-%d]" % R.randint(1, 20)
    pre = lambda lvl, lg: "%s %s %s %s - " % (ts_sp().replace(",", "."), th, lvl, lg)
    rec.ln(pre("DEBUG", "org.hibernate.SQL"))
    rec.ln("    insert into guarantor (address_line1, city, dl_number, full_name, phone, zip, id) ")
    rec.ln("    values (?, ?, ?, ?, ?, ?, ?)")
    vals = [("VARCHAR", "address", p.street), ("VARCHAR", "address", p.city), ("VARCHAR", "license", p.dl),
            ("VARCHAR", "name", p.full), ("VARCHAR", "phone", p.phone), ("VARCHAR", "zip", p.zip), ("BIGINT", None, str(R.randint(10000, 999999)))]
    for i, (ty, c, v) in enumerate(vals):
        rec.ln(pre("TRACE", "o.h.type.descriptor.sql.BasicBinder") + "binding parameter [%d] as [%s] - [" % (i + 1, ty), *lab(c, v), "]")
    return rec


def gen_sql_insert_multi():
    tick()
    rec = Rec("sql_multirow_insert")
    k = R.randint(0, 1)
    if k == 0:
        rec.ln("%s\t%d Query\tINSERT INTO stg_eligibility_roster (member_id, last_name, first_name, dob, zip, phone)" % (now().strftime("%Y-%m-%dT%H:%M:%S.%fZ"), R.randint(100, 99999)))
        rec.ln("VALUES")
    else:
        rec.ln("%s [%d] etl@warehouse LOG:  statement: INSERT INTO stg_eligibility_roster (member_id, last_name, first_name, dob, zip, phone)" % (now().strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (now().microsecond // 1000), R.randint(1000, 60000)))
        rec.ln("\tVALUES")
    n = R.randint(5, 9)
    for i in range(n):
        q = P()
        rec.ln("%s('" % ("  " if k == 0 else "\t  "), ("health_plan", q.member), "', '", ("name", sql_q(q.last)), "', '", ("name", sql_q(q.first)), "', '",
               ("date", q.dob.isoformat()), "', '", ("zip", q.zip), "', ", *(["NULL"] if R.random() < 0.2 else ["'", ("phone", q.phone), "'"]),
               ")" + ("," if i < n - 1 else ""))
    rec.ln("%sON CONFLICT (member_id) DO UPDATE SET zip = EXCLUDED.zip;" % ("" if k == 0 else "\t"))
    return rec


def gen_py_pprint():
    tick()
    rec = Rec("py_pprint")
    rec.ln("%s DEBUG reconcile.roster: unmatched rows = %d, pformat follows" % (ts_sp(), R.randint(2, 3)))
    rows = []
    for _ in range(R.randint(2, 3)):
        q = P()
        fs = [F("dob", q.dob, "date"), F("first", q.first, "name"), F("last", q.last, "name"), F("member_id", q.member, "health_plan"),
              F("phone", q.phone, "phone"), F("zip", q.zip, "zip")]
        if R.random() < 0.4:
            fs.append(F("ssn", q.ssn, "ssn"))
        if R.random() < 0.6:
            opts = [F("plate", q.plate, "vehicle"), F("dl_number", q.dl, "license"), F("fax", phone(), "fax"),
                    F("device_serial", q.serial, "device"), F("vin", q.vin, "vehicle"), F("ip", q.ip, "ip"),
                    F("passport_no", passport(), "other_id"), F("portal_url", portal_url(q), "url")]
            R.shuffle(opts)
            fs.append(min(opts, key=lambda f: COUNTS.get(f.c, 0)))
        if q.age > 89:
            fs.append(F("age", q.age, "age"))
        fs.sort(key=lambda f: f.k)
        rows.append(fs)
    for i, fs in enumerate(rows):
        for j, f in enumerate(fs):
            lead = ("[{" if i == 0 else " {") if j == 0 else "  "
            tail = "," if j < len(fs) - 1 else ("}," if i < len(rows) - 1 else "}]")
            rec.ln(lead + repr(f.k) + ": ", *sc_py(f), tail)
    return rec


def gen_elixir_list():
    tick()
    rec = Rec("elixir_inspect")
    rec.ln("%s [info] Roster.Reconcile: %s" % (now().strftime("%H:%M:%S.%f")[:-3], ch(["no payer match", "address changed since last roster", "phone bounced"])))
    label = ch(["unmatched", "changed", "rows"])
    rec.ln("%s: [" % label)
    n = R.randint(4, 7)
    for i in range(n):
        q = P()
        parts = [['"'] + lab("mrn", rb_esc(q.mrn)) + ['"'], ['"'] + lab("name", rb_esc(q.full)) + ['"'], ["~D["] + lab("date", q.dob.isoformat()) + ["]"]]
        opts = [['"'] + lab("phone", q.phone) + ['"'], ['"'] + lab("zip", q.zip) + ['"'], ['"'] + lab("health_plan", q.member) + ['"'],
                ['"'] + lab("license", q.dl) + ['"'], ['"'] + lab("fax", phone()) + ['"'], ['"'] + lab("vehicle", q.plate) + ['"'],
                ['"'] + lab("device", q.mac) + ['"'], ['"'] + lab("other_id", passport()) + ['"'], ['"'] + lab("ip", q.ip) + ['"']]
        R.shuffle(opts)
        r = R.random()
        parts.append(min(opts, key=lambda o: COUNTS.get(o[1][0], 0)) if r < 0.35 else (opts[0] if r < 0.85 else ["nil"]))
        if q.age > 89:
            parts.append(lab("age", str(q.age)))
        rec.ln("  {", *join_segs(parts, ", "), "}" + ("," if i < n - 1 else ""))
    rec.ln("]")
    return rec


RARE_THEMES = [
    ("device pairing", ["name", "mrn"], ["serial", "imei", "mac", "udi", "ip"]),
    ("transport booking", ["name", "phone", "address"], ["plate", "vin", "dl"]),
    ("portal enrollment", ["name", "email"], ["photo", "bio", "url", "ip"]),
    ("international patient", ["name", "dob"], ["other", "other", "phone"]),
    ("records release", ["name", "mrn"], ["fax", "url", "dob", "fax"]),
    ("ID badge capture", ["name", "mrn"], ["photo", "bio", "dl"]),
    ("geriatric consult", ["name", "dob", "age"], ["address", "mbi", "phone"]),
    ("refund", ["name", "acct"], ["iban", "bank", "card"]),
    ("telehealth kiosk check-in", ["name", "dob"], ["photo", "ip", "imei", "other"]),
]
_THEME_DECK = []
LEFT = []  # formats of PHI_BASE not drawn in the last build
COUNTS = {}  # spans per category written so far (used to steer rare categories)
THEME_CATS = {"serial": "device", "imei": "device", "mac": "device", "udi": "device", "ip": "ip", "plate": "vehicle", "vin": "vehicle",
              "dl": "license", "photo": "photo", "bio": "biometric", "url": "url", "other": "other_id", "fax": "fax", "age": "age",
              "mbi": "health_plan", "iban": "account", "bank": "account", "card": "account"}


def rare_need(concepts):
    return sum(max(0, 6 - COUNTS.get(THEME_CATS.get(c, ""), 99)) for c in concepts)


def gen_rare():
    tick()
    if not _THEME_DECK:
        _THEME_DECK.extend(RARE_THEMES)
        R.shuffle(_THEME_DECK)
    best = max(range(len(_THEME_DECK)), key=lambda i: (rare_need(_THEME_DECK[i][1] + _THEME_DECK[i][2]), -i))
    title, core, rare = _THEME_DECK.pop(best)
    p = P(old=True) if ("age" in core or R.random() < 0.3) else P()
    fs = []
    for c in core + rare[:R.randint(max(2, len(rare) - 1), len(rare))]:
        fs.extend(pfield(p, c))
    if R.random() < 0.4:
        fs.insert(R.randint(1, len(fs)), noise_fields())
    k = R.randint(0, 5)
    if k == 0:
        ind = ch([2, 4])
        rec = Rec("json_pretty%d" % ind)
        rec.ln("%s INFO  [%s] %s:" % (ts_iso(), ch(["portal-api", "devices", "transport", "him-svc"]), title))
        rec.many(r_json(conv_tree(O(None, fs), ch(["camel", "snake"])), ind, R.random() < 0.3))
    elif k == 1:
        rec = Rec("yaml_doc")
        rec.ln("--- # %s %s" % (title, uuid4()[:8]))
        rec.many(r_yaml(conv_tree(O(None, fs), "snake").v))
    elif k == 2:
        rec = Rec("node_util_inspect")
        rec.ln("%s [%s] debug: %s" % (ts_iso(), ch(["portal-bff", "notify", "devices"]), title))
        rec.many(r_node(conv_tree(O(None, fs), "camel")))
    elif k == 3:
        rec = Rec("ruby_awesome_print")
        rec.ln("D, [%s #%d] DEBUG -- : %s" % (ts_iso(z=False).replace("+00:00", ""), R.randint(1000, 40000), title))
        rec.many(r_ap(conv_tree(O(None, fs), "snake").v))
    elif k == 4:
        rec = Rec("perl_data_dumper")
        rec.ln("%s: %s" % (title, now().strftime("%Y-%m-%d %H:%M:%S")))
        rec.many(r_dumper(conv_tree(O(None, fs), "snake").v, "$VAR1", ch([1, 2])))
    else:
        rec = Rec("php_print_r")
        rec.ln("[%s] production.INFO: %s" % (now().strftime("%Y-%m-%d %H:%M:%S"), title))
        rec.many(r_print_r(conv_tree(O(None, fs), "snake").v, ch([None, "App\\Models\\Patient"])))
    return rec


def gen_biometric():
    tick()
    p = P()
    k = R.randint(0, 2)
    if k == 0:
        rec = Rec("go_spew")
        rec.ln("%s DEBUG kiosk: face enrollment rejected (quality=%.2f), dumping request" % (now().strftime("%Y/%m/%d %H:%M:%S"), R.uniform(0.2, 0.6)))
        t = O(None, [F("PatientMRN", p.mrn, "mrn"), F("Name", p.full, "name"), F("DOB", p.dob, "date"),
                     F("FaceTemplate", b64(R.randint(60, 140)), "biometric"), F("Photo", photo_uri(), "photo"),
                     F("KioskID", "KSK-%03d" % R.randint(1, 120))], cls="Enrollment")
        rec.many(r_spew(t, "kiosk"))
    elif k == 1:
        rec = Rec("rust_debug")
        rec.ln("[%s WARN  ivr_auth::voice] enrollment mismatch, caller " % ts_iso(ms=False), ("phone", p.phone))
        t = O(None, [F("caller", p.phone, "phone"), F("member_id", p.member, "health_plan"), F("name", p.full, "name"),
                     F("voiceprint", hexs(R.randint(96, 200)), "biometric"), F("score", round(R.uniform(0.1, 0.6), 3))], cls="VoiceprintEnrollment")
        rec.many(r_rust(t, opt=0))
    else:
        rec = Rec("node_util_inspect")
        rec.ln("%s [badge-svc] error: print job failed for " % ts_iso(), ("name", p.full))
        t = O(None, [F("mrn", p.mrn, "mrn"), F("displayName", p.full, "name"), F("photo", photo_uri(), "photo"),
                     F("fingerprintTemplate", fp_template(), "biometric"), F("printer", "zebra-zc350-%02d" % R.randint(1, 20))])
        rec.many(r_node(t))
    return rec


# ----------------------------------------------------------------------------
# noise generators (no PHI, realistic look-alikes)
# ----------------------------------------------------------------------------
def provider_fields():
    nm, cred = clinician()
    org = ch(ORGS)
    fs = [F(ch(["providerName", "provider_name", "attending"]), "%s, %s" % (nm, cred)), F("npi", npi()),
          F(ch(["dea", "deaNumber"]), dea(nm.split()[-1])), F(ch(["stateLicense", "license_no"]), "%s-%s" % (org[3], digits(6))),
          F(ch(["specialty", "taxonomy"]), ch(["207RC0000X", "Cardiology", "Family Medicine", "363LF0000X", "Nephrology"])),
          F(ch(["practice", "organization", "location"]), org[0]),
          F(ch(["practiceAddress", "office_address"]), "%s, %s, %s %s" % (org[1], org[2], org[3], org[4])),
          F(ch(["officePhone", "phone"]), org[5]), F(ch(["fax", "officeFax"]), org[6]),
          F(ch(["directoryUrl", "website"]), "https://www.%s.org/find-a-doctor/%s" % (ORG_CODE[org[0]].lower(), nm.lower().replace(" ", "-"))),
          F("acceptingNewPatients", R.random() < 0.6), F("updatedBy", ch(STAFF_USERS))]
    keep = fs[:2] + R.sample(fs[2:], R.randint(4, 6))
    R.shuffle(keep)
    return keep


def nz_provider_dump():
    tick()
    fs = provider_fields()
    k = R.randint(0, 5)
    if k == 0:
        rec = Rec("json_pretty2")
        rec.ln("%s INFO  [directory-sync] upserted provider:" % ts_iso())
        rec.many(r_json(O(None, fs), ch([2, 4])))
    elif k == 1:
        rec = Rec("php_print_r")
        rec.ln("[%s] local.DEBUG: provider payload" % now().strftime("%Y-%m-%d %H:%M:%S"))
        rec.many(r_print_r(conv_tree(O(None, fs), "snake").v))
    elif k == 2:
        rec = Rec("perl_data_dumper")
        rec.ln("Provider::Directory refresh: %d changed" % R.randint(1, 40))
        rec.many(r_dumper(conv_tree(O(None, fs), "snake").v, "$VAR1", ch([1, 2])))
    elif k == 3:
        rec = Rec("ruby_awesome_print")
        rec.ln("D, [%s #%d] DEBUG -- : provider:" % (ts_iso(z=False).replace("+00:00", ""), R.randint(1000, 40000)))
        rec.many(r_ap(conv_tree(O(None, fs), "snake").v))
    elif k == 4:
        rec = Rec("rust_debug")
        rec.ln("[%s DEBUG directory::sync] fetched" % ts_iso(ms=False))
        rec.many(r_rust(conv_tree(O(None, fs, cls="Provider"), "snake"), opt=0))
    else:
        rec = Rec("yaml_doc")
        rec.ln("--- # provider %s" % npi())
        rec.many(r_yaml(conv_tree(O(None, fs), "camel").v))
    return rec


def nz_java():
    tick()
    rec = Rec("java_exception")
    rec.ln("%s WARN  [%s] com.zaxxer.hikari.pool.PoolBase - HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@%s (This connection has been closed.). Possibly consider using a shorter maxLifetime value." % (ts_sp(), ch(["scheduling-1", "main", "http-nio-8080-exec-3"]), hexs(8)))
    rec.ln("%s ERROR [main] o.s.boot.SpringApplication - Application run failed" % ts_sp())
    rec.ln("org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after %dms." % ch([30000, 30001, 10000]))
    rec.many(java_frames(R.randint(3, 6)))
    rec.ln("Caused by: java.net.ConnectException: Connection refused (Connection refused) to pg-ehr-primary:%d" % ch([5432, 6432]))
    rec.ln("\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)")
    rec.ln("\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:554)")
    rec.ln("\t... %d common frames omitted" % R.randint(10, 60))
    return rec


def nz_build():
    tick()
    k = R.randint(0, 3)
    if k == 0:
        rec = Rec("maven_build")
        rec.ln("[INFO] Scanning for projects...")
        rec.ln("[INFO] ")
        rec.ln("[INFO] ------------------< com.acme.ehr:patient-service >------------------")
        rec.ln("[INFO] Building patient-service %d.%d.%d-SNAPSHOT" % (R.randint(1, 5), R.randint(0, 30), R.randint(0, 9)))
        rec.ln("[INFO] --------------------------------[ jar ]---------------------------------")
        rec.ln("[INFO] --- maven-surefire-plugin:3.2.5:test (default-test) @ patient-service ---")
        n = R.randint(80, 400)
        rec.ln("[INFO] Tests run: %d, Failures: 0, Errors: 0, Skipped: %d, Time elapsed: %.3f s - in com.acme.ehr.PatientServiceTest" % (n, R.randint(0, 4), R.uniform(2, 60)))
        rec.ln("[WARNING] Tests run: %d, Failures: 0, Errors: 0, Skipped: 2" % (n + 12))
        rec.ln("[INFO] BUILD SUCCESS")
        rec.ln("[INFO] Total time:  %d.%03d s" % (R.randint(20, 300), R.randint(0, 999)))
        rec.ln("[INFO] Finished at: %s" % ts_iso(ms=False, z=False))
    elif k == 1:
        rec = Rec("go_test")
        for pk in R.sample(["internal/intake", "internal/claims", "internal/hl7", "internal/fax", "pkg/x12", "pkg/phone"], 4):
            if R.random() < 0.2:
                rec.ln("--- FAIL: TestNormalizePhone/%s (0.00s)" % ch(["leading_plus", "extension", "vanity"]))
                rec.ln("    phone_test.go:%d: got \"+15555550100\", want \"+15555550101\"" % R.randint(20, 90))
                rec.ln("FAIL\tgithub.com/acme-health/ehr-gateway/%s\t%.3fs" % (pk, R.uniform(0.01, 3)))
            else:
                rec.ln("ok  \tgithub.com/acme-health/ehr-gateway/%s\t%.3fs\tcoverage: %.1f%% of statements" % (pk, R.uniform(0.01, 3), R.uniform(40, 95)))
    elif k == 2:
        rec = Rec("docker_build")
        rec.ln("#%d [internal] load build definition from Dockerfile" % 1)
        rec.ln("#1 transferring dockerfile: %dB done" % R.randint(400, 3000))
        rec.ln("#5 [builder 3/6] RUN npm ci --omit=dev")
        rec.ln("#5 %.2f npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory." % R.uniform(1, 20))
        rec.ln("#5 %.2f added %d packages, and audited %d packages in %ds" % (R.uniform(20, 60), R.randint(300, 1400), R.randint(300, 1400), R.randint(10, 90)))
        rec.ln("#5 DONE %.1fs" % R.uniform(20, 90))
        rec.ln("#8 exporting to image")
        rec.ln("#8 writing image sha256:%s done" % hexs(64))
        rec.ln("#8 naming to registry.acme.io/portal/bff:%s done" % gitsha(7))
    else:
        rec = Rec("cargo_build")
        rec.ln("   Compiling claims-gateway v%d.%d.%d (/build/claims-gateway)" % (R.randint(0, 2), R.randint(0, 30), R.randint(0, 9)))
        rec.ln("warning: unused variable: `member`")
        rec.ln("  --> src/x12/loop2010.rs:%d:%d" % (R.randint(10, 300), R.randint(5, 30)))
        rec.ln("   |")
        rec.ln("%d |     let member = ctx.subscriber()?;" % R.randint(10, 300))
        rec.ln("   |         ^^^^^^ help: if this is intentional, prefix it with an underscore: `_member`")
        rec.ln("   |")
        rec.ln("   = note: `#[warn(unused_variables)]` on by default")
        rec.ln("")
        rec.ln("    Finished `release` profile [optimized] target(s) in %dm %02ds" % (R.randint(0, 5), R.randint(0, 59)))
    return rec


def nz_k8s_describe():
    tick()
    rec = Rec("k8s_describe")
    pod = "%s-%s-%s" % (ch(["intake-api", "claims-worker", "mirth-connect", "portal-bff"]), hexs(9)[:9], hexs(5))
    rec.ln("Name:             %s" % pod)
    rec.ln("Namespace:        %s" % ch(["ehr-prod", "integrations"]))
    rec.ln("Node:             ip-10-42-%d-%d.ec2.internal/%s" % (R.randint(0, 255), R.randint(0, 255), priv_ip()))
    rec.ln("Start Time:       %s" % now().strftime("%a, %d %b %Y %H:%M:%S +0000"))
    rec.ln("IP:               %s" % priv_ip())
    rec.ln("    Image:          registry.acme.io/ehr/%s:%d.%d.%d" % (pod.split("-")[0], R.randint(1, 4), R.randint(0, 30), R.randint(0, 9)))
    rec.ln("      Reason:       OOMKilled")
    rec.ln("    Restart Count:  %d" % R.randint(1, 30))
    rec.ln("Events:")
    rec.ln("  Warning  BackOff    %dm (x%d over %dh)   kubelet  Back-off restarting failed container app in pod %s" % (R.randint(1, 59), R.randint(2, 90), R.randint(1, 9), pod))
    return rec


def nz_py():
    tick()
    rec = Rec("py_traceback")
    rec.ln("%s WARNING celery.worker.consumer: consumer: Cannot connect to redis://redis-master.ehr-prod.svc:6379/0: Error 111 connecting. Connection refused." % ts_sp())
    rec.ln("Trying again in %d.00 seconds... (%d/100)" % (ch([2, 4, 6, 8]), R.randint(1, 20)))
    rec.ln("")
    rec.ln("Traceback (most recent call last):")
    rec.many(lib_frames(R.randint(2, 4)))
    rec.ln('  File "/usr/local/lib/python3.11/site-packages/redis/connection.py", line 707, in connect')
    rec.ln("    raise ConnectionError(self._error_message(e))")
    rec.ln("redis.exceptions.ConnectionError: Error 111 connecting to redis-master.ehr-prod.svc:6379. Connection refused.")
    return rec


def nz_rich():
    tick()
    W = 100
    rec = Rec("py_rich")
    rec.ln("[%s] ERROR    Unhandled error in migration runner" % now().strftime("%m/%d/%y %H:%M:%S"))
    title = " Traceback (most recent call last) "
    l = (W - 2 - len(title)) // 2
    rec.ln("╭" + "─" * l + title + "─" * (W - 2 - l - len(title)) + "╮")
    body = [["/srv/app/migrations/runner.py:%d in apply" % R.randint(30, 300)], [""]]
    iw = W - 6
    body.append(["╭" + "─" * ((iw - 10) // 2) + " locals " + "─" * (iw - 10 - (iw - 10) // 2) + "╮"])
    inner = [["  revision = '%s'" % hexs(12)], ["  attempts = %d" % R.randint(1, 5)],
             ["       dsn = 'postgresql://ehr_migrator:***@pg-ehr-primary:5432/ehr'"], ["   timeout = %d.0" % ch([30, 60, 120])]]
    body.extend(rich_box(inner, iw))
    body.append(["╰" + "─" * (iw - 2) + "╯"])
    for x in rich_box(body, W):
        rec.ln(*x)
    rec.ln("╰" + "─" * (W - 2) + "╯")
    rec.ln("OperationalError: (psycopg2.errors.LockNotAvailable) canceling statement due to lock timeout")
    return rec


def nz_go():
    tick()
    rec = Rec("go_panic")
    rec.ln("fatal error: concurrent map writes")
    rec.ln("")
    rec.many(go_goroutine(1))
    rec.ln("goroutine 1 [IO wait, %d minutes]:" % R.randint(1, 90))
    rec.ln("internal/poll.runtime_pollWait(0x7f%s, 0x72)" % hexs(10))
    return rec


def nz_spew_cfg():
    tick()
    rec = Rec("go_spew")
    rec.ln("%s DEBUG config loaded:" % now().strftime("%Y/%m/%d %H:%M:%S"))
    org = ch(ORGS)
    t = O(None, [F("ListenAddr", ":%d" % ch([8080, 8443, 9090])), F("DBPort", ch([5432, 6432])),
                 O("Sender", [F("OrgName", org[0]), F("Phone", org[5]), F("Fax", org[6]), F("Zip", org[4])], cls="Org"),
                 F("BuildSHA", gitsha(12))], cls="Config")
    rec.many(r_spew(t, "config"))
    return rec


def nz_journald():
    tick()
    rec = Rec("journald_verbose")
    t = now()
    rec.ln("%s.%06d UTC [s=%s;i=%x;b=%s;m=%x;t=%x;x=%s]" % (t.strftime("%a %Y-%m-%d %H:%M:%S"), t.microsecond, hexs(32), R.randint(0x1000, 0xfffff),
                                                          hexs(32), R.randint(0x1000000, 0xfffffff), R.randint(0x600000000000, 0x6fffffffffff), hexs(16)))
    unit = ch(["mirth.service", "faxd.service", "node-exporter.service", "certbot.timer"])
    rec.ln("    _TRANSPORT=journal")
    rec.ln("    PRIORITY=6")
    rec.ln("    _PID=1")
    rec.ln("    _HOSTNAME=%s" % ch(HOSTS))
    rec.ln("    UNIT=%s" % unit)
    rec.ln("    MESSAGE=%s: Consumed %.3fs CPU time, %.1fM memory peak." % (unit, R.uniform(1, 900), R.uniform(10, 900)))
    rec.ln("    INVOCATION_ID=%s" % hexs(32))
    return rec


def nz_sql():
    tick()
    k = R.randint(0, 1)
    if k == 0:
        rec = Rec("postgres_multiline_sql")
        pre = "%s [%d] ehr_migrator@ehr " % (now().strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (now().microsecond // 1000), R.randint(1000, 60000))
        rec.ln(pre + "LOG:  statement: CREATE TABLE IF NOT EXISTS patient_contact (")
        rec.ln("\t    id bigserial PRIMARY KEY,")
        rec.ln("\t    patient_id bigint NOT NULL REFERENCES patient(id),")
        rec.ln("\t    phone varchar(20),")
        rec.ln("\t    email varchar(254),")
        rec.ln("\t    ssn char(11),")
        rec.ln("\t    birth_date date NOT NULL,")
        rec.ln("\t    created_at timestamptz NOT NULL DEFAULT now()")
        rec.ln("\t)")
    else:
        rec = Rec("postgres_multiline_sql")
        pre = "%s [%d] " % (now().strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (now().microsecond // 1000), R.randint(1000, 60000))
        a, b = R.randint(1000, 60000), R.randint(1000, 60000)
        rec.ln(pre + "ehr_app@ehr ERROR:  deadlock detected")
        rec.ln(pre + "ehr_app@ehr DETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d." % (a, R.randint(10 ** 6, 10 ** 8), b))
        rec.ln("\tProcess %d waits for ShareLock on transaction %d; blocked by process %d." % (b, R.randint(10 ** 6, 10 ** 8), a))
        rec.ln("\tProcess %d: UPDATE claim SET status = $1, updated_at = now() WHERE id = $2" % a)
        rec.ln("\tProcess %d: UPDATE claim SET status = $1 WHERE batch_id = $2 AND status = 'QUEUED'" % b)
        rec.ln(pre + "ehr_app@ehr HINT:  See server log for query details.")
        rec.ln(pre + "ehr_app@ehr CONTEXT:  while updating tuple (%d,%d) in relation \"claim\"" % (R.randint(100, 99999), R.randint(1, 90)))
    return rec


def nz_terraform():
    tick()
    rec = Rec("terraform_plan")
    rec.ln("  # aws_db_instance.ehr will be updated in-place")
    rec.ln("  ~ resource \"aws_db_instance\" \"ehr\" {")
    rec.ln("      ~ allocated_storage = %d -> %d" % (R.randint(100, 500), R.randint(500, 1000)))
    rec.ln("        id                = \"db-%s\"" % hexs(26).upper())
    rec.ln("      ~ instance_class    = \"db.r6g.large\" -> \"db.r6g.xlarge\"")
    rec.ln("        # (%d unchanged attributes hidden)" % R.randint(20, 60))
    rec.ln("    }")
    rec.ln("")
    rec.ln("Plan: 0 to add, 1 to change, 0 to destroy.")
    return rec


def nz_dotnet():
    tick()
    rec = Rec("dotnet_exception")
    rec.ln("crit: Microsoft.AspNetCore.Hosting.Diagnostics[6]")
    rec.ln("      Application startup exception")
    rec.ln("      Microsoft.Extensions.Options.OptionsValidationException: DataAnnotation validation failed for 'FaxOptions' members: 'SenderFax' with the error: 'The SenderFax field is not a valid phone number.'.")
    rec.ln("         at Microsoft.Extensions.Options.OptionsFactory`1.Create(String name)")
    rec.ln("         at Microsoft.Extensions.Options.UnnamedOptionsManager`1.get_Value()")
    rec.ln("         at Acme.Fax.Startup.Configure(IApplicationBuilder app) in /src/Acme.Fax/Startup.cs:line %d" % R.randint(20, 200))
    rec.ln("      Exception.Data:")
    rec.ln("        [ConfigSection] = Fax")
    rec.ln("        [SenderFax] = %s" % ch(ORGS)[6])
    rec.ln("        [Environment] = Production")
    return rec


def nz_elixir():
    tick()
    rec = Rec("elixir_inspect")
    rec.ln("%s [error] GenServer Notify.Outbox terminating" % now().strftime("%H:%M:%S.%f")[:-3])
    rec.ln("** (Postgrex.Error) ERROR 57014 (query_canceled) canceling statement due to statement timeout")
    rec.ln("    (ecto_sql 3.11.1) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise_sql_call_error/1")
    rec.ln("    (notify 0.%d.%d) lib/notify/outbox.ex:%d: Notify.Outbox.handle_info/2" % (R.randint(1, 30), R.randint(0, 9), R.randint(20, 200)))
    rec.ln("Last message: :flush")
    rec.ln("State: %{")
    rec.ln("  batch_size: %d," % ch([100, 250, 500]))
    rec.ln("  last_flush: ~U[%sZ]," % now().strftime("%Y-%m-%d %H:%M:%S.%f"))
    rec.ln("  pending: %d," % R.randint(0, 9000))
    rec.ln("  provider: Notify.Providers.Twilio,")
    rec.ln("  from_number: \"%s\"" % ch(ORGS)[5])
    rec.ln("}")
    return rec


def nz_rust():
    tick()
    rec = Rec("rust_debug")
    rec.ln("thread 'main' panicked at src/config.rs:%d:%d:" % (R.randint(10, 200), R.randint(5, 40)))
    rec.ln("failed to load settings: Config {")
    rec.ln("    listen: %s:%d," % ("0.0.0.0", ch([8080, 9443])))
    rec.ln("    payer_endpoint: \"https://edi.%s.com/x12/270\"," % ch(["availity", "waystar", "changehealth"]))
    rec.ln("    retry: RetryPolicy { max_attempts: %d, backoff_ms: %d }," % (R.randint(2, 8), ch([250, 500, 1000])))
    rec.ln("    tls: None,")
    rec.ln("}")
    rec.ln("note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")
    return rec


def nz_node_table():
    tick()
    rec = Rec("node_console_table")
    rec.ln("%s queue depth by worker:" % ts_iso())
    hdr = ["(index)", "worker", "pending", "p95_ms", "version"]
    rows = [[str(i), "'%s'" % ch(HOSTS), str(R.randint(0, 900)), str(R.randint(10, 4000)), "'%d.%d.%d'" % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 9))] for i in range(R.randint(2, 5))]
    w = [max(len(hdr[j]), max(len(r[j]) for r in rows)) + 2 for j in range(len(hdr))]
    c = lambda s, x: " " * ((x - len(s)) // 2) + s + " " * (x - len(s) - (x - len(s)) // 2)
    rec.ln("┌" + "┬".join("─" * x for x in w) + "┐")
    rec.ln("│" + "│".join(c(h, w[j]) for j, h in enumerate(hdr)) + "│")
    rec.ln("├" + "┼".join("─" * x for x in w) + "┤")
    for r in rows:
        rec.ln("│" + "│".join(c(h, w[j]) for j, h in enumerate(r)) + "│")
    rec.ln("└" + "┴".join("─" * x for x in w) + "┘")
    return rec


def nz_syslog():
    tick()
    rec = Rec("syslog_continuation")
    host = ch(HOSTS)
    hdr = "%s %s kernel: " % (ts_syslog(), host)
    up = [R.randint(1000, 99999) * 1000000 + R.randint(0, 999999)]

    def kt():
        up[0] += R.randint(1, 900)
        return "[%5d.%06d]" % (up[0] // 1000000, up[0] % 1000000)
    rec.ln(hdr + "%s %s invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=%d" % (kt(), ch(["java", "node", "beam.smp"]), ch([0, 1000, 999])))
    rec.ln(hdr + "%s CPU: %d PID: %d Comm: java Not tainted 5.15.0-%d-generic #%d-Ubuntu" % (kt(), R.randint(0, 15), R.randint(1000, 60000), R.randint(50, 120), R.randint(50, 130)))
    rec.ln(hdr + "%s Call Trace:" % kt())
    rec.ln(hdr + "%s  <TASK>" % kt())
    for fn in ["dump_stack_lvl+0x4a/0x63", "dump_header+0x4a/0x1f4", "oom_kill_process.cold+0xb/0x10", "out_of_memory+0x1bd/0x4f0"][:R.randint(2, 4)]:
        rec.ln(hdr + "%s  %s" % (kt(), fn))
    rec.ln(hdr + "%s  </TASK>" % kt())
    rec.ln(hdr + "Memory cgroup out of memory: Killed process %d (java) total-vm:%dkB, anon-rss:%dkB, file-rss:0kB, shmem-rss:0kB, UID:%d" % (R.randint(1000, 60000), R.randint(10 ** 6, 10 ** 7), R.randint(10 ** 5, 10 ** 6), R.randint(900, 1100)))
    return rec


def nz_json_health():
    tick()
    rec = Rec("json_pretty4")
    rec.ln("%s INFO  health report" % ts_iso())
    t = O(None, [F("status", "DEGRADED"), F("version", "%d.%d.%d+build.%d" % (R.randint(1, 5), R.randint(0, 30), R.randint(0, 9), R.randint(100, 9999))),
                 F("commit", gitsha(40)),
                 O("clearinghouse", [F("status", "DOWN"), F("lastOrder", order_no()), F("lastClaim", claim_no())]),
                 F("senderFax", ch(ORGS)[6]), F("traceId", trace_id())])
    rec.many(r_json(t, 4))
    return rec


NOISE_GENS = [nz_provider_dump, nz_provider_dump, nz_java, nz_build, nz_build, nz_k8s_describe, nz_py, nz_rich, nz_go, nz_spew_cfg,
              nz_journald, nz_sql, nz_sql, nz_terraform, nz_dotnet, nz_elixir, nz_rust, nz_node_table, nz_syslog, nz_json_health]
PHI_BASE = [gen_json_batch4, gen_json_single2, gen_yaml_doc, gen_k8s, gen_py_traceback, gen_py_rich, gen_py_better, gen_py_stackprinter,
            gen_sentry, gen_go_panic, gen_go_spew, gen_java, gen_kotlin, gen_ruby_pp, gen_ruby_ap, gen_php_print_r, gen_php_var_dump,
            gen_perl_dumper, gen_elixir, gen_rust, gen_node_inspect, gen_console_table, gen_dotnet, gen_journald, gen_syslog_hl7,
            gen_syslog_multi, gen_pg_sql, gen_mysql_slow, gen_hibernate, gen_sql_insert_multi, gen_py_pprint, gen_elixir_list,
            gen_rare, gen_rare, gen_rare, gen_rare, gen_biometric, gen_biometric]
# formats whose records are dense in PHI lines; drawn to steer the PHI-free share towards the target
PHI_DENSE = [gen_py_pprint, gen_sql_insert_multi, gen_elixir_list, gen_py_pprint, gen_sql_insert_multi, gen_elixir_list,
             gen_py_pprint, gen_rare]


# ----------------------------------------------------------------------------
# one-line fillers (used only to land on exactly N_LINES)
# ----------------------------------------------------------------------------
_FILL = [0]


def fill_phi():
    tick()
    p = P()
    _FILL[0] += 1
    k = _FILL[0] % 3
    hdr = "%s %s %s[%d]: " % (ts_syslog(), ch(HOSTS), ["portal-auth", "empi-match", "mbi-check"][k], R.randint(1000, 60000))
    rec = Rec("syslog_continuation")
    if k == 0:
        return rec.ln(hdr + "password reset requested for ", ("email", p.email), " from ", ("ip", p.ip))
    if k == 1:
        return rec.ln(hdr + "ambiguous match: 2 candidates for ", ("name", p.full), " born ", ("date", fdate(p.dob, 1)), " (zip ", ("zip", p.zip), ")")
    return rec.ln(hdr + "MBI ", ("health_plan", p.mbi), " failed format check for member ", ("name", "%s, %s" % (p.last, p.first)))


def fill_noise():
    tick()
    k = R.randint(0, 2)
    hdr = "%s %s " % (ts_syslog(), ch(HOSTS))
    rec = Rec("syslog_continuation")
    if k == 0:
        return rec.ln(hdr + "nginx[%d]: %s - - \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" rt=0.00%d" % (R.randint(1000, 60000), priv_ip(), R.randint(1, 9)))
    if k == 1:
        return rec.ln(hdr + "systemd[1]: Started %s.service - %s." % (ch(["faxd", "mirth", "logrotate"]), ch(["Fax gateway", "Mirth Connect", "Rotate log files"])))
    return rec.ln(hdr + "CRON[%d]: (%s) CMD (/opt/ehr/bin/purge-tmp --older-than 7d)" % (R.randint(1000, 60000), ch(["root", "ehr_app"])))


# ----------------------------------------------------------------------------
# assembly, verification, output
# ----------------------------------------------------------------------------
CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"]
TARGET_FREE = 0.45


def render_line(segs):
    b = b""
    spans = []
    for s in segs:
        if isinstance(s, str):
            b += s.encode("utf-8")
        else:
            cat, val = s
            assert cat in CATS, cat
            vb = val.encode("utf-8")
            assert len(vb) > 0, s
            spans.append((len(b), len(b) + len(vb), cat, vb))
            b += vb
    assert b"\n" not in b and b"\r" not in b, b
    assert len(b) <= 20000, len(b)
    for (s1, e1, _, _), (s2, e2, _, _) in zip(spans, spans[1:]):
        assert e1 <= s2, (spans, b)
    return b, spans


class Deck:
    def __init__(self, items):
        self.items = list(items)
        self.pool = []

    def draw(self):
        if not self.pool:
            self.pool = list(self.items)
            R.shuffle(self.pool)
        return self.pool.pop()


def short_rec(g, cap, tries=6):
    """Generate a record with g, preferring one of at most cap lines (the shortest of a few tries).
    The rotation decks are restored so that discarded tries do not use up rare concepts."""
    start = (list(RARE.pool), list(_THEME_DECK))
    best = None
    for _ in range(tries):
        RARE.pool[:], _THEME_DECK[:] = list(start[0]), list(start[1])
        r = g()
        if best is None or len(r.lines) < len(best[0].lines):
            best = (r, list(RARE.pool), list(_THEME_DECK))
        if len(best[0].lines) <= cap:
            break
    RARE.pool[:], _THEME_DECK[:] = best[1], best[2]
    return best[0]


def build():
    must = list(PHI_BASE)
    R.shuffle(must)
    dense, noise_deck = Deck(PHI_DENSE), Deck(NOISE_GENS)
    out = []  # (family, bytes, spans)
    slots = [60, 200, 340]  # ordinary multi-line noise is mixed in at least this often
    while len(out) < N_LINES:
        remaining = N_LINES - len(out)
        n_free = sum(1 for x in out if not x[2])
        free = n_free / len(out) if out else 1.0
        want_phi = free >= TARGET_FREE
        if slots and len(out) >= slots[0]:
            slots.pop(0)
            want_phi = False
        rec = None
        if remaining > 6:
            for _ in range(20):
                if want_phi:
                    interleave = (must and free > 0.475 and len(out) > 60 and R.random() < 0.5
                                  and 11 * len(must) < remaining - 40)
                    g = must.pop() if (must and not interleave) else dense.draw()
                    cand = short_rec(g, 12, 8)
                else:
                    g = noise_deck.draw()
                    cand = short_rec(g, 10)
                if len(cand.lines) <= remaining:
                    rec = cand
                    break
                if g in PHI_BASE and g not in must and g not in PHI_DENSE:
                    must.insert(0, g)
        if rec is None:
            rec = fill_phi() if want_phi else fill_noise()
        for segs in rec.lines:
            b, spans = render_line(segs)
            out.append((rec.fam, b, spans))
            for s in spans:
                COUNTS[s[2]] = COUNTS.get(s[2], 0) + 1
    assert len(out) == N_LINES
    LEFT[:] = must
    return out


def attempt_ok(out):
    free = sum(1 for x in out if not x[2]) / len(out)
    counts = {}
    for _, _, spans in out:
        for s in spans:
            counts[s[2]] = counts.get(s[2], 0) + 1
    return not LEFT and 0.435 <= free <= 0.465 and all(counts.get(c, 0) >= 4 for c in CATS), free, counts


def reset(attempt):
    R.seed(SEED * 1000 + attempt)
    CLOCK[0] = dt.datetime(2024, 6, 3, 7, 58, 12, 118000, tzinfo=dt.timezone.utc)
    RARE.pool[:] = []
    _THEME_DECK[:] = []
    COUNTS.clear()
    _FILL[0] = 0


def build_checked():
    """Deterministic: try fixed sub-seeds in order, keep the first build meeting the targets."""
    for attempt in range(200):
        reset(attempt)
        out = build()
        ok, free, counts = attempt_ok(out)
        if ok:
            print("attempt %d accepted" % attempt)
            return out
    raise SystemExit("no attempt met the targets")


def main():
    out = build_checked()
    log_path = os.path.join(HERE, "bg.log")
    lab_path = os.path.join(HERE, "bg.labels.jsonl")
    with open(log_path, "wb") as f:
        for _, b, _ in out:
            f.write(b + b"\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as f:
        for i, (fam, _, spans) in enumerate(out):
            f.write(json.dumps({"line": i + 1, "family": fam,
                                "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]}) + "\n")

    # ---- verification against the bytes actually written ----
    data = open(log_path, "rb").read()
    data.decode("utf-8")
    assert data.endswith(b"\n") and b"\r" not in data
    lines = data.split(b"\n")[:-1]
    assert len(lines) == N_LINES, len(lines)
    labels = [json.loads(l) for l in open(lab_path, encoding="utf-8")]
    assert len(labels) == N_LINES
    counts = {}
    for i, (line, lab_, (_, _, spans)) in enumerate(zip(lines, labels, out)):
        assert lab_["line"] == i + 1
        assert len(line) <= 20000
        assert len(lab_["spans"]) == len(spans)
        for sp, (s, e, c, vb) in zip(lab_["spans"], spans):
            assert (sp["s"], sp["e"], sp["cat"]) == (s, e, c)
            assert line[s:e] == vb, (i + 1, line[s:e], vb)
            line[s:e].decode("utf-8")  # span boundaries fall on character boundaries
            assert vb == vb.strip(), (i + 1, vb)
            counts[c] = counts.get(c, 0) + 1
    free = sum(1 for l in labels if not l["spans"])
    fams = {}
    for l in labels:
        fams[l["family"]] = fams.get(l["family"], 0) + 1
    print("lines:", len(lines))
    print("lines without PHI: %d (%.1f%%)" % (free, 100.0 * free / len(lines)))
    print("spans:", sum(counts.values()))
    for c in CATS:
        print("  %-12s %d" % (c, counts.get(c, 0)))
    print("families (%d):" % len(fams), ", ".join("%s=%d" % kv for kv in sorted(fams.items())))
    print("md5 bg.log          ", hashlib.md5(data).hexdigest())
    print("md5 bg.labels.jsonl ", hashlib.md5(open(lab_path, "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
