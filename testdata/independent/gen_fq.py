#!/usr/bin/env python3
"""Deterministic generator of a synthetic home-health / personal-care agency log corpus
with byte-offset PHI labels.  Standard library only.  Writes fq.log and fq.labels.jsonl
next to this file.  All people, numbers and places are invented."""
import base64
import datetime
import json
import math
import os
import random
import unicodedata

random.seed(1809218)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "fq"
N_LINES = 500
TARGET_NOPHI = 0.55

# --------------------------------------------------------------------------- spans
class P:
    """A labelled piece of text (cat=None means unlabelled)."""
    __slots__ = ("v", "cat", "raw")

    def __init__(self, v, cat, raw=False):
        self.v = v
        self.cat = cat
        self.raw = raw


class M:
    """A mixed JSON string value made of plain str and P parts."""
    def __init__(self, *parts):
        self.parts = parts


BASE = datetime.datetime(2024, 3, 11, 4, 31, 7, 118000)
UTC_OFF = datetime.timedelta(hours=4)          # EDT (DST began 2024-03-10)
EPOCH = datetime.datetime(1970, 1, 1)


class Clock:
    t = BASE


def tick(lo=1, hi=48):
    Clock.t += datetime.timedelta(seconds=random.randint(lo, hi),
                                  microseconds=random.randint(0, 999999))
    return Clock.t


