#!/usr/bin/env python3
"""Deterministic generator for the 'db' held-out PHI test corpus.

Theme: a sleep medicine network (in-lab PSG acquisition + EDF exports, home sleep
apnea test logistics, remote scoring, CPAP modem telemetry, DME resupply, payer
compliance reports, HL7 interfaces, patient app, DOT driver OSA program).

Writes db.log and db.labels.jsonl next to this file. Standard library only.
All people, identifiers and addresses are synthetic.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
from xml.sax.saxutils import escape as xesc

random.seed(1820240312)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "db"
N_LINES = 500
N_PHI = 225  # -> 55% of lines without PHI
UTC = dt.timezone.utc
REF = dt.date(2024, 3, 12)


# --------------------------------------------------------------------------
# line builder: concatenation with byte offsets
# --------------------------------------------------------------------------
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, x):
        self.buf.append(x)
        self.n += len(x.encode("utf-8"))
        return self

    def p(self, x, cat):
        if cat is None or x == "":
            return self.t(x)
        b = len(x.encode("utf-8"))
        self.spans.append({"s": self.n, "e": self.n + b, "cat": cat, "_v": x})
        self.buf.append(x)
        self.n += b
        return self

    def finish(self):
        text = "".join(self.buf)
        raw = text.encode("utf-8")
        assert len(raw) == self.n
        assert "\n" not in text and "\r" not in text
        assert len(raw) <= 4000, (self.fam, len(raw))
        out = []
        last = 0
        for sp in sorted(self.spans, key=lambda d: d["s"]):
            assert raw[sp["s"]:sp["e"]] == sp["_v"].encode("utf-8"), (self.fam, sp)
            assert sp["s"] >= last, ("overlap", self.fam, text)
            last = sp["e"]
            out.append({"s": sp["s"], "e": sp["e"], "cat": sp["cat"]})
        return text, out


class P:
    """A value carrying a PHI category (cat may be None)."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class Seg(list):
    """A string assembled from (text, cat) pieces."""


def jval(L, v, ea, sep):
    if isinstance(v, P):
        if isinstance(v.v, str):
            L.t('"')
            L.p(json.dumps(v.v, ensure_ascii=ea)[1:-1], v.cat)
            L.t('"')
        else:
            L.p(json.dumps(v.v), v.cat)
    elif isinstance(v, Seg):
        L.t('"')
        for text, cat in v:
            L.p(json.dumps(text, ensure_ascii=ea)[1:-1], cat)
        L.t('"')
    elif isinstance(v, dict):
        jobj(L, v, ea, sep)
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(sep[0])
            jval(L, x, ea, sep)
        L.t("]")
    else:
        L.t(json.dumps(v, ensure_ascii=ea))


def jobj(L, d, ea=False, sep=(",", ":")):
    L.t("{")
    for i, (k, v) in enumerate(d.items()):
        if i:
            L.t(sep[0])
        L.t(json.dumps(k, ensure_ascii=ea))
        L.t(sep[1])
        jval(L, v, ea, sep)
    L.t("}")


def xtext(L, s, cat=None):
    L.p(xesc(s), cat)


def xattr(L, s, cat=None):
    L.p(xesc(s, {'"': "&quot;", "'": "&apos;"}), cat)


def fields(L, seg, flds):
    """HL7 segment: flds[0] is field 1. Each field is str or list of (text,cat)."""
    L.t(seg)
    for f in flds:
        L.t("|")
        if isinstance(f, str):
            L.t(f)
        else:
            for text, cat in f:
                L.p(text, cat)


# --------------------------------------------------------------------------
# identifier helpers
# --------------------------------------------------------------------------
def R(a, b):
    return random.randint(a, b)


def digits(n):
    return "".join(str(R(0, 9)) for _ in range(n))


def rbytes(n):
    return bytes(random.getrandbits(8) for _ in range(n))


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
    return luhn_check(num[:-1]) == num[-1]


def fold(s):
    for a, b in (("Ł", "L"), ("ł", "l"), ("ı", "i"), ("İ", "I"), ("ø", "o"), ("Ø", "O"), ("ß", "ss")):
        s = s.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    return (str(R(1, 9)) + random.choice(MBI_A) + random.choice(MBI_AN) + str(R(0, 9)) +
            random.choice(MBI_A) + random.choice(MBI_AN) + str(R(0, 9)) + random.choice(MBI_A) +
            random.choice(MBI_A) + str(R(0, 9)) + str(R(0, 9)))


def ssn():
    while True:
        a = R(101, 665)
        if a not in (219, 666):
            break
    return f"{a:03d}-{R(1, 99):02d}-{R(1, 9999):04d}"


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
         "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(wmi):
    body = wmi + "".join(random.choice(VIN_CH) for _ in range(5)) + "0" + random.choice("LMNP") + \
        random.choice("JNDS") + digits(6)
    s = sum(VIN_T[c] * w for c, w in zip(body, VIN_W)) % 11
    cd = "X" if s == 10 else str(s)
    v = body[:8] + cd + body[9:]
    assert sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11 == (10 if cd == "X" else int(cd))
    return v


def imei():
    p = random.choice(["35693803", "35420110", "86413504", "35299811"]) + digits(6)
    return p + luhn_check(p)


def iccid():
    p = "890141" + digits(12)
    return p + luhn_check(p)


def card():
    p = "4" + digits(14)
    return p + luhn_check(p)


def npi():
    base = "1" + digits(8)
    return base + luhn_check("80840" + base)


def aba():
    while True:
        d = [R(0, 9) for _ in range(8)]
        d[0] = random.choice([0, 2, 0, 1])
        for c in range(10):
            dd = d + [c]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5] + dd[8])) % 10 == 0:
                return "".join(map(str, dd))


def pesel(dob, male):
    yy = dob.year % 100
    mm = dob.month + (20 if dob.year >= 2000 else 0)
    base = f"{yy:02d}{mm:02d}{dob.day:02d}" + digits(3) + str(random.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8]))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(c) * x for c, x in zip(base, w))
    return base + str((10 - s % 10) % 10)


def public_ip():
    first = random.choice([24, 50, 67, 68, 71, 73, 75, 76, 98, 99, 107, 108, 162, 173, 174])
    return f"{first}.{R(1, 254)}.{R(0, 254)}.{R(1, 254)}"


def mac():
    b = [random.choice([0x3C, 0xA4, 0xF0, 0x98, 0xDC, 0x60])] + [R(0, 255) for _ in range(5)]
    return ":".join(f"{x:02X}" for x in b)


def age_on(dob, ref=REF):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def edfdate(d):
    return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"


