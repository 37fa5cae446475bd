#!/usr/bin/env python3
"""Deterministic generator of a labeled synthetic-PHI log corpus.

Theme: state Medicaid agency MMIS / eligibility systems (mainframe batch, DB2,
eligibility services + ODM rule traces, 834/820 EDI, call-center CRM debug logs,
notice/mailroom, returned mail, renewals, provider enrollment).

Writes ff.log and ff.labels.jsonl next to this file.  Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

random.seed(18_0311_0715)

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ff"
N_LINES = 500
TODAY = dt.date(2024, 3, 11)

# --------------------------------------------------------------------------
# line builder: parts are plain strings or (value, category) tuples
# --------------------------------------------------------------------------


class P:
    """A PHI value inside a JSON structure."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def mk(family, *parts):
    buf = bytearray()
    spans = []
    for p in parts:
        if isinstance(p, tuple):
            v, cat = p
            assert isinstance(v, str) and v, (family, p)
            b = v.encode("utf-8")
            s = len(buf)
            buf += b
            spans.append((s, len(buf), cat, b))
        elif isinstance(p, list):
            raise TypeError("nested list in parts")
        else:
            buf += p.encode("utf-8")
    for s, e, c, b in spans:
        assert bytes(buf[s:e]) == b
    assert b"\n" not in buf and b"\r" not in buf, family
    assert len(buf) <= 4000, (family, len(buf))
    return (family, bytes(buf), [(s, e, c) for s, e, c, _ in spans])


def jesc(v):
    return json.dumps(v, ensure_ascii=False)[1:-1]


def jparts(o, sep=",", kv=":"):
    """JSON serialisation that keeps PHI values as (value, cat) parts."""
    if isinstance(o, P):
        if isinstance(o.v, str):
            return ['"', (jesc(o.v), o.cat), '"']
        return [(json.dumps(o.v), o.cat)]
    if isinstance(o, dict):
        out = ["{"]
        first = True
        for k, v in o.items():
            if not first:
                out.append(sep)
            out.append(json.dumps(k, ensure_ascii=False) + kv)
            out += jparts(v, sep, kv)
            first = False
        out.append("}")
        return out
    if isinstance(o, list):
        out = ["["]
        for i, v in enumerate(o):
            if i:
                out.append(sep)
            out += jparts(v, sep, kv)
        out.append("]")
        return out
    return [json.dumps(o, ensure_ascii=False)]


# --------------------------------------------------------------------------
# identifier helpers
# --------------------------------------------------------------------------

def luhn_cd(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def rnd_ssn():
    while True:
        a = random.randint(101, 665)
        if a not in (666,):
            break
    g = random.randint(1, 99)
    s = random.randint(1, 9999)
    return "%03d%02d%04d" % (a, g, s)


def fmt_ssn(s, style="dash"):
    return s[:3] + "-" + s[3:5] + "-" + s[5:] if style == "dash" else s


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def rnd_mbi():
    an = "0123456789" + MBI_ALPHA
    return (random.choice("123456789") + random.choice(MBI_ALPHA) + random.choice(an)
            + random.choice("0123456789") + random.choice(MBI_ALPHA) + random.choice(an)
            + random.choice("0123456789") + random.choice(MBI_ALPHA) + random.choice(MBI_ALPHA)
            + random.choice("0123456789") + random.choice("0123456789"))


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def rnd_vin():
    wmi = random.choice(["1HG", "1FT", "2T1", "3VW", "1G1", "JTD", "KMH", "1C4", "5NP", "4T1"])
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vds = "".join(random.choice(chars) for _ in range(5))
    year = random.choice("789ABCDEFGH")
    plant = random.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    serial = digits(6)
    v = wmi + vds + "0" + year + plant + serial
    tot = 0
    for i, ch in enumerate(v):
        val = int(ch) if ch.isdigit() else VIN_T[ch]
        tot += val * VIN_W[i]
    cd = tot % 11
    cdc = "X" if cd == 10 else str(cd)
    return v[:8] + cdc + v[9:]


def rnd_imei():
    body = random.choice(["35", "86", "01", "35"]) + digits(12)
    return body + luhn_cd(body)


def rnd_card():
    body = "4" + digits(14)
    return body + luhn_cd(body)


def rnd_npi():
    body = random.choice("12") + digits(8)
    return body + luhn_cd("80840" + body)


AREA = ["614", "937", "419", "330", "740", "216", "513", "440", "567", "380", "220", "234"]


def rnd_phone():
    return random.choice(AREA) + "555" + "01" + digits(2)


def fmt_phone(p, style):
    if style == "paren":
        return "(%s) %s-%s" % (p[:3], p[3:6], p[6:])
    if style == "dash":
        return "%s-%s-%s" % (p[:3], p[3:6], p[6:])
    if style == "dot":
        return "%s.%s.%s" % (p[:3], p[3:6], p[6:])
    if style == "e164":
        return "+1" + p
    return p


PUB_OCT = [24, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108, 136, 162, 173, 174, 184]


def rnd_pub_ip():
    return "%d.%d.%d.%d" % (random.choice(PUB_OCT), random.randint(0, 255), random.randint(0, 255), random.randint(1, 254))


def rnd_priv_ip():
    r = random.random()
    if r < 0.5:
        return "10.%d.%d.%d" % (random.choice([20, 40, 41, 88, 112]), random.randint(0, 30), random.randint(2, 250))
    if r < 0.8:
        return "172.%d.%d.%d" % (random.randint(16, 31), random.randint(0, 40), random.randint(2, 250))
    return "192.168.%d.%d" % (random.randint(0, 20), random.randint(2, 250))


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], random.choice("89ab"), h[17:20], h[20:32])


SF_CH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def sfid(prefix):
    return prefix + "5e0000" + "".join(random.choice(SF_CH) for _ in range(6)) + "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3))


def rbytes(n):
    return bytes(random.randrange(256) for _ in range(n))


def b64_jpeg(n):
    hdr = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(hdr + rbytes(n)).decode()


def b64_png(n):
    hdr = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xc8\x08\x02\x00\x00\x00"
    return base64.b64encode(hdr + rbytes(n)).decode()


def b64_fmr(n):
    hdr = b"FMR\x00 20\x00\x00\x00\x01\x1a\x00\x00\x01\x00\x01\x90\x00\xc5\x00\xc5\x01\x00\x00\x00"
    return base64.b64encode(hdr + rbytes(n)).decode()


def b64_blob(n):
    return base64.b64encode(rbytes(n)).decode()


def ascii_up(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()


def jul(d):
    return d.strftime("%y") + "%03d" % d.timetuple().tm_yday


def jul7(d):
    return d.strftime("%Y") + "%03d" % d.timetuple().tm_yday


# --------------------------------------------------------------------------
# synthetic population
# --------------------------------------------------------------------------

NAMES = [
    ("es", ["María José", "Guadalupe", "Yesenia", "Xiomara", "Rocío"], ["Alejandro", "Raúl", "Joaquín", "Efraín"],
     ["Hernández", "Gutiérrez", "Villalobos", "Ramírez", "Ochoa"]),
    ("vi", ["Thảo", "Linh", "Ngọc Anh", "Hương"], ["Minh", "Quang", "Đức", "Tuấn"], ["Nguyễn", "Trần", "Phạm", "Lê"]),
    ("so", ["Hodan", "Faadumo", "Ayaan", "Hibaaq"], ["Abdirahman", "Abdiweli", "Mahad", "Liban"],
     ["Warsame", "Farah", "Hirsi", "Mohamud", "Abdullahi"]),
    ("ne", ["Dil Maya", "Kamala", "Bishnu Maya", "Sita"], ["Bhim", "Tika Ram", "Hari", "Dambar"],
     ["Ghimire", "Rai", "Subba", "Tamang", "Dhakal"]),
    ("pl", ["Agnieszka", "Oksana", "Halyna", "Bożena"], ["Tadeusz", "Mykola", "Wojciech", "Bohdan"],
     ["Kowalczyk", "Wiśniewski", "Shevchenko", "Kovalenko", "Zieliński"]),
    ("en", ["Tamika", "Latoya", "Keisha", "Shanice", "Imani"], ["Deshawn", "Jamal", "Tyrone", "Marquis", "Darnell"],
     ["Washington", "Jefferson", "Pruitt", "Holloway", "Gaines"]),
    ("en", ["Bobbie Sue", "Wanda", "Loretta", "Kayleigh"], ["Clyde", "Earl", "Dustin", "Cody"],
     ["Caudill", "Hatfield", "Sturgill", "Skaggs", "Blevins"]),
    ("de", ["Miriam", "Ruth Ann", "Esther", "Lovina"], ["Eli", "Levi", "Atlee", "Menno"],
     ["Yoder", "Hochstetler", "Troyer", "Mast"]),
    ("ar", ["Rania", "Nour", "Fatima", "Layla"], ["Youssef", "Khalil", "Omar", "Tarek"], ["Haddad", "Al-Sayed", "Nassar", "Khoury"]),
    ("ht", ["Widline", "Marie-Claude", "Nadège"], ["Fritznel", "Jean-Baptiste", "Wisly"], ["Pierre-Louis", "Désir", "Joseph", "Charles"]),
    ("zh", ["Xiaoling", "Meihua", "Jing"], ["Wei", "Jianguo", "Hao"], ["Zhang", "Liu", "Chen"]),
    ("pa", ["Priya", "Harpreet", "Lakshmi"], ["Rajesh", "Gurpreet", "Vikram"], ["Patel", "Sandhu", "Iyer"]),
    ("es", ["Nilsa", "Yaritza", "Zoraida"], ["Yadiel", "Edwin", "Héctor"], ["Rivera Colón", "Santiago", "Torres Ortiz"]),
    ("en", ["Siobhán", "Maeve", "Bridget"], ["Declan", "Padraig", "Seamus"], ["O'Donnell", "McNulty", "Fitzgerald"]),
]

# county name, ODM county code, [(city, [zips])]
COUNTIES = [
    ("Franklin", 25, [("Columbus", ["43204", "43207", "43211", "43215", "43223", "43229"]), ("Grove City", ["43123"]),
                      ("Reynoldsburg", ["43068"]), ("Westerville", ["43081"])]),
    ("Montgomery", 57, [("Dayton", ["45402", "45405", "45410", "45417"]), ("Kettering", ["45429"]), ("Huber Heights", ["45424"])]),
    ("Lucas", 48, [("Toledo", ["43605", "43607", "43609", "43612"]), ("Maumee", ["43537"])]),
    ("Summit", 77, [("Akron", ["44301", "44306", "44310", "44320"]), ("Cuyahoga Falls", ["44221"]), ("Barberton", ["44203"])]),
    ("Muskingum", 60, [("Zanesville", ["43701"])]),
    ("Allen", 2, [("Lima", ["45801", "45804"])]),
    ("Ross", 71, [("Chillicothe", ["45601"])]),
    ("Richland", 70, [("Mansfield", ["44902", "44903", "44906"])]),
    ("Washington", 84, [("Marietta", ["45750"])]),
    ("Athens", 5, [("Athens", ["45701"]), ("Nelsonville", ["45764"])]),
    ("Cuyahoga", 18, [("Cleveland", ["44102", "44105", "44108", "44109"]), ("Parma", ["44129", "44134"]), ("Lakewood", ["44107"])]),
    ("Hamilton", 31, [("Cincinnati", ["45205", "45211", "45214", "45225", "45229"]), ("Norwood", ["45212"])]),
    ("Holmes", 38, [("Millersburg", ["44654"]), ("Berlin", ["44610"])]),
    ("Scioto", 73, [("Portsmouth", ["45662"])]),
]

STREETS = ["Oak Hollow Dr", "Sullivant Ave", "E Main St", "Parsons Ave", "Cleveland Ave", "Salem Ave", "Lagrange St",
           "Kenmore Blvd", "Maple St", "Linwood Ave", "Vine St", "Warren St", "Fulton St", "Detroit Ave", "Lorain Ave",
           "Glenway Ave", "Reading Rd", "W Fifth Ave", "Township Road 606", "State Route 39", "Hillcrest Dr",
           "Chestnut Ridge Rd", "N Limestone St", "Brown St", "Wayne Ave", "Elm Grove Ln", "Kossuth St", "Superior Ave"]

MCOS = [("BVHP", "Buckeye Valley Health Plan", "BV"), ("LSCC", "Lakeshore Community Care", "LC"),
        ("GMCH", "Great Miami Community Health", "GM"), ("APLN", "Appalachian Plains Health", "AP")]

LANG = {"es": "es", "vi": "vi", "so": "so", "ne": "ne", "pl": "pl", "en": "en", "de": "en", "ar": "ar", "ht": "ht",
        "zh": "zh", "pa": "pa"}

MAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "hotmail.com"]


def rnd_dob(lo, hi):
    # age between lo and hi on TODAY
    y = TODAY.year - random.randint(lo, hi)
    start = dt.date(y - 1, TODAY.month, TODAY.day) + dt.timedelta(days=1)
    return start + dt.timedelta(days=random.randint(0, 364))


