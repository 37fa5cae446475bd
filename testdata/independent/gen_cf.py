#!/usr/bin/env python3
"""Deterministic generator for the `cf` PHI test corpus.

Theme: health insurance marketplace / broker platform (ACA-exchange-like).
Writes cf.log and cf.labels.jsonl next to this file.  Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import urllib.parse
import uuid

R = random.Random(0xCF2025)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
PHI_TARGET = 0.45

UTC = dt.timezone.utc
EST = dt.timezone(dt.timedelta(hours=-5))


# ----------------------------------------------------------------------------
# line builder (segments -> bytes, offsets computed from the concatenation)
# ----------------------------------------------------------------------------
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.seg = []  # (text, cat or None)

    def t(self, s):
        if s:
            self.seg.append((s, None))
        return self

    def p(self, s, cat):
        assert s, "empty PHI value"
        self.seg.append((s, cat))
        return self

    def emb(self, other, esc):
        """embed another line's segments, transforming each one (escaping is per char)"""
        for s, c in other.seg:
            e = esc(s)
            if e:
                self.seg.append((e, c))
        return self

    def has_phi(self):
        return any(c for _, c in self.seg)

    def build(self):
        buf = bytearray()
        spans = []
        for s, c in self.seg:
            b = s.encode("utf-8")
            st = len(buf)
            buf += b
            if c:
                spans.append({"s": st, "e": len(buf), "cat": c, "_v": b})
        # merge adjacent spans? never: keep separate; check they do not overlap
        for a, b in zip(spans, spans[1:]):
            assert a["e"] <= b["s"]
        for sp in spans:
            assert bytes(buf[sp["s"]:sp["e"]]) == sp["_v"], sp
        assert b"\n" not in buf and b"\r" not in buf
        return bytes(buf), spans


def jesc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


class O(list):
    """ordered JSON object: O(("k", v), ("k", v, "cat"), ...)"""
    def __init__(self, *items):
        super().__init__(items)


class Raw:
    def __init__(self, line):
        self.line = line


def jval(L, v, cat=None, sp=False, ascii_=False):
    if isinstance(v, O):
        jobj(L, v, sp, ascii_)
    elif isinstance(v, Raw):
        L.emb(v.line, lambda s: s)
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(", " if sp else ",")
            if isinstance(x, tuple):
                jval(L, x[0], x[1], sp, ascii_)
            else:
                jval(L, x, None, sp, ascii_)
        L.t("]")
    elif v is None:
        L.t("null")
    elif v is True:
        L.t("true")
    elif v is False:
        L.t("false")
    elif isinstance(v, (int, float)):
        L.p(str(v), cat) if cat else L.t(str(v))
    else:
        L.t('"')
        e = jesc(v, ascii_)
        L.p(e, cat) if cat else L.t(e)
        L.t('"')


def jobj(L, items, sp=False, ascii_=False):
    L.t("{")
    for i, it in enumerate(items):
        if i:
            L.t(", " if sp else ",")
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        L.t('"' + k + '":' + (" " if sp else ""))
        jval(L, v, cat, sp, ascii_)
    L.t("}")
    return L


def jline(fam, items, sp=False, ascii_=False):
    return jobj(Line(fam), items, sp, ascii_)


def esc_json_str(L_inner, ascii_=False):
    return lambda s: jesc(s, ascii_)


# ----------------------------------------------------------------------------
# identifiers with valid structure
# ----------------------------------------------------------------------------
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


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
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    n = body + luhn_digit(body)
    assert luhn_ok(n)
    return n


def imei():
    body = R.choice(["35", "35", "86", "01"]) + digits(12)
    n = body + luhn_digit(body)
    assert luhn_ok(n) and len(n) == 15
    return n


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def aba():
    pre = R.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                    "21", "22", "26", "31", "32"])
    d = pre + digits(6)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(c) * x for c, x in zip(d, w))
    return d + str((10 - s % 10) % 10)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_ALPHA + "0123456789"
    c = [R.choice("123456789"), R.choice(MBI_ALPHA), R.choice(an), R.choice("0123456789"),
         R.choice(MBI_ALPHA), R.choice(an), R.choice("0123456789"), R.choice(MBI_ALPHA),
         R.choice(MBI_ALPHA), R.choice("0123456789"), R.choice("0123456789")]
    return "".join(c)


