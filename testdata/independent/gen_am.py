#!/usr/bin/env python3
"""gen_am.py -- held-out labeled corpus "am": laboratory and diagnostics networks.

Writes am.log (500 lines) and am.labels.jsonl next to this script.
Standard library only, fixed seed, byte-for-byte reproducible.
All people, numbers and identifiers are synthetic.
"""
import base64
import calendar
import datetime
import hashlib
import json
import os

import random

SEED = 20240311
R = random.Random(SEED)
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_NEG = 225  # 45 % of the lines carry no PHI at all

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"]


# --------------------------------------------------------------------------------------
# line builder: text and labeled values are appended, byte offsets are tracked
# --------------------------------------------------------------------------------------
class P(object):
    """a labeled value"""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        assert c in CATS, c
        self.v = v
        self.c = c


class B(object):
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, x):
        x = str(x)
        self.buf.append(x)
        self.n += len(x.encode("utf-8"))
        return self

    def p(self, v, c):
        v = str(v)
        assert c in CATS, c
        st = self.n
        self.t(v)
        self.spans.append((st, self.n, c, v))
        return self

    def add(self, *parts):
        for x in parts:
            if isinstance(x, P):
                self.p(x.v, x.c)
            elif x is None:
                continue
            else:
                self.t(x)
        return self

    def text(self):
        return "".join(self.buf)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)


def emit_json(b, obj, sep=", ", col=": "):
    if isinstance(obj, dict):
        b.t("{")
        first = True
        for k, v in obj.items():
            if not first:
                b.t(sep)
            first = False
            b.t(jesc(k) + col)
            emit_json(b, v, sep, col)
        b.t("}")
    elif isinstance(obj, list):
        b.t("[")
        for i, v in enumerate(obj):
            if i:
                b.t(sep)
            emit_json(b, v, sep, col)
        b.t("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, str):
            assert jesc(obj.v) == '"' + obj.v + '"', obj.v
            b.t('"')
            b.p(obj.v, obj.c)
            b.t('"')
        else:
            b.p(str(obj.v), obj.c)
    elif isinstance(obj, Raw):
        b.t(obj.s)
    else:
        b.t(jesc(obj))


class Raw(object):
    __slots__ = ("s",)

    def __init__(self, s):
        self.s = s


def emit_json_compact(b, obj):
    emit_json(b, obj, ",", ":")


def emit_kv(b, pairs, sep=" ", eq="=", quote="auto"):
    """pairs: list of (key, value); value str / P / int. quote: auto|always|never"""
    for i, (k, v) in enumerate(pairs):
        if i:
            b.t(sep)
        b.t(k + eq)
        val = v.v if isinstance(v, P) else str(v)
        q = quote == "always" or (quote == "auto" and (" " in val or "," in val or val == ""))
        if q:
            assert '"' not in val
            b.t('"')
        if isinstance(v, P):
            b.p(v.v, v.c)
        else:
            b.t(val)
        if q:
            b.t('"')


# --------------------------------------------------------------------------------------
# small random helpers
# --------------------------------------------------------------------------------------
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DG = "0123456789"
UPN = UP + DG


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def rc(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n):
    return rc(DG, n)


def nz_digits(n):
    return str(R.randint(1, 9)) + digits(n - 1)


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode("ascii")


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def sha256hex():
    return hashlib.sha256(rbytes(16)).hexdigest()


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


# --------------------------------------------------------------------------------------
# pools
# --------------------------------------------------------------------------------------
FIRST = ["Maria", "José", "Wei", "Aisha", "Olumide", "Priya", "Dmitri", "Sofía", "Kenji", "Fatima",
         "Liam", "Chloé", "Mateo", "Hannah", "Tomasz", "Ngozi", "Hiroshi", "Ana", "Ahmed", "Ingrid",
         "Rahul", "Xiaoling", "Kwame", "Siobhan", "Björn", "Elena", "Jamal", "Yasmin", "Giovanni",
         "Leilani", "Oksana", "Camila", "DeShawn", "Emeka", "Mei", "Arjun", "Zoë", "Santiago", "Amara",
         "Hyun-woo", "Margaret", "Robert", "Linda", "James", "Dorothy", "William", "Patricia", "George",
         "Thi Lan", "Mohammed", "Anh", "Esperanza", "Rosa", "Bogdan", "Ayesha", "Farhan", "Noa", "Yusuf",
         "Lucía", "Grace", "Harold", "Mildred", "Eun-ji", "Tariq", "Keanu", "Declan", "Astrid", "Nadia",
         "Efosa", "Chiamaka", "Raúl", "Guadalupe", "Vikram", "Lakshmi", "Svetlana", "Pedro", "Imani",
         "Tyrone", "Shira", "Ethan", "Olivia", "Isabella", "Hamza", "Kofi", "Ravi", "Beatriz", "Hoang",
         "Jin", "Marisol", "Francesca", "Desmond", "Agnieszka", "Thabo", "Lindiwe", "Eleanor", "Walter",
         "Bernice", "Ruth", "Frank", "Sakura", "Malik", "Juana", "Colm", "Anders", "Precious", "Luz"]
LAST = ["Lopez", "Nguyen", "Smith", "Okafor", "Patel", "Kowalski", "Müller", "Haddad", "Johansson",
        "Rossi", "Kim", "Tanaka", "O'Brien", "García", "Mensah", "Ivanova", "Cohen", "Dubois", "Chen",
        "Singh", "Hernández", "Abdi", "Yilmaz", "Nakamura", "Fitzgerald", "Washington", "Begay",
        "Kealoha", "Popescu", "Novak", "Silva", "Ferreira", "Obi", "Park", "Ali", "Khan", "Reyes",
        "Torres", "Brown", "Jackson", "Murphy", "Walsh", "Lindqvist", "Jovanović", "Papadopoulos",
        "Adeyemi", "Castillo", "Romero", "Schneider", "Wójcik", "Ahmadi", "Rahman", "Tran", "Pham",
        "Das", "Iyer", "Morales", "Gutierrez", "Baptiste", "Pierre", "McAllister", "Delgado", "Osei",
        "Boateng", "Kaur", "Hussain", "Sato", "Yamamoto", "Zhang", "Liu", "Wang", "Huang", "Petrov",
        "Horvath", "Nkemelu", "Eze", "Mwangi", "Otieno", "Halvorsen", "Bianchi", "Moreau", "Leblanc",
        "Tremblay", "Gagnon", "Fernández", "Vargas", "Yazzie", "Thompson", "Robinson", "Anderson",
        "Martinez", "Davis", "Wilson", "Brennan", "Kaplan", "Esposito", "Nowak", "Sandoval", "Okoye"]
MIDI = list("ABCDEFGHJKLMNPRSTW")

# clinicians / staff (never labeled)
DOC_FIRST = ["Helen", "Amir", "Rachel", "Samuel", "Anika", "Thomas", "Lucia", "Daniel", "Nora",
             "Victor", "Ines", "Paul", "Reza", "Jennifer", "Omar", "Claire", "Marcus", "Yuki"]
DOC_LAST = ["Zhou", "Haddad", "Goldberg", "Okonkwo", "Patel", "Whitfield", "Marquez", "Lindgren",
            "Abernathy", "Castellanos", "Feld", "Nakashima", "Rosen", "Achterberg", "Bhatt",
            "Sorensen", "Ibarra", "Kessler"]
STAFF_USERS = ["mls.jchen", "kpatel_mls", "lab.tech042", "svc_lis_iface", "mirth_prod", "beaker_batch",
               "cbrennan.mls", "tmorales", "phleb_rt14", "courier.dvasquez", "svc-poct-gw", "qa.auditor2",
               "micro.lead", "cyto.screener3", "path.asst.rk", "svc_sendout", "hl7-listener",
               "admin_lims", "night.shift.core", "svc_abn_print", "portal-api", "etl_nightly"]
NURSES = ["RN Tom Berg", "RN Jessica Tran", "RN Alicia Moreno", "LPN Kevin Osei", "RN Priscilla Yoon",
          "charge RN Dana Whitaker", "RN Mateus Costa", "RN Farah Siddiqui"]

CITIES = [("Tucson", "AZ", "Pima", "857"), ("El Paso", "TX", "El Paso", "799"), ("Fresno", "CA", "Fresno", "937"),
          ("Dayton", "OH", "Montgomery", "454"), ("Spokane", "WA", "Spokane", "992"), ("Macon", "GA", "Bibb", "312"),
          ("Toledo", "OH", "Lucas", "436"), ("Paterson", "NJ", "Passaic", "075"), ("Lowell", "MA", "Middlesex", "018"),
          ("Yonkers", "NY", "Westchester", "107"), ("Gallup", "NM", "McKinley", "873"), ("Hilo", "HI", "Hawaii", "967"),
          ("Bozeman", "MT", "Gallatin", "597"), ("Duluth", "MN", "St. Louis", "558"), ("Laredo", "TX", "Webb", "780"),
          ("Brownsville", "TX", "Cameron", "785"), ("Chattanooga", "TN", "Hamilton", "374"),
          ("Flint", "MI", "Genesee", "485"), ("Rochester", "NY", "Monroe", "146"), ("Boise", "ID", "Ada", "837"),
          ("Sioux Falls", "SD", "Minnehaha", "571"), ("Lancaster", "PA", "Lancaster", "176"),
          ("Springfield", "MO", "Greene", "658"), ("Salinas", "CA", "Monterey", "939"),
          ("Kissimmee", "FL", "Osceola", "347"), ("Huntsville", "AL", "Madison", "358"),
          ("Cheyenne", "WY", "Laramie", "820"), ("Anchorage", "AK", "Anchorage", "995"),
          ("Burlington", "VT", "Chittenden", "054"), ("Portland", "ME", "Cumberland", "041"),
          ("Santa Fe", "NM", "Santa Fe", "875"), ("Winston-Salem", "NC", "Forsyth", "271"),
          ("St. Cloud", "MN", "Stearns", "563"), ("Wheeling", "WV", "Ohio", "260"),
          ("Kalamazoo", "MI", "Kalamazoo", "490"), ("Yakima", "WA", "Yakima", "989"),
          ("Pueblo", "CO", "Pueblo", "810"), ("Albany", "GA", "Dougherty", "317"), ("Lafayette", "LA", "Lafayette Parish", "705")]
STREET_NAMES = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lincoln", "Jefferson", "Sunset",
                "Lakeview", "Hillcrest", "Riverside", "Highland", "Park", "Mill", "Church", "Spring",
                "Chestnut", "Willow", "Magnolia", "Juniper", "Cypress", "Birch", "Dogwood", "Sycamore",
                "Aspen", "Meadow", "Ridge", "Valley", "Forest", "Harbor", "Mission", "Cesar Chavez",
                "Martin Luther King Jr", "Old Mill", "Quail Run", "Fox Hollow", "Stonebridge",
                "Prairie Wind", "Canyon View", "El Camino", "Vista Grande", "Bluebonnet", "Peachtree",
                "Palmetto", "N 14th", "W 3rd", "E Main", "S Grand", "County Road 112"]
SUFFIXES = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Lane", "Ct",
            "Way", "Pl", "Ter", "Cir", "Trl"]
UNITS = ["Apt 4", "Apt 12B", "Unit 3", "#207", "Apt 2F", "Lot 17", "Trlr 9", "Apt 31", "Unit 5C", "Apt 108"]
AREA = ["520", "915", "559", "937", "509", "478", "419", "973", "978", "914", "505", "808", "406", "218",
        "956", "423", "810", "585", "208", "605", "717", "417", "831", "407", "256", "307", "907", "802",
        "207", "336", "320", "304", "269", "719", "229", "337", "312", "646", "713", "404"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com",
             "protonmail.com", "comcast.net", "att.net", "live.com", "ymail.com", "me.com"]

# organisations (their addresses / phones are NOT PHI)
ORGS = [
    ("Northfield Reference Laboratories", "1200 Commerce Pkwy, Suite 300", "Burlington", "NC", "27215", "800-762-4344"),
    ("Meridian Diagnostics Inc", "4100 Technology Pkwy", "Durham", "NC", "27703", "888-415-2200"),
    ("BioAxis Genomics", "77 Cambridge Park Dr", "Cambridge", "MA", "02140", "866-302-7781"),
    ("Helix Path Partners", "2900 Research Blvd, Bldg 4", "Austin", "TX", "78759", "512-420-9100"),
    ("Tri-County Public Health Laboratory", "600 W Ash St", "Spokane", "WA", "99201", "509-324-1500"),
    ("Cascade Regional Medical Center", "1100 W 5th Ave", "Spokane", "WA", "99204", "509-473-3000"),
    ("Great Plains Toxicology", "8350 Industrial Pkwy", "Lenexa", "KS", "66215", "913-888-1770"),
    ("Summit Clinical Labs", "45 Executive Dr, Ste 120", "Hauppauge", "NY", "11788", "631-555-0190"),
]
CLINICS = [("Cascade Family Practice", "2211 N Grant St Ste 100", "Spokane", "WA", "99207"),
           ("Riverbend Internal Medicine", "410 Riverbend Pkwy", "Macon", "GA", "31210"),
           ("Desert Sky Pediatrics", "6601 E Grant Rd Ste 204", "Tucson", "AZ", "85715"),
           ("Lakeshore Oncology Associates", "3400 W Superior St", "Duluth", "MN", "55806"),
           ("Valley Women's Health", "1550 E Shaw Ave", "Fresno", "CA", "93710"),
           ("Mesa Verde Dialysis Center", "909 S Prince Rd", "Gallup", "NM", "87301")]
REF_LABS = ["LabCorp", "Quest", "ARUP", "Mayo Clinic Laboratories", "Sonic Reference Lab", "Eurofins Viracor",
            "Northfield Reference Laboratories", "BioAxis Genomics", "Helix Path Partners"]
TESTS = [("80053", "2345-7", "Glucose", "mg/dL", "70-99"), ("80048", "2823-3", "Potassium", "mmol/L", "3.5-5.1"),
         ("85025", "718-7", "Hemoglobin", "g/dL", "12.0-15.5"), ("84443", "3016-3", "TSH", "uIU/mL", "0.45-4.50"),
         ("83036", "4548-4", "Hemoglobin A1c", "%", "4.0-5.6"), ("85610", "6301-6", "INR", "", "0.9-1.1"),
         ("84484", "6598-7", "Troponin T", "ng/L", "<14"), ("82565", "2160-0", "Creatinine", "mg/dL", "0.57-1.00"),
         ("87635", "94500-6", "SARS-CoV-2 RNA", "", "Not detected"), ("84153", "2857-1", "PSA", "ng/mL", "0.0-4.0"),
         ("82947", "2339-0", "Glucose POC", "mg/dL", "70-140"), ("83690", "3040-3", "Lipase", "U/L", "13-60"),
         ("84295", "2951-2", "Sodium", "mmol/L", "136-145"), ("86803", "16128-1", "HCV Ab", "", "Non-reactive")]
ICD = ["E11.9", "I10", "Z13.1", "N18.3", "Z79.01", "R79.1", "E78.5", "D64.9", "Z11.52", "C50.911", "Z15.01",
       "Z80.3", "O09.529", "R53.83", "K76.0"]
INSTR = [("Sysmex", "XN-1000"), ("Beckman Coulter", "DxH 900"), ("Roche", "cobas 8000"), ("Abbott", "Alinity ci"),
         ("Siemens", "Atellica IM"), ("BD", "BACTEC FX"), ("bioMérieux", "BacT/ALERT VIRTUO"),
         ("Cepheid", "GeneXpert Infinity"), ("Roche", "Accu-Chek Inform II"), ("Roche", "CoaguChek XS Pro"),
         ("Abbott", "i-STAT 1"), ("Abbott", "ID NOW"), ("BD", "Veritor Plus"), ("Illumina", "NovaSeq 6000"),
         ("Hologic", "ThinPrep 5000"), ("Philips", "IntelliSite UFS")]
PUBLIC_OCT1 = [24, 47, 50, 63, 64, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108,
               136, 142, 162, 166, 173, 174, 184, 189, 201, 207, 208, 209]