def age_of(d):
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


HOUSEHOLDS = []
PEOPLE = []


USED_NAMES = []


def make_person(hh, fem, masc, surname, sex, lo, hi, rel):
    pool = [f for f in (fem if sex == "F" else masc) if (f, surname) not in USED_NAMES]
    if not pool:
        pool = [f for f in fem + masc if (f, surname) not in USED_NAMES]
        sex = "F" if pool and pool[0] in fem else "M"
    if not pool:
        if rel != "SELF":
            return None
        allf = [f for o in NAMES for f in (o[1] if sex == "F" else o[2]) if (f, surname) not in USED_NAMES]
        pool = allf
        fem = fem + allf if sex == "F" else fem
    first = random.choice(pool)
    USED_NAMES.append((first, surname))
    sex = "F" if first in fem else "M"
    p = {
        "first": first, "mi": random.choice("ABCDEFGHJKLMNRST"), "last": surname, "sex": sex,
        "dob": rnd_dob(lo, hi), "ssn": rnd_ssn(), "rid": str(random.randint(10 ** 11, 10 ** 12 - 1)),
        "pid": "1" + digits(9), "hh": hh, "rel": rel,
    }
    p["age"] = age_of(p["dob"])
    p["mbi"] = rnd_mbi() if p["age"] >= 65 else None
    p["aid"] = ("MA-A" if p["age"] >= 65 else "MA-C" if p["age"] < 19 else
                random.choice(["MAGI-AD", "MAGI-AD", "MA-D", "PW"] if sex == "F" else ["MAGI-AD", "MAGI-AD", "MA-D"]))
    if hh["mco"]:
        p["mco_id"] = hh["mco"][2] + digits(9)
    else:
        p["mco_id"] = None
    return p


def make_household(idx):
    origin, fem, masc, surs = random.choice(NAMES)
    surname = random.choice(surs)
    cname, ccode, cities = random.choice(COUNTIES)
    city, zips = random.choice(cities)
    hh = {
        "case": "00" + str(random.randint(30000000, 59999999)),
        "street": "%d %s" % (random.randint(12, 9870), random.choice(STREETS)),
        "unit": random.choice(["", "", "", "Apt 3B", "Apt 210", "Unit C", "Lot 14", "#2"]),
        "city": city, "zip": random.choice(zips), "zip4": digits(4), "county": cname, "ccode": "%03d" % ccode,
        "fips": "39%03d" % (2 * ccode - 1), "phone": rnd_phone(), "lang": LANG[origin],
        "mco": random.choice(MCOS) if random.random() < 0.8 else None, "members": [],
    }
    kind = random.random()
    if idx in (1, 5) or kind < 0.18:
        # aged / nursing facility, one person 90+ for some
        lo, hi = (90, 97) if idx in (1, 5) else (66, 88)
        sex = random.choice("FM")
        hh["members"].append(make_person(hh, fem, masc, surname, sex, lo, hi, "SELF"))
        if random.random() < 0.6:
            # adult child as authorized representative (different household but tied)
            o2, f2, m2, s2 = random.choice(NAMES)
            rep = make_person(hh, f2, m2, random.choice([surname, random.choice(s2)]), random.choice("FM"), 40, 64, "AUTH-REP")
            if rep:
                hh["members"].append(rep)
    else:
        sex = random.choice("FFM")
        prim = make_person(hh, fem, masc, surname, sex, 19, 58, "SELF")
        hh["members"].append(prim)
        pa = prim["age"]
        if random.random() < 0.5:
            sp = make_person(hh, fem, masc, surname, "M" if sex == "F" else "F", max(19, pa - 6), pa + 6, "SPOUSE")
            if sp:
                hh["members"].append(sp)
        if pa >= 20:
            for _ in range(random.choice([0, 1, 1, 2, 3])):
                ch = make_person(hh, fem, masc, surname, random.choice("FM"), 0, min(17, pa - 18), "CHILD")
                if ch:
                    hh["members"].append(ch)
    for p in hh["members"]:
        if random.random() < 0.55:
            base = ascii_up(p["first"]).lower().replace(" ", "").replace("-", "").replace("'", "")
            ln = ascii_up(p["last"]).lower().replace(" ", "").replace("-", "").replace("'", "")
            p["email"] = random.choice([base + "." + ln, base[0] + ln + str(p["dob"].year % 100), base + str(random.randint(1, 99)),
                                        ln + "." + base[:3]]) + "@" + random.choice(MAIL_DOM)
        else:
            p["email"] = None
        p["cell"] = rnd_phone()
        p["user"] = (ascii_up(p["first"]).lower().split()[0].replace("-", "")[:8] + "." + ascii_up(p["last"]).lower()[:1]
                     + str(p["dob"].year % 100))
    return hh


for i in range(22):
    h = make_household(i)
    HOUSEHOLDS.append(h)
    PEOPLE.extend(h["members"])

FEATURED = HOUSEHOLDS[:8]


def pick_hh():
    if random.random() < 0.55:
        return random.choice(FEATURED)
    return random.choice(HOUSEHOLDS)


def pick_person(hh=None, adult=False):
    hh = hh or pick_hh()
    cands = [p for p in hh["members"] if p["rel"] != "AUTH-REP"]
    if adult:
        a = [p for p in cands if p["age"] >= 18]
        cands = a or cands
    return random.choice(cands)


def old_person():
    return random.choice([p for p in PEOPLE if p["age"] >= 90])


def full(p):
    return p["first"] + " " + p["last"]


def up_full(p, mi=False):
    return ascii_up(p["first"] + (" " + p["mi"] if mi else "") + " " + p["last"])


def up_lf(p):
    return ascii_up(p["last"]) + ", " + ascii_up(p["first"])


def addr1(hh, upper=False):
    s = hh["street"] + ((" " + hh["unit"]) if hh["unit"] else "")
    return ascii_up(s) if upper else s


STAFF = ["Tomasz Moreno", "Janelle Okafor", "Beth Ann Kuehn", "Rashid Qureshi", "Dana Whitlock", "Luis Ybarra",
         "Carmen Delgado-Ruiz", "Kevin Stroud", "Mei-Lin Fairbanks", "Olumide Adeyemi"]
STAFF_ID = ["ODM4471", "ODM5102", "CCW0192", "CCW0233", "ODM3881", "CDJFS25A", "CCW0418"]
PROVIDERS = [
    ("Lakeshore Pediatrics LLC", "2100 Lakeside Ave", "Cleveland", "44114", "216"),
    ("Riverside Family Health Center", "3535 Olentangy River Rd", "Columbus", "43214", "614"),
    ("Scioto Valley Dental Group", "1206 Gallia St", "Portsmouth", "45662", "740"),
    ("Miami Valley Home Care Inc", "4100 S Dixie Dr", "Dayton", "45439", "937"),
    ("Glenway Behavioral Health", "5100 Glenway Ave", "Cincinnati", "45238", "513"),
    ("Holmes County Medical Transport", "275 S Washington St", "Millersburg", "44654", "330"),
    ("Maumee Bay Pharmacy", "1802 Reynolds Rd", "Maumee", "43537", "419"),
]
PRACT = ["Dr. Anjali Mehta", "Dr. Samuel Oyelaran", "Dr. Katarzyna Nowak", "Dr. Brian Tuttle", "Ingrid Halvorsen, CNP",
         "Dr. Reza Farahani", "Leticia Ambrose, DDS"]


class Clock:
    def __init__(self, day_off=0, h=None, m=None):
        h = random.randint(0, 22) if h is None else h
        m = random.randint(0, 59) if m is None else m
        self.t = dt.datetime(2024, 3, 11, h, m, random.randint(0, 59), random.randint(0, 999) * 1000) + dt.timedelta(days=day_off)

    def tick(self, lo=0.01, hi=3.0):
        self.t += dt.timedelta(seconds=random.uniform(lo, hi))
        return self.t

    def hms_dot(self):
        return self.t.strftime("%H.%M.%S")

    def ms(self):
        return self.t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (self.t.microsecond // 1000)

    def ms_comma(self):
        return self.t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (self.t.microsecond // 1000)

    def iso_z(self):
        u = self.t + dt.timedelta(hours=4 if self.t.month == 3 and self.t.day >= 10 else 5)
        return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)

    def iso_off(self):
        return self.t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-04:00" % (self.t.microsecond // 1000)


# --------------------------------------------------------------------------
# family: mainframe batch (JES2, JESYSMSG, SYSOUT displays, LE abends, DB2)
# --------------------------------------------------------------------------

def jobnum():
    return "JOB%05d" % random.randint(1000, 99999)


DAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]


def jes_head(c, jn, jobname, user, desc):
    F = "jes2-joblog"
    d = c.t.date()
    out = []
    out.append(mk(F, "%s %s ---- %s,%s%02d %s %d ----" % (c.hms_dot(), jn, DAYS[d.weekday()], " " * (10 - len(DAYS[d.weekday()])),
                                                          d.day, d.strftime("%b").upper(), d.year)))
    out.append(mk(F, "%s %s  IRR010I  USERID %-8s IS ASSIGNED TO THIS JOB." % (c.hms_dot(), jn, user)))
    if random.random() < 0.6:
        prev = c.t - dt.timedelta(minutes=random.randint(5, 600))
        out.append(mk(F, "%s %s  ICH70001I %-8s LAST ACCESS AT %s ON %s, %s %d, %d" % (
            c.hms_dot(), jn, user, prev.strftime("%H:%M:%S"), DAYS[prev.weekday()], prev.strftime("%B").upper(), prev.day, prev.year)))
    out.append(mk(F, "%s %s  $HASP373 %-8s STARTED - INIT %-4d - CLASS %s        - SYS PRD1" % (
        c.hms_dot(), jn, jobname, random.randint(1, 40), random.choice("ABCM"))))
    out.append(mk(F, "%s %s  IEF403I %s - STARTED - TIME=%s" % (c.hms_dot(), jn, jobname, c.hms_dot())))
    return out


def jes_step(c, jn, step, rc, proc=""):
    F = "jes2-joblog"
    c.tick(20, 400)
    return mk(F, "%s %s  -%-8s %-8s    %02d %6d %6d %9s %9s %6.1f %13d  BATCH        0     0     0     0" % (
        c.hms_dot(), jn, step, proc, rc, random.randint(40, 99999), random.randint(100, 9999),
        ".%02d" % random.randint(0, 99), ".%02d" % random.randint(0, 9), random.uniform(0, 30), random.randint(1000, 999999)))


def jes_tail(c, jn, jobname, desc, rc=None, abend=None):
    F = "jes2-joblog"
    out = []
    c.tick(1, 5)
    if abend:
        out.append(mk(F, "%s %s  IEA995I SYMPTOM DUMP OUTPUT  %s" % (
            c.hms_dot(), jn, "USER COMPLETION CODE=%s" % abend[1:] if abend.startswith("U") else "SYSTEM COMPLETION CODE=%s  REASON CODE=00000004" % abend[1:])))
        out.append(mk(F, "%s %s  IEF450I %s %s - ABEND=%s REASON=00000000" % (
            c.hms_dot(), jn, jobname, random.choice(["STEP030", "STEP040", "UPDT020"]),
            ("S000 " + abend) if abend.startswith("U") else (abend[1:] + " U0000"))))
    out.append(mk(F, "%s %s  IEF404I %s - ENDED - TIME=%s" % (c.hms_dot(), jn, jobname, c.hms_dot())))
    out.append(mk(F, "%s %s  -%s ENDED.  NAME-%-20s TOTAL TCB CPU TIME=  %7.2f TOTAL ELAPSED TIME=%6.1f" % (
        c.hms_dot(), jn, jobname, desc, random.uniform(0.01, 9.9), random.uniform(0.5, 80))))
    out.append(mk(F, "%s %s  $HASP395 %s ENDED - %s" % (c.hms_dot(), jn, jobname, ("ABEND=" + abend) if abend else "RC=%04d" % rc)))
    return out


def jesysmsg_step(c, jobname, step, dsn_in, dsn_out, rc):
    F = "jes2-jesysmsg"
    d = c.t.date()
    out = [
        mk(F, "IEF236I ALLOC. FOR %s %s" % (jobname, step)),
        mk(F, "IGD103I SMS ALLOCATED TO DDNAME %s" % random.choice(["ELIGIN", "SYSUT1", "RCPIN", "NTCIN"])),
        mk(F, "IEF142I %s %s - STEP WAS EXECUTED - COND CODE %04d" % (jobname, step, rc)),
        mk(F, "IEF285I   %-44s KEPT" % dsn_in),
        mk(F, "IEF285I   VOL SER NOS= PRD%03d." % random.randint(1, 200)),
        mk(F, "IGD104I %-44s RETAINED,  DDNAME=%s" % (dsn_out, random.choice(["ELIGOUT", "SYSUT2", "RPTOUT", "X12OUT"]))),
        mk(F, "IEF373I STEP/%-8s/START %s.%s" % (step, jul7(d), c.t.strftime("%H%M"))),
    ]
    c.tick(30, 300)
    out.append(mk(F, "IEF032I STEP/%-8s/STOP  %s.%s" % (step, jul7(d), c.t.strftime("%H%M"))))
    out.append(mk(F, "        CPU:     0 HR  %02d MIN  %05.2f SEC    SRB:     0 HR  00 MIN  %05.2f SEC" % (
        random.randint(0, 4), random.uniform(0, 59), random.uniform(0, 2))))
    keep = sorted(random.sample(range(len(out)), random.randint(3, 6)))
    return [out[i] for i in keep]


