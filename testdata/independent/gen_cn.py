#!/usr/bin/env python3
"""Deterministic generator for the `cn` held-out PHI test corpus.

Theme: occupational health / workers' compensation clinic ("OccMed Partners").
Employer portals, DOT drug screens (CCF, MRO), DOT physicals / MEC, audiograms,
respirator fit tests, spirometry, TB/titer surveillance, injury visits / FROI,
return-to-work notes, X12 837 to WC carriers, fax/email to employers.

Writes cn.log and cn.labels.jsonl next to this file.  Standard library only.
Spans are byte offsets recorded while concatenating; never searched afterwards.
"""
import base64
import datetime as dt
import json
import os
import random
from urllib.parse import quote_plus

rng = random.Random(1804_2024)

HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_CLEAN = 0.55


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class Ln:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, b))
        return self

    def v(self, s, cat=None):
        return self.p(s, cat) if cat else self.t(s)


class C:
    """A JSON value carrying a category."""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class O:
    """Ordered JSON object: list of (key, value) where value may be C/O/list."""
    def __init__(self, *pairs):
        self.pairs = list(pairs)


def esc_std(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def esc_php(s):
    # PHP json_encode defaults: \uXXXX lowercase for non-ASCII, escaped slashes
    return json.dumps(s, ensure_ascii=True)[1:-1].replace("/", "\\/")


def esc_stj(s):
    # System.Text.Json default JavaScriptEncoder
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ch in "\"<>&'+`" or o < 0x20 or o > 0x7E:
            if o > 0xFFFF:
                o -= 0x10000
                out.append("\\u%04X\\u%04X" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
            else:
                out.append("\\u%04X" % o)
        else:
            out.append(ch)
    return "".join(out)


def jv(ln, v, esc, sep):
    cat = None
    if isinstance(v, C):
        v, cat = v.v, v.cat
    if isinstance(v, O):
        jobj(ln, v, esc, sep)
    elif isinstance(v, list):
        ln.t("[")
        for i, x in enumerate(v):
            if i:
                ln.t(sep[0])
            jv(ln, x, esc, sep)
        ln.t("]")
    elif isinstance(v, bool):
        ln.t("true" if v else "false")
    elif v is None:
        ln.t("null")
    elif isinstance(v, (int, float)):
        ln.v(str(v), cat)
    else:
        ln.t('"')
        ln.v(esc(v), cat)
        ln.t('"')


def jobj(ln, obj, esc=esc_std, sep=(",", ":")):
    if not isinstance(obj, O):
        obj = O(*obj)
    ln.t("{")
    for i, (k, v) in enumerate(obj.pairs):
        if i:
            ln.t(sep[0])
        ln.t('"' + esc(k) + '"' + sep[1])
        jv(ln, v, esc, sep)
    ln.t("}")


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
NOW = dt.datetime(2024, 9, 16, 11, 2, 17, 118400)  # UTC
TZ = dt.timedelta(hours=-5)  # America/Chicago, CDT


def tick():
    global NOW
    NOW += dt.timedelta(seconds=rng.uniform(0.05, 38.0))


def loc():
    return NOW + TZ


def today():
    return loc().date()


def ts_serilog():
    l = loc()
    return l.strftime("%Y-%m-%d %H:%M:%S.") + "%03d -05:00" % (l.microsecond // 1000)


def ts_clef():
    return NOW.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%dZ" % (NOW.microsecond, rng.randint(0, 9))


def ts_nlog():
    l = loc()
    return l.strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % (l.microsecond // 100)


def ts_iis():
    return NOW.strftime("%Y-%m-%d %H:%M:%S")


def ts_monolog():
    l = loc()
    return l.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d-05:00" % l.microsecond


def ts_phperr():
    return NOW.strftime("[%d-%b-%Y %H:%M:%S UTC]")


def ts_bsd():
    l = loc()
    return l.strftime("%b ") + "%2d" % l.day + l.strftime(" %H:%M:%S")


def ts_5424():
    return NOW.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (NOW.microsecond // 1000)


def ts_mssql():
    l = loc()
    return l.strftime("%Y-%m-%d %H:%M:%S.") + "%02d" % (l.microsecond // 10000)


def ts_log4net():
    l = loc()
    return l.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (l.microsecond // 1000)


def ts_iso_ms_local():
    l = loc()
    return l.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-05:00" % (l.microsecond // 1000)


def ts_msext():
    return NOW.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d0Z" % NOW.microsecond


# --------------------------------------------------------------------------
# identifier helpers (valid check digits)
# --------------------------------------------------------------------------
def luhn_digit(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def card_number(prefix, length=16):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def imei():
    tac = rng.choice(["35332511", "35925406", "86891003", "35467811", "01326300"])
    body = tac + "".join(str(rng.randint(0, 9)) for _ in range(6))
    return body + luhn_digit(body)


VIN_MAP = {c: v for c, v in zip("ABCDEFGH", range(1, 9))}
VIN_MAP.update({c: v for c, v in zip("JKLMN", range(1, 6))})
VIN_MAP.update({"P": 7, "R": 9})
VIN_MAP.update({c: v for c, v in zip("STUVWXYZ", range(2, 10))})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = rng.choice(["1FT", "1GC", "3GN", "5TD", "1HG", "2T1", "1N4", "JTD"])
    chars = list(wmi + "".join(rng.choice(VIN_CH) for _ in range(5)) + "0"
                 + rng.choice("PRSTVWXY") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
                 + "".join(rng.choice("0123456789") for _ in range(6)))
    s = 0
    for i, ch in enumerate(chars):
        val = int(ch) if ch.isdigit() else VIN_MAP[ch]
        s += val * VIN_W[i]
    r = s % 11
    chars[8] = "X" if r == 10 else str(r)
    return "".join(chars)


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + "0123456789"


def mbi():
    d = "0123456789"
    return (rng.choice("123456789") + rng.choice(MBI_L) + rng.choice(MBI_AN) + rng.choice(d)
            + rng.choice(MBI_L) + rng.choice(MBI_AN) + rng.choice(d) + rng.choice(MBI_L)
            + rng.choice(MBI_L) + rng.choice(d) + rng.choice(d))


def gtin14(prefix):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(13 - len(prefix)))
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - s % 10) % 10)


def ssn():
    while True:
        a = rng.randint(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def phone555(area=None):
    area = area or rng.choice(["713", "281", "832", "409", "337", "346"])
    return area, "555", "01%02d" % rng.randint(0, 99)


def fmt_phone(ph, style):
    a, x, n = ph
    return {
        0: "(%s) %s-%s" % ph,
        1: "%s-%s-%s" % ph,
        2: "%s%s%s" % ph,
        3: "+1%s%s%s" % ph,
        4: "%s.%s.%s" % ph,
        5: "(%s)%s-%s" % ph,
    }[style]


# --------------------------------------------------------------------------
# synthetic population
# --------------------------------------------------------------------------
EMPLOYERS = {
    "RDL": dict(name="Redline Freight Inc", acct="10427", fein="74-2281093",
                addr="8800 Market St Rd", city="Houston", zip="77029",
                phone="713-555-0162", fax="7135550163", hr="Lorena Martinez",
                hr_email="lmartinez@redlinefreight.example", hr_user="RDL\\lmartinez",
                emp_pfx="RF", dot=True),
    "GCP": dict(name="Gulf Coast Pipe Fabricators LLC", acct="10388", fein="76-0419922",
                addr="1500 Industrial Blvd", city="La Porte", zip="77571",
                phone="281-555-0144", fax="2815550145", hr="Wade Brouillette",
                hr_email="safety@gcpipefab.example", hr_user="gcp.safety",
                emp_pfx="GCP-", dot=False),
    "MRH": dict(name="Mesa Ridge Regional Hospital", acct="10512", fein="74-1102837",
                addr="3100 Hospital Dr", city="Baytown", zip="77521",
                phone="281-555-0120", fax="2815550121", hr="Employee Health / Carla Nuñez",
                hr_email="employeehealth@mesaridge.example", hr_user="mrh.eh01",
                emp_pfx="", dot=False),
    "TCW": dict(name="Tri-County Waste Services", acct="10605", fein="72-3390018",
                addr="44 Landfill Access Rd", city="Sulphur", zip="70663",
                phone="337-555-0171", fax="3375550172", hr="Darnell Fontenot",
                hr_email="hr@tricountywaste.example", hr_user="TCW\\dfontenot",
                emp_pfx="TCW", dot=True),
    "BPP": dict(name="Bayou Petrochem Partners", acct="10219", fein="76-5582014",
                addr="2 Refinery Loop", city="Deer Park", zip="77536",
                phone="281-555-0188", fax="2815550189", hr="Ingrid Halvorsen",
                hr_email="ohs-admin@bayoupetrochem.example", hr_user="bpp_ohs",
                emp_pfx="BP", dot=False),
    "LSC": dict(name="Lone Star Cold Storage", acct="10733", fein="75-8830126",
                addr="601 Port Rd", city="Beaumont", zip="77703",
                phone="409-555-0133", fax="4095550134", hr="Tyrell Washington",
                hr_email="people@lonestarcold.example", hr_user="lsc.people",
                emp_pfx="LS-", dot=True),
}

CARRIERS = [
    dict(name="Keystone Mutual Casualty", payer="KMC01", adjuster="Karen Whitfield",
         adj_email="kwhitfield@keystonemutual.example", adj_phone="800-555-0147", fax="8005550148"),
    dict(name="Pelican State Workers Comp Fund", payer="PSWCF", adjuster="Marcus Delacroix",
         adj_email="mdelacroix@pelicanstatewc.example", adj_phone="225-555-0119", fax="2255550118"),
    dict(name="Granite Shield Insurance", payer="GSI77", adjuster="Beth Ann Sorensen",
         adj_email="bsorensen@graniteshield.example", adj_phone="877-555-0166", fax="8775550167"),
]

STAFF = {
    "mro": ["Dr. Harold Teague", "Dr. Revathi Menon"],
    "me": ["Dr. Anika Shah", "Dr. Curtis Mbeki-Lowell", "Luis Carranza, PA-C"],
    "collector": ["Tamika Reed", "Hector Salinas", "Yuki Brannigan"],
    "tech": ["Brent Kohler", "Sunita Patel, RN", "Marguerite Olsen"],
    "provider": ["Dr. Anika Shah", "Dr. Emeka Chukwu", "Luis Carranza, PA-C", "Dr. Greta Vance"],
}
NRCME = {"Dr. Anika Shah": "3381920475", "Dr. Curtis Mbeki-Lowell": "1179043318",
         "Luis Carranza, PA-C": "5520917736"}
NPI = {"Dr. Anika Shah": "1467329085", "Dr. Emeka Chukwu": "1932017764",
       "Luis Carranza, PA-C": "1588273301", "Dr. Greta Vance": "1205538812"}

CLINIC = dict(name="OccMed Partners - Pasadena", addr="2100 Refinery Row Ste 110", city="Pasadena",
              st="TX", zip="77506", phone="713-555-0100", fax="7135550101", npi="1093847562",
              tin="46-3318807")

PEOPLE_SRC = [
    ("Anna", "Kowalczyk", "F", "GCP"), ("José Luis", "Ibarra-Peña", "M", "RDL"),
    ("Thi Lan", "Nguyen", "F", "MRH"), ("Oluwaseun", "Adeyemi", "M", "BPP"),
    ("Siobhan", "Gallagher", "F", "MRH"), ("Dmitri", "Volkov", "M", "RDL"),
    ("Priya", "Raghunathan", "F", "MRH"), ("Kenji", "Watanabe", "M", "BPP"),
    ("Fatima", "Al-Haddad", "F", "LSC"), ("Björn", "Lindqvist", "M", "GCP"),
    ("Aiyana", "Tsosie", "F", "TCW"), ("Leilani", "Kahananui", "F", "MRH"),
    ("Thandiwe", "Mokoena", "F", "BPP"), ("Rafael", "Souza", "M", "TCW"),
    ("Hamid", "Karimi", "M", "RDL"), ("Zofia", "Wiśniewska", "F", "LSC"),
    ("Declan", "O'Brien", "M", "GCP"), ("Mei-Ling", "Chou", "F", "MRH"),
    ("Amadou", "Diallo", "M", "TCW"), ("Seo-yeon", "Park", "F", "BPP"),
    ("Tevita", "Fifita", "M", "RDL"), ("Ngozi", "Eze", "F", "LSC"),
    ("Mateo", "Villanueva", "M", "GCP"), ("Rustam", "Nazarov", "M", "TCW"),
    ("Esperanza", "Quintanilla", "F", "LSC"), ("Lars", "Haugen", "M", "BPP"),
    ("Kwame", "Asante", "M", "RDL"), ("Zoë", "Hartmann", "F", "GCP"),
    ("Dariusz", "Zieliński", "M", "TCW"), ("Marisol", "Duarte", "F", "LSC"),
]
RETIREES_SRC = [("Wendell", "Broussard", "M", "BPP", 1932), ("Agnes", "Thibodeaux", "F", "GCP", 1933),
                ("Raymond", "Guidry", "M", "BPP", 1931)]

STREETS = ["Willowbend Dr", "Red Bluff Rd", "Burke Rd", "Fairmont Pkwy", "Old Spanish Trl",
           "Bissonnet St", "Tidwell Rd", "Calder Ave", "Ryan St", "Prien Lake Rd", "E 11th St",
           "Cypress Creek Pkwy", "Garth Rd", "Decker Dr", "N Main St", "Avenue H", "Crenshaw Rd",
           "Spencer Hwy", "Shaver St", "Magnolia Ave", "Gulfway Dr", "Lakeshore Dr", "Pecan Grove Ln",
           "Bluebonnet Cir", "Sam Houston Pkwy E", "Rue Acadienne", "Dauphine St", "Ellington Blvd"]
CITIES = [("Pasadena", "TX", "775", "Harris County"), ("Baytown", "TX", "775", "Harris County"),
          ("Deer Park", "TX", "775", "Harris County"), ("La Porte", "TX", "775", "Harris County"),
          ("Houston", "TX", "770", "Harris County"), ("Beaumont", "TX", "777", "Jefferson County"),
          ("Port Arthur", "TX", "776", "Jefferson County"), ("Lake Charles", "LA", "706", "Calcasieu Parish"),
          ("Sulphur", "LA", "706", "Calcasieu Parish"), ("League City", "TX", "775", "Galveston County"),
          ("Channelview", "TX", "775", "Harris County"), ("Nederland", "TX", "776", "Jefferson County"),
          ("Westlake", "LA", "706", "Calcasieu Parish"), ("Friendswood", "TX", "775", "Galveston County")]
MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "att.net", "proton.me"]
EC_FIRST = ["Maria", "Tomasz", "Hoa", "Adaeze", "Patrick", "Olga", "Arjun", "Yumi", "Omar", "Ingrid",
            "Nizhoni", "Kainoa", "Sipho", "Paolo", "Luana", "Parisa", "Krzysztof", "Colleen", "Wei", "Mariam"]
RELS = ["spouse", "spouse", "partner", "parent", "sibling", "adult child", "friend"]


def ascii_fold(s):
    tbl = {"é": "e", "ñ": "n", "ö": "o", "ś": "s", "ń": "n", "ë": "e", "ó": "o", "ł": "l"}
    return "".join(tbl.get(c, c) for c in s)


def cdl_for(state):
    if state == "TX":
        return digits(8)
    if state == "LA":
        return "00" + digits(7)
    return rng.choice("ABCDEFGHJ") + digits(9)


class Person:
    pass


def make_person(first, last, sex, emp, byear=None):
    p = Person()
    p.first, p.last, p.sex, p.emp = first, last, sex, emp
    p.mi = rng.choice("ABCDEFGHJKLMNPRSTW")
    y = byear or rng.randint(1960, 2004)
    p.dob = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    p.ssn = ssn()
    p.mrn = "00" + digits(6)
    pfx = EMPLOYERS[emp]["emp_pfx"]
    p.empid = pfx + (digits(6) if pfx == "" else digits(5) if len(pfx) > 2 else digits(5))
    p.street = "%d %s" % (rng.choice([rng.randint(100, 999), rng.randint(1000, 19999)]), rng.choice(STREETS))
    if rng.random() < 0.3:
        p.unit = rng.choice(["Apt ", "Unit ", "#"]) + str(rng.randint(1, 42)) + rng.choice(["", "B", "C"])
    else:
        p.unit = None
    p.city, p.state, zp, p.county = rng.choice(CITIES)
    p.zip = zp + "%02d" % rng.randint(1, 99)
    p.phone = phone555()
    p.cell = phone555()
    fl = ascii_fold(first.split()[0]).lower().replace("'", "")
    ll = ascii_fold(last).lower().replace("'", "").replace(" ", "")
    p.email = rng.choice(["%s.%s%d" % (fl, ll, y % 100), "%s%s" % (fl[0], ll), "%s_%s" % (fl, ll[:4]),
                          "%s%s%d" % (fl, ll[0], rng.randint(1, 99))]) + "@" + rng.choice(MAIL_DOMAINS)
    p.username = rng.choice(["%s.%s" % (fl, ll), "%s%s%d" % (fl[0], ll, rng.randint(1, 99)), "%s_%s" % (ll, fl[:3])])
    p.cdl_state = p.state if rng.random() < 0.85 else rng.choice(["OK", "AR", "NM"])
    p.cdl = cdl_for(p.cdl_state)
    pfx = rng.choice(["4", "51", "55", "37", "6011"])
    p.card = card_number(pfx, 15 if pfx == "37" else 16)
    p.imei = imei()
    p.ip = rng.choice(["73.%d.%d.%d", "98.%d.%d.%d", "172.58.%d.%d", "107.77.%d.%d", "24.%d.%d.%d",
                       "99.%d.%d.%d", "174.%d.%d.%d"])
    p.ip = p.ip % tuple(rng.randint(1, 254) for _ in range(p.ip.count("%d")))
    p.ec = (rng.choice(EC_FIRST) + " " + (last if rng.random() < 0.6 else rng.choice(
        ["Moreno", "Tran", "Okonkwo", "Lindgren", "Begay", "Kealoha", "Dlamini", "Rossi"])),
            rng.choice(RELS), phone555())
    p.carrier = rng.choice(CARRIERS)
    p.claim = {"KMC01": lambda: "KMC-WC-24-%07d" % rng.randint(0, 9999999),
               "PSWCF": lambda: "PSF24%06d" % rng.randint(0, 999999),
               "GSI77": lambda: "GS-2408-%05d" % rng.randint(0, 99999)}[p.carrier["payer"]]()
    p.doi = dt.date(2024, rng.choice([7, 8, 9]), rng.randint(1, 14))
    p.ccf = "%07d" % rng.randint(1000000, 9999999)
    p.spec = rng.choice(["A", "B", "L"]) + digits(7)
    p.acct = "PA" + digits(7)
    p.plate = rng.choice(["%s%s%s-%s" % (rng.choice("BCDFGHJKLMNPRSTVWXYZ"), rng.choice("BCDFGHJKLMNPRSTVWXYZ"),
                                          rng.choice("BCDFGHJKLMNPRSTVWXYZ"), digits(4)),
                          "%s%s%s %s" % (digits(3), rng.choice("BCDFGHJKLM"), rng.choice("NPRSTVWXYZ"),
                                         rng.choice("ABCDEFG") + digits(2))])
    p.vin = vin()
    p.ha_serial = rng.choice(["PH", "OT", "SG"]) + digits(8)
    p.cpap_serial = "2310" + digits(7)
    p.cgm = rng.choice(["0M", "3K", "8R"]) + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(8))
    p.udi = "(01)%s(17)%s(21)%s" % (gtin14("00"), rng.choice(["261130", "270531", "280228"]),
                                    rng.choice(["PJN", "RLB", "CJM"]) + digits(7))
    p.mbi = mbi()
    p.member = rng.choice(["XJH", "ZGP", "U4Q"]) + digits(9)
    p.hearing_aid = rng.random() < 0.2
    return p


PEOPLE = [make_person(*x) for x in PEOPLE_SRC]
RETIREES = [make_person(f, l, s, e, byear=y) for f, l, s, e, y in RETIREES_SRC]
# give a core of people more weight so the same persons recur across lines
PW = [rng.choice([1, 1, 2, 3, 5]) for _ in PEOPLE]


def person(pred=None):
    cands = [(p, w) for p, w in zip(PEOPLE, PW) if pred is None or pred(p)]
    ps, ws = zip(*cands)
    return rng.choices(ps, ws)[0]


def dot_person():
    return person(lambda p: EMPLOYERS[p.emp]["dot"])


def age_on(p, d):
    return d.year - p.dob.year - ((d.month, d.day) < (p.dob.month, p.dob.day))


def order_no():
    return "ORD-%s-%05d" % (today().strftime("%y%m"), rng.randint(10000, 99999))


def req_id():
    return "0HN6%s:%08X" % ("".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUV") for _ in range(9)),
                            rng.randint(1, 40))


def fdate(d, style):
    return {
        "iso": d.strftime("%Y-%m-%d"),
        "us": d.strftime("%m/%d/%Y"),
        "d8": d.strftime("%Y%m%d"),
        "dmy": d.strftime("%d-%b-%Y"),
        "isot": d.strftime("%Y-%m-%dT00:00:00"),
        "us2": "%d/%d/%d" % (d.month, d.day, d.year),
    }[style]


def next_bday(k=1):
    d = today()
    n = 0
    while n < k:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n += 1
    return d


PRIV_IPS = ["10.20.4.11", "10.20.4.12", "10.20.4.31", "10.30.0.4", "10.30.0.5", "192.168.40.17",
            "172.20.1.9", "10.20.8.50", "172.16.44.2"]
HOSTS = ["occ-app01", "occ-app02", "occ-web01", "occ-web02", "occ-sql01", "faxgw01", "mail01",
         "edi-gw01", "aud-booth-02", "spiro-cart-01", "kiosk-pas-03", "occ-php01"]
SERVICES = ["DOT-PHYS", "DOT-5PANEL-UR", "NONDOT-10PANEL", "BAT-EBT", "AUDIO-BASE", "AUDIO-ANNUAL",
            "RESP-MEDEVAL", "RESP-QNFIT", "SPIRO", "TB-QFT", "TB-2STEP", "TITER-MMR", "TITER-HEPB",
            "PRE-PLACEMENT", "LIFT-TEST", "INJ-INITIAL", "INJ-RECHECK", "HAIR-5PANEL"]
UAS = ["Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/128.0.0.0+Safari/537.36",
       "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64;+rv:130.0)+Gecko/20100101+Firefox/130.0",
       "Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_6_1+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.6+Mobile/15E148+Safari/604.1",
       "Mozilla/5.0+(Linux;+Android+14;+SM-S921U)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/128.0.6613.127+Mobile+Safari/537.36",
       "OccMedCheckIn/3.4.2+(Android+13;+Pixel+7)", "kube-probe/1.29", "AlwaysOn-Monitor/2.1"]


def name_as(ln, p, style):
    """Write the person's name in some style; spans per convention."""
    if style == "fl":
        ln.p("%s %s" % (p.first, p.last), "name")
    elif style == "LF":
        ln.p("%s, %s" % (p.last.upper(), p.first.upper()), "name")
    elif style == "Lf":
        ln.p("%s, %s" % (p.last, p.first), "name")
    elif style == "fml":
        ln.p("%s %s. %s" % (p.first, p.mi, p.last), "name")
    elif style == "LFi":
        ln.p("%s, %s %s" % (p.last, p.first, p.mi), "name")
    elif style == "init":
        ln.p("%s, %s" % (p.last.upper(), p.first[0]), "name")


# --------------------------------------------------------------------------
# PHI-bearing scenarios
# --------------------------------------------------------------------------
def s_portal_order():
    p = person()
    e = EMPLOYERS[p.emp]
    svcs = rng.sample(SERVICES, rng.randint(1, 3))
    ap = next_bday(rng.randint(0, 3))
    ln = Ln("serilog-file")
    ln.t("%s [INF] OccMed.Portal.Orders.OrderService: Order %s created by %s (acct %s) for employee "
         % (ts_serilog(), order_no(), e["hr_email"], e["acct"]))
    name_as(ln, p, rng.choice(["fl", "fml"]))
    ln.t(" DOB ").p(fdate(p.dob, "us"), "date")
    ln.t(" services=[%s] site=PAS-01 appt=" % ",".join(svcs)).p(fdate(ap, "iso"), "date")
    ln.t(" %02d:%s" % (rng.randint(7, 15), rng.choice(["00", "15", "30", "45"])))
    return [ln]


def s_portal_auth_clef():
    p = person()
    e = EMPLOYERS[p.emp]
    auth = "AUTH-%d" % rng.randint(80000, 99999)
    ln = Ln("serilog-clef")
    nm = "%s %s" % (p.first, p.last)
    # write by hand so that @m rendering contains the PHI too
    ln.t('{"@t":"%s","@mt":"Authorization {AuthNumber} issued for {EmployeeName} ({EmployeeId}) by {PortalUser}",' % ts_clef())
    ln.t('"@m":"Authorization \\"%s\\" issued for \\"' % auth)
    ln.p(esc_std(nm), "name")
    ln.t('\\" (\\"').p(p.empid, "other_id").t('\\") by \\"%s\\"",' % e["hr_email"])
    ln.t('"@i":"%s","AuthNumber":"%s","EmployeeName":"' % (hexs(8), auth))
    ln.p(esc_std(nm), "name").t('","EmployeeId":"').p(p.empid, "other_id")
    ln.t('","PortalUser":"%s","EmployerAccount":"%s","SourceContext":"OccMed.Portal.Authorizations",'
         '"RequestId":"%s","RequestPath":"/api/v2/authorizations","ConnectionId":"%s"}'
         % (e["hr_email"], e["acct"], req_id(), req_id().split(":")[0]))
    return [ln]


COLLECTED = set()


def s_ccf_collection():
    for _ in range(20):
        p = dot_person() if rng.random() < 0.7 else person()
        if p.ccf not in COLLECTED:
            break
    COLLECTED.add(p.ccf)
    coll = rng.choice(STAFF["collector"])
    ln = Ln("nlog")
    ln.t("%s|INFO|OccMed.DrugScreen.CollectionService|Collection complete ccf=" % ts_nlog())
    ln.p(p.ccf, "other_id").t(" specimen_id=").p(p.spec, "other_id")
    ln.t(' donor="')
    name_as(ln, p, "LF")
    ln.t('" donor_id_type=SSN donor_id=').p(p.ssn, "ssn")
    ln.t(" reason=%s panel=%s temp_ok=True split=%s collector=\"%s\" lab=LabOne-Lenexa tracking=1Z%s"
         % (rng.choice(["PRE-EMPLOYMENT", "RANDOM", "POST-ACCIDENT", "REASONABLE-SUSPICION", "RETURN-TO-DUTY"]),
            rng.choice(["DOT5-UR", "NON-DOT10", "DOT5-OBS"]), rng.choice(["Y", "N"]), coll,
            "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))))
    return [ln]


def s_ccf_ids_only():
    p = person()
    ln = Ln("nlog")
    ln.t("%s|WARN|OccMed.DrugScreen.EccfClient|eCCF submit retry %d/5 for CCF " % (ts_nlog(), rng.randint(1, 4)))
    ln.p(p.ccf, "other_id")
    ln.t(": HTTP 503 from https://eccf.labone.example/api/v3/requisitions (elapsed %dms)" % rng.randint(800, 30000))
    return [ln]


def s_mro_verify():
    p = person()
    mro = rng.choice(STAFF["mro"])
    coll = today() - dt.timedelta(days=rng.randint(1, 4))
    ln = Ln("monolog")
    ln.t("[%s] mro.NOTICE: Verified result posted " % ts_monolog())
    jobj(ln, O(("ccf", C(p.ccf, "other_id")), ("specimen_id", C(p.spec, "other_id")),
               ("donor", C("%s %s" % (p.first, p.last), "name")),
               ("collected_on", C(fdate(coll, "iso"), "date")),
               ("result", rng.choice(["NEGATIVE", "NEGATIVE", "NEGATIVE-DILUTE", "CANCELLED"])),
               ("mro", mro), ("employer_acct", EMPLOYERS[p.emp]["acct"]),
               ("notify", [EMPLOYERS[p.emp]["hr_email"]])), esc_std)
    ln.t(' {"uid":"%s","process_id":%d}' % (hexs(7), rng.randint(1000, 40000)))
    return [ln]


def s_mro_interview():
    p = person()
    mro = rng.choice(STAFF["mro"])
    ln = Ln("monolog")
    ln.t("[%s] mro.INFO: Donor interview call scheduled " % ts_monolog())
    jobj(ln, O(("ccf", C(p.ccf, "other_id")), ("mro", mro),
               ("donor_phone", C(fmt_phone(p.cell, 1), "phone")),
               ("attempt", rng.randint(1, 3)), ("window", "24h")), esc_std)
    ln.t(" []")
    return [ln]


def s_mec_issued():
    p = dot_person()
    me = rng.choice(STAFF["me"][:2])
    months = rng.choice([24, 24, 12, 3])
    exam = today()
    exp = dt.date(exam.year + (exam.month - 1 + months) // 12, (exam.month - 1 + months) % 12 + 1, exam.day)
    ln = Ln("serilog-file")
    ln.t("%s [INF] OccMed.Dot.CertificateService: MEC issued driver=" % ts_serilog())
    name_as(ln, p, "fml")
    ln.t(" cdl=%s-" % p.cdl_state).p(p.cdl, "license")
    ln.t(" exam_date=").p(fdate(exam, "iso"), "date").t(" expires=").p(fdate(exp, "iso"), "date")
    ln.t(" cert_type=%s examiner=\"%s\" nrcme=%s form=MCSA-5876 upload=FMCSA-NR queued"
         % ("2yr" if months == 24 else "%dmo" % months, me, NRCME[me]))
    return [ln]


def s_dot_nr_json():
    p = dot_person()
    me = rng.choice(STAFF["me"])
    ln = Ln("msext-json")
    ln.t('{"Timestamp":"%s","EventId":2104,"LogLevel":"Information","Category":"OccMed.Dot.NationalRegistryClient",'
         '"Message":"Submitted exam result for ' % ts_msext())
    ln.p(esc_stj("%s %s" % (p.first, p.last)), "name")
    ln.t(' (DL ').p(p.cdl, "license").t(', %s) to NR; status 202' % p.cdl_state)
    ln.t('","State":{"Message":"Submitted exam result for ')
    ln.p(esc_stj("%s %s" % (p.first, p.last)), "name")
    ln.t(' (DL ').p(p.cdl, "license").t(', %s) to NR; status 202","DriverName":"' % p.cdl_state)
    ln.p(esc_stj("%s %s" % (p.first, p.last)), "name").t('","LicenseNumber":"').p(p.cdl, "license")
    ln.t('","LicenseState":"%s","BirthDate":"' % p.cdl_state).p(fdate(p.dob, "isot"), "date")
    ln.t('","ExaminerNrcme":"%s","{OriginalFormat}":"Submitted exam result for {DriverName} (DL {LicenseNumber}, {LicenseState}) to NR; status {StatusCode}"}}'
         % NRCME[me])
    return [ln]


def s_dot_device():
    p = dot_person()
    ln = Ln("serilog-file")
    kind = rng.random()
    if kind < 0.45:
        ln.t("%s [INF] OccMed.Dot.OsaCompliance: CPAP compliance report imported for " % ts_serilog())
        name_as(ln, p, "Lf")
        ln.t(" device=AirSense 11 AutoSet sn=").p(p.cpap_serial, "device")
        ln.t(" usage>=4h on %d/30 nights (%.1f%%) AHI=%.1f period=30d" % (
            (n := rng.randint(21, 30)), n / 30 * 100, rng.uniform(0.8, 4.9)))
    elif kind < 0.75:
        ln.t("%s [WRN] OccMed.Dot.ItdmReview: ITDM form MCSA-5870 received for MRN " % ts_serilog())
        ln.p(p.mrn, "mrn").t("; CGM serial ").p(p.cgm, "device")
        ln.t(" report spans %d days, 0 severe hypoglycemic episodes; treating clinician signature date missing" % rng.randint(14, 90))
    else:
        ln.t("%s [INF] OccMed.Dot.ExamForm: implanted device recorded for exam of " % ts_serilog())
        name_as(ln, p, "fl")
        ln.t(": ICD udi=").p(p.udi, "device")
        ln.t(" cardiology clearance letter on file (Dr. Adebayo Faleti, fax 713-555-0109)")
    return [ln]


def s_audiogram():
    p = person(lambda q: q.emp in ("GCP", "BPP", "TCW", "LSC"))
    dev = rng.choice([("Benson CCA-200mini", "AB21-00931"), ("Tremetrics RA650", "RA650-118204"),
                      ("MAICO MA 41", "MA41-7730152")])
    base = dt.date(rng.randint(2014, 2022), rng.randint(1, 12), rng.randint(1, 28))
    ln = Ln("syslog-5424")
    ln.t("<134>1 %s aud-booth-02 AudioSync %d AUD [meta device=\"%s\" sn=\"%s\" cal=\"2024-03-18\"] uploaded audiogram pt="
         % (ts_5424(), rng.randint(1000, 9000), dev[0], dev[1]))
    ln.p(p.mrn, "mrn").t(" baseline=").p(fdate(base, "iso"), "date")
    th = [rng.choice([5, 10, 15, 20, 25, 30, 35, 40, 45]) for _ in range(6)]
    ln.t(" L2k=%d L3k=%d L4k=%d R2k=%d R3k=%d R4k=%d STS=%s" % (*th, rng.choice(["N", "N", "Y"])))
    if p.hearing_aid or rng.random() < 0.25:
        ln.t(" note=\"removes own hearing aid sn ").p(p.ha_serial, "device").t(" prior to test\"")
    return [ln]


def s_audiogram_sts_letter():
    p = person(lambda q: q.emp in ("GCP", "BPP", "TCW", "LSC"))
    ln = Ln("monolog")
    ln.t("[%s] letters.INFO: STS notification letter queued " % ts_monolog())
    jobj(ln, O(("template", "osha_sts_21day"), ("employee", C("%s %s" % (p.first, p.last), "name")),
               ("mailing_address", O(("line1", C(p.street, "address")), ("city", C(p.city, "address")),
                                     ("state", p.state), ("zip", C(p.zip, "zip")))),
               ("queue", "usps-batch"), ("employer", EMPLOYERS[p.emp]["name"])),
         esc_std)
    ln.t(" []")
    return [ln]


def s_fit_test():
    p = person(lambda q: q.emp in ("GCP", "BPP", "MRH", "TCW"))
    ln = Ln("json-app")
    resp = rng.choice(["3M 1860S N95", "3M 6502QL Half Facepiece M", "Moldex 2201 N95", "Honeywell North 7700 M",
                       "3M FF-402 Full Facepiece"])
    ff = rng.randint(60, 250) if "N95" in resp else rng.randint(400, 8000)
    jobj(ln, O(("ts", ts_iso_ms_local()), ("level", "info"), ("svc", "fittest-import"),
               ("instrument", O(("model", "PortaCount 8048"), ("serial", "8048%06d" % rng.randint(100000, 999999)),
                                ("daily_check", "PASS"))),
               ("subject", O(("name", C("%s, %s" % (p.last, p.first), "name")), ("employee_no", C(p.empid, "other_id")))),
               ("respirator", resp), ("protocol", "OSHA Fast" if "N95" in resp else "OSHA Modified CNP"),
               ("overall_ff", ff), ("pass", ff >= (100 if "N95" in resp or "Half" in resp else 500)),
               ("operator", rng.choice(STAFF["tech"])), ("msg", "fit test record stored")), esc_std)
    return [ln]


def s_spiro():
    p = person(lambda q: q.emp in ("BPP", "GCP", "TCW"))
    ln = Ln("nlog")
    ln.t("%s|INFO|OccMed.Devices.Spirometry.EasyOneImporter|Test received from EasyOne Air S/N %d for patient "
         % (ts_nlog(), rng.randint(200000, 299999)))
    ln.p(p.mrn, "mrn").t(" (")
    name_as(ln, p, "Lf")
    ln.t(", DOB ").p(fdate(p.dob, "us"), "date")
    ln.t(", age %d, %s, ht %dcm" % (age_on(p, today()), p.sex, rng.randint(152, 195)))
    ln.t("): FVC=%.2fL FEV1=%.2fL ratio=%.2f grade=%s LLN=GLI-2012 race_correction=off"
         % (rng.uniform(2.8, 5.6), rng.uniform(2.2, 4.4), rng.uniform(0.62, 0.86), rng.choice("ABC")))
    return [ln]


def s_tb_surv():
    p = person(lambda q: q.emp == "MRH")
    ln = Ln("json-app")
    keys = rng.choice([("patient_mrn", "collected", "worker"), ("mrn", "collection_date", "employee_name"),
                       ("PatientId", "CollectedOn", "EmployeeName")])
    test = rng.choice(["QFT-Plus", "T-SPOT.TB", "TST-2step", "TITER-HEPB-SAB", "TITER-VZV-IGG", "TITER-MMR"])
    coll = today() - dt.timedelta(days=rng.randint(0, 6))
    jobj(ln, O(("time", ts_iso_ms_local()), ("severity", "INFO"), ("logger", "surveillance.results"),
               (keys[0], C(p.mrn, "mrn")), (keys[2], C("%s %s" % (p.first, p.last), "name")),
               ("test", test), (keys[1], C(fdate(coll, "iso"), "date")),
               ("result", rng.choice(["IMMUNE", "IMMUNE", "NON-IMMUNE", "EQUIVOCAL"]) if test.startswith("TITER")
                else rng.choice(["NEGATIVE", "NEGATIVE", "NEGATIVE", "POSITIVE", "INDETERMINATE"])),
               ("employer_acct", "10512"), ("dept", rng.choice(["5W Med-Surg", "ED", "Environmental Svcs", "Lab", "NICU"])),
               ("next_due", C((coll + dt.timedelta(days=365)).isoformat(), "date"))), esc_std, (", ", ": "))
    return [ln]


def s_titer_reminder():
    p = person(lambda q: q.emp == "MRH")
    ln = Ln("postfix")
    ln.t("%s mail01 postfix/smtp[%d]: %s: to=<" % (ts_bsd(), rng.randint(2000, 30000),
                                                   "".join(rng.choice("0123456789ABCDEF") for _ in range(10))))
    ln.p(p.email, "email")
    dom = p.email.split("@")[1]
    if dom == "gmail.com":
        relay, resp = "gmail-smtp-in.l.google.com[142.250.%d.%d]" % (rng.randint(1, 250), rng.randint(1, 250)), \
            "250 2.0.0 OK  %d %s - gsmtp" % (1726490000 + rng.randint(0, 90000), "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20)))
    else:
        relay, resp = "mx1.%s[203.0.113.%d]" % (dom, rng.randint(1, 250)), "250 2.0.0 Ok: queued as %s" % "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
    ln.t(">, relay=%s:25, delay=%.2f, delays=0.05/0.01/0.31/%.2f, dsn=2.0.0, status=sent (%s)"
         % (relay, rng.uniform(0.4, 3.0), rng.uniform(0.1, 2.0), resp))
    return [ln]


def s_froi():
    p = person()
    e = EMPLOYERS[p.emp]
    ca = p.carrier
    ln = Ln("php-json")
    ln.t("%s " % ts_phperr())
    payload = O(("event", "froi.submit"), ("form", "DWC-1" if p.state == "TX" else "LWC-WC-1007"),
                ("claimant", C("%s %s" % (p.first, p.last), "name")),
                ("claimant_dob", C(fdate(p.dob, "iso"), "date")),
                ("claimant_ssn", C(p.ssn, "ssn")),
                ("doi", C(fdate(p.doi, "iso"), "date")),
                ("body_part", rng.choice(["L wrist", "lumbar", "R shoulder", "R knee", "L hand 2nd digit", "eye"])),
                ("employer", e["name"]), ("employer_fein", e["fein"]),
                ("carrier", ca["name"]), ("claim_no", C(p.claim, "other_id")),
                ("adjuster", ca["adjuster"]), ("adjuster_email", ca["adj_email"]),
                ("portal", "https://portal.occmedpartners.example/injury/froi"))
    jobj(ln, payload, esc_php)
    return [ln]


def s_injury_visit():
    p = person()
    prov = rng.choice(STAFF["provider"])
    ln = Ln("serilog-file")
    ln.t("%s [INF] OccMed.Clinical.VisitService: Injury visit opened visit=%s patient=" % (ts_serilog(), uuid4()))
    ln.p(p.mrn, "mrn").t(" doi=").p(fdate(p.doi, "us"), "date")
    ln.t(" mechanism=\"%s\" provider=\"%s\" npi=%s carrier=%s claim=" % (
        rng.choice(["lifting drum", "slip on wet dock", "struck by pallet jack", "laceration box cutter",
                    "chemical splash", "fall from ladder 4ft"]), prov, NPI[prov], p.carrier["payer"]))
    ln.p(p.claim, "other_id")
    return [ln]


def s_rtw_email():
    p = person()
    e = EMPLOYERS[p.emp]
    ln = Ln("serilog-file")
    ln.t("%s [INF] OccMed.Notifications.MailKitSender: Sent message <%s@occmedpartners.example> to %s cc %s Subject=\"Work Status Report - "
         % (ts_serilog(), hexs(16), e["hr_email"], p.carrier["adj_email"]))
    name_as(ln, p, "Lf")
    ln.t(" - DOI ").p(fdate(p.doi, "us"), "date")
    ln.t("\" attachments=1 (WSR_%s.pdf, %d bytes) status=%s" % (hexs(8), rng.randint(40000, 240000),
                                                               rng.choice(["Full duty", "Modified duty", "Off work"])))
    return [ln]


def s_rtw_note():
    p = person()
    rtw = next_bday(rng.randint(1, 10))
    ln = Ln("monolog")
    ln.t("[%s] clinical.INFO: RTW note finalized " % ts_monolog())
    jobj(ln, O(("patientId", C(p.mrn, "mrn")),
               ("restrictions", rng.choice(["no lifting >20 lb", "seated work only", "no ladders", "none", "no use of R hand"])),
               ("rtwDate", C(fdate(rtw, "iso"), "date")),
               ("nextApptDate", C(fdate(next_bday(rng.randint(5, 14)), "iso"), "date")),
               ("signedBy", rng.choice(STAFF["provider"])), ("docId", uuid4())), esc_std)
    ln.t(" []")
    return [ln]


def s_fax_claimant():
    p = person()
    ca = p.carrier
    ln = Ln("syslog-bsd")
    ln.t("%s faxgw01 rfsend[%d]: job=%d to=\"%s\" fax=%s cover.re=\"Claimant: " % (
        ts_bsd(), rng.randint(1000, 30000), rng.randint(400000, 499999), ca["adjuster"], ca["fax"]))
    name_as(ln, p, "LF")
    ln.t(" / Claim ").p(p.claim, "other_id").t(" / DOI ").p(fdate(p.doi, "us2"), "date")
    ln.t("\" pages=%d status=queued" % rng.randint(2, 14))
    return [ln]


def s_roi_patient_fax():
    p = person()
    ln = Ln("syslog-bsd")
    ln.t("%s faxgw01 rfsend[%d]: job=%d ROI request %s: deliver copy to patient-designated fax " % (
        ts_bsd(), rng.randint(1000, 30000), rng.randint(400000, 499999), "ROI-%d" % rng.randint(10000, 99999)))
    ln.p(fmt_phone(phone555(), rng.choice([1, 2])), "fax")
    ln.t(" attn ")
    name_as(ln, p, "fl")
    ln.t(" pages=%d" % rng.randint(3, 40))
    return [ln]


X12_SEP = "~"


def s_x12_claim():
    p = person()
    e = EMPLOYERS[p.emp]
    ca = p.carrier
    out = []
    thr = rng.randint(3, 19)

    def seg(level="DEBUG"):
        ln = Ln("log4net-x12")
        ln.t("%s [%d] %-5s OccMed.Edi.X12.Writer837P - " % (ts_log4net(), thr, level))
        tick()
        return ln

    ln = seg()
    ln.t("2000B SBR*P*18*%s******WC~ NM1*IL*2*%s*****FI*%s~" % (e["acct"], e["name"].upper(), e["fein"].replace("-", "")))
    out.append(ln)
    ln = seg()
    ln.t("2010BB NM1*PR*2*%s*****PI*%s~" % (ca["name"].upper(), ca["payer"]))
    out.append(ln)
    ln = seg()
    ln.t("2010CA NM1*QC*1*").p(p.last.upper(), "name").t("*").p(p.first.upper(), "name").t("*%s~" % p.mi)
    out.append(ln)
    ln = seg()
    ln.t("2010CA N3*").p(p.street.upper(), "address")
    if p.unit:
        ln.t("*").p(p.unit.upper(), "address")
    ln.t("~ N4*").p(p.city.upper(), "address").t("*%s*" % p.state).p(p.zip, "zip").t("~")
    out.append(ln)
    ln = seg()
    ln.t("2010CA DMG*D8*").p(fdate(p.dob, "d8"), "date").t("*%s~ REF*Y4*" % p.sex).p(p.claim, "other_id").t("~")
    out.append(ln)
    if rng.random() < 0.7:
        ln = seg()
        ln.t("2010CA REF*SY*").p(p.ssn.replace("-", ""), "ssn").t("~")
        out.append(ln)
    ln = seg()
    amt = rng.choice([145.00, 185.00, 245.50, 312.00, 96.75])
    ln.t("2300 CLM*").p(p.acct, "account").t("*%.2f***11:B:1*Y*A*Y*Y*P~ DTP*439*D8*" % amt)
    ln.p(fdate(p.doi, "d8"), "date").t("~ REF*G1*%s~" % ("AUTH-%d" % rng.randint(80000, 99999)))
    out.append(ln)
    ln = seg()
    ln.t("2400 LX*1~ SV1*HC:%s*%.2f*UN*1***1~ DTP*472*D8*" % (rng.choice(["99203", "99213", "73110", "97110"]), amt))
    ln.p(fdate(today(), "d8"), "date").t("~")
    out.append(ln)
    return out


def s_hl7_oru():
    p = person()
    out = []
    ctl = "LAB%d" % rng.randint(10000000, 99999999)
    coll = NOW + TZ - dt.timedelta(hours=rng.randint(20, 60))

    def seg():
        ln = Ln("hl7-mirth")
        ln.t("%s DEBUG [Channel: DrugLab_ORU_In] c.o.i.Hl7Logger - seg " % ts_iso_ms_local())
        tick()
        return ln

    ln = seg()
    ln.t("MSH|^~\\&|LABONE|LENEXA|OCCMED|PASADENA|%s||ORU^R01^ORU_R01|%s|P|2.5.1" % (loc().strftime("%Y%m%d%H%M%S"), ctl))
    out.append(ln)
    ln = seg()
    ln.t("PID|1||").p(p.mrn, "mrn").t("^^^OMP^MR~").p(p.empid, "other_id").t("^^^%s^EI||" % p.emp)
    ln.p(p.last.upper(), "name").t("^").p(p.first.upper(), "name").t("^%s||" % p.mi)
    ln.p(fdate(p.dob, "d8"), "date").t("|%s|||" % p.sex).p(p.street, "address").t("^^").p(p.city, "address")
    ln.t("^%s^" % p.state).p(p.zip, "zip").t("^USA||").p(fmt_phone(p.phone, 5), "phone").t("|||||||").p(p.ssn, "ssn")
    out.append(ln)
    ln = seg()
    ln.t("OBR|1|%s|" % order_no()).p(p.spec, "other_id").t("^LABONE|DOT5^DOT 5 PANEL URINE^L|||")
    ln.p(coll.strftime("%Y%m%d%H%M"), "date").t("|||||||||%s^%s" % (NPI["Dr. Emeka Chukwu"], "CHUKWU^EMEKA"))
    out.append(ln)
    for code, nm in rng.sample([("3349-5", "Amphetamines"), ("3397-4", "Cocaine metabolite"), ("3426-1", "Cannabinoids"),
                                ("3879-1", "Opiates"), ("3937-7", "Phencyclidine")], 2):
        ln = seg()
        ln.t("OBX|%d|ST|%s^%s^LN||NEGATIVE|ng/mL|<cutoff||||F|||%s" % (len(out) - 2, code, nm, loc().strftime("%Y%m%d%H%M")))
        out.append(ln)
    return out


def s_efcore_params():
    p = person()
    ln = Ln("serilog-file")
    ln.t("%s [INF] Microsoft.EntityFrameworkCore.Database.Command: Executed DbCommand (%dms) [Parameters=[@p0='"
         % (ts_serilog(), rng.randint(2, 60)))
    ln.p(fdate(p.dob, "isot"), "date").t("' (DbType = Date), @p1='").p(p.first, "name")
    ln.t("' (Nullable = false) (Size = 50), @p2='").p(p.last, "name")
    ln.t("' (Nullable = false) (Size = 60), @p3='").p(fmt_phone(p.cell, 1), "phone")
    ln.t("' (Size = 20), @p4='%s', @p5='" % EMPLOYERS[p.emp]["acct"]).p(p.empid, "other_id")
    ln.t("' (Size = 20)], CommandType='Text', CommandTimeout='30']")
    sql = Ln("serilog-file")
    sql.t("INSERT INTO [occ].[Employees] ([DateOfBirth], [FirstName], [LastName], [MobilePhone], [EmployerAccountId], [EmployeeNumber])")
    sql2 = Ln("serilog-file")
    sql2.t("VALUES (@p0, @p1, @p2, @p3, @p4, @p5);")
    return [ln, sql, sql2]


def s_efcore_lookup():
    p = person()
    ln = Ln("serilog-file")
    ln.t("%s [INF] Microsoft.EntityFrameworkCore.Database.Command: Executed DbCommand (%dms) [Parameters=[@__ssn_0='"
         % (ts_serilog(), rng.randint(2, 60)))
    ln.p(p.ssn, "ssn").t("' (Size = 11), @__employerId_1='%s'], CommandType='Text', CommandTimeout='30']" % EMPLOYERS[p.emp]["acct"])
    sql = Ln("serilog-file")
    sql.t("SELECT TOP(1) [e].[EmployeeId], [e].[Mrn], [e].[LastName] FROM [occ].[Employees] AS [e] WHERE [e].[Ssn] = @__ssn_0 AND [e].[EmployerAccountId] = @__employerId_1")
    return [ln, sql]


def s_iis_questionnaire():
    p = person()
    ln = Ln("iis-w3c")
    path = rng.choice(["/q/health-history/submit", "/q/resp-medical-eval/page3", "/q/consent/sign", "/q/audiology-history"])
    ln.t("%s 10.20.6.21 POST %s tok=%s&step=%d 443 " % (ts_iis(), path, hexs(24), rng.randint(1, 6)))
    ln.p(p.username, "other_id").t(" ").p(p.ip, "ip")
    ln.t(" %s https://forms.occmedpartners.example/q/start 200 0 0 %d" % (rng.choice(UAS[:4]), rng.randint(40, 900)))
    return [ln]


def s_iis_patient_search():
    p = person()
    e = EMPLOYERS[p.emp]
    ln = Ln("iis-w3c")
    ln.t("%s 10.20.4.11 GET /employer/api/v2/employees/search lastName=" % ts_iis())
    ln.p(quote_plus(p.last), "name").t("&dob=").p(fdate(p.dob, "iso"), "date")
    ln.t("&acct=%s 443 %s 10.30.0.%d %s https://portal.occmedpartners.example/employer/roster 200 0 0 %d"
         % (e["acct"], e["hr_user"].replace("\\", "\\"), rng.choice([4, 5]), UAS[rng.randint(0, 1)], rng.randint(15, 400)))
    return [ln]


def s_personal_url():
    p = person()
    ln = Ln("serilog-file")
    slug = ascii_fold("%s.%s" % (p.first.split()[0], p.last)).lower().replace("'", "")
    ln.t("%s [DBG] OccMed.Patient.Portal.LinkBuilder: Built records link " % ts_serilog())
    ln.p("https://my.occmedpartners.example/employees/%s/documents?view=all" % slug, "url")
    ln.t(" ttl=72h template=rtw_ready")
    return [ln]


def s_checkin_app():
    p = person()
    ln = Ln("json-app")
    jobj(ln, O(("@timestamp", ts_iso_ms_local()), ("log.level", "info"), ("service.name", "checkin-api"),
               ("event.action", "kiosk.checkin"), ("user.name", C(p.username, "other_id")),
               ("client.ip", C(p.ip, "ip")), ("device.imei", C(p.imei, "device")),
               ("app.version", "3.4.2"), ("appointment.date", C(fdate(today(), "iso"), "date")),
               ("trace.id", hexs(32)), ("message", "mobile check-in accepted")), esc_std)
    return [ln]


def s_checkin_msext():
    p = person()
    ln = Ln("msext-json")
    nm = "%s %s" % (p.first, p.last)
    ln.t('{"Timestamp":"%s","EventId":310,"LogLevel":"Information","Category":"OccMed.Checkin.Api.CheckinController","Message":"Identity verified for '
         % ts_msext())
    ln.p(esc_stj(nm), "name").t(' via photo ID","State":{"Message":"Identity verified for ').p(esc_stj(nm), "name")
    ln.t(' via photo ID","Patient":"').p(esc_stj(nm), "name").t('","IdType":"DL","IdNumber":"').p(p.cdl, "license")
    ln.t('","IdState":"%s","{OriginalFormat}":"Identity verified for {Patient} via photo ID"},"Scopes":[{"Message":"SpanId:%s, TraceId:%s, ParentId:0000000000000000","SpanId":"%s","TraceId":"%s","ParentId":"0000000000000000"},{"Message":"ConnectionId:%s","ConnectionId":"%s"}]}'
         % (p.cdl_state, *(lambda s, t, c: (s, t, s, t, c, c))(hexs(16), hexs(32), req_id().split(":")[0])))
    return [ln]


def fake_jpeg(n):
    head = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
    body = bytes(rng.randint(0, 255) for _ in range(n))
    return base64.b64encode(head + body).decode()


def fake_png(n):
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xc8\x08\x02\x00\x00\x00"
    body = bytes(rng.randint(0, 255) for _ in range(n))
    return base64.b64encode(head + body).decode()


def fake_fmr(n):
    head = b"FMR\x00 20\x00" + bytes([0, 0, 1, 0x2C])
    body = bytes(rng.randint(0, 255) for _ in range(n))
    return base64.b64encode(head + body).decode()


def s_eccf_biometric():
    p = person()
    ln = Ln("json-app")
    if rng.random() < 0.5:
        jobj(ln, O(("ts", ts_iso_ms_local()), ("lvl", "DEBUG"), ("component", "eccf-kiosk"),
                   ("ccfNumber", C(p.ccf, "other_id")), ("donorVerification", "fingerprint"),
                   ("fpFormat", "ISO19794-2:2005"), ("fpTemplate", C(fake_fmr(rng.randint(180, 420)), "biometric")),
                   ("matchScore", rng.randint(60, 190)), ("msg", "donor identity captured")), esc_std)
    else:
        img = fake_jpeg(rng.randint(500, 1400)) if rng.random() < 0.7 else fake_png(rng.randint(500, 1200))
        mime = "jpeg" if img.startswith("/9j/") else "png"
        jobj(ln, O(("ts", ts_iso_ms_local()), ("lvl", "DEBUG"), ("component", "eccf-kiosk"),
                   ("ccfNumber", C(p.ccf, "other_id")),
                   ("donorPhoto", C("data:image/%s;base64,%s" % (mime, img), "photo")),
                   ("camera", "Logitech C920 (kiosk-pas-03)"), ("msg", "donor photo captured")), esc_std)
    return [ln]


def s_face_template():
    p = person()
    ln = Ln("nlog")
    tmpl = base64.b64encode(bytes(rng.randint(0, 255) for _ in range(rng.randint(256, 512)))).decode()
    ln.t("%s|DEBUG|OccMed.Kiosk.FaceMatch|Enrolled face template for patient " % ts_nlog())
    ln.p(p.mrn, "mrn").t(" len=%d tmpl=" % len(tmpl)).p(tmpl, "biometric")
    return [ln]


def s_selfpay():
    p = dot_person()
    ln = Ln("php-errorlog")
    ln.t("%s PHP Warning:  PaymentGateway::charge(): declined code=05 pan=" % ts_phperr())
    ln.p(p.card, "account")
    ln.t(" exp=%02d/%02d amount=125.00 invoice=INV-%d guarantor_acct=" % (rng.randint(1, 12), rng.randint(25, 29), rng.randint(200000, 299999)))
    ln.p(p.acct, "account").t(" in /var/www/occportal/src/Billing/PaymentGateway.php on line %d" % rng.randint(80, 400))
    return [ln]


def s_emergency_contact():
    p = person()
    ecn, rel, ecp = p.ec
    ln = Ln("monolog")
    ln.t("[%s] registration.INFO: Emergency contact updated " % ts_monolog())
    jobj(ln, O(("mrn", C(p.mrn, "mrn")), ("ec_name", C(ecn, "name")), ("ec_relationship", rel),
               ("ec_phone", C(fmt_phone(ecp, 0), "phone")), ("home_phone", C(fmt_phone(p.phone, 0), "phone")),
               ("updated_by", "front_desk_%02d" % rng.randint(1, 6))), esc_std)
    ln.t(" []")
    return [ln]


def s_registration_address():
    p = person()
    ln = Ln("msext-json")
    ln.t('{"Timestamp":"%s","EventId":1201,"LogLevel":"Information","Category":"OccMed.Registration.PatientService","Message":"Demographics saved","State":{"Message":"Demographics saved","PatientId":"' % ts_msext())
    ln.p(p.mrn, "mrn").t('","Street":"').p(esc_stj(p.street + (" " + p.unit if p.unit else "")), "address")
    ln.t('","City":"').p(esc_stj(p.city), "address").t('","County":"').p(esc_stj(p.county), "address")
    ln.t('","State":"%s","PostalCode":"' % p.state).p(p.zip, "zip").t('","Email":"').p(esc_stj(p.email), "email")
    ln.t('","{OriginalFormat}":"Demographics saved"}}')
    return [ln]


def s_vehicle():
    p = person()
    ln = Ln("serilog-file")
    if rng.random() < 0.5:
        ln.t("%s [INF] OccMed.Facilities.ParkingValidation: Validated visitor parking plate=" % ts_serilog())
        ln.p(p.plate, "vehicle").t(" (%s) for patient " % p.state).p(p.mrn, "mrn")
        ln.t(" lot=B gate=2 validated_by=front_desk_%02d" % rng.randint(1, 6))
    else:
        ln.t("%s [INF] OccMed.Injury.FroiMapper: Mapped MVA section claimant_vehicle_vin=" % ts_serilog())
        ln.p(p.vin, "vehicle").t(" plate=").p(p.plate, "vehicle")
        ln.t(" fleet_unit=N/A (personal vehicle, on-clock errand) claim=").p(p.claim, "other_id")
    return [ln]


def s_retiree():
    p = rng.choice(RETIREES)
    a = age_on(p, today())
    ln = Ln("json-app")
    jobj(ln, O(("time", ts_iso_ms_local()), ("severity", "INFO"), ("logger", "surveillance.asbestos"),
               ("name", C("%s %s" % (p.first, p.last), "name")), ("age", C(a, "age")),
               ("mbi", C(p.mbi, "health_plan")), ("program", "former-worker medical surveillance"),
               ("exam", rng.choice(["CXR ILO B-read", "spirometry", "questionnaire"])),
               ("payer", "Medicare Part B"), ("group", "MSP-BPP-1987")), esc_std, (", ", ": "))
    return [ln]


def s_retiree_spiro():
    p = rng.choice(RETIREES)
    ln = Ln("nlog")
    ln.t("%s|WARN|OccMed.Devices.Spirometry.EasyOneImporter|Patient " % ts_nlog())
    ln.p(p.mrn, "mrn").t(" age ").p(str(age_on(p, today())), "age")
    ln.t(" outside NHANES III range (8-80); falling back to GLI-2012 (3-95) for LLN; operator=%s" % rng.choice(STAFF["tech"]))
    return [ln]


def s_retiree_letter():
    p = rng.choice(RETIREES)
    ln = Ln("monolog")
    ln.t("[%s] letters.INFO: Surveillance results letter queued " % ts_monolog())
    ln.t('{"template":"former_worker_cxr","recipient":"').p(esc_std("%s %s" % (p.first, p.last)), "name")
    ln.t('","age":"').p(str(age_on(p, today())), "age").t('","address":"').p(p.street, "address").t(", ")
    ln.p(p.city, "address").t(", %s " % p.state).p(p.zip, "zip").t('","medicare_id":"').p(p.mbi, "health_plan")
    ln.t('","b_reader":"Dr. Samuel Oyelaran","film_date":"').p("2024-09-0%d" % rng.randint(3, 9), "date").t('"}')
    ln.t(" []")
    return [ln]


def s_group_health():
    p = person()
    ln = Ln("serilog-file")
    ln.t("%s [WRN] OccMed.Billing.PayerRouter: Claim denied compensability by %s; rerouting visit %s to group health member_id="
         % (ts_serilog(), p.carrier["payer"], uuid4()))
    ln.p(p.member, "health_plan").t(" group=GRP-%05d plan=BCBSTX-PPO subscriber=" % rng.randint(10000, 99999))
    name_as(ln, p, "Lf")
    return [ln]


def s_sql_audit():
    p = person()
    ln = Ln("mssql-errorlog")
    ln.t("%s spid%-3d     Audit: SELECT on occ.Patients by OCCMED\\svc_reports where Mrn = '" % (ts_mssql(), rng.randint(51, 140)))
    ln.p(p.mrn, "mrn").t("' rows=1 app='OccMed.Reports' host=OCC-APP02")
    return [ln]


def s_php_undefined_dob():
    p = person()
    ln = Ln("php-errorlog")
    ln.t('%s PHP Notice:  Undefined index: dob in /var/www/occportal/src/Questionnaire/Submit.php on line %d, referer: https://forms.occmedpartners.example/q/start?u='
         % (ts_phperr(), rng.randint(100, 300)))
    ln.p(p.username, "other_id")
    return [ln]


def s_lab_order_email():
    p = person()
    e = EMPLOYERS[p.emp]
    ln = Ln("postfix")
    qid = "".join(rng.choice("0123456789ABCDEF") for _ in range(10))
    ln.t("%s mail01 postfix/cleanup[%d]: %s: info: header Subject: Drug Screen Result - " % (ts_bsd(), rng.randint(2000, 30000), qid))
    name_as(ln, p, "init")
    ln.t(" - CCF ").p(p.ccf, "other_id")
    ln.t(" from occ-app01.occ.local[10.20.4.11]; from=<noreply@occmedpartners.example> to=<%s> proto=ESMTP helo=<occ-app01>" % e["hr_email"])
    return [ln]


def s_hangfire_job_args():
    p = person()
    ln = Ln("serilog-file")
    ln.t('%s [ERR] Hangfire.AutomaticRetryAttribute: Failed to process the job \'%d\': an exception occurred. Retry attempt %d of 10 will be performed in 00:00:%02d. Args: ["'
         % (ts_serilog(), rng.randint(100000, 999999), rng.randint(1, 9), rng.randint(10, 59)))
    ln.p(p.mrn, "mrn").t('","').p(p.email, "email").t('","results_ready"]')
    return [ln]


PHI_GENS = [
    (s_portal_order, 6), (s_portal_auth_clef, 4), (s_ccf_collection, 6), (s_ccf_ids_only, 2),
    (s_mro_verify, 5), (s_mro_interview, 2), (s_mec_issued, 5), (s_dot_nr_json, 3), (s_dot_device, 4),
    (s_audiogram, 5), (s_audiogram_sts_letter, 2), (s_fit_test, 4), (s_spiro, 4), (s_tb_surv, 5),
    (s_titer_reminder, 2), (s_froi, 4), (s_injury_visit, 5), (s_rtw_email, 4), (s_rtw_note, 3),
    (s_fax_claimant, 3), (s_roi_patient_fax, 3), (s_x12_claim, 2), (s_hl7_oru, 2), (s_efcore_params, 2),
    (s_efcore_lookup, 2), (s_iis_questionnaire, 4), (s_iis_patient_search, 3), (s_personal_url, 3),
    (s_checkin_app, 3), (s_checkin_msext, 2), (s_eccf_biometric, 4), (s_face_template, 2), (s_selfpay, 2),
    (s_emergency_contact, 3), (s_registration_address, 3), (s_vehicle, 3), (s_retiree, 3), (s_retiree_spiro, 2), (s_retiree_letter, 2),
    (s_group_health, 4), (s_sql_audit, 2), (s_php_undefined_dob, 1), (s_lab_order_email, 3),
    (s_hangfire_job_args, 2),
]


# --------------------------------------------------------------------------
# clean scenarios (look-alikes only)
# --------------------------------------------------------------------------
def n_iis_static():
    ln = Ln("iis-w3c")
    path, q = rng.choice([("/employer/css/site.min.css", "v=%s" % hexs(10)), ("/employer/js/app.bundle.js", "v=4.12.0"),
                          ("/healthz", "-"), ("/employer/api/v2/orders", "status=open&page=%d" % rng.randint(1, 9)),
                          ("/employer/api/v2/orders/%s" % order_no(), "-"), ("/employer/api/v2/invoices", "period=2024-08"),
                          ("/employer/signin-oidc", "-"), ("/q/start", "lang=es")])
    e = EMPLOYERS[rng.choice(list(EMPLOYERS))]
    user = "-" if path in ("/healthz", "/q/start") or "css" in path or "js" in path else e["hr_user"]
    ua = UAS[5] if path == "/healthz" else UAS[rng.randint(0, 1)]
    st = rng.choice([200, 200, 200, 304, 302, 401]) if path != "/healthz" else 200
    ln.t("%s %s %s %s %s 443 %s %s %s %s %d 0 0 %d" % (
        ts_iis(), rng.choice(["10.20.4.11", "10.20.4.12"]), "POST" if "signin" in path else "GET", path, q, user,
        rng.choice(["10.30.0.4", "10.30.0.5"]), ua,
        "-" if path in ("/healthz", "/q/start") else "https://portal.occmedpartners.example/employer/dashboard",
        200 if path == "/q/start" else st, rng.randint(1, 700)))
    return [ln]


def n_iis_header():
    return [Ln("iis-w3c").t("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken")]


def n_serilog_order_status():
    e = EMPLOYERS[rng.choice(list(EMPLOYERS))]
    ln = Ln("serilog-file")
    ln.t("%s [INF] OccMed.Portal.Orders.OrderService: Order %s status %s -> %s (employer acct %s, %d services)" % (
        ts_serilog(), order_no(), *rng.choice([("Scheduled", "Arrived"), ("Arrived", "InProgress"), ("InProgress", "ResultsPending"),
                                               ("ResultsPending", "Complete"), ("Scheduled", "Cancelled"), ("Scheduled", "NoShow")]),
        e["acct"], rng.randint(1, 4)))
    return [ln]


def n_employer_sync():
    k = rng.choice(list(EMPLOYERS))
    e = EMPLOYERS[k]
    ln = Ln("serilog-file")
    ln.t("%s [INF] OccMed.Crm.EmployerSync: Upserted employer %s \"%s\" %s, %s TX %s phone %s fax %s contact=\"%s\" <%s>" % (
        ts_serilog(), e["acct"], e["name"], e["addr"], e["city"], e["zip"], e["phone"], e["fax"], e["hr"], e["hr_email"]))
    return [ln]


def n_portal_login():
    e = EMPLOYERS[rng.choice(list(EMPLOYERS))]
    ln = Ln("monolog")
    ln.t("[%s] security.INFO: Employer portal login succeeded " % ts_monolog())
    jobj(ln, O(("user", e["hr_email"]), ("account", e["acct"]), ("mfa", rng.choice(["totp", "sms", "webauthn"])),
               ("session", hexs(26)), ("ip", rng.choice(["10.30.0.4", "10.30.0.5"]))), esc_std)
    ln.t(' {"uid":"%s"}' % hexs(7))
    return [ln]


def n_fax_hylafax():
    e = EMPLOYERS[rng.choice(list(EMPLOYERS))]
    job = rng.randint(4000, 9999)
    v = rng.random()
    ln = Ln("syslog-bsd")
    if v < 0.4:
        ln.t("%s faxgw01 FaxSend[%d]: SEND FAX: JOB %d DEST 1%s COMMID %09d DEVICE '/dev/ttyIAX%d' FROM 'OccMed Partners <noreply@occmedpartners.example>' USER www-data"
             % (ts_bsd(), rng.randint(20000, 40000), job, e["fax"], rng.randint(1000, 99999), rng.randint(0, 3)))
    elif v < 0.75:
        ln.t("%s faxgw01 FaxSend[%d]: SEND FAX (%09d): FROM noreply@occmedpartners.example TO 1%s (page %d of %d sent in 0:%02d)"
             % (ts_bsd(), rng.randint(20000, 40000), rng.randint(1000, 99999), e["fax"], (a := rng.randint(1, 4)),
                a + rng.randint(0, 3), rng.randint(10, 59)))
    else:
        ln.t("%s faxgw01 faxq[%d]: NOTIFY: bin/notify \"doneq/q%d\" \"%s\" \"0:%02d:%02d\"" % (
            ts_bsd(), rng.randint(800, 2000), job, rng.choice(["done", "done", "failed", "requeued"]), rng.randint(0, 3), rng.randint(0, 59)))
    return [ln]


def n_postfix_employer():
    e = EMPLOYERS[rng.choice(list(EMPLOYERS))]
    ln = Ln("postfix")
    ln.t("%s mail01 postfix/smtp[%d]: %s: to=<%s>, relay=mx1.%s[198.51.100.%d]:25, delay=%.1f, delays=0.1/0/0.4/%.1f, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as %s)" % (
        ts_bsd(), rng.randint(2000, 30000), "".join(rng.choice("0123456789ABCDEF") for _ in range(10)), e["hr_email"],
        e["hr_email"].split("@")[1], rng.randint(2, 250), rng.uniform(0.3, 4), rng.uniform(0.1, 2),
        "".join(rng.choice("0123456789ABCDEF") for _ in range(11))))
    return [ln]


def n_results_notice():
    e = EMPLOYERS[rng.choice(list(EMPLOYERS))]
    ln = Ln("serilog-file")
    ln.t("%s [INF] OccMed.Notifications.MailKitSender: Sent message <%s@occmedpartners.example> to %s Subject=\"New results available (%d) - log in to view\" elapsed=%dms" % (
        ts_serilog(), hexs(16), e["hr_email"], rng.randint(1, 12), rng.randint(80, 2400)))
    return [ln]


def n_calibration():
    ln = Ln("syslog-5424")
    v = rng.random()
    if v < 0.35:
        ln.t("<133>1 %s aud-booth-02 AudioSync %d CAL - daily biological check PASS device sn=AB21-00931 booth=B2 ambient_dBSPL 500Hz=%d 1k=%d 2k=%d 4k=%d annual_cal_due=2025-03-18"
             % (ts_5424(), rng.randint(1000, 9000), rng.randint(8, 20), rng.randint(6, 16), rng.randint(5, 14), rng.randint(4, 12)))
    elif v < 0.7:
        ln.t("<134>1 %s spiro-cart-01 EasyOneConnect %d QC - 3.00 L syringe check: %.2f L (%+.1f%%) PASS sn=%d ambient %.1fC %d hPa"
             % (ts_5424(), rng.randint(1000, 9000), (x := rng.uniform(2.93, 3.07)), (x - 3) / 3 * 100, rng.randint(200000, 299999),
                rng.uniform(19, 25), rng.randint(1002, 1022)))
    else:
        ln.t("<134>1 %s fittest-01 FitPro %d QC - PortaCount 8048 sn=8048%06d daily check: particle count %d/cc, zero check PASS, max FF check %d"
             % (ts_5424(), rng.randint(1000, 9000), rng.randint(100000, 999999), rng.randint(1200, 9000), rng.randint(10000, 200000)))
    return [ln]


def n_mssql():
    v = rng.random()
    ln = Ln("mssql-errorlog")
    spid = rng.randint(51, 140)
    if v < 0.25:
        ln.t("%s Logon       Error: 18456, Severity: 14, State: 8." % ts_mssql())
    elif v < 0.45:
        ln.t("%s Logon       Login failed for user 'occ_portal_svc'. Reason: Password did not match that for the login provided. [CLIENT: %s]"
             % (ts_mssql(), rng.choice(PRIV_IPS)))
    elif v < 0.65:
        ln.t("%s Backup      Database backed up. Database: OccMedEHR, creation date(time): 2021/03/14(09:12:44), pages dumped: %d, first LSN: %d:%d:1, last LSN: %d:%d:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'E:\\SQLBackup\\OccMedEHR_LOG_%s.trn'}). This is an informational message only. No user action is required."
             % (ts_mssql(), rng.randint(1000, 90000), rng.randint(180000, 190000), rng.randint(1000, 9999), rng.randint(190000, 199999),
                rng.randint(1000, 9999), loc().strftime("%Y%m%d_%H%M")))
    elif v < 0.8:
        ln.t("%s spid%-3d     DBCC CHECKDB (OccMedBilling) WITH all_errormsgs, no_infomsgs executed by OCCMED\\sqlagent found 0 errors and repaired 0 errors. Elapsed time: 0 hours %d minutes %d seconds.  Internal database snapshot has split point LSN = %08x:%08x:0001 and first LSN = %08x:%08x:0001."
             % (ts_mssql(), spid, rng.randint(0, 9), rng.randint(0, 59), rng.randint(0, 999), rng.randint(0, 99999),
                rng.randint(0, 999), rng.randint(0, 99999)))
    else:
        ln.t("%s spid%-3d     Process ID %d was killed by hostname OCC-APP01, host process ID %d." % (ts_mssql(), spid, rng.randint(51, 140), rng.randint(1000, 9000)))
    return [ln]


def n_aspnet_console():
    v = rng.random()
    if v < 0.5:
        a = Ln("aspnet-console").t("info: Microsoft.AspNetCore.Hosting.Diagnostics[1]")
        b = Ln("aspnet-console").t("      Request starting HTTP/1.1 %s https://portal.occmedpartners.example/api/v2/%s - %s %s" % (
            (m := rng.choice(["GET", "POST"])), rng.choice(["orders", "orders/%s/services" % order_no(), "results?since=2024-09-15",
                                                          "invoices/INV-%d" % rng.randint(200000, 299999), "employers/%s/roster" % rng.choice(["10427", "10388", "10605"])]),
            "application/json" if m == "POST" else "-", str(rng.randint(120, 4000)) if m == "POST" else "-"))
        return [a, b]
    a = Ln("aspnet-console").t("info: Microsoft.AspNetCore.Hosting.Diagnostics[2]")
    b = Ln("aspnet-console").t("      Request finished HTTP/1.1 GET https://portal.occmedpartners.example/api/v2/orders?status=open - %d %d application/json;+charset=utf-8 %.4fms"
                               % (rng.choice([200, 200, 304, 404]), rng.randint(100, 90000), rng.uniform(2, 900)))
    return [a, b]


def n_hangfire():
    ln = Ln("serilog-file")
    v = rng.random()
    if v < 0.4:
        ln.t("%s [INF] Hangfire.Server.BackgroundServerProcess: Server occ-app0%d:%d:%s successfully announced in %.1f ms" % (
            ts_serilog(), rng.randint(1, 2), rng.randint(1000, 9000), hexs(8), rng.uniform(5, 90)))
    elif v < 0.7:
        ln.t("%s [INF] OccMed.Jobs.RandomSelection: Consortium pool RP-2024Q3-%s selected %d of %d donors for drug and %d for alcohol (seed %s)" % (
            ts_serilog(), rng.choice(["DOT", "NONDOT"]), rng.randint(5, 30), rng.randint(150, 900), rng.randint(2, 10), hexs(16)))
    else:
        ln.t("%s [INF] OccMed.Jobs.InvoiceRun: Generated invoice INV-%d for employer %s period 2024-08-01..2024-08-31 lines=%d total=$%s" % (
            ts_serilog(), rng.randint(200000, 299999), rng.choice(list(e["acct"] for e in EMPLOYERS.values())), rng.randint(10, 300),
            "{:,.2f}".format(rng.uniform(800, 60000))))
    return [ln]


def n_x12_envelope():
    ca = rng.choice(CARRIERS)
    ln = Ln("log4net-x12")
    thr = rng.randint(3, 19)
    v = rng.random()
    ctl = rng.randint(1000, 99999)
    if v < 0.25:
        ln.t("%s [%d] DEBUG OccMed.Edi.X12.Writer837P - ISA*00*          *00*          *ZZ*OCCMEDPTNRS    *ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:~"
             % (ts_log4net(), thr, ca["payer"], loc().strftime("%y%m%d"), loc().strftime("%H%M"), ctl))
    elif v < 0.45:
        ln.t("%s [%d] DEBUG OccMed.Edi.X12.Writer837P - 1000A NM1*41*2*OCCMED PARTNERS*****46*%s~ PER*IC*BILLING DEPT*TE*7135550100*EM*edi@occmedpartners.example~"
             % (ts_log4net(), thr, CLINIC["tin"].replace("-", "")))
    elif v < 0.65:
        ln.t("%s [%d] DEBUG OccMed.Edi.X12.Writer837P - 2010AA NM1*85*2*OCCMED PARTNERS PASADENA*****XX*%s~ N3*2100 REFINERY ROW*STE 110~ N4*PASADENA*TX*775060000~ REF*EI*%s~"
             % (ts_log4net(), thr, CLINIC["npi"], CLINIC["tin"].replace("-", "")))
    elif v < 0.85:
        ln.t("%s [%d] INFO  OccMed.Edi.Submission - Batch %s sent to %s via SFTP edi-gw01:/outbound/837P/%s.x12 (%d claims, %d bytes)"
             % (ts_log4net(), thr, "B%s%04d" % (loc().strftime("%y%m%d"), rng.randint(1, 9999)), ca["payer"], hexs(12), rng.randint(1, 60), rng.randint(2000, 90000)))
    else:
        ln.t("%s [%d] INFO  OccMed.Edi.AckProcessor - 999 received for ICN %09d: AK9*%s*%d*%d*%d~ from %s"
             % (ts_log4net(), thr, ctl, rng.choice(["A", "A", "P", "R"]), (n := rng.randint(1, 40)), n, n - rng.randint(0, 2), ca["name"]))
    return [ln]


def n_hl7_ack():
    ln = Ln("hl7-mirth")
    ln.t("%s INFO  [Channel: DrugLab_ORU_In] c.o.i.Hl7Logger - sent ACK MSA|AA|LAB%d|message accepted; queue depth %d"
         % (ts_iso_ms_local(), rng.randint(10000000, 99999999), rng.randint(0, 40)))
    return [ln]


def n_monolog_misc():
    ln = Ln("monolog")
    v = rng.random()
    if v < 0.3:
        ln.t('[%s] queue.INFO: Processed job App\\Jobs\\GenerateEmployerInvoicePdf {"job_id":"%s","attempts":1,"runtime_ms":%d,"queue":"pdf"} []'
             % (ts_monolog(), uuid4(), rng.randint(200, 9000)))
    elif v < 0.55:
        ln.t('[%s] cache.DEBUG: Cache miss {"key":"employer:%s:services","ttl":900} []' % (ts_monolog(), rng.choice(["10427", "10388", "10512", "10605"])))
    elif v < 0.8:
        ln.t('[%s] app.WARNING: Slow query detected {"ms":%d,"sql":"select * from `orders` where `employer_id` = ? and `created_at` >= ?","bindings":[%s,"2024-09-01 00:00:00"]} []'
             % (ts_monolog(), rng.randint(1000, 9000), rng.choice(["10427", "10388", "10733"])))
    else:
        ca = rng.choice(CARRIERS)
        ln.t('[%s] wc.INFO: Adjuster records request logged {"adjuster":"%s","carrier":"%s","phone":"%s","ticket":"RR-%d","docs":["office_note","wsr"]} []'
             % (ts_monolog(), ca["adjuster"], ca["name"], ca["adj_phone"], rng.randint(10000, 99999)))
    return [ln]


def n_php_err():
    ln = Ln("php-errorlog")
    v = rng.random()
    if v < 0.4:
        ln.t("%s PHP Deprecated:  Creation of dynamic property App\\Models\\Order::$legacy_auth is deprecated in /var/www/occportal/src/Models/Order.php on line %d"
             % (ts_phperr(), rng.randint(20, 400)))
    elif v < 0.7:
        ln.t("%s PHP Warning:  file_get_contents(https://eccf.labone.example/api/v3/status): Failed to open stream: HTTP request failed! HTTP/1.1 504 Gateway Time-out in /var/www/occportal/src/DrugScreen/LabStatus.php on line %d"
             % (ts_phperr(), rng.randint(20, 400)))
    else:
        ln.t("%s PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection timed out in /var/www/occportal/src/Db.php:%d" % (ts_phperr(), rng.randint(20, 90)))
    return [ln]


def n_syslog_misc():
    ln = Ln("syslog-bsd")
    v = rng.random()
    h = rng.choice(["occ-php01", "faxgw01", "mail01", "edi-gw01"])
    if v < 0.3:
        ln.t("%s %s sshd[%d]: Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s" % (
            ts_bsd(), h, rng.randint(1000, 60000), rng.choice(["bkohler", "deploy", "svc_edi", "mokafor-admin"]), rng.choice(PRIV_IPS),
            rng.randint(40000, 65000), base64.b64encode(bytes(rng.randint(0, 255) for _ in range(32))).decode().rstrip("=")))
    elif v < 0.55:
        ln.t("%s %s CRON[%d]: (www-data) CMD (php /var/www/occportal/artisan schedule:run >> /dev/null 2>&1)" % (ts_bsd(), h, rng.randint(1000, 60000)))
    elif v < 0.75:
        ln.t("%s %s chronyd[%d]: Selected source 10.20.0.2 (ntp1.occ.local)" % (ts_bsd(), h, rng.randint(300, 900)))
    else:
        ln.t("%s faxgw01 iaxmodem[%d]: [ttyIAX%d] registration to 10.20.9.3 accepted, refresh in 60s" % (ts_bsd(), rng.randint(300, 900), rng.randint(0, 3)))
    return [ln]


def n_clef_misc():
    ln = Ln("serilog-clef")
    v = rng.random()
    if v < 0.5:
        ln.t('{"@t":"%s","@mt":"HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms","@r":["%.4f"],"@tr":"%s","@sp":"%s","RequestMethod":"GET","RequestPath":"/api/v2/results","StatusCode":200,"Elapsed":%.6f,"SourceContext":"Serilog.AspNetCore.RequestLoggingMiddleware","RequestId":"%s"}'
             % (ts_clef(), (el := rng.uniform(3, 800)), hexs(32), hexs(16), el, req_id()))
    else:
        ln.t('{"@t":"%s","@mt":"Lab batch {BatchId} manifest received: {Count} specimens, courier tracking {Tracking}","@l":"Information","BatchId":"LB-%s-%03d","Count":%d,"Tracking":"%s","SourceContext":"OccMed.DrugScreen.LabManifest"}'
             % (ts_clef(), loc().strftime("%Y%m%d"), rng.randint(1, 200), rng.randint(4, 60), "7%s" % digits(11)))
    return [ln]


def n_msext_misc():
    ln = Ln("msext-json")
    ln.t('{"Timestamp":"%s","EventId":14,"LogLevel":"Information","Category":"Microsoft.Hosting.Lifetime","Message":"Now listening on: http://[::]:%d","State":{"Message":"Now listening on: http://[::]:%d","address":"http://[::]:%d","{OriginalFormat}":"Now listening on: {address}"}}'
         % ((ts_msext(),) + (rng.choice([5000, 8080, 5080]),) * 3))
    return [ln]


def n_json_misc():
    ln = Ln("json-app")
    v = rng.random()
    if v < 0.4:
        jobj(ln, O(("@timestamp", ts_iso_ms_local()), ("log.level", "info"), ("service.name", "checkin-api"),
                   ("event.action", "kiosk.heartbeat"), ("host.name", "kiosk-pas-0%d" % rng.randint(1, 4)),
                   ("host.ip", rng.choice(["10.20.7.31", "10.20.7.32", "10.20.7.33"])), ("host.mac", "00-1B-21-%02X-%02X-%02X" % tuple(rng.randint(0, 255) for _ in range(3))),
                   ("app.version", "3.4.2"), ("queue.waiting", rng.randint(0, 14)), ("message", "heartbeat")), esc_std)
    elif v < 0.7:
        jobj(ln, O(("time", ts_iso_ms_local()), ("severity", "INFO"), ("logger", "surveillance.scheduler"),
                   ("employer_acct", rng.choice(["10512", "10219", "10388"])), ("program", rng.choice(["TB annual", "HAZWOPER annual", "Hearing conservation", "Resp protection"])),
                   ("due_count", rng.randint(3, 80)), ("window_start", "2024-10-01"), ("window_end", "2024-10-31"),
                   ("msg", "compliance roster generated")), esc_std, (", ", ": "))
    else:
        jobj(ln, O(("ts", ts_iso_ms_local()), ("level", "warn"), ("svc", "fittest-import"),
                   ("file", "\\\\occ-fs01\\FitTest\\export_%s.csv" % loc().strftime("%Y%m%d")), ("rows", rng.randint(1, 40)),
                   ("skipped", rng.randint(1, 3)), ("reason", "operator field empty"), ("msg", "import completed with warnings")), esc_std)
    return [ln]


def n_nlog_misc():
    ln = Ln("nlog")
    v = rng.random()
    if v < 0.35:
        ln.t("%s|INFO|OccMed.DrugScreen.ResultPoller|Polled LabOne: %d new results, %d pending MRO review, next poll in 00:05:00" % (ts_nlog(), rng.randint(0, 25), rng.randint(0, 12)))
    elif v < 0.65:
        ln.t("%s|ERROR|OccMed.Fax.RightFaxClient|RightFax API call failed: POST http://10.20.9.15/RightFax/API/SendJobs returned 500 (Internal Server Error); correlation=%s" % (ts_nlog(), uuid4()))
    else:
        ln.t("%s|INFO|OccMed.DrugScreen.CollectionService|Collector %s signed in at PAS-01 station %d; kit lot %s exp 2026-02-28" % (
            ts_nlog(), rng.choice(STAFF["collector"]), rng.randint(1, 4), "KL%d" % rng.randint(200000, 299999)))
    return [ln]


def n_serilog_misc():
    ln = Ln("serilog-file")
    v = rng.random()
    if v < 0.25:
        me = rng.choice(STAFF["me"])
        ln.t("%s [INF] OccMed.Scheduling.ProviderCalendar: %s (NRCME %s) block 08:00-12:00 opened for DOT exams at PAS-01, %d slots" % (
            ts_serilog(), me, NRCME[me], rng.randint(6, 16)))
    elif v < 0.45:
        ln.t("%s [WRN] OccMed.Integrations.CarrierPortal: Token refresh for %s took %dms (threshold 2000ms)" % (
            ts_serilog(), rng.choice(CARRIERS)["payer"], rng.randint(2000, 9000)))
    elif v < 0.65:
        ln.t("%s [INF] OccMed.Notifications.SmsSender: Appointment reminders sent: %d delivered, %d failed (Twilio msg service MG%s)" % (
            ts_serilog(), rng.randint(10, 90), rng.randint(0, 4), hexs(32)))
    elif v < 0.85:
        ln.t("%s [ERR] OccMed.Edi.SftpUploader: Upload failed to sftp://edi.keystonemutual.example:22/inbound after 3 attempts: Renci.SshNet.Common.SshConnectionException: An established connection was aborted by the server." % ts_serilog())
    else:
        ln.t("%s [INF] OccMed.Portal.Startup: OccMed.Portal v4.12.0+build.%d (commit %s) started on occ-app0%d, env=Production" % (
            ts_serilog(), rng.randint(1000, 9999), hexs(7), rng.randint(1, 2)))
    return [ln]


def n_stacktrace():
    out = []
    first = Ln("serilog-file")
    first.t("%s [ERR] OccMed.Portal.Orders.OrderService: Failed to transmit order %s to scheduling" % (ts_serilog(), order_no()))
    out.append(first)
    out.append(Ln("serilog-file").t("System.Net.Http.HttpRequestException: Response status code does not indicate success: 409 (Conflict)."))
    out.append(Ln("serilog-file").t("   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()"))
    out.append(Ln("serilog-file").t("   at OccMed.Portal.Orders.SchedulingClient.PushAsync(Order order, CancellationToken ct) in D:\\a\\1\\s\\src\\OccMed.Portal\\Orders\\SchedulingClient.cs:line %d" % rng.randint(40, 200)))
    return out


def n_staff_lookalike():
    ln = Ln("monolog")
    prov = rng.choice(STAFF["provider"])
    ln.t('[%s] staff.INFO: Provider credential check {"provider":"%s","npi":"%s","tx_license":"%s","dea_on_file":true,"expires":"2026-%02d-28"} []'
         % (ts_monolog(), prov, NPI[prov], rng.choice(["Q%d" % rng.randint(1000, 9999), "PA%05d" % rng.randint(1000, 99999)]), rng.randint(1, 12)))
    return [ln]


NON_GENS = [
    (n_iis_static, 10), (n_iis_header, 1), (n_serilog_order_status, 6), (n_employer_sync, 3), (n_portal_login, 4),
    (n_fax_hylafax, 6), (n_postfix_employer, 4), (n_results_notice, 4), (n_calibration, 5), (n_mssql, 5),
    (n_aspnet_console, 4), (n_hangfire, 5), (n_x12_envelope, 5), (n_hl7_ack, 2), (n_monolog_misc, 5),
    (n_php_err, 3), (n_syslog_misc, 4), (n_clef_misc, 4), (n_msext_misc, 1), (n_json_misc, 4),
    (n_nlog_misc, 4), (n_serilog_misc, 5), (n_stacktrace, 1), (n_staff_lookalike, 2),
]


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
def pick(gens):
    fs, ws = zip(*gens)
    return rng.choices(fs, ws)[0]


def main():
    lines = []
    clean = 0
    while len(lines) < N_LINES:
        share = clean / len(lines) if lines else 1.0
        gens = NON_GENS if share < TARGET_CLEAN else PHI_GENS
        out = pick(gens)()
        tick()
        for ln in out:
            if len(lines) >= N_LINES:
                break
            lines.append(ln)
            if not ln.spans:
                clean += 1

    with open(os.path.join(HERE, "cn.log"), "wb") as f, \
            open(os.path.join(HERE, "cn.labels.jsonl"), "w", encoding="utf-8", newline="\n") as g:
        for i, ln in enumerate(lines, 1):
            b = bytes(ln.buf)
            assert b"\n" not in b and b"\r" not in b, (i, b)
            assert len(b) <= 4000, (i, len(b))
            b.decode("utf-8")
            prev = 0
            spans = []
            for s, e, cat, val in sorted(ln.spans):
                assert b[s:e] == val, (i, s, e, b[s:e], val)
                assert cat in CATS, cat
                assert s >= prev and e > s, (i, s, e)
                prev = e
                spans.append({"s": s, "e": e, "cat": cat})
            f.write(b + b"\n")
            g.write(json.dumps({"line": i, "family": ln.family, "spans": spans}, ensure_ascii=False) + "\n")


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
