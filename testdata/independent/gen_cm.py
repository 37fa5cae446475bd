#!/usr/bin/env python3
"""Deterministic generator for the `cm` held-out PHI test corpus.

Theme: health-system supply chain and implant tracking.  Most lines are about
products (SKUs, GTINs, lots, POs, invoices, GLNs, bins, tracking numbers) and are
NOT PHI; some tie a product to a patient (point-of-use implant scans, explants,
recalls, bill-only charges, diversion reports, blood/tissue traceability).

Writes cm.log and cm.labels.jsonl next to this file.  Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import uuid

R = random.Random(18_0718)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "cm"
N_LINES = 500


# --------------------------------------------------------------------------- line builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def t(self, s):
        self.parts.append((str(s), None))
        return self

    def p(self, s, cat):
        s = str(s)
        assert s, "empty PHI value"
        self.parts.append((s, cat))
        return self

    def render(self):
        buf = bytearray()
        spans = []
        for s, c in self.parts:
            b = s.encode("utf-8")
            if c:
                spans.append((len(buf), len(buf) + len(b), c, b))
            buf += b
        for s, e, c, v in spans:
            assert bytes(buf[s:e]) == v, (s, e, c, v)
        return bytes(buf), spans


class P:
    """A PHI value inside a JSON / repr structure."""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class O:
    """Ordered object for JSON / repr emission."""
    def __init__(self, *pairs):
        self.pairs = [pr for pr in pairs if pr is not None]


def jemit(L, v, ea=True, sep=(",", ":")):
    if isinstance(v, O):
        L.t("{")
        for i, (k, x) in enumerate(v.pairs):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k) + sep[1])
            jemit(L, x, ea, sep)
        L.t("}")
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(sep[0])
            jemit(L, x, ea, sep)
        L.t("]")
    elif isinstance(v, P):
        if isinstance(v.v, str):
            enc = json.dumps(v.v, ensure_ascii=ea)
            L.t('"').p(enc[1:-1], v.cat).t('"')
        else:
            L.p(json.dumps(v.v), v.cat)
    else:
        L.t(json.dumps(v, ensure_ascii=ea))
    return L


def pyrepr(L, v):
    """Emit a Python dict/list repr (as logging %r would)."""
    if isinstance(v, O):
        L.t("{")
        for i, (k, x) in enumerate(v.pairs):
            if i:
                L.t(", ")
            L.t(repr(k) + ": ")
            pyrepr(L, x)
        L.t("}")
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(", ")
            pyrepr(L, x)
        L.t("]")
    elif isinstance(v, P):
        if isinstance(v.v, str):
            r = repr(v.v)
            L.t(r[0]).p(r[1:-1], v.cat).t(r[-1])
        elif isinstance(v.v, dt.date):
            L.t("datetime.date(").p(f"{v.v.year}, {v.v.month}, {v.v.day}", v.cat).t(")")
        else:
            L.p(repr(v.v), v.cat)
    elif isinstance(v, dt.date):
        L.t(f"datetime.date({v.year}, {v.month}, {v.day})")
    else:
        L.t(repr(v))
    return L


# --------------------------------------------------------------------------- check digits
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


def gs1_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def vin_with_check(v16):
    # v16: 17-char VIN with '0' placeholder at index 8
    tr = {}
    for c, n in zip("ABCDEFGH", range(1, 9)):
        tr[c] = n
    for c, n in zip("JKLMN", range(1, 6)):
        tr[c] = n
    tr["P"], tr["R"] = 7, 9
    for c, n in zip("STUVWXYZ", range(2, 10)):
        tr[c] = n
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    s = sum((int(c) if c.isdigit() else tr[c]) * w[i] for i, c in enumerate(v16))
    r = s % 11
    return v16[:8] + ("X" if r == 10 else str(r)) + v16[9:]


def dea_number(prefix2):
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return prefix2 + "".join(map(str, d)) + str(chk)


def ups_tracking():
    shipper = "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(6))
    body = shipper + R.choice(["03", "01", "02", "13"]) + "".join(str(R.randint(0, 9)) for _ in range(7))
    tot = 0
    for i, ch in enumerate(body):
        v = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        tot += v * (2 if i % 2 == 1 else 1)
    return "1Z" + body + str((10 - tot % 10) % 10)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def nzdigits(n):
    return str(R.randint(1, 9)) + digits(n - 1)


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "đ": "d"})


def fold(s):
    return unicodedata.normalize("NFKD", s.translate(FOLD)).encode("ascii", "ignore").decode()


# --------------------------------------------------------------------------- time formats
T0 = dt.datetime(2024, 10, 7, 5, 58, 12, 114000)
UTC_OFF = dt.timedelta(hours=5)  # CDT


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def ts_logback(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_utc(t):
    return (t + UTC_OFF).strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "Z"


def ts_off(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-05:00"


def ts_mssql(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 10000:02d}"


def ts_ora(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "-05:00"


def ts_syslog(t):
    return t.strftime("%b ") + f"{t.day:2d}" + t.strftime(" %H:%M:%S")


def ts_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0500")


def ts_us(t):
    return t.strftime("%m/%d/%Y %H:%M:%S")


def ts_hl7(t):
    return t.strftime("%Y%m%d%H%M%S")


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "usnz":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "ora":
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year % 100:02d}"
    if style == "ora4":
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"
    if style == "long":
        return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")
    if style == "isots":
        return d.strftime("%Y-%m-%d") + "T00:00:00"
    raise ValueError(style)


# --------------------------------------------------------------------------- reference data
HOSP = "LAKESHORE REGIONAL MEDICAL CENTER"
HOSP_ADDR = ("1200 Harborview Pkwy", "Evanston", "IL", "60201")
HOSP_GLN = "086000412001" + gs1_digit("086000412001")
DOCK_GLN = "086000412004" + gs1_digit("086000412004")


def gln(body12):
    return body12 + gs1_digit(body12)


VENDORS = {
    "OWENSMINOR": dict(name="Owens & Minor Distribution, Inc.", vid="V100017", gln=gln("003054100001"),
                       addr="9120 Lockwood Blvd, Mechanicsville, VA 23116", phone="804-723-7000"),
    "MEDLINE": dict(name="Medline Industries, LP", vid="V100021", gln=gln("008019600001"),
                    addr="Three Lakes Dr, Northfield, IL 60093", phone="800-633-5463"),
    "MEDTRONIC": dict(name="Medtronic USA, Inc.", vid="V100233", gln=gln("064316900001"),
                      addr="710 Medtronic Pkwy, Minneapolis, MN 55432", phone="800-633-8766"),
    "STRYKER": dict(name="Stryker Orthopaedics", vid="V100318", gln=gln("076133270001"),
                    addr="325 Corporate Dr, Mahwah, NJ 07430", phone="201-831-5000"),
    "ZIMMER": dict(name="Zimmer Biomet", vid="V100402", gln=gln("088902400001"),
                   addr="345 E Main St, Warsaw, IN 46580", phone="574-267-6131"),
    "BSCI": dict(name="Boston Scientific Corp", vid="V100455", gln=gln("080252600001"),
                 addr="300 Boston Scientific Way, Marlborough, MA 01752", phone="508-683-4000"),
    "ABBOTT": dict(name="Abbott Medical", vid="V100461", gln=gln("054147340001"),
                   addr="15900 Valley View Ct, Sylmar, CA 91342", phone="818-362-6822"),
    "EDWARDS": dict(name="Edwards Lifesciences LLC", vid="V100512", gln=gln("069010300001"),
                    addr="One Edwards Way, Irvine, CA 92614", phone="949-250-2500"),
    "ALCON": dict(name="Alcon Vision LLC", vid="V100588", gln=gln("038065000001"),
                  addr="6201 South Fwy, Fort Worth, TX 76134", phone="800-862-5266"),
    "MENTOR": dict(name="Mentor Worldwide LLC", vid="V100601", gln=gln("081317000001"),
                   addr="31 Technology Dr, Irvine, CA 92618", phone="800-636-8678"),
    "CARDINAL": dict(name="Cardinal Health 200, LLC", vid="V100019", gln=gln("005041500001"),
                     addr="7000 Cardinal Pl, Dublin, OH 43017", phone="614-757-5000"),
}

# product catalog for implants: key, vendor, description, model, gtin, serial pattern, lot pattern, hcpcs, cost
def mk_gtin(prefix):
    body = prefix + digits(13 - len(prefix))
    return body + gs1_digit(body)


IMPLANTS = [
    dict(k="azure", v="MEDTRONIC", desc="AZURE XT DR MRI SURESCAN", model="W1DR01", gtin=mk_gtin("0064316900"),
         sn="RNB{6}H", lot=None, hcpcs="C1785", cdm="27800145", cost=7850.00),
    dict(k="capsure", v="MEDTRONIC", desc="CAPSUREFIX NOVUS MRI 5076-52", model="507652", gtin=mk_gtin("0064316900"),
         sn="PJN{7}V", lot=None, hcpcs="C1898", cdm="27800311", cost=612.00),
    dict(k="assurity", v="ABBOTT", desc="ASSURITY MRI PM2272", model="PM2272", gtin=mk_gtin("0541473400"),
         sn="{7}", lot=None, hcpcs="C1785", cdm="27800147", cost=7420.00),
    dict(k="resonate", v="BSCI", desc="RESONATE EL ICD D433", model="D433", gtin=mk_gtin("0080252600"),
         sn="{6}", lot=None, hcpcs="C1722", cdm="27800190", cost=21400.00),
    dict(k="sapien", v="EDWARDS", desc="SAPIEN 3 ULTRA RESILIA 26MM", model="9755RSL26", gtin=mk_gtin("0069010300"),
         sn="{7}", lot="6{5}", hcpcs="C1889", cdm="27800455", cost=32500.00),
    dict(k="triathlon", v="STRYKER", desc="TRIATHLON CR FEMORAL #5 LT", model="5510-F-501", gtin=mk_gtin("0761332700"),
         sn=None, lot="KL{5}", hcpcs="C1776", cdm="27800602", cost=3120.00),
    dict(k="persona", v="ZIMMER", desc="PERSONA TIBIAL PLATE SZ E RT", model="42-5320-057-02", gtin=mk_gtin("0088902400"),
         sn=None, lot="6{7}", hcpcs="C1776", cdm="27800611", cost=2480.00),
    dict(k="iol", v="ALCON", desc="ACRYSOF IQ PANOPTIX TFNT00 +21.5D", model="TFNT00.215", gtin=mk_gtin("0038065000"),
         sn="{11}", lot="{7}", hcpcs="V2788", cdm="27600902", cost=1850.00),
    dict(k="mentor", v="MENTOR", desc="MEMORYGEL XTRA SMOOTH ROUND 400CC", model="350-7400BC", gtin=mk_gtin("0081317000"),
         sn="{7}-{3}", lot="MG{6}", hcpcs="L8600", cdm="27800720", cost=1650.00),
]
IMPL = {x["k"]: x for x in IMPLANTS}

PROCS = [
    ("PACEMAKER DUAL CHAMBER INSERT", "33208", ["azure", "capsure"], "EP-1"),
    ("PACEMAKER DUAL CHAMBER INSERT", "33208", ["assurity", "capsure"], "EP-2"),
    ("ICD INSERTION", "33249", ["resonate", "capsure"], "EP-1"),
    ("TAVR TRANSFEMORAL", "33361", ["sapien"], "HYB-1"),
    ("TOTAL KNEE ARTHROPLASTY", "27447", ["triathlon", "persona"], "OR-07"),
    ("CATARACT EXTRACTION W IOL", "66984", ["iol"], "OR-15"),
    ("BREAST RECONSTRUCTION IMPLANT", "19340", ["mentor"], "OR-11"),
]

SUPPLIES = [
    ("100234", "MEDLINE", "GLOVE EXAM NITRILE MED", "NIT3002", "BX", 12.85),
    ("100871", "OWENSMINOR", "SYRINGE 10ML LUER-LOK BD", "302995", "BX", 18.40),
    ("101552", "OWENSMINOR", "SUTURE VICRYL 3-0 SH 27IN", "J316H", "BX", 96.20),
    ("102219", "CARDINAL", "GAUZE SPONGE 4X4 12PLY STRL", "2913", "CS", 44.10),
    ("103004", "OWENSMINOR", "DRESSING TEGADERM 4X4.75IN", "1626W", "BX", 31.75),
    ("104418", "OWENSMINOR", "RELOAD ENDO GIA 60MM PURPLE", "EGIA60AMT", "BX", 1210.00),
    ("105120", "CARDINAL", "NS 0.9% 1000ML VIAFLEX", "2B1324X", "CS", 38.90),
    ("106077", "MEDLINE", "DRAPE SPLIT SHEET 77X120", "DYNJP2411", "CS", 142.60),
    ("107315", "MEDLINE", "CATHETER FOLEY 16FR 5ML", "DYND11506", "EA", 3.12),
    ("108940", "OWENSMINOR", "GOWN SURG AAMI L3 XL", "89015", "CS", 118.00),
    ("109221", "CARDINAL", "ELECTRODE ECG FOAM", "31050522", "CS", 64.30),
    ("110508", "MEDLINE", "IV START KIT W/CHG", "DYND74700", "CS", 88.25),
]
for i, s in enumerate(SUPPLIES):
    SUPPLIES[i] = s + (mk_gtin("10080196"),)

SURGEONS = []
for last, first in [("Castellanos", "Miriam"), ("Deshpande", "Anil"), ("Whitfield", "Robert"),
                    ("Adeyemi", "Oluwaseun"), ("Lindgren", "Karin"), ("Haddad", "Samir")]:
    body = "1" + digits(8)
    SURGEONS.append((last, first, body + luhn_digit("80840" + body)))

STAFF = [("tkowalczyk", "Kowalczyk, Tamara", "RN", "E40112"), ("jfeeney", "Feeney, Jared", "RN", "E40587"),
         ("lbenedetti", "Benedetti, Lucia", "PharmD", "E31108"), ("mtran", "Tran, Minh", "MMT", "E52290"),
         ("dreyesholt", "Reyes-Holt, Dana", "Buyer", "E21877"), ("gokafor", "Okafor, Grace", "CST", "E44310"),
         ("ppham", "Pham, Peter", "MLS", "E38841"), ("ghaddad", "Haddad, Ghada", "MLS", "E38852"),
         ("rmorales", "Morales, Rosa", "RN", "E40934"), ("akhan", "Khan, Aisha", "CRNA", "E47721"),
         ("bstanek", "Stanek, Bogdan", "RPh", "E31190"), ("kmurphy", "Murphy, Kieran", "SPD Tech", "E55012")]

REPS = [("Brett Sandoval", "STRYKER", "bsandoval@stryker.com"), ("Courtney Ames", "MEDTRONIC", "courtney.ames@medtronic.com"),
        ("Marco Ricci", "ZIMMER", "marco.ricci@zimmerbiomet.com"), ("Yvonne Achterberg", "BSCI", "yvonne.achterberg@bsci.com"),
        ("Lamar Whitaker", "ABBOTT", "lamar.whitaker@abbott.com"), ("Hye-jin Park", "EDWARDS", "hyejin_park@edwards.com")]

PHARM_DEA = dea_number("FL")  # hospital pharmacy registration (not PHI)
PRESCRIBER_DEA = [dea_number("B" + s[0][0]) for s in SURGEONS]

CITIES = [("Evanston", "Cook", "IL", "60202"), ("Skokie", "Cook", "IL", "60076"), ("Chicago", "Cook", "IL", "60625"),
          ("Chicago", "Cook", "IL", "60640"), ("Waukegan", "Lake", "IL", "60085"), ("Naperville", "DuPage", "IL", "60540"),
          ("Aurora", "Kane", "IL", "60505"), ("Joliet", "Will", "IL", "60435"), ("Kenosha", "Kenosha", "WI", "53140"),
          ("Racine", "Racine", "WI", "53403"), ("Oak Park", "Cook", "IL", "60302"), ("Des Plaines", "Cook", "IL", "60016"),
          ("Elgin", "Kane", "IL", "60120"), ("Milwaukee", "Milwaukee", "WI", "53204"), ("Highland Park", "Lake", "IL", "60035"),
          ("Cicero", "Cook", "IL", "60804"), ("Gary", "Lake", "IN", "46402"), ("Wilmette", "Cook", "IL", "60091")]
STREETS = ["N Damen Ave", "Ridge Ave", "W Lawrence Ave", "Sheridan Rd", "Chestnut Ct", "S Halsted St", "Greenleaf St",
           "W Touhy Ave", "Maple Ln", "N Lincoln Ave", "Elmwood Dr", "W 26th St", "Prairie Ave", "Sycamore Ct",
           "N Kedzie Blvd", "Oakton St", "Green Bay Rd", "W Belmont Ave", "Cedar Crest Dr", "S Wolcott Ave"]
AREA = ["312", "773", "847", "630", "708", "414", "262", "815", "224", "872"]

PEOPLE = [
    ("Adaeze", "Okonkwo", "F", 1951), ("Tomasz", "Wiśniewski", "M", 1948), ("Mei-Ling", "Chou", "F", 1962),
    ("Rahul", "Venkataraman", "M", 1957), ("Guadalupe", "Ibarra", "F", 1969), ("Søren", "Lindqvist", "M", 1944),
    ("Fatima", "Al-Sayed", "F", 1955), ("Kwame", "Mensah", "M", 1960), ("Hiroshi", "Takeda", "M", 1939),
    ("Olga", "Petrenko", "F", 1966), ("Siobhan", "O'Donnell", "F", 1972), ("Lan", "Nguyễn", "F", 1958),
    ("José Luis", "Domínguez", "M", 1953), ("Aroha", "Ngata", "F", 1981), ("Dmitri", "Volkov", "M", 1947),
    ("Leilani", "Kahananui", "F", 1976), ("Esther", "Goldberg", "F", 1931), ("Björn", "Eriksson", "M", 1933),
    ("Amara", "Diallo", "F", 1988), ("Priya", "Raghunathan", "F", 1964), ("Mateus", "Carvalho", "M", 1950),
    ("Yusuf", "Demir", "M", 1942), ("Ingrid", "Haugen", "F", 1932), ("Chinonso", "Eze", "M", 1958),
    ("Ana Lucía", "Quispe", "F", 1967), ("Jean-Baptiste", "Moreau", "M", 1945), ("Thandiwe", "Dlamini", "F", 1979),
    ("Wojciech", "Zieliński", "M", 1941), ("Marisol", "Villanueva", "F", 1985), ("Eamon", "Fitzgerald", "M", 1936),
]
REL_FIRST = {"F": ["Daniel", "Chidi", "Marta", "Kenji", "Lucía", "Hamid", "Rivka", "Tomás", "Nadia", "Oskar"],
             "M": ["Agnieszka", "Ifeoma", "Sofia", "Yuki", "Carmen", "Leila", "Hannah", "Greta", "Ama", "Rosa"]}
PLANS = [("BCBSIL", "PPO"), ("AETNA", "HMO"), ("UHC", "CHOICE PLUS"), ("IL MEDICAID", "HFS"), ("HUMANA", "MA PPO")]
TODAY = dt.date(2024, 10, 7)
MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    c = [str(R.randint(1, 9)), R.choice(MBI_A), R.choice(an), str(R.randint(0, 9)), R.choice(MBI_A), R.choice(an),
         str(R.randint(0, 9)), R.choice(MBI_A), R.choice(MBI_A), str(R.randint(0, 9)), str(R.randint(0, 9))]
    return "".join(c)


def ssn():
    while True:
        a = R.randint(101, 699)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(10, 99):02d}-{R.randint(1000, 9999):04d}"


def phone(style=None):
    a = R.choice(AREA)
    n = f"{R.randint(100, 199):03d}"[1:]  # two digits 00-99
    return a, "555", "01" + n


def fmt_phone(ph, style):
    a, x, y = ph
    return {"paren": f"({a}) {x}-{y}", "dash": f"{a}-{x}-{y}", "dot": f"{a}.{x}.{y}", "e164": f"+1{a}{x}{y}",
            "plain": f"{a}{x}{y}", "intl": f"+1 {a} {x} {y}", "hl7": f"({a}){x}-{y}"}[style]


def serial_from(pat):
    out, i = "", 0
    while i < len(pat):
        if pat[i] == "{":
            j = pat.index("}", i)
            out += digits(int(pat[i + 1:j]))
            i = j + 1
        else:
            out += pat[i]
            i += 1
    return out


def make_unit(k, exp_year=None):
    pr = IMPL[k]
    exp = dt.date(exp_year or R.randint(2025, 2028), R.randint(1, 12), 1)
    exp = exp + dt.timedelta(days=R.randint(0, 27))
    return dict(k=k, gtin=pr["gtin"], exp=exp, lot=serial_from(pr["lot"]) if pr["lot"] else None,
                sn=serial_from(pr["sn"]) if pr["sn"] else None)


def public_ip():
    while True:
        a = R.choice([73, 98, 24, 67, 108, 174, 71, 76, 99, 50, 68, 104, 162])
        ip = f"{a}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        return ip


PATIENTS = []
case_seq = 188300
for i, (first, last, sex, yob) in enumerate(PEOPLE):
    dob = dt.date(yob, R.randint(1, 12), R.randint(1, 28))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    city = CITIES[i % len(CITIES)] if i < len(CITIES) else R.choice(CITIES)
    street = f"{R.randint(12, 9899)} {R.choice(STREETS)}"
    unit = R.choice([None, None, None, f"Apt {R.randint(1, 4)}{R.choice('ABCD')}", f"Unit {R.randint(101, 512)}"])
    fa = fold(first).replace(" ", "").lower()
    la = fold(last).replace("'", "").replace(" ", "").lower()
    email = R.choice([f"{fa}.{la}{yob % 100}@gmail.com", f"{fa[0]}{la}{R.randint(1, 99)}@yahoo.com",
                      f"{la}.{fa}@outlook.com", f"{fa}{la[:3]}@proton.me", f"{fa}_{la}@comcast.net"])
    plan, product = PLANS[i % len(PLANS)]
    if age >= 65 and plan != "HUMANA":
        plan, product = "MEDICARE", "PART B"
    if plan == "MEDICARE":
        member = mbi()
    elif plan == "BCBSIL":
        member = "XOF" + digits(9)
    elif plan == "AETNA":
        member = "W" + digits(9)
    elif plan == "UHC":
        member = digits(9) + "01"
    elif plan == "IL MEDICAID":
        member = nzdigits(9)
    else:
        member = "H" + digits(8)
    proc = PROCS[i % len(PROCS)]
    case_seq += R.randint(3, 40)
    cdate = TODAY - dt.timedelta(days=R.choice([0, 0, 0, 1, 2, 3, 4, 7, 10]))
    surg = SURGEONS[i % len(SURGEONS)]
    items = [make_unit(k) for k in proc[2]]
    old = None
    if i % 3 == 0 or yob < 1935:
        ok = R.choice(["resonate", "assurity", "azure", "mentor"])
        odate = dt.date(R.randint(2016, 2022), R.randint(1, 12), R.randint(1, 28))
        old = dict(date=odate, unit=make_unit(ok, odate.year + 2), case=f"SC{odate.year % 100}-{R.randint(10000, 99999):07d}")
    rel = R.choice(["son", "daughter", "spouse", "niece", "brother"])
    rel_first = R.choice(REL_FIRST[sex])
    rel_last = last if R.random() < 0.7 else R.choice(["Brennan", "Achebe", "Santos", "Kowalski", "Haddad", "Ito"])
    ph = phone()
    p = dict(first=first, last=last, sex=sex, dob=dob, age=age, street=street, unit=unit,
             city=city[0], county=city[1], state=city[2], zip=city[3],
             phone=ph, cell=phone(), email=email, ssn=ssn(), mrn=str(R.randint(10_100_000, 10_999_999)),
             har="70" + digits(8), fin=nzdigits(9), plan=plan, product=product, member=member,
             group=("GRP" + digits(6)) if plan in ("BCBSIL", "AETNA", "UHC") else None,
             case=f"SC24-{case_seq:07d}", cdate=cdate, proc=proc, surg=surg, items=items, old=old,
             rel=rel, rel_name=f"{rel_first} {rel_last}", rel_phone=phone(),
             user=R.choice([f"{fa}.{la[:2]}{yob % 100}", f"{fa[0]}{la}", f"{la}_{fa[:1]}{R.randint(1, 99)}"]),
             ip=public_ip(), fax=phone() if i % 6 == 2 else None,
             dl=None, plate=None, vin=None, mac=None, imei=None)
    if i % 4 == 1:
        if p["state"] == "WI":
            p["dl"] = fold(last)[0].upper() + digits(3) + "-" + digits(4) + "-" + digits(4) + "-" + digits(2)
        else:
            p["dl"] = fold(last)[0].upper() + digits(3) + "-" + digits(4) + "-" + digits(4)
        p["plate"] = R.choice([f"{R.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{R.choice('ABCDEFGHJKLMNPRSTVWXYZ')} {digits(5)}",
                               f"{digits(3)} {R.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{R.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{R.choice('ABCDEFGHJKLMNPRSTVWXYZ')}"])
    if i % 5 == 3:
        wmi = R.choice(["1FT", "2HG", "1C4", "5TD", "JTM", "3VW"])
        mid = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5))
        p["vin"] = vin_with_check(wmi + mid + "0" + R.choice("KLMNPR") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6))
    if p["items"][0]["k"] in ("azure", "assurity", "resonate"):
        body = "35" + digits(12)
        p["imei"] = body + luhn_digit(body)
        p["mac"] = ":".join(f"{x:02X}" for x in [0x00, 0x1B, 0x5F] + [R.randint(0, 255) for _ in range(3)])
        p["monsn"] = "RNA" + digits(6) + "R"
    p["curp"] = None
    PATIENTS.append(p)

# a visiting international patient with a Mexican CURP
PATIENTS[12]["curp"] = "DOGJ" + PATIENTS[12]["dob"].strftime("%y%m%d") + "HJCMMS" + "0" + str(R.randint(1, 9))

WEIGHTS = [1.0 / (i + 1) ** 0.55 for i in range(len(PATIENTS))]


def pick_patient(pred=None, prob=0.0):
    if pred is not None and R.random() < prob:
        cands = [x for x in PATIENTS if pred(x)]
        if cands:
            return R.choice(cands)
    return R.choices(PATIENTS, weights=WEIGHTS)[0]


def nm_lf(p, up=False, ascii_=False):
    s = f"{p['last']}, {p['first']}"
    if ascii_:
        s = fold(s)
    return s.upper() if up else s


def nm_fl(p, ascii_=False):
    s = f"{p['first']} {p['last']}"
    return fold(s) if ascii_ else s


def addr1(p):
    return p["street"] + ((" " + p["unit"]) if p["unit"] else "")


def udi_paren(u):
    s = "(01)" + u["gtin"] + "(17)" + u["exp"].strftime("%y%m%d")
    if u["lot"]:
        s += "(10)" + u["lot"]
    if u["sn"]:
        s += "(21)" + u["sn"]
    return s


def udi_raw(u, gs, prefix=""):
    s = prefix + "01" + u["gtin"] + "17" + u["exp"].strftime("%y%m%d")
    if u["lot"]:
        s += "10" + u["lot"] + (gs if u["sn"] else "")
    if u["sn"]:
        s += "21" + u["sn"]
    return s


def stock_unit():
    k = R.choice(list(IMPL))
    return make_unit(k)


def pid_():
    return R.randint(1000, 32000)


def po():
    return "45" + digits(8)


def amount(lo, hi):
    return f"{R.uniform(lo, hi):.2f}"


def staff():
    return R.choice(STAFF)


def surg_name(s, style="lf"):
    return f"{s[0]}, {s[1]} MD" if style == "lf" else f"Dr. {s[1]} {s[0]}"


def b64_blob(n, header=b""):
    raw = header + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


JPEG_HDR = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
                  0x00, 0x01, 0x00, 0x00, 0xFF, 0xDB, 0x00, 0x43, 0x00])
PNG_HDR = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
                 0x00, 0x00, 0x00, 0x60, 0x00, 0x00, 0x00, 0x60, 0x08, 0x02, 0x00, 0x00, 0x00])

CLOCK = [T0]


def now():
    return CLOCK[0]


def tick():
    CLOCK[0] = CLOCK[0] + dt.timedelta(seconds=R.randint(2, 70), microseconds=R.randint(0, 999_999))


# =========================================================================== families
def f_springboot(phi):
    t = now()
    svc_pid = 4127
    thread = R.choice(["nio-8443-exec-3", "nio-8443-exec-7", "nio-8443-exec-1", "   scheduling-1", "task-4",
                       "nio-8443-exec-12"])
    lg_choices = ["c.l.s.implant.ImplantUsageService", "c.l.s.implant.web.ImplantLogController",
                  "c.l.s.recall.RecallHitListener", "c.l.s.explant.ExplantService", "c.l.s.ident.PalmVeinVerifier",
                  "c.l.s.remote.MonitorDispenseService", "c.l.s.gudid.GudidCacheRefresher", "c.l.s.receiving.AsnReceiver",
                  "com.zaxxer.hikari.pool.HikariPool", "c.l.s.inventory.PutawayService"]

    def head(level, logger):
        return L.t(f"{ts_logback(t)} {level:>5} {svc_pid} --- [{thread[-15:]:>15}] {logger[:40]:<40} : ")

    L = Line("springboot")
    if phi:
        p = pick_patient()
        k = R.choices(range(1, 10), weights=[1.2, 1, 1, 1.4, 1, 1.1, 1, 0.9, 1.2])[0]
        u = p["items"][0]
        if k == 9 and not p["curp"]:
            k = 8
        if k == 9:
            head("INFO", "c.l.s.implant.ImplantCardService")
            L.t("Implant card issued for international patient ").p(nm_fl(p), "name").t(" mrn=").p(p["mrn"], "mrn")
            L.t(" nationalId(CURP)=").p(p["curp"], "other_id").t(f" model={IMPL[u['k']]['model']} lang=es-MX mfrRegistration=PENDING")
        elif k == 1:
            head("INFO", lg_choices[0])
            L.t("Implant usage recorded: caseId=").p(p["case"], "other_id").t(" mrn=").p(p["mrn"], "mrn")
            L.t(' patient="').p(nm_lf(p, up=True), "name").t('" procDate=').p(fd(p["cdate"], "iso"), "date")
            L.t(f" gtin={u['gtin']}")
            if u["sn"]:
                L.t(" sn=").p(u["sn"], "device")
            else:
                L.t(f" lot={u['lot']} udi=").p(udi_paren(u), "device")
            L.t(f" qty=1 room={p['proc'][3]} scannedBy={staff()[0]} txn={uid()}")
        elif k == 2:
            head("WARN", lg_choices[0])
            other = pick_patient()
            old = p["old"] or dict(date=p["cdate"], unit=u)
            sn = old["unit"]["sn"] or u["sn"] or serial_from("RNB{6}H")
            L.t("Serial already implanted: sn=").p(sn, "device").t(" previously recorded to MRN ").p(p["mrn"], "mrn")
            L.t(" on ").p(fd(old["date"], "iso"), "date").t("; blocking duplicate use in case ").p(other["case"], "other_id")
            L.t(f" (rule IMPL-DUP-002, station={R.choice(['EP-1', 'EP-2', 'OR-07'])})")
        elif k == 3:
            head("INFO", lg_choices[3])
            old = p["old"] or dict(date=p["cdate"] - dt.timedelta(days=2000), unit=make_unit("azure"))
            ou = old["unit"]
            ed = TODAY - dt.timedelta(days=R.randint(0, 5))
            L.t(f"Explant recorded explantId=EXP-{R.randint(10000, 99999)} ptMrn=").p(p["mrn"], "mrn")
            L.t(" explantDate=").p(fd(ed, "iso"), "date").t(f" model={IMPL[ou['k']]['model']} serial=")
            L.t("").p(ou["sn"] or ou["lot"], "device")
            L.t(f" reason={R.choice(['BATTERY_DEPLETION', 'ERI_REACHED', 'INFECTION', 'ADVISORY_REPLACEMENT', 'LEAD_FRACTURE'])}")
            L.t(f" disposition=RETURN_TO_MFR rga=RGA-{digits(8)} implantedOn=").p(fd(old["date"], "iso"), "date")
        elif k == 4:
            head("DEBUG", lg_choices[4])
            if R.random() < 0.6:
                L.t("PatientSecure palm-vein match mrn=").p(p["mrn"], "mrn").t(f" score=0.99{R.randint(10, 99)} threshold=0.9500 template=")
                L.p(b64_blob(R.randint(220, 330), b"PSV2\x00\x01"), "biometric")
            else:
                L.t("Pre-op identity photo captured mrn=").p(p["mrn"], "mrn").t(" case=").p(p["case"], "other_id")
                L.t(" img=").p("data:image/png;base64," + b64_blob(R.randint(300, 600), PNG_HDR), "photo")
        elif k == 5 and p["imei"]:
            head("INFO", lg_choices[5])
            L.t("Remote monitor dispensed: model=24950 MyCareLink Smart sn=").p(p["monsn"], "device")
            L.t(" imei=").p(p["imei"], "device").t(" btMac=").p(p["mac"], "device")
            L.t(" -> patient ").p(p["mrn"], "mrn").t(" implant sn=").p(u["sn"], "device")
            L.t(f" shipVia=UPS tracking={ups_tracking()}")
        elif k == 6:
            head("DEBUG", lg_choices[1])
            L.t("POST /api/v2/implant-log body=")
            body = O(("caseNumber", P(p["case"], "other_id")), ("patientMrn", P(p["mrn"], "mrn")),
                     ("patientDob", P(fd(p["dob"], "iso"), "date")),
                     ("udi", P(udi_raw(u, "\u001d", "]d2"), "device")),
                     ("implantSite", R.choice(["Left chest", "Right chest", "Left knee", "Right knee", "Aortic valve", "OD"])),
                     ("surgeon", surg_name(p["surg"])), ("wasted", False), ("billOnly", True))
            jemit(L, body)
        elif k == 7:
            head("WARN", lg_choices[2])
            old = p["old"]
            if old is None:
                old = dict(date=dt.date(2021, 5, 18), unit=make_unit("resonate", 2023), case="SC21-0041882")
                p["old"] = old
            L.t(f"Recall {R.choice(['FSN-2024-0419', 'Z-2381-2024', 'FA-1077'])} hit: serial ").p(old["unit"]["sn"] or old["unit"]["lot"], "device")
            L.t(" implanted ").p(fd(old["date"], "iso"), "date").t(" in MRN ").p(p["mrn"], "mrn").t(" (case ")
            L.p(old["case"], "other_id").t("), notifying device clinic queue DEVCLINIC-EP")
        else:
            head("INFO", lg_choices[0])
            L.t("Bill-only usage case=").p(p["case"], "other_id").t(f": {len(p['items'])} item(s), patient ").p(nm_fl(p), "name")
            L.t(" (").p(p["mrn"], "mrn").t(f") surgeon={surg_name(p['surg'], 'dr')} vendorRep={R.choice(REPS)[0]} total=")
            L.t(f"{sum(IMPL[x['k']]['cost'] for x in p['items']):,.2f} USD")
    else:
        k = R.randint(1, 10)
        if k == 1:
            head("INFO", "c.l.s.ImplantTrackingApplication")
            L.t(f"Started ImplantTrackingApplication in {R.uniform(9, 19):.3f} seconds (process running for {R.uniform(19, 22):.3f})")
        elif k == 2:
            head("WARN", lg_choices[8])
            L.t(f"HikariPool-1 - Connection is not available, request timed out after 300{R.randint(0, 9)}{R.randint(0, 9)}ms "
                f"(total=20, active=20, idle=0, waiting={R.randint(1, 6)})")
        elif k == 3:
            head("INFO", lg_choices[6])
            L.t(f"Refreshed GUDID cache: {R.randint(1200, 1900):,} device identifiers, {R.randint(0, 12)} updated, "
                f"source=https://accessgudid.nlm.nih.gov/api/v3/devices/lookup.json in {R.randint(1800, 5200)} ms")
        elif k == 4:
            head("INFO", lg_choices[7])
            u1, u2 = make_unit("azure"), make_unit("azure")
            L.t(f"ASN 856 received shipment=SH{digits(8)} po={po()} vendor=MEDTRONIC lines=2 "
                f"serials=[{u1['sn']}, {u2['sn']}] tracking={ups_tracking()} -> consignment bin CS-EP-{R.randint(1, 9):02d}")
        elif k == 5:
            head("INFO", lg_choices[9])
            s = R.choice(SUPPLIES)
            L.t(f"Putaway complete bin={R.choice(['CS-04-B12', 'MS-02-A07', 'OR-CORE-C03', 'EP-SUPPLY-11'])} item={s[0]} "
                f"qty={R.randint(2, 24)} uom={s[4]} user={staff()[0]}")
        elif k == 6:
            head("WARN", lg_choices[0])
            L.t(f"Scan rejected: GTIN {mk_gtin('0088902400')} not in item master (item_master_v3); routed to exceptions queue EXC-01")
        elif k == 7:
            head("INFO", "c.l.s.consign.ReplenishmentService")
            v = R.choice(["STRYKER", "ZIMMER", "MEDTRONIC", "BSCI"])
            L.t(f"Consignment replenishment PO {po()} created vendor={v} ({VENDORS[v]['vid']}) lines={R.randint(1, 5)} "
                f"total={R.uniform(900, 40000):,.2f} USD buyer=dreyesholt")
        elif k == 8:
            head("INFO", "c.l.s.expiry.ExpiryScanJob")
            L.t(f"{R.randint(3, 19)} items expiring within 30 days in CS-04 (earliest {fd(TODAY + dt.timedelta(days=R.randint(5, 29)), 'iso')}, "
                f"lot {digits(2)}F{digits(4)})")
        elif k == 9:
            head("INFO", "c.l.s.vendor.CredentialCheck")
            rep = R.choice(REPS)
            L.t(f"Vendor credential check: rep {rep[0]} ({rep[1]}) badge {digits(4)}-{digits(4)} status=ACTIVE "
                f"expires={fd(TODAY + dt.timedelta(days=R.randint(30, 300)), 'iso')}")
        else:
            head("ERROR", lg_choices[1])
            L.t(f"Request failed traceId={hexs(32)} status=503 path=/api/v2/implant-log/sync upstream=scm-db-lsnr.lrh.local:1521 "
                f"msg=\"I/O error on POST request\"")
    return L


def f_logback(phi):
    t = now()
    thread = R.choice(["consign-recon-1", "main", "dme-worker-2", "pool-3-thread-1", "kafka-consumer-0"])
    L = Line("logback")

    def head(level, logger):
        L.t(f"{ts_logback(t)} [{thread}] {level:<5} {logger} - ")

    if phi:
        k = R.choices([1, 2, 3, 4], weights=[1.8, 1, 1, 1])[0]
        p = pick_patient(lambda x: x["vin"] is not None, 0.9) if k == 1 else pick_patient()
        if k == 1 and p["vin"] is None:
            k = 2
        if k == 1:
            head("INFO", "o.l.dme.WorkOrderService")
            L.t(f"Adaptive driving equipment WO-{digits(5)} for patient ").p(nm_fl(p), "name").t(" (MRN ").p(p["mrn"], "mrn")
            L.t(") vehicle VIN ").p(p["vin"], "vehicle")
            if p["plate"]:
                L.t(" plate ").p(p["plate"], "vehicle")
            L.t(f"; vendor=MobilityWorks Rockford est=3,{R.randint(100, 999)}.00 po={po()}")
        elif k == 2:
            head("INFO", "o.l.consign.ReconciliationJob")
            L.t(f"Matched usage to PO: vendor={VENDORS[IMPL[p['items'][0]['k']]['v']]['vid']} case=").p(p["case"], "other_id")
            L.t(" caseDate=").p(fd(p["cdate"], "us"), "date").t(f" po={po()} lines={len(p['items'])}")
        elif k == 3:
            head("WARN", "o.l.consign.ReconciliationJob")
            L.t("No PO found for consumed consignment item, patient account ").p(p["har"], "account").t(" mrn=").p(p["mrn"], "mrn")
            L.t(f" item={IMPL[p['items'][-1]['k']]['model']} daysOpen={R.randint(3, 40)}")
        else:
            head("DEBUG", "o.l.dme.ShippingLabelClient")
            L.t("Label request shipTo={name=").p(nm_fl(p), "name").t(", street1=").p(addr1(p), "address")
            L.t(", city=").p(p["city"], "address").t(f", state={p['state']}, zip=").p(p["zip"], "zip")
            L.t(", phone=").p(fmt_phone(p["phone"], "plain"), "phone").t(f"}} service=GROUND weightOz={R.randint(12, 90)}")
    else:
        k = R.randint(1, 6)
        if k == 1:
            head("INFO", "o.l.consign.ReconciliationJob")
            used = R.randint(40, 120)
            pend = R.randint(1, 12)
            L.t(f"Reconciliation run {uid()} finished: vendors=6 usage={used} matched={used - pend} "
                f"pendingPO={pend} elapsed={R.randint(800, 9000)}ms")
        elif k == 2:
            head("INFO", "o.a.k.c.c.internals.ConsumerCoordinator")
            L.t(f"[Consumer clientId=consumer-scm-consign-1, groupId=scm-consign] Setting offset for partition "
                f"implant-usage-{R.randint(0, 5)} to the committed offset FetchPosition{{offset={R.randint(10000, 99999)}, "
                f"offsetEpoch=Optional[7], currentLeader=LeaderAndEpoch{{leader=Optional[kafka-2.lrh.local:9092 (id: 2 rack: null)], epoch=7}}}}")
        elif k == 3:
            head("WARN", "o.l.dme.ShippingLabelClient")
            L.t(f"Rate shop timeout carrier=FEDEX after {R.randint(5000, 9000)} ms; falling back to UPS account 4R7{digits(3)}")
        elif k == 4:
            head("INFO", "o.l.consign.VendorFeedLoader")
            v = R.choice(["STRYKER", "ZIMMER", "MEDTRONIC"])
            L.t(f"Loaded vendor usage feed sftp://edi.lrh.local/inbound/{v.lower()}/usage_{TODAY.strftime('%Y%m%d')}.csv rows={R.randint(10, 80)}")
        elif k == 5:
            head("ERROR", "o.l.consign.ReconciliationJob")
            L.t(f"Price variance on PO {po()} line 2: contract={R.uniform(100, 3000):.2f} invoice={R.uniform(100, 3000):.2f} contract#=CN-{digits(6)}")
        else:
            head("INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer")
            L.t("Tomcat started on port(s): 8080 (http) with context path ''")
    return L


def f_python(phi):
    t = now()
    L = Line("python-logging")
    style = R.randint(0, 1)

    def head(level, logger):
        if style == 0:
            L.t(f"{ts_py(t)} - {logger} - {level} - ")
        else:
            L.t(f"{ts_py(t)} {level:<8} [{logger}] ")

    if phi:
        k = R.choices(range(1, 10), weights=[1.1, 1.2, 1.3, 1.3, 1.6, 0.7, 0.8, 0.8, 0.9])[0]
        if k in (1, 2):
            p = pick_patient(lambda x: x["age"] > 89, 0.55)
        elif k == 4:
            p = pick_patient(lambda x: x["age"] > 89, 0.75)
        elif k == 5:
            p = pick_patient(lambda x: x["fax"] is not None, 0.75)
        else:
            p = pick_patient()
        old = p["old"]
        if old is None and k in (1, 2):
            k = 3
        if k == 1:
            head("INFO", "recall.matcher")
            L.t(f"Matched recall RCL-2024-04{R.randint(10, 30)} (Z-{R.randint(1000, 3000)}-2024, Class II) -> patient mrn=")
            L.p(p["mrn"], "mrn").t(" name='").p(nm_fl(p), "name").t("' implant_date=").p(fd(old["date"], "iso"), "date")
            L.t(" serial=").p(old["unit"]["sn"] or old["unit"]["lot"], "device")
            if p["age"] <= 89:
                L.t(f" age={p['age']}")
            else:
                L.t(" age=").p(str(p["age"]), "age")
        elif k == 2:
            head("DEBUG", "recall.letters")
            L.t("Rendering template recall_notice_v4.docx context=")
            d = O(("mrn", P(p["mrn"], "mrn")), ("name", P(nm_fl(p), "name")), ("addr1", P(p["street"], "address")),
                  ("addr2", P(p["unit"], "address") if p["unit"] else ""), ("city", P(p["city"], "address")),
                  ("state", p["state"]), ("zip", P(p["zip"], "zip")), ("dob", P(p["dob"], "date")),
                  ("email", P(p["email"], "email") if R.random() < 0.5 else None),
                  ("fax", P(fmt_phone(p["fax"], "dash"), "fax") if p["fax"] else None),
                  ("recall_id", "RCL-2024-0419"), ("model", IMPL[old["unit"]["k"]]["model"]))
            if p["age"] > 89:
                d.pairs.append(("age", P(p["age"], "age")))
            pyrepr(L, d)
        elif k == 3:
            head("INFO", "recall.letters")
            url = (f"https://recall-letters.lakeshorehealth.org/out/2024-10/RCL-2024-0419/"
                   f"{fold(p['last']).replace(chr(39), '')}_{fold(p['first']).replace(' ', '')}_{p['mrn']}.pdf")
            L.t("Letter stored ").p(url, "url").t(f" size={R.randint(41000, 99000)} sha256={hexs(16)}...")
        elif k == 4:
            head("WARNING", "recall.letters")
            if p["age"] > 89:
                L.t("Patient age ").p(str(p["age"]), "age").t(" >= 90; routing letter to ")
            else:
                L.t("Patient flagged needs-assistance; routing letter to ")
            L.t(f"{p['rel']} ").p(p["rel_name"], "name").t(" phone ").p(fmt_phone(p["rel_phone"], "dash"), "phone")
            L.t(" for mrn ").p(p["mrn"], "mrn")
        elif k == 5:
            head("INFO", "recall.notify")
            if p["fax"]:
                L.t("Fax delivery per patient preference: to=").p(fmt_phone(p["fax"], "e164"), "fax")
                L.t(f" via RightFax job {R.randint(100000, 999999)} (mrn ").p(p["mrn"], "mrn").t(")")
            else:
                L.t("Email notification sent to ").p(p["email"], "email")
                L.t(f" message_id=<{hexs(12)}.{R.randint(1000, 9999)}@mailer.lakeshorehealth.org> template=recall_email_v2")
                if R.random() < 0.6:
                    L.t(" link=").p(f"https://myhealth.lakeshorehealth.org/u/{p['user']}/recall/RCL-2024-0419", "url")
        elif k == 6:
            head("INFO", "diversion.analytics")
            st = R.choice([x for x in STAFF if x[2] in ("RN", "CRNA")])
            L.t(f"User {st[0]} flagged: {R.randint(3, 9)} unwitnessed wastes; last on patient ").p(p["mrn"], "mrn")
            L.t(" admitted ").p(fd(p["cdate"] - dt.timedelta(days=R.randint(0, 3)), "iso"), "date")
            L.t(f" z={R.uniform(3.0, 5.2):.2f}")
        elif k == 7:
            head("INFO", "recall.portal")
            L.t("Portal account ").p(p["user"], "other_id").t(" acknowledged recall notice; callback number ")
            L.p(fmt_phone(p["cell"], "paren"), "phone")
        elif k == 8:
            head("ERROR", "recall.address")
            L.t("USPS CASS returned NO_MATCH for '").p(addr1(p).upper(), "address").t(" ").p(p["city"].upper(), "address")
            L.t(f" {p['state']} ").p(p["zip"], "zip").t("' (mrn=").p(p["mrn"], "mrn").t("); letter held for manual review")
        else:
            head("INFO", "remote.monitoring")
            if p["imei"]:
                L.t("Home monitor heartbeat imei=").p(p["imei"], "device").t(" src=").p(p["ip"], "ip")
                L.t(f" carrier=VZW rssi=-{R.randint(60, 95)} fw=4.1.{R.randint(0, 9)}")
            else:
                L.t("CGM supply auto-ship scheduled for ").p(nm_fl(p), "name").t(" next ship ").p(
                    fd(TODAY + dt.timedelta(days=R.randint(20, 30)), "iso"), "date")
    else:
        k = R.randint(1, 8)
        if k == 1:
            head("INFO", "recall.feed")
            L.t(f"Loaded {R.randint(20, 60)} open recalls from https://www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfRES/res.cfm "
                f"(since={fd(TODAY - dt.timedelta(days=30), 'iso')})")
        elif k == 2:
            head("INFO", "recall.matcher")
            n = R.randint(50, 400)
            m = R.randint(1, 12)
            L.t(f"RCL-2024-04{R.randint(10, 30)}: {n} serials in scope, {m} matched implant_log, {n - m} not found (not distributed to LRH)")
        elif k == 3:
            head("INFO", "recall.letters")
            L.t(f"Batch {TODAY.isoformat()}-{R.choice('ABC')}: rendered={R.randint(1, 20)} failed=0 elapsed={R.uniform(1, 9):.2f}s")
        elif k == 4:
            head("ERROR", "recall.matcher")
            L.t("Unhandled exception in match_serials ")
            tb = ("Traceback (most recent call last):\n  File \"/opt/recall/matcher.py\", line 212, in match_serials\n"
                  "    row = idx[serial]['implant_date']\nKeyError: 'implant_date'")
            L.t(json.dumps({"exc_info": tb}))
        elif k == 5:
            head("DEBUG", "urllib3.connectionpool")
            L.t(f"https://api.fda.gov:443 \"GET /device/recall.json?search=product_code:DXY&limit=100&skip={R.randint(0, 5) * 100} HTTP/1.1\" 200 {R.randint(20000, 90000)}")
        elif k == 6:
            head("INFO", "diversion.analytics")
            L.t(f"Run complete: txns={R.randint(8000, 15000)} users={R.randint(300, 600)} flagged={R.randint(0, 4)} "
                f"threshold_sd=3.0 source=omnicenter_extract_{TODAY.strftime('%Y%m%d')}.csv")
        elif k == 7:
            head("WARNING", "recall.notify")
            L.t(f"SMTP 421 from smtp.lrh.local:25, retry {R.randint(1, 3)}/5 in 30s (sender=noreply@lakeshorehealth.org)")
        else:
            head("INFO", "celery.worker.strategy")
            L.t(f"Task recall.tasks.render_letters[{uid()}] received")
    return L


def seg(*xs):
    return "*".join(xs) + "~"


def f_edi(phi):
    t = now()
    L = Line("edi-x12")
    ctl = f"{R.randint(1000, 99999):09d}"
    st = f"{R.randint(1, 9999):04d}"
    thr = R.randint(1, 4)
    if phi:
        p = pick_patient()
        k = R.randint(1, 3)
        u = p["items"][0]
        pr = IMPL[u["k"]]
        vend = pr["v"]
        if k == 1:
            L.t(f"{ts_py(t)} INFO  [EdiOutbound-{thr}] c.l.edi.X12Writer - 850 -> {vend} ISA13={ctl} payload=")
            L.t(seg("ST", "850", st) + seg("BEG", "00", "BK", po(), "", t.strftime("%Y%m%d")) + seg("REF", "ZZ", "BILLONLY"))
            L.t(seg("PER", "BD", "DANA REYES-HOLT", "TE", "8475550188"))
            L.t(seg("N1", "ST", HOSP, "UL", HOSP_GLN))
            L.t(seg("PO1", "1", "1", "EA", f"{pr['cost']:.2f}", "", "VC", pr["model"], "IN", pr["cdm"]))
            L.t(seg("PID", "F", "", "", "", pr["desc"]))
            if u["sn"]:
                L.t("REF*SE*").p(u["sn"], "device").t("~")
            else:
                L.t(f"REF*LT*{u['lot']}~")
            L.t("MSG*PT ").p(nm_lf(p, up=True, ascii_=True), "name").t(" MRN ").p(p["mrn"], "mrn").t(" DOS ")
            L.p(fd(p["cdate"], "us"), "date").t("~")
            L.t(seg("CTT", "1") + seg("SE", "10", st))
        elif k == 2:
            L.t(f"{ts_py(t)} INFO  [EdiInbound-{thr}] c.l.edi.X12Reader - 810 <- {vend} ISA13={ctl} payload=")
            L.t(seg("ST", "810", st) + seg("BIG", t.strftime("%Y%m%d"), "INV" + digits(8), "", po()))
            L.t(seg("N1", "RE", VENDORS[vend]["name"].upper(), "92", VENDORS[vend]["vid"]))
            L.t(seg("IT1", "1", "1", "EA", f"{pr['cost']:.2f}", "", "VC", pr["model"]))
            L.t("NTE*GEN*PATIENT: ").p(nm_lf(p, up=True, ascii_=True).replace(",", ""), "name").t(" CASE ")
            L.p(p["case"], "other_id").t(" SURG DATE ").p(fd(p["cdate"], "hl7"), "date").t("~")
            L.t(seg("TDS", str(int(pr["cost"] * 100))) + seg("CTT", "1") + seg("SE", "8", st))
        else:
            L.t(f"{ts_py(t)} INFO  [EdiInbound-{thr}] c.l.edi.X12Reader - 856 <- MEDTRONIC ISA13={ctl} payload=")
            L.t(seg("ST", "856", st) + seg("BSN", "00", "SH" + digits(8), t.strftime("%Y%m%d"), t.strftime("%H%M")))
            L.t(seg("HL", "1", "", "S") + seg("TD5", "B", "2", "UPSN", "G", "UPS GROUND") + seg("REF", "CN", ups_tracking()))
            L.t("N1*ST*").p(nm_fl(p, ascii_=True).upper(), "name").t("~N3*").p(addr1(p).upper(), "address")
            L.t("~N4*").p(fold(p["city"]).upper(), "address").t(f"*{p['state']}*").p(p["zip"], "zip").t("~")
            L.t("PER*IC**TE*").p(fmt_phone(p["phone"], "plain"), "phone").t("~")
            L.t(seg("HL", "2", "1", "O") + seg("PRF", po()) + seg("HL", "3", "2", "I") + seg("LIN", "1", "VP", "24950", "UP", mk_gtin("0064316900")))
            L.t(seg("SN1", "", "1", "EA"))
            sn = p.get("monsn") or ("RNA" + digits(6) + "R")
            L.t("REF*SE*").p(sn, "device").t("~").t(seg("CTT", "3") + seg("SE", "17", st))
    else:
        k = R.randint(1, 5)
        v = R.choice(["OWENSMINOR", "MEDLINE", "CARDINAL"])
        if k == 1:
            L.t(f"{ts_py(t)} INFO  [EdiOutbound-{thr}] c.l.edi.X12Writer - 850 -> {v} ISA13={ctl} payload=")
            L.t(seg("ST", "850", st) + seg("BEG", "00", "SA", po(), "", t.strftime("%Y%m%d")) + seg("REF", "DP", str(R.randint(7000, 7999))))
            b = R.choice(STAFF[3:5])
            L.t(seg("PER", "BD", b[1].upper().replace(",", ""), "TE", "8475550" + str(R.randint(100, 199)),
                    "EM", b[0] + "@lakeshorehealth.org"))
            L.t(seg("N1", "ST", HOSP, "UL", DOCK_GLN))
            n = R.randint(1, 4)
            for i in range(n):
                s = R.choice(SUPPLIES)
                L.t(seg("PO1", str(i + 1), str(R.randint(1, 40)), s[4], f"{s[5]:.2f}", "", "VC", s[3], "IN", s[0]))
            L.t(seg("CTT", str(n)) + seg("SE", str(6 + n), st))
        elif k == 2:
            L.t(f"{ts_py(t)} INFO  [EdiInbound-{thr}] c.l.edi.X12Reader - 855 <- {v} ISA13={ctl} payload=")
            s = R.choice(SUPPLIES)
            q = R.randint(1, 40)
            L.t(seg("ST", "855", st) + seg("BAK", "00", "AC", po(), t.strftime("%Y%m%d")))
            L.t(seg("PO1", "1", str(q), s[4], f"{s[5]:.2f}", "", "VC", s[3]))
            L.t(seg("ACK", R.choice(["IA", "IB", "IR"]), str(q), s[4], "068", (TODAY + dt.timedelta(days=2)).strftime("%Y%m%d")))
            L.t(seg("CTT", "1") + seg("SE", "6", st))
        elif k == 3:
            L.t(f"{ts_py(t)} INFO  [EdiInbound-{thr}] c.l.edi.X12Reader - 856 <- {v} ISA13={ctl} payload=")
            L.t(seg("ST", "856", st) + seg("BSN", "00", "SH" + digits(8), t.strftime("%Y%m%d"), t.strftime("%H%M")))
            L.t(seg("HL", "1", "", "S") + seg("TD1", "CTN25", str(R.randint(1, 9))) + seg("TD5", "B", "2", "UPSN", "G"))
            L.t(seg("REF", "BM", digits(10)) + seg("REF", "CN", ups_tracking()) + seg("DTM", "011", t.strftime("%Y%m%d")))
            L.t(seg("N1", "ST", HOSP, "UL", DOCK_GLN) + seg("HL", "2", "1", "O") + seg("PRF", po()))
            s = R.choice(SUPPLIES)
            L.t(seg("HL", "3", "2", "I") + seg("LIN", "1", "VP", s[3], "UK", s[6]) + seg("SN1", "", str(R.randint(1, 30)), s[4]))
            L.t(seg("MAN", "GM", "00" + gln("008600041200")[:7] + digits(9) + "7") + seg("CTT", "3") + seg("SE", "15", st))
        elif k == 4:
            L.t(f"{ts_py(t)} INFO  [EdiInbound-{thr}] c.l.edi.X12Reader - 810 <- {v} ISA13={ctl} payload=")
            s = R.choice(SUPPLIES)
            q = R.randint(1, 30)
            L.t(seg("ST", "810", st) + seg("BIG", t.strftime("%Y%m%d"), "INV" + digits(8), "", po()))
            L.t(seg("N1", "RE", VENDORS[v]["name"].upper(), "UL", VENDORS[v]["gln"]))
            L.t(seg("N3", VENDORS[v]["addr"].split(",")[0].upper()))
            L.t(seg("IT1", "1", str(q), s[4], f"{s[5]:.2f}", "", "VC", s[3]) + seg("TDS", str(int(round(q * s[5] * 100)))))
            L.t(seg("CTT", "1") + seg("SE", "8", st))
        else:
            L.t(f"{ts_py(t)} WARN  [EdiInbound-{thr}] c.l.edi.AckProcessor - 997 <- {v} ISA13={ctl} ")
            L.t(seg("ST", "997", st) + seg("AK1", "PO", str(R.randint(1000, 9999))) + seg("AK2", "850", f"{R.randint(1, 999):04d}"))
            L.t(seg("AK5", "R", "5") + seg("AK9", "R", "1", "1", "0") + seg("SE", "6", st) + " rejected: AK5*R*5 (one or more segments in error)")
    return L


def f_gs1(phi):
    t = now()
    L = Line("gs1-scan")
    if phi:
        p = pick_patient()
        u = R.choice(p["items"])
        k = R.randint(1, 4)
        if k == 1:
            L.t(f"[{ts_logback(t)}] POU {p['proc'][3]} scanner=HS-3678g-{R.randint(100, 999)} case=").p(p["case"], "other_id")
            L.t(" pt=").p(p["mrn"], "mrn").t(' raw="').p(udi_raw(u, "<GS>", "]d2"), "device").t('" -> gtin=')
            L.t(f"{u['gtin']} exp={u['exp'].isoformat()}")
            if u["lot"]:
                L.t(f" lot={u['lot']}")
            if u["sn"]:
                L.t(" sn=").p(u["sn"], "device")
            L.t(" status=IMPLANTED waste=N")
        elif k == 2:
            jemit(L, O(("ts", ts_utc(t)), ("deviceId", f"TC52-{R.randint(100, 999):04d}"), ("event", "scan"),
                       ("symbology", "GS1_DATAMATRIX"), ("data", P(udi_raw(u, "\u001d"), "device")),
                       ("context", O(("caseId", P(p["case"], "other_id")), ("patientId", P(p["mrn"], "mrn")),
                                     ("room", p["proc"][3]), ("user", staff()[0])))), sep=(",", ":"))
        elif k == 3:
            L.t(f"{ts_us(t)} POU-SCAN OR={p['proc'][3]} PT=").p(nm_lf(p, up=True, ascii_=True), "name").t(" MRN#").p(p["mrn"], "mrn")
            L.t(" BARCODE=").p(udi_paren(u), "device").t(f" ITEM={IMPL[u['k']]['cdm']} CHG=Y")
        else:
            L.t(f"[{ts_logback(t)}] POU {p['proc'][3]} verify-timeout case=").p(p["case"], "other_id")
            L.t(" dos=").p(fd(p["cdate"], "us"), "date").t(' raw="').p(udi_raw(u, "\u241d"), "device")
            L.t(f"\" expOk=true recallOk=true gudid={u['gtin']}")
    else:
        k = R.randint(1, 5)
        u = stock_unit()
        if k == 1:
            L.t(f"[{ts_logback(t)}] RCV station=RCV-0{R.randint(1, 4)} dock=B user={R.choice(['mtran', 'kmurphy'])} scan=\"{udi_paren(u)}\" "
                f"gtin={u['gtin']} exp={u['exp'].isoformat()} po={po()} qty=1 -> bin CS-0{R.randint(1, 6)}-B{R.randint(1, 20):02d}")
        elif k == 2:
            s = R.choice(SUPPLIES)
            L.t(f"[{ts_logback(t)}] PAR scanner=HH-0{R.randint(400, 499)} loc=4E-SUPPLY raw=\"]C101{s[6]}10{digits(2)}A{digits(3)}\" "
                f"item={s[0]} qty={R.randint(1, 12)}")
        elif k == 3:
            L.t(f"[{ts_logback(t)}] RCV WARN parse failed raw=\"01{u['gtin'][:-1]}\" reason=GTIN_LENGTH(13) station=RCV-02")
        elif k == 4:
            L.t(f"[{ts_logback(t)}] SSCC receive raw=\"(00){'0' + HOSP_GLN[:7]}{digits(9)}7\" cartons=1 asn=SH{digits(8)} status=RECEIVED")
        else:
            L.t(f"[{ts_logback(t)}] RTV pick bin=CS-0{R.randint(1, 6)}-B{R.randint(1, 20):02d} raw=\"{udi_raw(u, '<GS>')}\" "
                f"reason=EXPIRED_SOON rga=RGA-{digits(8)} vendor={IMPL[u['k']]['v']}")
    return L


def f_mssql(phi):
    t = now()
    spid = f"spid{R.randint(51, 140)}"
    L = Line("sqlserver-errorlog")
    L.t(f"{ts_mssql(t)} {spid:<11}")
    if phi:
        p = pick_patient()
        u = p["items"][0]
        k = R.randint(1, 3)
        if k == 1:
            L.t("Violation of PRIMARY KEY constraint 'PK_ImplantLog'. Cannot insert duplicate key in object 'dbo.ImplantLog'. "
                "The duplicate key value is (").p(u["sn"] or u["lot"], "device").t(", ").p(p["mrn"], "mrn").t(").")
        elif k == 2:
            nm = nm_lf(p)
            trunc = nm[:R.randint(len(nm) - 4, len(nm) - 1)] if len(nm) > 12 else nm
            L.t("String or binary data would be truncated in table 'SCM_Prod.dbo.BillOnlyCharge', column 'PatientName'. "
                "Truncated value: '").p(trunc, "name").t("'.")
        else:
            L.t("Error: 50011, Severity: 16, State: 1. usp_PostBillOnly: HAR ").p(p["har"], "account").t(" not open for DOS ")
            L.p(fd(p["cdate"], "iso"), "date").t(".")
    else:
        k = R.randint(1, 8)
        if k == 1:
            acct = R.choice(['svc_omni_intf', 'svc_par', 'LRH\\svc_scm_etl'])
            L.t(f"Login failed for user '{acct}'. Reason: Password did not match "
                f"that for the login provided. [CLIENT: 10.40.{R.randint(1, 60)}.{R.randint(2, 250)}]")
        elif k == 2:
            L.t(f"Error: 18456, Severity: 14, State: 8.")
        elif k == 3:
            pg = R.randint(300000, 450000)
            L.t(f"BACKUP DATABASE successfully processed {pg} pages in {R.uniform(20, 60):.3f} seconds ({R.uniform(50, 110):.3f} MB/sec).")
        elif k == 4:
            L.t(f"SQL Server has encountered {R.randint(1, 4)} occurrence(s) of I/O requests taking longer than 15 seconds to complete "
                f"on file [E:\\MSSQL\\Data\\SCM_Prod.mdf] in database id 7.")
        elif k == 5:
            L.t("Starting up database 'PAR_Inventory'.")
        elif k == 6:
            L.t(f"CHECKDB for database 'SCM_Prod' finished without errors on 2024-10-06 02:00:{R.randint(10, 59)}.100 (local time). "
                f"This is an informational message only; no user action is required.")
        elif k == 7:
            L.t(f"Error: 1205, Severity: 13, State: 51. Transaction (Process ID {R.randint(51, 140)}) was deadlocked on lock "
                f"resources with another process and has been chosen as the deadlock victim. Rerun the transaction.")
        else:
            L.t(f"Log was backed up. Database: SCM_Prod, creation date(time): 2021/03/14(02:11:09), first LSN: "
                f"{R.randint(100000, 999999)}:{R.randint(1000, 9999)}:1, last LSN: {R.randint(100000, 999999)}:{R.randint(1000, 9999)}:1, "
                f"number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {{'\\\\bkp01\\sql\\SCM_Prod_log_{t.strftime('%Y%m%d%H%M')}.trn'}}).")
    return L


def f_oracle(phi):
    assert not phi
    t = now()
    L = Line("oracle-alert")
    L.t(ts_ora(t) + " ")
    k = R.randint(1, 6)
    if k == 1:
        L.t(f"Thread 1 advanced to log sequence {R.randint(40000, 49999)} (LGWR switch),  current SCN: {R.randint(10**9, 2 * 10**9)}")
    elif k == 2:
        L.t(f"ORA-01555: snapshot too old: rollback segment number {R.randint(1, 20)} with name \"_SYSSMU{R.randint(1, 20)}_{R.randint(10**9, 4 * 10**9)}$\" too small")
    elif k == 3:
        L.t(f"ORA-12899: value too large for column \"SCMAPP\".\"PO_LINES\".\"VENDOR_ITEM_NUM\" (actual: {R.randint(41, 60)}, maximum: 40)")
    elif k == 4:
        L.t(f"Completed checkpoint up to RBA [0x{hexs(4)}.2.10], SCN: {R.randint(10**9, 2 * 10**9)}")
    elif k == 5:
        L.t("ORA-01400: cannot insert NULL into (\"SCMAPP\".\"IMPLANT_USAGE\".\"LOT_NO\")")
    else:
        L.t(f"TNS-12535: TNS:operation timed out ns secondary err code: 12560 Client address: (ADDRESS=(PROTOCOL=tcp)(HOST=10.40.{R.randint(1, 60)}.{R.randint(2, 250)})(PORT={R.randint(40000, 65000)}))")
    return L


def f_hibernate(phi):
    t = now()
    L = Line("hibernate-jdbc")
    thr = f"explant-batch-{R.randint(1, 3)}"
    if phi:
        p = pick_patient()
        k = R.randint(1, 3)
        if k == 1:
            L.t(f"{ts_py(t)} TRACE [{thr}] o.h.type.descriptor.sql.BasicBinder - binding parameter [3] as [VARCHAR] - [")
            L.p(p["mrn"], "mrn").t("]")
        elif k == 2:
            if R.random() < 0.5:
                L.t(f"{ts_py(t)} TRACE [{thr}] o.h.type.descriptor.sql.BasicBinder - binding parameter [1] as [VARCHAR] - [")
                L.p(fold(p["last"]).upper(), "name").t("]")
            else:
                L.t(f"{ts_py(t)} TRACE [{thr}] o.h.type.descriptor.sql.BasicBinder - binding parameter [2] as [DATE] - [")
                L.p(fd(p["dob"], "iso"), "date").t("]")
        else:
            L.t(f"{ts_py(t)} ERROR [{thr}] o.h.engine.jdbc.spi.SqlExceptionHelper - ORA-20017: PATIENT_MATCH_FAILED mrn=")
            L.p(p["mrn"], "mrn").t(" dob=").p(fd(p["dob"], "ora"), "date").t(" name=").p(nm_lf(p, up=True, ascii_=True).replace(", ", ","), "name")
            L.t(" ORA-06512: at \"SCMAPP.PKG_EXPLANT\", line 418")
    else:
        k = R.randint(1, 3)
        if k == 1:
            L.t(f"{ts_py(t)} DEBUG [{thr}] org.hibernate.SQL - insert into scmapp.explant_log (explant_dt, model_no, pt_mrn, "
                f"reason_cd, serial_no, explant_id) values (?, ?, ?, ?, ?, ?)")
        elif k == 2:
            L.t(f"{ts_py(t)} WARN  [{thr}] o.h.engine.jdbc.spi.SqlExceptionHelper - SQL Error: 1, SQLState: 23000")
        else:
            L.t(f"{ts_py(t)} ERROR [{thr}] o.h.engine.jdbc.spi.SqlExceptionHelper - ORA-00001: unique constraint "
                f"(SCMAPP.UK_EXPLANT_SERIAL) violated")
    return L


def f_hl7(phi):
    t = now()
    L = Line("hl7v2")
    ctl = "OPT" + ts_hl7(t) + str(R.randint(100, 999))
    if phi:
        p = pick_patient()
        k = R.randint(1, 2)
        s = p["surg"]
        sex = p["sex"]
        if k == 1:
            L.t(f"{ts_py(t)} [ORSched-Inbound] INFO  HL7Listener - Received SIU^S12 ctrl={ctl} : ")
            L.t(f"MSH|^~\\&|OPTIME|LRH|SCMINTF|LRH|{ts_hl7(t)}||SIU^S12|{ctl}|P|2.5.1\\rSCH|").p(p["case"], "other_id")
            start = dt.datetime.combine(p["cdate"], dt.time(R.choice([7, 8, 9, 10, 12, 13]), R.choice([0, 30])))
            L.t("|" * 8 + f"{R.randint(60, 210)}|MIN|^^^").p(start.strftime("%Y%m%d%H%M%S"), "date").t("^")
            L.p((start + dt.timedelta(minutes=120)).strftime("%Y%m%d%H%M%S"), "date").t("|" * 14 + "Booked\\rPID|1||")
            L.p(p["mrn"], "mrn").t("^^^LRH^MR||").p(f"{fold(p['last']).upper()}^{fold(p['first']).upper()}", "name")
            L.t("||").p(fd(p["dob"], "hl7"), "date").t(f"|{sex}|||").p(fold(p["street"]).upper(), "address").t("^")
            if p["unit"]:
                L.p(p["unit"].upper(), "address")
            L.t("^").p(fold(p["city"]).upper(), "address").t(f"^{p['state']}^").p(p["zip"], "zip").t("^USA||")
            L.p(fmt_phone(p["phone"], "hl7"), "phone").t("|||||").p(p["har"], "account").t("|").p(p["ssn"], "ssn")
            L.t(f"\\rAIS|1||{p['proc'][1]}^{p['proc'][0]}^CPT\\rAIP|1||{s[2]}^{s[0].upper()}^{s[1].upper()}^^^^MD|SURGEON")
            L.t(f"\\rAIL|1||{p['proc'][3]}^^^LRH")
        else:
            L.t(f"{ts_py(t)} [Charge-Outbound] INFO  HL7Sender - Sent DFT^P03 ctrl={ctl} : ")
            L.t(f"MSH|^~\\&|SCMINTF|LRH|EPIC|LRH|{ts_hl7(t)}||DFT^P03|{ctl}|P|2.3\\rEVN|P03|{ts_hl7(t)}\\rPID|1||")
            L.p(p["mrn"], "mrn").t("^^^LRH^MR||").p(f"{fold(p['last']).upper()}^{fold(p['first']).upper()}", "name")
            L.t("||").p(fd(p["dob"], "hl7"), "date").t(f"|{sex}\\rPV1|1|O|{p['proc'][3]}^^^LRH||||{s[2]}^{s[0].upper()}^{s[1].upper()}" + "|" * 12)
            L.p(p["fin"], "account").t("\\rFT1|1|||").p(fd(p["cdate"], "hl7"), "date").t("||CG|")
            pr = IMPL[p["items"][0]["k"]]
            L.t(f"{pr['cdm']}^{pr['desc']}^LRHCDM|||1" + "|" * 6 + f"{p['proc'][3]}" + "|" * 9 + f"{pr['hcpcs']}")
            L.t(f"\\rIN1|1|{p['plan'][:4].replace(' ', '')}01|{R.randint(100, 999)}|{p['plan']}||||")
            if p["group"]:
                L.t(p["group"])
            L.t("|" * 28).p(p["member"], "health_plan")
    else:
        k = R.randint(1, 3)
        if k == 1:
            L.t(f"{ts_py(t)} [ORSched-Inbound] INFO  HL7Listener - Sent ACK ctrl=ACK{ts_hl7(t)} : MSH|^~\\&|SCMINTF|LRH|OPTIME|LRH|"
                f"{ts_hl7(t)}||ACK^S12|ACK{ts_hl7(t)}|P|2.5.1\\rMSA|AA|{ctl}")
        elif k == 2:
            L.t(f"{ts_py(t)} [ORSched-Inbound] INFO  MllpServer - connection accepted from /10.40.22.{R.randint(2, 250)}:{R.randint(40000, 65000)}")
        else:
            L.t(f"{ts_py(t)} [Charge-Outbound] WARN  HL7Sender - NAK received MSA|AE|{ctl}|CDM code not active ERR|^^^207&Application internal error")
    return L


def f_workday(phi):
    t = now()
    L = Line("workday-json")
    if phi:
        p = pick_patient()
        u = p["items"][0]
        pr = IMPL[u["k"]]
        memo_L = None
        k = R.randint(1, 2)
        if k == 1:
            jemit(L, O(("timestamp", ts_utc(t)), ("level", "INFO"), ("logger", "wd.integration.INT061_BillOnly"),
                       ("event", "BillOnlyRequisitionCreated"), ("requisition", f"REQ-{digits(7)}"),
                       ("requestedFor", "OR Materials - " + {"EP": "Cardiac", "HY": "Cardiac", "OR": "Periop"}[p["proc"][3][:2]]
                        if p["proc"][3][:2] != "OR" else "OR Materials - " + {"OR-07": "Ortho", "OR-15": "Ophtho", "OR-11": "Plastics"}[p["proc"][3]]),
                       ("lines", [O(("item", pr["model"]), ("supplier", VENDORS[pr["v"]]["vid"]),
                                    ("serialNumber", P(u["sn"], "device") if u["sn"] else None),
                                    ("lot", u["lot"]), ("unitCost", pr["cost"]))]),
                       ("memo", None)))
            # replace trailing memo null with PHI-bearing string built by concatenation
            assert L.parts[-2][0] == "null" or L.parts[-1][0] == "}"
            # rebuild: remove 'null}' and append memo string
            last = L.parts.pop()  # "}"
            nul = L.parts.pop()   # null
            assert last[0] == "}" and nul[0] == "null"
            L.t('"Bill only - pt ').p(nm_lf(p), "name").t(" MRN ").p(p["mrn"], "mrn").t(" case date ")
            L.p(fd(p["cdate"], "us"), "date").t(f" Dr {p['surg'][0]}\"}}")
        else:
            jemit(L, O(("timestamp", ts_utc(t)), ("level", "INFO"), ("logger", "wd.integration.INT061_BillOnly"),
                       ("event", "SupplierInvoiceMatched"), ("supplierInvoice", f"SI-{digits(9)}"),
                       ("purchaseOrder", f"PO-{digits(7)}"), ("patientAccount", P(p["har"], "account")),
                       ("serviceDate", P(fd(p["cdate"], "iso"), "date")),
                       ("amount", O(("value", pr["cost"]), ("currency", "USD"))), ("matchStatus", "Matched")))
    else:
        k = R.randint(1, 4)
        if k == 1:
            v = R.choice(list(VENDORS))
            jemit(L, O(("timestamp", ts_utc(t)), ("level", "INFO"), ("logger", "wd.integration.INT045_SupplierInvoice"),
                       ("event", "SupplierInvoiceMatched"), ("supplierInvoice", f"SI-{digits(9)}"),
                       ("purchaseOrder", f"PO-{digits(7)}"),
                       ("supplier", O(("id", VENDORS[v]["vid"]), ("name", VENDORS[v]["name"]))),
                       ("amount", O(("value", round(R.uniform(100, 50000), 2)), ("currency", "USD"))),
                       ("matchStatus", R.choice(["Matched", "Matched", "Variance"])), ("variance", 0.0)))
        elif k == 2:
            jemit(L, O(("timestamp", ts_utc(t)), ("level", "WARN"), ("logger", "wd.integration.INT052_Receipt"),
                       ("event", "ReceiptQtyExceedsPO"), ("purchaseOrder", f"PO-{digits(7)}"), ("line", R.randint(1, 8)),
                       ("ordered", 10), ("received", 12), ("location", "LRH Main Dock B"), ("worker", R.choice(STAFF)[1])))
        elif k == 3:
            jemit(L, O(("timestamp", ts_utc(t)), ("level", "INFO"), ("logger", "wd.integration.INT030_ItemSync"),
                       ("event", "ItemUpdated"), ("item", R.choice(SUPPLIES)[0]), ("gtin", mk_gtin("10080196")),
                       ("unspsc", "42132203"), ("contract", f"CN-{digits(6)}"), ("effective", fd(TODAY, "iso"))))
        else:
            jemit(L, O(("timestamp", ts_utc(t)), ("level", "ERROR"), ("logger", "wd.integration.INT045_SupplierInvoice"),
                       ("event", "RemitToValidationFailed"), ("supplier", VENDORS["CARDINAL"]["vid"]),
                       ("remitTo", VENDORS["CARDINAL"]["addr"]), ("bankAccountLast4", digits(4)),
                       ("message", "Remit-to address does not match supplier master")))
    return L


def f_infor(phi):
    assert not phi
    t = now()
    L = Line("infor-bod-xml")
    s = R.choice(SUPPLIES)
    bod = R.choice(["SyncReceiveDelivery", "ProcessPurchaseOrder", "SyncItemMaster", "AcknowledgePurchaseOrder"])
    L.t(f"{ts_utc(t)} INFO ion-connect outbound BOD={bod} msgId={uid()} payload=<{bod} releaseID=\"9.2\" versionID=\"2.14.6\">"
        f"<ApplicationArea><Sender><LogicalID>lid://infor.lawson.scm</LogicalID><ComponentID>S3</ComponentID></Sender>"
        f"<CreationDateTime>{ts_utc(t)}</CreationDateTime><BODID>{uid()}</BODID></ApplicationArea><DataArea>"
        f"<Line><ItemID><ID accountingEntity=\"100\">{s[0]}</ID></ItemID><GTIN>{s[6]}</GTIN><Quantity unitCode=\"{s[4]}\">"
        f"{R.randint(1, 40)}</Quantity><ShipToLocation><ID>{DOCK_GLN}</ID></ShipToLocation></Line></DataArea></{bod}>")
    return L


MEDS = [("HYDROmorphone 1 mg/mL 1 mL CARPUJECT", "00409-1283-31"), ("fentaNYL 100 mcg/2 mL VIAL", "00409-9094-22"),
        ("morphine 4 mg/mL 1 mL SYR", "00641-6125-25"), ("LORazepam 2 mg/mL VIAL", "00641-6044-25"),
        ("oxyCODONE 5 mg TAB", "00406-0552-62"), ("midazolam 2 mg/2 mL VIAL", "00641-6057-10"),
        ("ketamine 50 mg/mL 10 mL VIAL", "42023-0113-10")]


def f_omnicell(phi):
    t = now()
    L = Line("omnicell-csv")
    cab = R.choice(["OC-3W-01", "OC-4E-02", "OC-PACU-01", "OC-OR-CORE", "OC-ICU2-03"])
    st = R.choice([x for x in STAFF if x[2] in ("RN", "CRNA", "PharmD", "RPh")])
    med = R.choice(MEDS)
    if phi:
        p = pick_patient()
        tx = R.choice(["WITHDRAW", "WITHDRAW", "WASTE", "RETURN"])
        L.t(f"{ts_us(t)},{cab},{tx},{st[0].upper()},\"{st[1]} {st[2]}\",")
        if tx == "WASTE":
            w = R.choice([s for s in STAFF if s != st and s[2] in ("RN", "CRNA", "PharmD", "RPh")])
            L.t(f"{w[0].upper()},")
        else:
            L.t(",")
        L.p(f"{fold(p['last']).upper()}^{fold(p['first']).upper()}", "name").t(",").p(p["mrn"], "mrn").t(",")
        L.p(p["har"], "account").t(f",{med[0]},{med[1]},{R.choice([1, 1, 2])},EA,D{R.randint(1, 6)}-P{R.randint(1, 12):02d}")
    else:
        k = R.randint(1, 5)
        if k == 1:
            L.t(f"{ts_us(t)},{cab},RESTOCK,{st[0].upper()},\"{st[1]} {st[2]}\",,,,,{med[0]},{med[1]},{R.randint(5, 25)},EA,"
                f"D{R.randint(1, 6)}-P{R.randint(1, 12):02d}")
        elif k == 2:
            L.t(f"{ts_us(t)},{cab},DISCREPANCY_RESOLVED,{st[0].upper()},\"{st[1]} {st[2]}\",BSTANEK,,,,{med[0]},{med[1]},"
                f"{R.randint(-2, -1)},EA,reason=MISCOUNT_PRIOR_USER")
        elif k == 3:
            L.t(f"{ts_us(t)},{cab},INVENTORY_COUNT,{st[0].upper()},\"{st[1]} {st[2]}\",,,,,{med[0]},{med[1]},{R.randint(2, 30)},EA,blind=Y")
        elif k == 4:
            L.t(f"{ts_us(t)},{cab},BIOID_LOGIN,{st[0].upper()},\"{st[1]} {st[2]}\",,,,,,,,,template={b64_blob(48)}")
        else:
            L.t(f"{ts_us(t)},{cab},DRAWER_FAIL,SYSTEM,,,,,,,,,,code=E{R.randint(100, 399)} drawer={R.randint(1, 6)}")
    return L


def f_par(phi):
    assert not phi
    t = now()
    s = R.choice(SUPPLIES)
    L = Line("par-kv")
    oh = R.randint(0, 30)
    par = R.choice([10, 20, 24, 40])
    L.t(f"PAR|{t.strftime('%Y-%m-%d %H:%M:%S')}|LOC={R.choice(['4E-SUPPLY', '3W-CLEAN', 'OR-CORE', 'PACU-SUP', 'CATH-LAB'])}"
        f"|BIN={R.choice(['3W', '4E', 'OR'])}-{R.choice('ABCD')}-{R.randint(1, 40):03d}|ITEM={s[0]}|DESC={s[2]}|ON_HAND={oh}"
        f"|PAR={par}|REORDER={par // 3}|ORDER_QTY={max(0, par - oh)}|UOM={s[4]}|SCANNER=HH-0{R.randint(400, 499)}|USER={R.choice(['mtran', 'kmurphy'])}")
    return L


DIV_HEADER = ("report_date,unit,employee_id,employee_name,role,med,ndc,txn_type,qty,waste_qty,witness,pt_mrn,pt_name,"
              "admit_date,anomaly_score")


def f_diversion(phi):
    L = Line("diversion-csv")
    if phi:
        p = pick_patient()
        st = R.choice([s for s in STAFF if s[2] in ("RN", "CRNA")])
        med = R.choice(MEDS)
        w = R.choice(["", "", "bstanek", "rmorales"])
        L.t(f"{fd(TODAY - dt.timedelta(days=1), 'iso')},{R.choice(['3W', '4E', 'PACU', 'ICU2'])},{st[3]},\"{st[1]}\",{st[2]},"
            f"{med[0]},{med[1]},{R.choice(['WASTE_UNWITNESSED', 'WITHDRAW_NO_ORDER', 'LATE_WASTE', 'OVERRIDE'])},1,"
            f"{R.choice(['0.5', '1', '0.25'])},{w},")
        L.p(p["mrn"], "mrn").t(",\"").p(nm_lf(p), "name").t("\",").p(fd(p["cdate"] - dt.timedelta(days=R.randint(0, 2)), "iso"), "date")
        L.t(f",{R.uniform(2.5, 6.0):.2f}")
    else:
        k = R.randint(1, 2)
        if k == 1:
            L.t(DIV_HEADER)
        else:
            L.t(f"# diversion_report generated {now().strftime('%Y-%m-%d %H:%M')} CDT by svc_rxanalytics; "
                f"window=24h; users_flagged={R.randint(1, 4)}; DEA reg {PHARM_DEA}")
    return L


def isbt_din():
    return f"W{R.randint(1000, 1999):04d} 24 {R.randint(100000, 999999)} {R.choice('0123456789')}"


def f_blood(phi):
    t = now()
    L = Line("bloodbank-trace")
    if phi:
        p = pick_patient(lambda x: x["age"] > 89, 0.3)
        k = R.randint(1, 2)
        prod = R.choice([("E0382V00", "RBC LR"), ("E2555V00", "FFP"), ("E3046V00", "PLT APH LR")])
        L.t(f"{t.strftime('%Y-%m-%d %H:%M:%S')} BBK-TRACE [SafeTrace] ")
        if k == 1:
            L.t(f"ISSUE unit={isbt_din()} prod={prod[0]} ({prod[1]}) ABO/Rh={R.choice(['O POS', 'A POS', 'O NEG', 'B POS'])} to MRN ")
            L.p(p["mrn"], "mrn").t(" pt=").p(nm_lf(p, up=True, ascii_=True), "name").t(" DOB ").p(fd(p["dob"], "us"), "date")
            if p["age"] > 89:
                L.t(" (").p(str(p["age"]), "age").t(f"Y {p['sex']})")
            else:
                L.t(f" ({p['age']}Y {p['sex']})")
            L.t(f" loc={p['proc'][3]} issuedBy={R.choice(['ppham', 'ghaddad'])}")
        else:
            L.t(f"TRANSFUSED unit={isbt_din()} prod={prod[0]} MRN=").p(p["mrn"], "mrn").t(" start=")
            hi = 15 if p["cdate"] < TODAY else max(6, t.hour - 1)
            st = dt.datetime.combine(p["cdate"], dt.time(R.randint(6, hi), R.randint(0, 59)))
            L.p(st.strftime("%m/%d/%Y %H:%M"), "date").t(f" vol={R.randint(250, 350)}mL reaction=NONE verify={R.choice(['rmorales', 'tkowalczyk', 'jfeeney'])}")
            if R.random() < 0.55:
                L.t(" bedsideId=PALMVEIN tmpl=").p(b64_blob(R.randint(160, 240), b"PSV2\x00\x01"), "biometric")
            else:
                L.t(" bedsideId=WRISTBAND_SCAN")
    else:
        k = R.randint(1, 3)
        L.t(f"{t.strftime('%Y-%m-%d %H:%M:%S')} BBK-TRACE [SafeTrace] ")
        if k == 1:
            L.t(f"RECEIVE {R.randint(4, 24)} units supplier=VERSITI IL invoice={digits(8)} cooler={R.uniform(1.5, 5.9):.1f}C "
                f"first={isbt_din()}")
        elif k == 2:
            L.t(f"TEMP fridge=BBR-0{R.randint(1, 3)} reading={R.uniform(2.1, 5.8):.1f}C range=1.0-6.0 ok")
        else:
            L.t(f"DISCARD unit={isbt_din()} prod=E0382V00 reason=EXPIRED exp={fd(TODAY - dt.timedelta(days=1), 'iso')} by ghaddad")
    return L


def f_consign(phi):
    L = Line("consign-pipe")
    if phi:
        p = pick_patient()
        u = R.choice(p["items"])
        pr = IMPL[u["k"]]
        rep = [r for r in REPS if r[1] == pr["v"]]
        repn = rep[0][0] if rep else "N/A"
        L.t(f"CONSIGN|{TODAY.isoformat()}|{pr['v']}|REP:{repn}|CASE:").p(p["case"], "other_id").t("|MRN:").p(p["mrn"], "mrn")
        L.t("|DOS:").p(fd(p["cdate"], "us"), "date").t(f"|ITEM:{pr['model']}|LOT:{u['lot'] or ''}|SN:")
        if u["sn"]:
            L.p(u["sn"], "device")
        L.t(f"|QTY:1|PO:{R.choice([po(), 'PENDING'])}|STATUS:{R.choice(['MATCHED', 'MATCHED', 'NO_PO', 'PRICE_VAR'])}")
    else:
        v = R.choice(["STRYKER", "ZIMMER", "MEDTRONIC", "BSCI", "EDWARDS"])
        used = R.randint(5, 40)
        L.t(f"CONSIGN|{TODAY.isoformat()}|{v}|RECON_SUMMARY|used={used}|po_issued={used - R.randint(0, 3)}|"
            f"variance={R.randint(0, 3)}|aging_days_max={R.randint(1, 30)}|vendor_id={VENDORS[v]['vid']}")
    return L


def luhn_card(prefix, n=16):
    body = prefix + digits(n - 1 - len(prefix))
    return body + luhn_digit(body)


def f_charge(phi):
    t = now()
    L = Line("charge-syslog")
    L.t(f"{ts_off(t)} scm-int01 charge-router[{R.randint(3000, 3400)}]: ")
    if phi:
        p = pick_patient()
        pr = IMPL[p["items"][0]["k"]]
        k = R.randint(1, 3)
        if k == 1:
            L.t("posted bill-only charge har=").p(p["har"], "account").t(" mrn=").p(p["mrn"], "mrn").t(" dos=")
            L.p(fd(p["cdate"], "iso"), "date").t(f" cdm={pr['cdm']} hcpcs={pr['hcpcs']} rev=0278 qty=1 price={pr['cost'] * 2.4:,.2f}")
            L.t(f" payer={p['plan'].replace(' ', '_')} ")
            L.t("mbi=" if p["plan"] == "MEDICARE" else "member_id=").p(p["member"], "health_plan")
            if p["group"]:
                L.t(f" group={p['group']}")
        elif k == 2:
            L.t("patient-pay premium lens upgrade mrn=").p(p["mrn"], "mrn").t(" amt=1,850.00 card=")
            L.p(luhn_card(R.choice(["4", "51", "37"]), 16), "account").t(f" exp={R.randint(1, 12):02d}/{R.randint(26, 29)} auth=")
            L.t(f"{R.randint(100000, 999999)} gw=cybersource")
        else:
            self_ = R.random() < 0.5
            L.t("guarantor lookup for har=").p(p["har"], "account").t(" guarantor=").p(nm_fl(p) if self_ else p["rel_name"], "name")
            L.t(" ssn=").p(p["ssn"], "ssn").t(" rel=" + ("SELF" if self_ else p["rel"].upper()))
    else:
        k = R.randint(1, 3)
        if k == 1:
            L.t(f"batch CHG-{TODAY.strftime('%Y%m%d')}-{t.hour:02d} posted {R.randint(10, 80)} charges, {R.randint(0, 2)} rejected, "
                f"total={R.uniform(10000, 200000):,.2f}")
        elif k == 2:
            L.t(f"cdm cache reloaded: {R.randint(40000, 48000)} codes, {R.randint(0, 12)} implant CDMs with HCPCS C17xx")
        else:
            L.t(f"premium card payments settled: count={R.randint(1, 9)} card=************{digits(4)} batch={digits(6)}")
    return L


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S921U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.81 Mobile Safari/537.36"]


def f_nginx(phi):
    t = now()
    L = Line("nginx-combined")
    if phi:
        p = pick_patient()
        k = R.randint(1, 3)
        ip = p["ip"]
        if k == 3:
            ip = f"2601:{R.randint(200, 299)}:{hexs(4)}:{hexs(4)}::{hexs(3)}"
        L.p(ip, "ip").t(" - ").p(p["user"], "other_id").t(f" [{ts_clf(t)}] ")
        if k == 1:
            L.t('"GET /recall/status?mrn=').p(p["mrn"], "mrn").t("&dob=").p(fd(p["dob"], "iso"), "date")
            L.t(f' HTTP/2.0" 200 {R.randint(900, 2400)} "')
            L.p(f"https://myhealth.lakeshorehealth.org/u/{p['user']}/notifications", "url")
            L.t(f'" "{R.choice(UAS)}" rt={R.uniform(0.01, 0.4):.3f}')
        else:
            L.t('"POST /recall/api/ack HTTP/1.1" 204 0 "')
            L.p(f"https://myhealth.lakeshorehealth.org/u/{p['user']}/recall/RCL-2024-0419", "url")
            L.t(f'" "{R.choice(UAS)}" rt={R.uniform(0.01, 0.4):.3f}')
    else:
        k = R.randint(1, 4)
        ip = f"10.40.{R.randint(1, 60)}.{R.randint(2, 250)}"
        if k == 1:
            L.t(f'{ip} - - [{ts_clf(t)}] "GET /supplier/api/v1/po/{po()}/ack HTTP/1.1" 200 {R.randint(300, 1500)} "-" '
                f'"Apache-HttpClient/4.5.13 (Java/11.0.21)" rt={R.uniform(0.01, 0.2):.3f}')
        elif k == 2:
            L.t(f'{ip} - - [{ts_clf(t)}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001')
        elif k == 3:
            L.t(f'172.20.{R.randint(0, 31)}.{R.randint(2, 250)} - svc_parx [{ts_clf(t)}] "PUT /inventory/api/bins/CS-0{R.randint(1, 6)}-B{R.randint(1, 20):02d}/count '
                f'HTTP/1.1" 200 {R.randint(50, 200)} "-" "PAR-Excellence-Sync/7.4" rt={R.uniform(0.01, 0.3):.3f}')
        else:
            L.t(f'{ip} - - [{ts_clf(t)}] "GET /recall/static/js/app.{hexs(8)}.js HTTP/2.0" 304 0 '
                f'"https://myhealth.lakeshorehealth.org/recall/" "{R.choice(UAS)}" rt=0.000')
    return L


def f_easypost(phi):
    t = now()
    L = Line("easypost-json")
    if phi:
        p = pick_patient()
        to = O(("name", P(nm_fl(p), "name")), ("company", None), ("street1", P(p["street"], "address")),
               ("street2", P(p["unit"], "address") if p["unit"] else None), ("city", P(p["city"], "address")),
               ("state", p["state"]), ("zip", P(p["zip"], "zip")), ("country", "US"),
               ("phone", P(fmt_phone(p["cell"], "plain"), "phone")), ("email", P(p["email"], "email")))
        jemit(L, O(("id", "evt_" + hexs(32)), ("object", "Event"), ("description", "shipment.created"),
                   ("result", O(("id", "shp_" + hexs(32)), ("mode", "production"), ("to_address", to),
                                ("from_address", O(("company", "Lakeshore Regional Home Services"), ("street1", HOSP_ADDR[0]),
                                                   ("city", HOSP_ADDR[1]), ("state", "IL"), ("zip", HOSP_ADDR[3]),
                                                   ("phone", "8475550100"))),
                                ("tracking_code", ups_tracking()), ("reference", f"DME-{digits(6)}")))),
              ea=R.random() < 0.5, sep=(", ", ": "))
    else:
        k = R.randint(1, 2)
        trk = ups_tracking() if R.random() < 0.6 else digits(12)
        if k == 1:
            jemit(L, O(("id", "evt_" + hexs(32)), ("object", "Event"), ("description", "tracker.updated"),
                       ("result", O(("tracking_code", trk), ("status", R.choice(["in_transit", "out_for_delivery", "delivered"])),
                                    ("carrier", "UPS" if trk.startswith("1Z") else "FedEx"),
                                    ("est_delivery_date", (TODAY + dt.timedelta(days=1)).isoformat() + "T00:00:00Z"),
                                    ("signed_by", R.choice([None, "RECEIVING DOCK B", "M TRAN"])),
                                    ("tracking_details", [O(("message", "Arrived at Facility"), ("datetime", ts_utc(t)[:19] + "Z"),
                                                            ("tracking_location", O(("city", "Northbrook"), ("state", "IL"),
                                                                                    ("zip", "60062"))))])))),
                  sep=(", ", ": "))
        else:
            jemit(L, O(("id", "evt_" + hexs(32)), ("object", "Event"), ("description", "shipment.created"),
                       ("result", O(("to_address", O(("company", HOSP), ("street1", HOSP_ADDR[0]), ("street2", "Receiving Dock B"),
                                                     ("city", HOSP_ADDR[1]), ("state", "IL"), ("zip", HOSP_ADDR[3]),
                                                     ("phone", "8475550100"))),
                                    ("tracking_code", trk), ("reference", f"RTV-{digits(6)}")))),
                  sep=(", ", ": "))
    return L


def f_device_xml(phi):
    assert phi
    t = now()
    L = Line("device-tracking-xml")
    p = pick_patient(lambda x: x["age"] > 89 or x["fax"], 0.5)
    u = p["items"][0]
    if not u["sn"]:
        # tracked devices are serialized; fall back to a patient with a serialized implant
        cands = [x for x in PATIENTS if x["items"][0]["sn"]]
        p = R.choice(cands)
        u = p["items"][0]
    pr = IMPL[u["k"]]
    s = p["surg"]
    L.t(f"{ts_logback(t)} INFO [tracking-export] 21CFR821 registration -> {pr['v']} payload=<DeviceRegistration><Device>"
        f"<Model>{pr['model']}</Model><Serial>").p(u["sn"], "device").t("</Serial><ImplantDate>").p(fd(p["cdate"], "iso"), "date")
    L.t("</ImplantDate></Device><Patient><Name>").p(nm_fl(p), "name").t("</Name><DOB>").p(fd(p["dob"], "iso"), "date")
    L.t("</DOB>")
    if p["age"] > 89:
        L.t("<Age>").p(str(p["age"]), "age").t("</Age>")
    L.t("<Address><Line1>").p(addr1(p), "address").t("</Line1><City>").p(p["city"], "address")
    L.t(f"</City><County>").p(p["county"], "address").t(f"</County><State>{p['state']}</State><Zip>").p(p["zip"], "zip")
    L.t("</Zip></Address><Phone>").p(fmt_phone(p["phone"], "dash"), "phone").t("</Phone>")
    if p["fax"]:
        L.t("<Fax>").p(fmt_phone(p["fax"], "dash"), "fax").t("</Fax>")
    L.t("<SSN>").p(p["ssn"], "ssn")
    L.t(f"</SSN></Patient><Physician><Name>{s[1]} {s[0]}, MD</Name><NPI>{s[2]}</NPI></Physician>"
        f"<Facility><GLN>{HOSP_GLN}</GLN></Facility></DeviceRegistration>")
    return L


def f_tissue(phi):
    L = Line("tissue-pipe")
    t = now()
    gid = lambda: f"{R.randint(2301, 2412)}-{R.randint(1000, 9999)}-{R.randint(1, 99):03d}"
    if phi:
        p = pick_patient()
        L.t(f"TISSUE|{t.strftime('%Y%m%d%H%M%S')}|IMPLANT|supplier={R.choice(['AlloSource', 'MTF Biologics', 'LifeNet Health'])}|graft=")
        L.p(gid(), "device").t(f"|type={R.choice(['Achilles tendon allograft', 'DBM putty 5cc', 'Fresh-frozen femoral head', 'Acellular dermis 4x8cm'])}")
        L.t("|recipient_mrn=").p(p["mrn"], "mrn").t("|case=").p(p["case"], "other_id").t("|implant_date=")
        L.p(fd(p["cdate"], "iso"), "date").t(f"|surgeon={p['surg'][0]}|thaw_time={R.randint(10, 40)}min")
    else:
        k = R.randint(1, 2)
        if k == 1:
            L.t(f"TISSUE|{t.strftime('%Y%m%d%H%M%S')}|RECEIVE|supplier=AlloSource|graft={gid()}|type=Achilles tendon allograft"
                f"|exp={fd(TODAY + dt.timedelta(days=R.randint(300, 1500)), 'iso')}|storage=FZ-2 -80C|by={staff()[0]}")
        else:
            L.t(f"TISSUE|{t.strftime('%Y%m%d%H%M%S')}|TEMP|freezer=FZ-{R.randint(1, 3)}|reading=-{R.randint(72, 84)}C|alarm=N")
    return L


def f_syslog(phi):
    assert not phi
    t = now()
    L = Line("syslog")
    host = R.choice(["scm-app01", "scm-app02", "scm-int01", "edi-gw01", "omni-bridge01"])
    k = R.randint(1, 6)
    if k == 1:
        L.t(f"{ts_syslog(t)} {host} CRON[{R.randint(20000, 30000)}]: (svc_scm) CMD (/opt/scm/bin/par_sync.sh >> /var/log/scm/par_sync.log 2>&1)")
    elif k == 2:
        L.t(f"{ts_syslog(t)} {host} sshd[{R.randint(1000, 9000)}]: Accepted publickey for {R.choice(['kdeshmukh', 'svc_deploy', 'ansible'])} "
            f"from 10.40.3.{R.randint(2, 250)} port {R.randint(40000, 65000)} ssh2: ED25519 SHA256:{b64_blob(32)[:43]}")
    elif k == 3:
        L.t(f"{ts_syslog(t)} {host} systemd[1]: Started Omnicell OmniCenter interface bridge (omni-bridge.service).")
    elif k == 4:
        L.t(f"{ts_syslog(t)} {host} kernel: [{R.randint(100000, 999999)}.{digits(6)}] nfs: server nas02.lrh.local not responding, still trying")
    elif k == 5:
        vin = vin_with_check("1FTBW3XG0" + "PKA" + digits(5))
        L.t(f"{ts_syslog(t)} {host} fleet-telematics[{R.randint(2000, 3000)}]: courier van unit=LRH-VAN-0{R.randint(1, 9)} vin={vin} "
            f"plate=M {digits(6)} odometer={R.randint(20000, 90000)} route=INTERCAMPUS-2")
    else:
        L.t(f"{ts_syslog(t)} {host} postfix/smtp[{R.randint(10000, 20000)}]: {hexs(10).upper()}: to=<edi-support@owens-minor.com>, "
            f"relay=mx.owens-minor.com[203.0.113.{R.randint(2, 250)}]:25, delay=1.{R.randint(0, 9)}, status=sent (250 2.0.0 OK)")
    return L


def f_rx(phi):
    t = now()
    L = Line("rx-pickup-json")
    if phi:
        cands = [x for x in PATIENTS if x["dl"]]
        p = R.choice(cands) if R.random() < 0.8 else pick_patient()
        pairs = [("ts", ts_utc(t)), ("svc", "rx-pickup"), ("level", "info"), ("event", "ID_VERIFIED"),
                 ("rxNumber", f"RX{digits(7)}"), ("patientMrn", P(p["mrn"], "mrn")),
                 ("prescriberDea", R.choice(PRESCRIBER_DEA)), ("schedule", "CII")]
        if p["dl"]:
            pairs += [("idType", "DL"), ("idState", p["state"]), ("idNumber", P(p["dl"], "license"))]
        else:
            pairs += [("idType", "SELF_KNOWN"), ("patientName", P(nm_fl(p), "name"))]
        if p["plate"] and R.random() < 0.7:
            pairs += [("curbside", True), ("vehiclePlate", P(p["plate"], "vehicle"))]
        if R.random() < 0.6:
            pairs += [("claim", O(("bin", R.choice(["610014", "004336", "003858", "610502"])), ("pcn", R.choice(["MEDDPRIME", "ADV", "A4", "MEDDADV"])),
                                  ("group", R.choice(["RX" + digits(4), p["group"] or "MEDDPDP"])),
                                  ("memberId", P(p["member"], "health_plan")), ("copay", round(R.uniform(0, 45), 2))))]
        pairs += [("verifiedBy", "lbenedetti")]
        r = R.random()
        if r < 0.35:
            pairs += [("palmVeinTemplate", P(b64_blob(R.randint(200, 300), b"PSV2\x00\x01"), "biometric"))]
        elif r < 0.6:
            pairs += [("idPhoto", P("data:image/jpeg;base64," + b64_blob(R.randint(500, 800), JPEG_HDR), "photo"))]
        else:
            pairs += [("facePng", P(b64_blob(R.randint(400, 700), PNG_HDR), "photo"))]
        jemit(L, O(*pairs))
    else:
        jemit(L, O(("ts", ts_utc(t)), ("svc", "rx-pickup"), ("level", "info"), ("event", "QUEUE_STATS"),
                   ("waiting", R.randint(0, 9)), ("avgWaitSec", R.randint(60, 900)), ("pharmacyDea", PHARM_DEA),
                   ("store", "LRH Outpatient Pharmacy #2")))
    return L


def f_ebs(phi):
    assert not phi
    t = now()
    L = Line("ebs-conc-log")
    k = R.randint(1, 5)
    req = R.randint(48000000, 49000000)
    if k == 1:
        L.t(f"Payables: Version : 12.2  APXIIMPT module: Payables Open Interface Import  Current system time is "
            f"{t.strftime('%d-%b-%Y %H:%M:%S').upper()}")
    elif k == 2:
        L.t(f"+---------------------------------------------------------------------------+ Request ID {req} Source=EDI GATEWAY "
            f"Group=OM_{TODAY.strftime('%Y%m%d')}")
    elif k == 3:
        L.t(f"Invoice INV{digits(8)} Supplier {R.choice(['OWENS & MINOR DISTRIBUTION', 'MEDLINE INDUSTRIES', 'CARDINAL HEALTH 200'])} "
            f"PO {po()}: REJECTED - QTY ORD  (received {R.randint(1, 9)}, billed {R.randint(10, 20)})")
    elif k == 4:
        n, rj = R.randint(100, 400), R.randint(0, 10)
        L.t(f"Report Summary: invoices processed {n}, accepted {n - rj}, rejected {rj}; "
            f"total amount {R.uniform(100000, 900000):,.2f} USD")
    else:
        L.t(f"Concurrent request {req} completed NORMAL at {t.strftime('%d-%b-%Y %H:%M:%S').upper()} (elapsed 00:0{R.randint(1, 9)}:{R.randint(10, 59)})")
    return L


FAMILIES = {
    # name: (function, phi_count, nonphi_count)
    "springboot": (f_springboot, 31, 24),
    "logback": (f_logback, 10, 14),
    "python-logging": (f_python, 26, 26),
    "edi-x12": (f_edi, 12, 22),
    "gs1-scan": (f_gs1, 20, 18),
    "sqlserver-errorlog": (f_mssql, 6, 16),
    "oracle-alert": (f_oracle, 0, 10),
    "hibernate-jdbc": (f_hibernate, 6, 6),
    "hl7v2": (f_hl7, 14, 8),
    "workday-json": (f_workday, 10, 16),
    "infor-bod-xml": (f_infor, 0, 8),
    "omnicell-csv": (f_omnicell, 16, 12),
    "par-kv": (f_par, 0, 12),
    "diversion-csv": (f_diversion, 10, 3),
    "bloodbank-trace": (f_blood, 10, 8),
    "consign-pipe": (f_consign, 10, 8),
    "charge-syslog": (f_charge, 10, 6),
    "nginx-combined": (f_nginx, 8, 14),
    "easypost-json": (f_easypost, 6, 10),
    "device-tracking-xml": (f_device_xml, 6, 0),
    "tissue-pipe": (f_tissue, 6, 5),
    "syslog": (f_syslog, 0, 15),
    "rx-pickup-json": (f_rx, 8, 4),
    "ebs-conc-log": (f_ebs, 0, 10),
}


def main():
    plan = []
    for name, (fn, a, b) in FAMILIES.items():
        plan += [(name, True)] * a + [(name, False)] * b
    assert len(plan) == N_LINES, len(plan)
    R.shuffle(plan)
    out_lines, labels = [], []
    for i, (name, phi) in enumerate(plan, 1):
        tick()
        fn = FAMILIES[name][0]
        for attempt in range(20):
            L = fn(phi)
            b, spans = L.render()
            if bool(spans) == phi:
                break
        else:
            raise AssertionError(f"could not build {name} phi={phi}")
        assert L.fam == name, (L.fam, name)
        assert b"\n" not in b and b"\r" not in b and len(b) <= 4000, (i, len(b))
        b.decode("utf-8")
        prev = 0
        for s, e, c, v in spans:
            assert s >= prev and e > s
            prev = e
        out_lines.append(b)
        labels.append({"line": i, "family": name, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, v in spans]})
    with open(os.path.join(HERE, f"{ID}.log"), "wb") as f:
        f.write(b"\n".join(out_lines) + b"\n")
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
