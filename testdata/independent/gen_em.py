#!/usr/bin/env python3
"""Synthetic PFS / No Surprises Act / price transparency log corpus with PHI labels.
Deterministic: fixed seed, standard library only. Writes em.log and em.labels.jsonl next to itself."""
import base64
import hashlib
import json
import os
import random
import unicodedata
import uuid
from datetime import date, datetime, timedelta

rnd = random.Random(1808)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500


# ---------------------------------------------------------------- line builder
class B:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.sp = []

    def t(self, x):
        self.buf += x.encode("utf-8")
        return self

    def p(self, x, cat):
        if not cat:
            return self.t(x)
        st = len(self.buf)
        self.buf += x.encode("utf-8")
        self.sp.append((st, len(self.buf), cat, x))
        return self


class P:  # a PHI value inside a structure
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class Mix:  # a string made of plain parts and P parts
    def __init__(self, *parts):
        self.parts = parts


class Raw:  # raw literal (number formatting)
    def __init__(self, s):
        self.s = s


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jv(b, v):
    if isinstance(v, P):
        if isinstance(v.v, str):
            b.t('"').p(jesc(v.v), v.cat).t('"')
        else:
            b.p(str(v.v), v.cat)
    elif isinstance(v, Mix):
        b.t('"')
        for part in v.parts:
            if isinstance(part, P):
                b.p(jesc(part.v), part.cat)
            else:
                b.t(jesc(part))
        b.t('"')
    elif isinstance(v, Raw):
        b.t(v.s)
    elif isinstance(v, bool):
        b.t("true" if v else "false")
    elif v is None:
        b.t("null")
    elif isinstance(v, (int, float)):
        b.t(json.dumps(v))
    elif isinstance(v, str):
        b.t('"' + jesc(v) + '"')
    elif isinstance(v, dict):
        b.t("{")
        first = True
        for k, val in v.items():
            if not first:
                b.t(",")
            first = False
            b.t('"' + jesc(k) + '":')
            jv(b, val)
        b.t("}")
    elif isinstance(v, (list, tuple)):
        b.t("[")
        for i, val in enumerate(v):
            if i:
                b.t(",")
            jv(b, val)
        b.t("]")
    else:
        raise TypeError(type(v))


def pyrepr(b, v):
    """Python repr() of dicts / lists / str, with spans on P values."""
    if isinstance(v, P):
        if isinstance(v.v, str):
            q = repr(v.v)
            b.t(q[0]).p(q[1:-1], v.cat).t(q[-1])
        else:
            b.p(repr(v.v), v.cat)
    elif isinstance(v, Raw):
        b.t(v.s)
    elif isinstance(v, dict):
        b.t("{")
        for i, (k, val) in enumerate(v.items()):
            if i:
                b.t(", ")
            b.t(repr(k) + ": ")
            pyrepr(b, val)
        b.t("}")
    elif isinstance(v, list):
        b.t("[")
        for i, val in enumerate(v):
            if i:
                b.t(", ")
            pyrepr(b, val)
        b.t("]")
    else:
        b.t(repr(v))


def logfmt(b, k, v, cat=None):
    """logrus TextFormatter key=value, quoting when needed."""
    s = str(v)
    need = s == "" or any(not (c.isascii() and (c.isalnum() or c in "-._/@^+")) for c in s)
    b.t(" " + k + "=")
    if need:
        q = json.dumps(s, ensure_ascii=False)
        b.t('"').p(q[1:-1], cat).t('"')
    else:
        b.p(s, cat)


# ---------------------------------------------------------------- clock
clock = datetime(2024, 5, 14, 10, 31, 7, 118000)  # UTC; local CDT = UTC-5


def tick(lo, hi):
    global clock
    clock += timedelta(seconds=rnd.uniform(lo, hi), microseconds=rnd.randint(0, 999999))


def loc():
    return clock - timedelta(hours=5)


def ms3(t):
    return "%03d" % (t.microsecond // 1000)


def ts_iso_local(ms=True):
    t = loc()
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ("." + ms3(t) if ms else "") + "-05:00"


def ts_epoch_ms():
    return int((clock - datetime(1970, 1, 1)).total_seconds() * 1000)


def ts_epoch_us():
    d = clock - datetime(1970, 1, 1)
    return "%d.%06d" % (d.days * 86400 + d.seconds, d.microseconds)


# ---------------------------------------------------------------- id helpers
def digits(n):
    return "".join(rnd.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))


def xid():
    return "".join(rnd.choice("0123456789abcdefghijklmnopqrstuv") for _ in range(20))


def sha256():
    return hashlib.sha256(bytes(rnd.getrandbits(8) for _ in range(32))).hexdigest()


def luhn_digit(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    base = "1" + digits(8)
    return base + luhn_digit("80840" + base)


def ein():
    return "%02d-%s" % (rnd.choice([36, 39, 41, 45, 47, 61, 83, 88, 92]), digits(7))


def pan(brand):
    if brand == "visa":
        body = "4" + digits(14)
    elif brand == "mastercard":
        body = "5" + str(rnd.randint(1, 5)) + digits(13)
    else:
        body = "6011" + digits(11)
    return body + luhn_digit(body)


def aba():
    d = "075" + str(rnd.choice([0, 9])) + digits(4)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(c) * x for c, x in zip(d, w))
    return d + str((10 - s % 10) % 10)


VIN_TR = {**{str(i): i for i in range(10)},
          **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
          **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_AL = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = rnd.choice(["1FT", "1G1", "2T1", "3FA", "5NP", "1HG", "JTD", "KMH", "4T1", "1N4", "2HG", "3GN"])
    vds = "".join(rnd.choice(VIN_AL) for _ in range(5))
    yr = rnd.choice("GHJKLMN")
    plant = rnd.choice("ABCDEFGHKLMNRSTUZ")
    ser = digits(6)
    v = wmi + vds + "0" + yr + plant + ser
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W))
    c = s % 11
    return v[:8] + ("X" if c == 10 else str(c)) + v[9:]


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    return (str(rnd.randint(1, 9)) + rnd.choice(MBI_A) + rnd.choice(an) + digits(1) + rnd.choice(MBI_A)
            + rnd.choice(an) + digits(1) + rnd.choice(MBI_A) + rnd.choice(MBI_A) + digits(2))