VIN_TR = {**{str(i): i for i in range(10)},
          "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
          "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vds = "".join(R.choice(al) for _ in range(5))
    year = R.choice("EFGHJKLMN")
    plant = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    serial = digits(6)
    v = wmi + vds + "0" + year + plant + serial
    s = sum(VIN_TR[ch] * w for ch, w in zip(v, VIN_W))
    chk = "X" if s % 11 == 10 else str(s % 11)
    v = v[:8] + chk + v[9:]
    s2 = sum(VIN_TR[ch] * w for ch, w in zip(v, VIN_W))
    assert (("X" if s2 % 11 == 10 else str(s2 % 11)) == v[8])
    return v


def sfid(prefix):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    base = prefix + "5e0000" + "".join(R.choice(al) for _ in range(6))
    base = base[:15]
    suf = ""
    tbl = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"
    for i in range(3):
        chunk = base[i * 5:(i + 1) * 5]
        bits = sum((1 << j) for j, ch in enumerate(chunk) if "A" <= ch <= "Z")
        suf += tbl[bits]
    return base + suf


def b64(n, head=b""):
    raw = head + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def jpeg_b64(n):
    return b64(n, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")


def png_b64(n):
    return b64(n, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\xe0\x00\x00\x02\x80\x08\x02\x00\x00\x00")


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ----------------------------------------------------------------------------
# clock and timestamp formats
# ----------------------------------------------------------------------------
CLOCK = [dt.datetime(2025, 1, 27, 13, 58, 2, 117000, tzinfo=UTC)]
SF_NANO = [0]


def tick(lo=30, hi=24000):
    CLOCK[0] += dt.timedelta(milliseconds=R.randint(lo, hi))
    return CLOCK[0]


def bump(lo=1, hi=400):
    return tick(lo, hi)


def ms3(t):
    return "%03d" % (t.microsecond // 1000)


def f_sb2(t):
    t = t.astimezone(EST)
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms3(t)


def f_sb3(t):
    t = t.astimezone(EST)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(t) + "-05:00"


def f_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(t) + "Z"


def f_epoch(t):
    return int(t.timestamp() * 1000)


def f_kafka(t):
    return "[" + t.strftime("%Y-%m-%d %H:%M:%S,") + ms3(t) + "]"


def f_pg(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms3(t) + " UTC"


def f_rds(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + " UTC"


def f_ngx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def f_ngxerr(t):
    return t.strftime("%Y/%m/%d %H:%M:%S")


def f_l4j(t):
    t = t.astimezone(EST)
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms3(t)


def f_sf(t):
    t = t.astimezone(EST)
    SF_NANO[0] += R.randint(200000, 90000000)
    return t.strftime("%H:%M:%S.") + ms3(t) + " (%d)" % SF_NANO[0]


# date formats for PHI dates
def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_d8(d):
    return d.strftime("%Y%m%d")


def d_long(d):
    return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")


REF_DATE = dt.date(2025, 1, 27)


def age_of(d):
    return REF_DATE.year - d.year - ((REF_DATE.month, REF_DATE.day) < (d.month, d.day))


# ----------------------------------------------------------------------------
# synthetic people
# ----------------------------------------------------------------------------
CARRIERS = {
    "48121": ("Blue Prairie Health", "BPH", "TX"),
    "53902": ("Desert Vista Health Plan", "DVH", "AZ"),
    "27345": ("Lakeshore Care HMO", "LCH", "IL"),
    "16842": ("SunCoast Health Alliance", "SCA", "FL"),
    "11512": ("Piedmont Mutual Health", "PMH", "NC"),
    "68820": ("Wasatch Family Health", "WFH", "UT"),
}


class Person:
    pass


class HH:
    pass


def mk_person(first, middle, last, sex, dob, rel, display=None):
    p = Person()
    p.first, p.middle, p.last, p.sex, p.rel = first, middle, last, sex, rel
    p.dob = dt.date(*dob)
    p.ssn = ssn()
    p.display = display or (first + " " + last)
    p.age = age_of(p.dob)
    p.exch_id = "000" + digits(7)
    p.uuid = uid()
    p.a_number = None
    p.i94 = None
    p.passport = None
    p.mbi = None
    p.medicaid = None
    p.imei = None
    return p


HH_SPECS = [
    # (members, street, unit, city, county, state, zip, areacode, email, username, issuer)
    ([("Ngozi", "Adaeze", "Okafor", "F", (1986, 3, 11), "SELF"),
      ("Chukwuemeka", "", "Okafor", "M", (1984, 9, 27), "SPOUSE"),
      ("Obinna", "", "Okafor", "M", (2016, 5, 2), "CHILD"),
      ("Chidera", "", "Okafor", "F", (2025, 1, 6), "CHILD")],
     "4418 Calloway Ridge Dr", "", "Pflugerville", "Travis", "TX", "78660", "512",
     "ngozi.okafor86@gmail.com", "ngozi_okafor86", "48121"),
    ([("Lan", "Thị", "Nguyễn", "F", (1979, 12, 2), "SELF", "Nguyễn Thị Lan"),
      ("Minh", "Văn", "Trần", "M", (1977, 2, 14), "SPOUSE", "Trần Văn Minh"),
      ("Bảy", "Văn", "Nguyễn", "M", (1933, 8, 19), "PARENT", "Nguyễn Văn Bảy")],
     "11207 Bellaire Blvd", "Apt 1412", "Houston", "Harris", "TX", "77072", "713",
     "lan.nguyen.htx@yahoo.com", "lannguyen1979", "48121"),
    ([("José Luis", "", "Hernández Ramírez", "M", (1990, 7, 30), "SELF"),
      ("María Guadalupe", "", "Ortiz Salinas", "F", (1992, 4, 5), "SPOUSE")],
     "2931 W Cactus Wren Dr", "", "Phoenix", "Maricopa", "AZ", "85051", "602",
     "jlhernandez90@outlook.com", "jlhr1990", "53902"),
    ([("Zbigniew", "", "Wróblewski", "M", (1961, 11, 3), "SELF")],
     "7712 N Oketo Ave", "Unit 2", "Niles", "Cook", "IL", "60714", "847",
     "zbig.wroblewski@wp.pl", "zwroblewski61", "27345"),
    ([("Priya", "", "Raghunathan", "F", (1995, 1, 19), "SELF")],
     "305 Ashworth Village Ct", "", "Cary", "Wake", "NC", "27519", "919",
     "priya.raghu95@gmail.com", "priyar_nc", "11512"),
    ([("Seo-yeon", "", "Park", "F", (1988, 6, 22), "SELF"),
      ("Ji-hoon", "", "Choi", "M", (1987, 10, 9), "SPOUSE"),
      ("Minjun", "", "Choi", "M", (2019, 3, 15), "CHILD")],
     "3470 Peachtree Industrial Blvd", "Apt 908", "Duluth", "Gwinnett", "GA", "30096", "678",
     "seoyeon.park88@naver.com", "sy.park88", "11512"),
    ([("Layla", "", "Haddad", "F", (1972, 2, 28), "SELF"),
      ("Yousef", "", "Al-Masri", "M", (1968, 12, 1), "SPOUSE"),
      ("Samira", "", "Haddad", "F", (1931, 5, 17), "PARENT")],
     "6215 Kendal St", "", "Dearborn", "Wayne", "MI", "48126", "313",
     "layla.haddad72@hotmail.com", "lhaddad72", "27345"),
    ([("Jean-Baptiste", "", "Pierre-Louis", "M", (1982, 8, 8), "SELF"),
      ("Marie-Claude", "", "Pierre-Louis", "F", (1985, 3, 30), "SPOUSE")],
     "13050 NE 7th Ave", "Apt 5", "North Miami", "Miami-Dade", "FL", "33161", "305",
     "jbpierrelouis@icloud.com", "jbpl1982", "16842"),
    ([("Hodan", "Abdi", "Warsame", "F", (1998, 10, 12), "SELF")],
     "2289 Agler Rd", "", "Columbus", "Franklin", "OH", "43224", "614",
     "hodan.warsame@gmail.com", "hodanw98", "27345"),
    ([("Oksana", "", "Kovalenko", "F", (1993, 7, 4), "SELF"),
      ("Taras", "", "Kovalenko", "M", (2012, 11, 20), "CHILD")],
     "8831 Baymeadows Rd", "Apt 237", "Jacksonville", "Duval", "FL", "32256", "904",
     "oksana.kovalenko93@ukr.net", "okovalenko", "16842"),
    ([("Maricel", "", "Dela Cruz", "F", (1976, 9, 9), "SELF")],
     "5120 Escondido St", "", "Las Vegas", "Clark", "NV", "89119", "702",
     "maricel.delacruz76@yahoo.com", "mdelacruz76", "68820"),
    ([("Siobhán", "", "O'Sullivan", "F", (1969, 4, 23), "SELF"),
      ("Declan", "", "O'Sullivan", "M", (1967, 1, 30), "SPOUSE")],
     "918 Elizabeth Ave", "", "Charlotte", "Mecklenburg", "NC", "28204", "704",
     "siobhan.osullivan@eircom.net", "siobhan.os", "11512"),
    ([("Tesfaye", "", "Bekele", "M", (1983, 5, 14), "SELF"),
      ("Meron", "", "Tadesse", "F", (1986, 12, 25), "SPOUSE")],
     "2604 Lynnwood Dr", "", "Arlington", "Tarrant", "TX", "76013", "817",
     "tesfaye.bekele83@gmail.com", "tbekele83", "48121"),
    ([("Sefo", "", "Tuilagi", "M", (1991, 2, 17), "SELF")],
     "1476 S Navajo St", "", "Salt Lake City", "Salt Lake", "UT", "84104", "801",
     "sefo.tuilagi@outlook.com", "sefo_t91", "68820"),
    ([("Haruka", "", "Tanaka-Brooks", "F", (1980, 10, 31), "SELF")],
     "402 Sutherland Ave", "", "Knoxville", "Knox", "TN", "37919", "865",
     "haruka.tb@proton.me", "harukatb", "11512"),
]

PUBLIC_IP_POOLS = ["73.%d.%d.%d", "24.%d.%d.%d", "98.%d.%d.%d", "174.%d.%d.%d", "47.%d.%d.%d",
                   "99.%d.%d.%d", "71.%d.%d.%d", "108.%d.%d.%d", "68.%d.%d.%d", "76.%d.%d.%d"]
MOBILE_IP_POOLS = ["172.58.%d.%d", "174.204.%d.%d", "107.77.%d.%d", "166.205.%d.%d"]


def pub_ip():
    f = R.choice(PUBLIC_IP_POOLS)
    return f % (R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


def mob_ip():
    f = R.choice(MOBILE_IP_POOLS)
    return f % (R.randint(0, 255), R.randint(1, 254))


def v6_ip():
    return "2600:1700:%x:%x:%x:%x:%x:%x" % tuple(R.randint(0x100, 0xffff) for _ in range(6))


HOUSEHOLDS = []
for spec in HH_SPECS:
    mems, street, unit, city, county, state, zipc, ac, email, user, issuer = spec
    h = HH()
    h.members = []
    for m in mems:
        disp = m[6] if len(m) > 6 else None
        h.members.append(mk_person(m[0], m[1], m[2], m[3], m[4], m[5], disp))
    h.primary = h.members[0]
    h.street, h.unit, h.city, h.county, h.state, h.zip = street, unit, city, county, state, zipc
    h.zip4 = zipc + "-" + digits(4)
    h.phone_digits = ac + "555" + "01" + digits(2)
    h.phone_alt = ac + "555" + "01" + digits(2)
    h.email = email
    h.username = user
    h.issuer = issuer
    h.carrier, pref, _ = CARRIERS[issuer]
    base = digits(9)
    for i, m in enumerate(h.members):
        m.issuer_mid = "%s%s%02d" % (pref, base, i + 1)
    h.app_id = uid()
    h.hh_uuid = uid()
    h.enr_group = uid()
    h.plan = "%s%s%07d-%s" % (issuer, state, R.randint(10001, 99999), R.choice(["01", "04", "05", "06", "01", "03"]))
    h.premium = round(R.uniform(380, 1900), 2)
    h.aptc = round(min(h.premium - 20, R.uniform(150, 1700)), 2)
    h.ip = pub_ip()
    h.mip = mob_ip()
    h.routing = aba()
    h.acct = digits(R.choice([9, 10, 11, 12]))
    _cp = R.choice(["4", "4", "51", "53", "37", "6011"])
    h.card = card(_cp, 15 if _cp == "37" else 16)
    h.billing_acct = R.choice(["BA", "", "40"]) + digits(9)
    h.imei = imei()
    h.mac = ":".join(["%02x" % ((R.randint(0, 255) & 0xFC) | R.choice([0, 2]))] + ["%02x" % R.randint(0, 255) for _ in range(5)])
    h.policy_no = str(R.randint(10**8, 10**9 - 1))
    h.broker = None
    h.lang = {"Nguyễn": "vi", "Hernández Ramírez": "es", "Park": "ko"}.get(h.primary.last, "en")
    HOUSEHOLDS.append(h)


def H(i):
    return HOUSEHOLDS[i]


def fmt_phone(d, style):
    if style == 0:
        return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])
    if style == 1:
        return "%s-%s-%s" % (d[:3], d[3:6], d[6:])
    if style == 2:
        return "+1" + d
    if style == 3:
        return d
    return "%s.%s.%s" % (d[:3], d[3:6], d[6:])


# special attributes
okafor, nguyen, hernandez, wrob, priya, park, haddad, pierre, hodan, oksana, maricel, osull, bekele, sefo, haruka = HOUSEHOLDS
okafor.qle = ("BIRTH", okafor.members[3].dob, okafor.members[3])
hernandez.qle = ("MARRIAGE", dt.date(2025, 1, 11), hernandez.members[1])
wrob.qle = ("PERMANENT_MOVE", dt.date(2025, 1, 2), wrob.primary)
wrob.prev = ("1440 Sycamore Ln", "Kenosha", "Kenosha", "WI", "53142")
haddad.qle = ("DEATH", dt.date(2025, 1, 9), haddad.members[1])
park.qle = ("LOSS_OF_MEC", dt.date(2025, 1, 15), park.primary)
hodan.qle = ("LOSS_OF_MEC", dt.date(2025, 1, 3), hodan.primary)
sefo.qle = ("PERMANENT_MOVE", dt.date(2024, 12, 20), sefo.primary)
sefo.prev = ("7705 Kapalama Pl", "Kapolei", "Honolulu", "HI", "96707")
maricel.qle = ("ADOPTION_FOSTER", dt.date(2025, 1, 13), maricel.primary)
for h in HOUSEHOLDS:
    if not hasattr(h, "qle"):
        h.qle = None
nguyen.members[2].mbi = mbi()
haddad.members[2].mbi = mbi()
declan = osull.members[1]
declan.mbi = mbi()  # SSDI Medicare
hodan.primary.medicaid = "1" + digits(11)   # OH Medicaid billing number style
maricel.primary.medicaid = digits(10)
priya.primary.i94 = digits(9) + "A" + digits(1)
priya.primary.passport = "V" + digits(7)
oksana.primary.a_number = "A" + digits(9)
oksana.members[1].a_number = "A" + digits(9)
oksana.primary.i94 = digits(11)
pierre.primary.a_number = "A" + digits(9)
pierre.primary.greencard = "IOE" + digits(10)
bekele.primary.a_number = "A" + digits(9)
bekele.members[1].a_number = "A" + digits(9)
haddad.appeal = "APL-2025-%07d" % R.randint(10000, 99999)
hodan.appeal = "APL-2025-%07d" % R.randint(10000, 99999)
wrob.appeal = "APL-2025-%07d" % R.randint(10000, 99999)
haddad.fax = "313555" + "01" + digits(2)
wrob.fax = "847555" + "01" + digits(2)
priya.dl = ("NC", digits(12))
hodan.dl = ("OH", "S" + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6))
sefo.dl = ("UT", digits(9))
hernandez.dl = ("AZ", "D" + digits(8))
okafor.dl = ("TX", digits(8))
oksana.dl = ("FL", "K" + digits(3) + "-" + digits(3) + "-" + digits(2) + "-" + digits(3) + "-0")
wrob.dl = ("IL", "W" + digits(3) + "-" + digits(4) + "-" + digits(4))
sefo.vin = vin("5TF")
sefo.plate = "W%02d%dZK" % (R.randint(10, 99), R.randint(0, 9))
wrob.vin = vin("1G1")
wrob.plate = "DX %d %d" % (R.randint(10, 99), R.randint(100, 999))
okafor.mrn_newborn = "MR" + digits(8)
maricel.mrn = digits(9)
nguyen.mrn = "E" + digits(7)
okafor.imei2 = imei()

BROKERS = [
    ("Daniel Whitfield", "17283945", "TX", "2198374", "Lone Star Benefits Group LLC"),
    ("Rosa Delgado-Meyer", "8820461", "AZ", "1174920", "Saguaro Insurance Advisors"),
    ("Marcus Oyelaran", "19938271", "GA", "3388172", "Peach State Health Brokers"),
    ("Keiko Yamamoto-Reyes", "6619204", "FL", "W118204", "Gulfside Coverage Partners"),
    ("Anil Chaudhry", "20117384", "NC", "1000618273", "Triangle Benefit Solutions"),
    ("Wiremu Hastings", "18820713", "UT", "845120", "Bonneville Health Agency"),
]
STAFF = [("Tamika Brooks", "tbrooks"), ("Rafael Jiménez", "rjimenez"), ("Kwame Owusu", "kowusu"),
         ("Lisa Chen", "lchen"), ("Bogdan Ilie", "bilie"), ("Aisha Rahman", "arahman")]
OFFICERS = ["Patricia Greenleaf", "Hon. Mateo Villanueva", "Gwendolyn Achterberg"]
STATE_BROKER = {"TX": 0, "AZ": 1, "GA": 2, "FL": 3, "NC": 4, "UT": 5, "TN": 4, "IL": 0, "MI": 2, "OH": 2, "NV": 5}
for h in HOUSEHOLDS:
    h.broker = BROKERS[STATE_BROKER[h.state]] if R.random() < 0.7 else None

CUR = [R.choice(HOUSEHOLDS)]


def hh():
    if R.random() < 0.3:
        CUR[0] = R.choice(HOUSEHOLDS)
    return CUR[0]


def hh_with(attr):
    c = [h for h in HOUSEHOLDS if getattr(h, attr, None)]
    if CUR[0] in c and R.random() < 0.6:
        return CUR[0]
    CUR[0] = R.choice(c)
    return CUR[0]


def mem(h):
    return R.choice(h.members)


def priv_ip():
    r = R.random()
    if r < 0.6:
        return "10.%d.%d.%d" % (R.choice([20, 20, 42, 61]), R.randint(0, 15), R.randint(2, 250))
    if r < 0.85:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))
    return "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250))


def pod(name):
    return "%s-%s-%s" % (name, hexs(9), "".join(R.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)))


PODS = {s: pod(s) for s in ["elig-api", "enroll-svc", "docs-api", "portal-bff", "notices-svc",
                            "idp-gateway", "payments-svc", "appeals-svc", "edi-gateway", "broker-sync",
                            "verif-svc", "f1095-batch", "auth-gw", "sep-svc"]}
PIDS = {s: R.choice([1, 1, 1, 7, 18, 23]) for s in PODS}


# ----------------------------------------------------------------------------
# format prefixes
# ----------------------------------------------------------------------------
def thr(t):
    return "%15s" % t[-15:]


def exec_thr():
    return "http-nio-8080-exec-%d" % R.randint(1, 12)


def sb2(t, lvl, svc, thread, logger):
    return Line("spring-boot").t("%s %5s %d --- [%s] %-40s : " % (f_sb2(t), lvl, PIDS[svc], thr(thread), logger[:40]))


def sb3(t, lvl, svc, thread, logger):
    return Line("spring-boot").t("%s %5s %d --- [%s] [%s] %-40s : " % (
        f_sb3(t), lvl, PIDS[svc], svc, thr(thread), logger[:40]))


def sb(t, lvl, svc, thread, logger):
    # verification + batch services still on Boot 2.7, the rest on 3.x
    if svc in ("verif-svc", "f1095-batch", "idp-gateway"):
        return sb2(t, lvl, svc, thread, logger)
    return sb3(t, lvl, svc, thread, logger)


def logstash(t, msg, logger, thread, lvl, extra, svc):
    items = [("@timestamp", f_sb3(t)), ("@version", "1"), ("message", msg) if isinstance(msg, str) else ("message", msg[0], msg[1]),
             ("logger_name", logger), ("thread_name", thread), ("level", lvl),
             ("level_value", {"DEBUG": 10000, "INFO": 20000, "WARN": 30000, "ERROR": 40000}[lvl])]
    items += extra
    items.append(("service", svc))
    return jline("logstash-json", O(*items))


def pino(t, svc, lvl, extra, msg):
    items = [("level", {"debug": 20, "info": 30, "warn": 40, "error": 50}[lvl]), ("time", f_epoch(t)),
             ("pid", PIDS[svc]), ("hostname", PODS[svc])]
    items += extra
    items.append(("msg", msg))
    return jline("pino", O(*items))


def winston(t, lvl, msg, extra, svc="notices-svc"):
    items = [("level", lvl), ("message", msg)] + extra + [("service", svc), ("timestamp", f_iso(t))]
    return jline("winston", O(*items))


def urlenc(s):
    return urllib.parse.quote(s, safe="'-._")


def req_id():
    return "req-" + "".join(R.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(R.choice([3, 4, 6])))


def sep_cat(d):
    return d


UA_CONSUMER = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.135 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
    "MeridianCoverage/4.12.1 (com.meridian.coverage; build:41201; Android 14) okhttp/4.12.0",
    "MeridianCoverage/4.12.0 (iPhone14,5; iOS 18.1.1) Alamofire/5.9.1",
]
PORTAL = "apply.meridianhealthexchange.org"
BROKER_PORTAL = "brokers.meridianhealthexchange.org"

TOPICS = ["application.events.v2", "eligibility.determinations", "enrollment.834.outbound",
          "enrollment.effectuation.inbound", "sep.verification", "payments.binder", "notices.outbound",
          "household.changes.v1", "f1095a.recipients"]


# ----------------------------------------------------------------------------
# PHI templates (each returns a list of Line; at least one line carries spans)
# ----------------------------------------------------------------------------
def p_ssa_verify():
    h = hh(); m = mem(h); t = tick()
    L = sb(t, "INFO", "verif-svc", "hub-exec-%d" % R.randint(1, 8), "o.m.verif.hub.SsaCompositeClient")
    v = R.random()
    if v < 0.4:
        L.t("SSA composite response personId=%s ssn=" % m.uuid).p(m.ssn, "ssn").t(" dob=").p(d_iso(m.dob), "date")
        L.t(" ssnVerified=Y citizenshipVerified=%s deathConfirmation=N incarcerationVerified=N latencyMs=%d" % (
            R.choice(["Y", "Y", "N"]), R.randint(310, 2900)))
    elif v < 0.75:
        L.t("Calling SSA composite (DSH) for applicant ").p(m.first + " " + m.last, "name").t(" SSN ").p(m.ssn.replace("-", ""), "ssn")
        L.t(" [tx=%s, attempt=%d]" % (uid(), R.randint(1, 3)))
    else:
        L = sb(t, "WARN", "verif-svc", "hub-exec-%d" % R.randint(1, 8), "o.m.verif.hub.SsaCompositeClient")
        L.t("SSA name/DOB mismatch for ssn=").p(m.ssn, "ssn").t(" submittedName='").p(ascii_fold(m.last).upper() + ", " + ascii_fold(m.first).upper(), "name")
        L.t("' submittedDob=").p(d_us(m.dob), "date").t(" responseCode=HS010012 -> opening SSN DMI")
    return [L]


def p_dmi_income():
    h = hh(); t = tick()
    L = sb(t, "INFO", "elig-api", exec_thr(), "o.m.elig.dmi.DataMatchingService")
    att = R.randint(18000, 90000)
    L.t("DMI opened type=ANNUAL_INCOME applicant=\"").p(h.primary.display, "name")
    L.t("\" attestedAmount=%d.00 ifsrAmount=%d.00 tolerance=25%% applicationId=%s dueInDays=90" % (att, int(att * R.uniform(0.4, 0.7)), h.app_id))
    return [L]


QLE_TXT = {"BIRTH": "birth of dependent", "MARRIAGE": "marriage", "PERMANENT_MOVE": "permanent move",
           "DEATH": "death of enrollee", "LOSS_OF_MEC": "loss of minimum essential coverage",
           "ADOPTION_FOSTER": "adoption/foster placement"}


def p_sep_grant():
    h = hh_with("qle"); typ, d, who = h.qle; t = tick()
    v = R.random()
    if v < 0.5:
        L = sb3(t, "INFO", "sep-svc", exec_thr(), "o.m.sep.service.SepEligibilityService")
        L.t("SEP granted applicationId=%s qleType=%s eventDate=" % (h.app_id, typ)).p(d_iso(d), "date")
        L.t(" member=").p(who.display, "name").t(" windowDays=60 effectiveRule=%s" % R.choice(["FIRST_OF_MONTH", "DATE_OF_EVENT", "FIRST_OF_NEXT_MONTH"]))
    else:
        L = Line("logstash-json")
        jobj(L, O(("@timestamp", f_sb3(t)), ("@version", "1"), ("message", "SEP qualifying event recorded (%s)" % QLE_TXT[typ]),
                  ("logger_name", "org.meridian.sep.service.QleRecorder"), ("thread_name", exec_thr()), ("level", "INFO"),
                  ("level_value", 20000), ("traceId", hexs(32)), ("spanId", hexs(16)), ("applicationId", h.app_id),
                  ("qleType", typ), ("qleDate", d_iso(d), "date"), ("affectedMember", who.display, "name"),
                  ("verificationRequired", typ in ("BIRTH", "MARRIAGE", "PERMANENT_MOVE", "LOSS_OF_MEC")),
                  ("service", "sep-svc")))
    return [L]