def dsn(kind, d):
    return "PROD.MMIS.%s.D%s" % (kind, d.strftime("%y%m%d"))


CALLS = {"elig": 0}


def blk_elig_extract():
    c = Clock(random.randint(0, 3), random.randint(1, 4))
    jn = jobnum()
    jobname = random.choice(["MMELG010", "MMELG015", "MMELG020"])
    pgm = "MMEL0200"
    out = jes_head(c, jn, jobname, "MMBATCH", "ODM ELIG EXTRACT")
    out.append(jes_step(c, jn, "STEP010", 0, "SORT"))
    CALLS["elig"] += 1
    abend = CALLS["elig"] % 3 != 2
    out.append(jes_step(c, jn, "STEP020", 4 if not abend else 0, "EXTRACT"))
    d = c.t.date()
    SO = "cobol-sysout"
    if abend:
        p = pick_person(adult=True)
        hh = p["hh"]
        out.append(mk("jes2-joblog", "%s %s  +%s BAD RECORD REJECTED - CASE " % (c.hms_dot(), jn, pgm), (hh["case"], "other_id"),
                      " RC=12"))
        out += jes_tail(c, jn, jobname, "ODM ELIG EXTRACT", abend="U4038")
    else:
        out += jes_tail(c, jn, jobname, "ODM ELIG EXTRACT", rc=4)
    out += jesysmsg_step(c, jobname, "STEP020", dsn("ELIG.INPUT", d), "PROD.MMIS.ELIG.EXTRACT.G%04dV00" % random.randint(100, 9999), 4)
    ncnt = random.randint(150000, 260000)
    nrej = random.randint(1, 9)
    out.append(mk(SO, "%s ELIGIBILITY EXTRACT      RUN DATE %s  CYCLE %s  PAGE 0001" % (pgm, d.strftime("%m/%d/%y"), jul(d))))
    out.append(mk(SO, "%s CONTROL TOTALS: INPUT %07d  OUTPUT %07d  REJECT %07d  BATCH-CTL %s%04d" % (
        pgm, ncnt, ncnt - nrej, nrej, jul(d), random.randint(1, 999))))
    for _ in range(random.randint(2, 4)):
        p = pick_person()
        hh = p["hh"]
        style = random.random()
        if style < 0.5:
            out.append(mk(SO, "%s REJECT RC=12 CASE-NO=" % pgm, (hh["case"], "other_id"), " RECIP-ID=", (p["rid"], "health_plan"),
                          " NAME=", (up_lf(p), "name"), " DOB=", (p["dob"].isoformat(), "date"),
                          " AID-CAT=%-7s CNTY=%s" % (p["aid"], hh["ccode"])))
        else:
            out.append(mk(SO, "%s W-0417 AID CAT %s NOT VALID FOR AGE  PERS-ID=" % (pgm, p["aid"]), (p["pid"], "other_id"),
                          " AGE=", (("%03d" % p["age"]), "age") if p["age"] > 89 else "%03d" % p["age"],
                          " CNTY=%s FIPS=%s" % (hh["ccode"], hh["fips"])))
    if abend:
        p = pick_person(adult=True)
        hh = p["hh"]
        out.append(mk(SO, "*** %s ABEND U4038 AT PARA 3200-VALIDATE-AID-CAT ***" % pgm))
        out.append(mk(SO, "*** FAILING RECORD: CASE-NO=", (hh["case"], "other_id"), " PERS-ID=", (p["pid"], "other_id"),
                      " LAST-NAME=", (ascii_up(p["last"]), "name"), " FIRST-NAME=", (ascii_up(p["first"]), "name"),
                      " SSN=", (p["ssn"], "ssn"), " DOB=", (p["dob"].strftime("%Y%m%d"), "date"), " ***"))
        out.append(mk("le-abend", "CEE3250C The system or user abend U4038 R=NULL was issued."))
        out.append(mk("le-abend", "         From compile unit %s at entry point %s at compile unit offset +%08X at entry offset +%08X at address %08X." % (
            pgm, pgm, random.randint(0x1000, 0x9FFF), random.randint(0x1000, 0x9FFF), random.randint(0x1F000000, 0x2FFFFFFF))))
        # IDCAMS print of reject file
        out += idcams_dump(c, dsn("ELIG.REJECTS", d), random.sample(PEOPLE, random.randint(1, 3)))
    return out


def fixed_record(p):
    hh = p["hh"]
    parts = []
    parts.append((hh["case"], "other_id"))
    parts.append((p["rid"], "health_plan"))
    ln = ascii_up(p["last"])[:18]
    fn = ascii_up(p["first"])[:13]
    parts.append((ln, "name"))
    parts.append(" " * (18 - len(ln)))
    parts.append((fn, "name"))
    parts.append(" " * (13 - len(fn)))
    parts.append(p["mi"])
    parts.append((p["dob"].strftime("%Y%m%d"), "date"))
    parts.append(p["sex"])
    parts.append((p["ssn"], "ssn"))
    parts.append("%-7s%s%s" % (p["aid"], hh["ccode"], jul(TODAY - dt.timedelta(days=random.randint(1, 9)))))
    parts.append("E1220W0417")
    return parts


def idcams_dump(c, dsname, people):
    F = "sysout-recdump"
    d = c.t.date()
    out = [mk(F, "IDCAMS  SYSTEM SERVICES                                           TIME: %s        %s     PAGE      1" % (
        c.t.strftime("%H:%M:%S"), d.strftime("%m/%d/%y"))),
           mk(F, "LISTING OF DATA SET -%s" % dsname)]
    for i, p in enumerate(people):
        out.append(mk(F, "RECORD SEQUENCE NUMBER - %d" % (i + 1)))
        out.append(mk(F, *fixed_record(p)))
    if random.random() < 0.5:
        out.append(mk(F, "0000  C5D3C7F0 F1F0F2F4 F0F7F1F0 F0F0F1F2  *ELG010240710001 2*"))
    out.append(mk(F, "IDC0005I NUMBER OF RECORDS PROCESSED WAS %d" % len(people)))
    out.append(mk(F, "IDC0001I FUNCTION COMPLETED, HIGHEST CONDITION CODE WAS 0"))
    return out


def blk_dfsort():
    F = "dfsort"
    c = Clock(random.randint(0, 3), random.randint(0, 5))
    d = c.t.date()
    n = random.randint(100000, 900000)
    out = [
        mk(F, "ICE201I H RECORD TYPE IS F - DATA STARTS IN POSITION 1"),
        mk(F, "ICE000I 1 - CONTROL STATEMENTS FOR 5650-ZOS, Z/OS DFSORT V2R4  - %s ON %s %s" % (
            c.t.strftime("%H:%M"), DAYS[d.weekday()][:3], d.strftime("%b %d, %Y").upper())),
        mk(F, "            SORT FIELDS=(1,10,CH,A,11,12,CH,A)"),
        mk(F, "            INCLUDE COND=(%d,4,CH,EQ,C'MA-A',OR,%d,3,CH,EQ,C'025')" % (random.randint(70, 90), random.randint(90, 99))),
        mk(F, "ICE088I 1 MMSRT%02d .SORT    .        , INPUT LRECL = 350, BLKSIZE = 27650, TYPE = FB" % random.randint(1, 40)),
        mk(F, "ICE055I 0 INSERT 0, DELETE %d" % random.randint(0, 40)),
        mk(F, "ICE054I 0 RECORDS - IN: %d, OUT: %d" % (n, n - random.randint(0, 50))),
        mk(F, "ICE052I 0 END OF DFSORT"),
    ]
    return out


def blk_db2():
    c = Clock(random.randint(0, 3), random.randint(1, 5))
    F = "db2-dsnt"
    out = []
    pgm = random.choice(["MMRC0410", "MMRC0415", "MMEN0300"])
    kind = random.random()
    if kind < 0.45:
        p = pick_person()
        eff = dt.date(2024, 3, 1) if random.random() < 0.7 else dt.date(2024, 4, 1)
        out.append(mk(F, "DSNT408I SQLCODE = -803, ERROR:  AN INSERTED OR UPDATED VALUE IS INVALID BECAUSE INDEX IN INDEX SPACE "
                         "XRCPELG1 CONSTRAINS COLUMNS OF THE TABLE SO NO TWO ROWS CAN CONTAIN DUPLICATE VALUES IN THOSE COLUMNS. "
                         "RID OF EXISTING ROW IS X'%010X'." % random.randint(0x100000, 0xFFFFFFFF)))
        out.append(mk(F, "DSNT418I SQLSTATE   = 23505 SQLSTATE RETURN CODE"))
        out.append(mk(F, "DSNT415I SQLERRP    = DSNXRUID SQL PROCEDURE DETECTING ERROR"))
        out.append(mk(F, "DSNT416I SQLERRD    = -110  %d  0  %d  -1073348608  0 SQL DIAGNOSTIC INFORMATION" % (
            random.randint(10 ** 7, 10 ** 8), random.randint(10 ** 7, 10 ** 8))))
        out.append(mk(F, "DSNT416I SQLERRD    = X'FFFFFF92'  X'%08X'  X'00000000'  X'%08X'  X'C0010000'  X'00000000' SQL DIAGNOSTIC INFORMATION" % (
            random.randint(0, 2 ** 32 - 1), random.randint(0, 2 ** 32 - 1))))
        out.append(mk("cobol-sysout", "%s SQL ERROR ON INSERT MMIS.T_RCP_ELIG_SPAN KEY: RCP_ID=" % pgm, (p["rid"], "health_plan"),
                      " EFF_DT=", (eff.isoformat(), "date"), " AID_CAT=%s CNTY=%s" % (p["aid"], p["hh"]["ccode"])))
    elif kind < 0.6:
        p = pick_person()
        bad = "%04d-02-30" % p["dob"].year
        out.append(mk("cobol-sysout", "%s SQLCODE=-181 ON UPDATE MMIS.T_RCP_DEMO COL=BIRTH_DT VALUE='" % pgm, (bad, "date"),
                      "' RCP_ID=", (p["rid"], "health_plan"), " SQLSTATE=22007"))
        out.append(mk(F, "DSNT408I SQLCODE = -181, ERROR:  THE STRING REPRESENTATION OF A DATETIME VALUE IS NOT A VALID DATETIME VALUE"))
        out.append(mk(F, "DSNT418I SQLSTATE   = 22007 SQLSTATE RETURN CODE"))
    elif kind < 0.8:
        out.append(mk(F, "DSNT408I SQLCODE = -911, ERROR:  THE CURRENT UNIT OF WORK HAS BEEN ROLLED BACK DUE TO DEADLOCK OR TIMEOUT.  "
                         "REASON 00C90088, TYPE OF RESOURCE 00000302, AND RESOURCE NAME DBMMIS01.TSRCPELG.X'%06X'" % random.randint(0, 0xFFFFFF)))
        out.append(mk(F, "DSNT418I SQLSTATE   = 40001 SQLSTATE RETURN CODE"))
        out.append(mk(F, "DSNT415I SQLERRP    = DSNXRRC SQL PROCEDURE DETECTING ERROR"))
        out.append(mk("cobol-sysout", "%s DEADLOCK RETRY %d OF 3 - COMMIT FREQ 500 - LAST KEY PROCESSED SEQ %07d" % (
            pgm, random.randint(1, 3), random.randint(1, 999999))))
    else:
        out.append(mk(F, "DSNT408I SQLCODE = -904, ERROR:  UNSUCCESSFUL EXECUTION CAUSED BY AN UNAVAILABLE RESOURCE. REASON 00C9008E, "
                         "TYPE OF RESOURCE 00000210, AND RESOURCE NAME DBMMIS01.TSPRVENR"))
        out.append(mk(F, "DSNT418I SQLSTATE   = 57011 SQLSTATE RETURN CODE"))
        out.append(mk(F, "DSNT416I SQLERRD    = -320  0  0  -1  0  0 SQL DIAGNOSTIC INFORMATION"))
    return out


