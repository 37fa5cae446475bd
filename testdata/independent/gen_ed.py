#!/usr/bin/env python3
"""Deterministic generator of a labeled synthetic log corpus (ID: ed).

Theme: Medicare Advantage risk adjustment + HEDIS quality operations.
Writes ed.log and ed.labels.jsonl next to this file.  Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

SEED = 18052024
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500


# --------------------------------------------------------------------------
# line builder: concatenation with byte offsets
# --------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, s):
        b = s.encode("utf-8")
        self.parts.append(b)
        self.n += len(b)
        return self

    def p(self, s, cat):
        assert s, "empty PHI value"
        b = s.encode("utf-8")
        st = self.n
        self.parts.append(b)
        self.n += len(b)
        self.spans.append((st, self.n, cat, b))
        return self

    def m(self, parts, esc=None):
        """parts: list of str (plain) or (value, cat)."""
        for x in parts:
            if isinstance(x, tuple):
                v, c = x
                if esc is not None:
                    assert esc(v) == v, (v, esc(v))
                if c:
                    self.p(v, c)
                else:
                    self.t(v)
            else:
                self.t(esc(x) if esc is not None else x)
        return self

    def build(self):
        line = b"".join(self.parts)
        assert b"\n" not in line and b"\r" not in line
        assert len(line) <= 4000, (self.family, len(line))
        last = 0
        out = []
        for s, e, c, v in self.spans:
            assert line[s:e] == v, (line[s:e], v)
            assert s >= last
            last = e
            out.append({"s": s, "e": e, "cat": c})
        return line, out


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


class Msg(list):
    """a JSON string value made of parts"""


def jobj(L, items):
    L.t("{")
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if i:
            L.t(",")
        L.t(json.dumps(k) + ":")
        jval(L, v, cat)
    L.t("}")


def jval(L, v, cat=None):
    if isinstance(v, Msg):
        L.t('"')
        L.m(v, esc=jesc)
        L.t('"')
    elif isinstance(v, list) and v and isinstance(v[0], tuple):
        jobj(L, v)
    elif isinstance(v, str):
        L.t('"')
        if cat:
            assert jesc(v) == v
            L.p(v, cat)
        else:
            L.t(jesc(v))
        L.t('"')
    elif cat:
        L.p(json.dumps(v), cat)
    else:
        L.t(json.dumps(v))


def pyrepr_dict(L, items):
    """python dict repr with spans on values"""
    L.t("{")
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if i:
            L.t(", ")
        L.t(repr(k) + ": ")
        if isinstance(v, str):
            r = repr(v)
            if cat:
                assert r[1:-1] == v
                L.t(r[0]).p(v, cat).t(r[-1])
            else:
                L.t(r)
        else:
            L.t(repr(v))
    L.t("}")


# --------------------------------------------------------------------------
# identifier helpers with real check digits
# --------------------------------------------------------------------------
DIG = "0123456789"
MBI_A = "ACDEFGHJKMNPQRTUVWXY"


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


def mk_npi(first="1"):
    base = first + "".join(R.choice(DIG) for _ in range(8))
    return base + luhn_digit("80840" + base)


def mk_mbi():
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(MBI_A + DIG), R.choice(DIG),
         R.choice(MBI_A), R.choice(MBI_A + DIG), R.choice(DIG), R.choice(MBI_A),
         R.choice(MBI_A), R.choice(DIG), R.choice(DIG)]
    return "".join(c)


def mbi_dash(m):
    return m[:4] + "-" + m[4:7] + "-" + m[7:]


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mk_imei():
    body = R.choice(["35693803", "35420511", "86753104", "35290611"]) + "".join(R.choice(DIG) for _ in range(6))
    return body + luhn_digit(body)


def mk_card():
    body = "4" + "".join(R.choice(DIG) for _ in range(14))
    return body + luhn_digit(body)


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def mk_vin():
    wmi = R.choice(["1HG", "2HG", "1FT", "5YJ", "JTD", "1G1", "3VW", "KM8"])
    vds = "".join(R.choice(VIN_CH) for _ in range(5))
    yr = R.choice("CDEFGHJKLM")
    rest = R.choice(VIN_CH) + "".join(R.choice(DIG) for _ in range(6))
    v = wmi + vds + "0" + yr + rest
    tot = sum(VIN_MAP[ch] * w for ch, w in zip(v, VIN_W))
    chk = tot % 11
    chk = "X" if chk == 10 else str(chk)
    return v[:8] + chk + v[9:]


def digits(n):
    return "".join(R.choice(DIG) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fmt_phone(p, style):
    a, b, c = p
    if style == 0:
        return "(%s) %s-%s" % (a, b, c)
    if style == 1:
        return "%s-%s-%s" % (a, b, c)
    if style == 2:
        return "+1%s%s%s" % (a, b, c)
    if style == 3:
        return "%s%s%s" % (a, b, c)
    if style == 4:
        return "%s.%s.%s" % (a, b, c)
    return "1-%s-%s-%s" % (a, b, c)


def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "x12":
        return d.strftime("%Y%m%d")
    if style == "ora":
        return d.strftime("%d-%b-%Y").upper()
    if style == "long":
        return d.strftime("%b %d, %Y").replace(" 0", " ")
    if style == "usshort":
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    raise ValueError(style)


TODAY = dt.date(2024, 5, 14)


def age_on(d, ref=TODAY):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def rand_date(a, b):
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


def dos():
    return rand_date(dt.date(2023, 1, 9), dt.date(2024, 5, 10))


# --------------------------------------------------------------------------
# synthetic people
# --------------------------------------------------------------------------
PLACES = [  # city, county, state, zip prefixes, area codes
    ("Chicago", "Cook", "IL", ["60614", "60641", "60618", "60625", "60629", "60637", "60651"], ["312", "773"]),
    ("Evanston", "Cook", "IL", ["60201", "60202"], ["847"]),
    ("Cicero", "Cook", "IL", ["60804"], ["708"]),
    ("Joliet", "Will", "IL", ["60432", "60435"], ["815"]),
    ("Aurora", "Kane", "IL", ["60505", "60506"], ["630"]),
    ("Gary", "Lake", "IN", ["46404", "46408"], ["219"]),
    ("Hammond", "Lake", "IN", ["46320", "46324"], ["219"]),
    ("Waukegan", "Lake", "IL", ["60085"], ["847", "224"]),
    ("Naperville", "DuPage", "IL", ["60540", "60563"], ["630", "331"]),
    ("Kenosha", "Kenosha", "WI", ["53140", "53143"], ["262"]),
    ("Berwyn", "Cook", "IL", ["60402"], ["708"]),
]
STREETS = ["Belmont Ave", "Sherman Ave", "Cermak Rd", "Ogden Ave", "Lincoln Hwy", "Broadway",
           "Kedzie Ave", "Pulaski Rd", "Lawrence Ave", "Halsted St", "Washington St", "Ridge Rd",
           "Sheridan Rd", "Grand Ave", "Roosevelt Rd", "Chicago Ave", "Main St", "Indianapolis Blvd",
           "Sheridan Rd", "22nd Ave", "Oak Park Ave", "Devon Ave", "Archer Ave", "Milwaukee Ave"]
MEMBER_NAMES = [
    ("Chinedu", "Okafor", "M"), ("Lan", "Nguyen", "F"), ("Guadalupe", "Ortiz Ramírez", "F"),
    ("Siobhán", "O'Donnell", "F"), ("Tomasz", "Wiśniewski", "M"), ("Fatima", "Al-Sayed", "F"),
    ("Kwame", "Mensah", "M"), ("Yuki", "Tanabe", "F"), ("Olga", "Sokolova", "F"),
    ("Rajesh", "Venkataraman", "M"), ("Mei-Ling", "Chen", "F"), ("Dagny", "Lindqvist", "F"),
    ("Björn", "Halvorsen", "M"), ("Esperanza", "Villanueva", "F"), ("Abdullahi", "Musa", "M"),
    ("Leilani", "Kahananui", "F"), ("Hyun-woo", "Park", "M"), ("Marguerite", "Thibodeaux", "F"),
    ("Dmitri", "Volkov", "M"), ("Ngozi", "Eze", "F"), ("Giuseppe", "Russo", "M"),
    ("Aroha", "Ngata", "F"), ("Bogdan", "Popescu", "M"), ("Shirin", "Farahani", "F"),
    ("Desmond", "Achterberg", "M"), ("Zofia", "Kaczmarek", "F"), ("Tadeo", "Quispe", "M"),
    ("Henrietta", "Washington", "F"), ("Jamal", "Haddad", "M"), ("Eun-ji", "Cho", "F"),
    ("Patrick", "Brennan", "M"), ("Mariam", "Tesfaye", "F"), ("Ignacio", "Echeverría", "M"),
    ("Ruth", "Goldfarb", "F"), ("Oluwaseun", "Adebayo", "M"), ("Ingrid", "Sørensen", "F"),
    ("Hamid", "Karimi", "M"), ("Consuelo", "Barragán", "F"), ("Arjun", "Mehta", "M"),
    ("Thandiwe", "Dlamini", "F"),
]
REL_FIRST = ["Adaeze", "Minh", "Rosa", "Declan", "Agnieszka", "Omar", "Efua", "Kenji", "Irina",
             "Lakshmi", "Wei", "Astrid", "Leif", "Marisela", "Zainab", "Keanu", "Ji-hoon", "Celeste",
             "Nikolai", "Chiamaka", "Lucia", "Tama", "Ioana", "Parisa", "Pieter", "Kasia", "Yupanqui",
             "Loretta", "Layla", "Soo-ah", "Colm", "Selam", "Beatriz", "Naomi", "Tunde", "Freja",
             "Reza", "Dolores", "Priya", "Sipho"]
RELATIONS = ["daughter", "son", "spouse", "niece", "grandson", "caregiver", "POA", "sister"]


class Member:
    pass


def mk_member(i, nm):
    m = Member()
    m.first, m.last, m.sex = nm
    m.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    if i < 6:
        m.dob = rand_date(dt.date(1928, 3, 1), dt.date(1934, 4, 30))   # 90+
    elif i < 33:
        m.dob = rand_date(dt.date(1935, 1, 1), dt.date(1958, 12, 31))
    else:
        m.dob = rand_date(dt.date(1962, 1, 1), dt.date(1979, 12, 31))  # disabled <65
    m.age = age_on(m.dob)
    m.mbi = mk_mbi()
    m.mid = "K" + R.choice("2345") + digits(8)
    m.sfx = R.choice(["01", "01", "01", "02"])
    m.medicaid = (R.choice(DIG[1:]) + digits(8)) if R.random() < 0.35 else None
    m.ssn = mk_ssn()
    m.hicn = m.ssn.replace("-", "") + R.choice(["A", "A", "B", "D", "C1"])
    city, county, st, zips, acs = R.choice(PLACES)
    m.city, m.county, m.state = city, county, st
    m.zip = R.choice(zips)
    m.zip4 = m.zip + "-" + digits(4)
    st_name = R.choice(STREETS)
    num = str(R.randint(101, 9899))
    d = R.choice(["", "", "W ", "N ", "S ", "E "]) if city == "Chicago" else R.choice(["", "", "", "W ", "N "])
    unit = R.choice(["", "", "", " Apt " + str(R.randint(1, 4)) + R.choice("ABCD"), " Unit " + str(R.randint(101, 412))])
    m.street = num + " " + d + st_name + unit
    ac = R.choice(acs)
    m.phone = (ac, "555", "01" + digits(2))
    m.alt_phone = (R.choice(acs), "555", "01" + digits(2))
    fold = ascii_fold(m.first).lower().replace("-", "")
    lfold = ascii_fold(m.last).lower().replace(" ", "").replace("'", "").replace("-", "")
    dom = R.choice(["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "att.net", "aol.com", "icloud.com"])
    m.email = R.choice([fold + "." + lfold, fold[0] + lfold + str(m.dob.year % 100), fold + lfold[:3] + str(R.randint(1, 99))]) + "@" + dom
    m.username = R.choice([fold + "." + lfold[:1] + str(m.dob.year % 100), lfold + fold[:1] + str(R.randint(1, 9)), fold + "_" + str(m.dob.year)])
    m.mrn = R.choice(["E" + digits(7), digits(8), "MRN" + digits(7), "00" + digits(7)])
    m.pcn = R.choice(["PA", "AC", ""]) + digits(R.choice([8, 9, 10]))
    m.rel_first = REL_FIRST[i % len(REL_FIRST)]
    m.rel_last = m.last if R.random() < 0.6 else R.choice(["Moreno", "Kowalski", "Boateng", "Lindgren", "Fitzgerald", "Horvat", "Santos"])
    m.relation = R.choice(RELATIONS)
    m.rel_phone = (ac, "555", "01" + digits(2))
    m.rel_fax = (ac, "555", "01" + digits(2))
    m.bp_serial = R.choice(["BPM-A22-", "OMR-HEM7-", "WTH-BPM1-"]) + digits(7)
    m.cgm_serial = R.choice(["SM", "G7"]) + digits(8)
    m.imei = mk_imei()
    m.mac = ":".join(R.choice(["F4", "A8", "3C", "DC"]) if k == 0 else "%02X" % R.randint(0, 255) for k in range(6))
    if m.state == "IL":
        m.dl = ascii_fold(m.last)[0].upper() + digits(3) + "-" + digits(4) + "-" + digits(4)
    elif m.state == "IN":
        m.dl = digits(4) + "-" + digits(2) + "-" + digits(4)
    else:
        m.dl = ascii_fold(m.last)[0].upper() + digits(3) + "-" + digits(4) + "-" + digits(4) + "-" + digits(2)
    m.card = mk_card()
    m.vin = mk_vin()
    m.plate = R.choice(["", "", "CV "]) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + " " + digits(5)
    m.ip = "%d.%d.%d.%d" % (R.choice([73, 24, 98, 67, 71, 108, 174, 50, 76]), R.randint(1, 254), R.randint(0, 254), R.randint(2, 254))
    m.kit = "FK24-" + digits(8)
    m.grv = "GRV-2024-" + digits(6)
    m.contract = R.choice(["H5521", "H5521", "H5521", "H3907"])
    m.pbp = R.choice(["001", "004", "012"]) if m.contract == "H5521" else R.choice(["002", "007"])
    m.lang = R.choice(["ENG", "ENG", "ENG", "SPA", "POL", "VIE", "KOR", "ARA", "CHI"])
    return m


MEMBERS = [mk_member(i, nm) for i, nm in enumerate(MEMBER_NAMES)]
MEM_W = [1.0 / (1 + (i % 13)) + 0.15 for i in range(len(MEMBERS))]


def mem():
    return R.choices(MEMBERS, weights=MEM_W)[0]


def mem_maybe_old(p=0.5):
    return R.choice(MEMBERS[:6]) if R.random() < p else mem()


class Prov:
    pass


PRACTICES = [
    ("Lakeshore Family Medicine", "2100 N Halsted St", "Chicago", "IL", "60614", ("Olumide", "Adeyemi")),
    ("North Shore Cardiology Assoc", "1000 Central St Ste 610", "Evanston", "IL", "60201", ("Anneliese", "Brandt")),
    ("Pilsen Community Health Ctr", "1801 S Ashland Ave", "Chicago", "IL", "60608", ("Ramón", "Ibarra")),
    ("Will County Internal Medicine", "330 Madison St", "Joliet", "IL", "60435", ("Harold", "Feingold")),
    ("Calumet Endocrine Group", "7905 Calumet Ave", "Munster", "IN", "46321", ("Sunita", "Raghavan")),
    ("Fox Valley Primary Care", "1200 N Highland Ave", "Aurora", "IL", "60506", ("Grzegorz", "Nowak")),
    ("Kenosha Eye Institute", "6308 8th Ave", "Kenosha", "WI", "53143", ("Teresa", "Lindahl")),
    ("Uptown Geriatrics PC", "4646 N Marine Dr", "Chicago", "IL", "60640", ("Kofi", "Asante")),
    ("DuPage Nephrology LLC", "1020 E Ogden Ave Ste 204", "Naperville", "IL", "60563", ("Mirela", "Dragomir")),
    ("Lake County Women's Imaging", "2401 Belvidere Rd", "Waukegan", "IL", "60085", ("Deborah", "Okonkwo")),
]
PROVS = []
for pr in PRACTICES:
    p = Prov()
    p.name, p.street, p.city, p.state, p.zip, (p.dfirst, p.dlast) = pr
    p.npi = mk_npi("1")
    p.org_npi = mk_npi("1")
    p.tin = digits(2) + "-" + digits(7)
    ac = {"Chicago": "312", "Evanston": "847", "Joliet": "815", "Munster": "219", "Aurora": "630",
          "Kenosha": "262", "Naperville": "630", "Waukegan": "847"}[p.city]
    p.phone = (ac, "555", "01" + digits(2)) if R.random() < 0.5 else (ac, str(R.randint(220, 989)), digits(4))
    p.fax = (ac, "555", "01" + digits(2)) if R.random() < 0.5 else (ac, str(R.randint(220, 989)), digits(4))
    p.site = "SITE-%04d" % R.randint(100, 2999)
    p.ehr = R.choice(["epic", "athena", "eclinicalworks", "nextgen", "cerner"])
    PROVS.append(p)


def prov():
    return R.choice(PROVS)


STAFF = [("mtanaka", "Marisol Tanaka"), ("jkowalczyk", "Jolanta Kowalczyk"), ("dabernathy", "Denise Abernathy"),
         ("rpillai", "Rohan Pillai"), ("ccastellanos", "Carmen Castellanos"), ("tbright", "Tyrone Bright"),
         ("afinnegan", "Aoife Finnegan"), ("hlu", "Hui Lu"), ("ssaleh", "Samir Saleh")]
AGENTS = ["agt_1182", "agt_1207", "agt_0954", "agt_1311", "agt_1026"]
AGENT_NAMES = {"agt_1182": "Brianna Coles", "agt_1207": "Luis Amador", "agt_0954": "Keisha Ware",
               "agt_1311": "Viktor Hensley", "agt_1026": "Nadia Petrosyan"}
PLAN_PHONE = ("800", "555", "0142")
PLAN_SMS = "+18005550199"
SHORT = "72593"

ICD_HCC = [  # icd10, v24, v28, description
    ("E11.9", "HCC19", "HCC38", "Type 2 diabetes mellitus without complications"),
    ("E11.22", "HCC18", "HCC37", "Type 2 DM with diabetic chronic kidney disease"),
    ("E11.42", "HCC18", "HCC37", "Type 2 DM with diabetic polyneuropathy"),
    ("E11.65", "HCC18", "HCC37", "Type 2 DM with hyperglycemia"),
    ("I50.22", "HCC85", "HCC226", "Chronic systolic (congestive) heart failure"),
    ("I48.20", "HCC96", "HCC238", "Chronic atrial fibrillation, unspecified"),
    ("J44.1", "HCC111", "HCC280", "COPD with (acute) exacerbation"),
    ("N18.4", "HCC137", "HCC327", "Chronic kidney disease, stage 4"),
    ("N18.32", "HCC138", "HCC328", "Chronic kidney disease, stage 3b"),
    ("F33.1", "HCC59", "HCC155", "Major depressive disorder, recurrent, moderate"),
    ("E66.01", "HCC22", "HCC48", "Morbid (severe) obesity due to excess calories"),
    ("I70.213", "HCC108", "HCC264", "Atherosclerosis of native arteries of extremities w claudication, bilateral"),
    ("C50.912", "HCC12", "HCC23", "Malignant neoplasm of unsp site of left female breast"),
    ("G30.1", "HCC52", "HCC125", "Alzheimer's disease with late onset"),
    ("F10.20", "HCC55", "HCC137", "Alcohol dependence, uncomplicated"),
    ("Z89.512", "HCC189", "HCC409", "Acquired absence of left leg below knee"),
]
NON_HCC = ["I10", "E78.5", "Z79.4", "Z00.00", "M54.50", "R73.03", "Z12.31", "K21.9"]
MEASURES = ["CBP", "CDC", "BCS", "COL", "EED", "HBD", "KED", "OMW", "TRC", "SPC", "COA", "MRP", "SUPD"]
CPT2 = [("3074F", "CBP"), ("3075F", "CBP"), ("3079F", "CBP"), ("3044F", "HBD"), ("3051F", "HBD"),
        ("2022F", "EED"), ("2023F", "EED"), ("3017F", "COL"), ("1111F", "MRP"), ("1170F", "COA")]
CPTS = ["99214", "99215", "99204", "G0439", "99397", "77067", "82044", "83036", "92250", "45378"]
CONTRACTS = ["H5521-001", "H5521-004", "H5521-012", "H3907-002", "H3907-007"]
VENDORS = ["ChartLink RTV", "Datavant-like", "MRO", "Vendor-QX"]

# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
CLOCK = [dt.datetime(2024, 5, 14, 7, 4, 12)]  # local CDT (UTC-5)


def tick():
    CLOCK[0] += dt.timedelta(seconds=R.randint(8, 95))


def now():
    return CLOCK[0] + dt.timedelta(microseconds=R.randint(0, 999999))


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_iso_z(t):
    u = t + dt.timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def ts_iso_off(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-05:00"


def ts_spring(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_syslog(t):
    return t.strftime("%b ") + "%2d" % t.day + t.strftime(" %H:%M:%S")


def ts_airflow(t):
    u = t + dt.timedelta(hours=5)
    return u.strftime("[%Y-%m-%d, %H:%M:%S UTC]")


def ts_apache(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0500")


def ts_phperr(t):
    u = t + dt.timedelta(hours=5)
    return u.strftime("[%d-%b-%Y %H:%M:%S UTC]")


def ts_monolog(t):
    return t.strftime("[%Y-%m-%dT%H:%M:%S.") + "%06d" % t.microsecond + "-05:00]"


def ts_snow(t):
    p = t - dt.timedelta(hours=2)
    return p.strftime("%Y-%m-%d %H:%M:%S.") + ms(p) + " -0700"


def req_id():
    return "RR24-%07d" % R.randint(100000, 999999)


def chart_id():
    return "CH-24-%07d" % R.randint(10000, 999999)


def project():
    return R.choice(["H5521_RA_CY2023", "H5521_HEDIS_MY2023", "H3907_RA_CY2023", "H5521_RADV_PY2019"])


def icn():
    return "24" + "%03d" % R.randint(100, 140) + digits(8)


def short_name(m):
    return ascii_fold(m.last).upper(), ascii_fold(m.first).upper()


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
def f_chartq(phi, force=None):
    L = Line("chartq-syslog")
    t = now()
    L.t("%s rtv-q0%d chartq[%d]: " % (ts_syslog(t), R.randint(1, 3), R.choice([3381, 3382, 4410, 5127])))
    p = prov()
    rq = req_id()
    if not phi:
        k = R.randrange(7)
        if k == 0:
            L.t("[FAX] queued req=%s project=%s npi=%s tin=%s fax=%s pages=%d cover=std_v3 attempt=%d/5"
                % (rq, project(), p.npi, p.tin, fmt_phone(p.fax, 2), R.randint(2, 9), R.randint(1, 5)))
        elif k == 1:
            L.t("[FAX] job FX-%s to %s status=%s pages_sent=%d/%d duration=%ds req=%s"
                % (digits(6), fmt_phone(p.fax, 0), R.choice(["BUSY", "NO_ANSWER", "OK", "PARTIAL", "FAX_TONE_NOT_DETECTED"]),
                   R.randint(0, 4), 4, R.randint(12, 190), rq))
        elif k == 2:
            L.t("[EHR] remote session opened site=%s vendor=%s user=svc_rtv_%s01 src=10.44.%d.%d mfa=totp expires=%s"
                % (p.site, p.ehr, p.ehr[:4], R.randint(0, 9), R.randint(2, 250), (t + dt.timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%S")))
        elif k == 3:
            L.t('[ONSITE] visit scheduled req=%s practice="%s" addr="%s, %s, %s %s" contact="%s" phone=%s date=%s window=09:00-13:00 scanner_kit=KIT-SCN-%03d'
                % (rq, p.name, p.street, p.city, p.state, p.zip, R.choice(["Deb Kowalczyk", "Tasha Greene", "Mónica Ruiz", "Sandy Pham"]),
                   fmt_phone(p.phone, 0), fd(rand_date(dt.date(2024, 5, 20), dt.date(2024, 6, 28)), "iso"), R.randint(1, 40)))
        elif k == 4:
            L.t("[QUEUE] depth fax=%d ehr=%d onsite=%d mail=%d oldest=%dd sla_breach=%d project=%s"
                % (R.randint(900, 2400), R.randint(80, 400), R.randint(10, 60), R.randint(0, 20), R.randint(2, 19), R.randint(0, 40), project()))
        elif k == 5:
            L.t("[RETURN] records received req=%s via=fax pages=%d tiff=/mnt/inbound/fax/2024/05/14/FX_%s.tif chart=%s npi=%s"
                % (rq, R.randint(3, 80), digits(10), chart_id(), p.npi))
        else:
            L.t("[PNP] provider non-responsive req=%s npi=%s tin=%s attempts=5 last=%s escalate=provider_relations owner=%s@cedarridgehp.com"
                % (rq, p.npi, p.tin, fd(rand_date(dt.date(2024, 4, 20), dt.date(2024, 5, 13)), "iso"), R.choice(STAFF)[0]))
    else:
        m = mem()
        k = force if force is not None else R.choices(range(5), weights=[3, 3, 2, 2, 2])[0]
        ln, fn = short_name(m)
        if k == 0:
            L.t("[CHASE] req=%s npi=%s member=\"" % (rq, p.npi)).p(ln + ", " + fn, "name").t("\" dob=").p(fd(m.dob, "us"), "date")
            L.t(" mbi=").p(m.mbi, "health_plan").t(" dos_year=2023 suspect=%s project=%s" % (R.choice(ICD_HCC)[2], project()))
        elif k == 1:
            L.t("[RETURN] matched req=%s chart=%s member_id=" % (rq, chart_id())).p(m.mid, "health_plan")
            L.t(" name=").p(m.first + " " + m.last, "name").t(" dob=").p(fd(m.dob, "iso"), "date")
            L.t(" conf=0.%d pages=%d" % (R.randint(86, 99), R.randint(4, 70)))
        elif k == 2:
            L.t("[FAX] member-directed copy req=%s recipient=\"" % rq).p(m.rel_first + " " + m.rel_last, "name")
            L.t(" (%s)\" fax=" % m.relation).p(fmt_phone(m.rel_fax, 0), "fax").t(" member=").p(m.mid, "health_plan")
            L.t(" auth=HIPAA-AUTH-%s" % digits(6))
        elif k == 3:
            L.t("[PNP] provider unreachable, routing to member outreach req=%s member=" % rq).p(m.mid, "health_plan")
            L.t(" phone=").p(fmt_phone(m.phone, 1), "phone").t(" lang=%s npi=%s" % (m.lang, p.npi))
        else:
            url = "https://rtv-docs.chartlink-rtv.com/returns/2024/05/%s_%s_%s_%s.pdf" % (ln.replace(" ", "-").replace("'", ""), fn, fd(m.dob, "x12"), rq)
            L.t("[RETURN] uploaded req=%s sha256=%s url=" % (rq, hexs(16))).p(url, "url")
    return L


def f_ehr(phi, force=None):
    L = Line("ehr-remote-logfmt")
    t = now()
    p = prov()
    L.t("ts=%s level=%s component=ehr-remote site=%s ehr=%s " % (ts_iso_z(t), "debug" if phi and R.random() < 0.2 else "info", p.site, p.ehr))
    if not phi:
        k = R.randrange(5)
        if k == 0:
            L.t('msg="document index fetched" req=%s docs=%d types=PROGRESS_NOTE,LAB,DISCHARGE_SUMMARY bytes=%d took=%dms'
                % (req_id(), R.randint(3, 60), R.randint(40000, 9000000), R.randint(120, 9000)))
        elif k == 1:
            L.t('msg="session expired, re-authenticating" user=svc_rtv_%s01 host=ehr-gw-%02d.int.cedarridgehp.com peer=10.60.%d.%d'
                % (p.ehr[:4], R.randint(1, 6), R.randint(0, 20), R.randint(2, 250)))
        elif k == 2:
            L.t('msg="rate limited" status=429 retry_after=%d endpoint=/api/FHIR/R4/DocumentReference npi=%s' % (R.randint(5, 120), p.npi))
        elif k == 3:
            L.t('msg="ccd converted" chart=%s pages=%d ocr=true engine=tess5.3.3 took=%dms' % (chart_id(), R.randint(2, 40), R.randint(800, 20000)))
        else:
            L.t('msg="patient search returned 0 results" req=%s criteria=mrn+dob action=queue_fax fallback_fax=%s' % (req_id(), fmt_phone(p.fax, 1)))
    else:
        m = mem()
        k = force if force is not None else R.randrange(5)
        if k == 0:
            L.t('msg="patient match" req=%s mrn=' % req_id()).p(m.mrn, "mrn").t(" dob=").p(fd(m.dob, "iso"), "date")
            L.t(' family="').p(m.last, "name").t('" given="').p(m.first, "name").t('" score=0.%d' % R.randint(90, 99))
        elif k == 1:
            L.t('msg="encounter list" mrn=').p(m.mrn, "mrn").t(" encounters=%d first=" % R.randint(2, 14)).p(fd(dos(), "iso"), "date")
            L.t(" last=").p(fd(dos(), "iso"), "date").t(" pcp_npi=%s" % p.npi)
        elif k == 2:
            jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + bytes(R.randint(0, 255) for _ in range(R.randint(300, 520)))
            L.t('msg="demographics payload" mrn=').p(m.mrn, "mrn").t(" photo=")
            L.p("data:image/jpeg;base64," + base64.b64encode(jpeg).decode(), "photo").t(" photo_bytes=%d" % len(jpeg))
        elif k == 3:
            L.t('msg="mrn crosswalk stored" member_id=').p(m.mid, "health_plan").t(" mrn=").p(m.mrn, "mrn")
            L.t(" site=%s method=demographic_match" % p.site)
        elif k == 4 and R.random() < 0.5:
            L.t('msg="demographics payload" mrn=').p(m.mrn, "mrn").t(" ssn=").p(m.ssn, "ssn").t(" sex=%s lang=%s" % (m.sex, m.lang))
        else:
            L.t('msg="patient address mismatch" mrn=').p(m.mrn, "mrn").t(' ehr_addr="').p(m.street, "address").t(", ")
            L.p(m.city, "address").t(" %s " % m.state).p(m.zip, "zip").t('" plan_zip=').p(m.zip, "zip")
    return L


def f_onsite(phi):
    L = Line("onsite-log4net")
    t = now()
    thr = R.randint(3, 24)
    lvl = R.choice(["INFO ", "INFO ", "WARN ", "DEBUG"])
    L.t("%s [%d] %s OnsiteCapture." % (ts_py(t), thr, lvl))
    p = prov()
    if not phi:
        k = R.randrange(5)
        if k == 0:
            L.t("Upload.BatchUploader - batch OSB-%s uploaded files=%d pages=%d size=%.1fMB target=sftp://sftp.chartlink-rtv.com:22/inbound/onsite/ (52.14.%d.%d)"
                % (digits(6), R.randint(5, 60), R.randint(100, 1400), R.uniform(20, 900), R.randint(0, 255), R.randint(1, 254)))
        elif k == 1:
            L.t("Scanner.Fujitsu - device fi-7160 SN %s firmware 2.3.1 paper jam cleared, resuming at page %d"
                % ("A" + digits(2) + "D" + digits(6), R.randint(2, 400)))
        elif k == 2:
            L.t("Session.Visit - visit started practice=\"%s\" npi=%s tech=%s laptop=RTV-LT-%03d site_phone=%s"
                % (p.name, p.org_npi, R.choice(["kmorrow", "jpatel", "lnguyenhuu", "bsokol"]), R.randint(1, 120), fmt_phone(p.phone, 1)))
        elif k == 3:
            L.t("Index.ChartSplitter - split %d pages into %d charts (blank pages removed: %d) batch=OSB-%s"
                % (R.randint(300, 1200), R.randint(10, 80), R.randint(0, 40), digits(6)))
        else:
            L.t("Upload.BatchUploader - retry %d/5 after SocketException: Connection reset by peer (0x80004005)" % R.randint(1, 5))
    else:
        m = mem()
        k = R.randrange(3)
        if k == 0:
            L.t("Index.ChartSplitter - chart indexed chart=%s patient=\"" % chart_id()).p(m.last, "name").t(", ").p(m.first, "name")
            L.t("\" dob=").p(fd(m.dob, "us"), "date").t(" mrn=").p(m.mrn, "mrn").t(" pages=%d" % R.randint(3, 90))
        elif k == 1:
            L.t("Index.Validator - DOB mismatch on cover sheet chart=%s cover_dob=" % chart_id()).p(fd(m.dob, "us"), "date")
            L.t(" list_dob=").p(fd(m.dob + dt.timedelta(days=R.choice([1, 31, 365, -1])), "us"), "date").t(" member=").p(m.mid, "health_plan")
        else:
            L.t("Index.ChartSplitter - face sheet parsed chart=%s name=\"" % chart_id()).p(m.first + " " + m.last, "name")
            L.t("\" addr=\"").p(m.street, "address").t(", ").p(m.city, "address").t(", %s " % m.state).p(m.zip, "zip")
            L.t("\" home=").p(fmt_phone(m.phone, 0), "phone").t(" emerg=\"").p(m.rel_first + " " + m.rel_last, "name")
            L.t(" (%s) " % m.relation).p(fmt_phone(m.rel_phone, 0), "phone").t("\"")
    return L


def f_audit(phi):
    L = Line("abstraction-audit-pipe")
    t = now()
    u, uname = R.choice(STAFF)
    L.t("%s|AUDIT|%s|" % (ts_iso_z(t), u))
    ih = R.choice(ICD_HCC)
    ch = chart_id()
    if not phi:
        k = R.randrange(6)
        if k == 0:
            L.t("LOGIN|ip=10.12.%d.%d|ua=Chrome/124.0|role=CODER_L%d|sso=okta" % (R.randint(0, 30), R.randint(2, 250), R.randint(1, 3)))
        elif k == 1:
            L.t("DX_ADD|chart=%s|page=%d|icd10=%s|v24=%s|v28=%s|evidence=MEAT:%s|status=PENDING_QA"
                % (ch, R.randint(1, 60), ih[0], ih[1], ih[2], R.choice(["M", "E", "A", "T", "M,T", "E,A"])))
        elif k == 2:
            L.t("QA_OVERRIDE|chart=%s|icd10=%s|from=SUPPORTED|to=NOT_SUPPORTED|reason=\"no provider signature/credentials on note\"|qa=%s"
                % (ch, ih[0], R.choice(STAFF)[0]))
        elif k == 3:
            L.t("CHART_CLOSE|chart=%s|dx_added=%d|dx_deleted=%d|time_on_chart=%ds|project=%s" % (ch, R.randint(0, 9), R.randint(0, 3), R.randint(60, 2400), project()))
        elif k == 4:
            L.t("ASSIGN|chart=%s|from=queue:HCC_L1|to=%s|by=%s (%s)|priority=%d" % (ch, R.choice(STAFF)[0], u, uname, R.randint(1, 5)))
        else:
            L.t("IRR_SAMPLE|batch=IRR-2024-%02d|charts=%d|agreement=%.1f%%|kappa=0.%d" % (R.randint(1, 19), R.randint(20, 60), R.uniform(88, 99), R.randint(78, 96)))
    else:
        m = mem()
        k = R.randrange(4)
        if k == 0:
            L.t("CHART_OPEN|chart=%s|member=" % ch).p(m.mid, "health_plan").t("|mbi=").p(m.mbi, "health_plan")
            L.t("|dob=").p(fd(m.dob, "iso"), "date").t("|project=%s" % project())
        elif k == 1:
            L.t("DX_ADD|chart=%s|member=" % ch).p(m.mid, "health_plan").t("|icd10=%s|v28=%s|dos=" % (ih[0], ih[2]))
            L.p(fd(dos(), "iso"), "date").t("|rendering_npi=%s|status=SUPPORTED" % prov().npi)
        elif k == 2:
            m = mem_maybe_old()
            L.t("NOTE_ADD|chart=%s|text=\"Pt " % ch).p(m.first + " " + m.last, "name").t(" is a ")
            if m.age > 89:
                L.p(str(m.age), "age")
            else:
                L.t(str(m.age))
            L.t(" y/o %s seen " % ("female" if m.sex == "F" else "male")).p(fd(dos(), "usshort"), "date")
            L.t(", %s documented w/ MEAT; %s not coded (history only)\"" % (ih[0], R.choice(ICD_HCC)[0]))
        else:
            L.t("DOS_CHANGE|chart=%s|member=" % ch).p(m.mid, "health_plan").t("|old=").p(fd(dos(), "iso"), "date")
            L.t("|new=").p(fd(dos(), "iso"), "date").t("|reason=transcription")
    return L


def f_hcc(phi):
    L = Line("hcc-engine")
    t = now()
    L.t("[hcc-engine] %s %s " % (ts_spring(t), R.choice(["INFO ", "DEBUG", "INFO "])))
    ih = R.choice(ICD_HCC)
    if not phi:
        k = R.randrange(5)
        if k == 0:
            L.t("map %s -> V24:%s V28:%s \"%s\" coef=%.3f segment=CNA" % (ih[0], ih[1], ih[2], ih[3], R.uniform(0.05, 1.2)))
        elif k == 1:
            L.t("hierarchy applied: %s trumps %s (V28) for %d members in run RUN-%s" % (R.choice(["HCC37", "HCC326", "HCC224"]), R.choice(["HCC38", "HCC328", "HCC226"]), R.randint(40, 900), digits(6)))
        elif k == 2:
            L.t("%s not in payment model V28 (%s) - informational only" % (R.choice(NON_HCC), "no HCC"))
        elif k == 3:
            L.t("normalization factor PY2024 V24=1.146 V28=1.067 MCAIF=0.059 blend=67/33 contract=%s" % R.choice(CONTRACTS)[:5])
        else:
            L.t("run RUN-%s finished members=%d avg_raf=%.3f delta=%+.3f took=%ds" % (digits(6), R.randint(20000, 61000), R.uniform(0.9, 1.4), R.uniform(-0.05, 0.08), R.randint(40, 900)))
    else:
        m = mem_maybe_old()
        k = R.randrange(2)
        L.t("raf recompute mbi=").p(m.mbi, "health_plan").t(" dob=").p(fd(m.dob, "iso"), "date").t(" age=")
        if m.age > 89:
            L.p(str(m.age), "age")
        else:
            L.t(str(m.age))
        L.t(" sex=%s orec=0 dual=%s" % (m.sex, "FBD" if m.medicaid else "NON"))
        if k == 0:
            L.t(" hccs=[%s,%s] raf_v24=%.3f raf_v28=%.3f" % (ih[1], R.choice(ICD_HCC)[1], R.uniform(0.4, 3.1), R.uniform(0.4, 3.0)))
        else:
            L.t(" hccs=[%s] raf=%.3f segment=%s" % (ih[2], R.uniform(0.4, 3.0), R.choice(["CFA", "CNA", "CPD", "INS"])))
    return L


def f_radv(phi):
    L = Line("radv-pylogging")
    t = now()
    L.t("%s - radv.sampler - %s - " % (ts_py(t), R.choice(["INFO", "INFO", "WARNING"])))
    if not phi:
        k = R.randrange(4)
        if k == 0:
            L.t("stratum counts contract=%s PY=2019 low=67 med=67 high=67 total=201 seed=%s" % (R.choice(["H5521", "H3907"]), digits(10)))
        elif k == 1:
            L.t("medical record submission deadline %s; %d of 201 enrollees with >=1 chart uploaded to CMS portal" % (fd(dt.date(2024, 8, 30), "iso"), R.randint(80, 190)))
        elif k == 2:
            L.t("extrapolation preview: FFS adjuster 0.0%d, payment error estimate $%s (not final)" % (R.randint(1, 9), format(R.randint(100000, 9000000), ",")))
        else:
            L.t("CDAT upload batch=RADV-UP-%s files=%d status=ACCEPTED" % (digits(5), R.randint(1, 40)))
    else:
        m = mem_maybe_old(0.35)
        k = R.randrange(2)
        L.t("enrollee seq=%03d stratum=%s mbi=" % (R.randint(1, 201), R.choice(["LOW", "MED", "HIGH"]))).p(m.mbi, "health_plan")
        if k == 0:
            L.t(" hicn=").p(m.hicn, "health_plan").t(" dob=").p(fd(m.dob, "x12"), "date")
            L.t(" hcc=%s charts_needed=%d" % (R.choice(ICD_HCC)[1], R.randint(1, 3)))
        else:
            L.t(" name=").p(ascii_fold(m.last).upper() + "," + ascii_fold(m.first).upper(), "name").t(" age=")
            if m.age > 89:
                L.p(str(m.age), "age")
            else:
                L.t(str(m.age))
            L.t(" raf=%.3f" % R.uniform(0.8, 4.2))
    return L


def pad(s, n):
    s = s[:n].rstrip()
    return s, " " * (n - len(s))


def f_supp_fixed(phi):
    L = Line("supp-fixed-width")
    p = prov()
    m = mem()
    ln, fn = short_name(m)
    cpt, meas = R.choice(CPT2)
    wrap = R.random() < 0.6
    if wrap:
        t = now()
        L.t("%s WARN  supp_loader.fixed rec#%06d %s: |" % (ts_py(t), R.randint(1, 40000), R.choice(["invalid code_type", "DOS outside MY", "NPI not found in NPPES cache", "duplicate of rec"])))
    if not phi:
        # header / trailer rows carry no member data
        if R.random() < 0.5:
            L.t("HD" + "CEDARRIDGE".ljust(15) + "SUPPHEDIS".ljust(10) + "20240513" + "MY2023".ljust(8) + "V03" + " " * 20 + "%09d" % R.randint(1000, 90000))
        else:
            L.t("TR" + "%09d" % R.randint(1000, 90000) + "%09d" % R.randint(0, 300) + "20240513" + hexs(32).upper())
    else:
        a, b = pad(m.mid, 12)
        L.t("DT").p(a, "health_plan").t(b).p(m.mbi, "health_plan")
        a, b = pad(ln, 25)
        L.p(a, "name").t(b)
        a, b = pad(fn, 15)
        L.p(a, "name").t(b)
        L.p(fd(m.dob, "x12"), "date").t(m.sex).p(fd(dos(), "x12"), "date")
        L.t("C2" + cpt.ljust(8) + meas.ljust(5) + p.npi + p.tin.replace("-", "") + "LKFM01")
    if wrap:
        L.t("|")
    return L


def f_supp_pipe(phi):
    L = Line("supp-pipe-delimited")
    p = prov()
    if not phi:
        k = R.randrange(3)
        if k == 0:
            L.t("MemberID|MBI|LastName|FirstName|DOB|Gender|Measure|ServiceDate|Code|CodeType|Result|ProviderNPI|ProviderTIN|SourceSystem")
        elif k == 1:
            L.t("TRAILER|FILE=CRHP_SUPP_%s_20240513_%03d.txt|ROWS=%d|CHECKSUM=%s" % (R.choice(["LAB", "EMR", "RPM"]), R.randint(1, 40), R.randint(1000, 90000), hexs(8).upper()))
        else:
            L.t("#generated 2024-05-13T23:10:04Z by labcorp-extract v4.2 batch=BT-%s contract=%s" % (digits(7), R.choice(CONTRACTS)))
        return L
    m = mem()
    code, meas = R.choice(CPT2 + [("4548-4", "HBD"), ("17856-6", "HBD"), ("2160-0", "KED")])
    ctype = "LOINC" if "-" in code else "CPT2"
    res = "%.1f" % R.uniform(5.4, 10.5) if meas == "HBD" and ctype == "LOINC" else ""
    L.p(m.mid, "health_plan").t("|").p(m.mbi, "health_plan").t("|").p(m.last, "name").t("|").p(m.first, "name").t("|")
    L.p(fd(m.dob, "x12"), "date").t("|%s|%s|" % (m.sex, meas)).p(fd(dos(), "x12"), "date")
    L.t("|%s|%s|%s|%s|%s|%s" % (code, ctype, res, p.npi, p.tin.replace("-", ""), R.choice(["LABCORP", "EPIC_CLARITY", "RPM_VENDOR", "QUEST"])))
    return L


def f_mao004(phi):
    L = Line("mao004-fixed")
    if not phi:
        k = R.randrange(3)
        if k == 0:
            L.t("0MAO-004  %s  20240520  MAO004_%s_20240520  %s" % (R.choice(["H5521", "H3907"]), digits(6), "PROD"))
        elif k == 1:
            L.t("9MAO-004  %s  %010d" % (R.choice(["H5521", "H3907"]), R.randint(10000, 900000)))
        else:
            t = now()
            L.t("%s INFO  mao004_parser: file=P.R%s.MAO004M.D240520.T%s records=%d allowed=%d disallowed=%d"
                % (ts_py(t), R.choice(["5521", "3907"]), digits(7), R.randint(20000, 400000), R.randint(20000, 390000), R.randint(100, 9000)))
        return L
    m = mem()
    d = dos()
    L.t("1MAO-004  %s  " % m.contract).p(m.mbi, "health_plan").t("  %s  %s  %s  " % (icn(), R.choice(["0", "1", "2"]), "0" * 13))
    L.t("%s  20240516  " % R.choice(["A", "A", "D"])).p(fd(d, "x12"), "date").t("  ").p(fd(d + dt.timedelta(days=R.choice([0, 0, 0, 3])), "x12"), "date")
    L.t("  %s  " % R.choice(["P", "I", "O"]))
    dxs = R.sample(ICD_HCC, 2)
    L.t("  ".join("A  %s" % x[0].replace(".", "").ljust(7) for x in dxs) + "  A  " + R.choice(NON_HCC).replace(".", ""))
    return L


def f_mor(phi):
    L = Line("mor-fixed")
    if not phi:
        L.t("AMOR%s%s%s%s" % (R.choice(["H5521", "H3907"]), "202405", "V28", " " * 6 + "%08d" % R.randint(10000, 90000)))
        return L
    m = mem()
    ln, fn = short_name(m)
    L.t("B%s202405" % m.contract).p(m.mbi, "health_plan").t(" ")
    a, b = pad(ln, 12)
    L.p(a, "name").t(b)
    a, b = pad(fn, 7)
    L.p(a, "name").t(b)
    L.t(m.sex).p(fd(m.dob, "x12"), "date").t("0" if m.age < 65 else "1")
    flags = "".join(R.choice("0000000001") for _ in range(86))
    L.t(flags)
    return L


def x12_member(L, m, with_addr=True):
    ln, fn = short_name(m)
    L.t("NM1*IL*1*").p(ln, "name").t("*").p(fn, "name").t("*").p(m.mi, "name").t("***MI*").p(m.mbi, "health_plan").t("~")
    if with_addr:
        L.t("N3*").p(ascii_fold(m.street).upper(), "address").t("~N4*").p(m.city.upper(), "address").t("*%s*" % m.state)
        L.p(m.zip4.replace("-", ""), "zip").t("~")
    L.t("DMG*D8*").p(fd(m.dob, "x12"), "date").t("*%s~" % m.sex)


def f_edps837(phi):
    L = Line("edps-837-dump")
    t = now()
    p = prov()
    ctl = "%09d" % R.randint(4000, 9000)
    L.t("%s DEBUG edps.writer - " % ts_py(t))
    if not phi:
        k = R.randrange(3)
        if k == 0:
            L.t("envelope ISA*00*          *00*          *ZZ*ENH5521        *ZZ*80887          *%s*%s*^*00501*%s*1*P*:~GS*HC*ENH5521*80887*%s*%s*%d*X*005010X222A1~"
                % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl, t.strftime("%Y%m%d"), t.strftime("%H%M"), int(ctl)))
        elif k == 1:
            L.t("billing loop NM1*85*2*%s*****XX*%s~N3*%s~N4*%s*%s*%s%s~REF*EI*%s~PER*IC*BILLING OFFICE*TE*%s~"
                % (ascii_fold(p.name).upper(), p.org_npi, p.street.upper(), p.city.upper(), p.state, p.zip, digits(4), p.tin.replace("-", ""), fmt_phone(p.phone, 3)))
        else:
            L.t("file ENC_H5521_%s_%04d.x12 closed claims=%d segments=%d SE/GE/IEA ok ctl=%s" % (t.strftime("%Y%m%d"), R.randint(1, 40), R.randint(100, 5000), R.randint(5000, 200000), ctl))
        return L
    m = mem()
    ih = R.choice(ICD_HCC)
    d = dos()
    cpt = R.choice(CPTS)
    L.t("claim seq=%06d HL*2*1*22*0~SBR*S*18*******MA~" % R.randint(1, 5000))
    x12_member(L, m, with_addr=R.random() < 0.8)
    L.t("NM1*PR*2*EDSCMS*****PI*80887~REF*2U*%s~CLM*" % m.contract).p(m.pcn, "account")
    L.t("*%d***11:B:1*Y*A*Y*Y~HI*ABK:%s*ABF:%s~" % (R.randint(90, 400), ih[0].replace(".", ""), R.choice(NON_HCC).replace(".", "")))
    L.t("NM1*82*1*%s*%s****XX*%s~LX*1~SV1*HC:%s*%d*UN*1***1:2~DTP*472*D8*" % (ascii_fold(p.dlast).upper(), ascii_fold(p.dfirst).upper(), p.npi, cpt, R.randint(90, 400)))
    L.p(fd(d, "x12"), "date").t("~")
    return L


def f_277ca(phi):
    L = Line("edps-277ca")
    t = now()
    L.t("%s INFO  edps.ack277 - " % ts_py(t))
    if not phi:
        k = R.randrange(3)
        if k == 0:
            L.t("BHT*0085*08*%s*%s*%s*TH~HL*1**20*1~NM1*AY*2*EDSCMS*****46*80887~TRN*1*%s~DTP*050*D8*%s~DTP*009*D8*%s~"
                % (digits(9), t.strftime("%Y%m%d"), t.strftime("%H%M"), digits(10), t.strftime("%Y%m%d"), t.strftime("%Y%m%d")))
        elif k == 1:
            L.t("HL*2*1*21*1~NM1*41*2*CEDAR RIDGE HEALTH PLAN*****46*ENH5521~TRN*2*%s~STC*A1:19:PR*%s*WQ*%d.00~QTY*90*%d~QTY*AA*%d~"
                % (digits(9), t.strftime("%Y%m%d"), R.randint(10000, 900000), R.randint(100, 4000), R.randint(0, 90)))
        else:
            L.t("999 received ctl=%09d AK1*HC*%d*005010X222A1~AK9*A*1*1*1~ status=ACCEPTED" % (R.randint(4000, 9000), R.randint(4000, 9000)))
        return L
    m = mem()
    ln, fn = short_name(m)
    d = dos()
    L.t("HL*%d*3*PT~NM1*QC*1*" % R.randint(3, 900)).p(ln, "name").t("*").p(fn, "name").t("****MI*").p(m.mbi, "health_plan")
    L.t("~TRN*2*").p(m.pcn, "account").t("~STC*%s*%s*%s*%d.00~REF*1K*%s~DTP*472*RD8*" % (
        R.choice(["A3:21", "A7:562", "A3:116", "A2:20"]), t.strftime("%Y%m%d"), R.choice(["U", "WQ"]), R.randint(90, 400), icn()))
    L.p(fd(d, "x12"), "date").t("-").p(fd(d, "x12"), "date").t("~")
    return L


def f_dialer(phi):
    L = Line("dialer-kv")
    t = now()
    L.t("%s [dialer-core] %s " % (ts_iso_off(t), R.choice(["INFO ", "INFO ", "WARN "])))
    camp = "GIC_%s_2024Q2" % R.choice(["CBP", "BCS", "COL", "EED", "KED", "SUPD", "TRC"])
    if not phi:
        k = R.randrange(5)
        if k == 0:
            L.t("CampaignStats campaign=%s dialed=%d connects=%d rpc=%d abandon_rate=%.2f%% pacing=%.1f" % (camp, R.randint(500, 9000), R.randint(100, 2000), R.randint(50, 900), R.uniform(0.5, 2.9), R.uniform(1.2, 3.0)))
        elif k == 1:
            a = R.choice(AGENTS)
            L.t("AgentState agent=%s name=\"%s\" state=%s station=SIP/%s" % (a, AGENT_NAMES[a], R.choice(["READY", "WRAP", "LOGGED_OUT", "BREAK"]), digits(4)))
        elif k == 2:
            L.t("DncRefresh source=internal+federal records=%d delta=+%d took=%dms" % (R.randint(200000, 900000), R.randint(10, 900), R.randint(400, 9000)))
        elif k == 3:
            L.t("TrunkStatus trunk=twilio-elastic-01 ani=%s cps=%d/%d callerid_reputation=CLEAN" % (fmt_phone(PLAN_PHONE, 2), R.randint(1, 10), 10))
        else:
            L.t("CallWindow campaign=%s tz=America/Chicago allowed=08:00-20:00 queued=%d" % (camp, R.randint(100, 6000)))
        return L
    m = mem()
    a = R.choice(AGENTS)
    k = R.randrange(4)
    if k == 0:
        L.t("CallEnded callId=CA%s campaign=%s ani=%s dnis=" % (hexs(32), camp, fmt_phone(PLAN_PHONE, 2))).p(fmt_phone(m.phone, 2), "phone")
        L.t(" disposition=%s talk=00:%02d:%02d agent=%s memberId=" % (R.choice(["LEFT_VM", "RPC_SCHEDULED", "NO_ANSWER", "WRONG_NUMBER", "REFUSED"]), R.randint(0, 9), R.randint(0, 59), a)).p(m.mid, "health_plan")
    elif k == 1:
        L.t("AppointmentBooked agent=%s memberId=" % a).p(m.mid, "health_plan").t(" measure=%s appt=" % camp[4:7]).p(fd(rand_date(dt.date(2024, 5, 16), dt.date(2024, 7, 30)), "iso"), "date")
        L.t(" provider_npi=%s provider_phone=%s" % (prov().npi, fmt_phone(prov().phone, 1)))
    elif k == 2:
        L.t("VoiceVerify memberId=").p(m.mid, "health_plan").t(" result=ENROLLED engine=vb-9.2 template=")
        L.p(base64.b64encode(bytes(R.randint(0, 255) for _ in range(R.choice([192, 240, 288])))).decode(), "biometric")
    else:
        L.t("NumberUpdate memberId=").p(m.mid, "health_plan").t(" old=").p(fmt_phone(m.phone, 3), "phone").t(" new=").p(fmt_phone(m.alt_phone, 3), "phone")
        L.t(" source=member_stated agent=%s (%s)" % (a, AGENT_NAMES[a]))
    return L


def f_sms(phi):
    L = Line("sms-gateway-json")
    t = now()
    if not phi:
        k = R.randrange(3)
        if k == 0:
            jobj(L, [("ts", ts_iso_z(t)), ("event", "batch.summary"), ("campaign", "HEDIS_%s_SMS_W%d" % (R.choice(MEASURES), R.randint(1, 9))),
                     ("from", SHORT), ("queued", R.randint(200, 9000)), ("delivered", R.randint(100, 8000)), ("undelivered", R.randint(0, 300)),
                     ("optouts", R.randint(0, 40))])
        elif k == 1:
            jobj(L, [("ts", ts_iso_z(t)), ("event", "webhook.retry"), ("url", "https://outreach-api.int.cedarridgehp.com/hooks/sms/status"), ("attempt", R.randint(1, 5)), ("http_status", R.choice([502, 503, 504]))])
        else:
            jobj(L, [("ts", ts_iso_z(t)), ("event", "template.approved"), ("template_id", "tmpl_%s" % hexs(8)), ("approver", "%s@cedarridgehp.com" % R.choice(STAFF)[0]), ("lang", R.choice(["en", "es", "pl", "vi"]))])
        return L
    m = mem()
    k = R.randrange(4)
    if k == 3:
        jobj(L, [("ts", ts_iso_z(t)), ("event", R.choice(["email.delivered", "email.bounced", "email.opened"])), ("channel", "email"), ("to", m.email, "email"),
                 ("from", "noreply@cedarridgehp.com"), ("campaign", "HEDIS_%s_EMAIL_W%d" % (R.choice(MEASURES), R.randint(1, 9))), ("message_id", "<%s@mail.cedarridgehp.com>" % hexs(20))])
    elif k == 0:
        jobj(L, [("MessageSid", "SM" + hexs(32)), ("MessageStatus", R.choice(["delivered", "sent", "undelivered"])), ("To", fmt_phone(m.phone, 2), "phone"),
                 ("From", SHORT), ("AccountSid", "AC" + hexs(32)), ("ApiVersion", "2010-04-01"), ("ErrorCode", None)])
    elif k == 1:
        meas = R.choice(["breast cancer screening", "diabetic eye exam", "colorectal screening kit", "blood pressure check", "kidney health test"])
        body = Msg(["Hi ", (m.first, "name"), ", this is Cedar Ridge Health Plan. Our records show you are due for your " + meas +
                    ". Call " + fmt_phone(PLAN_PHONE, 1) + " (TTY 711) to schedule. Reply STOP to opt out."])
        jobj(L, [("ts", ts_iso_z(t)), ("event", "message.outbound"), ("to", fmt_phone(m.phone, 2), "phone"), ("from", SHORT),
                 ("body", body), ("member_id", m.mid, "health_plan"), ("segments", 2)])
    else:
        jobj(L, [("ts", ts_iso_z(t)), ("event", "link.click"), ("short", "crhp.co/" + hexs(6)), ("to", fmt_phone(m.phone, 2), "phone"),
                 ("ip", m.ip, "ip"), ("ua", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)")])
    return L


def f_mailer(phi):
    L = Line("mailer-manifest-csv")
    if not phi:
        k = R.randrange(3)
        if k == 0:
            L.t("drop_id,campaign,seq,name,addr1,city,state,zip,imb_tracking,lang,template")
        elif k == 1:
            L.t("# drop 2024Q2-%s-W%d produced %s by PrintCo job PJ-%s pieces=%d presort=5DIGIT postage=$%s" % (R.choice(["BCS", "COL", "EED"]), R.randint(1, 6), fd(dt.date(2024, 5, 13), "iso"), digits(6), R.randint(900, 20000), format(R.uniform(400, 9000), ",.2f")))
        else:
            L.t("RTS,2024Q2-%s-W%d,%06d,,,,,,%s,,reason=ATTEMPTED_NOT_KNOWN" % (R.choice(["BCS", "COL"]), R.randint(1, 6), R.randint(1, 20000), "00270" + digits(15)))
        return L
    m = mem()
    k = R.randrange(3)
    ln, fn = short_name(m)
    if k == 0:
        cm = R.choice(["BCS", "COL", "EED"])
        L.t("2024Q2-%s-W%d,GIC_%s,%06d," % (cm, R.randint(1, 6), cm, R.randint(1, 20000)))
        L.p(fn + " " + ln, "name").t(",").p(ascii_fold(m.street).upper(), "address").t(",").p(m.city.upper(), "address").t(",%s," % m.state)
        L.p(m.zip4, "zip").t(",%s,%s,%s" % ("00270" + digits(15), m.lang, {"BCS": "GIC_BCS_v4", "COL": "FIT_KIT_COVER_v2", "EED": "EED_REMINDER_v3"}[cm]))
    elif k == 1:
        t = now()
        L.t("%s NCOA move member=" % ts_py(t)).p(m.mid, "health_plan").t(" old=\"").p(ascii_fold(m.street).upper(), "address").t(" ")
        L.p(m.city.upper(), "address").t(" %s " % m.state).p(m.zip, "zip").t("\" new=\"").p("%d %s" % (R.randint(100, 9000), R.choice(STREETS).upper()), "address")
        L.t(" ").p(m.city.upper(), "address").t(" %s " % m.state).p(m.zip, "zip").t("\" move_type=I eff=2024-04")
    else:
        L.t("FITKIT,%s," % ("FK-DROP-" + digits(4))).p(m.kit, "other_id").t(",").p(m.mid, "health_plan").t(",").p(fn + " " + ln, "name")
        L.t(",").p(ascii_fold(m.street).upper(), "address").t(",").p(m.city.upper(), "address").t(",%s," % m.state).p(m.zip, "zip")
    return L


def f_fitkit(phi):
    L = Line("fitkit-lab-kv")
    t = now()
    L.t("%s fitkit-vendor[%d]: " % (ts_syslog(t), R.randint(2000, 2100)))
    if not phi:
        L.t(R.choice([
            "result feed pulled from sftp.labvendor-example.com files=%d rows=%d lab_clia=14D%07d" % (R.randint(1, 5), R.randint(20, 900), R.randint(1000000, 9999999)),
            "kits shipped today=%d returned=%d return_rate=%.1f%% carrier=USPS tracking_prefix=9400" % (R.randint(50, 900), R.randint(10, 300), R.uniform(18, 42)),
            "kit lot LOT-%s expiry 2025-11-30 flagged: %d kits to re-ship" % (digits(6), R.randint(1, 80)),
        ]))
        return L
    m = mem()
    L.t("kit=").p(m.kit, "other_id").t(" member=").p(m.mid, "health_plan").t(" status=%s result=%s collected=" % (R.choice(["RESULTED", "RESULTED", "REJECTED"]), R.choice(["NEGATIVE", "NEGATIVE", "POSITIVE", "INSUFFICIENT"])))
    col = rand_date(dt.date(2024, 4, 20), dt.date(2024, 5, 8))
    L.p(fd(col, "iso"), "date").t(" received=").p(fd(col + dt.timedelta(days=R.randint(2, 6)), "iso"), "date")
    L.t(" loinc=29771-3 tracking=9400%s" % digits(18))
    return L


def f_rpm(phi):
    L = Line("rpm-webhook-json")
    t = now()
    if not phi:
        k = R.randrange(2)
        if k == 0:
            jobj(L, [("level", "info"), ("time", ts_iso_z(t)), ("msg", "reading batch ingested"), ("vendor", "cuffcloud"), ("count", R.randint(100, 4000)), ("rejected", R.randint(0, 30)), ("measure", "CBP")])
        else:
            jobj(L, [("level", "warn"), ("time", ts_iso_z(t)), ("msg", "firmware below minimum"), ("model", R.choice(["HEM-7155T", "BPM Connect", "BP-800"])), ("fw", "1.%d.%d" % (R.randint(0, 9), R.randint(0, 9))), ("min_fw", "2.0.0"), ("devices", R.randint(2, 300))])
        return L
    m = mem()
    k = R.randrange(3)
    items = [("level", "info"), ("time", ts_iso_z(t)), ("msg", "bp reading"), ("memberId", m.mid, "health_plan")]
    if k == 0:
        items += [("deviceSerial", m.bp_serial, "device"), ("imei", m.imei, "device")]
    elif k == 1:
        items += [("deviceSerial", m.bp_serial, "device"), ("hubMac", m.mac, "device")]
    else:
        items = [("level", "info"), ("time", ts_iso_z(t)), ("msg", "cgm summary"), ("memberId", m.mid, "health_plan"), ("receiverSn", m.cgm_serial, "device"), ("gmi", round(R.uniform(5.8, 9.4), 1))]
    if k < 2:
        items += [("readingDate", fd(rand_date(dt.date(2024, 5, 1), dt.date(2024, 5, 13)), "iso"), "date"), ("systolic", R.randint(112, 168)), ("diastolic", R.randint(66, 98)), ("pulse", R.randint(55, 96))]
    jobj(L, items)
    return L


def f_airflow(phi):
    L = Line("airflow-task")
    t = now()
    L.t("%s " % ts_airflow(t))
    dag = R.choice(["ra_supplemental_load", "hedis_gap_refresh", "edps_submit_daily", "mao004_ingest", "outreach_list_build"])
    if not phi:
        k = R.randrange(6)
        if k == 0:
            L.t("{taskinstance.py:1157} INFO - Dependencies all met for <TaskInstance: %s.%s scheduled__2024-05-14T%02d:00:00+00:00 [queued]>" % (dag, R.choice(["validate_member_file", "transform", "load_snowflake", "build_837"]), R.randint(10, 16)))
        elif k == 1:
            L.t("{logging_mixin.py:188} WARNING - /opt/airflow/dags/ra/transform.py:%d SettingWithCopyWarning: A value is trying to be set on a copy of a slice from a DataFrame" % R.randint(40, 300))
        elif k == 2:
            L.t("{python.py:201} INFO - Done. Returned value was: {'rows_in': %d, 'rows_out': %d, 'rejects': %d}" % (R.randint(1000, 90000), R.randint(1000, 90000), R.randint(0, 400)))
        elif k == 3:
            L.t("{cursor.py:1028} INFO - query: [COPY INTO RA_STAGE.SUPP_MEMBER_FILE FROM @RA_STAGE.S3_INBOUND/2024/05/14/ FILE_FORMAT=(FORMAT_NAME=PIPE_HDR)...]")
        elif k == 4:
            L.t("{taskinstance.py:1400} INFO - Marking task as SUCCESS. dag_id=%s, task_id=%s, execution_date=20240514T%02d0000, start_date=%s, end_date=%s"
                % (dag, R.choice(["transform", "load_snowflake", "notify"]), R.randint(10, 16), (t - dt.timedelta(minutes=3)).strftime("%Y%m%dT%H%M%S"), t.strftime("%Y%m%dT%H%M%S")))
        else:
            L.t("{transform.py:%d} INFO - dedup removed %d rows on keys ['member_id', 'measure', 'service_date', 'code']" % (R.randint(50, 300), R.randint(0, 900)))
        return L
    m = mem()
    k = R.randrange(4)
    if k == 3:
        L.t("{pii_guard.py:%d} WARNING - unmasked SSN found in column 'subscriber_ssn' of CRHP_SUPP_LEGACY_20240513.txt row %d: " % (R.randint(20, 90), R.randint(2, 9000)))
        L.p(m.ssn, "ssn").t(" (member_id=").p(m.mid, "health_plan").t(")")
    elif k == 0:
        L.t("{transform.py:%d} WARNING - rejecting row: " % R.randint(50, 300))
        pyrepr_dict(L, [("member_id", m.mid, "health_plan"), ("last_name", m.last, "name"), ("first_name", m.first, "name"),
                        ("dob", fd(m.dob, "iso"), "date"), ("measure", R.choice(MEASURES)), ("service_date", fd(dos(), "iso"), "date"), ("npi", prov().npi), ("reason", "NPI_NOT_ACTIVE")])
    elif k == 1:
        L.t("{taskinstance.py:1937} ERROR - Task failed with exception ... ValueError: time data '").p(fd(m.dob, "us"), "date")
        L.t("' does not match format '%Y-%m-%d' (member_id=").p(m.mid, "health_plan").t(")")
    else:
        L.t("{outreach.py:%d} INFO - member " % R.randint(30, 200)).p(m.mid, "health_plan").t(" suppressed from dialer list: phone ").p(fmt_phone(m.phone, 1), "phone")
        L.t(" on internal DNC since 2023-11-02")
    return L


def f_snow(phi):
    L = Line("snowflake-query-history-tsv")
    t = now()
    qid = "01b4%s-0%s-%s-0000-%s" % (hexs(4), hexs(3), hexs(4), hexs(12))
    user = R.choice(["RA_ETL_SVC", "HEDIS_ETL_SVC", "MTANAKA", "RPILLAI", "LOOKER_SVC"])
    wh = R.choice(["RA_XS", "TRANSFORM_WH", "BI_M"])
    L.t("%s\t%s\t%s\tSUCCESS\t%s\t%d\t%d\t" % (qid, user, wh, ts_snow(t), R.randint(80, 90000), R.randint(0, 90000)))
    if not phi:
        L.t(R.choice([
            "SELECT measure, COUNT(*) FROM HEDIS.GAPS WHERE contract_pbp = '%s' AND status = 'OPEN' GROUP BY 1" % R.choice(CONTRACTS),
            "MERGE INTO RA.DX_SUPPORTED t USING RA_STAGE.ABSTRACTION_EXPORT s ON t.chart_id = s.chart_id AND t.icd10 = s.icd10 WHEN NOT MATCHED THEN INSERT (...) VALUES (...)",
            "COPY INTO RA_STAGE.MAO004_RAW FROM @RA_STAGE.CMS_INBOUND/P.R5521.MAO004M.D240520.T%s" % digits(7),
            "SELECT hcc_v28, AVG(raf) FROM RA.MEMBER_RAF WHERE payment_year = 2025 GROUP BY 1 ORDER BY 2 DESC LIMIT 50",
            "ALTER WAREHOUSE TRANSFORM_WH RESUME IF SUSPENDED",
            "SELECT * FROM EDPS.SUBMISSION_LOG WHERE file_id = 'ENC_H5521_20240514_%04d' AND icn = '%s'" % (R.randint(1, 40), icn()),
        ]))
        return L
    m = mem()
    k = R.randrange(3)
    if k == 0:
        L.t("SELECT * FROM RA.MEMBER_RAF WHERE mbi = '").p(m.mbi, "health_plan").t("' AND payment_year = 2025")
    elif k == 1:
        L.t("SELECT member_id, mbi, dob FROM CORE.MEMBER WHERE UPPER(last_name) = '").p(ascii_fold(m.last).upper().replace("'", "''"), "name")
        L.t("' AND dob = '").p(fd(m.dob, "iso"), "date").t("'")
    else:
        L.t("UPDATE CORE.MEMBER_CONTACT SET phone = '").p(fmt_phone(m.alt_phone, 3), "phone").t("', email = '").p(m.email, "email")
        L.t("' WHERE member_id = '").p(m.mid, "health_plan").t("'")
    return L


def f_spring_json(phi, force=None):
    L = Line("springboot-logstash-json")
    t = now()
    trace = hexs(32)
    span = hexs(16)
    base = [("@timestamp", ts_iso_off(t)), ("@version", "1")]
    if not phi:
        k = R.randrange(6)
        if k == 0:
            items = base + [("message", "HikariPool-1 - Pool stats (total=20, active=%d, idle=%d, waiting=0)" % (R.randint(1, 19), R.randint(1, 19))), ("logger_name", "com.zaxxer.hikari.pool.HikariPool"), ("thread_name", "HikariPool-1 housekeeper"), ("level", "DEBUG"), ("level_value", 10000)]
        elif k == 1:
            items = base + [("message", "GET /actuator/health 200 in %dms" % R.randint(1, 30)), ("logger_name", "org.zalando.logbook.Logbook"), ("thread_name", "http-nio-8080-exec-%d" % R.randint(1, 40)), ("level", "TRACE"), ("level_value", 5000), ("remote", "10.42.%d.%d" % (R.randint(0, 9), R.randint(2, 250)))]
        elif k == 2:
            items = base + [("message", "Consumed %d records from topic ra.chart.events partition %d offset %d" % (R.randint(1, 500), R.randint(0, 11), R.randint(100000, 9000000))), ("logger_name", "com.cedarridge.ra.events.ChartEventListener"), ("thread_name", "org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1"), ("level", "INFO"), ("level_value", 20000), ("traceId", trace), ("spanId", span)]
        elif k == 3:
            items = base + [("message", "Gap list computed for npi=%s measures=%s open=%d closed=%d" % (prov().npi, ",".join(R.sample(MEASURES, 3)), R.randint(0, 300), R.randint(0, 300))), ("logger_name", "com.cedarridge.quality.api.GapService"), ("thread_name", "http-nio-8080-exec-%d" % R.randint(1, 40)), ("level", "INFO"), ("level_value", 20000), ("traceId", trace), ("spanId", span), ("requestId", uuid4())]
        elif k == 4:
            items = base + [("message", "Circuit breaker 'cmsEligibility' changed state from CLOSED to OPEN"), ("logger_name", "io.github.resilience4j.circuitbreaker"), ("thread_name", "parallel-%d" % R.randint(1, 8)), ("level", "WARN"), ("level_value", 30000)]
        else:
            items = base + [("message", "Started RiskAdjustmentApiApplication in %.3f seconds (process running for %.3f)" % (R.uniform(9, 30), R.uniform(10, 33))), ("logger_name", "com.cedarridge.ra.RiskAdjustmentApiApplication"), ("thread_name", "main"), ("level", "INFO"), ("level_value", 20000), ("app_version", "3.%d.%d" % (R.randint(0, 20), R.randint(0, 9)))]
        jobj(L, items)
        return L
    m = mem()
    k = force if force is not None else R.choices(range(10), weights=[2, 3, 1, 2, 1, 2, 1, 1, 1, 2])[0]
    thr = "http-nio-8080-exec-%d" % R.randint(1, 40)
    if k == 0:
        msg = Msg(["Attestation received memberId=", (m.mid, "health_plan"), " measure=%s dos=" % R.choice(["CDC-EYE", "CBP", "COA-FSA", "BCS-E"]), (fd(dos(), "iso"), "date"), " npi=%s" % prov().npi])
        items = base + [("message", msg), ("logger_name", "com.cedarridge.quality.api.AttestationController"), ("thread_name", thr), ("level", "INFO"), ("level_value", 20000), ("traceId", trace), ("spanId", span)]
    elif k == 1:
        items = base + [("message", "member login"), ("logger_name", "com.cedarridge.member.auth.LoginAuditListener"), ("thread_name", thr), ("level", "INFO"), ("level_value", 20000),
                        ("username", m.username, "other_id"), ("clientIp", m.ip, "ip"), ("mfa", "sms"), ("traceId", trace)]
    elif k == 2:
        items = base + [("message", Msg(["Eligibility lookup failed for MBI ", (m.mbi, "health_plan"), ": 404 from CMS"])), ("logger_name", "com.cedarridge.ra.cms.EligibilityClient"), ("thread_name", "parallel-%d" % R.randint(1, 8)), ("level", "WARN"), ("level_value", 30000), ("traceId", trace), ("spanId", span)]
    elif k == 3:
        m = mem_maybe_old()
        body = [("memberId", m.mid, "health_plan"), ("firstName", m.first, "name"), ("lastName", m.last, "name"), ("birthDate", fd(m.dob, "iso"), "date"),
                ("email", m.email, "email"), ("phone", fmt_phone(m.phone, 1), "phone")]
        if m.age > 89:
            items = base + [("message", "profile response"), ("logger_name", "com.cedarridge.member.api.ProfileController"), ("thread_name", thr), ("level", "DEBUG"), ("level_value", 10000), ("payload", body + [("age", m.age, "age")])]
        else:
            items = base + [("message", "profile response"), ("logger_name", "com.cedarridge.member.api.ProfileController"), ("thread_name", thr), ("level", "DEBUG"), ("level_value", 10000), ("payload", body)]
    elif k == 4:
        items = base + [("message", Msg(["Autopay enrollment memberId=", (m.mid, "health_plan"), " card=", (m.card, "account"), " exp=%02d/%d" % (R.randint(1, 12), R.randint(25, 30))])),
                        ("logger_name", "com.cedarridge.member.billing.PremiumPaymentService"), ("thread_name", thr), ("level", "DEBUG"), ("level_value", 10000)]
    elif k == 6:
        png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x60\x00\x00\x00\x60\x08\x02\x00\x00\x00" + bytes(R.randint(0, 255) for _ in range(R.randint(280, 460)))
        items = base + [("message", "avatar uploaded"), ("logger_name", "com.cedarridge.member.api.AvatarController"), ("thread_name", thr), ("level", "DEBUG"), ("level_value", 10000),
                        ("memberId", m.mid, "health_plan"), ("image", "data:image/png;base64," + base64.b64encode(png).decode(), "photo"), ("faceDetected", True)]
    elif k == 7:
        items = base + [("message", Msg(["Mileage reimbursement claim memberId=", (m.mid, "health_plan"), " plate=", (m.plate.replace(" ", ""), "vehicle"), " vin=", (m.vin, "vehicle"),
                                         " trip=%s miles=%.1f apptDate=" % ("TRP-%s" % digits(7), R.uniform(2, 40)), (fd(rand_date(dt.date(2024, 4, 1), dt.date(2024, 5, 13)), "iso"), "date")])),
                        ("logger_name", "com.cedarridge.member.benefits.TransportationService"), ("thread_name", thr), ("level", "INFO"), ("level_value", 20000), ("traceId", trace), ("spanId", span)]
    elif k == 9:
        items = base + [("message", "voice biometric enrollment stored"), ("logger_name", "com.cedarridge.member.auth.VoiceAuthService"), ("thread_name", thr), ("level", "DEBUG"), ("level_value", 10000),
                        ("memberId", m.mid, "health_plan"), ("voiceprint", base64.b64encode(bytes(R.randint(0, 255) for _ in range(R.choice([160, 192, 224])))).decode(), "biometric"), ("vendor", "nuance-gk"), ("traceId", trace)]
    elif k == 8:
        items = base + [("message", Msg(["Records release queued for member ", (m.mid, "health_plan"), " to authorized rep ", (m.rel_first + " " + m.rel_last, "name"), " fax ", (fmt_phone(m.rel_fax, 1), "fax")])),
                        ("logger_name", "com.cedarridge.member.privacy.RecordsReleaseService"), ("thread_name", thr), ("level", "INFO"), ("level_value", 20000), ("traceId", trace), ("spanId", span)]
    else:
        items = base + [("message", Msg(["Identity verified via DL ", (m.dl, "license"), " state=%s for member " % m.state, (m.mid, "health_plan"), " case ", (m.grv, "other_id")])),
                        ("logger_name", "com.cedarridge.member.idv.IdentityVerificationService"), ("thread_name", thr), ("level", "INFO"), ("level_value", 20000), ("traceId", trace)]
    jobj(L, items)
    return L


def f_spring_text(phi, force=None):
    L = Line("springboot-console")
    t = now()
    lvl = R.choice(["INFO", "INFO", "WARN", "DEBUG", "ERROR"])
    L.t("%s %5s 1 --- [%15s] " % (ts_spring(t), lvl, ("nio-8080-exec-%d" % R.randint(1, 40))[-15:]))
    if not phi:
        L.t(R.choice([
            "c.c.r.api.web.EncounterController        : POST /api/v2/encounters/batch accepted=%d rejected=%d batchId=EB-%s" % (R.randint(10, 900), R.randint(0, 20), digits(8)),
            "o.s.web.servlet.DispatcherServlet        : Completed initialization in %d ms" % R.randint(1, 9),
            "c.c.r.edps.IcnReconciler                 : reconciled %d ICNs against MAO-002 (%d rejected, %d pending)" % (R.randint(1000, 90000), R.randint(0, 900), R.randint(0, 400)),
            "c.c.q.measure.CbpEvaluator               : CBP numerator rule v2024.1 loaded: last reading <140/90 in MY, exclude readings on acute inpatient DOS",
            "o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Error: 0, SQLState: 57014 (canceling statement due to statement timeout)",
            "c.c.r.api.web.ProviderController         : provider lookup npi=%s tin=%s phone=%s status=ACTIVE" % (prov().npi, prov().tin, fmt_phone(prov().phone, 1)),
        ]))
        return L
    m = mem()
    k = force if force is not None else R.randrange(5)
    if k == 4:
        L.t("c.c.m.web.RequestLoggingFilter           : GET /api/member/v1/care-gaps user=").p(m.username, "other_id").t(" xff=").p(m.ip, "ip")
        L.t(", 10.42.%d.%d status=200 took=%dms" % (R.randint(0, 9), R.randint(2, 250), R.randint(8, 400)))
    elif k == 3:
        L.t("c.c.m.web.RedirectController             : redirect after login -> ").p("https://members.cedarridgehp.com/u/" + m.username + "/care-gaps", "url")
        L.t(" (session %s)" % hexs(12))
    elif k == 0:
        L.t("c.c.r.api.web.MemberController           : GET /api/v2/members/").p(m.mbi, "health_plan").t("/hccs -> 200 (%d HCCs)" % R.randint(0, 8))
    elif k == 1:
        L.t("c.c.q.gap.GapClosureService              : closing %s gap for member " % R.choice(MEASURES)).p(m.mid, "health_plan").t(" via supplemental DOS ").p(fd(dos(), "iso"), "date")
    else:
        L.t("c.c.m.contact.ContactPrefService         : member ").p(m.mid, "health_plan").t(" set email=").p(m.email, "email").t(" sms_optin=true")
    return L


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"]


def f_php_access(phi):
    L = Line("apache-combined")
    t = now()
    L.t("10.20.%d.%d - %s [%s] \"" % (R.randint(0, 9), R.randint(2, 250), R.choice(["-", "-", "portal_user"]), ts_apache(t)))
    p = prov()
    if not phi:
        path = R.choice([
            "GET /portal/gaps/list.php?npi=%s&measure=%s&page=%d HTTP/1.1" % (p.npi, R.choice(MEASURES), R.randint(1, 20)),
            "POST /portal/attest/submit.php HTTP/1.1",
            "GET /portal/assets/app.%s.js HTTP/1.1" % hexs(8),
            "GET /portal/reports/download.php?file=GAP_%s_%s.xlsx HTTP/1.1" % (p.tin.replace("-", ""), "20240513"),
            "GET /portal/roster.php?tin=%s&pbp=%s HTTP/1.1" % (p.tin.replace("-", ""), R.choice(CONTRACTS)),
            "GET /server-status?auto HTTP/1.1",
        ])
        L.t('%s" %d %d "https://providers.cedarridgehp.com/portal/dashboard.php" "%s"' % (path, R.choice([200, 200, 200, 302, 304, 404]), R.randint(200, 90000), R.choice(UA)))
        return L
    m = mem()
    k = R.randrange(3)
    if k == 0:
        L.t("GET /portal/members/lookup.php?mbi=").p(m.mbi, "health_plan").t("&dob=").p(fd(m.dob, "iso"), "date").t(" HTTP/1.1\"")
    elif k == 1:
        L.t("GET /portal/members/search.php?lastName=").p(ascii_fold(m.last).replace(" ", "+").replace("'", "%27"), "name").t("&firstName=").p(ascii_fold(m.first), "name").t("&npi=%s HTTP/1.1\"" % p.npi)
    else:
        L.t("GET /portal/members/").p(m.mid, "health_plan").t("/gaps.php?measure=%s HTTP/1.1\"" % R.choice(MEASURES))
    L.t(' %d %d "https://providers.cedarridgehp.com/portal/members/" "%s"' % (R.choice([200, 200, 404]), R.randint(200, 40000), R.choice(UA)))
    return L


def f_php_err(phi):
    L = Line("php-monolog")
    t = now()
    p = prov()
    if not phi:
        k = R.randrange(4)
        if k == 0:
            L.t("%s PHP Deprecated:  Creation of dynamic property Portal\\Gap\\GapRow::$hybridFlag is deprecated in /var/www/portal/src/Gap/GapRow.php on line %d" % (ts_phperr(t), R.randint(20, 200)))
        elif k == 1:
            L.t("%s portal.INFO: Attestation batch submitted {\"npi\":\"%s\",\"tin\":\"%s\",\"count\":%d,\"batch\":\"ATB-%s\"} []" % (ts_monolog(t), p.npi, p.tin, R.randint(1, 40), digits(7)))
        elif k == 2:
            L.t("%s portal.NOTICE: User login {\"user\":\"%s\",\"practice\":\"%s\",\"role\":\"office_manager\"} {\"ip\":\"10.20.%d.%d\"}" % (ts_monolog(t), R.choice(["dkowalczyk@lakeshorefm.org", "tgreene@northshorecardio.com", "office@pilsenchc.org"]), p.name, R.randint(0, 9), R.randint(2, 250)))
        else:
            L.t("%s PHP Warning:  Undefined array key \"measure_year\" in /var/www/portal/src/Report/Export.php on line %d" % (ts_phperr(t), R.randint(20, 400)))
        return L
    m = mem()
    k = R.randrange(3)
    if k == 0:
        L.t("%s PHP Fatal error:  Uncaught PDOException: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '" % ts_phperr(t))
        L.p(m.mid, "health_plan").t("-%s-" % R.choice(MEASURES)).p(fd(dos(), "iso"), "date").t("' for key 'uq_attest' in /var/www/portal/src/Attest/Repository.php:%d" % R.randint(40, 200))
    elif k == 1:
        L.t("%s portal.INFO: Chart upload {" % ts_monolog(t))
        L.t("\"npi\":\"%s\",\"member_id\":\"" % p.npi).p(m.mid, "health_plan").t("\",\"patient\":\"").p(m.first + " " + m.last, "name")
        L.t("\",\"dob\":\"").p(fd(m.dob, "iso"), "date").t("\",\"file_url\":\"")
        ln, fn = short_name(m)
        L.p("https://providers.cedarridgehp.com/uploads/%s/%s_%s_%s.pdf" % (p.tin.replace("-", ""), ln.replace(" ", "_").replace("'", ""), fn, fd(m.dob, "iso")), "url").t("\"} []")
    else:
        L.t("%s portal.WARNING: Member lookup ambiguous {\"query\":{\"last\":\"" % ts_monolog(t)).p(m.last, "name")
        L.t("\",\"dob\":\"").p(fd(m.dob, "iso"), "date").t("\",\"zip\":\"").p(m.zip, "zip").t("\"},\"matches\":%d,\"npi\":\"%s\"} []" % (R.randint(2, 4), p.npi))
    return L


def f_ocr(phi, force=None):
    L = Line("nlp-ocr-hits")
    t = now()
    L.t("%s nlp-indexer INFO " % ts_iso_z(t))
    ch = chart_id()
    ih = R.choice(ICD_HCC)
    if not phi:
        L.t(R.choice([
            "chart=%s page=%d hit term=\"%s\" icd10_suggest=%s conf=0.%d section=Assessment/Plan" % (ch, R.randint(1, 70), ih[3].split(",")[0].lower(), ih[0], R.randint(60, 99)),
            "chart=%s pages=%d ocr_mean_conf=%.1f low_quality_pages=%d model=clinical-ner-2.4" % (ch, R.randint(2, 90), R.uniform(70, 97), R.randint(0, 9)),
            "chart=%s page=%d signature block detected: \"Electronically signed by %s %s, MD %s\"" % (ch, R.randint(1, 70), R.choice(PROVS).dfirst, R.choice(PROVS).dlast, fd(rand_date(dt.date(2023, 2, 1), dt.date(2024, 5, 1)), "usshort")),
        ]))
        return L
    m = mem()
    k = force if force is not None else R.choices(range(3), weights=[2, 1, 2])[0]
    if k == 0:
        L.t("chart=%s page=%d ctx=\"...Patient: " % (ch, R.randint(1, 9))).p(m.last, "name").t(", ").p(m.first, "name").t("  DOB: ").p(fd(m.dob, "us"), "date")
        L.t("  MRN: ").p(m.mrn, "mrn").t("  Visit: ").p(fd(dos(), "us"), "date").t("...\"")
    elif k == 1:
        L.t("chart=%s page=%d ctx=\"...MVC, pt restrained driver of sedan, plate IL " % (ch, R.randint(1, 30))).p(m.plate, "vehicle")
        L.t(", VIN ").p(m.vin, "vehicle").t(" per police report; c/o neck pain...\"")
    else:
        L.t("chart=%s page=%d ctx=\"...Guarantor: " % (ch, R.randint(1, 5)))
        L.p(m.rel_first + " " + m.rel_last, "name").t(" (%s)  Pt SSN: " % m.relation).p(m.ssn, "ssn").t("  Ph: ").p(fmt_phone(m.rel_phone, 4), "phone").t("  Ins: Medicare ").p(m.hicn, "health_plan")
        if m.medicaid:
            L.t(" / Medicaid ").p(m.medicaid, "health_plan")
        L.t("...\"")
    return L


def f_edps_status(phi):
    L = Line("edps-tracker-csv")
    t = now()
    if not phi:
        L.t("%s,%s,ENC_H5521_%s_%04d.x12,%d,%d,%d,%s" % (t.strftime("%Y-%m-%d %H:%M:%S"), R.choice(["SUBMITTED", "999_ACCEPTED", "277CA_RECEIVED", "MAO002_RECEIVED"]), t.strftime("%Y%m%d"), R.randint(1, 40), R.randint(100, 5000), R.randint(90, 5000), R.randint(0, 100), R.choice(["CEM", "PROF", "INST", "DME"])))
        return L
    m = mem()
    L.t("%s,REJECTED_%s,%s," % (t.strftime("%Y-%m-%d %H:%M:%S"), R.choice(["00265", "02256", "00710", "00045"]), icn())).p(m.mbi, "health_plan").t(",").p(m.pcn, "account")
    L.t(",").p(fd(dos(), "x12"), "date").t(",%s,%s" % (R.choice(["PROF", "INST"]), R.choice(["BENE DOB MISMATCH", "DOS PRIOR TO MA ENROLLMENT", "INVALID DX FOR DOS", "DUP ENCOUNTER"])))
    return L


FAMILIES = [
    (f_chartq, 7), (f_ehr, 5), (f_onsite, 4), (f_audit, 7), (f_hcc, 4), (f_radv, 3), (f_supp_fixed, 4),
    (f_supp_pipe, 4), (f_mao004, 4), (f_mor, 2), (f_edps837, 5), (f_277ca, 4), (f_dialer, 5), (f_sms, 4),
    (f_mailer, 3), (f_fitkit, 2), (f_rpm, 3), (f_airflow, 7), (f_snow, 5), (f_spring_json, 7), (f_spring_text, 5),
    (f_php_access, 5), (f_php_err, 4), (f_ocr, 4), (f_edps_status, 3),
]


def main():
    fns = [f for f, _ in FAMILIES]
    ws = [w for _, w in FAMILIES]
    n_phi = 225
    flags = [True] * n_phi + [False] * (N_LINES - n_phi)
    R.shuffle(flags)
    # guarantee that the rarer categories are represented
    forced = ([(f_spring_json, 5)] * 3 + [(f_spring_json, 7)] * 2 + [(f_ocr, 1)] * 2 + [(f_spring_json, 8)] * 2 +
              [(f_chartq, 2)] + [(f_spring_text, 4)] * 2 + [(f_ehr, 2)] + [(f_ocr, 2)] * 2 + [(f_chartq, 4)])
    phi_pos = [i for i, f in enumerate(flags) if f]
    force_at = dict(zip(R.sample(phi_pos, len(forced)), forced))
    lines, labels = [], []
    for i, phi in enumerate(flags, 1):
        tick()
        if i - 1 in force_at:
            ffn, fk = force_at[i - 1]
            L = ffn(True, force=fk)
        else:
            fn = R.choices(fns, weights=ws)[0]
            L = fn(phi)
        raw, spans = L.build()
        assert bool(spans) == phi, (L.family, phi)
        lines.append(raw)
        labels.append({"line": i, "family": L.family, "spans": spans})
    with open(os.path.join(HERE, "ed.log"), "wb") as f:
        for raw in lines:
            f.write(raw + b"\n")
    with open(os.path.join(HERE, "ed.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
