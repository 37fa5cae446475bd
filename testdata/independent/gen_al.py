#!/usr/bin/env python3
"""Generator for held-out PHI test corpus 'al' (theme: employer benefits, HR, leave,
occupational health). Standard library only; fixed seed; byte-for-byte reproducible.

Writes al.log (500 lines) and al.labels.jsonl (one JSON object per line).
Labeling conventions used here:
  * internal worker/person numbers of HR systems (Workday WID, ADP associate OID,
    UKG person number, internal case numbers) are treated as internal record IDs
    and are NOT labeled;
  * clinicians, case managers, HR staff, service accounts, employer / vendor
    addresses and phone numbers, FEINs, NPIs, group numbers are NOT labeled;
  * dates tied to a person (birth, hire, leave, injury, service, coverage start
    for that person, death, return-to-work) ARE labeled; plan-level, file-level
    and log dates are not.
"""
import base64
import datetime as dt
import json
import os
import random
import sys
from collections import Counter

SEED = 834_2025_0305
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_NEG = 225  # 45 % of lines carry no PHI

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]


# ---------------------------------------------------------------- core
class V:
    """A labeled value inside a line."""
    __slots__ = ("v", "c", "raw")

    def __init__(self, v, c, raw=False):
        assert c in CATS, c
        self.v = str(v)
        self.c = c
        self.raw = raw  # for JSON: emit without quotes (numbers)


def flatten(p):
    if isinstance(p, (list, tuple)):
        for x in p:
            yield from flatten(x)
    elif p is None:
        return
    else:
        yield p


def assemble(pieces):
    out, spans, pos = [], [], 0
    for p in flatten(pieces):
        if isinstance(p, V):
            b = p.v.encode("utf-8")
            spans.append({"s": pos, "e": pos + len(b), "cat": p.c, "_v": p.v})
            out.append(p.v)
            pos += len(b)
        else:
            assert isinstance(p, str), repr(p)
            out.append(p)
            pos += len(p.encode("utf-8"))
    return "".join(out), spans


def jstr(s):
    return json.dumps(s, ensure_ascii=False)


def J(obj, compact=False):
    """Serialize a python structure (dict/list/str/num/bool/None/V) to pieces."""
    isep, ksep = ("," , ":") if compact else (", ", ": ")
    if isinstance(obj, V):
        if obj.raw:
            return [obj]
        assert jstr(obj.v)[1:-1] == obj.v, obj.v
        return ['"', obj, '"']
    if isinstance(obj, dict):
        out = ["{"]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(isep)
            out.append(jstr(k) + ksep)
            out.append(J(v, compact))
        out.append("}")
        return out
    if isinstance(obj, list):
        out = ["["]
        for i, v in enumerate(obj):
            if i:
                out.append(isep)
            out.append(J(v, compact))
        out.append("]")
        return out
    return [json.dumps(obj, ensure_ascii=False)]


def kv(pairs, sep=" ", eq="=", quote_spaces=True):
    """key=value pieces; values containing spaces get double quotes."""
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(sep)
        out.append(k + eq)
        sval = v.v if isinstance(v, V) else str(v)
        q = quote_spaces and (" " in sval or sval == "")
        if q:
            out.append('"')
        out.append(v if isinstance(v, V) else sval)
        if q:
            out.append('"')
    return out


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- clock
CLOCK = [dt.datetime(2025, 3, 3, 6, 0, 0)]


def tick():
    CLOCK[0] += dt.timedelta(seconds=R.randint(1, 420), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def ts_iso_ms(t=None):
    t = t or tick()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ts_iso(t=None):
    t = t or tick()
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def ts_log4j(t=None):
    t = t or tick()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_dot(t=None):
    t = t or tick()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def ts_clf(t=None):
    t = t or tick()
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


# ---------------------------------------------------------------- pools
FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
         "David", "Elizabeth", "William", "Barbara", "Carlos", "Sofía", "Luis", "Ana",
         "Juan", "Camila", "Diego", "Valentina", "Jorge", "Lucía", "Wei", "Mei", "Jian",
         "Xiu", "Hiroshi", "Yuki", "Kenji", "Haruka", "Min-jun", "Seo-yeon", "Ji-ho",
         "Priya", "Arjun", "Ananya", "Rahul", "Deepika", "Vikram", "Aisha", "Omar",
         "Fatima", "Yusuf", "Layla", "Hassan", "Amara", "Chinedu", "Ngozi", "Kwame",
         "Abena", "Oluwaseun", "Tunde", "Dmitri", "Olga", "Sergei", "Natasha", "Ivan",
         "Katarzyna", "Piotr", "Agnieszka", "Siobhan", "Liam", "Aoife", "Ciarán", "Søren",
         "Ingrid", "Lars", "Astrid", "Jürgen", "Greta", "Matthias", "Chloé", "Étienne",
         "Amélie", "Thanh", "Linh", "Minh", "Giulia", "Marco", "Francesca",
         "Alessandro", "Zoë", "Björn", "Nikolaos", "Eleni", "Tariq", "Zainab", "Ravi",
         "Meera", "Kofi", "Efua", "Santiago", "Ximena", "Malik", "Imani", "Darnell",
         "Keisha", "Tyrone", "Shanice", "Noah", "Emma", "Olivia", "Ethan", "Ava",
         "Mason", "Harper", "Guadalupe", "Rosa", "Francisco", "Marisol", "Bao", "Huong",
         "Anh", "Tomasz", "Jolanta", "Reza", "Shirin", "Dov", "Miriam", "Esther"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
        "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Pérez", "Thompson",
        "White", "Harris", "Sánchez", "Clark", "Ramírez", "Lewis", "Robinson", "Walker",
        "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
        "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell",
        "Carter", "Roberts", "Chen", "Wang", "Li", "Zhang", "Liu", "Huang", "Kim", "Park",
        "Choi", "Tanaka", "Suzuki", "Watanabe", "Sato", "Patel", "Shah", "Singh", "Kumar",
        "Reddy", "Iyer", "Gupta", "Okafor", "Adeyemi", "Mensah", "Boateng", "Okonkwo",
        "Abdullah", "Haddad", "Khalil", "Rahman", "Hussain", "Ivanov", "Petrova",
        "Kowalski", "Nowak", "Wiśniewski", "O'Brien", "Murphy", "Kelly", "Byrne",
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Dubois", "Lefèvre",
        "Moreau", "Rossi", "Russo", "Esposito", "Bianchi", "Andersson", "Johansson",
        "Nielsen", "Jensen", "Papadopoulos", "Trần", "Lê", "Phạm", "Nakamura",
        "Yamamoto", "Ferreira", "Silva", "Santos", "Oliveira", "Costa", "Cohen", "Levi",
        "Friedman", "Goldberg", "Washington", "Banks", "Freeman", "Delgado", "Castillo",
        "Vargas", "Morales", "Ortiz", "Gutierrez", "Mendoza", "Nwosu", "Eze", "Azikiwe"]
# clinicians / staff (never labeled)
STAFF = ["Tom Becker", "Renee Kowalczyk", "Alan Whitfield", "Gloria Achebe", "Paul Nakashima",
         "Denise Ortega", "Brian McAllister", "Sunita Varghese", "Kevin Oyelaran", "Laura Feldman"]
DOCS = ["Dr. Anand Patel", "Dr. Helen Marsh", "Dr. Samuel Osei", "Dr. Rebecca Lindqvist",
        "Dr. Miguel Arroyo", "Dr. Yvonne Cheng", "Dr. Farid Nasser", "Dr. Claire Dupont",
        "Dr. Jonah Whitaker", "Dr. Keiko Morita"]
SVC = ["svc_wd_int", "svc_adp_wfn", "svc-ukg-dim", "svc_benefits_sync", "svc_absence_bot",
       "hr.jgarcia", "hr.tbecker", "benadmin.rkowalczyk", "ohs.scheduler", "x12-translator",
       "cobra-batch", "wellness-etl", "payroll.ops", "svc_devaudit"]
EMPLOYERS = [("Northwind Logistics LLC", "4400 Commerce Pkwy", "Plano", "TX", "75024", "972-555-0100"),
             ("Brightwater Health System", "1 Riverfront Plaza", "Columbus", "OH", "43215", "614-555-0199"),
             ("Contoso Manufacturing Inc.", "2100 Industrial Dr", "Grand Rapids", "MI", "49512", "616-555-0140"),
             ("Fabrikam Foods Co.", "800 Market St Ste 1200", "St. Louis", "MO", "63101", "314-555-0123"),
             ("Tailspin Airlines", "7000 Airport Blvd", "Charlotte", "NC", "28208", "704-555-0177")]
VENDORS = [("BenefitBridge Administrators", "1200 Corporate Center Dr Ste 300", "Eagan", "MN", "55121", "1-800-555-0134"),
           ("ClearPath COBRA Services", "55 Water St Fl 9", "Boston", "MA", "02109", "1-877-555-0161"),
           ("Summit Occupational Medicine", "3900 Medical Pkwy", "Austin", "TX", "78756", "512-555-0188"),
           ("Keystone Leave Solutions", "410 Grant St", "Pittsburgh", "PA", "15219", "1-888-555-0102"),
           ("WellSpring Screening Partners", "9255 Towne Centre Dr", "San Diego", "CA", "92121", "858-555-0175")]
TENANTS = ["northwind_prod", "brightwater1", "contoso_impl", "fabrikam_prod", "tailspin_prd"]
PLANS = ["Aetna Choice POS II", "Cigna Open Access Plus", "BlueCard PPO 500", "Kaiser HMO 20",
         "UnitedHealthcare Choice Plus HSA", "Delta Dental PPO Plus Premier", "VSP Choice",
         "MetLife Dental High", "Lincoln LTD 60%", "The Hartford STD Core", "Unum Voluntary Life",
         "Guardian Accident Plan", "Principal Vision"]
STREETS = ["Oak", "Maple", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park", "Main", "Pine",
           "Sunset", "Willow", "Magnolia", "Peachtree", "Mission", "Jefferson", "Lincoln",
           "Highland", "Riverside", "Meadowbrook", "Dogwood", "Chestnut", "Birchwood",
           "Prairie View", "Sycamore", "Bluebonnet", "Harbor", "Cottonwood", "Laurel", "Juniper",
           "Martin Luther King Jr", "Tamarack", "Old Mill", "Foxglove", "Saint Charles"]
SUFFIX = ["St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Ct", "Way", "Pl", "Ter", "Pkwy", "Cir",
          "Street", "Avenue", "Road", "Drive", "Lane"]
CITIES = [("Houston", "Harris County", "TX", "770"), ("San Antonio", "Bexar County", "TX", "782"),
          ("Dallas", "Dallas County", "TX", "752"), ("Columbus", "Franklin County", "OH", "432"),
          ("Cleveland", "Cuyahoga County", "OH", "441"), ("Chicago", "Cook County", "IL", "606"),
          ("Naperville", "DuPage County", "IL", "605"), ("Phoenix", "Maricopa County", "AZ", "850"),
          ("Mesa", "Maricopa County", "AZ", "852"), ("Atlanta", "Fulton County", "GA", "303"),
          ("Marietta", "Cobb County", "GA", "300"), ("Charlotte", "Mecklenburg County", "NC", "282"),
          ("Raleigh", "Wake County", "NC", "276"), ("Pittsburgh", "Allegheny County", "PA", "152"),
          ("Philadelphia", "Philadelphia County", "PA", "191"), ("Tampa", "Hillsborough County", "FL", "336"),
          ("Orlando", "Orange County", "FL", "328"), ("Miami", "Miami-Dade County", "FL", "331"),
          ("Sacramento", "Sacramento County", "CA", "958"), ("Fresno", "Fresno County", "CA", "937"),
          ("San Jose", "Santa Clara County", "CA", "951"), ("Seattle", "King County", "WA", "981"),
          ("Spokane", "Spokane County", "WA", "992"), ("Denver", "Denver County", "CO", "802"),
          ("Aurora", "Arapahoe County", "CO", "800"), ("Minneapolis", "Hennepin County", "MN", "554"),
          ("St. Paul", "Ramsey County", "MN", "551"), ("Detroit", "Wayne County", "MI", "482"),
          ("Grand Rapids", "Kent County", "MI", "495"), ("Nashville", "Davidson County", "TN", "372"),
          ("Memphis", "Shelby County", "TN", "381"), ("Louisville", "Jefferson County", "KY", "402"),
          ("Indianapolis", "Marion County", "IN", "462"), ("Milwaukee", "Milwaukee County", "WI", "532"),
          ("Kansas City", "Jackson County", "MO", "641"), ("St. Louis", "St. Louis County", "MO", "631"),
          ("Towson", "Baltimore County", "MD", "212"), ("Newark", "Essex County", "NJ", "071"),
          ("Albany", "Albany County", "NY", "122"), ("Buffalo", "Erie County", "NY", "142"),
          ("Boise", "Ada County", "ID", "837"), ("Salt Lake City", "Salt Lake County", "UT", "841"),
          ("Albuquerque", "Bernalillo County", "NM", "871"), ("Omaha", "Douglas County", "NE", "681"),
          ("Tulsa", "Tulsa County", "OK", "741"), ("Birmingham", "Jefferson County", "AL", "352"),
          ("Portland", "Multnomah County", "OR", "972"), ("Las Vegas", "Clark County", "NV", "891"),
          ("Round Rock", "Williamson County", "TX", "786"), ("Kent", "King County", "WA", "980")]
STATE_NAMES = {"TX": "Texas", "OH": "Ohio", "IL": "Illinois", "AZ": "Arizona", "GA": "Georgia",
               "NC": "North Carolina", "PA": "Pennsylvania", "FL": "Florida", "CA": "California",
               "WA": "Washington", "CO": "Colorado", "MN": "Minnesota", "MI": "Michigan",
               "TN": "Tennessee", "KY": "Kentucky", "IN": "Indiana", "WI": "Wisconsin",
               "MO": "Missouri", "MD": "Maryland", "NJ": "New Jersey", "NY": "New York",
               "ID": "Idaho", "UT": "Utah", "NM": "New Mexico", "NE": "Nebraska",
               "OK": "Oklahoma", "AL": "Alabama", "OR": "Oregon", "NV": "Nevada"}