def gtin14(body13):
    s = 0
    for i, ch in enumerate(reversed(body13)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return body13 + str((10 - s % 10) % 10)


def pub_ip():
    return "%d.%d.%d.%d" % (rnd.choice([24, 50, 67, 68, 69, 70, 71, 73, 75, 76, 96, 97, 98, 99, 107, 108,
                                        162, 173, 174, 184]), rnd.randint(1, 254), rnd.randint(0, 255),
                            rnd.randint(1, 254))


def priv_ip():
    return "10.40.%d.%d" % (rnd.randint(1, 12), rnd.randint(2, 250))


def money(x):
    return "%.2f" % x


def asc(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- organisation (look-alikes)
HOSP_NAME = "St. Brigid Lakeshore Hospital"
HOSP_TIN = "39-1127845"
HOSP_EIN = "391127845"
HOSP_NPI = npi()
HOSP_PHONE = "414-555-0100"
HOSP_FAX = "4145550199"
HOSP_ADDR = "2900 N Lake Dr, Milwaukee, WI 53211"
PORTAL = "billing.stbrigidlakeshore.org"
PRICE_SITE = "prices.stbrigidlakeshore.org"
MRF_NAME = HOSP_EIN + "_st-brigid-lakeshore-hospital_standardcharges.json"

COPROV = {
    "anes": dict(name="Lakeshore Anesthesia Associates SC", npi=npi(), tin=ein(), fax="4145550262"),
    "rad": dict(name="Milwaukee Radiology Group LLC", npi=npi(), tin=ein(), fax="4145550231"),
    "path": dict(name="Great Lakes Pathology SC", npi=npi(), tin=ein(), fax="2625550187"),
    "ortho": dict(name="Brandt Orthopaedic Surgeons SC", npi=npi(), tin=ein(), fax="4145550274"),
    "gi": dict(name="Cream City Gastroenterology", npi=npi(), tin=ein(), fax="4145550245"),
    "ob": dict(name="Lakeshore Women's Health Partners", npi=npi(), tin=ein(), fax="4145550290"),
    "sleep": dict(name="Bayview Sleep & Respiratory LLC", npi=npi(), tin=ein(), fax="4145550216"),
}
CLINICIANS = [("Harriet Osei, MD", npi()), ("Michael Brandt, MD", npi()), ("Samira Qureshi, DO", npi()),
              ("Paul Lindgren, CRNA", npi()), ("Anjali Menon, MD", npi())]
STAFF = [("Renata Dobbs", "rdobbs"), ("Tomasz Wiśniewski", "twisniewski"), ("Keisha Barnwell", "kbarnwell"),
         ("Luis Arreola", "larreola"), ("Priya Venkataraman", "pvenkataraman"), ("Gregory Lutz", "glutz")]
PAYERS = [("39026", "UnitedHealthcare"), ("60054", "Aetna"), ("00950", "Anthem BCBS WI"),
          ("39113", "Quartz Health"), ("SX065", "Network Health"), ("87726", "UMR"), ("WIMCD", "WI Medicaid")]

# services: (key, label, drg, [(cdm, code, rev, desc, qty, amount)], [coprovider keys with codes])
SERVICES = [
    ("mri-brain-wo", "MRI brain w/o contrast", None,
     [("3610551", "70551", "0610", "MRI BRAIN W/O CONTRAST", 1, 1184.00)], [("rad", "70551-26", 212.40)]),
    ("mri-brain-wwo", "MRI brain w/o & w contrast", None,
     [("3610553", "70553", "0610", "MRI BRAIN W/O & W CONTRAST", 1, 1962.00),
      ("2550967", "Q9967", "0636", "LOCM 300-399MG/ML IODINE,1ML", 15, 4.10)], [("rad", "70553-26", 318.75)]),
    ("ct-abd-pel", "CT abdomen/pelvis with contrast", None,
     [("3500177", "74177", "0350", "CT ABD & PELV W/CONTRAST", 1, 1418.00),
      ("2550967", "Q9967", "0636", "LOCM 300-399MG/ML IODINE,1ML", 100, 4.10)], [("rad", "74177-26", 176.10)]),
    ("colonoscopy", "Diagnostic colonoscopy", None,
     [("7500378", "45378", "0750", "COLONOSCOPY FLX DX W/COLLJ SPEC", 1, 2140.00),
      ("3008305", "88305", "0310", "SURG PATH GROSS&MICRO LEVEL IV", 2, 161.00)],
     [("gi", "45378", 540.00), ("anes", "00811", 412.50), ("path", "88305-26", 96.00)]),
    ("tka", "Total knee arthroplasty (inpatient)", "470",
     [("3627447", "27447", "0360", "ARTHRP KNE CNDYL&PLATU MEDIAL&LAT CMPRT", 1, 28450.00),
      ("2780001", "C1776", "0278", "JOINT DEVICE (IMPLANTABLE)", 1, 6120.00),
      ("1200001", "0120", "0120", "ROOM & BOARD SEMI-PRIVATE", 2, 2314.00),
      ("2501885", "J1885", "0250", "KETOROLAC TROMETHAMINE INJ 15 MG", 4, 18.25)],
     [("ortho", "27447", 2412.00), ("anes", "01402", 1240.00)]),
    ("lap-chole", "Laparoscopic cholecystectomy", "419",
     [("3647562", "47562", "0360", "LAPAROSCOPY SURG CHOLECYSTECTOMY", 1, 9875.00),
      ("2502405", "J2405", "0250", "ONDANSETRON HCL INJ PER 1 MG", 4, 6.90)],
     [("anes", "00790", 980.00), ("path", "88304-26", 54.00)]),
    ("mammo", "Screening mammogram", None,
     [("4037067", "77067", "0403", "SCR MAMMO BI INCL CAD", 1, 412.00)], [("rad", "77067-26", 61.30)]),
    ("echo", "Transthoracic echocardiogram", None,
     [("4833306", "93306", "0483", "TTE W/DOPPLER COMPLETE", 1, 2210.00)], []),
    ("sleep", "Attended sleep study + CPAP", None,
     [("7405810", "95810", "0740", "POLYSOMNOGRAPHY 4 OR MORE", 1, 3150.00),
      ("2900601", "E0601", "0290", "CPAP DEVICE (RENTAL, MONTHLY)", 3, 142.00)], [("sleep", "95810-26", 284.00)]),
    ("vag-delivery", "Vaginal delivery (inpatient)", "807",
     [("7200001", "0720", "0720", "LABOR ROOM/DELIVERY", 1, 8420.00),
      ("1120001", "0112", "0112", "ROOM & BOARD OB", 2, 2088.00),
      ("3085025", "85025", "0305", "BLOOD COUNT COMPLETE AUTO&AUTO DIFRNTL WBC", 2, 38.00)],
     [("ob", "59400", 3310.00), ("anes", "01967", 1120.00)]),
    ("cataract", "Cataract surgery w/ IOL", None,
     [("3666984", "66984", "0360", "XCAPSL CTRC RMVL INSJ IO LENS PROSTH W/O ECP", 1, 4620.00),
      ("2760001", "V2632", "0276", "POSTERIOR CHAMBER IOL", 1, 310.00)], [("anes", "00142", 385.00)]),
    ("egd", "Upper GI endoscopy with biopsy", None,
     [("7503239", "43239", "0750", "EGD FLEXIBLE TRANSORAL BIOPSY SINGLE/MULTIPLE", 1, 1890.00),
      ("3008305", "88305", "0310", "SURG PATH GROSS&MICRO LEVEL IV", 1, 161.00)],
     [("gi", "43239", 410.00), ("anes", "00731", 345.00)]),
]
SVC_BY_KEY = {s[0]: s for s in SERVICES}

# ---------------------------------------------------------------- people
ORIGINS = [
    (["Chinedu", "Emeka", "Tobenna", "Oluwaseun"], ["Ngozi", "Adaeze", "Funmilayo", "Chiamaka"],
     ["Okafor", "Eze", "Adeyemi", "Nwosu", "Okonkwo", "Balogun"]),
    (["Mateo", "Jesús", "Rogelio", "Santiago"], ["Lucía", "Guadalupe", "Ximena", "Marisol"],
     ["Villanueva", "Ortega Ramírez", "Cervantes", "Benítez", "Treviño", "Zúñiga"]),
    (["Thanh", "Minh", "Quốc Bảo", "Dũng"], ["Hoa", "Lan", "Thị Mai", "Ngọc Anh"],
     ["Nguyễn", "Trần", "Phạm", "Lê", "Huỳnh"]),
    (["Jarosław", "Zbigniew", "Kacper", "Wojciech"], ["Wiktoria", "Małgorzata", "Agnieszka", "Zofia"],
     ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk"]),
    (["Ahmad", "Yousef", "Omar", "Karim"], ["Fatima", "Layla", "Rania", "Nour"],
     ["Khoury", "Mansour", "Al-Masri", "Haddad"]),
    (["Yusuf", "Emre", "Mehmet"], ["Elif", "Zeynep", "Ayşe"], ["Demir", "Yıldız", "Öztürk", "Çelik"]),
    (["Søren", "Gunnar", "Bjørn"], ["Ingrid", "Astrid", "Sigrid"], ["Halvorsen", "Kjær", "Lindqvist", "Østby"]),
    (["Wei", "Jun", "Hao"], ["Mei-Ling", "Xiaoling", "Yan"], ["Chou", "Zhang", "Lin", "Huang"]),
    (["Hiroshi", "Kenji", "Takumi"], ["Yuki", "Aiko", "Haruka"], ["Nakamura", "Takahashi", "Fujimoto"]),
    (["Arjun", "Rohan", "Vikram"], ["Priyanka", "Lakshmi", "Deepa"], ["Raghunathan", "Patel", "Iyer", "Bhattacharya"]),
    (["Darnell", "Tyrone", "DeShawn", "Marcus"], ["Shaniqua", "Keyana", "Latrice", "Imani"],
     ["Whitfield", "Pruitt", "Gaines", "Mabry"]),
    (["Declan", "Ciarán", "Pádraig"], ["Bridget", "Siobhán", "Aoife"], ["O'Donnell", "McGrath", "Kavanagh"]),
    (["Kwame", "Kofi", "Yaw"], ["Akosua", "Abena", "Efua"], ["Asante", "Mensah", "Owusu", "Boateng"]),
    (["Dmitri", "Taras", "Andriy"], ["Olga", "Oksana", "Iryna"], ["Petrenko", "Volkov", "Kovalenko", "Shevchuk"]),
    (["Keoni", "Kai"], ["Leilani", "Malia"], ["Kahananui", "Akana", "Kealoha"]),
    (["Tou", "Xeng", "Fue"], ["Pa Nhia", "Mai Yer", "Kia"], ["Vang", "Xiong", "Thao", "Yang", "Lor"]),
    (["Ángel", "Edwin", "Héctor"], ["Yadira", "Maribel", "Nilsa"], ["Rivera Colón", "Santiago", "Figueroa"]),
    (["Harold", "Walter", "Eugene"], ["Gertrude", "Dorothy", "Lorraine"], ["Schultz", "Meier", "Vogel", "Hoffmann"]),
]
STREETS = ["W Burleigh St", "S 13th St", "E Locust St", "N Teutonia Ave", "W Greenfield Ave", "S Kinnickinnic Ave",
           "W Lincoln Ave", "N 76th St", "W Capitol Dr", "E Layton Ave", "S 27th St", "W Oklahoma Ave",
           "N Sherman Blvd", "W Fond du Lac Ave", "E North Ave", "Washington Ave", "Durand Ave", "Sheridan Rd",
           "W National Ave", "N Port Washington Rd", "S Howell Ave", "W Forest Home Ave", "Wisconsin Ave"]
CITIES = [("Milwaukee", ["53204", "53206", "53208", "53209", "53210", "53212", "53215", "53218", "53221"]),
          ("West Allis", ["53214", "53219", "53227"]), ("Wauwatosa", ["53213", "53226"]), ("Cudahy", ["53110"]),
          ("South Milwaukee", ["53172"]), ("Greenfield", ["53220", "53228"]), ("Racine", ["53402", "53403"]),
          ("Kenosha", ["53140", "53144"]), ("Waukesha", ["53186", "53188"]), ("Oak Creek", ["53154"])]
EMPLOYERS = ["Harbor Freight Logistics", "Froedtert Dietary Svcs", "Kwik Trip #744", "Briggs Plastics Inc",
             "Amazon MKE5", "Milwaukee Public Schools", "Walgreens #06123", "Self-employed (rideshare)",
             "Rexnord Corp", "Sendik's Food Market", "Potawatomi Hotel", "Unemployed", "Ashley Furniture",
             "Goodwill Industries of SE WI", "Marcus Theatres"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "att.net", "aol.com"]
TODAY = date(2024, 5, 14)


def rdate(y0, y1):
    return date(y0, 1, 1) + timedelta(days=rnd.randint(0, (date(y1, 12, 31) - date(y0, 1, 1)).days))


def age_on(d, ref=TODAY):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def ssn():
    while True:
        a = rnd.randint(101, 772)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rnd.randint(1, 99), rnd.randint(1, 9999))


def phone_digits():
    if rnd.random() < 0.7:
        return rnd.choice(["414", "262", "920", "608"]) + "55501" + digits(2)
    return rnd.choice(["414", "262"]) + rnd.choice(["372", "481", "643", "755", "910", "852"]) + digits(4)


def fphone(d, style):
    if style == 0:
        return "%s-%s-%s" % (d[:3], d[3:6], d[6:])
    if style == 1:
        return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])
    if style == 2:
        return d
    if style == 3:
        return "+1" + d
    return "%s.%s.%s" % (d[:3], d[3:6], d[6:])


def fdate(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"), "compact": d.strftime("%Y%m%d"),
            "long": d.strftime("%b %d, %Y").replace(" 0", " "), "short": d.strftime("%m/%d/%y"),
            "md": d.strftime("%m/%d")}[style]


class Person:
    pass


USED_NAMES = set()


def make_person(origin=None, family=None, sex=None, dob=None, household=True):
    o = ORIGINS[origin if origin is not None else rnd.randrange(len(ORIGINS))]
    sex = sex or rnd.choice("MF")
    p = Person()
    tries = 0
    while True:
        tries += 1
        pool = o[0] if sex == "M" else o[1]
        if tries > 30:
            pool = [g for org in ORIGINS for g in (org[0] if sex == "M" else org[1])]
        p.given = rnd.choice(pool)
        p.family = family or rnd.choice(o[2])
        if (p.given, p.family) not in USED_NAMES:
            break
    USED_NAMES.add((p.given, p.family))
    p.sex = sex
    p.origin = o
    p.dob = dob or rdate(1952, 2001)
    p.ssn = ssn()
    p.mrn = "E" + str(rnd.randint(1000000, 9999999))
    p.har = "70" + digits(8)
    p.guar = "G" + "00" + digits(6)
    p.phone = phone_digits()
    p.phone_style = rnd.randrange(4)
    base = asc(p.given.lower().replace(" ", "").replace("'", "")), asc(p.family.lower().replace(" ", "").replace("'", ""))
    p.email = rnd.choice(["%s.%s%s", "%s%s%s", "%s_%s%s"]) % (base[0], base[1], rnd.choice(["", str(p.dob.year % 100), digits(2)])) \
        + "@" + rnd.choice(DOMAINS)
    p.user = (base[0][0] + base[1].replace("-", "")[:9] + str(p.dob.year % 100)).lower()
    p.street = "%d %s" % (rnd.randint(104, 9899), rnd.choice(STREETS))
    p.unit = rnd.choice(["", "", "", " Apt %d" % rnd.randint(1, 24), " Unit %d%s" % (rnd.randint(1, 4), rnd.choice("ABCD")),
                         " #%d" % rnd.randint(101, 412)])
    city, zips = rnd.choice(CITIES)
    p.city, p.zip = city, rnd.choice(zips)
    p.ip = pub_ip()
    p.employer = rnd.choice(EMPLOYERS)
    p.income = 0.0 if p.employer == "Unemployed" else round(rnd.uniform(1100, 5200), 2)
    p.dl = asc(p.family)[0].upper() + digits(13)
    p.vin = vin() if rnd.random() < 0.6 else None
    p.veh = (rnd.randint(2008, 2021), rnd.randint(2500, 21000), rnd.choice(["true", "false"]))
    p.medicaid = "1" + digits(9) if rnd.random() < 0.35 else None
    p.member = rnd.choice(["XWB", "QHM", "ANT", "UHC"]) + digits(9) if rnd.random() < 0.3 else None
    p.mbi = None
    p.card_brand = rnd.choice(["visa", "visa", "mastercard", "discover"])
    p.pan = pan(p.card_brand)
    p.bank_acct = digits(rnd.choice([9, 10, 12]))
    p.fax = phone_digits() if rnd.random() < 0.3 else None
    p.cpap_serial = "2317" + digits(7)
    p.fa_app = "FA24-%06d" % rnd.randint(1000, 9999)
    p.members = []
    if household:
        if rnd.random() < 0.6:
            sp = make_person(origin=ORIGINS.index(o), family=p.family if rnd.random() < 0.8 else None,
                             sex="F" if sex == "M" else "M",
                             dob=min(p.dob + timedelta(days=rnd.randint(-2500, 2500)), date(2003, 12, 31)),
                             household=False)
            p.members.append(("spouse", sp))
        for _ in range(rnd.choice([0, 0, 1, 2, 3])):
            kid = make_person(origin=ORIGINS.index(o), family=p.family,
                              dob=rdate(max(p.dob.year + 19, 2006), 2023), household=False)
            p.members.append(("child", kid))
    return p