def blk_renewal():
    c = Clock(random.randint(0, 3), random.randint(0, 3))
    jn = jobnum()
    jobname = "MMRN0100"
    d = c.t.date()
    out = jes_head(c, jn, jobname, "MMRNBAT", "EXPARTE RENEWAL")
    out.append(jes_step(c, jn, "STEP010", 0, "DATAMTCH"))
    out.append(jes_step(c, jn, "STEP020", 0, "RENEW"))
    out += jes_tail(c, jn, jobname, "EXPARTE RENEWAL", rc=0)
    SO = "renewal-sysout"
    due = dt.date(2024, 4, 30) if random.random() < 0.6 else dt.date(2024, 5, 31)
    out.append(mk(SO, "MMRN0100 EX PARTE RENEWAL CYCLE %s  DUE MONTH %s  CNTY ALL  RUN %s %s" % (
        jul(d), due.strftime("%Y%m"), d.strftime("%m/%d/%Y"), c.t.strftime("%H.%M.%S"))))
    for _ in range(random.randint(2, 4)):
        hh = pick_hh()
        res = random.choice(["AUTO-RENEWED", "AUTO-RENEWED", "PRE-POP FORM SENT", "NEEDS VERIF - INCOME"])
        out.append(mk(SO, "MMRN0100 EXPARTE CASE=", (hh["case"], "other_id"), " RENEW-DUE=", (due.strftime("%m/%d/%Y"), "date"),
                      " RESULT=%-20s CNTY=%s AC=%s" % (res, hh["ccode"], hh["members"][0]["aid"])))
    if random.random() < 0.7:
        p = old_person() if random.random() < 0.5 else pick_person(adult=True)
        dod = TODAY - dt.timedelta(days=random.randint(10, 60))
        out.append(mk(SO, "MMDM0300 DEATH MATCH RCP=", (p["rid"], "health_plan"), " NM=", (up_lf(p), "name"),
                      " DOD=", (dod.strftime("%Y%m%d"), "date"), " SRC=SSA-DMF ACTION=CLOSE-EOM WI=WI-DM-%s-%05d" % (jul(d), random.randint(1, 99999))))
    n = random.randint(20000, 60000)
    a = int(n * random.uniform(0.4, 0.7))
    out.append(mk(SO, "MMRN0100 TOTALS  CASES %06d  AUTO-RENEWED %06d  FORMS %06d  ERRORS %04d  RC=00" % (n, a, n - a - 11, 11)))
    out.append(mk(SO, "MMRN0100 OUTPUT DSN %s  BCN %s%06d" % (dsn("RENEW.NOTICES", d), jul(d), random.randint(1, 999999))))
    return out


def blk_claims():
    c = Clock(random.randint(0, 3), random.randint(20, 23))
    SO = "claims-sysout"
    out = [mk(SO, "MMCL2100 ADJUDICATION CYCLE %s  BATCH %s%04d  CLAIMS IN %06d" % (
        jul(c.t.date()), jul(c.t.date()), random.randint(1, 999), random.randint(10000, 99999)))]
    for _ in range(random.randint(1, 3)):
        p = pick_person()
        prov = random.choice(PROVIDERS)
        dos = TODAY - dt.timedelta(days=random.randint(5, 90))
        icn = "%s%s%06d" % (random.choice(["10", "20", "21"]), jul(c.t.date()), random.randint(1, 999999))
        if random.random() < 0.5:
            out.append(mk(SO, "MMCL2100 ICN %s EDIT 0412 RECIP NOT ELIG ON DOS  RCP=" % icn, (p["rid"], "health_plan"),
                          " DOS=", (dos.strftime("%m/%d/%Y"), "date"), " BILL-NPI=%s AMT=%9.2f STATUS=DENY" % (rnd_npi(), random.uniform(20, 4000))))
        else:
            out.append(mk(SO, "MMCL2100 ICN %s EDIT 2017 DUP CLAIM SUSPECT  BILL-NPI=%s TAXON=%s AMT=%.2f STATUS=PEND LOC=%02d" % (
                icn, rnd_npi(), random.choice(["208000000X", "1223G0001X", "261QF0400X", "333600000X"]), random.uniform(20, 900),
                random.randint(10, 80))))
    out.append(mk(SO, "MMCL2100 PAID %06d  DENIED %06d  SUSPENDED %06d  TOTAL PAID %14.2f" % (
        random.randint(5000, 90000), random.randint(100, 9000), random.randint(10, 900), random.uniform(1e6, 9e7))))
    return out


# --------------------------------------------------------------------------
# family: 834 / 820 EDI
# --------------------------------------------------------------------------

def isa(sender, receiver, d, ctl):
    return "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:~" % (
        sender, receiver, d.strftime("%y%m%d"), "%02d%02d" % (random.randint(0, 5), random.randint(0, 59)), ctl)


def blk_834():
    c = Clock(random.randint(0, 3), 2)
    F = "x12-834"
    mco = random.choice(MCOS)
    d = c.t.date()
    ctl = random.randint(1000, 99999)
    thr = "X12Writer-%d" % random.randint(1, 6)
    lg = "com.sterling.b2b.x12.X12Writer"

    def pre():
        c.tick(0.001, 0.2)
        return "%s %-5s [%s] %s - " % (c.ms_comma(), random.choice(["DEBUG", "DEBUG", "INFO"]), thr, lg)

    out = [mk(F, "%s %-5s [%s] %s - opening %s 834 envelope file=OHMCD_834_%s_%s_%02d.x12" % (
        c.ms_comma(), "INFO", thr, lg, mco[0], mco[0], d.strftime("%Y%m%d"), random.randint(1, 4)))]
    out.append(mk(F, pre() + isa("OHMMIS834", mco[0] + "0042", d, ctl)
                  + "GS*BE*OHMMIS834*%s0042*%s*%s*%d*X*005010X220A1~" % (mco[0], d.strftime("%Y%m%d"), c.t.strftime("%H%M"), ctl)
                  + "ST*834*0001*005010X220A1~BGN*00*ODM%s%04d*%s*%s****4~" % (jul(d), random.randint(1, 9999), d.strftime("%Y%m%d"),
                                                                               c.t.strftime("%H%M"))
                  + "N1*P5*OHIO DEPARTMENT OF MEDICAID*FI*316402047~N1*IN*%s*FI*%s~" % (mco[1].upper(), "31" + digits(7))))
    hhs = [pick_hh() for _ in range(random.randint(2, 3))]
    for hh in hhs:
        for p in hh["members"][:2]:
            if p["rel"] == "AUTH-REP":
                continue
            eff = dt.date(2024, 4, 1) if random.random() < 0.5 else dt.date(2024, 3, 1)
            rel = "18" if p["rel"] == "SELF" else ("01" if p["rel"] == "SPOUSE" else "19")
            parts = [pre(), "INS*%s*%s*021*28*A***%s~REF*0F*" % ("Y" if rel == "18" else "N", rel, random.choice(["FT", "PT", "RT", "TE"])),
                     (p["rid"], "health_plan"), "~REF*1L*OHMCD-%s~REF*3H*" % p["aid"].replace("MAGI-", ""), (hh["case"], "other_id"),
                     "~DTP*356*D8*", (eff.strftime("%Y%m%d"), "date"), "~NM1*IL*1*", (ascii_up(p["last"]), "name"), "*",
                     (ascii_up(p["first"]), "name"), "*%s***34*" % p["mi"], (p["ssn"], "ssn"), "~"]
            if random.random() < 0.7:
                parts += ["PER*IP**TE*", (hh["phone"], "phone")]
                if p["email"] and random.random() < 0.5:
                    parts += ["*EM*", (p["email"].upper(), "email")]
                parts.append("~")
            parts += ["N3*", (ascii_up(hh["street"]), "address")]
            if hh["unit"]:
                parts += ["*", (ascii_up(hh["unit"]), "address")]
            parts += ["~N4*", (ascii_up(hh["city"]), "address"), "*OH*", (hh["zip"] + hh["zip4"], "zip"), "**CY*%s~" % hh["fips"],
                      "DMG*D8*", (p["dob"].strftime("%Y%m%d"), "date"), "*%s**:RET:2106-3~" % p["sex"],
                      "HD*021**HMO**IND~DTP*348*D8*", (eff.strftime("%Y%m%d"), "date"), "~"]
            if p["mbi"] and random.random() < 0.8:
                parts += ["REF*F6*", (p["mbi"], "health_plan"), "~"]
            out.append(mk(F, *parts))
    if random.random() < 0.5:
        p = pick_person()
        out.append(mk(F, "%s WARN  [%s] %s - 2100A DMG02 '" % (c.ms_comma(), thr, "com.sterling.b2b.x12.Validator"),
                      (p["dob"].strftime("%Y") + "0230", "date"), "' not a valid CCYYMMDD; member REF*0F=", (p["rid"], "health_plan"),
                      " loop suppressed (TA1 not sent)"))
    segs = random.randint(400, 9000)
    out.append(mk(F, pre() + "SE*%d*0001~GE*1*%d~IEA*1*%09d~" % (segs, ctl, ctl)))
    out.append(mk(F, "%s INFO  [%s] %s - closed envelope ctl=%09d members=%d segments=%d bytes=%d" % (
        c.ms_comma(), thr, lg, ctl, random.randint(100, 9000), segs, random.randint(10 ** 5, 10 ** 7))))
    # Connect:Direct transfer
    pnum = random.randint(1000, 99999)
    out.append(mk("connect-direct", "SVTM055I PROCESS MM834XFR(%d) SNODE=%s.CD.NODE PNODE=OHMMIS.PRD1 SUBMITTED" % (pnum, mco[0])))
    out.append(mk("connect-direct", "SCPA000I PROCESS MM834XFR(%d) COPY STEP01 %s.X12.D%s -> /inbound/834/OHMCD_834_%s.x12 BYTES=%d RC=0" % (
        pnum, dsn("ENRL.%s" % mco[0], d).rsplit(".D", 1)[0], d.strftime("%y%m%d"), d.strftime("%Y%m%d"), random.randint(10 ** 5, 10 ** 7))))
    if random.random() < 0.6:
        out.append(mk(F, "%s INFO  [AckReader-1] com.sterling.b2b.x12.AckReader - 999 from %s: AK1*BE*%d*005010X220A1~AK9*A*1*1*1~ accepted" % (
            c.ms_comma(), mco[0], ctl)))
    return out


def blk_820():
    c = Clock(random.randint(0, 3), 5)
    F = "x12-820"
    mco = random.choice(MCOS)
    d = c.t.date()
    ctl = random.randint(1000, 99999)
    amt = random.uniform(1e6, 9e7)
    lg = "gov.oh.odm.cap.Edi820Builder"
    out = [mk(F, "%s  INFO 2231 --- [   cap-batch-1] %-40s : building 820 capitation remittance payee=%s period=%s" % (
        c.ms(), lg, mco[0], d.strftime("%Y-%m")))]
    out.append(mk(F, "%s DEBUG 2231 --- [   cap-batch-1] %-40s : %s" % (
        c.ms(), lg, "ST*820*%04d*005010X218~BPR*C*%.2f*C*ACH*CCP*01*044000024*DA*%s*1316402047**01*041000124*DA*%s*%s~TRN*1*ODM820%s%03d*1316402047~" % (
            random.randint(1, 999), amt, digits(10), digits(10), (d + dt.timedelta(days=4)).strftime("%Y%m%d"), jul(d), random.randint(1, 999)))))
    for _ in range(random.randint(2, 4)):
        p = pick_person()
        c.tick(0.001, 0.05)
        prem = random.uniform(180, 3900)
        parts = ["%s DEBUG 2231 --- [   cap-batch-1] %-40s : " % (c.ms(), lg),
                 "ENT*%d~NM1*QE*1*" % random.randint(1, 9999), (ascii_up(p["last"]), "name"), "*", (ascii_up(p["first"]), "name"),
                 "****N*", (p["rid"], "health_plan"), "~REF*18*%s~RMR*IK*" % ("RC" + p["hh"]["ccode"] + p["aid"].replace("-", "")),
                 (p["mco_id"] or p["rid"], "health_plan"), "**%.2f*%.2f~" % (prem, prem)]
        out.append(mk(F, *parts))
    if random.random() < 0.5:
        p = pick_person()
        out.append(mk(F, "%s  WARN 2231 --- [   cap-batch-1] %-40s : retro adjustment skipped, no active span recipId=" % (c.ms(), "gov.oh.odm.cap.RetroCapService"),
                      (p["rid"], "health_plan"), " rateCell=RC%s%s amount=-%.2f" % (p["hh"]["ccode"], p["aid"], random.uniform(50, 900))))
    out.append(mk(F, "%s  INFO 2231 --- [   cap-batch-1] %-40s : 820 complete payee=%s entities=%d total=%.2f trn=ODM820%s bcn=%s%06d" % (
        c.ms(), lg, mco[0], random.randint(1000, 90000), amt, jul(d), jul(d), random.randint(1, 999999))))
    return out


# --------------------------------------------------------------------------
# family: eligibility determination service (Spring) and ODM traces
# --------------------------------------------------------------------------