AREA = ["212", "213", "214", "217", "248", "262", "281", "303", "312", "313", "314", "317",
        "331", "346", "402", "404", "412", "414", "415", "469", "470", "502", "503", "505",
        "512", "513", "518", "602", "612", "614", "615", "616", "617", "630", "651", "678",
        "702", "704", "713", "716", "720", "727", "737", "763", "773", "786", "801", "813",
        "816", "832", "847", "901", "904", "916", "918", "919", "937", "940", "952", "972",
        "980", "206", "253", "425", "509", "208", "559", "408", "669"]
MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
                "comcast.net", "att.net", "protonmail.com", "sbcglobal.net", "live.com", "me.com"]


# ---------------------------------------------------------------- value generators
import unicodedata  # noqa: E402


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("ø", "o").replace("Ø", "O")


class Person:
    def __init__(self, first=None, last=None):
        self.first = first or pick(FIRST)
        self.last = last or pick(LAST)

    def full(self):
        return f"{self.first} {self.last}"

    def rev(self):
        return f"{self.last}, {self.first}"

    def any(self):
        r = R.random()
        if r < 0.55:
            return self.full()
        if r < 0.85:
            return self.rev()
        if r < 0.93:
            return f"{self.first} {pick('ABCDEFGHJKLMNPRSTW')}. {self.last}"
        return f"{self.last.upper()}, {self.first.upper()}"

    def email(self):
        f = ascii_fold(self.first).lower().replace("'", "").replace(" ", "").replace("-", "")
        l = ascii_fold(self.last).lower().replace("'", "").replace(" ", "")
        style = R.randrange(6)
        local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{R.randint(1, 99)}", f"{l}.{f}",
                 f"{f}_{l}{R.randint(70, 99)}", f"{f}.{l[0]}{R.randint(100, 999)}"][style]
        return f"{local}@{pick(MAIL_DOMAINS)}"


def ssn(fmt=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    fmt = fmt or pick(["dash", "dash", "plain", "space"])
    if fmt == "dash":
        return f"{a:03d}-{g:02d}-{s:04d}"
    if fmt == "space":
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}{g:02d}{s:04d}"


def phone(fmt=None, area=None):
    a = area or pick(AREA)
    e = R.randint(201, 989)
    n = R.randint(0, 9999)
    fmt = fmt or pick(["paren", "dash", "dot", "plus", "plain", "dash", "paren"])
    return {"paren": f"({a}) {e:03d}-{n:04d}", "dash": f"{a}-{e:03d}-{n:04d}",
            "dot": f"{a}.{e:03d}.{n:04d}", "plus": f"+1 {a} {e:03d} {n:04d}",
            "plain": f"{a}{e:03d}{n:04d}", "plusdash": f"+1-{a}-{e:03d}-{n:04d}"}[fmt]