# --------------------------------------------------------------------------------------
# clock for log timestamps (never labeled)
# --------------------------------------------------------------------------------------
CLOCK = [datetime.datetime(2024, 3, 11, 5, 58, 3, 112000)]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def tick():
    CLOCK[0] += datetime.timedelta(seconds=R.randint(2, 420), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def ts_iso(t, z=True):
    s = t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d" % (t.microsecond // 1000)
    return s + ("Z" if z else pick(["-05:00", "-07:00", "-06:00", "-04:00"]))


def ts_space(t, comma=True):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ("," if comma else ".") + "%03d" % (t.microsecond // 1000)


def ts_syslog(t):
    return "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def ts_apache(t):
    return "%02d/%s/%d:%s %s" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"), pick(["-0700", "-0500", "+0000"]))


def ts_hl7(t):
    return t.strftime("%Y%m%d%H%M%S")


def ts_epoch_ms(t):
    return str(calendar.timegm(t.timetuple()) * 1000 + t.microsecond // 1000)


# --------------------------------------------------------------------------------------
# PHI value generators (all synthetic)
# --------------------------------------------------------------------------------------
def rand_date(y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(d0, d1))


def fmt_date(d, style=None):
    style = style or pick(["iso", "us", "hl7", "iso", "us"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "mon":
        return "%s %d, %d" % (MON[d.month - 1], d.day, d.year)
    if style == "oracle":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1].upper(), d.year)
    if style == "usshort":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    raise ValueError(style)


def svc_date():
    # dates of service / collection: before the log window (logs start 2024-03-11)
    return datetime.date.fromordinal(R.randint(datetime.date(2023, 12, 1).toordinal(), datetime.date(2024, 3, 10).toordinal()))


def ssn(style=None):
    area = R.randint(1, 899)
    while area == 666:
        area = R.randint(1, 899)
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    style = style or pick(["dash", "dash", "plain", "space"])
    if style == "dash":
        return "%03d-%02d-%04d" % (area, g, s)
    if style == "space":
        return "%03d %02d %04d" % (area, g, s)
    return "%03d%02d%04d" % (area, g, s)


def mrn():
    k = R.randint(0, 5)
    if k == 0:
        return "%08d" % R.randint(100000, 9999999)
    if k == 1:
        return "E" + digits(7)
    if k == 2:
        return "MR" + digits(7)
    if k == 3:
        return nz_digits(9)
    if k == 4:
        return "%s-%s-%s" % (digits(2), digits(2), digits(2))
    return "M" + digits(8)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashed=None):
    an = MBI_A + DG
    s = (str(R.randint(1, 9)) + R.choice(MBI_A) + R.choice(an) + R.choice(DG) + R.choice(MBI_A) +
         R.choice(an) + R.choice(DG) + R.choice(MBI_A) + R.choice(MBI_A) + R.choice(DG) + R.choice(DG))
    if dashed is None:
        dashed = chance(0.3)
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s


def member_id():
    k = R.randint(0, 7)
    if k == 0:
        return pick(["XEH", "ZGP", "YRB", "JQU", "XOF"]) + digits(9)
    if k == 1:
        return "W" + digits(9)
    if k == 2:
        return nz_digits(9) + "-0" + str(R.randint(1, 4))
    if k == 3:
        return "MCD" + digits(8)
    if k == 4:
        return pick(["TX", "AZ", "NM", "GA"]) + digits(9)
    if k == 5:
        return rc(UP, 3) + digits(8) + rc(UP, 1)
    if k == 6:
        return "U" + digits(8) + "01"
    return mbi()


def acct():
    k = R.randint(0, 4)
    if k == 0:
        return "PA" + digits(8)
    if k == 1:
        return nz_digits(10)
    if k == 2:
        return "BIL-" + digits(7)
    if k == 3:
        return "%s%s" % (pick(["H", "V", "G"]), digits(9))
    return digits(4) + "-" + digits(6)


def card(groups=True):
    k = R.randint(0, 2)
    if k == 0:
        body = "4" + digits(14)
    elif k == 1:
        body = str(R.randint(51, 55)) + digits(13)
    else:
        body = pick(["34", "37"]) + digits(12)
    num = body + luhn_digit(body)
    if not groups:
        return num
    sep = pick([" ", "-"])
    if len(num) == 15:
        return num[:4] + sep + num[4:10] + sep + num[10:]
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def bank_acct():
    return nz_digits(R.randint(8, 12))


def drivers_license(st=None):
    st = st or pick(["CA", "TX", "FL", "NY", "IL", "WA", "AZ", "PA", "GA", "NM"])
    if st == "CA":
        v = rc(UP, 1) + digits(7)
    elif st == "TX":
        v = nz_digits(8)
    elif st == "FL":
        v = "%s%s-%s-%s-%s-%s" % (rc(UP, 1), digits(3), digits(3), digits(2), digits(3), digits(1))
    elif st == "NY":
        v = "%s %s %s" % (digits(3), digits(3), digits(3))
    elif st == "IL":
        v = "%s%s-%s-%s" % (rc(UP, 1), digits(3), digits(4), digits(4))
    elif st == "WA":
        v = "WDL" + rc(UPN, 9)
    elif st == "AZ":
        v = rc("ABDY", 1) + digits(8)
    elif st == "GA":
        v = "0" + digits(8)
    elif st == "NM":
        v = digits(9)
    else:
        v = digits(8)
    return st, v


def dea(last_initial):
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return pick("ABFGM") + last_initial.upper() + "".join(map(str, d)) + str(chk)


def med_license(st):
    k = R.randint(0, 3)
    if k == 0:
        return rc("AGC", 1) + digits(6)
    if k == 1:
        return "MD" + digits(6)
    if k == 2:
        return st + "-" + digits(5)
    return digits(2) + "." + digits(6)


VIN_T = {}
for _c, _v in zip("ABCDEFGH", range(1, 9)):
    VIN_T[_c] = _v
for _c, _v in zip("JKLMN", range(1, 6)):
    VIN_T[_c] = _v
VIN_T["P"] = 7
VIN_T["R"] = 9
for _c, _v in zip("STUVWXYZ", range(2, 10)):
    VIN_T[_c] = _v
for _c in DG:
    VIN_T[_c] = int(_c)
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = pick(["1FT", "1GC", "2HG", "3VW", "4T1", "5YJ", "JHM", "1C4", "WBA", "KMH", "1HG", "3GN", "1FM", "5TD"])
    v = list(wmi + rc(VIN_CH, 5) + "0" + pick("LMNPRS") + rc(VIN_CH, 1) + digits(6))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def plate():
    k = R.randint(0, 4)
    if k == 0:
        return str(R.randint(1, 9)) + rc(UP, 3) + digits(3)
    if k == 1:
        return rc(UP, 3) + "-" + digits(4)
    if k == 2:
        return rc(UP, 3) + " " + digits(4)
    if k == 3:
        return digits(3) + rc(UP, 3)
    return rc(UP, 2) + digits(1) + "-" + rc(UP, 1) + digits(2)


def imei():
    body = pick(["35", "86", "01", "99"]) + digits(12)
    return body + luhn_digit(body)


def mac(sep=":"):
    return sep.join(hexs(2) for _ in range(6)) if chance(0.6) else sep.join(hexs(2, True) for _ in range(6))


def gs1_check(body):
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - tot % 10) % 10)


def udi():
    gtin = "00" + nz_digits(11)
    gtin = gtin + gs1_check(gtin)
    exp = "%02d%02d%02d" % (R.randint(25, 29), R.randint(1, 12), R.randint(1, 28))
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin, exp, rc(UPN, 6), digits(R.randint(7, 10)))


def patient_device_serial():
    k = R.randint(0, 4)
    if k == 0:
        return rc(UPN, 10)  # CGM sensor
    if k == 1:
        return rc("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + digits(6) + rc(UP, 1)  # pacemaker/ICD
    if k == 2:
        return "UU" + digits(7)  # home INR meter
    if k == 3:
        return digits(2) + rc(UP, 2) + digits(6)
    return rc(UP, 1) + digits(9)


def public_ip():
    if chance(0.12):
        return "2600:%s:%s:%s::%s" % (hexs(4), hexs(4), hexs(3), hexs(2))
    return "%d.%d.%d.%d" % (pick(PUBLIC_OCT1), R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))


def private_ip():
    k = R.randint(0, 3)
    if k == 0:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if k == 1:
        return "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
    if k == 2:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    return "127.0.0.1"


def biometric_b64(kind="fp"):
    if kind == "fp":
        head = b"FMR\x00 20\x00\x00"
    elif kind == "voice":
        head = b"VPRT\x01\x02"
    else:
        head = b"PVEIN\x03"
    return base64.b64encode(head + rbytes(R.randint(45, 90))).decode("ascii")


def photo_b64():
    if chance(0.65):
        return "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAA" + b64(R.randint(45, 95))
    return "iVBORw0KGgoAAAANSUhEUgAAA" + b64(R.randint(45, 95))


def other_id():
    """returns (kind label, value)"""
    k = R.randint(0, 8)
    if k == 0:
        return "passport", nz_digits(9)
    if k == 1:
        return "passport", pick("ACEGKNR") + digits(8)
    if k == 2:
        return "CURP", rc(UP, 4) + "%02d%02d%02d" % (R.randint(40, 99), R.randint(1, 12), R.randint(1, 28)) + pick("HM") + rc(UP, 5) + digits(2)
    if k == 3:
        return "A-number", "A" + digits(9)
    if k == 4:
        return "EDIPI", nz_digits(10)
    if k == 5:
        base = nz_digits(8)
        return "SIN", "%s %s %s" % ((base + luhn_digit(base))[:3], (base + luhn_digit(base))[3:6], (base + luhn_digit(base))[6:])
    if k == 6:
        return "state ID", pick(["S", "I", "ID"]) + digits(8)
    if k == 7:
        return "employee ID", "EMP-" + digits(6)
    return "tribal ID", pick(["CN", "NN", "TO"]) + "-" + digits(6)


class Person(object):
    def __init__(self, min_age=1, max_age=89):
        self.first = pick(FIRST)
        self.last = pick(LAST)
        self.mi = pick(MIDI)
        self.sex = pick("FM")
        age = R.randint(min_age, max_age)
        self.age = age
        self.dob = rand_date(2024 - age - 1, 2024 - age - 1)
        city = pick(CITIES)
        self.city, self.state, self.county, zp = city
        self.zip = zp + digits(2)
        self.zip4 = self.zip + "-" + digits(4)
        self.street = "%d %s %s" % (R.randint(12, 9899), pick(STREET_NAMES), pick(SUFFIXES))
        self.unit = pick(UNITS) if chance(0.35) else ""
        self.area = pick(AREA)

    def full(self, style=None):
        style = style or pick(["fl", "fl", "lf", "fml", "LF", "FL"])
        if style == "fl":
            return "%s %s" % (self.first, self.last)
        if style == "lf":
            return "%s, %s" % (self.last, self.first)
        if style == "fml":
            return "%s %s. %s" % (self.first, self.mi, self.last)
        if style == "LF":
            return "%s, %s" % (self.last.upper(), self.first.upper())
        if style == "FL":
            return "%s %s" % (self.first.upper(), self.last.upper())
        if style == "lfm":
            return "%s, %s %s" % (self.last, self.first, self.mi)
        raise ValueError(style)

    def xpn(self, mid=None):
        mid = chance(0.4) if mid is None else mid
        s = "%s^%s" % (self.last.upper(), self.first.upper())
        return s + ("^" + self.mi) if mid else s

    def street_line(self, unit=True):
        return self.street + (" " + self.unit if (unit and self.unit) else "")

    def phone(self, style=None):
        n = "%s%s" % (R.randint(2, 9), digits(2)), digits(4)
        style = style or pick(["paren", "dash", "dot", "plus", "plain", "dash"])
        if style == "paren":
            return "(%s) %s-%s" % (self.area, n[0], n[1])
        if style == "parenc":
            return "(%s)%s-%s" % (self.area, n[0], n[1])
        if style == "dash":
            return "%s-%s-%s" % (self.area, n[0], n[1])
        if style == "dot":
            return "%s.%s.%s" % (self.area, n[0], n[1])
        if style == "plus":
            return "+1 %s %s %s" % (self.area, n[0], n[1])
        if style == "e164":
            return "+1%s%s%s" % (self.area, n[0], n[1])
        return "%s%s%s" % (self.area, n[0], n[1])

    def email(self):
        f = strip_acc(self.first).lower().replace(" ", "").replace("-", "")
        l = strip_acc(self.last).lower().replace("'", "").replace(" ", "")
        k = R.randint(0, 5)
        if k == 0:
            u = "%s.%s" % (f, l)
        elif k == 1:
            u = "%s%s%d" % (f[0], l, self.dob.year)
        elif k == 2:
            u = "%s_%s%s" % (f, l, digits(2))
        elif k == 3:
            u = "%s%s" % (l, f[0])
        elif k == 4:
            u = "%s.%s+labs" % (f, l)
        else:
            u = "%s%s%s" % (f, l[0], digits(3))
        return u + "@" + pick(EMAIL_DOM)

    def url(self):
        f = strip_acc(self.first).lower().replace(" ", "").replace("-", "")
        l = strip_acc(self.last).lower().replace("'", "").replace(" ", "")
        k = R.randint(0, 6)
        if k == 0:
            return "https://www.facebook.com/%s.%s.%s" % (f, l, digits(4))
        if k == 1:
            return "https://www.caringbridge.org/visit/%s%s" % (f, l)
        if k == 2:
            return "https://www.gofundme.com/f/help-%s-%s-beat-%s" % (f, l, pick(["leukemia", "lymphoma", "cancer", "kidney-failure"]))
        if k == 3:
            return "https://www.linkedin.com/in/%s-%s-%s" % (f, l, hexs(6))
        if k == 4:
            return "https://instagram.com/%s.%s%s" % (f, l, digits(2))
        if k == 5:
            return "http://home.%s/~%s%s%d/" % (pick(["comcast.net", "earthlink.net", "att.net"]), f[0], l, self.dob.year)
        return "https://%s%s.wordpress.com/my-transplant-journey" % (f, l)


def strip_acc(s):
    tbl = {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ü": "u", "ö": "o", "ä": "a", "ë": "e",
           "ç": "c", "ć": "c", "ó": "o", "ś": "s", "ł": "l", "Á": "A", "É": "E", "Ö": "O", "Ü": "U", "Ž": "Z",
           "Ø": "O", "ø": "o"}
    return "".join(tbl.get(c, c) for c in s)


def old_person():
    return Person(90, 104)


# --------------------------------------------------------------------------------------
# look-alike (non-PHI) value generators
# --------------------------------------------------------------------------------------
def doc_name(style=None):
    f, l = pick(DOC_FIRST), pick(DOC_LAST)
    style = style or pick(["dr", "md", "lf", "xcn"])
    if style == "dr":
        return "Dr. %s %s" % (f, l)
    if style == "md":
        return "%s %s, MD" % (f, l)
    if style == "lf":
        return "%s, %s MD" % (l, f)
    return "%s^%s" % (l.upper(), f.upper())


def npi():
    base = str(R.randint(1, 2)) + digits(8)
    return base + luhn_digit("80840" + base)


def clia():
    return "%02dD%07d" % (R.randint(1, 99), R.randint(0, 9999999))


def accession(kind=None):
    kind = kind or pick(["W", "S", "C", "BC", "M", "GX", "T"])
    return "%s24-%07d" % (kind, R.randint(1000, 999999))


def order_no():
    k = R.randint(0, 3)
    if k == 0:
        return "ORD-2024-%07d" % R.randint(1, 9999999)
    if k == 1:
        return "%d" % R.randint(10000000, 99999999)
    if k == 2:
        return "QO" + digits(9)
    return "RQ%s-%s" % (digits(6), digits(3))


def lot():
    return pick(["LOT ", "lot#", "Lot "]) + rc(UPN, R.randint(5, 8))


def version():
    return "%d.%d.%d" % (R.randint(1, 12), R.randint(0, 30), R.randint(0, 99))


def instr_sn():
    return pick(["SN", "S/N ", ""]) + rc(UPN, 2) + digits(R.randint(5, 7))


def tracking():
    k = R.randint(0, 2)
    if k == 0:
        return "1Z" + rc(UPN, 6) + digits(10)
    if k == 1:
        return digits(12)
    return "9400" + digits(18)


def ms():
    return "%dms" % R.randint(2, 4800)


def hosp_phone():
    return pick(["800-762-4344", "(509) 473-3000", "1-866-302-7781", "888.415.2200", "(913) 888-1770"])


def cpt():
    return pick(TESTS)[0]


def loinc():
    return pick(TESTS)[1]


def reagent_exp():
    return "%d-%02d-%02d" % (pick([2024, 2025, 2026]), R.randint(1, 12), R.randint(1, 28))


def run_id():
    return "%s_%s_%04d_%s" % ("24%02d%02d" % (R.randint(1, 3), R.randint(1, 28)), pick(["A01234", "M07731", "NB552190"]),
                              R.randint(1, 999), rc(UPN, 10))


# ======================================================================================
# format families.  Each takes (builder, pos) -- pos=False must produce a PHI-free line.
# ======================================================================================
def emit_fields(b, fields, fsep="|"):
    while fields and fields[-1] == "":
        fields.pop()
    for i, f in enumerate(fields):
        if i:
            b.t(fsep)
        if isinstance(f, list):
            b.add(*f)
        else:
            b.add(f)


def nm(p, style=None):
    return P(p.full(style), "name")


HL7_CH = ["QuestORU_In", "LabCorp_ORU_In", "ARUP_Results_In", "ELR_to_StateDOH", "SendOut_ORM_Out",
          "MayoAccess_In", "BioAxis_Genomics_ORU", "Sonic_ORM_Out", "Viracor_ORU_In"]
FACS = ["NFMC", "CRMC", "TCPHL", "SUMMIT", "HPP", "CASCADE"]
RACE = ["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC",
        "1002-5^American Indian or Alaska Native^CDCREC", "2131-1^Other Race^CDCREC", "UNK^Unknown^NULLFL"]


def hl7_ctrl():
    return pick(["Q%sT" % digits(8), digits(10), "LCA%s" % digits(7), "MSG%s" % digits(9), hexs(16, True)])


def hl7_prefix(b, t, chan, ctrl, mtype):
    k = R.randint(0, 3)
    if k == 0:
        b.t("%s INFO  [%s] MSG %s ctrl=%s payload=" % (ts_space(t), chan, pick(["RECEIVED", "SENT", "ROUTED"]), ctrl))
    elif k == 1:
        b.t("%s %s rhapsody[%d]: route=%s type=%s bytes=%d msg=" % (ts_iso(t), pick(["ie-prod-01", "ie-prod-02", "rhap-dr"]),
                                                                 R.randint(1000, 65000), chan, mtype, R.randint(400, 4000)))
    elif k == 2:
        b.t("[%s] mirth ch=%s conn=%s status=%s raw=" % (ts_space(t, False), chan, pick(["src", "dest1", "dest2"]),
                                                         pick(["TRANSFORMED", "SENT", "QUEUED"])))
    else:
        b.t('%s level=info svc=corepoint action=%s msgctl=%s hl7="' % (ts_iso(t, False), chan.lower(), ctrl))
    return k == 3


