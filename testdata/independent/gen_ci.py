#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus (street medicine / homeless services).

Writes ci.log and ci.labels.jsonl next to this file. Standard library only.
Every span is recorded while the line is built by concatenation; nothing is searched afterwards.
"""
import base64
import datetime as dtm
import json
import os
import random

random.seed(1807)
R = random

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ci"
N_LINES = 500


# ---------------------------------------------------------------------------
# line builder
# ---------------------------------------------------------------------------
class P:
    """A PHI value (str or number) with its category (cat None = not PHI)."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class T:
    """Text made of plain strings and P segments (free text with embedded PHI)."""

    def __init__(self, *segs):
        self.segs = [s for s in segs if not (isinstance(s, str) and s == "")]

    def flat(self):
        return "".join(str(s.v) if isinstance(s, P) else str(s) for s in self.segs)


def flat(v):
    if isinstance(v, P):
        return str(v.v)
    if isinstance(v, T):
        return v.flat()
    return str(v)


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, txt):
        self.buf += txt.encode("utf-8")
        return self

    def p(self, txt, cat):
        if cat is None or txt == "":
            return self.t(txt)
        b = txt.encode("utf-8")
        s = len(self.buf)
        self.buf += b
        self.spans.append((s, len(self.buf), cat, bytes(b)))
        return self

    def x(self, v, esc=None):
        esc = esc or (lambda z: z)
        if isinstance(v, P):
            return self.p(esc(str(v.v)), v.cat)
        if isinstance(v, T):
            for s in v.segs:
                self.x(s, esc)
            return self
        return self.t(esc(str(v)))

    def add(self, *parts):
        for part in parts:
            self.x(part)
        return self


# escaping ------------------------------------------------------------------
def esc_json(s):
    return json.dumps(s)[1:-1]


