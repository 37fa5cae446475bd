#!/usr/bin/env python3
"""Deterministic generator for the 'dd' PHI test corpus.

Theme: a pharmaceutical manufacturer's patient support hub (enrollment fax /
e-sign, benefits investigation & prior authorization, copay cards, patient
assistance, nurse educators, specialty pharmacy triage & shipment, adverse
event intake).  All people, numbers and addresses are synthetic.

Writes dd.log and dd.labels.jsonl next to this file.  Standard library only.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata
from xml.sax.saxutils import escape as xml_escape

SEED = 18_0312
R = random.Random(SEED)
N_LINES = 500
N_PHI = 225  # 275 lines (55%) without PHI

HERE = os.path.dirname(os.path.abspath(__file__))


# --------------------------------------------------------------------------
# line builder with byte-offset spans
# --------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None:
            return self.t(s)
        b = len(s.encode("utf-8"))
        assert b > 0
        self.spans.append((self.n, self.n + b, cat, s))
        self.buf.append(s)
        self.n += b
        return self

    def text(self):
        return "".join(self.buf)


class P:
    """A value to be emitted inside a structure; cat=None means not PHI."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def jstr(s, inner=False):
    e = json.dumps(s, ensure_ascii=False)[1:-1]
    if inner:
        e = e.replace("\\", "\\\\").replace('"', '\\"')
    return e


def emit_json(L, obj, sep=(",", ":"), inner=False):
    q = '\\"' if inner else '"'
    if isinstance(obj, P):
        if isinstance(obj.v, str):
            L.t(q)
            L.p(jstr(obj.v, inner), obj.cat)
            L.t(q)
        else:
            L.p(json.dumps(obj.v), obj.cat)
    elif isinstance(obj, dict):
        L.t("{")
        first = True
        for k, v in obj.items():
            if not first:
                L.t(sep[0])
            first = False
            L.t(q + jstr(k, inner) + q + sep[1])
            emit_json(L, v, sep, inner)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(sep[0])
            emit_json(L, v, sep, inner)
        L.t("]")
    elif isinstance(obj, str):
        L.t(q + jstr(obj, inner) + q)
    else:
        L.t(json.dumps(obj))


def emit_xml(L, tag, content, attrs=""):
    """content: str | P | list of (tag, content[, attrs]) tuples"""
    L.t(f"<{tag}{attrs}>")
    if isinstance(content, P):
        L.p(xml_escape(str(content.v)), content.cat)
    elif isinstance(content, str):
        L.t(xml_escape(content))
    else:
        for item in content:
            if item is None:
                continue
            emit_xml(L, *item)
    L.t(f"</{tag}>")


# --------------------------------------------------------------------------
# small generators
# --------------------------------------------------------------------------
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


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


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def npi():
    base = str(R.choice([1, 2])) + digits(8)
    return base + luhn_digit("80840" + base)


def dea(last):
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return R.choice("ABFM") + ascii_up(last)[0] + "".join(map(str, d)) + str(chk)


VIN_TR = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                               [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = R.choice(["1HG", "JTD", "5YJ", "3FA", "1FT", "KNM", "2T1", "WBA", "1G1", "JN8"])
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vds = alnum(5, al)
    yr = R.choice("ABCDEFGHJKL")
    plant = alnum(1, "ABCDEFGHJKLMNPRSTUVWXYZ")
    serial = digits(6)
    v = wmi + vds + "0" + yr + plant + serial
    tot = 0
    for i, c in enumerate(v):
        val = int(c) if c.isdigit() else VIN_TR[c]
        tot += val * VIN_W[i]
    chk = tot % 11
    chk = "X" if chk == 10 else str(chk)
    return v[:8] + chk + v[9:]


def gtin14():
    base = "0081" + digits(9)
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(base)))
    return base + str((10 - s % 10) % 10)


def aba():
    d = [int(c) for c in R.choice(["0710", "0210", "0260", "1110", "3222", "0910", "0440"]) + digits(4)]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    d9 = (10 - s % 10) % 10
    return "".join(map(str, d)) + str(d9)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    pat = "CAXNAXNAANN"
    out = []
    for c in pat:
        if c == "C":
            out.append(str(R.randint(1, 9)))
        elif c == "A":
            out.append(R.choice(MBI_A))
        elif c == "N":
            out.append(str(R.randint(0, 9)))
        else:
            out.append(R.choice(MBI_A + "0123456789"))
    return "".join(out)


def imei():
    base = "35" + digits(12)
    return base + luhn_digit(base)


def pan(prefix="5"):
    base = prefix + (str(R.randint(1, 5)) if prefix == "5" else digits(1)) + digits(13)
    return base + luhn_digit(base)


def ssn():
    while True:
        a = R.randint(101, 772)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def mac():
    return ":".join(f"{R.randint(0, 255):02X}" for _ in range(6))


def public_ip():
    while True:
        kind = R.random()
        if kind < 0.25:
            ip = R.choice(["203.0.113.", "198.51.100.", "192.0.2."]) + str(R.randint(2, 254))
        else:
            a = R.choice([24, 47, 67, 68, 71, 73, 75, 76, 96, 98, 99, 104, 107, 108, 136, 166, 172, 174, 184, 209])
            b = R.randint(0, 255)
            if a == 172:
                b = R.choice([56, 58, 59, 97, 100])
            ip = f"{a}.{b}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        return ip


def private_ip():
    k = R.random()
    if k < 0.6:
        return f"10.{R.choice([40, 41, 42, 44, 96])}.{R.randint(0, 31)}.{R.randint(2, 250)}"
    if k < 0.8:
        return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 250)}"
    return f"192.168.{R.randint(0, 20)}.{R.randint(2, 250)}"