def p_move():
    h = hh_with("prev" if R.random() < 0.9 else "qle")
    if not hasattr(h, "prev"):
        h = wrob
    st, city, county, state, zp = h.prev
    t = tick(); d = h.qle[1]
    v = R.random()
    L = sb3(t, "INFO", "sep-svc", exec_thr(), "o.m.sep.rules.PermanentMoveRule")
    if v < 0.5:
        L.t("Permanent move check: fromZip=").p(zp, "zip").t(" (%s) toZip=" % state).p(h.zip, "zip").t(" (%s) moveDate=" % h.state)
        L.t("").p(d_iso(d), "date").t(" priorCoverageRequired=true priorCoverageFound=%s ratingAreaChanged=true" % R.choice(["true", "false"]))
    else:
        L.t("Prior address on file: ").p(st, "address").t(", ").p(city, "address").t(", %s " % state).p(zp, "zip")
        L.t(" | new address: ").p(h.street + ((" " + h.unit) if h.unit else ""), "address").t(", ").p(h.city, "address").t(", %s " % h.state).p(h.zip4, "zip")
        L.t(" | county=").p(h.county, "address").t(" serviceAreaChanged=true")
    return [L]


def p_mec():
    t = tick()
    c = [m for h in HOUSEHOLDS for m in h.members if m.mbi or m.medicaid]
    m = R.choice(c)
    L = sb3(t, "INFO", "elig-api", "mec-pool-%d" % R.randint(1, 4), "o.m.elig.hub.MecCheckClient")
    if m.mbi:
        mb = m.mbi if R.random() < 0.5 else m.mbi[:4] + "-" + m.mbi[4:7] + "-" + m.mbi[7:]
        L.t("MEC hit source=MEDICARE mbi=").p(mb, "health_plan").t(" member=").p(m.display, "name")
        if m.age > 89:
            L.t(" age=").p(str(m.age), "age")
        L.t(" partA=ACTIVE partB=%s -> member not APTC-eligible" % R.choice(["ACTIVE", "NOT_ENROLLED"]))
    else:
        L.t("MEC response source=MEDICAID state=%s recipientId=" % ("OH" if len(m.medicaid) == 12 else "NV")).p(m.medicaid, "health_plan")
        L.t(" status=TERMINATED endDate=").p(d_iso(dt.date(2024, 12, 31) if m is hodan.primary else dt.date(2025, 1, 31)), "date")
        L.t(" requestId=%s" % uid())
    return [L]


def p_save():
    t = tick()
    c = [m for h in HOUSEHOLDS for m in h.members if m.a_number or m.i94]
    m = R.choice(c)
    L = sb2(t, "INFO", "verif-svc", "vlp-exec-%d" % R.randint(1, 4), "o.m.verif.hub.VlpSaveClient")
    case = "00%s%s" % (digits(11), R.choice(["AC", "AE", "AB"]))
    L.t("VLP step1 submitted for ").p(m.display, "name")
    if m.a_number:
        L.t(" alienNumber=").p(m.a_number, "other_id")
    if m.i94:
        L.t(" i94Number=").p(m.i94, "other_id")
    if getattr(m, "passport", None):
        L.t(" passportNumber=").p(m.passport, "other_id").t(" passportCountry=IND")
    if getattr(m, "greencard", None):
        L.t(" docType=I551 cardNumber=").p(m.greencard, "other_id")
    L.t(" -> caseNumber=").p(case, "other_id").t(" eligStatementCode=%d lawfulPresence=%s" % (R.choice([3, 10, 12, 31]), R.choice(["Y", "PENDING"])))
    return [L]


def p_idp_request():
    h = hh(); m = h.primary; t = tick()
    L = Line("logstash-json")
    ip = h.ip if R.random() < 0.6 else h.mip
    jobj(L, O(("@timestamp", f_sb2(t).replace(" ", "T") + "-05:00"), ("@version", "1"), ("message", "Outbound RIDP request"),
              ("logger_name", "org.meridian.idp.client.PreciseIdClient"), ("thread_name", "idp-exec-%d" % R.randint(1, 6)),
              ("level", "DEBUG"), ("level_value", 10000), ("sessionId", uid()),
              ("payload", O(("consumer", O(("name", O(("first", m.first, "name"), ("middle", m.middle or None) if not m.middle else ("middle", m.middle, "name"), ("surname", m.last, "name"))),
                                           ("ssn", m.ssn.replace("-", ""), "ssn"), ("dob", d_iso(m.dob), "date"),
                                           ("currentAddress", O(("line1", h.street, "address"), ("line2", h.unit, "address") if h.unit else ("line2", None),
                                                                ("city", h.city, "address"), ("state", h.state), ("zip", h.zip, "zip"))),
                                           ("phone", O(("number", h.phone_digits, "phone"), ("type", "MOBILE"))))),
                            ("device", O(("ipAddress", ip, "ip"), ("sdkVersion", "4.2.0"))),
                            ("subscriberCode", "2914077"), ("preciseIdModel", "V3"))),
              ("service", "idp-gateway")))
    return [L]


def p_docv():
    h = hh_with("dl"); m = h.primary; t = tick()
    st, num = h.dl
    L = pino(t, "docs-api", "info",
             [("reqId", req_id()), ("docId", uid()), ("result", Raw(jline("x", O(
                 ("documentType", "DRIVERS_LICENSE"), ("issuingState", st), ("documentNumber", num, "license"),
                 ("fullName", ascii_fold(m.first + " " + m.last).upper(), "name"), ("dateOfBirth", d_iso(m.dob), "date"),
                 ("addressLine", ascii_fold(h.street).upper(), "address"), ("city", ascii_fold(h.city).upper(), "address"),
                 ("postalCode", h.zip4 if R.random() < 0.5 else h.zip, "zip"),
                 ("barcodeMatch", True), ("tamperScore", round(R.uniform(0.01, 0.2), 3))))))],
             "document verification complete")
    return [L]


def p_selfie():
    h = hh(); m = h.primary; t = tick()
    v = R.random()
    if v < 0.5:
        img = "data:image/jpeg;base64," + jpeg_b64(R.randint(260, 520))
        L = pino(t, "docs-api", "debug", [("reqId", req_id()), ("sessionId", uid()), ("step", "SELFIE_CAPTURE"),
                                           ("username", h.username, "other_id"), ("selfie", img, "photo"),
                                           ("livenessScore", round(R.uniform(0.8, 0.99), 3))], "liveness payload received")
    else:
        img = png_b64(R.randint(240, 480)) if R.random() < 0.4 else jpeg_b64(R.randint(260, 480))
        L = Line("logstash-json")
        jobj(L, O(("@timestamp", f_sb2(t).replace(" ", "T") + "-05:00"), ("@version", "1"), ("message", "Face match request"),
                  ("logger_name", "org.meridian.idp.docv.FaceMatchClient"), ("thread_name", "idp-exec-%d" % R.randint(1, 6)),
                  ("level", "DEBUG"), ("level_value", 10000),
                  ("consumerId", m.uuid), ("portraitImage", img, "photo"), ("threshold", 0.82), ("service", "idp-gateway")))
    return [L]


def p_biometric():
    h = hh(); t = tick()
    v = R.random()
    if v < 0.5:
        tpl = b64(R.randint(180, 360))
        L = Line("lambda")
        rid = uid()
        inner = Line("x")
        jobj(inner, O(("event", "voiceprint.enrolled"), ("callerAni", "+1" + h.phone_digits, "phone"), ("speakerId", uid()),
                      ("voiceprint", O(("format", "VP-ENC-3"), ("template", tpl, "biometric"), ("netSpeechSec", round(R.uniform(18, 45), 1)))),
                      ("consent", True)))
        L.t(f_iso(t) + "\t" + rid + "\tINFO\t").emb(inner, lambda s: s)
    else:
        tpl = b64(R.randint(200, 420), b"FTPL\x02\x00")
        L = Line("logstash-json")
        jobj(L, O(("@timestamp", f_sb2(t).replace(" ", "T") + "-05:00"), ("@version", "1"), ("message", "Face template extracted"),
                  ("logger_name", "org.meridian.idp.docv.FaceMatchClient"), ("thread_name", "idp-exec-%d" % R.randint(1, 6)),
                  ("level", "DEBUG"), ("level_value", 10000), ("consumerId", h.primary.uuid),
                  ("faceTemplate", tpl, "biometric"), ("templateVersion", "2.3"), ("service", "idp-gateway")))
    return [L]


def p_doc_upload():
    h = hh(); m = mem(h); t = tick()
    kind = R.choice(["W2_2024", "paystub_Jan2025", "birth_certificate", "marriage_certificate", "lease", "I-94", "SSA-1099"])
    fl, ff = ascii_fold(m.last).replace(" ", "_"), ascii_fold(m.first).replace(" ", "_")
    L = Line("pino")
    L.t('{"level":30,"time":%d,"pid":%d,"hostname":"%s","reqId":"%s","docId":"%s","applicationId":"%s","originalName":"' % (
        f_epoch(t), PIDS["docs-api"], PODS["docs-api"], req_id(), uid(), h.app_id))
    if R.random() < 0.5:
        L.p(fl, "name").t("_").p(ff, "name")
    else:
        L.p(ff, "name").t("_").p(fl, "name")
    L.t("_%s.%s\",\"mime\":\"%s\",\"bytes\":%d,\"dmiType\":\"%s\",\"msg\":\"upload stored\"}" % (
        kind, R.choice(["pdf", "jpg", "heic"]), "application/pdf", R.randint(40000, 4800000),
        R.choice(["INCOME", "CITIZENSHIP", "IMMIGRATION_STATUS", "SEP_VERIFICATION", "SSN"])))
    return [L]