def esc_json_u(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def esc_ruby(s):
    out = []
    for i, ch in enumerate(s):
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "#" and i + 1 < len(s) and s[i + 1] in "{$@":
            out.append("\\#")
        else:
            out.append(ch)
    return "".join(out)


def py_quote(text):
    return '"' if ("'" in text and '"' not in text) else "'"


def esc_py_factory(q):
    def f(s):
        s = s.replace("\\", "\\\\").replace(q, "\\" + q)
        return s.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    return f


def esc_url(s):
    import urllib.parse
    return urllib.parse.quote_plus(s, safe="")


def esc_logfmt(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def esc_sql(s):
    return s.replace("'", "''")


# structured dump -------------------------------------------------------------
def dump(L, v, style="json"):
    """style: json (compact), jsons (python json.dumps default), json_u, ruby, py"""
    if isinstance(v, dict):
        L.t("{")
        first = True
        for k, val in v.items():
            if not first:
                L.t("," if style in ("json", "json_u") else ", ")
            first = False
            if style == "ruby":
                L.t('"' + esc_ruby(k) + '"=>')
            elif style == "py":
                L.t("'" + k + "': ")
            elif style == "jsons":
                L.t(json.dumps(k) + ": ")
            else:
                L.t(json.dumps(k, ensure_ascii=(style != "json_u")) + ":")
            dump(L, val, style)
        L.t("}")
        return L
    if isinstance(v, list):
        L.t("[")
        for i, val in enumerate(v):
            if i:
                L.t("," if style in ("json", "json_u") else ", ")
            dump(L, val, style)
        L.t("]")
        return L
    if v is None:
        return L.t({"ruby": "nil", "py": "None"}.get(style, "null"))
    if isinstance(v, bool):
        if style == "py":
            return L.t("True" if v else "False")
        return L.t("true" if v else "false")
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return L.t(repr(v))
    if isinstance(v, P) and isinstance(v.v, (int, float)):
        return L.p(repr(v.v), v.cat)
    # string-ish
    text = flat(v)
    if style == "ruby":
        return L.t('"').x(v, esc_ruby).t('"')
    if style == "py":
        q = py_quote(text)
        return L.t(q).x(v, esc_py_factory(q)).t(q)
    if style == "json_u":
        return L.t('"').x(v, esc_json_u).t('"')
    return L.t('"').x(v, esc_json).t('"')


def logfmt(L, pairs):
    """pairs: list of (key, value). value str/P/T/int. quotes when needed."""
    first = True
    for k, v in pairs:
        if not first:
            L.t(" ")
        first = False
        L.t(k + "=")
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            L.t(str(v))
            continue
        if isinstance(v, P) and isinstance(v.v, (int, float)):
            L.p(str(v.v), v.cat)
            continue
        text = flat(v)
        if text == "" or any(c in text for c in ' ="\\'):
            L.t('"').x(v, esc_logfmt).t('"')
        else:
            L.x(v)
    return L


# ---------------------------------------------------------------------------
# identifier helpers
# ---------------------------------------------------------------------------
def hexs(n):
    return "%0*x" % (n, R.getrandbits(4 * n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_check(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(num):
    return luhn_check(num[:-1]) == num[-1]


def luhn_make(prefix, length):
    body = prefix + digits(length - 1 - len(prefix))
    return body + luhn_check(body)


def npi():
    body = R.choice("12") + digits(8)
    return body + luhn_check("80840" + body)


def aba_routing():
    while True:
        d = [int(c) for c in digits(8)]
        for last in range(10):
            dd = d + [last]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5] + dd[8])) % 10 == 0:
                if dd[0] in (0, 1, 2, 3):
                    return "".join(map(str, dd))
                break


VIN_MAP = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_value(c):
    return int(c) if c.isdigit() else VIN_MAP[c]


def vin(wmi, year_code):
    vds = "".join(R.choice(VIN_CH) for _ in range(5))
    plant = R.choice("ABCDEFHKLMRSTUZ")
    serial = digits(6)
    v = wmi + vds + "0" + year_code + plant + serial
    s = sum(vin_value(c) * w for c, w in zip(v, VIN_W))
    chk = s % 11
    chk = "X" if chk == 10 else str(chk)
    return v[:8] + chk + v[9:]


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(an), R.choice("0123456789"), R.choice(MBI_A),
         R.choice(an), R.choice("0123456789"), R.choice(MBI_A), R.choice(MBI_A), R.choice("0123456789"),
         R.choice("0123456789")]
    return "".join(c)


def ssn():
    area = R.choice([R.randint(100, 665), R.randint(667, 772)])
    return "%03d-%02d-%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


def b64_jpeg(n):
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    body = bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(head + body + b"\xff\xd9").decode()


def b64_png(n):
    head = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000600000006008020000")
    body = bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(head + body).decode()


def b64_fmr(n):
    head = b"FMR\x00 20\x00\x00\x00\x01" + bytes([0, 0xF0])
    body = bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(head + body).decode()


def b64_rand(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def fmt_phone(num10, style):
    a, b, c = num10[:3], num10[3:6], num10[6:]
    return {
        "e164": "+1" + num10,
        "paren": "(%s) %s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "dot": "%s.%s.%s" % (a, b, c),
        "plain": num10,
    }[style]


# ---------------------------------------------------------------------------
# synthetic world
# ---------------------------------------------------------------------------
TODAY = dtm.date(2024, 9, 16)

ORG = "Rose City Street Medicine"
ORG_ADDR = "1420 NW Lovejoy St, Portland, OR 97209"
ORG_TWILIO = "5035550100"
ORG_MAIN = "5035550199"
ORG_FAX = "5035550198"
RAILS_HOST = "rcsm-hmis.herokuapp.com"
CE_HOST = "ce.rosecitystreetmed.org"
APP_VER = "3.4.1"

STAFF = [
    # first, last, username, role
    ("Tomas", "Nguyen", "ow.tnguyen", "outreach"),
    ("Keisha", "Farah", "kfarah", "outreach"),
    ("Alicia", "Ng", "ang", "NP"),
    ("Ruben", "Castillo", "rcastillo", "RN"),
    ("Priya", "Venkataraman", "pvenkat", "LCSW"),
    ("Jonah", "Whitehorse", "jwhitehorse", "peer"),
    ("Marisol", "Ortega", "mortega", "case_manager"),
    ("Samuel", "Adeyemi", "sadeyemi", "MD"),
    ("Ingrid", "Solberg", "isolberg", "benefits"),
]
STAFF_IPS = ["73.164.21.88", "174.204.67.12", "97.113.208.45", "24.21.160.77", "67.189.44.203", "71.59.120.9"]
TWILIO_IPS = ["54.172.60.3", "54.244.51.1", "3.91.221.140", "34.203.250.12"]
UPTIME_IPS = ["216.144.250.150", "69.162.124.235"]

CLIENT_BASE = [
    # first, middle, last, sex, nick, birth_state or country, elder_year
    ("Michael", "Adebayo", "Okafor", "M", "big mike", "TX", None),
    ("Lena", "Marta", "Kowalczyk", "F", "lena k", "OR", None),
    ("José Luis", "", "Ramírez", "M", "pepe", "CA", None),
    ("Thanh", "Van", "Nguyễn", "M", "tommy", "VN", None),
    ("Darnell", "Ray", "Whitaker", "M", "d-dub", "LA", None),
    ("Harriet", "", "Tsosie", "F", "auntie harriet", "AZ", 1933),
    ("Abdirahman", "", "Warsame", "M", "abdi", "SO", None),
    ("Oksana", "", "Melnyk", "F", "ox", "UA", None),
    ("Teuila", "", "Faleolo", "F", "tee", "HI", None),
    ("Jae-won", "", "Park", "M", "jay", "CA", None),
    ("Siobhan", "Mary", "Keane", "F", "shiv", "MI", None),
    ("Tesfaye", "", "Bekele", "M", "tes", "MN", None),
    ("Marie-Claude", "", "Désir", "F", "mimi", "FL", None),
    ("Kalani", "", "Kahananui", "M", "k-boy", "HI", None),
    ("Arpi", "", "Hovsepian", "F", "arpi", "CA", None),
    ("Wei", "", "Zhang", "M", "old wei", "NY", None),
    ("Yusuf", "", "Haddad", "M", "joe", "OH", None),
    ("Tanisha", "Lynn", "Brooks", "F", "neesh", "WA", None),
    ("Cody", "James", "Redcloud", "M", "red", "SD", None),
    ("Rosalind", "", "Pfeiffer", "F", "roz", "OR", None),
    ("Bartholomew", "", "Quist", "M", "bart", "OR", 1934),
    ("Inés", "", "Carvajal", "F", "nena", "NM", None),
    ("Dmitri", "", "Volkov", "M", "dima", "WA", None),
    ("Pua", "", "Makoa", "F", "pua", "HI", None),
    ("Zoë", "", "Abernathy-Pike", "F", "zo", "OR", None),
    ("Hamid", "", "Rahimi", "M", "hamid", "AF", None),
    ("Lupe", "", "Fonoti", "F", "lupe", "CA", None),
    ("Walter", "Earl", "Dubois", "M", "walt", "LA", 1932),
    ("Shawna", "", "Yellowhorse", "F", "shay", "NM", None),
    ("Gustavo", "", "Oyelaran-Reyes", "M", "gus", "TX", None),
]

REL_FIRST = ["Rosa", "Ngozi", "Maria", "Linh", "Denise", "Loretta", "Hodan", "Iryna", "Sina", "Min-ji",
             "Bridget", "Almaz", "Jacqueline", "Leilani", "Anahit", "Mei", "Layla", "Gloria", "Wanda",
             "Ruth", "Carmen", "Nadia", "Keola", "Tamsin", "Farida", "Malia", "Evelyn", "Dolores", "Chaske"]
RELS = ["sister", "mother", "daughter", "cousin", "aunt", "friend", "niece", "grandmother"]

BIRTH_COUNTY = {
    "TX": ["Harris", "Bexar", "Dallas"], "OR": ["Multnomah", "Lane", "Marion"], "CA": ["Fresno", "Kern", "Los Angeles"],
    "LA": ["Orleans", "Caddo"], "AZ": ["Apache", "Coconino"], "HI": ["Honolulu", "Hawaii"], "MI": ["Wayne"],
    "MN": ["Hennepin"], "FL": ["Miami-Dade"], "NY": ["Kings", "Queens"], "OH": ["Franklin"], "WA": ["Yakima", "Pierce"],
    "SD": ["Oglala Lakota", "Todd"], "NM": ["McKinley", "San Juan"],
}
STATE_NAMES = {"TX": "Texas", "OR": "Oregon", "CA": "California", "LA": "Louisiana", "AZ": "Arizona", "HI": "Hawaii",
               "MI": "Michigan", "MN": "Minnesota", "FL": "Florida", "NY": "New York", "OH": "Ohio",
               "WA": "Washington", "SD": "South Dakota", "NM": "New Mexico"}

CITIES = [("Portland", "97214"), ("Portland", "97266"), ("Gresham", "97030"), ("Salem", "97301"), ("Eugene", "97402"),
          ("Medford", "97501"), ("Vancouver", "98661"), ("Spokane", "99207"), ("Boise", "83705"),
          ("Stockton", "95205"), ("Yakima", "98902"), ("Tacoma", "98405"), ("Milwaukie", "97222"),
          ("Beaverton", "97005"), ("Fresno", "93701")]

LOCS = [
    ("under the burnside bridge east side", "Burnside Bridge east side encampment"),
    ("se 82nd & foster", "SE 82nd Ave & SE Foster Rd"),
    ("behind the safeway on ne broadway", "behind Safeway, NE Broadway"),
    ("springwater trail near se 111th", "Springwater Corridor near SE 111th Ave"),
    ("doorway at sw 3rd and ankeny", "SW 3rd Ave & SW Ankeny St"),
    ("rv on n columbia blvd by the slough", "N Columbia Blvd near Columbia Slough"),
    ("nw 6th & hoyt under the overpass", "NW 6th Ave & NW Hoyt St overpass"),
    ("laurelhurst park south end", "Laurelhurst Park, south end"),
    ("fred meyer lot on se powell", "Fred Meyer lot, SE Powell Blvd"),
    ("se division & 122nd", "SE Division St & SE 122nd Ave"),
    ("ne sandy & 47th by the bus shelter", "NE Sandy Blvd & NE 47th Ave"),
    ("i-205 path by gateway tc", "I-205 path at Gateway Transit Center"),
    ("n interstate & going", "N Interstate Ave & N Going St"),
    ("creek bank off johnson creek blvd", "Johnson Creek Blvd creek bank"),
    ("behind the library on ne 4th in gresham", "NE 4th St & NE Main Ave, Gresham"),
    ("sellwood riverfront under the bridge", "Sellwood Riverfront Park"),
    ("tent on 3417 se holgate, side yard", "3417 SE Holgate Blvd (side yard)"),
    ("camp by the 7-eleven, 12th & sandy", "NE 12th Ave & NE Sandy Blvd"),
]

VAN_STOPS = ["SW 6th & Yamhill", "NE MLK & Killingsworth", "Gresham TC", "SE 122nd & Burnside (St. Peter lot)",
             "Old Town / NW 5th & Couch"]
SHELTER_SITES = [("EASTSIDE_MENS", "2310 SE Stark St"), ("WOMENS_PLACE", "815 N Williams Ave"),
                 ("ROSE_HAVEN_FAMILY", "5020 NE 42nd Ave"), ("WINTER_OVERFLOW_3", "1102 SE Grand Ave")]
VEHICLES = [("1FT", "Ford", "E-150", "4"), ("1GC", "Chevrolet", "Express 2500", "6"), ("JT3", "Toyota", "4Runner", "Y"),
            ("1HG", "Honda", "Accord", "2"), ("5FN", "Honda", "Odyssey", "8"), ("2GC", "Chevrolet", "Silverado", "A"),
            ("1FM", "Ford", "Windstar", "1"), ("4T1", "Toyota", "Camry", "5")]
YEAR_OF = {"Y": 2000, "1": 2001, "2": 2002, "4": 2004, "5": 2005, "6": 2006, "8": 2008, "A": 2010}


class Client:
    pass


def build_clients():
    out = []
    used_cid = set()
    phones = list(range(101, 199))
    R.shuffle(phones)
    for i, (first, middle, last, sex, nick, born, elder) in enumerate(CLIENT_BASE):
        c = Client()
        c.first, c.middle, c.last, c.sex, c.nick, c.born = first, middle, last, sex, nick, born
        while True:
            cid = R.randint(10200, 98900)
            if cid not in used_cid:
                used_cid.add(cid)
                break
        c.cid = cid
        c.mrn = "MVC%07d" % R.randint(100000, 2999999)
        year = elder if elder else R.randint(1957, 2001)
        c.dob_q = 2 if R.random() < 0.25 else 1
        if c.dob_q == 2:
            c.dob = dtm.date(year, 1, 1)
        else:
            c.dob = dtm.date(year, R.randint(1, 12), R.randint(1, 28))
        c.age = TODAY.year - c.dob.year - ((TODAY.month, TODAY.day) < (c.dob.month, c.dob.day))
        c.ssn = ssn() if R.random() < 0.8 else None
        c.ssn_q = 1 if c.ssn else R.choice([8, 9, 99])
        if R.random() < 0.78:
            area = R.choice(["503", "971", "360"])
            c.phone = area + "555" + "%04d" % phones.pop()
        else:
            c.phone = None
        c.email = None
        if R.random() < 0.35:
            base = (c.first.split()[0].lower().replace("é", "e").replace("ë", "e").replace("-", "")
                    + R.choice([".", "", "_"]) + c.last.lower().replace("í", "i").replace("ễ", "e").replace("é", "e").replace("-", "")[:6]
                    + str(c.dob.year)[2:])
            c.email = base + "@" + R.choice(["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "proton.me"])
        loc_idx = R.sample(range(len(LOCS)), 2)
        c.locs = [LOCS[j] for j in loc_idx]
        c.city, c.zip = R.choice(CITIES)
        c.medicaid = R.choice("ABCDEFGHJKLMNPRSTWXYZ") + R.choice("ABCDEFGHJKLMNPRSTWXYZ") + digits(5) + R.choice("ABCDEFGHJKLMNPRSTWXYZ")
        c.mbi = mbi() if (c.age >= 62 or R.random() < 0.2) else None
        st = "OR" if R.random() < 0.6 else R.choice(["WA", "CA", "TX"])
        c.id_state = st
        if st == "OR":
            c.state_id = digits(R.choice([7, 8, 9])).lstrip("0") or "7001234"
        elif st == "WA":
            c.state_id = "WDL" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
        elif st == "CA":
            c.state_id = R.choice("ABCDEFGNY") + digits(7)
        else:
            c.state_id = digits(8)
        c.rel_first = R.choice(REL_FIRST)
        c.rel = R.choice(RELS)
        c.rel_last = last if c.rel not in ("friend",) and R.random() < 0.7 else R.choice(
            ["Morales", "Obi", "Chen", "Haile", "Baptiste", "Larsen", "Begay", "Tuilagi", "Sokolova", "Ahmadi"])
        c.rel_phone = R.choice(["503", "971", "360", "541", "206", "713"]) + "555" + "%04d" % phones.pop()
        c.ebt = luhn_make("507714", 16) if R.random() < 0.7 else None
        c.snap_case = digits(8) if c.ebt else None
        c.hr_code = (first[:2] + c.rel_first[:2]).upper().replace("É", "E").replace("Ë", "E") + "%02d%02d" % (c.dob.month, c.dob.year % 100)
        c.username = R.choice([first.split()[0].lower()[:5] + "." + last.lower()[:1] + str(c.dob.year)[2:],
                               nick.replace(" ", "").replace("-", "") + str(R.randint(10, 99))])
        c.username = (c.username.replace("é", "e").replace("ë", "e").replace("í", "i").replace("ễ", "e"))
        c.vehicle = None
        if i in (1, 4, 9, 13, 18, 24, 29):
            wmi, make, model, yc = R.choice(VEHICLES)
            plate_st = R.choice(["OR", "OR", "WA", "CA"])
            if plate_st == "OR":
                plate = digits(3) + " " + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
            elif plate_st == "WA":
                plate = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(4)
            else:
                plate = R.choice("5678") + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(3)
            c.vehicle = (plate_st, plate, vin(wmi, yc), make, model, YEAR_OF[yc])
        c.bc_no = "%03d-%d-%06d" % (R.randint(101, 199), c.dob.year, R.randint(1000, 999999))
        c.anumber = "A" + digits(9) if born in ("VN", "SO", "UA", "AF") else None
        c.imei = luhn_make(R.choice(["35693803", "35391110", "86891404", "35876410"]), 15)
        c.iccid = luhn_make("8901260", 19)
        c.card = "000" + digits(7)
        c.ce_case = "CE-24-%06d" % R.randint(1000, 9999)
        c.portal_ip = "%d.%d.%d.%d" % (R.choice([73, 24, 98, 174, 172, 107, 50]), R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
        if c.portal_ip.startswith("172.") and 16 <= int(c.portal_ip.split(".")[1]) <= 31:
            c.portal_ip = "172.58." + ".".join(c.portal_ip.split(".")[2:])
        c.fb = None
        if R.random() < 0.3:
            c.fb = "https://www.facebook.com/" + c.first.split()[0].lower().replace("é", "e").replace("ë", "e") + "." + \
                   c.last.lower().replace("í", "i").replace("ễ", "e").replace("é", "e") + "." + str(R.randint(1, 99))
        c.bank_acct = digits(R.choice([10, 11, 12])) if R.random() < 0.4 else None
        c.dx_card = luhn_make("511563", 16)
        out.append(c)
    return out


CLIENTS = build_clients()
WEIGHTS = [9, 8, 6, 5, 6, 4, 4, 3, 3, 3, 3, 2, 3, 2, 2, 2, 2, 4, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]


def pick():
    return R.choices(CLIENTS, weights=WEIGHTS)[0]


def pick_phone():
    while True:
        c = pick()
        if c.phone:
            return c


def staff(role=None):
    pool = [s for s in STAFF if role is None or s[3] == role]
    return R.choice(pool)


# ---------------------------------------------------------------------------
# clock
# ---------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.now = dtm.datetime(2024, 9, 16, 13, 58, 7, 412233)

    def advance(self):
        self.now += dtm.timedelta(seconds=R.expovariate(1 / 170.0), microseconds=R.randint(0, 999999))
        return self.now

    def ms(self, lo=1, hi=400):
        self.now += dtm.timedelta(microseconds=R.randint(lo * 1000, hi * 1000))
        return self.now


CLK = Clock()


def H(t):  # heroku drain timestamp
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00"


def local(t):
    return t - dtm.timedelta(hours=7)


def svc_date():
    return local(CLK.now).date()


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d, short=False):
    return "%d/%d/%s" % (d.month, d.day, str(d.year)[2:] if short else d.year)


def d_hl7(d):
    return d.strftime("%Y%m%d")


def pname(c):
    return c.first + " " + c.last


# ---------------------------------------------------------------------------
# families
# ---------------------------------------------------------------------------
OUT = []


def emit(L):
    OUT.append(L)


PUMA_PIDS = {"web.1": 4, "web.2": 4, "web.3": 4}


REQ_PID = {}


def rails(dyno, rid, lvl="INFO", pid=None):
    t = CLK.ms(0, 25)
    L = Line("rails")
    if rid not in REQ_PID:
        REQ_PID.clear()
        REQ_PID[rid] = R.choice([4, 7, 9, 12])
    pid = pid or REQ_PID[rid]
    inner = t - dtm.timedelta(microseconds=R.randint(20, 900))
    L.t("%s app[%s]: %s, [%s #%d] %5s -- : [%s] " % (H(t), dyno, lvl[0], inner.strftime("%Y-%m-%dT%H:%M:%S.%f"), pid, lvl, rid))
    return L


def router(method, path_parts, fwd, status, dyno=None, host=RAILS_HOST, rid=None, code=None, bytes_=None, service=None):
    t = CLK.ms(1, 30)
    L = Line("heroku-router")
    L.t("%s heroku[router]: " % H(t))
    if code:
        L.t('at=error code=%s desc="%s" ' % code)
    else:
        L.t("at=info ")
    L.t("method=%s path=\"" % method)
    L.add(*path_parts)
    L.t("\" host=%s request_id=%s fwd=\"" % (host, rid or uuid4()))
    L.add(fwd)
    svc = service if service is not None else R.randint(6, 900)
    L.t("\" dyno=%s connect=%dms service=%dms status=%d bytes=%d protocol=https" % (
        dyno or R.choice(["web.1", "web.2", "web.3"]), R.randint(0, 2), svc, status, bytes_ or R.randint(300, 48000)))
    return L


def staff_ip():
    return P(R.choice(STAFF_IPS), "ip")


# --- Rails: staff view client ------------------------------------------------
def ep_rails_show():
    c = pick()
    CLK.advance()
    rid = uuid4()
    dyno = R.choice(["web.1", "web.2", "web.3"])
    ip = staff_ip()
    tab = R.choice(["", "/encounters", "/documents", "/enrollments", "/timeline"])
    ctrl = {"": "ClientsController#show", "/encounters": "EncountersController#index",
            "/documents": "DocumentsController#index", "/enrollments": "EnrollmentsController#index",
            "/timeline": "TimelineController#show"}[tab]
    t = CLK.now
    emit(rails(dyno, rid).add('Started GET "/clients/', P(str(c.cid), "mrn"), tab, '" for ', ip,
                              " at %s +0000" % t.strftime("%Y-%m-%d %H:%M:%S")))
    if R.random() < 0.6:
        emit(rails(dyno, rid).add("Processing by %s as HTML" % ctrl))
    L = rails(dyno, rid).t("  Parameters: ")
    if tab:
        dump(L, {"client_id": P(str(c.cid), "mrn")}, "ruby")
    else:
        dump(L, {"id": P(str(c.cid), "mrn")}, "ruby")
    emit(L)
    if R.random() < 0.6:
        emit(rails(dyno, rid).add('  Client Load (%.1fms)  SELECT "clients".* FROM "clients" WHERE "clients"."id" = $1 LIMIT $2  [["id", ' % (R.random() * 3 + 0.3),
                                  P(c.cid, "mrn"), '], ["LIMIT", 1]]'))
    if R.random() < 0.5:
        emit(rails(dyno, rid).add('  User Load (0.4ms)  SELECT "users".* FROM "users" WHERE "users"."id" = $1 ORDER BY "users"."id" ASC LIMIT $2  [["id", %d], ["LIMIT", 1]]' % R.randint(3, 61)))
    view = "clients/show" if not tab else tab.strip("/") + "/index"
    if R.random() < 0.5:
        emit(rails(dyno, rid).add("  Rendered %s.html.erb within layouts/application (Duration: %.1fms | Allocations: %d)" % (view, R.random() * 60 + 4, R.randint(2000, 30000))))
    ms = R.randint(20, 400)
    emit(rails(dyno, rid).add("Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (ms, ms * 0.55, ms * 0.2, R.randint(8000, 60000))))
    emit(router("GET", ["/clients/", P(str(c.cid), "mrn"), tab], ip, 200, dyno=dyno, rid=rid, service=ms + R.randint(1, 9)))


# --- Rails: search ------------------------------------------------------------
def ep_rails_search():
    c = pick()
    CLK.advance()
    rid = uuid4()
    dyno = R.choice(["web.1", "web.2"])
    ip = staff_ip()
    q = R.choice([c.last.lower(), c.nick, c.first.split()[0].lower()])
    qenc = esc_url(q)
    emit(rails(dyno, rid).add('Started GET "/clients?q=', P(qenc, "name"), '&scope=active" for ', ip,
                              " at %s +0000" % CLK.now.strftime("%Y-%m-%d %H:%M:%S")))
    emit(rails(dyno, rid).add("Processing by ClientsController#index as HTML"))
    L = rails(dyno, rid).t("  Parameters: ")
    dump(L, {"q": P(q, "name"), "scope": "active"}, "ruby")
    emit(L)
    emit(rails(dyno, rid).add('  Client Search (%.1fms)  SELECT "clients".* FROM "clients" WHERE (clients.search_vector @@ plainto_tsquery(\'simple\', $1)) AND "clients"."deleted_at" IS NULL ORDER BY "clients"."last_seen_on" DESC LIMIT $2  [[nil, "' % (R.random() * 40 + 2),
                              P(esc_ruby(q), "name"), '"], ["LIMIT", 25]]'))
    ms = R.randint(40, 900)
    emit(rails(dyno, rid).add("Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (ms, ms * 0.4, ms * 0.5, R.randint(8000, 60000))))
    emit(router("GET", ["/clients?q=", P(qenc, "name"), "&scope=active"], ip, 200, dyno=dyno, rid=rid, service=ms + 3))


# --- Rails: encounter create ----------------------------------------------------
TYPO = {"received": "recieved", "tomorrow": "tommorow", "definitely": "definately", "appointment": "appt",
        "because": "bc", "with": "w/", "about": "abt"}


def note_for(c, lo=True):
    loc = c.locs[0][0] if lo else c.locs[0][1]
    nick = P(c.nick, "name")
    d = svc_date()
    appt = d + dtm.timedelta(days=R.randint(1, 9))
    s1 = staff()
    v = R.randrange(14)
    supplies = R.choice(["2 narcan + socks", "wound kit, socks, 1 narcan", "fts x10, narcan x2", "water + bus tickets",
                         "hygiene kit + tarp", "sleeping bag, 2 narcan", "snacks + hand warmers"])
    if v == 0:
        return T("saw ", nick, " @ ", P(loc, "address"), ". foot wound looking worse, gave ", supplies, ". f/u at van ", P(d_us(appt).rsplit("/", 1)[0], "date"))
    if v == 1:
        return T("pt ", P(c.first.lower() + " " + c.last.lower(), "name"), " (goes by ", nick, ") moved camp to ", P(c.locs[1][0], "address"),
                 ", says sweep on ", P(d_us(d - dtm.timedelta(days=R.randint(1, 4)), True), "date"), " took his tent + meds. needs new state id, dob ", P(d_us(c.dob, True), "date"))
    if v == 2:
        return T("checked on ", nick, " - not at usual spot (", P(loc, "address"), "). left card w/ neighbor. try again nxt wk w/ ", s1[0].lower())
    if v == 3 and c.phone:
        return T(nick, " says new # is ", P(fmt_phone(c.phone, R.choice(["dash", "plain", "dot"])), "phone"), ", txt only pls. wants help w/ snap recert")
    if v == 4:
        return T("wound care L shin, cellulitis improving. f/u van clinic ", P(d_us(appt).rsplit("/", 1)[0], "date"), ". ", c.rel, " ",
                 P(c.rel_first.lower() + " " + c.rel_last.lower(), "name"), " ", P(fmt_phone(c.rel_phone, "dash"), "phone"), " ok to call per ROI")
    if v == 5:
        return T("no answer at tent ", P(loc, "address"), ", belongings still there. neighbor says ", nick, " went to ER at ",
                 R.choice(["OHSU", "Legacy Emanuel", "Providence Portland"]), " last nite")
    if v == 6:
        return T(nick, " aka ", P(c.first.lower(), "name"), " - dob per pt ", P(d_us(c.dob), "date"), " but old id says diff. ", R.choice(["ssn card lost", "bc needed from " + c.born]))
    if v == 7 and c.age > 89:
        return T("elder @ ", P(loc, "address"), " - ", nick, ", says she is ", P(str(c.age), "age"), ". confused re date, urged shelter, declined. called ", s1[0].lower(), " for welfare ck")
    if v == 8:
        return T("recieved ", nick, "'s birth cert from ", P(R.choice(BIRTH_COUNTY.get(c.born, ["Multnomah"])) + " county", "address"),
                 " clerk, in ID locker #", str(R.randint(1, 60)))
    if v == 9:
        return T("gave ", supplies, " at ", P(loc, "address"), ". ", nick, " + partner ok, no od this wk")
    if v == 10:
        return T(nick, " sleeping in car, plate ", P(c.vehicle[1] if c.vehicle else "%s %s" % (digits(3), "KTR"), "vehicle"),
                 ", parked ", P(c.locs[1][0], "address"), ". interested in safe parking")
    if v == 11:
        return T(nick, " at ", P(loc, "address"), " asked abt mail. told her/him mail can come to 1420 nw lovejoy c/o rcsm. bup induction ", P(d_us(appt).rsplit("/", 1)[0], "date"), " w/ ", s1[0].lower())
    if v == 12:
        return T(nick, " age ", str(c.age) if c.age <= 89 else P(str(c.age), "age"), ", bp high 168/102, refused ER. recheck tmrw at ", P(loc, "address"))
    return T("dropped off ", supplies, " for ", nick, " + 3 others at ", P(loc, "address"), ". ", R.choice(["all ok", "no narcan used", "1 od reversed sat per camp"]))


def ep_rails_encounter():
    c = pick()
    CLK.advance()
    rid = uuid4()
    dyno = R.choice(["web.1", "web.2", "web.3"])
    ip = staff_ip()
    d = svc_date()
    emit(rails(dyno, rid).add('Started POST "/clients/', P(str(c.cid), "mrn"), '/encounters" for ', ip,
                              " at %s +0000" % CLK.now.strftime("%Y-%m-%d %H:%M:%S")))
    emit(rails(dyno, rid).add("Processing by EncountersController#create as TURBO_STREAM"))
    L = rails(dyno, rid).t("  Parameters: ")
    dump(L, {"authenticity_token": "[FILTERED]",
             "encounter": {"contact_type": R.choice(["street_outreach", "van_clinic", "phone"]),
                           "location_text": P(c.locs[0][1], "address"),
                           "occurred_on": P(d_iso(d), "date"),
                           "note": note_for(c),
                           "services": R.sample(["naloxone", "wound_care", "socks", "fts", "water", "hygiene_kit", "id_help"], 3)},
             "commit": "Save encounter", "client_id": P(str(c.cid), "mrn")}, "ruby")
    emit(L)
    emit(rails(dyno, rid).add("  TRANSACTION (0.3ms)  BEGIN"))
    eid = R.randint(200000, 299999)
    emit(rails(dyno, rid).add('  Encounter Create (%.1fms)  INSERT INTO "encounters" ("client_id", "user_id", "contact_type", "occurred_on", "created_at", "updated_at") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id"  [["client_id", ' % (R.random() * 3 + 0.5),
                              P(c.cid, "mrn"), '], ["user_id", %d], ["contact_type", "street_outreach"], ["occurred_on", "' % R.randint(3, 61),
                              P(d_iso(d), "date"), '"], ["created_at", "%s"], ["updated_at", "%s"]]' % (CLK.now.strftime("%Y-%m-%d %H:%M:%S.%f"), CLK.now.strftime("%Y-%m-%d %H:%M:%S.%f"))))
    emit(rails(dyno, rid).add("  TRANSACTION (1.1ms)  COMMIT"))
    emit(rails(dyno, rid).add("[ActiveJob] Enqueued HmisSyncJob (Job ID: %s) to Sidekiq(default) with arguments: \"Encounter\", %d" % (uuid4(), eid)))
    ms = R.randint(60, 700)
    emit(rails(dyno, rid).add("Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (ms, ms * 0.3, ms * 0.4, R.randint(8000, 60000))))
    emit(router("POST", ["/clients/", P(str(c.cid), "mrn"), "/encounters"], ip, 200, dyno=dyno, rid=rid, service=ms + 2))


# --- Rails: intake ---------------------------------------------------------------
def ep_rails_intake():
    c = pick()
    CLK.advance()
    rid = uuid4()
    dyno = R.choice(["web.1", "web.2", "web.3"])
    ip = staff_ip()
    emit(rails(dyno, rid).add('Started POST "/clients" for ', ip, " at %s +0000" % CLK.now.strftime("%Y-%m-%d %H:%M:%S")))
    emit(rails(dyno, rid).add("Processing by ClientsController#create as HTML"))
    cl = {"first_name": P(c.first, "name"), "middle_name": P(c.middle, "name") if c.middle else "",
          "last_name": P(c.last, "name"), "aliases": P(c.nick, "name"),
          "name_data_quality": "1", "dob": P(d_iso(c.dob), "date"), "dob_data_quality": str(c.dob_q),
          "ssn": "[FILTERED]", "ssn_data_quality": str(c.ssn_q),
          "phone": P(fmt_phone(c.phone, "paren"), "phone") if c.phone else "",
          "email": P(c.email, "email") if c.email else "",
          "last_permanent_city": P(c.city, "address"), "last_permanent_zip": P(c.zip, "zip"),
          "current_living_situation": "116", "veteran_status": R.choice(["0", "1", "8"])}
    if R.random() < 0.5:
        cl["id_document_type"] = "state_id" if c.id_state == "OR" else "drivers_license"
        cl["id_document_state"] = c.id_state
        cl["id_document_number"] = P(c.state_id, "license")
    L = rails(dyno, rid).t("  Parameters: ")
    dump(L, {"authenticity_token": "[FILTERED]", "client": cl, "commit": "Create Client"}, "ruby")
    emit(L)
    if R.random() < 0.35 and c.ssn:
        # duplicate SSN -> PG error
        t = CLK.ms(2, 40)
        n = R.randint(3, 60)
        emit(Line("heroku-postgres").t("%s app[postgres.%d]: [DATABASE] [%d-1]  sql_error_code = 23505 ERROR:  duplicate key value violates unique constraint \"index_clients_on_ssn\"" % (t.strftime("%Y-%m-%dT%H:%M:%S+00:00"), 1842, n)))
        emit(Line("heroku-postgres").add("%s app[postgres.%d]: [DATABASE] [%d-2]  sql_error_code = 23505 DETAIL:  Key (ssn)=(" % (t.strftime("%Y-%m-%dT%H:%M:%S+00:00"), 1842, n),
                                         P(c.ssn, "ssn"), ") already exists."))
        emit(rails(dyno, rid, "ERROR").add("ActiveRecord::RecordNotUnique (PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint \"index_clients_on_ssn\"\\nDETAIL:  Key (ssn)=(",
                                           P(c.ssn, "ssn"), ") already exists.\\n):"))
        emit(rails(dyno, rid).add("Completed 422 Unprocessable Entity in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (R.randint(30, 200), R.random() * 20, R.randint(9000, 30000))))
        emit(router("POST", ["/clients"], ip, 422, dyno=dyno, rid=rid))
        return
    emit(rails(dyno, rid).add('  Client Create (%.1fms)  INSERT INTO "clients" ("first_name", "last_name", "dob", "ssn", "created_at", "updated_at") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id"  [["first_name", "' % (R.random() * 3 + 0.5),
                              P(esc_ruby(c.first), "name"), '"], ["last_name", "', P(esc_ruby(c.last), "name"), '"], ["dob", "', P(d_iso(c.dob), "date"),
                              '"], ["ssn", "[FILTERED]"], ["created_at", "%s"], ["updated_at", "%s"]]' % (CLK.now.strftime("%Y-%m-%d %H:%M:%S.%f"), CLK.now.strftime("%Y-%m-%d %H:%M:%S.%f"))))
    emit(rails(dyno, rid).add("Redirected to https://%s/clients/" % RAILS_HOST, P(str(c.cid), "mrn")))
    emit(rails(dyno, rid).add("Completed 302 Found in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (R.randint(30, 200), R.random() * 20, R.randint(9000, 30000))))
    emit(router("POST", ["/clients"], ip, 302, dyno=dyno, rid=rid, bytes_=R.randint(90, 140)))


# --- Rails: contact methods update -------------------------------------------------
def ep_rails_contact():
    c = R.choice([x for x in CLIENTS if x.fb] * 2 + [x for x in CLIENTS if x.email])
    CLK.advance()
    rid = uuid4()
    dyno = R.choice(["web.1", "web.2", "web.3"])
    ip = staff_ip()
    emit(rails(dyno, rid).add('Started PATCH "/clients/', P(str(c.cid), "mrn"), '/contact" for ', ip,
                              " at %s +0000" % CLK.now.strftime("%Y-%m-%d %H:%M:%S")))
    cm = {"preferred": R.choice(["sms", "email", "facebook", "in_person"])}
    if c.phone:
        cm["mobile"] = P(fmt_phone(c.phone, R.choice(["dash", "paren"])), "phone")
    if c.email:
        cm["email"] = P(c.email, "email")
    if c.fb:
        cm["facebook_url"] = P(c.fb, "url")
    cm["message_ok_with"] = T(P(c.rel_first + " " + c.rel_last, "name"), " (" + c.rel + ")")
    cm["message_ok_phone"] = P(fmt_phone(c.rel_phone, "paren"), "phone")
    L = rails(dyno, rid).t("  Parameters: ")
    dump(L, {"authenticity_token": "[FILTERED]", "contact": cm, "commit": "Update", "client_id": P(str(c.cid), "mrn")}, "ruby")
    emit(L)
    if c.email and R.random() < 0.6:
        L = rails(dyno, rid).t("[ActionMailer] Delivered mail %s@%s.mail (%.1fms) to: " % (hexs(24), RAILS_HOST.split(".")[0], R.random() * 400))
        L.p(c.email, "email").t(' from: "%s" <noreply@rosecitystreetmed.org> subject: "Your contact info was updated"' % ORG)
        emit(L)
    emit(rails(dyno, rid).add("Completed 200 OK in %dms (Views: 12.0ms | ActiveRecord: %.1fms | Allocations: %d)" % (R.randint(40, 300), R.random() * 30, R.randint(9000, 40000))))


def ep_elder():
    c = R.choice([x for x in CLIENTS if x.age > 89])
    CLK.advance()
    k = R.randrange(5)
    if k == 4:
        L = aj("GuardianshipUpdateJob", uuid4()).t("[Guardianship] court-appointed guardian on file for client ").p(str(c.cid), "mrn")
        L.t(': guardian="').p(c.rel_first + " " + c.rel_last, "name").t('" relation=%s phone=' % c.rel).p(fmt_phone(c.rel_phone, "dash"), "phone")
        L.t(" fax=").p(fmt_phone(str(int(c.rel_phone[:6]) * 10000 + (int(c.rel_phone[6:]) + 1) % 10000).zfill(10), "dash"), "fax")
        L.t(" letters_of_guardianship=uploaded doc_id=%d" % R.randint(40000, 49999))
        emit(L)
    elif k == 0:
        emit(dj("INFO", "scoring").add("vulnerability override applied hmis_personal_id=", P(str(c.cid), "mrn"), " reason=age age=", P(str(c.age), "age"),
                                       " dob_data_quality=%d by=%s" % (c.dob_q, staff("case_manager")[2])))
    elif k == 1:
        obj = {"ts": CLK.now.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (CLK.now.microsecond // 1000), "level": "info", "event": "encounter.synced",
               "app_version": APP_VER, "device_id": "tab-%02d" % R.randint(1, 14), "worker": staff("outreach")[2], "clientId": P(c.cid, "mrn"),
               "encounterUuid": uuid4(), "contactDate": P(d_iso(svc_date()), "date"),
               "note": T("elder @ ", P(c.locs[0][0], "address"), " - ", P(c.nick, "name"), ", says ", "she" if c.sex == "F" else "he", " is ", P(str(c.age), "age"),
                         ". confused re date, urged shelter, declined. called apsd for welfare ck"), "queued_ms": R.randint(20, 9000)}
        emit(jline("app-json", obj, "json"))
    elif k == 2:
        L = aj("EligibilityCheckJob", uuid4()).t("[Eligibility] Medicare HETS lookup ok mbi=").p(c.mbi, "health_plan").t(" part_a=Y part_b=Y age=").p(str(c.age), "age")
        emit(L)
    else:
        L = Line("hmis-csv")
        t = CLK.now
        L.t("%s app[worker.1]: W, [%s #11]  WARN -- : [HmisCsvImport] Client.csv:%d flagged (age > 89, DOBDataQuality=%d): PersonalID=" % (H(t), t.strftime("%Y-%m-%dT%H:%M:%S.%f"), R.randint(2, 4000), c.dob_q))
        L.p(str(c.cid), "mrn").t(" DOB=").p(d_iso(c.dob), "date").t(" computed_age=").p(str(c.age), "age")
        emit(L)


def ep_portal_profile():
    c = pick()
    CLK.advance()
    url = "https://portal.rosecitystreetmed.org/u/" + c.username
    L = dj("INFO", "portal").t("profile updated username=").p(c.username, "other_id").t(" fields=[%s]" % ", ".join(R.sample(["email", "phone", "preferred_contact", "pronouns"], 2)))
    if c.email:
        L.t(" email=").p(c.email, "email")
    L.t(" profile_url=").p(url, "url")
    emit(L)


# --- Rails: noise --------------------------------------------------------------
def ep_rails_noise():
    CLK.advance()
    k = R.randrange(7)
    rid = uuid4()
    dyno = R.choice(["web.1", "web.2", "web.3"])
    if k == 0:
        ip = P(R.choice(UPTIME_IPS), None)
        emit(rails(dyno, rid).add('Started GET "/up" for ', ip, " at %s +0000" % CLK.now.strftime("%Y-%m-%d %H:%M:%S")))
        emit(rails(dyno, rid).add("Processing by Rails::HealthController#show as HTML"))
        emit(rails(dyno, rid).add("Completed 200 OK in 1ms (Views: 0.4ms | ActiveRecord: 0.0ms | Allocations: 212)"))
        emit(router("GET", ["/up"], ip, 200, dyno=dyno, rid=rid, bytes_=73, service=2))
    elif k == 1:
        s = staff()
        ip = staff_ip()
        emit(rails(dyno, rid).add('Started POST "/users/sign_in" for ', ip, " at %s +0000" % CLK.now.strftime("%Y-%m-%d %H:%M:%S")))
        emit(rails(dyno, rid).add("Processing by Users::SessionsController#create as HTML"))
        L = rails(dyno, rid).t("  Parameters: ")
        dump(L, {"authenticity_token": "[FILTERED]", "user": {"email": "%s@rosecitystreetmed.org" % s[2].split(".")[-1], "password": "[FILTERED]", "remember_me": "1"}, "commit": "Log in"}, "ruby")
        emit(L)
        emit(rails(dyno, rid).add("Redirected to https://%s/dashboard" % RAILS_HOST))
        emit(rails(dyno, rid).add("Completed 303 See Other in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (R.randint(200, 420), R.random() * 9, R.randint(9000, 30000))))
    elif k == 2:
        ip = staff_ip()
        m = R.choice(["2024-07", "2024-08"])
        emit(rails(dyno, rid).add('Started GET "/reports/monthly_census?month=%s&site=all" for ' % m, ip, " at %s +0000" % CLK.now.strftime("%Y-%m-%d %H:%M:%S")))
        emit(rails(dyno, rid).add("Processing by Reports::CensusController#show as CSV"))
        emit(rails(dyno, rid).add("  Parameters: {\"month\"=>\"%s\", \"site\"=>\"all\"}" % m))
        emit(rails(dyno, rid).add("  Rendered reports/census/show.csv.erb (Duration: %.1fms | Allocations: %d)" % (R.random() * 900, R.randint(90000, 400000))))
        emit(rails(dyno, rid).add("Sent data census-%s.csv (0.6ms)" % m))
        emit(rails(dyno, rid).add("Completed 200 OK in %dms (Views: 0.5ms | ActiveRecord: %.1fms | Allocations: %d)" % (R.randint(900, 4000), R.random() * 900, R.randint(300000, 900000))))
    elif k == 3:
        emit(rails(dyno, rid, "WARN").add("Can't verify CSRF token authenticity."))
        emit(rails(dyno, rid).add("Completed 422 Unprocessable Entity in 3ms (ActiveRecord: 0.0ms | Allocations: 1023)"))
    elif k == 4:
        asset = R.choice(["application-3f2a91c4d8.css", "application-9be01a2c77.js", "logo-rcsm-5c1d2e.svg"])
        emit(router("GET", ["/assets/" + asset], staff_ip(), 200, bytes_=R.randint(3000, 210000), service=R.randint(1, 6)))
    elif k == 5:
        ip = staff_ip()
        emit(rails(dyno, rid).add('Started GET "/dashboard" for ', ip, " at %s +0000" % CLK.now.strftime("%Y-%m-%d %H:%M:%S")))
        emit(rails(dyno, rid).add("Processing by DashboardController#index as HTML"))
        emit(rails(dyno, rid).add("  Rendered dashboard/index.html.erb within layouts/application (Duration: %.1fms | Allocations: %d)" % (R.random() * 90, R.randint(9000, 60000))))
        ms = R.randint(50, 300)
        emit(rails(dyno, rid).add("Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (ms, ms * 0.6, ms * 0.3, R.randint(9000, 90000))))
        emit(router("GET", ["/dashboard"], ip, 200, dyno=dyno, rid=rid, service=ms + 2))
    else:
        eid = R.randint(200000, 299999)
        emit(rails(dyno, rid, "ERROR").add("ActionController::RoutingError (No route matches [GET] \"/wp-login.php\"):"))
        emit(router("GET", ["/wp-login.php"], P("45.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), None), 404, rid=rid, bytes_=1722, service=4))


# --- Twilio via Rails ---------------------------------------------------------------
def sid(prefix):
    return prefix + hexs(32)


SMS_IN = [
    lambda c: T("hey its ", P(c.first.split()[0].lower(), "name"), ", im at ", P(c.locs[1][0], "address"), " now"),
    lambda c: T("this is ", P(c.first.lower() + " " + c.last.lower(), "name"), " can i pick up my mail tmrw"),
    lambda c: T("need narcan at ", P(c.locs[0][0], "address"), " asap someone fell out"),
    lambda c: T("STOP"),
    lambda c: T("whats the van schedule this wk"),
    lambda c: T("ok thank u"),
    lambda c: T("did my id come yet? dob is ", P(d_us(c.dob), "date")),
    lambda c: T("its ", P(c.nick, "name"), " my phone got stole, this is my new one"),
    lambda c: T("yes"),
    lambda c: T("cant make it " + R.choice(["mon", "tues", "thurs"]) + " can we do next wk"),
]


def twilio_params_sms(c, body_T):
    return {"ToCountry": "US", "ToState": "OR", "SmsMessageSid": sid("SM"), "NumMedia": "0", "ToCity": "PORTLAND",
            "FromZip": "", "SmsSid": sid("SM"), "FromState": "WA" if c.phone.startswith("360") else "OR", "SmsStatus": "received", "FromCity": "",
            "Body": body_T, "FromCountry": "US", "To": "+1" + ORG_TWILIO, "MessagingServiceSid": sid("MG"),
            "ToZip": "97204", "NumSegments": "1", "MessageSid": sid("SM"), "AccountSid": "AC5e6f1a0d9c2b4e8f7a3c1d2e4b6a8c0f",
            "From": P("+1" + c.phone, "phone"), "ApiVersion": "2010-04-01"}


def ep_twilio_inbound():
    c = pick_phone()
    CLK.advance()
    rid = uuid4()
    dyno = R.choice(["web.1", "web.2"])
    tip = P(R.choice(TWILIO_IPS), None)
    emit(rails(dyno, rid).add('Started POST "/twilio/sms" for ', tip, " at %s +0000" % CLK.now.strftime("%Y-%m-%d %H:%M:%S")))
    emit(rails(dyno, rid).add("Processing by Twilio::SmsController#create as HTML"))
    L = rails(dyno, rid).t("  Parameters: ")
    body = R.choice(SMS_IN)(c)
    dump(L, twilio_params_sms(c, body), "ruby")
    emit(L)
    if R.random() < 0.5:
        emit(rails(dyno, rid).add("[InboundSms] matched From to client_id=", P(str(c.cid), "mrn"), " thread=%d assigned_to=%s" % (R.randint(4000, 9000), staff()[2])))
    else:
        emit(rails(dyno, rid).add("[InboundSms] Twilio signature ok (X-Twilio-Signature=%s)" % b64_rand(20)))
    emit(rails(dyno, rid).add("  Rendered text template (Duration: 0.0ms | Allocations: 9)"))
    emit(rails(dyno, rid).add("Completed 200 OK in %dms (Views: 0.3ms | ActiveRecord: %.1fms | Allocations: %d)" % (R.randint(8, 90), R.random() * 10, R.randint(2000, 9000))))
    emit(router("POST", ["/twilio/sms"], tip, 200, dyno=dyno, rid=rid, bytes_=R.randint(80, 120)))


def ep_twilio_status():
    c = pick_phone()
    CLK.advance()
    rid = uuid4()
    dyno = R.choice(["web.1", "web.2", "web.3"])
    tip = P(R.choice(TWILIO_IPS), None)
    st = R.choice(["delivered", "delivered", "sent", "undelivered", "failed"])
    emit(rails(dyno, rid).add('Started POST "/twilio/status" for ', tip, " at %s +0000" % CLK.now.strftime("%Y-%m-%d %H:%M:%S")))
    L = rails(dyno, rid).t("  Parameters: ")
    prm = {"ErrorCode": "30003" if st in ("undelivered", "failed") else None, "SmsSid": sid("SM"), "SmsStatus": st,
           "MessageStatus": st, "To": P("+1" + c.phone, "phone"), "MessagingServiceSid": sid("MG"), "MessageSid": sid("SM"),
           "AccountSid": "AC5e6f1a0d9c2b4e8f7a3c1d2e4b6a8c0f", "From": "+1" + ORG_TWILIO, "ApiVersion": "2010-04-01"}
    if prm["ErrorCode"] is None:
        del prm["ErrorCode"]
    dump(L, prm, "ruby")
    emit(L)
    emit(rails(dyno, rid).add("Completed 204 No Content in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (R.randint(4, 40), R.random() * 6, R.randint(900, 4000))))


def ep_sms_outbound():
    c = pick_phone()
    CLK.advance()
    t = CLK.now
    stop = R.choice(VAN_STOPS)
    appt = svc_date() + dtm.timedelta(days=R.randint(1, 6))
    hour = R.choice(["9am", "10am", "10:30", "1pm", "2pm"])
    body = R.choice([
        lambda: T("Hi ", P(c.first.split()[0], "name"), ", reminder: van clinic ", P(d_us(appt).rsplit("/", 1)[0], "date"), " " + hour + " @ " + stop + ". Reply STOP to opt out"),
        lambda: T(ORG + ": your ID appt is ", P(d_us(appt), "date"), " " + hour + ". Call " + fmt_phone(ORG_MAIN, "paren") + " w/ questions"),
        lambda: T("Van is at " + stop + " today until 3pm. Narcan, wound care, snacks. - RCSM"),
        lambda: T(P(c.nick.title(), "name"), " your mail came in, pick up at 1420 NW Lovejoy M-F 9-4"),
    ])()
    L = Line("sidekiq")
    jid = hexs(24)
    L.t("%s pid=8 tid=%s class=SmsReminderJob jid=%s INFO: " % (t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z", hexs(4), jid))
    L.add("[SmsSender] sent sid=%s to=" % sid("SM"), P("+1" + c.phone, "phone"), " status=queued segments=1 body=\"")
    L.x(body, esc_logfmt)
    L.t('"')
    emit(L)
    if R.random() < 0.3:
        L = Line("sidekiq")
        t = CLK.ms(100, 2000)
        L.t("%s pid=8 tid=%s class=SmsReminderJob jid=%s elapsed=%.3f INFO: done" % (t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z", hexs(4), jid, R.random() * 2))
        emit(L)


def ep_twilio_error():
    c = pick_phone()
    CLK.advance()
    t = CLK.now
    jid = hexs(24)
    code, msg = R.choice([("21610", "Attempt to send to unsubscribed recipient"), ("21211", "The 'To' number %s is not a valid phone number."),
                          ("30006", "Landline or unreachable carrier")])
    L = Line("sidekiq")
    L.t("%s pid=8 tid=%s class=SmsReminderJob jid=%s WARN: " % (t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z", hexs(4), jid))
    L.t('{"context":"Job raised exception","job":{"retry":true,"queue":"default","class":"SmsReminderJob","args":[')
    L.p(str(c.cid), "mrn").t(',"').p("+1" + c.phone, "phone").t('"],"jid":"%s","created_at":%.3f,"enqueued_at":%.3f,"error_message":"' % (jid, t.timestamp() - 30, t.timestamp() - 2))
    if "%s" in msg:
        a, b = msg.split("%s")
        L.t("[HTTP 400] %s : Unable to create record: " % code + a).p("+1" + c.phone, "phone").t(b)
    else:
        L.t("[HTTP 400] %s : Unable to create record: %s" % (code, msg))
    L.t('","error_class":"Twilio::REST::RestError","failed_at":%.3f,"retry_count":%d}}' % (t.timestamp(), R.randint(0, 4)))
    emit(L)


def ep_twilio_voice():
    c = pick_phone()
    CLK.advance()
    rid = uuid4()
    tip = P(R.choice(TWILIO_IPS), None)
    dyno = "web.1"
    emit(rails(dyno, rid).add('Started POST "/twilio/voice" for ', tip, " at %s +0000" % CLK.now.strftime("%Y-%m-%d %H:%M:%S")))
    ph = P("+1" + c.phone, "phone")
    prm = {"Called": "+1" + ORG_TWILIO, "ToState": "OR", "CallerCountry": "US", "Direction": "inbound", "CallerState": "WA" if c.phone.startswith("360") else "OR",
           "ToZip": "", "CallSid": sid("CA"), "To": "+1" + ORG_TWILIO, "CallerZip": "", "ToCountry": "US",
           "ApiVersion": "2010-04-01", "CalledCity": "", "CallStatus": "ringing", "From": ph,
           "AccountSid": "AC5e6f1a0d9c2b4e8f7a3c1d2e4b6a8c0f", "CalledCountry": "US", "CallerCity": "", "ToCity": "",
           "FromCountry": "US", "Caller": P("+1" + c.phone, "phone"), "FromCity": "", "CalledState": "OR", "FromZip": "", "FromState": "WA" if c.phone.startswith("360") else "OR"}
    L = rails(dyno, rid).t("  Parameters: ")
    dump(L, prm, "ruby")
    emit(L)
    emit(rails(dyno, rid).add("Completed 200 OK in %dms (Views: 0.6ms | ActiveRecord: %.1fms | Allocations: %d)" % (R.randint(8, 90), R.random() * 10, R.randint(2000, 9000))))


# --- Sidekiq noise / jobs -------------------------------------------------------------
def sk(level="INFO", cls=None, jid=None, extra=""):
    t = CLK.ms(1, 900)
    L = Line("sidekiq")
    L.t("%s pid=%d tid=%s%s%s%s %s: " % (t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z", R.choice([8, 11]), hexs(4),
                                        (" class=" + cls) if cls else "", (" jid=" + jid) if jid else "", extra, level))
    return L


def ep_sidekiq_noise():
    CLK.advance()
    k = R.randrange(5)
    if k == 0:
        cls = R.choice(["HmisSyncJob", "DailyCensusJob", "PurgeExpiredRoisJob", "HudCsvExportJob", "InventorySnapshotJob"])
        jid = hexs(24)
        emit(sk(cls=cls, jid=jid).t("start"))
        emit(sk(cls=cls, jid=jid, extra=" elapsed=%.3f" % (R.random() * 40)).t("done"))
    elif k == 1:
        emit(sk().t("Sidekiq 7.2.4 connecting to Redis with options {:size=>10, :pool_name=>\"internal\", :url=>\"rediss://:REDACTED@ec2-3-214-11-90.compute-1.amazonaws.com:17540\"}"))
    elif k == 2:
        emit(sk().t("Booted Rails 7.1.3.4 application in production environment"))
        emit(sk().t("Starting processing, hit Ctrl-C to stop"))
    elif k == 3:
        jid = hexs(24)
        emit(sk(cls="HudCsvExportJob", jid=jid).t("start"))
        emit(sk(cls="HudCsvExportJob", jid=jid).t("[HudCsvExport] export_id=%d period=2023-10-01..2024-09-30 Client.csv rows=%d Enrollment.csv rows=%d Exit.csv rows=%d" % (R.randint(900, 999), R.randint(3000, 4000), R.randint(5000, 8000), R.randint(2000, 5000))))
        emit(sk(cls="HudCsvExportJob", jid=jid).t("[HudCsvExport] uploaded hmis-exports/%s/export_%d.zip (%.1f MB)" % (CLK.now.strftime("%Y%m%d"), R.randint(900, 999), R.random() * 30 + 2)))
        emit(sk(cls="HudCsvExportJob", jid=jid, extra=" elapsed=%.3f" % (R.random() * 300)).t("done"))
    else:
        cid = pick()
        jid = hexs(24)
        emit(sk(cls="HmisSyncJob", jid=jid).t("start"))
        emit(sk(cls="HmisSyncJob", jid=jid).add("[HmisSync] pushed encounter %d for client " % R.randint(200000, 299999), P(str(cid.cid), "mrn"), " to HMIS (status=201, %dms)" % R.randint(80, 900)))
        emit(sk(cls="HmisSyncJob", jid=jid, extra=" elapsed=%.3f" % (R.random() * 2)).t("done"))


# --- ID recovery / benefits / lifeline / safe parking (Rails jobs) -----------------------
def aj(cls, jobid):
    t = CLK.ms(5, 900)
    L = Line("rails-activejob")
    L.t("%s app[worker.1]: I, [%s #11]  INFO -- : [ActiveJob] [%s] [%s] " % (H(t), t.strftime("%Y-%m-%dT%H:%M:%S.%f"), cls, jobid))
    return L


def ep_id_recovery(force=None):
    c = pick()
    CLK.advance()
    jobid = uuid4()
    cls = "IdRecoveryJob"
    req = R.randint(2100, 2999)
    emit(aj(cls, jobid).t("Performing %s (Job ID: %s) from Sidekiq(default) enqueued at %s with arguments: #<GlobalID:0x00007f%s @uri=#<URI::GID gid://rcsm-hmis/IdRecoveryRequest/%d>>" % (
        cls, jobid, (CLK.now - dtm.timedelta(seconds=3)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z", hexs(10), req)))
    k = R.choice([0, 0, 1, 2, 2, 3]) if force is None else force
    if k == 0 and c.born in BIRTH_COUNTY:
        L = aj(cls, jobid).t("[IdRecovery] birth certificate request %d submitted to %s vital records: client_id=" % (req, STATE_NAMES[c.born]))
        L.p(str(c.cid), "mrn").t(' name="').p(c.last + ", " + c.first + ((" " + c.middle) if c.middle else ""), "name")
        L.t('" dob=').p(d_iso(c.dob), "date").t(' birth_county="').p(R.choice(BIRTH_COUNTY[c.born]), "address")
        L.t('" mother_maiden="').p(c.rel_last if c.rel in ("mother",) else R.choice(["Eze", "Morales", "Begay", "Baptiste", "Haile"]), "name")
        L.t('" fee_waiver=true order_no=VR-%s-%07d mail_to="c/o %s, %s"' % (CLK.now.strftime("%y"), R.randint(1000000, 9999999), ORG, ORG_ADDR))
        emit(L)
    elif k == 1:
        appt = svc_date() + dtm.timedelta(days=R.randint(3, 20))
        L = aj(cls, jobid).t("[IdRecovery] DMV appointment booked for client ").p(str(c.cid), "mrn")
        L.t(' doc=state_id office="Portland - SE 92nd Ave" appt=').p(d_iso(appt) + "T" + R.choice(["09:40", "10:15", "13:20", "14:05"]), "date")
        L.t(" confirmation=ODMV%s documents=[birth_cert,ssn_card,proof_of_address:%s_letter]" % (digits(8), R.choice(["shelter", "rcsm"])))
        if R.random() < 0.6:
            L.t(" prior_%s_dl=" % c.id_state.lower()).p(c.state_id, "license").t(" (expired)")
        emit(L)
    elif k == 2:
        L = aj(cls, jobid).t("[IdRecovery] state ID received: client_id=").p(str(c.cid), "mrn").t(" state=%s id_number=" % c.id_state)
        L.p(c.state_id, "license").t(" locker=%d scanned_by=%s" % (R.randint(1, 60), staff()[2]))
        emit(L)
    else:
        if c.anumber:
            L = aj(cls, jobid).t("[IdRecovery] I-90 replacement green card filed: client=").p(str(c.cid), "mrn").t(" a_number=").p(c.anumber, "other_id")
            L.t(" receipt=").p("IOE" + digits(10), "other_id").t(" biometrics_appt=").p(d_iso(svc_date() + dtm.timedelta(days=R.randint(14, 40))), "date").t(" fee_waiver=I-912")
        else:
            L = aj(cls, jobid).t("[IdRecovery] SS-5 replacement card form generated for client ").p(str(c.cid), "mrn").t(" (ssn on file: %s) pdf=tmp/ss5-%s.pdf" % ("yes" if c.ssn else "no", hexs(8)))
        emit(L)
    emit(aj(cls, jobid).t("Performed %s (Job ID: %s) from Sidekiq(default) in %.2fms" % (cls, jobid, R.random() * 3000 + 40)))


def ep_benefits(force=None):
    c = pick()
    if force == 1:
        c = R.choice([x for x in CLIENTS if x.ssn])
    elif force == 4:
        c = R.choice([x for x in CLIENTS if x.ebt])
    CLK.advance()
    jobid = uuid4()
    k = R.randrange(5) if force is None else force
    if k == 0 and c.snap_case:
        cls = "SnapApplicationJob"
        L = aj(cls, jobid).t("[Benefits::Snap] ONE application submitted client_id=").p(str(c.cid), "mrn")
        L.t(" case_no=").p(c.snap_case, "other_id").t(" household_size=1 homeless=true mailing=\"c/o %s, %s\" interview_on=" % (ORG, ORG_ADDR))
        L.p(d_iso(svc_date() + dtm.timedelta(days=R.randint(5, 14))), "date").t(" expedited=%s" % R.choice(["true", "false"]))
        emit(L)
    elif k == 1 and c.ssn:
        cls = "SsiApplicationJob"
        L = aj(cls, jobid).t("[Benefits::Ssi] SSA-8000 draft saved client=").p(str(c.cid), "mrn").t(" ssn=").p(c.ssn, "ssn")
        L.t(" protective_filing_date=").p(d_iso(svc_date()), "date")
        if force == 1 or R.random() < 0.65:
            L.t(' rep_payee="').p(c.rel_first + " " + c.rel_last, "name").t('" payee_fax=').p(fmt_phone(c.rel_phone, "paren"), "fax")
        else:
            L.t(" rep_payee=none soar_worker=%s" % R.choice(["isolberg", "pvenkat"]))
        emit(L)
        if c.bank_acct:
            L = aj(cls, jobid).t("[Benefits::Ssi] direct deposit: routing=%s account=" % aba_routing()).p(c.bank_acct, "account").t(" type=checking")
            emit(L)
        else:
            L = aj(cls, jobid).t("[Benefits::Ssi] payment method Direct Express card=").p(c.dx_card, "account").t(" (enrolled %s)" % R.choice(["by phone", "at SSA office"]))
            emit(L)
    elif k == 2:
        cls = "EligibilityCheckJob"
        L = aj(cls, jobid).t("[Eligibility] 270/271 OHA response: member_id=").p(c.medicaid, "health_plan")
        L.t(' name="').p(c.last.upper() + ", " + c.first.upper(), "name").t('" dob=').p(d_hl7(c.dob), "date")
        L.t(" plan=%s group=%s coverage=active eff=%s" % (R.choice(["CareOregon", "Trillium", "OHP Open Card"]), R.choice(["OHP-PLUS", "GRP-77410", "BMH"]), "2024-01-01"))
        emit(L)
    elif k == 3 and c.mbi:
        cls = "EligibilityCheckJob"
        mb = c.mbi
        mbf = mb if R.random() < 0.5 else mb[:4] + "-" + mb[4:7] + "-" + mb[7:]
        L = aj(cls, jobid).t("[Eligibility] Medicare HETS lookup ok mbi=").p(mbf, "health_plan").t(" part_a=Y part_b=Y dob=").p(d_iso(c.dob), "date")
        if c.age > 89:
            L.t(" age=").p(str(c.age), "age")
        emit(L)
    elif c.ebt:
        cls = "EbtReplacementJob"
        L = aj(cls, jobid).t("[Benefits::Ebt] replacement card requested client=").p(str(c.cid), "mrn").t(" old_card=").p(c.ebt, "account")
        L.t(" reason=stolen_in_sweep pickup=office")
        emit(L)
    else:
        cls = "EligibilityCheckJob"
        emit(aj(cls, jobid).t("[Eligibility] OHA 271 batch: %d requests, %d active, %d inactive, %d errors (AAA 72)" % (R.randint(30, 90), R.randint(20, 70), R.randint(1, 9), R.randint(0, 3))))
    emit(aj(cls, jobid).t("Performed %s (Job ID: %s) from Sidekiq(default) in %.2fms" % (cls, jobid, R.random() * 3000 + 40)))


def ep_lifeline():
    c = pick()
    CLK.advance()
    jobid = uuid4()
    cls = "LifelineEnrollmentJob"
    L = aj(cls, jobid).t("[Lifeline] phone issued client=").p(str(c.cid), "mrn")
    L.t(' model="%s" imei=' % R.choice(["moto g play 2024", "Samsung Galaxy A15 5G", "TCL 40 XL"])).p(c.imei, "device")
    L.t(" iccid=").p(c.iccid, "device").t(" msisdn=").p("+1" + (c.phone or "5035550188"), "phone")
    L.t(" carrier=%s nv_app_id=%s" % (R.choice(["assurance", "safelink", "q-link"]), "N" + digits(6) + "-" + digits(5)))
    emit(L)
    emit(aj(cls, jobid).t("Performed %s (Job ID: %s) from Sidekiq(default) in %.2fms" % (cls, jobid, R.random() * 3000 + 40)))


def ep_safe_parking():
    c = R.choice([x for x in CLIENTS if x.vehicle])
    CLK.advance()
    st, plate, v, make, model, year = c.vehicle
    lot = R.choice(["LOT-1 (St. Andrew)", "LOT-3 (Mt Tabor Presbyterian)", "LOT-4 (Gateway)"])
    L = Line("rails")
    t = CLK.now
    L.t("%s app[web.2]: I, [%s #9]  INFO -- : [%s] " % (H(t), t.strftime("%Y-%m-%dT%H:%M:%S.%f"), uuid4()))
    L.t("[SafeParking] permit issued client_id=").p(str(c.cid), "mrn").t(' vehicle="%d %s %s" plate_state=%s plate="' % (year, make, model, st))
    L.p(plate, "vehicle").t('" vin=').p(v, "vehicle").t(' lot="%s" space=%d start_on=' % (lot, R.randint(1, 24))).p(d_iso(svc_date()), "date")
    emit(L)
    if R.random() < 0.5:
        emit(Line("rails").t("%s app[web.2]: I, [%s #9]  INFO -- : [SafeParking] lot occupancy %s: %d/%d spaces, waitlist=%d" % (
            H(CLK.ms()), CLK.now.strftime("%Y-%m-%dT%H:%M:%S.%f"), lot.split()[0], R.randint(10, 24), 24, R.randint(0, 19))))


# --- Heroku platform ---------------------------------------------------------------------
def ep_heroku_platform():
    CLK.advance()
    k = R.randrange(9)
    t = CLK.now
    if k == 0:
        d = R.choice(["web.1", "web.2", "web.3", "worker.1"])
        emit(Line("heroku-platform").t("%s heroku[%s]: Cycling" % (H(t), d)))
        emit(Line("heroku-platform").t("%s heroku[%s]: State changed from up to starting" % (H(CLK.ms()), d)))
        emit(Line("heroku-platform").t("%s heroku[%s]: Stopping all processes with SIGTERM" % (H(CLK.ms()), d)))
        emit(Line("heroku-platform").t("%s heroku[%s]: Process exited with status 143" % (H(CLK.ms(200, 900)), d)))
        emit(Line("heroku-platform").t("%s heroku[%s]: Starting process with command `%s`" % (H(CLK.ms(200, 900)), d,
                                                                                            "bundle exec puma -C config/puma.rb" if d.startswith("web") else "bundle exec sidekiq -C config/sidekiq.yml")))
        emit(Line("heroku-platform").t("%s heroku[%s]: State changed from starting to up" % (H(CLK.ms(900, 3000)), d)))
    elif k == 1:
        d = R.choice(["web.1", "web.2", "web.3"])
        mem = R.randint(520, 700)
        emit(Line("heroku-platform").t("%s heroku[%s]: Process running mem=%dM(%.1f%%)" % (H(t), d, mem, mem / 5.12)))
        emit(Line("heroku-platform").t("%s heroku[%s]: Error R14 (Memory quota exceeded)" % (H(CLK.ms()), d)))
    elif k == 2:
        v = R.randint(400, 420)
        emit(Line("heroku-platform").t("%s app[api]: Build started by user deploy-bot@rosecitystreetmed.org" % H(t)))
        emit(Line("heroku-platform").t("%s app[api]: Deploy %s by user deploy-bot@rosecitystreetmed.org" % (H(CLK.ms(900, 999)), hexs(8))))
        emit(Line("heroku-platform").t("%s app[api]: Release v%d created by user deploy-bot@rosecitystreetmed.org" % (H(CLK.ms()), v)))
    elif k == 3:
        emit(Line("heroku-platform").t("%s heroku[scheduler.%d]: Starting process with command `bundle exec rake %s`" % (H(t), R.randint(1000, 9999), R.choice(["hmis:nightly_export", "census:snapshot", "sms:send_reminders", "roi:expire"]))))
        emit(Line("heroku-platform").t("%s heroku[scheduler.%d]: State changed from starting to up" % (H(CLK.ms(500, 999)), R.randint(1000, 9999))))
    elif k == 4:
        emit(Line("heroku-postgres").t("%s app[heroku-postgres]: source=DATABASE addon=postgresql-rugged-41872 sample#current_transaction=%d sample#db_size=%dbytes sample#tables=74 sample#active-connections=%d sample#waiting-connections=0 sample#index-cache-hit-rate=0.%05d sample#table-cache-hit-rate=0.%05d sample#load-avg-1m=%.3f sample#load-avg-5m=%.3f sample#load-avg-15m=%.3f sample#read-iops=%.4f sample#write-iops=%.3f sample#tmp-disk-used=543633408 sample#tmp-disk-available=72435159040 sample#memory-total=3944700kB sample#memory-free=%dkB sample#memory-cached=%dkB sample#memory-postgres=%dkB sample#wal-percentage-used=0.0%d" % (
            H(t), R.randint(2800000, 2900000), R.randint(1100000000, 1200000000), R.randint(8, 30), R.randint(99000, 99999), R.randint(98000, 99999),
            R.random() / 3, R.random() / 4, R.random() / 5, R.random(), R.random() * 5, R.randint(100000, 300000), R.randint(3000000, 3300000), R.randint(60000, 99000), R.randint(5, 9))))
    elif k == 5:
        d = R.choice(["web.1", "web.2", "web.3"])
        emit(Line("heroku-platform").t("%s heroku[%s]: source=%s dyno=heroku.284119%02d.%s sample#memory_total=%.2fMB sample#memory_rss=%.2fMB sample#memory_cache=%.2fMB sample#memory_swap=0.00MB sample#memory_pgpgin=%dpages sample#memory_pgpgout=%dpages sample#memory_quota=512.00MB" % (
            H(t), d, d, R.randint(0, 99), uuid4(), R.random() * 200 + 300, R.random() * 200 + 290, R.random() * 20, R.randint(100000, 300000), R.randint(90000, 200000))))
    elif k == 6:
        path = R.choice(["/reports/hud_apr?start=2023-10-01&end=2024-09-30", "/reports/spm?fy=2024", "/admin/exports/new"])
        emit(router("GET", [path], staff_ip(), 503, code=("H12", "Request timeout"), service=30000, bytes_=0))
    elif k == 7:
        d = R.choice(["web.1", "web.2", "web.3"])
        emit(Line("heroku-platform").t("%s app[%s]: [4] Puma starting in cluster mode..." % (H(t), d)))
        emit(Line("heroku-platform").t("%s app[%s]: [4] * Puma version: 6.4.2 (ruby 3.2.4-p170) (\"The Eagle of Durango\")" % (H(CLK.ms()), d)))
        emit(Line("heroku-platform").t("%s app[%s]: [4] *  Min threads: 5" % (H(CLK.ms()), d)))
        emit(Line("heroku-platform").t("%s app[%s]: [4] * Listening on http://0.0.0.0:%d" % (H(CLK.ms()), d, R.randint(10000, 60000))))
    else:
        emit(Line("heroku-router").t("%s heroku[router]: at=error code=H27 desc=\"Client Request Interrupted\" method=POST path=\"/api/v1/sync\" host=%s request_id=%s fwd=\"" % (H(t), RAILS_HOST, uuid4())).p(R.choice(STAFF_IPS), "ip").t("\" dyno=web.2 connect=0ms service=%dms status=499 bytes=0 protocol=https" % R.randint(200, 9000)))


# --- Postgres (Heroku, Rails DB) -------------------------------------------------------------
def pgh(n, part="1", code="00000"):
    t = CLK.ms(1, 200)
    L = Line("heroku-postgres")
    L.t("%s app[postgres.%d]: [DATABASE] [%d-%s]  sql_error_code = %s " % (t.strftime("%Y-%m-%dT%H:%M:%S+00:00"), 1842, n, part, code))
    return L


def ep_pg_heroku():
    CLK.advance()
    n = R.randint(2, 90)
    k = R.randrange(5)
    if k == 0:
        c = pick()
        emit(pgh(n).t("LOG:  duration: %.3f ms  execute <unnamed>: SELECT \"clients\".* FROM \"clients\" WHERE lower(\"clients\".\"last_name\") = lower($1) AND \"clients\".\"dob\" = $2 LIMIT $3" % (R.random() * 3000 + 500)))
        emit(pgh(n, "2").add("DETAIL:  parameters: $1 = '", P(esc_sql(c.last), "name"), "', $2 = '", P(d_iso(c.dob), "date"), "', $3 = '25'"))
    elif k == 1:
        emit(pgh(n).t("LOG:  checkpoint starting: time"))
        emit(pgh(n + 1).t("LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.0%02d s, total=%.3f s; sync files=%d, longest=0.004 s, average=0.001 s; distance=%d kB, estimate=%d kB" % (
            R.randint(300, 4000), R.random() * 20, R.randint(0, 3), R.random() * 200, R.randint(1, 99), R.random() * 200, R.randint(20, 90), R.randint(5000, 20000), R.randint(9000, 22000))))
    elif k == 2:
        emit(pgh(n).t("LOG:  automatic vacuum of table \"d8f3kq2la1b9c7.public.bed_checkins\": index scans: 1"))
    elif k == 3:
        emit(pgh(n).t("LOG:  connection authorized: user=u8fj29dk2l database=d8f3kq2la1b9c7 SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)"))
    else:
        emit(pgh(n, code="57014").t("ERROR:  canceling statement due to statement timeout"))
        emit(pgh(n, "2", "57014").t("STATEMENT:  SELECT COUNT(*) FROM \"encounters\" INNER JOIN \"clients\" ON \"clients\".\"id\" = \"encounters\".\"client_id\" WHERE \"encounters\".\"occurred_on\" BETWEEN '2023-10-01' AND '2024-09-30'"))


# --- Django (coordinated entry) ---------------------------------------------------------------
def dj(level, module, pid=None):
    t = local(CLK.ms(1, 300))
    L = Line("django")
    L.t("%s %s %s %d %d " % (level, t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000), module, pid or R.choice([17, 18, 21]), R.choice([140187238762304, 140187221976896, 140187213584192])))
    return L


def guni(method, path_parts, status, ua=None):
    t = local(CLK.ms(1, 80))
    L = Line("gunicorn")
    L.t("10.0.%d.%d - - [%s -0700] \"%s " % (R.randint(1, 4), R.randint(2, 250), t.strftime("%d/%b/%Y:%H:%M:%S"), method))
    L.add(*path_parts)
    L.t(" HTTP/1.1\" %d %d \"-\" \"%s\"" % (status, R.randint(80, 24000), ua or R.choice(["okhttp/4.12.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36", "python-requests/2.32.3"])))
    return L


def ep_django_vispdat():
    c = pick()
    CLK.advance()
    aid = R.randint(7000, 9900)
    a, b, cc, d = R.randint(0, 4), R.randint(0, 4), R.randint(0, 4), R.randint(0, 6)
    tot = a + b + cc + d
    emit(guni("POST", ["/api/v1/clients/", P(str(c.cid), "mrn"), "/assessments/"], 201))
    emit(dj("INFO", "scoring").add("VI-SPDAT v2.01 scored: hmis_personal_id=", P(str(c.cid), "mrn"),
                                   " assessment_id=%d pre_screen_total=%d (A:%d B:%d C:%d D:%d) recommendation=%s assessor=%s" % (
                                       aid, tot, a, b, cc, d, "PSH" if tot >= 8 else ("RRH" if tot >= 4 else "none"), staff()[2])))
    if R.random() < 0.3:
        emit(dj("INFO", "intake").add("housing history saved hmis_personal_id=", P(str(c.cid), "mrn"), " last_permanent_city=", P(c.city, "address"),
                                      " last_permanent_zip=", P(c.zip, "zip"), " months_homeless_3y=%d times_homeless_3y=%d" % (R.randint(1, 36), R.randint(1, 4))))
    if R.random() < 0.5:
        emit(dj("INFO", "prioritization").add("priority list updated: ce_case=", P(c.ce_case, "other_id"),
                                              " rank=%d of %d chronic=%s days_homeless=%d" % (R.randint(1, 240), R.randint(240, 400), R.choice(["True", "False"]), R.randint(30, 3000))))
    if R.random() < 0.4:
        t = CLK.ms()
        emit(Line("celery").t("[%s: INFO/MainProcess] Task ce.tasks.rescore_client[%s] received" % (local(t).strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000), uuid4())))
        t = CLK.ms(100, 900)
        L = Line("celery").t("[%s: INFO/ForkPoolWorker-%d] Task ce.tasks.rescore_client[%s] succeeded in %.4fs: " % (local(t).strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000), R.randint(1, 4), uuid4(), R.random()))
        dump(L, {"client_id": P(c.cid, "mrn"), "total": tot, "changed": R.choice([True, False])}, "py")
        emit(L)


def ep_django_search():
    c = pick()
    CLK.advance()
    q = c.last
    emit(guni("GET", ["/ce/clients/?q=", P(esc_url(q), "name"), "&dob=", P(d_iso(c.dob), "date")], 200))
    # build the debug line carefully with python repr quoting
    L = dj("DEBUG", "utils")
    L.t("(0.00%d) SELECT \"ce_client\".\"id\", \"ce_client\".\"hmis_personal_id\", \"ce_client\".\"first_name\", \"ce_client\".\"last_name\", \"ce_client\".\"dob\" FROM \"ce_client\" WHERE (UPPER(\"ce_client\".\"last_name\"::text) = UPPER('" % R.randint(1, 9))
    L.p(esc_sql(q), "name").t("') AND \"ce_client\".\"dob\" = '").p(d_iso(c.dob), "date").t("'::date) LIMIT 21; args=(")
    dump(L, P(q, "name"), "py")
    L.t(", datetime.date(").p("%d, %d, %d" % (c.dob.year, c.dob.month, c.dob.day), "date").t(")); alias=default")
    emit(L)


def ep_django_login():
    c = pick()
    CLK.advance()
    ip = P(c.portal_ip, "ip")
    emit(dj("INFO", "auth_views").add("client portal login succeeded username=", P(c.username, "other_id"), " ip=", ip,
                                      " mfa=sms ua=\"Mozilla/5.0 (Linux; Android 13; SM-A136U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 Mobile Safari/537.36\""))
    if R.random() < 0.5:
        emit(dj("INFO", "portal").add("portal view my_documents for hmis_personal_id=", P(str(c.cid), "mrn"), " docs=%d" % R.randint(1, 6)))


def ep_django_noise():
    CLK.advance()
    k = R.randrange(8)
    if k == 0:
        emit(guni("GET", ["/healthz"], 200, "ELB-HealthChecker/2.0"))
    elif k == 1:
        emit(dj("INFO", "prioritization").t("priority list rebuilt: %d active cases, %d high acuity, %d matched, took %.2fs" % (R.randint(200, 400), R.randint(30, 90), R.randint(0, 12), R.random() * 3)))
    elif k == 2:
        t = CLK.ms()
        emit(Line("celery").t("[%s: INFO/Beat] Scheduler: Sending due task sync-from-hmis (ce.tasks.sync_from_hmis)" % (local(t).strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000))))
        t = CLK.ms(2000, 9000)
        emit(Line("celery").t("[%s: INFO/ForkPoolWorker-2] Task ce.tasks.sync_from_hmis[%s] succeeded in %.3fs: {'created': %d, 'updated': %d, 'skipped': %d}" % (
            local(t).strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000), uuid4(), R.random() * 20, R.randint(0, 9), R.randint(40, 200), R.randint(0, 4))))
    elif k == 3:
        emit(dj("WARNING", "log").t("Not Found: /api/v1/assessments/%d/" % R.randint(100, 99999)))
    elif k == 4:
        emit(dj("INFO", "basehttp").t("\"GET /static/admin/css/base.css HTTP/1.1\" 304 0"))
    elif k == 5:
        s = staff()
        emit(dj("INFO", "auth_views").t("staff login ok user=%s@rosecitystreetmed.org ip=10.0.%d.%d sso=okta" % (s[2].split(".")[-1], R.randint(1, 4), R.randint(2, 250))))
    elif k == 6:
        emit(dj("ERROR", "log").t("Internal Server Error: /api/v1/matches/%d/accept/" % R.randint(100, 999)))
        emit(dj("ERROR", "exception").t("django.db.utils.OperationalError: could not translate host name \"ce-prod.cluster-c9x2kq1.us-west-2.rds.amazonaws.com\" to address: Temporary failure in name resolution"))
    else:
        emit(guni("GET", ["/api/v1/programs/?active=true&page=%d" % R.randint(1, 3)], 200))


def ep_django_match():
    c = pick()
    CLK.advance()
    prog = R.choice(["Blackburn PSH", "Bybee Lakes RRH", "Argyle Gardens", "Hattie Redmond Apts"])
    t = CLK.ms()
    emit(Line("celery").t("[%s: INFO/MainProcess] Task ce.tasks.notify_match[%s] received" % (local(t).strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000), uuid4())))
    L = dj("INFO", "matching").t("match created ce_case=").p(c.ce_case, "other_id").t(" hmis_personal_id=").p(str(c.cid), "mrn")
    L.t(' program="%s" navigator=%s status=pending_acceptance' % (prog, staff("case_manager")[2]))
    emit(L)
    if R.random() < 0.5:
        mi = svc_date() + dtm.timedelta(days=R.randint(10, 40))
        emit(dj("INFO", "matching").add("move-in scheduled ce_case=", P(c.ce_case, "other_id"), " move_in_date=", P(d_iso(mi), "date"), " unit_type=studio"))


def rds(level, user="ce_app", db="ce_prod"):
    t = CLK.ms(1, 200)
    L = Line("postgres")
    L.t("%s UTC:10.0.%d.%d(%d):%s@%s:[%d]:%s:  " % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(1, 4), R.randint(2, 250), R.randint(30000, 65000), user, db, R.randint(2000, 32000), level))
    return L


def ep_pg_rds():
    CLK.advance()
    k = R.randrange(4)
    if k == 0:
        c = pick()
        emit(rds("LOG").add("duration: %.3f ms  statement: SELECT id, first_name, last_name FROM ce_client WHERE last_name ILIKE '" % (R.random() * 2000 + 300),
                            P(esc_sql(c.last.lower()), "name"), "%' AND dob BETWEEN '", P(d_iso(dtm.date(c.dob.year, 1, 1)), "date"), "' AND '", P(d_iso(dtm.date(c.dob.year, 12, 31)), "date"), "'"))
    elif k == 1:
        emit(rds("LOG", "rdsadmin", "rdsadmin").t("checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s, sync=0.002 s, total=%.3f s" % (R.randint(10, 900), R.random() * 3, R.random() * 30, R.random() * 30)))
    elif k == 2:
        emit(rds("ERROR").t("deadlock detected"))
        emit(rds("DETAIL").t("Process %d waits for ShareLock on transaction %d; blocked by process %d." % (R.randint(2000, 30000), R.randint(9000000, 9999999), R.randint(2000, 30000))))
    else:
        c = pick()
        emit(rds("ERROR").t("duplicate key value violates unique constraint \"ce_case_hmis_personal_id_key\""))
        emit(rds("DETAIL").add("Key (hmis_personal_id)=(", P(str(c.cid), "mrn"), ") already exists."))


# --- outreach mobile app events (JSON) ---------------------------------------------------
def jline(fam, obj, style="json", prefix=""):
    L = Line(fam)
    L.t(prefix)
    dump(L, obj, style)
    return L


def ep_app_sync():
    c = pick()
    CLK.advance()
    s = staff("outreach") if R.random() < 0.7 else staff("peer")
    obj = {"ts": CLK.now.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (CLK.now.microsecond // 1000), "level": "info",
           "event": "encounter.synced", "app_version": APP_VER, "device_id": "tab-%02d" % R.randint(1, 14),
           "worker": s[2], "clientId": P(c.cid, "mrn"), "encounterUuid": uuid4(),
           "contactDate": P(d_iso(svc_date()), "date"),
           "note": note_for(c), "queued_ms": R.randint(20, 90000)}
    emit(jline("app-json", obj, R.choice(["json", "json_u"])))


def ep_app_photo():
    c = pick()
    CLK.advance()
    kind = R.random()
    if kind < 0.5:
        data = b64_jpeg(R.randint(260, 700))
        obj = {"ts": CLK.now.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (CLK.now.microsecond // 1000), "level": "debug",
               "event": "client.photo_captured", "clientId": P(c.cid, "mrn"), "consent": True,
               "photo": P("data:image/jpeg;base64," + data, "photo"), "w": 96, "h": 96}
    else:
        obj = {"ts": CLK.now.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (CLK.now.microsecond // 1000), "level": "debug",
               "event": "client.photo_upload", "client_id": P(c.cid, "mrn"), "mime": "image/png",
               "bytes_b64": P(b64_png(R.randint(260, 600)), "photo")}
    emit(jline("app-json", obj, "json"))


def ep_app_noise():
    CLK.advance()
    k = R.randrange(5)
    ts = CLK.now.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (CLK.now.microsecond // 1000)
    if k == 0:
        obj = {"ts": ts, "level": "info", "event": "sync.batch", "app_version": APP_VER, "device_id": "tab-%02d" % R.randint(1, 14),
               "pending": R.randint(0, 40), "uploaded": R.randint(0, 40), "failed": R.randint(0, 2), "network": R.choice(["lte", "wifi", "offline"]), "battery": round(R.random(), 2)}
    elif k == 1:
        obj = {"ts": ts, "level": "warn", "event": "gps.fix_timeout", "device_id": "van-%d" % R.randint(1, 3), "accuracy_m": R.randint(30, 900), "retry_in_s": 30}
    elif k == 2:
        obj = {"ts": ts, "level": "info", "event": "app.start", "app_version": APP_VER, "build": "2024.09.03-%d" % R.randint(100, 200),
               "os": R.choice(["Android 13", "Android 14", "iPadOS 17.6"]), "device_model": R.choice(["SM-T220", "SM-X200", "iPad12,1"])}
    elif k == 3:
        obj = {"ts": ts, "level": "info", "event": "van.telemetry", "van": "VAN-%d" % R.randint(1, 3), "lat": round(45.5 + R.random() / 10, 5),
               "lng": round(-122.7 + R.random() / 5, 5), "fridge_temp_c": round(3 + R.random() * 3, 1), "generator": R.choice(["on", "off"]), "odometer_mi": R.randint(81000, 83000)}
    else:
        obj = {"ts": ts, "level": "error", "event": "http.error", "url": "https://%s/api/v1/encounters" % RAILS_HOST, "status": R.choice([502, 503, 504]),
               "attempt": R.randint(1, 5), "requestId": uuid4()}
    emit(jline("app-json", obj, "json"))


# --- Sentry --------------------------------------------------------------------------------
def ep_sentry():
    c = pick()
    CLK.advance()
    ts = round(CLK.now.timestamp(), 3)
    k = R.randrange(8)
    pre = "sentry breadcrumb "
    if k == 0:
        obj = {"timestamp": ts, "category": "navigation", "data": {"from": T("/clients/", P(str(c.cid), "mrn")), "to": T("/clients/", P(str(c.cid), "mrn"), "/encounters/new")}, "level": "info"}
    elif k == 1:
        obj = {"timestamp": ts, "category": "console", "level": "log", "message": T("[sync] queued encounter for ", P(c.nick.title(), "name"), " (", P(str(c.cid), "mrn"), ")")}
    elif k == 2:
        obj = {"timestamp": ts, "type": "http", "category": "xhr", "data": {"method": "POST", "url": "https://%s/api/v1/encounters" % RAILS_HOST, "status_code": 201}, "level": "info"}
    elif k == 3:
        obj = {"timestamp": ts, "category": "ui.click", "message": "View(testID=save-encounter-btn)", "level": "info"}
    elif k == 4:
        obj = {"type": "default", "category": "query", "message": "SELECT \"ce_client\".\"id\", \"ce_client\".\"first_name\" FROM \"ce_client\" WHERE \"ce_client\".\"hmis_personal_id\" = %s LIMIT 21",
               "data": {"params": [P(c.cid, "mrn")]}, "timestamp": CLK.now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")}
        pre = "[sentry] DEBUG: breadcrumb "
    elif k == 5:
        obj = {"timestamp": ts, "category": "ui.input", "message": "TextInput(testID=client-search)", "data": {"value": P(c.last.lower(), "name")}, "level": "info"}
    elif k == 6:
        t = CLK.now
        L = Line("sentry")
        L.t("%s app[web.%d]: D, [%s #%d] DEBUG -- sentry: [Transport] Sending envelope with items [event, client_report] %s to Sentry" % (H(t), R.randint(1, 3), t.strftime("%Y-%m-%dT%H:%M:%S.%f"), R.choice([4, 7]), hexs(32)))
        emit(L)
        return
    else:
        obj = {"event_id": hexs(32), "level": "error", "exception": {"values": [{"type": "ActiveRecord::RecordInvalid", "value": "Validation failed: Dob can't be in the future"}]},
               "user": {"id": "u_%d" % R.randint(3, 61), "username": staff()[2]}, "tags": {"release": "rcsm-hmis@%s" % hexs(7), "environment": "production"}}
        pre = "[sentry] before_send: "
    emit(jline("sentry", obj, "jsons", pre))


# --- Bed check-in (logfmt, Go service) ----------------------------------------------------------
def ep_bedcheck(force=None):
    CLK.advance()
    k = R.random() if force is None else force
    t = CLK.now
    site, addr = R.choice(SHELTER_SITES)
    L = Line("bedcheck-logfmt")
    ts = t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    if k < 0.45:
        c = pick()
        stay = local(t).date() if local(t).hour >= 12 else local(t).date() - dtm.timedelta(days=1)
        logfmt(L, [("time", ts), ("level", "info"), ("msg", "bed check-in"), ("site", site), ("bed", "%s-%02d" % (R.choice("ABC"), R.randint(1, 60))),
                   ("client_id", P(c.cid, "mrn")), ("card", P(c.card, "other_id")), ("method", R.choice(["card", "card", "manual"])),
                   ("stay_date", P(d_iso(stay), "date")), ("staff", staff()[2])])
    elif k < 0.63:
        c = pick()
        logfmt(L, [("time", ts), ("level", "info"), ("msg", "fingerprint enrolled"), ("site", site), ("client_id", P(c.cid, "mrn")),
                   ("finger", R.choice(["R_INDEX", "L_INDEX", "R_THUMB"])), ("quality", R.randint(40, 95)),
                   ("template", P(b64_fmr(R.randint(180, 420)), "biometric")), ("format", "ISO19794-2")])
    elif k < 0.69:
        c = pick()
        logfmt(L, [("time", ts), ("level", "warn"), ("msg", "bed held past curfew"), ("site", site),
                   ("client", P(c.last + ", " + c.first, "name")), ("bed", "%s-%02d" % (R.choice("ABC"), R.randint(1, 60))), ("curfew", "21:30")])
    elif k < 0.8:
        logfmt(L, [("time", ts), ("level", "info"), ("msg", "nightly census"), ("site", site), ("address", addr), ("capacity", 120),
                   ("occupied", R.randint(90, 120)), ("turnaways", R.randint(0, 14)), ("generated", CLK.now.strftime("%Y-%m-%d"))])
    elif k < 0.9:
        logfmt(L, [("time", ts), ("level", "info"), ("msg", "biometric match"), ("site", site), ("score", round(0.8 + R.random() / 5, 3)),
                   ("latency_ms", R.randint(40, 400)), ("reader", "SecuGen-HU20-%s" % digits(6))])
    else:
        logfmt(L, [("time", ts), ("level", "error"), ("msg", "reader disconnected"), ("site", site), ("reader", "SecuGen-HU20-%s" % digits(6)), ("err", "usb: device not responding")])
    emit(L)


# --- Van EHR: HL7 via Mirth, FHIR, vitals, MAT ------------------------------------------------------
def mirth(level, cls, line_no):
    t = local(CLK.ms(1, 300))
    L = Line("mirth")
    L.t("[%s] %5s (%s:%d): " % (t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000), level, cls, line_no))
    return L


def ep_hl7():
    c = pick()
    CLK.advance()
    t = local(CLK.now)
    cid = "MSG%08d" % R.randint(100000, 99999999)
    L = mirth("INFO", "com.mirth.connect.connectors.tcp.TcpDispatcher", 412)
    L.t("Sent message on VAN_ADT_OUT: MSH|^~\\&|VANEHR|RCSM_VAN%d|HIE|ORHIE|%s||ADT^A04^ADT_A01|%s|P|2.5.1\\rPID|1||" % (R.randint(1, 3), t.strftime("%Y%m%d%H%M%S"), cid))
    L.p(c.mrn, "mrn").t("^^^RCSM^MR||").p(c.last.upper(), "name").t("^").p(c.first.upper(), "name").t("^^^^^L~")
    L.p(c.last.upper(), "name").t("^").p(c.nick.upper(), "name").t("^^^^^A||").p(d_hl7(c.dob), "date").t("|%s|||" % c.sex)
    L.p(c.locs[0][1].upper(), "address").t("^^").p("PORTLAND", "address").t("^OR^^USA^H||")
    if c.phone:
        L.t("^PRN^CP^^^").p(c.phone[:3], "phone").t("^").p(c.phone[3:], "phone")
    L.t("|||||||")
    if c.ssn and R.random() < 0.5:
        L.p(c.ssn.replace("-", ""), "ssn")
    L.t("\\rPV1|1|O|VAN%d^^^RCSM||||%s^%s^%s|||||||||||%s|||||||||||||||||||||||||%s" % (R.randint(1, 3), npi(), STAFF[2][1].upper(), STAFF[2][0].upper(), "V" + digits(8), t.strftime("%Y%m%d%H%M")))
    emit(L)
    emit(mirth("INFO", "com.mirth.connect.connectors.tcp.TcpDispatcher", 468).t("Received ACK: MSH|^~\\&|HIE|ORHIE|VANEHR|RCSM_VAN1|%s||ACK^A04|%s|P|2.5.1\\rMSA|AA|%s" % (t.strftime("%Y%m%d%H%M%S"), "A" + digits(9), cid)))


def ep_fhir():
    c = pick()
    CLK.advance()
    obj = {"resourceType": "Patient", "id": uuid4(),
           "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9182.1.2", "value": P(c.mrn, "mrn")}] + (
               [{"system": "urn:oid:2.16.840.1.113883.4.3.41", "type": {"text": "Medicaid"}, "value": P(c.medicaid, "health_plan")}] if R.random() < 0.5 else []),
           "name": [{"use": "official", "family": P(c.last, "name"), "given": [P(c.first, "name")]},
                    {"use": "nickname", "given": [P(c.nick.title(), "name")]}],
           "gender": "male" if c.sex == "M" else "female", "birthDate": P(d_iso(c.dob), "date"),
           "address": [{"use": "temp", "text": P(c.locs[0][1], "address"), "city": P("Portland", "address"), "state": "OR"}]}
    if c.phone and R.random() < 0.6:
        obj["telecom"] = [{"system": "phone", "value": P(fmt_phone(c.phone, "paren"), "phone"), "use": "mobile"}]
    if c.age > 89 or R.random() < 0.3:
        obj["extension"] = [{"url": "http://rcsm.org/fhir/StructureDefinition/dob-approximate", "valueBoolean": c.dob_q == 2}]
    L = mirth("DEBUG", "com.mirth.connect.server.transformers.JavaScriptFilterTransformer", 203).t("VAN_FHIR_OUT outbound: ")
    dump(L, obj, "json_u" if R.random() < 0.5 else "json")
    emit(L)


def ep_vitals():
    c = pick()
    CLK.advance()
    ts = CLK.now.strftime("%Y-%m-%dT%H:%M:%S") + "Z"
    obj = {"event": "vitals.recorded", "patient_mrn": P(c.mrn, "mrn"), "encounter_id": "e-%s-%04d" % (local(CLK.now).strftime("%Y%m%d"), R.randint(1, 999)),
           "recorded_by": staff("RN")[2], "bp": "%d/%d" % (R.randint(100, 180), R.randint(60, 110)), "hr": R.randint(55, 120), "spo2": R.randint(88, 100),
           "temp_f": round(97 + R.random() * 3, 1), "glucose": R.choice([None, R.randint(70, 300)]), "van": "VAN-%d" % R.randint(1, 3), "ts": ts}
    if c.age > 89:
        obj["age_years"] = P(c.age, "age")
    else:
        obj["age_years"] = c.age
    emit(jline("ehr-event", obj, "json"))


def ep_mat():
    c = pick()
    CLK.advance()
    ts = CLK.now.strftime("%Y-%m-%dT%H:%M:%S") + "Z"
    k = R.random()
    if k < 0.55:
        obj = {"event": "mat.dose_administered", "mrn": P(c.mrn, "mrn"), "med": R.choice(["buprenorphine-naloxone 8-2 mg SL film", "buprenorphine 8 mg SL tab", "Sublocade 300 mg/1.5 mL SC"]),
               "qty": R.randint(1, 3), "dose_date": P(d_iso(svc_date()), "date"), "prescriber": "%s %s, %s" % (STAFF[2][0], STAFF[2][1], STAFF[2][3]),
               "prescriber_npi": npi(), "payer": "OHP", "payerMemberId": P(c.medicaid, "health_plan"), "pdmp_checked": True, "pdmp_query_id": "PDMP-OR-%s" % digits(8), "witnessed_by": staff("RN")[2],
               "next_visit": P(d_iso(svc_date() + dtm.timedelta(days=R.choice([1, 2, 7]))), "date"), "ts": ts}
    elif k < 0.75:
        obj = {"event": "mat.uds_result", "mrn": P(c.mrn, "mrn"), "collected": P(d_iso(svc_date()), "date"),
               "panel": {"bup": "pos", "fent": R.choice(["pos", "neg"]), "meth": R.choice(["pos", "neg"]), "opi": "neg"}, "lab_accession": "UA%s" % digits(7), "ts": ts}
    else:
        obj = {"event": "mat.inventory_count", "van": "VAN-%d" % R.randint(1, 3), "item": "buprenorphine-naloxone 8-2 mg film", "ndc": "12496-1208-3",
               "on_hand": R.randint(40, 300), "expected": R.randint(40, 300), "counted_by": staff("RN")[2], "witness": staff("NP")[2], "ts": ts}
    emit(jline("ehr-event", obj, "json"))


# --- harm reduction supply logs ---------------------------------------------------------------
def hr_prefix(level="INFO"):
    t = local(CLK.ms(1, 900))
    return Line("hr-supply").t("%s hr-dist %s " % (t.strftime("%Y-%m-%d %H:%M:%S"), level))


def ep_harm_reduction():
    CLK.advance()
    k = R.random()
    if k < 0.5:
        c = pick()
        L = hr_prefix()
        logfmt(L, [("site", R.choice(["VAN-1", "VAN-2", "OUTREACH-FOOT", "DROPIN"])), ("code", P(c.hr_code, "other_id")), ("new_participant", R.choice(["false", "false", "true"])),
                   ("naloxone_4mg", R.randint(0, 3)), ("fts", R.choice([0, 10, 20])), ("syringes_1cc", R.choice([0, 0, 20, 40])), ("pipes", R.randint(0, 2)),
                   ("wound_kits", R.randint(0, 2)), ("lot", "NLX24B%03d" % R.randint(100, 140)), ("staff", staff()[2])])
        emit(L)
    elif k < 0.65:
        c = pick()
        L = hr_prefix()
        logfmt(L, [("site", "VAN-2"), ("msg", "od reversal reported"), ("code", P(c.hr_code, "other_id")), ("doses_used", R.randint(1, 3)), ("ems_called", R.choice(["yes", "no"])),
                   ("location", P(c.locs[0][1], "address")), ("reported_on", P(d_iso(svc_date()), "date"))])
        emit(L)
    elif k < 0.9:
        L = hr_prefix()
        logfmt(L, [("site", R.choice(["VAN-1", "VAN-2", "VAN-3"])), ("msg", "restock"), ("item", R.choice(["naloxone_4mg_nasal", "fts_fentanyl", "syringe_1cc_28g", "wound_kit"])),
                   ("qty", R.randint(12, 400)), ("lot", "NLX24B%03d" % R.randint(100, 140)), ("exp", "2026-%02d-28" % R.randint(1, 12)), ("po", "PO-2024-%04d" % R.randint(1000, 1300)),
                   ("vendor", "Remedy Alliance"), ("received_by", staff()[2])])
        emit(L)
    else:
        emit(hr_prefix("WARN").t("low stock VAN-%d naloxone_4mg_nasal on_hand=%d threshold=24 notified=supply@rosecitystreetmed.org" % (R.randint(1, 3), R.randint(0, 23))))


# --- HMIS CSV import ---------------------------------------------------------------------------
def ep_hmis_import():
    CLK.advance()
    t = CLK.now
    pre = "%s app[worker.1]: I, [%s #11]  INFO -- : " % (H(t), t.strftime("%Y-%m-%dT%H:%M:%S.%f"))
    if R.random() < 0.2:
        c = pick()
        L = Line("hmis-csv").t(pre.replace("I, ", "W, ").replace(" INFO", " WARN")).t("[HmisCsvImport] Enrollment.csv:%d rejected (LastPermanentZIP not 5 digits): EnrollmentID=%d PersonalID=" % (R.randint(2, 8000), R.randint(100000, 300000)))
        L.p(str(c.cid), "mrn").t(" EntryDate=").p(d_iso(svc_date() - dtm.timedelta(days=R.randint(20, 700))), "date").t(" LastPermanentStreetAddress=\"").p(c.locs[1][1], "address").t("\" LastPermanentCity=\"").p(c.city, "address")
        L.t("\" LastPermanentZIP=\"").p(c.zip + "-", "zip").t("\" ProjectID=%d" % R.randint(100, 300))
        emit(L)
    elif R.random() < 0.55:
        c = pick()
        L = Line("hmis-csv").t(pre.replace("I, ", "W, ").replace(" INFO", " WARN")).t("[HmisCsvImport] Client.csv:%d rejected (%s): " % (
            R.randint(2, 4000), R.choice(["DOBDataQuality=1 but DOB day unknown", "duplicate PersonalID", "SSNDataQuality=1 but SSN fails format"])))
        cols = [P(str(c.cid), "mrn"), P(c.first, "name"), P(c.middle, "name") if c.middle else "", P(c.last, "name"), "", "1",
                P(c.ssn.replace("-", ""), "ssn") if c.ssn else "", str(c.ssn_q), P(d_iso(c.dob), "date"), str(c.dob_q),
                "0", "0", "1" if R.random() < 0.3 else "0", "0", "0", "0", "1", "", "", "1" if c.sex == "F" else "0", "1" if c.sex == "M" else "0",
                "0", "0", "0", "0", "0", "", "", R.choice(["0", "1"]), (CLK.now - dtm.timedelta(days=R.randint(30, 900))).strftime("%Y-%m-%d %H:%M:%S"),
                CLK.now.strftime("%Y-%m-%d %H:%M:%S"), "U%d" % R.randint(3, 61), "", "%d" % R.randint(900, 999)]
        for i, v in enumerate(cols):
            if i:
                L.t(",")
            if isinstance(v, P) and v.cat == "name":
                L.t('"').x(v).t('"')
            else:
                L.x(v)
        emit(L)
    else:
        emit(Line("hmis-csv").t(pre + "[HmisCsvImport] source=Multnomah-CoC export_id=%d files=23 Client.csv rows=%d Enrollment.csv rows=%d rejected=%d took=%.1fs" % (
            R.randint(300, 999), R.randint(2000, 5000), R.randint(4000, 9000), R.randint(0, 40), R.random() * 200)))


# --- van gateway syslog / nginx -------------------------------------------------------------------
def ep_van_gateway():
    CLK.advance()
    t = local(CLK.now)
    host = "van%d-gw" % R.randint(1, 3)
    k = R.randrange(5)
    if k == 0:
        mac = ":".join("%02x" % R.getrandbits(8) for _ in range(6))
        emit(Line("syslog").t("%s %s dnsmasq-dhcp[812]: DHCPACK(br-lan) 192.168.8.%d %s tab-%02d" % (t.strftime("%b %d %H:%M:%S"), host, R.randint(20, 90), mac, R.randint(1, 14))))
    elif k == 1:
        emit(Line("nginx").t("192.168.8.%d - - [%s -0700] \"POST /sync/encounters HTTP/1.1\" 201 %d \"-\" \"OutreachApp/%s (Android 13; SM-T220)\"" % (R.randint(20, 90), t.strftime("%d/%b/%Y:%H:%M:%S"), R.randint(80, 600), APP_VER)))
    elif k == 2:
        emit(Line("syslog").t("%s %s kernel: [%d.%06d] wwan0: LTE signal rsrp=-%d dBm rsrq=-%d dB band=%d cell_id=%s" % (t.strftime("%b %d %H:%M:%S"), host, R.randint(10000, 99999), R.randint(0, 999999), R.randint(80, 120), R.randint(5, 18), R.choice([2, 4, 12, 66, 71]), hexs(7))))
    elif k == 3:
        emit(Line("syslog").t("%s %s openvpn[1043]: rcsm-hq/52.%d.%d.%d:1194 Initialization Sequence Completed" % (t.strftime("%b %d %H:%M:%S"), host, R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))))
    else:
        emit(Line("syslog").t("%s %s vaccine-fridge[622]: temp=%.1fC min=%.1fC max=%.1fC door=closed probe=TMP117-%s" % (t.strftime("%b %d %H:%M:%S"), host, 3 + R.random() * 3, 2.5, 7.8, digits(5))))


# ---------------------------------------------------------------------------
# main schedule
# ---------------------------------------------------------------------------
EPISODES = [
    (ep_rails_show, 2.5), (ep_rails_search, 1.5), (ep_rails_encounter, 2), (ep_rails_intake, 2), (ep_rails_noise, 3),
    (ep_rails_contact, 3), (ep_elder, 3), (ep_portal_profile, 3.5),
    (ep_twilio_inbound, 2), (ep_twilio_status, 2), (ep_sms_outbound, 4), (ep_twilio_error, 2), (ep_twilio_voice, 0.7),
    (ep_sidekiq_noise, 4), (ep_id_recovery, 5), (ep_benefits, 7), (ep_lifeline, 2), (ep_safe_parking, 2),
    (ep_heroku_platform, 5), (ep_pg_heroku, 5), (ep_django_vispdat, 4), (ep_django_search, 2), (ep_django_login, 2.5),
    (ep_django_noise, 10), (ep_django_match, 2.5), (ep_pg_rds, 4), (ep_app_sync, 8), (ep_app_photo, 3.5), (ep_app_noise, 9),
    (ep_sentry, 8), (ep_bedcheck, 10), (ep_hl7, 3), (ep_fhir, 2.5), (ep_vitals, 4), (ep_mat, 4), (ep_harm_reduction, 8),
    (ep_hmis_import, 3), (ep_van_gateway, 8),
]


def main():
    fns = [e[0] for e in EPISODES]
    base = [e[1] for e in EPISODES]
    forced = [lambda: ep_bedcheck(0.6), lambda: ep_benefits(1), ep_safe_parking, lambda: ep_id_recovery(2),
              ep_rails_intake, lambda: ep_benefits(4), ep_lifeline, ep_app_photo]
    n_ep = 0
    noisy = {ep_rails_noise, ep_sidekiq_noise, ep_heroku_platform, ep_django_noise, ep_app_noise, ep_van_gateway}
    while len(OUT) < N_LINES:
        # keep the share of PHI-free lines near the target (about 55%)
        clean = sum(1 for L in OUT if not L.spans)
        ratio = clean / len(OUT) if OUT else 0.55
        f = 1.8 if ratio < 0.565 else 0.6
        ws = [w * (f if fn in noisy else 1.0) for fn, w in zip(fns, base)]
        n_ep += 1
        if n_ep % 11 == 0:
            forced[(n_ep // 11 - 1) % len(forced)]()
        else:
            R.choices(fns, weights=ws)[0]()
    lines = OUT[:N_LINES]
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as f_log, open(lab_path, "w", encoding="utf-8", newline="\n") as f_lab:
        for n, L in enumerate(lines, 1):
            b = bytes(L.buf)
            assert b"\n" not in b and b"\r" not in b, n
            assert len(b) <= 4000, (n, len(b))
            b.decode("utf-8")
            prev = 0
            spans = []
            for s, e, cat, val in sorted(L.spans):
                assert s >= prev, ("overlap", n)
                assert e > s
                assert b[s:e] == val, ("mismatch", n, b[s:e], val)
                prev = e
                spans.append({"s": s, "e": e, "cat": cat})
            f_log.write(b + b"\n")
            f_lab.write(json.dumps({"line": n, "family": L.fam, "spans": spans}) + "\n")


# identifier self-checks
for _c in CLIENTS:
    assert luhn_valid(_c.imei) and luhn_valid(_c.iccid) and luhn_valid(_c.dx_card)
    assert _c.ebt is None or luhn_valid(_c.ebt)

if __name__ == "__main__":
    main()