def msh(b, t, mtype, ctrl, sep):
    snd = pick(["LCA^LABCORP^L", "QDI^QUEST^L", "ARUP^ARUPLAB^L", "BEAKER", "SUNQUEST", "PATHNET", "BIOAXIS"])
    fac = pick(FACS)
    b.t("MSH|^~\\&|%s|%s^%s^CLIA|EPIC|%s|%s||%s|%s|P|%s" % (snd, pick(REF_LABS).upper().replace(" ", "_")[:12], clia(), fac,
                                                            ts_hl7(t), mtype, ctrl, pick(["2.3", "2.5.1", "2.4"])))
    b.t(sep)
    return fac


def hl7_addr(p, county=None):
    f = [P(p.street_line().upper() if chance(0.5) else p.street_line(), "address"), "^^",
         P(p.city.upper() if chance(0.5) else p.city, "address"), "^", p.state, "^", P(p.zip if chance(0.7) else p.zip4, "zip"),
         "^USA^", pick(["H", "M", "P"])]
    if county is None:
        county = chance(0.3)
    if county:
        f += ["^^", P(p.county.upper(), "address")]
    return f


def fam_hl7(b, pos):
    t = tick()
    sep = pick(["\\r", "<CR>", "\\r", "<0x0D>", "\\r"])
    chan = pick(HL7_CH)
    ctrl = hl7_ctrl()
    if not pos:
        k = R.randint(0, 3)
        mtype = ["ACK^R01^ACK", "ORU^R01^ORU_R01", "MFN^M08^MFN_M08", "ORM^O01^ORM_O01"][k]
        quoted = hl7_prefix(b, t, chan, ctrl, mtype)
        msh(b, t, mtype, ctrl, sep)
        if k == 0:
            b.t("MSA|%s|%s|%s" % (pick(["AA", "AA", "AE", "AR"]), hl7_ctrl(), pick(["Message accepted", "", "OK"])))
            if chance(0.5):
                b.t(sep + "ERR|^^^%s&%s&HL70357|%s|W" % (pick(["207", "101", "103"]), pick(["Application internal error",
                    "Required field missing", "Table value not found"]), pick(["OBR^1^4", "OBX^3^3", "ORC^1^12"])))
        elif k == 1:
            ob = accession()
            tst = pick(TESTS)
            org = pick(ORGS)
            b.t("OBR|1|%s|%s|%s^%s^C4|||||||||||%s^%s^^^^^^NPI" % (order_no(), ob, tst[0], tst[2].upper(), npi(), doc_name("xcn")))
            for i in range(R.randint(1, 3)):
                tst = pick(TESTS)
                b.t(sep + "OBX|%d|NM|%s^%s^LN||%s|%s|%s|%s|||F||||||||||%s^^%s|%s^^%s^%s^%s" % (
                    i + 1, tst[1], tst[2], round(R.uniform(0.5, 150), 1), tst[3], tst[4], pick(["N", "H", "L", ""]),
                    org[0], clia(), org[1], org[2], org[3], org[4]))
            b.t(" (PID suppressed: test message from %s, ping %s)" % (pick(["tst-harness", "ie-validator"]), ms()))
        elif k == 2:
            tst = pick(TESTS)
            b.t("MFI|LAB^Lab Test Master||UPD|||NE%sMFE|MUP|%s|%s|%s^%s^LN%sOM1|1|%s^%s^C4|||||||Y|||%s||||||||||%s" % (
                sep, hl7_ctrl(), ts_hl7(t), tst[1], tst[2], sep, tst[0], tst[2], pick(REF_LABS), tst[4]))
        else:
            tst = pick(TESTS)
            b.t("ORC|NW|%s||%s|SC||^^^^^R||%s|%s|||%s^%s^^^^^^NPI|%s^^^%s" % (order_no(), order_no(), ts_hl7(t), pick(STAFF_USERS),
                                                                     npi(), doc_name("xcn"), pick(["OPLAB", "ED", "4W", "ICU"]), pick(FACS)))
            b.t(sep + "OBR|1|%s||%s^%s^C4|||||||L||%s|||%s^%s^^^^^^NPI" % (order_no(), tst[0], tst[2], pick(ICD), npi(), doc_name("xcn")))
            b.t(sep + "DG1|1|I10|%s^%s^I10" % (pick(ICD), pick(["Encounter for screening", "Type 2 diabetes", "Hypertension", "Long term anticoagulant"])))
        if quoted:
            b.t('"')
        return
    mtype = pick(["ORU^R01^ORU_R01", "ORU^R01^ORU_R01", "ORM^O01^ORM_O01", "ADT^A08^ADT_A01"])
    quoted = hl7_prefix(b, t, chan, ctrl, mtype)
    fac = msh(b, t, mtype, ctrl, sep)
    p = Person(1, 89) if chance(0.9) else old_person()
    use_ssn = chance(0.45)
    the_ssn = ssn(pick(["dash", "plain"]))
    f3 = [P(mrn(), "mrn"), "^^^%s^MR" % fac]
    if use_ssn and chance(0.5):
        f3 += ["~", P(the_ssn, "ssn"), "^^^USSSA^SS"]
        use_ssn = False
    if chance(0.25):
        f3 += ["~", P(member_id(), "health_plan"), "^^^%s^MB" % pick(["BCBS", "AETNA", "UHC", "CIGNA", "MEDICAID"])]
    fields = ["PID", "1", "", f3, "", [P(p.xpn(), "name")]]
    fields.append([P(pick(LAST).upper(), "name")] if chance(0.25) else "")
    fields += [[P(fmt_date(p.dob, "hl7"), "date")], p.sex, "", pick(RACE)]
    fields.append(hl7_addr(p) if chance(0.75) else "")
    fields.append("")
    ph = []
    if chance(0.7):
        ph = [P(p.phone(pick(["parenc", "dash", "plain"])), "phone"), "^PRN^PH"]
        if chance(0.3):
            ph += ["~^NET^Internet^", P(p.email(), "email")]
        if chance(0.2):
            ph += ["~", P(p.phone("parenc"), "fax"), "^PRN^FX"]
    fields.append(ph if ph else "")
    fields += ["", pick(["ENG^English^ISO6392", "SPA^Spanish^ISO6392", "VIE^Vietnamese^ISO6392", ""]),
               pick(["M", "S", "W", "D", ""]), ""]
    fields.append([P(acct(), "account")] if chance(0.35) else "")
    fields.append([P(the_ssn, "ssn")] if use_ssn else "")
    if chance(0.2):
        st, dl = drivers_license(p.state if p.state in ("CA", "TX", "FL", "NY", "IL", "WA", "AZ", "PA", "GA", "NM") else None)
        fields.append([P(dl, "license"), "^" + st])
    emit_fields(b, fields)
    if p.age >= 90 and chance(0.7):
        b.t(sep + "OBX|1|NM|30525-0^Age^LN||")
        b.p(str(p.age), "age")
        b.t("|a^years^UCUM|||||F")
    if chance(0.25):
        b.t(sep + "NK1|1|")
        b.p(p.last.upper() + "^" + pick(FIRST).upper(), "name")
        b.t("|%s^%s^HL70063||" % pick([("SPO", "Spouse"), ("CHD", "Child"), ("MTH", "Mother"), ("GRD", "Guardian")]))
        b.p(p.phone("parenc"), "phone")
    if chance(0.3):
        g = Person()
        b.t(sep + "GT1|1||")
        b.p(g.xpn(False), "name")
        b.t("||")
        b.add(*hl7_addr(g, False))
        b.t("|")
        b.p(g.phone("parenc"), "phone")
        b.t("||||%s^%s" % pick([("SEL", "Self"), ("PAR", "Parent"), ("SPO", "Spouse")]))
    if chance(0.35):
        org = pick(ORGS)
        in1 = ["IN1", "1", pick(["BCBS01^BCBS PPO", "MCR^MEDICARE PART B", "AET^AETNA HMO", "MCD^STATE MEDICAID"]),
               digits(5), org[0].upper() if chance(0.2) else pick(["BLUE CROSS BLUE SHIELD", "MEDICARE", "AETNA", "CENTENE"]),
               "PO BOX %s^^%s^%s^%s" % (digits(5), pick(["DALLAS", "TAMPA", "HARTFORD", "ST LOUIS"]), pick(["TX", "FL", "CT", "MO"]), digits(5)),
               "", pick(["(800)676-2583", "(888)632-3862", ""]), "GRP%s" % digits(6)]
        in1 += [""] * 7
        in1.append([P(p.xpn(False), "name")])
        in1.append("01")
        in1.append([P(fmt_date(p.dob, "hl7"), "date")])
        in1 += [""] * 17
        in1.append([P(mbi() if "MEDICARE" in str(in1[2]) else member_id(), "health_plan")])
        b.t(sep)
        emit_fields(b, in1)
    on = order_no()
    acc = accession()
    tst = pick(TESTS)
    b.t(sep + "ORC|%s|%s|%s||CM||||%s|||%s^%s^^^^^^NPI" % (pick(["RE", "NW", "SC"]), on, acc, ts_hl7(t), npi(), doc_name("xcn")))
    cd = svc_date()
    b.t(sep + "OBR|1|%s|%s|%s^%s^C4|||" % (on, acc, tst[0], tst[2].upper()))
    b.p(cd.strftime("%Y%m%d") + "%02d%02d" % (R.randint(5, 18), R.randint(0, 59)), "date")
    b.t("|||||||")
    if chance(0.5):
        b.p((cd + datetime.timedelta(days=R.randint(0, 2))).strftime("%Y%m%d") + "%02d%02d" % (R.randint(5, 23), R.randint(0, 59)), "date")
    b.t("||%s^%s^^^^^^NPI" % (npi(), doc_name("xcn")))
    b.t(sep + "OBX|1|%s|%s^%s^LN||%s|%s|%s|%s|||F" % ("NM" if tst[3] else "ST", tst[1], tst[2],
                                                   round(R.uniform(0.5, 150), 1) if tst[3] else pick(["Not detected", "Detected", "Reactive"]),
                                                   tst[3], tst[4], pick(["N", "H", "L", "A", ""])))
    if chance(0.25):
        b.t(sep + "NTE|1|L|")
        k = R.randint(0, 2)
        if k == 0:
            b.add("Pt called lab, new cell ", P(p.phone(), "phone"), " - results to be released to portal")
        elif k == 1:
            b.add("Recollect requested; patient ", P(p.full("fl"), "name"), " prefers draw at home ", P(p.street_line(), "address"))
        else:
            b.add("Specimen received hemolyzed, ordering office notified at %s" % hosp_phone())
    if quoted:
        b.t('"')


# --------------------------------------------------------------------------------------
LIMS = ["Beaker", "SunquestLab", "PathNet", "Orchard Harvest", "LabVantage", "SoftLab", "STARLIMS"]


def fam_lims_audit(b, pos):
    t = tick()
    sty = R.randint(0, 2)
    user = pick(STAFF_USERS)
    if not pos:
        k = R.randint(0, 6)
        tst = pick(TESTS)
        if k == 0:
            what = [("act", "UPDATE"), ("obj", "REF_RANGE"), ("test", tst[2]), ("loinc", tst[1]), ("sex", pick("FMU")),
                    ("age_lo", str(R.randint(0, 18))), ("age_hi", str(R.randint(40, 89))), ("old", tst[4]), ("new", tst[4] + "*")]
        elif k == 1:
            what = [("act", "LOGIN"), ("result", pick(["OK", "FAIL_PWD", "LOCKED"])), ("src_ip", private_ip()),
                    ("ws", "LABWS-%04d" % R.randint(1, 999)), ("sso", pick(["okta", "adfs"])), ("sess", hexs(24))]
        elif k == 2:
            what = [("act", "QC_LOT_CHANGE"), ("analyzer", "%s %s" % pick(INSTR)), ("sn", instr_sn()), ("old_lot", lot()),
                    ("new_lot", lot()), ("exp", reagent_exp()), ("level", pick(["L1", "L2", "L3"]))]
        elif k == 3:
            what = [("act", "AUTOVERIFY_RULE_EDIT"), ("rule_id", "AV-%03d" % R.randint(1, 400)), ("test", tst[2]),
                    ("expr", "delta>%d%% AND age>=%d" % (R.randint(10, 40), R.randint(18, 65))), ("ver", version())]
        elif k == 4:
            what = [("act", "PRINT"), ("doc", "worklist"), ("bench", pick(["CHEM", "HEME", "MICRO", "COAG", "UA"])),
                    ("printer", "lab-zebra-%02d" % R.randint(1, 40)), ("pages", str(R.randint(1, 12))), ("job", str(R.randint(1000, 99999)))]
        elif k == 5:
            what = [("act", "IFACE_RESTART"), ("iface", pick(HL7_CH)), ("host", "lis-if%02d.lab.internal" % R.randint(1, 9)),
                    ("port", str(pick([2575, 6661, 7001, 5000, 8443]))), ("downtime", ms()), ("build", "%s.%d" % (t.strftime("%Y%m%d"), R.randint(1, 9)))]
        else:
            what = [("act", "RESULT_CORRECT"), ("acc", accession()), ("test", tst[2]), ("old", str(round(R.uniform(1, 99), 1))),
                    ("new", str(round(R.uniform(1, 99), 1))), ("reason", "transcription error"), ("notified", doc_name("dr"))]
        if sty == 0:
            b.t("ts=%s lims=%s host=lis-app%02d audit_id=%d user=%s " % (ts_iso(t), pick(LIMS), R.randint(1, 6), R.randint(10 ** 7, 10 ** 8), user))
            emit_kv(b, what)
        elif sty == 1:
            b.t("AUDIT|%s|%s|%s|" % (ts_space(t), user, pick(LIMS)))
            emit_kv(b, what, sep="|", quote="never")
        else:
            b.t("%s [audit] user %s performed %s: " % (ts_space(t, False), user, what[0][1]))
            emit_kv(b, what[1:], sep=", ", eq=": ", quote="never")
        return
    p = Person(1, 89) if chance(0.9) else old_person()
    k = R.randint(0, 12)
    the_mrn = P(mrn(), "mrn")
    mrn_key = pick(["pt_mrn", "MRN", "medrec", "ptId", "patient_mrn", "MRN_NBR"])
    if k == 0:
        fld, old, new = pick(["BIRTH_DT", "dob", "DateOfBirth"]), P(fmt_date(p.dob), "date"), P(fmt_date(p.dob + datetime.timedelta(days=R.randint(1, 40))), "date")
    elif k == 1:
        o = Person()
        fld, old, new = pick(["PT_NAME", "patient_name", "NAME_FULL"]), P(o.full("lf"), "name"), P(p.full("lf"), "name")
    elif k == 2:
        fld, old, new = pick(["HOME_PHONE", "ph_home", "phone_primary"]), P(p.phone(), "phone"), P(p.phone(), "phone")
    elif k == 3:
        fld, old, new = pick(["ADDR_LINE1", "street1", "addr1"]), P(Person().street_line(), "address"), P(p.street_line(), "address")
    elif k == 4:
        fld, old, new = pick(["EMAIL_ADDR", "eMail", "contact_email"]), "", P(p.email(), "email")
    elif k == 5:
        fld, old, new = pick(["SSN", "SOC_SEC_NBR", "ssn_full"]), "", P(ssn(), "ssn")
    elif k == 6:
        fld, old, new = pick(["HOME_FAX", "fax_home", "pt_fax"]), "", P(p.phone(), "fax")
    elif k == 7:
        fld, old, new = pick(["SUBSCRIBER_ID", "member_no", "INS_MEMBER_ID"]), P(member_id(), "health_plan"), P(member_id(), "health_plan")
    elif k == 8:
        fld, old, new = "MRN_MERGE", P(mrn(), "mrn"), P(mrn(), "mrn")
    elif k == 9:
        fld, old, new = pick(["EMERG_CONTACT", "nok_name"]), "", P("%s %s" % (pick(FIRST), p.last), "name")
    elif k == 11:
        fld, old, new = pick(["PT_PHOTO", "photo_path", "IMG_FACE"]), "", P(pick(["\\\\labfs02\\ptphotos\\", "/mnt/lims/ptimg/"]) + "%s_%s.jpg" % (digits(7), t.strftime("%Y%m%d")), "photo")
    elif k == 12:
        fld, old, new = pick(["PALMVEIN_TMPL", "bio_palm", "FP_ENROLL"]), "", P(biometric_b64(pick(["palm", "fp"])), "biometric")
    else:
        fld, old, new = pick(["ZIP", "postal_cd"]), P(Person().zip, "zip"), P(p.zip, "zip")
    if sty == 0:
        b.t("ts=%s lims=%s host=lis-app%02d audit_id=%d user=%s act=UPDATE obj=PATIENT fld=%s " % (
            ts_iso(t), pick(LIMS), R.randint(1, 6), R.randint(10 ** 7, 10 ** 8), user, fld))
        emit_kv(b, [("old", old), ("new", new), (mrn_key, the_mrn)], quote="always" if chance(0.5) else "auto")
        if chance(0.3):
            b.t(" reason=\"pt presented %s\"" % pick(["ID", "insurance card", "updated form"]))
    elif sty == 1:
        b.t("AUDIT|%s|%s|PERSON|UPD|%s|" % (ts_space(t), user, fld))
        emit_kv(b, [("old", old), ("new", new), (mrn_key, the_mrn)], sep="|", quote="never")
        if chance(0.4):
            b.t("|")
            emit_kv(b, [("dob", P(fmt_date(p.dob, "us"), "date"))], sep="|", quote="never")
    else:
        b.add("%s [audit] user %s changed %s on patient " % (ts_space(t, False), user, fld), nm(p, pick(["lf", "LF", "fl"])),
              " (", mrn_key, " ", the_mrn, ") from '")
        b.add(old, "' to '", new, "'")
        if p.age >= 90 and chance(0.6):
            b.add(" [age ", P(str(p.age), "age"), "]")


