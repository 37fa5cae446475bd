#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus (id: fe).

Theme: clinical genetic testing laboratory (portal, LIMS, sequencing
pipelines, interpretation/sign-out, result release, family testing, billing).
Standard library only.  Writes fe.log and fe.labels.jsonl next to itself.
"""
import base64
import datetime as dt
import json
import os
import struct
import unicodedata
import random

SEED = 1042
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "fe"
N_LINES = 500
TARGET_CLEAN = 0.55

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


# ----------------------------------------------------------------------------
# line building with byte offsets
# ----------------------------------------------------------------------------
class P(object):
    """A labeled value."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        assert cat in CATS, cat
        self.v = v
        self.cat = cat


class PS(object):
    """A single string value assembled from labeled and unlabeled parts."""

    def __init__(self, *parts):
        self.parts = parts


class Line(object):
    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def t(self, *ss):
        for s in ss:
            s = str(s)
            if s:
                self.parts.append((s, None))
        return self

    def p(self, v, cat):
        v = str(v)
        assert cat in CATS, cat
        assert v, "empty labeled value"
        self.parts.append((v, cat))
        return self

    def x(self, *items):
        for it in items:
            if isinstance(it, P):
                self.p(it.v, it.cat)
            elif isinstance(it, PS):
                for q in it.parts:
                    self.x(q)
            else:
                self.t(it)
        return self

    def has_phi(self):
        return any(c for _, c in self.parts)

    def render(self):
        buf = bytearray()
        spans = []
        for text, cat in self.parts:
            b = text.encode("utf-8")
            if cat:
                spans.append((len(buf), len(buf) + len(b), cat, b))
            buf += b
        data = bytes(buf)
        out = []
        last_e = -1
        for s, e, cat, b in spans:
            assert data[s:e] == b, (data[s:e], b)
            assert s >= last_e, "overlap"
            last_e = e
            out.append({"s": s, "e": e, "cat": cat})
        assert b"\n" not in data and b"\r" not in data
        assert len(data) <= 4000, len(data)
        return data, out


def jesc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def jemit(L, o, ascii_=False, sep=(",", ":")):
    if isinstance(o, dict):
        L.t("{")
        first = True
        for k, v in o.items():
            if not first:
                L.t(sep[0])
            first = False
            L.t(json.dumps(k, ensure_ascii=ascii_) + sep[1])
            jemit(L, v, ascii_, sep)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            jemit(L, v, ascii_, sep)
        L.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            L.t('"').p(jesc(o.v, ascii_), o.cat).t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    elif isinstance(o, PS):
        L.t('"')
        for q in o.parts:
            if isinstance(q, P):
                L.p(jesc(q.v, ascii_), q.cat)
            else:
                L.t(jesc(q, ascii_))
        L.t('"')
    else:
        L.t(json.dumps(o, ensure_ascii=ascii_))
    return L


def rbesc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def rbemit(L, o):
    """Ruby Hash#inspect (Ruby 3.x / Rails 7.0 style)."""
    if isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(", ")
            L.t('"' + rbesc(k) + '"=>')
            rbemit(L, v)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(", ")
            rbemit(L, v)
        L.t("]")
    elif isinstance(o, P):
        L.t('"').p(rbesc(o.v), o.cat).t('"')
    elif isinstance(o, bool):
        L.t("true" if o else "false")
    elif o is None:
        L.t("nil")
    elif isinstance(o, (int, float)):
        L.t(str(o))
    else:
        L.t('"' + rbesc(o) + '"')
    return L


# ----------------------------------------------------------------------------
# random helpers and check digits
# ----------------------------------------------------------------------------
def rint(a, b):
    return rng.randint(a, b)


def pick(seq):
    return rng.choice(seq)


def chance(p):
    return rng.random() < p


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


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


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def npi():
    b = "1" + digits(8)
    return b + luhn_digit("80840" + b)


def imei():
    b = pick(["35", "86", "01", "35"]) + digits(12)
    return b + luhn_digit(b)


def card():
    if chance(0.6):
        b = "4" + digits(14)
    else:
        b = "5" + str(rint(1, 5)) + digits(13)
    return b + luhn_digit(b)


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4, N=5,
              P=7, R=9, S=2, T=3, U=4, V=5, W=6, X=7, Y=8, Z=9)
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = pick(["1HG", "JTD", "4S4", "1FM", "5YJ", "WBA", "KNA", "3VW", "2T3", "1C4"])
    s = list(wmi + "".join(pick(VIN_CH[:23] + "0123456789") for _ in range(5)) + "0"
             + pick("KLMNP") + pick(VIN_CH[:23]) + digits(6))
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else VIN_TR[ch]
        tot += v * VIN_W[i]
    c = tot % 11
    s[8] = "X" if c == 10 else str(c)
    return "".join(s)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_N = "0123456789"


def mbi():
    an = MBI_A + MBI_N
    return (pick("123456789") + pick(MBI_A) + pick(an) + pick(MBI_N) + pick(MBI_A)
            + pick(an) + pick(MBI_N) + pick(MBI_A) + pick(MBI_A) + pick(MBI_N) + pick(MBI_N))


