#!/usr/bin/env python3
"""Deterministic generator for the 'ft' PHI test corpus (DME supplier theme).

Writes ft.log and ft.labels.jsonl next to this file. Standard library only.
All people, numbers, addresses are synthetic.
"""
import base64
import datetime as dtm
import json
import os
import unicodedata
import uuid

import random

rng = random.Random(18_2024_0311)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ft"
N_LINES = 500

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


# --------------------------------------------------------------------------- line builder
def jesc(s, mode):
    """Escape s as the inside of a JSON string. mode: True (ascii, python), False (utf-8), 'stj'."""
    if mode == "stj":  # System.Text.Json default JavaScriptEncoder
        out = []
        for ch in s:
            o = ord(ch)
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif o < 32 or o > 126 or ch in "<>&'+`":
                out.append("\\u%04X" % o)
            else:
                out.append(ch)
        return "".join(out)
    return json.dumps(s, ensure_ascii=mode)[1:-1]


class L:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []
        self.spans = []
        self.n = 0
        self.esc = []  # stack of escaping modes (string-in-string nesting)

    def _enc(self, s):
        for mode in reversed(self.esc):
            s = jesc(s, mode)
        return s

    def t(self, s):
        s = self._enc(str(s))
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        assert cat in CATS, cat
        s = self._enc(str(s))
        b = len(s.encode("utf-8"))
        assert b > 0
        self.spans.append((self.n, self.n + b, cat, s))
        self.parts.append(s)
        self.n += b
        return self

    def v(self, s, cat=None):
        return self.p(s, cat) if cat else self.t(s)

    def finish(self):
        line = "".join(self.parts)
        raw = line.encode("utf-8")
        assert "\n" not in line and "\r" not in line, line
        assert len(raw) <= 4000, len(raw)
        last = 0
        for s, e, c, val in self.spans:
            assert raw[s:e] == val.encode("utf-8"), (line, s, e, val)
            assert s >= last
            last = e
        return line, [{"s": s, "e": e, "cat": c} for s, e, c, _ in self.spans]


class O:  # JSON object: items = [(key, value, cat)]
    def __init__(self, items, sep=", ", kv=": "):
        self.items, self.sep, self.kv = items, sep, kv


class A:  # JSON array: items = [(value, cat)]
    def __init__(self, items, sep=", "):
        self.items, self.sep = items, sep


class S:  # JSON document embedded as a string value
    def __init__(self, obj, inner_mode=False):
        self.obj, self.inner_mode = obj, inner_mode


class _Split:  # a JSON string value made of several labeled/unlabeled pieces
    def __init__(self, parts):
        self.parts = parts


def jv(ln, val, cat=None, mode=True):
    if isinstance(val, _Split):
        ln.t('"')
        for s_, c_ in val.parts:
            ln.v(jesc(s_, mode), c_)
        ln.t('"')
    elif isinstance(val, O):
        ln.t("{")
        for i, (k, vv, c) in enumerate(val.items):
            if i:
                ln.t(val.sep)
            ln.t('"' + jesc(k, mode) + '"' + val.kv)
            jv(ln, vv, c, mode)
        ln.t("}")
    elif isinstance(val, A):
        ln.t("[")
        for i, (vv, c) in enumerate(val.items):
            if i:
                ln.t(val.sep)
            jv(ln, vv, c, mode)
        ln.t("]")
    elif isinstance(val, S):
        ln.t('"')
        ln.esc.append(mode)
        jv(ln, val.obj, None, val.inner_mode)
        ln.esc.pop()
        ln.t('"')
    elif isinstance(val, str):
        ln.t('"')
        ln.v(jesc(val, mode), cat)
        ln.t('"')
    else:
        ln.v(json.dumps(val), cat)


# --------------------------------------------------------------------------- identifiers
def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


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


def imei():
    tac = rng.choice(["35332509", "86413504", "35967306", "35299610"])
    body = tac + digits(6)
    return body + luhn_digit(body)


def card():
    if rng.random() < 0.6:
        body = "4" + digits(14)
    else:
        body = "5" + str(rng.randint(1, 5)) + digits(13)
    return body + luhn_digit(body)


def npi():
    nine = "1" + digits(8)
    return nine + luhn_digit("80840" + nine)


def aba():
    d = "12" + digits(6)
    s = 3 * (int(d[0]) + int(d[3]) + int(d[6])) + 7 * (int(d[1]) + int(d[4]) + int(d[7])) + int(d[2]) + int(d[5])
    return d + str((10 - s % 10) % 10)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_N = "0123456789"


def mbi():
    pat = ["123456789", MBI_A, MBI_A + MBI_N, MBI_N, MBI_A, MBI_A + MBI_N, MBI_N, MBI_A, MBI_A, MBI_N, MBI_N]
    return "".join(rng.choice(p) for p in pat)


def mbi_dash(m):
    return m[:4] + "-" + m[4:7] + "-" + m[7:]


VIN_VAL = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3,
           "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi_vds, year_ch, plant):
    base = wmi_vds + "0" + year_ch + plant + digits(6)
    assert len(base) == 17
    s = sum(VIN_VAL[c] * w for c, w in zip(base, VIN_W)) % 11
    v = base[:8] + ("X" if s == 10 else str(s)) + base[9:]
    assert sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W)) % 11 == (10 if v[8] == "X" else int(v[8]))
    return v


