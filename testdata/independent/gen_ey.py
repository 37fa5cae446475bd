#!/usr/bin/env python3
"""Deterministic generator for held-out PHI test corpus 'ey'.

Theme: clinical mobility platform of a (fictional) hospital, Ridgecrest Regional
Medical Center: Intune / Jamf device management, Vocera/Spok-like secure messaging
and alert routing, Zebra barcode scanning (BCMA), patient-owned remote monitoring
devices, Android logcat / iOS logs and a Kotlin (Spring Boot) backend.

Standard library only. Writes ey.log and ey.labels.jsonl next to this file.
All people, numbers and addresses are synthetic.
"""
import base64
import datetime
import json
import os
import random
import urllib.parse
import uuid
from contextlib import contextmanager

ID = "ey"
N_LINES = 500
random.seed(1811)
HERE = os.path.dirname(os.path.abspath(__file__))

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


# --------------------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []
        self.escs = []

    def _enc(self, s):
        for f in reversed(self.escs):
            s = f(s)
        return s.encode("utf-8")

    def t(self, s):
        self.buf += self._enc(s)
        return self

    def p(self, s, cat):
        assert cat in CATS, cat
        b = self._enc(s)
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, b))
        return self

    def v(self, s, cat=None):
        return self.p(s, cat) if cat else self.t(s)

    @contextmanager
    def esc(self, f):
        self.escs.append(f)
        try:
            yield
        finally:
            self.escs.pop()

    def finish(self):
        assert not self.escs
        data = bytes(self.buf)
        assert b"\n" not in data and b"\r" not in data, data
        assert len(data) <= 4000
        prev = 0
        for s, e, c, b in self.spans:
            assert e > s
            assert s >= prev, (self.family, data)
            assert data[s:e] == b, (data[s:e], b)
            prev = e
        data.decode("utf-8")
        return data


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


class O:  # JSON object marker: list of (key, value, cat)
    def __init__(self, *items):
        self.items = list(items)


class A:  # JSON array marker
    def __init__(self, *items):
        self.items = list(items)


def jval(ln, v, cat=None, sp=False):
    if isinstance(v, O):
        jobj(ln, v.items, sp)
    elif isinstance(v, A):
        ln.t("[")
        for i, x in enumerate(v.items):
            if i:
                ln.t(", " if sp else ",")
            if isinstance(x, tuple):
                jval(ln, x[0], x[1], sp)
            else:
                jval(ln, x, None, sp)
        ln.t("]")
    elif v is None:
        ln.t("null")
    elif v is True:
        ln.t("true")
    elif v is False:
        ln.t("false")
    elif isinstance(v, (int, float)):
        ln.v(str(v), cat)
    elif callable(v):  # custom writer for composite strings with inner spans
        ln.t('"')
        with ln.esc(jesc):
            v(ln)
        ln.t('"')
    else:
        ln.t('"')
        ln.v(jesc(v), cat)
        ln.t('"')


def jobj(ln, items, sp=False):
    ln.t("{")
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if i:
            ln.t(", " if sp else ",")
        ln.t(json.dumps(k) + (": " if sp else ":"))
        jval(ln, v, cat, sp)
    ln.t("}")


# --------------------------------------------------------------------------- helpers
def rc(seq):
    return random.choice(seq)


def ri(a, b):
    return random.randint(a, b)


def digits(n):
    return "".join(str(ri(0, 9)) for _ in range(n))