# --------------------------------------------------------------------------------------
def fam_specimen_json(b, pos):
    t = tick()
    ev = pick(["SPECIMEN_COLLECTED", "SPECIMEN_RECEIVED", "IN_TRANSIT", "ALIQUOTED", "STORED", "DISPOSED", "REJECTED"])
    base = {}
    tsk = pick(["ts", "@timestamp", "eventTime", "time"])
    base[tsk] = ts_iso(t) if tsk != "time" else int(ts_epoch_ms(t))
    base[pick(["event", "evt", "type"])] = ev
    base[pick(["accession", "acc_no", "accn", "specimenId"])] = accession()
    base[pick(["container", "tube"])] = pick(["SST", "LAV 4mL", "LT BLUE", "GRAY", "URINE CUP", "ThinPrep vial", "BC AEROBIC"])
    base["barcode"] = "S%s-%05d" % (t.strftime("%y%m%d"), R.randint(1, 99999))
    if pos:
        p = Person(1, 89) if chance(0.85) else old_person()
        pt = {}
        pt[pick(["mrn", "medRecNo", "MRN", "ptIdent", "patientMrn"])] = P(mrn(), "mrn")
        k = R.randint(0, 2)
        if k == 0:
            pt[pick(["name", "pt_name", "patientName", "nm"])] = nm(p, pick(["lf", "fl", "LF", "fml"]))
        elif k == 1:
            pt[pick(["given", "firstName", "fname"])] = P(p.first, "name")
            pt[pick(["family", "lastName", "lname"])] = P(p.last, "name")
        pt[pick(["dob", "birthDt", "DOB", "birth_date"])] = P(fmt_date(p.dob, pick(["iso", "us"])), "date")
        if p.age >= 90 and chance(0.7):
            pt[pick(["age", "ageYrs", "pt_age"])] = P(p.age, "age")
        else:
            pt["sex"] = p.sex
        base[pick(["patient", "pt", "subject"])] = pt
        base[pick(["collected", "collectDt", "collection_date"])] = P(fmt_date(svc_date(), "iso"), "date")
        if ev == "SPECIMEN_COLLECTED" and chance(0.5):
            base["draw_site"] = {"type": "HOME", "addr": P(p.street_line(), "address"), "city": P(p.city, "address"),
                                 "st": p.state, "zip": P(p.zip, "zip")}
        if chance(0.25):
            base[pick(["ins_member", "memberId"])] = P(member_id(), "health_plan")
        if chance(0.3):
            base[pick(["pt_verify", "identity_check"])] = {"method": pick(["palm_vein", "fingerprint"]), "vendor": pick(["PatientSecure", "BioKey"]),
                                                          pick(["template", "tmpl_b64"]): P(biometric_b64("palm"), "biometric"),
                                                          "match": round(R.uniform(0.8, 0.99), 2)}
    else:
        base["loc"] = pick(["CORE-RCV-02", "MICRO-BENCH-3", "FRZ-80-07", "SENDOUT-SHELF", "PHLEB-OP-1"])
        base["rack"] = "R%03d-%s%d" % (R.randint(1, 400), pick("ABCDEFGH"), R.randint(1, 12))
        base["temp_c"] = round(R.uniform(-80, 25), 1)
        base["pt_age"] = R.randint(18, 89) if chance(0.3) else None
        if base["pt_age"] is None:
            del base["pt_age"]
        base["trace_id"] = hexs(32)
    base[pick(["user", "tech", "by"])] = pick(STAFF_USERS)
    if chance(0.4):
        base["device"] = {"model": "Zebra TC52", "fw": version(), "serial": rc(UPN, 2) + digits(8)} if chance(0.5) else {"scanner": "DS8178", "sn": digits(14)}
    if ev == "REJECTED":
        base["reason"] = pick(["QNS", "hemolyzed", "unlabeled", "mislabeled", "clotted", "exceeded stability"])
    emit_json(b, base, *(pick([(", ", ": "), (",", ":")])))


# --------------------------------------------------------------------------------------
def fam_courier_csv(b, pos):
    t = tick()
    man = "MN-%s-%02d" % (t.strftime("%Y%m%d"), R.randint(1, 30))
    route = "RT-%02d" % R.randint(1, 40)
    if not pos:
        c = pick(CLINICS)
        k = R.randint(0, 2)
        if k == 0:
            b.t("%s,%s,%s,%d,PICKUP,\"%s\",\"%s\",%s,%s,%s,%d,%d,%d,%d,TL-%s,%s,%s" % (
                ts_space(t), man, route, R.randint(1, 18), c[0], c[1], c[2], c[3], c[4], R.randint(1, 40),
                R.randint(0, 20), R.randint(0, 10), R.randint(0, 4), digits(5), pick(STAFF_USERS[9:10] + ["courier.mlee", "courier.abdi"]),
                pick(["ON_TIME", "LATE_12m", "EARLY", "NO_SPECIMENS"])))
        elif k == 1:
            o = pick(ORGS)
            b.t("%s,%s,%s,DROP,\"%s\",\"%s\",%s,%s,%s,bags=%d,coolers=%d,temp_min=%.1f,temp_max=%.1f,sig=%s,van=FLEET-%03d" % (
                ts_space(t), man, route, o[0], o[1], o[2], o[3], o[4], R.randint(1, 9), R.randint(1, 4), R.uniform(2, 4),
                R.uniform(5, 8), pick(STAFF_USERS), R.randint(1, 120)))
        else:
            b.t("%s,%s,%s,GPS,lat=%.5f,lon=%.5f,speed_mph=%d,odometer=%d,stop_seq=%d/%d,eta=%s" % (
                ts_space(t), man, route, R.uniform(31, 47), -R.uniform(80, 120), R.randint(0, 65), R.randint(10000, 99999),
                R.randint(1, 12), R.randint(12, 18), (t + datetime.timedelta(minutes=R.randint(5, 60))).strftime("%H:%M")))
        return
    p = Person(1, 89) if chance(0.85) else old_person()
    k = R.randint(0, 2)
    if k <= 1:
        b.add("%s,%s,%s,%d,HOMEDRAW,\"" % (ts_space(t), man, route, R.randint(1, 12)), nm(p, pick(["lf", "LF", "fl"])), "\",\"",
              P(p.street_line(), "address"), "\",", P(p.city, "address"), ",", p.state, ",", P(p.zip, "zip"), ",")
        b.add(P(p.phone(pick(["dash", "paren", "plain"])), "phone"), ",")
        if chance(0.6):
            b.add(P(fmt_date(p.dob, "us"), "date"))
        b.add(",", accession(), ",", pick(STAFF_USERS[8:10] + ["phleb.mobile3"]), ",")
        note = R.randint(0, 3)
        if note == 0:
            b.t("\"gate code %s, dog in yard\"" % digits(4))
        elif note == 1:
            b.add("\"call daughter ", P("%s %s" % (pick(FIRST), p.last), "name"), " on arrival ", P(Person().phone(), "phone"), "\"")
        elif note == 2 and p.age >= 90:
            b.add("\"pt is ", P(str(p.age), "age"), ", hard of hearing, knock loudly\"")
        else:
            b.t("\"fasting draw before 9am\"")
    else:
        b.add("%s,%s,%s,INCIDENT,missing specimen acc=%s pt=\"" % (ts_space(t), man, route, accession()), nm(p, "lf"),
              "\" dob=", P(fmt_date(p.dob, "us"), "date"), ",cooler=CL-%03d,reported_by=%s,ticket=INC%s" % (
                  R.randint(1, 200), pick(STAFF_USERS), digits(7)))


# --------------------------------------------------------------------------------------
def fam_pathology(b, pos):
    t = tick()
    case = accession(pick(["S", "C", "NG", "FNA"]))
    path = doc_name(pick(["dr", "md"]))
    sty = R.randint(0, 2)
    if not pos:
        k = R.randint(0, 3)
        if k == 0:
            ev = {"event": "SLIDE_SCANNED", "case": case, "block": "A%d" % R.randint(1, 9), "slide": "%s-A%d-%d" % (case, R.randint(1, 9), R.randint(1, 4)),
                  "scanner": "Philips UFS", "scanner_sn": "FMT%s" % digits(4), "mag": "40x", "file_gb": round(R.uniform(0.8, 4.5), 2),
                  "sha256": sha256hex(), "dur": ms()}
        elif k == 1:
            ev = {"event": "CASE_ASSIGNED", "case": case, "pathologist": path, "service": pick(["GI", "Derm", "GYN", "Breast", "Heme"]),
                  "priority": pick(["routine", "rush", "frozen"]), "blocks": R.randint(1, 24), "tat_target_h": pick([24, 48, 72])}
        elif k == 2:
            ev = {"event": "STAIN_QC", "stain": pick(["H&E", "PAS", "GMS", "Ki-67", "HER2", "PD-L1 22C3"]), "run": "SR-%s" % digits(6),
                  "stainer": pick(["BenchMark ULTRA", "Dako Omnis", "Leica BOND-III"]), "stainer_sn": instr_sn(),
                  "control_ok": True, "lot": lot(), "reviewed_by": path}
        else:
            ev = {"event": "CASE_SIGNED_OUT", "case": case, "pathologist": path, "npi": npi(), "parts": R.randint(1, 5),
                  "synoptic": pick(["CAP Breast Invasive 4.8.1.0", "CAP Colon 4.2.0.1", None]), "addendum": False,
                  "tat_h": round(R.uniform(10, 90), 1), "icd": pick(ICD)}
            if ev["synoptic"] is None:
                del ev["synoptic"]
        if sty == 2:
            b.t("%s copath-evt %s " % (ts_space(t), ev.pop("event")))
            emit_kv(b, [(k2, str(v).lower() if isinstance(v, bool) else str(v)) for k2, v in ev.items()])
        else:
            b.t("%s INFO pathology.events " % ts_iso(t))
            emit_json(b, ev)
        return
    p = Person(18, 89) if chance(0.75) else old_person()
    k = R.randint(0, 3)
    if k == 0:
        ev = {"event": "CASE_SIGNED_OUT", "case": case, "pathologist": path,
              pick(["patient", "pt_name", "ptName"]): nm(p, pick(["lf", "fl", "LF"])),
              pick(["dob", "birthDate"]): P(fmt_date(p.dob, "iso"), "date"),
              pick(["procedure_date", "proc_dt", "dateOfProcedure"]): P(fmt_date(svc_date(), "iso"), "date"),
              "dx": pick(["Invasive ductal carcinoma, grade 2", "Tubular adenoma", "Benign skin, seborrheic keratosis", "Chronic gastritis, H. pylori negative"])}
        if chance(0.4):
            ev[pick(["mrn", "MRN", "medRecNum"])] = P(mrn(), "mrn")
    elif k == 1:
        ev = {"event": "EXPLANT_RECEIVED", "case": case, "pathologist": path,
              pick(["device_udi", "udi", "UDI"]): P(udi(), "device"),
              pick(["device_sn", "serialNo", "implant_serial"]): P(patient_device_serial(), "device"),
              "device_desc": pick(["dual chamber pacemaker", "hip femoral head prosthesis", "breast implant, silicone", "ICD generator", "insulin pump cannula"]),
              pick(["patient", "pt"]): nm(p, pick(["lf", "fl"]))}
    elif k == 2:
        ev = {"event": "CYTO_RESULT", "case": case, "screener": pick(STAFF_USERS[15:16] + ["cyto.screener1"]),
              pick(["patient", "ptName"]): nm(p, "fl"), pick(["lmp", "LMP", "last_menstrual"]): P(fmt_date(svc_date() - datetime.timedelta(days=R.randint(5, 30)), "us"), "date"),
              "result": pick(["NILM", "ASC-US", "LSIL", "HSIL"]), "hpv": pick(["neg", "HPV16 pos", "other hr-HPV pos"])}
    else:
        ev = {"event": "CLINICAL_HISTORY", "case": case, "pathologist": path}
    if sty == 2 or k == 3:
        b.t("%s copath-evt %s case=%s " % (ts_space(t), ev.get("event"), case))
        if k == 3:
            age = p.age
            b.add("hx=\"", P(str(age), "age") if age >= 90 else str(age), "-year-old ", "woman" if p.sex == "F" else "man",
                  " ", pick(["with rising CEA", "s/p colonoscopy", "with breast mass on mammogram 2024", "with skin lesion L forearm"]),
                  "; pt ", nm(p, "fl"), " seen ", P(fmt_date(svc_date(), "mon"), "date"), "\" pathologist=\"%s\"" % path)
        else:
            pairs = [(k2, v if isinstance(v, P) else str(v)) for k2, v in ev.items() if k2 not in ("event", "case")]
            emit_kv(b, pairs)
    else:
        b.t("%s INFO pathology.events " % ts_iso(t))
        emit_json(b, ev)


# --------------------------------------------------------------------------------------
GENES = ["BRCA1", "BRCA2", "MLH1", "MSH2", "TP53", "CFTR", "LDLR", "APOB", "PALB2", "CHEK2", "SCN5A", "MYH7"]
HGVS = ["NM_007294.4:c.68_69del", "NM_000059.4:c.5946del", "NM_000492.4:c.1521_1523del", "NM_000527.5:c.1775G>A",
        "NM_000546.6:c.743G>A", "NM_024675.4:c.3113G>A", "NM_000249.4:c.350C>T"]


def fam_genetic_xml(b, pos):
    t = tick()
    req = "GR-2024-%06d" % R.randint(1, 999999)
    if not pos:
        k = R.randint(0, 2)
        if k == 0:
            b.t('%s genreq-svc INFO <VariantReclass id="VR-%s" gene="%s" hgvs="%s" from="VUS" to="%s" acmg="%s" panel="%s v%s" notifyCount="%d"/>' % (
                ts_iso(t), digits(5), pick(GENES), pick(HGVS), pick(["Likely benign", "Likely pathogenic", "Benign"]),
                pick(["PM2,PP3", "BA1", "PS3,PM2,PP1"]), pick(["Hereditary Cancer", "Cardio", "Carrier Screen"]), version(), R.randint(1, 40)))
        elif k == 1:
            b.t('%s genreq-svc INFO <RunQC run="%s" instrument="NovaSeq 6000" sn="%s" q30="%.1f" clusterPF="%.1f" samples="%d" kit="%s" kitExp="%s"/>' % (
                ts_iso(t), run_id(), "A0" + digits(4), R.uniform(85, 95), R.uniform(70, 90), R.randint(24, 384), lot(), reagent_exp()))
        else:
            o = pick(ORGS)
            b.t('%s genreq-svc WARN <Requisition id="%s" status="ON_HOLD" reason="missing consent page 3"><OrderingProvider npi="%s" name="%s"/><Lab name="%s" clia="%s" addr="%s, %s, %s %s" phone="%s"/></Requisition>' % (
                ts_iso(t), req, npi(), doc_name("dr"), o[0], clia(), o[1], o[2], o[3], o[4], o[5]))
        return
    p = Person(1, 80)
    b.t("%s genreq-svc INFO " % ts_iso(t))
    b.t('<Requisition id="%s" test="%s" panel="%s"><Patient>' % (req, pick(["Hereditary Cancer Panel", "CFTR Full Gene", "Cardiomyopathy Panel", "Exome Trio"]), version()))
    if chance(0.5):
        b.add("<Name><Given>", P(p.first, "name"), "</Given><Family>", P(p.last, "name"), "</Family></Name>")
    else:
        b.add("<FullName>", nm(p, pick(["fl", "fml", "lf"])), "</FullName>")
    tag = pick(["DOB", "BirthDate", "dateOfBirth"])
    b.add("<%s>" % tag, P(fmt_date(p.dob, pick(["iso", "us"])), "date"), "</%s>" % tag)
    b.t("<Sex>%s</Sex><Ancestry>%s</Ancestry>" % (p.sex, pick(["Ashkenazi Jewish", "Hispanic", "East Asian", "West African", "Northern European", "South Asian"])))
    if chance(0.5):
        b.add("<Address><Line>", P(p.street_line(), "address"), "</Line><City>", P(p.city, "address"), "</City><State>%s</State><Zip>" % p.state,
              P(p.zip, "zip"), "</Zip></Address>")
    if chance(0.4):
        b.add("<Phone type=\"mobile\">", P(p.phone(), "phone"), "</Phone>")
    if chance(0.25):
        b.add("<Fax>", P(p.phone(), "fax"), "</Fax>")
    if chance(0.35):
        b.add("<Email>", P(p.email(), "email"), "</Email>")
    if chance(0.2):
        kind, oid = other_id()
        b.add('<AltId type="%s">' % kind, P(oid, "other_id"), "</AltId>")
    if chance(0.4):
        b.add("<Insurance payer=\"%s\"><MemberId>" % pick(["Aetna", "Cigna", "BCBS", "Medicaid"]), P(member_id(), "health_plan"), "</MemberId></Insurance>")
    b.t("</Patient><FamilyHistory>")
    for i in range(R.randint(1, 2)):
        rel = pick(["mother", "father", "maternal aunt", "sister", "paternal grandmother", "brother"])
        oldrel = chance(0.35)
        b.add('<Relative rel="%s" name="' % rel, P("%s %s" % (pick(FIRST), p.last if chance(0.6) else pick(LAST)), "name"),
              '" dx="%s" ageAtDx="%d"' % (pick(["breast cancer", "ovarian cancer", "colon cancer", "sudden cardiac death", "pancreatic cancer"]), R.randint(28, 75)))
        if oldrel:
            b.add(' ageAtDeath="', P(str(R.randint(90, 101)), "age"), '"')
        b.t("/>")
    b.t('</FamilyHistory><OrderingProvider npi="%s" name="%s"/><Specimen type="%s" kit="%s"/>' % (
        npi(), doc_name("dr"), pick(["blood EDTA", "saliva", "buccal swab"]), "KIT" + digits(8)))
    if chance(0.3):
        b.add("<Collected>", P(fmt_date(svc_date(), "iso"), "date"), "</Collected>")
    b.t("</Requisition>")