def p_presigned():
    h = hh(); m = mem(h); t = tick()
    key = "uploads/%s/%s-%s-%s.pdf" % (h.app_id, ascii_fold(m.first).lower().replace(" ", "-"), ascii_fold(m.last).lower().replace(" ", "-"),
                                       R.choice(["proof-of-income", "birth-record", "lease", "termination-letter"]))
    url = "https://mhx-consumer-docs-prod.s3.us-east-1.amazonaws.com/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA%s%%2F20250127%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Date=%s&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=%s" % (
        key, "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)), t.strftime("%Y%m%dT%H%M%SZ"), hexs(64))
    L = pino(t, "docs-api", "debug", [("reqId", req_id()), ("expiresIn", 900), ("url", url, "url")], "issued presigned GET")
    return [L]


def p_doc_ocr():
    t = tick()
    v = R.random()
    if v < 0.3:
        h = okafor; baby = h.members[3]
        ex = O(("docType", "HOSPITAL_BIRTH_RECORD"), ("facility", "St. Brendan Medical Center - Round Rock"),
               ("childName", baby.display, "name"), ("dateOfBirth", d_us(baby.dob), "date"),
               ("motherName", h.primary.first + " " + h.primary.middle + " " + h.primary.last, "name"),
               ("medicalRecordNumber", h.mrn_newborn, "mrn"), ("confidence", 0.91))
    elif v < 0.5:
        h = maricel
        ex = O(("docType", "PROVIDER_LETTER"), ("facility", "Sunrise Women's Clinic"), ("patient", "Maricel Dela Cruz", "name"),
               ("mrn", h.mrn, "mrn"), ("letterDate", "2025-01-14", "date"), ("providerNpi", "1437%06d" % R.randint(0, 999999)),
               ("confidence", 0.87))
    elif v < 0.65:
        h = nguyen; m = h.members[2]
        ex = O(("docType", "DISCHARGE_SUMMARY"), ("patient", ascii_fold(m.display), "name"), ("mrn", h.mrn, "mrn"),
               ("admitDate", "2024-12-29", "date"), ("dischargeDate", "2025-01-04", "date"), ("confidence", 0.78))
    else:
        h = R.choice([sefo, wrob])
        ex = O(("docType", "VEHICLE_REGISTRATION"), ("state", h.state), ("vin", h.vin, "vehicle"), ("plate", h.plate, "vehicle"),
               ("registrant", ascii_fold(h.primary.first + " " + h.primary.last).upper(), "name"),
               ("address", ascii_fold(h.street).upper(), "address"), ("city", ascii_fold(h.city).upper(), "address"),
               ("zip", h.zip, "zip"), ("confidence", 0.94))
    L = pino(t, "docs-api", "info", [("reqId", req_id()), ("docId", uid()), ("ocr", Raw(jline("x", ex)))], "ocr extraction")
    return [L]


def p_notice_email():
    h = hh(); t = tick()
    tpl = R.choice(["DMI_REMINDER_30", "SEP_DOCS_REQUIRED", "ELIGIBILITY_RESULTS", "PAYMENT_DUE", "FORM_1095A_AVAILABLE", "APPEAL_ACK"])
    if R.random() < 0.6:
        L = winston(t, "info", "notice queued", [("to", h.email, "email"), ("from", "noreply@meridianhealthexchange.org"),
                                                  ("template", tpl), ("locale", {"vi": "vi-VN", "es": "es-US", "ko": "ko-KR"}.get(h.lang, "en-US")),
                                                  ("noticeId", uid())])
    else:
        L = winston(t, "info", "rendered notice", [("template", tpl), ("recipientName", h.primary.display, "name"),
                                                    ("mailingAddress", O(("street", h.street + ((", " + h.unit) if h.unit else ""), "address"),
                                                                         ("city", h.city, "address"), ("state", h.state), ("zip", h.zip, "zip"))),
                                                    ("channel", "PRINT"), ("printVendorBatch", "PV-%s-%03d" % (t.strftime("%Y%m%d"), R.randint(1, 40)))])
    return [L]


def p_notice_sms():
    h = hh(); t = tick()
    st = R.choice([0, 1, 2, 3])
    ph = fmt_phone(h.phone_digits, 2 if st < 2 else 3)
    L = winston(t, R.choice(["info", "info", "warn"]), R.choice(["sms dispatched", "sms delivery failed: 30006 landline or unreachable carrier"]),
                [("to", ph, "phone"), ("sender", "+18555550172"), ("messagingServiceSid", "MG" + hexs(32)),
                 ("template", R.choice(["MFA_CODE", "PAYMENT_REMINDER", "DOCS_REMINDER"]))])
    return [L]


def p_nginx_xff():
    h = hh(); t = tick()
    paths = [("GET", "/api/v1/applications/%s/eligibility" % h.app_id), ("POST", "/api/v1/applications/%s/submit" % h.app_id),
             ("GET", "/api/v1/plans/search?year=2025&zip=%s&csr=%s" % ("ZIP", R.choice(["73", "87", "94", "NONE"]))),
             ("PUT", "/api/v1/households/%s/members" % h.hh_uuid), ("GET", "/static/js/main.4f9c2a1e.js"),
             ("POST", "/api/v1/documents"), ("GET", "/api/v1/notices?page=1&size=20"), ("POST", "/api/v1/payments/binder")]
    meth, path = R.choice(paths)
    ip = R.choice([h.ip, h.ip, h.mip, v6_ip()])
    st = R.choice([200, 200, 200, 201, 204, 304, 400, 401, 502])
    L = Line("nginx-access")
    direct = R.random() < 0.35
    L.p(ip, "ip") if direct else L.t(priv_ip())
    L.t(' - - [%s] "%s ' % (f_ngx(t), meth))
    if "ZIP" in path:
        a, b = path.split("ZIP")
        L.t(a).p(h.zip, "zip").t(b)
    else:
        L.t(path)
    L.t(' HTTP/%s" %d %d "%s" "%s"' % (R.choice(["1.1", "2.0"]), st, R.randint(0, 48000),
                                       "https://%s/%s" % (PORTAL, R.choice(["dashboard", "application/review", "plans", "documents"])),
                                       R.choice(UA_CONSUMER)))
    if direct:
        L.t(' "-"')
    else:
        L.t(' "').p(ip, "ip").t('"')
    L.t(' rt=%.3f uct="0.001" uht="%.3f" urt="%.3f"' % tuple([R.uniform(0.01, 2.5)] * 3))
    return [L]


def p_nginx_query():
    h = hh(); t = tick()
    L = Line("nginx-access")
    L.t(priv_ip() + ' - - [%s] "GET ' % f_ngx(t))
    v = R.random()
    if v < 0.45:
        L.t("/api/v1/account/exists?email=").p(h.email.replace("@", "%40"), "email")
    elif v < 0.75:
        L.t("/api/v1/account/recover?username=").p(h.username, "other_id").t("&channel=sms")
    else:
        m = mem(h)
        L.t("/api/v1/consumers/search?lastName=").p(urlenc(m.last), "name")
        L.t("&dob=").p(d_iso(m.dob), "date")
    L.t(' HTTP/1.1" %d %d "-" "%s" "' % (R.choice([200, 404, 429]), R.randint(20, 600), R.choice(UA_CONSUMER)))
    L.p(R.choice([h.ip, h.mip]), "ip").t('" rt=%.3f uct="0.000" uht="%.3f" urt="%.3f"' % tuple([R.uniform(0.005, 0.4)] * 3))
    return [L]


def p_nginx_err():
    h = hh(); t = tick()
    L = Line("nginx-error")
    ip = R.choice([h.ip, h.mip])
    wp = R.randint(20, 40)
    L.t("%s [%s] %d#%d: *%d " % (f_ngxerr(t), R.choice(["error", "warn"]), wp, wp, R.randint(100000, 9999999)))
    L.t(R.choice(["upstream timed out (110: Connection timed out) while reading response header from upstream",
                  "client intended to send too large body: 26214400 bytes",
                  "upstream prematurely closed connection while reading response header from upstream"]))
    L.t(", client: ").p(ip, "ip").t(", server: %s, request: \"" % PORTAL)
    if R.random() < 0.5:
        m = mem(h)
        L.t("GET /api/v1/consumers/search?lastName=").p(urlenc(m.last), "name").t("&dob=").p(d_iso(m.dob), "date")
    else:
        L.t("POST /api/v1/documents")
    L.t(" HTTP/1.1\", upstream: \"http://%s:8080/api/v1/%s\", host: \"%s\"" % (priv_ip(), R.choice(["consumers/search", "documents"]), PORTAL))
    return [L]


def kafka_record(topic, key, value_line):
    t = tick()
    L = sb3(t, "DEBUG", "enroll-svc", "org.springframework.kafka.KafkaListenerEndpointContainer#%d-0-C-1" % R.randint(0, 3),
            "o.m.enroll.kafka.HouseholdEventListener")
    L.fam = "spring-boot"
    L.t("Received: ConsumerRecord(topic = %s, partition = %d, leaderEpoch = %d, offset = %d, CreateTime = %d, serialized key size = 36, serialized value size = %d, headers = RecordHeaders(headers = [RecordHeader(key = traceparent, value = [48, 48, 45])], isReadOnly = false), key = %s, value = " % (
        topic, R.randint(0, 11), R.randint(3, 9), R.randint(100000, 9999999), f_epoch(t) - R.randint(5, 900),
        R.randint(300, 1400), key))
    L.emb(value_line, lambda s: s)
    L.t(")")
    return L


def p_kafka_member():
    h = hh() if R.random() < 0.7 else R.choice([nguyen, haddad])
    m = R.choice(h.members[1:] or h.members)
    v = O(("eventType", R.choice(["HOUSEHOLD_MEMBER_ADDED", "HOUSEHOLD_MEMBER_UPDATED"])), ("householdId", h.hh_uuid),
          ("member", O(("personId", m.uuid), ("firstName", m.first, "name"), ("lastName", m.last, "name"),
                       ("dateOfBirth", d_iso(m.dob), "date"), ("ageYears", m.age, "age" if m.age > 89 else None),
                       ("relationship", m.rel), ("sex", m.sex),
                       ("ssn", m.ssn.replace("-", ""), "ssn") if m.age > 0 else ("ssn", None),
                       ("tobaccoUse", False), ("seekingCoverage", True))),
          ("source", "CONSUMER_PORTAL"), ("occurredAt", f_iso(CLOCK[0])))
    return [kafka_record("household.changes.v1", h.hh_uuid, jline("x", v))]


def p_kafka_transfer():
    # Medicaid account transfer (outbound referral) with assets
    h = R.choice([wrob, sefo, hodan, maricel]); m = h.primary
    addr = O(("streetName1", h.street, "address"), ("cityName", h.city, "address"), ("countyName", h.county, "address"),
             ("stateCode", h.state), ("zipCode", h.zip, "zip"))
    items = [("transferId", uid()), ("transferType", "MEDICAID_ASSESSMENT"), ("state", h.state),
             ("person", O(("givenName", m.first, "name"), ("surName", m.last, "name"), ("ssn", m.ssn, "ssn"),
                          ("birthDate", d_iso(m.dob), "date"), ("residence", addr)))]
    if getattr(h, "vin", None):
        items.append(("assets", [O(("type", "VEHICLE"), ("vin", h.vin, "vehicle"), ("estValue", R.randint(2000, 14000)))]))
    return [kafka_record("medicaid.account.transfer", uid(), jline("x", O(*items)))]


def p_kafka_producer():
    h = hh(); t = tick()
    L = Line("pino")
    val = Line("x")
    typ = R.choice(["CONTACT_INFO_CHANGED", "MAILING_ADDRESS_CHANGED"])
    if typ == "CONTACT_INFO_CHANGED":
        jobj(val, O(("type", typ), ("householdId", h.hh_uuid), ("email", h.email, "email"),
                    ("phone", fmt_phone(h.phone_digits, 1), "phone"), ("preferredLanguage", "en")))
    else:
        jobj(val, O(("type", typ), ("householdId", h.hh_uuid), ("line1", h.street, "address"),
                    ("line2", h.unit or None) if not h.unit else ("line2", h.unit, "address"),
                    ("city", h.city, "address"), ("state", h.state), ("postalCode", h.zip, "zip")))
    L.t('{"level":20,"time":%d,"pid":%d,"hostname":"%s","module":"kafkajs","topic":"household.changes.v1","partition":%d,"value":"' % (
        f_epoch(t), PIDS["portal-bff"], PODS["portal-bff"], R.randint(0, 11)))
    L.emb(val, lambda s: jesc(s))
    L.t('","msg":"producer.send"}')
    return [L]


PG_USER = {}


def pg_prefix(L, t, pid, user=True):
    L.t("%s [%d] " % (f_pg(t), pid))
    if user:
        if pid not in PG_USER:
            PG_USER[pid] = R.choice(["enroll_app@marketplace ", "elig_app@marketplace ", "sfsync@crm_stage "])
        L.t(PG_USER[pid])
    return L


def p_pg_params():
    h = hh(); m = mem(h); t = tick()
    pid = R.randint(1000, 65000)
    L1 = pg_prefix(Line("postgres"), t, pid)
    v = R.random()
    if v < 0.5:
        L1.t("LOG:  duration: %.3f ms  execute S_%d: SELECT p.person_id, p.household_id, p.first_name, p.last_name FROM person p WHERE p.ssn = $1 AND p.date_of_birth = $2" % (R.uniform(0.4, 90), R.randint(1, 40)))
        L2 = pg_prefix(Line("postgres"), bump(0, 2), pid)
        L2.t("DETAIL:  parameters: $1 = '").p(m.ssn.replace("-", ""), "ssn").t("', $2 = '").p(d_iso(m.dob), "date").t("'")
    else:
        L1.t("LOG:  duration: %.3f ms  execute <unnamed>: UPDATE person SET first_name = $1, last_name = $2, email = $3, phone_primary = $4, updated_at = now() WHERE person_id = $5" % R.uniform(0.4, 30))
        L2 = pg_prefix(Line("postgres"), bump(0, 2), pid)
        L2.t("DETAIL:  parameters: $1 = '").p(m.first, "name").t("', $2 = '").p(m.last.replace("'", "''"), "name").t("', $3 = '")
        L2.p(h.email, "email").t("', $4 = '").p(h.phone_digits, "phone").t("', $5 = '%s'" % m.uuid)
    return [L1, L2]


def p_pg_dup():
    h = hh(); m = mem(h); t = tick(); pid = R.randint(1000, 65000)
    L1 = pg_prefix(Line("postgres"), t, pid).t('ERROR:  duplicate key value violates unique constraint "uq_person_ssn_hh"')
    L2 = pg_prefix(Line("postgres"), t, pid).t("DETAIL:  Key (ssn, household_id)=(").p(m.ssn.replace("-", ""), "ssn").t(", %s) already exists." % h.hh_uuid)
    L3 = pg_prefix(Line("postgres"), t, pid).t("STATEMENT:  INSERT INTO person (person_id, household_id, first_name, last_name, ssn, date_of_birth, relationship_cd) VALUES ($1, $2, $3, $4, $5, $6, $7)")
    return [L1, L2, L3]


def p_pg_failrow():
    h = hh(); m = mem(h); t = tick(); pid = R.randint(1000, 65000)
    L1 = pg_prefix(Line("postgres"), t, pid).t('ERROR:  new row for relation "household_member" violates check constraint "ck_member_dob_not_future"')
    L2 = pg_prefix(Line("postgres"), t, pid).t("DETAIL:  Failing row contains (%s, %s, " % (m.uuid, h.hh_uuid)).p(m.first, "name").t(", ").p(m.last, "name")
    L2.t(", ").p(d_iso(m.dob), "date").t(", %s, %s, t, null, %s)." % (m.sex, m.rel, f_pg(t).replace(" UTC", "+00")))
    return [L1, L2]


def p_rds_stmt():
    h = hh(); m = h.primary; t = tick()
    L = Line("postgres")
    L.t("%s:%s(%d):enroll_app@marketplace:[%d]:LOG:  statement: " % (f_rds(t), priv_ip(), R.randint(30000, 60000), R.randint(1000, 65000)))
    v = R.random()
    if v < 0.5:
        L.t("UPDATE contact_preference SET email_address = '").p(h.email, "email").t("', sms_number = '").p(h.phone_digits, "phone")
        L.t("' WHERE household_id = '%s';" % h.hh_uuid)
    else:
        L.t("SELECT household_id FROM mailing_address WHERE upper(line1) = '").p(ascii_fold(h.street).upper(), "address")
        L.t("' AND zip5 = '").p(h.zip, "zip").t("' LIMIT 50;")
    return [L]


def sf_line(t, ev, rest):
    return Line("sfdc-apex").t("%s|%s|%s" % (f_sf(t), ev, rest))


def p_sf_lead():
    h = hh(); m = h.primary; t = tick()
    b = h.broker or BROKERS[0]
    L = sf_line(t, "USER_DEBUG", "[%d]|DEBUG|" % R.randint(20, 300))
    L.t("Lead upsert -> FirstName=").p(m.first, "name").t(", LastName=").p(m.last, "name").t(", Phone=").p(fmt_phone(h.phone_digits, 0), "phone")
    L.t(", Email=").p(h.email, "email").t(", Agent_NPN__c=%s, Agent_Name__c=%s, LeadSource=Marketplace Referral" % (b[1], b[0]))
    return [L]


def p_sf_var():
    h = hh(); m = h.primary; t = tick()
    L = sf_line(t, "VARIABLE_ASSIGNMENT", "[%d]|acct|" % R.randint(10, 200))
    jobj(L, O(("attributes", O(("type", "Account"), ("url", "/services/data/v61.0/sobjects/Account/" + sfid("001")))),
              ("Name", m.first + " " + m.last, "name"), ("PersonBirthdate", d_iso(m.dob), "date"),
              ("PersonMailingStreet", h.street, "address"), ("PersonMailingCity", h.city, "address"),
              ("PersonMailingPostalCode", h.zip, "zip"), ("PersonMobilePhone", fmt_phone(h.phone_digits, 0), "phone"),
              ("Exchange_Member_Id__c", m.exch_id, "health_plan"), ("Id", sfid("001"))))
    L.t("|0x%s" % hexs(8))
    return [L]


def p_sf_soql():
    h = hh(); t = tick()
    L = sf_line(t, "SOQL_EXECUTE_BEGIN", "[%d]|Aggregations:0|" % R.randint(10, 300))
    if R.random() < 0.5:
        L.t("SELECT Id, Name, PersonBirthdate, Agent_of_Record__c FROM Account WHERE PersonEmail = '").p(h.email, "email").t("' LIMIT 1")
    else:
        L.t("SELECT Id, Name FROM Account WHERE SSN_Last4__c = '%s' AND PersonBirthdate = " % h.primary.ssn[-4:]).p(d_iso(h.primary.dob), "date")
    return [L]


def edi_prefix(t, lvl="DEBUG"):
    return Line("x12-834").t("%s %-5s [edi-writer-%d] o.m.edi.x12.Edi834Writer - " % (f_l4j(t), lvl, R.randint(1, 4)))


def p_edi_member():
    h = hh(); t = tick()
    m = R.choice(h.members)
    L = edi_prefix(t)
    sub = m is h.primary
    rel = {"SELF": "18", "SPOUSE": "01", "CHILD": "19", "PARENT": "15"}[m.rel]
    mt, rsn = R.choice([("021", "EC"), ("021", "28"), ("001", "AI"), ("001", "25"), ("024", "14"), ("021", "EC")])
    L.t("member loop %d/%d: INS*%s*%s*%s*%s*A***FT~" % (h.members.index(m) + 1, len(h.members), "Y" if sub else "N", rel, mt, rsn))
    L.t("REF*0F*").p(h.primary.exch_id, "health_plan").t("~REF*17*").p(m.exch_id, "health_plan").t("~")
    if R.random() < 0.5:
        L.t("REF*23*").p(m.issuer_mid, "health_plan").t("~")
    if R.random() < 0.4:
        L.t("DTP*356*D8*").p(d_d8(dt.date(2025, 2, 1)), "date").t("~")
    L.t("NM1*IL*1*").p(ascii_fold(m.last).upper(), "name").t("*").p(ascii_fold(m.first).upper(), "name").t("*")
    if m.middle:
        L.p(ascii_fold(m.middle[0]).upper(), "name")
    L.t("***34*").p(m.ssn.replace("-", ""), "ssn").t("~")
    if sub:
        L.t("PER*IP**TE*").p(h.phone_digits, "phone").t("*EM*").p(h.email.upper(), "email").t("~")
        L.t("N3*").p(ascii_fold(h.street).upper(), "address").t("")
        if h.unit:
            L.t("*").p(h.unit.upper(), "address")
        L.t("~N4*").p(ascii_fold(h.city).upper(), "address").t("*%s*" % h.state).p(h.zip, "zip").t("~")
    L.t("DMG*D8*").p(d_d8(m.dob), "date").t("*%s~" % m.sex)
    cov = "IND" if len(h.members) == 1 else ("ESP" if len(h.members) == 2 else "FAM")
    L.t("HD*%s**HLT*%s*%s~DTP*348*D8*" % (mt, h.plan, cov)).p(d_d8(dt.date(2025, 2, 1) if h.qle else dt.date(2025, 1, 1)), "date").t("~")
    if mt == "024":
        L.t("DTP*349*D8*").p(d_d8(dt.date(2025, 1, 31)), "date").t("~")
    if sub:
        L.t("LS*2700~LX*1~N1*75*PRE AMT 1~REF*9X*%.2f~LX*2~N1*75*APTC AMT~REF*9V*%.2f~LE*2700~" % (h.premium, h.aptc))
    return [L]


def p_edi_inbound():
    h = hh(); t = tick()
    L = Line("x12-834").t("%s INFO  [sftp-poll-1] o.m.edi.effectuation.EffectuationProcessor - " % f_l4j(t))
    L.t("Effectuated: issuer=%s exchSubscriberId=" % h.issuer).p(h.primary.exch_id, "health_plan").t(" issuerMemberId=").p(h.primary.issuer_mid, "health_plan")
    L.t(" subscriber=").p(ascii_fold(h.primary.last).upper() + "/" + ascii_fold(h.primary.first).upper(), "name")
    L.t(" paidThrough=2025-02-28 binderReceived=Y file=%s_834_EFF_%s.x12" % (h.issuer, t.strftime("%Y%m%d%H%M")))
    return [L]


def p_ctr():
    h = hh(); t = tick()
    staff = R.choice(STAFF)
    m = h.primary
    attrs = O(("callerDob", d_iso(m.dob), "date"), ("exchangeMemberId", m.exch_id, "health_plan"),
              ("ivrIntent", R.choice(["SEP_QUESTION", "PAYMENT", "DOCUMENTS", "1095A", "APPEAL_STATUS"])),
              ("language", h.lang), ("authenticated", "true"))
    L = jline("connect-ctr", O(
        ("AWSAccountId", "480129337615"), ("AWSContactTraceRecordFormatVersion", "2017-03-10"),
        ("Agent", O(("ARN", "arn:aws:connect:us-east-1:480129337615:instance/%s/agent/%s" % ("7c2f9a11-3be0-4d1e-9f62-0b7a1c4e93d2", uid())),
                    ("AfterContactWorkDuration", R.randint(10, 240)), ("AgentInteractionDuration", R.randint(60, 1800)),
                    ("ConnectedToAgentTimestamp", f_iso(t)[:-5] + "Z"), ("HoldDuration", R.randint(0, 300)),
                    ("NumberOfHolds", R.randint(0, 3)), ("Username", staff[1]))),
        ("Attributes", attrs), ("Channel", "VOICE"), ("ContactId", uid()),
        ("CustomerEndpoint", O(("Address", "+1" + R.choice([h.phone_digits, h.phone_alt]), "phone"), ("Type", "TELEPHONE_NUMBER"))),
        ("DisconnectReason", R.choice(["CUSTOMER_DISCONNECT", "AGENT_DISCONNECT"])),
        ("InitiationMethod", "INBOUND"), ("InitiationTimestamp", f_iso(t)[:-5] + "Z"),
        ("Queue", O(("ARN", "arn:aws:connect:us-east-1:480129337615:instance/7c2f9a11-3be0-4d1e-9f62-0b7a1c4e93d2/queue/" + uid()),
                    ("Duration", R.randint(5, 900)), ("Name", R.choice(["Consumer_EN", "Consumer_ES", "Consumer_Lang", "Broker_Line"])))),
        ("SystemEndpoint", O(("Address", "+18555550199"), ("Type", "TELEPHONE_NUMBER"))),
    ))
    return [L]


def p_note():
    h = hh(); t = tick()
    staff = R.choice(STAFF)
    L = Line("crm-note").t("%s note=%s author=%s channel=PHONE :: " % (f_iso(t), sfid("a0X")[:15], staff[1]))
    m = h.primary
    v = R.random()
    if h.qle and v < 0.5:
        typ, d, who = h.qle
        L.t("Caller ").p(m.first + " " + m.last, "name").t(" verified (DOB ").p(d_us(m.dob), "date").t(", last 4 SSN). ")
        if typ == "BIRTH":
            L.t("Reports baby ").p(who.first, "name").t(" born ").p(d_us(d), "date").t("; wants to add to current plan. Explained 60 day SEP, coverage can start on DOB.")
        elif typ == "MARRIAGE":
            L.t("Married ").p(who.first + " " + who.last, "name").t(" on ").p(d_us(d), "date").t(". Advised marriage cert upload within 30 days; spouse had no MEC in last 60 days per caller.")
        elif typ == "DEATH":
            L.t("Spouse ").p(who.first + " " + who.last, "name").t(" passed away ").p(d_us(d), "date").t(". Condolences given. Removing from enrollment eff end of month; recalculated APTC.")
        elif typ == "PERMANENT_MOVE":
            L.t("Moved from ").p(h.prev[1], "address").t(", %s on " % h.prev[3]).p(d_us(d), "date").t(". New addr confirmed. Needs proof of prior coverage.")
        else:
            L.t("Lost employer coverage on ").p(d_us(d), "date").t(". Requested termination letter upload. Callback #: ").p(fmt_phone(h.phone_alt, 1), "phone")
    elif v < 0.75:
        L.t("Caller asked for 1095-A correction; confirmed mailing address ").p(h.street, "address").t(", ").p(h.city, "address").t(" ").p(h.zip, "zip")
        L.t(". Escalated to tier 2 (ticket routed to F1095 queue). Told 10 business days.")
    else:
        L.t("Spoke w/ ").p(m.first, "name").t(" re: binder payment. Carrier %s shows unpaid. Gave carrier billing line 1-855-555-0137. Member ID " % h.carrier)
        L.p(m.issuer_mid, "health_plan").t(". No further action.")
    return [L]


def p_auth_login():
    h = hh(); t = tick()
    L = Line("logfmt")
    ev = R.choice(["login.success", "login.failure", "mfa.challenge", "session.created"])
    L.t("ts=%s level=%s svc=auth-gw event=%s user=" % (f_iso(t), "warn" if ev == "login.failure" else "info", ev))
    if R.random() < 0.6:
        L.p(h.username, "other_id")
    else:
        L.p(h.email, "email")
    L.t(" src_ip=").p(R.choice([h.ip, h.mip]), "ip").t(" ua=\"%s\" session=%s" % (R.choice(UA_CONSUMER)[:48], hexs(24)))
    if ev == "mfa.challenge":
        L.t(" factor=sms dest=").p(fmt_phone(h.phone_digits, 2), "phone")
    return [L]


def p_auth_reset():
    h = hh(); t = tick()
    L = Line("logfmt").t("ts=%s level=info svc=auth-gw event=password.reset.requested email=" % f_iso(t))
    L.p(h.email, "email").t(" src_ip=").p(h.ip, "ip").t(" token_ttl=900s delivered=true trace_id=%s" % hexs(32))
    return [L]


def p_device_reg():
    h = hh(); t = tick()
    v = R.random()
    if v < 0.6:
        L = pino(t, "portal-bff", "info", [("reqId", req_id()), ("route", "/api/v1/mobile/devices"),
                                            ("user", h.username, "other_id"),
                                            ("device", O(("platform", "android"), ("model", "SM-A546U"), ("imei", h.imei, "device"),
                                                         ("pushToken", "fcm:" + b64(24).replace("=", "")))),
                                            ("appVersion", "4.12.1")], "mobile device registered")
    else:
        L = pino(t, "portal-bff", "info", [("reqId", req_id()), ("userId", h.primary.uuid),
                                            ("wifiMac", h.mac, "device"), ("clientIp", h.ip, "ip")], "trusted device added")
    return [L]


def node_inspect_str(s):
    return "'" + s.replace("'", "\\'") + "'"


def p_payment_ach():
    h = hh(); t = tick()
    rid = uid()
    L = Line("lambda").t("%s\t%s\tINFO\tBinder ACH received { policyHolder: " % (f_iso(t), rid))
    L.t("'").p(h.primary.first + " " + h.primary.last.replace("'", "\\'"), "name").t("', routingNumber: '%s', accountNumber: '" % h.routing)
    L.p(h.acct, "account").t("', accountType: '%s', amount: %.2f, enrollmentGroupId: '%s', issuer: '%s' }" % (
        R.choice(["CHECKING", "SAVINGS"]), round(h.premium - h.aptc, 2), h.enr_group, h.issuer))
    return [L]


def p_payment_card():
    h = hh(); t = tick()
    L = Line("logstash-json")
    v = R.random()
    if v < 0.55:
        msg = Line("x").t('"Card tokenization failed: gateway rejected pan=').p(h.card, "account").t(' exp=**/**"')
        jobj(L, O(("@timestamp", f_sb3(t)), ("@version", "1"), ("message", Raw(msg)),
                  ("logger_name", "org.meridian.payments.gateway.TokenizerClient"), ("thread_name", exec_thr()),
                  ("level", "ERROR"), ("level_value", 40000), ("enrollmentGroupId", h.enr_group),
                  ("gatewayCode", R.choice(["05", "14", "54"])), ("service", "payments-svc")))
    else:
        jobj(L, O(("@timestamp", f_sb3(t)), ("@version", "1"), ("message", "Autopay mandate stored"),
                  ("logger_name", "org.meridian.payments.autopay.MandateService"), ("thread_name", exec_thr()),
                  ("level", "INFO"), ("level_value", 20000), ("carrierBillingAccount", h.billing_acct, "account"),
                  ("bankRouting", h.routing), ("bankAccount", h.acct, "account"), ("mandateId", uid()),
                  ("service", "payments-svc")))
    return [L]


def p_1095_python():
    h = hh(); t = tick()
    rid = uid()
    m = h.primary
    inner = Line("x")
    jobj(inner, O(("recipient", O(("name", m.display, "name"), ("tin", m.ssn, "ssn"), ("street", h.street, "address"),
                                  ("city", h.city, "address"), ("state", h.state), ("zip", h.zip, "zip"))),
                  ("policyIssuer", h.carrier), ("marketplacePolicyNumber", h.policy_no, "health_plan"),
                  ("coverageStart", d_iso(dt.date(2024, R.choice([1, 1, 3, 6]), 1)), "date"), ("taxYear", 2024)), sp=True, ascii_=True)
    L = Line("lambda").t("[INFO]\t%s\t%s\trendering 1095-A " % (f_iso(t), rid)).emb(inner, lambda s: s)
    return [L]


def p_1095_skip():
    h = hh(); t = tick()
    v = R.random()
    if v < 0.5:
        L = sb2(t, "WARN", "f1095-batch", "batch-task-%d" % R.randint(1, 8), "o.m.f1095.writer.Form1095AWriter")
        L.t("Skipping recipient ").p(h.primary.display, "name").t(" (tin=").p(h.primary.ssn, "ssn")
        L.t(") reason=%s policy=" % R.choice(["ADDRESS_UNDELIVERABLE", "MISSING_TIN", "DUPLICATE_POLICY"])).p(h.policy_no, "health_plan")
    else:
        L = sb2(t, "DEBUG", "f1095-batch", "batch-task-%d" % R.randint(1, 8), "o.m.f1095.writer.Form1095AWriter")
        m = R.choice(h.members)
        L.t("Covered individual %d/%d policy=" % (h.members.index(m) + 1, len(h.members))).p(h.policy_no, "health_plan").t(": ")
        L.p(m.first + " " + m.last, "name").t(" dob=").p(d_iso(m.dob), "date")
        L.t(" months=[1..12] slcspAmt=%.2f" % R.uniform(300, 1500))
    return [L]


def p_appeal_fax():
    h = hh_with("appeal"); t = tick()
    L = sb3(t, "INFO", "appeals-svc", "fax-intake-1", "o.m.appeals.intake.FaxIntakeListener")
    L.t("Inbound fax pages=%d ani=" % R.randint(2, 14))
    fx = getattr(h, "fax", None) or h.phone_alt
    L.p(fmt_phone(fx, R.choice([1, 3])), "fax")
    L.t(" dnis=18335550102 matched appeal=").p(h.appeal, "other_id").t(" appellant=").p(h.primary.display, "name")
    return [L]


def p_appeal_hearing():
    h = hh_with("appeal"); t = tick()
    hd = dt.datetime(2025, 2, R.randint(10, 28), R.choice([9, 10, 13, 14]), R.choice([0, 30]))
    L = jline("logstash-json", O(("@timestamp", f_sb3(t)), ("@version", "1"), ("message", "Hearing scheduled"),
                                 ("logger_name", "org.meridian.appeals.service.HearingScheduler"), ("thread_name", "scheduling-1"),
                                 ("level", "INFO"), ("level_value", 20000), ("appealNumber", h.appeal, "other_id"),
                                 ("appellantName", h.primary.display, "name"),
                                 ("hearingDateTime", hd.strftime("%Y-%m-%dT%H:%M:00"), "date"),
                                 ("hearingOfficer", R.choice(OFFICERS)), ("modality", R.choice(["PHONE", "VIDEO"])),
                                 ("service", "appeals-svc")))
    return [L]


def p_household_comp():
    h = R.choice([nguyen, haddad, okafor, park, osull]); t = tick()
    L = sb3(t, "DEBUG", "elig-api", exec_thr(), "o.m.elig.service.TaxHouseholdBuilder")
    L.t("Tax household %s members=[" % h.hh_uuid)
    for i, m in enumerate(h.members):
        if i:
            L.t(", ")
        L.t("Member{name=").p(m.display, "name").t(", rel=%s, age=" % m.rel)
        if m.age > 89:
            L.p(str(m.age), "age")
        else:
            L.t(str(m.age))
        L.t(", applyingForCoverage=%s}" % ("false" if m.mbi else "true"))
    L.t("]")
    return [L]


def p_broker_link():
    h = hh(); t = tick()
    b = h.broker or BROKERS[5]
    m = h.primary
    url = "https://%s/start?ref=%s&fn=%s&ln=%s&em=%s" % (PORTAL, b[1], urlenc(m.first), urlenc(m.last), urlenc(h.email))
    L = pino(t, "portal-bff", "info", [("reqId", req_id()), ("brokerNpn", b[1]), ("agency", b[4]),
                                        ("prefillUrl", url, "url")], "broker prefill link generated")
    return [L]


def p_enroll_logstash():
    h = hh(); t = tick()
    L = jline("logstash-json", O(("@timestamp", f_sb3(t)), ("@version", "1"), ("message", "Enrollment group created"),
                                 ("logger_name", "org.meridian.enroll.service.EnrollmentGroupService"), ("thread_name", exec_thr()),
                                 ("level", "INFO"), ("level_value", 20000), ("applicationId", h.app_id), ("enrollmentGroupId", h.enr_group),
                                 ("subscriberId", h.primary.exch_id, "health_plan"), ("hiosPlanId", h.plan),
                                 ("coverageStart", d_iso(dt.date(2025, 2, 1) if h.qle else dt.date(2025, 1, 1)), "date"),
                                 ("memberCount", len(h.members)), ("aptcApplied", h.aptc), ("agentNpn", (h.broker or ("", "none"))[1]),
                                 ("service", "enroll-svc")))
    return [L]


def p_stacktrace():
    h = hh(); m = mem(h); t = tick()
    L = sb3(t, "ERROR", "enroll-svc", exec_thr(), "o.a.c.c.C.[.[.[/].[dispatcherServlet]")
    L.t("Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.meridian.enroll.DuplicatePersonException: person with ssn ")
    L.p(m.ssn, "ssn").t(" already enrolled in group %s] with root cause" % h.enr_group)
    lines = [L]
    lines.append(Line("spring-boot").t("org.meridian.enroll.DuplicatePersonException: person with ssn ").p(m.ssn, "ssn").t(" already enrolled in group %s" % h.enr_group))
    for fr in ["org.meridian.enroll.service.EnrollmentGroupService.addMember(EnrollmentGroupService.java:%d)",
               "org.meridian.enroll.web.EnrollmentController.addMember(EnrollmentController.java:%d)",
               "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:%d)",
               "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:%d)"]:
        lines.append(Line("spring-boot").t("\tat " + (fr % R.randint(80, 990))))
    lines.append(Line("spring-boot").t("\t... %d common frames omitted" % R.randint(40, 90)))
    return lines


def p_lambda_group():
    h = hh(); t = tick()
    rid = uid()
    out = [Line("lambda").t("START RequestId: %s Version: $LATEST" % rid)]
    inner = Line("x")
    jobj(inner, O(("timestamp", f_iso(bump(2, 40))), ("level", "INFO"), ("requestId", rid),
                  ("message", "binder payment webhook"),
                  ("payer", O(("name", h.primary.first + " " + h.primary.last, "name"), ("email", h.email, "email"))),
                  ("amount", round(h.premium - h.aptc, 2)), ("currency", "USD"), ("last4", h.card[-4:]),
                  ("processorRef", "pi_" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24)))))
    out.append(Line("lambda").emb(inner, lambda s: s))
    d = R.uniform(40, 900)
    out.append(Line("lambda").t("END RequestId: %s" % rid))
    out.append(Line("lambda").t("REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: 512 MB\tMax Memory Used: %d MB\t" % (rid, d, int(d) + 1, R.randint(90, 200))))
    bump(10, 900)
    return out


