#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus (ID 'ct').

Theme: organ and tissue donation / transplantation (OPO referral line and case
management, donor hospital HL7 feeds, HLA lab instrument + LIS logs, waitlist
and match-run SOAP integration, organ courier tracking, tissue bank records,
family authorization calls, infrastructure syslog, living-donor portal).

Writes ct.log and ct.labels.jsonl next to this file.  Standard library only.
All people, numbers and addresses are synthetic.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
from xml.sax.saxutils import escape as xesc

random.seed(1820241014)
R = random
ID = "ct"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
TODAY = dt.date(2024, 10, 14)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# --------------------------------------------------------------------------
# line builder: concatenation with byte-offset bookkeeping
# --------------------------------------------------------------------------
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []

    def t(self, x):
        self.b += str(x).encode("utf-8")
        return self

    def p(self, x, cat):
        x = str(x)
        s = len(self.b)
        self.b += x.encode("utf-8")
        self.sp.append((s, len(self.b), cat, x))
        return self

    def v(self, x, cat=None):
        return self.p(x, cat) if cat else self.t(x)


class O:  # ordered JSON object; items are (key, value[, cat])
    def __init__(self, *items):
        self.items = [i for i in items if i]


class A:  # JSON array
    def __init__(self, *els):
        self.els = els


class P:  # labeled JSON array element
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


def jstr(x, asc):
    return json.dumps(x, ensure_ascii=asc)[1:-1]


def jw(L, v, cat=None, asc=False, sep=(",", ":")):
    if isinstance(v, P):
        return jw(L, v.v, v.cat, asc, sep)
    if isinstance(v, O):
        L.t("{")
        for i, it in enumerate(v.items):
            if i:
                L.t(sep[0])
            c = it[2] if len(it) > 2 else None
            L.t('"' + jstr(it[0], asc) + '"' + sep[1])
            jw(L, it[1], c, asc, sep)
        L.t("}")
    elif isinstance(v, A):
        L.t("[")
        for i, e in enumerate(v.els):
            if i:
                L.t(sep[0])
            jw(L, e, None, asc, sep)
        L.t("]")
    elif isinstance(v, str):
        L.t('"')
        L.v(jstr(v, asc), cat)
        L.t('"')
    elif v is None:
        L.t("null")
    elif isinstance(v, bool):
        L.t("true" if v else "false")
    else:
        L.v(json.dumps(v), cat)
    return L


def parts(L, seq):
    """seq: list of str or (str, cat)"""
    for x in seq:
        if isinstance(x, tuple):
            L.v(x[0], x[1])
        else:
            L.t(x)
    return L


# --------------------------------------------------------------------------
# identifier helpers (valid check digits where real identifiers have them)
# --------------------------------------------------------------------------
def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card_number(prefix="4"):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(15 - len(prefix)))
    return body + luhn_digit(body)