def spring_line(c, lvl, pid, thread, logger, *parts):
    c.tick(0.002, 0.6)
    lg = logger if len(logger) <= 40 else logger[-40:]
    return ["%s %5s %d --- [%15s] %-40s : " % (c.ms(), lvl, pid, thread[-15:], lg)] + list(parts)


def blk_spring_elig():
    c = Clock(random.randint(0, 3), random.randint(7, 18))
    F = "spring-elig"
    pid = random.randint(1000, 9999)
    th = "nio-8443-exec-%d" % random.randint(1, 40)
    hh = pick_hh()
    prim = pick_person(hh, adult=True)
    req = uuid4()
    out = []
    out.append(mk(F, *spring_line(c, "INFO", pid, th, "g.o.o.elig.api.DeterminationController",
                                  "POST /api/v2/determinations caseNumber=", (hh["case"], "other_id"), " requestId=%s worker=%s" % (req, random.choice(STAFF_ID)))))
    mem = [p for p in hh["members"] if p["rel"] != "AUTH-REP"]
    parts = ["assembled household case=", (hh["case"], "other_id"), " members=%d [" % len(mem)]
    for i, p in enumerate(mem):
        if i:
            parts.append(", ")
        parts += [(full(p), "name"), " (%s, dob=" % p["rel"], (p["dob"].isoformat(), "date"), ")"]
    parts.append("]")
    out.append(mk(F, *spring_line(c, "DEBUG", pid, th, "g.o.o.elig.svc.HouseholdAssembler", *parts)))
    out.append(mk(F, *spring_line(c, "DEBUG", pid, th, "o.s.jdbc.core.JdbcTemplate",
                                  "Executing prepared SQL statement [SELECT hh_mbr_id, rel_cd, tax_filer_sw FROM elig.hh_member WHERE case_id = ? AND end_dt IS NULL]")))
    for p in mem[:2]:
        r = random.random()
        if r < 0.5:
            out.append(mk(F, *spring_line(c, "INFO", pid, th, "g.o.o.elig.integ.FdshClient",
                                          "FDSH SSA composite request personId=", (p["pid"], "other_id"), " ssn=", (fmt_ssn(p["ssn"]), "ssn"),
                                          " -> responseCode=HS000000 ssnVerified=%s citizenship=%s" % (random.choice(["true", "true", "false"]), random.choice(["Y", "Y", "N"])))))
        elif r < 0.75:
            out.append(mk(F, *spring_line(c, "WARN", pid, th, "g.o.o.elig.integ.IevsClient",
                                          "IEVS wage match mismatch personId=", (p["pid"], "other_id"), " reportedMonthly=%.2f quarterly=%.2f threshold=10%%" % (
                                              random.uniform(0, 3000), random.uniform(0, 12000)))))
        else:
            out.append(mk(F, *spring_line(c, "INFO", pid, th, "g.o.o.elig.integ.SaveClient",
                                          "SAVE step1 initiated personId=", (p["pid"], "other_id"), " alienNumber=", ("A" + digits(9), "other_id"),
                                          " saveTxnId=%s%s" % (digits(13), random.choice(["AB", "CD", "ZX"])))))
    out.append(mk(F, *spring_line(c, "DEBUG", pid, th, "com.zaxxer.hikari.pool.HikariPool",
                                  "HikariPool-1 - Pool stats (total=20, active=%d, idle=%d, waiting=0)" % (random.randint(1, 19), random.randint(0, 5)))))
    out.append(mk(F, *spring_line(c, "INFO", pid, th, "g.o.o.elig.rules.OdmDecisionClient",
                                  "invoking ruleset /MedicaidEligibilityRuleApp/2.3/MAGIRules/5.1 decisionId=%s timeoutMs=8000" % uuid4())))
    if random.random() < 0.35:
        out.append(mk(F, *spring_line(c, "ERROR", pid, th, "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
                                      "Servlet.service() for servlet [dispatcherServlet] in context with path [/elig] threw exception [Request processing failed: "
                                      "org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [ELIG.UK_ELIG_SPAN_MBR_EFF]] with root cause")))
        out.append(mk(F, "\tat gov.oh.odm.elig.svc.EligSpanWriter.write(EligSpanWriter.java:%d)" % random.randint(40, 300)))
        out.append(mk(F, "\tat gov.oh.odm.elig.svc.DeterminationService.determine(DeterminationService.java:%d)" % random.randint(60, 400)))
    else:
        out.append(mk(F, *spring_line(c, "INFO", pid, th, "g.o.o.elig.svc.DeterminationService",
                                      "determination complete case=", (hh["case"], "other_id"), " outcome=%s aidCat=%s effective=" % (
                                          random.choice(["ELIGIBLE", "ELIGIBLE", "INELIGIBLE_INCOME", "PENDING_VERIF"]), prim["aid"]),
                                      (dt.date(2024, 3 + random.randint(0, 1), 1).isoformat(), "date"), " elapsedMs=%d" % random.randint(80, 4000))))
        out.append(mk(F, *spring_line(c, "INFO", pid, "kafka-producer-network-thread | producer-1", "g.o.o.elig.events.EventPublisher",
                                      "published EligibilityDeterminedEvent topic=elig.determinations.v1 partition=%d offset=%d key=%s" % (
                                          random.randint(0, 11), random.randint(10 ** 5, 10 ** 7), uuid4()))))
    return out


def blk_spring_json():
    """logstash-logback-encoder JSON lines"""
    c = Clock(random.randint(0, 3), random.randint(7, 19))
    F = "spring-json"
    out = []
    for _ in range(random.randint(2, 4)):
        c.tick(0.01, 5)
        r = random.random()
        base = {"@timestamp": c.iso_off(), "@version": "1"}
        if r < 0.2:
            o = dict(base)
            o.update({"message": "GET /actuator/health 200", "logger_name": "g.o.o.elig.web.AccessLogFilter", "thread_name": "nio-8443-exec-%d" % random.randint(1, 40),
                      "level": "DEBUG", "level_value": 10000, "traceId": hexs(32), "spanId": hexs(16), "remoteAddr": rnd_priv_ip(), "durationMs": random.randint(1, 30)})
        elif r < 0.6:
            p = pick_person()
            hh = p["hh"]
            o = dict(base)
            o.update({"message": "Applicant change reported", "logger_name": "gov.oh.odm.elig.change.ChangeReportService",
                      "thread_name": "nio-8443-exec-%d" % random.randint(1, 40), "level": "INFO", "level_value": 20000,
                      "traceId": hexs(32), "spanId": hexs(16),
                      "case_no": P(hh["case"], "other_id"), "individualId": P(p["pid"], "other_id"),
                      "changeType": random.choice(["ADDRESS", "INCOME", "HOUSEHOLD"]),
                      "newAddress": {"line1": P(addr1(hh), "address"), "city": P(hh["city"], "address"), "state": "OH",
                                     "zip": P(hh["zip"], "zip"), "countyCd": hh["ccode"]},
                      "reportedBy": random.choice(["SELF", "CSR", "WORKER"]), "workItemId": "WI-%d-%06d" % (2024, random.randint(1, 999999))})
        elif r < 0.85:
            p = pick_person()
            hh = p["hh"]
            rep = [m for m in hh["members"] if m["rel"] == "AUTH-REP"]
            rp = rep[0] if rep else random.choice([x for x in PEOPLE if x["age"] >= 25 and x["hh"] is not hh])
            o = dict(base)
            o.update({"message": "Authorized representative designated", "logger_name": "gov.oh.odm.elig.arep.AuthRepService",
                      "thread_name": "nio-8443-exec-%d" % random.randint(1, 40), "level": "INFO", "level_value": 20000,
                      "caseNbr": P(hh["case"], "other_id"), "form": "ODM 03397",
                      "authRep": {"fullName": P(full(rp), "name"), "relationship": random.choice(["DAUGHTER", "NIECE", "FRIEND"] if rp["sex"] == "F" else ["SON", "NEPHEW", "FRIEND"]),
                                  "phoneNumber": P(fmt_phone(rp["cell"], "dash"), "phone"), "faxNumber": P(fmt_phone(rnd_phone(), "dash"), "fax"),
                                  "mailingAddress": P(addr1(rp["hh"]) + ", " + rp["hh"]["city"], "address"), "zip": P(rp["hh"]["zip"], "zip")},
                      "receivedTs": c.iso_off(), "workerId": random.choice(STAFF_ID)})
        else:
            p = pick_person()
            o = dict(base)
            o.update({"message": "Verification document received", "logger_name": "gov.oh.odm.elig.docs.DocIntakeListener",
                      "thread_name": "DefaultMessageListenerContainer-%d" % random.randint(1, 8), "level": "INFO", "level_value": 20000,
                      "docId": uuid4(), "docType": random.choice(["PAYSTUB", "PROOF_OF_RESIDENCY", "BIRTH_CERT", "I-94"]),
                      "pages": random.randint(1, 9), "individualId": P(p["pid"], "other_id"),
                      "batchControlNbr": "%s%05d" % (jul(c.t.date()), random.randint(1, 99999)), "scanStation": "MAIL-SCAN-%02d" % random.randint(1, 12)})
        out.append(mk(F, *jparts(o)))
    return out