class Line:
    def __init__(self, family, lo=1, hi=48):
        self.family = family
        self.t = tick(lo, hi)
        self.parts = []

    def add(self, *items):
        for it in items:
            if isinstance(it, P):
                self.parts.append((str(it.v), it.cat))
            elif isinstance(it, (list, tuple)):
                self.add(*it)
            elif it is None:
                continue
            else:
                self.parts.append((str(it), None))
        return self

    def render(self):
        buf = b""
        spans = []
        for text, cat in self.parts:
            b = text.encode("utf-8")
            if cat and b:
                spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": cat, "_v": b})
            buf += b
        for sp in spans:
            assert buf[sp["s"]:sp["e"]] == sp["_v"], (self.family, sp)
            assert sp["cat"] in CATS, sp
        for a, b2 in zip(spans, spans[1:]):
            assert a["e"] <= b2["s"]
        assert b"\n" not in buf and b"\r" not in buf, buf
        assert len(buf) <= 4000, (self.family, len(buf))
        return buf, [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


def jesc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jser(v, ea=False, sp=False):
    """Serialise python value (with P / M labelled leaves) to a segment list."""
    out = []
    isep = ", " if sp else ","
    ksep = ": " if sp else ":"
    if isinstance(v, dict):
        out.append("{")
        for i, (k, val) in enumerate(v.items()):
            if i:
                out.append(isep)
            out.append(json.dumps(k, ensure_ascii=ea) + ksep)
            out += jser(val, ea, sp)
        out.append("}")
    elif isinstance(v, list):
        out.append("[")
        for i, val in enumerate(v):
            if i:
                out.append(isep)
            out += jser(val, ea, sp)
        out.append("]")
    elif isinstance(v, P):
        if v.raw or not isinstance(v.v, str):
            out.append(P(str(v.v), v.cat))
        else:
            out += ['"', P(jesc(v.v, ea), v.cat), '"']
    elif isinstance(v, M):
        out.append('"')
        for p in v.parts:
            if isinstance(p, P):
                out.append(P(jesc(str(p.v), ea), p.cat))
            else:
                out.append(jesc(p, ea))
        out.append('"')
    else:
        out.append(json.dumps(v, ensure_ascii=ea))
    return out


# --------------------------------------------------------------------------- time formats
def ms3(t):
    return "%03d" % (t.microsecond // 1000)


def ts_logcat(t):
    return t.strftime("%m-%d %H:%M:%S.") + ms3(t)


def ts_ios(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.%f") + "-0400"


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms3(t)


def ts_spring(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms3(t)


def ts_isoz(t):
    u = t + UTC_OFF
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(u) + "Z"


def ts_isoz6(t):
    u = t + UTC_OFF
    return u.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def ts_epoch_ms(t):
    return int(((t + UTC_OFF) - EPOCH).total_seconds() * 1000)


def ts_epoch_f(t):
    return "%.3f" % (((t + UTC_OFF) - EPOCH).total_seconds())


def ts_ast(t):
    return t.strftime("[%b %d %H:%M:%S]")


def ts_nginx(t):
    return t.strftime("[%d/%b/%Y:%H:%M:%S -0400]")


def ts_pg(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms3(t) + " EDT"


def ts_syslog(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


# --------------------------------------------------------------------------- id helpers
DIG = "0123456789"
MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def rdig(n):
    return "".join(random.choice(DIG) for _ in range(n))


def rhex(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def luhn_cd(payload):
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
    return luhn_cd(num[:-1]) == num[-1]


def make_imei():
    tac = random.choice(["35693803", "35328911", "86475103", "35875609", "01536200"])
    body = tac + rdig(6)
    return body + luhn_cd(body)


def make_card():
    body = random.choice(["4", "4", "51", "53"])
    body += rdig(15 - len(body))
    return body + luhn_cd(body)


VIN_T = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_val(c):
    return int(c) if c.isdigit() else VIN_T[c]


def make_vin():
    wmi = random.choice(["2C4RC1", "1FTBW3", "2C7WDG", "1GNSK", "5TDKZ3"])
    vds_chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    s = wmi + "".join(random.choice(vds_chars) for _ in range(8 - len(wmi)))
    tail = random.choice("NPR") + random.choice("RTHK") + rdig(6)
    full = s + "0" + tail
    tot = sum(vin_val(c) * w for c, w in zip(full, VIN_W))
    cd = tot % 11
    full = s + ("X" if cd == 10 else str(cd)) + tail
    tot2 = sum(vin_val(c) * w for i, (c, w) in enumerate(zip(full, VIN_W)) if i != 8)
    assert (tot2 % 11 == 10 and full[8] == "X") or str(tot2 % 11) == full[8]
    return full


def make_mbi():
    c = [random.choice("123456789"), random.choice(MBI_A), random.choice(MBI_A + DIG),
         random.choice(DIG), random.choice(MBI_A), random.choice(MBI_A + DIG), random.choice(DIG),
         random.choice(MBI_A), random.choice(MBI_A), random.choice(DIG), random.choice(DIG)]
    return "".join(c)


def mbi_dash(m):
    return m[:4] + "-" + m[4:7] + "-" + m[7:]


def make_ssn():
    while True:
        a = random.randint(101, 665)
        if a not in (219, 666):
            break
    return "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


def make_mac(oui):
    return oui + ":" + ":".join("%02X" % random.randint(0, 255) for _ in range(3))


def asciify(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L")


def fmt_phone(num, style):
    a, b, c = num[:3], num[3:6], num[6:]
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), num, "+1" + num, "%s.%s.%s" % (a, b, c)][style]


def fmt_date(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "text":
        return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")
    if style == "short":
        return d.strftime("%b ") + str(d.day)
    if style == "md":
        return "%d/%d" % (d.month, d.day)
    raise ValueError(style)


TODAY = datetime.date(2024, 3, 11)


def age_of(dob):
    return TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))


# phone allocation: unique 555-01xx numbers per area code
_PH = {}


def alloc_phone(area):
    if area not in _PH:
        pool = [x for x in range(100) if x not in (0, 9, 10, 11, 12, 99)]
        random.shuffle(pool)
        _PH[area] = pool
    return "%s5550%s" % (area, "1%02d" % _PH[area].pop())  # 555-01xx


def alloc_phone4(area):
    return alloc_phone(area)


# --------------------------------------------------------------------------- world
AGENCY = "BrightPath Home Health & Personal Care, LLC"
BRANCHES = [
    {"code": "DAY", "name": "Dayton", "street": "2200 N Main St Ste 300", "city": "Dayton", "zip": "45405",
     "phone": "9375550100", "fax": "9375550109", "lat": 39.785412, "lon": -84.200934, "prov": "0311234", "npi": "1548293075"},
    {"code": "COL", "name": "Columbus", "street": "4150 E Broad St", "city": "Columbus", "zip": "43213",
     "phone": "6145550100", "fax": "6145550109", "lat": 39.970117, "lon": -82.905644, "prov": "0311235", "npi": "1639174420"},
    {"code": "CIN", "name": "Cincinnati", "street": "711 Vine St Fl 4", "city": "Cincinnati", "zip": "45202",
     "phone": "5135550100", "fax": "5135550109", "lat": 39.103671, "lon": -84.512188, "prov": "0311236", "npi": "1720583316"},
]
BR = {b["code"]: b for b in BRANCHES}

CITIES = [
    ("Dayton", "Montgomery", ["45405", "45406", "45410", "45414", "45419", "45420"], "937", 39.7589, -84.1916, "DAY"),
    ("Kettering", "Montgomery", ["45429", "45440"], "937", 39.6895, -84.1688, "DAY"),
    ("Huber Heights", "Montgomery", ["45424"], "937", 39.8439, -84.1247, "DAY"),
    ("Xenia", "Greene", ["45385"], "937", 39.6848, -83.9297, "DAY"),
    ("Fairborn", "Greene", ["45324"], "937", 39.8209, -84.0194, "DAY"),
    ("Springfield", "Clark", ["45503", "45505"], "937", 39.9242, -83.8088, "DAY"),
    ("Columbus", "Franklin", ["43204", "43211", "43213", "43229"], "614", 39.9612, -82.9988, "COL"),
    ("Westerville", "Franklin", ["43081"], "614", 40.1262, -82.9291, "COL"),
    ("Grove City", "Franklin", ["43123"], "614", 39.8814, -83.0930, "COL"),
    ("Cincinnati", "Hamilton", ["45205", "45211", "45238"], "513", 39.1031, -84.5120, "CIN"),
    ("Norwood", "Hamilton", ["45212"], "513", 39.1556, -84.4597, "CIN"),
    ("Hamilton", "Butler", ["45011", "45013"], "513", 39.3995, -84.5613, "CIN"),
]
STREETS = ["Birchwood Ln", "Salem Ave", "Wayne Ave", "Shroyer Rd", "Far Hills Ave", "Linden Ave",
           "Oakridge Dr", "Philadelphia Dr", "Harshman Rd", "Cleveland Ave", "Sullivant Ave", "Morse Rd",
           "Karl Rd", "Parsons Ave", "Glenway Ave", "Harrison Ave", "Montana Ave", "Reading Rd",
           "Vine St", "Hoover Ave", "Burkhardt Rd", "Smithville Rd", "Maple Grove Ct", "Wilmington Pike"]
UNITS = ["", "", "", "", "Apt 3B", "Unit 12", "#204", "Apt 1", "Lot 57"]

PT_NAMES = [
    ("Adaeze", "Okafor", "F"), ("Hiroshi", "Tanaka", "M"), ("Guadalupe", "Ramírez-Ortega", "F"),
    ("Władysław", "Kowalczyk", "M"), ("Fatima", "Al-Sayed", "F"), ("Lan", "Nguyễn", "F"),
    ("Bernadette", "O'Sullivan", "F"), ("Jean-Baptiste", "Duvalier", "M"), ("Ingrid", "Solberg", "F"),
    ("Dmitri", "Volkov", "M"), ("Priya", "Raghunathan", "F"), ("Esperanza", "Villanueva", "F"),
    ("Kwame", "Mensah", "M"), ("Mei-Ling", "Chou", "F"), ("Giuseppe", "Ferraro", "M"),
    ("Ruth", "Abernathy", "F"), ("Tomasz", "Zieliński", "M"), ("Amara", "Diallo", "F"),
    ("Leilani", "Kahananui", "F"), ("Yusuf", "Demir", "M"), ("Olga", "Petrenko", "F"),
    ("Harold", "Whitcombe", "M"), ("Soledad", "Quispe", "F"), ("Chidi", "Nwosu", "M"),
]
MI = ["N", "", "M", "", "J", "T", "A", "", "K", "", "", "R", "", "", "P", "E", "", "", "", "", "V", "L", "", "O"]
FAM = [("Ngozi", "Okafor-Bell", "daughter"), ("Kenji", "Tanaka", "son"), ("Rosa", "Ortega", "daughter"),
       ("Agnieszka", "Kowalczyk", "daughter-in-law"), ("Omar", "Al-Sayed", "son"), ("Minh", "Nguyễn", "son"),
       ("Siobhan", "Keane", "niece"), ("Marie-Claire", "Duvalier", "wife"), ("Erik", "Solberg", "son"),
       ("Natalia", "Volkova", "daughter"), ("Arjun", "Raghunathan", "son"), ("Maribel", "Villanueva", "granddaughter"),
       ("Abena", "Mensah", "wife"), ("Wei", "Chou", "son"), ("Carla", "Ferraro", "daughter"),
       ("Thomas", "Abernathy", "son"), ("Ewa", "Zielińska", "wife"), ("Mariama", "Diallo", "daughter"),
       ("Keoni", "Kahananui", "grandson"), ("Elif", "Demir", "daughter"), ("Iryna", "Petrenko", "daughter"),
       ("Susan", "Whitcombe-Hale", "daughter"), ("Rocío", "Quispe", "daughter"), ("Ifeoma", "Nwosu", "wife")]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net", "aol.com", "hotmail.com"]

PATIENTS = []
_used_mrn = set()
for i, (fn, ln, sex) in enumerate(PT_NAMES):
    city, county, zips, area, clat, clon, br = CITIES[i % len(CITIES)]
    if i < 9:
        dob = datetime.date(random.randint(1926, 1933), random.randint(1, 12), random.randint(1, 28))
    else:
        dob = datetime.date(random.randint(1938, 1978), random.randint(1, 12), random.randint(1, 28))
    while True:
        mrn = "HH%07d" % random.randint(10000, 99999)
        if mrn not in _used_mrn:
            _used_mrn.add(mrn)
            break
    street = "%d %s" % (random.randint(104, 9870), STREETS[i % len(STREETS)])
    unit = UNITS[random.randrange(len(UNITS))]
    zp = random.choice(zips)
    lat = round(clat + random.uniform(-0.045, 0.045), 6)
    lon = round(clon + random.uniform(-0.055, 0.055), 6)
    ff, fl, rel = FAM[i]
    farea = random.choice([area, area, area, "614", "317", "312", "859"])
    fam = {"first": ff, "last": fl, "rel": rel, "phone": alloc_phone(farea),
           "email": ("%s.%s%s@%s" % (asciify(ff), asciify(fl), random.choice(["", "", str(random.randint(2, 88))]),
                                       random.choice(MAILDOM))).lower().replace("'", ""),
           "user": ("%s.%s%d" % (asciify(fl).split("-")[0], asciify(ff).split("-")[0], random.randint(10, 89))).lower(),
           "ip": "%d.%d.%d.%d" % (random.choice([71, 74, 76, 98, 104, 108, 172, 184, 199]),
                                  random.randint(0, 255), random.randint(1, 254), random.randint(2, 254)),
           "dl": random.choice("ABCDEFGHJKRST") + random.choice("ABCDEFGHJKRST") + rdig(6),
           "fax": alloc_phone(farea),
           "street": "%d %s" % (random.randint(12, 9900), random.choice(["Far Hills Ave", "Stroop Rd", "Bigger Rd", "Dorothy Ln", "Indian Ripple Rd", "Riverside Dr", "Cooper Rd"])),
           "city": random.choice(["Centerville", "Beavercreek", "Oakwood", "Dublin", "Mason", "West Chester", "Tipp City"])}
    if fam["ip"].startswith("172.") and 16 <= int(fam["ip"].split(".")[1]) <= 31:
        fam["ip"] = "172.58." + ".".join(fam["ip"].split(".")[2:])
    p = {"i": i, "first": fn, "last": ln, "mi": MI[i], "sex": sex, "dob": dob, "age": age_of(dob),
         "mrn": mrn, "street": street, "unit": unit, "city": city, "county": county, "zip": zp,
         "zip4": zp + "-" + rdig(4), "area": area, "phone": alloc_phone(area), "lat": lat, "lon": lon,
         "branch": br, "ssn": make_ssn(),
         "medicaid": random.choice(["10", "11", "90"]) + rdig(10) if i % 5 != 3 else None,
         "mbi": make_mbi() if (i < 12 or i % 3 == 0) else None,
         "soc": datetime.date(2023, 1, 1) + datetime.timedelta(days=random.randint(0, 420)),
         "fam": fam, "case": "%02d-2024-%06d" % (random.choice([57, 29, 31, 9]), random.randint(1000, 99999)),
         "pers_sn": "LS4G-%s-%s" % (rdig(2), rdig(6)), "pers_imei": make_imei(),
         "ble_mac": make_mac(random.choice(["E4:5F:01", "C8:B2:1E", "00:09:1F"])), "ble_sn": "5" + rdig(9),
         "acct": "PP-%08d" % random.randint(100000, 9999999), "card": make_card(),
         "dl": random.choice("ABCDEFGHJKRST") + random.choice("ABCDEFGHJKRST") + rdig(6)}
    if p["medicaid"] is None and p["mbi"] is None:
        p["mbi"] = make_mbi()
    PATIENTS.append(p)

for p in PATIENTS:
    assert luhn_ok(p["pers_imei"]) and luhn_ok(p["card"])

CG_NAMES = [("Lucía", "Ramírez"), ("Tendai", "Moyo"), ("Svetlana", "Ivanova"), ("Marisol", "Peña"),
            ("DeShawn", "Carter"), ("Anh", "Tran"), ("Rukhsana", "Begum"), ("Patrick", "Nolan"),
            ("Grace", "Achieng"), ("Bogdan", "Marinescu"), ("Hana", "Kobayashi"), ("Luz", "Mendoza"),
            ("Kofi", "Asante"), ("Joanna", "Wiśniewska"), ("Abdirahman", "Farah"), ("Yesenia", "Cruz")]
ANDROID = [("SM-A146U", "Android 14", "34"), ("SM-S911U", "Android 14", "34"), ("moto g play - 2023", "Android 12", "31"),
           ("Pixel 7a", "Android 14", "34"), ("SM-A037U", "Android 13", "33"), ("REVVL 6 5G", "Android 13", "33")]
IOS = [("iPhone14,5", "iOS 17.3.1"), ("iPhone12,8", "iOS 16.7.5"), ("iPhone15,4", "iOS 17.4"), ("iPhone13,2", "iOS 17.2.1")]
APPVER = [("4.12.3", "4123"), ("4.12.3", "4123"), ("4.12.1", "4119"), ("4.11.8", "4102")]
CAREGIVERS = []
for j, (fn, ln) in enumerate(CG_NAMES):
    plat = "android" if j % 3 != 1 else "ios"
    dev = random.choice(ANDROID) if plat == "android" else random.choice(IOS)
    ver = random.choice(APPVER)
    CAREGIVERS.append({"first": fn, "last": ln, "id": "CG-%05d" % random.randint(10100, 12999),
                       "emp": "%06d" % random.randint(100100, 112999), "plat": plat, "dev": dev, "ver": ver,
                       "branch": BRANCHES[j % 3]["code"], "phone": alloc_phone(random.choice(["937", "614", "513"])),
                       "plate": "".join(random.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + " " + rdig(4),
                       "imei": make_imei(), "serial": "R5" + "".join(random.choice("ABCDEFGHJKLMNPRSTVWXYZ0123456789") for _ in range(9)),
                       "pid": random.randint(3100, 31999), "rate": random.choice(["15.50", "16.25", "17.00", "18.75", "19.40"]),
                       "acct4": rdig(4)})
STAFF = ["Dana Whitfield", "Marcus Oyelaran", "Théa Girard", "Nkechi Adebayo, RN", "Brent Kowalski", "Sunita Rao, LPN"]
PHYS = [("Anjali Mehta", "1184729350"), ("Samuel Brandt", "1306958221"), ("Keiko Hayashi", "1457382904"),
        ("Oluwaseun Adeyemi", "1962047718")]
SVC = [("T1019", "Personal care, per 15 min", "U1"), ("S5125", "Attendant care, per 15 min", "UA"),
       ("S5130", "Homemaker, per 15 min", "U3"), ("G0156", "HHA services, per 15 min", ""),
       ("S5150", "Respite, per 15 min", "U5"), ("T1021", "HHA per visit", ""), ("G0299", "RN direct skilled, per 15 min", "")]

VISITS = {}
_vseq = [412]


def visit_of(p):
    if p["i"] not in VISITS:
        _vseq[0] += random.randint(1, 17)
        cg = random.choice([c for c in CAREGIVERS if c["branch"] == p["branch"]])
        s = random.choice(SVC[:5])
        hrs = random.choice([2, 3, 4, 4, 6, 8])
        start = random.choice([7, 8, 8, 9, 10, 12, 13])
        VISITS[p["i"]] = {"id": "V240311%04d" % _vseq[0], "cg": cg, "svc": s, "hrs": hrs, "start": start,
                          "units": hrs * 4, "auth": "PA%s%06d" % (random.choice(["2401", "2402", "2403"]), random.randint(100000, 999999))}
    return VISITS[p["i"]]


def pick_pt():
    return random.choice(PATIENTS)


def pick_cg():
    return random.choice(CAREGIVERS)


def cgname(c):
    return c["first"] + " " + c["last"]


def other_visit_id():
    return "V2403%02d%04d" % (random.choice([11, 11, 12, 13, 8, 9]), random.randint(100, 9999))


def auth_no():
    return "PA%s%06d" % (random.choice(["2401", "2402", "2403"]), random.randint(100000, 999999))


def offset_point(lat, lon, dist_m):
    b = random.uniform(0, 2 * math.pi)
    dlat = dist_m * math.cos(b) / 111320.0
    dlon = dist_m * math.sin(b) / (111320.0 * math.cos(math.radians(lat)))
    return round(lat + dlat, 6), round(lon + dlon, 6)


def haversine(a, b, c, d):
    R = 6371008.8
    p1, p2 = math.radians(a), math.radians(c)
    dp = p2 - p1
    dl = math.radians(d - b)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * R * math.asin(math.sqrt(h))


def addr_segs(p, style=0, unit=True):
    st = p["street"] + ((" " + p["unit"]) if (unit and p["unit"]) else "")
    if style == 0:
        return [P(st, "address"), ", ", P(p["city"], "address"), ", OH ", P(p["zip"], "zip")]
    if style == 1:
        return [P(st, "address"), ", ", P(p["city"], "address"), " OH ", P(p["zip4"], "zip")]
    if style == 2:
        return [P(st.upper(), "address"), " ", P(p["city"].upper(), "address"), " OH ", P(p["zip"], "zip")]
    if style == 3:
        return [P(st, "address"), ", ", P(p["city"], "address"), " ", P(p["zip"], "zip")]
    raise ValueError


def jpeg_b64(n):
    head = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
    head += bytes([0xFF, 0xDB, 0x00, 0x43, 0x00])
    body = bytes(random.randint(0, 255) for _ in range(n))
    return base64.b64encode(head + body + bytes([0xFF, 0xD9])).decode()


def png_b64(n):
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xa0\x08\x02\x00\x00\x00"
    body = bytes(random.randint(0, 255) for _ in range(n))
    return base64.b64encode(head + body).decode()


def voice_tmpl_b64(n):
    head = b"VPT2\x01\x00" + bytes([0x00, 0x80]) + b"ivec-512"
    body = bytes(random.randint(0, 255) for _ in range(n))
    return base64.b64encode(head + body).decode()


UA_PORTAL = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
             "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
             "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
             "Mozilla/5.0 (Linux; Android 13; SM-G991U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36"]


def app_ua(c):
    v, b = c["ver"]
    if c["plat"] == "android":
        return "CareConnect/%s (com.brightpath.careconnect; build:%s; %s) okhttp/4.9.2" % (v, b, c["dev"][1])
    return "CareConnect/%s (com.brightpath.careconnect; build:%s; %s) CFNetwork/1494.0.7 Darwin/23.4.0" % (v, b, c["dev"][1])


# --------------------------------------------------------------------------- RN app messages
def rn_msg(c, phi):
    """Return (level, tag, segments) for a React Native console message."""
    v, b = c["ver"]
    if phi:
        p = random.choice([x for x in PATIENTS if x["branch"] == c["branch"]])
        vi = visit_of(p)
        k = random.randint(0, 6)
        if k == 0:
            d = random.choice([4.2, 9.8, 11.2, 17.5, 23.9, 38.0, 61.4, 132.7, 188.3, 412.6])
            flat, flon = offset_point(p["lat"], p["lon"], d)
            dist = haversine(p["lat"], p["lon"], flat, flon)
            res = "PASS" if dist <= 150 else "FAIL"
            return ("I" if res == "PASS" else "W", "ReactNativeJS",
                    ["[EVV] geofence check visit=", vi["id"], " client=", P(p["mrn"], "mrn"),
                     " home=(", P("%.6f" % p["lat"], "address"), ",", P("%.6f" % p["lon"], "address"), ") fix=(",
                     P("%.6f" % flat, "address"), ",", P("%.6f" % flon, "address"),
                     ") acc=%.1fm dist=%.1fm radius=150m result=%s" % (random.choice([3.9, 4.8, 8.0, 12.0, 16.3, 31.5]), dist, res)])
        if k == 1:
            segs = ["[Visit] client loaded ", ] + jser({"id": P(p["mrn"], "mrn"),
                                                        "name": P(p["last"] + ", " + p["first"], "name"),
                                                        "dob": P(fmt_date(p["dob"], "iso"), "date"),
                                                        "phone": P(fmt_phone(p["phone"], 0), "phone"),
                                                        "svc": vi["svc"][0], "visitId": vi["id"],
                                                        "tasks": random.randint(4, 14)})
            return ("I", "ReactNativeJS", segs)
        if k == 2:
            return ("I", "ReactNativeJS",
                    ["[BLE] bonded A&D UA-651BLE mac=", P(p["ble_mac"], "device"), " sn=", P(p["ble_sn"], "device"),
                     " rssi=-%d client=" % random.randint(48, 80), P(p["mrn"], "mrn"), " svcUUID=0x1810"])
        if k == 3:
            st = (p["street"] + (" " + p["unit"] if p["unit"] else "")).replace(" ", "%20").replace("#", "%23")
            return ("D", "ReactNativeJS",
                    ["[Nav] Linking.openURL geo:0,0?q=", P(st, "address"), "%2C%20",
                     P(p["city"].replace(" ", "%20"), "address"), "%2C%20OH%20", P(p["zip"], "zip")])
        if k == 4:
            f = p["fam"]
            note = random.choice([
                ["Client ambulated w/ walker 20ft, ", P(f["first"], "name"), " (" + f["rel"] + ") present. BP 142/88"],
                ["Client declined shower, sponge bath given. ", P(f["first"] + " " + f["last"], "name"), " notified at ",
                 P(fmt_phone(f["phone"], 1), "phone")],
                ["Meal prep done, ", P(p["first"], "name"), " ate 75%. Next appt w/ Dr. " + random.choice(PHYS)[0].split()[1] + " on ",
                 P(fmt_date(datetime.date(2024, 3, random.randint(12, 29)), "md"), "date")],
            ])
            return ("I", "ReactNativeJS", ["[Tasks] note saved visit=", vi["id"], " len=%d text=\"" % random.randint(40, 180)] + note + ["\""])
        if k == 5:
            return ("W", "ReactNativeJS",
                    ["[EVV] clock-in blocked: no auth for svc ", vi["svc"][0], " member ",
                     P(p["medicaid"] or p["mbi"], "health_plan"), " on ", P(fmt_date(TODAY, "iso"), "date"),
                     " (visit ", vi["id"], ")"])
        return ("I", "ReactNativeJS",
                ["[Signature] captured client signature visit=", vi["id"], " signer=\"",
                 P(p["first"] + " " + p["last"], "name"), "\" strokes=%d bytes=%d" % (random.randint(3, 19), random.randint(2100, 9800))])
    k = random.randint(0, 11)
    vid = other_visit_id()
    if k == 0:
        return ("I", "ReactNativeJS", ['Running "CareConnect" with {"rootTag":%d,"initialProps":{"concurrentRoot":false}}' % random.choice([1, 11, 21])])
    if k == 1:
        return ("I", "ReactNativeJS", ["[Sync] flushed %d queued events (evv:%d, notes:%d) in %dms net=%s" %
                                       (random.randint(1, 9), random.randint(0, 4), random.randint(0, 5), random.randint(90, 2400),
                                        random.choice(["wifi", "cellular", "cellular"]))])
    if k == 2:
        return ("I", "ReactNativeJS", ["[Auth] session refreshed user=%s exp=%s" % (c["id"], ts_isoz(Clock.t + datetime.timedelta(hours=8))[:19] + "Z")])
    if k == 3:
        return ("I", "ReactNativeJS", ["[EVV] clock-out accepted visit=%s units=%d dur=%dh%02dm offline=false" %
                                       (vid, random.choice([8, 12, 16, 24]), random.randint(1, 6), random.randint(0, 59))])
    if k == 4:
        return ("D", "ReactNativeJS", ["[Location] fix acc=%.1fm provider=%s age=%.1fs sats=%d" %
                                       (random.uniform(3, 40), random.choice(["fused", "gps", "network"]), random.uniform(0.2, 9), random.randint(6, 22))])
    if k == 5:
        return ("I", "ReactNativeJS", ["[CodePush] Update is available and will be installed on next resume: label=v%d appVersion=%s size=%dKB" %
                                       (random.randint(12, 19), v, random.randint(800, 4200))])
    if k == 6:
        return ("I", "OkHttp", ["--> POST https://api.brightpathcare.com/evv/v1/visits/%s/clock-in h2 (%d-byte body)" % (vid, random.randint(300, 700))])
    if k == 7:
        return ("I", "OkHttp", ["<-- %d https://api.brightpathcare.com/mobile/v3/schedule?cgId=%s&week=2024-W11 (%dms, %d-byte body)" %
                                (random.choice([200, 200, 304]), c["id"], random.randint(60, 900), random.randint(800, 9000))])
    if k == 8:
        return ("W", "ReactNativeJS", ["Possible Unhandled Promise Rejection (id: %d): TypeError: Network request failed" % random.randint(0, 6)])
    if k == 9:
        return ("I", "ReactNativeJS", ["[Tasks] checklist %s: %d/%d done (ADL: bathing, dressing, meal prep)" % (vid, random.randint(3, 9), 9)])
    if k == 10:
        return ("I", "ReactNativeJS", ["[Device] %s %s app=%s(%s) battery=%d%% lowPower=%s" %
                                       (c["dev"][0], c["dev"][1], v, b, random.randint(8, 99), random.choice(["false", "false", "true"]))])
    return ("E", "ReactNativeJS", ["[Sentry] Captured exception event_id=%s: Error: Request timeout after 15000ms (%s)" % (rhex(32), vid)])


def g_rn(phi):
    c = random.choice(CAREGIVERS)
    ln = Line("rn_logcat" if c["plat"] == "android" else "rn_ios_console")
    lvl, tag, segs = rn_msg(c, phi)
    if c["plat"] == "android":
        ln.add("%s %5d %5d %s %s: " % (ts_logcat(ln.t), c["pid"], c["pid"] + random.randint(30, 120), lvl, tag), segs)
    else:
        cat = "[javascript]" if tag == "ReactNativeJS" else "[network]"
        ln.add("%s CareConnect[%d:%d] %s " % (ts_ios(ln.t), c["pid"] % 2000 + 300, random.randint(20000, 99999), cat), segs)
    return [ln]


# --------------------------------------------------------------------------- sentry breadcrumbs
def g_sentry(phi):
    c = random.choice(CAREGIVERS)
    ln = Line("sentry_breadcrumb")
    v, b = c["ver"]
    ts = float(ts_epoch_f(ln.t))
    if phi:
        p = random.choice(PATIENTS)
        k = random.randint(0, 4)
        if k == 0:
            bc = {"timestamp": ts, "type": "http", "category": "xhr",
                  "data": {"method": "GET", "url": M("https://api.brightpathcare.com/mobile/v3/clients/", P(p["mrn"], "mrn"), "/careplan"),
                           "status_code": random.choice([200, 200, 304, 500])}, "level": "info"}
        elif k == 1:
            bc = {"timestamp": ts, "type": "navigation", "category": "navigation",
                  "data": {"from": "Schedule", "to": M("ClientProfile?clientId=", P(p["mrn"], "mrn"))}, "level": "info"}
        elif k == 2:
            bc = {"timestamp": ts, "type": "debug", "category": "console", "level": "log",
                  "message": M("[ClientHeader] render ", P(p["last"].upper() + ", " + p["first"].upper(), "name"), " DOB ",
                               P(fmt_date(p["dob"], "us"), "date"), " age ",
                               P(str(p["age"]), "age") if p["age"] > 89 else str(p["age"]))}
        elif k == 3:
            img = jpeg_b64(random.randint(380, 900))
            bc = {"timestamp": ts, "type": "debug", "category": "console", "level": "warning",
                  "message": M("[ClientProfile] avatar upload retry 2/3 client=", P(p["mrn"], "mrn"), " src=",
                               P("data:image/jpeg;base64," + img, "photo"))}
        else:
            bc = {"timestamp": ts, "type": "default", "category": "redux.action", "level": "info",
                  "data": {"type": "clients/setEmergencyContact",
                           "payload": {"clientId": P(p["mrn"], "mrn"), "name": P(p["fam"]["first"] + " " + p["fam"]["last"], "name"),
                                       "relation": p["fam"]["rel"], "phone": P(fmt_phone(p["fam"]["phone"], 2), "phone")}}}
    else:
        k = random.randint(0, 5)
        vid = other_visit_id()
        if k == 0:
            bc = {"timestamp": ts, "type": "user", "category": "touch", "level": "info",
                  "message": random.choice(['Touch event within element: Pressable > Text("Clock In")',
                                            'Touch event within element: TouchableOpacity > Text("Complete Tasks")',
                                            'Touch event within element: Button > Text("Sync now")'])}
        elif k == 1:
            bc = {"timestamp": ts, "type": "navigation", "category": "navigation",
                  "data": {"from": random.choice(["Schedule", "VisitDetail", "Tasks"]), "to": random.choice(["VisitDetail", "Tasks", "Signature", "Mileage"])},
                  "level": "info"}
        elif k == 2:
            bc = {"timestamp": ts, "type": "http", "category": "xhr",
                  "data": {"method": "POST", "url": "https://api.brightpathcare.com/evv/v1/visits/%s/clock-out" % vid,
                           "status_code": random.choice([201, 201, 409, 422])}, "level": "info"}
        elif k == 3:
            bc = {"timestamp": ts, "type": "navigation", "category": "app.lifecycle", "level": "info",
                  "data": {"state": random.choice(["foreground", "background", "inactive"])}}
        elif k == 4:
            bc = {"timestamp": ts, "type": "http", "category": "fetch",
                  "data": {"method": "GET", "url": "https://api.brightpathcare.com/mobile/v3/schedule?cgId=%s&date=2024-03-%02d" % (c["id"], random.randint(11, 15)),
                           "status_code": 200, "duration_ms": random.randint(80, 1500)}, "level": "info"}
        else:
            bc = {"timestamp": ts, "type": "default", "category": "mileage", "level": "info",
                  "message": "trip saved %.1f mi (%s -> %s) reimb=$%.2f" % (random.uniform(1.2, 28), vid, other_visit_id(), random.uniform(1, 19))}
    env = {"event_id": rhex(32), "release": "com.brightpath.careconnect@%s+%s" % (v, b),
           "dist": b, "environment": "production", "user": {"id": c["id"]}, "breadcrumb": bc}
    ln.add(jser(env))
    return [ln]


# --------------------------------------------------------------------------- EVV API (pino JSON)
def pino(ln, level, extra, msg):
    obj = {"level": level, "time": ts_epoch_ms(ln.t), "pid": 7, "hostname": "evv-api-6f9c7d5b8-%s" % random.choice(["x2kqp", "m7wzt", "q9d4l"])}
    obj.update(extra)
    obj["msg"] = msg
    ln.add(jser(obj))


def g_evv_api(phi):
    ln = Line("evv_api_json")
    rid = "req-%s" % "".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5))
    if phi:
        p = random.choice(PATIENTS)
        vi = visit_of(p)
        k = random.randint(0, 3)
        if k <= 1:
            d = random.choice([6.1, 14.7, 22.0, 48.3, 97.5, 171.2, 240.8]) if k == 0 else random.uniform(3, 60)
            flat, flon = offset_point(p["lat"], p["lon"], d)
            dist = round(haversine(p["lat"], p["lon"], flat, flon), 1)
            ok = dist <= 150
            pino(ln, 30 if ok else 40, {"reqId": rid, "visitId": vi["id"], "caregiverId": vi["cg"]["id"],
                                         "clientId": P(p["mrn"], "mrn"), "serviceCode": vi["svc"][0],
                                         "serviceDate": P(fmt_date(TODAY, "iso"), "date"),
                                         "clockIn": "%02d:%02d:%02d" % (vi["start"], random.randint(0, 14), random.randint(0, 59)),
                                         "gps": {"lat": P("%.6f" % flat, "address", True), "lon": P("%.6f" % flon, "address", True),
                                                 "accuracy": random.choice([4, 8, 12, 16, 35])},
                                         "geofence": {"distanceM": dist, "radiusM": 150, "result": "inside" if ok else "outside"},
                                         "method": "mobile_gps"},
                 "clock-in accepted" if ok else "clock-in flagged: outside geofence, exception code 10 required")
        elif k == 2:
            pino(ln, 30, {"reqId": rid, "clientId": P(p["mrn"], "mrn"),
                          "address": {"line1": P(p["street"], "address"), "line2": P(p["unit"], "address") if p["unit"] else "",
                                      "city": P(p["city"], "address"), "state": "OH", "zip": P(p["zip"], "zip")},
                          "geo": {"lat": P("%.6f" % p["lat"], "address", True), "lng": P("%.6f" % p["lon"], "address", True)},
                          "provider": "google", "locationType": "ROOFTOP", "confidence": round(random.uniform(0.81, 0.99), 2)},
                 "client address geocoded")
        else:
            pino(ln, 40, {"reqId": rid, "visitId": vi["id"], "clientId": P(p["mrn"], "mrn"),
                          "memberId": P(p["medicaid"] or p["mbi"], "health_plan"), "authNo": vi["auth"],
                          "serviceCode": vi["svc"][0], "unitsRequested": vi["units"], "unitsRemaining": random.randint(0, 12)},
                 "authorization units insufficient for scheduled visit")
    else:
        k = random.randint(0, 4)
        vid = other_visit_id()
        c = pick_cg()
        if k == 0:
            pino(ln, 30, {"reqId": rid, "req": {"method": "POST", "url": "/evv/v1/visits/%s/%s" % (vid, random.choice(["clock-in", "clock-out", "tasks"])),
                                                "remoteAddress": "10.40.%d.%d" % (random.randint(1, 9), random.randint(2, 250)),
                                                "remotePort": random.randint(30000, 65000)},
                          "res": {"statusCode": random.choice([200, 201, 201, 409])}, "responseTime": random.randint(9, 480)},
                 "request completed")
        elif k == 1:
            pino(ln, 30, {"reqId": rid, "visitId": vid, "caregiverId": c["id"], "from": "IN_PROGRESS", "to": "COMPLETED",
                          "units": random.choice([8, 12, 16, 24, 32]), "tasksDone": random.randint(3, 12)}, "visit state transition")
        elif k == 2:
            pino(ln, 30, {"uptime": random.randint(1000, 900000), "db": "ok", "redis": "ok", "queueDepth": random.randint(0, 40)}, "healthcheck")
        elif k == 3:
            pino(ln, 50, {"reqId": rid, "err": {"type": "SequelizeConnectionAcquireTimeoutError", "message": "Operation timeout",
                                                 "stack": "SequelizeConnectionAcquireTimeoutError: Operation timeout\n    at ConnectionManager.getConnection (/app/node_modules/sequelize/lib/dialects/abstract/connection-manager.js:180:15)"}},
                 "db pool exhausted")
        else:
            pino(ln, 30, {"reqId": rid, "caregiverId": c["id"], "appVersion": c["ver"][0], "build": c["ver"][1],
                          "device": c["dev"][0], "os": c["dev"][1]}, "mobile session started")
    return [ln]


# --------------------------------------------------------------------------- EVV aggregator submission
def g_evv_agg(phi):
    ln = Line("evv_aggregator_kv")
    _pid = random.choice([12, 12, 13])

    def pre(lvl):
        return "%s evv-agg-submit[%d] %s " % (ts_isoz(ln.t), _pid, lvl)
    if phi:
        p = random.choice([x for x in PATIENTS if x["medicaid"]])
        vi = visit_of(p)
        br = BR[p["branch"]]
        flat, flon = offset_point(p["lat"], p["lon"], random.uniform(2, 70))
        ci = vi["start"]
        ln.add(pre("INFO"), "batch=B20240311-%02d visit=%s ProviderID=%s ClientMedicaidID=" % (random.randint(1, 14), vi["id"], br["prov"]),
               P(p["medicaid"], "health_plan"), " ClientID=", P(p["mrn"], "mrn"), " ClientLastName=", P(p["last"].upper(), "name"),
               " EmployeeID=%s ProcedureCode=%s Modifier1=%s VisitDate=" % (vi["cg"]["emp"], vi["svc"][0], vi["svc"][2] or "-"),
               P(fmt_date(TODAY, "iso"), "date"),
               " CallIn=%02d:%02d CallOut=%02d:%02d Units=%d CallType=%s Lat=" % (ci, random.randint(0, 9), ci + vi["hrs"], random.randint(0, 9), vi["units"],
                                                                           random.choice(["Mobile", "Mobile", "Telephony"])),
               P("%.6f" % flat, "address"), " Lon=", P("%.6f" % flon, "address"), " Status=", random.choice(["ACCEPTED", "ACCEPTED", "PENDING"]))
    else:
        k = random.randint(0, 3)
        if k == 0:
            n = random.randint(20, 80)
            r = random.randint(0, 4)
            ln.add(pre("INFO"), "batch=B20240311-%02d submitted=%d accepted=%d rejected=%d http=200 elapsed=%.1fs endpoint=https://evv-agg.example-state.gov/api/v2/visits" %
                   (random.randint(1, 14), n, n - r, r, random.uniform(0.4, 6)))
        elif k == 1:
            code, txt = random.choice([("E1072", "Service outside authorization dates"), ("E0412", "Employee not found"),
                                       ("E2210", "Duplicate visit"), ("E1301", "Missing call-out")])
            ln.add(pre("WARN"), "visit=%s rejected code=%s msg=\"%s\" ProviderID=%s EmployeeID=%s" %
                   (other_visit_id(), code, txt, random.choice(BRANCHES)["prov"], pick_cg()["emp"]))
        elif k == 2:
            ln.add(pre("INFO"), "oauth token refreshed client_id=brightpath-prov-%s expires_in=3600 scope=visits.write" % random.choice(BRANCHES)["prov"])
        else:
            ln.add(pre("INFO"), "reconcile day=2024-03-%02d visits=%d matched=%d unmatched=%d exceptions(code 10/15/35)=%d/%d/%d" %
                   (random.randint(4, 10), random.randint(300, 600), random.randint(280, 590), random.randint(0, 20),
                    random.randint(0, 9), random.randint(0, 5), random.randint(0, 3)))
    return [ln]


# --------------------------------------------------------------------------- OASIS fixed-width export
OASIS_SEQ = [0]


def fw(val, width, cat=None, just="l"):
    val = str(val)
    assert len(val) <= width, (val, width)
    pad = " " * (width - len(val))
    if cat and val:
        return [P(val, cat), pad] if just == "l" else [pad, P(val, cat)]
    return [val + pad] if just == "l" else [pad + val]


def g_oasis(phi):
    out = []
    br = random.choice(BRANCHES)
    OASIS_SEQ[0] += 1
    fname = "%s_%s_%02d.txt" % ("36" + br["prov"][-4:], "20240311", OASIS_SEQ[0])
    ln = Line("oasis_export_log")
    ln.add("%s INFO oasis.export: building %s for branch %s (iQIES submission, spec v2.30)" % (ts_py(ln.t), fname, br["code"]))
    out.append(ln)
    hdr = Line("oasis_fixed", 0, 1)
    hdr.add("A1", fw("36" + br["prov"][-4:], 6), fw(AGENCY.upper()[:40], 40), fw(br["street"].upper(), 30), fw(br["city"].upper(), 20),
            "OH", fw(br["zip"], 11), fw(br["phone"], 10), fw("HHCAREV", 8), fw("7.4.2", 8), fw("20240311", 8), fw("C2", 2), "%")
    out.append(hdr)
    nrec = random.randint(1, 3) if phi else 0
    pts = random.sample([p for p in PATIENTS if p["branch"] == br["code"]], nrec)
    for p in pts:
        r = Line("oasis_fixed", 0, 1)
        reason = random.choice(["01", "04", "09", "03"])
        roc = p["soc"] + datetime.timedelta(days=random.randint(20, 120)) if reason == "03" else None
        asmt = datetime.date(2024, 3, random.randint(4, 10))
        phys = random.choice(PHYS)
        pay = "".join(random.choice("0001") for _ in range(13))
        items = "".join(random.choice("0123") for _ in range(48))
        mbi = p["mbi"] or ""
        ssn = p["ssn"].replace("-", "") if random.random() < 0.85 else "UK"
        r.add("B1", fw("36" + br["prov"][-4:], 6), fw("36P" + br["prov"], 10), fw(reason, 2), fw(phys[1], 10),
              fw(p["mrn"], 20, "mrn"), fw(fmt_date(p["soc"], "compact"), 8, "date"),
              fw(fmt_date(roc, "compact") if roc else "", 8, "date"),
              fw(asciify(p["first"]).upper()[:12], 12, "name"), fw(p["mi"], 1, "name"), fw(asciify(p["last"]).upper()[:18], 18, "name"), fw("", 3),
              "OH", fw(p["zip4"] if random.random() < 0.5 else p["zip"], 11, "zip"),
              fw(mbi, 12, "health_plan"), fw(ssn, 9, "ssn" if ssn != "UK" else None),
              fw(p["medicaid"] or "NA", 14, "health_plan" if p["medicaid"] else None),
              fw(fmt_date(p["dob"], "compact"), 8, "date"), "2" if p["sex"] == "F" else "1",
              fw(fmt_date(asmt, "compact"), 8, "date"), fw(pay, 13), fw(random.choice(["I10", "E11.9", "I50.9", "G30.1", "J44.9", "M17.11"]), 7),
              items, "00", "%")
        out.append(r)
    tr = Line("oasis_fixed", 0, 1)
    tr.add("Z1", fw("36" + br["prov"][-4:], 6), fw(str(nrec + 2), 6, just="r"), fw("20240311", 8), fw(rhex(8).upper(), 8), "%")
    out.append(tr)
    ln2 = Line("oasis_export_log", 0, 2)
    ln2.add("%s INFO oasis.export: wrote %d B1 record(s) to /srv/exports/oasis/%s sha1=%s" % (ts_py(ln2.t), nrec, fname, rhex(40)))
    out.append(ln2)
    return out


# --------------------------------------------------------------------------- OR-tools route optimisation
def g_ortools(phi):
    out = []
    br = random.choice(BRANCHES)
    pts = [p for p in PATIENTS if p["branch"] == br["code"]]
    nveh = random.randint(9, 16)
    nnodes = random.randint(40, 75)
    day = "2024-03-%02d" % random.randint(12, 14)
    ln = Line("ortools_route")
    ln.add("%s INFO route_opt: loaded %d visits for %s branch=%s depot=\"%s, %s, OH %s\" vehicles=%d" %
           (ts_py(ln.t), nnodes - 1, day, br["code"], br["street"], br["city"], br["zip"], nveh))
    out.append(ln)
    ln = Line("ortools_route", 0, 2)
    ln.add("%s INFO route_opt: distance matrix %dx%d from osrm http://osrm.routing.svc.cluster.local:5000 (cache hit %d/%d) depot=(%.6f,%.6f)" %
           (ts_py(ln.t), nnodes, nnodes, random.randint(1000, nnodes * nnodes), nnodes * nnodes, br["lat"], br["lon"]))
    out.append(ln)
    ln = Line("ortools_route", 20, 31)
    obj = random.randint(21000, 69000)
    ln.add("%s INFO route_opt: solver status=ROUTING_SUCCESS strategy=PATH_CHEAPEST_ARC ls=GUIDED_LOCAL_SEARCH time_limit=30s objective=%d" % (ts_py(ln.t), obj))
    out.append(ln)
    ln = Line("ortools_route", 0, 0)
    ln.add("Objective: %d" % obj)
    out.append(ln)
    for _ in range(random.randint(1, 2)):
        veh = random.randint(0, nveh - 1)
        cg = random.choice([c for c in CAREGIVERS if c["branch"] == br["code"]])
        k = random.randint(2, 4) if phi else 0
        stops = random.sample(pts, min(k, len(pts)))
        nodes = random.sample(range(1, nnodes), max(len(stops), random.randint(2, 5)))
        t0 = random.choice([420, 450, 480, 510])
        times = [t0]
        for _n in nodes:
            times.append(times[-1] + random.randint(25, 140))
        ln = Line("ortools_route", 0, 0)
        ln.add("Route for vehicle %d:" % veh)
        out.append(ln)
        ln = Line("ortools_route", 0, 0)
        seq = " 0 Time(%d,%d) -> " % (t0, t0) + " -> ".join("%d Time(%d,%d)" % (n, tt, tt + random.randint(0, 30)) for n, tt in zip(nodes, times[1:]))
        seq += " -> 0 Time(%d,%d)" % (times[-1] + 30, times[-1] + 30)
        ln.add(seq)
        out.append(ln)
        ln = Line("ortools_route", 0, 0)
        ln.add("Time of the route: %dmin" % (times[-1] + 30 - t0))
        out.append(ln)
        for si, p in enumerate(stops):
            vi = visit_of(p)
            tt = times[si + 1]
            ln = Line("ortools_route", 0, 0)
            ln.add("  [%s %s] stop %d/%d node=%d client=" % (cg["id"], cgname(cg), si + 1, len(stops), nodes[si]), P(p["mrn"], "mrn"), " ",
                   P(asciify(p["last"]).upper() + ", " + asciify(p["first"]).upper(), "name"), " @ ",
                   addr_segs(p, random.choice([0, 3])),
                   " tw=%02d:%02d-%02d:%02d eta=%02d:%02d svc=%s x%dh leg=%.1fkm" % (tt // 60, 0, tt // 60 + 1, 0, tt // 60, tt % 60, vi["svc"][0], vi["hrs"], random.uniform(1.1, 24)))
            if p["age"] > 89 and random.random() < 0.7:
                ln.add(" notes='age ", P(str(p["age"]), "age"), random.choice([", fall risk'", ", lockbox 4-digit on porch'", ", hard of hearing - knock loudly'"]))
            elif random.random() < 0.3:
                ln.add(" notes='", random.choice(["dog in yard", "ring side door", "park on street, no driveway"]), "'")
            out.append(ln)
        ln = Line("ortools_route", 0, 0)
        ln.add("Distance of the route: %dm" % random.randint(9000, 92000))
        out.append(ln)
    ln = Line("ortools_route", 0, 0)
    ln.add("Total time of all routes: %dmin" % random.randint(1800, 5200))
    out.append(ln)
    if random.random() < 0.5:
        ln = Line("ortools_route", 0, 1)
        dropped = sorted(random.sample(range(1, nnodes), random.randint(1, 3)))
        ln.add("%s WARNING route_opt: dropped nodes %s (penalty=100000) -> open shifts queue" % (ts_py(ln.t), " ".join(map(str, dropped))))
        out.append(ln)
    return out


# --------------------------------------------------------------------------- payroll (staff only, no PHI)
def g_payroll(phi):
    ln = Line("payroll_batch")
    c = pick_cg()
    k = random.randint(0, 6)
    comp = random.choice(["export", "calc", "timesheet"])

    def pre(lvl):
        return "[%s] payroll.%s %-5s " % (ts_py(ln.t), comp, lvl)
    if k == 0:
        reg = random.uniform(40, 80)
        ot = random.choice([0, 0, 1.5, 4.25, 7.75])
        miles = random.uniform(20, 260)
        ln.add(pre("INFO"), 'emp=%s cg=%s name="%s" period=2024-02-25/2024-03-09 reg=%.2f ot=%.2f travel=%.2f miles=%.1f mileage_reimb=$%.2f rate=$%s gross=$%s dd=****%s' %
               (c["emp"], c["id"], cgname(c), reg, ot, random.uniform(0, 6), miles, miles * 0.67, c["rate"],
                "{:,.2f}".format(reg * float(c["rate"]) + ot * float(c["rate"]) * 1.5), c["acct4"]))
    elif k == 1:
        ln.add(pre("INFO"), "Timesheet approved by %s for %s (%s) week ending 2024-03-09: %.2fh across %d visits" %
               (random.choice(STAFF[:3]), c["id"], cgname(c), random.uniform(18, 46), random.randint(6, 24)))
    elif k == 2:
        ln.add(pre("WARN"), "Overtime alert %s %s: %.2fh > 40h (FLSA home care rule, agency employer)" % (c["id"], cgname(c), random.uniform(40.25, 52)))
    elif k == 3:
        mi = random.uniform(1.5, 34)
        ln.add(pre("INFO"), "Mileage claim %s vehicle plate %s OH: %.1f mi @ $0.670 = $%.2f between visits %s -> %s" %
               (c["id"], c["plate"], mi, mi * 0.67, other_visit_id(), other_visit_id()))
    elif k == 4:
        ln.add(pre("INFO"), "ADP WFN export batch PR-2024-05 rows=%d file=/srv/payroll/out/adp_2024_05_%s.csv checksum=%s" %
               (random.randint(140, 260), random.choice(BRANCHES)["code"].lower(), rhex(12)))
    elif k == 5:
        ln.add(pre("INFO"), "W-4 on file emp=%s ssn_last4=%s filing=%s allowances=n/a (2020+ form)" % (c["emp"], rdig(4), random.choice(["single", "mfj", "hoh"])))
    else:
        ln.add(pre("ERROR"), "Direct deposit prenote returned R03 for emp=%s routing=****%s acct=****%s; paper check issued" % (c["emp"], rdig(4), c["acct4"]))
    return [ln]


# --------------------------------------------------------------------------- waiver authorizations (Spring Boot)
def spring(ln, lvl, thread, logger, msg_segs):
    lg = logger if len(logger) <= 40 else logger[-40:]
    ln.add("%s %5s 1 --- [%15s] %-40s : " % (ts_spring(ln.t), lvl, thread[-15:], lg), msg_segs)


def g_waiver(phi):
    ln = Line("waiver_auth_spring")
    th = "auth-sync-%d" % random.randint(1, 4)
    if phi:
        p = random.choice([x for x in PATIENTS if x["medicaid"]])
        vi = visit_of(p)
        k = random.randint(0, 5)
        eff = datetime.date(2024, random.choice([1, 2, 3]), 1)
        exp = eff + datetime.timedelta(days=random.choice([89, 90, 181]))
        if k == 0:
            ua = random.choice([320, 480, 520, 640, 960])
            used = random.randint(40, ua)
            spring(ln, "INFO", th, "c.b.waiver.svc.AuthorizationSyncService",
                   ["Auth %s refreshed: member=" % vi["auth"], P(p["medicaid"], "health_plan"), " client=", P(p["mrn"], "mrn"),
                    " svc=%s mod=%s units=%d used=%d remaining=%d eff=" % (vi["svc"][0], vi["svc"][2] or "-", ua, used, ua - used),
                    P(fmt_date(eff, "iso"), "date"), " exp=", P(fmt_date(exp, "iso"), "date"), " county=", P(p["county"], "address")])
        elif k == 1:
            spring(ln, "WARN", th, "c.b.waiver.svc.UnitThresholdMonitor",
                   ["Units threshold 90%% reached for auth %s (recipient " % vi["auth"], P(p["medicaid"], "health_plan"),
                    ", %s): %d/%d - notify CM %s" % (vi["svc"][0], random.randint(432, 470), 480, random.choice(["Theresa Lindqvist", "Jamal Whitaker", "Renata Sousa"]))])
        elif k == 2:
            spring(ln, "INFO", "http-nio-8080-exec-%d" % random.randint(1, 9), "c.b.waiver.web.CaseManagerController",
                   ["PASSPORT case ", P(p["case"], "other_id"), " for ", P(asciify(p["last"]).upper() + ", " + asciify(p["first"]).upper(), "name"),
                    " reassigned to CM %s (AAA PSA %d)" % (random.choice(["Theresa Lindqvist", "Jamal Whitaker", "Renata Sousa"]), random.choice([2, 6, 1]))])
        elif k == 3:
            vin = make_vin()
            spring(ln, "INFO", th, "c.b.waiver.svc.HomeModAuthService",
                   ["Vehicle modification auth %s approved member=" % auth_no(), P(p["medicaid"], "health_plan"), " VIN=", P(vin, "vehicle"),
                    " plate=", P("".join(random.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + rdig(4), "vehicle"),
                    " item=\"wheelchair lift install\" amount=$%s vendor=MobilityWorks" % "{:,.2f}".format(random.choice([6850, 8400, 11250]))])
        elif k == 4:
            spring(ln, "INFO", th, "c.b.waiver.svc.AuthorizationSyncService",
                   ["New authorization %s S5161 (PERS monthly) member=" % auth_no(), P(p["medicaid"], "health_plan"),
                    " device_sn=", P(p["pers_sn"], "device"), " start=", P(fmt_date(eff, "us"), "date")])
        else:
            spring(ln, "ERROR", th, "c.b.waiver.client.StatePortalClient",
                   ["Eligibility check failed for Medicaid ID ", P(p["medicaid"], "health_plan"), " DOB ", P(fmt_date(p["dob"], "us"), "date"),
                    ": 271 AAA*N**72*C (invalid/missing subscriber id)"])
    else:
        k = random.randint(0, 5)
        if k == 0:
            spring(ln, "INFO", th, "c.b.waiver.svc.AuthorizationSyncService",
                   ["Pulled %d authorizations from state portal in %dms (page %d/%d)" % (random.randint(50, 420), random.randint(400, 6000), random.randint(1, 5), 5)])
        elif k == 1:
            spring(ln, "INFO", th, "c.b.waiver.svc.UnitLedger",
                   ["Auth %s units adjusted -%d (visit %s %s %.2fh)" % (auth_no(), random.choice([4, 8, 16]), other_visit_id(), random.choice(SVC)[0], random.choice([1, 2, 4]))])
        elif k == 2:
            spring(ln, "INFO", "main", "com.zaxxer.hikari.HikariDataSource", ["HikariPool-1 - Start completed."])
        elif k == 3:
            spring(ln, "INFO", "scheduling-1", "c.b.waiver.job.AuthExpiryScan",
                   ["authExpiryScan fired: %d auths expiring within 14 days, %d emails queued to noreply@brightpathcare.com digest" % (random.randint(3, 30), random.randint(1, 6))])
        elif k == 4:
            spring(ln, "WARN", th, "c.b.waiver.svc.RateTable",
                   ["Rate table %s: %s %s $%.2f/unit effective 2024-01-01 (waiver PASSPORT, tier %d)" % (random.choice(["OH-2024-Q1", "OH-2024-Q2"]),
                                                                                                       random.choice(SVC)[0], random.choice(["U1", "UA", "U3", "-"]),
                                                                                                       random.uniform(4.5, 9.8), random.randint(1, 3))])
        else:
            spring(ln, "INFO", "http-nio-8080-exec-%d" % random.randint(1, 9), "o.s.web.servlet.DispatcherServlet",
                   ["Completed initialization in %d ms" % random.randint(1, 9)])
    return [ln]


# --------------------------------------------------------------------------- family portal (structlog JSON, ensure_ascii)
def structlog(ln, event, fields, level="info", logger="portal.messaging"):
    obj = {"event": event}
    obj.update(fields)
    obj["logger"] = logger
    obj["level"] = level
    obj["timestamp"] = ts_isoz6(ln.t)
    ln.add(jser(obj, ea=True, sp=True))


def msg_body(p):
    f = p["fam"]
    k = random.randint(0, 8)
    d1 = datetime.date(2024, 3, random.randint(12, 28))
    par = {"daughter": "Mom", "son": "Dad", "wife": "my husband", "niece": "my aunt", "granddaughter": "Grandma",
           "grandson": "Grandpa", "daughter-in-law": "my father-in-law"}.get(f["rel"], p["first"])
    if p["sex"] == "M" and par in ("Mom", "Grandma", "my aunt"):
        par = {"Mom": "Dad", "Grandma": "Grandpa", "my aunt": "my uncle"}[par]
    if p["sex"] == "F" and par in ("Dad", "Grandpa", "my husband", "my father-in-law"):
        par = {"Dad": "Mom", "Grandpa": "Grandma", "my husband": "my wife", "my father-in-law": "my mother-in-law"}[par]
    cg = visit_of(p)["cg"]
    if k == 0:
        return ["Hi, this is ", P(f["first"], "name"), ". ", par, "'s appointment with Dr. ", random.choice(PHYS)[0].split()[-1],
                " moved to ", P(fmt_date(d1, "short"), "date"), ", can ", cg["first"], " come at 8 instead of 9 that day?"]
    if k == 1:
        a = p["age"]
        return [par[0].upper() + par[1:], " turned ", P(str(a), "age") if a > 89 else str(a),
                " last month and is getting confused at night. Please call me at ", P(fmt_phone(f["phone"], 0), "phone"), " after 5pm."]
    if k == 2:
        return ["Please send the aide to ", P(f["street"], "address"), " in ", P(f["city"], "address"),
                " on ", P(fmt_date(d1, "md"), "date"), " - ", par, " is staying there with ", P(f["first"], "name"), " until ",
                P(fmt_date(d1 + datetime.timedelta(days=6), "md"), "date"), "."]
    if k == 3:
        return ["My son will drop off the house key, he drives a grey Honda Odyssey plate ",
                P(random.choice("ABCDEFGHJKLMNPRSTVWXYZ") + random.choice("ABCDEFGHJKLMNPRSTVWXYZ") + random.choice("ABCDEFGHJKLMNPRSTVWXYZ") + " " + rdig(4), "vehicle"),
                ". ", cg["first"], " can ring the bell."]
    if k == 4:
        return ["Can you fax the updated care plan for ", P(p["first"] + " " + p["last"], "name"), " to my office at ",
                P(fmt_phone(f["fax"], 1), "fax"), "? Attn ", P(f["first"] + " " + f["last"], "name"), ". Thank you!"]
    if k == 5:
        return ["The %s card came in the mail, new number is " % ("Medicaid" if p["medicaid"] else "Medicare"),
                P(p["medicaid"] or mbi_dash(p["mbi"]), "health_plan"),
                ". Should I bring it to the ", BR[p["branch"]]["name"], " office?"]
    if k == 6:
        return [cg["first"], " was wonderful today. ", par[0].upper() + par[1:], " had a fall on ", P(fmt_date(datetime.date(2024, 3, random.randint(3, 10)), "short"), "date"),
                " and was at Miami Valley ER, discharged ", P(fmt_date(datetime.date(2024, 3, random.randint(5, 10)), "md"), "date"), ". PT starts next week."]
    if k == 7:
        return ["Quick q - my email changed to ", P(f["email"], "email"), ", please update the portal and the invoices."]
    return ["We will be out of town ", P(fmt_date(d1, "short"), "date"), "-", P(str((d1 + datetime.timedelta(days=3)).day), "date"),
            ", please skip those visits. My cell is ", P(fmt_phone(f["phone"], 4), "phone"), " if anything comes up."]


def g_portal(phi):
    ln = Line("family_portal_json")
    thr = "thr_" + rhex(12)
    if phi:
        p = random.choice(PATIENTS)
        f = p["fam"]
        k = random.randint(0, 11)
        if k <= 4:
            structlog(ln, "portal.message.created", {
                "thread_id": thr, "sender": {"username": P(f["user"], "other_id"), "display_name": P(f["first"] + " " + f["last"], "name"),
                                             "relation": f["rel"], "email": P(f["email"], "email")},
                "patient_id": P(p["mrn"], "mrn"), "branch": p["branch"], "body": M(*msg_body(p)), "attachments": 0})
        elif k == 5:
            st = random.choice(STAFF[:4])
            structlog(ln, "portal.message.created", {
                "thread_id": thr, "sender": {"staff_id": "ST-%04d" % random.randint(100, 999), "display_name": st, "role": "scheduler"},
                "patient_id": P(p["mrn"], "mrn"), "branch": p["branch"],
                "body": M("Thanks ", P(f["first"], "name"), ", we updated ", P(p["first"], "name"), "'s schedule. Call the ",
                          BR[p["branch"]]["name"], " office at ", fmt_phone(BR[p["branch"]]["phone"], 0), " with any questions. - ", st.split(",")[0]),
                "attachments": 0})
        elif k == 10:
            structlog(ln, "portal.email.sent", {
                "to": P(f["email"], "email"), "from": "noreply@brightpathcare.com", "template": "weekly_visit_summary",
                "link": P("https://family.brightpathcare.com/clients/%s-%s/summary?week=2024-W11" % (asciify(p["first"]).lower().replace(" ", "-"),
                                                                                                 asciify(p["last"]).lower().replace("'", "")), "url"),
                "provider": "ses", "message_id": "0100018e2%s-%s-000000" % (rhex(7), rhex(8))}, logger="portal.notify")
        elif k == 11:
            structlog(ln, "portal.fax.queued", {
                "patient_id": P(p["mrn"], "mrn"), "to_fax": P("+1" + f["fax"], "fax"), "to_name": P(f["first"] + " " + f["last"], "name"),
                "from_fax": "+1" + BR[p["branch"]]["fax"], "pages": random.randint(2, 9), "doc": "plan_of_care_485.pdf", "vendor": "efax"}, logger="portal.docs")
        elif k == 6:
            structlog(ln, "portal.share_link.created", {
                "patient_id": P(p["mrn"], "mrn"), "created_by": P(f["user"], "other_id"),
                "url": P("https://family.brightpathcare.com/s/%s-%s-%d/visits?t=%s" % (asciify(p["first"]).lower().replace(" ", "-"),
                                                                                    asciify(p["last"]).lower().replace("'", ""), p["dob"].year, rhex(10)), "url"),
                "expires_in_h": 72}, logger="portal.sharing")
        elif k == 7:
            structlog(ln, "portal.identity.verified", {
                "username": P(f["user"], "other_id"), "doc_type": "drivers_license", "doc_state": "OH",
                "doc_number": P(f["dl"], "license"), "dob_match": True, "vendor": "idv-partner", "score": round(random.uniform(0.86, 0.99), 3),
                "client_ip": P(f["ip"], "ip")}, logger="portal.auth")
        elif k == 8:
            structlog(ln, "portal.payment.posted", {
                "account_no": P(p["acct"], "account"), "payer": P(f["first"] + " " + f["last"], "name"), "amount": "%.2f" % random.uniform(80, 1400),
                "method": "card", "card_last4": p["card"][-4:], "invoice": "INV-2024-%05d" % random.randint(100, 9999)}, logger="portal.billing")
        else:
            structlog(ln, "portal.payment.gateway_debug", {
                "account_no": P(p["acct"], "account"), "request": M("ssl_card_number=", P(p["card"], "account"), "&ssl_exp_date=",
                                                                    "%02d%02d" % (random.randint(1, 12), random.randint(25, 29)), "&ssl_amount=%.2f" % random.uniform(80, 900)),
                "note": "raw request logged (DEBUG_PAYMENTS=1)"}, level="debug", logger="portal.billing")
    else:
        k = random.randint(0, 5)
        if k == 0:
            structlog(ln, "portal.session.refreshed", {"user_id": "usr_" + rhex(10), "ttl": 1800})
        elif k == 1:
            structlog(ln, "portal.thread.read", {"thread_id": thr, "unread_before": random.randint(1, 5)})
        elif k == 2:
            structlog(ln, "portal.email.sent", {"to_count": 1, "from": "noreply@brightpathcare.com", "template": random.choice(["visit_reminder", "invoice_ready", "new_message"]),
                                                "provider": "ses", "message_id": "0100018e2%s-%s-000000" % (rhex(7), rhex(8))}, logger="portal.notify")
        elif k == 3:
            structlog(ln, "portal.invoice.generated", {"invoice": "INV-2024-%05d" % random.randint(100, 9999), "lines": random.randint(4, 30),
                                                       "total": "%.2f" % random.uniform(120, 3400), "period": "2024-02"}, logger="portal.billing")
        elif k == 4:
            structlog(ln, "portal.rate_limited", {"route": "/api/v2/messages", "remote": "10.60.%d.%d" % (random.randint(0, 9), random.randint(2, 250)), "limit": "30/m"},
                      level="warning", logger="portal.http")
        else:
            structlog(ln, "portal.message.created", {"thread_id": thr, "sender": {"staff_id": "ST-%04d" % random.randint(100, 999),
                                                                                 "display_name": random.choice(STAFF), "role": "scheduler"},
                                                     "patient_id": None, "branch": random.choice(BRANCHES)["code"],
                                                     "body": "Reminder: all offices closed Mon 5/27 for Memorial Day. On-call line 1-800-555-0199.", "attachments": 0})
    return [ln]


# --------------------------------------------------------------------------- IVR telephony (Asterisk + AGI + CDR)
DNIS = ["8005550188", "8005550177", "8665550142"]


def g_ivr(phi):
    out = []
    chan_id = "%08x" % random.randint(0x1000, 0xFFFF)
    chan = "PJSIP/telco-in-%s" % chan_id
    cid = "C-%08x" % random.randint(0x100, 0xFFFF)
    tid = random.randint(20000, 32000)
    dnis = random.choice(DNIS)
    if phi:
        p = random.choice(PATIENTS)
        vi = visit_of(p)
        cg = vi["cg"]
        ani = p["phone"]
    else:
        p = None
        cg = pick_cg()
        ani = cg["phone"]
    steps = [("Answer", '""'), ("Set", None), ("AGI", None), ("Read", '"CGID,evv/enter-caregiver-id,6,,2,8"'),
             ("Playback", '"evv/%s"' % random.choice(["clock-in-confirmed", "clock-out-confirmed", "thank-you"]))]
    for pri, (app, arg) in enumerate(steps, 1):
        ln = Line("ivr_asterisk", 0, 3)
        ln.add("%s VERBOSE[%d][%s] pbx.c: Executing [%s@evv-ivr:%d] %s(\"%s\", " % (ts_ast(ln.t), tid, cid, dnis, pri, app, chan))
        if app == "Set":
            ln.add('"__ANI=', P(ani, "phone") if phi else ani, '"')
        elif app == "AGI":
            ln.add('"evv_clock.py,', P(ani, "phone") if phi else ani, ',', dnis, '"')
        else:
            ln.add(arg)
        ln.add(") in new stack")
        out.append(ln)
        if app == "AGI":
            a = Line("ivr_agi", 0, 2)
            if phi:
                a.add("%s evv_clock[%d] INFO ani=" % (ts_py(a.t), tid + 61), P(ani, "phone"), " matched client ", P(p["mrn"], "mrn"),
                      " (landline on file since ", P(fmt_date(p["soc"], "iso"), "date"), ") caregiver=%s action=%s visit=%s svc=%s" %
                      (cg["id"], random.choice(["IN", "OUT"]), vi["id"], vi["svc"][0]))
            else:
                a.add("%s evv_clock[%d] WARN ani=%s matches caregiver mobile %s -> rejected (must call from client landline), prompting exception code 35" %
                      (ts_py(a.t), tid + 61, ani, cg["id"]))
            out.append(a)
            if phi and random.random() < 0.35:
                a = Line("ivr_agi", 0, 5)
                a.add("%s evv_clock[%d] DEBUG client attestation: speaker=" % (ts_py(a.t), tid + 61),
                      P(p["first"] + " " + p["last"], "name"), " vp_score=%.2f tmpl_b64=" % random.uniform(0.7, 0.98),
                      P(voice_tmpl_b64(random.randint(180, 420)), "biometric"))
                out.append(a)
    ln = Line("ivr_asterisk", 1, 90)
    ln.add("%s VERBOSE[%d][%s] pbx.c: Spawn extension (evv-ivr, %s, 5) exited non-zero on '%s'" % (ts_ast(ln.t), tid, cid, dnis, chan))
    out.append(ln)
    # CDR Master.csv
    ln = Line("ivr_cdr_csv", 0, 1)
    dur = random.randint(40, 180)
    end = ln.t
    start = end - datetime.timedelta(seconds=dur)
    uid = "%d.%d" % (ts_epoch_ms(start) // 1000, random.randint(1000, 9999))
    ln.add('"","', P(ani, "phone") if phi else ani, '","%s","evv-ivr","' % dnis)
    if phi:
        ln.add('""', P(asciify(p["last"]).upper()[:10] + " " + asciify(p["first"]).upper()[:4], "name"), '"" <', P(ani, "phone"), '>')
    else:
        ln.add('""WIRELESS CALLER"" <%s>' % ani)
    ln.add('","%s","","Playback","evv/thank-you","%s","%s","%s",%d,%d,"ANSWERED","DOCUMENTATION","%s",""' %
           (chan, start.strftime("%Y-%m-%d %H:%M:%S"), start.strftime("%Y-%m-%d %H:%M:%S"), end.strftime("%Y-%m-%d %H:%M:%S"), dur, dur - 1, uid))
    out.append(ln)
    return out


def g_ast_misc(phi):
    ln = Line("ivr_asterisk")
    k = random.randint(0, 3)
    if k == 0:
        ln.add("%s NOTICE[%d] res_pjsip/pjsip_distributor.c: Request 'OPTIONS' from '<sip:carrier@208.94.%d.%d>' failed for '208.94.%d.%d:5060' (callid: %s) - No matching endpoint found" %
               (ts_ast(ln.t), random.randint(1000, 9999), random.randint(1, 250), random.randint(2, 250), random.randint(1, 250), random.randint(2, 250), rhex(24)))
    elif k == 1:
        ln.add("%s VERBOSE[%d] res_pjsip_registrar.c: Endpoint telco-in is now Reachable (RTT 23.%03dms)" % (ts_ast(ln.t), random.randint(1000, 9999), random.randint(0, 999)))
    elif k == 2:
        ln.add("%s WARNING[%d][C-%08x] chan_pjsip.c: Unable to understand DTMF digit '%s' on channel PJSIP/telco-in-%08x" %
               (ts_ast(ln.t), random.randint(20000, 32000), random.randint(0x100, 0xFFFF), random.choice("*#A"), random.randint(0x1000, 0xFFFF)))
    else:
        ln.add("%s VERBOSE[%d] asterisk.c: Remote UNIX connection" % (ts_ast(ln.t), random.randint(1000, 9999)))
    return [ln]


# --------------------------------------------------------------------------- nginx access logs
def g_nginx(phi):
    ln = Line("nginx_access")
    if phi:
        p = random.choice(PATIENTS)
        f = p["fam"]
        path = random.choice(["/careplan", "/visits?week=current", "/messages", "/invoices", "/caregivers"])
        ln.add(P(f["ip"], "ip"), " - - %s \"GET /api/v2/clients/" % ts_nginx(ln.t), P(p["mrn"], "mrn"), path,
               " HTTP/2.0\" %d %d \"https://family.brightpathcare.com/dashboard\" \"%s\" rt=%.3f" %
               (random.choice([200, 200, 304]), random.randint(400, 9000), random.choice(UA_PORTAL), random.uniform(0.01, 0.6)))
    else:
        c = pick_cg()
        k = random.randint(0, 3)
        if k <= 1:
            ln.add("10.40.%d.%d - - %s \"%s /evv/v1/visits/%s/%s HTTP/1.1\" %d %d \"-\" \"%s\" %.3f %.3f" %
                   (random.randint(1, 9), random.randint(2, 250), ts_nginx(ln.t), random.choice(["POST", "PUT"]), other_visit_id(),
                    random.choice(["clock-in", "clock-out", "tasks", "signature"]), random.choice([201, 200, 409, 422]),
                    random.randint(60, 600), app_ua(c), random.uniform(0.01, 0.9), random.uniform(0.01, 0.9)))
        elif k == 2:
            ln.add("10.60.%d.%d - - %s \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\"" % (random.randint(0, 3), random.randint(2, 250), ts_nginx(ln.t)))
        else:
            ln.add("%s [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.40.%d.%d, server: api.brightpathcare.com, request: \"GET /mobile/v3/schedule?cgId=%s HTTP/1.1\", upstream: \"http://10.96.%d.%d:8080/mobile/v3/schedule?cgId=%s\"" %
                   (ln.t.strftime("%Y/%m/%d %H:%M:%S"), random.randint(20, 40), 0, random.randint(10000, 999999), random.randint(1, 9), random.randint(2, 250),
                    c["id"], random.randint(0, 255), random.randint(1, 254), c["id"]))
    return [ln]


# --------------------------------------------------------------------------- scheduler (python logging)
def g_sched(phi):
    ln = Line("scheduler_py")
    def pre(lvl, name):
        return "%s %-8s %s: " % (ts_py(ln.t), lvl, name)
    if phi:
        p = random.choice(PATIENTS)
        vi = visit_of(p)
        k = random.randint(0, 3)
        d = datetime.date(2024, 3, random.randint(12, 22))
        s = random.choice([7, 8, 9, 13])
        if k == 0:
            ln.add(pre("INFO", "scheduler.assign"), "Visit %s %s " % (other_visit_id(), vi["svc"][0]), P(fmt_date(d, "iso"), "date"),
                   " %02d:00-%02d:00 client=" % (s, s + vi["hrs"]), P(p["mrn"], "mrn"), " assigned to %s %s (score %.2f, travel %d min, lang=%s)" %
                   (vi["cg"]["id"], cgname(vi["cg"]), random.uniform(0.5, 0.98), random.randint(4, 40), random.choice(["en", "es", "en", "ru", "fr"])))
        elif k == 1:
            ln.add(pre("WARNING", "scheduler.conflict"), "client ", P(p["first"] + " " + p["last"], "name"), " (", P(p["mrn"], "mrn"),
                   ") hospitalized, suspending visits from ", P(fmt_date(d, "us"), "date"), " per ", random.choice(STAFF[:4]))
        elif k == 2:
            ln.add(pre("INFO", "scheduler.reminder"), "SMS reminder queued to ", P(fmt_phone(p["fam"]["phone"], 3), "phone"),
                   " (", p["fam"]["rel"], " of ", P(p["mrn"], "mrn"), ") via Twilio from +1%s: 'Your caregiver %s arrives %s at %d:00'" %
                   (BR[p["branch"]]["phone"], vi["cg"]["first"], "tomorrow", s))
        else:
            ln.add(pre("INFO", "scheduler.intake"), "new referral ", P(p["first"] + " " + p["last"], "name"), " DOB ",
                   P(fmt_date(p["dob"], "us"), "date"), " addr=\"", addr_segs(p, 1), "\" payer=", random.choice(["PASSPORT", "MyCare Ohio", "Medicare A"]),
                   " referral_src=%s" % random.choice(["Kettering Health", "OhioHealth", "UC Health", "self"]))
            if random.random() < 0.5:
                ln.add(" photo_id=OH-DL:", P(p["dl"], "license"))
    else:
        k = random.randint(0, 4)
        c = pick_cg()
        if k == 0:
            ln.add(pre("INFO", "scheduler.assign"), "Visit %s reassigned from %s to %s (callout: %s)" % (other_visit_id(), c["id"], pick_cg()["id"], random.choice(["sick", "car trouble", "family emergency"])))
        elif k == 1:
            ln.add(pre("INFO", "scheduler.open_shifts"), "%d open shifts for 2024-03-%02d (%s branch), broadcast push to %d caregivers" %
                   (random.randint(1, 12), random.randint(12, 15), random.choice(BRANCHES)["code"], random.randint(10, 60)))
        elif k == 2:
            ln.add(pre("INFO", "scheduler.optimizer"), "run opt-2024031%d-%04d finished: %d visits, %d caregivers, unassigned=%d, wall=%.1fs" %
                   (random.randint(1, 3), random.randint(0, 2359), random.randint(40, 200), random.randint(9, 40), random.randint(0, 4), random.uniform(5, 40)))
        elif k == 3:
            ln.add(pre("DEBUG", "scheduler.availability"), "%s %s availability Mon-Fri 07:00-15:30, max 40h, radius 25mi, skills=[HHA,CPR,Hoyer]" % (c["id"], cgname(c)))
        else:
            ln.add(pre("ERROR", "scheduler.sync"), "celery task sync_calendar[%s-%s] retry 2/5: ConnectionError('redis://10.96.0.31:6379/2')" % (rhex(8), rhex(4)))
    return [ln]


# --------------------------------------------------------------------------- PERS device gateway
def g_pers(phi):
    ln = Line("pers_gateway")
    pre = "%s pers-gw[%d]: " % (ts_isoz(ln.t), random.choice([3, 3, 4]))
    if phi:
        p = random.choice(PATIENTS)
        k = random.randint(0, 2)
        if k == 0:
            ln.add(pre, "HB dev=", P(p["pers_sn"], "device"), " imei=", P(p["pers_imei"], "device"), " member=", P(p["mrn"], "mrn"),
                   " batt=%d rssi=-%d fall=0 fw=2.4.%d" % (random.randint(20, 100), random.randint(60, 105), random.randint(0, 1)))
        elif k == 1:
            ln.add(pre, "ALARM button_press dev=", P(p["pers_sn"], "device"), " loc=", P("%.6f" % p["lat"], "address"), ",", P("%.6f" % p["lon"], "address"),
                   " callback=", P("+1" + p["phone"], "phone"), " -> monitoring ticket INC-%d (operator Yolanda P.)" % random.randint(400000, 499999))
        else:
            ln.add(pre, "FALL_DETECT dev=", P(p["pers_sn"], "device"), " conf=0.%d subscriber=\"" % random.randint(60, 97), P(p["first"] + " " + p["last"], "name"),
                   "\" responder1=", P(p["fam"]["first"], "name"), " ", P(fmt_phone(p["fam"]["phone"], 1), "phone"))
    else:
        k = random.randint(0, 3)
        if k == 0:
            ln.add(pre, "MQTT connected broker=mqtt.pers.internal:8883 tls=1.3 clients=%d" % random.randint(1700, 1900))
        elif k == 1:
            ln.add(pre, "firmware rollout 2.4.1 stage 3: %d/%d devices updated, %d failed (retry in 6h)" % (random.randint(100, 900), 1832, random.randint(0, 9)))
        elif k == 2:
            ln.add(pre, "carrier SIM usage report: %d lines, %.1f MB total, plan=IoT-LTE-M" % (random.randint(1700, 1900), random.uniform(300, 900)))
        else:
            ln.add(pre, "monitoring center webhook 200 in %dms (ticket INC-%d closed: false alarm)" % (random.randint(40, 800), random.randint(400000, 499999)))
    return [ln]


# --------------------------------------------------------------------------- infra / MDM (no PHI)
def g_infra(phi):
    ln = Line("infra_misc")
    k = random.randint(0, 7)
    if k == 0:
        ln.add("%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" %
               (ts_pg(ln.t), random.randint(1000, 9000), random.randint(100, 9000), random.uniform(0.1, 9), random.randint(0, 3), random.randint(0, 5),
                random.uniform(1, 200), random.uniform(0, 1), random.uniform(1, 210)))
        ln.family = "postgres"
    elif k == 1:
        ln.add("%s [%d] LOG:  duration: %.3f ms  execute <unnamed>: SELECT v.id, v.status FROM visits v WHERE v.caregiver_id = $1 AND v.service_date = $2" %
               (ts_pg(ln.t), random.randint(1000, 9000), random.uniform(500, 4000)))
        ln.family = "postgres"
    elif k == 2:
        ln.add("%s evv-node-%d kubelet[%d]: I0311 %s.%06d    %d kubelet.go:2457] \"SyncLoop (PLEG): event for pod\" pod=\"evv/evv-api-6f9c7d5b8-%s\" event={\"ID\":\"%s-%s\",\"Type\":\"ContainerStarted\"}" %
               (ts_syslog(ln.t), random.randint(1, 6), random.randint(900, 1200), ln.t.strftime("%H:%M:%S"), ln.t.microsecond, random.randint(900, 1200),
                random.choice(["x2kqp", "m7wzt", "q9d4l"]), rhex(8), rhex(4)))
        ln.family = "syslog_k8s"
    elif k == 3:
        ln.add("%s sched-worker-1 CRON[%d]: (svc_evv) CMD (/opt/brightpath/bin/evv_export --state OH --date 2024-03-10 >> /var/log/evv_export.log 2>&1)" %
               (ts_syslog(ln.t), random.randint(10000, 60000)))
        ln.family = "syslog_cron"
    elif k == 4:
        c = pick_cg()
        ln.add("%s INFO mdm.enroll device=%s serial=%s imei=%s assigned_to=%s policy=caregiver-kiosk-v3 app=%s(%s)" %
               (ts_spring(ln.t), c["dev"][0], c["serial"], c["imei"], c["id"], c["ver"][0], c["ver"][1]))
        ln.family = "mdm_enroll"
    elif k == 5:
        c = pick_cg()
        ln.add("%s WARN mdm.compliance device=%s os=\"%s\" owner=%s (%s) reason=os_patch_level<2024-01-05 action=notify" %
               (ts_spring(ln.t), c["dev"][0], c["dev"][1], c["id"], cgname(c)))
        ln.family = "mdm_enroll"
    elif k == 6:
        ln.add("%s redis-evv[1]: %d:M %s * %d changes in %d seconds. Saving..." % (ts_syslog(ln.t), random.randint(1, 99), ln.t.strftime("%d %b %Y %H:%M:%S.") + ms3(ln.t),
                                                                                   random.randint(10, 10000), random.choice([60, 300])))
        ln.family = "syslog_redis"
    else:
        ln.add("%s INFO  [alembic.runtime.migration] Running upgrade %s -> %s, add geofence_radius_m to branches" % (ts_py(ln.t), rhex(12), rhex(12)))
        ln.family = "alembic"
    return [ln]


# --------------------------------------------------------------------------- driver
GENS = [  # (fn, weight_phi, weight_nophi)
    (g_rn, 14, 14), (g_sentry, 6, 6), (g_evv_api, 8, 7), (g_evv_agg, 5, 4), (g_oasis, 1.6, 0.4),
    (g_ortools, 1.1, 0.3), (g_payroll, 0, 8), (g_waiver, 8, 6), (g_portal, 10, 6), (g_ivr, 2.2, 0.6),
    (g_ast_misc, 0, 2), (g_nginx, 5, 6), (g_sched, 7, 6), (g_pers, 4, 3), (g_infra, 0, 10),
]


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    r = random.uniform(0, tot)
    for fn, w in pairs:
        r -= w
        if r <= 0:
            return fn
    return pairs[-1][0]


def main():
    lines = []
    nophi = 0
    while len(lines) < N_LINES:
        share = nophi / len(lines) if lines else 1.0
        want_phi = share >= TARGET_NOPHI
        if want_phi:
            fn = wchoice([(g, wp) for g, wp, _ in GENS if wp])
        else:
            fn = wchoice([(g, wn) for g, _, wn in GENS if wn])
        for ln in fn(want_phi):
            if len(lines) >= N_LINES:
                break
            buf, spans = ln.render()
            lines.append((ln.family, buf, spans))
            if not spans:
                nophi += 1
    with open(os.path.join(HERE, ID + ".log"), "wb") as fo, open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fl:
        for n, (fam, buf, spans) in enumerate(lines, 1):
            fo.write(buf + b"\n")
            fl.write(json.dumps({"line": n, "family": fam, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