def iban(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    ck = 98 - int(num) % 97
    return "%s%02d%s" % (cc, ck, bban)


def iban_fmt(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def dni():
    n = rint(10000000, 79999999)
    return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def bsn():
    while True:
        d = [rint(0, 9) for _ in range(9)]
        if d[0] == 0:
            continue
        s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
        if s % 11 == 0:
            return "".join(map(str, d))


def ssn():
    while True:
        a = rint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rint(1, 99), rint(1, 9999))


PUB_FIRST = [24, 47, 50, 63, 66, 67, 68, 69, 70, 71, 73, 74, 75, 76, 96, 97, 98,
             99, 107, 108, 173, 174, 184, 208]


def pub_ip():
    return "%d.%d.%d.%d" % (pick(PUB_FIRST), rint(1, 254), rint(0, 255), rint(1, 254))


def pub_ip6():
    return "2601:%x:%x:%x:%x:%x:%x:%x" % (rint(0x100, 0x7ff), rint(0x1000, 0xffff),
                                           rint(0, 0xffff), rint(0x1000, 0xffff),
                                           rint(0x1000, 0xffff), rint(0, 0xffff),
                                           rint(0x1000, 0xffff))


def priv_ip():
    r = rng.random()
    if r < 0.6:
        return "10.%d.%d.%d" % (pick([0, 2, 12, 40, 96]), rint(0, 31), rint(2, 250))
    if r < 0.8:
        return "172.%d.%d.%d" % (rint(16, 31), rint(0, 255), rint(2, 250))
    return "192.168.%d.%d" % (rint(0, 20), rint(2, 250))


def asciify(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def up(s):
    return "".join(c for c in asciify(s).upper() if c.isalnum())


def upsp(s):
    return "".join(c for c in asciify(s).upper() if c.isalnum() or c in " -#")


def fake_jpeg_b64(n):
    head = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            b"\xff\xdb\x00C\x00\x08\x06\x06\x07\x06\x05\x08\x07\x07\x07\t\t\x08\n\x0c")
    body = bytes(rng.getrandbits(8) for _ in range(n))
    return base64.b64encode(head + body + b"\xff\xd9").decode()


def fake_png_b64(n):
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xa0\x08\x02\x00\x00\x00"
    body = bytes(rng.getrandbits(8) for _ in range(n))
    return base64.b64encode(head + body + b"\x00\x00\x00\x00IEND\xaeB`\x82").decode()


def face_template_b64(dim):
    vals = [rng.gauss(0, 0.06) for _ in range(dim)]
    return base64.b64encode(struct.pack("<%df" % dim, *vals)).decode()


# ----------------------------------------------------------------------------
# clock
# ----------------------------------------------------------------------------
T = [dt.datetime(2024, 3, 11, 11, 58, 3, 118244)]  # UTC
LOCAL_OFF = dt.timedelta(hours=-4)                  # EDT
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
REF = dt.date(2024, 3, 13)


def adv(lo=0.05, hi=6.0):
    T[0] = T[0] + dt.timedelta(seconds=rng.uniform(lo, hi))


def loc():
    return T[0] + LOCAL_OFF


def ts_rails():
    d = loc()
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % d.microsecond


def ts_rails_started():
    return loc().strftime("%Y-%m-%d %H:%M:%S") + " -0400"


def ts_epoch_ms():
    return int((T[0] - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def ts_isoz():
    d = T[0]
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)


def ts_iso_local_ms():
    d = loc()
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-04:00" % (d.microsecond // 1000)


def ts_spring():
    d = loc()
    return d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (d.microsecond // 1000)


def ts_py():
    d = loc()
    return d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (d.microsecond // 1000)


def ts_plain():
    return loc().strftime("%Y-%m-%d %H:%M:%S")


def ts_syslog():
    d = loc()
    return "%s %2d %s" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"))


def ts_nextflow():
    d = loc()
    return "%s-%02d %s.%03d" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"), d.microsecond // 1000)


def ts_ctime():
    d = loc()
    return "%s %s %2d %s %d" % (DOW[d.weekday()], MON[d.month - 1], d.day, d.strftime("%H:%M:%S"), d.year)


def ts_ctime_tz():
    d = loc()
    return "%s %s %02d %s EDT %d" % (DOW[d.weekday()], MON[d.month - 1], d.day, d.strftime("%H:%M:%S"), d.year)


def ts_hms_ms():
    d = loc()
    return d.strftime("%H:%M:%S.") + "%03d" % (d.microsecond // 1000)


def ts_nginx():
    d = loc()
    return "%02d/%s/%d:%s -0400" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"))


def ts_klog():
    d = T[0]
    return "I%02d%02d %s.%06d" % (d.month, d.day, d.strftime("%H:%M:%S"), d.microsecond)


def ts_gatk_long():
    d = loc()
    h = d.hour % 12 or 12
    return "%s %d, %d at %d:%02d:%02d %s EDT" % (
        ["January", "February", "March"][d.month - 1], d.day, d.year, h, d.minute, d.second,
        "AM" if d.hour < 12 else "PM")


def fmt_date(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "d8":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if style == "long":
        return "%s %d, %d" % (["January", "February", "March", "April", "May", "June", "July",
                               "August", "September", "October", "November", "December"][d.month - 1],
                              d.day, d.year)
    raise ValueError(style)


def age_on(d):
    return REF.year - d.year - ((REF.month, REF.day) < (d.month, d.day))


# ----------------------------------------------------------------------------
# synthetic people, staff, organisations
# ----------------------------------------------------------------------------
FIRST_F = ["Amaka", "Yuki", "Ingrid", "Guadalupe", "Priyanka", "Fatima", "Oksana", "Abena",
           "Siobhán", "Mei-Ling", "Zoë", "Aroha", "Thandiwe", "Giulia", "Elif", "Sun-hee",
           "Nour", "Lan", "Anastasia", "Rivka", "Małgorzata", "Leilani", "Ximena", "Chiara", "Esi"]
FIRST_M = ["Chinedu", "Haruto", "Søren", "José", "Arjun", "Omar", "Dmitri", "Kwame", "Ciarán",
           "Wei", "Émile", "Tavita", "João", "Łukasz", "Yusuf", "Min-jun", "Keoni", "Mateo",
           "Bongani", "Tomás", "Rahul", "Kofi", "Eero", "Ilya", "Santiago"]
LAST = ["Okafor", "Nwosu", "Tanaka", "Lindqvist", "Halvorsen", "García-Márquez", "Hernández",
        "Chatterjee", "Haddad", "Al-Masri", "Volkov", "Shevchenko", "Mensah", "Asante",
        "O'Sullivan", "Ní Bhriain", "Zhang", "Ferreira", "Rossi", "Kowalski", "Wiśniewski",
        "Yılmaz", "Park", "Afolabi", "Kealoha", "Tuilagi", "Dlamini", "Papadopoulos",
        "Ben-David", "Schäfer", "Novak", "Castillo", "Abernathy", "Mbeki", "Virtanen", "Deshmukh"]
CITIES = [("Dayton", "OH", "45409", "Montgomery County"), ("Durham", "NC", "27707", "Durham County"),
          ("Tacoma", "WA", "98406", "Pierce County"), ("Evanston", "IL", "60201", "Cook County"),
          ("Worcester", "MA", "01609", "Worcester County"), ("Mesa", "AZ", "85203", "Maricopa County"),
          ("Sacramento", "CA", "95818", "Sacramento County"), ("Bayonne", "NJ", "07002", "Hudson County"),
          ("Kalamazoo", "MI", "49008", "Kalamazoo County"), ("Boise", "ID", "83702", "Ada County"),
          ("Hilo", "HI", "96720", "Hawaii County"), ("El Paso", "TX", "79912", "El Paso County"),
          ("Savannah", "GA", "31405", "Chatham County"), ("Duluth", "MN", "55803", "St. Louis County"),
          ("Providence", "RI", "02906", "Providence County"), ("Lakewood", "CO", "80226", "Jefferson County"),
          ("Asheville", "NC", "28801", "Buncombe County"), ("Fresno", "CA", "93704", "Fresno County"),
          ("Cary", "NC", "27513", "Wake County"), ("Silver Spring", "MD", "20910", "Montgomery County")]
STREETS = ["Maple Ridge", "Calle del Sol", "Birchwood", "Kamehameha", "Old Mill", "Prospect",
           "Juniper Hollow", "Sycamore", "Harbor View", "Elm", "Mission", "Pine Knoll", "Magnolia",
           "Cedar Bluff", "Willow Creek", "Ashford", "Quarry", "Lindenwood", "Alder", "Tamarack"]
SUFFIX = ["Dr", "St", "Ave", "Rd", "Ln", "Ct", "Blvd", "Way", "Pl", "Ter"]
UNITS = ["Apt 4B", "Unit 12", "#305", "Apt 2", "Apt 11C", "Ste 1"]
AREA = ["937", "919", "253", "847", "508", "480", "916", "201", "269", "208", "808", "915",
        "912", "218", "401", "303", "828", "559", "984", "301"]
MAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com",
            "fastmail.com", "aol.com", "comcast.net"]
DL_FMT = {"CA": lambda: pick("ABCDEFGNY") + digits(7), "TX": lambda: digits(8),
          "NY": lambda: digits(9), "FL": lambda: pick("BCGHKLMS") + digits(12),
          "NC": lambda: "0000" + digits(8), "OH": lambda: "S" + pick("ABCDKLMT") + digits(6),
          "IL": lambda: pick("ABCDHKMNS") + digits(11), "WA": lambda: "WDL" + "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(9))}
PLATE_FMT = {"CA": lambda: str(rint(5, 9)) + "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(3),
             "NC": lambda: "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "-" + digits(4),
             "TX": lambda: "".join(pick("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)) + digits(4),
             "OH": lambda: "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + " " + digits(4)}

PAYERS = [("Aetna", "60054", lambda: "W" + digits(9)),
          ("BCBS of North Carolina", "BCBSNC", lambda: pick(["XOF", "YPW", "JQU", "ZGX"]) + digits(9)),
          ("UnitedHealthcare", "87726", lambda: digits(9)),
          ("Cigna", "62308", lambda: "U" + digits(8) + "01"),
          ("Humana", "61101", lambda: "H" + digits(8)),
          ("Kaiser Permanente NW", "KPNW1", lambda: digits(8))]

ACC_N = [31788]
PT_N = [42790]
ALL_PEOPLE = []
NAMES_USED = []


def next_acc():
    ACC_N[0] += rint(1, 29)
    return "GL24-%06d" % ACC_N[0]


def kit_code():
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "-".join("".join(pick(al) for _ in range(4)) for _ in range(3))


def rand_date(y0, y1):
    return dt.date(rint(y0, y1), rint(1, 12), rint(1, 28))


def phone_fmt(area, line, style=None):
    style = style or pick(["paren", "dash", "e164", "dot", "plain"])
    if style == "paren":
        return "(%s) 555-%s" % (area, line)
    if style == "dash":
        return "%s-555-%s" % (area, line)
    if style == "e164":
        return "+1%s555%s" % (area, line)
    if style == "dot":
        return "%s.555.%s" % (area, line)
    return "%s555%s" % (area, line)


def new_person(sex=None, last=None, dob=None, home=None, tested=True):
    sex = sex or pick("FM")
    last0 = last
    while True:
        first = pick(FIRST_F if sex == "F" else FIRST_M)
        last = last0 or pick(LAST)
        if (first, last) not in NAMES_USED:
            NAMES_USED.append((first, last))
            break
    dob = dob or rand_date(1951, 2003)
    if home is None:
        c = pick(CITIES)
        street = "%d %s %s" % (rint(12, 9870), pick(STREETS), pick(SUFFIX))
        if chance(0.3):
            street += " " + pick(UNITS)
        home = (street, c[0], c[1], c[2], c[3])
    area = pick(AREA)
    fa, la = asciify(first).lower().replace(" ", "").replace("-", ""), asciify(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    email = pick(["%s.%s%02d" % (fa, la, dob.year % 100), "%s%s" % (fa[0], la), "%s_%s" % (fa, la[:4]),
                  "%s%s%d" % (fa, la[0], rint(1, 999))]) + "@" + pick(MAIL_DOM)
    p = {
        "first": first, "last": last, "sex": sex, "dob": dob,
        "street": home[0], "city": home[1], "state": home[2], "zip": home[3], "county": home[4],
        "area": area, "line": "01%02d" % rint(0, 99), "faxline": "01%02d" % rint(0, 99), "email": email,
        "ssn": ssn(), "pt": "PT%07d" % (PT_N[0]), "user": pick(["%s.%s%02d" % (fa, la, dob.year % 100),
                                                               "%s_%s" % (fa, la[:3]), "%s%s%d" % (fa[:1], la, rint(2, 99))]),
        "mrn": pick(["E%07d" % rint(1000000, 9999999), "MRN%08d" % rint(10000000, 99999999),
                     "%08d" % rint(10000000, 99999999), "%07d-%d" % (rint(1000000, 9999999), rint(0, 9))]),
        "ip": pub_ip6() if chance(0.15) else pub_ip(),
        "kit": kit_code(), "tube": "31" + digits(8),
        "acc": next_acc() if tested else None,
        "acct": "BA-%08d" % rint(100000, 9999999),
        "card": card(), "dl_state": pick(list(DL_FMT)), "imei": imei(),
        "fam": None, "rel": "PROBAND", "relatives": [], "deceased": None,
    }
    PT_N[0] += rint(1, 40)
    p["dl"] = DL_FMT[p["dl_state"]]()
    ps = pick(list(PLATE_FMT))
    p["plate_state"] = ps
    p["plate"] = PLATE_FMT[ps]()
    p["vin"] = vin()
    a = age_on(dob)
    if a >= 65:
        p["payer"] = ("Medicare Part B", "CMS", None)
        p["member"] = mbi()
    elif chance(0.12):
        p["payer"] = ("NC Medicaid Direct", "NCMCD", None)
        p["member"] = digits(9) + pick("ABCDEFGHJKLMNPQRSTUVWXYZ")
    else:
        py = pick(PAYERS)
        p["payer"] = py
        p["member"] = py[2]()
    p["group"] = pick(["0084213", "10293847", "GRP-55012", "A7731", "000712044", "HC-3390"])
    p["collected"] = dt.date(2024, 3, 10) - dt.timedelta(days=rint(2, 9))
    p["received"] = p["collected"] + dt.timedelta(days=rint(1, 2))
    ALL_PEOPLE.append(p)
    return p


def full(p):
    return "%s %s" % (p["first"], p["last"])


def phone(p, style=None):
    return phone_fmt(p["area"], p["line"], style)


PROBANDS = [new_person() for _ in range(15)]
# a few probands who are minors (guarantor = parent) and one very old patient
for _i in (3, 9):
    kid = PROBANDS[_i]
    kid["dob"] = rand_date(2011, 2019)
    parent = new_person(sex="F", last=kid["last"], dob=rand_date(1978, 1990),
                        home=(kid["street"], kid["city"], kid["state"], kid["zip"], kid["county"]), tested=False)
    parent["rel"] = "MOTHER"
    kid["guarantor"] = parent
    kid["payer"], kid["member"] = parent["payer"], parent["payer"][2]() if parent["payer"][2] else parent["member"]
OLD = PROBANDS[12]
OLD["dob"] = dt.date(1932, 6, 17)
OLD["payer"] = ("Medicare Part B", "CMS", None)
OLD["member"] = mbi()
OLD["age"] = age_on(OLD["dob"])

FAMILIES = []
for _i in (0, 2, 5, 7, 10):
    pb = PROBANDS[_i]
    pb["dob"] = rand_date(1976, 2002)
    pb["fam"] = "FAM-24-%05d" % rint(300, 990)
    home = (pb["street"], pb["city"], pb["state"], pb["zip"], pb["county"])
    rels = []
    m = new_person(sex="F", dob=dt.date(pb["dob"].year - rint(22, 34), rint(1, 12), rint(1, 28)), home=home)
    m["rel"] = "MOTHER"
    rels.append(m)
    if chance(0.7):
        s = new_person(last=pb["last"], dob=dt.date(pb["dob"].year + rint(-6, 6), rint(1, 12), rint(1, 28)))
        s["rel"] = "SISTER" if s["sex"] == "F" else "BROTHER"
        rels.append(s)
    gm = new_person(sex="F", last=m["last"], dob=dt.date(min(m["dob"].year - rint(19, 27), rint(1929, 1933)), rint(1, 12), rint(1, 28)), tested=False)
    gm["rel"] = "MATERNAL_GRANDMOTHER"
    rels.append(gm)
    gf = new_person(sex="M", last=pb["last"], dob=dt.date(min(pb["dob"].year - rint(45, 60), rint(1926, 1938)), rint(1, 12), rint(1, 28)), tested=False)
    gf["rel"] = "PATERNAL_GRANDFATHER"
    gf["deceased"] = dt.date(rint(2008, 2022), rint(1, 12), rint(1, 28))
    rels.append(gf)
    for r in rels:
        r["fam"] = pb["fam"]
        r["proband"] = pb
    pb["relatives"] = rels
    FAMILIES.append(pb)

TESTED = [p for p in ALL_PEOPLE if p["acc"]]

CLINICIANS = [
    ("Lucia Ferraro", "MD", npi(), "Lakeshore Oncology Associates", "2200 N Lakeshore Blvd Ste 310, Chicago, IL 60614", "(312) 555-0148", "(312) 555-0149"),
    ("Samuel Oyelaran", "MD", npi(), "Triangle Cardiology Group", "3100 Tower Blvd Ste 600, Durham, NC 27707", "(919) 555-0172", "(919) 555-0173"),
    ("Ingrid Paulsen", "DO", npi(), "Cascade Maternal-Fetal Medicine", "1215 S 11th St, Tacoma, WA 98405", "(253) 555-0110", "(253) 555-0111"),
    ("Marcus Whitfield", "MD", npi(), "Miami Valley Breast Center", "1 Wyoming St, Dayton, OH 45409", "(937) 555-0166", "(937) 555-0167"),
    ("Ayesha Siddiqui", "NP", npi(), "Desert Sun Family Practice", "1430 S Dobson Rd, Mesa, AZ 85202", "(480) 555-0181", "(480) 555-0182"),
]
GCS = ["Priya Raman, MS, CGC", "Jonah Feldman, MS, LCGC", "Adaeze Eze, MS, CGC", "Hannah Lindgren, MGC, CGC"]
DIRECTORS = ["Helena Voss, PhD, FACMG", "Rafael Quintero, MD, FACMG", "Ming Zhao, PhD, FACMG"]
CURATORS = ["kpatel", "lchen", "dmorales", "abrooks"]
TECHS = ["tbrandt", "skaur", "mrodriguez", "jwhitaker", "ndiallo"]
AGENTS = ["Marisol Vega", "Ben Achterberg", "Tasha Greene"]
LAB_DOMAIN = "genelab-dx.com"
CLIA = "34D2087391"
GENES = [("CFTR", "NM_000492.4", "c.1521_1523delCTT", "p.(Phe508del)", "chr7:117559590", "rs113993960", "Pathogenic"),
         ("BRCA2", "NM_000059.4", "c.5946delT", "p.(Ser1982ArgfsTer22)", "chr13:32340301", "rs80359550", "Pathogenic"),
         ("BRCA1", "NM_007294.4", "c.5266dupC", "p.(Gln1756ProfsTer74)", "chr17:43057062", "rs80357906", "Pathogenic"),
         ("MYBPC3", "NM_000256.3", "c.1504C>T", "p.(Arg502Trp)", "chr11:47342698", "rs375882485", "Pathogenic"),
         ("LDLR", "NM_000527.5", "c.1444G>A", "p.(Asp482Asn)", "chr19:11116928", "rs121908038", "Likely pathogenic"),
         ("MLH1", "NM_000249.4", "c.1852_1853delinsGC", "p.(Lys618Ala)", "chr3:37048554", "rs35502531", "VUS"),
         ("TTN", "NM_001267550.2", "c.87442G>A", "p.(Val29148Ile)", "chr2:178541042", "rs72629781", "Likely benign"),
         ("ATM", "NM_000051.4", "c.7271T>G", "p.(Val2424Gly)", "chr11:108335017", "rs28904921", "Pathogenic")]
PANELS = ["HEREDCANCER_v4", "CARDIO_v3", "CARRIER_EXP_v2", "EXOME_TRIO_v1", "FH_v2"]
TESTCODES = {"HEREDCANCER_v4": ("HC-84", "81162"), "CARDIO_v3": ("CV-120", "81439"),
             "CARRIER_EXP_v2": ("CS-287", "81443"), "EXOME_TRIO_v1": ("WES-TRIO", "81416"),
             "FH_v2": ("FH-3", "81406")}
INSTR = [("A01234", "NovaSeq 6000"), ("A00987", "NovaSeq 6000"), ("LH00412", "NovaSeq X Plus")]
RUNS = []


def new_run():
    sn, model = pick(INSTR)
    d = loc().date()
    fc = pick(["H", "B"]) + "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(1) + "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + "SX7"
    run = {"id": "%s_%s_%04d_%s%s" % (d.strftime("%y%m%d"), sn, rint(100, 980), pick("AB"), fc),
           "fc": fc, "sn": sn, "model": model, "panel": pick(PANELS), "lot": digits(8),
           "samples": rng.sample(TESTED, 6), "thr": hexs(12)}
    run["idx"] = [("".join(pick("ACGT") for _ in range(10)), "".join(pick("ACGT") for _ in range(10))) for _ in range(8)]
    RUNS.append(run)
    return run


def cur_run():
    if not RUNS or chance(0.25):
        return new_run()
    return RUNS[-1]


def patient(weight_family=0.3):
    if chance(weight_family):
        return pick(FAMILIES)
    return pick(PROBANDS + TESTED)


def tested_patient():
    return pick(TESTED)


# ----------------------------------------------------------------------------
# episodes: each returns a list of Line
# ----------------------------------------------------------------------------
RAILS_PIDS = [23817, 23821, 24102]
ACCESSIONED = []


def rails_pre(L, sev, rid, pid):
    lvl = {"I": " INFO", "D": "DEBUG", "W": " WARN", "E": "ERROR"}[sev]
    L.t("%s, [%s #%d] %s -- : [%s] " % (sev, ts_rails(), pid, lvl, rid))
    return L


def ep_rails_activation():
    p = pick(TESTED)
    rid, pid = uuid4(), pick(RAILS_PIDS)
    out = []
    L = rails_pre(Line("rails"), "I", rid, pid).t('Started POST "/api/v1/kit_activations" for ').p(p["ip"], "ip").t(" at " + ts_rails_started())
    out.append(L); adv(0.001, 0.01)
    out.append(rails_pre(Line("rails"), "I", rid, pid).t("Processing by Api::V1::KitActivationsController#create as JSON"))
    filtered = chance(0.35)
    params = {"kit_activation": {"activation_code": P(p["kit"], "other_id"),
                                 "first_name": P(p["first"], "name"), "last_name": P(p["last"], "name"),
                                 "date_of_birth": "[FILTERED]" if filtered else P(fmt_date(p["dob"], "iso"), "date"),
                                 "sex_at_birth": "female" if p["sex"] == "F" else "male",
                                 "email": P(p["email"], "email"),
                                 "phone": "[FILTERED]" if filtered else P(phone(p, "dash"), "phone"),
                                 "collection_date": P(fmt_date(p["collected"], "iso"), "date"),
                                 "consent_version": "2023-11-r2", "research_opt_in": pick(["0", "1"])}}
    L = rails_pre(Line("rails"), "I", rid, pid).t("  Parameters: ")
    out.append(rbemit(L, params))
    adv(0.001, 0.02)
    L = rails_pre(Line("rails"), "D", rid, pid).t('  Kit Load (%.1fms)  SELECT "kits".* FROM "kits" WHERE "kits"."activation_code" = $1 LIMIT $2  [["activation_code", "' % rng.uniform(0.2, 2.5)).p(p["kit"], "other_id").t('"], ["LIMIT", 1]]')
    out.append(L)
    if chance(0.3):
        out.append(rails_pre(Line("rails"), "W", rid, pid).x("Kit ", P(p["kit"], "other_id"), " already activated (activation act_%s); returning 409" % hexs(12)))
        out.append(rails_pre(Line("rails"), "I", rid, pid).t("Completed 409 Conflict in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (rint(20, 90), rng.uniform(0.2, 2), rng.uniform(2, 12), rint(2000, 9000))))
        return out
    L = rails_pre(Line("rails"), "D", rid, pid).t('  TRANSACTION (0.2ms)  BEGIN')
    out.append(L)
    out.append(rails_pre(Line("rails"), "I", rid, pid).t("[ActiveJob] Enqueued KitActivatedNotificationJob (Job ID: %s) to Sidekiq(mailers) with arguments: %d" % (uuid4(), rint(40000, 90000))))
    adv(0.05, 0.3)
    out.append(rails_pre(Line("rails"), "I", rid, pid).t("Completed 201 Created in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (rint(60, 400), rng.uniform(0.5, 4), rng.uniform(5, 40), rint(4000, 16000))))
    return out


def ep_rails_login():
    p = pick(TESTED)
    rid, pid = uuid4(), pick(RAILS_PIDS)
    out = []
    out.append(rails_pre(Line("rails"), "I", rid, pid).t('Started POST "/users/sign_in" for ').p(p["ip"], "ip").t(" at " + ts_rails_started()))
    adv(0.001, 0.01)
    out.append(rails_pre(Line("rails"), "I", rid, pid).t("Processing by Users::SessionsController#create as HTML"))
    L = rails_pre(Line("rails"), "I", rid, pid).t("  Parameters: ")
    key = pick(["email", "login"])
    val = P(p["email"], "email") if key == "email" else P(p["user"], "other_id")
    rbemit(L, {"authenticity_token": "[FILTERED]", "user": {key: val, "password": "[FILTERED]", "remember_me": "1"}, "commit": "Sign in"})
    out.append(L)
    adv(0.05, 0.4)
    if chance(0.25):
        out.append(rails_pre(Line("rails"), "I", rid, pid).t("Completed 401 Unauthorized in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (rint(150, 420), rng.uniform(2, 9), rint(3000, 8000))))
        out.append(rails_pre(Line("rails"), "W", rid, pid).x("Rack::Attack throttle logins/ip matched for ", P(p["ip"], "ip"), " (count=6 period=60s)"))
    else:
        out.append(rails_pre(Line("rails"), "I", rid, pid).t("Redirected to https://portal.%s/dashboard" % LAB_DOMAIN))
        out.append(rails_pre(Line("rails"), "I", rid, pid).t("Completed 302 Found in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (rint(180, 460), rng.uniform(3, 15), rint(5000, 12000))))
    return out


def ep_rails_clean():
    rid, pid = uuid4(), pick(RAILS_PIDS)
    out = []
    kind = rng.random()
    if kind < 0.35:
        ip = priv_ip()
        out.append(rails_pre(Line("rails"), "I", rid, pid).t('Started GET "/up" for %s at %s' % (ip, ts_rails_started())))
        out.append(rails_pre(Line("rails"), "I", rid, pid).t("Processing by Rails::HealthController#show as HTML"))
        out.append(rails_pre(Line("rails"), "I", rid, pid).t("Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: 0.0ms | Allocations: %d)" % (rint(0, 3), rng.uniform(0.1, 0.6), rint(90, 400))))
    elif kind < 0.7:
        vendor_ip = pick(["52.204.118.17", "54.172.60.3", "3.218.144.92", "34.195.22.7"])
        trk = pick(["9400111899223817464021", "1Z999AA10123456784", "7712" + digits(8)])
        out.append(rails_pre(Line("rails"), "I", rid, pid).t('Started POST "/webhooks/shipping/easypost" for %s at %s' % (vendor_ip, ts_rails_started())))
        out.append(rails_pre(Line("rails"), "I", rid, pid).t("Processing by Webhooks::ShippingController#create as JSON"))
        L = rails_pre(Line("rails"), "I", rid, pid).t("  Parameters: ")
        rbemit(L, {"description": "tracker.updated", "id": "evt_" + hexs(24), "result": {"tracking_code": trk, "status": pick(["in_transit", "delivered", "out_for_delivery"]), "carrier": pick(["USPS", "UPS", "FedEx"]), "est_delivery_date": "2024-03-%02d" % rint(14, 18)}, "shipping": {}})
        out.append(L)
        out.append(rails_pre(Line("rails"), "I", rid, pid).t("Completed 204 No Content in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (rint(8, 40), rng.uniform(1, 6), rint(900, 3000))))
    else:
        ip = priv_ip()
        out.append(rails_pre(Line("rails"), "I", rid, pid).t('Started GET "/api/v1/panels?page=%d&per=25" for %s at %s' % (rint(1, 4), ip, ts_rails_started())))
        out.append(rails_pre(Line("rails"), "I", rid, pid).t("Processing by Api::V1::PanelsController#index as JSON"))
        out.append(rails_pre(Line("rails"), "D", rid, pid).t('  Panel Load (%.1fms)  SELECT "panels".* FROM "panels" WHERE "panels"."active" = $1 LIMIT $2 OFFSET $3  [["active", true], ["LIMIT", 25], ["OFFSET", 25]]' % rng.uniform(0.3, 3)))
        out.append(rails_pre(Line("rails"), "I", rid, pid).t("Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (rint(10, 60), rng.uniform(2, 9), rng.uniform(1, 6), rint(3000, 9000))))
    return out


def sidekiq_line(cls, jid, msg):
    L = Line("sidekiq")
    L.t("%s pid=%d tid=%s class=%s jid=%s INFO: %s" % (ts_isoz(), rint(8, 40), "".join(pick("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4)), cls, jid, msg))
    return L


def ep_sidekiq_clean():
    out = []
    for _ in range(rint(2, 4)):
        cls = pick(["KitActivatedNotificationJob", "ShipmentStatusSyncJob", "PurgeExpiredSessionsJob", "ClinVarSyncJob", "NightlyQcDigestJob"])
        jid = hexs(24)
        out.append(sidekiq_line(cls, jid, "start"))
        adv(0.1, 3)
        out.append(sidekiq_line(cls, jid, "done: %.3f sec" % rng.uniform(0.05, 4)))
    return out


def pino(L, level, host, extra, msg, reqid=None):
    o = {"level": level, "time": ts_epoch_ms(), "pid": extra.pop("_pid", 1), "hostname": host}
    if reqid is not None:
        o["reqId"] = reqid
    o.update(extra)
    o["msg"] = msg
    return jemit(L, o)


CP_HOSTS = ["clinician-portal-6c9d7b5f4-x2k4q", "clinician-portal-6c9d7b5f4-p8mzt"]


def ep_express_order():
    p = pick(TESTED)
    host = pick(CP_HOSTS)
    rq = "req-%s" % hexs(3)
    c = pick(CLINICIANS)
    out = []
    out.append(pino(Line("pino-json"), 30, host, {"req": {"id": rq, "method": "POST", "url": "/api/v2/orders", "remoteAddress": "::ffff:" + priv_ip(), "remotePort": rint(30000, 65000)}}, "incoming request", rq))
    adv(0.01, 0.3)
    panel = pick(PANELS)
    pt = {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
          "dateOfBirth": P(fmt_date(p["dob"], "iso"), "date"), "sexAtBirth": p["sex"],
          "mrn": P(p["mrn"], "mrn"), "phone": P(phone(p, "paren"), "phone")}
    if chance(0.5):
        pt["address"] = {"line1": P(p["street"], "address"), "city": P(p["city"], "address"), "state": p["state"], "postalCode": P(p["zip"], "zip")}
    order = {"orderId": "ORD-2024-%06d" % rint(100000, 199999), "patient": pt,
             "orderingProvider": {"name": "Dr. " + c[0], "credentials": c[1], "npi": c[2], "practice": c[3], "fax": c[6]},
             "testCode": TESTCODES[panel][0], "panel": panel, "icd10": pick([["Z80.3", "Z15.01"], ["I42.1"], ["Z31.430"], ["E78.01"], ["Z80.0", "Z84.81"]]),
             "specimenType": pick(["SALIVA", "BLOOD_EDTA", "BUCCAL"]), "billTo": pick(["INSURANCE", "PATIENT", "INSTITUTION"])}
    out.append(pino(Line("pino-json"), 30, host, order, "order submitted", rq))
    adv(0.01, 0.2)
    out.append(pino(Line("pino-json"), 30, host, {"res": {"statusCode": 201}, "responseTime": round(rng.uniform(40, 300), 3)}, "request completed", rq))
    return out


def ep_express_search():
    p = pick(TESTED)
    host = pick(CP_HOSTS)
    rq = "req-%s" % hexs(3)
    out = []
    L = Line("pino-json")
    jemit(L, {"level": 30, "time": ts_epoch_ms(), "pid": 1, "hostname": host, "reqId": rq,
              "req": {"id": rq, "method": "GET",
                      "url": PS("/api/v2/patients/search?lastName=", P(p["last"].replace(" ", "%20").replace("'", "%27"), "name"), "&dob=", P(fmt_date(p["dob"], "iso"), "date"), "&practiceId=%d" % rint(100, 999)),
                      "remoteAddress": "::ffff:" + priv_ip(), "remotePort": rint(30000, 65000)},
              "msg": "incoming request"})
    out.append(L)
    adv(0.02, 0.4)
    n = rint(0, 3)
    if n > 1:
        out.append(pino(Line("pino-json"), 40, host, {"candidates": n, "matchStrategy": "lastName+dob"}, "patient search returned multiple candidates, manual match required", rq))
    out.append(pino(Line("pino-json"), 30, host, {"res": {"statusCode": 200}, "responseTime": round(rng.uniform(8, 120), 3)}, "request completed", rq))
    return out


def ep_express_clean():
    host = pick(CP_HOSTS)
    out = []
    for _ in range(rint(2, 3)):
        rq = "req-%s" % hexs(3)
        url = pick(["/api/v2/panels", "/api/v2/practices/%d/users" % rint(100, 999), "/healthz", "/api/v2/orders?status=PENDING&limit=50", "/api/v2/test-catalog/HC-84"])
        out.append(pino(Line("pino-json"), 30, host, {"req": {"id": rq, "method": "GET", "url": url, "remoteAddress": "::ffff:" + priv_ip(), "remotePort": rint(30000, 65000)}}, "incoming request", rq))
        adv(0.01, 0.2)
        out.append(pino(Line("pino-json"), 30, host, {"res": {"statusCode": pick([200, 200, 304])}, "responseTime": round(rng.uniform(2, 80), 3)}, "request completed", rq))
    if chance(0.4):
        out.append(pino(Line("pino-json"), 50, host, {"err": {"type": "SequelizeConnectionError", "message": "connect ETIMEDOUT %s:5432" % priv_ip(), "stack": "SequelizeConnectionError: connect ETIMEDOUT\\n    at Client._connectionCallback (/app/node_modules/sequelize/lib/dialects/postgres/connection-manager.js:133:24)"}}, "db pool error"))
    return out


def spring(L, level, thread, logger, msg_parts):
    L.t("%s %5s 1 --- [%15s] %-40s : " % (ts_spring(), level, thread[-15:], logger))
    return L.x(*msg_parts)


def ep_lims_accession():
    out = []
    rack = "R-24-%04d" % rint(300, 700)
    tech = pick(TECHS)
    adv(1, 20)
    out.append(spring(Line("spring-boot"), "INFO", "rack-scan-%d" % rint(1, 4), "c.g.lims.rack.RackScanService",
                      ["Rack %s scanned on Ziath DP5 (SN ZD-%05d): %d tubes, empty wells [H11, H12], operator=%s" % (rack, rint(10000, 99999), 94, tech)]))
    wells = ["A01", "A02", "A03", "B07", "C11", "D04", "E09", "F02", "G12"]
    pool = [q for q in TESTED if q["acc"] not in ACCESSIONED] or TESTED
    for p in rng.sample(pool, min(len(pool), rint(2, 4))):
        ACCESSIONED.append(p["acc"])
        adv(0.2, 3)
        parts = ["Accessioned tube=", P(p["tube"], "other_id"), " kit=", P(p["kit"], "other_id"), " -> accession=",
                 P(p["acc"], "other_id"), " patientId=", P(p["pt"], "mrn"), " specimen=", pick(["SALIVA", "BLOOD_EDTA"]),
                 " collected=", P(fmt_date(p["collected"], "iso"), "date"), " received=", P(fmt_date(p["received"], "iso"), "date"),
                 " rack=%s well=%s lot=OG600-%s" % (rack, pick(wells), pick(["2310-0447", "2311-0182", "2401-0039"]))]
        out.append(spring(Line("spring-boot"), "INFO", "accession-%d" % rint(1, 4), "c.g.lims.accession.AccessionService", parts))
        if chance(0.25):
            out.append(spring(Line("spring-boot"), "WARN", "accession-%d" % rint(1, 4), "c.g.lims.accession.AccessionService",
                              ["Name on tube label does not match requisition for ", P(p["acc"], "other_id"), ": label='",
                               P(up(p["last"]) + ", " + up(p["first"])[:1], "name"), "' req='", P(p["last"] + ", " + p["first"], "name"), "' -> HOLD_LABEL_MISMATCH"]))
    adv(1, 10)
    out.append(spring(Line("spring-boot"), "INFO", "accession-1", "c.g.lims.accession.BatchSummary",
                      ["rack %s accessioned=%d held=%d (QNS=%d, LABEL_MISMATCH=%d) elapsed=%.1fs" % (rack, rint(85, 92), 2, 1, 1, rng.uniform(20, 90))]))
    return out


def ep_lims_status():
    out = []
    p = tested_patient()
    plate = "EXT-%s-%02d" % (loc().strftime("%y%m%d"), rint(1, 4))
    sn = "3601-%04d" % rint(1000, 2999)
    well = "%s%02d" % (pick("ABCDEFGH"), rint(1, 12))
    out.append(spring(Line("spring-boot"), "INFO", "wf-exec-%d" % rint(1, 8), "c.g.lims.workflow.StateMachine",
                      [P(p["acc"], "other_id"), " RECEIVED -> EXTRACTION (Chemagic 360 SN %s, plate %s, well %s)" % (sn, plate, well)]))
    adv(30, 400)
    conc = rng.uniform(8, 95)
    out.append(spring(Line("spring-boot"), "INFO", "wf-exec-%d" % rint(1, 8), "c.g.lims.qc.DnaQcService",
                      ["DNA QC ", P(p["acc"], "other_id"), " conc=%.1f ng/uL A260/280=%.2f DIN=%.1f -> %s" % (conc, rng.uniform(1.7, 2.0), rng.uniform(6, 9.5), "PASS" if conc > 15 else "FAIL_LOW_YIELD")]))
    if conc <= 15:
        out.append(spring(Line("spring-boot"), "WARN", "wf-exec-%d" % rint(1, 8), "c.g.lims.notify.RecollectNotifier",
                          ["Recollection kit requested for ", P(full(p), "name"), " (", P(p["acc"], "other_id"), "), ship to ",
                           P(p["street"], "address"), ", ", P(p["city"], "address"), ", %s " % p["state"], P(p["zip"], "zip")]))
    return out


def ep_lims_clean():
    out = []
    d = loc().strftime("%y%m%d")
    plate = "EXT-%s-%02d" % (d, rint(1, 4))
    out.append(spring(Line("spring-boot"), "INFO", "wf-exec-%d" % rint(1, 8), "c.g.lims.plate.PlateService",
                      ["Plate %s extraction complete: %d/96 PASS, mean conc %.1f ng/uL, runtime 01:%02d:%02d, instrument SN 3601-%04d" % (plate, rint(88, 96), rng.uniform(30, 70), rint(0, 59), rint(0, 59), rint(1000, 2999))]))
    adv(5, 120)
    out.append(spring(Line("spring-boot"), "INFO", "hamilton-bridge", "c.g.lims.liquid.HamiltonBridge",
                      ["STAR SN %d method LibPrep_TwistExome_v2.3 started on plate LIB-%s-%02d, deck check OK, tips 1000uL lot %s, Twist UDI plate lot %s" % (rint(8000, 8999), d, rint(1, 3), digits(7), "UDI-" + digits(6))]))
    adv(5, 120)
    out.append(spring(Line("spring-boot"), "INFO", "wf-exec-%d" % rint(1, 8), "c.g.lims.qc.LibraryQcService",
                      ["Pool POOL-%s-%s quantified: %.2f nM (Qubit), mean fragment %d bp (TapeStation 4200 SN DEDAB%05d), loading %d pM" % (d, pick("ABC"), rng.uniform(1.5, 4.5), rint(310, 420), rint(10000, 99999), rint(150, 300))]))
    if chance(0.5):
        out.append(spring(Line("spring-boot"), "WARN", "scheduler-1", "o.s.s.concurrent.ThreadPoolTaskScheduler",
                          ["Task queue saturated (active=16, queued=212) for workflowExecutor; consider raising lims.workflow.pool-size"]))
    if chance(0.5):
        out.append(spring(Line("spring-boot"), "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer",
                          ["Tomcat started on port(s): 8080 (http) with context path ''"]))
    return out


def pylog(L, level, logger, msg_parts):
    L.t("%s %s %s: " % (ts_py(), level, logger))
    return L.x(*msg_parts)


def ep_ocr():
    p = pick(TESTED)
    c = pick(CLINICIANS)
    doc = "REQ-SCAN-%s-%05d" % (loc().strftime("%Y%m%d"), rint(100, 2000))
    out = []
    out.append(pylog(Line("py-logging"), "INFO", "req_ocr.ingest", ["received %s from %s (pages=%d, dpi=200, sender_fax=%s)" % (doc, pick(["fax gateway", "sftp drop", "portal upload"]), rint(1, 3), c[6])]))
    adv(1, 6)
    style = pick(["us", "us", "iso"])
    fields = {"patient_name": {"value": P(p["last"] + ", " + p["first"], "name"), "conf": round(rng.uniform(0.9, 0.99), 2)},
              "dob": {"value": P(fmt_date(p["dob"], style), "date"), "conf": round(rng.uniform(0.9, 0.99), 2)}}
    if chance(0.7):
        fields["address"] = {"value": PS(P(p["street"], "address"), ", ", P(p["city"], "address"), ", %s " % p["state"], P(p["zip"], "zip")), "conf": round(rng.uniform(0.8, 0.97), 2)}
    fields["phone"] = {"value": P(phone(p, "paren"), "phone"), "conf": round(rng.uniform(0.85, 0.99), 2)}
    if chance(0.3):
        fields["county"] = {"value": P(p["county"], "address"), "conf": round(rng.uniform(0.7, 0.9), 2)}
    if chance(0.5):
        fields["ssn"] = {"value": P(p["ssn"], "ssn"), "conf": round(rng.uniform(0.9, 0.99), 2)}
    if chance(0.35):
        fields["patient_fax"] = {"value": P(phone_fmt(p["area"], p["faxline"], "paren"), "fax"), "conf": 0.88}
    if p.get("age", 0) > 89 or chance(0.2):
        a = age_on(p["dob"])
        fields["age"] = {"value": P(str(a), "age") if a > 89 else str(a), "conf": 0.97}
    fields["mrn"] = {"value": P(p["mrn"], "mrn"), "conf": round(rng.uniform(0.8, 0.99), 2)}
    fields["insurance"] = {"payer": p["payer"][0], "member_id": P(p["member"], "health_plan"), "group": p["group"], "conf": round(rng.uniform(0.8, 0.97), 2)}
    if "guarantor" in p:
        g = p["guarantor"]
        fields["guarantor"] = {"name": P(full(g), "name"), "relationship": "mother", "dob": P(fmt_date(g["dob"], style), "date"), "conf": 0.9}
    if chance(0.35):
        fields["implanted_device"] = {"value": PS("Medtronic Evera MRI XT DR ICD, SN ", P("BWB%06dH" % rint(100000, 999999), "device")), "conf": 0.81}
    fields["collection_date"] = {"value": P(fmt_date(p["collected"], style), "date"), "conf": 0.93}
    fields["ordering_clinician"] = {"value": "%s, %s" % (c[0], c[1]), "conf": 0.95}
    fields["clinician_npi"] = {"value": c[2], "conf": 0.97}
    fields["clinic_phone"] = {"value": c[5], "conf": 0.92}
    fields["clinic_fax"] = {"value": c[6], "conf": 0.92}
    fields["icd10"] = {"value": pick(["Z80.3", "Z15.01", "I42.1", "Z31.430"]), "conf": 0.99}
    L = pylog(Line("py-logging-json"), "INFO", "req_ocr.extract", ["extracted "])
    jemit(L, {"doc_id": doc, "engine": "textract-2023-10", "pages": 2, "fields": fields}, ascii_=True, sep=(", ", ": "))
    out.append(L)
    adv(0.1, 1)
    r = rng.random()
    if r < 0.4:
        out.append(pylog(Line("py-logging"), "WARNING", "req_ocr.validate", ["field 'clinician_npi' failed Luhn check (value='%s'), routing %s to manual review queue" % (c[2][:-1] + str((int(c[2][-1]) + 3) % 10), doc)]))
    elif r < 0.7:
        out.append(pylog(Line("py-logging"), "WARNING", "req_ocr.validate", ["low confidence on 'dob' for %s: candidates=['" % doc, P(fmt_date(p["dob"], "us"), "date"), "', '", P(fmt_date(p["dob"] + dt.timedelta(days=rint(1, 9)), "us"), "date"), "'] conf=0.61"]))
    out.append(pylog(Line("py-logging"), "INFO", "req_ocr.route", ["%s matched to order ORD-2024-%06d (score=%.3f) and accession " % (doc, rint(100000, 199999), rng.uniform(0.9, 1)), P(p["acc"], "other_id")]))
    return out


def ep_ocr_clean():
    out = []
    for _ in range(rint(2, 3)):
        doc = "REQ-SCAN-%s-%05d" % (loc().strftime("%Y%m%d"), rint(100, 2000))
        out.append(pylog(Line("py-logging"), pick(["INFO", "INFO", "WARNING"]), pick(["req_ocr.ingest", "req_ocr.queue", "req_ocr.textract"]),
                         [pick(["%s deskewed (angle=-1.8deg) and binarized in 412 ms" % doc,
                                "queue depth manual_review=%d oldest=%dm" % (rint(3, 40), rint(5, 300)),
                                "%s page 2 blank (mean intensity 0.994), dropping" % doc,
                                "Textract AnalyzeDocument throttled (ProvisionedThroughputExceededException), retry 1/5 in 2.0s",
                                "%s classified as CONSENT_FORM (p=0.93), skipping demographics extraction" % doc])]))
        adv(0.5, 20)
    return out


def ep_run_start():
    run = new_run()
    out = []
    L = Line("instrument")
    out.append(L.t("%s RunManager INFO Run %s started; instrument=%s (%s) flowcell=%s side=%s chemistry=S4 v1.5 reads=151+10+10+151 reagent kit lot=%s exp=2025-01-31 buffer lot=%s" % (
        ts_plain(), run["id"], run["model"], run["sn"], run["fc"], pick("AB"), run["lot"], digits(8))))
    for cyc in sorted(rng.sample(range(20, 322), 3)):
        adv(600, 3000)
        out.append(Line("instrument").t("%s RTA INFO RTA 3.4.4: cycle %d/322 complete, %%Q30=%.2f, cluster density %d K/mm2, %%PF %.2f, phasing %.3f/%.3f" % (
            ts_plain(), cyc, rng.uniform(88, 95), rint(2400, 3100), rng.uniform(70, 82), rng.uniform(0.05, 0.2), rng.uniform(0.03, 0.12))))
    if chance(0.5):
        out.append(Line("instrument").t("%s RunManager WARN Fluidics: pressure %.1f psi outside range on lane %d, self-corrected" % (ts_plain(), rng.uniform(9, 11), rint(1, 4))))
    return out


def ep_samplesheet():
    run = cur_run()
    out = []
    v2 = chance(0.6)
    def raw(s):
        out.append(Line("samplesheet-csv").t(s))
    if v2:
        raw("[Header]")
        raw("FileFormatVersion,2")
        raw("RunName,%s_%s" % (run["panel"], run["id"][:6]))
        raw("InstrumentPlatform,%s" % run["model"].replace(" ", ""))
        raw("[Reads]")
        raw("Read1Cycles,151")
        raw("Index1Cycles,10")
        raw("[BCLConvert_Settings]")
        raw("SoftwareVersion,3.10.5")
        raw("AdapterRead1,CTGTCTCTTATACACATCT")
        raw("OverrideCycles,Y151;I10;I10;Y151")
        raw("[BCLConvert_Data]")
        raw("Lane,Sample_ID,index,index2,Sample_Project")
        for i, p in enumerate(run["samples"]):
            L = Line("samplesheet-csv").t("%d," % rint(1, 4)).p(p["acc"], "other_id").t(",%s,%s,%s" % (run["idx"][i][0], run["idx"][i][1], run["panel"]))
            out.append(L)
        raw("1,NA12878-PC-%s,%s,%s,%s" % (run["id"][2:6], run["idx"][6][0], run["idx"][6][1], run["panel"]))
        raw("1,NTC-%s,%s,%s,%s" % (run["id"][2:6], run["idx"][7][0], run["idx"][7][1], run["panel"]))
    else:
        raw("[Header]")
        raw("IEMFileVersion,5")
        raw("Investigator Name,%s" % pick(TECHS))
        raw("Experiment Name,%s" % run["id"])
        raw("Date,%d/%d/%d" % (loc().month, loc().day, loc().year))
        raw("Workflow,GenerateFASTQ")
        raw("Chemistry,Amplicon")
        raw("[Data]")
        raw("Lane,Sample_ID,Sample_Name,Sample_Plate,Sample_Well,I7_Index_ID,index,I5_Index_ID,index2,Sample_Project,Description")
        for i, p in enumerate(run["samples"]):
            L = Line("samplesheet-csv").t("%d," % rint(1, 2)).p(p["acc"], "other_id").t(",").p(up(p["last"]) + "_" + up(p["first"]), "name")
            L.t(",LIB-%s-01,%s%02d,UDI%04d,%s,UDI%04d,%s,%s," % (run["id"][:6], pick("ABCDEFGH"), rint(1, 12), i + 1, run["idx"][i][0], i + 1, run["idx"][i][1], run["panel"]))
            if chance(0.4):
                L.t("DOB ").p(fmt_date(p["dob"], "us"), "date")
            out.append(L)
        raw("1,NA12878-PC,NA12878,LIB-%s-01,H11,UDI0095,%s,UDI0095,%s,%s,positive control" % (run["id"][:6], run["idx"][6][0], run["idx"][6][1], run["panel"]))
    return out


def bcl_pre(run):
    return "%s [%s] " % (ts_plain(), run["thr"])


def ep_bcl2fastq():
    run = cur_run()
    out = []
    fq = "/seq/fastq/%s" % run["id"]
    out.append(Line("bcl2fastq").t("BCL to FASTQ file converter"))
    out.append(Line("bcl2fastq").t("bcl2fastq v2.20.0.422"))
    out.append(Line("bcl2fastq").t("Copyright (c) 2007-2017 Illumina, Inc."))
    out.append(Line("bcl2fastq").t(bcl_pre(run) + "Command-line invocation: bcl2fastq --runfolder-dir /seq/runs/%s --output-dir %s --sample-sheet /seq/runs/%s/SampleSheet.csv --barcode-mismatches 1 --no-lane-splitting -r 8 -p 24 -w 8" % (run["id"], fq, run["id"])))
    out.append(Line("bcl2fastq").t(bcl_pre(run) + "INFO: Minimum log level: INFO"))
    out.append(Line("bcl2fastq").t(bcl_pre(run) + "INFO: Sample sheet: '/seq/runs/%s/SampleSheet.csv'" % run["id"]))
    out.append(Line("bcl2fastq").t(bcl_pre(run) + "INFO: Mask: y151,i10,i10,y151"))
    for lane in range(1, rint(2, 4)):
        adv(20, 200)
        out.append(Line("bcl2fastq").t(bcl_pre(run) + "Processing lane #%d for tiles 1101..2678 (%d tiles)" % (lane, rint(600, 700))))
    for i, p in enumerate(rng.sample(run["samples"], 3)):
        adv(5, 60)
        L = Line("bcl2fastq").t(bcl_pre(run) + "Created FASTQ file %s/%s/" % (fq, run["panel"])).p(p["acc"], "other_id").t("_S%d_R1_001.fastq.gz" % (run["samples"].index(p) + 1))
        out.append(L)
    if chance(0.6):
        p = pick(run["samples"])
        out.append(Line("bcl2fastq").t(bcl_pre(run) + "WARNING: Sample '").p(p["acc"], "other_id").t("' has %s reads which is below the minimum of 2,000,000" % "{:,}".format(rint(300000, 1900000))))
    adv(60, 900)
    out.append(Line("bcl2fastq").t(bcl_pre(run) + "Processing completed with 0 errors and %d warnings." % rint(0, 2)))
    return out


def ep_bclconvert():
    run = cur_run()
    out = []
    def bl(s, lvl="INFO"):
        return Line("bcl-convert").t("%s %s " % (ts_isoz()[:19] + "Z", lvl) + s)
    out.append(bl("bcl-convert Version 00.000.000.3.10.5"))
    out.append(bl("Run folder: /seq/runs/%s, Output: /seq/fastq/%s, Threads: bcl-conversion=24 compression=12 decompression=8" % (run["id"], run["id"])))
    out.append(bl("Detected RunInfo.xml: flowcell %s, %d lanes, tiles per lane %d" % (run["fc"], 4, rint(600, 700))))
    adv(300, 1800)
    for i, p in enumerate(run["samples"][:rint(2, 4)]):
        reads = rint(12000000, 48000000)
        L = Line("bcl-convert").t("%s INFO Demultiplexing stats: lane %d, sample " % (ts_isoz()[:19] + "Z", rint(1, 4))).p(p["acc"], "other_id").t(", reads %s, perfect index %.1f%%, one mismatch %.1f%%" % ("{:,}".format(reads), rng.uniform(94, 99), rng.uniform(0.5, 4)))
        out.append(L)
        adv(0.1, 2)
    out.append(bl("Undetermined: lane 1, reads %s (%.1f%%)" % ("{:,}".format(rint(1000000, 9000000)), rng.uniform(0.8, 4))))
    if chance(0.5):
        out.append(bl("Index collision check passed (min hamming distance 3) for %d samples" % (len(run["samples"]) + 2)))
    out.append(bl("Conversion complete. Total elapsed 00:%02d:%02d. Exit 0" % (rint(18, 59), rint(0, 59))))
    return out


def ep_md5():
    run = cur_run()
    out = []
    for p in rng.sample(run["samples"], 2):
        for r in (1, 2):
            out.append(Line("md5sum").t("%s  /seq/fastq/%s/%s/" % (hexs(32), run["id"], run["panel"])).p(p["acc"], "other_id").t("_S%d_R%d_001.fastq.gz" % (run["samples"].index(p) + 1, r)))
    out.append(Line("md5sum").t("%s  /seq/fastq/%s/Undetermined_S0_R1_001.fastq.gz" % (hexs(32), run["id"])))
    out.append(Line("md5sum").t("%s  /seq/fastq/%s/Reports/Demultiplex_Stats.csv" % (hexs(32), run["id"])))
    return out


def ep_dragen():
    p = tested_patient()
    out = []
    prefix_name = chance(0.5)
    out.append(Line("dragen").t("DRAGEN Host Software Version 07.021.624.3.10.9 and Bio-IT Processor Version 0x04261818"))
    L = Line("dragen").t("dragen -f --ref-dir /staging/ref/hg38-alt_masked.cnv.graph.hla.rna-8-r2.0-1 --fastq-list /staging/fq/").p(p["acc"], "other_id").t("_fastq_list.csv --fastq-list-sample-id ").p(p["acc"], "other_id").t(" --output-directory /staging/out/").p(p["acc"], "other_id").t(" --output-file-prefix ")
    if prefix_name:
        L.p(up(p["last"]) + "_" + up(p["first"]), "name")
    else:
        L.p(p["acc"], "other_id")
    L.t(" --enable-map-align true --enable-duplicate-marking true --enable-variant-caller true --enable-cnv true --cnv-enable-self-normalization true --intermediate-results-dir /staging/tmp")
    out.append(L)
    adv(1, 5)
    out.append(Line("dragen").t("Using FPGA image dragen-fpga-07.021.624 on /dev/dragen0 (board serial FPGA-%s)" % digits(8)))
    adv(300, 1500)
    tot = rint(400000000, 900000000)
    dup = int(tot * rng.uniform(0.05, 0.12))
    out.append(Line("dragen-metrics-csv").t("MAPPING/ALIGNING SUMMARY,,Total input reads,%d,100.00" % tot))
    out.append(Line("dragen-metrics-csv").t("MAPPING/ALIGNING SUMMARY,,Number of duplicate marked reads,%d,%.2f" % (dup, dup * 100.0 / tot)))
    out.append(Line("dragen-metrics-csv").t("MAPPING/ALIGNING SUMMARY,,Q30 bases,%d,%.2f" % (tot * 140, rng.uniform(90, 95))))
    out.append(Line("dragen-metrics-csv").t("COVERAGE SUMMARY,,Average alignment coverage over target region,%.2f" % rng.uniform(90, 180)))
    out.append(Line("dragen-metrics-csv").t("VARIANT CALLER POSTFILTER,").p(p["acc"], "other_id").t(",Total,%d" % rint(4000000, 5500000)))
    out.append(Line("dragen-metrics-csv").t("VARIANT CALLER POSTFILTER,").p(p["acc"], "other_id").t(",Ti/Tv ratio,%.2f" % rng.uniform(1.9, 2.2)))
    out.append(Line("dragen-metrics-csv").t("RUN TIME,,Time loading reference,00:00:%02d.%03d,%.2f" % (rint(30, 59), rint(0, 999), rng.uniform(30, 59))))
    out.append(Line("dragen-metrics-csv").t("RUN TIME,,Total runtime,00:%02d:%02d.%03d,%.2f" % (rint(25, 59), rint(0, 59), rint(0, 999), rng.uniform(1500, 3500))))
    return out


def nf(L, thread, level, logger, parts):
    L.t("%s [%s] %-5s %s - " % (ts_nextflow(), thread, level, logger))
    return L.x(*parts)


def ep_nextflow():
    out = []
    sample_by_name = chance(0.25)
    run = cur_run()
    out.append(nf(Line("nextflow-log"), "main", "DEBUG", "nextflow.cli.Launcher", ["$> nextflow run nf-core/sarek -r 3.4.0 -profile singularity,slurm --input samplesheet_%s.csv --outdir /results/%s --genome GATK.GRCh38 --tools haplotypecaller,deepvariant,vep -resume" % (run["id"][:6], run["id"])]))
    out.append(nf(Line("nextflow-log"), "main", "INFO", "nextflow.cli.CmdRun", ["N E X T F L O W  ~  version 23.10.1"]))
    out.append(nf(Line("nextflow-log"), "main", "INFO", "nextflow.cli.CmdRun", ["Launching `https://github.com/nf-core/sarek` [%s_%s] DSL2 - revision: %s [3.4.0]" % (pick(["nostalgic", "elated", "silly", "furious", "modest"]), pick(["euler", "curie", "hopper", "turing", "lovelace"]), hexs(10))]))
    out.append(nf(Line("nextflow-log"), "main", "DEBUG", "nextflow.executor.Executor", ["[warm up] executor > slurm"]))
    procs = ["FASTQC", "FASTP", "BWAMEM1_MEM", "GATK4_MARKDUPLICATES", "GATK4_BASERECALIBRATOR", "GATK4_HAPLOTYPECALLER", "DEEPVARIANT", "ENSEMBLVEP_VEP", "MOSDEPTH"]
    for p in rng.sample(run["samples"], 3):
        tag_parts = [P(up(p["last"]) + "_" + up(p["first"]), "name")] if sample_by_name else [P(p["acc"], "other_id")]
        proc = pick(procs)
        h = "%s/%s" % (hexs(2), hexs(6))
        adv(1, 60)
        suffix = "-L%d" % rint(1, 4) if proc in ("FASTQC", "FASTP", "BWAMEM1_MEM") else ""
        out.append(nf(Line("nextflow-log"), "Task submitter", "INFO", "nextflow.Session", ["[%s] Submitted process > NFCORE_SAREK:SAREK:%s (" % (h, proc)] + tag_parts + [suffix + ")"]))
        adv(60, 1200)
        if chance(0.2):
            out.append(nf(Line("nextflow-log"), "Task monitor", "INFO", "nextflow.processor.TaskProcessor", ["[%s] NOTE: Process `NFCORE_SAREK:SAREK:%s (" % (h, proc)] + tag_parts + [suffix + ")` terminated with an error exit status (137) -- Execution is retried (1)"]))
        else:
            out.append(nf(Line("nextflow-log"), "Task monitor", "DEBUG", "n.processor.TaskPollingMonitor", ["Task completed > TaskHandler[jobId: %d; id: %d; name: NFCORE_SAREK:SAREK:%s (" % (rint(8000000, 8999999), rint(1, 400), proc)] + tag_parts + [suffix + "); status: COMPLETED; exit: 0; error: -; workDir: /scratch/nf-work/%s%s]" % (h, hexs(24))]))
    adv(60, 600)
    out.append(nf(Line("nextflow-log"), "Task monitor", "DEBUG", "n.processor.TaskPollingMonitor", ["!! executor slurm > tasks to be completed: %d -- submitted tasks are shown below" % rint(3, 60)]))
    out.append(nf(Line("nextflow-log"), "main", "DEBUG", "nextflow.Session", ["Workflow completed > WorkflowStats[succeededCount=%d; failedCount=0; ignoredCount=0; cachedCount=%d; pendingCount=0; submittedCount=0; runningCount=0; retriesCount=%d; abortedCount=0; succeedDuration=%.1fh; failedDuration=0ms; cachedDuration=%.1fh;loadCpus=0; loadMemory=0; peakRunning=%d; peakCpus=%d; peakMemory=%d GB; ]" % (rint(200, 400), rint(0, 80), rint(0, 3), rng.uniform(40, 300), rng.uniform(0, 20), rint(20, 60), rint(200, 600), rint(400, 1200))]))
    return out


def ep_snakemake():
    p = tested_patient()
    out = []
    byname = chance(0.45)
    sid = [P(up(p["last"]) + "_" + up(p["first"]), "name")] if byname else [P(p["acc"], "other_id")]
    rule = pick(["haplotype_caller", "bwa_mem", "mark_duplicates", "bqsr_apply", "mosdepth"])
    ext = {"haplotype_caller": ("results/bam/{}.dedup.bam", "results/gvcf/{}.g.vcf.gz"),
           "bwa_mem": ("results/trimmed/{}_R1.fq.gz", "results/bam/{}.sorted.bam"),
           "mark_duplicates": ("results/bam/{}.sorted.bam", "results/bam/{}.dedup.bam"),
           "bqsr_apply": ("results/bam/{}.dedup.bam", "results/bam/{}.recal.bam"),
           "mosdepth": ("results/bam/{}.recal.bam", "results/qc/{}.mosdepth.summary.txt")}[rule]
    jobid = rint(10, 400)

    def path(tmpl):
        a, b = tmpl.split("{}")
        return [a] + sid + [b]
    out.append(Line("snakemake").t("[%s]" % ts_ctime()))
    out.append(Line("snakemake").t("rule %s:" % rule))
    out.append(Line("snakemake").x(*(["    input: "] + path(ext[0]) + [", ref/GRCh38_full_analysis_set.fa"])))
    out.append(Line("snakemake").x(*(["    output: "] + path(ext[1]))))
    out.append(Line("snakemake").x(*(["    log: logs/%s/" % rule] + sid + [".log"])))
    out.append(Line("snakemake").t("    jobid: %d" % jobid))
    out.append(Line("snakemake").x(*(["    reason: Missing output files: "] + path(ext[1]))))
    out.append(Line("snakemake").x(*(["    wildcards: sample="] + sid)))
    out.append(Line("snakemake").t("    threads: %d" % pick([4, 8, 16])))
    out.append(Line("snakemake").t("    resources: mem_mb=%d, mem_mib=%d, disk_mb=1000, tmpdir=/tmp, runtime=%d" % (16000, 15259, rint(60, 480))))
    out.append(Line("snakemake").t(""))
    adv(300, 3000)
    out.append(Line("snakemake").t("[%s]" % ts_ctime()))
    out.append(Line("snakemake").t("Finished job %d." % jobid))
    tot = rint(150, 400)
    done = rint(10, tot)
    out.append(Line("snakemake").t("%d of %d steps (%d%%) done" % (done, tot, done * 100 // tot)))
    return out


def ep_gatk():
    p = tested_patient()
    out = []
    tool = pick(["HaplotypeCaller", "ApplyBQSR", "CollectHsMetrics"])
    byname = chance(0.3)
    stem = [P(up(p["last"]) + "_" + up(p["first"]), "name"), "_", P(p["acc"], "other_id")] if byname else [P(p["acc"], "other_id")]
    out.append(Line("gatk").t("Using GATK jar /opt/gatk-4.5.0.0/gatk-package-4.5.0.0-local.jar"))
    out.append(Line("gatk").t("Running:"))
    parts = ["    java -Dsamjdk.use_async_io_read_samtools=false -Dsamjdk.use_async_io_write_samtools=true -Dsamjdk.use_async_io_write_tribble=false -Dsamjdk.compression_level=2 -Xmx16g -jar /opt/gatk-4.5.0.0/gatk-package-4.5.0.0-local.jar %s -R /ref/Homo_sapiens_assembly38.fasta -I /data/bam/" % tool] + stem + [".dedup.bam -O /data/out/"] + stem + [{"HaplotypeCaller": ".g.vcf.gz -ERC GVCF", "ApplyBQSR": ".recal.bam --bqsr-recal-file /data/qc/recal.table", "CollectHsMetrics": ".hs_metrics.txt"}[tool], " -L /ref/twist_exome_2.0_targets.hg38.interval_list"]
    out.append(Line("gatk").x(*parts))
    out.append(Line("gatk").t("%s INFO  %s - ------------------------------------------------------------" % (ts_hms_ms(), tool)))
    out.append(Line("gatk").t("%s INFO  %s - The Genome Analysis Toolkit (GATK) v4.5.0.0" % (ts_hms_ms(), tool)))
    out.append(Line("gatk").t("%s INFO  %s - Executing as svc-pipeline@hpc-node-%02d on Linux v4.18.0-513.11.1.el8_9.x86_64 amd64" % (ts_hms_ms(), tool, rint(1, 48))))
    out.append(Line("gatk").t("%s INFO  %s - Java runtime: OpenJDK 64-Bit Server VM v17.0.10+7" % (ts_hms_ms(), tool)))
    out.append(Line("gatk").t("%s INFO  %s - Start Date/Time: %s" % (ts_hms_ms(), tool, ts_gatk_long())))
    adv(2, 10)
    out.append(Line("gatk").t("%s INFO  ProgressMeter - Starting traversal" % ts_hms_ms()))
    out.append(Line("gatk").t("%s INFO  ProgressMeter -        Current Locus  Elapsed Minutes     Regions Processed   Regions/Minute" % ts_hms_ms()))
    regions = 0
    elapsed = 0.0
    order = ["chr1", "chr2", "chr3", "chr7", "chr11", "chr13", "chr17", "chr19"]
    for g in sorted(rng.sample(GENES, 3), key=lambda g: order.index(g[4].split(":")[0])):
        step = rng.uniform(30, 400)
        adv(step, step)
        elapsed += step / 60.0
        n = rint(5000, 60000)
        regions += n
        chrom, pos = g[4].split(":")
        pos = int(pos) + rint(-50000, 50000)
        out.append(Line("gatk").t("%s INFO  ProgressMeter - %20s %16.1f %21d %16.1f" % (ts_hms_ms(), "%s:%d" % (chrom, pos), elapsed, regions, regions / elapsed)))
    if tool == "HaplotypeCaller" and chance(0.5):
        out.append(Line("gatk").t("%s WARN  DepthPerSampleHC - Annotation will not be calculated at position chr%d:%d and possibly subsequent; genotype for sample " % (ts_hms_ms(), rint(1, 22), rint(1000000, 90000000))).p(p["acc"], "other_id").t(" is not called"))
    adv(30, 400)
    out.append(Line("gatk").t("%s INFO  ProgressMeter - Traversal complete. Processed %d total regions in %.1f minutes." % (ts_hms_ms(), regions + rint(1000, 9000), elapsed + 0.4)))
    pkg = {"HaplotypeCaller": "walkers.haplotypecaller", "ApplyBQSR": "walkers.bqsr", "CollectHsMetrics": "analysis"}[tool]
    if tool == "CollectHsMetrics":
        out.append(Line("gatk").t("[%s] picard.analysis.directed.CollectHsMetrics done. Elapsed time: %.2f minutes." % (ts_gatk_long(), elapsed + 0.5)))
    else:
        out.append(Line("gatk").t("[%s] org.broadinstitute.hellbender.tools.%s.%s done. Elapsed time: %.2f minutes." % (ts_gatk_long(), pkg, tool, elapsed + 0.5)))
    out.append(Line("gatk").t("Runtime.totalMemory()=%d" % pick([8589934592, 4294967296, 17179869184])))
    return out


def ep_picard():
    p = tested_patient()
    out = []
    byname = chance(0.5)
    stem = [P(up(p["last"]) + "_" + up(p["first"]), "name"), "_", P(p["acc"], "other_id")] if byname else [P(p["acc"], "other_id")]
    out.append(Line("picard").t("INFO\t%s\tMarkDuplicates\t" % ts_plain()))
    out.append(Line("picard").t("********** NOTE: Picard's command line syntax is changing."))
    out.append(Line("picard").x(*(["[%s] MarkDuplicates --INPUT /data/bam/" % ts_ctime_tz()] + stem + [".sorted.bam --OUTPUT /data/bam/"] + stem + [".dedup.bam --METRICS_FILE /data/qc/"] + stem + [".dup_metrics.txt --CREATE_INDEX true --VALIDATION_STRINGENCY SILENT --OPTICAL_DUPLICATE_PIXEL_DISTANCE 2500"])))
    out.append(Line("picard").t("[%s] Executing as svc-pipeline@hpc-node-%02d on Linux 4.18.0-513.11.1.el8_9.x86_64 amd64; OpenJDK 64-Bit Server VM 17.0.10+7; Deflater: Intel; Inflater: Intel; Provider GCS is available; Picard version: Version:3.1.1" % (ts_ctime_tz(), rint(1, 48))))
    out.append(Line("picard").t("INFO\t%s\tMarkDuplicates\tStart of doWork freeMemory: %d; totalMemory: 2147483648; maxMemory: 17179869184" % (ts_plain(), rint(1900000000, 2100000000))))
    recs = 0
    el = 0
    for _ in range(rint(2, 4)):
        st = rng.uniform(15, 90)
        adv(st, st)
        el += int(st)
        recs += 1000000 * rint(1, 4)
        g = pick(GENES)
        chrom, pos = g[4].split(":")
        out.append(Line("picard").t("INFO\t%s\tMarkDuplicates\tRead %13s records.  Elapsed time: 00:%02d:%02ds.  Time for last 1,000,000: %4ds.  Last read position: %s:%s" % (
            ts_plain(), "{:,}".format(recs), el // 60, el % 60, rint(5, 30), chrom, "{:,}".format(int(pos) + rint(-900000, 900000)))))
    out.append(Line("picard").t("INFO\t%s\tMarkDuplicates\tMarking %d records as duplicates." % (ts_plain(), rint(2000000, 9000000))))
    out.append(Line("picard").t("INFO\t%s\tMarkDuplicates\tFound %d optical duplicate clusters." % (ts_plain(), rint(5000, 40000))))
    adv(30, 300)
    out.append(Line("picard").t("[%s] picard.sam.markduplicates.MarkDuplicates done. Elapsed time: %.2f minutes." % (ts_ctime_tz(), rng.uniform(4, 30))))
    return out


def ep_vcf():
    pb = pick(FAMILIES) if chance(0.6) else tested_patient()
    trio = [pb] + [r for r in pb["relatives"] if r["acc"]][:2]
    out = []
    raw = lambda s: out.append(Line("vcf").t(s))
    raw("##fileformat=VCFv4.2")
    raw('##FILTER=<ID=PASS,Description="All filters passed">')
    raw('##FILTER=<ID=LowQual,Description="Low quality">')
    raw('##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths for the ref and alt alleles in the order listed">')
    raw('##FORMAT=<ID=GQ,Number=1,Type=Integer,Description="Genotype Quality">')
    raw('##INFO=<ID=DP,Number=1,Type=Integer,Description="Approximate read depth; some reads may have been filtered">')
    raw("##contig=<ID=chr7,length=159345973>")
    raw("##contig=<ID=chr13,length=114364328>")
    raw("##contig=<ID=chr17,length=83257441>")
    raw("##reference=file:///ref/Homo_sapiens_assembly38.fasta")
    if chance(0.6):
        L = Line("vcf").t('##DRAGENCommandLine=<ID=dragen,Version="SW: 07.021.624.3.10.9, HW: 07.021.624",Date="%s",CommandLineOptions="-f --ref-dir /staging/ref/hg38 --fastq-list-sample-id ' % ts_ctime_tz()).p(pb["acc"], "other_id").t(" --output-file-prefix ").p(up(pb["last"]) + "_" + up(pb["first"]), "name").t(' --enable-variant-caller true">')
        out.append(L)
    else:
        raw('##GATKCommandLine=<ID=GenotypeGVCFs,CommandLine="GenotypeGVCFs --output joint.vcf.gz --variant gendb://genomicsdb --reference /ref/Homo_sapiens_assembly38.fasta",Version="4.5.0.0",Date="%s">' % ts_gatk_long())
    if len(trio) > 1:
        L = Line("vcf").t("##PEDIGREE=<ID=").p(pb["acc"], "other_id")
        for r in trio[1:]:
            L.t(",%s=" % ("Mother" if r["rel"] == "MOTHER" else "Sibling")).p(r["acc"], "other_id")
        L.t(">")
        out.append(L)
    if chance(0.35):
        out.append(Line("vcf").t("##SAMPLE=<ID=").p(pb["acc"], "other_id").t(',Individual="').p(full(pb), "name").t('",Description="proband, %s">' % pick(PANELS)))
    L = Line("vcf").t("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT")
    for r in trio:
        L.t("\t").p(r["acc"], "other_id")
    out.append(L)
    for g in rng.sample(GENES, rint(2, 3)):
        chrom, pos = g[4].split(":")
        ref = pick(["A", "C", "G", "T", "ATCT", "CA"])
        alt = pick([b for b in "ACGT" if b != ref[0]])
        dp = rint(30, 140)
        gl = []
        for _ in trio:
            d2 = rint(25, 150)
            gt = pick(["0/1", "0/0", "0/1", "1/1"])
            a2 = {"0/0": rint(0, 2), "0/1": rint(d2 // 3, 2 * d2 // 3), "1/1": d2 - rint(0, 2)}[gt]
            gl.append("%s:%d,%d:%d:%d:%d,0,%d" % (gt, d2 - a2, a2, d2, rint(40, 99), rint(300, 1200), rint(300, 1200)))
        gts = "\t".join(gl)
        raw("%s\t%s\t%s\t%s\t%s\t%.2f\tPASS\tAC=1;AF=0.500;AN=2;DP=%d;FS=%.3f;MQ=60.00;QD=%.2f\tGT:AD:DP:GQ:PL\t%s" % (chrom, pos, g[5], ref, alt, rng.uniform(100, 2000), dp, rng.uniform(0, 5), rng.uniform(5, 30), gts))
    return out


def ep_curation():
    p = tested_patient()
    g = pick(GENES)
    out = []
    L = Line("spring-boot")
    zyg = pick(["HET", "HET", "HOM", "HEMI"])
    out.append(spring(L, "INFO", "curation-%d" % rint(1, 6), "c.g.interp.VariantClassificationService",
                      ["VariantClassified accession=", P(p["acc"], "other_id"), " gene=%s transcript=%s hgvs_c=%s hgvs_p=%s locus=%s %s zygosity=%s classification=%s criteria=%s curator=%s" % (
                          g[0], g[1], g[2], g[3], g[4], g[5], zyg, g[6].replace(" ", "_"), pick(["PVS1,PM2_Supporting,PP5", "PVS1_Moderate,PM3_Strong,PP4", "PS3,PM1,PM2_Supporting", "BS1,BP4"]), pick(CURATORS))]))
    adv(1, 30)
    out.append(spring(Line("spring-boot"), "INFO", "curation-%d" % rint(1, 6), "c.g.interp.EvidenceFetcher",
                      ["Evidence for %s:%s ClinVar VCV%09d (review 2 stars, rev 2024-02-28), gnomAD v4.0.0 AF=%.6f nhomalt=%d, SpliceAI max=%.2f, REVEL=%.3f" % (g[1], g[2], rint(7000, 900000), rng.uniform(0, 0.02), rint(0, 40), rng.uniform(0, 0.9), rng.uniform(0, 1))]))
    if p["relatives"] and chance(0.6):
        out.append(spring(Line("spring-boot"), "INFO", "curation-%d" % rint(1, 6), "c.g.interp.CaseNotes",
                          ["Note added to ", P(p["acc"], "other_id"), " by %s: 'Mother " % pick(CURATORS), P(full(p["relatives"][0]), "name"),
                           " reported as carrier of same %s variant at outside lab; request records'" % g[0]]))
    return out


def ep_curation_clean():
    out = []
    out.append(spring(Line("spring-boot"), "INFO", "clinvar-sync", "c.g.interp.ClinVarSyncJob",
                      ["ClinVar weekly release 2024-03-%02d loaded: %s variants, %d reclassified in internal DB, %d require re-review" % (rint(3, 10), "{:,}".format(rint(2400000, 2600000)), rint(10, 90), rint(0, 12))]))
    for g in rng.sample(GENES, 2):
        adv(1, 40)
        out.append(spring(Line("spring-boot"), "INFO", "clinvar-sync", "c.g.interp.ClinVarSyncJob",
                          ["%s(%s):%s %s %s -> %s (VCV%09d, submitters=%d)" % (g[1], g[0], g[2], g[4], g[5], g[6], rint(7000, 900000), rint(2, 40))]))
    out.append(spring(Line("spring-boot"), "DEBUG", "vep-cache", "c.g.interp.VepClient",
                      ["VEP 111 cache hit ratio %.3f (%d lookups), plugin versions: SpliceAI 1.3, REVEL 1.3, AlphaMissense 2023-09" % (rng.uniform(0.8, 0.99), rint(1000, 90000))]))
    return out


def ep_signout():
    p = tested_patient()
    out = []
    g = pick(GENES)
    L = Line("json-ndjson")
    o = {"ts": ts_isoz(), "level": "info", "service": "reporting", "event": "report.signed_out",
         "accession": P(p["acc"], "other_id"),
         "patient": {"name": P(full(p), "name"), "dob": P(fmt_date(p["dob"], "iso"), "date")} if chance(0.6) else {"id": P(p["pt"], "mrn")},
         "reportVersion": rint(1, 3), "result": pick(["POSITIVE", "NEGATIVE", "VUS"]), "genes": [g[0]],
         "signedBy": pick(DIRECTORS), "role": "LAB_DIRECTOR", "reviewedBy": pick(GCS), "clia": CLIA, "tatDays": rint(9, 28)}
    out.append(jemit(L, o))
    adv(1, 60)
    if chance(0.5):
        L = Line("json-ndjson")
        out.append(jemit(L, {"ts": ts_isoz(), "level": "info", "service": "reporting", "event": "pdf.rendered",
                             "path": PS("s3://gl-reports-prod/2024/03/", P(p["acc"], "other_id"), "/", P(up(p["last"]) + "_" + up(p["first"]), "name"), "_", P(fmt_date(p["dob"], "d8"), "date"), "_v%d.pdf" % rint(1, 3)),
                             "bytes": rint(180000, 900000), "sha256": hexs(64), "renderer": "wkhtmltopdf 0.12.6"}))
    return out


def ep_signout_clean():
    out = []
    for _ in range(rint(2, 3)):
        out.append(jemit(Line("json-ndjson"), {"ts": ts_isoz(), "level": pick(["info", "info", "warn"]), "service": "reporting",
                                               "event": pick(["signout.queue", "signout.queue", "tat.breach_risk"]),
                                               "pending": rint(3, 40), "oldestHours": round(rng.uniform(2, 70), 1),
                                               "director": pick(DIRECTORS), "gcOnCall": pick(GCS)}))
        adv(30, 900)
    return out


def winston(level, tag, msg, meta):
    L = Line("winston")
    L.t("%s %s: [%s] %s " % (ts_isoz(), level, tag, msg))
    return jemit(L, meta)


def ep_release():
    p = tested_patient()
    out = []
    out.append(winston("info", "release", "results released to portal", {"accession": P(p["acc"], "other_id"), "userId": uuid4(), "notify": "email", "gcReviewRequired": chance(0.3)}))
    adv(0.1, 2)
    msgid = "0100018e%s-%s-%s-%s-%s-000000" % (hexs(8), hexs(8), hexs(4), hexs(4), hexs(12))
    out.append(winston("info", "mailer", "queued result_ready_v3", {"to": P(p["email"], "email"), "from": "GeneLab Results <noreply@results.%s>" % LAB_DOMAIN, "messageId": "<%s@email.amazonses.com>" % msgid, "replyTo": "support@%s" % LAB_DOMAIN}))
    qid = "".join(pick("0123456789ABCDEF") for _ in range(10))
    adv(0.5, 3)
    out.append(Line("postfix").t("%s mx-out-01 postfix/qmgr[1123]: %s: from=<noreply@results.%s>, size=%d, nrcpt=1 (queue active)" % (ts_syslog(), qid, LAB_DOMAIN, rint(9000, 30000))))
    adv(0.5, 3)
    dom = p["email"].split("@")[1]
    relay = {"gmail.com": "gmail-smtp-in.l.google.com[142.250.102.27]:25", "outlook.com": "outlook-com.olc.protection.outlook.com[52.101.40.29]:25",
             "hotmail.com": "hotmail-com.olc.protection.outlook.com[52.101.9.6]:25", "yahoo.com": "mta7.am0.yahoodns.net[67.195.204.72]:25"}.get(dom, "mx1.%s[104.47.%d.%d]:25" % (dom, rint(1, 250), rint(1, 250)))
    if chance(0.15):
        out.append(Line("postfix").t("%s mx-out-01 postfix/smtp[%d]: %s: to=<" % (ts_syslog(), rint(20000, 29999), qid)).p(p["email"], "email").t(">, relay=%s, delay=%.1f, delays=0.02/0.01/0.4/0.3, dsn=5.1.1, status=bounced (host %s said: 550 5.1.1 <" % (relay, rng.uniform(0.5, 3), relay.split("[")[0])).p(p["email"], "email").t(">: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))"))
    else:
        out.append(Line("postfix").t("%s mx-out-01 postfix/smtp[%d]: %s: to=<" % (ts_syslog(), rint(20000, 29999), qid)).p(p["email"], "email").t(">, relay=%s, delay=%.1f, delays=0.02/0.01/0.61/0.66, dsn=2.0.0, status=sent (250 2.0.0 OK  %d %s.%d - gsmtp)" % (relay, rng.uniform(0.5, 3), ts_epoch_ms() // 1000, hexs(12), rint(100, 999))))
    out.append(Line("postfix").t("%s mx-out-01 postfix/qmgr[1123]: %s: removed" % (ts_syslog(), qid)))
    return out


def ep_postfix_clean():
    out = []
    for _ in range(rint(2, 4)):
        qid = "".join(pick("0123456789ABCDEF") for _ in range(10))
        staff = pick(["lab-alerts", "billing-ops", "qc-digest", "oncall-bioinfo"])
        out.append(Line("postfix").t("%s mx-out-01 postfix/qmgr[1123]: %s: from=<noreply@%s>, size=%d, nrcpt=1 (queue active)" % (ts_syslog(), qid, LAB_DOMAIN, rint(3000, 20000))))
        adv(0.3, 2)
        out.append(Line("postfix").t("%s mx-out-01 postfix/smtp[%d]: %s: to=<%s@%s>, relay=aspmx.l.google.com[142.250.27.26]:25, delay=%.2f, delays=0.01/0/0.3/0.4, dsn=2.0.0, status=sent (250 2.0.0 OK)" % (ts_syslog(), rint(20000, 29999), qid, staff, LAB_DOMAIN, rng.uniform(0.3, 2))))
        adv(5, 120)
    if chance(0.5):
        out.append(Line("postfix").t("%s mx-out-01 postfix/anvil[4412]: statistics: max connection rate 3/60s for (smtp:10.40.2.18) at %s" % (ts_syslog(), ts_syslog())))
    return out


UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
       'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
       'GeneLabApp/3.12.1 (Android 14; SM-S918U) okhttp/4.12.0']


def ep_portal_access():
    p = tested_patient()
    out = []
    L = Line("nginx-combined")
    L.p(p["ip"], "ip").t(" - ").p(p["user"], "other_id").t(" [%s] \"GET /results/" % ts_nginx()).p(p["acc"], "other_id").t("/report.pdf HTTP/2.0\" 200 %d \"" % rint(180000, 900000))
    L.p("https://portal.%s/u/%s/results" % (LAB_DOMAIN, p["user"]), "url").t("\" \"%s\"" % pick(UAS))
    out.append(L)
    adv(0.1, 1)
    L = Line("json-audit")
    jemit(L, {"event": "report.downloaded", "ts": ts_iso_local_ms(), "actor": {"type": "patient", "id": uuid4(), "username": P(p["user"], "other_id")},
              "ip": P(p["ip"], "ip"), "accession": P(p["acc"], "other_id"), "mfa": pick(["totp", "sms", "none"]), "sessionId": hexs(32)})
    out.append(L)
    if chance(0.4):
        adv(5, 200)
        L = Line("nginx-combined")
        L.p(p["ip"], "ip").t(" - - [%s] \"POST /api/v1/family_share HTTP/2.0\" 201 412 \"" % ts_nginx()).p("https://portal.%s/share/%s-%s-%d" % (LAB_DOMAIN, up(p["first"]).lower(), up(p["last"]).lower(), p["dob"].year), "url").t("\" \"%s\"" % pick(UAS))
        out.append(L)
    return out


def ep_nginx_clean():
    out = []
    for _ in range(rint(2, 4)):
        ip = priv_ip()
        path, ua = pick([("/healthz", "kube-probe/1.28"), ("/metrics", "Prometheus/2.48.1"), ("/assets/application-%s.css" % hexs(64), UAS[1]), ("/favicon.ico", UAS[2]), ("/api/v1/status", "Datadog Agent/7.50.3")])
        code = 200
        out.append(Line("nginx-combined").t('%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s"' % (ip, ts_nginx(), path, code, rint(2, 90000), ua)))
        adv(0.1, 15)
    if chance(0.4):
        scanner = pick(["45.155.205.233", "185.220.101.47", "193.35.18.12"])
        out.append(Line("nginx-combined").t('%s - - [%s] "GET /.env HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x"' % (scanner, ts_nginx())))
    return out


FAM_USE = []


def ep_family():
    pb = min(FAMILIES, key=lambda f: (FAM_USE.count(f["fam"]), rng.random()))
    FAM_USE.append(pb["fam"])
    out = []
    for r in [x for x in pb["relatives"] if x["acc"]][:rint(1, 2)]:
        out.append(spring(Line("spring-boot"), "INFO", "http-nio-8080-exec-%d" % rint(1, 10), "c.g.lims.family.FamilyLinkService",
                          ["Linked relative accession=", P(r["acc"], "other_id"), " to proband accession=", P(pb["acc"], "other_id"), " family=", P(pb["fam"], "other_id"),
                           " relationship=%s knownVariant=%s(%s):%s cascadeDiscount=true" % (r["rel"], GENES[1][1], GENES[1][0], GENES[1][2])]))
        adv(1, 30)
    members = []
    for r in pb["relatives"]:
        m = {"rel": r["rel"], "name": P(full(r), "name"), "sex": r["sex"]}
        if r["deceased"]:
            m["deceased"] = True
            m["dod"] = P(fmt_date(r["deceased"], "iso"), "date")
            aad = r["deceased"].year - r["dob"].year
            m["ageAtDeath"] = P(aad, "age") if aad > 89 else aad
            m["causeOfDeath"] = pick(["pancreatic cancer", "MI", "unknown", "prostate cancer"])
        else:
            a = age_on(r["dob"])
            m["dob"] = P(fmt_date(r["dob"], "iso"), "date")
            m["age"] = P(a, "age") if a > 89 else a
        if r["acc"]:
            m["accession"] = P(r["acc"], "other_id")
        members.append(m)
    L = Line("json-pedigree")
    jemit(L, {"ts": ts_isoz(), "svc": "pedigree", "action": "pedigree.updated", "familyId": P(pb["fam"], "other_id"),
              "proband": {"accession": P(pb["acc"], "other_id"), "name": P(full(pb), "name")}, "members": members, "editedBy": pick(GCS)})
    out.append(L)
    if chance(0.5):
        r = pick(pb["relatives"][:2])
        out.append(spring(Line("spring-boot"), "INFO", "http-nio-8080-exec-%d" % rint(1, 10), "c.g.lims.family.CascadeOutreach",
                          ["Outreach letter queued for relative ", P(full(r), "name"), " phone=", P(phone(r, "e164"), "phone"), " address=", P(r["street"], "address"), ", ", P(r["city"], "address"),
                           " %s " % r["state"], P(r["zip"], "zip"), " (proband ", P(pb["acc"], "other_id"), ", GC %s)" % pick(GCS)]))
    return out


def ep_appointment():
    p = pick(PROBANDS)
    out = []
    when = loc() + dt.timedelta(days=rint(2, 14))
    when = when.replace(hour=rint(8, 16), minute=pick([0, 15, 30, 45]), second=0, microsecond=0)
    gc = pick(GCS)
    parts = ["appointment booked appt=APT-%d patient=" % rint(80000, 99999), P(p["pt"], "mrn"), " (", P(full(p), "name"), ") counselor=\"%s\" start=" % gc,
             P(when.strftime("%Y-%m-%d"), "date"), when.strftime("T%H:%M:00-04:00"), " modality=%s" % pick(["telehealth", "telehealth", "in_person"]),
             " zoom=https://genelab-dx.zoom.us/j/%s" % digits(11)]
    out.append(pylog(Line("py-logging"), "INFO", "scheduling.gc", parts))
    if p.get("age", 0) > 89:
        out.append(pylog(Line("py-logging"), "INFO", "scheduling.gc", ["accommodation flag set for ", P(p["pt"], "mrn"), ": patient age ", P(str(p["age"]), "age"), ", hearing impaired, daughter to join by phone"]))
    elif "guarantor" in p:
        g = p["guarantor"]
        out.append(pylog(Line("py-logging"), "INFO", "scheduling.gc", ["minor patient: guardian ", P(full(g), "name"), " (", P(phone(g, "paren"), "phone"), ") must attend; consent form GC-PED-04 sent to ", P(g["email"], "email")]))
    out.append(pylog(Line("py-logging"), "INFO", "scheduling.reminders", ["reminder job scheduled via Twilio messaging service MG%s at T-24h" % hexs(32)]))
    return out


def edi(seg_parts, ctl):
    L = Line("x12-837")
    L.t("%s edi-gw DEBUG 837P ctl=%s seg " % (ts_isoz(), ctl))
    return L.x(*seg_parts)


def ep_x12():
    p = pick(TESTED)
    ctl = "%09d" % rint(4000, 9999)
    d = loc()
    out = []
    full_env = chance(0.5)
    if full_env:
        out.append(edi(["ISA*00*          *00*          *ZZ*GENELABDX      *ZZ*AVAILITY       *%s*%s*^*00501*%s*0*P*:~" % (d.strftime("%y%m%d"), d.strftime("%H%M"), ctl)], ctl))
        out.append(edi(["GS*HC*GENELABDX*AVAILITY*%s*%s*%d*X*005010X222A1~" % (d.strftime("%Y%m%d"), d.strftime("%H%M"), rint(1000, 9999))], ctl))
        out.append(edi(["NM1*85*2*GENELAB DIAGNOSTICS LLC*****XX*%s~" % npi()], ctl))
        out.append(edi(["N3*4550 RESEARCH PKWY STE 200~"], ctl))
        out.append(edi(["N4*DURHAM*NC*277039412~"], ctl))
        out.append(edi(["REF*EI*%s~" % ("56" + digits(7))], ctl))
    g = p.get("guarantor")
    sub = g if g else p
    out.append(edi(["SBR*P*%s*%s******CI~" % ("19" if g else "18", p["group"].replace("-", ""))], ctl))
    out.append(edi(["NM1*IL*1*", P(upsp(sub["last"]), "name"), "*", P(upsp(sub["first"]), "name"), "****MI*", P(p["member"], "health_plan"), "~"], ctl))
    out.append(edi(["N3*", P(upsp(sub["street"]), "address"), "~"], ctl))
    out.append(edi(["N4*", P(upsp(sub["city"]), "address"), "*%s*" % sub["state"], P(sub["zip"], "zip"), "~"], ctl))
    out.append(edi(["DMG*D8*", P(fmt_date(sub["dob"], "d8"), "date"), "*%s~" % sub["sex"]], ctl))
    if chance(0.5):
        out.append(edi(["REF*SY*", P(sub["ssn"].replace("-", ""), "ssn"), "~"], ctl))
    if g:
        out.append(edi(["PAT*19~"], ctl))
        out.append(edi(["NM1*QC*1*", P(upsp(p["last"]), "name"), "*", P(upsp(p["first"]), "name"), "~"], ctl))
        out.append(edi(["DMG*D8*", P(fmt_date(p["dob"], "d8"), "date"), "*%s~" % p["sex"]], ctl))
    out.append(edi(["NM1*PR*2*%s*****PI*%s~" % (p["payer"][0].upper(), p["payer"][1])], ctl))
    out.append(edi(["CLM*", P(p["acc"].replace("-", ""), "other_id"), "*%s***81:B:1*Y*A*Y*Y~" % pick(["1850", "2400", "4950", "350"])], ctl))
    out.append(edi(["DTP*472*D8*", P(fmt_date(p["collected"], "d8"), "date"), "~"], ctl))
    out.append(edi(["HI*ABK:%s*ABF:%s~" % (pick(["Z1501", "Z803", "I421", "Z31430"]), pick(["Z8041", "Z800", "E7801"]))], ctl))
    c = pick(CLINICIANS)
    ln, fn = c[0].split(" ")[1].upper(), c[0].split(" ")[0].upper()
    out.append(edi(["NM1*DK*1*%s*%s****XX*%s~" % (ln, fn, c[2])], ctl))
    out.append(edi(["SV1*HC:%s*%s*UN*1***1~" % (pick(["81162", "81439", "81443", "81406", "81416"]), pick(["1850", "2400", "4950"]))], ctl))
    out.append(edi(["SE*%d*0001~" % rint(20, 40)], ctl))
    return out


def ep_eligibility():
    p = pick(TESTED)
    out = []
    g = p.get("guarantor")
    sub = g if g else p
    o = {"timestamp": ts_isoz(), "svc": "eligibility", "txn": "271", "traceNumber": digits(10), "payer": p["payer"][0], "payerId": p["payer"][1]}
    if p["payer"][0].startswith("Medicare"):
        o["beneficiary"] = {"name": PS(P(up(p["last"]) + ", " + up(p["first"]), "name")), "mbi": P(p["member"], "health_plan"), "dob": P(fmt_date(p["dob"], "d8"), "date")}
        o["partB"] = "ACTIVE"
    else:
        o["subscriber"] = {"firstName": P(sub["first"], "name"), "lastName": P(sub["last"], "name"), "memberId": P(p["member"], "health_plan"), "dob": P(fmt_date(sub["dob"], "iso"), "date")}
        if chance(0.3):
            o["subscriber"]["ssn"] = P(sub["ssn"].replace("-", ""), "ssn")
        if g:
            o["dependent"] = {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"), "relationship": "19"}
        o["groupNumber"] = p["group"]
    o["coverageStatus"] = "ACTIVE"
    o["priorAuthRequired"] = chance(0.5)
    o["cpt"] = pick(["81162", "81439", "81443"])
    o["deductibleRemaining"] = round(rng.uniform(0, 3000), 2)
    L = Line("json-eligibility")
    out.append(jemit(L, o))
    return out


def ep_payment():
    p = pick(TESTED)
    out = []
    ch = "ch_3O" + "".join(pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(22))
    amt = pick(["249.00", "99.00", "350.00", "175.50"])
    out.append(pylog(Line("py-logging"), "INFO", "billing.payments", ["charge succeeded %s amount=%s currency=usd brand=%s last4=%s account=" % (ch, amt, "visa" if p["card"][0] == "4" else "mastercard", p["card"][-4:]), P(p["acct"], "account"), " patient=", P(p["pt"], "mrn")]))
    if chance(0.4):
        out.append(pylog(Line("py-logging"), "ERROR", "billing.payments.legacy", ["gateway decline code=05 raw_request='ssl_card_number=", P(p["card"], "account"), "&ssl_exp_date=%02d%02d&ssl_cvv2cvc2=***&ssl_first_name=" % (rint(1, 12), rint(25, 29)),
                                                                                  P(up(p["first"]), "name"), "&ssl_last_name=", P(up(p["last"]), "name"), "&ssl_avs_zip=", P(p["zip"], "zip"), "&ssl_amount=%s'" % amt]))
    if chance(0.4):
        g = p.get("guarantor", p)
        out.append(pylog(Line("py-logging"), "INFO", "billing.statements", ["statement STM-%d generated acct=" % rint(100000, 999999), P(p["acct"], "account"), " guarantor=\"", P(full(g), "name"), "\" balance=%s mailto=\"" % pick(["312.40", "99.00", "1,204.18"]),
                                                                            P(g["street"], "address"), ", ", P(g["city"], "address"), ", %s " % g["state"], P(g["zip"], "zip"), "\""]))
    return out


def ep_financial_assistance():
    p = pick(TESTED)
    g = p.get("guarantor", p)
    out = []
    app = "FAP-24-%05d" % rint(1000, 9999)
    L = pylog(Line("py-logging-json"), "INFO", "billing.fap", ["application received "])
    o = {"application": app, "applicant": {"name": P(full(g), "name"), "dob": P(fmt_date(g["dob"], "iso"), "date"), "ssn": P(g["ssn"], "ssn")},
         "household_size": rint(1, 6), "annual_income": rint(18000, 90000), "fpl_pct": rint(90, 400),
         "address": PS(P(g["street"], "address"), ", ", P(g["city"], "address"), ", %s " % g["state"], P(g["zip"], "zip")),
         "patient_accession": P(p["acc"], "other_id"), "source": pick(["portal", "paper", "phone"])}
    jemit(L, o, ascii_=True, sep=(", ", ": "))
    out.append(L)
    adv(30, 3000)
    out.append(pylog(Line("py-logging"), "INFO", "billing.fap", ["%s decision=%s tier=%d discount_pct=%d reviewer=%s policy=FAP-2024.1" % (app, pick(["APPROVED", "APPROVED", "PENDING_DOCS"]), rint(1, 3), pick([100, 75, 50]), pick(["jlaurent", "pbhatt"]))]))
    return out


def ep_refund_intl():
    p = pick(TESTED)
    out = []
    if chance(0.5):
        ib = iban("DE", digits(18))
        bic = pick(["COBADEFFXXX", "DEUTDEFFXXX", "INGDDEFFXXX"])
        nid = [" nationalId(DE-Personalausweis)=", P("L" + "".join(pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)), "other_id")]
    elif chance(0.5):
        ib = iban("ES", digits(20))
        bic = pick(["CAIXESBBXXX", "BSCHESMMXXX"])
        nid = [" nationalId(DNI)=", P(dni(), "other_id")]
    else:
        bank = pick(["ABNA", "INGB", "RABO"])
        ib = iban("NL", bank + digits(10))
        bic = bank + "NL2A"
        nid = [" nationalId(BSN)=", P(bsn(), "other_id")]
    out.append(pylog(Line("py-logging"), "INFO", "billing.refunds", ["refund RF-%d issued to " % rint(100000, 999999), P(full(p), "name"), " iban=", P(iban_fmt(ib) if chance(0.5) else ib, "account"), " bic=%s amount=EUR %s" % (bic, pick(["180.00", "95.50", "240.00"]))] + nid))
    out.append(pylog(Line("py-logging"), "INFO", "billing.refunds", ["SEPA batch SEPA-%s-%02d submitted: %d credit transfers, total EUR %s, msgId=%s" % (loc().strftime("%Y%m%d"), rint(1, 9), rint(2, 20), "{:,.2f}".format(rng.uniform(200, 5000)), hexs(16).upper())]))
    return out


def ep_billing_clean():
    out = []
    out.append(pylog(Line("py-logging"), "INFO", "billing.claims", ["batch 837P ctl=%09d submitted to Availity: %d claims, total $%s, 999 ack ACCEPTED" % (rint(4000, 9999), rint(10, 80), "{:,.2f}".format(rng.uniform(20000, 150000)))]))
    adv(10, 600)
    out.append(pylog(Line("py-logging"), "INFO", "billing.remits", ["ERA 835 received payer=%s TRN*1*%s*1%s paid=$%s claims=%d adjustments CO-45=%d PR-1=%d" % (pick(["Aetna", "Cigna", "UnitedHealthcare", "Humana"]), "EFT" + digits(9), digits(9), "{:,.2f}".format(rng.uniform(1000, 40000)), rint(3, 30), rint(1, 10), rint(0, 5))]))
    if chance(0.5):
        out.append(pylog(Line("py-logging"), "WARNING", "billing.claims", ["payer %s rejected %d claims with CARC 16 (missing NPI/taxonomy 246QM0706X); see worklist BILL-WL-%d" % (pick(["Cigna", "Aetna"]), rint(1, 5), rint(100, 999))]))
    out.append(edi(["IEA*1*%09d~" % rint(4000, 9999)], "%09d" % rint(4000, 9999)))
    return out


def ep_idv():
    p = pick([q for q in TESTED if age_on(q["dob"]) >= 18])
    out = []
    L = Line("json-idv")
    jemit(L, {"ts": ts_isoz(), "svc": "idv", "event": "document.captured", "userId": uuid4(), "username": P(p["user"], "other_id"),
              "docType": "DRIVERS_LICENSE", "issuingState": p["dl_state"], "documentNumber": P(p["dl"], "license"),
              "dob": P(fmt_date(p["dob"], "iso"), "date"), "vendor": "persona", "inquiryId": "inq_" + hexs(20)})
    out.append(L)
    adv(1, 10)
    if chance(0.3):
        out.append(jemit(Line("json-idv"), {"ts": ts_isoz(), "svc": "idv", "event": "document.portrait_extracted", "username": P(p["user"], "other_id"),
                                            "portrait": P("data:image/jpeg;base64," + fake_jpeg_b64(rint(400, 700)), "photo"), "quality": round(rng.uniform(0.6, 0.95), 2)}))
    if chance(0.7):
        L = Line("json-idv")
        uri = "data:image/jpeg;base64," + fake_jpeg_b64(rint(500, 900)) if chance(0.7) else "data:image/png;base64," + fake_png_b64(rint(400, 800))
        jemit(L, {"ts": ts_isoz(), "svc": "idv", "event": "selfie.captured", "username": P(p["user"], "other_id"), "liveness": round(rng.uniform(0.9, 0.999), 3), "image": P(uri, "photo")})
        out.append(L)
    if chance(0.6):
        L = Line("json-idv")
        jemit(L, {"ts": ts_isoz(), "svc": "idv", "event": "face.enrolled", "username": P(p["user"], "other_id"),
                  "template": {"alg": "arcface-r100", "dim": 256, "b64": P(face_template_b64(256), "biometric")}, "matchScore": round(rng.uniform(0.8, 0.99), 3)})
        out.append(L)
    out.append(jemit(Line("json-idv"), {"ts": ts_isoz(), "svc": "idv", "event": "inquiry.completed", "status": pick(["approved", "approved", "needs_review"]), "durationMs": rint(2000, 40000), "checks": ["id_barcode", "id_mrz", "selfie_liveness"]}))
    return out


def ep_voice():
    p = tested_patient()
    out = []
    out.append(pylog(Line("py-logging"), "INFO", "ivr.results_line", ["caller ", P(phone(p, "e164"), "phone"), " verified for ", P(p["pt"], "mrn"), " via voiceprint score=%.2f" % rng.uniform(0.8, 0.97)]))
    if chance(0.5):
        out.append(pylog(Line("py-logging"), "DEBUG", "ivr.voiceprint", ["enrolled template for ", P(p["pt"], "mrn"), ": ", P(base64.b64encode(bytes(rng.getrandbits(8) for _ in range(rint(180, 300)))).decode(), "biometric")]))
    out.append(pylog(Line("py-logging"), "INFO", "ivr.results_line", ["call CA%s ended duration=%ds disposition=RESULT_PENDING_GC" % (hexs(32), rint(40, 400))]))
    return out


def ep_device():
    p = tested_patient()
    out = []
    L = Line("winston")
    L.t("%s info: [app-api] device registered " % ts_isoz())
    plat = pick(["android", "ios"])
    meta = {"user": P(p["user"], "other_id"), "platform": plat, "model": "SM-S918U" if plat == "android" else "iPhone15,3",
            "appVersion": "3.12.1 (4471)", "osVersion": "14" if plat == "android" else "17.3.1"}
    if plat == "android":
        meta["imei"] = P(p["imei"], "device")
    else:
        meta["deviceMac"] = P(":".join("%02X" % rng.getrandbits(8) for _ in range(6)), "device")
    meta["ip"] = P(p["ip"], "ip")
    out.append(jemit(L, meta))
    out.append(Line("winston").t("%s info: [app-api] push provider ack {\"provider\":\"fcm\",\"status\":200,\"latencyMs\":%d,\"batch\":%d}" % (ts_isoz(), rint(20, 300), rint(1, 500))))
    return out


def ep_driveup():
    p = tested_patient()
    out = []
    site = pick(["RTP-1", "RTP-2", "CARY-DT"])
    out.append(pylog(Line("py-logging"), "INFO", "dropoff.kiosk", ["[site=%s] check-in kit=" % site, P(p["kit"], "other_id"), " plate=", P(p["plate"], "vehicle"), " (%s) lane=%d attendant=%s" % (p["plate_state"], rint(1, 3), pick(TECHS))]))
    if chance(0.75):
        L = Line("json-dropoff")
        jemit(L, {"event": "driveup.registered", "site": site, "kit": P(p["kit"], "other_id"),
                  "vehicle": {"plate": P(p["plate"], "vehicle"), "state": p["plate_state"], "vin": P(p["vin"], "vehicle"), "color": pick(["gray", "white", "blue", "red"])},
                  "contact": P(phone(p, "dash"), "phone")}, sep=(", ", ": "))
        out.append(L)
    out.append(pylog(Line("py-logging"), "INFO", "dropoff.kiosk", ["[site=%s] lane %d cleared, queue=%d, avg wait %.1f min, camera cam-%02d fps=%d" % (site, rint(1, 3), rint(0, 8), rng.uniform(1, 9), rint(1, 6), pick([15, 30]))]))
    return out


def ep_kit_shipped():
    p = pick(TESTED)
    out = []
    L = Line("winston")
    L.t("%s info: [fulfillment] kit shipped " % ts_isoz())
    jemit(L, {"orderNumber": "SO-2024-%07d" % rint(40000, 99999), "sku": "KIT-SAL-OG600", "kitId": P(p["kit"], "other_id"), "carrier": "FedEx", "tracking": "7712" + digits(8),
              "shipTo": {"name": P(full(p), "name"), "line1": P(p["street"], "address"), "city": P(p["city"], "address"), "state": p["state"], "postalCode": P(p["zip"], "zip"), "phone": P(phone(p, "plain"), "phone")},
              "returnLabel": "9202" + digits(18)})
    out.append(L)
    out.append(Line("winston").t("%s info: [fulfillment] ShipStation batch %d printed %d labels in %dms" % (ts_isoz(), rint(10000, 99999), rint(5, 60), rint(400, 4000))))
    return out


def ep_fax_release():
    p = tested_patient()
    out = []
    c = pick(CLINICIANS)
    if chance(0.5):
        out.append(pylog(Line("py-logging"), "INFO", "release.fax", ["queued report for ", P(p["acc"], "other_id"), " to ordering provider Dr. %s at %s (%s) pages=%d via SRFax job=%d" % (c[0], c[6], c[3], rint(4, 12), rint(1000000, 9999999))]))
    out.append(pylog(Line("py-logging"), "INFO", "release.fax", ["patient-requested copy: ", P(p["acc"], "other_id"), " to ", P(phone_fmt(p["area"], p["faxline"], "dash"), "fax"), " recipient=\"", P(full(p), "name"), "\" (patient) HIPAA auth form ROI-%d on file, pages=%d" % (rint(1000, 9999), rint(4, 12))]))
    out.append(pylog(Line("py-logging"), "INFO", "release.fax", ["SRFax job %d status=Sent pages=%d duration=%ds remoteCSID='%s'" % (rint(1000000, 9999999), rint(4, 12), rint(30, 200), pick(["LAKESHORE ONC", "TRIANGLE CARDIO", "FAX"]))]))
    return out


def ep_support():
    p = tested_patient()
    out = []
    L = Line("json-webhook")
    agent = pick(AGENTS)
    o = {"source": "zendesk", "type": "ticket.created", "ticket": {"id": rint(40000, 60000), "subject": "Question about my results", "requester": {"name": P(full(p), "name"), "email": P(p["email"], "email")},
                                                                  "assignee": agent, "tags": ["results", "portal"], "custom_fields": {"accession": P(p["acc"], "other_id")}}}
    if chance(0.3):
        o["ticket"]["description"] = PS("Hi, my family set up ", P("https://www.gofundme.com/f/help-%s-%s-with-genetic-testing" % (up(p["first"]).lower(), up(p["last"]).lower()), "url"), " and I need an itemized receipt. Thanks")
    out.append(jemit(L, o))
    out.append(jemit(Line("json-webhook"), {"source": "zendesk", "type": "ticket.updated", "ticket": {"id": rint(40000, 60000), "status": "pending", "assignee": agent, "group": "Patient Support Tier 1", "sla": {"policy": "P2", "breachAt": ts_isoz()}}}))
    return out


def ep_clinician_link():
    p = tested_patient()
    c = pick(CLINICIANS)
    out = []
    L = Line("winston")
    L.t("%s info: [notify] clinician result notification sent " % ts_isoz())
    dom = {"Lakeshore": "lakeshoreonc.org", "Triangle": "trianglecardio.com", "Cascade": "cascademfm.org", "Miami": "mvbreastcenter.org", "Desert": "desertsunfp.com"}[c[3].split(" ")[0]]
    jemit(L, {"to": "dr.%s@%s" % (c[0].split(" ")[1].lower(), dom), "provider": "Dr. " + c[0], "npi": c[2],
              "link": P("https://clinician.%s/patients/%s/reports" % (LAB_DOMAIN, p["pt"]), "url"), "template": "clinician_result_ready_v2"})
    out.append(L)
    return out


def klog_line(msg):
    return Line("klog").t("%s       1 %s" % (ts_klog(), msg))


def ep_infra_clean():
    out = []
    pod = pick(["portal-web-7d9f8b-x2k4q", "lims-api-5b8c6d-7hq2n", "reporting-6f4d9c-kk2lw", "clinician-portal-6c9d7b5f4-p8mzt"])
    r = rng.random()
    if r < 0.3:
        out.append(klog_line('prober.go:107] "Probe failed" probeType="Readiness" pod="prod/%s" podUID="%s" containerName="app" probeResult="failure" output="Get \\"http://%s:8080/healthz\\": context deadline exceeded"' % (pod, uuid4(), priv_ip())))
        out.append(klog_line('kubelet.go:2457] "SyncLoop (probe)" probe="readiness" status="ready" pod="prod/%s"' % pod))
    elif r < 0.55:
        out.append(Line("syslog-cron").t("%s bioinfo-head CRON[%d]: (svc-pipeline) CMD (/opt/scripts/sync_runs.sh --dest s3://gl-raw-runs-prod --since 2h >> /var/log/sync_runs.log 2>&1)" % (ts_syslog(), rint(10000, 99999))))
        out.append(Line("syslog-cron").t("%s bioinfo-head sync_runs[%d]: uploaded %d objects (%.1f GiB) in %ds, etag mismatch 0" % (ts_syslog(), rint(10000, 99999), rint(100, 4000), rng.uniform(10, 900), rint(60, 3000))))
    elif r < 0.75:
        out.append(Line("pg").t("%s UTC [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (T[0].strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (T[0].microsecond // 1000), rint(100, 9000), rint(100, 9000), rng.uniform(0.1, 5), rint(1, 9), rng.uniform(1, 200), rng.uniform(0, 1), rng.uniform(1, 200))))
        out.append(Line("pg").t("%s UTC [%d] LOG:  duration: %.3f ms  statement: SELECT count(*) FROM specimens WHERE status = 'IN_SEQUENCING' AND run_id = '%s'" % (T[0].strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (T[0].microsecond // 1000), rint(100, 9000), rng.uniform(500, 4000), RUNS[-1]["id"] if RUNS else "240311_A01234_0450_AHKJ2LDSX7")))
    else:
        out.append(Line("slurm").t("[%s] _slurm_rpc_submit_batch_job: JobId=%d InitPrio=%d usec=%d" % (loc().strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (loc().microsecond // 1000), rint(8000000, 8999999), rint(4000, 9000), rint(100, 2000))))
        out.append(Line("slurm").t("[%s] _job_complete: JobId=%d WEXITSTATUS 0" % (loc().strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (loc().microsecond // 1000), rint(8000000, 8999999))))
        out.append(Line("slurm").t("[%s] sched: Allocate JobId=%d NodeList=hpc-node-%02d #CPUs=%d Partition=dragen" % (loc().strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (loc().microsecond // 1000), rint(8000000, 8999999), rint(1, 48), pick([8, 16, 32]))))
    return out


def ep_qc_clean():
    out = []
    run = cur_run()
    out.append(Line("multiqc").t("|           multiqc | MultiQC Version v1.21"))
    out.append(Line("multiqc").t("|           multiqc | Search path : /results/%s" % run["id"]))
    out.append(Line("multiqc").t("|         searching | " + "━" * 40 + " 100%% %d/%d" % (rint(800, 2000), rint(800, 2000))))
    out.append(Line("multiqc").t("|            fastqc | Found %d reports" % (2 * len(run["samples"]) + 4)))
    out.append(Line("multiqc").t("|          mosdepth | Found %d reports" % (len(run["samples"]) + 2)))
    out.append(Line("multiqc").t("|           multiqc | Report      : /results/%s/multiqc/multiqc_report.html" % run["id"]))
    out.append(Line("fastp").t("Filtering result:"))
    out.append(Line("fastp").t("reads passed filter: %d" % rint(20000000, 60000000)))
    out.append(Line("fastp").t("reads failed due to low quality: %d" % rint(10000, 400000)))
    out.append(Line("fastp").t("Duplication rate: %.5f%%" % rng.uniform(3, 15)))
    out.append(Line("fastp").t("Insert size peak (evaluated by paired-end reads): %d" % rint(140, 320)))
    return out


# ----------------------------------------------------------------------------
# episode pools
# ----------------------------------------------------------------------------
# (episode, weight, approximate share of PHI-free lines it produces)
EPISODES = [
    (ep_rails_clean, 5, 1.0), (ep_sidekiq_clean, 3, 1.0), (ep_express_clean, 3, 1.0), (ep_lims_clean, 3, 1.0),
    (ep_ocr_clean, 2, 1.0), (ep_run_start, 2, 1.0), (ep_curation_clean, 2, 1.0), (ep_signout_clean, 2, 1.0),
    (ep_postfix_clean, 2, 1.0), (ep_nginx_clean, 3, 1.0), (ep_billing_clean, 2, 1.0), (ep_infra_clean, 4, 1.0),
    (ep_qc_clean, 2, 1.0), (ep_samplesheet, 2, 0.7), (ep_bcl2fastq, 2, 0.7), (ep_bclconvert, 2, 0.6),
    (ep_dragen, 2, 0.75), (ep_nextflow, 2, 0.55), (ep_snakemake, 2, 0.5), (ep_gatk, 3, 0.85),
    (ep_picard, 2, 0.75), (ep_vcf, 2, 0.8),
    (ep_rails_activation, 4, 0.55), (ep_rails_login, 3, 0.5), (ep_express_order, 3, 0.67),
    (ep_express_search, 2, 0.55), (ep_lims_accession, 3, 0.4), (ep_lims_status, 2, 0.3), (ep_ocr, 4, 0.3),
    (ep_curation, 3, 0.5), (ep_signout, 3, 0.2), (ep_release, 4, 0.4), (ep_portal_access, 3, 0.0),
    (ep_family, 3, 0.0), (ep_appointment, 3, 0.3), (ep_x12, 1, 0.3), (ep_eligibility, 2, 0.0),
    (ep_payment, 2, 0.0), (ep_refund_intl, 1, 0.5), (ep_financial_assistance, 2, 0.5), (ep_idv, 4, 0.33), (ep_voice, 2, 0.5),
    (ep_device, 4, 0.5), (ep_driveup, 3, 0.5), (ep_kit_shipped, 2, 0.5), (ep_fax_release, 3, 0.5),
    (ep_support, 2, 0.5), (ep_clinician_link, 2, 0.0), (ep_md5, 1, 0.33)]
USED = {}


def wpick(need_clean):
    eff = []
    for fn, w, share in EPISODES:
        bias = (share if need_clean else 1.0 - share) ** 2 + 0.02
        eff.append((fn, w * bias / (1.0 + USED.get(fn.__name__, 0)) ** 2.5))
    tot = sum(w for _, w in eff)
    r = rng.uniform(0, tot)
    chosen = eff[-1][0]
    for fn, w in eff:
        r -= w
        if r <= 0:
            chosen = fn
            break
    return chosen


def main():
    lines = []
    clean = 0
    # always begin with a sequencing run so pipeline episodes have context
    batch = ep_run_start()
    fn = ep_run_start
    while True:
        batch = batch[:N_LINES - len(lines)]
        b_clean = sum(1 for L in batch if not L.has_phi())
        n0, n1 = len(lines), len(lines) + len(batch)
        cur_dev = abs(clean / n0 - TARGET_CLEAN) if n0 else 1.0
        new_dev = abs((clean + b_clean) / n1 - TARGET_CLEAN)
        tol = 0.015 if n1 < N_LINES - 30 else 0.004
        if n0 < 40 or new_dev <= max(cur_dev, tol):
            lines.extend(batch)
            clean += b_clean
            USED[fn.__name__] = USED.get(fn.__name__, 0) + 1
        if len(lines) >= N_LINES:
            break
        want_clean = clean < TARGET_CLEAN * len(lines)
        fn = wpick(want_clean)
        adv(5, 900)
        batch = fn()
        adv(0.01, 2)
    lines = lines[:N_LINES]
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as f_log, open(lab_path, "w", encoding="utf-8", newline="\n") as f_lab:
        for i, L in enumerate(lines, 1):
            data, spans = L.render()
            f_log.write(data + b"\n")
            f_lab.write(json.dumps({"line": i, "family": L.fam, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
