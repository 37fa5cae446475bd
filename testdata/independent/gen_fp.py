#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus (healthcare contact
center: call recording + speech analytics).  Standard library only.

Writes fp.log and fp.labels.jsonl next to this file.
"""
import base64
import datetime
import json
import os
import random
import unicodedata
import uuid

random.seed(1811)
ID = "fp"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_PHI = 225  # 275 lines (55 %) without PHI


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def add(self, segs):
        for text, cat in segs:
            b = text.encode("utf-8")
            if cat:
                assert len(b) > 0, (self.fam, segs)
                s = len(self.buf)
                self.buf += b
                self.spans.append((s, len(self.buf), cat, b))
            else:
                self.buf += b
        return self

    def t(self, text, cat=None):
        return self.add([(text, cat)])


class T:
    """tagged scalar"""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """segmented string: parts are str or (text, cat)"""
    def __init__(self, *parts):
        self.parts = [p if isinstance(p, tuple) else (p, None) for p in parts]


class Num:
    def __init__(self, txt):
        self.txt = txt


def esc(s, ea=False):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def js(obj, sep=(",", ":"), ea=False):
    out = []

    def w(o):
        if isinstance(o, dict):
            out.append(("{", None))
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append((sep[0], None))
                out.append(('"' + esc(k, ea) + '"' + sep[1], None))
                w(v)
            out.append(("}", None))
        elif isinstance(o, list):
            out.append(("[", None))
            for i, v in enumerate(o):
                if i:
                    out.append((sep[0], None))
                w(v)
            out.append(("]", None))
        elif isinstance(o, T):
            if isinstance(o.v, str):
                out.extend([('"', None), (esc(o.v, ea), o.cat), ('"', None)])
            else:
                out.append((json.dumps(o.v), o.cat))
        elif isinstance(o, S):
            out.append(('"', None))
            out.extend((esc(t, ea), c) for t, c in o.parts)
            out.append(('"', None))
        elif isinstance(o, Num):
            out.append((o.txt, None))
        else:
            out.append((json.dumps(o, ensure_ascii=ea), None))

    w(obj)
    return out


def lfv(v):
    if isinstance(v, T):
        parts = [(str(v.v), v.cat)]
    elif isinstance(v, S):
        parts = v.parts
    else:
        parts = [(str(v), None)]
    full = "".join(p for p, _ in parts)
    if full == "" or any(ch in full for ch in ' "=\\'):
        return ([('"', None)] +
                [(p.replace("\\", "\\\\").replace('"', '\\"'), c) for p, c in parts] +
                [('"', None)])
    return parts


def lf(pairs):
    segs = []
    for i, (k, v) in enumerate(pairs):
        if i:
            segs.append((" ", None))
        segs.append((k + "=", None))
        segs.extend(lfv(v))
    return segs


def quoted(parts):
    """Java/Python style  key="..." value with escaped quotes"""
    parts = [p if isinstance(p, tuple) else (p, None) for p in parts]
    return ([('"', None)] +
            [(p.replace("\\", "\\\\").replace('"', '\\"'), c) for p, c in parts] +
            [('"', None)])


# ---------------------------------------------------------------- helpers
def asc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def rdig(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def rhex(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


VIN_VAL = {**{str(d): d for d in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v):
    s = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if s == 10 else str(s)


def mk_vin():
    wmi = random.choice(["1HG", "1FA", "2T1", "JTD", "5YJ", "3VW", "KMH", "1G1", "4T1"])
    vds = "".join(random.choice(VIN_CH) for _ in range(5))
    year = random.choice("BCDEFGHJKLMNP")
    plant = random.choice("ABCDEFGHKLMNPRSTUVWXYZ")
    serial = rdig(6)
    v = wmi + vds + "0" + year + plant + serial
    v = v[:8] + vin_check(v) + v[9:]
    assert vin_check(v) == v[8]
    return v


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mk_mbi():
    an = MBI_A + "0123456789"
    m = (random.choice("123456789") + random.choice(MBI_A) + random.choice(an) +
         random.choice("0123456789") + random.choice(MBI_A) + random.choice(an) +
         random.choice("0123456789") + random.choice(MBI_A) + random.choice(MBI_A) +
         random.choice("0123456789") + random.choice("0123456789"))
    return m


def mk_npi():
    nine = random.choice("12") + rdig(8)
    return nine + luhn_digit("80840" + nine)


def mk_card():
    p = random.choice(["4", "4", "51", "53", "6011"])
    body = p + rdig(15 - len(p))
    c = body + luhn_digit(body)
    assert luhn_ok(c)
    return c


def mk_imei():
    body = "35" + rdig(12)
    return body + luhn_digit(body)


def mk_ssn():
    area = random.choice([random.randint(101, 665), random.randint(667, 772)])
    return "%03d-%02d-%04d" % (area, random.randint(1, 99), random.randint(1, 9999))


# spoken numbers ---------------------------------------------------------------
ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
        7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth",
        13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
        17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
MONTHS = ("january february march april may june july august september october "
          "november december").split()
MON3 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def nw(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + nw(n % 100))
    return nw(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + nw(n % 1000))


def ordw(n):
    if n in ORDS:
        return ORDS[n]
    return TENS[n // 10] + " " + ORDS[n % 10]


def year_w(y):
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " " + ONES[y - 2000])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return nw(hi) + " hundred"
    if lo < 10:
        return nw(hi) + " oh " + ONES[lo]
    return nw(hi) + " " + nw(lo)


def digits_w(s, zero="oh"):
    return " ".join((zero if c == "0" else ONES[int(c)]) for c in s if c.isdigit())


def ordsuf(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def dob_sp(d):
    r = random.random()
    if r < 0.55:
        return "%s %s %s" % (MONTHS[d.month - 1], ordw(d.day), year_w(d.year))
    if r < 0.75:
        return "%s %s %s" % (MONTHS[d.month - 1], nw(d.day), year_w(d.year))
    if r < 0.9:
        return "%s %s %s" % (digits_w("%02d" % d.month), digits_w("%02d" % d.day), year_w(d.year))
    return "%s %s %s" % (MONTHS[d.month - 1], ordsuf(d.day), d.year)


ES_U = ("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "
        "quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés "
        "veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve").split()
ES_T = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta",
        8: "ochenta", 9: "noventa"}
ES_MON = ("enero febrero marzo abril mayo junio julio agosto septiembre octubre "
          "noviembre diciembre").split()


def es_nw(n):
    if n < 30:
        return ES_U[n]
    return ES_T[n // 10] + ("" if n % 10 == 0 else " y " + ES_U[n % 10])


def es_year(y):
    if y >= 2000:
        return "dos mil" + ("" if y == 2000 else " " + es_nw(y - 2000))
    lo = y - 1900
    return "mil novecientos" + ("" if lo == 0 else " " + es_nw(lo))


def es_dob(d):
    day = "primero" if d.day == 1 else es_nw(d.day)
    return "%s de %s de %s" % (day, ES_MON[d.month - 1], es_year(d.year))


def es_digits(s):
    return " ".join(ES_U[int(c)] for c in s if c.isdigit())


SUFFIX_W = {"St": "street", "Ave": "avenue", "Ct": "court", "Dr": "drive", "Ln": "lane",
            "Blvd": "boulevard", "Way": "way", "Rd": "road", "Pl": "place", "Ter": "terrace",
            "Cir": "circle"}


def house_sp(n):
    s = str(n)
    if len(s) == 4:
        a, b = int(s[:2]), int(s[2:])
        if b == 0:
            return nw(a) + " hundred"
        return nw(a) + " " + (("oh " + ONES[b]) if b < 10 else nw(b))
    if len(s) == 3:
        a, b = int(s[0]), int(s[1:])
        return ONES[a] + " " + (("oh " + ONES[b]) if b < 10 else nw(b)) if b else nw(n)
    return nw(n)


def street_sp(p):
    w = "%s %s %s" % (house_sp(p["house"]), asc(p["sname"]).lower(), SUFFIX_W[p["ssuf"]])
    if p["apt"]:
        w += " apartment " + " ".join(nw(int(c)) if c.isdigit() else c.lower() for c in p["apt"])
    return w


def spell(s):
    return " ".join(c for c in asc(s).lower() if c.isalpha())


def alnum_sp(s):
    return " ".join(c.lower() if c.isalpha() else ("oh" if c == "0" else ONES[int(c)])
                    for c in s if c.isalnum())


def email_sp(e):
    local, dom = e.split("@")
    out = []
    buf = ""
    for ch in local:
        if ch.isalpha():
            buf += ch
        else:
            if buf:
                out.append(buf)
                buf = ""
            if ch == ".":
                out.append("dot")
            elif ch == "_":
                out.append("underscore")
            elif ch.isdigit():
                out.append(ONES[int(ch)])
    if buf:
        out.append(buf)
    out.append("at")
    out.append(dom.replace(".", " dot "))
    return " ".join(out)


def fmt_phone(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return {"e164": "+1" + d, "dash": "%s-%s-%s" % (a, b, c), "paren": "(%s) %s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "raw": d, "one": "1-%s-%s-%s" % (a, b, c)}[style]


# ---------------------------------------------------------------- reference data
FIRST = ["María", "José", "Aaliyah", "Oluwaseun", "Priyanka", "Hiroshi", "Svetlana", "Mateo",
         "Fatima", "Björn", "Zoë", "Ngozi", "Tomasz", "Xiuying", "Reza", "Léa", "Kwame",
         "Ingrid", "Dmitri", "Aroha", "Santiago", "Yasmin", "Chinedu", "Marisol", "Anneliese",
         "Thanh", "Siobhán", "Kofi", "Esperanza", "Giorgos", "Hana", "Tevita", "Dolores",
         "Abebe", "Leilani", "Mirela", "Wojciech", "Nomvula", "Beatriz", "Eun-ji", "Jamal",
         "Rosalind", "Farrukh", "Imelda", "Bartholomew", "Oksana"]
LAST = ["López", "Okafor", "Haddad", "Kowalczyk", "Takahashi", "Nguyen", "Fernández",
        "Adeyemi", "Lindqvist", "Petrov", "Mensah", "Ramírez", "Chaudhry", "O'Sullivan",
        "Kaur", "Abernathy", "Papadopoulos", "Tupou", "Delgado", "Bekele", "Kealoha",
        "Popescu", "Dlamini", "Iyer", "Moreira", "Washington", "Whitfield", "Schreiber",
        "Yusupov", "Castellanos", "Achterberg", "Nakamura-Reyes", "Oyelaran", "Szabó"]
REL_FIRST = ["Camila", "Tunde", "Grace", "Emil", "Rosa", "Dev", "Anya", "Marcus", "Lucía",
             "Kenji", "Fiona", "Yaw", "Nadia", "Pedro"]
CITIES = [("Fresno", "CA", "937", "559"), ("Nashville", "TN", "372", "615"),
          ("Murfreesboro", "TN", "371", "615"), ("Chicago", "IL", "606", "312"),
          ("Atlanta", "GA", "303", "404"), ("Brooklyn", "NY", "112", "718"),
          ("Seattle", "WA", "981", "206"), ("Austin", "TX", "787", "512"),
          ("Denver", "CO", "802", "303"), ("Raleigh", "NC", "276", "919"),
          ("Phoenix", "AZ", "850", "602"), ("Milwaukee", "WI", "532", "414"),
          ("Albuquerque", "NM", "871", "505"), ("Hialeah", "FL", "330", "305"),
          ("Honolulu", "HI", "968", "808"), ("Knoxville", "TN", "379", "865")]
SNAMES = ["Alder", "Magnolia", "Tamarack", "Cedar Ridge", "Lakeshore", "Whitmore", "Kingsley",
          "Juniper", "Ocotillo", "Birchwood", "Pioneer", "Mariposa", "Hickory Hollow",
          "Wainwright", "Calloway", "Sandpiper", "Quail Run", "Linden", "Peachtree Battle",
          "Kalani", "Fairmount"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com",
             "proton.me", "comcast.net"]
PUB_IP_PREFIX = ["73.162", "98.207", "24.130", "172.58", "174.204", "71.59", "107.77",
                 "68.184", "99.46", "47.150"]
DL_FMT = {"CA": lambda: random.choice("ABDEFGNY") + rdig(7),
          "TX": lambda: rdig(8), "NY": lambda: rdig(9),
          "FL": lambda: "%s%s-%s-%s-%s-%s" % (random.choice("ABDLMNW"), rdig(3), rdig(3), rdig(2), rdig(3), rdig(1)),
          "IL": lambda: random.choice("ABKLMS") + rdig(11)}

AGENTS = [("Devon Whitaker", "AG-1043", "4471", "dwhitaker"),
          ("Priya Raman", "AG-1187", "4412", "praman"),
          ("Luis Ortega", "AG-0962", "4420", "lortega"),
          ("Keisha Brown", "AG-1210", "4436", "kbrown2"),
          ("Tobias Engel", "AG-1099", "4408", "tengel"),
          ("Mei-Ling Chou", "AG-1311", "4453", "mchou"),
          ("Grant Halvorsen", "AG-0877", "4401", "ghalvorsen"),
          ("Amara Nwosu", "AG-1256", "4467", "anwosu"),
          ("Omar Farouk", "AG-1322", "4479", "ofarouk"),
          ("Jenna Morales", "AG-1150", "4428", "jmorales"),
          ("Sven Aalto", "AG-1402", "4490", "saalto")]
EVALUATORS = [("Patricia Dunmore", "pdunmore@meridianhp.com"),
              ("Hector Villanueva", "hvillanueva@meridianhp.com"),
              ("Rachel Kim", "rkim@meridianhp.com")]
DOCTORS = [("Helen Park", mk_npi()), ("Samuel Adebayo", mk_npi()), ("Ana Sofía Cruz", mk_npi()),
           ("Raj Malhotra", mk_npi()), ("Evelyn Strand", mk_npi())]
DRUGS = ["lisinopril 10 mg", "metformin 500 mg", "atorvastatin 40 mg", "levothyroxine 75 mcg",
         "amlodipine 5 mg", "insulin glargine", "albuterol HFA", "sertraline 50 mg",
         "apixaban 5 mg", "tamsulosin 0.4 mg"]
QUEUES = [("PHARMACY_REFILL_EN", "8885550123"), ("PHARMACY_REFILL_ES", "8885550124"),
          ("BILLING_INQ", "8445550142"), ("APPT_SCHED_EN", "8005550199"),
          ("NURSE_TRIAGE", "8665550170"), ("MEMBER_SVCS", "8005550199"),
          ("PRIOR_AUTH", "8005550188"), ("DME_SUPPLIES", "8005550161")]
COMPANY_ADDR = "4400 Commerce Pkwy, Suite 200, Franklin, TN 37067"
PHARMACY_ADDR = "1150 Riverside Dr, Nashville, TN 37206"
CLINIC_FAX = "(615) 555-0177"
LOCAL_MAIN = "(615) 555-0100"
ACCOUNT = "480213377912"
CONNECT_INST = "6f1d2c3a-8b7e-4e55-9d0a-31c7f2a9e4b8"
TODAY = datetime.date(2024, 3, 11)

# ---------------------------------------------------------------- persons
used_phones = {"6155550100", "6155550177"}


def mk_phone(ac):
    while True:
        d = ac + "55501" + rdig(2)
        if d not in used_phones:
            used_phones.add(d)
            return d


def mk_person(first, last, band):
    city, state, zpre, ac = random.choice(CITIES)
    if band == "old":
        y = random.randint(1928, 1933)
    elif band == "senior":
        y = random.randint(1936, 1958)
    else:
        y = random.randint(1962, 2004)
    dob = datetime.date(y, random.randint(1, 12), random.randint(1, 28))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    fa, la = asc(first).lower().replace("-", ""), asc(last).lower().replace("'", "").replace("-", "").replace(" ", "")
    yy = "%02d" % (dob.year % 100)
    local = random.choice([fa + "." + la + yy, fa[0] + la + rdig(2), la + "." + fa, fa + "_" + la, fa + la[:3] + yy])
    p = dict(first=first, last=last, name=first + " " + last, dob=dob, age=age,
             phone_d=mk_phone(ac), city=city, state=state, zip=zpre + rdig(2),
             house=random.choice([random.randint(100, 999), random.randint(1000, 9899), random.randint(10, 99)]),
             sname=random.choice(SNAMES), ssuf=random.choice(list(SUFFIX_W)),
             apt=random.choice([None, None, None, "3B", "12", "4A", "207"]),
             email=local + "@" + random.choice(EMAIL_DOM),
             mrn=random.choice(["00" + rdig(7), "E" + rdig(7), rdig(8)]),
             pid="PT-" + rdig(7),
             member=random.choice(["XHM", "MHP", "QBE", "YRK", "ZGP"]) + rdig(9) if random.random() < 0.7 else "W" + rdig(9),
             mbi=mk_mbi() if age >= 65 else None,
             medicaid=(rdig(8) + random.choice("ABCDEFGH")) if random.random() < 0.25 else None,
             ssn=mk_ssn(), acct=random.choice(["77" + rdig(8), "ACCT-" + rdig(8), rdig(10)]),
             card=mk_card(), dl=DL_FMT.get(state, lambda: random.choice("ABCDEFGHJKLMNPRSTW") + rdig(7))(),
             plate=random.choice([rdig(1) + "".join(random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + rdig(3),
                                  "".join(random.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + "-" + rdig(4)]),
             vin=mk_vin(), cpap=random.choice(["2316", "2315", "2217"]) + rdig(7),
             pump="NG" + rdig(7) + "H", imei=mk_imei(),
             ip=random.choice(PUB_IP_PREFIX) + ".%d.%d" % (random.randint(1, 254), random.randint(1, 254)),
             user=(fa[0] + la + yy)[:14], grv="GRV-2024-%06d" % random.randint(1000, 99999),
             fax=mk_phone(ac) if random.random() < 0.5 else None,
             lang="es" if first in ("María", "José", "Mateo", "Santiago", "Marisol", "Esperanza", "Beatriz", "Imelda", "Dolores") else "en",
             curp=None, contact=None)
    if p["lang"] == "es" and random.random() < 0.5:
        # Mexican national ID (CURP) kept in CRM for some members
        lc = asc(last).upper().replace("'", "")
        p["curp"] = (lc[:2] + asc(last).upper()[-1] + asc(first).upper()[0] + "%02d%02d%02d" % (dob.year % 100, dob.month, dob.day) +
                     random.choice("HM") + random.choice(["DF", "JC", "NL", "MC", "PL"]) +
                     "".join(random.choice("BCDFGHJKLMNPRSTVXZ") for _ in range(3)) + random.choice("0A") + rdig(1))
    if random.random() < 0.45:
        rf = random.choice(REL_FIRST)
        rl = last if random.random() < 0.6 else random.choice(LAST)
        p["contact"] = dict(first=rf, last=rl, name=rf + " " + rl,
                            rel=random.choice(["daughter", "son", "husband", "wife", "niece", "caregiver", "grandson"]),
                            phone_d=mk_phone(ac))
    return p


random.shuffle(FIRST)
random.shuffle(LAST)
PERSONS = []
for i in range(30):
    band = "old" if i < 5 else ("senior" if i < 17 else "adult")
    PERSONS.append(mk_person(FIRST[i], LAST[i % len(LAST)], band))
PWEIGHTS = [random.choice([8, 9, 10]) if p["age"] > 89 else random.choice([1, 2, 3, 4, 6]) for p in PERSONS]


# ---------------------------------------------------------------- clock / calls
CLOCK = [datetime.datetime(2024, 3, 11, 13, 57, 41, 118000)]


def tick():
    CLOCK[0] += datetime.timedelta(milliseconds=int(random.expovariate(1 / 38000.0)) + 7)
    return CLOCK[0]


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (t.microsecond // 1000)


def pyts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def dotts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (t.microsecond // 1000)


def sysl(t):
    return "%s %2d %s" % (MON3[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def ests(t):
    return "[" + t.strftime("%Y-%m-%dT%H:%M:%S") + ",%03d]" % (t.microsecond // 1000)


def clf(t):
    return t.strftime("%d/") + MON3[t.month - 1] + t.strftime("/%Y:%H:%M:%S +0000")


CALLS = []
CSEQ = [4810]


class Call:
    pass


def new_call(need_pat=False):
    c = Call()
    CSEQ[0] += random.randint(1, 9)
    t = CLOCK[0]
    c.cid = "%s-%06d" % (t.strftime("%Y%m%d"), CSEQ[0])
    c.contact_id = ruuid()
    c.rec = "REC-" + rdig(10)
    c.sipci = rhex(8) + "-" + rhex(4) + "@10.20.0.%d" % random.randint(2, 9)
    c.stream = "st_" + rhex(12)
    c.pat = random.choices(PERSONS, PWEIGHTS)[0] if (need_pat or random.random() < 0.85) else None
    c.agent = random.choice(AGENTS)
    if c.pat is not None and c.pat["lang"] == "es" and random.random() < 0.7:
        c.queue, c.dnis = QUEUES[1]
    else:
        c.queue, c.dnis = random.choice([q for q in QUEUES if not q[0].endswith("_ES")])
    c.lang = "es" if c.queue.endswith("_ES") else "en"
    c.by_contact = bool(c.pat and c.pat["contact"] and random.random() < 0.35)
    c.ani = (c.pat["contact"]["phone_d"] if c.by_contact else c.pat["phone_d"]) if c.pat else None
    c.dur = random.randint(48, 1480)
    c.appt = TODAY + datetime.timedelta(days=random.randint(2, 80))
    c.dos = TODAY - datetime.timedelta(days=random.randint(20, 160))
    c.drug = random.choice(DRUGS)
    c.doc = random.choice(DOCTORS)
    c.start = t
    CALLS.append(c)
    return c


def pick_call(phi):
    if not CALLS or random.random() < 0.14:
        return new_call(need_pat=phi)
    recent = CALLS[-6:]
    if phi:
        recent = [c for c in recent if c.pat]
        if not recent:
            return new_call(need_pat=True)
    return random.choice(recent)


def agent_first(c):
    return c.agent[0].split()[0]


def pname(p, ascii_only=False):
    return asc(p["name"]) if ascii_only else p["name"]


def caller_name(c):
    return c.pat["contact"]["name"] if c.by_contact else c.pat["name"]


def dob_fmt(d, style):
    return {"us": "%d/%d/%d" % (d.month, d.day, d.year), "us0": d.strftime("%m/%d/%Y"),
            "iso": d.isoformat(), "long": "%s %d, %d" % (MONTHS[d.month - 1].capitalize(), d.day, d.year),
            "dtmf": d.strftime("%m%d%Y"), "short": "%s %d" % (MONTHS[d.month - 1].capitalize(), d.day)}[style]


def b64_blob(nbytes, header=b""):
    return base64.b64encode(header + bytes(random.getrandbits(8) for _ in range(nbytes))).decode()


JPEG_HDR = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
PNG_HDR = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00@\x00\x00\x00@\x08\x02\x00\x00\x00"


def X(text, cat=None):
    return (text, cat)


# ================================================================ families
def asr_phi_parts(c):
    p = c.pat
    nm = asc(caller_name(c)).lower()
    pn = asc(p["name"]).lower()
    if c.lang == "es":
        opts = [
            lambda: [X("mi fecha de nacimiento es el "), X(es_dob(p["dob"]), "date")],
            lambda: [X("sí es el "), X(es_dob(p["dob"]), "date")],
            lambda: [X("mi número es "), X(es_digits(p["phone_d"]), "phone")],
            lambda: [X("me llamo "), X(pn, "name"), X(" y llamo por mi receta")],
            lambda: [X("vivo en el "), X(street_sp(p), "address"), X(" en "), X(asc(p["city"]).lower(), "address")],
            lambda: [X("el código postal es "), X(es_digits(p["zip"]), "zip")],
        ]
        return random.choice(opts)()
    opts = [
        lambda: [X("my date of birth is "), X(dob_sp(p["dob"]), "date")],
        lambda: [X("yeah it's "), X(dob_sp(p["dob"]), "date")],
        lambda: [X("uh birthday is "), X(dob_sp(p["dob"]), "date"), X(" and the zip is "), X(digits_w(p["zip"]), "zip")],
        lambda: [X("the best number to reach me is "), X(digits_w(c.ani, random.choice(["oh", "zero"])), "phone")],
        lambda: [X("it's "), X(digits_w(c.ani), "phone"), X(" that's my cell")],
        lambda: [X("hi yes my name is "), X(nm, "name"), X(" i'm calling about my prescription")],
        lambda: [X("last name is "), X(asc(p["last"]).lower(), "name"), X(" "), X(spell(p["last"]), "name")],
        lambda: [X("my member id is "), X(alnum_sp(p["member"]), "health_plan")],
        lambda: [X("it's "), X(street_sp(p), "address"), X(" "), X(asc(p["city"]).lower(), "address")],
        lambda: [X("i moved to "), X(street_sp(p), "address"), X(" in "), X(asc(p["city"]).lower(), "address"),
                 X(" zip code "), X(digits_w(p["zip"]), "zip")],
        lambda: [X("my social is "), X(digits_w(p["ssn"], "zero"), "ssn")],
        lambda: [X("the serial number on the machine is "), X(alnum_sp(p["cpap"]), "device")],
        lambda: [X("you can email it to "), X(email_sp(p["email"]), "email")],
        lambda: [X("i had an appointment on "), X("%s %s" % (MONTHS[c.appt.month - 1], ordw(c.appt.day)), "date"),
                 X(" with doctor %s" % c.doc[0].split()[-1].lower())],
        lambda: [X("okay so "), X(pn, "name"), X(" date of birth "), X(dob_sp(p["dob"]), "date")],
    ]
    if p["age"] > 89 and random.random() < 0.3:
        return [X("honey i'm "), X(nw(p["age"]), "age"), X(" years old i can't drive to the pharmacy")]
    if c.by_contact:
        k = p["contact"]
        opts.append(lambda: [X("hi this is "), X(asc(k["first"]).lower(), "name"),
                             X(" i'm calling for my %s " % {"daughter": "mother", "son": "father", "husband": "wife",
                                                           "wife": "husband", "niece": "aunt", "caregiver": "client",
                                                           "grandson": "grandmother"}[k["rel"]]),
                             X(pn, "name")])
    if p["mbi"]:
        opts.append(lambda: [X("the medicare number is "), X(alnum_sp(p["mbi"]), "health_plan")])
    return random.choice(opts)()


ASR_AGENT = [
    "thank you for calling meridian health partners my name is {af} how can i help you today",
    "this call may be recorded for quality and training purposes",
    "can i please have your full name and date of birth to verify your identity",
    "okay i see the refill for {drug} was sent to the pharmacy on riverside drive",
    "your copay for that will be fifteen dollars",
    "our main line is one eight hundred five five five oh one nine nine if you get disconnected",
    "you can mail that to forty four hundred commerce parkway suite two hundred franklin tennessee three seven oh six seven",
    "the pharmacy is open from eight a m to six p m monday through saturday",
    "please hold for about two minutes while i check with the pharmacist",
    "let me transfer you to the nurse line that's extension four four seven one",
    "thank you for verifying is there anything else i can help with",
    "the fax number for doctor {docl}'s office is six one five five five five oh one seven seven",
]
ASR_CALLER = [
    "yeah i just need a refill on my {drug}",
    "i've been on hold like forty five minutes",
    "okay thank you so much",
    "uh huh",
    "no that's it",
    "i got a bill for two hundred and twelve dollars and i don't understand it",
    "i'm seventy one and on a fixed income so",
    "my husband is eighty four he can't come to the phone",
    "the machine keeps beeping at night",
    "can you send it to the walgreens instead",
    "yes that's correct",
]
ES_AGENT = ["gracias por llamar a meridian health partners le atiende {af} en qué le puedo ayudar",
            "esta llamada puede ser grabada para fines de calidad",
            "me puede dar su fecha de nacimiento por favor"]
ES_CALLER = ["necesito un resurtido de mi {drug}", "sí es correcto", "muchas gracias señorita"]


def nonphi_utt(c):
    if c.lang == "es" and random.random() < 0.7:
        role = random.choice(["agent", "caller"])
        tpl = random.choice(ES_AGENT if role == "agent" else ES_CALLER)
    else:
        role = random.choice(["agent", "agent", "caller"])
        tpl = random.choice(ASR_AGENT if role == "agent" else ASR_CALLER)
    txt = tpl.format(af=asc(agent_first(c)).lower(), drug=c.drug.split()[0].lower(),
                     docl=c.doc[0].split()[-1].lower())
    return role, [X(txt)]


def f_asr_utt(c, phi):
    L = Line("asr-utterance-jsonl")
    if phi:
        role, parts = "caller", asr_phi_parts(c)
    else:
        role, parts = nonphi_utt(c)
    st = round(random.uniform(2, c.dur - 10 if c.dur > 20 else 30), 2)
    obj = {"ts": iso(tick()), "level": "info", "svc": "asr-worker", "call_id": c.cid,
           "recording_id": c.rec, "utt_idx": random.randint(0, 140),
           "speaker": "spk_1" if role == "caller" else "spk_0", "role": role,
           "start": st, "end": round(st + random.uniform(1.1, 8.5), 2),
           "conf": round(random.uniform(0.62, 0.985), 3),
           "lang": "es-US" if c.lang == "es" else "en-US", "text": S(*parts)}
    if random.random() < 0.3:
        obj["model"] = random.choice(["whisper-large-v3-ft-med-2402", "conformer-ctc-en-8k-v5.2"])
    return L.add(js(obj))


def f_asr_words(c, phi):
    L = Line("asr-word-stream")
    t = tick()
    if phi:
        parts = asr_phi_parts(c)
    else:
        parts = nonphi_utt(c)[1]
    words = []
    for text, cat in parts:
        for w in text.split():
            words.append((w, cat))
    if len(words) > 14:
        # keep a window that contains the PHI, word-level streaming partial
        idx = [i for i, (_, cc) in enumerate(words) if cc]
        lo = max(0, (idx[0] if idx else 0) - 3)
        words = words[lo:lo + 14]
        if phi:
            assert any(cc for _, cc in words)
    pos = round(random.uniform(3, 600), 2)
    style = random.choice(["dg", "goog", "short"])
    arr = []
    for w, cat in words:
        d = round(random.uniform(0.12, 0.55), 2)
        cf = round(random.uniform(0.55, 0.999), 3)
        if style == "dg":
            arr.append({"word": T(w, cat), "start": pos, "end": round(pos + d, 2), "confidence": cf,
                        "speaker": 1 if phi else 0, "punctuated_word": T(w.capitalize() if cat == "name" else w, cat)})
        elif style == "goog":
            arr.append({"startTime": "%.3fs" % pos, "endTime": "%.3fs" % (pos + d), "word": T(w, cat), "confidence": cf})
        else:
            arr.append({"w": T(w, cat), "s": pos, "e": round(pos + d, 2), "c": cf})
        pos = round(pos + d + random.uniform(0.0, 0.25), 2)
    L.t("%s DEBUG asr-gateway[%d] stream=%s call=%s seq=%d is_final=%s stability=%.2f words=" % (
        iso(t), random.randint(2100, 2190), c.stream, c.cid, random.randint(3, 400),
        random.choice(["true", "false"]), random.uniform(0.5, 0.99)))
    return L.add(js(arr))


def f_diar(c, phi):
    L = Line("diarization-pylog")
    t = pyts(tick())
    if phi:
        p = c.pat
        r = random.random()
        if r < 0.5:
            L.t("%s INFO [diarize.assign] rec=%s spk_1 -> CALLER member=" % (t, c.rec))
            L.t(p["member"], "health_plan")
            L.t(" (voiceprint match) cos=%.3f" % random.uniform(0.8, 0.97))
        else:
            L.t("%s INFO [diarize.assign] rec=%s spk_1 -> CALLER crm_lookup ani=" % (t, c.rec))
            L.t(fmt_phone(c.ani, "e164"), "phone")
            L.t(" name='")
            L.t(caller_name(c), "name")
            L.t("' confidence=crm_exact")
        return L
    r = random.random()
    if r < 0.35:
        L.t("%s INFO [diarize.pipeline] rec=%s call=%s speakers=%d segments=%d speech=%.1fs overlap=%.1fs "
            "der_est=%.3f model=pyannote/speaker-diarization-3.1 device=cuda:%d rtf=%.3f" % (
                t, c.rec, c.cid, random.choice([2, 2, 2, 3]), random.randint(12, 160), c.dur * random.uniform(0.6, 0.9),
                random.uniform(0.2, 14), random.uniform(0.03, 0.14), random.randint(0, 3), random.uniform(0.01, 0.06)))
    elif r < 0.55:
        L.t("%s DEBUG [diarize.cluster] rec=%s spk_%d n_seg=%d dur=%.1fs centroid_norm=%.4f" % (
            t, c.rec, random.randint(0, 1), random.randint(5, 80), random.uniform(10, 600), random.uniform(0.95, 1.0)))
    elif r < 0.78:
        L.t("%s INFO [diarize.assign] rec=%s spk_0 -> AGENT %s (%s) cos=%.3f" % (
            t, c.rec, c.agent[1], c.agent[0], random.uniform(0.7, 0.95)))
    elif r < 0.9:
        L.t("%s WARNING [diarize.vad] rec=%s low SNR %.1f dB on ch1 src=10.40.2.%d:%d" % (
            t, c.rec, random.uniform(4, 11), random.randint(10, 40), random.choice([16384, 16386, 20012, 31240])))
    else:
        L.t("%s INFO [diarize.worker] job=%s queue=diar-gpu picked=1 backlog=%d mem=%.1fGiB" % (
            t, ruuid(), random.randint(0, 40), random.uniform(3, 14)))
    return L


def f_redact(c, phi):
    L = Line("redaction-logfmt")
    base = [("ts", iso(tick()))]
    if phi:
        p = c.pat
        r = random.random()
        if r < 0.4:
            kind, val, cat = random.choice([
                ("PHONE_NUMBER", digits_w(c.ani), "phone"),
                ("DATE_OF_BIRTH", dob_sp(p["dob"]), "date"),
                ("PERSON", asc(p["name"]).lower(), "name"),
                ("US_SSN", digits_w(p["ssn"], "zero"), "ssn"),
                ("ADDRESS", street_sp(p), "address"),
                ("EMAIL", email_sp(p["email"]), "email")])
            L.add(lf(base + [("level", "warn"), ("svc", "pii-redactor"), ("call_id", c.cid),
                              ("utt", random.randint(1, 90)), ("msg", "entity below threshold; left unmasked"),
                              ("type", kind), ("score", "%.2f" % random.uniform(0.21, 0.54)), ("text", T(val, cat))]))
        elif r < 0.75:
            ex = random.choice([
                lambda: S("caller [PII] said her zip is ", (digits_w(p["zip"]), "zip"), " and dob is ***"),
                lambda: S("[PII] calling for my mother ", (asc(p["name"]).lower(), "name")),
                lambda: S("my number is *** and my medicare number is ", (alnum_sp(p["mbi"] or p["member"]), "health_plan")),
                lambda: S("date of birth [PII] member id ", (alnum_sp(p["member"]), "health_plan")),
                lambda: S("yes it's [PII] ", (asc(p["city"]).lower(), "address"), " tennessee" if p["state"] == "TN" else ""),
            ])()
            L.add(lf(base + [("level", "warn"), ("svc", "pii-redactor"), ("call_id", c.cid),
                              ("msg", "audit: unmasked span after redaction"), ("utt", random.randint(1, 90)),
                              ("start", "%.2f" % random.uniform(5, 500)), ("excerpt", ex)]))
        else:
            L.add(lf(base + [("level", "error"), ("svc", "pii-redactor"), ("call_id", c.cid),
                              ("msg", "regex fallback matched after NER miss"), ("pattern", "US_SSN"),
                              ("value", T(p["ssn"], "ssn")), ("action", "masked_in_transcript_only")]))
        return L
    r = random.random()
    if r < 0.35:
        types = ",".join(sorted(random.sample(["NAME", "DOB", "PHONE", "ADDRESS", "MEMBER_ID", "SSN", "EMAIL"], random.randint(2, 5))))
        n = random.randint(2, 14)
        L.add(lf(base + [("level", "info"), ("svc", "pii-redactor"), ("call_id", c.cid), ("rec", c.rec),
                          ("utterances", random.randint(8, 160)), ("entities", n), ("masked", n), ("types", types),
                          ("policy", "hipaa-safe-harbor-v3"), ("latency_ms", random.randint(30, 400))]))
    elif r < 0.7:
        ex = random.choice(["my date of birth is [PII] and the phone is ***",
                            "[PII] [PII] calling about my refill",
                            "yes it's [PII] apartment [PII]",
                            "the member id is *** *** ***",
                            "you can reach me at [PII] after five"])
        L.add(lf(base + [("level", "debug"), ("svc", "pii-redactor"), ("call_id", c.cid),
                          ("utt", random.randint(1, 120)), ("before_len", random.randint(30, 120)),
                          ("after_len", random.randint(20, 80)), ("redacted", ex)]))
    elif r < 0.85:
        L.add(lf(base + [("level", "info"), ("svc", "pii-redactor"), ("msg", "model loaded"),
                          ("model", "deid-roberta-base-v2.4"), ("labels", 18), ("threshold", "0.55"),
                          ("build", "2024-02-27T09:14:03Z"), ("sha", rhex(12))]))
    else:
        L.add(lf(base + [("level", "info"), ("svc", "pii-redactor"), ("call_id", c.cid),
                          ("audio_bleep", "true"), ("bleeped_ms", random.randint(400, 9000)),
                          ("out", "s3://mhp-recordings-redacted/%s/%s.wav" % (c.start.strftime("%Y/%m/%d"), c.rec))]))
    return L


def f_ctr(c, phi):
    L = Line("connect-ctr-lambda")
    t = tick()
    L.t("%s\t%s\tINFO\tCTR received " % (iso(t), ruuid()))
    agent = c.agent
    inst = "arn:aws:connect:us-east-1:%s:instance/%s" % (ACCOUNT, CONNECT_INST)
    init = c.start.strftime("%Y-%m-%dT%H:%M:%SZ")
    disc = (c.start + datetime.timedelta(seconds=c.dur)).strftime("%Y-%m-%dT%H:%M:%SZ")
    attrs = {"queueName": c.queue, "lang": c.lang, "ivrPath": random.choice(["MAIN>2>1", "MAIN>3", "MAIN>1>4", "MAIN>0"])}
    if phi:
        p = c.pat
        extra = random.choice(["member", "dob", "zip", "name", "pid", "none"])
        if extra == "member":
            attrs["memberId"] = T(p["member"], "health_plan")
            attrs["authMethod"] = "MEMBER_ID_DOB"
        elif extra == "dob":
            attrs["callerDOB"] = T(p["dob"].isoformat(), "date")
            attrs["authResult"] = "PASS"
        elif extra == "zip":
            attrs["authZip"] = T(p["zip"], "zip")
        elif extra == "name":
            attrs["crmName"] = T(caller_name(c), "name")
        elif extra == "pid":
            attrs["ehrPatientId"] = T(p["pid"], "mrn")
            attrs["crmMatch"] = "true"
        cust = {"Address": T(fmt_phone(c.ani, "e164"), "phone"), "Type": "TELEPHONE_NUMBER"}
        method = "INBOUND"
    else:
        r = random.random()
        if r < 0.5:
            doc_phone = "615555" + random.choice(["0177", "0180", "0191"])
            attrs = {"callType": "PROVIDER_OUTREACH", "npi": c.doc[1], "campaign": "PA-followup-Q1"}
            cust = {"Address": "+1" + doc_phone, "Type": "TELEPHONE_NUMBER"}
            method = "OUTBOUND"
        else:
            cust = None
            method = "TRANSFER"
    obj = {"AWSAccountId": ACCOUNT, "AWSContactTraceRecordFormatVersion": "2017-03-10",
           "Agent": {"ARN": inst + "/agent/" + ruuid(), "AfterContactWorkDuration": random.randint(0, 180),
                     "AgentInteractionDuration": random.randint(30, c.dur), "CustomerHoldDuration": random.randint(0, 120),
                     "Username": agent[3], "NumberOfHolds": random.randint(0, 3)},
           "Attributes": attrs, "Channel": "VOICE", "ContactId": c.contact_id,
           "CustomerEndpoint": cust, "DisconnectReason": random.choice(["CUSTOMER_DISCONNECT", "AGENT_DISCONNECT"]),
           "DisconnectTimestamp": disc, "InitialContactId": None, "InitiationMethod": method,
           "InitiationTimestamp": init, "InstanceARN": inst,
           "Queue": {"ARN": inst + "/queue/" + ruuid(), "Duration": random.randint(5, 900), "Name": c.queue},
           "Recording": {"Location": "mhp-connect-recordings/connect/mhp/CallRecordings/%s/%s_%s_UTC.wav" % (
               c.start.strftime("%Y/%m/%d"), c.contact_id, c.start.strftime("%Y%m%dT%H:%M")),
               "Status": "AVAILABLE", "Type": "AUDIO"},
           "SystemEndpoint": {"Address": "+1" + c.dnis, "Type": "TELEPHONE_NUMBER"}}
    return L.add(js(obj))


def f_cdr(c, phi):
    L = Line("cdr-csv")
    t = tick()
    ring, talk, hold = random.randint(2, 40), random.randint(20, c.dur), random.randint(0, 200)
    if phi:
        ani = T(random.choice([c.ani, "1" + c.ani, "+1" + c.ani]), "phone")
        direction, dnis, disp = "IN", c.dnis, random.choice(["ANSWERED", "ANSWERED", "ABANDONED", "TRANSFERRED"])
    else:
        r = random.random()
        if r < 0.4:
            direction, ani, dnis, disp = "OUT", c.agent[2], "1615555" + random.choice(["0177", "0180", "0191"]), "ANSWERED"
        elif r < 0.7:
            direction, ani, dnis, disp = "IN", random.choice(["RESTRICTED", "ANONYMOUS", "UNAVAILABLE"]), c.dnis, "ANSWERED"
        else:
            direction, ani, dnis, disp = "INT", c.agent[2], random.choice(AGENTS)[2], "TRANSFERRED"
    L.add([(t.strftime("%Y-%m-%d,%H:%M:%S,") + c.cid + "," + direction + ",", None)])
    L.add(lfv_csv(ani))
    L.t(",%s,%s,%s,%d,%d,%d,%s,%s" % (dnis, c.agent[2], c.queue, ring, talk, hold, disp, c.rec))
    return L


def lfv_csv(v):
    if isinstance(v, T):
        return [(v.v, v.cat)]
    return [(str(v), None)]


def f_qa(c, phi):
    L = Line("qa-eval-json")
    t = tick()
    ev = random.choice(EVALUATORS)
    sc = {"greeting": random.choice([5, 10]), "verification": random.choice([0, 10, 20]),
          "empathy": random.choice([5, 7.5, 10]), "resolution": random.choice([10, 15, 20]),
          "compliance": random.choice([0, 20])}
    total = sum(sc.values()) * 100 / 80
    obj = {"eval_id": "QA-%s-%05d" % (t.strftime("%y%m"), random.randint(1, 99999)), "call_id": c.cid,
           "agent": {"id": c.agent[1], "name": c.agent[0], "ext": c.agent[2]},
           "evaluator": ev[0], "evaluator_email": ev[1], "form": "HIPAA-Verify-v2",
           "scores": sc, "total": round(min(total, 100.0), 1), "auto_fail": sc["compliance"] == 0,
           "sentiment": {"caller_start": round(random.uniform(-0.9, 0.3), 2), "caller_end": round(random.uniform(-0.4, 0.9), 2),
                         "agent_avg": round(random.uniform(0.1, 0.8), 2)},
           "talk_ratio": round(random.uniform(0.3, 0.7), 2), "silence_pct": round(random.uniform(2, 18), 1),
           "dead_air_max_s": round(random.uniform(1, 40), 1), "scored_at": iso(t)}
    if phi:
        p = c.pat
        r = random.random()
        if r < 0.35:
            obj["comments"] = S("Agent verified DOB ", (dob_fmt(p["dob"], "us0"), "date"),
                                " but did not confirm address on file; caller gave ", (digits_w(c.ani), "phone"), " as callback.")
        elif r < 0.6:
            obj["comments"] = S("Disclosed info to ", (p["contact"]["name"] if p["contact"] else caller_name(c), "name"),
                                " without checking the authorized rep list for member ", (p["member"], "health_plan"), ".")
        elif r < 0.8 and p["age"] > 89:
            obj["comments"] = S("Good patience with a ", (str(p["age"]), "age"), "-year-old caller, repeated info clearly.")
        else:
            obj["customer"] = {"name": T(caller_name(c), "name"), "ani": T(fmt_phone(c.ani, "dash"), "phone")}
    else:
        obj["comments"] = random.choice(["Did not use approved closing.", "Excellent de-escalation.",
                                         "Hold exceeded 2 min without check-in (hold 3:41).",
                                         "Verified 2 identifiers per policy.", ""])
    return L.t("qa-scoring ").add(js(obj, sep=(", ", ": ")))


def f_lens(c, phi):
    L = Line("contact-lens-segment")
    t = tick()
    b = random.randint(2000, 600000)
    if phi:
        p = c.pat
        d = p["dob"]
        opts = [
            lambda: [X("My date of birth is "), X("%s %s, %d" % (MONTHS[d.month - 1].capitalize(), ordsuf(d.day), d.year), "date"), X(".")],
            lambda: [X("It's "), X(fmt_phone(c.ani, "dash"), "phone"), X(".")],
            lambda: [X("Yes, this is "), X(asc(caller_name(c)), "name"), X(".")],
            lambda: [X("It's "), X("%d %s %s" % (p["house"], p["sname"], SUFFIX_W[p["ssuf"]].capitalize()), "address"),
                     X(", "), X(p["city"], "address"), X(".")],
            lambda: [X("My member ID is "), X(p["member"], "health_plan"), X(".")],
            lambda: [X("The email is "), X(p["email"], "email"), X(".")],
            lambda: [X("Zip code "), X(p["zip"], "zip"), X(".")],
            lambda: [X("I'm calling about the appointment on "), X("%s %s" % (MONTHS[c.appt.month - 1].capitalize(), ordsuf(c.appt.day)), "date"), X(".")],
        ]
        if p["age"] > 89:
            opts.append(lambda: [X("I'm "), X(str(p["age"]), "age"), X(", I don't do computers.")])
        parts = random.choice(opts)()
        role = "CUSTOMER"
        red = None
    else:
        txt = random.choice(["My date of birth is [PII].", "Sure, it's [PII].", "Thank you, one moment please.",
                             "Can you confirm the address on file?", "Your refill will be ready in two business days.",
                             "I'm calling because my claim was denied.", "Yeah, it's [PII], apartment [PII]."])
        role = "AGENT" if txt.startswith(("Thank you", "Can you", "Your refill")) else "CUSTOMER"
        parts = [X(txt)]
        red = {"RedactedTimestamps": [{"BeginOffsetMillis": b + 900, "EndOffsetMillis": b + 2100}]} if "[PII]" in parts[0][0] else None
    seg = {"BeginOffsetMillis": b, "Content": S(*parts), "EndOffsetMillis": b + random.randint(800, 7000),
           "Id": ruuid(), "ParticipantId": role, "Sentiment": random.choice(["NEUTRAL", "NEUTRAL", "NEGATIVE", "POSITIVE"]),
           "LoudnessScore": [round(random.uniform(60, 85), 2) for _ in range(3)]}
    if red:
        seg["Redaction"] = red
    obj = {"Version": "1.1.0", "AccountId": ACCOUNT, "Channel": "VOICE", "ContactId": c.contact_id,
           "LanguageCode": "en-US", "Transcript": [seg]}
    L.t("%s INFO cl_ingest: segment " % pyts(t))
    return L.add(js(obj))


def summary_phi(c):
    p = c.pat
    a = c.agent[0]
    nm = random.choice([p["name"], asc(p["name"])])
    d = p["dob"]
    dobs = dob_fmt(d, random.choice(["us", "us0", "long", "iso"]))
    age_seg = X(str(p["age"]), "age" if p["age"] > 89 else None)
    doc = "Dr. " + c.doc[0]
    tpls = [
        lambda: [X("Caller "), X(nm, "name"), X(" (DOB "), X(dobs, "date"), X(") called regarding a refill of %s. Agent %s confirmed the pharmacy on file at %s and advised the refill will be ready in 2 business days. Callback number " % (c.drug, a, PHARMACY_ADDR)),
                 X(fmt_phone(c.ani, random.choice(["paren", "dash", "dot"])), "phone"), X(".")],
        lambda: [X(nm, "name"), X(", a "), age_seg, X("-year-old member (ID "), X(p["member"], "health_plan"),
                 X("), reported that the CPAP (serial "), X(p["cpap"], "device"),
                 X(") is alarming overnight. %s opened DME ticket INC%s and transferred to the nurse line, ext 4471." % (a, rdig(7)))],
        lambda: [X("The member's %s, " % (p["contact"]["rel"] if p["contact"] else "daughter")),
                 X(p["contact"]["name"] if p["contact"] else random.choice(REL_FIRST) + " " + p["last"], "name"),
                 X(", called on behalf of "), X(nm, "name"), X(" (MRN "), X(p["mrn"], "mrn"),
                 X(") to reschedule the "), X(dob_fmt(c.dos, "us0"), "date"),
                 X(" appointment with %s. New appointment set for " % doc), X(dob_fmt(c.appt, "long"), "date"),
                 X(" at 10:30 AM at %s." % PHARMACY_ADDR)],
        lambda: [X("Caller "), X(nm, "name"), X(" disputed a $%d.%02d balance on billing account " % (random.randint(20, 900), random.randint(0, 99))),
                 X(p["acct"], "account"), X(" for date of service "), X(dob_fmt(c.dos, "us"), "date"),
                 X(". Agent verified the address "), X("%d %s %s" % (p["house"], p["sname"], p["ssuf"]) + (" Apt " + p["apt"] if p["apt"] else ""), "address"),
                 X(", "), X(p["city"], "address"), X(", %s " % p["state"]), X(p["zip"], "zip"),
                 X(" and email "), X(p["email"], "email"), X(". Escalated to billing; grievance case "), X(p["grv"], "other_id"),
                 X(" opened. Billing callback within 3-5 business days at %s." % LOCAL_MAIN)],
        lambda: [X("Member "), X(nm, "name"), X(" asked about mileage reimbursement for their own vehicle (plate "),
                 X(p["plate"], "vehicle"), X(", VIN "), X(p["vin"], "vehicle"),
                 X(") used for dialysis transport. Agent %s explained the 0.21/mile NEMT rate and mailed form MR-12 to %s for reference." % (a, COMPANY_ADDR))],
        lambda: [X("Caller identified as "), X(nm, "name"), X(" and provided SSN "), X(p["ssn"], "ssn"),
                 X(" unprompted; agent advised that SSN is not required and noted the disclosure. Call length 00:%02d:%02d." % (random.randint(2, 25), random.randint(0, 59)))],
        lambda: [X("Caller "), X(nm, "name"), X(", age "), age_seg, X(", DOB "), X(dobs, "date"),
                 X(", asked to be mailed a replacement ID card; agent %s confirmed plan Gold PPO, group %s, and no change of address." % (a, "00" + rdig(4)))],
        lambda: [X("Patient "), X(nm, "name"), X(" requested that lab results from "), X(dob_fmt(c.dos, "us0"), "date"),
                 X(" be faxed to the member's home fax "), X(fmt_phone(p["fax"] or p["phone_d"], "paren"), "fax"),
                 X("; agent noted clinic fax %s is for providers only." % CLINIC_FAX)],
        lambda: [X("Caller "), X(nm, "name"), X(" was verified using driver's license "), X(p["dl"], "license"),
                 X(" (%s) for in-person pickup at %s. Pickup window %s." % (p["state"], PHARMACY_ADDR, random.choice(["9-11 AM", "1-4 PM"])))],
        lambda: [X("Llamada en español. "), X(nm, "name"), X(" (fecha de nacimiento "), X(dob_fmt(d, "us0"), "date"),
                 X(") solicitó resurtido de %s; agente %s confirmó entrega a domicilio en " % (c.drug, a)),
                 X("%d %s %s" % (p["house"], p["sname"], p["ssuf"]), "address"), X(", "), X(p["city"], "address"), X(".")],
    ]
    rare = [tpls[4], tpls[8]] + ([tpls[7]] if p["fax"] else []) + ([tpls[6], tpls[1]] if p["age"] > 89 else [])
    if p["mbi"]:
        tpls.append(lambda: [X(nm, "name"), X(" (Medicare MBI "), X(p["mbi"], "health_plan"),
                             X(") asked whether %s requires prior authorization. Agent %s submitted PA request PA-%s to %s (NPI %s)." % (c.drug, a, rdig(8), doc, c.doc[1]))])
    if p["lang"] == "es":
        tpls.append(tpls.pop(9))
    else:
        tpls.pop(9)
    if not p["fax"]:
        tpls.pop(7)
    if p["curp"]:
        tpls.append(lambda: [X("Caller "), X(nm, "name"), X(" provided Mexican CURP "), X(p["curp"], "other_id"),
                             X(" to update identity documents; agent %s routed to enrollment (queue MEMBER_SVCS)." % a)])
        rare.append(tpls[-1])
    if random.random() < 0.3:
        return random.choice(rare)()
    return random.choice(tpls)()


SUMMARY_NONPHI = [
    "Caller asked for pharmacy hours and the mailing address; agent {a} provided " + COMPANY_ADDR + " and main line 1-800-555-0199. No identity verification performed.",
    "Caller [PII] (DOB [PII]) requested a refill of {drug}; agent {a} confirmed it will ship in 2 business days. Tracking 1Z999AA10123456784 provided.",
    "Provider office for {doc} called to check status of PA request; agent {a} confirmed approval. Fax confirmation sent to " + CLINIC_FAX + ".",
    "Caller hung up during IVR authentication after 00:01:12. No account accessed.",
    "Caller asked about copay for a specialist visit ($40) under the Gold PPO plan, group 004417. General benefits information only.",
    "Agent {a} transferred caller to the nurse line (ext 4471) for symptom triage; no PHI recorded in summary per policy.",
]


def f_summary(c, phi):
    L = Line("llm-summary-logback")
    t = tick()
    L.t("%s INFO  [summary-worker-%d] c.m.sa.summary.SummaryService - call=%s model=%s tokens_in=%d tokens_out=%d latency_ms=%d summary=" % (
        dotts(t), random.randint(1, 6), c.cid, random.choice(["gpt-4o-2024-08-06", "gpt-4o-mini-2024-07-18", "claude-3-haiku-20240307"]),
        random.randint(800, 9000), random.randint(60, 260), random.randint(700, 6000)))
    if phi:
        parts = summary_phi(c)
    else:
        parts = [X(random.choice(SUMMARY_NONPHI).format(a=c.agent[0], drug=c.drug, doc="Dr. " + c.doc[0]))]
    return L.add(quoted(parts))


def f_summary_json(c, phi):
    L = Line("llm-summary-json")
    t = tick()
    if phi:
        p = c.pat
        ents = {}
        keys = random.sample(["caller_name", "dob", "callback_number", "member_id", "address", "email", "mrn", "drivers_license"], random.randint(2, 4))
        for k in keys:
            if k == "caller_name":
                ents["caller_name"] = T(caller_name(c), "name")
            elif k == "dob":
                ents["dob"] = T(dob_fmt(p["dob"], "iso"), "date")
            elif k == "callback_number":
                ents["callback_number"] = T(fmt_phone(c.ani, "dash"), "phone")
            elif k == "member_id":
                ents["member_id"] = T(p["member"], "health_plan")
            elif k == "address":
                ents["address"] = {"street": T("%d %s %s" % (p["house"], p["sname"], p["ssuf"]), "address"),
                                   "city": T(p["city"], "address"), "state": p["state"], "zip": T(p["zip"], "zip")}
            elif k == "email":
                ents["email"] = T(p["email"], "email")
            elif k == "mrn":
                ents["mrn"] = T(p["mrn"], "mrn")
            elif k == "drivers_license":
                ents["drivers_license"] = {"number": T(p["dl"], "license"), "state": p["state"]}
        if p["age"] > 89:
            ents["age"] = T(p["age"], "age")
        summ = S(*summary_phi(c)) if random.random() < 0.5 else "Refill request handled; see entities."
        if isinstance(summ, str) and not ents:
            ents["caller_name"] = T(caller_name(c), "name")
    else:
        ents = {}
        summ = random.choice(SUMMARY_NONPHI).format(a=c.agent[0], drug=c.drug, doc="Dr. " + c.doc[0])
    obj = {"call_id": c.cid, "recording_id": c.rec, "model": "gpt-4o-mini-2024-07-18", "prompt_version": "sum-v14",
           "summary": summ, "disposition": random.choice(["REFILL_REQUEST", "BILLING_DISPUTE", "APPT_CHANGE", "BENEFITS_QUESTION", "DME_ISSUE"]),
           "follow_up": random.choice([True, False]), "entities": ents,
           "sentiment": random.choice(["negative", "neutral", "positive"]), "confidence": round(random.uniform(0.5, 0.97), 2),
           "generated_at": iso(t)}
    return L.add(js(obj, sep=(", ", ": ")))


def f_index(c, phi):
    L = Line("search-index")
    t = tick()
    idx = "call-transcripts-" + c.start.strftime("%Y.%m.%d")
    node = "os-data-%d" % random.randint(1, 4)
    if phi:
        p = c.pat
        r = random.random()
        if r < 0.35:
            L.t("%s[DEBUG][o.o.a.b.TransportShardBulkAction] [%s] [%s][%d] failed to execute bulk item (index) index {[%s][_doc][%s], source[" % (
                ests(t), node, idx, random.randint(0, 2), idx, c.rec))
            src = {"call_id": c.cid, "patient_name": T(p["name"], "name"), "caller_dob": T(dob_fmt(p["dob"], "us0"), "date"),
                   "queue": c.queue, "agent_id": c.agent[1], "duration_s": c.dur}
            if p["age"] > 89:
                src["patient_age"] = T(p["age"], "age")
            L.add(js(src))
            L.t("]}")
        elif r < 0.55:
            L.t("%s[DEBUG][o.o.a.b.TransportShardBulkAction] [%s] [%s][%d] MapperParsingException[failed to parse field [caller_dob] of type [date] in document with id '%s'. Preview of field's value: '" % (
                ests(t), node, idx, random.randint(0, 2), c.rec))
            L.t(dob_fmt(p["dob"], random.choice(["us0", "us", "long"])), "date")
            L.t("']; nested: IllegalArgumentException[failed to parse date field with format [strict_date_optional_time||epoch_millis]]")
        else:
            doc = {"caller_name": T(caller_name(c), "name"),
                   "caller_ani": T(fmt_phone(c.ani, "e164"), "phone"),
                   "member_id": T(p["member"], "health_plan"), "agent": c.agent[3], "queue": c.queue,
                   "summary_excerpt": S("Caller ", (caller_name(c), "name"), " asked about %s" % c.drug)}
            if random.random() < 0.4:
                doc["caller_email"] = T(p["email"], "email")
            L.t("%s DEBUG transcript-indexer upsert index=%s id=%s doc=" % (iso(t), idx, c.rec))
            # Python json.dumps default (ensure_ascii): non-ASCII names appear as \\uXXXX escapes
            L.add(js(doc, sep=(", ", ": "), ea=True))
        return L
    r = random.random()
    if r < 0.2:
        L.t("%s[INFO ][o.o.c.m.MetadataMappingService] [%s] [%s/%s] update_mapping [_doc]" % (
            ests(t), node, idx, base64.urlsafe_b64encode(bytes(random.getrandbits(8) for _ in range(16))).decode()[:22]))
    elif r < 0.35:
        L.t("%s[INFO ][o.o.c.m.MetadataCreateIndexService] [%s] [%s] creating index, cause [auto(bulk api)], templates [call-transcripts], shards [3]/[1]" % (
            ests(t), node, idx))
    elif r < 0.7:
        L.t("%s INFO transcript-indexer bulk index=%s docs=%d bytes=%d took_ms=%d errors=false seq_no_max=%d" % (
            iso(t), idx, random.randint(1, 500), random.randint(4000, 3000000), random.randint(5, 900), random.randint(10000, 999999)))
    elif r < 0.85:
        L.t("%s INFO transcript-indexer refresh index=%s took_ms=%d pending=%d" % (iso(t), idx, random.randint(3, 80), random.randint(0, 50)))
    else:
        L.t("%s INFO (qtp%d-%d) [c:transcripts s:shard1 r:core_node3 x:transcripts_shard1_replica_n1] o.a.s.u.p.LogUpdateProcessorFactory [transcripts_shard1_replica_n1]  webapp=/solr path=/update params={wt=javabin&version=2}{add=[%s (%d)]} 0 %d" % (
            dotts(t), random.randint(100000000, 999999999), random.randint(10, 99), c.rec, random.randint(10 ** 18, 10 ** 19 - 1), random.randint(3, 90)))
    return L


def f_vbio(c, phi):
    L = Line("voice-biometrics")
    t = tick()
    pid = random.randint(3000, 3999)
    if phi:
        p = c.pat
        r = random.random()
        if r < 0.4:
            L.t("%s INFO vbio-engine[%d]: ENROLL call=%s member_id=" % (iso(t), pid, c.cid))
            L.t(p["member"], "health_plan")
            L.t(" vp_id=%s net_speech=%.1fs snr=%.1fdB fmt=xv512f16 template=" % (ruuid(), random.uniform(18, 45), random.uniform(12, 30)))
            L.t(b64_blob(random.randint(120, 220), b"XV5\x01"), "biometric")
        elif r < 0.7:
            L.t("%s INFO vbio-engine[%d]: VERIFY call=%s claimed=" % (iso(t), pid, c.cid))
            L.t(p["member"], "health_plan")
            L.t(" score=%.3f threshold=0.800 decision=ACCEPT net_speech=%.1fs" % (random.uniform(0.8, 0.99), random.uniform(8, 30)))
        else:
            obj = {"event": "voiceprint.enrolled", "ts": iso(t), "callId": c.cid,
                   "subject": {"memberId": T(p["member"], "health_plan"), "displayName": T(p["name"], "name")},
                   "voiceprint": {"format": "nuance-vp-v7", "sampleRate": 8000,
                                  "data": T(b64_blob(random.randint(100, 200), b"NVP7"), "biometric")}}
            L.t("vbio-events ").add(js(obj))
        return L
    r = random.random()
    if r < 0.45:
        L.t("%s INFO vbio-engine[%d]: VERIFY call=%s vp_id=%s score=%.3f threshold=0.800 decision=REJECT reason=NET_SPEECH_TOO_SHORT(%.1fs)" % (
            iso(t), pid, c.cid, ruuid(), random.uniform(0.2, 0.6), random.uniform(2, 7)))
    elif r < 0.7:
        L.t("%s INFO vbio-engine[%d]: model loaded name=vb-xvector-2024.02.1 dims=512 load_ms=%d gpu=0" % (iso(t), pid, random.randint(300, 1500)))
    else:
        L.t("%s INFO vbio-engine[%d]: FRAUD_WATCHLIST check call=%s hits=0 list_version=2024-03-01 entries=%d" % (
            iso(t), pid, c.cid, random.randint(200, 1500)))
    return L


def f_screenpop(c, phi):
    L = Line("cti-screenpop")
    t = tick()
    L.t("%s [cti-connector] INFO  ScreenPop - " % dotts(t))
    if phi:
        p = c.pat
        rec = {"Id": "003" + "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(12)),
               "patientName": T(p["name"], "name"),
               "dateOfBirth": T(p["dob"].isoformat(), "date")}
        pool = ["mrn", "pid", "phone", "addr", "email", "user", "age", "fax", "medicaid", "photo", "url", "dme"]
        keys = random.sample(pool, random.randint(2, 4))
        if "photo" not in keys and random.random() < 0.25:
            keys.append("photo")
        if p["age"] > 89 and "age" not in keys:
            keys.insert(0, "age")
        for k in keys:
            if k == "mrn":
                rec["mrn"] = T(p["mrn"], "mrn")
            elif k == "pid":
                rec["patientId"] = T(p["pid"], "mrn")
            elif k == "phone":
                rec["homePhone"] = T(fmt_phone(p["phone_d"], "paren"), "phone")
            elif k == "addr":
                rec["mailingStreet"] = T("%d %s %s" % (p["house"], p["sname"], p["ssuf"]), "address")
                rec["mailingCity"] = T(p["city"], "address")
                rec["mailingState"] = p["state"]
                rec["mailingPostalCode"] = T(p["zip"], "zip")
            elif k == "email":
                rec["email"] = T(p["email"], "email")
            elif k == "user":
                rec["portalUsername"] = T(p["user"], "other_id")
            elif k == "age":
                rec["age"] = T(p["age"], "age") if p["age"] > 89 else p["age"]
            elif k == "fax" and p["fax"]:
                rec["homeFax"] = T(fmt_phone(p["fax"], "dash"), "fax")
            elif k == "medicaid" and p["medicaid"]:
                rec["medicaidId"] = T(p["medicaid"], "health_plan")
            elif k == "dme":
                rec["dmeSerial"] = T(random.choice([p["cpap"], p["pump"]]), "device")
            elif k == "photo":
                if random.random() < 0.7:
                    rec["photoUrl"] = T("data:image/jpeg;base64," + b64_blob(random.randint(90, 200), JPEG_HDR), "photo")
                else:
                    rec["photoUrl"] = T("data:image/png;base64," + b64_blob(random.randint(90, 160), PNG_HDR), "photo")
            elif k == "url":
                rec["portalProfileUrl"] = T("https://portal.meridianhp.com/members/%s/profile" % p["user"], "url")
        payload = {"event": "screenPop", "callId": c.cid, "agentId": c.agent[1], "ani": T(fmt_phone(c.ani, "e164"), "phone"),
                   "dnis": "+1" + c.dnis, "layout": "PatientConsole_v4", "record": rec}
        L.t("payload=")
        return L.add(js(payload))
    r = random.random()
    if r < 0.5:
        L.t("rendered layout=PatientConsole_v4 agent=%s callId=%s latency_ms=%d sfdc_api_calls=%d" % (
            c.agent[1], c.cid, random.randint(80, 900), random.randint(1, 6)))
    elif r < 0.75:
        L.t("lookup key=ANI callId=%s matches=0 fallback=NewContactForm agent=%s" % (c.cid, c.agent[1]))
    else:
        L.t("session refresh ok org=00D5f000000KxQz user=%s@meridianhp.com token_ttl=7200" % c.agent[3])
    return L


def f_sip(c, phi):
    L = Line("sip-sbc")
    t = tick()
    r = random.random()
    if phi:
        if r < 0.5:
            L.t("%s sbc-edge-0%d /usr/sbin/kamailio[%d]: NOTICE: <script>: INVITE ru=sip:+1%s@10.20.4.11:5060 fu=sip:" % (
                sysl(t), random.randint(1, 2), random.randint(2200, 2299), c.dnis))
            L.t(random.choice(["+1", ""]) + c.ani, "phone")
            L.t("@10.20.0.5 ci=%s src=10.20.0.5:5060" % c.sipci)
        else:
            L.t("%s.%06d [NOTICE] switch_channel.c:1118 New Channel sofia/external/" % (t.strftime("%Y-%m-%d %H:%M:%S"), random.randint(0, 999999)))
            L.t("+1" + c.ani, "phone")
            L.t("@10.20.0.5 [%s]" % ruuid())
        return L
    if r < 0.3:
        L.t("%s sbc-edge-0%d /usr/sbin/kamailio[%d]: INFO: <script>: OPTIONS from 10.20.0.%d:5060 replied 200 OK" % (
            sysl(t), random.randint(1, 2), random.randint(2200, 2299), random.randint(2, 9)))
    elif r < 0.5:
        L.t("%s sbc-edge-0%d /usr/sbin/kamailio[%d]: NOTICE: <script>: BYE ci=%s reason=Q.850;cause=16;text=\"Normal call clearing\"" % (
            sysl(t), random.randint(1, 2), random.randint(2200, 2299), c.sipci))
    elif r < 0.75:
        L.t("%s media-0%d rtpengine[%d]: INFO: [%s]: Final packet stats: SSRC %s: %d packets, %d bytes, %d lost, jitter %dms, MOS %.1f" % (
            sysl(t), random.randint(1, 3), random.randint(1100, 1199), c.sipci, "0x" + rhex(8), random.randint(2000, 70000),
            random.randint(300000, 11000000), random.randint(0, 40), random.randint(0, 18), random.uniform(3.6, 4.4)))
    else:
        L.t("%s.%06d [NOTICE] switch_channel.c:4052 Hangup sofia/internal/%s@10.20.4.30 [CS_EXCHANGE_MEDIA] [NORMAL_CLEARING]" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), random.randint(0, 999999), c.agent[2]))
    return L


def f_notify(c, phi):
    L = Line("notify-svc")
    t = tick()
    if phi:
        p = c.pat
        r = random.random()
        if r < 0.45:
            L.t("%s INFO notify-svc sms.queued sid=SM%s to=" % (iso(t), rhex(32)))
            L.t(fmt_phone(p["phone_d"], "e164"), "phone")
            L.t(" from=+1%s template=appt_reminder_v2 body=" % c.dnis)
            L.add(quoted([X("Hi "), X(p["first"], "name"), X(", reminder: your appointment is "),
                          X(dob_fmt(c.appt, "us0"), "date"), X(" at 10:30 AM, %s. Reply C to confirm, R to reschedule." % PHARMACY_ADDR)]))
        elif r < 0.8:
            L.t("%s INFO notify-svc email.sent msg_id=<%s@mail.meridianhp.com> to=" % (iso(t), rhex(16)))
            L.t(p["email"], "email")
            L.t(" from=noreply@meridianhp.com subject=\"Your call summary\" link=")
            L.t("https://portal.meridianhp.com/members/%s/messages/%d" % (p["user"], random.randint(10000, 99999)), "url")
        else:
            L.t("%s INFO notify-svc sms.queued sid=SM%s to=" % (iso(t), rhex(32)))
            L.t(fmt_phone(c.ani, "e164"), "phone")
            L.t(" template=pay_link body=")
            L.add(quoted([X("Pay your balance securely: "),
                          X("https://pay.meridianhp.com/p?acct=%s&name=%s" % (p["acct"], asc(p["first"]) + "%20" + asc(p["last"]).replace(" ", "%20")), "url")]))
        return L
    r = random.random()
    if r < 0.5:
        L.t("%s INFO notify-svc sms.status sid=SM%s status=%s error_code= price=-0.00790 price_unit=USD segments=%d" % (
            iso(t), rhex(32), random.choice(["delivered", "sent", "undelivered"]), random.randint(1, 3)))
    elif r < 0.75:
        L.t("%s INFO notify-svc email.sent msg_id=<%s@mail.meridianhp.com> to=qa-alerts@meridianhp.com from=noreply@meridianhp.com subject=\"QA auto-fail: %s\"" % (
            iso(t), rhex(16), c.cid))
    else:
        L.t("%s WARN notify-svc smtp relay slow host=smtp-relay.meridianhp.internal:587 rtt_ms=%d queue_depth=%d" % (
            iso(t), random.randint(800, 5000), random.randint(0, 90)))
    return L


def f_webcb(c, phi):
    L = Line("web-callback")
    t = tick()
    if phi:
        p = c.pat
        r = random.random()
        if r < 0.35:
            L.t(p["ip"], "ip")
            L.t(" - - [%s] \"POST /api/v2/callbacks HTTP/1.1\" 201 %d \"https://www.meridianhp.com/contact-us\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1\" rt=%.3f" % (
                clf(t), random.randint(60, 120), random.uniform(0.02, 0.4)))
        elif r < 0.7:
            L.add(lf([("ts", iso(t)), ("level", "info"), ("svc", "callback-api"), ("msg", "callback created"),
                      ("callback_id", "cb_" + rhex(10)), ("queue", c.queue), ("phone", T(fmt_phone(c.ani, "e164"), "phone")),
                      ("member_id", T(p["member"], "health_plan")), ("client_ip", T(p["ip"], "ip")),
                      ("window", "14:00-16:00")]))
        else:
            L.t("%s INFO mobile-bff POST /v1/callback 201 app=MHP-iOS/5.12.0 device_imei=" % iso(t))
            L.t(p["imei"], "device")
            L.t(" member=")
            L.t(p["member"], "health_plan")
            L.t(" req_id=%s" % ruuid())
        return L
    r = random.random()
    if r < 0.45:
        L.t("10.20.8.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" rt=0.00%d" % (
            random.randint(2, 60), clf(t), random.randint(1, 9)))
    elif r < 0.75:
        L.add(lf([("ts", iso(t)), ("level", "info"), ("svc", "callback-api"), ("msg", "callback dispatched"),
                  ("callback_id", "cb_" + rhex(10)), ("queue", c.queue), ("position", random.randint(1, 12)),
                  ("ewt_s", random.randint(30, 1200))]))
    else:
        L.t("172.%d.%d.%d - - [%s] \"GET /api/v2/queues/%s/ewt HTTP/1.1\" 200 %d \"-\" \"Go-http-client/1.1\" rt=%.3f" % (
            random.randint(16, 31), random.randint(0, 255), random.randint(1, 254), clf(t), c.queue, random.randint(30, 90), random.uniform(0.001, 0.05)))
    return L


def f_ivr(c, phi):
    L = Line("ivr-node")
    t = tick()
    pre = "%s IVR[ivr-app-0%d] call=%s " % (iso(t), random.randint(1, 4), c.cid)
    L.t(pre)
    if phi:
        p = c.pat
        r = random.random()
        if r < 0.3:
            L.t("node=AuthDOB input_mode=dtmf value=")
            L.t(dob_fmt(p["dob"], "dtmf"), "date")
            L.t(" result=MATCH attempts=%d" % random.randint(1, 2))
        elif r < 0.5:
            L.t("node=AuthMember input_mode=%s value=" % random.choice(["dtmf", "speech"]))
            L.t(p["member"], "health_plan")
            L.t(" result=MATCH")
        elif r < 0.65:
            L.t("node=BillingAcct input_mode=dtmf value=")
            L.t(p["acct"].replace("ACCT-", ""), "account")
            L.t(" balance=%d.%02d" % (random.randint(0, 900), random.randint(0, 99)))
        elif r < 0.8:
            L.t("node=PayAuthorize gw=payeezy resp_code=100 echo_card=")
            L.t(p["card"], "account")
            L.t(" exp=%02d%02d amount=%d.%02d" % (random.randint(1, 12), random.randint(25, 29), random.randint(5, 400), random.randint(0, 99)))
        else:
            L.t("node=AuthZip input_mode=dtmf value=")
            L.t(p["zip"], "zip")
            L.t(" result=%s" % random.choice(["MATCH", "NO_MATCH"]))
        return L
    r = random.random()
    if r < 0.3:
        L.t("node=MainMenu prompt=welcome_%s_v7 dtmf=%d next=%s" % (c.lang, random.randint(1, 4), c.queue))
    elif r < 0.5:
        L.t("node=PayCollectCard value=************%s masked=true pci_mode=on" % rdig(4))
    elif r < 0.7:
        L.t("node=Transfer target=%s ewt=%ds skill=%s" % (c.queue, random.randint(10, 900), c.queue.lower()))
    elif r < 0.85:
        L.t("node=SpeechRec grammar=yesno utterance=\"%s\" conf=%.2f" % (random.choice(["yes", "no", "yeah", "representative"]), random.uniform(0.4, 0.99)))
    else:
        L.t("node=AuthDOB input_mode=dtmf value=******** result=NO_MATCH attempts=3 action=ROUTE_AGENT")
    return L


FAMS = {
    "asr_utt": (f_asr_utt, 30, 24), "asr_words": (f_asr_words, 14, 9), "diar": (f_diar, 5, 20),
    "redact": (f_redact, 14, 18), "ctr": (f_ctr, 14, 7), "cdr": (f_cdr, 10, 10), "qa": (f_qa, 8, 18),
    "lens": (f_lens, 12, 10), "summary": (f_summary, 28, 12), "summary_json": (f_summary_json, 10, 6),
    "index": (f_index, 12, 24), "vbio": (f_vbio, 10, 10), "screenpop": (f_screenpop, 13, 8),
    "sip": (f_sip, 10, 22), "notify": (f_notify, 12, 10), "webcb": (f_webcb, 12, 12), "ivr": (f_ivr, 14, 16),
}


def main():
    flags = [True] * N_PHI + [False] * (N_LINES - N_PHI)
    random.shuffle(flags)
    names = list(FAMS)
    lines = []
    for phi in flags:
        c = pick_call(phi)
        w = [FAMS[n][1] if phi else FAMS[n][2] for n in names]
        fn = FAMS[random.choices(names, w)[0]][0]
        L = fn(c, phi)
        lines.append(L)
    out_log = bytearray()
    out_lab = []
    for i, L in enumerate(lines, 1):
        b = bytes(L.buf)
        assert b"\n" not in b and b"\r" not in b
        assert len(b) <= 4000, (i, len(b))
        b.decode("utf-8")
        spans = sorted(L.spans)
        prev = 0
        for s, e, cat, val in spans:
            assert s >= prev and e > s, (i, spans)
            assert b[s:e] == val, (i, s, e, val)
            prev = e
        if flags[i - 1]:
            assert spans, (i, L.fam)
        else:
            assert not spans, (i, L.fam)
        out_log += b + b"\n"
        out_lab.append(json.dumps({"line": i, "family": L.fam,
                                   "spans": [{"s": s, "e": e, "cat": cat} for s, e, cat, _ in spans]},
                                  ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(bytes(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
