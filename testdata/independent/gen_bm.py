#!/usr/bin/env python3
"""Generator for the labeled PHI test corpus "bm".

Theme: one mid-size patient-scheduling SaaS company ("Slotwise"), all of its
services interleaved as a log aggregator exports them.  Standard library only,
fixed seed, deterministic.  Writes bm.log and bm.labels.jsonl next to itself.

Lines are built from segments; byte offsets of labeled segments are computed
while the line is assembled, never by searching afterwards.
"""
import base64
import hashlib
import json
import os
import random
import sys
import unicodedata
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote, quote_plus

SEED = 5142024
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_CLEAN = 275          # lines without PHI (55 %)
MAX_BYTES = 20000

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


# ---------------------------------------------------------------------------
# segment model
# ---------------------------------------------------------------------------
class P:
    """A labeled leaf value (v is str or int)."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        assert cat in CATS, cat
        self.v = v
        self.cat = cat


class S:
    """A composite string made of plain str parts and P parts."""
    __slots__ = ("parts",)

    def __init__(self, *parts):
        self.parts = [p for p in parts if not (isinstance(p, str) and p == "")]


def plain(v):
    if isinstance(v, P):
        return str(v.v)
    if isinstance(v, S):
        return "".join(plain(p) for p in v.parts)
    return str(v)


def enc_segs(v, enc):
    """Segments for value v (str | P | S) with a per-character encoder applied.
    Each segment: (text, cat, expected_text)."""
    if isinstance(v, P):
        t = enc(str(v.v))
        return [(t, v.cat, enc(str(v.v)))]
    if isinstance(v, S):
        out = []
        for p in v.parts:
            out.extend(enc_segs(p, enc))
        return out
    return [(enc(str(v)), None, None)]


def ident(s):
    return s


class Line:
    def __init__(self, family):
        self.family = family
        self.segs = []

    def a(self, *items):
        """Append items: str -> plain, P/S -> labeled parts, list -> segments."""
        for it in items:
            if isinstance(it, list):
                self.segs.extend(it)
            elif isinstance(it, tuple):
                assert len(it) == 3
                self.segs.append(it)
            elif isinstance(it, (P, S)):
                self.segs.extend(enc_segs(it, ident))
            else:
                self.segs.append((str(it), None, None))
        return self

    def render(self):
        buf = bytearray()
        spans = []
        for text, cat, exp in self.segs:
            b = text.encode("utf-8")
            s = len(buf)
            buf += b
            if cat:
                assert text == exp, (text, exp)
                spans.append({"s": s, "e": len(buf), "cat": cat, "_exp": exp})
        return bytes(buf), spans


# ---------------------------------------------------------------------------
# encoders / serializers (all per-character, so concatenation is safe)
# ---------------------------------------------------------------------------
def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jesc_a(s):
    return json.dumps(s, ensure_ascii=True)[1:-1]


def resc(s):
    """Ruby String#inspect-ish escaping (UTF-8 kept raw)."""
    out = []
    for i, ch in enumerate(s):
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "#" and s[i + 1:i + 2] in ("{", "$", "@"):
            out.append("\\#")
        else:
            out.append(ch)
    return "".join(out)


def pyq(full):
    return '"' if ("'" in full and '"' not in full) else "'"


def pyesc_for(q):
    def f(s):
        out = []
        for ch in s:
            if ch == "\\":
                out.append("\\\\")
            elif ch == q:
                out.append("\\" + q)
            elif ch == "\n":
                out.append("\\n")
            elif ch == "\t":
                out.append("\\t")
            else:
                out.append(ch)
        return "".join(out)
    return f


def qp(s):
    return quote_plus(s, safe="")


def qpath(s):
    return quote(s, safe="")


def sqlesc(s):
    return s.replace("'", "''")


def is_strlike(v):
    return isinstance(v, (str, S)) or (isinstance(v, P) and isinstance(v.v, str))


def J(obj, sep=(",", ":"), ascii=False):
    """JSON serializer that emits segments."""
    esc = jesc_a if ascii else jesc
    out = []

    def w(o):
        if is_strlike(o):
            out.append(('"', None, None))
            out.extend(enc_segs(o, esc))
            out.append(('"', None, None))
        elif isinstance(o, P):
            t = json.dumps(o.v)
            out.append((t, o.cat, t))
        elif isinstance(o, dict):
            out.append(("{", None, None))
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append((sep[0], None, None))
                out.append((json.dumps(k, ensure_ascii=ascii) + sep[1], None, None))
                w(v)
            out.append(("}", None, None))
        elif isinstance(o, (list, tuple)):
            out.append(("[", None, None))
            for i, v in enumerate(o):
                if i:
                    out.append((sep[0], None, None))
                w(v)
            out.append(("]", None, None))
        else:
            out.append((json.dumps(o), None, None))
    w(obj)
    return out


def RB(obj):
    """Ruby Hash#inspect (Rails 'Parameters:' line)."""
    out = []

    def w(o):
        if is_strlike(o):
            out.append(('"', None, None))
            out.extend(enc_segs(o, resc))
            out.append(('"', None, None))
        elif isinstance(o, P):
            t = str(o.v)
            out.append((t, o.cat, t))
        elif isinstance(o, dict):
            out.append(("{", None, None))
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append((", ", None, None))
                out.append(('"' + resc(k) + '"=>', None, None))
                w(v)
            out.append(("}", None, None))
        elif isinstance(o, (list, tuple)):
            out.append(("[", None, None))
            for i, v in enumerate(o):
                if i:
                    out.append((", ", None, None))
                w(v)
            out.append(("]", None, None))
        elif o is None:
            out.append(("nil", None, None))
        elif o is True:
            out.append(("true", None, None))
        elif o is False:
            out.append(("false", None, None))
        else:
            out.append((str(o), None, None))
    w(obj)
    return out


def PY(obj):
    """Python repr (Celery args / kwargs, Django QueryDict)."""
    out = []

    def w(o):
        if is_strlike(o):
            q = pyq(plain(o))
            out.append((q, None, None))
            out.extend(enc_segs(o, pyesc_for(q)))
            out.append((q, None, None))
        elif isinstance(o, P):
            t = str(o.v)
            out.append((t, o.cat, t))
        elif isinstance(o, dict):
            out.append(("{", None, None))
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append((", ", None, None))
                out.append((repr(k) + ": ", None, None))
                w(v)
            out.append(("}", None, None))
        elif isinstance(o, tuple):
            out.append(("(", None, None))
            for i, v in enumerate(o):
                if i:
                    out.append((", ", None, None))
                w(v)
            if len(o) == 1:
                out.append((",", None, None))
            out.append((")", None, None))
        elif isinstance(o, list):
            out.append(("[", None, None))
            for i, v in enumerate(o):
                if i:
                    out.append((", ", None, None))
                w(v)
            out.append(("]", None, None))
        else:
            out.append((repr(o), None, None))
    w(obj)
    return out


def QS(pairs, enc=qp):
    """URL query string from (key, value) pairs."""
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(("&", None, None))
        out.append((qp(k) + "=", None, None))
        out.extend(enc_segs(v, enc))
    return out


def LF(pairs):
    """logfmt key=value pairs."""
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append((" ", None, None))
        full = plain(v)
        if full == "" or any(c in full for c in ' "=\\'):
            e = lambda s: s.replace("\\", "\\\\").replace('"', '\\"')
            out.append((k + '="', None, None))
            out.extend(enc_segs(v, e))
            out.append(('"', None, None))
        else:
            out.append((k + "=", None, None))
            out.extend(enc_segs(v, ident))
    return out


def SQL(v):
    """Single-quoted SQL literal."""
    return [("'", None, None)] + enc_segs(v, sqlesc) + [("'", None, None)]


# ---------------------------------------------------------------------------
# synthetic data pools
# ---------------------------------------------------------------------------
FIRST_F = ["Hope", "Faith", "Rose", "Summer", "Dawn", "April", "June", "Amber",
           "Crystal", "Brooke", "Ximena", "Guadalupe", "María José", "Itzel",
           "Latoya", "Imani", "Shaniqua", "Adaeze", "Abena", "Oluwaseun",
           "Xiaoling", "Yuki", "Seo-yeon", "Priyanka", "Harpreet", "Fatima",
           "Nour", "Katarzyna", "Milica", "Ngọc Anh", "Astrid", "Siobhán",
           "Niamh", "Eleni", "Leilani", "Winona", "Zoë", "Anne-Marie",
           "Dolores", "Mildred", "Beatriz", "Thi Mai", "Esperanza", "Olga",
           "Precious", "Mercy", "Chiara", "Ingrid", "Aaliyah", "Keisha"]
FIRST_M = ["Grant", "Will", "Mark", "Hunter", "Chase", "Wade", "Major", "Rich",
           "Joaquín", "José", "Luis Alberto", "DeShawn", "Tremaine", "Darnell",
           "Chukwuemeka", "Kwame", "Babatunde", "Wei", "Hiroshi", "Min-jun",
           "Venkatesh", "Aarav", "Gurpreet", "Mohammed", "Yousef", "Łukasz",
           "Dmitri", "Thanh", "Søren", "Bjørn", "Pádraig", "Konstantinos",
           "Keoni", "Jean-Baptiste", "Ahanu", "Cyrus", "Reza", "Tomás",
           "Emeka", "Duc", "Rafael", "Ezekiel", "Otis", "Clarence", "Sung-ho",
           "Ibrahim", "Matteo", "Anders", "Jamal", "Bao"]
LAST = ["Baker", "Cook", "Rivers", "Stone", "Church", "Young", "Long", "King",
        "Wolf", "Little", "Fox", "Bishop", "Hill", "Page", "Banks", "Hunt",
        "Moody", "Christmas", "Sandoval", "García-Márquez", "de la Cruz",
        "Van der Merwe", "O'Brien", "MacAllister", "Nguyen", "Trần",
        "Kowalczyk", "Abernathy-Lee", "Smith-Okafor", "Oyelaran", "Adeyemi",
        "Mensah", "Nakamura", "Kim", "Park", "Choi", "Patel",
        "Venkataraman", "Chaudhry", "Al-Sayed", "Haddad", "Abdi",
        "Hernández", "Ruiz-Tagle", "St. John", "Ben-David", "Kuznetsova",
        "Petrović", "Ó Súilleabháin", "Papadopoulos", "Kealoha", "Yazzie",
        "Begay", "Lindqvist", "Müller", "Dubois", "Rossi", "Washington",
        "Jefferson", "Okonkwo-Reyes", "del Valle", "Da Silva", "Løvberg",
        "Nwachukwu", "Szymański", "Huang", "Tanaka", "Gonzalez", "Brown",
        "Friday", "Sweet", "Goodnight", "Fairweather", "Love", "Mustafa",
        "Santos Pereira", "Le", "Vo", "Dang", "Ramírez Ortega", "Jones"]

# clinicians (never labeled)
CLINICIANS = [("Anjali", "Mehta", "MD"), ("Robert", "Kessler", "DO"),
              ("Gloria", "Achebe", "MD"), ("Tomasz", "Wróbel", "DPT"),
              ("Helen", "Zhao", "DDS"), ("Marcus", "Whitfield", "MD"),
              ("Leticia", "Ochoa", "NP"), ("Samuel", "Lindgren", "OD"),
              ("Farah", "Qureshi", "MD"), ("Dennis", "Okoro", "PA-C")]
# tenant clinics (organisations; phone/fax/address never labeled)
CLINICS = [
    {"id": "loc_0193", "tenant": "lakeshore-ortho", "name": "Lakeshore Orthopedics",
     "phone": "(312) 996-4410", "fax": "(312) 996-4419", "addr": "680 N Lake Shore Dr, Suite 1100",
     "city": "Chicago", "st": "IL", "zip": "60611", "domain": "lakeshoreortho.com"},
    {"id": "loc_0207", "tenant": "cedar-valley-fm", "name": "Cedar Valley Family Medicine",
     "phone": "(319) 272-8800", "fax": "(319) 272-8811", "addr": "1015 W 4th St",
     "city": "Waterloo", "st": "IA", "zip": "50702", "domain": "cedarvalleyfm.org"},
    {"id": "loc_0311", "tenant": "sunrise-peds-dental", "name": "Sunrise Pediatric Dental",
     "phone": "(480) 838-2275", "fax": "(480) 838-2276", "addr": "2045 S Rural Rd, Ste 4",
     "city": "Tempe", "st": "AZ", "zip": "85282", "domain": "sunrisepedsdental.com"},
    {"id": "loc_0342", "tenant": "northgate-derm", "name": "Northgate Dermatology",
     "phone": "(206) 364-1187", "fax": "(206) 364-1190", "addr": "10330 Meridian Ave N",
     "city": "Seattle", "st": "WA", "zip": "98133", "domain": "northgatederm.com"},
    {"id": "loc_0415", "tenant": "harborview-pt", "name": "Harborview Physical Therapy",
     "phone": "(410) 752-6630", "fax": "(410) 752-6631", "addr": "300 E Pratt St",
     "city": "Baltimore", "st": "MD", "zip": "21202", "domain": "harborviewpt.com"},
    {"id": "loc_0428", "tenant": "bluegrass-eye", "name": "Bluegrass Eye Associates",
     "phone": "(859) 278-3300", "fax": "(859) 278-3309", "addr": "2353 Alexandria Dr",
     "city": "Lexington", "st": "KY", "zip": "40504", "domain": "bluegrasseye.com"},
]
STAFF_USERS = ["jmorales", "tpatterson", "frontdesk2", "kbui", "rsingh",
               "mlopez", "scheduling.lead", "dgreene", "billing1", "acho"]
SUPPORT_AGENTS = ["priya.n@slotwise.io", "devon.k@slotwise.io",
                  "support-tier2@slotwise.io", "m.ferreira@slotwise.io"]
SVC_ACCOUNTS = ["svc-reminders", "svc-eligibility", "svc-waitlist", "svc-sync-ehr",
                "svc-billing", "svc-search-indexer", "ci-bot", "argocd"]

# (street names, city, county, state, zip)
PLACES = [("Columbus", "Franklin", "OH", ["43215", "43206", "43211", "43224"]),
          ("Evanston", "Cook", "IL", ["60201", "60202"]),
          ("Chicago", "Cook", "IL", ["60618", "60625", "60629", "60647"]),
          ("Tacoma", "Pierce", "WA", ["98402", "98405", "98408"]),
          ("Mesa", "Maricopa", "AZ", ["85201", "85203", "85210"]),
          ("Tempe", "Maricopa", "AZ", ["85281", "85283"]),
          ("Durham", "Durham", "NC", ["27701", "27704", "27707"]),
          ("Bakersfield", "Kern", "CA", ["93301", "93304", "93307"]),
          ("Lowell", "Middlesex", "MA", ["01850", "01852", "01854"]),
          ("Paterson", "Passaic", "NJ", ["07501", "07503", "07514"]),
          ("El Paso", "El Paso", "TX", ["79901", "79903", "79912"]),
          ("Des Moines", "Polk", "IA", ["50309", "50310", "50315"]),
          ("Cedar Falls", "Black Hawk", "IA", ["50613"]),
          ("Knoxville", "Knox", "TN", ["37902", "37917", "37920"]),
          ("Boise", "Ada", "ID", ["83702", "83704", "83709"]),
          ("Hialeah", "Miami-Dade", "FL", ["33010", "33012", "33016"]),
          ("Dearborn", "Wayne", "MI", ["48126", "48124"]),
          ("Eugene", "Lane", "OR", ["97401", "97402", "97405"]),
          ("Shoreline", "King", "WA", ["98133", "98155"]),
          ("Towson", "Baltimore", "MD", ["21204", "21286"]),
          ("Lexington", "Fayette", "KY", ["40502", "40504", "40517"]),
          ("Gallup", "McKinley", "NM", ["87301"]),
          ("Hilo", "Hawaii", "HI", ["96720"]),
          ("Queens Village", "Queens", "NY", ["11428", "11429"])]
