#!/usr/bin/env python3
"""Generator for held-out corpus "s": legacy / batch / file-transfer logs of a
US health insurer and hospital, labeled for PHI (HIPAA Safe Harbor categories).

Standard library only, fixed seed, byte-for-byte reproducible.
Writes s.log (500 lines) and s.labels.jsonl next to this file.
"""
import base64
import datetime
import json
import os
import random
import string
import sys
import unicodedata

SEED = 8342711
R = random.Random(SEED)
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_CLEAN = 225  # 45 %

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]


# ----------------------------------------------------------------------------
# line builder
# ----------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.parts = []

    def t(self, *ss):
        for s in ss:
            self.parts.append((str(s), None))
        return self

    def p(self, v, cat):
        assert cat in CATS, cat
        v = str(v)
        self.parts.append((v, cat))
        return self

    def x(self, v, cat=None):
        """p() if cat else t()"""
        return self.p(v, cat) if cat else self.t(v)

    def has_phi(self):
        return any(c for _, c in self.parts)

    def build(self):
        buf = b""
        spans = []
        for v, c in self.parts:
            b = v.encode("utf-8")
            if c:
                spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": c, "_v": v})
            buf += b
        return buf, spans


# ----------------------------------------------------------------------------
# random helpers
# ----------------------------------------------------------------------------
def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(pick("0123456789") for _ in range(n))


def hexs(n, upper=False):
    a = "0123456789ABCDEF" if upper else "0123456789abcdef"
    return "".join(pick(a) for _ in range(n))


def alnum(n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(pick(alphabet) for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n, prefix=b""):
    return base64.b64encode(prefix + rbytes(n)).decode()


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


_FOLD = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "ß": "ss", "Đ": "D", "đ": "d"})


def fold(s):
    s = s.translate(_FOLD)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def up(s):
    return fold(s).upper()


# ----------------------------------------------------------------------------
# pools
# ----------------------------------------------------------------------------
FIRST = ["Maria", "James", "Aisha", "Wei", "Olga", "Carlos", "Priya", "Dmitri", "Fatima",
         "Kwame", "Hannah", "Luis", "Mei", "Tomasz", "Ngozi", "Sean", "Yuki", "Ahmed", "Rosa",
         "Giovanni", "Leilani", "Jamal", "Ingrid", "Thanh", "Rahul", "Esperanza", "Patrick",
         "Amara", "Hiroshi", "Svetlana", "Diego", "Chloe", "Mohammed", "Grace", "Kenji", "Lucía",
         "Oluwaseun", "Brigid", "Mateo", "Zainab", "Elena", "Tyrone", "Siobhan", "Raj", "Beatriz",
         "Andrzej", "Nadia", "Darnell", "Xiomara", "Pedro", "Anh", "Ruth", "Samuel", "Ayesha",
         "Gustavo", "Hyun-woo", "Marisol", "Connor", "Latoya", "Ibrahim", "José", "Zoë", "Renée",
         "Björn", "Łukasz", "Søren", "François", "Dolores", "Earl", "Mildred", "Wanda", "Bao"]
LAST = ["Lopez", "Nguyen", "Okafor", "Kowalski", "Haddad", "Patel", "Johnson", "Garcia", "Chen",
        "Ivanova", "O'Brien", "Mensah", "Tanaka", "Rodriguez", "Williams", "Kim", "Schmidt",
        "Abdullah", "Rossi", "Kahananui", "Washington", "Andersson", "Tran", "Sharma", "Delgado",
        "Murphy", "Eze", "Watanabe", "Petrova", "Hernandez", "Dubois", "Al-Sayed", "Brooks",
        "Yamamoto", "Martínez", "Adeyemi", "Gallagher", "Reyes", "Hussain", "Popescu", "Jackson",
        "Fitzgerald", "Singh", "Moreira", "Nowak", "Farouk", "Harris", "Castillo", "Pham",
        "Goldberg", "Mahmoud", "Baptiste", "Kaur", "Sokolov", "Peña", "Müller", "Nakamura",
        "Oyelaran", "Whitfield", "Ramírez", "Bui", "Lindqvist", "Thompson", "Achebe", "Nguyễn",
        "Yazzie", "Begay", "Kealoha", "Van der Berg", "De la Cruz"]

# clinicians / staff (never labeled)
CLIN = [("Anita", "Raman"), ("Samuel", "Okoro"), ("Helen", "Marsh"), ("Victor", "Alvarez"),
        ("Grace", "Liu"), ("Paul", "Whitaker"), ("Nirmala", "Iyer"), ("Robert", "Castellano"),
        ("Deborah", "Fink"), ("Kofi", "Asante"), ("Laura", "Bennett"), ("Miguel", "Santos")]
STAFF = ["jkowalski", "mnguyen2", "svc_edi834", "svc_batch", "svc_ssrs", "svc_moveit",
         "PRDBATCH", "QUSER", "svc_payer_acme", "rpt_admin", "tchen_adm", "hl7_iface",
         "svc_mq_adt", "dgreen", "svc_lbl", "opsauto", "etl_nightly", "svc_as2"]
PARTNERS = ["ACMEHLTHPLN", "BLUEPEAKHLTH", "SUNSTATECARE", "MERIDIANMCD", "APEXCLRHS",
            "RVRSDGENHOSP", "CARDINALRX", "NORTHSTARDME"]
HOSP = "RIVERSIDE GENERAL HOSPITAL"
HOSP_ADDR = ["1200 Medical Center Blvd", "Atlanta", "GA", "30303"]
HOSP_PHONE = ["(404) 616-1000", "404-616-1000", "4046161000", "1-800-616-4470"]
VENDORS = [("Apex Clearinghouse LLC", "2200 Commerce Pkwy Ste 400", "Franklin", "TN", "37067"),
           ("Meridian Print & Mail Services", "88 Industrial Way", "Norcross", "GA", "30071"),
           ("Acme Health Plan Inc", "PO Box 105187", "Atlanta", "GA", "30348"),
           ("NorthStar DME Supply Co", "4410 Technology Dr", "Columbus", "OH", "43228"),
           ("Cardinal Rx Benefits", "1 Cardinal Plaza Fl 12", "Dublin", "OH", "43017"),
           ("Lockbox Services / Truist", "PO Box 740431", "Atlanta", "GA", "30374")]

PLACES = [("Atlanta", "Fulton", "GA", ["30318", "30310", "30305", "30331"]),
          ("Decatur", "DeKalb", "GA", ["30030", "30032", "30034"]),
          ("Columbus", "Franklin", "OH", ["43215", "43204", "43211"]),
          ("Tucson", "Pima", "AZ", ["85705", "85719", "85746"]),
          ("Fresno", "Fresno", "CA", ["93704", "93722", "93727"]),
          ("Brooklyn", "Kings", "NY", ["11211", "11226", "11233"]),
          ("Paterson", "Passaic", "NJ", ["07501", "07513", "07524"]),
          ("El Paso", "El Paso", "TX", ["79912", "79936", "79905"]),
          ("Hialeah", "Miami-Dade", "FL", ["33012", "33016", "33010"]),
          ("Gary", "Lake", "IN", ["46402", "46408"]),
          ("Lowell", "Middlesex", "MA", ["01850", "01852", "01854"]),
          ("Dearborn", "Wayne", "MI", ["48124", "48126", "48128"]),
          ("Bismarck", "Burleigh", "ND", ["58501", "58503"]),
          ("Hilo", "Hawaii", "HI", ["96720"]),
          ("Yakima", "Yakima", "WA", ["98902", "98908"]),
          ("Baton Rouge", "East Baton Rouge", "LA", ["70802", "70806", "70811"]),
          ("Cedar Rapids", "Linn", "IA", ["52402", "52404"]),
          ("Knoxville", "Knox", "TN", ["37917", "37920"]),
          ("Santa Fe", "Santa Fe", "NM", ["87505", "87507"]),
          ("Worcester", "Worcester", "MA", ["01604", "01609"]),
          ("Aurora", "Arapahoe", "CO", ["80012", "80014"]),
          ("Toledo", "Lucas", "OH", ["43607", "43612"]),
          ("Bridgeport", "Fairfield", "CT", ["06604", "06606"]),
          ("Macon", "Bibb", "GA", ["31201", "31204"]),
          ("Rochester", "Monroe", "NY", ["14609", "14621"]),
          ("Window Rock", "Apache", "AZ", ["86515"]),
          ("Marietta", "Cobb", "GA", ["30060", "30064"]),
          ("Lawrenceville", "Gwinnett", "GA", ["30043", "30044", "30046"])]
STREETS = ["Oak", "Maple", "Peachtree", "Martin Luther King Jr", "Cedar Ridge", "Elm",
           "Washington", "Lakeview", "Sunset", "Pine Hollow", "Jefferson", "Magnolia",
           "Old Mill", "Riverbend", "Highland", "Kamehameha", "Mesa Verde", "Candler",
           "Glenwood", "Buford", "Chestnut", "Orchard", "Prospect", "Willow Creek", "Hickory",
           "Lincoln", "Church", "Walnut", "Ponce de Leon", "Bayou", "Kilauea", "Dogwood"]
SUFFIX = ["St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Ct", "Way", "Pl", "Ter", "Hwy", "Cir", "Pkwy"]
UNITS = ["Apt 4B", "Apt 12", "Unit 3", "# 305", "Apt 2C", "Lot 17", "Apt 1107", "Unit B",
         "Trlr 9", "Apt 6", "Fl 2"]
AREAS = ["404", "470", "678", "614", "520", "559", "718", "347", "973", "915", "305", "219",
         "978", "313", "701", "808", "509", "225", "319", "865", "505", "508", "303", "419",
         "203", "478", "585", "312", "646", "832", "770"]
MAILDOM = ["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "outlook.com", "icloud.com",
           "comcast.net", "att.net", "bellsouth.net", "protonmail.com", "verizon.net"]
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
TODAY = datetime.date(2024, 3, 14)


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------
def rdate(y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(a, b))


def svc_date():
    return datetime.date.fromordinal(TODAY.toordinal() - R.randint(0, 400))


def appt_date():
    return datetime.date.fromordinal(TODAY.toordinal() + R.randint(1, 120))


def fdate(d, style):
    if style == "iso":
        return "%04d-%02d-%02d" % (d.year, d.month, d.day)
    if style == "us":
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if style == "usnz":
        return "%d/%d/%04d" % (d.month, d.day, d.year)
    if style == "d8":
        return "%04d%02d%02d" % (d.year, d.month, d.day)
    if style == "ora":
        return "%02d-%s-%02d" % (d.day, MON[d.month - 1], d.year % 100)
    if style == "ora4":
        return "%02d-%s-%04d" % (d.day, MON[d.month - 1], d.year)
    if style == "fm":
        return "%d%02d%02d" % (d.year - 1700, d.month, d.day)
    if style == "de":
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    if style == "long":
        return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)
    if style == "fmlong":
        return "%s %02d,%d" % (MON[d.month - 1], d.day, d.year)
    if style == "cymd":
        return "%d%02d%02d%02d" % (0 if d.year < 2000 else 1, d.year % 100, d.month, d.day)
    if style == "mdy2":
        return "%02d/%02d/%02d" % (d.month, d.day, d.year % 100)
    if style == "dmon":
        return "%02d %s %d" % (d.day, MONTH[d.month - 1][:3], d.year)
    if style == "isot":
        return "%04d-%02d-%02dT00:00:00" % (d.year, d.month, d.day)
    if style == "dmy":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    raise ValueError(style)


DSTYLES = ["iso", "us", "usnz", "d8", "ora", "de", "long", "mdy2", "dmon", "isot", "ora4"]


class P:
    """synthetic person"""

    def __init__(self, old=None, noapos=False):
        # old=True -> age 90..104 (a labeled age), None -> 18 % chance
        while True:
            self.first = pick(FIRST)
            self.last = pick(LAST)
            if noapos and "'" in self.last:
                continue
            break
        self.mi = pick("ABCDEFGHJKLMNPRSTW")
        self.sex = pick("MF")
        if old is None:
            old = chance(0.18)
        if old:
            self.age = R.randint(90, 104)
            y = TODAY.year - self.age
            d = rdate(y - 1, y)
            # make sure computed age == self.age
            while True:
                a = TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))
                if a == self.age:
                    break
                d = rdate(y - 1, y)
            self.dob = d
        else:
            self.dob = rdate(1935, 2016)
            self.age = TODAY.year - self.dob.year - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        self.city, self.county, self.state, zips = pick(PLACES)
        self.zip = pick(zips)
        self.street = street()
        self.unit = pick(UNITS) if chance(0.35) and self.street[0].isdigit() else ""

    @property
    def F(self):
        return up(self.first)

    @property
    def L(self):
        return up(self.last)

    def street_line(self, upper=False):
        s = self.street + (" " + self.unit if self.unit else "")
        return up(s) if upper else s


def street():
    n = str(R.randint(2, 19999))
    if chance(0.07):
        return "PO Box %d" % R.randint(100, 99999)
    if chance(0.05):
        return "RR %d Box %d" % (R.randint(1, 9), R.randint(10, 999))
    pre = pick(["", "", "", "N ", "S ", "E ", "W ", "NW "])
    return "%s %s%s %s" % (n, pre, pick(STREETS), pick(SUFFIX))


def name_str(p, style=None):
    style = style or pick(["fl", "lf", "LF", "LFM", "fml", "FL", "lfnc"])
    if style == "fl":
        return "%s %s" % (p.first, p.last)
    if style == "lf":
        return "%s, %s" % (p.last, p.first)
    if style == "lfnc":
        return "%s,%s" % (p.last, p.first)
    if style == "LF":
        return "%s,%s" % (p.L, p.F)
    if style == "LFM":
        return "%s,%s %s" % (p.L, p.F, p.mi)
    if style == "fml":
        return "%s %s. %s" % (p.first, p.mi, p.last)
    if style == "FL":
        return "%s %s" % (p.F, p.L)
    if style == "LcF":
        return "%s, %s" % (p.L, p.F)
    raise ValueError(style)


def ssn(style=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    style = style or pick(["dash", "plain", "plain", "dash", "space"])
    if style == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if style == "space":
        return "%03d %02d %04d" % (a, g, s)
    return "%03d%02d%04d" % (a, g, s)


def mrn():
    return pick([
        lambda: "%08d" % R.randint(100000, 99999999),
        lambda: "E" + digits(7),
        lambda: "RGH" + digits(7),
        lambda: "M" + digits(8),
        lambda: "%d" % R.randint(1000000, 9999999),
        lambda: "%03d-%02d-%02d" % (R.randint(100, 999), R.randint(10, 99), R.randint(10, 99)),
        lambda: "0" + digits(9),
    ])()


def mbi(dashes=None):
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    s = (pick("123456789") + pick(A) + pick(AN) + pick("0123456789") + pick(A) + pick(AN) +
         pick("0123456789") + pick(A) + pick(A) + pick("0123456789") + pick("0123456789"))
    if dashes is None:
        dashes = chance(0.3)
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashes else s


def member_id():
    return pick([
        lambda: pick(["XGH", "ZQA", "BPH", "YLS", "AHP"]) + digits(9),
        lambda: "W" + digits(9) + pick(["01", "02", "00"]),
        lambda: mbi(),
        lambda: digits(9) + pick(["A", "B", "C1", "D"]),  # legacy HICN-like
        lambda: pick(["GA", "MA", "NY", "OH"]) + digits(8),
        lambda: alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(5) + alnum(1, "ABCDEFGHJKLMNPRSTUVWXYZ"),  # NY CIN-like
        lambda: "U" + digits(8) + "-01",
    ])()


def card_number():
    pre = pick(["4", "51", "52", "55", "37", "6011"])
    ln = 15 if pre == "37" else 16
    body = pre + digits(ln - len(pre) - 1)
    n = body + luhn_digit(body)
    st = R.randrange(3)
    if st == 0 or ln == 15:
        return n
    if st == 1:
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    return "-".join(n[i:i + 4] for i in range(0, 16, 4))


def pat_account():
    return pick([
        lambda: "H" + digits(8),
        lambda: "%010d" % R.randint(10 ** 8, 10 ** 10 - 1),
        lambda: "PA" + digits(8),
        lambda: "G" + digits(7) + "-" + digits(2),
        lambda: "10" + digits(8),
        lambda: "HAR" + digits(9),
    ])()


def bank_account():
    return str(R.randint(10 ** 6, 10 ** 12 - 1))


def routing():
    b = digits(8)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(c) * k for c, k in zip(b, w))
    return b + str((10 - s % 10) % 10)


def phone(style=None):
    a = pick(AREAS)
    while True:
        e = R.randint(201, 989)
        if e != 555 and e % 100 != 11:
            break
    n = "%04d" % R.randint(0, 9999)
    style = style if style is not None else R.randrange(8)
    return ["(%s) %d-%s", "%s-%d-%s", "%s%d%s", "%s.%d.%s", "+1 %s %d %s", "1-%s-%d-%s",
            "+1%s%d%s", "(%s)%d-%s"][style] % (a, e, n)


def email(p):
    f = fold(p.first).lower().replace(" ", "").replace("'", "").replace("-", "")
    l = fold(p.last).lower().replace(" ", "").replace("'", "").replace("-", "")
    u = pick([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), l + "." + f + str(p.dob.year % 100),
              f + "_" + l, f + str(p.dob.year), l + f[0] + str(R.randint(10, 999))])
    return u + "@" + pick(MAILDOM)


def npi():
    b = pick("12") + digits(8)
    return b + luhn_digit("80840" + b)