def p_mfa_sf_dl():
    h = hh_with("dl"); t = tick()
    st, num = h.dl
    L = sb2(t, "INFO", "idp-gateway", "idp-exec-%d" % R.randint(1, 6), "o.m.idp.dldv.AamvaDldvClient")
    L.t("DLDV verify jurisdiction=%s documentNumber=" % st).p(num, "license").t(" lastName=").p(ascii_fold(h.primary.last).upper(), "name")
    L.t(" dob=").p(d_d8(h.primary.dob), "date").t(" -> match{docNum=Y, lastName=Y, dob=Y, issueDate=N} elapsed=%dms" % R.randint(200, 2200))
    return [L]


def p_residency_vehicle():
    h = R.choice([sefo, wrob]); t = tick()
    L = sb3(t, "INFO", "sep-svc", exec_thr(), "o.m.sep.verify.ResidencyProofService")
    L.t("Residency proof accepted docType=VEHICLE_REGISTRATION vin=").p(h.vin, "vehicle").t(" plate=").p(h.plate, "vehicle")
    L.t(" state=%s applicationId=%s reviewer=%s" % (h.state, h.app_id, R.choice(STAFF)[1]))
    return [L]


def p_url_misc():
    h = hh(); t = tick()
    m = h.primary
    slug = ascii_fold(m.first + "-" + m.last).lower().replace(" ", "-").replace("'", "")
    url = R.choice(["https://www.facebook.com/%s.%d" % (slug.replace("-", "."), R.randint(1, 99)),
                    "https://www.linkedin.com/in/%s-%s" % (slug, hexs(8)),
                    "https://www.gofundme.com/f/help-%s-with-medical-bills" % slug])
    L = Line("crm-note").t("%s note=%s author=%s channel=EMAIL :: Consumer disputes income DMI; says self-employed, shared public profile as proof of business: " % (
        f_iso(t), sfid("a0X")[:15], R.choice(STAFF)[1]))
    L.p(url, "url").t(" . Not acceptable doc type, requested Schedule C.")
    return [L]


