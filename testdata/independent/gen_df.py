#!/usr/bin/env python3
"""Deterministic generator for held-out PHI test corpus 'df'.

Theme: home infusion & enteral nutrition pharmacy (referrals, compounding,
ambulatory pumps + telemetry, nursing visits, cold-chain courier, labs,
Medicare Part B/D + commercial billing, patient portal).

Writes df.log and df.labels.jsonl next to this file.  Standard library only.
Every line is built by concatenation; spans are recorded while appending and
verified afterwards against the inserted bytes.
"""
import base64
import datetime
import json
import os
import random
import unicodedata

random.seed(18041014)

ID = "df"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}

TD = datetime.timedelta


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class P:
    """A PHI value with its category (used inside structured helpers)."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        assert c in CATS, c
        self.v = v
        self.c = c


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        assert cat in CATS, cat
        b = s.encode("utf-8")
        assert b, "empty span"
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, bytes(b)))
        return self

    def x(self, s, cat=None):
        if cat:
            return self.p(s, cat)
        return self.t(s)

    def e(self, piece):
        """emit str | P | list of those"""
        if piece is None:
            return self
        if isinstance(piece, P):
            return self.p(str(piece.v), piece.c)
        if isinstance(piece, (list, tuple)):
            for q in piece:
                self.e(q)
            return self
        return self.t(str(piece))


# ---- JSON helpers ---------------------------------------------------------
class O:
    """ordered JSON object: list of (key, value) where value may be P/O/list."""

    def __init__(self, items):
        self.items = items


def jstr(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


class NoteStr:
    """JSON string assembled from plain text and P pieces"""

    def __init__(self, parts):
        self.parts = parts if isinstance(parts, list) else [parts]


def jval(L, v, sep, ea):
    if isinstance(v, NoteStr):
        L.t('"')
        for q in v.parts:
            if isinstance(q, P):
                L.p(jstr(str(q.v), ea), q.c)
            else:
                L.t(jstr(q, ea))
        L.t('"')
    elif isinstance(v, P):
        if isinstance(v.v, str):
            L.t('"')
            L.p(jstr(v.v, ea), v.c)
            L.t('"')
        else:
            L.p(json.dumps(v.v), v.c)
    elif isinstance(v, O):
        jobj(L, v, sep, ea)
    elif isinstance(v, list):
        L.t("[")
        for i, el in enumerate(v):
            if i:
                L.t(sep[0])
            jval(L, el, sep, ea)
        L.t("]")
    else:
        L.t(json.dumps(v, ensure_ascii=ea))


def jobj(L, obj, sep=(",", ":"), ea=False):
    if isinstance(obj, list):
        obj = O(obj)
    L.t("{")
    for i, (k, v) in enumerate(obj.items):
        if i:
            L.t(sep[0])
        L.t(json.dumps(k, ensure_ascii=ea) + sep[1])
        jval(L, v, sep, ea)
    L.t("}")


PYSEP = (", ", ": ")
COMPACT = (",", ":")


# ---- logfmt helper (Go slog TextHandler style) ------------------------------
def lf(L, k, v, cat=None, first=False):
    if not first:
        L.t(" ")
    L.t(k + "=")
    v = str(v)
    q = v == "" or any(c.isspace() or c in '"=' for c in v)
    if q:
        L.t('"')
        L.x(v.replace("\\", "\\\\").replace('"', '\\"'), cat)
        L.t('"')
    else:
        L.x(v, cat)


# ---- HL7 / X12 helpers ------------------------------------------------------
def hl7(L, name, fields):
    L.t(name)
    for f in fields:
        L.t("|")
        L.e(f)


def x12(L, name, elems):
    L.t(name)
    for el in elems:
        L.t("*")
        L.e(el)
    L.t("~")


# --------------------------------------------------------------------------
# clock & time formats (servers run on US/Eastern, EDT -04:00)
# --------------------------------------------------------------------------
CLK = [datetime.datetime(2024, 10, 14, 5, 47, 9, 118204)]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def tick():
    CLK[0] += TD(seconds=random.randint(20, 640), microseconds=random.randint(0, 999999))
    return CLK[0]


def utc(d):
    return d + TD(hours=4)


def f_isoz(d, digits=3):
    u = utc(d)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + "." + ("%06d" % u.microsecond)[:digits] + "Z"


def f_iso_off(d, digits=3):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "." + ("%06d" % d.microsecond)[:digits] + "-04:00"


def f_comma(d):
    return d.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (d.microsecond // 1000)


def f_dot(d, digits=3):
    return d.strftime("%Y-%m-%d %H:%M:%S") + "." + ("%06d" % d.microsecond)[:digits]


def f_nginx(d):
    return "%02d/%s/%d:%s -0400" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"))


def f_syslog(d):
    return "%s %2d %s" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"))


def f_win(d):
    h = d.hour % 12 or 12
    return "%d/%d/%d %d:%02d:%02d %s" % (d.month, d.day, d.year, h, d.minute, d.second,
                                          "AM" if d.hour < 12 else "PM")


def f_epoch_ms(d):
    return int((utc(d) - datetime.datetime(1970, 1, 1)).total_seconds() * 1000)


def hl7ts(d):
    return d.strftime("%Y%m%d%H%M%S")


def d8(d):
    return d.strftime("%Y%m%d")


def iso(d):
    return d.strftime("%Y-%m-%d")


def us(d):
    return d.strftime("%m/%d/%Y")


# --------------------------------------------------------------------------
# identifier helpers with real check digits
# --------------------------------------------------------------------------
def rdig(n):
    return "".join(random.choice("0123456789") for _ in range(n))


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


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


def npi():
    base = random.choice("12") + rdig(8)
    return base + luhn_digit("80840" + base)


def card(prefix, n=16):
    body = prefix + rdig(n - 1 - len(prefix))
    return body + luhn_digit(body)


def imei():
    tac = random.choice(["35209006", "35875410", "86723104", "35332811"])
    body = tac + rdig(6)
    return body + luhn_digit(body)


def iccid():
    body = "890126" + rdig(12)
    return body + luhn_digit(body)


def gtin14(body13):
    tot = 0
    for i, ch in enumerate(reversed(body13)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return body13 + str((10 - tot % 10) % 10)


def aba():
    while True:
        d = [int(c) for c in random.choice(["04", "07", "06", "02"]) + rdig(6)]
        for c9 in range(10):
            s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + c9)
            if s % 10 == 0:
                return "".join(map(str, d)) + str(c9)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    r = random.choice
    return (r("123456789") + r(MBI_A) + r(MBI_AN) + r("0123456789") + r(MBI_A) + r(MBI_AN)
            + r("0123456789") + r(MBI_A) + r(MBI_A) + r("0123456789") + r("0123456789"))


VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6,
         "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2,
         "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = (random.choice(["1HG", "2T1", "1FA", "3VW", "5YJ", "JTD", "KM8", "1G1"])
         + "".join(random.choice(chars) for _ in range(5)) + "0"
         + random.choice("LMNPR") + random.choice("ABCDEFGHKLMNPRSTUVWXYZ") + rdig(6))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v = v[:8] + ("X" if s == 10 else str(s)) + v[9:]
    assert len(v) == 17
    return v


def ssn():
    while True:
        a = random.randint(101, 772)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + random.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64rand(n, header=b""):
    return base64.b64encode(header + bytes(random.randrange(256) for _ in range(n))).decode()


def fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ı", "i").replace("ß", "ss")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def up(s):
    return fold(s).upper()


# --------------------------------------------------------------------------
# company / staff look-alikes (never labeled)
# --------------------------------------------------------------------------
CO = {"name": "Meridian Home Infusion", "street": "2750 Citygate Dr Ste 300", "city": "Columbus",
      "st": "OH", "zip": "43219", "phone": "(614) 555-0100", "fax": "(614) 555-0109",
      "npi": npi(), "ncpdp": "3691204"}
CO_AZ = {"street": "1901 E Ajo Way Ste 110", "city": "Tucson", "st": "AZ", "zip": "85713",
         "phone": "(520) 555-0100"}
NURSES = ["Adaeze Okonkwo, RN", "Brianna Kowalski, RN", "Luis Ortega, RN", "Hannah Whitfield, RN",
          "Minh Tran, RN", "Shira Katz, RN", "Kalani Akana, RN"]
PHARMS = ["Harpreet Kaur, PharmD", "Daniel Osei, RPh", "Elena Petrova, PharmD", "Tomás Reyes, PharmD"]
TECHS = ["Aisha Rahman, CPhT", "Jordan Reyes, CPhT", "Nikolai Bauer, CPhT"]
DRIVERS = [("Tyrell Jenkins", "tjenkins"), ("Grace Liu", "gliu"), ("Mustafa Haddad", "mhaddad"),
           ("Ines Carvalho", "icarvalho")]
PRESCRIBERS = [("ACHEBE", "SAMUEL", npi()), ("HALVORSEN", "INGRID", npi()),
               ("DELGADO", "ROSA", npi()), ("WATANABE", "KENJI", npi()), ("MURRAY", "COLETTE", npi())]
DOC_FAX = ["(614) 555-0188", "(614) 555-0172", "(740) 555-0133", "(520) 555-0147"]
BILLERS = ["Colleen Murphy", "Ravi Iyer", "Beatriz Souza"]
HOSPS = [("STAGNES", "St. Agnes Medical Center"), ("OSUWMC", "University Medical Center East"),
         ("RIVERSIDE", "Riverside Methodist"), ("BANNERUMC", "Banner University Med Ctr Tucson"),
         ("LICKMEM", "Licking Memorial")]

# --------------------------------------------------------------------------
# synthetic patients
# --------------------------------------------------------------------------
NAMES = [("José", "Álvarez", "M"), ("Thandiwe", "Dlamini", "F"), ("Oluwaseun", "Adeyemi", "M"),
         ("Siobhán", "O'Connor", "F"), ("Priya", "Raghunathan", "F"), ("Wojciech", "Kowalczyk", "M"),
         ("Mei-Ling", "Chao", "F"), ("Fatima", "Al-Sayed", "F"), ("Dmitri", "Volkov", "M"),
         ("Aroha", "Ngata", "F"), ("Kwame", "Mensah", "M"), ("Zoë", "Brandt", "F"),
         ("Hiroshi", "Tanaka", "M"), ("Ingrid", "Sørensen", "F"), ("Juan Carlos", "Ibarra", "M"),
         ("Leilani", "Kahale", "F"), ("Rahul", "Deshpande", "M"), ("Chiara", "Lombardi", "F"),
         ("Yusuf", "Demir", "M"), ("Amara", "Okafor", "F"), ("Björn", "Lindqvist", "M"),
         ("Elif", "Yılmaz", "F"), ("Marisol", "Quispe", "F"), ("Gerald", "Whitcombe", "M"),
         ("Dolores", "Pruitt", "F"), ("Ruth", "Feinberg", "F"), ("Lan", "Nguyen", "F"),
         ("Tariq", "Bashir", "M")]
REL_FIRST = {"F": ["Lucía", "Nomvula", "Ewa", "Wei", "Svetlana", "Akosua", "Yuki", "Sunita", "Ayşe",
                   "Astrid", "Rosa", "Diane", "Miriam", "Keiko", "Niamh"],
             "M": ["Padraig", "Arjun", "Omar", "Tama", "Felix", "Lars", "Mateo", "Keoni", "Marco",
                   "Chinedu", "Mehmet", "Carl", "Ade", "Bao"]}
RELS = [("DAU", "Daughter", "F"), ("SON", "Son", "M"), ("SPO", "Spouse", None),
        ("SIS", "Sister", "F"), ("BRO", "Brother", "M"), ("NCE", "Niece", "F")]
CITIES = [("Columbus", "Franklin", "OH", ["43201", "43204", "43207", "43211", "43219", "43224", "43229"], "614"),
          ("Westerville", "Franklin", "OH", ["43081"], "614"), ("Dublin", "Franklin", "OH", ["43017"], "614"),
          ("Grove City", "Franklin", "OH", ["43123"], "614"), ("Hilliard", "Franklin", "OH", ["43026"], "614"),
          ("Reynoldsburg", "Franklin", "OH", ["43068"], "614"), ("Newark", "Licking", "OH", ["43055"], "740"),
          ("Delaware", "Delaware", "OH", ["43015"], "740"), ("Lancaster", "Fairfield", "OH", ["43130"], "740"),
          ("Marysville", "Union", "OH", ["43040"], "937"), ("Zanesville", "Muskingum", "OH", ["43701"], "740"),
          ("Chillicothe", "Ross", "OH", ["45601"], "740"), ("Mount Vernon", "Knox", "OH", ["43050"], "740"),
          ("Circleville", "Pickaway", "OH", ["43113"], "740"),
          ("Tucson", "Pima", "AZ", ["85705", "85711", "85716", "85719", "85730"], "520"),
          ("Marana", "Pima", "AZ", ["85653"], "520"), ("Oro Valley", "Pima", "AZ", ["85737"], "520"),
          ("Sahuarita", "Pima", "AZ", ["85629"], "520")]
STREETS_OH = ["Kessler Ridge Rd", "Olentangy River Rd", "Maple Hollow Ct", "E Whittier St", "Parsons Ave",
              "Sunbury Rd", "Karl Rd", "Hamilton Rd", "Briggs Rd", "Cleveland Ave", "Bethel Rd",
              "Refugee Rd", "Sawmill Pkwy", "Brice Rd", "Linden Ln", "Hickory Bend Dr", "Old Stone Way"]
STREETS_AZ = ["N Campbell Ave", "E Speedway Blvd", "W Ina Rd", "E Broadway Blvd", "N Oracle Rd",
              "W Valencia Rd", "S Camino Seco", "E Calle Aurora", "N Via Entrada"]
MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "comcast.net", "aol.com",
        "hotmail.com"]
IP_A = [73, 98, 174, 24, 108, 67, 99, 76, 70, 71, 184, 47, 68, 104, 97, 162]
COMM = [("ANTHEM", "Anthem Blue Cross", lambda: "YRK" + rdig(9)),
        ("UHC", "UnitedHealthcare", lambda: rdig(9)),
        ("AETNA", "Aetna", lambda: "W" + rdig(9)),
        ("CIGNA", "Cigna", lambda: "U" + rdig(8) + "01"),
        ("MEDMUT", "Medical Mutual of Ohio", lambda: "9" + rdig(8) + "00"),
        ("BCBSAZ", "BCBS Arizona", lambda: "XBZ" + rdig(9))]
REF = datetime.date(2024, 10, 14)


def phone_parts(area):
    return area, "555", "01%02d" % random.randint(1, 99)


def make_patient(i, first, last, sex, old):
    c = random.choice(CITIES[:14]) if i % 4 else random.choice(CITIES[14:])
    city, county, st, zips, area = c
    if old:
        dob = datetime.date(random.randint(1929, 1933), random.randint(1, 12), random.randint(1, 28))
    else:
        dob = datetime.date(random.randint(1938, 1991), random.randint(1, 12), random.randint(1, 28))
    age = REF.year - dob.year - ((REF.month, REF.day) < (dob.month, dob.day))
    streets = STREETS_AZ if st == "AZ" else STREETS_OH
    p = {"first": first, "last": last, "sex": sex, "mi": random.choice("ABCDEJKLMNRST"),
         "dob": dob, "age": age, "street": "%d %s" % (random.randint(12, 9899), random.choice(streets)),
         "apt": random.choice(["", "", "", "Apt %d" % random.randint(1, 40), "Unit %s" % random.choice("ABCD")]),
         "city": city, "county": county, "st": st, "zip": random.choice(zips), "area": area}
    p["zip4"] = p["zip"] + rdig(4)
    a, b, cc = phone_parts(area)
    p["ph"] = (a, b, cc)
    a2, b2, c2 = phone_parts(area)
    p["cell"] = (a2, b2, c2)
    p["F"] = up(first)
    p["L"] = up(last)
    fa = fold(first).lower().replace(" ", "").replace("-", "")
    la = fold(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    yy = "%02d" % (dob.year % 100)
    p["email"] = random.choice(["%s.%s%s" % (fa, la, yy), "%s%s%d" % (fa[0], la, random.randint(1, 99)),
                                "%s_%s" % (la, fa), "%s%s" % (fa, yy)]) + "@" + random.choice(MAIL)
    p["user"] = random.choice(["%s%s%s" % (fa[0], la, yy), "%s.%s" % (fa, la), "%s%s" % (la, random.randint(1, 999))])
    p["ssn"] = ssn()
    p["hmrn"] = random.choice(["E" + rdig(7), rdig(8), "M" + rdig(9)])
    p["pid"] = "MHI-%06d" % random.randint(1000, 99999)
    p["acct"] = "7" + rdig(7)
    p["medicare"] = age >= 65
    if p["medicare"]:
        p["mbi"] = mbi()
        p["partd"] = random.choice(["H", "S", "R"]) + rdig(10)
        p["dual"] = ("1" + rdig(11)) if (random.random() < 0.25 and st == "OH") else None
    else:
        payer = random.choice(COMM[4:] if st == "AZ" else COMM[:5])
        p["payer"] = payer[:2]
        p["member"] = payer[2]()
        p["group"] = rdig(random.choice([6, 7, 8]))
    gsex = random.choice("MF")
    rcode, rname, rsex = random.choice(RELS)
    rsex = rsex or ("F" if sex == "M" else "M")
    rf = random.choice(REL_FIRST[rsex])
    rl = last if random.random() < 0.7 else random.choice(["Hughes", "Moreno", "Petrov", "Achterberg", "Singh"])
    a3, b3, c3 = phone_parts(area)
    p["rel"] = {"first": rf, "last": rl, "code": rcode, "name": rname, "ph": (a3, b3, c3)}
    p["ips"] = ["%d.%d.%d.%d" % (random.choice(IP_A), random.randint(0, 255), random.randint(0, 255),
                                  random.randint(1, 254)) for _ in range(2)]
    if i % 9 == 4:
        p["ips"][1] = "2600:1702:%s:%s::%s" % (hexs(4), hexs(4).lstrip("0") or "1", hexs(3).lstrip("0") or "2")
    p["pump_sn"] = "AF7-%s-%s" % (random.choice(["2311", "2402", "2408", "2405"]), rdig(5))
    p["imei"] = imei()
    p["iccid"] = iccid()
    p["mac"] = "00:1B:63:%02X:%02X:%02X" % (random.randrange(256), random.randrange(256), random.randrange(256))
    p["udi"] = "(01)%s(17)%s(10)L%s(21)%s" % (gtin14("0085001234" + rdig(3)), random.choice(["270331", "271130", "280228"]),
                                             p["pump_sn"][4:8] + random.choice("ABC"), p["pump_sn"].replace("-", ""))
    p["dl"] = (random.choice("ABCDEFGHJKLMNPRSTUW") + random.choice("ABCDEFGHJKLMNPRSTUW") + rdig(6)) if st == "OH" \
        else (random.choice("ABDY") + rdig(8))
    p["plate"] = (random.choice(["JXT", "HKP", "GDR", "KLM", "JBW", "HZN"]) + " " + rdig(4)) if st == "OH" \
        else (random.choice(["CHK", "BTR", "CXF"]) + rdig(4))
    p["vin"] = vin()
    p["fax"] = None
    if i in (3, 7, 12, 23):
        p["fax"] = phone_parts(area)
    p["card"] = card(random.choice(["4", "51", "53", "4"]))
    p["bank"] = rdig(random.choice([9, 10, 12]))
    p["kit"] = "HDK-" + rdig(8)
    p["rel"]["email"] = "%s.%s%d@%s" % (fold(rf).lower(), fold(rl).lower().replace("'", ""), random.randint(1, 99),
                                        random.choice(MAIL))
    return p


OLD = {1, 9, 16, 24}
PATS = [make_patient(i, f, l, s, i in OLD) for i, (f, l, s) in enumerate(NAMES)]
PWEIGHTS = [1.0 / (1 + 0.22 * i) for i in range(len(PATS))]


def pick(pred=None):
    while True:
        p = random.choices(PATS, weights=PWEIGHTS)[0]
        if pred is None or pred(p):
            return p


def ph_dash(t):
    return "%s-%s-%s" % t


def ph_paren(t):
    return "(%s) %s-%s" % t


def ph_hl7(t):
    return "(%s)%s-%s" % t


def ph_e164(t):
    return "+1%s%s%s" % t


def ph_raw(t):
    return "%s%s%s" % t


def plan_of(p):
    """(plan-code, plan-name, member id)"""
    if p["medicare"]:
        return "MCRB", "Medicare Part B", p["mbi"]
    return p["payer"][0], p["payer"][1], p["member"]


DECKS = {}


def var(key, n):
    """rotate through variants 0..n-1 in shuffled decks so every variant is used"""
    dk = DECKS.setdefault(key, [])
    if not dk:
        dk.extend(range(n))
        random.shuffle(dk)
    return dk.pop()


def pick_old(prob):
    if random.random() < prob:
        return pick(lambda q: q["age"] > 89)
    return pick()


def day_offset(lo, hi):
    return CLK[0].date() + TD(days=random.randint(lo, hi))


# --------------------------------------------------------------------------
# therapy / product look-alikes
# --------------------------------------------------------------------------
THER = [("VANCO", "Vancomycin 1.25 g in NS 250 mL", 166.7, 250),
        ("ERTAPENEM", "Ertapenem 1 g in NS 50 mL", 100.0, 50),
        ("DAPTO", "Daptomycin 650 mg in NS 100 mL", 200.0, 100),
        ("TPN", "TPN 2-in-1 1850 mL (AA 6%/D15%)", 154.2, 1850),
        ("MILRINONE", "Milrinone 40 mg in D5W 200 mL", 8.4, 200),
        ("HYDROMORPH_PCA", "Hydromorphone 0.5 mg/mL PCA 100 mL", 0.4, 100),
        ("FLUOROURACIL", "Fluorouracil 2400 mg/m2 CADD 46 h", 2.1, 96),
        ("CEFAZOLIN", "Cefazolin 2 g in NS 100 mL", 200.0, 100),
        ("ENTERAL", "Jevity 1.5 Cal 1000 mL (enteral)", 75.0, 1000)]
NDCS = ["0409-4332-01", "63323-284-10", "0006-3843-71", "67457-827-10", "0338-0049-04",
        "25021-158-10", "0990-7983-09", "70121-1392-1", "0264-7800-00"]
HCPCS = [("J2260", "MILRINONE"), ("E0781", "PUMP"), ("J1170", "HYDROMORPH"), ("J9190", "5FU"),
         ("A4222", "SUPPLY"), ("B4164", "TPN"), ("B4185", "LIPID"), ("J1559", "IGSC")]


def lot():
    return random.choice(["LX", "P", "C", "EK", "AB"]) + rdig(random.choice([4, 5, 6]))


# ==========================================================================
# FAMILY GENERATORS: each f(phi) -> Line
# ==========================================================================

# ---- 1. Mirth Connect HL7 ADT referrals ---------------------------------
def g_mirth(phi):
    d = tick()
    L = Line("mirth-hl7")
    cls = random.randint(200, 900)
    if phi:
        p = pick()
        fac = "BANNERUMC" if p["st"] == "AZ" else random.choice(["STAGNES", "OSUWMC", "RIVERSIDE", "LICKMEM"])
        mid = random.randint(40000, 49999)
        L.t("[%s]  INFO  (com.mirth.connect.connectors.tcp.TcpReceiver:%d): ADT_Referral_In: received message %d "
            "from /172.20.8.%d:%d, %d bytes: " % (f_comma(d), cls, mid, random.randint(2, 250),
                                                  random.randint(40000, 60000), random.randint(1400, 3400)))
        mts = hl7ts(d - TD(seconds=2))
        trig = random.choice(["A03", "A03", "A03", "A04", "A08"])
        ctrl = "%s%s" % (fac[:3], rdig(8))
        hl7(L, "MSH", ["^~\\&", "EPIC", fac, "MHI_REF", "MHI", mts, "",
                       "ADT^%s^ADT_%s" % (trig, "A03" if trig == "A03" else "A01"), ctrl, "P", "2.5.1"])
        L.t("\\r")
        hl7(L, "EVN", [trig, mts])
        L.t("\\r")
        addr = [P(up(p["street"]), "address"), "^"]
        if p["apt"]:
            addr.append(P(up(p["apt"]), "address"))
        addr += ["^", P(up(p["city"]), "address"), "^%s^" % p["st"], P(p["zip"], "zip"), "^USA^H"]
        tel = [P(ph_hl7(p["ph"]), "phone"), "^PRN^PH~", P(ph_hl7(p["cell"]), "phone"), "^PRN^CP"]
        if random.random() < 0.6:
            tel += ["~^NET^Internet^", P(p["email"], "email")]
        pid = ["1", "", [P(p["hmrn"], "mrn"), "^^^%s^MR~" % fac, P(p["pid"], "mrn"), "^^^MHI^PI"], "",
               P("%s^%s^%s" % (p["L"], p["F"], p["mi"]), "name"), "", P(d8(p["dob"]), "date"), p["sex"], "",
               random.choice(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC",
                              "2028-9^Asian^CDCREC", "2131-1^Other Race^CDCREC"]),
               addr, "", tel, "", random.choice(["ENG^English^HL70296", "SPA^Spanish^HL70296",
                                                 "VIE^Vietnamese^HL70296", "ENG^English^HL70296"]),
               random.choice(["M", "W", "S", "D"]), "", P(p["acct"], "account")]
        if random.random() < 0.7:
            pid.append(P(p["ssn"], "ssn"))
        hl7(L, "PID", pid)
        L.t("\\r")
        r = p["rel"]
        hl7(L, "NK1", ["1", P("%s^%s" % (up(r["last"]), up(r["first"])), "name"),
                       "%s^%s^HL70063" % (r["code"], r["name"]), "", P(ph_hl7(r["ph"]), "phone"), "", "EC^Emergency Contact^HL70131"])
        L.t("\\r")
        disch = CLK[0].date() - TD(days=random.randint(0, 1))
        admit = disch - TD(days=random.randint(2, 14))
        doc = random.choice(PRESCRIBERS)
        pv1 = [""] * 45
        pv1[0] = "1"
        pv1[1] = "I"
        pv1[2] = "%s^%d^%s^%s" % (random.choice(["4W", "5E", "MICU", "3N", "ONC6"]), random.randint(101, 640), random.choice("AB"), fac)
        pv1[6] = "%s^%s^%s^^^^MD" % (doc[2], doc[0], doc[1])
        pv1[9] = random.choice(["MED", "ONC", "CAR", "ID"])
        pv1[35] = random.choice(["06", "06", "01"])
        pv1[43] = P(d8(admit) + "%02d%02d" % (random.randint(0, 23), random.choice([0, 15, 30, 45])), "date")
        if trig == "A03":
            pv1[44] = P(d8(disch) + "%02d%02d" % (random.randint(8, 18), random.choice([0, 10, 30, 50])), "date")
        while pv1 and pv1[-1] == "":
            pv1.pop()
        hl7(L, "PV1", pv1)
        L.t("\\r")
        code, pname, mem = plan_of(p)
        in1 = [""] * 36
        in1[0] = "1"
        in1[1] = "%s^%s" % (code, pname)
        in1[2] = random.choice(["CGS", "NORIDIAN"]) if p["medicare"] else code
        in1[3] = pname
        if not p["medicare"]:
            in1[7] = p["group"]
        in1[15] = P("%s^%s^%s" % (p["L"], p["F"], p["mi"]), "name")
        in1[16] = "SEL^Self^HL70063"
        in1[17] = P(d8(p["dob"]), "date")
        in1[35] = P(mem, "health_plan")
        hl7(L, "IN1", in1)
        return L
    v = var("mirth0", 7)
    fac = random.choice(HOSPS)[0]
    if v == 0:
        ctrl = "%s%s" % (fac[:3], rdig(8))
        L.t("[%s]  INFO  (com.mirth.connect.connectors.tcp.TcpReceiver:%d): ADT_Referral_In: sent ACK for message %d: "
            % (f_comma(d), cls, random.randint(40000, 49999)))
        hl7(L, "MSH", ["^~\\&", "MHI_REF", "MHI", "EPIC", fac, hl7ts(d), "", "ACK^A03^ACK", "ACK" + rdig(9), "P", "2.5.1"])
        L.t("\\r")
        hl7(L, "MSA", ["AA", ctrl])
    elif v == 1:
        L.t("[%s]  WARN  (com.mirth.connect.connectors.tcp.TcpReceiver:%d): ADT_Referral_In: connection reset by peer "
            "/172.20.8.%d:%d after %d ms idle" % (f_comma(d), cls, random.randint(2, 250), random.randint(40000, 60000),
                                                   random.choice([300000, 600000, 120000])))
    elif v == 2:
        L.t("[%s]  INFO  (com.mirth.connect.donkey.server.channel.Channel:%d): Channel %s (%s) started on mirth-prd-0%d"
            % (f_comma(d), cls, random.choice(["Lab_ORU_In", "ADT_Referral_In", "Lab_ORM_Out", "Pharm_RDE_Out"]),
               uuid4(), random.randint(1, 3)))
    elif v == 3:
        L.t("[%s] ERROR (com.mirth.connect.server.transformers.JavaScriptFilterTransformer:%d): ADT_Referral_In: filter "
            "rule \"DischargeToHome\" rejected message %d: PV1-36 disposition '%s' not in [06,50,51]"
            % (f_comma(d), cls, random.randint(40000, 49999), random.choice(["01", "03", "20", "62"])))
    elif v == 4:
        L.t("[%s]  INFO  (com.mirth.connect.plugins.datapruner.DataPruner:%d): Pruned %s messages from channel %s older "
            "than %s" % (f_comma(d), cls, "{:,}".format(random.randint(800, 30000)),
                         random.choice(["Lab_ORU_In", "ADT_Referral_In"]), iso(CLK[0].date() - TD(days=30))))
    elif v == 5:
        L.t("[%s]  INFO  (com.mirth.connect.server.controllers.DefaultChannelController:%d): Channel ADT_Referral_In "
            "stats received=%d filtered=%d queued=%d sent=%d errored=%d"
            % (f_comma(d), cls, random.randint(900, 1200), random.randint(50, 120), random.randint(0, 3),
               random.randint(800, 1000), random.randint(0, 5)))
    else:
        L.t("[%s] DEBUG (com.mirth.connect.connectors.tcp.TcpDispatcher:%d): Lab_ORM_Out: connected to "
            "10.60.2.%d:%d (QUESTCOL), keepAlive=true, sendTimeout=%dms"
            % (f_comma(d), cls, random.randint(2, 250), random.choice([6661, 5500, 7001]), random.choice([5000, 10000])))
    return L


# ---- 2. X12 EDI gateway (837P / 835 / 270-271 / 999) ----------------------
def g_x12(phi):
    d = tick()
    L = Line("x12-edi")
    pidn = random.choice([2231, 2231, 2240])
    L.t("%s edi-gw[%d]: INFO  " % (f_isoz(d), pidn))
    if phi:
        v = var("x12", 4)
        p = pick(lambda q: q["medicare"]) if v in (0, 1, 2) else pick(lambda q: not q["medicare"])
        if p["medicare"] and v in (0, 1):
            partner = "CGS_JB" if p["st"] == "OH" else "NORIDIAN_JD"
            d1 = datetime.date(2024, random.choice([8, 9]), random.randint(1, 14))
            d2 = d1 + TD(days=random.randint(6, 29))
            if v == 0:
                L.t("tx=837P icn=%09d partner=%s loop=2010BA+2300 " % (random.randint(4000, 6000), partner))
                x12(L, "NM1", ["IL", "1", P(p["L"], "name"), P(p["F"], "name"), p["mi"], "", "", "MI", P(p["mbi"], "health_plan")])
                x12(L, "N3", [P(up(p["street"]), "address")] + ([P(up(p["apt"]), "address")] if p["apt"] else []))
                x12(L, "N4", [P(up(p["city"]), "address"), p["st"], P(p["zip4"], "zip")])
                x12(L, "DMG", ["D8", P(d8(p["dob"]), "date"), p["sex"]])
                hc, _ = random.choice(HCPCS)
                amt = "%.2f" % random.uniform(180, 4800)
                x12(L, "CLM", [P(p["acct"], "account"), amt, "", "", "12:B:1", "Y", "A", "Y", "Y"])
                x12(L, "HI", ["ABK:" + random.choice(["I50.22", "A41.9", "C18.7", "M86.171", "K50.912", "E43"])])
                x12(L, "LX", ["1"])
                x12(L, "SV1", ["HC:%s%s" % (hc, random.choice(["", ":RR:KX", ":JW", ":KX"])), amt, "UN",
                               str(random.randint(1, 30)), "", "", "1"])
                x12(L, "DTP", ["472", "RD8", [P(d8(d1), "date"), "-", P(d8(d2), "date")]])
            else:
                chg = random.uniform(300, 5000)
                paid = chg * 0.8
                L.t("tx=835 trn=%s partner=%s loop=2100 " % ("1" + rdig(9), partner))
                x12(L, "CLP", [P(p["acct"], "account"), "1", "%.2f" % chg, "%.2f" % paid, "%.2f" % (chg - paid), "MB",
                               rdig(14), "12"])
                x12(L, "NM1", ["QC", "1", P(p["L"], "name"), P(p["F"], "name"), "", "", "", "MI", P(p["mbi"], "health_plan")])
                x12(L, "DTM", ["232", P(d8(d1), "date")])
                x12(L, "DTM", ["233", P(d8(d2), "date")])
                x12(L, "CAS", ["PR", "2", "%.2f" % (chg - paid)])
        else:
            if p["medicare"]:
                L.t("tx=271 trace=%s partner=CMS_HETS " % rdig(10))
                x12(L, "NM1", ["IL", "1", P(p["L"], "name"), P(p["F"], "name"), "", "", "", "MI", P(p["mbi"], "health_plan")])
                x12(L, "N3", [P(up(p["street"]), "address")])
                x12(L, "N4", [P(up(p["city"]), "address"), p["st"], P(p["zip"], "zip")])
                x12(L, "DMG", ["D8", P(d8(p["dob"]), "date"), p["sex"]])
                x12(L, "EB", ["1", "IND", "30", "MB", "Medicare Part B"])
                if p.get("dual"):
                    x12(L, "EB", ["R", "", "30", "MC", "OHIO MEDICAID"])
                    x12(L, "REF", ["NQ", P(p["dual"], "health_plan")])
            else:
                code, pname, mem = plan_of(p)
                L.t("tx=270 trace=%s partner=%s " % (rdig(10), code))
                x12(L, "NM1", ["IL", "1", P(p["L"], "name"), P(p["F"], "name"), p["mi"], "", "", "MI", P(mem, "health_plan")])
                x12(L, "REF", ["6P", p["group"]])
                x12(L, "DMG", ["D8", P(d8(p["dob"]), "date"), p["sex"]])
                x12(L, "DTP", ["291", "D8", P(d8(CLK[0].date()), "date")])
                x12(L, "EQ", [random.choice(["30", "12", "AG"])])
        return L
    v = var("x120", 6)
    icn = random.randint(4000, 6000)
    if v == 0:
        L.t("tx=837P icn=%09d envelope " % icn)
        x12(L, "ISA", ["00", " " * 10, "00", " " * 10, "ZZ", "MERIDIANHI     ", "ZZ", "CGSDMEB        ",
                       d.strftime("%y%m%d"), d.strftime("%H%M"), "^", "00501", "%09d" % icn, "0", "P", ":"])
        x12(L, "GS", ["HC", "MERIDIANHI", "CGSDMEB", d8(d), d.strftime("%H%M"), str(icn), "X", "005010X222A1"])
    elif v == 1:
        L.t("tx=999 icn=%09d ack " % icn)
        x12(L, "AK1", ["HC", str(icn), "005010X222A1"])
        x12(L, "AK2", ["837", "%04d" % random.randint(1, 40)])
        x12(L, "IK5", ["A"])
        n = random.randint(5, 60)
        x12(L, "AK9", ["A", str(n), str(n), str(n)])
    elif v == 2:
        L.t("tx=835 icn=%09d header " % icn)
        amt = "%.2f" % random.uniform(5000, 90000)
        x12(L, "BPR", ["I", amt, "C", "ACH", "CCP", "01", "071000013", "DA", "5550" + rdig(6), "1" + rdig(9), "", "01",
                       "044000037", "DA", "0044718832", d8(d + TD(days=2))])
        x12(L, "TRN", ["1", rdig(10), "1" + rdig(9)])
    elif v == 3:
        L.t("tx=837P icn=%09d trailer " % icn)
        x12(L, "SE", [str(random.randint(30, 900)), "0001"])
        x12(L, "GE", ["1", str(icn)])
        x12(L, "IEA", ["1", "%09d" % icn])
    elif v == 4:
        L.t("batch summary file=837P_%s_%04d.x12 claims=%d total_charge=%.2f rejected=%d sftp=sftp.cgsmedicare.example:22"
            % (d8(d), icn, random.randint(10, 80), random.uniform(8000, 120000), random.randint(0, 3)))
    else:
        L.t("tx=TA1 icn=%09d " % icn)
        x12(L, "TA1", ["%09d" % icn, d.strftime("%y%m%d"), d.strftime("%H%M"), "A", "000"])
    return L


# ---- 3. Pump vendor telemetry / history / asset assignment -----------------
def g_pump(phi):
    d = tick()
    if phi:
        p = pick()
        th = random.choice(THER)
        v = var("pump", 6)
        if v in (0, 1):
            L = Line("vexalink-telemetry")
            L.t("%s vexalink-ingest-%d INFO  [telemetry] " % (f_isoz(d), random.randint(1, 3)))
            lf(L, "sn", p["pump_sn"], "device", first=True)
            if v == 0:
                lf(L, "patient_ref", p["pid"], "mrn")
            ev = random.choice(["INFUSION_START", "INFUSION_COMPLETE", "OCCLUSION_DN", "AIR_IN_LINE", "RESERVOIR_LOW",
                                "BATTERY_LOW", "KVO", "PCA_DOSE_GIVEN"])
            lf(L, "evt", ev)
            lf(L, "prog", th[0])
            lf(L, "rate_mlh", "%.1f" % th[2])
            lf(L, "vtbi_ml", th[3])
            lf(L, "given_ml", "%.1f" % random.uniform(0, th[3]))
            lf(L, "batt_pct", random.randint(8, 100))
            lf(L, "rssi_dbm", random.randint(-110, -60))
            lf(L, "fw", random.choice(["3.8.2", "3.8.1", "3.7.9"]))
            lf(L, "dl", "MHI-Adult-2024Q4/v%d" % random.randint(12, 14))
        elif v == 2:
            L = Line("vexalink-telemetry")
            L.t("%s vexalink-ingest-%d INFO  [modem] " % (f_isoz(d), random.randint(1, 3)))
            lf(L, "sn", p["pump_sn"], "device", first=True)
            lf(L, "imei", p["imei"], "device")
            if random.random() < 0.5:
                lf(L, "iccid", p["iccid"], "device")
            lf(L, "apn", "vexa.m2m")
            lf(L, "rat", random.choice(["LTE-M", "NB-IoT", "LTE-M"]))
            lf(L, "attach", "OK")
            lf(L, "ip", "10.%d.%d.%d" % (random.randint(64, 127), random.randint(0, 255), random.randint(1, 254)))
        elif v == 3:
            L = Line("pump-history-dump")
            L.t("PUMP SN: ")
            L.p(p["pump_sn"], "device")
            L.t("  PATIENT: ")
            L.p("%s, %s" % (p["L"], p["F"]), "name")
            L.t("  ID: ")
            L.p(p["pid"], "mrn")
            L.t("  RX: %s  DOWNLOADED %s  BY %s" % (th[0], d.strftime("%m/%d/%Y %H:%M"),
                                                  random.choice(NURSES).split(",")[0].upper()))
        elif v == 4:
            L = Line("asset-assign-csv")
            L.t("%s,%s,ASSIGN," % (iso(d), d.strftime("%H:%M:%S")))
            L.p(p["pump_sn"], "device")
            L.t(",")
            L.p(p["udi"], "device")
            L.t(",")
            L.p(p["pid"], "mrn")
            L.t(",")
            L.p("%s %s" % (p["last"], p["first"][0]), "name")
            L.t(",%s,checked by %s" % (random.choice(["Biomed-CBUS", "Biomed-TUS"]), random.choice(NURSES + TECHS).split(",")[0]))
        else:
            L = Line("vexalink-telemetry")
            L.t("%s vexalink-ingest-%d WARN  [alarm] " % (f_isoz(d), random.randint(1, 3)))
            lf(L, "sn", p["pump_sn"], "device", first=True)
            lf(L, "code", random.choice(["E-OCCL-DN", "E-AIR", "E-DOOR", "E-BATT-DEPL"]))
            lf(L, "severity", "HIGH")
            lf(L, "wlan_mac", p["mac"], "device")
            lf(L, "escalated_to", random.choice(PHARMS))
            lf(L, "callback", ph_paren(p["cell"]), "phone")
        return L
    v = var("pump0", 6)
    if v in (0, 1):
        L = Line("pump-history-dump")
        ev = random.choice(["OCCLUSION DOWNSTREAM", "INFUSION STARTED", "INFUSION STOPPED", "AIR IN LINE",
                            "LOW BATTERY", "RESERVOIR LOW", "PCA DOSE GIVEN", "PCA DOSE DENIED", "POWER ON"])
        t = d - TD(hours=random.randint(1, 40))
        L.t("#%04d %s %-22s RATE %6.1f ML/HR  GIVEN %6.1f ML  RES %5.1f ML"
            % (random.randint(1, 4000), t.strftime("%m/%d/%y %H:%M:%S"), ev, random.uniform(0.4, 200),
               random.uniform(0, 250), random.uniform(0, 250)))
    elif v == 2:
        L = Line("vexalink-telemetry")
        L.t("%s vexalink-ingest-%d INFO  [ingest] " % (f_isoz(d), random.randint(1, 3)))
        lf(L, "batch", random.randint(80000, 99999), first=True)
        lf(L, "msgs", random.randint(100, 900))
        lf(L, "dropped", random.choice([0, 0, 0, 1, 2]))
        lf(L, "p95_ms", random.randint(200, 1400))
        lf(L, "tenant", "meridian-hi")
    elif v == 3:
        L = Line("vexalink-telemetry")
        L.t("%s vexalink-admin INFO  [druglib] " % f_isoz(d))
        lf(L, "library", "MHI-Adult-2024Q4", first=True)
        lf(L, "version", "v%d" % random.randint(12, 15))
        lf(L, "published_by", random.choice(["e.petrova", "h.kaur", "d.osei"]))
        lf(L, "targets", random.randint(120, 260))
        lf(L, "entries", random.randint(180, 240))
        lf(L, "sha256", hexs(16))
    elif v == 4:
        L = Line("vexalink-telemetry")
        L.t("%s vexalink-admin INFO  [firmware] " % f_isoz(d))
        lf(L, "rollout", "fw-3.8.2", first=True)
        lf(L, "stage", random.choice(["canary", "wave1", "wave2"]))
        lf(L, "pct", random.choice([5, 25, 50]))
        lf(L, "succeeded", random.randint(4, 120))
        lf(L, "failed", random.randint(0, 3))
    else:
        L = Line("asset-assign-csv")
        L.t("%s,%s,%s,MHI-AST-%05d,,,,%s,PM due %s" % (iso(d), d.strftime("%H:%M:%S"),
                                                       random.choice(["RETURN", "PM_COMPLETE", "QUARANTINE", "IN_STOCK"]),
                                                       random.randint(100, 999), random.choice(["Biomed-CBUS", "Biomed-TUS"]),
                                                       iso(d.date() + TD(days=random.randint(30, 200)))))
    return L


# ---- 4. Compounding workflow (.NET Serilog CLEF) ---------------------------
def g_clef(phi):
    d = tick()
    L = Line("serilog-clef")
    t = utc(d).strftime("%Y-%m-%dT%H:%M:%S") + ".%06d0Z" % d.microsecond
    prep = "CP-%s-%04d" % (d.strftime("%y%m%d"), random.randint(1, 600))
    th = random.choice(THER)
    if phi:
        p = pick()
        items = [("@t", t), ("@mt", random.choice(["Prep {PrepId} released by {Verifier}",
                                                   "Label printed for {PrepId} ({Product})",
                                                   "Prep {PrepId} verified by {Verifier}"])),
                 ("PrepId", prep), ("RxNumber", "7%06d" % random.randint(0, 999999)),
                 ("Verifier", random.choice(PHARMS)), ("PatientId", P(p["pid"], "mrn"))]
        if random.random() < 0.8:
            items.append(("PatientName", P("%s, %s" % (p["last"], p["first"]), "name")))
        if random.random() < 0.5:
            items.append(("Dob", P(iso(p["dob"]), "date")))
        items += [("Product", th[1]),
                  ("Lots", [O([("Ndc", random.choice(NDCS)), ("Lot", lot()), ("Exp", iso(d.date() + TD(days=random.randint(60, 700))))])
                            for _ in range(random.randint(1, 2))]),
                  ("Bud", (d + TD(days=random.choice([1, 4, 9, 14]))).strftime("%Y-%m-%dT%H:00:00")),
                  ("Hood", "PEC-%d" % random.randint(1, 4)), ("Room", random.choice(["ISO7-A", "ISO7-B"])),
                  ("SourceContext", "Meridian.Compounding.Workflow"), ("MachineName", "MHI-CMP-WS0%d" % random.randint(1, 4))]
        jobj(L, items)
        return L
    v = var("clef0", 5)
    if v == 0:
        exp = random.uniform(50, 2000)
        items = [("@t", t), ("@mt", "Gravimetric check {Result} for {PrepId}: expected {Expected} g, actual {Actual} g"),
                 ("Result", "PASS"), ("PrepId", prep), ("Expected", round(exp, 1)), ("Actual", round(exp * random.uniform(0.97, 1.03), 1)),
                 ("Tech", random.choice(TECHS)), ("SourceContext", "Meridian.Compounding.Gravimetrics")]
    elif v == 1:
        items = [("@t", t), ("@mt", "Viable air sample {SampleId} {Location}: {Cfu} CFU"),
                 ("SampleId", "EM-%s-%02d" % (d.strftime("%y%m%d"), random.randint(1, 30))),
                 ("Location", random.choice(["ISO5 PEC-2", "ISO7 ante", "ISO8 buffer"])), ("Cfu", random.randint(0, 3)),
                 ("SourceContext", "Meridian.Compounding.EnvMonitoring")]
    elif v == 2:
        items = [("@t", t), ("@mt", "Batch {BatchId} of {Count} x {Product} compounded, BUD {Bud}"),
                 ("BatchId", "B-%s-%02d" % (d.strftime("%y%m%d"), random.randint(1, 12))), ("Count", random.randint(6, 48)),
                 ("Product", th[1]), ("Bud", iso(d.date() + TD(days=random.choice([9, 14, 30])))),
                 ("Lot", lot()), ("SourceContext", "Meridian.Compounding.Batch")]
    elif v == 3:
        items = [("@t", t), ("@mt", "Component lot {Lot} (NDC {Ndc}) expires {Exp}, {Days} days"), ("@l", "Warning"),
                 ("Lot", lot()), ("Ndc", random.choice(NDCS)), ("Exp", iso(d.date() + TD(days=random.randint(3, 20)))),
                 ("Days", random.randint(3, 20)), ("SourceContext", "Meridian.Compounding.Inventory")]
    else:
        items = [("@t", t), ("@mt", "Non-viable particle count {Location} 0.5um={P05}/m3 5.0um={P50}/m3"),
                 ("Location", "PEC-%d" % random.randint(1, 4)), ("P05", random.randint(80, 3400)),
                 ("P50", random.randint(0, 20)), ("Counter", "MetOne 3445 SN 2213-%04d" % random.randint(0, 9999)),
                 ("SourceContext", "Meridian.Compounding.EnvMonitoring")]
    jobj(L, items)
    return L


# ---- 5. Nursing visits / EVV (Go slog text) -------------------------------
def g_evv(phi):
    d = tick()
    L = Line("slog-evv")
    L.t("time=%s level=%s msg=" % (f_iso_off(d), "INFO"))
    vid = "V-%06d" % random.randint(880000, 899999)
    nurse = random.choice(NURSES)
    if phi:
        v = var("evv", 5)
        p = pick_old(0.6) if v == 1 else pick()
        if v == 0:
            L.t('"visit checked in"')
            lf(L, "visit_id", vid)
            lf(L, "nurse", nurse)
            lf(L, "patient_id", p["pid"], "mrn")
            if random.random() < 0.6:
                lf(L, "patient", "%s %s" % (p["first"], p["last"]), "name")
            lf(L, "visit_date", iso(d.date()), "date")
            lat = (39.9 if p["st"] == "OH" else 32.2) + random.uniform(-0.2, 0.2)
            lon = (-82.95 if p["st"] == "OH" else -110.9) + random.uniform(-0.2, 0.2)
            lf(L, "lat", "%.5f" % lat, "address")
            lf(L, "lon", "%.5f" % lon, "address")
            lf(L, "dist_m", random.randint(3, 60))
            lf(L, "method", "gps")
        elif v == 1:
            L.t('"visit note saved"')
            lf(L, "visit_id", vid)
            lf(L, "nurse", nurse)
            L.t(' note="')
            if p["age"] > 89:
                L.t("Pt ")
                L.p(str(p["age"]), "age")
                L.t(" y/o %s, " % p["sex"])
            else:
                L.t("Pt %d y/o %s, " % (p["age"], p["sex"]))
            L.t(random.choice(["PICC RUE intact, dressing changed", "midline LUE flushed w/o resistance",
                               "port accessed 20G 3/4in", "G-tube site clean, no erythema"]))
            L.t(", ")
            r = p["rel"]
            L.t(r["name"].lower() + " ")
            L.p(r["first"], "name")
            L.t(" present; BP %d/%d HR %d. Next visit " % (random.randint(100, 150), random.randint(60, 90), random.randint(58, 104)))
            L.p(us(d.date() + TD(days=random.randint(2, 7))), "date")
            L.t('"')
        elif v == 2:
            L.t('"next visit scheduled"')
            lf(L, "patient_id", p["pid"], "mrn")
            lf(L, "nurse", nurse)
            nd = d.date() + TD(days=random.randint(1, 7))
            lf(L, "appt", "%sT%02d:%s" % (iso(nd), random.randint(8, 16), random.choice(["00", "30"])), "date")
            L.t(' addr="')
            L.p(p["street"], "address")
            L.t(", ")
            L.p(p["city"], "address")
            L.t(" %s " % p["st"])
            L.p(p["zip"], "zip")
            L.t('"')
            lf(L, "duration_min", random.choice([60, 90, 120]))
        elif v == 3:
            L.t('"missed visit: no answer"')
            lf(L, "visit_id", vid)
            lf(L, "patient_id", p["pid"], "mrn")
            lf(L, "called", ph_e164(p["ph"]), "phone")
            lf(L, "alt_contact", "%s %s" % (p["rel"]["first"], p["rel"]["last"]), "name")
            lf(L, "alt_phone", ph_e164(p["rel"]["ph"]), "phone")
            lf(L, "attempts", random.randint(1, 3))
        else:
            L.t('"start of care completed"')
            lf(L, "patient_id", p["pid"], "mrn")
            lf(L, "soc_date", iso(d.date()), "date")
            lf(L, "county", p["county"], "address")
            lf(L, "therapy", random.choice(THER)[0])
            lf(L, "nurse", nurse)
            lf(L, "oasis", "N/A")
        return L
    v = var("evv0", 5)
    if v == 0:
        L.t('"route optimized"')
        lf(L, "nurse_id", "N-%03d" % random.randint(100, 140))
        lf(L, "stops", random.randint(3, 7))
        lf(L, "drive_min", random.randint(40, 220))
        lf(L, "solver_ms", random.randint(80, 900))
    elif v == 1:
        L.t('"evv aggregator sync"')
        lf(L, "batch", random.randint(1000, 9999))
        lf(L, "visits", random.randint(20, 140))
        lf(L, "endpoint", "https://api.evv-aggregator.example/v3/visits")
        lf(L, "status", random.choice([200, 200, 202, 503]))
        lf(L, "attempt", random.randint(1, 3))
    elif v == 2:
        L.t('"shift clock-in"')
        lf(L, "nurse", nurse)
        lf(L, "device", "iPad-MHI-%03d" % random.randint(1, 60))
        lf(L, "app_version", "4.%d.%d" % (random.randint(10, 14), random.randint(0, 9)))
    elif v == 3:
        L.t('"mileage submitted"')
        lf(L, "nurse", nurse)
        lf(L, "week_ending", iso(d.date() + TD(days=(5 - d.weekday()) % 7)))
        lf(L, "miles", "%.1f" % random.uniform(60, 480))
    else:
        L.t('"visit closed"')
        lf(L, "visit_id", vid)
        lf(L, "duration_min", random.randint(35, 150))
        lf(L, "signature", "captured")
        lf(L, "sync_lag_ms", random.randint(100, 9000))
    return L


# ---- 6. Courier / cold chain ----------------------------------------------
def g_courier(phi):
    d = tick()
    shp = "SHP-%s%02d" % (d.strftime("%y%m%d"), random.randint(1, 99))
    lgr = "LGR-%05d" % random.randint(50000, 59999)
    drv = random.choice(DRIVERS)
    if phi:
        v = var("courier", 3)
        p = pick_old(0.3) if v in (0, 1) else pick()
        if v in (0, 1):
            L = Line("onfleet-webhook")
            signer = p["rel"] if random.random() < 0.5 else None
            addr = O([("number", P(p["street"].split(" ", 1)[0], "address")),
                      ("street", P(p["street"].split(" ", 1)[1], "address")),
                      ("apartment", P(p["apt"], "address") if p["apt"] else ""),
                      ("city", P(p["city"], "address")), ("state", "Ohio" if p["st"] == "OH" else "Arizona"),
                      ("postalCode", P(p["zip"], "zip")), ("country", "United States")])
            lat = (39.9 if p["st"] == "OH" else 32.2) + random.uniform(-0.2, 0.2)
            lon = (-82.95 if p["st"] == "OH" else -110.9) + random.uniform(-0.2, 0.2)
            if p["age"] > 89:
                note = ["Cold chain - refrigerate on arrival. Pt is ", P(p["age"], "age"), ", hard of hearing - knock loudly"]
            else:
                note = "Cold chain - refrigerate on arrival"
            task = [("id", b64rand(18).replace("+", "x").replace("/", "y")[:24]),
                    ("shortId", hexs(8)), ("state", 3),
                    ("recipients", [O([("name", P("%s %s" % (p["first"], p["last"]), "name")),
                                       ("phone", P(ph_e164(p["cell"]), "phone")),
                                       ("notes", NoteStr(note)),
                                       ("skipSMSNotifications", False)])]),
                    ("destination", O([("address", addr),
                                       ("location", [P(round(lon, 5), "address"), P(round(lat, 5), "address")])])),
                    ("metadata", [O([("name", "shipment"), ("type", "string"), ("value", shp)]),
                                  O([("name", "logger"), ("type", "string"), ("value", lgr)])])]
            if v == 0:
                task.append(("completionDetails", O([("success", True), ("time", f_epoch_ms(d)),
                                                      ("signatureText", P("%s %s" % (signer["first"], signer["last"]), "name") if signer else P("%s %s" % (p["first"], p["last"]), "name")),
                                                      ("notes", "Left with %s" % ("family member" if signer else "patient"))])))
            else:
                task.append(("completeAfter", f_epoch_ms(d) + 3600000))
            jobj(L, [("actionContext", O([("type", "WORKER"), ("id", hexs(24))])),
                     ("triggerId", 3 if v == 0 else 0), ("triggerName", "taskCompleted" if v == 0 else "taskStarted"),
                     ("taskId", hexs(24)), ("time", f_epoch_ms(d)), ("data", O([("task", O(task))]))])
        else:
            L = Line("driver-app-text")
            L.t("%s DRV[%s] POD captured shipment=%s recip=\"" % (f_dot(d, 3), drv[1], shp))
            r = p["rel"]
            if random.random() < 0.5:
                L.p("%s %s" % (r["first"], r["last"]), "name")
                L.t(" (%s)\"" % r["name"].lower())
            else:
                L.p("%s %s" % (p["first"], p["last"]), "name")
                L.t(" (self)\"")
            L.t(" addr=\"")
            L.p(p["street"], "address")
            L.t(", ")
            L.p(p["city"], "address")
            L.t("\" temp_at_delivery=%.1fC logger=%s photo=pod/%s.jpg" % (random.uniform(2.5, 7.5), lgr, uuid4()))
        return L
    v = var("courier0", 5)
    if v in (0, 1, 2):
        L = Line("coldchain-csv")
        temp = random.uniform(2.2, 7.6) if random.random() < 0.9 else random.uniform(8.1, 11.0)
        L.t("%s,%s,%s,%.1f,C,%d,%%RH,%s,%d" % (f_isoz(d.replace(second=0, microsecond=0), 0)[:-2] + "Z", lgr, shp, temp,
                                             random.randint(30, 80), "OK" if temp <= 8.0 else "HIGH", random.randint(40, 100)))
    elif v == 3:
        L = Line("driver-app-text")
        L.t("%s DRV[%s] route dispatched route=R-%s-%d stops=%d depot=\"%s, %s %s\" van_plate=%s"
            % (f_dot(d, 3), drv[1], d.strftime("%y%m%d"), random.randint(1, 9), random.randint(4, 14),
               CO["street"], CO["city"], CO["st"], random.choice(["FLT 2291", "FLT 4410", "FLT 3087"])))
    else:
        L = Line("coldchain-alert")
        L.t("%s ALERT excursion shipment=%s logger=%s max=%.1fC above=8.0C for %s action=\"pharmacist review: %s\""
            % (f_isoz(d), shp, lgr, random.uniform(8.1, 12), "00:%02d:%02d" % (random.randint(5, 50), random.randint(0, 59)),
               random.choice(PHARMS)))
    return L


# ---- 7. Lab monitoring orders & results (Rhapsody-style) ----------------
LABS = [("80053", "COMPREHENSIVE METABOLIC PANEL"), ("85025", "CBC W AUTO DIFF"), ("80202", "VANCOMYCIN TROUGH"),
        ("84100", "PHOSPHORUS"), ("83735", "MAGNESIUM"), ("84478", "TRIGLYCERIDES"), ("82550", "CK TOTAL")]


def g_lab(phi):
    d = tick()
    L = Line("rhapsody-hl7")
    acc = "MHI-L-%05d" % random.randint(10000, 99999)
    v = var("lab" if phi else "lab0", 3 if phi else 4)
    L.t("%s INFO  [%s] " % (f_dot(d), "LabOrders_Out" if (phi and v == 0) or (not phi and v == 3) else "LabResults_In"))
    if phi:
        p = pick()
        doc = random.choice(PRESCRIBERS)
        code, nm = random.choice(LABS)
        coll = d.date() + TD(days=random.randint(0, 3))
        if v == 0:
            L.t("Sent ORM^O01 to QUESTCOL seq=%d: " % random.randint(50000, 59999))
            hl7(L, "MSH", ["^~\\&", "MHI_CPR", "MHI", "QLS", "QUESTCOL", hl7ts(d), "", "ORM^O01", "MHI" + rdig(6), "P", "2.3"])
            L.t("<CR>")
            hl7(L, "PID", ["1", P(p["pid"], "mrn"), P(p["pid"], "mrn"), "", P("%s^%s^%s" % (p["L"], p["F"], p["mi"]), "name"), "",
                           P(d8(p["dob"]), "date"), p["sex"], "", "", [P(up(p["street"]), "address"), "^^", P(up(p["city"]), "address"),
                                                                       "^%s^" % p["st"], P(p["zip"], "zip")], "", P(ph_hl7(p["ph"]), "phone")])
            L.t("<CR>")
            hl7(L, "ORC", ["NW", acc, "", "", "", "", "", "", "", "^%s" % "^".join(reversed(random.choice(PHARMS).split(",")[0].upper().split(" ", 1))),
                           "", "", "%s^%s^%s" % (doc[2], doc[0], doc[1])])
            L.t("<CR>")
            hl7(L, "OBR", ["1", acc, "", "%s^%s^C4" % (code, nm), "", "", P(d8(coll) + "0800", "date"), "", "", "", "L",
                           "", "", "", "", "%s^%s^%s" % (doc[2], doc[0], doc[1])])
        elif v == 1:
            L.t("Received ORU^R01 from QUESTCOL seq=%d: " % random.randint(50000, 59999))
            hl7(L, "PID", ["1", "", P(p["pid"], "mrn"), "", P("%s^%s" % (p["L"], p["F"]), "name"), "", P(d8(p["dob"]), "date"), p["sex"]])
            L.t("<CR>")
            c2 = d.date() - TD(days=random.randint(0, 1))
            hl7(L, "OBR", ["1", acc, "Q" + rdig(9), "%s^%s^C4" % (code, nm), "", "",
                           P(d8(c2) + "%02d%02d" % (random.randint(6, 11), random.randint(0, 59)), "date"),
                           "", "", "", "", "", "", "", "", "", "", "", "", "", "", hl7ts(d - TD(minutes=4)), "", "", "F"])
            L.t("<CR>")
            hl7(L, "OBX", ["1", "NM", "2160-0^Creatinine^LN", "", "%.2f" % random.uniform(0.6, 2.1), "mg/dL", "0.57-1.00",
                           random.choice(["N", "H"]), "", "", "F"])
        else:
            L = Line("lab-kit-json")
            jobj(L, [("ts", f_isoz(d)), ("svc", "labkit"), ("event", random.choice(["kit.shipped", "kit.received", "kit.assigned"])),
                     ("kitId", P(p["kit"], "other_id")), ("patientRef", P(p["pid"], "mrn")),
                     ("drawDate", P(iso(coll), "date")), ("panel", [code for code, _ in random.sample(LABS, 2)]),
                     ("carrier", "FedEx"), ("tracking", rdig(12)), ("lab", "QUESTCOL")], PYSEP)
        return L
    if v == 0:
        code = random.choice(["2951-2^Sodium^LN", "2823-3^Potassium^LN", "2160-0^Creatinine^LN", "4092-3^Vancomycin trough^LN",
                              "718-7^Hemoglobin^LN", "1751-7^Albumin^LN"])
        L.t("OBX segment parsed: ")
        hl7(L, "OBX", [str(random.randint(1, 14)), "NM", code, "", "%.1f" % random.uniform(1, 40),
                       random.choice(["mmol/L", "mg/dL", "ug/mL", "g/dL"]), "", random.choice(["N", "H", "L"]), "", "", "F"])
    elif v == 1:
        L.t("Poll QUESTCOL sftp://10.60.2.%d/outbound: %d new files, %d bytes, %d ms"
            % (random.randint(2, 250), random.randint(0, 9), random.randint(0, 90000), random.randint(80, 3000)))
    elif v == 2:
        L.t("Result acc=%s routed to queue PHARM_REVIEW (critical=%s) owner=%s" % (acc, random.choice(["false", "false", "true"]),
                                                                                random.choice(PHARMS)))
    else:
        L.t("Protocol job VANCO_TROUGH_REMINDER generated %d orders, skipped %d (no active therapy)"
            % (random.randint(3, 20), random.randint(0, 6)))
    return L


# ---- 8. NCPDP D.0 Part D claims (switch log) -----------------------------
def g_ncpdp(phi):
    d = tick()
    L = Line("ncpdp-switch")
    txn = random.randint(8800000, 8899999)
    L.t("%s INFO  [RxSwitch-%d] " % (f_dot(d), random.randint(1, 4)))
    if phi:
        p = pick(lambda q: q["medicare"])
        L.t("B1 request txn=%d " % txn)
        segs = [("101-A1", random.choice(["610097", "004336", "610014"])), ("102-A2", "D0"), ("103-A3", "B1"),
                ("104-A4", random.choice(["MEDDPRIME", "MEDDADV", "ADV"])), ("201-B1", CO["npi"]),
                ("401-D1", P(d8(d.date()), "date")), ("AM04", None), ("302-C2", P(p["partd"], "health_plan")),
                ("312-CC", P(p["F"], "name")), ("313-CD", P(p["L"], "name")), ("301-C1", "RX" + rdig(4)),
                ("AM01", None), ("304-C4", P(d8(p["dob"]), "date")), ("305-C5", "1" if p["sex"] == "M" else "2"),
                ("310-CA", P(p["F"], "name")), ("311-CB", P(p["L"], "name"))]
        if random.random() < 0.6:
            segs += [("322-CM", P(up(p["street"]), "address")), ("323-CN", P(up(p["city"]), "address")),
                     ("324-CO", p["st"]), ("325-CP", P(p["zip"], "zip")), ("326-CQ", P(ph_raw(p["ph"]), "phone"))]
        segs += [("AM07", None), ("455-EM", "1"), ("402-D2", "7%06d" % random.randint(0, 999999)), ("436-E1", "03"),
                 ("407-D7", random.choice(NDCS).replace("-", "")), ("442-E7", "%d000" % random.randint(1, 30)),
                 ("403-D3", "0%d" % random.randint(0, 5)), ("405-D5", str(random.choice([1, 7, 14, 28])))]
        for i, (k, v) in enumerate(segs):
            if i:
                L.t("|")
            if v is None:
                L.t(k)
            else:
                L.t(k + "=")
                L.e(v)
        return L
    if random.random() < 0.6:
        L.t("B1 response txn=%d 112-AN=P|503-F3=%s|505-F5=%.2f|506-F6=%.2f|509-F9=%.2f|elapsed=%dms"
            % (txn, d.strftime("%y%m%d") + rdig(9), random.uniform(0, 50), random.uniform(40, 3000),
               random.uniform(50, 3100), random.randint(300, 2500)))
    else:
        L.t("B1 response txn=%d 112-AN=R|510-FA=1|511-FB=%s|504-F4=%s|elapsed=%dms"
            % (txn, random.choice(["75", "70", "MR", "79"]),
               random.choice(["PA REQUIRED CALL 1-800-555-0199", "PRODUCT NOT ON FORMULARY", "REFILL TOO SOON",
                              "PLAN LIMITS EXCEEDED"]), random.randint(300, 2500)))
    return L


# ---- 9. Patient portal: nginx access log -------------------------------
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S921U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.81 Mobile Safari/537.36",
       "MeridianPortal/3.12.1 (iOS 17.6; iPad13,1)",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"]
PORTAL = "https://portal.meridianhi.example"


def g_nginx(phi):
    d = tick()
    L = Line("nginx-combined")
    if phi:
        p = pick()
        L.p(random.choice(p["ips"]), "ip")
        L.t(" - - [%s] \"" % f_nginx(d))
        v = var("nginx", 4)
        ref = None
        if v == 0:
            L.t("GET /api/v2/patients/")
            L.p(p["pid"], "mrn")
            L.t("/statements/2024-%02d.pdf HTTP/2.0\" 200 %d" % (random.randint(6, 9), random.randint(40000, 200000)))
        elif v == 1:
            L.t("GET /api/v2/me/deliveries?upcoming=1 HTTP/2.0\" 200 %d" % random.randint(300, 4000))
        elif v == 2:
            L.t("POST /api/v2/messages HTTP/2.0\" 201 %d" % random.randint(80, 400))
            ref = "u"
        else:
            L.t("GET /api/v2/me/infusion-schedule HTTP/2.0\" %d %d" % (random.choice([200, 200, 304]), random.randint(0, 3000)))
        L.t(" \"")
        if ref:
            L.p("%s/u/%s/messages" % (PORTAL, p["user"]), "url")
        else:
            L.t(PORTAL + random.choice(["/dashboard", "/billing", "/deliveries", "/"]))
        L.t("\" \"%s\" rt=%.3f upstream=10.42.3.%d:3000" % (random.choice(UAS), random.uniform(0.01, 0.9), random.randint(2, 60)))
        return L
    v = var("nginx0", 4)
    if v == 0:
        L.t("10.42.0.1 - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" rt=0.00%d upstream=10.42.3.%d:3000"
            % (f_nginx(d), random.randint(1, 9), random.randint(2, 60)))
    elif v == 1:
        L.t("10.42.%d.%d - - [%s] \"GET /static/js/main.%s.js HTTP/1.1\" 200 %d \"-\" \"Amazon CloudFront\" rt=0.0%02d upstream=-"
            % (random.randint(0, 3), random.randint(2, 250), f_nginx(d), hexs(8), random.randint(90000, 400000), random.randint(1, 99)))
    elif v == 2:
        L.t("10.42.1.%d - - [%s] \"POST /api/v2/webhooks/sendgrid HTTP/1.1\" 204 0 \"-\" \"SendGrid Event API\" rt=0.0%02d upstream=10.42.3.%d:3000"
            % (random.randint(2, 250), f_nginx(d), random.randint(1, 99), random.randint(2, 60)))
    else:
        L.t("172.20.9.%d - - [%s] \"GET /metrics HTTP/1.1\" 200 %d \"-\" \"Prometheus/2.53.1\" rt=0.0%02d upstream=10.42.3.%d:9464"
            % (random.randint(2, 250), f_nginx(d), random.randint(8000, 30000), random.randint(1, 99), random.randint(2, 60)))
    return L


# ---- 10. Patient portal API (pino JSON) ---------------------------------
def g_pino(phi):
    d = tick()
    L = Line("pino-json")
    base = [("level", 30), ("time", f_epoch_ms(d)), ("pid", random.choice([27, 31])),
            ("hostname", "portal-api-7d9c6b5f4-%s" % random.choice(["x2kqp", "m8rtz", "q4wln"])),
            ("reqId", "req-%s" % b64rand(3).replace("/", "a").replace("+", "b"))]
    if phi:
        p = pick()
        v = var("pino", 7)
        if v == 0:
            items = base + [("username", P(p["user"], "other_id")), ("ip", P(p["ips"][0], "ip")),
                            ("mfa", random.choice(["sms", "totp", "email"])), ("msg", "login succeeded")]
        elif v == 1:
            items = [("level", 40)] + base[1:] + [("username", P(p["user"], "other_id")),
                                                  ("ip", P(random.choice(p["ips"]), "ip")),
                                                  ("attempt", random.randint(2, 5)), ("msg", "login failed: bad password")]
        elif v == 2:
            items = base + [("channel", "sms"), ("to", P(ph_e164(p["cell"]), "phone")), ("provider", "twilio"),
                            ("sid", "SM" + hexs(32)), ("msg", "mfa code sent")]
        elif v == 3:
            items = base + [("username", P(p["user"], "other_id")),
                            ("changes", O([("address1", P(p["street"], "address")), ("city", P(p["city"], "address")),
                                           ("state", p["st"]), ("zip", P(p["zip"], "zip"))])),
                            ("msg", "profile updated")]
        elif v == 4:
            items = base + [("email", P(p["email"], "email")), ("template", "password-reset"),
                            ("from", "noreply@meridianhi.example"), ("msg", "password reset email queued")]
        elif v == 6:
            r = p["rel"]
            rmail = r["email"]
            items = base + [("username", P(p["user"], "other_id")),
                            ("proxy", O([("name", P("%s %s" % (r["first"], r["last"]), "name")), ("relationship", r["name"].lower()),
                                         ("email", P(rmail, "email"))])),
                            ("profileUrl", P("%s/u/%s/profile" % (PORTAL, p["user"]), "url")),
                            ("msg", "caregiver proxy invite sent")]
        else:
            pp = p if p["fax"] else pick(lambda q: q["fax"] is not None)
            items = base + [("username", P(pp["user"], "other_id")),
                            ("prefs", O([("statementDelivery", "fax"), ("fax", P(ph_dash(pp["fax"]), "fax")),
                                         ("email", P(pp["email"], "email"))])), ("msg", "communication preferences saved")]
        jobj(L, items)
        return L
    v = var("pino0", 5)
    if v == 0:
        items = base[:4] + [("port", 3000), ("env", "production"), ("version", "3.12.1"), ("msg", "server listening")]
    elif v == 1:
        items = base[:4] + [("pool", O([("total", 20), ("idle", random.randint(2, 18)), ("waiting", random.randint(0, 3))])),
                            ("msg", "pg pool stats")]
    elif v == 2:
        items = base[:4] + [("removed", random.randint(50, 600)), ("store", "redis://10.42.5.11:6379/2"),
                            ("msg", "expired sessions swept")]
    elif v == 3:
        items = base + [("event", random.choice(["delivered", "open", "bounce"])), ("from", "noreply@meridianhi.example"),
                        ("sg_message_id", b64rand(15).replace("/", "_")), ("msg", "sendgrid event")]
    else:
        items = base + [("res", O([("statusCode", random.choice([200, 200, 304, 404]))])),
                        ("responseTime", round(random.uniform(2, 300), 3)), ("msg", "request completed")]
    jobj(L, items)
    return L


# ---- 11. Windows services (NLog + Event Viewer export) -------------------
def g_win(phi):
    d = tick()
    if phi:
        p = pick()
        v = var("win", 5)
        if v in (0, 1, 2, 3):
            L = Line("nlog-pipe")
            L.t("%s|%s|" % (f_dot(d, 4), "INFO"))
            if v == 0:
                L.t("Meridian.RefillReminder.Worker|Queued SMS reminder for ")
                L.p(p["pid"], "mrn")
                L.t(" to ")
                L.p(ph_e164(p["cell"]), "phone")
                L.t(" template=REFILL_48H delivery=")
                L.p(iso(d.date() + TD(days=2)), "date")
            elif v == 1:
                pp = p if p["fax"] else pick(lambda q: q["fax"] is not None)
                L.t("Meridian.FaxGateway.Service|Patient-requested statement faxed to ")
                L.p(ph_paren(pp["fax"]), "fax")
                L.t(" for ")
                L.p("%s, %s" % (pp["last"], pp["first"]), "name")
                L.t(" (acct ")
                L.p(pp["acct"], "account")
                L.t(") pages=%d jobId=%d" % (random.randint(1, 4), random.randint(50000, 59999)))
            elif v == 2:
                L.t("Meridian.Billing.Claims|PIP claim built for ")
                L.p(p["pid"], "mrn")
                L.t(" carrier=%s vehicle VIN " % random.choice(["Progressive", "State Farm", "Erie", "GEICO"]))
                L.p(p["vin"], "vehicle")
                L.t(" accident date ")
                L.p(us(datetime.date(2024, random.choice([7, 8, 9]), random.randint(1, 28))), "date")
                L.t(" batch=%d" % random.randint(100, 999))
            else:
                L.t("Meridian.Billing.Statements|Statement mailed to guarantor ")
                r = p["rel"]
                L.p("%s %s" % (r["first"], r["last"]), "name")
                L.t(", ")
                L.p(p["street"], "address")
                L.t(", ")
                L.p(p["city"], "address")
                L.t(", %s " % p["st"])
                L.p(p["zip"], "zip")
                L.t(" acct=")
                L.p(p["acct"], "account")
                L.t(" balance=%.2f return_addr=\"%s, %s, %s %s\"" % (random.uniform(10, 900), CO["street"], CO["city"], CO["st"], CO["zip"]))
        else:
            L = Line("winevent-txt")
            L.t("Error\t%s\tMeridianBillingSync\t1001\tNone\tStatement render failed for guarantor account " % f_win(d))
            L.p(p["acct"], "account")
            L.t(" (")
            L.p("%s, %s" % (p["rel"]["last"], p["rel"]["first"]), "name")
            L.t("): template field 'GuarantorPhone' missing")
        return L
    v = var("win0", 6)
    if v == 0:
        L = Line("winevent-txt")
        L.t("Information\t%s\tService Control Manager\t7036\tNone\tThe %s service entered the %s state."
            % (f_win(d), random.choice(["Meridian Fax Gateway", "Meridian Billing Sync", "Meridian Refill Reminder", "Print Spooler"]),
               random.choice(["running", "stopped"])))
    elif v == 1:
        L = Line("winevent-txt")
        L.t("Warning\t%s\tMSSQL$CPRPLUS\t833\tServer\tSQL Server has encountered %d occurrence(s) of I/O requests taking longer "
            "than 15 seconds to complete on file [E:\\SQLData\\CPRPlus_Data.mdf] in database id 7."
            % (f_win(d), random.randint(1, 9)))
    elif v == 2:
        L = Line("nlog-pipe")
        doc = random.choice(PRESCRIBERS)
        L.t("%s|INFO|Meridian.FaxGateway.Service|Referral ack faxed to Dr. %s %s office %s pages=1 jobId=%d status=OK"
            % (f_dot(d, 4), doc[1].title(), doc[0].title(), random.choice(DOC_FAX), random.randint(50000, 59999)))
    elif v == 3:
        L = Line("nlog-pipe")
        L.t("%s|WARN|Meridian.Billing.Sync|Clearinghouse poll slow: %d ms (threshold 5000) endpoint=https://edi.clearinghouse.example/api/claims"
            % (f_dot(d, 4), random.randint(5000, 20000)))
    elif v == 4:
        L = Line("nlog-pipe")
        L.t("%s|INFO|Meridian.RefillReminder.Worker|Run complete: scanned=%d queued=%d suppressed=%d elapsed=%s"
            % (f_dot(d, 4), random.randint(200, 600), random.randint(10, 80), random.randint(0, 20),
               "00:00:%02d.%03d" % (random.randint(1, 59), random.randint(0, 999))))
    else:
        L = Line("nlog-pipe")
        L.t("%s|ERROR|Meridian.FaxGateway.Service|System.TimeoutException: RightFax server 10.20.1.%d did not respond within 00:00:30"
            " at Meridian.FaxGateway.RightFaxClient.SendAsync(FaxJob job) in C:\\build\\src\\FaxGateway\\RightFaxClient.cs:line %d"
            % (f_dot(d, 4), random.randint(2, 250), random.randint(80, 400)))
    return L


# ---- 12. IVR refill line (Asterisk) ---------------------------------------
def g_ivr(phi):
    d = tick()
    L = Line("asterisk")
    ch = "C-%08x" % random.randint(0x1000, 0xffff)
    tid = random.randint(20000, 30000)
    chan = "PJSIP/twilio-trunk-%08x" % random.randint(0, 0xfffff)
    if phi:
        p = pick()
        v = var("ivr", 3)
        if v == 0:
            L.t("[%s] VERBOSE[%d][%s] pbx.c: Executing [s@ivr-refill:4] AGI(\"%s\", \"refill_lookup.agi," % (f_syslog(d), tid, ch, chan))
            L.p(ph_raw(p["ph"]), "phone")
            L.t("\") in new stack")
        elif v == 1:
            L.t("[%s] NOTICE[%d][%s] voiceverify.agi: enroll ok caller=" % (f_syslog(d), tid, ch))
            L.p(ph_e164(p["ph"]), "phone")
            L.t(" pt=")
            L.p(p["pid"], "mrn")
            L.t(" vp_template=")
            L.p(b64rand(random.choice([384, 512]), b"VPRT\x02\x00"), "biometric")
        else:
            L.t("[%s] VERBOSE[%d][%s] pbx.c: Executing [s@ivr-refill:9] Set(\"%s\", \"CALLERID(name)=" % (f_syslog(d), tid, ch, chan))
            L.p("%s %s" % (p["L"], p["F"]), "name")
            L.t("\") in new stack")
        return L
    v = var("ivr0", 4)
    if v == 0:
        L.t("[%s] VERBOSE[%d][%s] res_agi.c: <%s>AGI Script voiceverify.agi completed, returning 0" % (f_syslog(d), tid, ch, chan))
    elif v == 1:
        L.t("[%s] VERBOSE[%d][%s] app_queue.c: %s is ringing in queue pharmacy-refill (%d callers, hold %ds)"
            % (f_syslog(d), tid, ch, chan, random.randint(0, 6), random.randint(5, 300)))
    elif v == 2:
        L.t("[%s] NOTICE[%d] res_pjsip/pjsip_distributor.c: Request 'OPTIONS' from '<sip:%s>' failed for '10.20.3.%d:5060' (callid: %s) - No matching endpoint found"
            % (f_syslog(d), tid, hexs(6), random.randint(2, 250), hexs(20)))
    else:
        L.t("[%s] VERBOSE[%d][%s] pbx.c: Executing [s@ivr-refill:1] Playback(\"%s\", \"custom/meridian-greeting-%s\") in new stack"
            % (f_syslog(d), tid, ch, chan, random.choice(["en", "es"])))
    return L


# ---- 13. Linux syslog (sftp, cron, postgres, backup) ---------------------
def g_syslog(phi):
    d = tick()
    L = Line("syslog")
    host = random.choice(["mhi-sftp01", "mhi-db02", "mhi-app03", "mhi-edi01"])
    if phi:
        p = pick()
        L.t("%s mhi-db02 postgres[%d]: [%d-1] ERROR:  duplicate key value violates unique constraint " % (f_syslog(d), random.randint(1000, 40000), random.randint(2, 9)))
        if random.random() < 0.5:
            L.t("\"patients_ssn_key\" DETAIL:  Key (ssn)=(")
            L.p(p["ssn"], "ssn")
            L.t(") already exists.")
        else:
            L.t("\"patient_ext_ids_mrn_fac_key\" DETAIL:  Key (mrn, facility)=(")
            L.p(p["hmrn"], "mrn")
            L.t(", STAGNES) already exists.")
        return L
    v = var("sys0", 7)
    if v == 0:
        L.t("%s mhi-sftp01 sshd[%d]: Accepted publickey for %s from 10.8.1.%d port %d ssh2: RSA SHA256:%s"
            % (f_syslog(d), random.randint(1000, 40000), random.choice(["cgs_edi", "quest_lab", "vexa_push"]),
               random.randint(2, 250), random.randint(40000, 65000), b64rand(32)[:43]))
    elif v == 1:
        L.t("%s %s CRON[%d]: (edi) CMD (/opt/edi/bin/pull_835.sh >> /var/log/edi/pull.log 2>&1)"
            % (f_syslog(d), host, random.randint(1000, 40000)))
    elif v == 2:
        L.t("%s mhi-db02 postgres[%d]: [3-1] LOG:  automatic vacuum of table \"infusion.public.%s\": index scans: 1, pages: 0 removed, %d remain"
            % (f_syslog(d), random.randint(1000, 40000), random.choice(["pump_telemetry", "deliveries", "visits", "claims"]),
               random.randint(1000, 90000)))
    elif v == 3:
        L.t("%s mhi-db02 pgbackrest[%d]: backup command end: completed successfully (%dms) label=%s-%sF"
            % (f_syslog(d), random.randint(1000, 40000), random.randint(600000, 3000000), d8(d), d.strftime("%H%M%S")))
    elif v == 4:
        L.t("%s %s systemd[1]: Started %s." % (f_syslog(d), host, random.choice(["Daily apt upgrade and clean activities",
                                                                                 "EDI 837 batch submit", "logrotate.service - Rotate log files"])))
    elif v == 5:
        L.t("%s mhi-sftp01 internal-sftp[%d]: close \"/incoming/835/ERA_%s_%04d.835\" bytes read 0 written %d"
            % (f_syslog(d), random.randint(1000, 40000), d8(d), random.randint(1, 9999), random.randint(2000, 90000)))
    else:
        L.t("%s %s kernel: [%d.%06d] TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.  Check SNMP counters."
            % (f_syslog(d), host, random.randint(100000, 999999), random.randint(0, 999999)))
    return L


# ---- 14. Referral intake API (Python json logging, ASCII-escaped) -------
def g_referral(phi):
    d = tick()
    L = Line("python-json")
    rid = "REF-2024-%06d" % random.randint(10000, 40000)
    head = [("timestamp", f_isoz(d)), ("level", "INFO"), ("logger", "intake.api.referrals")]
    if phi:
        p = pick_old(0.35)
        disch = d.date() + TD(days=random.randint(0, 2))
        pat = [("first_name", P(p["first"], "name")), ("last_name", P(p["last"], "name")),
               ("dob", P(us(p["dob"]), "date"))]
        if p["age"] > 89:
            pat.append(("age", P(p["age"], "age")))
        else:
            pat.append(("age", p["age"]))
        pat += [("sex", p["sex"]), ("phone", P(ph_dash(p["ph"]), "phone")),
                ("address", O([("line1", P(p["street"], "address")), ("line2", P(p["apt"], "address") if p["apt"] else None),
                               ("city", P(p["city"], "address")), ("state", p["st"]), ("zip", P(p["zip"], "zip"))])),
                ("county", P(p["county"], "address"))]
        if random.random() < 0.5:
            pat.append(("email", P(p["email"], "email")))
        if random.random() < 0.4:
            pat.append(("ssn", P(p["ssn"], "ssn")))
        code, pname, mem = plan_of(p)
        items = head + [("event", "referral.created"), ("referral_id", rid), ("source", random.choice(["careport", "fax-ocr", "epic-ehr-link"])),
                        ("patient", O(pat)),
                        ("insurance", O([("payer", pname), ("member_id", P(mem, "health_plan"))] +
                                        ([("group", p["group"])] if not p["medicare"] else []))),
                        ("therapy", random.choice(THER)[1]), ("discharge_date", P(iso(disch), "date")),
                        ("referring_npi", random.choice(PRESCRIBERS)[2]),
                        ("planner", random.choice(["Megan Schultz, RN CM", "Oksana Hrytsenko, MSW", "Darnell Price, RN CM"]))]
        jobj(L, items, PYSEP, ea=True)
        return L
    v = var("ref0", 3)
    if v == 0:
        items = head + [("event", "referral.status_changed"), ("referral_id", rid),
                        ("from", "intake"), ("to", random.choice(["benefits_verification", "accepted", "declined_out_of_area"])),
                        ("by", random.choice(["cmurphy", "riyer", "bsouza"]))]
    elif v == 1:
        items = head + [("event", "webhook.verified"), ("source", "careport"), ("sig_alg", "hmac-sha256"),
                        ("delivery_id", uuid4()), ("latency_ms", random.randint(20, 900))]
    else:
        items = head[:1] + [("level", "WARNING")] + head[2:] + [("event", "fax_ocr.low_confidence"), ("referral_id", rid),
                                                               ("pages", random.randint(2, 14)), ("confidence", round(random.uniform(0.4, 0.7), 2)),
                                                               ("queue", "intake-manual")]
    jobj(L, items, PYSEP, ea=True)
    return L


# ---- 15. Identity verification (portal sign-up / curbside controlled pickup)
def jpeg_uri():
    hdr = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
                 0x00, 0x01, 0x00, 0x00, 0xFF, 0xDB, 0x00, 0x43, 0x00])
    return "data:image/jpeg;base64," + b64rand(random.randint(700, 1100), hdr)


def g_idv(phi):
    d = tick()
    L = Line("idv-json")
    if phi:
        p = pick()
        items = [("ts", f_isoz(d)), ("svc", "idv"), ("evt", "verification.completed"), ("session", uuid4()),
                 ("applicant", O([("username", P(p["user"], "other_id")), ("dl_number", P(p["dl"], "license")),
                                  ("dl_state", p["st"]), ("dob", P(iso(p["dob"]), "date"))]))]
        if random.random() < 0.7:
            items.append(("selfie", P(jpeg_uri(), "photo")))
        items += [("face_template", P(b64rand(256, b"FT01"), "biometric")), ("match_score", round(random.uniform(0.9, 0.995), 3)),
                  ("liveness", "pass"), ("vendor", "idcheck-sandbox")]
        jobj(L, items)
        return L
    items = [("ts", f_isoz(d)), ("svc", "idv"), ("evt", random.choice(["vendor.latency", "vendor.quota"])),
             ("p50_ms", random.randint(300, 900)), ("p99_ms", random.randint(1500, 6000)),
             ("quota_remaining", random.randint(100, 5000)), ("vendor", "idcheck-sandbox")]
    jobj(L, items)
    return L


# ---- 16. Infusion suite scheduling & curbside pickup (Rails) -------------
def g_rails(phi):
    d = tick()
    L = Line("rails-logger")
    rq = uuid4()
    L.t("I, [%s #%d]  INFO -- : [%s] " % (d.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d" % d.microsecond, random.choice([4121, 4133]), rq))
    if phi:
        p = pick()
        v = var("rails", 4)
        if v == 0:
            L.t("Started GET \"/appointments/new?chair=%d\" for " % random.randint(1, 8))
            L.p(random.choice(p["ips"]), "ip")
            L.t(" at %s -0400" % d.strftime("%Y-%m-%d %H:%M:%S"))
        elif v == 1:
            L.t("Appointment booked chair=CHAIR-%d patient_id=" % random.randint(1, 8))
            L.p(p["pid"], "mrn")
            L.t(" appt_at=\"")
            L.p("%s %02d:%s" % (iso(d.date() + TD(days=random.randint(1, 10))), random.randint(8, 15), random.choice(["00", "30"])), "date")
            L.t("\" therapy=%s duration=%dmin" % (random.choice(["IVIG", "INFLIXIMAB", "OCRELIZUMAB", "IRON_SUCROSE"]), random.choice([60, 120, 240])))
        elif v == 2:
            L.t("Curbside pickup ready patient_id=")
            L.p(p["pid"], "mrn")
            L.t(" plate=\"")
            L.p(p["plate"], "vehicle")
            L.t("\" (%s) color=%s bay=%d" % (p["st"], random.choice(["silver", "black", "white", "blue", "red"]), random.randint(1, 4)))
        else:
            L.t("Controlled substance pickup ID check patient_id=")
            L.p(p["pid"], "mrn")
            L.t(" id_type=DL id_number=")
            L.p(p["dl"], "license")
            L.t(" verified_by=%s" % random.choice(PHARMS))
        return L
    v = var("rails0", 4)
    if v == 0:
        L.t("Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)"
            % (random.randint(10, 400), random.uniform(1, 90), random.uniform(0.5, 60), random.randint(2000, 60000)))
    elif v == 1:
        L.t("Started GET \"/admin/chairs\" for 10.0.4.%d at %s -0400" % (random.randint(2, 250), d.strftime("%Y-%m-%d %H:%M:%S")))
    elif v == 2:
        L.t("Processing by AppointmentsController#%s as HTML" % random.choice(["index", "create", "update", "show"]))
    else:
        L.t("[ActiveJob] [ChairUtilizationJob] [%s] Performed ChairUtilizationJob (Job ID: %s) from Sidekiq(default) in %.2fms"
            % (uuid4(), uuid4(), random.uniform(20, 900)))
    return L


# ---- 17. Payments (Spring Boot logback) ----------------------------------
def g_pay(phi):
    d = tick()
    L = Line("logback")
    thr = "http-nio-8443-exec-%d" % random.randint(1, 20)
    if phi:
        p = pick()
        v = var("pay", 4)
        if v == 0:
            L.t("%s  INFO 1 --- [%s] c.m.billing.PaymentService              : Copay payment authorized acct=" % (f_dot(d), thr))
            L.p(p["acct"], "account")
            L.t(" amount=%.2f card=************%s auth=%s" % (random.uniform(5, 300), p["card"][-4:], rdig(6)))
        elif v == 1:
            L.t("%s DEBUG 1 --- [%s] c.m.billing.gateway.CardClient           : PaymentRequest{cardNumber=" % (f_dot(d), thr))
            L.p(p["card"], "account")
            L.t(", exp=%02d/%d, cvv=***, billingZip=" % (random.randint(1, 12), random.randint(25, 30)))
            L.p(p["zip"], "zip")
            L.t(", cardholder='")
            who = p["rel"] if random.random() < 0.5 else p
            L.p("%s %s" % (who["first"], who["last"]), "name")
            L.t("'}")
        elif v == 2:
            L.t("%s  INFO 1 --- [%s] c.m.billing.AutopayService              : AutopayEnrollment{acct=" % (f_dot(d), thr))
            L.p(p["acct"], "account")
            L.t(", routing=%s, bankAcct=" % aba())
            L.p(p["bank"], "account")
            L.t(", holder='")
            L.p("%s %s" % (p["first"], p["last"]), "name")
            L.t("', type=CHECKING}")
        else:
            L.t("%s  WARN 1 --- [%s] c.m.billing.CollectionsService          : Balance >120d acct=" % (f_dot(d), thr))
            L.p(p["acct"], "account")
            L.t(" guarantor='")
            L.p("%s %s" % (p["rel"]["first"], p["rel"]["last"]), "name")
            L.t("' phone=")
            L.p(ph_dash(p["rel"]["ph"]), "phone")
            L.t(" balance=%.2f dos=" % random.uniform(100, 3000))
            L.p(iso(datetime.date(2024, random.choice([5, 6]), random.randint(1, 28))), "date")
        return L
    v = var("pay0", 4)
    if v == 0:
        L.t("%s  INFO 1 --- [%s] c.m.billing.webhook.StripeWebhook        : payout.paid id=po_%s amount=%d arrival_date=%s"
            % (f_dot(d), thr, b64rand(18).replace("/", "x").replace("+", "Q")[:24], random.randint(100000, 2000000), iso(d.date() + TD(days=2))))
    elif v == 1:
        L.t("%s  INFO 1 --- [scheduling-1] c.m.billing.SettlementJob               : Daily settlement batch %s count=%d total=%s"
            % (f_dot(d), d8(d), random.randint(20, 140), "{:,.2f}".format(random.uniform(1000, 30000))))
    elif v == 2:
        L.t("%s DEBUG 1 --- [HikariPool-1 housekeeper] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Pool stats (total=10, active=%d, idle=%d, waiting=0)"
            % (f_dot(d), random.randint(0, 6), random.randint(4, 10)))
    else:
        L.t("%s ERROR 1 --- [%s] c.m.billing.gateway.CardClient           : Gateway timeout after %dms, requestId=%s, retrying (1/3)"
            % (f_dot(d), thr, random.randint(3000, 15000), uuid4()))
    return L


# ==========================================================================
# schedule & output
# ==========================================================================
FAMS = {"mirth": (g_mirth, 14, 16), "x12": (g_x12, 22, 18), "pump": (g_pump, 22, 22), "clef": (g_clef, 12, 18),
        "evv": (g_evv, 20, 16), "courier": (g_courier, 16, 24), "lab": (g_lab, 16, 14), "ncpdp": (g_ncpdp, 10, 10),
        "nginx": (g_nginx, 14, 20), "pino": (g_pino, 14, 18), "win": (g_win, 14, 22), "ivr": (g_ivr, 7, 8),
        "syslog": (g_syslog, 3, 24), "referral": (g_referral, 12, 8), "idv": (g_idv, 6, 4), "rails": (g_rails, 12, 16),
        "pay": (g_pay, 11, 17)}


def main():
    sched = []
    for k, (fn, nphi, nno) in FAMS.items():
        sched += [(k, True)] * nphi + [(k, False)] * nno
    assert len(sched) == N_LINES, len(sched)
    random.shuffle(sched)
    out_log = []
    out_lab = []
    for i, (k, phi) in enumerate(sched, 1):
        L = FAMS[k][0](phi)
        b = bytes(L.buf)
        assert b"\n" not in b and b"\r" not in b, (k, b)
        assert len(b) <= 4000, (k, len(b))
        b.decode("utf-8")
        if phi:
            assert L.spans, (k, b)
        else:
            assert not L.spans, (k, b)
        prev = 0
        for s, e, c, v in L.spans:
            assert s >= prev and e > s, (k, b)
            assert b[s:e] == v, (k, b[s:e], v)
            prev = e
        out_log.append(b)
        out_lab.append(json.dumps({"line": i, "family": L.family,
                                   "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in L.spans]}))
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(b"\n".join(out_log) + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
