#!/usr/bin/env python3
"""Deterministic generator for the 'cv' held-out corpus.

Theme: correctional health care vendor (county jails + state prisons):
booking intake screening, tablet sick calls, eMAR barcode med pass,
offsite transports, telepsychiatry, JMS interface feeds, grievances, pharmacy.

Writes cv.log and cv.labels.jsonl next to this file. Standard library only.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata
import urllib.parse

random.seed(20240311)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "cv"
N_LINES = 500
TARGET_CLEAN = 0.55

pick = random.choice
ri = random.randint


# ----------------------------------------------------------------------------
# line builder
# ----------------------------------------------------------------------------
class P:
    """A PHI value (cat may be None -> plain text)."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class O(list):
    pass


class A(list):
    pass


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def add(self, *parts):
        for x in parts:
            if isinstance(x, P):
                v = x.v if isinstance(x.v, str) else str(x.v)
                b = v.encode("utf-8")
                s = len(self.buf)
                self.buf += b
                if x.cat:
                    self.spans.append((s, len(self.buf), x.cat, b))
            else:
                self.buf += x.encode("utf-8")
        return self


def jemit(L, v, sep=(",", ":"), ea=False):
    if isinstance(v, O):
        L.add("{")
        for i, (k, x) in enumerate(v):
            if i:
                L.add(sep[0])
            L.add(json.dumps(k, ensure_ascii=ea), sep[1])
            jemit(L, x, sep, ea)
        L.add("}")
    elif isinstance(v, A):
        L.add("[")
        for i, x in enumerate(v):
            if i:
                L.add(sep[0])
            jemit(L, x, sep, ea)
        L.add("]")
    elif isinstance(v, P):
        if isinstance(v.v, str):
            enc = json.dumps(v.v, ensure_ascii=ea)
            L.add('"', P(enc[1:-1], v.cat), '"')
        else:
            L.add(P(json.dumps(v.v), v.cat))
    else:
        L.add(json.dumps(v, ensure_ascii=ea))


def jline(family, obj, sep=(",", ":"), ea=False, prefix=None):
    L = Line(family)
    if prefix:
        L.add(*prefix)
    jemit(L, obj, sep, ea)
    return L


def seg(name, fields, fam="hl7v2"):
    L = Line(fam)
    L.add(name)
    n = max(fields) if fields else 0
    for i in range(1, n + 1):
        L.add("|")
        f = fields.get(i)
        if f is None:
            continue
        if isinstance(f, (str, P)):
            f = [f]
        L.add(*f)
    return L


# ----------------------------------------------------------------------------
# identifiers with check digits
# ----------------------------------------------------------------------------
def luhn_check(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card(brand):
    if brand == "visa":
        body = "4" + "".join(str(ri(0, 9)) for _ in range(14))
    elif brand == "mc":
        body = "5" + str(ri(1, 5)) + "".join(str(ri(0, 9)) for _ in range(13))
    else:
        body = "6011" + "".join(str(ri(0, 9)) for _ in range(11))
    n = body + luhn_check(body)
    assert luhn_ok(n)
    return n


def imei():
    tac = pick(["35332811", "35875911", "86769204", "35414110", "35209410"])
    body = tac + "".join(str(ri(0, 9)) for _ in range(6))
    n = body + luhn_check(body)
    assert luhn_ok(n)
    return n


def npi():
    body = str(ri(1, 1)) + "".join(str(ri(0, 9)) for _ in range(8))
    chk = luhn_check("80840" + body)
    n = body + chk
    assert luhn_ok("80840" + n)
    return n


VIN_VAL = {}
for _c, _v in zip("ABCDEFGH", range(1, 9)):
    VIN_VAL[_c] = _v
for _c, _v in zip("JKLMN", range(1, 6)):
    VIN_VAL[_c] = _v
VIN_VAL["P"] = 7
VIN_VAL["R"] = 9
for _c, _v in zip("STUVWXYZ", range(2, 10)):
    VIN_VAL[_c] = _v
for _d in range(10):
    VIN_VAL[str(_d)] = _d
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi, vds, make, model = pick([
        ("1FT", "EW1EP", "FORD", "F-150"),
        ("1GC", "UYDED", "CHEVROLET", "SILVERADO"),
        ("2T1", "BURHE", "TOYOTA", "COROLLA"),
        ("3N1", "AB7AP", "NISSAN", "SENTRA"),
        ("1HG", "CV1F3", "HONDA", "ACCORD"),
        ("5NP", "E24AF", "HYUNDAI", "SONATA"),
        ("1C4", "RJFAG", "JEEP", "GRAND CHEROKEE"),
    ])
    yc, yr = pick([("F", 2015), ("G", 2016), ("H", 2017), ("J", 2018), ("K", 2019), ("L", 2020)])
    plant = pick("ABCDFGHKLMNPRSTUWXYZ0123456789")
    serial = "".join(str(ri(0, 9)) for _ in range(6))
    v = wmi + vds + "0" + yc + plant + serial
    s = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W)) % 11
    v = v[:8] + ("X" if s == 10 else str(s)) + v[9:]
    assert len(v) == 17
    return v, make, model, yr


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_L + "0123456789"
    return (str(ri(1, 9)) + pick(MBI_L) + pick(an) + str(ri(0, 9)) + pick(MBI_L) + pick(an) +
            str(ri(0, 9)) + pick(MBI_L) + pick(MBI_L) + str(ri(0, 9)) + str(ri(0, 9)))