PHI_TEMPLATES = [
    (p_ssa_verify, 7), (p_dmi_income, 4), (p_sep_grant, 7), (p_move, 4), (p_mec, 5), (p_save, 5),
    (p_idp_request, 4), (p_docv, 5), (p_selfie, 5), (p_biometric, 6), (p_doc_upload, 5), (p_presigned, 3),
    (p_doc_ocr, 6), (p_notice_email, 6), (p_notice_sms, 4), (p_nginx_xff, 11), (p_nginx_query, 5), (p_nginx_err, 4),
    (p_kafka_member, 4), (p_kafka_transfer, 2), (p_kafka_producer, 4), (p_pg_params, 4), (p_pg_dup, 2), (p_pg_failrow, 2),
    (p_rds_stmt, 3), (p_sf_lead, 4), (p_sf_var, 4), (p_sf_soql, 3), (p_edi_member, 8), (p_edi_inbound, 3),
    (p_ctr, 7), (p_note, 8), (p_auth_login, 6), (p_auth_reset, 3), (p_device_reg, 5), (p_payment_ach, 4),
    (p_payment_card, 5), (p_1095_python, 3), (p_1095_skip, 3), (p_appeal_fax, 5), (p_appeal_hearing, 3),
    (p_household_comp, 3), (p_broker_link, 3), (p_enroll_logstash, 4), (p_stacktrace, 1), (p_lambda_group, 2),
    (p_mfa_sf_dl, 5), (p_residency_vehicle, 3), (p_url_misc, 3),
]


# ----------------------------------------------------------------------------
# clean templates (no PHI; plenty of look-alikes)
# ----------------------------------------------------------------------------
SVC_APPS = {"elig-api": "EligibilityApiApplication", "enroll-svc": "EnrollmentServiceApplication",
            "sep-svc": "SepServiceApplication", "appeals-svc": "AppealsApplication", "verif-svc": "VerificationHubApplication",
            "f1095-batch": "Form1095ABatchApplication", "idp-gateway": "IdProofingGatewayApplication",
            "payments-svc": "PaymentsApplication"}


def c_spring_boot():
    svc = R.choice(list(SVC_APPS)); t = tick()
    v = R.randint(0, 9)
    if v == 0:
        L = sb(t, "INFO", svc, "main", "o.m." + svc.split("-")[0] + "." + SVC_APPS[svc])
        st = R.uniform(8, 30)
        L.t("Started %s in %.3f seconds (process running for %.2f)" % (SVC_APPS[svc], st, st + R.uniform(0.4, 3.5)))
    elif v == 1:
        L = sb(t, "INFO", svc, "main", "o.s.b.w.embedded.tomcat.TomcatWebServer")
        L.t("Tomcat started on port 8080 (http) with context path '/'")
    elif v == 2:
        L = sb(t, "WARN", svc, "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool")
        L.t("HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%dm%ds%dms)." % (R.randint(1, 3), R.randint(0, 59), R.randint(0, 999)))
    elif v == 3:
        L = sb(t, "INFO", svc, "main", "com.zaxxer.hikari.HikariDataSource")
        L.t("HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@%s" % hexs(8))
    elif v == 4:
        L = sb(t, "INFO", svc, "main", "o.m.common.BuildInfoLogger")
        L.t("build version=3.%d.%d commit=%s builtAt=2025-01-%02dT%02d:%02d:%02dZ jdk=21.0.5+11-LTS" % (
            R.randint(10, 22), R.randint(0, 9), hexs(7), R.randint(14, 24), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)))
    elif v == 5:
        L = sb(t, "INFO", svc, "main", "o.s.b.a.e.web.EndpointLinksResolver")
        L.t("Exposing %d endpoints beneath base path '/actuator'" % R.randint(3, 6))
    elif v == 6:
        L = sb(t, "WARN", svc, exec_thr(), "o.s.w.s.m.s.DefaultHandlerExceptionResolver")
        L.t("Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method 'GET' is not supported]")
    elif v == 7:
        L = sb(t, "INFO", svc, "scheduling-1", "o.m.common.cache.PlanCacheRefresher")
        L.t("Refreshed plan cache: planYear=2025 variants=%d issuers=%d ratingAreas=%d took=%dms" % (
            R.randint(1100, 1900), R.randint(18, 44), R.randint(8, 27), R.randint(200, 5000)))
    elif v == 8:
        L = sb(t, "INFO", svc, "SpringApplicationShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown")
        L.t("Commencing graceful shutdown. Waiting for active requests to complete")
    else:
        L = sb(t, "DEBUG", svc, exec_thr(), "o.m.common.web.RequestLoggingFilter")
        L.t("Completed %s /api/v1/%s/%s status=%d duration=%dms traceId=%s" % (
            R.choice(["GET", "POST", "PUT"]), R.choice(["applications", "households", "enrollments", "appeals"]), uid(),
            R.choice([200, 200, 201, 404, 409]), R.randint(3, 1800), hexs(32)))
    return [L]


def c_aptc():
    h = hh(); t = tick()
    L = sb3(t, "INFO", "elig-api", exec_thr(), "o.m.elig.service.AptcCalculator")
    fpl = R.uniform(100, 420)
    L.t("APTC determination householdId=%s taxHhSize=%d magi=%d.00 fplPct=%.2f slcsp=%s applicablePct=%.4f contribution=%.2f maxAptc=%.2f csrLevel=%s ratingArea=%s%d" % (
        h.hh_uuid, len(h.members), R.randint(16000, 120000), fpl, h.plan[:14] + "-01", R.uniform(0, 0.085),
        R.uniform(0, 600), h.aptc, R.choice(["CS04", "CS05", "CS06", "NONE"]), h.state, R.randint(1, 20)))
    return [L]


def c_elig_determ():
    h = hh(); t = tick()
    L = jline("logstash-json", O(("@timestamp", f_sb3(t)), ("@version", "1"), ("message", "Eligibility determination published"),
                                 ("logger_name", "org.meridian.elig.events.DeterminationPublisher"), ("thread_name", exec_thr()),
                                 ("level", "INFO"), ("level_value", 20000), ("applicationId", h.app_id),
                                 ("determinationId", uid()), ("qhp", "ELIGIBLE"), ("aptc", R.choice(["ELIGIBLE", "CONDITIONAL"])),
                                 ("csr", R.choice(["CS04", "CS05", "CS06", "INELIGIBLE"])), ("openDmis", R.randint(0, 3)),
                                 ("topic", "eligibility.determinations"), ("partition", R.randint(0, 11)), ("offset", R.randint(10**5, 10**7)),
                                 ("service", "elig-api")))
    return [L]


