#!/usr/bin/env python3
"""Deterministic generator for the `co` held-out PHI log corpus.

Theme: a state medical cannabis registry program and a chain of provisioning
centers (dispensaries): registry applications, card issuance, POS check-ins
(PDF417 + registry QR), purchase limits, seed-to-sale (METRC-like), delivery,
loyalty SMS (Twilio), payments (Stripe-like), nginx, Postgres, syslog.

Writes co.log and co.labels.jsonl next to this file. Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import uuid

R = random.Random(180018)
ID = "co"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_CLEAN = 275  # 55 %


# ----------------------------------------------------------------------------
# line builder
# ----------------------------------------------------------------------------
class P:
    """A tagged PHI value for the serializers."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.spans = []

    def t(self, s):
        self.b += s.encode("utf-8")
        return self

    def p(self, s, cat):
        bb = s.encode("utf-8")
        st = len(self.b)
        self.b += bb
        self.spans.append((st, len(self.b), cat, bb))
        return self

    def v(self, x):
        """text or P"""
        if isinstance(x, P):
            return self.p(str(x.v), x.cat)
        return self.t(str(x))


def jemit(L, o, sep=(",", ":"), ascii_=False):
    if isinstance(o, dict):
        L.t("{")
        first = True
        for k, v in o.items():
            if not first:
                L.t(sep[0])
            first = False
            L.t(json.dumps(k, ensure_ascii=ascii_))
            L.t(sep[1])
            jemit(L, v, sep, ascii_)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            jemit(L, v, sep, ascii_)
        L.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            L.t('"')
            L.p(json.dumps(o.v, ensure_ascii=ascii_)[1:-1], o.cat)
            L.t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    else:
        L.t(json.dumps(o, ensure_ascii=ascii_))


def pyjson(L, o):
    jemit(L, o, (", ", ": "), True)


def jsjson(L, o):
    jemit(L, o, (",", ":"), False)


def pyrepr(L, o):
    if isinstance(o, dict):
        L.t("{")
        first = True
        for k, v in o.items():
            if not first:
                L.t(", ")
            first = False
            L.t(repr(k) + ": ")
            pyrepr(L, v)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(", ")
            pyrepr(L, v)
        L.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            r = repr(o.v)
            L.t(r[0])
            L.p(r[1:-1], o.cat)
            L.t(r[-1])
        else:
            L.p(repr(o.v), o.cat)
    else:
        L.t(repr(o))


def logfmt(L, pairs):
    first = True
    for k, v in pairs:
        if not first:
            L.t(" ")
        first = False
        L.t(k + "=")
        raw = v.v if isinstance(v, P) else v
        raw = "" if raw is None else str(raw)
        if raw == "":
            continue
        need_q = any(c in raw for c in ' ="\\')
        if need_q:
            inner = json.dumps(raw, ensure_ascii=False)[1:-1]
            L.t('"')
            if isinstance(v, P):
                L.p(inner, v.cat)
            else:
                L.t(inner)
            L.t('"')
        else:
            if isinstance(v, P):
                L.p(raw, v.cat)
            else:
                L.t(raw)


# ----------------------------------------------------------------------------
# identifier helpers with real check digits
# ----------------------------------------------------------------------------
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


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def npi():
    body = R.choice("12") + digits(8)
    return body + luhn_digit("80840" + body)


def dea(last, kind="F"):
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return kind + last[0].upper() + "".join(map(str, d)) + str(chk)


VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi, vds, year_c, plant):
    body = wmi + vds + "0" + year_c + plant + digits(6)
    tot = 0
    for i, ch in enumerate(body):
        val = int(ch) if ch.isdigit() else VIN_MAP[ch]
        tot += val * VIN_W[i]
    c = tot % 11
    c = "X" if c == 10 else str(c)
    return body[:8] + c + body[9:]


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice("0123456789")
            + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice("0123456789") + R.choice(MBI_A)
            + R.choice(MBI_A) + R.choice("0123456789") + R.choice("0123456789"))


def imei():
    tac = R.choice(["35332011", "35891709", "35209911", "86753104", "35438211", "35925410"])
    body = tac + digits(6)
    return body + luhn_digit(body)


def visa():
    body = "4" + digits(14)
    return body + luhn_digit(body)


def mc():
    body = "5" + R.choice("12345") + digits(13)
    return body + luhn_digit(body)


def routing():
    while True:
        d = [int(x) for x in R.choice(["0720", "0724", "2724", "0410"]) + digits(5)]
        if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0:
            return "".join(map(str, d))