STREETS = ["N Kedzie Ave", "Maple St", "Oak Ridge Dr", "W Broadway", "Cherry Ln",
           "Martin Luther King Jr Blvd", "E 5th St", "Calle del Sol", "Pine Hollow Rd",
           "S Rural Rd", "Willow Creek Ct", "Lakeview Ter", "Old Mill Rd",
           "Avenida Juárez", "NE 137th St", "Kamehameha Ave", "Hemlock Way",
           "Greenleaf Ave", "Timberline Pkwy", "Church St", "Main St", "Elm St",
           "Dogwood Cir", "Harbor View Rd", "Springdale Ave", "Jamaica Ave"]
UNITS = ["", "", "", " Apt 2B", " Apt 14", " Unit 305", " #7", " Apt 3R", " Ste 2", " Lot 48"]

AREA_CODES = ["614", "312", "773", "872", "206", "253", "480", "602", "919", "661",
              "978", "973", "915", "515", "319", "865", "208", "305", "786", "313",
              "541", "404", "718", "347", "832", "210", "702", "303", "414", "612",
              "503", "215", "443", "859", "505", "808", "929"]
EMAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com",
                 "icloud.com", "hotmail.com", "aol.com", "comcast.net", "proton.me",
                 "att.net", "me.com", "live.com", "sbcglobal.net"]
PAYERS = [("Blue Cross Blue Shield of Illinois", "bcbsil"), ("Aetna", "aetna"),
          ("UnitedHealthcare", "uhc"), ("Cigna", "cigna"), ("Humana", "humana"),
          ("Medicare Part B", "medicare"), ("Iowa Medicaid", "ia_medicaid"),
          ("Kaiser Permanente", "kaiser"), ("Anthem", "anthem"),
          ("Delta Dental", "delta_dental")]
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
       "Slotwise/4.12.0 (com.slotwise.patient; build:4120; iOS 17.4.1) Alamofire/5.8.1",
       "okhttp/4.12.0 Slotwise-Android/4.11.3"]
INTERNAL_UAS = ["kube-probe/1.29", "ELB-HealthChecker/2.0", "Faraday v2.9.0",
                "python-requests/2.31.0", "Go-http-client/1.1", "Datadog Agent/7.52.1"]


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


FORCE_KIND = [None]


def fk(k):
    """Kind chosen by a generator, unless the quota logic forces one."""
    return FORCE_KIND[0] or k


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b32(n, alphabet="ABCDEFGHJKMNPQRSTVWXYZ23456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def digits(n, first_nonzero=False):
    d = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and d[0] == "0":
        d = R.choice("123456789") + d[1:]
    return d


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def fold(s):
    """ASCII folding for e-mail local parts."""
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


# ---------------------------------------------------------------------------
# valid-looking identifiers
# ---------------------------------------------------------------------------
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
    return luhn_digit(num[:-1]) == num[-1]


def card_number():
    kind = pick(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = "5" + R.choice("12345") + digits(13)
    elif kind == "amex":
        body = R.choice(["34", "37"]) + digits(12)
    else:
        body = "6011" + digits(11)
    n = body + luhn_digit(body)
    assert luhn_ok(n)
    return n


def ssn(dashes=True):
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    grp = R.randint(1, 99)
    ser = R.randint(1, 9999)
    s = "%03d%02d%04d" % (area, grp, ser)
    return "%s-%s-%s" % (s[:3], s[3:5], s[5:]) if dashes else s


VIN_VAL = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    t = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if t == 10 else str(t)


def vin():
    wmi = pick(["1HG", "1FA", "2T1", "3VW", "5YJ", "JTD", "KMH", "WBA", "1G1", "4T1", "5NP"])
    vds = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5))
    yr = pick("FGHJKLMN")
    plant = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    v = wmi + vds + "0" + yr + plant + digits(6)
    v = v[:8] + vin_check(v) + v[9:]
    assert vin_check(v) == v[8]
    return v


def mbi():
    nz = "123456789"
    alpha = "ACDEFGHJKMNPQRTUVWXY"
    alnum = alpha + "0123456789"
    c = [R.choice(nz), R.choice(alpha), R.choice(alnum), R.choice("0123456789"),
         R.choice(alpha), R.choice(alnum), R.choice("0123456789"), R.choice(alpha),
         R.choice(alpha), R.choice("0123456789"), R.choice("0123456789")]
    s = "".join(c)
    return s if chance(0.6) else "%s-%s-%s" % (s[:4], s[4:7], s[7:])


def member_id(payer_key):
    if payer_key == "bcbsil":
        return pick(["XOF", "XOD", "YIL", "XGH"]) + digits(9, True)
    if payer_key == "aetna":
        return "W" + digits(9, True)
    if payer_key == "uhc":
        return digits(9, True) + pick(["", "-01", "-02"])
    if payer_key == "cigna":
        return "U" + digits(8, True) + pick(["01", "02", "03"])
    if payer_key == "humana":
        return "H" + digits(8, True)
    if payer_key == "medicare":
        return mbi()
    if payer_key == "ia_medicaid":
        return digits(7, True) + R.choice("ABCDEFGHJK")
    if payer_key == "kaiser":
        return "0000" + digits(8, True)
    if payer_key == "anthem":
        return pick(["YRK", "JQW", "ZGP"]) + "W" + digits(8, True)
    return digits(11, True)


def iban():
    cc = pick(["DE", "GB", "NL"])
    if cc == "DE":
        bban = digits(8, True) + digits(10)
    elif cc == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "HBUK"]) + digits(6) + digits(8)
    else:
        bban = pick(["ABNA", "INGB", "RABO"]) + digits(10)
    conv = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    chk = 98 - int(conv) % 97
    ib = "%s%02d%s" % (cc, chk, bban)
    conv2 = "".join(str(int(ch, 36)) for ch in (ib[4:] + ib[:4]))
    assert int(conv2) % 97 == 1
    if chance(0.5):
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def imei():
    body = pick(["35", "86", "01", "35"]) + digits(12)
    return body + luhn_digit(body)


def mac(sep=":"):
    oui = pick(["A4:C1:38", "C8:DF:84", "F0:F5:BD", "00:1A:7D", "D0:39:72", "E4:5F:01"])
    rest = ":".join("%02X" % R.randint(0, 255) for _ in range(3))
    m = oui + ":" + rest
    if chance(0.5):
        m = m.lower()
    return m.replace(":", sep)


def npi():
    body = R.choice("12") + digits(8)
    return body + luhn_digit("80840" + body)


def dea(last):
    l1 = pick("ABFGM")
    d = digits(6)
    s = int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
    return l1 + fold(last)[0].upper() + d + str(s % 10)


def drivers_license(st):
    if st == "CA":
        return R.choice("ABCDEFGHNSY") + digits(7)
    if st == "IL":
        s = R.choice("ABCDKLMPRSTW") + digits(11)
        return "%s-%s-%s" % (s[:4], s[4:8], s[8:])
    if st == "FL":
        s = R.choice("BGHKMRSW") + digits(12)
        return "%s-%s-%s-%s-%s" % (s[:4], s[4:7], s[7:9], s[9:12], s[12:])
    if st == "WA":
        return "WDL" + "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ0123456789") for _ in range(9))
    if st in ("TX", "IA", "OH"):
        return (pick(["", "RS"]) if st == "OH" else "") + digits(8, True)
    if st == "NY":
        return digits(9, True)
    if st == "MD":
        return R.choice("ABCDKLMS") + "-" + digits(3) + "-" + digits(3) + "-" + digits(3) + "-" + digits(3)
    return R.choice("ABCDEFGHJKLMNPRSTW") + digits(8)