def gtin14(payload13):
    s = 0
    for i, ch in enumerate(reversed(payload13)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return payload13 + str((10 - s % 10) % 10)


CURP_DICT = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(c16):
    c17 = c16 + "0"
    s = sum(CURP_DICT.index(ch) * (18 - i) for i, ch in enumerate(c17))
    return c17 + str((10 - s % 10) % 10)


def uid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b64bytes(n):
    return bytes(rng.randrange(256) for _ in range(n))


def jpeg_b64(n):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(head + b64bytes(n)).decode()


def png_b64(n):
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xc8\x08\x02\x00\x00\x00"
    return base64.b64encode(head + b64bytes(n)).decode()


def template_b64(magic, n):
    return base64.b64encode(magic + b64bytes(n)).decode()


TRANS = {"Ø": "O", "ø": "o", "ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D"}


def asc(s):
    s = "".join(TRANS.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------- formats
def D(d, style="iso"):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "x12":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return d.strftime("%d-%b-%Y")
    if style == "long":
        return "%s %d, %d" % (d.strftime("%b"), d.day, d.year)
    if style == "usnp":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "aamva":
        return d.strftime("%m%d%Y")
    if style == "net":  # .NET DateTime default ToString() en-US
        return "%d/%d/%d 12:00:00 AM" % (d.month, d.day, d.year)
    raise ValueError(style)


def PH(num, style="paren"):
    a, b, c = num[:3], num[3:6], num[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "e164": "+1" + num, "dot": "%s.%s.%s" % (a, b, c), "raw": num,
            "e164sp": "+1 %s-%s-%s" % (a, b, c), "one": "1-%s-%s-%s" % (a, b, c)}[style]


_used_phone = set()


def phone(area):
    while True:
        n = area + "55501" + digits(2)
        if n not in _used_phone:
            _used_phone.add(n)
            return n


# --------------------------------------------------------------------------- world
TODAY = dtm.date(2024, 3, 11)
COMPANY = "Desert Breeze Home Medical"
CO_DOMAIN = "desertbreezehm.com"
CO_PHONE = "5205550100"
CO_FAX = "5205550199"
CO_TOLLFREE = "8005550148"
_used_phone.update([CO_PHONE, CO_FAX])
BRANCHES = [("TUS", "2150 E Grant Rd", "Tucson", "AZ", "85719", "5205550100"),
            ("PHX", "4020 N 16th St Ste 110", "Phoenix", "AZ", "85016", "6025550112"),
            ("LCR", "1750 S Telshor Blvd", "Las Cruces", "NM", "88011", "5755550104")]
for b in BRANCHES:
    _used_phone.add(b[5])

CITIES = [
    ("Tucson", "Pima County", "AZ", ["85704", "85705", "85710", "85711", "85712", "85716", "85718", "85730", "85741", "85745", "85748"], "520", 32.22, -110.93, 9),
    ("Oro Valley", "Pima County", "AZ", ["85737", "85755"], "520", 32.39, -110.97, 2),
    ("Green Valley", "Pima County", "AZ", ["85614"], "520", 31.85, -111.00, 2),
    ("Marana", "Pima County", "AZ", ["85653"], "520", 32.44, -111.22, 1),
    ("Sierra Vista", "Cochise County", "AZ", ["85635", "85650"], "520", 31.55, -110.28, 2),
    ("Nogales", "Santa Cruz County", "AZ", ["85621"], "520", 31.34, -110.94, 1),
    ("Casa Grande", "Pinal County", "AZ", ["85122"], "520", 32.88, -111.76, 1),
    ("Phoenix", "Maricopa County", "AZ", ["85006", "85015", "85021", "85032"], "602", 33.45, -112.07, 3),
    ("Mesa", "Maricopa County", "AZ", ["85201", "85204", "85213"], "480", 33.42, -111.83, 2),
    ("Yuma", "Yuma County", "AZ", ["85364", "85365"], "928", 32.69, -114.62, 1),
    ("Las Cruces", "Doña Ana County", "NM", ["88001", "88005", "88011"], "575", 32.32, -106.76, 2),
]
STREETS = ["N Camino Real", "E Speedway Blvd", "W Calle del Sol", "S Avenida Vista Hermosa", "E Fort Lowell Rd",
           "N Oracle Rd", "W Ina Rd", "E Broadway Blvd", "N Via Entrada", "E Calle Cortez", "W Glendale Ave",
           "E Main St", "S Espina St", "E University Ave", "N Paseo del Norte", "W Magee Rd",
           "E Tanque Verde Rd", "N Stone Ave", "S Kolb Rd", "W 24th St", "E Saguaro Blossom Dr",
           "N Calle Ojo Feliz", "S Mesquite Tree Ln", "W Desert Willow Way", "E Ironwood Ridge Dr"]
UNITS = ["", "", "", "", " Apt 12B", " Unit 4", " Lot 117", " #207", " Apt 3", " Spc 41"]

# first, middle, last, sex, relative first, relation, relative last (None = same)
NAMES = [
    ("Chinedu", "Emeka", "Okafor", "M", "Amaka", "Spouse", None),
    ("Hoa", "Thị", "Nguyễn", "F", "Minh", "Son", "Trần"),
    ("José Luis", "", "Hernández Ortega", "M", "María Elena", "Daughter", "Ruiz"),
    ("Siobhán", "Áine", "O'Reilly", "F", "Declan", "Son", None),
    ("Jürgen", "", "Müller", "M", "Ingrid", "Spouse", None),
    ("Ayşe", "", "Yılmaz", "F", "Emre", "Son", None),
    ("Venkatesh", "R", "Subramaniam", "M", "Lakshmi", "Spouse", None),
    ("Wei", "", "Zhang", "M", "Lin", "Daughter", "Zhang"),
    ("Ji-hoon", "", "Park", "M", "Soo-jin", "Spouse", "Lee"),
    ("Abdirahman", "Ali", "Warsame", "M", "Hodan", "Daughter", None),
    ("Maricel", "", "Dela Cruz", "F", "Rodel", "Spouse", None),
    ("Loretta", "J", "Begay", "F", "Darnell", "Son", "Yazzie"),
    ("Sione", "", "Tuiasosopo", "M", "Mele", "Spouse", None),
    ("Eleni", "", "Papadopoulou", "F", "Nikos", "Brother", "Papadopoulos"),
    ("Øyvind", "", "Haugen", "M", "Solveig", "Spouse", None),
    ("Oksana", "", "Kovalenko", "F", "Taras", "Son", None),
    ("Khalid", "", "Al-Masri", "M", "Rania", "Daughter", None),
    ("Hiroshi", "", "Yamamoto", "M", "Keiko", "Spouse", None),
    ("João", "Paulo", "Gonçalves", "M", "Beatriz", "Daughter", None),
    ("Margaret", "Ann", "Thornbury", "F", "Colin", "Son", None),
    ("Dolores", "", "Villanueva", "F", "Ramón", "Spouse", None),
    ("Kwame", "", "Mensah", "M", "Abena", "Spouse", None),
    ("Bronisława", "", "Wiśniewska", "F", "Tomasz", "Son", "Wiśniewski"),
    ("Tariq", "", "Hussain", "M", "Sana", "Daughter", None),
    ("Leilani", "K", "Kahananui", "F", "Kainoa", "Son", None),
    ("Ruth", "Ellen", "Abernathy", "F", "Carol", "Daughter", "Whitley"),
    ("Ferenc", "", "Horváth", "M", "Zsuzsa", "Spouse", None),
    ("Aroha", "", "Ngata", "F", "Wiremu", "Brother", None),
    ("Dmitri", "", "Volkov", "M", "Irina", "Spouse", None),
    ("Gwendolyn", "", "Achebe-Price", "F", "Marcus", "Son", "Price"),
    ("Ignacio", "", "Quispe Mamani", "M", "Rosa", "Daughter", "Quispe"),
    ("Hamid", "", "Karimi", "M", "Parisa", "Spouse", None),
]
OLD_DOB = {"Thornbury": dtm.date(1931, 8, 2), "Abernathy": dtm.date(1932, 12, 19), "Karimi": dtm.date(1929, 5, 30)}
MAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "cox.net", "aol.com", "hotmail.com"]
IP_PREF = ["73", "98", "24", "67", "70", "71", "72", "174", "184", "97", "68", "216", "99", "107", "75"]


def age_on(dob, day=TODAY):
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def rand_date(a, b):
    return a + dtm.timedelta(days=rng.randint(0, (b - a).days))


def make_patient(i, row):
    first, middle, last, sex, rfirst, rrel, rlast = row
    city = rng.choices(CITIES, [c[-1] for c in CITIES])[0]
    cname, county, state, zips, area, lat, lon, _ = city
    p = {"first": first, "middle": middle, "last": last, "sex": sex}
    p["dob"] = OLD_DOB.get(last) or rand_date(dtm.date(1937, 1, 1), dtm.date(1974, 12, 31))
    p["age"] = age_on(p["dob"])
    p["street"] = "%d %s" % (rng.randint(120, 9899), rng.choice(STREETS))
    p["unit"] = rng.choice(UNITS)
    p["city"], p["county"], p["state"], p["zip"] = cname, county, state, rng.choice(zips)
    p["zip4"] = p["zip"] + "-" + digits(4)
    p["lat"] = round(lat + rng.uniform(-0.09, 0.09), 5)
    p["lon"] = round(lon + rng.uniform(-0.09, 0.09), 5)
    p["phone"] = phone(area)
    p["mobile"] = phone(area)
    p["fax"] = phone(area) if i % 4 == 1 else None
    fa, la = asc(first).lower().replace(" ", "").replace("-", ""), asc(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    yy = "%02d" % (p["dob"].year % 100)
    p["email"] = rng.choice(["%s.%s%s", "%s%s%s", "%s_%s%s"]) % (fa, la, yy) if i % 3 else "%s%s%s" % (fa[0], la, rng.randint(1, 99))
    p["email"] += "@" + rng.choice(MAIL_DOM)
    p["user"] = rng.choice(["%s.%s%s" % (fa, la, yy), "%s_%s" % (fa[0], la), "%s%s%s" % (la, fa[0], rng.randint(1, 9))])
    p["ip"] = "%s.%d.%d.%d" % (rng.choice(IP_PREF), rng.randint(1, 254), rng.randint(0, 255), rng.randint(2, 254))
    area_ssn = rng.randint(100, 665)
    p["ssn"] = "%03d-%02d-%04d" % (area_ssn, rng.randint(1, 99), rng.randint(1, 9999))
    p["bt"] = str(1040000 + rng.randint(1000, 29999))
    p["ecn"] = "DBH" + p["bt"]
    p["acct"] = "20" + digits(8)
    p["card"] = card()
    p["bank"] = digits(rng.choice([10, 11, 12]))
    p["routing"] = aba()
    if p["age"] >= 65 or rng.random() < 0.15:
        p["payer"], p["member"] = "Medicare", mbi()
    elif rng.random() < 0.5:
        p["payer"], p["member"] = ("AHCCCS", "A" + digits(8)) if state == "AZ" else ("NM Medicaid", digits(9))
    else:
        p["payer"], p["member"] = rng.choice([("BCBSAZ", "XBA" + digits(9)), ("Aetna", "W" + digits(9)),
                                              ("UHC", "9" + digits(8)), ("Cigna", "U" + digits(8) + "01")])
    p["group"] = rng.choice(["", "GRP" + digits(6), digits(7)])
    p["dl"] = ("D" + digits(8)) if state == "AZ" else digits(9)
    r = rng.random()
    p["therapy"] = "cpap" if r < 0.55 else ("bipap" if r < 0.72 else None)
    if p["therapy"] == "cpap":
        p["serial"] = rng.choice(["22", "23"]) + str(rng.randint(1, 2)) + digits(8)
        p["model"] = rng.choice(["AirSense 10 AutoSet", "AirSense 11 AutoSet", "AirSense 10 Elite"])
    elif p["therapy"] == "bipap":
        p["serial"] = "J" + digits(10) + rng.choice("0123456789ABCDEF") + rng.choice("0123456789ABCDEF")
        p["model"] = rng.choice(["DreamStation BiPAP Auto", "DreamStation BiPAP ST", "BiPAP A40"])
    else:
        p["serial"] = None
    p["imei"] = imei() if p["therapy"] else None
    p["o2"] = (p["therapy"] is None) or rng.random() < 0.3
    p["conc_serial"] = rng.choice(["G5B", "NS5"]) + str(rng.randint(20, 23)) + digits(6) if p["o2"] else None
    p["conc_model"] = rng.choice(["Inogen One G5", "Inogen One G4", "Respironics EverFlo 5L", "DeVilbiss 525DS"]) if p["o2"] else None
    p["wc"] = rng.random() < 0.28
    p["wc_serial"] = ("QX%02d-%s" % (rng.randint(18, 23), digits(6))) if p["wc"] else None
    p["vin"] = vin(rng.choice(["2C4RDGCG", "5TDKZ3DC", "1FTBW3XM", "2C4RC1BG"]), rng.choice("JKLM"), rng.choice("RNZB")) if p["wc"] else None
    p["plate"] = ("%s%s%s%s" % (rng.choice("CDE"), rng.choice("KMRWX"), rng.choice("ABDH"), digits(4))) if p["wc"] else None
    p["setup"] = rand_date(dtm.date(2023, 5, 1), dtm.date(2024, 3, 4))
    p["rel_first"] = rfirst
    p["rel_last"] = rlast or last
    p["rel_rel"] = rrel
    p["rel_phone"] = phone(area if rng.random() < 0.7 else rng.choice(["602", "480", "520", "505", "915"]))
    p["hosp_mrn"] = rng.choice(["E", "M", ""]) + digits(8)
    p["hst_kit"] = "HST-K-%06d" % rng.randint(1000, 99999)
    p["full"] = first + " " + last
    p["lf"] = last + ", " + first
    p["LF"] = asc(last).upper() + ", " + asc(first).upper()
    p["idx"] = i
    return p


PATS = [make_patient(i, r) for i, r in enumerate(NAMES)]
_order = list(range(len(PATS)))
rng.shuffle(_order)
PW = [0.0] * len(PATS)
for rank, idx in enumerate(_order):
    PW[idx] = 1.0 / (rank + 1) ** 0.75


def pick(pred=None):
    while True:
        p = rng.choices(PATS, PW)[0]
        if pred is None or pred(p):
            return p


# staff / clinicians / vendors (never labeled)
TECHS = [("Marcus", "Whitfield", "mwhitfield"), ("Tomás", "Reyes", "treyes"), ("Keisha", "Bolden", "kbolden"),
         ("Bao", "Dang", "bdang"), ("Ezra", "Lindqvist", "elindqvist")]
CSRS = [("Jocelyn", "Dela Rosa", "jdelarosa"), ("Kevin", "Morales", "kmorales"), ("Brianna", "Thompson", "bthompson"),
        ("Farah", "Siddiqui", "fsiddiqui"), ("Nnamdi", "Eze", "neze")]
RTS = [("Priya", "Natarajan", "pnatarajan"), ("Samuel", "Ortiz", "sortiz"), ("Anneliese", "Voss", "avoss")]
DOCS = []
for fn, ln, cred, practice, area in [("Helen", "Achterberg", "MD", "Catalina Pulmonary Associates", "520"),
                                     ("Rafael", "Quintero", "MD", "Sonoran Sleep Center", "520"),
                                     ("Mei-Ling", "Chou", "DO", "Banner Family Medicine Oro Valley", "520"),
                                     ("Oluwaseun", "Adebayo", "MD", "TMC Pulmonology", "520"),
                                     ("Gregory", "Haskins", "NP", "Mesilla Valley Primary Care", "575"),
                                     ("Yusuf", "Demir", "MD", "Valleywise Sleep Lab", "602")]:
    DOCS.append({"first": fn, "last": ln, "cred": cred, "practice": practice, "npi": npi(),
                 "phone": phone(area), "fax": phone(area)})
VANS = [{"id": "DBH-VAN-%02d" % i, "vin": vin(rng.choice(["1FTBR1Y8", "1FTBW2CM", "3C6TRVDG"]), rng.choice("LMN"), rng.choice("KAE")),
         "plate": "%s%s%s%s" % (rng.choice("CDE"), rng.choice("MNP"), rng.choice("XYZ"), digits(4)), "unit": "GEO-" + digits(6)}
        for i in (3, 5, 7, 9)]
HCPCS = [("E0601", "CPAP device"), ("E0470", "RAD w/o backup"), ("E0471", "RAD w/ backup"), ("E1390", "O2 concentrator"),
         ("E0431", "portable gaseous O2"), ("E1392", "portable concentrator"), ("K0823", "PWC group 2 std captain"),
         ("K0001", "standard wheelchair"), ("E0562", "humidifier heated"), ("A7030", "full face mask"),
         ("A7031", "FF cushion"), ("A7034", "nasal mask"), ("A7035", "headgear"), ("A7037", "tubing"),
         ("A7038", "disposable filter"), ("A4604", "heated tubing"), ("E0950", "wheelchair tray"), ("B4035", "enteral supplies")]
MODS = ["RR", "NU", "KX", "KH", "KI", "KJ", "GA", "RR,KX", "NU,KX", "RR,KH"]
ASSET = lambda: "AT-%07d" % rng.randint(10000, 99999)  # noqa: E731
LOT = lambda: rng.choice(["L%02d%s%04d" % (rng.randint(21, 24), rng.choice("ABCDEFGHJK"), rng.randint(1, 9999)),  # noqa: E731
                          "%d%02d%s%03d" % (rng.randint(22, 24), rng.randint(1, 12), rng.choice("AB"), rng.randint(1, 999)),
                          "MK%02d%02d-%04d" % (rng.randint(22, 24), rng.randint(1, 12), rng.randint(1, 9999))])
PAP_HC = {"cpap": "E0601", "bipap": "E0471"}
SO = lambda: "SO-%07d" % rng.randint(2200000, 2299999)  # noqa: E731


# --------------------------------------------------------------------------- clock
CLOCK = [dtm.datetime(2024, 3, 11, 5, 12, 7, 118000)]


def adv(lo=2, hi=70):
    CLOCK[0] += dtm.timedelta(seconds=rng.randint(lo, hi), microseconds=rng.randint(0, 999999))


def tick():
    CLOCK[0] += dtm.timedelta(microseconds=rng.randint(800, 350000))
    return CLOCK[0]


def now():
    return CLOCK[0]


def utc(d=None):
    return (d or CLOCK[0]) + dtm.timedelta(hours=7)


def ms(d):
    return "%03d" % (d.microsecond // 1000)


def ts_py(d=None):
    d = d or now()
    return d.strftime("%Y-%m-%d %H:%M:%S") + "," + ms(d)


def ts_isoz(d=None):
    return utc(d).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def ts_clef(d=None):
    return utc(d).strftime("%Y-%m-%dT%H:%M:%S.%f") + str(rng.randint(0, 9)) + "Z"


def ts_bt(d=None):
    d = d or now()
    return d.strftime("%Y-%m-%d %H:%M:%S") + "." + ms(d)


def ts_logcat(d=None):
    d = d or now()
    return d.strftime("%m-%d %H:%M:%S") + "." + ms(d)


def ts_syslog(d=None):
    d = d or now()
    return "%s %2d %s" % (d.strftime("%b"), d.day, d.strftime("%H:%M:%S"))


def ts_nginx(d=None):
    d = d or now()
    return d.strftime("%d/%b/%Y:%H:%M:%S") + " -0700"


def ts_wms(d=None):
    d = d or now()
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms(d) + "-07:00"


def therapy_day():
    return rand_date(dtm.date(2024, 2, 9), dtm.date(2024, 3, 10))


def dos_day():
    return rand_date(dtm.date(2024, 3, 4), dtm.date(2024, 3, 15))


def street_line(p):
    return p["street"] + p["unit"]


def branch_of(p):
    return "LCR" if p["state"] == "NM" else ("PHX" if p["city"] in ("Phoenix", "Mesa") else "TUS")


VIN_MODEL = {"2C4RDGCG": "Dodge Grand Caravan", "5TDKZ3DC": "Toyota Sienna", "1FTBW3XM": "Ford Transit", "2C4RC1BG": "Chrysler Pacifica"}
VIN_YEAR = {"J": 2018, "K": 2019, "L": 2020, "M": 2021}


def vehicle_desc(v):
    return "%d %s" % (VIN_YEAR[v[9]], VIN_MODEL[v[:8]])


def doc():
    return rng.choice(DOCS)


# =========================================================================== families
# ---- 1. compliance ingest from the cloud modem platform (Python, structlog JSON, ensure_ascii)
def fam_airview(phi, force=None):
    ln = L("airview-structlog")
    d = tick()
    tail = [("level", "info", None), ("logger", "dme.compliance.airview", None), ("timestamp", ts_isoz(d), None)]
    if phi:
        p = pick(lambda x: x["therapy"])
        k = force or rng.choice(["usage", "usage", "eval", "webhook", "modem", "nomatch", "settings"])
        if k == "usage":
            day = therapy_day()
            items = [("device_serial", p["serial"], "device"), ("ecn", p["ecn"], "mrn"),
                     ("session_date", D(day), "date"), ("usage_hours", round(rng.uniform(0.4, 9.8), 2), None),
                     ("ahi", round(rng.uniform(0.3, 14), 1), None), ("leak_95_lpm", round(rng.uniform(2, 40), 1), None),
                     ("pressure_95_cmh2o", round(rng.uniform(6, 16), 1), None), ("mask_events", rng.randint(0, 9), None),
                     ("event", "usage_record_ingested", None)]
        elif k == "eval":
            w0 = p["setup"] + dtm.timedelta(days=rng.randint(0, 30))
            n = rng.randint(9, 30)
            items = [("patient_id", p["bt"], "mrn"), ("serial", p["serial"], "device"),
                     ("window_start", D(w0), "date"), ("window_end", D(w0 + dtm.timedelta(days=29)), "date"),
                     ("nights_total", 30, None), ("nights_ge_4h", n, None), ("compliance_pct", round(n / 30 * 100, 1), None),
                     ("compliant", n >= 21, None), ("payer", p["payer"], None), ("event", "compliance_evaluated", None)]
        elif k == "webhook":
            inner = O([("serialNo", p["serial"], "device"), ("deviceType", p["model"].replace(" ", ""), None),
                       ("ecn", p["ecn"], "mrn"),
                       ("patient", O([("firstName", p["first"], "name"), ("lastName", p["last"], "name"),
                                      ("dob", D(p["dob"]), "date")], sep=",", kv=":"), None),
                       ("modem", O([("imei", p["imei"], "device"), ("rssi", -rng.randint(55, 101), None),
                                    ("fw", "MDM-%d.%d.%d" % (rng.randint(2, 4), rng.randint(0, 9), rng.randint(0, 20)), None)],
                                   sep=",", kv=":"), None),
                       ("lastUpload", utc(d).strftime("%Y-%m-%dT%H:%M:%SZ"), None)], sep=",", kv=":")
            items = [("source", "airview", None), ("content_length", rng.randint(380, 520), None),
                     ("body", S(inner, False), None), ("event", "webhook_received", None)]
        elif k == "modem":
            items = [("imei", p["imei"], "device"), ("device_serial", p["serial"], "device"), ("ecn", p["ecn"], "mrn"),
                     ("carrier", rng.choice(["verizon", "att", "tmobile"]), None), ("event", "modem_associated", None)]
        elif k == "nomatch":
            tail[0] = ("level", "warning", None)
            items = [("serial", p["serial"], "device"), ("ecn", p["ecn"], "mrn"),
                     ("reason", "ECN not found in billing system; queued for manual match", None),
                     ("event", "patient_match_failed", None)]
        else:
            rt = rng.choice(RTS)
            lo = rng.choice([4.0, 5.0, 6.0])
            items = [("serial", p["serial"], "device"), ("mode", rng.choice(["APAP", "CPAP", "S/T"]), None),
                     ("min_pressure", lo, None), ("max_pressure", lo + rng.choice([8.0, 10.0, 12.0]), None),
                     ("epr", rng.randint(0, 3), None), ("changed_by", rt[2], None), ("event", "settings_change_pushed", None)]
    else:
        k = rng.choice(["sync", "page", "retry", "fw", "token", "dedupe", "sync"])
        if k == "sync":
            items = [("batch_id", uid(), None), ("records", rng.randint(200, 4000), None), ("devices", rng.randint(80, 900), None),
                     ("duration_ms", rng.randint(900, 30000), None), ("event", "sync_complete", None)]
        elif k == "page":
            cur = base64.urlsafe_b64encode(json.dumps({"o": rng.randint(1000, 90000), "t": 1710115200}).encode()).decode().rstrip("=")
            items = [("page", rng.randint(2, 40), None), ("page_size", 500, None), ("cursor", cur, None),
                     ("rate_limit_remaining", rng.randint(10, 1000), None), ("event", "fetch_page", None)]
        elif k == "retry":
            tail[0] = ("level", "warning", None)
            items = [("status", 429, None), ("retry_after_s", rng.choice([15, 30, 60]), None), ("attempt", rng.randint(1, 4), None),
                     ("url", "https://api.airview.example.com/v3/usage?since=2024-03-10T00:00:00Z&page_size=500", None),
                     ("event", "rate_limited", None)]
        elif k == "fw":
            items = [("model", rng.choice(["AirSense 10 AutoSet", "AirSense 11 AutoSet", "DreamStation BiPAP Auto"]), None),
                     ("sw_version", rng.choice(["SX567-0401", "SX585-0310", "4.7.2"]), None), ("count", rng.randint(12, 800), None),
                     ("event", "firmware_summary", None)]
        elif k == "token":
            items = [("expires_in", 3600, None), ("client_id", "dbhm-compliance-prod", None), ("scope", "usage.read devices.read", None),
                     ("event", "oauth_token_refreshed", None)]
        else:
            items = [("duplicates", rng.randint(0, 40), None), ("window", "2024-03-10", None), ("table", "usage_nightly", None),
                     ("event", "dedupe_complete", None)]
    jv(ln, O(items + tail), None, True)
    return [ln]


# ---- 2. compliance CSV export import (Python logging)
CSV_FILE = "compliance_export_20240310.csv"


def fam_csv(phi, force=None):
    d = tick()
    ln = L("compliance-csv")
    if phi:
        p = pick(lambda x: x["therapy"])
        k = force or rng.choice(["row", "row", "row", "reject", "mismatch"])
        if k == "row":
            n = rng.randint(9, 30)
            ln.t("%s INFO compliance.csv_import: %s line %d: " % (ts_py(d), CSV_FILE, rng.randint(2, 480)))
            ln.p(p["serial"], "device").t(",%s," % ("AS10-AUTO" if p["therapy"] == "cpap" else "DS-BIPAP"))
            ln.p(p["ecn"], "mrn").t(",").p(asc(p["last"]).upper(), "name").t(",").p(asc(p["first"]).upper(), "name").t(",")
            ln.p(D(p["dob"], "x12"), "date").t(",").p(D(p["setup"]), "date")
            ln.t(",30,%d,%.1f,%s" % (n, rng.uniform(2.5, 8.5), "Y" if n >= 21 else "N"))
        elif k == "reject":
            ln.t("%s WARNING compliance.csv_import: %s line %d rejected: setup_date empty for serial_no=" % (ts_py(d), CSV_FILE, rng.randint(2, 480)))
            ln.p(p["serial"], "device").t(" (ecn=").p(p["ecn"], "mrn").t(")")
        else:
            ln.t("%s WARNING compliance.csv_import: name mismatch for serial_no=" % ts_py(d)).p(p["serial"], "device")
            ln.t(": csv='").p(p["LF"], "name").t("' billing='").p(p["lf"] + (" " + p["middle"][0] if p["middle"] else ""), "name").t("'")
    else:
        k = rng.choice(["header", "summary", "open", "skip", "sum"])
        if k == "header":
            ln.t("%s DEBUG compliance.csv_import: header: serial_no,device_type,ecn,last_name,first_name,dob,setup_date,days_in_window,days_used_4h,avg_usage_hrs,compliant" % ts_py(d))
        elif k == "summary":
            ln.t("%s INFO compliance.csv_import: imported %d rows (%d rejected, %d duplicates) in %.2fs" % (ts_py(d), rng.randint(150, 900), rng.randint(0, 6), rng.randint(0, 12), rng.uniform(1, 12)))
        elif k == "open":
            ln.t("%s INFO compliance.csv_import: opened sftp://sftp.airview.example.com/outbound/%s (%d bytes, mtime 2024-03-11 02:00:14)" % (ts_py(d), CSV_FILE, rng.randint(20000, 90000)))
        elif k == "skip":
            ln.t("%s INFO compliance.csv_import: skipping %d rows with device_type=AIRMINI (travel units, not billed)" % (ts_py(d), rng.randint(1, 9)))
        else:
            ln.t("%s DEBUG compliance.csv_import: sha256=%s verified against manifest" % (ts_py(d), hexs(64)))
    return [ln]


# ---- 3. billing system audit trail (Brightree-like, pipe delimited)
PATIENT_FIELDS = ["Phone.Home", "Phone.Mobile", "Email", "Address.Line1", "Address.City", "Address.Zip", "Address.County",
                  "DOB", "SSN", "Policy.Primary.PolicyNumber", "EmergencyContact.Name", "EmergencyContact.Phone",
                  "DriversLicense", "Fax", "Vehicle.VIN", "Guarantor.AccountNumber"]


def alt_value(p, field):
    """returns (old, new, cat) for an audited patient field change"""
    area = p["phone"][:3]
    if field in ("Phone.Home", "Phone.Mobile", "EmergencyContact.Phone"):
        cur = p["phone"] if field == "Phone.Home" else (p["mobile"] if field == "Phone.Mobile" else p["rel_phone"])
        st = rng.choice(["paren", "dash"])
        return PH(phone(area), st), PH(cur, st), "phone"
    if field == "Fax":
        return "", PH(p["fax"], "paren"), "fax"
    if field == "Email":
        return p["email"].split("@")[0] + "@" + rng.choice(MAIL_DOM), p["email"], "email"
    if field == "Address.Line1":
        return "%d %s" % (rng.randint(120, 9899), rng.choice(STREETS)), street_line(p), "address"
    if field == "Address.City":
        return rng.choice([c[0] for c in CITIES if c[0] != p["city"]]), p["city"], "address"
    if field == "Address.County":
        return "", p["county"], "address"
    if field == "Address.Zip":
        return p["zip"], p["zip4"], "zip"
    if field == "DOB":
        wrong = p["dob"].replace(day=min(28, p["dob"].day + 1)) if p["dob"].day != 28 else p["dob"].replace(day=27)
        return D(wrong, "us"), D(p["dob"], "us"), "date"
    if field == "SSN":
        return "", p["ssn"], "ssn"
    if field == "Policy.Primary.PolicyNumber":
        return "", p["member"], "health_plan"
    if field == "EmergencyContact.Name":
        return "", p["rel_first"] + " " + p["rel_last"], "name"
    if field == "DriversLicense":
        return "", p["dl"], "license"
    if field == "Vehicle.VIN":
        return "", p["vin"], "vehicle"
    if field == "Guarantor.AccountNumber":
        return "", p["acct"], "account"
    raise KeyError(field)


def fam_brightree(phi, force=None):
    d = tick()
    csr = rng.choice(CSRS)
    ws = "%s-CSR-%02d" % (rng.choice(["TUS", "PHX", "LCR"]), rng.randint(1, 14))
    ln = L("brightree-audit")
    ln.t("%s|AUDIT|%s|%s|" % (ts_bt(d), csr[2], ws))
    if phi:
        p = pick()
        k = force or rng.choice(["field", "field", "field", "field", "view", "item", "ticket", "pickup"])
        if k.startswith("field"):
            if ":" in k:
                k, f = k.split(":")
                if (f == "Fax" and not p["fax"]) or (f == "Vehicle.VIN" and not p["vin"]):
                    p = pick(lambda x: x["fax"] if f == "Fax" else x["vin"])
            else:
                fields = [f for f in PATIENT_FIELDS if not ((f == "Fax" and not p["fax"]) or (f == "Vehicle.VIN" and not p["vin"]))]
                f = rng.choice(fields)
            old, new, cat = alt_value(p, f)
            ln.t("entity=Patient|key=").p(p["bt"], "mrn").t("|action=Update|field=%s|old=" % f)
            if old:
                ln.p(old, cat)
            ln.t("|new=").p(new, cat)
        elif k == "view":
            ln.t("entity=Patient|key=").p(p["bt"], "mrn").t("|action=View|screen=%s|display=" % rng.choice(["Demographics", "Insurance", "Notes", "Orders"]))
            ln.p(p["LF"], "name")
        elif k == "item":
            if p["therapy"] and rng.random() < 0.6:
                hc, ser = ("E0601" if p["therapy"] == "cpap" else "E0471"), p["serial"]
            elif p["o2"]:
                hc, ser = "E1390", p["conc_serial"]
            elif p["wc"]:
                hc, ser = "K0823", p["wc_serial"]
            else:
                hc, ser = ("E0601" if p["therapy"] == "cpap" else "E0471"), p["serial"]
            ln.t("entity=SalesOrder|key=%s|action=ItemAdded|patientKey=" % SO()).p(p["bt"], "mrn")
            ln.t("|hcpcs=%s|mod=%s|qty=1|serial=" % (hc, rng.choice(["RR", "RR,KX", "RR,KH"]))).p(ser, "device")
            ln.t("|assetTag=%s|dos=" % ASSET()).p(D(dos_day(), "us"), "date")
        elif k == "ticket":
            ln.t("entity=DeliveryTicket|key=DT-%07d|action=Signed|patientKey=" % rng.randint(800000, 999999)).p(p["bt"], "mrn")
            if rng.random() < 0.5:
                ln.t("|signedBy=").p(p["rel_first"] + " " + p["rel_last"], "name").t("|relationship=%s" % p["rel_rel"])
            else:
                ln.t("|signedBy=").p(p["full"], "name").t("|relationship=Self")
            ln.t("|deliveredBy=%s|dos=" % rng.choice(TECHS)[2]).p(D(dos_day(), "us"), "date")
        else:
            ln.t("entity=SalesOrder|key=%s|action=PickupCreated|patientKey=" % SO()).p(p["bt"], "mrn")
            reason = rng.choice(["DECEASED", "NO_LONGER_NEEDED", "NONCOMPLIANT", "INSURANCE_CHANGE"])
            ln.t("|reason=%s" % reason)
            if reason == "DECEASED":
                ln.t("|dateOfDeath=").p(D(rand_date(dtm.date(2024, 2, 20), dtm.date(2024, 3, 9)), "us"), "date")
            ln.t("|assets=%s,%s" % (ASSET(), ASSET()))
    else:
        k = rng.choice(["login", "price", "batch", "report", "status", "transfer", "logout", "cmn"])
        if k == "login":
            ln.t("entity=User|key=%s|action=Login|ip=10.40.%d.%d|mfa=push" % (csr[2], rng.randint(1, 20), rng.randint(2, 250)))
        elif k == "logout":
            ln.t("entity=User|key=%s|action=Logout|sessionMinutes=%d" % (csr[2], rng.randint(3, 480)))
        elif k == "price":
            hc = rng.choice(HCPCS)[0]
            a = rng.uniform(10, 300)
            ln.t("entity=FeeSchedule|key=MCR-JD-2024Q1|action=Update|item=%s|field=AllowedAmt|old=%.2f|new=%.2f" % (hc, a, a * 1.012))
        elif k == "batch":
            ln.t("entity=ClaimBatch|key=837-240311-%02d|action=Released|claims=%d|total=%.2f|payer=CMS-DME-JD" % (rng.randint(1, 12), rng.randint(10, 80), rng.uniform(2000, 40000)))
        elif k == "report":
            ln.t("entity=Report|key=RPT-%05d|action=Run|name=Rental Revenue by Branch|params=from:2024-02-01;to:2024-02-29;branch:ALL" % rng.randint(100, 99999))
        elif k == "status":
            o_, n_ = rng.choice([("Pending", "Scheduled"), ("Scheduled", "Delivered"), ("OnHold", "Pending"), ("Delivered", "Billed"), ("Scheduled", "OnHold")])
            ln.t("entity=SalesOrder|key=%s|action=StatusChange|old=%s|new=%s" % (SO(), o_, n_))
        elif k == "cmn":
            ln.t("entity=CMNTemplate|key=CMS-484.03|action=Update|field=Version|old=2023.2|new=2024.1")
        else:
            ln.t("entity=Inventory|key=%s|action=Transfer|from=WH-TUS-01|to=WH-PHX-02|lot=%s|qty=1" % (ASSET(), LOT()))
    return [ln]


# ---- 4. CMN / DIF tracker (Python, bracketed timestamp)
def fam_cmn(phi, force=None):
    d = tick()
    ln = L("cmn-tracker")
    dr = doc()
    lvl = "INFO"
    if phi:
        p = pick()
        k = force or rng.choice(["484", "484", "age", "dif", "pdf", "expired"])
        if k == "484" and not p["o2"]:
            p = pick(lambda x: x["o2"])
        if k == "age" and p["age"] <= 89:
            p = rng.choice([x for x in PATS if x["age"] > 89])
        if k == "484":
            init = rand_date(dtm.date(2023, 9, 1), dtm.date(2024, 3, 8))
            test = init - dtm.timedelta(days=rng.randint(1, 25))
            ln.t("[%s] cmn-tracker %s form=CMS-484.03 so=%s pt=" % (ts_py(d), lvl, SO())).p(p["bt"], "mrn")
            ln.t(' name="').p(p["LF"], "name").t('" hcpcs=E1390,E0431 init=').p(D(init), "date")
            ln.t(" recert=").p(D(init.replace(year=init.year + 1)), "date").t(" test_date=").p(D(test), "date")
            ln.t(" spo2=%d%% cond=%s lpm=%d npi=%s status=%s" % (rng.randint(82, 88), rng.choice(["RA_REST", "RA_EXERCISE", "RA_SLEEP"]),
                                                                  rng.randint(1, 4), dr["npi"], rng.choice(["SIGNED_RECEIVED", "SENT_TO_MD", "PENDING_SIG"])))
        elif k == "age":
            ln.t("[%s] cmn-tracker WARNING recert review required pt=" % ts_py(d)).p(p["bt"], "mrn")
            ln.t(" (age ").p(str(p["age"]), "age").t(", dob ").p(D(p["dob"], "us"), "date")
            ln.t(") last_test=").p(D(rand_date(dtm.date(2023, 2, 1), dtm.date(2023, 6, 30))), "date").t(" rule=LCD-L33797 retest>12mo")
        elif k == "dif":
            init = rand_date(dtm.date(2023, 9, 1), dtm.date(2024, 3, 8))
            ln.t("[%s] cmn-tracker %s form=CMS-10126 type=DIF so=%s pt=" % (ts_py(d), lvl, SO())).p(p["bt"], "mrn")
            ln.t(" hcpcs=B4035,B9002 init=").p(D(init, "us"), "date").t(" cal_per_day=%d route=GT status=COMPLETE" % rng.choice([1200, 1500, 1800, 2000]))
        elif k == "pdf":
            fn = "%s_%s_CMN484_%s.pdf" % (asc(p["last"]).replace(" ", "").replace("'", ""), asc(p["first"]).replace(" ", ""), D(rand_date(dtm.date(2023, 9, 1), dtm.date(2024, 3, 8)), "x12"))
            ln.t("[%s] cmn-tracker INFO stored signed CMN so=%s -> " % (ts_py(d), SO()))
            ln.p("https://desertbreezehm.sharepoint.com/sites/Intake/Shared%20Documents/CMN/" + fn, "url")
            ln.t(" (%d KB)" % rng.randint(80, 900))
        else:
            ln.t("[%s] cmn-tracker WARNING CMN expired pt=" % ts_py(d)).p(p["bt"], "mrn").t(" so=%s expired_on=" % SO())
            ln.p(D(rand_date(dtm.date(2024, 2, 1), dtm.date(2024, 3, 10))), "date").t(" billing hold applied (hold_code=CMN-EXP)")
    else:
        k = rng.choice(["exp", "tmpl", "npi", "faxback", "sweep", "hold"])
        if k == "exp":
            ln.t("[%s] cmn-tracker INFO %d CMNs expiring within 30 days (branch=%s, payer=Medicare JD)" % (ts_py(d), rng.randint(3, 40), rng.choice(["TUS", "PHX", "LCR"])))
        elif k == "tmpl":
            ln.t("[%s] cmn-tracker DEBUG template CMS-484.03 loaded from /opt/cmn/templates/cms484_03.pdf (sha1=%s, rev 2024-01-15)" % (ts_py(d), hexs(40)))
        elif k == "npi":
            ln.t("[%s] cmn-tracker INFO NPI %s verified against NPPES: %s %s, %s (%s), taxonomy 207RP1001X" % (ts_py(d), dr["npi"], dr["first"], dr["last"], dr["cred"], dr["practice"]))
        elif k == "faxback":
            ln.t("[%s] cmn-tracker INFO fax-back of unsigned CMN packet queued to %s (Dr. %s, %s) job=FXO-%s" % (ts_py(d), PH(dr["fax"], "paren"), dr["last"], dr["practice"], digits(8)))
        elif k == "hold":
            ln.t("[%s] cmn-tracker INFO released %d orders from billing hold CMN-EXP after signature match" % (ts_py(d), rng.randint(1, 12)))
        else:
            ln.t("[%s] cmn-tracker INFO recert sweep finished: %d checked, %d due, 0 errors in %.1fs" % (ts_py(d), rng.randint(150, 700), rng.randint(0, 30), rng.uniform(1, 9)))
    return [ln]


# ---- 5. delivery technician mobile app (Android logcat -v threadtime)
APP_PID = [rng.randint(4000, 30000)]


def lc(ln, lvl, tag, tid=None):
    d = tick()
    pid = APP_PID[0]
    tid = tid or (pid + rng.choice([0, 0, 17, 23, 41, 58]))
    ln.t("%s %5d %5d %s %-8s: " % (ts_logcat(d), pid, tid, lvl, tag))


def fam_logcat(phi, force=None):
    ln = L("android-logcat")
    if phi:
        p = pick()
        so = SO()
        k = force or rng.choice(["arrive", "nav", "sig", "scan", "udi", "dl", "selfie", "face", "note", "photo", "done", "dl"])
        if k == "arrive":
            lc(ln, "I", "DeliveryFlow")
            ln.t("arrived stop %d/%d so=%s lat=" % (rng.randint(1, 8), rng.randint(8, 12), so)).p("%.5f" % p["lat"], "address")
            ln.t(" lon=").p("%.5f" % p["lon"], "address").t(" acc=%.1fm geofence=HIT" % rng.uniform(3, 15))
        elif k == "nav":
            lc(ln, "D", "NavLauncher")
            ln.t("intent geo:0,0?q=").p(street_line(p).replace(" ", "+"), "address").t(",+").p(p["city"].replace(" ", "+"), "address")
            ln.t(",+%s+" % p["state"]).p(p["zip"], "zip").t(" pkg=com.google.android.apps.maps")
        elif k == "sig":
            lc(ln, "I", "SignaturePad")
            if rng.random() < 0.5:
                ln.t('captured signer="').p(p["rel_first"] + " " + p["rel_last"], "name").t('" rel=%s' % p["rel_rel"].upper())
            else:
                ln.t('captured signer="').p(p["full"], "name").t('" rel=SELF')
            ln.t(" strokes=%d file=sig_%s_%d.png" % (rng.randint(14, 80), so.replace("-", ""), 1710100000 + rng.randint(0, 99999)))
        elif k == "scan":
            lc(ln, "I", "ScanActivity")
            ser, hc = (p["serial"], PAP_HC[p["therapy"]]) if p["therapy"] else ((p["conc_serial"], "E1390") if p["o2"] else (p["wc_serial"], "K0823"))
            if ser is None:
                ser, hc = p["wc_serial"], "K0823"
            ln.t("barcode CODE_128 '").p(ser, "device").t("' matched line %s so=%s asset=%s" % (hc, so, ASSET()))
        elif k == "udi":
            pp = pick(lambda x: x["therapy"] == "cpap")
            g = gtin14("0" + "0815102" + digits(5))
            mfg = rand_date(dtm.date(2022, 6, 1), dtm.date(2023, 12, 1)).strftime("%y%m%d")
            lc(ln, "I", "ScanActivity")
            ln.t("GS1 DataMatrix ").p("(01)%s(11)%s(21)%s" % (g, mfg, pp["serial"]), "device")
            ln.t(" -> gtin=%s serial=" % g).p(pp["serial"], "device").t(" so=%s" % so)
        elif k == "dl":
            lc(ln, "I", "IdVerify")
            ln.t("PDF417 parsed AAMVA v%02d: DAQ=" % rng.choice([8, 9, 10])).p(p["dl"], "license")
            ln.t(" DCS=").p(asc(p["last"]).upper(), "name").t(" DAC=").p(asc(p["first"]).upper(), "name")
            ln.t(" DBB=").p(D(p["dob"], "aamva"), "date").t(" DAJ=%s match=OK" % p["state"])
        elif k == "selfie":
            lc(ln, "D", "IdVerify")
            ln.t('upload selfie {"so":"%s","mime":"image/jpeg","img":"' % so)
            ln.p("data:image/jpeg;base64," + jpeg_b64(rng.randint(220, 420)), "photo").t('"}')
        elif k == "face":
            lc(ln, "D", "FaceMatch")
            ln.t("score=%.3f threshold=0.80 probe_template=" % rng.uniform(0.81, 0.99))
            ln.p(template_b64(b"FTv3\x00\x02\x00\x80", rng.randint(180, 300)), "biometric")
        elif k == "note":
            lc(ln, "I", "StopNotes")
            ln.t("so=%s note=\"gate code %d#, %s, call " % (so, rng.randint(1000, 9999), rng.choice(["dog in yard", "use side door", "oxygen in use - no smoking sign posted", "2nd floor no elevator"])))
            ln.p(p["rel_first"], "name").t(" at ").p(PH(p["rel_phone"], "dash"), "phone").t(' on arrival"')
        elif k == "photo":
            lc(ln, "I", "PhotoCapture")
            slug = "%s_%s" % (asc(p["last"]).lower().replace(" ", "").replace("'", ""), asc(p["first"]).lower().replace(" ", ""))
            ln.t("saved /storage/emulated/0/Android/data/com.desertbreeze.delivery/files/Pictures/")
            ln.p(slug, "name").t("_setup_%02d.jpg (%.1f MB, exif stripped)" % (rng.randint(1, 6), rng.uniform(1.2, 4.8)))
        else:
            lc(ln, "I", "DeliveryFlow")
            ln.t("stop complete so=%s patient=" % so).p(p["bt"], "mrn").t(" dos=").p(D(TODAY), "date")
            ln.t(" items=%d duration=%dm" % (rng.randint(1, 5), rng.randint(9, 55)))
    else:
        k = rng.choice(["post", "resp", "photo", "gc", "sync", "fix", "batt", "route", "done", "okhttp_err"])
        sid = rng.randint(80000, 99999)
        if k == "post":
            lc(ln, "D", "OkHttp")
            ln.t("--> POST https://api.%s/tech/v2/stops/%d/photos (%d-byte body)" % (CO_DOMAIN, sid, rng.randint(90000, 900000)))
        elif k == "resp":
            lc(ln, "D", "OkHttp")
            ln.t("<-- 201 Created https://api.%s/tech/v2/stops/%d/complete (%dms)" % (CO_DOMAIN, sid, rng.randint(90, 2400)))
        elif k == "okhttp_err":
            lc(ln, "W", "OkHttp")
            ln.t("<-- HTTP FAILED: java.net.SocketTimeoutException: timeout (https://api.%s/tech/v2/sync)" % CO_DOMAIN)
        elif k == "photo":
            lc(ln, "I", "PhotoCapture")
            ln.t("saved IMG_%s_%02d%02d%02d.jpg (%.1f MB) so=%s tag=%s" % (now().strftime("%Y%m%d"), now().hour, now().minute, now().second, rng.uniform(1, 5), SO(), rng.choice(["SETUP", "SERIAL_PLATE", "HOME_SAFETY", "O2_SIGNAGE"])))
        elif k == "gc":
            lc(ln, "I", "art")
            ln.t("Background concurrent copying GC freed %d(%dKB) AllocSpace objects, %d(%dKB) LOS objects, %d%% free, %dMB/%dMB, paused %dus total %.3fms" % (
                rng.randint(5000, 40000), rng.randint(300, 4000), rng.randint(0, 20), rng.randint(0, 900), rng.randint(30, 60), rng.randint(8, 30), rng.randint(30, 60), rng.randint(20, 400), rng.uniform(40, 300)))
        elif k == "sync":
            lc(ln, "I", "SyncWorker")
            ln.t("uploaded %d/%d queued events, %d pending, backoff=%ds" % (3, 3, 0, rng.choice([0, 30, 60])))
        elif k == "fix":
            lc(ln, "V", "FusedLoc")
            ln.t("fix lat=%.4f lon=%.4f spd=%.1fm/s src=gps (en route)" % (32.22 + rng.uniform(-0.1, 0.1), -110.93 + rng.uniform(-0.1, 0.1), rng.uniform(5, 25)))
        elif k == "batt":
            lc(ln, "I", "BatteryMon")
            ln.t("level=%d%% temp=%.1fC charging=%s" % (rng.randint(15, 99), rng.uniform(28, 41), rng.choice(["false", "true"])))
        elif k == "route":
            van = rng.choice(VANS)
            b = BRANCHES[0]
            ln_t = "route R-TUS-0311-%02d loaded: %d stops, van %s, start %s, %s" % (rng.randint(1, 9), rng.randint(6, 12), van["id"], b[1], b[2])
            lc(ln, "I", "RouteMgr")
            ln.t(ln_t)
        else:
            lc(ln, "I", "DeliveryFlow")
            ln.t("stop %d/%d so=%s status=COMPLETED duration=%dm photos=%d" % (rng.randint(1, 9), rng.randint(9, 12), SO(), rng.randint(8, 50), rng.randint(1, 6)))
    return [ln]


# ---- 6. Python services (resupply, eligibility, notify, ivr, payments, hst, lift scheduling)
PY_PIDS = {"resupply.outreach": 4412, "notify.email": 4418, "eligibility.client": 3871, "ivr.voiceauth": 5120,
           "payments.gateway": 6011, "payments.ach": 6011, "hst.dispatch": 4433, "lift.scheduler": 4433,
           "pickups.service": 4433, "portal.accounts": 7702, "addr.verify": 3871, "intake.crossborder": 3871,
           "celery.worker.strategy": 4412, "celery.app.trace": 4412, "urllib3.connectionpool": 4412,
           "sqlalchemy.pool.impl.QueuePool": 7702, "db.patients": 7702}


def pyh(ln, lvl, name, d=None):
    ln.t("%s %-8s %s [%d] " % (ts_py(d or tick()), lvl, name, PY_PIDS.get(name, 4000)))


def fam_python(phi, force=None):
    ln = L("python-logging")
    out = [ln]
    if phi:
        p = pick()
        k = force or rng.choice(["sms", "email", "elig", "ivr", "pay", "ach", "hst", "lift", "portal", "addr", "curp", "dup", "sms", "elig",
                        "avatar", "faxpref", "zone", "mcaid", "reset", "email", "faxpref", "pay"])
        if k == "faxpref" and not p["fax"]:
            p = pick(lambda x: x["fax"])
        if k == "curp" and not p["last"].startswith("Hern"):
            p = [x for x in PATS if x["last"].startswith("Hern")][0]
        if k == "lift" and not p["vin"]:
            p = pick(lambda x: x["vin"])
        if k == "sms":
            pyh(ln, "INFO", "resupply.outreach")
            ln.t("SMS queued to ").p(PH(p["mobile"], "e164"), "phone").t(" for patient ").p(p["bt"], "mrn")
            ln.t(": 'Hi ").p(p["first"].split()[0], "name").t(", your %s supplies are eligible to ship. Reply YES to confirm or call %s.' sid=SM%s" % (
                "CPAP" if p["therapy"] != "bipap" else "BiPAP", PH(CO_TOLLFREE, "one"), hexs(32)))
        elif k == "email":
            pyh(ln, "INFO", "notify.email")
            ln.t("sent template=%s to " % rng.choice(["resupply_reminder", "delivery_confirmation", "statement_ready", "compliance_nudge"]))
            ln.p(p["email"], "email").t(" msg_id=<%s@mailer.%s> from=noreply@%s" % (uid(), CO_DOMAIN, CO_DOMAIN))
        elif k == "elig":
            pyh(ln, "INFO", "eligibility.client")
            ln.t("271 ok member=").p(p["member"], "health_plan").t(" payer=%s dob=" % p["payer"]).p(D(p["dob"]), "date")
            ln.t(" eb=1 (Active Coverage) group=%s trace=%s" % (p["group"] or "-", digits(10)))
        elif k == "ivr":
            pyh(ln, "INFO", "ivr.voiceauth")
            ln.t("enrolled voiceprint caller=").p(PH(p["phone"], "e164"), "phone").t(" patient=").p(p["bt"], "mrn")
            tpl = template_b64(b"VPRT\x01\x00", rng.randint(200, 330))
            ln.t(" template=").p(tpl, "biometric").t(" (len=%d, snr=%.1fdB)" % (len(tpl), rng.uniform(14, 30)))
        elif k == "pay":
            pyh(ln, "WARNING", "payments.gateway")
            ln.t("legacy debug enabled: charge request pan=").p(p["card"], "account").t(" exp=%02d/%02d amt=%.2f guarantor='" % (rng.randint(1, 12), rng.randint(25, 29), rng.choice([20.0, 25.0, 35.5, 48.12, 112.4])))
            ln.p(p["rel_first"] + " " + p["rel_last"] if rng.random() < 0.5 else p["full"], "name").t("' acct=").p(p["acct"], "account")
        elif k == "ach":
            pyh(ln, "INFO", "payments.ach")
            ln.t("autopay enrolled routing=%s account=" % p["routing"]).p(p["bank"], "account").t(" holder='").p(p["full"], "name")
            ln.t("' mandate=MND-%s" % digits(9))
        elif k == "hst":
            pyh(ln, "INFO", "hst.dispatch")
            ln.t("kit ").p(p["hst_kit"], "other_id").t(" shipped to patient ").p(p["bt"], "mrn")
            ln.t(" via UPS 1Z%s%s lot=%s" % (rng.choice(["999AA1", "4E8W32", "A1B2C3"]), digits(10), LOT()))
        elif k == "lift":
            pyh(ln, "INFO", "lift.scheduler")
            appt = rand_date(dtm.date(2024, 3, 12), dtm.date(2024, 3, 29))
            ln.t("install scheduled ").p(D(appt), "date").t(" so=%s vehicle=\"%s\" VIN=" % (SO(), vehicle_desc(p["vin"])))
            ln.p(p["vin"], "vehicle").t(" plate=%s " % p["state"]).p(p["plate"], "vehicle").t(" lift=Bruno VSL-6900 tech=%s" % rng.choice(TECHS)[2])
        elif k == "portal":
            pyh(ln, "INFO", "portal.accounts")
            ln.t("new account username=").p(p["user"], "other_id").t(" email=").p(p["email"], "email").t(" signup_ip=").p(p["ip"], "ip")
            ln.t(" linked_patient=").p(p["bt"], "mrn")
        elif k == "addr":
            pyh(ln, "DEBUG", "addr.verify")
            ln.t("USPS normalized '").p(street_line(p).lower(), "address").t(" ").p(p["city"].lower(), "address").t(" %s' -> '" % p["state"].lower())
            ln.p(asc(street_line(p)).upper(), "address").t(", ").p(asc(p["city"]).upper(), "address").t(" %s " % p["state"]).p(p["zip4"], "zip")
            ln.t("' dpv=Y rdi=Residential")
        elif k == "avatar":
            pyh(ln, "INFO", "portal.accounts")
            ln.t("profile photo updated username=").p(p["user"], "other_id").t(" bytes=%d avatar=" % rng.randint(8000, 40000))
            ln.p("data:image/png;base64," + png_b64(rng.randint(150, 260)), "photo")
        elif k == "faxpref":
            pyh(ln, "INFO", "billing.prefs")
            ln.t("statement delivery for account ").p(p["acct"], "account").t(" changed EMAIL -> FAX, fax_to=").p(PH(p["fax"], "e164"), "fax")
            ln.t(" changed_by=%s" % rng.choice(CSRS)[2])
        elif k == "zone":
            pyh(ln, "DEBUG", "routing.zones")
            ln.t("patient ").p(p["bt"], "mrn").t(" zip ").p(p["zip"], "zip").t(" -> branch=%s zone=%d drive_min=%d" % (
                branch_of(p), rng.randint(1, 6), rng.randint(8, 140)))
        elif k == "mcaid":
            pyh(ln, "INFO", "eligibility.client")
            ln.t("member search by ssn=").p(p["ssn"], "ssn").t(" dob=").p(D(p["dob"], "x12"), "date").t(" -> %s id=" % p["payer"]).p(p["member"], "health_plan")
        elif k == "reset":
            pyh(ln, "INFO", "portal.accounts")
            ln.t("password reset link sent to ").p(p["email"], "email").t(" (user ").p(p["user"], "other_id").t(", expires in 30m, token_id=%s)" % hexs(12))
        elif k == "curp":
            pyh(ln, "INFO", "intake.crossborder")
            c = curp("HEOL%sHSRRRS" % p["dob"].strftime("%y%m%d"))
            ln.t("secondary ID CURP=").p(c, "other_id").t(" validated (check digit ok) for patient ").p(p["bt"], "mrn")
        else:
            # psycopg2 unique violation, 3 lines
            pyh(ln, "ERROR", "db.patients")
            ln.t("insert failed for intake %s" % uid())
            l2 = L("python-logging")
            l2.t("psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"patients_ssn_key\"")
            l3 = L("python-logging")
            l3.t("DETAIL:  Key (ssn)=(").p(p["ssn"], "ssn").t(") already exists.")
            out = [ln, l2, l3]
    else:
        k = rng.choice(["batch", "task_recv", "task_ok", "conn", "pool", "lat", "hst", "tb", "optout", "addr_fail", "cohort", "digest"])
        tid = uid()
        if k == "batch":
            pyh(ln, "INFO", "resupply.outreach")
            el_ = rng.randint(300, 600)
            ln.t("batch 2024-03-11-AM: %d eligible, %d contacted, %d opted out, %d no valid channel" % (el_, el_ - rng.randint(20, 120), rng.randint(3, 30), rng.randint(0, 15)))
        elif k == "task_recv":
            pyh(ln, "INFO", "celery.worker.strategy")
            ln.t("Task resupply.tasks.send_batch[%s] received" % tid)
        elif k == "task_ok":
            pyh(ln, "INFO", "celery.app.trace")
            ln.t("Task resupply.tasks.send_batch[%s] succeeded in %.3fs: {'sent': %d, 'failed': %d}" % (tid, rng.uniform(0.5, 30), rng.randint(10, 200), rng.randint(0, 4)))
        elif k == "conn":
            pyh(ln, "DEBUG", "urllib3.connectionpool")
            ln.t("https://api.twilio.com:443 \"POST /2010-04-01/Accounts/AC%s/Messages.json HTTP/1.1\" 201 %d" % (hexs(32), rng.randint(700, 1100)))
        elif k == "pool":
            pyh(ln, "DEBUG", "sqlalchemy.pool.impl.QueuePool")
            ln.t("Connection <connection object at 0x7f%s; dsn: 'host=10.40.2.15 port=5432 dbname=dme_portal user=portal_app', closed: 0> checked out from pool" % hexs(10))
        elif k == "lat":
            pyh(ln, "INFO", "eligibility.client")
            ln.t("clearinghouse latency p50=%dms p95=%dms over last 200 requests (errors=%d)" % (rng.randint(200, 500), rng.randint(600, 2400), rng.randint(0, 5)))
        elif k == "hst":
            pyh(ln, "INFO", "hst.dispatch")
            ln.t("%d kits returned to inventory, reprocessed under lot %s (exp 2025-09-30)" % (rng.randint(2, 14), LOT()))
        elif k == "optout":
            pyh(ln, "INFO", "resupply.outreach")
            ln.t("STOP keyword received via Twilio webhook, opt-out list size now %d" % rng.randint(1000, 3000))
        elif k == "cohort":
            pyh(ln, "INFO", "resupply.outreach")
            ln.t("cohort stats: age_18_64=%d age_65_74=%d age_75_84=%d age_85_plus=%d median_age=%d" % (rng.randint(50, 200), rng.randint(100, 300), rng.randint(80, 200), rng.randint(20, 60), rng.randint(64, 72)))
        elif k == "digest":
            pyh(ln, "INFO", "notify.email")
            c1, c2 = rng.sample(CSRS, 2)
            ln.t("daily intake digest sent to intake-tus@%s, %s.%s@%s (%d new referrals, %d pending CMNs)" % (CO_DOMAIN, c1[0][0].lower(), asc(c1[1]).lower().replace(" ", ""), CO_DOMAIN, rng.randint(3, 40), rng.randint(0, 25)))
        elif k == "addr_fail":
            pyh(ln, "WARNING", "addr.verify")
            ln.t("USPS API returned 503 Service Unavailable, retrying in %ds (attempt %d/5)" % (rng.choice([2, 4, 8]), rng.randint(1, 4)))
        else:
            pyh(ln, "ERROR", "resupply.outreach")
            ln.t("send_batch failed, will retry")
            tb = ["Traceback (most recent call last):",
                  '  File "/srv/resupply/outreach/sender.py", line 142, in send_batch',
                  "    resp = self.session.post(url, data=payload, timeout=10)",
                  '  File "/usr/local/lib/python3.11/site-packages/requests/sessions.py", line 637, in post',
                  "    return self.request(\"POST\", url, data=data, json=json, **kwargs)",
                  "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.twilio.com', port=443): Read timed out. (read timeout=10)"]
            for t_ in tb:
                out.append(L("python-logging").t(t_))
    return out


# ---- 7. .NET services, Microsoft.Extensions.Logging console formatter (2+ lines per entry)
def net_entry(lvl, cat, eid, body_builder):
    h = L("dotnet-console")
    h.t("%s: %s[%d]" % (lvl, cat, eid))
    b = L("dotnet-console")
    b.t("      ")
    body_builder(b)
    return [h, b]


def fam_dotnet(phi, force=None):
    tick()
    if phi:
        p = pick()
        k = force or rng.choice(["term", "x12", "body", "efcore", "reject", "x12b"])
        if k == "term":
            def bb(b):
                b.t("271 for member ").p(p["member"], "health_plan").t(" (").p(p["LF"], "name").t(") indicates coverage terminated ")
                b.p(D(rand_date(dtm.date(2023, 12, 1), dtm.date(2024, 2, 29)), "usnp"), "date").t(" 12:00:00 AM; order hold placed")
            return net_entry("warn", "Dme.Eligibility.EligibilityClient", 2003, bb)
        if k in ("x12", "x12b"):
            def bb(b):
                ctl = "%09d" % rng.randint(1, 999999999)
                b.t("270 payload: ISA*00*          *00*          *ZZ*DBHM%s*ZZ*CMSJD          *240311*%s*^*00501*%s*0*P*:~GS*HS*DBHM*CMSJD*20240311*%s*%d*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*%s*20240311*%s~HL*1**20*1~NM1*PR*2*CGS ADMINISTRATORS*****PI*17013~HL*2*1*21*1~NM1*1P*2*DESERT BREEZE HOME MEDICAL*****XX*%s~HL*3*2*22*0~NM1*IL*1*" % (
                    " " * 11, now().strftime("%H%M"), ctl, now().strftime("%H%M"), rng.randint(1, 9999), hexs(10).upper(), now().strftime("%H%M"), npi()))
                b.p(asc(p["last"]).upper(), "name").t("*").p(asc(p["first"]).upper(), "name")
                if p["middle"]:
                    b.t("*").p(asc(p["middle"])[0].upper(), "name").t("***MI*")
                else:
                    b.t("****MI*")
                b.p(p["member"], "health_plan").t("~DMG*D8*").p(D(p["dob"], "x12"), "date").t("*%s~DTP*291*D8*" % p["sex"])
                b.p(D(dos_day(), "x12"), "date").t("~EQ*12~SE*13*0001~GE*1*%d~IEA*1*%s~" % (rng.randint(1, 9999), ctl))
            return net_entry("dbug", "Dme.Edi.X12Writer", 0, bb)
        if k == "body":
            def bb(b):
                b.t("POST /api/v1/patients request body: ")
                items = [("firstName", p["first"], "name"), ("lastName", p["last"], "name"), ("dateOfBirth", _Split([(D(p["dob"]), "date"), ("T00:00:00", None)]), None),
                         ("phone", PH(p["mobile"], "e164"), "phone")]
                if p["fax"]:
                    items.append(("faxNumber", PH(p["fax"], "e164"), "fax"))
                items += [("email", p["email"], "email"), ("branchCode", branch_of(p), None), ("referralSource", "Dr. %s" % doc()["last"], None)]
                jv(b, O(items, sep=",", kv=":"), None, "stj")
            return net_entry("dbug", "Dme.Api.Controllers.PatientsController", 0, bb)
        if k == "efcore":
            def bb(b):
                b.t("Executed DbCommand (%dms) [Parameters=[@__ssn_0='" % rng.randint(2, 60)).p(p["ssn"], "ssn")
                b.t("' (Size = 11), @__dob_1='").p(D(p["dob"], "usnp"), "date")
                b.t(" 12:00:00 AM' (DbType = Date)], CommandType='Text', CommandTimeout='30']")
                pass
            out = net_entry("info", "Microsoft.EntityFrameworkCore.Database.Command", 20101, bb)
            l3 = L("dotnet-console").t("      SELECT TOP(1) [p].[PatientKey], [p].[LastName], [p].[FirstName] FROM [dbo].[Patients] AS [p] WHERE [p].[Ssn] = @__ssn_0 AND [p].[Dob] = @__dob_1")
            return out + [l3]
        def bb(b):
            b.t("Claim CLM-%s rejected by payer %s: subscriber ID " % (digits(9), p["payer"])).p(p["member"], "health_plan")
            b.t(" / DOB ").p(D(p["dob"], "us"), "date").t(" not on file (STC*A3:33)")
        return net_entry("fail", "Dme.Billing.Claims.RemitProcessor", 1099, bb)
    k = rng.choice(["batch", "listen", "env", "http_send", "http_recv", "ef", "exc", "hangfire", "fee"])
    if k == "batch":
        return net_entry("info", "Dme.Billing.Claims.ClaimBatchService", 1001,
                         lambda b: b.t("Submitting 837P batch 240311-%02d (%d claims, $%s) to clearinghouse endpoint sftp://edi.availity.example.com/in" % (
                             rng.randint(1, 12), rng.randint(10, 90), "{:,.2f}".format(rng.uniform(2000, 60000)))))
    if k == "listen":
        return net_entry("info", "Microsoft.Hosting.Lifetime", 14, lambda b: b.t("Now listening on: http://[::]:8080"))
    if k == "env":
        return net_entry("info", "Microsoft.Hosting.Lifetime", 0, lambda b: b.t("Hosting environment: Production"))
    if k == "http_send":
        return net_entry("info", "System.Net.Http.HttpClient.Availity.LogicalHandler", 100,
                         lambda b: b.t("Start processing HTTP request POST https://api.availity.example.com/availity/v1/coverages"))
    if k == "http_recv":
        return net_entry("info", "System.Net.Http.HttpClient.Availity.ClientHandler", 101,
                         lambda b: b.t("Received HTTP response headers after %.4fms - 200" % rng.uniform(80, 2400)))
    if k == "ef":
        out = net_entry("info", "Microsoft.EntityFrameworkCore.Database.Command", 20101,
                        lambda b: b.t("Executed DbCommand (%dms) [Parameters=[@__key_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']" % rng.randint(1, 40)))
        return out + [L("dotnet-console").t("      SELECT [r].[RentalId], [r].[AssetTag], [r].[Hcpcs], [r].[StartDate] FROM [dbo].[Rentals] AS [r] WHERE [r].[PatientKey] = @__key_0")]
    if k == "hangfire":
        return net_entry("info", "Hangfire.Server.Worker", 0,
                         lambda b: b.t("Job %d 'RentalBillingJob.RunCycle' succeeded in %d ms, %d rentals billed for cycle 2024-03" % (rng.randint(100000, 999999), rng.randint(300, 90000), rng.randint(100, 900))))
    if k == "fee":
        return net_entry("info", "Dme.Billing.FeeSchedules.Importer", 3004,
                         lambda b: b.t("Imported DMEPOS fee schedule 2024Q1 for jurisdiction D: %d rows, %d HCPCS changed" % (rng.randint(2000, 4000), rng.randint(10, 200))))
    cid = "0HN" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUV0123456789") for _ in range(10))
    out = net_entry("fail", "Microsoft.AspNetCore.Server.Kestrel", 13,
                    lambda b: b.t('Connection id "%s", Request id "%s:%08X": An unhandled exception was thrown by the application.' % (cid, cid, rng.randint(1, 40))))
    for t_ in ["      System.TimeoutException: The operation has timed out waiting for lease on rental asset lock.",
               "         at Dme.Rentals.AssetLockService.AcquireAsync(String assetTag, TimeSpan timeout) in /src/Dme.Rentals/AssetLockService.cs:line 88",
               "         at Dme.Rentals.Controllers.RentalsController.Swap(Int32 rentalId, SwapRequest request) in /src/Dme.Rentals/Controllers/RentalsController.cs:line 142"]:
        out.append(L("dotnet-console").t(t_))
    return out


# ---- 8. .NET services, Serilog compact JSON (CLEF)
MACHINES = ["DBHM-APP01", "DBHM-APP02", "dme-rentals-7c9f8d6b5-x2kqp", "dme-portal-api-5d7b9c8f4-mn4wz"]


def clef(mt, props, lvl=None, rend=None, ctx="Dme.Rentals.RentalService"):
    ln = L("serilog-clef")
    items = [("@t", ts_clef(tick()), None), ("@mt", mt, None)]
    if lvl:
        items.append(("@l", lvl, None))
    if rend:
        items.append(("@r", A([(r, None) for r in rend], sep=","), None))
    items += props
    items += [("SourceContext", ctx, None), ("MachineName", rng.choice(MACHINES), None), ("ThreadId", rng.randint(4, 60), None)]
    jv(ln, O(items, sep=",", kv=":"), None, False)
    return [ln]


def fam_serilog(phi, force=None):
    if phi:
        p = pick()
        k = force or rng.choice(["rental", "geo", "stmt", "login", "medicaid", "deliv", "rental", "receipt", "fall"])
        if k == "fall":
            p = rng.choice([x for x in PATS if x["age"] > 89]) if rng.random() < 0.7 else p
            return clef("Fall-risk review flagged for patient {PatientKey} age {Age} item {Hcpcs}",
                        [("PatientKey", p["bt"], "mrn"), ("Age", p["age"], "age" if p["age"] > 89 else None), ("Hcpcs", rng.choice(["K0823", "K0001", "E0950"]), None)],
                        lvl="Warning", ctx="Dme.Clinical.RiskRules")
        if k == "receipt":
            return clef("Receipt for payment {PaymentId} emailed to {Email}",
                        [("PaymentId", "PMT-%s" % digits(9), None), ("Email", p["email"], "email")], ctx="Dme.Billing.Payments.ReceiptSender")
        if k == "rental":
            ser, hc = (p["serial"], PAP_HC[p["therapy"]]) if p["therapy"] else ((p["conc_serial"], "E1390") if p["o2"] else (p["wc_serial"], "K0823"))
            if ser is None:
                ser, hc = p["wc_serial"], "K0823"
            return clef("Created rental {RentalId} for patient {PatientKey} item {Hcpcs} serial {SerialNumber} asset {AssetTag}",
                        [("RentalId", rng.randint(80000, 99999), None), ("PatientKey", p["bt"], "mrn"), ("Hcpcs", hc, None),
                         ("SerialNumber", ser, "device"), ("AssetTag", ASSET(), None)])
        if k == "geo":
            return clef("Geocoded patient {PatientKey} home to {Lat},{Lon} (confidence {Confidence})",
                        [("PatientKey", p["bt"], "mrn"), ("Lat", p["lat"], "address"), ("Lon", p["lon"], "address"),
                         ("Confidence", round(rng.uniform(0.8, 1.0), 2), None)], ctx="Dme.Routing.GeocodingService")
        if k == "stmt":
            return clef("Statement {StatementId} generated for account {AccountNumber} guarantor {Guarantor} balance {Balance:C}",
                        [("StatementId", "ST-%s" % digits(8), None), ("AccountNumber", p["acct"], "account"),
                         ("Guarantor", p["rel_first"] + " " + p["rel_last"] if p["rel_rel"] != "Brother" else p["full"], "name"),
                         ("Balance", round(rng.uniform(5, 400), 2), None)], rend=None, ctx="Dme.Billing.Statements.StatementJob")
        if k == "login":
            return clef("Portal login succeeded for {UserName} from {ClientIp} mfa {MfaMethod}",
                        [("UserName", p["user"], "other_id"), ("ClientIp", p["ip"], "ip"), ("MfaMethod", rng.choice(["sms", "totp", "email"]), None)],
                        ctx="Dme.Portal.Auth.LoginHandler")
        if k == "medicaid":
            pm = pick(lambda x: x["payer"] in ("AHCCCS", "NM Medicaid")) if any(x["payer"] in ("AHCCCS", "NM Medicaid") for x in PATS) else p
            return clef("Medicaid eligibility {MemberId} verified for patient {PatientKey}, plan {PlanCode}",
                        [("MemberId", pm["member"], "health_plan"), ("PatientKey", pm["bt"], "mrn"), ("PlanCode", rng.choice(["MERCY-CARE", "BANNER-UFC", "AZCH", "PRESBY-CC"]), None)],
                        ctx="Dme.Eligibility.MedicaidVerifier")
        day = rand_date(TODAY + dtm.timedelta(days=1), TODAY + dtm.timedelta(days=9))
        dl = O([("SalesOrder", SO(), None), ("Patient", p["lf"], "name"), ("WindowStart", D(day) + "T08:00:00-07:00", None),
                ("Street", street_line(p), "address"), ("City", p["city"], "address"), ("Zip", p["zip"], "zip"),
                ("Phone", PH(p["phone"], "paren"), "phone"), ("_typeName", "DeliveryRequest", None)], sep=",", kv=":")
        # label the date part of WindowStart separately: rebuild with split value
        dl.items[2] = ("WindowStart", _Split([(D(day), "date"), ("T08:00:00-07:00", None)]), None)
        return clef("Delivery scheduled {@Delivery}", [("Delivery", dl, None)], ctx="Dme.Routing.DeliveryScheduler")
    k = rng.choice(["req", "req", "ack", "asset", "health", "cache", "hang"])
    if k == "req":
        el = rng.uniform(0.5, 900)
        path = rng.choice(["/health", "/api/v1/rentals/%d" % rng.randint(80000, 99999), "/api/v1/assets/%s" % ASSET(), "/metrics", "/api/v1/hcpcs/E1390/fees"])
        return clef("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                    [("RequestMethod", rng.choice(["GET", "GET", "POST"]), None), ("RequestPath", path, None),
                     ("StatusCode", rng.choice([200, 200, 200, 204, 304, 404]), None), ("Elapsed", round(el, 6), None),
                     ("RequestId", "0HN%s:%08X" % ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUV0123456789") for _ in range(10)), rng.randint(1, 90)), None),
                     ("ConnectionId", "0HN%s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUV0123456789") for _ in range(10)), None)],
                    rend=["%.4f" % el], ctx="Serilog.AspNetCore.RequestLoggingMiddleware")
    if k == "ack":
        return clef("Claim batch {BatchId} acknowledged: {Accepted} accepted, {Rejected} rejected (999 {AckCode})",
                    [("BatchId", "240311-%02d" % rng.randint(1, 12), None), ("Accepted", rng.randint(10, 80), None), ("Rejected", rng.randint(0, 3), None), ("AckCode", "A", None)],
                    ctx="Dme.Billing.Claims.AckProcessor")
    if k == "asset":
        return clef("Asset {AssetTag} returned to {Warehouse}, lot {LotNumber}, status {Status}",
                    [("AssetTag", ASSET(), None), ("Warehouse", rng.choice(["WH-TUS-01", "WH-PHX-02", "WH-LCR-01"]), None),
                     ("LotNumber", LOT(), None), ("Status", rng.choice(["QUARANTINE", "NEEDS_CLEANING", "READY"]), None)], lvl=None)
    if k == "health":
        return clef("Health check {HealthCheckName} completed after {ElapsedMs}ms with status {Status}",
                    [("HealthCheckName", rng.choice(["sqlserver", "redis", "brightree-api"]), None), ("ElapsedMs", round(rng.uniform(1, 400), 4), None),
                     ("Status", rng.choice(["Healthy", "Healthy", "Degraded"]), None)], lvl=rng.choice([None, "Warning"]),
                    ctx="Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService")
    if k == "cache":
        return clef("HCPCS cache refreshed: {Count} codes, {Modifiers} modifiers, effective {Effective}",
                    [("Count", rng.randint(3000, 5000), None), ("Modifiers", rng.randint(200, 400), None), ("Effective", "2024-01-01", None)],
                    ctx="Dme.Billing.Reference.HcpcsCache")
    return clef("Recurring job {JobId} failed after {Attempts} attempts", [("JobId", "rental-billing-cycle", None), ("Attempts", rng.randint(2, 5), None)],
                lvl="Error", ctx="Hangfire.AutomaticRetryAttribute")


# ---- 9. fax intake + OCR (syslog)
FAX_PID = {"fax-intake": 2231, "fax-ocr": 2240, "fax-route": 2252}


def fx(ln, prog):
    ln.t("%s faxsrv01 %s[%d]: " % (ts_syslog(tick()), prog, FAX_PID[prog]))


def fax_job():
    return "FX%s-%04d" % (now().strftime("%y%m%d"), rng.randint(1, 400))


def fam_fax(phi, force=None):
    ln = L("fax-syslog")
    job = fax_job()
    if phi:
        p = pick()
        k = force or rng.choice(["p1", "p2", "fields", "hosp", "ssn", "homefax", "p1", "homefax"])
        if k == "ssn" and rng.random() < 0.45:
            p = rng.choice([x for x in PATS if x["age"] > 89])
        if k == "homefax" and not p["fax"]:
            p = pick(lambda x: x["fax"])
        conf = "%.3f" % rng.uniform(0.78, 0.99)
        if k == "p1":
            fx(ln, "fax-ocr")
            ln.t('job=%s page=1 conf=%s text="PATIENT NAME: ' % (job, conf)).p(p["LF"], "name").t("   DOB: ").p(D(p["dob"], "us"), "date")
            if p["payer"] == "Medicare":
                ln.t("   MBI: ").p(mbi_dash(p["member"]), "health_plan").t('"')
            else:
                ln.t("   INS ID: ").p(p["member"], "health_plan").t("  GRP: %s\"" % (p["group"] or "N/A"))
        elif k == "p2":
            fx(ln, "fax-ocr")
            ln.t('job=%s page=2 conf=%s text="ADDRESS: ' % (job, conf)).p(asc(street_line(p)).upper(), "address").t(" ")
            ln.p(asc(p["city"]).upper(), "address").t(" %s " % p["state"]).p(p["zip"], "zip").t("  PH: ").p(PH(p["phone"], "paren"), "phone").t('"')
        elif k == "fields":
            fx(ln, "fax-ocr")
            dr = doc()
            od = rand_date(dtm.date(2024, 2, 20), dtm.date(2024, 3, 8))
            items = [("patient_name", p["full"], "name"), ("dob", D(p["dob"], "us"), "date"),
                     ("hcpcs", A([(h, None) for h in rng.sample(["E0601", "A7030", "A7037", "E0562", "A7038", "E1390"], 3)]), None),
                     ("ordering_npi", dr["npi"], None), ("ordering_physician", "%s %s, %s" % (dr["first"], dr["last"], dr["cred"]), None),
                     ("order_date", D(od), "date"), ("dx", A([(c, None) for c in rng.sample(["G47.33", "J44.9", "R09.02", "J96.11"], 2)]), None)]
            ln.t("job=%s extracted fields=" % job)
            jv(ln, O(items), None, False)
        elif k == "hosp":
            fx(ln, "fax-ocr")
            adm = rand_date(dtm.date(2024, 2, 25), dtm.date(2024, 3, 5))
            ln.t('job=%s page=1 conf=%s text="DISCHARGE REFERRAL  MRN: ' % (job, conf)).p(p["hosp_mrn"], "mrn").t("  ")
            ln.p(p["LF"], "name").t("  ADM: ").p(D(adm, "usnp"), "date").t("  DC: ").p(D(adm + dtm.timedelta(days=rng.randint(2, 9)), "usnp"), "date")
            ln.t('  NEEDS: HOME O2 2L NC CONT, CONCENTRATOR + PORTABLE"')
        elif k == "ssn":
            fx(ln, "fax-ocr")
            ln.t('job=%s page=%d conf=%s text="SSN: ' % (job, rng.randint(2, 4), conf)).p(p["ssn"], "ssn")
            if p["age"] > 89:
                ln.t("  AGE: ").p(str(p["age"]), "age")
            else:
                ln.t("  AGE: %d" % p["age"])
            ln.t("  SEX: %s  EMERGENCY CONTACT: " % p["sex"]).p(asc(p["rel_first"] + " " + p["rel_last"]).upper(), "name")
            ln.t(" ").p(PH(p["rel_phone"], "dash"), "phone").t('"')
        else:
            fx(ln, "fax-intake")
            ln.t("job=%s rx from=" % job).p(PH(p["fax"], "e164"), "fax").t(' csid="').p(asc(p["last"]).upper(), "name").t(' HOME" pages=%d dur=%ds' % (rng.randint(1, 3), rng.randint(20, 90)))
    else:
        dr = doc()
        k = rng.choice(["rx", "class", "low", "t38", "tiff", "route", "rx"])
        if k == "rx":
            fx(ln, "fax-intake")
            ln.t('job=%s rx from=%s csid="%s" pages=%d dur=%ds ecm=on' % (job, PH(dr["fax"], "e164"), asc(dr["practice"]).upper()[:20], rng.randint(1, 12), rng.randint(20, 400)))
        elif k == "class":
            fx(ln, "fax-ocr")
            ln.t("job=%s classified=%s score=%.2f routed_to=queue:%s" % (job, rng.choice(["CPAP_RX_REFERRAL", "O2_CMN_RETURN", "PWC_7ELEMENT_ORDER", "CHART_NOTES", "JUNK_MARKETING"]), rng.uniform(0.6, 0.99), rng.choice(["intake-cpap", "intake-o2", "intake-mobility", "cmn-returns"])))
        elif k == "low":
            fx(ln, "fax-ocr")
            ln.t("job=%s page=%d conf=%.3f below threshold 0.700, sent to manual review (reviewer pool=intake-tus)" % (job, rng.randint(1, 6), rng.uniform(0.2, 0.69)))
        elif k == "t38":
            fx(ln, "fax-intake")
            ln.t("job=%s t38 negotiated %d bps ECM=on from %s" % (job, rng.choice([9600, 14400]), "sip:+1%s@trunk.voip.example.net" % dr["fax"]))
        elif k == "tiff":
            fx(ln, "fax-intake")
            ln.t("job=%s converted /var/spool/fax/in/%s.tif -> /var/spool/fax/pdf/%s.pdf (%d pages, %d KB)" % (job, job, job, rng.randint(1, 9), rng.randint(40, 900)))
        else:
            fx(ln, "fax-route")
            ln.t("job=%s delivered to Brightree document queue 'Intake - %s' as DOC-%s; confirmation faxed to %s" % (job, rng.choice(["Tucson", "Phoenix", "Las Cruces"]), digits(8), PH(dr["fax"], "paren")))
    return [ln]


# ---- 10. patient portal nginx access log
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
       "DesertBreezeApp/3.4.1 (iPad; iOS 16.7.5; Scale/2.00)", "okhttp/4.12.0"]