def c_kafka_client():
    t = tick()
    grp = R.choice(["enrollment-834", "notices", "sep-verification", "f1095a-writer", "broker-sync"])
    cid = "consumer-%s-%d" % (grp, R.randint(1, 6))
    topic = R.choice(TOPICS)
    L = Line("kafka").t("%s INFO [Consumer clientId=%s, groupId=%s] " % (f_kafka(t), cid, grp))
    v = R.randint(0, 6)
    broker = "b-%d.mhx-prod-msk.k7q2zd.c4.kafka.us-east-1.amazonaws.com:9098" % R.randint(1, 3)
    if v == 0:
        L.t("Setting offset for partition %s-%d to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional[%d], currentLeader=LeaderAndEpoch{leader=Optional[%s (id: %d rack: use1-az%d)], epoch=%d}} (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)" % (
            topic, R.randint(0, 11), R.randint(10**4, 10**7), R.randint(1, 9), broker, R.randint(1, 3), R.randint(1, 6), R.randint(1, 9)))
    elif v == 1:
        L.t("Successfully joined group with generation Generation{generationId=%d, memberId='%s-%s', protocol='range'} (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)" % (
            R.randint(10, 400), cid, uid()))
    elif v == 2:
        L.t("Request joining group due to: rebalance failed due to 'The coordinator is not aware of this member.' (UnknownMemberIdException) (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)")
    elif v == 3:
        L.t("Notifying assignor about the new Assignment(partitions=[%s]) (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)" % ", ".join(
            "%s-%d" % (topic, p) for p in sorted(R.sample(range(12), 3))))
    elif v == 4:
        L.t("Discovered group coordinator %s (id: %d rack: null) (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)" % (broker, 2147483647 - R.randint(1, 3)))
    elif v == 5:
        L = Line("kafka").t("%s INFO [Producer clientId=producer-%d] Cluster ID: %s (org.apache.kafka.clients.Metadata)" % (
            f_kafka(t), R.randint(1, 4), "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(22))))
    else:
        L = Line("kafka").t("%s WARN [Consumer clientId=%s, groupId=%s] Offset commit failed on partition %s-%d at offset %d: The request timed out. (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)" % (
            f_kafka(t), cid, grp, topic, R.randint(0, 11), R.randint(10**4, 10**7)))
    return [L]


def c_kafka_lag():
    t = tick()
    L = pino(t, "broker-sync", "info", [("consumerGroup", "broker-sync"), ("topic", R.choice(TOPICS)),
                                         ("lag", [R.randint(0, 300) for _ in range(4)]), ("intervalMs", 30000)], "consumer lag sample")
    return [L]


def c_pg():
    t = tick()
    v = R.randint(0, 7)
    pid = R.randint(1000, 65000)
    if v == 0:
        L = pg_prefix(Line("postgres"), t, R.randint(50, 90), user=False).t("LOG:  checkpoint starting: time")
    elif v == 1:
        L = pg_prefix(Line("postgres"), t, R.randint(50, 90), user=False)
        L.t("LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s; sync files=%d, longest=%.3f s, average=%.3f s; distance=%d kB, estimate=%d kB; lsn=%X/%X, redo lsn=%X/%X" % (
            R.randint(100, 9000), R.uniform(0.1, 5), R.randint(0, 6), R.uniform(1, 270), R.uniform(0, 0.2), R.uniform(1, 270), R.randint(10, 200),
            R.uniform(0, 0.05), R.uniform(0, 0.01), R.randint(1000, 90000), R.randint(1000, 90000), R.randint(1, 0xFF), R.randint(0, 0xFFFFFFF), R.randint(1, 0xFF), R.randint(0, 0xFFFFFFF)))
    elif v == 2:
        L = pg_prefix(Line("postgres"), t, pid, user=False).t("LOG:  automatic vacuum of table \"marketplace.public.%s\": index scans: 1" % R.choice(["dmi_inconsistency", "household_member", "enrollment_group", "notice_queue"]))
    elif v == 3:
        L = pg_prefix(Line("postgres"), t, pid, user=False).t("LOG:  connection received: host=%s port=%d" % (priv_ip(), R.randint(30000, 60999)))
    elif v == 4:
        u = R.choice(["enroll_app", "elig_app", "appeals_app"])
        PG_USER[pid] = u + "@marketplace "
        L = pg_prefix(Line("postgres"), t, pid).t("LOG:  connection authorized: user=%s database=marketplace application_name=PostgreSQL JDBC Driver SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % u)
    elif v == 5:
        L = pg_prefix(Line("postgres"), t, pid)
        L.t("LOG:  duration: %.3f ms  execute S_%d: SELECT e.enrollment_group_id, e.hios_plan_id, e.status_cd FROM enrollment_group e WHERE e.application_id = $1 AND e.plan_year = $2" % (R.uniform(0.2, 40), R.randint(1, 30)))
    elif v == 6:
        L = pg_prefix(Line("postgres"), t, pid)
        L.t("DETAIL:  parameters: $1 = '%s', $2 = '2025'" % uid())
    else:
        L = Line("postgres").t("%s:%s(%d):elig_app@marketplace:[%d]:LOG:  duration: %.3f ms  statement: SELECT count(*) FROM dmi_inconsistency WHERE status_cd = 'OPEN' AND due_dt < now() + interval '30 days'" % (
            f_rds(t), priv_ip(), R.randint(30000, 60000), pid, R.uniform(100, 4000)))
    return [L]


def c_pg_deadlock():
    t = tick(); pid = R.randint(1000, 65000); pid2 = R.randint(1000, 65000)
    L1 = pg_prefix(Line("postgres"), t, pid).t("ERROR:  deadlock detected")
    L2 = pg_prefix(Line("postgres"), t, pid).t("DETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d." % (pid, R.randint(10**7, 10**8), pid2))
    L3 = pg_prefix(Line("postgres"), t, pid).t("HINT:  See server log for query details.")
    L4 = pg_prefix(Line("postgres"), t, pid).t("CONTEXT:  while updating tuple (%d,%d) in relation \"enrollment_group\"" % (R.randint(100, 90000), R.randint(1, 40)))
    return [L1, L2, L3, L4]


def c_nginx():
    t = tick()
    L = Line("nginx-access")
    v = R.randint(0, 5)
    if v <= 1:
        L.t('%s - - [%s] "GET /actuator/health HTTP/1.1" 200 %d "-" "ELB-HealthChecker/2.0" "-" rt=0.00%d uct="0.000" uht="0.00%d" urt="0.00%d"' % (
            priv_ip(), f_ngx(t), R.choice([15, 49, 61]), R.randint(1, 9), R.randint(1, 9), R.randint(1, 9)))
    elif v == 2:
        L.t('%s - - [%s] "GET /metrics HTTP/1.1" 200 %d "-" "Prometheus/2.53.1" "-" rt=%.3f uct="0.000" uht="%.3f" urt="%.3f"' % tuple(
            [priv_ip(), f_ngx(t), R.randint(8000, 90000)] + [R.uniform(0.005, 0.09)] * 3))
    elif v == 3:
        h = hh()
        L.t('%s - - [%s] "POST /internal/v1/enrollments/%s/834 HTTP/1.1" %d %d "-" "Java-http-client/21.0.5" "-" rt=%.3f uct="0.001" uht="%.3f" urt="%.3f"' % tuple(
            [priv_ip(), f_ngx(t), h.enr_group, R.choice([202, 202, 409]), R.randint(0, 400)] + [R.uniform(0.01, 1.5)] * 3))
    elif v == 4:
        b = R.choice(BROKERS)
        L.t('%s - - [%s] "GET /api/v1/agents/lookup?npn=%s&state=%s HTTP/1.1" 200 %d "-" "node-fetch/3.3.2" "-" rt=%.3f uct="0.001" uht="%.3f" urt="%.3f"' % tuple(
            [priv_ip(), f_ngx(t), b[1], b[2], R.randint(300, 1200)] + [R.uniform(0.01, 0.6)] * 3))
    else:
        L.t('%s - - [%s] "GET /api/v1/plans/%s/benefits?year=2025 HTTP/1.1" 200 %d "-" "axios/1.7.9" "-" rt=%.3f uct="0.001" uht="%.3f" urt="%.3f"' % tuple(
            [priv_ip(), f_ngx(t), R.choice(HOUSEHOLDS).plan, R.randint(2000, 30000)] + [R.uniform(0.01, 0.6)] * 3))
    return [L]


def c_nginx_err():
    t = tick()
    wp = R.randint(20, 40)
    L = Line("nginx-error").t("%s [%s] %d#%d: " % (f_ngxerr(t), R.choice(["error", "warn", "notice"]), wp, wp))
    v = R.randint(0, 3)
    if v == 0:
        L.t("*%d connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: internal-api, request: \"POST /internal/v1/notices HTTP/1.1\", upstream: \"http://%s:3000/internal/v1/notices\", host: \"notices-svc.prod.svc.cluster.local\"" % (
            R.randint(10**5, 10**7), priv_ip(), priv_ip()))
    elif v == 1:
        L.t("*%d no live upstreams while connecting to upstream, client: %s, server: internal-api, request: \"GET /actuator/health HTTP/1.1\", upstream: \"http://elig_api/actuator/health\", host: \"%s:8080\"" % (
            R.randint(10**5, 10**7), priv_ip(), priv_ip()))
    elif v == 2:
        L.t("signal process started")
    else:
        L.t("*%d an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/%d/%02d/%010d while reading upstream, client: %s, server: %s, request: \"GET /api/v1/plans/search?year=2025&page=%d HTTP/2.0\", upstream: \"http://%s:8080/api/v1/plans/search?year=2025&page=%d\", host: \"%s\"" % (
            R.randint(10**5, 10**7), R.randint(0, 9), R.randint(0, 99), R.randint(10**6, 10**9), priv_ip(), PORTAL, R.randint(1, 9), priv_ip(), R.randint(1, 9), PORTAL))
    return [L]


def c_lambda():
    t = tick()
    rid = uid()
    fn = R.choice(["binder-webhook", "f1095a-render", "voice-bio-sync", "carrier-sftp-push"])
    out = []
    if R.random() < 0.3:
        out.append(Line("lambda").t("INIT_START Runtime Version: %s\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:%s" % (
            R.choice(["nodejs:20.v33", "python:3.12.v38"]), hexs(64))))
    out.append(Line("lambda").t("START RequestId: %s Version: $LATEST" % rid))
    v = R.randint(0, 3)
    if v == 0:
        out.append(Line("lambda").t("%s\t%s\tINFO\tSFTP put ok { host: 'sftp.%s.example-carrier.net', remotePath: '/inbound/834/MHX_834_%s_%s.x12', bytes: %d, elapsedMs: %d }" % (
            f_iso(bump()), rid, R.choice(["bph", "dvh", "lch", "sca", "pmh", "wfh"]), R.choice(list(CARRIERS)), t.strftime("%Y%m%d%H%M%S"),
            R.randint(4000, 900000), R.randint(300, 9000))))
    elif v == 1:
        out.append(Line("lambda").t("%s\t%s\tWARN\tRetrying processor call (attempt %d/3) after ECONNRESET; idempotencyKey=%s" % (f_iso(bump()), rid, R.randint(1, 2), uid())))
    elif v == 2:
        out.append(Line("lambda").t("[INFO]\t%s\t%s\tbatch %d/%d rendered %d forms in %.1fs (s3://mhx-f1095a-prod/2024/%s/)" % (
            f_iso(bump()), rid, R.randint(1, 40), 40, R.randint(200, 500), R.uniform(20, 240), t.strftime("%Y%m%d"))))
    else:
        out.append(Line("lambda").t("%s\t%s\tERROR\tInvoke Error \t{\"errorType\":\"TimeoutError\",\"errorMessage\":\"Connection timed out after 5000 ms\",\"stack\":[\"TimeoutError: Connection timed out after 5000 ms\",\"    at ClientRequest.<anonymous> (/var/task/node_modules/@smithy/node-http-handler/dist-cjs/index.js:%d:%d)\"]}" % (
            f_iso(bump()), rid, R.randint(100, 700), R.randint(5, 40))))
    d = R.uniform(20, 6000)
    out.append(Line("lambda").t("END RequestId: %s" % rid))
    out.append(Line("lambda").t("REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB\t" % (
        rid, d, int(d) + 1, R.choice([256, 512, 1024]), R.randint(70, 240))))
    bump(10, 2000)
    return out


def c_lambda_json():
    t = tick()
    L = jline("lambda", O(("timestamp", f_iso(t)), ("level", R.choice(["INFO", "WARN"])), ("requestId", uid()),
                          ("message", R.choice(["webhook signature verified", "duplicate event ignored", "carrier ack parsed"])),
                          ("eventId", "evt_" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))),
                          ("amount", round(R.uniform(15, 900), 2)), ("last4", "%04d" % R.randint(0, 9999)), ("brand", R.choice(["visa", "mastercard", "amex"])),
                          ("enrollmentGroupId", R.choice(HOUSEHOLDS).enr_group)))
    return [L]


def c_sf():
    t = tick()
    v = R.randint(0, 8)
    if v == 0:
        L = sf_line(t, "CODE_UNIT_STARTED", "[EXTERNAL]|01q%s|LeadTrigger on Lead trigger event AfterUpdate" % sfid("01q")[3:15])
    elif v == 1:
        L = sf_line(t, "SOQL_EXECUTE_END", "[%d]|Rows:%d" % (R.randint(10, 300), R.randint(0, 40)))
    elif v == 2:
        L = sf_line(t, "DML_BEGIN", "[%d]|Op:%s|Type:%s|Rows:%d" % (R.randint(10, 300), R.choice(["Insert", "Update", "Upsert"]), R.choice(["Lead", "Task", "Commission__c", "Account"]), R.randint(1, 200)))
    elif v == 3:
        L = sf_line(t, "LIMIT_USAGE_FOR_NS", "(default)|")
        L.t("  Number of SOQL queries: %d out of 100  Number of DML rows: %d out of 10000  Maximum CPU time: %d out of 10000" % (R.randint(1, 60), R.randint(1, 900), R.randint(100, 7000)))
    elif v == 4:
        b = R.choice(BROKERS)
        L = sf_line(t, "USER_DEBUG", "[%d]|DEBUG|" % R.randint(10, 300))
        L.t("AOR change approved: agent=%s npn=%s %s license=%s agency='%s' account=%s" % (b[0], b[1], b[2], b[3], b[4], sfid("001")))
    elif v == 5:
        b = R.choice(BROKERS)
        L = sf_line(t, "USER_DEBUG", "[%d]|DEBUG|" % R.randint(10, 300))
        L.t("License expiring soon for %s (NPN %s): %s #%s expires %s; FFM training cert PY2025 on file" % (
            b[0], b[1], b[2], b[3], d_iso(dt.date(2025, R.randint(2, 12), R.randint(1, 28)))))
    elif v == 6:
        L = sf_line(t, "SOQL_EXECUTE_BEGIN", "[%d]|Aggregations:0|SELECT Id, Agent_NPN__c, Commission_Rate__c FROM Agent__c WHERE Id IN :agentIds AND Active__c = true" % R.randint(10, 300))
    elif v == 7:
        L = sf_line(t, "FLOW_START_INTERVIEW_BEGIN", "%s|Commission Calc - Monthly" % hexs(18))
    else:
        L = sf_line(t, "HEAP_ALLOCATE", "[%d]|Bytes:%d" % (R.randint(10, 300), R.randint(3, 3000)))
    return [L]


def c_sf_commission():
    b = R.choice(BROKERS); t = tick()
    L = jline("logstash-json", O(("@timestamp", f_sb3(t)), ("@version", "1"), ("message", "Commission statement generated"),
                                 ("logger_name", "org.meridian.brokersync.CommissionExporter"), ("thread_name", "scheduling-1"),
                                 ("level", "INFO"), ("level_value", 20000), ("agentName", b[0]), ("npn", b[1]),
                                 ("licenseState", b[2]), ("licenseNumber", b[3]), ("agency", b[4]),
                                 ("agencyPhone", "%s-555-01%02d" % (R.choice(["512", "602", "404", "813", "919", "801"]), R.randint(0, 99))),
                                 ("period", "2025-01"), ("policies", R.randint(5, 300)), ("amount", round(R.uniform(300, 30000), 2)),
                                 ("sfAccountId", sfid("001")), ("service", "broker-sync")))
    return [L]


def c_edi():
    t = tick()
    iss = R.choice(list(CARRIERS))
    ctl = R.randint(1000, 99999)
    v = R.randint(0, 6)
    L = edi_prefix(t, "DEBUG")
    if v == 0:
        L.t("ISA*00*          *00*          *ZZ*MHX0001        *ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:~" % (iss, t.strftime("%y%m%d"), t.strftime("%H%M"), ctl))
    elif v == 1:
        L.t("GS*BE*MHX0001*%s*%s*%s*%d*X*005010X220A1~ST*834*%04d*005010X220A1~BGN*00*%s*%s*%s****%s~" % (
            iss, t.strftime("%Y%m%d"), t.strftime("%H%M"), ctl, R.randint(1, 9999), uid().replace("-", "")[:30], t.strftime("%Y%m%d"), t.strftime("%H%M%S"), R.choice(["2", "4"])))
    elif v == 2:
        c = CARRIERS[iss]
        L.t("N1*P5*MERIDIAN HEALTH EXCHANGE*FI*%s~N1*IN*%s*FI*%s~REF*38*%s%s0001~" % (
            "84" + digits(7), c[0].upper(), "7" + digits(8), iss, c[2]))
    elif v == 3:
        L = Line("x12-834").t("%s INFO  [ack-poll-1] o.m.edi.ack.AckProcessor - 999 received for GS %d: AK1*BE*%d*005010X220A1~AK2*834*%04d~IK5*A~AK9*A*1*1*1~" % (
            f_l4j(t), ctl, ctl, R.randint(1, 9999)))
    elif v == 4:
        L = Line("x12-834").t("%s INFO  [ack-poll-1] o.m.edi.ack.AckProcessor - TA1 received: TA1*%09d*%s*%s*A*000~" % (f_l4j(t), ctl, t.strftime("%y%m%d"), t.strftime("%H%M")))
    elif v == 5:
        L = Line("x12-834").t("%s INFO  [sftp-push-2] o.m.edi.transport.SftpPusher - Uploaded MHX_834_%s_%s.x12 (%d bytes, %d member loops) to sftp.%s.example-carrier.net:22 [%s]" % (
            f_l4j(t), iss, t.strftime("%Y%m%d%H%M%S"), R.randint(5000, 900000), R.randint(10, 900), CARRIERS[iss][1].lower(),
            R.choice(["52.14.88.203", "34.201.17.90", "20.119.44.8"])))
    else:
        L.t("SE*%d*%04d~GE*1*%d~IEA*1*%09d~" % (R.randint(20, 9000), R.randint(1, 9999), ctl, ctl))
    return [L]


def c_batch():
    t = tick()
    v = R.randint(0, 5)
    if v == 0:
        L = sb2(t, "INFO", "f1095-batch", "main", "o.s.b.c.l.support.SimpleJobLauncher")
        L.t("Job: [FlowJob: [name=form1095aJob]] launched with the following parameters: [{'taxYear':'{value=2024, type=class java.lang.Integer, identifying=true}','run.id':'{value=%d, type=class java.lang.Long, identifying=true}'}]" % R.randint(10, 60))
    elif v == 1:
        L = sb2(t, "INFO", "f1095-batch", "main", "o.s.batch.core.job.SimpleStepHandler")
        L.t("Executing step: [%s]" % R.choice(["extractPolicies", "computeMonthlyAmounts", "renderPdf", "transmitIrs", "mailVendorExport"]))
    elif v == 2:
        L = sb2(t, "INFO", "f1095-batch", "main", "o.s.batch.core.step.AbstractStep")
        L.t("Step: [%s] executed in %dm%ds%dms" % (R.choice(["extractPolicies", "computeMonthlyAmounts", "renderPdf"]), R.randint(0, 40), R.randint(0, 59), R.randint(0, 999)))
    elif v == 3:
        L = sb2(t, "INFO", "f1095-batch", "batch-task-%d" % R.randint(1, 8), "o.m.f1095.writer.Form1095AWriter")
        L.t("chunk committed: read=%d written=%d skipped=%d filtered=%d (cumulative written=%s)" % (
            500, R.randint(480, 500), R.randint(0, 6), R.randint(0, 12), "{:,}".format(R.randint(10000, 480000))))
    elif v == 4:
        L = sb2(t, "INFO", "f1095-batch", "main", "o.m.f1095.irs.IrsTransmitter")
        L.t("IRS AIR submission receiptId=1095A-%s-%s status=Accepted TCC=%s" % (
            t.strftime("%y"), digits(8), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5))))
    else:
        L = sb2(t, "WARN", "f1095-batch", "batch-task-%d" % R.randint(1, 8), "o.m.f1095.validate.AddressValidator")
        L.t("USPS address API returned 429 Too Many Requests; backing off %dms (attempt %d)" % (R.randint(200, 4000), R.randint(1, 5)))
    return [L]