def plate(st):
    if st == "CA":
        return str(R.randint(5, 9)) + b32(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3)
    if st == "IL":
        return b32(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + " " + digits(5, True)
    if st == "TX":
        return b32(3, "BCDFGHJKLMNPRSTVWXYZ") + "-" + digits(4)
    return b32(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(4)


PRIVATE_FIRST = {0, 10, 100, 127, 169, 172, 192, 198, 203}


def public_ip():
    first = pick([24, 47, 50, 66, 67, 68, 69, 71, 72, 73, 75, 76, 96, 97, 98, 99,
                  107, 108, 136, 142, 162, 166, 173, 174, 184, 208])
    assert first not in PRIVATE_FIRST
    return "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def public_ipv6():
    pre = pick(["2601:%x:%x" % (R.randint(0x100, 0x6ff), R.randint(0x4000, 0xc3ff)),
                "2600:1700:%x" % R.randint(0x1000, 0xffff),
                "2607:fb90:%x" % R.randint(0x1000, 0xffff)])
    return pre + ":" + ":".join("%x" % R.randint(0, 0xffff) for _ in range(4))


def private_ip():
    return pick(["10.%d.%d.%d" % (R.randint(0, 20), R.randint(0, 255), R.randint(2, 254)),
                 "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254)),
                 "10.42.%d.%d" % (R.randint(0, 15), R.randint(2, 254))])


def phone_parts():
    ac = pick(AREA_CODES)
    while True:
        ex = str(R.randint(2, 9)) + digits(2)
        if ex[1:] != "11" and ex != "555" and ex != "950":
            break
    return ac, ex, digits(4)


def fmt_phone(parts, style=None):
    ac, ex, ln = parts
    style = style or pick(["e164", "paren", "dash", "dot", "raw", "plus1sp"])
    return {"e164": "+1%s%s%s" % (ac, ex, ln), "paren": "(%s) %s-%s" % (ac, ex, ln),
            "dash": "%s-%s-%s" % (ac, ex, ln), "dot": "%s.%s.%s" % (ac, ex, ln),
            "raw": "%s%s%s" % (ac, ex, ln), "plus1sp": "+1 %s-%s-%s" % (ac, ex, ln),
            "one": "1-%s-%s-%s" % (ac, ex, ln)}[style]


def jpeg_b64(nbytes):
    head = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00"
            b"\xff\xdb\x00C\x00")
    body = bytes(R.randint(0, 255) for _ in range(nbytes))
    return base64.b64encode(head + body + b"\xff\xd9").decode()


def face_template():
    raw = bytes(R.randint(0, 255) for _ in range(R.choice([256, 384, 512])))
    return base64.b64encode(raw).decode()


def fingerprint_template():
    raw = b"FMR\x00 20\x00" + bytes(R.randint(0, 255) for _ in range(R.randint(180, 320)))
    return base64.b64encode(raw).decode()


def voiceprint():
    return "vp2." + base64.urlsafe_b64encode(bytes(R.randint(0, 255) for _ in range(240))).decode().rstrip("=")


def curp(first, last, dob, sex):
    l = fold(last).upper() + "XX"
    f = fold(first).upper() + "X"
    vowels = [c for c in l[1:] if c in "AEIOU"] or ["X"]
    return (l[0] + vowels[0] + "X" + f[0] + dob.strftime("%y%m%d") + ("M" if sex == "F" else "H")
            + pick(["DF", "JC", "NL", "CH", "MC", "GT"]) + "".join(R.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(3))
            + R.choice("0123456789A") + R.choice("0123456789"))


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
TODAY = date(2024, 5, 14)


def age_on(dob, d=TODAY):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def rand_date(y0, y1):
    start = date(y0, 1, 1).toordinal()
    end = date(y1, 12, 31).toordinal()
    return date.fromordinal(R.randint(start, end))


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fmt_date(d, style=None):
    style = style or pick(["iso", "iso", "us", "us0", "compact", "dmy", "mon"])
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if style == "us0":
        return "%d/%d/%04d" % (d.month, d.day, d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return "%02d-%s-%04d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "mon":
        return "%s %d, %04d" % (MONTHS[d.month - 1], d.day, d.year)
    raise ValueError(style)


class Person:
    def __init__(self, elderly=False, minor=False):
        self.sex = pick("FM")
        self.first = pick(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = pick(LAST)
        self.mi = pick("ABCDEFGHJKLMNRSTW") if chance(0.3) else ""
        if elderly:
            self.dob = rand_date(1924, 1933)
        elif minor:
            self.dob = rand_date(2008, 2021)
        else:
            self.dob = rand_date(1936, 2005)
        self.age = age_on(self.dob)
        self.mobile = phone_parts()
        self.home = phone_parts()
        fl = fold(self.first).lower()
        ll = fold(self.last).lower()
        local = pick(["%s.%s" % (fl, ll), "%s%s%02d" % (fl, ll, self.dob.year % 100),
                      "%s%s" % (fl[0], ll), "%s_%s%d" % (fl, ll, R.randint(1, 99)),
                      "%s.%s%d" % (ll, fl, self.dob.year), "%s%d" % (fl, R.randint(100, 9999))])
        self.email = local + "@" + pick(EMAIL_DOMAINS)
        city, county, st, zips = pick(PLACES)
        self.street = "%d %s" % (R.randint(2, 19999) if chance(0.8) else R.randint(2, 999), pick(STREETS))
        self.unit = pick(UNITS).strip()
        self.city, self.county, self.st, self.zip = city, county, st, pick(zips)
        if chance(0.2):
            self.zip = self.zip + "-" + digits(4)
        self.ssn = ssn(chance(0.7))
        self.uid = "SWP-" + b32(8)
        self.clinic = pick(CLINICS)
        self.chart = pick(["MRN%08d" % R.randint(100000, 99999999), digits(7, True),
                           "%s-%s" % (b32(2, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(6, True)),
                           "E" + digits(9, True)])
        pn, pk = pick(PAYERS)
        if self.age >= 65 and chance(0.7):
            pn, pk = "Medicare Part B", "medicare"
        self.payer, self.payer_key = pn, pk
        self.member = member_id(pk)
        self.group = pick(["", "GRP" + digits(6), digits(6, True), "0" + digits(5) + "-" + digits(3)])
        self.dl = drivers_license(self.st)
        self.guarantor = None
        if minor:
            g = Person()
            g.last = self.last if chance(0.7) else g.last
            g.street, g.unit, g.city, g.st, g.zip = self.street, self.unit, self.city, self.st, self.zip
            self.guarantor = g

    @property
    def full(self):
        return "%s %s" % (self.first, self.last)


PATIENTS = []


def patient(elderly=None, minor=None):
    if PATIENTS and chance(0.35) and elderly is None and minor is None:
        return pick(PATIENTS)
    if elderly is None:
        elderly = chance(0.12)
    if minor is None:
        minor = (not elderly) and chance(0.12)
    p = Person(elderly=elderly, minor=minor)
    PATIENTS.append(p)
    return p


def appt_dt():
    d = TODAY + timedelta(days=R.randint(1, 60))
    minutes = R.randrange(7 * 60, 17 * 60 + 31, 15)
    return datetime(d.year, d.month, d.day, minutes // 60, minutes % 60)


TZ_OFF = {"IL": "-05:00", "IA": "-05:00", "AZ": "-07:00", "WA": "-07:00", "MD": "-04:00", "KY": "-04:00"}


def fmt_appt(dt, style=None, st="IL"):
    style = style or pick(["iso", "iso", "sql", "us12", "sms"])
    h12 = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    if style == "iso":
        return dt.strftime("%Y-%m-%dT%H:%M:%S") + TZ_OFF.get(st, "-05:00")
    if style == "isoz":
        return (dt + timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:00Z")
    if style == "sql":
        return dt.strftime("%Y-%m-%d %H:%M:00")
    if style == "us12":
        return "%02d/%02d/%04d %d:%02d %s" % (dt.month, dt.day, dt.year, h12, dt.minute, ampm)
    if style == "sms":
        return "%s %d/%d at %d:%02d %s" % (dt.strftime("%a"), dt.month, dt.day, h12, dt.minute, ampm)
    if style == "long":
        return "%s, %s %d at %d:%02d %s" % (dt.strftime("%A"), dt.strftime("%B"), dt.day, h12, dt.minute, ampm)
    raise ValueError(style)


def clinician():
    f, l, cred = pick(CLINICIANS)
    return f, l, cred


PROVIDER_IDS = {c[1]: "prv_%04d" % R.randint(1000, 3999) for c in CLINICIANS}
PROVIDER_NPI = {c[1]: npi() for c in CLINICIANS}


# ---------------------------------------------------------------------------
# clock, hosts and the aggregator prefix
# ---------------------------------------------------------------------------
CLOCK = [datetime(2024, 5, 14, 13, 0, 2, 117000, tzinfo=timezone.utc)]


def tick(lo=0.01, hi=2.5):
    CLOCK[0] += timedelta(milliseconds=int(R.uniform(lo, hi) * 1000))
    return CLOCK[0]


def now():
    return CLOCK[0]


HOSTS = {
    "web": ["web-7c9d5f8b6-x2kqp", "web-7c9d5f8b6-m8tzr", "web-7c9d5f8b6-d4hwn"],
    "intake": ["intake-5b8f9c7d4-kq2lm", "intake-5b8f9c7d4-r7vpx"],
    "worker": ["worker-default-6d8b7f9c5-2xkfn", "worker-critical-7f6c5b4d8-qm9zt"],
    "notify-worker": ["notify-worker-84c7d9f6b-hz4rw", "notify-worker-84c7d9f6b-tn2gs"],
    "gateway": ["gw-kong-64f8b9d7c5-vb7xq", "gw-kong-64f8b9d7c5-pl3sd"],
    "auth": ["auth-7d4c8b9f6-w2r8j", "auth-7d4c8b9f6-c5n7k"],
    "notify": ["notify-api-5c9b8d7f4-j8fpd"],
    "db": ["pg-main-0", "pg-main-1"],
    "cache": ["redis-cache-0", "redis-cache-1"],
    "search": ["es-data-0", "es-data-1", "es-master-0"],
    "edge": ["ingress-nginx-controller-6b9d8c7f5-zr4mx"],
    "deploy": ["argocd-application-controller-0", "gha-runner-7x2kd"],
    "cron": ["cron-28593120-6vb2k", "cron-28593125-kq8wz"],
    "checkin": ["checkin-api-6f7d8c9b5-mm4pz"],
    "billing": ["billing-5d6c7b8f9-xq2vn"],
    "rpm": ["rpm-ingest-7b8c9d6f5-fp9tq"],
}
APPS = {"web": "slotwise-web", "intake": "slotwise-intake", "worker": "slotwise-sidekiq",
        "notify-worker": "slotwise-notify-worker", "gateway": "api-gateway", "auth": "slotwise-auth",
        "notify": "slotwise-notify", "db": "postgresql", "cache": "redis", "search": "elasticsearch",
        "edge": "ingress-nginx", "deploy": "deployer", "cron": "slotwise-cron",
        "checkin": "slotwise-checkin", "billing": "slotwise-billing", "rpm": "slotwise-rpm-ingest"}


def new(family, svc, host=None, lo=0.01, hi=2.5):
    t = tick(lo, hi)
    L = Line(family)
    L.a("%s %s %s: " % (t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000),
                        host or pick(HOSTS[svc]), APPS[svc]))
    return L


def ts_rails():
    return now().strftime("%Y-%m-%dT%H:%M:%S.") + "%03d%03d" % (now().microsecond // 1000, R.randint(0, 999))


def ts_py():
    t = now() - timedelta(milliseconds=R.randint(0, 1))
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_clf():
    return now().strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_iso_ms():
    t = now() - timedelta(milliseconds=R.randint(0, 1))
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def req_id():
    return uuid4()


def rails_pfx(rid, pid, lvl="I", name="INFO"):
    return "%s, [%s #%d] %5s -- : [%s] " % (lvl, ts_rails(), pid, name, rid)


def name_val(p, mode=None):
    """A person's name for a single field (one span)."""
    mode = mode or pick(["full", "full", "lastfirst", "upper"])
    if mode == "full":
        return P(p.full, "name")
    if mode == "lastfirst":
        return P("%s, %s" % (p.last, p.first), "name")
    if mode == "upper":
        return P(("%s %s" % (p.first, p.last)).upper(), "name")
    if mode == "mi" and p.mi:
        return P("%s %s. %s" % (p.first, p.mi, p.last), "name")
    return P(p.full, "name")


# ---------------------------------------------------------------------------
# web app (Rails) -- multi-line request groups and lograge lines
# ---------------------------------------------------------------------------
STATUS_TXT = {200: "OK", 201: "Created", 204: "No Content", 302: "Found",
              404: "Not Found", 422: "Unprocessable Entity", 500: "Internal Server Error"}


def g_rails(phi):
    rid = req_id()
    pid = pick([1, 1, 7, 12])
    host = pick(HOSTS["web"])
    c = pick(CLINICS)
    ip = private_ip()
    extra = []                     # extra lines between Parameters and Completed
    status = 200
    if phi:
        kind = fk(pick(["book", "book", "staff_update", "search", "pay", "guarantor"]))
        p = patient()
        if kind == "book":
            ip = P(public_ipv6() if chance(0.2) else public_ip(), "ip")
            method, path = "POST", ["/book/%s/appointments" % c["tenant"]]
            ctrl = "Booking::AppointmentsController#create"
            fl, ll, _ = clinician()
            dt = appt_dt()
            pt = {"pt_first": P(p.first, "name"), "pt_last": P(p.last, "name"),
                  "dob": P(fmt_date(p.dob, pick(["iso", "us"])), "date"),
                  "mobile": P(fmt_phone(p.mobile), "phone"),
                  "email_addr": P(p.email, "email"), "sms_opt_in": "1"}
            appt = {"location_id": c["id"], "provider_id": PROVIDER_IDS[ll],
                    "appt_at": P(fmt_appt(dt, "iso", c["st"]), "date"),
                    "visit_type": pick(["new_patient", "follow_up", "annual", "sick_visit"]),
                    "patient": pt}
            params = {"authenticity_token": "[FILTERED]", "appointment": appt}
            if chance(0.5):
                pt["insurance"] = {"payer_code": p.payer_key, "member_id": P(p.member, "health_plan"),
                                   "group_no": p.group}
                extra.append(("[ActiveJob] Enqueued EligibilityCheckJob (Job ID: %s) to Sidekiq(eligibility) with arguments: " % uuid4(),
                              ['"', P(p.uid, "mrn"), '", "', P(p.member, "health_plan"), '"']))
            if chance(0.3):
                params["tenant"] = c["tenant"]
            status = pick([201, 201, 201, 422])
        elif kind == "staff_update":
            method, path = "PATCH", ["/patients/", P(p.uid, "mrn")]
            ctrl = "PatientsController#update"
            pt = {"home_phone": P(fmt_phone(p.home), "phone"),
                  "addr_line1": P(p.street, "address")}
            if p.unit:
                pt["addr_line2"] = P(p.unit, "address")
            pt.update({"city": P(p.city, "address"), "state": p.st, "zip": P(p.zip, "zip")})
            if chance(0.4):
                pt["preferred_language"] = pick(["es", "vi", "en", "ar", "pl"])
            if chance(0.3):
                pt["fax"] = P(fmt_phone(phone_parts(), "paren"), "fax")
            params = {"authenticity_token": "[FILTERED]", "patient": pt, "commit": "Save", "id": P(p.uid, "mrn")}
            status = 302
        elif kind == "search":
            method = "GET"
            q = pick([p.full.lower(), p.last, "%s, %s" % (p.last, p.first)])
            dob = fmt_date(p.dob, pick(["us", "iso"]))
            path = ["/patients/search?", QS([("q", P(q, "name")), ("dob", P(dob, "date")),
                                            ("location_id", c["id"])])]
            ctrl = "PatientsController#search"
            params = {"q": P(q, "name"), "dob": P(dob, "date"), "location_id": c["id"]}
        elif kind == "pay":
            ip = P(public_ip(), "ip")
            method, path = "POST", ["/portal/billing/payments"]
            ctrl = "Portal::PaymentsController#create"
            params = {"payment": {"amount_cents": str(R.choice([2500, 4000, 4500, 12034, 7519])),
                                  "card_number": P(card_number(), "account"),
                                  "exp_month": "%02d" % R.randint(1, 12), "exp_year": str(R.randint(2025, 2029)),
                                  "cvc": "[FILTERED]", "name_on_card": name_val(p, "upper"),
                                  "billing_zip": P(p.zip[:5], "zip")},
                      "statement_no": "ST-2024-%07d" % R.randint(1, 9999999),
                      "guarantor_acct": P("GA-%08d" % R.randint(1, 99999999), "account")}
            status = pick([201, 201, 422])
        else:  # guarantor
            g = p.guarantor or Person()
            method, path = "POST", ["/patients/", P(p.uid, "mrn"), "/guarantor"]
            ctrl = "GuarantorsController#create"
            params = {"guarantor": {"guarantor_name": P(g.full, "name"),
                                    "relationship": pick(["parent", "spouse", "legal_guardian", "self"]),
                                    "guarantor_phone": P(fmt_phone(g.mobile), "phone"),
                                    "ssn": P(g.ssn, "ssn"),
                                    "employer": pick(["Tyson Foods", "Amazon", "Self-employed", "Kroger", "State of Iowa"])},
                      "patient_id": P(p.uid, "mrn")}
            status = 201
    else:
        kind = pick(["avail", "avail", "report", "webhook", "settings", "cancel"])
        if kind == "avail":
            fl, ll, _ = clinician()
            d0 = (TODAY + timedelta(days=R.randint(1, 20))).isoformat()
            method = "GET"
            path = ["/api/v2/availability?location_id=%s&provider_id=%s&from=%s&days=7" % (c["id"], PROVIDER_IDS[ll], d0)]
            ctrl = "Api::V2::AvailabilityController#index"
            params = {"location_id": c["id"], "provider_id": PROVIDER_IDS[ll], "from": d0, "days": "7"}
        elif kind == "report":
            method, path = "GET", ["/admin/reports/utilization?month=2024-04&location_id=%s" % c["id"]]
            ctrl = "Admin::ReportsController#utilization"
            params = {"month": "2024-04", "location_id": c["id"]}
        elif kind == "webhook":
            method, path = "POST", ["/api/v2/webhooks/ehr"]
            ctrl = "Api::V2::Webhooks::EhrController#create"
            params = {"event": pick(["appointment.updated", "appointment.checked_in", "provider.schedule_changed"]),
                      "appointment_id": R.randint(100000, 999999), "appt_uid": "apt_" + b32(10).lower(),
                      "source": pick(["athenahealth", "eclinicalworks", "nextgen"]),
                      "practice_id": str(R.randint(100000, 199999)), "ehr": {"event_id": uuid4()}}
            status = 204
        elif kind == "settings":
            method, path = "PATCH", ["/admin/locations/%s" % c["id"]]
            ctrl = "Admin::LocationsController#update"
            params = {"authenticity_token": "[FILTERED]",
                      "location": {"display_name": c["name"], "phone": c["phone"], "fax": c["fax"],
                                   "addr_line1": c["addr"], "city": c["city"], "zip": c["zip"],
                                   "reminder_lead_hours": pick(["24", "48", "72"])},
                      "id": c["id"]}
            status = 302
        else:
            aid = "apt_" + b32(10).lower()
            method, path = "DELETE", ["/api/v2/appointments/%s" % aid]
            ctrl = "Api::V2::AppointmentsController#destroy"
            params = {"id": aid, "reason_code": pick(["PT_RESCHED", "PROVIDER_OUT", "DUPLICATE"]), "notify": "true"}
            status = 204
    lines = []
    L = new("rails", "web", host)
    L.a(rails_pfx(rid, pid), 'Started %s "' % method, *path, '" for ', ip,
        " at %s" % now().strftime("%Y-%m-%d %H:%M:%S +0000"))
    lines.append(L)
    if chance(0.8):
        L = new("rails", "web", host, 0.001, 0.01)
        L.a(rails_pfx(rid, pid), "Processing by %s as %s" % (ctrl, pick(["JSON", "HTML", "TURBO_STREAM"])))
        lines.append(L)
    L = new("rails", "web", host, 0.001, 0.01)
    L.a(rails_pfx(rid, pid), "  Parameters: ", RB(params))
    lines.append(L)
    for pre, segs in extra:
        L = new("rails", "web", host, 0.01, 0.1)
        L.a(rails_pfx(rid, pid), pre, *segs)
        lines.append(L)
    if status == 422 and chance(0.7):
        L = new("rails", "web", host, 0.001, 0.05)
        L.a(rails_pfx(rid, pid, "W", "WARN"), "Validation failed: %s" % pick(
            ["Appt at slot no longer available", "Mobile can't be blank", "Card was declined (insufficient_funds)"]))
        lines.append(L)
    L = new("rails", "web", host, 0.02, 0.6)
    ms = R.randint(8, 900)
    L.a(rails_pfx(rid, pid), "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (
        status, STATUS_TXT[status], ms, R.uniform(0, ms / 3), R.uniform(1, ms / 2), R.randint(900, 60000)))
    lines.append(L)
    return lines


def g_lograge(phi):
    c = pick(CLINICS)
    rid = req_id()
    L = new("rails_lograge", "web")
    if phi:
        p = patient()
        kind = fk(pick(["portal", "consent", "staff_view"]))
        if kind == "portal":
            pairs = [("method", "GET"), ("path", "/portal/appointments"), ("format", "html"),
                     ("controller", "Portal::AppointmentsController"), ("action", "index"),
                     ("status", "200"), ("allocations", str(R.randint(2000, 9000))),
                     ("duration", "%.2f" % R.uniform(20, 300)), ("view", "%.2f" % R.uniform(5, 90)),
                     ("db", "%.2f" % R.uniform(1, 40)), ("request_id", rid),
                     ("remote_ip", P(public_ip(), "ip")), ("patient_uid", P(p.uid, "mrn")),
                     ("tenant", c["tenant"])]
        elif kind == "consent":
            pairs = [("method", "POST"), ("path", S("/portal/p/", P(p.uid, "mrn"), "/consents")),
                     ("format", "json"), ("controller", "Portal::ConsentsController"), ("action", "create"),
                     ("status", "201"), ("duration", "%.2f" % R.uniform(20, 300)),
                     ("request_id", rid), ("remote_ip", P(public_ip(), "ip")),
                     ("signature_name", P(p.full, "name")), ("consent", pick(["hipaa_npp_v4", "telehealth_v2", "financial_policy_2024"]))]
        else:
            staff = pick(STAFF_USERS)
            pairs = [("method", "GET"), ("path", S("/patients/", P(p.uid, "mrn"), "/chart")),
                     ("format", "html"), ("controller", "PatientsController"), ("action", "show"),
                     ("status", "200"), ("duration", "%.2f" % R.uniform(20, 300)),
                     ("request_id", rid), ("remote_ip", private_ip()),
                     ("staff_user", "%s@%s" % (staff, c["domain"])), ("chart_no", P(p.chart, "mrn"))]
    else:
        kind = pick(["assets", "dash", "api"])
        if kind == "dash":
            pairs = [("method", "GET"), ("path", "/dashboard/day"), ("format", "turbo_stream"),
                     ("controller", "DashboardController"), ("action", "day"), ("status", "200"),
                     ("duration", "%.2f" % R.uniform(20, 300)), ("view", "%.2f" % R.uniform(5, 90)),
                     ("db", "%.2f" % R.uniform(1, 40)), ("request_id", rid), ("remote_ip", private_ip()),
                     ("staff_user", "%s@%s" % (pick(STAFF_USERS), c["domain"])), ("location_id", c["id"])]
        elif kind == "api":
            pairs = [("method", "GET"), ("path", "/api/v2/locations/%s/providers" % c["id"]),
                     ("format", "json"), ("controller", "Api::V2::ProvidersController"), ("action", "index"),
                     ("status", pick(["200", "200", "304"])), ("duration", "%.2f" % R.uniform(5, 80)),
                     ("request_id", rid), ("remote_ip", private_ip()), ("client_id", pick(SVC_ACCOUNTS[:4]))]
        else:
            pairs = [("method", "GET"), ("path", "/up"), ("format", "*/*"), ("controller", "Rails::HealthController"),
                     ("action", "show"), ("status", "200"), ("duration", "%.2f" % R.uniform(0.5, 4)),
                     ("request_id", rid), ("remote_ip", private_ip())]
    L.a(LF(pairs))
    return [L]


# ---------------------------------------------------------------------------
# intake forms service (Django behind gunicorn)
# ---------------------------------------------------------------------------
def django_pfx(level, logger, lineno):
    return "[%s] %s [%s:%d] " % (ts_py(), level, logger, lineno)


def g_django(phi):
    host = pick(HOSTS["intake"])
    if phi:
        p = patient()
        kind = fk(pick(["error", "submitted", "access", "access"]))
        if kind == "error":
            bad = pick(["%02d.%02d.%04d" % (p.dob.day, p.dob.month, p.dob.year),
                        "%d-%d-%04d" % (p.dob.day, p.dob.month, p.dob.year)])
            L1 = new("django", "intake", host)
            L1.a(django_pfx("ERROR", "django.request", 241),
                 "Internal Server Error: /intake/forms/new-patient/submit/")
            L2 = new("django", "intake", host, lo=0.001, hi=0.01)
            L2.a(django_pfx("ERROR", "intake.middleware", 57), "ValueError: time data ",
                 PY(P(bad, "date")), " does not match format '%m/%d/%Y'")
            L3 = new("django", "intake", host, lo=0.001, hi=0.01)
            qd = {"csrfmiddlewaretoken": [hexs(32)], "pt_first": [P(p.first, "name")],
                  "pt_last": [P(p.last, "name")], "dob": [P(bad, "date")],
                  "addr_line1": [P(p.street, "address")], "city": [P(p.city, "address")],
                  "state": [p.st], "zip": [P(p.zip, "zip")],
                  "mobile": [P(fmt_phone(p.mobile, pick(["dash", "paren"])), "phone")],
                  "emergency_contact": [name_val(Person(), "full")],
                  "allergies": [pick(["penicillin", "none", "latex, sulfa"])], "page": ["2"]}
            if chance(0.4):
                qd["ssn"] = [P(p.ssn, "ssn")]
            if chance(0.3):
                qd["pt_fax"] = [P(fmt_phone(phone_parts(), "dash"), "fax")]
            if chance(0.25):
                qd["curp"] = [P(curp(p.first, p.last, p.dob, p.sex), "other_id")]
            L3.a(django_pfx("ERROR", "intake.middleware", 61), "POST: <QueryDict: ", PY(qd), ">")
            return [L1, L2, L3]
        if kind == "submitted":
            L = new("django", "intake", host)
            L.a(django_pfx("INFO", "intake.views", 88), "form submitted ",
                LF([("form", pick(["new_patient_v3", "annual_update_v2", "dental_history_v1"])),
                    ("patient_uid", P(p.uid, "mrn")), ("signed_as", name_val(p, pick(["full", "mi"]))),
                    ("pages", str(R.randint(3, 9))), ("lang", pick(["en", "es", "vi"]))]))
            if p.age >= 90 and chance(0.8):
                L.a(" age=", P(p.age, "age"))
            elif chance(0.3):
                L.a(" age=%d" % p.age)
            return [L]
        L = new("gunicorn_access", "intake", host)
        path = S("/intake/p/", P(p.uid, "mrn"), "/start/")
        if chance(0.5):
            path = S("/intake/p/", P(p.uid, "mrn"), "/verify/?dob=", P(qp(fmt_date(p.dob, "us")), "date"))
        L.a(private_ip(), " - - [", ts_clf(), '] "GET ', path, ' HTTP/1.1" 200 %d "-" "' % R.randint(4000, 30000),
            pick(UAS), '"')
        return [L]
    kind = pick(["access", "access", "host", "pdf", "migrate"])
    if kind == "access":
        L = new("gunicorn_access", "intake", host)
        path = pick(["/intake/static/css/forms.%s.css" % hexs(8), "/intake/healthz/",
                     "/intake/static/js/signature_pad.%s.js" % hexs(8), "/intake/i18n/es.json"])
        L.a(private_ip(), " - - [", ts_clf(), '] "GET %s HTTP/1.1" %d %d "-" "%s"' % (
            path, pick([200, 200, 304]), R.randint(0, 90000), pick(INTERNAL_UAS + UAS[:2])))
        return [L]
    L = new("django", "intake", host)
    if kind == "host":
        ip = private_ip()
        L.a(django_pfx("WARNING", "django.security.DisallowedHost", 76),
            "Invalid HTTP_HOST header: '%s:8000'. You may need to add '%s' to ALLOWED_HOSTS." % (ip, ip))
    elif kind == "pdf":
        L.a(django_pfx("INFO", "intake.pdf", 140), "rendered consent pdf template=%s pages=%d ms=%d form_id=%d" % (
            pick(["hipaa_npp_v4", "telehealth_v2", "financial_policy_2024"]), R.randint(1, 6), R.randint(90, 900),
            R.randint(10000, 99999)))
    else:
        L.a(django_pfx("INFO", "django.db.migrations", 112), "No migrations to apply. Your models have changes that are not yet reflected in a migration: intake.FormTemplate")
    return [L]


# ---------------------------------------------------------------------------
# background workers: Sidekiq (Ruby) and Celery (Python notify workers)
# ---------------------------------------------------------------------------
def sk_pfx(tid, cls=None, jid=None, elapsed=None):
    s = "%s pid=%d tid=%s" % (ts_iso_ms(), pick([7, 7, 9]), tid)
    if cls:
        s += " class=%s jid=%s" % (cls, jid)
    if elapsed is not None:
        s += " elapsed=%.3f" % elapsed
    return s + " "


def tid():
    return "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4))


def g_sidekiq(phi):
    host = pick(HOSTS["worker"])
    t, jid = tid(), hexs(24)
    if phi:
        p = patient()
        kind = fk(pick(["retry", "waitlist", "ehr", "json", "risk"]))
        if kind == "risk":
            if chance(0.6):
                p = patient(elderly=True)
            L = new("sidekiq", "worker", host)
            L.a(sk_pfx(t, "NoShowRiskJob", jid), "INFO: scored patient_uid=", P(p.uid, "mrn"), " age=")
            L.a(P(p.age, "age") if p.age >= 90 else str(p.age))
            L.a(" score=%.2f model=nsr-v3 features=%d" % (R.uniform(0.02, 0.9), R.randint(18, 40)))
            return [L]
        if kind == "retry":
            L = new("sidekiq", "worker", host)
            created = now().timestamp() - R.uniform(30, 4000)
            job = {"retry": True, "queue": "eligibility", "class": "EligibilityCheckJob",
                   "args": [{"patient_uid": P(p.uid, "mrn"), "member_id": P(p.member, "health_plan"),
                             "payer_code": p.payer_key, "dob": P(fmt_date(p.dob, "iso"), "date"),
                             "pt_last": P(p.last, "name"), "pt_first": P(p.first, "name")}],
                   "jid": jid, "created_at": round(created, 6), "enqueued_at": round(created + 1.2, 6),
                   "error_message": pick(["Availity 504 Gateway Timeout", "execution expired",
                                          "AAA*Y**72*C~ (invalid member id)"]),
                   "error_class": pick(["Faraday::TimeoutError", "Eligibility::PayerRejected"]),
                   "failed_at": round(created + 3.4, 6), "retry_count": R.randint(0, 5)}
            L.a(sk_pfx(t), "WARN: ", J({"context": "Job raised exception", "job": job}))
            return [L]
        if kind == "waitlist":
            dt = appt_dt()
            L1 = new("sidekiq", "worker", host)
            L1.a(sk_pfx(t, "WaitlistOfferJob", jid), "INFO: start")
            L2 = new("sidekiq", "worker", host, 0.05, 0.5)
            L2.a(sk_pfx(t, "WaitlistOfferJob", jid), "INFO: offering slot ", P(fmt_appt(dt, "sql"), "date"),
                 " to ", P(p.full, "name"), " (", P(fmt_phone(p.mobile, "e164"), "phone"), ") rank=%d/%d" % (
                     R.randint(1, 4), R.randint(4, 19)))
            L3 = new("sidekiq", "worker", host, 0.05, 0.8)
            L3.a(sk_pfx(t, "WaitlistOfferJob", jid, R.uniform(0.1, 1.4)), "INFO: done")
            return [L1, L2, L3]
        if kind == "ehr":
            L = new("sidekiq", "worker", host)
            changed = pick([[":mobile", ":addr_line1"], [":email_addr"], [":member_id", ":payer_code"], [":pt_last"]])
            L.a(sk_pfx(t, "EhrSyncJob", jid), "INFO: upsert patient chart_no=", P(p.chart, "mrn"),
                " patient_uid=", P(p.uid, "mrn"), " source=%s changed=[%s]" % (
                    pick(["athenahealth", "eclinicalworks", "nextgen"]), ", ".join(changed)))
            return [L]
        L = new("sidekiq_json", "worker", host)
        L.a(J({"ts": ts_iso_ms(), "pid": 7, "tid": t, "lvl": "INFO",
               "msg": "recall letter queued",
               "ctx": {"class": "RecallLetterJob", "jid": jid, "patient_uid": P(p.uid, "mrn"),
                       "mail_to": S(P(p.full, "name"), ", ", P(p.street, "address"), ", ",
                                    P(p.city, "address"), ", " + p.st + " ", P(p.zip, "zip")),
                       "vendor": "lob", "template": "annual_recall_v2"}}))
        return [L]
    kind = pick(["pair", "pair", "boot", "json", "reminder"])
    cls = pick(["ReminderSmsJob", "SlotHoldExpiryJob", "SearchReindexJob", "DailyDigestJob",
                "EhrSyncJob", "WebhookDeliveryJob", "UsageMeteringJob"])
    if kind == "pair":
        L1 = new("sidekiq", "worker", host)
        L1.a(sk_pfx(t, cls, jid), "INFO: start")
        L2 = new("sidekiq", "worker", host, 0.05, 2)
        L2.a(sk_pfx(t, cls, jid, R.uniform(0.01, 4)), "INFO: done")
        return [L1, L2]
    L = new("sidekiq_json" if kind == "json" else "sidekiq", "worker", host)
    if kind == "boot":
        L.a(sk_pfx(t), pick(['INFO: Sidekiq 7.2.2 connecting to Redis with options {:size=>10, :pool_name=>"internal", :url=>"redis://redis-queue.slotwise.svc:6379/1"}',
                             "INFO: Booted Rails 7.1.3.2 application in production environment",
                             "INFO: Running in ruby 3.3.1 (2024-04-23 revision c56cd86388) [x86_64-linux]",
                             "WARN: Your Redis instance will evict Sidekiq data under heavy load."]))
    elif kind == "reminder":
        L.a(sk_pfx(t, "ReminderSmsJob", jid), "INFO: enqueued reminder appt_uid=apt_%s template=appt_reminder_24h channel=sms location_id=%s" % (
            b32(10).lower(), pick(CLINICS)["id"]))
    else:
        L.a(J({"ts": ts_iso_ms(), "pid": 9, "tid": t, "lvl": "INFO", "msg": "done",
               "ctx": {"class": cls, "jid": jid, "elapsed": round(R.uniform(0.01, 6), 3)}}))
    return [L]


def celery_pfx(level="INFO", proc=None):
    proc = proc or "ForkPoolWorker-%d" % R.randint(1, 8)
    return "[%s: %s/%s] " % (ts_py(), level, proc)


def g_celery(phi):
    host = pick(HOSTS["notify-worker"])
    tid_ = uuid4()
    if phi:
        p = patient()
        kind = fk(pick(["succeeded", "retry", "email", "voice"]))
        L = new("celery", "notify-worker", host)
        if kind == "succeeded":
            res = {"sid": "SM" + hexs(32), "to": P(fmt_phone(p.mobile, "e164"), "phone"),
                   "status": "queued", "segments": R.randint(1, 3)}
            L.a(celery_pfx(), "Task notify.tasks.send_sms[%s] succeeded in %.5fs: " % (tid_, R.uniform(0.1, 1.2)), PY(res))
        elif kind == "retry":
            args = (P(p.uid, "mrn"), P(fmt_phone(p.mobile, pick(["e164", "raw"])), "phone"))
            kw = {"template": pick(["appt_reminder_24h", "appt_confirm", "waitlist_offer"]),
                  "first_name": P(p.first, "name"), "appt_at": P(fmt_appt(appt_dt(), "iso", p.clinic["st"]), "date"),
                  "location_id": p.clinic["id"]}
            L.a(celery_pfx("WARNING"), "Task notify.tasks.send_sms[%s] retry: Retry in %ds: " % (tid_, pick([30, 60, 120])),
                "TwilioRestException(21614, 'To number is not a valid mobile number') args=", PY(args), " kwargs=", PY(kw))
        elif kind == "email":
            args = ({"to": P(p.email, "email"), "name": P(p.full, "name"), "template_id": "d-" + hexs(32),
                     "patient_uid": P(p.uid, "mrn")},)
            L.a(celery_pfx(), "Task notify.tasks.send_email[%s] received args=" % tid_, PY(args))
        else:
            L.a(celery_pfx("ERROR"), "Task notify.tasks.place_ivr_call[%s] raised unexpected: " % tid_,
                "CallFailed('busy', to=", PY(P(fmt_phone(p.home, "e164"), "phone")), ", patient=",
                PY(P(p.full, "name")), ")")
        return [L]
    kind = pick(["received", "ok", "beat", "boot", "purge"])
    L = new("celery", "notify-worker", host)
    if kind == "received":
        L.a(celery_pfx(proc="MainProcess"), "Task notify.tasks.send_sms[%s] received" % tid_)
    elif kind == "ok":
        L.a(celery_pfx(), "Task notify.tasks.%s[%s] succeeded in %.5fs: None" % (
            pick(["send_sms", "send_email", "poll_delivery_status"]), tid_, R.uniform(0.05, 2)))
    elif kind == "beat":
        L.a(celery_pfx(proc="MainProcess"), "Scheduler: Sending due task %s" % pick(
            ["purge-expired-holds (slots.tasks.purge_expired_holds)", "poll-twilio-status (notify.tasks.poll_delivery_status)",
             "refresh-payer-list (eligibility.tasks.refresh_payers)"]))
    elif kind == "purge":
        L.a(celery_pfx(), "Task slots.tasks.purge_expired_holds[%s] succeeded in %.3fs: {'purged': %d, 'locations': %d}" % (
            tid_, R.uniform(0.2, 3), R.randint(0, 90), R.randint(20, 140)))
    else:
        L.a(celery_pfx(proc="MainProcess"), pick(["Connected to redis://redis-queue.slotwise.svc:6379/2",
                                                  "mingle: searching for neighbors", "mingle: all alone",
                                                  "celery@%s ready." % host]))
    return [L]


# ---------------------------------------------------------------------------
# API gateway (Kong): combined access log and JSON file-log plugin
# ---------------------------------------------------------------------------
PARTNER_IPS = ["52.44.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
               "3.217.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
               "34.201.%d.%d" % (R.randint(0, 255), R.randint(1, 254))]
TWILIO_IPS = ["54.172.60.%d" % R.randint(1, 254), "54.244.51.%d" % R.randint(1, 254)]


def g_gateway(phi):
    L = new("kong_access", "gateway")
    ua = pick(UAS)
    status = pick([200, 200, 200, 201, 304, 404])
    if phi:
        p = patient()
        kind = fk(pick(["me", "lookup", "partner", "confirm"]))
        if kind == "me":
            ip = P(public_ip(), "ip")
            req = ["GET /v2/patients/me/appointments?",
                   QS([("patient_uid", P(p.uid, "mrn")), ("include", "provider,location"), ("upcoming", "true")])]
        elif kind == "lookup":
            ip = P(public_ip(), "ip")
            req = ["POST /v2/patients/lookup?",
                   QS([("last_name", P(p.last, "name")), ("dob", P(fmt_date(p.dob, pick(["iso", "us"])), "date")),
                       ("zip", P(p.zip[:5], "zip")), ("tenant", p.clinic["tenant"])])]
        elif kind == "partner":
            ip = pick(PARTNER_IPS)
            ua = pick(["athenahealth-connector/3.2", "NextGen-Integrator/2.11 (+https://www.nextgen.com)"])
            req = ["GET /v2/partner/patients?", QS([("chart_no", P(p.chart, "mrn")), ("practice_id", str(R.randint(100000, 199999)))])]
        else:
            ip = P(public_ipv6() if chance(0.3) else public_ip(), "ip")
            req = ["GET /v2/links/confirm?",
                   QS([("uid", P(p.uid, "mrn")), ("appt", "apt_" + b32(10).lower()), ("t", hexs(20)), ("src", "sms")])]
    else:
        kind = pick(["internal", "partner", "twilio", "synthetic", "avail"])
        if kind == "internal":
            ip = private_ip()
            ua = pick(INTERNAL_UAS[2:])
            req = ["GET /v2/locations/%s/slots?from=%s&days=14" % (pick(CLINICS)["id"], (TODAY + timedelta(days=1)).isoformat())]
        elif kind == "partner":
            ip = pick(PARTNER_IPS)
            ua = "athenahealth-connector/3.2"
            req = ["POST /v2/partner/webhooks/schedule-sync?practice_id=%d" % R.randint(100000, 199999)]
        elif kind == "twilio":
            ip = pick(TWILIO_IPS)
            ua = "TwilioProxy/1.1"
            req = ["POST /v2/hooks/twilio/status"]
            status = 204
        elif kind == "synthetic":
            ip = pick(["35.170.%d.%d" % (R.randint(0, 255), R.randint(1, 254))])
            ua = "Datadog/Synthetics"
            req = ["GET /v2/status"]
            status = 200
        else:
            ip = private_ip()
            ua = "Next.js Middleware"
            req = ["GET /v2/public/tenants/%s/availability?visit_type=new_patient&week=2024-W21" % pick(CLINICS)["tenant"]]
    L.a(ip, " - - [", ts_clf(), '] "', *req, ' HTTP/%s" %d %d "%s" "%s" %.3f %.3f kong_request_id="%s"' % (
        pick(["1.1", "2.0"]), status, 0 if status == 204 else R.randint(90, 40000),
        pick(["-", "-", "https://app.slotwise.health/", "https://book.slotwise.health/"]), ua,
        R.uniform(0.002, 1.5), R.uniform(0.001, 1.4), hexs(32)))
    return [L]


def g_kong_json(phi):
    L = new("kong_json", "gateway")
    t0 = int(now().timestamp() * 1000) - R.randint(5, 900)
    if phi:
        p = patient()
        qs = {"last_name": P(p.last, "name"), "dob": P(fmt_date(p.dob, "iso"), "date")}
        if chance(0.5):
            qs["member_id"] = P(p.member, "health_plan")
        uri = "/v2/eligibility/check"
        headers = {"host": "api.slotwise.health", "user-agent": pick(UAS), "x-tenant": p.clinic["tenant"],
                   "x-patient-uid": P(p.uid, "mrn"), "authorization": "REDACTED"}
        client_ip = P(public_ip(), "ip")
        status = pick([200, 200, 502])
    else:
        qs = {"from": (TODAY + timedelta(days=2)).isoformat(), "days": "7"}
        uri = "/v2/locations/%s/slots" % pick(CLINICS)["id"]
        headers = {"host": "api.slotwise.health", "user-agent": pick(INTERNAL_UAS[2:]),
                   "x-request-id": uuid4(), "authorization": "REDACTED"}
        client_ip = private_ip()
        status = pick([200, 200, 429])
    lat = R.randint(3, 1200)
    obj = {"request": {"method": "GET", "uri": uri, "querystring": qs, "headers": headers,
                       "size": R.randint(300, 1800)},
           "response": {"status": status, "size": R.randint(200, 9000)},
           "latencies": {"request": lat, "kong": R.randint(0, 5), "proxy": max(1, lat - 3)},
           "route": {"name": "eligibility" if phi else "slots", "id": uuid4()},
           "service": {"name": "slotwise-web", "host": "slotwise-web.slotwise.svc", "port": 3000},
           "client_ip": client_ip, "started_at": t0}
    L.a(J(obj))
    return [L]


# ---------------------------------------------------------------------------
# auth service (Go, logfmt)
# ---------------------------------------------------------------------------
def auth_pfx(level, caller):
    return [("ts", ts_iso_ms()), ("level", level), ("caller", caller)]


def g_auth(phi):
    L = new("auth_logfmt", "auth")
    if phi:
        p = patient()
        kind = fk(pick(["signin", "mfa", "reset", "failed", "locked", "newdevice"]))
        if kind == "signin":
            pairs = auth_pfx("info", "signin.go:142") + [
                ("msg", "sign-in succeeded"), ("realm", "patient"), ("email_addr", P(p.email, "email")),
                ("patient_uid", P(p.uid, "mrn")), ("ip", P(public_ip(), "ip")), ("mfa", pick(["sms", "totp", "none"])),
                ("session_id", "ses_" + hexs(16))]
        elif kind == "mfa":
            pairs = auth_pfx("info", "mfa/sms.go:77") + [
                ("msg", "mfa code sent"), ("channel", "sms"), ("mobile", P(fmt_phone(p.mobile, "e164"), "phone")),
                ("patient_uid", P(p.uid, "mrn")), ("attempt", str(R.randint(1, 3))), ("provider", "twilio-verify")]
        elif kind == "reset":
            tok = hexs(40)
            pairs = auth_pfx("debug", "reset.go:58") + [
                ("msg", "password reset link issued"), ("email_addr", P(p.email, "email")),
                ("link", P("https://app.slotwise.health/portal/reset?uid=%s&token=%s" % (p.uid, tok), "url")),
                ("ttl", "30m")]
        elif kind == "failed":
            pairs = auth_pfx("warn", "signin.go:171") + [
                ("msg", "sign-in failed"), ("realm", "patient"), ("reason", pick(["bad_password", "dob_mismatch", "unknown_user"])),
                ("email_addr", P(p.email, "email")), ("ip", P(public_ip(), "ip")), ("failures", str(R.randint(1, 5)))]
            if pairs[5][1] == "dob_mismatch":
                pairs.append(("dob_given", P(fmt_date(p.dob, "iso"), "date")))
        elif kind == "locked":
            pairs = auth_pfx("warn", "lockout.go:33") + [
                ("msg", "account locked"), ("patient_uid", P(p.uid, "mrn")), ("login", P(p.email, "email")),
                ("until", (now() + timedelta(minutes=30)).strftime("%Y-%m-%dT%H:%M:%SZ"))]
        else:
            pairs = auth_pfx("info", "devices.go:95") + [
                ("msg", "new device registered"), ("patient_uid", P(p.uid, "mrn")),
                ("device_name", S(P(p.first, "name"), "'s " + pick(["iPhone", "Galaxy S23", "iPad", "Pixel 8"]))),
                ("ip", P(public_ipv6() if chance(0.4) else public_ip(), "ip")), ("push", "apns")]
    else:
        kind = pick(["staff", "token", "jwks", "staff_fail", "ratelimit"])
        c = pick(CLINICS)
        if kind == "staff":
            pairs = auth_pfx("info", "sso/saml.go:211") + [
                ("msg", "sign-in succeeded"), ("realm", "staff"), ("email_addr", "%s@%s" % (pick(STAFF_USERS), c["domain"])),
                ("tenant", c["tenant"]), ("idp", pick(["okta", "azuread", "google"])), ("ip", private_ip())]
        elif kind == "token":
            pairs = auth_pfx("info", "oauth/token.go:64") + [
                ("msg", "token issued"), ("client_id", pick(SVC_ACCOUNTS[:6])), ("grant", "client_credentials"),
                ("scope", pick(["slots:read", "patients:sync", "notify:send"])), ("ttl", "3600")]
        elif kind == "jwks":
            pairs = auth_pfx("info", "keys/rotate.go:40") + [
                ("msg", "jwks rotated"), ("kid", "sw-" + hexs(12)), ("alg", "ES256"), ("next_rotation", "2024-06-13T00:00:00Z")]
        elif kind == "staff_fail":
            pairs = auth_pfx("warn", "sso/saml.go:230") + [
                ("msg", "sign-in failed"), ("realm", "staff"), ("user", pick(STAFF_USERS)),
                ("reason", "saml_assertion_expired"), ("tenant", c["tenant"])]
        else:
            pairs = auth_pfx("warn", "ratelimit.go:52") + [
                ("msg", "rate limited"), ("bucket", "signin:ip:" + private_ip()), ("limit", "10/min"), ("retry_after", "41s")]
    L.a(LF(pairs))
    return [L]


# ---------------------------------------------------------------------------
# notification service (Node / pino JSON) + provider webhooks
# ---------------------------------------------------------------------------
def pino_base(level=30):
    return {"level": level, "time": int(now().timestamp() * 1000), "pid": 1,
            "hostname": HOSTS["notify"][0], "reqId": "req-" + b32(6).lower()}


def g_notify(phi):
    if phi:
        p = patient()
        c = p.clinic
        fl, ll, cred = clinician()
        kind = fk(pick(["sms", "sms", "email", "twilio", "inbound", "sendgrid"]))
        if kind == "sms":
            L = new("notify_json", "notify")
            dt = appt_dt()
            link = "https://app.slotwise.health/c/%s/apt_%s" % (p.uid, b32(10).lower())
            body = S("Hi ", P(p.first, "name"), ", this is %s confirming your appointment " % c["name"],
                     P(fmt_appt(dt, "sms"), "date"), " with Dr. %s. Reply C to confirm or call %s. " % (ll, c["phone"]),
                     P(link, "url"))
            o = pino_base()
            o.update({"msg": "sms.sent", "patientUid": P(p.uid, "mrn"), "to": P(fmt_phone(p.mobile, "e164"), "phone"),
                      "template": "appt_reminder_24h", "body": body, "providerMsgId": "SM" + hexs(32)})
            L.a(J(o, ascii=chance(0.5)))
            return [L]
        if kind == "email":
            L = new("notify_json", "notify")
            dt = appt_dt()
            o = pino_base()
            o.update({"msg": "email.sent", "to": P(p.email, "email"), "toName": P(p.full, "name"),
                      "subject": S("Your appointment on ", P("%s %d" % (dt.strftime("%B"), dt.day), "date"),
                                   " at %s" % c["name"]),
                      "templateId": "d-" + hexs(32), "tenant": c["tenant"]})
            L.a(J(o, ascii=True))
            return [L]
        if kind == "twilio":
            L = new("twilio_webhook", "notify")
            body = QS([("SmsSid", "SM" + hexs(32)), ("SmsStatus", "delivered"), ("MessageStatus", "delivered"),
                       ("To", P(fmt_phone(p.mobile, "e164"), "phone")), ("MessageSid", "SM" + hexs(32)),
                       ("AccountSid", "AC" + hexs(32)), ("From", "+1" + "".join(ch for ch in c["phone"] if ch.isdigit())),
                       ("ApiVersion", "2010-04-01")])
            L.a("POST /webhooks/twilio/status 204 %dms body=" % R.randint(2, 40), body)
            return [L]
        if kind == "inbound":
            L = new("twilio_webhook", "notify")
            body = QS([("ToCountry", "US"), ("SmsMessageSid", "SM" + hexs(32)), ("NumMedia", "0"),
                       ("Body", pick(["C", "Y", "STOP", "running 10 min late sorry", "Can I move to Thursday?"])),
                       ("From", P(fmt_phone(p.mobile, "e164"), "phone")), ("FromCity", P(p.city.upper(), "address")),
                       ("FromState", p.st), ("FromZip", P(p.zip[:5], "zip")), ("To", "+1" + "".join(ch for ch in c["phone"] if ch.isdigit()))])
            L.a("POST /webhooks/twilio/inbound 200 %dms body=" % R.randint(2, 40), body)
            return [L]
        L = new("sendgrid_event", "notify")
        ev = [{"email": P(p.email, "email"), "timestamp": int(now().timestamp()) - R.randint(1, 60),
               "smtp-id": "<%s@ismtpd0%d.sendgrid.net>" % (b32(22, "abcdefghijklmnopqrstuvwxyz0123456789"), R.randint(1, 9)),
               "event": pick(["delivered", "open", "bounce", "deferred"]), "category": ["appt_reminder", c["tenant"]],
               "sg_event_id": b32(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
               "sg_message_id": b32(22, "abcdefghijklmnopqrstuvwxyz0123456789") + ".filterdrecv-" + hexs(10)}]
        L.a("sendgrid events batch=1 payload=", J(ev, sep=(", ", ": ")))
        return [L]
    kind = pick(["status", "batch", "status", "ratelimit", "template"])
    L = new("notify_json", "notify")
    o = pino_base()
    if kind == "status":
        o.update({"msg": "sms.status", "providerMsgId": "SM" + hexs(32),
                  "status": pick(["delivered", "delivered", "undelivered", "failed"]),
                  "errorCode": pick([None, None, 30003, 30006]), "latencyMs": R.randint(400, 9000)})
    elif kind == "batch":
        o.update({"msg": "reminder batch complete", "tenant": pick(CLINICS)["tenant"], "sent": R.randint(40, 1300),
                  "failed": R.randint(0, 12), "optedOut": R.randint(0, 41), "durationMs": R.randint(800, 20000)})
    elif kind == "ratelimit":
        o.update({"level": 40, "msg": "twilio 429, backing off", "retryInMs": pick([1000, 2000, 4000]),
                  "queueDepth": R.randint(10, 900)})
    else:
        c = pick(CLINICS)
        o.update({"msg": "template rendered", "template": pick(["appt_reminder_24h", "appt_confirm", "recall_6mo"]),
                  "locale": pick(["en-US", "es-US"]), "tenant": c["tenant"], "replyPhone": c["phone"],
                  "helpUrl": "https://help.slotwise.health/articles/%d" % R.randint(100, 999)})
    L.a(J(o))
    return [L]


# ---------------------------------------------------------------------------
# database (PostgreSQL)
# ---------------------------------------------------------------------------
def pg_pfx(pid, level, user="slotwise_app", lag=True):
    t = now() - timedelta(milliseconds=R.randint(0, 1) if lag else 0)
    return "%s.%03d UTC [%d] %s@slotwise_prod %s:  " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000,
                                                       pid, user, level)


def pg_params(vals):
    out = ["parameters: "]
    for i, v in enumerate(vals):
        if i:
            out.append(", ")
        out.append("$%d = " % (i + 1))
        out.extend(SQL(v) if v is not None else ["NULL"])
    return out


def g_postgres(phi):
    pid = R.randint(20000, 39999)
    host = pick(HOSTS["db"])
    ms = "%.3f" % R.uniform(500, 6000)
    if phi:
        p = patient()
        kind = fk(pick(["lookup", "update", "literal", "dupe"]))
        if kind == "lookup":
            L1 = new("postgres", "db", host)
            L1.a(pg_pfx(pid, "LOG"), "duration: %s ms  execute <unnamed>: SELECT \"patients\".* FROM \"patients\" WHERE \"patients\".\"tenant_id\" = $1 AND lower(\"patients\".\"pt_last\") = lower($2) AND \"patients\".\"dob\" = $3 ORDER BY \"patients\".\"id\" ASC LIMIT $4" % ms)
            L2 = new("postgres", "db", host, lo=0.0, hi=0.002)
            L2.a(pg_pfx(pid, "DETAIL", lag=False), *pg_params([str(R.randint(100, 450)), P(p.last, "name"),
                                                     P(fmt_date(p.dob, "iso"), "date"), "1"]))
            return [L1, L2]
        if kind == "update":
            L1 = new("postgres", "db", host)
            L1.a(pg_pfx(pid, "LOG"), "duration: %s ms  execute <unnamed>: UPDATE \"patients\" SET \"mobile\" = $1, \"email_addr\" = $2, \"updated_at\" = $3 WHERE \"patients\".\"patient_uid\" = $4" % ms)
            L2 = new("postgres", "db", host, lo=0.0, hi=0.002)
            L2.a(pg_pfx(pid, "DETAIL", lag=False), *pg_params([P(fmt_phone(p.mobile, "e164"), "phone"), P(p.email, "email"),
                                                     now().strftime("%Y-%m-%d %H:%M:%S.%f"), P(p.uid, "mrn")]))
            return [L1, L2]
        if kind == "literal":
            L = new("postgres", "db", host)
            col, val = pick([("email_addr", P(p.email, "email")), ("mobile", P(fmt_phone(p.mobile, "e164"), "phone")),
                             ("ssn", P(p.ssn, "ssn")), ("member_id", P(p.member, "health_plan"))])
            L.a(pg_pfx(pid, "LOG", "metabase_ro"), "duration: %s ms  statement: SELECT p.patient_uid, p.pt_first, p.pt_last, p.dob FROM patients p WHERE p.%s = " % (ms, col),
                *SQL(val), " AND p.deleted_at IS NULL")
            return [L]
        L1 = new("postgres", "db", host)
        L1.a(pg_pfx(pid, "ERROR"), 'duplicate key value violates unique constraint "index_patients_on_tenant_id_and_chart_no"')
        L2 = new("postgres", "db", host, lo=0.0, hi=0.002)
        L2.a(pg_pfx(pid, "DETAIL", lag=False), "Key (tenant_id, chart_no)=(%d, " % R.randint(100, 450), P(p.chart, "mrn"), ") already exists.")
        return [L1, L2]
    kind = pick(["checkpoint", "vacuum", "conn", "slow", "deadlock"])
    L = new("postgres", "db", host)
    if kind == "checkpoint":
        L.a("%s UTC [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (
            now().strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], R.randint(50, 200), R.randint(300, 9000), R.uniform(0.1, 5),
            R.randint(0, 6), R.uniform(20, 270), R.uniform(0, 0.2), R.uniform(20, 270)))
    elif kind == "vacuum":
        L.a(pg_pfx(pid, "LOG", "autovacuum"), 'automatic vacuum of table "slotwise_prod.public.%s": index scans: 1, pages: 0 removed, %d remain, tuples: %d removed, %d remain' % (
            pick(["appointments", "slot_holds", "notifications", "audit_events"]), R.randint(1000, 90000),
            R.randint(100, 40000), R.randint(100000, 9000000)))
    elif kind == "conn":
        L.a(pg_pfx(pid, "LOG"), "connection authorized: user=slotwise_app database=slotwise_prod application_name=%s SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % pick(
            ["puma", "sidekiq", "intake-django", "metabase"]))
    elif kind == "slow":
        d0 = TODAY + timedelta(days=R.randint(0, 10))
        L.a(pg_pfx(pid, "LOG"), 'duration: %s ms  execute <unnamed>: SELECT "appointments".* FROM "appointments" WHERE "appointments"."location_id" = $1 AND "appointments"."starts_at" BETWEEN $2 AND $3' % ms)
        L2 = new("postgres", "db", host, lo=0.0, hi=0.002)
        L2.a(pg_pfx(pid, "DETAIL", lag=False), *pg_params([str(R.randint(100, 450)), d0.isoformat() + " 00:00:00",
                                                 (d0 + timedelta(days=7)).isoformat() + " 00:00:00"]))
        return [L, L2]
    else:
        L.a(pg_pfx(pid, "ERROR"), "deadlock detected: Process %d waits for ShareLock on transaction %d; blocked by process %d." % (
            pid, R.randint(80000000, 99999999), R.randint(20000, 39999)))
    return [L]


# ---------------------------------------------------------------------------
# cache (Redis server + app cache instrumentation)
# ---------------------------------------------------------------------------
def g_cache(phi):
    if phi:
        p = patient()
        kind = fk(pick(["write", "lookup", "slowlog"]))
        if kind == "write":
            L = new("cache_app", "web")
            L.a("cache write key=sw:v3:pt:", P(p.uid, "mrn"), ":profile ttl=300 bytes=%d store=redis-cache" % R.randint(800, 4000))
        elif kind == "lookup":
            L = new("cache_app", "web")
            L.a("cache miss key=sw:v3:lookup:%d:" % R.randint(100, 450), P(fold(p.last).lower(), "name"), ":",
                P(p.dob.strftime("%Y%m%d"), "date"), " took=%.1fms" % R.uniform(0.2, 3))
        else:
            L = new("redis_slowlog", "cache")
            L.a('slowlog id=%d duration_us=%d cmd="HGETALL sw:v3:pt:' % (R.randint(1000, 99999), R.randint(10000, 90000)),
                P(p.uid, "mrn"), ':profile" client=%s:%d' % (private_ip(), R.randint(30000, 60000)))
        return [L]
    kind = pick(["save", "app", "app", "slowlog"])
    if kind == "save":
        L = new("redis", "cache")
        L.a("1:M %s * %s" % (now().strftime("%d %b %Y %H:%M:%S.") + "%03d" % (now().microsecond // 1000), pick(
            ["100 changes in 300 seconds. Saving...", "Background saving started by pid %d" % R.randint(100, 9999),
             "DB saved on disk", "Background saving terminated with success",
             "Fork CoW for RDB: current 3 MB, peak 3 MB, average 2 MB"])))
    elif kind == "app":
        L = new("cache_app", "web")
        c = pick(CLINICS)
        L.a(pick(["cache hit key=sw:v3:slots:%s:%s ttl=%d" % (c["id"], (TODAY + timedelta(days=R.randint(1, 9))).isoformat(), R.randint(1, 60)),
                  "cache fetch key=sw:v3:tenant:%s:settings hit=true took=0.3ms" % c["tenant"],
                  "cache delete key=sw:v3:providers:%s reason=schedule_changed" % c["id"]]))
    else:
        L = new("redis_slowlog", "cache")
        L.a('slowlog id=%d duration_us=%d cmd="ZRANGEBYSCORE sw:v3:slots:%s %d %d" client=%s:%d' % (
            R.randint(1000, 99999), R.randint(10000, 90000), pick(CLINICS)["id"], 1716163200, 1716768000,
            private_ip(), R.randint(30000, 60000)))
    return [L]


# ---------------------------------------------------------------------------
# search index (Elasticsearch)
# ---------------------------------------------------------------------------
def es_ts():
    t = now() - timedelta(milliseconds=R.randint(0, 1))
    return t.strftime("%Y-%m-%dT%H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def g_search(phi):
    if phi:
        p = patient()
        if chance(0.6):
            L = new("es_slowlog", "search", pick(HOSTS["search"][:2]))
            must = [{"match": {"full_name": {"query": P(p.full.lower(), "name"), "fuzziness": "AUTO"}}}]
            if chance(0.6):
                must.append({"term": {"dob": P(fmt_date(p.dob, "iso"), "date")}})
            else:
                must.append({"term": {"mobile": P(fmt_phone(p.mobile, "raw"), "phone")}})
            src = {"size": 20, "query": {"bool": {"must": must, "filter": [{"term": {"tenant_id": R.randint(100, 450)}}]}}}
            ms = R.randint(600, 4000)
            L.a("[%s][WARN ][i.s.s.query              ] [%s] [patients_v7][%d] took[%.1fs], took_millis[%d], total_hits[%d hits], stats[], search_type[QUERY_THEN_FETCH], total_shards[6], source[" % (
                es_ts(), pick(HOSTS["search"][:2]), R.randint(0, 5), ms / 1000, ms, R.randint(0, 6)), J(src), "], id[],")
            return [L]
        L = new("es_node", "search", pick(HOSTS["search"][:2]))
        doc = {"patient_uid": P(p.uid, "mrn"), "full_name": P(p.full, "name"), "dob": P(fmt_date(p.dob, "iso"), "date"),
               "mobile": P(fmt_phone(p.mobile, "e164"), "phone"), "tenant_id": R.randint(100, 450)}
        if p.age >= 90:
            doc["age"] = P(p.age, "age")
        L.a("[%s][DEBUG][o.e.a.b.TransportShardBulkAction] [%s] [patients_v7][%d] failed to execute bulk item (index) index {[patients_v7][" % (
            es_ts(), pick(HOSTS["search"][:2]), R.randint(0, 5)), P(p.uid, "mrn"), "], source[", J(doc),
            "]} org.elasticsearch.index.mapper.MapperParsingException: failed to parse field [dob] of type [date]")
        return [L]
    kind = pick(["health", "gc", "slow_appt", "mapping"])
    L = new("es_node", "search", "es-master-0" if kind in ("health", "mapping") else pick(HOSTS["search"][:2]))
    if kind == "health":
        L.a('[%s][INFO ][o.e.c.r.a.AllocationService] [es-master-0] current.health="GREEN" message="Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[appointments_v12][3]]])." previous.health="YELLOW" reason="shards started [[appointments_v12][3]]"' % es_ts())
    elif kind == "gc":
        L.a("[%s][INFO ][o.e.m.j.JvmGcMonitorService] [%s] [gc][%d] overhead, spent [%dms] collecting in the last [1s]" % (
            es_ts(), pick(HOSTS["search"][:2]), R.randint(10000, 200000), R.randint(250, 900)))
    elif kind == "mapping":
        L.a("[%s][INFO ][o.e.c.m.MetadataMappingService] [es-master-0] [appointments_v12/%s] update_mapping [_doc]" % (
            es_ts(), b32(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")))
    else:
        L.family = "es_slowlog"
        src = {"size": 0, "query": {"bool": {"filter": [{"term": {"location_id": pick(CLINICS)["id"]}},
                                                        {"range": {"starts_at": {"gte": "now-30d/d", "lt": "now/d"}}}]}},
               "aggs": {"by_status": {"terms": {"field": "status"}}}}
        ms = R.randint(600, 3000)
        L.a("[%s][WARN ][i.s.s.query              ] [%s] [appointments_v12][%d] took[%.1fs], took_millis[%d], total_hits[10000+ hits], stats[], search_type[QUERY_THEN_FETCH], total_shards[6], source[" % (
            es_ts(), pick(HOSTS["search"][:2]), R.randint(0, 5), ms / 1000, ms), J(src), "], id[],")
    return [L]


# ---------------------------------------------------------------------------
# health checks, deploys, cron (mostly PHI-free)
# ---------------------------------------------------------------------------
def g_health(phi):
    kind = pick(["ingress", "ingress", "app"])
    if kind == "ingress":
        L = new("ingress_nginx", "edge")
        svc, port = pick([("slotwise-web", 3000), ("slotwise-intake", 8000), ("slotwise-auth", 8080), ("slotwise-notify", 4000)])
        up = private_ip()
        L.a('%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" "%s" %d %.3f [slotwise-%s-%d] [] %s:%d %d %.3f 200 %s' % (
            private_ip(), ts_clf(), pick(["/healthz", "/up", "/readyz", "/intake/healthz/"]), R.randint(2, 80),
            pick(INTERNAL_UAS[:2]), R.randint(90, 200), R.uniform(0.001, 0.02), svc, port, up, port, R.randint(2, 80),
            R.uniform(0.001, 0.02), hexs(32)))
    else:
        L = new("health_json", pick(["web", "auth", "checkin"]))
        L.a(J({"status": pick(["ok", "ok", "degraded"]), "checks": {"db": "ok", "redis": "ok",
                                                                  "es": pick(["green", "yellow"]), "twilio": "ok"},
               "latency_ms": R.randint(2, 90), "version": "2024.05.14-%d" % R.randint(1, 3),
               "commit": hexs(7), "uptime_s": R.randint(100, 900000)}, sep=(", ", ": ")))
    return [L]


def g_deploy(phi):
    kind = pick(["argo", "gha", "migrate", "argo_health"])
    app = pick(["slotwise-web", "slotwise-notify", "slotwise-auth", "slotwise-intake", "slotwise-checkin"])
    sha = hexs(40)
    if kind == "argo":
        L = new("argocd", "deploy", HOSTS["deploy"][0])
        L.a('time="%s" level=info msg="Sync operation to %s succeeded" application=argocd/%s dest-namespace=slotwise dest-server="https://kubernetes.default.svc" reason=OperationCompleted type=Normal' % (
            now().strftime("%Y-%m-%dT%H:%M:%SZ"), sha, app))
    elif kind == "argo_health":
        L = new("argocd", "deploy", HOSTS["deploy"][0])
        L.a('time="%s" level=info msg="Updated health status: Progressing -> Healthy" application=argocd/%s' % (
            now().strftime("%Y-%m-%dT%H:%M:%SZ"), app))
    elif kind == "gha":
        L = new("deploy", "deploy", HOSTS["deploy"][1])
        L.a("deploy %s v2024.05.14-%d (sha %s) by %s: %d/%d pods ready in %ds, image=ghcr.io/slotwise/%s@sha256:%s" % (
            app, R.randint(1, 4), sha[:7], pick(["ci-bot", "ci-bot", "rsantos (manual)"]), 3, 3, R.randint(40, 300), app, hexs(64)))
    else:
        L = new("rails_migrate", "deploy", HOSTS["deploy"][1])
        L.a(pick(["== 20240514120301 AddPreferredPharmacyToPatients: migrating =======================",
                  "-- add_column(:patients, :preferred_pharmacy_ncpdp, :string)",
                  "   -> 0.0041s",
                  "== 20240514120301 AddPreferredPharmacyToPatients: migrated (0.0043s) ==============",
                  "== 20240513170455 AddIndexOnAppointmentsStartsAt: migrating ===================="]))
    return [L]


def g_cron(phi):
    if phi:
        p = patient(elderly=True) if chance(0.3) else patient()
        kind = fk(pick(["noshow", "birthday", "balance"]))
        L = new("cron", "cron")
        if kind == "noshow":
            L.a("no_show_report: flagged ", LF([("patient_uid", P(p.uid, "mrn")), ("pt_name", P(p.full, "name")),
                                                ("no_shows_90d", str(R.randint(3, 6))), ("location_id", p.clinic["id"])]))
        elif kind == "birthday":
            bday = date(2024, p.dob.month, p.dob.day) if not (p.dob.month == 2 and p.dob.day == 29) else date(2024, 2, 29)
            L.a("birthday_greetings: queued card for ", P(p.full, "name"), " dob=", P(fmt_date(p.dob, "iso"), "date"))
            turning = p.age + (1 if bday > TODAY else 0)
            if turning >= 90:
                L.a(" turning ", P(turning, "age"))
            elif chance(0.5):
                L.a(" turning %d" % turning)
            L.a(" channel=%s" % pick(["mail", "sms", "email"]))
        else:
            L.a("statements:dunning ", LF([("guarantor_acct", P("GA-%08d" % R.randint(1, 99999999), "account")),
                                          ("guarantor", P(p.guarantor.full if p.guarantor else p.full, "name")),
                                          ("balance_cents", str(R.randint(1500, 90000))), ("days_past_due", str(pick([30, 60, 90, 120]))),
                                          ("letter", "dunning_%s" % pick(["30", "60", "final"]))]))
        return [L]
    kind = pick(["cmd", "result", "export"])
    L = new("cron", "cron")
    if kind == "cmd":
        L.a("CRON[%d]: (app) CMD (cd /app && bin/rails %s >> /proc/1/fd/1 2>&1)" % (
            R.randint(1000, 9999), pick(["reminders:enqueue_24h", "slots:rebuild_cache", "statements:dunning", "search:reindex_stale"])))
    elif kind == "result":
        L.a("reminders:enqueue_24h enqueued=%d skipped_opt_out=%d skipped_no_mobile=%d took=%.1fs" % (
            R.randint(200, 1500), R.randint(0, 60), R.randint(0, 30), R.uniform(2, 30)))
    else:
        c = pick(CLINICS)
        L.a("export: wrote s3://slotwise-exports/%s/2024-05-14/appointments.csv rows=%d bytes=%d sha256=%s" % (
            c["tenant"], R.randint(100, 3000), R.randint(10000, 900000), hexs(64)))
    return [L]


# ---------------------------------------------------------------------------
# eligibility worker: raw X12 271 responses
# ---------------------------------------------------------------------------
def x12_up(s):
    return fold_keep(s).upper()


def fold_keep(s):
    """Strip accents but keep spaces, hyphens and apostrophes (X12 basic charset)."""
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -'."))


def g_x12(phi):
    L = new("x12_271", "worker", HOSTS["worker"][1])
    ctl = "%09d" % R.randint(1, 999999999)
    f, l, cred = clinician()
    isa = "ISA*00*          *00*          *ZZ*AVAILITY       *ZZ*SLOTWISE       *%s*%s*^*00501*%s*0*P*:~" % (
        now().strftime("%y%m%d"), now().strftime("%H%M"), ctl)
    head = "GS*HB*AVAILITY*SLOTWISE*%s*%s*%d*X*005010X279A1~ST*271*0001*005010X279A1~BHT*0022*11*%s*%s*%s~" % (
        now().strftime("%Y%m%d"), now().strftime("%H%M"), R.randint(1, 99999), hexs(10).upper(),
        now().strftime("%Y%m%d"), now().strftime("%H%M%S"))
    payer, pk = pick(PAYERS)
    if phi:
        p = patient()
        payer, pk = p.payer, p.payer_key
    prov = "HL*1**20*1~NM1*PR*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*1*%s*%s****XX*%s~" % (
        x12_up(payer), digits(5, True), x12_up(l), x12_up(f), PROVIDER_NPI[l])
    L.a("eligibility.response tenant=%s bytes=%d raw=" % (pick(CLINICS)["tenant"], R.randint(600, 2000)), isa, head, prov)
    if phi:
        L.a("HL*3*2*22*0~TRN*2*%s*9SLOTWISE~NM1*IL*1*" % hexs(12).upper(), P(x12_up(p.last), "name"), "*",
            P(x12_up(p.first), "name"), "****MI*", P(p.member.replace("-", ""), "health_plan"), "~N3*",
            P(x12_up(p.street), "address"), "~N4*", P(x12_up(p.city), "address"), "*%s*" % p.st,
            P(p.zip.replace("-", ""), "zip"), "~DMG*D8*", P(p.dob.strftime("%Y%m%d"), "date"), "*%s~" % p.sex)
        L.a("DTP*291*D8*%s~EB*1*IND*30**%s~EB*C*IND*30***23*%d.00~SE*%d*0001~GE*1*%d~IEA*1*%s~" % (
            now().strftime("%Y%m%d"), x12_up(payer)[:20], R.choice([250, 500, 1500, 3000]), R.randint(14, 22),
            R.randint(1, 99999), ctl))
    else:
        L.a("HL*3*2*22*0~TRN*2*%s*9SLOTWISE~AAA*Y**42*R~SE*9*0001~GE*1*%d~IEA*1*%s~" % (
            hexs(12).upper(), R.randint(1, 99999), ctl))
    return [L]


# ---------------------------------------------------------------------------
# front-desk check-in kiosks / IVR (biometrics, ID scans, photos)
# ---------------------------------------------------------------------------
def g_checkin(phi):
    L = new("checkin_json", "checkin")
    kiosk = "KSK-%04d" % R.randint(1, 120)
    c = pick(CLINICS)
    base = {"ts": ts_iso_ms(), "svc": "checkin-api", "kiosk_id": kiosk, "location_id": c["id"]}
    if phi:
        p = patient()
        kind = fk(pick(["face", "idscan", "fingerprint", "photo", "ivr", "idscan", "parking"]))
        if kind == "face":
            base.update({"event": "kiosk.checkin", "patient_uid": P(p.uid, "mrn"),
                         "match": {"method": "face", "score": round(R.uniform(0.82, 0.99), 3),
                                   "face_template": P(face_template(), "biometric"), "model": "arcface-r100-v2"}})
        elif kind == "fingerprint":
            base.update({"event": "kiosk.enroll_fingerprint", "patient_uid": P(p.uid, "mrn"),
                         "finger": pick(["R_INDEX", "L_INDEX", "R_THUMB"]), "format": "ISO_19794_2",
                         "fp_template": P(fingerprint_template(), "biometric"), "quality": R.randint(40, 99)})
        elif kind == "idscan":
            g = p.guarantor or p
            base.update({"event": "kiosk.id_scan", "doc_type": "drivers_license", "patient_uid": P(p.uid, "mrn"),
                         "scan": {"dl_number": P(g.dl, "license"), "dl_state": g.st,
                                  "name_last": P(x12_up(g.last), "name"), "name_first": P(x12_up(g.first), "name"),
                                  "dob": P(g.dob.strftime("%m%d%Y"), "date"),
                                  "addr": P(x12_up(g.street), "address"), "city": P(x12_up(g.city), "address"),
                                  "zip": P(g.zip[:5], "zip"), "exp": "%02d%02d%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(2025, 2031)),
                                  "aamva_ver": 10}})
            if chance(0.5):
                base["scan"]["portrait"] = P("data:image/jpeg;base64," + jpeg_b64(R.randint(700, 1400)), "photo")
        elif kind == "parking":
            base.update({"event": "kiosk.parking_validation", "patient_uid": P(p.uid, "mrn"),
                         "plate": P(plate(p.st), "vehicle"), "plate_state": p.st, "minutes": pick([60, 90, 120])})
        elif kind == "photo":
            base.update({"event": "kiosk.profile_photo", "patient_uid": P(p.uid, "mrn"), "mime": "image/jpeg",
                         "photo_b64": P(jpeg_b64(R.randint(1200, 2600)), "photo"), "consent": True})
        else:
            L.family = "ivr_json"
            base = {"ts": ts_iso_ms(), "svc": "notify-ivr", "event": "ivr.voice_verify",
                    "call_sid": "CA" + hexs(32), "from": P(fmt_phone(p.home, "e164"), "phone"),
                    "patientUid": P(p.uid, "mrn"), "score": round(R.uniform(0.6, 0.99), 2),
                    "voiceprint": P(voiceprint(), "biometric"), "result": pick(["match", "match", "no_match"])}
    else:
        kind = pick(["heartbeat", "timeout", "printer", "ivr"])
        if kind == "heartbeat":
            base.update({"event": "kiosk.heartbeat", "fw": "3.4.%d" % R.randint(0, 9), "battery": R.randint(20, 100),
                         "printer": "ok", "lan_ip": private_ip(), "serial": "IPD" + b32(8), "uptime_s": R.randint(100, 900000)})
        elif kind == "timeout":
            base.update({"event": "kiosk.session_timeout", "step": pick(["insurance", "consent", "payment", "demographics"]),
                         "session_id": uuid4(), "idle_s": 90})
        elif kind == "printer":
            base.update({"event": "kiosk.printer_error", "code": "PAPER_LOW", "model": "Zebra ZD421"})
        else:
            L.family = "ivr_json"
            base = {"ts": ts_iso_ms(), "svc": "notify-ivr", "event": "ivr.call_completed", "call_sid": "CA" + hexs(32),
                    "to": c["phone"], "duration_s": R.randint(20, 300), "menu_path": "1>3>0", "tenant": c["tenant"]}
    L.a(J(base))
    return [L]


# ---------------------------------------------------------------------------
# billing (Java / Spring Boot)
# ---------------------------------------------------------------------------
def spring_pfx(level, thread, logger):
    t = now() - timedelta(milliseconds=R.randint(0, 20))
    return "%s.%03d %5s 1 --- [%15s] %-40s : " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, level,
                                                    thread[-15:], logger[:40])


def g_billing(phi):
    L = new("spring_boot", "billing")
    thr = "nio-8080-exec-%d" % R.randint(1, 10)
    if phi:
        p = patient()
        g = p.guarantor or p
        acct = "GA-%08d" % R.randint(1, 99999999)
        kind = fk(pick(["refund", "ach", "stripe", "statement"]))
        if kind == "refund":
            L.a(spring_pfx("INFO", thr, "c.s.billing.refund.RefundService"), "Refund initiated refundId=rf_%s guarantorAcct=" % b32(12).lower(),
                P(acct, "account"), " holder=\"", P(g.full, "name"), "\" iban=", P(iban(), "account"),
                " amountCents=%d currency=EUR reason=overpayment" % R.randint(1000, 40000))
        elif kind == "ach":
            L.a(spring_pfx("INFO", thr, "c.s.billing.autopay.AutopayController"), "Autopay enrolled guarantorAcct=",
                P(acct, "account"), " routing=%s accountNo=" % pick(["071000013", "111000025", "021000021", "121000358"]),
                P(digits(R.randint(8, 12), True), "account"), " holder=", P(x12_up(g.full), "name"), " patientUid=", P(p.uid, "mrn"))
        elif kind == "stripe":
            L.a(spring_pfx("ERROR", thr, "c.s.billing.pay.StripeGateway"),
                "Charge failed code=incorrect_number patientUid=", P(p.uid, "mrn"), " request={\"number\":\"",
                P(card_number(), "account"), "\",\"exp_month\":%d,\"exp_year\":%d,\"name\":\"" % (R.randint(1, 12), R.randint(2025, 2030)),
                P(g.full, "name"), "\",\"address_zip\":\"", P(g.zip[:5], "zip"), "\"}")
        else:
            L.a(spring_pfx("INFO", "scheduling-1", "c.s.billing.stmt.StatementMailer"), "Statement queued for print statementNo=ST-2024-%07d guarantorAcct=" % R.randint(1, 9999999),
                P(acct, "account"), " mailTo=\"", P(g.full, "name"), ", ",
                P(g.street + (" " + g.unit if g.unit else ""), "address"), ", ", P(g.city, "address"), ", %s " % g.st, P(g.zip, "zip"), "\" pages=%d" % R.randint(1, 3))
        return [L]
    kind = pick(["hikari", "started", "captured", "webhook"])
    if kind == "hikari":
        L.a(spring_pfx("INFO", "main", "com.zaxxer.hikari.HikariDataSource"), "HikariPool-1 - Start completed.")
    elif kind == "started":
        L.a(spring_pfx("INFO", "main", "c.s.billing.BillingApplication"), "Started BillingApplication in %.3f seconds (process running for %.3f)" % (
            R.uniform(8, 20), R.uniform(20, 24)))
    elif kind == "captured":
        L.a(spring_pfx("INFO", thr, "c.s.billing.pay.PaymentService"), "Payment captured amount=%d.%02d brand=%s last4=%s statementNo=ST-2024-%07d tenant=%s chargeId=ch_%s" % (
            R.randint(10, 400), R.randint(0, 99), pick(["visa", "mastercard", "amex"]), digits(4), R.randint(1, 9999999),
            pick(CLINICS)["tenant"], b32(24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")))
    else:
        L.a(spring_pfx("INFO", thr, "c.s.billing.stripe.WebhookController"), "Stripe webhook received type=%s id=evt_%s livemode=true" % (
            pick(["charge.succeeded", "payout.paid", "charge.refunded"]), b32(24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")))
    return [L]


# ---------------------------------------------------------------------------
# remote patient monitoring ingest (Go, std log)
# ---------------------------------------------------------------------------
def g_rpm(phi):
    L = new("rpm_ingest", "rpm")
    L.a(now().strftime("%Y/%m/%d %H:%M:%S"), " ")
    if phi:
        p = patient()
        kind = fk(pick(["bp", "cell", "udi"]))
        if kind == "bp":
            L.a("[INFO] reading accepted patient_uid=", P(p.uid, "mrn"), " model=BP-A7 device_serial=",
                P("A7BPM-%04d-%07d" % (R.randint(1000, 9999), R.randint(1, 9999999)), "device"), " bt_mac=", P(mac(), "device"),
                " sys=%d dia=%d pulse=%d" % (R.randint(100, 175), R.randint(60, 105), R.randint(50, 110)))
        elif kind == "cell":
            L.a("[WARN] stale reading dropped imei=", P(imei(), "device"), " patient_uid=", P(p.uid, "mrn"),
                " model=GM-Cell3 glucose_mgdl=%d lag_h=%d" % (R.randint(70, 300), R.randint(25, 90)))
        else:
            udi = "(01)%s(17)%s(10)%s(21)%s" % ("0" + digits(13), "2%d%02d%02d" % (R.randint(6, 9), R.randint(1, 12), R.randint(1, 28)),
                                              b32(6), "SN" + digits(7))
            L.a("[INFO] device registered patient_uid=", P(p.uid, "mrn"), " udi=", P(udi, "device"), " kit=%s" % pick(["bp", "scale", "pulseox"]))
        return [L]
    L.a(pick(["[INFO] ingest batch=512 accepted=%d rejected=%d lag_ms=%d" % (R.randint(480, 512), R.randint(0, 30), R.randint(20, 900)),
              "[INFO] fw bundle published model=BP-A7 version=2.3.%d sha256=%s" % (R.randint(0, 9), hexs(64)),
              "[WARN] mqtt reconnect broker=tls://mqtt.slotwise.internal:8883 attempt=%d" % R.randint(1, 5)]))
    return [L]


# ---------------------------------------------------------------------------
# audit trail + web app JSON (semantic_logger) events
# ---------------------------------------------------------------------------
def g_audit(phi):
    L = new("audit_json", "web")
    c = pick(CLINICS)
    o = {"type": "audit", "at": ts_iso_ms()}
    if phi:
        p = patient()
        kind = fk(pick(["viewed", "merged", "export"]))
        if kind == "viewed":
            o.update({"action": "patient.record.viewed", "actor": pick(SUPPORT_AGENTS), "actor_role": "support",
                      "patient_uid": P(p.uid, "mrn"), "reason": "ZD-%d" % R.randint(40000, 60000), "ip": private_ip()})
        elif kind == "merged":
            q = patient()
            o.update({"action": "patient.merged", "actor": "%s@%s" % (pick(STAFF_USERS), c["domain"]),
                      "from_uid": P(q.uid, "mrn"), "into_uid": P(p.uid, "mrn"), "matched_on": ["pt_last", "dob", "mobile"]})
        else:
            o.update({"action": "patient.chart.exported", "actor": "%s@%s" % (pick(STAFF_USERS), c["domain"]),
                      "patient_uid": P(p.uid, "mrn"), "pt_name": P(p.full, "name"), "format": "pdf", "pages": R.randint(2, 40)})
    else:
        f, l, cred = clinician()
        kind = pick(["settings", "provider"])
        if kind == "settings":
            o.update({"action": "tenant.settings.changed", "actor": "%s@%s" % (pick(STAFF_USERS), c["domain"]),
                      "tenant": c["tenant"], "changes": {"reminder_lead_hours": [24, 48], "allow_online_booking": [False, True]}})
        else:
            st = c["st"]
            o.update({"action": "provider.credentials.updated", "actor": pick(SUPPORT_AGENTS), "provider_id": PROVIDER_IDS[l],
                      "provider_name": "%s %s, %s" % (f, l, cred), "npi": PROVIDER_NPI[l], "dea": dea(l),
                      "state_license": "%s %s" % (st, digits(8, True)), "location_id": c["id"]})
    L.a(J(o))
    return [L]


def sem_base(name):
    return {"host": pick(HOSTS["web"]), "application": "Slotwise", "environment": "production",
            "timestamp": ts_iso_ms(), "level": "info", "name": name}


def g_web_json(phi):
    L = new("rails_json", "web")
    if phi:
        p = patient()
        c = p.clinic
        kind = fk(pick(["parking", "accident", "records", "intl", "elderly", "invite", "pickup"]))
        if kind == "parking":
            o = sem_base("Parking::Validation")
            o.update({"message": "validated", "payload": {"patient_uid": P(p.uid, "mrn"), "plate": P(plate(p.st), "vehicle"),
                                                         "plate_state": p.st, "garage": "%s P2" % c["name"].split()[0],
                                                         "validated_minutes": pick([60, 120, 180])}})
        elif kind == "accident":
            o = sem_base("Intake::AutoAccident")
            o.update({"message": "accident details saved",
                      "payload": {"patient_uid": P(p.uid, "mrn"), "claim_no": "CLM-%d-%06d" % (2024, R.randint(1, 999999)),
                                  "accident_date": P(fmt_date(TODAY - timedelta(days=R.randint(2, 60)), "iso"), "date"),
                                  "accident_vin": P(vin(), "vehicle"), "insurer": pick(["State Farm", "GEICO", "Progressive"]),
                                  "adjuster_phone": pick(["(800) 732-5246", "(800) 841-3000", "(888) 671-4405"])}})
        elif kind == "records":
            o = sem_base("Records::ReleaseRequest")
            fx = phone_parts()
            o.update({"message": "release queued",
                      "payload": {"patient_uid": P(p.uid, "mrn"), "deliver_via": "fax", "requested_by": "self",
                                  "recipient": P(p.full, "name"), "send_to_fax": P(fmt_phone(fx, pick(["paren", "dash", "one"])), "fax"),
                                  "from_fax": c["fax"], "date_range": "all"}})
        elif kind == "intl":
            o = sem_base("Patients::Registration")
            which = pick(["curp", "passport", "aadhaar"])
            pay = {"patient_uid": P(p.uid, "mrn"), "self_pay": True}
            if which == "curp":
                pay.update({"nationality": "MX", "curp": P(curp(p.first, p.last, p.dob, p.sex), "other_id")})
            elif which == "passport":
                pay.update({"nationality": pick(["IN", "PH", "NG", "PL"]), "passport_no": P(R.choice("KLMNPRSTZ") + digits(7, True), "other_id")})
            else:
                pay.update({"nationality": "IN", "aadhaar": P("%s %s %s" % (str(R.randint(2, 9)) + digits(3), digits(4), digits(4)), "other_id")})
            o.update({"message": "international patient registered", "payload": pay})
        elif kind == "elderly":
            q = patient(elderly=True)
            o = sem_base("Waitlist::Prioritizer")
            o.update({"message": "priority bump", "payload": {"patient_uid": P(q.uid, "mrn"), "age": P(q.age, "age"),
                                                            "rule": "age_90_plus", "location_id": q.clinic["id"]}})
        elif kind == "pickup":
            q = Person()
            o = sem_base("Pediatrics::PickupAuthorization")
            o.update({"message": "authorized adult added",
                      "payload": {"patient_uid": P(p.uid, "mrn"), "authorized_adult": P(q.full, "name"),
                                  "relationship": pick(["grandmother", "aunt", "stepfather", "neighbor", "grandfather"]),
                                  "dl_number": P(q.dl, "license"), "dl_state": q.st,
                                  "verified_by": "%s@%s" % (pick(STAFF_USERS), c["domain"])}})
        else:
            o = sem_base("Portal::Invitations")
            o.update({"message": "portal invite created",
                      "payload": {"patient_uid": P(p.uid, "mrn"),
                                  "invite_url": P("https://app.slotwise.health/portal/join?pt=%s&code=%s" % (p.uid, b32(6)), "url"),
                                  "channel": pick(["sms", "email"]), "expires_in": "72h"}})
    else:
        kind = pick(["attack", "flipper", "resched", "puma"])
        if kind == "attack":
            o = sem_base("Rack::Attack")
            o.update({"level": "warn", "message": "throttled", "payload": {"discriminator": private_ip(), "matched": "booking/ip",
                                                                          "count": R.randint(31, 90), "period": 60}})
        elif kind == "flipper":
            o = sem_base("Flipper")
            o.update({"message": "feature enabled", "payload": {"feature": pick(["waitlist_v2", "kiosk_face_checkin", "sms_two_way"]),
                                                               "tenant": pick(CLINICS)["tenant"], "actor": pick(SUPPORT_AGENTS)}})
        elif kind == "resched":
            o = sem_base("Appointments::Reschedule")
            o.update({"message": "rescheduled", "duration": round(R.uniform(10, 200), 2),
                      "payload": {"appt_uid": "apt_" + b32(10).lower(), "appointment_id": R.randint(100000, 999999),
                                  "old_slot_id": R.randint(1000000, 9999999), "new_slot_id": R.randint(1000000, 9999999),
                                  "by": "staff:%s" % pick(STAFF_USERS)}})
        else:
            L.family = "puma"
            L.a(pick(["[1] Puma starting in cluster mode...", "[1] * Puma version: 6.4.2 (ruby 3.3.1-p55) (\"The Eagle of Durango\")",
                      "[1] - Worker 2 (PID: %d) booted in 2.41s, phase: 0" % R.randint(20, 400),
                      "[1] * Listening on http://0.0.0.0:3000"]))
            return [L]
    L.a(J(o))
    return [L]


# ---------------------------------------------------------------------------
# main: interleave services, keep the PHI / clean ratio, verify, write
# ---------------------------------------------------------------------------
GENS = [  # (generator, weight when PHI wanted, weight when clean wanted)
    (g_rails, 7, 4), (g_lograge, 6, 7), (g_django, 6, 5), (g_sidekiq, 8, 9), (g_celery, 7, 8),
    (g_gateway, 10, 11), (g_kong_json, 3, 3), (g_auth, 8, 6), (g_notify, 10, 7), (g_postgres, 6, 7),
    (g_cache, 4, 6), (g_search, 4, 4), (g_health, 0, 12), (g_deploy, 0, 4), (g_cron, 3, 4),
    (g_x12, 3, 1), (g_checkin, 7, 3), (g_billing, 5, 4), (g_rpm, 3, 2), (g_audit, 3, 2), (g_web_json, 11, 5),
]


RARE = {  # category -> (quota over the PHI lines, [(generator, kind)])
    "biometric": (6, [(g_checkin, "face"), (g_checkin, "fingerprint"), (g_checkin, "ivr")]),
    "photo": (5, [(g_checkin, "photo"), (g_checkin, "idscan")]),
    "other_id": (5, [(g_web_json, "intl"), (g_django, "error")]),
    "url": (8, [(g_auth, "reset"), (g_web_json, "invite"), (g_notify, "sms")]),
    "license": (5, [(g_checkin, "idscan"), (g_web_json, "pickup")]),
    "vehicle": (5, [(g_web_json, "parking"), (g_web_json, "accident"), (g_checkin, "parking")]),
    "fax": (4, [(g_web_json, "records"), (g_rails, "staff_update")]),
    "age": (6, [(g_web_json, "elderly"), (g_sidekiq, "risk")]),
    "ssn": (6, [(g_rails, "guarantor"), (g_postgres, "literal"), (g_django, "error")]),
    "device": (7, [(g_rpm, "bp"), (g_rpm, "cell"), (g_rpm, "udi")]),
    "account": (12, [(g_billing, "refund"), (g_billing, "ach"), (g_billing, "stripe"), (g_rails, "pay")]),
    "health_plan": (14, [(g_x12, None), (g_kong_json, None), (g_sidekiq, "retry")]),
}


def wpick(idx):
    tot = sum(g[idx] for g in GENS)
    x = R.uniform(0, tot)
    for g in GENS:
        x -= g[idx]
        if x <= 0 and g[idx] > 0:
            return g[0]
    return [g for g in GENS if g[idx] > 0][-1][0]


def build():
    out = []            # (bytes, spans, family)
    n_phi_target = N_LINES - N_CLEAN
    n_phi = n_clean = 0
    cat_count = {}
    while len(out) < N_LINES:
        rem_phi, rem_clean = n_phi_target - n_phi, N_CLEAN - n_clean
        want_phi = R.random() < rem_phi / float(rem_phi + rem_clean)
        for attempt in range(200):
            saved_clock = CLOCK[0]
            gen = wpick(1 if want_phi else 2)
            FORCE_KIND[0] = None
            if want_phi and chance(0.5):
                progress = (n_phi + 1) / float(n_phi_target)
                deficits = sorted(((RARE[c][0] * progress - cat_count.get(c, 0), c) for c in sorted(RARE)), reverse=True)
                if deficits[0][0] > 0:
                    gen, FORCE_KIND[0] = pick(RARE[deficits[0][1]][1])
            group = [(L.render(), L.family) for L in gen(want_phi)]
            FORCE_KIND[0] = None
            gp = sum(1 for (b, s), f in group if s)
            gc = len(group) - gp
            if want_phi:
                assert gp >= 1, gen.__name__
            else:
                assert gp == 0, gen.__name__
            if gp <= rem_phi and gc <= rem_clean:
                break
            CLOCK[0] = saved_clock
        else:
            raise RuntimeError("could not fill remaining lines")
        for (b, s), f in group:
            out.append((b, s, f))
            for sp in s:
                cat_count[sp["cat"]] = cat_count.get(sp["cat"], 0) + 1
        n_phi += gp
        n_clean += gc
    return out


def verify_line(b, spans):
    assert b"\n" not in b and b"\r" not in b, b[:80]
    assert len(b) <= MAX_BYTES, len(b)
    b.decode("utf-8")
    last = -1
    for sp in spans:
        s, e = sp["s"], sp["e"]
        assert 0 <= s < e <= len(b), sp
        assert s >= last, ("overlap", sp)
        last = e
        assert sp["cat"] in CATS
        got = b[s:e]
        assert got == sp["_exp"].encode("utf-8"), (got, sp["_exp"])
        txt = got.decode("utf-8")
        assert txt == txt.strip() and txt[0] not in "\"'" and txt[-1] not in "\"',", txt


def main():
    rows = build()
    assert len(rows) == N_LINES
    log_lines, label_lines = [], []
    for i, (b, spans, fam) in enumerate(rows, 1):
        verify_line(b, spans)
        log_lines.append(b)
        label_lines.append(json.dumps({"line": i, "family": fam,
                                       "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in spans]},
                                      ensure_ascii=True))
    log_path = os.path.join(HERE, "bm.log")
    lab_path = os.path.join(HERE, "bm.labels.jsonl")
    with open(log_path, "wb") as fh:
        fh.write(b"\n".join(log_lines) + b"\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(label_lines) + "\n")

    # re-read from disk and check again
    with open(log_path, "rb") as fh:
        disk = fh.read().split(b"\n")
    assert disk[-1] == b"" and len(disk) - 1 == N_LINES
    with open(lab_path, encoding="utf-8") as fh:
        labs = [json.loads(x) for x in fh.read().splitlines()]
    assert len(labs) == N_LINES
    counts = {}
    fams = {}
    clean = 0
    for i, (lab, line, row) in enumerate(zip(labs, disk, rows), 1):
        assert lab["line"] == i
        assert line == row[0]
        exp = row[1]
        assert len(lab["spans"]) == len(exp)
        for sp, ex in zip(lab["spans"], exp):
            assert line[sp["s"]:sp["e"]] == ex["_exp"].encode("utf-8")
            counts[sp["cat"]] = counts.get(sp["cat"], 0) + 1
        if not lab["spans"]:
            clean += 1
        fams[lab["family"]] = fams.get(lab["family"], 0) + 1
    md5 = lambda p: hashlib.md5(open(p, "rb").read()).hexdigest()
    print("lines: %d  clean: %d (%.1f%%)  spans: %d" % (N_LINES, clean, 100.0 * clean / N_LINES, sum(counts.values())))
    print("per category:", json.dumps(dict(sorted(counts.items())), sort_keys=True))
    print("families:", json.dumps(dict(sorted(fams.items()))))
    print("max line bytes:", max(len(x) for x in log_lines))
    print("md5 bm.log          ", md5(log_path))
    print("md5 bm.labels.jsonl ", md5(lab_path))


if __name__ == "__main__":
    main()