PORTAL = "https://myportal." + CO_DOMAIN


def ngx(ln, ip, ip_cat, req, status, size, ref, ua, ref_cat=None, req_parts=None):
    ln.v(ip, ip_cat).t(" - - [%s] \"" % ts_nginx(tick()))
    if req_parts:
        for s_, c_ in req_parts:
            ln.v(s_, c_)
    else:
        ln.t(req)
    ln.t("\" %d %d \"" % (status, size)).v(ref, ref_cat).t("\" \"%s\" rt=%.3f" % (ua, rng.uniform(0.001, 1.4)))


def fam_nginx(phi, force=None):
    ln = L("nginx-portal")
    if phi:
        p = pick()
        ua = UAS[p["idx"] % 4] if rng.random() < 0.8 else rng.choice(UAS)
        k = force or rng.choice(["summary", "login", "profile", "reset", "refurl", "staff", "summary", "order"])
        if k == "summary":
            ngx(ln, p["ip"], "ip", "GET /api/v2/therapy/summary?days=%d HTTP/2.0" % rng.choice([7, 30, 90]), 200, rng.randint(900, 4000), PORTAL + "/dashboard", ua)
        elif k == "login":
            ngx(ln, p["ip"], "ip", "POST /api/v2/auth/login HTTP/2.0", rng.choice([200, 200, 401]), rng.randint(90, 900), PORTAL + "/login", ua)
        elif k == "order":
            ngx(ln, p["ip"], "ip", "POST /api/v2/resupply/orders HTTP/2.0", 201, rng.randint(200, 700), PORTAL + "/supplies/reorder", ua)
        elif k == "profile":
            ngx(ln, p["ip"], "ip", None, 200, rng.randint(400, 2000), PORTAL + "/settings", ua,
                req_parts=[("GET /api/v2/users/", None), (p["user"], "other_id"), ("/profile HTTP/2.0", None)])
        elif k == "reset":
            ngx(ln, p["ip"], "ip", None, 302, 0, PORTAL + "/login", ua,
                req_parts=[("GET /account/reset?email=", None), (p["email"].replace("@", "%40"), "email"), ("&src=login HTTP/2.0", None)])
        elif k == "refurl":
            slug = "%s-%s-%s" % (p["bt"], asc(p["last"]).lower().replace(" ", "-").replace("'", ""), asc(p["first"]).lower().replace(" ", "-"))
            ngx(ln, p["ip"], "ip", "GET /api/v2/therapy/nights?from=2024-03-01&to=2024-03-10 HTTP/2.0", 200, rng.randint(2000, 9000),
                PORTAL + "/patients/" + slug + "/compliance", ua, ref_cat="url")
        else:
            ngx(ln, "10.40.%d.%d" % (rng.randint(1, 30), rng.randint(2, 250)), None, None, 200, rng.randint(2000, 40000),
                "https://brightree.net/F1/02931/DBHM/Patient/PatientDetail.aspx?PatientKey=" + p["bt"], UAS[1], ref_cat="url",
                req_parts=[("GET /api/internal/patients/", None), (p["bt"], "mrn"), ("/documents?type=CMN HTTP/1.1", None)])
    else:
        k = rng.choice(["probe", "prom", "static", "probe", "robots"])
        if k == "probe":
            ngx(ln, "10.42.%d.1" % rng.randint(0, 3), None, "GET /healthz HTTP/1.1", 200, 2, "-", "kube-probe/1.28")
        elif k == "prom":
            ngx(ln, "10.42.3.%d" % rng.randint(2, 40), None, "GET /metrics HTTP/1.1", 200, rng.randint(9000, 30000), "-", "Prometheus/2.48.1")
        elif k == "static":
            st_ = rng.choice([200, 304, 304])
            ngx(ln, "10.40.0.%d" % rng.randint(2, 9), None, "GET /static/js/main.%s.js HTTP/1.1" % hexs(8), st_, 248113 if st_ == 200 else 0, "-", "Amazon CloudFront")
        else:
            ngx(ln, "172.20.%d.%d" % (rng.randint(0, 15), rng.randint(2, 250)), None, "GET /robots.txt HTTP/1.1", 200, 67, "-", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)")
    return [ln]