# --------------------------------------------------------------------------------------
def fam_poct_astm(b, pos):
    t = tick()
    dev = pick([("ACI2", "Accu-Chek Inform II", "UU"), ("CXSPRO", "CoaguChek XS Pro", "UP"), ("ISTAT", "i-STAT 1", "3"),
                ("NOVA", "StatStrip", "NS")])
    sn = dev[2] + digits(7)
    sep = pick(["<CR>", "\\r", " "])
    b.t("%s poct-gw[%d]: dock=%s dev=%s sn=%s ASTM " % (ts_syslog(t), R.randint(200, 9000), "DK-%s-%02d" % (pick(["4W", "ED", "ICU", "L&D", "OR"]), R.randint(1, 20)), dev[0], sn))
    b.t("H|\\^&|||%s^%s^%s|||||||P|1|%s%s" % (dev[0], version(), sn, ts_hl7(t), sep))
    op = "OP%s" % digits(5)
    if not pos:
        k = R.randint(0, 2)
        if k == 0:
            b.t("Q|1|^^^%s^%s|%s|%s|||||||%s|F%s" % (pick(["GLU", "INR", "CHEM8"]), pick(["QC-L1", "QC-L2", "LQC"]), round(R.uniform(1, 400), 1),
                                                pick(["mg/dL", "INR", ""]), op, sep))
            b.t("C|1|L|QC lot %s exp %s PASS|G" % (rc(UPN, 6), reagent_exp()))
        elif k == 1:
            b.t("M|1|OPERATOR_LOCKOUT|%s|cert_expired=%s|trainer=%s" % (op, reagent_exp(), pick(STAFF_USERS)))
        else:
            b.t("M|1|DEVICE_STATUS|batt=%d%%|strips_lot=%s|fw=%s|last_cal=%s|records=%d" % (R.randint(5, 100), rc(UPN, 6), version(), reagent_exp(), R.randint(0, 900)))
        b.t("%sL|1|N" % sep)
        return
    p = Person(1, 89) if chance(0.85) else old_person()
    k = R.randint(0, 2)
    if k <= 1:
        b.add("P|1||", P(mrn(), "mrn"), "||", P(p.xpn(chance(0.3)), "name"), "||", P(fmt_date(p.dob, "hl7"), "date"), "|", p.sex)
        if p.age >= 90 and chance(0.6):
            b.add("|||||||", P(str(p.age), "age"), "^Y")
        b.t(sep)
        test = "GLU" if dev[0] != "CXSPRO" else "INR"
        b.t("O|1|%s||^^^%s|R|%s%s" % (order_no(), test, ts_hl7(t), sep))
        b.t("R|1|^^^%s|%s|%s||%s||F||%s|%s%s" % (test, R.randint(30, 450) if test == "GLU" else round(R.uniform(0.9, 6), 1),
                                              "mg/dL" if test == "GLU" else "INR", pick(["N", "H", "L", "HH"]), op, ts_hl7(t), sep))
    else:
        b.add("P|1||", P(mrn(), "mrn"), "||", P(p.xpn(False), "name"), "||", P(fmt_date(p.dob, "hl7"), "date"), "|", p.sex, sep)
        b.add("M|1|HOME_SELFTEST|meter_sn=", P("UU" + digits(7), "device"), "|paired_phone=", P(p.phone("e164"), "phone"),
              "|inr=%.1f|tested=" % R.uniform(1.2, 4.5), P(fmt_date(svc_date(), "iso"), "date"), sep)
    b.t("L|1|N")


# --------------------------------------------------------------------------------------
PH_SITES = ["PHS Drive-Thru Site 07", "Tri-County Fairgrounds Testing", "Mobile Unit 3 - Eastside Library", "Airport Cell Lot Testing",
            "Westside Community Center POD", "Sitio de Pruebas Plaza Mercado"]


def fam_covid_poc_json(b, pos):
    t = tick()
    dev = pick([("BD Veritor Plus", "VP"), ("Abbott ID NOW", "IDN"), ("Quidel Sofia 2", "SF2"), ("Cue Reader", "CR")])
    base = {pick(["ts", "timestamp", "uploadedAt"]): ts_iso(t, chance(0.5)), "deviceModel": dev[0],
            pick(["deviceSerial", "device_sn", "readerSN"]): dev[1] + digits(7), "site": pick(PH_SITES),
            "siteId": "PHS-%03d" % R.randint(1, 60)}
    if not pos:
        k = R.randint(0, 2)
        if k == 0:
            base.update({"event": "QC_SWAB", "qcLevel": pick(["POS", "NEG"]), "result": "PASS", "kitLot": rc(UPN, 7), "kitExp": reagent_exp(),
                         "operator": pick(STAFF_USERS), "fw": version()})
        elif k == 1:
            base.update({"event": "HEARTBEAT", "battery": R.randint(3, 100), "wifiRssi": -R.randint(30, 90), "lanIp": private_ip(),
                         "queued": R.randint(0, 40), "uptime_s": R.randint(100, 900000), "appVersion": version()})
        else:
            o = ORGS[4]
            base.update({"event": "DAILY_SUMMARY", "tests": R.randint(40, 900), "positive": R.randint(0, 60), "invalid": R.randint(0, 5),
                         "siteAddress": "%s, %s, %s %s" % (o[1], o[2], o[3], o[4]), "siteHotline": o[5], "medianAgeYrs": R.randint(20, 60)})
        emit_json_compact(b, base) if chance(0.5) else emit_json(b, base)
        return
    p = Person(1, 89) if chance(0.88) else old_person()
    base["event"] = "RESULT"
    base["analyte"] = pick(["SARS-CoV-2 Ag", "Flu A/B + SARS-CoV-2", "SARS-CoV-2 NAAT", "RSV"])
    base["result"] = pick(["NEGATIVE", "NEGATIVE", "POSITIVE", "INVALID"])
    pt = {}
    if chance(0.6):
        pt[pick(["firstName", "first_name", "given"])] = P(p.first, "name")
        pt[pick(["lastName", "last_name", "surname"])] = P(p.last, "name")
    else:
        pt[pick(["name", "patientName"])] = nm(p, pick(["fl", "lf"]))
    pt[pick(["dob", "birthDate", "DOB"])] = P(fmt_date(p.dob, pick(["iso", "us"])), "date")
    if p.age >= 90:
        pt["age"] = P(p.age, "age")
    if chance(0.6):
        pt[pick(["zip", "zipCode", "postal"])] = P(p.zip, "zip")
    if chance(0.4):
        pt[pick(["county", "residenceCounty"])] = P(p.county, "address")
    if chance(0.6):
        pt[pick(["phone", "mobile", "cell"])] = P(p.phone(pick(["dash", "e164", "plain"])), "phone")
    if chance(0.35):
        pt[pick(["email", "eMail"])] = P(p.email(), "email")
    if chance(0.2):
        kind, oid = other_id()
        pt["idDoc"] = {"type": kind, "number": P(oid, "other_id")}
    base[pick(["patient", "testee", "subject"])] = pt
    if chance(0.25):
        base[pick(["vehiclePlate", "lanePlate"])] = P(plate(), "vehicle")
    if chance(0.2):
        base[pick(["selfie", "proctorSnapshot"])] = P(photo_b64(), "photo")
    base[pick(["collectionDate", "specimen_date"])] = P(fmt_date(svc_date(), "iso"), "date")
    base["operator"] = pick(STAFF_USERS)
    emit_json_compact(b, base) if chance(0.5) else emit_json(b, base)


# --------------------------------------------------------------------------------------
def fam_pubhealth_syslog(b, pos):
    t = tick()
    host = "phs-site%02d-%s" % (R.randint(1, 20), pick(["kiosk1", "kiosk2", "tablet4", "lane3", "reg01"]))
    app = pick(["checkin", "registro", "caseintake", "elr-bridge"])
    if app == "elr-bridge" and not pos:
        app = "checkin"
    b.t("<%d>1 %s %s %s %d %s - " % (pick([134, 133, 131, 14]), ts_iso(t, chance(0.4)), host, app, R.randint(100, 30000),
                                      pick(["REG", "LANE", "CASE", "SYS"])))
    if not pos:
        k = R.randint(0, 3)
        if k == 0:
            b.t("lane=%d status=%s queue=%d avg_wait=%dm kit_lot=%s staff_on=%d" % (R.randint(1, 6), pick(["OPEN", "CLOSED", "PAUSED"]),
                                                                                 R.randint(0, 40), R.randint(1, 70), rc(UPN, 7), R.randint(2, 12)))
        elif k == 1:
            o = ORGS[4]
            b.t("site_config loaded name=\"%s\" operator=\"%s\" addr=\"%s, %s, %s %s\" hotline=%s hours=07:00-15:00 capacity=%d" % (
                pick(PH_SITES), o[0], o[1], o[2], o[3], o[4], o[5], R.randint(200, 1500)))
        elif k == 2:
            b.t("app=%s version=%s build=%d device_id=%s mdm=intune cert_fp=SHA256:%s" % (app, version(), R.randint(1000, 9999), uuid4(),
                                                                                       ":".join(hexs(2, True) for _ in range(12))))
        else:
            b.t("registro completado lane=%d tiempo=%ds idioma=es edad=%d condado_sitio=\"sitio fijo\" resultado_envio=SMS_OK" % (
                R.randint(1, 6), R.randint(40, 600), R.randint(18, 89)))
        return
    p = Person(1, 89) if chance(0.85) else old_person()
    if app in ("checkin",) or (app == "elr-bridge" and chance(0.5)):
        pairs = [("lane", str(R.randint(1, 6)))]
        if chance(0.75):
            pairs += [(pick(["plate", "veh_plate", "lp"]), P(plate(), "vehicle")), ("plate_st", p.state)]
        pairs += [(pick(["reg_name", "primary", "testee"]), nm(p, pick(["fl", "FL", "lf"]))),
                  (pick(["dob", "birth", "dt_nac"]), P(fmt_date(p.dob, "us"), "date"))]
        if chance(0.5):
            st, dl = drivers_license()
            pairs += [("id_type", "DL"), ("id_st", st), (pick(["id_no", "dl_num", "idnum"]), P(dl, "license"))]
        elif chance(0.4):
            kind, oid = other_id()
            pairs += [("id_type", kind.replace(" ", "_")), (pick(["id_no", "doc_num"]), P(oid, "other_id"))]
        if chance(0.5):
            pairs += [(pick(["ph", "cell", "sms_to"]), P(p.phone(), "phone"))]
        if chance(0.5):
            pairs += [("id_photo", P("/var/phs/idcap/%s/%s/%s_face.jpg" % (host, t.strftime("%Y/%m/%d"), uuid4()), "photo"))]
        if p.age >= 90:
            pairs += [("age", P(str(p.age), "age"))]
        pairs += [("occupants", str(R.randint(1, 5)))]
        emit_kv(b, pairs)
    elif app == "registro":
        pairs = [(pick(["nombre", "nombres"]), P(p.first, "name")), (pick(["apellido", "apellidos"]), P(p.last, "name")),
                 (pick(["fecha_nac", "fechaNacimiento", "f_nac"]), P(fmt_date(p.dob, "dmy"), "date"))]
        if chance(0.6):
            pairs += [(pick(["domicilio", "direccion"]), P(p.street_line(), "address")), ("ciudad", P(p.city, "address")),
                      ("estado", p.state), (pick(["cp", "codigo_postal"]), P(p.zip, "zip"))]
        if chance(0.6):
            pairs += [(pick(["tel", "telefono", "celular"]), P(p.phone(), "phone"))]
        if chance(0.3):
            pairs += [("correo", P(p.email(), "email"))]
        if chance(0.35):
            kind, oid = other_id()
            pairs += [("tipo_doc", kind.replace(" ", "_")), ("num_doc", P(oid, "other_id"))]
        if chance(0.4):
            pairs += [("placa", P(plate(), "vehicle"))]
        if chance(0.3):
            pairs += [("foto_id", P("https://phs-kiosk-img.s3.amazonaws.com/registro/%s/%s.jpg" % (t.strftime("%Y%m%d"), uuid4()), "photo"))]
        if p.age >= 90:
            pairs += [("edad", P(str(p.age), "age"))]
        b.t("registro: ")
        emit_kv(b, pairs)
    else:
        cond = pick(["Pertussis", "Hepatitis A", "Salmonellosis", "Measles", "Legionellosis", "Tuberculosis"])
        b.add("case_report cond=\"%s\" acc=%s county=\"" % (cond, accession()), P(p.county, "address"), "\" pt=\"", nm(p, "lf"), "\" ")
        if p.age >= 90:
            b.add("age=", P(str(p.age), "age"), " ")
        else:
            b.t("age=%d " % p.age)
        b.add("onset=", P(fmt_date(svc_date(), "iso"), "date"), " res_city=\"", P(p.city, "address"), "\" ")
        if chance(0.5):
            b.add("employer_site=\"%s\" " % pick(["Sunrise Poultry Plant 2", "Lincoln Elementary", "St. Agnes Nursing Home"]))
        if chance(0.5):
            b.add("contact_tracing_social=\"", P(p.url(), "url"), "\" ")
        b.t("investigator=%s" % pick(STAFF_USERS))


# --------------------------------------------------------------------------------------
def fam_x12(b, pos):
    t = tick()
    d = t.strftime("%Y%m%d")
    o = ORGS[0]
    b.t("%s x12-%s batch=B%s file=%s.x12 seg=\"" % (ts_space(t), pick(["out", "in", "gw"]), digits(7), uuid4()[:8]))
    if not pos:
        k = R.randint(0, 2)
        if k == 0:
            b.t("ST*999*%04d*005010X231A1~AK1*HC*%d*005010X222A1~AK2*837*%04d~IK5*%s~AK9*%s*%d*%d*%d~SE*6*%04d~" % (
                R.randint(1, 9999), R.randint(1, 99999), R.randint(1, 9999), pick("AER"), pick("AEP"), R.randint(1, 300),
                R.randint(1, 300), R.randint(1, 300), R.randint(1, 9999)))
        elif k == 1:
            b.t("ST*835*%04d~BPR*I*%.2f*C*CHK************%s~TRN*1*%s*1%s~N1*PR*%s~N3*PO BOX %s~N4*%s*%s*%s~N1*PE*%s*XX*%s~N3*%s~N4*%s*%s*%s~LX*1~" % (
                R.randint(1, 9999), R.uniform(100, 90000), d, digits(10), digits(9), pick(["NOVITAS SOLUTIONS", "PALMETTO GBA", "CIGNA", "UNITEDHEALTHCARE"]),
                digits(5), pick(["DALLAS", "CAMP HILL", "COLUMBIA"]), pick(["TX", "PA", "SC"]), digits(5), o[0].upper(), npi(), o[1].upper().split(",")[0],
                o[2].upper(), o[3], o[4]))
        else:
            b.t("ST*277*%04d*005010X214~BHT*0085*08*%s*%s*%s*TH~NM1*PR*2*%s*****PI*%s~NM1*41*2*%s*****46*%s~QTY*90*%d~QTY*AA*%d~AMT*YU*%.2f~SE*9*%04d~" % (
                R.randint(1, 9999), digits(9), d, t.strftime("%H%M"), pick(["AVAILITY", "CHANGE HEALTHCARE", "WAYSTAR"]), digits(5),
                o[0].upper(), "ETIN%s" % digits(5), R.randint(1, 400), R.randint(0, 20), R.uniform(1000, 60000), R.randint(1, 9999)))
        b.t("\"")
        return
    p = Person(18, 89) if chance(0.85) else old_person()
    medicare = chance(0.5)
    b.t("ST*837*%04d*005010X222A1~BHT*0019*00*%s*%s*%s*CH~NM1*85*2*%s*****XX*%s~N3*%s~N4*%s*%s*%s~" % (
        R.randint(1, 9999), digits(9), d, t.strftime("%H%M"), o[0].upper(), npi(), o[1].upper().split(",")[0], o[2].upper(), o[3], o[4]))
    b.t("SBR*P*18*******%s~NM1*IL*1*" % ("MB" if medicare else pick(["CI", "MC", "HM"])))
    b.add(P(strip_acc(p.last).upper(), "name"), "*", P(strip_acc(p.first).upper(), "name"))
    b.add("*", p.mi if chance(0.4) else "", "***MI*", P(mbi(False) if medicare else member_id(), "health_plan"), "~")
    if chance(0.8):
        b.add("N3*", P(p.street_line().upper(), "address"), "~N4*", P(p.city.upper(), "address"), "*", p.state, "*", P(p.zip if chance(0.5) else p.zip4.replace("-", ""), "zip"), "~")
    b.add("DMG*D8*", P(fmt_date(p.dob, "hl7"), "date"), "*", p.sex, "~")
    if chance(0.25):
        b.add("REF*SY*", P(ssn("plain"), "ssn"), "~")
    amt = R.uniform(12, 900)
    b.add("CLM*", P(acct(), "account"), "*%.2f***81:B:1*Y*A*Y*Y~" % amt)
    b.add("DTP*472*D8*", P(svc_date().strftime("%Y%m%d"), "date"), "~")
    b.t("HI*ABK:%s~NM1*DK*1*%s*****XX*%s~" % (pick(ICD).replace(".", ""), doc_name("xcn").replace("^", "*"), npi()))
    if chance(0.4):
        b.add("REF*0B*", P(med_license(p.state), "license"), "~")
    b.t("SV1*HC:%s*%.2f*UN*1***1~SE*%d*%04d~\"" % (cpt(), amt, R.randint(15, 40), R.randint(1, 9999)))