def ssn():
    while True:
        a = R.randint(100, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def b64_blob(prefix, n):
    raw = prefix + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def jpeg_b64(n):
    return b64_blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00", n)


def png_b64(n):
    return b64_blob(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\xe0\x00\x00\x02\x80\x08\x02\x00\x00\x00", n)


def fmr_b64(n):
    return b64_blob(b"FMR\x00 20\x00\x00\x00\x01\xc4\x00\x00\x01\x3c\x01\x62\x00\xc5\x00\xc5\x01\x00\x00\x00", n)


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "").replace("'", "")


def fmt_phone(d10, style):
    a, b, c = d10[:3], d10[3:6], d10[6:]
    return {
        "e164": "+1" + d10,
        "dash": "%s-%s-%s" % (a, b, c),
        "paren": "(%s) %s-%s" % (a, b, c),
        "dots": "%s.%s.%s" % (a, b, c),
        "raw": d10,
        "intl": "+1 %s %s %s" % (a, b, c),
    }[style]


# ----------------------------------------------------------------------------
# world: places, people, staff, business
# ----------------------------------------------------------------------------
CITIES = [
    # city, county, area code, zip choices
    ("Lansing", "Ingham", "517", ["48906", "48910", "48911", "48912", "48915", "48917"]),
    ("East Lansing", "Ingham", "517", ["48823"]),
    ("Kalamazoo", "Kalamazoo", "269", ["49001", "49006", "49007", "49008", "49009"]),
    ("Portage", "Kalamazoo", "269", ["49002", "49024"]),
    ("Grand Rapids", "Kent", "616", ["49503", "49504", "49505", "49506", "49507", "49546"]),
    ("Wyoming", "Kent", "616", ["49509", "49519"]),
    ("Ann Arbor", "Washtenaw", "734", ["48103", "48104", "48105", "48108"]),
    ("Ypsilanti", "Washtenaw", "734", ["48197", "48198"]),
    ("Flint", "Genesee", "810", ["48503", "48504", "48505", "48506", "48507"]),
    ("Traverse City", "Grand Traverse", "231", ["49684", "49686"]),
    ("Marquette", "Marquette", "906", ["49855"]),
    ("Saginaw", "Saginaw", "989", ["48601", "48602", "48603", "48604"]),
    ("Ferndale", "Oakland", "248", ["48220"]),
    ("Muskegon", "Muskegon", "231", ["49440", "49441", "49442"]),
    ("Hamtramck", "Wayne", "313", ["48212"]),
]
STREETS = ["W Saginaw St", "E Michigan Ave", "Cherry Hill Rd", "Oakland Dr", "Burton St SE", "Division Ave N",
           "Packard St", "Washtenaw Ave", "Court St", "Front St", "Third St", "Genesee Ave", "Woodward Ave",
           "Livernois Ave", "Grand River Ave", "Kalamazoo St", "Lake Shore Dr", "Presque Isle Ave",
           "Hackley Ave", "Mt Hope Ave", "Conant St", "Leonard St NE", "Stadium Dr", "Miller Rd",
           "S Cedar St", "Wealthy St SE", "Jolly Rd", "Eastern Ave SE", "Pine Ave", "Caniff St"]
UNITS = ["", "", "", "", " Apt 3B", " Apt 12", " Unit 4", " #207", " Lot 31", " Apt 1"]

FIRSTS = ["Amara", "Tomasz", "Lucía", "Hiroshi", "Oluwaseun", "Siobhan", "Dmitri", "Priya", "Mateo", "Aaliyah",
          "Bogdan", "Ngozi", "Yusuf", "Mei-Ling", "Rafael", "Ingrid", "Kwame", "Zofia", "Darnell", "Fatima",
          "Henrik", "Leilani", "Arjun", "Marisol", "Gary", "Delphine", "Tariq", "Svetlana", "Joaquín", "Keanu",
          "Ruth", "Emeka", "Björn", "Thuy", "Aurelio", "Wanda", "Chidi", "Ayşe", "Reginald", "Noemí",
          "Mildred", "Eustace", "Harriet", "Ignatius", "Cornelia"]
LASTS = ["Okonkwo", "Wiśniewski", "Fernández", "Tanaka", "Adeyemi", "O'Sullivan", "Volkov", "Raghunathan",
         "Herrera", "Washington", "Kowalczyk", "Eze", "Demir", "Chen", "Lindqvist", "Mensah", "Nowak", "Haddad",
         "Kealoha", "Patel", "Villanueva", "Abernathy", "Marchetti", "Nakamura", "Petrov", "Castillo",
         "Jóhannsdóttir", "Nguyen", "Ferreira", "Yazzie", "Goldberg", "Baptiste", "Kaur", "Al-Masri",
         "Dubois", "Szabó", "Mwangi", "Schröder", "Van der Berg", "Hollis", "Pruitt", "Whitcomb",
         "Osei", "Lombardi", "Kim"]
CONDITIONS = ["chronic pain", "PTSD", "cancer", "glaucoma", "Crohn's disease", "epilepsy", "multiple sclerosis",
              "severe nausea", "arthritis", "autism", "ALS", "HIV", "Parkinson's disease", "cachexia",
              "spinal cord injury", "obsessive-compulsive disorder"]
MAILS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com", "comcast.net", "att.net"]
TODAY = dt.date(2024, 6, 11)


def pub_ip():
    if R.random() < 0.15:
        return "2601:%x:%x:%x:%x:%x:%x:%x" % tuple(R.randint(0x100, 0xffff) for _ in range(7))
    first = R.choice([24, 35, 47, 68, 69, 71, 73, 75, 96, 98, 99, 107, 108, 162, 172, 174, 184])
    if first == 172:
        second = R.choice([56, 58, 59, 88, 100, 114])
    else:
        second = R.randint(1, 254)
    return "%d.%d.%d.%d" % (first, second, R.randint(0, 255), R.randint(1, 254))


def age_on(dob, d=TODAY):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def plate():
    fmt = R.choice(["%s%s%s %04d", "%s%s%s%04d", "%d%s%s%03d"])
    L3 = "ABCDEFGHJKLMNPRSTVWXYZ"
    if fmt.startswith("%d"):
        return fmt % (R.randint(1, 9), R.choice(L3), R.choice(L3), R.randint(0, 999))
    return fmt % (R.choice(L3), R.choice(L3), R.choice(L3), R.randint(1, 9999))


def make_person(i, old=False):
    first = FIRSTS[i % len(FIRSTS)]
    last = LASTS[(i * 7 + 3) % len(LASTS)]
    city, county, ac, zips = R.choice(CITIES)
    if old:
        dob = dt.date(R.randint(1927, 1933), R.randint(1, 12), R.randint(1, 28))
    else:
        dob = dt.date(R.randint(1942, 2004), R.randint(1, 12), R.randint(1, 28))
    issued = dt.date(2022, 6, 1) + dt.timedelta(days=R.randint(0, 740))
    expires = issued.replace(year=issued.year + 2)
    local = ascii_fold(first).replace("-", "") + R.choice([".", "_", "", "."]) + ascii_fold(last).replace("-", "")
    if R.random() < 0.5:
        local += str(dob.year)[2:] if R.random() < 0.6 else str(R.randint(1, 999))
    p = dict(
        first=first, last=last, full=first + " " + last,
        dob=dob, age=age_on(dob),
        street="%d %s%s" % (R.randint(12, 9870), R.choice(STREETS), R.choice(UNITS)),
        city=city, county=county, zip=R.choice(zips),
        phone=ac + "55501" + "%02d" % R.randint(0, 99),
        email=local + "@" + R.choice(MAILS),
        reg="MMP%02d-%06d" % (issued.year % 100, R.randint(100000, 999999)),
        mrn=str(R.randint(1000000, 1999999)),
        dl=ascii_fold(last)[0].upper() + digits(12),
        username=ascii_fold(first)[:6] + "_" + ascii_fold(last)[:5] + str(R.randint(1, 99)),
        imei=imei(),
        plate=plate(),
        medicaid=("0%09d" % R.randint(10000000, 999999999)) if R.random() < 0.3 else None,
        mbi=mbi() if (old or dob.year < 1959) and R.random() < 0.7 else None,
        ssn=ssn(),
        cus="cus_" + alnum(14),
        ach=digits(R.choice([9, 10, 12])),
        pan=visa() if R.random() < 0.7 else mc(),
        ip=pub_ip(),
        issued=issued, expires=expires,
        dl_iss=dt.date(R.choice([2020, 2021, 2022, 2023]), dob.month, dob.day),
        conds=R.sample(CONDITIONS, R.choice([1, 1, 2])),
        inhaler_sn="SQ-%s-%s" % (digits(4), alnum(5, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
        bt_mac=":".join("%02X" % R.randint(0, 255) for _ in range(6)),
        cg=None,
    )
    return p


PEOPLE = [make_person(i, old=(i % 11 == 4)) for i in range(45)]
CAREGIVERS = []
for j in range(10):
    c = make_person(100 + j * 3)
    c["first"], c["last"] = FIRSTS[(j * 5 + 2) % len(FIRSTS)], LASTS[(j * 11 + 6) % len(LASTS)]
    c["full"] = c["first"] + " " + c["last"]
    c["cgid"] = "MMC%02d-%06d" % (c["issued"].year % 100, R.randint(100000, 999999))
    c["rel"] = R.choice(["spouse", "daughter", "son", "parent", "friend", "sibling", "partner"])
    CAREGIVERS.append(c)
for k, p in enumerate(PEOPLE):
    if k % 5 == 0:
        p["cg"] = CAREGIVERS[(k // 5) % len(CAREGIVERS)]

PHYSICIANS = []
for nm, cred, spec in [("Evelyn Marsh", "DO", "Family Medicine"), ("Rajesh Iyer", "MD", "Pain Medicine"),
                       ("Corinne Delacroix", "MD", "Neurology"), ("Samuel Oduya", "DO", "Internal Medicine"),
                       ("Hannah Brzezinski", "MD", "Oncology"), ("Victor Alanis", "MD", "Psychiatry"),
                       ("Margit Eriksen", "DO", "Physical Medicine")]:
    PHYSICIANS.append(dict(name=nm, cred=cred, spec=spec, npi=npi(), dea=dea(nm.split()[-1], R.choice("ABF")),
                           lic=("4301" if cred == "MD" else "5101") + digits(6),
                           fax="517555%04d" % R.randint(100, 199),
                           clinic=R.choice(["Lakeshore Cannabis Clinic", "Great Lakes Certification Center",
                                            "Mitten Wellness Evaluations", "Northern Relief Medical"])))

STORES = [
    dict(code="LAN-01", lic="PC-000417", name="Green Leaf Wellness - Lansing", addr="2200 E Michigan Ave, Lansing, MI 48912",
         phone="5175550140", tz="-04:00"),
    dict(code="KZO-02", lic="PC-000588", name="Green Leaf Wellness - Kalamazoo", addr="611 W Michigan Ave, Kalamazoo, MI 49007",
         phone="2695550177", tz="-04:00"),
    dict(code="TVC-03", lic="PC-000731", name="Green Leaf Wellness - Traverse City", addr="1405 S Airport Rd W, Traverse City, MI 49686",
         phone="2315550112", tz="-04:00"),
]
BUDTENDERS = ["Keisha Morrow", "Luis Ortega", "Ben Hadley", "Priscilla Tran", "Jonah Feld", "Marta Quiñones"]
DRIVERS = [dict(name=n, dl="%s%s" % (n.split()[1][0], digits(12)), emp="E-%04d" % R.randint(1000, 9999))
           for n in ["Marcus Bell", "Anya Sorensen", "DeShawn Pratt", "Eli Rosenthal"]]
VANS = []
for k in range(4):
    VANS.append(dict(unit="VAN-%02d" % (k + 1), plate=R.choice(["DLV", "GLW", "CMX"]) + " %04d" % R.randint(1000, 9999),
                     vin=vin(R.choice(["1FT", "3C6", "1GC"]), alnum(5, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"),
                             R.choice("KLMNPR"), R.choice("ABCKDH"))))
STAFF_EMAILS = ["j.whitaker@greenleafwellness.example", "compliance@greenleafwellness.example",
                "k.morrow@greenleafwellness.example", "ops-alerts@greenleafwellness.example"]
PRODUCTS = [("Blue Dream 3.5g", "FL-BD-035", "Grams", 3.5), ("GG4 Live Resin 1g", "CN-GG4-010", "Grams", 1.0),
            ("Sour Diesel Pre-Roll 1g", "PR-SD-010", "Each", 1.0), ("Indica Gummies 100mg", "ED-IG-100", "Each", 1.0),
            ("Wedding Cake 7g", "FL-WC-070", "Grams", 7.0), ("RSO Syringe 1g", "CN-RSO-010", "Grams", 1.0),
            ("1:1 Tincture 30ml", "TN-11-030", "Each", 1.0), ("Jack Herer 14g", "FL-JH-140", "Grams", 14.0)]
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
       "GreenLeaf/3.14.2 (com.greenleafwellness.app; build:2024060703; iOS 17.5.1) Alamofire/5.9.1",
       "okhttp/4.12.0"]


def tag():
    return "1A4" + R.choice(["0603", "FF01", "0A02"]) + "0000" + digits(13)


def batch_id():
    return "B-%s-%s" % (R.choice(["0524", "0528", "0603", "0607"]), R.choice(["GG4", "BD", "WC", "JH", "SD", "RSO"]))


def lab_id():
    return "LT-2024-%02d-%04d" % (R.randint(4, 6), R.randint(1000, 9999))


# ----------------------------------------------------------------------------
# clock and timestamp formats
# ----------------------------------------------------------------------------
T = dt.datetime(2024, 6, 11, 12, 0, 7, 118000, tzinfo=dt.timezone.utc)
EDT = dt.timezone(dt.timedelta(hours=-4))


def tick():
    global T
    T += dt.timedelta(seconds=R.randint(3, 62), milliseconds=R.randint(0, 999))


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def iso_z():
    return T.strftime("%Y-%m-%dT%H:%M:%S.") + ms(T) + "Z"


def iso_loc():
    t = T.astimezone(EDT)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-04:00"


def epoch_ms():
    return int(T.timestamp() * 1000)


def asctime():
    return T.strftime("%Y-%m-%d %H:%M:%S,") + ms(T)


def syslog_ts():
    t = T.astimezone(EDT)
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def nginx_ts():
    return T.astimezone(EDT).strftime("%d/%b/%Y:%H:%M:%S -0400")


def nginx_err_ts():
    return T.astimezone(EDT).strftime("%Y/%m/%d %H:%M:%S")


def pg_ts():
    return T.strftime("%Y-%m-%d %H:%M:%S.") + ms(T) + " UTC"


def guni_ts():
    return T.astimezone(EDT).strftime("[%Y-%m-%d %H:%M:%S -0400]")


# ----------------------------------------------------------------------------
# person selection with locality (a real system sees the same patient repeatedly)
# ----------------------------------------------------------------------------
RECENT = []


def person():
    if RECENT and R.random() < 0.55:
        p = R.choice(RECENT[-6:])
    else:
        p = R.choice(PEOPLE)
    RECENT.append(p)
    return p


def old_person():
    p = R.choice([q for q in PEOPLE if q["age"] >= 90])
    RECENT.append(p)
    return p


def dstr(d, style="iso"):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"), "aamva": d.strftime("%m%d%Y"),
            "compact": d.strftime("%Y%m%d")}[style]


# ----------------------------------------------------------------------------
# families.  Each: f(phi: bool) -> list[Line]
# ----------------------------------------------------------------------------
REG_HOST = "registry-api-7d9c8f6b5-q2x7k"


def pino_head(level, host, pid):
    return {"level": level, "time": epoch_ms(), "pid": pid, "hostname": host}


def fam_pino_registry(phi):
    L = Line("pino-registry")
    d = pino_head(30, REG_HOST, 2871)
    d["reqId"] = "req-" + alnum(4, "0123456789abcdefghijklmnopqrstuvwxyz")
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            d["req"] = {"method": R.choice(["GET", "GET", "POST"]), "url": "/v1/applications/%s/status" % uid(),
                        "remoteAddress": "10.42.%d.%d" % (R.randint(0, 7), R.randint(2, 250)), "remotePort": R.randint(32768, 60999)}
            d["res"] = {"statusCode": R.choice([200, 200, 200, 304, 404])}
            d["responseTime"] = R.randint(4, 240)
            d["msg"] = "request completed"
        elif k == 1:
            ph = R.choice(PHYSICIANS)
            d["physician"] = {"name": "Dr. " + ph["name"], "credential": ph["cred"], "npi": ph["npi"], "dea": ph["dea"],
                              "licenseNumber": ph["lic"], "licenseExpires": "2025-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)),
                              "specialty": ph["spec"], "fax": fmt_phone(ph["fax"], "dash")}
            d["lookupSource"] = "LARA"
            d["cacheHit"] = R.random() < 0.5
            d["msg"] = "certifying physician verified"
        elif k == 2:
            d.pop("reqId")
            d["queue"] = R.choice(["application-review", "renewal-review", "caregiver-review"])
            d["depth"] = R.randint(3, 420)
            d["oldestAgeSec"] = R.randint(600, 400000)
            d["reviewersOnline"] = R.randint(1, 9)
            d["msg"] = "review queue stats"
        else:
            d["applicationId"] = uid()
            d["transition"] = {"from": "PENDING_PHYSICIAN", "to": R.choice(["UNDER_REVIEW", "APPROVED", "DEFICIENT"])}
            d["reviewer"] = R.choice(["dmcgraw", "lpatel", "tsaunders"])
            d["slaHoursRemaining"] = R.randint(1, 480)
            d["msg"] = "application state changed"
        jsjson(L, d)
        return [L]
    p = person()
    k = R.choices(range(6), weights=[4, 3, 3, 3, 2, 1])[0]
    if k == 0:
        ph = R.choice(PHYSICIANS)
        d["applicationId"] = uid()
        app = {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
               "dateOfBirth": P(dstr(p["dob"]), "date"), "phone": P(fmt_phone(p["phone"], R.choice(["e164", "dash"])), "phone"),
               "email": P(p["email"], "email"),
               "address": {"line1": P(p["street"], "address"), "city": P(p["city"], "address"),
                           "county": P(p["county"], "address"), "state": "MI", "zip": P(p["zip"], "zip")}}
        if R.random() < 0.35:
            app["fax"] = P(fmt_phone(p["phone"][:6] + "%04d" % R.randint(100, 199), "dash"), "fax")
        d["applicant"] = app
        d["qualifyingConditions"] = p["conds"]
        d["certifyingPhysician"] = {"name": ph["name"], "npi": ph["npi"], "licenseNumber": ph["lic"]}
        d["feeTier"] = "reduced" if p["medicaid"] else "standard"
        d["msg"] = "application submitted"
    elif k == 1:
        d["registryId"] = P(p["reg"], "other_id")
        if p["mbi"] and (R.random() < 0.6 or not p["medicaid"]):
            d["reducedFee"] = {"program": "Medicare", "mbi": P(p["mbi"], "health_plan"), "verifiedVia": "HETS 270/271"}
        else:
            mid = p["medicaid"] or ("0%09d" % R.randint(10000000, 999999999))
            p["medicaid"] = mid
            d["reducedFee"] = {"program": "Medicaid", "beneficiaryId": P(mid, "health_plan"), "verifiedVia": "CHAMPS"}
        d["feeWaived"] = 40
        d["msg"] = "reduced fee eligibility verified"
    elif k == 2:
        d["level"] = 40
        d["applicationId"] = uid()
        d["err"] = {"type": "ValidationError", "message": "SSN did not match SSA verification response",
                    "field": "applicant.ssn", "received": P(p["ssn"], "ssn"), "code": "E_SSN_MISMATCH"}
        d["msg"] = "applicant identity check failed"
    elif k == 3:
        d["registryId"] = P(p["reg"], "other_id")
        if R.random() < 0.6:
            b = jpeg_b64(R.randint(220, 520))
            d["photo"] = {"contentType": "image/jpeg", "bytes": R.randint(38000, 91000), "data": P(b, "photo"), "truncated": True}
        else:
            b = "data:image/png;base64," + png_b64(R.randint(200, 420))
            d["photo"] = {"source": "kiosk", "dataUri": P(b, "photo"), "truncated": True}
        d["msg"] = "applicant photo received"
    elif k == 4:
        q = old_person() if R.random() < 0.6 else p
        d["registryId"] = P(q["reg"], "other_id")
        d["age"] = P(q["age"], "age") if q["age"] > 89 else q["age"]
        d["ageVerified"] = True
        d["method"] = "DOB on state ID"
        d["msg"] = "age verification passed"
    else:
        d["registryId"] = P(p["reg"], "other_id")
        d["cardIssued"] = P(dstr(p["issued"]), "date")
        d["cardExpires"] = P(dstr(p["expires"]), "date")
        d["conditionCount"] = len(p["conds"])
        d["msg"] = "renewal window open"
    jsjson(L, d)
    return [L]


def fam_py_card(phi):
    L = Line("py-card-issuer")
    L.t(asctime() + " ")
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            L.t("INFO card_issuer.batch: Print batch PB-%s-%02d complete: %d cards, %d rejects in %.1fs"
                % (T.strftime("%m%d"), R.randint(1, 9), R.randint(40, 260), R.randint(0, 3), R.uniform(60, 600)))
        elif k == 1:
            L.t("WARNING card_issuer.printer: Ribbon low on zebra-zc350-%02d (%d%% remaining, serial ZC35%s)"
                % (R.randint(1, 4), R.randint(4, 15), digits(7)))
        elif k == 2:
            L.t("INFO card_issuer.sweep: Renewal sweep queued %d cards expiring before %s (cutoff_days=30)"
                % (R.randint(12, 90), (TODAY + dt.timedelta(days=30)).isoformat()))
        else:
            L.t("INFO card_issuer.mail: USPS manifest %s submitted (%d pieces, permit 1183, facility Lansing P&DC)"
                % ("9275" + digits(18), R.randint(40, 260)))
        return [L]
    p = person()
    k = R.choices(range(4), weights=[3, 2, 2, 1])[0]
    if k == 0:
        L.t("INFO card_issuer.worker: Issued card registry_id=").p(p["reg"], "other_id").t(" holder='").p(p["full"], "name")
        L.t("' issued=").p(dstr(p["issued"]), "date").t(" expires=").p(dstr(p["expires"]), "date")
        L.t(" print_job=PJ-%s-%04d printer=zebra-zc350-%02d" % (T.strftime("%Y%m%d"), R.randint(1, 999), R.randint(1, 4)))
    elif k == 1:
        new = p["expires"].replace(year=p["expires"].year + 2)
        L.t("INFO card_issuer.renewals: Renewal approved for ").p(p["reg"], "other_id").t(" prev_exp=").p(dstr(p["expires"]), "date")
        L.t(" new_exp=").p(dstr(new), "date").t(" fee=$40.00 reviewer=lpatel")
    elif k == 2:
        L.t("INFO card_issuer.mail: Mailing label generated registry_id=").p(p["reg"], "other_id").t(" to='").p(p["full"], "name")
        L.t(", ").p(p["street"], "address").t(", ").p(p["city"], "address").t(", MI ").p(p["zip"], "zip").t("' class=FIRST")
    else:
        q = old_person()
        L.t("INFO card_issuer.fees: Senior fee waiver applied registry_id=").p(q["reg"], "other_id")
        L.t(" holder_age=").p(str(q["age"]), "age").t(" rule=AGE_GTE_65 amount_waived=$40.00")
    return [L]


def aamva(p, L, style):
    """raw PDF417 payload, logged with escaped control chars (\\n, \\u001e / \\x1e, \\r)"""
    rs = "\\u001e" if style == "json" else "\\x1e"
    L.t("@\\n" + rs + "\\rANSI 636032100102DL00410278ZM03190024DLDAQ").p(p["dl"], "license")
    L.t("\\nDCS").p(unicodedata.normalize("NFKD", p["last"]).encode("ascii", "ignore").decode().upper(), "name")
    L.t("\\nDDEN\\nDAC").p(unicodedata.normalize("NFKD", p["first"]).encode("ascii", "ignore").decode().upper(), "name")
    L.t("\\nDDFN\\nDADNONE\\nDDGN\\nDCAD\\nDCBNONE\\nDCDNONE\\nDBD").p(dstr(p["dl_iss"], "aamva"), "date")
    L.t("\\nDBB").p(dstr(p["dob"], "aamva"), "date")
    L.t("\\nDBA").p(dstr(p["dl_iss"].replace(year=p["dl_iss"].year + 4), "aamva"), "date")
    L.t("\\nDBC%d\\nDAU0%d in\\nDAY%s\\nDAG" % (R.randint(1, 2), R.randint(60, 75), R.choice(["BRO", "BLU", "GRN", "HAZ"])))
    L.p(p["street"].upper(), "address").t("\\nDAI").p(p["city"].upper(), "address").t("\\nDAJMI\\nDAK").p(p["zip"] + "0000", "zip")
    L.t("  \\nDCGUSA\\nDDAF\\nDDB09012023")


def fam_syslog_pos(phi):
    L = Line("syslog-pos-scan")
    st = R.choice(STORES[:2])
    host = "pos-%s-%02d" % (st["code"][:3].lower(), R.randint(1, 6))
    L.t("<134>1 %s %s checkin-agent %d - - " % (iso_loc(), host, R.randint(900, 4000)))
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            L.t("scanner attached vid=0x0c2e pid=0x0b61 serial=%sB%s model=\"Honeywell Xenon 1902g\" fw=CA000128BAA" % (digits(5), digits(4)))
        elif k == 1:
            L.t("decode failed symbology=PDF417 err=\"AAMVA header mismatch\" iin=636032 retry=%d elapsed_ms=%d" % (R.randint(1, 3), R.randint(30, 400)))
        elif k == 2:
            L.t("heartbeat store=%s lic=%s queue=%d uptime_s=%d mem_rss_mb=%d" % (st["code"], st["lic"], R.randint(0, 12), R.randint(1000, 900000), R.randint(60, 220)))
        else:
            L.t("registry lookup ok latency_ms=%d endpoint=https://mmrp-verify.state.example/api/v2/cards status=200" % R.randint(80, 900))
        return [L]
    p = person()
    if R.random() < 0.55:
        L.t("scan ok symbology=PDF417 len=%d data=\"" % R.randint(260, 340))
        aamva(p, L, "py")
        L.t("\"")
    else:
        L.t("scan ok symbology=QR type=registry_card data=\"MMRP|P|").p(p["reg"], "other_id").t("|EXP=").p(dstr(p["expires"], "compact"), "date")
        L.t("|SIG=%s\" card_status=ACTIVE" % alnum(16))
    return [L]


def winston(L, d):
    d["timestamp"] = iso_z()
    jsjson(L, d)


def fam_winston_checkin(phi):
    L = Line("winston-pos-checkin")
    st = R.choice(STORES)
    if not phi:
        k = R.randint(0, 3)
        d = {"level": "info"}
        if k == 0:
            d.update(message="queue snapshot", service="pos-api", store=st["code"], waiting=R.randint(0, 14),
                     avgWaitSec=R.randint(30, 900), budtendersOnShift=R.randint(2, 6))
        elif k == 1:
            d.update(message="budtender login", service="pos-api", store=st["code"], terminal="pos-%s-%02d" % (st["code"][:3].lower(), R.randint(1, 6)),
                     employee=R.choice(BUDTENDERS), employeeId="E-%04d" % R.randint(1000, 9999), agentCardExpires="2025-03-31")
        elif k == 2:
            d.update(level="warn", message="cash drawer variance", service="pos-api", store=st["code"], drawer=R.randint(1, 4),
                     expectedCents=R.randint(100000, 500000), varianceCents=R.randint(-900, 900), closedBy=R.choice(BUDTENDERS))
        else:
            d.update(message="order finalized", service="pos-api", store=st["code"], orderId="SO-%06d" % R.randint(100000, 999999),
                     items=R.randint(1, 6), totalCents=R.randint(1500, 30000), exciseCents=0, receiptNo="R%s-%06d" % (st["code"][:3], R.randint(1, 99999)))
        winston(L, d)
        return [L]
    p = person() if R.random() < 0.8 else old_person()
    d = {"level": "info", "message": "patient checked in", "service": "pos-api", "store": st["code"],
         "terminal": "pos-%s-%02d" % (st["code"][:3].lower(), R.randint(1, 6)),
         "patientId": P(p["mrn"], "mrn"), "registryId": P(p["reg"], "other_id")}
    if R.random() < 0.6:
        d["name"] = P(p["full"], "name")
    d["dob"] = P(dstr(p["dob"], R.choice(["iso", "us"])), "date")
    d["age"] = P(p["age"], "age") if p["age"] > 89 else p["age"]
    if R.random() < 0.6:
        d["idType"] = "DL"
        d["idState"] = "MI"
        d["idNumber"] = P(p["dl"], "license")
    d["cardStatus"] = "ACTIVE"
    d["cardExpires"] = P(dstr(p["expires"]), "date")
    if p["cg"] and R.random() < 0.5:
        d["caregiver"] = {"name": P(p["cg"]["full"], "name"), "registryId": P(p["cg"]["cgid"], "other_id")}
    d["budtender"] = R.choice(BUDTENDERS)
    winston(L, d)
    return [L]


def fam_logfmt_limits(phi):
    L = Line("logfmt-limits")
    pairs = [("time", iso_loc())]
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            pairs += [("level", "info"), ("msg", "limits config loaded"), ("svc", "limits"), ("version", "2024.05.2"),
                      ("daily_flower_g", "70.87"), ("monthly_flower_g", "283.49"), ("concentrate_equiv", "1g=3.5g"), ("source", "s3://glw-config/limits.yaml")]
        elif k == 1:
            pairs += [("level", "debug"), ("msg", "ledger cache stats"), ("svc", "limits"), ("hits", R.randint(1000, 90000)),
                      ("misses", R.randint(10, 900)), ("evictions", R.randint(0, 40)), ("p99_ms", R.randint(2, 30))]
        else:
            pairs += [("level", "warn"), ("msg", "state verification slow"), ("svc", "limits"), ("upstream", "mmrp-verify.state.example:443"),
                      ("latency_ms", R.randint(1500, 9000)), ("trace_id", hexs(32)), ("retry", R.randint(1, 3))]
        logfmt(L, pairs)
        return [L]
    p = person()
    used = round(R.uniform(0, 70), 2)
    req = R.choice([3.5, 7.0, 14.0, 28.0, 1.0])
    dec = "ALLOW" if used + req <= 70.87 else "DENY"
    pairs += [("level", "info" if dec == "ALLOW" else "warn"), ("msg", "purchase limit check"), ("svc", "limits"),
              ("patient_id", P(p["mrn"], "mrn")), ("registry_id", P(p["reg"], "other_id"))]
    if p["cg"] and R.random() < 0.5:
        pairs.append(("caregiver_id", P(p["cg"]["cgid"], "other_id")))
    else:
        pairs.append(("caregiver_id", ""))
    pairs += [("window", "daily"), ("flower_g_used", "%.2f" % used), ("flower_g_limit", "70.87"), ("requested_g", "%.1f" % req),
              ("decision", dec)]
    if dec == "DENY":
        pairs.append(("reason", "daily limit would be exceeded"))
    pairs += [("latency_ms", R.randint(1, 19)), ("trace_id", hexs(32))]
    logfmt(L, pairs)
    return [L]


def fam_py_metrc(phi):
    L = Line("py-metrc")
    st = R.choice(STORES)
    if not phi:
        k = R.randint(0, 4)
        if k == 0:
            L.t('%s DEBUG urllib3.connectionpool: https://api-mi.metrc.com:443 "GET /packages/v2/active?licenseNumber=%s&lastModifiedStart=%sT%s HTTP/1.1" 200 %d'
                % (asctime(), st["lic"], TODAY.isoformat(), (T - dt.timedelta(minutes=15)).strftime("%H:%M:%S"), R.randint(900, 90000)))
        elif k == 1:
            L.t("%s INFO metrc.labs: LabTest %s batch=%s package=%s THC=%.1f%% CBD=%.2f%% result=PASSED tested=%s lab=\"Iron Laboratories\""
                % (asctime(), lab_id(), batch_id(), tag(), R.uniform(15, 31), R.uniform(0, 1), "2024-05-%02d" % R.randint(20, 31)))
        elif k == 2:
            L.t("%s INFO metrc.packages: Adjusted %s qty=-%.2f Grams reason=\"Drying\" harvest=HB-%s facility=%s"
                % (asctime(), tag(), R.uniform(0.1, 4), "2024-05-%02d" % R.randint(1, 31), st["lic"]))
        elif k == 3:
            L.t("%s WARNING metrc.client: 429 Too Many Requests from api-mi.metrc.com, Retry-After=%d (bucket=%s)"
                % (asctime(), R.randint(1, 30), st["lic"]))
        else:
            L.t("%s INFO metrc.transfers: Manifest %s accepted from %s: %d packages (%s..%s), driver=%s vehicle=%s"
                % (asctime(), "000" + digits(7), R.choice(["GR-000214", "PR-000093"]), R.randint(2, 30), tag(), tag(),
                   R.choice(DRIVERS)["name"], R.choice(VANS)["plate"]))
        return [L]
    p = person()
    prod = R.choice(PRODUCTS)
    sale = T - dt.timedelta(seconds=R.randint(5, 120))
    rec = {"SalesDateTime": P(sale.astimezone(EDT).strftime("%Y-%m-%dT%H:%M:%S"), "date"),
           "SalesCustomerType": "Patient", "PatientLicenseNumber": P(p["reg"], "other_id"),
           "CaregiverLicenseNumber": P(p["cg"]["cgid"], "other_id") if (p["cg"] and R.random() < 0.5) else "",
           "IdentificationMethod": "", "Transactions": [
               {"PackageLabel": tag(), "Quantity": prod[3], "UnitOfMeasure": prod[2], "TotalAmount": float(R.randint(10, 180))}]}
    L.t("%s DEBUG metrc.client: POST https://api-mi.metrc.com/sales/v2/receipts?licenseNumber=%s body=" % (asctime(), st["lic"]))
    pyjson(L, [rec])
    return [L]


def structlog(L, d, level):
    d["level"] = level
    d["timestamp"] = iso_z()
    pyjson(L, d)


def fam_delivery(phi):
    L = Line("structlog-delivery")
    drv = R.choice(DRIVERS)
    van = R.choice(VANS)
    route = "RT-%s-%s-%d" % (T.strftime("%m%d"), R.choice(["LAN", "KZO"]), R.randint(1, 4))
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            d = {"driver": drv["name"], "employee_id": drv["emp"], "driver_license": drv["dl"], "vehicle": {"unit": van["unit"], "plate": van["plate"], "vin": van["vin"]},
                 "odometer_mi": R.randint(12000, 88000), "event": "shift started"}
        elif k == 1:
            d = {"route_id": route, "stops": R.randint(4, 16), "distance_km": round(R.uniform(20, 140), 1), "solver": "or-tools",
                 "solve_ms": R.randint(40, 900), "event": "route optimized"}
        elif k == 2:
            d = {"route_id": route, "manifest": "DM-%s" % digits(8), "packages": [tag() for _ in range(R.randint(1, 3))],
                 "vehicle": van["unit"], "event": "delivery manifest filed"}
        else:
            d = {"vehicle": van["unit"], "vin": van["vin"], "lat": round(R.uniform(42.2, 42.8), 5), "lon": round(R.uniform(-85.7, -84.4), 5),
                 "speed_mph": R.randint(0, 55), "cargo_temp_f": R.randint(58, 74), "event": "telematics ping"}
        structlog(L, d, "info")
        return [L]
    p = person()
    k = R.choices(range(3), weights=[4, 2, 1])[0]
    if k == 0:
        d = {"route_id": route, "stop_seq": R.randint(1, 14), "order_id": "SO-%06d" % R.randint(100000, 999999),
             "patient_id": P(p["mrn"], "mrn"), "recipient": P(p["full"], "name"), "address": P(p["street"], "address"),
             "city": P(p["city"], "address"), "state": "MI", "zip": P(p["zip"], "zip"),
             "phone": P(fmt_phone(p["phone"], R.choice(["e164", "raw", "dash"])), "phone"),
             "delivery_date": P(dstr(TODAY + dt.timedelta(days=R.randint(0, 2))), "date"),
             "window": R.choice(["10:00-12:00", "12:00-14:00", "14:00-16:00", "16:00-18:00"]),
             "driver": drv["name"], "vehicle": {"plate": van["plate"], "vin": van["vin"]}, "event": "stop assigned"}
    elif k == 1:
        d = {"route_id": route, "order_id": "SO-%06d" % R.randint(100000, 999999), "registry_id": P(p["reg"], "other_id"),
             "id_checked": "DL", "id_number": P(p["dl"], "license"), "signature_png_bytes": R.randint(4000, 12000),
             "driver": drv["name"], "event": "delivered"}
    else:
        d = {"route_id": route, "order_id": "SO-%06d" % R.randint(100000, 999999), "patient_id": P(p["mrn"], "mrn"),
             "reason": "no answer", "called": P(fmt_phone(p["phone"], "e164"), "phone"), "attempts": R.randint(1, 3),
             "driver": drv["name"], "event": "delivery failed"}
    structlog(L, d, "info" if k < 2 else "warning")
    return [L]


TW_ACCT = "AC" + hexs(32)
TW_MG = "MG" + hexs(32)
SMS_HOST = "loyalty-sms-5b7f9d4c8-mm2tr"


def fam_twilio(phi):
    L = Line("pino-twilio-sms")
    st = R.choice(STORES)
    if not phi:
        d = pino_head(30, SMS_HOST, 19)
        k = R.randint(0, 2)
        if k == 0:
            d.update(campaign="june-loyalty-double-points", queued=R.randint(200, 4000), optedOut=R.randint(0, 80),
                     messagingServiceSid=TW_MG, msg="campaign batch enqueued")
        elif k == 1:
            d.update(messageSid="SM" + hexs(32), status=R.choice(["sent", "delivered", "undelivered"]), errorCode=None,
                     accountSid=TW_ACCT, msg="status callback")
        else:
            d["level"] = 40
            d.update(err={"status": 429, "code": 20429, "message": "Too Many Requests", "moreInfo": "https://www.twilio.com/docs/errors/20429"},
                     retryInMs=R.randint(500, 5000), msg="twilio rate limited")
        jsjson(L, d)
        return [L]
    p = person()
    k = R.choices(range(3), weights=[3, 2, 2])[0]
    if k == 0:
        d = pino_head(30, SMS_HOST, 19)
        d.update(messageSid="SM" + hexs(32), to=P(fmt_phone(p["phone"], "e164"), "phone"), **{"from": "+1" + st["phone"]},
                 patientId=P(p["mrn"], "mrn"), template="points-balance", segments=1, status="queued", msg="sms sent")
        jsjson(L, d)
    elif k == 1:
        d = pino_head(50, SMS_HOST, 19)
        d.update(err={"status": 400, "code": 21610, "message": "Attempt to send to unsubscribed recipient",
                      "moreInfo": "https://www.twilio.com/docs/errors/21610"},
                 to=P(fmt_phone(p["phone"], "e164"), "phone"), campaign="june-loyalty-double-points", msg="sms send failed")
        jsjson(L, d)
    else:
        # express body logging of the inbound webhook (url-encoded)
        L.t(iso_z() + " POST /webhooks/twilio/inbound body=ToCountry=US&SmsMessageSid=SM%s&Body=%s&From=" % (hexs(32), R.choice(["STOP", "BALANCE", "HELP", "YES"])))
        L.p("%2B1" + p["phone"], "phone").t("&To=%2B1" + st["phone"] + "&AccountSid=" + TW_ACCT + "&NumSegments=1&FromZip=").p(p["zip"], "zip")
        L.t("&FromCity=").p(p["city"].upper().replace(" ", "+"), "address").t("&FromState=MI&ApiVersion=2010-04-01")
    return [L]


def fam_payments(phi):
    L = Line("py-payments")
    L.t(asctime() + " ")
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            L.t("INFO payments.webhooks: verified signature t=%d v1=%s... event=evt_%s type=payout.paid"
                % (int(T.timestamp()) - R.randint(0, 5), hexs(12), alnum(24)))
        elif k == 1:
            L.t("INFO payments.payouts: payout po_%s amount=%d currency=usd arrival_date=%s destination=ba_%s status=in_transit"
                % (alnum(24), R.randint(100000, 4000000), (TODAY + dt.timedelta(days=2)).isoformat(), alnum(24)))
        elif k == 2:
            L.t("INFO payments.refunds: refund re_%s created for ch_%s amount=%d reason=requested_by_customer approved_by=%s"
                % (alnum(24), alnum(24), R.randint(500, 6000), R.choice(STAFF_EMAILS)))
        else:
            L.t("INFO payments.ach: NACHA file %s.ach submitted to ODFI routing=%s batches=%d entries=%d credits=%d debits=%d"
                % (T.strftime("%Y%m%d") + "A", routing(), R.randint(1, 4), R.randint(20, 400), R.randint(0, 1000000), R.randint(100000, 9000000)))
        return [L]
    p = person()
    k = R.choices(range(3), weights=[4, 2, 1])[0]
    if k == 0:
        L.t("INFO payments.webhooks: event=charge.succeeded id=evt_%s data=" % alnum(24))
        d = {"id": "ch_" + alnum(24), "object": "charge", "amount": R.randint(1200, 24000), "currency": "usd",
             "customer": P(p["cus"], "account"),
             "billing_details": {"address": {"city": P(p["city"], "address"), "country": "US", "line1": P(p["street"], "address"),
                                             "line2": None, "postal_code": P(p["zip"], "zip"), "state": "MI"},
                                 "email": P(p["email"], "email"), "name": P(p["full"], "name"), "phone": None},
             "metadata": {"order_id": "SO-%06d" % R.randint(100000, 999999), "store": R.choice(STORES)["code"]},
             "payment_method_details": {"card": {"brand": "visa" if p["pan"][0] == "4" else "mastercard", "last4": p["pan"][-4:],
                                                 "exp_month": R.randint(1, 12), "exp_year": R.randint(2025, 2029)}, "type": "card"},
             "status": "succeeded"}
        pyjson(L, d)
    elif k == 1:
        L.t("INFO payments.ach: debit initiated patient_id=").p(p["mrn"], "mrn").t(" routing=%s account=" % routing()).p(p["ach"], "account")
        L.t(" amount_cents=%d sec=WEB trace=%s" % (R.randint(1500, 25000), digits(15)))
    else:
        L.t("ERROR payments.tokenize: tokenization failed, raw request logged: ")
        pyrepr(L, {"number": P(p["pan"], "account"), "exp": "%02d/%02d" % (R.randint(1, 12), R.randint(25, 29)),
                   "name": P(p["full"], "name"), "address_zip": P(p["zip"], "zip")})
    return [L]


NGINX_HOSTS = ["order.greenleafwellness.example", "portal.greenleafwellness.example"]


def fam_nginx_access(phi):
    L = Line("nginx-access")
    if not phi:
        k = R.randint(0, 4)
        if k == 0:
            L.t('10.20.%d.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"' % (R.randint(0, 3), R.randint(2, 250), nginx_ts()))
        elif k == 1:
            L.t('192.168.%d.%d - - [%s] "POST /api/v1/checkins/%s/complete HTTP/1.1" 200 %d "-" "GLW-POS/2.31.4 (Windows 10; terminal)"'
                % (R.randint(10, 12), R.randint(20, 80), nginx_ts(), uid(), R.randint(80, 900)))
        elif k == 2:
            L.t('10.20.%d.%d - - [%s] "GET /static/js/main.%s.js HTTP/1.1" 304 0 "https://order.greenleafwellness.example/" "%s" rt=0.000 urt="-"'
                % (R.randint(0, 3), R.randint(2, 250), nginx_ts(), hexs(8), R.choice(UAS[:4])))
        elif k == 3:
            src = R.choice(["3.18.12.63", "3.130.192.231", "54.187.174.169", "54.187.205.235"])
            L.t('%s - - [%s] "POST /webhooks/stripe HTTP/1.1" 200 16 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)" rt=0.%03d'
                % (src, nginx_ts(), R.randint(10, 300)))
        else:
            L.t('10.20.%d.%d - - [%s] "GET /metrics HTTP/1.1" 200 %d "-" "Prometheus/2.52.0"' % (R.randint(0, 3), R.randint(2, 250), nginx_ts(), R.randint(8000, 40000)))
        return [L]
    p = person()
    ip = p["ip"] if R.random() < 0.8 else pub_ip()
    ua = R.choice(UAS)
    k = R.choices(range(4), weights=[4, 2, 1, 2])[0]
    L.p(ip, "ip").t(" - - [%s] \"" % nginx_ts())
    if k == 0:
        L.t("GET /portal/api/patients/").p(p["mrn"], "mrn").t("/orders?status=%s HTTP/2.0\" 200 %d \"https://order.greenleafwellness.example/account\" \"%s\""
                                                         % (R.choice(["open", "all", "delivered"]), R.randint(300, 9000), ua))
    elif k == 1:
        em = p["email"].replace("@", "%40")
        L.t("GET /portal/reset-password?email=").p(em, "email").t("&src=sms HTTP/2.0\" 302 0 \"-\" \"%s\"" % ua)
    elif k == 2:
        L.t("GET /portal/card/verify?registry=").p(p["reg"], "other_id").t(" HTTP/1.1\" 200 %d \"-\" \"%s\"" % (R.randint(100, 800), ua))
    else:
        L.t("POST /api/v2/cart/checkout HTTP/2.0\" %d %d \"https://order.greenleafwellness.example/cart\" \"%s\" rt=0.%03d"
            % (R.choice([200, 201, 402, 409]), R.randint(60, 900), ua, R.randint(40, 999)))
    return [L]


def fam_nginx_error(phi):
    L = Line("nginx-error")
    pid = R.randint(20, 40)
    L.t("%s [%s] %d#%d: *%d " % (nginx_err_ts(), "error" if phi or R.random() < 0.6 else "warn", pid, pid, R.randint(10000, 999999)))
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            L.t('upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.20.1.%d, server: registry-internal, request: "GET /v1/applications/%s HTTP/1.1", upstream: "http://10.42.3.%d:3000/v1/applications/%s", host: "registry-api.svc.cluster.local"'
                % (R.randint(2, 250), uid(), R.randint(2, 250), uid()))
        elif k == 1:
            L.t('connect() failed (111: Connection refused) while connecting to upstream, client: 192.168.10.%d, server: pos.greenleafwellness.internal, request: "POST /api/v1/limits/check HTTP/1.1", upstream: "http://10.42.5.%d:8080/check", host: "pos.greenleafwellness.internal"'
                % (R.randint(20, 80), R.randint(2, 250)))
        else:
            L.t('a client request body is buffered to a temporary file /var/cache/nginx/client_temp/%010d, client: 10.20.2.%d, server: registry-internal, request: "POST /v1/uploads HTTP/1.1", host: "registry-api.svc.cluster.local"'
                % (R.randint(1, 99999999), R.randint(2, 250)))
        return [L]
    p = person()
    L.t("upstream prematurely closed connection while reading response header from upstream, client: ").p(p["ip"], "ip")
    host = R.choice(NGINX_HOSTS)
    if R.random() < 0.5:
        L.t(', server: %s, request: "GET /portal/api/patients/' % host).p(p["mrn"], "mrn")
        L.t('/card HTTP/2.0", upstream: "http://10.42.2.%d:3000/portal/api/patients/' % R.randint(2, 250)).p(p["mrn"], "mrn")
        L.t('/card", host: "%s", referrer: "https://%s/account"' % (host, host))
    else:
        L.t(', server: %s, request: "POST /api/v2/cart/checkout HTTP/2.0", upstream: "http://10.42.2.%d:3000/api/v2/cart/checkout", host: "%s"' % (host, R.randint(2, 250), host))
    return [L]


PG_PIDS = {}


def pg_prefix(L, pid, seq, sub, who):
    L.t("%s db-primary-1 postgres[%d]: [%d-%d] %s [%d] %s " % (syslog_ts(), pid, seq, sub, pg_ts(), pid, who))


def fam_syslog_pg(phi):
    pid = R.randint(20000, 32000)
    seq = R.randint(2, 40)
    who = R.choice(["registry_app@registry", "pos_api@dispensary"])
    if not phi:
        L = Line("syslog-postgres")
        k = R.randint(0, 3)
        if k == 0:
            L.t("%s db-primary-1 postgres[1187]: [%d-1] %s [1187] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.004 s, total=%.3f s; sync files=%d, longest=0.002 s, average=0.001 s; distance=%d kB, estimate=%d kB"
                % (syslog_ts(), seq, pg_ts(), R.randint(300, 9000), R.uniform(1, 20), R.randint(0, 4), R.uniform(100, 270), R.uniform(270, 271),
                   R.randint(20, 90), R.randint(4000, 30000), R.randint(4000, 30000)))
        elif k == 1:
            L.t('%s db-primary-1 postgres[%d]: [%d-1] %s [%d] LOG:  automatic vacuum of table "dispensary.public.%s": index scans: 1'
                % (syslog_ts(), pid, seq, pg_ts(), pid, R.choice(["sale_line_items", "checkin_events", "limit_ledger", "metrc_sync_log"])))
        elif k == 2:
            L.t("%s db-primary-1 postgres[%d]: [%d-1] %s [%d] [unknown]@[unknown] LOG:  connection received: host=10.42.%d.%d port=%d"
                % (syslog_ts(), pid, seq, pg_ts(), pid, R.randint(0, 7), R.randint(2, 250), R.randint(30000, 60000)))
        else:
            L.t("%s db-primary-1 postgres[%d]: [%d-1] %s [%d] %s LOG:  duration: %.3f ms  execute <unnamed>: SELECT package_label, qty_on_hand FROM inventory WHERE store_code = $1 AND qty_on_hand > 0 ORDER BY received_at"
                % (syslog_ts(), pid, seq, pg_ts(), pid, who, R.uniform(500, 4000)))
        return [L]
    p = person()
    k = R.randint(0, 1)
    out = []
    if k == 0:
        L1 = Line("syslog-postgres")
        pg_prefix(L1, pid, seq, 1, "registry_app@registry")
        L1.t("LOG:  duration: %.3f ms  execute <unnamed>: SELECT p.id, p.registry_id, p.card_status FROM patients p WHERE lower(p.last_name) = lower($1) AND p.date_of_birth = $2" % R.uniform(500, 3000))
        L2 = Line("syslog-postgres")
        pg_prefix(L2, pid, seq, 2, "registry_app@registry")
        L2.t("DETAIL:  parameters: $1 = '").p(p["last"].replace("'", "''"), "name").t("', $2 = '").p(dstr(p["dob"]), "date").t("'")
        out = [L1, L2]
    else:
        col, val, cat = R.choice([("email", p["email"], "email"), ("registry_id", p["reg"], "other_id"),
                                  ("drivers_license_no", p["dl"], "license"), ("ssn", p["ssn"], "ssn")])
        L1 = Line("syslog-postgres")
        pg_prefix(L1, pid, seq, 1, "registry_app@registry")
        L1.t('ERROR:  duplicate key value violates unique constraint "patients_%s_key"' % col)
        L2 = Line("syslog-postgres")
        pg_prefix(L2, pid, seq, 2, "registry_app@registry")
        L2.t("DETAIL:  Key (%s)=(" % col).p(val, cat).t(") already exists.")
        L3 = Line("syslog-postgres")
        pg_prefix(L3, pid, seq, 3, "registry_app@registry")
        L3.t("STATEMENT:  INSERT INTO patients (registry_id, first_name, last_name, date_of_birth, email, ssn, drivers_license_no, county) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id")
        out = [L1, L2, L3]
    return out


def fam_celery(phi):
    L = Line("celery-worker")
    w = R.randint(1, 8)
    L.t("[%s: " % asctime())
    if not phi:
        k = R.randint(0, 3)
        tid = uid()
        if k == 0:
            L.t("INFO/MainProcess] Task notifications.send_renewal_reminder[%s] received" % tid)
        elif k == 1:
            L.t("INFO/ForkPoolWorker-%d] Task registry.tasks.expiry_sweep[%s] succeeded in %.3fs: {'expired': %d, 'notified': %d}"
                % (w, tid, R.uniform(0.5, 40), R.randint(0, 40), R.randint(0, 200)))
        elif k == 2:
            L.t("INFO/Beat] Scheduler: Sending due task nightly-metrc-reconcile (metrc.tasks.reconcile_inventory)")
        else:
            L.t("WARNING/ForkPoolWorker-%d] Task loyalty.tasks.recalc_tiers[%s] retry: Retry in %ds: OperationalError('could not connect to server: Connection refused\\n\\tIs the server running on host \"pg-loyalty.internal\" (10.42.6.%d) and accepting\\n\\tTCP/IP connections on port 5432?\\n')"
                % (w, tid, R.choice([10, 30, 60]), R.randint(2, 250)))
        return [L]
    p = person()
    k = R.randint(0, 3)
    if k == 3:
        if p["mbi"] and R.random() < 0.5:
            prog, bid = "medicare", p["mbi"]
        else:
            p["medicaid"] = p["medicaid"] or ("0%09d" % R.randint(10000000, 999999999))
            prog, bid = "medicaid", p["medicaid"]
        L.t("INFO/ForkPoolWorker-%d] Task registry.tasks.verify_fee_waiver[%s] succeeded in %.3fs: " % (w, uid(), R.uniform(0.4, 6)))
        pyrepr(L, {"registry_id": P(p["reg"], "other_id"), "program": prog, "beneficiary_id": P(bid, "health_plan"),
                   "eligible": True, "source": "270/271", "payer_id": "MIMCD" if prog == "medicaid" else "CMS"})
    elif k == 0:
        L.t("WARNING/ForkPoolWorker-%d] Renewal reminder bounced for " % w).p(p["email"], "email").t(" (registry_id=").p(p["reg"], "other_id")
        L.t(", expires ").p(dstr(p["expires"]), "date").t("): 550 5.1.1 mailbox unavailable")
    elif k == 1:
        L.t("INFO/ForkPoolWorker-%d] Task notifications.send_renewal_reminder[%s] succeeded in %.3fs: " % (w, uid(), R.uniform(0.1, 2)))
        pyrepr(L, {"sent": True, "channel": "sms", "to": P(fmt_phone(p["phone"], "e164"), "phone"), "sid": "SM" + hexs(32)})
    else:
        L.t("ERROR/ForkPoolWorker-%d] Task notifications.mail_card_pdf[%s] raised unexpected: " % (w, uid()))
        L.t("SMTPRecipientsRefused({'").p(p["email"], "email").t("': (550, b'5.7.1 Recipient address rejected')})")
    return [L]


def fam_caregiver(phi):
    L = Line("gunicorn-caregiver")
    L.t("%s [%d] [%s] " % (guni_ts(), R.randint(410, 430), "INFO"))
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            L.t("Booting worker with pid: %d" % R.randint(410, 430))
        elif k == 1:
            L.t("caregiver audit: 0 caregivers over 5-patient cap; %d links reviewed; job=cg-audit-%s" % (R.randint(200, 3000), T.strftime("%Y%m%d")))
        else:
            L.t("livescan vendor callback batch=%s received=%d pending=%d vendor=IdentoGO ori=MI330015Z" % (alnum(10), R.randint(1, 40), R.randint(0, 30)))
        return [L]
    p = R.choice([q for q in PEOPLE if q["cg"]])
    RECENT.append(p)
    cg = p["cg"]
    k = R.choices(range(4), weights=[3, 1, 1, 2])[0]
    if k == 3:
        L.t("background check requested caregiver_id=").p(cg["cgid"], "other_id").t(" name=\"").p(cg["full"], "name")
        L.t("\" dob=").p(dstr(cg["dob"]), "date").t(" ssn=").p(cg["ssn"], "ssn").t(" ori=MI330015Z tcn=%s" % ("MI" + digits(12)))
    elif k == 0:
        L.t("caregiver link approved caregiver=").p(cg["full"], "name").t(" (").p(cg["cgid"], "other_id").t(") patient_registry=")
        L.p(p["reg"], "other_id").t(" relationship=%s patients_served=%d" % (cg["rel"], R.randint(1, 5)))
    elif k == 1:
        L.t("livescan submitted caregiver_id=").p(cg["cgid"], "other_id").t(" finger=R_INDEX format=ISO19794-2 template=")
        L.p(fmr_b64(R.randint(180, 400)), "biometric")
    else:
        L.t("caregiver contact updated caregiver_id=").p(cg["cgid"], "other_id").t(" phone=").p(fmt_phone(cg["phone"], "paren"), "phone")
        L.t(" address=\"").p(cg["street"], "address").t(", ").p(cg["city"], "address").t(" MI ").p(cg["zip"], "zip").t("\"")
    return [L]


def fam_cert(phi):
    L = Line("jsonlogger-cert")
    ph = R.choice(PHYSICIANS)
    d = {"asctime": asctime(), "levelname": "INFO", "name": "cert.intake"}
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            d.update(message="inbound fax received", fax_from=fmt_phone(ph["fax"], "intl"), pages=R.randint(1, 6),
                     clinic=ph["clinic"], fax_id="FX" + digits(10), ocr_confidence=round(R.uniform(0.6, 0.99), 3))
        elif k == 1:
            d.update(message="physician license check", physician="Dr. %s, %s" % (ph["name"], ph["cred"]), npi=ph["npi"],
                     dea=ph["dea"], state_license=ph["lic"], status="ACTIVE", disciplinary_actions=0,
                     checked_at=iso_z())
        else:
            d.update(message="certification volume", physician_npi=ph["npi"], certs_last_30d=R.randint(5, 400),
                     threshold=300, flagged=False)
        pyjson(L, d)
        return [L]
    p = person()
    cert_date = TODAY - dt.timedelta(days=R.randint(1, 60))
    d.update(message="physician certification received", patient_name=P(p["full"], "name"),
             patient_dob=P(dstr(p["dob"], "us"), "date"), evaluation_date=P(dstr(cert_date), "date"),
             conditions=p["conds"], physician="Dr. %s, %s" % (ph["name"], ph["cred"]), npi=ph["npi"],
             state_license=ph["lic"], clinic=ph["clinic"], form="MMRP-CERT-2")
    pyjson(L, d)
    return [L]


LOY_HOST = "loyalty-api-6f8d7c9b4-zt5wn"


def fam_loyalty(phi):
    L = Line("pino-loyalty")
    d = pino_head(30, LOY_HOST, 23)
    if not phi:
        k = R.randint(0, 1)
        if k == 0:
            d.update(job="tier-recalc", members=R.randint(12000, 30000), promoted=R.randint(50, 900), demoted=R.randint(0, 200),
                     durationMs=R.randint(2000, 90000), msg="tier recalculation done")
        else:
            d.update(promo="FIRST-TIME-15", redemptions=R.randint(0, 120), store=R.choice(STORES)["code"], msg="promo usage")
        jsjson(L, d)
        return [L]
    p = person()
    k = R.randint(0, 2)
    if k == 2:
        d.update(username=P(p["username"], "other_id"), wishlistUrl=P("https://greenleafwellness.example/u/%s/wishlist" % p["username"], "url"),
                 visibility="public", items=R.randint(1, 12), msg="wishlist shared")
    elif k == 0:
        d.update(patientId=P(p["mrn"], "mrn"), username=P(p["username"], "other_id"),
                 referralUrl=P("https://greenleafwellness.example/r/" + p["username"], "url"), code="REF" + alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
                 msg="referral link created")
    else:
        d.update(patientId=P(p["mrn"], "mrn"), orderId="SO-%06d" % R.randint(100000, 999999), pointsEarned=R.randint(5, 240),
                 balance=R.randint(100, 9000), tier=R.choice(["Seedling", "Sprout", "Canopy"]), msg="points accrued")
    jsjson(L, d)
    return [L]


def fam_mobile(phi):
    L = Line("winston-mobile")
    if not phi:
        k = R.randint(0, 1)
        if k == 0:
            d = {"level": "info", "message": "app config served", "service": "mobile-bff", "appVersion": R.choice(["3.14.2", "3.14.1", "3.13.9"]),
                 "build": "2024060%d%02d" % (R.randint(1, 7), R.randint(1, 5)), "minSupported": "3.10.0", "platform": R.choice(["ios", "android"])}
        else:
            d = {"level": "info", "message": "push batch sent", "service": "mobile-bff", "provider": "fcm", "sent": R.randint(100, 3000),
                 "failed": R.randint(0, 40), "batchId": uid()}
        winston(L, d)
        return [L]
    p = person()
    k = R.choices(range(2), weights=[3, 2])[0]
    if k == 0:
        d = {"level": "info", "message": "device registered", "service": "mobile-bff", "userId": P(p["mrn"], "mrn"),
             "username": P(p["username"], "other_id"), "imei": P(p["imei"], "device"), "platform": "android",
             "appVersion": "3.14.2", "ip": P(p["ip"], "ip")}
    else:
        d = {"level": "info", "message": "dosing inhaler paired", "service": "mobile-bff", "userId": P(p["mrn"], "mrn"),
             "deviceSerial": P(p["inhaler_sn"], "device"), "btMac": P(p["bt_mac"], "device"), "firmware": "1.8.3",
             "cartridgeLot": batch_id()}
    winston(L, d)
    return [L]


def fam_idv(phi):
    L = Line("py-idv")
    L.t(asctime() + " ")
    sess = "idv_" + alnum(20)
    if not phi:
        k = R.randint(0, 1)
        if k == 0:
            L.t("INFO idv.client: session %s liveness=%.3f match=%.3f decision=APPROVED vendor_latency_ms=%d" % (sess, R.uniform(0.9, 1), R.uniform(0.85, 1), R.randint(300, 2500)))
        else:
            L.t("INFO idv.metrics: p50=%dms p95=%dms errors_5m=%d vendor=veriface region=us-east-2" % (R.randint(200, 600), R.randint(700, 3000), R.randint(0, 5)))
        return [L]
    p = person()
    if R.random() < 0.5:
        L.t("DEBUG idv.client: POST https://api.veriface.example/v3/sessions/%s/selfie payload={\"registry_id\": \"" % sess).p(p["reg"], "other_id")
        L.t("\", \"image\": \"").p("data:image/jpeg;base64," + jpeg_b64(R.randint(240, 560)), "photo").t("\"}")
    else:
        L.t("DEBUG idv.client: enrollment stored patient_id=").p(p["mrn"], "mrn").t(" face_template_v=4 template=").p(b64_blob(b"VFT4", R.randint(256, 512)), "biometric")
    return [L]


def fam_curbside(phi):
    L = Line("winston-curbside")
    st = R.choice(STORES)
    if not phi:
        d = {"level": "info", "message": "curbside bay cleared", "service": "pos-api", "store": st["code"], "bay": R.randint(1, 4),
             "dwellSec": R.randint(60, 900), "staff": R.choice(BUDTENDERS)}
        winston(L, d)
        return [L]
    p = person()
    d = {"level": "info", "message": "curbside arrival", "service": "pos-api", "store": st["code"], "orderId": "SO-%06d" % R.randint(100000, 999999),
         "customerName": P(p["full"], "name"), "phone": P(fmt_phone(p["phone"], "dash"), "phone"),
         "vehicle": {"plate": P(p["plate"], "vehicle"), "color": R.choice(["silver", "black", "white", "blue", "red"]),
                     "make": R.choice(["Subaru", "Ford", "Chevrolet", "Honda", "Toyota", "Jeep"])}, "bay": R.randint(1, 4)}
    winston(L, d)
    return [L]


def fam_infra(phi):
    assert not phi
    L = Line("syslog-infra")
    k = R.randint(0, 5)
    if k == 0:
        L.t("%s ip-10-0-1-23 CRON[%d]: (postgres) CMD (/usr/local/bin/pg_backup.sh --db registry --retain 14 >> /var/log/pg_backup.log 2>&1)" % (syslog_ts(), R.randint(3000, 30000)))
    elif k == 1:
        L.t("%s ip-10-0-1-23 systemd[1]: Started certbot.service - Certbot renewal for order.greenleafwellness.example." % syslog_ts())
    elif k == 2:
        L.t("%s deploy[%d]: rolled out %s v2.%d.%d (sha %s) to %d/%d pods, build_date=2024-06-%02d" % (
            iso_z(), R.randint(100, 999), R.choice(["pos-api", "registry-api", "limits", "loyalty-api", "dispatch"]), R.randint(20, 35), R.randint(0, 9), hexs(7),
            6, 6, R.randint(3, 10)))
    elif k == 3:
        L.t("%s ip-10-0-2-41 kernel: [%d.%06d] nf_conntrack: table full, dropping packet" % (syslog_ts(), R.randint(100000, 999999), R.randint(0, 999999)))
    elif k == 4:
        L.t("%s ip-10-0-1-23 sshd[%d]: Accepted publickey for deploy from 10.0.0.%d port %d ssh2: ED25519 SHA256:%s" % (
            syslog_ts(), R.randint(3000, 30000), R.randint(2, 250), R.randint(30000, 60000), alnum(43)))
    else:
        L.t("%s ip-10-0-2-41 postfix/smtp[%d]: %s: to=<%s>, relay=email-smtp.us-east-2.amazonaws.com[3.%d.%d.%d]:587, delay=%.1f, status=sent (250 Ok)" % (
            syslog_ts(), R.randint(3000, 30000), alnum(10, "0123456789ABCDEF"), R.choice(STAFF_EMAILS), R.randint(1, 200), R.randint(0, 255), R.randint(1, 254), R.uniform(0.1, 3)))
    return [L]


PHI_FAMS = [(fam_pino_registry, 14), (fam_py_card, 7), (fam_syslog_pos, 8), (fam_winston_checkin, 10), (fam_logfmt_limits, 8),
            (fam_py_metrc, 6), (fam_delivery, 8), (fam_twilio, 7), (fam_payments, 7), (fam_nginx_access, 8), (fam_nginx_error, 2),
            (fam_syslog_pg, 4), (fam_celery, 6), (fam_caregiver, 5), (fam_cert, 4), (fam_loyalty, 5), (fam_mobile, 4),
            (fam_idv, 4), (fam_curbside, 4)]
CLEAN_FAMS = [(fam_pino_registry, 8), (fam_py_card, 5), (fam_syslog_pos, 5), (fam_winston_checkin, 7), (fam_logfmt_limits, 5),
              (fam_py_metrc, 10), (fam_delivery, 8), (fam_twilio, 5), (fam_payments, 6), (fam_nginx_access, 10), (fam_nginx_error, 3),
              (fam_syslog_pg, 6), (fam_celery, 5), (fam_caregiver, 3), (fam_cert, 5), (fam_loyalty, 3), (fam_mobile, 3),
              (fam_idv, 2), (fam_curbside, 2), (fam_infra, 7)]


def main():
    lines = []
    while len(lines) < N_LINES:
        tick()
        clean_so_far = sum(1 for l in lines if not l.spans)
        rem = N_LINES - len(lines)
        need_clean = TARGET_CLEAN - clean_so_far
        phi = R.random() >= (need_clean / rem if rem else 0)
        fams = PHI_FAMS if phi else CLEAN_FAMS
        f = R.choices([x[0] for x in fams], weights=[x[1] for x in fams])[0]
        out = f(phi)
        if phi:
            assert any(l.spans for l in out), f.__name__
        else:
            assert all(not l.spans for l in out), f.__name__
        for l in out:
            if len(lines) < N_LINES:
                lines.append(l)
    logb = bytearray()
    labs = []
    for n, l in enumerate(lines, 1):
        b = bytes(l.b)
        assert b"\n" not in b and b"\r" not in b, (n, b[:80])
        assert len(b) <= 4000, (n, len(b))
        b.decode("utf-8")
        prev = 0
        spans = []
        for s, e, cat, val in sorted(l.spans):
            assert s >= prev, ("overlap", n)
            assert b[s:e] == val and e > s, n
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        logb += b + b"\n"
        labs.append(json.dumps({"line": n, "family": l.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "wb") as fh:
        fh.write(bytes(logb))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(labs) + "\n")


if __name__ == "__main__":
    main()