def c_payments():
    h = R.choice(HOUSEHOLDS); t = tick()
    v = R.randint(0, 2)
    if v == 0:
        L = jline("logstash-json", O(("@timestamp", f_sb3(t)), ("@version", "1"), ("message", "Binder payment confirmed"),
                                     ("logger_name", "org.meridian.payments.binder.BinderService"), ("thread_name", exec_thr()),
                                     ("level", "INFO"), ("level_value", 20000), ("enrollmentGroupId", h.enr_group),
                                     ("issuer", h.issuer), ("amountDue", round(h.premium - h.aptc, 2)), ("method", R.choice(["CARD", "ACH"])),
                                     ("cardLast4", h.card[-4:]), ("processorTxnId", "ch_" + hexs(24)), ("traceId", hexs(32)),
                                     ("service", "payments-svc")))
    elif v == 1:
        L = sb3(t, "INFO", "payments-svc", "scheduling-2", "o.m.payments.binder.GracePeriodMonitor")
        L.t("Binder grace sweep: %d groups pending, %d cancelled for non-payment (effective %s), %d reinstated" % (
            R.randint(100, 900), R.randint(0, 60), "2025-02-01", R.randint(0, 10)))
    else:
        L = sb3(t, "INFO", "payments-svc", exec_thr(), "o.m.payments.ach.NachaFileBuilder")
        L.t("NACHA batch built: immediateOrigin=%s entries=%d totalDebit=%.2f effectiveEntryDate=%s traceRange=%s0000001-%s%07d" % (
            aba(), R.randint(50, 800), R.uniform(5000, 400000), t.strftime("%y%m%d"), h.routing[:8], h.routing[:8], R.randint(50, 800)))
    return [L]


def c_notices():
    t = tick()
    v = R.randint(0, 2)
    if v == 0:
        L = winston(t, "info", "notice batch complete", [("template", R.choice(["DMI_REMINDER_30", "FORM_1095A_AVAILABLE", "OE_RENEWAL"])),
                                                          ("queued", R.randint(100, 9000)), ("failed", R.randint(0, 30)),
                                                          ("replyTo", "noreply@meridianhealthexchange.org"), ("batchId", uid())])
    elif v == 1:
        L = winston(t, "warn", "SES throttling, slowing send rate", [("rate", R.randint(10, 50)), ("region", "us-east-1"),
                                                                      ("from", "notices@mail.meridianhealthexchange.org")])
    else:
        L = winston(t, "info", "template cache warmed", [("templates", R.randint(40, 90)), ("locales", ["en-US", "es-US", "vi-VN", "ko-KR", "zh-CN"]),
                                                         ("helpline", "1-855-555-0199"), ("tty", "1-855-555-0198")])
    return [L]


def c_pino():
    t = tick()
    svc = R.choice(["portal-bff", "docs-api", "broker-sync"])
    v = R.randint(0, 3)
    if v == 0:
        L = pino(t, svc, "info", [("reqId", req_id()), ("res", O(("statusCode", R.choice([200, 201, 304, 404])))),
                                   ("responseTime", round(R.uniform(1, 900), 3))], "request completed")
    elif v == 1:
        L = pino(t, svc, "info", [("reqId", req_id()), ("req", O(("method", R.choice(["GET", "POST"])), ("url", "/api/v1/" + R.choice(["plans/compare", "documents/types", "healthz", "config"])),
                                                                  ("remoteAddress", "::ffff:" + priv_ip()), ("remotePort", R.randint(30000, 60000))))], "incoming request")
    elif v == 2:
        L = pino(t, svc, "warn", [("redis", "mhx-sessions.k7q2zd.ng.0001.use1.cache.amazonaws.com:6379"), ("retryInMs", R.randint(100, 3000))], "redis reconnecting")
    else:
        L = pino(t, "docs-api", "info", [("docId", uid()), ("sha256", hexs(64)), ("bucket", "mhx-consumer-docs-prod"), ("av", "CLEAN"),
                                          ("scanner", "clamav 1.4.1")], "antivirus scan finished")
    return [L]


def c_idp():
    h = hh(); t = tick()
    L = sb2(t, "INFO", "idp-gateway", "idp-exec-%d" % R.randint(1, 6), "o.m.idp.client.PreciseIdClient")
    L.t("RIDP decision sessionId=%s decision=%s score=%04d kba=%s reasonCodes=%s ssn=***-**-%s latency=%dms" % (
        uid(), R.choice(["ACCEPT", "REFER", "REFER", "DECLINE"]), R.randint(300, 999), R.choice(["PASSED", "REQUIRED", "NOT_REQUIRED"]),
        R.choice(["[R19,P06]", "[B07]", "[]", "[A15,R11,P04]"]), "%04d" % R.randint(0, 9999), R.randint(400, 4000)))
    return [L]


def c_auth():
    t = tick()
    L = Line("logfmt").t("ts=%s level=info svc=auth-gw event=%s client_id=%s sub=%s ip=%s scope=\"%s\" latency_ms=%d" % (
        f_iso(t), R.choice(["token.refresh", "token.issued", "jwks.rotated"]), R.choice(["broker-portal", "consumer-web", "mobile-app", "csr-console"]),
        uid(), priv_ip(), R.choice(["openid profile", "enroll:write", "broker:read"]), R.randint(2, 300)))
    return [L]


def c_staff():
    t = tick(); s = R.choice(STAFF)
    L = sb3(t, "INFO", "elig-api", exec_thr(), "o.m.elig.dmi.DmiResolutionService")
    L.t("DMI %s resolved by caseworker %s <%s@meridianhealthexchange.org> outcome=%s docsReviewed=%d queue=%s" % (
        uid(), s[0], s[1], R.choice(["VERIFIED", "EXPIRED_ADJUSTED", "VERIFIED"]), R.randint(1, 4), R.choice(["INCOME_T1", "CITIZENSHIP", "SSN"])))
    return [L]


def c_sep_cfg():
    t = tick()
    L = sb3(t, "INFO", "sep-svc", "main", "o.m.sep.config.EnrollmentWindowConfig")
    L.t("Enrollment windows: OE_PY2025=[2024-11-01..2025-01-15] SEP_LOOKBACK_DAYS=60 SEP_LOOKAHEAD_DAYS=60 LOW_INCOME_SEP=%s verificationDeadlineDays=30" % R.choice(["ENABLED", "ENABLED_150FPL"]))
    return [L]


def c_ctr_chat():
    t = tick(); s = R.choice(STAFF)
    L = jline("connect-ctr", O(("AWSAccountId", "480129337615"), ("AWSContactTraceRecordFormatVersion", "2017-03-10"),
                               ("Agent", O(("Username", s[1]), ("AgentInteractionDuration", R.randint(60, 900)))),
                               ("Channel", "CHAT"), ("ContactId", uid()), ("CustomerEndpoint", None),
                               ("InitiationMethod", "API"), ("InitiationTimestamp", f_iso(t)[:-5] + "Z"),
                               ("Queue", O(("Name", "Broker_Chat"), ("Duration", R.randint(2, 300)))),
                               ("SystemEndpoint", O(("Address", "+18555550199"), ("Type", "TELEPHONE_NUMBER")))))
    return [L]


def c_appeals():
    t = tick()
    L = sb3(t, "INFO", "appeals-svc", "scheduling-1", "o.m.appeals.service.AppealsQueueMonitor")
    L.t("Appeals intake depth=%d overdueAcks=%d hearingsThisWeek=%d officersOnDuty=[%s] faxLine=1-833-555-0102" % (
        R.randint(0, 80), R.randint(0, 5), R.randint(0, 40), ", ".join(R.sample(OFFICERS, 2))))
    return [L]


def c_stack():
    t = tick()
    L = sb3(t, "ERROR", "verif-svc" if False else "elig-api", exec_thr(), "o.m.elig.hub.IrsIncomeClient")
    L.t("IFSR call failed after 3 attempts: I/O error on POST request for \"https://hub-impl.example-dsh.gov/IFSR/v2\": Read timed out")
    out = [L, Line("spring-boot").t("org.springframework.web.client.ResourceAccessException: I/O error on POST request for \"https://hub-impl.example-dsh.gov/IFSR/v2\": Read timed out")]
    for fr in ["org.springframework.web.client.RestTemplate.createResourceAccessException(RestTemplate.java:%d)",
               "org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:%d)",
               "org.meridian.elig.hub.IrsIncomeClient.fetch(IrsIncomeClient.java:%d)"]:
        out.append(Line("spring-boot").t("\tat " + fr % R.randint(60, 900)))
    out.append(Line("spring-boot").t("Caused by: java.net.SocketTimeoutException: Read timed out"))
    out.append(Line("spring-boot").t("\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:%d)" % R.randint(200, 300)))
    return out


CLEAN_TEMPLATES = [
    (c_spring_boot, 14), (c_aptc, 6), (c_elig_determ, 5), (c_kafka_client, 14), (c_kafka_lag, 3), (c_pg, 12), (c_pg_deadlock, 1),
    (c_nginx, 14), (c_nginx_err, 5), (c_lambda, 5), (c_lambda_json, 4), (c_sf, 12), (c_sf_commission, 4), (c_edi, 12),
    (c_batch, 7), (c_payments, 5), (c_notices, 4), (c_pino, 8), (c_idp, 4), (c_auth, 5), (c_staff, 3), (c_sep_cfg, 1),
    (c_ctr_chat, 2), (c_appeals, 2), (c_stack, 1),
]


def wchoice(tpls):
    tot = sum(w for _, w in tpls)
    x = R.uniform(0, tot)
    for f, w in tpls:
        x -= w
        if x <= 0:
            return f
    return tpls[-1][0]


def main():
    lines = []
    phi = 0
    while len(lines) < N_LINES:
        left = N_LINES - len(lines)
        need = PHI_TARGET * N_LINES - phi
        p_phi = max(0.0, min(1.0, need / left))
        pool = PHI_TEMPLATES if R.random() < p_phi else CLEAN_TEMPLATES
        grp = wchoice(pool)()
        if len(grp) > left:
            continue
        if pool is PHI_TEMPLATES:
            assert any(L.has_phi() for L in grp)
        else:
            assert not any(L.has_phi() for L in grp)
        for L in grp:
            lines.append(L)
            phi += 1 if L.has_phi() else 0
    assert len(lines) == N_LINES
    log = bytearray()
    labels = []
    for i, L in enumerate(lines, 1):
        b, spans = L.build()
        assert len(b) <= 4000, (i, len(b))
        log += b + b"\n"
        labels.append(json.dumps({"line": i, "family": L.fam,
                                  "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]}, ensure_ascii=False))
    with open(os.path.join(HERE, "cf.log"), "wb") as f:
        f.write(bytes(log))
    with open(os.path.join(HERE, "cf.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")
    # re-read and verify offsets against the written file
    raw = open(os.path.join(HERE, "cf.log"), "rb").read().split(b"\n")
    assert raw[-1] == b"" and len(raw) == N_LINES + 1
    for L, lab, rl in zip(lines, labels, raw):
        _, spans = L.build()
        for sp in spans:
            assert rl[sp["s"]:sp["e"]] == sp["_v"]
        raw_line = rl.decode("utf-8")
        assert raw_line is not None


if __name__ == "__main__":
    main()