# --------------------------------------------------------------------------------------
def fam_abn_billing(b, pos):
    t = tick()
    pre = pick(["%s INFO  billing-svc " % ts_space(t), "%s lab-billing[%d]: " % (ts_syslog(t), R.randint(100, 9999)),
                "time=%s svc=rcm-lab " % ts_iso(t)])
    b.t(pre)
    if not pos:
        k = R.randint(0, 3)
        if k == 0:
            b.t("abn.batch printed=%d printer=bill-hp-%02d tmpl=CMS-R-131 form_ver=\"(Exp. 01/31/2026)\" dur=%s" % (R.randint(1, 90), R.randint(1, 9), ms()))
        elif k == 1:
            b.t("payment.batch settled count=%d total=$%.2f merchant_id=%s terminal=T%s gateway=%s resp=%s" % (
                R.randint(5, 400), R.uniform(100, 30000), digits(15), digits(4), pick(["authorize.net", "stripe", "elavon"]), pick(["00", "APPROVED"])))
        elif k == 2:
            b.t("claim.edit rule=MUE cpt=%s units=%d lcd=L%s ncd=190.%d icd=%s action=%s payer=%s claim_id=CLM%s" % (
                cpt(), R.randint(1, 4), digits(5), R.randint(10, 34), pick(ICD), pick(["HOLD", "ABN_REQUIRED", "PASS"]),
                pick(["MEDICARE_B", "MEDICAID_TX", "BCBSAZ"]), digits(10)))
        else:
            o = ORGS[0]
            b.t("statement.template updated ver=%s remit_to=\"%s, %s, %s, %s %s\" phone=%s tax_id=%s-%s" % (
                version(), o[0], o[1], o[2], o[3], o[4], o[5], digits(2), digits(7)))
        return
    p = Person(40, 89) if chance(0.8) else old_person()
    k = R.randint(0, 4)
    if k == 4:
        pairs = [("app_id", "FA-%s" % digits(6)), (pick(["applicant", "guarantor_name"]), nm(p, pick(["fl", "lf"]))),
                 ("household", str(R.randint(1, 7))), ("income_pct_fpl", str(R.randint(80, 400))),
                 (pick(["fundraiser_url", "crowdfund_link", "supporting_url"]), P(p.url(), "url")),
                 (pick(["acct", "pt_acct"]), P(acct(), "account")), ("decision", pick(["PENDING", "APPROVED_100", "APPROVED_50", "DENIED"]))]
        b.t("financial_assistance.application ")
        emit_kv(b, pairs)
    elif k == 0:
        pairs = [("notice", "ABN-24-%06d" % R.randint(1, 999999)), (pick(["bene", "beneficiary", "bene_name"]), nm(p, pick(["fl", "lf", "FL"]))),
                 (pick(["mbi", "MBI", "medicare_id", "hicn_mbi"]), P(mbi(), "health_plan"))]
        if chance(0.5):
            pairs.append((pick(["dob", "bene_dob"]), P(fmt_date(p.dob, "us"), "date")))
        if p.age >= 90:
            pairs.append(("bene_age", P(str(p.age), "age")))
        pairs += [("tests", "%s,%s" % (cpt(), cpt())), ("reason", pick(["frequency limit", "dx not covered", "experimental"])),
                  ("est", "$%.2f" % R.uniform(20, 400)), ("option", str(R.randint(1, 3))), ("signed_by", pick(["beneficiary", "representative"]))]
        if chance(0.5):
            pairs.append((pick(["sig_date", "signed_dt"]), P(fmt_date(svc_date(), "iso"), "date")))
        if chance(0.3):
            pairs.append((pick(["rep_name", "poa"]), P("%s %s" % (pick(FIRST), pick(LAST)), "name")))
        if chance(0.3):
            pairs.append((pick(["bene_fax", "fax_home"]), P(p.phone(), "fax")))
        b.t("abn.generated ")
        emit_kv(b, pairs)
    elif k == 1:
        pairs = [(pick(["acct", "pt_acct", "patientAccountNo", "guar_acct"]), P(acct(), "account")),
                 (pick(["guarantor", "guar_nm", "resp_party"]), nm(p, pick(["lf", "fl"]))),
                 (pick(["addr1", "street"]), P(p.street_line(), "address")), ("city", P(p.city, "address")), ("st", p.state),
                 (pick(["zip", "zip5"]), P(p.zip, "zip")), ("balance", "$%.2f" % R.uniform(5, 900)),
                 ("stmt_no", str(R.randint(1, 6)))]
        if chance(0.4):
            pairs.append((pick(["email", "ebill_to"]), P(p.email(), "email")))
        b.t("statement.sent ")
        emit_kv(b, pairs)
    elif k == 2:
        pairs = [(pick(["acct", "pt_acct"]), P(acct(), "account")), ("amount", "$%.2f" % R.uniform(5, 600)),
                 (pick(["card", "pan", "cc_number", "cardNo"]), P(card(chance(0.5)), "account")),
                 ("exp", "%02d/%02d" % (R.randint(1, 12), R.randint(25, 30))), ("auth", rc(UPN, 6)),
                 (pick(["cardholder", "name_on_card"]), nm(p, "FL"))]
        b.t("payment.posted ")
        emit_kv(b, pairs)
    else:
        pairs = [(pick(["acct", "pt_acct"]), P(acct(), "account")), ("method", "ACH"), ("routing", pick(["021000021", "122000661", "071000013", "011401533"])),
                 (pick(["dda", "bank_acct", "acctNo"]), P(bank_acct(), "account")), ("payer", nm(p, "fl")),
                 ("amount", "$%.2f" % R.uniform(5, 600))]
        b.t("payment.ach_scheduled ")
        emit_kv(b, pairs)


# --------------------------------------------------------------------------------------
CRIT_TESTS = [("K", "mmol/L", 6.4, 7.5), ("Na", "mmol/L", 112, 119), ("Glucose", "mg/dL", 28, 45), ("INR", "", 5.2, 9.8),
              ("Troponin T", "ng/L", 52, 900), ("Hgb", "g/dL", 5.1, 6.4), ("Plt", "K/uL", 4, 19), ("Lactate", "mmol/L", 4.1, 9.0),
              ("Ca", "mg/dL", 5.2, 6.1)]


def fam_critical_call(b, pos):
    t = tick()
    ct = pick(CRIT_TESTS)
    val = round(R.uniform(ct[2], ct[3]), 1)
    acc = accession("W")
    nurse = pick(NURSES)
    staff = pick(STAFF_USERS[:3] + ["micro.lead", "night.shift.core"])
    if not pos:
        k = R.randint(0, 3)
        if k == 0:
            b.t("%s CRITICAL acc=%s test=%s val=%s %s loc=%s notified=\"%s\" by=%s readback=Y tat=%dm" % (
                ts_space(t), acc, ct[0].replace(" ", "_"), val, ct[1], pick(["ICU-12", "4W-412", "ED-07", "L&D-3", "ONC-INF"]), nurse, staff, R.randint(2, 30)))
        elif k == 1:
            b.t("%s [critcall] escalation: no callback from %s within 15 min for acc %s, paged house supervisor ext %s, page id %s" % (
                ts_space(t, False), doc_name("dr"), acc, digits(4), digits(8)))
        elif k == 2:
            b.t("%s [critcall] result %s %s %s on %s reported to %s (NPI %s) by %s; read-back verified, call duration %ds" % (
                ts_space(t, False), ct[0], val, ct[1], acc, doc_name(pick(["dr", "md"])), npi(), staff, R.randint(20, 300)))
        else:
            b.t("%s critical_call_q site=CORE depth=%d oldest=%dm%02ds sla_breaches_24h=%d on_call=\"%s\" pager=%s" % (
                ts_iso(t), R.randint(0, 9), R.randint(0, 20), R.randint(0, 59), R.randint(0, 4), doc_name("dr"), hosp_phone()))
        return
    p = Person(1, 89) if chance(0.75) else old_person()
    k = R.randint(0, 3)
    if k == 0:
        b.add("%s CRITICAL acc=%s test=%s val=%s %s pt=" % (ts_space(t), acc, ct[0].replace(" ", "_"), val, ct[1]), P(p.full("LF"), "name"),
              " MRN ", P(mrn(), "mrn"))
        if chance(0.6):
            b.add(" DOB ", P(fmt_date(p.dob, "us"), "date"))
        b.t(" loc=%s notified=\"%s\" by=%s readback=Y" % (pick(["ICU-12", "4W-412", "ED-07"]), nurse, staff))
    elif k == 1:
        b.add("%s [critcall] Called %s re: critical %s %s %s for patient " % (ts_space(t, False), nurse, ct[0], val, ct[1]), nm(p, "fl"), " (")
        if p.age >= 90:
            b.add(P(str(p.age), "age"), "-year-old")
        else:
            b.t("%d-year-old" % p.age)
        b.add(", MRN:", P(mrn(), "mrn"), "); read-back verified by %s" % staff)
    elif k == 2:
        b.add("%s [critcall] outpatient crit %s %s on %s: office closed, called pt directly " % (ts_space(t, False), ct[0], val, acc),
              nm(p, pick(["fl", "fml"])), " @ ", P(p.phone(), "phone"), ", DOB verbally confirmed ", P(fmt_date(p.dob, pick(["us", "mon"])), "date"),
              "; advised ED. ")
        if chance(0.5):
            b.add(pick(["Spouse ", "Son ", "Daughter "]), P("%s %s" % (pick(FIRST), p.last), "name"), " present.")
        else:
            b.t("Will notify %s in AM." % doc_name("dr"))
    else:
        b.add("%s critical_value_log: unable to reach ordering office for acc %s; left message for " % (ts_iso(t), acc),
              nm(p, "lf"), " at ", pick(["home ", "cell ", ""]), P(p.phone(), "phone"))
        if chance(0.5):
            b.add(" and emailed ", P(p.email(), "email"))
        b.t(", retry in 30m (attempt %d/3)" % R.randint(1, 3))


# --------------------------------------------------------------------------------------
def fam_blood_culture(b, pos):
    t = tick()
    inst = pick(["bactec-fx-01", "bactec-fx-02", "virtuo-a", "virtuo-b"])
    bottle = digits(8) if "bactec" in inst else "BA%s" % digits(8)
    acc = accession("BC")
    b.t("%s %s " % (ts_space(t), inst))
    if not pos:
        k = R.randint(0, 3)
        if k == 0:
            b.t("BOTTLE_POSITIVE seq=%s acc=%s station=%s cell=%d ttp=%.1fh type=%s" % (bottle, acc, pick("ABCD") + str(R.randint(1, 6)),
                R.randint(1, 60), R.uniform(6, 96), pick(["PLUS_AEROBIC/F", "LYTIC/10_ANAEROBIC/F", "PEDS_PLUS/F", "FA_PLUS"])))
        elif k == 1:
            b.t("BOTTLE_NEG_FINAL seq=%s acc=%s protocol=%dd removed_by=%s" % (bottle, acc, pick([5, 7, 21]), pick(STAFF_USERS)))
        elif k == 2:
            b.t("ALARM temp_incubator=%.1fC setpoint=35.0 door_open=%ds drawer=%s fw=%s sn=%s" % (R.uniform(33, 37), R.randint(0, 400), pick("ABCD"),
                                                                                          version(), instr_sn()))
        else:
            b.t("GRAM_STAIN acc=%s bottle=%s result=\"%s\" entered_by=%s called_to=\"%s\" readback=Y" % (acc, bottle,
                pick(["GPC in clusters", "GNR", "GPC in chains", "yeast"]), pick(STAFF_USERS), pick(NURSES)))
        return
    p = Person(1, 89) if chance(0.85) else old_person()
    if chance(0.6):
        pairs = [("bottle", bottle), ("acc", acc), (pick(["pt_id", "patient_id", "PID"]), P(mrn(), "mrn")),
                 (pick(["pt_name", "patient", "name"]), P(p.full(pick(["LF", "lf"])), "name")),
                 (pick(["dob", "birthdate"]), P(fmt_date(p.dob, pick(["iso", "us", "hl7"])), "date")),
                 ("loc", pick(["ICU-4", "ED", "5N-511", "NICU-2"])),
                 (pick(["draw_dt", "collected"]), P(fmt_date(svc_date(), "iso"), "date"))]
        if p.age >= 90:
            pairs.insert(5, ("age", P(str(p.age), "age")))
        b.t("DEMOG_DL ")
        emit_kv(b, pairs)
    else:
        b.add("ASTM P|1|", P(mrn(), "mrn"), "||", P(p.xpn(), "name"), "||", P(fmt_date(p.dob, "hl7"), "date"), "|", p.sex, "|||",
              pick(["ICU", "ED", "MED"]), "<CR>O|1|%s^%s||^^^BC|R<CR>L|1|N" % (acc, bottle))


# --------------------------------------------------------------------------------------
TESTS_SENDOUT = ["NMO/AQP4 IgG", "Heavy Metals Panel, Blood", "Chromosome Analysis", "Quantiferon-TB Gold Plus", "Vitamin D 1,25",
                 "JAK2 V617F", "Coccidioides Ab", "Lyme Western Blot", "Ganglioside Ab Panel", "BCR-ABL1 Quant"]


def fam_sendout(b, pos):
    t = tick()
    dest = pick(ORGS[:4] + [("Mayo Clinic Laboratories", "3050 Superior Dr NW", "Rochester", "MN", "55901", "800-533-1710"),
                            ("ARUP Laboratories", "500 Chipeta Way", "Salt Lake City", "UT", "84108", "800-522-2787")])
    b.t("SENDOUT|%s|" % ts_iso(t))
    acc = accession()
    if not pos:
        k = R.randint(0, 2)
        if k == 0:
            b.t("ship=%s|carrier=%s|dest=%s, %s, %s, %s %s|acc=%s|test=%s|temp=%s|status=%s|pcs=%d" % (
                tracking(), pick(["UPS", "FedEx", "USPS", "LabCourier"]), dest[0], dest[1], dest[2], dest[3], dest[4], acc,
                pick(TESTS_SENDOUT), pick(["FROZEN", "REFRIG", "AMBIENT"]), pick(["LABEL_CREATED", "IN_TRANSIT", "DELIVERED", "EXCEPTION_WEATHER"]), R.randint(1, 6)))
        elif k == 1:
            b.t("result_rcvd|acc=%s|ref_acc=%s|perf_lab=%s|clia=%s|dir=%s|tat_d=%d|pdf_sha1=%s|pages=%d" % (
                acc, pick(["EA", "QM", "LC"]) + digits(8), dest[0], clia(), doc_name("md"), R.randint(2, 21), hexs(40), R.randint(1, 9)))
        else:
            b.t("pickup_sched|conf=%s|window=14:00-17:00|pkgs=%d|weight_lb=%.1f|acct_no=%s|contact=%s|phone=%s" % (
                rc(UPN, 9), R.randint(1, 6), R.uniform(1, 30), pick(["ACCT-NRL-00412", "UPS-7Y44W1", "FDX 6602-3391-7"]), "Send-out Bench", hosp_phone()))
        return
    p = Person(1, 89) if chance(0.85) else old_person()
    b.add("req_built|acc=%s|test=%s|dest=%s|" % (acc, pick(TESTS_SENDOUT), dest[0]))
    pairs = [(pick(["pt", "patient", "pt_nm"]), nm(p, pick(["lf", "LF", "lfm"]))),
             (pick(["dob", "birth_dt"]), P(fmt_date(p.dob, pick(["us", "iso", "oracle"])), "date")), ("sex", p.sex)]
    if p.age >= 90:
        pairs.append(("age", P(str(p.age), "age")))
    if chance(0.5):
        pairs.append((pick(["mrn", "local_id", "clientPtId"]), P(mrn(), "mrn")))
    if chance(0.4):
        pairs.append((pick(["ins_id", "subscriber", "policy_no"]), P(member_id(), "health_plan")))
    if chance(0.25):
        pairs.append((pick(["pt_ssn", "ss_no"]), P(ssn(), "ssn")))
    if chance(0.3):
        pairs += [("addr", P(p.street_line(), "address")), ("city", P(p.city, "address")), ("st", p.state), ("zip", P(p.zip4 if chance(0.4) else p.zip, "zip"))]
    if chance(0.3):
        pairs.append((pick(["bill_acct", "client_bill_ref"]), P(acct(), "account")))
    pairs.append(("collected", P(fmt_date(svc_date(), "iso"), "date")))
    emit_kv(b, pairs, sep="|", quote="never")
    dn = doc_name("lf")
    b.t("|ordering=%s|npi=%s" % (dn, npi()))
    if chance(0.35):
        b.add("|", pick(["dea", "prescriber_dea", "DEA#"]), "=", P(dea(dn[0]), "license"))


# --------------------------------------------------------------------------------------
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
       "LabResultsApp/4.12.3 (Android 13; SM-A536U)", "LabResultsApp/4.12.1 (iOS 17.2; iPhone14,5)",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"]
PORTAL = "https://myresults.northfieldlabs.com"