def blk_odm():
    c = Clock(random.randint(0, 3), random.randint(7, 19))
    F = "odm-trace"
    tid = "%08x" % random.randint(0x80, 0x3ff)
    hh = pick_hh() if random.random() < 0.6 else old_person()["hh"]
    mem = [p for p in hh["members"] if p["rel"] != "AUTH-REP"]
    dec = uuid4()

    def was():
        c.tick(0.001, 0.05)
        return "[%d/%d/%s %d:%02d:%02d:%03d EDT] %s " % (c.t.month, c.t.day, c.t.strftime("%y"), c.t.hour, c.t.minute, c.t.second,
                                                       c.t.microsecond // 1000, tid)
    out = [mk(F, was() + "ExecutionTrac I   com.ibm.rules.res.execution  Ruleset /MedicaidEligibilityRuleApp/2.3/MAGIRules/5.1 execution start; decisionId=%s" % dec)]
    for p in mem[:3]:
        rule = random.choice(["eligibility.aged.ResourceTest", "eligibility.aged.NursingFacilityLevelOfCare", "eligibility.common.ResidencyRule"]
                             if p["age"] >= 65 else ["eligibility.magi.HouseholdIncomeTest", "eligibility.magi.TaxFilerHouseholdRule",
                                                     "eligibility.common.ResidencyRule", "eligibility.common.CitizenshipRule"])
        ag = [("%d" % p["age"], "age")] if p["age"] > 89 else ["%d" % p["age"]]
        out.append(mk(F, was() + "SystemOut     O RULE FIRED: %s [task=%s] person=" % (rule, rule.split(".")[1].upper()),
                      (ascii_up(p["last"]).title() + ", " + p["first"], "name"), " (", (p["pid"], "other_id"), ") age=", *ag,
                      " fplPct=%.1f result=%s" % (random.uniform(20, 250), random.choice(["PASS", "PASS", "FAIL"]))))
    det = []
    for p in mem[:3]:
        d = {"personId": P(p["pid"], "other_id"), "firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
             "dateOfBirth": P(p["dob"].isoformat(), "date"), "age": P(p["age"], "age") if p["age"] > 89 else p["age"],
             "aidCategory": p["aid"], "eligible": True, "effectiveDate": P("2024-03-01", "date")}
        if p["mbi"]:
            d["medicareBeneficiaryId"] = P(p["mbi"], "health_plan")
        det.append(d)
    o = {"__DecisionID__": dec, "eligibilityResponse": {"caseNumber": P(hh["case"], "other_id"), "countyCode": hh["ccode"],
                                                        "determinations": det},
         "__TraceOutput__": {"rulesetPath": "/MedicaidEligibilityRuleApp/2.3/MAGIRules/5.1", "totalRulesFired": random.randint(8, 60),
                             "totalTasksExecuted": random.randint(3, 12), "executionDuration": random.randint(5, 400)}}
    out.append(mk(F, was() + "SystemOut     O DecisionTrace ", *jparts(o)))
    out.append(mk(F, was() + "ExecutionTrac I   com.ibm.rules.res.execution  Ruleset execution end; rulesFired=%d duration=%dms xom=MedicaidXOM-4.2.1.jar" % (
        random.randint(8, 60), random.randint(5, 400))))
    return out


# --------------------------------------------------------------------------
# family: CRM (Salesforce-like debug log), IVR
# --------------------------------------------------------------------------

def blk_crm():
    c = Clock(random.randint(0, 3), random.randint(8, 17))
    F = "sfdc-apex"
    csr = random.choice(STAFF)
    csr_mail = "csr." + csr.split()[0][0].lower() + csr.split()[-1].lower().replace("-", "") + "@odm-callcenter.example.gov"
    ns = [0]

    def pre():
        c.tick(0.001, 0.09)
        ns[0] += random.randint(10000, 9000000)
        return "%s.%d (%d)|" % (c.t.strftime("%H:%M:%S"), c.t.microsecond // 100000, ns[0])

    hh = pick_hh()
    p = pick_person(hh)
    cid = sfid("003")
    out = []
    if random.random() < 0.25:
        out.append(mk(F, "59.0 APEX_CODE,FINEST;APEX_PROFILING,INFO;CALLOUT,INFO;DB,INFO;NBA,INFO;SYSTEM,DEBUG;VALIDATION,INFO;VISUALFORCE,INFO;WAVE,INFO;WORKFLOW,INFO"))
    out.append(mk(F, pre() + "USER_INFO|[EXTERNAL]|%s|%s|(GMT-05:00) Eastern Standard Time (America/New_York)|GMT-05:00" % (sfid("005"), csr_mail)))
    if random.random() < 0.5:
        out.append(mk(F, pre() + "EXECUTION_STARTED"))
    ctl = random.choice(["MemberCallController", "CaseIntakeController", "AddressChangeController"])
    out.append(mk(F, pre() + "CODE_UNIT_STARTED|[EXTERNAL]|%s|%s.saveCall" % (sfid("01p"), ctl)))
    out.append(mk(F, pre() + "SOQL_EXECUTE_BEGIN|[57]|Aggregations:0|SELECT Id, FirstName, LastName, Birthdate, Medicaid_ID__c, Case_Number__c FROM Contact WHERE Medicaid_ID__c = :mid LIMIT 1"))
    out.append(mk(F, pre() + "VARIABLE_ASSIGNMENT|[56]|mid|\"", (p["rid"], "health_plan"), "\""))
    if random.random() < 0.5:
        out.append(mk(F, pre() + "SOQL_EXECUTE_END|[57]|Rows:1"))
    if random.random() < 0.5:
        out.append(mk(F, pre() + "USER_DEBUG|[59]|DEBUG|caller verification: dobMatch=true last4Match=true addrMatch=%s caller=" % random.choice(["true", "false"]),
                      (full(p), "name"), " dob=", (p["dob"].strftime("%m/%d/%Y"), "date")))
    parts = [pre() + "USER_DEBUG|[61]|DEBUG|member found: Contact:{FirstName=", (p["first"], "name"), ", LastName=", (p["last"], "name"),
             ", Birthdate=", (p["dob"].isoformat(), "date"), " 00:00:00, Medicaid_ID__c=", (p["rid"], "health_plan"),
             ", Case_Number__c=", (hh["case"], "other_id"), ", MailingPostalCode=", (hh["zip"], "zip"), ", Id=%s}" % cid]
    out.append(mk(F, *parts))
    r = random.random()
    if r < 0.35:
        ph = fmt_phone(p["cell"], random.choice(["paren", "dash", "plain"]))
        out.append(mk(F, pre() + "VARIABLE_ASSIGNMENT|[88]|this.callbackPhone|\"", (ph, "phone"), "\""))
        out.append(mk(F, pre() + "DML_BEGIN|[140]|Op:Insert|Type:Case|Rows:1"))
        out.append(mk(F, pre() + "EXCEPTION_THROWN|[140]|System.DmlException: Insert failed. First exception on row 0; first error: "
                               "FIELD_CUSTOM_VALIDATION_EXCEPTION, Callback number must be 10 digits: [Callback_Phone__c]"))
        out.append(mk(F, pre() + "FATAL_ERROR|System.DmlException: Insert failed. First exception on row 0; first error: "
                               "FIELD_CUSTOM_VALIDATION_EXCEPTION, Callback number must be 10 digits: [Callback_Phone__c]"))
        out.append(mk(F, "Class.%s.saveCall: line 140, column 1" % ctl))
    elif r < 0.65:
        out.append(mk(F, pre() + "USER_DEBUG|[95]|DEBUG|address change request: {street=", (addr1(hh), "address"), ", city=",
                      (hh["city"], "address"), ", state=OH, postalCode=", (hh["zip"] + "-" + hh["zip4"], "zip"), ", county=",
                      (hh["county"], "address"), "}"))
        out.append(mk(F, pre() + "CALLOUT_REQUEST|[201]|System.HttpRequest[Endpoint=callout:MMIS_Elig/api/v2/members/", (p["rid"], "health_plan"),
                      "/address, Method=PUT]"))
        out.append(mk(F, pre() + "CALLOUT_RESPONSE|[201]|System.HttpResponse[Status=Service Unavailable, StatusCode=503]"))
        out.append(mk(F, pre() + "EXCEPTION_THROWN|[204]|System.CalloutException: Read timed out"))
        out.append(mk(F, pre() + "FATAL_ERROR|System.CalloutException: Read timed out"))
        out.append(mk(F, "Class.MmisEligClient.putAddress: line 204, column 1"))
        out.append(mk(F, "Class.%s.saveCall: line 118, column 1" % ctl))
    else:
        rep = [m for m in hh["members"] if m["rel"] == "AUTH-REP"]
        if rep:
            rp = rep[0]
            parts = [pre() + "USER_DEBUG|[77]|DEBUG|auth rep on file: Name=", (full(rp), "name"), " Phone=",
                     (fmt_phone(rp["cell"], "paren"), "phone")]
            if random.random() < 0.6:
                parts += [" Fax=", (fmt_phone(rnd_phone(), "paren"), "fax")]
            if rp["email"]:
                parts += [" Email=", (rp["email"], "email")]
            out.append(mk(F, *parts))
        else:
            if p["email"]:
                out.append(mk(F, pre() + "VARIABLE_ASSIGNMENT|[79]|c.Email|\"", (p["email"], "email"), "\""))
        out.append(mk(F, pre() + "DML_BEGIN|[150]|Op:Insert|Type:Case|Rows:1"))
        out.append(mk(F, pre() + "DML_END|[150]"))
        if random.random() < 0.4:
            slug = ascii_up(p["last"]).replace(" ", "").replace("'", "").replace("-", "") + "_" + ascii_up(p["first"]).split()[0]
            out.append(mk(F, pre() + "USER_DEBUG|[147]|DEBUG|notice link shown to agent: ",
                          ("https://ecm.medicaid.ohio.example.gov/docs/notices/2024/03/%s_%s_%s.pdf" % (random.choice(NOTICES).replace("-", ""), slug, hh["case"]), "url")))
        out.append(mk(F, pre() + "USER_DEBUG|[152]|DEBUG|created Case %08d (%s) queue=CCW-TIER2 owner=%s reason=%s" % (
            random.randint(100000, 9999999), sfid("500"), random.choice(STAFF), random.choice(["Notice question", "Card replacement", "MCO change request"]))))
    if random.random() < 0.4:
        out.append(mk(F, pre() + "CUMULATIVE_LIMIT_USAGE"))
        out.append(mk(F, pre() + "LIMIT_USAGE_FOR_NS|(default)|"))
        out.append(mk(F, "  Number of SOQL queries: %d out of 100" % random.randint(1, 12)))
        out.append(mk(F, "  Maximum CPU time: %d out of 10000" % random.randint(20, 3000)))
    if random.random() < 0.5:
        out.append(mk(F, pre() + "CODE_UNIT_FINISHED|%s.saveCall" % ctl))
        out.append(mk(F, pre() + "EXECUTION_FINISHED"))
    return out


def blk_apex_email():
    F = "sfdc-exception-email"
    hh = pick_hh()
    p = pick_person(hh)
    out = [mk(F, "Apex script unhandled trigger exception by user/organization: %s/%s" % (sfid("005")[:15], "00D5e000000" + "".join(random.choice(SF_CH) for _ in range(4)))),
           mk(F, "ContactTrigger: execution of BeforeUpdate caused by: System.NullPointerException: Attempt to de-reference a null object"),
           mk(F, "Trigger.ContactTrigger: line %d, column 1" % random.randint(10, 90))]
    if random.random() < 0.6:
        out.append(mk(F, "Record: Contact %s SSN__c=" % sfid("003"), ("XXX-XX-" + p["ssn"][5:], "ssn") if False else ("***-**-" + p["ssn"][5:]),
                      " Medicaid_ID__c=", (p["rid"], "health_plan"), " LastName=", (p["last"], "name")))
    return out


def blk_ivr():
    c = Clock(random.randint(0, 3), random.randint(8, 18))
    F = "ivr-voice"
    out = []
    host = "ivr-node-%d" % random.randint(1, 4)
    for _ in range(random.randint(2, 3)):
        c.tick(1, 90)
        p = pick_person(adult=True)
        r = random.random()
        call = "CALL-%s-%06d" % (c.t.strftime("%Y%m%d"), random.randint(1, 999999))
        if r < 0.4:
            out.append(mk(F, "%s %s VoiceVerify: enroll ok ani=" % (c.iso_z(), host), (fmt_phone(p["cell"], "e164"), "phone"),
                          " member=", (p["rid"], "health_plan"), " call=%s vp=" % call, (b64_blob(random.randint(120, 260)), "biometric"),
                          " score=%.2f" % random.uniform(0.7, 0.99)))
        elif r < 0.7:
            out.append(mk(F, "%s %s VoiceVerify: verify ani=%s dnis=18004240071 call=%s result=NO_MATCH score=%.2f (anonymous/blocked caller)" % (
                c.iso_z(), host, "anonymous", call, random.uniform(0.1, 0.4))))
        else:
            out.append(mk(F, "%s %s RouteEngine: call=%s dnis=18004240071 queue=ELIG-ES lang=%s waitSec=%d agentsReady=%d" % (
                c.iso_z(), host, call, random.choice(["es", "so", "ne", "en", "ar"]), random.randint(0, 1900), random.randint(0, 40))))
    return out


# --------------------------------------------------------------------------
# family: notices, print vendor, returned mail
# --------------------------------------------------------------------------

NOTICES = ["NTC-ELG-201", "NTC-ELG-210", "NTC-RNW-100", "NTC-RNW-115", "NTC-TRM-300", "NTC-MCO-410"]


def blk_notice_gen():
    c = Clock(random.randint(0, 3), 3)
    F = "notice-gen"
    out = []
    thr = "NoticeComposer-%d" % random.randint(1, 8)
    for _ in range(random.randint(2, 4)):
        c.tick(0.01, 1)
        hh = pick_hh()
        p = pick_person(hh, adult=True)
        ntc = random.choice(NOTICES)
        r = random.random()
        if r < 0.4:
            out.append(mk(F, "%s INFO  [%s] g.o.o.notice.Composer - %s composed for case " % (c.ms_comma(), thr, ntc), (hh["case"], "other_id"),
                          " recipient=", (full(p), "name"), " lang=%s template=v%d pages=%d" % (hh["lang"], random.randint(8, 20), random.randint(1, 6))))
        elif r < 0.6:
            slug = ascii_up(p["last"]).replace(" ", "").replace("'", "").replace("-", "") + "_" + ascii_up(p["first"]).split()[0]
            url = "https://ecm.medicaid.ohio.example.gov/docs/notices/%s/%s_%s_%s.pdf" % (c.t.strftime("%Y/%m"), ntc.replace("-", ""), slug, hh["case"])
            out.append(mk(F, "%s INFO  [%s] g.o.o.notice.Archive - archived pdf uri=" % (c.ms_comma(), thr), (url, "url"),
                          " sha256=%s" % hexs(64)))
        elif r < 0.8 and p["email"]:
            out.append(mk(F, "%s INFO  [%s] g.o.o.notice.ENotice - e-notice alert sent to=" % (c.ms_comma(), thr), (p["email"], "email"),
                          " from=noreply@benefits.ohio.example.gov msgId=<%s@mail.benefits.ohio.example.gov>" % uuid4()))
        else:
            out.append(mk(F, "%s WARN  [%s] g.o.o.notice.Composer - %s template v%d missing translation key 'fair_hearing.para3' lang=%s, fell back to en" % (
                c.ms_comma(), thr, ntc, random.randint(8, 20), random.choice(["so", "ne", "vi", "ar"]))))
    out.append(mk(F, "%s INFO  [%s] g.o.o.notice.BatchWriter - wrote OHMCD_NTC_%s_%02d.dat records=%d pages=%d bcn=%s%05d" % (
        c.ms_comma(), thr, c.t.strftime("%Y%m%d"), random.randint(1, 4), random.randint(5000, 40000), random.randint(10000, 90000),
        jul(c.t.date()), random.randint(1, 99999))))
    return out


def imb():
    return "00" + "270" + "%06d" % random.randint(100000, 999999) + "%09d" % random.randint(0, 999999999)


def blk_print_file():
    F = "print-vendor-file"
    d = TODAY + dt.timedelta(days=random.randint(0, 3))
    out = [mk(F, "H|OHMCD|NOTICES|%s|%s|BCN%s%05d|V3.2" % (d.strftime("%Y%m%d"), random.choice(NOTICES), jul(d), random.randint(1, 99999)))]
    for i in range(random.randint(2, 4)):
        hh = pick_hh()
        p = pick_person(hh, adult=True)
        parts = ["D|%06d|%s|" % (random.randint(1, 40000), random.choice(NOTICES)), (hh["case"], "other_id"), "|",
                 (up_full(p, mi=True), "name"), "|", (ascii_up(hh["street"]), "address"), "|"]
        if hh["unit"]:
            parts.append((ascii_up(hh["unit"]), "address"))
        parts += ["|", (ascii_up(hh["city"]), "address"), "|OH|", (hh["zip"] + "-" + hh["zip4"], "zip"),
                  "|%s|%d|%s|%s" % (hh["lang"].upper(), random.randint(1, 6), imb(), random.choice(["1ST", "1ST", "CERT"]))]
        out.append(mk(F, *parts))
    out.append(mk(F, "T|%d|%d|%s" % (random.randint(1000, 40000), random.randint(3000, 90000), hexs(32))))
    return out


def blk_print_vendor_log():
    c = Clock(random.randint(0, 3), 6)
    F = "print-vendor-log"
    d = c.t.date()
    fn = "OHMCD_NTC_%s_%02d.dat" % (d.strftime("%Y%m%d"), random.randint(1, 4))
    n = random.randint(5000, 40000)
    out = [
        mk(F, "%s [sftp-recv] INFO  received %s from 198.51.100.%d (ohmmis-xfer) size=%d md5=%s" % (
            c.t.strftime("%Y-%m-%d %H:%M:%S"), fn, random.randint(2, 250), random.randint(10 ** 6, 10 ** 8), hexs(32))),
        mk(F, "%s [cass] INFO  CASS certified: %d records, %d ZIP+4 coded, %d DPV confirmed, %d undeliverable" % (
            c.tick(5, 60).strftime("%Y-%m-%d %H:%M:%S"), n, n - 40, n - 71, random.randint(10, 90))),
    ]
    for _ in range(random.randint(1, 2)):
        hh = pick_hh()
        p = pick_person(hh, adult=True)
        oth = random.choice([x for x in HOUSEHOLDS if x is not hh])
        out.append(mk(F, "%s [ncoa] INFO  rec %06d move type=%s eff=" % (
            c.tick(0.1, 3).strftime("%Y-%m-%d %H:%M:%S"), random.randint(1, n), random.choice(["I", "F"])),
            ((TODAY - dt.timedelta(days=random.randint(30, 200))).strftime("%Y%m"), "date"), " name=",
            (up_full(p), "name"), " old=", (ascii_up(hh["street"]), "address"), " ", (ascii_up(hh["city"]), "address"), " OH ",
            (hh["zip"], "zip"), " new=", (ascii_up(oth["street"]), "address"), " ", (ascii_up(oth["city"]), "address"), " OH ",
            (oth["zip"] + "-" + oth["zip4"], "zip")))
    out.append(mk(F, "%s [press] INFO  job PJ-%d inserted %d pieces, %d flats, postage %.2f, USPS permit %d, mail date %s" % (
        c.tick(600, 4000).strftime("%Y-%m-%d %H:%M:%S"), random.randint(10000, 99999), n, random.randint(0, 300), n * 0.47,
        random.randint(100, 9999), (d + dt.timedelta(days=1)).strftime("%m/%d/%Y"))))
    out.append(mk(F, "%s [support] INFO  job ticket closed by %s (%s) phone 1-800-555-0199 ext %d" % (
        c.tick(60, 600).strftime("%Y-%m-%d %H:%M:%S"), random.choice(["Gail Sorensen", "Marco Ibarra", "Priscilla Dunn"]),
        "prodsupport@printvendor.example.com", random.randint(100, 499))))
    return out


def blk_returned_mail():
    c = Clock(random.randint(1, 4), random.randint(8, 15))
    F = "returned-mail"
    out = []
    for _ in range(random.randint(2, 4)):
        c.tick(5, 300)
        hh = pick_hh()
        r = random.random()
        if r < 0.4:
            out.append(mk(F, "RTM %s %s SCAN STA%02d TRAY %02d PIECE %s %s CASE " % (
                jul(c.t.date()), c.hms_dot(), random.randint(1, 6), random.randint(1, 40), imb(), random.choice(NOTICES)),
                (hh["case"], "other_id"), " RSN=%s" % random.choice(["ANK ATTEMPTED NOT KNOWN", "NSN NO SUCH NUMBER", "VAC VACANT", "UTF UNABLE TO FORWARD"])))
        elif r < 0.65:
            oth = random.choice([x for x in HOUSEHOLDS if x is not hh])
            out.append(mk(F, "RTM %s %s ACS CASE " % (jul(c.t.date()), c.hms_dot()), (hh["case"], "other_id"), " FWD ADDR ",
                          (ascii_up(oth["street"]), "address"), ", ", (ascii_up(oth["city"]), "address"), ", OH ",
                          (oth["zip"], "zip"), " SRC=ACS FULFILL=%s" % imb()))
        elif r < 0.85:
            out.append(mk(F, "RTM %s %s WORKITEM WI-RTM-%d-%06d CREATED QUEUE=CNTY%s-RETMAIL PRIORITY=%d SLA=10BD ASSIGNED=%s" % (
                jul(c.t.date()), c.hms_dot(), c.t.year, random.randint(1, 999999), hh["ccode"], random.randint(1, 3), random.choice(STAFF_ID))))
        else:
            out.append(mk(F, "RTM %s %s BATCH CLOSE STA%02d PIECES %05d MATCHED %05d UNMATCHED %04d BCN %s%05d" % (
                jul(c.t.date()), c.hms_dot(), random.randint(1, 6), random.randint(100, 3000), random.randint(90, 2900),
                random.randint(0, 99), jul(c.t.date()), random.randint(1, 99999))))
    return out


# --------------------------------------------------------------------------
# family: provider enrollment (not PHI), portal access, id proofing, AVS, HPE
# --------------------------------------------------------------------------

def blk_provider():
    c = Clock(random.randint(0, 3), random.randint(8, 17))
    F = "provider-enroll"
    pid = random.randint(1000, 9999)
    out = []
    for _ in range(random.randint(2, 4)):
        prov = random.choice(PROVIDERS)
        npi = rnd_npi()
        r = random.random()
        if r < 0.3:
            out.append(mk(F, *spring_line(c, "INFO", pid, "pnm-worker-%d" % random.randint(1, 9), "g.o.o.pnm.enroll.ApplicationService",
                                          "application PNM-%d-%06d submitted npi=%s name=\"%s\" taxonomy=%s medicaidProviderId=%07d" % (
                                              c.t.year, random.randint(1, 999999), npi, prov[0], random.choice(["208000000X", "1223G0001X", "251E00000X", "343900000X"]),
                                              random.randint(1000000, 9999999)))))
        elif r < 0.55:
            out.append(mk(F, *spring_line(c, "INFO", pid, "pnm-worker-%d" % random.randint(1, 9), "g.o.o.pnm.enroll.AddressValidator",
                                          "service location verified npi=%s addr=\"%s, %s, OH %s\" phone=%s-555-01%02d fax=%s-555-01%02d" % (
                                              npi, prov[1], prov[2], prov[3], prov[4], random.randint(0, 99), prov[4], random.randint(0, 99)))))
        elif r < 0.75:
            out.append(mk(F, *spring_line(c, "INFO", pid, "pnm-worker-%d" % random.randint(1, 9), "g.o.o.pnm.screen.ExclusionScreen",
                                          "LEIE/SAM/OIG screen clean for %s npi=%s license=%s ownerEin=%s-%s" % (
                                              random.choice(PRACT), npi, "35.%06d" % random.randint(10000, 999999), digits(2), digits(7)))))
        else:
            out.append(mk(F, *spring_line(c, "WARN", pid, "pnm-worker-%d" % random.randint(1, 9), "g.o.o.pnm.integ.PecosClient",
                                          "PECOS lookup npi=%s returned 404, revalidation due %s, contact %s" % (
                                              npi, (TODAY + dt.timedelta(days=random.randint(10, 200))).isoformat(), "provider.enrollment@medicaid.ohio.example.gov"))))
    return out


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-A155U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0",
       "OhioBenefits/4.12.0 (Android 13; moto g play)"]


def blk_portal():
    c = Clock(random.randint(0, 3), random.randint(6, 22))
    F = "nginx-portal"
    out = []
    for _ in range(random.randint(3, 6)):
        c.tick(0.2, 40)
        ts = c.t.strftime("%d/%b/%Y:%H:%M:%S -0400")
        r = random.random()
        if r < 0.25:
            out.append(mk(F, '%s - - [%s] "GET /actuator/health HTTP/1.1" 200 15 "-" "kube-probe/1.27" %.3f' % (rnd_priv_ip(), ts, random.uniform(0, 0.01))))
        elif r < 0.38:
            out.append(mk(F, '%s - - [%s] "GET /static/js/main.%s.js HTTP/2.0" 304 0 "https://benefits.ohio.example.gov/" "%s" %.3f' % (
                rnd_priv_ip(), ts, hexs(8), random.choice(UAS), random.uniform(0, 0.05))))
        else:
            p = pick_person(adult=True)
            hh = p["hh"]
            ip = rnd_pub_ip()
            path = random.choice(["/benefits/api/v1/cases/%s/notices", "/benefits/api/v1/cases/%s/renewal", "/benefits/api/v1/cases/%s/documents"])
            pre, post = path.split("%s")
            out.append(mk(F, (ip, "ip"), " - ", (p["user"], "other_id"), ' [%s] "GET %s' % (ts, pre), (hh["case"], "other_id"),
                          '%s HTTP/2.0" %d %d "https://benefits.ohio.example.gov/dashboard" "%s" %.3f' % (
                              post, random.choice([200, 200, 200, 304, 403]), random.randint(200, 90000), random.choice(UAS), random.uniform(0.01, 1.5))))
    return out


def blk_mobile():
    c = Clock(random.randint(0, 3), random.randint(6, 22))
    F = "mobile-api"
    out = []
    for _ in range(random.randint(1, 3)):
        c.tick(1, 300)
        p = pick_person(adult=True)
        r = random.random()
        if r < 0.5:
            o = {"ts": c.iso_z(), "lvl": "info", "svc": "mobile-gw", "evt": "device.registered", "user": P(p["user"], "other_id"),
                 "imei": P(rnd_imei(), "device"), "os": random.choice(["Android 14", "Android 13", "iOS 17.3.1"]),
                 "appVer": "4.12.%d" % random.randint(0, 9), "pushToken": hexs(64), "clientIp": P(rnd_pub_ip(), "ip")}
        elif r < 0.62 and p["email"]:
            o = {"ts": c.iso_z(), "lvl": "info", "svc": "mobile-gw", "evt": "account.created", "user": P(p["user"], "other_id"),
                 "email": P(p["email"], "email"), "emailVerified": False, "locale": p["hh"]["lang"] + "-US", "clientIp": P(rnd_pub_ip(), "ip")}
        elif r < 0.8:
            o = {"ts": c.iso_z(), "lvl": "warn", "svc": "mobile-gw", "evt": "mfa.sms.failed", "user": P(p["user"], "other_id"),
                 "to": P(fmt_phone(p["cell"], "e164"), "phone"), "provider": "sms-gw-2", "err": "30006 Landline or unreachable carrier"}
        else:
            o = {"ts": c.iso_z(), "lvl": "info", "svc": "mobile-gw", "evt": "app.config.fetched", "appVer": "4.12.%d" % random.randint(0, 9),
                 "cfgVersion": "2024.03.%02d-%d" % (c.t.day, random.randint(1, 9)), "edge": "cdn-pop-ord%d" % random.randint(1, 9),
                 "latencyMs": random.randint(3, 300)}
        out.append(mk(F, *jparts(o)))
    return out


def blk_idproof():
    c = Clock(random.randint(0, 3), random.randint(7, 21))
    F = "idproof"
    out = []
    p = pick_person(adult=True)
    hh = p["hh"]
    dl = random.choice("ABCDEFGHJKLMNPRST") + random.choice("ABCDEFGHJKLMNPRST") + digits(6)
    rid = uuid4()
    out.append(mk(F, "%s INFO  [idp-%d] IdentityProofingService - RIDP start session=%s individualId=" % (c.ms(), random.randint(1, 9), rid),
                  (p["pid"], "other_id"), " channel=%s" % random.choice(["WEB", "MOBILE"])))
    r = random.random()
    o = {"sessionId": rid, "vendor": "EXPERIAN_PRECISEID", "applicant": {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
                                                                       "dob": P(p["dob"].strftime("%m/%d/%Y"), "date"), "ssnLast4": p["ssn"][5:] if False else "****",
                                                                       "dlState": "OH", "dlNumber": P(dl, "license")},
         "ipAddress": P(rnd_pub_ip(), "ip"), "result": random.choice(["PASS", "REFER", "FAIL"]), "score": random.randint(300, 990)}
    out.append(mk(F, "%s DEBUG [idp-%d] VendorResponseLogger - response " % (c.tick(0.3, 4).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], random.randint(1, 9)), *jparts(o)))
    if r < 0.6:
        img = (b64_jpeg(random.randint(250, 520)) if random.random() < 0.7 else b64_png(random.randint(250, 500)))
        mime = "image/jpeg" if img.startswith("/9j/") else "image/png"
        out.append(mk(F, "%s DEBUG [idp-%d] DocAuthClient - selfie upload individualId=" % (c.tick(1, 30).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], random.randint(1, 9)),
                      (p["pid"], "other_id"), " selfie=", ("data:%s;base64,%s" % (mime, img), "photo"), " faceTemplate=",
                      (b64_blob(random.randint(96, 180)), "biometric"), " livenessScore=%.3f" % random.uniform(0.5, 1)))
    if random.random() < 0.3:
        p2 = pick_person(adult=True)
        out.append(mk(F, "%s INFO  [idp-%d] FingerprintCapture - county office kiosk CNTY%s-K%02d capture ok individualId=" % (
            c.tick(1, 50).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], random.randint(1, 9), p2["hh"]["ccode"], random.randint(1, 9)),
            (p2["pid"], "other_id"), " finger=R_INDEX nfiq=%d template=" % random.randint(1, 3), (b64_fmr(random.randint(120, 300)), "biometric")))
    out.append(mk(F, "%s INFO  [idp-%d] IdentityProofingService - RIDP end session=%s outcome=%s elapsedMs=%d" % (
        c.tick(0.5, 9).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], random.randint(1, 9), rid, o["result"], random.randint(200, 30000))))
    return out