def us(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def epoch(ts):
    return ts.replace(tzinfo=UTC).timestamp()


# --------------------------------------------------------------------------
# synthetic people
# --------------------------------------------------------------------------
PEOPLE = [
    ("Łukasz", "Wójcik", "M", "1968-04-12", "1420 W Belmont Ave Apt 3", "Chicago", "IL", "60657", "773", "BCBSIL", ("Agnieszka", "Wójcik", "SPO", "Spouse")),
    ("Thi Hoa", "Nguyễn", "F", "1979-09-03", "4821 N Kenmore Ave", "Chicago", "IL", "60640", "773", "AETNA", ("Van Minh", "Tran", "SPO", "Spouse")),
    ("Chukwuemeka", "Okonkwo", "M", "1985-01-27", "2207 Ridge Ave", "Evanston", "IL", "60201", "847", "UHC", ("Adaeze", "Okonkwo", "SIS", "Sister")),
    ("María José", "Muñoz Ortega", "F", "1957-06-30", "1915 S Laflin St", "Chicago", "IL", "60608", "312", "MEDICARE", ("Rodrigo", "Muñoz", "CHD", "Son")),
    ("Rajesh", "Venkataraman", "M", "1972-11-15", "1188 Lakeview Ct", "Naperville", "IL", "60540", "630", "UHC", ("Lakshmi", "Venkataraman", "SPO", "Wife")),
    ("Aisha", "Al-Masri", "F", "1990-02-08", "9320 S Roberts Rd", "Hickory Hills", "IL", "60457", "708", "BCBSIL", ("Yusuf", "Al-Masri", "FTH", "Father")),
    ("Siobhán", "O'Donnell", "F", "1963-03-21", "736 N Euclid Ave", "Oak Park", "IL", "60302", "708", "AETNA", ("Ciarán", "O'Donnell", "SPO", "Husband")),
    ("Haruto", "Takahashi", "M", "1981-07-19", "2405 W Algonquin Rd", "Schaumburg", "IL", "60193", "847", "CIGNA", ("Emi", "Takahashi", "SPO", "Spouse")),
    ("Ji-woo", "Park", "F", "1994-12-02", "611 Davis St Unit 1204", "Evanston", "IL", "60201", "847", "CIGNA", ("Min-jun", "Park", "BRO", "Brother")),
    ("Aino", "Korhonen", "F", "1950-05-14", "318 E Chicago St", "Elgin", "IL", "60120", "847", "MEDICARE", ("Mikko", "Korhonen", "CHD", "Son")),
    ("Dimitrios", "Papadopoulos", "M", "1966-08-25", "5740 W Cermak Rd", "Cicero", "IL", "60804", "708", "BCBSIL", ("Eleni", "Papadopoulou", "SPO", "Wife")),
    ("Jean-Baptiste", "Pierre-Louis", "M", "1977-10-11", "8123 S Essex Ave", "Chicago", "IL", "60617", "773", "MEDICAID", ("Marie-Claire", "Pierre-Louis", "SPO", "Wife")),
    ("Gwendolyn", "Fairbanks", "F", "1930-01-17", "45 Glenview Rd", "Winnetka", "IL", "60093", "847", "MEDICARE", ("Harriet", "Fairbanks-Loomis", "CHD", "Daughter")),
    ("Tomás", "Herrera", "M", "1983-04-04", "1702 Plainfield Rd", "Joliet", "IL", "60435", "815", "UHC", ("Guadalupe", "Herrera", "SPO", "Wife")),
    ("Olumide", "Adeyemi", "M", "1975-12-29", "3340 W 63rd St", "Chicago", "IL", "60629", "773", "AETNA", ("Funmilayo", "Adeyemi", "SPO", "Wife")),
    ("Ingrid", "Lindqvist", "F", "1948-09-09", "1207 Sheridan Rd", "Wilmette", "IL", "60091", "847", "MEDICARE", ("Sven", "Lindqvist", "SPO", "Husband")),
    ("Mehmet", "Yılmaz", "M", "1970-06-06", "2916 Grand Blvd", "Hammond", "IN", "46324", "219", "ANTHEM", ("Ayşe", "Yılmaz", "SPO", "Wife")),
    ("Priyanka", "Deshmukh", "F", "1988-03-13", "1450 Westbrook Dr", "Aurora", "IL", "60505", "630", "BCBSIL", ("Anil", "Deshmukh", "FTH", "Father")),
    ("Kwame", "Asante", "M", "1979-02-22", "4512 Broadway", "Gary", "IN", "46409", "219", "ANTHEM", ("Akosua", "Asante", "SPO", "Wife")),
    ("Leilani", "Kahananui", "F", "1991-08-08", "2233 N Milwaukee Ave", "Chicago", "IL", "60647", "773", "CIGNA", ("Kainoa", "Kahananui", "BRO", "Brother")),
    ("Bogdan", "Petrenko", "M", "1969-11-30", "715 N Main St", "Rockford", "IL", "61103", "815", "UHC", ("Oksana", "Petrenko", "SPO", "Wife")),
    ("Fatima Zahra", "Benali", "F", "1982-05-05", "1834 W Greenleaf Ave", "Chicago", "IL", "60626", "773", "MEDICAID", ("Karim", "Benali", "SPO", "Husband")),
    ("Walter", "Kowalczyk", "M", "1932-10-02", "2120 S 60th St", "West Allis", "WI", "53219", "414", "MEDICARE", ("Dorota", "Kowalczyk-Reyes", "CHD", "Daughter")),
    ("Esperanza", "Villalobos", "F", "1961-01-25", "2906 W 25th Pl", "Chicago", "IL", "60623", "773", "AETNA", ("Joaquín", "Villalobos", "CHD", "Son")),
    ("Darnell", "Whitaker", "M", "1974-07-07", "1029 Ridge Rd", "Munster", "IN", "46321", "219", "ANTHEM", ("Tanya", "Whitaker", "SPO", "Wife")),
    ("Hamid", "Rahimi", "M", "1965-04-18", "6301 22nd Ave", "Kenosha", "WI", "53143", "262", "UHC", ("Parisa", "Rahimi", "SPO", "Wife")),
    ("Nnenna", "Eze", "F", "1986-10-27", "402 Waukegan Rd", "Glenview", "IL", "60025", "847", "BCBSIL", ("Obinna", "Eze", "SPO", "Husband")),
    ("Yuki", "Morimoto", "F", "1959-03-03", "1100 S Michigan Ave Apt 2107", "Chicago", "IL", "60605", "312", "MEDICARE", ("Kenji", "Morimoto", "SPO", "Husband")),
]
DRIVER_NAMES = {"Herrera", "Asante", "Petrenko", "Whitaker", "Rahimi"}
MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "hotmail.com"]
PAYER_NAME = {"BCBSIL": "Blue Cross Blue Shield of Illinois", "AETNA": "Aetna", "UHC": "UnitedHealthcare",
              "CIGNA": "Cigna", "ANTHEM": "Anthem BCBS Indiana", "MEDICAID": "IL Medicaid (HFS)",
              "MEDICARE": "Medicare Part B"}
CARRIERS = [("Great Lakes Freight LLC", "2281934"), ("Calumet Bulk Transport Inc", "1049327"),
            ("Prairie State Haulers", "3110552")]


def member_id(payer):
    if payer == "BCBSIL":
        return random.choice(["XOF", "XOD", "ZGP"]) + digits(9)
    if payer == "AETNA":
        return "W" + digits(9)
    if payer == "UHC":
        return digits(9)
    if payer == "CIGNA":
        return "U" + digits(8) + "01"
    if payer == "ANTHEM":
        return random.choice(["YRK", "JQB"]) + str(R(1, 9)) + random.choice("ABCDEFGHJK") + digits(7)
    if payer == "MEDICAID":
        return digits(9)
    return mbi()


PATS = []
for i, (fn, ln, sx, dob, st, city, state, zp, ac, payer, ec) in enumerate(PEOPLE):
    d = dt.date.fromisoformat(dob)
    ff, lf = fold(fn).lower().replace(" ", "").replace("-", ""), fold(ln).lower().replace(" ", "").replace("'", "").replace("-", "")
    p = {
        "first": fn, "last": ln, "sex": sx, "dob": d, "street": st, "city": city, "state": state, "zip": zp,
        "phone": f"({ac}) 555-01{R(0, 99):02d}", "ac": ac, "payer": payer,
        "mrn": "00" + digits(6),
        "acct": "7" + digits(9),
        "member": member_id(payer),
        "group": None if payer in ("MEDICARE", "MEDICAID") else random.choice(["G", "GRP", ""]) + digits(6),
        "ssn": ssn(),
        "email": random.choice([f"{ff}.{lf}", f"{ff[0]}{lf}{d.year % 100:02d}", f"{lf}.{ff}{R(1, 99)}"]) + "@" + random.choice(MAIL),
        "user": random.choice([f"{ff[0]}{lf}{d.year % 100:02d}", f"{ff}_{lf[:4]}", f"{lf}{ff[:2]}{R(10, 99)}"]),
        "ip": public_ip(),
        "cpap_sn": random.choice(["2318", "2321", "2402", "2247"]) + digits(7),
        "imei": imei(), "iccid": iccid(),
        "hsat_sn": "NT3-" + digits(7), "kit": f"KIT-{R(100000, 999999)}{random.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}",
        "bt": mac(), "card": card(),
        "bank": digits(R(9, 12)), "routing": aba(),
        "ec": {"first": ec[0], "last": ec[1], "code": ec[2], "rel": ec[3], "phone": f"({ac}) 555-01{R(0, 99):02d}"},
        "fax": f"({ac}) 555-01{R(0, 99):02d}",
        "study": f"PSG-24-{R(30000, 31299):06d}", "hst": f"HST-24-{R(800, 1999):05d}",
        "study_date": dt.date(2024, 3, R(1, 11)),
        "setup": dt.date(2023, R(10, 12), R(1, 28)) if i % 3 else dt.date(2024, 1, R(2, 20)),
        "bed": f"LAB{R(1, 3)}-B0{R(1, 6)}",
        "appt": dt.datetime(2024, 3, R(13, 29), random.choice([20, 21]), random.choice([0, 15, 30, 45])),
        "ff": ff, "lf": lf,
    }
    p["age"] = age_on(d)
    p["car_plate"] = {"IL": random.choice([f"{random.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{random.choice('ABCDEFGHJKLMNPRSTUVWXYZ')} {R(10000, 99999)}",
                                           f"{R(100, 999)} {R(1000, 9999)}"]),
                      "IN": f"{R(100, 999)}{random.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{random.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{random.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}",
                      "WI": f"{random.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{random.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{random.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}-{R(1000, 9999)}"}[state]
    p["car"] = random.choice(["2017 Honda CR-V", "2019 Toyota Camry", "2015 Ford F-150", "2021 Hyundai Tucson", "2012 Buick LaCrosse",
                              "2020 Nissan Rogue", "2018 Subaru Outback", "2016 Chevrolet Malibu"])
    if ln == "Wójcik":
        p["nat_id"] = ("PESEL", pesel(d, True))
    if ln in DRIVER_NAMES:
        if state == "IL":
            p["cdl"] = f"{fold(ln)[0]}{digits(3)}-{digits(4)}-{digits(4)}"
        elif state == "IN":
            p["cdl"] = f"{digits(4)}-{digits(2)}-{digits(4)}"
        else:
            p["cdl"] = f"{fold(ln)[0]}{digits(3)}-{digits(4)}-{digits(4)}-{digits(2)}"
        p["vin"] = vin(random.choice(["1XK", "1FU", "4V4", "3AK", "1XP"]))
        p["plate"] = {"IL": f"P {R(100000, 999999)}", "IN": f"TK{R(10000, 99999)}", "WI": f"RT {R(1000, 9999)}{random.choice('ABCDEFGH')}"}[state]
        p["carrier"] = random.choice(CARRIERS)
        p["mec_exp"] = dt.date(2024, R(4, 12), R(1, 28))
        p["unit"] = str(R(100, 980))
    PATS.append(p)
DRIVERS = [p for p in PATS if "cdl" in p]
OLD = [p for p in PATS if p["age"] > 89]
MEDICARE = [p for p in PATS if p["payer"] == "MEDICARE"]

TECHS = [("mfeld", "Marcus Feld", "RPSGT"), ("rpatel", "Ritu Patel", "RPSGT"), ("jmorales", "Javier Morales", "CPSGT"),
         ("kbaptiste", "Kerline Baptiste", "RPSGT"), ("tolsen", "Tove Olsen", "RST"), ("aokafor", "Adaora Okafor", "RPSGT")]
DOCS = [("Amara", "Nwosu", npi()), ("Stefan", "Brandt", npi()), ("Wei", "Chen", npi()), ("Laura", "Castellanos", npi())]
AGENTS = ["Brianna K.", "Luis M.", "Destiny R.", "Omar S."]
for _n in [p["card"] for p in PATS] + [p["imei"] for p in PATS] + [p["iccid"] for p in PATS]:
    assert luhn_ok(_n)


def pick():
    return random.choice(PATS)


def tech():
    return random.choice(TECHS)


def doc():
    return random.choice(DOCS)


