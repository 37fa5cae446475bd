#!/usr/bin/env python3
"""Synthetic, labeled PHI test corpus "ba".

Theme: XML / SOAP enterprise integration in a health system (BizTalk, MuleSoft,
Boomi, IBM WebSphere / App Connect, Oracle SOA / OSB, Apache Camel / ServiceMix,
SOAP faults, WS-Security, CDATA-wrapped HL7 / JSON / X12, CDA, CAQH CORE, schema and
XSLT errors, XML escaped inside JSON, HTML-entity-escaped XML, config dumps,
mapping traces).

Standard library only; fixed seed; writes ba.log (500 lines) and ba.labels.jsonl.
All people, numbers and addresses are synthetic.
"""
import datetime
import json
import os
import random
import sys
import unicodedata

CID = "ba"
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(0xBA5EED)
N_LINES = 500
TARGET_NEG = 0.42

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip",
        "biometric", "photo", "other_id"}


# ----------------------------------------------------------------------------
# escaping (all char-local, so they can be applied piece by piece)
# ----------------------------------------------------------------------------
def x_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def x_attr(s):
    return x_text(s).replace('"', "&quot;")


def x_attr_apos(s):
    return x_text(s).replace("'", "&apos;")


def j_str(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def j_str_ascii(s):
    return json.dumps(s)[1:-1]


def j_str_slash(s):
    return json.dumps(s, ensure_ascii=False)[1:-1].replace("/", "\\/")


def html_esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def hl7_esc(s):
    # HL7 v2 escaping of delimiters inside a field value
    return (s.replace("\\", "\\E\\").replace("|", "\\F\\").replace("^", "\\S\\")
            .replace("&", "\\T\\").replace("~", "\\R\\"))


# ----------------------------------------------------------------------------
# line builder: records byte offsets while a line is assembled
# ----------------------------------------------------------------------------
class B:
    def __init__(self, fam=None):
        self.fam = fam
        self.parts = []  # (text, cat, raw, chain)

    def t(self, *ss):
        for s in ss:
            self.parts.append((str(s), None, None, ()))
        return self

    def v(self, raw, cat, enc=None):
        assert cat in CATS, cat
        raw = str(raw)
        txt = enc(raw) if enc else raw
        self.parts.append((txt, cat, raw, (enc,) if enc else ()))
        return self

    def o(self, raw, cat, enc=None):
        """optional-category value: label when cat is set, plain text otherwise"""
        if cat:
            return self.v(raw, cat, enc)
        return self.t(enc(str(raw)) if enc else str(raw))

    def add(self, other, esc=None):
        for txt, cat, raw, chain in other.parts:
            if esc is not None:
                txt = esc(txt)
                chain = chain + (esc,)
            self.parts.append((txt, cat, raw, chain))
        return self

    def render(self):
        out = bytearray()
        spans = []
        for txt, cat, raw, chain in self.parts:
            bt = txt.encode("utf-8")
            if cat:
                spans.append({"s": len(out), "e": len(out) + len(bt), "cat": cat,
                              "_raw": raw, "_chain": chain})
            out += bt
        return bytes(out), spans


# ----------------------------------------------------------------------------
# random helpers
# ----------------------------------------------------------------------------
def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def rhex(n, up=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if up else s


def rlet(n, alpha="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(R.choice(alpha) for _ in range(n))


def ruuid():
    h = rhex(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def rguid():
    return "{" + ruuid().upper() + "}"


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def rb64(n):
    s = "".join(R.choice(B64) for _ in range(n))
    return s


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
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


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def gen_npi():
    body = R.choice("12") + rdig(8)
    chk = luhn_digit("80840" + body)
    return body + chk


def gen_card():
    if R.random() < 0.6:
        body = "4" + rdig(14)
    else:
        body = "5" + R.choice("12345") + rdig(13)
    n = body + luhn_digit(body)
    assert luhn_ok(n)
    return n


def gen_imei():
    body = R.choice(["35", "86", "01"]) + rdig(12)
    n = body + luhn_digit(body)
    assert luhn_ok(n)
    return n


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGH", range(1, 9)))
VIN_TR.update(dict(zip("JKLMN", range(1, 6))))
VIN_TR.update({"P": 7, "R": 9})
VIN_TR.update(dict(zip("STUVWXYZ", range(2, 10))))
VIN_TR.update({str(i): i for i in range(10)})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if s == 10 else str(s)


def gen_vin():
    wmi = R.choice(["1HG", "2T1", "3FA", "5YJ", "JTD", "1FT", "WVW", "KNA", "1C4", "4T1"])
    vds = "".join(R.choice(VIN_CH) for _ in range(5))
    year = R.choice("ABCDEFGHJKLMNPR123456789")
    plant = R.choice(VIN_CH)
    serial = rdig(6)
    v = wmi + vds + "0" + year + plant + serial
    v = v[:8] + vin_check(v) + v[9:]
    assert vin_check(v) == v[8]
    return v


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def gen_mbi(dashed=False):
    an = MBI_L + "0123456789"
    m = (R.choice("123456789") + R.choice(MBI_L) + R.choice(an) + R.choice("0123456789")
         + R.choice(MBI_L) + R.choice(an) + R.choice("0123456789") + R.choice(MBI_L)
         + R.choice(MBI_L) + R.choice("0123456789") + R.choice("0123456789"))
    if dashed:
        return f"{m[:4]}-{m[4:7]}-{m[7:]}"
    return m


def gen_exch():
    while True:
        e = R.choice("23456789") + rdig(2)
        if e[1:] != "11":
            return e


def public_ip():
    first = R.choice([24, 47, 50, 66, 67, 68, 69, 71, 73, 74, 75, 76, 96, 97, 98, 99, 107,
                      108, 142, 166, 173, 174, 184, 208])
    return f"{first}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"


def private_ip():
    k = R.randrange(3)
    if k == 0:
        return f"10.{R.randint(0, 40)}.{R.randint(0, 254)}.{R.randint(2, 250)}"
    if k == 1:
        return f"172.{R.randint(16, 31)}.{R.randint(0, 254)}.{R.randint(2, 250)}"
    return f"192.168.{R.randint(0, 30)}.{R.randint(2, 250)}"


def fold(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ----------------------------------------------------------------------------
# synthetic people
# ----------------------------------------------------------------------------
ORIGINS = {
    "igbo": (["Adaeze", "Chukwuemeka", "Ngozi", "Obinna", "Chiamaka", "Ifeanyi"],
             ["Okafor", "Nwosu", "Eze", "Okonkwo", "Obi", "Anyanwu"]),
    "vietnamese": (["Lan", "Minh", "Thảo", "Huy", "Linh", "Tuấn"],
                   ["Nguyễn", "Trần", "Phạm", "Lê", "Võ", "Đặng"]),
    "chinese": (["Wei", "Xiaoling", "Jun", "Mei", "Hao", "Yufei"],
                ["Zhang", "Chen", "Liu", "Huang", "Zhou", "Xu"]),
    "indian": (["Priya", "Arjun", "Lakshmi", "Rohan", "Ananya", "Venkat"],
               ["Raghunathan", "Venkataraman", "Iyer", "Patel", "Chaudhary", "Reddy"]),
    "arabic": (["Fatima", "Omar", "Yousef", "Layla", "Khalid", "Noor"],
               ["Al-Hashimi", "Haddad", "Nasser", "Khoury", "El-Amin", "Saleh"]),
    "hispanic": (["José", "María", "Guadalupe", "Alejandro", "Xiomara", "Jesús"],
                 ["Gutiérrez", "Hernández", "Peña", "Ibarra", "Castañeda", "Muñoz"]),
    "polish": (["Grzegorz", "Agnieszka", "Wojciech", "Małgorzata"],
               ["Wiśniewski", "Kowalczyk", "Zieliński", "Nowak"]),
    "irish": (["Siobhán", "Ciarán", "Aoife", "Declan"],
              ["O'Connell", "O'Sullivan", "McCarthy", "Byrne"]),
    "korean": (["Seo-yeon", "Min-jun", "Ji-woo", "Hyun"], ["Park", "Kim", "Choi", "Jung"]),
    "japanese": (["Haruto", "Yui", "Kenji", "Aiko"], ["Takahashi", "Watanabe", "Yamamoto", "Sato"]),
    "somali": (["Abdirahman", "Hodan", "Faadumo", "Mohamed"], ["Warsame", "Farah", "Abdi", "Jama"]),
    "greek": (["Eleni", "Dimitrios", "Sofia", "Konstantinos"],
              ["Papadopoulou", "Georgiou", "Nikolaidis", "Christodoulou"]),
    "german": (["Jürgen", "Annelie", "Lukas", "Greta"], ["Müller", "Schröder", "Becker", "Hoffmann"]),
    "ethiopian": (["Tigist", "Dawit", "Meseret", "Yonas"], ["Bekele", "Tesfaye", "Haile", "Girma"]),
    "filipino": (["Maricel", "Jericho", "Rowena", "Bienvenido"],
                 ["Dela Cruz", "Santos", "Bautista", "Magsaysay"]),
    "turkish": (["Ayşe", "Emre", "Zeynep", "Mehmet"], ["Yılmaz", "Öztürk", "Çelik", "Demir"]),
    "wordy": (["Hope", "Faith", "Grant", "Will", "Rose", "Summer", "Hunter", "Dawn", "Amber",
               "Joy", "Mark", "Bill", "Iris", "Ivy", "Guy", "Pearl", "Sky", "River", "Page",
               "Major", "Chance", "Autumn", "Royal"],
              ["Baker", "King", "Young", "Street", "Church", "Rice", "Bell", "Fox", "Love",
               "Black", "White", "Winter", "Hall", "Field", "Moody", "Price", "Little", "Cook",
               "Strong", "Wood", "Small", "Bass", "Frost"]),
    "russian": (["Dmitri", "Svetlana", "Anastasia", "Igor"], ["Volkov", "Sokolova", "Ivanova", "Kuznetsov"]),
    "hawaiian": (["Keoni", "Leilani", "Kalani", "Malia"], ["Kahananui", "Akana", "Kealoha", "Kamakau"]),
    "black_american": (["DeShawn", "Latoya", "Jamal", "Imani", "Tyrese"],
                       ["Washington", "Jefferson", "Robinson", "Jackson", "Banks"]),
    "dine": (["Naomi", "Darrell", "Shandiin", "Ahiga"], ["Begay", "Yazzie", "Tsosie", "Benally"]),
}
ORIGIN_KEYS = list(ORIGINS)
ORIGIN_W = [3 if k == "wordy" else 1 for k in ORIGIN_KEYS]

# city, state, zip3, county, area code
CITIES = [
    ("Dayton", "OH", "454", "Montgomery", "937"), ("Tacoma", "WA", "984", "Pierce", "253"),
    ("Lowell", "MA", "018", "Middlesex", "978"), ("Fresno", "CA", "937", "Fresno", "559"),
    ("Dearborn", "MI", "481", "Wayne", "313"), ("Worcester", "MA", "016", "Worcester", "508"),
    ("Gainesville", "FL", "326", "Alachua", "352"), ("Albuquerque", "NM", "871", "Bernalillo", "505"),
    ("Burlington", "VT", "054", "Chittenden", "802"), ("Minneapolis", "MN", "554", "Hennepin", "612"),
    ("San Antonio", "TX", "782", "Bexar", "210"), ("Paterson", "NJ", "075", "Passaic", "973"),
    ("Honolulu", "HI", "968", "Honolulu", "808"), ("Columbus", "GA", "319", "Muscogee", "706"),
    ("Lancaster", "PA", "176", "Lancaster", "717"), ("Boise", "ID", "837", "Ada", "208"),
    ("Hialeah", "FL", "330", "Miami-Dade", "305"), ("Flushing", "NY", "113", "Queens", "718"),
    ("Springfield", "IL", "627", "Sangamon", "217"), ("Eugene", "OR", "974", "Lane", "541"),
    ("Gallup", "NM", "873", "McKinley", "505"), ("Kettering", "OH", "454", "Montgomery", "937"),
    ("Cicero", "IL", "608", "Cook", "708"), ("Lewiston", "ME", "042", "Androscoggin", "207"),
]
AREAS = [c[4] for c in CITIES] + ["415", "646", "702", "919", "248", "480"]
STREETS = ["Bramble Ct", "Larkspur Ln", "W Elm St", "N Kedzie Ave", "Calle del Sol", "Old Mill Rd",
           "Maple Ave", "Rosewood Dr", "Church St", "Market St", "Orchard Way", "Linden Blvd",
           "Dunmore Ter", "Pinecrest Cir", "Harbor View Dr", "Spring Garden Rd", "Kilauea Ave",
           "S Wabash Ave", "Fairmount Pl", "Hickory Hollow Rd", "Juniper St", "Cottonwood Trl",
           "E 4th St", "Summit Ave", "Prospect Hill Rd", "Bayberry Ln", "Cedar Crest Blvd",
           "Paseo Del Norte NE", "Riverside Dr", "Willow Bend Rd"]
UNITS = ["", "", "", "", "Apt 3B", "Unit 12", "#305", "Apt 1107", "Apt B", "Lot 44"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
             "comcast.net", "protonmail.com", "att.net"]
TODAY = datetime.date(2024, 3, 11)


def fmt_date(d, style):
    if isinstance(d, datetime.datetime):
        dd = d
    else:
        dd = datetime.datetime(d.year, d.month, d.day)
    m = {
        "iso": dd.strftime("%Y-%m-%d"),
        "d8": dd.strftime("%Y%m%d"),
        "us": dd.strftime("%m/%d/%Y"),
        "us_short": f"{dd.month}/{dd.day}/{dd.year}",
        "eu": dd.strftime("%d.%m.%Y"),
        "dmy": dd.strftime("%d/%m/%Y"),
        "mon": dd.strftime("%d-%b-%Y").upper(),
        "long": dd.strftime("%B ") + str(dd.day) + dd.strftime(", %Y"),
        "iso_dt": dd.strftime("%Y-%m-%dT%H:%M:%S"),
        "iso_z": dd.strftime("%Y-%m-%dZ"),
        "iso_tz": dd.strftime("%Y-%m-%dT%H:%M:%S") + "-05:00",
        "d12": dd.strftime("%Y%m%d%H%M"),
        "d14": dd.strftime("%Y%m%d%H%M%S"),
        "net": dd.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    return m[style]


def fmt_phone(ph, style):
    a, e, ln = ph
    return {"paren": f"({a}) {e}-{ln}", "dash": f"{a}-{e}-{ln}", "dot": f"{a}.{e}.{ln}",
            "e164": f"+1{a}{e}{ln}", "plain": f"{a}{e}{ln}", "intl": f"+1 {a} {e} {ln}",
            "hl7": f"({a}){e}-{ln}", "one": f"1-{a}-{e}-{ln}", "tel": f"+1-{a}-{e}-{ln}"}[style]


PHONE_STYLES = ["paren", "dash", "dot", "e164", "plain", "intl", "one"]


def gen_mrn():
    k = R.randrange(7)
    return [rdig(7), "E" + rdig(7), "00" + rdig(7), "M" + rdig(8), rdig(8), "LCH" + rdig(6),
            "MR-" + rdig(6)][k]


def gen_member():
    k = R.randrange(7)
    return ["W" + rdig(9), rlet(3) + rdig(9), "ZGP" + rdig(8), rdig(9) + "01",
            "NWH" + rdig(8), "M" + rdig(10), rlet(2) + rdig(7) + "-0" + R.choice("1234")][k]


def gen_medicaid():
    k = R.randrange(3)
    return [rlet(2) + rdig(5) + rlet(1), "9" + rdig(7) + R.choice("ABCDEFGH"), rdig(10)][k]


def gen_acct():
    k = R.randrange(5)
    return [rdig(8), rdig(10), "A" + rdig(9), "PA" + rdig(7), "HAR" + rdig(8)][k]


def gen_dl(state):
    f = {
        "CA": lambda: rlet(1) + rdig(7), "NY": lambda: f"{rdig(3)} {rdig(3)} {rdig(3)}",
        "FL": lambda: f"{rlet(1)}{rdig(3)}-{rdig(3)}-{rdig(2)}-{rdig(3)}-{rdig(1)}",
        "IL": lambda: f"{rlet(1)}{rdig(3)}-{rdig(4)}-{rdig(4)}", "TX": lambda: rdig(8),
        "WA": lambda: "WDL" + rlet(3) + rdig(6), "OH": lambda: rlet(2) + rdig(6),
        "MA": lambda: "S" + rdig(8), "PA": lambda: rdig(8), "MI": lambda: rlet(1) + rdig(12),
    }
    return f.get(state, lambda: rlet(1) + rdig(8))()


class Person:
    def __init__(self, old=False, minor=False, like=None):
        o = R.choices(ORIGIN_KEYS, ORIGIN_W)[0]
        fs, ls = ORIGINS[o]
        self.first = R.choice(fs)
        self.last = like.last if (like is not None and R.random() < 0.7) else R.choice(ls)
        self.middle = R.choice(["A", "J", "M", "R", "L", "K", "T"])
        self.sex = R.choice("FM")
        if old or (not minor and R.random() < 0.08):
            y = R.randint(1925, 1933)
        elif minor:
            y = R.randint(2009, 2022)
        else:
            y = R.randint(1936, 2003)
        self.dob = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
        if like is not None and R.random() < 0.8:
            (self.city, self.state, self.zip, self.county, self.area, self.street,
             self.zip4) = (like.city, like.state, like.zip, like.county, like.area,
                           like.street, like.zip4)
        else:
            c = R.choice(CITIES)
            self.city, self.state, z3, self.county, self.area = c
            self.zip = z3 + rdig(2)
            self.zip4 = rdig(4)
            u = R.choice(UNITS)
            self.street = f"{R.randint(2, 9899)} {R.choice(STREETS)}" + (f" {u}" if u else "")
        self.phone = (self.area, gen_exch(), rdig(4))
        self.cell = (R.choice(AREAS), gen_exch(), rdig(4))
        self.ssn = gen_ssn()
        self.mrn = gen_mrn()
        self.member = gen_member()
        self.mbi = gen_mbi()
        self.medicaid = gen_medicaid()
        self.acct = gen_acct()
        self.dl = gen_dl(self.state)
        self.group = R.choice(["GRP", "G", ""]) + rdig(R.choice([5, 6, 7]))
        self.dos = TODAY - datetime.timedelta(days=R.randint(1, 75))
        self.admit = datetime.datetime.combine(TODAY - datetime.timedelta(days=R.randint(0, 20)),
                                               datetime.time(R.randint(0, 23), R.randint(0, 59)))
        fl, ll = fold(self.first).lower().replace("-", ""), fold(self.last).lower().replace("'", "").replace(" ", "").replace("-", "")
        k = R.randrange(5)
        user = [f"{fl}.{ll}", f"{fl[0]}{ll}{self.dob.year % 100:02d}", f"{fl}{ll}{R.randint(1, 99)}",
                f"{ll}.{fl}", f"{fl}_{ll}"][k]
        self.email = f"{user}@{R.choice(EMAIL_DOM)}"
        self.username = f"{fl[0]}{ll}{rdig(2)}"
        self.passport = passport()
        self.device_serial = R.choice([f"{rlet(2)}{rdig(2)}-{rdig(6)}", f"SN{rdig(9)}", f"{rlet(3)}{rdig(4)}{rlet(1)}{rdig(3)}", f"G{rdig(1)}{rlet(2)}{rdig(5)}"])
        self.empid = R.choice(["E", "EMP", "W", ""]) + rdig(R.choice([5, 6, 7]))
        self.portal_url = R.choice([
            f"https://myhealth.lakeshorehealth.org/patients/{self.mrn}/visits",
            f"https://members.northwindhp.com/portal/member/{self.member}/claims",
            f"https://fhir.lakeshorehealth.org/r4/Patient/{self.mrn}",
            f"https://www.caringnotes.org/visit/{fl}{ll}",
        ])

    @property
    def age(self):
        a = TODAY.year - self.dob.year
        if (TODAY.month, TODAY.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a

    def zipv(self, plus4=None):
        if plus4 is None:
            plus4 = R.random() < 0.25
        return f"{self.zip}-{self.zip4}" if plus4 else self.zip


# ----------------------------------------------------------------------------
# non-PHI look-alike material
# ----------------------------------------------------------------------------
ORGS = ["Lakeshore Community Hospital", "Mercy Valley Medical Center", "Northwind Health Plan",
        "Cascade Mutual Insurance", "Pioneer Family Clinic", "St. Brigid Regional Health",
        "Harborview Orthopedics", "BluePeak Health Partners", "Summit Ridge Imaging",
        "Riverbend Pediatrics"]
PAYERS = [("Northwind Health Plan", "NWHP01", "core.northwindhp.com"),
          ("Cascade Mutual Insurance", "CSCD7", "edi.cascademutual.com"),
          ("BluePeak Health Partners", "BPK220", "b2b.bluepeakhealth.net"),
          ("Keystone Medicaid MCO", "KMCO4", "soap.keystonemco.org")]
STAFF = [("Rebecca", "Lindqvist", "MD"), ("Samuel", "Okoro", "MD"), ("Nasrin", "Farahani", "RN"),
         ("Grant", "Hollis", "DO"), ("Joy", "Abernathy", "NP"), ("Tomasz", "Brzezinski", "PA-C"),
         ("Hope", "Castillo", "MD"), ("Amit", "Deshpande", "MD"), ("Will", "Sorensen", "RN"),
         ("Iris", "Matsumoto", "MD")]
ORG_ADDR = [("1200 Medical Center Dr", "Suite 400", "Dayton", "OH", "45409"),
            ("PO Box 14220", "", "Lexington", "KY", "40512"),
            ("3401 Harbor Blvd", "Floor 2", "Tacoma", "WA", "98421"),
            ("77 Commerce Park", "", "Worcester", "MA", "01605")]
HOSTS = ["btsprd01.corp.lakeshorehealth.org", "btsprd02", "muleprd-w3.lakeshore.local",
         "aceprd02", "soaprd01.lakeshore.local", "esb-karaf-01", "wasnode03", "atom-prod-2",
         "camel-hl7-01", "osbprd02.lakeshore.local"]
REGIONS = ["us-east-2", "us-west-2", "eastus2", "centralus", "us-gov-west-1"]
STAFF_NPI = {s: gen_npi() for s in [x[1] for x in STAFF]}


def staff():
    return R.choice(STAFF)


# ----------------------------------------------------------------------------
# key naming variety
# ----------------------------------------------------------------------------
CONCEPTS = {
    "first": [["First", "Name"], ["Given", "Name"], ["FName"], ["Patient", "First", "Name"],
              ["Given"], ["Forename"], ["Member", "First", "Name"], ["Vorname"], ["Prenom"]],
    "last": [["Last", "Name"], ["Family", "Name"], ["Surname"], ["LName"],
             ["Patient", "Last", "Name"], ["Family"], ["Subscriber", "Last", "Name"],
             ["Nachname"], ["Apellido"]],
    "full": [["Patient", "Name"], ["Name"], ["Member", "Name"], ["Full", "Name"], ["Pt", "Name"],
             ["Insured", "Name"], ["Nombre", "Completo"]],
    "dob": [["Date", "Of", "Birth"], ["DOB"], ["Birth", "Date"], ["Birth", "Dt"],
            ["Patient", "DOB"], ["Dob"], ["Member", "Birth", "Date"], ["Geburtsdatum"],
            ["Fecha", "Nacimiento"], ["Birth", "Time"]],
    "sex": [["Gender"], ["Sex"], ["Administrative", "Gender"], ["Gender", "Code"]],
    "mrn": [["MRN"], ["Medical", "Record", "Number"], ["Patient", "ID"], ["Mrn"], ["MR", "Num"],
            ["Chart", "Number"], ["Local", "Patient", "Id"], ["Pat", "Id"], ["EMPI", "Id"]],
    "member": [["Member", "ID"], ["Subscriber", "ID"], ["Member", "Number"], ["Insured", "ID"],
               ["Policy", "Number"], ["Mbr", "Id"], ["Card", "Holder", "ID"], ["Sub", "Id"],
               ["Beneficiary", "Id"], ["Versichertennummer"]],
    "mbi": [["MBI"], ["Medicare", "Beneficiary", "Identifier"], ["Medicare", "ID"], ["Mbi"]],
    "medicaid": [["Medicaid", "ID"], ["Medicaid", "Number"], ["CIN"], ["Recipient", "ID"]],
    "ssn": [["SSN"], ["Social", "Security", "Number"], ["Ssn"], ["Patient", "SSN"],
            ["Soc", "Sec", "No"], ["Subscriber", "SSN"]],
    "phone": [["Phone"], ["Home", "Phone"], ["Phone", "Number"], ["Tel"], ["Contact", "Phone"],
              ["Primary", "Phone"], ["Telefono"]],
    "cell": [["Mobile", "Phone"], ["Cell"], ["Cell", "Phone"], ["Mobile"], ["SMS", "Number"]],
    "email": [["Email"], ["Email", "Address"], ["EMail"], ["Contact", "Email"], ["Correo"]],
    "street": [["Address", "Line1"], ["Street"], ["Street", "Address"], ["Addr1"], ["Address1"],
               ["Line1"], ["Strasse"], ["Direccion"]],
    "city": [["City"], ["Town"], ["City", "Name"], ["Ort"], ["Ciudad"]],
    "county": [["County"], ["County", "Name"]],
    "state": [["State"], ["State", "Code"], ["St"], ["State", "Province"]],
    "zip": [["Zip"], ["Zip", "Code"], ["Postal", "Code"], ["Zip5"], ["Post", "Code"], ["PLZ"]],
    "acct": [["Account", "Number"], ["Patient", "Account", "No"], ["Acct", "Num"],
             ["Guarantor", "Account"], ["Billing", "Account"], ["Pat", "Acct"]],
    "dl": [["Drivers", "License"], ["DL", "Number"], ["License", "No"], ["Driver", "Lic", "Num"]],
    "fax": [["Fax"], ["Home", "Fax"], ["Fax", "Number"], ["Fax", "No"]],
    "passport": [["Passport", "Number"], ["Passport", "No"], ["Pasaporte"], ["Travel", "Doc", "Id"]],
    "empid": [["Employee", "ID"], ["Employee", "Number"], ["Emp", "Id"], ["Worker", "Id"]],
    "device": [["Device", "Serial"], ["Serial", "Number"], ["Pump", "Serial"], ["Cgm", "Serial"], ["Meter", "Sn"]],
    "portal": [["Portal", "Url"], ["Chart", "Link"], ["Self", "Link"], ["Patient", "Url"]],
    "dos": [["Service", "Date"], ["Date", "Of", "Service"], ["DOS"], ["Svc", "Dt", "From"],
            ["Encounter", "Date"]],
    "admit": [["Admit", "Date"], ["Admission", "Date"], ["Adm", "Dt"], ["Admit", "Date", "Time"]],
    "age": [["Age"], ["Patient", "Age"], ["Age", "Years"]],
    "group": [["Group", "Number"], ["Group", "Id"], ["Grp", "No"], ["Plan", "Group"]],
    "payer": [["Payer", "Id"], ["Payer", "Code"], ["Carrier", "Code"]],
    "npi": [["Provider", "NPI"], ["Npi"], ["Rendering", "NPI"], ["Billing", "Npi"]],
}
STYLES = ["pascal", "camel", "snake", "upper", "pascal", "camel"]


def fmt_key(toks, style):
    if style == "pascal":
        return "".join(toks)
    if style == "camel":
        return toks[0].lower() + "".join(toks[1:])
    if style == "snake":
        return "_".join(t.lower() for t in toks)
    if style == "upper":
        return "_".join(t.upper() for t in toks)
    if style == "kebab":
        return "-".join(t.lower() for t in toks)
    raise ValueError(style)


def kn(concept, style):
    return fmt_key(R.choice(CONCEPTS[concept]), style)


DS_XML = ["iso", "iso", "iso", "d8", "iso_dt", "us", "iso_z"]
DS_TEXT = ["us", "iso", "mon", "long", "eu", "dmy", "us_short", "d8"]


def value_of(p, c, ds, ps):
    if c == "first":
        return p.first, "name"
    if c == "last":
        return p.last, "name"
    if c == "full":
        return f"{p.first} {p.last}", "name"
    if c == "dob":
        return fmt_date(p.dob, ds), "date"
    if c == "sex":
        return p.sex, None
    if c == "mrn":
        return p.mrn, "mrn"
    if c == "member":
        return p.member, "health_plan"
    if c == "mbi":
        return p.mbi, "health_plan"
    if c == "medicaid":
        return p.medicaid, "health_plan"
    if c == "ssn":
        return (p.ssn if R.random() < 0.6 else p.ssn.replace("-", "")), "ssn"
    if c == "phone":
        return fmt_phone(p.phone, ps), "phone"
    if c == "cell":
        return fmt_phone(p.cell, ps), "phone"
    if c == "email":
        return p.email, "email"
    if c == "street":
        return p.street, "address"
    if c == "city":
        return p.city, "address"
    if c == "county":
        return p.county, "address"
    if c == "state":
        return p.state, None
    if c == "zip":
        return p.zipv(), "zip"
    if c == "acct":
        return p.acct, "account"
    if c == "dl":
        return p.dl, "license"
    if c == "dos":
        return fmt_date(p.dos, ds), "date"
    if c == "fax":
        return fmt_phone((p.area, gen_exch(), rdig(4)), ps), "fax"
    if c == "passport":
        return p.passport, "other_id"
    if c == "empid":
        return p.empid, "other_id"
    if c == "portal":
        return p.portal_url, "url"
    if c == "device":
        return p.device_serial, "device"
    if c == "admit":
        return fmt_date(p.admit, ds if ds not in ("iso", "us") else "iso_dt"), "date"
    if c == "age":
        return str(p.age), ("age" if p.age > 89 else None)
    if c == "group":
        return p.group, None
    if c == "payer":
        return R.choice(PAYERS)[1], None
    if c == "npi":
        return gen_npi(), None
    raise ValueError(c)


def fields_xml(p, concepts, prefix="", style=None, mode="elem", ds=None, ps=None, attr_enc=x_attr):
    """Build a sequence of XML elements (mode=elem) or attributes (mode=attr)."""
    style = style or R.choice(STYLES)
    ds = ds or R.choice(DS_XML)
    ps = ps or R.choice(PHONE_STYLES)
    b = B()
    for c in concepts:
        k = kn(c, style)
        val, cat = value_of(p, c, ds, ps)
        if mode == "elem":
            b.t(f"<{prefix}{k}>").o(val, cat, x_text).t(f"</{prefix}{k}>")
        else:
            b.t(f' {k}="').o(val, cat, attr_enc).t('"')
    return b


def fields_json(p, concepts, style=None, ds=None, ps=None, sep=",", kv=":", quote_num=True):
    style = style or R.choice(STYLES)
    ds = ds or R.choice(["iso", "iso", "us", "d8"])
    ps = ps or R.choice(PHONE_STYLES)
    b = B()
    first = True
    for c in concepts:
        k = kn(c, style)
        val, cat = value_of(p, c, ds, ps)
        if not first:
            b.t(sep)
        first = False
        if c == "age" and not quote_num:
            b.t(f'"{k}"{kv}').o(val, cat)
        else:
            b.t(f'"{k}"{kv}"').o(val, cat, j_str).t('"')
    return b


def fields_kv(p, concepts, style=None, ds=None, ps=None, sep=" ", eq="="):
    style = style or R.choice(STYLES)
    ds = ds or R.choice(DS_TEXT)
    ps = ps or R.choice(PHONE_STYLES)
    b = B()
    first = True
    for c in concepts:
        k = kn(c, style)
        val, cat = value_of(p, c, ds, ps)
        if not first:
            b.t(sep)
        first = False
        if " " in val or "," in val:
            b.t(f'{k}{eq}"').o(val, cat).t('"')
        else:
            b.t(f"{k}{eq}").o(val, cat)
    return b


# ----------------------------------------------------------------------------
# clock and timestamp formats (a log line's own timestamp is not PHI)
# ----------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.now = datetime.datetime(2024, 3, 11, 7, 58, 12, 118000)

    def tick(self):
        self.now += datetime.timedelta(milliseconds=R.randint(2, 2600))
        return self.now

    def utc(self):
        return self.now + datetime.timedelta(hours=4)


CLK = Clock()


def ts_comma():
    n = CLK.tick()
    return n.strftime("%Y-%m-%d %H:%M:%S,") + f"{n.microsecond // 1000:03d}"


def ts_dot():
    n = CLK.tick()
    return n.strftime("%Y-%m-%d %H:%M:%S.") + f"{n.microsecond // 1000:03d}"


def ts_isotz():
    n = CLK.tick()
    return n.strftime("%Y-%m-%dT%H:%M:%S.") + f"{n.microsecond // 1000:03d}-04:00"


def ts_zulu():
    CLK.tick()
    n = CLK.utc()
    return n.strftime("%Y-%m-%dT%H:%M:%S.") + f"{n.microsecond // 1000:03d}Z"


def ts_was():
    n = CLK.tick()
    return f"[{n.month}/{n.day}/{n.strftime('%y')} {n.hour}:{n.strftime('%M:%S')}:{n.microsecond // 1000:03d} EDT]"


def ts_boomi():
    n = CLK.tick()
    return n.strftime("%b %d, %Y ") + n.strftime("%I:%M:%S %p EDT").lstrip("0")


def ts_syslog():
    n = CLK.tick()
    return n.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if n.day < 10 else n.strftime("%b %d %H:%M:%S")


def ts_win():
    n = CLK.tick()
    return n.strftime("%m/%d/%Y %I:%M:%S %p")


def ts_wls():
    n = CLK.tick()
    return (n.strftime("%b %d, %Y, ") + n.strftime("%I:%M:%S").lstrip("0") + ","
            + f"{n.microsecond // 1000:03d} " + n.strftime("%p") + " EDT")


def ts_ace():
    CLK.tick()
    n = CLK.utc()
    return n.strftime("%Y-%m-%d %H:%M:%S.") + f"{n.microsecond:06d}"


def epoch_ms():
    n = CLK.utc()
    return str(int((n - datetime.datetime(1970, 1, 1)).total_seconds() * 1000))


# ----------------------------------------------------------------------------
# shared payload builders
# ----------------------------------------------------------------------------
def U(s):
    return s.upper()


def hl7_phone(ph):
    return fmt_phone(ph, "hl7")


def hl7_pid(p, upper=True, ssn=None, acct=None, maiden=None, esc=hl7_esc):
    f = (lambda s: esc(U(s))) if upper else esc
    b = B()
    b.t("PID|1||").v(p.mrn, "mrn").t(f"^^^{R.choice(['LCH', 'MVMC', 'SBRH'])}^MR")
    if ssn or (ssn is None and R.random() < 0.3):
        b.t("~").v(p.ssn.replace("-", ""), "ssn").t("^^^USSSA^SS")
    b.t("||").v(p.last, "name", f).t("^").v(p.first, "name", f).t("^^^^^L|")
    if maiden or (maiden is None and R.random() < 0.3):
        mom = Person()
        b.v(mom.last, "name", f).t("^^^^^^M")
    b.t("|").v(p.dob.strftime("%Y%m%d"), "date").t(f"|{p.sex}||{R.choice(['2106-3^White^CDCREC', '2054-5^Black or African American^CDCREC', '2028-9^Asian^CDCREC', '2131-1^Other Race^CDCREC'])}|")
    b.v(p.street, "address", f).t("^^").v(p.city, "address", f).t(f"^{p.state}^").v(p.zip, "zip").t("^USA^H")
    if R.random() < 0.4:
        b.t("^^").v(p.county, "address", f)
    b.t("||").v(hl7_phone(p.phone), "phone").t("^PRN^PH")
    if R.random() < 0.4:
        b.t("~").v(hl7_phone(p.cell), "phone").t("^PRN^CP")
    b.t(f"||{R.choice(['eng^English^ISO639', 'spa^Spanish^ISO639', 'vie^Vietnamese^ISO639', ''])}|{R.choice('SMWD')}||")
    if acct or (acct is None and R.random() < 0.5):
        b.v(p.acct, "account")
    b.t("|")
    if ssn is None and R.random() < 0.3:
        b.v(p.ssn, "ssn")
    return b


def hl7_nk1(p, rel=None, esc=hl7_esc):
    r = rel or Person(like=p)
    code = R.choice(["SPO^Spouse", "MTH^Mother", "FTH^Father", "DAU^Daughter", "SON^Son",
                     "GRD^Guardian", "EMC^Emergency Contact", "SIS^Sister"])
    b = B()
    b.t("NK1|1|").v(r.last, "name", lambda s: esc(U(s))).t("^").v(r.first, "name", lambda s: esc(U(s)))
    b.t(f"|{code}^HL70063|").v(r.street, "address", lambda s: esc(U(s))).t("^^").v(r.city, "address", lambda s: esc(U(s)))
    b.t(f"^{r.state}^").v(r.zip, "zip").t("|").v(hl7_phone(r.cell), "phone").t("||EC^Emergency Contact^HL70131")
    return b


def hl7_pv1(p):
    s = staff()
    fields = [""] * 45
    fields[1] = "1"
    fields[2] = R.choice(["I", "O", "E"])
    fields[3] = f"{R.choice(['4W', '3N', 'ED', 'ICU'])}^{R.randint(100, 499)}^{R.choice('AB')}^LCH"
    fields[7] = f"{STAFF_NPI[s[1]]}^{s[1].upper()}^{s[0].upper()}^^^^{s[2]}^^NPI"
    fields[10] = R.choice(["MED", "SUR", "CAR", "ONC"])
    fields[18] = R.choice(["INP", "OBS", "ER"])
    b = B()
    b.t("PV1|" + "|".join(fields[1:44]) + "|").v(p.admit.strftime("%Y%m%d%H%M"), "date")
    return b


def hl7_msh(mtype, app="EPIC", fac="LCH"):
    return (f"MSH|^~\\&|{app}|{fac}|{R.choice(['BIZTALK', 'ESB', 'CLOVERLEAF', 'RHAPSODY'])}|"
            f"{R.choice(['LCH', 'NWHP', 'STATEIIS'])}|{CLK.now.strftime('%Y%m%d%H%M%S')}||{mtype}|"
            f"{R.choice(['LCH', 'MSG', 'Q'])}{rdig(12)}|P|2.{R.choice(['3.1', '5.1', '5'])}")


def hl7_adt(p, sep="\\r"):
    b = B()
    ev = R.choice(["A04", "A08", "A01", "A03"])
    b.t(hl7_msh(f"ADT^{ev}^ADT_A01"), sep, f"EVN|{ev}|{CLK.now.strftime('%Y%m%d%H%M%S')}", sep)
    b.add(hl7_pid(p))
    if R.random() < 0.6:
        b.t(sep).add(hl7_nk1(p))
    b.t(sep).add(hl7_pv1(p))
    if p.age > 89 or R.random() < 0.15:
        b.t(sep, "OBX|1|NM|30525-0^Age^LN||").o(str(p.age), "age" if p.age > 89 else None).t("|a^year^UCUM|||||F")
    return b


def x12_sub(p, kind="270"):
    """subscriber loop of an X12 270/271 in ASCII upper case"""
    b = B()
    f = lambda s: fold(s).upper()
    b.t("NM1*IL*1*").v(p.last, "name", f).t("*").v(p.first, "name", f).t("****MI*").v(p.member, "health_plan").t("~")
    if kind == "271" or R.random() < 0.2:
        b.t("N3*").v(p.street, "address", f).t("~N4*").v(p.city, "address", f).t(f"*{p.state}*").v(p.zip + (p.zip4 if R.random() < 0.5 else ""), "zip").t("~")
    b.t("DMG*D8*").v(p.dob.strftime("%Y%m%d"), "date").t(f"*{p.sex}~")
    if kind == "271":
        b.t("INS*Y*18*001*25~DTP*346*D8*").v((p.dos - datetime.timedelta(days=R.randint(60, 400))).strftime("%Y%m%d"), "date").t("~")
        b.t(f"EB*1*IND*30**{R.choice(['GOLD PPO', 'HMO SELECT', 'MEDICAID MANAGED CARE', 'MEDICARE ADVANTAGE'])}~")
        b.t(f"EB*C*IND*30***23*{R.choice(['1500', '3000', '500'])}~")
    else:
        b.t("DTP*291*D8*").v(p.dos.strftime("%Y%m%d"), "date").t("~EQ*30~")
    return b


def x12_env_head(tx, sender, receiver, ver):
    ctl = rdig(9)
    g = str(int(rdig(5)))
    d6 = CLK.now.strftime("%y%m%d")
    d8 = CLK.now.strftime("%Y%m%d")
    hm = CLK.now.strftime("%H%M")
    head = (f"ISA*00*          *00*          *ZZ*{sender:<15}*ZZ*{receiver:<15}*{d6}*{hm}*^*00501*{ctl}*0*P*:~"
            f"GS*{ {'270': 'HS', '271': 'HB', '276': 'HR', '277': 'HN', '999': 'FA'}[tx]}*{sender}*{receiver}*{d8}*{hm}*{g}*X*{ver}~"
            f"ST*{tx}*0001*{ver}~BHT*{'0022*13' if tx in ('270', '276') else '0022*11'}*{rdig(8)}*{d8}*{hm}~")
    tail = f"SE*{R.randint(12, 18)}*0001~GE*1*{g}~IEA*1*{ctl}~"
    return head, tail


def x12_270(p, kind="270", payer=None):
    payer = payer or R.choice(PAYERS)
    org = R.choice(ORGS[:2] + ORGS[4:6])
    ver = "005010X279A1"
    head, tail = (x12_env_head(kind, "LAKESHORE01", payer[1], ver) if kind == "270"
                  else x12_env_head(kind, payer[1], "LAKESHORE01", ver))
    b = B().t(head)
    b.t(f"HL*1**20*1~NM1*PR*2*{payer[0].upper()}*****PI*{payer[1]}~HL*2*1*21*1~NM1*1P*2*{org.upper()}*****XX*{gen_npi()}~")
    b.t(f"HL*3*2*22*0~TRN*{'1' if kind == '270' else '2'}*{rdig(5)}-{rdig(6)}*9{rdig(9)}~")
    b.add(x12_sub(p, kind))
    b.t(tail)
    return b


def x12_277(p, payer=None):
    payer = payer or R.choice(PAYERS)
    org = R.choice(ORGS[:2] + ORGS[4:6])
    ver = "005010X212"
    head, tail = x12_env_head("277", payer[1], "LAKESHORE01", ver)
    f = lambda s: fold(s).upper()
    b = B().t(head)
    b.t(f"HL*1**20*1~NM1*PR*2*{payer[0].upper()}*****PI*{payer[1]}~HL*2*1*21*1~NM1*41*2*{org.upper()}*****46*{rdig(9)}~")
    b.t(f"HL*3*2*19*1~NM1*1P*2*{org.upper()}*****XX*{gen_npi()}~HL*4*3*PT~")
    b.t("NM1*QC*1*").v(p.last, "name", f).t("*").v(p.first, "name", f).t("****MI*").v(p.member, "health_plan").t("~")
    b.t(f"TRN*2*{rdig(6)}-{rdig(4)}~STC*{R.choice(['A1:20', 'F1:65', 'A2:20', 'P1:20', 'F2:88'])}*").v((p.dos + datetime.timedelta(days=R.randint(3, 20))).strftime("%Y%m%d"), "date")
    amt = f"{R.randint(80, 9000)}.{rdig(2)}"
    b.t(f"**{amt}*{amt}~REF*1K*{rdig(13)}~REF*EJ*").v(p.acct, "account").t("~DTP*472*RD8*")
    d2 = p.dos + datetime.timedelta(days=R.randint(0, 4))
    b.v(p.dos.strftime("%Y%m%d"), "date").t("-").v(d2.strftime("%Y%m%d"), "date").t("~")
    b.t(tail)
    return b


def photo_b64(n=None):
    n = n or R.randint(160, 420)
    return "/9j/4AAQSkZJRgABAQEA" + R.choice(["YABgAAD/", "SABIAAD/", "AQABAAD/"]) + "2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgy" + rb64(n) + R.choice(["", "=", "=="])


def fingerprint_b64(n=None):
    n = n or R.randint(120, 300)
    return "Rk1SACAyMAAAAA" + rb64(n) + R.choice(["", "=="])


def udi():
    exp = f"{R.randint(25, 29)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
    return f"(01){rdig(14)}(17){exp}(10){rlet(2)}{rdig(4)}(21){rlet(1)}{rdig(7)}"


def mac():
    return ":".join(rhex(2, up=True) for _ in range(6))


def plate():
    return R.choice([f"{R.randint(1, 9)}{rlet(3)}{rdig(3)}", f"{rlet(3)}-{rdig(4)}", f"{rlet(3)}{rdig(4)}", f"{rdig(3)} {rlet(3)}"])


def passport():
    return R.choice([rdig(9), rlet(1) + rdig(8), rlet(2) + rdig(7)])


# ----------------------------------------------------------------------------
# payload "kinds": domain XML bodies with patient data, in many shapes
# ----------------------------------------------------------------------------
NS_ELIG = ["urn:lakeshore:integration:eligibility:v2", "http://schemas.northwindhp.com/member/2019/06",
           "http://lakeshorehealth.org/soa/EligibilityService", "urn:bluepeak:b2b:memberinquiry:1.3"]


def body_elig(p, pfx=None):
    pfx = pfx if pfx is not None else R.choice(["elig:", "ns0:", "mem:", "", "tns:"])
    ns = R.choice(NS_ELIG)
    decl = f' xmlns:{pfx[:-1]}="{ns}"' if pfx else f' xmlns="{ns}"'
    root = R.choice(["EligibilityRequest", "CheckEligibility", "MemberInquiryRequest", "VerifyCoverage"])
    sub = R.choice(["Subscriber", "Member", "Patient", "Beneficiary"])
    style = R.choice(STYLES)
    b = B().t(f"<{pfx}{root}{decl}><{pfx}RequestId>{ruuid()}</{pfx}RequestId>")
    b.t(f"<{pfx}ProviderNPI>{gen_npi()}</{pfx}ProviderNPI><{pfx}{sub}>")
    cs = R.choice([["member", "last", "first", "dob"], ["member", "dob"], ["last", "first", "dob", "zip"],
                   ["mbi", "last", "dob", "sex"], ["medicaid", "first", "last", "dob"],
                   ["member", "group", "last", "first", "dob", "sex"]])
    b.add(fields_xml(p, cs, prefix=pfx, style=style))
    dtag = kn("dos", style)
    b.t(f"</{pfx}{sub}><{pfx}{dtag}>").v(fmt_date(p.dos, "iso"), "date")
    b.t(f"</{pfx}{dtag}><{pfx}ServiceTypeCode>30</{pfx}ServiceTypeCode></{pfx}{root}>")
    return b


def body_patient_attr(p):
    style = R.choice(STYLES)
    tag = R.choice(["Patient", "pat:Patient", "PatientRef", "Member", "ptnt"])
    ns = ' xmlns:pat="urn:lakeshore:canonical:patient:v3"' if tag.startswith("pat:") else ""
    cs = R.choice([["mrn", "last", "first", "dob", "sex"], ["mrn", "dob", "zip"],
                   ["last", "first", "dob", "phone"], ["mrn", "full", "dob", "email"],
                   ["member", "last", "dob", "sex", "age"]])
    b = B().t(f"<{tag}{ns}")
    b.add(fields_xml(p, cs, style=style, mode="attr"))
    b.t(f' status="{R.choice(["active", "A", "merged"])}"/>')
    return b


def body_registration(p):
    pfx = R.choice(["reg:", "p:", ""])
    decl = f' xmlns:{pfx[:-1]}="urn:lakeshore:registration:v1"' if pfx else ' xmlns="urn:lakeshore:registration:v1"'
    style = R.choice(STYLES)
    b = B().t(f"<{pfx}RegisterPatient{decl}><{pfx}Demographics>")
    cs = R.sample(["mrn", "ssn", "dl", "email", "cell", "phone", "fax", "passport", "empid"], 3)
    b.add(fields_xml(p, ["last", "first", "dob"] + cs, prefix=pfx, style=style))
    b.t(f"<{pfx}Address type=\"home\">")
    b.add(fields_xml(p, ["street", "city", "state", "zip"], prefix=pfx, style=style))
    b.t(f"</{pfx}Address></{pfx}Demographics></{pfx}RegisterPatient>")
    return b


def body_claimstatus(p):
    pfx = R.choice(["cs:", "ns2:", "clm:"])
    style = R.choice(STYLES)
    b = B().t(f'<{pfx}ClaimStatusRequest xmlns:{pfx[:-1]}="urn:lakeshore:claims:status:v1">')
    b.t(f"<{pfx}TraceNumber>{rdig(10)}</{pfx}TraceNumber><{pfx}BillingProviderNPI>{gen_npi()}</{pfx}BillingProviderNPI>")
    b.add(fields_xml(p, R.choice([["member", "last", "first", "dob", "acct"], ["member", "dob", "acct"],
                                   ["acct", "last", "dob"]]), prefix=pfx, style=style))
    d2 = p.dos + datetime.timedelta(days=R.randint(0, 3))
    b.t(f"<{pfx}ServiceDateFrom>").v(fmt_date(p.dos, "iso"), "date").t(f"</{pfx}ServiceDateFrom>")
    b.t(f"<{pfx}ServiceDateTo>").v(fmt_date(d2, "iso"), "date").t(f"</{pfx}ServiceDateTo>")
    b.t(f"<{pfx}TotalCharge>{R.randint(90, 9000)}.{rdig(2)}</{pfx}TotalCharge></{pfx}ClaimStatusRequest>")
    return b


def body_auto_claim(p):
    b = B().t('<pip:PipClaimNotice xmlns:pip="urn:cascademutual:pip:claims:2.1">')
    b.t(f"<pip:ClaimNumber>PIP-{rdig(4)}-{rdig(6)}</pip:ClaimNumber><pip:Injured>")
    b.add(fields_xml(p, ["last", "first", "dob", "phone"], prefix="pip:", style="pascal"))
    acc = p.dos - datetime.timedelta(days=R.randint(0, 5))
    b.t("</pip:Injured><pip:Accident><pip:AccidentDate>").v(fmt_date(acc, "iso"), "date")
    b.t(f"</pip:AccidentDate><pip:AccidentState>{p.state}</pip:AccidentState><pip:Vehicle><pip:VIN>").v(gen_vin(), "vehicle")
    b.t(f"</pip:VIN><pip:PlateNumber state=\"{p.state}\">").v(plate(), "vehicle").t("</pip:PlateNumber></pip:Vehicle></pip:Accident></pip:PipClaimNotice>")
    return b


def body_rpm(p):
    b = B().t('<rpm:DeviceReading xmlns:rpm="urn:lakeshore:rpm:v1">')
    b.t("<rpm:PatientId>").v(p.mrn, "mrn").t("</rpm:PatientId>")
    k = R.randrange(3)
    if k == 0:
        b.t(f"<rpm:Device model=\"{R.choice(['BPM Connect', 'GL-50 evo', 'Scale-3000'])}\" serial=\"").v(f"{rlet(2)}{rdig(2)}-{rdig(6)}", "device").t('"/>')
    elif k == 1:
        b.t("<rpm:Gateway><rpm:IMEI>").v(gen_imei(), "device").t("</rpm:IMEI></rpm:Gateway>")
    else:
        b.t("<rpm:HubMac>").v(mac(), "device").t("</rpm:HubMac>")
    b.t(f"<rpm:Obs code=\"8480-6\" value=\"{R.randint(100, 170)}\" unit=\"mm[Hg]\"/><rpm:Obs code=\"8462-4\" value=\"{R.randint(60, 100)}\" unit=\"mm[Hg]\"/></rpm:DeviceReading>")
    return b


def body_any(p):
    k = R.choices(range(7), [5, 3, 3, 3, 1, 1, 1])[0]
    return [body_elig, body_patient_attr, body_registration, body_claimstatus, body_auto_claim,
            body_rpm, lambda q: B().t('<hl7:Message xmlns:hl7="urn:lakeshore:hl7wrap"><![CDATA[').add(hl7_adt(q)).t("]]></hl7:Message>")][k](p)


def soap_env(body, v=None, header=""):
    v = v or R.choice(["11", "11", "12"])
    if v == "11":
        pf = R.choice(["soapenv", "soap", "SOAP-ENV", "s"])
        ns = "http://schemas.xmlsoap.org/soap/envelope/"
    else:
        pf = R.choice(["soap12", "env", "S"])
        ns = "http://www.w3.org/2003/05/soap-envelope"
    b = B().t(f'<{pf}:Envelope xmlns:{pf}="{ns}">')
    b.t(f"<{pf}:Header>{header}</{pf}:Header>" if header or R.random() < 0.5 else "")
    b.t(f"<{pf}:Body>").add(body).t(f"</{pf}:Body></{pf}:Envelope>")
    return b


def neg_body():
    """XML bodies that carry no PHI but plenty of look-alikes"""
    k = R.randrange(6)
    if k == 0:
        return B().t(f'<ping:HealthCheck xmlns:ping="urn:lakeshore:ops:v1"><ping:RequestId>{ruuid()}</ping:RequestId><ping:Timestamp>{ts_zulu()}</ping:Timestamp></ping:HealthCheck>')
    if k == 1:
        return B().t(f'<ns0:BatchAck xmlns:ns0="urn:lakeshore:claims:batch:v1"><ns0:BatchId>B{rdig(9)}</ns0:BatchId><ns0:Accepted>{R.randint(10, 900)}</ns0:Accepted><ns0:Rejected>{R.randint(0, 9)}</ns0:Rejected><ns0:ControlNumber>{rdig(9)}</ns0:ControlNumber></ns0:BatchAck>')
    if k == 2:
        pay = R.choice(PAYERS)
        return B().t(f'<cfg:PayerProfile xmlns:cfg="urn:lakeshore:payer:config"><cfg:PayerId>{pay[1]}</cfg:PayerId><cfg:Name>{pay[0]}</cfg:Name><cfg:Endpoint>https://{pay[2]}/CORE/RealTime</cfg:Endpoint><cfg:TimeoutMs>{R.choice([20000, 30000, 60000])}</cfg:TimeoutMs><cfg:TaxId>{rdig(2)}-{rdig(7)}</cfg:TaxId></cfg:PayerProfile>')
    if k == 3:
        s = staff()
        oa = R.choice(ORG_ADDR)
        return B().t(f'<prov:ProviderLookupResponse xmlns:prov="urn:lakeshore:provider:v1"><prov:NPI>{STAFF_NPI[s[1]]}</prov:NPI><prov:Name>{s[0]} {s[1]}, {s[2]}</prov:Name><prov:Practice>{R.choice(ORGS)}</prov:Practice><prov:Address>{oa[0]}, {oa[2]}, {oa[3]} {oa[4]}</prov:Address><prov:Fax>{R.choice(["937", "253", "508"])}-{gen_exch()}-{rdig(4)}</prov:Fax></prov:ProviderLookupResponse>')
    if k == 4:
        return B().t(f'<ns1:GetStatusResponse xmlns:ns1="urn:lakeshore:claims:status:v1"><ns1:Status>ACCEPTED</ns1:Status><ns1:TrackingId>{rhex(24)}</ns1:TrackingId><ns1:ProcessedAt>{ts_isotz()}</ns1:ProcessedAt><ns1:Pages xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/></ns1:GetStatusResponse>')
    return B().t(f'<ord:SupplyOrder xmlns:ord="urn:lakeshore:materials:v2"><ord:OrderNo>PO-{rdig(7)}</ord:OrderNo><ord:Item sku="{rlet(3)}-{rdig(5)}" qty="{R.randint(1, 40)}"/><ord:DeliverTo>Central Sterile, Bldg C, Loading Dock 2</ord:DeliverTo><ord:Zip>{rdig(5)}</ord:Zip></ord:SupplyOrder>')


# ----------------------------------------------------------------------------
# families
# Each returns a list of B (one per log line).  phi=False -> no PHI at all.
# ----------------------------------------------------------------------------
FAMS = {}


def fam(name, phi_ok=True):
    def deco(fn):
        FAMS[name] = (fn, phi_ok)
        return fn
    return deco


@fam("biztalk_eventlog")
def f_biztalk_eventlog(phi):
    host = R.choice(["BTSPRD01", "BTSPRD02", "BTSPRD03"])
    sp = R.choice(["SP_CORE_270_Northwind", "SP_Cascade_ClaimStatus_WCF", "SP_EMPI_Update", "SP_Keystone_Elig"])

    def head(code, typ="Error", et=1):
        return B("biztalk_eventlog").t(
            f"{ts_win()} LogName=Application SourceName=BizTalk Server EventCode={code} EventType={et} "
            f"Type={typ} ComputerName={host}.corp.lakeshorehealth.org TaskCategory=(1) RecordNumber={rdig(7)} Message=")
    if phi:
        p = Person()
        k = R.randrange(3)
        if k == 0:
            b = head(5754)
            b.t(f'A message sent to adapter "WCF-WSHttp" on send port "{sp}" with URI "https://{R.choice(PAYERS)[2]}/CORE/RealTime" is suspended.  '
                "Error details: System.ServiceModel.FaultException: ")
            v = R.randrange(3)
            if v == 0:
                b.t("Subscriber not found. MemberID=").v(p.member, "health_plan").t("; DOB=").v(fmt_date(p.dob, "iso"), "date")
            elif v == 1:
                b.t("AAA*Y**75*C~ Subscriber/Insured Not Found for ").v(fold(p.last).upper(), "name").t(", ").v(fold(p.first).upper(), "name").t(" DOB ").v(fmt_date(p.dob, "d8"), "date")
            else:
                b.t("Patient birth date ").v(fmt_date(p.dob, "us"), "date").t(" does not match records for member ").v(p.member, "health_plan")
            b.t(f"  MessageId:  {rguid()}  InstanceID: {rguid()}")
        elif k == 1:
            b = head(5719)
            concept = R.choice(["ssn", "zip", "phone", "dob"])
            style = R.choice(STYLES)
            key = kn(concept, style)
            val, cat = value_of(p, concept, "us", R.choice(PHONE_STYLES))
            dtype = {"ssn": "SSNType", "zip": "ZipCodeType", "phone": "PhoneType", "dob": "xs:date"}[concept]
            b.t('There was a failure executing the receive pipeline: "Lakeshore.Pipelines.ValidateRegistration, Lakeshore.Pipelines, Version=1.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35" '
                'Source: "XML validator" Receive Port: "RP_Registration_WCF" URI: "/RegistrationService/Service1.svc" '
                f"Reason: The XML Validator failed to validate.  Details: The 'http://Lakeshore.Schemas.Registration:{key}' element is invalid - The value '")
            b.v(val, cat).t(f"' is invalid according to its datatype 'http://Lakeshore.Schemas.Registration:{dtype}' - The Pattern constraint failed..")
        else:
            b = head(10034)
            b.t("Uncaught exception (see the 'inner exception' below) has suspended an instance of service "
                f"'Lakeshore.Orchestrations.ProcessADT({ruuid()})'.  The service instance will remain suspended until administratively resumed or terminated.  "
                f"InstanceId: {ruuid()}  Exception type: ApplicationException  Source: Lakeshore.Orchestrations  Message: EMPI returned 2 candidate matches for ")
            b.v(p.last, "name").t(", ").v(p.first, "name").t(" (DOB ").v(fmt_date(p.dob, "us"), "date").t(", MRN ").v(p.mrn, "mrn").t(")")
        return [b]
    k = R.randrange(5)
    if k == 0:
        b = head(5754)
        b.t(f'A message sent to adapter "WCF-WSHttp" on send port "{sp}" with URI "https://{R.choice(PAYERS)[2]}/CORE/RealTime" is suspended.  '
            f"Error details: System.TimeoutException: The request channel timed out while waiting for a reply after 00:01:00. Increase the timeout value passed to the call to Request or increase the SendTimeout value on the Binding.  MessageId:  {rguid()}  InstanceID: {rguid()}")
    elif k == 1:
        b = head(5740, "Warning", 2)
        b.t(f'The adapter "FILE" raised an error message. Details "The FILE adapter cannot access the folder \\\\fs01\\hl7\\adt\\in. Verify this folder exists. Error: Access is denied."')
    elif k == 2:
        b = head(6912)
        b.t('The following stored procedure call failed: " { call [dbo].[bts_InsertDynamicStateInfo_BizTalkServerApplication]( ?, ?, ?, ?)}". '
            f'SQL Server returned error string: "Transaction (Process ID {R.randint(51, 300)}) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.".')
    elif k == 3:
        b = head(5753)
        b.t('A message received by adapter "MLLP" on receive location "RL_MLLP_ADT_11000" with URI "MLLP://0.0.0.0:11000" is suspended.  '
            'Error details: There was a failure executing the receive pipeline: "BTAHL72XPipelines.BTAHL72XReceivePipeline, BTAHL72XPipelines, Version=1.3.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35" '
            f'Source: "BTAHL7 2.X Disassembler" Receive Port: "RP_ADT" Reason: Error happened in body during parsing  Error # 1 Segment Id: PID Sequence Number: 1 Field Number: {R.choice([7, 11, 13, 19])} Error Number: 102 Error Description: Data type error  MessageId:  {rguid()}')
    else:
        b = head(0, "Information", 4)
        b.t(f"The BizTalk host instance BizTalkServerApplication started successfully. Process ID {R.randint(1000, 9000)}. Version 3.13.{R.randint(700, 900)}.0 CU{R.randint(3, 6)}.")
    return [b]


@fam("biztalk_hl7_xml")
def f_biztalk_hl7_xml(phi):
    pre = (f"{ts_dot()} [BTS.MessageBody] svcInst={rguid()} msgId={rguid()} part=BodySegments "
           f"schema=http://microsoft.com/HealthCare/HL7/2X#ADT_{R.choice(['A01', 'A04', 'A08'])}_231_GLO_DEF body=")
    b = B("biztalk_hl7_xml").t(pre)
    b.t('<ns0:ADT_A01_231_GLO_DEF xmlns:ns0="http://microsoft.com/HealthCare/HL7/2X">')
    b.t(f"<EVN_EventType><EVN_1_EventTypeCode>A08</EVN_1_EventTypeCode><EVN_2_RecordedDateTime><TS_0_TimeOfAnEvent>{CLK.now.strftime('%Y%m%d%H%M%S')}</TS_0_TimeOfAnEvent></EVN_2_RecordedDateTime></EVN_EventType>")
    if not phi:
        b.t(f"<PV1_PatientVisit><PV1_1_SetIdPatientVisit>1</PV1_1_SetIdPatientVisit><PV1_2_PatientClass>I</PV1_2_PatientClass>"
            f"<PV1_3_AssignedPatientLocation><PL_0_PointOfCare>4W</PL_0_PointOfCare><PL_1_Room>{R.randint(400, 499)}</PL_1_Room></PV1_3_AssignedPatientLocation>")
        s = staff()
        b.t(f"<PV1_7_AttendingDoctor><XCN_0_IdNumberSt>{STAFF_NPI[s[1]]}</XCN_0_IdNumberSt><XCN_1_FamilyLastName><FN_0_FamilyName>{s[1].upper()}</FN_0_FamilyName></XCN_1_FamilyLastName><XCN_2_GivenName>{s[0].upper()}</XCN_2_GivenName></PV1_7_AttendingDoctor></PV1_PatientVisit></ns0:ADT_A01_231_GLO_DEF>")
        return [b]
    p = Person()
    up = R.random() < 0.6
    f = (lambda s: x_text(s.upper())) if up else x_text
    b.t("<PID_PatientIdentification><PID_1_SetIdPatientId>1</PID_1_SetIdPatientId><PID_3_PatientIdentifierList><CX_0_Id>").v(p.mrn, "mrn")
    b.t("</CX_0_Id><CX_3_AssigningAuthority><HD_0_NamespaceId>LCH</HD_0_NamespaceId></CX_3_AssigningAuthority><CX_4_IdentifierTypeCode>MR</CX_4_IdentifierTypeCode></PID_3_PatientIdentifierList>")
    b.t("<PID_5_PatientName><XPN_0_FamilyLastName><FN_0_FamilyName>").v(p.last, "name", f).t("</FN_0_FamilyName></XPN_0_FamilyLastName><XPN_1_GivenName>").v(p.first, "name", f).t("</XPN_1_GivenName></PID_5_PatientName>")
    b.t("<PID_7_DateTimeOfBirth><TS_0_TimeOfAnEvent>").v(p.dob.strftime("%Y%m%d"), "date").t(f"</TS_0_TimeOfAnEvent></PID_7_DateTimeOfBirth><PID_8_Sex>{p.sex}</PID_8_Sex>")
    if R.random() < 0.7:
        b.t("<PID_11_PatientAddress><XAD_0_StreetAddress>").v(p.street, "address", f).t("</XAD_0_StreetAddress><XAD_2_City>").v(p.city, "address", f)
        b.t(f"</XAD_2_City><XAD_3_StateOrProvince>{p.state}</XAD_3_StateOrProvince><XAD_4_ZipOrPostalCode>").v(p.zipv(), "zip").t("</XAD_4_ZipOrPostalCode></PID_11_PatientAddress>")
    if R.random() < 0.6:
        b.t("<PID_13_PhoneNumberHome><XTN_0_9999999X99999CAnyText>").v(hl7_phone(p.phone), "phone").t("</XTN_0_9999999X99999CAnyText></PID_13_PhoneNumberHome>")
    if R.random() < 0.5:
        b.t("<PID_18_PatientAccountNumber><CX_0_Id>").v(p.acct, "account").t("</CX_0_Id></PID_18_PatientAccountNumber>")
    if R.random() < 0.4:
        b.t("<PID_19_SsnNumberPatient>").v(p.ssn.replace("-", ""), "ssn").t("</PID_19_SsnNumberPatient>")
    if R.random() < 0.3:
        b.t("<PID_20_DriverSLicenseNumberPatient><DLN_0_DriverSLicenseNumber>").v(p.dl, "license", x_text).t(f"</DLN_0_DriverSLicenseNumber><DLN_1_IssuingStateProvinceCountry>{p.state}</DLN_1_IssuingStateProvinceCountry></PID_20_DriverSLicenseNumberPatient>")
    b.t("</PID_PatientIdentification></ns0:ADT_A01_231_GLO_DEF>")
    return [b]


@fam("biztalk_tracked_cdata_hl7")
def f_bt_cdata(phi):
    b = B("biztalk_tracked_cdata_hl7")
    b.t(f"{ts_dot()} INFO  [TrackingDataDecoder] port=RP_MLLP_ADT_11000 svc={ruuid()} size={R.randint(900, 4000)} body=")
    ns = "http://lakeshore.org/schemas/hl7wrap/v1"
    if not phi:
        b.t(f'<HL7Message xmlns="{ns}" type="ACK^A08" controlId="{rdig(12)}"><![CDATA[MSH|^~\\&|BIZTALK|LCH|EPIC|LCH|{CLK.now.strftime("%Y%m%d%H%M%S")}||ACK^A08|ACK{rdig(10)}|P|2.5.1\\rMSA|AA|LCH{rdig(12)}|Message accepted]]></HL7Message>')
        return [b]
    p = Person(old=R.random() < 0.3)
    sep = R.choice(["\\r", "\\r", "<CR>", "\\x0d"])
    b.t(f'<HL7Message xmlns="{ns}" type="ADT" controlId="LCH{rdig(12)}"><![CDATA[').add(hl7_adt(p, sep)).t("]]></HL7Message>")
    return [b]


@fam("esb_fault_message")
def f_esb(phi):
    b = B("esb_fault_message")
    b.t(f"{ts_comma()} ERROR [ESB.ExceptionHandling] Fault persisted to EsbExceptionDb id={R.randint(100000, 999999)} xml=")
    b.t('<ns0:FaultMessage xmlns:ns0="http://schemas.microsoft.biztalk.practices.esb.com/exceptionhandling"><Header>')
    b.t(f"<Application>{R.choice(['Eligibility', 'ClaimStatus', 'ADT.Routing'])}</Application><Description>")
    p = Person() if phi else None
    if phi:
        b.t("Payer rejected request for member ").v(p.member, "health_plan").t(" (").v(p.first, "name", x_text).t(" ").v(p.last, "name", x_text).t(")")
    else:
        b.t(f"Send port timed out after 60000 ms (attempt {R.randint(1, 3)} of 3)")
    b.t(f"</Description><ErrorType>System.ServiceModel.FaultException</ErrorType><FailureCategory>MessageBuild</FailureCategory><FaultCode>{R.choice([1001, 2040, 5010])}</FaultCode>"
        f"<FaultSeverity>{R.randint(1, 4)}</FaultSeverity><Scope>Scope_CallPayer</Scope><ServiceInstanceID>{ruuid()}</ServiceInstanceID>"
        f"<ServiceName>Lakeshore.Orchestrations.CheckEligibility</ServiceName><FaultGenerator>Orchestration</FaultGenerator><MachineName>BTSPRD0{R.randint(1, 3)}</MachineName>"
        f"<DateTime>{ts_zulu()}</DateTime><ControlBit>1</ControlBit><MessageID>{ruuid()}</MessageID><NACK>false</NACK></Header>")
    b.t("<Messages><Message><MessageName>msgEligibilityRequest</MessageName><MessageData><![CDATA[")
    b.add(body_elig(p) if phi else neg_body())
    b.t("]]></MessageData></Message></Messages></ns0:FaultMessage>")
    return [b]


@fam("wcf_svclog")
def f_wcf(phi):
    b = B("wcf_svclog")
    n = CLK.tick()
    st = n.strftime("%Y-%m-%dT%H:%M:%S.") + rdig(7)
    b.t('<E2ETraceEvent xmlns="http://schemas.microsoft.com/2004/06/E2ETraceEvent"><System xmlns="http://schemas.microsoft.com/2004/06/windows/eventlog/system">'
        f'<EventID>0</EventID><Type>3</Type><SubType Name="Information">0</SubType><Level>8</Level><TimeCreated SystemTime="{st}Z" />'
        f'<Source Name="System.ServiceModel.MessageLogging" /><Correlation ActivityID="{rguid()}" /><Execution ProcessName="w3wp" ProcessID="{R.randint(1000, 9999)}" ThreadID="{R.randint(5, 90)}" />'
        f'<Channel /><Computer>{R.choice(["PAYERAPI-WEB02", "LCH-WCF01", "REGSVC-IIS3"])}</Computer></System><ApplicationData><TraceData><DataItem>'
        f'<MessageLogTraceRecord Time="{st}-04:00" Source="{R.choice(["ServiceLevelReceiveRequest", "TransportSend", "ServiceLevelSendRequest"])}" Type="System.ServiceModel.Channels.BufferedMessage" xmlns="http://schemas.microsoft.com/2004/06/ServiceModel/Management/MessageTrace">'
        '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:a="http://www.w3.org/2005/08/addressing"><s:Header>')
    if not phi:
        b.t(f'<a:Action s:mustUnderstand="1">http://tempuri.org/IHealthService/Ping</a:Action><a:MessageID>urn:uuid:{ruuid()}</a:MessageID></s:Header><s:Body><Ping xmlns="http://tempuri.org/"><clientVersion>4.{R.randint(0, 9)}.{R.randint(100, 9999)}.0</clientVersion></Ping></s:Body>')
    else:
        p = Person()
        k = R.randrange(3)
        if k == 2:
            b.t(f'<a:Action s:mustUnderstand="1">urn:cascademutual:pip:claims/Submit</a:Action><a:MessageID>urn:uuid:{ruuid()}</a:MessageID></s:Header><s:Body>')
            b.add(body_auto_claim(p)).t("</s:Body>")
        else:
            op = R.choice(["GetMemberDemographics", "SearchPatient", "UpdateGuarantor"])
            b.t(f'<a:Action s:mustUnderstand="1">http://tempuri.org/IMemberService/{op}</a:Action><a:MessageID>urn:uuid:{ruuid()}</a:MessageID></s:Header><s:Body>')
            b.t(f'<{op} xmlns="http://tempuri.org/"><request xmlns:d4p1="http://schemas.datacontract.org/2004/07/Lakeshore.Contracts" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">')
            # DataContractSerializer writes members alphabetically
            items = [("DateOfBirth", fmt_date(p.dob, "net"), "date"), ("FirstName", p.first, "name"),
                     ("LastName", p.last, "name"), ("MemberId", p.member, "health_plan")]
            if k == 1:
                items += [("HomePhone", fmt_phone(p.phone, "paren"), "phone"), ("PostalCode", p.zip, "zip"),
                          ("Ssn", p.ssn, "ssn")]
                if op == "UpdateGuarantor" or R.random() < 0.3:
                    items.append(("FaxNumber", fmt_phone((p.area, gen_exch(), rdig(4)), "dash"), "fax"))
            items.append(("MiddleName", None, None))
            for name, val, cat in sorted(items):
                if val is None:
                    b.t(f'<d4p1:{name} i:nil="true" />')
                else:
                    b.t(f"<d4p1:{name}>").v(val, cat, x_text).t(f"</d4p1:{name}>")
            b.t(f"</request></{op}></s:Body>")
    b.t("</s:Envelope></MessageLogTraceRecord></DataItem></TraceData></ApplicationData></E2ETraceEvent>")
    return [b]


def mule_prefix(level="INFO"):
    app = R.choice(["eligibility-papi", "claim-status-sapi", "adt-router-papi", "member-sapi"])
    flow = R.choice(["main-flow", "get:\\members\\(memberId):api-config", "post:\\eligibility:application\\json:api-config", "claim-status-flow"])
    return (f"{level:<5} {ts_comma()} [[MuleRuntime].uber.{R.randint(1, 20):02d}: [{app}].{flow}.CPU_LITE @{rhex(8)}] "
            f"[processor: {flow.split(':')[0] if ':' not in flow else 'main-flow'}/processors/{R.randint(0, 6)}; event: {ruuid()[:8]}-df93-11ee-{rhex(4)}-0a58a9feac02] ")


@fam("mule4_logger")
def f_mule(phi):
    b = B("mule4_logger")
    b.t(mule_prefix(R.choice(["INFO", "DEBUG"] if phi else ["INFO", "WARN", "INFO"])))
    b.t("org.mule.runtime.core.internal.processor.LoggerMessageProcessor: ")
    if not phi:
        k = R.randrange(4)
        b.t([f"Request to https://{R.choice(PAYERS)[2]}/CORE/RealTime completed in {R.randint(80, 4000)} ms, httpStatus=200, correlationId={ruuid()}",
             f"Batch job instance {rhex(8)}-{rhex(4)} processed {R.randint(100, 50000)} records, failed=0, elapsed={R.randint(2, 900)}s",
             f"Retrying request (attempt {R.randint(2, 5)}/5) after HTTP:TIMEOUT on {R.choice(REGIONS)} endpoint, backoff={R.choice([500, 1000, 2000])}ms",
             f"Object store 'os-dedupe' hit for key {rhex(40)} (ttl 86400s)"][k])
        return [b]
    p = Person()
    k = R.randrange(3)
    if k == 0:
        b.t("Incoming eligibility inquiry ").add(fields_kv(p, R.choice([["member", "last", "first", "dob"], ["mbi", "dob"], ["member", "dob", "zip"]]), sep=", "))
    elif k == 1:
        b.t("payload=").add(soap_env(body_any(p)))
    else:
        b.t("DW output: {\n".replace("\n", "")).add(fields_kv(p, ["mrn", "full", "dob", "phone"], style="camel", eq=": ", sep=", ")).t("}")
    return [b]


@fam("mule_json_logger")
def f_mule_json(phi):
    b = B("mule_json_logger")
    app = R.choice(["eligibility-papi", "claim-status-sapi", "member-sapi"])
    b.t(f'{{"correlationId":"{ruuid()}","message":"')
    b.t(R.choice(["Eligibility response received", "Before request", "After transform", "Flow end"]) + '","tracePoint":"')
    b.t(R.choice(["START", "BEFORE_REQUEST", "AFTER_REQUEST", "END", "AFTER_TRANSFORM"]) + f'","priority":"{R.choice(["INFO", "DEBUG"])}","elapsed":{R.randint(0, 5000)},')
    b.t(f'"locationInfo":{{"lineInFile":"{R.randint(20, 300)}","component":"json-logger:logger","fileName":"{app}.xml","rootContainer":"main-flow"}},"timestamp":"{ts_zulu()}","content":')
    if phi:
        p = Person(old=R.random() < 0.3)
        b.t("{").add(fields_json(p, R.choice([["member", "last", "first", "dob"], ["mrn", "dob", "age", "zip"],
                                                ["member", "email", "cell"], ["medicaid", "full", "street", "city", "state", "zip"],
                                                ["mrn", "portal"], ["empid", "full", "dob", "age"], ["mrn", "device", "age"]]),
                                 quote_num=False)).t("}")
    else:
        b.t(f'{{"httpStatus":{R.choice([200, 202, 404, 503])},"payerId":"{R.choice(PAYERS)[1]}","transactionSetControlNumber":"{rdig(9)}","batchSize":{R.randint(1, 500)}}}')
    b.t(f',"applicationName":"{app}","applicationVersion":"1.{R.randint(0, 9)}.{R.randint(0, 20)}","environment":"prod","threadName":"[MuleRuntime].uber.{R.randint(1, 20):02d}: [{app}].main-flow.CPU_INTENSIVE @{rhex(8)}"}}')
    return [b]


@fam("mule_error_block")
def f_mule_err(phi):
    app = R.choice(["claim-status-sapi", "eligibility-papi"])
    out = []
    out.append(B("mule_error_block").t(f"ERROR {ts_comma()} [[MuleRuntime].uber.{R.randint(1, 20):02d}: [{app}].main-flow.BLOCKING @{rhex(8)}] [processor: main-flow/processors/3; event: {ruuid()}] org.mule.runtime.core.internal.exception.OnErrorPropagateHandler: "))
    out.append(B("mule_error_block").t("*" * 80))
    out.append(B("mule_error_block").t(f"Message               : {R.choice(['SOAP Fault occurred.', 'HTTP POST on resource https://core.northwindhp.com/CORE/RealTime failed: bad request (400).'])}"))
    out.append(B("mule_error_block").t(f"Element               : main-flow/processors/3 @ {app}:{app}.xml:{R.randint(20, 90)} (Consume 270)"))
    out.append(B("mule_error_block").t(f"Error type            : {R.choice(['WSC:SOAP_FAULT', 'HTTP:BAD_REQUEST', 'WSC:BAD_RESPONSE'])}"))
    pl = B("mule_error_block").t("Payload               : ")
    if phi:
        p = Person()
        pl.add(R.choice([body_elig, body_claimstatus, body_patient_attr])(p))
    else:
        pl.add(neg_body())
    out.append(pl)
    out.append(B("mule_error_block").t("Payload Type          : org.mule.runtime.core.internal.streaming.bytes.ManagedCursorStreamProvider"))
    out.append(B("mule_error_block").t("*" * 80))
    return out


def boomi_line(level, shape_type, shape_name):
    return B().t(f"{ts_boomi()}\t{level}\t{shape_type}\t{shape_name}\t")


@fam("boomi_process_log")
def f_boomi(phi):
    if not phi:
        k = R.randrange(5)
        b = B("boomi_process_log")
        if k == 0:
            b.add(boomi_line("INFO", "Map", "Map 270 XML to X12")).t(f"Executing Map shape with {R.randint(1, 250)} document(s).")
        elif k == 1:
            b.add(boomi_line("INFO", "Connector", "HTTP Client: Payer CORE")).t(f"Connection to https://{R.choice(PAYERS)[2]}:443 established; {R.randint(1, 20)} document(s) returned in {R.randint(80, 9000)} ms.")
        elif k == 2:
            b.add(boomi_line("INFO", "Process Log", "Eligibility Inbound")).t(f"Process executed in {R.randint(1, 60)}.{rdig(3)} s (execution-{ruuid()}-{CLK.now.strftime('%Y.%m.%d')}).")
        elif k == 3:
            b.add(boomi_line("WARNING", "Data Process", "Split by Line")).t(f"Split documents by Line: {R.randint(2, 900)} documents created; 0 errors; atom=atom-prod-2 ({R.choice(REGIONS)}).")
        else:
            b.add(boomi_line("INFO", "Decision", "Is 271 AAA?")).t(f"Decision shape: {R.randint(0, 40)} document(s) routed to true, {R.randint(0, 40)} to false.")
        return [b]
    k = R.randrange(4)
    p = Person(old=R.random() < (0.6 if k == 2 else 0.1))
    b = B("boomi_process_log")
    if k == 0:
        b.add(boomi_line("INFO", "Notify", "Log Member")).t("Member lookup: ").v(f"{p.first} {p.last}", "name").t(" DOB ").v(fmt_date(p.dob, R.choice(DS_TEXT)), "date").t(" ID ").v(p.member, "health_plan")
    elif k == 1:
        b.add(boomi_line("SEVERE", "Exception", "Throw on no match")).t("No active coverage for subscriber ").v(p.member, "health_plan").t(" / ").v(fold(p.last).upper(), "name").t(" on ").v(fmt_date(p.dos, "us"), "date")
    elif k == 2:
        b.add(boomi_line("INFO", "Notify", "Trace patient")).t("Pt ").v(p.last, "name").t(", ").v(p.first, "name").t(f" {p.sex} ")
        if p.age > 89:
            b.v(str(p.age), "age").t(" y/o")
        else:
            b.t(f"{p.age} y/o")
        b.t(" MRN ").v(p.mrn, "mrn").t(" addr ").v(p.street, "address").t(", ").v(p.city, "address").t(f" {p.state} ").v(p.zip, "zip")
    else:
        b.add(boomi_line("WARNING", "Message", "Build Callback SMS")).t("SMS to ").v(fmt_phone(p.cell, R.choice(PHONE_STYLES)), "phone").t(": 'Hi ").v(p.first, "name").t(", your appointment is on ").v(fmt_date(p.dos + datetime.timedelta(days=30), "long"), "date").t("'")
    return [b]


@fam("boomi_ddp_dump")
def f_boomi_ddp(phi):
    b = B("boomi_ddp_dump").add(boomi_line("INFO", "Notify", R.choice(["Debug DDPs", "Dump props"])))
    items = [f"DPP_RUN_ID={ruuid()}", f"DPP_BATCH_SEQ={R.randint(1, 9999)}", f"DPP_PAYER_ID={R.choice(PAYERS)[1]}",
             f"document.dynamic.userdefined.DDP_ISA13={rdig(9)}"]
    if phi:
        p = Person()
        cs = R.sample(["mrn", "last", "first", "dob", "zip", "member", "email", "phone", "acct", "empid", "fax", "device", "dl"], 4)
        for c in cs:
            key = "DDP_" + fmt_key(R.choice(CONCEPTS[c]), "upper")
            if R.random() < 0.4:
                key = "document.dynamic.userdefined." + key
            val, cat = value_of(p, c, R.choice(["d8", "iso", "us"]), "plain")
            bi = B().t(key + "=").v(val, cat)
            items.append(bi)
    R.shuffle(items)
    for i, it in enumerate(items):
        if i:
            b.t("; ")
        if isinstance(it, B):
            b.add(it)
        else:
            b.t(it)
    return [b]


def was_prefix(comp="SystemOut", typ="O"):
    return f"{ts_was()} {rhex(8)} {comp:<13} {typ} "


@fam("was_systemout")
def f_was(phi):
    b = B("was_systemout")
    if not phi:
        k = R.randrange(5)
        b.t([was_prefix("WsServerImpl", "A") + "WSVR0001I: Server server1 open for e-business",
             was_prefix("WSChannelFram", "A") + f"CHFW0019I: The Transport Channel Service has started chain WCInboundDefaultSecure on port {R.choice([9443, 9080, 9444])}.",
             was_prefix("SystemErr", "R") + f"\tat com.lakeshore.claims.ws.ClaimStatusPortImpl.getStatus(ClaimStatusPortImpl.java:{R.randint(40, 400)})",
             was_prefix("WebServicesFa", "E") + f"WSWS3227E: Error: Exception: java.net.SocketTimeoutException: Read timed out (endpoint https://{R.choice(PAYERS)[2]}:443, {R.randint(30, 120)}000 ms)",
             was_prefix("SystemOut", "O") + f"[ClaimStatusPortImpl] trace={rhex(16)} batch={rdig(9)} payer={R.choice(PAYERS)[1]} result=ACCEPTED elapsedMs={R.randint(10, 9000)}"][k])
        return [b]
    p = Person()
    k = R.randrange(3)
    if k == 0:
        b.t(was_prefix() + "ClaimStatusPortImpl: received request ").add(fields_kv(p, R.choice([["member", "last", "dob"], ["acct", "dos"], ["mrn", "full"]]), sep=" "))
    elif k == 1:
        b.t(was_prefix("LoggingHandle", "I") + "SOAP Inbound: ").add(soap_env(body_any(p), "11"))
    else:
        cc = gen_card()
        if R.random() < 0.5:
            cc = " ".join(cc[i:i + 4] for i in range(0, 16, 4))
        b.t(was_prefix() + "GuarantorPaymentService: updating card on file for acct ").v(p.acct, "account").t(" -> cardNumber=").v(cc, "account").t(f" exp={R.randint(1, 12):02d}/{R.randint(25, 30)} authCode={rlet(1)}{rdig(5)}")
    return [b]


@fam("was_ffdc", phi_ok=False)
def f_ffdc(phi):
    b = B("was_ffdc")
    b.t(f"{ts_was()}     FFDC Exception:javax.xml.ws.soap.SOAPFaultException SourceId:com.ibm.ws.websvcs.transport.http.HTTPConnection ProbeId:{R.randint(100, 999)} Reporter:java.lang.Object@{rhex(8)} "
        f"FFDC Incident emitted on /opt/IBM/WebSphere/AppServer/profiles/AppSrv01/logs/ffdc/server1_{rhex(8)}_{CLK.now.strftime('%y.%m.%d_%H.%M.%S')}.{rdig(7)}.txt")
    return [b]


@fam("ace_trace_tree")
def f_ace_tree(phi):
    out = []
    ns = R.choice(["http://lakeshore.org/elig", "urn:lakeshore:registration:v1", "http://hl7.org/v3"])
    hdr = B("ace_trace_tree").t(f"{ts_ace()} Trace node '{R.choice(['EligibilityFlow.TraceInput', 'ADTRouter.Trace', 'ClaimsFlow.Trace_AfterMap'])}' : ( ['xmlnsc' : 0x{rhex(12)}]")
    out.append(hdr)
    out.append(B("ace_trace_tree").t(f"  (0x01000000:Folder){ns}:{R.choice(['EligibilityRequest', 'RegisterPatient', 'PRPA_IN201305UV02'])} = ( ['xmlnsc' : 0x{rhex(12)}]"))
    out.append(B("ace_trace_tree").t(f"    (0x03000102:NamespaceDecl)xmlns:ns = '{ns}' (CHARACTER)"))
    if not phi:
        out.append(B("ace_trace_tree").t(f"    (0x03000000:PCDataField){ns}:RequestId = '{ruuid()}' (CHARACTER)"))
        out.append(B("ace_trace_tree").t(f"    (0x03000000:PCDataField){ns}:SubmitterId = 'LAKESHORE01' (CHARACTER)"))
        out.append(B("ace_trace_tree").t(f"    (0x03000100:Attribute):version = '{R.randint(1, 4)}.{R.randint(0, 9)}' (CHARACTER)"))
        return out
    p = Person(old=R.random() < 0.3)
    style = R.choice(STYLES)
    cs = R.sample(["member", "last", "first", "dob", "zip", "phone", "ssn", "age", "email", "mrn", "dl", "device"], 4)
    for c in cs:
        val, cat = value_of(p, c, R.choice(["iso", "d8"]), R.choice(PHONE_STYLES))
        k = kn(c, style)
        if R.random() < 0.3:
            ln = B("ace_trace_tree").t(f"      (0x03000100:Attribute):{k} = '").o(val, cat).t("' (CHARACTER)")
        elif c == "age":
            ln = B("ace_trace_tree").t(f"      (0x03000000:PCDataField){ns}:{k} = ").o(val, cat).t(" (INTEGER)")
        else:
            ln = B("ace_trace_tree").t(f"      (0x03000000:PCDataField){ns}:{k} = '").o(val, cat).t("' (CHARACTER)")
        out.append(ln)
    return out


def ace_syslog_prefix():
    return (f"{ts_syslog()} aceprd02 IBM App Connect Enterprise[{R.randint(10000, 40000)}]: IBM App Connect Enterprise v120011 "
            f"(ACENODE01.{R.choice(['claims', 'eligibility', 'adt'])}) [Thread {R.randint(1000, 30000)}] (Msg {R.randint(1, 4)}/4) ")


@fam("ace_bip_syslog")
def f_ace_bip(phi):
    b = B("ace_bip_syslog").t(ace_syslog_prefix())
    if not phi:
        k = R.randrange(4)
        b.t([f"BIP3132I: The HTTP Listener has started listening on port '{R.choice([7843, 7800, 7080])}' for 'https' connections. : ACENODE01.claims: /build/slot1/S1200_P/src/WebAPI/Listener.cpp: {R.randint(100, 900)}",
             f"BIP2152I: Configuration message received from integration node. : ACENODE01.{rhex(8)}-{rhex(4)}: /build/slot1/S1200_P/src/DataFlowEngine/Main.cpp: {R.randint(100, 900)}",
             f"BIP2628W: Exception condition detected on input node 'ClaimStatusFlow.HTTP Input'. : ACENODE01.claims: /build/slot1/S1200_P/src/DataFlowEngine/ImbDataFlowNode.cpp: {R.randint(1000, 2000)}",
             f"BIP3701E: A Java exception was thrown whilst calling the Java JNI method 'com.ibm.broker.javacompute.MbRuntimeJavaComputeNode.evaluate'. The Java exception was 'java.net.ConnectException: Connection refused (Connection refused)'. : 10.{R.randint(0, 40)}.{R.randint(0, 255)}.{R.randint(2, 250)}:{R.choice([1414, 8443, 443])}"][k])
        return [b]
    p = Person()
    c = R.choice(["member", "dob", "zip", "ssn", "phone"])
    style = R.choice(STYLES)
    k = kn(c, style)
    val, cat = value_of(p, c, "us", R.choice(PHONE_STYLES))
    b.t("BIP5025E: XML schema validation error '[Xerces] cvc-pattern-valid: Value '").v(val, cat)
    b.t(f"' is not facet-valid with respect to pattern '[A-Z0-9-]{{9,12}}' for type '{k}Type'.' on line '1' column '{R.randint(200, 900)}' when parsing element '/XMLNSC/http://lakeshore.org/elig:EligibilityRequest/http://lakeshore.org/elig:{k}'. "
        "Internal error codes: '5025', '1'. : ACENODE01.eligibility: /build/slot1/S1200_P/src/MTI/MTIforBroker/GenXmlParser4/ImbXMLNSCDocHandler.cpp: 1076: ImbXMLNSCDocHandler::handleParseErrors: ComIbmWSInputNode: EligibilityFlow#FCMComposite_1_1")
    if R.random() < 0.5:
        b.t(" (member context: ").v(fold(p.last).upper(), "name").t(")")
    return [b]


def odl_prefix(level="ERROR", comp="oracle.soa.bpel.engine.dispatch"):
    return (f"[{ts_isotz()}] [soa_server{R.randint(1, 2)}] [{level}] [] [{comp}] "
            f"[tid: [ACTIVE].ExecuteThread: '{R.randint(0, 40)}' for queue: 'weblogic.kernel.Default (self-tuning)'] [userId: <anonymous>] "
            f"[ecid: {rhex(16)}:-{rhex(8)}:{rhex(11)}:-8000-{rhex(16)},0:{R.randint(1, 9)}] [APP: soa-infra] ")


@fam("oracle_soa_odl")
def f_odl(phi):
    b = B("oracle_soa_odl")
    comp = R.choice(["EligibilityComposite", "ClaimStatusComposite", "PatientSyncComposite"])
    if not phi:
        b.t(odl_prefix(R.choice(["NOTIFICATION", "WARNING", "ERROR"]), R.choice(["oracle.soa.bpel.engine", "oracle.soa.adapter.jms", "oracle.soa.mediator.serviceEngine"])))
        b.t(f"[composite_name: {comp}] [composite_version: 1.{R.randint(0, 9)}] [composite_instance_id: {R.randint(1000000, 9999999)}] ")
        b.t(R.choice([f"Composite instance {R.randint(1000000, 9999999)} completed in {R.randint(50, 9000)} ms",
                      f"JCA Binding Component is unable to startup the partner service endpoint; retry {R.randint(1, 5)} of 5 (jms/PayerRequestQueue)",
                      f"Dehydration store purge removed {R.randint(1000, 90000)} instances older than 30 days (partition default)"]))
        return [b]
    p = Person()
    b.t(odl_prefix()).t(f"[composite_name: {comp}] [component_name: {comp.replace('Composite', 'BPEL')}] [component_instance_id: {ruuid()}] [composite_instance_id: {R.randint(1000000, 9999999)}] ")
    k = R.randrange(2)
    if k == 0:
        b.t('Faulted while invoking operation "process" on provider "PayerCoreService". Fault: <remoteFault xmlns="http://schemas.oracle.com/bpel/extension"><part name="summary"><summary>')
        b.t("oracle.fabric.common.FabricException: Member ").v(p.member, "health_plan").t(" not eligible on ").v(fmt_date(p.dos, "iso"), "date").t("</summary></part><part name=\"detail\"><detail>")
        b.add(body_elig(p)).t("</detail></part></remoteFault>")
    else:
        b.t("Mediator routing rule failed; payload: ").add(body_any(p))
    return [b]


@fam("osb_weblogic")
def f_osb(phi):
    b = B("osb_weblogic")
    b.t(f"####<{ts_wls()}> <{R.choice(['Info', 'Warning', 'Error'])}> <{R.choice(['ALSBLogging', 'OSB Kernel'])}> <osbprd02.lakeshore.local> <osb_server1> "
        f"<[ACTIVE] ExecuteThread: '{R.randint(0, 40)}' for queue: 'weblogic.kernel.Default (self-tuning)'> <<anonymous>> <BEA1-{rhex(20, True)}> "
        f"<{ruuid()}-{rhex(8)}> <{epoch_ms()}> <[severity-value: 64] [rid: 0] [partition-id: 0] [partition-name: DOMAIN] > <BEA-000000> < ")
    stage = f"[PipelinePairNode1, PipelinePairNode1_request, {R.choice(['LogRequest', 'stage1', 'ValidateMember'])}, REQUEST] "
    if not phi:
        b.t(stage + R.choice([f"Routing to business service Payer/BS_CORE_RealTime (uri https://{R.choice(PAYERS)[2]}/CORE/RealTime, timeout 30s)",
                              f"Result cache miss for key {rhex(32)}; throttling group ThrottleCORE capacity {R.randint(5, 50)}",
                              "Response: " + "".join(x[0] for x in neg_body().parts)]) + ">")
        return [b]
    p = Person()
    if R.random() < 0.5:
        b.t(stage.replace("request", "response").replace("REQUEST", "RESPONSE") + "Response: ")
        b.t('<mem:GetMemberResponse xmlns:mem="http://northwindhp.com/member/v3"><mem:MemberId>').v(p.member, "health_plan")
        b.t(f"</mem:MemberId><mem:Status>ACTIVE</mem:Status><mem:Plan>{R.choice(['GOLD PPO', 'HMO SELECT', 'BRONZE HSA'])}</mem:Plan><mem:EobLink>")
        link = f"https://members.northwindhp.com/eob/view?memberId={p.member}&claim={rdig(13)}&lang=en"
        b.v(link, "url", x_text).t("</mem:EobLink></mem:GetMemberResponse>>")
        return [b]
    b.t(stage + R.choice(["Member lookup request: ", "Inbound request: ", "$body: "]))
    b.add(R.choice([body_elig, body_registration, body_patient_attr])(p)).t(">")
    return [b]


@fam("bpel_audit_trail")
def f_bpel(phi):
    b = B("bpel_audit_trail")
    b.t(f'<event sid="{rhex(24)}" cat="2" date="{ts_isotz()}" type="{R.choice([2, 3])}" n="{R.randint(2, 60)}" wikey="{R.randint(100000, 999999)}-BpInv{R.randint(0, 4)}-BpSeq{R.randint(0, 9)}.{R.randint(1, 40)}-3"><label>{R.choice(["receiveInput", "assignRequest", "invokePayer", "replyOutput"])}</label>')
    if not phi:
        b.t(f'<message><![CDATA[Updated variable "inputVariable"]]></message><details><![CDATA[<payload><part name="payload">{"".join(x[0] for x in neg_body().parts)}</part></payload>]]></details></event>')
        return [b]
    p = Person()
    b.t('<message><![CDATA[Updated variable "inputVariable"]]></message><details><![CDATA[<payload><part name="payload">')
    b.add(R.choice([body_elig, body_claimstatus, body_registration])(p)).t("</part></payload>]]></details></event>")
    return [b]


@fam("camel_log_exchange")
def f_camel(phi):
    b = B("camel_log_exchange")
    route = R.choice(["route-elig-out", "route-adt-in", "route-claim-status", "route3"])
    b.t(f"{ts_comma()} INFO  [Camel (hl7-router) thread #{R.randint(1, 12)} - {R.choice(['JmsConsumer[PAYER.ELIG.REQ]', 'seda://adt', 'file://data/inbox', 'timer://poll'])}] {route} - ")
    b.t(f"Exchange[Id: ID-camel-hl7-01-{rdig(13)}-0-{R.randint(1, 9999)}, ExchangePattern: {R.choice(['InOnly', 'InOut'])}, Headers: {{breadcrumbId=ID-camel-hl7-01-{rdig(5)}, CamelHttpMethod=POST, JMSCorrelationID={ruuid()}")
    if not phi:
        b.t(f", CamelFileName=ADT_{CLK.now.strftime('%Y%m%d')}_{rdig(4)}.hl7}}, BodyType: String, Body: ").add(neg_body()).t("]")
        return [b]
    p = Person()
    style = R.choice(STYLES)
    c = R.choice(["member", "mrn", "acct"])
    val, cat = value_of(p, c, "iso", "dash")
    b.t(f", {kn(c, style)}=").v(val, cat).t("}, BodyType: String, Body: ")
    if R.random() < 0.5:
        b.add(body_any(p))
    else:
        b.add(body_rpm(p))
    b.t("]")
    return [b]


@fam("camel_validation_error")
def f_camel_val(phi):
    out = []
    b = B("camel_validation_error")
    b.t(f"{ts_comma()} ERROR [Camel (hl7-router) thread #{R.randint(1, 12)} - seda://elig] o.a.c.p.e.DefaultErrorHandler - Failed delivery for (MessageId: ID-camel-hl7-01-{rdig(13)}-0-{R.randint(1, 9999)} on ExchangeId: ID-camel-hl7-01-{rdig(13)}-0-{R.randint(1, 9999)}). "
        "Exhausted after delivery attempt: 1 caught: org.apache.camel.support.processor.validation.SchemaValidationException: Validation failed for: com.sun.org.apache.xerces.internal.jaxp.validation.SimpleXMLSchema@" + rhex(8) + " errors: [org.xml.sax.SAXParseException: ")
    if phi:
        p = Person()
        c = R.choice(["dob", "zip", "ssn", "dob"])
        val, cat = value_of(p, c, R.choice(["us", "dmy", "d8"]), "dash")
        t = {"dob": "date", "zip": "ZipType", "ssn": "SsnType"}[c]
        b.t("cvc-datatype-valid.1.2.1: '").v(val, cat).t(f"' is not a valid value for '{t}'., Line : 1, Column : {R.randint(200, 900)} ]")
    else:
        b.t(f"cvc-complex-type.2.4.a: Invalid content was found starting with element 'ns2:ServiceTypeCode'. One of '{{\"urn:lakeshore:integration:eligibility:v2\":SubscriberId}}' is expected., Line : 1, Column : {R.randint(200, 900)} ]")
    out.append(b)
    if R.random() < 0.5:
        out.append(B("camel_validation_error").t("Message History (complete message history is disabled)"))
        out.append(B("camel_validation_error").t("RouteId              ProcessorId          Processor                                                                        Elapsed (ms)"))
        out.append(B("camel_validation_error").t(f"[route-elig-out    ] [to{R.randint(1, 20):<16}] [validator:classpath:xsd/EligibilityRequest_v2.xsd                               ] [{R.randint(1, 900):>10}]"))
    return out


@fam("karaf_cxf_payload")
def f_karaf(phi):
    def pre(level="INFO", cls="LoggingInInterceptor"):
        return (f"{ts_comma()} | {level:<5} | qtp{rdig(9)}-{R.randint(50, 400)} | {cls:<32} | "
                f"{R.randint(100, 200)} - org.apache.cxf.cxf-core - 3.{R.randint(2, 5)}.{R.randint(0, 9)} | ")
    out = []
    inbound = R.random() < 0.6
    out.append(B("karaf_cxf_payload").t(pre(cls="LoggingInInterceptor" if inbound else "LoggingOutInterceptor") + ("Inbound Message" if inbound else "Outbound Message")))
    out.append(B("karaf_cxf_payload").t("----------------------------"))
    out.append(B("karaf_cxf_payload").t(f"ID: {R.randint(1, 999)}"))
    out.append(B("karaf_cxf_payload").t(f"Address: https://esb-karaf-01:{R.choice([8181, 8443])}/cxf/{R.choice(['MemberService', 'ClaimStatus', 'PatientLookup'])}"))
    hb = B("karaf_cxf_payload").t(f"Headers: {{Accept=[*/*], SOAPAction=[\"urn:{R.choice(['lookup', 'status', 'verify'])}\"], content-type=[text/xml; charset=UTF-8], X-B3-TraceId=[{rhex(16)}]")
    portal = phi and R.random() < 0.5
    ua = "MemberPortal/2.3 (okhttp/4.9.3)" if portal else R.choice(["Apache-CXF/3.4.5", "Jakarta Commons-HttpClient/3.1"])
    if portal:
        hb.t(", X-Forwarded-For=[").v(public_ip(), "ip").t(f", {private_ip()}]")
        if R.random() < 0.5:
            pp = Person()
            hb.t(", Referer=[").v(pp.portal_url, "url").t("]")
    else:
        hb.t(f", X-Forwarded-For=[{private_ip()}]")
    hb.t(f", Host=[esb-karaf-01:8181], User-Agent=[{ua}]}}")
    out.append(hb)
    pl = B("karaf_cxf_payload").t("Payload: ")
    if phi:
        p = Person()
        pl.add(soap_env(body_any(p)))
    else:
        pl.add(soap_env(neg_body()))
    out.append(pl)
    out.append(B("karaf_cxf_payload").t("--------------------------------------"))
    return out


@fam("soap11_fault")
def f_soap11(phi):
    b = B("soap11_fault")
    b.t(f"{ts_isotz()} WARN  [{R.choice(['ClaimStatusClient', 'CoreRealTimeClient', 'EmpiSoapAdapter'])}] SOAP fault response (HTTP 500): ")
    b.t('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>')
    if not phi:
        b.t(f"Unmarshalling Error: unexpected element (uri:\"urn:lakeshore:claims:status:v1\", local:\"TraceNo\"). Expected elements are &lt;{{urn:lakeshore:claims:status:v1}}TraceNumber&gt;</faultstring><detail><ns2:Trace xmlns:ns2=\"urn:lakeshore:faults\">{rhex(32)}</ns2:Trace></detail></soap:Fault></soap:Body></soap:Envelope>")
        return [b]
    p = Person()
    k = R.randrange(2)
    if k == 0:
        b.t("Unmarshalling Error: cvc-datatype-valid.1.2.1: '").v(fmt_date(p.dob, R.choice(["dmy", "us"])), "date").t("' is not a valid value for 'date'. </faultstring>")
    else:
        b.t("Patient not found: ").v(p.last, "name", x_text).t(", ").v(p.first, "name", x_text).t(" MRN=").v(p.mrn, "mrn").t("</faultstring>")
    b.t('<detail><ns2:ValidationFault xmlns:ns2="urn:lakeshore:faults"><ns2:code>VAL-1043</ns2:code><ns2:requestEcho>')
    b.add(R.choice([body_elig, body_patient_attr, body_claimstatus])(p))
    b.t("</ns2:requestEcho></ns2:ValidationFault></detail></soap:Fault></soap:Body></soap:Envelope>")
    return [b]


@fam("soap12_fault")
def f_soap12(phi):
    b = B("soap12_fault")
    b.t(f"{ts_comma()} ERROR o.a.c.p.PhaseInterceptorChain - Interceptor for {{urn:caqh:core}}CORETransactions has thrown exception, unwinding now; fault=")
    b.t('<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body><env:Fault><env:Code><env:Value>env:Sender</env:Value><env:Subcode><env:Value>')
    if not phi:
        b.t(f"cor:Timeout</env:Value></env:Subcode></env:Code><env:Reason><env:Text xml:lang=\"en\">Receiver did not respond within {R.choice([20, 60])} seconds (PayloadID {ruuid()})</env:Text></env:Reason></env:Fault></env:Body></env:Envelope>")
        return [b]
    p = Person()
    b.t('cor:PayloadValidationError</env:Value></env:Subcode></env:Code><env:Reason><env:Text xml:lang="en">')
    b.t("Subscriber date of birth ").v(fmt_date(p.dob, "d8"), "date").t(" does not match member ").v(p.member, "health_plan")
    b.t(f'</env:Text></env:Reason><env:Detail><cor:ErrorDetail xmlns:cor="http://www.caqh.org/SOAP/WSDL/CORERule2.2.0.xsd"><cor:PayloadID>{ruuid()}</cor:PayloadID><cor:Subscriber>')
    b.add(fields_xml(p, R.choice([["last", "first", "member"], ["member", "dob", "zip"]]), prefix="cor:", style="pascal"))
    b.t("</cor:Subscriber></cor:ErrorDetail></env:Detail></env:Fault></env:Body></env:Envelope>")
    return [b]


@fam("wsse_saml_header")
def f_wsse(phi):
    b = B("wsse_saml_header")
    b.t(f"{ts_dot()} DEBUG [{R.choice(['WSS4JInInterceptor', 'SecurityHeaderDump', 'wss.handler'])}] header=")
    b.t('<wsse:Security soapenv:mustUnderstand="1" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">')
    b.t(f'<wsu:Timestamp wsu:Id="TS-{rhex(32, True)}"><wsu:Created>{ts_zulu()}</wsu:Created><wsu:Expires>{(CLK.utc() + datetime.timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%S.000Z")}</wsu:Expires></wsu:Timestamp>')
    k = R.randrange(3) if phi else R.choice([0, 3])
    if k == 0 or k == 3:
        user = R.choice(["svc_lakeshore_core", "LAKESHORE01", "bts_sendport", "esb-client"]) if k == 3 or not phi else None
        b.t(f'<wsse:UsernameToken wsu:Id="UsernameToken-{rhex(32, True)}"><wsse:Username>')
        if user:
            b.t(user)
        else:
            p = Person()
            b.v(p.email, "email", x_text)
        b.t(f'</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">{rb64(27)}=</wsse:Password>'
            f'<wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">{rb64(22)}==</wsse:Nonce><wsu:Created>{ts_zulu()}</wsu:Created></wsse:UsernameToken>')
        if k == 3:
            b.t(f'<wsse:BinarySecurityToken EncodingType="...#Base64Binary" ValueType="...#X509v3" wsu:Id="X509-{rhex(32, True)}">MIIDdzCCAl+gAwIBAgIE{rb64(60)}</wsse:BinarySecurityToken>')
    else:
        p = Person()
        s = staff()
        b.t(f'<saml2:Assertion ID="_{rhex(32)}" IssueInstant="{ts_zulu()}" Version="2.0" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion">'
            '<saml2:Issuer Format="urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName">CN=hie-gw.lakeshorehealth.org,OU=Integration,O=Lakeshore Health,L=Dayton,ST=OH,C=US</saml2:Issuer>'
            f'<saml2:Subject><saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName">UID={s[0][0].lower()}{s[1].lower()},CN={s[0]} {s[1]} {s[2]}</saml2:NameID></saml2:Subject>'
            '<saml2:AttributeStatement><saml2:Attribute Name="urn:oasis:names:tc:xspa:1.0:subject:purposeofuse"><saml2:AttributeValue>TREATMENT</saml2:AttributeValue></saml2:Attribute>'
            f'<saml2:Attribute Name="urn:oasis:names:tc:xspa:1.0:subject:organization-id"><saml2:AttributeValue>urn:oid:2.16.840.1.113883.3.{R.randint(1000, 9999)}</saml2:AttributeValue></saml2:Attribute>'
            '<saml2:Attribute Name="urn:oasis:names:tc:xacml:2.0:resource:resource-id"><saml2:AttributeValue>')
        b.v(p.mrn, "mrn").t(f"^^^&amp;2.16.840.1.113883.3.{R.randint(1000, 9999)}.1&amp;ISO</saml2:AttributeValue></saml2:Attribute></saml2:AttributeStatement></saml2:Assertion>")
    b.t("</wsse:Security>")
    return [b]


@fam("core_envelope_270")
def f_core(phi):
    b = B("core_envelope_270")
    payer = R.choice(PAYERS)
    kind = R.choice(["270", "271"]) if phi else "999"
    req = kind != "271"
    el = "COREEnvelopeRealTimeRequest" if req else "COREEnvelopeRealTimeResponse"
    arrow = f">> POST https://{payer[2]}/CORE/RealTime" if req else f"<< 200 https://{payer[2]}/CORE/RealTime ({R.randint(150, 4000)} ms)"
    b.t(f"{ts_comma()} DEBUG [CoreRealTimeClient-{R.randint(1, 8)}] {arrow} : ")
    b.t(f'<soapenv:Envelope xmlns:soapenv="http://www.w3.org/2003/05/soap-envelope" xmlns:cor="http://www.caqh.org/SOAP/WSDL/CORERule2.2.0.xsd"><soapenv:Body><cor:{el}>')
    pt = {"270": "X12_270_Request_005010X279A1", "271": "X12_271_Response_005010X279A1", "999": "X12_999_Response_005010X231A1"}[kind]
    snd, rcv = ("LAKESHORE01", payer[1]) if req and kind == "270" else (payer[1], "LAKESHORE01")
    b.t(f"<PayloadType>{pt}</PayloadType><ProcessingMode>RealTime</ProcessingMode>"
        f"<PayloadID>{ruuid()}</PayloadID><TimeStamp>{ts_zulu()[:19]}Z</TimeStamp><SenderID>{snd}</SenderID><ReceiverID>{rcv}</ReceiverID>"
        "<CORERuleVersion>2.2.0</CORERuleVersion>" + ("<ErrorCode>Success</ErrorCode><ErrorMessage></ErrorMessage>" if not req or kind == "999" else "") + "<Payload><![CDATA[")
    if phi:
        b.add(x12_270(Person(), kind, payer))
    else:
        head, tail = x12_env_head("999", payer[1], "LAKESHORE01", "005010X231A1")
        head = head[:head.index("BHT*")]
        b.t(head + f"AK1*HS*{R.randint(1, 9999)}*005010X279A1~AK2*270*0001*005010X279A1~IK5*A~AK9*A*1*1*1~" + tail)
    b.t(f"]]></Payload></cor:{el}></soapenv:Body></soapenv:Envelope>")
    return [b]


@fam("x12_277_cdata")
def f_277(phi):
    b = B("x12_277_cdata")
    payer = R.choice(PAYERS)
    b.t(f"{ts_dot()} INFO  [ClaimStatusPoller] 277 received from {payer[1]} ({R.randint(400, 3900)} bytes) <ClaimStatusResponse xmlns=\"urn:lakeshore:claims:status:v1\" receivedAt=\"{ts_zulu()}\"><X12><![CDATA[")
    if phi:
        b.add(x12_277(Person(), payer))
    else:
        head, tail = x12_env_head("277", payer[1], "LAKESHORE01", "005010X214")
        b.t(head + f"HL*1**20*1~NM1*PR*2*{payer[0].upper()}*****PI*{payer[1]}~TRN*1*{rdig(9)}~DTP*050*D8*{CLK.now.strftime('%Y%m%d')}~STC*A1:19*{CLK.now.strftime('%Y%m%d')}*WQ*{R.randint(1000, 90000)}.00~QTY*90*{R.randint(1, 400)}~" + tail)
    b.t("]]></X12></ClaimStatusResponse>")
    return [b]


@fam("cda_fragment")
def f_cda(phi):
    b = B("cda_fragment")
    b.t(f"{ts_comma()} DEBUG [xds-submit-{R.randint(1, 9)}] c.l.hie.cda.CdaAssembler - ")
    if not phi:
        s = staff()
        oa = R.choice(ORG_ADDR)
        b.t(f'section=author xml=<author><time value="{CLK.now.strftime("%Y%m%d%H%M%S")}-0400"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="{STAFF_NPI[s[1]]}"/>'
            f'<addr use="WP"><streetAddressLine>{oa[0]}</streetAddressLine><city>{oa[2]}</city><state>{oa[3]}</state><postalCode>{oa[4]}</postalCode></addr>'
            f'<telecom use="WP" value="tel:+1-{R.choice(["937", "253"])}-{gen_exch()}-{rdig(4)}"/><assignedPerson><name><prefix>Dr.</prefix><given>{s[0]}</given><family>{s[1]}</family><suffix>{s[2]}</suffix></name></assignedPerson>'
            f'<representedOrganization><name>{R.choice(ORGS)}</name></representedOrganization></assignedAuthor></author>')
        return [b]
    k = R.randrange(5)
    p = Person(old=R.random() < (0.7 if k == 3 else 0.2))
    if k == 0:
        b.t("section=recordTarget xml=<recordTarget><patientRole><id root=\"2.16.840.1.113883.3.4471.1\" extension=\"").v(p.mrn, "mrn", x_attr).t('"/>')
        if R.random() < 0.5:
            b.t('<id root="2.16.840.1.113883.4.1" extension="').v(p.ssn, "ssn").t('"/>')
        b.t('<addr use="HP"><streetAddressLine>').v(p.street, "address", x_text).t("</streetAddressLine><city>").v(p.city, "address", x_text)
        b.t(f"</city><state>{p.state}</state><postalCode>").v(p.zipv(), "zip").t("</postalCode>")
        if R.random() < 0.4:
            b.t("<county>").v(p.county, "address", x_text).t("</county>")
        b.t('<country>US</country></addr><telecom use="HP" value="tel:').v(fmt_phone(p.phone, "tel"), "phone").t('"/>')
        if R.random() < 0.5:
            b.t('<telecom use="HP" value="mailto:').v(p.email, "email", x_attr).t('"/>')
        if R.random() < 0.35:
            b.t('<telecom use="HP" value="fax:').v(fmt_phone(p.phone[:1] + (gen_exch(), rdig(4)), "tel"), "fax").t('"/>')
        b.t("<patient><name use=\"L\"><given>").v(p.first, "name", x_text).t("</given><family>").v(p.last, "name", x_text)
        b.t(f'</family></name><administrativeGenderCode code="{p.sex}" codeSystem="2.16.840.1.113883.5.1"/><birthTime value="').v(p.dob.strftime("%Y%m%d"), "date").t('"/></patient></patientRole></recordTarget>')
    elif k == 1:
        r = Person(like=p)
        b.t('section=participant xml=<participant typeCode="IND"><associatedEntity classCode="ECON"><code code="' + R.choice(["DAU", "SON", "SPS", "NIECE", "FRND"]) + '" codeSystem="2.16.840.1.113883.5.111"/>')
        b.t('<addr><streetAddressLine>').v(r.street, "address", x_text).t("</streetAddressLine><city>").v(r.city, "address", x_text).t(f"</city><state>{r.state}</state><postalCode>").v(r.zip, "zip").t("</postalCode></addr>")
        b.t('<telecom use="MC" value="tel:').v(fmt_phone(r.cell, "tel"), "phone").t('"/><associatedPerson><name><given>').v(r.first, "name", x_text).t("</given><family>").v(r.last, "name", x_text).t("</family></name></associatedPerson></associatedEntity></participant>")
    elif k == 2:
        b.t('section=procedures xml=<procedure classCode="PROC" moodCode="EVN"><code code="27447" codeSystem="2.16.840.1.113883.6.12" displayName="Total knee arthroplasty"/><effectiveTime value="')
        b.v(p.dos.strftime("%Y%m%d") + f"{R.randint(7, 17):02d}{R.randint(0, 59):02d}", "date").t('"/><participant typeCode="DEV"><participantRole classCode="MANU"><id root="2.16.840.1.113883.3.3719" extension="')
        b.v(udi(), "device").t(f'"/><playingDevice><code code="{rdig(8)}" codeSystem="2.16.840.1.113883.6.96" displayName="Knee joint prosthesis"/></playingDevice></participantRole></participant></procedure>')
    elif k == 4:
        b.t('section=patientPhoto xml=<observationMedia classCode="OBS" moodCode="EVN" ID="photo1"><id root="').t(ruuid()).t('"/><value mediaType="image/jpeg" representation="B64">')
        b.v(photo_b64(), "photo").t("</value></observationMedia>")
    else:
        b.t('section=socialHistory xml=<observation classCode="OBS" moodCode="EVN"><code code="30525-0" codeSystem="2.16.840.1.113883.6.1" displayName="Age"/><effectiveTime value="')
        b.v(p.dos.strftime("%Y%m%d"), "date").t('"/><value xsi:type="PQ" value="').o(str(p.age), "age" if p.age > 89 else None).t('" unit="a"/></observation>')
    return [b]


@fam("ihe_pdq_hl7v3")
def f_pdq(phi):
    b = B("ihe_pdq_hl7v3")
    b.t(f"{ts_comma()} INFO  [CONNECTGateway-{R.randint(1, 30)}] PatientDiscovery outbound msg=")
    b.t(f'<PRPA_IN201305UV02 xmlns="urn:hl7-org:v3" ITSVersion="XML_1.0"><id root="{ruuid()}"/><creationTime value="{CLK.now.strftime("%Y%m%d%H%M%S")}"/>'
        '<interactionId root="2.16.840.1.113883.1.6" extension="PRPA_IN201305UV02"/><processingCode code="P"/><controlActProcess classCode="CACT" moodCode="EVN">'
        f'<queryByParameter><queryId root="1.2.840.114350.1.13.{R.randint(100, 999)}" extension="{rdig(10)}"/><statusCode code="new"/><parameterList>')
    if not phi:
        b.t('<livingSubjectAdministrativeGender><value code="UN"/><semanticsText>LivingSubject.administrativeGender</semanticsText></livingSubjectAdministrativeGender></parameterList></queryByParameter></controlActProcess></PRPA_IN201305UV02>')
        return [b]
    p = Person()
    b.t(f'<livingSubjectAdministrativeGender><value code="{p.sex}"/></livingSubjectAdministrativeGender><livingSubjectBirthTime><value value="').v(p.dob.strftime("%Y%m%d"), "date")
    b.t('"/><semanticsText>LivingSubject.birthTime</semanticsText></livingSubjectBirthTime><livingSubjectName><value><given>').v(p.first, "name", x_text)
    b.t("</given><family>").v(p.last, "name", x_text).t("</family></value><semanticsText>LivingSubject.name</semanticsText></livingSubjectName>")
    if R.random() < 0.6:
        b.t('<livingSubjectId><value root="2.16.840.1.113883.3.4471.1" extension="').v(p.mrn, "mrn").t('"/></livingSubjectId>')
    if R.random() < 0.5:
        b.t('<patientAddress><value><streetAddressLine>').v(p.street, "address", x_text).t("</streetAddressLine><city>").v(p.city, "address", x_text).t(f"</city><state>{p.state}</state><postalCode>").v(p.zip, "zip").t("</postalCode></value></patientAddress>")
    if R.random() < 0.4:
        b.t('<patientTelecom><value value="tel:').v(fmt_phone(p.phone, "tel"), "phone").t('"/></patientTelecom>')
    if R.random() < 0.3:
        mom = Person()
        b.t("<mothersMaidenName><value><family>").v(mom.last, "name", x_text).t("</family></value></mothersMaidenName>")
    b.t("</parameterList></queryByParameter></controlActProcess></PRPA_IN201305UV02>")
    return [b]


@fam("xerces_validation")
def f_xerces(phi):
    b = B("xerces_validation")
    b.t(f"{ts_comma()} ERROR [{R.choice(['http-nio-8443-exec-' + str(R.randint(1, 40)), 'jms-listener-3', 'main'])}] c.l.i.v.PayloadValidator - ")
    if not phi:
        b.t(R.choice([f"javax.xml.bind.UnmarshalException - with linked exception: [org.xml.sax.SAXParseException; lineNumber: 1; columnNumber: {R.randint(100, 900)}; cvc-complex-type.2.4.b: The content of element 'ns2:Subscriber' is not complete. One of '{{\"urn:lakeshore:integration:eligibility:v2\":DateOfBirth}}' is expected.]",
                      f"org.xml.sax.SAXParseException; lineNumber: 1; columnNumber: {R.randint(100, 900)}; cvc-enumeration-valid: Value 'X' is not facet-valid with respect to enumeration '[M, F, U]'. It must be a value from the enumeration.",
                      f"org.xml.sax.SAXParseException; systemId: file:/opt/esb/xsd/CoreEnvelope_2.2.0.xsd; lineNumber: {R.randint(10, 300)}; columnNumber: {R.randint(5, 80)}; src-resolve: Cannot resolve the name 'cor:PayloadType' to a(n) 'type definition' component."]))
        return [b]
    p = Person()
    c = R.choice(["ssn", "member", "phone", "dob", "zip", "email"])
    style = R.choice(STYLES)
    val, cat = value_of(p, c, R.choice(["us", "dmy", "d8"]), R.choice(PHONE_STYLES))
    tname = fmt_key(R.choice(CONCEPTS[c]), "pascal") + "Type"
    k = R.randrange(2)
    b.t(f"javax.xml.bind.UnmarshalException - with linked exception: [org.xml.sax.SAXParseException; lineNumber: 1; columnNumber: {R.randint(100, 900)}; ")
    if k == 0:
        pat = {"ssn": "[0-9]{3}-[0-9]{2}-[0-9]{4}", "member": "[A-Z]{3}[0-9]{9}", "phone": "[0-9]{10}",
               "dob": "\\d{4}-\\d{2}-\\d{2}", "zip": "[0-9]{5}(-[0-9]{4})?", "email": "[^@]+@[^\\.]+\\..+"}[c]
        b.t("cvc-pattern-valid: Value '").v(val, cat).t(f"' is not facet-valid with respect to pattern '{pat}' for type '{tname}'.]")
    else:
        b.t("cvc-type.3.1.3: The value '").v(val, cat).t(f"' of element 'ns2:{kn(c, style)}' is not valid.]")
    return [b]


@fam("dotnet_schema_validation")
def f_dotnet(phi):
    b = B("dotnet_schema_validation")
    b.t(f"{ts_dot()} [{R.randint(5, 60):>3}] ERROR Lakeshore.Integration.Validation.SchemaValidator - ")
    ns = R.choice(["urn:northwind:member:v2", "http://Lakeshore.Schemas.Registration", "http://tempuri.org/PatientIntake.xsd"])
    if not phi:
        b.t(f"System.Xml.Schema.XmlSchemaValidationException: The element '{ns}:Member' has incomplete content. List of possible elements expected: '{ns}:MemberId'. at System.Xml.Schema.XmlSchemaValidator.SendValidationEvent(XmlSchemaValidationException e, XmlSeverityType severity) (line 1, position {R.randint(100, 900)})")
        return [b]
    p = Person()
    c = R.choice(["dob", "zip", "phone", "ssn", "cell", "email"])
    style = R.choice(["pascal", "camel"])
    k = kn(c, style)
    val, cat = value_of(p, c, R.choice(["us", "dmy", "eu"]), R.choice(PHONE_STYLES))
    if c == "zip":
        val = p.zip + rdig(1)
    b.t(f"System.Xml.Schema.XmlSchemaValidationException: The '{ns}:{k}' element is invalid - The value '").v(val, cat)
    b.t(f"' is invalid according to its datatype '{ns}:{k}Type' - The Pattern constraint failed. (line 1, position {R.randint(100, 900)}) ")
    if R.random() < 0.5:
        b.t("Record: ").v(f"{p.last}, {p.first}", "name")
    return [b]


@fam("xslt_error")
def f_xslt(phi):
    b = B("xslt_error")
    xsl = R.choice(["Claim837ToFHIR.xslt", "ADT_to_Canonical.xsl", "Map_271_to_Portal.xsl", "CDA_to_Summary.xsl"])
    b.t(f"{ts_comma()} ERROR [{R.choice(['saxon', 'xslt-worker-2', 'MapExecutor'])}] ")
    if not phi:
        b.t(R.choice([f"net.sf.saxon.trans.XPathException: Error at char {R.randint(1, 40)} in xsl:value-of/@select on line {R.randint(20, 400)} column {R.randint(5, 90)} of {xsl}: XPST0081: Namespace prefix 'fhir' has not been declared",
                      f"javax.xml.transform.TransformerConfigurationException: Could not compile stylesheet {xsl}: XTSE0010: Element xsl:for-each-group must not appear directly within xsl:template (line {R.randint(10, 300)})",
                      f"XslTransformException: Function 'user:FormatNpi()' has failed. ---> System.FormatException: Input string was not in a correct format. at {xsl}({R.randint(20, 400)},{R.randint(2, 60)})"]))
        return [b]
    p = Person()
    k = R.randrange(3)
    if k == 0:
        b.t(f"net.sf.saxon.trans.XPathException: Error at char {R.randint(1, 40)} in xsl:value-of/@select on line {R.randint(20, 400)} column {R.randint(5, 90)} of {xsl}: FORG0001: Invalid date \"")
        b.v(fmt_date(p.dob, R.choice(["dmy", "us", "eu"])), "date").t("\" (Non-numeric component)")
    elif k == 1:
        b.t(f"XTTE0570: The required item type of the value of variable $dob is xs:date; supplied value \"").v(fmt_date(p.dob, "us_short"), "date").t(f"\" does not match. Context node: /ns0:Claim/ns0:Patient[ns0:MRN='").v(p.mrn, "mrn").t("']/ns0:BirthDate")
    else:
        b.t(f"Transformation failed in template match=\"Subscriber\" ({xsl} line {R.randint(20, 400)}): xsl:message terminate=\"yes\": Missing address for subscriber ").v(p.member, "health_plan").t(" (").v(p.first, "name").t(" ").v(p.last, "name").t(")")
    return [b]


@fam("json_escaped_xml")
def f_json_xml(phi):
    b = B("json_escaped_xml")
    esc = R.choice([j_str, j_str, j_str_ascii, j_str_slash])
    b.t(f'{{"@timestamp":"{ts_zulu()}","@version":"1","message":"{R.choice(["SOAP request sent", "Outbound SOAP", "payer response"])}","logger_name":"com.lakeshore.integration.payer.{R.choice(["CoreClient", "ClaimStatusClient", "EmpiClient"])}",')
    b.t(f'"thread_name":"pool-{R.randint(1, 9)}-thread-{R.randint(1, 40)}","level":"DEBUG","level_value":10000,"soapRequest":"')
    if phi:
        p = Person()
        inner = soap_env(R.choice([body_elig, body_registration, body_patient_attr, body_claimstatus, body_auto_claim])(p))
    else:
        inner = soap_env(neg_body())
    xml = B().t('<?xml version="1.0" encoding="UTF-8"?>\n').add(inner)
    b.add(xml, esc)
    b.t(f'","traceId":"{rhex(32)}","spanId":"{rhex(16)}","host":"{R.choice(HOSTS)}"}}')
    return [b]


@fam("html_escaped_xml")
def f_html_xml(phi):
    b = B("html_escaped_xml")
    k = R.randrange(2)
    if k == 0:
        b.t(f"{ts_comma()} WARN  [AuditTrailRenderer] flowId={R.randint(1000000, 9999999)} compositeDN=default/{R.choice(['ClaimStatus', 'Eligibility'])}!1.{R.randint(0, 9)}.{R.randint(0, 9)} payloadHtml=")
    else:
        b.t(f'{ts_dot()} ERROR [ErrorPageFilter] Rendered error page for /portal/api/soap: <div class="fault"><pre>')
    if phi:
        p = Person()
        inner = R.choice([body_elig, body_claimstatus, body_registration, body_patient_attr])(p)
    else:
        inner = neg_body()
    b.add(inner, html_esc)
    if k == 1:
        b.t("</pre></div>")
    return [b]


@fam("cdata_json")
def f_cdata_json(phi):
    b = B("cdata_json")
    b.t(f"{ts_dot()} INFO  [bridge-worker-{R.randint(1, 8)}] FhirSoapBridge - wrapped request: ")
    b.t('<ns0:SubmitFhirResource xmlns:ns0="urn:lakeshore:bridge:v1"><ns0:resourceType>')
    if not phi:
        b.t(f'Bundle</ns0:resourceType><ns0:body><![CDATA[{{"resourceType":"Bundle","type":"batch-response","entry":[{{"response":{{"status":"201 Created","etag":"W/\\"{R.randint(1, 9)}\\"","lastModified":"{ts_zulu()}"}}}}]}}]]></ns0:body></ns0:SubmitFhirResource>')
        return [b]
    p = Person(old=R.random() < 0.3)
    k = R.randrange(3)
    if k == 0:
        b.t('Patient</ns0:resourceType><ns0:body><![CDATA[{"resourceType":"Patient","identifier":[{"system":"urn:oid:2.16.840.1.113883.3.4471.1","value":"').v(p.mrn, "mrn", j_str)
        b.t('"}],"name":[{"family":"').v(p.last, "name", j_str).t('","given":["').v(p.first, "name", j_str).t('"]}],"telecom":[{"system":"phone","value":"').v(fmt_phone(p.phone, R.choice(PHONE_STYLES)), "phone", j_str)
        b.t(f'","use":"home"}}],"gender":"{"female" if p.sex == "F" else "male"}","birthDate":"').v(fmt_date(p.dob, "iso"), "date").t('","address":[{"line":["').v(p.street, "address", j_str)
        b.t('"],"city":"').v(p.city, "address", j_str).t(f'","state":"{p.state}","postalCode":"').v(p.zip, "zip").t('"}]}]]></ns0:body></ns0:SubmitFhirResource>')
    elif k == 1:
        b.t('Coverage</ns0:resourceType><ns0:body><![CDATA[{"resourceType":"Coverage","status":"active","subscriberId":"').v(p.member, "health_plan", j_str)
        b.t('","beneficiary":{"reference":"Patient/').v(rdig(6), "other_id").t(f'"}},"payor":[{{"display":"{R.choice(PAYERS)[0]}"}}],"class":[{{"type":{{"text":"group"}},"value":"{p.group}"}}],"period":{{"start":"').v(fmt_date(p.dos - datetime.timedelta(days=200), "iso"), "date").t('"}}]]></ns0:body></ns0:SubmitFhirResource>')
    else:
        b.t("IntakeForm</ns0:resourceType><ns0:body><![CDATA[{").add(fields_json(p, R.choice([["full", "dob", "age", "cell", "email"], ["last", "first", "ssn", "dl", "street", "zip"], ["full", "passport", "dob", "cell"], ["mrn", "portal", "age"]]), quote_num=False)).t("}]]></ns0:body></ns0:SubmitFhirResource>")
    return [b]


@fam("mapping_trace")
def f_map(phi):
    b = B("mapping_trace")
    mp = R.choice(["ADT_A04_to_PatientCanonical", "Elig271_to_PortalCoverage", "Claim837_to_FHIR_Claim", "Registration_to_EMPI"])
    b.t(f"{ts_dot()} DEBUG [map-exec-{R.randint(1, 8)}] c.l.i.mapper.FieldMappingTracer - map={mp} rule=R{R.randint(1, 200):03d} ")
    if not phi:
        b.t(R.choice([f"src=MSH.7 dst=/Message/header/sentAt value=\"{CLK.now.strftime('%Y%m%d%H%M%S')}\" xform=hl7ts2iso result=\"{CLK.now.strftime('%Y-%m-%dT%H:%M:%S')}\"",
                      f"src=PV1.7.1 dst=/Encounter/participant[0]/npi value=\"{gen_npi()}\" xform=none result=\"(same)\"",
                      f"src=IN1.3 dst=/Coverage/payor/identifier value=\"{R.choice(PAYERS)[1]}\" xform=lookup(payer_xref) result=\"{rdig(5)}\"",
                      f"src=ISA.13 dst=/Batch/controlNumber value=\"{rdig(9)}\" xform=ltrim0 result=\"{R.randint(1, 99999)}\""]))
        return [b]
    p = Person(old=R.random() < 0.3)
    k = R.randrange(5)
    if k == 4:
        b.t("src=PID.7 dst=/Patient/extension[ageYears] value=\"").v(p.dob.strftime("%Y%m%d"), "date").t("\" xform=ageAt(MSH.7) result=\"").o(str(p.age), "age" if p.age > 89 else None).t("\"")
    elif k == 0:
        b.t("src=PID.5.1 dst=/Patient/name/family value=\"").v(p.last, "name").t("\" xform=trim|upper result=\"").v(p.last.upper(), "name").t("\"")
    elif k == 1:
        b.t("src=PID.7 dst=/Patient/birthDate value=\"").v(p.dob.strftime("%Y%m%d"), "date").t("\" xform=hl7date2iso result=\"").v(fmt_date(p.dob, "iso"), "date").t("\"")
    elif k == 2:
        b.t("src=/ns0:Subscriber/ns0:MemberId dst=Coverage.subscriberId value='").v(p.member, "health_plan").t("' ; src=/ns0:Subscriber/ns0:Zip dst=Patient.address.postalCode value='").v(p.zipv(), "zip").t("'")
    else:
        b.t("Quelle=Patient/Nachname Ziel=PID-5.1 Wert=\"").v(p.last, "name").t("\" ; Quelle=Patient/Geburtsdatum Ziel=PID-7 Wert=\"").v(fmt_date(p.dob, "eu"), "date").t("\"")
    return [b]


@fam("jaxws_dump")
def f_jaxws(phi):
    payer = R.choice(PAYERS)
    out = []
    out.append(B("jaxws_dump").t(f"---[HTTP request - https://{payer[2]}/ws/{R.choice(['MemberService', 'ClaimStatusService', 'EligibilityV2'])}]---"))
    out.append(B("jaxws_dump").t('Content-type: text/xml;charset="utf-8"'))
    out.append(B("jaxws_dump").t(f'Soapaction: "urn:{R.choice(["getMember", "getClaimStatus", "verify"])}"'))
    body = B("jaxws_dump").t('<?xml version="1.0" ?>')
    if phi:
        body.add(soap_env(R.choice([body_elig, body_claimstatus, body_patient_attr, body_registration])(Person()), "11"))
    else:
        body.add(soap_env(neg_body(), "11"))
    out.append(body)
    out.append(B("jaxws_dump").t("--------------------"))
    return out


@fam("spring_ws_trace")
def f_springws(phi):
    b = B("spring_ws_trace")
    b.t(f"{ts_dot()} TRACE {R.randint(1000, 40000)} --- [nio-8443-exec-{R.randint(1, 20)}] o.s.ws.server.MessageTracing.received    : Received request [")
    if phi:
        b.add(soap_env(body_any(Person()), R.choice(["11", "12"])))
    else:
        b.add(soap_env(neg_body()))
    b.t("]")
    return [b]


@fam("httpclient_wire")
def f_wire(phi):
    conn = f"http-outgoing-{R.randint(0, 60)}"
    out = []

    def w(direction, content):
        bb = B("httpclient_wire").t(f"{ts_comma()} DEBUG [org.apache.http.wire] {conn} {direction} \"")
        if isinstance(content, B):
            bb.add(content)
        else:
            bb.t(content)
        bb.t("[\\r][\\n]\"" if (not isinstance(content, B) or R.random() < 0.4) else "\"")
        return bb
    payer = R.choice(PAYERS)
    out.append(w(">>", f"POST /CORE/RealTime HTTP/1.1"))
    out.append(w(">>", f"Host: {payer[2]}"))
    if phi:
        p = Person()
        out.append(w(">>", B().t("<elig:Subscriber>").add(fields_xml(p, R.sample(["member", "last", "first", "dob", "zip", "ssn"], 2), prefix="elig:")).t("</elig:Subscriber>")))
    else:
        out.append(w(">>", f"Content-Length: {R.randint(400, 9000)}"))
        out.append(w("<<", f"HTTP/1.1 {R.choice(['200 OK', '503 Service Unavailable', '202 Accepted'])}"))
    return out


@fam("iis_w3c_access")
def f_iis(phi):
    n = CLK.tick()
    u = CLK.utc()
    d = u.strftime("%Y-%m-%d %H:%M:%S")
    b = B("iis_w3c_access")
    sip = f"10.20.{R.randint(1, 9)}.{R.randint(2, 60)}"
    if not phi:
        k = R.randrange(3)
        if k == 0:
            b.t("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken")
        else:
            b.t(f"{d} {sip} POST /b2b/CORE/RealTime.svc - 443 svc_clearinghouse {R.choice(['52.167.14.201', '20.42.65.92', '40.76.4.15'])} Apache-HttpClient/4.5.13+(Java/11.0.19) - {R.choice([200, 200, 500, 401])} 0 0 {R.randint(40, 9000)}")
        return [b]
    p = Person()
    k = R.randrange(3)
    ip = public_ip()
    if k == 0:
        b.t(f"{d} {sip} GET /MemberPortal/api/eob.svc/GetEobList memberId=").v(p.member, "health_plan").t("&fromDate=").v(fmt_date(p.dos - datetime.timedelta(days=90), "iso"), "date")
        b.t(f"&pageSize=25 443 - ").v(ip, "ip").t(" Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_3+like+Mac+OS+X) ")
        if R.random() < 0.5:
            b.v(f"https://members.northwindhp.com/portal/member/{p.member}/claims", "url")
        else:
            b.t("https://members.northwindhp.com/")
        b.t(f" 200 0 0 {R.randint(40, 3000)}")
    elif k == 1:
        b.t(f"{d} {sip} POST /MemberPortal/MemberService.svc - 443 ").v(p.email, "email").t(" ").v(ip, "ip").t(f" Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36 - 200 0 0 {R.randint(40, 3000)}")
    else:
        b.t(f"{d} {sip} POST /MemberPortal/Login.svc - 443 ").v(p.username, "other_id").t(" ").v(ip, "ip").t(f" okhttp/4.9.3 - 401 1 2148074254 {R.randint(5, 300)}")
    return [b]


@fam("iis_cdc_vxu_soap")
def f_vxu(phi):
    b = B("iis_cdc_vxu_soap")
    b.t(f"{ts_comma()} INFO  [ImmsSubmitter-{R.randint(1, 4)}] submitSingleMessage -> https://{R.choice(['iis.health.state.example', 'immtrac-soap.example.gov', 'siis-prod.example.org'])}/IISService : ")
    b.t('<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:urn="urn:cdc:iisb:2011"><soap:Header/><soap:Body><urn:submitSingleMessage>'
        f'<urn:username>LCH_IMMS</urn:username><urn:password>********</urn:password><urn:facilityID>{rdig(5)}</urn:facilityID><urn:hl7Message>')
    if not phi:
        b.t(x_text(f"MSH|^~\\&|LCH_EHR|LCH|IIS|STATE|{CLK.now.strftime('%Y%m%d%H%M%S')}||QBP^Q11^QBP_Q11|{rdig(10)}|P|2.5.1|||ER|AL|||||Z44^CDCPHINVS") + "&#13;")
        b.t("</urn:hl7Message></urn:submitSingleMessage></soap:Body></soap:Envelope>")
        return [b]
    p = Person(minor=R.random() < 0.7)
    mom = Person(like=p)
    inner = B().t(f"MSH|^~\\&|LCH_EHR|LCH|IIS|STATE|{CLK.now.strftime('%Y%m%d%H%M%S')}||VXU^V04^VXU_V04|{rdig(10)}|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS&#13;")
    inner.add(hl7_pid(p, upper=True, ssn=False, acct=False, maiden=True)).t("&#13;")
    inner.t("NK1|1|").v(mom.last, "name", U).t("^").v(mom.first, "name", U).t("|MTH^Mother^HL70063|").v(mom.street, "address", U).t("^^").v(mom.city, "address", U).t(f"^{mom.state}^").v(mom.zip, "zip").t("|").v(hl7_phone(mom.cell), "phone").t("&#13;")
    inner.t(f"ORC|RE||{rdig(8)}^LCH&#13;RXA|0|1|").v(p.dos.strftime("%Y%m%d"), "date").t(f"||{R.choice(['08^Hep B, adolescent or pediatric^CVX', '20^DTaP^CVX', '141^Influenza, seasonal^CVX', '208^COVID-19, mRNA^CVX'])}|0.5|mL^mL^UCUM||00^New immunization record^NIP001||||||{rlet(1)}{rdig(4)}{rlet(2)}||{R.choice(['MSD^Merck^MVX', 'PFR^Pfizer^MVX', 'SKB^GlaxoSmithKline^MVX'])}|||CP|A")
    # the HL7 payload sits inside an XML text node: & is written &amp; (except the &#13; segment terminators we wrote ourselves)

    def esc_amp(s):
        return s.replace("&", "&amp;").replace("&amp;#13;", "&#13;").replace("<", "&lt;")
    b.add(inner, esc_amp)
    b.t("</urn:hl7Message></urn:submitSingleMessage></soap:Body></soap:Envelope>")
    return [b]


@fam("nlog_kiosk_identity")
def f_kiosk(phi):
    n = CLK.tick()
    b = B("nlog_kiosk_identity")
    ts = n.strftime("%Y-%m-%d %H:%M:%S.") + f"{n.microsecond // 100:04d}"
    kiosk = f"KSK-{R.choice(['ED', 'REG', 'ONC', 'PEDS'])}-{R.randint(1, 12):02d}"
    if not phi:
        b.t(f"{ts}|INFO|Lakeshore.Kiosk.Identity.HealthMonitor|")
        b.t(R.choice([f"{kiosk} heartbeat ok; firmware 3.2.{R.randint(100, 300)}; scanner serial FPS-{rdig(5)}; uptime {R.randint(1, 900)}h",
                      f"{kiosk} template matcher warmed up in {R.randint(50, 900)} ms (engine NeuroMatch 12.{R.randint(0, 9)}, threshold 48)",
                      f"SOAP << <s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><EnrollResult xmlns=\"urn:lakeshore:kiosk:identity:v1\"><Status>ENROLLED</Status><TemplateId>{ruuid()}</TemplateId><Quality>{R.randint(40, 99)}</Quality></EnrollResult></s:Body></s:Envelope>"]))
        return [b]
    p = Person(old=R.random() < 0.2)
    b.t(f"{ts}|DEBUG|Lakeshore.Kiosk.Identity.EnrollmentClient|{kiosk} SOAP >> ")
    b.t('<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><EnrollPatient xmlns="urn:lakeshore:kiosk:identity:v1"><Mrn>').v(p.mrn, "mrn").t("</Mrn>")
    k = R.choice([0, 1, 2, 2, 3])
    if k == 0:
        b.t(f'<Template format="ISO/IEC 19794-2:2005" finger="{R.choice(["RIGHT_INDEX", "LEFT_INDEX", "RIGHT_THUMB"])}">').v(fingerprint_b64(), "biometric").t("</Template>")
    elif k == 1:
        b.t('<PalmVeinTemplate hand="R" encoding="base64">').v(rb64(R.randint(150, 300)) + "==", "biometric").t("</PalmVeinTemplate>")
    elif k == 2:
        b.t('<FacePhoto contentType="image/jpeg" encoding="base64">').v(photo_b64(), "photo").t("</FacePhoto>")
    else:
        b.t("<LastName>").v(p.last, "name", x_text).t("</LastName><BirthDate>").v(fmt_date(p.dob, "iso"), "date").t('</BirthDate><VoicePrint codec="opus" model="vp-x3">').v("VlBYMw" + rb64(R.randint(120, 260)), "biometric").t("</VoicePrint>")
    b.t(f"<CapturedAt>{ts_zulu()}</CapturedAt></EnrollPatient></s:Body></s:Envelope>")
    return [b]


@fam("xml_config_dump", phi_ok=False)
def f_config(phi):
    b = B("xml_config_dump")
    pay = R.choice(PAYERS)
    b.t(f"{ts_comma()} INFO  [ConfigLoader] effective config: ")
    b.t(R.choice([
        f'<add key="Core.Endpoint.{pay[1]}" value="https://{pay[2]}/CORE/RealTime" /><add key="Core.TimeoutSeconds" value="{R.choice([20, 60])}" /><add key="Core.SenderId" value="LAKESHORE01" />',
        f'<binding name="CoreSoap12" maxReceivedMessageSize="2147483647" sendTimeout="00:01:00"><security mode="Transport"><transport clientCredentialType="Certificate" /></security></binding>',
        f'<camelContext id="hl7-router" streamCache="true" xmlns="http://camel.apache.org/schema/spring"><route id="route-adt-in"><from uri="mllp://0.0.0.0:{R.choice([2575, 11000, 6661])}?autoAck=true"/><to uri="jms:queue:ADT.IN?concurrentConsumers={R.randint(2, 16)}"/></route></camelContext>',
        f'<http:listener-config name="HTTPS_Listener_config"><http:listener-connection host="0.0.0.0" port="{R.choice([8081, 8082, 8443])}" protocol="HTTPS"><tls:context><tls:key-store path="keystore.jks" alias="{R.choice(["mule", "api"])}" /></tls:context></http:listener-connection></http:listener-config>',
        f'<property name="oracle.webservices.httpReadTimeout" type="xs:string" many="false">{R.choice([30000, 60000])}</property><property name="jca.retry.count">{R.randint(1, 5)}</property><property name="jca.retry.interval">{R.randint(1, 5)}</property>',
        f'<bean id="mllpCodec" class="org.apache.camel.component.hl7.HL7MLLPNettyDecoderFactory"><property name="charset" value="iso-8859-1"/></bean><!-- build {R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 200)} sha {rhex(40)} -->',
    ]))
    return [b]


@fam("mq_amqsbcg", phi_ok=False)
def f_mq(phi):
    out = []
    out.append(B("mq_amqsbcg").t(f"  MsgId : X'414D5120514D4C43485052443031202020{rhex(14, True)}'"))
    out.append(B("mq_amqsbcg").t(f"  CorrelId : X'{'0' * 48}'"))
    out.append(B("mq_amqsbcg").t(f"  PutApplName : 'aceprd02 IntegrationServer '  PutDate : '{CLK.now.strftime('%Y%m%d')}'    PutTime : '{CLK.utc().strftime('%H%M%S')}{rdig(2)}'"))
    return out


# ----------------------------------------------------------------------------
# assembly
# ----------------------------------------------------------------------------
def main():
    phi_fams = [n for n, (fn, ok) in FAMS.items() if ok]
    all_fams = list(FAMS)
    jobs = []
    for n in phi_fams:
        jobs += [(n, True), (n, True)]
    for n in all_fams:
        jobs.append((n, False))
    for n in ["nlog_kiosk_identity", "osb_weblogic", "iis_w3c_access", "cda_fragment", "cdata_json", "karaf_cxf_payload"]:
        jobs += [(n, True), (n, True)]
    R.shuffle(jobs)

    lines = []  # list of B
    ji = 0
    while len(lines) < N_LINES:
        if ji < len(jobs):
            name, phi = jobs[ji]
            ji += 1
        else:
            n_neg = sum(1 for b in lines if not b.has_phi_())
            share = n_neg / max(1, len(lines))
            phi = share >= TARGET_NEG
            name = R.choice(phi_fams if phi else all_fams)
        rec = FAMS[name][0](phi)
        rec = rec[: N_LINES - len(lines)]
        lines.extend(rec)

    log_out = bytearray()
    lab_out = []
    counts = {}
    fam_set = set()
    for i, b in enumerate(lines, 1):
        data, spans = b.render()
        assert b"\n" not in data and b"\r" not in data, (i, data[:200])
        assert len(data) <= 4000, (i, len(data), b.fam)
        data.decode("utf-8")
        clean = []
        prev_e = -1
        for sp in spans:
            seg = data[sp["s"]:sp["e"]].decode("utf-8")
            exp = sp["_raw"]
            for fn in sp["_chain"]:
                exp = fn(exp)
            if seg != exp:
                raise SystemExit(f"span mismatch line {i}: {seg!r} != {exp!r}")
            if sp["e"] <= sp["s"]:
                raise SystemExit(f"empty span line {i}")
            if sp["s"] < prev_e:
                raise SystemExit(f"overlapping spans line {i}")
            prev_e = sp["e"]
            clean.append({"s": sp["s"], "e": sp["e"], "cat": sp["cat"]})
            counts[sp["cat"]] = counts.get(sp["cat"], 0) + 1
        if clean:
            fam_set.add(b.fam)
        lab_out.append(json.dumps({"line": i, "family": b.fam, "spans": clean}, ensure_ascii=False))
        log_out += data + b"\n"

    assert len(lines) == N_LINES
    with open(os.path.join(HERE, f"{CID}.log"), "wb") as fh:
        fh.write(bytes(log_out))
    with open(os.path.join(HERE, f"{CID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lab_out) + "\n")
    n_neg = sum(1 for b in lines if not b.has_phi_())
    assert len(fam_set) >= 25, len(fam_set)
    sys.stderr.write(f"lines={len(lines)} no_phi={n_neg} ({n_neg / len(lines):.1%}) phi_families={len(fam_set)}\n")
    for c in sorted(counts):
        sys.stderr.write(f"  {c:12s} {counts[c]}\n")
    sys.stderr.write("families with PHI: " + ", ".join(sorted(fam_set)) + "\n")


B.has_phi_ = lambda self: any(p[1] for p in self.parts)

if __name__ == "__main__":
    main()
