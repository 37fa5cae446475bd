#!/usr/bin/env python3
"""Generator for held-out PHI test corpus "ab".

Theme: provider revenue cycle (statements, dunning, collections, lockbox/BAI2,
card terminals, payment gateways, refunds, charity care, price estimators,
eligibility / propensity vendors, credit soft pulls, bad-debt write-offs) and
state vital records (EDRS death registration, birth registration, amendments,
certified copy orders, fetal death reports, funeral home submissions).

Standard library only, fixed seed, byte-for-byte reproducible.
Writes ab.log (500 lines) and ab.labels.jsonl (one JSON object per line).
Spans are UTF-8 byte offsets [s, e) within the line.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import sys
import unicodedata

SEED = 0xAB2403
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_NEG = 225  # 45 % of the lines carry no PHI at all

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.parts = []

    def __call__(self, text, cat=None):
        assert isinstance(text, str), text
        if cat is not None:
            assert cat in CATS, cat
        self.parts.append((text, cat))
        return self

    def kv(self, key, val, cat=None, sep="=", q="", pre=" "):
        self(f"{pre}{key}{sep}{q}")
        self(val, cat)
        self(q)
        return self

    def render(self):
        buf = bytearray()
        spans = []
        for text, cat in self.parts:
            b = text.encode("utf-8")
            if cat is not None and text != "":
                spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": cat, "_v": text})
            buf += b
        return bytes(buf), spans


class Obj(list):
    pass


class Arr(list):
    pass


def O(*items):
    out = Obj()
    for it in items:
        if it is None:
            continue
        if len(it) == 2:
            out.append((it[0], it[1], None))
        else:
            out.append(it)
    return out


def A(*vals):
    out = Arr()
    for v in vals:
        out.append(v if isinstance(v, tuple) else (v, None))
    return out


def jval(l, v, cat, sp):
    if isinstance(v, Obj):
        jobj(l, v, sp)
    elif isinstance(v, Arr):
        l("[")
        for i, (x, c) in enumerate(v):
            if i:
                l(", " if sp else ",")
            jval(l, x, c, sp)
        l("]")
    elif isinstance(v, bool):
        l("true" if v else "false")
    elif v is None:
        l("null")
    elif isinstance(v, str):
        assert '"' not in v and "\\" not in v, v
        l('"')
        l(v, cat)
        l('"')
    else:
        l(str(v), cat)


def jobj(l, items, sp=False):
    l("{")
    for i, (k, v, cat) in enumerate(items):
        if i:
            l(", " if sp else ",")
        l(json.dumps(k) + (": " if sp else ":"))
        jval(l, v, cat, sp)
    l("}")


# --------------------------------------------------------------------------
# value pools
# --------------------------------------------------------------------------
FIRST = ["Maria", "José", "Wei", "Mei", "Aisha", "Mohammed", "Olga", "Dmitri", "Priya",
         "Rahul", "Kwame", "Ama", "Hiroshi", "Yuki", "Sofia", "Liam", "Emma", "Noah",
         "Olivia", "Fatima", "Omar", "Thanh", "Minh", "Lucía", "Diego", "Camila", "Mateo",
         "Ingrid", "Lars", "Siobhan", "Patrick", "Tamar", "David", "Rivka", "Ayodele",
         "Chidi", "Ngozi", "Kofi", "Anh", "Bao", "Jae-won", "Min-ji", "Svetlana", "Andrei",
         "Katarzyna", "Piotr", "Giulia", "Marco", "Hannah", "Ethan", "Grace", "Darnell",
         "Keisha", "Tyrone", "Latoya", "Jamal", "Esperanza", "Guadalupe", "Ravi", "Deepa",
         "Sanjay", "Anjali", "Ahmed", "Leila", "Yusuf", "Zeynep", "Emre", "Elif", "Nikos",
         "Eleni", "Juan", "Rosa", "Carmen", "Luis", "Francisco", "Dolores", "Harold",
         "Margaret", "Dorothy", "Eugene", "Mildred", "Zoë", "François", "Björn", "Nadia",
         "Tomasz", "Malik", "Imani", "Xiomara", "Bich", "Kenji", "Aroha", "Tariq", "Shira",
         "Beatriz", "Ignacio", "Oluwaseun", "Marisol", "Declan", "Agnieszka", "Hyun-woo"]
LAST = ["Lopez", "Garcia", "Nguyen", "Tran", "Kim", "Park", "Patel", "Shah", "Khan", "Ahmed",
        "Okafor", "Adeyemi", "Mensah", "Owusu", "Kowalski", "Nowak", "Ivanova", "Petrov",
        "Smirnov", "O'Brien", "Murphy", "Kelly", "Schmidt", "Müller", "Rossi", "Bianchi",
        "Yamamoto", "Tanaka", "Sato", "Chen", "Wang", "Li", "Zhang", "Liu", "Haddad",
        "Nasser", "Cohen", "Levi", "Friedman", "Johnson", "Williams", "Brown", "Jones",
        "Davis", "Miller", "Wilson", "Anderson", "Thomas", "Jackson", "White", "Harris",
        "Thompson", "Robinson", "Walker", "Hernandez", "Martinez", "Rodriguez", "Gonzalez",
        "Perez", "Sanchez", "Ramirez", "Torres", "Flores", "Rivera", "Gómez", "Diaz",
        "Reyes", "Cruz", "Morales", "Ortiz", "Gutierrez", "Chavez", "Ramos", "Mendoza",
        "Vasquez", "Castillo", "Jiménez", "Moreno", "Romero", "Alvarez", "Singh", "Kaur",
        "Gupta", "Sharma", "Reddy", "Iyer", "Yilmaz", "Demir", "Papadopoulos", "Andersson",
        "Johansson", "Larsen", "Hansen", "Fischer", "Weber", "Novak", "Horvat", "Dubois",
        "Lefèvre", "Silva", "Santos", "Oliveira", "Pereira", "Costa", "Abubakar", "Mwangi",
        "Otieno", "Balogun", "Peña", "Núñez", "Çelik", "Şahin", "Nakamura", "Osei",
        "Fitzgerald", "Washington", "Bui", "Pham", "Hoang", "Vu", "Delgado", "Figueroa"]
FEMALE = {"Maria", "Mei", "Aisha", "Olga", "Priya", "Ama", "Yuki", "Sofia", "Emma", "Olivia", "Fatima",
          "Lucía", "Camila", "Ingrid", "Siobhan", "Tamar", "Rivka", "Ngozi", "Min-ji", "Svetlana",
          "Katarzyna", "Giulia", "Hannah", "Grace", "Keisha", "Latoya", "Esperanza", "Guadalupe", "Deepa",
          "Anjali", "Leila", "Zeynep", "Elif", "Eleni", "Rosa", "Carmen", "Dolores", "Margaret", "Dorothy",
          "Mildred", "Zoë", "Nadia", "Imani", "Xiomara", "Bich", "Aroha", "Shira", "Beatriz", "Marisol",
          "Agnieszka", "Thanh", "Anh", "Ayodele"}
FIRST_F = [f for f in FIRST if f in FEMALE]
FIRST_M = [f for f in FIRST if f not in FEMALE or f in ("Thanh", "Anh", "Ayodele")]
MID = list("ABCDEFGHJKLMNPRSTVW")
NICK = ["Bobby", "Peggy", "Dot", "Gene", "Millie", "Chuy", "Lupe", "Pancho", "Lola", "Beto",
        "Nena", "Sasha", "Kiki", "Manny", "Trini"]

PLACES = [
    ("Springfield", "IL", "Sangamon", "627"), ("Chicago", "IL", "Cook", "606"),
    ("Peoria", "IL", "Peoria", "616"), ("Decatur", "IL", "Macon", "625"),
    ("Champaign", "IL", "Champaign", "618"), ("Joliet", "IL", "Will", "604"),
    ("Fresno", "CA", "Fresno", "937"), ("Bakersfield", "CA", "Kern", "933"),
    ("Houston", "TX", "Harris", "770"), ("San Antonio", "TX", "Bexar", "782"),
    ("El Paso", "TX", "El Paso", "799"), ("Laredo", "TX", "Webb", "780"),
    ("Phoenix", "AZ", "Maricopa", "850"), ("Tucson", "AZ", "Pima", "857"),
    ("Columbus", "OH", "Franklin", "432"), ("Toledo", "OH", "Lucas", "436"),
    ("Atlanta", "GA", "Fulton", "303"), ("Savannah", "GA", "Chatham", "314"),
    ("Detroit", "MI", "Wayne", "482"), ("Grand Rapids", "MI", "Kent", "495"),
    ("Minneapolis", "MN", "Hennepin", "554"), ("Albuquerque", "NM", "Bernalillo", "871"),
    ("Newark", "NJ", "Essex", "071"), ("Paterson", "NJ", "Passaic", "075"),
    ("Worcester", "MA", "Worcester", "016"), ("Hialeah", "FL", "Miami-Dade", "330"),
    ("Orlando", "FL", "Orange", "328"), ("Tacoma", "WA", "Pierce", "984"),
    ("Spokane", "WA", "Spokane", "992"), ("Bloomington", "IL", "McLean", "617"),
    ("Kankakee", "IL", "Kankakee", "609"), ("Española", "NM", "Rio Arriba", "875"),
]
STATE_NAMES = {"IL": "Illinois", "CA": "California", "TX": "Texas", "AZ": "Arizona",
               "OH": "Ohio", "GA": "Georgia", "MI": "Michigan", "MN": "Minnesota",
               "NM": "New Mexico", "NJ": "New Jersey", "MA": "Massachusetts",
               "FL": "Florida", "WA": "Washington"}
STREET_NAMES = ["Oak", "Maple", "Elm", "Cedar", "Pine", "Washington", "Lincoln", "Jefferson",
                "Lakeview", "Hillcrest", "Sunset", "Magnolia", "Pecan", "Bluebonnet",
                "Cactus Wren", "Mesa Verde", "Kingsley", "Halsted", "Division", "4th", "12th",
                "Martin Luther King Jr", "César Chávez", "Peachtree", "Riverside",
                "Prairie View", "Old Mill", "Cherry Blossom", "Willow Bend", "Juniper",
                "Saguaro", "Independence", "Fairview", "Highland", "Mockingbird", "Ashland",
                "Pulaski", "Cermak", "Quail Run", "Camino Real"]
SUFFIX = ["St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Ct", "Way", "Pl", "Ter", "Pkwy", "Cir"]
UNITS = ["Apt 4B", "Apt 12", "Unit 305", "#7", "Lot 17", "Trlr 8", "Apt 2F", "Bldg C Apt 21",
         "Fl 3", "Apt 1R", "Unit B", "#1104"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
             "comcast.net", "att.net", "sbcglobal.net", "protonmail.com", "live.com"]

HOSP = {"name": "Riverbend Regional Medical Center", "sys": "Riverbend Health",
        "addr": "2200 N Lakeview Blvd", "city": "Springfield", "st": "IL", "zip": "62702",
        "phone": "(217) 788-3000", "cbo": "1-888-342-7716", "fax": "(217) 788-3099",
        "pobox": "PO Box 4410", "pozip": "62708-4410", "npi": None, "tin": "37-1184402"}
VENDORS = [
    ("Meridian Recovery Services LLC", "1200 Commerce Dr Ste 300", "Plano", "TX", "75093", "(972) 867-4410"),
    ("PrintCo Statement Solutions", "44 Industrial Pkwy", "Dayton", "OH", "45414", "(937) 236-1200"),
    ("ClearPath Eligibility Inc", "500 Market St Fl 9", "San Francisco", "CA", "94105", "(415) 796-3300"),
    ("LockStream Treasury Services", "1 Financial Plaza", "Charlotte", "NC", "28202", "(704) 386-5200"),
    ("ScoreWell Analytics", "8700 Sunset Rd Ste 210", "Minneapolis", "MN", "55437", "(952) 835-7100"),
    ("Keystone Credit Partners", "300 Penn Center Blvd", "Pittsburgh", "PA", "15235", "(412) 243-8800"),
]
FUNERAL_HOMES = [
    ("Hartwell & Sons Funeral Home", "1410 W Jefferson St", "Springfield", "IL", "62702", "(217) 522-3345", "fhdir_hartwell"),
    ("Gonzalez-Ortiz Memorial Chapel", "3320 S Halsted St", "Chicago", "IL", "60608", "(773) 254-1180", "fh_gomemorial"),
    ("Kowalski Family Funeral Services", "77 Pulaski Rd", "Joliet", "IL", "60436", "(815) 726-4412", "fh_kowalski_fs"),
    ("Peaceful Valley Cremation Society", "905 E Washington St", "Peoria", "IL", "61603", "(309) 673-2290", "fh_pvcs_ops"),
]
AGENCIES = [("MRS", "Meridian Recovery Services"), ("KCP", "Keystone Credit Partners"),
            ("ARX", "Arrowhead Receivables"), ("NCB", "North Coast Billing Recovery")]
PAYERS = [("BLUE CROSS BLUE SHIELD OF ILLINOIS", "00621"), ("AETNA", "60054"),
          ("UNITEDHEALTHCARE", "87726"), ("CIGNA", "62308"), ("ILLINOIS MEDICAID", "IL-MCD"),
          ("MEDICARE PART A", "00301"), ("HUMANA", "61101"), ("AMBETTER", "68069")]
CPTS = ["70553", "74177", "45378", "29881", "99213", "80053", "93306", "66984", "71046", "59400"]
HCPCS = ["E0601", "E0431", "E1390", "K0001", "E0260", "A4253", "E0470", "E0784"]


def U(s):
    """ascii upper-case (for fixed ASCII formats such as X12/BAI2)."""
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()


def A_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def nz_digits(n):
    return R.choice("123456789") + digits(n - 1)


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def b64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def b64url(nbytes):
    return base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


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


# ---- people -------------------------------------------------------------
class P:
    def __init__(self, first=None, last=None, sex=None):
        if first is None and sex is not None:
            first = pick(FIRST_F if sex == "F" else FIRST_M)
        self.first = first or pick(FIRST)
        self.last = last or pick(LAST)
        self.mi = pick(MID)

    def fl(self):
        return f"{self.first} {self.last}"

    def lf(self):
        return f"{self.last}, {self.first}"

    def fml(self):
        return f"{self.first} {self.mi}. {self.last}"

    def any(self):
        v = R.randrange(6)
        if v == 0:
            return self.lf()
        if v == 1:
            return self.fml()
        if v == 2:
            return U(self.lf())
        if v == 3:
            return U(self.fl())
        return self.fl()

    def email(self):
        f, l = A_(self.first).lower().replace("-", ""), A_(self.last).lower().replace("'", "")
        v = R.randrange(6)
        if v == 0:
            u = f"{f}.{l}"
        elif v == 1:
            u = f"{f[0]}{l}{R.randint(1, 99)}"
        elif v == 2:
            u = f"{l}.{f}{R.randint(1950, 2005)}"
        elif v == 3:
            u = f"{f}_{l[:4]}{digits(2)}"
        elif v == 4:
            u = f"{f}{l}"
        else:
            u = f"{l}{f[0]}{digits(3)}"
        return f"{u}@{pick(EMAIL_DOM)}"


def clin():
    p = P()
    v = R.randrange(4)
    if v == 0:
        return f"Dr. {p.first} {p.last}"
    if v == 1:
        return f"{p.first} {p.last}, MD"
    if v == 2:
        return f"{p.first} {p.mi}. {p.last}, DO"
    return f"{p.first} {p.last}, NP"


def staff_user(prefix=None):
    p = P()
    u = f"{A_(p.first)[0].lower()}{A_(p.last).lower().replace(chr(39), '')}"
    if prefix is None:
        prefix = pick(["pfs_", "pfs.", "vr_", "", "cbo-", "lbxop_"])
    return prefix + u


def svc_acct():
    return pick(["svc_lockbox", "svc-edrs-batch", "svc_refunds", "svc_gl_close", "svc-ptp-sync",
                 "svc_stmt_export", "svc.elig271", "svc-fap-engine", "svc_cc_orders",
                 "svc-agency-placer", "svc_ivr_pay", "svc-fh-portal", "svc_dme_bill"])


# ---- geography ------------------------------------------------------------
def place():
    return pick(PLACES)


def street(upper=False, unit=None):
    num = str(R.randint(1, 9899)) if chance(0.85) else f"{R.randint(1, 99)}{pick(['A', 'B', ' 1/2']) if chance(0.3) else ''}"
    d = pick(["N ", "S ", "E ", "W ", "", "", "", ""])
    s = f"{num} {d}{pick(STREET_NAMES)} {pick(SUFFIX)}"
    if unit is None:
        unit = chance(0.35)
    if unit:
        s += " " + pick(UNITS)
    if chance(0.06):
        s = f"PO Box {R.randint(10, 9999)}"
    return U(s) if upper else s


def zipc(pl, plus4=None):
    z = pl[3] + digits(2)
    if plus4 is None:
        plus4 = chance(0.2)
    if plus4:
        z += "-" + digits(4)
    return z


# ---- dates ------------------------------------------------------------------
def rdate(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def dob():
    return rdate(1931, 2021)


def dob_adult():
    return rdate(1938, 2004)


def dob_parent():
    return rdate(1980, 2005)


def dob_old():
    return rdate(1919, 1933)


def dos():
    return rdate(2023, 2023) if chance(0.5) else dt.date(2024, 1, 1) + dt.timedelta(days=R.randint(0, 68))


def dod():
    return dt.date(2024, 1, 1) + dt.timedelta(days=R.randint(0, 68))


MON = ["January", "February", "March", "April", "May", "June", "July", "August",
       "September", "October", "November", "December"]


def fdate(d, style=None):
    style = style or pick(["iso", "us", "us", "compact", "long", "dmon", "iso"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us2":
        return d.strftime("%m/%d/%y")
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "mdy":
        return d.strftime("%m%d%Y")
    if style == "mmddyy":
        return d.strftime("%m%d%y")
    if style == "long":
        return f"{MON[d.month - 1]} {d.day}, {d.year}"
    if style == "dmon":
        return d.strftime("%d-%b-%Y").upper()
    if style == "dmy":
        return d.strftime("%d.%m.%Y")
    if style == "dmy_slash":
        return d.strftime("%d/%m/%Y")
    raise ValueError(style)


def age_of(b, ref=dt.date(2024, 3, 11)):
    return ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))


# ---- identifiers (PHI) ------------------------------------------------------
def phone(style=None):
    a = pick(["217", "312", "773", "630", "309", "815", "618", "708", "872", "559", "661",
              "713", "210", "915", "956", "602", "520", "614", "404", "313", "612", "505",
              "973", "508", "305", "407", "253", "509", "847", "224"])
    x = str(R.randint(201, 989))
    n = digits(4)
    style = style or pick(["paren", "dash", "dot", "plain", "e164", "plus1sp", "dash"])
    if style == "paren":
        return f"({a}) {x}-{n}"
    if style == "dash":
        return f"{a}-{x}-{n}"
    if style == "dot":
        return f"{a}.{x}.{n}"
    if style == "plain":
        return f"{a}{x}{n}"
    if style == "e164":
        return f"+1{a}{x}{n}"
    return f"+1 {a} {x} {n}"


def ssn(style=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    s = f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
    style = style or pick(["dash", "dash", "plain", "space"])
    if style == "plain":
        return s.replace("-", "")
    if style == "space":
        return s.replace("-", " ")
    return s


def itin():
    return f"9{digits(2)}-{R.choice([70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88])}-{digits(4)}"


def mrn():
    v = R.randrange(5)
    if v == 0:
        return "E" + digits(7)
    if v == 1:
        return digits(8)
    if v == 2:
        return "RB" + digits(7)
    if v == 3:
        return "M-" + digits(7)
    return "00" + digits(7)


def har():
    v = R.randrange(4)
    if v == 0:
        return "40" + digits(8)
    if v == 1:
        return f"PA-{R.randint(2019, 2024)}-{digits(7)}"
    if v == 2:
        return "G" + digits(8)
    return "7" + digits(9)


def agency_acct(code):
    return f"{code}-{digits(7)}"


def bank_acct():
    return nz_digits(R.randint(8, 12))


def pan(spaced=None):
    brand = R.randrange(4)
    if brand == 0:
        body = "4" + digits(14)
    elif brand == 1:
        body = str(R.randint(51, 55)) + digits(13)
    elif brand == 2:
        body = pick(["34", "37"]) + digits(12)
    else:
        body = "6011" + digits(11)
    n = body + luhn_digit(body)
    if spaced is None:
        spaced = chance(0.3)
    if spaced:
        if len(n) == 15:
            return f"{n[:4]} {n[4:10]} {n[10:]}"
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    return n


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi(dashed=None):
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(MBI_AN), R.choice("0123456789"),
         R.choice(MBI_A), R.choice(MBI_AN), R.choice("0123456789"), R.choice(MBI_A),
         R.choice(MBI_A), R.choice("0123456789"), R.choice("0123456789")]
    s = "".join(c)
    if dashed is None:
        dashed = chance(0.3)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


def member_id():
    v = R.randrange(7)
    if v == 0:
        return pick(["XEH", "XOF", "ZGP", "YRB", "IXB"]) + digits(9)
    if v == 1:
        return "W" + digits(9)
    if v == 2:
        return digits(9) + "01"
    if v == 3:
        return "MC" + digits(8)
    if v == 4:
        return mbi()
    if v == 5:
        return f"{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(3)}{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(2)}"
    return "U" + digits(8) + "0" + str(R.randint(1, 4))


def dl(st=None):
    st = st or pick(["IL", "CA", "TX", "AZ", "FL", "NY", "MI", "NJ"])
    if st == "IL":
        v = R.choice("ABCDEFGHJKLMNPRSTW") + digits(11)
        return f"{v[:4]}-{v[4:8]}-{v[8:]}" if chance(0.6) else v
    if st == "CA":
        return R.choice("ABCDEFGHJKLMNPRSTW") + digits(7)
    if st == "TX":
        return nz_digits(8)
    if st == "AZ":
        return R.choice("ABDY") + digits(8)
    if st == "FL":
        v = R.choice("ABCDEFGHJKLMNPRSTW") + digits(12)
        return f"{v[:4]}-{v[4:7]}-{v[7:9]}-{v[9:12]}-{v[12:]}"
    if st == "NY":
        v = digits(9)
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if st == "MI":
        v = R.choice("ABCDEFGHJKLMNPRSTW") + digits(12)
        return f"{v[0]} {v[1:4]} {v[4:7]} {v[7:10]} {v[10:]}"
    return R.choice("ABCDEFGHJKLMNPRSTW") + digits(8)


def dea(last):
    l1 = R.choice("ABFM")
    l2 = U(last)[0]
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return f"{l1}{l2}{''.join(map(str, d))}{chk}"


def prof_license():
    return pick([f"RN{digits(7)}", f"041.{digits(6)}", f"LPN-{digits(6)}", f"CDL A {digits(9)}",
                 f"036.{digits(6)}", f"EMT-{digits(5)}", f"CPA {digits(6)}"])


VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6,
         "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2,
         "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    s = list(pick(["1HG", "1FA", "2T1", "3VW", "5YJ", "JTD", "KMH", "1G1", "WBA", "4T1", "1FT", "5NP"])
             + alnum(5, ch) + "0" + pick("ABCDEFGHJKLMNPRSTVWXY123456789") + alnum(1, ch) + digits(6))
    tot = sum(VIN_T[c] * w for c, w in zip(s, VIN_W))
    r = tot % 11
    s[8] = "X" if r == 10 else str(r)
    return "".join(s)


def plate():
    return pick([f"{R.randint(1, 9)}{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(3)}",
                 f"{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{digits(4)}",
                 f"{alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')} {digits(5)}",
                 f"{digits(3)} {alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"])


def imei():
    body = pick(["35", "86", "01", "99", "35"]) + digits(12)
    return body + luhn_digit(body)


def mac(sep=None):
    sep = sep if sep is not None else pick([":", ":", "-"])
    up = chance(0.6)
    return sep.join(hexs(2, upper=up) for _ in range(6))


def device_serial():
    v = R.randrange(6)
    if v == 0:
        return "2" + digits(10)              # CPAP style
    if v == 1:
        return f"PJN{digits(6)}H"            # pacemaker style
    if v == 2:
        return f"NG{digits(7)}H"             # insulin pump
    if v == 3:
        return f"SM{digits(8)}"              # CGM
    if v == 4:
        return f"{alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(8)}"
    return f"RNB{digits(6)}S"


def udi():
    di = "00" + digits(12)
    exp = (dt.date(2025, 1, 1) + dt.timedelta(days=R.randint(0, 900))).strftime("%y%m%d")
    return f"(01){di}(17){exp}(10){alnum(6)}(21){alnum(8)}"


def pub_ip():
    if chance(0.12):
        return f"2601:{hexs(3)}:{hexs(4)}:{hexs(4)}::{hexs(2)}"
    a = pick([24, 47, 67, 68, 71, 73, 75, 76, 96, 98, 99, 107, 108, 174, 184, 162, 50, 69])
    return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def priv_ip():
    v = R.randrange(5)
    if v == 0:
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if v == 1:
        return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if v == 2:
        return f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if v == 3:
        return "127.0.0.1"
    return f"10.{R.randint(20, 60)}.{R.randint(0, 15)}.{R.randint(1, 254)}"


def passport():
    return pick([nz_digits(9), "C" + digits(8), "G" + digits(8), "E" + digits(8), "P" + digits(7)])


def curp(p, b):
    l = U(p.last).replace("'", "").replace(" ", "")
    f = U(p.first).replace("-", "")
    vow = next((c for c in l[1:] if c in "AEIOU"), "X")
    cons = lambda s: next((c for c in s[1:] if c.isalpha() and c not in "AEIOU"), "X")
    return (f"{l[0]}{vow}{alnum(1, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{f[0]}{b:%y%m%d}{pick('HM')}"
            f"{pick(['DF', 'JC', 'MC', 'NL', 'CH', 'GR', 'OC'])}{cons(l)}{alnum(1, 'BCDFGHJKLMNPRSTVWXZ')}{cons(f)}"
            f"{pick('0A')}{R.randint(0, 9)}")


def other_id(p=None, b=None):
    v = R.randrange(6)
    if v == 0:
        return "passport", passport()
    if v == 1:
        return "itin", itin()
    if v == 2:
        return "a_number", pick([f"A{digits(9)}", f"A{digits(3)}-{digits(3)}-{digits(3)}"])
    if v == 3 and p is not None and b is not None:
        return "curp", curp(p, b)
    if v == 4:
        return "consular_id", f"MCAS{digits(8)}"
    return "tribal_id", f"{pick(['CN', 'MCN', 'NN'])}-{digits(6)}"


def sfn(kind="birth"):
    yr = R.randint(1935, 2024) if kind == "birth" else 2024
    return pick([f"{R.choice(['1', '2'])}{R.randint(10, 99)}-{yr}-{digits(6)}", f"{yr}-IL-{digits(7)}",
                 f"{yr}{digits(6)}"])


def photo_b64():
    if chance(0.6):
        return "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA" + b64(R.randint(60, 120))
    return "iVBORw0KGgoAAAANSUhEUgAA" + b64(R.randint(60, 120))


def bio_b64():
    return pick(["Rk1SACAyMAA", "AAAAAUlTTzE5Nzk0", "VlBUTVBMX3Yz", ""]) + b64(R.randint(48, 110))


def personal_url(p, kinds=None):
    f, l = A_(p.first).lower().replace("-", ""), A_(p.last).lower().replace("'", "")
    v = R.choice(kinds) if kinds else R.randrange(7)
    if v == 0:
        return f"https://www.facebook.com/{f}.{l}.{digits(4)}"
    if v == 1:
        return f"https://www.linkedin.com/in/{f}-{l}-{hexs(8)}"
    if v == 2:
        return f"https://www.gofundme.com/f/help-{f}-{l}-with-medical-bills"
    if v == 3:
        return f"https://www.instagram.com/{f}{l}{digits(2)}/"
    if v == 4:
        return f"https://{f}{l}.wordpress.com/"
    if v == 5:
        return f"https://www.legacy.com/us/obituaries/name/{f}-{l}-obituary?id={digits(8)}"
    return f"https://www.caringbridge.org/visit/{f}{l}"


# ---- negative look-alikes -------------------------------------------------
def uuid():
    return f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-{pick('89ab')}{hexs(3)}-{hexs(12)}"


def sha():
    return hashlib.sha256(str(R.random()).encode()).hexdigest()


def ms():
    return f"{R.randint(2, 2400)}ms"


def ver():
    return f"{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 40)}"


def amount():
    return f"{R.randint(5, 4800)}.{R.randint(0, 99):02d}"


def aba():
    while True:
        b = nz_digits(8)
        d = [int(c) for c in b]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        if b[0] in "0123":
            return b + str(c)
        b = pick(["0", "1", "2", "3"]) + b[1:]
        d = [int(c) for c in b]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        return b + str((10 - s % 10) % 10)


def npi():
    body = "1" + digits(8)
    chk = luhn_digit("80840" + body)
    return body + chk


HOSP["npi"] = None  # filled after seeding below
HOSP_DDA = None


def host(role):
    return f"{role}-{R.randint(1, 6):02d}.{pick(['pfs', 'rcm', 'vr', 'pay', 'cbo'])}.riverbend.internal"


def order_no():
    return pick([f"ORD-{R.randint(2023, 2024)}-{digits(6)}", f"SO{digits(8)}", f"PO-{digits(5)}-{alnum(2)}"])


def term_sn():
    return pick([f"P400-{digits(10)}", f"275-{digits(3)}-{digits(3)}", f"VX520-{alnum(8)}", f"A920{digits(10)}"])


def dos_clf(d):
    return f"{d:%d/%b/%Y:%H:%M:%S} -0600"


# --------------------------------------------------------------------------
# clock / timestamp formats
# --------------------------------------------------------------------------
CLOCK = [dt.datetime(2024, 3, 11, 5, 2, 17, 0)]


def tick():
    CLOCK[0] += dt.timedelta(seconds=R.randint(1, 420), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def ts_iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"


def ts_sys(d):
    return f"{d:%b} {d.day:2d} {d:%H:%M:%S}"


def ts_log4j(d):
    return d.strftime("%Y-%m-%d %H:%M:%S,") + f"{d.microsecond // 1000:03d}"


def ts_off(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "-06:00"


# ==========================================================================
# format families
# ==========================================================================
def f_bai2(pos):
    d = tick()
    l = Line("bai2_lockbox")
    l(f"{ts_sys(d)} lbx-sftp01 bai2-ingest[{R.randint(1000, 32000)}]: ")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(7)
        if v == 0:
            l(f'rec=01 raw="01,{aba()},RIVERBENDHLTH,{d:%y%m%d},0600,{R.randint(1, 9)},80,1,2/" '
              f"file=RBH_LBX_{d:%Y%m%d}_{R.randint(1, 4):02d}.bai sha256={sha()}")
        elif v == 1:
            l(f'rec=02 raw="02,RIVERBENDHLTH,{aba()},1,{d:%y%m%d},,USD,2/" group_status=UPDATE')
        elif v == 2:
            a = R.randint(100000, 9000000)
            l(f'rec=03 raw="03,{HOSP_DDA},USD,010,{a},,,015,{a + R.randint(-5000, 5000)},,,100,{R.randint(10000, 900000)},{R.randint(20, 400)},/" '
              f"acct_alias=RBH-OPERATING-LBX")
        elif v == 3:
            l(f'rec=16 raw="16,115,{R.randint(10000, 5000000)},0,{digits(10)},LBX7734120-B{digits(4)}/" type=LOCKBOX_DEPOSIT items={R.randint(5, 400)}')
        elif v == 4:
            l(f'rec=49 raw="49,{R.randint(10 ** 6, 10 ** 8)},{R.randint(20, 900)}/" rec=98 raw="98,{R.randint(10 ** 6, 10 ** 8)},1,{R.randint(20, 900)}/"')
        elif v == 5:
            l(f"parsed file=RBH_LBX_{d:%Y%m%d}_01.bai groups=1 accounts={R.randint(1, 4)} details={R.randint(40, 600)} "
              f"cont88={R.randint(40, 900)} elapsed={R.randint(300, 4000) / 1000:.3f}s posted_to=Resolute-HB batch={digits(7)}")
        else:
            l(f'rec=88 raw="88,OBI/LOCKBOX 7734120 BATCH {digits(3)} ITEMS {R.randint(5, 120)} DEP TKT {digits(9)}/" parent=16')
        return l
    p = P()
    v = R.randrange(4)
    if v == 0:
        l('rec=88 raw="88,REMITTER ')(f"{U(p.last)} {U(p.first)}", "name")(", PT ACCT ")(har(), "account")
        l(", DOS ")(fdate(dos(), "mmddyy"), "date")(f'/" parent=16 seq={R.randint(1, 400)}')
    elif v == 1:
        l('rec=88 raw="88,OBI/PAYMENT FOR ')(U(p.fl()), "name")(" MRN ")(mrn(), "mrn")(f' CHK {digits(4)}/" parent=16')
    elif v == 2:
        l(f'rec=16 raw="16,165,{R.randint(1000, 90000)},0,{digits(10)},CHK{digits(5)}/" micr_acct=')(bank_acct(), "account")
        l(" remitter_ocr=\"")(U(p.lf()), "name")('"')
    else:
        pl = place()
        l('rec=88 raw="88,ADDR CHG ')(U(p.fl()), "name")(" ")(street(upper=True, unit=False), "address")(" ")
        l(U(pl[0]), "address")(f" {pl[1]} ")(zipc(pl, False), "zip")(f'/" parent=16 flag=ADDRESS_UPDATE')
    return l


def f_lbx_csv(pos):
    d = tick()
    l = Line("lockbox_remit_csv")
    l(f"{ts_log4j(d)} INFO  [lbx-img-index] ")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(4)
        if v == 0:
            l("header: batch,item,check_no,micr_aba,micr_acct,amount,remitter,stmt_acct,coupon_img,note_ocr")
        elif v == 1:
            l(f"batch {digits(4)} closed items={R.randint(20, 300)} total={R.randint(1000, 90000)}.{digits(2)} images={R.randint(40, 600)} "
              f"exceptions={R.randint(0, 9)} operator={staff_user('lbxop_')} station=LBX-WS{R.randint(1, 12):02d}")
        elif v == 2:
            l(f'row: "{digits(4)}","{R.randint(1, 400):03d}","{digits(5)}","{aba()}","","{amount()}","","","coupon_{digits(4)}_{digits(3)}.tif","UNREADABLE"  status=EXCEPTION code=NO_MICR')
        else:
            l(f"deposit ticket DT{digits(9)} lockbox=7734120 site=Chicago-IL cutoff=14:00CT items={R.randint(50, 500)} sha1={sha()[:40]}")
        return l
    p = P()
    l(f'row: "{digits(4)}","{R.randint(1, 400):03d}","{digits(5)}","{aba()}","')(bank_acct(), "account")
    l(f'","{amount()}","')(pick([p.fl(), U(p.lf()), p.fml()]), "name")('","')(har(), "account")
    l(f'","coupon_{digits(4)}_{digits(3)}.tif","')
    if chance(0.45):
        pl = place()
        l("new address ")(street(unit=chance(0.3)), "address")(", ")(pl[0], "address")(f", {pl[1]} ")(zipc(pl), "zip")
    elif chance(0.4):
        l("pls call ")(phone(), "phone")(" re payment plan")
    elif chance(0.4):
        p2 = P(last=p.last)
        l("for ")(p2.fl(), "name")(" dob ")(fdate(dob(), "us"), "date")
    l('"')
    return l


def f_gateway(pos):
    d = tick()
    l = Line("gateway_json")
    base = [("ts", ts_iso(d)), ("lvl", "INFO"), ("svc", "payverge-gw"), ("env", "prod"),
            ("trace_id", hexs(32)), ("span_id", hexs(16))]
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(4)
        if v == 0:
            items = O(*base, ("event", "charge.settled"), ("txn_id", f"ch_{b64url(12)}"),
                      ("amount", int(R.randint(500, 90000))), ("currency", "USD"),
                      ("mid", f"4445{digits(11)}"), ("terminal_sn", term_sn()),
                      ("batch_no", int(R.randint(100, 999))), ("card_brand", pick(["VISA", "MC", "AMEX", "DISC"])),
                      ("entry_mode", pick(["CHIP", "CONTACTLESS", "SWIPE"])), ("auth_code", alnum(6)),
                      ("token", f"tok_{b64url(18)}"), ("latency_ms", int(R.randint(40, 900))))
        elif v == 1:
            items = O(*base, ("event", "webhook.retry"), ("endpoint", f"https://{host('pay-cb')}:8443/hooks/payverge"),
                      ("attempt", int(R.randint(2, 5))), ("status", int(pick([502, 503, 504]))),
                      ("sig", b64(32)), ("idempotency_key", uuid()))
        elif v == 2:
            items = O(*base, ("event", "terminal.heartbeat"), ("terminal_sn", term_sn()),
                      ("fw", ver()), ("site", pick(["RBH-ORTHO-2", "RBH-PEDS-WEST", "RBH-IMG-MAIN", "RBH-FQHC-4"])),
                      ("lan_ip", priv_ip()), ("uptime_s", int(R.randint(1000, 900000))), ("pci_p2pe", True))
        else:
            items = O(*base, ("event", "refund.created"), ("refund_id", f"re_{b64url(12)}"),
                      ("orig_txn", f"ch_{b64url(12)}"), ("amount", int(R.randint(500, 40000))),
                      ("requested_by", svc_acct()), ("reason", "DUPLICATE_PAYMENT"))
        jobj(l, items, sp=chance(0.3))
        return l
    p = P()
    pl = place()
    extra = []
    v = R.randrange(3)
    if v == 0:
        extra += [("event", "charge.authorized"), ("entry_mode", "MANUAL"), ("card_pan", pan(), "account"),
                  ("cardholder", U(p.fl()), "name")]
    elif v == 1:
        extra += [("event", "charge.declined"), ("decline", "AVS_MISMATCH"),
                  ("billing", O(("name", p.fl(), "name"), ("line1", street(), "address"), ("postal", zipc(pl, False), "zip")))]
    else:
        extra += [("event", "portal.payment"), ("client_ip", pub_ip(), "ip"), ("payer_email", p.email(), "email")]
    if chance(0.5):
        extra.append(("guarantor_acct", har(), "account"))
    if chance(0.25):
        extra.append(("device_imei", imei(), "device"))
    if chance(0.2):
        extra.append(("palm_vein_tmpl", bio_b64(), "biometric"))
    items = O(*base, *extra, ("amount", int(R.randint(500, 90000))), ("terminal_sn", term_sn()))
    jobj(l, items, sp=chance(0.3))
    return l


def f_terminal(pos):
    d = tick()
    l = Line("card_terminal_kv")
    site = pick(["ORTHO2", "PEDSW", "IMGMAIN", "FQHC4", "URGCARE1", "ONC3"])
    l(f"[{ts_log4j(d)}] POS-{site} term={term_sn()} lane={R.randint(1, 6)} ")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(4)
        if v == 0:
            l(f"EMV AID={pick(['A0000000031010', 'A0000000041010', 'A000000025010801', 'A0000001523010'])} "
              f"TVR={hexs(10, True)} TSI={pick(['E800', '6800', 'F800'])} CVM={pick(['1F0302', '420300', '5E0300'])} "
              f"ARQC={hexs(16, True)} ATC={hexs(4, True)} resp=00 auth={alnum(6)} amt={amount()} stan={digits(6)} rrn={digits(12)}")
        elif v == 1:
            l(f"keyload ok ksn={hexs(20, True)} bdk_id={hexs(6, True)} p2pe_sol=PV-P2PE-{digits(3)} by={staff_user('cbo-')}")
        elif v == 2:
            l(f"receipt printed copies=2 merchant=\"{HOSP['name']}\" addr=\"{HOSP['addr']}, {HOSP['city']} {HOSP['st']} {HOSP['zip']}\" "
              f"ph=\"{HOSP['phone']}\" mid=4445{digits(11)} tid={digits(8)}")
        else:
            l(f"batch close batch={digits(3)} count={R.randint(4, 90)} net={amount()} host_resp=GB ack={hexs(8, True)} "
              f"fw={ver()} cashier={staff_user('')}")
        return l
    p = P()
    v = R.randrange(4)
    if v == 0:
        l("MSR fallback track1 name=\"")(f"{U(p.last)}/{U(p.first)}", "name")('" pan=')(pan(False), "account")(f" resp=00 amt={amount()}")
    elif v == 1:
        l(f"manual key-entry pan=")(pan(), "account")(" avs_zip=")(zipc(place(), False), "zip")(f" resp={pick(['00', '05', 'N7'])}")
    elif v == 2:
        st = pick(["IL", "TX", "CA", "AZ"])
        l(f"check verify (TeleCheck) micr_acct=")(bank_acct(), "account")(f" dl_state={st} dl_no=")(dl(st), "license")
        l(" presenter=\"")(p.fl(), "name")('"')
    else:
        l("e-receipt queued to=")(p.email(), "email")(" sms=")(phone("e164"), "phone")(f" txn={b64url(9)} amt={amount()}")
    return l


def f_statement(pos):
    d = tick()
    l = Line("statement_print_syslog")
    l(f"{ts_sys(d)} {host('stmt')} stmt-compose[{R.randint(2000, 40000)}]: ")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(4)
        vn = VENDORS[1]
        if v == 0:
            l(f"job=ST{d:%Y%m%d}-{digits(4)} vendor=\"{vn[0]}\" pages={R.randint(2000, 90000)} sheets={R.randint(1000, 45000)} "
              f"postage_class=FC presort={pick(['AADC', '5-DIGIT', '3-DIGIT', 'MIXED'])} ncoa_hits={R.randint(5, 400)} imb_seq={digits(20)}")
        elif v == 1:
            l(f"template={pick(['DUN1', 'DUN2', 'DUN3', 'FINAL_NOTICE', 'PIF_THANKS'])} v{ver()} logo=/assets/letters/rbh_logo_2x.png "
              f"remit_to=\"{HOSP['sys']} {HOSP['pobox']} {HOSP['city']} {HOSP['st']} {HOSP['pozip']}\" cbo_phone=\"{HOSP['cbo']}\"")
        elif v == 2:
            l(f"sftp put /outbound/printco/RBH_STMT_{d:%Y%m%d}_{digits(2)}.zip.pgp bytes={R.randint(10 ** 6, 10 ** 9)} "
              f"dest={vn[0].split()[0].lower()}-sftp.example.net:22 sha256={sha()}")
        else:
            l(f"returned_mail batch=RM{digits(6)} count={R.randint(3, 80)} reasons=[VACANT,NO_SUCH_NUMBER,FWD_EXPIRED] "
              f"workqueue=WQ-{digits(4)} owner={staff_user('pfs_')}")
        return l
    g = P()
    pl = place()
    l(f"job=ST{d:%Y%m%d}-{digits(4)} seq={R.randint(1, 90000)} letter={pick(['DUN1', 'DUN2', 'DUN3', 'FINAL_NOTICE', 'STMT'])}")
    l.kv("guar", g.lf() if chance(0.6) else U(g.lf()), "name", q='"')
    if chance(0.7):
        l.kv("addr1", street(), "address", q='"')
        l.kv("city", pl[0], "address", q='"')
        l(f" st={pl[1]}")
        l.kv("zip", zipc(pl), "zip")
    l.kv("har", har(), "account")
    if chance(0.6):
        pt = P(last=g.last) if chance(0.6) else P()
        l.kv("pt", pt.fl(), "name", q='"')
        l.kv("dos", fdate(dos(), "iso"), "date")
    l(f" bal={amount()} pages=1")
    return l


def f_letter(pos):
    d = tick()
    l = Line("dunning_letter_text")
    l(f"{ts_iso(d)} DEBUG letter-merge[{pick(['DUN1', 'DUN2', 'FINAL', 'FAP_INVITE', 'ESTATE'])}] body=\"")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(3)
        if v == 0:
            l("Dear {{guarantor.display_name}}, our records show an unpaid balance of {{balance}} on account {{har}} "
              f"for services at {HOSP['name']}. Call {HOSP['cbo']} Mon-Fri 8am-6pm CT or pay at riverbend.org/pay.\"")
        elif v == 1:
            l(f"If you are unable to pay, you may qualify for financial assistance. Apply by calling {HOSP['cbo']} or write to "
              f"{HOSP['sys']}, Attn: Financial Counseling, {HOSP['addr']}, {HOSP['city']}, {HOSP['st']} {HOSP['zip']}. Fax {HOSP['fax']}.\"")
        else:
            l(f"This communication is from a debt collector. Remit to {VENDORS[0][0]}, {VENDORS[0][1]}, {VENDORS[0][2]}, {VENDORS[0][3]} "
              f"{VENDORS[0][4]}; ref ORD-{digits(6)}. Hours 8-8 CT, 7 days.\"")
        l(f" tmpl_ver={ver()} merge_ms={R.randint(1, 40)}")
        return l
    g = P()
    v = R.randrange(4)
    if v == 0:
        l("Dear ")(g.fl(), "name")(f", our records show an unpaid balance of ${amount()} on account ")(har(), "account")
        l(" for services provided on ")(fdate(dos(), "long"), "date")(f". Please call {HOSP['cbo']}.\"")
    elif v == 1:
        l("Dear Mr. " if chance(0.5) else "Dear Ms. ")(g.last, "name")(", this is a final notice regarding your ")
        kid_sex = pick("FM")
        l("daughter " if kid_sex == "F" else "son ")(P(last=g.last, sex=kid_sex).first, "name")("'s visit on ")(fdate(dos(), "us"), "date")(". If not paid in 30 days the account may be referred to an outside agency.\"")
    elif v == 2:
        dec = P(last=g.last) if chance(0.5) else P()
        l("To the Estate of ")(dec.fl(), "name")(", c/o ")(g.fl(), "name")(", ")(street(), "address")(". We are sorry for your loss. Our records show ")
        l(dec.first, "name")(" passed on ")(fdate(dod(), "long"), "date")(f"; a balance of ${amount()} remains.\"")
    else:
        pl = place()
        l("Hola ")(g.fl(), "name")(", su cuenta ")(har(), "account")(" tiene un saldo pendiente. Hemos enviado este aviso a ")
        l(street(), "address")(", ")(pl[0], "address")(" ")(zipc(pl, False), "zip")(". Llame al ")(phone(), "phone")(" si su número cambió.\"")
    return l


def f_placement(pos):
    d = tick()
    ag = pick(AGENCIES)
    l = Line("collections_placement_pipe")
    l(f"{ts_iso(d)} placement-export agency={ag[0]} file=PLC_RBH_{d:%Y%m%d}.txt rec=")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(3)
        if v == 0:
            l(f"H|RBH|{ag[0]}|{d:%Y%m%d}|PLACEMENT|v3.2|client_id={digits(5)}|tin={HOSP['tin']}")
        elif v == 1:
            l(f"T|{R.randint(100, 3000)}|{R.randint(10 ** 5, 10 ** 7)}.{digits(2)}|md5={hexs(32)}")
        else:
            l(f"R|{R.randint(1, 3000)}|RECALL|reason=BANKRUPTCY_CH7|case_ref=BK-{digits(2)}-{digits(5)}|by={svc_acct()}")
        return l
    p = P()
    pl = place()
    if chance(0.75):
        l(f"D|{R.randint(1, 3000)}|")(har(), "account")("|")(U(p.last), "name")("|")(U(p.first), "name")(f"|{p.mi}|")
        b = dob_adult()
        l(fdate(b, "compact"), "date")("|")(ssn("plain"), "ssn")("|")(street(True, False), "address")("|")
        if chance(0.4):
            l(U(pick(UNITS)), "address")
        l("|")(U(pl[0]), "address")(f"|{pl[1]}|")(zipc(pl, False), "zip")("|")(phone("plain"), "phone")("|")
        if chance(0.5):
            l(p.email(), "email")
        l(f"|{amount()}|")(fdate(dos(), "compact"), "date")("|")
    else:
        st = pick(["IL", "TX", "AZ", "CA"])
        l(f"S|{R.randint(1, 3000)}|")(har(), "account")("|VIN=")(vin(), "vehicle")("|PLATE=")(plate(), "vehicle")
        l(f"|DLST={st}|DL=")(dl(st), "license")("|ALTPH=")(phone("plain"), "phone")(f"|EMPLOYER={pick(['WALMART #5521', 'AMAZON MDW2', 'CITY OF SPRINGFIELD', 'TYSON FOODS', 'SELF'])}")
    return l


def f_agency_json(pos):
    d = tick()
    ag = pick(AGENCIES)
    l = Line("collections_agency_json")
    l(f"{ts_iso(d)} agency-bridge INFO inbound ")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(3)
        if v == 0:
            items = O(("type", "REMIT_SUMMARY"), ("agency", ag[1]), ("agencyRemitId", f"RMT{digits(8)}"),
                      ("gross", float(amount())), ("commissionPct", pick([18.5, 22.0, 25.0, 30.0])),
                      ("period", f"{d:%Y-%m}"), ("checkNo", digits(6)), ("remitTo", f"{HOSP['pobox']}, {HOSP['city']} {HOSP['st']} {HOSP['pozip']}"))
        elif v == 1:
            items = O(("type", "ACK"), ("agency", ag[1]), ("file", f"PLC_RBH_{d:%Y%m%d}.txt"), ("accepted", int(R.randint(100, 2000))),
                      ("rejected", int(R.randint(0, 20))), ("rejectCodes", A("R04", "R11")), ("ackId", uuid()))
        else:
            items = O(("type", "HEARTBEAT"), ("agency", ag[1]), ("sftpHost", f"sftp.{ag[0].lower()}-recovery.example.com"),
                      ("port", 22), ("keyFp", f"SHA256:{b64(32).rstrip('=')}"), ("agentVersion", ver()))
        jobj(l, items, sp=chance(0.5))
        return l
    p = P()
    v = R.randrange(3)
    if v == 0:
        items = O(("type", "ACCT_UPDATE"), ("agency", ag[1]), ("agencyAcctNo", agency_acct(ag[0]), "account"),
                  ("clientAcct", har(), "account"), ("debtorNm", U(p.lf()), "name"),
                  ("newPh", phone("dash"), "phone") if chance(0.6) else None,
                  ("newEmail", p.email(), "email") if chance(0.5) else None,
                  ("status", pick(["PMT_ARRANGEMENT", "DISPUTE", "SKIP"])))
    elif v == 1:
        items = O(("type", "SKIP_TRACE_RESULT"), ("agency", ag[1]), ("agencyAcctNo", agency_acct(ag[0]), "account"),
                  ("debtorSsn", ssn("dash"), "ssn"),
                  ("skip", O(("socialProfile", personal_url(p, [0, 1, 3, 4]), "url"),
                             ("vehVin", vin(), "vehicle") if chance(0.7) else None,
                             ("lastKnownCity", place()[0], "address"),
                             ("confidence", pick([0.61, 0.74, 0.88, 0.93])))))
    else:
        items = O(("type", "DECEASED_NOTICE"), ("agency", ag[1]), ("clientAcct", har(), "account"),
                  ("debtor", O(("firstName", p.first, "name"), ("lastName", p.last, "name"))),
                  ("dateOfDeath", fdate(dod(), "iso"), "date"), ("source", "SSA_DMF"),
                  ("executor", P().fl(), "name") if chance(0.5) else None)
    jobj(l, items, sp=chance(0.5))
    return l


def f_payplan(pos):
    d = tick()
    l = Line("payment_plan_api")
    rid = hexs(12)
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(3)
        if v == 0:
            l(f"{ts_log4j(d)} INFO  pp-svc scheduler run={uuid()} plans_due={R.randint(100, 3000)} drafted={R.randint(100, 3000)} "
              f"nsf={R.randint(0, 40)} retry_queue={R.randint(0, 60)} elapsed={R.randint(1, 90)}s host={host('pp')}")
        elif v == 1:
            l(f"{ts_log4j(d)} INFO  pp-svc GET /v2/plans/PP-{digits(6)}/status 200 {ms()} rid={rid} caller={svc_acct()} ua=okhttp/4.12.0")
        else:
            l(f"{ts_log4j(d)} WARN  pp-svc ACH return R0{R.randint(1, 9)} plan=PP-{digits(6)} installment {R.randint(1, 11)}/12 "
              f"trace={digits(15)} odfi={aba()} retry_in=3d")
        return l
    p = P()
    l(f"{ts_log4j(d)} INFO  pp-svc POST /v2/plans 201 {ms()} rid={rid} body=")
    items = O(("guarantorAcct", har(), "account"), ("holderName", p.fl(), "name"),
              ("ach", O(("routing", aba()), ("acctNo", bank_acct(), "account"), ("type", pick(["CHK", "SAV"])))),
              ("installments", int(pick([3, 6, 12, 18, 24]))), ("amount", amount()), ("draftDay", int(R.randint(1, 28))),
              ("notifyEmail", p.email(), "email") if chance(0.5) else None,
              ("notifySms", phone("e164"), "phone") if chance(0.4) else None)
    jobj(l, items)
    return l


def f_refund(pos):
    d = tick()
    l = Line("refund_audit")
    l(f"{ts_off(d)} refund-wf ")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(3)
        if v == 0:
            l(f"batch RB-{d:%Y%m%d} count={R.randint(20, 300)} total={R.randint(1000, 60000)}.{digits(2)} approved_by={svc_acct()} "
              f"gl=2140-100 positive_pay_file=PP_{d:%m%d}.csv")
        elif v == 1:
            l(f"[RF-{d:%Y}-{digits(6)}] state=PENDING_REVIEW reason=CREDIT_BALANCE amt={amount()} payer_refund_to=\"{pick(PAYERS)[0]}\" "
              f"approver={clin() if chance(0.1) else staff_user('pfs_')} sla_days=60")
        else:
            l(f"escheat review run period={d.year - 3} unclaimed={R.randint(10, 300)} state_report=UP-{d.year}-{digits(4)} owner={svc_acct()}")
        return l
    p = P()
    l(f"[RF-{d:%Y}-{digits(6)}] state=APPROVED")
    l.kv("pt", p.lf(), "name", q='"')
    if chance(0.6):
        l.kv("mrn", mrn(), "mrn")
    l.kv("har", har(), "account")
    l(f" amt={amount()}")
    v = R.randrange(3)
    if v == 0:
        pl = place()
        l(' method=CHECK payee_addr="')(street(), "address")(", ")(pl[0], "address")(f", {pl[1]} ")(zipc(pl), "zip")('"')
    elif v == 1:
        l(" method=ACH rtn=" + aba() + " dda=")(bank_acct(), "account")
    else:
        l(" method=CARD_REVERSAL orig_pan=")(pan(), "account")
    if chance(0.4):
        l(" payee_fax=")(phone("paren"), "fax")
    return l


def fap_other(p, b):
    kind, val = other_id(p, b)
    key = {"passport": pick(["passportNo", "passport_no"]), "itin": pick(["itin", "ITIN", "taxIdItin"]),
           "a_number": pick(["alienNo", "uscisANumber"]), "curp": "curp", "consular_id": "matriculaConsular",
           "tribal_id": "tribalEnrollmentNo"}[kind]
    return (key, val, "other_id")


def f_fap(pos):
    d = tick()
    l = Line("charity_fap_app")
    l(f"{ts_iso(d)} fap-intake ")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(3)
        if v == 0:
            l(f"engine policy=FAP-{d.year}.{R.randint(1, 3)} fpl_year={d.year} hh_size={R.randint(1, 8)} fpl_amt={R.randint(15000, 52000)} "
              f"income_pct={R.randint(80, 420)}.{R.randint(0, 9)} tier={pick(['FULL_DISCOUNT', 'SLIDING_75', 'SLIDING_50', 'DENIED'])} rules_hit=[R12,R19] ms={R.randint(3, 90)}")
        elif v == 1:
            l(f"policy load ok FPL table {d.year} tiers=[200,300,400] pct age_band=65-74 presumptive_sources=[SNAP,WIC,MEDICAID] tax_year={d.year - 1}")
        else:
            l(f"ocr worker={host('ocr')} doc_type=W2 pages={R.randint(1, 6)} conf=0.{R.randint(70, 99)} model=docai-{ver()} queue_depth={R.randint(0, 80)}")
        return l
    p = P()
    pl = place()
    b = dob_old() if chance(0.4) else dob_adult()
    if chance(0.5):
        items = O(("appId", f"FAP-{digits(7)}"), ("applicant", O(("name", p.fl(), "name"), ("dob", fdate(b, "iso"), "date"),
                                                                  ("age", int(age_of(b)), "age" if age_of(b) > 89 else None))),
                  ("hh", A(*[(P(last=p.last).fl(), "name") for _ in range(R.randint(0, 3))])),
                  ("addr", O(("line1", street(), "address"), ("city", pl[0], "address"), ("county", pl[2], "address"),
                             ("state", pl[1]), ("zip", zipc(pl), "zip"))),
                  ("ssn", ssn(), "ssn") if chance(0.5) else fap_other(p, b),
                  ("homeFax", phone("dash"), "fax") if chance(0.4) else None,
                  ("vehicles", A(*[(vin(), "vehicle") for _ in range(R.randint(1, 2))])) if chance(0.45) else None,
                  ("idUpload", f"/srv/fap/uploads/{digits(6)}/id_front_{hexs(6)}.jpg", "photo") if chance(0.3) else None,
                  ("crowdfund", personal_url(p, [2, 6]), "url") if chance(0.3) else None,
                  ("income", int(R.randint(0, 60000))))
    else:
        items = O(("solicitud", f"AF-{digits(6)}"), ("nombre_solicitante", p.fl(), "name"),
                  ("fecha_nac", fdate(b, "dmy_slash"), "date"), ("edad", str(age_of(b)), "age" if age_of(b) > 89 else None),
                  ("domicilio", street(), "address"), ("ciudad", pl[0], "address"), ("condado", pl[2], "address"),
                  ("cp", zipc(pl, False), "zip"), ("tel_casa", phone(), "phone"),
                  ("correo", p.email(), "email") if chance(0.6) else None,
                  ("fax", phone("dash"), "fax") if chance(0.4) else None,
                  ("licencia", dl("IL"), "license") if chance(0.4) else None,
                  ("matricula_consular", f"MCAS{digits(8)}", "other_id") if chance(0.3) else None,
                  ("ingresos_mensuales", int(R.randint(0, 5000))))
    jobj(l, items, sp=chance(0.4))
    return l


def f_estimator(pos):
    d = tick()
    l = Line("price_estimator_access")
    cpt = pick(CPTS)
    ua = pick(['"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"',
               '"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"',
               '"RiverbendApp/7.3.1 (Android 14; SM-S918U)"'])
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(4)
        ip = priv_ip()
        if v == 0:
            l(f'{ip} - - [{dos_clf(d)}] "GET /api/estimate?cpt={cpt}&plan={pick(["PPO", "HMO", "SELFPAY"])}&payer={pick(PAYERS)[1]} HTTP/1.1" 200 {R.randint(400, 9000)} "-" {ua} rt=0.{digits(3)}')
        elif v == 1:
            l(f'{ip} - - [{dos_clf(d)}] "GET /api/v1/shoppable-services?page={R.randint(1, 20)}&limit=50 HTTP/1.1" 200 {R.randint(4000, 90000)} "-" "kube-probe/1.28" rt=0.0{digits(2)}')
        elif v == 2:
            l(f'{ip} - - [{dos_clf(d)}] "GET /mrf/37-1184402_riverbend-regional_standardcharges.json HTTP/1.1" 200 {R.randint(10 ** 7, 10 ** 9)} "-" "curl/8.5.0" rt={R.randint(1, 40)}.{digits(3)}')
        else:
            l(f'{ip} - svc_estimator [{dos_clf(d)}] "POST /api/gfe/render HTTP/1.1" 202 {R.randint(40, 400)} "-" "Go-http-client/2.0" rt=0.{digits(3)} req_id={uuid()}')
        return l
    p = P()
    l(pub_ip(), "ip")(f' - - [{dos_clf(d)}] "GET /api/estimate?cpt={cpt}')
    if chance(0.6):
        l("&memberId=")(member_id(), "health_plan")
    if chance(0.5):
        l("&dob=")(fdate(dob(), "iso"), "date")
    if chance(0.5):
        l("&zip=")(zipc(place(), False), "zip")
    if chance(0.3):
        l("&email=")(p.email().replace("@", "%40"), "email")
    l(f' HTTP/1.1" 200 {R.randint(400, 9000)} "https://www.riverbend.org/price-estimator" {ua} rt=0.{digits(3)}')
    return l


def f_x12(pos):
    d = tick()
    l = Line("x12_eligibility")
    tx = pick(["270", "271"])
    l(f"{ts_log4j(d)} DEBUG edi-gw [{tx}] seg: ")
    pay = pick(PAYERS)
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(4)
        if v == 0:
            l(f"ISA*00*          *00*          *ZZ*RIVERBEND01    *ZZ*CLRPTHELIG     *{d:%y%m%d}*{d:%H%M}*^*00501*{digits(9)}*0*P*:~"
              f"GS*HB*CLRPTHELIG*RIVERBEND01*{d:%Y%m%d}*{d:%H%M}*{R.randint(1, 9999)}*X*005010X279A1~")
        elif v == 1:
            l(f"ST*{tx}*{digits(4)}*005010X279A1~BHT*0022*11*{hexs(10, True)}*{d:%Y%m%d}*{d:%H%M}~HL*1**20*1~NM1*PR*2*{pay[0]}*****PI*{pay[1]}~")
        elif v == 2:
            l(f"HL*2*1*21*1~NM1*1P*2*RIVERBEND REGIONAL MEDICAL CENTER*****XX*{npi()}~N3*2200 N LAKEVIEW BLVD~N4*SPRINGFIELD*IL*62702~")
        else:
            l(f"EB*1*IND*30**{pick(['PPO', 'HMO', 'POS'])}~EB*C*IND*30***23*{R.randint(500, 6000)}~MSG*DEDUCTIBLE MET {R.randint(0, 100)} PCT~SE*{R.randint(10, 40)}*{digits(4)}~")
        return l
    p = P()
    l(f"HL*3*2*22*0~TRN*{'1' if tx == '270' else '2'}*{hexs(10, True)}*9RIVERBEND~NM1*IL*1*")(U(p.last), "name")("*")(U(p.first), "name")
    l(f"*{p.mi}***MI*")(member_id().replace("-", ""), "health_plan")("~")
    if chance(0.4):
        l("REF*SY*")(ssn("plain"), "ssn")("~")
    if chance(0.6):
        pl = place()
        l("N3*")(street(True, False), "address")("~N4*")(U(pl[0]), "address")(f"*{pl[1]}*")(zipc(pl, False).replace("-", ""), "zip")("~")
    l("DMG*D8*")(fdate(dob(), "compact"), "date")(f"*{pick('FMU')}~")
    if chance(0.4):
        l("DTP*291*D8*")(fdate(dos(), "compact"), "date")("~")
    return l


def f_ptp(pos):
    d = tick()
    l = Line("propensity_vendor_json")
    l(f"{ts_iso(d)} ptp-client ")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(3)
        if v == 0:
            items = O(("model", "ptp-gbm"), ("version", ver()), ("auc", round(R.uniform(0.7, 0.9), 3)), ("features", int(R.randint(60, 300))),
                      ("calibrated", True), ("deployed", f"{d:%Y}-02-{R.randint(10, 28)}"), ("vendor", VENDORS[4][0]))
        elif v == 1:
            items = O(("event", "batch.complete"), ("batch_id", uuid()), ("records", int(R.randint(1000, 90000))),
                      ("hit_rate", round(R.uniform(0.7, 0.98), 3)), ("p50_ms", int(R.randint(20, 200))),
                      ("segments", O(("HIGH", int(R.randint(100, 9000))), ("MEDIUM", int(R.randint(100, 9000))), ("LOW", int(R.randint(100, 9000))))))
        else:
            items = O(("event", "quota"), ("client_id", f"rbh-{hexs(8)}"), ("used", int(R.randint(1000, 90000))), ("limit", 100000),
                      ("reset_utc", "00:00"), ("endpoint", "https://api.scorewell.example.com/v3/ptp"))
        l("resp ")
        jobj(l, items, sp=True)
        return l
    p = P()
    pl = place()
    keys = pick([("fn", "ln", "dob", "addr1", "city", "zip", "ssn"),
                  ("first_nm", "last_nm", "birth_dt", "street", "city_nm", "postal_cd", "tax_id"),
                  ("givenName", "familyName", "birthDate", "line1", "locality", "postalCode", "ssn9")])
    l("req ")
    items = O(("request_id", uuid()), ("purpose", "HC_PTP"),
              ("subject", O((keys[0], p.first, "name"), (keys[1], p.last, "name"), (keys[2], fdate(dob_adult(), "iso"), "date"),
                            (keys[3], street(), "address") if chance(0.7) else None,
                            (keys[4], pl[0], "address") if chance(0.7) else None,
                            ("st", pl[1]),
                            (keys[5], zipc(pl), "zip"),
                            (keys[6], ssn(pick(["plain", "dash"])), "ssn") if chance(0.6) else None)),
              ("guarantor_acct", har(), "account") if chance(0.5) else None,
              ("expected_oop", float(amount())))
    jobj(l, items)
    return l


def f_credit(pos):
    d = tick()
    l = Line("credit_softpull_xml")
    l(f"{ts_log4j(d)} TRACE bureau-adapter ")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(3)
        if v == 0:
            l(f"<SoftInquiryResponse><TxnId>{uuid()}</TxnId><Bureau>{pick(['EXP', 'EFX', 'TU'])}</Bureau><Permissible>HC_PTP</Permissible>"
              f"<Latency>{R.randint(80, 2000)}</Latency><Hit>true</Hit><ScoreBand>{pick(['A1', 'B2', 'B3', 'C1'])}</ScoreBand></SoftInquiryResponse>")
        elif v == 1:
            l(f"<Header><Vendor>{VENDORS[5][0]}</Vendor><SubscriberCode>{digits(7)}</SubscriberCode><Product>SOFTPULL-HC</Product>"
              f"<Version>{ver()}</Version><Created>{ts_iso(d)}</Created></Header>")
        else:
            l(f"<Error><Code>{pick(['NOHIT', 'THINFILE', 'TIMEOUT'])}</Code><TxnId>{uuid()}</TxnId><Retry>false</Retry><Host>{host('bureau')}</Host></Error>")
        return l
    p = P()
    pl = place()
    l(f"<SoftInquiry><TxnId>{uuid()}</TxnId><Subject><Nm><Frst>")(U(p.first), "name")("</Frst><Lst>")(U(p.last), "name")("</Lst></Nm>")
    l("<Ssn>")(ssn("plain"), "ssn")("</Ssn>")
    if chance(0.7):
        l("<Dob>")(fdate(dob_adult(), "mdy"), "date")("</Dob>")
    l("<Addr><Ln1>")(street(True), "address")("</Ln1><Cty>")(U(pl[0]), "address")(f"</Cty><St>{pl[1]}</St><Zip>")(zipc(pl, False), "zip")("</Zip></Addr>")
    if chance(0.3):
        st = pick(["IL", "TX", "CA"])
        l(f'<DL st="{st}">')(dl(st), "license")("</DL>")
    if chance(0.2):
        l("<Occ>DENTIST</Occ><DEA>")(dea(p.last), "license")("</DEA>")
    l("</Subject></SoftInquiry>")
    return l


def f_baddebt(pos):
    d = tick()
    l = Line("bad_debt_writeoff")
    l(f"{ts_log4j(d)} INFO  bd-writeoff ")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(3)
        if v == 0:
            l(f"period={d:%Y-%m} GL 6410-200 BAD DEBT EXPENSE total={R.randint(10 ** 5, 10 ** 6)}.{digits(2)} count={R.randint(100, 2000)} "
              f"journal=JE-{d:%Y-%m}-{digits(4)} run_by={svc_acct()}")
        elif v == 1:
            l(f"rule BD-AGING-180 matched={R.randint(10, 900)} excluded_fap={R.randint(0, 90)} excluded_dispute={R.randint(0, 30)} "
              f"excluded_age_over_65_medicare_crossover={R.randint(0, 40)} dry_run=false")
        else:
            l(f"medicare bad debt log export FY{d.year} cost_report=CR-{digits(5)} rows={R.randint(100, 5000)} file=/exports/mbd/RBH_MBD_{d:%Y%m%d}.csv")
        return l
    p = P()
    if chance(0.6):
        l("posted: HAR ")(har(), "account")(", MRN ")(mrn(), "mrn")(', "')(p.lf(), "name")('", DOS ')(fdate(dos(), "us"), "date")
        l(f", bal {amount()}, reason={pick(['BD-AGING-180', 'BD-AGENCY-RETURN', 'BD-SMALL-BAL'])}")
    else:
        b = dob_old() if chance(0.6) else dob()
        a = age_of(b)
        l("estate writeoff pt ")(p.fl(), "name")(" DOD ")(fdate(dod(), "iso"), "date")(" age ")(str(a), "age" if a > 89 else None)
        l(" har=")(har(), "account")(f" probate=NONE bal={amount()}")
    return l


def f_edrs(pos):
    d = tick()
    l = Line("edrs_death_json")
    l(f"{ts_iso(d)} edrs-api ")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(3)
        if v == 0:
            items = O(("event", "case.transition"), ("case", f"DC-{d.year}-{digits(6)}"), ("from", "PENDING_MEDICAL_CERT"),
                      ("to", "PENDING_REGISTRAR"), ("certifier", clin()), ("queue", pick(["ME_COOK", "ME_SANGAMON", "REG_DIST_7"])),
                      ("tat_hours", round(R.uniform(2, 96), 1)))
        elif v == 1:
            items = O(("event", "fh.linked"), ("case", f"DC-{d.year}-{digits(6)}"), ("funeralHome", FUNERAL_HOMES[0][0]),
                      ("fhAddr", f"{FUNERAL_HOMES[0][1]}, {FUNERAL_HOMES[0][2]}, {FUNERAL_HOMES[0][3]} {FUNERAL_HOMES[0][4]}"),
                      ("fhPhone", FUNERAL_HOMES[0][5]), ("director", P().fl() + ", LFD"), ("by", svc_acct()))
        else:
            items = O(("event", "nchs.export"), ("batch", f"VSCP-{d:%Y%m%d}-{digits(3)}"), ("records", int(R.randint(20, 900))),
                      ("ije_version", "2024A"), ("ack", hexs(16)), ("elapsed_ms", int(R.randint(100, 9000))))
        jobj(l, items, sp=True)
        return l
    p = P()
    pl = place()
    b = dob_old() if chance(0.45) else (dob_adult() if chance(0.9) else dob())
    a = age_of(b)
    sp = pick([" ", ""]) == " "
    inf_sex = pick("FM")
    inf = P(last=p.last if chance(0.6) else None, sex=inf_sex)
    inf_rel = pick(["DAUGHTER", "NIECE", "SPOUSE", "SISTER"] if inf_sex == "F" else ["SON", "NEPHEW", "SPOUSE", "GRANDSON"])
    items = O(("event", pick(["case.update", "case.register", "case.demographics"])), ("case", f"DC-{d.year}-{digits(6)}"),
              ("decedent", O(("first", p.first, "name"), ("middle", p.mi), ("last", p.last, "name"),
                             ("aka", f"{pick(NICK)} {p.last}", "name") if chance(0.2) else None,
                             ("dob", fdate(b, "iso"), "date"), ("dod", fdate(dod(), "iso"), "date"),
                             ("ageYears", int(a), "age" if a > 89 else None),
                             ("ssn", ssn("dash"), "ssn") if chance(0.7) else None)),
              ("residence", O(("street", street(), "address"), ("city", pl[0], "address"), ("county", pl[2], "address"),
                              ("state", STATE_NAMES[pl[1]]), ("zip", zipc(pl), "zip"))) if chance(0.7) else None,
              ("informant", O(("name", inf.fl(), "name"),
                              ("rel", inf_rel),
                              ("phone", phone(), "phone"),
                              ("fax", phone("paren"), "fax") if chance(0.3) else None)) if chance(0.7) else None,
              ("father", P(last=p.last, sex="M").fl(), "name") if chance(0.4) else None,
              ("motherMaiden", P().last, "name") if chance(0.3) else None,
              ("certifier", clin()), ("placeOfDeath", pick([HOSP["name"], "NURSING HOME/LTC", "DECEDENT'S HOME", "HOSPICE FACILITY"])),
              ("mvaVehicle", O(("vin", vin(), "vehicle"), ("plate", plate(), "vehicle") if chance(0.5) else None)) if chance(0.2) else None,
              ("mrn", mrn(), "mrn") if chance(0.3) else None)
    jobj(l, items, sp=sp)
    return l


def f_birth_hl7(pos):
    d = tick()
    l = Line("birth_registration_hl7")
    l(f"{ts_log4j(d)} INFO  ebrs-inbound seg=")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(4)
        if v == 0:
            l(f"MSH|^~\\&|EPIC|RBH|EBRS|STATEVR|{d:%Y%m%d%H%M%S}||ADT^A28^ADT_A05|{digits(10)}|P|2.5.1|||AL|NE")
        elif v == 1:
            l(f"OBX|1|NM|8339-4^Birth weight Measured^LN||{R.randint(500, 4800)}|g^gram^UCUM|||||F")
        elif v == 2:
            l(f"OBX|2|NM|11884-4^Gestational age Estimated^LN||{R.randint(22, 42)}|wk^week^UCUM|||||F|||{d:%Y%m%d%H%M}")
        else:
            l(f"PV1|1|I|L&D^{R.randint(100, 450)}^A^RBH||||{npi()}^{P().last.upper()}^{P().first.upper()}^^^^MD|||OB")
        return l
    p = P()
    pl = place()
    v = R.randrange(3)
    if v == 0:
        l("PID|1||")(mrn(), "mrn")("^^^RBH^MR||")(f"{U(p.last)}^{U(p.first)}^{p.mi}", "name")("||")
        bd = dt.datetime.combine(dt.date(2024, 1, 1) + dt.timedelta(days=R.randint(0, 68)), dt.time(R.randint(0, 23), R.randint(0, 59)))
        l(bd.strftime("%Y%m%d%H%M"), "date")(f"|{pick('FM')}|||")(street(True, False), "address")("^^")(U(pl[0]), "address")
        l(f"^{pl[1]}^")(zipc(pl, False), "zip")("^USA^H^^")(U(pl[2]), "address")
    elif v == 1:
        m = P(sex="F")
        l(f"NK1|1|")(f"{U(m.last)}^{U(m.first)}", "name")("|MTH^Mother^HL70063|")(street(True), "address")("^^")(U(pl[0]), "address")
        l(f"^{pl[1]}^")(zipc(pl), "zip")("|")(phone("paren"), "phone")("||||||||||||||||||||")
        if chance(0.5):
            l(f"|||||")(ssn("plain"), "ssn")
    else:
        f_ = P(sex="M")
        l("NK1|2|")(f"{U(f_.last)}^{U(f_.first)}", "name")("|FTH^Father^HL70063|||||||||||||")(fdate(dob_parent(), "compact"), "date")
        if chance(0.5):
            l("|||||||||MAIDEN=")(U(P().last), "name")
    return l


def f_amend(pos):
    d = tick()
    l = Line("vital_amendment_kv")
    l(f"{ts_sys(d)} {host('vr-amend')} amend-svc: ")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(3)
        if v == 0:
            l(f"queue=AMEND_{pick(['BIRTH', 'DEATH'])} pending={R.randint(5, 90)} oldest_age_days={R.randint(2, 40)} sla_breach={R.randint(0, 5)} "
              f"reviewer_pool=[{staff_user('vr_clerk_')},{staff_user('vr_clerk_')}]")
        elif v == 1:
            l(f"fee schedule v{ver()} amend_fee=15.00 expedite_fee=10.00 court_order_required_for=[PATERNITY,SEX_MARKER_PRE_2019] effective_year={d.year}")
        else:
            l(f"req=AMR-{d.year}-{digits(5)} status=CLOSED outcome={pick(['APPROVED', 'DENIED_INSUFFICIENT_DOC', 'WITHDRAWN'])} "
              f"reviewer={staff_user('vr_')} elapsed_days={R.randint(1, 60)}")
        return l
    p = P()
    kind = pick(["BIRTH", "DEATH"])
    l(f"req=AMR-{d.year}-{digits(5)} type={kind} sfn=")(sfn("birth" if kind == "BIRTH" else "death"), "other_id")
    v = R.randrange(3)
    if v == 0:
        new_last = f"{p.last}-{pick(LAST)}"
        l(" field=REGISTRANT_LAST old=\"")(p.last, "name")('" new="')(new_last, "name")('"')
    elif v == 1:
        ob = dob_adult() if kind == "DEATH" else dob()
        nb = ob + dt.timedelta(days=pick([-365, -31, -10, -1, 1, 2, 10, 30, 365]))
        l(" field=DATE_OF_BIRTH old=")(fdate(ob, "us"), "date")(" new=")(fdate(nb, "us"), "date")
    else:
        l(" field=INFORMANT_NAME old=\"")(P().fl(), "name")('" new="')(P().fl(), "name")('"')
    rq = P(last=p.last)
    rels = ['SELF', 'PARENT', 'LEGAL_GUARDIAN'] if kind == "BIRTH" else ['SPOUSE', 'CHILD', 'INFORMANT', 'PARENT']
    l(" requester=\"")(rq.fl(), "name")(f"\" rel={pick(rels)}")
    w = R.randrange(3)
    if w == 0:
        st = pick(["IL", "MI", "TX"])
        l(f" id_type=DL id_state={st} id_no=")(dl(st), "license")
    elif w == 1:
        l(" id_type=PASSPORT id_no=")(passport(), "other_id")
    else:
        l(" id_type=STATE_ID id_no=")(dl("IL"), "license")
    if chance(0.45):
        l(" upload=")(f"/srv/amend/uploads/AMR{digits(5)}/{pick(['photo_id_front.jpg', 'selfie.jpg', 'id_scan_01.png'])}", "photo")
    if chance(0.45):
        l(" reply_fax=")(phone("dash"), "fax")
    if chance(0.25):
        l(" reply_email=")(rq.email(), "email")
    return l


def f_ccorder(pos):
    d = tick()
    l = Line("certified_copy_order_json")
    l(f"{ts_iso(d)} vr-orders ")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(3)
        if v == 0:
            items = O(("orderId", f"CC-{digits(7)}"), ("status", "FULFILLED"), ("copies", int(R.randint(1, 10))), ("fee", "24.00"),
                      ("printer", f"VR-SECPRT-0{R.randint(1, 4)}"), ("paperSerialStart", f"IL{digits(7)}"),
                      ("carrier", pick(["USPS", "UPS"])), ("sla", "5BD"), ("operator", staff_user("vr_")))
        elif v == 1:
            items = O(("event", "idv.vendor.latency"), ("vendor", "TrueID"), ("p95_ms", int(R.randint(400, 4000))),
                      ("fail_rate", round(R.uniform(0, 0.08), 3)), ("region", "us-east-2"), ("cert_expires", "2025-11-30"))
        else:
            items = O(("event", "kiosk.status"), ("kiosk", f"VR-KIOSK-{R.randint(1, 9):02d}"), ("site", "Springfield Vital Records Office"),
                      ("siteAddr", "535 W Jefferson St, Springfield, IL 62761"), ("fw", ver()), ("fp_reader_sn", f"U.are.U-{digits(8)}"),
                      ("lan", priv_ip()))
        jobj(l, items, sp=chance(0.5))
        return l
    reg = P()
    rq = P(last=reg.last) if chance(0.6) else P()
    pl = place()
    kind = pick(["BIRTH", "DEATH"])
    regitems = [("name", reg.fl(), "name")]
    if kind == "BIRTH":
        regitems.append(("dob", fdate(dob(), "us"), "date"))
    else:
        regitems.append(("dod", fdate(dod(), "us"), "date"))
        if chance(0.4):
            regitems.append(("obituaryLink", personal_url(reg, [5]), "url"))
    idv = []
    w = R.randrange(4)
    if w == 0:
        idv.append(("selfie_b64", photo_b64(), "photo"))
    elif w == 1:
        idv.append(("selfieUrl", f"https://idv-media.example-idproof.com/sessions/{uuid()}/face.jpg", "photo"))
    elif w == 2:
        idv.append(("fp_template", bio_b64(), "biometric"))
    else:
        idv.append(("docType", "PASSPORT"))
        idv.append(("docNo", passport(), "other_id"))
    if chance(0.5):
        st = pick(["IL", "CA", "TX", "FL"])
        idv.append(("dlNo", dl(st), "license"))
        idv.append(("dlSt", st))
    items = O(("orderId", f"CC-{digits(7)}"), ("certType", kind), ("copies", int(R.randint(1, 5))),
              ("registrant", O(*regitems)),
              ("requester", O(("name", rq.fl(), "name"), ("rel", pick(["SELF", "PARENT", "CHILD", "SPOUSE", "ATTORNEY"])),
                              ("email", rq.email(), "email") if chance(0.7) else None,
                              ("phone", phone(), "phone") if chance(0.6) else None,
                              ("ip", pub_ip(), "ip") if chance(0.5) else None)),
              ("ship", O(("addr1", street(), "address"), ("city", pl[0], "address"), ("state", pl[1]), ("zip", zipc(pl), "zip"))) if chance(0.6) else None,
              ("pay", O(("pan", pan(), "account"), ("amt", "24.00"))) if chance(0.3) else None,
              ("idv", O(*idv)))
    jobj(l, items, sp=chance(0.5))
    return l


def f_fetal(pos):
    d = tick()
    l = Line("fetal_death_report")
    l(f"{ts_log4j(d)} INFO  fdr-svc ")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(3)
        if v == 0:
            l(f"validation ruleset=FD-{d.year}.1 rules={R.randint(150, 260)} edit=FD-114 gest_wk range 20..44 severity=HARD loaded_by={svc_acct()}")
        elif v == 1:
            l(f"rpt=FD{d:%y}-{digits(5)} status=QUERIED query=\"weight {R.randint(300, 900)}g inconsistent with gest_wk {R.randint(20, 23)}\" facility=RBH-L&D attendant=\"{clin()}\"")
        else:
            l(f"monthly extract FD_{d:%Y%m}.ije records={R.randint(3, 60)} nchs_ack={hexs(12)} checksum={sha()[:16]}")
        return l
    m = P(sex="F")
    pl = place()
    l(f"rpt=FD{d:%y}-{digits(5)}")
    l.kv("mo_nm", m.lf() if chance(0.5) else U(m.fl()), "name", q='"')
    l.kv("mo_dob", fdate(dob_parent(), pick(["us", "iso"])), "date")
    if chance(0.7):
        l.kv("mo_mrn", mrn(), "mrn")
    l.kv("dlv_dt", fdate(dos(), "us"), "date")
    l(f" gest_wk={R.randint(20, 40)} wt_g={R.randint(300, 3800)}")
    if chance(0.7):
        l.kv("res_addr", street(), "address", q='"')
        l.kv("res_city", pl[0], "address", q='"')
        l.kv("res_cnty", pl[2], "address", q='"')
        l.kv("res_zip", zipc(pl, False), "zip")
    if chance(0.3):
        l.kv("fa_nm", P(sex="M").fl(), "name", q='"')
    if chance(0.3):
        l.kv("mo_mcd", member_id(), "health_plan")
    l(f" attendant=\"{clin()}\"")
    return l


def f_funeral(pos):
    d = tick()
    fh = pick(FUNERAL_HOMES)
    l = Line("funeral_home_portal")
    l(f"{ts_sys(d)} {host('fhp')} fh-portal[{R.randint(300, 9000)}]: ")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(3)
        if v == 0:
            l(f"login ok user={fh[6]} org=\"{fh[0]}\" org_addr=\"{fh[1]}, {fh[2]} {fh[3]} {fh[4]}\" org_ph=\"{fh[5]}\" mfa=TOTP src={priv_ip()}")
        elif v == 1:
            l(f"user={fh[6]} action=DOWNLOAD_PERMIT case=DC-{d.year}-{digits(6)} permit=BTP-{digits(7)} bytes={R.randint(10000, 90000)} sha1={sha()[:40]}")
        else:
            l(f"user={fh[6]} action=UPDATE_LICENSE_INFO est_license=FH.{digits(6)} renewal_year={d.year + 1} by={svc_acct()}")
        return l
    p = P()
    l(f"user={fh[6]} action={pick(['SUBMIT_DEMOGRAPHICS', 'SAVE_DRAFT', 'SUBMIT_DISPOSITION'])} case=DC-{d.year}-{digits(6)}")
    l.kv("decedent", p.fl() if chance(0.5) else U(p.lf()), "name", q='"')
    v = R.randrange(3)
    if v == 0:
        l.kv("obit_url", personal_url(p, [5]) if chance(0.4) else f"https://www.{fh[6].split('_')[1] if '_' in fh[6] else 'fh'}funeral.com/obituaries/{A_(p.first).lower()}-{A_(p.last).lower().replace(chr(39), '')}-{R.randint(1, 9)}", "url")
    elif v == 1:
        isx = pick("FM")
        inf = P(last=p.last, sex=isx)
        l.kv("informant", inf.fl(), "name", q='"')
        l(f" informant_rel={pick(['daughter', 'wife', 'sister'] if isx == 'F' else ['son', 'husband', 'brother'])}")
        l.kv("informant_ph", phone(), "phone", q='"')
    else:
        b = dob_old()
        l.kv("dob", fdate(b, "us"), "date")
        l.kv("age", str(age_of(b)), "age")
    if chance(0.3):
        l.kv("dod", fdate(dod(), "us"), "date")
    l(f" disposition={pick(['BURIAL', 'CREMATION', 'ENTOMBMENT', 'DONATION'])} director=\"{P().fl()}, LFD\"")
    return l


def f_ivr(pos):
    d = tick()
    l = Line("ivr_voice_pay")
    l(f"{ts_off(d)} ivr-pay call={uuid()} ")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(3)
        if v == 0:
            l(f"ani=anonymous dnis={HOSP['cbo'].replace('-', '')[1:]} menu_path=1>3>2 dur={R.randint(30, 900)}s outcome=TRANSFER queue=PFS_BILLING agent={staff_user('')}")
        elif v == 1:
            l(f"step=PAYMENT_AUTH gateway=payverge resp=00 auth={alnum(6)} amt={amount()} token=tok_{b64url(18)} latency={ms()}")
        else:
            l(f"step=VOICE_VERIFY engine=vb-{ver()} enrolled=false reason=OPT_OUT cfg_hash={hexs(40)} sip_trunk={priv_ip()}:5060")
        return l
    p = P()
    l("ani=")(phone(pick(["e164", "plain"])), "phone")
    v = R.randrange(3)
    if v == 0:
        l(f" step=VOICE_ENROLL voiceprint_tmpl=")(bio_b64(), "biometric")(f" quality=0.{R.randint(60, 99)}")
    elif v == 1:
        l(f" step=VOICE_VERIFY vp_ref=")(bio_b64(), "biometric")(f" score=0.{R.randint(60, 99)} decision={pick(['MATCH', 'NO_MATCH'])}")
    else:
        l(" step=ACCT_LOOKUP dtmf_acct=")(har(), "account")(" dtmf_dob=")(fdate(dob_adult(), "mdy"), "date")
    if chance(0.4):
        l(" caller_name_cnam=\"")(U(p.lf()).replace(", ", ",")[:15].strip(","), "name")('"')
    if chance(0.3):
        l(" guar_acct=")(har(), "account")
    return l


def f_portal(pos):
    d = tick()
    l = Line("patient_portal_pay")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(3)
        if v == 0:
            l(f"{ts_iso(d)} portal-pay healthcheck src={priv_ip()} status=UP p95={ms()} pods={R.randint(2, 9)} build=2024.{R.randint(1, 3)}.{R.randint(0, 40)}+{hexs(7)}")
        elif v == 1:
            l(f"{ts_iso(d)} portal-pay session.refresh sid={b64url(24)} ua=\"RiverbendApp/7.{R.randint(0, 5)}.{R.randint(0, 9)} (iOS 17.3)\" edge={priv_ip()} port=8443 rtt={ms()}")
        else:
            l(f"{ts_iso(d)} portal-pay config reload feature_flags=[wallet_pay:on,saved_cards:off,guest_pay:on] by={svc_acct()} sha={hexs(12)}")
        return l
    p = P()
    l(f"{ts_iso(d)} portal-pay ")
    v = R.randrange(3)
    if v == 0:
        l("login.success user=")(p.email(), "email")(" src_ip=")(pub_ip(), "ip")(f" mfa={pick(['SMS', 'TOTP', 'EMAIL'])}")
    elif v == 1:
        l("wallet.pay src_ip=")(pub_ip(), "ip")(" device_mac=")(mac(), "device")(" acct=")(har(), "account")(f" amt={amount()}")
    else:
        l("guest_pay stmt_acct=")(har(), "account")(" verify_zip=")(zipc(place(), False), "zip")(" verify_last=")(p.last, "name")
        if chance(0.5):
            l(" device_imei=")(imei(), "device")
    if chance(0.3):
        l(" pt_mrn=")(mrn(), "mrn")
    return l


def f_dme(pos):
    d = tick()
    l = Line("dme_implant_billing")
    l(f"{ts_log4j(d)} INFO  dme-billing ")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(3)
        if v == 0:
            l(f"fee schedule load HCPCS={pick(HCPCS)} mod=RR rate={amount()} effective=2024-01-01 locality=IL-16 source=DMEPOS_Q1")
        elif v == 1:
            l(f"inventory recv po=PO-{digits(6)} sku={pick(['AS10-CPAP', 'EVO-POC', 'TS-1000'])} lot={alnum(6)} qty={R.randint(1, 40)} "
              f"vendor_addr=\"{VENDORS[2][1]}, {VENDORS[2][2]}, {VENDORS[2][3]} {VENDORS[2][4]}\" gtin=00{digits(12)}")
        else:
            l(f"claim batch DME-{d:%Y%m%d}-{digits(3)} lines={R.randint(10, 400)} submitted_to=CGS-JB 837P ctrl={digits(9)} npi={npi()}")
        return l
    p = P()
    l(f"claim line HCPCS={pick(HCPCS)} mod=RR")
    l.kv("pt", p.fl() if chance(0.5) else U(p.lf()), "name", q='"')
    if chance(0.6):
        l.kv("mrn", mrn(), "mrn")
    if chance(0.5):
        l.kv("mbr", member_id(), "health_plan")
    v = R.randrange(3)
    if v == 0:
        l.kv("serial", device_serial(), "device")
    elif v == 1:
        l.kv("udi", udi(), "device", q='"')
    else:
        l.kv("implant_sn", device_serial(), "device")
        l.kv("implant_dt", fdate(dos(), "iso"), "date")
    l(f" rental_month={R.randint(1, 13)} ordering=\"{clin()}\"")
    return l


def f_notes(pos):
    d = tick()
    l = Line("collector_notes")
    u = staff_user("pfs_")
    l(f"{ts_log4j(d)} INFO  acct-notes note_id={digits(9)} by={u} text=\"")
    if not pos:
        if xneg(l, d):
            return l
        v = R.randrange(4)
        if v == 0:
            l(f"LM on VM per policy, no callback; next action per WQ-{digits(4)} in 7 days. ref call {uuid()[:8]}\"")
        elif v == 1:
            l(f"Pt eligible for presumptive charity per {VENDORS[2][0]} score 0.{R.randint(10, 99)}; age 54; adjusted per FAP policy v{ver()}\"")
        elif v == 2:
            l(f"Spoke w/ {VENDORS[0][0]} rep re recall list; callback {VENDORS[0][5]} ext {R.randint(100, 999)}. ticket INC{digits(7)}\"")
        else:
            l(f"Reviewed w/ {clin()} re medical necessity; appeal sent to payer {pick(PAYERS)[0]} ctrl {digits(12)}\"")
        return l
    p = P()
    v = R.randrange(7)
    if v == 0:
        rsx = pick("FM")
        rel = P(last=p.last if chance(0.5) else None, sex=rsx)
        pl = place()
        l(f"spoke w/ pt's {pick(['daughter', 'niece', 'wife'] if rsx == 'F' else ['son', 'nephew', 'husband'])} ")(rel.fl(), "name")(", confirmed new addr ")(street(), "address")(", ")(pl[0], "address")
        l("; pt is ")(str(R.randint(90, 103)), "age")(" and in hospice, pls hold acct ")(har(), "account")(' 90 days"')
    elif v == 1:
        l("gtor ")(p.fl(), "name")(" says mother passed ")(fdate(dod(), "us2"), "date")(", send estate letter. new cell ")(phone(), "phone")('"')
    elif v == 2:
        l("called ")(phone("dot"), "phone")(" - wrong # per answering party. Email on file ")(p.email(), "email")(' bounced"')
    elif v == 3:
        l("pt presented DL ")(dl(pick(["IL", "TX"])), "license")(" at front desk; updated SSN to ")(ssn("dash"), "ssn")(f' per {u}"')
    elif v == 4:
        l("guar states vehicle ")(pick([vin(), plate()]), "vehicle")(" was repossessed, requests hardship review; faxed FAP docs from home fax ")
        l(phone("paren"), "fax")('"')
    elif v == 5:
        l("found fundraiser for pt ")(p.first, "name")(" at ")(personal_url(p, [2, 6]), "url")(", family asks to hold statements; DOB on file ")
        l(fdate(dob(), "us"), "date")('"')
    else:
        pl = place()
        l("NCOA: ")(p.lf(), "name")(" moved to ")(pl[0], "address")(", ")(pl[2] + " County", "address")(f", {STATE_NAMES[pl[1]]}; fax new LOA to ")
        l(phone("dash"), "fax")(" per guar request\"")
    return l


# ==========================================================================
# extra PHI-free variants (hard negatives), keyed by family
# ==========================================================================
def _xn_bai2(d):
    return pick([
        f'rec=88 raw="88,ORIG CO NAME=CMS MEDICARE PART B,ORIG ID=1{digits(9)},ENTRY DESC=HCCLAIMPMT,TRN*1*{digits(9)}*1{digits(9)}/" parent=16',
        f'rec=16 raw="16,475,{R.randint(10000, 900000)},0,{digits(10)},{digits(8)}/" type=CHECK_PAID desc="VENDOR PMT {VENDORS[1][0].upper()} INV {digits(6)}"',
        f"control total mismatch file=RBH_LBX_{d:%Y%m%d}_0{R.randint(1, 4)}.bai expected={R.randint(10 ** 6, 10 ** 7)} actual={R.randint(10 ** 6, 10 ** 7)} action=QUARANTINE ticket=INC{digits(7)}",
        f'rec=88 raw="88,ERA TRN 1{digits(9)} PAYER {pick(PAYERS)[0]} NPI {npi()} AMT {amount()}/" parent=16 match=835'])


def _xn_lbx(d):
    pay = pick(PAYERS)
    return pick([
        f'row: "{digits(4)}","{R.randint(1, 400):03d}","","{aba()}","","{amount()}","{pay[0]} EFT","","era_{digits(10)}.835","ERA MATCHED TRN {digits(10)}"',
        f"image purge job retained_days=2555 purged={R.randint(1000, 90000)} policy=LBX-RET-7Y freed={R.randint(2, 90)}GB host={host('lbx')}",
        f"OCR model reload lbx-ocr v{ver()} checksum={sha()[:32]} gpu=0 warmup={ms()}"])


def _xn_gateway(d):
    return json.dumps(pick([
        {"ts": ts_iso(d), "lvl": "WARN", "svc": "payverge-gw", "event": "chargeback.opened", "case_id": f"cb_{b64url(10)}",
         "network": pick(["VISA", "MC"]), "reason_code": pick(["10.4", "13.1", "4837"]), "amount": R.randint(500, 90000),
         "orig_txn": f"ch_{b64url(12)}", "trace_id": hexs(32)},
        {"ts": ts_iso(d), "lvl": "DEBUG", "svc": "payverge-gw", "event": "tls.handshake", "peer": "api.payverge.example:443",
         "cipher": "TLS_AES_256_GCM_SHA384", "cert_serial": hexs(32, True), "not_after": "2025-06-30T23:59:59Z", "ms": R.randint(5, 90)},
        {"ts": ts_iso(d), "lvl": "INFO", "svc": "payverge-gw", "event": "settlement.file", "file": f"STL_{d:%Y%m%d}_{digits(4)}.csv",
         "rows": R.randint(100, 9000), "net": amount(), "mid": f"4445{digits(11)}", "sha256": sha()}]))


def _xn_terminal(d):
    return pick([
        f"pinpad update pkg=PV-FW-{ver()}.tgz sha256={sha()} reboot=true window=02:00-04:00 result=OK",
        f"contactless tap aid=A0000000041010 form_factor=PHONE wallet={pick(['APPLE_PAY', 'GOOGLE_PAY'])} token_ref=DNITHE{digits(15)} resp=00 amt={amount()}",
        f"tamper check ok sred=ON tamper_flags=0x00 battery={R.randint(20, 100)}% temp={R.randint(25, 45)}C lan={priv_ip()}:{R.randint(1024, 65000)}"])


def _xn_statement(d):
    vn = VENDORS[1]
    return pick([
        f"NCOA run list={digits(6)} records={R.randint(1000, 90000)} moves_ind={R.randint(10, 900)} moves_fam={R.randint(10, 400)} vendor=\"{vn[0]}\" vendor_addr=\"{vn[1]}, {vn[2]}, {vn[3]} {vn[4]}\"",
        f"proof approved template=DUN3 approver={staff_user('pfs.')} proof_id={uuid()} pdf=/proofs/DUN3_{hexs(8)}.pdf",
        f"suppression list applied bankrupt={R.randint(0, 50)} deceased={R.randint(0, 40)} fap_pending={R.randint(0, 300)} total_suppressed={R.randint(50, 500)}"])


def _xn_letter(d):
    return pick([
        f"Pay online at https://pay.riverbend.org/guest using the Statement ID printed above your name. Our Tax ID is {HOSP['tin']}.\" tmpl_ver={ver()}",
        f"Para asistencia en español llame al {HOSP['cbo']}. Oficina de Facturación, {HOSP['sys']}, {HOSP['pobox']}, {HOSP['city']}, {HOSP['st']} {HOSP['pozip']}.\" lang=es",
        f"Dear Patient, {HOSP['name']} ({HOSP['addr']}, {HOSP['city']}) has changed billing vendors effective with your next statement. Questions: {HOSP['phone']}.\" tmpl_ver={ver()}"])


def _xn_placement(d):
    return pick([
        f"A|{R.randint(1, 3000)}|ADJ|amt=-{amount()}|code=CHARITY_RECLASS|src=FAP-ENGINE v{ver()}",
        f"C|{R.randint(1, 3000)}|CLOSE|code=PAID_IN_FULL|amt={amount()}|eff={d:%Y%m%d}|by={svc_acct()}",
        f"H|RBH|{pick(AGENCIES)[0]}|{d:%Y%m%d}|RETURN|v3.2|client_id={digits(5)}|records={R.randint(10, 900)}"])


def _xn_agency(d):
    ag = pick(AGENCIES)
    return json.dumps(pick([
        {"type": "DISPUTE_STATS", "agency": ag[1], "month": f"{d.year}-0{d.month - 1 or 1}", "disputes": R.randint(1, 90),
         "validated": R.randint(1, 60), "cfpbComplaints": R.randint(0, 3)},
        {"type": "RECALL_CONFIRM", "agency": ag[1], "recallBatch": f"RCL-{digits(6)}", "count": R.randint(1, 300), "reason": "CHARITY_ELIGIBLE"},
        {"type": "LICENSE_STATUS", "agency": ag[1], "stateLicenses": {"IL": f"017.{digits(6)}", "TX": f"{digits(8)}"}, "bondOnFile": True,
         "hq": f"{VENDORS[0][1]}, {VENDORS[0][2]}, {VENDORS[0][3]} {VENDORS[0][4]}"}]))


def _xn_payplan(d):
    return pick([
        f"{ts_log4j(d)} INFO  pp-svc PUT /v2/plans/PP-{digits(6)}/pause 204 {ms()} rid={hexs(12)} caller={staff_user('pfs_')} reason=HARDSHIP_REVIEW",
        f"{ts_log4j(d)} ERROR pp-svc NACHA build failed batch=ACH-{d:%Y%m%d}-{R.randint(1, 9)} entries={R.randint(100, 3000)} odfi={aba()} err=\"entry hash {digits(10)} != {digits(10)}\"",
        f"{ts_log4j(d)} INFO  pp-svc policy min_installment=25.00 max_term_months=36 interest_apr=0.0 autopay_required=true version={ver()}"])


def _xn_refund(d):
    return pick([
        f"[RF-{d.year}-{digits(6)}] state=VOID reason=STALE_CHECK check_no={digits(6)} amt={amount()} bank=LOCKSTREAM acct_alias=RBH-DISB-02 by={svc_acct()}",
        f"positive pay transmitted file=PP_{d:%m%d}.csv host={priv_ip()}:22 records={R.randint(10, 300)} total={R.randint(1000, 90000)}.{digits(2)} sha256={sha()}",
        f"credit balance aging report buckets=[0-30:{R.randint(10, 900)},31-60:{R.randint(10, 900)},61+:{R.randint(10, 900)}] owner={staff_user('pfs_')}"])


def _xn_fap(d):
    return pick([
        f"presumptive screen batch={uuid()} source=\"{VENDORS[2][0]}\" scored={R.randint(100, 9000)} presumptive_eligible={R.randint(10, 900)} threshold_fpl_pct=250 model=pe-{ver()}",
        json.dumps({"event": "fap.policy.published", "version": f"FAP-{d.year}.2", "languages": ["en", "es", "pl", "ar"],
                    "approved_by": "Board Finance Committee", "effective": f"{d.year}-01-01", "pls_url": "https://www.riverbend.org/financial-assistance"}),
        f"decision letter batch sent count={R.randint(10, 400)} template=FAP_APPROVAL_v{ver()} channel=MAIL vendor=\"{VENDORS[1][0]}\""])


def _xn_estimator(d):
    return pick([
        f'{priv_ip()} - - [{dos_clf(d)}] "POST /api/estimate/batch HTTP/1.1" 200 {R.randint(1000, 90000)} "-" "python-requests/2.31.0" rt={R.randint(1, 9)}.{digits(3)} job={uuid()}',
        f"{ts_log4j(d)} WARN  estimator-svc payer rate missing cpt={pick(CPTS)} payer={pick(PAYERS)[1]} fallback=CHARGEMASTER cdm=CDM{digits(7)} price={amount()}",
        f'{priv_ip()} - - [{dos_clf(d)}] "GET /api/estimate?cpt={pick(CPTS)}&plan=SELFPAY&age_band=65-74 HTTP/1.1" 200 {R.randint(400, 9000)} "-" "Go-http-client/1.1" rt=0.{digits(3)}'])


def _xn_x12(d):
    return pick([
        f"GE*1*{R.randint(1, 9999)}~IEA*1*{digits(9)}~",
        f"TA1*{digits(9)}*{d:%y%m%d}*{d:%H%M}*A*000~",
        f"AAA*Y**42*R~MSG*PAYER SYSTEM UNAVAILABLE RETRY AFTER {R.randint(1, 4):02d}00 CT~REF*6P*{digits(6)}~"])


def _xn_ptp(d):
    return "resp " + json.dumps(pick([
        {"event": "drift.alert", "feature": "median_household_income_zip3", "psi": round(R.uniform(0.1, 0.4), 2), "window": "7d"},
        {"event": "config", "endpoint": "https://api.scorewell.example.com/v3/ptp", "timeout_ms": R.randint(500, 5000),
         "retries": R.randint(0, 3), "mtls_cert_serial": hexs(24, True)}]))


def _xn_credit(d):
    return pick([
        f"<AuditLog><Inquiries30d>{R.randint(100, 9000)}</Inquiries30d><Permissible>HC_PTP</Permissible><ReviewedBy>{svc_acct()}</ReviewedBy></AuditLog>",
        f"<Ping><Endpoint>https://softpull.keystone-credit.example.com/v2</Endpoint><Status>200</Status><RTT>{R.randint(20, 900)}</RTT></Ping>"])


def _xn_baddebt(d):
    ag = pick(AGENCIES)
    return pick([
        f"recovery posted agency={ag[0]} gross={amount()} net={amount()} count={R.randint(5, 400)} gl=6410-210 je=JE-{d:%Y-%m}-{digits(4)}",
        f"reclass charity->bad debt blocked count={R.randint(1, 90)} rule=FAP-501R reviewer={staff_user('pfs_')}"])


def _xn_edrs(d):
    return json.dumps(pick([
        {"event": "registrar.signoff", "registrar": staff_user("vr_"), "count": R.randint(5, 90), "district": "REG_DIST_7",
         "batch": f"RS-{d:%Y%m%d}-{digits(3)}"},
        {"event": "sync.ssa.ever", "sent": R.randint(20, 400), "verified": R.randint(20, 400), "unverified": R.randint(0, 9),
         "window": f"{d:%Y-%m-%d}", "latency_ms": R.randint(100, 9000)},
        {"event": "case.lock", "case": f"DC-{d.year}-{digits(6)}", "lockedBy": pick([clin(), staff_user('vr_')]), "ttl_s": 900}]))


def _xn_birth(d):
    return pick([
        f"EVN|A28|{d:%Y%m%d%H%M%S}|||{staff_user('')}",
        f"ACK MSA|AA|{digits(10)}|accepted ebrs_case=BC-{d.year}-{digits(6)} elapsed={ms()}",
        f"OBX|3|CWE|73812-7^Apgar score 5 minute^LN||{R.randint(5, 10)}|{{score}}|||||F"])


def _xn_amend(d):
    return pick([
        f"doc verify worker={host('ocr')} doc=COURT_ORDER pages={R.randint(1, 9)} conf=0.{R.randint(60, 99)} model=docai-{ver()} queue={R.randint(0, 40)}",
        f"req=AMR-{d.year}-{digits(5)} status=AWAITING_FEE fee=15.00 gateway=payverge token=tok_{b64url(16)} age_days={R.randint(1, 30)}"])


def _xn_ccorder(d):
    return json.dumps(pick([
        {"event": "payment.settled", "orderId": f"CC-{digits(7)}", "gatewayTxn": f"ch_{b64url(12)}", "fee": "24.00", "convenienceFee": "2.50"},
        {"event": "batch.print", "printer": f"VR-SECPRT-0{R.randint(1, 4)}", "jobs": R.randint(5, 200),
         "paperSerialRange": f"IL{digits(7)}-IL{digits(7)}", "operator": staff_user("vr_")}]))


def _xn_fetal(d):
    return pick([
        f"NCHS query rpt=FD{d:%y}-{digits(5)} resolved_by={staff_user('vr_')} field=GEST_WK old={R.randint(20, 30)} new={R.randint(20, 30)}",
        f"rpt=FD{d:%y}-{digits(5)} autopsy=PENDING histology=YES facility=RBH-L&D certifier=\"{clin()}\" status=INCOMPLETE"])


def _xn_funeral(d):
    fh = pick(FUNERAL_HOMES)
    return pick([
        f"user={fh[6]} action=EFILE_BURIAL_PERMIT_REQUEST case=DC-{d.year}-{digits(6)} cemetery=\"{pick(['Oakwood Cemetery', 'Resurrection Cemetery', 'Mount Carmel Cemetery'])}\" status=QUEUED",
        f"session timeout user={fh[6]} idle=900s src={priv_ip()} ua=\"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)\""])


def _xn_ivr(d):
    return pick([
        f"step=MENU lang=es prompt=pfs_menu_v{ver()} dtmf=2 asr_conf=0.{R.randint(60, 99)}",
        f"summary calls_today={R.randint(100, 3000)} avg_handle={R.randint(60, 600)}s abandon_rate=0.{digits(2)} agents_ready={R.randint(0, 30)}"])


def _xn_portal(d):
    return pick([
        f"{ts_iso(d)} portal-pay csp-violation blocked-uri=https://cdn.example-analytics.com/px.js doc=/billing/pay build=2024.{R.randint(1, 3)}.{R.randint(0, 40)}",
        f"{ts_iso(d)} portal-pay rate-limit route=/api/guest-pay/lookup window=60s limit=10 src={priv_ip()} action=429"])


def _xn_dme(d):
    return pick([
        f"CMN expiration sweep expiring_30d={R.randint(5, 200)} workqueue=WQ-DME-{digits(3)} run_by={svc_acct()}",
        f"capped rental rollover month=13 items={R.randint(5, 90)} hcpcs=[E0260,E0601] ownership_transfer_letters=QUEUED"])


def _xn_notes(d):
    return pick([
        f"PTP logged amt ${amount()} via plan PP-{digits(6)}; confirmation ref {uuid()[:13]}\"",
        f"Acct returned from {pick(AGENCIES)[1]} code R11 no contact; reassigned WQ-{digits(4)}\"",
        f"Pt eligible for presumptive charity per {VENDORS[2][0]} score 0.{R.randint(10, 99)}; age {R.randint(19, 89)}; adjusted per FAP policy v{ver()}\""])


XNEG = {"bai2_lockbox": _xn_bai2, "lockbox_remit_csv": _xn_lbx, "gateway_json": _xn_gateway,
        "card_terminal_kv": _xn_terminal, "statement_print_syslog": _xn_statement, "dunning_letter_text": _xn_letter,
        "collections_placement_pipe": _xn_placement, "collections_agency_json": _xn_agency,
        "payment_plan_api": _xn_payplan, "refund_audit": _xn_refund, "charity_fap_app": _xn_fap,
        "price_estimator_access": _xn_estimator, "x12_eligibility": _xn_x12, "propensity_vendor_json": _xn_ptp,
        "credit_softpull_xml": _xn_credit, "bad_debt_writeoff": _xn_baddebt, "edrs_death_json": _xn_edrs,
        "birth_registration_hl7": _xn_birth, "vital_amendment_kv": _xn_amend, "certified_copy_order_json": _xn_ccorder,
        "fetal_death_report": _xn_fetal, "funeral_home_portal": _xn_funeral, "ivr_voice_pay": _xn_ivr,
        "patient_portal_pay": _xn_portal, "dme_implant_billing": _xn_dme, "collector_notes": _xn_notes}


def xneg(l, d):
    """with some probability, emit an extra PHI-free variant for this family."""
    if chance(0.45):
        l(XNEG[l.family](d))
        return True
    return False


FAMILIES = [f_bai2, f_lbx_csv, f_gateway, f_terminal, f_statement, f_letter, f_placement, f_agency_json,
            f_payplan, f_refund, f_fap, f_estimator, f_x12, f_ptp, f_credit, f_baddebt, f_edrs, f_birth_hl7,
            f_amend, f_ccorder, f_fetal, f_funeral, f_ivr, f_portal, f_dme, f_notes]


# ==========================================================================
def main():
    global HOSP_DDA
    HOSP["npi"] = npi()
    HOSP_DDA = nz_digits(10)

    flags = [False] * N_NEG + [True] * (N_LINES - N_NEG)
    R.shuffle(flags)
    fams = []
    while len(fams) < N_LINES:
        block = FAMILIES[:]
        R.shuffle(block)
        fams.extend(block)
    fams = fams[:N_LINES]

    out_lines = []
    labels = []
    counts = {c: 0 for c in CATS}
    fam_counts = {}
    for i, (fam, pos) in enumerate(zip(fams, flags), start=1):
        attempt = 0
        while True:
            ln = fam(pos)
            raw, spans = ln.render()
            if not pos or spans:
                break
            attempt += 1
            assert attempt < 20
        text = raw.decode("utf-8")
        assert "\n" not in text and "\r" not in text, (i, text)
        # checks
        prev_e = -1
        for sp in sorted(spans, key=lambda x: x["s"]):
            val = sp["_v"]
            assert raw[sp["s"]:sp["e"]] == val.encode("utf-8"), (i, sp)
            assert val == val.strip() and val != "", (i, sp)
            assert sp["s"] >= prev_e, ("overlap", i, sp)
            prev_e = sp["e"]
        if not pos:
            assert not spans, (i, spans)
        else:
            assert spans, i
        for sp in spans:
            counts[sp["cat"]] += 1
        fam_counts[ln.family] = fam_counts.get(ln.family, 0) + 1
        out_lines.append(raw)
        labels.append({"line": i, "family": ln.family,
                       "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in spans]})

    with open(os.path.join(HERE, "ab.log"), "wb") as fh:
        for raw in out_lines:
            fh.write(raw + b"\n")
    with open(os.path.join(HERE, "ab.labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")

    # re-read and verify the files as written
    with open(os.path.join(HERE, "ab.log"), "rb") as fh:
        rl = fh.read().split(b"\n")
    assert rl[-1] == b"" and len(rl) - 1 == N_LINES
    with open(os.path.join(HERE, "ab.labels.jsonl"), encoding="utf-8") as fh:
        rlab = [json.loads(x) for x in fh]
    assert len(rlab) == N_LINES
    for n, (raw, lab) in enumerate(zip(rl, rlab), start=1):
        assert lab["line"] == n
        for sp in lab["spans"]:
            seg = raw[sp["s"]:sp["e"]].decode("utf-8")
            assert seg and seg == seg.strip()

    n_phi = sum(1 for lab in labels if lab["spans"])
    short = [c for c in CATS if counts[c] < 8]
    print(f"lines: {N_LINES}")
    print(f"lines with PHI: {n_phi}  (no-PHI lines: {N_LINES - n_phi}, {100 * (N_LINES - n_phi) / N_LINES:.1f}%)")
    print(f"total spans: {sum(counts.values())}")
    print("spans per category:")
    for c in CATS:
        print(f"  {c:12s} {counts[c]}")
    print("lines per family:")
    for f in sorted(fam_counts):
        print(f"  {f:28s} {fam_counts[f]}")
    assert not short, f"categories under 8 spans: {short}"


if __name__ == "__main__":
    main()