def blk_avs():
    c = Clock(random.randint(0, 3), random.randint(8, 17))
    F = "avs-asset"
    p = old_person() if random.random() < 0.5 else pick_person(adult=True)
    req = "AVS%s%07d" % (jul(c.t.date()), random.randint(1, 9999999))
    ag = [("%d" % p["age"], "age")] if p["age"] > 89 else ["%d" % p["age"]]
    out = [mk(F, "%s|INFO|AvsGateway|request %s sent individualId=" % (c.ms(), req), (p["pid"], "other_id"), "|applicantAge=", *ag,
              "|program=%s|lookback=60m|institutions=%d" % (random.choice(["ABD", "LTC", "MSP"]), random.randint(20, 300)))]
    for _ in range(random.randint(1, 2)):
        c.tick(1, 20)
        if random.random() < 0.5:
            out.append(mk(F, "%s|INFO|AvsGateway|%s hit institution=%s type=%s acct=" % (c.ms(), req, random.choice(["Fifth Third Bank", "Huntington National Bank", "KeyBank", "Park National Bank"]),
                                                                                   random.choice(["CHK", "SAV", "CD"])),
                          (digits(random.randint(9, 12)), "account"), "|rtn=%s|balance=%.2f|asOf=%s" % (random.choice(["042000314", "044000024", "041001039", "044201877"]),
                                                                                                       random.uniform(10, 9000), c.t.strftime("%Y-%m-%d"))))
        else:
            plate = random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(4)
            out.append(mk(F, "%s|INFO|BmvAssetClient|%s vehicle vin=" % (c.ms(), req), (rnd_vin(), "vehicle"), "|plate=OH ", (plate, "vehicle"),
                          "|year=%d|nadaValue=%d|excluded=%s" % (random.randint(2004, 2021), random.randint(800, 14000), random.choice(["Y", "N"]))))
    out.append(mk(F, "%s|INFO|AvsGateway|request %s complete status=%s elapsedMs=%d" % (c.ms(), req, random.choice(["COMPLETE", "PARTIAL"]), random.randint(300, 90000))))
    return out


