#!/usr/bin/env python3
"""Deterministic generator for the 'cq' PHI test corpus (dental/orthodontic group).

Writes cq.log and cq.labels.jsonl next to this file. Standard library only.
Every line is built by concatenation while recording byte offsets of inserted PHI.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import string
import unicodedata

SEED = 1800518
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "cq"
N_LINES = 500


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += str(s).encode("utf-8")
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None:
            return self.t(s)
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, b))
        return self

    def seq(self, *parts):
        for x in parts:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            else:
                self.t(x)
        return self


class T:
    """A string value made of plain parts and (text, cat) parts."""

    def __init__(self, *parts):
        self.parts = parts

    def full(self):
        return "".join(x[0] if isinstance(x, tuple) else x for x in self.parts)


class O:
    """Ordered object: items are (key, value) or (key, value, cat)."""

    def __init__(self, *items):
        self.items = [it for it in items if it is not None]


def _json_esc(a):
    return lambda s: json.dumps(s, ensure_ascii=a)[1:-1]


STYLE_JSON = dict(kv=":", sep=",", esc=_json_esc(False), null="null", t="true", f="false", q='"')
STYLE_JSON_SP = dict(kv=": ", sep=", ", esc=_json_esc(False), null="null", t="true", f="false", q='"')
STYLE_JSON_ASCII_SP = dict(kv=": ", sep=", ", esc=_json_esc(True), null="null", t="true", f="false", q='"')
STYLE_RUBY = dict(kv="=>", sep=", ", esc=_json_esc(False), null="nil", t="true", f="false", q='"')
STYLE_PY = dict(kv=": ", sep=", ", esc=None, null="None", t="True", f="False", q="'")


def _py_quote(full):
    if "'" in full and '"' not in full:
        return '"', (lambda s: s.replace("\\", "\\\\"))
    return "'", (lambda s: s.replace("\\", "\\\\").replace("'", "\\'"))


def ser(L, v, cat=None, st=STYLE_JSON):
    if isinstance(v, O):
        L.t("{")
        for i, it in enumerate(v.items):
            k, val = it[0], it[1]
            c = it[2] if len(it) > 2 else None
            if i:
                L.t(st["sep"])
            ser(L, k, None, st)
            L.t(st["kv"])
            ser(L, val, c, st)
        L.t("}")
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(st["sep"])
            if isinstance(x, tuple):
                ser(L, x[0], x[1], st)
            else:
                ser(L, x, None, st)
        L.t("]")
    elif isinstance(v, (T, str)):
        parts = v.parts if isinstance(v, T) else ((v, cat) if cat else v,)
        if st["esc"] is None:
            full = v.full() if isinstance(v, T) else v
            q, esc = _py_quote(full)
        else:
            q, esc = st["q"], st["esc"]
        L.t(q)
        for x in parts:
            if isinstance(x, tuple):
                L.p(esc(x[0]), x[1])
            else:
                L.t(esc(x))
        L.t(q)
    elif isinstance(v, bool):
        L.t(st["t"] if v else st["f"])
    elif v is None:
        L.t(st["null"])
    elif isinstance(v, (int, float)):
        L.p(json.dumps(v), cat)
    else:
        raise TypeError(type(v))
    return L


# --------------------------------------------------------------------------
# helpers: check digits etc.
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


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card(prefix, length=16):
    body = prefix + "".join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def imei():
    body = R.choice(["35", "35", "86", "01"]) + "".join(R.choice(string.digits) for _ in range(12))
    return body + luhn_digit(body)


def npi():
    body = R.choice("12") + "".join(R.choice(string.digits) for _ in range(8))
    return body + luhn_digit("80840" + body)


def dea(last):
    ds = [R.randint(0, 9) for _ in range(6)]
    chk = (ds[0] + ds[2] + ds[4] + 2 * (ds[1] + ds[3] + ds[5])) % 10
    return R.choice("ABF") + last[0].upper() + "".join(map(str, ds)) + str(chk)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4, N=5, P=7, R=9,
                  S=2, T=3, U=4, V=5, W=6, X=7, Y=8, Z=9)}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi="1HG", vds="CV1F3", year="L", plant="A"):
    serial = "".join(R.choice(string.digits) for _ in range(6))
    v = wmi + vds + "0" + year + plant + serial
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v = v[:8] + ("X" if s == 10 else str(s)) + v[9:]
    assert sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11 == (10 if v[8] == "X" else int(v[8]))
    return v


def mbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    AN = L_ + string.digits
    return (R.choice("123456789") + R.choice(L_) + R.choice(AN) + R.choice(string.digits) + R.choice(L_) +
            R.choice(AN) + R.choice(string.digits) + R.choice(L_) + R.choice(L_) + R.choice(string.digits) +
            R.choice(string.digits))


def cpf():
    d = [R.randint(0, 9) for _ in range(9)]
    s = sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
    d.append(0 if s < 2 else 11 - s)
    s = sum(x * w for x, w in zip(d, range(11, 1, -1))) % 11
    d.append(0 if s < 2 else 11 - s)
    t = "".join(map(str, d))
    return "%s.%s.%s-%s" % (t[:3], t[3:6], t[6:9], t[9:])


def pesel(dob, male):
    yy, mm, dd = dob.year % 100, dob.month, dob.day
    if dob.year >= 2000:
        mm += 20
    serial = [R.randint(0, 9) for _ in range(3)]
    sexd = R.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    d = [int(c) for c in "%02d%02d%02d" % (yy, mm, dd)] + serial + [sexd]
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    chk = (10 - sum(a * b for a, b in zip(d, w)) % 10) % 10
    return "".join(map(str, d)) + str(chk)


def gtin14(body13):
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body13)))
    return body13 + str((10 - tot % 10) % 10)


def udi():
    g = gtin14("0" + R.choice(["0889024", "0841236", "7613327"]) + "".join(R.choice(string.digits) for _ in range(5)))
    exp = dt.date(2027 + R.randint(0, 3), R.randint(1, 12), 1)
    lot = "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6))
    sn = "SN" + "".join(R.choice(string.digits) for _ in range(8))
    return "(01)%s(17)%s(10)%s(21)%s" % (g, exp.strftime("%y%m%d"), lot, sn)


def mac():
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars=string.ascii_letters + string.digits):
    return "".join(R.choice(chars) for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64(nbytes, header=b""):
    raw = header + bytes(R.randint(0, 255) for _ in range(nbytes - len(header)))
    return base64.b64encode(raw).decode()


JPEG_HDR = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
PNG_HDR = bytes.fromhex("89504e470d0a1a0a0000000d49484452")


def fold(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------
# world: practices, staff, payers, patients
# --------------------------------------------------------------------------
TODAY = dt.date(2024, 5, 13)
DOMAIN = "lakeshoredentalpartners.com"
LAB_DOMAIN = "clearpathaligners.com"

PRACTICES = {
    "LP": dict(name="Lakeshore Dental Partners - Lincoln Park", addr="2417 N Clark St", city="Chicago", zip="60614",
               phone="(773) 555-0100", fax="(773) 555-0109", npi="1588667638", host="od-db01"),
    "EV": dict(name="Lakeshore Dental Partners - Evanston", addr="1603 Orrington Ave Ste 210", city="Evanston",
               zip="60201", phone="(847) 555-0120", fax="(847) 555-0129", npi="1306991421", host="ev-dtx01"),
    "NV": dict(name="Lakeshore Dental Partners - Naperville", addr="1200 E Ogden Ave Ste 104", city="Naperville",
               zip="60563", phone="(630) 555-0130", fax="(630) 555-0139", npi="1972603344", host="nv-es01"),
    "OR": dict(name="Lakeshore Orthodontics", addr="1555 N Sheffield Ave", city="Chicago", zip="60642",
               phone="(312) 555-0140", fax="(312) 555-0149", npi="1134452290", host="or-od02"),
}

DENTISTS = []
for fn, ln, cred, pr in [("Rebecca", "Thornton", "DDS", "LP"), ("Anil", "Mehta", "DDS, MS", "OR"),
                         ("Carlos", "Ybarra", "DMD", "NV"), ("Helen", "Zhou", "DDS", "EV"),
                         ("Marcus", "Bell", "DDS", "LP"), ("Ingrid", "Solberg", "DMD", "EV")]:
    DENTISTS.append(dict(first=fn, last=ln, cred=cred, practice=pr, npi=npi(), dea=dea(ln)))
HYGIENISTS = ["Maria Lopez, RDH", "Dana Whitfield, RDH", "Kwame Asante, RDH", "Lin Nguyen, RDH"]
STAFF_USERS = ["jmartinez", "kbrown", "front2", "abaker", "lnguyen_rdh", "bill_ops", "tpham", "mreyes", "dwhitfield"]
LAB_TECHS = ["t.schulz", "r.okonkwo", "m.ferreira", "j.lindahl"]

PAYERS = [
    dict(name="Delta Dental of Illinois", x12="DELTA DENTAL OF ILLINOIS", pid="47598",
         mid=lambda: str(R.randint(10 ** 10, 10 ** 11 - 1)), grp=lambda: "%05d-%04d" % (R.randint(1000, 99999), R.randint(1, 40))),
    dict(name="MetLife Dental", x12="METLIFE", pid="65978",
         mid=lambda: str(R.randint(100000000, 999999999)), grp=lambda: "%07d" % R.randint(100000, 9999999)),
    dict(name="Cigna Dental", x12="CIGNA", pid="62308",
         mid=lambda: "U" + str(R.randint(10000000, 99999999)) + "01", grp=lambda: "%07d" % R.randint(1000000, 3999999)),
    dict(name="Aetna Dental", x12="AETNA DENTAL PLANS", pid="60054",
         mid=lambda: "W" + str(R.randint(100000000, 999999999)), grp=lambda: "0%d-%03d" % (R.randint(100000, 899999), R.randint(1, 99))),
    dict(name="Guardian", x12="GUARDIAN LIFE INSURANCE CO", pid="64246",
         mid=lambda: str(R.randint(100000000, 999999999)), grp=lambda: "00" + str(R.randint(400000, 599999))),
    dict(name="DentaQuest Illinois Medicaid", x12="DENTAQUEST OF ILLINOIS", pid="CX014",
         mid=lambda: str(R.randint(100000000, 999999999)), grp=lambda: "HFS-ABD"),
    dict(name="Humana Dental Medicare Advantage", x12="HUMANA DENTAL", pid="73288",
         mid=mbi, grp=lambda: "H5619-0" + str(R.randint(10, 99))),
]
PAYER_BY = {p["pid"]: p for p in PAYERS}

CITIES = [("Chicago", ["60614", "60618", "60625", "60640", "60647", "60657", "60660"], "Cook"),
          ("Evanston", ["60201", "60202"], "Cook"), ("Oak Park", ["60302", "60304"], "Cook"),
          ("Skokie", ["60076", "60077"], "Cook"), ("Naperville", ["60540", "60563", "60565"], "DuPage"),
          ("Berwyn", ["60402"], "Cook"), ("Des Plaines", ["60016", "60018"], "Cook"),
          ("Wheaton", ["60187"], "DuPage"), ("Aurora", ["60504"], "Kane"), ("Lisle", ["60532"], "DuPage")]
STREETS = ["W Wellington Ave", "N Kedzie Blvd", "S Halsted St", "N Sheridan Rd", "W Belmont Ave", "Chicago Ave",
           "Davis St", "Forest Ave", "N Lincoln Ave", "W Foster Ave", "Maple Ave", "S Washington St", "Ridge Ave",
           "W Touhy Ave", "N Milwaukee Ave", "Dempster St", "Ogden Ave", "S Harlem Ave", "Jefferson Ave",
           "W Argyle St", "Gross Point Rd", "Hobson Rd"]
UNITS = ["Apt 3B", "Unit 204", "#2F", "Apt 1R", "Unit 11", "Apt 507"]
AREAS = ["312", "773", "872", "847", "630", "708", "331", "224"]
MAILS = ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "comcast.net"]

PEOPLE_SPEC = [
    # first, last, sex, kind, practice
    ("Ngozi", "Okafor", "F", "adult", "LP"), ("Tomasz", "Wiśniewski", "M", "adult", "EV"),
    ("Mai", "Nguyen", "F", "adult", "NV"), ("José", "Hernández", "M", "adult", "LP"),
    ("Aarav", "Patel", "M", "adult", "NV"), ("Siobhan", "O'Connell", "F", "adult", "EV"),
    ("Kenji", "Watanabe", "M", "adult", "NV"), ("Fatima", "Al-Sayed", "F", "adult", "LP"),
    ("Björn", "Lindqvist", "M", "adult", "EV"), ("Chiara", "Bianchi", "F", "adult", "OR"),
    ("Oluwaseun", "Adeyemi", "M", "adult", "LP"), ("Dmitri", "Volkov", "M", "adult", "OR"),
    ("Leilani", "Kahananui", "F", "adult", "NV"), ("Priya", "Raman", "F", "adult", "OR"),
    ("Mateus", "Oliveira", "M", "adult", "LP"), ("Zeynep", "Yıldız", "F", "adult", "OR"),
    ("Hannah", "Goldberg", "F", "adult", "EV"), ("Marisol", "Quintero", "F", "adult", "NV"),
    ("Emeka", "Nwosu", "M", "adult", "LP"), ("Anneliese", "Vogt", "F", "adult", "EV"),
    ("Raúl", "Domínguez", "M", "adult", "NV"), ("Grace", "Kim", "F", "adult", "OR"),
    ("Harold", "Brzezinski", "M", "elder", "NV"), ("Evelyn", "Castellanos", "F", "elder", "LP"),
    ("Walter", "Ashdown", "M", "elder", "EV"),
    ("Lucas", "Okafor", "M", "child", "OR"), ("Sofía", "Hernández", "F", "child", "OR"),
    ("Ethan", "Kim", "M", "child", "OR"), ("Amara", "Diallo", "F", "child", "OR"),
]
GUARDIAN_OF = {("Lucas", "Okafor"): ("Ngozi", "Okafor"), ("Sofía", "Hernández"): ("José", "Hernández"),
               ("Ethan", "Kim"): ("Grace", "Kim"), ("Amara", "Diallo"): None}
ORTHO = {("Chiara", "Bianchi"), ("Dmitri", "Volkov"), ("Priya", "Raman"), ("Zeynep", "Yıldız"),
         ("Mai", "Nguyen"), ("Hannah", "Goldberg"), ("Lucas", "Okafor"), ("Sofía", "Hernández"),
         ("Ethan", "Kim"), ("Amara", "Diallo")}


def rand_dob(kind):
    if kind == "child":
        y = R.randint(2008, 2014)
    elif kind == "elder":
        y = R.randint(1929, 1933)
    else:
        y = R.randint(1952, 2001)
    return dt.date(y, R.randint(1, 12), R.randint(1, 28))


def age_on(dob, day=TODAY):
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def ssn():
    while True:
        a = R.randint(100, 772)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


USED_PHONES = set()


def phone_parts():
    while True:
        ph = (R.choice(AREAS), "555", "01%02d" % R.randint(50, 99))
        if ph not in USED_PHONES:
            USED_PHONES.add(ph)
            return ph


PATIENTS = []
used_patnums = set()
for fn, ln, sex, kind, pr in PEOPLE_SPEC:
    p = dict(first=fn, last=ln, sex=sex, kind=kind, practice=pr)
    p["dob"] = rand_dob(kind)
    while True:
        pn = R.randint(10200, 69999)
        if pn not in used_patnums:
            used_patnums.add(pn)
            break
    p["patnum"] = pn
    fl, ll = fold(fn).upper(), fold(ln).upper().replace("'", "").replace("-", "")
    p["chart"] = ll[:4] + fl[:2] + "%03d" % R.randint(0, 9)
    p["es_id"] = str(R.randint(1000, 29999))
    c, zips, county = R.choice(CITIES)
    p["city"], p["zip"], p["county"] = c, R.choice(zips), county
    p["street"] = "%d %s" % (R.randint(100, 9899), R.choice(STREETS))
    p["unit"] = R.choice(UNITS) if R.random() < 0.4 else ""
    p["phone"] = phone_parts()
    p["cell"] = phone_parts()
    user = fold(fn).lower().replace("'", "")
    p["email"] = "%s.%s%s@%s" % (user, fold(ln).lower().replace("'", "").replace(" ", ""),
                                 R.choice(["", str(p["dob"].year % 100), str(R.randint(1, 99))]), R.choice(MAILS))
    p["username"] = R.choice([user + "." + fold(ln).lower().replace("'", "")[:6], user[:1] + fold(ln).lower().replace("'", "").replace("-", "") + str(R.randint(1, 99)),
                              user + "_" + str(p["dob"].year)])
    p["ssn"] = ssn()
    payer = R.choice(PAYERS[:5]) if kind != "elder" else PAYERS[6]
    if kind == "child" and R.random() < 0.5:
        payer = PAYERS[5]
    p["payer"] = payer
    p["member"] = payer["mid"]()
    p["group"] = payer["grp"]()
    p["acct"] = "%d-%d" % (R.randint(10000, 99999), R.randint(1, 9))
    p["card"] = card(R.choice(["4761", "4147", "5425", "5191", "6011"]), 16)
    p["ip"] = R.choice(["73.%d.%d.%d", "24.%d.%d.%d", "98.%d.%d.%d", "67.%d.%d.%d", "104.%d.%d.%d", "174.%d.%d.%d"]) % (
        R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
    p["dl"] = fold(ln)[0].upper() + "%03d-%04d-%04d" % (R.randint(0, 999), R.randint(0, 9999), R.randint(0, 9999))
    p["plate"] = R.choice(["%s %05d" % (alnum(2, string.ascii_uppercase), R.randint(10000, 99999)),
                           "%s%s %d" % (alnum(1, string.ascii_uppercase), alnum(1, string.ascii_uppercase), R.randint(100000, 999999))])
    p["dl_iss"] = TODAY - dt.timedelta(days=R.randint(100, 1400))
    p["dl_exp"] = p["dl_iss"].replace(year=p["dl_iss"].year + 4, day=min(p["dl_iss"].day, 28))
    p["imei"] = imei()
    p["case"] = "CLR-24-%07d" % R.randint(100000, 999999)
    p["tracker_mac"] = mac()
    p["tracker_sn"] = "TM-%04d-%06d" % (R.randint(2201, 2312), R.randint(100000, 999999))
    p["face"] = None
    PATIENTS.append(p)

BY_NAME = {(p["first"], p["last"]): p for p in PATIENTS}
for p in PATIENTS:
    g = GUARDIAN_OF.get((p["first"], p["last"]), "none")
    if g == "none":
        p["guardian"] = None
    elif g is None:
        # guardian not a patient of the group
        gp = dict(first="Aïssatou", last="Diallo", sex="F", kind="adult", dob=dt.date(1986, 9, 14),
                  phone=("773", "555", "0162"), cell=("773", "555", "0163"), email="aissatou.diallo86@gmail.com",
                  ssn=ssn(), street=p["street"], unit=p["unit"], city=p["city"], zip=p["zip"], county=p["county"],
                  acct=p["acct"], card=card("4147"), patnum=None)
        p["guardian"] = gp
    else:
        gp = BY_NAME[g]
        p["guardian"] = gp
        for k in ("street", "unit", "city", "zip", "county", "phone", "acct", "email"):
            p[k] = gp[k]
        if p["payer"]["pid"] != "CX014":
            p["payer"], p["member"], p["group"] = gp["payer"], gp["member"], gp["group"]
    p["subscriber"] = p["guardian"] if (p["guardian"] is not None and p["payer"]["pid"] != "CX014") else p

ADULTS = [p for p in PATIENTS if p["kind"] == "adult"]
ELDERS = [p for p in PATIENTS if p["kind"] == "elder"]
ORTHO_PTS = [p for p in PATIENTS if (p["first"], p["last"]) in ORTHO]
MATEUS = BY_NAME[("Mateus", "Oliveira")]
MATEUS["cpf"] = cpf()
TOMASZ = BY_NAME[("Tomasz", "Wiśniewski")]
TOMASZ["pesel"] = pesel(TOMASZ["dob"], True)
MVA_PT = BY_NAME[("Emeka", "Nwosu")]
MVA_PT["vin"] = vin("1HG", "CV1F3", "L", "A")
MVA_PT["accident"] = dt.date(2024, 4, 27)
IMPLANT_PTS = [BY_NAME[("Evelyn", "Castellanos")], BY_NAME[("Fatima", "Al-Sayed")], BY_NAME[("Oluwaseun", "Adeyemi")]]
for p in IMPLANT_PTS:
    p["udi"] = udi()
    p["tooth"] = R.choice([3, 14, 19, 30, 8, 20])
IBAN_PT = BY_NAME[("Anneliese", "Vogt")]
IBAN_PT["iban"] = None
_bban = "%08d%010d" % (R.randint(10000000, 99999999), R.randint(0, 9999999999))
_num = int("".join(str(int(c, 36)) for c in _bban + "DE00"))
IBAN_PT["iban"] = "DE%02d%s" % (98 - _num % 97, _bban)


def pick(pool=None):
    pool = pool or PATIENTS
    # some patients are busier than others (realistic reuse)
    w = [3 if i % 4 == 0 else 1 for i in range(len(pool))]
    return R.choices(pool, weights=w)[0]


# --------------------------------------------------------------------------
# clock and date helpers
# --------------------------------------------------------------------------
CLOCK = [dt.datetime(2024, 5, 13, 6, 41, 7, 118000)]


def tick(lo=1, hi=80):
    CLOCK[0] += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def ms(d):
    return "%03d" % (d.microsecond // 1000)


def iso_off(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "-05:00"


def iso_z(d):
    u = d + dt.timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def epoch(d):
    u = (d + dt.timedelta(hours=5)).replace(tzinfo=dt.timezone.utc)
    return int(u.timestamp())


def epoch_ms(d):
    return epoch(d) * 1000 + d.microsecond // 1000


def syslog_ts(d):
    return d.strftime("%b ") + ("%2d" % d.day) + d.strftime(" %H:%M:%S")


def us_ts(d):
    return d.strftime("%m/%d/%Y %I:%M:%S %p")


def appt_dt():
    while True:
        d = TODAY + dt.timedelta(days=R.randint(1, 70))
        if d.weekday() < 5:
            break
    h = R.choice([7, 8, 9, 10, 11, 13, 14, 15, 16])
    m = R.choice([0, 10, 20, 30, 40, 50])
    return dt.datetime(d.year, d.month, d.day, h, m)


def svc_date():
    while True:
        d = TODAY - dt.timedelta(days=R.randint(1, 45))
        if d.weekday() < 5:
            return d


def hm12(d):
    return d.strftime("%I:%M %p").lstrip("0")


def ph_fmt(ph, style):
    a, b, c = ph
    return {"paren": "(%s) %s-%s" % (a, b, c), "paren0": "(%s)%s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "e164": "+1%s%s%s" % (a, b, c), "digits": "%s%s%s" % (a, b, c), "dot": "%s.%s.%s" % (a, b, c)}[style]


def street_full(p):
    return p["street"] + ((" " + p["unit"]) if p["unit"] else "")


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
OD_COMPUTERS = ["LP-FRONT01", "LP-FRONT02", "LP-OP3", "LP-OP5", "OR-FRONT01", "OR-TX2", "LP-BILLING"]


def od_sec_phi(kind=None):
    d = tick()
    p = pick([x for x in PATIENTS if x["practice"] in ("LP", "OR")] + IMPLANT_PTS)
    if kind == "Implant":
        p = R.choice(IMPLANT_PTS)
    L = Line("opendental-securitylog")
    L.t(us_ts(d) + "\t" + R.choice(STAFF_USERS) + "\t")
    kind = kind or R.choice(["ApptCreate", "ApptMove", "PatEdit", "PatEditPhone", "ClaimSend", "ImageDelete", "RxCreate",
                     "Implant", "ApptConfirm", "Commlog"])
    if kind == "Implant" and "udi" not in p:
        kind = "ApptCreate"
    perm = {"ApptCreate": "AppointmentCreate", "ApptMove": "AppointmentMove", "PatEdit": "PatientEdit",
            "PatEditPhone": "PatientEdit", "ClaimSend": "ClaimSend", "ImageDelete": "ImageDelete",
            "RxCreate": "RxCreate", "Implant": "ProcComplEdit", "ApptConfirm": "ApptConfirmStatusEdit",
            "Commlog": "CommlogEdit"}[kind]
    L.t(perm + "\t")
    L.seq((str(p["patnum"]), "mrn"), " - ", (p["last"], "name"), ", ", (p["first"], "name"), "\t")
    if kind == "ApptCreate":
        a = appt_dt()
        L.seq("New appointment for ", (a.strftime("%m/%d/%Y"), "date"), " " + hm12(a) + ", ProcCodes: ",
              R.choice(["D0120, D1110, D0274", "D0150, D0330", "D2392", "D8070", "D0140, D0220"]),
              ", Op: " + R.choice(["HYG1", "HYG2", "OP3", "OP5", "TX2"]))
    elif kind == "ApptMove":
        a, b = appt_dt(), appt_dt()
        L.seq("Appointment moved from ", (a.strftime("%m/%d/%Y"), "date"), " " + hm12(a) + " to ",
              (b.strftime("%m/%d/%Y"), "date"), " " + hm12(b) + ". Reason: patient request")
    elif kind == "PatEdit":
        old = "%d %s" % (R.randint(100, 9899), R.choice(STREETS))
        L.seq("Address changed from '", (old, "address"), "' to '", (p["street"], "address"), "'. City changed from '",
              (R.choice(CITIES)[0], "address"), "' to '", (p["city"], "address"), "'. Zip changed from '",
              (R.choice(R.choice(CITIES)[1]), "zip"), "' to '", (p["zip"], "zip"), "'.")
    elif kind == "PatEditPhone":
        L.seq("WirelessPhone changed from '", (ph_fmt(phone_parts(), "paren"), "phone"), "' to '",
              (ph_fmt(p["cell"], "paren"), "phone"), "'. TxtMsgOk changed from 'Unknown' to 'Yes'.")
    elif kind == "ClaimSend":
        L.seq("Claim #", str(R.randint(70000, 79999)), " sent electronically via DentalXChange. DateService: ",
              (svc_date().strftime("%m/%d/%Y"), "date"), ", ClaimFee: $", "%.2f" % R.choice([185, 245.5, 1120, 96]),
              ", Carrier: ", p["payer"]["name"])
    elif kind == "ImageDelete":
        L.seq("Document deleted: 'BWX 4 films' (DocNum ", str(R.randint(300000, 399999)), ") dated ",
              (svc_date().strftime("%m/%d/%Y"), "date"), ", category: Radiographs")
    elif kind == "RxCreate":
        dn = R.choice(DENTISTS)
        L.seq("Rx created: ", R.choice(["Amoxicillin 500 mg cap #21", "Ibuprofen 600 mg tab #20", "Chlorhexidine 0.12% rinse 473 mL",
                                       "Clindamycin 300 mg cap #4 (premed)"]),
              ", Prov: ", dn["first"][0] + dn["last"][0] + "1", ", sent eRx")
    elif kind == "Implant":
        dn = R.choice(DENTISTS)
        L.seq("D6010 #%d completed " % p["tooth"], (svc_date().strftime("%m/%d/%Y"), "date"),
              ". Implant UDI ", (p["udi"], "device"), " entered by Dr. " + dn["last"])
    elif kind == "ApptConfirm":
        a = appt_dt()
        L.seq("Appointment on ", (a.strftime("%m/%d/%Y"), "date"), " " + hm12(a),
              " confirmation status changed from 'Not Called' to 'Texted Confirmed'")
    else:
        L.seq("Commlog edited. Type: ApptRelated, Mode: Phone, Note: 'LVM for pt at ",
              (ph_fmt(p["phone"], "dash"), "phone"), " re: ", R.choice(["balance", "recall", "x-rays from prior dentist"]), "'")
    L.t("\t" + R.choice(OD_COMPUTERS))
    return [L]


def od_sec_nophi():
    d = tick()
    L = Line("opendental-securitylog")
    u = R.choice(STAFF_USERS)
    r = R.randrange(6)
    if r == 0:
        L.t("%s\t%s\tUserLogOnOff\t\tUser: %s has logged on.\t%s" % (us_ts(d), u, u, R.choice(OD_COMPUTERS)))
    elif r == 1:
        L.t("%s\t%s\tSetup\t\tPreference 'ApptReminderDayInterval' changed from 2 to %d.\t%s" % (
            us_ts(d), u, R.choice([1, 3]), R.choice(OD_COMPUTERS)))
    elif r == 2:
        L.t("%s\tAdmin\tBackup\t\tBackup completed to \\\\NAS01\\od_backups\\%s (%.2f GB)\tLP-SERVER" % (
            us_ts(d), (TODAY).strftime("%Y-%m-%d"), R.uniform(2, 4)))
    elif r == 3:
        L.t("%s\t%s\tProcFeeEdit\t\tFee for D1110 in fee schedule 'Delta PPO 2024' changed from $%d.00 to $%d.00\t%s" % (
            us_ts(d), u, R.randint(80, 95), R.randint(96, 110), R.choice(OD_COMPUTERS)))
    elif r == 4:
        L.t("%s\t%s\tDepositSlip\t\tDeposit created for %s, amount $%s, %d items\tLP-BILLING" % (
            us_ts(d), "bill_ops", TODAY.strftime("%m/%d/%Y"), "{:,.2f}".format(R.uniform(1200, 9800)), R.randint(6, 40)))
    else:
        L.t("%s\t%s\tUserLogOnOff\t\tUser: %s has logged off. Session length 03:%02d:%02d\t%s" % (
            us_ts(d), u, u, R.randint(0, 59), R.randint(0, 59), R.choice(OD_COMPUTERS)))
    return [L]


def od_econ_prefix(L, d, comp):
    L.t(d.strftime("%Y-%m-%d %H:%M:%S.") + ms(d) + " " + R.choice(["eConnector", "OpenDentalService"]).ljust(18) +
        R.choice(["INFO ", "INFO ", "INFO ", "WARN "]) + " " + comp + ": ")


def od_econ_phi():
    d = tick()
    p = pick([x for x in PATIENTS if x["practice"] in ("LP", "OR")])
    L = Line("opendental-econnector")
    r = R.randrange(5)
    if r == 0:
        a = appt_dt()
        od_econ_prefix(L, d, "WebSchedRecall")
        L.seq("AptNum=", str(R.randint(880000, 889999)), " created for PatNum=", (str(p["patnum"]), "mrn"), " on ",
              (a.strftime("%m/%d/%Y"), "date"), " " + hm12(a) + " (Op " + R.choice(["HYG1", "HYG2", "TX2"]) + ", ClinicNum " + str(R.randint(1, 4)) + ")")
    elif r == 1:
        od_econ_prefix(L, d, "eConfirm")
        L.seq("PatNum=", (str(p["patnum"]), "mrn"), " confirmed AptNum=", str(R.randint(880000, 889999)),
              " via SMS reply 'C' from ", (ph_fmt(p["cell"], "e164"), "phone"))
    elif r == 2:
        od_econ_prefix(L, d, "Curbside")
        L.seq("PatNum=", (str(p["patnum"]), "mrn"), " arrived, vehicle '", R.choice(["gray Honda CR-V", "white Toyota RAV4", "blue Subaru Outback", "black Ford Escape"]),
              "', plate IL ", (p["plate"], "vehicle"), ", space ", str(R.randint(1, 14)))
    elif r == 3:
        od_econ_prefix(L, d, "eClipboard")
        L.seq("Check-in completed for PatNum=", (str(p["patnum"]), "mrn"), " on device LP-TAB-0", str(R.randint(1, 4)),
              ", forms: Medical History, HIPAA Ack; insurance card photo received")
    else:
        od_econ_prefix(L, d, "PatientPortal")
        L.seq("Invite sent to ", (p["email"], "email"), " for PatNum=", (str(p["patnum"]), "mrn"),
              ", token expires in 72h")
    return [L]


def od_econ_nophi():
    d = tick()
    L = Line("opendental-econnector")
    r = R.randrange(6)
    if r == 0:
        od_econ_prefix(L, d, "Heartbeat")
        L.t("OK, HQ latency %d ms, version 23.3.41.0" % R.randint(90, 480))
    elif r == 1:
        od_econ_prefix(L, d, "ApptReminder")
        L.t("Sent %d SMS and %d email reminders for %s (ClinicNum %d)" % (
            R.randint(10, 60), R.randint(3, 25), (TODAY + dt.timedelta(days=1)).strftime("%m/%d/%Y"), R.randint(1, 4)))
    elif r == 2:
        od_econ_prefix(L, d, "ListenerService")
        L.t("%d pending payloads, queue age %ds" % (R.randint(0, 5), R.randint(0, 30)))
    elif r == 3:
        od_econ_prefix(L, d, "eClipboard")
        L.t("device LP-TAB-0%d checked in, battery %d%%, app 4.%d.%d" % (R.randint(1, 4), R.randint(20, 100), R.randint(1, 9), R.randint(0, 20)))
    elif r == 4:
        od_econ_prefix(L, d, "WebSchedASAP")
        L.t("Processing ASAP list: %d openings found, %d texts queued, throttle 1 msg/%ds" % (
            R.randint(0, 3), R.randint(0, 6), R.randint(2, 10)))
    else:
        od_econ_prefix(L, d, "Integrations")
        L.t("Sync with DentalXChange complete: %d claims uploaded, %d ERAs downloaded (batch %s)" % (
            R.randint(0, 20), R.randint(0, 6), hexs(8).upper()))
    return [L]


# ---- Eaglesoft ----
def es_prefix(L, d, lvl):
    L.t("%s [NV-ES01] [%s] %-5s  " % (us_ts(d), R.choice(["PattersonAppServer", "Eaglesoft.exe", "ESScheduler"]), lvl))


def es_phi(r=None):
    d = tick()
    p = pick([x for x in PATIENTS if x["practice"] == "NV"] + ELDERS)
    L = Line("eaglesoft-log")
    r = R.randrange(5) if r is None else r
    dn = R.choice(DENTISTS)
    if r == 0:
        es_prefix(L, d, "INFO")
        dn = R.choice([x for x in DENTISTS if x["practice"] == "NV"] or DENTISTS)
        L.seq("Patient ", (p["es_id"], "mrn"), " (", (p["last"], "name"), ", ", (p["first"], "name"),
              ") checked in for " + d.replace(minute=(d.minute // 10) * 10).strftime("%I:%M %p") + " appointment with Dr. " + dn["last"])
    elif r == 1:
        p = R.choice(ELDERS)
        es_prefix(L, d, "WARN")
        L.seq("Medical alert acknowledged for patient ", (p["es_id"], "mrn"), ": Age ", (str(age_on(p["dob"])), "age"),
              ", premedication required (", R.choice(["hip replacement", "prosthetic heart valve", "knee arthroplasty"]), ")")
    elif r == 2:
        es_prefix(L, d, "INFO")
        L.seq("Walkout posted for patient ", (p["es_id"], "mrn"), ", date of service ",
              (d.strftime("%m/%d/%Y"), "date"), ", total $", "%.2f" % R.choice([96, 185, 212.5, 1240]),
              ", ins est $", "%.2f" % R.choice([60, 148, 170, 620]))
    elif r == 3:
        es_prefix(L, d, "INFO")
        L.seq("Demographics updated for ", (p["first"] + " " + p["last"], "name"), " (ID ", (p["es_id"], "mrn"),
              "): Birthdate=", (p["dob"].strftime("%m/%d/%Y"), "date"), " SSN=", (p["ssn"], "ssn"))
    else:
        es_prefix(L, d, "ERROR")
        L.seq("Eligibility check failed for patient ", (p["es_id"], "mrn"), " subscriber ID ",
              (p["member"], "health_plan"), ": payer timeout after 30000 ms (payer ", p["payer"]["pid"], ")")
    return [L]


def es_nophi():
    d = tick()
    L = Line("eaglesoft-log")
    r = R.randrange(5)
    if r == 0:
        es_prefix(L, d, "INFO")
        L.t("Eaglesoft.Server version 24.10.04 (build 2024-03-22) started, listening on port 2638")
    elif r == 1:
        es_prefix(L, d, "INFO")
        L.t("Insurance estimates recalculated: %d procedures on %d claims in %.1fs" % (R.randint(5, 60), R.randint(1, 12), R.uniform(0.4, 9)))
    elif r == 2:
        es_prefix(L, d, "ERROR")
        L.t("SQL Anywhere error -308: Connection was terminated (client NV-OP%d, conn %d)" % (R.randint(1, 6), R.randint(100, 999)))
    elif r == 3:
        es_prefix(L, d, "INFO")
        L.t("Scheduled report '%s' generated: %d rows, %.1fs, saved to \\\\NV-ES01\\Reports\\%s" % (
            R.choice(["Aging Report", "Production Summary", "Unscheduled Treatment", "Insurance Claims Outstanding"]),
            R.randint(20, 900), R.uniform(0.5, 12), d.strftime("%Y%m%d_%H%M%S") + ".pdf"))
    else:
        es_prefix(L, d, "WARN")
        L.t("Workstation NV-FRONT%d clock skew %d ms vs server, resync scheduled" % (R.randint(1, 3), R.randint(600, 4000)))
    return [L]


# ---- Dentrix export CSV (episode) + production CSV (no phi) ----
def csvq(v):
    return '"' + v.replace('"', '""') + '"' if ("," in v or '"' in v) else v


def dentrix_export_episode():
    lines = []
    L = Line("dentrix-csv-export")
    L.t("Chart #,Last Name,First Name,MI,Birth Date,Address 1,Address 2,City,State,Zip,Home Phone,Mobile Phone,E-Mail,SSN,"
        "Prim Ins Carrier,Prim Subscriber ID,Prim Group #,Guarantor,Acct Balance")
    lines.append(L)
    pool = [x for x in PATIENTS if x["practice"] in ("EV", "OR")]
    R.shuffle(pool)
    for p in pool[:R.randint(3, 6)]:
        L = Line("dentrix-csv-export")
        L.seq((p["chart"], "mrn"), ",")
        ser_csv(L, p["last"], "name")
        L.t(",")
        ser_csv(L, p["first"], "name")
        L.t("," + R.choice(["", "A", "M", "J"]) + ",")
        L.p(p["dob"].strftime("%m/%d/%Y"), "date")
        L.t(",")
        ser_csv(L, p["street"], "address")
        L.t(",")
        ser_csv(L, p["unit"], "address" if p["unit"] else None)
        L.t(",")
        L.p(p["city"], "address")
        L.t(",IL,")
        L.p(p["zip"], "zip")
        L.t(",")
        L.p(ph_fmt(p["phone"], "paren0"), "phone")
        L.t(",")
        if p["kind"] != "child":
            L.p(ph_fmt(p["cell"], "paren0"), "phone")
        L.t(",")
        if p["kind"] != "child":
            L.p(p["email"], "email")
        L.t(",")
        if R.random() < 0.7 and p["kind"] != "child":
            L.p(p["ssn"], "ssn")
        L.t("," + csvq(p["payer"]["name"]) + ",")
        L.p(p["member"], "health_plan")
        L.t("," + p["group"] + ",")
        g = p["guardian"] or p
        L.t('"')
        L.seq((g["last"], "name"), ", ", (g["first"], "name"))
        L.t('",' + "%.2f" % R.choice([0, 0, 45, 112.4, -20, 318]))
        lines.append(L)
    return lines


def ser_csv(L, v, cat):
    if "," in v or '"' in v:
        L.t('"')
        L.p(v.replace('"', '""'), cat)
        L.t('"')
    else:
        L.p(v, cat)


def dentrix_prod_nophi():
    L = Line("dentrix-csv-production")
    tick()
    dn = R.choice([x for x in DENTISTS if x["practice"] == "EV"])
    code, desc = R.choice([("D1110", "Prophylaxis - adult"), ("D0120", "Periodic oral evaluation"),
                           ("D0274", "Bitewings - four radiographic images"), ("D2392", "Resin-based composite - two surfaces, posterior"),
                           ("D2740", "Crown - porcelain/ceramic"), ("D4341", "Perio scaling & root planing - four+ teeth per quad")])
    n = R.randint(1, 30)
    fee = {"D1110": 112, "D0120": 62, "D0274": 74, "D2392": 238, "D2740": 1315, "D4341": 286}[code]
    L.t("%s,%s%s1,%s,%s,%d,%.2f,%.2f" % ((TODAY - dt.timedelta(days=R.randint(1, 6))).strftime("%m/%d/%Y"),
                                         dn["first"][0], dn["last"][0], code, csvq(desc), n, fee * n, fee * n * R.uniform(0.55, 0.8)))
    return [L]


# ---- imaging ----
def romexis_prefix(L, d, lvl, logger, thread):
    L.t(d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d) + " %-5s [%s] (%s) " % (lvl, logger, thread))


IMG_UNITS = [("ProMax 2D S3", "PM2D-8821047", "Planmeca"), ("CS 8100 SC", "SN 4410A2297", "Carestream"),
             ("ORTHOPHOS SL", "60 67 912 D3352 / 11872", "Dentsply Sirona")]


def img_phi():
    d = tick()
    p = pick()
    L = Line("imaging-server-log4j")
    r = R.randrange(4)
    if r == 0:
        romexis_prefix(L, d, "INFO", "PatientService", "http-nio-8443-exec-%d" % R.randint(1, 12))
        L.seq("Opened patient record id=", (str(p["patnum"]), "mrn"), " (", (p["last"], "name"), " ", (p["first"], "name"),
              ", born ", (p["dob"].isoformat(), "date"), ") by user ", R.choice(STAFF_USERS))
    elif r == 1:
        u = R.choice(IMG_UNITS)
        romexis_prefix(L, d, "INFO", "ImageAcquisition", "AcqThread-%d" % R.randint(1, 3))
        L.seq("Image ", str(R.randint(3300000, 3399999)), " stored for patId=", (str(p["patnum"]), "mrn"),
              " modality=PX unit=\"", u[0], "\" s/n ", u[1], " kV=", str(R.choice([64, 66, 68, 70])), " mA=",
              str(R.choice([7, 8, 10])), " t=", "%.1fs" % R.uniform(9, 16.5))
    elif r == 2:
        romexis_prefix(L, d, "WARN", "DicomImport", "pool-3-thread-%d" % R.randint(1, 4))
        L.seq("Patient demographics mismatch on import: DICOM PatientName=\"", (fold(p["last"]).upper(), "name"), "^",
              (fold(p["first"]).upper(), "name"), "\" BirthDate=", (p["dob"].strftime("%Y%m%d"), "date"),
              " vs PMS id ", (str(p["patnum"]), "mrn"), "; queued for manual reconcile")
    else:
        romexis_prefix(L, d, "INFO", "BridgeService", "bridge-listener")
        L.seq("Open Dental bridge: /patid=", (str(p["patnum"]), "mrn"), " /lname=\"", (p["last"], "name"),
              "\" /fname=\"", (p["first"], "name"), "\" /dob=", (p["dob"].strftime("%m/%d/%Y"), "date"))
    return [L]


def img_nophi():
    d = tick()
    r = R.randrange(6)
    if r < 3:
        L = Line("imaging-server-log4j")
        if r == 0:
            u = R.choice(IMG_UNITS)
            romexis_prefix(L, d, "INFO", "ImageAcquisition", "AcqThread-%d" % R.randint(1, 3))
            L.t("Exposure completed: kV=%d mA=%d t=%.1fs DAP=%.1f mGy*cm2 unit=\"%s\" s/n %s" % (
                R.choice([64, 66, 68, 70]), R.choice([7, 8, 10]), R.uniform(9, 16.5), R.uniform(60, 95), u[0], u[1]))
        elif r == 1:
            romexis_prefix(L, d, "WARN", "DicomExport", "pool-3-thread-%d" % R.randint(1, 4))
            L.t("C-STORE to PACS_LP (10.20.3.40:11112) failed status=0xA700 (Out of resources), retry %d/3" % R.randint(1, 3))
        else:
            romexis_prefix(L, d, "INFO", "LicenseManager", "main")
            L.t("License valid until 2025-01-31, seats 12/15 in use, server build 6.4.3.R (2023-11-08)")
    else:
        L = Line("intraoral-sensor-svc")
        L.t("[%s.%s] [%s] [%s] " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), R.choice(["SchickSvc", "DexisHub"]),
                                    R.choice(["info", "info", "warn"])))
        if r == 3:
            L.t("Sensor %s size %d S/N %s armed (calibration file %s)" % (
                R.choice(["CDR Elite", "Schick 33", "Titanium"]), R.choice([1, 2]), "%02dE-%06d" % (R.randint(10, 40), R.randint(100000, 999999)),
                (TODAY - dt.timedelta(days=R.randint(30, 200))).isoformat()))
        elif r == 4:
            L.t("USB bulk transfer retry (%d/5) on \\\\?\\USB#VID_1A3F&PID_0021#%s" % (R.randint(1, 4), hexs(12).upper()))
        else:
            L.t("Acquisition complete: %d x %d px, 14-bit, dark frame %d ms, upload to %s in %d ms" % (
                R.choice([1500, 1700]), R.choice([1000, 1200]), R.randint(80, 200), R.choice(["IMG-LP01", "IMG-EV01"]), R.randint(200, 1500)))
    return [L]


def dcm_line(L, tag, vr, val, cat, name, vm=1, raw=None):
    """dcmdump style line. val can be a list of (text, cat) parts for PN."""
    L.t("(%s) %s " % (tag, vr))
    if raw is not None:
        txt = raw
        L.t(raw)
        blen = {"=DigitalXRayImageStorageForPresentation": 28, "=LittleEndianExplicit": 20}.get(raw, len(raw))
        width = len(raw)
    else:
        parts = val if isinstance(val, list) else [(val, cat)]
        L.t("[")
        txt = ""
        for tx, c in parts:
            L.p(tx, c)
            txt += tx
        L.t("]")
        blen = len(txt.encode("utf-8"))
        blen += blen % 2
        width = len(txt) + 2
    pad = max(1, 40 - width)
    L.t(" " * pad + "# %3d, %d %s" % (blen, vm, name))


DICOM_N = [0]


def dicom_episode():
    DICOM_N[0] += 1
    p = R.choice(ELDERS) if DICOM_N[0] == 2 else pick()
    lines = []
    d = tick()
    u = R.choice(IMG_UNITS)
    study = d.date()
    ip = "10.20.%d.%d" % (R.randint(2, 9), R.randint(10, 250))
    L = Line("dcmtk-storescp")
    L.t("I: Association Received %s: \"%s\" -> \"ROMEXIS_SCP\"" % (ip, R.choice(["PANO01", "CS8100_EV", "ORTHOPHOS"])))
    lines.append(L)
    L = Line("dcmtk-storescp")
    L.t("I: Received Store Request: MsgID %d, (DX)" % R.randint(1, 40))
    lines.append(L)
    uid_root = "1.2.826.0.1.3680043.9.7433"
    sop = "%s.%d.%d.%d" % (uid_root, R.randint(1, 9), int(d.strftime("%Y%m%d%H%M%S")), R.randint(1000, 9999))
    L = Line("dcmtk-storescp")
    L.t("I: storing DICOM file: /var/lib/dicom/incoming/DX.%s" % sop)
    lines.append(L)
    for s in ["# Dicom-File-Format", "", "# Dicom-Meta-Information-Header", "# Used TransferSyntax: Little Endian Explicit"]:
        if s:
            L = Line("dcmdump")
            L.t(s)
            lines.append(L)
    rows = [
        ("0002,0002", "UI", None, None, "MediaStorageSOPClassUID", "=DigitalXRayImageStorageForPresentation"),
        ("0002,0003", "UI", sop, None, "MediaStorageSOPInstanceUID", None),
        ("0002,0010", "UI", None, None, "TransferSyntaxUID", "=LittleEndianExplicit"),
    ]
    for tag, vr, val, cat, name, raw in rows:
        L = Line("dcmdump")
        dcm_line(L, tag, vr, val, cat, name, raw=raw)
        lines.append(L)
    L = Line("dcmdump")
    L.t("# Dicom-Data-Set")
    lines.append(L)
    ag = age_on(p["dob"], study)
    dn = R.choice(DENTISTS)
    rows = [
        ("0008,0005", "CS", "ISO_IR 192", None, "SpecificCharacterSet"),
        ("0008,0020", "DA", study.strftime("%Y%m%d"), "date", "StudyDate"),
        ("0008,0030", "TM", d.strftime("%H%M%S"), None, "StudyTime"),
        ("0008,0060", "CS", "PX", None, "Modality"),
        ("0008,0070", "LO", u[2], None, "Manufacturer"),
        ("0008,0080", "LO", "Lakeshore Dental Partners", None, "InstitutionName"),
        ("0008,0090", "PN", [(dn["last"], None), ("^", None), (dn["first"], None)], None, "ReferringPhysicianName"),
        ("0008,1090", "LO", u[0], None, "ManufacturerModelName"),
        ("0010,0010", "PN", [(p["last"], "name"), ("^", None), (p["first"], "name")], None, "PatientName"),
        ("0010,0020", "LO", str(p["patnum"]), "mrn", "PatientID"),
        ("0010,0030", "DA", p["dob"].strftime("%Y%m%d"), "date", "PatientBirthDate"),
        ("0010,0040", "CS", p["sex"], None, "PatientSex"),
        ("0010,1010", "AS", None, None, "PatientAge"),
        ("0018,0060", "DS", str(R.choice([64, 66, 70])), None, "KVP"),
        ("0018,1000", "LO", u[1], None, "DeviceSerialNumber"),
        ("0018,1020", "LO", "Romexis 6.4.3.R", None, "SoftwareVersions"),
        ("0018,1150", "IS", str(R.randint(9000, 16500)), None, "ExposureTime"),
        ("0020,000d", "UI", "%s.2.%d.%d" % (uid_root, int(d.strftime("%Y%m%d")), R.randint(10000, 99999)), None, "StudyInstanceUID"),
    ]
    for tag, vr, val, cat, name in rows:
        L = Line("dcmdump")
        if tag == "0010,1010":
            L.t("(0010,1010) AS [")
            L.p("%03d" % ag, "age" if ag > 89 else None)
            L.t("Y]" + " " * 34 + "#   4, 1 PatientAge")
        else:
            dcm_line(L, tag, vr, val, cat, name)
        lines.append(L)
    L = Line("dcmdump")
    L.t("(7fe0,0010) OW 0000\\0000\\0000\\0000\\0000\\0000\\0000\\0000... # %d, 1 PixelData" % (R.choice([2940, 2868]) * 1504 * 2))
    lines.append(L)
    L = Line("dcmtk-storescp")
    L.t("I: Association Release")
    lines.append(L)
    return lines


# ---- X12 837D ----
def x12_isa(d, ctrl, sender, receiver, gs_code, version):
    return ["ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:~" % (
        sender, receiver, d.strftime("%y%m%d"), d.strftime("%H%M"), ctrl),
        "GS*%s*%s*%s*%s*%s*%d*X*%s~" % (gs_code, sender, receiver, d.strftime("%Y%m%d"), d.strftime("%H%M"), ctrl, version)]


def x12_837_claim_segments(p, hl_start, mva=False):
    """returns list of segment-part-lists."""
    segs = []
    sub = p["subscriber"]
    child = sub is not p
    payer = p["payer"]
    segs.append(["HL*%d*1*22*%d~" % (hl_start, 1 if child else 0)])
    segs.append(["SBR*P*%s*%s******%s~" % ("" if child else "18", payer_group(p), "MC" if payer["pid"] == "CX014" else ("MB" if payer["pid"] == "73288" else "CI"))])
    segs.append(["NM1*IL*1*", (fold(sub["last"]).upper(), "name"), "*", (fold(sub["first"]).upper(), "name"),
                 "****MI*", (sub_member(p), "health_plan"), "~"])
    n3 = ["N3*", (fold(sub["street"]).upper(), "address")]
    if sub["unit"]:
        n3 += ["*", (sub["unit"].upper(), "address")]
    segs.append(n3 + ["~"])
    segs.append(["N4*", (sub["city"].upper(), "address"), "*IL*", (sub["zip"], "zip"), "~"])
    segs.append(["DMG*D8*", (sub["dob"].strftime("%Y%m%d"), "date"), "*", sub["sex"], "~"])
    if R.random() < 0.5 and sub.get("ssn"):
        segs.append(["REF*SY*", (sub["ssn"].replace("-", ""), "ssn"), "~"])
    segs.append(["NM1*PR*2*%s*****PI*%s~" % (payer["x12"], payer["pid"])])
    if child:
        segs.append(["HL*%d*%d*23*0~" % (hl_start + 1, hl_start)])
        segs.append(["PAT*19~"])
        segs.append(["NM1*QC*1*", (fold(p["last"]).upper(), "name"), "*", (fold(p["first"]).upper(), "name"), "~"])
        segs.append(["N3*", (fold(p["street"]).upper(), "address"), "~"])
        segs.append(["N4*", (p["city"].upper(), "address"), "*IL*", (p["zip"], "zip"), "~"])
        segs.append(["DMG*D8*", (p["dob"].strftime("%Y%m%d"), "date"), "*", p["sex"], "~"])
    dos = svc_date()
    procs = R.sample([("D0120", 65), ("D1110", 110), ("D0274", 74), ("D1120", 84), ("D1206", 48), ("D2392", 238),
                      ("D8080", 5800), ("D0330", 142)], R.randint(1, 3))
    total = sum(x[1] for x in procs)
    pcn = "%d/%d" % (p["patnum"], R.randint(70000, 79999))
    clm = ["CLM*", (pcn, "account"), "*%d***11:B:1*Y*A*Y*Y" % total]
    if mva:
        clm += ["*AA:::IL"]
    segs.append(clm + ["~"])
    segs.append(["DTP*472*D8*", (dos.strftime("%Y%m%d"), "date"), "~"])
    if mva:
        segs.append(["DTP*439*D8*", (p["accident"].strftime("%Y%m%d"), "date"), "~"])
        segs.append(["NTE*ADD*MVA FRACTURED #8 #9 AUTO CARRIER CLAIM PENDING VEH VIN ", (p["vin"], "vehicle"), "~"])
    dn = R.choice(DENTISTS)
    segs.append(["NM1*82*1*%s*%s****XX*%s~" % (dn["last"].upper(), dn["first"].upper(), dn["npi"])])
    segs.append(["PRV*PE*PXC*%s~" % ("1223X0400X" if dn["cred"] == "DDS, MS" else "1223G0001X")])
    for i, (c, f) in enumerate(procs, 1):
        segs.append(["LX*%d~" % i])
        segs.append(["SV3*AD:%s*%d****1~" % (c, f)])
        if c in ("D2392",):
            segs.append(["TOO*JP*%d*%s~" % (R.randint(2, 31), R.choice(["MO", "DO", "OL"]))])
    return segs, pcn, dos, procs


def payer_group(p):
    return p["group"] if p["payer"]["pid"] not in ("CX014",) else ""


def sub_member(p):
    return p["member"]


def x12_837_episode():
    d = tick()
    ctrl = R.randint(4000, 4999)
    pts = R.sample([x for x in PATIENTS if x["practice"] in ("LP", "OR")], 2)
    if MVA_PT not in pts:
        pts[0] = MVA_PT
    segs = [[s] for s in x12_isa(d, ctrl, "LAKESHOREDP", "DXC", "HC", "005010X224A2")]
    segs.append(["ST*837*0001*005010X224A2~"])
    segs.append(["BHT*0019*00*%d*%s*%s*CH~" % (ctrl, d.strftime("%Y%m%d"), d.strftime("%H%M"))])
    segs.append(["NM1*41*2*LAKESHORE DENTAL PARTNERS*****46*LDP4471~"])
    segs.append(["PER*IC*BILLING OFFICE*TE*7735550100*EM*billing@%s~" % DOMAIN])
    segs.append(["NM1*40*2*DENTALXCHANGE*****46*DXC~"])
    segs.append(["HL*1**20*1~"])
    segs.append(["PRV*BI*PXC*122300000X~"])
    pr = PRACTICES["LP"]
    segs.append(["NM1*85*2*LAKESHORE DENTAL PARTNERS LP*****XX*%s~" % pr["npi"]])
    segs.append(["N3*%s~" % pr["addr"].upper()])
    segs.append(["N4*%s*IL*%s2201~" % (pr["city"].upper(), pr["zip"])])
    segs.append(["REF*EI*364412871~"])
    hl = 2
    for p in pts:
        cs, _, _, _ = x12_837_claim_segments(p, hl, mva=(p is MVA_PT))
        segs += cs
        hl += 2 if p["subscriber"] is not p else 1
    n_st = len(segs) - 2 + 1
    segs.append(["SE*%d*0001~" % n_st])
    segs.append(["GE*1*%d~" % ctrl])
    segs.append(["IEA*1*%09d~" % ctrl])
    lines = []
    for s in segs:
        L = Line("x12-837d")
        L.seq(*s)
        lines.append(L)
    return lines


def x12_837_oneline_phi():
    d = tick()
    p = pick([x for x in PATIENTS if x["practice"] in ("NV", "EV")])
    ctrl = R.randint(5000, 5999)
    L = Line("claimsvc-837-payload")
    L.t(iso_off(d) + " INFO  [claimsvc.submit] [batch=B%s-%04d] payer=%s bytes=%d payload=" % (
        d.strftime("%y%m%d"), R.randint(1, 999), p["payer"]["pid"], R.randint(900, 1600)))
    segs = [[s] for s in x12_isa(d, ctrl, "LDPNV", "VYNE", "HC", "005010X224A2")]
    segs.append(["ST*837*0001*005010X224A2~"])
    segs.append(["BHT*0019*00*%d*%s*%s*CH~" % (ctrl, d.strftime("%Y%m%d"), d.strftime("%H%M"))])
    segs.append(["NM1*41*2*LAKESHORE DENTAL PARTNERS*****46*LDP4471~"])
    segs.append(["NM1*40*2*VYNE DENTAL*****46*VYNE~"])
    segs.append(["HL*1**20*1~"])
    pr = PRACTICES[p["practice"]]
    segs.append(["NM1*85*2*%s*****XX*%s~" % (fold(pr["name"]).upper().replace(" - ", " "), pr["npi"])])
    cs, _, _, _ = x12_837_claim_segments(p, 2)
    segs += cs
    segs.append(["SE*%d*0001~" % (len(segs) - 1)])
    segs.append(["GE*1*%d~" % ctrl, "IEA*1*%09d~" % ctrl])
    for s in segs:
        L.seq(*s)
    return [L]


# ---- X12 835 ----
def x12_835_episode():
    d = tick()
    ctrl = R.randint(100000, 199999)
    payer = R.choice(PAYERS[:5])
    pts = [x for x in PATIENTS if x["payer"] is payer] or PATIENTS[:2]
    pts = R.sample(pts, min(len(pts), 2))
    segs = [[s] for s in x12_isa(d, ctrl, payer["pid"], "LAKESHOREDP", "HP", "005010X221A1")]
    segs.append(["ST*835*0001~"])
    claims = []
    total = 0.0
    for p in pts:
        procs = R.sample([("D0120", 65), ("D1110", 110), ("D0274", 74), ("D1120", 84), ("D2392", 238), ("D0140", 88)],
                         R.randint(1, 2))
        paid = [round(f * R.choice([0.8, 0.72, 1.0, 0.64]), 2) for _, f in procs]
        total += sum(paid)
        claims.append((p, procs, paid, svc_date()))
    pay_date = TODAY + dt.timedelta(days=2)
    segs.append(["BPR*I*%.2f*C*ACH*CCP*01*071000013*DA*5550198231*%s**01*071904779*DA*3309182274*%s~" % (
        total, "1" + payer["pid"].rjust(9, "0")[-9:] if payer["pid"].isdigit() else "1470858510", pay_date.strftime("%Y%m%d"))])
    segs.append(["TRN*1*%d*1470858510~" % R.randint(10 ** 9, 10 ** 10 - 1)])
    segs.append(["DTM*405*%s~" % d.strftime("%Y%m%d")])
    segs.append(["N1*PR*%s~" % payer["x12"]])
    segs.append(["N3*111 SHUMAN BLVD~"])
    segs.append(["N4*NAPERVILLE*IL*60563~"])
    segs.append(["PER*CX*PROVIDER SERVICES*TE*8005550199~"])
    segs.append(["N1*PE*LAKESHORE DENTAL PARTNERS LP*XX*%s~" % PRACTICES["LP"]["npi"]])
    segs.append(["REF*TJ*364412871~"])
    segs.append(["LX*1~"])
    for p, procs, paid, dos in claims:
        sub = p["subscriber"]
        chg = sum(f for _, f in procs)
        pcn = "%d/%d" % (p["patnum"], R.randint(70000, 79999))
        segs.append(["CLP*", (pcn, "account"), "*1*%d*%.2f**12*%d~" % (chg, sum(paid), R.randint(10 ** 12, 10 ** 13 - 1))])
        segs.append(["NM1*QC*1*", (fold(p["last"]).upper(), "name"), "*", (fold(p["first"]).upper(), "name"),
                     "****MI*", (p["member"], "health_plan"), "~"])
        if sub is not p:
            segs.append(["NM1*IL*1*", (fold(sub["last"]).upper(), "name"), "*", (fold(sub["first"]).upper(), "name"),
                         "****MI*", (p["member"], "health_plan"), "~"])
        segs.append(["DTM*232*", (dos.strftime("%Y%m%d"), "date"), "~"])
        for (c, f), pd in zip(procs, paid):
            segs.append(["SVC*AD:%s*%d*%.2f~" % (c, f, pd)])
            segs.append(["DTM*472*", (dos.strftime("%Y%m%d"), "date"), "~"])
            if pd < f:
                segs.append(["CAS*CO*45*%.2f~" % (f - pd)])
            segs.append(["AMT*B6*%.2f~" % pd])
    segs.append(["SE*%d*0001~" % (len(segs) - 2 + 1)])
    segs.append(["GE*1*%d~" % ctrl])
    segs.append(["IEA*1*%09d~" % ctrl])
    lines = []
    for s in segs:
        L = Line("x12-835-era")
        L.seq(*s)
        lines.append(L)
    return lines


# ---- clearinghouse JSON ----
def claim_json_phi():
    d = tick()
    p = pick()
    L = Line("clearinghouse-webhook-json")
    dos = svc_date()
    rej = R.random() < 0.35
    pcn = "%d/%d" % (p["patnum"], R.randint(70000, 79999))
    if rej:
        errs = [O(("code", "A7:164"), ("loop", "2010BA"), ("message", T("Subscriber DOB ", (p["subscriber"]["dob"].strftime("%m/%d/%Y"), "date"),
                                                                         " does not match payer records for member ",
                                                                         (p["member"], "health_plan"))))]
    obj = O(("event", "claim.status_update"), ("eventId", "evt_" + alnum(20)), ("occurredAt", iso_z(d)),
            ("claimId", "clm_" + alnum(10, string.ascii_lowercase + string.digits)),
            ("batchId", "B%s-%04d" % (d.strftime("%y%m%d"), R.randint(1, 999))),
            ("patientControlNumber", pcn, "account"),
            ("payer", O(("id", p["payer"]["pid"]), ("name", p["payer"]["name"]))),
            ("patient", O(("lastName", p["last"], "name"), ("firstName", p["first"], "name"),
                          ("dob", p["dob"].isoformat(), "date"))),
            ("dateOfService", dos.isoformat(), "date"),
            ("totalCharge", R.choice([185.0, 249.0, 96.0, 1315.0])),
            ("status", "A7" if rej else "A2"),
            ("statusDescription", "Rejected - invalid information" if rej else "Acknowledgement/Acceptance into adjudication system"),
            ("errors", errs) if rej else ("payerClaimNumber", str(R.randint(10 ** 12, 10 ** 13 - 1))))
    ser(L, obj, st=STYLE_JSON)
    return [L]


def claim_json_nophi():
    d = tick()
    L = Line("clearinghouse-webhook-json")
    n = R.randint(4, 30)
    acc = n - R.choice([0, 0, 0, 1, 2])
    obj = O(("event", "batch.ack"), ("eventId", "evt_" + alnum(20)), ("occurredAt", iso_z(d)),
            ("batchId", "B%s-%04d" % (d.strftime("%y%m%d"), R.randint(1, 999))), ("ackType", R.choice(["999", "277CA"])),
            ("status", "A" if acc == n else "P"), ("transactions", n), ("accepted", acc), ("rejected", n - acc),
            ("submitterId", "LDP4471"), ("receivedAt", iso_z(d - dt.timedelta(seconds=R.randint(30, 900)))))
    ser(L, obj, st=STYLE_JSON)
    return [L]


# ---- eligibility ----
def elig_phi(elder=False):
    d = tick()
    p = R.choice(ELDERS) if elder else pick(PATIENTS + ELDERS * 2)
    sub = p["subscriber"]
    L = Line("eligibility-api-json")
    a = appt_dt()
    ag = age_on(p["dob"])
    pat = O(("firstName", p["first"], "name"), ("lastName", p["last"], "name"),
            ("dateOfBirth", p["dob"].strftime("%Y%m%d"), "date"), ("gender", p["sex"]),
            ("age", ag, "age" if ag > 89 else None), ("relationshipToSubscriber", "self" if sub is p else "child"))
    subo = O(("memberId", p["member"], "health_plan"), ("groupNumber", p["group"]),
             ("groupName", R.choice(["ACME LOGISTICS DENTAL PPO", "CITY OF EVANSTON", "NORTHWESTERN MEDICINE EMPLOYEES", "STATE OF ILLINOIS CMS"])),
             ("firstName", sub["first"], "name") if sub is not p else None,
             ("lastName", sub["last"], "name") if sub is not p else None)
    obj = O(("controlNumber", str(R.randint(100000000, 999999999))), ("tradingPartnerServiceId", p["payer"]["pid"]),
            ("payerName", p["payer"]["name"]), ("patient", pat), ("subscriber", subo),
            ("dateOfService", a.strftime("%Y%m%d"), "date"),
            ("planStatus", [O(("statusCode", "1"), ("status", "Active Coverage"), ("planDetails", {"CX014": "Medicaid Dental", "73288": "MA Dental Rider"}.get(p["payer"]["pid"], R.choice(["PPO", "PPO", "DHMO"]))))]),
            ("benefits", O(("annualMaximum", R.choice([1000, 1500, 2000])), ("remaining", R.randint(0, 1500)),
                           ("deductible", R.choice([0, 50, 75])), ("preventivePct", 100), ("basicPct", 80), ("majorPct", 50))),
            ("meta", O(("traceId", uuid4()), ("applicationMode", "production"))))
    ser(L, obj, st=STYLE_JSON)
    return [L]


def elig_nophi():
    d = tick()
    L = Line("eligibility-batch-log")
    n = R.randint(20, 60)
    f = R.randint(0, 4)
    L.t("%s [eligibility-batch] INFO run=%s clinic=%s appts_for=%s total=%d verified=%d failed=%d (payer_timeout=%d) elapsed=%.1fs" % (
        iso_off(d), hexs(8), R.choice(list(PRACTICES)), (TODAY + dt.timedelta(days=1)).isoformat(), n, n - f, f, f, R.uniform(20, 240)))
    return [L]


# ---- SMS ----
def sms_phi():
    d = tick()
    p = pick()
    L = Line("reminders-sms")
    a = appt_dt()
    r = R.randrange(4)
    pr = PRACTICES[p["practice"]]
    if r <= 1:
        to = p["guardian"] or p
        L.t(d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d) + " INFO reminders.sms [worker-%d] twilio send " % R.randint(1, 4))
        if p["guardian"] is not None:
            body = T("Hi ", (to["first"], "name"), ", ", (p["first"], "name"), " has an orthodontic visit on ",
                     (a.strftime("%a %b ") + str(a.day), "date"), " at " + hm12(a) + " at Lakeshore Orthodontics. Reply C to confirm or call " + pr["phone"] + ".")
        else:
            body = T("Hi ", (p["first"], "name"), ", this is " + pr["name"].replace("Lakeshore Dental Partners", "Lakeshore Dental") +
                     ". Reminder: your appointment is ", (a.strftime("%m/%d/%Y"), "date"),
                     " at " + hm12(a) + ". Reply C to confirm, R to reschedule. Reply STOP to opt out.")
        obj = O(("To", ph_fmt(to["cell"], "e164"), "phone"), ("From", "+1" + pr["phone"].replace("(", "").replace(")", "").replace(" ", "").replace("-", "")),
                ("Body", body), ("MessagingServiceSid", "MG" + hexs(32)), ("StatusCallback", "https://hooks.%s/twilio/status" % DOMAIN))
        ser(L, obj, st=STYLE_JSON_SP)
    elif r == 2:
        L.t(d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d) + " INFO reminders.inbound [web-%d] POST /twilio/inbound " % R.randint(1, 2))
        L.seq("From=", ("%2B1" + ph_fmt(p["cell"], "digits"), "phone"), "&To=%2B1" + pr["phone"].replace("(", "").replace(")", "").replace(" ", "").replace("-", ""),
              "&Body=", R.choice(["C", "c", "Confirm", "R", "STOP"]), "&NumMedia=0&MessageSid=SM", hexs(32))
    else:
        L.t(d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d) + " WARN reminders.sms [worker-%d] " % R.randint(1, 4))
        L.seq("undeliverable: to=", (ph_fmt(p["cell"], "e164"), "phone"), " patnum=", (str(p["patnum"]), "mrn"),
              " error=30006 (Landline or unreachable carrier); falling back to email ", (p["email"], "email"))
    return [L]


def sms_nophi():
    d = tick()
    L = Line("reminders-sms")
    r = R.randrange(3)
    if r == 0:
        L.t(d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d) + " INFO reminders.callback [web-%d] MessageSid=SM%s MessageStatus=%s SmsStatus=%s AccountSid=AC%s ApiVersion=2010-04-01" % (
            R.randint(1, 2), hexs(32), *([R.choice(["delivered", "sent", "undelivered"])] * 2), hexs(32)))
    elif r == 1:
        L.t(d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d) + " INFO reminders.scheduler [beat] batch %s: %d reminders queued for %s, rate limit 1 msg/s, queue depth %d" % (
            hexs(6), R.randint(10, 80), (TODAY + dt.timedelta(days=2)).isoformat(), R.randint(0, 300)))
    else:
        L.t(d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d) + " ERROR reminders.sms [worker-%d] Twilio API 429 Too Many Requests, retry in %ds (attempt %d/5) request_id=RQ%s" % (
            R.randint(1, 4), R.choice([2, 4, 8, 16]), R.randint(1, 4), hexs(32)))
    return [L]


# ---- email ----
RELAYS = {
    "gmail.com": ("gmail-smtp-in.l.google.com", "142.250.115.27", "250 2.0.0 OK  %d %s - gsmtp"),
    "yahoo.com": ("mta7.am0.yahoodns.net", "67.195.204.77", "250 ok dirdel %d %s"),
    "outlook.com": ("outlook-com.olc.protection.outlook.com", "52.101.40.3", "250 2.6.0 <%d.%s@app01.int.lakeshore.lan> Queued mail for delivery"),
    "hotmail.com": ("hotmail-com.olc.protection.outlook.com", "52.101.8.44", "250 2.6.0 <%d.%s@app01.int.lakeshore.lan> Queued mail for delivery"),
    "icloud.com": ("mx01.mail.icloud.com", "17.57.154.33", "250 2.0.0 Ok: queued as %d-%s"),
    "comcast.net": ("mx1.comcast.net", "96.114.157.80", "250 2.0.0 %d %s mail accepted for delivery"),
}


def mail_phi():
    d = tick()
    p = pick()
    r = R.randrange(3)
    qid = alnum(12, string.ascii_uppercase + string.digits + "abcdefghjkmnpqrstvwxyz")
    if r < 2:
        L = Line("postfix-maillog")
        L.t("%s mx-out01 postfix/smtp[%d]: %s: to=<" % (syslog_ts(d), R.randint(20000, 29999), qid))
        L.p(p["email"], "email")
        if r == 0:
            relay, rip, resp = RELAYS[p["email"].split("@")[1]]
            L.t(">, relay=%s[%s]:25, delay=%.1f, delays=%.2f/%.2f/%.2f/%.2f, dsn=2.0.0, status=sent (%s)" % (
                relay, rip, R.uniform(0.5, 3), R.uniform(0, .1), R.uniform(0, .05),
                R.uniform(.2, .9), R.uniform(.2, 1.5), resp % (epoch(d), alnum(30, string.ascii_lowercase + string.digits))))
        else:
            relay, rip, resp = RELAYS[p["email"].split("@")[1]]
            L.t(">, relay=%s[%s]:25, delay=%.1f, delays=0.04/0/0.48/0.31, dsn=5.1.1, status=bounced (host %s[%s] said: 550 5.1.1 <" % (
                relay, rip, R.uniform(0.5, 2), relay, rip))
            L.p(p["email"], "email")
            L.t(">: Recipient address rejected: User unknown (in reply to RCPT TO command))")
    else:
        L = Line("sendgrid-event-webhook")
        obj = [O(("email", p["email"], "email"), ("event", R.choice(["open", "click"])), ("ip", p["ip"], "ip"),
                 ("sg_event_id", alnum(22)), ("sg_message_id", alnum(22) + ".filterdrecv-" + hexs(10) + "-1-" + hexs(8) + "-1"),
                 ("timestamp", epoch(d)), ("useragent", R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
                                                                  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"])),
                 ("category", ["appt_reminder", p["practice"]]), ("patnum", str(p["patnum"]), "mrn"))]
        ser(L, obj, st=STYLE_JSON)
    return [L]


def mail_nophi():
    d = tick()
    L = Line("postfix-maillog")
    qid = alnum(12, string.ascii_uppercase + string.digits + "abcdefghjkmnpqrstvwxyz")
    r = R.randrange(4)
    pid = R.randint(20000, 29999)
    if r == 0:
        L.t("%s mx-out01 postfix/qmgr[1022]: %s: from=<%s>, size=%d, nrcpt=1 (queue active)" % (
            syslog_ts(d), qid, R.choice(["reminders@" + DOMAIN, "noreply@" + DOMAIN, "statements@" + DOMAIN]), R.randint(8000, 60000)))
    elif r == 1:
        L.t("%s mx-out01 postfix/smtpd[%d]: connect from app01.int.lakeshore.lan[10.20.1.%d]" % (syslog_ts(d), pid, R.randint(10, 30)))
    elif r == 2:
        L.t("%s mx-out01 postfix/cleanup[%d]: %s: message-id=<%s.%d.reminder@app01.int.lakeshore.lan>" % (
            syslog_ts(d), pid, qid, d.strftime("%Y%m%d%H%M%S"), R.randint(1000, 9999)))
    else:
        L.t("%s mx-out01 postfix/qmgr[1022]: %s: removed" % (syslog_ts(d), qid))
    return [L]


# ---- portal ----
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"]


def nginx_ts(d):
    return d.strftime("%d/%b/%Y:%H:%M:%S -0500")


def nginx_phi(r=None):
    d = tick()
    p = pick([x for x in PATIENTS if x["kind"] != "child"])
    L = Line("nginx-portal-access")
    L.p(p["ip"], "ip")
    L.t(" - - [%s] \"" % nginx_ts(d))
    r = R.randrange(4) if r is None else r
    portal = "https://portal.%s" % DOMAIN
    if r == 0:
        L.seq("GET /api/v1/patients/", (str(p["patnum"]), "mrn"), "/balance HTTP/2.0\" 200 %d \"%s/account\"" % (R.randint(180, 400), portal))
    elif r == 1:
        L.seq("GET /api/v1/statements/%d.pdf HTTP/2.0\" 200 %d \"" % (R.randint(500000, 599999), R.randint(40000, 90000)),
              (portal + "/u/" + p["username"] + "/documents", "url"), "\"")
    elif r == 2:
        L.t("POST /api/v1/auth/login HTTP/2.0\" %d %d \"%s/login\"" % (R.choice([200, 200, 401]), R.randint(90, 300), portal))
    else:
        L.t("GET /assets/app.%s.js HTTP/2.0\" 304 0 \"%s/\"" % (hexs(8), portal))
    L.t(" \"%s\" rt=%.3f uct=\"0.000\" uht=\"%.3f\" urt=\"%.3f\"" % (R.choice(UAS), *([R.uniform(0.003, 0.4)] * 3)))
    return [L]


def nginx_nophi():
    d = tick()
    L = Line("nginx-portal-access")
    r = R.randrange(3)
    if r == 0:
        L.t("10.20.1.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" rt=0.001 uct=\"0.000\" uht=\"0.001\" urt=\"0.001\"" % (R.randint(2, 9), nginx_ts(d)))
    elif r == 1:
        L.t("172.18.0.%d - - [%s] \"GET /static/js/main.%s.js HTTP/1.1\" 200 %d \"-\" \"Prometheus/2.51.1\" rt=0.002 uct=\"0.000\" uht=\"0.002\" urt=\"0.002\"" % (
            R.randint(2, 20), nginx_ts(d), hexs(8), R.randint(100000, 400000)))
    else:
        L.t("192.168.10.%d - bill_ops [%s] \"POST /api/v1/internal/sync?since=%d HTTP/1.1\" 204 0 \"-\" \"python-requests/2.31.0\" rt=%.3f uct=\"0.001\" uht=\"%.3f\" urt=\"%.3f\"" % (
            R.randint(20, 60), nginx_ts(d), epoch(d) - 300, *([R.uniform(0.01, 0.9)] * 3)))
    return [L]


def portal_app_phi():
    d = tick()
    p = pick([x for x in PATIENTS if x["kind"] != "child"])
    L = Line("portal-api-pino")
    host = "portal-api-6c9f7d9b8-%s" % alnum(5, string.ascii_lowercase + string.digits)
    r = R.randrange(4)
    if r == 0:
        obj = O(("level", 30), ("time", epoch_ms(d)), ("pid", 27), ("hostname", host), ("reqId", "req-" + alnum(4, "0123456789abcdef")),
                ("msg", "login succeeded"), ("username", p["username"], "other_id"), ("patNum", p["patnum"], "mrn"),
                ("ip", p["ip"], "ip"), ("mfa", R.choice(["sms", "email", "totp"])))
    elif r == 1:
        obj = O(("level", 40), ("time", epoch_ms(d)), ("pid", 27), ("hostname", host), ("reqId", "req-" + alnum(4, "0123456789abcdef")),
                ("msg", "login failed"), ("username", p["username"], "other_id"), ("reason", "bad_password"), ("attempt", R.randint(1, 5)),
                ("remoteAddress", p["ip"], "ip"))
    elif r == 2:
        a = appt_dt()
        obj = O(("level", 30), ("time", epoch_ms(d)), ("pid", 27), ("hostname", host),
                ("msg", "websched request"), ("slot", T((a.strftime("%Y-%m-%d"), "date"), a.strftime("T%H:%M:00"))),
                ("patient", O(("fName", p["first"], "name"), ("lName", p["last"], "name"), ("birthdate", p["dob"].isoformat(), "date"),
                              ("wirelessPhone", ph_fmt(p["cell"], "dash"), "phone"), ("email", p["email"], "email"),
                              ("newPatient", R.random() < 0.5))),
                ("clinic", p["practice"]), ("op", R.choice(["HYG1", "HYG2", "NP1"])))
    else:
        obj = O(("level", 30), ("time", epoch_ms(d)), ("pid", 27), ("hostname", host),
                ("msg", "profile updated"), ("patNum", p["patnum"], "mrn"),
                ("changes", O(("address1", street_full(p), "address"), ("city", p["city"], "address"), ("state", "IL"),
                              ("zip", p["zip"], "zip"), ("homePhone", ph_fmt(p["phone"], "digits"), "phone"))))
    ser(L, obj, st=STYLE_JSON)
    return [L]


def portal_app_nophi():
    d = tick()
    L = Line("portal-api-pino")
    host = "portal-api-6c9f7d9b8-%s" % alnum(5, string.ascii_lowercase + string.digits)
    r = R.randrange(3)
    if r == 0:
        obj = O(("level", 30), ("time", epoch_ms(d)), ("pid", 27), ("hostname", host), ("reqId", "req-" + alnum(4, "0123456789abcdef")),
                ("req", O(("method", "GET"), ("url", "/healthz"), ("remoteAddress", "10.20.1.%d" % R.randint(2, 9)))),
                ("res", O(("statusCode", 200))), ("responseTime", round(R.uniform(0.5, 4), 3)), ("msg", "request completed"))
    elif r == 1:
        obj = O(("level", 30), ("time", epoch_ms(d)), ("pid", 27), ("hostname", host),
                ("msg", "session store connected"), ("redis", "redis://portal-redis.portal.svc.cluster.local:6379/2"), ("latencyMs", R.randint(1, 9)))
    else:
        obj = O(("level", 50), ("time", epoch_ms(d)), ("pid", 27), ("hostname", host), ("reqId", "req-" + alnum(4, "0123456789abcdef")),
                ("msg", "upstream error"), ("upstream", "http://od-api.int.lakeshore.lan:30222/api/v1/appointments/slots"),
                ("err", O(("type", "FetchError"), ("message", "request timed out after 8000ms"), ("code", "ETIMEDOUT"))))
    ser(L, obj, st=STYLE_JSON)
    return [L]


# ---- payment terminal ----
def logcat_prefix(L, d, lvl, tag, pid=2211, tid=2290):
    L.t(d.strftime("%m-%d %H:%M:%S.") + ms(d) + " %5d %5d %s %s: " % (pid, tid, lvl, tag))


def term_phi(r=None):
    d = tick()
    p = pick([x for x in PATIENTS if x["kind"] != "child"])
    L = Line("payment-terminal-logcat")
    r = R.randrange(3) if r is None else r
    if r == 0:
        logcat_prefix(L, d, "D", "PaymentSvc")
        L.seq("cardholder=", (fold(p["last"]).upper(), "name"), "/", (fold(p["first"]).upper(), "name"),
              " lang=en track2_len=37 fallback=false")
    elif r == 1:
        logcat_prefix(L, d, "D", "CardReader")
        L.seq("PAN=", (p["card"], "account"), " EXP=", "%02d%02d" % (R.randint(25, 29), R.randint(1, 12)),
              " SVC=201 (DEBUG_PAN_LOGGING=true)")
    else:
        L = Line("payments-gateway-json")
        obj = O(("event", "charge.succeeded"), ("id", "ch_" + alnum(24)), ("created", epoch(d)), ("amount", R.choice([8500, 18500, 4500, 31240])),
                ("currency", "usd"), ("card", O(("brand", "visa"), ("last4", p["card"][-4:]), ("exp_month", R.randint(1, 12)), ("exp_year", R.randint(2025, 2029)))),
                ("billing_details", O(("name", T((p["first"], "name"), " ", (p["last"], "name"))), ("email", p["email"], "email"),
                                      ("address", O(("line1", p["street"], "address"), ("postal_code", p["zip"], "zip"))))),
                ("metadata", O(("guarantorAcct", p["acct"], "account"), ("clinic", p["practice"]), ("invoice", "INV-%d" % R.randint(70000, 79999)))))
        ser(L, obj, st=STYLE_JSON_SP)
    return [L]


def term_nophi():
    d = tick()
    L = Line("payment-terminal-logcat")
    r = R.randrange(5)
    if r == 0:
        logcat_prefix(L, d, "I", "PaymentSvc")
        L.t("SALE req amt=%.2f tip=0.00 ref=INV-%d lane=%s-FD1" % (R.choice([45, 85, 185, 312.4]), R.randint(70000, 79999), R.choice(list(PRACTICES))))
    elif r == 1:
        logcat_prefix(L, d, "I", "EmvKernel")
        L.t("AID=A0000000031010 APP=VISA CREDIT CVM=NO_CVM TVR=0000008000 TSI=E800 ATC=%04X" % R.randint(1, 900))
    elif r == 2:
        logcat_prefix(L, d, "I", "PaymentSvc")
        L.t("APPROVED auth=%s pan=%s******%04d exp=**/** entry=CHIP batch=%d seq=%04d" % (
            alnum(6, string.ascii_uppercase + string.digits), R.choice(["476173", "414720", "542518"]), R.randint(0, 9999), R.randint(100, 130), R.randint(1, 80)))
    elif r == 3:
        logcat_prefix(L, d, "I", "BatchMgr", 2211, 2301)
        L.t("settlement batch=%d count=%d total=%.2f host=TSYS resp=GB" % (R.randint(100, 130), R.randint(10, 60), R.uniform(1000, 9000)))
    else:
        logcat_prefix(L, d, "I", "DeviceInfo", 1042, 1042)
        L.t("model=A920Pro sn=%d fw=PayDroid_9.0.0_Sagittarius_V11.1.14 imei=%s net=LTE" % (R.randint(1850000000, 1859999999), imei()))
    return [L]


def ach_phi():
    d = tick()
    p = R.choice(ADULTS + [IBAN_PT])
    L = Line("payments-autopay-json")
    if p is IBAN_PT:
        bank = O(("type", "sepa_debit"), ("iban", p["iban"], "account"), ("bic", "COBADEFFXXX"))
    else:
        bank = O(("type", "ach"), ("routing", "071000013"), ("account", str(R.randint(10 ** 9, 10 ** 12)), "account"), ("accountType", "checking"))
    obj = O(("ts", iso_off(d)), ("svc", "autopay"), ("event", "plan.enrolled"), ("plan", "PP-%d" % R.randint(2000, 2999)),
            ("guarantorAcct", p["acct"], "account"), ("guarantorName", T((p["first"], "name"), " ", (p["last"], "name"))),
            ("bank", bank), ("installments", R.choice([6, 12, 18])), ("monthly", R.choice([125.0, 210.5, 333.33])))
    ser(L, obj, st=STYLE_JSON)
    return [L]


# ---- kiosk ----
def kiosk_phi(r=None):
    d = tick()
    p = pick([x for x in PATIENTS if x["kind"] != "child"])
    L = Line("checkin-kiosk-json")
    r = R.randrange(3) if r is None else r
    if r == 0:
        aam = T("@\n\u001e\rANSI 636035100002DL00410278ZI03190008DLDAQ", (p["dl"].replace("-", ""), "license"),
                "\nDCS", (fold(p["last"]).upper(), "name"), "\nDAC", (fold(p["first"]).upper(), "name"),
                "\nDBA", (p["dl_exp"].strftime("%m%d%Y"), "date"), "\nDBD", (p["dl_iss"].strftime("%m%d%Y"), "date"),
                "\nDBB", (p["dob"].strftime("%m%d%Y"), "date"), "\nDBC%d" % (1 if p["sex"] == "M" else 2),
                "\nDAG", (fold(p["street"]).upper(), "address"), "\nDAI", (p["city"].upper(), "address"),
                "\nDAJIL\nDAK", (p["zip"] + "0000", "zip"), "  \nDCF%s\nDCGUSA\n" % alnum(14, string.ascii_uppercase + string.digits))
        obj = O(("ts", iso_off(d)), ("kiosk", "%s-KIOSK-0%d" % (p["practice"], R.randint(1, 2))), ("event", "id_scan"),
                ("patNum", p["patnum"], "mrn"), ("aamva", aam), ("match", "exact"))
        ser(L, obj, st=STYLE_JSON)
    elif r == 1:
        tmpl = b64(R.choice([384, 512]), b"LKF2\x00\x01")
        obj = O(("ts", iso_off(d)), ("kiosk", "%s-KIOSK-0%d" % (p["practice"], R.randint(1, 2))), ("event", "face_enroll"),
                ("patNum", p["patnum"], "mrn"), ("algo", "FaceMatch-v3.2"), ("quality", round(R.uniform(0.8, 0.99), 2)),
                ("template", tmpl, "biometric"), ("consent", True))
        ser(L, obj, st=STYLE_JSON)
    else:
        obj = O(("ts", iso_off(d)), ("kiosk", "%s-KIOSK-0%d" % (p["practice"], R.randint(1, 2))), ("event", "face_match"),
                ("patNum", p["patnum"], "mrn"), ("score", round(R.uniform(0.9, 0.995), 3)), ("threshold", 0.87),
                ("greeting", T("Welcome back, ", (p["first"], "name"), "!")))
        ser(L, obj, st=STYLE_JSON)
    return [L]


def kiosk_nophi():
    d = tick()
    L = Line("checkin-kiosk-json")
    obj = O(("ts", iso_off(d)), ("kiosk", "%s-KIOSK-0%d" % (R.choice(list(PRACTICES)), R.randint(1, 2))), ("event", "heartbeat"),
            ("battery", R.randint(30, 100)), ("app", "3.4.%d" % R.randint(0, 9)), ("wifi_rssi", -R.randint(40, 80)),
            ("ip", "10.%d.5.%d" % (R.choice([20, 30, 40]), R.randint(10, 90))), ("uptime_s", R.randint(1000, 900000)))
    ser(L, obj, st=STYLE_JSON)
    return [L]


# ---- eRx ----
def erx_phi():
    d = tick()
    p = pick([x for x in PATIENTS if x["kind"] != "child"])
    dn = R.choice(DENTISTS)
    drug, qty = R.choice([("Amoxicillin 500 MG Oral Capsule", 21), ("Ibuprofen 600 MG Oral Tablet", 20),
                          ("Chlorhexidine Gluconate 0.12 % Mouth Rinse", 473), ("Clindamycin HCl 300 MG Oral Capsule", 4)])
    L = Line("erx-serilog")
    L.t(d.strftime("%Y-%m-%d %H:%M:%S.") + ms(d) + " -05:00 [INF] DoseSpot.Sync: Prescription %d transmitted " % R.randint(88000000, 88999999))
    L.seq("PatientId=", (str(p["patnum"]), "mrn"), " Name=\"", (p["last"], "name"), ", ", (p["first"], "name"),
          "\" DOB=", (p["dob"].strftime("%m/%d/%Y"), "date"),
          " Drug=\"", drug,
          "\" Qty=%d Refills=0 Prescriber=\"%s, %s %s\" DEA=%s NPI=%s Pharmacy=\"Walgreens #%05d\" NCPDP=%d" % (
              qty, dn["last"], dn["first"], dn["cred"].split(",")[0], dn["dea"], dn["npi"], R.randint(1000, 16000), R.randint(1400000, 1499999)))
    return [L]


def erx_nophi():
    d = tick()
    dn = R.choice(DENTISTS)
    L = Line("erx-serilog")
    r = R.randrange(2)
    L.t(d.strftime("%Y-%m-%d %H:%M:%S.") + ms(d) + " -05:00 ")
    if r == 0:
        L.t("[INF] Surescripts pharmacy directory delta applied: %d updated, %d removed (version %s)" % (R.randint(50, 600), R.randint(0, 20), d.strftime("%Y%m%d") + "01"))
    else:
        L.t("[WRN] EPCS token for prescriber NPI=%s DEA=%s expires in %d days" % (dn["npi"], dn["dea"], R.randint(3, 30)))
    return [L]


# ---- fax ----
def fax_phi():
    d = tick()
    p = pick()
    L = Line("faxsvc-log")
    L.t("%s faxsvc[%d]: job=%d dir=out to=" % (d.strftime("%Y-%m-%d %H:%M:%S"), R.randint(3000, 3999), R.randint(55000, 55999)))
    fx = phone_parts()
    L.seq(("+1" + "".join(fx), "fax"), " pages=%d csid=\"LAKESHORE DENTAL\" purpose=records_release recipient=patient patnum=" % R.randint(3, 14),
          (str(p["patnum"]), "mrn"), " status=", R.choice(["queued", "sent", "busy_retry"]))
    return [L]


def fax_nophi():
    d = tick()
    L = Line("faxsvc-log")
    L.t("%s faxsvc[%d]: job=%d dir=out to=+1%s5550%d pages=%d csid=\"LAKESHORE DENTAL\" purpose=referral recipient=\"%s\" status=sent duration=%ds" % (
        d.strftime("%Y-%m-%d %H:%M:%S"), R.randint(3000, 3999), R.randint(55000, 55999), R.choice(["847", "773", "630"]), R.randint(170, 199),
        R.randint(2, 8), R.choice(["Northshore Oral Surgery", "DuPage Endodontics", "Chicago Periodontal Group"]), R.randint(40, 300)))
    return [L]


# ---- aligner lab ----
def sidekiq_prefix(L, d, klass, lvl="INFO"):
    L.t("%s pid=7 tid=%s class=%s jid=%s %s: " % (iso_z(d), alnum(4, string.ascii_lowercase + string.digits), klass, hexs(24), lvl))


def lab_phi(r=None):
    d = tick()
    p = pick(ORTHO_PTS)
    r = R.randrange(6) if r is None else r
    L = Line("aligner-lab-sidekiq")
    if r == 0:
        sidekiq_prefix(L, d, "CaseStageWorker")
        st = R.sample(["scan_received", "treatment_planning", "awaiting_approval", "approved", "fabrication", "qc", "shipped"], 2)
        L.seq("Case ", (p["case"], "other_id"), " stage %s -> %s (tech=%s)" % (st[0], st[1], R.choice(LAB_TECHS)))
    elif r == 1:
        sidekiq_prefix(L, d, "ShipmentWorker")
        L.seq("Case ", (p["case"], "other_id"), " shipped %d aligner pairs + retainer to %s, UPS 1Z%s%s%08d" % (
            R.randint(8, 30), p["practice"], alnum(3, string.ascii_uppercase + string.digits), alnum(3, string.ascii_uppercase + string.digits),
            R.randint(0, 99999999)))
    elif r == 2:
        sidekiq_prefix(L, d, "NotifyWorker")
        slug = "%s-%s-%s" % (fold(p["first"]).lower(), fold(p["last"]).lower().replace("'", ""), alnum(6))
        L.seq("SmileView link sent to Dr. Mehta for case ", (p["case"], "other_id"), ": ",
              ("https://smile.%s/v/%s" % (LAB_DOMAIN, slug), "url"))
    elif r == 3:
        sidekiq_prefix(L, d, "ScanImportWorker")
        sd = svc_date()
        L.seq("imported ", (fold(p["last"]).replace("'", ""), "name"), "_", (fold(p["first"]), "name"), "_", (sd.isoformat(), "date"),
              "_%s.stl (%.1f MB, %s triangles) for case " % (R.choice(["upper", "lower"]), R.uniform(3, 9), "{:,}".format(R.randint(200000, 600000))),
              (p["case"], "other_id"))
    elif r == 4:
        L = Line("aligner-tracker-json")
        obj = O(("evt", "wear_sync"), ("ts", iso_z(d)), ("case", p["case"], "other_id"),
                ("tracker", O(("mac", p["tracker_mac"], "device"), ("sn", p["tracker_sn"], "device"), ("fw", "1.8.2"))),
                ("wearHours7d", [round(R.uniform(14, 23), 1) for _ in range(7)]), ("gateway", R.choice(["ble-app-ios", "ble-app-android"])),
                ("batteryPct", R.randint(20, 100)))
        ser(L, obj, st=STYLE_JSON)
    else:
        L = Line("remote-monitoring-ecs")
        obj = O(("@timestamp", iso_z(d)), ("log.level", "info"), ("service.name", "rm-api"), ("message", "device registered"),
                ("patient.id", str(p["patnum"]), "mrn"),
                ("device", O(("imei", p["imei"], "device"), ("model", R.choice(["SM-A546U", "Pixel 7a", "moto g stylus 5G"])), ("os", "Android 14"))),
                ("caseNo", p["case"], "other_id"), ("trace.id", hexs(32)))
        ser(L, obj, st=STYLE_JSON)
    return [L]


def rm_photo_phi():
    d = tick()
    p = pick(ORTHO_PTS)
    L = Line("remote-monitoring-ecs")
    img = b64(R.randint(700, 1100), JPEG_HDR)
    as_uri = R.random() < 0.5
    obj = O(("@timestamp", iso_z(d)), ("log.level", "debug"), ("service.name", "rm-api"), ("message", "scan uploaded"),
            ("caseNo", p["case"], "other_id"), ("view", "extraoral_smile"),
            ("image", ("data:image/jpeg;base64," + img) if as_uri else img, "photo"),
            ("bytes", R.randint(180000, 900000)), ("trace.id", hexs(32)))
    ser(L, obj, st=STYLE_JSON)
    return [L]


def lab_nophi():
    d = tick()
    r = R.randrange(5)
    if r == 4:
        L = Line("remote-monitoring-ecs")
        obj = O(("@timestamp", iso_z(d)), ("log.level", "info"), ("service.name", "rm-inference"), ("message", "model inference complete"),
                ("view", R.choice(["intraoral_left", "intraoral_right", "occlusal_upper"])), ("tracking_score", round(R.uniform(0.6, 0.99), 2)),
                ("duration_ms", R.randint(200, 900)), ("model", "fitscore-2024.04.1"), ("trace.id", hexs(32)))
        ser(L, obj, st=STYLE_JSON)
        return [L]
    if r == 3:
        L = Line("remote-monitoring-ecs")
        qr = b64(R.randint(150, 260), PNG_HDR)
        obj = O(("@timestamp", iso_z(d)), ("log.level", "debug"), ("service.name", "receipt-render"),
                ("message", "rendered payment QR"), ("invoice", "INV-%d" % R.randint(70000, 79999)), ("qr_png", qr))
        ser(L, obj, st=STYLE_JSON)
        return [L]
    L = Line("aligner-lab-sidekiq")
    if r == 0:
        sidekiq_prefix(L, d, "CaseStageWorker")
        L.t("done: %.3f sec" % R.uniform(0.05, 2))
    elif r == 1:
        sidekiq_prefix(L, d, "PrintFarmWorker")
        L.t("Form 3B printer FB-%02d job %d complete (%d layers, %dh%02dm), resin tank %d%%" % (
            R.randint(1, 12), R.randint(44000, 45999), R.randint(200, 400), R.randint(0, 2), R.randint(0, 59), R.randint(10, 95)))
    else:
        L.t("%s pid=7 tid=%s INFO: Sidekiq 7.2.4 connecting to Redis with options {:size=>10, :pool_name=>\"internal\", :url=>\"redis://redis-lab.int:6379/0\"}" % (
            iso_z(d), alnum(4, string.ascii_lowercase + string.digits)))
    return [L]


def rails_episode():
    d = tick()
    p = pick(ORTHO_PTS)
    rid = uuid4()
    lines = []
    create = R.random() < 0.6
    L = Line("aligner-lab-rails")
    L.t("[%s] " % rid)
    if create:
        L.t("Started POST \"/api/v2/cases\" for 10.60.4.%d at %s -0500" % (R.randint(10, 40), d.strftime("%Y-%m-%d %H:%M:%S")))
    else:
        L.seq("Started GET \"/api/v2/cases/", (p["case"], "other_id"), "/status\" for 10.60.4.%d at %s -0500" % (R.randint(10, 40), d.strftime("%Y-%m-%d %H:%M:%S")))
    lines.append(L)
    L = Line("aligner-lab-rails")
    L.t("[%s] Processing by Api::V2::CasesController#%s as JSON" % (rid, "create" if create else "status"))
    lines.append(L)
    L = Line("aligner-lab-rails")
    L.t("[%s]   Parameters: " % rid)
    if create:
        obj = O(("case", O(("external_ref", T(p["practice"] + "-", (str(p["patnum"]), "mrn"))),
                           ("patient", O(("first_name", p["first"], "name"), ("last_name", p["last"], "name"),
                                         ("dob", p["dob"].isoformat(), "date"))),
                           ("doctor_npi", DENTISTS[1]["npi"]), ("arches", R.choice(["both", "upper"])),
                           ("scan_order_id", "iTero-%d" % R.randint(5000000, 5999999)),
                           ("notes", R.choice(["Class II div 1, mild crowding", "Relapse after braces, lower incisors", "Spacing upper anterior, IPR ok"])))))
    else:
        obj = O(("id", p["case"], "other_id"), ("include", "shipments"))
    ser(L, obj, st=STYLE_RUBY)
    lines.append(L)
    if create:
        L = Line("aligner-lab-rails")
        L.t("[%s]   " % rid)
        L.seq("Case ", (p["case"], "other_id"), " created for external_ref ", p["practice"] + "-", (str(p["patnum"]), "mrn"))
        lines.append(L)
    L = Line("aligner-lab-rails")
    L.t("[%s] Completed %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (
        rid, "201 Created" if create else "200 OK", R.randint(20, 140), R.uniform(0.2, 3), R.uniform(2, 30), R.randint(2000, 12000)))
    lines.append(L)
    return lines


# ---- collections / statements ----
def collections_phi():
    tick()
    p = pick([x for x in PATIENTS if x["kind"] != "child"])
    L = Line("eaglesoft-collections-pipe")
    L.seq((p["acct"], "account"), "|", (fold(p["last"]).upper(), "name"), ", ", (fold(p["first"]).upper(), "name"), "|",
          (fold(street_full(p)).upper(), "address"), "|", (p["city"].upper(), "address"), "|IL|", (p["zip"], "zip"), "|",
          (ph_fmt(p["phone"], "paren0"), "phone"), "|%.2f|%s|%s" % (R.uniform(40, 900), R.choice(["31-60", "61-90", "91+"]),
                                                                   (TODAY - dt.timedelta(days=R.randint(30, 120))).strftime("%m/%d/%Y")))
    return [L]


def curbside_phi():
    d = tick()
    p = pick([x for x in PATIENTS if x["kind"] != "child"])
    L = Line("reminders-sms")
    L.t(d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d) + " INFO reminders.inbound [web-%d] curbside reply matched " % R.randint(1, 2))
    L.seq("patnum=", (str(p["patnum"]), "mrn"), " text=\"", R.choice(["here, ", "In the lot - ", "arrived "]),
          R.choice(["silver Camry", "red Mazda CX-5", "white Tesla Model Y", "green Forester"]), " plate ", (p["plate"], "vehicle"), "\"")
    return [L]


# ---- recall worker (python, dict repr) and statements (json ensure_ascii) ----
def recall_py_phi():
    d = tick()
    p = pick()
    L = Line("recall-worker-python")
    due = TODAY + dt.timedelta(days=R.randint(-20, 45))
    L.t(d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d) + " - recall.worker - DEBUG - candidate=")
    obj = O(("pat_num", p["patnum"], "mrn"), ("last_name", p["last"], "name"), ("first_name", p["first"], "name"),
            ("recall_type", "Child Prophy" if p["kind"] == "child" else R.choice(["Prophy", "Perio", "4BW"])), ("due", due.isoformat(), "date"),
            ("contact", ph_fmt((p["guardian"] or p)["cell"], "digits"), "phone"), ("pref", R.choice(["text", "email", "none"])),
            ("clinic_num", R.randint(1, 4)), ("attempts", R.randint(0, 3)), ("opt_out", False))
    ser(L, obj, st=STYLE_PY)
    return [L]


def recall_py_nophi():
    d = tick()
    L = Line("recall-worker-python")
    L.t(d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d) + " - recall.worker - INFO - run summary ")
    obj = O(("run_id", uuid4()), ("clinics", [1, 2, 3, 4]), ("candidates", R.randint(300, 400)), ("texted", R.randint(10, 200)),
            ("emailed", R.randint(5, 80)), ("skipped_opt_out", R.randint(0, 12)), ("elapsed_s", round(R.uniform(2, 40), 2)), ("dry_run", False))
    ser(L, obj, st=STYLE_PY)
    return [L]


STMT_Q = []


def statement_ascii_phi():
    d = tick()
    if not STMT_Q:
        STMT_Q.extend([TOMASZ, BY_NAME[("Zeynep", "Yıldız")], BY_NAME[("Raúl", "Domínguez")], BY_NAME[("Sofía", "Hernández")],
                       BY_NAME[("Björn", "Lindqvist")], BY_NAME[("Siobhan", "O'Connell")], BY_NAME[("Amara", "Diallo")]])
        R.shuffle(STMT_Q)
    p = STMT_Q.pop()
    g = p["guardian"] or p
    L = Line("statements-svc-json")
    obj = O(("ts", iso_off(d)), ("level", "INFO"), ("logger", "statements.render"), ("msg", "statement queued"),
            ("guarantor", T((g["last"], "name"), ", ", (g["first"], "name"))), ("acct", g["acct"], "account"),
            ("mail_to", O(("street", street_full(g), "address"), ("city", g["city"], "address"), ("state", "IL"), ("zip", g["zip"], "zip"))),
            ("balance", round(R.uniform(20, 900), 2)), ("aging", R.choice(["0-30", "31-60", "61-90"])),
            ("delivery", R.choice(["mail", "email", "mail"])), ("batch", "STM-%s-%03d" % (TODAY.strftime("%Y%m"), R.randint(1, 40))))
    ser(L, obj, st=STYLE_JSON_ASCII_SP)
    return [L]


def statement_ascii_nophi():
    d = tick()
    L = Line("statements-svc-json")
    obj = O(("ts", iso_off(d)), ("level", "INFO"), ("logger", "statements.batch"), ("msg", "batch closed"),
            ("batch", "STM-%s-%03d" % (TODAY.strftime("%Y%m"), R.randint(1, 40))), ("count", R.randint(40, 600)),
            ("vendor", "print-mail-vendor"), ("remit_to", "Lakeshore Dental Partners, 2417 N Clark St, Chicago, IL 60614"),
            ("pdf_bytes", R.randint(10 ** 6, 10 ** 8)))
    ser(L, obj, st=STYLE_JSON_ASCII_SP)
    return [L]


def financing_phi():
    d = tick()
    p = R.choice([x for x in ADULTS if x["kind"] == "adult"])
    L = Line("financing-api-json")
    dec = R.choice(["APPROVED", "APPROVED", "PENDING_REVIEW", "DECLINED"])
    obj = O(("timestamp", iso_z(d)), ("service", "pt-financing"), ("op", "application.submit"), ("merchantId", "LDP-%s-0042" % p["practice"]),
            ("applicant", O(("firstName", p["first"], "name"), ("lastName", p["last"], "name"), ("ssn", p["ssn"].replace("-", "") if R.random() < 0.5 else p["ssn"], "ssn"),
                            ("dateOfBirth", p["dob"].strftime("%m/%d/%Y"), "date"), ("annualIncome", R.choice([42000, 58000, 76500, 120000])),
                            ("mobile", ph_fmt(p["cell"], "paren"), "phone"))),
            ("treatmentEstimate", R.choice([3850.0, 5600.0, 1240.0])), ("decision", dec),
            ("creditLine", R.choice([5000, 7500]) if dec == "APPROVED" else None), ("latencyMs", R.randint(400, 3000)))
    ser(L, obj, st=STYLE_JSON)
    return [L]


# ---- special IDs ----
def intl_id_phi():
    d = tick()
    L = Line("opendental-securitylog")
    if R.random() < 0.5:
        p = MATEUS
        L.t(us_ts(d) + "\t" + R.choice(STAFF_USERS) + "\tPatientEdit\t")
        L.seq((str(p["patnum"]), "mrn"), " - ", (p["last"], "name"), ", ", (p["first"], "name"),
              "\tPatient note added: 'Visiting from Brazil thru Aug, CPF ", (p["cpf"], "other_id"),
              ", self-pay, e-mail ", (p["email"], "email"), "'\tLP-FRONT01")
    else:
        p = TOMASZ
        L = Line("dentrix-audit-txt")
        L.t("%s  %-10s  PATIENT INFO CHANGE  " % (d.strftime("%m/%d/%y %H:%M"), R.choice(["HZHOU", "FRONT-EV", "ISOLBERG"])))
        L.seq("Pat: ", (p["last"], "name"), ", ", (p["first"], "name"), " [", (p["chart"], "mrn"),
              "]  Field 'Other ID' changed from '' to 'PESEL ", (p["pesel"], "other_id"), "'")
    return [L]


DTX_USERS = ["HZHOU", "FRONT-EV", "ISOLBERG", "EVHYG1", "BILLING"]


def dtx_audit_phi():
    d = tick()
    p = pick([x for x in PATIENTS if x["practice"] in ("EV",)] + [TOMASZ])
    L = Line("dentrix-audit-txt")
    r = R.randrange(4)
    L.t("%s  %-10s  " % (d.strftime("%m/%d/%y %H:%M"), R.choice(DTX_USERS)))
    if r == 0:
        a = appt_dt()
        L.seq("APPOINTMENT ADDED    Pat: ", (p["last"], "name"), ", ", (p["first"], "name"), " [", (p["chart"], "mrn"),
              "]  Appt: ", (a.strftime("%m/%d/%y"), "date"), " " + a.strftime("%I:%M%p").lower() + "  Op: EV-HYG%d  Len: 60 min" % R.randint(1, 3))
    elif r == 1:
        L.seq("PATIENT INFO CHANGE  Pat: ", (p["last"], "name"), ", ", (p["first"], "name"), " [", (p["chart"], "mrn"),
              "]  Field 'E-Mail' changed from '' to '", (p["email"], "email"), "'")
    elif r == 2:
        L.seq("LEDGER PAYMENT       Pat: ", (p["last"], "name"), ", ", (p["first"], "name"), " [", (p["chart"], "mrn"),
              "]  Amt: $%.2f  Type: Visa  Ref: ***%s" % (R.choice([45, 85, 120, 310.5]), p["card"][-4:]))
    else:
        L.seq("CHART OPENED         Pat: ", (p["last"], "name"), ", ", (p["first"], "name"), " [", (p["chart"], "mrn"),
              "]  Birthdate: ", (p["dob"].strftime("%m/%d/%Y"), "date"))
    return [L]


def dtx_audit_nophi():
    d = tick()
    L = Line("dentrix-audit-txt")
    u = R.choice(DTX_USERS)
    r = R.randrange(3)
    L.t("%s  %-10s  " % (d.strftime("%m/%d/%y %H:%M"), u))
    if r == 0:
        L.t("USER LOGON           Workstation: EV-FRONT0%d  Version: G7.5.2.22" % R.randint(1, 3))
    elif r == 1:
        L.t("REPORT PRINTED       Day Sheet (Charges & Receipts) %s - %s  Prov: ALL" % (
            (TODAY - dt.timedelta(days=1)).strftime("%m/%d/%y"), (TODAY - dt.timedelta(days=1)).strftime("%m/%d/%y")))
    else:
        L.t("FEE SCHEDULE CHANGE  Sched #%d 'Cigna PPO'  D0120 $%d.00 -> $%d.00" % (R.randint(2, 9), R.randint(48, 55), R.randint(56, 62)))
    return [L]


# ---- infra (no PHI) ----
def infra_nophi():
    d = tick()
    L = Line("infra")
    r = R.randrange(12)
    if r == 0:
        L.t("%s od-db01 CRON[%d]: (root) CMD (/opt/scripts/od_backup.sh --full --retain 14)" % (syslog_ts(d), R.randint(10000, 30000)))
    elif r == 1:
        L.t("%s od-db01 mysqld[1102]: %s 0 [Warning] [MY-010055] [Server] IP address '10.20.1.%d' could not be resolved: Name or service not known" % (
            syslog_ts(d), iso_z(d).replace("Z", "447Z"), R.randint(10, 200)))
    elif r == 2:
        L.t("%s backup01 veeam[%d]: Job 'PMS-Servers-Nightly' finished: Success, %d VMs, %.1f GB read, %.1f GB transferred, duration 00:%02d:%02d" % (
            syslog_ts(d), R.randint(3000, 9000), R.randint(3, 6), R.uniform(100, 300), R.uniform(5, 20), R.randint(20, 59), R.randint(0, 59)))
    elif r == 3:
        L.t("%s EV-DTX01 Microsoft-Windows-Security-Auditing 4624 Information An account was successfully logged on. Subject: Security ID: S-1-5-18 Account Name: EV-DTX01$ Logon Type: 10 New Logon: Account Name: %s Source Network Address: 10.30.1.%d" % (
            iso_off(d), R.choice(["hzhou", "front-ev", "isolberg", "itadmin"]), R.randint(10, 99)))
    elif r == 4:
        L.t("%s web01 certbot[%d]: Certificate for portal.%s renewed, expires %s" % (
            syslog_ts(d), R.randint(1000, 9999), DOMAIN, (TODAY + dt.timedelta(days=90)).isoformat()))
    elif r == 5:
        L.t("%s app01 systemd[1]: Started Lakeshore reminders worker (reminders-worker@%d.service)." % (syslog_ts(d), R.randint(1, 4)))
    elif r == 6:
        L.t("%s od-db01 chronyd[712]: Selected source 10.20.0.1 (ntp1.int.lakeshore.lan)" % syslog_ts(d))
    elif r == 7:
        L.t("I%s %s       1 event.go:307] \"Event occurred\" object=\"portal/portal-api-6c9f7d9b8-%s\" kind=\"Pod\" apiVersion=\"v1\" type=\"Normal\" reason=\"Pulled\" message=\"Container image \\\"registry.lakeshore.lan/portal-api:2.14.%d\\\" already present on machine\"" % (
            d.strftime("%m%d"), d.strftime("%H:%M:%S.") + "%06d" % R.randint(0, 999999), alnum(5, string.ascii_lowercase + string.digits), R.randint(0, 9)))
    elif r == 8:
        L.t("date=%s time=%s devname=\"LP-FW01\" devid=\"FGT60F%s\" logid=\"0000000013\" type=\"traffic\" subtype=\"forward\" level=\"notice\" srcip=10.20.5.%d srcport=%d dstip=10.20.3.40 dstport=11112 proto=6 action=\"accept\" policyid=%d service=\"DICOM\" duration=%d sentbyte=%d rcvdbyte=%d" % (
            d.strftime("%Y-%m-%d"), d.strftime("%H:%M:%S"), alnum(10, string.ascii_uppercase + string.digits), R.randint(10, 90), R.randint(40000, 65000),
            R.randint(3, 30), R.randint(1, 200), R.randint(1000, 9000000), R.randint(500, 90000)))
    elif r == 9:
        L.t("%s ev-dtx01 DXServer: Dentrix G7.5 Update 2 (build 7.5.2.22) service heartbeat, %d active connections, DB size %.1f GB" % (
            syslog_ts(d), R.randint(4, 22), R.uniform(18, 40)))
    elif r == 10:
        L.t("%s nas01 smbd[%d]: [%s] ../../source3/smbd/service.c:1125(make_connection_snum) od-db01 (ipv4:10.20.1.5:%d) connect to service od_backups initially as user svc_odbackup (uid=1031, gid=100) (pid %d)" % (
            syslog_ts(d), R.randint(10000, 30000), d.strftime("%Y/%m/%d %H:%M:%S.") + "%06d" % R.randint(0, 999999), R.randint(40000, 60000), R.randint(10000, 30000)))
    else:
        L.t("%s app01 python3[%d]: reminders-worker: processed %d jobs in %.2fs (ok=%d retry=%d dead=0), build 2024.05.02-%s" % (
            syslog_ts(d), R.randint(1000, 9000), R.randint(10, 200), R.uniform(1, 60), R.randint(10, 190), R.randint(0, 5), hexs(7)))
    return [L]


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------
PHI_SINGLES = [(od_sec_phi, 8), (od_econ_phi, 5), (es_phi, 6), (img_phi, 5), (claim_json_phi, 5), (elig_phi, 5),
               (sms_phi, 8), (mail_phi, 6), (nginx_phi, 6), (portal_app_phi, 6), (term_phi, 5), (ach_phi, 2),
               (kiosk_phi, 5), (erx_phi, 3), (fax_phi, 2), (lab_phi, 9), (rm_photo_phi, 3), (collections_phi, 3),
               (x12_837_oneline_phi, 2), (intl_id_phi, 1), (curbside_phi, 2), (dtx_audit_phi, 4), (recall_py_phi, 3), (statement_ascii_phi, 3), (financing_phi, 1)]
NOPHI_SINGLES = [(od_sec_nophi, 6), (od_econ_nophi, 5), (es_nophi, 5), (img_nophi, 6), (claim_json_nophi, 3),
                 (elig_nophi, 2), (sms_nophi, 5), (mail_nophi, 6), (nginx_nophi, 6), (portal_app_nophi, 5),
                 (term_nophi, 8), (kiosk_nophi, 2), (erx_nophi, 2), (fax_nophi, 2), (lab_nophi, 6),
                 (dentrix_prod_nophi, 3), (infra_nophi, 12), (dtx_audit_nophi, 3), (recall_py_nophi, 2), (statement_ascii_nophi, 2)]
EPISODES = [(x12_837_episode, 2), (x12_835_episode, 2), (dicom_episode, 3), (dentrix_export_episode, 2), (rails_episode, 5)]


def wpick(lst):
    return R.choices([f for f, _ in lst], weights=[w for _, w in lst])[0]


FORCED = ([(kiosk_phi, 0)] * 3 + [(kiosk_phi, 1)] * 2 + [(lab_phi, 4)] * 2 + [(lab_phi, 5)] * 2 +
          [(od_sec_phi, "Implant")] * 2 + [(fax_phi, None)] * 2 + [(rm_photo_phi, None)] + [(es_phi, 1)] * 2 +
          [(lab_phi, 2)] + [(nginx_phi, 1)] + [(term_phi, 1)] + [(intl_id_phi, None)] + [(financing_phi, None)] * 2 + [(intl_id_phi, None)] + [(elig_phi, True)] * 2)


def build():
    forced = list(FORCED)
    R.shuffle(forced)
    out = []
    ep_done = {}
    while len(out) < N_LINES:
        rem = N_LINES - len(out)
        if rem > 60 and R.random() < 0.12:
            f = wpick(EPISODES)
            if ep_done.get(f, 0) >= {x12_837_episode: 1, x12_835_episode: 1, dicom_episode: 2, dentrix_export_episode: 2, rails_episode: 5}[f]:
                continue
            lines = f()
            if len(out) + len(lines) <= N_LINES - 20:
                out += lines
                ep_done[f] = ep_done.get(f, 0) + 1
            continue
        nophi = sum(1 for l in out if not l.spans)
        share = nophi / len(out) if out else 0.55
        p_phi = 0.25 if share < 0.55 else 0.7
        if R.random() < p_phi:
            if forced and R.random() < 0.3:
                f, arg = forced.pop()
                out += f() if arg is None else f(arg)
                continue
            f = wpick(PHI_SINGLES)
        else:
            f = wpick(NOPHI_SINGLES)
        out += f()
    return out[:N_LINES]


def main():
    lines = build()
    assert len(lines) == N_LINES
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as flog, open(lab_path, "w", encoding="utf-8", newline="\n") as flab:
        for i, L in enumerate(lines, 1):
            b = bytes(L.buf)
            assert b"\n" not in b and b"\r" not in b, (i, b[:80])
            assert len(b) <= 4000, (i, len(b))
            b.decode("utf-8")
            prev = 0
            spans = []
            for s, e, cat, val in sorted(L.spans):
                assert s >= prev, ("overlap", i)
                assert b[s:e] == val, ("mismatch", i, s, e)
                assert e > s
                prev = e
                spans.append({"s": s, "e": e, "cat": cat})
            flog.write(b + b"\n")
            flab.write(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