def fullname(p):
    return p.given + " " + p.family


PATIENTS = [make_person() for _ in range(26)]
for i, (y, m, d) in enumerate([(1931, 2, 17), (1933, 9, 3), (1929, 11, 26)]):
    q = make_person(origin=17 if i != 2 else 3, dob=date(y, m, d), household=False)
    q.mbi = mbi()
    q.medicaid = None
    q.employer = "Retired (SSA)"
    q.income = round(rnd.uniform(1100, 2300), 2)
    PATIENTS.append(q)
for p in PATIENTS:
    if p.mbi is None and age_on(p.dob) >= 65:
        p.mbi = mbi()
rnd.shuffle(PATIENTS)


def pick_patient():
    return rnd.choice(PATIENTS)


# ---------------------------------------------------------------- families
LEVEL_NUM = {"debug": 20, "info": 30, "warn": 40, "error": 50}
PINO_HOSTS = ["price-web-6d9c7b8f4-xk2lp", "price-web-6d9c7b8f4-q8vtn"]
ZL_HOST = ["pe-api-7f5c9d8b6-2xq4m", "pe-api-7f5c9d8b6-hn7rw"]
GFE_THREADS = ["http-nio-8443-exec-%d" % i for i in range(1, 11)]


def pino(level, fields, msg):
    b = B("pino")
    d = {"level": LEVEL_NUM[level], "time": ts_epoch_ms(), "pid": 27, "hostname": rnd.choice(PINO_HOSTS)}
    d.update(fields)
    d["msg"] = msg
    jv(b, d)
    return b


def zl(level, fields, msg):
    b = B("zerolog")
    b.t('{"level":"' + level + '"')
    for k, v in fields.items():
        b.t(',"' + k + '":')
        jv(b, v)
    b.t(',"time":"' + ts_iso_local(False) + '","message":')
    jv(b, msg)
    b.t("}")
    return b


def lstash(level, logger, msg, fields):
    b = B("logstash-json")
    d = {"@timestamp": ts_iso_local(), "@version": "1", "message": msg, "logger_name": logger,
         "thread_name": rnd.choice(GFE_THREADS), "level": level, "level_value": {"INFO": 20000, "WARN": 30000,
                                                                                   "ERROR": 40000, "DEBUG": 10000}[level]}
    d.update(fields)
    jv(b, d)
    return b


def django(level, module, parts):
    b = B("django")
    t = loc()
    b.t("%s %s,%s %s %d %d " % (level, t.strftime("%Y-%m-%d %H:%M:%S"), ms3(t), module, rnd.choice([412, 413, 418]),
                                rnd.choice([140231998822144, 140231990429440, 140231982036736])))
    for x in parts:
        if isinstance(x, tuple):
            b.p(x[0], x[1])
        else:
            b.t(x)
    return b


def celery_prefix(b, level, proc):
    t = loc()
    b.t("[%s,%s: %s/%s] " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms3(t), level, proc))


SPRING_LOGGERS = {"client": "o.s.p.pe.client.PresumptiveScoringClient", "svc": "o.s.p.pe.service.EligibilityService",
                  "hikari": "com.zaxxer.hikari.pool.HikariPool", "boot": "o.s.p.pe.PresumptiveApplication",
                  "retry": "o.s.p.pe.client.VendorRetryListener", "tomcat": "o.s.b.w.embedded.tomcat.TomcatWebServer"}


def spring(level, lg, thread, parts):
    b = B("spring-boot")
    t = loc()
    b.t("%s.%s %5s 1 --- [%15s] %-40s : " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms3(t), level, thread[-15:],
                                                SPRING_LOGGERS[lg][:40]))
    for x in parts:
        if isinstance(x, tuple):
            b.p(x[0], x[1])
        else:
            b.t(x)
    return b


def logback(level, thread, logger, parts):
    b = B("logback")
    t = loc()
    b.t("%s,%s [%s] %-5s %s - " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms3(t), thread, level, logger))
    for x in parts:
        if isinstance(x, tuple):
            b.p(x[0], x[1])
        else:
            b.t(x)
    return b


def logrus(level, msg, kvs):
    b = B("logrus")
    b.t('time="%s" level=%s msg=' % (ts_iso_local(False), level))
    b.t(json.dumps(msg))
    for kv in kvs:
        logfmt(b, *kv)
    return b


def laravel(level, msg_parts, ctx, env="production"):
    b = B("laravel")
    b.t("[%s] %s.%s: " % (loc().strftime("%Y-%m-%d %H:%M:%S"), env, level))
    for x in msg_parts:
        if isinstance(x, tuple):
            b.p(x[0], x[1])
        else:
            b.t(x)
    b.t(" ")
    if ctx is None:
        b.t("[]")
    else:
        jv(b, ctx)
    b.t(" []")
    return b


def nginx(ip, ip_cat, method, path_parts, status, size, ref, ua):
    b = B("nginx")
    b.p(ip, ip_cat)
    b.t(" - - [%s -0500] \"%s " % (loc().strftime("%d/%b/%Y:%H:%M:%S"), method))
    for x in path_parts:
        if isinstance(x, tuple):
            b.p(x[0], x[1])
        else:
            b.t(x)
    b.t(' HTTP/2.0" %d %d "%s" "%s" rt=%.3f uct="0.000" urt="%.3f"' % (status, size, ref, ua, rnd.uniform(0.004, 0.9),
                                                                        rnd.uniform(0.003, 0.85)))
    return b


PG_PIDS = [28711, 28744, 29102, 30117, 30562]


def pg(level, parts, who="pfs_app@pfs", pid=None):
    b = B("postgres")
    b.t("%s.%s UTC [%d] %s %s:  " % (clock.strftime("%Y-%m-%d %H:%M:%S"), ms3(clock), pid or rnd.choice(PG_PIDS), who,
                                      level))
    for x in parts:
        if isinstance(x, tuple):
            b.p(x[0], x[1])
        else:
            b.t(x)
    return b


def redis_mon(args):
    b = B("redis-monitor")
    b.t("%s [0 %s:%d]" % (ts_epoch_us(), rnd.choice(["10.40.3.21", "10.40.3.22", "10.40.5.14", "10.40.5.17"]),
                          rnd.randint(40000, 60999)))
    for a in args:
        b.t(" ")
        if isinstance(a, Mix):
            b.t('"')
            for part in a.parts:
                if isinstance(part, P):
                    b.p(part.v, part.cat)
                else:
                    b.t(part)
            b.t('"')
        elif isinstance(a, P):
            b.t('"').p(a.v, a.cat).t('"')
        else:
            b.t('"' + a + '"')
    return b


def slog(level, event, kv):
    """structlog ConsoleRenderer (colors off, sort_keys=True)."""
    b = B("structlog")
    b.t("%s [%-9s] %-30s" % (clock.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % clock.microsecond, level, event))
    items = sorted(kv, key=lambda x: x[0])
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        b.t(" " + k + "=")
        if isinstance(v, Mix):
            for part in v.parts:
                if isinstance(part, P):
                    b.p(part.v, part.cat)
                else:
                    b.t(part)
        else:
            b.p(v if isinstance(v, str) else repr(v), cat)
    return b