# ---- 11. warehouse / asset management (company equipment: asset tags, lots)
def wh(ln, site=None):
    ln.t("%s wms[%s] " % (ts_wms(tick()), site or rng.choice(["TUS-01", "TUS-01", "PHX-02", "LCR-01"])))


def fam_wms(phi, force=None):
    ln = L("wms")
    if phi:
        p = pick()
        ser = p["conc_serial"] or p["wc_serial"] or p["serial"]
        k = force or rng.choice(["out", "swap"])
        if k == "out":
            wh(ln)
            ln.t("asset %s checked out so=%s serial=" % (ASSET(), SO())).p(ser, "device").t(" -> patient ").p(p["bt"], "mrn")
            ln.t(" user=%s" % rng.choice(TECHS)[2])
        else:
            wh(ln)
            new_ser = "".join(str(rng.randint(0, 9)) if ch.isdigit() and i_ > 2 else ch for i_, ch in enumerate(ser))
            ln.t("swap asset %s serial=" % ASSET()).p(ser, "device").t(" replaced by %s serial=" % ASSET()).p(new_ser, "device")
            ln.t(" patient=").p(p["bt"], "mrn").t(" reason=%s" % rng.choice(["LOW_O2_PURITY", "COMPRESSOR_NOISE", "ALARM_E2", "BATTERY_FAULT"]))
    else:
        k = rng.choice(["status", "receipt", "recall", "count", "pm", "status", "xfer"])
        wh(ln)
        models = ["INOGEN G5 PORTABLE CONC", "EVERFLO 5L CONC", "AIRSENSE 10 AUTOSET", "QUANTUM Q6 EDGE PWC", "K0001 STD WC 18IN", "BIPAP A40"]
        if k == "status":
            ln.t("asset %s (%s) status %s bin=R%d-S%d-B%02d user=%s" % (ASSET(), rng.choice(models), rng.choice(["CLEANING->READY", "RETURNED->QUARANTINE", "READY->STAGED", "QUARANTINE->CLEANING"]),
                                                                      rng.randint(1, 9), rng.randint(1, 5), rng.randint(1, 30), rng.choice(TECHS)[2]))
        elif k == "receipt":
            ln.t("receipt PO-%d sku=%s qty=%d lot=%s exp=%s vendor=%s" % (rng.randint(770000, 789999), rng.choice(["A7030-M", "A7034-L", "A7037", "A7038-6PK", "A4604"]), rng.choice([24, 48, 96, 120]),
                                                                          LOT(), rand_date(dtm.date(2026, 1, 1), dtm.date(2028, 12, 31)).isoformat(), rng.choice(["ResMed", "Philips", "Medline", "Drive DeVilbiss"])))
        elif k == "recall":
            ln.t("recall check: lot %s not affected by FSN-2024-%02d (manufacturer %s)" % (LOT(), rng.randint(1, 6), rng.choice(["Philips", "ResMed", "Inogen"])))
        elif k == "count":
            c = rng.randint(2, 40)
            ln.t("cycle count bin R%d-S%d-B%02d expected=%d counted=%d variance=0" % (rng.randint(1, 9), rng.randint(1, 5), rng.randint(1, 30), c, c))
        elif k == "pm":
            ln.t("asset %s PM due: %s at %d hours (lot %s)" % (ASSET(), rng.choice(["filter/sieve bed check", "battery capacity test", "O2 purity test"]), rng.randint(5000, 26000), LOT()))
        else:
            ln.t("transfer TR-%d %d assets WH-TUS-01 -> WH-PHX-02 carrier=%s tracking=1Z%s%s" % (rng.randint(1000, 9999), rng.randint(2, 20), "UPS", rng.choice(["4E8W32", "999AA1"]), digits(10)))
    return [ln]