def sid():
    return "".join(random.choice("0123456789abcdef") for _ in range(8))


def uuid4():
    h = "".join(random.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{random.choice('89ab')}{h[17:20]}-{h[20:]}"


def tracking():
    return random.choice(["1Z" + random.choice(["A4E76", "9W21X", "V8813"]) + "03" + digits(10),
                          digits(12), "7489" + digits(8)])


def order_no(prefix):
    return f"{prefix}-{R(240301, 240312)}-{R(1000, 9999)}"


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
def g_psg(ts, phi):
    L = Line("psg_acq_log")
    ms = R(0, 999)

    def pre(lvl, comp):
        L.t(f"{ts:%Y-%m-%d %H:%M:%S}.{ms:03d} [{lvl:<5}] [{comp}] ")
    if phi:
        p = pick()
        v = random.choice([1, 1, 2, 2, 3, 4, 5, 6, 7])
        if v == 7:
            pre("INFO", "FrontDesk")
            L.t(f"Overnight parking pass issued bed={p['bed']} guest=").p(f"{fold(p['last']).upper()}, {fold(p['first']).upper()}", "name")
            L.t(" plate=\"").p(p["car_plate"], "vehicle").t(f"\" vehicle=\"{p['car']}\" garage=P2 validated_by=frontdesk02")
        elif v == 1:
            pre("INFO", "AcqSession")
            L.t(f"Study opened: StudyID={p['study']} Bed={p['bed']} Patient=\"")
            L.p(f"{p['last']}, {p['first']}", "name")
            L.t("\" MRN=").p(p["mrn"], "mrn").t(" DOB=").p(p["dob"].isoformat(), "date")
            L.t(f" Sex={p['sex']} Montage=AASM_PSG_v3 Tech={tech()[0]}")
        elif v == 2:
            pre("INFO", "Export")
            L.t("Export complete: D:\\SleepData\\2024\\03\\")
            L.p(fold(p["last"]).upper().replace(" ", "_").replace("'", ""), "name").t("_")
            L.p(fold(p["first"]).upper().replace(" ", "_"), "name").t("_")
            L.p(p["study_date"].strftime("%Y%m%d"), "date")
            L.t(f"_{p['study']}.edf ({R(280, 520)}.{R(0, 9)} MB, {R(25000, 32000)} records, EDF+C)")
        elif v == 3:
            q = random.choice(OLD + [pick(), pick()])
            pre("INFO", "Questionnaire")
            L.t("Pre-study intake imported for \"").p(f"{q['last']}, {q['first']}", "name")
            L.t(f"\": ESS={R(4, 22)} STOP-BANG={R(2, 8)} Age=").p(str(q["age"]), "age" if q["age"] > 89 else None)
            L.t(f" BMI={R(22, 44)}.{R(0, 9)} Neck={R(34, 48)}cm")
        elif v == 4:
            t = tech()
            pre("INFO", "TechNotes")
            e = p["ec"]
            L.t(f"Note by {t[0]}: pt asked that {e['rel'].lower()} ").p(f"{e['first']} {e['last']}", "name")
            L.t(" be called at ").p(e["phone"], "phone").t(" if study is terminated early; lights out ")
            L.t(f"{R(21, 23)}:{R(0, 59):02d}")
        elif v == 5:
            pre("WARN", "AcqSession")
            L.t(f"Bed {p['bed']} patient ID mismatch: scheduler MRN=").p(p["mrn"], "mrn")
            L.t(" acquisition MRN=").p("00" + digits(6), "mrn").t(" (check wristband before hook-up)")
        else:
            pre("INFO", "Scheduler")
            L.t("Loaded tonight's schedule entry: ").p(f"{fold(p['first'])} {fold(p['last'])}", "name")
            L.t(" appt=").p(p["appt"].strftime("%m/%d/%Y %H:%M"), "date")
            L.t(f" type=SPLIT-NIGHT bed={p['bed']}")
        return L
    v = R(1, 12)
    if v == 1:
        ch = random.choice(["C4-M1", "F4-M1", "O2-M1", "E1-M2", "Chin1-Chin2", "LLeg1-LLeg2"])
        pre("WARN", "Amplifier")
        L.t(f"Impedance high on {ch}: {R(10, 40)}.{R(0, 9)} kOhm (limit 10.0) amp SN=EMB-A1-{R(10000, 99999)} fw=3.12.{R(0, 4)}")
    elif v == 2:
        pre("INFO", "Video")
        L.t(f"Camera IPCAM-B0{R(1, 6)} rtsp://192.168.40.{R(20, 80)}:554/stream1 connected 1280x720@15fps IR=on")
    elif v == 3:
        pre("INFO", "Recorder")
        L.t(f"Lights off marker set at {R(21, 23)}:{R(0, 59):02d}:{R(0, 59):02d} epoch=1 by {tech()[0]}")
    elif v == 4:
        pre("INFO", "Recorder")
        L.t(f"Auto-save: {R(400, 30000)} records written ({R(5, 480)}.{R(0, 9)} MB) to D:\\SleepData\\2024\\03\\PSG-24-{R(30000, 31299):06d}.tmp")
    elif v == 5:
        pre("ERROR", "Oximeter")
        L.t(f"SpO2 module dropout {R(3, 40)} s on COM{R(3, 8)} (Nonin 3150 BLE, signal restored)")
    elif v == 6:
        pre("INFO", "Calibration")
        L.t("Bio-cals complete: eyes open 30s, eyes closed 30s, look L/R x3, blink x5, grit teeth, flex feet L/R, breath hold 10s")
    elif v == 7:
        pre("INFO", "License")
        L.t(f"License check ok: seat {R(1, 8)}/8 in use, server lic01.lsn.local:27000, expires 2024-12-31")
    elif v == 8:
        pre("DEBUG", "Heartbeat")
        L.t(f"Recorder heartbeat OK uptime={R(0, 9):02d}:{R(0, 59):02d}:{R(0, 59):02d} dropped_frames=0 buffer={R(2, 30)}%")
    elif v == 9:
        pre("WARN", "Disk")
        L.t(f"Free space on D: {R(20, 90)}.{R(0, 9)} GB (threshold 50 GB); archive job sleeparch-{R(100, 999)} pending")
    elif v == 10:
        pre("INFO", "CPAP")
        L.t(f"Titration step: IPAP/EPAP {R(8, 16)}/{R(5, 10)} cmH2O at epoch {R(200, 800)} leak {R(4, 40)} L/min")
    elif v == 11:
        pre("INFO", "AcqSession")
        L.t(f"Study closed: StudyID=PSG-24-{R(30000, 31299):06d} duration={R(6, 9)}h{R(0, 59):02d}m epochs={R(700, 1100)} scored=0 state=PENDING_SCORING")
    else:
        pre("INFO", "Sync")
        L.t(f"Uploaded study package to sftp://scoring.lsn.local/inbox/ ({R(300, 600)} MB, sha256={sid()}{sid()}...) in {R(40, 300)}s")
    return L


def g_edf(ts, phi):
    L = Line("edf_header_dump")
    pre = f"{ts:%Y-%m-%d %H:%M:%S} edf_export[{R(3000, 9000)}] "
    if phi:
        p = pick()
        v = random.choice([1, 1, 1, 2, 3])
        if v == 1:
            L.t(pre + f"INFO hdr file={p['study']}.edf version=\"0       \" patient=\"")
            name = fold(p["last"]).replace(" ", "_").replace("'", "") + "_" + fold(p["first"]).replace(" ", "_")
            L.p(p["mrn"], "mrn").t(f" {p['sex']} ").p(edfdate(p["dob"]), "date").t(" ").p(name, "name")
            pad = 80 - len(f"{p['mrn']} {p['sex']} {edfdate(p['dob'])} {name}")
            L.t(" " * max(pad, 0) + "\" recording=\"Startdate ")
            L.p(edfdate(p["study_date"]), "date")
            rec = f" {p['study']} {tech()[0]} SomnoStation_7.4"
            L.t(rec + " " * (80 - len("Startdate " + edfdate(p["study_date"]) + rec)) + "\" startdate=\"")
            L.p(p["study_date"].strftime("%d.%m.%y"), "date")
            ns = R(18, 32)
            L.t(f"\" starttime=\"{R(20, 23)}.{R(0, 59):02d}.{R(0, 59):02d}\" header_bytes=\"{256 * (ns + 1):<8}\" "
                f"reserved=\"EDF+C\" n_records=\"{R(25000, 32000):<8}\" record_duration=\"1       \" n_signals=\"{ns:<4}\"")
        elif v == 2:
            L.t(pre + f"WARN validate {p['study']}.edf: local patient field not EDF+ compliant: \"")
            L.p(f"{fold(p['first'])} {fold(p['last'])}", "name").t(" ").p(us(p["dob"]), "date")
            L.t("\" (expected 'code sex dd-MMM-yyyy name'); exporting anyway")
        else:
            L.t(pre + "INFO deidentify ")
            L.t(f"{p['study']}.edf: replaced patient=\"").p(p["mrn"], "mrn").t(f" {p['sex']} ")
            L.p(edfdate(p["dob"]), "date").t(" ").p(fold(p["last"]).replace(" ", "_"), "name")
            L.t("\" -> \"X X X X\", startdate -> 01.01.85 (research export RX-2024-0" + str(R(10, 99)) + ")")
        return L
    v = R(1, 6)
    if v <= 3:
        sigs = [("EEG F4-M1", "AgAgCl electrode", "uV", "HP:0.3Hz LP:35Hz N:60Hz", 256),
                ("EEG C4-M1", "AgAgCl electrode", "uV", "HP:0.3Hz LP:35Hz N:60Hz", 256),
                ("EOG E1-M2", "AgAgCl electrode", "uV", "HP:0.3Hz LP:35Hz", 256),
                ("EMG Chin", "AgAgCl electrode", "uV", "HP:10Hz LP:100Hz", 512),
                ("ECG II", "AgAgCl electrode", "mV", "HP:0.3Hz LP:70Hz", 256),
                ("Resp Nasal Pressure", "Pressure transducer", "cmH2O", "", 32),
                ("Resp Thorax", "RIP belt", "uV", "", 32), ("SaO2", "Pulse oximeter", "%", "", 1),
                ("Leg L", "AgAgCl electrode", "uV", "HP:10Hz LP:100Hz", 256), ("Snore", "Piezo sensor", "uV", "HP:10Hz", 128)]
        k = R(0, len(sigs) - 1)
        lab, tr, dim, pf, sr = sigs[k]
        L.t(pre + f"DEBUG sig[{k}] label=\"{lab:<16}\" transducer=\"{tr:<80}\" phys_dim=\"{dim:<8}\" "
                  f"phys_min=\"-3276.8 \" phys_max=\"3276.7  \" dig_min=\"-32768  \" dig_max=\"32767   \" "
                  f"prefilter=\"{pf}\" samples=\"{sr:<8}\"")
    elif v == 4:
        L.t(pre + f"INFO hdr file=RX-2024-0{R(10, 99)}_{R(1, 400):04d}.edf version=\"0       \" patient=\"X X X X" + " " * 73 +
            "\" recording=\"Startdate X X X X" + " " * 63 + f"\" startdate=\"01.01.85\" starttime=\"00.00.00\" "
            f"reserved=\"EDF+C\" n_records=\"{R(25000, 32000):<8}\" n_signals=\"{R(18, 32):<4}\"")
    elif v == 5:
        L.t(pre + f"INFO annotations: {R(600, 1400)} TAL entries, {R(700, 1100)} epochs scored (AASM v3.0), "
                  f"{R(20, 300)} respiratory events, file size {R(280, 520)}.{R(0, 9)} MB")
    else:
        L.t(pre + f"ERROR write failed \\\\nas02.lsn.local\\edf$\\2024\\03: STATUS_DISK_FULL (retry {R(1, 3)}/3)")
    return L


def g_hsat(ts, phi):
    L = Line("hsat_fulfillment_pino")
    head = {"level": 30, "time": int(epoch(ts) * 1000) + R(0, 999), "pid": R(1000, 9000),
            "hostname": f"hsat-fulfill-{sid()[:5]}-{sid()[:5]}", "reqId": f"req-{R(1, 9999)}"}
    if phi:
        p = pick()
        v = random.choice([1, 1, 2, 3, 4, 5, 6])
        if v == 1:
            d = {**head, "msg": "shipment label created", "orderId": order_no("HSO"), "kitId": P(p["kit"], "other_id"),
                 "deviceSerial": P(p["hsat_sn"], "device"),
                 "shipTo": {"name": P(f"{p['first']} {p['last']}", "name"), "line1": P(p["street"], "address"),
                            "city": P(p["city"], "address"), "state": p["state"], "postalCode": P(p["zip"], "zip"),
                            "phone": P(p["phone"], "phone")},
                 "carrier": "UPS", "service": "2ND_DAY_AIR", "tracking": tracking(), "weightOz": R(28, 40)}
        elif v == 2:
            d = {**head, "msg": "device assigned to study", "deviceSerial": P(p["hsat_sn"], "device"),
                 "patientMrn": P(p["mrn"], "mrn"), "studyNights": random.choice([1, 2, 3]), "fw": "NT3-4.8.2",
                 "batteryPct": R(90, 100)}
        elif v == 3:
            d = {**head, "msg": "return scan received", "tracking": tracking(), "deviceSerial": P(p["hsat_sn"], "device"),
                 "kitId": P(p["kit"], "other_id"), "condition": random.choice(["OK", "OK", "FINGER_PROBE_DAMAGED"]),
                 "nightsRecorded": R(1, 3), "dataPresent": True}
        elif v == 4:
            head["level"] = 40
            d = {**head, "msg": "address validation failed", "orderId": order_no("HSO"),
                 "input": {"street": P(p["street"], "address"), "city": P(p["city"], "address"), "zip": P(p["zip"], "zip")},
                 "reason": random.choice(["ZIP_CITY_MISMATCH", "UNIT_REQUIRED", "UNDELIVERABLE"]), "provider": "smarty"}
        elif v == 5:
            d = {**head, "msg": "sms reminder queued", "to": P("+1" + "".join(c for c in p["phone"] if c.isdigit()), "phone"),
                 "template": "hsat_return_reminder_v2", "kitId": P(p["kit"], "other_id"), "sendAt": "09:00 local"}
        else:
            d = {**head, "msg": "patient portal study instructions link",
                 "url": P(f"https://hsat.lakeshoresleep.org/start/{p['lf']}-{p['ff']}-{p['dob'].year}", "url"),
                 "expiresInH": 72}
        jobj(L, d)
        return L
    v = R(1, 6)
    if v == 1:
        d = {**head, "msg": "carrier api call", "carrier": random.choice(["UPS", "FedEx"]), "endpoint": "/api/shipments/v1",
             "status": random.choice([200, 200, 201, 429]), "durationMs": R(120, 2400)}
    elif v == 2:
        d = {**head, "msg": "inventory snapshot", "warehouse": "ELK-GROVE-01", "available": R(80, 200), "inTransit": R(200, 450),
             "atPatient": R(150, 400), "cleaning": R(10, 80), "quarantine": R(0, 9)}
    elif v == 3:
        d = {**head, "msg": "pickup scheduled", "carrier": "FedEx", "confirmation": f"CPU{R(1000, 9999)}",
             "window": "14:00-17:00", "location": "RestWell Medical Supply, 880 Enterprise Dr, Elk Grove Village IL 60007",
             "contactPhone": "(847) 555-0100"}
    elif v == 4:
        d = {**head, "msg": "tracking webhook", "tracking": tracking(), "orderId": order_no("HSO"),
             "status": random.choice(["IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED", "EXCEPTION"]), "scanCity": "HODGKINS"}
    elif v == 5:
        head["level"] = 50
        d = {**head, "msg": "label printer offline", "printer": f"zebra-zt411-{R(1, 4)}", "ip": f"10.44.2.{R(10, 60)}", "queued": R(1, 30)}
    else:
        d = {**head, "msg": "request completed", "res": {"statusCode": 200}, "responseTime": R(4, 90),
             "req": {"method": "GET", "url": f"/v1/orders/{order_no('HSO')}/status"}}
    jobj(L, d)
    return L


def g_hsat_csv(ts, phi):
    L = Line("hsat_returns_csv")
    if phi:
        p = pick()
        L.p(p["hsat_sn"], "device").t(",").p(p["kit"], "other_id").t(",").p(p["mrn"], "mrn").t(",")
        L.p(p["study_date"].isoformat(), "date")
        L.t(f",{random.choice(['RETURNED', 'RETURNED', 'DATA_UPLOADED', 'LATE'])},{random.choice(['UPS', 'FedEx'])},{tracking()},"
            f"{R(8, 95)},{R(1, 3)},{random.choice(['OK', 'OK', 'PROBE_REPLACE'])}")
        return L
    if R(0, 1):
        L.t("device_serial,kit_id,patient_mrn,study_night,status,carrier,tracking_no,battery_pct,nights,qc")
    else:
        L.t(f"# export hsat_returns generated {ts:%Y-%m-%dT%H:%M:%SZ} rows={R(30, 90)} source=fulfill-db-replica-2")
    return L


def g_scoring(ts, phi):
    L = Line("scoring_pylog")
    ms = R(0, 999)

    def pre(lvl, lg):
        L.t(f"{ts:%Y-%m-%d %H:%M:%S},{ms:03d} {lvl} [{lg}] ")
    if phi:
        p = pick()
        v = random.choice([1, 1, 2, 3, 4, 5])
        if v == 1:
            t = tech()
            pre("INFO", "scoring.queue")
            L.t(f"assigned study {random.choice([p['study'], p['hst']])} (mrn=").p(p["mrn"], "mrn")
            L.t(f") to {t[0]} ({t[2]}) priority={random.choice(['routine', 'stat', 'DOT'])} sla=48h")
        elif v == 2:
            q = random.choice(OLD + [p])
            pre("INFO", "scoring.notes")
            L.t(f"scorer comment on {q['hst']}: \"")
            L.p(f"{q['first']} {q['last']}", "name").t(", ")
            L.p(str(q["age"]), "age" if q["age"] > 89 else None)
            L.t(f"yo, poor finger probe signal night 2; recommend repeat if AHI borderline\"")
        elif v == 3:
            pre("INFO", "reports.pdf")
            L.t(f"rendered /srv/reports/2024/03/")
            L.p(fold(p["last"]).replace(" ", "_").replace("'", ""), "name").t("_")
            L.p(fold(p["first"]).replace(" ", "_"), "name")
            L.t(f"_{p['hst']}.pdf pages={R(4, 9)} template=hst_v5 signer={doc()[1]}")
        elif v == 4:
            pre("WARNING", "ingest.match")
            other = p["dob"] + dt.timedelta(days=random.choice([9, -30, 365]))
            L.t("DOB mismatch EDF=").p(p["dob"].isoformat(), "date").t(" order=").p(other.isoformat(), "date")
            L.t(" for mrn ").p(p["mrn"], "mrn").t(f"; study {p['hst']} held for review")
        else:
            pre("INFO", "scoring.queue")
            L.t(f"study {p['hst']} night=").p(p["study_date"].isoformat(), "date")
            L.t(f" uploaded by device ").p(p["hsat_sn"], "device").t(f" valid_hours={R(3, 8)}.{R(0, 9)}")
        return L
    v = R(1, 8)
    if v == 1:
        pre("INFO", "autoscore")
        L.t(f"finished study=HST-24-{R(800, 1999):05d} epochs={R(700, 1100)} in {R(1, 9)}.{R(0, 9)}s model=sleepnet-2.4.1 gpu=0")
    elif v == 2:
        pre("INFO", "scoring.result")
        L.t(f"study=PSG-24-{R(30000, 31299):06d} AHI3={R(2, 60)}.{R(0, 9)} RDI={R(5, 70)}.{R(0, 9)} ODI4={R(1, 50)}.{R(0, 9)} "
            f"TST={R(250, 460)}.{R(0, 9)}min SE={R(60, 96)}.{R(0, 9)}% nadirSpO2={R(72, 92)}%")
    elif v == 3:
        d = doc()
        pre("INFO", "reports.sign")
        L.t(f"Dr. {d[0]} {d[1]} (NPI {d[2]}) signed interpretation for HST-24-{R(800, 1999):05d}")
    elif v == 4:
        pre("INFO", "scoring.queue")
        L.t(f"queue depth={R(5, 60)} oldest={R(1, 40)}h{R(0, 59):02d}m techs_online={R(2, 7)} dot_priority={R(0, 6)}")
    elif v == 5:
        t = tech()
        pre("INFO", "auth")
        L.t(f"user {t[0]} ({t[1]}, {t[2]}) logged in from 10.30.{R(0, 9)}.{R(2, 250)} via vpn-gw-2")
    elif v == 6:
        pre("WARNING", "interrater")
        L.t(f"IRR sample batch {R(100, 999)}: agreement {R(82, 97)}.{R(0, 9)}% (AASM threshold 85%) scorer={tech()[0]}")
    elif v == 7:
        pre("ERROR", "ingest.sftp")
        L.t(f"checksum mismatch for inbox/PSG-24-{R(30000, 31299):06d}.zip, re-requesting from acq-ws-{R(1, 12):02d}.lsn.local")
    else:
        pre("INFO", "notify")
        L.t(f"email sent from scoring-alerts@lakeshoresleep.org to {tech()[0]}@lakeshoresleep.org subject=\"Stat study waiting\"")
    return L


def g_cpap(ts, phi):
    L = Line("cpap_mqtt_ingest")
    L.t(f"{ts:%Y-%m-%dT%H:%M:%S}.{R(0, 999):03d}Z ")
    w = f"ingest-worker-{R(1, 8)}"
    if phi:
        p = pick()
        v = random.choice([1, 1, 1, 2, 3, 4])
        if v == 1:
            night = (ts - dt.timedelta(days=1)).date()
            L.t(f"INFO {w} topic=devices/").p(p["cpap_sn"], "device").t("/therapy qos=1 payload=")
            payload = {"sn": P(p["cpap_sn"], "device"), "fw": f"SX567-0{R(300, 499)}", "mode": random.choice(["APAP", "CPAP"]),
                       "session": {"date": P(night.isoformat(), "date"), "usageMin": R(0, 520), "ahi": round(random.uniform(0.3, 9.5), 1),
                                   "leak95": round(random.uniform(2, 40), 1), "p95": round(random.uniform(6, 15), 1),
                                   "maskOn": f"{R(21, 23)}:{R(0, 59):02d}", "maskOff": f"0{R(4, 7)}:{R(0, 59):02d}"},
                       "rssi": -R(70, 110), "seq": R(1, 9000)}
            jobj(L, payload, True, (", ", ": "))
        elif v == 2:
            L.t(f"INFO {w} device registered sn=").p(p["cpap_sn"], "device").t(" imei=").p(p["imei"], "device")
            L.t(" iccid=").p(p["iccid"], "device").t(f" model=SomnaAir11-AutoSet apn=m2m.lsn-iot.net")
        elif v == 3:
            L.t(f"WARN {w} compliance gap sn=").p(p["cpap_sn"], "device").t(" patient=").p(p["mrn"], "mrn")
            L.t(f" nights_missing={R(3, 9)} last_seen_h={R(60, 220)} action=notify_dme")
        else:
            L.t(f"INFO {w} ble pairing sn=").p(p["cpap_sn"], "device").t(" phone_mac=").p(p["bt"], "device")
            L.t(f" app=SleepWell/5.{R(0, 3)}.{R(0, 9)} user=").p(p["user"], "other_id")
        return L
    v = R(1, 6)
    if v == 1:
        L.t(f"INFO {w} batch committed partition={R(0, 15)} offset={R(8000000, 9000000)} msgs={R(100, 900)} lag=0")
    elif v == 2:
        L.t(f"INFO {w} cell stats window=1h mcc=310 mnc={random.choice(['410', '260', '030'])} rat=LTE-M "
            f"median_rsrp=-{R(90, 115)} attach_fail={R(0, 40)}")
    elif v == 3:
        L.t(f"INFO fw-campaign FW-2024-03 rollout {R(5, 60)}% ({R(1000, 9000)}/23390 devices) failures={R(0, 30)}")
    elif v == 4:
        L.t(f"INFO mqtt-broker connection accepted client={w} from 10.8.{R(0, 3)}.{R(2, 250)}:{R(30000, 60000)} tls=1.3")
    elif v == 5:
        L.t(f"ERROR {w} payload schema violation topic=devices/+/therapy field=session.usageMin value=-1 dropped=1")
    else:
        L.t(f"DEBUG {w} dedup cache size={R(10000, 90000)} hit_ratio=0.{R(80, 99)} evicted={R(0, 500)}")
    return L


def g_modem(ts, phi):
    L = Line("modem_at_trace")
    L.t(f"{ts:%Y-%m-%d %H:%M:%S}.{R(0, 999):03d} MDM ")
    if phi:
        p = pick()
        v = random.choice([1, 2, 3])
        if v == 1:
            L.t("RX: ").p(p["imei"], "device")
        elif v == 2:
            L.t("RX: +CCID: ").p(p["iccid"], "device")
        else:
            L.t("INFO upload header sn=").p(p["cpap_sn"], "device").t(f" logfile=modem_{R(1, 30):03d}.log size={R(2000, 90000)}")
        return L
    v = random.choice(["TX: AT+CSQ", "RX: +CSQ: {a},99", "TX: AT+CREG?", "RX: +CREG: 0,{b}", "TX: AT+CGSN", "RX: OK",
                       "TX: AT+CGDCONT=1,\"IP\",\"m2m.lsn-iot.net\"", "TX: AT+CCID", "RX: +CEREG: 2,5,\"1A2B\",\"0{c}\",7",
                       "WARN PDP context lost, retry {b}/5 backoff {a}s", "TX: AT+QMTPUB=0,{b},1,0,\"devices/therapy\"",
                       "RX: +QMTSTAT: 0,1", "INFO TLS session resumed to iot.somnaair-cloud.com:8883"])
    L.t(v.format(a=R(5, 31), b=R(1, 5), c=R(1000000, 9999999)))
    return L


def g_dme(ts, phi):
    L = Line("dme_resupply_logback")
    L.t(f"{ts:%Y-%m-%d %H:%M:%S}.{R(0, 999):03d} ")
    thr = f"[resupply-worker-{R(1, 6)}]"
    if phi:
        p = pick()
        v = random.choice([1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8])
        if v == 1:
            last = p["setup"] + dt.timedelta(days=90 * R(0, 1))
            if last > REF:
                last = p["setup"]
            L.t(f"INFO  {thr} c.r.dme.ResupplyService - eligible: patient=")
            L.p(f"{p['last']}, {p['first']}", "name").t(" dob=").p(us(p["dob"]), "date")
            L.t(" member=").p(p["member"], "health_plan").t(f" payer={p['payer']} items=[A7034x1, A7035x1, A7037x1, A7038x2] lastDispense=")
            L.p(us(last), "date")
        elif v == 2:
            num = "+1" + "".join(c for c in p["phone"] if c.isdigit())
            L.t(f"INFO  {thr} c.r.dme.outreach.SmsSender - SMS to ").p(num, "phone")
            L.t(f" template=RESUPPLY_ELIGIBLE_V3 status=queued sid=SM{sid()}{sid()}{sid()}{sid()}")
        elif v == 3:
            L.t(f"INFO  {thr} c.r.dme.OrderService - order {order_no('RS')} created for patient ").p(p["mrn"], "mrn")
            L.t(" ship to ").p(p["street"], "address").t(", ").p(p["city"], "address").t(f", {p['state']} ").p(p["zip"], "zip")
            L.t(f" total=${R(40, 260)}.{R(0, 99):02d}")
        elif v == 4:
            L.t(f"INFO  {thr} c.r.dme.ivr.CallHandler - IVR call completed ANI=").p("".join(c for c in p["phone"] if c.isdigit()), "phone")
            L.t(f" matched=").p(p["last"], "name").t(f" confirmed cushion=M nasal pillows=false agent={random.choice(AGENTS)}")
        elif v == 5:
            L.t(f"INFO  {thr} c.r.dme.elig.X12Client - 270/271 subscriber=").p(f"{p['last'].upper()}*{p['first'].upper()}", "name")
            L.t(" id=").p(p["member"], "health_plan")
            if p["group"]:
                L.t(f" grp={p['group']}")
            L.t(f" ssn=***-**-{p['ssn'][-4:]} -> EB*1*IND*30 active")
        elif v == 6:
            L.t(f"DEBUG {thr} c.r.dme.intake.IntakeController - payload=")
            d = {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"), "dob": P(p["dob"].isoformat(), "date"),
                 "ssn": P(p["ssn"], "ssn"), "homePhone": P(p["phone"], "phone"), "homeFax": P(p["fax"], "fax"),
                 "email": P(p["email"], "email"), "payer": p["payer"], "memberId": P(p["member"], "health_plan")}
            if "nat_id" in p:
                d["foreignId"] = {"type": p["nat_id"][0], "value": P(p["nat_id"][1], "other_id")}
            d["referringNpi"] = doc()[2]
            jobj(L, d)
        elif v == 7:
            e = p["ec"]
            L.t(f"INFO  {thr} c.r.dme.ContactService - alt contact on file for ").p(p["mrn"], "mrn").t(": ")
            L.p(f"{e['first']} {e['last']}", "name").t(f" ({e['rel'].lower()}) ").p(e["phone"], "phone")
        else:
            q = random.choice(OLD)
            L.t(f"WARN  {thr} c.r.dme.RulesEngine - manual review: patient ").p(q["mrn"], "mrn")
            L.t(" age ").p(str(q["age"]), "age").t(" > 89 and fall-risk flag; confirm delivery signature")
        return L
    v = R(1, 7)
    if v == 1:
        L.t(f"INFO  {thr} c.r.dme.ResupplyScheduler - batch done: {R(900, 1600)} eligible, {R(200, 400)} contacted, {R(40, 140)} orders")
    elif v == 2:
        L.t(f"DEBUG {thr} c.r.dme.pricing.FeeSchedule - HCPCS {random.choice(['A7030', 'A7034', 'A7035', 'A7037', 'A7038', 'E0562'])} "
            f"allowable ${R(5, 180)}.{R(0, 99):02d} (DMEPOS 2024Q1, IL rural=N)")
    elif v == 3:
        L.t(f"INFO  {thr} com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - stats (total={R(10, 20)}, active={R(1, 10)}, idle={R(1, 9)}, waiting=0)")
    elif v == 4:
        L.t(f"INFO  {thr} c.r.dme.ShipmentService - order {order_no('RS')} shipped FedEx Ground tracking {tracking()} from ELK-GROVE-01")
    elif v == 5:
        L.t(f"WARN  {thr} c.r.dme.elig.X12Client - clearinghouse timeout after {R(10, 30)}000ms host=edi.availity-gw.lsn.local retry=1")
    elif v == 6:
        L.t(f"INFO  {thr} c.r.dme.notify.Mailer - sent {R(100, 900)} emails from noreply@restwellmedical.com template=resupply_reminder")
    else:
        L.t(f"ERROR {thr} c.r.dme.OrderService - order {order_no('RS')} rejected: SKU RM-{R(10000, 99999)} (AirFit-style nasal M) backordered until restock")
    return L


def g_compliance(ts, phi):
    L = Line("compliance_xml")
    L.t(f"{ts:%Y-%m-%d %H:%M:%S}.{R(0, 999):03d} INFO  [compliance-export] c.l.c.ComplianceExporter - ")
    if phi:
        p = random.choice(MEDICARE + [pick(), pick(), pick()])
        start = p["setup"] + dt.timedelta(days=R(0, 20))
        end = start + dt.timedelta(days=29)
        days = R(14, 30)
        L.t(f"POST https://dme-portal.payer-gw.example/api/v2/compliance 202 body=")
        L.t(f'<?xml version="1.0" encoding="UTF-8"?><ComplianceReport xmlns="urn:lsn:compliance:v2" reportId="CR-2024-{R(1000000, 9999999)}">')
        L.t("<Beneficiary><LastName>")
        xtext(L, p["last"], "name")
        L.t("</LastName><FirstName>")
        xtext(L, p["first"], "name")
        L.t("</FirstName><DOB>").p(p["dob"].isoformat(), "date").t("</DOB>")
        tag = {"MEDICARE": "MBI", "MEDICAID": "MedicaidID"}.get(p["payer"], "MemberID")
        L.t(f"<{tag}>").p(p["member"], "health_plan").t(f"</{tag}>")
        if p["age"] > 89:
            L.t("<Age>").p(str(p["age"]), "age").t("</Age>")
        L.t(f'</Beneficiary><Device hcpcs="E0601" model="SomnaAir 11 AutoSet" serial="')
        xattr(L, p["cpap_sn"], "device")
        L.t('"/><Period start="').p(start.isoformat(), "date").t('" end="').p(end.isoformat(), "date")
        L.t(f'"/><Usage daysUsed="{days}" daysGE4h="{days - R(0, 4)}" pct="{round(100 * days / 30, 1)}" avgMin="{R(180, 460)}" '
            f'ahi="{round(random.uniform(0.5, 8), 1)}"/><Result>{"MEETS_CMS_90DAY" if days >= 21 else "NOT_MET"}</Result>'
            f'<Prescriber npi="{doc()[2]}"/></ComplianceReport>')
        return L
    v = R(1, 3)
    if v == 1:
        n = R(200, 400)
        ok = R(150, n)
        L.t(f"batch complete: {n} reports, {ok} compliant ({100 * ok / n:.1f}%), {n - ok} not met, 0 errors, elapsed {R(10, 90)}s")
    elif v == 2:
        L.t(f'<BatchSummary payer="{random.choice(list(PAYER_NAME.values()))}" generated="{ts:%Y-%m-%dT%H:%M:%S}Z" '
            f'count="{R(10, 300)}" criteria="CMS-LCD-L33718" window="30/90"/>')
    else:
        L.t(f"GET https://dme-portal.payer-gw.example/api/v2/compliance/status?batch=CB-{R(10000, 99999)} 200 ({R(100, 900)}ms)")
    return L


def g_hl7(ts, phi):
    L = Line("hl7v2_mllp")
    L.t(f"{ts:%Y-%m-%d %H:%M:%S},{R(0, 999):03d} DEBUG [mllp-rx-{R(1, 4)}] c.l.i.Hl7Router - seg ")
    if phi:
        p = pick()
        v = random.choice([1, 1, 1, 2, 3, 4, 5])
        up = random.random() < 0.6
        last = p["last"].upper() if up else p["last"]
        first = p["first"].upper() if up else p["first"]
        if v == 1:
            hp = {"MEDICARE": "CMS^MB", "MEDICAID": "ILHFS^MA"}.get(p["payer"], f"{p['payer']}^HP")
            fields(L, "PID", ["1", "", [(p["mrn"], "mrn"), ("^^^LSN^MR~", None), (p["member"], "health_plan"), ("^^^" + hp, None)],
                              "", [(last, "name"), ("^", None), (first, "name"), ("^^^^^L", None)], "",
                              [(p["dob"].strftime("%Y%m%d"), "date")], p["sex"], "", random.choice(["2106-3", "2054-5", "2028-9", ""]),
                              [(p["street"].upper(), "address"), ("^^", None), (p["city"].upper(), "address"), (f"^{p['state']}^", None),
                               (p["zip"], "zip"), ("^USA^H", None)], "",
                              [(p["phone"], "phone"), ("^PRN^PH~^NET^Internet^", None), (p["email"], "email")], "",
                              random.choice(["ENG", "SPA", "POL", "VIE"]), random.choice(["M", "S", "W"]), "",
                              [(p["acct"], "account")], [(p["ssn"], "ssn")]])
        elif v == 2:
            e = p["ec"]
            fields(L, "NK1", ["1", [(e["last"].upper(), "name"), ("^", None), (e["first"].upper(), "name")],
                              f"{e['code']}^{e['rel']}^HL70063", "", [(e["phone"], "phone")], "", "EC^Emergency Contact^HL70131"])
        elif v == 3:
            if p["payer"] in ("MEDICARE", "MEDICAID"):
                p = random.choice([q for q in PATS if q["group"]])
                last, first = p["last"].upper(), p["first"].upper()
            f = [""] * 36
            f[0] = "1"
            f[1] = f"{p['payer']}-PPO"
            f[2] = str(R(10000, 99999))
            f[3] = PAYER_NAME[p["payer"]].upper()
            f[4] = "PO BOX 805107^^CHICAGO^IL^60680"
            f[6] = "(800)555-0188"
            f[7] = p["group"]
            f[8] = random.choice(["GREAT LAKES FREIGHT LLC", "CITY OF EVANSTON", "NORTHWESTERN MUTUAL", "SELF"])
            f[15] = [(last, "name"), ("^", None), (first, "name")]
            f[16] = "SEL"
            f[17] = [(p["dob"].strftime("%Y%m%d"), "date")]
            f[18] = [(p["street"].upper(), "address"), ("^^", None), (p["city"].upper(), "address"), (f"^{p['state']}^", None), (p["zip"], "zip")]
            f[35] = [(p["member"], "health_plan")]
            fields(L, "IN1", f)
        elif v == 4:
            d = doc()
            f = [""] * 44
            f[0] = "1"
            f[1] = "O"
            f[2] = f"SLP^{p['bed'].split('-')[1]}^01^LSNCHI"
            f[6] = f"{d[2]}^{d[1].upper()}^{d[0].upper()}^^^DR^MD"
            f[9] = "SLP"
            f[17] = "OP"
            f[18] = f"V{R(10000000, 99999999)}"
            f[43] = [(p["study_date"].strftime("%Y%m%d") + f"{R(20, 22)}{R(0, 59):02d}", "date")]
            fields(L, "PV1", f)
        else:
            fields(L, "AIS", ["1", "A", "95810^PSG 4+ PARAMS ATTENDED^C4", [(p["appt"].strftime("%Y%m%d%H%M"), "date")],
                              "0", "MIN", "600", "MIN", "BOOKED"])
        return L
    v = R(1, 7)
    mid = f"MSG{R(10000000, 99999999)}"
    if v == 1:
        L.t(f"MSH|^~\\&|SOMNOSTATION|LSN_CHI|EPIC|LSN|{ts:%Y%m%d%H%M%S}||{random.choice(['ORU^R01^ORU_R01', 'SIU^S12^SIU_S12', 'ADT^A04^ADT_A01'])}|{mid}|P|2.5.1")
    elif v == 2:
        L.t(f"EVN|A04|{ts:%Y%m%d%H%M%S}|||{tech()[0]}")
    elif v == 3:
        d = doc()
        L.t(f"OBR|1|{order_no('ORD')}|PSG-24-{R(30000, 31299):06d}|95810^POLYSOMNOGRAPHY^C4|||||||||||{d[2]}^{d[1].upper()}^{d[0].upper()}||||||||F")
    elif v == 4:
        code, nm, unit, val = random.choice([("AHI", "Apnea-Hypopnea Index", "/h", f"{R(1, 60)}.{R(0, 9)}"),
                                            ("ODI4", "Oxygen Desat Index 4%", "/h", f"{R(1, 50)}.{R(0, 9)}"),
                                            ("SPO2NADIR", "SpO2 nadir", "%", str(R(70, 93))),
                                            ("TST", "Total sleep time", "min", f"{R(200, 460)}.{R(0, 9)}")])
        L.t(f"OBX|{R(1, 9)}|NM|{code}^{nm}^LSN||{val}|{unit}|||||F")
    elif v == 5:
        L.t(f"MSA|AA|{mid}|Message accepted")
    elif v == 6:
        L.t("DG1|1||G47.33^Obstructive sleep apnea (adult) (pediatric)^I10|||F")
    else:
        L.t(f"ORC|RE|{order_no('ORD')}|PSG-24-{R(30000, 31299):06d}||CM")
    return L


UAS = ["SleepWell/5.2.1 (iPhone; iOS 17.3.1; Scale/3.00)", "SleepWell/5.1.9 (Android 14; SM-S918U)",
       "okhttp/4.12.0", "SleepWell/5.2.0 (iPad; iPadOS 17.2)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"]


def g_nginx(ts, phi):
    L = Line("app_nginx_access")
    stamp = f"[{ts:%d/%b/%Y:%H:%M:%S} +0000]"
    if phi:
        p = pick()
        v = random.choice([1, 1, 2, 2, 3])
        L.p(p["ip"], "ip").t(f" - - {stamp} \"")
        if v == 1:
            L.t("GET /api/v3/users/").p(p["user"], "other_id").t(f"/nights?range=30d HTTP/2.0\" 200 {R(1000, 9000)}")
        elif v == 2:
            L.t(random.choice(["GET /api/v3/therapy/summary HTTP/2.0\" 200 ", "POST /api/v3/auth/token HTTP/2.0\" 200 ",
                               "GET /api/v3/devices HTTP/2.0\" 304 ", "PUT /api/v3/profile HTTP/2.0\" 204 "]) + str(R(0, 5000)))
        else:
            L.t("GET /share/").p(p["user"], "other_id").t(f"/report.pdf HTTP/1.1\" 200 {R(40000, 300000)}")
        L.t(f" \"-\" \"{random.choice(UAS)}\" rt=0.{R(5, 400):03d} upstream=10.60.{R(1, 4)}.{R(10, 40)}:8080")
        return L
    v = R(1, 4)
    if v == 1:
        L.t(f"10.60.0.{R(2, 9)} - - {stamp} \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" rt=0.001 upstream=10.60.{R(1, 4)}.{R(10, 40)}:8080")
    elif v == 2:
        L.t(f"35.191.{R(0, 255)}.{R(1, 254)} - - {stamp} \"GET /lb-health HTTP/1.1\" 200 14 \"-\" \"GoogleHC/1.0\" rt=0.002 upstream=-")
    elif v == 3:
        L.t(f"10.60.{R(1, 4)}.{R(10, 40)} - - {stamp} \"POST /internal/v1/jobs/sync HTTP/1.1\" 202 31 \"-\" \"sync-cron/2.3\" rt=0.0{R(10, 99)} upstream=10.60.5.12:9090")
    else:
        L.t(f"{ts:%Y/%m/%d %H:%M:%S} [error] {R(20, 40)}#{R(20, 40)}: *{R(100000, 999999)} upstream timed out (110: Connection timed out) "
            f"while reading response header from upstream, client: 10.60.0.{R(2, 9)}, server: api.sleepwellapp.com, "
            f"request: \"GET /api/v3/therapy/summary HTTP/2.0\", upstream: \"http://10.60.{R(1, 4)}.{R(10, 40)}:8080/api/v3/therapy/summary\"")
    return L


def jpeg_uri():
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + \
        bytes([0xFF, 0xDB, 0x00, 0x43, 0x00]) + rbytes(R(600, 900))
    return "data:image/jpeg;base64," + base64.b64encode(raw).decode()


def g_app(ts, phi):
    L = Line("app_events_zap")
    head = {"level": "info", "ts": P(round(epoch(ts) + R(0, 999) / 1000, 4), None)}
    if phi:
        p = pick()
        v = random.choice([1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 7])
        if v == 1:
            d = {**head, "caller": "auth/login.go:142", "msg": "login succeeded", "user": P(p["user"], "other_id"),
                 "email": P(p["email"], "email"), "clientIp": P(p["ip"], "ip"), "mfa": random.choice(["totp", "sms", "none"]),
                 "sessionId": uuid4()}
        elif v == 2:
            d = {**head, "caller": "profile/update.go:77", "msg": "profile updated", "userId": uuid4(),
                 "changed": ["phone", "email"], "phone": P(p["phone"], "phone"), "email": P(p["email"], "email")}
        elif v == 3:
            tmpl = base64.b64encode(b"FMR\x00 20\x00" + rbytes(R(180, 260))).decode() if R(0, 1) else \
                base64.b64encode(rbytes(512)).decode()
            d = {**head, "caller": "biometric/enroll.go:58", "msg": "biometric template enrolled", "user": P(p["user"], "other_id"),
                 "kind": "face-embedding-v2", "template": P(tmpl, "biometric"), "liveness": 0.97}
        elif v == 4:
            d = {**head, "caller": "media/avatar.go:33", "msg": "avatar uploaded", "userId": uuid4(),
                 "bytes": R(20000, 90000), "dataUri": P(jpeg_uri(), "photo")}
        elif v == 5:
            d = {**head, "caller": "share/link.go:91", "msg": "share link created",
                 "url": P(f"https://my.sleepwellapp.com/u/{p['user']}/report?name={p['ff']}.{p['lf']}", "url"),
                 "recipient": "clinician", "ttlHours": 168}
        elif v == 6:
            d = {**head, "caller": "devices/pair.go:120", "msg": "device paired", "user": P(p["user"], "other_id"),
                 "deviceSerial": P(p["cpap_sn"], "device"), "model": "SomnaAir 11 AutoSet", "phoneBtMac": P(p["bt"], "device")}
        else:
            head["level"] = "warn"
            d = {**head, "caller": "auth/login.go:188", "msg": "failed login", "username": P(p["user"], "other_id"),
                 "clientIp": P(p["ip"], "ip"), "attempt": R(2, 5), "reason": "bad_password"}
        jobj(L, d)
        return L
    v = R(1, 6)
    if v == 1:
        d = {**head, "caller": "push/batch.go:41", "msg": "push batch sent", "count": R(500, 9000), "failed": R(0, 40), "provider": "apns"}
    elif v == 2:
        d = {**head, "caller": "flags/eval.go:19", "msg": "feature flag evaluated", "flag": "nightly_insights_v2",
             "variant": random.choice(["on", "off"]), "userId": uuid4()}
    elif v == 3:
        head["level"] = "warn"
        d = {**head, "caller": "middleware/ratelimit.go:64", "msg": "rate limit exceeded", "client": f"10.60.{R(1, 4)}.{R(10, 40)}",
             "limit": 600, "window": "1m"}
    elif v == 4:
        d = {**head, "caller": "sync/therapy.go:203", "msg": "therapy sync completed", "userId": uuid4(),
             "nights": R(1, 30), "durationMs": R(40, 900), "source": "somnaair-cloud"}
    elif v == 5:
        d = {**head, "caller": "mail/send.go:55", "msg": "digest emails sent", "from": "noreply@sleepwellapp.com",
             "template": "weekly_summary", "recipients": R(1000, 9000)}
    else:
        head["level"] = "error"
        d = {**head, "caller": "cloud/client.go:310", "msg": "upstream error", "host": "api.somnaair-cloud.com",
             "status": 503, "retryInMs": R(500, 5000), "traceId": sid() + sid() + sid() + sid()}
    jobj(L, d)
    return L


def g_dot(ts, phi):
    L = Line("dot_program_rails")
    L.t(f"I, [{ts:%Y-%m-%dT%H:%M:%S}.{R(0, 999999):06d} #{R(2000, 9000)}]  INFO -- : [{uuid4()}] ")
    if phi:
        p = random.choice(DRIVERS)
        v = random.choice([1, 2, 3, 3, 4, 5])
        if v == 1:
            L.t("DotProgram::Enrollment created driver_name=\"").p(f"{p['first']} {p['last']}", "name")
            L.t("\" cdl=\"").p(p["cdl"], "license").t(f"\" cdl_state={p['state']} dob=").p(p["dob"].isoformat(), "date")
            L.t(f" carrier=\"{p['carrier'][0]}\" usdot={p['carrier'][1]} referral=\"fatigue screening\"")
        elif v == 2:
            start = dt.date(2024, 2, R(1, 10))
            L.t("DotProgram::ComplianceCheck cdl=").p(p["cdl"], "license").t(" window=")
            L.p(start.isoformat(), "date").t("..").p((start + dt.timedelta(days=29)).isoformat(), "date")
            L.t(f" nights_ge4h={R(15, 30)}/30 avg_use={R(3, 8)}.{R(0, 9)}h result=")
            L.t(random.choice(["COMPLIANT", "COMPLIANT", "AT_RISK"]))
        elif v == 3:
            L.t(f"DotProgram::Vehicle assigned unit={p['unit']} vin=").p(p["vin"], "vehicle").t(f" plate=\"")
            L.p(p["plate"], "vehicle").t(f"\" state={p['state']} driver_id=").p(p["mrn"], "mrn")
        elif v == 4:
            d = doc()
            L.t(f"DotProgram::MedicalCard issued by examiner=\"Dr. {d[0]} {d[1]}\" nrcme={R(1000000000, 9999999999)} driver=\"")
            L.p(f"{p['last']}, {p['first']}", "name").t("\" expires=").p(p["mec_exp"].isoformat(), "date")
            L.t(" restriction=\"CPAP use required\"")
        else:
            L.t("Completed notification to carrier safety@").t(p["carrier"][0].split()[0].lower() + "freight.example")
            L.t(" re driver \"").p(p["last"], "name").t("\" cdl=").p(p["cdl"], "license").t(" status=CLEARED_TO_DRIVE")
        return L
    v = R(1, 5)
    if v == 1:
        L.t(f"Started GET \"/carriers/{random.choice(CARRIERS)[1]}/drivers?page={R(1, 5)}\" for 10.40.1.{R(2, 250)} at {ts:%Y-%m-%d %H:%M:%S} -0600")
    elif v == 2:
        L.t(f"Completed 200 OK in {R(10, 400)}ms (Views: {R(1, 90)}.{R(0, 9)}ms | ActiveRecord: {R(1, 60)}.{R(0, 9)}ms | Allocations: {R(2000, 90000)})")
    elif v == 3:
        L.t(f"FmcsaRegistrySyncJob performed: {R(10, 60)} examiners updated, 0 revoked (ActiveJob, queue=default)")
    elif v == 4:
        c = random.choice(CARRIERS)
        L.t(f"Carrier portal login user=\"safety-admin\" carrier=\"{c[0]}\" usdot={c[1]} ip=10.40.2.{R(2, 250)}")
    else:
        L.t(f"DotProgram::Report monthly roster generated carriers=3 drivers={R(30, 80)} compliant={R(20, 30)} pdf=/tmp/roster_{ts:%Y%m}.pdf")
    return L


def g_fax(ts, phi):
    L = Line("fax_server_syslog")
    L.t(f"{ts:%b} {ts.day:2d} {ts:%H:%M:%S} faxsrv01 ")
    if phi:
        p = pick()
        v = random.choice([1, 2, 3])
        if v == 1:
            L.t(f"faxocr[{R(1000, 9999)}]: job {R(4000, 9999)} cover: \"RE: ").p(f"{p['first']} {p['last']}", "name")
            L.t(" DOB ").p(us(p["dob"]), "date").t(" - sleep study referral, please schedule PSG\"")
        elif v == 2:
            L.t(f"sendfax[{R(1000, 9999)}]: job {R(4000, 9999)} to patient home fax ").p(p["fax"], "fax")
            L.t(f" doc=cpap_setup_instructions.pdf pages={R(2, 6)} status=done")
        else:
            L.t(f"faxocr[{R(1000, 9999)}]: job {R(4000, 9999)} matched MRN ").p(p["mrn"], "mrn")
            L.t(f" confidence=0.{R(85, 99)} routed to queue SLEEP-INTAKE")
        return L
    v = R(1, 4)
    if v == 1:
        L.t(f"faxgetty[{R(1000, 9999)}]: RECV FAX: jobid={R(4000, 9999)} from +1312555{R(100, 199):04d} (Lakeview Pulmonology) "
            f"pages={R(1, 9)} time=0:0{R(1, 5)}:{R(10, 59)} sig=14400")
    elif v == 2:
        L.t(f"sendfax[{R(1000, 9999)}]: job {R(4000, 9999)} to +1847555{R(100, 199):04d} (Dr. {doc()[1]} office) status=done pages={R(1, 4)}")
    elif v == 3:
        L.t(f"faxgetty[{R(1000, 9999)}]: MODEM ttyIAX{R(0, 3)} ready, answering on ring 1, class 1.0")
    else:
        L.t(f"faxqclean[{R(1000, 9999)}]: purged {R(10, 200)} completed jobs older than 30 days from /var/spool/hylafax/doneq")
    return L


def g_billing(ts, phi):
    L = Line("billing_serilog")
    L.t(f"{ts:%Y-%m-%d %H:%M:%S}.{R(0, 999):03d} -06:00 ")
    if phi:
        p = pick()
        v = random.choice([1, 2, 3, 4])
        if v == 1:
            e = p["ec"]
            L.t("[INF] Autopay enrolled for guarantor ").p(f"{e['first']} {e['last']}", "name")
            L.t(f" routing {p['routing']} account ").p(p["bank"], "account").t(" (ACH, monthly)")
        elif v == 2:
            L.t("[ERR] Card tokenization failed pan=").p(p["card"], "account")
            L.t(f" exp={R(1, 12):02d}/{R(25, 29)} reason=AVS_MISMATCH billingZip=").p(p["zip"], "zip")
        elif v == 3:
            L.t("[INF] Statement generated for account ").p(p["acct"], "account").t(" guarantor ")
            L.p(f"{p['last']}, {p['first']}", "name").t(f" balance ${R(10, 900)}.{R(0, 99):02d} due in 30 days")
        else:
            L.t("[WRN] Payment plan reminder email to ").p(p["email"], "email").t(f" from billing@lakeshoresleep.org plan=PP-{R(10000, 99999)}")
        return L
    v = R(1, 4)
    if v == 1:
        L.t(f"[INF] Settlement batch {ts:%Y%m%d}-0{R(1, 3)} closed: {R(100, 600)} txns, ${R(10000, 60000)}.{R(0, 99):02d}")
    elif v == 2:
        L.t(f"[INF] Payment captured card ************{R(1000, 9999)} amount ${R(20, 400)}.{R(0, 99):02d} auth={digits(6)} invoice INV-{R(100000, 999999)}")
    elif v == 3:
        L.t(f"[WRN] Gateway latency p95={R(400, 2400)}ms over threshold 800ms (host pay-gw-{R(1, 3)}.lsn.local)")
    else:
        L.t(f"[INF] HTTP POST /api/billing/claims/835 responded 200 in {R(20, 900)}.{R(0, 9999):04d} ms")
    return L


def g_infra(ts, phi):
    assert not phi
    L = Line("infra_syslog")
    host = random.choice(["pg-sleep-01", "k8s-node-04", "acq-gw-01", "edi-02", "sftp-01"])
    v = R(1, 8)
    sy = f"{ts:%b} {ts.day:2d} {ts:%H:%M:%S} {host} "
    if v == 1:
        L.t(sy + f"CRON[{R(1000, 30000)}]: (postgres) CMD (/usr/local/bin/pg_backup.sh --target s3://lsn-backups/pg/)")
    elif v == 2:
        L.t(f"{ts:%Y-%m-%d %H:%M:%S}.{R(0, 999):03d} CST [{R(1000, 30000)}] LOG:  checkpoint complete: wrote {R(100, 9000)} buffers "
            f"({R(0, 30)}.{R(0, 9)}%); 0 WAL file(s) added, 0 removed, {R(0, 9)} recycled; write={R(1, 200)}.{R(100, 999)} s")
    elif v == 3:
        L.t(sy + f"kubelet[{R(800, 2000)}]: I0312 {ts:%H:%M:%S}.{R(100000, 999999)} {R(800, 2000)} kubelet.go:2463] \"SyncLoop (probe)\" "
            f"probe=\"readiness\" status=\"ready\" pod=\"lsn-prod/scoring-api-{sid()[:9]}-{sid()[:5]}\"")
    elif v == 4:
        L.t(sy + f"sshd[{R(1000, 30000)}]: Accepted publickey for deploy from 10.0.{R(0, 9)}.{R(2, 250)} port {R(30000, 60000)} ssh2: ED25519 SHA256:{base64.b64encode(rbytes(32)).decode()[:43]}")
    elif v == 5:
        L.t(sy + f"kernel: [{R(10000, 999999)}.{R(0, 999999):06d}] EXT4-fs (sdb1): mounted filesystem with ordered data mode. Quota mode: none.")
    elif v == 6:
        L.t(sy + f"certbot[{R(1000, 30000)}]: Certificate for portal.lakeshoresleep.org renewed; expires 2024-06-{R(10, 28)} (89 days)")
    elif v == 7:
        L.t(sy + f"haproxy[{R(1000, 30000)}]: 10.0.{R(0, 9)}.{R(2, 250)}:{R(30000, 60000)} [{ts:%d/%b/%Y:%H:%M:%S}.{R(0, 999):03d}] "
                 f"https_in~ edi_back/edi-02 0/0/1/{R(5, 90)}/{R(5, 99)} 200 {R(200, 5000)} - - ---- {R(1, 40)}/{R(1, 40)}/0/0/0 0/0 \"POST /as2/inbound HTTP/1.1\"")
    else:
        L.t(sy + f"systemd[1]: Started sftp-ingest.service - SFTP study ingest watcher (PID {R(1000, 30000)}).")
    return L


FAMS = [
    (g_psg, 20, 34), (g_edf, 14, 14), (g_hsat, 22, 18), (g_hsat_csv, 8, 3), (g_scoring, 16, 24),
    (g_cpap, 20, 22), (g_modem, 6, 16), (g_dme, 26, 20), (g_compliance, 14, 6), (g_hl7, 24, 22),
    (g_nginx, 16, 20), (g_app, 18, 20), (g_dot, 17, 14), (g_fax, 7, 10), (g_billing, 8, 10), (g_infra, 0, 40),
]


def main():
    flags = [True] * N_PHI + [False] * (N_LINES - N_PHI)
    random.shuffle(flags)
    ts = dt.datetime(2024, 3, 11, 19, 42, 7)
    lines, labels = [], []
    for i, phi in enumerate(flags, 1):
        ts += dt.timedelta(seconds=R(3, 420))
        fams = [f for f in FAMS if (f[1] if phi else f[2]) > 0]
        g = random.choices([f[0] for f in fams], weights=[(f[1] if phi else f[2]) for f in fams])[0]
        L = g(ts, phi)
        text, spans = L.finish()
        assert bool(spans) == phi, (L.fam, phi, text)
        lines.append(text)
        labels.append(json.dumps({"line": i, "family": L.fam, "spans": spans}, ensure_ascii=False))
    assert len(lines) == N_LINES
    with open(os.path.join(HERE, f"{ID}.log"), "wb") as fh:
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "wb") as fh:
        fh.write(("\n".join(labels) + "\n").encode("utf-8"))


if __name__ == "__main__":
    main()