def blk_premium():
    c = Clock(random.randint(0, 3), random.randint(8, 17))
    F = "premium-pay"
    p = pick_person(adult=True)
    hh = p["hh"]
    out = []
    if random.random() < 0.5:
        card = rnd_card()
        out.append(mk(F, "%s ERROR [pay-%d] PremiumPaymentService - card auth declined code=05 acct=" % (c.ms_comma(), random.randint(1, 4)),
                      (card, "account"), " exp=%02d/%d program=BUY-IN case=" % (random.randint(1, 12), random.randint(25, 29)), (hh["case"], "other_id"),
                      " amount=%.2f gatewayRef=%s" % (random.uniform(15, 120), hexs(20))))
    else:
        out.append(mk(F, "%s INFO  [pay-%d] PremiumPaymentService - ACH enrollment case=" % (c.ms_comma(), random.randint(1, 4)), (hh["case"], "other_id"),
                      " routing=%s account=" % random.choice(["042000314", "044000024", "041001039"]), (digits(random.randint(8, 12)), "account"),
                      " holder=", (full(p), "name"), " draftDay=%d" % random.randint(1, 28)))
    out.append(mk(F, "%s INFO  [pay-%d] PremiumPaymentService - settlement file PRM_%s.csv rows=%d total=%.2f" % (
        c.tick(1, 200).strftime("%Y-%m-%d %H:%M:%S,%f")[:-3], random.randint(1, 4), c.t.strftime("%Y%m%d"), random.randint(10, 3000), random.uniform(100, 90000))))
    return out


def blk_hpe():
    c = Clock(random.randint(0, 3), random.randint(0, 23))
    F = "hpe-intake"
    p = pick_person()
    hh = p["hh"]
    hosp = random.choice(["OhioHealth Riverside Methodist", "Lakeshore General Hospital", "Scioto Memorial", "Miami Valley Regional"])
    mrn = random.choice(["E", "M", ""]) + digits(random.randint(7, 9))
    adm = TODAY - dt.timedelta(days=random.randint(0, 5))
    o = {"submissionId": "HPE-%s-%05d" % (c.t.strftime("%Y%m%d"), random.randint(1, 99999)), "qualifiedEntity": hosp, "qeNpi": rnd_npi(),
         "patient": {"mrn": P(mrn, "mrn"), "name": P(full(p), "name"), "birthDate": P(p["dob"].isoformat(), "date"),
                     "admitDate": P(adm.isoformat(), "date"), "ssn": P(fmt_ssn(p["ssn"]), "ssn") if random.random() < 0.5 else None,
                     "address": {"street": P(addr1(hh), "address"), "city": P(hh["city"], "address"), "county": P(hh["county"], "address"),
                                 "zip": P(hh["zip"], "zip")}},
         "determinedBy": random.choice(["kward", "jmalone", "HPE-QE-%03d" % random.randint(1, 999)]), "peCategory": random.choice(["HPE-ADULT", "HPE-CHILD", "HPE-PW"])}
    out = [mk(F, "%s INFO  HpeIntakeController - received HPE submission payload=" % c.ms(), *jparts(o, ", ", ": "))]
    out.append(mk(F, "%s INFO  HpeIntakeController - HPE accepted, temp recipient id issued rcpId=" % c.tick(0.1, 2).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
                  (p["rid"], "health_plan"), " coverageThru=%s" % (dt.date(2024, 4, 30).isoformat() if False else "EOM+1")))
    return out


def blk_ops():
    c = Clock(random.randint(0, 3), random.randint(0, 23))
    out = []
    for _ in range(random.randint(2, 4)):
        c.tick(1, 600)
        r = random.random()
        if r < 0.25:
            out.append(mk("syslog", "%s mmisapp%02d sshd[%d]: Accepted publickey for %s from %s port %d ssh2: RSA SHA256:%s" % (
                c.t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if c.t.day < 10 else c.t.strftime("%b %d %H:%M:%S"),
                random.randint(1, 12), random.randint(1000, 60000), random.choice(["batchsvc", "xferops", "dbmon"]), rnd_priv_ip(),
                random.randint(30000, 65000), base64.b64encode(rbytes(32)).decode().rstrip("="))))
        elif r < 0.5:
            out.append(mk("controlm", "%s CTM5100 ORDERID %s JOB %s ODATE %s ENDED %s RUNCNT %d HOST PRD1" % (
                c.t.strftime("%Y%m%d%H%M%S"), "".join(random.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(5)),
                random.choice(["MMELG010", "MM834OUT", "MMNTC100", "MMRN0100", "MMCL2100", "MM820CAP"]), c.t.strftime("%y%m%d"),
                random.choice(["OK", "OK", "OK", "NOTOK"]), random.randint(1, 3))))
        elif r < 0.7:
            out.append(mk("syslog", "%s mmisapp%02d CROND[%d]: (%s) CMD (/opt/mmis/bin/purge_sysout.sh --older-than 35d --hlq PROD.MMIS)" % (
                c.t.strftime("%b %d %H:%M:%S"), random.randint(1, 12), random.randint(1000, 60000), random.choice(["batchsvc", "root"]))))
        elif r < 0.85:
            out.append(mk("jes2-joblog", "%s %s  IEC161I 056-084,%s,STEP020,ELIGIN,,,%s" % (
                c.hms_dot(), jobnum(), random.choice(["MMELG010", "MMRN0100"]), dsn("ELIG.INPUT", c.t.date()))))
        else:
            out.append(mk("syslog", "%s mmisweb%02d kernel: [%d.%06d] nfs: server nas-mmis-%02d not responding, still trying" % (
                c.t.strftime("%b %d %H:%M:%S"), random.randint(1, 6), random.randint(10000, 999999), random.randint(0, 999999), random.randint(1, 4))))
    return out


def blk_mco_change():
    """MCO plan selection / enrollment broker lines (mixed)"""
    c = Clock(random.randint(0, 3), random.randint(8, 18))
    F = "enroll-broker"
    out = []
    for _ in range(random.randint(2, 3)):
        c.tick(1, 200)
        p = pick_person()
        old, new = random.sample(MCOS, 2)
        r = random.random()
        if r < 0.7:
            out.append(mk(F, "%s INFO  [broker-%d] PlanSelectionService - plan change recipId=" % (c.ms_comma(), random.randint(1, 6)),
                          (p["rid"], "health_plan"), " from=%s to=%s memberId=" % (old[0], new[0]), (new[2] + digits(9), "health_plan"),
                          " effective=", (dt.date(2024, 4, 1).isoformat(), "date"), " reason=%s" % random.choice(["OPEN_ENROLLMENT", "JUST_CAUSE", "AUTO_ASSIGN"])))
        else:
            out.append(mk(F, "%s INFO  [broker-%d] AutoAssignJob - region %s assigned %d members (%s=%d, %s=%d) batch=%s%04d" % (
                c.ms_comma(), random.randint(1, 6), random.choice(["CENTRAL", "NE", "NW", "SE", "SW"]), random.randint(100, 4000),
                old[0], random.randint(10, 2000), new[0], random.randint(10, 2000), jul(c.t.date()), random.randint(1, 9999))))
    return out


# --------------------------------------------------------------------------
# assemble
# --------------------------------------------------------------------------

BLOCKS = [
    (blk_elig_extract, 2), (blk_dfsort, 1), (blk_db2, 3), (blk_renewal, 2), (blk_claims, 2),
    (blk_834, 3), (blk_820, 3), (blk_spring_elig, 4), (blk_spring_json, 6), (blk_odm, 5),
    (blk_crm, 3), (blk_apex_email, 2), (blk_ivr, 3), (blk_notice_gen, 6), (blk_print_file, 4),
    (blk_print_vendor_log, 2), (blk_returned_mail, 5), (blk_provider, 3), (blk_portal, 4), (blk_mobile, 6),
    (blk_idproof, 6), (blk_avs, 5), (blk_premium, 3), (blk_hpe, 6), (blk_ops, 2), (blk_mco_change, 4),
]


def main():
    plan = []
    for fn, n in BLOCKS:
        plan += [fn] * n
    random.shuffle(plan)
    blocks = [(fn, fn()) for fn in plan]
    # drop whole blocks of repeated kinds until the corpus fits, never the last of a kind
    while sum(len(b) for _, b in blocks) > N_LINES:
        cnt = {}
        for fn, _ in blocks:
            cnt[fn.__name__] = cnt.get(fn.__name__, 0) + 1
        cands = [i for i, (fn, _) in enumerate(blocks) if cnt[fn.__name__] > 1]
        blocks.pop(random.choice(cands))
    lines = [l for _, b in blocks for l in b]
    # fill with independent one-line events (ops / portal) up to exactly N_LINES
    while len(lines) < N_LINES:
        lines += random.choice([blk_ops, blk_portal, blk_mobile, blk_ivr])()[: N_LINES - len(lines)]
    assert len(lines) == N_LINES
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as f, open(lab_path, "w", encoding="utf-8", newline="\n") as g:
        for n, (fam, b, spans) in enumerate(lines, 1):
            last = 0
            for s, e, cat in sorted(spans):
                assert s >= last and e > s, (n, spans)
                last = e
            f.write(b + b"\n")
            g.write(json.dumps({"line": n, "family": fam, "spans": [{"s": s, "e": e, "cat": cat} for s, e, cat in spans]}) + "\n")


if __name__ == "__main__":
    main()