def cti(evt, callid, parts):
    b = B("cti")
    t = loc()
    b.t("%s.%s CTI[pfs-cti01] EVT=%s CallID=%s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms3(t), evt, callid))
    for x in parts:
        if isinstance(x, tuple):
            b.p(x[0], x[1])
        else:
            b.t(x)
    return b


def fax(parts):
    b = B("fax")
    b.t("%s FAXSRV01 " % loc().strftime("%m/%d/%Y %H:%M:%S"))
    for x in parts:
        if isinstance(x, tuple):
            b.p(x[0], x[1])
        else:
            b.t(x)
    return b


def syslog(prog, pid, text, host="pfs-batch01"):
    b = B("syslog")
    t = loc()
    b.t("%s %2d %s %s %s[%d]: %s" % (t.strftime("%b"), t.day, t.strftime("%H:%M:%S"), host, prog, pid, text))
    return b


# ---------------------------------------------------------------- artefacts
def jpeg_b64(n):
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    body = bytes(rnd.getrandbits(8) for _ in range(n))
    return base64.b64encode(head + body).decode()


def template_b64(n):
    head = b"VPRT\x02\x00"
    return base64.b64encode(head + bytes(rnd.getrandbits(8) for _ in range(n))).decode()


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-A156U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0"]

GFE_SEQ = [51800]


def new_gfe_id():
    GFE_SEQ[0] += rnd.randint(1, 9)
    return "GFE-24-%07d" % GFE_SEQ[0]


def future_dos():
    return TODAY + timedelta(days=rnd.randint(4, 45))


def past_dos():
    return TODAY - timedelta(days=rnd.randint(30, 260))


def svc_total(svc):
    fac = sum(q * a for (_, _, _, _, q, a) in svc[3])
    cop = sum(a for (_, _, a) in svc[4])
    return fac, cop


SELFPAY_DISC = 0.42  # self-pay discount off gross

# ---------------------------------------------------------------- episodes (generators yielding B)
PPDR_SEQ = [400]


def ep_gfe(p):
    svc = rnd.choice(SERVICES)
    dos = future_dos()
    ip = p.ip
    req = xid()
    # Next.js form post
    fs = rnd.random()
    form = {"firstName": P(p.given, "name"), "lastName": P(p.family, "name"),
            "dateOfBirth": P(fdate(p.dob, "iso" if fs < 0.5 else "us"), "date"),
            "email": P(p.email, "email"), "phone": P(fphone(p.phone, p.phone_style), "phone"),
            "service": svc[0], "preferredDate": P(fdate(dos, "iso"), "date"), "uninsured": True}
    yield pino("info", {"reqId": "req-" + hexs(4), "req": {"method": "POST", "url": "/api/gfe-request",
                                                            "headers": {"x-forwarded-for": P(ip, "ip"),
                                                                        "user-agent": rnd.choice(UAS)}},
                        "form": form}, "GFE request form submitted")
    tick(0.05, 0.4)
    yield zl("info", {"request_id": req, "client_ip": P(ip, "ip"),
                      "patient": {"first_name": P(p.given, "name"), "last_name": P(p.family, "name"),
                                  "birth_date": P(fdate(p.dob, "iso"), "date"), "postal_code": P(p.zip, "zip")},
                      "service_key": svc[0], "cpt": [it[1] for it in svc[3]], "self_pay": True},
             "gfe request received")
    tick(0.05, 0.6)
    score = round(rnd.uniform(0.86, 0.995), 3)
    yield zl("info", {"request_id": req, "mrn": P(p.mrn, "mrn"), "match_score": score, "matcher": "empi-v3",
                      "candidates": rnd.randint(1, 4)}, "patient matched")
    tick(0.01, 0.2)
    lat = round(rnd.uniform(80, 900), 1)
    yield zl("info", {"request_id": req, "method": "POST", "path": "/v1/gfe-requests", "status": 201,
                      "latency_ms": lat, "bytes_out": rnd.randint(300, 900)}, "request completed")
    tick(0.2, 3)
    draft = {"dob": P(fdate(p.dob, "iso"), "date"), "svc": svc[0], "dos": P(fdate(dos, "iso"), "date")}
    bb = B("tmp")
    jv(bb, draft)
    # embed JSON inside a redis quoted arg (escaped quotes)
    mon = redis_mon([])
    mon.t(' "SETEX" "gfe:draft:').p(p.mrn, "mrn").t('" "86400" "')
    raw = bytes(bb.buf).decode()
    # escape quotes as redis MONITOR prints them
    pos = 0
    for (s, e, cat, val) in bb.sp:
        mon.t(bytes(bb.buf[pos:s]).decode().replace('"', '\\"'))
        mon.p(val, cat)
        pos = e
    mon.t(bytes(bb.buf[pos:]).decode().replace('"', '\\"') + '"')
    yield mon
    tick(1, 20)
    gid = new_gfe_id()
    fac, cop = svc_total(svc)
    items = []
    for (cdm, code, rev, desc, q, a) in svc[3]:
        it = {"cdmLine": cdm}
        it["hcpcs" if code[0].isalpha() else ("revCode" if len(code) == 4 else "cpt")] = code
        it.update({"revenueCode": rev, "description": desc, "units": q, "grossCharge": Raw(money(q * a)),
                   "estimatedAmount": Raw(money(q * a * (1 - SELFPAY_DISC)))})
        items.append(it)
    cops = []
    for (k, code, amt) in svc[4]:
        c = COPROV[k]
        cops.append({"name": c["name"], "npi": c["npi"], "tin": c["tin"], "status": rnd.choice(["REQUESTED", "RECEIVED"]),
                     "services": [{"code": code, "estimatedAmount": Raw(money(amt))}]})
    pat = {"name": Mix(P(p.family, "name"), ", ", P(p.given, "name")) if rnd.random() < 0.5 else P(fullname(p), "name"),
           "birthDate": P(fdate(p.dob, "iso"), "date"), "mrn": P(p.mrn, "mrn")}
    age = age_on(p.dob, dos)
    if age > 89 or rnd.random() < 0.3:
        pat["ageAtService"] = P(age, "age") if age > 89 else age
    pat["address"] = {"line": [P(p.street + p.unit, "address")], "city": P(p.city, "address"), "state": "WI",
                      "postalCode": P(p.zip, "zip")}
    if rnd.random() < 0.5:
        pat["telecom"] = [{"system": "phone", "value": P(fphone(p.phone, 0), "phone")},
                          {"system": "email", "value": P(p.email, "email")}]
    doc = {"gfeId": gid, "type": "UNINSURED_SELF_PAY", "patient": pat,
           "scheduledServiceDate": P(fdate(dos, "iso"), "date"),
           "convening": {"name": HOSP_NAME, "npi": HOSP_NPI, "tin": HOSP_TIN, "contactPhone": HOSP_PHONE},
           "primaryServiceDescription": svc[1], "items": items, "coProviders": cops}
    if svc[2]:
        doc["msDrg"] = svc[2]
    doc["totalEstimate"] = Raw(money(fac * (1 - SELFPAY_DISC) + cop))
    doc["disputeEligibilityThreshold"] = Raw("400.00")
    yield lstash("INFO", "org.stbrigid.pfs.gfe.GfeAssembler", "Good faith estimate generated",
                 {"gfeId": gid, "gfe": doc})
    for (k, code, amt) in svc[4]:
        tick(0.1, 2)
        c = COPROV[k]
        yield lstash("INFO", "org.stbrigid.pfs.gfe.CoProviderRequester", "Co-provider GFE request dispatched",
                     {"gfeId": gid, "coProviderNpi": c["npi"], "coProviderTin": c["tin"],
                      "channel": rnd.choice(["DIRECT", "FAX", "API"]), "slaBusinessDays": 1,
                      "serviceCode": code})
        if rnd.random() < 0.25:
            tick(2, 30)
            yield fax(["TX  JobID=%d To=\"%s\" Fax=%s Pages=%d Duration=00:0%d:%02d Status=OK Ref=%s" %
                       (rnd.randint(880000, 889999), c["name"][:24], c["fax"], rnd.randint(2, 5), rnd.randint(0, 2),
                        rnd.randint(5, 59), gid)])
    tick(0.5, 4)
    if rnd.random() < 0.5:
        yield lstash("INFO", "org.stbrigid.pfs.gfe.delivery.GfeDeliveryService", "GFE delivered",
                     {"gfeId": gid, "channel": "EMAIL", "recipient": P(p.email, "email"),
                      "template": "gfe_selfpay_v7", "pdfBytes": rnd.randint(81000, 190000)})
    else:
        yield lstash("INFO", "org.stbrigid.pfs.gfe.pdf.GfePdfRenderer", "GFE PDF rendered",
                     {"gfeId": gid, "pages": rnd.randint(3, 6), "renderMs": rnd.randint(180, 900),
                      "sha256": sha256()})
    tick(0.1, 2)
    if rnd.random() < 0.6:
        pid = rnd.choice(PG_PIDS)
        yield [pg("LOG", ["duration: %.3f ms  execute <unnamed>: INSERT INTO gfe_document (gfe_id, mrn, scheduled_dos, "
                          "total_cents, status) VALUES ($1, $2, $3, $4, $5)" % rnd.uniform(1, 40)], pid=pid),
               pg("DETAIL", ["parameters: $1 = '%s', $2 = '" % gid, (p.mrn, "mrn"), "', $3 = '",
                            (fdate(dos, "iso"), "date"), "', $4 = '%d', $5 = 'ISSUED'" % int(
                                (fac * (1 - SELFPAY_DISC) + cop) * 100)], pid=pid)]
    p.last_gfe = (gid, svc, dos, fac * (1 - SELFPAY_DISC) + cop)


def ep_fa(p):
    app = p.fa_app
    hh = 1 + len(p.members)
    yield nginx(p.ip, "ip", "POST", ["/fa/applications"], 201, rnd.randint(180, 420),
                "https://%s/fa/apply/step-4" % PORTAL, rnd.choice(UAS))
    tick(0.05, 0.5)
    yield laravel("INFO", ["Financial assistance application submitted"],
                  {"application_id": P(app, "other_id"), "user_id": rnd.randint(10000, 29999), "household_size": hh,
                   "channel": "portal", "locale": rnd.choice(["en", "es", "en", "hmn", "vi"])})
    tick(0.5, 5)
    yield django("INFO", "views", ["Application ", (app, "other_id"), " received user=", (p.user, "other_id"),
                                   " hh_size=%d src=billing-portal policy=FAP-2024.1" % hh])
    tick(0.1, 1)
    dob_style = rnd.choice(["iso", "us"])
    yield django("INFO", "household", ["member added app=", (app, "other_id"), " rel=self name=\"", (fullname(p), "name"),
                                       "\" dob=", (fdate(p.dob, dob_style), "date"), " age=",
                                       (str(age_on(p.dob)), "age" if age_on(p.dob) > 89 else None), " ssn=", (p.ssn, "ssn"),
                                       " employer=\"%s\" gross_monthly=%s" % (p.employer, money(p.income))])
    for rel, m in p.members:
        tick(0.05, 0.8)
        parts = ["member added app=", (app, "other_id"), " rel=%s name=\"" % rel, (fullname(m), "name"), "\" dob=",
                 (fdate(m.dob, dob_style), "date"), " age=%d" % age_on(m.dob)]
        if rel == "spouse" or rnd.random() < 0.4:
            parts += [" ssn=", (m.ssn, "ssn")]
        else:
            parts += [" ssn=<none>"]
        if rel == "spouse":
            parts += [" employer=\"%s\" gross_monthly=%s" % (m.employer, money(m.income))]
        else:
            parts += [" employer=\"\" gross_monthly=0.00"]
        yield django("INFO", "household", parts)
    # documents
    docs = []
    fam_tag = asc(p.family).replace(" ", "").replace("'", "")
    docs.append(("PAYSTUB", [(fam_tag + "_" + asc(p.given).replace(" ", ""), "name"), "_paystub_apr2024.pdf"]))
    docs.append(("TAX_RETURN", ["2023_1040_", (fam_tag.upper(), "name"), ".pdf"]))
    if p.members and p.members[0][0] == "spouse":
        sp = p.members[0][1]
        docs.append(("W2", ["W2_2023_", (asc(sp.given).replace(" ", "") + "_" + asc(sp.family).replace(" ", "").replace("'", ""), "name"), ".pdf"]))
    if rnd.random() < 0.4:
        docs.append(("BANK_STMT", ["IMG_%d.HEIC" % rnd.randint(1000, 9999)]))
    for dtype, fn in docs:
        tick(0.3, 6)
        ctx = {"application": P(app, "other_id"), "doc_type": dtype,
               "original_name": Mix(*[P(x[0], x[1]) if isinstance(x, tuple) else x for x in fn]),
               "disk": "s3", "path": "fa-uploads/2024/05/%s.%s" % (hexs(32), "pdf" if fn[-1].endswith("pdf") else "heic"),
               "size": rnd.randint(40000, 2400000)}
        yield laravel("INFO", ["FA document uploaded"], ctx)
        if dtype in ("W2", "PAYSTUB") and rnd.random() < 0.7:
            tid = uid()
            tick(0.1, 1)
            b = B("celery")
            celery_prefix(b, "INFO", "MainProcess")
            b.t("Task fa.tasks.ocr_document[%s] received" % tid)
            yield b
            tick(1.5, 9)
            b = B("celery")
            celery_prefix(b, "INFO", "ForkPoolWorker-%d" % rnd.randint(1, 4))
            b.t("Task fa.tasks.ocr_document[%s] succeeded in %.3fs: " % (tid, rnd.uniform(1.2, 8.5)))
            who = p if dtype == "PAYSTUB" else p.members[0][1]
            res = {"doc_type": dtype, "employee_name": P(fullname(who), "name")}
            if dtype == "W2":
                res.update({"employee_ssn": P(who.ssn, "ssn"), "employer_ein": ein(),
                            "box1_wages": Raw(money(who.income * 12)), "tax_year": 2023})
            else:
                res.update({"employer": who.employer, "pay_frequency": rnd.choice(["biweekly", "weekly"]),
                            "gross_ytd": Raw(money(who.income * 4.2)), "confidence": Raw("%.2f" % rnd.uniform(0.81, 0.99))})
            pyrepr(b, res)
            yield b
    # assets / identity / medicaid
    if p.vin and rnd.random() < 0.9:
        tick(0.2, 2)
        yield django("INFO", "assets", ["asset declared app=", (app, "other_id"), " type=vehicle vin=", (p.vin, "vehicle"),
                                        " model_year=%d est_value=%d lien=%s" % p.veh])
    if rnd.random() < 0.7:
        tick(0.2, 2)
        dl = p.dl if rnd.random() < 0.5 else "%s-%s-%s-%s" % (p.dl[:4], p.dl[4:8], p.dl[8:12], p.dl[12:])
        yield django("INFO", "identity", ["identity document verified app=", (app, "other_id"),
                                          " doc=DRIVER_LICENSE issuer=WI number=", (dl, "license"),
                                          " verifier=%s" % rnd.choice(STAFF)[1]])
    if rnd.random() < 0.3:
        tick(0.2, 3)
        slug = "help-%s-%s-with-%s" % (asc(p.given).lower().replace(" ", "-"), asc(p.family).lower().replace(" ", "-").replace("'", ""),
                                       rnd.choice(["medical-bills", "surgery-costs", "hospital-bills"]))
        yield django("INFO", "income", ["other income disclosed app=", (app, "other_id"), " type=CROWDFUNDING url=",
                                        ("https://www.gofundme.com/f/" + slug, "url"),
                                        " raised=%s counted_as_income=false" % money(rnd.uniform(200, 6000))])
    if p.medicaid:
        tick(0.5, 4)
        yield django("WARNING", "medicaid", ["ForwardHealth 270/271 check app=", (app, "other_id"), " member_id=",
                                             (p.medicaid, "health_plan"), " status=%s payer_id=WIMCD trn=%s" % (
                                                 rnd.choice(["INACTIVE", "TERMED_2023-12-31", "NOT_FOUND"]), digits(9))])
    # presumptive scoring
    tick(0.5, 5)
    rid = uid()
    th = "pe-exec-%d" % rnd.randint(1, 8)
    addr = [(p.street + p.unit, "address"), ", ", (p.city, "address"), ", WI ", (p.zip, "zip")]
    yield spring("INFO", "client", th, ["POST https://api.credisight-pe.com/v3/propensity requestId=%s subject={name=" % rid,
                                        (fullname(p), "name"), ", ssn=", (p.ssn, "ssn"), ", dob=",
                                        (fdate(p.dob, "iso"), "date"), ", address="] + addr + ["}"])
    tick(0.4, 3)
    fpl_base = 15060 + 5380 * (hh - 1)
    est = rnd.randint(9000, 80000)
    pct = est / fpl_base * 100
    resp = ["200 OK requestId=%s latencyMs=%d score=%d estHouseholdIncome=%d "
            "estHouseholdSize=%d fplPct=%.1f model=PE-7.2" % (rid, rnd.randint(300, 1800), rnd.randint(380, 820), est, hh, pct)]
    if p.medicaid and rnd.random() < 0.6:
        resp += [" medicaidMatch=true medicaidId=", (p.medicaid, "health_plan"), " medicaidStatus=TERMINATED"]
    else:
        resp += [" medicaidMatch=false"]
    yield spring("INFO", "client", th, resp)
    tick(0.01, 0.3)
    elig = pct <= 250
    yield spring("INFO", "svc", th, ["Presumptive determination app=", (app, "other_id"),
                                     " eligible=%s fplPct=%.1f threshold=250.0 discount=%s" % (
                                         str(elig).lower(), pct, "100%" if pct <= 200 else ("75%" if elig else "0%"))])
    # FPL decision
    tick(2, 30)
    annual = p.income * 12 + sum(m.income * 12 for r, m in p.members if r == "spouse")
    fpct = annual / fpl_base * 100 if fpl_base else 0
    tier = "FREE_CARE" if fpct <= 200 else ("SLIDING_75" if fpct <= 300 else ("SLIDING_25" if fpct <= 400 else "DENIED"))
    fc = rnd.choice(STAFF)
    yield django("INFO", "determination", ["FPL calc app=", (app, "other_id"),
                                           " hh=%d annual_income=%s fpl_2024=%d pct=%.2f tier=%s counselor=%s" % (
                                               hh, money(annual), fpl_base, fpct, tier, fc[1])])
    tick(1, 10)
    yield logback("INFO", "eca-hold-1", "o.s.pfs.collections.EcaHoldService",
                  ["ECA hold placed acct=", (p.har, "account"), " reason=FA_PENDING reg=501(r) holdDays=120 app=",
                   (app, "other_id")])


def ep_payplan(p):
    yield nginx(p.ip, "ip", "POST", ["/login"], 302, 0, "https://%s/login" % PORTAL, rnd.choice(UAS))
    tick(0.05, 0.4)
    ctx = {"user_id": rnd.randint(10000, 29999), "username": P(p.user, "other_id")}
    if rnd.random() < 0.5:
        ctx["email"] = P(p.email, "email")
    ctx["ip"] = P(p.ip, "ip")
    ctx["guard"] = "web"
    yield laravel("INFO", ["User logged in"], ctx)
    tick(3, 60)
    yield nginx(p.ip, "ip", "GET", ["/accounts/", (p.guar, "account"), "/balance"], 200, rnd.randint(900, 4000),
                "https://%s/dashboard" % PORTAL, rnd.choice(UAS))
    tick(5, 90)
    plan = "PP-%06d" % rnd.randint(1000, 99999)
    bal = round(rnd.uniform(240, 9800), 2)
    term = rnd.choice([6, 12, 18, 24, 36])
    tok = "tok_" + "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(24))
    kind = rnd.random()
    if kind < 0.7:
        if rnd.random() < 0.3:
            yield logrus("warning", "PAN detected in request body before vault; redaction middleware bypassed",
                         [("route", "/v2/cards"), ("field", "card.number"), ("value", p.pan, "account"),
                          ("source", "billing-portal"), ("request_id", xid())])
            tick(0.01, 0.2)
        yield logrus("info", "card tokenized", [("brand", p.card_brand), ("last4", p.pan[-4:]),
                                                 ("exp", "%02d/%02d" % (rnd.randint(1, 12), rnd.randint(25, 30))),
                                                 ("token", tok), ("har", p.har, "account"),
                                                 ("merchant_id", "SBLH-PFS-01"), ("avs", rnd.choice(["Y", "Z", "A"])),
                                                 ("latency_ms", rnd.randint(90, 700))])
        method = "card"
    else:
        yield logrus("info", "ach mandate stored", [("guarantor", fullname(p), "name"), ("routing", aba()),
                                                     ("account", p.bank_acct, "account"),
                                                     ("account_type", rnd.choice(["checking", "savings"])),
                                                     ("mandate_id", "MD-" + digits(8)), ("nacha_sec", "WEB")])
        method = "ach"
    tick(0.1, 1.5)
    yield logrus("info", "payment plan created", [("plan_id", plan), ("guarantor_acct", p.guar, "account"),
                                                   ("balance", money(bal)), ("term_months", term),
                                                   ("monthly", money(bal / term)), ("apr", "0.00"),
                                                   ("method", method), ("fap_adjusted", rnd.choice(["true", "false"]))])
    tick(0.05, 0.5)
    yield laravel("INFO", ["Payment plan accepted"], {"plan": plan, "guarantor_account": P(p.guar, "account"),
                                                       "monthly": money(bal / term), "autopay": True,
                                                       "first_draft_days": 30})
    tick(0.2, 3)
    b = B("laravel-queue")
    b.t("  %s App\\Jobs\\SendPaymentPlanConfirmation %s RUNNING" % (loc().strftime("%Y-%m-%d %H:%M:%S"), "." * 31))
    b2 = B("laravel-queue")
    tick(0.3, 1.5)
    b2.t("  %s App\\Jobs\\SendPaymentPlanConfirmation %s %.2fms DONE" % (loc().strftime("%Y-%m-%d %H:%M:%S"),
                                                                           "." * 24, rnd.uniform(90, 900)))
    yield [b, b2]
    if rnd.random() < 0.35:
        tick(1, 20)
        yield laravel("ERROR", ["SQLSTATE[23505]: Unique violation: 7 ERROR:  duplicate key value violates unique "
                                "constraint \"autopay_mandates_guarantor_account_unique\" DETAIL:  Key (guarantor_account)=(",
                                (p.guar, "account"), ") already exists. (Connection: pgsql, SQL: insert into "
                                                     "\"autopay_mandates\" (\"guarantor_account\", \"plan_id\") values (",
                                (p.guar, "account"), ", %s))" % plan], {"exception": "[object] (Illuminate\\Database\\UniqueConstraintViolationException(code: 23505))"})


def ep_statement(p):
    th = "stmt-worker-%d" % rnd.randint(1, 4)
    dos = past_dos()
    bal = round(rnd.uniform(60, 7200), 2)
    nm = (p.family + ", " + p.given).upper()
    yield logback("INFO", th, "o.s.pfs.stmt.StatementComposer",
                  ["composed guarantor=", (p.guar, "account"), " name=\"", (nm, "name"), "\" addr=\"",
                   ((p.street + p.unit).upper(), "address"), ", ", (p.city.upper(), "address"), " WI ", (p.zip, "zip"),
                   "\" dos=", (fdate(dos, "compact"), "date"),
                   " balance=%s aging=%s cycle=C%02d pages=%d" % (money(bal), rnd.choice(["0-30", "31-60", "61-90", "91-120"]),
                                                                  rnd.randint(1, 28), rnd.randint(1, 3))])
    if rnd.random() < 0.45:
        tick(0.01, 0.3)
        yield logback("INFO", th, "o.s.pfs.stmt.DmeRentalLineBuilder",
                      ["rental line acct=", (p.har, "account"), " hcpcs=E0601 mod=RR,KX month=%d/13 serial=" % rnd.randint(2, 12),
                       (p.cpap_serial, "device"), " udi=", ("(01)" + gtin14("0061949837" + digits(3)) + "(21)" + p.cpap_serial, "device"),
                       " allowed=%s" % money(rnd.uniform(60, 140))])
    tick(0.01, 0.5)
    if rnd.random() < 0.6:
        frm, to = rnd.choice([("D0", "D1"), ("D1", "D2"), ("D2", "D3"), ("D3", "FINAL_NOTICE")])
        yield logback("INFO", th, "o.s.pfs.dunning.DunningEngine",
                      ["step advanced acct=", (p.har, "account"), " from=%s to=%s daysPastDue=%d letter=DUN_%s_SELFPAY "
                                                                 "fapPlainLanguageSummary=true" % (frm, to, rnd.randint(31, 150), to)])
    tick(0.5, 8)
    if rnd.random() < 0.7:
        b = B("laravel-queue")
        b.t("  %s App\\Jobs\\SendStatementNotification %s %.2fms DONE" % (loc().strftime("%Y-%m-%d %H:%M:%S"),
                                                                             "." * 25, rnd.uniform(60, 700)))
        yield b
        tick(0.01, 0.2)
        url = "https://%s/u/%s/statements/2024-05" % (PORTAL, p.user)
        yield laravel("DEBUG", ["Statement notification sent"],
                      {"to": P(p.email, "email"), "url": P(url, "url"), "mailer": "ses",
                       "message_id": "0100018f%s-%s-000000" % (hexs(8), uid())})


def ep_cti(p):
    cid = "%08X" % rnd.getrandbits(32)
    fc = rnd.choice(STAFF[:5])
    ani = p.phone
    yield cti("ESTABLISHED", cid, [" ANI=", (ani, "phone"), " DNIS=4145550100 Queue=%s Agent=%s Ext=%d" % (
        rnd.choice(["PFS_SELFPAY", "PFS_FA", "PFS_BILLING_ES", "PFS_GFE"]), fc[1], rnd.randint(4400, 4499))])
    tick(0.2, 2)
    yield cti("SCREENPOP", cid, [" Lookup=ANI Match=1 Guarantor=", (p.guar, "account"), " Name=\"",
                                 ((p.family + ", " + p.given).upper(), "name"), "\" MRN=", (p.mrn, "mrn")])
    tick(1, 15)
    if rnd.random() < 0.45:
        yield cti("VOICEPRINT_ENROLL", cid, [" Guarantor=", (p.guar, "account"), " Engine=NVB-11 Consent=Y Template=",
                                             (template_b64(rnd.randint(150, 260)), "biometric")])
    else:
        yield cti("VOICE_AUTH", cid, [" Engine=NVB-11 Result=%s Score=%.2f NetSpeech=%ds" % (
            rnd.choice(["MATCH", "MATCH", "INCONCLUSIVE"]), rnd.uniform(0.55, 0.98), rnd.randint(8, 30))])
    tick(60, 420)
    g = getattr(p, "last_gfe", None)
    # free-text note
    variants = rnd.randrange(4)
    if age_on(p.dob) > 89 and rnd.random() < 0.75:
        if not getattr(p, "poa", None):
            p.poa = make_person(origin=ORIGINS.index(p.origin), household=False, dob=rdate(1955, 1968))
        poa = p.poa
        parts = [' Disp=POA_CALL Note="', (fullname(poa), "name"), " (daughter, POA on file) called for ",
                 (fullname(p), "name"), ", ", (str(age_on(p.dob)), "age"),
                 " y/o, re Medicare non-covered svc self-pay estimate. Verified MBI ", (p.mbi, "health_plan"),
                 ". Mail GFE to POA at ", (poa.street + poa.unit, "address"), ", ", (poa.city, "address"), " ",
                 (poa.zip, "zip"), ". CB ", (fphone(poa.phone, 0), "phone"), '"']
    elif variants == 0 and g:
        parts = [' Disp=GFE_QUESTION Note="Caller ', (fullname(p), "name"), " verified DOB ",
                 (fdate(p.dob, "us"), "date"), " + last4 SSN. Asked why %s for %s on " % (g[0], g[1][1]),
                 (fdate(g[2], "md"), "date"), " excludes some co-provider items; explained %s GFE pending. CB " %
                 (COPROV[g[1][4][0][0]]["name"] if g[1][4] else "facility"), (fphone(p.phone, 0), "phone"), '"']
    elif variants == 1:
        parts = [' Disp=FA_STATUS Note="Pt ', (p.given, "name"), " ", (p.family, "name"), " (DOB ",
                 (fdate(p.dob, "short"), "date"), ") asked status of FA app ", (p.fa_app, "other_id"),
                 ". Missing 2023 tax return; pt will fax from ",
                 (fphone(p.fax or phone_digits(), 0), "fax"), " to 414-555-0199 attn FC %s." % fc[0].split()[0] + '"']
    elif variants == 2:
        parts = [' Disp=PAYMENT_PLAN Note="Spoke w/ guarantor ', (fullname(p), "name"),
                 ", set up plan on acct ", (p.har, "account"), ". New addr ", (p.street + p.unit, "address"), " ",
                 (p.city, "address"), " WI ", (p.zip, "zip"), ', email ', (p.email, "email"), '"']
    else:
        rel = p.members[0][1] if p.members and p.members[0][0] == "spouse" else None
        if rel:
            parts = [' Disp=STATEMENT_QUESTION Note="', (rel.given, "name"), " (spouse) called for ", (fullname(p), "name"),
                     ", HIPAA auth on file. Disputes DOS ", (fdate(past_dos(), "us"), "date"),
                     " charge CPT 99284; sent to coding review. CB ", (fphone(rel.phone, 1), "phone"), '"']
        else:
            parts = [' Disp=STATEMENT_QUESTION Note="Pt asked for itemized bill acct ', (p.har, "account"),
                     ", mailed to ", (p.street + p.unit, "address"), ", ", (p.city, "address"), " ", (p.zip, "zip"), '"']
    yield cti("WRAPUP", cid, [" Agent=%s Dur=%ds" % (fc[1], rnd.randint(120, 900))] + parts)
    tick(0.5, 4)
    yield cti("AGENT_STATE", "-", [" Agent=%s State=%s Reason=%s" % (fc[1], rnd.choice(["READY", "NOT_READY"]),
                                                                    rnd.choice(["ACW_DONE", "BREAK", "TRAINING", "-"]))])


def ep_ppdr(p):
    g = getattr(p, "last_gfe", None)
    if not g:
        svc = rnd.choice(SERVICES)
        g = (new_gfe_id(), svc, past_dos(), sum(svc_total(svc)) * 0.7)
    gid, svc, dos, gtotal = g
    if dos > TODAY:
        dos = past_dos()
    billed = gtotal + rnd.uniform(410, 4200)
    PPDR_SEQ[0] += rnd.randint(1, 7)
    case = "PPDR-2024-%05d" % PPDR_SEQ[0]
    yield slog("info", "ppdr.case.opened", [("case_no", case, "other_id"), ("gfe_id", gid),
                                            ("patient", fullname(p), "name"), ("mrn", p.mrn, "mrn"),
                                            ("dos", fdate(dos, "iso"), "date"),
                                            ("gfe_total", money(gtotal)), ("billed_total", money(billed)),
                                            ("variance", money(billed - gtotal)), ("threshold", "400.00"),
                                            ("eligible", True), ("provider_tin", HOSP_TIN)])
    tick(0.2, 3)
    yield pg("LOG", ["duration: %.3f ms  statement: SELECT gfe_id, total_cents, issued_at FROM gfe_document WHERE gfe_id = '%s'"
                     % (rnd.uniform(0.2, 9), gid)], who="ppdr_svc@pfs")
    tick(30, 400)
    disp = "DISP-%s-%04d" % ((TODAY - timedelta(days=rnd.randint(1, 20))).strftime("%y%m%d"), rnd.randint(1, 9999))
    yield slog("info", "ppdr.sdre.assigned", [("case_no", case, "other_id"), ("cms_dispute_no", disp, "other_id"),
                                              ("sdr_entity", "Meridian Dispute Resolution LLC"),
                                              ("admin_fee", "25.00"), ("provider_response_due_bd", 10),
                                              ("assigned_by", rnd.choice(STAFF)[1])])
    if rnd.random() < 0.5:
        tick(10, 200)
        yield slog("warning", "ppdr.offer.recorded", [("case_no", case, "other_id"),
                                                      ("settlement_offer", money(gtotal + rnd.uniform(0, 400))),
                                                      ("offer_type", "provider"), ("payments_paused", True),
                                                      ("collections_hold", True)])


def ep_fax_rx(p):
    f = p.fax or phone_digits()
    p.fax = f
    job = rnd.randint(880000, 889999)
    yield fax(["RX  JobID=%d CSID=\"" % job, (fphone(f, 2), "fax"), "\" ANI=", (f, "fax"),
               " DNIS=%s Pages=%d Duration=00:0%d:%02d Route=PFS_FA_INBOX Status=OK" % (
                   HOSP_FAX, rnd.randint(2, 9), rnd.randint(1, 4), rnd.randint(0, 59))])
    tick(30, 600)
    yield django("INFO", "inbox", ["fax %d indexed to app=" % job, (p.fa_app, "other_id"), " doc_type=TAX_RETURN by=",
                                   rnd.choice(STAFF)[1], " ocr_name_match=\"", (fullname(p), "name"),
                                   "\" confidence=%.2f" % rnd.uniform(0.7, 0.99)])


def ep_portal_misc(p):
    k = rnd.random()
    if k < 0.35:
        yield laravel("INFO", ["ID verification selfie received"],
                      {"user_id": rnd.randint(10000, 29999), "username": P(p.user, "other_id"),
                       "image": P("data:image/jpeg;base64," + jpeg_b64(rnd.randint(300, 520)), "photo"),
                       "provider": "veriface"})
    elif k < 0.55:
        yield laravel("WARNING", ["Failed login attempt"], {"email": P(p.email, "email"), "ip": P(p.ip, "ip"),
                                                            "attempts": rnd.randint(2, 5), "throttled": False})
    elif k < 0.8:
        yield laravel("INFO", ["Profile updated"],
                      {"user_id": rnd.randint(10000, 29999), "changed": ["phone", "mailing_address"],
                       "phone": P(fphone(p.phone, 1), "phone"),
                       "mailing_address": Mix(P(p.street + p.unit, "address"), ", ", P(p.city, "address"), ", WI ",
                                              P(p.zip, "zip"))})
    else:
        pid = rnd.choice(PG_PIDS)
        yield [pg("ERROR", ["duplicate key value violates unique constraint \"guarantor_ssn_key\""], pid=pid),
               pg("DETAIL", ["Key (ssn)=(", (p.ssn, "ssn"), ") already exists."], pid=pid),
               pg("STATEMENT", ["INSERT INTO guarantor (guarantor_acct, last_name, first_name, ssn, birth_date) VALUES ('",
                               (p.guar, "account"), "', '", (p.family.upper().replace("'", "''"), "name"), "', '",
                               (p.given.upper(), "name"), "', '", (p.ssn, "ssn"), "', '", (fdate(p.dob, "iso"), "date"),
                               "')"], pid=pid)]


def ep_redis_user(p):
    k = rnd.random()
    if k < 0.5:
        yield redis_mon(["HGETALL", Mix("portal:session:", P(p.email, "email"))])
    else:
        yield redis_mon(["GET", Mix("fa:applicant:", P(p.mrn, "mrn"), ":pe_score")])


def ep_medicare_gfe(p):
    # elderly patient with Medicare asking self-pay estimate for non-covered service
    svc = SVC_BY_KEY[rnd.choice(["cataract", "echo", "mri-brain-wo"])]
    dos = future_dos()
    yield zl("warn", {"request_id": xid(), "mrn": P(p.mrn, "mrn"), "mbi": P(p.mbi or mbi(), "health_plan"),
                      "age": P(age_on(p.dob), "age") if age_on(p.dob) > 89 else age_on(p.dob),
                      "payer_id": "SMWI0", "cpt": svc[3][0][1]},
             "patient has active coverage; GFE type switched to ABN_SELF_PAY_ELECTION")
    tick(0.5, 5)
    yield lstash("INFO", "org.stbrigid.pfs.gfe.GfeAssembler", "Self-pay election recorded",
                 {"gfeId": new_gfe_id(), "patientName": P(fullname(p), "name"), "birthDate": P(fdate(p.dob, "iso"), "date"),
                  "ageYears": P(age_on(p.dob), "age") if age_on(p.dob) > 89 else age_on(p.dob),
                  "scheduledServiceDate": P(fdate(dos, "iso"), "date"), "cpt": svc[3][0][1],
                  "electionSignedBy": rnd.choice(["PATIENT", "POA"])})


def ep_insured_selfpay(p):
    if not p.member:
        p.member = "XWB" + digits(9)
    yield zl("info", {"request_id": xid(), "mrn": P(p.mrn, "mrn"), "member_id": P(p.member, "health_plan"),
                      "group": "0%d" % rnd.randint(100000, 999999), "payer_id": rnd.choice(PAYERS[:6])[0],
                      "reason": "patient_requested_self_pay"}, "coverage present but self-pay requested; issuing GFE")


EPISODES = [(ep_gfe, 16), (ep_fa, 9), (ep_payplan, 9), (ep_statement, 10), (ep_cti, 10), (ep_ppdr, 6),
            (ep_fax_rx, 4), (ep_portal_misc, 9), (ep_redis_user, 5), (ep_medicare_gfe, 5), (ep_insured_selfpay, 4)]


# ---------------------------------------------------------------- noise (no PHI)
def n_zl_estimate():
    svc = rnd.choice(SERVICES)
    code = svc[3][0][1]
    return zl("info", {"request_id": xid(), "method": "GET", "path": "/v1/estimates",
                       "query": "code=%s&payer=%s&setting=%s" % (code, rnd.choice(["self", "39026", "60054", "00950"]),
                                                                  rnd.choice(["outpatient", "inpatient"])),
                       "status": 200, "latency_ms": round(rnd.uniform(4, 260), 1), "bytes_out": rnd.randint(800, 5200)},
              "request completed")


def n_zl_cache():
    svc = rnd.choice(SERVICES)
    return zl("debug", {"cache": "redis", "key": "est:%s:%s" % (svc[3][0][1], rnd.choice(["self", "39026", "87726"])),
                        "hit": rnd.random() < 0.8, "ttl_s": rnd.randint(60, 3600)}, "cache lookup")


def n_zl_rate():
    svc = rnd.choice(SERVICES)
    it = rnd.choice(svc[3])
    py = rnd.choice(PAYERS)
    return zl("warn", {"cdm_line": it[0], "code": it[1], "payer_id": py[0], "plan": py[1],
                       "fallback": "gross_charge", "gross": Raw(money(it[5]))},
              "no negotiated rate in MRF; using gross charge")


def n_zl_mrf():
    return zl("info", {"file": MRF_NAME, "sha256": sha256(), "rows": rnd.randint(47000, 49000), "payers": 37,
                       "load_ms": rnd.randint(4000, 19000)}, "standard charges reloaded")


def n_zl_health():
    return zl("debug", {"method": "GET", "path": "/healthz", "status": 200, "remote": priv_ip(),
                        "latency_ms": round(rnd.uniform(0.1, 2), 2)}, "request completed")


def n_pino_page():
    svc = rnd.choice(SERVICES)
    return pino("info", {"reqId": "req-" + hexs(4), "req": {"method": "GET", "url": "/estimate/%s" % svc[0]},
                         "res": {"statusCode": 200}, "responseTime": rnd.randint(20, 400)}, "request completed")


def n_pino_isr():
    return pino("info", {"route": "/price-list", "revalidate": 3600, "generatedIn": rnd.randint(300, 2200)},
                "ISR page regenerated")


def n_pino_upstream():
    return pino(rnd.choice(["warn", "error"]), {"err": {"type": "FetchError", "message":
                                                       "request to http://pe-api.pfs.svc.cluster.local:8080/v1/estimates failed, reason: socket hang up",
                                                       "code": "ECONNRESET"}, "attempt": rnd.randint(1, 3)},
                "upstream estimate call failed")


NEXT_CLI = ["  \u25b2 Next.js 14.2.3", "  - Local:        http://localhost:3000", "  - Network:      http://0.0.0.0:3000",
            " \u2713 Starting...", None]


def n_next_cli():
    b = B("nextjs-cli")
    c = rnd.random()
    if c < 0.3:
        b.t(" \u2713 Ready in %dms" % rnd.randint(180, 1400))
    elif c < 0.55:
        b.t(" \u26a0 Invalid next.config.js options detected: ")
        b.t("Unrecognized key(s) in object: 'swcMinify' at \"experimental\"")
    elif c < 0.8:
        b.t("  \u25b2 Next.js 14.2.3")
    else:
        b.t(" \u2a2f Error: Failed to fetch /v1/estimates?code=%s (503)" % rnd.choice(SERVICES)[3][0][1])
    return b


def n_lstash_fee():
    return lstash("INFO", "org.stbrigid.pfs.gfe.FeeScheduleCache", "Fee schedule loaded",
                  {"version": "2024Q2-r%d" % rnd.randint(1, 4), "rows": rnd.randint(47000, 49000),
                   "selfPayDiscountPct": Raw("42.0"), "agbPct": Raw("38.2"), "loadMs": rnd.randint(900, 6000)})


def n_lstash_drg():
    drg = rnd.choice([("470", "1.9045", "08"), ("807", "0.5985", "14"), ("788", "0.8531", "14"), ("419", "1.1954", "07")])
    return lstash("DEBUG", "org.stbrigid.pfs.gfe.drg.GrouperClient", "DRG grouper response",
                  {"msDrg": drg[0], "relativeWeight": Raw(drg[1]), "mdc": drg[2], "grouperVersion": "41.1",
                   "elapsedMs": rnd.randint(20, 300)})


def n_lstash_sla():
    return lstash("WARN", "org.stbrigid.pfs.gfe.SlaMonitor", "Co-provider GFE overdue",
                  {"gfeId": "GFE-24-%07d" % rnd.randint(51000, GFE_SEQ[0]), "coProviderNpi": rnd.choice(list(COPROV.values()))["npi"],
                   "businessDaysElapsed": rnd.randint(2, 4), "escalatedTo": "pfs-gfe@stbrigidlakeshore.org"})


def n_django_fpl():
    return django("INFO", "policy", ["Loaded FPL table year=2024 base=15060 per_additional=5380 tiers=[200,300,400] "
                                     "source=HHS-ASPE-2024-01-17"])


def n_django_misc():
    c = rnd.random()
    if c < 0.5:
        return django("WARNING", "log", ["Not Found: /fa/apply/step-%d/%s" % (rnd.randint(1, 6), hexs(8))])
    return django("INFO", "tasks", ["Nightly reminder sweep: %d applications incomplete > 30 days, %d reminders queued via noreply@stbrigidlakeshore.org"
                                    % (rnd.randint(10, 70), rnd.randint(5, 40))])


def n_celery():
    b = B("celery")
    c = rnd.random()
    if c < 0.4:
        celery_prefix(b, "WARNING", "ForkPoolWorker-%d" % rnd.randint(1, 4))
        b.t("Task fa.tasks.ocr_document[%s] retry: Retry in 30s: TimeoutError('textract job %s timed out')" % (uid(), hexs(16)))
    elif c < 0.7:
        celery_prefix(b, "INFO", "Beat")
        b.t("Scheduler: Sending due task fa-reminders (fa.tasks.send_incomplete_reminders)")
    else:
        celery_prefix(b, "INFO", "ForkPoolWorker-%d" % rnd.randint(1, 4))
        b.t("Task fa.tasks.recalc_fpl_tiers[%s] succeeded in %.3fs: {'updated': %d, 'year': 2024}" % (
            uid(), rnd.uniform(0.5, 12), rnd.randint(0, 40)))
    return b


def n_spring():
    c = rnd.random()
    if c < 0.35:
        return spring("INFO", "hikari", "pool-stats", ["HikariPool-1 - Pool stats (total=10, active=%d, idle=%d, waiting=0)" % (
            (lambda a: (a, 10 - a))(rnd.randint(0, 6)))])
    if c < 0.6:
        return spring("WARN", "retry", "pe-exec-%d" % rnd.randint(1, 8),
                      ["Vendor call retry attempt=%d status=429 retryAfter=%ds endpoint=/v3/propensity" % (
                          rnd.randint(1, 3), rnd.randint(1, 10))])
    if c < 0.8:
        return spring("INFO", "svc", "scheduling-1", ["Daily vendor reconciliation: requests=%d billable=%d rate=$0.%02d/hit" % (
            rnd.randint(80, 400), rnd.randint(60, 380), rnd.randint(20, 95))])
    return spring("INFO", "boot", "main", ["Started PresumptiveApplication in %.3f seconds (process running for %.3f)" % (
        rnd.uniform(5, 12), rnd.uniform(12, 14))])


def n_logback():
    c = rnd.random()
    if c < 0.3:
        return logback("INFO", "main", "o.s.b.c.l.support.SimpleJobLauncher",
                       ["Job: [FlowJob: [name=patientStatementJob]] launched with the following parameters: [{cycle=C%02d, run.id=%d}]" % (
                           rnd.randint(1, 28), rnd.randint(400, 900))])
    if c < 0.55:
        return logback("INFO", "sftp-1", "o.s.pfs.stmt.PrintVendorUploader",
                       ["uploaded SBLH_STMT_%s_%03d.pgp to sftp.printmail-vendor.com:/inbound bytes=%d sha256=%s" % (
                           loc().strftime("%Y%m%d"), rnd.randint(1, 12), rnd.randint(2000000, 90000000), sha256())])
    if c < 0.8:
        return logback("INFO", "stmt-worker-%d" % rnd.randint(1, 4), "o.s.pfs.stmt.StatementComposer",
                       ["chunk committed read=%d written=%d skipped=%d suppressedFaPending=%d suppressedBankruptcy=%d" % (
                           500, rnd.randint(470, 500), rnd.randint(0, 5), rnd.randint(0, 20), rnd.randint(0, 2))])
    return logback("WARN", "dunning-1", "o.s.pfs.dunning.DunningEngine",
                   ["501(r) notification window check: %d accounts at day 120, ECA blocked until FAP determination" %
                    rnd.randint(3, 40)])


def n_logrus():
    c = rnd.random()
    if c < 0.4:
        return logrus("info", "settlement batch closed", [("batch_id", "B" + digits(8)), ("count", rnd.randint(30, 400)),
                                                           ("net", money(rnd.uniform(4000, 90000))),
                                                           ("merchant_id", "SBLH-PFS-01"), ("processor", "elavon")])
    if c < 0.7:
        return logrus("warning", "authorization declined", [("plan_id", "PP-%06d" % rnd.randint(1000, 99999)),
                                                             ("token", "tok_" + hexs(24)),
                                                             ("response_code", rnd.choice(["05", "51", "54", "N7"])),
                                                             ("retry_in", "72h")])
    return logrus("info", "autopay run", [("scheduled", rnd.randint(100, 900)), ("succeeded", rnd.randint(90, 880)),
                                           ("failed", rnd.randint(0, 20)), ("duration", "%.1fs" % rnd.uniform(20, 300))])


def n_laravel():
    c = rnd.random()
    if c < 0.3:
        return laravel("INFO", ["Scheduled command finished"], {"command": "statements:notify --cycle=C%02d" % rnd.randint(1, 28),
                                                                 "runtime_ms": rnd.randint(200, 90000)})
    if c < 0.5:
        return laravel("WARNING", ["Redis connection latency high"], {"host": "redis-pfs-01", "ms": rnd.randint(80, 600)})
    if c < 0.75:
        b = B("laravel-queue")
        b.t("  %s App\\Jobs\\%s %s %.2fms DONE" % (loc().strftime("%Y-%m-%d %H:%M:%S"),
                                                    rnd.choice(["SyncHospitalPricesJob", "PurgeExpiredUploads",
                                                                "RefreshPayerDirectory"]), "." * 30, rnd.uniform(30, 9000)))
        return b
    b = B("laravel-trace")
    n = rnd.randint(0, 30)
    b.t("#%d /var/www/billing/vendor/laravel/framework/src/Illuminate/%s" % (n, rnd.choice([
        "Database/Connection.php(801): Illuminate\\Database\\Connection->runQueryCallback()",
        "Database/Query/Builder.php(3549): Illuminate\\Database\\Connection->insert()",
        "Routing/Pipeline.php(167): Illuminate\\Routing\\Pipeline->Illuminate\\Routing\\{closure}()",
        "Foundation/Http/Kernel.php(200): Illuminate\\Pipeline\\Pipeline->then()"])))
    return b


def n_nginx():
    c = rnd.random()
    if c < 0.5:
        return nginx(priv_ip(), None, "GET", ["/healthz"], 200, 2, "-", "kube-probe/1.29")
    if c < 0.8:
        return nginx(priv_ip(), None, "GET", ["/build/assets/app-%s.js" % hexs(8)], 200, rnd.randint(30000, 240000),
                     "-", "Prometheus-blackbox/0.24.0")
    return nginx(priv_ip(), None, "HEAD", ["/price-transparency/" + MRF_NAME], 200, 0, "-", "mrf-monitor/2.1")


def n_pg():
    c = rnd.random()
    if c < 0.25:
        return pg("LOG", ["checkpoint starting: time"], who="@", pid=1187)
    if c < 0.45:
        w = rnd.randint(800, 4000)
        return pg("LOG", ["checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; "
                          "write=%.3f s, sync=%.3f s, total=%.3f s; sync files=%d, longest=0.004 s, average=0.001 s; "
                          "distance=%d kB, estimate=%d kB" % (w, w / 163.84, rnd.randint(0, 3), rnd.uniform(100, 270),
                                                            rnd.uniform(0.001, 0.05), rnd.uniform(100, 270),
                                                            rnd.randint(10, 60), rnd.randint(8000, 30000),
                                                            rnd.randint(8000, 30000))], who="@", pid=1187)
    if c < 0.65:
        return pg("LOG", ["connection authorized: user=pfs_app database=pfs application_name=%s SSL enabled "
                          "(protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % rnd.choice(
                              ["gfe-service", "pe-api", "billing-portal", "fa-intake", "stmt-batch"])])
    if c < 0.85:
        return pg("LOG", ["automatic vacuum of table \"pfs.public.%s\": index scans: 1" % rnd.choice(
            ["gfe_document", "fa_household_member", "statement_line", "payment_plan", "ppdr_case"])], who="@",
                  pid=rnd.randint(40000, 49999))
    return pg("LOG", ["duration: %.3f ms  statement: SELECT cdm_line, hcpcs, gross_charge FROM chargemaster WHERE hcpcs = ANY($1) AND effective_to IS NULL"
                      % rnd.uniform(1, 60)], who="pe_ro@pfs")