def sfid(prefix):
    return prefix + "5e00000" + alnum(5, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + alnum(3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def b64_random(n, header=b""):
    raw = header + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def ascii_up(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()


def fmt_phone(d10, style):
    a, b, c = d10[:3], d10[3:6], d10[6:]
    return {
        "paren": f"({a}) {b}-{c}",
        "paren2": f"({a}){b}-{c}",
        "dash": f"{a}-{b}-{c}",
        "e164": f"+1{d10}",
        "plain": d10,
        "dot": f"{a}.{b}.{c}",
        "intl": f"+1 {a}-{b}-{c}",
        "one": f"1-{a}-{b}-{c}",
    }[style]


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def fd(d, style):
    return {
        "iso": d.strftime("%Y-%m-%d"),
        "us": d.strftime("%m/%d/%Y"),
        "us2": f"{d.month}/{d.day}/{d.year}",
        "ymd": d.strftime("%Y%m%d"),
        "dmy": f"{d.day:02d}-{MON[d.month - 1]}-{d.year}",
        "long": f"{MONTH[d.month - 1]} {d.day}, {d.year}",
    }[style]


# --------------------------------------------------------------------------
# reference data
# --------------------------------------------------------------------------
FIRST = [("Anna", "F"), ("Chidinma", "F"), ("Mateo", "M"), ("Priya", "F"), ("Wei", "M"), ("Fatima", "F"),
         ("Siobhán", "F"), ("José", "M"), ("Zoë", "F"), ("Björn", "M"), ("Aleksandr", "M"), ("Keiko", "F"),
         ("Tomasz", "M"), ("Rafael", "M"), ("Aroha", "F"), ("Leilani", "F"), ("Dmitri", "M"), ("Ximena", "F"),
         ("Yusuf", "M"), ("Ingrid", "F"), ("Kwame", "M"), ("Mei-Ling", "F"), ("Hamid", "M"), ("Ana Lúcia", "F"),
         ("Jean-Baptiste", "M"), ("Nkechi", "F"), ("Thandiwe", "F"), ("Giulia", "F"), ("Haruto", "M"),
         ("Ravi", "M"), ("Esperanza", "F"), ("Oksana", "F"), ("Ifeoma", "F"), ("Marisol", "F"), ("DeShawn", "M"),
         ("Tariq", "M"), ("Hoang", "M"), ("Eleni", "F"), ("Bogdan", "M"), ("Naalnish", "M"), ("Dolores", "F"),
         ("Harold", "M")]
LAST = ["Kowalski", "Okonkwo", "Ramírez", "Nguyen", "Chen", "Haddad", "O'Connor", "Lindqvist", "Petrov",
        "Tanaka", "Adeyemi", "Moreno-Vega", "Kaur", "Mahlangu", "Rossi", "Yamamoto", "Fernandes", "van der Berg",
        "Dubois", "Al-Sayed", "Papadopoulos", "Novak", "Castellanos", "Begay", "Kealoha", "Delacroix", "Iyer",
        "Szabó", "Gruber", "Abara", "Whitfield", "Mensah", "Horvath", "Benítez", "Oyelaran", "Fitzgerald",
        "Nakamura-Lee", "Ortiz Ruiz", "Quispe", "Halvorsen"]
CG_FIRST = ["Maria", "Emeka", "Lucía", "Daniel", "Sunita", "Jonas", "Amara", "Kenji", "Fiona", "Omar", "Beatriz",
            "Tuan", "Grace", "Nikolai", "Aiyana", "Samir"]
RELATIONS = ["daughter", "son", "spouse", "husband", "wife", "mother", "father", "granddaughter", "sister", "caregiver"]
STREETS = ["N Clark St", "Maple Ave", "Elm St", "Oak Ridge Rd", "Calle Sol", "Kamehameha Hwy", "W 49th St",
           "Peachtree Industrial Blvd", "Lakeshore Dr", "Cedar Ln", "Bayou Rd", "Ridgecrest Ct", "Tamarack Way",
           "Old Post Rd", "Schaefer Rd", "Avenida del Sol", "Pinecrest Dr", "E 7th St", "Wildflower Loop",
           "Copperfield Pkwy", "Hollins Ferry Rd", "Juniper Hill Rd"]
UNITS = ["Apt 4B", "Apt 12", "Unit 3", "#210", "Apt 2R", "Ste B", "Apt 1107", "Trlr 14"]
CITIES = [("Chicago", "IL", "606", ["312", "773"]), ("Houston", "TX", "770", ["713", "832"]),
          ("Phoenix", "AZ", "850", ["602", "480"]), ("Albuquerque", "NM", "871", ["505"]),
          ("Honolulu", "HI", "968", ["808"]), ("Brooklyn", "NY", "112", ["718", "347"]),
          ("Atlanta", "GA", "303", ["404", "678"]), ("Minneapolis", "MN", "554", ["612"]),
          ("Sacramento", "CA", "958", ["916"]), ("Columbus", "OH", "432", ["614"]),
          ("Worcester", "MA", "016", ["508"]), ("Boise", "ID", "837", ["208"]),
          ("Gallup", "NM", "873", ["505"]), ("Tacoma", "WA", "984", ["253"]), ("Kenner", "LA", "700", ["504"]),
          ("Dearborn", "MI", "481", ["313"]), ("Saint Paul", "MN", "551", ["651"]),
          ("El Paso", "TX", "799", ["915"]), ("Fresno", "CA", "937", ["559"]), ("Hialeah", "FL", "330", ["305"])]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "example.com", "comcast.net",
             "hotmail.com", "proton.me"]

PAYERS = [
    dict(name="Aetna", pid="60054", bin="610502", pcn="MEDDAET", kind="commercial",
         mem=lambda: "W" + digits(9), grp=lambda: f"0{digits(6)}-010-0000{R.randint(1, 9)}"),
    dict(name="Blue Cross Blue Shield of Illinois", pid="00621", bin="004336", pcn="ADV", kind="commercial",
         mem=lambda: "XOF" + digits(9), grp=lambda: "B" + digits(7)),
    dict(name="UnitedHealthcare", pid="87726", bin="610279", pcn="9999", kind="commercial",
         mem=lambda: digits(9) + "00", grp=lambda: "0" + digits(6)),
    dict(name="Cigna", pid="62308", bin="017010", pcn="0210CIGN", kind="commercial",
         mem=lambda: "U" + digits(8) + "01", grp=lambda: digits(7)),
    dict(name="Anthem Blue Cross", pid="47198", bin="020115", pcn="IS", kind="commercial",
         mem=lambda: "YRK" + alnum(9, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), grp=lambda: digits(6) + "M" + digits(3)),
    dict(name="Humana Medicare", pid="61101", bin="015581", pcn="03200000", kind="medicare",
         mem=lambda: "H" + digits(8), grp=lambda: "Y" + digits(4)),
    dict(name="SilverScript (Medicare Part D)", pid="SILVR", bin="004336", pcn="MEDDADV", kind="medicare",
         mem=lambda: "S" + digits(9), grp=lambda: "RX" + digits(4)),
    dict(name="Illinois Medicaid (HFS)", pid="IL621", bin="018252", pcn="P018018252", kind="medicaid",
         mem=lambda: digits(9), grp=lambda: "ILMCD"),
    dict(name="Texas Medicaid", pid="TXMCD", bin="610084", pcn="DRTXPROD", kind="medicaid",
         mem=lambda: "5" + digits(8), grp=lambda: "TXMCD"),
]

PRESCRIBERS = [
    dict(first="Rahul", last="Mehta", cred="MD", practice="Lakeshore Rheumatology Associates",
         phone="3125550110", fax="3125550111", street="675 N St Clair St Ste 14-200", city="Chicago", st="IL",
         zip="60611"),
    dict(first="Elena", last="Vasquez", cred="MD", practice="Desert Sky Arthritis Center",
         phone="6025550172", fax="6025550173", street="3330 N 2nd St Ste 401", city="Phoenix", st="AZ",
         zip="85012"),
    dict(first="Samuel", last="Adjei", cred="DO", practice="Peachtree Dermatology & Rheumatology",
         phone="4045550126", fax="4045550127", street="1938 Peachtree Rd NW Ste 512", city="Atlanta", st="GA",
         zip="30309"),
    dict(first="Hannah", last="Kreuzer", cred="MD", practice="North Star Immunology Clinic",
         phone="6125550181", fax="6125550182", street="825 Nicollet Mall Ste 1200", city="Minneapolis", st="MN",
         zip="55402"),
    dict(first="Li Na", last="Zhou", cred="MD, PhD", practice="Bay Valley Rheumatology",
         phone="9165550133", fax="9165550134", street="2801 K St Ste 300", city="Sacramento", st="CA",
         zip="95816"),
    dict(first="Marcus", last="Oduya", cred="NP", practice="Gulf Coast Specialty Care",
         phone="7135550164", fax="7135550165", street="6624 Fannin St Ste 1700", city="Houston", st="TX",
         zip="77030"),
]
for _p in PRESCRIBERS:
    _p["npi"] = npi()
    _p["dea"] = dea(_p["last"])

NURSES = [("Julia", "Larsen"), ("Marcus", "Bell"), ("Ayesha", "Qureshi"), ("Hyun-woo", "Park"),
          ("Bridget", "Nolan")]
CMS = [("Tom", "Whitaker"), ("Rosa", "Delgado"), ("Nina", "Petrosyan"), ("Kofi", "Boateng"), ("Sanne", "de Vries")]
PHARMACISTS = ["Kevin O'Hara, PharmD", "Lauren Mireles, PharmD", "Amit Shah, RPh"]
SPS = [dict(name="Accredo", ncpdp="1467289", npi=npi(), phone="8005550191",
            street="6272 Lee Vista Blvd", city="Orlando", st="FL", zip="32822"),
       dict(name="CVS Specialty", ncpdp="0313217", npi=npi(), phone="8005550137",
            street="105 Mall Blvd", city="Monroeville", st="PA", zip="15146"),
       dict(name="BioPlus Specialty Pharmacy", ncpdp="1044721", npi=npi(), phone="8885550115",
            street="376 Northlake Blvd", city="Altamonte Springs", st="FL", zip="32701"),
       dict(name="Optum Specialty Pharmacy", ncpdp="3980112", npi=npi(), phone="8555550148",
            street="1050 Patrick Henry Dr", city="Pittsburgh", st="PA", zip="15220"),
       dict(name="AllianceRx Walgreens Pharmacy", ncpdp="1473208", npi=npi(), phone="8775550126",
            street="4750 Research Dr", city="Orlando", st="FL", zip="32819")]
RETAIL = [dict(name="Walgreens #07734", ncpdp="1473208", npi=npi()),
          dict(name="CVS Pharmacy #10422", ncpdp="0573441", npi=npi()),
          dict(name="Kroger Pharmacy 014", ncpdp="3681234", npi=npi()),
          dict(name="Hy-Vee Pharmacy 1462", ncpdp="2604911", npi=npi())]

HUB_PHONE = "8885550142"
HUB_FAX = "8885550143"
HUB_PAP_FAX = "8885550144"
HUB_ADDR = "400 Perimeter Park Dr, Suite 200, Morrisville, NC 27560"
DRUG = "ZENTREVI (velantumab-xkpt) 150 mg/mL autoinjector"
NDC11 = ["72145031002", "72145031004", "72145031101"]
NDC_FMT = {"72145031002": "72145-0310-02", "72145031004": "72145-0310-04", "72145031101": "72145-0311-01"}
ICD10 = ["M05.79", "M06.9", "L40.50", "M45.9", "L40.0", "M05.711"]
COPAY_BIN, COPAY_PCN, COPAY_GRP = "610020", "PDMI", "99995112"
LOTS = ["HT2305A", "HT2311C", "HT2401B", "HT2402A"]
HOSTS = ["hub-intake-6f9c7d8b4-2xkqp", "bv-worker-7c9f8d6b5-x2kqp", "pap-svc-5d77c9b8f-mm4lt",
         "copay-adj-66b8c7d9d-9wq2z", "sp-router-84d6f7b9c-kq7hn", "pv-forwarder-7b5d9c6f4-lt2xr",
         "notify-svc-5f8d7c6b9-h2v4p", "edi-gw-7c9f9b7d8-rb6mt"]


# --------------------------------------------------------------------------
# patients
# --------------------------------------------------------------------------
TODAY = dt.date(2024, 3, 12)


def make_patient(i, first, sex, last, old):
    p = {"first": first, "sex": sex, "last": last}
    p["mi"] = R.choice("ABCDEFGHJKLMNPRSTW")
    if old:
        p["dob"] = dt.date(R.randint(1929, 1933), R.randint(1, 12), R.randint(1, 28))
    else:
        p["dob"] = dt.date(R.randint(1950, 2004), R.randint(1, 12), R.randint(1, 28))
    d = p["dob"]
    p["age"] = TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))
    city, st, zip3, acs = R.choice(CITIES)
    p["city"], p["st"] = city, st
    p["zip"] = zip3 + f"{R.randint(1, 99):02d}"
    p["street"] = f"{R.randint(12, 9870)} {R.choice(STREETS)}"
    p["unit"] = R.choice(UNITS) if R.random() < 0.35 else ""
    ac = R.choice(acs)
    p["phone"] = ac + "55501" + f"{R.randint(0, 99):02d}"
    p["cell"] = R.choice(acs) + "55501" + f"{R.randint(0, 99):02d}"
    p["fax"] = ac + "55501" + f"{R.randint(0, 99):02d}"
    fa = ascii_up(first).lower().replace(" ", "").replace("-", "")
    la = ascii_up(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    p["email"] = R.choice([f"{fa}.{la}@", f"{fa[0]}{la}{d.year % 100:02d}@", f"{fa}{la[:4]}{R.randint(1, 99)}@",
                           f"{la}.{fa}{R.randint(60, 99)}@"]) + R.choice(EMAIL_DOM)
    p["username"] = R.choice([f"{fa[0]}{la}{d.year % 100:02d}", f"{fa}.{la[:1]}{R.randint(10, 99)}",
                              f"{fa}_{la}"])
    p["ssn"] = ssn()
    p["hub_id"] = "PT" + f"{R.randint(100000, 999999):07d}"
    p["case"] = "00" + str(R.randint(400000, 499999))
    p["hosp_mrn"] = R.choice(["", "MR", "E"]) + digits(R.choice([7, 8, 9]))
    p["sp_mrn"] = digits(10)
    kind = R.choices(["commercial", "medicare", "medicaid", "uninsured"], [55, 25, 12, 8])[0]
    if old:
        kind = "medicare"
    p["kind"] = kind
    if kind != "uninsured":
        payer = R.choice([x for x in PAYERS if x["kind"] == kind])
        p["payer"] = payer
        p["member_id"] = payer["mem"]()
        p["group"] = payer["grp"]()
    else:
        p["payer"] = None
    p["mbi"] = mbi() if kind == "medicare" else None
    p["copay_id"] = digits(11) if kind == "commercial" else None
    p["copay_pan"] = pan(R.choice(["5", "4"])) if kind == "commercial" else None
    p["pap_app"] = f"PAP-24-{R.randint(1000, 29999):06d}" if kind != "commercial" else None
    p["ip"] = public_ip()
    p["pen_serial"] = f"ZTX{R.choice(['2309', '2311', '2401', '2402'])}{R.choice('HKMR')}{digits(5)}"
    p["mac"] = mac()
    p["imei"] = imei()
    p["udi_gtin"] = gtin14()
    dl_state = st
    if dl_state == "IL":
        p["dl"] = f"{ascii_up(last)[0]}{digits(3)}-{digits(4)}-{digits(4)}"
    elif dl_state == "CA":
        p["dl"] = R.choice("ABCDEFGHNSTWY") + digits(7)
    elif dl_state == "NY":
        p["dl"] = digits(9)
    elif dl_state == "TX":
        p["dl"] = digits(8)
    elif dl_state == "FL":
        p["dl"] = f"{ascii_up(last)[0]}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-0"
    else:
        p["dl"] = R.choice("ABDEFHKMNPRSTW") + digits(R.choice([7, 8]))
    p["plate"] = R.choice([f"{R.randint(1, 9)}{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(3)}",
                           f"{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{digits(4)}",
                           f"{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')} {digits(3)}"])
    p["vin"] = vin()
    p["vehicle"] = R.choice(["2017 Toyota Camry", "2012 Honda Civic", "2019 Ford F-150", "2015 Nissan Rogue",
                             "2020 Hyundai Elantra", "2011 Chevrolet Malibu", "2016 Subaru Outback"])
    p["bank_acct"] = digits(R.choice([9, 10, 12]))
    p["routing"] = aba()
    cg_last = last if R.random() < 0.6 else R.choice(LAST)
    p["cg"] = {"first": R.choice(CG_FIRST), "last": cg_last, "rel": R.choice(RELATIONS),
               "phone": R.choice(acs) + "55501" + f"{R.randint(0, 99):02d}"}
    p["ae_case"] = None
    p["presc"] = R.choice(PRESCRIBERS)
    p["sp"] = R.choice(SPS)
    p["icd"] = R.choice(ICD10)
    p["voice_id"] = uuid4()
    p["sp_acct"] = R.choice(["A", "PA", ""]) + digits(R.choice([8, 9]))
    return p


_fn = FIRST[:]
R.shuffle(_fn)
_ln = LAST[:]
R.shuffle(_ln)
N_PAT = 36
OLD_IDX = {3, 11, 19, 27, 33}
PATIENTS = [make_patient(i, _fn[i][0], _fn[i][1], _ln[i], i in OLD_IDX) for i in range(N_PAT)]
PAT_W = [1.0 / (k + 1) ** 0.6 for k in range(N_PAT)]


def pick(cond=None, old_bias=0.0):
    if old_bias and R.random() < old_bias:
        return R.choice([q for q in PATIENTS if q["age"] > 89])
    while True:
        p = R.choices(PATIENTS, PAT_W)[0]
        if cond is None or cond(p):
            return p


def full_name(p):
    return f"{p['first']} {p['last']}"


def ae_case(p):
    if p["ae_case"] is None:
        p["ae_case"] = f"US-HALC-2024-{R.randint(1000, 9999):06d}"
    return p["ae_case"]


def fut_date(lo=1, hi=21):
    return TODAY + dt.timedelta(days=R.randint(lo, hi))


def past_date(lo=1, hi=30):
    return TODAY - dt.timedelta(days=R.randint(lo, hi))


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
CLOCK = [dt.datetime(2024, 3, 12, 7, 58, 3, 118000)]


def tick():
    CLOCK[0] += dt.timedelta(seconds=R.randint(1, 75), microseconds=R.randint(0, 999) * 1000)
    return CLOCK[0]


def ts_iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def ts_dot(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}"


def ts_syslog(t):
    return f"{MON[t.month - 1]} {t.day:2d} {t.strftime('%H:%M:%S')}"


def ts_clf(t):
    return t.strftime("%d/") + MON[t.month - 1] + t.strftime("/%Y:%H:%M:%S +0000")


def epoch(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds())


def epoch_ms(t):
    return epoch(t) * 1000 + t.microsecond // 1000


# --------------------------------------------------------------------------
# families.  Each takes (phi: bool, now) and returns a Line.
# --------------------------------------------------------------------------
def f_fax(phi, now):
    L = Line("hylafax-syslog")
    host = R.choice(["faxgw01", "faxgw02"])
    pid = R.randint(900, 32000)
    commid = R.randint(4000, 99999)
    if phi:
        p = pick()
        v = R.random()
        if v < 0.5:
            L.t(f"{ts_syslog(now)} {host} FaxGetty[{pid}]: RECV FAX ({commid:08d}): recvq/fax{commid:08d}.tif from ")
            L.p(fmt_phone(p["fax"], "e164"), "fax")
            L.t(f", route to PAP_DOCS, {R.randint(2, 9)} pages in {R.randint(0, 4)}:{R.randint(0, 59):02d}")
        elif v < 0.8:
            L.t(f"{ts_syslog(now)} {host} FaxGetty[{pid}]: REMOTE CSID \"")
            L.p(ascii_up(p["last"]), "name")
            L.t(" HOME\"; REMOTE NSF \"00 00 0E\"; DID ")
            L.t(f"{HUB_PAP_FAX}; caller ")
            L.p(fmt_phone(p["fax"], "dot"), "fax")
        else:
            L.t(f"{ts_syslog(now)} {host} faxrcvd[{pid}]: notify PAP_DOCS: fax{commid:08d}.tif matched sender ")
            L.p(fmt_phone(p["fax"], "plain"), "fax")
            L.t(" to patient ")
            L.p(p["hub_id"], "mrn")
            L.t(f" (confidence 0.{R.randint(80, 99)})")
        return L
    pr = R.choice(PRESCRIBERS)
    v = R.random()
    if v < 0.35:
        L.t(f"{ts_syslog(now)} {host} FaxGetty[{pid}]: RECV FAX ({commid:08d}): recvq/fax{commid:08d}.tif from "
            f"{fmt_phone(pr['fax'], 'e164')}, route to ENROLLMENT, {R.randint(2, 12)} pages in "
            f"{R.randint(0, 5)}:{R.randint(0, 59):02d}")
    elif v < 0.55:
        L.t(f"{ts_syslog(now)} {host} FaxGetty[{pid}]: REMOTE CSID \"{ascii_up(pr['practice'])[:20]}\"; "
            f"DID {HUB_FAX}; caller {fmt_phone(pr['fax'], 'dot')}")
    elif v < 0.75:
        L.t(f"{ts_syslog(now)} {host} FaxSend[{pid}]: SEND FAX: JOB {R.randint(100, 9999)}: to "
            f"{fmt_phone(pr['fax'], 'plain')} completed, {R.randint(1, 3)} pages, {R.choice([9600, 14400, 33600])} bit/s,"
            f" sigrate {R.choice(['V.17', 'V.34'])}, CSID \"HALCYON HUB {fmt_phone(HUB_FAX, 'dash')}\"")
    elif v < 0.9:
        L.t(f"{ts_syslog(now)} {host} FaxGetty[{pid}]: ANSWER: FAX CONNECTION  DEVICE '/dev/ttyIAX{R.randint(0, 7)}'")
    else:
        L.t(f"{ts_syslog(now)} {host} faxqclean[{pid}]: recvq/fax{commid:08d}.tif: removed (age {R.randint(30, 90)}d, "
            f"sha256={hexs(16)}...)")
    return L


def f_ocr(phi, now):
    L = Line("idp-ocr-json")
    doc = f"fax{R.randint(4000, 99999):08d}"
    base = {"ts": ts_iso_z(now), "svc": "intake-idp", "doc_id": doc, "template": R.choice(["HALC-ENR-2023-11", "HALC-ENR-2024-02", "HALC-PAP-2023-07"])}
    if not phi:
        base.update({"status": R.choice(["EXTRACTED", "EXTRACTED", "NEEDS_REVIEW"]), "pages": R.randint(2, 8),
                     "mean_conf": round(R.uniform(0.78, 0.98), 3),
                     "low_conf_fields": R.sample(["prescriber_dea", "insurance_group", "icd10_primary",
                                                  "sig", "quantity", "prescriber_signature"], 2),
                     "engine": "textract-2023-10", "elapsed_ms": R.randint(900, 6000)})
        emit_json(L, base, (", ", ": "))
        return L
    p = pick()
    pr = p["presc"]
    f = {}

    def fld(k, v, cat, c=None):
        f[k] = {"value": P(v, cat), "conf": c if c is not None else round(R.uniform(0.71, 0.99), 2)}

    fld("patient_first_name", p["first"], "name")
    fld("patient_last_name", p["last"], "name")
    fld("patient_dob", fd(p["dob"], "us"), "date")
    if R.random() < 0.7:
        fld("patient_address", p["street"] + (" " + p["unit"] if p["unit"] else ""), "address")
        fld("patient_city", p["city"], "address")
        fld("patient_state", p["st"], None)
        fld("patient_zip", p["zip"], "zip")
    fld("patient_phone_home", fmt_phone(p["phone"], R.choice(["paren", "dash"])), "phone")
    if R.random() < 0.5:
        fld("patient_email", p["email"], "email")
    if R.random() < 0.45:
        fld("patient_fax", fmt_phone(p["fax"], "dash"), "fax")
    if p["kind"] != "commercial" and R.random() < 0.4:
        fld("patient_ssn", p["ssn"], "ssn")
    if p["payer"] and R.random() < 0.8:
        fld("insurance_name", p["payer"]["name"], None)
        fld("insurance_member_id", p["member_id"], "health_plan")
        fld("insurance_group", p["group"], None)
    if R.random() < 0.4:
        fld("clinic_mrn", p["hosp_mrn"], "mrn")
    fld("prescriber_name", f"{pr['first']} {pr['last']}, {pr['cred']}", None)
    fld("prescriber_npi", pr["npi"], None)
    if R.random() < 0.5:
        fld("prescriber_dea", pr["dea"], None)
    fld("prescriber_fax", fmt_phone(pr["fax"], "dash"), None)
    fld("icd10_primary", p["icd"], None)
    if R.random() < 0.5:
        fld("patient_signature_date", fd(past_date(1, 10), "us"), "date")
    base.update({"status": "EXTRACTED", "pages": R.randint(3, 7), "fields": f})
    emit_json(L, base, (", ", ": "))
    return L


def f_esign(phi, now):
    L = Line("docusign-connect")
    env = uuid4()
    acct = "9f2c1a7e-44b1-4c2f-9d0e-3b8a51c7e912"
    pr = R.choice(PRESCRIBERS)
    pr_mail = f"{pr['first'][0].lower()}{ascii_up(pr['last']).lower()}@{pr['practice'].split()[0].lower()}clinic.org"
    signers = [{"name": f"{pr['first']} {pr['last']}", "email": pr_mail, "recipientId": "1",
                "routingOrder": "1", "status": "completed",
                "signedDateTime": ts_iso_z(now - dt.timedelta(minutes=R.randint(2, 90)))}]
    if phi:
        p = pick()
        event = R.choice(["envelope-completed", "recipient-completed", "envelope-sent"])
        subj = ["Please sign: Zentrevi Patient Enrollment – ", P(f"{p['last']}, {p['first']}", "name")]
        signers.append({"name": P(full_name(p), "name"), "email": P(p["email"], "email"), "recipientId": "2",
                        "routingOrder": "2", "status": "completed" if event != "envelope-sent" else "sent"})
        cf = [{"name": "hubCaseNumber", "value": P(p["case"], "other_id")}]
    else:
        event = R.choice(["envelope-sent", "envelope-delivered", "envelope-completed", "envelope-voided"])
        subj = [f"Please sign: Zentrevi Statement of Medical Necessity (ENV-{R.randint(10000, 99999)})"]
        cf = [{"name": "formVersion", "value": "SMN-2024.02"}]
    L.t('{"event":"' + event + '","apiVersion":"v2.1","uri":"/restapi/v2.1/accounts/' + acct + "/envelopes/" + env +
        '","retryCount":' + str(R.choice([0, 0, 0, 1])) + ',"configurationId":"' + str(R.randint(10000000, 19999999)) +
        '","generatedDateTime":"' + ts_iso_z(now) + '","data":{"accountId":"' + acct + '","userId":"' + uuid4() +
        '","envelopeId":"' + env + '","envelopeSummary":{"status":"' + event.split("-")[1] + '","emailSubject":"')
    for s in subj:
        if isinstance(s, P):
            L.p(jstr(s.v), s.cat)
        else:
            L.t(jstr(s))
    L.t('","sender":{"userName":"Halcyon Hub Intake","email":"intake-noreply@halcyonhub-support.com"},')
    L.t('"recipients":{"signers":')
    emit_json(L, signers)
    L.t('},"customFields":{"textCustomFields":')
    emit_json(L, cf)
    L.t("}}}}")
    return L


def f_x12(phi, now):
    icn = f"{R.randint(1, 999999):09d}"
    gcn = str(int(icn))
    isa_d = now.strftime("%y%m%d")
    isa_t = now.strftime("%H%M")
    recv = R.choice(["AVAILITY", "CHANGEHC", "AVAILITY", "WAYSTAR"])
    isa = (f"ISA*00*          *00*          *ZZ*HALCHUB        *ZZ*{recv:<15}*{isa_d}*{isa_t}*^*00501*{icn}*0*P*:~")
    if not phi:
        L = Line("x12-999")
        kind = R.random()
        if kind < 0.6:
            L.t(f"{ts_iso_z(now)} INFO  edi-gw [ediInbound] tx=999 icn={icn} bytes={R.randint(300, 420)} payload=")
            L.t(f"ISA*00*          *00*          *ZZ*{recv:<15}*ZZ*HALCHUB        *{isa_d}*{isa_t}*^*00501*{icn}*0*P*:~")
            L.t(f"GS*FA*{recv}*HALCHUB*{now.strftime('%Y%m%d')}*{isa_t}*{gcn}*X*005010X231A1~ST*999*0001*005010X231A1~"
                f"AK1*HI*{R.randint(1000, 9999)}*005010X217~AK2*278*0001*005010X217~IK5*A~AK9*A*1*1*1~SE*6*0001~"
                f"GE*1*{gcn}~IEA*1*{icn}~")
        elif kind < 0.8:
            L.t(f"{ts_iso_z(now)} WARN  edi-gw [ediInbound] tx=TA1 icn={icn} payload=TA1*{icn}*{isa_d}*{isa_t}*R*"
                f"{R.choice(['006', '022', '024'])}~ note=\"interchange rejected by {recv}; will resubmit with new ICN\"")
        else:
            L.t(f"{ts_iso_z(now)} INFO  edi-gw [ediOutbound] tx=278 icn={icn} partner={recv} sftp=sftp.{recv.lower()}"
                f".example.net:22 status=DELIVERED bytes={R.randint(600, 1400)} elapsed_ms={R.randint(80, 900)}")
        return L
    L = Line("x12-278")
    p = pick(lambda q: q["payer"] is not None)
    pr = p["presc"]
    pay = p["payer"]
    resp = R.random() < 0.35
    L.t(f"{ts_iso_z(now)} DEBUG edi-gw [{'ediInbound' if resp else 'ediOutbound'}] tx=278 icn={icn} payload=")
    L.t(isa)
    L.t(f"GS*HI*HALCHUB*{recv}*{now.strftime('%Y%m%d')}*{isa_t}*{gcn}*X*005010X217~ST*278*0001*005010X217~")
    L.t(f"BHT*0007*{'11' if resp else '13'}*REF{R.randint(10000, 99999)}*{now.strftime('%Y%m%d')}*{now.strftime('%H%M%S')}~")
    if resp:
        L.t(f"HL*1**20*1~AAA*Y**{R.choice(['41', '42'])}*C~" if R.random() < 0.15 else "HL*1**20*1~")
    else:
        L.t("HL*1**20*1~")
    L.t(f"NM1*X3*2*{ascii_up(pay['name'])}*****PI*{pay['pid']}~HL*2*1*21*1~")
    L.t(f"NM1*1P*1*{ascii_up(pr['last'])}*{ascii_up(pr['first'])}****XX*{pr['npi']}~")
    if not resp:
        L.t(f"PER*IC*{ascii_up(pr['practice'])[:30]}*TE*{pr['phone']}*FX*{pr['fax']}~")
    L.t("HL*3*2*22*1~NM1*IL*1*")
    L.p(ascii_up(p["last"]), "name").t("*").p(ascii_up(p["first"]), "name").t("****MI*")
    L.p(p["member_id"], "health_plan").t("~")
    if not resp or R.random() < 0.5:
        L.t("DMG*D8*").p(fd(p["dob"], "ymd"), "date").t(f"*{p['sex']}~")
    if resp and R.random() < 0.3:
        L.t("AAA*Y**75*C~")
    else:
        L.t("HL*4*3*EV*0~")
        if resp:
            L.t(f"HCR*{R.choice(['A1', 'A4', 'A3'])}*{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(7)}~"
                f"REF*NT*{digits(9)}~")
        else:
            L.t(f"UM*HS*I*{R.choice(['1', '2'])}*11:B~")
        d1 = fut_date(0, 10)
        d2 = d1 + dt.timedelta(days=R.choice([179, 364]))
        L.t("DTP*472*RD8*").p(fd(d1, "ymd"), "date").t("-").p(fd(d2, "ymd"), "date").t("~")
        if not resp:
            L.t(f"HI*ABK:{p['icd'].replace('.', '')}~SV1*HC:J3590*{R.choice([7850, 12500, 15400])}*UN*"
                f"{R.choice([2, 4])}~")
    nseg = R.randint(14, 19)
    L.t(f"SE*{nseg}*0001~GE*1*{gcn}~IEA*1*{icn}~")
    return L


def f_epa(phi, now):
    msgid = hexs(32)
    head = (f"{ts_dot(now)} INFO  [epa-connector-{R.randint(1, 4)}] c.h.epa.ScriptClient - ")
    if not phi:
        L = Line("ncpdp-script-xml")
        v = R.random()
        if v < 0.5:
            L.t(head + f"<< {R.choice(['200', '202'])} msgId={msgid} body=")
            L.t(f'<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="2017071" TransportVersion="2017071" '
                f'TransactionDomain="SCRIPT" TransactionVersion="2017071" StructuresVersion="2017071" ECLVersion="2017071">'
                f'<Header><To Qualifier="ZZ">HALCHUB</To><From Qualifier="ZZ">CMMEPA</From><MessageID>{uuid4()}</MessageID>'
                f'<RelatesToMessageID>{msgid}</RelatesToMessageID><SentTime>{now.strftime("%Y-%m-%dT%H:%M:%S")}Z</SentTime>'
                f'</Header><Body><Status><Code>{R.choice(["000", "010"])}</Code><Description>'
                f'{R.choice(["Accepted", "Transaction successful"])}</Description></Status></Body></Message>')
        elif v < 0.8:
            L.t(head + f"PAResponse msgId={msgid} paRef=PA{digits(10)} status={R.choice(['Approved', 'Denied', 'Closed', 'Pended'])} "
                f"deadline={R.randint(24, 72)}h questionSet=QS-{R.randint(100, 999)} elapsed={R.randint(150, 2200)}ms")
        else:
            L.t(head + f"token refresh ok endpoint=https://epa-api.covermymeds-sandbox.example/v3/script expires_in=3599 "
                f"kid={hexs(8)}")
        return L
    L = Line("ncpdp-script-xml")
    p = pick(lambda q: q["payer"] is not None)
    pr = p["presc"]
    pay = p["payer"]
    L.t(head + f">> POST /v3/script PAInitiationRequest msgId={msgid} body=")
    L.t('<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="2017071" TransportVersion="2017071" '
        'TransactionDomain="SCRIPT" TransactionVersion="2017071" StructuresVersion="2017071" ECLVersion="2017071">')
    L.t(f'<Header><To Qualifier="ZZ">CMMEPA</To><From Qualifier="ZZ">HALCHUB</From><MessageID>{msgid}</MessageID>'
        f'<SentTime>{now.strftime("%Y-%m-%dT%H:%M:%S")}Z</SentTime><PrescriberOrderNumber>HUB{digits(8)}</PrescriberOrderNumber></Header>')
    L.t("<Body><PAInitiationRequest><PAReferenceID>" + alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") + "</PAReferenceID>")
    pat = [("Name", [("LastName", P(p["last"], "name")), ("FirstName", P(p["first"], "name"))]),
           ("Gender", p["sex"]),
           ("DateOfBirth", [("Date", P(fd(p["dob"], "iso"), "date"))])]
    if R.random() < 0.75:
        addr = [("AddressLine1", P(p["street"], "address"))]
        if p["unit"]:
            addr.append(("AddressLine2", P(p["unit"], "address")))
        addr += [("City", P(p["city"], "address")), ("StateProvince", p["st"]),
                 ("PostalCode", P(p["zip"], "zip")), ("CountryCode", "US")]
        pat.append(("Address", addr))
    if R.random() < 0.6:
        pat.append(("CommunicationNumbers", [("PrimaryTelephone", [("Number", P(p["phone"], "phone"))])]))
    if R.random() < 0.3:
        pat.insert(0, ("Identification", [("MedicalRecordIdentificationNumberEHR", P(p["hosp_mrn"], "mrn"))]))
    emit_xml(L, "Patient", [("HumanPatient", pat)])
    emit_xml(L, "BenefitsCoordination", [
        ("PayerIdentification", [("PayerID", pay["pid"]), ("ProcessorIdentificationNumber", pay["pcn"]),
                                 ("IINNumber", pay["bin"])]),
        ("PayerName", pay["name"]),
        ("CardholderID", P(p["member_id"], "health_plan")),
        ("GroupID", p["group"])])
    emit_xml(L, "Prescriber", [("NonVeterinarian", [
        ("Identification", [("NPI", pr["npi"]), ("DEANumber", pr["dea"])]),
        ("Name", [("LastName", pr["last"]), ("FirstName", pr["first"])]),
        ("CommunicationNumbers", [("PrimaryTelephone", [("Number", pr["phone"])]), ("Fax", [("Number", pr["fax"])])])])])
    ndc = R.choice(NDC11)
    emit_xml(L, "MedicationPrescribed", [
        ("DrugDescription", "Zentrevi 150 MG/ML Solution Auto-injector"),
        ("DrugCoded", [("ProductCode", [("Code", ndc), ("Qualifier", "ND")])]),
        ("Quantity", [("Value", str(R.choice([2, 4]))), ("CodeListQualifier", "38"),
                      ("QuantityUnitOfMeasure", [("Code", "C28254")])]),
        ("DaysSupply", "28"),
        ("WrittenDate", [("Date", P(fd(past_date(1, 14), "iso"), "date"))]),
        ("Diagnosis", [("ClinicalInformationQualifier", "1"),
                       ("Primary", [("Code", p["icd"].replace(".", "")), ("Qualifier", "ABF")])])])
    L.t("</PAInitiationRequest></Body></Message>")
    return L


OVP = "{ABCDEFGHI"


def overpunch(cents, width=0):
    s = str(cents)
    s = s[:-1] + OVP[int(s[-1])]
    return s.rjust(width, "0") if width else s


def f_ncpdp(phi, now):
    if not phi:
        L = Line("ncpdp-d0")
        v = R.random()
        if v < 0.4:
            L.t(f"{ts_py(now)} INFO  [copay-adj-{R.randint(1, 3)}] ncpdp.stats - window=60s bin={COPAY_BIN} pcn={COPAY_PCN} "
                f"claims={R.randint(5, 40)} paid={R.randint(3, 30)} rejected={R.randint(0, 6)} reversals={R.randint(0, 3)} "
                f"p95_ms={R.randint(180, 900)} top_reject={R.choice(['76', '70', '41', 'MR', '88'])}")
        elif v < 0.75:
            rc = R.choice([("76", "Plan Limitations Exceeded"), ("41", "Submit Bill To Other Processor / Primary Payer"),
                           ("70", "Product/Service Not Covered"), ("MR", "Product Not On Formulary"),
                           ("8C", "M/I Facility ID")])
            L.t(f"{ts_py(now)} WARN  [copay-adj-{R.randint(1, 3)}] ncpdp.reject - txn={uuid4()} rxRef={digits(12)} "
                f"ndc={R.choice(NDC11)} svcProv={R.choice(RETAIL + SPS)['npi']} rej={rc[0]} msg=\"{rc[1]}\" grp={COPAY_GRP}")
        else:
            L.t(f"{ts_py(now)} INFO  [copay-adj-{R.randint(1, 3)}] ncpdp.switch - connected relay.switch-{R.choice(['east', 'west'])}"
                f".example.net:{R.choice([5010, 5011])} tls=1.2 session={hexs(12)} certExp=2025-01-31")
        return L
    L = Line("ncpdp-d0")
    p = pick(lambda q: q["kind"] == "commercial")
    ph = R.choice(RETAIL + SPS)
    dos = past_date(0, 3)
    jsonv = R.random() < 0.4
    if jsonv:
        RS, FS, GS = "\\u001e", "\\u001c", "\\u001d"
    else:
        RS, FS, GS = "<RS>", "<FS>", "<GS>"
    response = R.random() < 0.3
    if jsonv:
        L.t('{"@timestamp":"' + ts_iso_z(now) + '","level":"DEBUG","logger":"ncpdp.wire","thread":"adj-' +
            str(R.randint(1, 16)) + '","dir":"' + ("out" if response else "in") + '","txn":"' + uuid4() + '","raw":"')
    else:
        L.t(f"{ts_py(now)} DEBUG [copay-adj-{R.randint(1, 3)}] ncpdp.wire - {'>>' if response else '<<'} ")
    if response:
        L.t(f"D0B11A01{ph['npi']:<15}").p(fd(dos, "ymd"), "date")
        L.t(f"{RS}{FS}AM20{FS}F4CLAIM PROCESSED BY HALCYON COPAY PROGRAM{GS}{RS}{FS}AM21{FS}ANP{FS}F3{digits(12)}")
        L.t(f"{FS}UF01{FS}FQCALL {fmt_phone(HUB_PHONE, 'one')} W/ QUESTIONS")
        if R.random() < 0.5:
            L.t(f"{RS}{FS}AM29{FS}CA").p(ascii_up(p["first"]), "name").t(f"{FS}CB").p(ascii_up(p["last"]), "name")
            L.t(f"{FS}C4").p(fd(p["dob"], "ymd"), "date")
        L.t(f"{RS}{FS}AM23{FS}F5{overpunch(R.choice([0, 500, 1000, 2500]))}{FS}F6{overpunch(R.randint(50000, 600000))}"
            f"{FS}F9{overpunch(R.randint(50000, 600000))}{FS}FM1")
    else:
        L.t(f"{COPAY_BIN}D0B1{COPAY_PCN:<10}101{ph['npi']:<15}").p(fd(dos, "ymd"), "date").t(f"{'SWVNDR0042':<10}")
        L.t(f"{RS}{FS}AM04{FS}C2").p(p["copay_id"], "health_plan")
        if R.random() < 0.6:
            L.t(f"{FS}CC").p(ascii_up(p["first"]), "name").t(f"{FS}CD").p(ascii_up(p["last"]), "name")
        L.t(f"{FS}C1{COPAY_GRP}")
        L.t(f"{RS}{FS}AM01{FS}C4").p(fd(p["dob"], "ymd"), "date").t(f"{FS}C5{'2' if p['sex'] == 'F' else '1'}")
        L.t(f"{FS}CA").p(ascii_up(p["first"]), "name").t(f"{FS}CB").p(ascii_up(p["last"]), "name")
        if R.random() < 0.5:
            L.t(f"{FS}CM").p(ascii_up(p["street"]), "address").t(f"{FS}CN").p(ascii_up(p["city"]), "address")
            L.t(f"{FS}CO{p['st']}{FS}CP").p(p["zip"], "zip")
        if R.random() < 0.5:
            L.t(f"{FS}CQ").p(p["phone"], "phone")
        L.t(f"{GS}{RS}{FS}AM07{FS}EM1{FS}D2{digits(12)}{FS}E103{FS}D7{R.choice(NDC11)}{FS}E7{R.choice([2000, 4000])}"
            f"{FS}D3{R.randint(0, 11):02d}{FS}D5{R.choice([28, 28, 56, 84]):03d}{FS}D61{FS}D80{FS}DE")
        L.p(fd(past_date(5, 60), "ymd"), "date")
        L.t(f"{FS}DF{R.randint(0, 11):02d}{FS}DJ1{FS}28EA")
        pr = p["presc"]
        L.t(f"{RS}{FS}AM03{FS}EZ01{FS}DB{pr['npi']}{FS}DR{ascii_up(pr['last'])}")
        L.t(f"{RS}{FS}AM05{FS}4C1{FS}5C01{FS}6C03{FS}7C{p['payer']['bin']}{FS}HB1{FS}HC07"
            f"{FS}DV{overpunch(R.randint(2000, 150000))}")
        L.t(f"{RS}{FS}AM11{FS}D9{overpunch(R.randint(500000, 1000000))}{FS}DC{overpunch(R.choice([150, 175, 0]))}"
            f"{FS}DU{overpunch(R.randint(500000, 1000000))}{FS}DN01")
    if jsonv:
        L.t('"}')
    return L


def f_copay_fw(phi, now):
    L = Line("copay-fixedwidth")
    pre = f"{ts_py(now)} DEBUG [ClaimFileParser] file=HALC_COPAY_{now.strftime('%Y%m%d')}_01.txt "
    if not phi:
        if R.random() < 0.5:
            L.t(pre + "rec#000001 raw=|H" + "HALCYONCOPAY".ljust(15) + now.strftime("%Y%m%d") + "TRXADE".ljust(10) +
                "0001" + "4.2".ljust(5) + "|")
        else:
            n = R.randint(180, 900)
            L.t(pre + f"rec#{n + 2:06d} raw=|T{n:09d}{R.randint(1000000, 9999999):012d}{R.randint(100000, 999999):012d}|"
                      f" status=TRAILER_OK")
        return L
    p = pick(lambda q: q["kind"] == "commercial")
    L.t(pre + f"rec#{R.randint(2, 900):06d} raw=|D")
    L.t(f"{'CLM' + digits(12):<15}{COPAY_BIN}{COPAY_PCN:<10}{COPAY_GRP:<15}")
    L.p(p["copay_id"], "health_plan").t(" " * (20 - len(p["copay_id"])))
    la, fi = ascii_up(p["last"])[:25], ascii_up(p["first"])[:15]
    L.p(la, "name").t(" " * (25 - len(la)))
    L.p(fi, "name").t(" " * (15 - len(fi)))
    L.p(fd(p["dob"], "ymd"), "date").t("F" if p["sex"] == "F" else "M")
    L.p(p["zip"], "zip")
    L.p(fd(past_date(1, 5), "ymd"), "date")
    L.t(f"{R.choice(NDC11)}{R.choice([2000, 4000]):010d}{28:03d}{R.choice(RETAIL + SPS)['npi']}{p['presc']['npi']}"
        f"{R.randint(2000, 200000):09d}{R.randint(2000, 600000):09d}{R.choice([0, 500, 1000]):09d}|")
    return L


CSV_HEADER = ("activation_ts,request_id,channel,bin,pcn,group,member_id,first_name,last_name,dob,zip,phone,email,"
              "comm_ins_attest,terms_accepted,status")


def f_copay_csv(phi, now):
    L = Line("copay-activation-csv")
    if not phi:
        if R.random() < 0.6:
            L.t(CSV_HEADER)
        else:
            L.t(f"#batch=ACT{now.strftime('%Y%m%d')}-{R.randint(1, 9):02d},rows={R.randint(40, 400)},"
                f"rejected={R.randint(0, 9)},sha256={hexs(64)}")
        return L
    p = pick(lambda q: q["kind"] == "commercial")
    L.t(f"{now.strftime('%Y-%m-%dT%H:%M:%SZ')},{uuid4()},{R.choice(['web', 'ivr', 'pharmacy', 'sms'])},"
        f"{COPAY_BIN},{COPAY_PCN},{COPAY_GRP},")
    L.p(p["copay_id"], "health_plan").t(",")
    L.p(p["first"], "name").t(",").p(p["last"], "name").t(",")
    L.p(fd(p["dob"], R.choice(["iso", "us"])), "date").t(",")
    L.p(p["zip"], "zip").t(",")
    if R.random() < 0.8:
        L.p(fmt_phone(p["cell"], R.choice(["dash", "plain", "paren"])), "phone")
    L.t(",")
    if R.random() < 0.7:
        L.p(p["email"], "email")
    L.t(f",Y,Y,{R.choice(['ACTIVE', 'ACTIVE', 'ACTIVE', 'DUPLICATE', 'PENDING_VERIFY'])}")
    return L


def f_card(phi, now):
    L = Line("card-issuer-json")
    if not phi:
        ev = R.choice(["program.funding.credited", "program.funding.low_balance", "cardproduct.updated"])
        emit_json(L, {"type": ev, "token": uuid4(), "program_token": "halc-copay-2024",
                      "amount": round(R.uniform(5000, 250000), 2), "currency_code": "USD",
                      "created_time": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
                      "memo": f"Wire ref {alnum(16)}"})
        return L
    p = pick(lambda q: q["kind"] == "commercial")
    if R.random() < 0.6:
        emit_json(L, {"type": R.choice(["card.created", "card.activated", "card.reissued"]), "token": uuid4(),
                      "user_token": uuid4(), "card_product_token": "halc-copay-debit",
                      "pan": P(p["copay_pan"], "account"),
                      "expiration": f"{R.randint(1, 12):02d}{R.randint(26, 28)}",
                      "state": "ACTIVE", "fulfillment_status": "DIGITALLY_PRESENTED",
                      "created_time": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
                      "metadata": {"hub_case": P(p["case"], "other_id"), "bin_member": P(p["copay_id"], "health_plan")}})
    else:
        emit_json(L, {"type": "reimbursement.ach.submitted", "token": uuid4(),
                      "payee": {"name": P(full_name(p), "name"), "type": "INDIVIDUAL"},
                      "bank": {"routing_number": p["routing"], "account_number": P(p["bank_acct"], "account"),
                               "account_type": R.choice(["checking", "savings"])},
                      "amount": round(R.uniform(20, 2400), 2), "eob_claim_ref": f"EOB{digits(10)}",
                      "created_time": now.strftime("%Y-%m-%dT%H:%M:%SZ")})
    return L


def pino_head(now, msg_level=30):
    return {"level": msg_level, "time": epoch_ms(now), "pid": R.choice([17, 23, 41]),
            "hostname": R.choice(["pap-svc-5d77c9b8f-mm4lt", "pap-svc-5d77c9b8f-q8zrx"])}


def f_pap(phi, now):
    L = Line("pap-pino-json")
    h = pino_head(now)
    if not phi:
        v = R.random()
        if v < 0.35:
            h.update({"msg": "FPL table loaded", "year": 2024, "base": 15060, "perAdditional": 5380,
                      "thresholdPct": 500, "source": "s3://halc-pap-config/fpl/2024.json", "etag": hexs(32)})
        elif v < 0.65:
            h.update({"reqId": f"req-{alnum(6, 'abcdefghijklmnopqrstuvwxyz0123456789')}", "msg": "request completed",
                      "req": {"method": "POST", "url": "/v1/applications/eligibility", "remoteAddress": private_ip()},
                      "res": {"statusCode": R.choice([200, 200, 202, 409])}, "responseTime": R.randint(40, 2200)})
        else:
            h.update({"level": 40, "msg": "income verification vendor slow", "vendor": R.choice(["twn", "irs-ives"]),
                      "p95Ms": R.randint(3000, 12000), "circuit": R.choice(["closed", "half-open"])})
        emit_json(L, h)
        return L
    p = pick(lambda q: q["kind"] != "commercial")
    v = R.random()
    if v < 0.3:
        h.update({"msg": "application received", "applicationId": P(p["pap_app"], "other_id"),
                  "channel": R.choice(["fax", "portal", "esign"]),
                  "applicant": {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
                                "dob": P(fd(p["dob"], "iso"), "date"), "age": P(p["age"], "age" if p["age"] > 89 else None)},
                  "householdSize": R.randint(1, 5), "insurance": p["kind"].upper()})
        if p["mbi"] and R.random() < 0.7:
            h["applicant"]["mbi"] = P(p["mbi"], "health_plan")
        if h["channel"] == "portal":
            h["clientIp"] = P(p["ip"], "ip")
    elif v < 0.5:
        h.update({"msg": "IVES 4506-C request queued", "applicationId": P(p["pap_app"], "other_id"),
                  "taxpayer": {"name": P(f"{ascii_up(p['last'])}, {ascii_up(p['first'])}", "name"), "ssn": P(p["ssn"], "ssn"),
                               "address": P(f"{p['street']}, {p['city']}", "address"), "state": p["st"], "zip": P(p["zip"], "zip")},
                  "taxYears": [2022, 2023], "form": "1040"})
    elif v < 0.62:
        slug = (ascii_up(p["last"]).lower().replace(" ", "_").replace("'", "").replace("-", "_") + "_" +
                ascii_up(p["first"]).lower().replace(" ", "_").replace("-", "_"))
        h.update({"msg": "supporting document stored", "applicationId": P(p["pap_app"], "other_id"),
                  "docType": R.choice(["1040", "W2", "SSA_1099", "PAYSTUB"]),
                  "location": P(f"https://halc-pap-docs.s3.us-east-1.amazonaws.com/applications/{p['pap_app']}/"
                                f"{slug}_{R.choice(['2023_1040', 'w2_2023', 'ssa1099_2023', 'paystub_0301'])}.pdf", "url"),
                  "bytes": R.randint(80000, 2400000), "sha256": hexs(64), "kms": "alias/halc-pap-docs"})
    elif v < 0.8:
        hh = R.randint(1, 5)
        inc = R.randint(9000, 95000)
        fpl = 15060 + 5380 * (hh - 1)
        h.update({"msg": "eligibility decision", "applicationId": P(p["pap_app"], "other_id"),
                  "householdSize": hh, "annualIncome": inc, "fplPct": round(100.0 * inc / fpl, 1),
                  "decision": "APPROVED" if inc < 5 * fpl else "DENIED", "rulesVersion": "3.2.1",
                  "incomeSource": R.choice(["TWN", "IRS_IVES", "SELF_ATTEST+PAYSTUB"])})
        if R.random() < 0.5:
            h["hubPatientId"] = P(p["hub_id"], "mrn")
    else:
        h.update({"msg": "asset attestation captured", "applicationId": P(p["pap_app"], "other_id"),
                  "assets": {"vehicles": [{"desc": p["vehicle"], "vin": P(p["vin"], "vehicle")}],
                             "liquidUsd": R.randint(0, 9000)},
                  "attestedBy": P(full_name(p), "name")})
    emit_json(L, h)
    return L


JPEG_HDR = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")


def f_idv(phi, now):
    L = Line("idv-json")
    if not phi:
        emit_json(L, {"timestamp": ts_iso_z(now), "component": "idv-client", "vendor": "verifid",
                      "event": R.choice(["latency", "webhook_registered", "quota"]),
                      "p50_ms": R.randint(300, 900), "p99_ms": R.randint(2000, 9000), "callsToday": R.randint(20, 400),
                      "endpoint": "https://api.verifid-sandbox.example/v2/verifications"}, (", ", ": "))
        return L
    p = pick()
    v = R.random()
    doc = {"documentType": "DRIVERS_LICENSE", "issuingState": p["st"], "documentNumber": P(p["dl"], "license"),
           "firstName": P(ascii_up(p["first"]), "name"), "lastName": P(ascii_up(p["last"]), "name"),
           "dateOfBirth": P(fd(p["dob"], "iso"), "date")}
    if R.random() < 0.5:
        doc["address"] = {"line1": P(ascii_up(p["street"]), "address"), "city": P(ascii_up(p["city"]), "address"),
                          "state": p["st"], "postalCode": P(p["zip"], "zip")}
    obj = {"timestamp": ts_iso_z(now), "component": "idv-client", "referenceId": uuid4(),
           "decision": R.choice(["accept", "accept", "review"]), "scores": {"document": round(R.uniform(0.8, 0.99), 3),
                                                                          "liveness": round(R.uniform(0.7, 0.99), 3)},
           "documentVerification": doc}
    if v < 0.4:
        obj["selfie"] = P("data:image/jpeg;base64," + b64_random(R.randint(700, 1000), JPEG_HDR), "photo")
    elif v < 0.7:
        obj["faceMatch"] = {"similarity": round(R.uniform(0.85, 0.99), 3),
                            "faceTemplate": P(b64_random(R.choice([256, 384])), "biometric"), "templateFormat": "ISO19794-5"}
    else:
        obj["selfieJpegB64"] = P(b64_random(R.randint(600, 900), JPEG_HDR), "photo")
    emit_json(L, obj, (", ", ": "))
    return L


SF_NANOS = [1_203_311]


def sf_head(now):
    SF_NANOS[0] += R.randint(50_000, 90_000_000)
    return now.strftime("%H:%M:%S.") + f"{now.microsecond // 1000:03d} ({SF_NANOS[0]})|"


def f_sfapex(phi, now):
    L = Line("sf-apex-debug")
    L.t(sf_head(now))
    ln = R.randint(12, 480)
    if not phi:
        v = R.randint(0, 9)
        if v == 0:
            L.t(f"SOQL_EXECUTE_BEGIN|[{ln}]|Aggregations:0|SELECT Id, CaseNumber, Status, Hub_Stage__c FROM Case "
                f"WHERE ContactId = :tmpVar1 AND RecordType.DeveloperName = 'Patient_Support' LIMIT 1")
        elif v == 1:
            L.t(f"SOQL_EXECUTE_END|[{ln}]|Rows:{R.randint(0, 3)}")
        elif v == 2:
            L.t(f"DML_BEGIN|[{ln}]|Op:{R.choice(['Insert', 'Update', 'Upsert'])}|Type:{R.choice(['Case', 'Task', 'Benefit_Investigation__c', 'Copay_Card__c', 'Shipment__c'])}|Rows:{R.randint(1, 5)}")
        elif v == 3:
            L.t(f"CODE_UNIT_STARTED|[EXTERNAL]|01q5e00000{alnum(5, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}|"
                f"{R.choice(['HubCaseTrigger on Case trigger event BeforeUpdate', 'CopayCardTrigger on Copay_Card__c trigger event AfterInsert', 'TaskTrigger on Task trigger event AfterInsert'])}")
        elif v == 4:
            L.t(f"CALLOUT_REQUEST|[{ln}]|System.HttpRequest[Endpoint=callout:BV_Vendor/v2/benefits/{uuid4()}, Method=POST]")
        elif v == 5:
            L.t(f"CALLOUT_RESPONSE|[{ln}]|System.HttpResponse[Status=OK, StatusCode=200]")
        elif v == 6:
            L.t(f"USER_DEBUG|[{ln}]|DEBUG|BV callout retry {R.randint(1, 3)}/3 for Benefit_Investigation__c "
                f"{sfid('a0B')} after {R.randint(200, 4000)}ms")
        elif v == 7:
            L.t(f"HEAP_ALLOCATE|[{ln}]|Bytes:{R.randint(3, 9000)}")
        elif v == 8:
            L.t(f"VARIABLE_ASSIGNMENT|[{ln}]|caseIds|[\"{sfid('500')}\",\"{sfid('500')}\"]|0x{hexs(8)}")
        else:
            L.t(f"USER_DEBUG|[{ln}]|INFO|Assigned case {sfid('500')} to queue Nurse_Educator_Onboarding "
                f"(owner {R.choice(NURSES)[0]} {R.choice(NURSES)[1]})")
        return L
    p = pick()
    v = R.randint(0, 4)
    if v == 0:
        L.t(f"VARIABLE_ASSIGNMENT|[{ln}]|pat|")
        emit_json(L, {"FirstName": P(p["first"], "name"), "LastName": P(p["last"], "name"),
                      "Birthdate": P(fd(p["dob"], "iso"), "date"), "MailingPostalCode": P(p["zip"], "zip"),
                      "Hub_Patient_ID__c": P(p["hub_id"], "mrn"), "Id": sfid("003"),
                      "RecordTypeId": "0125e000000HubPtAAA"})
        L.t(f"|0x{hexs(8)}")
    elif v == 1:
        L.t(f"USER_DEBUG|[{ln}]|DEBUG|Enrollment payload: ")
        o = {"caseNumber": P(p["case"], "other_id"), "patient": {"name": P(full_name(p), "name"),
                                                              "dob": P(fd(p["dob"], "us"), "date"),
                                                              "phone": P(fmt_phone(p["phone"], "paren"), "phone")},
             "prescriberNpi": p["presc"]["npi"], "program": "ZENTREVI_CONNECT"}
        if p["payer"]:
            o["coverage"] = {"payer": p["payer"]["name"], "memberId": P(p["member_id"], "health_plan"),
                             "groupNumber": p["group"]}
        emit_json(L, o)
    elif v == 2:
        L.t(f"EXCEPTION_THROWN|[{ln}]|System.DmlException: Update failed. First exception on row 0 with id "
            f"{sfid('a0C')}; first error: FIELD_CUSTOM_VALIDATION_EXCEPTION, ")
        if p["mbi"]:
            L.t("Medicare_MBI__c value ").p(p["mbi"], "health_plan").t(" is not a valid MBI for Part D plan: [Medicare_MBI__c]")
        elif p["payer"]:
            L.t("Member ID ").p(p["member_id"], "health_plan").t(f" does not match format for payer {p['payer']['pid']}: [Member_ID__c]")
        else:
            L.t("Birthdate ").p(fd(p["dob"], "us"), "date").t(" is after consent date: [Birthdate]")
    elif v == 3:
        L.t(f"SOQL_EXECUTE_BEGIN|[{ln}]|Aggregations:0|SELECT Id, Name, Birthdate FROM Contact WHERE LastName = '")
        L.p(p["last"].replace("'", "\\'"), "name").t("' AND Birthdate = ").p(fd(p["dob"], "iso"), "date").t(" LIMIT 5")
    else:
        L.t(f"USER_DEBUG|[{ln}]|DEBUG|Case ").p(p["case"], "other_id")
        L.t(f" stage -> {R.choice(['BV_COMPLETE', 'PA_SUBMITTED', 'PA_APPROVED', 'READY_TO_SHIP', 'PAP_REVIEW'])}; "
            f"CM={' '.join(R.choice(CMS))}; contact ").p(fmt_phone(p["cell"], "e164"), "phone")
    return L


SF_EVT_HEADER_KEYS = ["EVENT_TYPE", "TIMESTAMP", "REQUEST_ID", "ORGANIZATION_ID", "USER_ID", "RUN_TIME", "CPU_TIME",
                      "URI", "SESSION_KEY", "LOGIN_KEY", "USER_TYPE", "REQUEST_STATUS", "DB_TOTAL_TIME",
                      "LOGIN_STATUS", "BROWSER_TYPE", "SOURCE_IP", "TIMESTAMP_DERIVED"]


def f_sfevent(phi, now):
    L = Line("sf-eventlog-csv")
    et = R.choice(["Login", "Login", "URI", "ApexCallout", "ReportExport"]) if not phi else R.choice(["Login", "URI"])
    ts = now.strftime("%Y%m%d%H%M%S.") + f"{now.microsecond // 1000:03d}"
    if phi:
        p = pick()
        ut, ip = "CspLitePortal", p["ip"]
    else:
        ut, ip = "Standard", private_ip()
    vals = [et, ts, "4" + alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), "00D5e0000008HaLc",
            sfid("005")[:15], str(R.randint(40, 4000)), str(R.randint(5, 900)),
            R.choice(["/s/my-benefits", "/s/copay-card", "/apex/HubCaseConsole", "/s/documents", "/lightning/r/Case"]),
            alnum(16), alnum(16), ut, R.choice(["S", "S", "F"]), str(R.randint(100000, 9000000)),
            "LOGIN_NO_ERROR" if et == "Login" else "", R.choice(["Chrome 122", "Safari 17.3", "Edge 122"]), ip,
            now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"]
    for i, v in enumerate(vals):
        if i:
            L.t(",")
        L.t('"')
        if i == 15 and phi:
            L.p(v, "ip")
        else:
            L.t(v)
        L.t('"')
    return L


def f_cti(phi, now):
    L = Line("cti-kv")
    nf, nl = R.choice(NURSES)
    agent = (nf[0] + nl).lower().replace("-", "")
    L.t(f"{ts_dot(now)} INFO  [cti-bridge-{R.randint(1, 3)}] c.h.cti.CallEventListener - ")
    iid = uuid4()
    if not phi:
        v = R.random()
        if v < 0.35:
            pr = R.choice(PRESCRIBERS)
            L.t(f"CALL_ENDED interactionId={iid} direction=OUTBOUND ani=+1{HUB_PHONE} dnis=+1{pr['phone']} "
                f"queue=BV_OUTREACH agentId={agent} agentName=\"{nf} {nl}\" talkTime=PT{R.randint(1, 12)}M{R.randint(0, 59)}S "
                f"wrapup=OFFICE_PA_FOLLOWUP")
        elif v < 0.65:
            L.t(f"AGENT_STATE agentId={agent} state={R.choice(['READY', 'NOT_READY', 'AFTER_CALL_WORK', 'LOGGED_OUT'])} "
                f"reason={R.choice(['Break', 'Training', 'none', 'Lunch'])} station=SIP/{R.randint(4000, 4999)}")
        else:
            L.t(f"QUEUE_STATS queue={R.choice(['NURSE_EDU_ONC', 'NURSE_EDU_IMM', 'COPAY_SUPPORT', 'PAP_INTAKE', 'AE_INTAKE'])} "
                f"waiting={R.randint(0, 9)} longestWait=PT{R.randint(0, 6)}M{R.randint(0, 59)}S sla80_20={R.uniform(0.6, 0.98):.2f} "
                f"agentsReady={R.randint(0, 12)}")
        return L
    p = pick()
    fromcg = R.random() < 0.25
    L.t(f"CALL_ENDED interactionId={iid} direction=INBOUND ani=")
    L.p("+1" + (p["cg"]["phone"] if fromcg else p["cell"]), "phone")
    L.t(f" dnis=+1{HUB_PHONE} queue={R.choice(['NURSE_EDU_IMM', 'COPAY_SUPPORT', 'PAP_INTAKE', 'AE_INTAKE'])} agentId={agent} "
        f"agentName=\"{nf} {nl}\" talkTime=PT{R.randint(2, 30)}M{R.randint(0, 59)}S holdTime=PT{R.randint(0, 3)}M0S "
        f"wrapup={R.choice(['INJ_TRAINING_COMPLETE', 'COPAY_ACTIVATED', 'PAP_DOCS_REQUESTED', 'AE_CAPTURED', 'STATUS_UPDATE'])} caseNumber=")
    L.p(p["case"], "other_id")
    if R.random() < 0.3:
        L.t(" callerName=\"").p(f"{p['cg']['first']} {p['cg']['last']}" if fromcg else full_name(p), "name").t('"')
    return L


def f_note(phi, now):
    L = Line("sf-task-note")
    nf, nl = R.choice(NURSES)
    cre = now.strftime("%Y-%m-%dT%H:%M:%S.000+0000")
    L.t(f"[Task {sfid('00T')}] CreatedDate={cre} Owner=\"{nf} {nl}, RN\" Subject=\"")
    if not phi:
        v = R.random()
        if v < 0.5:
            L.t(f"Voicemail left\" Description=\"Left generic VM per min-necessary policy (no drug name). Callback requested to "
                f"{fmt_phone(HUB_PHONE, 'one')}, M-F 8am-8pm ET. Attempt {R.randint(1, 3)} of 3.\"")
        else:
            pr = R.choice(PRESCRIBERS)
            L.t(f"Office outreach\" Description=\"Spoke w/ {R.choice(['MA', 'PA coordinator', 'front desk'])} at "
                f"{pr['practice']} ({fmt_phone(pr['phone'], 'paren')}); faxed missing SMN page to {fmt_phone(pr['fax'], 'dash')}. "
                f"Per Dr. {pr['last']} updated LOMN will follow within {R.randint(1, 3)} business days.\"")
        return L
    p = pick(old_bias=0.2)
    cg = p["cg"]
    v = R.random()
    if v < 0.5:
        L.t("Injection training - Zentrevi\" Description=\"Pt ").p(full_name(p), "name")
        L.t(" (DOB ").p(fd(p["dob"], "us"), "date").t(f") demonstrated autoinjector technique on {R.choice(['L', 'R'])} "
                                                      f"{R.choice(['thigh', 'abdomen'])}. ")
        if p["age"] > 89:
            L.t("Pt is ").p(str(p["age"]), "age").t(" y/o, lives alone; ")
        L.t(f"Caregiver ({cg['rel']}) ").p(cg["first"], "name").t(" present; reach at ").p(fmt_phone(cg["phone"], "paren"), "phone")
        L.t(". F/u call scheduled ").p(fd(fut_date(3, 14), "us"), "date").t(f" {R.randint(9, 16)}:{R.choice(['00', '30'])} CT.\"")
    elif v < 0.8:
        L.t("Welcome call\" Description=\"Completed welcome call with ").p(full_name(p), "name")
        L.t(f". Verified identity via DOB + ZIP (").p(p["zip"], "zip").t("). Preferred contact: text to ")
        L.p(fmt_phone(p["cell"], "dash"), "phone").t(f". Hub case ").p(p["case"], "other_id").t(" moved to BV.\"")
    else:
        L.t("First shipment check-in\" Description=\"").p(p["first"], "name")
        L.t(f" confirmed receipt of cold pack from {p['sp']['name']}; first dose planned ").p(fd(fut_date(1, 5), "long"), "date")
        L.t(". Reports no issues. Next nurse visit (in-home) at ").p(p["street"], "address").t(", ").p(p["city"], "address")
        L.t(".\"")
    return L


def f_ivr(phi, now):
    L = Line("ivr-voiceauth-json")
    if not phi:
        emit_json(L, {"timestamp": ts_iso_z(now), "service": "ivr-voiceauth", "level": "info",
                      "event": R.choice(["MODEL_LOADED", "HEALTH", "CALL_ROUTED"]),
                      "engine": "vb-engine 11.4.2", "callSid": "CA" + hexs(32),
                      "latencyMs": R.randint(30, 600), "node": private_ip()})
        return L
    p = pick()
    if R.random() < 0.6:
        emit_json(L, {"timestamp": ts_iso_z(now), "service": "ivr-voiceauth", "level": "info",
                      "event": "VOICEPRINT_ENROLLED", "callSid": "CA" + hexs(32), "from": P("+1" + p["cell"], "phone"),
                      "speakerRef": p["voice_id"],
                      "voiceprint": {"format": "vb-vp-4", "netSpeechSec": round(R.uniform(8, 20), 1),
                                     "template": P(b64_random(R.choice([288, 360, 420])), "biometric")}})
    else:
        emit_json(L, {"timestamp": ts_iso_z(now), "service": "ivr-voiceauth", "level": "info", "event": "VERIFY",
                      "callSid": "CA" + hexs(32), "from": P("+1" + p["cell"], "phone"), "speakerRef": p["voice_id"],
                      "score": round(R.uniform(0.4, 0.99), 3), "decision": R.choice(["MATCH", "MATCH", "NO_MATCH"]),
                      "fallback": "DOB_ZIP"})
    return L


def f_sp(phi, now):
    L = Line("py-logging")
    L.t(f"{ts_py(now)} {R.choice(['INFO', 'INFO', 'WARNING'])} referral.router [worker-{R.randint(1, 8)}] ")
    if not phi:
        v = R.random()
        if v < 0.4:
            L.t(f"refreshed SP network matrix: {len(SPS)} pharmacies, {R.randint(150, 300)} payer-plan rules "
                f"(sha={hexs(12)}, took {R.randint(80, 900)}ms)")
        elif v < 0.7:
            sp = R.choice(SPS)
            L.t(f"sp ack received sp={sp['name'].split()[0].upper()} ncpdp={sp['ncpdp']} referral_id=REF-{digits(8)} "
                f"status={R.choice(['RECEIVED', 'BENEFITS_REVIEW', 'SCHEDULED', 'SHIPPED'])} latency={R.randint(1, 40)}h")
        else:
            L.t(f"triage SLA check window=1h breaches={R.randint(0, 4)} pending={R.randint(3, 60)} "
                f"oldest_age={R.randint(1, 70)}h threshold=48h")
        return L
    p = pick()
    sp = p["sp"]
    v = R.random()
    if v < 0.4:
        L.t("routed case=").p(p["case"], "other_id")
        L.t(f" to sp={sp['name'].split()[0].upper()} ncpdp={sp['ncpdp']} reason={R.choice(['PAYER_LOCK', 'LDD_NETWORK', 'PATIENT_PREF'])} "
            f"payer=\"{p['payer']['name'] if p['payer'] else 'PAP'}\" ld=True eta_hrs={R.choice([24, 48, 72])}")
    elif v < 0.55:
        L.t(f"will-call pickup ID check ok pharmacist=\"{R.choice(PHARMACISTS)}\" id_type=DL id_state={p['st']} id_no=")
        L.p(p["dl"], "license").t(" patient=").p(full_name(p), "name").t(" sp_acct=").p(p["sp_acct"], "account")
    elif v < 0.8:
        L.t("triage note: pt ").p(full_name(p), "name").t(" hub_id=").p(p["hub_id"], "mrn")
        L.t(" requests delivery to alternate address ").p(f"{R.randint(10, 999)} {R.choice(STREETS)}", "address")
        L.t(", ").p(p["city"], "address").t(f" {p['st']} ").p(p["zip"], "zip")
        L.t(" on ").p(fd(fut_date(1, 7), "iso"), "date")
    else:
        L.t(f"{sp['name']} intake confirmed sp_patient_id=").p(p["sp_mrn"], "mrn")
        L.t(" for hub_case=").p(p["case"], "other_id")
        L.t(f" pharmacist=\"{R.choice(PHARMACISTS)}\" copay_applied={p['kind'] == 'commercial'}")
    return L


def f_hl7(phi, now):
    L = Line("hl7v2")
    ctrl = f"MSG{digits(8)}"
    sp = R.choice(SPS)
    L.t(f"[{ts_dot(now)}] hl7-out ctrl={ctrl} to={sp['name'].split()[0].upper()} seg=")
    if not phi:
        v = R.random()
        if v < 0.4:
            L.t(f"MSH|^~\\&|HALCHUB|HALC|{sp['name'].split()[0].upper()}|SPX|{now.strftime('%Y%m%d%H%M%S')}||ORM^O01^ORM_O01|{ctrl}|P|2.5.1")
        elif v < 0.7:
            pr = R.choice(PRESCRIBERS)
            L.t(f"ORC|NW|HUB{digits(8)}|||||^^^{now.strftime('%Y%m%d')}||{now.strftime('%Y%m%d%H%M')}|||"
                f"{pr['npi']}^{ascii_up(pr['last'])}^{ascii_up(pr['first'])}^^^^^^NPI|||||{pr['phone']}")
        else:
            ndc = R.choice(NDC11)
            L.t(f"RXO|{ndc}^ZENTREVI 150MG/ML AUTOINJ^NDC||||{R.choice([2, 4])}|EA||N|||{R.choice([0, 5, 11])}|||"
                f"||||||||28")
        return L
    p = pick()
    if R.random() < 0.65:
        L.t("PID|1||").p(p["sp_mrn"], "mrn").t(f"^^^{sp['name'].split()[0].upper()}^MR~").p(p["hub_id"], "mrn")
        L.t("^^^HALC^PI||").p(ascii_up(p["last"]), "name").t("^").p(ascii_up(p["first"]), "name").t(f"^{p['mi']}||")
        L.p(fd(p["dob"], "ymd"), "date").t(f"|{p['sex']}|||")
        L.p(p["street"], "address").t("^")
        if p["unit"]:
            L.p(p["unit"], "address")
        L.t("^").p(p["city"], "address").t(f"^{p['st']}^").p(p["zip"], "zip").t("^USA^H||")
        L.p(fmt_phone(p["phone"], "paren2"), "phone").t("^PRN^PH|")
        if R.random() < 0.5:
            L.p(fmt_phone(p["cell"], "paren2"), "phone").t("^PRN^CP")
        L.t("|EN^English|||")
        if R.random() < 0.4:
            L.p(p["sp_acct"], "account")
        if R.random() < 0.35:
            L.t("|").p(p["ssn"].replace("-", ""), "ssn")
    else:
        pay = p["payer"]
        if pay is None:
            L.t(f"IN1|1|PAP^Halcyon Patient Assistance||HALCYON CARES FOUNDATION|{HUB_ADDR.replace(', ', '^')}||"
                f"{HUB_PHONE}|PAP2024||||||||").p(ascii_up(p["last"]), "name").t("^").p(ascii_up(p["first"]), "name")
            L.t("|SEL|").p(fd(p["dob"], "ymd"), "date").t("||||||||||||||||||||").p(p["pap_app"], "other_id")
        else:
            L.t(f"IN1|1|{pay['pid']}^{ascii_up(pay['name'])[:20]}|{pay['pid']}|{ascii_up(pay['name'])}|||||{p['group']}|"
                f"|||||").p(ascii_up(p["last"]), "name").t("^").p(ascii_up(p["first"]), "name")
            L.t("|SEL|").p(fd(p["dob"], "ymd"), "date").t("||||||||||||||||||||").p(p["member_id"], "health_plan")
    return L


def f_ship(phi, now):
    L = Line("shipengine-json")
    if not phi:
        v = R.random()
        if v < 0.6:
            hub = R.choice([("MEMPHIS", "TN"), ("INDIANAPOLIS", "IN"), ("ORLANDO", "FL"), ("LOUISVILLE", "KY"),
                            ("PITTSBURGH", "PA")])
            trk = R.choice(["1Z" + alnum(6, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ") + digits(10), digits(12)])
            emit_json(L, {"resource_type": "API_TRACK", "data": {
                "tracking_number": trk, "status_code": R.choice(["AC", "IT", "IT", "DE", "EX"]),
                "carrier_status_description": R.choice(["Departed hub", "Arrived at carrier location", "Out for delivery",
                                                        "Package held: temperature check", "Origin scan"]),
                "city_locality": hub[0], "state_province": hub[1],
                "occurred_at": now.strftime("%Y-%m-%dT%H:%M:%SZ"), "carrier_code": "ups" if trk.startswith("1Z") else "fedex"}})
        else:
            emit_json(L, {"resource_type": "COLD_CHAIN", "logger_serial": f"TL-{digits(6)}",
                          "shipment_id": "se-" + digits(9), "min_c": round(R.uniform(2.0, 3.5), 1),
                          "max_c": round(R.uniform(5.0, 8.4), 1), "excursion": False,
                          "uploaded_at": now.strftime("%Y-%m-%dT%H:%M:%SZ")})
        return L
    p = pick()
    sp = p["sp"]
    to = {"name": P(full_name(p), "name"), "phone": P(fmt_phone(p["phone"], R.choice(["dash", "plain"])), "phone"),
          "company_name": None, "address_line1": P(p["street"], "address")}
    if p["unit"]:
        to["address_line2"] = P(p["unit"], "address")
    to.update({"city_locality": P(p["city"], "address"), "state_province": p["st"], "postal_code": P(p["zip"], "zip"),
               "country_code": "US", "address_residential_indicator": "yes"})
    obj = {"shipment_id": "se-" + digits(9), "carrier_id": "se-" + digits(6),
           "service_code": R.choice(["fedex_priority_overnight", "ups_next_day_air_early_am"]),
           "ship_to": to,
           "ship_from": {"company_name": sp["name"], "phone": sp["phone"], "address_line1": sp["street"],
                         "city_locality": sp["city"], "state_province": sp["st"], "postal_code": sp["zip"],
                         "country_code": "US"},
           "confirmation": "adult_signature",
           "packages": [{"weight": {"value": round(R.uniform(2.5, 6.0), 1), "unit": "pound"},
                         "label_messages": {"reference1": f"RX {digits(7)}", "reference2": "REFRIGERATE 2-8C",
                                            "reference3": None}}],
           "tracking_number": digits(12)}
    if R.random() < 0.5:
        obj["advanced_options"] = {"custom_field1": P(p["hub_id"], "mrn"),
                                   "delivery_date_requested": P(fd(fut_date(1, 4), "iso"), "date")}
    emit_json(L, obj)
    return L


AE_TERMS = [("injection site erythema", "10022061"), ("injection site pain", "10022086"), ("headache", "10019211"),
            ("upper respiratory tract infection", "10046306"), ("nausea", "10028813"), ("fall", "10016173"),
            ("rash pruritic", "10037884"), ("herpes zoster", "10019974")]


def f_ae(phi, now):
    L = Line("ae-intake-json")
    if not phi:
        v = R.random()
        if v < 0.4:
            L.t(f"{ts_py(now)} INFO pv.forwarder: batch AEB-{now.strftime('%Y%m%d')}-{R.randint(1, 20):02d} sent "
                f"{R.randint(1, 12)} case(s) to argus-prod.pv.halcyon-tx.internal:8443 ack={R.choice([200, 202])} "
                f"elapsed={R.randint(200, 2000)}ms")
        elif v < 0.7:
            L.t(f"{ts_py(now)} INFO pv.coding: MedDRA 26.1 dictionary loaded llt={R.randint(80000, 81000)} "
                f"pt={R.randint(25000, 26000)} checksum={hexs(40)}")
        else:
            L.t(f"{ts_py(now)} INFO pv.dedupe: duplicate check complete candidates=0 window=30d "
                f"rule=product+onset+reporter cost={R.randint(10, 300)}ms")
        return L
    p = pick(old_bias=0.35)
    cg = p["cg"]
    term = R.choice(AE_TERMS)
    consumer = R.random() < 0.55
    if consumer:
        rep = {"type": "CONSUMER", "name": P(f"{cg['first']} {cg['last']}", "name"), "relationship": cg["rel"],
               "phone": P(fmt_phone(cg["phone"], "dash"), "phone"), "consentToContactHcp": R.choice([True, False])}
    else:
        nf, nl = R.choice(NURSES)
        rep = {"type": "HCP", "name": f"{nf} {nl}", "qualification": "Nurse Educator (Halcyon)",
               "phone": fmt_phone(HUB_PHONE, "dash")}
    pat = {"age": P(p["age"], "age" if p["age"] > 89 else None), "ageUnit": "years", "sex": p["sex"],
           "weightKg": round(R.uniform(45, 110), 1)}
    if R.random() < 0.4:
        pat["hubPatientId"] = P(p["hub_id"], "mrn")
    obj = {"receivedAt": ts_iso_z(now), "intakeId": f"AEI-{digits(7)}", "caseId": P(ae_case(p), "other_id"),
           "source": R.choice(["NURSE_CALL", "COPAY_CALL", "PORTAL", "SP_REFERRAL"]), "reporter": rep, "patient": pat,
           "suspectProduct": {"name": "Zentrevi", "ndc": NDC_FMT[R.choice(NDC11)], "lot": R.choice(LOTS),
                              "expiry": R.choice(["2025-06", "2025-08", "2025-11"])},
           "events": [{"verbatim": term[0], "llt": term[1], "onsetDate": P(fd(past_date(1, 20), "iso"), "date"),
                       "outcome": R.choice(["recovering", "recovered", "not recovered", "unknown"])}],
           "serious": term[0] in ("fall", "herpes zoster") and R.random() < 0.6,
           "forwardTo": "pv-intake@halcyon-tx.example"}
    emit_json(L, obj)
    return L


def f_e2b(phi, now):
    L = Line("e2b-xml")
    if not phi:
        L.t(f"{ts_dot(now)} DEBUG [e2b-builder] ack <ichicsrack><ichicsrmessageheader><messagetype>ichicsrack</messagetype>"
            f"<messagenumb>ACK-{digits(8)}</messagenumb><messagesenderidentifier>ARGUS</messagesenderidentifier>"
            f"<messagereceiveridentifier>HALCHUB</messagereceiveridentifier><messagedate>{now.strftime('%Y%m%d%H%M%S')}</messagedate>"
            f"</ichicsrmessageheader><acknowledgment><messageacknowledgment><icsrmessagenumb>{digits(8)}</icsrmessagenumb>"
            f"<transmissionacknowledgmentcode>01</transmissionacknowledgmentcode></messageacknowledgment></acknowledgment></ichicsrack>")
        return L
    p = pick(old_bias=0.35)
    cg = p["cg"]
    term = R.choice(AE_TERMS)
    L.t(f"{ts_dot(now)} DEBUG [e2b-builder] icsr ")
    items = [("safetyreportversion", "1"), ("safetyreportid", P(ae_case(p), "other_id")),
             ("primarysourcecountry", "US"), ("occurcountry", "US"), ("reporttype", "1"),
             ("serious", R.choice(["1", "2"]))]
    if R.random() < 0.5:
        src = [("reportergivename", P(cg["first"], "name")), ("reporterfamilyname", P(cg["last"], "name")),
               ("reportercity", P(p["city"], "address")), ("reporterstate", p["st"]),
               ("reporterpostcode", P(p["zip"], "zip")), ("qualification", "5")]
    else:
        nf, nl = R.choice(NURSES)
        src = [("reportergivename", nf), ("reporterfamilyname", nl),
               ("reporterorganization", "Halcyon Therapeutics Patient Support"), ("qualification", "3")]
    items.append(("primarysource", src))
    pat = [("patientinitial", "PRIVACY"), ("patientonsetage", P(str(p["age"]), "age" if p["age"] > 89 else None)),
           ("patientonsetageunit", "801"), ("patientsex", "2" if p["sex"] == "F" else "1")]
    if R.random() < 0.3:
        pat.insert(1, ("patientbirthdateformat", "102"))
        pat.insert(2, ("patientbirthdate", P(fd(p["dob"], "ymd"), "date")))
    pat.append(("reaction", [("primarysourcereaction", term[0]), ("reactionmeddraversionllt", "26.1"),
                             ("reactionmeddrallt", term[1]), ("reactionstartdateformat", "102"),
                             ("reactionstartdate", P(fd(past_date(1, 20), "ymd"), "date")),
                             ("reactionoutcome", str(R.randint(1, 6)))]))
    pat.append(("drug", [("drugcharacterization", "1"), ("medicinalproduct", "ZENTREVI"),
                         ("drugbatchnumb", R.choice(LOTS)), ("drugdosagetext", "150 mg SC every 4 weeks")]))
    items.append(("patient", pat))
    emit_xml(L, "safetyreport", items)
    return L


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"]
PORTAL = "https://mysupport.zentrevi-connect.com"


def f_nginx(phi, now):
    L = Line("nginx-access")
    if not phi:
        v = R.random()
        if v < 0.5:
            L.t(f"{private_ip()} - - [{ts_clf(now)}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" "
                f"rt=0.00{R.randint(1, 9)} uct=\"0.000\" upstream={private_ip()}:8080 req_id={hexs(32)}")
        else:
            L.t(f"{private_ip()} - - [{ts_clf(now)}] \"GET /static/js/main.{hexs(8)}.js HTTP/1.1\" 304 0 "
                f"\"{PORTAL}/\" \"ELB-HealthChecker/2.0\" rt=0.00{R.randint(1, 9)} uct=\"-\" upstream=- req_id={hexs(32)}")
        return L
    p = pick()
    L.p(p["ip"], "ip").t(" - ")
    if R.random() < 0.5:
        L.p(p["username"], "other_id")
    else:
        L.t("-")
    path = R.choice(["/api/v2/me/copay-card", "/api/v2/me/benefits", "/api/v2/me/shipments?limit=5",
                     "/api/v2/documents/upload", "/api/v2/me/pap/status", "/api/v2/me/nurse-appointments"])
    meth = "POST" if "upload" in path else "GET"
    L.t(f" [{ts_clf(now)}] \"{meth} {path} HTTP/1.1\" {R.choice([200, 200, 200, 201, 304, 401])} {R.randint(90, 4000)} \"")
    if R.random() < 0.45:
        slug = ascii_up(p["first"]).lower().replace(" ", "-") + "-" + ascii_up(p["last"]).lower().replace(" ", "-").replace("'", "")
        L.p(f"{PORTAL}/u/{slug}/dashboard", "url")
    else:
        L.t(f"{PORTAL}/dashboard")
    L.t(f"\" \"{R.choice(UAS)}\" rt={R.uniform(0.01, 1.4):.3f} uct=\"0.001\" upstream={private_ip()}:8080 req_id={hexs(32)}")
    return L


def f_app(phi, now):
    L = Line("app-telemetry-json")
    if not phi:
        v = R.random()
        if v < 0.5:
            emit_json(L, {"ts": epoch_ms(now), "app": "zentrevi-companion", "ver": R.choice(["3.8.2 (4117)", "3.8.1 (4102)"]),
                          "event": "ota_rollout", "fw": "2.4.1", "cohort": R.choice(["beta", "ga-10", "ga-50"]),
                          "pct": R.choice([5, 10, 25, 50]), "model": "ZTX-PEN-2"})
        else:
            emit_json(L, {"ts": epoch_ms(now), "app": "zentrevi-companion", "ver": "3.8.2 (4117)", "event": "screen_view",
                          "screen": R.choice(["InjectionLog", "Reminders", "CopayCard", "NurseChat"]),
                          "installId": uuid4(), "platform": R.choice(["ios", "android"]), "os": R.choice(["17.3.1", "14"])})
        return L
    p = pick()
    v = R.random()
    if v < 0.5:
        emit_json(L, {"ts": epoch_ms(now), "app": "zentrevi-companion", "ver": "3.8.2 (4117)", "event": "pen_paired",
                      "user": {"hubPatientId": P(p["hub_id"], "mrn")},
                      "device": {"penSerial": P(p["pen_serial"], "device"), "btMac": P(p["mac"], "device"),
                                 "fw": R.choice(["2.3.9", "2.4.1"]), "battery": R.randint(40, 100)}})
    elif v < 0.75:
        emit_json(L, {"ts": epoch_ms(now), "app": "zentrevi-companion", "event": "device_registered",
                      "platform": "android", "model": R.choice(["SM-S918U", "Pixel 8", "moto g stylus 5G"]),
                      "imei": P(p["imei"], "device"), "pushToken": hexs(64), "username": P(p["username"], "other_id")})
    else:
        exp = (TODAY + dt.timedelta(days=R.randint(200, 700))).strftime("%y%m%d")
        udi = f"(01){p['udi_gtin']}(17){exp}(10){p['pen_serial'][3:8]}(21){p['pen_serial'][8:]}"
        emit_json(L, {"ts": epoch_ms(now), "app": "zentrevi-companion", "event": "dose_logged",
                      "udi": P(udi, "device"), "site": R.choice(["abdomen", "thigh_l", "thigh_r"]),
                      "tempOk": True, "durationSec": R.randint(8, 15)})
    return L


def f_bv(phi, now):
    L = Line("py-logging")
    L.t(f"{ts_py(now)} INFO  [bv-worker-{R.randint(1, 6)}] bv.summary - ")
    ded = R.choice([0, 500, 1500, 3000, 6000])
    tail = (f" deductible=${ded:.2f} met=${R.uniform(0, ded):.2f} oop_max=${R.choice([4500, 6000, 8150, 9100]):.2f} "
            f"coins={R.choice([0, 20, 25, 30])}% pa_required={R.choice([True, True, False])} "
            f"step_therapy={R.choice([True, False])} sp_network=[{', '.join(s['name'] for s in R.sample(SPS, 2))}]")
    if not phi:
        pay = R.choice([x for x in PAYERS if x["kind"] == "commercial"])
        L.t(f"bv_id=BV-{digits(9)} payer=\"{pay['name']}\" plan_type={R.choice(['PPO', 'HMO', 'HDHP', 'EPO'])}"
            f" group={pay['grp']()}" + tail)
        return L
    p = pick(lambda q: q["payer"] is not None)
    L.t("case=").p(p["case"], "other_id")
    L.t(f" payer=\"{p['payer']['name']}\" ")
    if R.random() < 0.6:
        L.t("member=").p(p["member_id"], "health_plan").t(" ")
    if p["mbi"] and R.random() < 0.6:
        L.t("mbi=").p(p["mbi"], "health_plan").t(" ")
    L.t(f"group={p['group']}" + tail)
    return L


def f_pg(phi, now):
    L = Line("postgres")
    pid = R.randint(2000, 60000)
    pre = f"{ts_dot(now)} UTC [{pid}] "
    if not phi:
        v = R.random()
        if v < 0.3:
            b = R.randint(500, 9000)
            L.t(pre + f"LOG:  checkpoint complete: wrote {b} buffers ({b / 160:.1f}%); 0 WAL file(s) added, 0 removed, "
                      f"{R.randint(0, 4)} recycled; write={R.uniform(100, 270):.3f} s, sync=0.0{R.randint(10, 99)} s, "
                      f"total={R.uniform(100, 270):.3f} s; sync files={R.randint(20, 200)}, longest=0.00{R.randint(1, 9)} s, "
                      f"average=0.001 s; distance={R.randint(9000, 90000)} kB, estimate={R.randint(9000, 90000)} kB")
        elif v < 0.5:
            L.t(pre + f"LOG:  automatic vacuum of table \"hubdb.public.{R.choice(['copay_claim', 'case_event', 'shipment', 'fax_page'])}\": "
                      f"index scans: 1, pages: 0 removed, {R.randint(1000, 90000)} remain, tuples: {R.randint(10, 9000)} removed, "
                      f"{R.randint(100000, 9000000)} remain")
        elif v < 0.75:
            L.t(pre + f"{R.choice(['hub_ro', 'metabase', 'hub_app'])}@hubdb LOG:  connection authorized: user={R.choice(['hub_ro', 'hub_app'])} "
                      f"database=hubdb application_name={R.choice(['metabase', 'pap-svc', 'psql', 'copay-adj'])} SSL enabled "
                      f"(protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)")
        else:
            L.t(pre + f"hub_app@hubdb LOG:  duration: {R.uniform(500, 4000):.3f} ms  execute S_{R.randint(1, 40)}: "
                      f"SELECT c.id, c.status FROM copay_claim c WHERE c.received_at > $1 AND c.status = $2 ORDER BY c.id LIMIT 500")
        return L
    p = pick()
    v = R.random()
    if v < 0.5:
        L.t(pre + "hub_app@hubdb DETAIL:  parameters: $1 = '").p(p["last"].replace("'", "''"), "name")
        L.t("', $2 = '").p(fd(p["dob"], "iso"), "date").t("'")
        if R.random() < 0.5:
            L.t(", $3 = '").p(p["zip"], "zip").t("'")
    elif v < 0.8 and p["payer"]:
        L.t(pre + "hub_app@hubdb DETAIL:  Key (payer_id, member_id)=(" + p["payer"]["pid"] + ", ")
        L.p(p["member_id"], "health_plan").t(") already exists.")
    elif v < 0.9:
        L.t(pre + f"pap_app@hubdb LOG:  duration: {R.uniform(1, 40):.3f} ms  statement: UPDATE applicant SET ssn_enc = "
                  "pgp_sym_encrypt('")
        L.p(p["ssn"], "ssn").t("', current_setting('app.pii_key')) WHERE application_no = '")
        if p["pap_app"]:
            L.p(p["pap_app"], "other_id")
        else:
            L.p(p["hub_id"], "mrn")
        L.t("'")
    else:
        L.t(pre + "hub_app@hubdb ERROR:  value too long for type character varying(10) at character 212; "
                  "STATEMENT:  UPDATE patient SET phone_home = '")
        L.p(fmt_phone(p["phone"], "intl"), "phone").t("' WHERE hub_patient_id = '").p(p["hub_id"], "mrn").t("'")
    return L


def f_infra(phi, now):
    assert not phi
    v = R.randint(0, 9)
    host = R.choice(HOSTS)
    if v == 0:
        L = Line("k8s-klog")
        L.t(f"I{now.strftime('%m%d %H:%M:%S')}.{now.microsecond + R.randint(0, 999):06d}       1 event.go:294] \"Event occurred\" "
            f"object=\"hub-prod/{host}\" kind=\"Pod\" apiVersion=\"v1\" type=\"Normal\" reason=\"Pulled\" "
            f"message=\"Container image \\\"481903226517.dkr.ecr.us-east-1.amazonaws.com/hub/{host.split('-')[0]}:"
            f"{R.randint(1, 3)}.{R.randint(0, 20)}.{R.randint(0, 9)}\\\" already present on machine\"")
    elif v == 1:
        L = Line("envoy-access")
        L.t(f"[{ts_iso_z(now)}] \"{R.choice(['POST', 'GET'])} /v1/{R.choice(['claims/adjudicate', 'bv/requests', 'cases/sync', 'pap/eligibility'])} HTTP/2\" "
            f"{R.choice([200, 200, 204, 503])} - via_upstream - \"-\" {R.randint(100, 4000)} {R.randint(50, 4000)} {R.randint(2, 900)} "
            f"{R.randint(1, 800)} \"{private_ip()}\" \"grpc-java-netty/1.58.0\" \"{uuid4()}\" "
            f"\"{host.split('-')[0]}-svc.hub-prod.svc.cluster.local:8443\" \"{private_ip()}:8443\"")
    elif v == 2:
        L = Line("java-stack")
        cls = R.choice(["bv.BenefitsClient.submit(BenefitsClient.java:214)", "pap.IvesClient.request(IvesClient.java:88)",
                        "copay.ClaimProcessor.adjudicate(ClaimProcessor.java:412)", "sp.RouterService.route(RouterService.java:133)"])
        L.t(f"\tat com.halcyon.hub.{cls} ~[{cls.split('.')[0]}-core-2.{R.randint(10, 16)}.{R.randint(0, 9)}.jar:?]")
    elif v == 3:
        L = Line("syslog-cron")
        L.t(f"{ts_syslog(now)} faxgw0{R.randint(1, 2)} CRON[{R.randint(1000, 60000)}]: (hubsvc) CMD "
            f"(/opt/hub/bin/{R.choice(['rotate_fax_spool.sh', 'sync_fpl_tables.py', 'purge_tmp_ocr.sh'])} >> /var/log/hub/cron.log 2>&1)")
    elif v == 4:
        L = Line("airflow")
        L.t(f"[{now.strftime('%Y-%m-%d, %H:%M:%S')} UTC] {{taskinstance.py:1157}} INFO - Dependencies all met for "
            f"<TaskInstance: {R.choice(['copay_claims_ingest.load_vendor_file', 'sp_status_sync.pull_dispense_reports', 'pap_renewals.notify_due'])} "
            f"scheduled__{(now - dt.timedelta(days=1)).strftime('%Y-%m-%dT09:00:00+00:00')} [queued]>")
    elif v == 5:
        L = Line("spring-boot")
        app = R.choice(["PapApplication", "CopayAdjudicatorApplication", "BvWorkerApplication", "SpRouterApplication"])
        L.t(f"{ts_dot(now)}  INFO 1 --- [           main] c.h.hub.{app[:3].lower()}.{app:<28}: Started {app} in "
            f"{R.uniform(8, 30):.3f} seconds (process running for {R.uniform(9, 33):.2f})")
    elif v == 6:
        L = Line("kafka-consumer")
        L.t(f"{ts_py(now)} INFO [Consumer clientId=pv-forwarder-{R.randint(0, 3)}, groupId=pv-forwarder] "
            f"Setting offset for partition ae-intake-{R.randint(0, 11)} to the committed offset "
            f"FetchPosition{{offset={R.randint(10000, 999999)}, offsetEpoch=Optional[{R.randint(1, 9)}], "
            f"currentLeader=LeaderAndEpoch{{leader=Optional[b-{R.randint(1, 3)}.hub-msk.kafka.us-east-1.amazonaws.com:9098 "
            f"(id: {R.randint(1, 3)} rack: use1-az{R.randint(1, 6)})], epoch={R.randint(1, 40)}}}}}")
    elif v == 7:
        L = Line("redis")
        L.t(f"1:M {now.strftime('%d %b %Y %H:%M:%S')}.{now.microsecond // 1000:03d} * {R.randint(10, 1000)} changes in "
            f"{R.choice([60, 300])} seconds. Saving...")
    elif v == 8:
        L = Line("cert-manager")
        L.t(f"I{now.strftime('%m%d %H:%M:%S')}.{now.microsecond + R.randint(0, 999):06d}       1 controller.go:162] \"re-queuing item due to "
            f"optimistic locking on resource\" logger=\"cert-manager.certificates-trigger\" key=\"hub-prod/"
            f"{R.choice(['mysupport-zentrevi-connect-tls', 'hub-api-tls', 'edi-gw-mtls'])}\"")
    else:
        L = Line("ansible")
        L.t(f"{ts_py(now)} p={R.randint(1000, 9000)} u=deploy n=ansible | TASK [hub-role : render fax routing table] "
            f"changed: [faxgw0{R.randint(1, 2)}.ops.halcyon-tx.internal] => (item=DID {HUB_PAP_FAX})")
    return L


def f_sendgrid(phi, now):
    L = Line("sendgrid-events")
    ev = R.choice(["processed", "delivered", "open", "bounce"])
    if phi:
        p = pick()
        to = P(p["email"], "email")
        cat = R.choice(["copay_welcome", "pap_docs_needed", "shipment_scheduled", "nurse_appt_reminder"])
    else:
        to = R.choice(["intake-escalations@halcyon-tx.example", "pv-intake@halcyon-tx.example",
                       f"{R.choice(CMS)[1].lower().replace(' ', '')}@halcyonhub-support.com", "hub-ops-alerts@halcyon-tx.example"])
        cat = R.choice(["daily_digest", "sla_alert", "fax_backlog"])
    obj = [{"email": to, "timestamp": epoch(now), "smtp-id": f"<{alnum(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}@geopod-ismtpd-{R.randint(1, 40)}>",
            "event": ev, "category": [cat], "sg_event_id": alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
            "sg_message_id": alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + ".filterdrecv-" + hexs(10) + "-" + alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789") + "-1-" + hexs(8) + "-" + hexs(2) + "-0"}]
    if ev == "delivered":
        obj[0]["response"] = "250 2.0.0 OK  " + str(epoch(now)) + " " + alnum(10, "abcdefghijklmnopqrstuvwxyz0123456789") + " - gsmtp"
    if ev == "bounce":
        obj[0]["reason"] = "550 5.1.1 The email account that you tried to reach does not exist."
        obj[0]["status"] = "5.1.1"
    if phi and R.random() < 0.3:
        obj[0]["hub_case"] = P(p["case"], "other_id")
    if phi and R.random() < 0.35:
        slug = ascii_up(p["first"]).lower().replace(" ", "-") + "-" + ascii_up(p["last"]).lower().replace(" ", "-").replace("'", "")
        obj[0]["event"] = "click"
        obj[0]["url"] = P(f"{PORTAL}/u/{slug}/copay-card?utm_source=sendgrid&utm_campaign={cat}", "url")
    elif not phi and R.random() < 0.3:
        obj[0]["event"] = "click"
        obj[0]["url"] = f"{PORTAL}/help/faq?utm_source=sendgrid&utm_campaign={cat}"
    emit_json(L, obj)
    return L


def f_twilio(phi, now):
    L = Line("twilio-callback")
    L.t(f"{ts_iso_z(now)} notify-svc POST /hooks/twilio/status ")
    sid = "SM" + hexs(32)
    if phi:
        p = pick()
        L.t(f"SmsSid={sid}&SmsStatus=delivered&MessageStatus={R.choice(['delivered', 'sent', 'undelivered'])}&To=")
        L.p("%2B1" + p["cell"], "phone")
        L.t(f"&MessagingServiceSid=MG{hexs(32)}&AccountSid=AC{hexs(32)}&From=%2B1{HUB_PHONE}&ApiVersion=2010-04-01")
    else:
        L.t(f"SmsSid={sid}&SmsStatus=sent&MessageStatus=sent&To=%2B1{HUB_PHONE}&MessagingServiceSid=MG{hexs(32)}"
            f"&AccountSid=AC{hexs(32)}&From=%2B1{R.choice(PRESCRIBERS)['phone']}&ApiVersion=2010-04-01 note=inbound_office_reply")
    return L


def f_travel(phi, now):
    L = Line("travel-kv")
    L.t(f"{ts_dot(now)} INFO travel-assist ")
    if not phi:
        L.t(f"vendor=ParkWhiz batch=PV-{digits(6)} vouchers_issued={R.randint(1, 30)} site=\"Northside Infusion Center\" "
            f"site_phone={fmt_phone('7735550160', 'dash')} budget_remaining=${R.uniform(100, 9000):.2f}")
        return L
    p = pick()
    v = R.random()
    if v < 0.6:
        L.t("parking validation issued case=").p(p["case"], "other_id")
        L.t(f" site=\"Northside Infusion Center\" plate=").p(p["plate"], "vehicle")
        L.t(f" plate_state={p['st']} vehicle=\"{p['vehicle']}\" appt=").p(fd(fut_date(1, 10), "iso"), "date")
        L.t(f"T{R.randint(8, 16):02d}:{R.choice(['00', '15', '30', '45'])}")
    else:
        L.t("mileage reimbursement approved payee=\"").p(full_name(p), "name").t("\" miles=" + str(R.randint(12, 180)))
        L.t(" vin=").p(p["vin"], "vehicle").t(f" rate=0.21 amount=${R.uniform(3, 40):.2f}")
    return L


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
FAMILIES = [  # (func, weight_phi, weight_nophi)
    (f_fax, 6, 8), (f_ocr, 10, 5), (f_esign, 6, 6), (f_x12, 12, 8), (f_epa, 8, 5), (f_ncpdp, 12, 5),
    (f_copay_fw, 8, 4), (f_copay_csv, 10, 3), (f_card, 5, 3), (f_pap, 10, 6), (f_idv, 6, 2), (f_sfapex, 12, 16),
    (f_sfevent, 5, 6), (f_cti, 8, 8), (f_note, 8, 3), (f_ivr, 7, 3), (f_sp, 8, 6), (f_hl7, 8, 5), (f_ship, 8, 8),
    (f_ae, 6, 6), (f_e2b, 5, 2), (f_nginx, 10, 8), (f_app, 6, 5), (f_bv, 6, 4), (f_pg, 6, 8), (f_infra, 0, 40),
    (f_sendgrid, 6, 4), (f_twilio, 4, 3), (f_travel, 4, 2),
]


def main():
    flags = [True] * N_PHI + [False] * (N_LINES - N_PHI)
    R.shuffle(flags)
    out_lines, labels = [], []
    for i, phi in enumerate(flags, 1):
        now = tick()
        fams = [f for f, wp, wn in FAMILIES]
        ws = [wp if phi else wn for f, wp, wn in FAMILIES]
        fn = R.choices(fams, ws)[0]
        L = fn(phi, now)
        text = L.text()
        raw = text.encode("utf-8")
        assert "\n" not in text and "\r" not in text, (i, text)
        assert len(raw) <= 4000, (i, len(raw))
        assert bool(L.spans) == phi, (i, L.family, text)
        prev = 0
        spans = []
        for s, e, cat, val in L.spans:
            assert s >= prev and e > s, (i, s, e)
            assert raw[s:e] == val.encode("utf-8"), (i, raw[s:e], val)
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        out_lines.append(text)
        labels.append({"line": i, "family": L.family, "spans": spans})
    with open(os.path.join(HERE, "dd.log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out_lines) + "\n")
    with open(os.path.join(HERE, "dd.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")


# sanity checks on synthetic identifiers with check digits
for _p in PATIENTS:
    assert luhn_ok(_p["imei"]) and len(_p["imei"]) == 15
    if _p["copay_pan"]:
        assert luhn_ok(_p["copay_pan"]) and len(_p["copay_pan"]) == 16
    assert len(_p["vin"]) == 17
for _p in PRESCRIBERS:
    assert luhn_ok("80840" + _p["npi"])

if __name__ == "__main__":
    main()