def hexs(n, upper=False):
    s = "".join(rc("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def uid():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


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


def mk_imei(tac=None):
    tac = tac or rc(["35391711", "35467512", "35260011", "35899109", "35176912", "35328115", "86453204"])
    body = tac + digits(6)
    return body + luhn_digit(body)


def mk_card():
    body = "4" + digits(14)
    return body + luhn_digit(body)


def gs1_check(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def mk_gtin14(prefix):
    body = prefix + digits(13 - len(prefix))
    return body + gs1_check(body)


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def mk_vin():
    alnum = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rc(["1FT", "1G1", "2T1", "5YJ", "1HG", "JTD", "KNA", "3VW", "1C4", "WBA"])
    vds = "".join(rc(alnum) for _ in range(5))
    year = rc("LMNPR")
    plant = rc("ABCDEFGHKLMNPRSTUVWXYZ")
    seq = digits(6)
    v = wmi + vds + "0" + year + plant + seq
    total = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    chk = total % 11
    chk = "X" if chk == 10 else str(chk)
    return v[:8] + chk + v[9:]


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mk_mbi():
    an = MBI_ALPHA + "0123456789"
    return (str(ri(1, 9)) + rc(MBI_ALPHA) + rc(an) + str(ri(0, 9)) + rc(MBI_ALPHA) + rc(an)
            + str(ri(0, 9)) + rc(MBI_ALPHA) + rc(MBI_ALPHA) + str(ri(0, 9)) + str(ri(0, 9)))


def mk_ssn():
    while True:
        a = ri(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, ri(1, 99), ri(1, 9999))


def mk_mac(prefix=None):
    parts = prefix.split(":") if prefix else []
    while len(parts) < 6:
        parts.append(hexs(2, True))
    return ":".join(parts)


def mk_pub_ip():
    while True:
        a = rc([24, 47, 50, 63, 67, 68, 69, 70, 71, 73, 75, 76, 96, 97, 98, 99, 107, 108, 174, 184, 173])
        ip = "%d.%d.%d.%d" % (a, ri(0, 255), ri(0, 255), ri(2, 254))
        return ip


def priv_ip():
    return rc(["10.40.%d.%d" % (ri(1, 40), ri(2, 250)), "10.20.%d.%d" % (ri(1, 9), ri(2, 250)),
               "192.168.%d.%d" % (ri(10, 30), ri(2, 250)), "172.%d.%d.%d" % (ri(16, 31), ri(0, 255), ri(2, 250))])


def apple_serial(n=12):
    al = "0123456789CDFGHJKLMNPQRTVWXY"
    return "".join(rc(al) for _ in range(n))


def b64_blob(header, n):
    raw = header + bytes(random.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


# --------------------------------------------------------------------------- clock
CLOCK = [datetime.datetime(2024, 3, 11, 6, 52, 13, 417000)]
UTC_OFF = datetime.timedelta(hours=5)  # CDT (-05:00)


def tick(lo=80, hi=21000):
    CLOCK[0] += datetime.timedelta(milliseconds=ri(lo, hi))
    return CLOCK[0]


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_spring(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-05:00"


def ts_log4j(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_logcat(t):
    return t.strftime("%m-%d %H:%M:%S.") + ms(t)


def ts_ios(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%06d" % (t.microsecond + ri(0, 999)) + "-0500"


def ts_syslog(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_nginx(t):
    return t.strftime("[%d/%b/%Y:%H:%M:%S -0500]")


def ts_utc(t, frac=3):
    u = t + UTC_OFF
    if frac == 0:
        return u.strftime("%Y-%m-%dT%H:%M:%SZ")
    f = ("%06d" % u.microsecond)[:frac] if frac <= 6 else ("%06d" % u.microsecond) + "0" * (frac - 6)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f + "Z"


def epoch_ms(t):
    u = t + UTC_OFF
    return int((u - datetime.datetime(1970, 1, 1)).total_seconds() * 1000)


# --------------------------------------------------------------------------- organisation / look-alikes
ORG = "Ridgecrest Regional Medical Center"
DOM = "ridgecrest-health.org"
ORG_ADDR = "2400 Ridgecrest Pkwy, Eau Claire, WI 54701"
ORG_MAIN = "(715) 555-0100"
UNITS = {"4W": "4 WEST MED SURG", "5E": "5 EAST CARDIAC TELE", "3N": "3 NORTH ICU", "2S": "2 SOUTH L&D",
         "ED": "EMERGENCY DEPT"}


def bed(unit=None):
    unit = unit or rc(list(UNITS))
    if unit == "ED":
        return "ED-%02d" % ri(1, 38)
    floor = unit[0]
    return "%s-%s%02d%s" % (unit, floor, ri(1, 30), rc(["A", "B", ""]))


STAFF_RAW = [
    ("Priya", "Hollis", "RN", "4W"), ("Marcus", "Oyelaran", "RN", "5E"), ("Beatriz", "Santoro", "RN", "3N"),
    ("Kenji", "Walsh", "MD", "4W"), ("Delphine", "Arceneaux", "RN", "2S"), ("Tariq", "Mahmoud", "PharmD", "RX"),
    ("Ruth", "Abernathy", "CNA", "4W"), ("Ivan", "Petrenko", "RT", "3N"), ("Colleen", "Mbatha", "RN", "ED"),
    ("Sung-min", "Park", "MD", "5E"), ("Elif", "Kaya", "RN", "5E"), ("Declan", "Foyle", "IT", "IS"),
    ("Marisol", "Quintero", "RN", "ED"), ("Björn", "Aaltonen", "MD", "3N"), ("Adaeze", "Nwosu", "RN", "4W"),
    ("Thuy", "Tran", "PCT", "2S"), ("Gunnar", "Helgesen", "IT", "IS"), ("Rania", "Haddad", "PharmD", "RX"),
]
STAFF = []
for f, l, cred, unit in STAFF_RAW:
    STAFF.append({"first": f, "last": l, "cred": cred, "unit": unit,
                  "badge": "00" + digits(5), "ext": str(ri(4, 6)) + digits(3),
                  "upn": (f[0] + l).lower().replace("ö", "o").replace("-", "") + "@" + DOM,
                  "emp": "E" + digits(6), "npi": None})
for s in STAFF:
    if s["cred"] == "MD":
        body = "80840" + "1" + digits(8)
        s["npi"] = body[5:] + luhn_digit(body)


def staff(unit=None, cred=None):
    c = [s for s in STAFF if (unit is None or s["unit"] == unit) and (cred is None or s["cred"] == cred)]
    return rc(c or STAFF)


def sname(s, style=0):
    if style == 0:
        return "%s %s" % (s["first"], s["last"])
    if style == 1:
        return "%s, %s" % (s["last"], s["first"])
    return "%s %s." % (s["last"], s["first"][0])


# shared hospital-owned devices (look-alikes: their serials / IMEIs are NOT PHI)
SHARED = []
for i, kind in enumerate(["TC52", "TC57", "TC52", "iPhone SE", "iPhone 13", "iPad", "TC52", "iPad", "iPhone SE",
                           "TC57", "iPad", "iPhone 13", "TC52", "iPad", "iPhone SE", "TC52"]):
    unit = ["4W", "5E", "3N", "2S", "ED"][i % 5]
    if kind.startswith("TC"):
        d = {"kind": kind, "os": "Android", "osv": rc(["11", "13"]), "serial": "2" + digits(13),
             "imei": mk_imei("35" + digits(6)), "mfr": "Zebra Technologies", "model": kind + "-HC"}
    elif kind == "iPad":
        d = {"kind": kind, "os": "iPadOS", "osv": rc(["17.3.1", "17.2.1", "16.7.5"]), "serial": apple_serial(rc([10, 12])),
             "imei": "", "mfr": "Apple", "model": "iPad 9th Generation (Wi-Fi)"}
    else:
        d = {"kind": kind, "os": "iOS", "osv": rc(["17.3.1", "17.4", "16.7.5"]), "serial": apple_serial(rc([10, 12])),
             "imei": mk_imei(), "mfr": "Apple", "model": kind}
    short = {"TC52": "TC52", "TC57": "TC57", "iPhone SE": "iPh", "iPhone 13": "iPh", "iPad": "iPad"}[kind]
    d.update({"unit": unit, "name": "RGH-%s-%s-%02d" % (unit, short, ri(1, 40)), "wifi": mk_mac(rc(["94:FB:29", "00:A0:F8", "F0:D4:F6", "3C:22:FB"])),
              "ip": "10.40.%d.%d" % (ri(8, 31), ri(2, 250)), "intune": uid(), "jamf": ri(120, 1900),
              "asset": "AT-%06d" % ri(10000, 99999), "udid": "00008030-" + hexs(16, True),
              "did": "+1715555%04d" % ri(2000, 9899), "bt": mk_mac()})
    SHARED.append(d)


def shared(kind=None, os_=None):
    c = [d for d in SHARED if (kind is None or d["kind"] == kind) and (os_ is None or d["os"] == os_)]
    return rc(c or SHARED)


# --------------------------------------------------------------------------- patients
PATIENTS_RAW = [
    ("Anna", "Kowalska", "F"), ("Tomás", "Ibarra", "M"), ("Lan", "Nguyễn", "F"), ("Oluwaseun", "Adeyemi", "M"),
    ("Søren", "Lindqvist", "M"), ("Hiroshi", "Takeda", "M"), ("Fatima", "Al-Sayed", "F"), ("Dmitri", "Volkov", "M"),
    ("Aoife", "Ní Bhriain", "F"), ("Mateus", "Carvalho", "M"), ("Zoë", "Hartmann", "F"), ("Kwame", "Mensah", "M"),
    ("Leilani", "Kahananui", "F"), ("Ingrid", "Bjørnstad", "F"), ("Rafael", "Domínguez", "M"), ("Mei-Ling", "Chou", "F"),
    ("Yusuf", "Demir", "M"), ("Gabriela", "Wiśniewska", "F"), ("Jean-Baptiste", "Moreau", "M"), ("Tavita", "Faleolo", "F"),
    ("Ahmad", "Karimi", "M"), ("Siobhan", "O'Connell", "F"), ("Emeka", "Okafor", "M"), ("Wanda", "Pietrowski", "F"),
    ("Hyun-woo", "Seo", "M"), ("Marguerite", "Thibodeaux", "F"),
]
STREETS = ["Birch Hollow Rd", "N Barstow St", "Hastings Way", "Lakeview Dr", "County Rd T", "W Grand Ave", "Spooner Ave",
           "Cedar Ridge Ct", "Jeffers Rd", "E Clairemont Ave", "Bridge St", "Oak Knoll Ln", "Rudolph Rd", "Otter Creek Pkwy",
           "Pinehurst Cir", "Starr Ave", "Fairfax St", "Badger Ln", "Willow Bend Trl", "Mill Pond Rd"]
CITIES = [("Eau Claire", "54701", "Eau Claire"), ("Altoona", "54720", "Eau Claire"), ("Chippewa Falls", "54729", "Chippewa"),
          ("Menomonie", "54751", "Dunn"), ("Rice Lake", "54868", "Barron"), ("Fall Creek", "54742", "Eau Claire"),
          ("Bloomer", "54724", "Chippewa"), ("Augusta", "54722", "Eau Claire"), ("Osseo", "54758", "Trempealeau"),
          ("Durand", "54736", "Pepin"), ("Eau Claire", "54703", "Eau Claire")]
REL_FIRST = ["Piotr", "Lucía", "Minh", "Folake", "Astrid", "Yuki", "Omar", "Natalia", "Ciarán", "Rosa", "Lukas", "Ama",
             "Keoni", "Halvard", "Elena", "Wei", "Selin", "Tomasz", "Camille", "Sione", "Leyla", "Brendan", "Chidi", "Stan",
             "Ji-yeon", "Remy"]
RELS = [("SPO", "Spouse"), ("DAU", "Daughter"), ("SON", "Son"), ("SIS", "Sister"), ("BRO", "Brother"), ("FRN", "Friend"),
        ("GRD", "Guardian")]
MAILS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "charter.net", "hotmail.com", "proton.me"]
PAYERS = [("BCBSWI01", "Anthem Blue Cross WI", "XZH"), ("UHC00417", "UnitedHealthcare", "UHC"), ("SEC04471", "Security Health Plan", "SHP"),
          ("MCR", "Medicare Part A/B", None), ("WIMCD", "Wisconsin Medicaid ForwardHealth", None), ("QHP2231", "Quartz Health", "QTZ")]

used_phone = set()


def pphone():
    while True:
        x = ri(101, 199)
        if x not in used_phone:
            used_phone.add(x)
            return "715555%04d" % x


def ascii_fold(s):
    rep = {"á": "a", "ễ": "e", "ø": "o", "ö": "o", "ë": "e", "í": "i", "ś": "s", "ñ": "n", "é": "e", "Ø": "O", "ã": "a"}
    return "".join(rep.get(c, c) for c in s)


PATIENTS = []
for idx, (first, last, sex) in enumerate(PATIENTS_RAW):
    old = idx in (3, 11, 21, 23)  # over 89
    if old:
        dob = datetime.date(ri(1928, 1933), ri(1, 12), ri(1, 28))
    else:
        dob = datetime.date(ri(1936, 2004), ri(1, 12), ri(1, 28))
    age = 2024 - dob.year - ((3, 11) < (dob.month, dob.day))
    city, zipc, county = rc(CITIES)
    fl = ascii_fold(first).lower().replace("-", "").replace("'", "")
    ll = ascii_fold(last).lower().replace(" ", "").replace("-", "").replace("'", "")
    rel_code, rel_name = rc(RELS)
    payer = rc(PAYERS if age < 65 else PAYERS[3:4] * 3 + PAYERS)
    if payer[0] == "MCR":
        member = mk_mbi()
    elif payer[0] == "WIMCD":
        member = digits(10)
    else:
        member = payer[2] + digits(9)
    p = {
        "first": first, "last": last, "sex": sex, "dob": dob, "age": age,
        "mrn": "00" + digits(7), "street": "%d %s" % (ri(104, 9870), rc(STREETS)), "city": city, "zip": zipc,
        "county": county + " County", "phone": pphone(), "fax": pphone() if idx % 4 == 0 else None,
        "email": rc(["%s.%s%d", "%s%s%d", "%s_%s%d"]) % (fl, ll, dob.year % 100) + "@" + rc(MAILS),
        "ssn": mk_ssn(), "payer": payer, "member": member, "group": "GRP-%05d" % ri(100, 99999),
        "har": "71" + digits(9), "dl": rc("ABCDKLMPSTW") + digits(13), "plate": "%s%s%s-%04d" % (rc("ABCKMRT"), rc("ADJKNPRW"), rc("AEHKMSTX"), ri(1000, 9999)),
        "vin": mk_vin(), "ip": mk_pub_ip(), "user": rc(["%s.%s%02d" % (fl, ll, dob.year % 100), "%s%s" % (fl[0], ll), "%s_%s%02d" % (fl, ll, ri(1, 99))]),
        "kit": "KIT-RPM-%07d" % ri(10000, 99999), "case": "CM-24-%06d" % ri(1000, 99999),
        "rel_first": REL_FIRST[idx], "rel_last": last if rel_code in ("SPO", "DAU", "SON", "SIS", "BRO") else rc(["Lindgren", "Okoro", "Haas", "Medina"]),
        "rel_code": rel_code, "rel_name": rel_name, "rel_phone": pphone(),
        "admit": datetime.datetime(2024, 3, ri(1, 10), ri(0, 23), ri(0, 59)),
        "passport": None, "bed": None, "slug": "%s-%s-%s" % (fl, ll, "".join(rc("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(4))),
    }
    if idx in (4, 9, 14):
        p["passport"] = rc(["C", "F", "G"]) + "".join(rc("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
    # remote-monitoring: patient-owned devices (PHI)
    if idx % 3 != 2:
        plat = rc(["iOS", "Android"])
        if plat == "iOS":
            ph = {"platform": "iOS", "model": rc(["iPhone14,5", "iPhone13,2", "iPhone15,4", "iPhone12,8"]), "osv": rc(["17.3.1", "17.2", "16.6.1"]),
                  "serial": apple_serial(rc([10, 12])), "imei": mk_imei()}
        else:
            ph = {"platform": "Android", "model": rc(["SM-A536U", "SM-S911U", "Pixel 7a", "moto g stylus 5G", "SM-A146U"]),
                  "osv": rc(["13", "14"]), "serial": rc(["R5C", "R3CW", "RFC"]) + "".join(rc("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(8)),
                  "imei": mk_imei()}
        periph = []
        for kind, model, sn, mfrp in [("BP_CUFF", "UA-651BLE", "51" + digits(8), "0850001"),
                                       ("PULSE_OX", "Nonin 3245", "50" + digits(7), "0081234"),
                                       ("SCALE", "UC-352BLE", "52" + digits(8), "0850001"),
                                       ("GLUCOMETER", "Contour Next One", digits(8), "0301931")]:
            if random.random() < 0.55 or not periph:
                gtin = mk_gtin14("0" + mfrp)
                periph.append({"kind": kind, "model": model, "serial": sn, "mac": mk_mac(rc(["C4:7C:8D", "00:1C:05", "5C:F8:21", "D0:39:72"])),
                               "udi": "(01)%s(11)%s(21)%s" % (gtin, "2%d%02d%02d" % (ri(2, 3), ri(1, 12), ri(1, 28)), sn)})
        p["rpm"] = {"phone": ph, "periph": periph, "enroll": uid()}
    else:
        p["rpm"] = None
    PATIENTS.append(p)

_beds = set()
for p in PATIENTS:
    while True:
        b = bed(rc(["4W", "4W", "5E", "5E", "3N", "2S", "ED"]))
        if b not in _beds:
            _beds.add(b)
            p["bed"] = b
            break

# photo / palm vein templates (kept short; loggers truncate)
for p in PATIENTS:
    p["photo"] = "data:image/jpeg;base64," + b64_blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00", ri(90, 180))
    p["palm"] = b64_blob(b"PSVT\x02\x00", ri(120, 210))


def pat(rpm=False):
    c = [p for p in PATIENTS if (not rpm or p["rpm"])]
    return rc(c)


def fmt_phone(num, style):
    a, b, c = num[:3], num[3:6], num[6:]
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1{num}", num, f"{a}.{b}.{c}", f"+1 {a}-{b}-{c}", f"({a}){b}-{c}"][style]


def fmt_date(d, style):
    return [d.strftime("%Y-%m-%d"), d.strftime("%m/%d/%Y"), d.strftime("%Y%m%d"), d.strftime("%d-%b-%Y").upper(),
            d.strftime("%b %d, %Y"), "%d/%d/%d" % (d.month, d.day, d.year)][style]


def pt_name(p, style):
    if style == 0:
        return "%s %s" % (p["first"], p["last"])
    if style == 1:
        return "%s, %s" % (p["last"], p["first"])
    if style == 2:
        return "%s, %s" % (p["last"].upper(), p["first"].upper())
    return "%s %s." % (p["last"], p["first"][0])


def wname(ln, p, style, cat="name"):
    ln.p(pt_name(p, style), cat)


# --------------------------------------------------------------------------- family: spring boot (kotlin backend)
SPRING_LOGGERS = {
    "reg": "c.r.m.rpm.DeviceRegistrationService", "hs": "c.r.m.rpm.HandsetBindingService",
    "sms": "c.r.m.notify.TwilioSmsNotifier", "mail": "c.r.m.notify.EmailReminderJob", "elig": "c.r.m.billing.EligibilityClient",
    "park": "c.r.m.visitor.ParkingPassService", "photo": "c.r.m.identity.PatientPhotoController",
    "palm": "c.r.m.identity.PalmVeinEnrollmentService", "pay": "c.r.m.billing.CopayGateway", "kit": "c.r.m.rpm.KitLogisticsService",
    "case": "c.r.m.care.CareManagementService", "risk": "c.r.m.care.FallRiskScorer", "portal": "c.r.m.auth.PortalAuthFilter",
    "adt": "c.r.m.adt.AdtEventHandler", "idv": "c.r.m.identity.IdentityVerifier", "fax": "c.r.m.notify.EFaxSender",
    "alert": "c.r.m.alert.AlertRoutingService", "esc": "c.r.m.alert.EscalationScheduler", "sync": "c.r.m.mdm.IntuneSyncJob",
    "jsync": "c.r.m.mdm.JamfInventoryPoller", "hikari": "com.zaxxer.hikari.HikariDataSource", "tomcat": "o.s.b.w.embedded.tomcat.TomcatWebServer",
    "app": "c.r.mobility.MobilityApiApplicationKt", "purge": "c.r.m.alert.AlertRetentionJob", "ingest": "c.r.m.rpm.ReadingIngestService",
    "staff": "c.r.m.directory.StaffDirectoryClient", "batt": "c.r.m.mdm.DeviceHealthMonitor", "kafka": "o.a.k.clients.consumer.ConsumerConfig",
    "bcma": "c.r.m.bcma.ScanAuditConsumer", "web": "o.s.web.servlet.DispatcherServlet",
}
THREADS = ["nio-8080-exec-%d", "task-%d", "DefaultDispatcher-worker-%d", "http-nio-8080-exec-%d"]


def thread():
    t = rc(THREADS)
    return t % ri(1, 12) if "%d" in t else t


def spring_prefix(ln, level, lg, thr=None):
    t = tick()
    thr = thr or thread()
    if len(thr) > 15:
        thr = thr[-15:]
    ln.t("%s %5s 1 --- [mobility-api] [%15s] %-40s : " % (ts_spring(t), level, thr, SPRING_LOGGERS[lg]))


def stack_lines(kind):
    out = []
    frames = {
        "route": [("com.ridgecrest.mobility.alert.engage.EngageClient", "postMessage", "EngageClient.kt", 142),
                  ("com.ridgecrest.mobility.alert.AlertRoutingService$route$2", "invokeSuspend", "AlertRoutingService.kt", 88),
                  ("kotlin.coroutines.jvm.internal.BaseContinuationImpl", "resumeWith", "ContinuationImpl.kt", 33),
                  ("kotlinx.coroutines.DispatchedTask", "run", "DispatchedTask.kt", 108)],
        "reg": [("kotlinx.serialization.json.internal.StreamingJsonDecoder", "decodeSerializableValue", "StreamingJsonDecoder.kt", 69),
                ("com.ridgecrest.mobility.rpm.DeviceRegistrationController", "register", "DeviceRegistrationController.kt", 57),
                ("jdk.internal.reflect.DirectMethodHandleAccessor", "invoke", "DirectMethodHandleAccessor.java", 103),
                ("org.springframework.web.method.support.InvocableHandlerMethod", "doInvoke", "InvocableHandlerMethod.java", 255)],
        "db": [("com.zaxxer.hikari.pool.HikariPool", "createTimeoutException", "HikariPool.java", 696),
               ("com.zaxxer.hikari.pool.HikariPool", "getConnection", "HikariPool.java", 181),
               ("org.springframework.jdbc.datasource.DataSourceUtils", "fetchConnection", "DataSourceUtils.java", 160),
               ("com.ridgecrest.mobility.mdm.IntuneSyncJob", "persistPage", "IntuneSyncJob.kt", 203)],
    }[kind]
    frames = frames[:ri(2, len(frames))]
    for cls, m, f, n in frames:
        ln = Line("jvm-stacktrace")
        ln.t("\tat %s.%s(%s:%d)" % (cls, m, f, n))
        out.append(ln)
    ln = Line("jvm-stacktrace")
    ln.t("\t... %d common frames omitted" % ri(18, 64))
    out.append(ln)
    return out


def fam_spring(phi):
    ln = Line("spring-boot")
    if phi:
        k = random.choices(["reg", "hs", "sms", "mail", "elig", "park", "photo", "palm", "pay", "kit", "case", "risk",
                            "portal", "adt", "idv", "fax", "regerr", "alertpt", "deeplink"],
                           [6, 4, 4, 4, 6, 6, 2, 4, 3, 4, 3, 3, 3, 3, 5, 4, 2, 3, 3])[0]
        p = pat(rpm=k in ("reg", "hs", "kit", "regerr"))
        if k == "reg":
            d = rc(p["rpm"]["periph"])
            spring_prefix(ln, "INFO", "reg")
            ln.t("Registered RemoteDevice(id=%s, patientMrn=" % uid()).p(p["mrn"], "mrn")
            ln.t(", kind=%s, model=%s, serialNumber=" % (d["kind"], d["model"])).p(d["serial"], "device")
            ln.t(", macAddress=").p(d["mac"], "device")
            if random.random() < 0.6:
                ln.t(", udi=").p(d["udi"], "device")
            ln.t(", firmware=%d.%d.%d, registeredAt=%s)" % (ri(1, 4), ri(0, 9), ri(0, 20), ts_utc(CLOCK[0], 3)))
        elif k == "hs":
            h = p["rpm"]["phone"]
            spring_prefix(ln, "INFO", "hs")
            ln.t("Handset bound to enrollment %s: HandsetInfo(platform=%s, model=%s, osVersion=%s, imei=" % (p["rpm"]["enroll"], h["platform"].upper(), h["model"], h["osv"]))
            ln.p(h["imei"], "device").t(", serial=").p(h["serial"], "device")
            ln.t(", appVersion=3.4.%d (34%02d), clientIp=" % (ri(0, 3), ri(0, 30))).p(p["ip"], "ip").t(")")
        elif k == "sms":
            spring_prefix(ln, "INFO", "sms")
            ln.t("SMS queued to=").p(fmt_phone(p["phone"], 2), "phone")
            ln.t(" template=rpm_enroll_link body_len=%d link=" % ri(110, 158))
            ln.p("https://rpm.%s/e/%s" % (DOM, p["slug"]), "url")
            ln.t(" sid=SM%s from=+17155550100" % hexs(32))
        elif k == "mail":
            spring_prefix(ln, "INFO", "mail")
            appt = datetime.datetime(2024, 3, ri(12, 29), rc([8, 9, 10, 13, 14, 15]), rc([0, 15, 30, 45]))
            ln.t("Queued reminder email to=<").p(p["email"], "email").t("> from=<noreply@%s> template=rpm-followup-v3 appointmentAt=" % DOM)
            ln.p(appt.strftime("%Y-%m-%dT%H:%M"), "date").t(" clinic=\"Cardiology RPM\" messageId=<%s@mail.%s>" % (uid(), DOM))
        elif k == "elig":
            spring_prefix(ln, "INFO", "elig")
            payer = p["payer"]
            if payer[0] == "MCR":
                ln.t("HETS 271 received mbi=").p(p["member"], "health_plan").t(" partA=ACTIVE partB=ACTIVE traceNo=%s" % digits(10))
                if random.random() < 0.5:
                    ln.t(" beneficiary=\"").p(pt_name(p, 2), "name").t("\" dob=").p(fmt_date(p["dob"], 2), "date")
            else:
                ln.t("271 eligibility ok payer=%s memberId=" % payer[0]).p(p["member"], "health_plan")
                ln.t(" groupNumber=%s subscriber=\"" % p["group"]).p(pt_name(p, 1), "name").t("\" dob=")
                ln.p(fmt_date(p["dob"], 0), "date").t(" copay=$%d.00 elapsed=%dms" % (rc([0, 20, 25, 40]), ri(180, 2400)))
        elif k == "park":
            spring_prefix(ln, "INFO", "park")
            ln.t("Issued family parking pass passNo=PK-240311-%03d plate=" % ri(1, 300)).p(p["plate"], "vehicle")
            ln.t(" state=WI")
            if random.random() < 0.5:
                ln.t(" vin=").p(p["vin"], "vehicle")
            ln.t(" visitor=\"").p("%s %s" % (p["rel_first"], p["rel_last"]), "name").t("\" visitorOf=").p(p["mrn"], "mrn")
            ln.t(" validUntil=2024-03-%02dT23:59 garage=P2" % ri(12, 20))
        elif k == "photo":
            spring_prefix(ln, "DEBUG", "photo")
            ln.t("PUT /api/v1/patients/").p(p["mrn"], "mrn").t("/photo body={\"capturedBy\":\"%s\",\"deviceId\":\"%s\",\"image\":\"" % (staff()["emp"], shared()["name"]))
            ln.p(p["photo"], "photo").t("...\" (truncated, %d bytes)" % ri(31000, 88000))
        elif k == "palm":
            spring_prefix(ln, "DEBUG", "palm")
            ln.t("PatientSecure enroll mrn=").p(p["mrn"], "mrn").t(" hand=%s quality=%d template=" % (rc(["R", "L"]), ri(61, 98)))
            ln.p(p["palm"], "biometric")
        elif k == "pay":
            spring_prefix(ln, "WARN", "pay")
            ln.t("Copay authorization declined harAccount=").p(p["har"], "account")
            ln.t(" pan=").p(mk_card(), "account").t(" exp=%02d/%02d amount=%d.00 USD respCode=05 gatewayRef=ch_%s" % (ri(1, 12), ri(25, 29), rc([20, 25, 40, 75]), hexs(24)))
        elif k == "kit":
            spring_prefix(ln, "INFO", "kit")
            ln.t("Kit ").p(p["kit"], "other_id").t(" shipped to ").p(pt_name(p, 0), "name").t(", ").p(p["street"], "address")
            ln.t(", ").p(p["city"], "address").t(", WI ").p(p["zip"], "zip")
            ln.t(" carrier=UPS tracking=1Z%s%s sku=RPM-BP-KIT-02" % ("".join(rc("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(6)), digits(10)))
        elif k == "case":
            spring_prefix(ln, "INFO", "case")
            ln.t("Opened care-management case ").p(p["case"], "other_id").t(" for patient ").p(p["mrn"], "mrn")
            if p["age"] > 89:
                ln.t(" (age ").p(str(p["age"]), "age").t(")")
            ln.t(" reason=RPM_NONADHERENCE assignee=%s" % staff(cred="RN")["emp"])
        elif k == "risk":
            spring_prefix(ln, "INFO", "risk")
            p = rc([q for q in PATIENTS if q["age"] > 89]) if random.random() < 0.6 else p
            ln.t("Morse score recalculated mrn=").p(p["mrn"], "mrn").t(" age=")
            ln.v(str(p["age"]), "age" if p["age"] > 89 else None).t(" score=%d risk=%s bed=%s" % (ri(25, 95), rc(["HIGH", "MODERATE"]), p["bed"]))
        elif k == "portal":
            spring_prefix(ln, "INFO", "portal")
            ln.t("Patient portal login user=").p(p["user"], "other_id").t(" ip=").p(p["ip"], "ip")
            ln.t(" mfa=SMS result=SUCCESS ua=\"%s\"" % rc(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X)", "RidgecrestRPM/3.4.1 okhttp/4.12.0"]))
        elif k == "adt":
            spring_prefix(ln, "INFO", "adt", "kafka-adt-0-C-1")
            ev = rc(["A01", "A02", "A03"])
            ln.t("ADT^%s applied mrn=" % ev).p(p["mrn"], "mrn").t(" patient=").p(pt_name(p, 2), "name")
            ln.t(" bed=%s" % p["bed"])
            if ev == "A03":
                ln.t(" dischargeDate=").p(datetime.date(2024, 3, 11).isoformat(), "date").t(" disposition=HOME_WITH_RPM")
            else:
                ln.t(" admitDate=").p(p["admit"].strftime("%Y-%m-%d"), "date")
            ln.t(" offset=%d partition=0" % ri(100000, 999999))
        elif k == "idv":
            spring_prefix(ln, "INFO", "idv")
            if random.random() < 0.4:
                p = rc([q for q in PATIENTS if q["passport"]])
                ln.t("Identity verified mrn=").p(p["mrn"], "mrn").t(" docType=PASSPORT docNo=").p(p["passport"], "other_id")
                ln.t(" issuer=%s verifiedBy=%s" % (rc(["DEU", "BRA", "ESP", "DNK"]), staff(unit="ED")["emp"]))
            else:
                ln.t("Identity verified mrn=").p(p["mrn"], "mrn").t(" docType=DRIVERS_LICENSE docNo=").p(p["dl"], "license")
                ln.t(" issuer=WI-DOT expires=20%d-%02d-%02d verifiedBy=%s" % (ri(25, 31), ri(1, 12), ri(1, 28), staff(unit="ED")["emp"]))
        elif k == "fax":
            p = rc([q for q in PATIENTS if q["fax"]])
            spring_prefix(ln, "INFO", "fax")
            ln.t("Faxing RPM monthly summary mrn=").p(p["mrn"], "mrn").t(" to patient-provided fax ").p(fmt_phone(p["fax"], 1), "fax")
            ln.t(" jobId=%s pages=%d replyFax=715-555-0188" % (digits(9), ri(2, 6)))
        elif k == "deeplink":
            spring_prefix(ln, "DEBUG", "portal")
            ln.t("Profile page rendered for ").p("https://portal.%s/patients/%s/profile" % (DOM, p["user"]), "url")
            ln.t(" template=profile.html model.keys=[patient, careTeam, devices] took=%dms" % ri(8, 140))
        elif k == "alertpt":
            s = staff(cred="RN")
            spring_prefix(ln, "INFO", "alert")
            ln.t("Routed alert %s rule=RPM_BP_HIGH patient=" % uid()).p(pt_name(p, 3), "name").t(" (").p(p["mrn"], "mrn")
            ln.t(") -> %s ext=%s badge=%s" % (sname(s, 2), s["ext"], s["badge"]))
        elif k == "regerr":
            d = rc(p["rpm"]["periph"])
            spring_prefix(ln, "ERROR", "web", "http-nio-8080-exec-%d" % ri(1, 12))
            ln.t("Servlet.service() for servlet [dispatcherServlet] threw exception: kotlinx.serialization.json.internal.JsonDecodingException: ")
            ln.t("Unexpected JSON token at offset %d: Expected string literal but 'null' literal was found at path: $.device.firmware JSON input: " % ri(140, 260))
            ln.t("{\"patient\":{\"mrn\":\"").p(p["mrn"], "mrn").t("\",\"name\":\"").p(pt_name(p, 0), "name")
            ln.t("\",\"dob\":\"").p(fmt_date(p["dob"], 0), "date").t("\"},\"device\":{\"serial\":\"").p(d["serial"], "device")
            ln.t("\",\"firmware\":null,...")
            return [ln] + stack_lines("reg")
        return [ln]
    # ---- no PHI
    k = random.choices(["alert", "esc", "sync", "jsync", "hikari", "tomcat", "start", "purge", "ingest", "staff",
                        "batt", "kafka", "bcma", "routeerr", "dberr", "elig0"],
                       [6, 3, 2, 2, 1, 1, 1, 2, 4, 3, 2, 1, 3, 1, 1, 2])[0]
    if k == "alert":
        s = staff(cred=rc(["RN", "RN", "CNA", "RT"]))
        spring_prefix(ln, "INFO", "alert")
        ln.t("Routed alert %s rule=%s bed=%s -> group %s-Pod-%s [%s badge=%s ext=%s] latency=%dms" % (
            uid(), rc(["SPO2_LOW", "NURSE_CALL", "BED_EXIT", "HR_HIGH", "LEAD_OFF", "IV_PUMP_OCCL"]), bed(s["unit"] if s["unit"] in UNITS else None),
            s["unit"], rc("ABC"), sname(s, 2), s["badge"], s["ext"], ri(40, 900)))
    elif k == "esc":
        s = staff(cred="RN")
        spring_prefix(ln, "WARN", "esc", "scheduling-1")
        ln.t("Alert %s unacknowledged after %ds by %s (%s); escalating to tier %d: %s Charge RN ext %s" % (
            uid(), rc([60, 90, 120, 180]), sname(s, 0), s["badge"], ri(2, 3), s["unit"], "4" + digits(3)))
    elif k == "sync":
        spring_prefix(ln, "INFO", "sync", "scheduling-1")
        ln.t("Intune managedDevices delta sync complete: fetched=%d updated=%d noncompliant=%d skipToken=%s elapsed=%d.%03ds" % (
            ri(380, 460), ri(3, 60), ri(0, 6), hexs(20), ri(2, 14), ri(0, 999)))
    elif k == "jsync":
        d = shared(os_=rc(["iOS", "iPadOS"]))
        spring_prefix(ln, "DEBUG", "jsync", "scheduling-1")
        ln.t("GET https://ridgecrest.jamfcloud.com/api/v2/mobile-devices/%d/detail -> 200 (%dms) serial=%s lastInventoryUpdate=%s" % (
            d["jamf"], ri(90, 700), d["serial"], ts_utc(CLOCK[0] - datetime.timedelta(minutes=ri(3, 600)))))
    elif k == "hikari":
        spring_prefix(ln, "INFO", "hikari", "main")
        ln.t("HikariPool-1 - Start completed.")
    elif k == "tomcat":
        spring_prefix(ln, "INFO", "tomcat", "main")
        ln.t("Tomcat started on port 8080 (http) with context path ''")
    elif k == "start":
        spring_prefix(ln, "INFO", "app", "main")
        ln.t("Started MobilityApiApplicationKt in %d.%03d seconds (process running for %d.%02d)" % (ri(6, 14), ri(0, 999), ri(7, 16), ri(0, 99)))
    elif k == "purge":
        spring_prefix(ln, "INFO", "purge", "scheduling-1")
        ln.t("Purged %d alert records with createdAt < 2024-02-%02d (retention=30d) in %dms" % (ri(1000, 9000), ri(9, 11), ri(200, 3000)))
    elif k == "ingest":
        p = pat(rpm=True)
        spring_prefix(ln, "DEBUG", "ingest", "DefaultDispatcher-worker-%d" % ri(1, 8))
        typ = rc(["BP", "SPO2", "WEIGHT", "GLUCOSE"])
        val = {"BP": "%d/%d mmHg" % (ri(104, 172), ri(60, 101)), "SPO2": "%d %%" % ri(88, 99), "WEIGHT": "%d.%d kg" % (ri(48, 130), ri(0, 9)),
               "GLUCOSE": "%d mg/dL" % ri(70, 260)}[typ]
        ln.t("Reading accepted enrollment=%s type=%s value=%s measuredAt=%s seq=%d" % (p["rpm"]["enroll"], typ, val, ts_utc(CLOCK[0] - datetime.timedelta(seconds=ri(20, 900))), ri(100, 9999)))
    elif k == "staff":
        s = staff()
        spring_prefix(ln, "DEBUG", "staff")
        ln.t("Directory hit badge=%s -> %s %s (%s) unit=%s ext=%s upn=%s" % (s["badge"], s["first"], s["last"], s["cred"], s["unit"], s["ext"], s["upn"]))
    elif k == "batt":
        d = shared()
        spring_prefix(ln, "WARN", "batt", "scheduling-1")
        ln.t("Shared device %s serial=%s battery=%d%% lastCheckIn=%s owner=SHARED_%s asset=%s" % (
            d["name"], d["serial"], ri(3, 15), ts_utc(CLOCK[0] - datetime.timedelta(minutes=ri(1, 80)), 0), d["unit"], d["asset"]))
    elif k == "kafka":
        spring_prefix(ln, "INFO", "kafka", "main")
        ln.t("ConsumerConfig values: bootstrap.servers = [kafka-0.int.%s:9093, kafka-1.int.%s:9093] group.id = mobility-adt client.id = consumer-mobility-adt-%d" % (DOM, DOM, ri(1, 4)))
    elif k == "bcma":
        spring_prefix(ln, "INFO", "bcma", "kafka-adt-0-C-1")
        ln.t("BCMA audit order=ORD-%d ndc=%s lot=%s exp=%s result=MATCH device=%s user=%s" % (
            ri(7000000, 7999999), "%04d-%04d-%02d" % (ri(1, 9999), ri(1, 9999), ri(1, 99)), rc("LKH") + digits(5) + rc("AB"),
            "2025-%02d-30" % ri(1, 12), shared(os_="Android")["name"], staff(cred="RN")["emp"]))
    elif k == "routeerr":
        spring_prefix(ln, "ERROR", "alert")
        ln.t("Delivery to Engage failed after 3 attempts: java.net.SocketTimeoutException: Read timed out (https://engage.int.%s:8443/api/v2/messages)" % DOM)
        return [ln] + stack_lines("route")
    elif k == "dberr":
        spring_prefix(ln, "ERROR", "sync", "scheduling-1")
        ln.t("Page persist failed: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, waiting=3)")
        return [ln] + stack_lines("db")
    elif k == "elig0":
        spring_prefix(ln, "WARN", "elig")
        ln.t("Clearinghouse %s responded 503; retry %d/5 in %dms (payer=%s groupNumber=GRP-%05d)" % (
            rc(["availity", "change-hc"]), ri(1, 4), rc([500, 1000, 2000]), rc(PAYERS)[0], ri(100, 99999)))
    return [ln]


# --------------------------------------------------------------------------- family: logstash JSON (kotlin workers)
def fam_logstash(phi):
    ln = Line("logstash-json")
    t = tick()
    head = [("@timestamp", ts_spring(t)), ("@version", "1")]
    tail = lambda lg, lvl, thr: [("logger_name", lg), ("thread_name", thr), ("level", lvl),
                                 ("level_value", {"INFO": 20000, "WARN": 30000, "DEBUG": 10000, "ERROR": 40000}[lvl])]
    trace = [("traceId", hexs(32)), ("spanId", hexs(16))]
    if phi:
        p = pat(rpm=random.random() < 0.6)
        k = rc(["msg", "rpmreg", "consent", "alertctx", "alertctx", "appt", "bedboard", "addr", "voice", "photo", "valet"])
        if k == "alertctx" and random.random() < 0.5:
            p = rc([q for q in PATIENTS if q["age"] > 89])
        if k == "msg":
            s = staff(cred="RN")
            def body(l):
                l.t("Secure message delivered to %s regarding " % sname(s, 0))
                l.p(pt_name(p, 1), "name").t(" MRN ").p(p["mrn"], "mrn")
            items = head + [("message", body)] + tail("com.ridgecrest.mobility.msg.SecureMessageService", "INFO", "DefaultDispatcher-worker-%d" % ri(1, 8)) + trace + [
                ("msgId", uid()), ("recipientBadge", s["badge"]), ("pt_mrn", p["mrn"], "mrn")]
        elif k == "rpmreg" and p["rpm"]:
            h = p["rpm"]["phone"]
            items = head + [("message", "RPM handset registered")] + tail("com.ridgecrest.mobility.rpm.RegistrationWorker", "INFO", "task-%d" % ri(1, 9)) + trace + [
                ("patientId", p["mrn"], "mrn"), ("handsetImei", h["imei"], "device"), ("handsetSerial", h["serial"], "device"),
                ("client_ip", p["ip"], "ip"), ("appBuild", "34%02d" % ri(0, 30)), ("enrollmentId", p["rpm"]["enroll"])]
        elif k == "consent":
            def body(l):
                l.t("e-consent signed by ")
                if random.random() < 0.5:
                    l.p("%s %s" % (p["rel_first"], p["rel_last"]), "name").t(" (%s) on behalf of " % p["rel_name"].lower())
                l.p(pt_name(p, 0), "name")
            items = head + [("message", body)] + tail("com.ridgecrest.mobility.consent.ConsentService", "INFO", "nio-8080-exec-%d" % ri(1, 12)) + trace + [
                ("mrn", p["mrn"], "mrn"), ("consentForm", "RPM-CONSENT-v7"), ("signerPhone", fmt_phone(p["rel_phone"], 3), "phone"),
                ("signedFromIp", p["ip"], "ip")]
        elif k == "appt":
            appt = datetime.datetime(2024, 3, ri(12, 29), rc([8, 9, 10, 13, 14]), rc([0, 20, 40]))
            items = head + [("message", "Follow-up appointment booked")] + tail("com.ridgecrest.mobility.sched.AppointmentSync", "INFO", "scheduling-1") + trace + [
                ("patient_mrn", p["mrn"], "mrn"), ("patient_name", pt_name(p, 0), "name"), ("appointment_ts", appt.strftime("%Y-%m-%dT%H:%M:00"), "date"),
                ("provider", "Dr. %s" % staff(cred="MD")["last"]), ("dept", "CARDIOLOGY RPM"), ("visit_type", "TELEHEALTH")]
        elif k == "alertctx":
            items = head + [("message", "Alert context enriched")] + tail("com.ridgecrest.mobility.alert.ContextEnricher", "DEBUG", "DefaultDispatcher-worker-%d" % ri(1, 8)) + trace + [
                ("alertId", uid()), ("bed", p["bed"]), ("mrn", p["mrn"], "mrn"), ("ptName", pt_name(p, 2), "name"), ("dob", fmt_date(p["dob"], 1), "date")]
            if p["age"] > 89:
                items.append(("ageYears", p["age"], "age"))
            else:
                items.append(("ageYears", p["age"]))
        elif k == "addr":
            items = head + [("message", "Shipping address verified for RPM kit")] + tail("com.ridgecrest.mobility.rpm.AddressVerifier", "INFO", "task-%d" % ri(1, 9)) + trace + [
                ("kitId", p["kit"], "other_id"), ("recipient", pt_name(p, 0), "name"), ("line1", p["street"], "address"), ("city", p["city"], "address"),
                ("county", p["county"], "address"), ("state", "WI"), ("postalCode", p["zip"], "zip"), ("uspsDpv", "Y"), ("carrierRoute", "R%03d" % ri(1, 40))]
        elif k == "valet":
            items = head + [("message", "Valet ticket opened")] + tail("com.ridgecrest.mobility.visitor.ValetService", "INFO", "nio-8080-exec-%d" % ri(1, 12)) + trace + [
                ("ticketNo", "V%06d" % ri(1000, 999999)), ("plate", p["plate"], "vehicle"), ("plateState", "WI"), ("vin", p["vin"], "vehicle"),
                ("driverName", "%s %s" % (p["rel_first"], p["rel_last"]), "name"), ("visitingMrn", p["mrn"], "mrn"), ("lot", "P1-VALET")]
        elif k == "photo":
            items = head + [("message", "Wristband photo attached")] + tail("com.ridgecrest.mobility.identity.WristbandPhotoListener", "DEBUG", "task-%d" % ri(1, 9)) + trace + [
                ("patientMrn", p["mrn"], "mrn"), ("capturedOn", shared(os_="Android")["name"]), ("photoDataUri", p["photo"][:ri(120, 260)], "photo"),
                ("photoTruncated", True), ("sizeBytes", ri(30000, 90000))]
        elif k == "voice":
            items = head + [("message", "IVR voiceprint enrolled")] + tail("com.ridgecrest.mobility.ivr.VoiceprintService", "DEBUG", "DefaultDispatcher-worker-%d" % ri(1, 8)) + trace + [
                ("mrn", p["mrn"], "mrn"), ("callerAni", fmt_phone(p["phone"], 3), "phone"), ("vpTemplate", b64_blob(b"VPRT\x01", ri(90, 150)), "biometric"),
                ("engine", "nuance-gatekeeper"), ("netSpeechSec", ri(9, 30))]
        else:
            items = head + [("message", "Bed board updated")] + tail("com.ridgecrest.mobility.adt.BedBoardProjector", "INFO", "kafka-adt-0-C-1") + trace + [
                ("bed", p["bed"]), ("patientMrn", p["mrn"], "mrn"), ("displayName", pt_name(p, 3), "name"), ("isolation", rc(["NONE", "CONTACT", "DROPLET"])),
                ("fallRisk", rc([True, False])), ("admittedAt", p["admit"].strftime("%Y-%m-%dT%H:%M:00"), "date")]
        jobj(ln, items)
        return [ln]
    k = rc(["ack", "sync", "webhook", "token", "jamf", "ingest"])
    if k == "ack":
        s = staff(cred=rc(["RN", "CNA"]))
        items = head + [("message", "Alert acknowledged")] + tail("com.ridgecrest.mobility.alert.AckHandler", "INFO", "nio-8080-exec-%d" % ri(1, 12)) + trace + [
            ("alertId", uid()), ("ackBy", sname(s, 0)), ("badgeId", s["badge"]), ("extension", s["ext"]), ("device", shared()["name"]), ("responseMs", ri(900, 95000))]
    elif k == "sync":
        items = head + [("message", "Device compliance snapshot stored")] + tail("com.ridgecrest.mobility.mdm.ComplianceSnapshotJob", "INFO", "scheduling-1") + trace + [
            ("compliant", ri(380, 440)), ("noncompliant", ri(0, 7)), ("inGracePeriod", ri(0, 3)), ("snapshotDate", CLOCK[0].strftime("%Y-%m-%d"))]
    elif k == "webhook":
        items = head + [("message", "Intune change notification accepted")] + tail("com.ridgecrest.mobility.mdm.GraphWebhookController", "INFO", "nio-8080-exec-%d" % ri(1, 12)) + trace + [
            ("subscriptionId", uid()), ("changeType", "updated"), ("resource", "deviceManagement/managedDevices('%s')" % shared()["intune"]), ("clientState", "rgh-" + hexs(8))]
    elif k == "token":
        items = head + [("message", "APNs token refreshed")] + tail("com.ridgecrest.mobility.push.ApnsTokenProvider", "DEBUG", "scheduling-1") + trace + [
            ("teamId", "7Q2" + apple_serial(7)), ("keyId", apple_serial(10)), ("expiresInSec", 3300)]
    elif k == "jamf":
        d = shared(os_=rc(["iOS", "iPadOS"]))
        items = head + [("message", "MDM command queued")] + tail("com.ridgecrest.mobility.mdm.JamfCommandClient", "INFO", "task-%d" % ri(1, 9)) + trace + [
            ("command", rc(["ClearPasscode", "DeviceLock", "UpdateInventory", "RestartDevice"])), ("jamfId", d["jamf"]), ("serialNumber", d["serial"]),
            ("requestedBy", staff(unit="IS")["upn"]), ("ticket", "INC%07d" % ri(100000, 999999))]
    else:
        p = pat(rpm=True)
        items = head + [("message", "Threshold check passed")] + tail("com.ridgecrest.mobility.rpm.ThresholdEvaluator", "DEBUG", "DefaultDispatcher-worker-%d" % ri(1, 8)) + trace + [
            ("enrollmentId", p["rpm"]["enroll"]), ("metric", "SPO2"), ("value", ri(90, 99)), ("lower", 90), ("window", "PT15M")]
    jobj(ln, items)
    return [ln]


# --------------------------------------------------------------------------- family: vocera engage style (log4j)
def engage_prefix(ln, level, thr, cls):
    ln.t("%s %-5s [%s] %s - " % (ts_log4j(tick()), level, thr, cls))


def fam_engage(phi):
    ln = Line("engage-log4j")
    if phi:
        p = pat()
        k = rc(["nursecall", "assoc", "msg", "lab", "age"])
        s = staff(cred="RN")
        if k == "nursecall":
            engage_prefix(ln, "INFO", "AlertWorker-%d" % ri(1, 8), "c.v.engage.routing.AlertRouter")
            ln.t("Alert id=ALR-%d type=NURSE_CALL src=Rauland-R5 bed=%s pt=\"" % (ri(80000, 99999), p["bed"]))
            ln.p(pt_name(p, 1), "name").t("\" mrn=").p(p["mrn"], "mrn")
            ln.t(" -> recipients=[%s (x%s, badge %s)] tier=1" % (sname(s, 1), s["ext"], s["badge"]))
        elif k == "assoc":
            engage_prefix(ln, "INFO", "AdtAdapter-1", "c.v.engage.adapter.hl7.PatientBedAssociator")
            ln.t("Associated patient ").p(pt_name(p, 2), "name").t(" dob=").p(fmt_date(p["dob"], 2), "date")
            ln.t(" MRN=").p(p["mrn"], "mrn").t(" with location %s (primary RN %s, CNA %s)" % (p["bed"], sname(s, 0), sname(staff(cred="CNA"), 0)))
        elif k == "msg":
            engage_prefix(ln, "DEBUG", "MsgDelivery-%d" % ri(1, 6), "c.v.engage.delivery.MessageDispatcher")
            ln.t("Deliver msg=%s to=%s via=VCS body=\"Pt " % (uid(), s["badge"]))
            ln.p(p["last"], "name").t(" %s " % p["bed"]).p(p["mrn"], "mrn").t(" %s\"" % rc(["BP 82/50 pls assess", "c/o CP 7/10, EKG ordered", "refusing meds, family at bedside", "K+ 6.1 critical, MD notified"]))
        elif k == "lab":
            engage_prefix(ln, "INFO", "LabCritical-1", "c.v.engage.adapter.lab.CriticalResultRouter")
            coll = CLOCK[0] - datetime.timedelta(minutes=ri(30, 200))
            ln.t("Critical result %s for " % rc(["K 6.4 mmol/L", "Trop-I 2.31 ng/mL", "Lactate 4.8 mmol/L", "Hgb 6.2 g/dL"]))
            ln.p(pt_name(p, 0), "name").t(" (MRN ").p(p["mrn"], "mrn").t(") collected ")
            ln.p(coll.strftime("%m/%d/%Y %H:%M"), "date").t(" -> %s ext %s; callback 715-555-0150" % (sname(s, 0), s["ext"]))
        else:
            p = rc([q for q in PATIENTS if q["age"] > 89])
            engage_prefix(ln, "INFO", "AlertWorker-%d" % ri(1, 8), "c.v.engage.routing.AlertRouter")
            bd = p["bed"]
            ln.t("Bed-exit alarm %s pt=" % bd).p(p["last"].upper(), "name").t(" age=").p(str(p["age"]), "age")
            ln.t(" fallRisk=HIGH routed to %s-Sitter (x%s)" % (bd.split("-")[0], "4" + digits(3)))
        return [ln]
    k = rc(["esc", "deliv", "reg", "hb", "ack", "tmo"])
    s = staff()
    if k == "esc":
        engage_prefix(ln, "WARN", "Escalation-2", "c.v.engage.routing.EscalationPolicy")
        ln.t("No response ALR-%d after 90s; tier 2 -> %s Charge (x%s)" % (ri(80000, 99999), s["unit"], "4" + digits(3)))
    elif k == "deliv":
        d = shared(os_=rc(["iOS", "Android"]))
        engage_prefix(ln, "INFO", "MsgDelivery-%d" % ri(1, 6), "c.v.engage.delivery.MessageDispatcher")
        ln.t("Delivered msg=%s to %s (badge %s) device=%s latency=%dms" % (uid(), sname(s, 1), s["badge"], d["name"], ri(80, 2400)))
    elif k == "reg":
        d = shared()
        engage_prefix(ln, "INFO", "SessionMgr-1", "c.v.engage.session.DeviceSessionManager")
        ln.t("User %s (%s) logged in on %s serial=%s ip=%s ver=VCS 3.9.2.1047" % (s["upn"], s["badge"], d["name"], d["serial"], d["ip"]))
    elif k == "hb":
        engage_prefix(ln, "DEBUG", "Heartbeat", "c.v.engage.adapter.Heartbeat")
        ln.t("adapter=%s status=UP lastMsg=%s queueDepth=%d" % (rc(["hl7-adt", "rauland", "philips-piic", "alaris-pump"]), ts_log4j(CLOCK[0] - datetime.timedelta(seconds=ri(1, 60))), ri(0, 14)))
    elif k == "ack":
        engage_prefix(ln, "INFO", "AlertWorker-%d" % ri(1, 8), "c.v.engage.routing.AlertRouter")
        ln.t("ALR-%d ACCEPTED by %s via badge %s in %ds" % (ri(80000, 99999), sname(s, 2), s["badge"], ri(4, 170)))
    else:
        engage_prefix(ln, "ERROR", "MsgDelivery-%d" % ri(1, 6), "c.v.engage.delivery.ApnsGateway")
        ln.t("APNs push failed status=410 reason=Unregistered token=%s... device=%s" % (hexs(16), shared(os_="iOS")["name"]))
    return [ln]


# --------------------------------------------------------------------------- family: spok-like secure messaging JSON
def fam_spok(phi):
    ln = Line("spok-event-json")
    t = tick()
    s1 = rc([x for x in STAFF if x["cred"] != "IT"])
    s2 = staff(cred=rc(["RN", "MD"]))
    while s2 is s1:
        s2 = staff(cred=rc(["RN", "MD"]))
    base = [("eventType", None), ("eventTime", ts_utc(t)), ("msgId", uid()), ("conversationId", uid())]
    frm = O(("badgeId", s1["badge"]), ("displayName", sname(s1, 1)), ("ext", s1["ext"]), ("role", s1["cred"]))
    to = A(O(("badgeId", s2["badge"]), ("displayName", sname(s2, 1)), ("pager", "8%s" % digits(6))))
    if phi:
        sty = rc([0, 1, 2])
        p = rc([q for q in PATIENTS if q["age"] > 89]) if (sty == 0 and random.random() < 0.5) else pat()
        bd = p["bed"]

        def body(l):
            if sty == 0:
                l.t("Pt ").p(pt_name(p, 1), "name").t(" in %s (MRN " % bd).p(p["mrn"], "mrn").t(")")
                if p["age"] > 89:
                    l.t(" ").p(str(p["age"]), "age").t(" y/o")
                l.t(" %s, pls call back x%s" % (rc(["c/o chest pain", "SBP 78", "new confusion", "fell in bathroom, no LOC"]), s1["ext"]))
            elif sty == 1:
                l.t("%s: family (" % bd).p("%s %s" % (p["rel_first"], p["rel_last"]), "name").t(", %s) asking for update, cb " % p["rel_name"].lower())
                l.p(fmt_phone(p["rel_phone"], 1), "phone")
            else:
                l.t("Pharmacy: ").p(p["last"], "name").t(" ").p(p["mrn"], "mrn").t(" vanco trough due 0530, level pending")
        items = base[:]
        items[0] = ("eventType", "MESSAGE_SENT")
        items += [("priority", rc(["HIGH", "NORMAL", "STAT"])), ("from", frm), ("to", to), ("body", body)]
        if random.random() < 0.6:
            items.append(("patientContext", O(("mrn", p["mrn"], "mrn"), ("name", pt_name(p, 2), "name"), ("location", bd))))
        jobj(ln, items)
        return [ln]
    k = rc(["read", "sent", "page", "status"])
    items = base[:]
    if k == "read":
        items[0] = ("eventType", "MESSAGE_READ")
        items += [("reader", O(("badgeId", s2["badge"]), ("displayName", sname(s2, 1)))), ("readAt", ts_utc(t + datetime.timedelta(seconds=ri(2, 90))))]
    elif k == "sent":
        items[0] = ("eventType", "MESSAGE_SENT")
        items += [("priority", "NORMAL"), ("from", frm), ("to", to), ("body", rc(["Can you cover my break at 1400?", "Tele box 5E-12 battery low, swapping",
                                                                                    "Pyxis on 4W is down, use 5E override", "Huddle moved to 0715 in conf rm B",
                                                                                    "Rapid response cleared, thanks all"]))]
    elif k == "page":
        items[0] = ("eventType", "PAGE_DELIVERED")
        items += [("pagerId", "8" + digits(6)), ("carrier", "SpokNet"), ("callback", "715-555-0%d" % ri(150, 199)), ("recipient", sname(s2, 0))]
    else:
        items[0] = ("eventType", "PRESENCE_CHANGED")
        items += [("user", O(("badgeId", s1["badge"]), ("upn", s1["upn"]))), ("status", rc(["AVAILABLE", "BUSY", "OFF_SHIFT"])), ("device", shared()["name"])]
    jobj(ln, items)
    return [ln]


# --------------------------------------------------------------------------- family: HL7 v2 ADT (interface engine dump)
def hl7_msg(p):
    lines = []
    ev = rc(["A01", "A08", "A02", "A03"])
    t = tick()
    ctrl = "MSG%08d" % ri(1000000, 99999999)
    ln = Line("hl7v2-dump")
    ln.t("%s DEBUG [mllp-rx-%d] c.r.m.adt.MllpListener - Inbound from 10.20.4.18:%d len=%d" % (ts_log4j(t), ri(1, 4), ri(40000, 60000), ri(700, 1500)))
    lines.append(ln)
    ln = Line("hl7v2-dump")
    ln.t("MSH|^~\\&|EPIC|RGH|ENGAGE|RGH|%s||ADT^%s^ADT_A01|%s|P|2.5.1" % ((t - datetime.timedelta(seconds=ri(1, 5))).strftime("%Y%m%d%H%M%S"), ev, ctrl))
    lines.append(ln)
    # PID
    ln = Line("hl7v2-dump")
    ln.t("PID|1||").p(p["mrn"], "mrn").t("^^^RGH^MR||").p(p["last"].upper(), "name").t("^").p(p["first"].upper(), "name")
    ln.t("^^^^^L||").p(p["dob"].strftime("%Y%m%d"), "date").t("|%s|||" % p["sex"])
    ln.p(p["street"], "address").t("^^").p(p["city"], "address").t("^WI^").p(p["zip"], "zip").t("^USA^H||")
    ph = p["phone"]
    ln.p("(%s)%s-%s" % (ph[:3], ph[3:6], ph[6:]), "phone").t("^PRN^PH")
    if random.random() < 0.7:
        ln.t("~^NET^Internet^").p(p["email"], "email")
    if p["fax"]:
        f = p["fax"]
        ln.t("~").p("(%s)%s-%s" % (f[:3], f[3:6], f[6:]), "fax").t("^PRN^FX")
    ln.t("||%s|%s||" % (rc(["ENG", "SPA", "POL", "VIE", "ARA", "RUS"]), rc(["M", "S", "W", "D"])))
    ln.p(p["har"], "account").t("|").p(p["ssn"], "ssn").t("|")
    if random.random() < 0.6:
        ln.p(p["dl"], "license").t("^WI")
    lines.append(ln)
    # NK1
    ln = Line("hl7v2-dump")
    ln.t("NK1|1|").p(p["rel_last"].upper(), "name").t("^").p(p["rel_first"].upper(), "name").t("|%s^%s|||" % (p["rel_code"], p["rel_name"]))
    rp = p["rel_phone"]
    ln.p("(%s)%s-%s" % (rp[:3], rp[3:6], rp[6:]), "phone").t("^PRN^PH||EC^Emergency Contact")
    lines.append(ln)
    # PV1
    md = staff(cred="MD")
    b = p["bed"]
    unit = b.split("-")[0]
    f = ["PV1", "1", "I", "%s^%s^%s^RGH^^^^^%s" % (unit if unit != "ED" else "ED", b.split("-")[1][:-1] if b[-1] in "AB" else b.split("-")[1], b[-1] if b[-1] in "AB" else "", UNITS[unit]),
         "EL" if random.random() < 0.4 else "EM", "", "", "%s^%s^%s^^^MD" % (md["npi"], md["last"].upper(), md["first"].upper()), "", "", "MED"]
    f += [""] * (44 - len(f))
    ln = Line("hl7v2-dump")
    ln.t("|".join(f) + "|").p(p["admit"].strftime("%Y%m%d%H%M"), "date")
    if ev == "A03":
        ln.t("|").p(datetime.datetime(2024, 3, 11, t.hour, t.minute).strftime("%Y%m%d%H%M"), "date")
    lines.append(ln)
    # IN1
    if random.random() < 0.75:
        pay = p["payer"]
        ln = Line("hl7v2-dump")
        fields = ["IN1", "1", "%s^%s" % (pay[0], pay[1]), str(ri(1000, 9999)), pay[1].upper(), "PO BOX %d^^%s" % (ri(1000, 99999), rc(["ATLANTA^GA^30348", "MADISON^WI^53707", "SALT LAKE CITY^UT^84130"])),
                  "", "(800)555-0%d" % ri(100, 199), p["group"] if pay[0] not in ("MCR", "WIMCD") else ""]
        ln.t("|".join(fields) + "|" + "|" * 7)  # to IN1-16
        ln.p(p["last"].upper(), "name").t("^").p(p["first"].upper(), "name").t("|SEL|").p(p["dob"].strftime("%Y%m%d"), "date")
        ln.t("|" * 18).p(p["member"], "health_plan")
        lines.append(ln)
    ack = Line("hl7v2-dump")
    ack.t("%s INFO  [mllp-rx-%d] c.r.m.adt.MllpListener - ACK AA sent for %s (%dms)" % (ts_log4j(tick(20, 400)), ri(1, 4), ctrl, ri(3, 60)))
    lines.append(ack)
    return lines


def fam_hl7(phi):
    if phi:
        return hl7_msg(pat())
    ln = Line("hl7v2-dump")
    k = rc(["ack", "conn", "nak"])
    t = tick()
    if k == "ack":
        ln.t("%s INFO  [mllp-rx-%d] c.r.m.adt.MllpListener - ACK AA sent for MSG%08d (%dms)" % (ts_log4j(t), ri(1, 4), ri(1000000, 99999999), ri(3, 60)))
    elif k == "conn":
        ln.t("%s INFO  [mllp-acceptor] c.r.m.adt.MllpListener - Connection from 10.20.4.18:%d accepted (peer=epic-bridges-02.int.%s)" % (ts_log4j(t), ri(40000, 60000), DOM))
    else:
        ln.t("%s WARN  [mllp-rx-%d] c.r.m.adt.MllpListener - ACK AE sent for MSG%08d: PV1-3 location 6N^612 unknown to bed map v%d" % (ts_log4j(t), ri(1, 4), ri(1000000, 99999999), ri(40, 60)))
    return [ln]


# --------------------------------------------------------------------------- family: android logcat (Zebra scanners + patient RPM app)
def logcat(ln, level, tag, pid, tid):
    ln.t("%s %5d %5d %s %-8s: " % (ts_logcat(tick(30, 9000)), pid, tid, level, tag))


def fam_logcat_zebra(phi):
    pid = rc([2211, 3187, 4402])
    ln = Line("android-logcat")
    if phi:
        p = pat()
        k = rc(["wrist", "wrist2", "mismatch", "specimen", "pid"])
        if k == "wrist":
            logcat(ln, "I", "BcmaScan", pid, pid + ri(1, 80))
            ln.t("wristband decoded symbology=PDF417 raw=MRN:").p(p["mrn"], "mrn").t("|").p(pt_name(p, 2).replace(", ", ","), "name")
            ln.t("|DOB:").p(fmt_date(p["dob"], 2), "date").t("|SEX:%s" % p["sex"])
        elif k == "wrist2":
            logcat(ln, "D", "DataWedge", 1422, 1422 + ri(10, 90))
            ln.t("Intent extras: {com.symbol.datawedge.source=scanner, com.symbol.datawedge.label_type=LABEL-TYPE-CODE128, com.symbol.datawedge.data_string=M")
            ln.p(p["mrn"], "mrn").t(", com.symbol.datawedge.decode_data=[[B@%s]}" % hexs(7))
        elif k == "mismatch":
            q = pat()
            while q is p:
                q = pat()
            logcat(ln, "W", "BcmaScan", pid, pid + ri(1, 80))
            ln.t("PATIENT MISMATCH expected mrn=").p(p["mrn"], "mrn").t(" scanned mrn=").p(q["mrn"], "mrn")
            ln.t(" order=ORD-%d user=%s device=%s" % (ri(7000000, 7999999), staff(cred="RN")["emp"], shared(os_="Android")["name"]))
        elif k == "specimen":
            coll = CLOCK[0] - datetime.timedelta(minutes=ri(0, 5))
            logcat(ln, "I", "SpecCollect", pid, pid + ri(1, 80))
            ln.t("label printed container=S%02d%03d%05d test=%s pt=" % (24, 71, ri(100, 99999), rc(["CBC", "BMP", "LACT", "BCX2", "PT/INR"])))
            ln.p(p["mrn"], "mrn").t(" collectedAt=").p(coll.strftime("%Y-%m-%dT%H:%M:%S"), "date").t(" printer=ZQ620-%s" % hexs(4, True))
        else:
            logcat(ln, "I", "BcmaScan", pid, pid + ri(1, 80))
            ln.t("positive patient ID ok: ").p(pt_name(p, 0), "name").t(" / ").p(fmt_date(p["dob"], 1), "date")
            ln.t(" matched wristband, bed=%s" % p["bed"])
        return [ln]
    k = rc(["med", "dw", "emdk", "batt", "wifi", "gc", "scanfail", "mx"])
    if k == "med":
        logcat(ln, "I", "BcmaScan", pid, pid + ri(1, 80))
        gtin = mk_gtin14("0030" + digits(1))
        ln.t("med scan gs1=(01)%s(17)%s(10)%s ndc=%s order=ORD-%d result=MATCH" % (gtin, "2%d%02d%02d" % (ri(4, 6), ri(1, 12), rc([28, 30, 31])), rc("LKH") + digits(5),
                                                                                  "%s-%s-%s" % (gtin[3:7], gtin[7:11], gtin[11:13]), ri(7000000, 7999999)))
    elif k == "dw":
        logcat(ln, "D", "DataWedge", 1422, 1422 + ri(10, 90))
        ln.t("Profile switched to 'RGH_BCMA' for package com.ridgecrest.bcma (activity .ScanActivity)")
    elif k == "emdk":
        logcat(ln, "I", "EMDKService", 1310, 1310 + ri(1, 40))
        ln.t("ScannerManager: enabled SCANNER_INTERNAL_IMAGER (SE4710) friendlyName=2D Barcode Imager")
    elif k == "batt":
        d = shared(os_="Android")
        logcat(ln, "W", "BatteryMgr", 1088, 1088 + ri(1, 30))
        ln.t("battery=%d%% health=GOOD cycles=%d partNo=BT-000318-01 serial=T%s device=%s" % (ri(4, 19), ri(120, 700), digits(8), d["serial"]))
    elif k == "wifi":
        logcat(ln, "I", "WifiStateMachine", 1088, 1088 + ri(1, 30))
        ln.t("roamed SSID=\"RGH-Clinical\" bssid=%s rssi=-%d freq=%d ip=%s" % (mk_mac("84:D4:7E"), ri(48, 77), rc([5180, 5240, 5745, 5805]), shared(os_="Android")["ip"]))
    elif k == "gc":
        logcat(ln, "I", "art", pid, pid + ri(1, 10))
        ln.t("Background concurrent copying GC freed %d(%dMB) AllocSpace objects, %d(%dKB) LOS objects, %d%% free, %dMB/%dMB, paused %dus total %d.%03dms" % (
            ri(10000, 90000), ri(1, 9), ri(1, 40), ri(100, 900), ri(30, 60), ri(10, 40), ri(30, 80), ri(40, 900), ri(20, 190), ri(0, 999)))
    elif k == "scanfail":
        logcat(ln, "E", "BcmaScan", pid, pid + ri(1, 80))
        ln.t("decode timeout after 5000ms (trigger=HARD, symbology=UNKNOWN) session=%s" % uid())
    else:
        logcat(ln, "I", "MXMF", 1277, 1277 + ri(1, 30))
        ln.t("OEMConfig applied: profile=RGH-Shared-Nurse-TC5x v%d.%d csp=PowerMgr,WifiMgr,DevAdmin result=SUCCESS" % (ri(3, 9), ri(0, 20)))
    return [ln]


def fam_logcat_rpm(phi):
    pid = rc([12011, 14490, 9876])
    ln = Line("android-logcat")
    if phi:
        p = rc([q for q in PATIENTS if q["rpm"] and q["rpm"]["phone"]["platform"] == "Android"])
        k = rc(["ble", "reg", "auth", "oxi"])
        if k == "ble":
            d = rc(p["rpm"]["periph"])
            logcat(ln, "I", "RpmBle", pid, pid + ri(20, 60))
            ln.t("Connected to %s addr=" % d["model"]).p(d["mac"], "device").t(" bondState=BOND_BONDED mtu=%d" % rc([23, 185, 247]))
        elif k == "reg":
            h = p["rpm"]["phone"]
            logcat(ln, "D", "RpmRegistration", pid, pid)
            ln.t("POST /v1/handsets {\"imei\":\"").p(h["imei"], "device").t("\",\"serial\":\"").p(h["serial"], "device")
            ln.t("\",\"model\":\"%s\",\"sdk\":%d}" % (h["model"], 33 if h["osv"] == "13" else 34))
        elif k == "auth":
            logcat(ln, "E", "RpmApi", pid, pid + ri(20, 60))
            ln.t("HTTP 401 Unauthorized for user=").p(p["user"], "other_id").t(" path=/v1/readings (token expired, refreshing)")
        else:
            d = rc(p["rpm"]["periph"])
            logcat(ln, "I", "RpmBle", pid, pid + ri(20, 60))
            ln.t("DeviceInformation: model=%s serial=" % d["model"]).p(d["serial"], "device").t(" fw=%d.%d" % (ri(1, 3), ri(0, 30)))
        return [ln]
    k = rc(["scan", "sync", "wm", "okhttp"])
    if k == "scan":
        logcat(ln, "D", "BluetoothLeScanner", pid, pid + ri(20, 60))
        ln.t("onScannerRegistered() - status=0 scannerId=%d mScannerId=0" % ri(5, 12))
    elif k == "sync":
        logcat(ln, "I", "RpmSync", pid, pid + ri(60, 90))
        ln.t("Uploaded %d readings in %dms (queue=0, lastSeq=%d)" % (ri(1, 6), ri(140, 1900), ri(100, 9000)))
    elif k == "wm":
        logcat(ln, "I", "WM-WorkerWrapper", pid, pid + ri(60, 90))
        ln.t("Worker result SUCCESS for Work [ id=%s, tags={ com.ridgecrest.rpm.sync.ReadingUploadWorker } ]" % uid())
    else:
        logcat(ln, "D", "OkHttp", pid, pid + ri(60, 90))
        ln.t("<-- 201 https://api.%s/rpm/v1/readings (%dms, %d-byte body)" % (DOM, ri(80, 900), ri(40, 130)))
    return [ln]


# --------------------------------------------------------------------------- family: iOS unified log (log show) + sysdiagnose syslog
def ios_prefix(ln, proc, pid, sub, cat, typ="Default"):
    ln.t("%s 0x%-8x %-11s 0x%-16x %-6d %-4d %s: [%s:%s] " % (ts_ios(tick(30, 12000)), ri(0x10000, 0x9fffff), typ, rc([0, 0, ri(0x1000, 0xfffff)]), pid, 0, proc, sub, cat))


def fam_ios(phi):
    ln = Line("ios-unified-log")
    if phi:
        k = rc(["push", "push", "rpmble", "rpmreg", "rpmgest", "sysd", "link"])
        if k == "push":
            p = pat()
            ios_prefix(ln, "SpokMobile", rc([412, 588, 701]), "com.spok.mobile", "push")
            ln.t("Presenting critical alert title=\"STAT %s\" body=\"" % p["bed"]).p(pt_name(p, 1), "name").t(" MRN ").p(p["mrn"], "mrn")
            ln.t(" %s\" sound=critical.caf" % rc(["SpO2 84%", "HR 148 irregular", "RR 32, pls eval", "BG 41 mg/dL"]))
            return [ln]
        p = rc([q for q in PATIENTS if q["rpm"] and q["rpm"]["phone"]["platform"] == "iOS"])
        h = p["rpm"]["phone"]
        if k == "rpmble":
            d = rc(p["rpm"]["periph"])
            ios_prefix(ln, "RidgecrestRPM", rc([1183, 2290]), "org.ridgecrest.rpm", "ble")
            ln.t("didConnect <CBPeripheral: 0x28%s, identifier = %s, name = %s_" % (hexs(7), uid().upper(), d["model"].replace(" ", "")))
            ln.p(d["serial"], "device").t(", mtu = %d, state = connected>" % rc([185, 247]))
        elif k == "rpmreg":
            ios_prefix(ln, "RidgecrestRPM", rc([1183, 2290]), "org.ridgecrest.rpm", "registration")
            im = h["imei"]
            ln.t("Handset registered serial=").p(h["serial"], "device").t(" imei=").p("%s %s %s %s" % (im[:2], im[2:8], im[8:14], im[14]), "device")
            ln.t(" model=%s os=%s" % (h["model"], h["osv"]))
        elif k == "rpmgest":
            ios_prefix(ln, "RidgecrestRPM", rc([1183, 2290]), "org.ridgecrest.rpm", "session")
            ln.t("Signed in as ").p(p["user"], "other_id").t(" (").p(p["email"], "email").t(") env=prod")
        elif k == "link":
            ios_prefix(ln, "RidgecrestRPM", rc([1183, 2290]), "org.ridgecrest.rpm", "deeplink")
            ln.t("Handling universal link ").p("https://rpm.%s/e/%s" % (DOM, p["slug"]), "url").t(" source=com.apple.MobileSMS")
        else:
            ios_prefix(ln, "RidgecrestRPM", rc([1183, 2290]), "org.ridgecrest.rpm", "network")
            ln.t("Task <%s>.<%d> GET https://api.%s/rpm/v1/profile?user=" % (uid().upper(), ri(1, 40), DOM)).p(p["user"], "other_id")
            ln.t(" status=200 bytes=%d" % ri(400, 2000))
        return [ln]
    k = rc(["push", "net", "mdm", "wifi", "bg", "vcs"])
    d = shared(os_=rc(["iOS", "iPadOS"]))
    if k == "push":
        ios_prefix(ln, "SpokMobile", rc([412, 588, 701]), "com.spok.mobile", "push")
        ln.t("Received remote notification id=%s priority=10 interruption-level=critical" % uid())
    elif k == "net":
        ios_prefix(ln, "SpokMobile", rc([412, 588, 701]), "com.apple.CFNetwork", "Summary")
        ln.t("Task <%s>.<%d> summary for task success {transaction_duration_ms=%d, response_status=200, connection=%d, protocol=\"h2\", domain_lookup_duration_ms=%d, request_bytes=%d, response_bytes=%d}" % (
            uid().upper(), ri(1, 90), ri(40, 900), ri(1, 30), ri(0, 40), ri(300, 2200), ri(200, 9000)))
    elif k == "mdm":
        ios_prefix(ln, "mdmd", 93, "com.apple.ManagedClient", "MDMDaemon")
        ln.t("Processing server request: %s for: <Device> (%s)" % (rc(["DeviceInformation", "InstalledApplicationList", "ProfileList", "DeclarativeManagement"]), d["udid"]))
    elif k == "wifi":
        ios_prefix(ln, "wifid", 61, "com.apple.WiFiManager", "roam")
        ln.t("Roamed to RGH-Clinical bssid=%s rssi=-%d channel=%d ip=%s" % (mk_mac("84:D4:7E").lower(), ri(50, 75), rc([36, 44, 149, 157]), d["ip"]))
    elif k == "bg":
        ios_prefix(ln, "dasd", 121, "com.apple.duetactivityscheduler", "scoring", "Info")
        ln.t("com.spok.mobile.refresh:%s:[{name: ApplicationPolicy, policyWeight: 50.000, response: {Decision: Can Proceed, Score: 0.%d}}] sumScores:%d.%06d" % (
            hexs(6, True), ri(10, 99), ri(60, 90), ri(0, 999999)))
    else:
        ios_prefix(ln, "VCS", rc([655, 811]), "com.vocera.vcs", "sip")
        s = staff()
        ln.t("REGISTER 200 OK ext=%s user=%s contact=<sip:%s@%s:5060;transport=tls>" % (s["ext"], s["badge"], s["ext"], d["ip"]))
    return [ln]


def fam_ios_syslog(phi):
    ln = Line("ios-sysdiagnose-syslog")
    t = tick(30, 9000)
    if phi:
        p = rc([q for q in PATIENTS if q["rpm"] and q["rpm"]["phone"]["platform"] == "iOS"])
        h = p["rpm"]["phone"]
        k = rc(["lockdown", "crash"])
        if k == "lockdown":
            ln.t("%s %s lockdownd[63] <Notice>: RidgecrestRPM pairing: SerialNumber=" % (ts_syslog(t), rc(["iPhone", "Wandas-iPhone", "iPhone-2"])))
            ln.p(h["serial"], "device").t(" InternationalMobileEquipmentIdentity=").p(h["imei"], "device").t(" ProductType=%s" % h["model"])
        else:
            ln.t("%s iPhone ReportCrash(RidgecrestRPM)[%d] <Notice>: Incident Identifier: %s, CrashReporter Key: %s, Hardware Model: %s, Serial: " % (
                ts_syslog(t), ri(3000, 9000), uid().upper(), hexs(40), h["model"]))
            ln.p(h["serial"], "device")
        return [ln]
    d = shared(os_=rc(["iOS", "iPadOS"]))
    k = rc(["springboard", "kernel", "mdm", "lock"])
    if k == "springboard":
        ln.t("%s %s SpringBoard[%d] <Notice>: Application 'UIKitApplication:com.spok.mobile[%s][rb-legacy]' exited voluntarily." % (ts_syslog(t), d["name"], ri(50, 90), hexs(4)))
    elif k == "kernel":
        ln.t("%s %s kernel[0] <Notice>: AppleBCMWLANCore::setPowerSave(): powerSave=%d assoc=RGH-Clinical" % (ts_syslog(t), d["name"], ri(0, 1)))
    elif k == "mdm":
        ln.t("%s %s mdmd[93] <Notice>: Push token for topic com.apple.mgmt.External.%s sent to https://ridgecrest.jamfcloud.com/mdm/ServerURL" % (ts_syslog(t), d["name"], uid()))
    else:
        ln.t("%s %s lockdownd[63] <Notice>: Configured shared device serial=%s asset=%s supervised=1" % (ts_syslog(t), d["name"], d["serial"], d["asset"]))
    return [ln]


# --------------------------------------------------------------------------- family: Jamf Pro server log + webhook JSON
def jamf_prefix(ln, level, thr, cls):
    ln.t("%s [%-5s] [%-18s] [%-40s] - " % (ts_log4j(tick()), level, thr, cls))


ROOM_IPADS = [d for d in SHARED if d["kind"] == "iPad"] or [SHARED[0]]


def fam_jamf(phi):
    ln = Line("jamf-server-log")
    if phi:
        p = pat()
        d = rc(ROOM_IPADS)
        b = p["bed"]
        k = rc(["rename", "note"])
        if k == "rename":
            jamf_prefix(ln, "INFO", "Tomcat-%d" % ri(1, 40), "MobileDeviceNameHelper")
            ln.t("Device name for serial %s changed from '%s' to '%s " % (d["serial"], d["name"], b)).p(pt_name(p, 3), "name").t("' by %s" % staff(unit="4W")["upn"])
        else:
            jamf_prefix(ln, "INFO", "Tomcat-%d" % ri(1, 40), "ExtensionAttributeHelper")
            ln.t("EA 'Assigned Patient' set on mobile device %d: value='" % d["jamf"]).p(p["mrn"], "mrn").t(" ").p(pt_name(p, 2), "name").t("'")
        return [ln]
    d = shared(os_=rc(["iOS", "iPadOS"]))
    k = rc(["inv", "cmd", "apns", "smart", "scep", "ldap"])
    if k == "inv":
        jamf_prefix(ln, "INFO", "Tomcat-%d" % ri(1, 40), "MobileDeviceInventoryHelper")
        ln.t("Inventory submitted for mobile device id=%d serial=%s udid=%s model=%s os=%s" % (d["jamf"], d["serial"], d["udid"], d["model"], d["osv"]))
    elif k == "cmd":
        jamf_prefix(ln, "INFO", "Thread-%d" % ri(10, 90), "MobileDeviceCommandHelper")
        ln.t("Sending MDM command %s to device %s (serial %s) issued by %s" % (rc(["DeviceLock", "ClearPasscode", "InstallApplication", "Settings"]), d["name"], d["serial"], staff(unit="IS")["upn"]))
    elif k == "apns":
        jamf_prefix(ln, "WARN", "APNSConnection-1", "PushNotificationManager")
        ln.t("APNs feedback: device token %s... no longer valid (mobile device %d)" % (hexs(12), d["jamf"]))
    elif k == "smart":
        jamf_prefix(ln, "INFO", "JSSPeriodicTask", "SmartGroupRecalculator")
        ln.t("Smart group 'Shared Nurse iPhones - %s' recalculated: %d members (%dms)" % (d["unit"], ri(12, 60), ri(40, 900)))
    elif k == "scep":
        jamf_prefix(ln, "INFO", "Tomcat-%d" % ri(1, 40), "SCEPProxyHelper")
        ln.t("Issued certificate CN=%s serial=%s validTo=2025-03-%02d template=RGH-WiFi-EAP-TLS" % (d["name"], hexs(20, True), ri(10, 12)))
    else:
        jamf_prefix(ln, "ERROR", "Thread-%d" % ri(10, 90), "LDAPServerHelper")
        ln.t("LDAP lookup for user %s timed out after 15000ms (server ldaps://dc02.int.%s:636)" % (staff()["upn"].split("@")[0], DOM))
    return [ln]


def fam_jamf_webhook(phi):
    ln = Line("jamf-webhook-json")
    t = tick()
    d = rc(ROOM_IPADS) if phi else shared(os_=rc(["iOS", "iPadOS"]))
    p = pat() if phi else None
    b = p["bed"] if phi else bed()
    dev_name = d["name"]
    items_ev = [("bluetoothMacAddress", d["bt"]), ("deviceName", None), ("icciID", ""), ("imei", d["imei"]), ("ipAddress", d["ip"]),
                ("jssID", d["jamf"]), ("model", d["model"].split(" (")[0]), ("modelDisplay", d["model"]), ("osBuild", rc(["21D61", "21C66", "20H307"])),
                ("osVersion", d["osv"]), ("product", None), ("room", b), ("serialNumber", d["serial"]), ("udid", d["udid"]), ("userDirectoryID", "-1"),
                ("username", ""), ("version", d["osv"]), ("wifiMacAddress", d["wifi"])]
    if phi:
        def nm(l):
            l.t(b + " ")
            l.p(pt_name(p, 3) if random.random() < 0.5 else p["last"], "name")
        items_ev[1] = ("deviceName", nm)
    else:
        items_ev[1] = ("deviceName", dev_name)
    hook = O(("eventTimestamp", epoch_ms(t)), ("id", ri(1, 12)), ("name", "RGH %s" % rc(["iPad CheckIn", "Mobile Device Checkin", "Inventory Sink"])), ("webhookEvent", rc(["MobileDeviceCheckIn", "MobileDeviceInventoryCompleted"])))
    ln.t("%s INFO  [nio-8443-exec-%d] c.r.m.mdm.JamfWebhookController - payload=" % (ts_log4j(t), ri(1, 9)))
    jobj(ln, [("event", O(*items_ev)), ("webhook", hook)])
    return [ln]


# --------------------------------------------------------------------------- family: Intune (Graph export NDJSON, Company Portal android log)
def fam_intune_graph(phi):
    ln = Line("intune-graph-ndjson")
    d = shared(os_=rc(["Android", "iOS", "iOS", "iPadOS"]))
    t = tick()
    s = staff()
    notes = ""
    p = None
    if phi:
        p = pat()
    enrolled = datetime.datetime(2023, ri(1, 12), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59))
    upn = "shared-%s@%s" % (d["unit"].lower(), DOM) if random.random() < 0.6 else s["upn"]
    items = [("id", d["intune"]), ("userId", uid()), ("deviceName", d["name"]), ("managedDeviceOwnerType", "company"),
             ("enrolledDateTime", enrolled.strftime("%Y-%m-%dT%H:%M:%SZ")), ("lastSyncDateTime", ts_utc(t, 0)),
             ("operatingSystem", "Android" if d["os"] == "Android" else "iOS"), ("complianceState", rc(["compliant", "compliant", "compliant", "noncompliant", "inGracePeriod"])),
             ("jailBroken", "False"), ("managementAgent", "mdm"), ("osVersion", d["osv"] if d["os"] != "Android" else ("11" if d["osv"] == "11" else "13")),
             ("easActivated", False), ("deviceEnrollmentType", "androidEnterpriseDedicatedDevice" if d["os"] == "Android" else "appleBulkWithoutUser"),
             ("emailAddress", upn), ("azureADDeviceId", uid()), ("deviceCategoryDisplayName", "Shared Clinical %s" % d["unit"]),
             ("isSupervised", d["os"] != "Android"), ("userPrincipalName", upn), ("model", d["model"]), ("manufacturer", d["mfr"]),
             ("imei", d["imei"]), ("serialNumber", d["serial"]), ("phoneNumber", d["did"] if d["imei"] else ""),
             ("androidSecurityPatchLevel", "2024-02-01" if d["os"] == "Android" else ""), ("userDisplayName", "Shared %s" % d["unit"] if "shared" in upn else sname(s, 0)),
             ("wiFiMacAddress", d["wifi"].replace(":", "")), ("subscriberCarrier", rc(["Verizon", "AT&T", ""])), ("meid", ""),
             ("totalStorageSpaceInBytes", rc([63999836160, 127999672320])), ("freeStorageSpaceInBytes", ri(10, 50) * 1000000000 + ri(0, 999999999)),
             ("managedDeviceName", "%s_%s_%s" % (upn.split("@")[0], d["os"], "%d/%d/%d_%d:%02d %s" % (enrolled.month, enrolled.day, enrolled.year, (enrolled.hour % 12) or 12, enrolled.minute, "AM" if enrolled.hour < 12 else "PM")))]
    if phi:
        items.append(("notes", lambda l: (l.t("Loaner for pt ").p(pt_name(p, 3), "name").t(" MRN ").p(p["mrn"], "mrn").t(" - return to %s charge desk" % d["unit"]))))
    else:
        items.append(("notes", rc(["", "Asset %s; charging cradle 4" % d["asset"], "Replaced screen INC%07d" % ri(100000, 999999), ""])))
    items.append(("iccid", "8901260" + digits(12) if d["imei"] else ""))
    items.append(("udid", d["udid"] if d["os"] != "Android" else ""))
    jobj(ln, items)
    return [ln]


def fam_intune_cp(phi):
    ln = Line("intune-companyportal")
    t = tick(30, 6000)
    d = shared(os_="Android")
    lvl, cls, msg = rc([
        ("INFO", "com.microsoft.omadm.client.PolicyManager", "Policy sync completed: %d policies applied, 0 errors" % ri(8, 30)),
        ("INFO", "com.microsoft.omadm.platforms.android.certmgr.CertificateManager", "Installed certificate alias RGH-WiFi-%s thumbprint %s" % (hexs(6), hexs(40, True))),
        ("WARNING", "com.microsoft.omadm.client.OMADMClient", "Check-in to https://fef.msub03.manage.microsoft.com/StatelessAndroidEnrollmentService returned 503, retry in 300s"),
        ("INFO", "com.microsoft.windowsintune.companyportal.authentication.aad.AadTokenAcquirer", "Token acquired silently for resource 0000000a-0000-0000-c000-000000000000"),
        ("INFO", "com.microsoft.intune.mam.client.app.MAMComplianceManager", "Device %s compliance state COMPLIANT (serial %s, imei %s)" % (d["name"], d["serial"], d["imei"])),
        ("SEVERE", "com.microsoft.omadm.apppolicy.ManagedHomeScreen", "MHS session sign-in failed for badge %s: AADSTS50126" % staff()["badge"]),
    ])
    ln.t("%s\t%s\t%s\t%d\t%05d\t%s" % (t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d0000" % (t.microsecond // 1000), lvl, cls, ri(4000, 30000), ri(1, 40), msg))
    return [ln]


# --------------------------------------------------------------------------- family: nginx access log
UAS_RPM_IOS = "RidgecrestRPM/3.4.1 (org.ridgecrest.rpm; build:3410; iOS 17.3.1) Alamofire/5.8.1"
UAS_RPM_AND = "RidgecrestRPM/3.4.1 (Android 14; SM-A536U) okhttp/4.12.0"


def fam_nginx(phi):
    ln = Line("nginx-access")
    t = tick(20, 5000)
    if phi:
        p = pat(rpm=random.random() < 0.85)
        k = rc(["readings", "user", "lookup", "portal"])
        ua = UAS_RPM_IOS if (p["rpm"] and p["rpm"]["phone"]["platform"] == "iOS") else UAS_RPM_AND
        ln.p(p["ip"], "ip").t(" - - %s \"" % ts_nginx(t))
        if k == "readings":
            ln.t("POST /api/v1/rpm/readings HTTP/1.1\" 201 %d \"-\" \"%s\" rt=0.0%02d" % (ri(60, 140), ua, ri(10, 99)))
        elif k == "user":
            ln.t("GET /api/v1/rpm/users/").p(p["user"], "other_id").t("/readings?from=%s HTTP/2.0\" 200 %d \"-\" \"%s\" rt=0.%03d" % (
                (t - datetime.timedelta(days=7)).strftime("%Y-%m-%d"), ri(800, 9000), ua, ri(20, 400)))
        elif k == "lookup":
            q = urllib.parse.quote
            ln.t("GET /api/v1/portal/lookup?lastName=").p(q(p["last"]), "name").t("&dob=").p(fmt_date(p["dob"], 0), "date")
            ln.t(" HTTP/1.1\" 200 %d \"https://portal.%s/signup\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36\" rt=0.%03d" % (ri(90, 400), DOM, ri(20, 300)))
        else:
            ln.t("POST /api/v1/rpm/enroll/confirm HTTP/1.1\" 200 %d \"" % ri(40, 90)).p("https://rpm.%s/e/%s" % (DOM, p["slug"]), "url").t("\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1\" rt=0.0%02d" % ri(1, 99))
        return [ln]
    k = rc(["alerts", "health", "intune", "jamf", "staffdev", "static"])
    if k == "alerts":
        d = shared()
        ln.t("%s - - %s \"GET /api/v1/alerts?unit=%s&since=%d HTTP/1.1\" 200 %d \"-\" \"okhttp/4.12.0\" rt=0.0%02d" % (d["ip"], ts_nginx(t), d["unit"], epoch_ms(t) // 1000 - ri(60, 900), ri(200, 6000), ri(5, 99)))
    elif k == "health":
        ln.t("10.40.0.%d - - %s \"GET /actuator/health HTTP/1.1\" 200 49 \"-\" \"ELB-HealthChecker/2.0\" rt=0.00%d" % (ri(4, 9), ts_nginx(t), ri(1, 9)))
    elif k == "intune":
        ln.t("%s - - %s \"POST /hooks/graph/managedDevices?validationToken= HTTP/1.1\" 202 0 \"-\" \"Microsoft-Graph-ChangeNotifications/1.0\" rt=0.0%02d" % (
            rc(["52.149.20.%d" % ri(2, 250), "20.190.%d.%d" % (ri(128, 191), ri(2, 250)), "40.126.%d.%d" % (ri(0, 63), ri(2, 250))]), ts_nginx(t), ri(5, 60)))
    elif k == "jamf":
        ln.t("%s - - %s \"POST /hooks/jamf HTTP/1.1\" 200 2 \"-\" \"Apache-HttpClient/4.5.14 (Java/17.0.10)\" rt=0.0%02d" % (
            "34.%d.%d.%d" % (ri(64, 127), ri(0, 255), ri(2, 250)), ts_nginx(t), ri(5, 60)))
    elif k == "staffdev":
        d = shared(os_="iOS")
        ln.t("%s - - %s \"PUT /api/v1/devices/%s/pushToken HTTP/1.1\" 204 0 \"-\" \"SpokMobile/5.2.0 CFNetwork/1490.0.4 Darwin/23.2.0\" rt=0.0%02d" % (d["ip"], ts_nginx(t), d["serial"], ri(5, 60)))
    else:
        ln.t("%s - - %s \"GET /static/js/main.%s.js HTTP/1.1\" 304 0 \"https://mobility.int.%s/dashboard\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edge/122.0.0.0\" rt=0.000" % (priv_ip(), ts_nginx(t), hexs(8), DOM))
    return [ln]


# --------------------------------------------------------------------------- assembly
FAMILIES = [
    (fam_spring, 22), (fam_logstash, 9), (fam_engage, 10), (fam_spok, 8), (fam_hl7, 3), (fam_logcat_zebra, 10),
    (fam_logcat_rpm, 8), (fam_ios, 9), (fam_ios_syslog, 5), (fam_jamf, 6), (fam_jamf_webhook, 3),
    (fam_intune_graph, 4), (fam_intune_cp, 4), (fam_nginx, 8),
]
NO_PHI_ONLY = {fam_intune_cp}


def main():
    out = []
    fams = [f for f, _ in FAMILIES]
    wts = [w for _, w in FAMILIES]
    while len(out) < N_LINES:
        phi_lines = sum(1 for l in out if l.spans)
        share = phi_lines / len(out) if out else 0.0
        want = share < 0.45
        f = random.choices(fams, wts)[0]
        if want and f in NO_PHI_ONLY:
            continue
        out.extend(f(want))
    out = out[:N_LINES]
    log = bytearray()
    labels = []
    for i, ln in enumerate(out, 1):
        data = ln.finish()
        log += data + b"\n"
        labels.append(json.dumps({"line": i, "family": ln.family,
                                  "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in ln.spans]}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "wb") as fh:
        fh.write(bytes(log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