def n_redis():
    c = rnd.random()
    t = clock.strftime("%d %b %Y %H:%M:%S.") + ms3(clock)
    b = B("redis")
    if c < 0.3:
        b.t("1:M %s * %d changes in 300 seconds. Saving..." % (t, rnd.randint(100, 900)))
    elif c < 0.5:
        b.t("1:M %s * Background saving started by pid %d" % (t, rnd.randint(3000, 9000)))
    elif c < 0.7:
        b.t("%d:C %s * DB saved on disk" % (rnd.randint(3000, 9000), t))
    elif c < 0.85:
        b.t("1:M %s * Background saving terminated with success" % t)
    else:
        b = B("redis-monitor")
        b.t("%s [0 %s:%d] \"INCR\" \"ratelimit:pe-api:%s\"" % (ts_epoch_us(), "10.40.3.21", rnd.randint(40000, 60999),
                                                               priv_ip()))
    return b


def n_redis_mon():
    svc = rnd.choice(SERVICES)
    return redis_mon(["GET", "est:%s:self" % svc[3][0][1]])


def n_slog():
    c = rnd.random()
    if c < 0.5:
        return slog("info", "ppdr.sla.scan", [("open_cases", rnd.randint(5, 30)), ("due_within_10bd", rnd.randint(0, 6)),
                                              ("overdue", rnd.randint(0, 2)), ("run_ms", rnd.randint(40, 900))])
    return slog("info", "ppdr.sdre.roster.refreshed", [("count", rnd.randint(5, 9)), ("source", "cms.gov/nosurprises"),
                                                       ("etag", hexs(16))])