def fam_portal_nginx(b, pos):
    t = tick()
    if not pos:
        k = R.randint(0, 3)
        ip = private_ip()
        if k == 0:
            b.t('%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.27" rt=0.00%d upstream=%s:8080' % (ip, ts_apache(t), R.randint(1, 9), private_ip()))
        elif k == 1:
            b.t('%s - svc_portal_batch [%s] "POST /api/v2/results/batch?since=%s&limit=500 HTTP/1.1" 202 %d "-" "python-requests/2.31.0" rt=%.3f req_id=%s' % (
                ip, ts_apache(t), ts_iso(t - datetime.timedelta(hours=1)), R.randint(50, 900), R.uniform(0.01, 3), uuid4()))
        elif k == 2:
            b.t('%s - - [%s] "GET /static/js/app.%s.js HTTP/2.0" 304 0 "%s/" "%s" rt=0.002 cache=HIT' % (ip, ts_apache(t), hexs(8), PORTAL, pick(UAS)))
        else:
            b.t('%s - - [%s] "GET /api/v1/tests/catalog?cpt=%s&loinc=%s&lab=%s HTTP/1.1" 200 %d "-" "%s" rt=%.3f' % (
                ip, ts_apache(t), cpt(), loinc(), pick(["NRL", "MDX", "HPP"]), R.randint(200, 9000), pick(UAS), R.uniform(0.01, 0.9)))
        return
    p = Person(1, 89)
    ip = public_ip()
    k = pick([0, 1, 2, 3, 4, 4])
    if k == 0:
        b.add(P(ip, "ip"), " - ", P(p.email(), "email"), ' [%s] "GET /results/%s/pdf HTTP/1.1" 200 %d "%s/inbox" "%s" rt=%.3f uid=%s' % (
            ts_apache(t), accession(), R.randint(20000, 300000), PORTAL, pick(UAS), R.uniform(0.05, 2), hexs(12)))
    elif k == 1:
        b.add(P(ip, "ip"), ' - - [%s] "GET /api/v1/patient/lookup?lastName=' % ts_apache(t), P(strip_acc(p.last).replace(" ", "%20").replace("'", "%27"), "name"),
              "&dob=", P(fmt_date(p.dob, "iso"), "date"), "&zip=", P(p.zip, "zip"),
              ' HTTP/2.0" %d %d "-" "%s" rt=%.3f' % (pick([200, 404, 429]), R.randint(40, 900), pick(UAS), R.uniform(0.01, 0.5)))
    elif k == 2:
        em = p.email()
        b.add(P(ip, "ip"), ' - - [%s] "POST /guest/verify?email=' % ts_apache(t), P(em.replace("@", "%40").replace("+", "%2B"), "email"),
              '&code=%s HTTP/1.1" 302 0 "%s/guest" "%s" rt=%.3f' % (digits(6), PORTAL, pick(UAS), R.uniform(0.01, 0.3)))
    elif k == 4:
        b.add(P(ip, "ip"), ' - - [%s] "GET /share/%s HTTP/1.1" 200 %d "' % (ts_apache(t), rc("abcdefghjkmnpqrstuvwxyz23456789", 10), R.randint(900, 9000)),
              P(p.url(), "url"), '" "%s" rt=%.3f' % (pick(UAS), R.uniform(0.01, 0.3)))
    else:
        b.add(P(ip, "ip"), " - ", P(p.email(), "email"), ' [%s] "PUT /api/v1/me/contact HTTP/1.1" 204 0 "%s/settings" "%s" rt=%.3f body_phone=' % (
            ts_apache(t), PORTAL, pick(UAS), R.uniform(0.01, 0.3)), P(p.phone("e164"), "phone"))


def fam_portal_app(b, pos):
    t = tick()
    base = {"ts": ts_iso(t), "level": pick(["INFO", "INFO", "WARN"]), "svc": pick(["results-portal", "patient-api", "identity-svc", "notify-svc"]),
            "trace_id": hexs(32), "span_id": hexs(16)}
    if not pos:
        k = R.randint(0, 3)
        if k == 0:
            base.update({"evt": "session_expired", "session": hexs(40), "idle_s": R.randint(600, 3600), "pod": "portal-%s-%s" % (hexs(10), rc("abcdefghijklmnopqrstuvwxyz0123456789", 5))})
        elif k == 1:
            base.update({"evt": "rate_limited", "client_ip": private_ip(), "route": "/api/v1/results", "limit": "100/min", "retry_after_s": R.randint(1, 60)})
        elif k == 2:
            base.update({"evt": "feature_flag", "flag": pick(["new_pdf_viewer", "spanish_ui", "proxy_v2", "sms_otp"]), "enabled": chance(0.5),
                         "rollout_pct": R.randint(0, 100), "build": "%s+%s" % (version(), hexs(7))})
        else:
            base.update({"evt": "db_pool", "active": R.randint(1, 50), "idle": R.randint(0, 20), "wait_ms": R.randint(0, 900),
                         "db": "pg-results-ro.%s.rds.amazonaws.com:5432" % pick(["us-east-1", "us-west-2"])})
        emit_json_compact(b, base) if chance(0.5) else emit_json(b, base)
        return
    p = Person(1, 89)
    k = R.randint(0, 8)
    if k == 0:
        base["evt"] = "login_success"
        base["user"] = {pick(["email", "login", "username"]): P(p.email(), "email"), pick(["mrn", "patientMrn"]): P(mrn(), "mrn")}
        base[pick(["client_ip", "remote_addr", "clientIp"])] = P(public_ip(), "ip")
        if chance(0.6):
            base["device"] = {"os": pick(["Android 14", "Android 13"]), pick(["imei", "IMEI", "deviceImei"]): P(imei(), "device")}
    elif k == 1:
        base["evt"] = "mfa_sms_sent"
        base[pick(["to", "phone", "msisdn"])] = P(p.phone("e164"), "phone")
        base["user_id"] = R.randint(10000, 999999)
        base[pick(["client_ip", "ip"])] = P(public_ip(), "ip")
    elif k == 2:
        base["evt"] = "profile_photo_uploaded"
        base["user_id"] = R.randint(10000, 999999)
        if chance(0.5):
            base[pick(["avatar", "photo_b64", "selfie"])] = P(photo_b64(), "photo")
        else:
            base[pick(["photo_url", "avatarUrl", "image"])] = P("https://cdn.northfieldlabs.com/avatars/%d/%s.%s" % (
                R.randint(1000, 99999), hexs(12), pick(["jpg", "png"])), "photo")
        base["bytes"] = R.randint(20000, 900000)
    elif k == 3:
        pr = Person(25, 80)
        base["evt"] = "proxy_access_granted"
        base["patient"] = nm(p, "fl")
        base["proxy"] = {"name": P(pr.full("fl"), "name"), "relation": pick(["daughter", "son", "spouse", "caregiver"]),
                         "email": P(pr.email(), "email")}
    elif k == 4:
        base["evt"] = "id_verification"
        base["user_id"] = R.randint(10000, 999999)
        if chance(0.6):
            st, dl = drivers_license()
            base["doc"] = {"type": "drivers_license", "state": st, "number": P(dl, "license")}
        else:
            kind, oid = other_id()
            base["doc"] = {"type": kind, "number": P(oid, "other_id")}
        base["face_match"] = {"score": round(R.uniform(0.6, 0.99), 3), "liveness": "pass"}
        if chance(0.5):
            base["face_template"] = P(biometric_b64("face"), "biometric")
    elif k == 5:
        base["evt"] = "wearable_linked"
        base["user_id"] = R.randint(10000, 999999)
        base["device"] = {"type": pick(["CGM", "BT glucometer", "home INR meter"]), pick(["serial", "sn"]): P(patient_device_serial(), "device"),
                          pick(["mac", "bt_addr"]): P(mac(), "device")}
    else:
        base["evt"] = "profile_updated"
        base["user_id"] = R.randint(10000, 999999)
        base["fields"] = {pick(["website", "personal_url", "homepage"]): P(p.url(), "url"), "display_name": nm(p, "fl")}
    emit_json_compact(b, base) if chance(0.5) else emit_json(b, base)


# --------------------------------------------------------------------------------------
def fam_fhir(b, pos):
    t = tick()
    b.t("%s fhir-gw " % ts_iso(t))

    def path(rt, status=None):
        verb = pick(["POST", "PUT", "GET"]) if rt != "Bundle" else "GET"
        rid = "" if (verb == "POST" or rt == "Bundle") else "/%d" % R.randint(100, 99999)
        if status is None:
            status = 201 if verb == "POST" else 200
        b.t("%s /fhir/R4/%s%s status=%d " % (verb, rt, rid, status))
    if not pos:
        k = R.randint(0, 2)
        if k == 0:
            res = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "invalid", "diagnostics": "Patient.birthDate: invalid date format",
                   "expression": ["Patient.birthDate"]}], "meta": {"versionId": str(R.randint(1, 9)), "source": "#%s" % hexs(16)}}
        elif k == 1:
            tst = pick(TESTS)
            res = {"resourceType": "Observation", "id": str(R.randint(1000, 999999)), "status": "final",
                   "code": {"coding": [{"system": "http://loinc.org", "code": tst[1], "display": tst[2]}]},
                   "subject": {"reference": "Patient/%d" % R.randint(100, 99999)},
                   "valueQuantity": {"value": round(R.uniform(1, 200), 1), "unit": tst[3] or "1"},
                   "performer": [{"reference": "Organization/%s" % clia(), "display": pick(REF_LABS)}]}
        else:
            res = {"resourceType": "Bundle", "type": "searchset", "total": 0,
                   "link": [{"relation": "self", "url": "https://fhir.northfieldlabs.com/R4/DiagnosticReport?_lastUpdated=gt%s&_count=50&category=LAB" % t.strftime("%Y-%m-%d")}],
                   "meta": {"lastUpdated": ts_iso(t)}}
        if res["resourceType"] == "OperationOutcome":
            path("Patient", 422)
        else:
            path(res["resourceType"])
        emit_json_compact(b, res) if chance(0.6) else emit_json(b, res)
        return
    p = Person(1, 89) if chance(0.85) else old_person()
    k = R.randint(0, 3)
    if k == 0:
        ids = [{"type": {"coding": [{"code": "MR"}]}, "system": "urn:oid:1.2.840.114350.1.13.%d" % R.randint(100, 999), "value": P(mrn(), "mrn")}]
        if chance(0.4):
            ids.append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": P(ssn("dash"), "ssn")})
        if chance(0.2):
            kind, oid = other_id()
            ids.append({"type": {"text": kind}, "value": P(oid, "other_id")})
        res = {"resourceType": "Patient", "id": str(R.randint(100, 99999)), "identifier": ids}
        given = [P(p.first, "name")]
        res["name"] = [{"use": "official", "family": P(p.last, "name"), "given": given}]
        tel = []
        if chance(0.7):
            tel.append({"system": "phone", "value": P(p.phone(), "phone"), "use": pick(["home", "mobile"])})
        if chance(0.3):
            tel.append({"system": "fax", "value": P(p.phone(), "fax")})
        if chance(0.4):
            tel.append({"system": "email", "value": P(p.email(), "email")})
        if chance(0.35):
            tel.append({"system": "url", "value": P(p.url(), "url")})
        if tel:
            res["telecom"] = tel
        res["gender"] = "female" if p.sex == "F" else "male"
        res["birthDate"] = P(fmt_date(p.dob, "iso"), "date")
        if chance(0.6):
            addr = {"line": [P(p.street_line(), "address")], "city": P(p.city, "address")}
            if chance(0.4):
                addr["district"] = P(p.county, "address")
            addr["state"] = p.state
            addr["postalCode"] = P(p.zip, "zip")
            res["address"] = [addr]
        if chance(0.35):
            res["photo"] = [{"contentType": "image/jpeg", "data": P(photo_b64(), "photo")}]
        if p.age >= 90:
            res["extension"] = [{"url": "http://example.org/fhir/StructureDefinition/age-years", "valueInteger": P(p.age, "age")}]
    elif k == 1:
        res = {"resourceType": "Coverage", "id": str(R.randint(100, 99999)), "status": "active",
               "subscriberId": P(member_id(), "health_plan"),
               "beneficiary": {"reference": "Patient/%d" % R.randint(100, 99999), "display": P(p.full("fl"), "name")},
               "payor": [{"display": pick(["Aetna", "Medicare Part B", "Ambetter", "Humana Gold"])}]}
        if chance(0.5):
            res["subscriber"] = {"display": P("%s %s" % (pick(FIRST), p.last), "name")}
    elif k == 2:
        res = {"resourceType": "Device", "id": str(R.randint(100, 99999)),
               "udiCarrier": [{"deviceIdentifier": "0" + nz_digits(13), "carrierHRF": P(udi(), "device")}],
               "serialNumber": P(patient_device_serial(), "device"), "type": {"text": pick(["Continuous glucose monitor", "Implantable loop recorder", "Insulin pump"])},
               "patient": {"reference": "Patient/%d" % R.randint(100, 99999), "display": P(p.full("fl"), "name")}}
    else:
        res = {"resourceType": "DiagnosticReport", "id": str(R.randint(100, 99999)), "status": "final",
               "code": {"coding": [{"system": "http://loinc.org", "code": loinc()}]},
               "subject": {"reference": "Patient/%d" % R.randint(100, 99999), "display": P(p.full(pick(["fl", "lf"])), "name")},
               "effectiveDateTime": P(fmt_date(svc_date(), "iso"), "date"),
               "performer": [{"display": pick(REF_LABS)}],
               "resultsInterpreter": [{"display": doc_name("md")}]}
    path(res["resourceType"])
    emit_json_compact(b, res) if chance(0.6) else emit_json(b, res)


# --------------------------------------------------------------------------------------
EMPLOYERS = ["Swift Ridge Freight LLC", "Desert Line Transit", "Cascade Rail Services", "Copperhead Mining Co", "BlueSky Air Charter",
             "Gulf Coast Pipeline Inc", "Metro Paratransit"]


def fam_drug_coc(b, pos):
    t = tick()
    ccf = "%07d" % R.randint(1, 9999999)
    sty = pick(["pipe", "kv"])
    pre = "%s tox-coc[%d]: " % (ts_syslog(t), R.randint(100, 9999)) if sty == "kv" else "CCF|%s|%s|" % (ts_space(t), ccf)
    b.t(pre)
    if not pos:
        k = R.randint(0, 2)
        if k == 0:
            pairs = [("evt", "MRO_QUEUE"), ("pending", str(R.randint(0, 120))), ("oldest_h", str(R.randint(1, 72))),
                     ("mro", doc_name("md")), ("mro_npi", npi())]
        elif k == 1:
            pairs = [("evt", "BATCH_RUN"), ("instrument", "Sciex 6500+ LC-MS/MS"), ("inst_sn", instr_sn()), ("batch", "TX%s" % digits(6)),
                     ("analytes", "THC-COOH,BZE,AMP,MAMP,6-AM,OPI"), ("cutoff_thc", "15 ng/mL"), ("cal_r2", "%.4f" % R.uniform(0.99, 1)),
                     ("reviewed", pick(STAFF_USERS))]
        else:
            e = pick(EMPLOYERS)
            pairs = [("evt", "CLIENT_SETUP"), ("employer", e), ("der", doc_name("dr").replace("Dr. ", "")), ("der_phone", hosp_phone()),
                     ("program", pick(["DOT FMCSA", "DOT FAA", "non-DOT"])), ("panel", pick(["5-panel", "10-panel"])), ("acct_code", "CL-%s" % digits(5))]
        emit_kv(b, pairs, sep=" " if sty == "kv" else "|", quote="auto" if sty == "kv" else "never")
        return
    p = Person(19, 70)
    pairs = [("ccf", ccf), ("reason", pick(["POST_ACCIDENT", "RANDOM", "PRE_EMPLOYMENT", "REASONABLE_SUSPICION"]))]
    k = R.randint(0, 2)
    if k == 0:
        pairs.append((pick(["donor_ssn", "donorSSN", "ssn_or_empid"]), P(ssn(), "ssn")))
    elif k == 1:
        pairs.append((pick(["donor_emp_id", "emp_no", "badge_id"]), P("EMP-" + digits(6) if chance(0.5) else digits(7), "other_id")))
    else:
        kind, oid = other_id()
        pairs.append(("donor_%s" % kind.replace(" ", "_").replace("-", "_").lower(), P(oid, "other_id")))
    pairs.append((pick(["donor_name", "donor", "donorNm"]), nm(p, pick(["lf", "fl", "LF"]))))
    if chance(0.5):
        pairs.append((pick(["donor_dob", "dob"]), P(fmt_date(p.dob, "us"), "date")))
    pairs.append(("employer", pick(EMPLOYERS)))
    if chance(0.6):
        st, dl = drivers_license()
        pairs += [(pick(["cdl", "cdl_no", "license_no"]), P(dl, "license")), ("cdl_st", st)]
    if chance(0.45):
        pairs.append((pick(["veh_vin", "vin", "unit_vin"]), P(vin(), "vehicle")))
    if chance(0.3):
        pairs.append((pick(["veh_plate", "tractor_plate"]), P(plate(), "vehicle")))
    if chance(0.5):
        pairs.append((pick(["donor_phone", "day_phone", "ph_day"]), P(p.phone(), "phone")))
    if chance(0.2):
        pairs.append((pick(["donor_fax", "evening_fax"]), P(p.phone(), "fax")))
    pairs.append(("collector", pick(["Angela Moss", "Trent Albers", "Keisha Wynn", "Luis Ocampo"])))
    pairs.append(("collected", P(fmt_date(svc_date(), "us"), "date")))
    if chance(0.6):
        pairs.append((pick(["fp_template", "finger_tmpl", "biometric_fp", "thumb_minutiae"]), P(biometric_b64("fp"), "biometric")))
    if chance(0.5):
        if chance(0.5):
            pairs.append((pick(["id_photo", "donor_photo"]), P("/data/coc/photos/%s/%s_donor.jpg" % (t.strftime("%Y%m%d"), ccf), "photo")))
        else:
            pairs.append(("donor_photo_b64", P(photo_b64(), "photo")))
    emit_kv(b, pairs, sep=" " if sty == "kv" else "|", quote="auto" if sty == "kv" else "never")