def imei():
    body = R.choice(["35", "86", "01", "35"]) + "".join(str(R.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


def npi():
    body = R.choice("12") + "".join(str(R.randint(0, 9)) for _ in range(8))
    return body + luhn_digit("80840" + body)


def dea(last):
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return R.choice("ABFM") + ascii_fold(last)[0].upper() + "".join(map(str, d)) + str(c)


def aba():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = R.choice([0, 1, 2, 3])
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4,
         "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(prefix8, year_code, plant):
    v = prefix8 + "0" + year_code + plant + "".join(str(R.randint(0, 9)) for _ in range(6))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    return v[:8] + ("X" if s == 10 else str(s)) + v[9:]


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(an) + str(R.randint(0, 9)) + R.choice(MBI_A)
            + R.choice(an) + str(R.randint(0, 9)) + R.choice(MBI_A) + R.choice(MBI_A)
            + str(R.randint(0, 9)) + str(R.randint(0, 9)))


def cpf():
    d = [R.randint(0, 9) for _ in range(9)]
    r = sum(d[i] * (10 - i) for i in range(9)) % 11
    d.append(0 if r < 2 else 11 - r)
    r = sum(d[i] * (11 - i) for i in range(10)) % 11
    d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    raw = f"{cc}{chk:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def uuid4():
    h = "%032x" % R.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def hexs(n):
    return "%0*x" % (n, R.getrandbits(4 * n))


def b64jpeg(n):
    hdr = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    return base64.b64encode(hdr + bytes(R.getrandbits(8) for _ in range(n))).decode()


def b64png(n):
    hdr = bytes.fromhex("89504e470d0a1a0a0000000d49484452")
    return base64.b64encode(hdr + bytes(R.getrandbits(8) for _ in range(n))).decode()


def b64finger(n):
    hdr = b"FMR\x00 20\x00\x00\x00\x01\x2c"
    return base64.b64encode(hdr + bytes(R.getrandbits(8) for _ in range(n))).decode()


def b64voice(n):
    hdr = b"NVP1\x00\x02\x01\x40"
    return base64.b64encode(hdr + bytes(R.getrandbits(8) for _ in range(n))).decode()


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# date formats
def d_iso(d): return d.strftime("%Y-%m-%d")
def d_us(d): return d.strftime("%m/%d/%Y")
def d_hl7(d): return d.strftime("%Y%m%d")
def d_dmy(d): return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"
def d_long(d): return f"{MON[d.month - 1]} {d.day}, {d.year}"


def fphone(ph, style=None):
    a, x, y = ph
    style = style if style is not None else R.randint(0, 4)
    return [f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"+1{a}{x}{y}", f"{a}.{x}.{y}", f"({a}){x}-{y}"][style]


# --------------------------------------------------------------------------
# organisations (not PHI) and staff (not PHI)
# --------------------------------------------------------------------------
HOSP = {
    "MERCYSJ": dict(name="Mercy San Joaquin Medical Center", street="2215 Truxtun Ave", city="Bakersfield",
                    zip="93301", phone=("661", "555", "0187"), fax=("661", "555", "0133")),
    "STBRIGID": dict(name="St. Brigid Regional Hospital", street="1303 E Herndon Ave", city="Fresno",
                     zip="93720", phone=("559", "555", "0112"), fax=("559", "555", "0119")),
    "VVPRES": dict(name="Valle Verde Presbyterian", street="15107 Vanowen St", city="Van Nuys",
                   zip="91405", phone=("818", "555", "0164"), fax=("818", "555", "0168")),
    "SEQFOOT": dict(name="Sequoia Foothills Medical Center", street="400 W Mineral King Ave", city="Visalia",
                    zip="93291", phone=("559", "555", "0140"), fax=("559", "555", "0141")),
}
OPO_LINE = ("800", "555", "0199")
OPO_FAX = ("661", "555", "0100")
TC_NAME = "Central California Transplant Institute"
TB_NAME = "Golden Valley Tissue Services"

STAFF = {
    "coord": [("Renata", "Vasquez", "rvasquez"), ("Olufemi", "Adeyemi", "oadeyemi"),
              ("Grace", "Thibodeaux", "gthibodeaux"), ("Mikael", "Saarinen", "msaarinen"),
              ("Hana", "Kobayashi", "hkobayashi")],
    "surg": [("Arjun", "Mehta"), ("Sabine", "Hoffmann"), ("Kwame", "Asante"), ("Lucia", "Ferraro")],
    "courier": [("Dmitri", "Volkov"), ("Jamal", "Carter"), ("Rosa", "Delgado"), ("Tevita", "Fifita")],
    "tech": [("Wei", "Zhang", "wzhang"), ("Farah", "Haddad", "fhaddad"), ("Tyler", "Brandt", "tbrandt")],
    "agent": [("Imani", "Brooks", "ibrooks"), ("Paulo", "Figueroa", "pfigueroa"), ("Siân", "Llewellyn", "sllewellyn")],
    "nurse": [("Brenda", "Castillo"), ("Sean", "O'Malley"), ("Marisol", "Ybarra"), ("Deepa", "Krishnan")],
}
SURG_NPI = {s: npi() for s in STAFF["surg"]}
SURG_DEA = {s: dea(s[1]) for s in STAFF["surg"]}
COURIER_PLATE = {c: R.choice(["8", "9", "7"]) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
                 + "".join(str(R.randint(0, 9)) for _ in range(3)) for c in STAFF["courier"]}
COURIER_PHONE = {c: ("661", "555", "01%02d" % R.randint(70, 99)) for c in STAFF["courier"]}
LAB_SERIALS = {"LX200": "LX12345" + "%06d" % R.randint(0, 999999), "FLEXMAP": "FM3DD" + "%05d" % R.randint(0, 99999),
               "CANTO": "V963" + "%05d" % R.randint(0, 99999), "QSTUDIO": "Q" + "%07d" % R.randint(0, 9999999)}
PERFUSION_SN = ["OCS-H-" + "%05d" % R.randint(0, 99999), "LKT-" + "%06d" % R.randint(0, 999999),
                "OX-MP-" + "%04d" % R.randint(0, 9999)]

CITIES = [("Bakersfield", "Kern", ["93306", "93309", "93312", "93308"]), ("Delano", "Kern", ["93215"]),
          ("Shafter", "Kern", ["93263"]), ("Tulare", "Tulare", ["93274"]), ("Visalia", "Tulare", ["93277", "93291"]),
          ("Porterville", "Tulare", ["93257"]), ("Hanford", "Kings", ["93230"]), ("Lemoore", "Kings", ["93245"]),
          ("Fresno", "Fresno", ["93710", "93722", "93727"]), ("Clovis", "Fresno", ["93611", "93619"]),
          ("Madera", "Madera", ["93637"]), ("Merced", "Merced", ["95340"]), ("Reedley", "Fresno", ["93654"])]
STREETS = ["Tamarack Ln", "Olive Dr", "Calloway Dr", "E Shields Ave", "N Demaree St", "Mooney Blvd",
           "S Mendocino Ave", "Panama Ln", "W Sierra Ave", "Ashlan Ave", "Kaweah Oaks Dr", "Rosedale Hwy",
           "Avenida Del Sol", "Stockdale Hwy", "Riverbend Ct", "Fig Garden Dr", "Elm St", "Chinaberry Way"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com", "att.net"]
AREAS = ["661", "559", "209", "805", "916", "818"]


class Pers:
    def __init__(self, first, last, sex="F", age=None, mid=""):
        self.first, self.last, self.sex, self.mid = first, last, sex, mid
        if age is not None:
            self.dob = TODAY - dt.timedelta(days=int(age * 365.25) + R.randint(10, 340))
            self.age = TODAY.year - self.dob.year - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        city, county, zips = R.choice(CITIES)
        self.street = f"{R.randint(100, 9899)} {R.choice(STREETS)}"
        if R.random() < 0.25:
            self.street += R.choice([" Apt 4B", " Unit 12", " #207", " Apt 3"])
        self.city, self.county, self.zip, self.st = city, county, R.choice(zips), "CA"
        self.phone = (R.choice(AREAS), "555", "01%02d" % R.randint(0, 99))
        loc = ascii_fold(first).lower().replace(" ", "").replace("'", "")
        lac = ascii_fold(last).lower().replace(" ", "").replace("'", "")
        self.email = R.choice([f"{loc}.{lac}", f"{loc[0]}{lac}", f"{loc}{lac}{R.randint(1, 99)}",
                               f"{lac}.{loc}{R.randint(60, 99)}"]) + "@" + R.choice(EMAIL_DOM)

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def hl7last(self):
        return ascii_fold(self.last).upper()

    @property
    def hl7first(self):
        return ascii_fold(self.first).upper()


def cadl():
    return R.choice("ABDFNY") + "%07d" % R.randint(0, 9999999)


# --- deceased donors -------------------------------------------------------
def mk_donor(first, mid, last, sex, age, hosp, cod, noks, mvc=None, organ=True, obit=None, nok_extra=None):
    d = Pers(first, last, sex, age, mid)
    d.hosp, d.cod, d.organ = hosp, cod, organ
    d.mrn = {"MERCYSJ": lambda: "%08d" % R.randint(100000, 9999999), "STBRIGID": lambda: "E" + str(R.randint(1000000, 9999999)),
             "VVPRES": lambda: "VV" + str(R.randint(100000, 999999)), "SEQFOOT": lambda: str(R.randint(30000000, 39999999))}[hosp]()
    d.acct = str(R.randint(4000000000, 4999999999))
    d.ssn = ssn()
    d.dod = TODAY - dt.timedelta(days=R.choice([1, 1, 2, 3]))
    d.tod = "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59))
    d.adm = d.dod - dt.timedelta(days=R.randint(1, 6))
    d.ref = "REF24-%06d" % R.randint(10000, 39999)
    d.case = "CVDN-24-%04d" % R.randint(300, 899)
    d.unos = ("A" + "".join(R.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(3)) + "%03d" % R.randint(0, 999)) if organ else None
    d.me = R.choice(["KC", "FC", "TC"]) + "-24-%05d" % R.randint(1000, 9999)
    d.din = "W0419 24 %06d" % R.randint(300000, 399999)
    d.dl = cadl()
    d.memberid = R.choice(["XEK", "BSC", "KPN", "HNX"]) + "%09d" % R.randint(0, 999999999)
    d.mvc = mvc
    d.race = {"Obi": "2054-5^Black^HL70005", "Nguyễn": "2028-9^Asian^HL70005", "Te Whiti": "2076-8^Pacific Islander^HL70005",
              "Ibáñez Ruiz": "2131-1^Other^HL70005"}.get(last, "2106-3^White^HL70005")
    d.lang = {"Kowalczyk": "POL", "Nguyễn": "VIE", "Ibáñez Ruiz": "SPA", "Benali": "ARA"}.get(last, "ENG")
    d.marital = "M" if any(n[2] == "SPO" for n in noks) else R.choice(["S", "W", "D"])
    d.obit = obit
    d.noks = []
    for nf, nl, rc, rt in noks:
        n = Pers(nf, nl, "F" if rt in ("Mother", "Daughter", "Wife", "Sister") else "M")
        if R.random() < 0.5:
            n.street, n.city, n.county, n.zip = d.street, d.city, d.county, d.zip
        n.relc, n.relt = rc, rt
        n.dl = cadl()
        n.fax = (n.phone[0], "555", "01%02d" % R.randint(0, 99))
        n.ip = R.choice(["76.%d.%d.%d", "108.%d.%d.%d", "47.%d.%d.%d", "174.%d.%d.%d"]) % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        n.plate = R.choice("4678") + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "%03d" % R.randint(0, 999)
        d.noks.append(n)
    return d


DONORS = [
    mk_donor("Marta", "J", "Kowalczyk", "F", 57, "MERCYSJ", "ICH/Stroke",
             [("Tomasz", "Kowalczyk", "SPO", "Husband"), ("Agnieszka", "Kowalczyk-Reyes", "CHD", "Daughter")],
             obit="https://www.legacy.com/us/obituaries/bakersfield/name/marta-kowalczyk-obituary?id=55%06d" % R.randint(0, 999999)),
    mk_donor("Chukwuemeka", "I", "Obi", "M", 34, "STBRIGID", "Head trauma - MVC",
             [("Ngozi", "Obi", "MTH", "Mother"), ("Chiamaka", "Obi", "SIS", "Sister")],
             mvc=("2014", "Honda", "Civic", vin("2HGFB2F5", "E", "H"), "7KQM214")),
    mk_donor("Hùng", "Văn", "Nguyễn", "M", 46, "SEQFOOT", "Anoxia - cardiac arrest",
             [("Thị Mai", "Trần", "SPO", "Wife")]),
    mk_donor("Eleni", "", "Papadopoulos", "F", 93, "MERCYSJ", "Cardiac", [("Nikos", "Papadopoulos", "CHD", "Son")],
             organ=False),
    mk_donor("Santiago", "", "Ibáñez Ruiz", "M", 22, "VVPRES", "Head trauma - MVC",
             [("Lucía", "Ruiz", "MTH", "Mother"), ("Andrés", "Ibáñez", "FTH", "Father")],
             mvc=("2019", "Toyota", "Tacoma", vin("3TMCZ5AN", "K", "M"), "8RWD551"),
             obit="https://www.gofundme.com/f/santiago-ibanez-ruiz-memorial"),
    mk_donor("Aroha", "", "Te Whiti", "F", 39, "STBRIGID", "Anoxia - overdose", [("Hemi", "Te Whiti", "BRO", "Brother")]),
    mk_donor("Björn", "E", "Lindqvist", "M", 61, "SEQFOOT", "ICH/Stroke", [("Ingrid", "Lindqvist", "SPO", "Wife")]),
    mk_donor("Fatima Zahra", "", "Benali", "F", 29, "VVPRES", "Anoxia - asthma", [("Youssef", "Benali", "FTH", "Father")]),
    mk_donor("Harold", "W", "Pemberton", "M", 91, "SEQFOOT", "Cardiac", [("June", "Pemberton-Hale", "CHD", "Daughter")],
             organ=False),
]
ORGAN_DONORS = [d for d in DONORS if d.organ]


# --- transplant candidates / recipients -----------------------------------
def mk_recip(first, last, sex, age, organ, abo, **kw):
    r = Pers(first, last, sex, age)
    r.organ, r.abo = organ, abo
    r.mrn = "%07d" % R.randint(3000000, 3999999)
    r.labid = "L7" + r.mrn
    r.wl = str(R.randint(1100000, 1399999))
    r.ssn = ssn()
    r.acct = "HB" + str(R.randint(10000000, 99999999))
    r.cpra = R.choice([0, 0, 12, 38, 71, 98, 99])
    r.plan = kw.get("plan") or ("MBI", mbi())
    r.lvad = kw.get("lvad")
    r.icd = kw.get("icd")
    r.cpf = kw.get("cpf")
    r.iban = kw.get("iban")
    r.card = kw.get("card")
    return r


RECIPS = [
    mk_recip("Priya", "Raghunathan", "F", 45, "KI", "B", plan=("MEMBER", "BSC" + "%09d" % R.randint(0, 999999999)),
             card=card_number("4")),
    mk_recip("DeShawn", "Whitaker", "M", 52, "HR", "O",
             lvad=("HeartMate 3", "MLP" + "%06d" % R.randint(0, 999999), "(01)00813024011234(17)270630(21)MLP"),
             icd=("Medtronic Cobalt XT", "BWB" + "%06d" % R.randint(0, 999999) + "H")),
    mk_recip("Oksana", "Hrytsenko", "F", 58, "LI", "A", plan=("MEDICAID", "9" + "%07d" % R.randint(0, 9999999) + "A")),
    mk_recip("Kenji", "Morimoto", "M", 67, "KI", "O"),
    mk_recip("Maria do Carmo", "Albuquerque", "F", 49, "LU", "A", cpf=cpf(),
             plan=("MEMBER", "KPN" + "%09d" % R.randint(0, 999999999))),
    mk_recip("Abdirahman", "Warsame", "M", 38, "KI", "B", plan=("MEDICAID", "9" + "%07d" % R.randint(0, 9999999) + "C")),
    mk_recip("Siobhán", "Ní Bhriain", "F", 55, "LI", "O",
             iban=iban("IE", "AIBK" + "%06d" % R.randint(930000, 939999) + "%08d" % R.randint(0, 99999999)),
             plan=("MEMBER", "HNX" + "%09d" % R.randint(0, 999999999))),
]
RECIPS[1].lvad = (RECIPS[1].lvad[0], RECIPS[1].lvad[1], RECIPS[1].lvad[2][:-3] + RECIPS[1].lvad[1])


# --- living donors ---------------------------------------------------------
def mk_living(first, last, sex, age, user, ip, rel, recip):
    p = Pers(first, last, sex, age)
    p.mrn = "%07d" % R.randint(3000000, 3999999)
    p.user, p.ip, p.rel, p.recip = user, ip, rel, recip
    p.dl = cadl()
    p.routing = aba()
    p.bank = str(R.randint(10 ** 9, 10 ** 12 - 1))
    p.imei = imei()
    p.selfie = b64jpeg(R.randint(240, 420))
    p.finger = b64finger(R.randint(120, 200))
    p.plate = R.choice("5678") + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "%03d" % R.randint(0, 999)
    p.vin = vin(R.choice(["1HGCV1F3", "5YJ3E1EA", "1FTEW1EP", "JTDKAMFU"]), R.choice("LMNP"), R.choice("ABCFA"))
    return p


LIVING = [
    mk_living("Rahul", "Raghunathan", "M", 41, "rraghunathan", "73.158.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
              "sibling", RECIPS[0]),
    mk_living("Dmytro", "Hrytsenko", "M", 31, "dhrytsenko", "172.58.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
              "child", RECIPS[2]),
    mk_living("Aiyana", "Redcloud", "F", 36, "aiyana.redcloud", "99.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
              "non-directed", None),
    mk_living("Joon-ho", "Park", "M", 44, "jhpark88", "24.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
              "paired-exchange", RECIPS[3]),
]


class Ctx:
    def __init__(self):
        self.i = 0

    def donor(self, organ=False, tissue=False):
        pool = ORGAN_DONORS if organ else ([d for d in DONORS if d.age > 50] if tissue else DONORS)
        act = DONORS[(self.i // 56) % len(DONORS)]
        if act in pool and R.random() < 0.7:
            return act
        return R.choice(pool)

    def recip(self):
        act = RECIPS[(self.i // 71) % len(RECIPS)]
        return act if R.random() < 0.6 else R.choice(RECIPS)

    def living(self):
        return R.choice(LIVING)


CX = Ctx()


def staff(kind):
    return R.choice(STAFF[kind])


STAFF["intens"] = [("Yusuf", "Demir"), ("Helen", "Achterberg"), ("Rajesh", "Iyer"), ("Carmen", "Villanueva")]
STAFF["ttech"] = ["K. Mensah", "L. Ortiz", "B. Nakamura", "S. Oyelaran"]
ORG_NAMES = {"HR": "Heart", "LU": "Lung", "LI": "Liver", "KI": "Kidney", "PA": "Pancreas"}

TISSUE_RECIPS = []
for _f, _l, _s, _a in [("Ravi", "Subramanian", "M", 63), ("Gabriela", "Montes de Oca", "F", 71), ("Tuan", "Pham", "M", 58)]:
    _p = Pers(_f, _l, _s, _a)
    _p.mrn = R.choice(["%08d" % R.randint(100000, 9999999), "E" + str(R.randint(1000000, 9999999))])
    TISSUE_RECIPS.append(_p)


def ms():
    return "%03d" % R.randint(0, 999)


def loc(now):
    return now.astimezone(PDT)


def lastfirst(p, upper=False, sep=", "):
    s = f"{p.last}{sep}{p.first}"
    return s.upper() if upper else s


# ==========================================================================
# 1. OPO referral line intake service (pino JSON)
# ==========================================================================
def g_referral(phi, now):
    L = Line("pino-json")
    ts = int(now.timestamp() * 1000) + R.randint(0, 999)
    lvl = 30
    base = [("level", lvl), ("time", ts), ("pid", R.choice([2231, 2240, 3117])),
            ("hostname", R.choice(["opo-ref-app01", "opo-ref-app02"]))]
    rid = R.randint(100, 99999)
    if phi:
        d = CX.donor()
        h = HOSP[d.hosp]
        nurse = staff("nurse")
        k = FORCE.pop() if FORCE else R.choice(["recv", "recv", "triage", "dup", "tod", "ssdi", "me", "nok", "recv2"])
        if k == "recv":
            items = base + [("reqId", rid), ("module", "intake"), ("referral", O(
                ("refNo", d.ref, "other_id"), ("hospitalCode", d.hosp), ("unit", R.choice(["ICU", "CVICU", "Neuro ICU", "ED"])),
                ("caller", f"{nurse[0]} {nurse[1]}, RN"), ("callbackPhone", fphone(h["phone"], 0)),
                ("patient", O(("lastName", d.last, "name"), ("firstName", d.first, "name"), ("dob", d_iso(d.dob), "date"),
                              ("mrn", d.mrn, "mrn"), ("age", d.age, "age" if d.age > 89 else None), ("sex", d.sex),
                              ("gcs", 3), ("ventilated", d.organ),
                              ("triggers", A("GCS<=5", "family discussing WLST") if d.organ else A("cardiac death"))))),
                            ), ("msg", "referral received")]
        elif k == "recv2":
            items = base + [("reqId", rid), ("module", "intake"), ("refNo", d.ref, "other_id"),
                            ("patientName", lastfirst(d, True, ","), "name"), ("admitDate", d_us(d.adm), "date"),
                            ("hosp", d.hosp), ("msg", "referral record persisted")]
        elif k == "triage":
            d = R.choice([x for x in DONORS if x.age > 89]) if R.random() < 0.6 else d
            items = base + [("module", "triage"), ("refNo", d.ref, "other_id"),
                            ("age", d.age, "age" if d.age > 89 else None), ("cod", d.cod),
                            ("ruleOut", None if d.organ else "ORGAN_AGE"), ("score", round(R.uniform(0.2, 0.98), 2)),
                            ("msg", "triage score computed")]
        elif k == "dup":
            items = base + [("module", "dedupe"), ("candidate", O(("lastName", d.last, "name"), ("firstName", d.first, "name"),
                                                                    ("dob", d_iso(d.dob), "date"))),
                            ("matchedRef", d.ref, "other_id"), ("score", 0.97), ("msg", "possible duplicate referral")]
            items[0] = ("level", 40)
        elif k == "tod":
            t = f"{d_iso(d.dod)}T{d.tod}:00-07:00"
            items = base + [("module", "case-events"), ("refNo", d.ref, "other_id"), ("event", "TIME_OF_DEATH"),
                            ("value", t, "date"), ("enteredBy", R.choice(STAFF["coord"])[2]), ("msg", "clinical event recorded")]
        elif k == "ssdi":
            items = base + [("module", "verify"), ("refNo", d.ref, "other_id"), ("ssn", d.ssn, "ssn"),
                            ("source", "SSA-DMF"), ("result", R.choice(["NOT_FOUND", "PENDING"])), ("latencyMs", R.randint(80, 900)),
                            ("msg", "death master file check")]
        elif k == "me":
            items = base + [("module", "me-notify"), ("refNo", d.ref, "other_id"), ("meCaseNo", d.me, "other_id"),
                            ("jurisdiction", f"{d.county} County Coroner"), ("released", R.choice([True, False])),
                            ("msg", "medical examiner response")]
        else:
            n = d.noks[0]
            items = base + [("module", "intake"), ("refNo", d.ref, "other_id"),
                            ("nok", O(("name", n.full, "name"), ("relationship", n.relt.upper()),
                                      ("phone", fphone(n.phone, 1), "phone"))),
                            ("msg", "next of kin captured from bedside RN")]
        jw(L, O(*items))
        return L
    k = R.choice(["queue", "sla", "callback", "http", "http", "dirfail", "rules", "closed", "fhir"])
    if k == "queue":
        items = base + [("module", "triage"), ("queue", "triage"), ("depth", R.randint(0, 9)),
                        ("oldestWaitSec", R.randint(5, 900)), ("msg", "queue snapshot")]
    elif k == "sla":
        items = base + [("module", "sla"), ("recordId", uuid4()), ("slaMinutes", R.choice([15, 60])),
                        ("dueAt", (now + dt.timedelta(minutes=60)).strftime("%Y-%m-%dT%H:%M:%S.000Z")), ("msg", "sla timer started")]
    elif k == "callback":
        hc = R.choice(list(HOSP))
        items = base + [("module", "dialer"), ("recordId", uuid4()), ("hospital", hc),
                        ("phone", fphone(HOSP[hc]["phone"], 0)), ("agent", R.choice(STAFF["agent"])[2]),
                        ("durationSec", R.randint(40, 600)), ("msg", "callback to referring unit completed")]
    elif k == "http":
        meth, url, code = R.choice([("POST", "/api/v2/referrals", 201), ("GET", "/api/v2/referrals?status=OPEN&limit=50", 200),
                                    ("PATCH", "/api/v2/referrals/" + uuid4(), 204), ("GET", "/healthz", 200)])
        items = [("level", 30), ("time", ts), ("pid", base[2][1]), ("hostname", base[3][1]),
                 ("req", O(("id", rid), ("method", meth), ("url", url),
                           ("remoteAddress", "::ffff:10.20.%d.%d" % (R.randint(0, 9), R.randint(2, 250))),
                           ("remotePort", R.randint(30000, 65000)))),
                 ("res", O(("statusCode", code))), ("responseTime", R.randint(2, 400)), ("msg", "request completed")]
    elif k == "dirfail":
        hc = R.choice(list(HOSP))
        items = [("level", 50)] + base[1:] + [("module", "directory"),
                                               ("err", O(("type", "FetchError"),
                                                         ("message", f"request to https://dir.cvdn.internal/api/hospitals/{hc} failed, reason: ETIMEDOUT"),
                                                         ("code", "ETIMEDOUT"))), ("msg", "hospital directory lookup failed")]
    elif k == "rules":
        items = base + [("module", "triage"), ("rulesVersion", "2024.09.%d" % R.randint(1, 5)), ("count", R.randint(120, 160)),
                        ("msg", "clinical trigger rules loaded")]
    elif k == "closed":
        items = base + [("module", "intake"), ("recordId", uuid4()),
                        ("reasonCode", R.choice(["RO-MED-HX", "RO-NO-VENT", "RO-TIME"])), ("closedBy", R.choice(STAFF["coord"])[2]),
                        ("msg", "referral closed - not suitable")]
    else:
        items = [("level", 20)] + base[1:] + [("module", "fhir-sub"), ("resource", "Encounter/" + hexs(16)),
                                               ("hospital", R.choice(list(HOSP))), ("trigger", R.choice(["vent-gcs", "brain-death-eval"])),
                                               ("msg", "subscription notification received")]
    jw(L, O(*items))
    return L


def abbrev_logger(name, width=40):
    """logback-style abbreviation: shorten leading package segments until it fits"""
    segs = name.split(".")
    i = 0
    while len(".".join(segs)) > width and i < len(segs) - 1:
        segs[i] = segs[i][0]
        i += 1
    return ".".join(segs)


# ==========================================================================
# 2. OPO case management (Spring Boot / logback)
# ==========================================================================
def g_case(phi, now):
    L = Line("spring-boot")
    t = loc(now)
    lvl = "INFO"
    thread = R.choice(["nio-8443-exec-%d" % R.randint(1, 10), "scheduling-1", "task-%d" % R.randint(1, 8)])
    logger = "o.c.casetrack.service.CaseService"
    msg = []
    if phi:
        d = CX.donor()
        k = FORCE.pop() if FORCE else R.choice(["create", "nok", "nokaddr", "mvc", "mvc", "xclamp", "death", "demo", "obit", "age", "payer", "me", "dl",
                      "implant", "photo", "photo"])
        if k == "mvc":
            d = R.choice([x for x in DONORS if x.mvc])
        if k == "obit":
            d = R.choice([x for x in DONORS if x.obit])
        if k == "age":
            d = R.choice([x for x in DONORS if x.age > 89])
        if k == "xclamp" and not d.organ:
            k = "death"
        if k == "implant":
            dev = R.choice([("Medtronic Azure XT DR pacemaker", "RNB%06dS" % R.randint(0, 999999)),
                            ("Boston Scientific Accolade pacemaker", "%06d" % R.randint(100000, 999999)),
                            ("Abbott Assurity MRI pacemaker", "%07d" % R.randint(1000000, 9999999))])
            logger = "o.c.casetrack.service.RecoveryService"
            msg = ["Implanted device documented for case ", (d.case, "other_id"), f": {dev[0]} SN ", (dev[1], "device"),
                   " - explant at recovery, return kit RK-%05d to manufacturer" % R.randint(0, 99999)]
        elif k == "photo":
            lvl = "DEBUG"
            logger = "o.c.casetrack.service.AttachmentService"
            msg = ["Attachment received case=", (d.case, "other_id"), " type=DONOR_ID_PHOTO bytes=%d preview=" % R.randint(30000, 90000),
                   ("data:image/jpeg;base64," + b64jpeg(R.randint(150, 300)), "photo")]
        elif k == "create":
            msg = ["Case ", (d.case, "other_id"), " created from referral ", (d.ref, "other_id"), ": donor ",
                   (lastfirst(d), "name"), " DOB ", (d_us(d.dob), "date"), " MRN ", (d.mrn, "mrn"), " (", d.hosp, ")"]
        elif k == "nok":
            n = R.choice(d.noks)
            logger = "o.c.casetrack.service.ContactService"
            msg = ["NOK added to case ", (d.case, "other_id"), ": ", (n.full, "name"), " (", n.relt, ") phone=",
                   (fphone(n.phone, 1), "phone"), " email=", (n.email, "email")]
        elif k == "nokaddr":
            n = R.choice(d.noks)
            logger = "o.c.casetrack.integration.AddressVerifier"
            msg = ["CASS verified address for NOK contact ", uuid4(), " (case ", (d.case, "other_id"), "): ",
                   (n.street, "address"), ", ", (n.city, "address"), ", CA ", (n.zip, "zip"), " dpv=Y"]
        elif k == "mvc":
            yr, mk, md, v, pl = d.mvc
            logger = "o.c.casetrack.service.ExternalRecordService"
            msg = ["CHP collision report 555-24-%05d linked to case " % R.randint(0, 99999), (d.case, "other_id"),
                   f": {yr} {mk} {md} VIN ", (v, "vehicle"), " plate ", (pl, "vehicle"), " (CA), driver=decedent"]
        elif k == "xclamp":
            s = staff("surg")
            logger = "o.c.casetrack.service.OrEventService"
            msg = ["Cross-clamp recorded for donor ", (d.unos, "other_id"), " at ",
                   (f"{d_us(d.dod)} {R.randint(1, 12):02d}:{R.randint(0, 59):02d}", "date"),
                   f" by Dr. {s[0]} {s[1]} (OR {R.randint(1, 12)}, {d.hosp})"]
        elif k == "death":
            doc = staff("intens")
            msg = ["Death declared for case ", (d.case, "other_id"), ": pronounced=", (f"{d_iso(d.dod)}T{d.tod}", "date"),
                   " criteria=", "NEURO" if d.organ else "CARDIAC", f" declaringMd='Dr. {doc[0]} {doc[1]}'"]
        elif k == "demo":
            logger = "o.c.casetrack.integration.EhrSyncJob"
            msg = ["EHR demographics merged for case ", (d.case, "other_id"), ": ssn=", (d.ssn, "ssn"), " county=",
                   (d.county, "address"), " sex=", d.sex, " marital=", R.choice(["M", "S", "W", "D"])]
        elif k == "obit":
            logger = "o.c.casetrack.service.AttachmentService"
            msg = ["Link attached to case ", (d.case, "other_id"), " by ", R.choice(STAFF["coord"])[2], ": ", (d.obit, "url")]
        elif k == "age":
            logger = "o.c.casetrack.rules.PathwayEvaluator"
            msg = ["Pathway TISSUE_ONLY selected for case ", (d.case, "other_id"), " (donor age ", (str(d.age), "age"),
                   "y > organ limit 80y; eyes/skin eligible)"]
        elif k == "payer":
            logger = "o.c.casetrack.integration.EhrSyncJob"
            msg = ["Payer on file for case ", (d.case, "other_id"), ": member ", (d.memberid, "health_plan"),
                   " group 00%05d (commercial) - billing to OPO cost center 7400" % R.randint(0, 99999)]
        elif k == "me":
            logger = "o.c.casetrack.service.MeService"
            msg = ["ME release received for case ", (d.case, "other_id"), ": coroner case ", (d.me, "other_id"),
                   R.choice([", no restrictions", ", restrictions: no heart recovery", ", pending autopsy (external only)"])]
        else:
            logger = "o.c.casetrack.integration.RegistryClient"
            msg = ["Donate Life CA registry hit for DL ", (d.dl, "license"), " -> first-person authorization on file; case ",
                   (d.case, "other_id")]
    else:
        k = R.choice(["sched", "hikari", "fax", "status", "oncall", "trace", "trace", "start", "serology", "or", "mail", "offer"])
        if k == "sched":
            logger = "o.c.casetrack.jobs.OfferTimeoutSweeper"
            thread = "scheduling-1"
            msg = [f"OfferTimeoutSweeper finished in {R.randint(20, 900)} ms (expired={R.randint(0, 4)}, renewed={R.randint(0, 9)})"]
        elif k == "hikari":
            lvl = "WARN"
            logger = "com.zaxxer.hikari.pool.HikariPool"
            msg = ["HikariPool-1 - Connection is not available, request timed out after 30000ms."]
        elif k == "fax":
            hc = R.choice(list(HOSP))
            logger = "o.c.casetrack.integration.FaxGateway"
            msg = [f"Fax job FX-{R.randint(10000, 99999)} to {fphone(HOSP[hc]['fax'], 1)} ({hc} HIM) status=DELIVERED pages={R.randint(2, 14)}"]
        elif k == "status":
            msg = [f"Case {uuid4()} status {R.choice(['REFERRAL', 'EVALUATION', 'APPROACH_PLANNED'])} -> "
                   f"{R.choice(['EVALUATION', 'APPROACH_PLANNED', 'AUTHORIZED', 'ALLOCATION'])} by {R.choice(STAFF['coord'])[2]}"]
        elif k == "oncall":
            c = R.choice(STAFF["coord"])
            logger = "o.c.casetrack.service.RosterService"
            msg = [f"Coordinator {c[0]} {c[1]} (ext 21{R.randint(0, 99):02d}, {c[2]}@cvdn.org) on-call OC-{R.choice(['NORTH', 'SOUTH'])} until 07:00"]
        elif k == "trace":
            lvl = "ERROR"
            logger = "o.c.casetrack.integration.UnetClient"
            msg = [R.choice(["Caused by: java.net.SocketTimeoutException: Read timed out",
                             "UNet POST /donor/v1/clinical failed after 3 retries: HTTP 502 Bad Gateway",
                             "org.springframework.web.client.ResourceAccessException: I/O error on POST request for \"https://unet-gw.cvdn.internal:9443/donor/v1/clinical\": Read timed out"])]
        elif k == "start":
            logger = "o.c.casetrack.CaseTrackApplication"
            thread = "main"
            msg = [R.choice([f"Started CaseTrackApplication in {R.uniform(9, 20):.3f} seconds (JVM running for {R.uniform(20, 25):.3f})",
                             "Tomcat started on port(s): 8443 (https) with context path ''",
                             "Active profiles: prod,opo-ct"])]
        elif k == "serology":
            logger = "o.c.casetrack.service.LabService"
            msg = [f"Serology panel stored for case record {uuid4()}: ABO={R.choice(['O', 'A', 'B', 'AB'])}, HBsAg=NR, "
                   f"anti-HCV=NR, HIV-1/2 Ag/Ab=NR, CMV IgG={R.choice(['R', 'NR'])}, EBV VCA IgG=R"]
        elif k == "or":
            s = staff("surg")
            logger = "o.c.casetrack.service.OrEventService"
            msg = [f"Recovery surgeon Dr. {s[0]} {s[1]} (NPI {SURG_NPI[s]}) confirmed OR start {R.randint(1, 9):02d}:30 at "
                   f"{R.choice(list(HOSP))}; perfusion device {R.choice(PERFUSION_SN)} reserved"]
        elif k == "mail":
            logger = "o.c.casetrack.notify.MailNotifier"
            msg = [f"Mail sent from noreply@cvdn.org to oncall-coord@cvdn.org subject='New referral assigned' in {R.randint(90, 600)} ms"]
        else:
            logger = "o.c.casetrack.service.OfferService"
            msg = [f"Offer OFR-{R.randint(100000, 999999)} {R.choice(['KI-L', 'KI-R', 'LI', 'HR', 'LU-DBL'])} declined by "
                   f"{R.choice(['CCTI', 'UCSF', 'CSMC', 'STFD'])} code {R.choice([830, 831, 836, 822])}; next seq {R.randint(2, 40)}"]
    L.t(f"{t:%Y-%m-%d %H:%M:%S}.{ms()} {lvl:>5} {R.choice([4127, 4127, 5120])} --- [{thread[-15:]:>15}] {abbrev_logger(logger):<40} : ")
    parts(L, msg)
    return L


# ==========================================================================
# 3. Donor hospital HL7 feed via Mirth Connect
# ==========================================================================
def hseg(name, fields):
    """fields: dict index->(str | list of parts). Returns list of parts."""
    n = max(fields) if fields else 0
    out = [name]
    for i in range(1, n + 1):
        out.append("|")
        f = fields.get(i, "")
        if isinstance(f, list):
            out.extend(f)
        else:
            out.append(f)
    return out


def hl7name(p):
    r = [(p.hl7last, "name"), "^", (p.hl7first, "name")]
    if getattr(p, "mid", ""):
        r += ["^", (ascii_fold(p.mid).upper(), "name")]
    return r


def hl7addr(p):
    return [(ascii_fold(p.street).upper(), "address"), "^^", (p.city.upper(), "address"), "^CA^", (p.zip, "zip"), "^USA"]


def hl7phone(ph):
    return [(f"({ph[0]}){ph[1]}-{ph[2]}", "phone"), "^PRN^PH"]


def msh(src, typ, now):
    ctrl = "%s%09d" % (R.choice(["MSG", "", "ADT"]), R.randint(0, 999999999))
    return hseg("MSH", {1: "^~\\&", 2: R.choice(["EPIC", "CERNER", "MEDITECH"]), 3: src, 4: "CVDN_IF", 5: "CVDN",
                        6: loc(now).strftime("%Y%m%d%H%M%S"), 8: typ, 9: ctrl, 10: "P", 11: "2.5.1"}), ctrl


def g_mirth(phi, now):
    L = Line("mirth-hl7")
    t = loc(now)
    lvl = "INFO"
    cat = "transformer"
    k = R.choice(["a01", "a01", "a03", "oru", "dump_pid", "dump_nk1", "a08"]) if phi else None
    ch = "Donor Labs ORU Inbound" if k == "oru" else R.choice(["Donor ADT Inbound", "Hospital Notifications"])
    thread = R.choice([f"{ch} < pool-{R.randint(2, 5)}-thread-{R.randint(1, 30)}", f"{ch} < Dispatcher Thread"])
    if phi:
        d = CX.donor()
        hc = d.hosp
        if k == "a01" or k == "a08":
            m, ctrl = msh(hc, "ADT^A01^ADT_A01" if k == "a01" else "ADT^A08^ADT_A01", now)
            evn = hseg("EVN", {1: "A01" if k == "a01" else "A08", 2: t.strftime("%Y%m%d%H%M")})
            pid = {1: "1", 3: [(d.mrn, "mrn"), f"^^^{hc}^MR"], 5: hl7name(d), 7: [(d_hl7(d.dob), "date")], 8: d.sex,
                   10: d.race, 11: hl7addr(d), 13: hl7phone(d.phone), 15: d.lang, 16: d.marital,
                   18: [(d.acct, "account")], 19: [(d.ssn, "ssn")]}
            if R.random() < 0.5:
                pid[20] = [(d.dl, "license"), "^CA"]
            segs = [m, evn, hseg("PID", pid)]
            n = d.noks[0]
            segs.append(hseg("NK1", {1: "1", 2: hl7name(n), 3: f"{n.relc}^{n.relt}^HL70063", 4: hl7addr(n), 5: hl7phone(n.phone),
                                     7: "NOK^Next of Kin^HL70131"}))
            doc = staff("intens")
            segs.append(hseg("PV1", {1: "1", 2: "I", 3: f"ICU^{R.randint(1, 40):04d}^A^{hc}", 4: "E",
                                     7: f"{npi()}^{doc[1].upper()}^{doc[0].upper()}^^^^MD", 10: "MED", 14: "1", 18: "IN",
                                     44: [(d_hl7(d.adm) + "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)), "date")]}))
            if k == "a08":
                segs.append(hseg("IN1", {1: "1", 2: "PPO^Commercial PPO", 3: str(R.randint(1000, 9999)),
                                         4: R.choice(["Blue Shield of California", "Kaiser Permanente", "Health Net"]),
                                         8: "00%05d" % R.randint(0, 99999), 16: hl7name(d), 17: "SEL^Self",
                                         36: [(d.memberid, "health_plan")]}))
        elif k == "a03":
            m, ctrl = msh(hc, "ADT^A03^ADT_A03", now)
            ts = d_hl7(d.dod) + d.tod.replace(":", "")
            segs = [m, hseg("EVN", {1: "A03", 2: t.strftime("%Y%m%d%H%M")}),
                    hseg("PID", {1: "1", 3: [(d.mrn, "mrn"), f"^^^{hc}^MR"], 5: hl7name(d), 7: [(d_hl7(d.dob), "date")],
                                 8: d.sex, 29: [(ts, "date")], 30: "Y"}),
                    hseg("PV1", {1: "1", 2: "I", 3: f"ICU^{R.randint(1, 40):04d}^A^{hc}", 36: "20^Expired^HL70112",
                                 44: [(d_hl7(d.adm), "date")], 45: [(ts, "date")]})]
        elif k == "oru":
            m, ctrl = msh(hc, "ORU^R01^ORU_R01", now)
            cts = d_hl7(d.dod - dt.timedelta(days=R.choice([0, 1]))) + "%02d%02d" % (R.randint(0, 23), R.randint(0, 59))
            segs = [m, hseg("PID", {1: "1", 3: [(d.mrn, "mrn"), f"^^^{hc}^MR"], 5: hl7name(d), 7: [(d_hl7(d.dob), "date")], 8: d.sex}),
                    hseg("OBR", {1: "1", 2: "ORD%07d" % R.randint(0, 9999999), 3: "LAB%08d" % R.randint(0, 99999999),
                                 4: "24323-8^Comprehensive metabolic panel^LN", 7: [(cts, "date")], 25: "F"})]
            for i, (code, nm, lo, hi, u) in enumerate(R.sample([("2160-0", "Creatinine", 0.6, 2.4, "mg/dL"),
                                                                 ("1742-6", "ALT", 12, 180, "U/L"), ("2951-2", "Sodium", 134, 158, "mmol/L"),
                                                                 ("1975-2", "Bilirubin total", 0.2, 2.1, "mg/dL"),
                                                                 ("2532-0", "LDH", 140, 600, "U/L")], 3), 1):
                val = round(R.uniform(lo, hi), 1)
                segs.append(hseg("OBX", {1: str(i), 2: "NM", 3: f"{code}^{nm}^LN", 5: str(val), 6: u, 11: "F"}))
        elif k == "dump_pid":
            cat = "hl7-dump"
            L.t(f"{lvl:<5} {t:%Y-%m-%d %H:%M:%S},{ms()} [{thread}] {cat}: ")
            parts(L, hseg("PID", {1: "1", 3: [(d.mrn, "mrn"), f"^^^{hc}^MR"], 5: hl7name(d), 7: [(d_hl7(d.dob), "date")],
                                  8: d.sex, 11: hl7addr(d), 19: [(d.ssn, "ssn")]}))
            return L
        else:
            cat = "hl7-dump"
            n = R.choice(d.noks)
            L.t(f"{lvl:<5} {t:%Y-%m-%d %H:%M:%S},{ms()} [{thread}] {cat}: ")
            parts(L, hseg("NK1", {1: str(d.noks.index(n) + 1), 2: hl7name(n), 3: f"{n.relc}^{n.relt}^HL70063",
                                  4: hl7addr(n), 5: hl7phone(n.phone), 7: "NOK^Next of Kin^HL70131"}))
            return L
        L.t(f"{lvl:<5} {t:%Y-%m-%d %H:%M:%S},{ms()} [{thread}] {cat}: Received message {ctrl}: ")
        for i, s in enumerate(segs):
            if i:
                L.t("\\r")
            parts(L, s)
        return L
    k = R.choice(["ack", "ack", "deploy", "conn", "filter", "queue", "err"])
    if k == "ack":
        hc = R.choice(list(HOSP))
        ack = (f"MSH|^~\\&|CVDN_IF|CVDN|{R.choice(['EPIC', 'CERNER'])}|{hc}|{t:%Y%m%d%H%M%S}||ACK^A01^ACK|"
               f"ACK{R.randint(0, 999999999):09d}|P|2.5.1\\rMSA|AA|MSG{R.randint(0, 999999999):09d}")
        L.t(f"{lvl:<5} {t:%Y-%m-%d %H:%M:%S},{ms()} [{thread}] response: Sent ACK: {ack}")
    elif k == "deploy":
        L.t(f"{lvl:<5} {t:%Y-%m-%d %H:%M:%S},{ms()} [Deploy Thread] engine: Channel '{ch}' ({uuid4()}) deployed; "
            f"listening on 0.0.0.0:{R.choice([6661, 6662, 6670])}")
    elif k == "conn":
        L.t(f"{lvl:<5} {t:%Y-%m-%d %H:%M:%S},{ms()} [{ch} < Listener] receiver: Connection accepted from "
            f"10.{R.randint(40, 49)}.{R.randint(0, 9)}.{R.randint(2, 250)}:{R.randint(30000, 65000)} (MLLP)")
    elif k == "filter":
        L.t(f"{lvl:<5} {t:%Y-%m-%d %H:%M:%S},{ms()} [{thread}] filter: Message MSG{R.randint(0, 999999999):09d} filtered: "
            f"event type {R.choice(['A31', 'A28', 'A04', 'A11'])} not routed for channel '{ch}'")
    elif k == "queue":
        L.t(f"{lvl:<5} {t:%Y-%m-%d %H:%M:%S},{ms()} [Statistics Thread] statistics: channel='{ch}' received={R.randint(1000, 9000)} "
            f"filtered={R.randint(10, 900)} queued={R.randint(0, 5)} sent={R.randint(900, 8000)} errored={R.randint(0, 3)}")
    else:
        L.t(f"WARN  {t:%Y-%m-%d %H:%M:%S},{ms()} [{ch} < CaseTrack REST Writer] connector: Error writing to destination "
            f"'CaseTrack REST' (https://casetrack.cvdn.internal:8443/api/hl7): HTTP 503 Service Unavailable; retrying in 10000 ms (attempt {R.randint(1, 3)})")
    return L


# ==========================================================================
# 4. HLA lab: Luminex xPONENT instrument log
# ==========================================================================
PLATE = "P2410%02d" % R.randint(10, 99)


def g_xponent(phi, now):
    L = Line("xponent-log")
    t = loc(now)
    stamp = t.strftime("%m/%d/%Y %I:%M:%S %p")
    well = R.choice("ABCDEFGH") + str(R.randint(1, 12))
    if phi:
        k = R.choice(["layout", "note", "donor"])
        if k == "layout":
            r = CX.recip()
            L.t(f"{stamp} | Info | BatchSetup | Plate layout imported: well {well} -> sample 24-HLA-{R.randint(1000, 2999):05d} '")
            L.p(lastfirst(r, True), "name").t("' PID ").p(r.labid, "mrn")
        elif k == "note":
            r = CX.recip()
            tech = staff("tech")
            L.t(f"{stamp} | Info | Operator | Comment by {tech[2]}: redraw requested for ")
            L.p(f"{r.hl7last} {r.hl7first}", "name").t(" DOB ").p(d_us(r.dob), "date").t(" (serum hemolyzed, well " + well + ")")
        else:
            d = CX.donor(organ=True)
            L.t(f"{stamp} | Info | BatchSetup | Well {well} assigned to DONOR ").p(d.unos, "other_id").t(
                f" {R.choice(['spleen', 'lymph node', 'peripheral blood'])} lysate (FXM prep)")
        return L
    k = R.choice(["acq", "acq", "acq", "batch", "ver", "sys", "lowbead", "fluid", "export", "start"])
    tech = staff("tech")
    if k == "acq":
        L.t(f"{stamp} | Info | Acquisition | Well {well} complete: {R.randint(900, 2600)} events, {R.choice([96, 97, 100])} regions, "
            f"DD gate 7500-15500, elapsed 00:00:{R.randint(28, 59)}")
    elif k == "batch":
        L.t(f"{stamp} | Info | Batch | Batch 'B241014_{R.choice(['LS1A04', 'LS2A01', 'LSM12'])}' started by {tech[2]}; protocol "
            f"LABScreen Single Antigen Class {R.choice(['I', 'II'])} v3.2; plate {PLATE}")
    elif k == "ver":
        L.t(f"{stamp} | Info | Verification | Daily verification PASSED: VER1 lot B{R.randint(10000, 99999)}, "
            f"VER2 lot B{R.randint(10000, 99999)}, CAL exp 2025-0{R.randint(1, 9)}-{R.randint(10, 28)}")
    elif k == "sys":
        L.t(f"{stamp} | Info | System | Sheath {R.uniform(7.6, 8.2):.2f} psi; XY heater {R.uniform(34.6, 35.4):.1f} C; "
            f"reporter laser OK; S/N {LAB_SERIALS['LX200']}; xPONENT 4.3.229.0")
    elif k == "lowbead":
        L.t(f"{stamp} | Warning | Acquisition | Low bead count region {R.randint(1, 100)} ({R.randint(20, 49)} < 50) well {well}")
    elif k == "fluid":
        L.t(f"{stamp} | Info | Fluidics | Sanitize cycle complete (3x, 00:0{R.randint(1, 4)}:{R.randint(10, 59)})")
    elif k == "export":
        L.t(f"{stamp} | Info | Export | Written D:\\xPONENT\\Batches\\B241014_LS1A04\\B241014_LS1A04.csv "
            f"({R.randint(90, 400)} rows, {R.randint(20, 90)} KB)")
    else:
        L.t(f"{stamp} | Info | System | Instrument {LAB_SERIALS['FLEXMAP']} warm-up complete; lasers stable after {R.randint(20, 31)} min")
    return L


# ==========================================================================
# 5. HLA Fusion CSV export rows
# ==========================================================================
SPECS = ["A*02:01", "A*24:02", "A*01:01", "B*07:02", "B*08:01", "B*44:03", "B*57:01", "C*07:02", "DRB1*15:01",
         "DRB1*04:01", "DQB1*06:02", "DQA1*05:01", "DPB1*04:01", "DRB3*01:01"]


def fusion_tail():
    raw = R.randint(30, 21000)
    return (f"LS{R.choice(['1A04', '2A01'])},0{R.randint(10, 19)},{R.randint(3, 100)},{R.choice(SPECS)},{raw},"
            f"{raw * R.uniform(0.9, 1.05):.1f},{R.uniform(0, 80):.1f},{'Positive' if raw > 2000 else 'Negative'}")


def g_fusion(phi, now):
    L = Line("fusion-csv")
    if phi:
        if R.random() < 0.75:
            r = CX.recip()
            draw = TODAY - dt.timedelta(days=R.randint(0, 20))
            L.t(f"24-HLA-{R.randint(1000, 2999):05d},").p(r.labid, "mrn").t(',"').p(lastfirst(r, True), "name").t('",')
            L.p(d_us(r.dob), "date").t(",").p(d_us(draw), "date").t("," + fusion_tail())
        else:
            d = CX.donor(organ=True)
            L.t(f"XM-24-{R.randint(100, 999):04d},").p(d.unos, "other_id").t(",DONOR LYSATE,,").p(d_us(d.dod), "date")
            L.t("," + fusion_tail())
        return L
    k = R.choice(["hdr", "cmt", "nc", "pc", "sum"])
    if k == "hdr":
        L.t("SampleIDName,PatientID,PatientName,DOB,DrawDate,CatalogID,LotID,BeadID,Specificity,RawMFI,NormalizedMFI,BCR,Assignment")
    elif k == "cmt":
        L.t(f"# HLA Fusion 4.6.1 export; user={staff('tech')[2]}; site=CCTI-HLA; exported {loc(now):%Y-%m-%d %H:%M:%S}; "
            f"instrument S/N {LAB_SERIALS['LX200']}")
    elif k == "nc":
        L.t(f"NC2410{R.randint(10, 99)},,NEGATIVE CONTROL SERUM,,,LS1A04,014,1,NC,{R.randint(150, 600)},0.0,,")
    elif k == "pc":
        L.t(f"PC2410{R.randint(10, 99)},,POSITIVE CONTROL SERUM,,,LS1A04,014,2,PC,{R.randint(15000, 22000)},,,")
    else:
        L.t(f"# Summary: beads={R.choice([97, 98, 100])} positive={R.randint(0, 40)} cutoff=1000 MFI cPRA(calc)={R.randint(0, 100)}% "
            f"freq_table=2024-07")
    return L


# ==========================================================================
# 6. HLA LIS interface log
# ==========================================================================
def g_lis(phi, now):
    L = Line("lis-log")
    t = loc(now)
    pre = f"{t.day:02d}-{MON[t.month - 1].upper()}-{t.year} {t:%H:%M:%S}.{ms()} LISIF[{R.choice([3321, 3321, 4410])}] "
    acc = f"HLA24-{R.randint(1000, 2999):05d}"
    if phi:
        k = R.choice(["order", "result", "hl7", "cpra", "coll"])
        r = CX.recip()
        if k == "order":
            d = CX.donor(organ=True)
            L.t(pre + f"<INFO> ORDER RECV acc={acc} test={R.choice(['FXM-TB', 'VXM', 'CDC-XM'])} donor=").p(d.unos, "other_id")
            L.t(" recip=").p(lastfirst(r, True, ","), "name").t(" mrn=").p(r.mrn, "mrn").t(" prio=STAT")
        elif k == "result":
            L.t(pre + f"<INFO> RESULT RELEASED acc={acc} mrn=").p(r.mrn, "mrn").t(
                f": T-cell {R.choice(['NEG', 'NEG', 'POS'])} (MCS {R.randint(10, 300)}), B-cell {R.choice(['NEG', 'POS'])} "
                f"(MCS {R.randint(10, 400)}) verified by {staff('tech')[2]}")
        elif k == "hl7":
            L.t(pre + f"<DEBUG> HL7 OUT ORU^R01 ctrl=LIS{R.randint(0, 9999999):07d} PID|1||").p(r.mrn, "mrn")
            L.t("^^^CCTI^MR||").p(r.hl7last, "name").t("^").p(r.hl7first, "name").t("||").p(d_hl7(r.dob), "date")
            L.t(f"|{r.sex}\\rOBX|1|ST|XM-T^T cell flow XM^L||{R.choice(['NEG', 'POS'])}||||||F")
        elif k == "cpra":
            L.t(pre + "<INFO> cPRA update posted to UNet for candidate ").p(r.wl, "mrn").t(" (").p(
                lastfirst(r, True, ","), "name").t(f"): {R.randint(0, 100)}% (unacceptables={R.randint(0, 30)})")
        else:
            ct = TODAY - dt.timedelta(days=R.randint(0, 3))
            L.t(pre + f"<INFO> Specimen {acc} collected ").p(f"{d_us(ct)} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}", "date")
            L.t(" for mrn=").p(r.mrn, "mrn").t(" by phlebotomy (tubes: ACD-A x2)")
        return L
    k = R.choice(["hb", "analyzer", "qc", "recv", "av", "wl", "pool"])
    if k == "hb":
        L.t(pre + f"<INFO> Interface LISIF<->UNET heartbeat OK rtt={R.randint(20, 300)}ms seq={R.randint(10000, 99999)}")
    elif k == "analyzer":
        L.t(pre + f"<INFO> Analyzer FACSCanto II (SN {LAB_SERIALS['CANTO']}) connected on COM{R.randint(3, 6)} 9600/8N1")
    elif k == "qc":
        L.t(pre + f"<INFO> QC PASS FXM-T lot 24-{R.randint(100, 199)} NC MCS {R.randint(10, 40)} PC MCS {R.randint(250, 400)}")
    elif k == "recv":
        L.t(pre + f"<INFO> Specimen received acc={acc} tubes={R.randint(1, 4)} (ACD-A x2, SST x1) bench=HLA-{R.randint(1, 3)}")
    elif k == "av":
        L.t(pre + f"<WARN> Autoverification rule AV-HLA-0{R.randint(1, 9)} skipped for acc={acc}: delta check N/A")
    elif k == "wl":
        L.t(pre + f"<INFO> Worklist WL-FXM-241014-0{R.randint(1, 9)} printed to \\\\hla-prt02 ({R.randint(3, 30)} tests)")
    else:
        L.t(pre + f"<DEBUG> DB pool stats active={R.randint(0, 8)} idle={R.randint(2, 10)} max=20 waits=0")
    return L


# ==========================================================================
# 7. Match-run / waitlist SOAP integration (log4j + one-line SOAP XML)
# ==========================================================================
def xt(L, tag, val, cat=None):
    L.t(f"<{tag}>")
    L.v(xesc(str(val)), cat)
    L.t(f"</{tag.split()[0]}>")


def wsse_header(now):
    c = now.strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "Z"
    e = (now + dt.timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "Z"
    return (f'<soapenv:Header><wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" '
            f'xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">'
            f'<wsu:Timestamp wsu:Id="TS-{hexs(8).upper()}"><wsu:Created>{c}</wsu:Created><wsu:Expires>{e}</wsu:Expires></wsu:Timestamp>'
            f'<wsse:UsernameToken><wsse:Username>ccti_wl_svc</wsse:Username><wsse:Password Type="PasswordDigest">***</wsse:Password>'
            f'</wsse:UsernameToken></wsse:Security></soapenv:Header>')


ENV_OPEN = '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">'


def g_soap(phi, now):
    L = Line("soap-xml")
    t = loc(now)
    thread = f"match-ws-{R.randint(1, 8)}"
    mid = R.randint(1800000, 1899999)

    def pre(direction, lvl="DEBUG"):
        L.t(f"{t:%Y-%m-%d %H:%M:%S},{ms()} {lvl:<5} [{thread}] c.c.match.ws.SoapMessageLogger - {direction} SOAP message: ")

    if phi:
        k = R.choice(["results", "results", "register", "offer"])
        if k == "results":
            d = CX.donor(organ=True)
            org = R.choice(["KI", "LI", "HR", "LU"])
            pool = [r for r in RECIPS if r.organ == org] or RECIPS
            pool = R.sample(RECIPS, 2) if len(pool) < 2 and R.random() < 0.5 else pool
            pre("Inbound")
            L.t(ENV_OPEN + '<soapenv:Header/><soapenv:Body><ns2:getMatchResultsResponse xmlns:ns2="urn:ccti:donornet:matchrun:v3">')
            xt(L, "ns2:matchId", mid)
            xt(L, "ns2:donorId", d.unos, "other_id")
            xt(L, "ns2:organ", org)
            L.t(f'<ns2:potentialRecipients total="{R.randint(40, 400)}" centerFiltered="CCTI">')
            for i, r in enumerate(pool[:3], 1):
                L.t(f'<ns2:ptr seq="{R.randint(1, 60)}">')
                xt(L, "ns2:candidateId", r.wl, "mrn")
                xt(L, "ns2:lastName", r.last, "name")
                xt(L, "ns2:firstName", r.first, "name")
                xt(L, "ns2:dateOfBirth", d_iso(r.dob), "date")
                xt(L, "ns2:abo", r.abo)
                xt(L, "ns2:cpra", r.cpra)
                xt(L, "ns2:points", f"{R.uniform(2, 40):.2f}")
                L.t("</ns2:ptr>")
            L.t("</ns2:potentialRecipients></ns2:getMatchResultsResponse></soapenv:Body></soapenv:Envelope>")
        elif k == "register":
            r = CX.recip()
            pre("Outbound")
            L.t(ENV_OPEN + wsse_header(now) + '<soapenv:Body><wl:registerCandidate xmlns:wl="urn:ccti:donornet:waitlist:v2"><wl:candidate>')
            xt(L, "wl:centerMrn", r.mrn, "mrn")
            xt(L, "wl:ssn", r.ssn, "ssn")
            xt(L, "wl:lastName", r.last, "name")
            xt(L, "wl:firstName", r.first, "name")
            xt(L, "wl:birthDate", d_iso(r.dob), "date")
            xt(L, "wl:gender", r.sex)
            xt(L, "wl:abo", r.abo)
            xt(L, "wl:organ", r.organ)
            L.t("<wl:permAddress>")
            xt(L, "wl:street", r.street, "address")
            xt(L, "wl:city", r.city, "address")
            xt(L, "wl:state", "CA")
            xt(L, "wl:zip", r.zip, "zip")
            L.t("</wl:permAddress>")
            xt(L, "wl:homePhone", fphone(r.phone, 1), "phone")
            if r.plan[0] == "MBI":
                xt(L, "wl:medicareBeneficiaryId", r.plan[1], "health_plan")
            else:
                xt(L, "wl:primaryPayerMemberId", r.plan[1], "health_plan")
            L.t("</wl:candidate></wl:registerCandidate></soapenv:Body></soapenv:Envelope>")
        else:
            d = CX.donor(organ=True)
            r = CX.recip()
            s = staff("surg")
            pre("Outbound")
            L.t(ENV_OPEN + wsse_header(now) + '<soapenv:Body><mr:submitOfferResponse xmlns:mr="urn:ccti:donornet:matchrun:v3">')
            xt(L, "mr:matchId", mid)
            xt(L, "mr:donorId", d.unos, "other_id")
            xt(L, "mr:candidateId", r.wl, "mrn")
            resp = R.choice(["PROVISIONAL_YES", "ACCEPT", "DECLINE"])
            xt(L, "mr:response", resp)
            if resp == "DECLINE":
                xt(L, "mr:refusalCode", R.choice(["830", "836", "822"]))
            xt(L, "mr:respondingSurgeon", f"{s[1]}, {s[0]} MD")
            L.t("</mr:submitOfferResponse></soapenv:Body></soapenv:Envelope>")
        return L
    k = R.choice(["status_req", "status_resp", "fault", "timing", "ping", "status_req"])
    if k == "status_req":
        pre("Outbound")
        L.t(ENV_OPEN + wsse_header(now) + f'<soapenv:Body><mr:getMatchStatus xmlns:mr="urn:ccti:donornet:matchrun:v3">'
            f'<mr:matchId>{mid}</mr:matchId></mr:getMatchStatus></soapenv:Body></soapenv:Envelope>')
    elif k == "status_resp":
        pre("Inbound")
        L.t(ENV_OPEN + f'<soapenv:Header/><soapenv:Body><ns2:getMatchStatusResponse xmlns:ns2="urn:ccti:donornet:matchrun:v3">'
            f'<ns2:matchId>{mid}</ns2:matchId><ns2:status>{R.choice(["COMPLETE", "RUNNING", "PLACED"])}</ns2:status>'
            f'<ns2:ptrCount>{R.randint(10, 400)}</ns2:ptrCount><ns2:generatedAt>{now:%Y-%m-%dT%H:%M:%S}Z</ns2:generatedAt>'
            f'</ns2:getMatchStatusResponse></soapenv:Body></soapenv:Envelope>')
    elif k == "fault":
        pre("Inbound", "WARN")
        L.t(ENV_OPEN + '<soapenv:Body><soapenv:Fault><faultcode xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">'
            'wsse:MessageExpired</faultcode><faultstring>The message has expired (WSSecurityEngine: Invalid timestamp)</faultstring>'
            '</soapenv:Fault></soapenv:Body></soapenv:Envelope>')
    elif k == "timing":
        L.t(f"{t:%Y-%m-%d %H:%M:%S},{ms()} INFO  [{thread}] c.c.match.ws.MatchRunClient - getMatchResults matchId={mid} "
            f"HTTP 200 in {R.randint(120, 4000)} ms (bytes={R.randint(2000, 90000)}, endpoint=https://donornet-gw.cvdn.internal/ws/matchrun/v3)")
    else:
        pre("Outbound")
        L.t(ENV_OPEN + '<soapenv:Body><mr:echo xmlns:mr="urn:ccti:donornet:matchrun:v3"><mr:token>'
            f'{uuid4()}</mr:token></mr:echo></soapenv:Body></soapenv:Envelope>')
    return L


# ==========================================================================
# 8. Transplant center waitlist sync (Python logging)
# ==========================================================================
def pyrepr_dict(L, items):
    L.t("{")
    for i, it in enumerate(items):
        if i:
            L.t(", ")
        k, v = it[0], it[1]
        c = it[2] if len(it) > 2 else None
        L.t(repr(k) + ": ")
        if isinstance(v, str):
            r = repr(v)
            L.t(r[0]).v(r[1:-1], c).t(r[-1])
        else:
            L.v(repr(v), c)
    L.t("}")


def g_waitlist(phi, now):
    L = Line("python-logging")
    t = loc(now)
    lg = "waitlist.sync"
    lvl = "INFO"
    head = lambda: L.t(f"{t:%Y-%m-%d %H:%M:%S},{ms()} {lvl} [{lg}] ")
    if phi:
        r = CX.recip()
        k = FORCE.pop() if FORCE else R.choice(["status", "device", "device", "elig", "elig", "acct", "card", "iban", "cpf", "payload", "appt", "payload"])
        if k == "device":
            r = RECIPS[1]
        if k == "card":
            r = RECIPS[0]
        if k == "iban":
            r = RECIPS[6]
        if k == "cpf":
            r = RECIPS[4]
        if k == "status":
            head()
            L.t("Candidate ").p(r.wl, "mrn").t(" (").p(lastfirst(r), "name").t("; MRN ").p(r.mrn, "mrn").t(
                f") status {R.choice(['1', '7'])} -> {R.choice(['2', '1'])} reason={R.choice(['WORKUP_INCOMPLETE', 'REACTIVATED', 'TOO_SICK'])}")
        elif k == "device":
            lg = "waitlist.devices"
            head()
            if R.random() < 0.6:
                L.t("Device record synced for MRN ").p(r.mrn, "mrn").t(f": {r.lvad[0]} LVAD SN ").p(r.lvad[1], "device").t(
                    " UDI ").p(r.lvad[2], "device").t(f" pump speed {R.choice([5400, 5500, 5600])} rpm, flow {R.uniform(3.8, 5.2):.1f} L/min")
            else:
                L.t("Remote monitoring enrolled for MRN ").p(r.mrn, "mrn").t(f": {r.icd[0]} ICD serial ").p(r.icd[1], "device").t(
                    " via CareLink; last transmission ok")
        elif k == "elig":
            lg = "waitlist.eligibility"
            head()
            L.t("270/271 eligibility OK for ").p(lastfirst(r, True), "name").t(": ")
            if r.plan[0] == "MBI":
                L.t("Medicare Part A/B active, MBI ").p(r.plan[1], "health_plan")
            elif r.plan[0] == "MEDICAID":
                L.t("Medi-Cal CIN ").p(r.plan[1], "health_plan").t(" aid code 1H")
            else:
                L.t("commercial member ").p(r.plan[1], "health_plan").t(f" group {R.randint(100000, 999999)}")
            L.t(f" (trace {hexs(12)}, payer latency {R.randint(200, 3000)}ms)")
        elif k == "acct":
            lg = "waitlist.billing"
            head()
            L.t("Billing account ").p(r.acct, "account").t(" flagged for transplant global period (MRN ").p(r.mrn, "mrn").t(")")
        elif k == "card":
            lvl = "WARNING"
            lg = "waitlist.billing"
            head()
            L.t("Copay charge declined for account ").p(r.acct, "account").t(": card ").p(r.card, "account").t(
                f" response=05 DO_NOT_HONOR amount=250.00 gateway_ref={hexs(10)}")
        elif k == "iban":
            lg = "waitlist.billing"
            head()
            L.t("International wire deposit from IBAN ").p(r.iban, "account").t(" applied to account ").p(r.acct, "account").t(
                " (EUR 15000.00 -> USD 16212.40)")
        elif k == "cpf":
            lg = "waitlist.documents"
            head()
            L.t("Foreign national documentation verified for candidate ").p(r.wl, "mrn").t(": Brazil CPF ").p(r.cpf, "other_id")
            L.t(" (non-resident alien policy 5% cap check passed)")
        elif k == "appt":
            lg = "waitlist.scheduling"
            head()
            ad = TODAY + dt.timedelta(days=R.randint(1, 30))
            L.t(f"Appointment {R.choice(['monthly serum draw', 'cardiology follow-up', 'dialysis center visit', 'social work eval'])} for MRN ")
            L.p(r.mrn, "mrn").t(" booked ").p(f"{d_us(ad)} {R.randint(7, 16):02d}:{R.choice(['00', '15', '30', '45'])}", "date")
        else:
            lvl = "DEBUG"
            head()
            L.t("upsert candidate payload=")
            pyrepr_dict(L, [("candidate_id", r.wl, "mrn"), ("mrn", r.mrn, "mrn"), ("last_name", r.last, "name"),
                            ("first_name", r.first, "name"), ("dob", d_iso(r.dob), "date"), ("abo", r.abo),
                            ("organ", r.organ), ("cpra", r.cpra), ("home_phone", fphone(r.phone, 1), "phone"),
                            ("email", r.email, "email"), ("zip", r.zip, "zip"), ("status", R.choice([1, 2, 7]))])
        return L
    k = R.choice(["batch", "cpra", "rate", "retry", "load", "celery", "batch"])
    if k == "batch":
        head()
        L.t(f"sync batch {R.randint(4000, 4999)} complete: candidates={R.randint(290, 330)} changed={R.randint(0, 9)} errors=0 "
            f"elapsed={R.uniform(1, 9):.2f}s")
    elif k == "cpra":
        lg = "waitlist.cpra"
        head()
        L.t(f"cPRA recalculated for {R.randint(3, 40)} candidates using HLA frequency table 2024-07 (v{R.randint(3, 5)}.{R.randint(0, 9)})")
    elif k == "rate":
        lg = "unet.client"
        lvl = "DEBUG"
        head()
        L.t(f"rate limit remaining={R.randint(1, 120)}/120 reset_in={R.randint(1, 60)}s")
    elif k == "retry":
        lvl = "WARNING"
        lg = "urllib3.connectionpool"
        head()
        L.t(f"Retrying (Retry(total={R.randint(1, 4)}, connect=None, read=None, redirect=None, status=None)) after connection broken by "
            f"'ReadTimeoutError(\"HTTPSConnectionPool(host='api.unet-gw.cvdn.internal', port=443): Read timed out. (read timeout=30)\")': "
            f"/waitlist/v2/candidates")
    elif k == "load":
        head()
        L.t(f"Loaded {R.randint(290, 330)} candidates from feed wl_{loc(now):%Y%m%d}_0300.csv (sha256={hexs(64)})")
    else:
        lg = "celery.app.trace"
        head()
        L.t(f"Task waitlist.tasks.nightly_reconcile[{uuid4()}] succeeded in {R.uniform(2, 30):.3f}s: None")
    return L


# ==========================================================================
# 9. Organ courier tracking webhooks (JSON, python json.dumps style)
# ==========================================================================
def g_courier(phi, now):
    L = Line("courier-json")
    c = staff("courier")
    sh = f"OTS-241014-{R.randint(1, 120):04d}"
    trk = "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16))
    ts = now.strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "Z"
    lat, lon = round(R.uniform(34.1, 36.9), 5), round(R.uniform(-120.2, -118.3), 5)
    courier = O(("name", f"{c[0]} {c[1]}"), ("mobile", fphone(COURIER_PHONE[c], 2)), ("vehicle_plate", COURIER_PLATE[c]),
                ("vehicle", R.choice(["2022 Ford Transit", "2021 Toyota Sienna", "2023 Chevrolet Tahoe"])))
    if phi:
        d = CX.donor(organ=True)
        org = R.choice(["KIDNEY-L", "KIDNEY-R", "LIVER", "HEART", "LUNGS-DBL", "PANCREAS"])
        if R.random() < 0.5:
            items = [("event_id", uuid4()), ("type", "shipment.created"), ("occurred_at", ts), ("shipment_id", sh),
                     ("tracking_number", trk), ("contents", O(("organ", org), ("donor_id", d.unos, "other_id"),
                                                              ("abo", R.choice(["O", "A", "B"])),
                                                              ("package", R.choice(["Paragonix KidneyVault", "SherpaPak", "triple-bag ice"])))),
                     ("origin", d.hosp), ("destination", R.choice(["CCTI", "UCSF", "CSMC", "STFD"])), ("courier", courier)]
        else:
            items = [("event_id", uuid4()), ("type", "label.printed"), ("occurred_at", ts), ("shipment_id", sh)]
            jw(L, O(*items), asc=True, sep=(", ", ": "))
            L.b = L.b[:-1]  # drop closing brace, label_text appended below
            L.t(', "label_text": "')
            L.t(f"{org} / UNOS ID ").p(d.unos, "other_id").t(f" / {d.hosp} / CROSS-CLAMP WINDOW SEE DONORNET")
            L.t('", "printer": "zebra-or-0' + str(R.randint(1, 4)) + '"}')
            return L
        jw(L, O(*items), asc=True, sep=(", ", ": "))
        return L
    k = R.choice(["loc", "loc", "loc", "status", "flight", "temp", "eta"])
    if k == "loc":
        items = [("event_id", uuid4()), ("type", "location.updated"), ("occurred_at", ts), ("shipment_id", sh),
                 ("lat", lat), ("lon", lon), ("speed_mph", R.randint(0, 78)), ("temp_c", round(R.uniform(2.5, 7.5), 1)),
                 ("battery_pct", R.randint(20, 100)), ("device_id", f"TRK-{R.randint(1000, 9999)}")]
    elif k == "status":
        items = [("event_id", uuid4()), ("type", "shipment.status_changed"), ("occurred_at", ts), ("shipment_id", sh),
                 ("tracking_number", trk),
                 ("status", R.choice(["PICKED_UP", "HANDED_OFF", "DELIVERED", "IN_TRANSIT"])), ("courier", courier),
                 ("signature_by", R.choice(["OR front desk", "Charge RN", "Coordinator on duty"]))]
    elif k == "flight":
        items = [("event_id", uuid4()), ("type", "flight.departed"), ("occurred_at", ts), ("shipment_id", sh),
                 ("carrier", R.choice(["AA", "WN", "AS", "UA"])), ("flight_no", str(R.randint(100, 2999))),
                 ("awb", f"{R.choice(['001', '526', '027', '016'])}-{R.randint(10000000, 99999999)}"),
                 ("tail_number", "N" + str(R.randint(100, 999)) + R.choice(["NN", "WN", "AS", "UA", "QS"])),
                 ("from", R.choice(["BFL", "FAT", "BUR"])), ("to", R.choice(["SFO", "LAX", "SJC"]))]
    elif k == "temp":
        items = [("event_id", uuid4()), ("type", "alert.temperature"), ("occurred_at", ts), ("shipment_id", sh),
                 ("severity", "warning"), ("temp_c", round(R.uniform(8.1, 10.5), 1)), ("threshold_c", 8.0),
                 ("device_id", f"TRK-{R.randint(1000, 9999)}"), ("notify", A("dispatch@organtransit.example.com"))]
    else:
        items = [("event_id", uuid4()), ("type", "eta.updated"), ("occurred_at", ts), ("shipment_id", sh),
                 ("eta", (now + dt.timedelta(minutes=R.randint(20, 300))).strftime("%Y-%m-%dT%H:%M:%SZ")),
                 ("traffic_delay_min", R.randint(0, 40)), ("route", R.choice(["CA-99 N", "I-5 N", "CA-58 W", "US-101 S"]))]
    jw(L, O(*items), asc=True, sep=(", ", ": "))
    return L


# ==========================================================================
# 10. Tissue bank recovery / distribution / implant records (CSV)
# ==========================================================================
PRODUCTS = [("T6280", "Femoral head, frozen"), ("T3041", "Cortical cancellous chips 15cc"), ("T1122", "Split-thickness skin 60cm2"),
            ("T5004", "Cornea, DSAEK precut"), ("T2216", "Achilles tendon w/ calcaneus"), ("T4471", "Saphenous vein 40cm")]
CUSTOMERS = [("CCTI", "Central California Transplant Institute"), ("BKEYE", "Bakersfield Eye Surgery Center"),
             ("SEQFOOT", "Sequoia Foothills Medical Center"), ("VVPRES", "Valle Verde Presbyterian")]


def g_tissue(phi, now):
    L = Line("tissue-csv")
    if phi:
        k = R.choice(["rec", "rec", "dist", "impl"])
        d = R.choice([x for x in DONORS if x.age > 89]) if R.random() < 0.35 else CX.donor(tissue=R.random() < 0.5)
        if k == "rec":
            L.t("REC,").p(d.din, "other_id").t(",")
            L.v(str(d.age), "age" if d.age > 89 else None)
            tis = "EYES;SKIN" if d.age > 80 else R.choice(["EYES;SKIN;BONE;TENDON", "SKIN;BONE;HV", "EYES;SKIN;BONE;SV"])
            L.t(f",{d.sex},{d.cod},").p(d_us(d.dod), "date").t(",").p(d_us(min(TODAY, d.dod + dt.timedelta(days=R.choice([0, 1])))), "date")
            t1, t2 = R.sample(STAFF["ttech"], 2)
            L.t(f",{d.hosp},\"{tis}\",{t1},{t2},{R.uniform(3, 23):.1f}")
        elif k == "dist":
            pc, desc = R.choice(PRODUCTS)
            cc, cn = R.choice(CUSTOMERS)
            L.t(f"DIST,D24-{R.randint(10000, 99999)},{pc},").p(d.din, "other_id")
            L.t(f",\"{desc}\",{R.randint(1, 3)},{cc},{loc(now):%m/%d/%Y},FedEx Priority Overnight,{R.randint(100000000000, 999999999999)}")
        else:
            tr = R.choice(TISSUE_RECIPS)
            pc, desc = R.choice(PRODUCTS)
            cc, cn = R.choice(CUSTOMERS)
            s = staff("surg")
            L.t(f"IMPL,{pc}-{R.randint(1000, 9999)},").p(d.din, "other_id").t(',"').p(lastfirst(tr, True), "name").t('",')
            L.p(tr.mrn, "mrn").t(",").p(d_us(TODAY - dt.timedelta(days=R.randint(0, 40))), "date")
            L.t(f",{cc},\"{s[1]}, {s[0]} MD\",\"{desc}\"")
        return L
    k = R.choice(["hdr_rec", "hdr_dist", "hdr_impl", "em", "ster", "inv", "em"])
    if k == "hdr_rec":
        L.t("rec_type,din,donor_age,sex,cod,date_of_death,recovery_date,recovery_site,tissues,tech_1,tech_2,ischemic_hrs")
    elif k == "hdr_dist":
        L.t("rec_type,dist_id,product_code,din,description,qty,ship_to,ship_date,carrier,tracking")
    elif k == "hdr_impl":
        L.t("rec_type,graft_id,din,recipient_name,recipient_mrn,implant_date,facility,surgeon,description")
    elif k == "em":
        L.t(f"EM,CR-{R.randint(1, 3)},ISO5,{loc(now):%Y-%m-%d},particles_0.5um={R.randint(300, 3500)},particles_5um={R.randint(0, 20)},"
            f"viable_cfu={R.choice([0, 0, 0, 1])},{R.choice(STAFF['ttech'])}")
    elif k == "ster":
        L.t(f"STER,lot GVTS-24-{R.randint(1000, 1999)},gamma,{R.uniform(17, 30):.1f} kGy,dosimeters=4,PASS,{R.choice(STAFF['ttech'])}")
    else:
        pc, desc = R.choice(PRODUCTS)
        L.t(f"INV,{pc},\"{desc}\",on_hand={R.randint(0, 60)},quarantine={R.randint(0, 12)},expiring_30d={R.randint(0, 5)}")
    return L


# ==========================================================================
# 11. Family authorization calls: Asterisk, CDR, authorization app
# ==========================================================================
def g_call(phi, now):
    t = loc(now)
    ast_ts = f"[{t:%Y-%m-%d %H:%M:%S}]"
    ext = f"21{R.randint(0, 40):02d}"
    chan = f"PJSIP/{ext}-{R.randint(0, 0xfff):08x}"
    cid = f"C-{R.randint(0, 0xfff):08x}"
    ag = staff("agent")
    app_pre = f"{t.isoformat(timespec='milliseconds')} [authz-svc] "
    if phi:
        d = CX.donor()
        n = R.choice(d.noks)
        k = FORCE.pop() if FORCE else R.choice(["dial", "cdr", "start", "decision", "voice", "voice", "idchk", "fax", "fax", "email", "mail", "drai", "cdr_in",
                      "parking", "esign"])
        if k in ("dial",):
            L = Line("asterisk")
            L.t(f"{ast_ts} VERBOSE[{R.randint(10000, 30000)}][{cid}] pbx.c: Executing [s@macro-dialout-trunk:19] "
                f"Dial(\"{chan}\", \"PJSIP/")
            L.p(fphone(n.phone, 2), "phone").t("@sip-trunk-out,300,Tt\") in new stack")
        elif k in ("cdr", "cdr_in"):
            L = Line("asterisk-cdr")
            st = t - dt.timedelta(seconds=R.randint(300, 3000))
            an = st + dt.timedelta(seconds=R.randint(5, 30))
            dur = int((t - st).total_seconds())
            num = f"1{n.phone[0]}{n.phone[1]}{n.phone[2]}"
            if k == "cdr":
                L.t(f'"","{ext}","').p(num, "phone").t(f'","from-internal","""{ag[0]} {ag[1]}"" <{ext}>","{chan}",'
                                                      f'"PJSIP/sip-trunk-out-{R.randint(0, 0xfff):08x}","Dial","PJSIP/')
                L.p(num, "phone").t("@sip-trunk-out,300,Tt\",")
            else:
                cnam = ascii_fold(f"{n.last} {n.first}").upper()[:15].rstrip()
                L.t('"","').p(num, "phone").t('","2100","from-trunk","""').p(cnam, "name").t('"" <').p(num, "phone")
                L.t(f'>","PJSIP/sip-trunk-in-{R.randint(0, 0xfff):08x}","{chan}","Queue","family-support,t,,,300",')
            L.t(f'"{st:%Y-%m-%d %H:%M:%S}","{an:%Y-%m-%d %H:%M:%S}","{t:%Y-%m-%d %H:%M:%S}",{dur},{dur - int((an - st).total_seconds())},'
                f'"ANSWERED","DOCUMENTATION","{int(st.timestamp())}.{R.randint(100, 9999)}",""')
        else:
            L = Line("authz-applog")
            L.t(app_pre)
            if k == "start":
                L.t(f"INFO Authorization call started callId={uuid4()} case=").p(d.case, "other_id").t(" nok='").p(n.full, "name")
                L.t(f"' relationship={n.relt.upper()} priority={d.noks.index(n) + 1} agent={ag[2]}")
            elif k == "decision":
                L.t("INFO Decision AUTHORIZED by ").p(n.full, "name").t(f" ({n.relt}); organs=")
                L.t("HR,LU,LI,KI,PA" if d.organ else "NONE").t(" tissues=SKIN,BONE,EYES,HV research=")
                L.t(R.choice(["YES", "NO"]) + f" recorded=true witness='{ag[0]} {ag[1]}' donor=").p(lastfirst(d, True), "name")
            elif k == "voice":
                L.t(f"INFO Voice verification enrolled for caller ").p(n.full, "name").t(" (case ").p(d.case, "other_id")
                L.t(") template=").p(b64voice(R.randint(90, 180)), "biometric").t(" score=0.%d" % R.randint(80, 99))
            elif k == "idchk":
                L.t("INFO Identity check for NOK ").p(n.full, "name").t(": CA DL ").p(n.dl, "license").t(
                    f" verified (KBA 4/4, provider=idv-{R.choice(['lexis', 'socure'])})")
            elif k == "fax":
                L.t(f"INFO Authorization form faxed to family at ").p(fphone(n.fax, 0), "fax").t(
                    f" pages=6 jobId=FX-{R.randint(10000, 99999)} from {fphone(OPO_FAX, 0)}")
            elif k == "email":
                L.t(f"INFO DocuSign envelope {uuid4()} sent to ").p(n.email, "email").t(
                    " (template=CVDN-AUTH-2024, cc=records@cvdn.org)")
            elif k == "mail":
                L.t("INFO Family support packet queued for mailing to ").p(n.street, "address").t(", ").p(n.city, "address")
                L.t(", CA ").p(n.zip, "zip").t(" attn: ").p(n.full, "name")
            elif k == "esign":
                L.t(f"INFO DocuSign envelope {uuid4()} completed by ").p(n.email, "email").t(" from ").p(n.ip, "ip")
                L.t(f" (auth=SMS, signer=").p(n.full, "name").t(")")
            elif k == "parking":
                L.t(f"INFO Parking validation issued at {d.hosp} for family of case ").p(d.case, "other_id").t(": plate ")
                L.p(n.plate, "vehicle").t(f" (CA), valid 72h, issued by {ag[2]}")
            else:
                L.t("INFO DRAI interview started with ").p(n.full, "name").t(f" ({n.relt}) for donor ").p(d.full, "name")
                L.t(", DOB ").p(d_us(d.dob), "date").t(f", script=DRAI-2024.2")
        return L
    k = R.choice(["queue", "sipreg", "mixmon", "hangup", "agent", "script", "ended", "twilio", "cdr_int"])
    if k == "queue":
        L = Line("asterisk")
        L.t(f"{ast_ts} VERBOSE[{R.randint(10000, 30000)}][{cid}] app_queue.c: Member 'PJSIP/{ext}' ({ag[0]} {ag[1]}) "
            f"is now available in queue 'family-support' (calls waiting {R.randint(0, 3)})")
    elif k == "sipreg":
        L = Line("asterisk")
        ip = f"10.30.{R.randint(0, 3)}.{R.randint(2, 250)}"
        L.t(f"{ast_ts} NOTICE[{R.randint(1000, 3000)}] res_pjsip/pjsip_distributor.c: Request 'REGISTER' from '<sip:{ext}@{ip}>' "
            f"failed for '{ip}:5060' (callid: {hexs(16)}) - No matching endpoint found")
    elif k == "mixmon":
        L = Line("asterisk")
        L.t(f"{ast_ts} VERBOSE[{R.randint(10000, 30000)}][{cid}] app_mixmonitor.c: Begin MixMonitor Recording {chan} to "
            f"/var/spool/asterisk/monitor/{t:%Y/%m/%d}/out-{t:%Y%m%d-%H%M%S}-{int(now.timestamp())}.{R.randint(100, 9999)}.wav")
    elif k == "hangup":
        L = Line("asterisk")
        L.t(f"{ast_ts} VERBOSE[{R.randint(10000, 30000)}][{cid}] pbx.c: Spawn extension (from-internal, {ext}, 1) exited non-zero on '{chan}'")
    elif k == "agent":
        L = Line("authz-applog")
        L.t(app_pre + f"INFO Agent {ag[2]} state {R.choice(['READY', 'WRAPUP'])} -> {R.choice(['ON_CALL', 'READY', 'BREAK'])}")
    elif k == "script":
        L = Line("authz-applog")
        L.t(app_pre + f"INFO Script version DRAI-2024.{R.randint(1, 2)} loaded ({R.randint(100, 130)} questions, locale={R.choice(['en-US', 'es-US'])})")
    elif k == "ended":
        L = Line("authz-applog")
        L.t(app_pre + f"INFO Call callId={uuid4()} ended duration=00:{R.randint(3, 59):02d}:{R.randint(0, 59):02d} "
            f"disposition={R.choice(['COMPLETED', 'CALLBACK_REQUESTED', 'NO_ANSWER'])} recording=rec-{hexs(12)}.wav")
    elif k == "twilio":
        L = Line("authz-applog")
        L.t(app_pre + f"DEBUG Twilio status callback CallSid=CA{hexs(32)} status={R.choice(['ringing', 'in-progress', 'completed'])} "
            f"from=+1{OPO_LINE[0]}{OPO_LINE[1]}{OPO_LINE[2]}")
    else:
        L = Line("asterisk-cdr")
        hc = R.choice(list(HOSP))
        num = "1" + "".join(HOSP[hc]["phone"])
        st = t - dt.timedelta(seconds=R.randint(60, 900))
        dur = int((t - st).total_seconds())
        L.t(f'"","{ext}","{num}","from-internal","""{ag[0]} {ag[1]}"" <{ext}>","{chan}","PJSIP/sip-trunk-out-{R.randint(0, 0xfff):08x}",'
            f'"Dial","PJSIP/{num}@sip-trunk-out,300,Tt","{st:%Y-%m-%d %H:%M:%S}","{st:%Y-%m-%d %H:%M:%S}","{t:%Y-%m-%d %H:%M:%S}",'
            f'{dur},{dur - 4},"ANSWERED","DOCUMENTATION","{int(st.timestamp())}.{R.randint(100, 9999)}",""')
    return L


# ==========================================================================
# 12. Infrastructure syslog (RFC 3164 / RFC 5424)
# ==========================================================================
def g_syslog(phi, now):
    t = loc(now)
    b = f"{MON[t.month - 1]} {t.day:2d} {t:%H:%M:%S}"
    if phi:
        L = Line("syslog-rfc3164")
        d = CX.donor()
        n = R.choice(d.noks)
        L.t(f"{b} opo-mail01 postfix/smtp[{R.randint(20000, 30000)}]: {hexs(10).upper()}: to=<").p(n.email, "email")
        L.t(f">, relay={R.choice(['gmail-smtp-in.l.google.com[142.250.101.27]:25', 'outlook-com.olc.protection.outlook.com[52.101.8.44]:25'])}, "
            f"delay={R.uniform(0.3, 3):.1f}, delays=0.1/0/0.4/0.6, dsn=2.0.0, status=sent (250 2.0.0 OK {int(now.timestamp())} {hexs(12)})")
        return L
    k = R.choice(["cron", "sshd", "ufw", "systemd", "postfix", "haproxy", "chrony", "audit", "ufw"])
    if k in ("cron", "sshd", "systemd", "postfix", "chrony"):
        L = Line("syslog-rfc3164")
        host = R.choice(["opo-db02", "opo-ref-app01", "opo-mail01", "hla-lis01", "tc-wl-sync01"])
        if k == "cron":
            L.t(f"{b} {host} CRON[{R.randint(10000, 30000)}]: (postgres) CMD (/usr/local/bin/pg_backup.sh --compress >/dev/null 2>&1)")
        elif k == "sshd":
            c = R.choice(STAFF["coord"] + STAFF["tech"])
            L.t(f"{b} {host} sshd[{R.randint(1000, 30000)}]: Accepted publickey for {c[2]} from 10.20.{R.randint(0, 9)}.{R.randint(2, 250)} "
                f"port {R.randint(40000, 65000)} ssh2: ED25519 SHA256:{base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode()[:43]}")
        elif k == "systemd":
            L.t(f"{b} {host} systemd[1]: Started {R.choice(['Daily apt upgrade and clean activities', 'Rotate log files', 'casetrack.service - CaseTrack API'])}.")
        elif k == "postfix":
            L.t(f"{b} opo-mail01 postfix/smtp[{R.randint(20000, 30000)}]: {hexs(10).upper()}: to=<oncall-coord@cvdn.org>, "
                f"relay=10.20.1.25[10.20.1.25]:25, delay=0.2, dsn=2.0.0, status=sent (250 OK queued as {hexs(8).upper()})")
        else:
            L.t(f"{b} {host} chronyd[{R.randint(500, 900)}]: Selected source 10.20.0.{R.randint(2, 9)} (ntp1.cvdn.internal)")
        return L
    L = Line("syslog-rfc5424")
    ts = now.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % R.randint(0, 999999)
    if k == "ufw":
        src = R.choice(["185.220.101.%d" % R.randint(1, 250), "45.148.10.%d" % R.randint(1, 250), "162.142.125.%d" % R.randint(1, 250)])
        L.t(f"<4>1 {ts} fw-edge01 kernel - - - [UFW BLOCK] IN=eth0 OUT= MAC=00:16:3e:{hexs(2)}:{hexs(2)}:{hexs(2)}:00:1c:73:{hexs(2)}:{hexs(2)}:{hexs(2)}:08:00 "
            f"SRC={src} DST=10.20.0.{R.randint(2, 40)} LEN=44 TTL=241 ID={R.randint(1, 65000)} PROTO=TCP SPT={R.randint(1024, 65000)} "
            f"DPT={R.choice([22, 23, 3389, 5060, 6661])} WINDOW=1024 RES=0x00 SYN URGP=0")
    elif k == "haproxy":
        L.t(f"<134>1 {ts} lb01 haproxy {R.randint(1000, 9000)} - - 10.20.{R.randint(0, 9)}.{R.randint(2, 250)}:{R.randint(30000, 65000)} "
            f"[{t:%d/%b/%Y:%H:%M:%S}.{ms()}] fe_https~ be_casetrack/ct{R.randint(1, 3)} 0/0/1/{R.randint(3, 300)}/{R.randint(4, 310)} "
            f"{R.choice([200, 200, 204, 302])} {R.randint(200, 40000)} - - ---- {R.randint(1, 90)}/{R.randint(1, 90)}/0/0/0 0/0 "
            f"\"GET /api/v2/{R.choice(['cases', 'referrals', 'offers'])}?page={R.randint(1, 9)} HTTP/1.1\"")
    else:
        L.t(f"<85>1 {ts} hla-lis01 auditd {R.randint(500, 900)} - [audit@32473 type=\"USER_LOGIN\" uid=\"{R.randint(1000, 1100)}\" "
            f"res=\"success\"] op=login acct=\"{R.choice(STAFF['tech'])[2]}\" addr=10.40.{R.randint(0, 9)}.{R.randint(2, 250)} terminal=ssh")
    return L


# ==========================================================================
# 13. Living-donor portal: nginx access log + portal application JSON
# ==========================================================================
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.81 Mobile Safari/537.36",
       "LivingDonorApp/3.4.1 (iOS 17.6; iPhone14,5) CFNetwork/1496.0.7"]
PORTAL = "https://livingdonor.ccti-transplant.org"


def g_portal(phi, now):
    nts = f"[{now:%d/%b/%Y:%H:%M:%S} +0000]"
    jts = now.strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "Z"
    if phi:
        p = CX.living()
        k = FORCE.pop() if FORCE else R.choice(["acc", "acc", "acc_user", "selfie", "selfie", "selfie", "mfa", "mfa", "bank", "finger", "finger", "email", "mileage"])
        force_url = k == "acc_ref"
        if k == "acc_ref":
            k = "acc"
        if k in ("acc", "acc_user"):
            L = Line("nginx-combined")
            L.p(p.ip, "ip").t(f" - - {nts} \"")
            if k == "acc_user":
                L.t("GET /portal/u/").p(p.user, "other_id").t(f"/profile HTTP/2.0\" 200 {R.randint(2000, 20000)} \"")
                L.t(f"{PORTAL}/portal/dashboard\" \"{R.choice(UAS)}\" rt=0.{R.randint(10, 400):03d}")
            else:
                path = R.choice(["/portal/api/v1/me/appointments", "/portal/api/v1/me/documents", "/portal/api/v1/me/labs?since=2024-09-01",
                                 "/portal/api/v1/messages/unread", "/portal/dashboard"])
                L.t(f"GET {path} HTTP/2.0\" 200 {R.randint(300, 20000)} \"")
                if force_url or R.random() < 0.5:
                    L.p(f"{PORTAL}/portal/u/{p.user}/profile", "url")
                else:
                    L.t(f"{PORTAL}/portal/dashboard")
                L.t(f"\" \"{R.choice(UAS)}\" rt=0.{R.randint(10, 400):03d}")
            return L
        L = Line("portal-json")
        if k == "selfie":
            items = [("ts", jts), ("level", "info"), ("event", "identity.selfie_submitted"), ("userId", p.user, "other_id"),
                     ("clientIp", p.ip, "ip"), ("mime", "image/jpeg"),
                     ("image", "data:image/jpeg;base64," + p.selfie, "photo"), ("reqId", hexs(16))]
        elif k == "mfa":
            items = [("ts", jts), ("level", "info"), ("event", "mfa.device_bound"), ("userId", p.user, "other_id"),
                     ("device", O(("model", R.choice(["Pixel 7", "iPhone 14", "Galaxy S23"])), ("imei", p.imei, "device"),
                                  ("os", R.choice(["Android 14", "iOS 17.6"])))), ("reqId", hexs(16))]
        elif k == "bank":
            items = [("ts", jts), ("level", "info"), ("event", "reimbursement.bank_added"), ("userId", p.user, "other_id"),
                     ("program", "NLDAC"), ("routingNumber", p.routing), ("accountNumber", p.bank, "account"),
                     ("accountType", "checking"), ("reqId", hexs(16))]
        elif k == "finger":
            items = [("ts", jts), ("level", "info"), ("event", "kiosk.fingerprint_enrolled"), ("userId", p.user, "other_id"),
                     ("mrn", p.mrn, "mrn"), ("format", "ISO19794-2"), ("template", p.finger, "biometric"),
                     ("kiosk", f"KSK-CCTI-0{R.randint(1, 4)}")]
        elif k == "mileage":
            items = [("ts", jts), ("level", "info"), ("event", "reimbursement.mileage_submitted"), ("userId", p.user, "other_id"),
                     ("trip", O(("from", p.zip, "zip"), ("to", "93721"), ("miles", R.randint(12, 240)), ("date", d_iso(TODAY - dt.timedelta(days=R.randint(1, 20))), "date"))),
                     ("vehicle", O(("plate", p.plate, "vehicle"), ("state", "CA"), ("vin", p.vin, "vehicle"))), ("reqId", hexs(16))]
        else:
            items = [("ts", jts), ("level", "info"), ("event", "profile.contact_updated"), ("userId", p.user, "other_id"),
                     ("fields", A("email", "phone")), ("email", p.email, "email"), ("phone", fphone(p.phone, 2), "phone"),
                     ("name", p.full, "name")]
        jw(L, O(*items))
        return L
    k = R.choice(["probe", "static", "staff", "json_rl", "json_sess", "probe"])
    if k == "probe":
        L = Line("nginx-combined")
        L.t(f"10.60.{R.randint(0, 3)}.{R.randint(2, 250)} - - {nts} \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" rt=0.001")
    elif k == "static":
        L = Line("nginx-combined")
        L.t(f"10.60.0.{R.randint(2, 20)} - - {nts} \"GET /portal/assets/app.{hexs(6)}.js HTTP/1.1\" 304 0 \"{PORTAL}/portal/dashboard\" "
            f"\"{R.choice(UAS)}\" rt=0.000")
    elif k == "staff":
        L = Line("nginx-combined")
        c = R.choice(STAFF["coord"])
        L.t(f"192.168.{R.randint(10, 40)}.{R.randint(2, 250)} - {c[2]} {nts} \"GET /admin/api/v1/queue?state=PENDING_REVIEW HTTP/1.1\" 200 "
            f"{R.randint(500, 9000)} \"-\" \"{UAS[1]}\" rt=0.{R.randint(10, 300):03d}")
    elif k == "json_rl":
        L = Line("portal-json")
        jw(L, O(("ts", jts), ("level", "warn"), ("event", "ratelimit.exceeded"), ("route", "/portal/api/v1/auth/otp"),
                ("limit", 5), ("windowSec", 300), ("reqId", hexs(16))))
    else:
        L = Line("portal-json")
        jw(L, O(("ts", jts), ("level", "info"), ("event", "session.expired"), ("sessionId", hexs(24)),
                ("idleSec", R.randint(900, 3600)), ("reqId", hexs(16))))
    return L


# ==========================================================================
# assembly
# ==========================================================================
ALLOC = [  # (generator, total lines, lines with PHI)
    (g_referral, 50, 24), (g_case, 55, 26), (g_mirth, 40, 26), (g_xponent, 40, 6), (g_fusion, 30, 20),
    (g_lis, 35, 16), (g_soap, 35, 20), (g_waitlist, 35, 16), (g_courier, 40, 10), (g_tissue, 35, 18),
    (g_call, 45, 25), (g_syslog, 30, 2), (g_portal, 30, 16),
]
FORCE = []  # template keys forced for the next generator call (guarantees rare categories)
FORCED = {"g_referral": ["triage", "triage", "ssdi"],
          "g_case": ["photo", "photo", "implant", "implant", "mvc", "mvc", "obit", "obit", "obit", "age", "dl"],
          "g_waitlist": ["device", "device", "card", "iban", "cpf"],
          "g_call": ["fax", "fax", "fax", "voice", "voice", "esign", "esign", "parking", "idchk"],
          "g_portal": ["selfie", "selfie", "finger", "mfa", "mfa", "mileage", "acc_user", "acc_ref", "acc_ref"]}
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}


def main():
    jobs = []
    for g, tot, nphi in ALLOC:
        jobs += [(g, True)] * nphi + [(g, False)] * (tot - nphi)
    assert len(jobs) == N_LINES
    R.shuffle(jobs)
    forced = {}
    for gname, keys in FORCED.items():
        g = gname if callable(gname) else globals()[gname]
        idx = [i for i, (gg, phi) in enumerate(jobs) if gg is g and phi]
        for i, key in zip(R.sample(idx, len(keys)), keys):
            forced[i] = key
    now = dt.datetime(2024, 10, 14, 8, 47, 3, tzinfo=UTC)
    out_log, out_lab = [], []
    for i, (g, phi) in enumerate(jobs):
        CX.i = i
        FORCE[:] = [forced[i]] if i in forced else []
        now += dt.timedelta(seconds=R.randint(2, 120), microseconds=R.randint(0, 999999))
        L = g(phi, now)
        b = bytes(L.b)
        assert b"\n" not in b and b"\r" not in b, (i, b)
        assert len(b) <= 4000, (i, len(b))
        b.decode("utf-8")
        assert bool(L.sp) == phi, (i, L.fam, phi, b)
        prev = 0
        for s, e, cat, val in sorted(L.sp):
            assert cat in CATS, cat
            assert b[s:e] == val.encode("utf-8"), (i, s, e, val)
            assert s >= prev and e > s, (i, s, e)
            prev = e
        out_log.append(b)
        out_lab.append(json.dumps({"line": i + 1, "family": L.fam,
                                   "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in L.sp]}))
    with open(os.path.join(HERE, f"{ID}.log"), "wb") as f:
        f.write(b"\n".join(out_log) + b"\n")
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
