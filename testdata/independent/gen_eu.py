#!/usr/bin/env python3
"""Deterministic generator for the 'eu' PHI test corpus.

Theme: a medical debt collection agency (Meridian Recovery Services, fictional)
working hospital accounts.  Writes eu.log and eu.labels.jsonl next to itself.
Standard library only.  Every span is recorded while the line is being built
by concatenation; nothing is searched afterwards.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

R = random.Random(1806202418)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "eu"


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []  # (s, e, cat, value)

    def t(self, x):
        self.buf += x.encode("utf-8")
        return self

    def p(self, x, cat):
        if cat is None or x == "":
            return self.t(x)
        s = len(self.buf)
        self.buf += x.encode("utf-8")
        self.spans.append((s, len(self.buf), cat, x))
        return self

    def fw(self, x, w, cat=None, right=False, fill=" "):
        x = str(x)
        n = len(x.encode("utf-8"))
        assert n <= w, (x, w)
        if right:
            self.t(fill * (w - n))
            self.p(x, cat)
        else:
            self.p(x, cat)
            self.t(fill * (w - n))
        return self

    def parts(self, *items):
        """items: str or (str, cat)"""
        for it in items:
            if isinstance(it, tuple):
                self.p(it[0], it[1])
            else:
                self.t(it)
        return self


class P:
    """labeled JSON leaf"""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """JSON string assembled from parts (str or P)"""

    def __init__(self, *parts):
        self.parts = parts


def jdump(ln, o, sep=(",", ":"), ea=False):
    if isinstance(o, dict):
        ln.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k, ensure_ascii=ea))
            ln.t(sep[1])
            jdump(ln, v, sep, ea)
        ln.t("}")
    elif isinstance(o, list):
        ln.t("[")
        for i, v in enumerate(o):
            if i:
                ln.t(sep[0])
            jdump(ln, v, sep, ea)
        ln.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            ln.t('"')
            ln.p(json.dumps(o.v, ensure_ascii=ea)[1:-1], o.cat)
            ln.t('"')
        else:
            ln.p(json.dumps(o.v), o.cat)
    elif isinstance(o, S):
        ln.t('"')
        for part in o.parts:
            if isinstance(part, P):
                ln.p(json.dumps(part.v, ensure_ascii=ea)[1:-1], part.cat)
            else:
                ln.t(json.dumps(part, ensure_ascii=ea)[1:-1])
        ln.t('"')
    else:
        ln.t(json.dumps(o, ensure_ascii=ea))
    return ln


PY_SEP = (", ", ": ")


def pyrepr(ln, o):
    """Python repr() of a flat dict whose leaves may be labeled"""
    ln.t("{")
    for i, (k, v) in enumerate(o.items()):
        if i:
            ln.t(", ")
        ln.t(repr(k) + ": ")
        if isinstance(v, P):
            q = repr(v.v)
            ln.t(q[0]).p(q[1:-1], v.cat).t(q[-1])
        else:
            ln.t(repr(v))
    ln.t("}")
    return ln

# --------------------------------------------------------------------------
# identifier helpers
# --------------------------------------------------------------------------
def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def luhn_check(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_check(num[:-1]) == num[-1]


def card_number():
    brand = R.choice(["visa", "visa", "visa", "mastercard", "mastercard", "amex", "discover"])
    if brand == "visa":
        pre, ln_ = R.choice(["4147", "4266", "4833", "4559", "4024"]) + digits(2), 16
    elif brand == "mastercard":
        pre, ln_ = R.choice(["51", "52", "53", "54", "55"]) + digits(4), 16
    elif brand == "amex":
        pre, ln_ = R.choice(["34", "37"]) + digits(4), 15
    else:
        pre, ln_ = "6011" + digits(2), 16
    body = pre + digits(ln_ - len(pre) - 1)
    num = body + luhn_check(body)
    assert luhn_ok(num)
    return brand, num


def aba_routing():
    d = [int(c) for c in R.choice(["04", "06", "07", "08", "11", "12", "21", "26", "31", "32"])] + [R.randint(0, 9) for _ in range(6)]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    d.append((-s) % 10)
    r = "".join(map(str, d))
    assert (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0
    return r


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_T.update({str(i): i for i in range(10)})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi, make, model = R.choice([
        ("1HG", "HONDA", "ACCORD"), ("5J6", "HONDA", "CR-V"), ("2T1", "TOYOTA", "COROLLA"),
        ("1FT", "FORD", "F-150"), ("3VW", "VOLKSWAGEN", "JETTA"), ("1C4", "JEEP", "GRAND CHEROKEE"),
        ("KNA", "KIA", "FORTE"), ("1G1", "CHEVROLET", "MALIBU"), ("5NP", "HYUNDAI", "ELANTRA"),
    ])
    yr, ych = R.choice([(2012, "C"), (2014, "E"), (2015, "F"), (2017, "H"), (2018, "J"), (2019, "K"), (2020, "L"), (2021, "M")])
    vds = "".join(R.choice(VIN_CH) for _ in range(5))
    plant = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    v = list(wmi + vds + "0" + ych + plant + digits(6))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    v = "".join(v)
    assert sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11 == (10 if v[8] == "X" else int(v[8]))
    return v, yr, make, model


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_L + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(MBI_L) + R.choice(an) + str(R.randint(0, 9)) + R.choice(MBI_L)
            + R.choice(an) + str(R.randint(0, 9)) + R.choice(MBI_L) + R.choice(MBI_L) + digits(2))


def ssn():
    while True:
        a = R.randint(100, 665)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def ssn_d(s):
    return s[:3] + "-" + s[3:5] + "-" + s[5:]


def fold(s):
    for a, b in (("ł", "l"), ("Ł", "L"), ("đ", "d"), ("Đ", "D"), ("ø", "o"), ("Ø", "O")):
        s = s.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def up(s):
    return fold(s).upper()


def ph_fmt(p, style):
    if style == 0:
        return p
    if style == 1:
        return "(%s) %s-%s" % (p[:3], p[3:6], p[6:])
    if style == 2:
        return "%s-%s-%s" % (p[:3], p[3:6], p[6:])
    if style == 3:
        return "+1" + p
    return "%s.%s.%s" % (p[:3], p[3:6], p[6:])


def b64_blob(header, n):
    raw = header + bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


def jpeg_b64(n=420):
    return b64_blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00", n)


def png_b64(n=400):
    return b64_blob(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xc8\x08\x02\x00\x00\x00", n)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_ymd(d):
    return d.strftime("%Y%m%d")


def d_mdy(d):
    return d.strftime("%m%d%Y")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def rand_date(a, b):
    a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


TODAY = dt.date(2024, 3, 12)


def age_on(dob, ref=TODAY):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------
# synthetic people
# --------------------------------------------------------------------------
ORIG = [
    (["Marisol", "José", "Guadalupe", "Itzel", "Rodrigo", "Ximena", "Joaquín", "Araceli"], ["Quintero", "Sánchez", "Villalobos", "Ochoa", "Peña", "Zúñiga", "Barragán", "Montoya"]),
    (["Thanh", "Linh", "Quốc", "Bảo", "Hương"], ["Nguyễn", "Trần", "Phạm", "Võ", "Đặng"]),
    (["Oluwaseun", "Chiamaka", "Emeka", "Folake", "Adaeze"], ["Adebayo", "Okonkwo", "Eze", "Balogun", "Nwosu"]),
    (["Agnieszka", "Wojciech", "Grzegorz", "Małgorzata"], ["Kowalczyk", "Wiśniewski", "Zieliński", "Dąbrowska"]),
    (["Priyanka", "Venkatesh", "Anand", "Deepa", "Harpreet"], ["Raghunathan", "Iyer", "Chaudhary", "Bhattacharya", "Sandhu"]),
    (["Ji-hoon", "Seo-yeon", "Min-jun"], ["Park", "Choi", "Han"]),
    (["Fatima", "Yousef", "Rania", "Khalid"], ["Al-Masri", "Haddad", "Nasser", "Khoury"]),
    (["Siobhán", "Pádraig", "Aoife", "Declan"], ["O'Sullivan", "McNamara", "Fitzgerald", "Ó Briain"]),
    (["Konstantinos", "Eleni", "Dimitrios"], ["Papadopoulos", "Georgiou", "Kazantzidis"]),
    (["Wideline", "Jean-Robert", "Mackenson", "Nadège"], ["Jean-Baptiste", "Pierre-Louis", "Désir", "Valcourt"]),
    (["Tavita", "Malia", "Sione"], ["Faleolo", "Tuiasosopo", "Leota"]),
    (["Björn", "Ingrid", "Zoë"], ["Lindqvist", "Müller", "Åberg"]),
    (["Dale", "Brenda", "Tyler", "Kayla", "Earl", "Loretta"], ["Whitaker", "Pruitt", "Hollis", "Crenshaw", "Tackett"]),
    (["Shandiin", "Nizhoni", "Darrell"], ["Begay", "Yazzie", "Tsosie"]),
    (["Wei", "Xiaoling", "Jun"], ["Zhang", "Liu", "Huang"]),
    (["Rowena", "Jericho", "Maricel"], ["Dela Cruz", "Macaraeg", "Bautista"]),
]
MIDDLES = [["Elena", "Luis", "María", "Guadalupe"], ["Thi", "Van", "Minh"], ["Adaora", "Oluwadamilare", "Chukwuma"], ["Anna", "Jan", "Maria"],
           ["Kumar", "Lakshmi", "Kaur"], [""], ["Ibrahim", "Layla"], ["Bríd", "Seán", "Marie"], ["Nikolaos", "Maria"], ["Marie", "Jean", "Rose"],
           ["Losa", "Ioane"], ["Elisabeth", "Erik"], ["Ray", "Lynn", "Ann", "Wayne", "Louise"], ["Lee", "Ray"], ["Mei", "Jian"], ["Santos", "Reyes", "Joy"]]
LANG = {0: "es", 1: "vi", 13: "nv", 15: "tl"}

CITIES = [  # city, county, state, zips, area codes, hospital
    ("Columbus", "Franklin", "OH", ["43205", "43207", "43211", "43223"], ["614", "380"], "MVHS"),
    ("Dayton", "Montgomery", "OH", ["45405", "45410", "45417"], ["937"], "MVHS"),
    ("Lexington", "Fayette", "KY", ["40505", "40508", "40517"], ["859"], "SLRMC"),
    ("Louisville", "Jefferson", "KY", ["40211", "40215", "40218"], ["502"], "SLRMC"),
    ("Fort Wayne", "Allen", "IN", ["46803", "46806", "46816"], ["260"], "SLRMC"),
    ("El Paso", "El Paso", "TX", ["79903", "79905", "79924"], ["915"], "DSMC"),
    ("Tucson", "Pima", "AZ", ["85705", "85713", "85746"], ["520"], "DSMC"),
    ("Gallup", "McKinley", "NM", ["87301"], ["505"], "DSMC"),
]
STREETS = {
    "Columbus": ["E Main St", "Parsons Ave", "Cleveland Ave", "Livingston Ave", "Sullivant Ave", "Karl Rd"],
    "Dayton": ["Salem Ave", "Wilmington Pike", "N Main St", "Smithville Rd"],
    "Lexington": ["Nicholasville Rd", "Tates Creek Rd", "Georgetown St", "Winchester Rd"],
    "Louisville": ["Preston Hwy", "Bardstown Rd", "Dixie Hwy", "Taylor Blvd"],
    "Fort Wayne": ["Hessen Cassel Rd", "Calhoun St", "Lake Ave", "Coliseum Blvd"],
    "El Paso": ["Alameda Ave", "Montana Ave", "Dyer St", "Zaragoza Rd"],
    "Tucson": ["W Grant Rd", "E Speedway Blvd", "S 6th Ave", "N Oracle Rd"],
    "Gallup": ["E Aztec Ave", "S 2nd St", "W Hill Ave", "Boardman Dr"],
}
HOSP = {
    "MVHS": ("Mercy Valley Health System", ["MVH01", "MVH02"]),
    "SLRMC": ("St. Luke's Regional Medical Center", ["SLR01", "SLR02"]),
    "DSMC": ("Desert Sage Medical Center", ["DSM01"]),
}
PLANS = [  # plan name, member id generator, group
    ("ANTHEM BCBS", lambda: R.choice(["YRK", "ZGP", "XOH"]) + digits(9)),
    ("UNITEDHEALTHCARE", lambda: digits(9) + "01"),
    ("AETNA", lambda: "W" + digits(9)),
    ("HUMANA", lambda: "H" + digits(8)),
    ("MEDICAID", lambda: digits(12)),
    ("AMBETTER", lambda: "U" + digits(10)),
    ("SELF PAY", lambda: ""),
]
DL_FMT = {
    "OH": lambda: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(6),
    "KY": lambda: R.choice("ABCDEFGHJKLMNPRSTW") + digits(8),
    "IN": lambda: digits(4) + "-" + digits(2) + "-" + digits(4),
    "TX": lambda: digits(8),
    "AZ": lambda: R.choice("ABDFS") + digits(8),
    "NM": lambda: digits(9),
}
PLATE_FMT = {
    "OH": lambda: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + " " + digits(4),
    "KY": lambda: digits(3) + " " + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)),
    "IN": lambda: digits(3) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)),
    "TX": lambda: "".join(R.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)) + "-" + digits(4),
    "AZ": lambda: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(4),
    "NM": lambda: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "-" + digits(3),
}
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "att.net", "protonmail.com"]
PUB_NETS = ["73.{}.{}.{}", "98.{}.{}.{}", "24.{}.{}.{}", "71.{}.{}.{}", "174.{}.{}.{}", "107.{}.{}.{}",
            "172.58.{}.{}", "68.{}.{}.{}", "99.{}.{}.{}", "184.{}.{}.{}", "203.0.113.{}", "198.51.100.{}"]

used_names = set()
used_phone = set()


def new_phone(area):
    while True:
        p = area + "555" + "01" + "%02d" % R.randint(0, 99)
        if p not in used_phone:
            used_phone.add(p)
            return p


def pub_ip():
    f = R.choice(PUB_NETS)
    n = f.count("{}")
    return f.format(*[R.randint(1, 254) for _ in range(n)])


def mk_person(oi, last, dob, cityrec, street, unit, zip5, zip4, sex=None):
    firsts = [f for f in ORIG[oi][0] if (f, last) not in used_names]
    if not firsts:
        firsts = [f for o in ORIG for f in o[0] if (f, last) not in used_names]
    first = R.choice(firsts)
    used_names.add((first, last))
    city, county, st, zips, areas, hosp = cityrec
    p = dict(first=first, last=last, middle=R.choice(MIDDLES[oi]) if R.random() < 0.45 else "", oi=oi,
             dob=dob, ssn=ssn(), street=street, unit=unit, city=city, county=county, state=st,
             zip=zip5, zip4=zip4, hosp=hosp)
    p["af"], p["al"], p["am"] = up(first), up(last), up(p["middle"])
    p["phone"] = new_phone(R.choice(areas))
    p["phone2"] = new_phone(R.choice(areas)) if R.random() < 0.5 else ""
    fl = fold(first).lower().replace("-", "").replace("'", "")
    ll = fold(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    yy = "%02d" % (dob.year % 100)
    p["email"] = R.choice([fl + "." + ll, fl[0] + ll + yy, fl + ll + str(R.randint(1, 99)), ll + "." + fl, fl + "_" + ll[:4] + yy]) + "@" + R.choice(EMAIL_DOM)
    p["user"] = R.choice([fl[0] + ll + yy, fl + "." + ll, ll + fl[0] + str(R.randint(1, 999))])
    p["ip"] = pub_ip()
    p["dl"] = DL_FMT[st]()
    v = vin()
    p["vin"], p["vyear"], p["vmake"], p["vmodel"] = v
    p["plate"] = PLATE_FMT[st]()
    p["card_brand"], p["card"] = card_number()
    p["bank"] = digits(R.choice([9, 10, 11, 12]))
    p["routing"] = aba_routing()
    return p


def addr1(p):
    return p["street"] + ((" " + p["unit"]) if p["unit"] else "")


PEOPLE = []      # every synthetic person (patients, guarantors, contacts)
PATIENTS = []    # placed accounts: dict with patient, guarantor, contact, ...
acct_seq = [30041877]


def household(kind, hosp_want):
    oi = R.randrange(len(ORIG))
    last = R.choice(ORIG[oi][1])
    cityrec = R.choice([c for c in CITIES if c[5] == hosp_want])
    city = cityrec[0]
    street = "%d %s" % (R.choice([R.randint(100, 999), R.randint(1000, 9899), R.randint(10, 99)]), R.choice(STREETS[city]))
    unit = R.choice(["", "", "", "Apt %d" % R.randint(1, 40), "Apt %d%s" % (R.randint(1, 4), R.choice("ABCD")), "Unit %d" % R.randint(100, 330), "Lot %d" % R.randint(2, 90)])
    zip5, zip4 = R.choice(cityrec[3]), "%04d" % R.randint(1001, 9899)
    if kind == "single":
        pt = mk_person(oi, last, rand_date("1952-01-01", "2003-12-31"), cityrec, street, unit, zip5, zip4)
        guar, contact, spouse = pt, None, None
    elif kind == "minor":
        guar = mk_person(oi, last, rand_date("1975-01-01", "1996-12-31"), cityrec, street, unit, zip5, zip4)
        pt = mk_person(oi, last, rand_date("2008-01-01", "2021-06-30"), cityrec, street, unit, zip5, zip4)
        pt["phone"], pt["phone2"] = guar["phone"], ""
        contact, spouse = None, None
    elif kind == "elder":
        pt = mk_person(oi, last, rand_date("1926-06-01", "1933-12-31"), cityrec, street, unit, zip5, zip4)
        c2 = R.choice(CITIES)
        contact = mk_person(oi, last, rand_date("1955-01-01", "1970-12-31"), c2,
                            "%d %s" % (R.randint(100, 9899), R.choice(STREETS[c2[0]])), "", R.choice(c2[3]), "%04d" % R.randint(1001, 9899))
        guar, spouse = pt, None
    else:  # couple
        pt = mk_person(oi, last, rand_date("1950-01-01", "1995-12-31"), cityrec, street, unit, zip5, zip4)
        spouse = mk_person(oi, last, pt["dob"] + dt.timedelta(days=R.randint(-2500, 2500)), cityrec, street, unit, zip5, zip4)
        guar, contact = pt, None
    for x in (pt, guar, contact, spouse):
        if x is not None and x not in PEOPLE:
            PEOPLE.append(x)
    hosp = pt["hosp"]
    acct_seq[0] += R.randint(37, 4100)
    svc_from = rand_date("2023-03-01", "2023-12-15")
    plan_name, plan_fn = R.choice(PLANS)
    if kind == "elder" or (age_on(pt["dob"]) >= 65 and R.random() < 0.8):
        plan_name, member = "MEDICARE", mbi()
    else:
        member = plan_fn()
    if hosp == "MVHS":
        mrn = "%09d" % R.randint(1000000, 9999999)
        har = "70" + digits(8)
    elif hosp == "SLRMC":
        mrn = "E" + digits(7)
        har = "2023" + digits(8)
    else:
        mrn = "DS" + digits(7)
        har = "V" + digits(9)
    tot = round(R.uniform(180, 48000), 2)
    ins = round(tot * R.uniform(0, 0.7), 2) if plan_name != "SELF PAY" else 0.0
    adj = round((tot - ins) * R.uniform(0, 0.4), 2)
    paid = round(R.choice([0, 0, 0, 25, 50, 100]) * 1.0, 2)
    bal = round(tot - ins - adj - paid, 2)
    a = dict(kind=kind, pt=pt, guar=guar, contact=contact, spouse=spouse, hosp=hosp, mrn=mrn, har=har,
             acct=str(acct_seq[0]), svc_from=svc_from, svc_to=svc_from + dt.timedelta(days=R.choice([0, 0, 0, 1, 2, 3, 5])),
             plan=plan_name, member=member, grp=("" if plan_name in ("SELF PAY", "MEDICARE", "MEDICAID") else digits(6)),
             tot=tot, ins=ins, adj=adj, paid=paid, bal=bal,
             last_stmt=rand_date("2023-12-01", "2024-02-20"),
             last_pay=(rand_date("2023-10-01", "2024-02-28") if paid else None),
             fac=R.choice(HOSP[hosp][1]))
    PATIENTS.append(a)
    return a


_kinds = ["single"] * 32 + ["minor"] * 11 + ["elder"] * 7 + ["couple"] * 10
R.shuffle(_kinds)
for _i, k in enumerate(_kinds):
    household(k, ["MVHS", "SLRMC", "DSMC"][_i % 3])
R.shuffle(PATIENTS)
for a in PATIENTS:
    assert a["bal"] > 0 or True
BY_HOSP = {h: [a for a in PATIENTS if a["hosp"] == h] for h in HOSP}
HOT = PATIENTS[:14]  # accounts that get most of the activity


def pick():
    return R.choice(HOT) if R.random() < 0.6 else R.choice(PATIENTS)


def money(x):
    return "%.2f" % x


def money_c(x):
    return "{:,.2f}".format(x)


# staff / vendor look-alikes (never labeled)
COLLECTORS = [("dwhitfield", "Dana Whitfield"), ("moyelaran", "Marcus Oyelaran"), ("jmartinez", "Julia Martinez"),
              ("tkowalski", "Tomasz Kowalski"), ("snguyen2", "Sarah Nguyen"), ("bcardenas", "Benito Cardenas"),
              ("lfairbanks", "Leah Fairbanks"), ("rokafor", "Ruth Okafor")]
HOSP_STAFF = ["Karen Lindgren", "Anil Mehta", "Rosa Delgado", "Phil Haverty", "Mei-Lin Cho"]
AGENCY = "Meridian Recovery Services"
AGENCY_PH = ["8885550170", "8885550171", "6145550100", "8595550112"]
AGENCY_ADDR = "PO Box 18250, Columbus OH 43218-0250"


# --------------------------------------------------------------------------
# clocks
# --------------------------------------------------------------------------
class Clock:
    def __init__(self, iso):
        self.t = dt.datetime.fromisoformat(iso)

    def tick(self, lo=0.02, hi=40.0):
        self.t += dt.timedelta(microseconds=int(R.uniform(lo, hi) * 1e6))
        return self.t


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def ts_nlog(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%04d" % (t.microsecond // 100)


def ts_iso_z(t, prec=3):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%06d" % t.microsecond)[: prec + 1] + "Z"


def ts_spring(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (t.microsecond // 1000)


def ts_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S") + " -0400"


def ts_syslog(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def mix(n, q, phi, np_, block=None, blen=0, bq=0):
    """n lines in total, q of them with PHI; an optional block (blen lines, bq with PHI) is inserted once."""
    m = n - blen
    mask = [True] * (q - bq) + [False] * (m - (q - bq))
    R.shuffle(mask)
    out, i, j = [], 0, 0
    at = R.randint(m // 4, 3 * m // 4)
    for idx, is_phi in enumerate(mask):
        if idx == at and block:
            blk = block()
            assert len(blk) == blen and sum(1 for x in blk if x.spans) == bq
            out.extend(blk)
        if is_phi:
            out.append(phi(j)); j += 1
        else:
            out.append(np_(i)); i += 1
    assert len(out) == n
    return out


# ==========================================================================
# family: Python ETL  (logging "%(asctime)s - %(name)s - %(levelname)s - %(message)s")
# ==========================================================================
def fam_pyetl(n):
    out = []
    c = Clock("2024-03-11T02:15:00.118000")
    pid = 22817

    def L(name, lvl):
        ln = Ln("py-etl")
        ln.t("%s - %s - %s - " % (ts_py(c.tick(0.01, 25)), name, lvl))
        return ln

    batches = ["PLC-20240311-0007", "PLC-20240311-0008", "PLC-20240312-0002"]
    files = ["MVHS_PLC_20240311_01.txt", "DSMC_BD_20240311.psv", "SLRMC_FW_20240311.dat", "MVHS_RECALL_20240311.txt"]

    def np_(i):
        ln = None
        k = i % 22
        b = R.choice(batches)
        f = R.choice(files)
        if k == 0:
            ln = L("etl.placement.fetch", "INFO").t("Polling sftp://sftp.mvhs-pfs.org:22/outbound/collections for new placement files (pattern=MVHS_PLC_*.txt)")
        elif k == 1:
            ln = L("paramiko.transport", "INFO").t("Connected (version 2.0, client OpenSSH_8.9p1)")
        elif k == 2:
            ln = L("etl.placement.fetch", "INFO").t("Downloaded %s (%d bytes) in %.2fs sha256=%s" % (f, R.randint(90000, 900000), R.uniform(0.4, 6), hexs(64)))
        elif k == 3:
            ln = L("etl.placement.parse", "INFO").t("Detected layout %s (%d columns) from header line 1" % (R.choice(["MVHS_PLC_V4", "DSMC_BD_EXPORT_2.0", "SLR-FW-275"]), R.choice([34, 29, 27])))
        elif k == 4:
            ln = L("etl.placement.load", "INFO").t("Upserted %d rows into stg.placement_account (inserted=%d updated=%d) in %.3fs" % (R.randint(300, 1300), R.randint(200, 1100), R.randint(3, 120), R.uniform(0.8, 9)))
        elif k == 5:
            ln = L("sqlalchemy.engine.Engine", "INFO").t("INSERT INTO stg.placement_account (facility_id, hosp_acct, mrn, pt_last, pt_first, pt_dob, pt_ssn, guar_addr1, guar_city, guar_state, guar_zip, bal_due) VALUES (%(facility_id)s, %(hosp_acct)s, %(mrn)s, %(pt_last)s, %(pt_first)s, %(pt_dob)s, %(pt_ssn)s, %(guar_addr1)s, %(guar_city)s, %(guar_state)s, %(guar_zip)s, %(bal_due)s) ON CONFLICT (facility_id, hosp_acct) DO UPDATE SET bal_due = excluded.bal_due")
        elif k == 6:
            ln = L("etl.placement.validate", "INFO").t("Batch %s control totals OK: records=%d trailer_records=%d balance=%s trailer_balance=%s" % ((b,) + (lambda r, m: (r, r, m, m))(R.randint(300, 1300), money(R.uniform(200000, 2600000)))))
        elif k == 7:
            ln = L("botocore.credentials", "INFO").t("Found credentials in environment variables.")
        elif k == 8:
            ln = L("etl.metro2.export", "INFO").t("Uploaded /data/out/metro2/MRS_M2_20240311.dat to s3://mrs-bureau-outbound/metro2/2024/03/ (base=%d J1=%d J2=%d K1=%d, 3 bureaus)" % (R.randint(15000, 19000), R.randint(1800, 2400), R.randint(200, 400), R.randint(15000, 19000)))
        elif k == 9:
            ln = L("etl.skiptrace.submit", "INFO").t("Skip-trace batch SKP-0311-%02d queued: %d accounts with no RPC in 21 days, vendor=tracerpoint est_cost=$%s" % (R.randint(1, 9), R.randint(80, 400), money(R.uniform(40, 300))))
        elif k == 10:
            ln = L("etl.compliance.tz", "INFO").t("Timezone resolution: %d by zip, %d by area code, %d unresolved -> default America/New_York" % (R.randint(900, 1300), R.randint(5, 40), R.randint(0, 12)))
        elif k == 11:
            ln = L("etl.metro2.export", "INFO").t("Excluded %d medical accounts with original balance under $500.00 and %d paid medical accounts from cycle 11 (bureau medical debt policy 2023-04-11)" % (R.randint(300, 900), R.randint(20, 90)))
        elif k == 12:
            ln = L("etl.compliance.regf", "INFO").t("Reg F 7-in-7 counters rebuilt for %d accounts in %.1fs (%d at limit, %d with conversation in window)" % (R.randint(30000, 50000), R.uniform(5, 20), R.randint(200, 800), R.randint(900, 3000)))
        elif k == 13:
            ln = L("apscheduler.scheduler", "INFO").t("Added job \"nightly_placement\" to job store \"default\"; next run at: 2024-03-12 02:15:00-04:00")
        elif k == 14:
            ln = L("etl.placement.parse", "WARNING").t("Rejected %d records from %s; details in /data/rejects/%s.rej" % (R.randint(1, 9), f, f.rsplit(".", 1)[0]))
        elif k == 15:
            ln = L("urllib3.connectionpool", "WARNING").t("Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='api.tracerpoint.example', port=443): Read timed out. (read timeout=30)\")': /v3/person/search")
        elif k == 16:
            ln = L("etl.placement.recall", "INFO").t("Processed MVHS_RECALL_20240311.txt: %d accounts recalled (paid at facility=%d, charity approved=%d, insurance reprocessed=%d)" % (lambda a, b, cc: (a + b + cc, a, b, cc))(R.randint(2, 9), R.randint(1, 8), R.randint(0, 6)))
        elif k == 17:
            ln = L("etl.placement.dedup", "INFO").t("Dropped %d duplicates by (facility_id, hosp_acct); %d cross-facility guarantor matches merged" % (R.randint(1, 20), R.randint(0, 9)))
        elif k == 18:
            ln = L("etl.letters.enqueue", "INFO").t("Published %d validation-notice requests to letters.vn.requests (amqp://etl_svc@mq01.corp.meridianrecovery.local:5672/collections) batch=%s" % (R.randint(200, 900), b))
        elif k == 19:
            ln = L("etl.placement.fap", "INFO").t("Financial assistance screening: %d accounts presumptively eligible (<= 200%% FPL), returned to facility per 501(r) before ECA" % R.randint(5, 60))
        elif k == 20:
            ln = L("etl.db", "INFO").t("Connected to postgresql+psycopg2://etl_svc:***@10.20.4.17:5432/collections (pool_size=5, max_overflow=10)")
        else:
            ln = L("etl.placement.fetch", "WARNING").t("SFTP listing took %.1fs (host=sftp.slrmc-billing.net port=2222); remote dir /out/agency/MRS contains %d files, %d already processed" % (R.uniform(3, 30), R.randint(4, 30), R.randint(3, 29)))
        return ln

    def traceback_block():
        lines = []
        ln = L("etl.placement.parse", "ERROR").t("Unhandled error while parsing %s" % R.choice(files))
        lines.append(ln)
        for txt in ["Traceback (most recent call last):",
                    '  File "/opt/mrs-etl/etl/placement/parse.py", line 212, in parse_row',
                    "    rec[\"bal_due\"] = Decimal(cols[idx[\"BAL_DUE\"]].replace(\",\", \"\"))",
                    "decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]"]:
            lines.append(Ln("py-etl").t(txt))
        return lines

    def phi(i):
        a = pick()
        pt, g = a["pt"], a["guar"]
        k = i % 13
        if k == 0:
            ln = L("etl.placement.parse", "WARNING")
            ln.parts("Rejected record %d (%s): GUAR_ZIP missing for guarantor " % (R.randint(2, 1300), R.choice(files)),
                     (g["al"], "name"), ", ", (g["af"], "name"), " hosp_acct=", (a["har"], "account"))
        elif k == 1:
            ln = L("etl.placement.dedup", "INFO")
            ln.parts("Duplicate placement hosp_acct=", (a["har"], "account"), " mrn=", (a["mrn"], "mrn"),
                     " already active as debtor ", (a["acct"], "account"), " (patient ", (pt["last"] + ", " + pt["first"], "name"),
                     ", dob ", (d_iso(pt["dob"]), "date"), "); refreshing balance only")
        elif k == 2:
            ln = L("etl.skiptrace.merge", "WARNING")
            ln.parts("Deceased indicator from skip trace for debtor_id=", (a["acct"], "account"), " (", (g["last"], "name"), ", ", (g["first"], "name"),
                     "; dod=", (d_iso(rand_date("2023-12-01", "2024-02-28")), "date"), ") -> moving to probate queue, dialer suppressed")
        elif k == 3:
            ln = L("sqlalchemy.engine.Engine", "INFO")
            ln.parts("[cached since %.1fs ago] ('" % R.uniform(1, 90), (a["fac"], None), "', '", (a["har"], "account"), "', '", (a["mrn"], "mrn"), "', '",
                     (pt["al"], "name"), "', '", (pt["af"], "name"), "', '", (d_iso(pt["dob"]), "date"), "', '", (pt["ssn"], "ssn"), "', '",
                     (up(addr1(g)), "address"), "', '", (up(g["city"]), "address"), "', '", g["state"], "', '", (g["zip"], "zip"), "', Decimal('", money(a["bal"]), "'))")
        elif k == 4:
            ln = L("etl.placement.normalize", "INFO")
            raw = (addr1(g) + " " + g["city"]).lower()
            ln.parts("Address normalized for debtor ", (a["acct"], "account"), ": '", (raw, "address"), "' -> '",
                     (addr1(g), "address"), ", ", (g["city"], "address"), ", ", g["state"], " ", (g["zip"] + "-" + g["zip4"], "zip"), "' (DPV=Y, RDI=R)")
        elif k == 5:
            e = R.choice([x for x in PATIENTS if x["kind"] == "elder"])
            ln = L("etl.letters.prepare", "INFO")
            ln.parts("Patient age ", (str(age_on(e["pt"]["dob"])), "age"), " >= 90 for mrn ", (e["mrn"], "mrn"),
                     ": birth date and age withheld from letter merge data (safe harbor rule MRS-PRIV-07)")
        elif k == 6:
            m = R.choice([x for x in PATIENTS if x["kind"] == "minor"])
            ln = L("etl.metro2.export", "INFO")
            ln.parts("Minor patient (dob ", (d_iso(m["pt"]["dob"]), "date"), ") on acct ", (m["acct"], "account"),
                     ": reporting responsible party ", (m["guar"]["al"] + ", " + m["guar"]["af"], "name"), " in base segment, patient not reported")
        elif k == 7:
            ln = L("etl.placement.itemize", "INFO")
            sn = R.choice(["22181H0", "2320", "J3K1"]) + digits(5)
            ln.parts("Itemization hosp_acct=", (a["har"], "account"), ": HCPCS E0601 CPAP rental, device serial ", (sn, "device"),
                     ", DOS ", (d_iso(a["svc_from"]), "date"), ", charge $", money(R.uniform(90, 400)), ", denied CO-50")
        elif k == 8:
            ln = L("etl.skiptrace.merge", "INFO")
            ln.parts("Skip-trace merge debtor ", (a["acct"], "account"), ": new phone ", (g["phone2"] or new_phone(g["phone"][:3]), "phone"),
                     " (wireless, score ", str(R.randint(60, 99)), "), new email ", (g["email"], "email"), ", address unchanged")
        elif k == 9:
            mm = [x for x in PATIENTS if x["plan"] == "MEDICARE"]
            m = R.choice(mm)
            ln = L("etl.placement.eligibility", "WARNING")
            ln.parts("Medicare eligibility hit for mrn ", (m["mrn"], "mrn"), ": MBI ", (m["member"], "health_plan"),
                     " active Part A/B on DOS ", (d_iso(m["svc_from"]), "date"), "; account returned to facility for billing")
        elif k == 10:
            ln = L("etl.scrub.bankruptcy", "INFO")
            case = "%d:%02d-bk-%05d" % (R.randint(1, 3), R.choice([22, 23, 24]), R.randint(10000, 59999))
            ln.parts("Bankruptcy scrub hit debtor ", (a["acct"], "account"), " case ", (case, "other_id"), " (Ch. ", R.choice(["7", "13"]), ", filed ",
                     (d_iso(rand_date("2023-06-01", "2024-02-20")), "date"), ") -> status BK, Metro 2 CII=", R.choice(["E", "H"]))
        elif k == 11:
            ln = L("etl.placement.parse", "DEBUG")
            ln.t("Parsed row %d: " % R.randint(2, 1300))
            pyrepr(ln, {"hosp_acct": P(a["har"], "account"), "mrn": P(a["mrn"], "mrn"), "pt_name": P(pt["al"] + ", " + pt["af"], "name"),
                        "dob": P(d_iso(pt["dob"]), "date"), "ins_member_id": (P(a["member"], "health_plan") if a["member"] else None),
                        "bal_due": money(a["bal"]), "fac": a["fac"]})
        else:
            ln = L("etl.skiptrace.merge", "INFO")
            ln.parts("Address change from NCOA for debtor ", (a["acct"], "account"), ": now ", (up(addr1(g)), "address"), " ", (up(g["city"]), "address"),
                     " ", g["state"], " ", (g["zip"], "zip"), " (move type F, effective 2024-02)")
        return ln

    return mix(n, 26, phi, np_, traceback_block, 5, 0)


# ==========================================================================
# family: .NET service with NLog  ${longdate}|${level:uppercase=true}|${logger}|${message}
# ==========================================================================
def fam_nlog(n):
    out = []
    c = Clock("2024-03-11T07:58:02.000000")

    def L(logger, lvl):
        ln = Ln("nlog")
        ln.t("%s|%s|%s|" % (ts_nlog(c.tick(0.001, 30)), lvl, logger))
        return ln

    def np_(i):
        k = i % 20
        col = R.choice(COLLECTORS)
        if k == 0:
            return L("Microsoft.AspNetCore.Hosting.Diagnostics", "INFO").t("Request starting HTTP/1.1 POST http://collections-api:5080/api/v2/jobs/placement-import application/json 118")
        if k == 1:
            return L("Microsoft.AspNetCore.Hosting.Diagnostics", "INFO").t("Request starting HTTP/1.1 GET http://collections-api:5080/health - -")
        if k == 2:
            return L("Microsoft.AspNetCore.Hosting.Diagnostics", "INFO").t("Request finished HTTP/1.1 GET http://collections-api:5080/health - - - 200 - application/json %.4fms" % R.uniform(0.5, 9))
        if k == 3:
            return L("Meridian.Collections.Jobs.PlacementImportJob", "INFO").t("Job PLC-20240311-%04d completed: %d accounts, %d rejects, elapsed %s" % (R.randint(1, 12), R.randint(100, 1300), R.randint(0, 9), "00:0%d:%02d.%03d" % (R.randint(0, 4), R.randint(0, 59), R.randint(0, 999))))
        if k == 4:
            return L("Hangfire.Server.BackgroundServerProcess", "DEBUG").t("Server mrs-app02:4412:%s successfully reported itself as alive" % hexs(8))
        if k == 5:
            return L("Microsoft.EntityFrameworkCore.Database.Command", "INFO").t("Executed DbCommand (%dms) [Parameters=[@__batchId_0='PLC-20240311-%04d' (Size = 4000)], CommandType='Text', CommandTimeout='30']" % (R.randint(2, 90), R.randint(1, 12)))
        if k == 6:
            return L("Meridian.Collections.Compliance.RegFCallCounter", "INFO").t("7-in-7 window recomputed for %d accounts; %d at limit, next reset 2024-03-12T00:00:00-05:00" % (R.randint(40000, 50000), R.randint(300, 700)))
        if k == 7:
            return L("Meridian.Collections.Integrations.Dialer.ListExporter", "INFO").t("Exported list L03%02dA (campaign %s) %d leads to sftp://10.30.1.25:22/lists/inbound/" % (R.randint(11, 15), R.choice(["MVHS_EARLY_OUT", "SLRMC_BD_P1", "DSMC_BD_SPANISH"]), R.randint(800, 4000)))
        if k == 8:
            return L("Meridian.Collections.Services.PaymentService", "INFO").t("Settlement file PAYSETTLE_20240311.csv received from processor: %d card, %d ACH, %d returns, net $%s" % (R.randint(100, 300), R.randint(20, 90), R.randint(0, 6), money_c(R.uniform(20000, 90000))))
        if k == 9:
            return L("Meridian.Collections.Integrations.SkipTrace.SkipTraceClient", "WARN").t("Retry %d of 3 for POST /v3/person/search after 00:00:0%d: HttpRequestException: Connection refused (api.tracerpoint.example:443)" % (R.randint(1, 3), R.randint(1, 8)))
        if k == 10:
            return L("Meridian.Collections.Api.Auth.LoginAudit", "INFO").t("Collector %s (%s) signed in from 10.30.4.%d via ADFS, roles=Collector,PaymentPost" % (col[0], col[1], R.randint(10, 250)))
        if k == 11:
            return L("Meridian.Collections.Clients.ClientConfigService", "INFO").t("Client MVHS contact %s updated recall SLA to 5 business days; remit fax 614-555-0139 unchanged" % R.choice(HOSP_STAFF))
        if k == 12:
            return L("Microsoft.EntityFrameworkCore.Infrastructure", "INFO").t("Entity Framework Core 6.0.25 initialized 'CollectionsDbContext' using provider 'Microsoft.EntityFrameworkCore.SqlServer:6.0.25' with options: SensitiveDataLoggingEnabled MaxPoolSize=128")
        if k == 13:
            return L("Meridian.Collections.Jobs.LetterDispatchJob", "INFO").t("Dispatched %d letters to print vendor (job %s), %d e-delivery, %d suppressed" % (R.randint(200, 900), uuid4(), R.randint(20, 200), R.randint(0, 30)))
        if k == 14:
            return L("Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker", "INFO").t("Executed action Meridian.Collections.Api.Controllers.PaymentsController.PostAsync (Meridian.Collections.Api) in %.4fms" % R.uniform(30, 900))
        if k == 15:
            lt = c.t - dt.timedelta(hours=6)
            return L("Meridian.Collections.Compliance.CallWindowGuard", "WARN").t("Blocked outbound attempt lead=%d: consumer local time %s (Pacific/Honolulu) outside 08:00-21:00 window" % (R.randint(800000, 899999), lt.strftime("%H:%M")))
        if k == 16:
            return L("Quartz.Core.QuartzScheduler", "INFO").t("Scheduler MRSQuartz_$_mrs-app02 started.")
        if k == 17:
            return L("Meridian.Collections.Services.AccountService", "INFO").t("Recalculated interest-free balances for client DSMC: %d accounts, 0 interest accrued (medical, no contract rate)" % R.randint(1000, 9000))
        if k == 18:
            return L("Meridian.Collections.Services.PaymentService", "ERROR").t("Gateway timeout for transaction %s after 30000ms, will reconcile from settlement file (processor ref ch_%s)" % (uuid4(), hexs(24)))
        return L("System.Net.Http.HttpClient.TracerPoint.ClientHandler", "INFO").t("Received HTTP response headers after %.4fms - 200" % R.uniform(100, 1800))

    def exc_block():
        a = pick()
        g = a["guar"]
        lines = []
        ln = L("Meridian.Collections.Data.DebtorRepository", "ERROR")
        ln.parts("Failed to insert debtor for placement PLC-20240311-0008 System.Data.SqlClient.SqlException (0x80131904): Violation of UNIQUE KEY constraint 'UQ_Debtor_SSN'. Cannot insert duplicate key in object 'dbo.Debtor'. The duplicate key value is (",
                 (g["ssn"], "ssn"), ").")
        lines.append(ln)
        for txt in ["   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)",
                    "   at System.Data.SqlClient.TdsParser.TryRun(RunBehavior runBehavior, SqlCommand cmdHandler, SqlDataReader dataStream, BulkCopySimpleResultSet bulkCopyHandler, TdsParserStateObject stateObj, Boolean& dataReady)",
                    "   at Meridian.Collections.Data.DebtorRepository.InsertAsync(Debtor debtor, CancellationToken ct) in D:\\a\\1\\s\\src\\Meridian.Collections.Data\\DebtorRepository.cs:line 118",
                    "   at Meridian.Collections.Jobs.PlacementImportJob.ExecuteAsync(IJobExecutionContext context) in D:\\a\\1\\s\\src\\Meridian.Collections.Jobs\\PlacementImportJob.cs:line 74",
                    "ClientConnectionId:%s" % uuid4(),
                    "Error Number:2627,State:1,Class:14"]:
            lines.append(Ln("nlog").t(txt))
        return lines

    def phi(i):
        a = pick()
        pt, g = a["pt"], a["guar"]
        col = R.choice(COLLECTORS)
        k = i % 13
        if k == 11:
            return L("Meridian.Collections.Integrations.Fax.InboundFaxListener", "INFO").parts(
                "Inbound fax job %d from " % R.randint(100000, 999999), (ph_fmt(g["phone2"] or g["phone"], 0), "fax"), " (CSID not set), %d pages, matched acct " % R.randint(1, 6),
                (a["acct"], "account"), " by barcode; routed to queue DISPUTES")
        if k == 12:
            return L("Meridian.Collections.Services.AdjustmentService", "INFO").parts(
                "DME return credit posted to ", (a["acct"], "account"), ": patient-owned ", R.choice(["CPAP (ResMed AirSense 11)", "glucose monitor (Dexcom G7 receiver)", "TENS unit"]),
                " serial ", (R.choice(["23", "22", "SM"]) + digits(9), "device"), " returned to ", a["fac"], ", credit $", money(R.uniform(40, 900)))
        if k == 0:
            return L("Microsoft.AspNetCore.Hosting.Diagnostics", "INFO").parts(
                "Request starting HTTP/1.1 GET http://collections-api:5080/api/v2/accounts/", (a["acct"], "account"), "/ledger?includeItemization=true - -")
        if k == 1:
            return L("Meridian.Collections.Services.ConsumerService", "INFO").parts(
                "Consumer ", (a["acct"], "account"), " phone updated to ", (ph_fmt(g["phone2"] or g["phone"], 1), "phone"), " by ", col[0], " source=InboundCall consent=Y")
        if k == 2:
            return L("Microsoft.EntityFrameworkCore.Database.Command", "INFO").parts(
                "Executed DbCommand (%dms) [Parameters=[@p0='" % R.randint(2, 40), (g["ssn"], "ssn"), "' (Size = 9), @p1='", (d_iso(g["dob"]) + "T00:00:00.0000000", "date"),
                "' (Nullable = true) (DbType = DateTime2), @p2='", (g["al"], "name"), "' (Size = 60), @p3='", (g["af"], "name"),
                "' (Size = 40), @p4='", a["fac"], "' (Size = 8)], CommandType='Text', CommandTimeout='30']")
        if k == 3:
            dsp = "DSP-2024-%06d" % R.randint(1000, 9999)
            return L("Meridian.Collections.Disputes.DisputeService", "INFO").parts(
                "Dispute ", (dsp, "other_id"), " opened for account ", (a["acct"], "account"), " (consumer ", (g["last"] + ", " + g["first"], "name"),
                ") channel=", R.choice(["Portal", "Mail", "Phone", "Fax"]), "; collection activity paused per 1006.34(c)(4)")
        if k == 4:
            return L("Meridian.Collections.Compliance.CeaseCommunicationHandler", "WARN").parts(
                "Cease request received for acct ", (a["acct"], "account"), " from ", (g["email"], "email"), "; all channels suppressed, confirmation template CC01 queued")
        if k == 5:
            return L("Meridian.Collections.Letters.ReturnMailProcessor", "INFO").parts(
                "Validation notice returned undeliverable for ", (a["acct"], "account"), ": ", (addr1(g), "address"), ", ", (g["city"], "address"), " ", g["state"], " ",
                (g["zip"], "zip"), "; address flagged BAD, skip trace requested")
        if k == 6:
            ln = L("Meridian.Collections.Services.GuarantorLinker", "INFO")
            c2 = a["contact"] or a["guar"]
            jdump(ln, {"time": ts_nlog(c.t), "level": "Info", "message": "Guarantor linked",
                       "GuarantorName": P(c2["first"] + " " + c2["last"], "name"),
                       "Relationship": "Self" if c2 is pt else ("Child" if a["kind"] == "elder" else "Parent"),
                       "PatientMrn": P(a["mrn"], "mrn"), "Facility": a["fac"], "PlacementId": "PLC-20240311-%04d" % R.randint(1, 12)})
            return ln
        if k == 7:
            return L("Meridian.Collections.Integrations.Hospital.ItemizationClient", "DEBUG").parts(
                "GET https://fhir.mvhs-pfs.org/R4/Patient?identifier=urn:oid:2.16.840.1.113883.3.7418|", (a["mrn"], "mrn"), " -> 200 (%dms)" % R.randint(60, 900))
        if k == 8:
            return L("Meridian.Collections.Services.ConsumerService", "INFO").parts(
                "Portal user ", (g["user"], "other_id"), " linked to account ", (a["acct"], "account"), " after DOB/ZIP verification")
        if k == 9:
            e = a["contact"]
            if e is None:
                ee = R.choice([x for x in PATIENTS if x["kind"] == "elder"])
                e, a = ee["contact"], ee
            return L("Meridian.Collections.Services.ConsumerService", "INFO").parts(
                "Authorized third party added to ", (a["acct"], "account"), ": ", (e["first"] + " " + e["last"], "name"), " (POA on file) phone ",
                (ph_fmt(e["phone"], 2), "phone"), ", patient age ", (str(age_on(a["pt"]["dob"])), "age"))
        return L("Meridian.Collections.Services.AccountService", "WARN").parts(
            "Balance mismatch for hosp acct ", (a["har"], "account"), ": facility reports $", money(a["bal"]), ", agency ledger $", money(a["bal"] + R.choice([25, 50, 12.5])),
            " (patient ", (pt["first"] + " " + pt["last"], "name"), ")")

    first = [L("Microsoft.Hosting.Lifetime", "INFO").t("Now listening on: http://[::]:5080"),
             L("Microsoft.Hosting.Lifetime", "INFO").t("Application started. Press Ctrl+C to shut down."),
             L("Microsoft.Hosting.Lifetime", "INFO").t("Hosting environment: Production"),
             L("Microsoft.Hosting.Lifetime", "INFO").t("Content root path: D:\\apps\\Meridian.Collections.Api\\")]
    return first + mix(n - len(first), 24, phi, np_, exc_block, 7, 1)


# ==========================================================================
# family: placement files, pipe-delimited (two hospital layouts)
# ==========================================================================
def fam_placement_pipe(n):
    out = []
    # ---- MVHS layout
    mv = BY_HOSP["MVHS"]
    cols = ["REC", "FAC", "HOSP_ACCT", "MRN", "PT_LAST", "PT_FIRST", "PT_DOB", "PT_SEX", "PT_SSN", "ADMIT_DT", "DISCH_DT", "PT_CLASS",
            "GUAR_LAST", "GUAR_FIRST", "GUAR_REL", "GUAR_SSN", "GUAR_ADDR1", "GUAR_ADDR2", "GUAR_CITY", "GUAR_ST", "GUAR_ZIP",
            "GUAR_HPHONE", "GUAR_CPHONE", "PRIM_PAYER", "PRIM_MEMBER_ID", "PRIM_GRP", "TOT_CHG", "INS_PAID", "ADJ_AMT", "PT_PAID", "BAL_DUE", "LAST_STMT_DT"]
    out.append(Ln("placement-pipe").t("#LAYOUT=MVHS_PLC_V4|" + "|".join(cols)))
    n_mv = n // 2 - 3
    assert n_mv <= len(mv)
    recs = mv[:n_mv]
    out.append(Ln("placement-pipe").t("H|MVHS|20240311|021500|PLC-20240311-0007|MRS|%07d" % len(recs)))
    for a in recs:
        pt, g = a["pt"], a["guar"]
        ln = Ln("placement-pipe")
        rel = "SELF" if g is pt else "PARENT"
        ln.parts("D|", a["fac"], "|", (a["har"], "account"), "|", (a["mrn"], "mrn"), "|", (pt["al"], "name"), "|", (pt["af"], "name"), "|",
                 (d_ymd(pt["dob"]), "date"), "|", R.choice("FM"), "|", (pt["ssn"], "ssn") if a["kind"] != "minor" or R.random() < 0.5 else "", "|",
                 (d_ymd(a["svc_from"]), "date"), "|", (d_ymd(a["svc_to"]), "date"), "|", R.choice(["I", "O", "E"]), "|",
                 (g["al"], "name"), "|", (g["af"], "name"), "|", rel, "|", (g["ssn"], "ssn"), "|", (up(g["street"]), "address"), "|",
                 (up(g["unit"]), "address"), "|", (up(g["city"]), "address"), "|", g["state"], "|", (g["zip"] + g["zip4"], "zip"), "|",
                 (g["phone"], "phone"), "|", (g["phone2"], "phone"), "|", a["plan"], "|", (a["member"], "health_plan"), "|", a["grp"], "|",
                 money(a["tot"]), "|", money(a["ins"]), "|", money(a["adj"]), "|", money(a["paid"]), "|", money(a["bal"]), "|",
                 (d_ymd(a["last_stmt"]), "date"))
        out.append(ln)
    out.append(Ln("placement-pipe").t("T|%07d|%013.2f" % (len(recs), sum(a["bal"] for a in recs))))
    # ---- DSMC layout
    ds = BY_HOSP["DSMC"]
    cols2 = ["encounter_no", "mrn", "patient_name", "dob", "pt_age", "ssn", "svc_from", "svc_to", "guarantor_name", "guarantor_rel",
             "street", "city", "county", "state", "zip", "phone", "email", "payer", "member_id", "group_no", "balance", "last_pmt_dt", "lang"]
    out.append(Ln("placement-pipe").t("LAYOUT:DSMC_BD_EXPORT_2.0|generated=2024-03-11T01:02:44-07:00|" + "|".join(cols2)))
    n_ds = n - len(out) - 1
    assert n_ds <= len(ds)
    for i in range(n_ds):
        a = ds[i % len(ds)]
        pt, g = a["pt"], a["guar"]
        ln = Ln("placement-pipe")
        age = age_on(pt["dob"])
        ln.parts((a["har"], "account"), "|", (a["mrn"], "mrn"), "|", (pt["last"] + ", " + pt["first"] + ((" " + pt["middle"]) if pt["middle"] else ""), "name"), "|",
                 (d_us(pt["dob"]), "date"), "|", (str(age), "age" if age > 89 else None), "|", (ssn_d(pt["ssn"]), "ssn"), "|",
                 (d_us(a["svc_from"]), "date"), "|", (d_us(a["svc_to"]), "date"), "|",
                 (g["first"] + " " + g["last"], "name"), "|", "Self" if g is pt else "Parent", "|",
                 (addr1(g), "address"), "|", (g["city"], "address"), "|", (g["county"], "address"), "|", g["state"], "|", (g["zip"], "zip"), "|",
                 (ph_fmt(g["phone"], 1), "phone"), "|", (g["email"] if R.random() < 0.6 else "", "email"), "|", a["plan"].title(), "|",
                 (a["member"], "health_plan"), "|", a["grp"], "|", money(a["bal"]), "|", (d_us(a["last_pay"]) if a["last_pay"] else "", "date"), "|",
                 LANG.get(g["oi"], "en") if R.random() < 0.85 else "en")
        out.append(ln)
    out.append(Ln("placement-pipe").t("EOF|records=%d|sum_balance=%s|md5=%s" % (n_ds, money(sum(ds[i % len(ds)]["bal"] for i in range(n_ds))), hexs(32))))
    assert len(out) == n
    return out


# ==========================================================================
# family: placement file, fixed width (SLRMC layout SLR-FW-275)
# ==========================================================================
FW_LAYOUT = [  # name, width
    ("REC", 1), ("FAC", 5), ("ACCT", 12), ("MRN", 10), ("LAST", 20), ("FIRST", 15), ("MIDDLE", 15), ("DOB", 8), ("SEX", 1), ("SSN", 9),
    ("ADDR1", 30), ("ADDR2", 10), ("CITY", 18), ("ST", 2), ("ZIP", 9), ("PHONE", 10), ("SVCFROM", 8), ("SVCTO", 8), ("FC", 2),
    ("PAYER", 5), ("MEMBER", 15), ("TOTCHG", 11), ("BALANCE", 11), ("AGE", 3), ("GLAST", 20), ("GFIRST", 15), ("GREL", 2)]
FW_LEN = sum(w for _, w in FW_LAYOUT)


def fam_placement_fixed(n):
    out = []
    sl = BY_HOSP["SLRMC"]
    assert n - 2 <= len(sl)
    ln = Ln("placement-fixed")
    ln.t("HDR").fw("SLRMC", 8).fw("SLR-FW-%d" % FW_LEN, 12).fw("V2.3", 6).t("20240311021500").fw("%06d" % (n - 2), 6).t(" ")
    ln.t(";".join("%s:%d" % x for x in FW_LAYOUT))
    out.append(ln)
    total = 0
    for i in range(n - 2):
        a = sl[i % len(sl)]
        pt, g = a["pt"], a["guar"]
        age = age_on(pt["dob"])
        ln = Ln("placement-fixed")
        ln.fw("D", 1).fw(a["fac"], 5).fw(a["har"], 12, "account").fw(a["mrn"], 10, "mrn").fw(pt["al"], 20, "name").fw(pt["af"], 15, "name")
        ln.fw(pt["am"], 15, "name").fw(d_mdy(pt["dob"]), 8, "date").fw(R.choice("FM"), 1).fw(pt["ssn"], 9, "ssn")
        ln.fw(up(pt["street"]), 30, "address").fw(up(pt["unit"]), 10, "address").fw(up(pt["city"]), 18, "address").fw(pt["state"], 2)
        ln.fw(pt["zip"] + (pt["zip4"] if R.random() < 0.5 else ""), 9, "zip").fw(g["phone"], 10, "phone")
        ln.fw(d_mdy(a["svc_from"]), 8, "date").fw(d_mdy(a["svc_to"]), 8, "date").fw(R.choice(["SP", "CO", "MC", "MD"]), 2)
        ln.fw({"MEDICARE": "MCR01", "MEDICAID": "MCD17", "SELF PAY": "SELF"}.get(a["plan"], "COM%02d" % R.randint(1, 40)), 5)
        ln.fw(a["member"], 15, "health_plan")
        ln.fw("%d" % round(a["tot"] * 100), 11, right=True, fill="0").fw("%d" % round(a["bal"] * 100), 11, right=True, fill="0")
        ln.fw("%03d" % age, 3, "age" if age > 89 else None)
        ln.fw(g["al"], 20, "name").fw(g["af"], 15, "name").fw("01" if g is pt else "03", 2)
        assert len(ln.buf) == FW_LEN, len(ln.buf)
        total += round(a["bal"] * 100)
        out.append(ln)
    out.append(Ln("placement-fixed").t("TRL").fw("%06d" % (n - 2), 6).fw("%013d" % total, 13).t(" " * (FW_LEN - 22)))
    return out


# ==========================================================================
# family: Metro 2 (426 character format) with J1 / J2 / K1 segments
# ==========================================================================
def fam_metro2(n):
    out = []
    ln = Ln("metro2")
    ln.t("0426").t("HEADER").t("  ").fw("MRSINN0042", 10).fw("EQ77MRS001", 10).fw("48213", 5).fw("TU00MRS118", 10)
    ln.t("03112024").t("03112024").t("01152019").t("06012023").fw("MERIDIAN RECOVERY SERVICES LLC", 40)
    ln.fw("PO BOX 18250 COLUMBUS OH 432180250", 96).t("8885550170").fw("IN-HOUSE M2 WRITER (PYTHON)", 40).fw("4.2.1", 5).fw("", 10).fw("", 146)
    assert len(ln.buf) == 426
    out.append(ln)
    cnt = dict(base=0, j1=0, j2=0, k1=0)
    assert n - 2 <= len(PATIENTS)
    recs = PATIENTS[:n - 2]
    for a in recs:
        g = a["guar"]
        ln = Ln("metro2")
        segs = []
        if a["spouse"] is not None:
            segs.append("J1" if cnt["j1"] <= cnt["j2"] else "J2")
        segs.append("K1")
        length = 426 + sum({"J1": 100, "J2": 200, "K1": 34}[s] for s in segs)
        ln.t("%04d" % length).t("1").t("03112024%02d%02d%02d" % (R.randint(1, 5), R.randint(0, 59), R.randint(0, 59))).t("0")
        ln.fw("MRS0042188", 20).fw("", 2).fw(a["acct"], 30, "account").t("O").t("48")
        ln.fw(d_mdy(a["svc_from"]), 8, "date")
        ln.fw("0", 9, right=True, fill="0").fw("%d" % int(a["bal"] + a["paid"]), 9, right=True, fill="0").t("001").t("P")
        ln.fw("0", 9, right=True, fill="0").fw("%d" % int(a["paid"]), 9, right=True, fill="0")
        status = R.choice(["93", "93", "93", "62", "13", "DA"]) if a["bal"] > 500 else "DA"
        ln.t(status).t(" " if status in ("93", "DA") else "0").t("B" * 24)
        disputed = R.random() < 0.2
        ln.fw("", 2).fw("XB" if disputed else "", 2)
        cb = 0 if status in ("62", "13") else int(a["bal"])
        ln.fw("%d" % cb, 9, right=True, fill="0").fw("%d" % cb, 9, right=True, fill="0").fw("0", 9, right=True, fill="0")
        ln.t("02292024")
        dofd = a["svc_to"] + dt.timedelta(days=R.randint(30, 60))
        ln.fw(d_mdy(dofd), 8, "date")
        if status in ("62", "13"):
            ln.fw(d_mdy(rand_date("2024-02-01", "2024-03-08")), 8, "date")
        else:
            ln.t("00000000")
        if a["last_pay"]:
            ln.fw(d_mdy(a["last_pay"]), 8, "date")
        else:
            ln.t("00000000")
        ln.t(" ").fw("", 16)
        ln.t(" ")  # consumer transaction type
        ln.fw(g["al"], 25, "name").fw(g["af"], 20, "name").fw(g["am"], 20, "name").t(" ")
        ln.fw(g["ssn"], 9, "ssn").fw(d_mdy(g["dob"]), 8, "date")
        if R.random() < 0.8:
            ln.fw(g["phone"], 10, "phone")
        else:
            ln.t("0000000000")
        ln.t("1").fw("", 2).t("US").fw(up(g["street"]), 32, "address").fw(up(g["unit"]), 32, "address").fw(up(g["city"]), 20, "address")
        ln.t(g["state"]).fw(g["zip"] + g["zip4"], 9, "zip").t(R.choice(["Y", "C", " "])).t(R.choice(["O", "R", " "]))
        assert len(ln.buf) == 426, len(ln.buf)
        cnt["base"] += 1
        for sgm in segs:
            st0 = len(ln.buf)
            if sgm in ("J1", "J2"):
                sp = a["spouse"]
                ln.t(sgm).t(" ").fw(sp["al"], 25, "name").fw(sp["af"], 20, "name").fw(sp["am"], 20, "name").t(" ")
                ln.fw(sp["ssn"], 9, "ssn").fw(d_mdy(sp["dob"]), 8, "date")
                if sgm == "J1":
                    ln.t("0000000000").t("2").fw("", 2).t(" ")
                    cnt["j1"] += 1
                else:
                    ln.fw(sp["phone"], 10, "phone").t("2").fw("", 2).t("US")
                    c2 = R.choice(CITIES)
                    street = "%d %s" % (R.randint(100, 9899), R.choice(STREETS[c2[0]]))
                    ln.fw(up(street), 32, "address").fw("", 32).fw(up(c2[0]), 20, "address").t(c2[2]).fw(R.choice(c2[3]), 9, "zip")
                    ln.t("N").t("R").fw("", 2)
                    cnt["j2"] += 1
            else:
                ln.t("K1").fw(up(HOSP[a["hosp"]][0]).replace(".", "").replace("'", "")[:30], 30).t("02")
                cnt["k1"] += 1
            assert len(ln.buf) - st0 == {"J1": 100, "J2": 200, "K1": 34}[sgm], sgm
        assert len(ln.buf) == length
        out.append(ln)
    ln = Ln("metro2")
    ln.t("0426").t("TRAILER").fw("%d" % cnt["base"], 9, right=True, fill="0").fw("", 9)
    vals = [0, cnt["j1"], cnt["j2"], 1] + [0] * 20 + [0, 0, cnt["k1"], 0, 0, 0, 0] + [cnt["base"] + cnt["j1"] + cnt["j2"]] * 3 + [cnt["j1"], cnt["j2"]] + [cnt["base"]] * 2 + [cnt["j1"], cnt["j2"], cnt["base"]]
    for v in vals:
        ln.fw("%d" % v, 9, right=True, fill="0")
    ln.t(" " * (426 - len(ln.buf)))
    assert len(ln.buf) == 426
    out.append(ln)
    return out


# ==========================================================================
# family: skip tracing vendor API (Go service, slog text + JSON handlers)
# ==========================================================================
def fam_skiptrace(n):
    out = []
    c = Clock("2024-03-11T13:40:00.000000")

    def txt(level, msg):
        ln = Ln("skiptrace")
        ln.t('time=%s level=%s msg="%s"' % (ts_iso_z(c.tick(0.01, 20)), level, msg))
        return ln

    def np_(i):
        k = i % 12
        rid = uuid4()
        if k == 0:
            return txt("INFO", "oauth token refreshed").t(" vendor=tracerpoint endpoint=https://auth.tracerpoint.example/oauth2/token expires_in=3600 scope=\"person.search person.phones\"")
        if k == 1:
            return txt("INFO", "vendor call").t(" vendor=tracerpoint method=POST path=/v3/person/search req_id=%s status=200 latency_ms=%d hits=%d billable=true" % (rid, R.randint(200, 2400), R.randint(0, 3)))
        if k == 2:
            return txt("WARN", "rate limited").t(" vendor=tracerpoint status=429 retry_after=%ds req_id=%s queue_depth=%d" % (R.randint(1, 30), rid, R.randint(10, 240)))
        if k == 3:
            return txt("INFO", "batch complete").t(" batch=SKP-0311-%02d submitted=%d hits=%d no_hit=%d deceased=%d bankrupt=%d cost_usd=%s" % (R.randint(1, 9), R.randint(100, 400), R.randint(60, 300), R.randint(10, 80), R.randint(0, 4), R.randint(0, 6), money(R.uniform(30, 250))))
        if k == 4:
            return txt("ERROR", "vendor call failed").t(" vendor=phonewise method=GET path=/api/v1/line-type status=503 req_id=%s err=\"upstream connect error or disconnect/reset before headers\" attempt=%d" % (rid, R.randint(1, 3)))
        if k == 5:
            return txt("INFO", "circuit breaker state change").t(" name=phonewise from=closed to=open failures=5 window=30s")
        if k == 6:
            ln = Ln("skiptrace")
            jdump(ln, {"time": ts_iso_z(c.tick(0.01, 20), 6), "level": "INFO", "msg": "permissible purpose attestation", "vendor": "tracerpoint",
                       "glba": "3", "dppa": "0", "fcra_pp": "collection", "account_count": R.randint(50, 400), "operator": "svc-skiptrace"})
            return ln
        if k == 7:
            return txt("DEBUG", "http request").t(" method=POST url=https://api.tracerpoint.example/v3/person/search content_length=%d req_id=%s traceparent=00-%s-%s-01" % (R.randint(300, 700), rid, hexs(32), hexs(16)))
        if k == 8:
            return txt("INFO", "phone line-type refresh").t(" numbers=%d wireless=%d landline=%d voip=%d disconnected=%d vendor=phonewise" % (lambda a, b, cc, d: (a + b + cc + d, a, b, cc, d))(R.randint(100, 300), R.randint(20, 90), R.randint(5, 40), R.randint(3, 30)))
        if k == 9:
            return txt("INFO", "usage").t(" vendor=tracerpoint month=2024-03 searches=%d monthly_cap=25000 pct=%.1f" % (R.randint(4000, 9000), R.uniform(16, 36)))
        if k == 10:
            return txt("WARN", "result discarded").t(" reason=match_score_below_threshold score=%d threshold=70 req_id=%s" % (R.randint(20, 69), rid))
        return txt("INFO", "server started").t(" addr=0.0.0.0:8087 version=v1.14.2 commit=%s" % hexs(7))

    def phi(i):
        a = pick()
        g = a["guar"]
        k = i % 6
        rid = uuid4()
        if k == 0:
            ln = Ln("skiptrace")
            jdump(ln, {"time": ts_iso_z(c.tick(0.01, 20), 6), "level": "DEBUG", "msg": "vendor request body", "req_id": rid,
                       "body": {"searchType": "DEEP", "subject": {"firstName": P(g["first"], "name"), "lastName": P(g["last"], "name"),
                                                                 "dob": P(d_ymd(g["dob"]), "date"), "ssn": P(g["ssn"], "ssn"),
                                                                 "address": {"line1": P(addr1(g), "address"), "city": P(g["city"], "address"), "state": g["state"], "zip": P(g["zip"], "zip")}},
                                "clientReference": P(a["acct"], "account"), "permissiblePurpose": "COLLECTIONS", "glbaPurpose": "3", "dppaPurpose": "0"}})
            return ln
        if k == 1:
            ln = Ln("skiptrace")
            new_addr_c = R.choice(CITIES)
            st2 = "%d %s" % (R.randint(100, 9899), R.choice(STREETS[new_addr_c[0]]))
            rel = R.choice([x for x in PEOPLE if x["last"] == g["last"] and x is not g] or [R.choice(PEOPLE)])
            res = {"name": {"first": P(up(g["first"]), "name"), "middle": (P(up(g["middle"]), "name") if g["middle"] else ""), "last": P(up(g["last"]), "name")},
                   "phones": [{"number": P(g["phone"], "phone"), "lineType": "WIRELESS", "carrier": R.choice(["T-Mobile USA", "Verizon Wireless", "AT&T Mobility", "Cricket"]), "firstSeenYear": R.randint(2012, 2022), "score": R.randint(60, 99)}],
                   "addresses": [{"line1": P(up(st2), "address"), "city": P(up(new_addr_c[0]), "address"), "state": new_addr_c[2], "zip": P(R.choice(new_addr_c[3]), "zip"), "type": "CURRENT", "score": R.randint(50, 99)}],
                   "emails": [P(g["email"], "email")],
                   "relatives": [{"name": P(rel["first"] + " " + rel["last"], "name"), "relationship": R.choice(["POSSIBLE_SPOUSE", "POSSIBLE_RELATIVE", "HOUSEHOLD_MEMBER"])}],
                   "deceased": False}
            jdump(ln, {"time": ts_iso_z(c.tick(0.01, 20), 6), "level": "DEBUG", "msg": "vendor response body", "req_id": rid, "status": 200,
                       "body": {"matchScore": R.randint(80, 99), "results": [res]}})
            return ln
        if k == 2:
            ln = Ln("skiptrace")
            jdump(ln, {"time": ts_iso_z(c.tick(0.01, 20), 6), "level": "DEBUG", "msg": "vendor response body", "req_id": rid, "status": 200,
                       "body": {"matchScore": R.randint(80, 99), "assets": {
                           "vehicles": [{"vin": P(g["vin"], "vehicle"), "plate": P(g["plate"], "vehicle"), "plateState": g["state"], "year": g["vyear"], "make": g["vmake"], "model": g["vmodel"]}],
                           "driversLicense": {"number": P(g["dl"], "license"), "state": g["state"], "status": "VALID"}},
                           "social": [{"site": "facebook", "url": P("https://www.facebook.com/" + fold(g["first"]).lower().replace(" ", "") + "." + fold(g["last"]).lower().replace(" ", "").replace("'", "") + "." + str(R.randint(1, 99)), "url")}]}})
            return ln
        if k == 3:
            return txt("INFO", "no hit").t(" vendor=tracerpoint req_id=%s " % rid).parts("subject_ref=", (a["acct"], "account"), " name=\"", (g["first"] + " " + g["last"], "name"), "\" zip=", (g["zip"], "zip"), " reason=NO_MATCH")
        if k == 4:
            return txt("INFO", "phone verified").t(" vendor=phonewise ").parts("number=", (ph_fmt(g["phone"], 3), "phone"), " line_type=WIRELESS ported=false owner_match=", R.choice(["EXACT", "PARTIAL"]),
                                                                             " subject_ref=", (a["acct"], "account"), " req_id=", rid)
        ln = Ln("skiptrace")
        jdump(ln, {"time": ts_iso_z(c.tick(0.01, 20), 6), "level": "WARN", "msg": "deceased match", "req_id": rid,
                   "subject": {"name": P(up(g["first"] + " " + g["last"]), "name"), "ssn": P(ssn_d(g["ssn"]), "ssn")},
                   "dod": P(d_iso(rand_date("2023-10-01", "2024-02-28")), "date"), "source": "SSA-DMF/obituary", "confidence": "HIGH"})
        return ln

    return mix(n, 20, phi, np_)


# ==========================================================================
# family: dialer call logs + Reg F compliance engine (syslog)
# ==========================================================================
DISPOS = [("RPC_PTP", "Right party contact - promise to pay"), ("RPC_RTP", "Right party - refused to pay"), ("RPC_DISP", "Right party - disputes debt"),
          ("WPC", "Wrong party contact"), ("TPC_MSG", "Third party - message left (name+callback only)"), ("NA", "No answer"),
          ("VM_LMM", "Voicemail - limited content message left"), ("BUSY", "Busy"), ("DISC", "Disconnected number"), ("CD_REQ", "Consumer requested no calls")]


def fam_dialer(n):
    out = []
    c = Clock("2024-03-11T11:02:04.000000")
    TZ = {"OH": "America/New_York", "KY": "America/New_York", "IN": "America/Indiana/Indianapolis", "TX": "America/Denver", "AZ": "America/Phoenix", "NM": "America/Denver"}
    CAMP = {"MVHS": ["MVHS_EARLY_OUT", "MVHS_BD_P2"], "SLRMC": ["SLRMC_BD_P1"], "DSMC": ["DSMC_BD_SPANISH", "DSMC_BD_P1"]}
    camps = ["MVHS_EARLY_OUT", "SLRMC_BD_P1", "DSMC_BD_SPANISH", "MVHS_BD_P2"]

    def cdr(a, phone, extra=None, dispo=None):
        ln = Ln("dialer")
        t = c.tick(1, 90)
        col = R.choice(COLLECTORS)
        d = dispo or R.choice(DISPOS)
        ln.t("%s EDT|CALL|camp=%s|list=L03%02dA|lead_id=%d|" % (t.strftime("%Y-%m-%d %H:%M:%S"), R.choice(CAMP[a["hosp"]]), R.randint(11, 12), R.randint(800000, 899999)))
        ln.parts("acct=", (a["acct"], "account"), "|dialed=", (phone, "phone"), "|cid=", R.choice(AGENCY_PH), "|agent=", col[0] if d[0] not in ("NA", "BUSY", "DISC") else "", "|")
        dur = R.randint(0, 20) if d[0] in ("NA", "BUSY", "DISC") else R.randint(25, 900)
        ln.t("dur=%02d:%02d|dispo=%s|tz=%s|attempts_7d=%d|convo_7d=%d|regf_7in7=OK|mini_miranda=%s|rec=rec_%s_%d.wav" % (
            dur // 60, dur % 60, d[0], TZ[a["guar"]["state"]],
            R.randint(1, 6), 1 if d[0].startswith("RPC") else 0, "Y" if d[0].startswith("RPC") else "N/A", t.strftime("%Y%m%d_%H%M%S"), R.randint(1000, 9999)))
        if extra:
            ln.t("|note=")
            ln.parts(*extra)
        return ln

    def sysl(prog, pid, msg):
        ln = Ln("dialer")
        ln.t("%s dialer-pbx01 %s[%d]: %s" % (ts_syslog(c.tick(0.5, 60)), prog, pid, msg))
        return ln

    def np_(i):
        k = i % 12
        lead = R.randint(800000, 899999)
        if k == 0:
            return sysl("regf-guard", 2231, "blocked dial lead_id=%d reason=REGF_7IN7 attempts_7d=7 last_attempt=2024-03-%02dT16:22:09-05:00" % (lead, R.randint(8, 11)))
        if k == 1:
            return sysl("regf-guard", 2231, "blocked dial lead_id=%d reason=CONVO_7D last_rpc_at=2024-03-%02dT%02d:%02d:%02d-05:00 window_days=7" % (lead, R.randint(6, 10), R.randint(9, 19), R.randint(0, 59), R.randint(0, 59)))
        if k == 2:
            return sysl("tz-window", 2232, "deferred lead_id=%d local_time=07:%02d tz=America/Anchorage rule=FDCPA_805a1 next_eligible=08:00" % (lead, R.randint(10, 59)))
        if k == 3:
            return sysl("campaign", 1980, "campaign %s pacing ratio=%.1f agents_ready=%d abandon_rate_30d=%.2f%% (limit 3.00%%)" % (R.choice(camps), R.uniform(1.1, 2.4), R.randint(3, 22), R.uniform(0.4, 2.8)))
        if k == 4:
            col = R.choice(COLLECTORS)
            return sysl("acd", 1977, "agent %s (%s) state READY -> ON_CALL ext=%d queue=HOSP_INBOUND" % (col[0], col[1], R.randint(2100, 2199)))
        if k == 5:
            return sysl("recording", 2101, "uploaded rec_2024031%d_%02d%02d%02d_%d.wav to s3://mrs-call-recordings/2024/03/ size=%dKB retention=7y" % (R.randint(1, 2), R.randint(8, 20), R.randint(0, 59), R.randint(0, 59), R.randint(1000, 9999), R.randint(200, 9000)))
        if k == 6:
            return sysl("regf-guard", 2231, "voicemail template LCM_REGF_v3 played lead_id=%d (limited-content message, no debt disclosure)" % lead)
        if k == 7:
            return sysl("list-loader", 2010, "loaded list L03%02dA rows=%d scrubbed_dnc=%d scrubbed_cell_no_consent=%d scrubbed_cease=%d" % (R.randint(11, 12), R.randint(800, 4000), R.randint(10, 90), R.randint(0, 40), R.randint(0, 15)))
        if k == 8:
            return sysl("sip", 1850, "INVITE sip:+1XXXXXXXXXX@trunk2.carrier.example;user=phone from sip:%s@10.30.1.40 call-id=%s@10.30.1.40 (number masked in SIP log)" % (R.choice(AGENCY_PH), hexs(20)))
        if k == 9:
            return sysl("campaign", 1980, "campaign %s paused by supervisor %s: list exhausted, recycle in 4h" % (R.choice(camps), R.choice(COLLECTORS)[1]))
        if k == 10:
            ln = Ln("dialer")
            ln.t("%s EDT|STATS|interval=15m|dials=%d|connects=%d|rpc=%d|ptp=%d|ptp_amt=%s|abandons=%d|avg_talk=%ds" % (
                c.tick(1, 60).strftime("%Y-%m-%d %H:%M:%S"), R.randint(400, 2000), R.randint(60, 300), R.randint(20, 90), R.randint(5, 30), money(R.uniform(500, 9000)), R.randint(0, 9), R.randint(90, 300)))
            return ln
        return sysl("regf-guard", 2231, "email/sms channel check lead_id=%d opt_out=false consent=Y e_sign_disclosure=Y" % lead)

    def phi(i):
        a = pick()
        g = a["guar"]
        k = i % 7
        if k == 0:
            return cdr(a, g["phone"])
        if k == 1:
            return cdr(a, g["phone2"] or g["phone"], dispo=DISPOS[0],
                       extra=["PTP $%s %s via portal, plan PLN-%d" % (money(R.choice([25, 50, 75, 100, 150])), R.choice(["monthly", "biweekly", "one-time"]), R.randint(100000, 999999))])
        if k == 2:
            rel = a["contact"] or a["spouse"] or g
            return cdr(a, g["phone"], dispo=DISPOS[2], extra=["Spoke w/ ", (rel["first"] + " " + rel["last"], "name"),
                                                               "; disputes DOS ", (d_us(a["svc_from"]), "date"), " says insurance ", (a["member"] or "n/a", "health_plan" if a["member"] else None), " should have paid; sent to disputes"])
        if k == 3:
            return sysl("regf-guard", 2231, "").parts("cease: acct=", (a["acct"], "account"), " number=", (g["phone"], "phone"),
                                                     " flagged DNC reason=CONSUMER_REQUEST scope=ALL_CHANNELS source=", R.choice(["agent", "ivr", "portal"]))
        if k == 4:
            ln = Ln("dialer")
            ln.t("%s EDT|IVR|" % c.tick(1, 60).strftime("%Y-%m-%d %H:%M:%S"))
            ln.parts("ani=", (g["phone"], "phone"), "|acct=", (a["acct"], "account"), "|auth=ZIP+DOB|zip_in=", (g["zip"], "zip"), "|dob_in=", (d_mdy(g["dob"]), "date"), "|result=PASS|menu=PAY_BY_PHONE")
            return ln
        if k == 5:
            ln = Ln("dialer")
            ln.t("%s EDT|IVR|" % c.tick(1, 60).strftime("%Y-%m-%d %H:%M:%S"))
            ln.parts("ani=", (g["phone"], "phone"), "|acct=", (a["acct"], "account"), "|voiceprint_enroll=OK|template_b64=",
                     (b64_blob(b"VPv3\x00\x01\x10\x00", 150), "biometric"), "|engine=vb-9.2")
            return ln
        return cdr(a, g["phone"], dispo=DISPOS[3], extra=["WPC - number now belongs to other party, removed; prior owner ", (g["first"] + " " + g["last"], "name"), " not known"])

    return mix(n, 26, phi, np_)


# ==========================================================================
# family: payment portal (nginx access log + pino JSON app log)
# ==========================================================================
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"]


def fam_portal(n):
    out = []
    c = Clock("2024-03-11T18:02:11.000000")

    def nginx(ip, ipcat, req, status, size, ref="-", ua=None):
        ln = Ln("portal")
        ln.p(ip, ipcat).t(' - - [%s] "' % ts_clf(c.tick(0.2, 50)))
        if isinstance(req, str):
            ln.t(req)
        else:
            ln.parts(*req)
        ln.t('" %d %d "%s" "%s"' % (status, size, ref, ua or R.choice(UAS)))
        return ln

    def pino(level, extra):
        ln = Ln("portal")
        t = c.tick(0.05, 40)
        obj = {"level": level, "time": int(t.replace(tzinfo=dt.timezone.utc).timestamp() * 1000), "pid": 412, "hostname": "portal-web-%d" % R.randint(1, 3),
               "reqId": "req-%s" % R.choice("123456789abcdef") + hexs(2)}
        obj.update(extra)
        jdump(ln, obj)
        return ln

    def np_(i):
        k = i % 10
        if k == 0:
            return nginx("10.40.0.%d" % R.randint(2, 9), None, "GET /healthz HTTP/1.1", 200, 2, ua="ELB-HealthChecker/2.0")
        if k == 1:
            return pino(30, {"msg": "payment submitted", "method": "card", "brand": R.choice(["visa", "mastercard"]), "last4": digits(4), "amount": round(R.uniform(20, 400), 2),
                             "confirmation": "MRS-PMT-" + "".join(R.choice("23456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(6)), "processor": "authnet", "transId": digits(11)})
        if k == 2:
            return pino(30, {"msg": "ach payment accepted", "method": "ach", "accountLast4": digits(4), "routingNumber": aba_routing(), "secCode": "WEB",
                             "amount": round(R.uniform(20, 400), 2), "confirmation": "MRS-PMT-" + "".join(R.choice("23456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(6))})
        if k == 3:
            return pino(40, {"msg": "card declined", "code": R.choice(["insufficient_funds", "do_not_honor", "expired_card"]), "brand": "visa",
                             "maskedPan": "************" + digits(4), "attempt": R.randint(1, 3), "velocityWindow": "24h"})
        if k == 4:
            return pino(30, {"msg": "session started", "sessionId": hexs(32), "flow": "quick-pay", "locale": R.choice(["en-US", "es-US"])})
        if k == 5:
            return pino(20, {"msg": "csp report", "blockedUri": "https://www.googletagmanager.com/gtm.js", "violatedDirective": "script-src-elem"})
        if k == 6:
            return nginx("10.40.0.%d" % R.randint(2, 9), None, "GET /static/js/main.8f3c2a1d.js HTTP/1.1", 304, 0, ua="Amazon CloudFront")
        if k == 7:
            return pino(50, {"msg": "processor error", "err": {"type": "GatewayTimeout", "message": "authnet createTransaction timed out after 30000ms", "stack": "GatewayTimeout: authnet createTransaction timed out\n    at AuthNet.charge (/srv/portal/lib/authnet.js:118:13)"}})
        if k == 8:
            return pino(30, {"msg": "receipt emailed", "to": "[redacted]", "from": "noreply@pay.meridianrecovery.example", "template": "receipt_v5", "messageId": "<%s@mail.meridianrecovery.example>" % hexs(24)})
        return pino(30, {"msg": "payment plan created", "planId": "PLN-%d" % R.randint(100000, 999999), "installments": R.choice([3, 6, 10, 12]), "amountEach": round(R.uniform(25, 150), 2), "frequency": R.choice(["MONTHLY", "BIWEEKLY"]), "autopay": True})

    def phi(i):
        a = pick()
        g = a["guar"]
        k = i % 10
        if k == 0:
            return nginx(g["ip"], "ip", ["POST /api/verify HTTP/2.0"], 200, R.randint(300, 900), ref="https://pay.meridianrecovery.example/")
        if k == 1:
            return nginx(g["ip"], "ip", ["GET /pay/quick?acct=", (a["acct"], "account"), "&zip=", (g["zip"], "zip"), "&utm_source=letter HTTP/2.0"], 200, R.randint(4000, 9000))
        if k == 2:
            return pino(30, {"msg": "identity verified", "acct": P(a["acct"], "account"), "dobMatch": True, "zipMatch": True, "clientIp": P(g["ip"], "ip")})
        if k == 3:
            return pino(30, {"msg": "login ok", "username": P(g["user"], "other_id"), "mfa": "sms", "ip": P(g["ip"], "ip")})
        if k == 4:
            return pino(50, {"msg": "tokenization failed, raw request logged", "acct": P(a["acct"], "account"),
                             "request": {"cardNumber": P(g["card"], "account"), "expMonth": "%02d" % R.randint(1, 12), "expYear": R.randint(2025, 2029),
                                         "cvv": "***", "billingZip": P(g["zip"], "zip"), "nameOnCard": P(g["first"] + " " + g["last"], "name")}})
        if k == 5:
            return pino(30, {"msg": "ach payment accepted", "acct": P(a["acct"], "account"), "routingNumber": g["routing"], "accountNumber": P(g["bank"], "account"),
                             "accountType": R.choice(["CHECKING", "SAVINGS"]), "nameOnAccount": P(g["first"] + " " + g["last"], "name"), "amount": round(R.uniform(25, 300), 2)})
        if k == 6:
            return pino(30, {"msg": "profile updated", "acct": P(a["acct"], "account"), "changes": {"email": P(g["email"], "email"), "mobile": P(ph_fmt(g["phone"], 3), "phone"), "textConsent": True}})
        if k == 7:
            return pino(30, {"msg": "payment submitted", "method": "card", "brand": g["card_brand"], "last4": g["card"][-4:], "acct": P(a["acct"], "account"),
                             "amount": round(R.uniform(20, 400), 2), "payer": P(g["first"] + " " + g["last"], "name")})
        if k == 8:
            return nginx(g["ip"], "ip", ["GET /account/statement.pdf?acct=", (a["acct"], "account"), " HTTP/2.0"], 200, R.randint(40000, 200000), ref="https://pay.meridianrecovery.example/account")
        return pino(40, {"msg": "dispute submitted via portal", "acct": P(a["acct"], "account"), "caseNo": P("DSP-2024-%06d" % R.randint(1000, 9999), "other_id"),
                         "reason": "not_my_debt", "comment": S("I was never seen at ", HOSP[a["hosp"]][0], " on ", P(d_us(a["svc_from"]), "date"), ". My insurance ID is ", P(a["member"] or "none", "health_plan" if a["member"] else None)),
                         "attachment": {"type": "image/jpeg", "name": "id_front.jpg", "data": S("data:image/jpeg;base64,", P(jpeg_b64(330), "photo"))}})

    return mix(n, 27, phi, np_)


# ==========================================================================
# family: letter generation (Spring Boot default console pattern)
# ==========================================================================
def fam_letters(n):
    out = []
    c = Clock("2024-03-12T03:00:00.000000")

    def L(logger, lvl, thread="letter-batch-1"):
        ln = Ln("letters")
        ln.t("%s %5s 4412 --- [%15s] %-40s : " % (ts_spring(c.tick(0.01, 12)), lvl, thread[-15:], logger[-40:]))
        return ln

    def np_(i):
        k = i % 10
        if k == 0:
            return L("com.zaxxer.hikari.HikariDataSource", "INFO").t("HikariPool-1 - Start completed.")
        if k == 1:
            return L("c.m.letters.batch.ValidationNoticeJob", "INFO").t("Letter batch LB-20240312-01: %d validation notices, %d dispute responses, %d suppressed (bad address), output /out/printvendor/MRS_20240312_01.zip" % (R.randint(300, 900), R.randint(10, 60), R.randint(0, 20)))
        if k == 2:
            return L("c.m.letters.template.TemplateRegistry", "INFO").t("Loaded template VN_REGF_MODEL_B v7 (en-US, es-US), 2 pages, tear-off=Y, QR=pay.meridianrecovery.example/qr")
        if k == 3:
            return L("o.s.b.c.l.support.SimpleJobLauncher", "INFO").t("Job: [SimpleJob: [name=validationNoticeJob]] completed with the following parameters: [{run.id=%d, cycle=2024-03-12}] and the following status: [COMPLETED] in %dm%ds%dms" % (R.randint(100, 400), R.randint(1, 9), R.randint(0, 59), R.randint(0, 999)))
        if k == 4:
            return L("c.m.letters.compliance.RegFValidator", "WARN").t("Itemization date rule check: %d notices use last statement date, %d use charge-off date; validation period end computed as delivery +35d" % (R.randint(200, 800), R.randint(0, 20)))
        if k == 5:
            return L("c.m.letters.print.PrintVendorSftp", "INFO").t("Uploaded MRS_20240312_01.zip (%d bytes) to sftp://upload.printmail-vendor.example:22/in/ ack=%s" % (R.randint(2000000, 9000000), hexs(12)))
        if k == 6:
            return L("c.m.letters.render.PdfRenderer", "DEBUG").t("Rendered %d pages in %dms (fonts cached=%d, heap used=%dMB)" % (R.randint(2, 4), R.randint(80, 900), R.randint(4, 9), R.randint(300, 1100)))
        if k == 7:
            return L("c.m.letters.batch.ValidationNoticeJob", "INFO").t("Spanish-language notices: %d (language preference from placement file field lang=es)" % R.randint(20, 200))
        if k == 8:
            return L("c.m.letters.compliance.SafeHarborCheck", "INFO").t("Model form B-1 field mapping verified for client MVHS; agency phone 888-555-0170, hours M-F 8am-9pm ET, address %s" % AGENCY_ADDR)
        return L("c.m.letters.edelivery.EmailSender", "INFO").t("E-delivery via noreply@meridianrecovery.example: %d sent, %d bounced, %d opted-out (E-SIGN consent on file)" % (R.randint(20, 200), R.randint(0, 9), R.randint(0, 5)))

    def phi(i):
        a = pick()
        g, pt = a["guar"], a["pt"]
        k = i % 7
        if k == 0:
            return L("c.m.letters.batch.ValidationNoticeWriter", "DEBUG").parts(
                "Rendering VN_REGF_MODEL_B for acct ", (a["acct"], "account"), " consumer=", (g["first"] + " " + g["last"], "name"),
                " itemizationDate=", (d_iso(a["last_stmt"]), "date"), " itemizationBalance=", money(a["bal"] + a["paid"]), " currentBalance=", money(a["bal"]))
        if k == 1:
            return L("c.m.letters.address.AddressBlockBuilder", "DEBUG").parts(
                "Address block [", (up(g["first"] + " " + g["last"]), "name"), " / ", (up(addr1(g)), "address"), " / ", (up(g["city"]), "address"), " ",
                g["state"], " ", (g["zip"] + "-" + g["zip4"], "zip"), "] CASS=OK IMb service=%s" % R.choice(["040", "270", "300"]))
        if k == 2:
            dsp = "DSP-2024-%06d" % R.randint(1000, 9999)
            return L("c.m.letters.disputes.InboundDisputeHandler", "INFO", "dispute-intake").parts(
                "Dispute ", (dsp, "other_id"), " received via fax from ", (ph_fmt(g["phone2"] or new_phone(g["phone"][:3]), 2), "fax"), " for acct ", (a["acct"], "account"),
                "; collection paused, verification packet requested from ", a["fac"], " PFS (contact ", R.choice(HOSP_STAFF), ", fax 614-555-0139)")
        if k == 3:
            return L("c.m.letters.disputes.VerificationPacketBuilder", "INFO", "dispute-intake").parts(
                "Verification packet for acct ", (a["acct"], "account"), ": itemized statement for services ", (d_iso(a["svc_from"]), "date"), " to ",
                (d_iso(a["svc_to"]), "date"), ", patient ", (pt["first"] + " " + pt["last"], "name"), ", MRN ", (a["mrn"], "mrn"), ", attending ", "Dr. " + R.choice(HOSP_STAFF[1:]))
        if k == 4:
            return L("c.m.letters.batch.ValidationNoticeWriter", "WARN").parts(
                "Suppressed notice for acct ", (a["acct"], "account"), ": consumer ", (g["last"] + ", " + g["first"], "name"), " has attorney representation (case ",
                ("%s-CV-%d-%05d" % (R.choice(["CA", "CV", "SC"]), R.choice([2023, 2024]), R.randint(100, 99999)), "other_id"), ")")
        if k == 5:
            e = R.choice([x for x in PATIENTS if x["kind"] == "elder"])
            return L("c.m.letters.batch.ValidationNoticeWriter", "INFO").parts(
                "Notice for acct ", (e["acct"], "account"), " addressed c/o ", (e["contact"]["first"] + " " + e["contact"]["last"], "name"), " (POA) for patient ",
                (e["pt"]["first"] + " " + e["pt"]["last"], "name"), ", age ", (str(age_on(e["pt"]["dob"])), "age"))
        return L("c.m.letters.disputes.InboundDisputeHandler", "INFO", "dispute-intake").parts(
            "Attached ID image for acct ", (a["acct"], "account"), ": ", ("data:image/png;base64,", None), (png_b64(300), "photo"), " (", str(R.randint(40, 90)), "KB, face detected)")

    su = R.uniform(5, 12)
    first = L("c.m.letters.LetterServiceApplication", "INFO", "main").t("Started LetterServiceApplication in %.3f seconds (JVM running for %.3f)" % (su, su + R.uniform(0.6, 2.5)))
    return [first] + mix(n - 1, 21, phi, np_)


# ==========================================================================
# assemble
# ==========================================================================
def main():
    fams = [
        fam_pyetl(90), fam_nlog(88), fam_placement_pipe(40), fam_placement_fixed(22), fam_metro2(28),
        fam_skiptrace(52), fam_dialer(75), fam_portal(65), fam_letters(40),
    ]
    total = sum(len(f) for f in fams)
    assert total == 500, total
    # interleave in chunks (preserving order inside each source), like an aggregated log stream
    queues = [list(f) for f in fams]
    pos = [0] * len(queues)
    lines = []
    while len(lines) < total:
        rem = [i for i in range(len(queues)) if pos[i] < len(queues[i])]
        w = [len(queues[i]) - pos[i] for i in rem]
        qi = R.choices(rem, weights=w)[0]
        fam = queues[qi][0].fam
        k = R.randint(3, 14) if fam.startswith(("placement", "metro2")) else R.randint(1, 8)
        take = queues[qi][pos[qi]: pos[qi] + k]
        pos[qi] += len(take)
        lines.extend(take)

    log = bytearray()
    labels = []
    for no, ln in enumerate(lines, 1):
        b = bytes(ln.buf)
        assert b"\n" not in b and b"\r" not in b, no
        assert len(b) <= 4000, (no, len(b))
        b.decode("utf-8")
        last_e = -1
        spans = []
        for s, e, cat, val in sorted(ln.spans):
            assert s >= last_e, ("overlap", no)
            assert b[s:e] == val.encode("utf-8"), (no, val)
            assert e > s and cat in CATS, cat
            last_e = e
            spans.append({"s": s, "e": e, "cat": cat})
        log += b + b"\n"
        labels.append(json.dumps({"line": no, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(bytes(log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account", "license",
        "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