# ---- 12. fleet telematics for company delivery vans (never PHI)
def fam_fleet(phi, force=None):
    ln = L("fleet-telematics")
    van = rng.choice(VANS)
    ln.t("%s telematics unit=%s van=%s plate=AZ %s vin=%s " % (ts_wms(tick()), van["unit"], van["id"], van["plate"], van["vin"]))
    k = rng.choice(["ign", "idle", "harsh", "fuel"])
    if k == "ign":
        ln.t("ign=on odo=%dmi lat=32.2494 lon=-110.9363 (depot 2150 E Grant Rd)" % rng.randint(20000, 90000))
    elif k == "idle":
        ln.t("idle_exceeded dur=%ds threshold=300s" % rng.randint(301, 1400))
    elif k == "harsh":
        ln.t("event=HARSH_BRAKE g=%.2f spd=%dmph driver=%s" % (rng.uniform(0.4, 0.8), rng.randint(20, 55), rng.choice(TECHS)[2]))
    else:
        ln.t("fuel=%d%% dtc=none battery=%.1fV" % (rng.randint(10, 99), rng.uniform(12.1, 14.4)))
    return [ln]


# =========================================================================== main
FAMILIES = [  # (fn, weight, phi probability)
    (fam_airview, 12, 0.45), (fam_csv, 6, 0.45), (fam_brightree, 12, 0.4), (fam_cmn, 7, 0.42),
    (fam_logcat, 14, 0.4), (fam_python, 12, 0.33), (fam_dotnet, 7, 0.45), (fam_serilog, 9, 0.38),
    (fam_fax, 9, 0.45), (fam_nginx, 10, 0.5), (fam_wms, 6, 0.2), (fam_fleet, 3, 0.0),
]


