#!/usr/bin/env python3
"""Synthetic log corpus for a county public health department (Tamarack County Public Health, "TCPH").

Deterministic: fixed seed, standard library only. Writes ch.log and ch.labels.jsonl next to this file.
All people, identifiers, addresses and numbers are invented.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import sys
import unicodedata

random.seed(20240314)
R = random

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ch"
TZ = dt.timezone(dt.timedelta(hours=-5))  # CDT
N_LINES = 500


# --------------------------------------------------------------------------------------------
# line builder: concatenation with byte offsets
# --------------------------------------------------------------------------------------------
class L:
    def __init__(self):
        self.b = bytearray()
        self.spans = []
        self.vals = []

    def t(self, *ss):
        for s in ss:
            self.b += s.encode("utf-8")
        return self

    def p(self, s, cat):
        assert s, "empty PHI value"
        st = len(self.b)
        e = s.encode("utf-8")
        self.b += e
        self.spans.append((st, len(self.b), cat))
        self.vals.append(e)
        return self

    def x(self, s, cat=None):
        if cat:
            return self.p(s, cat)
        return self.t(s)


class O:
    """JSON object: items = [(key, value, cat_or_None)]"""

    def __init__(self, *items):
        self.items = list(items)


class A:
    def __init__(self, *elems):
        self.elems = list(elems)  # (value, cat)


def jstr(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def jval(l, v, c, sep, ascii_):
    if isinstance(v, O):
        jobj(l, v, sep, ascii_)
    elif isinstance(v, A):
        l.t("[")
        for i, (ev, ec) in enumerate(v.elems):
            if i:
                l.t(sep[0])
            jval(l, ev, ec, sep, ascii_)
        l.t("]")
    elif isinstance(v, bool):
        l.t("true" if v else "false")
    elif v is None:
        l.t("null")
    elif isinstance(v, str):
        l.t('"')
        l.x(jstr(v, ascii_), c)
        l.t('"')
    else:
        l.x(str(v), c)


def jobj(l, o, sep=(",", ":"), ascii_=False):
    l.t("{")
    for i, (k, v, c) in enumerate(o.items):
        if i:
            l.t(sep[0])
        l.t('"' + jstr(k, ascii_) + '"' + sep[1])
        jval(l, v, c, sep, ascii_)
    l.t("}")


# --------------------------------------------------------------------------------------------
# identifier helpers (valid check digits where the real thing has one)
# --------------------------------------------------------------------------------------------
def luhn_check(payload):
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
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def npi():
    base = "1" + digits(8)
    return base + luhn_check("80840" + base)


def imei():
    tac = R.choice(["35693803", "35328811", "35875410", "86769204", "35420911"])
    body = tac + digits(6)
    v = body + luhn_check(body)
    assert luhn_ok(v)
    return v


def card(prefix, length=16):
    body = prefix + digits(length - len(prefix) - 1)
    v = body + luhn_check(body)
    assert luhn_ok(v)
    return v


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(wmi):
    year = R.choice("DEFGHJKLMN")
    vds = "".join(R.choice(VIN_CH) for _ in range(5))
    plant = R.choice("ABCKLRSTU")
    serial = digits(6)
    v = wmi + vds + "0" + year + plant + serial
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    cd = s % 11
    v = v[:8] + ("X" if cd == 10 else str(cd)) + v[9:]
    s2 = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    assert (s2 % 11) == (10 if v[8] == "X" else int(v[8]))
    return v


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(MBI_AN), R.choice("0123456789"),
         R.choice(MBI_A), R.choice(MBI_AN), R.choice("0123456789"), R.choice(MBI_A),
         R.choice(MBI_A), R.choice("0123456789"), R.choice("0123456789")]
    return "".join(c)


def ssn():
    while True:
        a = R.randint(100, 772)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def strip_acc(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------------------------
# synthetic people
# --------------------------------------------------------------------------------------------
CITIES = [("Pine Hollow", "54913"), ("Aldenburg", "54915"), ("North Tamarack", "54944"),
          ("Wexford Springs", "54952"), ("Eau Verte", "54956"), ("Millbrook", "54961")]
STREETS = ["Birch St", "W Lakeview Ave", "Oneida Trl", "Frontenac Ct", "N Division St", "Cherry Ln",
           "S Memorial Dr", "Ridgeway Rd", "E Wisconsin Ave", "Cedar Creek Rd", "Harbor View Dr",
           "Prospect Ave", "Menominee St", "Old Plank Rd", "Tamarack Blvd"]
RURAL = ["County Rd JJ", "State Hwy 55", "County Rd K", "Town Line Rd", "Swamp Rd"]
UNITS = ["", "", "", "Apt 2", "Apt 3B", "Unit 114", "Lot 14", "# 6", "Apt 1"]
MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "charter.net", "att.net"]
IP_NETS = ["24.196", "66.188", "73.45", "98.215", "174.103", "47.34", "68.191", "107.202"]

TODAY = dt.date(2024, 3, 14)
PEOPLE = {}
USED = {"5550111", "5550100"}


def uniq(fn):
    while True:
        v = fn()
        if v not in USED:
            USED.add(v)
            return v


def mk(key, first, last, sex, dob, middle="", parent=None, household=None):
    if household:
        h = PEOPLE[household]
        street, unit, city, zipc, area, phone = h["street"], h["unit"], h["city"], h["zip"], h["area"], h["phone"]
    else:
        city, zipc = R.choice(CITIES)
        if R.random() < 0.18:
            street = "%s%d %s" % (R.choice("NWES"), R.randint(1000, 9999), R.choice(RURAL))
            unit = ""
        else:
            street = "%d %s" % (R.randint(12, 4800), R.choice(STREETS))
            unit = R.choice(UNITS)
        area = R.choice(["920", "920", "920", "608", "414"])
        phone = uniq(lambda: "555" + "01%02d" % R.randint(1, 98))
    af, al = strip_acc(first).lower().replace(" ", ""), strip_acc(last).lower().replace("'", "").replace(" ", "")
    yy = "%02d" % (dob.year % 100)
    email = uniq(lambda: R.choice(["%s.%s%s", "%s%s%s", "%s_%s%s"]) % (af, al, R.choice([yy, "", str(R.randint(1, 99))]))
                 + "@" + R.choice(MAIL))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    p = dict(key=key, first=first, last=last, middle=middle, sex=sex, dob=dob, age=age,
             street=street, unit=unit, city=city, zip=zipc, area=area, phone=phone,
             cell=uniq(lambda: "555" + "01%02d" % R.randint(1, 98)) if R.random() < 0.5 else phone,
             email=email, ssn=uniq(ssn), mrn=uniq(lambda: "TC%07d" % R.randint(100000, 999999)),
             psn=uniq(lambda: "PSN1%07dWI01" % R.randint(20000, 99999)),
             medicaid=uniq(lambda: R.choice("14") + digits(9)),
             mbi=uniq(mbi) if age >= 65 else None,
             dl=uniq(lambda: strip_acc(last)[0].upper() + "%03d-%04d-%04d-%02d" % (
                 R.randint(0, 999), R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 99))),
             user=uniq(lambda: (af[:1] + al[:9] + yy)),
             ip=uniq(lambda: "%s.%d.%d" % (R.choice(IP_NETS), R.randint(1, 254), R.randint(1, 254))),
             parent=parent)
    PEOPLE[key] = p
    return p


def D(y, m, d):
    return dt.date(y, m, d)


# adults / STD / ELR
mk("okafor", "Chiamaka", "Okafor", "F", D(1987, 3, 12), "N")
mk("adeyemi", "Oluwaseun", "Adeyemi", "M", D(1993, 11, 2))
mk("jackson", "DeShawn", "Jackson", "M", D(1999, 6, 17), "T")
mk("washington", "Latoya", "Washington", "F", D(1995, 1, 29))
mk("ramirez", "José", "Ramírez", "M", D(1984, 8, 5), "Luis")
mk("nowak", "Łukasz", "Nowak", "M", D(1990, 12, 1))
mk("obrien", "Siobhan", "O'Brien", "F", D(2001, 4, 23), "M")
mk("tran", "Minh", "Trần", "M", D(1978, 9, 9), "Quang")
mk("alrashid", "Yasmin", "Al-Rashid", "F", D(1997, 2, 14))
mk("mcallister", "Ebony", "McAllister", "F", D(2003, 7, 30), "R")
mk("yildiz", "Mehmet", "Yıldız", "M", D(1982, 5, 19))
mk("ngata", "Aroha", "Ngata", "F", D(1991, 10, 3))
mk("cadotte", "Marcel", "Cadotte", "M", D(1975, 3, 27), "J")
# TB
mk("farah", "Abdirahman", "Farah", "M", D(1980, 1, 1))
mk("warsame", "Hodan", "Warsame", "F", D(1988, 6, 21))
mk("hrytsenko", "Taras", "Hrytsenko", "M", D(1969, 11, 11))
mk("kittelson", "Harold", "Kittelson", "M", D(1932, 8, 16), "E")
mk("ionescu", "Bogdan", "Ionescu", "M", D(1986, 4, 4))
# mothers / WIC
mk("abdi", "Faadumo", "Abdi", "F", D(1992, 9, 12), household="farah")
mk("lor", "Mai Yer", "Lor", "F", D(1996, 3, 8))
mk("vang_t", "Tou", "Vang", "M", D(1994, 7, 2), household="lor")
mk("xiong", "Pa Nhia", "Xiong", "F", D(2000, 12, 19))
mk("garcia", "María Fernanda", "García", "F", D(1998, 5, 25))
mk("shevchenko", "Oksana", "Shevchenko", "F", D(1993, 8, 14))
mk("lindqvist_m", "Karin", "Lindqvist", "F", D(1989, 2, 2))
# children
mk("kou", "Kou", "Vang", "M", D(2021, 4, 2), parent="lor", household="lor")
mk("mateo", "Mateo", "García", "M", D(2020, 10, 15), parent="garcia", household="garcia")
mk("nia", "Nia", "Washington", "F", D(2022, 1, 7), parent="washington", household="washington")
mk("amina", "Amina", "Farah", "F", D(2019, 6, 30), parent="abdi", household="farah")
mk("sofiia", "Sofiia", "Shevchenko", "F", D(2023, 2, 20), parent="shevchenko", household="shevchenko")
mk("zoe", "Zoë", "Lindqvist", "F", D(2017, 9, 1), parent="lindqvist_m", household="lindqvist_m")
mk("nkauj", "Nkauj Hnub", "Xiong", "F", D(2023, 11, 5), parent="xiong", household="xiong")
mk("leilani", "Leilani", "Ngata", "F", D(2020, 3, 3), parent="ngata", household="ngata")
# contacts / outbreak / misc
mk("raghu", "Priyanka", "Raghunathan", "F", D(1985, 12, 24))
mk("iyer", "Arjun", "Iyer", "M", D(2012, 5, 5))
mk("watanabe", "Kenji", "Watanabe", "M", D(1979, 1, 18))
mk("papa", "Eleni", "Papadopoulos", "F", D(1968, 6, 6))
mk("ferreira", "Rosa", "Ferreira", "F", D(1959, 10, 10))
mk("schroder", "Dieter", "Schröder", "M", D(1955, 2, 28))
mk("kowalczyk", "Agnieszka", "Kowalczyk", "F", D(1983, 7, 7))
mk("walsh", "Declan", "Walsh", "M", D(1990, 3, 17))
mk("nguyen", "Thị Lan", "Nguyễn", "F", D(1954, 7, 22))
# vital records
mk("brandvold", "Walter", "Brandvold", "M", D(1930, 11, 4), "A")
mk("pfeiffer", "Edna", "Pfeiffer", "F", D(1927, 5, 13), "M")
mk("haidari_a", "Ahmad", "Haidari", "M", D(1945, 1, 20))
mk("haugen", "Ingrid", "Haugen", "F", D(1961, 8, 8))
mk("muller", "Greta", "Müller", "F", D(1958, 4, 1))
mk("haidari", "Farida", "Haidari", "F", D(1979, 12, 12))
mk("overgaard", "Sølvi", "Øvergaard", "F", D(1966, 10, 28))

P = PEOPLE
P["brandvold"]["dod"] = D(2024, 2, 27)
P["pfeiffer"]["dod"] = D(2024, 3, 2)
P["haidari_a"]["dod"] = D(2023, 11, 19)
STD_PTS = ["okafor", "adeyemi", "jackson", "washington", "ramirez", "nowak", "obrien", "tran", "alrashid",
           "mcallister", "yildiz", "ngata", "cadotte"]
TB_PTS = ["farah", "warsame", "hrytsenko", "kittelson", "ionescu"]
KIDS = ["kou", "mateo", "nia", "amina", "sofiia", "zoe", "nkauj", "leilani"]
WIC_KIDS = ["kou", "mateo", "nia", "sofiia", "nkauj", "leilani"]
LEAD_KIDS = ["kou", "mateo", "nia", "amina"]
CT_PEOPLE = ["abdi", "amina", "warsame", "raghu", "iyer", "watanabe", "papa", "ferreira", "schroder",
             "kowalczyk", "zoe", "lindqvist_m", "ionescu", "xiong", "alrashid"]
ELR_PTS = STD_PTS + TB_PTS + KIDS + ["raghu", "iyer", "watanabe", "papa", "ferreira", "schroder", "nguyen"]
PORTAL_USERS = ["okafor", "garcia", "lor", "haugen", "muller", "haidari", "nguyen", "shevchenko", "ngata",
                "washington", "kowalczyk", "walsh"]

for k, p in P.items():
    p["tb_id"] = "TB-%06d" % R.randint(700, 999) if k in TB_PTS else None
    p["iis_id"] = "%010d" % R.randint(10 ** 8, 10 ** 9) if k in KIDS + ["raghu", "iyer"] else None
    p["lead_id"] = "L%02d-%05d" % (R.choice([22, 23, 24]), R.randint(100, 999)) if k in LEAD_KIDS else None
    p["case"] = "CAS1%07dWI01" % R.randint(30000, 99999)
    p["ct_case"] = "TC-24-%06d" % R.randint(1000, 4000)

WIC_FAM = {}
for k in WIC_KIDS:
    par = P[k]["parent"]
    if par not in WIC_FAM:
        WIC_FAM[par] = "WF%07d" % R.randint(100000, 999999)
    P[k]["wic_fam"] = WIC_FAM[par]
    P[k]["wic_pid"] = WIC_FAM[par] + "-%02d" % R.randint(2, 4)
for par, fam in WIC_FAM.items():
    P[par]["wic_fam"] = fam
    P[par]["wic_pid"] = fam + "-01"
    P[par]["ewic"] = card("610054")

# staff (never labelled)
STAFF = [("Rachel", "Patel", "epi_rpatel"), ("Marek", "Zielinski", "dis_mzielinski"),
         ("Tamsin", "Abernathy", "rn_tabernathy"), ("Lina", "Haddad", "md_lhaddad"),
         ("Jonas", "Brandt", "vr_jbrandt"), ("Rolf", "Dahl", "rs_rdahl"), ("Carmen", "Lopez", "cpa_clopez"),
         ("Hyun-woo", "Park", "epi_hpark"), ("Beatriz", "Souza", "dis_bsouza"), ("Kwame", "Mensah", "rn_kmensah"),
         ("Janet", "Sorensen", "lead_jsorensen"), ("Imran", "Qureshi", "it_iqureshi")]
WIC_STAFF = ["cpa_clopez", "cpa_nyang", "wic_dtorres", "rd_ahmadi"]
DOCS = [("WELBY", "MARCUS", npi()), ("CHOWDHURY", "NASRIN", npi()), ("BERGSTROM", "ANDERS", npi()),
        ("OKONKWO", "IFEOMA", npi()), ("LINDGREN", "PAUL", npi())]
LABS = [("LABCORP", "34D0655059", "LC"), ("QUEST", "05D0642827", "QD"), ("WSLH", "52D0659434", "WS"),
        ("TAMARACK MEM HOSP LAB", "52D1049981", "TM"), ("ALDENBURG FAMILY CLINIC", "52D2207710", "AF")]
FACILITIES = [("Golden Wok #2", "2140 E Main St", "Pine Hollow", "54913"),
              ("Taqueria El Sol", "88 N Water St", "Aldenburg", "54915"),
              ("Kwik Trip #1047", "1501 S Memorial Dr", "Eau Verte", "54956"),
              ("The Supper Club at Lake Tamarack", "W3310 Lakeshore Dr", "North Tamarack", "54944"),
              ("Pho Saigon Kitchen", "612 Oneida St", "Pine Hollow", "54913"),
              ("Culver's of Wexford Springs", "2900 Hwy 41 Frontage Rd", "Wexford Springs", "54952"),
              ("St. Brigid School Cafeteria", "400 Church St", "Millbrook", "54961"),
              ("Hmong Village Market Food Court", "1020 Packer Ave", "Aldenburg", "54915"),
              ("Somali Star Restaurant", "335 W College Ave", "Pine Hollow", "54913"),
              ("Bavaria Haus Biergarten", "77 Depot St", "Millbrook", "54961")]
POOLS = [("Aldenburg Family Aquatic Center", "1200 Park Ave"), ("Holiday Inn Express Pine Hollow - Indoor Pool", "4101 Tamarack Blvd"),
         ("Wexford Springs Municipal Pool", "300 Veterans Way"), ("Lakeview Apartments Pool", "815 W Lakeview Ave"),
         ("YMCA of Tamarack County - Lap Pool", "220 E Franklin St")]
INTERNAL_IPS = ["10.20.6.44", "10.20.6.71", "10.20.4.31", "10.40.2.17", "192.168.10.25", "172.20.14.9", "10.20.8.3",
                "10.20.1.15", "172.16.30.4", "192.168.50.12"]


# --------------------------------------------------------------------------------------------
# formatting helpers
# --------------------------------------------------------------------------------------------
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def ymd(d):
    return d.strftime("%Y-%m-%d")


def hl7d(d):
    return d.strftime("%Y%m%d")


def mdy(d):
    return d.strftime("%m/%d/%Y")


def mdy_nz(d):
    return "%d/%d/%d" % (d.month, d.day, d.year)


def sasd(d):
    return "%02d%s%d" % (d.day, MON[d.month - 1].upper(), d.year)


def rdays(lo, hi):
    return TODAY - dt.timedelta(days=R.randint(lo, hi))


def fdays(lo, hi):
    return TODAY + dt.timedelta(days=R.randint(lo, hi))


def ph_dash(p, which="phone"):
    n = p[which]
    return "%s-%s-%s" % (p["area"], n[:3], n[3:])


def ph_paren(p, which="phone"):
    n = p[which]
    return "(%s) %s-%s" % (p["area"], n[:3], n[3:])


def ph_e164(p, which="phone"):
    return "+1" + p["area"] + p[which]


def ph_raw(p, which="phone"):
    return p["area"] + p[which]


def hexid(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexid(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def pick(keys):
    return P[R.choice(keys)]


def staff():
    return R.choice(STAFF)


def syslog_ts(ts):
    return "%s %2d %s" % (MON[ts.month - 1], ts.day, ts.strftime("%H:%M:%S"))


def ms(ts):
    return ts.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % R.randint(0, 999)


def upper_ascii(s):
    return strip_acc(s).upper()


# --------------------------------------------------------------------------------------------
# HL7 ELR (ORU^R01 2.5.1) message builder
# --------------------------------------------------------------------------------------------
TESTS = [
    ("43304-5", "Chlamydia trachomatis rRNA [Presence] in Specimen by NAA with probe detection", "CWE",
     "260373001^Detected^SCT", "119393003^Specimen from urethra^SCT"),
    ("43305-2", "Neisseria gonorrhoeae rRNA [Presence] in Specimen by NAA with probe detection", "CWE",
     "260373001^Detected^SCT", "122575003^Urine specimen^SCT"),
    ("20507-0", "Reagin Ab [Presence] in Serum by RPR", "CWE", "11214006^Reactive^SCT", "119364003^Serum specimen^SCT"),
    ("94500-6", "SARS-CoV-2 (COVID-19) RNA [Presence] in Respiratory specimen by NAA with probe detection", "CWE",
     "260373001^Detected^SCT", "258500001^Nasopharyngeal swab^SCT"),
    ("5671-3", "Lead [Mass/volume] in Blood", "NM", None, "122554006^Capillary blood specimen^SCT"),
    ("5196-1", "Hepatitis B virus surface Ag [Presence] in Serum by Immunoassay", "CWE", "10828004^Positive^SCT",
     "119364003^Serum specimen^SCT"),
    ("548-8", "Bordetella pertussis DNA [Presence] in Nasopharynx by NAA with probe detection", "CWE",
     "260373001^Detected^SCT", "258500001^Nasopharyngeal swab^SCT"),
]


def hl7_pid(l, p, with_ssn=False, with_acct=False, lab=None):
    lab = lab or R.choice(LABS)
    l.t("PID|1||").p(p["mrn"], "mrn").t("^^^%s&%s&CLIA^MR||" % (lab[0], lab[1]))
    nm = upper_ascii(p["last"]) + "^" + upper_ascii(p["first"])
    if p["middle"]:
        nm += "^" + upper_ascii(p["middle"][0])
    l.p(nm, "name").t("^^^^L||").p(hl7d(p["dob"]), "date").t("|" + p["sex"] + "||")
    l.t(R.choice(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC",
                  "2131-1^Other Race^CDCREC", "UNK^Unknown^NULLFL"]) + "|")
    l.p(p["street"].upper(), "address")
    if p["unit"]:
        l.t("^").p(p["unit"].upper(), "address").t("^")
    else:
        l.t("^^")
    l.p(p["city"].upper(), "address").t("^WI^").p(p["zip"], "zip").t("^USA^H||")
    l.t("^PRN^PH^^1^").p(p["area"] + "^" + p["phone"], "phone").t("|||||")
    if with_acct:
        l.p("%09d" % R.randint(10 ** 7, 10 ** 9), "account")
    l.t("|")
    if with_ssn:
        l.p(p["ssn"].replace("-", ""), "ssn")
    l.t("|||" + R.choice(["2186-5^Not Hispanic or Latino^HL70189", "2135-2^Hispanic or Latino^HL70189",
                           "UNK^Unknown^NULLFL"]))
    return lab


def hl7_elr(l, p, sep, ts, lab=None):
    lab = lab or R.choice(LABS)
    ctl = lab[2] + ts.strftime("%y%m%d%H%M%S") + "%04d" % R.randint(0, 9999)
    l.t("MSH|^~\\&|%s^2.16.840.1.113883.3.%d^ISO|%s^%s^CLIA|TCPH_ELR^2.16.840.1.114222.4.3.2.2.1.232^ISO|"
        "WIDPH^2.16.840.1.114222.4.1.3660^ISO|%s-0500||ORU^R01^ORU_R01|%s|P|2.5.1|||NE|NE|||||"
        "PHLabReport-NoAck^ELR_Receiver^2.16.840.1.113883.9.11^ISO"
        % (lab[0].split()[0], R.randint(1000, 9999), lab[0], lab[1], ts.strftime("%Y%m%d%H%M%S"), ctl))
    l.t(sep + "SFT|%s^L|%s|%s|%s" % (R.choice(["Epic Systems Corporation", "Orchard Software", "Sunquest"]),
                                        R.choice(["10.2", "2023.1", "8.3.1"]), R.choice(["Beaker", "Harvest", "LIS"]),
                                        digits(6)))
    l.t(sep)
    hl7_pid(l, p, with_ssn=R.random() < 0.35, with_acct=R.random() < 0.25, lab=lab)
    if p["age"] < 18 and p["parent"]:
        m = P[p["parent"]]
        l.t(sep + "NK1|1|").p(upper_ascii(m["last"]) + "^" + upper_ascii(m["first"]), "name")
        l.t("^^^^^L|MTH^Mother^HL70063||^PRN^PH^^1^").p(m["area"] + "^" + m["phone"], "phone")
    if R.random() < 0.4:
        f = [""] * 37
        f[1] = "1"
        if p["mbi"]:
            f[2], f[3], f[4], f[36] = "MCR^Medicare Part B", "CMS", "Medicare", p["mbi"]
        else:
            f[2], f[3], f[4], f[36] = "BCP^BadgerCare Plus", "WIMCD", "Wisconsin Medicaid", p["medicaid"]
        f[8] = "GRP%05d" % R.randint(0, 99999)
        l.t(sep + "IN1|" + "|".join(f[1:36]) + "|").p(f[36], "health_plan")
    test = R.choice([TESTS[3], TESTS[4], TESTS[4], TESTS[6]] if p["age"] < 12 else TESTS[:4] + TESTS[5:])
    coll = rdays(2, 9)
    ctime = hl7d(coll) + "%02d%02d" % (R.randint(7, 17), R.randint(0, 59))
    doc = R.choice(DOCS)
    placer = "%d" % R.randint(10 ** 8, 10 ** 9)
    filler = "%s%s-%05d" % (lab[2], coll.strftime("%y%j"), R.randint(0, 99999))
    l.t(sep + "ORC|RE|%s^EHR|%s^%s^%s^CLIA|||||||||%s^%s^%s^^^^^^NPI&2.16.840.1.113883.4.6&ISO^L^^^NPI||"
               "^WPN^PH^^1^920^5550100|||||||Aldenburg Family Clinic^L|1200 Clinic Dr^^Aldenburg^WI^54915^USA^B|"
               "^WPN^PH^^1^920^5550100" % (placer, filler, lab[0].split()[0], lab[1], doc[2], doc[0], doc[1]))
    l.t(sep + "OBR|1|%s^EHR|%s^%s^%s^CLIA|%s^%s^LN|||" % (placer, filler, lab[0].split()[0], lab[1], test[0], test[1]))
    l.p(ctime, "date").t("||||||||||%s^%s^%s^^^^^^NPI" % (doc[2], doc[0], doc[1]))
    if test[2] == "NM":
        val = "%.1f" % R.uniform(3.6, 22.0)
        l.t(sep + "OBX|1|NM|%s^%s^LN||%s|ug/dL^microgram per deciliter^UCUM|<3.5|H|||F|||" % (test[0], test[1], val))
    else:
        l.t(sep + "OBX|1|CWE|%s^%s^LN||%s||||||F|||" % (test[0], test[1], test[3]))
    l.p(ctime, "date")
    l.t(sep + "SPM|1|%s&%s&%s&CLIA||%s|||||||||||||" % (filler, lab[0].split()[0], lab[1], test[4]))
    l.p(ctime, "date")
    return ctl, filler, test


# --------------------------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------------------------
MIRTH_CH = ["ELR_IN_LABCORP", "ELR_IN_QUEST", "ELR_IN_WSLH", "ELR_IN_TMH", "ELR_IN_AFC", "VXU_OUT_WIR"]


CNT = {}


def nxt(n):
    """round-robin over the PHI variants of the calling family (guarantees coverage)"""
    key = sys._getframe(1).f_code.co_name
    CNT[key] = CNT.get(key, -1) + 1
    return CNT[key] % n


def f_mirth(l, ts, phi):
    li = R.randrange(len(LABS))
    ch = MIRTH_CH[li] if phi or R.random() < 0.8 else MIRTH_CH[5]
    chid = uuid4()
    lvl = "INFO "
    if phi:
        p = pick(ELR_PTS)
        mode = R.choice(["raw", "raw", "raw", "xform", "dup"])
        if mode == "raw":
            l.t("DEBUG %s [%s < Source] com.mirth.connect.server.userutil.JavaScriptUtil: raw inbound: " % (ms(ts), ch))
            hl7_elr(l, p, "\\r", ts, LABS[li])
        elif mode == "xform":
            l.t("INFO  %s [%s < Destination 1 - NBS MSG_IN] transformer: mapped PID-3 " % (ms(ts), ch))
            l.p(p["mrn"], "mrn").t(" -> patient ").p(upper_ascii(p["last"]) + ", " + upper_ascii(p["first"]), "name")
            l.t(" DOB=").p(hl7d(p["dob"]), "date").t(" zip=").p(p["zip"], "zip")
            l.t(" jurisdiction=TAMARACK prog_area=%s" % R.choice(["STD", "GCD", "HEP", "LEAD", "TB"]))
        else:
            l.t("WARN  %s [%s < Destination 1 - NBS MSG_IN] ElrDupCheck: duplicate ELR suppressed accession=%s%s-%05d patient=" %
                (ms(ts), ch, R.choice(["LC", "QD", "WS"]), ts.strftime("%y%j"), R.randint(0, 99999)))
            l.p(upper_ascii(p["last"]) + "^" + upper_ascii(p["first"]), "name").t(" dob=").p(hl7d(p["dob"]), "date")
            l.t(" first_seen_msg=%d" % R.randint(180000, 190000))
        return "mirth-log4j"
    k = R.randint(0, 7)
    if k == 0:
        l.t("INFO  %s [TCP Receiver Thread on %s (%s) < %s:%d] com.mirth.connect.connectors.tcp.TcpReceiver: "
            "Connection accepted" % (ms(ts), ch, chid, R.choice(INTERNAL_IPS), R.randint(40000, 65000)))
    elif k == 1:
        l.t("INFO  %s [%s < Source] com.mirth.connect.donkey.server.channel.Channel: message %d processed, ACK sent "
            "MSA|AA|%s%s%04d" % (ms(ts), ch, R.randint(180000, 190000), R.choice(["LC", "QD", "WS", "TM"]),
                                  ts.strftime("%y%m%d%H%M%S"), R.randint(0, 9999)))
    elif k == 2:
        l.t("WARN  %s [%s < Source] com.mirth.connect.plugins.javascriptrule.JavaScriptRule: filter rejected message %d: "
            "MSH-11 processing id 'T' on production channel" % (ms(ts), ch, R.randint(180000, 190000)))
    elif k == 3:
        l.t("INFO  %s [Data Pruner Thread] com.mirth.connect.plugins.datapruner.DataPruner: Pruned %d messages "
            "from channel %s (%s) older than 30 days in %d ms" % (ms(ts), R.randint(2000, 40000), ch, chid, R.randint(800, 9000)))
    elif k == 4:
        l.t("ERROR %s [%s < Destination 1 - NBS MSG_IN] com.mirth.connect.server.transformers.JavaScriptTransformer: "
            "TypeError: Cannot read property \"OBX.5.1\" from undefined (Transformer#%d, line %d)" % (ms(ts), ch, R.randint(1, 9), R.randint(10, 300)))
    elif k == 5:
        l.t("INFO  %s [Main Server Thread] com.mirth.connect.server.Mirth: Mirth Connect 3.12.0 (Built on June 1, 2021) "
            "server successfully started." % ms(ts))
    elif k == 6:
        l.t("INFO  %s [%s < Destination 1 - NBS MSG_IN] com.mirth.connect.connectors.jdbc.DatabaseDispatcher: inserted "
            "NBS_interface_uid=%d into NBS_MSGOUTE.dbo.NBS_interface (imp_exp_ind_cd=I, record_status_cd=QUEUED)" %
            (ms(ts), ch, R.randint(2200000, 2300000)))
    else:
        l.t("WARN  %s [%s < Source] com.mirth.connect.donkey.server.queue.DestinationQueue: queue size %d exceeds "
            "threshold 500 (host=%s)" % (ms(ts), ch, R.randint(501, 3000), R.choice(["mirth-prod-01", "mirth-prod-02"])))
    return "mirth-log4j"


def f_elrqa(l, ts, phi):
    lab = R.choice(LABS)
    ctl = lab[2] + ts.strftime("%y%m%d%H%M%S") + "%04d" % R.randint(0, 9999)
    l.t(ts.strftime("%Y-%m-%d %H:%M:%S") + ".%03d [ELR-QA] " % R.randint(0, 999))
    if phi:
        p = pick(ELR_PTS)
        k = nxt(3)
        if k == 0:
            l.t("WARN  rule=PID11_ZIP_MISSING msgctl=%s sending_fac=%s seg=" % (ctl, lab[1]))
            l.t("PID|1||").p(p["mrn"], "mrn").t("^^^%s&%s&CLIA^MR||" % (lab[0], lab[1]))
            l.p(upper_ascii(p["last"]) + "^" + upper_ascii(p["first"]), "name").t("^^^^^L||").p(hl7d(p["dob"]), "date")
            l.t("|%s||<CR>" % p["sex"])
        elif k == 1:
            l.t("ERROR rule=PID7_FUTURE_DOB msgctl=%s field=PID-7 value=\"" % ctl).p(hl7d(p["dob"]) + "0000", "date")
            l.t("\" action=HOLD patient=\"").p(upper_ascii(p["last"]) + "^" + upper_ascii(p["first"]), "name").t("\"")
        else:
            l.t("WARN  rule=SSN_IN_PID19 msgctl=%s sending_fac=%s field=PID-19 value=" % (ctl, lab[1]))
            l.p(p["ssn"].replace("-", ""), "ssn").t(" note=\"SSN not required for ELR; stripped before NBS load\"")
        return "elr-qa"
    k = R.randint(0, 4)
    if k == 0:
        l.t("WARN  rule=LOINC_UNMAPPED msgctl=%s sending_fac=%s code=%d-%d text=\"%s\"" %
            (ctl, lab[1], R.randint(10000, 99999), R.randint(0, 9), R.choice(["RESP PANEL 4 TARGET", "HCV RNA QN", "MPXV PCR"])))
    elif k == 1:
        rc, hd, rj = R.randint(100, 400), R.randint(0, 9), R.randint(0, 4)
        l.t("INFO  batch=%s received=%d accepted=%d held=%d rejected=%d elapsed=%.1fs" %
            (ts.strftime("%Y%m%d%H"), rc, rc - hd - rj, hd, rj, R.uniform(2, 40)))
    elif k == 2:
        l.t("WARN  rule=OBX5_FREE_TEXT msgctl=%s field=OBX-5 value=\"SEE COMMENT\" snomed_expected=true" % ctl)
    elif k == 3:
        l.t("ERROR rule=MSH_OID_UNKNOWN msgctl=%s field=MSH-4.2 value=%s reason=\"CLIA not in facility crosswalk\"" % (ctl, lab[1]))
    else:
        l.t("INFO  rule=SPM_COLLECT_DT_FORMAT msgctl=%s fixed=true from=\"YYYYMMDDHHMM\" to=\"YYYYMMDDHHMMSS-ZZZZ\"" % ctl)
    return "elr-qa"


CONDS = [("10311", "Syphilis, secondary", "STD"), ("10274", "Chlamydia trachomatis infection", "STD"),
         ("10280", "Gonorrhea", "STD"), ("10220", "Tuberculosis", "TB"), ("10110", "Hepatitis A, acute", "HEP"),
         ("10190", "Pertussis", "GCD"), ("11065", "COVID-19", "GCD"), ("32010", "Lead poisoning", "LEAD"),
         ("11563", "Salmonellosis", "GCD"), ("10140", "Measles", "GCD")]


def f_nbs(l, ts, phi):
    cls = R.choice(["gov.cdc.nedss.webapp.nbs.action.pam.PamAction", "gov.cdc.nedss.systemservice.ejb.mainsessionejb.bean.MainSessionCommandEJB",
                    "gov.cdc.nedss.webapp.nbs.action.person.PersonSearchAction", "gov.cdc.nedss.webapp.nbs.action.elr.ElrSummaryAction",
                    "gov.cdc.nedss.deduplication.helper.DeduplicationHelper", "gov.cdc.nedss.nnd.helper.NNDMessageProcessor"])
    task = "(default task-%d)" % R.randint(1, 64)
    st = staff()
    if phi:
        p = pick(ELR_PTS + ["kittelson", "brandvold"])
        cond = R.choice(CONDS)
        k = nxt(7)
        if k == 0:
            l.t("%s INFO  [gov.cdc.nedss.webapp.nbs.action.pam.PamAction] %s Investigation " % (ms(ts), task)).p(p["case"], "other_id").t(" created for patient ")
            l.p(p["psn"], "mrn").t(" (").p(upper_ascii(p["last"]) + ", " + upper_ascii(p["first"]), "name")
            l.t(") condition=%s \"%s\" jurisdiction=130001 progArea=%s user=%s" % (cond[0], cond[1], cond[2], st[2]))
        elif k == 1:
            l.t("%s DEBUG [gov.cdc.nedss.webapp.nbs.action.person.PersonSearchAction] %s patient search lastName=" % (ms(ts), task))
            l.p(p["last"], "name").t(" firstName=").p(p["first"], "name").t(" birthTime=").p(mdy(p["dob"]), "date")
            l.t(" returned %d rows in %d ms" % (R.randint(0, 5), R.randint(40, 900)))
        elif k == 2:
            q = pick(ELR_PTS)
            l.t("%s INFO  [gov.cdc.nedss.deduplication.helper.DeduplicationHelper] (DedupBatch-1) merge candidate pair " % ms(ts))
            l.p(p["psn"], "mrn").t(" / PSN1%07dWI01 score=%.2f match=[LAST_NM,FIRST_NM,BIRTH_TIME] dob=" % (R.randint(20000, 99999), R.uniform(0.8, 0.99)))
            l.p(ymd(p["dob"]), "date")
        elif k == 3:
            l.t("%s INFO  [%s] %s Postal locator updated for " % (ms(ts), cls, task)).p(p["psn"], "mrn").t(": ")
            l.p(p["street"], "address").t(", ").p(p["city"], "address").t(", WI ").p(p["zip"], "zip")
            l.t(" use_cd=H cd=PST user=%s" % st[2])
        elif k == 4:
            l.t("%s WARN  [gov.cdc.nedss.nnd.helper.NNDMessageProcessor] (NNDBatch) notification NOT_%d rejected for " %
                (ms(ts), R.randint(10000000, 10999999))).p(p["case"], "other_id")
            l.t(": INV137 illness onset date ").p(mdy(rdays(10, 40)), "date").t(" after INV111 report date; condition=%s" % cond[0])
        elif k == 5:
            d = P[R.choice(["brandvold", "pfeiffer"])]
            l.t("%s INFO  [%s] %s Person " % (ms(ts), cls, task)).p(d["psn"], "mrn").t(" updated deceased_ind_cd=Y deceased_time=")
            l.p(mdy(d["dod"]), "date").t(" age_reported=").p(str(d["age"]), "age").t(" age_reported_unit_cd=Y")
        else:
            l.t("%s INFO  [gov.cdc.nedss.webapp.nbs.action.elr.ElrSummaryAction] %s ELR observation OBS1%07dWI01 "
                "associated to investigation " % (ms(ts), task, R.randint(0, 9999999))).p(p["case"], "other_id")
            l.t(" specimen collected ").p(mdy(rdays(2, 12)), "date").t(" by %s" % st[2])
        return "nbs-wildfly"
    k = R.randint(0, 7)
    if k == 0:
        l.t("%s INFO  [gov.cdc.nedss.webapp.nbs.action.login.LoginAction] %s User %s logged in from %s, session %s" %
            (ms(ts), task, st[2], R.choice(INTERNAL_IPS), hexid(32).upper()))
    elif k == 1:
        l.t("%s INFO  [gov.cdc.nedss.deduplication.helper.DeduplicationHelper] (DedupBatch-1) DeDuplicationSameSexMatch "
            "completed: %d candidates, %d merged, elapsed 00:%02d:%02d" % (ms(ts), R.randint(100, 900), R.randint(0, 9), R.randint(0, 20), R.randint(0, 59)))
    elif k == 2:
        l.t("%s INFO  [gov.cdc.nedss.nnd.helper.NNDMessageProcessor] (NNDBatch) %d NND notifications queued to CDC via "
            "PHINMS, batch NND-%s-%02d" % (ms(ts), R.randint(3, 60), ts.strftime("%Y%m%d"), R.randint(1, 4)))
    elif k == 3:
        l.t("%s WARN  [io.undertow.request] %s Slow request /nbs/ViewFile1.do?ContextAction=FileSummary&uid=%d took %d ms" %
            (ms(ts), task, R.randint(10000000, 10999999), R.randint(5000, 20000)))
    elif k == 4:
        l.t("%s INFO  [gov.cdc.nedss.webapp.nbs.action.queue.WorkQueueAction] %s WorkQueue \"%s\" refreshed: %d items (user %s)" %
            (ms(ts), task, R.choice(["STD Supervisor Review", "Documents Requiring Review", "Open Investigations - TB",
                                     "ELR Needing Review"]), R.randint(0, 120), st[2]))
    elif k == 5:
        l.t("%s ERROR [org.jboss.jca.core.connectionmanager.pool.strategy.OnePool] (ELRProcessor) IJ000453: Unable to get "
            "managed connection for java:/jdbc/NedssDS (server=tcph-sql01.tcph.local:1433)" % ms(ts))
    elif k == 6:
        l.t("%s INFO  [gov.cdc.nedss.elr.ElrProcessor] (ELRProcessor) nbs_interface_uid=%d doc_type_cd=11648804 status=%s "
            "observation_uid=%d jurisdiction=130001" % (ms(ts), R.randint(2200000, 2300000),
                                                        R.choice(["SUCCESS", "QUEUED", "FAILED_VALIDATION"]), R.randint(10000000, 19999999)))
    else:
        l.t("%s INFO  [org.jboss.as.server] (ServerService Thread Pool -- %d) WFLYSRV0010: Deployed \"nbs.ear\" "
            "(runtime-name : \"nbs.ear\")" % (ms(ts), R.randint(10, 90)))
    return "nbs-wildfly"


def pino_head(l, ts, lvl=30, host="ct-api-02"):
    epoch = int(dt.datetime(ts.year, ts.month, ts.day, ts.hour, ts.minute, ts.second, tzinfo=TZ).timestamp() * 1000) + R.randint(0, 999)
    return [("level", lvl, None), ("time", epoch, None), ("pid", R.choice([4121, 4133]), None), ("hostname", host, None)]


REL = ["household", "coworker", "classmate", "sexual partner", "congregate setting", "childcare"]


def f_pino(l, ts, phi):
    items = pino_head(l, ts)
    rid = "req-" + hexid(4)
    if phi:
        p = pick(CT_PEOPLE)
        idx = P[R.choice(["farah", "iyer", "watanabe", "okafor"])]
        k = nxt(4)
        if k == 0:
            contact = O(("firstName", p["first"], "name"), ("lastName", p["last"], "name"), ("dob", ymd(p["dob"]), "date"),
                        ("phone", ph_e164(p), "phone"), ("email", p["email"], "email"), ("preferredLanguage", R.choice(["en", "so", "hmn", "es", "uk"]), None))
            exp = rdays(3, 10)
            items += [("reqId", rid, None), ("caseId", idx["ct_case"], "other_id"), ("contactId", "CT-%07d" % R.randint(100000, 999999), "other_id"),
                      ("contact", contact, None), ("relationship", R.choice(REL), None), ("exposureDate", ymd(exp), "date"),
                      ("monitoringEnd", ymd(exp + dt.timedelta(days=R.choice([10, 14, 21]))), "date"), ("msg", "contact upserted", None)]
        elif k == 1:
            items += [("reqId", rid, None), ("channel", "sms", None), ("to", ph_e164(p), "phone"), ("template", "daily_symptom_checkin_v3", None),
                      ("twilioSid", "SM" + hexid(32), None), ("msg", "monitoring message sent", None)]
        elif k == 2:
            items[0] = ("level", 40, None)
            jobj_open = items  # head fields first, then req/res like pino-http
            l.t("{")
            for i, (key, v, c) in enumerate(jobj_open):
                if i:
                    l.t(",")
                l.t('"%s":' % key)
                jval(l, v, c, (",", ":"), False)
            l.t(',"req":{"id":%d,"method":"GET","url":"/api/v1/contacts/search?lastName=' % R.randint(1, 9000))
            l.p(strip_acc(p["last"]), "name").t("&dob=").p(ymd(p["dob"]), "date")
            l.t('","remoteAddress":"::ffff:%s","remotePort":%d},"res":{"statusCode":200},"responseTime":%d,"msg":"slow request"}'
                % (R.choice(INTERNAL_IPS), R.randint(40000, 65000), R.randint(1500, 6000)))
            return "pino-json"
        else:
            items += [("reqId", rid, None), ("caseId", p["ct_case"], "other_id"), ("symptoms", A(("cough", None), ("fever", None)), None),
                      ("onsetDate", ymd(rdays(1, 8)), "date"), ("escalatedTo", R.choice(STAFF)[2], None),
                      ("msg", "symptomatic contact escalated to PHN", None)]
        jobj(l, O(*items))
        return "pino-json"
    k = R.randint(0, 4)
    if k == 0:
        items += [("req", O(("id", R.randint(1, 9000), None), ("method", "GET", None),
                            ("url", "/api/v1/cases?status=open&page=%d" % R.randint(1, 9), None),
                            ("remoteAddress", "::ffff:" + R.choice(INTERNAL_IPS), None),
                            ("remotePort", R.randint(40000, 65000), None)), None),
                  ("res", O(("statusCode", 200, None)), None), ("responseTime", R.randint(5, 400), None), ("msg", "request completed", None)]
    elif k == 1:
        items += [("job", "daily-monitoring", None), ("sent", R.randint(100, 400), None), ("failed", R.randint(0, 9), None),
                  ("optedOut", R.randint(0, 5), None), ("durationMs", R.randint(5000, 90000), None), ("msg", "batch complete", None)]
    elif k == 2:
        items[0] = ("level", 50, None)
        items += [("err", O(("type", "SequelizeConnectionError", None), ("message", "connect ETIMEDOUT 10.20.4.31:5432", None),
                            ("stack", "SequelizeConnectionError: connect ETIMEDOUT 10.20.4.31:5432\n    at Client._connectionCallback (/app/node_modules/sequelize/lib/dialects/postgres/connection-manager.js:143:24)", None)), None),
                  ("msg", "db connection failed", None)]
    elif k == 3:
        items += [("webhook", "twilio-status", None), ("messageSid", "SM" + hexid(32), None), ("status", R.choice(["delivered", "undelivered", "failed"]), None),
                  ("errorCode", R.choice([None, 30003, 30005]), None), ("msg", "status callback", None)]
    else:
        items += [("export", "gdata_weekly", None), ("rows", R.randint(200, 3000), None), ("file", "s3://tcph-ct-exports/%s/contacts.csv.gz" % ymd(TODAY), None),
                  ("msg", "export uploaded", None)]
    jobj(l, O(*items))
    return "pino-json"


def f_pyjson(l, ts, phi):
    items = [("asctime", ms(ts), None), ("levelname", "INFO", None), ("name", R.choice(["interviews.scheduler", "interviews.notes", "interviews.api"]), None)]
    sep = (", ", ": ")
    if phi:
        p = pick(STD_PTS + CT_PEOPLE)
        k = nxt(3)
        if k == 0:
            items += [("message", "Interview scheduled", None), ("case_no", p["case"], "other_id"),
                      ("patient_name", p["first"] + " " + p["last"], "name"),
                      ("interview_dt", ymd(fdays(0, 4)) + "T%02d:%02d:00" % (R.randint(8, 16), R.choice([0, 15, 30, 45])), "date"),
                      ("language", R.choice(["es", "hmn", "so", "vi", "uk", "en"]), None), ("interpreter", "LanguageLine", None),
                      ("dis", R.choice(STAFF)[2], None)]
        elif k == 1:
            items[1] = ("levelname", "WARNING", None)
            items += [("message", "Patient unreachable after 3 attempts", None), ("case_no", p["case"], "other_id"),
                      ("phone_tried", ph_dash(p), "phone"), ("field_visit_addr", p["street"] + ", " + p["city"], "address"),
                      ("next_step", "FIELD_VISIT", None)]
        else:
            q = P[R.choice([k2 for k2 in STD_PTS if k2 != p["key"]])]
            items += [("message", "Partner elicited", None), ("index_case", p["case"], "other_id"),
                      ("partner", O(("first", q["first"], "name"), ("last_exposure", ymd(rdays(5, 60)), "date"),
                                    ("locating", "https://www.facebook.com/%s.%s.%d" % (strip_acc(q["first"]).lower().replace(" ", ""),
                                                                                          strip_acc(q["last"]).lower().replace("'", ""), R.randint(1, 99)), "url")), None),
                      ("dis", R.choice(STAFF)[2], None)]
        jobj(l, O(*items), sep, True)
        return "python-json-logger"
    k = R.randint(0, 2)
    if k == 0:
        items += [("message", "Interview slots generated", None), ("date", ymd(fdays(1, 5)), None), ("slots", R.randint(10, 40), None),
                  ("dis_on_duty", A((R.choice(STAFF)[2], None), (R.choice(STAFF)[2], None)), None)]
    elif k == 1:
        items[1] = ("levelname", "ERROR", None)
        items += [("message", "LanguageLine API timeout", None), ("endpoint", "https://api.languageline.example/v2/sessions", None),
                  ("elapsed_ms", R.randint(30000, 31000), None), ("retry", R.randint(1, 3), None)]
    else:
        items += [("message", "Sync to NBS complete", None), ("interviews_pushed", R.randint(0, 30), None),
                  ("errors", 0, None), ("run_id", uuid4(), None)]
    jobj(l, O(*items), sep, True)
    return "python-json-logger"


DRUGS = [("Bicillin L-A 2.4 MU IM", "3K%03d" % R.randint(100, 999)), ("Doxycycline 100 mg PO BID x7d", "DX%04d" % R.randint(0, 9999)),
         ("Ceftriaxone 500 mg IM", "CF%04d" % R.randint(0, 9999))]


def f_std(l, ts, phi):
    host = R.choice(["stdclin-app01", "stdclin-app02"])
    l.t("%s %s clinicflow[%d]: " % (syslog_ts(ts), host, R.randint(1500, 3000)))
    site = R.choice(["STD-EAST", "STD-NORTH", "TB-MAIN"])
    tkt = "%s%03d" % (R.choice("ABC"), R.randint(1, 80))
    if phi:
        p = pick(STD_PTS)
        k = nxt(6)
        if k == 0:
            l.t("event=checkin site=%s tkt=%s mrn=" % (site, tkt)).p(p["mrn"], "mrn").t(" pt=\"")
            l.p(p["last"] + ", " + p["first"], "name").t("\" dob=").p(ymd(p["dob"]), "date").t(" svc_date=").p(ymd(TODAY), "date")
            l.t(" reason=%s prov=%s" % (R.choice(["PARTNER_REFERRAL", "SYMPTOMATIC", "TEST_ONLY", "TREATMENT"]), R.choice(STAFF)[2]))
        elif k == 1:
            l.t("event=lab_result test=RPR result=1:%d mrn=" % R.choice([8, 16, 32, 64])).p(p["mrn"], "mrn")
            l.t(" collected=").p(ymd(rdays(2, 8)), "date").t(" nbs_case=").p(p["case"], "other_id")
        elif k == 2:
            d = R.choice(DRUGS)
            l.t("event=rx_administered drug=\"%s\" lot=%s exp=2025-%02d-28 mrn=" % (d[0], d[1], R.randint(1, 12)))
            l.p(p["mrn"], "mrn").t(" admin_dt=").p(ymd(TODAY), "date").t(" by=%s" % R.choice(STAFF)[2])
        elif k == 3:
            l.t("event=eligibility payer=%s member_id=" % R.choice(["WI_MEDICAID", "BADGERCARE_PLUS"])).p(p["medicaid"], "health_plan")
            l.t(" mrn=").p(p["mrn"], "mrn").t(" status=ACTIVE resp_ms=%d" % R.randint(200, 4000))
        elif k == 4:
            q = P[R.choice([k2 for k2 in STD_PTS if k2 != p["key"]])]
            l.t("event=ps_partner_added index=").p(p["case"], "other_id").t(" partner=\"").p(q["first"], "name")
            l.t("\" locating=").p("https://www.instagram.com/%s_%s%d/" % (strip_acc(q["first"]).lower(), strip_acc(q["last"]).lower().replace("'", "")[:4], R.randint(1, 99)), "url")
            l.t(" dis=%s" % R.choice(STAFF)[2])
        else:
            l.t("event=reminder_sms mrn=").p(p["mrn"], "mrn").t(" to=").p(ph_raw(p, "cell"), "phone")
            l.t(" appt=").p(ymd(fdays(1, 14)), "date").t(" status=queued")
        return "syslog-kv"
    k = R.randint(0, 4)
    if k == 0:
        l.t("event=queue_status site=%s waiting=%d avg_wait=%dm rooms_open=%d" % (site, R.randint(0, 12), R.randint(3, 60), R.randint(1, 5)))
    elif k == 1:
        d = R.choice(DRUGS)
        l.t("event=lot_check drug=\"%s\" lot=%s exp=2025-%02d-28 on_hand=%d" % (d[0], d[1], R.randint(1, 12), R.randint(0, 40)))
    elif k == 2:
        l.t("event=nbs_sync ok=%d fail=%d duration_ms=%d" % (R.randint(0, 20), R.randint(0, 2), R.randint(300, 9000)))
    elif k == 3:
        l.t("event=login user=%s src=%s result=%s" % (R.choice(STAFF)[2], R.choice(INTERNAL_IPS), R.choice(["OK", "OK", "BAD_PASSWORD"])))
    else:
        l.t("event=printer_error device=ZEBRA-GX430t-%s err=\"ribbon out\" site=%s" % (digits(4), site))
    return "syslog-kv"


def rails_head(ts, lvl="I", lname="INFO"):
    return "%s, [%s.%06d #%d] %5s -- : [%s] " % (lvl, ts.strftime("%Y-%m-%dT%H:%M:%S"), R.randint(0, 999999), R.choice([3312, 3318]), lname, uuid4())


FACE_B64 = base64.b64encode(bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300") + hashlib.sha256(b"face").digest() * 5).decode()


def f_vdot(l, ts, phi):
    if phi:
        p = pick(TB_PTS)
        k = [3, 2, 1, 4, 5, 0, 6][nxt(7)]
        if k == 0:
            l.t(rails_head(ts) + "DOT dose observed patient=").p(p["tb_id"], "mrn").t(" regimen=%s dose=%d/%d method=VDOT taken_at=" %
                                                                                        (R.choice(["RIPE", "4R", "3HP"]), R.randint(1, 55), 56))
            tk = ts - dt.timedelta(minutes=R.randint(20, 300))
            l.p(tk.strftime("%Y-%m-%dT%H:%M"), "date").t(" reviewed_by=%s" % R.choice(STAFF)[2])
        elif k == 1:
            l.t(rails_head(ts) + '  Parameters: {"dose"=>{"patient_id"=>"').p(p["tb_id"], "mrn").t('", "taken_at"=>"')
            tk = ts - dt.timedelta(seconds=R.randint(30, 900))
            l.p(tk.strftime("%Y-%m-%dT%H:%M:%S") + "-05:00", "date")
            l.t('", "device_imei"=>"').p(imei(), "device").t('", "app_version"=>"4.%d.%d"}}' % (R.randint(0, 9), R.randint(0, 20)))
        elif k == 2:
            l.t(rails_head(ts) + '  Parameters: {"verification"=>{"patient_id"=>"').p(p["tb_id"], "mrn")
            jpg = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300") + hashlib.sha256(p["tb_id"].encode()).digest() * 6 + bytes.fromhex("ffd9")
            l.t('", "selfie"=>"').p("data:image/jpeg;base64," + base64.b64encode(jpg).decode(), "photo").t('"}}')
        elif k == 3:
            tmpl = base64.b64encode(hashlib.sha512(p["tb_id"].encode()).digest() + hashlib.sha512(p["first"].encode()).digest()).decode()
            l.t(rails_head(ts) + "FaceMatch patient=").p(p["tb_id"], "mrn").t(" score=0.%d template=" % R.randint(80, 99)).p(tmpl, "biometric")
        elif k == 4:
            mac = R.choice(["3C:2E:F9", "A4:C6:9A", "F0:5C:77", "8C:79:F5"]) + ":" + ":".join("%02X" % R.randint(0, 255) for _ in range(3))
            l.t(rails_head(ts) + "Loaner tablet assigned serial=").p("R5%sN%s" % (digits(2), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ0123456789") for _ in range(6))), "device")
            l.t(" wifi_mac=").p(mac, "device").t(" patient=").p(p["tb_id"], "mrn").t(" issued_by=%s" % R.choice(STAFF)[2])
        elif k == 5:
            l.t(rails_head(ts, "W", "WARN") + "Outreach note patient=").p(p["tb_id"], "mrn").t(" loc=\"living in vehicle, WI plate ")
            l.p("%s%s-%04d" % (R.choice("ABCDEFGHJKLMNP"), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), R.randint(1000, 9999)), "vehicle")
            l.t(" at Riverside Park lot\" vin=").p(vin(R.choice(["1HG", "1FT", "2T1", "3VW"])), "vehicle").t(" missed_doses=%d" % R.randint(2, 6))
        else:
            pk = P["kittelson"]
            l.t(rails_head(ts) + "Home DOT visit scheduled patient=").p(pk["tb_id"], "mrn").t(" age=").p(str(pk["age"]), "age")
            l.t(" visit=").p(ymd(fdays(1, 3)), "date").t(" addr=\"").p(pk["street"], "address").t(", ").p(pk["city"], "address")
            l.t("\" phn=%s" % R.choice(STAFF)[2])
        return "rails-logger"
    k = R.randint(0, 4)
    if k == 0:
        l.t(rails_head(ts) + 'Started POST "/api/v2/doses" for %s at %s -0500' % (R.choice(INTERNAL_IPS), ts.strftime("%Y-%m-%d %H:%M:%S")))
    elif k == 1:
        l.t(rails_head(ts) + "Completed 201 Created in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" %
            (R.randint(20, 400), R.uniform(0.1, 5), R.uniform(1, 60), R.randint(1000, 20000)))
    elif k == 2:
        l.t(rails_head(ts) + "Processing by Api::V2::DosesController#create as JSON")
    elif k == 3:
        l.t(rails_head(ts) + "Sidekiq VideoTranscodeJob jid=%s queued video_id=vid_%s size=%.1fMB" % (hexid(24), hexid(12), R.uniform(2, 40)))
    else:
        l.t(rails_head(ts, "E", "ERROR") + "Aws::S3::Errors::SlowDown (Please reduce your request rate.) bucket=tcph-vdot-media")
    return "rails-logger"


def clef_t(ts):
    u = ts + dt.timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%07dZ" % R.randint(0, 9999999)


def f_imm(l, ts, phi):
    base = [("@t", clef_t(ts), None)]
    if phi:
        p = pick(KIDS + ["iyer", "raghu"])
        k = nxt(4)
        if k == 0:
            m = P[p["parent"]] if p["parent"] else p
            l.t('{"@t":"%s","@mt":"QBP payload {Payload}","Payload":"MSH|^~\\\\&|TCPH_IMM|TCPH|WIR|WIDHS|%s-0500||QBP^Q11^QBP_Q11|%s|P|2.5.1|||ER|AL|||||Z34^CDCPHINVS\\rQPD|Z34^Request Immunization History^CDCPHINVS|Q%s|' %
                (clef_t(ts), ts.strftime("%Y%m%d%H%M%S"), digits(12), digits(8)))
            l.p(p["iis_id"], "mrn").t("^^^WIR^SR|").p(upper_ascii(p["last"]) + "^" + upper_ascii(p["first"]), "name").t("^^^^^L|")
            l.p(upper_ascii(m["last"]), "name").t("^^^^^^M|").p(hl7d(p["dob"]), "date").t("|%s|" % p["sex"])
            l.p(p["street"].upper(), "address").t("^^").p(p["city"].upper(), "address").t("^WI^").p(p["zip"], "zip")
            l.t('^USA^P\\rRCP|I|20^RD&records&HL70126","SourceContext":"Tcph.Imm.IisClient","MachineName":"TCPH-IMM01"}')
        elif k == 1:
            l.t('{"@t":"%s","@mt":"Received {MessageType} ack {Ack} with {RxaCount} RXA for {PatientName} DOB {Dob}","MessageType":"RSP^K11","Ack":"AA","RxaCount":%d,"PatientName":"' %
                (clef_t(ts), R.randint(3, 28)))
            l.p(p["last"] + ", " + p["first"], "name").t('","Dob":"').p(ymd(p["dob"]), "date")
            l.t('","SourceContext":"Tcph.Imm.IisClient","MachineName":"TCPH-IMM01"}')
        elif k == 2:
            l.t('{"@t":"%s","@mt":"VXU sent for client {ClientId} vaccine {Cvx} admin {AdminDate} lot {Lot}","ClientId":"' % clef_t(ts))
            l.p(p["iis_id"], "mrn").t('","Cvx":"%s","AdminDate":"' % R.choice(["03", "20", "10", "21", "208", "88"]))
            l.p(ymd(TODAY), "date").t('","Lot":"%s%s","VfcEligibility":"%s","SourceContext":"Tcph.Imm.VxuSender"}' %
                                      (R.choice(["U", "X", "EK"]), digits(4), R.choice(["V02", "V03", "V01"])))
        else:
            l.t('{"@t":"%s","@mt":"Registry query by {User} for {LastName} {FirstName} {Dob} returned {Matches} matches","@l":"Warning","User":"%s","LastName":"' %
                (clef_t(ts), R.choice(STAFF)[2]))
            l.p(p["last"], "name").t('","FirstName":"').p(p["first"], "name").t('","Dob":"').p(mdy(p["dob"]), "date")
            l.t('","Matches":%d,"SourceContext":"Tcph.Imm.Search"}' % R.choice([0, 2, 3]))
        return "serilog-clef"
    k = R.randint(0, 4)
    if k == 0:
        items = base + [("@mt", "Query latency {Elapsed} ms to {Endpoint}", None), ("Elapsed", R.randint(200, 9000), None),
                        ("Endpoint", "https://www.dhfswir.org/wir/cdc-soap", None), ("SourceContext", "Tcph.Imm.IisClient", None)]
    elif k == 1:
        items = base + [("@mt", "SOAP fault {FaultCode}: {FaultString}", None), ("@l", "Error", None), ("FaultCode", "soap:Server", None),
                        ("FaultString", "Security fault: facility TCPH0042 not authorized for Z44", None), ("SourceContext", "Tcph.Imm.IisClient", None)]
    elif k == 2:
        items = base + [("@mt", "VFC inventory {Cvx} lot {Lot} on hand {Doses} exp {Expiry}", None), ("Cvx", R.choice(["03", "20", "110", "133"]), None),
                        ("Lot", "%s%s" % (R.choice(["U", "X", "Y"]), digits(4)), None), ("Doses", R.randint(0, 120), None),
                        ("Expiry", "2025-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)), None), ("SourceContext", "Tcph.Imm.Inventory", None)]
    elif k == 3:
        items = base + [("@mt", "Client certificate {Thumbprint} expires {NotAfter}", None), ("@l", "Warning", None),
                        ("Thumbprint", hexid(40).upper(), None), ("NotAfter", "2024-04-30T23:59:59Z", None)]
    else:
        items = base + [("@mt", "Batch {BatchId} sent {Count} VXU, {Rejected} rejected", None), ("BatchId", uuid4(), None),
                        ("Count", R.randint(10, 90), None), ("Rejected", R.randint(0, 3), None), ("SourceContext", "Tcph.Imm.VxuSender", None)]
    jobj(l, O(*items))
    return "serilog-clef"


def nlog_head(ts, lvl, logger):
    return "%s.%04d|%s|%s|" % (ts.strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 9999), lvl, logger)


def f_wic(l, ts, phi):
    if phi:
        k = nxt(6)
        c = pick(WIC_KIDS)
        m = P[c["parent"]]
        if k == 5:
            l.t(nlog_head(ts, "INFO", "Tcph.Wic.Breastfeeding.PumpLoan") + "Pump loaned Model=\"Medela Symphony\" SerialNo=")
            l.p("SY%s%s" % (R.choice("ABCDEFGH"), digits(7)), "device").t(" ParticipantId=").p(m["wic_pid"], "mrn")
            l.t(" DueBack=").p(mdy(fdays(40, 90)), "date").t(" Deposit=0.00 Staff=%s" % R.choice(WIC_STAFF))
            return "nlog-pipe"
        if k == 0:
            l.t(nlog_head(ts, "INFO", "Tcph.Wic.Scheduling.AppointmentService") + "Appointment booked FamilyId=")
            l.p(c["wic_fam"], "other_id").t(" ParticipantId=").p(c["wic_pid"], "mrn").t(" ApptType=%s ApptDate=" % R.choice(["CERT", "RECERT", "NE", "MIDCERT"]))
            l.p(mdy(fdays(3, 30)) + " %02d:%s" % (R.randint(8, 16), R.choice(["00", "15", "30", "45"])), "date")
            l.t(" Clinic=%s Staff=%s" % (R.choice(["WIC-EAST", "WIC-ALDENBURG", "WIC-MOBILE"]), R.choice(WIC_STAFF)))
        elif k == 1:
            l.t(nlog_head(ts, "DEBUG", "Tcph.Wic.Benefits.EbtIssuance") + "Issuing benefits to card ").p(m["ewic"], "account")
            l.t(" household=").p(m["wic_fam"], "other_id").t(" period=%s..%s items=%d" % (ymd(TODAY), ymd(TODAY + dt.timedelta(days=30)), R.randint(8, 20)))
        elif k == 2:
            l.t(nlog_head(ts, "INFO", "Tcph.Wic.Cert.Anthropometrics") + "Participant ").p(c["last"] + ", " + c["first"], "name")
            l.t(" (DOB ").p(mdy(c["dob"]), "date").t(") Cat=C Wt=%.1fkg Ht=%.1fcm Hgb=%.1f risk=%s" % (R.uniform(8, 20), R.uniform(70, 110), R.uniform(9.5, 13), R.choice(["135", "201", "428"])))
        elif k == 3:
            l.t(nlog_head(ts, "INFO", "Tcph.Wic.Notify.SmsReminder") + "Reminder queued to ").p(ph_dash(m, "cell"), "phone")
            l.t(" for ").p(m["first"], "name").t(" appt ").p(mdy(fdays(1, 5)), "date").t(" lang=%s" % R.choice(["en", "es", "hmn", "uk", "so"]))
        else:
            l.t(nlog_head(ts, "WARN", "Tcph.Wic.Cert.Income") + "Adjunct eligibility verified via Medicaid ID ").p(m["medicaid"], "health_plan")
            l.t(" for ParticipantId=").p(m["wic_pid"], "mrn").t(" (pregnant, EDD ").p(mdy(fdays(30, 200)), "date").t(")")
        return "nlog-pipe"
    k = R.randint(0, 4)
    if k == 0:
        l.t(nlog_head(ts, "INFO", "Tcph.Wic.Apl.Import") + "APL import complete: %s UPCs, %d categories, file APL_WI_%s.dat" %
            ("{:,}".format(R.randint(12000, 16000)), R.randint(20, 40), ts.strftime("%Y%m%d")))
    elif k == 1:
        l.t(nlog_head(ts, "INFO", "Tcph.Wic.Scheduling.Capacity") + "Clinic %s %s: %d/%d slots booked" %
            (R.choice(["WIC-EAST", "WIC-ALDENBURG"]), ymd(fdays(1, 20)), R.randint(10, 40), 40))
    elif k == 2:
        l.t(nlog_head(ts, "INFO", "Tcph.Wic.Benefits.Batch") + "Benefit issuance batch %s completed: %s households, %d errors, elapsed %s" %
            (ts.strftime("%m%d"), "{:,}".format(R.randint(900, 1500)), R.randint(0, 3), "00:0%d:%02d" % (R.randint(1, 9), R.randint(0, 59))))
    elif k == 3:
        l.t(nlog_head(ts, "ERROR", "Tcph.Wic.Benefits.EbtClient") + "System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable). endpoint=https://ewic-host.example.com/api/v3/accounts")
    else:
        l.t(nlog_head(ts, "INFO", "Microsoft.Hosting.Lifetime") + "Now listening on: http://0.0.0.0:5080")
    return "nlog-pipe"


def access_ts(ts):
    h = ts.hour % 12 or 12
    return "%d/%d/%d %d:%02d:%02d %s" % (ts.month, ts.day, ts.year, h, ts.minute, ts.second, "AM" if ts.hour < 12 else "PM")


def f_lead(l, ts, phi):
    l.t(access_ts(ts) + "\t")
    if phi:
        c = pick(LEAD_KIDS)
        k = nxt(4)
        if k == 0:
            l.t("lead_jsorensen\tBLL_ENTRY\tChild: ").p(upper_ascii(c["last"]) + ", " + upper_ascii(c["first"]), "name").t("  DOB: ")
            l.p(mdy_nz(c["dob"]), "date").t("  BLL: %.1f ug/dL (%s)  Coll: " % (R.uniform(3.5, 25), R.choice(["V", "C"])))
            l.p(mdy_nz(rdays(3, 20)), "date").t("  Addr: ").p(c["street"] + ((" " + c["unit"]) if c["unit"] else ""), "address")
            l.t(", ").p(c["city"], "address").t(" ").p(c["zip"], "zip")
        elif k == 1:
            l.t("frmChildEntry\t3022\tThe changes you requested to the table were not successful because they would create duplicate "
                "values in the index, primary key, or relationship. ChildID=").p(c["lead_id"], "mrn")
        elif k == 2:
            l.t("lead_jsorensen\tEBLL_REFERRAL\tCase ").p(c["lead_id"], "mrn").t(" referred for EI; parent ")
            m = P[c["parent"]]
            l.p(m["first"] + " " + m["last"], "name").t(" ph ").p(ph_paren(m), "phone").t("; EI visit ").p(mdy_nz(fdays(2, 14)), "date")
        else:
            l.t("qryEnvInvestigation\tSQL\tUPDATE tblEnvInvest SET VisitDate = #").p(mdy_nz(fdays(1, 10)), "date")
            l.t("#, RiskAssessor = 'rs_rdahl' WHERE ChildID = '").p(c["lead_id"], "mrn").t("' AND PropAddr = '")
            l.p(c["street"], "address").t("';")
        return "access-vba-tsv"
    k = R.randint(0, 4)
    if k == 0:
        l.t("SYSTEM\tCOMPACT\tCompact and Repair completed: LeadTrk_be.accdb %d MB -> %d MB" % (R.randint(350, 900), R.randint(200, 340)))
    elif k == 1:
        l.t("SYSTEM\tRELINK\tLinked table refresh: %d tables from \\\\tcph-fs01\\Lead$\\LeadTrk_be.accdb" % R.randint(10, 20))
    elif k == 2:
        l.t("mdlExport\t3146\tODBC--call failed. [Microsoft][ODBC Driver 17 for SQL Server]Login timeout expired (#0)")
    elif k == 3:
        l.t("rs_rdahl\tXRF_CAL\tXRF calibration check 1.0 mg/cm2 PASS, instrument Viken Pb200i SN %d, source date %s" % (R.randint(1000, 9999), "2023-06-01"))
    else:
        l.t("lead_jsorensen\tREPORT\trptQuarterlyCDC exported: %d children tested, %d >= 3.5 ug/dL, file CBLS_Q1_2024.xml" % (R.randint(800, 1500), R.randint(20, 90)))
    return "access-vba-tsv"


def mono(ts, lvl):
    return "[%s] production.%s: " % (ts.strftime("%Y-%m-%d %H:%M:%S"), lvl)


def f_vital(l, ts, phi):
    if phi:
        k = nxt(5)
        if k == 0:
            d = P[R.choice(["brandvold", "pfeiffer"])]
            req = P["haugen"] if d["key"] == "brandvold" else P["muller"]
            l.t(mono(ts, "INFO") + "Certificate issued ")
            items = O(("order_id", "VR%s-%04d" % (ts.strftime("%y%m%d"), R.randint(1, 120)), None), ("cert_type", "DEATH", None),
                      ("sfn", "2024-%06d" % R.randint(1000, 9000), "other_id"), ("decedent", d["first"] + " " + d["middle"] + ". " + d["last"], "name"),
                      ("date_of_death", ymd(d["dod"]), "date"), ("age", d["age"], "age"), ("decedent_ssn", d["ssn"], "ssn"),
                      ("requestor", O(("name", req["first"] + " " + req["last"], "name"), ("relationship", "CHILD", None),
                                      ("id_type", "WI_DL", None), ("id_number", req["dl"], "license")), None),
                      ("copies", R.randint(1, 6), None), ("fee_total", "%.2f" % (20 + 3 * R.randint(0, 5)), None), ("clerk", "vr_jbrandt", None))
            jobj(l, items)
            l.t(" []")
        elif k == 1:
            c = P[R.choice(["mateo", "nia", "sofiia"])]
            m = P[c["parent"]]
            l.t(mono(ts, "INFO") + "Birth record lookup ")
            jobj(l, O(("query", O(("registrant_last", c["last"], "name"), ("dob", ymd(c["dob"]), "date"),
                                    ("mother_maiden", m["last"], "name")), None), ("hits", 1, None),
                      ("sfn", "%d-%06d" % (c["dob"].year, R.randint(1000, 99999)), "other_id"), ("county_of_birth", "Tamarack", None),
                      ("elapsed_ms", R.randint(30, 900), None)))
            l.t(" []")
        elif k == 2:
            r = P[R.choice(["haugen", "muller", "garcia", "haidari"])]
            l.t(mono(ts, "ERROR") + "Payment declined ")
            jobj(l, O(("order_id", "VR%s-%04d" % (ts.strftime("%y%m%d"), R.randint(1, 120)), None), ("gateway", "ElavonConverge", None),
                      ("card", card(R.choice(["4", "51", "52", "55"])), "account"),
                      ("exp", "%02d/%d" % (R.randint(1, 12), R.randint(25, 29)), None), ("cardholder", r["first"] + " " + r["last"], "name"),
                      ("avs_zip", r["zip"], "zip"), ("result", "DECLINED", None), ("code", "05", None)))
            l.t(" []")
        elif k == 3:
            r = P["haidari"]
            d = P["haidari_a"]
            l.t(mono(ts, "WARNING") + "Mail-in request flagged for ID review ")
            jobj(l, O(("request_id", "MR-%05d" % R.randint(1000, 9999), None), ("requester", r["first"] + " " + r["last"], "name"),
                      ("mail_to", O(("street", r["street"], "address"), ("city", r["city"], "address"), ("state", "WI", None),
                                    ("zip", r["zip"], "zip")), None),
                      ("registrant", d["first"] + " " + d["last"], "name"), ("dod", ymd(d["dod"]), "date"),
                      ("reason", "ID copy illegible", None)))
            l.t(" []")
        else:
            r = P[R.choice(["haugen", "muller", "overgaard"])]
            l.t(mono(ts, "INFO") + "Counter ID verified ")
            its = [("ticket", "V-%03d" % R.randint(1, 90), None), ("window", R.randint(1, 4), None),
                   ("customer", r["first"] + " " + r["last"], "name"), ("dl_number", r["dl"], "license"),
                   ("dl_dob", ymd(r["dob"]), "date"), ("scanner", "IDScan VeriScan", None)]
            if R.random() < 0.5:
                png = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000600000007808020000") + hashlib.sha256(r["dl"].encode()).digest() * 5
                its.append(("portrait", "data:image/png;base64," + base64.b64encode(png).decode(), "photo"))
            jobj(l, O(*its))
            l.t(" []")
        return "monolog"
    k = R.randint(0, 4)
    if k == 0:
        l.t(mono(ts, "INFO") + "Queue ticket called ")
        jobj(l, O(("ticket", "V-%03d" % R.randint(1, 90), None), ("window", R.randint(1, 4), None), ("wait_min", R.randint(1, 45), None)))
        l.t(" []")
    elif k == 1:
        s = R.randint(412000, 413000)
        l.t(mono(ts, "INFO") + "Security paper inventory loaded ")
        jobj(l, O(("serial_from", "%07d" % s, None), ("serial_to", "%07d" % (s + 499), None), ("stock", "WI-VR-2019", None)))
        l.t(" []")
    elif k == 2:
        l.t(mono(ts, "INFO") + "Daily close ")
        jobj(l, O(("date", ymd(TODAY), None), ("orders", R.randint(20, 60), None), ("total", "%.2f" % R.uniform(400, 1500), None),
                  ("voided", R.randint(0, 3), None), ("drawer", "VR-1", None)))
        l.t(" []")
    elif k == 3:
        l.t(mono(ts, "ERROR") + "SQLSTATE[HY000] [2002] Connection timed out (SQL: select * from `orders` where `status` = pending) {\"exception\":\"[object] (Illuminate\\\\Database\\\\QueryException(code: 2002))\"} []")
    else:
        l.t(mono(ts, "NOTICE") + "EVVE verification request ")
        jobj(l, O(("txn", "EVVE-%s" % digits(10), None), ("jurisdiction", "MN", None), ("status", "NO_MATCH", None), ("elapsed_ms", R.randint(200, 3000), None)))
        l.t(" []")
    return "monolog"


def spring(ts, lvl, logger, thread):
    return "%s.%03d-05:00 %5s %d --- [%15s] %-40s : " % (ts.strftime("%Y-%m-%dT%H:%M:%S"), R.randint(0, 999), lvl, 4412, thread[-15:], logger[-40:])


def f_env(l, ts, phi):
    assert not phi
    k = R.randint(0, 5)
    f = R.choice(FACILITIES)
    insp = R.choice(STAFF[5:6] + [("Greta", "Olsen", "rs_golsen"), ("Samuel", "Ortiz", "rs_sortiz")])
    if k == 0:
        l.t(spring(ts, "INFO", "o.t.eh.sync.InspectionSyncService", "sync-pool-3") +
            "Inspection INS-24-%05d uploaded facility=FE-%05d \"%s\" %s, %s WI %s type=ROUTINE score=%d priority=%d pf=%d inspector=%s" %
            (R.randint(100, 2000), R.randint(100, 900), f[0], f[1], f[2], f[3], R.randint(70, 100), R.randint(0, 2), R.randint(0, 4), insp[2]))
    elif k == 1:
        pool = R.choice(POOLS)
        l.t(spring(ts, "INFO", "o.t.eh.pools.PoolInspectionService", "http-nio-8443-exec-%d" % R.randint(1, 9)) +
            "Pool POOL-%04d \"%s\" %s FC=%.1fppm CC=%.1f pH=%.1f CYA=%d flow=%dgpm status=%s inspector=%s" %
            (R.randint(10, 99), pool[0], pool[1], R.uniform(0.5, 4), R.uniform(0, 0.6), R.uniform(7.0, 8.0), R.randint(0, 90),
             R.randint(80, 400), R.choice(["OPEN", "OPEN", "CLOSED_CHEMISTRY", "CLOSED_ENTRAPMENT"]), insp[2]))
    elif k == 2:
        l.t(spring(ts, "WARN", "o.t.eh.enforce.ClosureService", "http-nio-8443-exec-%d" % R.randint(1, 9)) +
            "Imminent health hazard closure issued to \"%s\" %s, %s (reason=%s) PIC=\"%s\"" %
            (f[0], f[1], f[2], R.choice(["NO_HOT_WATER", "SEWAGE_BACKUP", "PEST_INFESTATION", "POWER_OUTAGE"]),
             R.choice(["Hector Alvarado (manager)", "Linh Tran, owner", "Gus Papadakis", "Shift lead R. Moua"])))
    elif k == 3:
        l.t(spring(ts, "INFO", "o.t.eh.permits.MobileUnitService", "sched-2") +
            "Mobile unit MFU-%04d \"%s\" VIN %s plate WI %d-MB permit FP-24-%04d renewed through 2025-03-31" %
            (R.randint(1, 60), R.choice(["Bao Down", "Tacos La Güera", "Cheese Curd Express", "Smokin' Badger BBQ"]),
             vin(R.choice(["1FT", "1FD", "3C6", "1GC"])), R.randint(10000, 99999), R.randint(1, 999)))
    elif k == 4:
        l.t(spring(ts, "INFO", "o.t.eh.complaints.ComplaintLinker", "sync-pool-1") +
            "Complaint CMP-24-%04d linked to facility FE-%05d \"%s\"; follow-up inspection due %s" %
            (R.randint(100, 999), R.randint(100, 900), f[0], ymd(fdays(1, 10))))
    else:
        l.t(spring(ts, "ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper", "sync-pool-2") +
            "Violation of UNIQUE KEY constraint 'UQ_Violation_Code'. Cannot insert duplicate key in object 'dbo.InspectionViolation'. The duplicate key value is (INS-24-%05d, 3-501.16(A)(2))." % R.randint(100, 2000))
    return "spring-boot"


def py_ts(ts):
    return ms(ts)


def f_311(l, ts, phi):
    l.t("%s INFO open311.ingest POST /open311/v2/requests.json -> " % py_ts(ts))
    rid = "311-24-%06d" % R.randint(10000, 30000)
    reqdt = ts.strftime("%Y-%m-%dT%H:%M:%S") + "-05:00"
    if phi:
        p = P[R.choice(["walsh", "papa", "kowalczyk"])]
        f = R.choice(FACILITIES[:6])
        ate = rdays(2, 4)
        onset = ate + dt.timedelta(days=1)
        l.t('{"service_request_id":"%s","status":"open","service_code":"EH-FBI","service_name":"Foodborne Illness Complaint","description":"' % rid)
        l.t("I got sick (vomiting, diarrhea) starting ").p("%d/%d" % (onset.month, onset.day), "date")
        l.t(" around 2am after eating at %s on " % f[0]).p("%d/%d" % (ate.month, ate.day), "date")
        l.t(". My partner is sick too. Call me back at ").p(ph_dash(p), "phone").t('","first_name":"').p(p["first"], "name")
        l.t('","last_name":"').p(p["last"], "name").t('","email":"').p(p["email"], "email")
        l.t('","requested_datetime":"%s","address":"%s","zipcode":"%s","lat":%.6f,"long":%.6f,"media_url":null}' %
            (reqdt, f[1], f[3], 44.2 + R.random() / 10, -88.4 - R.random() / 10))
        return "open311-json"
    k = R.randint(0, 3)
    f = R.choice(FACILITIES)
    if k == 0:
        desc, code, name, addr, z = "Grease bin overflowing behind restaurant, smells", "EH-FOOD", "Restaurant Complaint", f[1], f[3]
    elif k == 1:
        pool = R.choice(POOLS)
        desc, code, name, addr, z = "Gate latch broken, kids getting in after hours", "EH-POOL", "Pool/Spa Complaint", pool[1], R.choice(CITIES)[1]
    elif k == 2:
        desc, code, name, addr, z = "Standing water in tire pile, lots of mosquitoes", "EH-VECTOR", "Mosquito/Standing Water", "1800 Industrial Dr", "54915"
    else:
        desc, code, name, addr, z = "Employee not wearing gloves handling tortillas", "EH-FOOD", "Restaurant Complaint", f[1], f[3]
    jobj(l, O(("service_request_id", rid, None), ("status", "open", None), ("service_code", code, None), ("service_name", name, None),
              ("description", desc, None), ("agency_responsible", "Tamarack County Public Health - Environmental Health", None),
              ("requested_datetime", reqdt, None), ("address", addr, None), ("zipcode", z, None),
              ("lat", round(44.2 + R.random() / 10, 6), None), ("long", round(-88.4 - R.random() / 10, 6), None), ("media_url", None, None)))
    return "open311-json"


def rlog(ts, lvl="INFO"):
    return "%s [%s] " % (lvl, ts.strftime("%Y-%m-%d %H:%M:%S"))


def f_r(l, ts, phi):
    if phi:
        p = pick(STD_PTS + ["raghu", "watanabe", "papa", "ferreira"])
        k = nxt(3)
        if k == 0:
            q = R.randint(1, 30)
            l.t(rlog(ts, "WARN") + "elr_dedup.R: possible duplicate ").p(p["psn"], "mrn").t(" ").p(upper_ascii(p["last"]) + " " + upper_ascii(p["first"]), "name")
            l.t(" ").p(ymd(p["dob"]), "date").t(" vs PSN1%07dWI01 (jw=%.3f)" % (R.randint(20000, 99999), R.uniform(0.9, 0.99)))
        elif k == 1:
            l.t("%2d " % R.randint(1, 9)).p(p["psn"], "mrn").t(" ").p(p["last"], "name").t("   ").p(p["first"], "name")
            l.t("  ").p(ymd(p["dob"]), "date").t(" ").p(p["zip"], "zip").t("  %s" % R.choice(["CT", "GC", "SYPH", "PERT"]))
        else:
            l.t('[1] "Geocode failed for: ').p(p["street"], "address").t(", ").p(p["city"], "address").t(" WI ").p(p["zip"], "zip").t('"')
        return "r-logger"
    k = R.randint(0, 7)
    if k == 0:
        l.t(rlog(ts) + "elr_dedup.R: loaded %d rows from NBS_RDB.dbo.LAB_TEST_RESULT" % R.randint(800, 3000))
    elif k == 1:
        l.t("Warning message:")
    elif k == 2:
        l.t("Joining with `by = join_by(patient_local_id, condition_cd)`")
    elif k == 3:
        l.t('[1] "Writing output/weekly_sti_report_2024-W%02d.xlsx"' % R.randint(9, 11))
    elif k == 4:
        l.t("# A tibble: %d × 6" % R.randint(2, 40))
    elif k == 5:
        l.t("In as.Date.character(dob_raw, format = \"%%m/%%d/%%Y\") : %d failed to parse." % R.randint(1, 20))
    elif k == 6:
        l.t(rlog(ts) + "weekly_sti.R: cases by age group 0-14=%d 15-19=%d 20-24=%d 25-29=%d 30-39=%d 40+=%d (MMWR week %d)" %
            tuple([R.randint(0, 60) for _ in range(6)] + [R.randint(8, 11)]))
    else:
        l.t(rlog(ts) + "epicurve.R: rendered ILI epi curve MMWR week %d (%d visits, %.1f%% ILI) in %.2fs" % (R.randint(8, 11), R.randint(2000, 5000), R.uniform(1, 6), R.uniform(1, 20)))
    return "r-logger"


def f_sas(l, ts, phi):
    if phi:
        p = pick(STD_PTS + TB_PTS + ["papa", "ferreira"])
        k = nxt(3)
        if k == 0:
            l.t("PATIENT_LOCAL_ID=").p(p["psn"], "mrn").t(" LAST_NAME=").p(upper_ascii(p["last"]), "name").t(" FIRST_NAME=")
            l.p(upper_ascii(p["first"]), "name").t(" DOB=. ZIP=").p(p["zip"], "zip").t(" CONDITION_CD=%s _ERROR_=1 _N_=%d" % (R.choice(CONDS)[0], R.randint(10, 900)))
        elif k == 1:
            n = R.randint(10, 900)
            l.t("%-9d " % n).p(p["psn"], "mrn").t(",").p(upper_ascii(p["last"]), "name").t(",").p(upper_ascii(p["first"]), "name")
            l.t(",").p("%d/%d" % (p["dob"].month, p["dob"].year), "date").t(",%s,%s" % (p["sex"], R.choice(CONDS)[0]))
        else:
            l.t("DUP: ").p(p["psn"], "mrn").t(" ").p(sasd(p["dob"]), "date").t(" INV=").p(p["case"], "other_id")
            l.t(" RPT_DT=%s" % sasd(rdays(1, 20)))
        return "sas-log"
    k = R.randint(0, 10)
    ds = R.choice(["WORK.ELR_CLEAN", "WORK.SYPH_CASES", "WORK.CT_GC", "NBSRDB.INVESTIGATION", "WORK.TB_COHORT", "OUT.WEEKLY_CASES"])
    if k == 0:
        l.t("NOTE: The data set %s has %d observations and %d variables." % (ds, R.randint(10, 5000), R.randint(5, 60)))
    elif k == 1:
        l.t("NOTE: DATA statement used (Total process time):")
    elif k == 2:
        l.t("      real time           %.2f seconds" % R.uniform(0.01, 30))
    elif k == 3:
        l.t("      cpu time            %.2f seconds" % R.uniform(0.01, 5))
    elif k == 4:
        l.t("NOTE: There were %d observations read from the data set %s." % (R.randint(10, 50000), ds))
    elif k == 5:
        l.t("NOTE: Invalid data for DOB in line %d %d-%d." % (R.randint(10, 900), R.randint(30, 50), R.randint(51, 60)))
    elif k == 6:
        l.t("RULE:      ----+----1----+----2----+----3----+----4----+----5----+----6----+----7")
    elif k == 7:
        l.t("MPRINT(WEEKLY_RPT):   proc freq data=work.cases(where=(mmwr_week=%d)) ;" % R.randint(8, 11))
    elif k == 8:
        l.t("WARNING: Multiple lengths were specified for the variable CONDITION_CD by input data set(s). This can cause truncation of data.")
    elif k == 9:
        l.t("NOTE: Libref NBSRDB was successfully assigned as follows: Engine: ODBC  Physical Name: NBS_RDB_PROD")
    else:
        l.t("NOTE: SAS (r) Proprietary Software 9.4 (TS1M7) Licensed to TAMARACK COUNTY, Site %d." % R.randint(70000000, 70999999))
    return "sas-log"


def sqlts(ts):
    return ts.strftime("%Y-%m-%d %H:%M:%S") + ".%02d" % R.randint(0, 99)


def f_mssql(l, ts, phi):
    spid = "spid%-8d" % R.randint(51, 140)
    if phi:
        p = pick(LEAD_KIDS + STD_PTS)
        k = nxt(3)
        if k == 0 and p["lead_id"]:
            l.t(sqlts(ts) + " " + spid + "Violation of PRIMARY KEY constraint 'PK_LeadChild'. Cannot insert duplicate key in object 'dbo.LeadChild'. The duplicate key value is (")
            l.p(p["lead_id"], "mrn").t(").")
        elif k == 1:
            l.t(sqlts(ts) + " " + spid + "Violation of UNIQUE KEY constraint 'UQ_Person_SSN'. Cannot insert duplicate key in object 'dbo.Person'. The duplicate key value is (")
            l.p(p["ssn"], "ssn").t(").")
        else:
            l.t(sqlts(ts) + " " + spid + "Violation of UNIQUE KEY constraint 'UQ_Client_NameDob'. Cannot insert duplicate key in object 'dbo.Client'. The duplicate key value is (")
            l.p(p["last"], "name").t(", ").p(p["first"], "name").t(", ").p(ymd(p["dob"]), "date").t(").")
        return "mssql-errorlog"
    k = R.randint(0, 6)
    if k == 0:
        db = R.choice(["NBS_ODSE", "NBS_RDB", "NBS_MSGOUTE", "LeadTrk", "TCPH_Clinic"])
        l.t(sqlts(ts) + " Backup      Database backed up. Database: %s, creation date(time): 2019/06/12(10:41:22), pages dumped: %d, first LSN: %d:%d:1, last LSN: %d:%d:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'\\\\tcph-bk01\\sql$\\%s_%s.bak'}). This is an informational message only. No user action is required." %
            (db, R.randint(10 ** 5, 10 ** 7), R.randint(1000, 9000), R.randint(100, 999), R.randint(1000, 9000), R.randint(100, 999), db, ts.strftime("%Y%m%d")))
    elif k == 1:
        l.t(sqlts(ts) + " Logon       Login failed for user 'TCPH\\svc_nbs'. Reason: Password did not match that for the login provided. [CLIENT: %s]" % R.choice(INTERNAL_IPS))
    elif k == 2:
        l.t(sqlts(ts) + " " + spid + "Error: %d, Severity: 14, State: 1." % R.choice([2627, 2601, 18456]))
    elif k == 3:
        l.t(sqlts(ts) + " " + spid + "DBCC CHECKDB (NBS_ODSE) WITH no_infomsgs executed by TCPH\\svc_sqlagent found 0 errors and repaired 0 errors. Elapsed time: 0 hours %d minutes %d seconds.  Internal database snapshot has split point LSN = 0003a1f2:0000b7c8:0001 and first LSN = 0003a1f2:0000b7c0:0001." % (R.randint(0, 59), R.randint(0, 59)))
    elif k == 4:
        l.t(sqlts(ts) + " Server      SQL Server is now ready for client connections. This is an informational message; no user action is required.")
    elif k == 5:
        l.t(sqlts(ts) + " " + spid + "I/O is frozen on database NBS_RDB. No user action is required. However, if I/O is not resumed promptly, you could cancel the backup.")
    else:
        l.t(sqlts(ts) + " " + spid + "Setting database option READ_COMMITTED_SNAPSHOT to ON for database 'TCPH_Clinic'.")
    return "mssql-errorlog"


UAS = ["Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36",
       "Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_3_1+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.3+Mobile/15E148+Safari/604.1",
       "Mozilla/5.0+(Linux;+Android+14;+SM-A146U)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.6261.105+Mobile+Safari/537.36",
       "Mozilla/5.0+(Macintosh;+Intel+Mac+OS+X+10_15_7)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.2+Safari/605.1.15"]
IIS_HDR = ["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0",
           "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"]


def f_iis(l, ts, phi):
    u = ts + dt.timedelta(hours=5)
    sip = "10.20.1.15"
    l.t(u.strftime("%Y-%m-%d %H:%M:%S") + " " + sip + " ")
    if phi:
        p = P[R.choice(PORTAL_USERS)]
        k = nxt(5)
        ua = R.choice(UAS)
        if k == 0:
            l.t("GET /VitalRecords/OrderStatus.aspx order=VR%s-%04d&lname=" % (ts.strftime("%y%m%d"), R.randint(1, 99)))
            l.p(strip_acc(p["last"]), "name").t("&dob=").p(mdy(p["dob"]).replace("/", "%2F"), "date").t(" 443 - ").p(p["ip"], "ip")
            l.t(" %s https://portal.tamarackhealth.org/VitalRecords/ 200 0 0 %d" % (ua, R.randint(40, 900)))
        elif k == 1:
            l.t("POST /Account/Login ReturnUrl=%2FMyRecords 443 ").p(p["user"], "other_id").t(" ").p(p["ip"], "ip")
            l.t(" %s https://portal.tamarackhealth.org/Account/Login 302 0 0 %d" % (ua, R.randint(40, 900)))
        elif k == 2:
            slug = "%s-%s-%d" % (strip_acc(p["first"]).lower().replace(" ", "-"), strip_acc(p["last"]).lower(), p["dob"].year)
            l.t("GET /MyRecords/Immunizations.aspx - 443 ").p(p["user"], "other_id").t(" ").p(p["ip"], "ip").t(" %s " % ua)
            l.p("https://portal.tamarackhealth.org/MyRecords/Profile/" + slug, "url").t(" 200 0 0 %d" % R.randint(40, 900))
        elif k == 3:
            l.t("GET /WIC/Appointments/Reschedule appt=%d&date=" % R.randint(100000, 999999)).p(ymd(fdays(2, 20)), "date")
            l.t(" 443 ").p(p["user"], "other_id").t(" ").p(p["ip"], "ip").t(" %s - 200 0 0 %d" % (ua, R.randint(40, 900)))
        else:
            l.t("GET /api/results/covid mrn=").p(p["mrn"], "mrn").t("&collected=").p(ymd(rdays(1, 6)), "date")
            l.t(" 443 - ").p(p["ip"], "ip").t(" %s - 404 0 2 %d" % (ua, R.randint(10, 90)))
        return "iis-w3c"
    k = R.randint(0, 5)
    if k == 0:
        l.t("GET /EH/Inspections/Search.aspx name=%s&city=%s 443 - %s %s - 200 0 0 %d" %
            (R.choice(["golden+wok", "kwik+trip", "pho", "culvers"]), R.choice(CITIES)[0].replace(" ", "+"), R.choice(INTERNAL_IPS), R.choice(UAS), R.randint(40, 900)))
    elif k == 1:
        s = R.choice(STAFF)
        l.t("GET /Admin/Dashboard.aspx - 443 TCPH\\%s %s %s - 200 0 0 %d" % (s[2], R.choice(INTERNAL_IPS), UAS[0], R.randint(40, 900)))
    elif k == 2:
        l.t("GET /Content/site.min.css v=%s 443 - %s %s https://portal.tamarackhealth.org/ 304 0 0 %d" % (hexid(8), R.choice(INTERNAL_IPS), R.choice(UAS), R.randint(0, 20)))
    elif k == 3:
        l.t("GET /healthcheck - 80 - 10.20.1.5 kube-probe/1.28 - 200 0 0 %d" % R.randint(0, 5))
    elif k == 4:
        l.t("POST /api/311/webhook - 443 - 172.20.14.9 python-requests/2.31.0 - 500 0 0 %d" % R.randint(100, 3000))
    else:
        l.t("GET /WIC/Clinics.aspx - 443 - 192.168.10.25 %s - 200 0 0 %d" % (R.choice(UAS), R.randint(40, 900)))
    return "iis-w3c"


def qid():
    return "".join(R.choice("0123456789ABCDEF") for _ in range(10))


def f_postfix(l, ts, phi):
    host = "mailgw01"
    q = qid()
    if phi:
        p = P[R.choice(PORTAL_USERS + ["xiong", "lor"])]
        k = nxt(3)
        if k == 0:
            l.t("%s %s postfix/smtp[%d]: %s: to=<" % (syslog_ts(ts), host, R.randint(10000, 30000), q)).p(p["email"], "email")
            dom = p["email"].split("@")[1]
            d4 = [R.uniform(0, .2), R.uniform(0, .05), R.uniform(0.1, 1), R.uniform(0.1, 1)]
            relay = {"gmail.com": ("gmail-smtp-in.l.google.com", "142.250.%d.%d"), "yahoo.com": ("mta7.am0.yahoodns.net", "67.195.%d.%d"),
                     "outlook.com": ("outlook-com.olc.protection.outlook.com", "52.101.%d.%d"), "hotmail.com": ("hotmail-com.olc.protection.outlook.com", "52.101.%d.%d"),
                     "icloud.com": ("mx01.mail.icloud.com", "17.57.%d.%d"), "charter.net": ("charter-net.mx.spectrum.net", "47.43.%d.%d"),
                     "att.net": ("al-ip4-mx-vip1.prodigy.net", "144.160.%d.%d")}[dom]
            tail = ("OK  %d %s%s - gsmtp" % (int(dt.datetime(ts.year, ts.month, ts.day, ts.hour, ts.minute, ts.second, tzinfo=TZ).timestamp()),
                                             R.choice("abcdefghijklmnopqrstuvwxyz"), hexid(19))) if dom == "gmail.com" else "ok dirdel"
            l.t(">, relay=%s[%s]:25, delay=%.1f, delays=%.2f/%.2f/%.2f/%.2f, dsn=2.0.0, status=sent (250 2.0.0 %s)" %
                (relay[0], relay[1] % (R.randint(1, 250), R.randint(1, 250)), sum(d4), d4[0], d4[1], d4[2], d4[3], tail))
        elif k == 1:
            subj, helo = ("Reminder: WIC appointment for ", "wic-app01") if p.get("wic_fam") else \
                R.choice([("Your certified copy order is ready - ", "vr-web01"), ("Immunization record request for ", "imm-app01"),
                          ("Clinic visit reminder for ", "stdclin-app01")])
            l.t("%s %s postfix/cleanup[%d]: %s: warning: header Subject: %s" % (syslog_ts(ts), host, R.randint(10000, 30000), q, subj))
            l.p(p["first"] + " " + p["last"], "name").t(" on ").p(mdy(fdays(1, 10)), "date")
            l.t(" from localhost[127.0.0.1]; from=<noreply@tamarackhealth.org> to=<").p(p["email"], "email").t("> proto=ESMTP helo=<%s>" % helo)
        else:
            l.t("%s %s postfix/smtp[%d]: %s: to=<" % (syslog_ts(ts), host, R.randint(10000, 30000), q)).p(p["email"], "email")
            qd = R.randint(0, 3000)
            l.t(">, relay=none, delay=%d, delays=%d/0.01/30/0, dsn=4.4.1, status=deferred (connect to mx.%s[%d.%d.%d.%d]:25: Connection timed out)" %
                (qd + 30, qd, p["email"].split("@")[1], R.choice([66, 98, 67]), R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)))
        return "postfix-syslog"
    k = R.randint(0, 5)
    pid = R.randint(10000, 30000)
    if k == 0:
        l.t("%s %s postfix/qmgr[%d]: %s: from=<noreply@tamarackhealth.org>, size=%d, nrcpt=1 (queue active)" % (syslog_ts(ts), host, 1187, q, R.randint(2000, 40000)))
    elif k == 1:
        l.t("%s %s postfix/smtpd[%d]: connect from unknown[%s]" % (syslog_ts(ts), host, pid, R.choice(INTERNAL_IPS)))
    elif k == 2:
        s = R.choice(STAFF)
        l.t("%s %s postfix/smtp[%d]: %s: to=<%s.%s@tamarackcounty.gov>, relay=exch01.tcph.local[10.20.3.5]:25, delay=0.31, delays=0.02/0/0.1/0.19, dsn=2.6.0, status=sent (250 2.6.0 <%s@tamarackhealth.org> Queued mail for delivery)" %
            (syslog_ts(ts), host, pid, q, s[0][0].lower(), s[1].lower(), uuid4()))
    elif k == 3:
        l.t("%s %s postfix/smtpd[%d]: NOQUEUE: reject: RCPT from unknown[%d.%d.%d.%d]: 554 5.7.1 Service unavailable; Client host blocked using zen.spamhaus.org; from=<invoice@billing-update.example> to=<records@tamarackhealth.org> proto=ESMTP helo=<User>" %
            (syslog_ts(ts), host, pid, R.choice([185, 45, 194]), R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)))
    elif k == 4:
        l.t("%s %s opendkim[%d]: %s: DKIM-Signature field added (s=tcph2024, d=tamarackhealth.org)" % (syslog_ts(ts), host, 902, q))
    else:
        l.t("%s %s postfix/qmgr[1187]: %s: removed" % (syslog_ts(ts), host, q))
    return "postfix-syslog"


def f_fax(l, ts, phi):
    if phi:
        r = P[R.choice(["haidari", "haugen", "muller"])]
        k = nxt(2)
        if k == 0:
            l.t("%s faxgw01 FaxQueuer[901]: JOB %d: SUBMIT dest=" % (syslog_ts(ts), R.randint(4000, 5000))).p("+1.%s.%s.%s" % (r["area"], r["phone"][:3], r["phone"][3:]), "fax")
            l.t(' to="').p(r["first"] + " " + r["last"], "name").t('" cover="Certified copy order VR%s-%04d - ID required" pages=2 owner=vr_jbrandt' % (ts.strftime("%y%m%d"), R.randint(1, 99)))
        else:
            l.t("%s faxgw01 FaxGetty[1187]: RECV FAX (%08X): recvq/fax%06d.tif from " % (syslog_ts(ts), R.randint(0x100, 0xFFFF), R.randint(100, 999))).p(ph_raw(r), "fax")
            l.t(', CSID "').p(upper_ascii(r["last"]), "name").t('", route to VITALRECORDS, %d pages in 1:%02d' % (R.randint(1, 4), R.randint(0, 59)))
        return "hylafax-syslog"
    k = R.randint(0, 3)
    if k == 0:
        l.t("%s faxgw01 FaxGetty[1187]: RECV FAX (%08X): recvq/fax%06d.tif from 8005550199, CSID \"QUEST DX LENEXA\", route to ELR_FAX, %d pages in 0:%02d" %
            (syslog_ts(ts), R.randint(0x100, 0xFFFF), R.randint(100, 999), R.randint(1, 9), R.randint(10, 59)))
    elif k == 1:
        l.t("%s faxgw01 FaxGetty[1187]: RECV FAX (%08X): recvq/fax%06d.tif from 9205550100, CSID \"ALDENBURG FAM CLINIC\", route to CD_REPORTS, %d pages" %
            (syslog_ts(ts), R.randint(0x100, 0xFFFF), R.randint(100, 999), R.randint(1, 5)))
    elif k == 2:
        l.t("%s faxgw01 FaxSend[%d]: SEND FAILED: JOB %d DEST 9205550111 ERR No carrier detected; too many attempts to dial" % (syslog_ts(ts), R.randint(2000, 9000), R.randint(4000, 5000)))
    else:
        l.t("%s faxgw01 faxq[880]: MODEM /dev/ttyACM%d READY, SPEED 14400, CLASS 1.0" % (syslog_ts(ts), R.randint(0, 3)))
    return "hylafax-syslog"


def f_ps(l, ts, phi):
    assert not phi
    k = R.randint(0, 4)
    t = ts.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d-05:00" % R.randint(0, 999)
    if k == 0:
        l.t("%s [INFO] Invoke-ElrSftpPull: connected sftp://elr.labcorp.example:22 as tcph_elr; %d files (%.1f MB) moved to D:\\ELR\\inbound" % (t, R.randint(0, 30), R.uniform(0, 5)))
    elif k == 1:
        l.t("%s [INFO] Task Scheduler: task \"\\TCPH\\NightlyRdbRefresh\" completed, return code 0x0, run time 00:%02d:%02d" % (t, R.randint(10, 59), R.randint(0, 59)))
    elif k == 2:
        l.t("%s [WARN] Export-NndFiles: PHINMS sender queue depth %d (threshold 100) on tcph-phinms01" % (t, R.randint(100, 400)))
    elif k == 3:
        l.t("%s [ERROR] Send-FaxToEmail: SMTP 451 4.7.0 Temporary server error. Please try again later. PRX4 (mailgw01.tcph.local)" % t)
    else:
        l.t("%s [INFO] Rotate-IisLogs: compressed 14 files u_ex2403*.log (812 MB) to \\\\tcph-fs01\\logs$\\iis" % t)
    return "powershell-log"


# (function, phi_count, nophi_count)
PLAN = [
    (f_mirth, 20, 18), (f_elrqa, 10, 8), (f_nbs, 22, 23), (f_pino, 20, 15), (f_pyjson, 6, 6),
    (f_std, 16, 14), (f_vdot, 18, 14), (f_imm, 14, 12), (f_wic, 14, 14), (f_lead, 10, 8),
    (f_vital, 16, 12), (f_env, 0, 21), (f_311, 5, 15), (f_r, 6, 16), (f_sas, 10, 21),
    (f_mssql, 6, 14), (f_iis, 16, 16), (f_postfix, 10, 12), (f_fax, 6, 8), (f_ps, 0, 8),
]


def main():
    slots = []
    for fn, a, b in PLAN:
        slots += [(fn, True)] * a + [(fn, False)] * b
    assert len(slots) == N_LINES, len(slots)
    R.shuffle(slots)
    ts = dt.datetime(2024, 3, 14, 6, 0, 0)
    out_lines, labels = [], []
    iis_header_done = False
    for i, (fn, phi) in enumerate(slots, 1):
        ts = ts + dt.timedelta(seconds=R.randint(5, 190))
        l = L()
        fam = fn(l, ts, phi)
        if fn is f_iis and not phi and not iis_header_done and R.random() < 0.5:
            # occasional IIS log-file header line instead of a request
            l = L().t(R.choice(IIS_HDR))
            iis_header_done = True
        assert bool(l.spans) == phi, (fam, phi, bytes(l.b))
        line = bytes(l.b)
        assert b"\n" not in line and b"\r" not in line, line
        assert len(line) <= 4000, (fam, len(line))
        prev = 0
        for (s, e, c), v in zip(l.spans, l.vals):
            assert line[s:e] == v, (line[s:e], v)
            assert s >= prev, "overlap"
            prev = e
        line.decode("utf-8")
        out_lines.append(line)
        labels.append({"line": i, "family": fam, "spans": [{"s": s, "e": e, "cat": c} for s, e, c in l.spans]})
    with open(os.path.join(HERE, ID + ".log"), "wb") as fh:
        fh.write(b"\n".join(out_lines) + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