def n_syslog():
    c = rnd.random()
    pid = rnd.randint(2000, 9000)
    if c < 0.3:
        return syslog("mrf-publish", pid, "generated %s rows=%d payers=37 plans=112 bytes=%d schema=2.0.0" % (
            MRF_NAME, rnd.randint(47000, 49000), rnd.randint(380000000, 440000000)))
    if c < 0.5:
        return syslog("mrf-publish", pid, "sha256(%s)=%s" % (MRF_NAME, sha256()))
    if c < 0.7:
        return syslog("mrf-publish", pid, "cms-hpt.txt updated: location-name=%s; source-page-url=https://www.stbrigidlakeshore.org/price-transparency; "
                                          "mrf-url=https://www.stbrigidlakeshore.org/price-transparency/%s; contact-name=Gregory Lutz; "
                                          "contact-email=price.transparency@stbrigidlakeshore.org" % (HOSP_NAME, MRF_NAME))
    if c < 0.85:
        return syslog("mrf-publish", pid, "validator cms-hpt-validator 1.4.2: 0 errors, %d warnings (type 2 NPI %s, TIN %s)" % (
            rnd.randint(0, 20), HOSP_NPI, HOSP_TIN))
    return syslog("CRON", pid, "(pfsbatch) CMD (/opt/pfs/bin/shoppable-services --top 300 --out /srv/mrf/shoppable_%s.csv)" %
                  loc().strftime("%Y%m%d"))