# --------------------------------------------------------------------------------------
DE_STREETS = ["Lindenstraße", "Hauptstraße", "Bahnhofstraße", "Schillerweg", "Goethestraße", "Am Markt", "Kastanienallee", "Mühlenweg"]
DE_CITIES = [("Berlin", "10115", "30"), ("München", "80331", "89"), ("Köln", "50667", "221"), ("Leipzig", "04109", "341"),
             ("Freiburg im Breisgau", "79098", "761"), ("Düsseldorf", "40213", "211")]
DE_FIRST = ["Jonas", "Lena", "Jürgen", "Ümit", "Katharina", "Mehmet", "Anneliese", "Björn", "Sophie", "Dragan"]
DE_LAST = ["Müller", "Schmidt", "Yıldız", "Weißmann", "Krüger", "Hoffmann", "Nowak", "Schäfer", "Popović", "Becker"]
QC_CITIES = [("Montréal", "514", "H2X"), ("Québec", "418", "G1R"), ("Laval", "450", "H7N"), ("Sherbrooke", "819", "J1H"), ("Gatineau", "819", "J8Y")]
QC_FIRST = ["Chloé", "Mathieu", "Élodie", "Jean-François", "Geneviève", "Félix", "Marie-Ève", "Olivier"]
QC_LAST = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Pelletier", "Bélanger"]
MX_CITIES = [("Nogales", "Sonora", "84000"), ("Ciudad Juárez", "Chihuahua", "32000"), ("Tijuana", "Baja California", "22000"),
             ("Reynosa", "Tamaulipas", "88500"), ("Mexicali", "Baja California", "21000")]
MX_FIRST = ["José Luis", "María Guadalupe", "Juan Carlos", "Ana Sofía", "Jesús", "Verónica", "Alejandro", "Itzel"]
MX_LAST = ["Hernández", "García", "Martínez", "López", "González", "Ramírez", "Sánchez", "Flores", "Cruz", "Morales"]


def fam_intl(b, pos):
    t = tick()
    lang = pick(["de", "fr", "es"])
    if not pos:
        if lang == "de":
            b.t("%s [LIS-DE] Ringversuch=RV-%s Analyt=%s Sollwert=%.2f Istwert=%.2f Bewertung=%s Gerät=\"%s %s\" Seriennr=%s Charge=%s Verfall=%s Benutzer=%s" % (
                ts_space(t, False), digits(4), pick(["Kalium", "Natrium", "Glukose", "Kreatinin", "TSH"]), R.uniform(1, 10), R.uniform(1, 10),
                pick(["bestanden", "nicht bestanden"]), *pick(INSTR[:5]), instr_sn(), rc(UPN, 6), reagent_exp(), pick(STAFF_USERS)))
        elif lang == "fr":
            b.t("%s [SIL-QC] contrôle_qualité analyte=%s niveau=%s valeur=%.2f cible=%.2f règle_westgard=%s statut=%s automate=\"%s %s\" no_série=%s lot=%s exp=%s tech=%s labo=\"%s\" tél_labo=%s" % (
                ts_iso(t, False), pick(["potassium", "sodium", "glucose", "troponine"]), pick(["N1", "N2"]), R.uniform(1, 10), R.uniform(1, 10),
                pick(["1-2s", "1-3s", "2-2s", "aucune"]), pick(["accepté", "rejeté"]), *pick(INSTR[:5]), instr_sn(), rc(UPN, 6), reagent_exp(),
                pick(STAFF_USERS), "Laboratoire régional de l'Estrie", "819-346-1110"))
        else:
            b.t("%s [LIS-MX] control_calidad analito=%s nivel=%s valor=%.2f objetivo=%.2f estado=%s equipo=\"%s %s\" num_serie=%s lote_reactivo=%s caducidad=%s usuario=%s sucursal=\"Lab Frontera Norte, Av. Tecnológico 1340, Cd. Juárez, Chih. 32500\"" % (
                ts_iso(t, False), pick(["glucosa", "potasio", "hemoglobina", "creatinina"]), pick(["1", "2", "3"]), R.uniform(1, 10), R.uniform(1, 10),
                pick(["aceptado", "rechazado"]), *pick(INSTR[:5]), instr_sn(), rc(UPN, 6), reagent_exp(), pick(STAFF_USERS)))
        return
    if lang == "de":
        city, plz, vw = pick(DE_CITIES)
        fn, ln = pick(DE_FIRST), pick(DE_LAST)
        dob = rand_date(1930, 2015)
        pairs = [("Auftrag", "A%s" % digits(8)), (pick(["Nachname", "Name"]), P(ln, "name")), (pick(["Vorname", "Vorn"]), P(fn, "name")),
                 (pick(["Geburtsdatum", "GebDat", "Geb.-Datum"]), P(fmt_date(dob, "eu"), "date"))]
        if chance(0.6):
            pairs += [(pick(["Strasse", "Straße", "Anschrift"]), P("%s %d%s" % (pick(DE_STREETS), R.randint(1, 140), pick(["", "a", "b"])), "address")),
                      ("PLZ", P(plz[:3] + digits(2), "zip")), ("Ort", P(city, "address"))]
        if chance(0.6):
            pairs.append((pick(["KVNR", "Versichertennr", "VersNr"]), P(rc(UP, 1) + digits(9), "health_plan")))
            pairs.append(("Kasse", pick(["AOK Nordost", "TK", "Barmer", "DAK-Gesundheit"])))
        if chance(0.4):
            pairs.append((pick(["Telefon", "Tel"]), P("+49 %s %s" % (vw, digits(R.randint(6, 8))), "phone")))
        if chance(0.2):
            pairs.append(("Fax", P("+49 %s %s" % (vw, digits(7)), "fax")))
        pairs.append(("Einsender", "Praxis %s" % doc_name("dr")))
        pairs.append(("Abnahmedatum", P(fmt_date(svc_date(), "eu"), "date")))
        b.t("%s [LIS-DE] Auftragseingang " % ts_space(t, False))
        emit_kv(b, pairs, quote="auto")
    elif lang == "fr":
        city, ac, fsa = pick(QC_CITIES)
        fn, ln = pick(QC_FIRST), pick(QC_LAST)
        dob = rand_date(1928, 2015)
        pairs = [("req", "Q%s" % digits(9)), (pick(["nom", "nom_famille"]), P(ln, "name")), (pick(["prénom", "prenom"]), P(fn, "name")),
                 (pick(["ddn", "date_naissance"]), P(fmt_date(dob, "iso"), "date"))]
        if chance(0.7):
            nam = "%s%s %s%s %s%s" % (ln[:3].upper().replace("Ô", "O").replace("É", "E"), fn[0].upper().replace("É", "E"), dob.strftime("%y"),
                                      "%02d" % (dob.month + (50 if chance(0.5) else 0)), dob.strftime("%d"), digits(2))
            pairs.append((pick(["NAM", "no_assurance_maladie", "RAMQ"]), P(nam, "health_plan")))
        if chance(0.6):
            pairs += [("adresse", P("%d rue %s%s" % (R.randint(10, 9000), pick(["Saint-Denis", "Sherbrooke Est", "des Érables", "Principale", "King Ouest"]),
                                                     pick(["", " app. %d" % R.randint(1, 30)])), "address")),
                      ("ville", P(city, "address")), ("code_postal", P("%s %s%s%s" % (fsa, R.randint(1, 9), pick("ABCEGHJKLMNPRSTVXY"), R.randint(0, 9)), "zip"))]
        if chance(0.5):
            pairs.append((pick(["tél", "tel_dom", "cellulaire"]), P("%s-%s-%s" % (ac, nz_digits(3), digits(4)), "phone")))
        if chance(0.3):
            pairs.append(("courriel", P("%s.%s@%s" % (strip_acc(fn).lower().replace("é", "e").replace("è", "e").replace("ë", "e"),
                                                        strip_acc(ln).lower().replace("ô", "o").replace("é", "e"), pick(["videotron.ca", "gmail.com", "sympatico.ca"])), "email")))
        pairs.append(("prescripteur", doc_name("dr")))
        pairs.append(("date_prélèvement", P(fmt_date(svc_date(), "iso"), "date")))
        b.t("%s [SIL-QC] requête reçue " % ts_iso(t, False))
        emit_kv(b, pairs)
    else:
        city, estado, cp = pick(MX_CITIES)
        fn, ln1, ln2 = pick(MX_FIRST), pick(MX_LAST), pick(MX_LAST)
        dob = rand_date(1930, 2015)
        pac = {"nombre": P(fn, "name"), "apellido_paterno": P(ln1, "name"), "apellido_materno": P(ln2, "name"),
               "fecha_nacimiento": P(fmt_date(dob, "dmy"), "date"), "sexo": pick(["H", "M"])}
        if chance(0.5):
            pac["curp"] = P(strip_acc(ln1[:2] + ln2[:1] + fn[:1]).upper() + dob.strftime("%y%m%d") + pick("HM") + rc(UP, 5) + digits(2), "other_id")
        if chance(0.5):
            pac["domicilio"] = {"calle": P("%s %d%s" % (pick(["Calle Morelos", "Av. Juárez", "Calle Hidalgo", "Blvd. Colosio", "Privada Los Pinos"]), R.randint(1, 3000),
                                                         pick(["", " Int. 4", " Depto 2B"])), "address"),
                                "colonia": P(pick(["Col. Centro", "Col. Del Valle", "Fracc. Las Fuentes", "Col. Obrera"]), "address"),
                                "municipio": P(city, "address"), "estado": estado, "cp": P(cp[:3] + digits(2), "zip")}
        if chance(0.5):
            pac["telefono"] = P("+52 %s %s %s" % (pick(["631", "656", "664", "899", "686"]), digits(3), digits(4)), "phone")
        if chance(0.3):
            pac["poliza_seguro"] = P("GNP-" + digits(10), "health_plan")
        ev = {"evento": "orden_recibida", "folio": "F%s" % digits(9), "paciente": pac,
              "estudio": pick(["Biometría hemática", "Química sanguínea 6", "Perfil tiroideo", "Examen general de orina", "PCR SARS-CoV-2"]),
              "medico": doc_name("dr"), "fecha_toma": P(fmt_date(svc_date(), "dmy"), "date")}
        b.t("%s [LIS-MX] " % ts_iso(t, False))
        emit_json(b, ev)


# --------------------------------------------------------------------------------------
def fam_notify(b, pos):
    t = tick()
    base = {"@t": ts_iso(t), "@l": pick(["Information", "Information", "Warning"]), "SourceContext": "Lab.Notify.Dispatcher",
            "MessageId": uuid4(), "Template": pick(["RESULT_READY", "CRIT_CALLBACK", "RECOLLECT_NEEDED", "APPT_REMINDER", "ABN_COPY"])}
    if not pos:
        k = R.randint(0, 2)
        if k == 0:
            c = pick(CLINICS)
            base.update({"Channel": "fax", "Recipient": "provider", "Practice": c[0], "FaxTo": pick(["(509) 624-7781", "478-745-2209", "520-881-0456", "(218) 727-9914"]),
                         "Pages": R.randint(1, 12), "Gateway": pick(["RightFax", "eFax Corporate"]), "JobId": digits(9)})
        elif k == 1:
            base.update({"Channel": pick(["sms", "email"]), "Event": "template_stats", "Sent24h": R.randint(100, 9000), "Bounced": R.randint(0, 50),
                         "Provider": pick(["Twilio", "SendGrid", "Amazon SES"]), "From": pick(["noreply@northfieldlabs.com", "+18007624344", "results@summitclinicallabs.com"])})
        else:
            base.update({"Channel": "email", "Recipient": "client_services", "To": pick(["clientservices@northfieldlabs.com", "lab-ops@cascaderegional.org"]),
                         "Subject": "Daily send-out exceptions: %d" % R.randint(0, 40), "SmtpCode": 250, "ElapsedMs": R.randint(10, 3000)})
        emit_json_compact(b, base)
        return
    p = Person(1, 89) if chance(0.88) else old_person()
    k = pick([0, 1, 2, 2, 3])
    if k == 0:
        base.update({"Channel": "sms", "To": P(p.phone(pick(["e164", "plain", "dash"])), "phone"), "Provider": "Twilio", "Sid": "SM" + hexs(32)})
    elif k == 1:
        base.update({"Channel": "email", "To": P(p.email(), "email"), "PatientName": P(p.full("fl"), "name"), "SmtpCode": 250})
    elif k == 2:
        base.update({"Channel": "fax", "Recipient": "patient", pick(["FaxTo", "HomeFax", "PatientFax"]): P(p.phone(pick(["paren", "dash", "plain"])), "fax"),
                     "Pages": R.randint(1, 5), "Gateway": "RightFax", "JobId": digits(9)})
    else:
        base.update({"Channel": "voice", "To": P(p.phone(), "phone"), "Ivr": "crit-callback-v2", "Attempt": R.randint(1, 3)})
        if chance(0.6):
            base[pick(["VoiceprintTemplate", "SpeakerVerifyModel", "VoiceBio"])] = P(biometric_b64("voice"), "biometric")
    if chance(0.4):
        base["Mrn"] = P(mrn(), "mrn")
    if p.age >= 90 and chance(0.7):
        base["AgeYears"] = P(p.age, "age")
    if chance(0.3):
        base["Dob"] = P(fmt_date(p.dob, "iso"), "date")
    emit_json_compact(b, base)


# ======================================================================================
FAMILIES = [
    ("hl7v2_reflab_feed", fam_hl7),
    ("lims_audit_trail", fam_lims_audit),
    ("specimen_tracking_json", fam_specimen_json),
    ("courier_manifest_csv", fam_courier_csv),
    ("pathology_cytology_events", fam_pathology),
    ("genetic_requisition_xml", fam_genetic_xml),
    ("poct_astm_gateway", fam_poct_astm),
    ("poc_antigen_cloud_json", fam_covid_poc_json),
    ("pubhealth_site_syslog5424", fam_pubhealth_syslog),
    ("x12_837_claim_gateway", fam_x12),
    ("abn_billing_kv", fam_abn_billing),
    ("critical_value_call_log", fam_critical_call),
    ("blood_culture_instrument", fam_blood_culture),
    ("sendout_tracking_pipe", fam_sendout),
    ("result_portal_nginx", fam_portal_nginx),
    ("result_portal_app_json", fam_portal_app),
    ("fhir_r4_gateway", fam_fhir),
    ("tox_chain_of_custody", fam_drug_coc),
    ("intl_lis_de_fr_es", fam_intl),
    ("result_notify_serilog", fam_notify),
]


def build():
    fams = []
    while len(fams) < N_LINES:
        fams.extend(FAMILIES)
    fams = fams[:N_LINES]
    R.shuffle(fams)
    flags = [False] * N_NEG + [True] * (N_LINES - N_NEG)
    R.shuffle(flags)
    lines, labels = [], []
    for i, ((fname, fn), pos) in enumerate(zip(fams, flags)):
        b = B(fname)
        fn(b, pos)
        text = b.text()
        check_line(text, b.spans, pos, i + 1)
        lines.append(text)
        labels.append({"line": i + 1, "family": fname, "spans": [{"s": s, "e": e, "cat": c} for (s, e, c, v) in b.spans]})
    return lines, labels


def check_line(text, spans, pos, ln):
    assert "\n" not in text and "\r" not in text and "\x0b" not in text and "\x0c" not in text and "\x85" not in text \
        and "\u2028" not in text and "\u2029" not in text, ln
    raw = text.encode("utf-8")
    if not pos:
        assert not spans, (ln, spans)
        return
    assert spans, ("positive line without spans", ln, text)
    prev_end = -1
    for (s, e, c, v) in sorted(spans):
        assert c in CATS, (ln, c)
        assert 0 <= s < e <= len(raw), (ln, s, e)
        assert raw[s:e] == v.encode("utf-8"), (ln, raw[s:e], v)
        assert v == v.strip() and v != "", (ln, repr(v))
        assert s >= prev_end, ("overlap", ln, s, prev_end)
        prev_end = e
        # spans must align to UTF-8 character boundaries
        raw[s:e].decode("utf-8")


def main():
    lines, labels = build()
    log_path = os.path.join(OUT_DIR, "am.log")
    lab_path = os.path.join(OUT_DIR, "am.labels.jsonl")
    with open(log_path, "w", encoding="utf-8", newline="\n") as f:
        for ln in lines:
            f.write(ln + "\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False, sort_keys=False) + "\n")
    # re-read and re-verify from disk
    with open(log_path, "rb") as f:
        disk = f.read().split(b"\n")
    assert disk[-1] == b"" and len(disk) - 1 == N_LINES
    with open(lab_path, encoding="utf-8") as f:
        labs = [json.loads(x) for x in f]
    assert len(labs) == N_LINES
    counts = dict((c, 0) for c in CATS)
    fam_counts = {}
    n_phi = 0
    for i, lab in enumerate(labs):
        assert lab["line"] == i + 1
        raw = disk[i]
        prev = -1
        for sp in sorted(lab["spans"], key=lambda x: x["s"]):
            assert sp["s"] >= prev and sp["e"] > sp["s"] and sp["e"] <= len(raw)
            prev = sp["e"]
            counts[sp["cat"]] += 1
        if lab["spans"]:
            n_phi += 1
        fc = fam_counts.setdefault(lab["family"], [0, 0])
        fc[0 if lab["spans"] else 1] += 1
    for c in CATS:
        assert counts[c] >= 8, ("category under-covered", c, counts[c])
    print("lines: %d" % N_LINES)
    print("lines with PHI: %d  (no PHI: %d = %.0f%%)" % (n_phi, N_LINES - n_phi, 100.0 * (N_LINES - n_phi) / N_LINES))
    print("spans: %d" % sum(counts.values()))
    for c in CATS:
        print("  %-12s %d" % (c, counts[c]))
    print("families (phi/no-phi):")
    for k, v in fam_counts.items():
        print("  %-28s %d/%d" % (k, v[0], v[1]))


if __name__ == "__main__":
    main()