def dea(prefix):
    d = [ri(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return prefix + "".join(map(str, d)) + str(c)


def ssn():
    while True:
        a = ri(100, 772)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, ri(1, 99), ri(1, 9999))


def public_ip():
    return "%d.%d.%d.%d" % (pick([24, 47, 68, 71, 73, 74, 76, 98, 99, 107, 108, 174, 184]),
                            ri(0, 255), ri(0, 255), ri(1, 254))


def b64(nbytes, header=b""):
    raw = header + bytes(random.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode("ascii")


def hexs(n):
    return "".join(pick("0123456789abcdef") for _ in range(n))


# ----------------------------------------------------------------------------
# clock / formatting
# ----------------------------------------------------------------------------
NOW = dt.datetime(2024, 3, 11, 0, 4, 17, 118000)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EPOCH = dt.datetime(1970, 1, 1)


def tick(lo=4, hi=330):
    global NOW
    NOW += dt.timedelta(seconds=ri(lo, hi), milliseconds=ri(0, 999))


def ms():
    return "%03d" % (NOW.microsecond // 1000)


def ts_java():
    return NOW.strftime("%Y-%m-%d %H:%M:%S") + "," + ms()


def ts_iso():
    return NOW.strftime("%Y-%m-%dT%H:%M:%S") + "." + ms() + "-04:00"


def ts_utc(msec=True):
    u = NOW + dt.timedelta(hours=4)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ("." + ms() if msec else "") + "Z"


def ts_epoch_ms():
    u = NOW + dt.timedelta(hours=4)
    return int((u - EPOCH).total_seconds() * 1000)


def ts_bsd():
    return "%s %2d %s" % (MON[NOW.month - 1], NOW.day, NOW.strftime("%H:%M:%S"))


def ts_nginx():
    return "%02d/%s/%d:%s -0400" % (NOW.day, MON[NOW.month - 1], NOW.year, NOW.strftime("%H:%M:%S"))


def ts_snare():
    return "%s %s %02d %s %d" % (DOW[NOW.weekday()], MON[NOW.month - 1], NOW.day, NOW.strftime("%H:%M:%S"), NOW.year)


def ts_hl7():
    return NOW.strftime("%Y%m%d%H%M%S")


def dfmt(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "mon":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1].upper(), d.year)
    if style == "long":
        return "%s %d, %d" % (MON[d.month - 1], d.day, d.year)
    if style == "short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    raise ValueError(style)


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fmt_phone(ph, style):
    a, e, n = ph
    return {
        "paren": "(%s) %s-%s" % (a, e, n),
        "paren0": "(%s)%s-%s" % (a, e, n),
        "dash": "%s-%s-%s" % (a, e, n),
        "dot": "%s.%s.%s" % (a, e, n),
        "raw": "%s%s%s" % (a, e, n),
        "e164": "+1%s%s%s" % (a, e, n),
        "intl": "+1 %s %s %s" % (a, e, n),
        "one": "1-%s-%s-%s" % (a, e, n),
    }[style]


PHONE_STYLES = ["paren", "paren0", "dash", "dot", "raw", "e164", "intl", "one"]


# ----------------------------------------------------------------------------
# synthetic population
# ----------------------------------------------------------------------------
CITIES = [
    ("Lexington", "Fayette", ["40502", "40503", "40504", "40505", "40508", "40511", "40517"], "859"),
    ("Louisville", "Jefferson", ["40203", "40211", "40212", "40214", "40216", "40218"], "502"),
    ("Hazard", "Perry", ["41701"], "606"),
    ("Corbin", "Whitley", ["40701"], "606"),
    ("London", "Laurel", ["40741", "40744"], "606"),
    ("Pikeville", "Pike", ["41501"], "606"),
    ("Bowling Green", "Warren", ["42101", "42104"], "270"),
    ("Richmond", "Madison", ["40475"], "859"),
    ("Somerset", "Pulaski", ["42501", "42503"], "606"),
    ("Frankfort", "Franklin", ["40601"], "502"),
    ("Berea", "Madison", ["40403"], "859"),
    ("Ashland", "Boyd", ["41101"], "606"),
    ("Paducah", "McCracken", ["42001", "42003"], "270"),
    ("Owensboro", "Daviess", ["42301", "42303"], "270"),
    ("Manchester", "Clay", ["40962"], "606"),
]
STREETS = ["Red Mile Rd", "Tates Creek Rd", "Old Hwy 25", "Hollow Branch Rd", "Poplar St", "Bardstown Rd",
           "Dixie Hwy", "N Main St", "Cumberland Ave", "Maple Ln", "Carter Hollow Rd", "Shelby St",
           "Nicholasville Rd", "Preston Hwy", "Russell Cave Rd", "KY-80", "Ridgeview Dr", "Lone Oak Rd",
           "Scottsville Rd", "Eastern Pkwy", "Beech Fork Rd", "Greenup Ave", "Frederica St", "Laurel Creek Rd"]

REL = {"MTH": "Mother", "FTH": "Father", "SPO": "Spouse", "SIS": "Sister", "BRO": "Brother",
       "CHD": "Child", "GRP": "Grandparent", "FND": "Friend"}

SPEC = [
    # first, middle, last, sex, contact first, contact last, relation, facility, age
    ("Marco", "A", "Alvarez", "M", "Rosa", "Alvarez", "MTH", "BCDC", 39),
    ("Thanh", "V", "Nguyễn", "M", "Lan", "Trần", "SPO", "BCDC", 44),
    ("Oluwaseun", "T", "Adeyemi", "M", "Funmilayo", "Adeyemi", "MTH", "TCCJ", 23),
    ("Łukasz", "P", "Wiśniewski", "M", "Agnieszka", "Wiśniewska", "SIS", "BCDC", 36),
    ("Tariq", "J", "Haddad", "M", "Samira", "Haddad", "MTH", "TCCJ", 27),
    ("Sione", "K", "Fifita", "M", "Mele", "Fifita", "SPO", "NFCC", 41),
    ("Dmitri", "A", "Volkov", "M", "Irina", "Volkova", "MTH", "BCDC", 31),
    ("Ji-hoon", "", "Park", "M", "Soo-ah", "Park", "SIS", "TCCJ", 29),
    ("Jean-Baptiste", "", "Pierre-Louis", "M", "Nadège", "Pierre-Louis", "SPO", "GRSP", 52),
    ("Abdirahman", "M", "Warsame", "M", "Hodan", "Farah", "SPO", "BCDC", 34),
    ("Tyrell", "D", "Whitaker", "M", "Denise", "Whitaker", "MTH", "BCDC", 21),
    ("Cody", "R", "Blevins", "M", "Tammy", "Blevins", "MTH", "TCCJ", 33),
    ("Kwame", "O", "Mensah", "M", "Akosua", "Mensah", "SIS", "NFCC", 47),
    ("Hamza", "", "Qureshi", "M", "Nasreen", "Qureshi", "MTH", "BCDC", 24),
    ("Emeka", "C", "Okonkwo", "M", "Adaeze", "Okonkwo", "SPO", "GRSP", 38),
    ("Ahmet", "", "Yılmaz", "M", "Elif", "Yılmaz", "SPO", "TCCJ", 45),
    ("Mateo", "J", "Castellanos", "M", "Yesenia", "Trujillo", "FND", "BCDC", 26),
    ("Delbert", "W", "Hensley", "M", "Wanda", "Hensley", "CHD", "GRSP", 91),
    ("Marisol", "E", "Villanueva", "F", "Ramón", "Villanueva", "FTH", "BCDC", 30),
    ("Lakisha", "N", "Grant", "F", "Dorothy", "Grant", "GRP", "TCCJ", 22),
    ("Fatima", "Z", "Al-Sayed", "F", "Khalid", "Al-Sayed", "BRO", "BCDC", 28),
    ("Siobhan", "M", "O'Callaghan", "F", "Declan", "O'Callaghan", "SPO", "NFCC", 49),
    ("Zoë", "A", "Brennan", "F", "Margaret", "Brennan", "MTH", "BCDC", 25),
    ("Chiamaka", "O", "Nwosu", "F", "Ifeanyi", "Nwosu", "BRO", "TCCJ", 32),
    ("Kateryna", "", "Bondarenko", "F", "Oksana", "Bondarenko", "MTH", "BCDC", 37),
    ("Mei-Ling", "", "Chao", "F", "Wen", "Chao", "FTH", "NFCC", 43),
    ("Brandi", "L", "Caudill", "F", "Ricky", "Caudill", "SPO", "TCCJ", 35),
    ("Leilani", "K", "Kahananui", "F", "Keoni", "Kahananui", "BRO", "BCDC", 29),
    ("Opal", "M", "Sizemore", "F", "Vernon", "Sizemore", "CHD", "GRSP", 93),
    ("Aigerim", "", "Seitkali", "F", "Dana", "Seitkali", "SIS", "BCDC", 26),
    ("Raymond", "E", "Goforth", "M", "Loretta", "Goforth", "SPO", "NFCC", 67),
]

FAC = {
    "BCDC": ("Breckwood County Detention Center", "jail"),
    "TCCJ": ("Tallow Creek County Jail", "jail"),
    "NFCC": ("Northfork Correctional Complex", "prison"),
    "GRSP": ("Greer Ridge State Penitentiary", "prison"),
}


def housing(fac):
    if fac == "BCDC":
        return "%s-%02d" % (pick(["A1", "A2", "B1", "B2", "C1", "C2"]), ri(1, 24))
    if fac == "TCCJ":
        return "%s-%02d%s" % (pick(["NORTH", "SOUTH", "WEST"]), ri(1, 16), pick("AB"))
    if fac == "NFCC":
        return "DORM%s-%s-%02d" % (pick("3579"), pick("ABCD"), ri(1, 40))
    return "%s-CELL-%d" % (pick("357"), ri(100, 240))


def phone_for(area):
    if random.random() < 0.7:
        return (area, "555", "01%02d" % ri(0, 99))
    return (area, str(ri(2, 9)) + "%02d" % ri(0, 99), "%04d" % ri(0, 9999))


def email_for(first, last):
    f, l = fold(first).lower().replace(" ", ""), fold(last).lower().replace(" ", "").replace("'", "")
    pat = pick(["{f}.{l}{n}", "{f}{l}{n}", "{f0}{l}{n}", "{l}.{f}", "{f}_{l}{n}"])
    local = pat.format(f=f, l=l, f0=f[0], n=ri(1, 99))
    return local + "@" + pick(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com"])


PEOPLE = []
for i, (fi, mi, la, sx, cf, cl, rel, fac, age) in enumerate(SPEC):
    city, county, zips, area = pick(CITIES)
    birth = dt.date(2024 - age - 1, 1, 1) + dt.timedelta(days=ri(70, 360))
    p = dict(first=fi, mid=mi, last=la, sex=sx, fac=fac, age=age, dob=birth)
    p["street"] = "%d %s%s" % (ri(12, 9899), pick(STREETS),
                               pick(["", "", "", " Apt %d%s" % (ri(1, 12), pick("ABCD")), " Lot %d" % ri(1, 60)]))
    p["city"], p["county"], p["zip"], p["area"] = city, county, pick(zips), area
    p["phone"] = phone_for(area)
    p["ssn"] = ssn()
    p["mrn"] = "P%07d" % ri(1000000, 1999999)
    if fac == "BCDC":
        p["iid"] = str(ri(110000, 119999))
        p["book"] = "24-%06d" % ri(1000, 3400)
    elif fac == "TCCJ":
        p["iid"] = "TC%06d" % ri(20000, 48999)
        p["book"] = "2024-TC-%05d" % ri(100, 900)
    else:
        p["iid"] = str(ri(120000, 389999))
        p["book"] = "AD%02d-%05d" % (ri(12, 23), ri(1000, 9999))
    if FAC[fac][1] == "jail":
        p["booked"] = NOW - dt.timedelta(days=ri(0, 50), hours=ri(0, 20), minutes=ri(0, 59))
        p["release"] = (NOW + dt.timedelta(days=ri(2, 160))).date() if random.random() < 0.65 else None
        p["court"] = (NOW + dt.timedelta(days=ri(2, 40))).date()
    else:
        p["booked"] = NOW - dt.timedelta(days=ri(400, 4000), hours=ri(0, 20))
        p["release"] = (NOW + dt.timedelta(days=ri(120, 3600))).date()
        p["court"] = None
    p["housing"] = housing(fac)
    p["medicaid"] = "%010d" % ri(1000000000, 9999999999)
    p["mbi"] = mbi() if age >= 65 or random.random() < 0.1 else None
    dl_state = pick(["KY", "KY", "KY", "TN", "OH", "IN", "WV"])
    if dl_state == "KY":
        dln = fold(la)[0].upper() + "%08d" % ri(0, 99999999)
    elif dl_state == "TN":
        dln = "%09d" % ri(100000000, 999999999)
    elif dl_state == "OH":
        dln = "%s%s%06d" % (pick("ABCDEFGHJKLMNPRST"), pick("ABCDEFGHJKLMNPRST"), ri(0, 999999))
    elif dl_state == "IN":
        dln = "%04d-%02d-%04d" % (ri(1000, 9999), ri(10, 99), ri(0, 9999))
    else:
        dln = fold(la)[0].upper() + "%06d" % ri(0, 999999)
    p["dl"] = (dl_state, dln)
    if random.random() < 0.45:
        v, mk, md, yr = vin()
        plate = pick(["%03d %s" % (ri(100, 999), "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))),
                      "%s%s%s %03d" % (pick("ABCDEFGHJKLMNPRSTUVWXYZ"), pick("ABCDEFGHJKLMNPRSTUVWXYZ"),
                                       pick("ABCDEFGHJKLMNPRSTUVWXYZ"), ri(100, 999))])
        p["vehicle"] = dict(vin=v, make=mk, model=md, year=yr, plate=plate, state="KY")
    else:
        p["vehicle"] = None
    r = random.random()
    if r < 0.12 or age >= 65:
        p["dme"] = dict(kind="CPAP", make="ResMed", model="AirSense 10 AutoSet",
                        serial="2%010d" % ri(3000000000, 3999999999),
                        udi="(01)00619498370%d(11)%02d%02d%02d(21)" % (ri(10, 99), ri(19, 23), ri(1, 12), ri(1, 28)),
                        mac=None)
        p["dme"]["udi"] += p["dme"]["serial"]
    elif r < 0.22:
        p["dme"] = dict(kind="INSULIN_PUMP", make="Tandem", model="t:slim X2",
                        serial="%d" % ri(1000000, 1999999), udi=None,
                        mac="00:%02X:%02X:%02X:%02X:%02X" % tuple(ri(0, 255) for _ in range(5)))
    elif r < 0.30:
        p["dme"] = dict(kind="HEARING_AID", make="Phonak", model="Audeo P90-R",
                        serial="%04d%s%s" % (ri(1800, 2399), pick("ABCDEFGH"), "".join(pick("0123456789ABCDEFHJKLMNPRSTUVWXYZ") for _ in range(3))),
                        udi=None, mac=None)
    else:
        p["dme"] = None
    if random.random() < 0.7:
        p["tablet"] = dict(serial="JP6%s%07d" % (pick("ABCDEFG"), ri(0, 9999999)), imei=imei(),
                           mac="%02X:%02X:%02X:%02X:%02X:%02X" % (0x3C, 0x5A, 0xB4, ri(0, 255), ri(0, 255), ri(0, 255)))
    else:
        p["tablet"] = None
    p["trust"] = "%010d" % ri(4000000, 4999999)
    p["email"] = email_for(fi, la) if random.random() < 0.5 else None
    c = dict(first=cf, last=cl, rel=rel)
    if random.random() < 0.6:
        c["street"], c["city"], c["zip"] = p["street"], p["city"], p["zip"]
    else:
        cc, cco, cz, ca = pick(CITIES)
        c["street"], c["city"], c["zip"] = "%d %s" % (ri(12, 9899), pick(STREETS)), cc, pick(cz)
    c["phone"] = phone_for(p["area"] if random.random() < 0.7 else pick(["859", "502", "606", "270", "513", "615"]))
    c["email"] = email_for(cf, cl) if random.random() < 0.85 else None
    c["ip"] = public_ip()
    c["fax"] = phone_for(c["phone"][0])
    c["portal_user"] = fold(cf).lower()[:6] + fold(cl).lower().replace("-", "").replace("'", "")[:6] + str(ri(1, 99))
    p["contact"] = c
    p["race"] = pick(["W", "B", "H", "A", "I", "U"])
    PEOPLE.append(p)

RECENT = []


def person(filt=None):
    pool = [p for p in PEOPLE if (filt is None or filt(p))]
    rec = [p for p in RECENT if p in pool]
    if rec and random.random() < 0.55:
        p = pick(rec)
    else:
        p = pick(pool)
    if p in RECENT:
        RECENT.remove(p)
    RECENT.append(p)
    del RECENT[:-8]
    return p


def is_jail(p):
    return FAC[p["fac"]][1] == "jail"


def nm_lf(p, upper=True, ascii_=False):
    l, f = p["last"], p["first"]
    if ascii_:
        l, f = fold(l), fold(f)
    s = "%s, %s" % (l, f)
    return s.upper() if upper else s


def nm_fl(p):
    return "%s %s" % (p["first"], p["last"])


def cname(c):
    return "%s %s" % (c["first"], c["last"])


# ----------------------------------------------------------------------------
# staff / reference data (not PHI)
# ----------------------------------------------------------------------------
NURSES = [("Kemi", "Okafor", "RN", "kokafor"), ("Travis", "Mullins", "LPN", "tmullins"),
          ("Hye-jin", "Cho", "RN", "hcho"), ("Dolores", "Fuentes", "LPN", "dfuentes"),
          ("Ashley", "Napier", "RN", "anapier"), ("Bilal", "Rahimi", "LPN", "brahimi"),
          ("Rhiannon", "Gabbard", "RN", "rgabbard")]
PROVIDERS = [("Anjali", "Raman", "MD", "araman", "Psychiatry"), ("Samuel", "Osei", "DO", "sosei", "Internal Medicine"),
             ("Gretchen", "Hale", "APRN", "ghale", "Family Practice"), ("Viktor", "Lindgren", "DMD", "vlindgren", "Dental"),
             ("Farida", "Nazari", "MD", "fnazari", "Psychiatry")]
PROV_NPI = {pr[3]: npi() for pr in PROVIDERS}
OFFICERS = [("Sgt.", "Roger", "Combs", "rcombs"), ("Dep.", "Mia", "Reyes", "mreyes"), ("CO", "Jamal", "Terry", "jterry"),
            ("Lt.", "Harold", "Bishop", "hbishop"), ("Dep.", "Kaitlyn", "Roark", "kroark"),
            ("CO", "Esteban", "Quintero", "equintero")]
PHARMS = [("Neha", "Varghese", "PharmD", "nvarghese"), ("Curtis", "Akers", "RPh", "cakers")]
PHARM_DEA = dea("FC")
DRUGS = [
    ("00093-7180-01", "lisinopril 10 mg tablet", "10", "mg", "PO", False),
    ("65862-0008-01", "metformin 500 mg tablet", "500", "mg", "PO", False),
    ("68180-0352-09", "sertraline 50 mg tablet", "50", "mg", "PO", False),
    ("12496-1208-03", "buprenorphine/naloxone 8-2 mg SL film", "1", "film", "SL", True),
    ("60505-2580-09", "atorvastatin 20 mg tablet", "20", "mg", "PO", False),
    ("00591-5307-01", "hydroxyzine HCl 25 mg tablet", "25", "mg", "PO", False),
    ("55111-0165-30", "olanzapine 10 mg tablet", "10", "mg", "PO", False),
    ("00173-0682-20", "albuterol HFA 90 mcg inhaler", "2", "puff", "INH", False),
    ("00054-4571-25", "methadone 10 mg tablet", "10", "mg", "PO", True),
    ("65862-0198-99", "gabapentin 300 mg capsule", "300", "mg", "PO", True),
    ("00781-5184-01", "amlodipine 5 mg tablet", "5", "mg", "PO", False),
    ("00088-2220-33", "insulin glargine 100 unit/mL pen", "18", "units", "SC", False),
    ("00093-0311-01", "isoniazid 300 mg tablet", "300", "mg", "PO", False),
    ("51079-0961-20", "lithium carbonate 300 mg capsule", "300", "mg", "PO", False),
]
HOSPITALS = ["Baptist Health Richmond ED", "UK Chandler Hospital - Kentucky Clinic", "St. Claire Regional Medical Center",
             "ARH Hazard Regional Medical Center", "Norton Audubon Hospital", "TJ Samson Community Hospital"]
HOSTS = ["corcare-app-01", "corcare-app-02", "emar-api-7c9d4", "emar-api-6f2b1", "iface-eng-01", "pharm-db01",
         "grv-app01", "tele-gw-02", "portal-web-03", "jt-bridge-01"]
SEQ = {"hl7": 418800, "snare": 88231, "fax": 55110, "trip": 1180, "grv": 310, "scr": 884100, "rx": 7731900,
       "jmsbatch": 40, "mcd": 1, "dep": 0}


def nseq(k, step=None):
    SEQ[k] += step if step else ri(1, 3)
    return SEQ[k]


def nurse():
    return pick(NURSES)


def prov(spec=None):
    return pick([x for x in PROVIDERS if spec is None or x[4] == spec])


def officer():
    return pick(OFFICERS)


def rid(n=8):
    return hexs(n)


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick("89ab"), h[17:20], h[20:32])


# ----------------------------------------------------------------------------
# PHI-bearing generators
# ----------------------------------------------------------------------------
def fw(L, val, width, cat=None):
    assert len(val) <= width, (val, width)
    L.add(P(val, cat), " " * (width - len(val)))


def g_jms_fixed():
    fac = pick(["BCDC", "TCCJ"])
    pool = [p for p in PEOPLE if p["fac"] == fac]
    sel = random.sample(pool, ri(2, 4))
    out = []
    bn = nseq("jmsbatch", 1)
    L = Line("jms_fixed")
    L.add("HDR", "JAILTRAK  ", fac.ljust(6), ts_hl7(), "%06d" % bn, "LAYOUT04.2  ", "BOOKEXT ")
    out.append(L)
    body = b""
    for p in sel:
        L = Line("jms_fixed")
        L.add("D01")
        fw(L, p["book"], 14, "other_id")
        fw(L, p["iid"], 10, "other_id")
        fw(L, fold(p["last"]).upper()[:20], 20, "name")
        fw(L, fold(p["first"]).upper()[:15], 15, "name")
        L.add((p["mid"] or " ")[:1])
        L.add(P(dfmt(p["dob"], "hl7"), "date"))
        L.add(p["sex"], p["race"])
        L.add(P(p["booked"].strftime("%Y%m%d%H%M"), "date"))
        fw(L, p["housing"], 14)
        L.add(pick(["MIN", "MED", "MAX", "PTD"]))
        if p["release"]:
            L.add(P(dfmt(p["release"], "hl7"), "date"))
        else:
            L.add("00000000")
        L.add(pick("AAAT"))
        out.append(L)
        body += bytes(L.buf)
    L = Line("jms_fixed")
    L.add("TRL", "%07d" % len(sel), hashlib.sha1(body).hexdigest()[:16].upper(), " " * 20)
    out.append(L)
    return out


def g_jms_pipe():
    p = person(is_jail)
    o = officer()
    kind = pick(["HOUSING_XFER", "HOUSING_XFER", "COURT_OUT", "RELEASE_PENDING", "CLASS_CHANGE"])
    L = Line("jms_pipe")
    L.add("MVMT|", p["fac"], "|", P(p["book"], "other_id"), "|", P(p["iid"], "other_id"), "|",
          P(fold(p["last"]).upper(), "name"), "|", P(fold(p["first"]).upper(), "name"), "|", p["mid"], "|",
          P(dfmt(p["dob"], "hl7"), "date"), "|", kind, "|")
    if kind == "HOUSING_XFER":
        new = housing(p["fac"])
        L.add(p["housing"], "|", new, "|")
        p["housing"] = new
    elif kind == "COURT_OUT":
        L.add(p["housing"], "|COURT|")
    elif kind == "RELEASE_PENDING":
        rel = p["release"] or (NOW + dt.timedelta(days=ri(1, 5))).date()
        p["release"] = rel
        L.add(p["housing"], "|REL_DT=", P(dfmt(rel, "hl7"), "date"), "|")
    else:
        L.add(p["housing"], "|", pick(["MED", "MAX", "MIN"]), "|")
    L.add(NOW.strftime("%Y%m%dT%H%M%S"), "|OFC:", o[3], "|")
    return [L]


def hl7_msh(typ, ctrl, sending="JAILTRAK", fac="BCDC", recv="CORCARE"):
    L = Line("hl7v2")
    L.add("MSH|^~\\&|%s|%s|%s|CORRIVANT|%s||%s|%s|P|2.5.1|||AL|NE|||||" % (sending, fac, recv, ts_hl7(), typ, ctrl))
    return L


def hl7_pid(p, full=True):
    f = {1: "1",
         3: [P(p["mrn"], "mrn"), "^^^CORCARE^MR~", P(p["iid"], "other_id"), "^^^%s^PI" % p["fac"]],
         5: [P(fold(p["last"]).upper(), "name"), "^", P(fold(p["first"]).upper(), "name"), "^", p["mid"], "^^^^L"],
         7: P(dfmt(p["dob"], "hl7"), "date"),
         8: p["sex"]}
    if full:
        if random.random() < 0.4:
            f[6] = [P(fold(p["contact"]["last"] if p["contact"]["rel"] == "MTH" else pick(["HENSON", "GARZA", "ODOM", "BAKR"])).upper(), "name")]
        f[10] = pick(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC",
                      "2131-1^Other Race^CDCREC"])
        f[11] = [P(fold(p["street"]), "address"), "^^", P(p["city"], "address"), "^KY^", P(p["zip"], "zip"),
                 "^USA^H^^", P(p["county"].upper(), "address")]
        f[13] = [P(fmt_phone(p["phone"], "paren0"), "phone"), "^PRN^PH"]
        f[16] = pick(["S", "M", "D", "S"])
        f[18] = P(p["book"], "other_id")
        f[19] = P(p["ssn"].replace("-", ""), "ssn")
        f[20] = [P(p["dl"][1], "license"), "^", p["dl"][0]]
    return seg("PID", f)


def hl7_pv1(p, cls="I", discharge=None):
    pr = prov()
    f = {1: "1", 2: cls, 3: "%s^%s^^%s" % (p["fac"], p["housing"].split("-")[0], p["fac"]),
         7: "%s^%s^%s^^^^%s^^NPI" % (PROV_NPI[pr[3]], pr[1].upper(), pr[0].upper(), pr[2]),
         10: "MED", 18: "CORR",
         44: P(p["booked"].strftime("%Y%m%d%H%M"), "date")}
    if discharge:
        f[45] = P(discharge.strftime("%Y%m%d%H%M"), "date")
    return seg("PV1", f)


def hl7_engine_line(typ, ctrl, nbytes):
    L = Line("iface_engine")
    L.add(ts_java(), " INFO  [MLLP-in-6661-%d] c.c.iface.hl7.InboundListener - Received %s ctrl=%s from 10.40.2.%d:%d bytes=%d"
          % (ri(1, 8), typ, ctrl, ri(10, 30), ri(49152, 65000), nbytes))
    return L


def g_hl7_adt():
    p = person()
    ev = pick(["A01", "A01", "A02", "A08", "A03"])
    ctrl = "JT%010d" % nseq("hl7")
    out = [hl7_engine_line("ADT^" + ev, ctrl, ri(700, 1800)), hl7_msh("ADT^%s^ADT_A01" % ev, ctrl, fac=p["fac"])]
    o = officer()
    out.append(seg("EVN", {1: ev, 2: ts_hl7(), 5: "%s^%s^%s^^^%s" % (o[3], o[2].upper(), o[1].upper(), o[0].rstrip(".").upper())}))
    out.append(hl7_pid(p, full=(ev in ("A01", "A08"))))
    if ev in ("A01", "A08"):
        c = p["contact"]
        nk = {1: "1", 2: [P(fold(c["last"]).upper(), "name"), "^", P(fold(c["first"]).upper(), "name")],
              3: "%s^%s^HL70063" % (c["rel"], REL[c["rel"]]),
              4: [P(fold(c["street"]), "address"), "^^", P(c["city"], "address"), "^KY^", P(c["zip"], "zip")],
              5: [P(fmt_phone(c["phone"], "paren0"), "phone"), "^PRN^PH"],
              7: "EC^Emergency Contact^HL70131"}
        out.append(seg("NK1", nk))
    if ev == "A03":
        out.append(hl7_pv1(p, discharge=NOW - dt.timedelta(minutes=ri(3, 40))))
    elif ev == "A02":
        old = p["housing"]
        p["housing"] = housing(p["fac"])
        pv = hl7_pv1(p)
        pv.add("|", "%s^%s^^%s" % (p["fac"], old.split("-")[0], p["fac"]))
        out.append(pv)
    else:
        out.append(hl7_pv1(p))
    if ev in ("A01", "A08") and random.random() < 0.7:
        if p["mbi"] and random.random() < 0.6:
            plan = ["MCR^Medicare Part A/B^L", "CMS01", "CENTERS FOR MEDICARE AND MEDICAID SERVICES", "7500 Security Blvd^^Baltimore^MD^21244", P(p["mbi"], "health_plan"), "MCR"]
        else:
            plan = ["KYMCD^Kentucky Medicaid^L", "KY01", "KENTUCKY MEDICAID", "275 E Main St^^Frankfort^KY^40621", P(p["medicaid"], "health_plan"), "MCD"]
        f = {1: "1", 2: plan[0], 3: plan[1], 4: plan[2], 5: plan[3], 8: pick(["", "CORR-INMATE", "GRP%04d" % ri(1, 9999)]),
             15: plan[5], 16: [P(fold(p["last"]).upper(), "name"), "^", P(fold(p["first"]).upper(), "name")],
             17: "SEL", 18: P(dfmt(p["dob"], "hl7"), "date"), 36: plan[4]}
        out.append(seg("IN1", f))
    if ev == "A01" and random.random() < 0.6:
        out.append(seg("AL1", {1: "1", 2: "DA", 3: pick(["70618^Penicillin^RXNORM", "2670^Codeine^RXNORM",
                                                          "10180^Sulfamethoxazole^RXNORM", "1191^Aspirin^RXNORM"]),
                               4: pick(["MI", "MO", "SV"]), 5: pick(["Hives", "Rash", "Anaphylaxis", "GI upset"])}))
    return out


def g_hl7_rx():
    p = person()
    d = pick(DRUGS)
    pr = prov()
    ctrl = "CC%010d" % nseq("hl7")
    kind = pick(["RDE^O11^RDE_O11", "RAS^O17^RAS_O17"])
    out = [hl7_engine_line(kind.split("^")[0] + "^" + kind.split("^")[1], ctrl, ri(500, 1100)),
           hl7_msh(kind, ctrl, sending="CORCARE", fac=p["fac"], recv="PHARMLINK")]
    out.append(hl7_pid(p, full=False))
    order = "ORD%07d" % ri(4400000, 4499999)
    out.append(seg("ORC", {1: "NW" if kind.startswith("RDE") else "RE", 2: order + "^CORCARE", 9: ts_hl7(),
                           12: "%s^%s^%s^^^^%s^^NPI" % (PROV_NPI[pr[3]], pr[1].upper(), pr[0].upper(), pr[2])}))
    if kind.startswith("RDE"):
        out.append(seg("RXE", {1: "^%s^%s" % (pick(["QD", "BID", "TID", "QHS"]), pick(["", "30"])),
                               2: "%s^%s^NDC" % (d[0], d[1]), 3: d[2], 5: d[3], 6: "TAB",
                               10: str(ri(14, 90)), 11: "TAB", 21: pick(["", "KOP", "DOT"]),
                               25: d[2], 26: d[3]}))
    else:
        adm = NOW - dt.timedelta(minutes=ri(1, 30))
        n = nurse()
        out.append(seg("RXA", {1: "0", 2: "1", 3: P(adm.strftime("%Y%m%d%H%M"), "date"), 4: P(adm.strftime("%Y%m%d%H%M"), "date"),
                               5: "%s^%s^NDC" % (d[0], d[1]), 6: d[2], 7: d[3],
                               10: "%s^%s^%s^^^^%s" % (n[3], n[1].upper(), n[0].upper(), n[2]),
                               15: "L%s%d" % (pick("KMNR"), ri(10000, 99999)), 20: "CP"}))
    return out


def g_emar_scan():
    p = person()
    d = pick(DRUGS)
    n = nurse()
    base = O([("level", 30), ("time", ts_epoch_ms()), ("pid", ri(2000, 9000)), ("hostname", pick(HOSTS[2:4])),
              ("reqId", "req-" + rid(6))])
    r = random.random()
    if r < 0.55:
        base += [("evt", "scan"), ("patientId", P(p["mrn"], "mrn")),
                 ("wristband", P(p["fac"] + p["iid"], "other_id")), ("ndc", d[0]), ("drug", d[1]),
                 ("dose", "%s %s" % (d[2], d[3])), ("route", d[4]), ("cart", "CART-%s-%02d" % (p["fac"], ri(1, 6))),
                 ("user", n[3]), ("fiveRights", True), ("controlled", d[5]), ("msg", "administration verified")]
    elif r < 0.8:
        base[0] = ("level", 40)
        base += [("evt", "refusal"), ("patientId", P(p["mrn"], "mrn")), ("patientName", P(nm_lf(p, False), "name")),
                 ("drug", d[1]), ("reason", pick(["REFUSED_BY_PT", "NOT_IN_CELL", "AT_COURT", "ASLEEP_NO_RESPONSE"])),
                 ("witness", "%s %s. %s" % (lambda o: (o[0], o[1][0], o[2]))(pick(OFFICERS))),
                 ("user", n[3]), ("msg", "medication refused")]
    else:
        q = person(lambda x: x["fac"] == p["fac"] and x is not p) if any(x["fac"] == p["fac"] and x is not p for x in PEOPLE) else p
        base[0] = ("level", 50)
        base += [("evt", "wrong_patient"), ("expected", O([("patientId", P(p["mrn"], "mrn")), ("band", P(p["fac"] + p["iid"], "other_id"))])),
                 ("scanned", O([("patientId", P(q["mrn"], "mrn")), ("band", P(q["fac"] + q["iid"], "other_id"))])),
                 ("ndc", d[0]), ("user", n[3]), ("blocked", True), ("msg", "wristband mismatch - administration blocked")]
    return [jline("emar_pino", base)]


SICK_TEXT = [
    ("Tooth on bottom left has been hurting for 4 days cant eat on that side", None),
    ("I need my inhaler refilled, been wheezing at night", None),
    ("Necesito mis pastillas de la presión, no me las han dado desde que llegué", None),
    ("My sugar has been low in the mornings, feel shaky before chow", None),
    ("Я не получаю лекарство от давления уже три дня", None),
    ("rash on my arms and back itching real bad, other guys in pod have it too", None),
    ("need to see mental health, not sleeping, hearing stuff again", None),
    ("I need my inhaler. my {rel} {cname} can bring it from home, her number is {cphone}", "contact"),
    ("still waiting on eye doctor appt, was supposed to be {date} and nobody came", "date"),
    ("please call my {rel} {cname} at {cphone} she has my med list from the VA", "contact"),
    ("my CPAP machine is in property, serial {dserial}, I cant sleep without it", "dme"),
]


def g_sickcall():
    p = person()
    txt, kind = pick(SICK_TEXT)
    if kind == "dme" and not p["dme"]:
        txt, kind = SICK_TEXT[0]
    L = Line("tablet_webhook")
    L.add('{"event_type":"sick_call.submitted","event_id":"evt_', rid(24), '","created_at":"', ts_utc(False),
          '","data":{"request_id":"SCR-%d","facility_code":"%s","housing_unit":"%s",' % (nseq("scr"), p["fac"], p["housing"]),
          '"offender_number":"', P(p["iid"], "other_id"), '","offender_name":"', P(nm_lf(p, False), "name"), '",')
    if p["tablet"] and random.random() < 0.7:
        L.add('"device":{"serial":"', P(p["tablet"]["serial"], "device"), '","imei":"', P(p["tablet"]["imei"], "device"),
              '","assigned":true},')
    else:
        L.add('"device":{"serial":"KSK-%s-%02d","imei":null,"assigned":false},' % (p["housing"].split("-")[0], ri(1, 4)))
    L.add('"category":"%s","body":"' % pick(["MEDICAL", "DENTAL", "MENTAL_HEALTH", "MEDICAL"]))
    # build free text with embedded PHI
    c = p["contact"]
    parts = []
    i = 0
    while i < len(txt):
        j = txt.find("{", i)
        if j < 0:
            parts.append(txt[i:])
            break
        parts.append(txt[i:j])
        k = txt.index("}", j)
        key = txt[j + 1:k]
        if key == "rel":
            parts.append(REL[c["rel"]].lower() if c["rel"] not in ("SPO", "GRP", "CHD", "FND") else {"SPO": "wife" if p["sex"] == "M" else "husband", "GRP": "grandma", "CHD": "daughter", "FND": "girlfriend"}[c["rel"]])
        elif key == "cname":
            parts.append(P(cname(c), "name"))
        elif key == "cphone":
            parts.append(P(fmt_phone(c["phone"], pick(["dash", "raw", "paren"])), "phone"))
        elif key == "date":
            parts.append(P(dfmt((NOW - dt.timedelta(days=ri(5, 30))).date(), "short"), "date"))
        elif key == "dserial":
            parts.append(P(p["dme"]["serial"], "device"))
        i = k + 1
    for x in parts:
        if isinstance(x, P):
            L.add(P(json.dumps(x.v, ensure_ascii=False)[1:-1], x.cat))
        else:
            L.add(json.dumps(x, ensure_ascii=False)[1:-1])
    lang = "es" if "Necesito" in txt else ("ru" if "Я" in txt else "en")
    L.add('","language":"%s","attachments":[]}}' % lang)
    return [L]


def snare(log, rec_no, eid, source, user, typ, host, cat, msg_parts, fam="win_snare"):
    L = Line(fam)
    L.add("<%d>%s %s MSWinEventLog\t1\t%s\t%d\t%s\t%d\t%s\t%s\tN/A\t%s\t%s\t%s\t\t"
          % (14 if typ != "Error" else 11, ts_bsd(), host, log, rec_no, ts_snare(), eid, source, user, typ, host, cat))
    L.add(*msg_parts)
    L.add("\t%d" % ri(1000, 99999))
    return L


def g_snare_app():
    p = person()
    host = "%s-MED-WS%02d" % (p["fac"], ri(1, 9))
    r = random.random()
    if r < 0.5:
        msg = ["MAR upload failed for patient ", P(p["mrn"], "mrn"), " (", P(nm_lf(p, ascii_=True), "name"), "; DOB ",
               P(dfmt(p["dob"], "us"), "date"), "). Server returned 409: administration already recorded. Record queued for retry (attempt %d of 5)." % ri(1, 4)]
        return [snare("Application", nseq("snare"), 1001, "CorCare Sync Agent", "N/A", "Error", host, "None", msg)]
    if r < 0.8:
        msg = ["Label printer ZDB-%s-02: printed wristband for inmate " % p["fac"], P(p["iid"], "other_id"), " ",
               P(nm_lf(p, ascii_=True), "name"), " DOB ", P(dfmt(p["dob"], "us"), "date"),
               " template=WB_ADULT_V3 copies=1"]
        return [snare("Application", nseq("snare"), 2003, "CorCare Print Service", "N/A", "Information", host, "None", msg)]
    msg = ["Unhandled exception in ScreeningForm.Submit for booking ", P(p["book"], "other_id"),
           ": System.FormatException: String '", P(fmt_phone(p["contact"]["phone"], "dot"), "phone"),
           "' was not recognized as a valid phone number.   at CorCare.Intake.PhoneField.Parse(String s)   at CorCare.Intake.ScreeningForm.Submit()"]
    return [snare("Application", nseq("snare"), 1000, ".NET Runtime", "N/A", "Error", host, "None", msg)]


def g_transport():
    p = person()
    o1, o2 = random.sample(OFFICERS, 2)
    hosp = pick(HOSPITALS)
    trip = "TRP-24-%05d" % nseq("trip")
    r = random.random()
    L = Line("transport_txt")
    pre = "%s TRANSPORT[%s] " % (NOW.strftime("%Y-%m-%d %H:%M:%S"), p["fac"])
    if r < 0.45:
        appt = NOW + dt.timedelta(hours=ri(1, 5))
        L.add(pre, "DISPATCH trip=%s unit=VAN-%02d officers=%s %s. %s/%s %s. %s inmate=" % (
            trip, ri(3, 22), o1[0], o1[1][0], o1[2], o2[0], o2[1][0], o2[2]),
            P(p["iid"], "other_id"), " ", P(nm_lf(p, ascii_=True), "name"), ' dest="%s" appt=' % hosp,
            P(dfmt(appt.date(), "us"), "date"), appt.strftime(" %H:%M"),
            " reason=%s restraints=%s" % (pick(["ortho f/u", "dialysis", "oncology consult", "ED eval chest pain", "OB visit", "MRI lumbar"]), pick("YYN")))
    elif r < 0.7:
        L.add(pre, "ADMIT_NOTICE trip=%s inmate=" % trip, P(p["iid"], "other_id"), " ", P(nm_lf(p, ascii_=True), "name"),
              " admitted to %s rm %d%s on " % (hosp, ri(2, 6), "%02d" % ri(1, 40)), P(dfmt(NOW.date(), "us"), "date"),
              " post=G-%d staffed by %s %s" % (ri(1, 4), o1[0], o1[2]))
        if p["age"] >= 90:
            L.add(" note=age ", P(str(p["age"]), "age"), " fall precautions")
    elif r < 0.85:
        L.add(pre, "RETURN trip=%s arrived sallyport %s inmate=" % (trip, NOW.strftime("%H%M")), P(p["iid"], "other_id"),
              " paperwork=%s nurse_notified=%s" % (pick(["RECEIVED", "MISSING_DC_SUMMARY", "RECEIVED"]), nurse()[3]))
    else:
        c = p["contact"]
        L.add(pre, "NOTIFY_BLOCK trip=%s inmate=" % trip, P(p["iid"], "other_id"),
              " family contact ", P(cname(c), "name"), " (", P(fmt_phone(c["phone"], "dash"), "phone"),
              ") must NOT be told appointment date/location per policy 14.3")
    return [L]


def g_telepsych():
    p = person()
    pr = prov("Psychiatry")
    sess = "tps_" + rid(8)
    r = random.random()
    pre = "time=%s level=INFO " % ts_iso()
    L = Line("telepsych_logfmt")
    if r < 0.45:
        sched = NOW.replace(minute=0 if NOW.minute < 30 else 30, second=0, microsecond=0)
        L.add(pre, 'msg="session created" session=%s provider=%s room=%s-TELE-%d patient_mrn=' % (sess, pr[3], p["fac"], ri(1, 3)),
              P(p["mrn"], "mrn"), " scheduled=", P(sched.strftime("%Y-%m-%dT%H:%M"), "date"),
              " visit_type=%s" % pick(["psych_f/u", "psych_intake", "med_mgmt", "crisis_eval"]))
    elif r < 0.75:
        c = p["contact"]
        L.add(pre, 'msg="participant joined" session=%s role=family display_name="' % sess, P(cname(c), "name"),
              '" remote_addr=', P(c["ip"], "ip"), ' ua="%s"' % pick([
                  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                  "Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
                  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"]),
              " consent_ref=ROI-%05d" % ri(100, 99999))
    else:
        L.add("time=%s level=WARN " % ts_iso(), 'msg="patient identity check failed" session=%s expected_name="' % sess,
              P(nm_fl(p), "name"), '" expected_dob=', P(dfmt(p["dob"], "iso"), "date"),
              " entered_by=%s action=hold" % pick(NURSES)[3])
    return [L]


def g_grievance():
    p = person()
    g = "GRV-%s-24-%04d" % (p["fac"], nseq("grv"))
    p.setdefault("grv", []).append(g)
    r = random.random()
    hdr = "<134>1 %s grv-app01.corrivant.local grievance-svc %d " % (ts_iso(), ri(3000, 3400))
    L = Line("grievance_syslog")
    if r < 0.5:
        L.add(hdr, 'GRV_FILED [meta@32473 facility="%s" unit="%s"] Grievance ' % (p["fac"], p["housing"].split("-")[0]),
              P(g, "other_id"), " filed by offender ", P(p["iid"], "other_id"), " (", P(nm_lf(p, ascii_=True), "name"),
              ") type=MEDICAL subtype=%s channel=%s" % (pick(["DELAY_OF_CARE", "MEDICATION", "DENTAL", "COPAY_DISPUTE", "STAFF_CONDUCT"]),
                                                        pick(["TABLET", "PAPER", "TABLET"])))
    elif r < 0.8:
        pr = prov()
        L.add(hdr, 'GRV_RESPONSE [meta@32473 facility="%s"] ' % p["fac"], P(g, "other_id"),
              " response entered by %s status=%s days_open=%d" % (pr[3], pick(["RESOLVED", "UNFOUNDED", "PARTIAL", "REFERRED"]), ri(1, 20)))
    else:
        c = p["contact"]
        L.add(hdr, 'GRV_THIRD_PARTY [meta@32473 facility="%s"] third-party complaint re offender ' % p["fac"],
              P(p["iid"], "other_id"), " from ", P(cname(c), "name"), " <", P(c["email"] or email_for(c["first"], c["last"]), "email"),
              "> linked to ", P(g, "other_id"))
    return [L]


def g_pharmacy():
    p = person()
    d = pick(DRUGS)
    ph = pick(PHARMS)
    rx = "RX%d" % nseq("rx")
    r = random.random()
    if r < 0.55:
        L = Line("pharmacy_pipe")
        L.add("DISP|", NOW.strftime("%Y%m%d%H%M"), "|", rx, "|", P(p["mrn"], "mrn"), "|",
              P(fold(p["last"]).upper(), "name"), "^", P(fold(p["first"]).upper(), "name"), "|",
              P(dfmt(p["dob"], "hl7"), "date"), "|", d[0], "|", d[1].upper(), "|", str(pick([14, 28, 30, 60, 90])), "|",
              p["fac"], "|", p["housing"].split("-")[0], "|KOP=", pick("NNY"), "|RPH=", ph[3], "|")
        return [L]
    L = Line("pharmacy_app")
    if r < 0.85:
        L.add(ts_java(), " INFO  [label-q-%d] c.c.pharm.label.LabelService - Label printed for " % ri(1, 4),
              P(nm_lf(p, ascii_=True), "name"), " (", P(p["mrn"], "mrn"), ") Rx# %s qty %d printer=ZB-PHARM-%02d" % (rx[2:], ri(14, 90), ri(1, 4)))
    else:
        L.add(ts_java(), " WARN  [dur-check] c.c.pharm.dur.InteractionChecker - DUR alert ", pick(["MAJOR", "MODERATE"]),
              " for patient ", P(p["mrn"], "mrn"), " born ", P(dfmt(p["dob"], "iso"), "date"),
              ": %s + %s; override by %s" % (d[1], pick(DRUGS)[1], ph[3]))
    return [L]


INTAKEN = set()


def g_intake():
    p = person(lambda x: x["mrn"] not in INTAKEN)
    INTAKEN.add(p["mrn"])
    n = nurse()
    c = p["contact"]
    age_val = P(p["age"], "age" if p["age"] >= 90 else None)
    pt = O([("mrn", P(p["mrn"], "mrn")), ("lastName", P(p["last"], "name")), ("firstName", P(p["first"], "name")),
            ("dob", P(dfmt(p["dob"], "iso"), "date")), ("age", age_val), ("sex", p["sex"])])
    if random.random() < 0.7:
        pt.append(("ssn", P(p["ssn"], "ssn")))
    pt.append(("phone", P(fmt_phone(p["phone"], "paren"), "phone")))
    pt.append(("address", O([("line1", P(p["street"], "address")), ("city", P(p["city"], "address")),
                             ("county", P(p["county"], "address")), ("state", "KY"), ("zip", P(p["zip"], "zip"))])))
    ec = O([("name", P(cname(c), "name")), ("relationship", REL[c["rel"]]), ("phone", P(fmt_phone(c["phone"], "dash"), "phone"))])
    if c["email"] and random.random() < 0.5:
        ec.append(("email", P(c["email"], "email")))
    scr = O([("suicideRisk", pick(["LOW", "LOW", "MODERATE", "HIGH"])), ("withdrawalRisk", pick(["NONE", "LOW", "MODERATE", "HIGH"])),
             ("ciwa", ri(0, 18)), ("cows", pick([None, ri(0, 14)])), ("tbSymptoms", False),
             ("pregnant", None if p["sex"] == "M" else pick([False, False, True])), ("lastUseHoursAgo", ri(2, 72)),
             ("bpSys", ri(104, 168)), ("bpDia", ri(62, 104)), ("pulse", ri(58, 118)), ("tempF", round(random.uniform(97.1, 99.8), 1))])
    obj = O([("formId", "INTAKE-V7"), ("submittedAt", ts_iso()), ("bookingNumber", P(p["book"], "other_id")),
             ("facility", p["fac"]), ("patient", pt), ("emergencyContact", ec), ("screening", scr),
             ("nurse", "%s %s, %s" % (n[0], n[1], n[2])), ("disposition", pick(["GEN_POP_CLEARED", "MEDICAL_OBS", "MH_REFERRAL", "DETOX_PROTOCOL"]))])
    return [jline("intake_json", obj, prefix=[ts_java(), " INFO  [http-nio-8443-exec-%d] c.c.intake.ScreeningController - submit payload=" % ri(1, 40)])]


def g_dme():
    p = person(lambda x: x["dme"] is not None or x["tablet"] is not None)
    L = Line("intake_app")
    if p["dme"] and (random.random() < 0.75 or not p["tablet"]):
        d = p["dme"]
        L.add(ts_java(), " INFO  [intake-svc] c.c.intake.DmeRegistry - DME recorded patient=", P(p["mrn"], "mrn"),
              " type=%s make=%s model=\"%s\" serial=" % (d["kind"], d["make"], d["model"]), P(d["serial"], "device"))
        if d["udi"]:
            L.add(" udi=", P(d["udi"], "device"))
        if d["mac"]:
            L.add(" ble_mac=", P(d["mac"], "device"))
        L.add(" disposition=%s" % pick(["ALLOWED_IN_CELL", "HELD_IN_MEDICAL", "PROPERTY"]))
    else:
        t = p["tablet"]
        L.add(ts_java(), " INFO  [mdm-sync] c.c.devices.TabletAssignment - assigned tablet serial=", P(t["serial"], "device"),
              " imei=", P(t["imei"], "device"), " wifi_mac=", P(t["mac"], "device"), " to offender=", P(p["iid"], "other_id"),
              " profile=INMATE_STD ssid=CV-%s-INM" % p["fac"])
    return [L]


def g_nginx_family():
    p = person()
    c = p["contact"]
    ua = pick(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
               "Mozilla/5.0 (Linux; Android 13; moto g play - 2023) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.90 Mobile Safari/537.36",
               "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0"])
    L = Line("nginx_portal")
    r = random.random()
    L.add(P(c["ip"], "ip"), " - - [", ts_nginx(), '] "')
    if r < 0.4:
        L.add("GET /api/v2/inmates/search?lastName=", P(urllib.parse.quote(p["last"]), "name"), "&firstName=",
              P(urllib.parse.quote(p["first"]), "name"), "&dob=", P(urllib.parse.quote(dfmt(p["dob"], "us"), safe=""), "date"),
              ' HTTP/2.0" 200 %d "https://connect.corrivant.com/family/search" "%s"' % (ri(300, 900), ua))
    elif r < 0.75:
        slug = "%s-%s-%s" % (fold(p["first"]).lower(), fold(p["last"]).lower().replace("'", ""), p["iid"].lower())
        L.add("GET /family/inmate/", P(p["iid"], "other_id"), '/messages?page=%d HTTP/2.0" 200 %d "' % (ri(1, 4), ri(2000, 9000)),
              P("https://connect.corrivant.com/family/inmate/" + slug, "url"), '" "%s"' % ua)
    else:
        L.add('POST /api/v2/deposits HTTP/2.0" %s %d "https://connect.corrivant.com/family/deposit?inmate=' % (pick(["201", "201", "402"]), ri(80, 400)),
              P(p["iid"], "other_id"), '" "%s"' % ua)
    return [L]


def g_livescan():
    p = person(is_jail)
    L = Line("livescan_json")
    obj = O([("txn", "LS-%s-%s-%04d" % (p["fac"], NOW.strftime("%Y%m%d"), ri(1, 80))), ("bookingNo", P(p["book"], "other_id")),
             ("station", "%s-BOOK-LS%d" % (p["fac"], ri(1, 2))),
             ("capture", O([("scanner", "Guardian 300 S/N G300-%06d" % ri(100000, 199999)), ("finger", pick(["R_INDEX", "L_INDEX", "R_THUMB"])),
                            ("nfiq2", ri(38, 92)), ("format", "ISO19794-2:2005"),
                            ("template", P(b64(ri(150, 260), b"FMR\x00 20\x00"), "biometric"))]))])
    if random.random() < 0.8:
        kind = pick(["jpeg", "jpeg", "png"])
        if kind == "jpeg":
            img = "data:image/jpeg;base64," + b64(ri(700, 1300), b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
        else:
            img = "data:image/png;base64," + b64(ri(600, 1100), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        obj.append(("mugshot", P(img, "photo")))
    obj.append(("operator", pick(OFFICERS)[3]))
    return [jline("livescan_json", obj, sep=(", ", ": "))]


def g_voiceprint():
    p = person()
    L = Line("phone_vendor")
    L.add(ts_utc(), " voiceid[%d]: enroll ok subscriber=" % ri(1000, 9999), P(p["iid"], "other_id"), " facility=%s pin=**** model=vx4 " % p["fac"],
          "template_b64=", P(b64(ri(120, 220), b"VPRT\x04\x00"), "biometric"), " score=%.3f" % random.uniform(0.8, 0.99))
    return [L]


def g_medicaid():
    sel = random.sample([p for p in PEOPLE if p["release"]], ri(2, 3))
    out = []
    bn = "CV%s%02d" % (NOW.strftime("%m%d"), nseq("mcd", 1))
    L = Line("medicaid_pipe")
    L.add("HDR|KYMCD|CORRIVANT|%s|%s|5010X" % (NOW.strftime("%Y%m%d"), bn))
    out.append(L)
    for p in sel:
        L = Line("medicaid_pipe")
        if p["mbi"] and random.random() < 0.5:
            L.add("DTL|MCR_RELEASE_NOTICE|", P(p["mbi"], "health_plan"), "|")
        else:
            L.add("DTL|REINSTATE|", P(p["medicaid"], "health_plan"), "|")
        L.add(P(fold(p["last"]).upper(), "name"), "|", P(fold(p["first"]).upper(), "name"), "|",
              P(dfmt(p["dob"], "hl7"), "date"), "|", P(p["ssn"].replace("-", ""), "ssn"), "|",
              P(dfmt(p["release"], "hl7"), "date"), "|", P(fold(p["street"]).upper(), "address"), "|",
              P(p["city"].upper(), "address"), "|KY|", P(p["zip"], "zip"), "|", P(fmt_phone(p["phone"], "raw"), "phone"), "|", p["fac"], "|")
        out.append(L)
    L = Line("medicaid_pipe")
    L.add("TRL|%s|%d" % (bn, len(sel)))
    out.append(L)
    return out


def g_trust():
    p = person()
    L = Line("trust_ledger")
    r = random.random()
    if r < 0.55:
        L.add(ts_java(), " INFO  [ledger-worker-%d] c.c.trust.TrustLedger - copay debit acct=" % ri(1, 6), P(p["trust"], "account"),
              " inmate=", P(p["iid"], "other_id"), " amt=%.2f ref=SCR-%d bal=%.2f" % (pick([2.0, 3.0, 5.0]), SEQ["scr"] - ri(0, 20), random.uniform(0, 80)))
    else:
        L.add(ts_java(), " WARN  [ledger-worker-%d] c.c.trust.TrustLedger - indigent override acct=" % ri(1, 6), P(p["trust"], "account"),
              " name=", P(nm_lf(p, ascii_=True), "name"), " balance below $%.2f for %d days, copay deferred" % (pick([1.0, 2.5, 5.0]), ri(7, 30)))
    return [L]


def g_deposit():
    p = person()
    c = p["contact"]
    brand = pick(["visa", "mc", "disc"])
    pan = card(brand)
    SEQ["dep"] += 1
    r = random.random()
    if r < 0.6:
        payer = O([("name", P(cname(c), "name"))])
        if c["email"]:
            payer.append(("email", P(c["email"], "email")))
        payer.append(("phone", P(fmt_phone(c["phone"], "e164"), "phone")))
        obj = O([("id", "dep_" + rid(14)), ("object", "deposit"), ("created", ts_epoch_ms() // 1000), ("amount", pick([2500, 5000, 10000, 4000])),
                 ("currency", "usd"), ("payer", payer),
                 ("card", O([("brand", brand), ("last4", pan[-4:]), ("exp_month", ri(1, 12)), ("exp_year", ri(2025, 2029))])),
                 ("beneficiary", O([("inmateId", P(p["iid"], "other_id")), ("trustAccount", P(p["trust"], "account")), ("facility", p["fac"])])),
                 ("client_ip", P(c["ip"], "ip")), ("status", "succeeded")])
        return [jline("deposit_webhook", obj, sep=(", ", ": "), prefix=[ts_iso(), " accesspay-webhook "])]
    L = Line("deposit_gateway")
    L.add(ts_java(), " DEBUG [pay-gw-%d] c.c.pay.GatewayClient - authorize request pan=" % ri(1, 4), P(pan, "account"),
          " exp=%02d%02d cvv=*** amt=%d.00 payer=\"" % (ri(1, 12), ri(25, 29), pick([25, 40, 50, 100])), P(cname(c), "name"),
          "\" zip=", P(c["zip"], "zip"), " ref=dep_%s" % rid(14))
    return [L]


def g_fax():
    p = person()
    c = p["contact"]
    L = Line("fax_gw")
    L.add("%s fax01 FaxQueuer[%d]: SUBMIT JOB %d: dest=" % (ts_bsd(), ri(700, 999), nseq("fax")),
          P(fmt_phone(c["fax"], "one"), "fax"), " pages=%d cover=ROI patient=" % ri(2, 14), P(p["mrn"], "mrn"),
          ' requested_by="', P(cname(c), "name"), '" relation=%s owner=%s' % (REL[c["rel"]].lower(), pick(["roi-desk", "medrec"])))
    return [L]


def g_property():
    p = person(lambda x: is_jail(x))
    L = Line("jms_property")
    o = officer()
    if p["vehicle"] and random.random() < 0.7:
        v = p["vehicle"]
        L.add("%s jt-bridge[%d]: PROPERTY booking=" % (ts_bsd(), ri(2000, 2400)), P(p["book"], "other_id"),
              ' item=VEHICLE disposition=TOWED tow_co="Bluegrass Towing & Recovery" plate=',
              P("%s %s" % (v["state"], v["plate"]), "vehicle"), " vin=", P(v["vin"], "vehicle"),
              " make=%s model=%s yr=%d logged_by=%s" % (v["make"], v["model"].replace(" ", "_"), v["year"], o[3]))
    else:
        L.add("%s jt-bridge[%d]: PROPERTY booking=" % (ts_bsd(), ri(2000, 2400)), P(p["book"], "other_id"),
              " item=ID_CARD type=%s_OL number=" % p["dl"][0], P(p["dl"][1], "license"),
              " bin=%s-%03d cash=%.2f logged_by=%s" % (p["fac"], ri(1, 400), random.uniform(0, 140), o[3]))
    return [L]


def g_release_plan():
    p = person()
    L = Line("reentry_json")
    obj = O([("@timestamp", ts_utc()), ("log.level", "info"), ("service.name", "reentry-planner"),
             ("event.action", "discharge_plan_saved"), ("patient.id", P(p["mrn"], "mrn"))])
    if p["release"]:
        obj.append(("release.date", P(dfmt(p["release"], "iso"), "date")))
    if p["email"]:
        obj.append(("patient.email", P(p["email"], "email")))
    obj.append(("followup.clinic", pick(["Bluegrass Community Health Ctr", "Mountain Comprehensive Care", "Seven Counties Services"])))
    obj.append(("followup.phone", "(859) 555-01%02d" % ri(0, 99)))
    if p["dme"] and random.random() < 0.5:
        obj.append(("dme.serial", P(p["dme"]["serial"], "device")))
    obj.append(("bridge_supply_days", pick([7, 14, 30])))
    obj.append(("user.name", pick(NURSES)[3]))
    return [jline("reentry_json", obj)]


def g_elderly():
    p = person(lambda x: x["age"] >= 90)
    L = Line("chronic_care_txt")
    L.add("%s [chronic-care] %s: " % (NOW.strftime("%Y-%m-%d %H:%M:%S"), pick(["INFO", "NOTICE"])),
          "geriatric review due for ", P(nm_fl(p), "name"), " (DOC #", P(p["iid"], "other_id"), "), age ",
          P(str(p["age"]), "age"), ", DOB ", P(dfmt(p["dob"], "long"), "date"),
          "; compassionate release packet sent to %s" % pick(["KYDOC Medical Director", "Parole Board clerk"]))
    return [L]


def g_portal_user():
    p = person()
    c = p["contact"]
    L = Line("portal_json")
    obj = O([("ts", ts_utc()), ("lvl", "INFO"), ("logger", "auth.LoginHandler"), ("msg", "family login"),
             ("username", P(c["portal_user"], "other_id")), ("src_ip", P(c["ip"], "ip")), ("mfa", pick(["sms", "email", "none"])),
             ("linked_inmates", A([P(p["iid"], "other_id")])), ("session", uuid4())])
    if random.random() < 0.35:
        slug = "%s-%s-%s" % (fold(p["first"]).lower(), fold(p["last"]).lower().replace("'", ""), p["iid"].lower())
        obj.append(("landing", P("https://connect.corrivant.com/family/inmate/" + slug, "url")))
    elif random.random() < 0.3:
        obj[2] = ("logger", "visit.IdUpload")
        obj[3] = ("msg", "visitor id photo uploaded")
        obj.append(("visitor_photo", P("data:image/jpeg;base64," + b64(ri(500, 900), b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"), "photo")))
    return [jline("portal_json", obj, sep=(", ", ": "))]


PHI_GENS = [
    (1.5, g_jms_fixed), (6, g_jms_pipe), (2.2, g_hl7_adt), (2.2, g_hl7_rx), (10, g_emar_scan), (8, g_sickcall),
    (5, g_snare_app), (6, g_transport), (6, g_telepsych), (6, g_grievance), (7, g_pharmacy), (5, g_intake),
    (5, g_dme), (7, g_nginx_family), (5, g_livescan), (2, g_voiceprint), (2, g_medicaid), (4, g_trust),
    (5, g_deposit), (4, g_fax), (7, g_property), (4, g_release_plan), (3, g_elderly), (4, g_portal_user),
]


# ----------------------------------------------------------------------------
# clean (look-alike) generators
# ----------------------------------------------------------------------------
def c_java():
    L = Line("java_app")
    r = pick(range(12))
    th = "[%s]" % pick(["main", "scheduling-1", "http-nio-8443-exec-%d" % ri(1, 40), "pool-3-thread-%d" % ri(1, 12), "HikariPool-1 housekeeper"])
    if r == 0:
        L.add(ts_java(), " WARN  %s com.zaxxer.hikari.pool.HikariPool - CorCarePool - Connection is not available, request timed out after %dms." % (th, ri(30000, 30050)))
    elif r == 1:
        L.add(ts_java(), " INFO  [scheduling-1] c.c.corcare.jobs.MarReconcileJob - Reconciled %d administrations across %d facilities in %.2fs (batch=%s%02d)" % (ri(80, 600), ri(2, 4), random.uniform(1, 9), NOW.strftime("%Y%m%d"), NOW.hour))
    elif r == 2:
        L.add(ts_java(), " INFO  [main] c.c.corcare.CorCareApplication - Started CorCareApplication in %.3f seconds (process running for %.2f)" % (random.uniform(12, 25), random.uniform(25, 30)))
    elif r == 3:
        L.add(ts_java(), " INFO  [main] o.s.b.w.embedded.tomcat.TomcatWebServer - Tomcat initialized with port 8443 (https)")
    elif r == 4:
        L.add(ts_java(), " ERROR %s c.c.iface.jms.JailTrakClient - GET https://jt-bridge-01.corrivant.local:9443/api/v4/bookings/changes?since=%s failed: java.net.SocketTimeoutException: Read timed out (attempt %d/3, requestId=%s)" % (th, ts_hl7(), ri(1, 3), uuid4()))
    elif r == 5:
        L.add(ts_java(), " INFO  %s c.c.corcare.audit.AuditWriter - flushed %d audit rows to audit_2024_03 (lag %dms)" % (th, ri(20, 900), ri(3, 400)))
    elif r == 6:
        L.add(ts_java(), " DEBUG %s c.c.corcare.cache.FormularyCache - refreshed formulary v2024.03.%d: %d NDCs, %d restricted" % (th, ri(1, 9), ri(1800, 2400), ri(40, 90)))
    elif r == 7:
        L.add(ts_java(), " WARN  %s o.h.engine.jdbc.spi.SqlExceptionHelper - SQL Error: 1205, SQLState: 40001 (deadlock victim, spid %d)" % (th, ri(50, 300)))
    elif r == 8:
        L.add(ts_java(), " INFO  %s c.c.corcare.sickcall.TriageQueue - queue=%s depth=%d oldest_age=%dh sla_breaches=%d" % (th, pick(["BCDC-NURSE", "TCCJ-NURSE", "NFCC-NURSE", "GRSP-DENTAL"]), ri(0, 40), ri(1, 70), ri(0, 6)))
    elif r == 9:
        L.add(ts_java(), " INFO  %s c.c.corcare.security.TokenService - issued service token for client_id=jt-bridge scope=bookings.read exp=3600 kid=%s" % (th, rid(8)))
    elif r == 10:
        L.add(ts_java(), " INFO  %s c.c.corcare.notify.Mailer - sent template=SC_BACKLOG_DIGEST to pharmacy-ops@corrivant.com from noreply@corrivant.com msgid=<%s@mail.corrivant.com>" % (th, rid(16)))
    else:
        L.add(ts_java(), " ERROR %s c.c.corcare.web.ErrorAdvice - 500 on POST /api/v3/mar/administrations traceId=%s spanId=%s: java.lang.IllegalStateException: cart CART-BCDC-0%d is locked by session %s" % (th, rid(32), rid(16), ri(1, 6), uuid4()))
    return [L]


def c_emar():
    base = O([("level", 30), ("time", ts_epoch_ms()), ("pid", ri(2000, 9000)), ("hostname", pick(HOSTS[2:4]))])
    n = nurse()
    fac = pick(list(FAC))
    r = random.random()
    if r < 0.4:
        base += [("evt", "pass_complete"), ("facility", fac), ("pass", pick(["0400", "0800", "1200", "1600", "2000"])),
                 ("cart", "CART-%s-%02d" % (fac, ri(1, 6))), ("administered", ri(20, 80)), ("refused", ri(0, 6)),
                 ("held", ri(0, 4)), ("durationSec", ri(1200, 4800)), ("user", n[3]), ("msg", "med pass closed")]
    elif r < 0.7:
        base += [("evt", "cart_heartbeat"), ("cart", "CART-%s-%02d" % (fac, ri(1, 6))), ("fw", "3.8.%d" % ri(9, 14)),
                 ("battery", ri(12, 100)), ("ip", "10.40.%d.%d" % (ri(4, 9), ri(20, 220))), ("scanner", "Zebra DS8178 S/N %s" % ("%d%s" % (ri(21000, 23999), "".join(pick("0123456789") for _ in range(9))))),
                 ("msg", "cart online")]
    else:
        d = pick(DRUGS)
        base += [("evt", "lot_check"), ("ndc", d[0]), ("lot", "%s%d" % (pick(["L", "K", "AB", "M"]), ri(10000, 99999))),
                 ("exp", "%d-%02d-%02d" % (ri(2024, 2026), ri(1, 12), 28)), ("recall", False), ("msg", "lot verified")]
    return [jline("emar_pino", base)]


def c_tablet():
    fac = pick(list(FAC))
    r = random.random()
    if r < 0.5:
        L = Line("tablet_webhook")
        L.add('{"event_type":"device.heartbeat","event_id":"evt_%s","created_at":"%s","data":{"device":{"serial":"KSK-%s-%s-%02d","fw":"5.%d.%d","battery":null,"ip":"10.%d.%d.%d"},"uptime_s":%d,"queued_msgs":%d}}' % (
            rid(24), ts_utc(False), fac, pick(["A1", "B2", "NORTH", "DORM5"]), ri(1, 4), ri(1, 4), ri(0, 30), ri(40, 41), ri(10, 90), ri(2, 250), ri(3600, 900000), ri(0, 12)))
    else:
        L = Line("tablet_webhook")
        L.add('{"event_type":"sick_call.triaged","event_id":"evt_%s","created_at":"%s","data":{"request_id":"SCR-%d","triage_level":"%s","triaged_by":"%s","queue":"%s-NURSE","response_due":"%s"}}' % (
            rid(24), ts_utc(False), SEQ["scr"] - ri(0, 30), pick(["ROUTINE", "URGENT", "ROUTINE", "EMERGENT"]), nurse()[3], fac,
            (NOW + dt.timedelta(hours=pick([4, 24, 72]))).strftime("%Y-%m-%dT%H:%M:%SZ")))
    return [L]


SIDS = "S-1-5-21-3623811015-3361044348-30300820"


def c_snare():
    r = random.random()
    fac = pick(list(FAC))
    host = "%s-MED-WS%02d" % (fac, ri(1, 9))
    if r < 0.4:
        u = pick(NURSES + PHARMS)
        msg = ["An account was successfully logged on.    Subject:   Security ID:  S-1-5-18   Account Name:  %s$   Account Domain:  CORRIVANT   Logon ID:  0x3E7    Logon Information:   Logon Type:  %d   Restricted Admin Mode: -   Virtual Account:  No   Elevated Token:  No    New Logon:   Security ID:  %s-%d   Account Name:  %s   Account Domain:  CORRIVANT   Logon ID:  0x%X    Network Information:   Workstation Name: %s   Source Network Address: 10.40.%d.%d   Source Port:  %d    Detailed Authentication Information:   Logon Process:  User32    Authentication Package: Negotiate" % (
            host, pick([2, 7, 10, 11]), SIDS, ri(1100, 1900), u[3], ri(0x100000, 0xFFFFFF), host, ri(2, 9), ri(10, 240), ri(0, 60000))]
        return [snare("Security", nseq("snare"), 4624, "Microsoft-Windows-Security-Auditing", "CORRIVANT\\" + u[3], "Success Audit", host, "Logon", msg)]
    if r < 0.55:
        u = pick(NURSES)
        msg = ["An account failed to log on.    Subject:   Security ID:  S-1-0-0   Account Name:  -    Logon Type:  2    Account For Which Logon Failed:   Account Name:  %s   Account Domain:  CORRIVANT    Failure Information:   Failure Reason:  Unknown user name or bad password.   Status:  0xC000006D   Sub Status:  0xC000006A    Network Information:   Workstation Name: %s   Source Network Address: 127.0.0.1" % (u[3], host)]
        return [snare("Security", nseq("snare"), 4625, "Microsoft-Windows-Security-Auditing", "N/A", "Failure Audit", host, "Logon", msg)]
    if r < 0.75:
        svc = pick(["CorCare Sync Agent", "CorCare Print Service", "Zebra Print Monitor", "Windows Update"])
        msg = ["The %s service entered the %s state." % (svc, pick(["running", "stopped"]))]
        return [snare("System", nseq("snare"), 7036, "Service Control Manager", "N/A", "Information", host, "None", msg)]
    if r < 0.9:
        msg = ["CorCare Sync Agent %s: uploaded %d MAR records, %d pending, last sync %s, endpoint https://api.corrivant.com/mar/v3" % (
            pick(["4.12.0.1187", "4.12.1.1203"]), ri(5, 120), ri(0, 9), NOW.strftime("%Y-%m-%d %H:%M:%S"))]
        return [snare("Application", nseq("snare"), 1100, "CorCare Sync Agent", "N/A", "Information", host, "None", msg)]
    msg = ["The process C:\\Windows\\system32\\svchost.exe (%s) has initiated the restart of computer %s on behalf of user NT AUTHORITY\\SYSTEM for the following reason: Operating System: Service pack (Planned)   Reason Code: 0x80020010   Shutdown Type: restart   Comment: " % (host, host)]
    return [snare("System", nseq("snare"), 1074, "User32", "N/A", "Information", host, "None", msg)]


def c_transport():
    o = officer()
    fac = pick(list(FAC))
    L = Line("transport_txt")
    pre = "%s TRANSPORT[%s] " % (NOW.strftime("%Y-%m-%d %H:%M:%S"), fac)
    r = random.random()
    if r < 0.4:
        L.add(pre, "PRETRIP unit=VAN-%02d plate=KY %d%s officer=%s %s. %s result=%s odometer=%d fuel=%s" % (
            ri(3, 22), ri(1000, 9999), pick([" CV", " GV", " CT"]), o[0], o[1][0], o[2], pick(["PASS", "PASS", "FAIL_TIRE"]), ri(40000, 190000), pick(["1/2", "3/4", "F"])))
    elif r < 0.7:
        L.add(pre, "SCHEDULE date=%s trips=%d escorts_required=%d vans_available=%d" % (
            (NOW + dt.timedelta(days=1)).strftime("%Y-%m-%d"), ri(2, 9), ri(2, 14), ri(1, 5)))
    else:
        L.add(pre, "STATUS trip=TRP-24-%05d state=%s eta_min=%d radio=CH%d" % (SEQ["trip"] - ri(0, 5), pick(["ENROUTE", "ONSITE", "RETURNING"]), ri(3, 70), ri(1, 8)))
    return [L]


def c_telepsych():
    sess = "tps_" + rid(8)
    r = random.random()
    L = Line("telepsych_logfmt")
    if r < 0.5:
        L.add("time=%s level=DEBUG msg=\"rtc stats\" session=%s rtt_ms=%d jitter_ms=%.1f packets_lost=%d bitrate_kbps=%d codec=%s local_candidate=10.40.9.%d:%d relay=turn-use2.corrivant.net:3478" % (
            ts_iso(), sess, ri(20, 220), random.uniform(0.5, 14), ri(0, 300), ri(300, 2500), pick(["VP8", "H264", "opus"]), ri(10, 60), ri(50000, 60000)))
    elif r < 0.8:
        pr = prov("Psychiatry")
        L.add("time=%s level=INFO msg=\"session ended\" session=%s provider=%s duration_s=%d end_reason=%s" % (ts_iso(), sess, pr[3], ri(300, 3600), pick(["completed", "completed", "network_drop", "provider_ended"])))
    else:
        L.add("time=%s level=WARN msg=\"turn allocation retry\" relay=turn-use2.corrivant.net:3478 err=\"401 Unauthorized (stale nonce)\" attempt=%d" % (ts_iso(), ri(1, 3)))
    return [L]


def c_grievance():
    L = Line("grievance_syslog")
    hdr = "<134>1 %s grv-app01.corrivant.local grievance-svc %d " % (ts_iso(), ri(3000, 3400))
    r = random.random()
    if r < 0.5:
        L.add(hdr, 'SLA_SWEEP [meta@32473 facility="%s"] %d grievances past due (threshold 14d), %d escalated to HSA' % (pick(list(FAC)), ri(0, 9), ri(0, 3)))
    else:
        L.add(hdr, 'QUEUE [meta@32473] depth=%d oldest_days=%d assigned_to=%s' % (ri(0, 30), ri(0, 20), pick(PROVIDERS)[3]))
    return [L]


def c_pharmacy():
    d = pick(DRUGS)
    r = random.random()
    if r < 0.4:
        L = Line("pharmacy_pipe")
        L.add("INV|%s|%s|%s|LOT=%s%d|EXP=%d%02d|QOH=%d|ROP=%d|" % (NOW.strftime("%Y%m%d%H%M"), pick(list(FAC)), d[0], pick(["L", "K", "AB"]), ri(10000, 99999), ri(2024, 2026), ri(1, 12), ri(0, 900), ri(50, 200)))
    elif r < 0.6:
        L = Line("pharmacy_app")
        L.add(ts_java(), " INFO  [csos] c.c.pharm.order.CsosSubmitter - CSOS order %s%05d submitted to McKesson acct 118%06d registrant DEA %s lines=%d" % (NOW.strftime("%Y%m%d"), ri(1, 400), ri(0, 999999), PHARM_DEA, ri(1, 12)))
    elif r < 0.8:
        ph = pick(PHARMS)
        L = Line("pharmacy_app")
        L.add(ts_java(), " WARN  [cs-count] c.c.pharm.controlled.CountService - count discrepancy %s NDC %s expected=%d counted=%d verified_by=%s,%s" % (pick(list(FAC)), d[0], ri(40, 200), ri(38, 200), ph[3], nurse()[3]))
    else:
        L = Line("pharmacy_app")
        L.add(ts_java(), " INFO  [wholesaler-edi] c.c.pharm.edi.Inbound - 856 ASN received shipment=%d tracking=1Z%s%s cartons=%d" % (ri(10000000, 99999999), "".join(pick("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)), "".join(pick("0123456789") for _ in range(10)), ri(1, 14)))
    return [L]


def c_nginx():
    L = Line("nginx_portal")
    r = random.random()
    if r < 0.5:
        L.add('10.40.0.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.27"' % (ri(2, 9), ts_nginx()))
    elif r < 0.8:
        L.add('10.40.0.%d - - [%s] "GET /static/js/main.%s.js HTTP/2.0" 200 %d "https://connect.corrivant.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"' % (ri(10, 20), ts_nginx(), rid(8), ri(100000, 400000)))
    else:
        L.add('10.40.0.%d - - [%s] "GET /api/v2/facilities?state=KY HTTP/1.1" 200 %d "-" "okhttp/4.12.0"' % (ri(2, 9), ts_nginx(), ri(800, 3000)))
    return [L]


def c_jms():
    fac = pick(["BCDC", "TCCJ"])
    r = random.random()
    L = Line("jms_pipe")
    if r < 0.5:
        L.add("BATCH|%s|%04d|START|%s|src=jt-bridge-01|v4.2.7|" % (fac, SEQ["jmsbatch"], NOW.strftime("%Y%m%dT%H%M%S")))
    else:
        L.add("BATCH|%s|%04d|END|records=%d|rejects=%d|%s|" % (fac, SEQ["jmsbatch"], ri(10, 260), ri(0, 3), NOW.strftime("%Y%m%dT%H%M%S")))
    return [L]


def c_hl7_ack():
    ctrl = "JT%010d" % (SEQ["hl7"] - ri(0, 4))
    out = [Line("iface_engine").add(ts_java(), " INFO  [MLLP-out-%d] c.c.iface.hl7.AckSender - ACK AA ctrl=%s latency=%dms" % (ri(1, 8), ctrl, ri(3, 900)))]
    out.append(Line("hl7v2").add("MSH|^~\\&|CORCARE|CORRIVANT|JAILTRAK|%s|%s||ACK^A01^ACK|AK%s|P|2.5.1" % (pick(["BCDC", "TCCJ"]), ts_hl7(), ctrl[2:])))
    out.append(Line("hl7v2").add("MSA|AA|%s" % ctrl))
    return out


def c_staff():
    L = Line("shift_txt")
    fac = pick(list(FAC))
    n1, n2 = random.sample(NURSES, 2)
    r = random.random()
    if r < 0.5:
        L.add("%s [shift] %s medical: outgoing=%s %s, %s incoming=%s %s, %s census=%d pending_sick_calls=%d detox_watch=%d" % (
            NOW.strftime("%Y-%m-%d %H:%M:%S"), fac, n1[0], n1[1], n1[2], n2[0], n2[1], n2[2], ri(120, 1400), ri(0, 40), ri(0, 12)))
    else:
        pr = pick(PROVIDERS)
        L.add("%s [provider] Dr. %s (%s, NPI %s) signed %d orders, %d chart reviews for %s; contact %s@corrivant.com ext %d" % (
            NOW.strftime("%Y-%m-%d %H:%M:%S"), pr[1], pr[4], PROV_NPI[pr[3]], ri(3, 40), ri(0, 20), fac, pr[3], ri(2000, 2999)))
    return [L]


def c_sys():
    L = Line("syslog")
    r = random.random()
    h = pick(HOSTS)
    if r < 0.3:
        L.add("%s %s CRON[%d]: (postgres) CMD (/usr/local/bin/pg_backup.sh --retain 14 --target s3://cv-backups-prod/%s/)" % (ts_bsd(), h, ri(1000, 40000), h))
    elif r < 0.55:
        L.add("%s %s systemd[1]: Started CorCare interface worker (instance %d)." % (ts_bsd(), h, ri(1, 4)))
    elif r < 0.75:
        L.add("%s %s kernel: [%d.%06d] nf_conntrack: table full, dropping packet" % (ts_bsd(), h, ri(100000, 999999), ri(0, 999999)))
    elif r < 0.9:
        L.add("%s %s certbot[%d]: Certificate for connect.corrivant.com renewed, expires 2024-06-%02d, serial 04:%s" % (ts_bsd(), h, ri(1000, 9000), ri(1, 28), ":".join(hexs(2) for _ in range(7))))
    else:
        L.add("%s %s sshd[%d]: Accepted publickey for deploy from 10.40.1.%d port %d ssh2: ED25519 SHA256:%s" % (ts_bsd(), h, ri(1000, 40000), ri(2, 250), ri(40000, 65000), base64.b64encode(bytes(random.getrandbits(8) for _ in range(32))).decode().rstrip("=")))
    return [L]


def c_fax():
    L = Line("fax_gw")
    L.add("%s fax01 FaxSend[%d]: JOB %d: SEND %s to %s (%d pages, %ds, %d bps)" % (
        ts_bsd(), ri(700, 999), SEQ["fax"] - ri(0, 5), pick(["OK", "OK", "FAILED: No carrier"]),
        pick(["+1 (800) 555-0134 (KY Medicaid Provider Svcs)", "+1 (859) 555-0188 (UK HealthCare HIM)", "+1 (606) 555-0120 (ARH Records)"]),
        ri(1, 20), ri(30, 400), pick([9600, 14400])))
    return [L]


def c_portal():
    L = Line("portal_json")
    obj = O([("ts", ts_utc()), ("lvl", pick(["INFO", "WARN"])), ("logger", pick(["rate.Limiter", "cache.Redis", "auth.OidcClient"])),
             ("msg", pick(["bucket refill", "redis latency high", "jwks refreshed"])), ("latency_ms", ri(1, 900)),
             ("node", pick(["portal-web-01", "portal-web-03"])), ("trace_id", rid(32))])
    return [jline("portal_json", obj, sep=(", ", ": "))]


CLEAN_GENS = [
    (10, c_java), (8, c_emar), (5, c_tablet), (8, c_snare), (4, c_transport), (5, c_telepsych), (3, c_grievance),
    (6, c_pharmacy), (6, c_nginx), (3, c_jms), (3, c_hl7_ack), (4, c_staff), (5, c_sys), (2, c_fax), (3, c_portal),
]


def wpick(gens):
    tot = sum(w for w, _ in gens)
    x = random.uniform(0, tot)
    for w, f in gens:
        x -= w
        if x <= 0:
            return f
    return gens[-1][1]


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
def main():
    lines = []
    while len(lines) < N_LINES:
        tick()
        clean = sum(1 for L in lines if not L.spans)
        want_clean = (clean / max(1, len(lines))) < TARGET_CLEAN if lines else False
        if want_clean:
            out = wpick(CLEAN_GENS)()
            for L in out:
                assert not L.spans, L.family
        else:
            out = wpick(PHI_GENS)()
        lines.extend(out)
    lines = lines[:N_LINES]

    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as fl, open(lab_path, "w", encoding="utf-8", newline="\n") as fj:
        for n, L in enumerate(lines, 1):
            b = bytes(L.buf)
            assert b"\n" not in b and b"\r" not in b, n
            assert len(b) <= 4000, (n, len(b))
            b.decode("utf-8")
            prev = 0
            spans = []
            for s, e, cat, val in sorted(L.spans):
                assert s >= prev, ("overlap", n)
                assert b[s:e] == val, ("mismatch", n, s, e)
                assert e > s
                prev = e
                spans.append({"s": s, "e": e, "cat": cat})
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": n, "family": L.family, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