def street():
    num = R.randint(2, 19999)
    dirp = pick(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
    s = f"{num} {dirp}{pick(STREETS)} {pick(SUFFIX)}"
    if chance(0.3):
        s += " " + pick([f"Apt {R.randint(1, 40)}{pick('ABCD')}", f"Unit {R.randint(1, 300)}",
                         f"#{R.randint(100, 999)}", f"Apt {R.randint(100, 1299)}", f"Lot {R.randint(1, 90)}"])
    return s


def city():
    return pick(CITIES)


def zipc(c, plus4=None):
    z = c[3] + "%02d" % R.randint(1, 99)
    if plus4 or (plus4 is None and chance(0.25)):
        z += "-%04d" % R.randint(1, 9999)
    return z


REF = dt.date(2025, 3, 1)


def rand_date(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def dob_adult():
    return rand_date(1958, 2003)


def dob_child():
    return rand_date(2004, 2024)


def dob_old():
    return rand_date(1924, 1934)


def event_date():
    lo = dt.date(2024, 1, 1) if chance(0.7) else dt.date(2021, 1, 1)
    return dt.date.fromordinal(R.randint(lo.toordinal(), dt.date(2025, 2, 28).toordinal()))


def future_date():
    return REF + dt.timedelta(days=R.randint(3, 200))


def age_of(d, ref=REF):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def fd(d, style=None):
    style = style or pick(["iso", "iso", "us", "us", "usshort", "mon", "long"])
    return {"iso": d.isoformat(), "us": d.strftime("%m/%d/%Y"),
            "usshort": f"{d.month}/{d.day}/{d.year}", "d8": d.strftime("%Y%m%d"),
            "mon": f"{d.day:02d}-{MON[d.month - 1]}-{d.year}",
            "long": f"{MONTH[d.month - 1]} {d.day}, {d.year}",
            "eu": d.strftime("%d.%m.%Y"), "dmy": d.strftime("%d/%m/%Y"),
            "monup": f"{d.day:02d}{MON[d.month - 1].upper()}{d.year}"}[style]


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


def card():
    pre = pick(["4", "5" + str(R.randint(1, 5)), "4", "37"])
    ln = 15 if pre == "37" else 16
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(ln - 1 - len(pre)))
    num = body + luhn_digit(body)
    if chance(0.4) and ln == 16:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if chance(0.2) and ln == 16:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    return num


def digits(n):
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def bank_acct():
    return digits(R.choice([8, 9, 10, 11, 12]))


def patient_acct():
    return pick([f"PA{digits(8)}", f"{digits(9)}", f"OHB-{digits(7)}", f"ACCT{digits(6)}-{R.randint(1, 9)}",
                 f"G{digits(10)}"])


def mrn():
    return pick([f"E{digits(7)}", f"{R.randint(0, 9)}{digits(7)}", f"MR{digits(6)}", f"OH-{digits(6)}",
                 f"{digits(3)}-{digits(2)}-{digits(2)}", f"EHS{digits(7)}"])


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi(dashes=None):
    n = "123456789"
    d = "0123456789"
    s = (R.choice(n) + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice(d) + R.choice(MBI_A)
         + R.choice(MBI_AN) + R.choice(d) + R.choice(MBI_A) + R.choice(MBI_A) + R.choice(d) + R.choice(d))
    if dashes or (dashes is None and chance(0.3)):
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def member_id():
    U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return pick([f"W{digits(9)}", f"U{digits(10)}", "".join(R.choice(U) for _ in range(3)) + digits(9),
                 f"{digits(9)}01", f"H{digits(8)}", f"MBR-{digits(8)}", f"ZGP{digits(9)}",
                 f"{R.choice(U)}{R.choice(U)}{digits(7)}", f"9{digits(10)}"])


def dl(state=None):
    st = state or pick(["CA", "TX", "FL", "NY", "IL", "PA", "OH", "WA", "GA", "MI", "NC", "AZ"])
    U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    ln = pick(LAST)
    l0 = ascii_fold(ln)[0].upper()
    num = {"CA": lambda: R.choice(U) + digits(7), "TX": lambda: digits(8),
           "FL": lambda: f"{l0}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-0",
           "NY": lambda: digits(9), "IL": lambda: f"{l0}{digits(3)}-{digits(4)}-{digits(4)}",
           "PA": lambda: digits(8), "OH": lambda: R.choice(U) + R.choice(U) + digits(6),
           "WA": lambda: "WDL" + "".join(R.choice(U + "0123456789") for _ in range(9)),
           "GA": lambda: digits(9), "MI": lambda: f"{l0} {digits(3)} {digits(3)} {digits(3)} {digits(3)}",
           "NC": lambda: digits(12), "AZ": lambda: R.choice(U) + digits(8)}[st]()
    return st, num


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = pick(["1HG", "2T1", "1FT", "3VW", "5YJ", "1G1", "JTD", "KM8", "1C4", "WBA", "4T1", "5NP"])
    rest = "".join(R.choice(VIN_CHARS) for _ in range(5))
    yr = pick("KLMNPRS")
    tail = R.choice(VIN_CHARS) + digits(6)
    v = wmi + rest + "0" + yr + tail
    tot = sum((int(c) if c.isdigit() else VIN_VAL[c]) * w for c, w in zip(v, VIN_W))
    chk = tot % 11
    return v[:8] + ("X" if chk == 10 else str(chk)) + v[9:]


def plate():
    U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return pick([f"{R.randint(1, 9)}{''.join(R.choice(U) for _ in range(3))}{digits(3)}",
                 f"{''.join(R.choice(U) for _ in range(3))}-{digits(4)}",
                 f"{''.join(R.choice(U) for _ in range(3))} {digits(4)}",
                 f"{digits(3)} {''.join(R.choice(U) for _ in range(3))}",
                 f"{''.join(R.choice(U) for _ in range(2))}{digits(2)}{''.join(R.choice(U) for _ in range(3))}"])


def mac():
    sep = pick([":", ":", "-"])
    oui = pick(["F4:5C:89", "A4:C1:38", "D0:03:DF", "C8:FF:77", "E4:5F:01", "00:1A:7D"])
    o = oui.replace(":", sep)
    return o + sep + sep.join("%02X" % R.randint(0, 255) for _ in range(3))


def imei():
    body = pick(["35", "86", "01", "35"]) + digits(12)
    return body + luhn_digit(body)


def dev_serial(kind):
    U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return {"pacer": lambda: f"{''.join(R.choice(U) for _ in range(3))}{digits(6)}{R.choice(U)}",
            "icd": lambda: f"RNL{digits(6)}H",
            "cgm": lambda: "".join(R.choice(U + "0123456789") for _ in range(10)),
            "pump": lambda: digits(8),
            "cochlear": lambda: f"{digits(4)}{digits(5)}",
            "hearing": lambda: f"{digits(2)}{R.choice(U)}{digits(7)}",
            "fitbit": lambda: "".join(R.choice("0123456789ABCDEF") for _ in range(12)),
            "cpap": lambda: f"2{digits(10)}",
            }[kind]()


def udi():
    return f"(01)0{digits(13)}(17){R.randint(26, 30)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}(21){digits(7)}"


def public_ip():
    while True:
        a = pick([24, 47, 50, 64, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99,
                  104, 107, 108, 136, 142, 162, 166, 173, 174, 184, 189, 201, 208, 209])
        ip = f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        return ip


def public_ip6():
    pre = pick(["2601", "2600:1700", "2603:6000", "2607:fb90", "2a02:8108"])
    parts = pre.split(":")
    while len(parts) < 4:
        parts.append("%x" % R.randint(0x100, 0xffff))
    return ":".join(parts + ["%x" % R.randint(1, 0xffff) for _ in range(4)])


def private_ip():
    return pick([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                 f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                 f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}", "127.0.0.1"])


def b64(nbytes, prefix=b""):
    raw = prefix + bytes(R.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


def fp_template():
    # ISO/IEC 19794-2 finger minutiae record starts with "FMR\0 20\0"
    return pick([b64(R.randint(60, 110), b"FMR\x00 20\x00"), b64(R.randint(60, 120)),
                 b64(R.randint(60, 90), b"\x03\x01\x00\xa0")])


def voice_template():
    return b64(R.randint(70, 130), b"VPRT\x01\x00")


def face_vector():
    return b64(R.randint(96, 128))


def hand_template():
    return "".join("%02X" % R.randint(0, 255) for _ in range(9))


def jpeg_b64():
    return b64(R.randint(70, 140), b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01")


def png_b64():
    return b64(R.randint(70, 130), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def hexid(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexid(32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def traceparent():
    return f"00-{hexid(32)}-{hexid(16)}-01"


def npi():
    body = str(R.randint(1, 2)) + "".join(str(R.randint(0, 9)) for _ in range(8))
    return body + luhn_digit("80840" + body)


def fein():
    return f"{R.randint(10, 98)}-{digits(7)}"


def passport():
    U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return pick([digits(9), f"{pick('ACEFGH')}{digits(8)}", f"{R.choice(U)}{R.choice(U)}{digits(7)}",
                 f"G{digits(8)}", f"{R.choice(U)}{digits(8)}"])


def curp(p, d, sex):
    U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    l = ascii_fold(p.last).upper().replace("'", "") + "XX"
    f = ascii_fold(p.first).upper() + "X"
    vow = next((c for c in l[1:] if c in "AEIOU"), "X")
    return (l[0] + vow + pick("AELMOR") + f[0] + d.strftime("%y%m%d") + sex
            + pick(["DF", "JC", "NL", "GT", "MC", "PL", "VZ", "CH"]) + R.choice(U) + R.choice(U) + R.choice(U)
            + R.choice("0123456789A") + str(R.randint(0, 9)))


def steuer_id():
    return digits(11)


def nino():
    return f"{pick(['AB', 'CE', 'JK', 'NP', 'SR', 'TW', 'WL'])}{digits(6)}{pick('ABCD')}"


def birth_cert():
    return pick([f"{R.randint(101, 156)}-{R.randint(2004, 2024)}-{digits(6)}", f"BC{digits(9)}",
                 f"{R.randint(2004, 2024)}{digits(6)}", f"K{digits(7)}"])


def marriage_cert():
    return pick([f"MC-{R.randint(2005, 2024)}-{digits(6)}", f"{R.randint(2005, 2024)}-{digits(5)}",
                 f"ML{digits(8)}"])


def a_number():
    return pick([f"A{digits(9)}", f"A-{digits(3)}-{digits(3)}-{digits(3)}", f"A0{digits(8)}"])


def personal_url(p):
    f = ascii_fold(p.first).lower().replace("'", "").replace(" ", "")
    l = ascii_fold(p.last).lower().replace("'", "").replace(" ", "")
    return pick([f"https://www.caringbridge.org/visit/{f}{l}",
                 f"https://www.gofundme.com/f/help-{f}-{l}-with-medical-bills",
                 f"https://www.linkedin.com/in/{f}-{l}-{hexid(6)}",
                 f"https://{f}{l}.wordpress.com/",
                 f"https://www.facebook.com/{f}.{l}.{R.randint(10, 9999)}",
                 f"http://{f}-{l}.com",
                 f"https://www.instagram.com/{f}_{l}{R.randint(1, 99)}/",
                 f"https://www.mealtrain.com/trains/{hexid(6)}?for={f}-{l}",
                 f"https://github.com/{f[0]}{l}{R.randint(1, 99)}"])


def photo_path(p, wid, allow_win=True):
    f = ascii_fold(p.first).lower().replace("'", "").replace(" ", "")
    l = ascii_fold(p.last).lower().replace("'", "").replace(" ", "")
    opts = [f"/mnt/hrshare/badge_photos/{wid}_{l}_{f}.jpg",
                 f"s3://hr-badge-photos-prod/{R.randint(2019, 2025)}/{wid}/face.png",
                 f"https://cdn.peoplehub.example.net/photos/workers/{hexid(24)}.jpg",
                 f"\\\\fs02\\HR\\IDBadge\\Photos\\{l.upper()}_{f.upper()}_{wid}.JPG",
                 f"/var/lib/ukg/clock_snapshots/{wid}/{hexid(8)}_face.jpeg",
                 f"/data/wc_claims/photos/{R.randint(2024, 2025)}/{wid}_injury_{R.randint(1, 6)}.jpg"]
    if not allow_win:
        opts = [o for o in opts if "\\" not in o]
    return pick(opts)


# ---------------------------------------------------------------- helpers for families
def addr_line(c=None, state_full=False, plus4=None):
    c = c or city()
    st = STATE_NAMES[c[2]] if state_full else c[2]
    return [V(street(), "address"), ", ", V(c[0], "address"), ", ", st, " ", V(zipc(c, plus4), "zip")]


def vendor_addr():
    v = pick(VENDORS)
    return f"{v[0]}, {v[1]}, {v[2]}, {v[3]} {v[4]}"


def employer():
    return pick(EMPLOYERS)


def wid():
    return hexid(32)


def worker_no():
    return str(R.randint(100000, 999999))


def aoid():
    return "G" + "".join(R.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(15))


def version():
    return f"{R.randint(1, 12)}.{R.randint(0, 30)}.{R.randint(0, 99)}"


def sha256():
    return hexid(64)


def dur_ms():
    return R.randint(3, 250000)


def masked_ssn():
    return pick(["XXX-XX-", "***-**-", "xxx-xx-", "*****"]) + "%04d" % R.randint(1, 9999)


def masked_card():
    return pick(["************", "XXXX-XXXX-XXXX-", "**** **** **** "]) + "%04d" % R.randint(0, 9999)


# ================================================================ F1 Workday JSON
WD_INTS = ["INT045_Benefits_Outbound_Aetna_834", "INT061_BCBS_834_Full_File", "INT077_Delta_Dental_834",
           "INT102_HealthEquity_HSA_Contrib", "INT110_Hartford_Leave_Outbound", "INT118_COBRA_QE_ClearPath",
           "INT130_WellSpring_Eligibility", "EIB_Benefit_Elections_Load", "INT088_VSP_Vision_834",
           "INT140_Unum_Life_Beneficiary"]


def fam_workday(pos):
    e = employer()
    base = {"ts": ts_iso_ms(), "level": pick(["INFO", "INFO", "WARN", "DEBUG"]), "tenant": pick(TENANTS),
            "svc": "wd-integrations", "integration": pick(WD_INTS)}
    if not pos:
        k = R.randrange(6)
        if k == 0:
            base.update({"event": "IntegrationEventCompleted", "runId": uuid4(), "status": "Completed",
                         "recordsProcessed": R.randint(200, 9000), "errors": R.randint(0, 3),
                         "durationMs": dur_ms(), "outputFile": f"{e[0].split()[0].upper()}_834_{tick().strftime('%Y%m%d_%H%M')}.txt",
                         "sha256": sha256(), "bytes": R.randint(100000, 9000000), "version": f"2025R1.{R.randint(0, 9)}.{R.randint(0, 20)}"})
        elif k == 1:
            base.update({"event": "EIBValidationError", "sheet": "Add Benefit Elections",
                         "row": R.randint(2, 4000), "field": "Benefit_Plan_ID",
                         "message": f"Benefit_Plan_ID 'MED_PPO_{R.randint(100, 999)}_2025' not found for Benefit_Group 'US_FT_NonUnion'",
                         "processedBy": pick(SVC), "traceparent": traceparent()})
        elif k == 2:
            base.update({"event": "OpenEnrollmentEventInitiated", "benefitGroup": pick(["US_FT_NonUnion", "US_PT_Union_Local_705", "US_Exec"]),
                         "planYear": 2026, "window": {"start": "2025-11-03", "end": "2025-11-17"},
                         "workersInScope": R.randint(900, 12000), "initiatedBy": pick(SVC),
                         "name": pick(PLANS), "email": f"benefits@{e[0].split()[0].lower()}.com"})
        elif k == 3:
            base.update({"event": "CalculatedFieldEval", "field": "CF_LRV_Age_Band", "value": pick(["40-44", "45-49", "55-59", "65+"]),
                         "evalMs": R.randint(1, 40), "ssn": None, "dateOfBirth": "REDACTED", "wid": wid()})
        elif k == 4:
            base.update({"event": "SFTPDelivery", "host": pick(["sftp.benefitbridge-tpa.com", "eft.clearpathcobra.com"]),
                         "port": pick([22, 2222, 10022]), "remotePath": "/inbound/834/", "fingerprint": "SHA256:" + b64(32).rstrip("="),
                         "latencyMs": dur_ms(), "retry": R.randint(0, 3), "vendorAddress": vendor_addr()})
        else:
            base.update({"event": "RetroDeductionCalc", "deductionCode": pick(["MED_PPO_EE", "DEN_FAM", "HSA_EE_PRETAX", "VIS_EE_SP"]),
                         "payPeriod": "2025-03-01/2025-03-15", "workersAffected": R.randint(1, 300),
                         "delta": round(R.uniform(-9000, 9000), 2), "build": f"wd-int-{R.randint(1000, 9999)}"})
        return "workday_json", J(base, compact=chance(0.3))
    w = Person()
    k = R.randrange(6)
    if k == 5:
        st, num = dl()
        docs = [{"list": "B", "type": "Driver's License", "issuer": "US-" + st, "documentNumber": V(num, "license"),
                 "expiration": f"{R.randint(2026, 2031)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"}]
        if chance(0.5):
            docs.append({"list": "C", "type": "Social Security Card", "documentNumber": V(ssn(), "ssn")})
        else:
            docs.append({"list": "C", "type": "Employment Authorization", "alienNumber": V(a_number(), "other_id")})
        base.update({"event": "FormI9Section2Completed", "wid": wid(), "employee": V(w.full(), "name"),
                     "firstDayOfEmployment": V(fd(event_date(), "iso"), "date"), "documents": docs, "reviewer": pick(SVC)})
        return "workday_json", J(base, compact=chance(0.3))
    if k == 0:
        dep = Person(last=w.last if chance(0.7) else None)
        ev = event_date()
        etype = pick(["Birth/Adoption", "Marriage", "Legal Guardianship"])
        rel = "Spouse" if etype == "Marriage" else "Child"
        base.update({"event": "BenefitEventCompleted", "eventType": etype,
                     "worker": {"wid": wid(), "legalName": V(w.full(), "name"), "dateOfBirth": V(fd(dob_adult(), "iso"), "date")},
                     "dependent": {"firstName": V(dep.first, "name"), "lastName": V(dep.last, "name"),
                                   "relationship": rel,
                                   "birthDate": V(fd(dob_adult() if rel == "Spouse" else dob_child(), "iso"), "date"),
                                   "nationalId": {"type": "USA-SSN", "value": V(ssn(pick(["dash", "plain"])), "ssn")}},
                     "eventDate": V(fd(ev, "iso"), "date"), "coverage": pick(PLANS)})
    elif k == 1:
        c = city()
        d = {"event": "ChangeHomeContactInformation", "wid": wid(),
             "workerName": V(w.any(), "name"),
             "addressLine1": V(street(), "address")}
        if chance(0.35):
            d["addressLine2"] = V(pick([f"Apt {R.randint(1, 40)}", f"Unit {R.randint(100, 999)}", f"Suite {R.randint(1, 20)}"]), "address")
        d.update({"municipality": V(c[0], "address"), "countrySubdivision": "USA-" + c[2],
                  "postalCode": V(zipc(c), "zip")})
        if chance(0.4):
            d["county"] = V(c[1], "address")
        d["homePhone"] = V(phone(), "phone")
        if chance(0.35):
            d["homeFax"] = V(phone(pick(["dash", "paren", "dot"])), "fax")
        if chance(0.6):
            d["personalEmail"] = V(w.email(), "email")
        d["effective"] = V(fd(event_date(), "iso"), "date")
        base.update(d)
    elif k == 2:
        b = Person(last=w.last if chance(0.5) else None)
        bd = dob_old()
        base.update({"event": "BeneficiaryDesignationChange", "plan": pick(["Unum Voluntary Life", "Basic Life 1x Salary", "AD&D Supplemental"]),
                     "worker": {"wid": wid(), "preferredName": V(w.full(), "name")},
                     "beneficiary": {"name": V(b.any(), "name"), "relationship": pick(["Parent", "Grandparent", "Other Relative"]),
                                     "dob": V(fd(bd, pick(["iso", "us"])), "date"),
                                     "ageAtDesignation": V(str(age_of(bd)), "age", raw=True), "pct": 100,
                                     "phone": V(phone(), "phone")}})
    elif k == 3:
        base.update({"event": "WorkerProfileSync", "target": "PeopleHub", "wid": wid(),
                     "displayName": V(w.full(), "name"),
                     "personalWebsite": V(personal_url(w), "url"),
                     "photo": {"mime": pick(["image/jpeg", "image/png"]), "source": "Workday"}})
        if base["photo"]["mime"] == "image/jpeg":
            base["photo"]["base64"] = V(jpeg_b64(), "photo")
        else:
            base["photo"]["base64"] = V(png_b64(), "photo")
        if chance(0.5):
            base["photo"]["path"] = V(photo_path(w, worker_no(), allow_win=False), "photo")
    else:
        bd = dob_old()
        base.update({"event": "RetireeCoverageUpdate", "retiree": {"name": V(w.any(), "name"),
                     "dateOfBirth": V(fd(bd, "iso"), "date"), "age": V(str(age_of(bd)), "age", raw=True),
                     "medicareBeneficiaryIdentifier": V(mbi(), "health_plan"),
                     "partDEffective": V(fd(event_date(), "iso"), "date")},
                     "plan": pick(["Retiree Medicare Advantage PPO", "Retiree Rx EGWP"]), "groupNumber": f"GRP{digits(5)}"})
    return "workday_json", J(base, compact=chance(0.3))


# ================================================================ F2 ADP key=value
def adp_prefix():
    return f"{ts_log4j()} {pick(['INFO ', 'INFO ', 'WARN ', 'DEBUG'])} [adp-sync-worker-{R.randint(1, 8)}] com.{pick(['northwind', 'contoso', 'fabrikam'])}.hr.adp.{pick(['DeductionSync', 'WorkerSync', 'DependentSync', 'PayDataInput'])} - "


def fam_adp(pos):
    pre = adp_prefix()
    if not pos:
        k = R.randrange(5)
        if k == 0:
            body = kv([("op", "TOKEN_REFRESH"), ("client", pick(SVC)), ("expires_in", 3600), ("scope", "api"),
                       ("cert_cn", "wfn-api-client.northwind.com"), ("tls", "TLSv1.3")])
        elif k == 1:
            body = kv([("op", "HTTP_RETRY"), ("status", 429), ("url", f"https://api.adp.com/hr/v2/workers?$top=100&$skip={R.randint(1, 60) * 100}"),
                       ("retry_after", f"{R.randint(5, 60)}s"), ("correlationId", uuid4())])
        elif k == 2:
            body = kv([("op", "DED_CODE_MAP"), ("code", pick(["HSAEE", "DENTF", "MEDEE", "VISEE", "LTDVL", "FSAHC"])),
                       ("desc", pick(["HSA EE Pre-Tax", "Dental Family", "Vision EE", "LTD Voluntary"])),
                       ("arrears", "N"), ("goal", "0.00"), ("eff", "2025-01-01"), ("co", pick(["ACM1", "NWL2", "CTS9"]))])
        elif k == 3:
            body = kv([("op", "PAY_CYCLE_CLOSE"), ("payDate", "2025-03-14"), ("batch", f"PB{digits(4)}"),
                       ("files", R.randint(1, 6)), ("employees", R.randint(900, 9000)), ("dur", f"00:0{R.randint(1, 9)}:{R.randint(10, 59)}"),
                       ("routing", "021000021"), ("aoid", aoid())])
        else:
            body = kv([("op", "ASSOCIATE_SYNC"), ("aoid", aoid()), ("fileNbr", "%06d" % R.randint(1, 999999)),
                       ("changed", "benefitsEligibilityClass"), ("from", "FT30"), ("to", "FT40"),
                       ("ssn", masked_ssn()), ("by", pick(SVC))])
        return "adp_kv", [pre, body]
    w = Person()
    k = R.randrange(6)
    if k == 5:
        body = kv([("op", "CAR_ALLOWANCE_VERIFY"), ("aoid", aoid()), ("employee", V(w.full(), "name")),
                   ("vehicle", f"{R.randint(2014, 2025)} {pick(['Subaru Outback', 'Chevrolet Equinox', 'Honda Accord', 'Ram 1500'])}"),
                   ("vin", V(vin(), "vehicle")), ("plateNo", V(plate(), "vehicle")), ("insExp", f"{R.randint(2025, 2026)}-{R.randint(1, 12):02d}-01"),
                   ("monthly", "450.00")])
        return "adp_kv", [pre, body]
    if k == 0:
        body = kv([("op", "UPSERT_DIRECT_DEPOSIT"), ("aoid", aoid()), ("fileNbr", "%06d" % R.randint(1, 999999)),
                   ("acctType", pick(["Checking", "Savings"])), ("routing", pick(["021000021", "111000614", "071000013", "091000019"])),
                   ("acctNbr", V(bank_acct(), "account")), ("holder", V(w.any(), "name")), ("pct", 100)])
    elif k == 1:
        body = kv([("op", "HSA_CONTRIB"), ("employee", V(w.rev(), "name")), ("hsaAcctNo", V(digits(R.choice([9, 10, 11])), "account")),
                   ("custodian", pick(["HealthEquity", "Fidelity HSA", "Optum Bank"])), ("perPay", "%.2f" % R.uniform(20, 300)),
                   ("ytd", "%.2f" % R.uniform(100, 3000)), ("limit", pick(["4300.00", "8550.00"])), ("catchUp", pick(["true", "false"]))])
    elif k == 2:
        d = Person(last=w.last)
        rel = pick(["CH", "SP", "DP", "SC", "CH"])
        body = kv([("op", "ADD_DEPENDENT"), ("aoid", aoid()), ("depFirst", V(d.first, "name")), ("depLast", V(d.last, "name")),
                   ("depDOB", V(fd(dob_child() if rel in ("CH", "SC") else dob_adult(), pick(["us", "iso"])), "date")), ("depSSN", V(ssn(), "ssn")),
                   ("rel", rel), ("student", pick(["Y", "N"]) if rel in ("CH", "SC") else "N")])
    elif k == 3:
        ch = Person(last=w.last if chance(0.6) else None)
        cp = Person(last=ch.last)
        c = city()
        body = [kv([("op", "MED_SUPPORT_ORDER"), ("form", "NMSN"), ("caseRef", f"{c[2]}-CSE-{digits(7)}"),
                    ("alternateRecipient", V(ch.full(), "name")), ("arDOB", V(fd(dob_child(), "us"), "date")),
                    ("custodialParent", V(cp.full(), "name"))]),
                ' cpAddr="', V(street(), "address"), ", ", V(c[0], "address"), ", ", c[2], " ", V(zipc(c), "zip"), '"']
    else:
        body = kv([("op", "WORKER_ONBOARD_BENEFITS"), ("aoid", aoid()), ("legalName", V(w.full(), "name")),
                   ("birthDate", V(fd(dob_adult(), "iso"), "date")), ("hireDate", V(fd(event_date(), "iso"), "date")),
                   ("taxId", V(ssn("dash"), "ssn")), ("mobile", V(phone("dash"), "phone")),
                   ("benefitsEligible", V(fd(future_date(), "iso"), "date"))])
    return "adp_kv", [pre, body]


# ================================================================ F3 UKG (Pro exports + Dimensions clocks)
def clock_id():
    return f"INTOUCH-DX-{R.randint(100, 999):04d}", f"IDX{digits(7)}"


def fam_ukg(pos):
    cid, sn = clock_id()
    if not pos:
        k = R.randrange(5)
        if k == 0:
            return "ukg_pipe", f"HDR|UKGPRO|{pick(['NORTHWIND', 'CONTOSO', 'FABRIKAM'])}|BEN_EXPORT|{tick().strftime('%Y%m%d|%H%M%S')}|v{R.randint(2, 4)}.{R.randint(0, 9)}|PLANYR=2025"
        if k == 1:
            return "ukg_pipe", f"TRL|DTL_COUNT={R.randint(500, 9000)}|SUM_DED={R.uniform(1e4, 9e5):.2f}|SHA1={hexid(40)}|GEN={ts_iso()}"
        if k == 2:
            return "ukg_pipe", (f"UKG-DIM|{ts_iso()}|clock={cid}|sn={sn}|fw={version()}.{R.randint(10, 99)}|evt=HEARTBEAT|ip={private_ip()}"
                                f"|punches_buffered={R.randint(0, 40)}|uptime={R.randint(1, 90)}d{R.randint(0, 23):02d}h|tz=America/Chicago")
        if k == 3:
            return "ukg_pipe", (f"UKG-DIM|{ts_iso()}|clock={cid}|sn={sn}|evt=PUNCH|personNum={worker_no()}|badge=****{R.randint(1000, 9999)}"
                                f"|dept={pick(['OR-3', 'ED-1', 'WH-07', 'DOCK-2', 'ICU-4'])}|verify=FINGER|score={R.randint(60, 99)}|result=ACCEPTED")
        return "ukg_pipe", (f"UKG-DIM|{ts_iso()}|clock={cid}|sn={sn}|evt=BIO_POLICY|templates_stored={R.randint(50, 900)}"
                            f"|alg=ISO19794-2|retention_days=1095|consent_form=BIPA-2024-v3|policy_url=https://hr.northwind.com/policies/biometric-privacy")
    w = Person()
    k = R.randrange(5)
    if k == 0:
        return "ukg_pipe", [f"UKG-DIM|{ts_iso()}|clock={cid}|sn={sn}|evt=BIO_ENROLL|personNum={worker_no()}|name=", V(w.rev(), "name"),
                            f"|finger={pick(['R_INDEX', 'L_INDEX', 'R_THUMB', 'L_MIDDLE'])}|q={R.randint(55, 99)}|tmpl=", V(fp_template(), "biometric")]
    if k == 1:
        return "ukg_pipe", [f"HP4000|{ts_iso()}|reader={R.randint(1, 32)}|ENROLL|emp={worker_no()}|", V(w.full(), "name"),
                            "|handTemplate=", V(hand_template(), "biometric"), f"|score={R.randint(10, 80)}"]
    if k == 2:
        out = [f"UKG-DIM|{ts_iso()}|clock={cid}|sn={sn}|evt=FACE_ENROLL|personNum={worker_no()}|faceVector=", V(face_vector(), "biometric")]
        if chance(0.7):
            out += ["|snapshot=", V(photo_path(w, worker_no()), "photo")]
        return "ukg_pipe", out
    if k == 3:
        c = city()
        return "ukg_pipe", ["DTL|", worker_no(), "|", V(ascii_fold(w.last).upper(), "name"), "|", V(ascii_fold(w.first).upper(), "name"), "|",
                            V(fd(dob_adult(), "us"), "date"), "|", V(ssn("plain"), "ssn"), "|", pick("MF"), "|",
                            V(street().upper(), "address"), "|", V(c[0].upper(), "address"), "|", c[2], "|", V(zipc(c, False), "zip"), "|",
                            V(phone("plain"), "phone"), "|MED|", pick(["PPO500", "HDHP3000", "HMO20"]), "|", pick(["EE", "EE+SP", "EE+CH", "FAM"]), "|",
                            V(fd(event_date(), "us"), "date")]
    return "ukg_pipe", [f"UKG-PRO|{ts_iso()}|LIFE_EVENT|personNum={worker_no()}|evt=", pick(["DIVORCE", "DEATH_OF_DEPENDENT", "LOSS_OF_OTHER_COVERAGE"]),
                        "|ee=", V(w.full(), "name"), "|evtDate=", V(fd(event_date(), "iso"), "date"),
                        "|memberId=", V(member_id(), "health_plan"), "|carrier=", pick(["BCBSIL", "AETNA", "CIGNA", "UHC"])]


# ================================================================ F4 EDI 834 (employer side)
def x12_prefix(direction="OUTBOUND"):
    return f"{ts_iso()} x12-translator[{R.randint(1000, 9999)}] {direction} 834 5010 ctl={R.randint(1, 99999):09d} "


def fam_edi834(pos):
    if not pos:
        k = R.randrange(4)
        t = tick()
        ctl = R.randint(1, 99999)
        if k == 0:
            snd = pick(["NORTHWIND", "CONTOSOMFG", "FABRIKAMFD"])
            rcv = pick(["AETNA834", "BCBSIL", "DELTADEN", "VSPVISION"])
            return "edi_834", (x12_prefix() + f"ISA*00*          *00*          *ZZ*{snd:<15}*ZZ*{rcv:<15}*{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{ctl:09d}*0*P*:~"
                               f"GS*BE*{snd}*{rcv}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{ctl}*X*005010X220A1~ST*834*0001*005010X220A1~"
                               f"BGN*00*{ctl}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M%S')}****{pick(['2', '4'])}~REF*38*{digits(6)}~DTP*007*D8*20250101~")
        if k == 1:
            return "edi_834", (x12_prefix() + f"N1*P5*{employer()[0].upper()}*FI*{fein().replace('-', '')}~N1*IN*{pick(['AETNA LIFE INSURANCE CO', 'HEALTH CARE SERVICE CORP', 'DELTA DENTAL'])}*FI*{digits(9)}~"
                               f"SE*{R.randint(50, 90000)}*0001~GE*1*{ctl}~IEA*1*{ctl:09d}~")
        if k == 2:
            return "edi_834", (f"{ts_iso()} x12-translator[{R.randint(1000, 9999)}] INBOUND 999 ctl={ctl:09d} "
                               f"ST*999*0001*005010X231A1~AK1*BE*{ctl}*005010X220A1~AK2*834*0001*005010X220A1~IK5*A~AK9*A*1*1*1~SE*6*0001~")
        return "edi_834", (x12_prefix() + f"validation WARN loop=2300 seg=HD elem=HD03 value=HLT plan_cov=PPO{R.randint(100, 999)} "
                           f"cov_level={pick(['EMP', 'ESP', 'ECH', 'FAM'])} members_in_file={R.randint(100, 9000)} maint_type=030 audit_only=true")
    w = Person()
    c = city()
    d_ssn = ssn("plain")
    segs = [f"INS*Y*18*{pick(['021', '001', '024', '030'])}*{pick(['28', 'XN', 'AI', 'EC'])}*A***{pick(['FT', 'PT'])}~"]
    if chance(0.5):
        segs += ["REF*0F*", V(d_ssn, "ssn"), "~"]
    else:
        segs += ["REF*0F*", V(member_id(), "health_plan"), "~"]
    segs += [f"REF*1L*GRP{digits(5)}~", "DTP*356*D8*", V(fd(event_date(), "d8"), "date"), "~",
             "NM1*IL*1*", V(ascii_fold(w.last).upper(), "name"), "*", V(ascii_fold(w.first).upper(), "name"), "****34*", V(d_ssn, "ssn"), "~"]
    if chance(0.6):
        segs += ["PER*IP**HP*", V(phone("plain"), "phone")]
        if chance(0.5):
            segs += ["*EM*", V(w.email().upper(), "email")]
        segs += ["~"]
    st = street().upper()
    if " APT " in st or " UNIT " in st or " LOT " in st:
        i = max(st.find(" APT "), st.find(" UNIT "), st.find(" LOT "))
        segs += ["N3*", V(st[:i], "address"), "*", V(st[i + 1:], "address"), "~"]
    else:
        segs += ["N3*", V(st, "address"), "~"]
    segs += ["N4*", V(c[0].upper(), "address"), "*", c[2], "*", V(zipc(c).replace("-", ""), "zip"), "~",
             "DMG*D8*", V(fd(dob_adult(), "d8"), "date"), f"*{pick('FM')}*{pick('MIU')}~",
             f"HD*021**HLT*{pick(['PPO500', 'HDHP3000', 'EPO250'])}*{pick(['EMP', 'FAM', 'ESP'])}~", "DTP*348*D8*", V(fd(event_date(), "d8"), "date"), "~"]
    if chance(0.4):
        dep = Person(last=w.last)
        segs += [f"INS*N*19*021*28*A***~REF*0F*", V(d_ssn, "ssn"), "~NM1*IL*1*", V(ascii_fold(dep.last).upper(), "name"), "*",
                 V(ascii_fold(dep.first).upper(), "name"), "~DMG*D8*", V(fd(dob_child(), "d8"), "date"), f"*{pick('FM')}~"]
    return "edi_834", [x12_prefix(), segs]


# ================================================================ F5 COBRA notice syslog (RFC 5424)
def cobra_prefix(msgid):
    host = pick(["cobra-notice-01", "cobra-notice-02", "cobra-batch-01"]) + ".corp.clearpath.local"
    return f"<{pick([134, 133, 131])}>1 {ts_iso_ms()} {host} cobrad {R.randint(1000, 65000)} {msgid} "


def fam_cobra(pos):
    if not pos:
        k = R.randrange(4)
        if k == 0:
            return "cobra_syslog", cobra_prefix("BATCH_PRINT") + (f'[batch id="GR-{tick().strftime("%Y%m%d")}" vendor="PrintCo"] printed={R.randint(50, 900)} '
                                                                   f'returned_mail={R.randint(0, 9)} usps_imb={digits(20)} sla_ok=true')
        if k == 1:
            return "cobra_syslog", cobra_prefix("PREMIUM_POST") + (f'plan="{pick(PLANS)}" remit_total={R.uniform(1e3, 3e5):,.2f} check_no={digits(6)} '
                                                                    f'lockbox="ClearPath COBRA Services, PO Box 9{R.randint(1000, 9999)}, Boston, MA 02109" support=1-877-555-0161')
        if k == 2:
            return "cobra_syslog", cobra_prefix("GRACE_SWEEP") + (f'qbs_past_grace={R.randint(0, 80)} grace_days=30 '
                                                                   f'report=/reports/cobra/grace_{tick().strftime("%Y%m%d")}.csv dur_ms={dur_ms()}')
        return "cobra_syslog", cobra_prefix("RULES") + (f'rule=ARRA_SUBSIDY disabled since 2021-10-01; max_cov_months=18/29/36; '
                                                         f'election_window_days=60 version={version()} build={R.randint(1000, 9999)}')
    q = Person()
    k = R.randrange(4)
    if k == 0:
        c = city()
        qe = event_date()
        loc = dt.date(qe.year + (qe.month == 12), qe.month % 12 + 1, 1) - dt.timedelta(days=1)
        return "cobra_syslog", [cobra_prefix("QE_NOTICE"), '[qe type="', pick(["TERMINATION", "REDUCTION_IN_HOURS", "DIVORCE", "DEPENDENT_AGE_OUT"]),
                                '"] qb="', V(q.full(), "name"), '" qe_dt=', V(fd(qe, "iso"), "date"),
                                " loc_dt=", V(fd(loc, "iso"), "date"), ' notice=ELECTION mail_to="',
                                V(street(), "address"), ", ", V(c[0], "address"), ", ", c[2], " ", V(zipc(c), "zip"), '" class=FIRST']
    if k == 1 and chance(0.4):
        return "cobra_syslog", [cobra_prefix("ELECTION_FORM_RX"), 'qb="', V(q.full(), "name"), '" channel=FAX from_fax=', V(phone(pick(["dash", "plain", "paren"])), "fax"),
                                f" pages={R.randint(1, 5)} plans_elected={pick(['MED', 'MED+DEN', 'MED+DEN+VIS'])} rx_tiff=/var/spool/fax/{hexid(10)}.tif"]
    if k == 1:
        return "cobra_syslog", [cobra_prefix("EMAIL_DELIVERY"), "notice=GENERAL_RIGHTS delivered_to=", V(q.email(), "email"),
                                ' qb="', V(q.rev(), "name"), f'" smtp=250 msgid=<{hexid(16)}@mail.clearpath.local>']
    if k == 2:
        bd = dob_old()
        return "cobra_syslog", [cobra_prefix("MSP_CHECK"), 'Medicare secondary payer check for QB "', V(q.full(), "name"),
                                '", dob ', V(fd(bd, "us"), "date"), ", age ", V(str(age_of(bd)), "age"), ", MBI ", V(mbi(), "health_plan"),
                                " -> Medicare primary; COBRA secondary"]
    return "cobra_syslog", [cobra_prefix("PAYMENT"), 'qb="', V(q.any(), "name"), '" method=ACH bank_acct=', V(bank_acct(), "account"),
                            f" amount={R.uniform(300, 2400):.2f} coverage_month=2025-03 phone=", V(phone(), "phone")]


# ================================================================ F6 FSA / HSA / HRA claims CSV
MERCH = ['"CVS/pharmacy #0' + str(R.randint(1000, 9999)) + '"', '"Walgreens #' + str(R.randint(1000, 19999)) + '"',
         '"Costco Optical"', '"Kroger Pharmacy"', '"Target Store T-1187"', '"Amazon.com*HSA"']


def fam_fsa(pos):
    cid = f"CLM{tick().strftime('%Y%m%d')}{R.randint(1, 99999):05d}"
    if not pos:
        k = R.randrange(4)
        if k == 0:
            return "fsa_claims_csv", "claim_id,plan_type,card_last4,participant,service_date,merchant,amount,status,mcc,iias,ref"
        if k == 1:
            return "fsa_claims_csv", f"SETTLE,{tick().date().isoformat()},MCC 5912,IIAS,count={R.randint(100, 9000)},amount={R.uniform(1e3, 9e5):.2f},batch={uuid4()}"
        if k == 2:
            return "fsa_claims_csv", f"{cid},{pick(['HCFSA', 'LPFSA', 'DCFSA'])},{masked_card()},,,{pick(MERCH)},{R.uniform(5, 400):.2f},AUTO_SUBSTANTIATED,5912,Y,{hexid(12)}"
        return "fsa_claims_csv", f"RULE,{pick(['IRS-213d', 'IRS-129'])},plan_year=2025,limit={pick(['3300.00', '5000.00'])},rollover=640.00,grace_end=2026-03-15,ver={version()}"
    p = Person()
    k = R.randrange(4)
    if k == 0:
        return "fsa_claims_csv", [cid, ",HCFSA,", V(card(), "account"), ",", '"', V(p.rev(), "name"), '",', V(fd(event_date(), "us"), "date"), ",",
                                  pick(MERCH), f",{R.uniform(5, 400):.2f},SUBST_REQUIRED,5912,N,{hexid(12)}"]
    if k == 1:
        dep = Person(last=p.last)
        return "fsa_claims_csv", [cid, ",HSA,REIMB,", V(p.full(), "name"), ",patient=", V(dep.full(), "name"), ",dos=",
                                  V(fd(event_date(), "iso"), "date"), f',"{pick(DOCS)}, DDS",{R.uniform(50, 900):.2f},APPROVED,ACH,', V(bank_acct(), "account")]
    if k == 2:
        return "fsa_claims_csv", [cid, ",HRA,EOB,", V(p.any() if "," not in p.any() else p.full(), "name"), ",pt_acct=", V(patient_acct(), "account"),
                                  f',"{pick(["Baylor Scott & White", "Mercy Clinic", "Kaiser Permanente", "OhioHealth"])}",',
                                  V(fd(event_date(), "us"), "date"), f",{R.uniform(50, 3000):.2f},PENDING_EOB,,N,"]
    if chance(0.35):
        return "fsa_claims_csv", [cid, ",LPFSA,RECEIPT_FAX,", V(p.full(), "name"), ",fax_from=", V(phone("dash"), "fax"), ",dos=",
                                  V(fd(event_date(), "us"), "date"), f",{R.uniform(20, 600):.2f},RECEIVED,,N,"]
    ch = Person(last=p.last)
    return "fsa_claims_csv", [cid, ",DCFSA,", V(p.full(), "name"), ',"Little Sprouts Daycare LLC",child=', V(ch.first + " " + ch.last, "name"),
                              ",child_dob=", V(fd(dob_child(), "us"), "date"), f",{R.uniform(200, 1500):.2f},PENDING_DOC,8351,N,"]


# ================================================================ F7 Wellness / biometric screening uploads (JSON)
def fam_wellness(pos):
    base = {"@timestamp": ts_iso_ms(), "source": pick(["WellSpring-Screening", "VirginPulse-Connector", "QuestWellness-SFTP", "Onsite-Screening-App"]),
            "program": pick(["Thrive 2025", "Know Your Numbers", "Healthy Rewards Q1"]), "trace_id": hexid(32)}
    if not pos:
        k = R.randrange(4)
        if k == 0:
            base.update({"msg": "cohort aggregate computed", "cohort": "2025Q1", "participants": R.randint(300, 9000),
                         "avg_bmi": round(R.uniform(24, 31), 1), "avg_ldl": R.randint(95, 130), "completion": round(R.uniform(0.3, 0.8), 3),
                         "incentive_usd": pick([250, 300, 500]), "min_cell_size": 20})
        elif k == 1:
            base.update({"msg": "biometric screening file accepted", "file": f"screening_{tick().strftime('%Y%m%d')}_{R.randint(1, 9)}.csv.pgp",
                         "rows": R.randint(100, 5000), "rejected": R.randint(0, 12), "pgp_key": hexid(16).upper(),
                         "schema": f"v{R.randint(2, 5)}.{R.randint(0, 9)}", "sftp": "sftp.wellspring-screening.com:22"})
        elif k == 2:
            base.update({"msg": "device sync summary", "vendor": pick(["Fitbit", "Garmin", "Apple Health", "Withings"]),
                         "devices_synced": R.randint(100, 4000), "api": "https://api.fitbit.com/1/user/-/activities/date/2025-03-03.json",
                         "rate_limit_remaining": R.randint(0, 150), "latency_ms": dur_ms()})
        else:
            base.update({"msg": "challenge leaderboard published", "challengeId": uuid4(), "teams": R.randint(5, 80),
                         "top_team": pick(["Step Sisters", "Dock 7 Walkers", "ICU Trailblazers", "Payroll Pacers"]),
                         "steps_total": R.randint(10**6, 9 * 10**7), "biometric": "screening", "ssn": "not_collected"})
        return "wellness_json", J(base, compact=chance(0.4))
    p = Person()
    k = R.randrange(5)
    if k == 4:
        base.update({"msg": "social fitness profile linked", "participant": V(p.full(), "name"),
                     "profileUrl": V(pick([f"https://www.strava.com/athletes/{digits(8)}", personal_url(p)]), "url"),
                     "cgm": {"model": "Dexcom G7", "transmitterSn": V(dev_serial("cgm"), "device")} if chance(0.5) else None})
        return "wellness_json", J(base, compact=chance(0.4))
    if k == 0:
        base.update({"msg": "screening result ingested",
                     "participant": {"first": V(p.first, "name"), "last": V(p.last, "name"), "dob": V(fd(dob_adult(), pick(["iso", "us"])), "date"),
                                     "memberId": V(member_id(), "health_plan")},
                     "screening": {"date": V(fd(event_date(), "iso"), "date"), "bmi": round(R.uniform(19, 40), 1), "ldl": R.randint(60, 190),
                                   "hdl": R.randint(30, 90), "a1c": round(R.uniform(4.6, 8.9), 1), "bp": f"{R.randint(100, 160)}/{R.randint(60, 100)}",
                                   "nicotine": pick(["negative", "positive"])}})
    elif k == 1:
        kind = pick(["mac", "serial", "imei"])
        dev = {"model": pick(["Fitbit Charge 6", "Garmin Venu 3", "Withings Body+ scale", "Omron Evolv BP"])}
        if kind == "mac":
            dev["btMac"] = V(mac(), "device")
        elif kind == "serial":
            dev["serialNumber"] = V(dev_serial("fitbit"), "device")
        else:
            dev["phoneImei"] = V(imei(), "device")
        base.update({"msg": "wearable linked", "participantEmail": V(p.email(), "email"), "device": dev,
                     "linkedAt": ts_iso()})
    elif k == 2:
        base.update({"msg": "profile photo uploaded", "user": V(p.full(), "name"), "clientIp": V(public_ip(), "ip"),
                     "avatarB64": V(pick([jpeg_b64, png_b64])(), "photo"), "bytes": R.randint(20000, 400000)})
    else:
        base.update({"msg": "coaching referral", "participant": V(p.any(), "name"), "mobile": V(phone(), "phone"),
                     "clinicMrn": V(mrn(), "mrn"),
                     "reason": pick(["A1c >= 6.5", "BP >= 140/90", "BMI >= 35"]), "coach": pick(STAFF),
                     "preferred_time": "evenings"})
    return "wellness_json", J(base, compact=chance(0.4))


# ================================================================ F8 Leave management (FMLA / STD / LTD)
def leave_prefix():
    return f"{ts_dot()} {pick(['INFO ', 'INFO ', 'WARN ', 'DEBUG'])} [{pick(['absence-mgr', 'leave-intake', 'std-claims', 'ada-accom'])}] {pick(['LeaveCaseService', 'CaseNoteWriter', 'CertTracker', 'DonationProgram'])}: "


def case_no():
    return f"LV-{R.randint(2024, 2025)}-{R.randint(1, 99999):05d}"


def fam_leave(pos):
    pre = leave_prefix()
    if not pos:
        k = R.randrange(5)
        if k == 0:
            return "leave_mgmt", pre + f"SLA timer fired case={case_no()} status=PENDING_CERT days_open={R.randint(1, 30)} assignee={pick(SVC)}"
        if k == 1:
            return "leave_mgmt", pre + f"FMLA eligibility recalculated for {R.randint(900, 12000)} employees (12-month rolling lookback, 1,250 hr test) in {dur_ms()} ms"
        if k == 2:
            return "leave_mgmt", pre + (f"Certification received by fax from provider office {phone('dash')} ({pick(DOCS)}), "
                                        f"pages={R.randint(2, 9)} case={case_no()} stored=doc://leave/{uuid4()}")
        if k == 3:
            return "leave_mgmt", pre + f"Intermittent usage report generated: /reports/leave/2025-03/usage.csv rows={R.randint(50, 900)} by {pick(STAFF)}"
        return "leave_mgmt", pre + (f"Carrier feed to {pick(['The Hartford', 'Lincoln Financial', 'Sedgwick', 'Matrix Absence Management'])} "
                                    f"ok: cases={R.randint(1, 400)} http=200 endpoint=https://api.{pick(['thehartford', 'lfg', 'sedgwick'])}.example/leave/v3 ver={version()}")
    e = Person()
    k = R.randrange(6)
    if k == 0:
        return "leave_mgmt", [pre, f"case {case_no()} opened type={pick(['FMLA_CONTINUOUS', 'FMLA_INTERMITTENT', 'STD', 'PFL_WA', 'CFRA'])} ee=\"",
                              V(e.full(), "name"), '" dob=', V(fd(dob_adult(), "iso"), "date"), " leave_start=", V(fd(event_date(), "iso"), "date"),
                              " expected_rtw=", V(fd(future_date(), "iso"), "date"), f" reason=\"{pick(['serious health condition - self', 'care of parent', 'bonding', 'pregnancy'])}\""]
    if k == 1:
        sp = Person(last=e.last if chance(0.6) else None)
        return "leave_mgmt", [pre, f"Note by case mgr {pick(STAFF)}: spoke with employee's {pick(['wife', 'husband', 'partner', 'daughter'])} ",
                              V(sp.full(), "name"), " at ", V(phone(), "phone"), "; ", V(e.first, "name"),
                              f" admitted to {pick(['Methodist Hospital', 'St. Luke', 'Mercy General'])}, expected back ", V(fd(future_date(), pick(["us", "long"])), "date"), "."]
    if k == 2:
        return "leave_mgmt", [pre, f"STD claim submitted to The Hartford for claimant ", V(e.rev(), "name"), " (emp health MRN ", V(mrn(), "mrn"), "), last day worked ",
                              V(fd(event_date(), "us"), "date"), ", preferred contact fax ", V(phone(pick(["dash", "paren"])), "fax"),
                              ", cell ", V(phone(), "phone")]
    if k == 3:
        return "leave_mgmt", [pre, "PTO donation campaign opened for ", V(e.full(), "name"), " (dept ", pick(["OR-3", "Dock 7", "Payroll"]),
                              "); family update page ", V(personal_url(e), "url"), f", donors so far {R.randint(0, 40)}"]
    if k == 4:
        dec = Person(last=e.last if chance(0.7) else None)
        dd = dob_old()
        return "leave_mgmt", [pre, f"bereavement leave approved case={case_no()}: decedent ", V(dec.full(), "name"),
                              f" ({pick(['mother', 'father', 'grandmother', 'grandfather'])} of ", V(e.full(), "name"), "), DOD ",
                              V(fd(event_date(), pick(["us", "iso"])), "date"), ", age ", V(str(R.randint(90, 104)), "age"), ", 3 days paid"]
    return "leave_mgmt", [pre, f"ADA accommodation request case={case_no()} from ", V(e.any(), "name"), ": ergonomic chair + remote work 2 days/wk; home addr ",
                          addr_line(), "; email ", V(e.email(), "email")]


# ================================================================ F9 Return-to-work / fitness-for-duty notes (free text)
def fam_rtw(pos):
    pre = f"[occmed-notes] {tick().strftime('%Y-%m-%d %H:%M')} "
    if not pos:
        k = R.randrange(4)
        if k == 0:
            return "rtw_note", pre + f"template FFD_v{R.randint(2, 4)}.{R.randint(0, 9)} rendered in {R.randint(20, 900)}ms; restrictions catalog updated ({R.randint(20, 90)} codes)"
        if k == 1:
            doc = pick(DOCS)
            v = VENDORS[2]
            return "rtw_note", pre + f"{doc} (NPI {npi()}) signed {R.randint(2, 40)} RTW notes in batch {tick().strftime('%Y-%m-%d')}; clinic {v[0]}, {v[1]}, {v[2]} {v[3]} {v[4]}, fax {pick(['512-555-0189', '(512) 555-0190'])}"
        if k == 2:
            return "rtw_note", pre + f"restriction code R-LIFT-{pick([10, 20, 35, 50])} mapped to Workday job restriction JR_{R.randint(1, 200):04d}; no-ladder R-LAD-01 unchanged"
        return "rtw_note", pre + f"queue depth={R.randint(0, 60)} pending physician review; oldest item {R.randint(1, 72)}h; ICD-10 Z02.1 count={R.randint(0, 30)}, CPT 99455 count={R.randint(0, 20)}"
    p = Person()
    k = R.randrange(5)
    if k == 0:
        return "rtw_note", [pre, "RTW eval: ", V(p.rev(), "name"), " (MRN ", V(mrn(), "mrn"), ", DOB ", V(fd(dob_adult(), "us"), "date"),
                            f") seen by {pick(DOCS)}, NPI {npi()}. Cleared for modified duty; no lifting >20 lb, no ladders until ",
                            V(fd(future_date(), "us"), "date"), ". Re-eval ", V(fd(future_date(), "mon"), "date"), "."]
    if k == 1:
        kind = pick(["pacer", "icd", "cgm", "pump", "cochlear"])
        label = {"pacer": "Medtronic Azure XT DR pacemaker", "icd": "Boston Scientific ICD", "cgm": "Dexcom G7 CGM transmitter",
                 "pump": "Tandem t:slim X2 insulin pump", "cochlear": "Cochlear Nucleus 8 processor"}[kind]
        return "rtw_note", [pre, "FFD note for ", V(p.full(), "name"), f": employee has {label}, SN ", V(dev_serial(kind), "device"),
                            "; no arc welding / strong magnetic fields. Cleared w/ restrictions eff ", V(fd(event_date(), "iso"), "date"), "."]
    if k == 2:
        return "rtw_note", [pre, "Pt ", V(p.full(), "name"), f" called re: work status form; callback ", V(phone(), "phone"),
                            ". Implant UDI on file ", V(udi(), "device"), f". Plan: full duty after PT x{R.randint(4, 12)} visits."]
    if k == 3:
        return "rtw_note", [pre, "Post-injury RTW for ", V(p.any(), "name"), ", DOI ", V(fd(event_date(), "us"), "date"),
                            ", claim w/ Sedgwick. Home: ", addr_line(), f". Driving restriction lifted by {pick(DOCS)}",
                            ([", DL ", V(dl()[1], "license")] if chance(0.5) else []), "."]
    return "rtw_note", [pre, "FFD psych referral (EAP) for ", V(p.full(), "name"), ", chart ", V(mrn(), "mrn"),
                        "; personal email ", V(p.email(), "email"), " for portal invite."]


# ================================================================ F10 Occupational health results (logfmt)
def ohs_prefix():
    return kv([("ts", ts_iso_ms()), ("level", pick(["info", "info", "warn"])), ("svc", "ohs-results"), ("site", pick(["PLANT-07", "DC-12", "HQ", "HOSP-MAIN"]))]) + [" "]


def fam_occ(pos):
    pre = ohs_prefix()
    if not pos:
        k = R.randrange(4)
        if k == 0:
            body = kv([("kind", "fit_test_batch"), ("tests", R.randint(5, 60)), ("pass", R.randint(5, 60)),
                       ("instrument", "PortaCount 8048"), ("instrument_sn", f"8048{digits(6)}"), ("calib_due", "2025-06-30"),
                       ("respirator", "3M 1870+"), ("protocol", "OSHA-Fast")])
        elif k == 1:
            body = kv([("kind", "mro_queue"), ("pending", R.randint(0, 40)), ("oldest_age", f"{R.randint(1, 72)}h"),
                       ("mro", pick(DOCS)), ("lab", pick(["Quest Diagnostics", "Labcorp", "Omega Labs"])), ("ccf_lot", f"{digits(3)}-{pick('ABC')}")])
        elif k == 2:
            body = kv([("kind", "tb_annual_campaign"), ("due", "2025-04-30"), ("compliance", f"{R.uniform(0.5, 0.99):.2f}"),
                       ("method", pick(["QFT-Plus", "T-SPOT.TB", "TST"])), ("reminders_sent", R.randint(0, 900)), ("from", "occhealth@brightwaterhealth.org")])
        else:
            body = kv([("kind", "random_pool_draw"), ("pool", "DOT-FMCSA"), ("rate", "0.50"), ("selected", R.randint(3, 90)),
                       ("seed", hexid(16)), ("tpa", VENDORS[2][0]), ("tpa_phone", VENDORS[2][5])])
        return "occ_health_logfmt", [pre, body]
    p = Person()
    k = R.randrange(7)
    if k == 5:
        st, num = dl()
        body = kv([("kind", "dot_sleep_apnea_compliance"), ("driver", V(p.any(), "name")), ("cdl", V(num, "license")), ("cdl_state", st),
                   ("cpap_model", pick(["ResMed AirSense 11", "Philips DreamStation 2"])), ("cpap_sn", V(dev_serial("cpap"), "device")),
                   ("usage_4h_pct", f"{R.randint(60, 99)}"), ("cert_exp", V(fd(future_date(), "iso"), "date"))])
        return "occ_health_logfmt", [pre, body]
    if k == 6:
        body = kv([("kind", "hearing_conservation"), ("ee", V(p.full(), "name")), ("sts", pick(["none", "left", "right"])),
                   ("hearing_aid", pick(["Phonak Audeo L90", "Oticon Intent 1", "ReSound Nexia"])), ("ha_serial", V(dev_serial("hearing"), "device")),
                   ("audiogram_dt", V(fd(event_date(), "iso"), "date")), ("audiometer_sn", f"AD{digits(6)}")])
        return "occ_health_logfmt", [pre, body]
    if k == 0:
        st, num = dl()
        body = kv([("kind", "drug_screen"), ("regulated", "DOT"), ("agency", "FMCSA"), ("reason", pick(["PRE_EMPLOYMENT", "RANDOM", "POST_ACCIDENT"])),
                   ("result", pick(["NEGATIVE", "NEGATIVE", "NEGATIVE_DILUTE"])), ("donor", V(p.full(), "name")),
                   ("donor_cdl", V(num, "license")), ("cdl_state", st), ("collected", V(fd(event_date(), "iso"), "date")),
                   ("mro", pick(DOCS))])
    elif k == 1:
        body = kv([("kind", "drug_screen"), ("regulated", "NON-DOT"), ("panel", "10-panel"), ("result", "NEGATIVE"),
                   ("donor_id", V(ssn(pick(["dash", "plain"])), "ssn")), ("donor_name", V(p.rev(), "name")),
                   ("dob", V(fd(dob_adult(), "us"), "date")), ("lab", pick(["Quest Diagnostics", "Labcorp"]))])
    elif k == 2:
        body = kv([("kind", "tb_test"), ("method", pick(["QFT-Plus", "TST"])), ("result", pick(["NEG", "NEG", "POS"])),
                   ("ee", V(p.full(), "name")), ("ee_mrn", V(mrn(), "mrn")), ("read_dt", V(fd(event_date(), "iso"), "date"))])
    elif k == 3:
        body = kv([("kind", "fit_test"), ("respirator", pick(["3M 1870+", "Halyard Fluidshield N95", "3M 6502QL half-face"])),
                   ("size", pick(["S", "M", "Std"])), ("fit_factor", R.randint(100, 400)), ("pass", "true"),
                   ("ee", V(p.any(), "name")), ("ee_email", V(p.email(), "email"))])
    else:
        body = kv([("kind", "vaccine"), ("vaccine", pick(["HepB", "Influenza", "Tdap", "MMR titer"])), ("ee", V(p.full(), "name")),
                   ("ehr_mrn", V(mrn(), "mrn")),
                   ("occ_clinic_acct", V(patient_acct(), "account")), ("admin_dt", V(fd(event_date(), "iso"), "date")),
                   ("lot", f"{pick('ABCDEFGH')}{digits(5)}"), ("ndc", f"{digits(5)}-{digits(3)}-{digits(2)}")])
    return "occ_health_logfmt", [pre, body]


# ================================================================ F11 Workers' comp First Report of Injury from HR (single-line XML)
def fam_wc(pos):
    e = employer()
    batch = f"WC{tick().strftime('%Y%m%d')}-{R.randint(1, 20):02d}"
    emp_xml = (f'<Employer FEIN="{fein()}"><Name>{e[0]}</Name><Addr>{e[1]}</Addr><City>{e[2]}</City><State>{e[3]}</State>'
               f'<Zip>{e[4]}</Zip><Phone>{e[5]}</Phone></Employer>')
    if not pos:
        k = R.randrange(3)
        if k == 0:
            return "wc_froi_xml", (f'<FROIAck batch="{batch}" status="{pick(["A", "TA", "TR"])}" claimAdmin="{pick(["Sedgwick", "Gallagher Bassett", "CorVel"])}" '
                                   f'count="{R.randint(1, 12)}" received="{ts_iso()}" transport="sftp://edi.claims-admin.example:22/in"/>')
        if k == 1:
            return "wc_froi_xml", (f'<FROI xmlns="urn:iaiabc:froi:r3" batch="{batch}" mode="TEST">{emp_xml}<Policy carrier="Travelers" '
                                   f'number="WC-{digits(8)}" eff="2025-01-01" exp="2026-01-01"/><Employee/><Injury/></FROI>')
        return "wc_froi_xml", (f'<OSHA300Summary establishment="{e[0]}" year="2024" cases="{R.randint(0, 40)}" daysAway="{R.randint(0, 300)}" '
                               f'hours="{R.randint(10**5, 10**7)}" naics="{pick(["493110", "622110", "336390", "311999"])}">{emp_xml}</OSHA300Summary>')
    p = Person()
    c = city()
    parts = [f'<FROI xmlns="urn:iaiabc:froi:r3" batch="{batch}">', emp_xml, "<Employee><FullName>", V(p.full(), "name"), "</FullName>"]
    if chance(0.7):
        parts += ["<SSN>", V(ssn(), "ssn"), "</SSN>"]
    parts += ["<DOB>", V(fd(dob_adult(), pick(["iso", "us"])), "date"), "</DOB><Street>", V(street(), "address"), "</Street><City>",
              V(c[0], "address"), f"</City><State>{c[2]}</State><Postal>", V(zipc(c), "zip"), "</Postal>"]
    if chance(0.6):
        parts += ["<HomePhone>", V(phone(), "phone"), "</HomePhone>"]
    if chance(0.3):
        parts += ["<FaxNumber>", V(phone("plain"), "fax"), "</FaxNumber>"]
    parts += ["<HireDate>", V(fd(rand_date(2005, 2024), "iso"), "date"), "</HireDate></Employee><Injury><DateOfInjury>",
              V(fd(event_date(), "iso"), "date"), f"</DateOfInjury><Body>{pick(['Lower back', 'Right hand', 'Left knee', 'Shoulder'])}</Body>"
              f"<Nature>{pick(['Strain', 'Laceration', 'Contusion', 'Fracture'])}</Nature>"]
    k = R.randrange(3)
    if k == 0:
        st = c[2]
        parts += ["<Cause>Motor vehicle - employee's personal vehicle</Cause><Vehicle><VIN>", V(vin(), "vehicle"), f'</VIN><Plate state="{st}">',
                  V(plate(), "vehicle"), "</Plate></Vehicle>"]
    elif k == 1:
        parts += ['<Attachment type="injury_photo" href="', V(photo_path(p, worker_no(), allow_win=False), "photo"), '"/>']
    else:
        st, num = dl(c[2] if c[2] in ("CA", "TX", "FL", "NY", "IL", "PA", "OH", "WA", "GA", "MI", "NC", "AZ") else None)
        parts += [f'<DriverLicense state="{st}">', V(num, "license"), "</DriverLicense>"]
    parts += ["</Injury></FROI>"]
    return "wc_froi_xml", parts


# ================================================================ F12 Payroll benefit deductions / commuter benefits (pipe register)
def fam_payroll(pos):
    pd = pick(["2025-03-14", "2025-03-28", "2025-02-28"])
    co = pick(["ACM1", "NWL2", "CTS9", "FBK3"])
    if not pos:
        k = R.randrange(4)
        if k == 0:
            return "payroll_deduction", f"PRDED|{pd}|{co}|TOTALS|{R.randint(500, 9000)}|HSAEE={R.uniform(1e4, 6e5):,.2f}|DENTF={R.uniform(1e3, 9e4):,.2f}|MEDEE={R.uniform(1e5, 2e6):,.2f}"
        if k == 1:
            return "payroll_deduction", (f"PRDED|{pd}|{co}|RATECHG|DENTF|18.40->19.10|eff=2025-04-01|approved_by={pick(SVC)}"
                                         f"|ticket=CHG{digits(7)}")
        if k == 2:
            return "payroll_deduction", (f"PRDED|{pd}|{co}|ACH_FILE|NACHA|batch={R.randint(1, 9)}|entries={R.randint(500, 9000)}|"
                                         f"origin=1{digits(9)}|odfi=021000021|trace={digits(15)}|hash={digits(10)}")
        return "payroll_deduction", (f"COMMUTER|{pd}|{co}|limit_transit=325.00|limit_parking=325.00|vendor=Edenred|"
                                     f"garage=\"{pick(['Lot C - 1400 Main St', 'Garage 2, 300 W Adams St'])}\"|permits_active={R.randint(50, 900)}")
    p = Person()
    k = R.randrange(3)
    if k == 0:
        return "payroll_deduction", [f"PRDED|{pd}|{co}|{R.randint(1, 999999):06d}|", V(ascii_fold(p.rev()).upper(), "name"),
                                     f"|HSAEE|{R.uniform(20, 300):.2f}|DENTF|18.40|VISEE|6.20|NET|ACH|", V(bank_acct(), "account")]
    if k == 1:
        st = pick(["IL", "TX", "WA", "GA", "CA", "MN"])
        out = [f"COMMUTER|{pd}|{co}|parking_pretax|permit=P-{R.randint(100, 9999)}|ee=", V(p.full(), "name"), "|plate=", V(plate(), "vehicle"),
               f"|state={st}|veh=\"{R.randint(2012, 2025)} {pick(['Honda CR-V', 'Toyota Camry', 'Ford F-150', 'Tesla Model 3', 'Kia Sorento'])}\""]
        if chance(0.6):
            out += ["|vin=", V(vin(), "vehicle")]
        out += [f"|amt={R.uniform(50, 325):.2f}"]
        return "payroll_deduction", out
    return "payroll_deduction", [f"PRDED|{pd}|{co}|GARN|type=MED_SUPPORT|ee=", V(p.full(), "name"), "|ee_ssn=", V(ssn(), "ssn"),
                                 f"|order={pick(['OH', 'TX', 'GA'])}-CSEA-{digits(8)}|amt={R.uniform(50, 600):.2f}|remit_to=\"State Disbursement Unit\""]


# ================================================================ F13 Benefits enrollment portal access log (nginx combined)
UA = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
      'Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36']


def fam_portal(pos):
    host = pick(["benefits.northwind.com", "enroll.brightwaterhealth.org", "mybenefits.contoso.com"])
    if not pos:
        k = R.randrange(4)
        if k == 0:
            return "portal_access", f'{private_ip()} - - [{ts_clf()}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.00{R.randint(1, 9)}'
        if k == 1:
            return "portal_access", (f'{private_ip()} - {pick(SVC)} [{ts_clf()}] "POST /internal/v2/sync/elections?batch={uuid4()} HTTP/1.1" 202 {R.randint(10, 999)} '
                                     f'"-" "python-requests/2.31.0" rt={R.uniform(0, 3):.3f} upstream={private_ip()}:8443')
        if k == 2:
            return "portal_access", (f'{private_ip()} - - [{ts_clf()}] "GET /static/js/enroll.{hexid(8)}.js HTTP/2.0" 304 0 "https://{host}/enroll" '
                                     f'"{pick(UA)}" rt=0.00{R.randint(1, 9)} x_forwarded_for=-')
        return "portal_access", (f'{private_ip()} - - [{ts_clf()}] "GET /api/v1/plans?year=2026&tier=EE%2BSP&zip_rating_area=4 HTTP/1.1" 200 {R.randint(1000, 90000)} '
                                 f'"https://{host}/compare" "{pick(UA)}" rt={R.uniform(0, 1):.3f} cache=HIT')
    p = Person()
    ip = V(public_ip() if chance(0.8) else public_ip6(), "ip")
    k = R.randrange(3)
    if k == 0:
        return "portal_access", [ip, " - ", V(p.email(), "email"), f' [{ts_clf()}] "POST /api/v1/enroll/dependents HTTP/1.1" 201 {R.randint(100, 900)} "https://{host}/enroll/step-3" "{pick(UA)}" rt={R.uniform(0, 2):.3f}']
    if k == 1:
        c = city()
        return "portal_access", [ip, f' - - [{ts_clf()}] "GET /api/v1/eligibility/verify?dob=', V(fd(dob_adult(), "iso"), "date"),
                                 "&zip=", V(zipc(c, False), "zip"), f'&last4={R.randint(1000, 9999)} HTTP/1.1" 200 {R.randint(100, 900)} "-" "{pick(UA)}"']
    return "portal_access", [private_ip(), f' - - [{ts_clf()}] "GET /enroll/summary HTTP/1.1" 200 {R.randint(2000, 40000)} "https://{host}/login" "{pick(UA)}" x_forwarded_for="',
                             ip, f', {private_ip()}"']


# ================================================================ F14 Dependent eligibility verification audit
def dev_prefix():
    return f"{ts_iso()} DEV-AUDIT[{pick(['intake', 'review', 'decision', 'notify'])}] case=DEV-{R.randint(1, 9999):05d} "


def fam_depaudit(pos):
    if not pos:
        k = R.randrange(3)
        if k == 0:
            return "dependent_audit", dev_prefix() + (f"summary: cases={R.randint(900, 9000)} verified={R.randint(500, 8000)} removed={R.randint(10, 400)} "
                                                      f"pending={R.randint(10, 900)} savings_est=${R.randint(100, 2000)},{R.randint(100, 999)}.00 auditor={pick(VENDORS)[0]}")
        if k == 1:
            return "dependent_audit", dev_prefix() + (f"reminder wave {R.randint(1, 3)} sent to {R.randint(10, 900)} sponsors from noreply@benefits-audit.example; "
                                                      f"template=DEV_REM_{R.randint(1, 9)} deadline=2025-04-15 support 1-888-555-0102")
        return "dependent_audit", dev_prefix() + (f"doc rejected: reason=ILLEGIBLE pages={R.randint(1, 6)} upload_id={uuid4()} ocr_conf={R.uniform(0.1, 0.6):.2f} "
                                                  f"reviewer={pick(SVC)} sha256={sha256()[:32]}")
    sp = Person()
    dep = Person(last=sp.last if chance(0.6) else None)
    k = R.randrange(5)
    pre = dev_prefix()
    if k == 0:
        c = city()
        return "dependent_audit", [pre, 'sponsor="', V(sp.full(), "name"), '" dependent="', V(dep.full(), "name"), '" rel=SPOUSE doc=MARRIAGE_CERT cert_no=',
                                   V(marriage_cert(), "other_id"), ' issued_by="', V(c[1], "address"), f', {STATE_NAMES[c[2]]}" status=VERIFIED']
    if k == 1:
        return "dependent_audit", [pre, 'sponsor="', V(sp.rev(), "name"), '" dep="', V(dep.first + " " + dep.last, "name"), '" rel=CHILD doc=BIRTH_CERT state_file_no=',
                                   V(birth_cert(), "other_id"), " dep_dob=", V(fd(dob_child(), "us"), "date"), " status=VERIFIED"]
    if k == 2:
        return "dependent_audit", [pre, 'sponsor="', V(sp.full(), "name"), '" dep="', V(dep.full(), "name"), '" rel=STEPCHILD doc=PASSPORT passport_no=',
                                   V(passport(), "other_id"), f" nationality={pick(['MEX', 'IND', 'PHL', 'NGA', 'CAN', 'VNM'])} dep_dob=",
                                   V(fd(dob_child(), "iso"), "date"), " status=NEEDS_2ND_DOC"]
    if k == 3:
        return "dependent_audit", [pre, "domestic partner affidavit: sponsor ", V(sp.full(), "name"), " and partner ", V(dep.full(), "name"),
                                   " share residence at ", addr_line(plus4=chance(0.5)), "; partner SSN ", V(ssn(), "ssn"), " matched via SSA CBSV"]
    if chance(0.4):
        return "dependent_audit", [pre, "fraud review note: dependent ", V(dep.full(), "name"), " lists different residence on public page ",
                                   V(personal_url(dep), "url"), "; sponsor ", V(sp.full(), "name"), " asked for lease copy"]
    return "dependent_audit", [pre, "over-age disabled dependent ", V(dep.full(), "name"), " (sponsor ", V(sp.full(), "name"),
                               "): SSA award letter, A-number ", V(a_number(), "other_id"), ", member ", V(member_id(), "health_plan"), " kept on plan"]


# ================================================================ F15 Multinational HR (German / Spanish / French keys)
DE_CITIES = [("München", "80"), ("Hamburg", "22"), ("Köln", "50"), ("Stuttgart", "70"), ("Leipzig", "04"), ("Düsseldorf", "40")]
DE_STREETS = ["Lindenstraße", "Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Am Mühlbach", "Rosenweg"]
MX_CITIES = ["Guadalajara", "Monterrey", "Zapopan", "Querétaro", "Puebla", "Ciudad de México"]
MX_STREETS = ["Av. Revolución", "Calle Morelos", "Av. Juárez", "Calle Hidalgo", "Av. Insurgentes Sur"]
FR_CITIES = [("Lyon", "690"), ("Toulouse", "310"), ("Nantes", "440"), ("Lille", "590"), ("Bordeaux", "330")]
FR_STREETS = ["rue de la République", "avenue Jean Jaurès", "boulevard Victor Hugo", "rue des Lilas", "place Bellecour"]


def fam_intl(pos):
    t = ts_iso_ms()
    if not pos:
        k = R.randrange(3)
        if k == 0:
            d = {"zeit": t, "quelle": "SAP-HCM-DE", "lauf": "Abrechnung 03/2025", "mitarbeiter_gesamt": R.randint(200, 4000),
                 "dauer_s": R.randint(10, 900), "version": "EHP8 SP12", "mandant": pick(["100", "200", "300"]), "status": "OK"}
        elif k == 1:
            d = {"fecha": t, "origen": "Nomina-MX", "evento": "cierre_periodo", "periodo": "2025-05", "empleados": R.randint(100, 3000),
                 "rfc_empresa": "NLO" + digits(6) + "AB1", "imss_registro_patronal": "Y" + digits(10), "duracion_ms": dur_ms()}
        else:
            d = {"horodatage": t, "source": "Paie-FR", "evenement": "DSN_mensuelle_deposee", "siret": digits(14), "nb_salaries": R.randint(50, 900),
                 "accuse": uuid4(), "version_norme": "P25V01"}
        return "intl_hr_json", J(d, compact=chance(0.5))
    k = R.randrange(3)
    if k == 0:
        p = Person(pick(["Lukas", "Anna", "Jürgen", "Sophie", "Mehmet", "Katarzyna", "Felix", "Leonie"]),
                   pick(["Müller", "Schmidt", "Weber", "Yılmaz", "Becker", "Hoffmann", "Nowak"]))
        kid = Person(pick(["Mia", "Ben", "Emilia", "Noah", "Lina"]), p.last)
        c = pick(DE_CITIES)
        d = {"zeit": t, "quelle": "SAP-HCM-DE", "ereignis": pick(["Elternzeit_Antrag", "Mutterschutz_Meldung", "AU_Bescheinigung_eAU"]),
             "mitarbeiter": {"vorname": V(p.first, "name"), "nachname": V(p.last, "name"),
                             "geburtsdatum": V(fd(dob_adult(), "eu"), "date"), "steuerId": V(steuer_id(), "other_id"),
                             "anschrift": {"strasse": V(f"{pick(DE_STREETS)} {R.randint(1, 120)}", "address"),
                                           "plz": V(c[1] + "%03d" % R.randint(0, 999), "zip"), "ort": V(c[0], "address")}},
             "kind": {"vorname": V(kid.first, "name"), "geburtsdatum": V(fd(dob_child(), "eu"), "date")},
             "krankenkasse": pick(["TK", "AOK Bayern", "Barmer", "DAK-Gesundheit"]),
             "versichertennummer": V(pick("ABCDEFGHKLMNPRSTUVWZ") + digits(9), "health_plan")}
    elif k == 1:
        p = Person(pick(["María", "José", "Guadalupe", "Juan Carlos", "Alejandra", "Fernando", "Ximena"]),
                   pick(["Hernández", "García", "Martínez", "López", "González", "Ramírez"]))
        dob = dob_adult()
        sex = pick("HM")
        d = {"fecha": t, "origen": "Nomina-MX", "evento": pick(["incapacidad_IMSS", "alta_seguro_gastos_medicos", "permiso_maternidad"]),
             "empleado": {"nombre_completo": V(p.full(), "name"), "fecha_nacimiento": V(fd(dob, "dmy"), "date"),
                          "curp": V(curp(p, dob, sex), "other_id"), "nss": V(digits(11), "other_id"),
                          "domicilio": V(f"{pick(MX_STREETS)} {R.randint(10, 4999)}", "address"),
                          "municipio": V(pick(MX_CITIES), "address"), "cp": V("%05d" % R.randint(1000, 99999), "zip"),
                          "telefono_movil": V(f"+52 {R.randint(33, 81)} {R.randint(1000, 9999)} {R.randint(1000, 9999)}", "phone"),
                          "correo_personal": V(p.email(), "email")},
             "dias_incapacidad": R.randint(1, 84)}
    else:
        p = Person(pick(["Camille", "Léa", "Julien", "Hugo", "Inès", "Théo", "Manon"]),
                   pick(["Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Bonnet"]))
        c = pick(FR_CITIES)
        d = {"horodatage": t, "source": "Paie-FR", "evenement": pick(["arret_maladie", "accident_du_travail", "conge_paternite"]),
             "salarie": {"nom": V(p.last, "name"), "prenom": V(p.first, "name"), "date_naissance": V(fd(dob_adult(), "dmy"), "date"),
                         "adresse": V(f"{R.randint(1, 180)} {pick(FR_STREETS)}", "address"),
                         "code_postal": V(c[1] + "%02d" % R.randint(0, 99), "zip"), "ville": V(c[0], "address"),
                         "telephone": V(f"+33 6 {R.randint(10, 99)} {R.randint(10, 99)} {R.randint(10, 99)} {R.randint(10, 99)}", "phone")},
             "arret": {"debut": V(fd(event_date(), "dmy"), "date"), "fin": V(fd(future_date(), "dmy"), "date")},
             "mutuelle": pick(["Harmonie Mutuelle", "MGEN", "Malakoff Humanis"]),
             "passeport": V(f"{R.randint(10, 24)}{pick('ABCDEFGHJK')}{pick('ABCDEFGHJK')}{digits(5)}", "other_id")}
    return "intl_hr_json", J(d, compact=chance(0.5))


# ================================================================ F16 IVR absence reporting line
def ivr_prefix():
    return f"{ts_iso()} ivr-absence[{R.randint(1000, 9999)}]: call_id={uuid4()} "


def fam_ivr(pos):
    dnis = pick(["8005550199", "8885550142", "8775550110"])
    if not pos:
        k = R.randrange(3)
        if k == 0:
            return "ivr_absence", ivr_prefix() + f"ani=anonymous dnis={dnis} menu=2 abandoned=true dur=00:00:{R.randint(5, 59):02d}"
        if k == 1:
            return "ivr_absence", f"{ts_iso()} ivr-absence[{R.randint(1000, 9999)}]: trunk sip:ivr@{private_ip()}:5060 registered expires=3600 codec=PCMU ua=Asterisk/20.5.2"
        return "ivr_absence", ivr_prefix() + (f"ani={pick(VENDORS)[5].replace('-', '')[1:]} dnis={dnis} caller_type=CARRIER_TEST "
                                              f"menu_path=1>3>9 dur=00:0{R.randint(1, 9)}:{R.randint(10, 59)} asr_conf={R.uniform(0.6, 0.99):.2f}")
    p = Person()
    k = R.randrange(3)
    if k == 0:
        return "ivr_absence", [ivr_prefix(), "ani=", V(phone("plain"), "phone"), f" dnis={dnis} emp_verified=true voiceprint_score={R.uniform(0.8, 0.99):.2f} voiceprint_tmpl=",
                               V(voice_template(), "biometric"), " reason=FMLA_INTERMITTENT absence_date=", V(fd(event_date(), "iso"), "date")]
    if k == 1:
        a1 = event_date()
        a2 = a1 + dt.timedelta(days=R.randint(1, 3))
        return "ivr_absence", [ivr_prefix(), "ani=", V(phone("plusdash"), "phone"), f" dnis={dnis} caller=\"", V(p.full(), "name"),
                               "\" absence_dates=", V(fd(a1, "us"), "date"), ",", V(fd(a2, "us"), "date"), " callback=", V(phone("dash"), "phone")]
    return "ivr_absence", [ivr_prefix(), f"dnis={dnis} voice_enroll caller=\"", V(p.rev(), "name"), "\" vp_b64=", V(voice_template(), "biometric"),
                           " fax_for_forms=", V(phone("dash"), "fax")]


# ================================================================ extra hard negatives (no PHI, look-alikes)
def xneg_workday():
    base = {"ts": ts_iso_ms(), "level": "INFO", "tenant": pick(TENANTS), "svc": "wd-integrations", "integration": pick(WD_INTS)}
    if chance(0.5):
        base.update({"event": "BusinessProcessApproved", "bp": pick(["Benefit Change - Birth", "Benefit Change - Marriage", "Leave of Absence Request"]),
                     "initiator": pick(SVC), "approver": pick(STAFF), "step": "Benefits Partner", "elapsedMs": dur_ms(), "bpId": wid()})
    else:
        base.update({"event": "ConnectorError", "error": f"HTTP 503 from https://wd5-impl-services1.workday.com/ccx/service/{pick(TENANTS)}/Benefits_Administration/v43.1",
                     "retryInSec": pick([15, 30, 60]), "attempt": R.randint(1, 5), "traceparent": traceparent()})
    return J(base, compact=chance(0.3))


def xneg_adp():
    return adp_prefix() + " ".join([
        "op=WEBHOOK", "event=" + pick(["worker.personal-address.change", "worker.legal-name.change", "worker.birth-date.correct"]),
        f"subscriptionId={uuid4()}", "payload_redacted=true", "fields=[addressLine1,cityName,postalCode]", f"size={R.randint(300, 2000)}"])


def xneg_ukg():
    return (f"UKG-PRO|{ts_iso()}|AUDIT|field={pick(['SSN', 'DOB', 'HOME_ADDRESS'])}|action=VIEW|user={pick(SVC)}|reason={pick(['COBRA_QE', 'ACA_1095C', 'DEP_AUDIT'])}"
            f"|masked={masked_ssn()}|session={hexid(20)}")


def xneg_edi():
    t = tick()
    if chance(0.5):
        return f"{ts_iso()} x12-translator[{R.randint(1000, 9999)}] INBOUND TA1 TA1*{R.randint(1, 99999):09d}*{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*A*000~"
    return (x12_prefix() + f"stats loop=2100A NM1={R.randint(500, 9000)} N3={R.randint(500, 9000)} DMG_missing={R.randint(0, 4)} "
            f"(rows {R.randint(2, 900)}, {R.randint(900, 9000)}) plan_year=2025 sponsor_fein={fein()}")


def xneg_cobra():
    if chance(0.5):
        return cobra_prefix("STATS") + " ".join(f"{st}={R.randint(0, 60)}" for st in R.sample(sorted(STATE_NAMES), 6)) + f" notices_due_today={R.randint(0, 90)}"
    return cobra_prefix("NCOA") + f"USPS NCOA run: {R.randint(100, 900)} addresses checked, {R.randint(0, 20)} updated, vendor=Melissa Data ver 2025.02, job={uuid4()}"


def xneg_fsa():
    return (f"CLM{tick().strftime('%Y%m%d')}{R.randint(1, 99999):05d},HCFSA,{masked_card()},,,\"{pick(['Teeth whitening kit', 'Gym membership', 'Vitamins (no LMN)'])}\","
            f"{R.uniform(5, 200):.2f},DENIED,INELIGIBLE_EXPENSE,5999,N,{hexid(12)}")


def xneg_wellness():
    return J({"@timestamp": ts_iso_ms(), "source": "VirginPulse-Connector", "msg": "rule evaluated",
              "rule": "incentive_if_bmi_lt_30_or_coaching", "passRate": round(R.uniform(0.3, 0.9), 2), "version": version(),
              "lookback": "2024-01-01..2024-12-31", "age_band_min": 18, "glucose_threshold": 100}, compact=chance(0.4))


def xneg_leave():
    if chance(0.5):
        return leave_prefix() + (f"case {case_no()} status APPROVED -> CLOSED by {pick(SVC)}; policy HR-LV-104 rev 2024-07-01; "
                                 f"intermittent hrs used {R.randint(1, 480)}.5/480")
    a, b = R.sample(STAFF, 2)
    return leave_prefix() + f"queue reassigned from {a} to {b} ({R.randint(2, 40)} cases), effective next business day"


def xneg_rtw():
    a, b = R.sample(DOCS, 2)
    v = VENDORS[2]
    return f"[occmed-notes] {tick().strftime('%Y-%m-%d %H:%M')} {a} out of office 2025-03-10..2025-03-14; coverage {b}; clinic line {v[5]}"


def xneg_occ():
    return [ohs_prefix(), kv([("kind", "respirator_inventory"), ("model", pick(["3M 1870+", "Halyard Fluidshield N95", "Moldex 2200"])),
                              ("lot", f"{digits(4)}{pick('ABCD')}"), ("exp", f"20{R.randint(26, 29)}-{R.randint(1, 12):02d}"),
                              ("on_hand", R.randint(0, 5000)), ("reorder_pt", 500)])]


def xneg_wc():
    st = pick(["OH", "TX", "PA", "MI", "NC"])
    return (f'<JurisdictionRule state="{st}" waitingDays="{pick([3, 7])}" ttdRate="0.{R.randint(60, 72)}" maxWeekly="{R.uniform(800, 1600):.2f}" '
            f'effective="2025-01-01" source="{st} BWC bulletin {R.randint(2024, 2025)}-{R.randint(1, 20):02d}"/>')


def xneg_payroll():
    return (f"PRDED|{pick(['2025-03-14', '2025-03-28'])}|{pick(['ACM1', 'NWL2'])}|ARREARS|count={R.randint(1, 60)}|total={R.uniform(100, 9000):,.2f}"
            f"|oldest=2025-01-31|policy=recover_next_2_periods")


def xneg_portal():
    return (f'{private_ip()} - - [{ts_clf()}] "GET /api/v1/me/profile HTTP/1.1" 401 {R.randint(40, 90)} "-" "{pick(UA)}" rt=0.00{R.randint(1, 9)} '
            f'err="token expired" req_id={hexid(16)}')


def xneg_dep():
    return dev_prefix() + f"rule: child age limit 26; disabled dependent exception requires SSA letter; pilot started 2025-01-06; ruleset v{version()}"


def xneg_intl():
    return J({"zeit": ts_iso_ms(), "quelle": "SAP-HCM-DE", "ereignis": "Krankenkassen_Meldung_Batch", "anzahl": R.randint(5, 400),
              "betriebsnummer": digits(8), "empfaenger": "GKV-Kommunikationsserver", "status": "quittiert"}, compact=chance(0.5))


def xneg_ivr():
    return (f"{ts_iso()} ivr-absence[{R.randint(1000, 9999)}]: prompt set v{R.randint(2, 5)} loaded: 'Press 1 to report an absence, "
            f"press 2 for leave status' lang=en-US,es-US tts=Polly.Joanna")


EXTRA_NEG = {"workday_json": xneg_workday, "adp_kv": xneg_adp, "ukg_pipe": xneg_ukg, "edi_834": xneg_edi,
             "cobra_syslog": xneg_cobra, "fsa_claims_csv": xneg_fsa, "wellness_json": xneg_wellness, "leave_mgmt": xneg_leave,
             "rtw_note": xneg_rtw, "occ_health_logfmt": xneg_occ, "wc_froi_xml": xneg_wc, "payroll_deduction": xneg_payroll,
             "portal_access": xneg_portal, "dependent_audit": xneg_dep, "intl_hr_json": xneg_intl, "ivr_absence": xneg_ivr}


# ================================================================ main
FAMILIES = [
    ("workday_json", fam_workday, 11), ("adp_kv", fam_adp, 9), ("ukg_pipe", fam_ukg, 8), ("edi_834", fam_edi834, 8),
    ("cobra_syslog", fam_cobra, 7), ("fsa_claims_csv", fam_fsa, 7), ("wellness_json", fam_wellness, 6),
    ("leave_mgmt", fam_leave, 9), ("rtw_note", fam_rtw, 6), ("occ_health_logfmt", fam_occ, 7), ("wc_froi_xml", fam_wc, 5),
    ("payroll_deduction", fam_payroll, 5), ("portal_access", fam_portal, 6), ("dependent_audit", fam_depaudit, 5),
    ("intl_hr_json", fam_intl, 5), ("ivr_absence", fam_ivr, 5),
]
JSON_FAMILIES = {"workday_json", "wellness_json", "intl_hr_json"}


def check_line(n, fam, line, spans, pos):
    assert "\n" not in line and "\r" not in line, (n, line)
    raw = line.encode("utf-8")
    prev_e = -1
    for sp in sorted(spans, key=lambda x: x["s"]):
        s, e, v = sp["s"], sp["e"], sp["_v"]
        assert 0 <= s < e <= len(raw), (n, sp)
        assert raw[s:e] == v.encode("utf-8"), (n, raw[s:e], v)
        assert v == v.strip() and v, (n, repr(v))
        assert s >= prev_e, ("overlap", n, sp)
        prev_e = e
    if pos:
        assert spans, ("positive line without spans", n, line)
    else:
        assert not spans, ("negative line with spans", n, line)
    if fam in JSON_FAMILIES:
        json.loads(line)
    if fam == "wc_froi_xml":
        import xml.etree.ElementTree as ET
        ET.fromstring(line)


def main():
    flags = [False] * N_NEG + [True] * (N_LINES - N_NEG)
    R.shuffle(flags)
    names = [f[0] for f in FAMILIES]
    funcs = {f[0]: f[1] for f in FAMILIES}
    weights = [f[2] for f in FAMILIES]
    log_lines, label_lines = [], []
    cat_count, fam_count, fam_pos = Counter(), Counter(), Counter()
    for i, pos in enumerate(flags, 1):
        fam = R.choices(names, weights)[0]
        if not pos and chance(0.35):
            pieces = EXTRA_NEG[fam]()
        else:
            got_fam, pieces = funcs[fam](pos)
            assert got_fam == fam
        line, spans = assemble(pieces)
        check_line(i, fam, line, spans, pos)
        log_lines.append(line)
        label_lines.append(json.dumps({"line": i, "family": fam,
                                       "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in spans]},
                                      ensure_ascii=False))
        fam_count[fam] += 1
        fam_pos[fam] += bool(spans)
        for sp in spans:
            cat_count[sp["cat"]] += 1
    assert len(log_lines) == N_LINES
    missing = {c: cat_count[c] for c in CATS if cat_count[c] < 8}
    assert not missing, ("categories under 8 spans", missing)
    with open(os.path.join(HERE, "al.log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_lines) + "\n")
    with open(os.path.join(HERE, "al.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(label_lines) + "\n")

    # re-read and re-verify from disk
    with open(os.path.join(HERE, "al.log"), "rb") as f:
        disk = f.read().split(b"\n")[:-1]
    with open(os.path.join(HERE, "al.labels.jsonl"), encoding="utf-8") as f:
        labs = [json.loads(x) for x in f]
    assert len(disk) == len(labs) == N_LINES
    for raw, lab in zip(disk, labs):
        for sp in lab["spans"]:
            seg = raw[sp["s"]:sp["e"]].decode("utf-8")
            assert seg == seg.strip() and seg

    n_phi = sum(1 for l in labs if l["spans"])
    print(f"lines: {N_LINES}")
    print(f"lines with PHI: {n_phi}  lines without PHI: {N_LINES - n_phi} ({(N_LINES - n_phi) / N_LINES:.0%})")
    print(f"spans total: {sum(cat_count.values())}")
    print("spans per category:")
    for c in CATS:
        print(f"  {c:12s} {cat_count[c]}")
    print("lines per family (with PHI):")
    for n in names:
        print(f"  {n:20s} {fam_count[n]} ({fam_pos[n]})")


if __name__ == "__main__":
    main()