TARGET_PHI = 0.45
MANDATORY = ([(fam_python, k) for k in ["faxpref", "faxpref", "pay", "pay", "pay", "ach", "ach", "lift", "lift", "lift", "avatar", "avatar",
                                         "curp", "hst", "hst", "ivr", "ivr", "mcaid", "mcaid", "portal", "portal", "reset"]]
             + [(fam_logcat, k) for k in ["dl", "dl", "selfie", "selfie", "selfie", "face", "face", "face", "udi"]]
             + [(fam_brightree, "field:" + f) for f in ["Fax", "Fax", "DriversLicense", "Vehicle.VIN", "Vehicle.VIN", "Guarantor.AccountNumber",
                                                         "Guarantor.AccountNumber", "SSN", "Address.County", "Email"]]
             + [(fam_fax, k) for k in ["homefax", "homefax", "ssn", "ssn", "hosp"]]
             + [(fam_serilog, k) for k in ["fall", "fall", "fall", "stmt", "stmt", "receipt"]]
             + [(fam_dotnet, k) for k in ["body", "body", "body", "efcore", "term", "reject", "x12"]]
             + [(fam_python, k) for k in ["elig", "elig"]]
             + [(fam_fax, k) for k in ["p1", "p1"]]
             + [(fam_cmn, k) for k in ["age", "age", "age", "pdf", "pdf", "pdf"]]
             + [(fam_nginx, k) for k in ["reset", "refurl", "refurl", "refurl", "staff", "staff"]]
             + [(fam_airview, k) for k in ["webhook", "webhook"]]
             + [(fam_logcat, k) for k in ["arrive", "arrive", "nav", "nav"]]
             + [(fam_python, k) for k in ["addr", "addr", "zone", "zone"]]
             + [(fam_fax, k) for k in ["p2", "p2"]]
             + [(fam_serilog, k) for k in ["deliv", "deliv", "geo"]]
             + [(fam_brightree, "field:" + f) for f in ["Address.Line1", "Address.Zip", "Address.City"]])


def main():
    lines = []
    mand = list(MANDATORY)
    rng.shuffle(mand)
    while len(lines) < N_LINES:
        adv()
        left = N_LINES - len(lines)
        if mand and rng.random() < max(0.16, 1.6 * len(mand) / left):
            fn, force = mand.pop()
            ev = fn(True, force)
        else:
            fn, _, pp = rng.choices(FAMILIES, [f[1] for f in FAMILIES])[0]
            # keep the share of PHI lines near TARGET_PHI without fixing it exactly
            n_phi = sum(1 for x in lines if x.spans)
            ratio = n_phi / len(lines) if lines else TARGET_PHI
            pp = min(0.95, pp * (1.6 if ratio < TARGET_PHI else 0.55))
            ev = fn(rng.random() < pp)
        if len(lines) + len(ev) > N_LINES:
            continue
        lines.extend(ev)
    assert len(lines) == N_LINES
    assert not mand, len(mand)
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "w", encoding="utf-8", newline="\n") as f_log, open(lab_path, "w", encoding="utf-8", newline="\n") as f_lab:
        for i, ln in enumerate(lines, 1):
            text, spans = ln.finish()
            f_log.write(text + "\n")
            f_lab.write(json.dumps({"line": i, "family": ln.fam, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