def n_cti():
    fc = rnd.choice(STAFF[:5])
    c = rnd.random()
    if c < 0.5:
        return cti("AGENT_STATE", "-", [" Agent=%s State=%s Reason=%s" % (fc[1], rnd.choice(["READY", "NOT_READY", "LOGOUT"]),
                                                                        rnd.choice(["LUNCH", "BREAK", "MEETING", "-"]))])
    return cti("QUEUE_STATS", "-", [" Queue=%s InQueue=%d LongestWait=%ds AgentsReady=%d SL80/30=%.1f%%" % (
        rnd.choice(["PFS_SELFPAY", "PFS_FA", "PFS_BILLING_ES", "PFS_GFE"]), rnd.randint(0, 14), rnd.randint(0, 600),
        rnd.randint(0, 7), rnd.uniform(40, 98))])


def n_fax():
    c = rnd.choice(list(COPROV.values()))
    return fax(["TX  JobID=%d To=\"%s\" Fax=%s Pages=%d Duration=00:0%d:%02d Status=%s" % (
        rnd.randint(880000, 889999), c["name"][:24], c["fax"], rnd.randint(1, 6), rnd.randint(0, 3), rnd.randint(0, 59),
        rnd.choice(["OK", "OK", "BUSY_RETRY", "NO_ANSWER"]))])