def dea(last):
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return pick("ABFGM") + up(last)[0] + "".join(map(str, d)) + str(c)


def drivers_license(state=None):
    state = state or pick(["CA", "GA", "NY", "FL", "TX", "OH", "AZ", "MA", "NJ", "WA"])
    if state == "CA":
        return "%s%s" % (pick(string.ascii_uppercase), digits(7))
    if state == "GA" or state == "TX":
        return digits(9) if state == "GA" else digits(8)
    if state == "NY":
        return "%s %s %s" % (digits(3), digits(3), digits(3))
    if state == "FL":
        return "%s%s-%s-%s-%s-%s" % (pick(string.ascii_uppercase), digits(3), digits(3), digits(2), digits(3), digits(1))
    if state == "OH":
        return alnum(2, string.ascii_uppercase) + digits(6)
    if state == "AZ":
        return pick("ABD") + digits(8)
    if state == "MA":
        return "S" + digits(8)
    if state == "NJ":
        return pick(string.ascii_uppercase) + digits(4) + " " + digits(5) + " " + digits(5)
    return "WDL" + alnum(9)


def prof_license():
    return pick(["RN", "LPN", "MD", "PA", "DO", "PT", "RPH"]) + pick(["", "-", "."]) + digits(R.choice([6, 7]))


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    s = list(pick(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "1G1", "4T1", "WBA"]) +
             alnum(5, al) + "0" + pick("KLMNPRS") + alnum(1, al) + digits(6))
    tot = sum(VIN_MAP[c] * w for c, w in zip(s, VIN_W))
    s[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(s)


def plate():
    return pick([lambda: str(R.randint(1, 9)) + alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(3),
                 lambda: alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(4),
                 lambda: alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + "-" + digits(4),
                 lambda: alnum(2, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(2) + alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ")])()


def imei():
    b = pick(["35", "86", "01", "35"]) + digits(12)
    return b + luhn_digit(b)


def mac(sep=None):
    sep = sep if sep is not None else pick([":", "-", ""])
    oct_ = [hexs(2, upper=chance(0.5)) for _ in range(6)]
    if sep == "":
        return "".join(oct_)
    return sep.join(oct_)


def udi():
    gtin = "0" + digits(13)
    exp = appt_date() + datetime.timedelta(days=R.randint(300, 900))
    return "(01)%s(17)%02d%02d%02d(10)%s(21)%s" % (gtin, exp.year % 100, exp.month, exp.day,
                                                  alnum(6), alnum(8))


def dev_serial():
    return pick([lambda: pick(["PJN", "RNH", "BVK", "SGJ"]) + digits(6) + pick("HGS"),
                 lambda: "NG" + digits(7) + "H",
                 lambda: "SN" + digits(10),
                 lambda: digits(3) + "-" + digits(6),
                 lambda: "ICD" + alnum(8),
                 lambda: "CGM" + alnum(9, string.ascii_uppercase + string.digits)])()


def public_ip():
    first = pick([24, 47, 50, 63, 66, 67, 68, 69, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 107,
                  108, 136, 142, 162, 166, 173, 174, 184, 208, 209])
    return "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def public_ipv6():
    return "2600:1700:%s:%s::%s" % (hexs(4), hexs(4), hexs(R.randint(1, 4)).lstrip("0") or "1")


def private_ip():
    return pick([lambda: "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                 lambda: "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
                 lambda: "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
                 lambda: "127.0.0.1"])()


def personal_url(p):
    f = fold(p.first).lower().replace(" ", "").replace("'", "").replace("-", "")
    l = fold(p.last).lower().replace(" ", "").replace("'", "").replace("-", "")
    return pick(["https://www.facebook.com/%s.%s.%d" % (f, l, R.randint(1, 9999)),
                 "https://www.linkedin.com/in/%s-%s-%s" % (f, l, hexs(6)),
                 "http://%s%s.net" % (f, l),
                 "https://twitter.com/%s%s%d" % (f[:4], l, R.randint(1, 99)),
                 "https://www.instagram.com/%s_%s/" % (f, l),
                 "https://%s-%s.blogspot.com" % (f, l),
                 "https://gofund.me/%s" % hexs(8),
                 "https://sites.google.com/view/%s%s" % (f, l)])


def biometric_blob():
    k = R.randrange(4)
    if k == 0:  # ISO/IEC 19794-2 fingerprint minutiae record
        return b64(R.randint(60, 110), b"FMR\x00 20\x00")
    if k == 1:  # ANSI 378
        return b64(R.randint(60, 110), b"FMR\x00 20\x00\x00\x00")
    if k == 2:
        return b64(R.randint(70, 120))
    return hexs(R.randint(80, 160), upper=True)


def photo_blob():
    if chance(0.6):
        return base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + rbytes(R.randint(50, 120))).decode()
    return base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rbytes(R.randint(50, 110))).decode()


def photo_path(p=None):
    return pick([
        lambda: "\\\\IMGSRV02\\PatientPhotos\\%s\\%s.jpg" % (pick(["2023", "2024"]), digits(7)),
        lambda: "/data/photos/patients/%s/%s_face.png" % (hexs(2), hexs(12)),
        lambda: "https://portal.riversidegeneral.org/photoid/%s.jpg" % hexs(16),
        lambda: "D:\\Registration\\FacePhotos\\pt_%s.jpeg" % digits(8),
        lambda: "/mnt/idcards/headshots/%s.jpg" % digits(9),
    ])()


def other_id():
    return pick([
        lambda: ("passport", digits(9)),
        lambda: ("passport", pick("CEFGHKX") + digits(8)),
        lambda: ("curp", pick(["GAML", "HERJ", "ROPA", "CAMJ", "LOSM"]) + "%02d%02d%02d" % (R.randint(30, 99), R.randint(1, 12), R.randint(1, 28)) + pick("HM") + pick(["DF", "JC", "NL", "CH", "SR"]) + alnum(3, "BCDFGHJKLMNPRSTVXZ") + alnum(1) + digits(1)),
        lambda: ("anum", "A" + digits(9)),
        lambda: ("tribal", pick(["NN", "CN", "CHR"]) + "-" + digits(6)),
        lambda: ("stateid", pick(["ID", "SID"]) + digits(8)),
        lambda: ("consular", "MC" + digits(10)),
        lambda: ("visa", alnum(8, string.ascii_uppercase + string.digits)),
    ])()


# look-alike (non-PHI) generators
def uuid_():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick("89ab"), h[17:20], h[20:32])


def ts_iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % R.randint(0, 999)


CLOCK = [datetime.datetime(2024, 3, 14, 1, 58, 3)]


def tick():
    CLOCK[0] += datetime.timedelta(seconds=R.randint(1, 95), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def clin():
    return pick(CLIN)


def order_no():
    return pick(["ORD-%d-%07d" % (2024, R.randint(1, 9999999)), "PO%08d" % R.randint(1, 99999999),
                 "WO-%s" % alnum(8), "RX%09d" % R.randint(1, 999999999)])


def claim_no():
    return pick(["C24%s%09d" % ("%03d" % R.randint(1, 366), R.randint(1, 999999999)),
                 "24%011d" % R.randint(1, 99999999999), "CLM-%s-%s" % (digits(6), digits(4))])


def dsn():
    return "PRD.%s.%s.D%s.T%s" % (pick(["CLM", "ELG", "MBR", "PRV", "PAY", "ENR"]),
                                  pick(["EXTRACT", "EDI834", "EDI270", "BKP", "SORTOUT", "MERGE"]),
                                  "2403%02d" % R.randint(1, 14), "%04d" % R.randint(0, 2359))


# ----------------------------------------------------------------------------
# key spellings
# ----------------------------------------------------------------------------
K = {
    "name": ["patient_name", "PatName", "PT_NM", "memberName", "subscriber_nm", "insuredName",
             "nombre_paciente", "Patientenname", "beneficiaryName", "ptnt_nme", "pt.fullName",
             "NM_PAT", "enrolleeName", "PAT-NAME", "nomPatient", "FullName", "recipientNm"],
    "rel_name": ["GUAR_NAME", "gtrName", "RESP_PARTY", "nokName", "emergencyContact",
                 "EhePartner", "guarantor.name", "subscriberName", "contacto_emergencia",
                 "POLICY_HOLDER", "parentGuardian", "RP_NM"],
    "dob": ["dob", "DOB", "birthDate", "BIRTH_DT", "brth_dt", "fecha_nac", "GBDAT", "Geburtsdatum",
            "DT_OF_BIRTH", "mbrDob", "PAT-BIRTH-DATE", "bday", "DateOfBirth", "fnac", "ptDOB"],
    "evdate": [("admitDate", "svc"), ("ADM_DT", "svc"), ("dischargeDt", "svc"), ("DSCHG_DATE", "svc"),
               ("svcDate", "svc"), ("DOS", "svc"), ("fecha_servicio", "svc"), ("AUFDT", "svc"),
               ("apptDate", "appt"), ("next_appt", "appt"), ("ApptDt", "appt"), ("cita", "appt"),
               ("dateOfDeath", "svc"), ("DOD", "svc"), ("injuryDt", "svc"), ("procDate", "svc")],
    "age": ["age", "AGE", "edad", "Alter", "ptAge", "age_yrs", "PAT-AGE", "ageYears", "AGE_AT_SVC"],
    "ssn": ["ssn", "SSN", "SocSecNo", "SOC_SEC_NUM", "ss_no", "subscriberSSN", "MBR-SSN", "nss",
            "PAT_SSN", "soc", "TaxIdSSN", "ssn9", "SSNO", "num_seguro_social", "SozVersNr"],
    "mrn": ["mrn", "MRN", "MedRecNo", "MED_REC_NUM", "chartNo", "patientId", "PAT-ID", "HospNo",
            "unitNumber", "nro_historia", "Patientennummer", "EMPI", "localPatId", "PATNR", "pid",
            "MR#", "chart_num"],
    "health_plan": ["memberId", "MBR_ID", "subscriber_id", "SUBSCR-NO", "HICN", "mbi", "MBI",
                    "policyMemberNo", "medicaidId", "CIN", "beneficiary_no", "insId",
                    "POLICY_HOLDER_ID", "numero_afiliado", "VersNr", "subId", "ENRL_ID"],
    "account": ["acctNo", "PAT_ACCT", "accountNumber", "guarantorAcct", "HAR", "billingAcct", "FIN",
                "ENC_ACCT_NO", "cuenta", "Kontonummer", "acct_num", "FALNR", "hospAcctId"],
    "card": ["cardNo", "CC_NUM", "pan", "paymentCard", "tarjeta", "ccNumber", "CARD-NBR"],
    "bank": ["bankAcct", "DFI_ACCT", "checkingAcct", "IBAN_US", "cuenta_bancaria", "BANKN", "achAcct"],
    "phone": ["phone", "PHONE_HOME", "homePh", "cellPhone", "TEL", "TELF1", "telefono", "mobile",
              "contactNumber", "PT-PHONE", "ph_nbr", "Telefon", "nokPhone", "callback", "celular"],
    "fax": ["fax", "FAX_NO", "TELFX", "faxNumber", "fax_nbr", "ptFax", "Telefax", "FAX-NUM", "roiFax"],
    "email": ["email", "EMAIL_ADDR", "SMTP_ADDR", "eMail", "contactEmail", "correo", "pt_email",
              "notifyEmail", "E-Mail", "portalLogin", "mail"],
    "street": ["addr1", "STREET", "STRAS", "street_line1", "ADDR-LINE-1", "direccion", "res_addr",
               "mailingAddress", "homeAddr", "Strasse", "ADR1", "addressLine1"],
    "city": ["city", "ORT01", "CITY_NM", "ciudad", "Stadt", "res_city", "town", "MBR-CITY"],
    "county": ["county", "COUNTY_NM", "cnty", "condado", "Landkreis", "countyName"],
    "zip": ["zip", "ZIP5", "PSTLZ", "postalCode", "zip_cd", "cod_postal", "PLZ", "ZIPCODE", "zip4"],
    "license": ["dlNumber", "DRV_LIC_NO", "driversLicense", "DL_NUM", "licencia", "Fuehrerschein",
                "stateIdDl", "dl_no"],
    "dea": ["DEA", "deaNo", "prescriberDEA", "DEA_NBR", "deaRegNum"],
    "plic": ["stateLicNo", "LICENSE_NBR", "profLicense", "licNum", "nurseLicNo"],
    "vin": ["vin", "VIN", "vehicleVin", "VEH_ID_NO", "chasis", "FIN_Fahrzeug"],
    "plate": ["plate", "licPlate", "LIC_PLATE", "tag_no", "placa", "Kennzeichen", "parkingTag"],
    "device": [("implantSerial", "ser"), ("IMPL_SN", "ser"), ("deviceSerial", "ser"), ("pump_sn", "ser"),
               ("SERNR", "ser"), ("udi", "udi"), ("UDI_DI_PI", "udi"), ("imei", "imei"),
               ("IMEI", "imei"), ("hubImei", "imei"), ("device_mac", "mac"), ("macAddr", "mac"),
               ("monitorMAC", "mac"), ("numero_serie", "ser")],
    "url": ["profileUrl", "homepage", "personal_site", "socialUrl", "fbPage", "webPersonal", "blog"],
    "ip": ["clientIp", "remote_addr", "src_ip", "ipOrigen", "loginIp", "userIP", "X-Forwarded-For"],
    "biometric": ["fpTemplate", "fingerprint_b64", "palm_vein_tmpl", "voiceprint", "BIO_TMPL",
                  "biometricData", "minutiae", "irisCode", "huella", "FingerTemplate"],
    "photo": ["photo", "patientPhoto", "PHOTO_B64", "headshot", "img_face", "foto", "faceImage",
              "idPhoto"],
    "photo_path": ["photoPath", "PHOTO_FILE", "facePhotoUri", "ruta_foto", "portraitRef"],
    "other_id": [("passportNo", "passport"), ("PASSPORT_NBR", "passport"), ("pasaporte", "passport"),
                 ("CURP", "curp"), ("alienNo", "anum"), ("A_NUMBER", "anum"), ("tribalId", "tribal"),
                 ("stateIdCard", "stateid"), ("matricula_consular", "consular"), ("visaNo", "visa"),
                 ("national_id", "curp"), ("uscisNo", "anum")],
}


def other_id_of(kind):
    while True:
        k, v = other_id()
        if k == kind:
            return v


def gen_items(cat, p):
    """list of (key, value, cat) for a category about person p"""
    if cat == "name":
        if chance(0.25):
            return [(pick(K["rel_name"]), name_str(P()), "name")]
        return [(pick(K["name"]), name_str(p), "name")]
    if cat == "date":
        if chance(0.6):
            return [(pick(K["dob"]), fdate(p.dob, pick(DSTYLES)), "date")]
        k, kind = pick(K["evdate"])
        d = appt_date() if kind == "appt" else svc_date()
        return [(k, fdate(d, pick(DSTYLES)), "date")]
    if cat == "age":
        return [(pick(K["age"]), str(p.age), "age" if p.age > 89 else None)]
    if cat == "ssn":
        return [(pick(K["ssn"]), ssn(), "ssn")]
    if cat == "mrn":
        return [(pick(K["mrn"]), mrn(), "mrn")]
    if cat == "health_plan":
        return [(pick(K["health_plan"]), member_id(), "health_plan")]
    if cat == "account":
        r = R.randrange(3)
        if r == 0:
            return [(pick(K["card"]), card_number(), "account")]
        if r == 1:
            return [(pick(K["bank"]), bank_account(), "account")]
        return [(pick(K["account"]), pat_account(), "account")]
    if cat == "phone":
        return [(pick(K["phone"]), phone(), "phone")]
    if cat == "fax":
        return [(pick(K["fax"]), phone(), "fax")]
    if cat == "email":
        return [(pick(K["email"]), email(p), "email")]
    if cat == "address":
        out = [(pick(K["street"]), p.street_line(), "address")]
        if chance(0.7):
            out.append((pick(K["city"]), p.city, "address"))
        if chance(0.3):
            out.append((pick(K["county"]), p.county, "address"))
        return out
    if cat == "zip":
        z = p.zip + ("-" + digits(4) if chance(0.25) else "")
        return [(pick(K["zip"]), z, "zip")]
    if cat == "license":
        r = R.randrange(3)
        if r == 0:
            c = clin()
            return [(pick(K["dea"]), dea(c[1]), "license")]
        if r == 1:
            return [(pick(K["plic"]), prof_license(), "license")]
        return [(pick(K["license"]), drivers_license(), "license")]
    if cat == "vehicle":
        if chance(0.55):
            return [(pick(K["vin"]), vin(), "vehicle")]
        return [(pick(K["plate"]), plate(), "vehicle")]
    if cat == "device":
        k, kind = pick(K["device"])
        v = {"ser": dev_serial, "udi": udi, "imei": imei, "mac": mac}[kind]()
        return [(k, v, "device")]
    if cat == "url":
        return [(pick(K["url"]), personal_url(p), "url")]
    if cat == "ip":
        return [(pick(K["ip"]), public_ip() if chance(0.85) else public_ipv6(), "ip")]
    if cat == "biometric":
        return [(pick(K["biometric"]), biometric_blob(), "biometric")]
    if cat == "photo":
        if chance(0.5):
            return [(pick(K["photo_path"]), photo_path(), "photo")]
        return [(pick(K["photo"]), photo_blob(), "photo")]
    if cat == "other_id":
        k, kind = pick(K["other_id"])
        return [(k, other_id_of(kind), "other_id")]
    raise ValueError(cat)


COMMON = ["name", "name", "date", "date", "mrn", "phone", "address", "zip", "health_plan",
          "account", "email", "ssn", "age"]

RARE = ["biometric", "photo", "vehicle", "device", "url", "license", "other_id", "fax", "ip",
        "age", "email", "ssn", "account", "health_plan"]
RUNNING = {}


def next_focus():
    """focus category for key/value style records: the rarest category so far
    (keeps every category well covered while the rest of the line stays random)"""
    lo = min(RUNNING.get(c, 0) for c in RARE)
    cands = [c for c in RARE if RUNNING.get(c, 0) <= lo + 1]
    return pick(cands)


def kv_items(p, focus=None, extra=None):
    focus = focus or next_focus()
    if focus == "age" and p.age <= 89:
        o = P(old=True)
        p.age, p.dob = o.age, o.dob
    if extra is None:
        extra = R.randint(1, 4)
    cats = [focus]
    for _ in range(extra):
        c = pick(COMMON)
        if c not in cats:
            cats.append(c)
    R.shuffle(cats)
    if "name" in cats and chance(0.7):
        cats.remove("name")
        cats.insert(0, "name")
    items = []
    for c in cats:
        items.extend(gen_items(c, p))
    return items


# non-PHI key/value noise
def noise_items(n=None):
    pool = [
        lambda: ("traceId", hexs(32)),
        lambda: ("spanId", hexs(16)),
        lambda: ("correlationId", uuid_()),
        lambda: ("msgId", uuid_()),
        lambda: ("orderNo", order_no()),
        lambda: ("claimNo", claim_no()),
        lambda: ("batchId", "B%s-%02d" % (digits(4), R.randint(1, 40))),
        lambda: ("build", "%d.%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99), R.randint(1000, 9999))),
        lambda: ("version", "v%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 30))),
        lambda: ("port", str(pick([22, 443, 1414, 1433, 1521, 8443, 9443, 4080, 5010]))),
        lambda: ("elapsedMs", str(R.randint(3, 90000))),
        lambda: ("sha256", hexs(64)),
        lambda: ("rowId", str(R.randint(1, 9999999))),
        lambda: ("groupNo", "GRP%05d" % R.randint(1, 99999)),
        lambda: ("payerId", pick(["87726", "60054", "62308", "SX065", "00431", "MCDGA"])),
        lambda: ("renderingNpi", npi()),
        lambda: ("planCode", pick(["GOLDPPO", "HMO-SEL", "MA-PD 012", "DSNP-H1234-005", "BRONZE3500"])),
        lambda: ("host", pick(["mqprd01.corp.rgh.local", "sftp-gw02", "PRDBATCH02", "as400prd", "rptsrv01.rgh.local"])),
        lambda: ("user", pick(STAFF)),
        lambda: ("tz", pick(["America/New_York", "UTC", "EST5EDT"])),
        lambda: ("cpt", pick(["99213", "99214", "80053", "93000", "J1100", "G0439"])),
        lambda: ("icd10", pick(["E11.9", "I10", "Z00.00", "M54.5", "J44.1", "N18.3"])),
        lambda: ("retries", str(R.randint(0, 5))),
        lambda: ("fileSize", str(R.randint(1000, 90000000))),
    ]
    n = n if n is not None else R.randint(1, 3)
    out = []
    for _ in range(n):
        k, v = pick(pool)()
        if k not in [a for a, _ in out]:
            out.append((k, v))
    return out


# ----------------------------------------------------------------------------
# shared renderers
# ----------------------------------------------------------------------------
def render_json(L, items, noise=None, indent_sp=False):
    allit = list(items) + [(k, v, None) for k, v in (noise or [])]
    L.t("{")
    for i, (k, v, c) in enumerate(allit):
        if i:
            L.t(", " if indent_sp else ",")
        numeric = c in ("age",) or (c is None and v.isdigit() and len(v) < 9)
        if numeric and chance(0.6):
            L.t('"%s":' % k).x(v, c)
        else:
            L.t('"%s":"' % k).x(v, c).t('"')
    L.t("}")


def render_xml(L, items, noise=None, root="Patient"):
    allit = list(items) + [(k, v, None) for k, v in (noise or [])]
    L.t("<%s>" % root)
    for k, v, c in allit:
        tag = k.replace(".", "_").replace("#", "No").replace("-", "_")
        if tag[0].isdigit():
            tag = "f" + tag
        L.t("<%s>" % tag).x(v, c).t("</%s>" % tag)
    L.t("</%s>" % root)


def render_kv(L, items, sep="=", joiner=" ", quote=""):
    for i, (k, v, c) in enumerate(items):
        if i:
            L.t(joiner)
        L.t(k + sep + quote).x(v, c).t(quote)


# ----------------------------------------------------------------------------
# families
# ----------------------------------------------------------------------------
CPY_LAYOUTS = {
    "MBRMAST": [("MBR-ID", 12, "hp"), ("MBR-SSN", 9, "ssn"), ("MBR-LAST-NM", 20, "last"),
                ("MBR-FIRST-NM", 15, "first"), ("MBR-MI", 1, "mi"), ("MBR-DOB", 8, "dob8"),
                ("MBR-SEX", 1, "sex"), ("MBR-ADDR-1", 30, "street"), ("MBR-CITY", 20, "city"),
                ("MBR-ST", 2, "state"), ("MBR-ZIP", 9, "zip9"), ("MBR-PHONE", 10, "phone10"),
                ("MBR-GRP-NO", 10, "grp"), ("MBR-PLAN-CD", 4, "plancd")],
    "SUBRCLM2": [("CLM-NO", 15, "claim"), ("SUB-MBR-ID", 12, "hp"), ("CLMT-LAST-NM", 18, "last"),
                 ("CLMT-FIRST-NM", 12, "first"), ("ACDT-DT", 8, "svc8"), ("ACDT-VIN", 17, "vin"),
                 ("ACDT-PLATE", 8, "plate"), ("ACDT-ST", 2, "state"), ("CLMT-DL-NO", 16, "dl"),
                 ("ATTY-FIRM", 26, "firm"), ("SUBR-AMT", 9, "amt")],
    "IMPLREG": [("REG-SEQ", 9, "rowid"), ("PAT-MRN", 10, "mrn"), ("IMPL-DT", 8, "svc8"),
                ("DEV-SERIAL", 14, "devser"), ("DEV-MFR", 16, "mfr"), ("SURG-NPI", 10, "npi"),
                ("DEV-UDI", 52, "udi"), ("PAT-AGE", 3, "age3")],
    "GUARREC": [("GUAR-ACCT", 12, "acct"), ("GUAR-NAME", 30, "fullname"), ("GUAR-REL", 2, "rel"),
                ("GUAR-EMPLR", 26, "firm"), ("GUAR-BANK-ACCT", 17, "bank"), ("GUAR-ABA", 9, "aba"),
                ("GUAR-FAX", 10, "fax10"), ("GUAR-EMAIL", 40, "email")],
    "BIOENRL": [("BIO-SEQ", 9, "rowid"), ("PAT-MRN", 10, "mrn"), ("BIO-TYPE", 4, "biotype"),
                ("KIOSK-ID", 8, "kiosk"), ("BIO-TMPL-B64", 170, "bio")],
    "PATDEMO1": [("PAT-MRN", 10, "mrn"), ("PAT-NAME", 30, "fullname"), ("PAT-DOB", 8, "dob8"),
                 ("PAT-AGE", 3, "age3"), ("PAT-SEX", 1, "sex"), ("PAT-PASSPORT", 10, "passport"),
                 ("PAT-COUNTY", 18, "county"), ("PAT-ZIP", 5, "zip5"), ("PAT-LANG", 3, "lang"),
                 ("PAT-PHOTO-REF", 72, "photopath")],
}


def cpy_value(kind, p):
    """-> (value, cat, align, fill)"""
    if kind == "hp":
        return member_id(), "health_plan", "L", " "
    if kind == "ssn":
        return ssn("plain"), "ssn", "L", " "
    if kind == "last":
        return p.L, "name", "L", " "
    if kind == "first":
        return p.F, "name", "L", " "
    if kind == "fullname":
        return name_str(p, pick(["LF", "LFM", "LcF"])), "name", "L", " "
    if kind == "mi":
        return p.mi, None, "L", " "
    if kind == "dob8":
        return fdate(p.dob, "d8"), "date", "L", " "
    if kind == "svc8":
        return fdate(svc_date(), "d8"), "date", "L", " "
    if kind == "sex":
        return p.sex, None, "L", " "
    if kind == "street":
        return p.street_line(True), "address", "L", " "
    if kind == "city":
        return up(p.city), "address", "L", " "
    if kind == "county":
        return up(p.county), "address", "L", " "
    if kind == "state":
        return p.state, None, "L", " "
    if kind == "zip9":
        return p.zip + (digits(4) if chance(0.5) else ""), "zip", "L", " "
    if kind == "zip5":
        return p.zip, "zip", "L", " "
    if kind == "phone10":
        return phone(2), "phone", "L", " "
    if kind == "fax10":
        return phone(2), "fax", "L", " "
    if kind == "grp":
        return "G%07d" % R.randint(1, 9999999), None, "L", " "
    if kind == "plancd":
        return pick(["PPO1", "HMO2", "EPO3", "MAPD", "DSNP"]), None, "L", " "
    if kind == "claim":
        return claim_no(), None, "L", " "
    if kind == "vin":
        return vin(), "vehicle", "L", " "
    if kind == "plate":
        return plate().replace("-", ""), "vehicle", "L", " "
    if kind == "dl":
        return drivers_license(pick(["CA", "GA", "TX", "OH", "AZ", "MA"])), "license", "L", " "
    if kind == "firm":
        return pick(["MORGAN & FARRIS LLP", "DELTA AIR LINES INC", "HOME DEPOT USA", "KROGER CO",
                     "CITY OF ATLANTA", "PUBLIX SUPER MARKETS", "SELF EMPLOYED", "EMORY UNIV"]), None, "L", " "
    if kind == "amt":
        return "%09d" % R.randint(1000, 99999999), None, "R", "0"
    if kind == "rowid":
        return "%d" % R.randint(1, 999999), None, "R", "0"
    if kind == "mrn":
        return mrn(), "mrn", "L", " "
    if kind == "devser":
        return dev_serial(), "device", "L", " "
    if kind == "udi":
        return udi(), "device", "L", " "
    if kind == "mfr":
        return pick(["MEDTRONIC", "BOSTON SCI", "ABBOTT", "ZIMMER BIOMET", "STRYKER", "DEXCOM"]), None, "L", " "
    if kind == "npi":
        return npi(), None, "L", " "
    if kind == "age3":
        return str(p.age), ("age" if p.age > 89 else None), "R", "0"
    if kind == "acct":
        return pat_account(), "account", "L", " "
    if kind == "bank":
        return bank_account(), "account", "L", " "
    if kind == "aba":
        return routing(), None, "L", " "
    if kind == "email":
        return up(email(p)), "email", "L", " "
    if kind == "rel":
        return pick(["01", "18", "19", "53"]), None, "L", " "
    if kind == "passport":
        return other_id_of("passport"), "other_id", "L", " "
    if kind == "lang":
        return pick(["ENG", "SPA", "VIE", "KOR", "ARA", "POL", "HAT"]), None, "L", " "
    if kind == "biotype":
        return pick(["PALM", "FNGR", "VOIC", "IRIS"]), None, "L", " "
    if kind == "kiosk":
        return "KSK-%04d" % R.randint(1, 9999), None, "L", " "
    if kind == "bio":
        return biometric_blob(), "biometric", "L", " "
    if kind == "photopath":
        return photo_path(), "photo", "L", " "
    raise ValueError(kind)


def fixed(L, v, cat, width, align="L", fill=" "):
    v = v[:width].rstrip() if align == "L" else v[-width:]
    pad = fill * (width - len(v))
    if align == "L":
        L.x(v, cat).t(pad)
    else:
        L.t(pad).x(v, cat)


def fam_copybook(ph):
    L = Line("cobol_copybook_dump")
    name = pick(list(CPY_LAYOUTS))
    lay = CPY_LAYOUTS[name]
    rrn = R.randint(1, 999999)
    if ph:
        p = P(old=chance(0.4) if name in ("PATDEMO1", "IMPLREG") else None)
        if chance(0.55):
            L.t("CPYBK %-8s RRN=%07d " % (name, rrn))
            off = 1
            chosen = [f for f in lay if chance(0.75)] or lay[:3]
            for fname, w, kind in lay:
                if (fname, w, kind) in chosen:
                    v, cat, al, fill = cpy_value(kind, p)
                    L.t("%s@%04d(%d)='" % (fname, off, w))
                    fixed(L, v, cat, w, al, fill)
                    L.t("' ")
                off += w
            L.parts[-1] = ("'", None)
        else:
            L.t(pick(["DUMP %s RRN %07d OFS=0000 DATA=|" % (name, rrn),
                      "FILE-AID PRINT %s REC %d: |" % (name, rrn),
                      "REC#%07d (%s) LRECL=%d |" % (rrn, name, sum(w for _, w, _ in lay))]))
            for fname, w, kind in lay:
                v, cat, al, fill = cpy_value(kind, p)
                fixed(L, v, cat, w, al, fill)
            L.t("|")
        return L
    k = R.randrange(6)
    if k == 0:
        off = 1
        segs = []
        for fname, w, kind in lay:
            segs.append("%s@%04d/%d" % (fname, off, w))
            off += w
        L.t("COPYBOOK %s LRECL=%d LAYOUT: %s" % (name, off - 1, " ".join(segs)))
    elif k == 1:
        L.t("CPYBK %-8s RRN=0000000 HDR-REC RUN-DT=2024%s CYCLE=%s SRC-SYS=%s REL=R%d.%02d.%d OFS 0000-%04d" % (
            name, tick().strftime("%m%d"), "0314" + pick("ABC"), pick(["FACETS", "QNXT", "AMISYS", "HEALTHRULES"]),
            R.randint(4, 6), R.randint(0, 40), R.randint(0, 9), R.randint(80, 400)))
    elif k == 2:
        L.t("CPYBK %-8s RRN=%07d TRL-REC REC-CNT=%09d HASH-TOT=%018d AMT-TOT=%013d BATCH=B%s-%02d" % (
            name, rrn, R.randint(100, 999999), R.randint(10 ** 15, 10 ** 18 - 1), R.randint(10 ** 6, 10 ** 12),
            digits(4), R.randint(1, 40)))
    elif k == 3:
        amt = R.randint(100, 999999)
        L.t("CPYBK CLMLINE  RRN=%07d CLM-NO@0001(15):'%-15s' LN-NO@0016(3):'%03d' PROC-CD@0019(5):'%s' "
            "PAID-AMT@0024(5):X'%010dC' (+%d.%02d) REND-NPI@0029(10):'%s' POS@0039(2):'%s' REV-CD@0041(4):'%04d'" % (
                rrn, claim_no(), R.randint(1, 40), pick(["99213", "99214", "80053", "93000", "J1100", "97110"]),
                amt, amt // 100, amt % 100, npi(), pick(["11", "21", "22", "23", "81"]), R.randint(100, 999)))
    elif k == 4:
        L.t("CEE3204S The system detected a protection exception (System Completion Code=0C4). From compile unit "
            "%s at entry point %s at compile unit offset +%s at entry offset +%s at address %s." % (
                pick(["MBRUPD01", "ELGLOAD2", "CLMPRC07", "SUBRBAT1"]), pick(["MBRUPD01", "ELGLOAD2", "CLMPRC07"]),
                hexs(8, True), hexs(8, True), hexs(8, True)))
    else:
        L.t("IGZ0035S There was an unsuccessful OPEN or CLOSE of file %s in program %s at relative location X'%s'. "
            "Neither FILE STATUS nor an ERROR declarative were specified. The status code was %d. From compile unit %s." % (
                pick(["MBRMSTI", "ELGOUT", "SUBRIN", "GUAROUT"]), pick(["MBRUPD01", "ELGLOAD2", "GUAREXT3"]),
                hexs(4, True), pick([35, 37, 39, 92]), pick(["MBRUPD01", "ELGLOAD2", "GUAREXT3"])))
    return L


def x12_n4(L, p):
    L.t("N4*").p(up(p.city), "address").t("*%s*" % p.state).p(p.zip + (digits(4) if chance(0.4) else ""), "zip")
    if chance(0.25):
        L.t("**CY*").p(up(p.county), "address")
    L.t("~")


def fam_x12_834(ph):
    L = Line("x12_834")
    if ph:
        p = P()
        rel = pick(["18", "01", "19"])
        L.t("INS*%s*%s*%s*%s*A***%s~" % ("Y" if rel == "18" else "N", rel, pick(["021", "001", "024", "030"]),
                                          pick(["28", "XN", "AI", "EC"]), pick(["FT", "PT", "RT"])))
        sub = member_id()
        L.t("REF*0F*").p(sub, "health_plan").t("~")
        L.t("REF*1L*GRP%05d~" % R.randint(1, 99999))
        if chance(0.3):
            L.t("REF*F6*").p(mbi(False), "health_plan").t("~")
        if chance(0.25):
            L.t("REF*ABB*").p(other_id_of(pick(["passport", "anum", "tribal"])), "other_id").t("~")
        if chance(0.5):
            L.t("DTP*%s*D8*" % pick(["356", "336", "357"])).p(fdate(svc_date(), "d8"), "date").t("~")
        L.t("NM1*IL*1*").p(p.L, "name").t("*").p(p.F, "name")
        has_mi, has_ssn = chance(0.5), chance(0.7)
        if has_mi or has_ssn:
            L.t("*" + (p.mi if has_mi else ""))
        if has_ssn:
            L.t("***34*").p(ssn("plain"), "ssn")
        L.t("~")
        if chance(0.7):
            L.t("PER*IP**%s*" % pick(["HP", "TE", "CP"])).p(phone(2), "phone")
            if chance(0.5):
                L.t("*EM*").p(up(email(p)) if chance(0.5) else email(p), "email")
            if chance(0.2):
                L.t("*FX*").p(phone(2), "fax")
            L.t("~")
        if chance(0.75):
            L.t("N3*").p(up(p.street), "address")
            if p.unit:
                L.t("*").p(up(p.unit), "address")
            L.t("~")
            x12_n4(L, p)
        L.t("DMG*D8*").p(fdate(p.dob, "d8"), "date").t("*%s*%s~" % (p.sex, pick(["M", "I", "U", "R"])))
        if chance(0.3):
            L.t("LUI*LD*%s**7~" % pick(["SPA", "VIE", "KOR", "ARA", "ENG"]))
        if chance(0.3):
            L.t("HD*%s**HLT*%s*%s~" % (pick(["021", "030", "024"]), pick(["GOLDPPO", "HMOSEL", "EPO500"]),
                                      pick(["EMP", "ESP", "FAM", "IND"])))
        return L
    k = R.randrange(6)
    dt = tick()
    ctl = "%09d" % R.randint(1, 999999999)
    a, b = R.sample(PARTNERS, 2)
    if k == 0:
        L.t("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%s*0*P*:~" % (
            a, b, dt.strftime("%y%m%d"), dt.strftime("%H%M"), ctl))
        L.t("GS*BE*%s*%s*%s*%s*%d*X*005010X220A1~" % (a, b, dt.strftime("%Y%m%d"), dt.strftime("%H%M"), int(ctl) % 100000))
    elif k == 1:
        L.t("ST*834*%04d*005010X220A1~BGN*00*%s*%s*%s****%s~REF*38*%s~DTP*007*D8*%s~" % (
            R.randint(1, 9999), "834-%s-%02d" % (dt.strftime("%Y%m%d"), R.randint(1, 9)), dt.strftime("%Y%m%d"),
            dt.strftime("%H%M%S"), pick(["2", "4", "RX"]), "POL%06d" % R.randint(1, 999999), dt.strftime("%Y%m%d")))
    elif k == 2:
        v = pick(VENDORS)
        L.t("N1*P5*%s*FI*%s~N1*IN*%s*FI*%s~N1*TV*%s*94*%s~" % (
            up(v[0]), digits(9), up(pick(VENDORS)[0]), digits(9), pick(PARTNERS), digits(6)))
    elif k == 3:
        L.t("HD*%s**HLT*%s*%s~DTP*303*D8*%s~AMT*P3*%d.%02d~REF*17*%s~" % (
            pick(["021", "030", "024", "025"]), pick(["GOLDPPO", "HMOSEL", "EPO500", "BRONZE3500"]),
            pick(["EMP", "ESP", "FAM", "IND", "ECH"]), dt.strftime("%Y%m%d"), R.randint(100, 1900), R.randint(0, 99),
            "RPT%s" % digits(5)))
    elif k == 4:
        L.t("SE*%d*%04d~GE*%d*%d~IEA*1*%s~" % (R.randint(100, 99999), R.randint(1, 9999), R.randint(1, 9),
                                              int(ctl) % 100000, ctl))
    else:
        L.t("TA1*%s*%s*%s*%s*000~" % (ctl, dt.strftime("%y%m%d"), dt.strftime("%H%M"), pick(["A", "E", "R"])))
        L.t("AK1*BE*%d*005010X220A1~AK9*A*1*1*1~" % (int(ctl) % 100000))
    return L


def fam_x12_270_271(ph):
    L = Line("x12_270_271")
    if ph:
        p = P()
        trn = "%s-%s" % (digits(5), digits(6))
        L.t("HL*%d*%d*22*0~TRN*%s*%s*%s~" % (R.randint(3, 9), R.randint(2, 3), pick(["1", "2"]), trn, "9" + digits(9)))
        L.t("NM1*IL*1*").p(p.L, "name").t("*").p(p.F, "name")
        L.t("****MI*").p(member_id(), "health_plan").t("~")
        if chance(0.35):
            L.t("REF*SY*").p(ssn("plain"), "ssn").t("~")
        if chance(0.3):
            L.t("REF*EJ*").p(pat_account(), "account").t("~")
        if chance(0.35):
            L.t("N3*").p(up(p.street), "address").t("~")
            x12_n4(L, p)
        L.t("DMG*D8*").p(fdate(p.dob, "d8"), "date").t("*%s~" % p.sex)
        if chance(0.5):
            L.t("DTP*%s*%s*" % (pick(["291", "472", "307"]), "D8")).p(fdate(svc_date(), "d8"), "date").t("~")
        if chance(0.5):
            L.t("EB*1*IND*30**%s~" % pick(["GOLD PPO", "MEDICARE ADVANTAGE HMO", "MEDICAID MANAGED CARE"]))
        if p.age > 89 and chance(0.7):
            L.t("MSG*MBR AGE ").p(str(p.age), "age").t(" - VERIFY AUTH REQ~")
        elif chance(0.3):
            L.t("AAA*N**%s*C~" % pick(["72", "73", "75", "58"]))
        if chance(0.2):
            L.t("PER*IC**TE*").p(phone(2), "phone").t("~")
        return L
    k = R.randrange(6)
    c = clin()
    if k == 0:
        L.t("NM1*PR*2*%s*****PI*%s~NM1*1P*2*%s*****XX*%s~" % (
            up(pick(VENDORS)[0]), pick(["87726", "60054", "62308", "SX065"]), HOSP, npi()))
    elif k == 1:
        L.t("NM1*1P*1*%s*%s****XX*%s~PRV*PE*PXC*%s~" % (up(c[1]), up(c[0]), npi(), pick(["207Q00000X", "208D00000X", "363LF0000X"])))
    elif k == 2:
        L.t("EB*1**30^1^33^35^47^48^50^86^88^98^AL^MH^UC*HM*%s~EB*C*IND*30***23*%d~EB*B*IND*98***27*%d~" % (
            pick(["GOLD PLUS HMO", "SILVER PPO 2500", "MEDICAID STAR", "DSNP H1234-005"]),
            R.choice([500, 1500, 2500, 3500, 6000]), R.choice([20, 25, 30, 40, 50])))
    elif k == 3:
        dt = tick()
        L.t("BHT*0022*%s*%s*%s*%s~HL*1**20*1~" % (pick(["13", "11"]), "REQ%s" % digits(9), dt.strftime("%Y%m%d"), dt.strftime("%H%M%S")))
    elif k == 4:
        L.t("TRN*2*%s*%s~AAA*Y**%s*R~" % (digits(9), "9" + digits(9), pick(["42", "79", "80"])))
    else:
        L.t("MSG*FOR PRIOR AUTH CALL %s OPT 3 OR FAX %s~" % (pick(HOSP_PHONE), "1-800-616-4471"))
    return L


def nacha_prefix(L):
    r = R.randrange(4)
    if r == 0:
        L.t("ACHVAL %s REC %06d: " % (pick(["WARN", "INFO", "REJ"]), R.randint(1, 99999)))
    elif r == 1:
        L.t("%s ach-builder[%d] line=%d " % (tick().strftime("%Y-%m-%d %H:%M:%S"), R.randint(1000, 9999), R.randint(1, 9999)))
    # else raw record


def fam_nacha(ph):
    L = Line("nacha_ach")
    if ph:
        p = P()
        nacha_prefix(L)
        if chance(0.75):
            tc = pick(["22", "27", "32", "37"])
            L.t("6" + tc + routing())
            fixed(L, bank_account(), "account", 17)
            L.t("%010d" % R.randint(100, 999999))
            if chance(0.5):
                fixed(L, member_id(), "health_plan", 15)
            else:
                fixed(L, pat_account(), "account", 15)
            nm = pick([p.F + " " + p.L, p.L + " " + p.F, p.L + "," + p.F])
            fixed(L, nm, "name", 22)
            L.t(pick(["  ", "S ", "R "]) + pick("01") + digits(8) + "%07d" % R.randint(1, 9999999))
        else:
            L.t("705")
            body = Line("tmp")
            r = R.randrange(3)
            if r == 0:
                body.t("PREMIUM MBR ").p(member_id(), "health_plan").t(" " + pick(["MAR2024", "APR2024", "Q2 2024"]))
            elif r == 1:
                body.t("PT REFUND ACCT ").p(pat_account(), "account").t(" DOS ").p(fdate(svc_date(), "mdy2"), "date")
            else:
                body.t("REFUND TO ").p(name_str(p, "FL"), "name").t(" RE CLM " + claim_no())
            ln = sum(len(v) for v, _ in body.parts)
            L.parts.extend(body.parts)
            L.t(" " * max(0, 80 - ln) + "%04d%07d" % (1, R.randint(1, 9999999)))
        return L
    nacha_prefix(L)
    dt = tick()
    k = R.randrange(5)
    if k == 0:
        L.t("101 %s %s%s%sA094101%-23s%-23s%-8s" % (
            routing(), "1" + digits(9), dt.strftime("%y%m%d"), dt.strftime("%H%M"), pick(["WELLS FARGO BANK", "TRUIST BANK", "JPMORGAN CHASE", "FIFTH THIRD BANK"]),
            pick(["ACME HEALTH PLAN INC", "RIVERSIDE GENERAL HOSP"]), ""))
    elif k == 1:
        L.t("5%s%-16s%-20s%s%s%-10s%s%s   1%s%07d" % (
            pick(["200", "220", "225"]), pick(["ACME HEALTH PLAN", "RIVERSIDE GEN HO"]), "", "1" + digits(9),
            pick(["PPD", "CCD", "CTX"]), pick(["PREMIUM", "PT REFUND", "VENDOR PMT", "CLM PMT"]),
            dt.strftime("%y%m%d"), dt.strftime("%y%m%d"), digits(8), R.randint(1, 9999)))
    elif k == 2:
        L.t("8%s%06d%010d%012d%012d%s%-19s%-6s%s%07d" % (
            pick(["200", "220", "225"]), R.randint(1, 9999), R.randint(10 ** 8, 10 ** 10 - 1), R.randint(0, 10 ** 9),
            R.randint(0, 10 ** 9), "1" + digits(9), "", "", digits(8), R.randint(1, 9999)))
    elif k == 3:
        L.t("9%06d%06d%08d%010d%012d%012d%39s" % (R.randint(1, 40), R.randint(1, 900), R.randint(1, 99999),
                                                 R.randint(10 ** 8, 10 ** 10 - 1), R.randint(0, 10 ** 10), R.randint(0, 10 ** 10), ""))
    else:
        # CCD vendor payment: company receiver, not a person
        L.t("6" + pick(["22", "32"]) + routing())
        L.t("%-17s%010d%-15s%-22s  0%s%07d" % (digits(10), R.randint(1000, 99999999), "INV" + digits(8),
                                              pick(["MEDLINE INDUSTRIES", "NORTHSTAR DME SUPPLY", "CARDINAL RX BENEFITS",
                                                    "APEX CLEARINGHOUSE LLC", "GEORGIA POWER CO"]), digits(8), R.randint(1, 9999999)))
    return L


JOBS = ["CLMEXT01", "ELG834LD", "MBRUPD01", "SUBRBAT1", "PAYACH02", "GUAREXT3", "RPT270A", "HIPAA5010"]


def jes_prefix(L, job=None, jid=None):
    dt = tick()
    L.t("%s %s  " % (dt.strftime("%H.%M.%S"), jid or "JOB%05d" % R.randint(1, 99999)))


def fam_jes(ph):
    L = Line("jes_joblog_sysout")
    job = pick(JOBS)
    if ph:
        p = P()
        jes_prefix(L)
        r = R.randrange(7)
        if r == 0:
            L.t("+ELG0417W MBR ").p(member_id(), "health_plan").t(" ").p(name_str(p, pick(["LcF", "LFM", "LF"])), "name")
            L.t(" DOB ").p(fdate(p.dob, pick(["us", "d8", "mdy2"])), "date").t(" ADDR MISMATCH ZIP ")
            L.p(p.zip, "zip").t(" VS ").p(pick(PLACES)[3][0], "zip")
        elif r == 1:
            m1, m2 = mrn(), mrn()
            L.t("+MBR0233E DUP SSN ").p(ssn(), "ssn").t(" FOUND FOR PAT-ID ").p(m1, "mrn").t(" AND ").p(m2, "mrn")
            L.t(" - RECORD BYPASSED, RC=08")
        elif r == 2:
            L.t("SYSPRINT %s.STEP%03d: CALLBACK REQUESTED BY " % (job, R.randint(1, 9) * 10))
            L.p(name_str(p, "FL"), "name").t(" AT ").p(phone(pick([0, 1, 3])), "phone")
            if chance(0.5):
                L.t(" RE MBR ").p(member_id(), "health_plan")
        elif r == 3:
            L.t("+SUB0091I SUBROGATION HIT CLMT ").p(p.L + "/" + p.F, "name").t(" VIN ").p(vin(), "vehicle")
            if chance(0.6):
                L.t(" TAG ").p(plate(), "vehicle").t(" ST %s" % p.state)
            L.t(" ACDT ").p(fdate(svc_date(), "mdy2"), "date")
        elif r == 4:
            L.t("+ADDR001I NCOA UPDATE ").p(pat_account(), "account").t(" OLD=").p(up(street()), "address")
            L.t(" NEW=").p(p.street_line(True), "address").t(" ").p(up(p.city), "address").t(" %s " % p.state).p(p.zip, "zip")
        elif r == 5:
            if chance(0.5):
                o = P(old=True)
                p.age, p.dob = o.age, o.dob
            L.t("SYSOUT %s.STEP%03d.SYSPRINT  MBR-NM=" % (job, R.randint(1, 9) * 10)).p(name_str(p, "LF"), "name")
            L.t(" AGE=").x(str(p.age), "age" if p.age > 89 else None).t(" DOB=").p(fdate(p.dob, "fmlong"), "date")
            L.t(" PCP-NPI=%s" % npi())
        else:
            L.t("+PAY0310E ACH RETURN R03 NO ACCT/UNABLE TO LOCATE DFI-ACCT=").p(bank_account(), "account")
            L.t(" INDV=").p(name_str(p, "FL"), "name")
        return L
    r = R.randrange(10)
    jid = "JOB%05d" % R.randint(1, 99999)
    if r == 0:
        jes_prefix(L, jid=jid)
        L.t("$HASP373 %-8s STARTED - INIT %d    - CLASS %s        - SYS %s" % (job, R.randint(1, 20), pick("ABCX"), pick(["PRD1", "PRD2", "SYSA"])))
    elif r == 1:
        jes_prefix(L, jid=jid)
        L.t("IEF142I %s %s - STEP WAS EXECUTED - COND CODE %04d" % (job, "STEP%03d" % (R.randint(1, 9) * 10), pick([0, 0, 4, 8])))
    elif r == 2:
        jes_prefix(L, jid=jid)
        L.t("IEF285I   %-44s CATALOGED" % dsn())
    elif r == 3:
        L.t("-%-8s %-8s %-8s  %02d %6d %5.2f %5.2f %6.1f %6d  0 %6d %6d %6d %5d" % (
            job, "STEP%03d" % (R.randint(1, 9) * 10), "", pick([0, 0, 4]), R.randint(10, 99999), R.random(), R.random() / 10,
            R.random() * 30, R.randint(100, 99999), R.randint(0, 999), R.randint(0, 99), R.randint(0, 999), R.randint(0, 9)))
    elif r == 4:
        jes_prefix(L, jid=jid)
        L.t("ICH70001I %s LAST ACCESS AT %s ON THURSDAY, MARCH 14, 2024" % (pick(["PRDBATCH", "OPSAUTO", "ETLNITE"]), tick().strftime("%H:%M:%S")))
    elif r == 5:
        jes_prefix(L, jid=jid)
        L.t("$HASP395 %-8s ENDED - RC=%04d" % (job, pick([0, 0, 4, 8, 12])))
    elif r == 6:
        jes_prefix(L, jid=jid)
        L.t("IEC161I 056-084,%s,%s,SYSUT1,,,%s" % (job, "STEP%03d" % (R.randint(1, 9) * 10), dsn()))
    elif r == 7:
        jes_prefix(L, jid=jid)
        L.t("+CLM0100I RECORDS READ %09d WRITTEN %09d REJECTED %06d HASH %s" % (
            R.randint(1000, 999999), R.randint(1000, 999999), R.randint(0, 999), digits(18)))
    elif r == 8:
        L.t("%-8s %s  ---- THURSDAY,  14 MAR 2024 ----" % (" ", jid))
    else:
        jes_prefix(L, jid=jid)
        c = clin()
        L.t("+PRV0042I PROVIDER %s, %s MD NPI %s TAXONOMY %s LOADED TO PRVMAST" % (up(c[1]), up(c[0]), npi(), pick(["207Q00000X", "208D00000X"])))
    return L


def mq_prefix(L):
    dt = tick()
    L.t(pick(["%s AMQ" % dt.strftime("%m/%d/%Y %I:%M:%S %p"), "%s [mqbridge] " % ts_iso(dt),
              "%s - Process(%d.%d) User(%s) Program(amqrmppa) " % (dt.strftime("%m/%d/%Y %I:%M:%S %p"), R.randint(1000, 9999),
                                                                    R.randint(1, 40), pick(["mqm", "svc_mq_adt"]))]))


def fam_mq(ph):
    L = Line("ibm_mq")
    q = pick(["ADT.A04.IN", "ELIG.271.REPLY", "MBR.UPDATE.EVT", "BIO.ENROLL.IN", "RPM.DEVICE.EVT", "PORTAL.REG.IN", "DLQ.QMPRD01"])
    if ph:
        p = P()
        dt = tick()
        L.t("%s MQGET qmgr=QMPRD01 q=%s msgId=414D5120514D50524430312020%s " % (ts_iso(dt), q, hexs(22, True)))
        if chance(0.3):
            L.t("dlh.reason=%s " % pick(["MQRC_FORMAT_ERROR", "MQRC_Q_FULL", "MQRC_PUT_INHIBITED"]))
        r = R.randrange(4)
        if r == 3:
            bio = chance(0.6)
            ev = pick(["PalmVeinEnroll", "FingerprintEnroll", "VoiceEnroll"]) if bio else pick(["FaceCapture", "PhotoIdCapture"])
            L.t('payload={"eventType":"%s","patientId":"' % ev)
            L.p(mrn(), "mrn").t('","deviceId":"KIOSK-%02d",' % R.randint(1, 40))
            if bio:
                L.t('"%s":"' % pick(K["biometric"])).p(biometric_blob(), "biometric").t('",')
            else:
                L.t('"%s":"' % pick(K["photo"])).p(photo_blob(), "photo").t('",')
            L.t('"captureTs":"%s"}' % ts_iso(tick()))
            return L
        if r == 0:
            L.t('payload="PID|1||').p(mrn(), "mrn").t("^^^RGH^MR||").p(p.L, "name").t("^").p(p.F, "name")
            L.t("^%s||" % p.mi).p(fdate(p.dob, "d8"), "date").t("|%s|||" % p.sex).p(up(p.street), "address")
            L.t("^^").p(up(p.city), "address").t("^%s^" % p.state).p(p.zip, "zip").t("||").p(phone(0), "phone")
            if chance(0.4):
                L.t("||||||").p(pat_account(), "account").t("|").p(ssn(), "ssn")
            L.t('"')
        elif r == 1:
            L.t("payload=")
            render_json(L, kv_items(p), noise_items(R.randint(0, 2)))
        else:
            L.t("payload=")
            render_xml(L, kv_items(p), noise_items(R.randint(0, 1)), root=pick(["Member", "Patient", "Enrollment", "Subscriber"]))
        return L
    mq_prefix(L)
    r = R.randrange(7)
    if r == 0:
        L.t("9002I: Channel '%s' is starting." % pick(["EDI.PAYER.SVRCONN", "TO.CLRHOUSE", "ADT.RCVR", "QMPRD01.QMDR01"]))
    elif r == 1:
        L.t("9209E: Connection to host '%s(%d)' for channel '%s' closed." % (
            pick(["mqprd01.corp.rgh.local", private_ip(), "mqdr01"]), pick([1414, 1415, 1420]), pick(["TO.CLRHOUSE", "ADT.RCVR"])))
    elif r == 2:
        L.t("7467I: The oldest log file required to start queue manager QMPRD01 is S%07d.LOG." % R.randint(1, 9999999))
    elif r == 3:
        L.t("MQPUT OK qmgr=QMPRD01 q=%s msgId=414D5120514D50524430312020%s correlId=%s len=%d persistence=1 putDate=%s putTime=%s" % (
            q, hexs(22, True), hexs(48, True), R.randint(200, 90000), tick().strftime("%Y%m%d"), tick().strftime("%H%M%S") + "%02d" % R.randint(0, 99)))
    elif r == 4:
        L.t("8003I: IBM MQ queue manager 'QMPRD01' started using V%s." % pick(["9.2.0.7", "9.3.0.15", "9.1.0.12"]))
    elif r == 5:
        L.t("payload=")
        render_json(L, [], noise_items(R.randint(3, 6)))
    else:
        L.t("9999E: Channel 'ADT.RCVR' to host '%s' ended abnormally. EXPLANATION: sequence number %d wrap %d." % (
            private_ip(), R.randint(1, 999999), R.randint(1, 999999999)))
    return L


def fam_as400(ph):
    L = Line("as400_joblog")
    dt = tick()
    pre = "%s %s %s %s " % (pick(["CPF9898", "CPD0006", "RNQ1299", "CPF5026", "MCH1210", "CPI1126", "RNX1021"]),
                             pick(["Escape", "Diagnostic", "Information", "Inquiry"]), pick(["40", "30", "20", "00", "99"]),
                             dt.strftime("%m/%d/%y %H:%M:%S.") + digits(6))
    if ph:
        p = P()
        r = R.randrange(7)
        if r == 5:
            L.t(pre + "IDVCHK PRDLIB Message . . . . :   ID verification for ").p(name_str(p, "LF"), "name")
            L.t(" using DL# ").p(drivers_license(), "license").t(" state %s result=%s" % (p.state, pick(["MATCH", "NO MATCH", "EXPIRED"])))
            return L
        if r == 6:
            L.t(pre + "PRKVAL PRDLIB Message . . . . :   Valet ticket %s validated for patient acct " % digits(6))
            L.p(pat_account(), "account").t(" plate ").p(plate(), "vehicle")
            if chance(0.5):
                L.t(" vin ").p(vin(), "vehicle")
            return L
        if r == 0:
            L.t("DSPPFM FILE(PRDLIB/PATMSTR) RRN %07d: " % R.randint(1, 999999))
            fixed(L, mrn(), "mrn", 10)
            fixed(L, p.L, "name", 15)
            fixed(L, p.F, "name", 10)
            L.t(p.sex)
            fixed(L, fdate(p.dob, "cymd"), "date", 7)
            fixed(L, p.street_line(True), "address", 26)
            fixed(L, up(p.city), "address", 14)
            L.t(p.state)
            fixed(L, p.zip + digits(4), "zip", 9)
            if chance(0.5):
                fixed(L, phone(2), "phone", 10)
        elif r == 1:
            L.t(pre + "PATBILL PRDLIB *STMT Message . . . . :   Duplicate key value ").p(ssn("plain"), "ssn")
            L.t(" for field PTSSN in file PATMSTR member PATMSTR.")
        elif r == 2:
            L.t(pre + "QRNXIE QSYS Message . . . . :   Receiver value too small. Field PTPHONE='").p(phone(pick([0, 1])), "phone")
            L.t("' PTNAME='").p(name_str(p, "LF"), "name").t("'")
        elif r == 3:
            L.t(pre + "GUARUPD PRDLIB Cause . . . . . :   Guarantor ").p(name_str(p, "lf"), "name").t(" acct ")
            L.p(pat_account(), "account").t(" card ").p(card_number(), "account").t(" declined by gateway (code 05).")
        else:
            L.t("RUNQRY QRYFILE((PRDLIB/ELIGHIST)) RCD %06d: MBRNO=" % R.randint(1, 999999)).p(member_id(), "health_plan")
            L.t(" SUBNM=").p(name_str(p, "LF"), "name").t(" EFFDT=").p(fdate(svc_date(), "cymd"), "date")
            L.t(" TRMDT=9999999 PLAN=%s" % pick(["PPO1", "HMO2", "MAPD"]))
        return L
    r = R.randrange(6)
    jn = "%06d" % R.randint(1, 999999)
    if r == 0:
        L.t(pre + "QCMDEXC QSYS 01C3 PATBILL PRDLIB *STMT Message . . . . :   Job %s/QUSER/PATBILL ended normally." % jn)
    elif r == 1:
        L.t(pre + "QLICOBJD QSYS Message . . . . :   Ownership of object PATMSTR in PRDLIB type *FILE changed.")
    elif r == 2:
        L.t("DSPJOBLOG Job: QZDASOINIT User: QUSER Number: %s  System: %s  Page %d" % (jn, pick(["AS400PRD", "RGHIBMI1"]), R.randint(1, 30)))
    elif r == 3:
        L.t(pre + "QWTCCSBJ QSYS Message . . . . :   Job %s/%s/%s submitted to job queue QBATCH in library QGPL." % (
            jn, pick(["PRDBATCH", "OPSAUTO"]), pick(["ELGEXT", "PATBILL", "STMTPRT", "ACHBLD"])))
    elif r == 4:
        L.t(pre + "QDBSIGM QSYS Message . . . . :   %d records copied from member PATMSTR to PATMSTRBK. Elapsed %s." % (
            R.randint(100, 999999), "00:%02d:%02d" % (R.randint(0, 59), R.randint(0, 59))))
    else:
        L.t("DSPFFD PRDLIB/PATMSTR  PTMRN A 10 1  PTLNAM A 15 11  PTFNAM A 10 26  PTSEX A 1 36  PTDOB P 7,0 37  PTADR1 A 26 41  PTZIP A 9 83  PTSSN A 9 92")
    return L


UA = ["Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_3+like+Mac+OS+X)+AppleWebKit/605.1.15",
      "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0",
      "Mozilla/5.0+(Linux;+Android+14;+SM-S918U)+AppleWebKit/537.36",
      "okhttp/4.12.0", "AcmeMemberApp/5.3.1+(iOS)"]


def urlenc(s):
    out = []
    for ch in s:
        if ch.isalnum() and ord(ch) < 128 or ch in "-_.~":
            out.append(ch)
        elif ch == " ":
            out.append("+")
        else:
            out.append("".join("%%%02X" % b for b in ch.encode("utf-8")))
    return "".join(out)


def fam_iis(ph):
    L = Line("iis_w3c")
    dt = tick()
    if ph:
        p = P()
        L.t("%s %s %s " % (dt.strftime("%Y-%m-%d %H:%M:%S"), private_ip(), pick(["GET", "GET", "POST"])))
        r = R.randrange(4)
        if r == 0:
            L.t("/MemberPortal/api/eligibility ")
            L.t(pick(["memberId=", "mbrId=", "subscriberNo="])).p(member_id(), "health_plan")
            if chance(0.6):
                L.t("&dob=").p(fdate(p.dob, pick(["iso", "d8"])), "date")
        elif r == 1:
            L.t("/Portal/Registration/Lookup ")
            L.t("lastName=").p(urlenc(p.last), "name").t("&firstName=").p(urlenc(p.first), "name")
            if chance(0.5):
                L.t("&zip=").p(p.zip, "zip")
            if chance(0.4):
                L.t("&ssn4=" + digits(4))
        elif r == 2:
            L.p(pick(["/PatientPhotos/", "/imaging/photoid/"]) + digits(7) + ".jpg", "photo").t(" -")
        else:
            L.t("/billing/pay ")
            L.t("acct=").p(pat_account(), "account").t("&amt=%d.%02d" % (R.randint(5, 900), R.randint(0, 99)))
            if chance(0.5):
                L.t("&phone=").p(urlenc(phone(pick([1, 2]))), "phone")
        L.t(" 443 ")
        if chance(0.5):
            L.p(email(p) if chance(0.7) else urlenc(email(p)), "email")
        else:
            L.t("-")
        L.t(" ")
        if chance(0.85):
            L.p(public_ip() if chance(0.85) else public_ipv6(), "ip")
        else:
            L.t(private_ip())
        L.t(" %s " % pick(UA))
        if r == 3 and chance(0.5):
            L.p(personal_url(p), "url")
        else:
            L.t(pick(["https://portal.acmehealth.com/", "-"]))
        L.t(" %d 0 0 %d" % (pick([200, 200, 302, 401, 500]), R.randint(15, 9000)))
        return L
    r = R.randrange(6)
    if r == 0:
        L.t("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken")
    elif r == 1:
        L.t("#Software: Microsoft Internet Information Services 10.0 #Version: 1.0 #Date: %s" % dt.strftime("%Y-%m-%d %H:%M:%S"))
    elif r == 2:
        L.t("%s %s GET /health/ready - %d - %s %s - 200 0 0 %d" % (dt.strftime("%Y-%m-%d %H:%M:%S"), private_ip(), pick([80, 443, 8443]),
                                                                private_ip(), pick(["kube-probe/1.27", "F5-Monitor/1.0", "AzureLB"]), R.randint(0, 20)))
    elif r == 3:
        L.t("%s %s POST /EDI/AS2/receive - 443 CORP\\%s %s AS2Gateway/%s - 202 0 0 %d" % (
            dt.strftime("%Y-%m-%d %H:%M:%S"), private_ip(), pick(STAFF), private_ip(), pick(["6.2.1", "7.0.4"]), R.randint(100, 9000)))
    elif r == 4:
        L.t("%s %s GET /ReportServer/Pages/ReportViewer.aspx %%2fFinance%%2fARAging&rs:Format=PDF&rc:Toolbar=false 443 CORP\\%s %s %s - 200 0 0 %d" % (
            dt.strftime("%Y-%m-%d %H:%M:%S"), private_ip(), pick(STAFF), private_ip(), pick(UA), R.randint(100, 90000)))
    else:
        L.t("%s %s GET /MemberPortal/api/eligibility traceId=%s&v=%s 443 - %s %s - 401 2 5 %d" % (
            dt.strftime("%Y-%m-%d %H:%M:%S"), private_ip(), hexs(32), pick(["2.3", "3.0"]), private_ip(), pick(UA), R.randint(3, 90)))
    return L


def fam_powershell(ph):
    L = Line("powershell_transcript")
    if ph:
        p = P(noapos=True)
        r = R.randrange(7)
        if r == 6:
            L.t("PS D:\\SIU> Invoke-WebRequest -Uri '").p(personal_url(p), "url")
            L.t("' -OutFile D:\\SIU\\case_%s\\capture_%s.html -UseBasicParsing" % (digits(6), tick().strftime("%Y%m%d%H%M%S")))
            return L
        if r == 0:
            m = mrn()
            col = pick([("HomePhone", "phone", phone(1)), ("Email", "email", email(p)), ("SSN", "ssn", ssn()),
                        ("Addr1", "address", p.street_line()), ("FaxNumber", "fax", phone(1))])
            L.t('PS D:\\Jobs> Invoke-Sqlcmd -ServerInstance SQLPRD03 -Database PatReg -Query "UPDATE dbo.Patient SET %s=\'' % col[0])
            L.p(col[2], col[1]).t("' WHERE %s='" % pick(["MRN", "MedRecNo", "PatientID"])).p(m, "mrn").t("'\"")
        elif r == 1:
            L.t("PS D:\\Jobs> %s " % pick(["Set-PatientFlag", "New-PortalAccount", "Update-MemberRecord", "Send-StatementEmail"]))
            for k, v, c in kv_items(p, extra=R.randint(1, 3)):
                kk = k.replace(".", "").replace("#", "").replace("-", "")
                L.t("-%s '" % kk).x(v, c).t("' ")
            L.t("-Verbose")
        elif r == 2:
            L.t("WARNING: Row %d skipped: SSN '" % R.randint(1, 9999)).p(ssn(), "ssn").t("' fails validation for ")
            L.p(name_str(p, "lf"), "name")
            if p.age > 89 or chance(0.3):
                L.t(" (pt ").x(str(p.age), "age" if p.age > 89 else None).t(" y/o)")
        elif r == 3:
            L.t("%-10s " % "").p(mrn(), "mrn").t(" ").p(p.last, "name").t(" ").p(p.first, "name").t(" ")
            L.p(fdate(p.dob, "usnz"), "date").t(" 12:00:00 AM ").p(p.zip, "zip")
        elif r == 4:
            L.t("VERBOSE: Performing the operation \"Copy File\" on target \"Item: \\\\fs01\\roi\\out\\")
            L.p(p.last + "_" + p.first, "name").t("_").p(fdate(p.dob, "d8"), "date").t("_ROI.pdf Destination: D:\\Staging\\ROI\\\".")
        else:
            L.t("PS C:\\> Register-PalmVein -PatientId ").p(mrn(), "mrn").t(" -Template '").p(biometric_blob(), "biometric").t("'")
        return L
    r = R.randrange(9)
    dt = tick()
    if r == 0:
        L.t("Windows PowerShell transcript start Start time: %s" % dt.strftime("%Y%m%d%H%M%S"))
    elif r == 1:
        L.t("Username: CORP\\%s RunAs User: CORP\\%s" % (pick(STAFF), pick(STAFF)))
    elif r == 2:
        L.t("Machine: %s (Microsoft Windows NT 10.0.%d.0) Process ID: %d PSVersion: 5.1.%d.%d" % (
            pick(["PRDBATCH02", "EDIGW01", "RPTSRV01"]), pick([17763, 20348]), R.randint(1000, 30000), pick([17763, 20348]), R.randint(1000, 6000)))
    elif r == 3:
        L.t("Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -NoProfile -ExecutionPolicy Bypass -File D:\\Jobs\\%s.ps1" % pick(
            ["Export-Elig", "Push-834", "Import-271", "Sweep-ROI", "Build-ACH"]))
    elif r == 4:
        f = "ELIG_834_%s_%04d.x12" % (dt.strftime("%Y%m%d"), R.randint(1, 20))
        L.t("VERBOSE: Performing the operation \"Copy File\" on target \"Item: \\\\fs01\\edi\\in\\%s Destination: D:\\Staging\\%s\"." % (f, f))
    elif r == 5:
        L.t("Transcript started, output file is D:\\Logs\\%s_%s.txt" % (pick(["Export-Elig", "Push-834"]), dt.strftime("%Y%m%d%H%M%S")))
    elif r == 6:
        L.t("PS D:\\Jobs> Get-FileHash -Algorithm SHA256 D:\\Staging\\*.x12 | Select Hash,Path  ->  %s D:\\Staging\\ELIG_%s.x12" % (hexs(64, True), digits(8)))
    elif r == 7:
        L.t("Rows affected: %d; Duration: %s; Batch: %s; Server: SQLPRD03,1433; Build %d.%d.%d" % (
            R.randint(0, 99999), "00:%02d:%02d.%03d" % (R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)), uuid_(),
            R.randint(10, 16), R.randint(0, 9), R.randint(1000, 9999)))
    else:
        L.t("Send-MailMessage -To 'edi-ops@riversidegeneral.org' -From '%s@riversidegeneral.org' -Subject '834 load complete (%d records)' -SmtpServer smtp.corp.rgh.local" % (
            pick(STAFF), R.randint(100, 99999)))
    return L


def fam_sftp(ph):
    L = Line("sftp_transfer")
    dt = tick()
    host = pick(["sftp01", "sftp-gw02", "edixfer01"])
    pid = R.randint(1000, 65000)
    L.t("%s %s internal-sftp[%d]: " % (dt.strftime("%b %d %H:%M:%S"), host, pid))
    if ph:
        p = P()
        r = R.randrange(4)
        op = pick(['open "', 'close "', 'remove name "', 'rename old "'])
        L.t(op)
        if r == 0:
            L.t("/outbound/referrals/REF_").p(p.L + "_" + p.F, "name").t("_").p(fdate(p.dob, "d8"), "date")
            L.t("_MRN").p(mrn(), "mrn").t(".pdf")
        elif r == 1:
            L.t("/inbound/claims/attach/").p(member_id(), "health_plan").t("_").p(fdate(svc_date(), "d8"), "date").t("_op-note.tif")
        elif r == 2:
            L.t("/home/%s/roi/" % pick(["svc_roi", "svc_payer_acme"])).p(p.last + "-" + p.first, "name").t("-SSN").p(ssn("plain"), "ssn").t(".zip")
        else:
            L.p("/outbound/photoid/" + digits(8) + "_face.jpg", "photo")
        L.t('"')
        if op.startswith("open"):
            L.t(" flags %s mode 0%s" % (pick(["READ", "WRITE,CREATE,TRUNCATE"]), pick(["644", "600", "640"])))
        elif op.startswith("close"):
            L.t(" bytes read %d written %d" % (R.randint(0, 9000000), R.randint(0, 9000000)))
        return L
    r = R.randrange(6)
    if r == 0:
        f = "/inbound/834/ELIG_834_%s_%04d.x12" % (dt.strftime("%Y%m%d"), R.randint(1, 30))
        L.t('open "%s" flags WRITE,CREATE,TRUNCATE mode 0644' % f)
    elif r == 1:
        L.t('close "/outbound/835/ERA_%s_%s.835" bytes read %d written 0' % (pick(PARTNERS), digits(10), R.randint(1000, 9000000)))
    elif r == 2:
        L.parts = []
        L.t("%s %s sshd[%d]: Accepted publickey for %s from %s port %d ssh2: RSA SHA256:%s" % (
            dt.strftime("%b %d %H:%M:%S"), host, pid, pick(STAFF), private_ip(), R.randint(30000, 65000), b64(32)[:43]))
    elif r == 3:
        L.t("session closed for local user %s from [%s]" % (pick(STAFF), private_ip()))
    elif r == 4:
        L.t('opendir "/outbound/270/%s"' % tick().strftime("%Y%m%d"))
    else:
        L.t('rename old "/inbound/tmp/%s.part" new "/inbound/271/ELIG271_%s_%s.x12"' % (uuid_(), pick(PARTNERS), digits(9)))
    return L


def fam_as2(ph):
    L = Line("as2_transfer")
    dt = tick()
    L.t("%s [AS2] " % ts_iso(dt))
    mid = "<%s.%d@as2.%s.com>" % (dt.strftime("%Y%m%d%H%M%S"), R.randint(1000, 99999), pick(["acmehealth", "bluepeak", "sunstatecare"]))
    if ph:
        p = P()
        r = R.randrange(3)
        L.t("Inbound message %s AS2-From: %s AS2-To: RVRSDGENHOSP " % (mid, pick(PARTNERS[:5] + PARTNERS[6:])))
        if r == 0:
            L.t('Content-Disposition: attachment; filename="PA_REQ_').p(p.last + "-" + p.first, "name").t("_DOB")
            L.p(fdate(p.dob, "iso"), "date").t("_MBR-").p(member_id(), "health_plan").t('.pdf"')
        elif r == 1:
            L.t('Subject: "Appeal - ').p(name_str(p, "fl"), "name").t(" - Claim %s - DOS " % claim_no()).p(fdate(svc_date(), "us"), "date").t('"')
        else:
            L.t('filename="AUTH_').p(mrn(), "mrn").t("_").p(p.L, "name").t('.edi" size=%d' % R.randint(1000, 900000))
        return L
    r = R.randrange(4)
    if r == 0:
        L.t("MDN received for %s Disposition: automatic-action/MDN-sent-automatically; processed Received-Content-MIC: %s, sha-256" % (mid, b64(32)))
    elif r == 1:
        L.t("Outbound message %s AS2-From: RVRSDGENHOSP AS2-To: %s filename=\"837P_%s_%s.edi\" size=%d signed=sha256 encrypted=aes256-cbc cert=%s" % (
            mid, pick(PARTNERS), dt.strftime("%Y%m%d"), digits(6), R.randint(1000, 9000000), hexs(40, True)))
    elif r == 2:
        L.t("Connection to https://as2.%s.com:%d/as2 failed: java.net.SocketTimeoutException: Read timed out after %dms (attempt %d of 5)" % (
            pick(["acmehealth", "bluepeak", "sunstatecare"]), pick([443, 4080, 5443]), R.randint(30000, 120000), R.randint(1, 5)))
    else:
        L.t("Certificate %s for partner %s expires %s (in %d days); serial %s" % (
            pick(["CN=as2.acmehealth.com", "CN=RVRSDGENHOSP-AS2"]), pick(PARTNERS), "2024-%02d-%02d" % (R.randint(4, 12), R.randint(1, 28)),
            R.randint(10, 300), ":".join(hexs(2) for _ in range(10))))
    return L


def fam_moveit(ph):
    L = Line("moveit_transfer")
    dt = tick()
    L.t("%s.%03d MOVEit Transfer " % (dt.strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 999)))
    if ph:
        p = P()
        r = R.randrange(4)
        if r == 0:
            L.t("[AUDIT] User '%s' (Clinic Staff) downloaded '/Home/Radiology/Images/pt_" % pick(STAFF))
            L.p(p.last + "_" + p.first, "name").t("_").p(mrn(), "mrn").t(".dcm' from %s" % private_ip())
        elif r == 1:
            L.t("[AUDIT] Ad Hoc package %d sent from %s to " % (R.randint(10000, 999999), pick(STAFF))).p(email(p), "email")
            L.t(' subject "%s"' % pick(["Your lab results", "Records you requested", "Statement of account"]))
        elif r == 2:
            L.t("[AUDIT] Ad Hoc package note: \"hi this is ").p(name_str(p, "fl"), "name").t(" my new address is ")
            L.p(p.street_line(), "address").t(", ").p(p.city, "address").t(" ").p(p.zip, "zip")
            L.t(" and cell ").p(phone(pick([0, 1, 2])), "phone")
            if chance(0.5):
                L.t(" - my page is ").p(personal_url(p), "url")
            L.t('"')
        else:
            L.t("[AUDIT] Sign on by registered recipient ").p(email(p), "email").t(" from ").p(public_ip(), "ip")
            L.t(" (package %d)" % R.randint(10000, 999999))
        return L
    r = R.randrange(4)
    if r == 0:
        L.t("[INFO] Task '%s' (ID %d) completed: %d files, %s bytes, 00:00:%02d.%02d" % (
            pick(["Nightly 834 Pull", "Push 837 to Apex", "ERA 835 Sweep", "Lockbox Retrieval"]), R.randint(1000, 9999),
            R.randint(0, 40), "{:,}".format(R.randint(1000, 90000000)), R.randint(0, 59), R.randint(0, 99)))
    elif r == 1:
        L.t("[INFO] MOVEit Automation: Source SFTP %s:22 folder /outbound matched %d files (mask *.x12), newest %s" % (
            pick(["acme-sftp.acmehealth.com", "sftp.apexclearing.com"]), R.randint(0, 20), "ELIG_%s.x12" % dt.strftime("%Y%m%d")))
    elif r == 2:
        v = pick(VENDORS)
        L.t("[INFO] Org '%s' address updated by sysadmin: %s, %s %s %s" % (v[0], v[1], v[2], v[3], v[4]))
    else:
        L.t("[WARN] Sign on failure for user '%s' from %s: password expired (attempt %d)" % (pick(STAFF), private_ip(), R.randint(1, 5)))
    return L


def fam_semicolon(ph):
    L = Line("semicolon_extract")
    if ph:
        p = P()
        cols = [("MRN", "mrn", mrn()), ("LNAME", "name", p.last), ("FNAME", "name", p.first),
                ("DOB", "date", fdate(p.dob, pick(["iso", "us", "d8", "de"]))), ("SEX", None, p.sex),
                ("ADDR1", "address", p.street_line()), ("CITY", "address", p.city), ("ST", None, p.state),
                ("ZIP", "zip", p.zip), ("PHONE", "phone", phone(pick([1, 2, 3]))), ("EMAIL", "email", email(p)),
                ("PAYER", None, pick(["ACME", "BLUEPEAK", "MCD-GA", "MEDICARE"])), ("MBR_ID", "health_plan", member_id()),
                ("PASSPORT", "other_id", other_id_of("passport")), ("LANG", None, pick(["es", "en", "vi", "ar", "pl"])),
                ("AGE", "age" if p.age > 89 else None, str(p.age)), ("NOK_NAME", "name", name_str(P(), "fl")),
                ("NOK_TEL", "phone", phone(1)), ("FAX", "fax", phone(1)), ("DL_NO", "license", drivers_license()),
                ("CASE_ID", None, "CS" + digits(7)), ("WEB", "url", personal_url(p))]
        if chance(0.3):
            cols = [("nro_historia", "mrn", cols[0][2]), ("apellido", "name", p.last), ("nombre", "name", p.first),
                    ("fecha_nac", "date", fdate(p.dob, pick(["dmy", "iso"]))), ("sexo", None, p.sex),
                    ("direccion", "address", p.street_line()), ("ciudad", "address", p.city),
                    ("cod_postal", "zip", p.zip), ("telefono", "phone", phone(1)), ("correo", "email", email(p)),
                    ("num_afiliado", "health_plan", member_id()), ("pasaporte", "other_id", other_id_of("passport")),
                    ("edad", "age" if p.age > 89 else None, str(p.age)), ("idioma", None, "es")]
        n = R.randint(4, min(10, len(cols)))
        idx = sorted(R.sample(range(len(cols)), n))
        sel = [cols[i] for i in idx]
        mode = R.randrange(3)
        if mode == 0:
            L.t("EXTRACT=%s;ROWNO=%d;" % (pick(["pat_demo", "roi_queue", "intl_patients", "outreach_list"]), R.randint(1, 99999)))
            L.t(";".join(c[0] for c in sel) + ";")
        elif mode == 1:
            L.t("HDR=" + ",".join(c[0] for c in sel) + " | DATA=")
        for i, (h, cat, v) in enumerate(sel):
            if i:
                L.t(";")
            L.x(v, cat)
        if mode != 1:
            L.t(";")
        return L
    r = R.randrange(5)
    if r == 0:
        L.t(pick(["MRN;LNAME;FNAME;DOB;SEX;ADDR1;CITY;ST;ZIP;PHONE;EMAIL;PAYER;MBR_ID",
                  "nro_historia;apellido;nombre;fecha_nac;sexo;direccion;ciudad;cod_postal;telefono",
                  "PAT_ACCT;GUAR_NM;GUAR_SSN;BAL_DUE;LAST_PMT_DT;AGENCY"]))
    elif r == 1:
        L.t("TOTAL;ROWS=%d;REJ=%d;RUNID=%s;STARTED=%s;ENDED=%s;HOST=%s" % (
            R.randint(100, 99999), R.randint(0, 99), uuid_(), tick().strftime("%Y-%m-%dT%H:%M:%S"), tick().strftime("%Y-%m-%dT%H:%M:%S"),
            pick(["PRDBATCH02", "ETL03"])))
    elif r == 2:
        L.t("REFTBL;CPT;%s;%s;EFF=2024-01-01;TERM=9999-12-31;RVU=%.2f" % (
            pick(["99213", "99214", "80053", "93000"]), pick(["OFFICE/OUTPATIENT VISIT EST", "COMPREHEN METABOLIC PANEL", "ELECTROCARDIOGRAM COMPLETE"]),
            R.random() * 4))
    elif r == 3:
        c = clin()
        L.t("PRV;%s;%s, %s;%s;%s;%s;%s" % (npi(), c[1], c[0], pick(["MD", "DO", "NP"]), pick(["Internal Medicine", "Cardiology", "Family Practice"]),
                                           HOSP_ADDR[0], pick(HOSP_PHONE)))
    else:
        L.t("CLM;%s;%s;%d.%02d;%s;POS%s;%s" % (claim_no(), pick(["99213", "J1100", "97110"]), R.randint(10, 9999), R.randint(0, 99),
                                              npi(), pick(["11", "21", "22"]), pick(["PAID", "DENIED-CO45", "PEND"])))
    return L


def fam_pipe(ph):
    L = Line("pipe_extract")
    if ph:
        p = P()
        r = R.randrange(3)
        if r == 0:
            cols = [("PAT_ACCT", "account", pat_account()), ("PAT_NM", "name", name_str(p, pick(["LF", "lf", "LFM"]))),
                    ("DOB", "date", fdate(p.dob, pick(["us", "mdy2", "iso"]))), ("ADDR1", "address", p.street_line(True)),
                    ("CITY", "address", up(p.city)), ("ST", None, p.state), ("ZIP", "zip", p.zip), ("PH", "phone", phone(1)),
                    ("ADM_DT", "date", fdate(svc_date(), "us")), ("ATTND", None, "%s, %s MD" % (clin()[1], clin()[0])),
                    ("BAL", None, "%d.%02d" % (R.randint(0, 9999), R.randint(0, 99)))]
        elif r == 1:
            cols = [("CLM_NO", None, claim_no()), ("CLMT", "name", name_str(p, "FL")), ("ACC_DT", "date", fdate(svc_date(), "d8")),
                    ("VIN", "vehicle", vin()), ("PLATE", "vehicle", plate()), ("DL", "license", drivers_license()),
                    ("INS_CARRIER", None, pick(["STATE FARM", "GEICO", "PROGRESSIVE", "ALLSTATE"])), ("ADJ", None, pick(STAFF))]
        else:
            cols = [("MBR", "health_plan", member_id()), ("SUB_SSN", "ssn", ssn()), ("NM", "name", name_str(p, "LF")),
                    ("DOB", "date", fdate(p.dob, "d8")), ("AGE", "age" if p.age > 89 else None, str(p.age)),
                    ("CNTY", "address", up(p.county)), ("ZIP", "zip", p.zip), ("PCP_NPI", None, npi()),
                    ("RPM_IMEI", "device", imei()), ("FAX", "fax", phone(2)), ("PORTAL_IP", "ip", public_ip()),
                    ("SOCIAL_URL", "url", personal_url(p))]
        n = R.randint(4, len(cols))
        idx = sorted(R.sample(range(len(cols)), n))
        sel = [cols[i] for i in idx]
        mode = R.randrange(3)
        if mode == 0:
            L.t("hdr=" + "|".join(c[0] for c in sel) + " rec=")
        elif mode == 1:
            L.t("D|%06d|" % R.randint(1, 999999))
        for i, (h, cat, v) in enumerate(sel):
            if i:
                L.t("|")
            L.x(v, cat)
        if chance(0.4):
            L.t("|")
        return L
    r = R.randrange(5)
    if r == 0:
        L.t(pick(["PAT_ACCT|PAT_NM|DOB|ADDR1|CITY|ST|ZIP|PH|ADM_DT|ATTND|BAL", "CLM_NO|CLMT|ACC_DT|VIN|PLATE|DL|INS_CARRIER|ADJ",
                  "MBR|SUB_SSN|NM|DOB|AGE|CNTY|ZIP|PCP_NPI|RPM_IMEI|FAX|PORTAL_IP"]))
    elif r == 1:
        L.t("H|%s|%s|%s|%s|v%d.%d" % (pick(PARTNERS), pick(PARTNERS), tick().strftime("%Y%m%d%H%M%S"), uuid_(), R.randint(1, 5), R.randint(0, 9)))
    elif r == 2:
        L.t("T|%09d|%015d|%s" % (R.randint(1, 999999), R.randint(0, 10 ** 14), hexs(40)))
    elif r == 3:
        v = pick(VENDORS)
        L.t("VND|%s|%s|%s|%s|%s|%s|%s" % (digits(9), v[0], v[1], v[2], v[3], v[4], pick(["(615) 932-4400", "800-446-7322", "(770) 448-1200"])))
    else:
        L.t("D|%06d|%s|%s|%s|%s|%d|%s" % (R.randint(1, 999999), order_no(), pick(["99213", "80053", "E0601", "A4253"]), "NDC " + digits(5) + "-" + digits(4) + "-" + digits(2),
                                          pick(["PAID", "DENIED", "PEND"]), R.randint(1, 90), hexs(12)))
    return L


def fam_ini(ph):
    L = Line("ini_dump")
    src = pick(["D:\\Apps\\PrintLbl\\last_job.ini", "C:\\ProgramData\\BioID\\enroll.ini", "\\\\fs01\\kiosk\\session.ini",
                "/opt/edi/conf/partner.ini", "C:\\RightFax\\queue\\job.ini"])
    if ph:
        p = P()
        L.t("INI dump %s: " % src)
        L.t("[%s] " % pick(["Patient", "Member", "Guarantor", "Session", "Enrollee", "Paciente"]))
        items = kv_items(p)
        sep = pick(["=", " = "])
        render_kv(L, items, sep=sep, joiner=pick([" ", "; ", " | "]))
        if chance(0.5):
            L.t(" [%s] " % pick(["Printer", "Job", "Kiosk"]))
            render_kv(L, [(k, v, None) for k, v in noise_items()], sep=sep)
        return L
    L.t("INI dump %s: " % src)
    r = R.randrange(4)
    if r == 0:
        L.t("[Database] Server=SQLPRD03 Port=1433 Timeout=30 Encrypt=true [Logging] Level=INFO Path=D:\\Logs\\app_%s.log" % tick().strftime("%Y%m%d"))
    elif r == 1:
        L.t("[Partner] Id=%s Qualifier=ZZ Url=https://as2.%s.com/as2 Port=%d Cert=%s Retry=%d" % (
            pick(PARTNERS), pick(["acmehealth", "bluepeak"]), pick([443, 4080]), hexs(40, True), R.randint(1, 9)))
    elif r == 2:
        L.t("[Printer] Queue=%s Driver=ZDesigner ZD621-203dpi Darkness=%d Port=%s:9100 [Job] Id=%d Copies=%d" % (
            pick(["WRISTBAND01", "LBLPHARM01", "LBL-LAB-3W"]), R.randint(10, 30), private_ip(), R.randint(1000, 99999), R.randint(1, 3)))
    else:
        v = pick(VENDORS)
        L.t("[Company] Name=%s Address=%s City=%s State=%s Zip=%s Phone=%s TaxId=%s" % (
            v[0], v[1], v[2], v[3], v[4], pick(HOSP_PHONE), "%s-%s" % (digits(2), digits(7))))
    return L


def fam_toml(ph):
    L = Line("toml_dump")
    if ph:
        p = P()
        items = kv_items(p)
        if chance(0.5):
            L.t("[%s] " % pick(["member", "patient", "subscriber", "dependent.1", "guarantor", "registro"]))
            for i, (k, v, c) in enumerate(items):
                if i:
                    L.t(" ")
                kk = k if all(ch.isalnum() or ch in "_-" for ch in k) else '"%s"' % k
                if c == "age" or (c is None and v.isdigit()):
                    L.t("%s = " % kk).x(v, c)
                else:
                    L.t('%s = "' % kk).x(v, c).t('"')
        else:
            L.t("%s = { " % pick(["subscriber", "patient", "member", "enrollee"]))
            for i, (k, v, c) in enumerate(items):
                if i:
                    L.t(", ")
                kk = k if all(ch.isalnum() or ch in "_-" for ch in k) else '"%s"' % k
                L.t('%s = "' % kk).x(v, c).t('"')
            L.t(" }")
        return L
    r = R.randrange(4)
    if r == 0:
        L.t('[transfer] host = "%s" port = %d retries = %d timeout = "%ds" version = "%d.%d.%d"' % (
            pick(["sftp.acmehealth.com", "edi.apexclearing.com"]), pick([22, 2222]), R.randint(1, 5), R.randint(10, 120),
            R.randint(1, 4), R.randint(0, 9), R.randint(0, 20)))
    elif r == 1:
        L.t('[schedule] cron = "%d %d * * 1-5" tz = "America/New_York" job = "%s" owner = "%s"' % (
            R.randint(0, 59), R.randint(0, 23), pick(JOBS), pick(STAFF)))
    elif r == 2:
        L.t('[[fields]] name = "%s" offset = %d length = %d pic = "%s" mask = true' % (
            pick(["MBR-SSN", "MBR-DOB", "PAT-NAME", "GUAR-ACCT"]), R.randint(1, 300), R.randint(1, 40), pick(["X(9)", "9(8)", "X(30)"])))
    else:
        v = pick(VENDORS)
        L.t('[vendor] name = "%s" street = "%s" city = "%s" state = "%s" zip = "%s" npi = "%s"' % (v[0], v[1], v[2], v[3], v[4], npi()))
    return L


def fam_idoc(ph):
    L = Line("sap_idoc")
    docnum = "%016d" % R.randint(1, 10 ** 12)
    if ph:
        p = P()
        r = R.randrange(5)
        L.t("IDOC %s " % docnum)
        if r == 4:
            L.t("Z1BIOMET SEGNUM=%06d PATNR=" % R.randint(1, 99)).p("%010d" % R.randint(10 ** 5, 10 ** 9), "mrn")
            L.t(" TMPL_TYP=%s TMPL_FMT=%s TMPL_DATA=" % (pick(["PALM", "FINGER", "VOICE"]), pick(["ISO19794-2", "ANSI378", "PROPRIETARY"])))
            L.p(biometric_blob(), "biometric")
            return L
        if r == 0:
            L.t("E1KNA1M SEGNUM=%06d KUNNR=" % R.randint(1, 99)).p("%010d" % R.randint(10 ** 6, 10 ** 9), "account")
            L.t(" NAME1=").p(p.last, "name").t(" NAME2=").p(p.first, "name")
            if chance(0.8):
                L.t(" STRAS=").p(p.street, "address").t(" ORT01=").p(p.city, "address")
            L.t(" PSTLZ=").p(p.zip, "zip").t(" REGIO=%s LAND1=US" % p.state)
            if chance(0.6):
                L.t(" TELF1=").p(phone(2), "phone")
            if chance(0.35):
                L.t(" TELFX=").p(phone(2), "fax")
            if chance(0.3):
                L.t(" SMTP_ADDR=").p(email(p), "email")
        elif r == 1:
            L.t("E1NPATM SEGNUM=%06d PATNR=" % R.randint(1, 99)).p("%010d" % R.randint(10 ** 5, 10 ** 9), "mrn")
            L.t(" NNAME=").p(up(p.last) if chance(0.5) else p.last, "name").t(" VNAME=").p(p.first, "name")
            L.t(" GBDAT=").p(fdate(p.dob, pick(["d8", "de"])), "date").t(" GSCHL=%d" % (1 if p.sex == "M" else 2))
            if chance(0.4):
                L.t(" PASSNR=").p(other_id_of(pick(["passport", "curp"])), "other_id")
            if chance(0.3):
                L.t(" ALTER=").x(str(p.age), "age" if p.age > 89 else None)
            if chance(0.3):
                L.t(" FOTO_PFAD=").p(photo_path(), "photo")
        elif r == 2:
            L.t("E1NFALM SEGNUM=%06d FALNR=" % R.randint(1, 99)).p("%010d" % R.randint(10 ** 5, 10 ** 9), "account")
            L.t(" FALAR=%d EINRI=RGH1 AUFDT=" % R.randint(1, 2)).p(fdate(svc_date(), "d8"), "date")
            if chance(0.6):
                L.t(" ENTDT=").p(fdate(svc_date(), "d8"), "date")
            L.t(" ORGPF=%s" % pick(["CARD", "ONC", "ORTH", "NEPH"]))
            if chance(0.5):
                L.t(" SERNR=").p(dev_serial(), "device").t(" MATNR=IMPL-%s" % digits(6))
        else:
            L.t("Z1PATKONT SEGNUM=%06d " % R.randint(1, 99))
            render_kv(L, kv_items(p, extra=R.randint(1, 3)))
        if chance(0.3):
            L.t(" MANDT=100 DOCNUM=%s" % docnum)
        return L
    r = R.randrange(5)
    dt = tick()
    if r == 0:
        L.t("EDI_DC40 MANDT=100 DOCNUM=%s DOCREL=750 STATUS=30 DIRECT=1 IDOCTYP=%s MESTYP=%s SNDPOR=SAPPRD SNDPRT=LS SNDPRN=%s RCVPRN=%s CREDAT=%s CRETIM=%s" % (
            docnum, pick(["DEBMAS07", "ORDERS05", "INVOIC02", "MATMAS05"]), pick(["DEBMAS", "ORDERS", "INVOIC", "MATMAS"]),
            pick(["RGHCLNT100", "ISHPRD"]), pick(PARTNERS), dt.strftime("%Y%m%d"), dt.strftime("%H%M%S")))
    elif r == 1:
        L.t("IDOC %s E1EDK01 SEGNUM=000001 CURCY=USD BELNR=%010d BSART=NB RECIPNT_NO=%s ZTERM=NT30" % (docnum, R.randint(1, 10 ** 9), digits(10)))
    elif r == 2:
        L.t("IDOC %s E1EDP01 POSEX=%06d MENGE=%d MENEE=EA MATNR=MED-SUP-%s WERKS=RG01 PEINH=1 NETWR=%d.%02d" % (
            docnum, R.randint(1, 99) * 10, R.randint(1, 500), digits(5), R.randint(1, 99999), R.randint(0, 99)))
    elif r == 3:
        L.t("EDI_DS40 DOCNUM=%s STATUS=%s STATXT='%s' LOGDAT=%s LOGTIM=%s UNAME=%s" % (
            docnum, pick(["53", "51", "64", "03"]), pick(["Application document posted", "Application document not posted", "IDoc ready to be transferred", "Data passed to port OK"]),
            dt.strftime("%Y%m%d"), dt.strftime("%H%M%S"), pick(["BATCH_ISH", "RFCUSER", "WF-BATCH"])))
    else:
        v = pick(VENDORS)
        L.t("IDOC %s E1LFA1M SEGNUM=000002 LIFNR=%010d NAME1=%s STRAS=%s ORT01=%s PSTLZ=%s REGIO=%s STCD1=%s" % (
            docnum, R.randint(1, 10 ** 6), v[0], v[1], v[2], v[4], v[3], digits(9)))
    return L


def fam_oracle_alert(ph):
    L = Line("oracle_alert")
    dt = tick()
    L.t("%s.%06d-05:00 " % (dt.strftime("%Y-%m-%dT%H:%M:%S"), R.randint(0, 999999)))
    if ph:
        p = P(noapos=True)
        r = R.randrange(5)
        if r == 4:
            L.t("ORA-01403: no data found; IDV_PKG.lookup_dl(p_dl=>'").p(drivers_license(), "license")
            L.t("', p_state=>'%s', p_dob=>'" % p.state).p(fdate(p.dob, "ora4"), "date").t("')")
            return L
        if r == 0:
            col = pick([("EMAIL_ADDR", "email", email(p)), ("ADDR_LINE1", "address", p.street_line()),
                        ("GUAR_NAME", "name", name_str(p, "LF")), ("PROFILE_URL", "url", personal_url(p))])
            L.t('ORA-12899: value too large for column "PATREG"."PATIENT"."%s" (actual: %d, maximum: %d) bind :B%d=\'' % (
                col[0], len(col[2]), len(col[2]) - R.randint(1, 10), R.randint(1, 9)))
            L.p(col[2], col[1]).t("'")
        elif r == 1:
            L.t("ORA-00001: unique constraint (PATREG.UK_PAT_SSN) violated; app ctx: ssn=").p(ssn(), "ssn")
            L.t(" mrn=").p(mrn(), "mrn").t(" module=REGAPP action=INSERT")
        elif r == 2:
            L.t("ORA-01400: cannot insert NULL into (\"BILLING\".\"GUARANTOR\".\"PHONE\") binds: :1='").p(pat_account(), "account")
            L.t("' :2='").p(name_str(p, "LF"), "name").t("' :3=NULL :4='").p(fdate(p.dob, "ora"), "date").t("'")
        else:
            L.t("ORA-20017: BIO_ENROLL_PKG.save_template failed for PAT_ID=").p(mrn(), "mrn").t(" len=%d tmpl=" % R.randint(300, 800))
            L.p(biometric_blob(), "biometric")
        return L
    r = R.randrange(7)
    if r == 0:
        L.t("Thread 1 advanced to log sequence %d (LGWR switch)  Current log# %d seq# %d mem# 0: +REDO/PRDCLM/ONLINELOG/group_%d.%d.%d" % (
            R.randint(1000, 99999), R.randint(1, 6), R.randint(1000, 99999), R.randint(1, 6), R.randint(200, 300), R.randint(10 ** 9, 2 * 10 ** 9)))
    elif r == 1:
        L.t("ORA-00060: deadlock detected while waiting for resource. Errors in file /u01/app/oracle/diag/rdbms/prdclm/PRDCLM1/trace/PRDCLM1_ora_%d.trc" % R.randint(1000, 99999))
    elif r == 2:
        L.t('ORA-01555: snapshot too old: rollback segment number %d with name "_SYSSMU%d_%d$" too small' % (R.randint(1, 40), R.randint(1, 40), R.randint(10 ** 9, 4 * 10 ** 9)))
    elif r == 3:
        L.t('ORA-12899: value too large for column "PATREG"."PATIENT"."%s" (actual: %d, maximum: %d)' % (
            pick(["EMAIL_ADDR", "ADDR_LINE1", "LAST_NAME"]), R.randint(41, 90), pick([40, 50, 35])))
    elif r == 4:
        L.t("Archived Log entry %d added for T-1.S-%d ID 0x%s LAD:1" % (R.randint(1000, 99999), R.randint(1000, 99999), hexs(8)))
    elif r == 5:
        L.t("Starting ORACLE instance (normal) (OS id: %d) ... Oracle Database 19c Enterprise Edition Release 19.0.0.0.0 - Production Version 19.%d.0.0.0" % (
            R.randint(1000, 99999), R.randint(15, 22)))
    else:
        L.t("TNS-12535: TNS:operation timed out  ns secondary err code: 12560 nt main err code: 505  Client address: (ADDRESS=(PROTOCOL=tcp)(HOST=%s)(PORT=%d))" % (
            private_ip(), R.randint(30000, 65000)))
    return L


def fam_sqlplus(ph):
    L = Line("sqlplus_output")
    if ph:
        p = P(noapos=True)
        r = R.randrange(4)
        if r == 0:
            fixed(L, mrn(), "mrn", 11)
            fixed(L, p.L, "name", 21)
            fixed(L, p.F, "name", 16)
            fixed(L, fdate(p.dob, "ora"), "date", 10)
            fixed(L, p.zip, "zip", 6)
            if chance(0.5):
                fixed(L, str(p.age), "age" if p.age > 89 else None, 4, "R")
        elif r == 1:
            col, cat, val = pick([("ssn", "ssn", ssn("plain")), ("mbr_id", "health_plan", member_id()),
                                  ("email_addr", "email", email(p)), ("home_phone", "phone", phone(1)),
                                  ("dl_num", "license", drivers_license()), ("vin", "vehicle", vin())])
            L.t("SQL> SELECT pat_id, last_name, first_name FROM patreg.patient WHERE %s = '" % col).p(val, cat).t("';")
        elif r == 2:
            d1, d2 = sorted([svc_date(), svc_date()])
            L.t("%10d " % R.randint(1, 999999)).p(p.last + ", " + p.first, "name").t(" " * R.randint(1, 8))
            L.p(fdate(d1, "ora"), "date").t(" %-10s " % pick(["ADMIT", "DISCH", "OBS"])).p(fdate(d2, "ora"), "date")
            L.t(" %s" % pick(["4W", "ICU", "L&D", "5E"]))
        else:
            L.t("SQL> UPDATE patreg.pat_device SET serial_no = '").p(dev_serial() if chance(0.5) else mac(), "device")
            L.t("' WHERE pat_id = ").p(mrn().lstrip("EMRGH").replace("-", "") or "4471", "mrn").t(";")
        return L
    r = R.randrange(8)
    if r == 0:
        L.t("SQL*Plus: Release 19.0.0.0.0 - Production on Thu Mar 14 %s 2024 Version 19.%d.0.0.0" % (tick().strftime("%H:%M:%S"), R.randint(3, 22)))
    elif r == 1:
        L.t("MRN        LAST_NAME            FIRST_NAME      DOB       ZIP    AGE")
    elif r == 2:
        L.t("---------- -------------------- --------------- --------- ------ ---")
    elif r == 3:
        L.t("%d rows selected.  Elapsed: 00:00:%02d.%02d" % (R.randint(0, 99999), R.randint(0, 59), R.randint(0, 99)))
    elif r == 4:
        L.t("SQL> SELECT COUNT(*) FROM claims.clm_hdr WHERE load_dt = DATE '2024-03-%02d' AND payer_id = '%s';" % (R.randint(1, 14), pick(["87726", "60054"])))
    elif r == 5:
        L.t("%10d %-12s %-8s %12d.%02d %s" % (R.randint(1, 99999), pick(["87726", "60054", "62308"]), pick(["PAID", "DENY", "PEND"]),
                                             R.randint(0, 999999), R.randint(0, 99), tick().strftime("%d-%b-%y").upper()))
    elif r == 6:
        c = clin()
        L.t("%-10s %-20s %-15s %s %s" % (npi(), up(c[1]), up(c[0]), pick(["MD", "DO", "NP"]), pick(["CARDIOLOGY", "NEPHROLOGY", "HOSPITALIST"])))
    else:
        L.t("ERROR at line %d: ORA-00942: table or view does not exist  SP2-%04d: %s" % (R.randint(1, 9), R.randint(1, 999), pick(["Commit complete.", "Session altered."])))
    return L


def fam_vista(ph):
    L = Line("vista_fileman")
    dfn = R.randint(100, 9999999)
    if ph:
        p = P()
        r = R.randrange(5)
        if r == 0:
            L.t('^DPT(%d,0)="' % dfn).p(name_str(p, pick(["LF", "LFM"])), "name").t("^%s^" % p.sex).p(fdate(p.dob, "fm"), "date")
            L.t("^^^^^^").p(ssn("plain"), "ssn").t('^^^^^^^^^"')
        elif r == 1:
            L.t('^DPT(%d,.11)="' % dfn).p(up(p.street), "address").t("^")
            if p.unit:
                L.p(up(p.unit), "address")
            L.t("^^").p(up(p.city), "address").t("^%d^" % R.randint(1, 56)).p(p.zip, "zip").t('^^^^^^^^^^^"')
        elif r == 2:
            L.t('^DPT(%d,.13)="' % dfn).p(phone(2), "phone").t("^")
            if chance(0.6):
                L.p(phone(2), "phone")
            L.t('"')
        elif r == 3:
            if chance(0.5):
                o = P(old=True)
                p.age, p.dob = o.age, o.dob
            L.t("NAME: ").p(name_str(p, "LFM"), "name").t("   SEX: %s   DATE OF BIRTH: " % ("MALE" if p.sex == "M" else "FEMALE"))
            L.p(fdate(p.dob, "fmlong"), "date").t("   AGE: ").x(str(p.age), "age" if p.age > 89 else None)
            L.t("   SSN: ").p(ssn("dash"), "ssn")
        else:
            L.t("ADMISSION DATE: ").p(fdate(svc_date(), "fmlong"), "date").t("@%02d:%02d   WARD: %s   PATIENT: " % (
                R.randint(0, 23), R.randint(0, 59), pick(["4 WEST", "SICU", "CLC-2"])))
            L.p(name_str(p, "LF"), "name").t(" (").p(p.L[0] + ssn("plain")[-4:], "other_id").t(")")
        return L
    r = R.randrange(7)
    if r == 0:
        L.t("Select OPTION NAME: %s" % pick(["DG REGISTER PATIENT", "XUPROG", "FILEMAN", "DGPM ADMIT", "IBCN INSURANCE MGMT MENU"]))
    elif r == 1:
        L.t("Task #%d queued %d/%d/24@%02d:%02d by %s for DGPM BACKGROUND JOB" % (R.randint(100000, 9999999), 3, R.randint(1, 14),
                                                                                R.randint(0, 23), R.randint(0, 59), pick(["POSTMASTER", "TASKMAN,PROXY"])))
    elif r == 2:
        L.t('^XTMP("PSO%d",0)="%d^%d^PSO BATCH PRINT"' % (R.randint(1, 999), 3240300 + R.randint(15, 31), 3240300 + R.randint(1, 14)))
    elif r == 3:
        L.t('^%%ZTSK(%d,0)="DGPMV^ZTSK^.5^%d,%d^%d^^^^^^^"' % (R.randint(100000, 9999999), R.randint(66000, 67000), R.randint(0, 86399), R.randint(1, 999)))
    elif r == 4:
        L.t("<UNDEFINED>EN+%d^DGREG *DFN  %s,%d" % (R.randint(1, 40), "3240314." + digits(4), R.randint(1, 9999)))
    elif r == 5:
        c = clin()
        L.t('^VA(200,%d,0)="%s,%s^%s^^^^^%d^"' % (R.randint(100, 99999), up(c[1]), up(c[0]), up(c[0][0] + c[1][0]) + digits(1), 3240000 + R.randint(101, 314)))
    else:
        L.t("FileMan 22.2 Patch %d  Build %d  Checksum %d  Routine DGREG loaded %s" % (R.randint(1, 200), R.randint(1, 30), R.randint(10 ** 6, 10 ** 8), tick().strftime("%b %d, %Y@%H:%M")))
    return L


def fam_reports(ph):
    L = Line("crystal_ssrs_export")
    dt = tick()
    if ph:
        p = P()
        r = R.randrange(4)
        if r == 0:
            a = pat_account()
            L.t("SSRS ExecutionLog: InstanceName=RPTPRD01 ItemPath=/PatientAccounting/PatientStatement UserName=CORP\\%s Parameters=" % pick(STAFF))
            L.t("GuarantorAcct=").p(a, "account").t("&GuarantorName=").p(urlenc(name_str(p, "lf")), "name")
            if chance(0.5):
                L.t("&MailTo=").p(urlenc(p.street_line()), "address")
            L.t(" Format=PDF TimeStart=%s Status=rsSuccess RowCount=%d" % (dt.strftime("%Y-%m-%d %H:%M:%S.") + digits(3), R.randint(1, 60)))
        elif r == 1:
            m = mrn()
            L.t("Crystal export: %s params {?MRN}=" % pick(["PatientFaceSheet.rpt", "DischargeInstr.rpt", "ConsentForm.rpt"])).p(m, "mrn")
            L.t(' {?PatName}="').p(name_str(p, "LcF"), "name").t('"')
            if chance(0.5):
                L.t(" {?PhotoPath}=").p(photo_path(), "photo")
            L.t(' output=\\\\fs01\\reports\\FaceSheet_').p(m, "mrn").t(".pdf")
        elif r == 2:
            L.t("SSRS subscription '%s' delivered to " % pick(["Member Welcome Letter", "Statement eDelivery"])).p(email(p), "email")
            L.t(" (SubscriptionID=%s) Parameters=MemberId=" % uuid_()).p(member_id(), "health_plan")
        else:
            if chance(0.5):
                o = P(old=True)
                p.age, p.dob = o.age, o.dob
            L.t("Crystal Reports Server: Job 'Daily Census' row %d: " % R.randint(1, 400)).p(name_str(p, "LF"), "name")
            L.t(" RM %s%d ADM " % (pick(["4W", "5E", "ICU"]), R.randint(1, 40))).p(fdate(svc_date(), "usnz"), "date")
            L.t(" AGE ").x(str(p.age), "age" if p.age > 89 else None).t(" ATT %s, %s" % (clin()[1].upper(), clin()[0][0]))
        return L
    r = R.randrange(4)
    if r == 0:
        L.t("SSRS ExecutionLog: InstanceName=RPTPRD01 ItemPath=/Finance/%s UserName=CORP\\%s RequestType=%s Format=%s TimeStart=%s TimeDataRetrieval=%d TimeProcessing=%d TimeRendering=%d Status=rsSuccess ByteCount=%d RowCount=%d" % (
            pick(["DailyCashReconciliation", "ARAgingByPayer", "DenialTrend", "LagReport"]), pick(STAFF), pick(["Interactive", "Subscription"]),
            pick(["PDF", "EXCELOPENXML", "CSV"]), dt.strftime("%Y-%m-%d %H:%M:%S.") + digits(3), R.randint(1, 9999), R.randint(1, 999),
            R.randint(1, 9999), R.randint(1000, 9000000), R.randint(1, 99999)))
    elif r == 1:
        L.t("Crystal Reports Server: Job '%s' (ID %d) succeeded on CRSPRD02 in 00:%02d:%02d; output %s" % (
            pick(["AR Aging by Payer", "Charge Lag", "834 Reconciliation", "Provider Roster"]), R.randint(1000, 99999), R.randint(0, 59),
            R.randint(0, 59), "\\\\fs01\\reports\\%s_%s.xlsx" % (pick(["ARAging", "ChargeLag"]), dt.strftime("%Y%m%d"))))
    elif r == 2:
        L.t("ReportServerService: Error rendering '/Clinical/PatientList' for CORP\\%s: Query timeout after %d s (ExecutionId=%s)" % (
            pick(STAFF), R.randint(30, 600), hexs(24)))
    else:
        L.t("Crystal export: ProviderDirectory.rpt footer \"%s * %s, %s %s %s * Tel %s\" pages=%d" % (
            HOSP.title(), HOSP_ADDR[0], HOSP_ADDR[1], HOSP_ADDR[2], HOSP_ADDR[3], pick(HOSP_PHONE), R.randint(1, 300)))
    return L


def fam_print(ph):
    L = Line("print_spool_label")
    dt = tick()
    if ph:
        p = P()
        r = R.randrange(5)
        if r == 0:
            m = mrn()
            if chance(0.4):
                o = P(old=True)
                p.age, p.dob = o.age, o.dob
            L.t("ZPL job %d queue=WRISTBAND01 data=^XA^FO50,50^A0N,40,40^FD" % R.randint(1000, 99999)).p(name_str(p, "LcF"), "name")
            L.t("^FS^FO50,100^FDMRN:").p(m, "mrn").t("^FS^FO50,150^FDDOB:").p(fdate(p.dob, "us"), "date")
            if p.age > 89:
                L.t("  AGE:").p(str(p.age), "age")
            L.t("^FS^BY2^BCN,80,Y,N,N^FD").p(m, "mrn").t("^FS^XZ")
        elif r == 1:
            L.t("Event 307 PrintService: Document %d, %s - " % (R.randint(1, 400), pick(["Discharge Summary", "Face Sheet", "ROI Packet"])))
            L.p(name_str(p, "lf"), "name").t(" (MRN ").p(mrn(), "mrn").t(") owned by %s on \\\\PRDPRT01 was printed on %s through port %s. Size in bytes: %d. Pages printed: %d." % (
                pick(STAFF), pick(["4W-NURSE-LJ4250", "HIM-MFP-02"]), private_ip(), R.randint(1000, 900000), R.randint(1, 40)))
        elif r == 2:
            L.t("RightFax job %d to " % R.randint(10000, 999999)).p(phone(pick([0, 1, 5])), "fax").t(" attn ")
            L.p(name_str(p, "fl"), "name").t(" (patient request, ROI #%s) status=%s pages=%d" % (digits(6), pick(["Sent", "Busy-Retry", "Failed"]), R.randint(1, 30)))
        elif r == 3:
            L.t("CARDPRT batch %s seq %04d: MBR=" % (dt.strftime("%Y%m%d"), R.randint(1, 9999))).p(member_id(), "health_plan")
            L.t(" NAME=").p(name_str(p, "FL"), "name").t(" GRP=%s RXBIN=%s PCN=%s" % ("G" + digits(6), digits(6), pick(["ADV", "MEDDPRIME"])))
            if chance(0.4):
                L.t(" PHOTO=").p(photo_path(), "photo")
        else:
            L.t("lpd[%d]: job %d queue=LBLPHARM01 user=svc_rx title=\"RX LBL " % (R.randint(1000, 9999), R.randint(1, 99999)))
            L.p(name_str(p, "FL"), "name").t(" ").p(fdate(p.dob, "mdy2"), "date").t(" ")
            L.p(p.street_line(True), "address").t(" PH ").p(phone(1), "phone").t('"')
            if chance(0.4):
                L.t(" prescriber DEA ").p(dea(clin()[1]), "license")
        return L
    r = R.randrange(5)
    if r == 0:
        L.t("Event 307 PrintService: Document %d, Microsoft Word - %s owned by %s on \\\\PRDPRT01 was printed on %s through port %s. Size in bytes: %d. Pages printed: %d." % (
            R.randint(1, 400), pick(["Policy_Update_Q1.docx", "On-call roster.xlsx", "834_Recon_%s.pdf" % dt.strftime("%Y%m%d")]), pick(STAFF),
            pick(["4W-NURSE-LJ4250", "HIM-MFP-02", "EDI-OPS-M605"]), private_ip(), R.randint(1000, 900000), R.randint(1, 40)))
    elif r == 1:
        L.t("lpd[%d]: job %d queue=%s user=%s bytes=%d status=%s" % (R.randint(1000, 9999), R.randint(1, 99999), pick(["LBLPHARM01", "WRISTBAND01", "LBL-LAB-3W"]),
                                                                   pick(STAFF), R.randint(100, 99999), pick(["done", "held", "error: paper out"])))
    elif r == 2:
        L.t("ZPL job %d queue=LBL-LAB-3W data=^XA^FO30,30^FDSPECIMEN %s^FS^FO30,80^BCN,60,Y^FD%s^FS^FO30,160^FDTEST %s^FS^XZ" % (
            R.randint(1000, 99999), "SP" + digits(9), "SP" + digits(9), pick(["CBC", "BMP", "HBA1C", "LIPID"])))
    elif r == 3:
        v = pick(VENDORS)
        L.t("Meridian print batch %s: return address '%s, %s, %s %s %s' envelopes=%d postage=$%d.%02d" % (
            "MB" + digits(7), HOSP.title(), HOSP_ADDR[0], HOSP_ADDR[1], HOSP_ADDR[2], HOSP_ADDR[3], R.randint(10, 9999), R.randint(1, 9999), R.randint(0, 99)))
    else:
        L.t("RightFax job %d to %s (vendor %s) status=Sent pages=%d csid=%s" % (
            R.randint(10000, 999999), pick(["1-800-616-4471", "(615) 932-4401"]), pick(VENDORS)[0], R.randint(1, 20), "RGH-HIM"))
    return L


# ----------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------
FAMILIES = [fam_copybook, fam_x12_834, fam_x12_270_271, fam_nacha, fam_jes, fam_mq, fam_as400,
            fam_iis, fam_powershell, fam_sftp, fam_as2, fam_moveit, fam_semicolon, fam_pipe,
            fam_ini, fam_toml, fam_idoc, fam_oracle_alert, fam_sqlplus, fam_vista, fam_reports,
            fam_print]


def make_line(fam, ph):
    for _ in range(200):
        L = fam(ph)
        if L.has_phi() == ph:
            return L
    raise RuntimeError("could not make %s line for %s" % ("PHI" if ph else "clean", fam.__name__))


def generate():
    R.seed(SEED)
    CLOCK[0] = datetime.datetime(2024, 3, 14, 1, 58, 3)
    RUNNING.clear()
    flags = [False] * N_CLEAN + [True] * (N_LINES - N_CLEAN)
    R.shuffle(flags)
    fam_cycle = []
    log_lines, label_lines = [], []
    for i, ph in enumerate(flags, 1):
        if not fam_cycle:
            fam_cycle = FAMILIES[:]
            R.shuffle(fam_cycle)
        fam = fam_cycle.pop()
        L = make_line(fam, ph)
        buf, spans = L.build()
        check_line(i, buf, spans, ph)
        for sp in spans:
            RUNNING[sp["cat"]] = RUNNING.get(sp["cat"], 0) + 1
        log_lines.append(buf)
        label_lines.append(json.dumps({"line": i, "family": L.family,
                                       "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]},
                                      ensure_ascii=False).encode("utf-8"))
    return log_lines, label_lines


def check_line(i, buf, spans, ph):
    assert b"\n" not in buf and b"\r" not in buf, (i, buf)
    buf.decode("utf-8")
    if not ph:
        assert not spans, (i, buf, spans)
    else:
        assert spans, (i, buf)
    prev_e = -1
    for s in spans:
        v = s["_v"]
        assert v, (i, s)
        assert v == v.strip(), (i, repr(v))
        assert buf[s["s"]:s["e"]] == v.encode("utf-8"), (i, s, buf)
        assert s["s"] >= prev_e, ("overlap", i, s, buf)
        prev_e = s["e"]
        if s["cat"] == "age":
            assert v.isdigit() and int(v) > 89, (i, v)


def main():
    log_lines, label_lines = generate()
    # reproducibility self-check: regenerate and compare
    log2, lab2 = generate()
    assert log2 == log_lines and lab2 == label_lines, "generator is not deterministic"
    assert len(log_lines) == N_LINES
    with open(os.path.join(OUT_DIR, "s.log"), "wb") as f:
        f.write(b"\n".join(log_lines) + b"\n")
    with open(os.path.join(OUT_DIR, "s.labels.jsonl"), "wb") as f:
        f.write(b"\n".join(label_lines) + b"\n")

    # re-read and verify the written files
    with open(os.path.join(OUT_DIR, "s.log"), "rb") as f:
        lines = f.read().split(b"\n")
    assert lines[-1] == b"" and len(lines) == N_LINES + 1
    lines = lines[:-1]
    counts = {c: 0 for c in CATS}
    fam_counts = {}
    n_phi = 0
    with open(os.path.join(OUT_DIR, "s.labels.jsonl"), "rb") as f:
        labs = [json.loads(x) for x in f.read().decode("utf-8").splitlines()]
    assert len(labs) == N_LINES
    for n, (ln, lab) in enumerate(zip(lines, labs), 1):
        assert lab["line"] == n
        fam_counts[lab["family"]] = fam_counts.get(lab["family"], 0) + 1
        if lab["spans"]:
            n_phi += 1
        prev = 0
        for s in lab["spans"]:
            assert 0 <= s["s"] < s["e"] <= len(ln) and s["s"] >= prev
            prev = s["e"]
            seg = ln[s["s"]:s["e"]].decode("utf-8")
            assert seg == seg.strip() and seg
            counts[s["cat"]] += 1
    for c in CATS:
        if counts[c] < 8:
            print("WARNING category under-covered", c, counts[c])
    clean = N_LINES - n_phi
    assert clean == N_CLEAN, clean
    print("lines: %d" % N_LINES)
    print("lines with PHI: %d" % n_phi)
    print("lines without PHI: %d (%.1f%%)" % (clean, 100.0 * clean / N_LINES))
    print("spans: %d" % sum(counts.values()))
    print("spans per category:")
    for c in CATS:
        print("  %-12s %d" % (c, counts[c]))
    for c in CATS:
        assert counts[c] >= 8, ("category under-covered", c, counts[c])
    print("families: %d" % len(fam_counts))
    for k in sorted(fam_counts):
        print("  %-24s %d" % (k, fam_counts[k]))


if __name__ == "__main__":
    main()
