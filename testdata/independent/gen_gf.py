#!/usr/bin/env python3
"""Deterministic generator for the gf test corpus.

Theme: health plan member correspondence / print vendor (mail merge echoes,
composition + print logs, CASS/NCOA, returned mail scanning, ID card runs,
EOB generation service). Writes gf.log and gf.labels.jsonl next to itself.
Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

random.seed(1814_2024)

HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_NOPHI = 0.55


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.b = bytearray()
        self.spans = []
        self.vals = []

    def t(self, s):
        self.b += s.encode("utf-8")
        return self

    def p(self, s, cat):
        if cat is None or s == "":
            return self.t(s)
        st = len(self.b)
        self.b += s.encode("utf-8")
        self.spans.append({"s": st, "e": len(self.b), "cat": cat})
        self.vals.append(s)
        return self

    def check(self):
        assert b"\n" not in self.b and b"\r" not in self.b, self.b
        assert len(self.b) <= 4000, len(self.b)
        last = 0
        for sp, v in zip(self.spans, self.vals):
            assert sp["s"] >= last, "overlap"
            assert bytes(self.b[sp["s"]:sp["e"]]) == v.encode("utf-8"), (self.b, sp, v)
            last = sp["e"]


class P:
    """A JSON leaf value that is PHI of category cat."""
    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def wj(L, o, sep=(",", ":")):
    if isinstance(o, dict):
        L.t("{")
        first = True
        for k, v in o.items():
            if not first:
                L.t(sep[0])
            first = False
            L.t(json.dumps(k) + sep[1])
            wj(L, v, sep)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            wj(L, v, sep)
        L.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            L.t('"')
            L.p(json.dumps(o.v, ensure_ascii=False)[1:-1], o.cat)
            L.t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    else:
        L.t(json.dumps(o, ensure_ascii=False))


def csvf(L, val, cat=None, delim=","):
    if any(c in val for c in (delim, '"')):
        L.t('"')
        L.p(val.replace('"', '""'), cat)
        L.t('"')
    else:
        L.p(val, cat)


def fw(L, val, width, cat=None, right=False):
    v = val[:width]
    if right:
        L.t(" " * (width - len(v)))
        L.p(v, cat)
    else:
        L.p(v, cat)
        L.t(" " * (width - len(v)))


def asc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("đ", "d")


def UP(s):
    return asc(s).upper()


# ---------------------------------------------------------------- check digits
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


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def card_number():
    body = random.choice(["4", "51", "53", "37"]) 
    ln = 15 if body == "37" else 16
    body = body + digits(ln - 1 - len(body))
    return body + luhn_digit(body)


def imei():
    body = random.choice(["35", "86", "01"]) + digits(12)
    return body + luhn_digit(body)


def npi():
    body = random.choice("12") + digits(8)
    chk = luhn_digit("80840" + body)
    return body + chk


def aba():
    while True:
        d = random.choice(["12", "32", "25", "07"]) + digits(6)
        for c in "0123456789":
            x = d + c
            s = 3 * (int(x[0]) + int(x[3]) + int(x[6])) + 7 * (int(x[1]) + int(x[4]) + int(x[7])) + (int(x[2]) + int(x[5]) + int(x[8]))
            if s % 10 == 0:
                return x


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
         "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = random.choice(["1HG", "5YJ", "JTD", "1FT", "3VW", "KM8", "2T3", "4S4", "1C4"])
    vds = "".join(random.choice(al) for _ in range(5))
    yr = random.choice("KLMNPR")
    plant = random.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    ser = digits(6)
    v = wmi + vds + "0" + yr + plant + ser
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W))
    c = s % 11
    c = "X" if c == 10 else str(c)
    return v[:8] + c + v[9:]


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    d = "0123456789"
    an = MBI_L + d
    return (random.choice("123456789") + random.choice(MBI_L) + random.choice(an) + random.choice(d)
            + random.choice(MBI_L) + random.choice(an) + random.choice(d) + random.choice(MBI_L)
            + random.choice(MBI_L) + random.choice(d) + random.choice(d))


def ssn():
    while True:
        a = random.randint(101, 665)
        if a == 666:
            continue
        return "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


def rbytes(n):
    return bytes(random.randrange(256) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], random.choice("89ab"), h[17:20], h[20:32])


# ---------------------------------------------------------------- people
FIRST = [("Agnieszka", "F"), ("Oluwaseun", "M"), ("Mei-Ling", "F"), ("Rafael", "M"), ("Siobhán", "F"),
         ("Tomasz", "M"), ("Priya", "F"), ("Kwame", "M"), ("Yuki", "F"), ("Dmitri", "M"), ("Fatima", "F"),
         ("Henrik", "M"), ("Ngozi", "F"), ("Carmen", "F"), ("Thanh", "M"), ("Aleksandr", "M"),
         ("Leilani", "F"), ("Ebony", "F"), ("Giuseppe", "M"), ("Ayesha", "F"), ("Björn", "M"),
         ("Marisol", "F"), ("Hamid", "M"), ("Inês", "F"), ("Jae-won", "M"), ("Chiamaka", "F"),
         ("Declan", "M"), ("Lucía", "F"), ("Rustam", "M"), ("Noor", "F"), ("Teodora", "F"), ("Kalani", "M"),
         ("Esperanza", "F"), ("Wen", "M"), ("Olamide", "F"), ("Zoë", "F"), ("Mateus", "M"),
         ("Svetlana", "F"), ("Imani", "F"), ("Bartholomew", "M"), ("Anh", "F"), ("Gunnar", "M")]
LAST = ["Kowalczyk", "Adeyemi", "Tran", "Castillo", "O'Sullivan", "Wiśniewski", "Raghunathan", "Mensah",
        "Takahashi", "Volkov", "Haddad", "Lindqvist", "Okafor", "Delgado-Ruiz", "Nguyễn", "Petrov",
        "Kahananui", "Whitfield", "Russo", "Siddiqui", "Åkesson", "Villanueva", "Farahani", "Carvalho",
        "Park", "Eze", "McAllister", "Fernández", "Nazarov", "Al-Amin", "Ionescu", "Makoa", "Thistlewood",
        "Guerrero", "Zhao", "Balogun", "Brennan", "Moreira", "Kuznetsova", "Harrington", "Dang", "Solberg"]
CHILD_FIRST = [("Maya", "F"), ("Elijah", "M"), ("Amara", "F"), ("Luca", "M"), ("Sofía", "F"),
               ("Kenji", "M"), ("Zainab", "F"), ("Mikael", "M"), ("Nia", "F"), ("Arjun", "M")]
SPOUSE_FIRST = [("Ewa", "F"), ("Adebayo", "M"), ("Hoa", "F"), ("Julián", "M"), ("Ciarán", "M"),
                ("Magdalena", "F"), ("Vikram", "M"), ("Efua", "F"), ("Haruto", "M"), ("Olga", "F")]

STREETS = ["W Maple Ridge Dr", "Cedar Hollow Ln", "N Division St", "SE Hawthorne Blvd", "Orchard Park Way",
           "E Sprague Ave", "Larkspur Ct", "NW Lovejoy St", "S Tacoma Way", "Fircrest Loop", "Old Mill Rd",
           "W Nob Hill Blvd", "Columbia Dr SE", "Bluebell Ter", "E 14th Ave", "Sandpiper Pl NE",
           "N Wenatchee Ave", "Juniper Canyon Rd", "W Overland Rd", "Kodiak Cir", "Rosewood Ave",
           "Harbor View Dr", "Vista Grande St", "Pioneer Trl", "E Lakeshore Dr"]
UNITS = ["", "", "", "Apt 12", "Apt 3B", "Unit 7", "# 305", "Spc 41", "Apt 1108", "Trlr 9"]

CITIES = [  # city, county, state, zip lo, zip hi, area codes
    ("Spokane", "Spokane", "WA", 99201, 99224, ["509"]),
    ("Yakima", "Yakima", "WA", 98901, 98908, ["509"]),
    ("Tacoma", "Pierce", "WA", 98402, 98409, ["253"]),
    ("Olympia", "Thurston", "WA", 98501, 98516, ["360"]),
    ("Bellingham", "Whatcom", "WA", 98225, 98229, ["360"]),
    ("Kennewick", "Benton", "WA", 99336, 99338, ["509"]),
    ("Everett", "Snohomish", "WA", 98201, 98208, ["425"]),
    ("Vancouver", "Clark", "WA", 98660, 98686, ["360"]),
    ("Walla Walla", "Walla Walla", "WA", 99362, 99362, ["509"]),
    ("Wenatchee", "Chelan", "WA", 98801, 98801, ["509"]),
    ("Portland", "Multnomah", "OR", 97201, 97236, ["503", "971"]),
    ("Salem", "Marion", "OR", 97301, 97317, ["503"]),
    ("Eugene", "Lane", "OR", 97401, 97408, ["541"]),
    ("Bend", "Deschutes", "OR", 97701, 97703, ["541"]),
    ("Medford", "Jackson", "OR", 97501, 97504, ["541"]),
    ("Boise", "Ada", "ID", 83702, 83716, ["208"]),
    ("Coeur d'Alene", "Kootenai", "ID", 83814, 83815, ["208"]),
    ("Anchorage", "Anchorage", "AK", 99501, 99518, ["907"]),
    ("Hillsboro", "Washington", "OR", 97123, 97124, ["503"]),
    ("Pasco", "Franklin", "WA", 99301, 99301, ["509"]),
]
MOVE_CITIES = [
    ("Phoenix", "Maricopa", "AZ", 85003, 85054, ["602"]),
    ("Sacramento", "Sacramento", "CA", 95814, 95838, ["916"]),
    ("Honolulu", "Honolulu", "HI", 96813, 96826, ["808"]),
    ("Denver", "Denver", "CO", 80202, 80238, ["303"]),
    ("Tucson", "Pima", "AZ", 85701, 85750, ["520"]),
] + CITIES[:6]

FIPS = {"SpokaneWA": "53063", "YakimaWA": "53077", "PierceWA": "53053", "ThurstonWA": "53067",
        "WhatcomWA": "53073", "BentonWA": "53005", "SnohomishWA": "53061", "ClarkWA": "53011",
        "Walla WallaWA": "53071", "ChelanWA": "53007", "MultnomahOR": "41051", "MarionOR": "41047",
        "LaneOR": "41039", "DeschutesOR": "41017", "JacksonOR": "41029", "AdaID": "16001",
        "KootenaiID": "16055", "AnchorageAK": "02020", "WashingtonOR": "41067", "FranklinWA": "53021"}
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "comcast.net", "hotmail.com", "proton.me"]
REF = dt.date(2024, 3, 14)


def mk_addr(cities=CITIES):
    c = random.choice(cities)
    street = "%d %s" % (random.choice([random.randint(100, 999), random.randint(1000, 24999)]), random.choice(STREETS))
    return {"street": street, "unit": random.choice(UNITS), "city": c[0], "county": c[1], "state": c[2],
            "zip5": "%05d" % random.randint(c[3], c[4]), "zip4": "%04d" % random.randint(1, 9899),
            "dp": "%02d" % random.randint(0, 99), "area": random.choice(c[5])}


def mk_phone(area):
    return (area, "555", "01%02d" % random.randint(0, 99))


class Person:
    pass


PEOPLE = []
_used_first = list(range(len(FIRST)))
random.shuffle(_used_first)
_used_last = list(range(len(LAST)))
random.shuffle(_used_last)


def new_person(first, sex, last, lob, dob, addr, sub_id, sfx, rel):
    p = Person()
    p.first, p.sex, p.last = first, sex, last
    p.mi = random.choice("ABCDEFGHJKLMNPRSTW") if random.random() < 0.6 else ""
    p.lob, p.dob, p.addr = lob, dob, addr
    p.sub_id, p.sfx, p.rel = sub_id, sfx, rel
    p.mid = "%s-%s" % (sub_id, sfx)
    p.phone = mk_phone(addr["area"])
    p.alt_phone = mk_phone(random.choice(["206", "509", "503", "360"]))
    base = asc(first).lower().replace("-", "").replace("'", "")
    lb = asc(last).lower().replace("-", "").replace("'", "").replace(" ", "")
    p.email = random.choice([
        "%s.%s@%s" % (base, lb, random.choice(MAIL_DOMAINS)),
        "%s%s%02d@%s" % (base[0], lb, dob.year % 100, random.choice(MAIL_DOMAINS)),
        "%s.%s%d@%s" % (base, lb[0], random.randint(2, 99), random.choice(MAIL_DOMAINS)),
        "%s_%s@%s" % (lb, base[:3], random.choice(MAIL_DOMAINS))])
    p.username = random.choice(["%s%s%02d" % (base[0], lb, dob.year % 100), "%s.%s" % (base, lb[:4]), "%s%d" % (lb, random.randint(10, 9999))])
    p.ssn = ssn()
    p.mbi = mbi() if lob == "MA" else None
    p.p1 = ("%09dWA" % random.randint(100000000, 299999999)) if lob == "MCD" else None
    p.mpi = "%010d" % random.randint(1000000, 99999999)
    p.age = REF.year - dob.year - ((REF.month, REF.day) < (dob.month, dob.day))
    p.group = None
    p.newaddr = None
    p.bill_acct = "77%08d" % random.randint(0, 99999999)
    p.dda = digits(random.choice([8, 9, 10, 12]))
    p.card = card_number()
    p.ip = "%d.%d.%d.%d" % (random.choice([73, 98, 24, 67, 71, 76, 174, 50, 172, 199]),
                            random.randint(1, 254), random.randint(0, 255), random.randint(1, 254))
    if p.ip.startswith("172."):
        p.ip = "172.%d.%d.%d" % (random.choice([56, 58, 59, 97]), random.randint(0, 255), random.randint(1, 254))
    return p


def rdate(y0, y1):
    d0 = dt.date(y0, 1, 1).toordinal()
    d1 = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(random.randint(d0, d1))


GROUPS = ["0071420", "0071433", "W0051834", "0088112", "G-40117", "0090023"]
for i in range(30):
    fi = FIRST[_used_first[i % len(FIRST)]]
    last = LAST[_used_last[i % len(LAST)]]
    lob = random.choices(["COMM", "MA", "MCD"], [0.5, 0.3, 0.2])[0]
    if lob == "MA":
        dob = rdate(1925, 1958) if i % 3 else rdate(1926, 1933)
    elif lob == "MCD":
        dob = rdate(1962, 2004)
    else:
        dob = rdate(1958, 2000)
    addr = mk_addr()
    sub = "CMW%08d" % random.randint(10000000, 99999999)
    p = new_person(fi[0], fi[1], last, lob, dob, addr, sub, "01", "self")
    p.group = random.choice(GROUPS) if lob == "COMM" else None
    PEOPLE.append(p)
    if lob == "COMM" and random.random() < 0.45:
        sf = random.choice(SPOUSE_FIRST)
        sp = new_person(sf[0], sf[1], last if random.random() < 0.7 else LAST[_used_last[(i + 17) % len(LAST)]],
                        lob, rdate(dob.year - 4, min(dob.year + 5, 2001)), addr, sub, "02", "spouse")
        sp.group = p.group
        sp.subscriber = p
        PEOPLE.append(sp)
        if random.random() < 0.6:
            cf = random.choice(CHILD_FIRST)
            ch = new_person(cf[0], cf[1], last, lob, rdate(2008, 2021), addr, sub, "03", "child")
            ch.group = p.group
            ch.subscriber = p
            PEOPLE.append(ch)
for p in PEOPLE:
    if not hasattr(p, "subscriber"):
        p.subscriber = p
# a few have moved (NCOA)
for p in random.sample(PEOPLE, 9):
    p.newaddr = mk_addr(MOVE_CITIES)
    p.move_eff = dt.date(random.choice([2023, 2024]), random.randint(1, 12) if True else 1, 1)
    if p.move_eff > REF:
        p.move_eff = dt.date(2023, random.randint(6, 12), 1)

MA = [p for p in PEOPLE if p.lob == "MA"]
MCD = [p for p in PEOPLE if p.lob == "MCD"]
COMM = [p for p in PEOPLE if p.lob == "COMM"]
OLD = [p for p in PEOPLE if p.age > 89]
MOVERS = [p for p in PEOPLE if p.newaddr]
ADULTS = [p for p in PEOPLE if p.age >= 18]
assert OLD and MA and MCD and COMM

STAFF = ["rkapoor", "dmuller", "jtorres", "lnakamura", "abrowne", "swojcik", "pchukwu"]
STAFF_FULL = ["Marguerite Danso", "Tobias Everly", "Renata Okonkwo-Reyes", "Hugo Lindahl", "Priti Shah",
              "Callum Fraser"]
CLINICIANS = ["Dr. Helen Ostrowski", "Dr. Samuel Achebe", "Dr. Rosa Inclán", "Dr. Peter Vogt",
              "Dr. Amina Qureshi", "Dr. Lars Eriksen", "Dr. Yvonne Tsai"]
PROVIDERS = ["Cascade Valley Orthopedics", "Inland Northwest Imaging", "Willamette Family Medicine",
             "Treasure Valley Cardiology", "Puget Sound Lab Services", "Riverbend Urgent Care",
             "Columbia Basin Physical Therapy", "Northstar Dermatology PLLC"]
PROV_NPI = {pv: npi() for pv in PROVIDERS}
PROV_TIN = {pv: "%02d-%07d" % (random.randint(20, 99), random.randint(1000000, 9999999)) for pv in PROVIDERS}

PLAN_NAME = "Cascadia Mutual Health Plan"
PLAN_RETURN = ("PO Box 91870", "Tacoma", "WA", "98411-9187")
PLAN_HQ = ("1400 Commerce Plaza, Suite 300", "Bellevue", "WA", "98004")
PLAN_PHONE = "1-800-555-0199"
VENDOR_ADDR = ("2200 Industrial Pkwy S", "Kent", "WA", "98032-4410")


# ---------------------------------------------------------------- formatting helpers
def fmt_phone(ph, style):
    a, b, c = ph
    return {0: "(%s) %s-%s" % (a, b, c), 1: "%s-%s-%s" % (a, b, c), 2: "%s%s%s" % (a, b, c),
            3: "+1 %s %s %s" % (a, b, c), 4: "+1%s%s%s" % (a, b, c), 5: "%s.%s.%s" % (a, b, c)}[style]


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def fmt_date(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"), "compact": d.strftime("%Y%m%d"),
            "ora": "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year),
            "long": d.strftime("%b %d, %Y").replace(" 0", " ")}[style]


def full_street(a, sep=" "):
    return a["street"] + ((sep + a["unit"]) if a["unit"] else "")


# ---------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 14, 1, 31, 7, 118000)

    def tick(self, lo=0.05, hi=40.0):
        self.t += dt.timedelta(seconds=random.uniform(lo, hi))
        return self.t

    def jump(self, minutes):
        self.t += dt.timedelta(minutes=minutes, seconds=random.randint(0, 59))


CLK = Clock()


def ts_log4j(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_dot(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def ts_isoz(t):
    return (t + dt.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ts_iso_off(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-07:00" % (t.microsecond // 1000)


def ts_sys(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_epoch_ms(t):
    return int((t + dt.timedelta(hours=7) - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def ts_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0700")


def ts_monolog(t):
    return (t + dt.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % t.microsecond


RUNDATE = "20240314"
JOBSEQ = [40]


def next_job():
    JOBSEQ[0] += random.randint(1, 3)
    return "PJ-240314-%04d" % JOBSEQ[0]


# ---------------------------------------------------------------- blocks
def blk_merge_pipe():
    out = []
    kind = random.choice(["ANOC", "WELCOME", "MCDRNW", "DME", "PREMINV", "ANOC", "DME", "PREMINV"])
    fname = "CMHP_LTR_%s_%s_%02d.dat" % (kind, RUNDATE, random.randint(1, 6))
    thread = "merge-loader-%d" % random.randint(1, 4)
    fam = "merge-pipe"

    def pre(level, logger):
        L = Line(fam)
        L.t("%s %-5s [%s] %s - " % (ts_log4j(CLK.tick(0.01, 0.4)), level, thread, logger))
        return L

    L = pre("INFO", "c.m.corr.merge.FileIngest")
    L.t("Opened /data/inbound/cmhp/%s (size=%d bytes, sha256=%s…)" % (fname, random.randint(40000, 9000000), hexs(16)))
    out.append(L)
    cols = {
        "ANOC": "REC_TYP|LTR_CD|MBR_ID|MBI|FNAME|MI|LNAME|ADDR1|ADDR2|CITY|ST|ZIP9|DOB|AGE|LANG|CONTRACT_PBP",
        "WELCOME": "REC_TYP|LTR_CD|SUB_ID|SFX|FNAME|LNAME|ADDR1|ADDR2|CITY|ST|ZIP|HOME_PH|GRP_NO|PLAN_YR|LANG",
        "MCDRNW": "REC_TYP|LTR_CD|P1_CLIENT_ID|MBR_ID|FNAME|LNAME|ADDR1|CITY|ST|ZIP|DOB|REGION|LANG",
        "DME": "REC_TYP|LTR_CD|MBR_ID|FNAME|LNAME|ADDR1|CITY|ST|ZIP|ITEM_DESC|HCPCS|DEVICE_SN|SUPPLIER|SUPPLIER_PH",
        "PREMINV": "REC_TYP|LTR_CD|BILL_ACCT|SUB_ID|FNAME|LNAME|ADDR1|CITY|ST|ZIP|AMT_DUE|DUE_DT|AUTOPAY|ABA_RTN|DDA_ACCT",
    }[kind]
    L = pre("DEBUG", "c.m.corr.merge.RecordEcho")
    L.t("hdr: H|%s|CMHP|%s|V4" % (kind, RUNDATE))
    out.append(L)
    L = pre("DEBUG", "c.m.corr.merge.RecordEcho")
    L.t("columns: " + cols)
    out.append(L)
    pool = {"ANOC": MA, "WELCOME": COMM, "MCDRNW": MCD, "DME": ADULTS,
            "PREMINV": [q for q in PEOPLE if q.rel == "self" and q.lob != "MCD"]}[kind]
    n = random.randint(3, 7)
    recs = random.sample(pool, min(n, len(pool)))
    lang = ["ENG", "ENG", "ENG", "SPA", "VIE", "RUS", "ENG", "KOR"]
    for i, p in enumerate(recs, 1):
        L = pre("DEBUG", "c.m.corr.merge.RecordEcho")
        L.t("rec %06d: " % i)
        a = p.addr
        if kind == "ANOC":
            L.t("D|ANOC25|").p(p.mid, "health_plan").t("|").p(p.mbi, "health_plan").t("|")
            L.p(UP(p.first), "name").t("|").t(p.mi).t("|").p(UP(p.last), "name").t("|")
            L.p(UP(a["street"]), "address").t("|").p(UP(a["unit"]), "address").t("|")
            L.p(UP(a["city"]), "address").t("|" + a["state"] + "|").p(a["zip5"] + a["zip4"], "zip").t("|")
            L.p(fmt_date(p.dob, "compact"), "date").t("|")
            L.p(str(p.age), "age" if p.age > 89 else None)
            L.t("|%s|H5521-%03d" % (random.choice(lang), random.choice([4, 7, 12])))
        elif kind == "WELCOME":
            L.t("D|WLC24|").p(p.sub_id, "health_plan").t("|" + p.sfx + "|")
            L.p(UP(p.first), "name").t("|").p(UP(p.last), "name").t("|")
            L.p(UP(a["street"]), "address").t("|").p(UP(a["unit"]), "address").t("|")
            L.p(UP(a["city"]), "address").t("|" + a["state"] + "|").p(a["zip5"], "zip").t("|")
            if random.random() < 0.8:
                L.p(fmt_phone(p.phone, 2), "phone")
            L.t("|%s|2024|%s" % (p.group, random.choice(lang)))
        elif kind == "MCDRNW":
            L.t("D|MCDRNW|").p(p.p1, "health_plan").t("|").p(p.mid, "health_plan").t("|")
            L.p(UP(p.first), "name").t("|").p(UP(p.last), "name").t("|")
            L.p(UP(full_street(a)), "address").t("|").p(UP(a["city"]), "address").t("|" + a["state"] + "|")
            L.p(a["zip5"], "zip").t("|").p(fmt_date(p.dob, "compact"), "date")
            L.t("|R%d|%s" % (random.randint(1, 9), random.choice(lang)))
        elif kind == "PREMINV":
            L.t("D|PREMINV|").p(p.bill_acct, "account").t("|").p(p.sub_id, "health_plan").t("|")
            L.p(UP(p.first), "name").t("|").p(UP(p.last), "name").t("|")
            L.p(UP(full_street(a)), "address").t("|").p(UP(a["city"]), "address").t("|" + a["state"] + "|")
            L.p(a["zip5"], "zip").t("|%.2f|20240401|" % random.choice([89.0, 142.5, 212.75, 398.1, 640.0]))
            if random.random() < 0.6:
                L.t("Y|%s|" % aba()).p(p.dda, "account")
            else:
                L.t("N||")
            out.append(L)
            r = random.random()
            if r < 0.3:
                L = pre("WARN", "c.m.corr.merge.MaskingFilter")
                L.t("rec %06d: rule MSK-3 not applied to CARD_NO (value=" % i).p(p.card, "account")
                L.t(") for LTR_CD=PREMDECL, field passed through unmasked")
            elif r < 0.6:
                L = pre("DEBUG", "c.m.corr.merge.MaskingFilter")
                L.t("rec %06d: CARD_NO masked to XXXXXXXXXXXX%s, brand=%s, exp=%02d/%02d" % (
                    i, p.card[-4:], {"4": "VISA", "5": "MC", "3": "AMEX"}[p.card[0]], random.randint(1, 12), random.randint(25, 29)))
            else:
                continue
        else:
            item = random.choice([("CGM RECEIVER", "E2103", lambda: "PM" + "".join(random.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(7))),
                                  ("CPAP DEVICE", "E0601", lambda: "2316" + digits(7)),
                                  ("INSULIN PUMP", "E0784", lambda: "NG" + digits(7) + "H"),
                                  ("RPM CELL HUB IMEI", "A9279", imei)])
            L.t("D|DMEREPL|").p(p.mid, "health_plan").t("|")
            L.p(UP(p.first), "name").t("|").p(UP(p.last), "name").t("|")
            L.p(UP(full_street(a)), "address").t("|").p(UP(a["city"]), "address").t("|" + a["state"] + "|")
            L.p(a["zip5"], "zip").t("|%s|%s|" % (item[0], item[1])).p(item[2](), "device")
            L.t("|%s|%s" % (random.choice(["NORCO MEDICAL", "APRIA HEALTHCARE", "BYRAM HEALTHCARE"]),
                             "8005550%03d" % random.randint(100, 199)))
        out.append(L)
        if random.random() < 0.12:
            L = pre("WARN", "c.m.corr.merge.Validator")
            L.t("rec %06d: field %s failed rule %s (len=%d) — record routed to exception queue EXC-%s-%03d" % (
                i, random.choice(["ZIP9", "ADDR2", "DOB", "LANG"]), random.choice(["R12", "R07", "R33"]),
                random.randint(0, 12), RUNDATE[4:], random.randint(1, 40)))
            out.append(L)
    L = pre("DEBUG", "c.m.corr.merge.RecordEcho")
    L.t("rec %06d: T|%06d|CMHP|%s" % (len(recs) + 1, len(recs), RUNDATE))
    out.append(L)
    L = pre("INFO", "c.m.corr.merge.FileIngest")
    L.t("Loaded %d detail records from %s, 0 rejects, %d ms" % (len(recs), fname, random.randint(80, 900)))
    out.append(L)
    return out


CSV_TURN = [0]


def blk_merge_csv():
    out = []
    fam = "merge-csv"
    pid = random.randint(2000, 9000)
    CSV_TURN[0] += 1
    which = "subro" if CSV_TURN[0] % 2 == 1 else "edelivery"

    def pre(level, name="correspondence.merge.csv_reader"):
        L = Line(fam)
        L.t("%s %s %s [pid %d]: " % (ts_log4j(CLK.tick(0.01, 0.5)), level, name, pid))
        return L

    if which == "edelivery":
        fname = "cmhp_paperless_elig_%s.csv" % RUNDATE
        hdr = "member_id,first_name,last_name,birth_date,address_line_1,address_line_2,city,state,postal_code,email,fax_number,delivery_pref,template_id"
    else:
        fname = "cmhp_subro_questionnaire_%s.csv" % RUNDATE
        hdr = "claim_no,memberNo,member_name,date_of_loss,veh_vin,plate_st,plate_no,dl_st,dl_no,home_phone,adjuster,adjuster_phone"
    L = pre("INFO")
    L.t("reading %s (encoding=utf-8-sig, dialect=excel)" % fname)
    out.append(L)
    L = pre("DEBUG")
    L.t("header: " + hdr)
    out.append(L)
    n = random.randint(3, 6)
    for i, p in enumerate(random.sample(ADULTS, n), 2):
        L = pre("DEBUG")
        L.t("line %d: " % i)
        a = p.addr
        if which == "edelivery":
            csvf(L, p.mid, "health_plan"); L.t(",")
            csvf(L, p.first, "name"); L.t(",")
            csvf(L, p.last, "name"); L.t(",")
            csvf(L, fmt_date(p.dob, random.choice(["iso", "us"])), "date"); L.t(",")
            csvf(L, a["street"], "address"); L.t(",")
            csvf(L, a["unit"], "address"); L.t(",")
            csvf(L, a["city"], "address"); L.t("," + a["state"] + ",")
            csvf(L, a["zip5"] + ("-" + a["zip4"] if random.random() < 0.5 else ""), "zip"); L.t(",")
            pref = random.choice(["EMAIL", "PAPER", "EMAIL", "BOTH", "FAX"])
            if pref in ("EMAIL", "BOTH"):
                csvf(L, p.email, "email")
            L.t(",")
            if pref == "FAX":
                csvf(L, fmt_phone(mk_phone(p.addr["area"]), random.choice([1, 2])), "fax")
            L.t(",%s,%s" % (pref, random.choice(["EOB_NOTIFY_v3", "ANOC_NOTIFY_v1", "GEN_NOTICE_v2"])))
        else:
            v = vin()
            L.t("%dS%06d," % (24, random.randint(0, 999999)))
            csvf(L, p.mid, "health_plan"); L.t(",")
            nm = "%s, %s" % (p.last, p.first)
            csvf(L, nm, "name"); L.t(",")
            csvf(L, fmt_date(rdate(2023, 2023), "us"), "date"); L.t(",")
            csvf(L, v, "vehicle"); L.t("," + a["state"] + ",")
            plate = random.choice(["%s%s%s%04d" % (random.choice("ABCDEFG"), random.choice("HJKLMN"), random.choice("PRSTVWXYZ"), random.randint(0, 9999)),
                                   "%03d%s" % (random.randint(100, 999), "".join(random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)))])
            csvf(L, plate, "vehicle"); L.t("," + a["state"] + ",")
            if a["state"] == "WA":
                dl = "WDL" + "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
            elif a["state"] == "OR":
                dl = digits(7)
            elif a["state"] == "ID":
                dl = "".join(random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(6) + random.choice("ABCDEFGH")
            else:
                dl = digits(9)
            csvf(L, dl, "license"); L.t(",")
            csvf(L, fmt_phone(p.phone, 1), "phone")
            L.t(",%s,%s" % (random.choice(["C. Fraser", "P. Shah", "T. Everly"]), "253-555-01%02d" % random.randint(50, 59)))
        out.append(L)
    if random.random() < 0.5:
        L = pre("WARNING", "correspondence.merge.validate")
        L.t("line %d: postal_code has 9 digits without hyphen, normalised" % random.randint(2, n + 1))
        out.append(L)
    L = pre("INFO")
    L.t("%s: %d rows ok, 0 skipped, wrote batch %s to queue corr.merge.ready" % (fname, n, uuid4()))
    out.append(L)
    return out


def blk_merge_fixed():
    out = []
    fam = "merge-fixed"
    chan = "idfeed"

    def pre(level):
        L = Line(fam)
        L.t("[%s] %s.%s: " % (ts_monolog(CLK.tick(0.01, 0.3)), chan, level))
        return L

    L = pre("INFO")
    L.t('parsing fixed-width feed {"file":"CMHP_IDCARD_%s.txt","layout":"IDC-V03","reclen":128} []' % RUNDATE)
    out.append(L)
    L = pre("DEBUG")
    L.t('layout MBR_ID(1-14) LNAME(15-39) FNAME(40-54) MI(55) DOB(56-63) GRP(64-73) PLAN(74-81) PCP(82-106) PCP_PH(107-116) RXBIN(117-122) [] []')
    out.append(L)
    L = pre("DEBUG")
    L.t('rec 000000 "HDRCMHP IDCARD FEED      %sV03%s" [] []' % (RUNDATE, " " * 40))
    out.append(L)
    n = random.randint(3, 6)
    recs = random.sample(PEOPLE, n)
    for i, p in enumerate(recs, 1):
        L = pre("DEBUG")
        L.t('rec %06d "' % i)
        fw(L, p.mid, 14, "health_plan")
        fw(L, UP(p.last), 25, "name")
        fw(L, UP(p.first), 15, "name")
        fw(L, p.mi, 1)
        fw(L, fmt_date(p.dob, "compact"), 8, "date")
        fw(L, p.group or ("MEDICAID" if p.lob == "MCD" else "MAPD"), 10)
        fw(L, {"COMM": "PPOGOLD", "MA": "MAPD-H55", "MCD": "AHMCO"}[p.lob], 8)
        fw(L, UP(random.choice(CLINICIANS).replace("Dr. ", "")), 25)
        fw(L, "%s555%04d" % (p.addr["area"], random.randint(1000, 1999)), 10)
        fw(L, "610014", 6)
        L.t('" [] []')
        out.append(L)
    L = pre("DEBUG")
    L.t('rec %06d "TRL%09d%s" [] []' % (n + 1, n, " " * 30))
    out.append(L)
    L = pre("INFO")
    L.t('feed parsed {"records":%d,"rejected":0,"elapsed_ms":%d} []' % (n, random.randint(5, 90)))
    out.append(L)
    return out


TEMPLATES = [("ANOC_MA_2025", "12.3.1"), ("EOB_STD", "12.0.4"), ("WELCOME_COMM", "7.2.0"), ("MCD_RENEWAL", "3.1.9"),
             ("DME_REPLACEMENT", "1.4.2"), ("PA_APPROVAL", "5.0.0")]


def blk_compose():
    out = []
    fam = "compose"
    eng = "Engine-%02d" % random.randint(1, 8)
    job = next_job()
    tpl = random.choice(TEMPLATES)

    def pre(level):
        L = Line(fam)
        L.t("%s [%-5s] [%s] " % (ts_dot(CLK.tick(0.02, 3)), level, eng))
        return L

    n = random.randint(150, 2400)
    L = pre("INFO")
    L.t("Job %s started: application=%s v%s, driver=%s, records=%d, output=AFP, host=mpm-comp-0%d (10.40.12.%d)" % (
        job, tpl[0], tpl[1], "CMHP_%s_%s.dat" % (tpl[0].split("_")[0], RUNDATE), n, random.randint(1, 4), random.randint(10, 60)))
    out.append(L)
    if random.random() < 0.4:
        L = pre("WARN")
        L.t("Font 'ArialMT' not embedded in resource library RL-CMHP-2024, substituting 'Helvetica'")
        out.append(L)
    seq = random.randint(1, n - 40)
    for k in range(random.randint(3, 7)):
        seq += random.randint(1, 5)
        doc = "D2407%07d" % (JOBSEQ[0] * 10000 + seq)
        pages = random.randint(1, 9)
        ins = random.choice(["[]", "[BRE-0314]", "[INS-ANOC-SB,BRE-0314]", "[INS-NDNA-TAGLINES]", "[INS-PRIVACY-2024]"])
        L = pre("INFO")
        if random.random() < 0.3:
            p = random.choice(PEOPLE)
            L.t("Doc %s (rec %d) customer='" % (doc, seq)).p("%s %s" % (UP(p.last), UP(p.first)), "name")
            L.t("' %d pages/%d sheets duplex env=%s inserts=%s weight=%.1foz presort=%s" % (
                pages, (pages + 1) // 2, random.choice(["#10DW", "6x9", "9x12"]), ins, random.uniform(0.4, 3.3),
                random.choice(["5DIGIT", "3DIGIT", "AADC", "MIXED AADC"])))
        else:
            L.t("Doc %s (rec %d): %d pages/%d sheets duplex env=%s inserts=%s weight=%.1foz presort=%s imb_serial=%09d" % (
                doc, seq, pages, (pages + 1) // 2, random.choice(["#10DW", "6x9", "9x12"]), ins,
                random.uniform(0.4, 3.3), random.choice(["5DIGIT", "3DIGIT", "AADC", "MIXED AADC"]),
                200000000 + JOBSEQ[0] * 10000 + seq))
        out.append(L)
    if random.random() < 0.35:
        p = random.choice(PEOPLE)
        L = pre("WARN")
        L.t("Address block overflow (5 lines > 4) rec %d recipient '" % random.randint(1, n)).p(
            "%s %s" % (UP(p.first), UP(p.last)), "name").t("' line 2 truncated: '")
        L.p("C/O " + UP(p.subscriber.first) + " " + UP(p.subscriber.last) if p.subscriber is not p else "ATTN " + UP(p.first), "name").t("'")
        out.append(L)
    if random.random() < 0.3:
        L = pre("INFO")
        L.t("Proof PDF %s_proof.pdf approved by %s (Client Services), return address %s, %s %s %s" % (
            job, random.choice(STAFF_FULL), PLAN_RETURN[0], PLAN_RETURN[1], PLAN_RETURN[2], PLAN_RETURN[3]))
        out.append(L)
    L = pre("INFO")
    L.t("Job %s complete: %d docs, %d pages, %d sheets, 0 errors, elapsed 00:%02d:%02d.%03d" % (
        job, n, n * random.randint(2, 5), n * random.randint(1, 3), random.randint(0, 14), random.randint(0, 59), random.randint(0, 999)))
    out.append(L)
    return out


def blk_print():
    out = []
    fam = "print-spool"
    job = random.randint(88000, 89999)
    host = "mpm-prt-ctl0%d" % random.randint(1, 3)
    pid = random.randint(1000, 5000)
    pj = "PJ-240314-%04d" % JOBSEQ[0]
    pages = random.randint(300, 14000)
    printer = random.choice(["IGEN5-01", "IGEN5-02", "PROC-7100-1", "XER-IGEN-4"])

    def pre(h=host, proc="spoold", pd=pid, f=fam):
        L = Line(f)
        L.t("%s %s %s[%d]: " % (ts_sys(CLK.tick(0.5, 50)), h, proc, pd))
        return L

    out.append(pre().t("job %d '%s_B%02d.afp' received from 10.40.12.%d: %.1f MB, %d pages" % (
        job, pj, random.randint(1, 12), random.randint(10, 60), pages * 0.07, pages)))
    out.append(pre().t("job %d released to %s tray=%d media='24# WOVE 8.5x11' duplex operator=%s" % (
        job, printer, random.randint(1, 4), random.choice(STAFF))))
    if random.random() < 0.4:
        out.append(pre().t("job %d paused: %s jam at sheet %d (cleared by %s after %ds)" % (
            job, printer, random.randint(1, pages // 2), random.choice(STAFF), random.randint(20, 400))))
    out.append(pre().t("job %d printed %d/%d pages, 0 errors, toner K=%d%% C=%d%% M=%d%% Y=%d%%" % (
        job, pages, pages, random.randint(10, 90), random.randint(10, 90), random.randint(10, 90), random.randint(10, 90))))
    ins = "mpm-ins-0%d" % random.randint(1, 4)
    ipid = random.randint(300, 2000)
    for _ in range(random.randint(2, 5)):
        piece = random.randint(1, 4000)
        if random.random() < 0.25:
            out.append(pre(ins, "inserterd", ipid, "inserter").t(
                "piece %06d DIVERT bin %d: page count mismatch (read %d, expected %d) — flagged for reprint, 2D '%s%06d'" % (
                    piece, random.randint(1, 3), random.randint(1, 4), random.randint(5, 8), pj.replace("-", ""), piece)))
        else:
            out.append(pre(ins, "inserterd", ipid, "inserter").t(
                "piece %06d read 2D '%s%06d' pages=%d inserts=%d seal=OK meter=$%0.3f divert=NONE" % (
                    piece, pj.replace("-", ""), piece, random.randint(1, 8), random.randint(0, 3), random.choice([0.577, 0.611, 0.641, 0.846]))))
    out.append(pre(ins, "inserterd", ipid, "inserter").t(
        "tray T%04d closed: %d pieces, sort level %s %s, tag printed" % (
            random.randint(100, 999), random.randint(200, 500), random.choice(["3-DIGIT", "5-DIGIT", "AADC"]),
            random.choice(["992", "984", "972", "837", "99208", "97301"]))))
    if random.random() < 0.5:
        out.append(pre(host, "mailddat", random.randint(100, 900), "presort").t(
            "postage statement %s%05d submitted to PostalOne!: %d pieces, permit 1187 Kent WA, $%s" % (
                RUNDATE, random.randint(1, 99999), pages // 3, "{:,.2f}".format(pages * 0.19))))
    return out


def blk_cass():
    out = []
    fam = "cass-ncoa"
    batch = "AH-240314-%02d" % random.randint(1, 30)
    host = "cass-svc-0%d" % random.randint(1, 3)

    def pre_json():
        return Line(fam)

    L = Line(fam)
    L.t("%s INFO  [%s] addr-hygiene: batch %s start: %d records, CASS cycle O, NCOALink 48-month, PAF id %s, DPV/LACSLink/SuiteLink on" % (
        ts_isoz(CLK.tick(0.1, 5)), host, batch, random.randint(200, 9000), "CMH%06d" % random.randint(0, 999999)))
    out.append(L)
    for _ in range(random.randint(2, 5)):
        p = random.choice(PEOPLE)
        a = p.addr
        L = pre_json()
        o = {"timestamp": ts_isoz(CLK.tick(0.001, 0.2)), "level": "info", "service": "addr-hygiene", "host": host,
             "batchId": batch, "recordId": "%07d" % random.randint(1, 9000),
             "input": {"name": P("%s %s" % (p.first, p.last), "name"), "line1": P(full_street(a).lower(), "address"),
                       "city": P(a["city"].lower(), "address"), "state": a["state"], "zip": P(a["zip5"], "zip")},
             "cass": {"line1": P(UP(full_street(a)), "address"), "city": P(UP(a["city"]), "address"),
                      "state": a["state"], "zip5": P(a["zip5"], "zip"), "zip4": P(a["zip4"], "zip"), "dpbc": a["dp"],
                      "carrierRoute": random.choice(["C0", "R0", "H0"]) + "%02d" % random.randint(1, 60),
                      "county": P(UP(a["county"]), "address"), "countyFips": FIPS.get(a["county"] + a["state"], "53063"),
                      "dpv": "Y", "dpvFootnotes": random.choice(["AABB", "AABBR7", "AAN1"]), "rdi": random.choice(["R", "B"]),
                      "returnCode": random.choice(["31", "32", "22"])},
             }
        if p.newaddr and random.random() < 0.85:
            n = p.newaddr
            o["ncoa"] = {"returnCode": "A", "moveType": random.choice(["I", "F"]),
                         "moveEffDate": P(p.move_eff.strftime("%Y-%m"), "date"),
                         "new": {"line1": P(UP(full_street(n)), "address"), "city": P(UP(n["city"]), "address"),
                                 "state": n["state"], "zip5": P(n["zip5"], "zip"), "zip4": P(n["zip4"], "zip")}}
            o["action"] = "UPDATE_MAILING_ADDR"
        else:
            o["ncoa"] = {"returnCode": random.choice(["00", "00", "00", "14", "19"]), "moveType": None}
            o["action"] = "NONE"
        o["ms"] = random.randint(1, 40)
        wj(L, o)
        out.append(L)
    # plain-text warnings, some with PHI
    if random.random() < 0.5:
        p = random.choice(PEOPLE)
        L = Line(fam)
        L.t("%s WARN  [%s] addr-hygiene: rec %07d DPV=N footnote M3 (primary number invalid) input='" % (
            ts_isoz(CLK.tick(0.1, 2)), host, random.randint(1, 9000)))
        num, rest = p.addr["street"].split(" ", 1)
        L.p("%d %s" % (int(num) + 2, UP(rest)), "address")
        L.t(", ").p(UP(p.addr["city"]), "address").t(" %s'" % p.addr["state"]).t(" -> flagged for outreach")
        out.append(L)
    if random.random() < 0.4:
        p = random.choice(MOVERS)
        L = Line(fam)
        L.t("%s INFO  [%s] addr-hygiene: NCOA 91 secondary number dropped for " % (ts_isoz(CLK.tick(0.1, 2)), host))
        L.p(p.mid, "health_plan").t("; COA filed ").p(fmt_date(p.move_eff, "iso"), "date").t(", new ZIP ").p(p.newaddr["zip5"], "zip")
        out.append(L)
    L = Line(fam)
    tot = random.randint(200, 9000)
    na, n91, n92 = random.randint(2, 60), random.randint(0, 9), random.randint(0, 9)
    L.t("%s INFO  [%s] addr-hygiene: batch %s done: %d in, %d DPV confirmed, %d ZIP+4 coded, %d NCOA matches (A=%d 91=%d 92=%d), %d LACS converted, elapsed %.1fs" % (
        ts_isoz(CLK.tick(0.5, 20)), host, batch, tot, tot - random.randint(5, 50), tot - random.randint(1, 30),
        na + n91 + n92, na, n91, n92, random.randint(0, 20), random.uniform(2, 90)))
    out.append(L)
    if random.random() < 0.5:
        L = Line(fam)
        L.t("%s INFO  [%s] addr-hygiene: PS Form 3553 generated %s_3553.pdf (cert date 2024-03-14, list processor %s, %s %s %s)" % (
            ts_isoz(CLK.tick(0.1, 2)), host, batch, "Meridian Print & Mail", VENDOR_ADDR[0], VENDOR_ADDR[1], VENDOR_ADDR[3]))
        out.append(L)
    return out


BARS = "ADFT"
REASONS = [("ANK", "ATTEMPTED - NOT KNOWN"), ("UTF", "UNABLE TO FORWARD"), ("VAC", "VACANT"),
           ("NSN", "NO SUCH NUMBER"), ("IA", "INSUFFICIENT ADDRESS"), ("REF", "REFUSED"), ("FWD", "FORWARD TIME EXPIRED"),
           ("NMR", "NO MAIL RECEPTACLE")]


def blk_returned():
    out = []
    fam = "returned-mail"
    host = "rms-scan-0%d" % random.randint(1, 3)
    tray = "RT-0314-%02d" % random.randint(1, 20)

    def pre(level, cls="RmsScan"):
        L = Line(fam)
        L.t("%s %-5s %s %s: " % (ts_dot(CLK.tick(0.2, 9)), level, host, cls))
        return L

    out.append(pre("INFO").t("tray %s opened by %s, %d pieces, scanner firmware 4.12.0-b77" % (tray, random.choice(STAFF), random.randint(20, 300))))
    for _ in range(random.randint(2, 4)):
        p = random.choice(PEOPLE)
        a = p.addr
        serial = random.randint(100000000, 299999999)
        pos = random.randint(1, 300)
        mid = random.choice(["903112", "903112", "841770"])
        routing = a["zip5"] + a["zip4"] + a["dp"]
        bars = "".join(random.choice(BARS) for _ in range(65))
        if random.random() < 0.15:
            out.append(pre("WARN").t("pos %04d imb decode FAILED (%d bars unreadable, bars='%s'), fallback OCR of address block" % (
                pos, random.randint(2, 6), bars)))
            continue
        out.append(pre("INFO").t("pos %04d imb='%s' decode=OK bi=00 stid=%s mid=%s serial=%09d routing=%s" % (
            pos, bars, random.choice(["270", "300", "310"]), mid, serial, routing)))
        r = random.choice(REASONS)
        out.append(pre("INFO", "Endorsement").t("pos %04d OCR 'RETURN TO SENDER / %s' reason=%s conf=%.2f" % (pos, r[1], r[0], random.uniform(0.7, 0.99))))
        L = pre("INFO", "DocLookup")
        L.t("serial %09d -> job PJ-2402%02d-%04d doc D2406%07d member=" % (serial, random.randint(1, 29), random.randint(1, 60), random.randint(0, 9999999)))
        L.p(p.mid, "health_plan").t(" name='").p("%s, %s" % (UP(p.last), UP(p.first)), "name").t("'")
        out.append(L)
        if p.newaddr and random.random() < 0.8:
            n = p.newaddr
            L = pre("INFO", "YellowLabel")
            L.t("pos %04d forwarding label OCR: '" % pos).p("%s %s" % (UP(p.first), UP(p.last)), "name").t(" / ")
            L.p(UP(full_street(n)), "address").t(" / ").p(UP(n["city"]), "address").t(" %s " % n["state"])
            L.p("%s-%s" % (n["zip5"], n["zip4"]), "zip").t("' RTS-FWD exp ").t("%02d/24" % random.randint(4, 12))
            out.append(L)
        if random.random() < 0.5:
            L = pre("INFO", "CaseMgr")
            L.t("action=ADDR_SUPPRESS member=").p(p.mid, "health_plan").t(" case ").p("RM-24-%06d" % random.randint(1000, 99999), "other_id")
            L.t(" opened, queue=MBR_OUTREACH, sla=5d")
            out.append(L)
        else:
            out.append(pre("INFO", "CaseMgr").t("pos %04d action=DESTROY (reason %s, duplicate within 30d), bin=SHRED-02" % (pos, r[0])))
    out.append(pre("INFO").t("tray %s closed: scanned=%d decoded=%d unreadable=%d, report RMS_%s_%s.csv pushed to sftp://cmhp-xfer.cascadiamutual.example/returns/" % (
        tray, random.randint(20, 300), random.randint(20, 290), random.randint(0, 9), RUNDATE, tray)))
    return out


def blk_idcard():
    out = []
    fam = "idcard"
    run = "IDC-240314-%02d" % random.randint(1, 9)
    host = "idc-prod-01"
    total = random.randint(80, 600)

    def pre(level):
        L = Line(fam)
        L.t("%s %s cardsvc[%d] %s " % (ts_iso_off(CLK.tick(0.3, 12)), host, 4412, level))
        return L

    out.append(pre("INFO").t("run=%s start feed=CMHP_IDCARD_%s.txt cards=%d printer=CR805-0%d stock=PVC-CMHP-2024 ribbon=YMCKT lot %s" % (
        run, RUNDATE, total, random.randint(1, 3), "R" + digits(7))))
    for k in range(random.randint(3, 6)):
        p = random.choice(PEOPLE)
        seq = random.randint(1, total)
        flat = p.mid.replace("-", "")
        L = pre("INFO")
        L.t("run=%s card %04d/%04d mbr=" % (run, seq, total)).p(p.mid, "health_plan")
        L.t(" name='").p("%s%s %s" % (UP(p.first), (" " + p.mi) if p.mi else "", UP(p.last)), "name").t("'")
        if p.lob == "MCD":
            L.t(" p1id=").p(p.p1, "health_plan").t(" plan=AH-IMC")
        elif p.lob == "MA":
            L.t(" plan=MAPD-H5521-007 mbi=suppressed")
        else:
            L.t(" grp=%s plan=PPO-GOLD-2024" % p.group)
        L.t(" pcp='%s' rxbin=610014 rxpcn=CMHRX rxgrp=CMH01 img_front=IDC_" % random.choice(CLINICIANS))
        L.p(flat, "health_plan").t("_F.png img_back=IDC_BACK_%s_v7.png" % p.lob)
        out.append(L)
        r = random.random()
        if r < 0.2:
            L = pre("INFO")
            L.t("run=%s card %04d photo overlay enabled src=data:image/jpeg;base64," % (run, seq))
            jpg = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + rbytes(random.randint(180, 420))).decode()
            L.p(jpg, "photo").t(" (%dx%d)" % (300, 375))
            out.append(L)
        elif r < 0.6:
            out.append(pre("INFO").t("run=%s card %04d qc camera: id_text=MATCH name_text=MATCH barcode=PDF417 OK emboss=n/a" % (run, seq)))
        elif r < 0.7:
            out.append(pre("WARN").t("run=%s card %04d rejected at QC (ribbon panel K low, density 0.%d) -> reprint slot %d" % (
                run, seq, random.randint(41, 69), random.randint(1, 40))))
        if random.random() < 0.2:
            L = pre("INFO")
            L.t("run=%s card %04d carrier letter addressed to '" % (run, seq)).p("%s %s" % (p.subscriber.first, p.subscriber.last), "name")
            L.t("' at ").p(full_street(p.addr, ", "), "address").t(", ").p(p.addr["city"], "address")
            L.t(" %s " % p.addr["state"]).p(p.addr["zip5"], "zip")
            out.append(L)
    out.append(pre("INFO").t("run=%s complete printed=%d rejected=%d reprinted=%d elapsed=%ds cards/h=%d" % (
        run, total, random.randint(0, 6), random.randint(0, 6), random.randint(600, 9000), random.randint(180, 900))))
    return out


def blk_eob_json():
    out = []
    fam = "eob-json"
    host = "eobgen-%s-%s" % (hexs(9), "".join(random.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)))
    pid = random.randint(7, 40)
    batch = "EOBB-%s-%03d" % (RUNDATE, random.randint(1, 200))

    def base(level, msg):
        return {"level": level, "time": ts_epoch_ms(CLK.tick(0.01, 1.5)), "pid": pid, "hostname": host,
                "reqId": "req-" + hexs(6), "msg": msg}

    L = Line(fam)
    wj(L, {**base(30, "batch start"), "batchId": batch, "claims": random.randint(400, 9000), "template": "EOB_STD_v12", "locale": "en-US"})
    out.append(L)
    for _ in range(random.randint(2, 5)):
        p = random.choice(PEOPLE)
        eob = "EOB%s%07d" % (RUNDATE[2:], random.randint(0, 9999999))
        claim = "24%03dE%05d" % (random.randint(1, 74), random.randint(0, 99999))
        prov = random.choice(PROVIDERS)
        dos = rdate(2024, 2024)
        while dos >= REF:
            dos = rdate(2024, 2024)
        billed = round(random.uniform(80, 4200), 2)
        allowed = round(billed * random.uniform(0.3, 0.8), 2)
        paid = round(allowed * random.choice([0.8, 0.9, 1.0, 0.7]), 2)
        L = Line(fam)
        key = random.choice(["memberId", "mbrId", "memberNumber"])
        o = base(30, "claim line mapped")
        o.update({"eobId": eob, "claimId": claim, key: P(p.mid, "health_plan"),
                  "patient": {"name": P("%s %s" % (p.first, p.last), "name"), "dob": P(fmt_date(p.dob, "iso"), "date"), "rel": p.rel}})
        if p.subscriber is not p:
            o["subscriber"] = P("%s %s" % (p.subscriber.first, p.subscriber.last), "name")
        o.update({"provider": {"name": prov, "npi": PROV_NPI[prov], "tin": PROV_TIN[prov]},
                  "renderingProv": random.choice(CLINICIANS),
                  "dos": P(fmt_date(dos, "iso"), "date"),
                  "cpt": random.choice(["99213", "99214", "73721", "80053", "97110", "11102", "93000"]),
                  "billed": billed, "allowed": allowed, "planPaid": paid, "memberResp": round(allowed - paid, 2),
                  "carc": random.choice([["45"], ["45", "2"], ["1"], ["45", "3"]])})
        if p.age > 89 or random.random() < 0.15:
            o["patient"]["age"] = P(p.age, "age" if p.age > 89 else None)
        if random.random() < 0.4:
            o["patMrn"] = P("E%07d" % random.randint(0, 9999999), "mrn")
        if random.random() < 0.25:
            o["patCtrlNo"] = P("%s%06d" % (random.choice(["PCN", "A", "ACCT"]), random.randint(0, 999999)), "account")
        wj(L, o)
        out.append(L)
        r = random.random()
        if r < 0.25:
            L = Line(fam)
            wj(L, {**base(30, "delivery resolved"), "eobId": eob, "channel": "email", "to": P(p.email, "email"),
                   "from": "noreply@cascadiamutual.example", "suppressPaper": True})
            out.append(L)
        elif r < 0.4:
            L = Line(fam)
            rep = random.choice(ADULTS)
            wj(L, {**base(30, "authorized representative copy"), "eobId": eob,
                   "authRep": {"name": P("%s %s" % (rep.first, rep.last), "name"), "relationship": random.choice(["POA", "daughter", "son", "guardian"]),
                               "fax": P(fmt_phone(mk_phone(rep.addr["area"]), 1), "fax")}, "channel": "fax"})
            out.append(L)
        elif r < 0.45:
            L = Line(fam)
            o2 = base(50, "validation failed")
            o2["eobId"] = eob
            wj(L, o2)
            # continue the object by hand so the error message can carry labelled values
            del L.b[-1:]
            L.t(',"err":{"type":"ValidationError","message":"service date ').p(fmt_date(dos, "iso"), "date")
            L.t(' precedes member effective date for ').p(p.mid, "health_plan").t('","code":"EOB-VAL-017"}}')
            out.append(L)
        L = Line(fam)
        wj(L, {**base(30, "render complete"), "eobId": eob, "pages": random.randint(1, 6), "pdfBytes": random.randint(40000, 400000),
               "renderMs": random.randint(40, 900), "afpSeq": random.randint(1, 9000)})
        out.append(L)
    if random.random() < 0.5:
        L = Line(fam)
        wj(L, {**base(40, "slow template fetch"), "url": "https://templates.internal.cascadiamutual.example/v2/eob/EOB_STD_v12.ftl",
               "ms": random.randint(1500, 9000), "retry": 1})
        out.append(L)
    L = Line(fam)
    wj(L, {**base(30, "batch complete"), "batchId": batch, "rendered": random.randint(400, 9000), "failed": random.randint(0, 12),
           "durationMs": random.randint(60000, 900000)})
    out.append(L)
    return out


def blk_eob_spring():
    out = []
    fam = "eob-spring"
    thread = "eob-batch-%d" % random.randint(1, 8)

    def pre(level, logger):
        L = Line(fam)
        L.t("%s %5s 1 --- [%15s] %-40s : " % (ts_dot(CLK.tick(0.01, 2)), level, thread[-15:], logger[-40:]))
        return L

    out.append(pre("INFO", "c.c.eob.batch.EobJobLauncher").t(
        "Job: [FlowJob: [name=eobMonthlyJob]] launched with parameters: [{runDate=%s, cycle=%d, chunkSize=250}]" % (RUNDATE, random.randint(1, 4))))
    for _ in range(random.randint(2, 4)):
        p = random.choice(PEOPLE)
        sub = p.subscriber
        r = random.random()
        if r < 0.45:
            L = pre("DEBUG", "c.c.eob.service.EobAssembler")
            L.t("Assembling EOB for subscriberId=").p(sub.sub_id, "health_plan").t(" (")
            L.p("%s, %s" % (sub.last, sub.first), "name").t(") dependents=%d claims=%d" % (
                len([q for q in PEOPLE if q.subscriber is sub]) - 1, random.randint(1, 9)))
            out.append(L)
        elif r < 0.7:
            L = pre("INFO", "c.c.eob.service.MailingAddressResolver")
            a = p.newaddr or p.addr
            L.t("Mailing address for member ").p(p.mid, "health_plan").t(" resolved from %s: " % ("NCOA" if p.newaddr else "ENROLLMENT"))
            L.p(full_street(a), "address").t(", ").p(a["city"], "address").t(", %s " % a["state"]).p(a["zip5"] + "-" + a["zip4"], "zip")
            out.append(L)
        else:
            if random.random() < 0.6:
                p = random.choice(OLD)
            L = pre("WARN", "c.c.eob.service.AgeBandingService")
            if p.age > 89:
                L.t("Member ").p(p.mid, "health_plan").t(" age ").p(str(p.age), "age").t(" exceeds large-print default threshold, using template EOB_LP_v3")
            else:
                L.t("Member ").p(p.mid, "health_plan").t(" language pref '%s' has no translated template, falling back to en-US" % random.choice(["so", "am", "mh", "chk"]))
            out.append(L)
    out.append(pre("INFO", "o.s.batch.core.step.AbstractStep").t(
        "Step: [assembleStep] executed in %dm%ds%dms" % (random.randint(0, 20), random.randint(0, 59), random.randint(0, 999))))
    if random.random() < 0.4:
        out.append(pre("INFO", "com.zaxxer.hikari.HikariDataSource").t("HikariPool-1 - Start completed."))
    return out


def blk_1095b():
    out = []
    fam = "tax-1095b"
    thread = "tax-1095b-%d" % random.randint(1, 3)

    def pre(level, logger):
        L = Line(fam)
        L.t("%s %-5s [%s] %s - " % (ts_log4j(CLK.tick(0.05, 3)), level, thread, logger))
        return L

    out.append(pre("INFO", "c.m.tax.Form1095BWriter").t(
        "Tax year 2023 corrected-form run: issuer %s EIN 91-0384417, contact %s, %s" % (PLAN_NAME, PLAN_PHONE, PLAN_HQ[1])))
    for _ in range(random.randint(1, 3)):
        subs = [p for p in PEOPLE if p.rel == "self" and p.lob != "MA"]
        fams = [p for p in subs if any(q.subscriber is p and q is not p for q in PEOPLE)]
        sub = random.choice(fams if random.random() < 0.7 else subs)
        form = random.randint(1, 40000)
        L = pre("DEBUG", "c.m.tax.Form1095BWriter")
        L.t("form %06d part I responsible individual " % form).p("%s %s" % (sub.first, sub.last), "name").t(" tin=").p(sub.ssn, "ssn")
        L.t(" addr=").p(full_street(sub.addr), "address").t("|").p(sub.addr["city"], "address").t("|%s|" % sub.addr["state"]).p(sub.addr["zip5"], "zip")
        out.append(L)
        members = [q for q in PEOPLE if q.subscriber is sub]
        for i, q in enumerate(members, 1):
            L = pre("DEBUG", "c.m.tax.Form1095BWriter")
            L.t("form %06d part IV line %d: " % (form, 22 + i)).p(UP(q.first), "name").t(" ").p(UP(q.last), "name")
            if random.random() < 0.7:
                L.t(" ssn=").p(q.ssn.replace("-", "") if random.random() < 0.5 else q.ssn, "ssn").t(" dob=")
            else:
                L.t(" ssn=<none> dob=")
            L.p(fmt_date(q.dob, "us"), "date").t(" months=ALL12")
            out.append(L)
    if random.random() < 0.6:
        out.append(pre("WARN", "c.m.tax.TinMatchClient").t(
            "IRS TIN match batch %s: %d pending, %d mismatch (see TINM_%s.rpt), endpoint https://la.www4.irs.gov/ timeout=30s" % (
                uuid4()[:8], random.randint(0, 40), random.randint(0, 5), RUNDATE)))
    out.append(pre("INFO", "c.m.tax.Form1095BWriter").t(
        "wrote %d forms to /data/out/1095b/CMHP_1095B_2023C_%s.afp (%d pages)" % (random.randint(20, 900), RUNDATE, random.randint(20, 900))))
    return out


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15"]


def blk_epref():
    out = []
    fam = "epref-nginx"
    for _ in range(random.randint(3, 7)):
        t = CLK.tick(0.1, 20)
        r = random.random()
        L = Line(fam)
        if r < 0.35:
            L.t("10.40.%d.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" rt=0.00%d" % (
                random.randint(0, 9), random.randint(2, 250), ts_clf(t), random.randint(1, 9)))
        elif r < 0.45:
            L.t("192.168.%d.%d - - [%s] \"GET /api/v1/templates/EOB_NOTIFY_v3 HTTP/1.1\" 304 0 \"-\" \"corr-merge/2.14.1 (+https://mpm.example/bots)\" rt=0.0%02d" % (
                random.randint(0, 9), random.randint(2, 250), ts_clf(t), random.randint(1, 99)))
        else:
            p = random.choice(ADULTS)
            L.p(p.ip, "ip").t(" - ")
            if random.random() < 0.5:
                L.p(p.username, "other_id")
            else:
                L.t("-")
            method, path = random.choice([("POST", "/preferences"), ("GET", "/documents"), ("PUT", "/preferences/paperless"), ("GET", "/idcard/reprint")])
            L.t(" [%s] \"%s /api/v1/members/" % (ts_clf(t), method)).p(p.mid, "health_plan")
            L.t("%s HTTP/1.1\" %d %d \"https://members.cascadiamutual.example/settings\" \"%s\" rt=0.%03d" % (
                path, random.choice([200, 200, 204, 409]), random.randint(0, 4000), random.choice(UAS), random.randint(10, 900)))
        out.append(L)
    fam = "epref-app"
    for _ in range(random.randint(1, 4)):
        t = CLK.tick(0.1, 10)
        p = random.choice(ADULTS)
        L = Line(fam)
        r = random.random()
        if r < 0.35:
            L.t('time="%s" level=info svc=epref msg="paperless opt-in confirmed" member_id=' % ts_isoz(t)).p(p.mid, "health_plan")
            L.t(" email=").p(p.email, "email").t(" consent_ver=2024.1 src_ip=").p(p.ip, "ip")
        elif r < 0.5:
            L.t('time="%s" level=warn svc=epref msg="SES bounce" type=Permanent subtype=General recipient=' % ts_isoz(t)).p(p.email, "email")
            L.t(" feedback_id=0100018e%s-000000 action=revert_to_paper" % hexs(24))
        elif r < 0.75:
            L.t('time="%s" level=info svc=epref msg="document center link issued" url=' % ts_isoz(t))
            L.p("https://members.cascadiamutual.example/u/%s/documents/eob?year=2024" % p.username, "url")
            L.t(" ttl=72h")
        else:
            L.t('time="%s" level=info svc=epref msg="notification sent" from=noreply@cascadiamutual.example template=EOB_READY provider=ses message_id=0100018e%s-%s-000000 latency_ms=%d' % (
                ts_isoz(t), hexs(8), uuid4(), random.randint(30, 400)))
        out.append(L)
    return out


def blk_ivr():
    out = []
    fam = "ivr-reprint"
    host = "ivr-app-0%d" % random.randint(1, 2)
    ipid = random.randint(2000, 2300)

    def pre():
        L = Line(fam)
        L.t("%s %s ivr-reprint[%d]: " % (ts_isoz(CLK.tick(0.5, 15)), host, ipid))
        return L

    for _ in range(random.randint(1, 2)):
        p = random.choice(ADULTS)
        call = "CA" + hexs(32)

        L = pre()
        L.t("call=%s ani=" % call).p(fmt_phone(random.choice([p.phone, p.alt_phone]), 4), "phone").t(" dnis=+18005550199 menu=ID_CARD_REPRINT lang=%s" % random.choice(["en", "es", "vi"]))
        out.append(L)
        L = pre()
        if random.random() < 0.5:
            L.t("call=%s voice enrollment member=" % call).p(p.mid, "health_plan").t(" template_fmt=NVP2 template=")
            L.p(b64(random.randint(120, 260)), "biometric").t(" quality=0.%d" % random.randint(70, 99))
        else:
            L.t("call=%s voice auth member=" % call).p(p.mid, "health_plan").t(" score=0.%02d threshold=0.80 result=%s" % (
                random.randint(60, 99), random.choice(["PASS", "PASS", "FALLBACK_KBA"])))
        out.append(L)
        if random.random() < 0.5:
            L = pre()
            L.t("call=%s KBA dob=" % call).p(fmt_date(p.dob, "us"), "date").t(" zip=").p(p.addr["zip5"], "zip").t(" verified")
            out.append(L)
        out.append(pre().t("call=%s reprint queued run=IDC-240315-01 reason=%s mail_to=ADDRESS_ON_FILE dur=%ds" % (
            call, random.choice(["LOST", "DAMAGED", "NAME_CHANGE", "NEVER_RECEIVED"]), random.randint(60, 420))))
    return out


def blk_sftp():
    out = []
    fam = "sftp"
    host = "mpm-sftp-01"
    pid = random.randint(20000, 40000)
    user = random.choice(["cmhp_xfer", "cmhp_eob", "mpm_returns"])
    t = lambda: ts_sys(CLK.tick(0.1, 4))
    cip = "10.200.%d.%d" % (random.randint(0, 9), random.randint(2, 250))
    cport = random.randint(30000, 65000)
    L = Line(fam)
    L.t("%s %s sshd[%d]: Accepted publickey for %s from %s port %d ssh2: RSA SHA256:%s" % (
        t(), host, pid, user, cip, cport, b64(32)[:43]))
    out.append(L)
    fname = random.choice(["CMHP_LTR_ANOC_%s_01.dat.pgp", "CMHP_IDCARD_%s.txt.pgp", "cmhp_paperless_elig_%s.csv.pgp", "CMHP_EOB_%s_03.dat.pgp"]) % RUNDATE
    out.append(Line(fam).t('%s %s sftp-server[%d]: open "/inbound/cmhp/%s" flags WRITE,CREATE,TRUNCATE mode 0640' % (t(), host, pid + 1, fname)))
    sz = random.randint(100000, 90000000)
    out.append(Line(fam).t('%s %s sftp-server[%d]: close "/inbound/cmhp/%s" bytes read 0 written %d' % (t(), host, pid + 1, fname, sz)))
    out.append(Line(fam).t("%s %s pgpwatch[%d]: decrypted %s with key 0x%s (CMHP Secure Transfer <secure-xfer@cascadiamutual.example>), sha256=%s" % (
        t(), host, random.randint(900, 1200), fname, hexs(8).upper(), hexs(64))))
    if random.random() < 0.5:
        out.append(Line(fam).t("%s %s CRON[%d]: (printops) CMD (/opt/mpm/bin/purge_spool --older-than 14d --dry-run=false)" % (t(), host, random.randint(1000, 9999))))
    out.append(Line(fam).t("%s %s sshd[%d]: Received disconnect from %s port %d:11: disconnected by user" % (
        t(), host, pid, cip, cport)))
    return out


def blk_metrics():
    out = []
    fam = "ops-metrics"
    for _ in range(random.randint(2, 5)):
        L = Line(fam)
        wj(L, {"ts": ts_isoz(CLK.tick(1, 30)), "source": "mpm-ops", "kind": random.choice(["sla", "queue", "shift"]),
               "site": "KENT-WA", "queue": random.choice(["corr.merge.ready", "compose.in", "print.release", "returns.scan"]),
               "depth": random.randint(0, 4000), "oldestAgeSec": random.randint(0, 9000),
               "shiftLead": random.choice(STAFF_FULL), "pager": "+1-253-555-01%02d" % random.randint(60, 69),
               "ver": "3.%d.%d" % (random.randint(0, 9), random.randint(0, 30))}, sep=(", ", ": "))
        out.append(L)
    return out


PHI_BLOCKS = [(blk_merge_pipe, 6), (blk_merge_csv, 3), (blk_merge_fixed, 3), (blk_cass, 4), (blk_returned, 4),
              (blk_idcard, 5), (blk_eob_json, 2), (blk_eob_spring, 4), (blk_1095b, 2), (blk_epref, 3), (blk_ivr, 2)]
CLEAN_BLOCKS = [(blk_compose, 4), (blk_print, 6), (blk_sftp, 3), (blk_metrics, 2), (blk_epref, 1), (blk_returned, 1)]


def main():
    lines = []
    nophi = 0
    decks = {id(PHI_BLOCKS): [], id(CLEAN_BLOCKS): []}
    while len(lines) < N_LINES:
        share = nophi / len(lines) if lines else 1.0
        pool = CLEAN_BLOCKS if share < TARGET_NOPHI else PHI_BLOCKS
        deck = decks[id(pool)]
        if not deck:
            deck.extend(f for f, w in pool for _ in range(w))
            random.shuffle(deck)
        blk = deck.pop()()
        if random.random() < 0.15:
            CLK.jump(random.randint(1, 25))
        for L in blk:
            if len(lines) >= N_LINES:
                break
            L.check()
            lines.append(L)
            if not L.spans:
                nophi += 1
    with open(os.path.join(HERE, "gf.log"), "wb") as f:
        for L in lines:
            f.write(bytes(L.b) + b"\n")
    with open(os.path.join(HERE, "gf.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, L in enumerate(lines, 1):
            f.write(json.dumps({"line": i, "family": L.family, "spans": L.spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