NOISE = [(n_zl_estimate, 14), (n_zl_cache, 6), (n_zl_rate, 6), (n_zl_mrf, 2), (n_zl_health, 5), (n_pino_page, 8),
         (n_pino_isr, 2), (n_pino_upstream, 2), (n_next_cli, 3), (n_lstash_fee, 2), (n_lstash_drg, 3), (n_lstash_sla, 3),
         (n_django_fpl, 2), (n_django_misc, 3), (n_celery, 4), (n_spring, 5), (n_logback, 6), (n_logrus, 5),
         (n_laravel, 6), (n_nginx, 6), (n_pg, 8), (n_redis, 5), (n_redis_mon, 3), (n_slog, 3), (n_syslog, 5),
         (n_cti, 4), (n_fax, 2)]


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = rnd.uniform(0, tot)
    for f, w in pairs:
        x -= w
        if x <= 0:
            return f
    return pairs[-1][0]


# ---------------------------------------------------------------- main loop
def main():
    lines = []
    active = []
    phi = 0
    while len(lines) < N_LINES:
        tick(0.5, 75)
        ratio = phi / len(lines) if lines else 0
        if ratio < 0.45 and rnd.random() < 0.85:
            if not active or (len(active) < 3 and rnd.random() < 0.3):
                fn = wchoice(EPISODES)
                p = pick_patient()
                if fn is ep_medicare_gfe:
                    old = [q for q in PATIENTS if age_on(q.dob) > 89]
                    p = rnd.choice(old if rnd.random() < 0.7 else [q for q in PATIENTS if q.mbi])
                elif fn is ep_cti and rnd.random() < 0.2:
                    p = rnd.choice([q for q in PATIENTS if age_on(q.dob) > 89])
                elif fn is ep_fa:
                    fresh = [q for q in PATIENTS if not getattr(q, "fa_done", False)]
                    p = rnd.choice(fresh or PATIENTS)
                    p.fa_done = True
                active.append(fn(p))
            g = rnd.choice(active)
            try:
                b = next(g)
            except StopIteration:
                active.remove(g)
                continue
        else:
            b = wchoice(NOISE)()
        for x in (b if isinstance(b, list) else [b]):
            lines.append(x)
            if x.sp:
                phi += 1
    lines = lines[:N_LINES]
    out_log = bytearray()
    labels = []
    for i, b in enumerate(lines, 1):
        raw = bytes(b.buf)
        assert b"\n" not in raw, (i, raw[:200])
        assert len(raw) <= 4000, (i, len(raw))
        raw.decode("utf-8")
        last = 0
        spans = []
        for (s, e, cat, val) in sorted(b.sp):
            assert s >= last, ("overlap", i)
            assert raw[s:e] == val.encode("utf-8"), (i, raw[s:e], val)
            assert e > s
            last = e
            spans.append({"s": s, "e": e, "cat": cat})
        out_log += raw + b"\n"
        labels.append(json.dumps({"line": i, "family": b.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, "em.log"), "wb") as f:
        f.write(bytes(out_log))
    with open(os.path.join(HERE, "em.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
