#!/usr/bin/env python3
"""Deterministic generator for held-out PHI corpus 'cy'.

Theme: audiology / hearing aid company (fitting software + Noah-like sync, BLE
companion apps, remote fitting, cochlear implant clinic, OTC e-commerce and
returns, newborn hearing screening to state EHDI registry, repair depot).
Standard library only.  Writes cy.log and cy.labels.jsonl next to itself.
"""
import base64
import datetime as dt
import json
import os
import struct
import random
import unicodedata
import uuid
from xml.sax.saxutils import escape as xesc

random.seed(18031913)
ri = random.randint
ch = random.choice
rr = random.random

ID = "cy"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_NOPHI = 0.55


# --------------------------------------------------------------------------
# line builder with byte-offset span recording
# --------------------------------------------------------------------------
class B:
    def __init__(self):
        self.b = bytearray()
        self.s = []

    def t(self, *xs):
        for x in xs:
            self.b += str(x).encode("utf-8")
        return self

    def p(self, x, cat):
        x = str(x)
        e = x.encode("utf-8")
        st = len(self.b)
        self.b += e
        self.s.append((st, len(self.b), cat, e))
        return self

    def v(self, x, cat=None):
        return self.p(x, cat) if cat else self.t(x)

    def parts(self, *ps):
        """ps: str or (value, cat) tuples."""
        for x in ps:
            if isinstance(x, tuple):
                self.v(x[0], x[1])
            else:
                self.t(x)
        return self


class O(list):
    """JSON object: list of (key, value[, cat])"""


class A(list):
    """JSON array"""


def jw(b, v, cat=None, sep=(",", ":"), asc=False):
    if isinstance(v, O):
        b.t("{")
        first = True
        for it in v:
            if it is None:
                continue
            k, val = it[0], it[1]
            c = it[2] if len(it) > 2 else None
            if not first:
                b.t(sep[0])
            first = False
            b.t(json.dumps(k) + sep[1])
            jw(b, val, c, sep, asc)
        b.t("}")
    elif isinstance(v, A):
        b.t("[")
        for i, x in enumerate(v):
            if i:
                b.t(sep[0])
            if isinstance(x, tuple):
                jw(b, x[0], x[1], sep, asc)
            else:
                jw(b, x, None, sep, asc)
        b.t("]")
    elif isinstance(v, str):
        enc = json.dumps(v, ensure_ascii=asc)[1:-1]
        b.t('"')
        b.v(enc, cat)
        b.t('"')
    elif v is None or isinstance(v, bool):
        b.t(json.dumps(v))
    else:
        b.v(json.dumps(v), cat)


def xel(b, tag, val, cat=None):
    b.t("<%s>" % tag)
    b.v(xesc(str(val)), cat)
    b.t("</%s>" % tag)


def seg(b, sep, name, fields):
    """HL7 / X12 segment writer. field: None | str | (val,cat) | list of pieces"""
    b.t(name)
    for f in fields:
        b.t(sep)
        if f is None:
            continue
        if isinstance(f, str):
            b.t(f)
        elif isinstance(f, tuple):
            b.v(f[0], f[1])
        else:
            b.parts(*f)


# --------------------------------------------------------------------------
# check digits and identifier formats
# --------------------------------------------------------------------------
def luhn_digit(payload):
    tot = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def digits(n):
    return "".join(str(ri(0, 9)) for _ in range(n))


def card_pan():
    pre = ch(["4", "4", "51", "55", "37"])
    ln = 15 if pre == "37" else 16
    body = pre + digits(ln - 1 - len(pre))
    return body + luhn_digit(body)


def imei():
    tac = ch(["35291511", "35875110", "35332510", "86769204", "35467811"])
    body = tac + digits(6)
    return body + luhn_digit(body)


def npi():
    base = str(ri(1, 2)) + digits(8)
    return base + luhn_digit("80840" + base)


def aba():
    d = [ri(0, 9) for _ in range(8)]
    d[0] = ch([0, 1, 2, 3])
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    d.append((-s) % 10)
    return "".join(map(str, d))


VT = {str(i): i for i in range(10)}
VT.update(dict(A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4, N=5,
               P=7, R=9, S=2, T=3, U=4, V=5, W=6, X=7, Y=8, Z=9))
VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = ch(["1HG", "1FT", "2T1", "JTD", "5YJ", "1G1", "KMH", "3VW", "4T1"])
    vds = "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5))
    v = wmi + vds + "0" + ch("GHJKLMNP") + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6)
    s = sum(VT[c] * w for c, w in zip(v, VW))
    cd = "X" if s % 11 == 10 else str(s % 11)
    return v[:8] + cd + v[9:]


MBL = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBL + "0123456789"
    return "%d%s%s%d%s%s%d%s%s%d%d" % (ri(1, 9), ch(MBL), ch(an), ri(0, 9), ch(MBL), ch(an),
                                       ri(0, 9), ch(MBL), ch(MBL), ri(0, 9), ri(0, 9))


def gtin(base13):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(base13)))
    return base13 + str((10 - s % 10) % 10)


def ups():
    s = "".join(ch("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6))
    s += ch(["01", "02", "03", "12", "13"]) + digits(7)
    tot = 0
    for i, c in enumerate(s):
        n = int(c) if c.isdigit() else (ord(c) - 63) % 10
        if i % 2 == 1:
            n *= 2
        tot += n
    return "1Z" + s + str((10 - tot % 10) % 10)


def iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return "%s%02d%s" % (cc, 98 - int(num) % 97, bban)


def hexid(n):
    return "%0*x" % (n, random.getrandbits(4 * n))


def uid():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


def pub_ip():
    a = ch([24, 67, 68, 71, 73, 75, 76, 96, 97, 98, 99, 104, 107, 108, 174, 184, 47, 70])
    return "%d.%d.%d.%d" % (a, ri(1, 254), ri(0, 255), ri(1, 254))


def pub_ip6():
    return "2600:%x:%x:%x::%x" % (ri(0x1000, 0x1fff), ri(0x100, 0xfff), ri(0x1000, 0xffff), ri(1, 0xff))


def priv_ip():
    return ch(["10.%d.%d.%d" % (ri(0, 60), ri(0, 255), ri(2, 250)),
               "192.168.%d.%d" % (ri(0, 20), ri(2, 250)),
               "172.%d.%d.%d" % (ri(16, 31), ri(0, 255), ri(2, 250))])


def mac(oui=None):
    o = oui or ch(["70:B3:D5", "D4:6A:91", "00:1B:E9", "5C:F3:70", "E8:EB:1B"])
    return o + ":" + ":".join("%02X" % ri(0, 255) for _ in range(3))


def fold(s):
    m = {"Ł": "L", "ł": "l", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D", "ß": "ss"}
    s = "".join(m.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def rbytes(n):
    return bytes(random.getrandbits(8) for _ in range(n))


def jpeg_b64(n):
    raw = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
           b"\xff\xdb\x00C\x00" + rbytes(n) + b"\xff\xd9")
    return base64.b64encode(raw).decode()


def png_b64(n):
    raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00`\x00\x00\x00`\x08\x02\x00\x00\x00" + rbytes(n)
    return base64.b64encode(raw).decode()


def voiceprint_b64(dim):
    return base64.b64encode(struct.pack("<%df" % dim, *[random.gauss(0, 0.3) for _ in range(dim)])).decode()


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Clock:
    now = dt.datetime(2024, 5, 13, 7, 48, 3, 117000)


def tick():
    Clock.now += dt.timedelta(milliseconds=ri(120, 52000))
    return Clock.now


def ts_l4n():
    n = tick()
    return n.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (n.microsecond // 1000)


def ts_dot():
    n = tick()
    return n.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (n.microsecond // 1000)


def ts_logcat():
    n = tick()
    return n.strftime("%m-%d %H:%M:%S") + ".%03d" % (n.microsecond // 1000)


def ts_oslog():
    n = tick()
    return n.strftime("%Y-%m-%d %H:%M:%S") + ".%06d-0500" % (n.microsecond + ri(0, 999))


def ts_z():
    n = tick() + dt.timedelta(hours=5)
    return n.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (n.microsecond // 1000)


def ts_epoch():
    n = tick() + dt.timedelta(hours=5)
    return (n - dt.datetime(1970, 1, 1)).total_seconds()


def ts_nginx():
    n = tick()
    return "%02d/%s/%d:%s -0500" % (n.day, MON[n.month - 1], n.year, n.strftime("%H:%M:%S"))


def ts_syslog():
    n = tick()
    return "%s %2d %s" % (MON[n.month - 1], n.day, n.strftime("%H:%M:%S"))


def ts_hl7():
    return tick().strftime("%Y%m%d%H%M%S")


TODAY = dt.date(2024, 5, 13)


def age_of(d):
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


def rdate(a, b):
    return a + dt.timedelta(days=ri(0, (b - a).days))


# --------------------------------------------------------------------------
# synthetic people
# --------------------------------------------------------------------------
FF = ["Dorothy", "Mildred", "Eleanor", "Siobhán", "Fatima", "Priya", "Mei-Ling", "Zoë", "Giulia",
      "Ana Lucía", "Thị Lan", "Aiyana", "Leilani", "Renée", "Noa", "Chiamaka", "Yuki", "Agnieszka",
      "Esperanza", "Olga", "Beatriz", "Hadiza", "Marisol", "Svetlana", "Imelda", "Wilhelmina",
      "Rosalind", "Nkechi", "Farida", "Lucille"]
FM = ["Łukasz", "Adebayo", "Haruto", "José", "Dmitri", "Kwame", "Tomás", "Yusuf", "Harold", "Walter",
      "Bernard", "Chidi", "François", "Rajesh", "Mateo", "Hamid", "Giorgos", "Kenji", "Bao", "Emeka",
      "Alistair", "Joaquín", "Viktor", "Desmond", "Ignacio", "Anselm", "Mordecai", "Ravi", "Cyril", "Teodor"]
LAST = ["Kowalski", "Okafor", "Nguyễn", "Sato", "Al-Rashid", "O'Brien", "Petrov", "Raghunathan", "Adeyemi",
        "Chen", "Haddad", "Mensah", "Rossi", "García Márquez", "Yamamoto", "Kaleikini", "Begay", "Novák",
        "Papadopoulos", "Delgado", "Whitaker", "Abernathy", "Fitzgerald", "Oyelaran", "Takahashi", "Ibrahim",
        "Szabó", "Ivanova", "Kapoor", "Mbeki", "Castellanos", "Dubois", "Horvath", "Tshabalala", "McAllister",
        "Vu", "Bianchi", "Ruiz-Tagle", "Kuznetsov", "Nakamura", "Achterberg", "Quispe", "Halvorsen", "Eze",
        "Lefebvre", "Amankwah", "Pereira", "Silversmith", "Zielinski", "Yilmaz", "Kovačević", "Hakimi",
        "Dlamini", "Sandoval", "Nwachukwu", "Ferreira", "Lindgren", "Aziz", "Bautista", "Kim-Park"]
CHILD_F = ["Amara", "Sofía", "Aaliyah", "Mia", "Zainab", "Chloé", "Ayasha", "Maëlle"]
CHILD_M = ["Liam", "Mateo", "Ikenna", "Noah", "Santiago", "Kai", "Ezra", "Olusegun"]
CITIES = [("Dayton", "Montgomery", "OH", "454", "937"), ("Tucson", "Pima", "AZ", "857", "520"),
          ("Minneapolis", "Hennepin", "MN", "554", "612"), ("Eugene", "Lane", "OR", "974", "541"),
          ("Albany", "Albany", "NY", "122", "518"), ("Raleigh", "Wake", "NC", "276", "919"),
          ("Boise", "Ada", "ID", "837", "208"), ("Fresno", "Fresno", "CA", "937", "559"),
          ("Scranton", "Lackawanna", "PA", "185", "570"), ("Lubbock", "Lubbock", "TX", "794", "806"),
          ("Madison", "Dane", "WI", "537", "608"), ("Burlington", "Chittenden", "VT", "054", "802"),
          ("Santa Fe", "Santa Fe", "NM", "875", "505"), ("Duluth", "St. Louis", "MN", "558", "218"),
          ("Hilo", "Hawaii", "HI", "967", "808"), ("St. Cloud", "Stearns", "MN", "563", "320")]
STREETS = ["Birch Hollow Rd", "N Oracle Rd", "Maple Ave", "Lakeview Dr", "Old Mill Rd", "E 38th St",
           "Cherokee Trl", "Willow Bend Ct", "Kalanianaole Ave", "Prospect St", "Aspen Ridge Ln",
           "Garfield Ave S", "Pinecrest Dr", "Kamehameha Ave", "Harmony Way", "Cedar Crest Cir",
           "Tamarack Ln", "Camino del Monte", "W Washington Ave", "Quarry Hill Rd", "Route 9W"]
MODELS = ["Vireo 2 RIC 312", "Vireo 2 miniRIC R", "Vireo 2 BTE 13", "Alto 3 CIC", "Lumo OTC Pro", "Lumo OTC Go"]
FWS = ["4.11.0", "4.12.3", "4.12.5", "5.0.1"]
ANDROID = ["Pixel 7", "Pixel 8 Pro", "SM-S911U", "SM-A546U", "moto g stylus 5G", "OnePlus CPH2449"]
IOS = ["iPhone14,5", "iPhone15,3", "iPhone13,2", "iPhone16,1", "iPhone12,8"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "proton.me", "aol.com",
           "example.net", "hotmail.com", "sbcglobal.net"]

LASTQ = LAST[:]
random.shuffle(LASTQ)


def dl_for(st):
    if st == "OH":
        return ch("ABCDEFGHJKLMNPRST") + ch("ABCDEFGHJKLMNPRST") + digits(6)
    if st == "MN":
        return ch("ABCDEFGHJKLMNPRSTW") + digits(12)
    if st in ("AZ", "ID"):
        return ch("ABDS") + digits(8)
    if st == "CA":
        return ch("ABCDEFGNSY") + digits(7)
    if st == "NY":
        return digits(9)
    if st == "TX":
        return digits(8)
    if st == "WI":
        return ch("ABCDEFGHJKLMNPRSTW") + digits(13)
    return ch("ABCDEFGHJK") + digits(8)


def plate_for(st):
    if st == "OH":
        return "%s%s%s %04d" % (ch("ABCDEFGHJK"), ch("ABCDEFGHJKLMNPR"), ch("ABCDEFGHJKLMNPR"), ri(0, 9999))
    if st == "CA":
        return "%d%s%s%s%03d" % (ri(5, 9), ch("ABCDEFGHJK"), ch("ABCDEFGHJKLMN"), ch("ABCDEFGHJKLMN"), ri(0, 999))
    if st == "MN":
        return "%s%s%s%03d" % (ch("ABCDEFGHJK"), ch("ABCDEFGHJKLMN"), ch("ABCDEFGHJKLMN"), ri(0, 999))
    return "%s%s%s-%04d" % (ch("ABCDEFGHJK"), ch("ABCDEFGHJKLMN"), ch("ABCDEFGHJKLMN"), ri(0, 9999))


def phone_fmt(p, style=None, key="ph"):
    a, e, n = p[key]
    style = style if style is not None else ri(0, 4)
    return ["(%s) %s-%s" % (a, e, n), "%s-%s-%s" % (a, e, n), "+1%s%s%s" % (a, e, n),
            "%s.%s.%s" % (a, e, n), "%s%s%s" % (a, e, n)][style]


def mk_email(first, last, yy):
    f, l = fold(first).lower().replace(" ", "").replace("'", ""), fold(last).lower().replace(" ", "").replace("'", "")
    return ch(["%s.%s" % (f, l), "%s%s%s" % (f[0], l, yy), "%s_%s" % (l, f), "%s%s" % (f, l[:3]),
               "%s.%s%s" % (f, l, ri(1, 99))]) + "@" + ch(MAILDOM)


def mk_user(first, last, yy):
    f, l = fold(first).lower().replace(" ", "").replace("'", ""), fold(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    return ch(["%s%s%s" % (f[0], l, yy), "%s.%s" % (f, l[0]), "%s_%s%d" % (f, l[:4], ri(1, 99)), "%s%s" % (l, ri(10, 999))])


def mk_us():
    sex = ch("FM")
    first = ch(FF if sex == "F" else FM)
    last = LASTQ.pop()
    r = rr()
    if r < 0.25:
        y = ri(1926, 1933)
    elif r < 0.78:
        y = ri(1935, 1959)
    else:
        y = ri(1962, 1998)
    dob = dt.date(y, ri(1, 12), ri(1, 28))
    city, county, st, z3, ac = ch(CITIES)
    yy = "%02d" % (y % 100)
    p = dict(kind="us", first=first, last=last, sex=sex, dob=dob, age=age_of(dob),
             addr1="%d %s%s" % (ri(12, 9899), ch(STREETS), ch(["", "", "", " Apt 3B", " Unit 12", " #204", " Apt 1"])),
             city=city, county=county, st=st, zip=z3 + "%02d" % ri(0, 99), zip4="%04d" % ri(0, 9999),
             ph=(ac, "555", "01%02d" % ri(0, 99)), mob=(ac, "555", "01%02d" % ri(0, 99)),
             fax=(ac, "555", "01%02d" % ri(0, 99)),
             email=mk_email(first, last, yy),
             ssn="%03d-%02d-%04d" % (ri(101, 665), ri(1, 99), ri(1, 9999)),
             mrn="EW%07d" % ri(10000, 999999), noah=ri(1000, 48000),
             user=mk_user(first, last, yy), ip=pub_ip() if rr() < 0.85 else pub_ip6(),
             dl=dl_for(st), plate=plate_for(st), vin=vin(),
             card=card_pan(), bank=digits(ri(9, 12)), billacct="70%08d" % ri(0, 99999999),
             model=ch(MODELS), fw=ch(FWS))
    p["member"] = ch(["XGH%09d" % ri(0, 10 ** 9 - 1), "W%09d" % ri(0, 10 ** 9 - 1),
                      "H%08d01" % ri(0, 10 ** 8 - 1), "ZCB%s" % digits(9)])
    if p["age"] >= 65:
        p["mbi"] = mbi()
    if rr() < 0.35:
        p["medicaid"] = st + digits(10)
    yw = "%02d%02d" % (ri(21, 24), ri(1, 52))
    p["sn_l"] = yw + ch("ABCDEFGH") + "%04d" % ri(0, 9999)
    p["sn_r"] = yw + ch("ABCDEFGH") + "%04d" % ri(0, 9999)
    p["mac_l"] = mac()
    p["mac_r"] = p["mac_l"][:-2] + "%02X" % ((int(p["mac_l"][-2:], 16) + 1) % 256)
    if rr() < 0.55:
        p["os"] = "android"
        p["phone_model"] = ch(ANDROID)
        p["imei"] = imei()
    else:
        p["os"] = "ios"
        p["phone_model"] = ch(IOS)
    p["phone_mac"] = mac(ch(["F4:F5:E8", "3C:06:30", "A4:83:E7", "DC:A6:32"]))
    # emergency contact / relative
    rs = ch(["F", "M"])
    p["rel_first"] = ch(FF if rs == "F" else FM)
    p["rel_last"] = last if rr() < 0.6 else LASTQ.pop()
    p["rel_type"] = ch([("SPO", "Spouse"), ("CHD", "Child"), ("DAU", "Daughter"), ("SON", "Son")])
    p["rel_ph"] = (ac, "555", "01%02d" % ri(0, 99))
    p["appt"] = rdate(dt.date(2024, 5, 14), dt.date(2024, 6, 28))
    p["last_test"] = rdate(dt.date(2023, 11, 1), dt.date(2024, 5, 10))
    return p


EU_DK = [("Søren", "Jørgensen", "M"), ("Kirsten", "Thøgersen", "F"), ("Bent", "Brøndum", "M")]
EU_SE = [("Åsa", "Sjöberg", "F"), ("Eero", "Virtanen", "M")]
EU_ADDR_DK = [("Nørrebrogade %d, 2. tv", "København N", "2200"), ("Jægergårdsgade %d", "Aarhus C", "8000"),
              ("Vestergade %d, 1. th", "Odense C", "5000")]
EU_ADDR_SE = [("Storgatan %d", "Malmö", "211 45"), ("Södra Förstadsgatan %d", "Malmö", "214 20"),
              ("Drottninggatan %d", "Uppsala", "753 10")]


def mk_eu(first, last, sex, cc):
    y = ri(1928, 1955)
    dob = dt.date(y, ri(1, 12), ri(1, 28))
    if cc == "DK":
        s, city, z = ch(EU_ADDR_DK)
        natid = dob.strftime("%d%m%y") + "-" + digits(4)
        ph = "+45 %02d %02d %02d %02d" % (ri(20, 99), ri(10, 99), ri(10, 99), ri(10, 99))
        acct = iban("DK", digits(14))
    else:
        s, city, z = ch(EU_ADDR_SE)
        base = dob.strftime("%y%m%d") + digits(3)
        natid = base[:6] + "-" + base[6:] + luhn_digit(base)
        ph = "+46 70 %03d %02d %02d" % (ri(100, 999), ri(10, 99), ri(10, 99))
        acct = iban("SE", digits(20))
    yy = "%02d" % (y % 100)
    p = dict(kind="eu", cc=cc, first=first, last=last, sex=sex, dob=dob, age=age_of(dob),
             addr1=s % ri(2, 140), city=city, zip=z, natid=natid, intl_ph=ph, iban=acct,
             email=mk_email(first, last, yy), noah=ri(1000, 48000), user=mk_user(first, last, yy),
             ip="%d.%d.%d.%d" % (ch([2, 5, 31, 37, 80, 87, 90, 94, 185]), ri(1, 254), ri(0, 255), ri(1, 254)),
             model=ch(MODELS[:4]), fw=ch(FWS))
    yw = "%02d%02d" % (ri(21, 24), ri(1, 52))
    p["sn_l"] = yw + ch("ABCDEFGH") + "%04d" % ri(0, 9999)
    p["sn_r"] = yw + ch("ABCDEFGH") + "%04d" % ri(0, 9999)
    p["mac_l"] = mac()
    p["mac_r"] = p["mac_l"][:-2] + "%02X" % ((int(p["mac_l"][-2:], 16) + 1) % 256)
    p["os"] = ch(["android", "ios"])
    p["phone_model"] = ch(ANDROID) if p["os"] == "android" else ch(IOS)
    if p["os"] == "android":
        p["imei"] = imei()
    p["last_test"] = rdate(dt.date(2023, 11, 1), dt.date(2024, 5, 10))
    p["appt"] = rdate(dt.date(2024, 5, 14), dt.date(2024, 6, 28))
    return p


US = [mk_us() for _ in range(30)]
# guarantee a handful of 90+ patients
for i in (0, 7, 13, 21):
    US[i]["dob"] = dt.date(ri(1927, 1933), ri(1, 12), ri(1, 28))
    US[i]["age"] = age_of(US[i]["dob"])
    US[i]["mbi"] = mbi()
EU = [mk_eu(f, l, s, "DK") for f, l, s in EU_DK] + [mk_eu(f, l, s, "SE") for f, l, s in EU_SE]
ADULTS = US + EU

# cochlear implant clinic recipients (subset of US adults + children)
CI_HOSP = "MERCYHOSP"
for p in random.sample(US, 7):
    p["ci"] = True
for p in US:
    if p.get("ci"):
        p["hmrn"] = "%08d" % ri(100000, 9999999)
        p["impl_sn"] = "%07d" % ri(1000000, 9999999)
        p["proc_sn"] = "%d%s%06d" % (ri(1, 4), ch("ABC"), ri(0, 999999))
        p["surg"] = rdate(dt.date(2022, 6, 1), dt.date(2024, 4, 1))
        p["activ"] = p["surg"] + dt.timedelta(days=ri(14, 35))
        p["kit"] = "GX-%s-%s" % (digits(4), digits(5))


def mk_child():
    sex = ch("FM")
    last = LASTQ.pop()
    first = ch(CHILD_F if sex == "F" else CHILD_M)
    dob = rdate(dt.date(2019, 1, 1), dt.date(2023, 3, 1))
    city, county, st, z3, ac = ch(CITIES)
    g_sex = ch("FM")
    return dict(kind="child", first=first, last=last, sex=sex, dob=dob, age=age_of(dob),
                addr1="%d %s" % (ri(12, 9899), ch(STREETS)), city=city, st=st, zip=z3 + "%02d" % ri(0, 99),
                ph=(ac, "555", "01%02d" % ri(0, 99)), g_first=ch(FF if g_sex == "F" else FM), g_last=last,
                hmrn="%08d" % ri(100000, 9999999), impl_sn="%07d" % ri(1000000, 9999999),
                proc_sn="%d%s%06d" % (ri(1, 4), ch("ABC"), ri(0, 999999)),
                surg=rdate(dt.date(2021, 1, 1), dt.date(2024, 3, 1)), kit="GX-%s-%s" % (digits(4), digits(5)),
                member=ch(["XGH%09d" % ri(0, 10 ** 9 - 1), "W%09d" % ri(0, 10 ** 9 - 1)]),
                medicaid=st + digits(10), ssn="%03d-%02d-%04d" % (ri(101, 665), ri(1, 99), ri(1, 9999)))


KIDS = [mk_child() for _ in range(3)]
for k in KIDS:
    k["activ"] = k["surg"] + dt.timedelta(days=ri(14, 35))
CI = [p for p in US if p.get("ci")] + KIDS


def mk_newborn():
    sex = ch("FM")
    mlast = LASTQ.pop()
    clast = mlast if rr() < 0.7 else LASTQ.pop()
    cfirst = ch(["", ""] + (CHILD_F if sex == "F" else CHILD_M))
    birth = rdate(dt.date(2024, 4, 24), dt.date(2024, 5, 11))
    city, county, st, z3, ac = ch(CITIES[2:3] + CITIES[13:14] + CITIES[15:16])  # MN births
    return dict(kind="nb", first=cfirst, last=clast, sex=sex, birth=birth, btime="%02d%02d" % (ri(0, 23), ri(0, 59)),
                screen=birth + dt.timedelta(days=ri(1, 2)), nbmrn="NB%07d" % ri(0, 9999999),
                state_id="MN%s" % digits(9), m_first=ch(FF), m_last=mlast,
                m_dob=dt.date(ri(1984, 2004), ri(1, 12), ri(1, 28)), ph=(ac, "555", "01%02d" % ri(0, 99)),
                addr1="%d %s" % (ri(12, 9899), ch(STREETS)), city=city, zip=z3 + "%02d" % ri(0, 99),
                left=ch(["PASS", "PASS", "PASS", "REFER"]), right=ch(["PASS", "PASS", "REFER"]),
                method=ch(["AABR", "OAE"]), nicu=ch(["N", "N", "N", "Y"]),
                grams=ri(2100, 4300))


NEWBORNS = [mk_newborn() for _ in range(12)]

# staff (never labeled)
STAFF = [("Claire", "Moreau", "AuD", "cmoreau"), ("Marcus", "Whitfield", "AuD", "mwhitfield"),
         ("Anjali", "Deshpande", "AuD", "adeshpande"), ("Samuel", "Osei", "AuD", "sosei"),
         ("Elena", "Vasquez", "MD", "evasquez")]
for i, s in enumerate(STAFF):
    STAFF[i] = s + (npi(), "AUD.%07d" % ri(1000, 99999))
TECHS = ["jmorales", "twrobel", "kpatel", "lnguyen-ops", "bench4"]
AGENTS = ["Grace Oduya", "Kim Tran", "Devon Ashby", "Rohan Mehta"]

RECENT = []


def pick(pool, req=()):
    cands = [p for p in RECENT if p in pool and all(k in p for k in req)]
    if cands and rr() < 0.55:
        p = ch(cands)
    else:
        p = ch([p for p in pool if all(k in p for k in req)])
    if p in RECENT:
        RECENT.remove(p)
    RECENT.append(p)
    del RECENT[:-6]
    return p


def dfmt(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"), "hl7": d.strftime("%Y%m%d"),
            "eu": d.strftime("%d.%m.%Y"), "dk": d.strftime("%d-%m-%Y"),
            "long": "%s %d, %d" % (MON[d.month - 1], d.day, d.year)}[style]


def age_cat(a):
    return "age" if a > 89 else None


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
# 1. Noah-like fitting software / sync client (log4net)
NOAH_LG = {"sync": "Himsa.Noah.Sync.SyncEngine", "up": "Himsa.Noah.Sync.Uploader",
           "repo": "Himsa.Noah.Database.PatientRepository", "mod": "EarWise.NoahBridge.ModuleHost",
           "imp": "EarWise.NoahBridge.PatientImport"}


def noah_pre(b, lvl, lg):
    b.t("%s [%d] %-5s %s - " % (ts_l4n(), ri(4, 38), lvl, NOAH_LG[lg]))


def f_noah(phi):
    b = B()
    if not phi:
        k = ri(0, 10)
        if k == 0:
            noah_pre(b, "INFO", "sync")
            b.t("Sync cycle %d started: pendingPatients=%d pendingActions=%d endpoint=https://noahsync.earwise.cloud:8443/api/v3"
                % (ri(18000, 19999), ri(0, 60), ri(0, 300)))
        elif k == 1:
            a, f, j = ri(0, 9), ri(0, 9), ri(0, 4)
            noah_pre(b, "INFO", "up")
            b.t("Uploaded %d actions (Audiogram=%d, Fitting=%d, Journal=%d) in %d ms" % (a + f + j, a, f, j, ri(80, 2400)))
        elif k == 2:
            noah_pre(b, "INFO", "mod")
            b.t('Module loaded: ModuleId=%d Name="%s" Version=%s Manufacturer=EarWise A/S'
                % (ch([2011, 2011, 1120, 3304]), ch(["EarWise Fit", "EarWise Fit CI Bridge", "REM Link"]),
                   "2024.%d.%d.%d" % (ri(1, 3), ri(0, 9), ri(1000, 9999))))
        elif k == 3:
            noah_pre(b, "WARN", "up")
            b.t("HTTP 503 ServiceUnavailable from noahsync.earwise.cloud, retry %d/5 in %ds (x-request-id: %s)"
                % (ri(1, 4), ch([2, 4, 8, 16]), uid()))
        elif k == 4:
            noah_pre(b, "DEBUG", "repo")
            b.t("Patient {%s} unchanged, skipped (RowVersion=0x%016X)" % (uid().upper(), ri(0x10000, 0xFFFFFFF)))
        elif k == 5:
            noah_pre(b, "INFO", "mod")
            b.t("Noahlink Wireless 2 attached: SN NLW2-%d-%05d FW 1.6.0.%d (USB\\VID_0A12&PID_4010\\%s)"
                % (ri(2201, 2312), ri(0, 99999), ri(1, 9), hexid(8).upper()))
        elif k == 6:
            s = ch(STAFF)
            noah_pre(b, "INFO", "sync")
            b.t("Session opened by CLINIC\\%s on FIT-ROOM-%02d (%s), role=Audiologist" % (s[3], ri(1, 6), "192.168.10.%d" % ri(20, 90)))
        elif k == 7:
            noah_pre(b, "DEBUG", "repo")
            b.t("SELECT ... FROM dbo.Patient WHERE LastModified > '2024-05-12T22:00:00' returned %d rows in %d ms" % (ri(0, 40), ri(3, 300)))
        elif k == 8:
            noah_pre(b, "INFO", "sync")
            b.t("License OK: Noah 4 ES, site %d, seats %d/5, maintenance until 2025-01-31" % (ri(600000, 609999), ri(1, 5)))
        elif k == 9:
            noah_pre(b, "ERROR", "up")
            b.t("System.Net.Http.HttpRequestException: An error occurred while sending the request. ---> "
                "System.Net.WebException: The remote name could not be resolved: 'noahsync.earwise.cloud'")
        else:
            noah_pre(b, "INFO", "sync")
            b.t("Sync cycle %d finished: up=%d down=%d conflicts=%d elapsed=00:00:%02d.%03d"
                % (ri(18000, 19999), ri(0, 40), ri(0, 40), ri(0, 3), ri(0, 59), ri(0, 999)))
        return b
    k = ri(0, 8)
    if k == 0:
        p = pick(ADULTS)
        noah_pre(b, "INFO", "repo")
        b.t("Upsert PatientNumber=").p(p["noah"], "mrn").t(' Name="').p(p["last"], "name").t(", ").p(p["first"], "name")
        b.t('" DOB=').p(dfmt(p["dob"], "iso"), "date").t(" Gender=%s -> conflict, server wins (RowVersion=0x%016X)"
                                                        % ({"F": "Female", "M": "Male"}[p["sex"]], ri(0x10000, 0xFFFFFFF)))
    elif k == 1:
        p = pick(ADULTS)
        noah_pre(b, "WARN", "sync")
        b.t("Possible duplicate: local #").p(p["noah"], "mrn").t(' "').p(p["first"], "name").t(" ").p(p["last"], "name")
        b.t('" born ').p(dfmt(p["dob"], "eu"), "date").t(" vs server #").p(p["noah"] + ri(1, 900), "mrn")
        b.t(" score=0.%d (rule=NameDob)" % ri(80, 99))
    elif k == 2:
        p = pick(US)
        noah_pre(b, "WARN", "imp")
        b.t("Free-text Remarks for PatientNumber=").p(p["noah"], "mrn").t(" contains SSN-like value '").p(p["ssn"], "ssn")
        b.t("'; masking before upload")
    elif k == 3:
        p = pick(ADULTS)
        s = ch(STAFF[:4])
        noah_pre(b, "INFO", "mod")
        b.t("Action saved: Type=Audiogram ModuleId=2011 PatientNumber=").p(p["noah"], "mrn").t(" TestDate=")
        b.p(dfmt(p["last_test"], "iso"), "date").t(" User=%s ActionGUID={%s}" % (s[3], uid().upper()))
    elif k == 4:
        p = pick(EU)
        noah_pre(b, "INFO", "imp")
        b.t("Imported %s " % ("CPR" if p["cc"] == "DK" else "personnummer")).p(p["natid"], "other_id")
        b.t(" -> PatientNumber=").p(p["noah"], "mrn").t(" (").p(p["first"], "name").t(" ").p(p["last"], "name").t(", ")
        b.p(p["city"], "address").t(") from clinic 'Høreklinikken %s'" % ch(["Aarhus", "Vejle", "Lund"]))
    elif k == 5:
        p = pick(US)
        noah_pre(b, "DEBUG", "repo")
        b.t("Contact updated for PatientNumber=").p(p["noah"], "mrn").t(": HomePhone=").p(phone_fmt(p, 0), "phone")
        b.t(" EMail=").p(p["email"], "email")
        if rr() < 0.5:
            b.t(" Fax=").p(phone_fmt(p, 1, "fax"), "fax")
    elif k == 6:
        p = pick(ADULTS)
        noah_pre(b, "INFO", "sync")
        b.t("Senior fitting protocol applied for ").p(p["first"], "name").t(" ").p(p["last"], "name").t(" (age ")
        b.v(p["age"], age_cat(p["age"])).t(", first fit)")
    elif k == 7:
        p = pick(US)
        noah_pre(b, "ERROR", "up")
        b.t("Failed to upload batch %d: System.Data.SqlClient.SqlException (0x80131904): Violation of UNIQUE KEY "
            "constraint 'UQ_Patient_SSN'. Cannot insert duplicate key in object 'dbo.Patient'. The duplicate key value is ("
            % ri(100, 99999))
        b.p(p["ssn"].replace("-", ""), "ssn").t(").")
    else:
        p = pick(US)
        noah_pre(b, "INFO", "imp")
        b.t("Patient moved: PatientNumber=").p(p["noah"], "mrn").t(' new address "').p(p["addr1"], "address").t(", ")
        b.p(p["city"], "address").t(", %s " % p["st"]).p(p["zip"], "zip").t('"')
    return b


# 2. Noah XML payloads
def f_noahxml(phi):
    b = B()
    b.t("%s [%d] DEBUG EarWise.NoahBridge.Serializer - %s payload: " % (ts_l4n(), ri(4, 38), ch(["Outbound", "Inbound"])))
    if not phi:
        k = ri(0, 3)
        if k == 0:
            b.t('<?xml version="1.0" encoding="utf-8"?><SyncAck xmlns="http://www.himsa.com/Noah/Sync/2020">')
            xel(b, "BatchId", ri(18000, 19999)); xel(b, "Accepted", ri(0, 40)); xel(b, "Rejected", ri(0, 2))
            xel(b, "ServerTime", (Clock.now + dt.timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%SZ"))
            b.t("</SyncAck>")
        elif k == 1:
            b.t('<Audiogram Ear="%s" Type="AC"><PatientGUID>%s</PatientGUID>' % (ch(["Left", "Right"]), uid()))
            for f in (250, 500, 1000, 2000, 4000, 8000):
                b.t("<TonePoint><StimFreq>%d</StimFreq><StimLevel>%d</StimLevel></TonePoint>" % (f, ri(2, 16) * 5))
            b.t("</Audiogram>")
        elif k == 2:
            b.t("<FittingSession><ModuleID>2011</ModuleID><Instrument><Model>%s</Model><Side>%s</Side>"
                "<FirmwareVersion>%s</FirmwareVersion><Receiver>%s</Receiver></Instrument>"
                '<Program id="1">Universal</Program><Program id="2">Restaurant</Program>'
                "<FeedbackMgr>On</FeedbackMgr><LastModified>%s</LastModified></FittingSession>"
                % (ch(MODELS), ch(["Left", "Right"]), ch(FWS), ch(["S 60", "M 85", "P 100"]),
                   Clock.now.strftime("%Y-%m-%dT%H:%M:%S")))
        else:
            b.t("<ActionList><Action><ActionGUID>%s</ActionGUID><TypeOfData>%s</TypeOfData><ModuleID>2011</ModuleID>"
                "<DataFmtStd>%d</DataFmtStd><Size>%d</Size></Action></ActionList>"
                % (uid(), ch(["Audiogram", "Fitting", "REM", "Journal"]), ri(100, 600), ri(400, 90000)))
        return b
    p = pick(ADULTS)
    b.t('<Patient xmlns="http://www.himsa.com/Noah/Patient/2020"><PatientGUID>%s</PatientGUID>' % uid())
    xel(b, "PatientNo", p["noah"], "mrn")
    xel(b, "FirstName", p["first"], "name")
    xel(b, "LastName", p["last"], "name")
    xel(b, "Gender", {"F": 2, "M": 1}[p["sex"]])
    b.t("<DateOfBirth>").p(dfmt(p["dob"], "iso"), "date").t("T00:00:00</DateOfBirth>")
    if rr() < 0.7:
        xel(b, "Address1", p["addr1"], "address")
        xel(b, "City", p["city"], "address")
        if p["kind"] == "us":
            xel(b, "State", p["st"])
        xel(b, "ZipCode", p["zip"], "zip")
    if p["kind"] == "us":
        xel(b, "HomePhone", phone_fmt(p, ri(0, 3)), "phone")
        if rr() < 0.4:
            xel(b, "MobilePhone", phone_fmt(p, ri(0, 3), "mob"), "phone")
        if rr() < 0.5:
            xel(b, "Fax", phone_fmt(p, ri(0, 1), "fax"), "fax")
        if rr() < 0.2:
            xel(b, "SocialSecurityNumber", p["ssn"], "ssn")
    else:
        xel(b, "HomePhone", p["intl_ph"], "phone")
        xel(b, "NationalID", p["natid"], "other_id")
    if rr() < 0.6:
        xel(b, "EMail", p["email"], "email")
    b.t("<Audiologist>%s %s</Audiologist>" % ch(STAFF)[:2])
    b.t("<CreatedBy>%s</CreatedBy></Patient>" % ch(STAFF)[3])
    return b


# 3. Android logcat (companion app)
APP_PID = 23871


def lc_pre(b, lvl, tag, pid=None):
    b.t("%s %5d %5d %s %s: " % (ts_logcat(), pid or APP_PID, ri(23871, 24100) if pid is None else ri(pid, pid + 80), lvl, tag))


def f_logcat(phi):
    b = B()
    if not phi:
        k = ri(0, 10)
        mm = "XX:XX:XX:XX:%02X:%02X" % (ri(0, 255), ri(0, 255))
        if k == 0:
            lc_pre(b, "D", "BluetoothGatt"); b.t("onClientRegistered() - status=0 clientIf=%d" % ri(5, 12))
        elif k == 1:
            lc_pre(b, "D", "BluetoothGatt"); b.t("discoverServices() - device: %s" % mm)
        elif k == 2:
            n = ri(1, 400)
            lc_pre(b, "I", "EW.Dfu"); b.t("Chunk %d/402 written (crc32=0x%08X) elapsed=%dms" % (n, ri(0, 2 ** 32 - 1), ri(20, 90)))
        elif k == 3:
            lc_pre(b, "W", "EW.Telemetry"); b.t("Upload deferred: network=METERED queue=%d backoff=%dms" % (ri(1, 90), ch([15000, 30000, 60000])))
        elif k == 4:
            lc_pre(b, "I", "ActivityManager", 1402)
            b.t("Start proc %d:com.earwise.companion/u0a%d for service {com.earwise.companion/com.earwise.ble.HaService}" % (ri(20000, 30000), ri(200, 300)))
        elif k == 5:
            lc_pre(b, "D", "EW.Ble"); b.t("MTU changed to %d status=0 conn_interval=%.2fms" % (ch([185, 247, 517]), ch([7.5, 15.0, 30.0])))
        elif k == 6:
            lc_pre(b, "I", "chatty"); b.t("uid=10%d(com.earwise.companion) EW.Ble identical %d lines" % (ri(200, 300), ri(2, 40)))
        elif k == 7:
            lc_pre(b, "E", "EW.Api"); b.t("HTTP 401 POST https://api.earwise.cloud/v2/telemetry (%dms) token expired, refreshing" % ri(80, 900))
        elif k == 8:
            lc_pre(b, "D", "EW.Asha"); b.t("AudioStatusPoint volume=%d streaming=%s codec=G.722 side=%s" % (-ri(0, 40), ch(["true", "false"]), ch(["L", "R"])))
        elif k == 9:
            lc_pre(b, "D", "BluetoothAdapter", 23871); b.t("getBondedDevices: 2 devices, state=STATE_ON leAudio=%s" % ch(["false", "true"]))
        else:
            lc_pre(b, "I", "EW.Ble"); b.t("Battery L=%d%% R=%d%% program=%s volume=%d" % (ri(5, 100), ri(5, 100), ch(["Universal", "Restaurant", "Music", "TV"]), ri(-6, 6)))
        return b
    p = pick(ADULTS, ("imei",)) if rr() < 0.5 else pick(ADULTS)
    k = ri(0, 7)
    if k == 0:
        side = ch(["L", "R"])
        lc_pre(b, "I", "EW.Ble")
        b.t("Connected to ").p(p["mac_" + side.lower()], "device").t(" side=%s sn=" % ("LEFT" if side == "L" else "RIGHT"))
        b.p(p["sn_" + side.lower()], "device").t(" fw=%s batt=%d%%" % (p["fw"], ri(10, 100)))
    elif k == 1:
        lc_pre(b, "D", "BluetoothGatt")
        b.t("connect() - device: ").p(p["mac_" + ch("lr")], "device").t(", auto: %s" % ch(["false", "true"]))
    elif k == 2:
        lc_pre(b, "I", "EW.Pairing")
        b.t("Binaural pair bonded L=").p(p["mac_l"], "device").t(" R=").p(p["mac_r"], "device").t(" account=").p(p["user"], "other_id")
    elif k == 3 and "imei" in p:
        lc_pre(b, "D", "okhttp.OkHttpClient")
        jw(b, O([("serial", p["sn_l"], "device"), ("side", "L"), ("phoneImei", p["imei"], "device"),
                 ("phoneModel", p["phone_model"]), ("appVersion", "3.8.%d" % ri(0, 4)), ("fw", p["fw"])]))
    elif k == 4:
        lc_pre(b, "I", "EW.Account")
        b.t("Login ok for ").p(p["email"], "email").t(" region=%s consent=v3" % ("US" if p["kind"] == "us" else "EU"))
    elif k == 5:
        lc_pre(b, "W", "EW.Telemetry")
        b.t("Dropping stale datalog for sn=").p(p["sn_r"], "device").t(" owner=").p(p["user"], "other_id").t(" age=%dh" % ri(25, 90))
    elif k == 6:
        lc_pre(b, "D", "EW.Profile")
        b.t('Profile sync: name="').p(p["first"], "name").t(" ").p(p["last"], "name").t('" dob=').p(dfmt(p["dob"], "iso"), "date")
        b.t(" age=").v(p["age"], age_cat(p["age"])).t(" audiogramDate=").p(dfmt(p["last_test"], "iso"), "date")
    else:
        lc_pre(b, "I", "EW.Ble")
        b.t("Local adapter ").p(p["phone_mac"], "device").t(" scanning, found %d EarWise devices" % ri(1, 2))
    return b


# 4. iOS unified log (log stream)
def os_pre(b, typ, proc, lib, subsys):
    b.t("%s %-10s %-11s %-20s %-6d %-4d %s: " % (ts_oslog(), "0x%x" % ri(0x10000, 0x3fffff), typ,
                                              "0x%x" % ch([0, 0, ri(0x1000, 0xfffff)]), ri(300, 3000) if proc != "EarWise" else 812,
                                              0, proc))
    if lib:
        b.t("(%s) " % lib)
    b.t("[%s] " % subsys)


def f_oslog(phi):
    b = B()
    if not phi:
        k = ri(0, 7)
        if k == 0:
            os_pre(b, "Default", "EarWise", None, "com.earwise.ios:Account"); b.t("Signed in user=<private> email=<private>")
        elif k == 1:
            os_pre(b, "Default", "EarWise", "CoreBluetooth", "com.apple.bluetooth:CoreBluetooth")
            b.t("Scanning for peripherals with services: FEFE, 7D74F4BD-C74A-4431-862C-CCE884371592")
        elif k == 2:
            os_pre(b, "Default", "dasd", None, "com.apple.duetactivityscheduler:lifecycle")
            b.t("com.earwise.sync.refresh:%s expired after %.1fs" % (hexid(6).upper(), rr() * 30))
        elif k == 3:
            os_pre(b, "Info", "EarWise", None, "com.earwise.ios:Fitting"); b.t("Fitting token refreshed, expires_in=3600 scope=remotefit")
        elif k == 4:
            os_pre(b, "Error", "EarWise", "Network", "com.apple.network:connection")
            b.t("nw_connection_copy_connected_local_endpoint_block_invoke [C%d] Client called nw_connection_copy_connected_local_endpoint on unconnected nw_connection" % ri(1, 40))
        elif k == 5:
            os_pre(b, "Default", "EarWise", None, "com.earwise.ios:Firmware")
            b.t("Firmware %s available (current %s), size %d KB, channel=stable" % ("5.0.1", ch(FWS[:3]), ri(300, 480)))
        elif k == 6:
            os_pre(b, "Default", "EarWise", None, "com.earwise.ios:BLE")
            b.t("Peripheral <private> didConnect, mtu=%d, l2cap=%s" % (ch([185, 247]), ch(["true", "false"])))
        else:
            os_pre(b, "Debug", "EarWise", None, "com.earwise.ios:Telemetry")
            b.t("Batch %d uploaded: %d records, %d bytes, http=202 in %dms" % (ri(1000, 9999), ri(1, 60), ri(400, 90000), ri(60, 900)))
        return b
    p = pick(ADULTS)
    k = ri(0, 5)
    if k == 0:
        os_pre(b, "Default", "EarWise", None, "com.earwise.ios:BLE")
        b.t('Peripheral "').p(p["first"], "name").t("’s Hearing Aids\" connected, serials L=").p(p["sn_l"], "device").t(" R=").p(p["sn_r"], "device")
    elif k == 1:
        os_pre(b, "Default", "EarWise", None, "com.earwise.ios:Account")
        b.t("Signed in user=").p(p["user"], "other_id").t(" email=").p(p["email"], "email")
    elif k == 2:
        os_pre(b, "Info", "EarWise", None, "com.earwise.ios:Fitting")
        b.t("Remote fitting appointment ").p(dfmt(p["appt"], "iso"), "date").t("T%02d:%s confirmed for " % (ri(8, 16), ch(["00", "30"])))
        b.p(p["first"], "name").t(" ").p(p["last"], "name").t(" with %s %s" % ch(STAFF[:4])[:2])
    elif k == 3:
        os_pre(b, "Default", "bluetoothd", None, "com.apple.bluetooth:Server.HearingAid")
        b.t("Paired MFi hearing device ").p(p["mac_" + ch("lr")], "device").t(" (%s) ear=%s" % (p["model"], ch(["left", "right"])))
    elif k == 4:
        os_pre(b, "Default", "EarWise", None, "com.earwise.ios:Profile")
        b.t("Profile cached: %@ -> {dob: ").p(dfmt(p["dob"], "iso"), "date").t(", zip: ").p(p["zip"], "zip").t("}")
    else:
        os_pre(b, "Error", "EarWise", None, "com.earwise.ios:Telemetry")
        b.t("Upload failed for device ").p(p["sn_l"], "device").t(" user ").p(p["user"], "other_id")
        b.t(": Error Domain=NSURLErrorDomain Code=-1001 \"The request timed out.\"")
    return b


# 5. Telemetry ingest (Go, zap JSON)
def f_zap(phi):
    b = B()
    sep = (",", ":")
    if not phi:
        k = ri(0, 4)
        if k == 0:
            o = O([("level", "info"), ("ts", round(ts_epoch(), 4)), ("caller", "ingest/batch.go:88"), ("msg", "batch flushed"),
                   ("records", ri(10, 2000)), ("partition", ri(0, 11)), ("offset", ri(90000000, 99999999)), ("lag_ms", ri(3, 900))])
        elif k == 1:
            o = O([("level", "info"), ("ts", round(ts_epoch(), 4)), ("caller", "fleet/stats.go:211"), ("msg", "fleet stats"),
                   ("model", ch(MODELS)), ("fw", ch(FWS)), ("active_devices", ri(1000, 40000)),
                   ("avg_usage_h", round(rr() * 14, 2)), ("age_bucket", ch(["60-69", "70-79", "80-89", "90+"]))])
        elif k == 2:
            o = O([("level", "warn"), ("ts", round(ts_epoch(), 4)), ("caller", "ingest/validate.go:57"),
                   ("msg", "schema validation failed"), ("field", "datalog.env"),
                   ("reason", "unknown enum 'SPEECH_IN_LOUD_NOISE'"), ("request_id", hexid(16))])
        elif k == 3:
            o = O([("level", "info"), ("ts", round(ts_epoch(), 4)), ("caller", "kafka/consumer.go:144"),
                   ("msg", "rebalance complete"), ("group", "telemetry-ingest"), ("assigned", A([0, 1, 2, 3])),
                   ("member", "ingest-%s-%s" % (hexid(9), hexid(5)))])
        else:
            o = O([("level", "error"), ("ts", round(ts_epoch(), 4)), ("caller", "ingest/handler.go:171"),
                   ("msg", "dlq publish"), ("error", "context deadline exceeded"), ("topic", "telemetry.dlq"),
                   ("bytes", ri(300, 9000)), ("request_id", hexid(16))])
        jw(b, o, sep=sep)
        return b
    p = pick(ADULTS)
    k = ri(0, 2)
    if k == 0:
        o = O([("level", "info"), ("ts", round(ts_epoch(), 4)), ("caller", "ingest/handler.go:142"), ("msg", "telemetry accepted"),
               ("device_serial", p["sn_" + ch("lr")], "device"), ("model", p["model"]), ("fw", p["fw"]),
               ("battery_pct", ri(5, 100)), ("usage_h", round(rr() * 16, 1)),
               ("env", O([("quiet", 0.42), ("speech", 0.31), ("noise", 0.27)])),
               ("app_user", p["user"], "other_id"), ("client_ip", p["ip"], "ip"), ("request_id", hexid(16))])
    elif k == 1:
        o = O([("level", "info"), ("ts", round(ts_epoch(), 4)), ("caller", "ingest/pair.go:66"), ("msg", "pairing registered"),
               ("mac_left", p["mac_l"], "device"), ("mac_right", p["mac_r"], "device"), ("phone", p["phone_model"]),
               ("os", p["os"]), ("account", p["email"], "email")])
    else:
        o = O([("level", "warn"), ("ts", round(ts_epoch(), 4)), ("caller", "ingest/geo.go:39"), ("msg", "geoip mismatch"),
               ("client_ip", p["ip"], "ip"), ("registered_zip", p["zip"], "zip"), ("device_serial", p["sn_l"], "device"),
               ("distance_km", ri(300, 4000))])
    jw(b, o, sep=sep)
    return b


# 6. Remote fitting session service (logfmt)
def rf_pre(b, lvl, msg):
    b.t('time=%s level=%s msg="%s" ' % (ts_z(), lvl, msg))


def f_rfit(phi):
    b = B()
    sess = "rf_" + hexid(12)
    if not phi:
        k = ri(0, 5)
        if k == 0:
            s = ch(STAFF[:4])
            rf_pre(b, "info", "participant joined")
            b.t('session=%s role=clinician user=%s remote_addr=%s:%d ua="EarWise Fit/2024.2 (Windows 10.0.19045)"'
                % (sess, s[3], "10.40.%d.%d" % (ri(0, 9), ri(2, 250)), ri(40000, 65000)))
        elif k == 1:
            rf_pre(b, "info", "webrtc stats")
            b.t("session=%s rtt_ms=%d jitter_ms=%d packets_lost=%d bitrate_kbps=%d" % (sess, ri(20, 300), ri(1, 40), ri(0, 30), ri(300, 2500)))
        elif k == 2:
            rf_pre(b, "info", "turn allocation")
            b.t("session=%s relay=turn-use1.earwise.net relay_addr=%s:3478 lifetime=600s" % (sess, ch(["34.201.18.77", "52.4.190.12", "3.92.41.150"])))
        elif k == 3:
            rf_pre(b, "info", "session ended")
            b.t("session=%s duration=00:%02d:%02d reason=%s fittings_applied=%d" % (sess, ri(5, 50), ri(0, 59), ch(["normal", "clinician_left", "timeout"]), ri(0, 6)))
        elif k == 4:
            rf_pre(b, "warn", "ice restart")
            b.t("session=%s cause=consent_expired attempts=%d local=10.40.%d.%d:%d" % (sess, ri(1, 3), ri(0, 9), ri(2, 250), ri(40000, 65000)))
        else:
            rf_pre(b, "debug", "signaling")
            b.t("session=%s type=%s bytes=%d trace_id=%s" % (sess, ch(["offer", "answer", "candidate"]), ri(300, 6000), hexid(32)))
        return b
    p = pick(ADULTS)
    k = ri(0, 4)
    if k == 0:
        rf_pre(b, "info", "participant joined")
        b.t("session=%s role=patient user=" % sess).p(p["user"], "other_id").t(" remote_addr=")
        if ":" in p["ip"]:
            b.t("[").p(p["ip"], "ip").t("]:%d" % ri(40000, 65000))
        else:
            b.p(p["ip"], "ip").t(":%d" % ri(40000, 65000))
        b.t(' ua="EarWise/3.8.%d (%s)"' % (ri(0, 4), p["phone_model"]))
    elif k == 1:
        s = ch(STAFF[:4])
        rf_pre(b, "info", "session scheduled")
        b.t("session=%s appt_date=" % sess).p(dfmt(p["appt"], "iso"), "date").t(" appt_time=%02d:%s tz=America/Chicago patient=\"" % (ri(8, 16), ch(["00", "30"])))
        b.p(p["first"], "name").t(" ").p(p["last"], "name").t('" clinician="%s %s"' % s[:2])
    elif k == 2:
        rf_pre(b, "info", "fitting pushed")
        b.t("session=%s device_sn=" % sess).p(p["sn_" + ch("lr")], "device").t(" gain_delta_db=%+d program=%d " % (ri(-3, 4), ri(1, 4)))
        if p["kind"] == "us":
            b.t("patient_id=").p(p["mrn"], "mrn")
        else:
            b.t("patient_no=").p(p["noah"], "mrn")
    elif k == 3:
        rf_pre(b, "info", "consent captured")
        b.t("session=%s patient_dob=" % sess).p(dfmt(p["dob"], "iso"), "date").t(' signer="').p(p["first"], "name").t(" ").p(p["last"], "name")
        b.t('" patient_age=').v(p["age"], age_cat(p["age"])).t(' method=checkbox version=rf-consent-v4')
    else:
        rf_pre(b, "debug", "ice candidate")
        b.t("session=%s participant=patient type=srflx addr=" % sess).p(p["ip"], "ip").t(" port=%d proto=udp" % ri(40000, 65000))
    return b


# 7. Mirth HL7 CI clinic interface
def mirth_pre(b, lvl, ch_name):
    b.t("%s %-5s [%s] " % (ts_l4n(), lvl, ch_name))


def hl7_msh(b, typ, ctrl, dst=("EPIC", CI_HOSP)):
    seg(b, "|", "MSH", ["^~\\&", "CIMS", "EARWISE_CI", dst[0], dst[1], ts_hl7(), "", typ, ctrl, "P", "2.5.1",
                        "", "", "AL", "NE", "", "UNICODE UTF-8"])


def pid_ci(b, p):
    f = [None] * 21
    f[0] = "1"
    f[2] = [(p["hmrn"], "mrn"), "^^^%s^MR" % CI_HOSP]
    f[4] = [(p["last"], "name"), "^", (p["first"], "name"), "^^^^^L"]
    f[6] = (dfmt(p["dob"], "hl7"), "date")
    f[7] = p["sex"]
    f[10] = [(p["addr1"], "address"), "^^", (p["city"], "address"), "^%s^" % p["st"], (p["zip"], "zip"), "^USA^H"]
    ph = [(phone_fmt(p, 0), "phone"), "^PRN^PH"]
    if p.get("email") and rr() < 0.5:
        ph += ["~^NET^Internet^", (p["email"], "email")]
    if p.get("fax") and rr() < 0.5:
        ph += ["~", (phone_fmt(p, 0, "fax"), "fax"), "^PRN^FX"]
    f[12] = ph
    if p["kind"] == "us":
        f[15] = ch(["M", "W", "S", "D"])
        f[17] = [(p["billacct"], "account"), "^^^%s^AN" % CI_HOSP]
        f[18] = (p["ssn"], "ssn")
        if rr() < 0.6:
            f[19] = [(p["dl"], "license"), "^%s" % p["st"]]
    else:
        f[17] = [(p["billacct"] if "billacct" in p else "", None)]
    seg(b, "|", "PID", f)


def f_mirth(phi):
    b = B()
    chan = ch(["CI_Clinic_ADT_In", "CI_Results_Out", "CI_Clinic_ADT_In"])
    if not phi:
        k = ri(0, 4)
        ctrl = "CI%08d" % ri(0, 99999999)
        if k == 0:
            mirth_pre(b, "INFO", chan); b.t("Sent ACK: ")
            hl7_msh(b, "ACK^A08^ACK", "ACK" + ctrl[2:]); b.t("\\r"); seg(b, "|", "MSA", ["AA", ctrl])
        elif k == 1:
            mirth_pre(b, "INFO", chan); b.t("MLLP connection accepted from %s:%d (local port 6661)" % (priv_ip(), ri(40000, 65000)))
        elif k == 2:
            mirth_pre(b, "INFO", chan); b.t("Channel '%s' deployed, queue=%d, source=TCP Listener, destinations=2" % (chan, ri(0, 5)))
        elif k == 3:
            mirth_pre(b, "WARN", chan); b.t("Filter rejected message %s (event %s not handled by CI clinic)" % (ctrl, ch(["A31", "A40", "A03"])))
        else:
            mirth_pre(b, "INFO", chan); b.t("Processed %d messages in last 60s, errors=%d, avg=%dms" % (ri(0, 40), ri(0, 2), ri(5, 90)))
        return b
    p = pick(CI)
    ctrl = "CI%08d" % ri(0, 99999999)
    k = ri(0, 2)
    mirth_pre(b, "INFO", chan)
    b.t("Received message: " if k != 2 else "Sending message: ")
    if k == 0:
        hl7_msh(b, "ADT^A08^ADT_A01", ctrl); b.t("\\r")
        seg(b, "|", "EVN", ["A08", ts_hl7()]); b.t("\\r")
        pid_ci(b, p); b.t("\\r")
        s = ch(STAFF[3:])
        if p["kind"] == "child":
            seg(b, "|", "NK1", ["1", [(p["g_last"], "name"), "^", (p["g_first"], "name")], "GRD^Guardian^HL70063", "",
                                [(phone_fmt(p, 0), "phone"), "^PRN^PH"]])
        else:
            seg(b, "|", "NK1", ["1", [(p["rel_last"], "name"), "^", (p["rel_first"], "name")], "%s^%s^HL70063" % p["rel_type"], "",
                                [(phone_fmt(p, 0, "rel_ph"), "phone"), "^PRN^PH"]])
        b.t("\\r")
        seg(b, "|", "PV1", ["1", "O", "CICLIN^^^%s" % CI_HOSP, "", "", "", "%s^%s^%s^^^^^^NPI" % (s[5], s[1], s[0])])
    elif k == 1:
        hl7_msh(b, "ADT^A04^ADT_A01", ctrl); b.t("\\r")
        pid_ci(b, p); b.t("\\r")
        if p["kind"] == "us" and "mbi" in p:
            plan = ["MCR^Medicare Part B", "00831", "NOVITAS SOLUTIONS", "", "", "", "", "", "", "", "", "", "", "",
                    [(p["last"], "name"), "^", (p["first"], "name")], "01", (dfmt(p["dob"], "hl7"), "date")] + [""] * 17 + [(p["mbi"], "health_plan")]
        else:
            mid = p["member"]
            plan = ["BCBS^Blue Cross PPO", "00%d" % ri(100, 999), "BLUE CROSS BLUE SHIELD", "", "", "", "GRP%05d" % ri(0, 99999), "", "", "", "", "", "", "",
                    [(p.get("g_last", p["last"]), "name"), "^", (p.get("g_first", p["first"]), "name")], "01" if p["kind"] != "child" else "03"] + [""] * 18 + [(mid, "health_plan")]
        seg(b, "|", "IN1", ["1"] + plan)
    else:
        hl7_msh(b, "ORU^R01^ORU_R01", ctrl); b.t("\\r")
        seg(b, "|", "PID", ["1", "", [(p["hmrn"], "mrn"), "^^^%s^MR" % CI_HOSP], "", [(p["last"], "name"), "^", (p["first"], "name")], "",
                            (dfmt(p["dob"], "hl7"), "date"), p["sex"]]); b.t("\\r")
        seg(b, "|", "OBR", ["1", "", "CIM%06d" % ri(0, 999999), "CIPROG^Cochlear implant programming^L"]); b.t("\\r")
        seg(b, "|", "OBX", ["1", "ST", "CI_SN^Implant serial^L", "", (p["impl_sn"], "device"), "", "", "", "", "", "F"]); b.t("\\r")
        seg(b, "|", "OBX", ["2", "ST", "CP_SN^Sound processor serial^L", "", (p["proc_sn"], "device"), "", "", "", "", "", "F"]); b.t("\\r")
        seg(b, "|", "OBX", ["3", "DT", "CI_SURG^Implant surgery date^L", "", (dfmt(p["surg"], "hl7"), "date"), "", "", "", "", "", "F"]); b.t("\\r")
        seg(b, "|", "OBX", ["4", "NM", "CI_IMP^Mean electrode impedance^L", "", "%.2f" % (5 + rr() * 3), "kOhm", "", "", "", "", "F"])
    return b


# 8. CI programming / mapping software (plain text)
def cim_pre(b, lvl):
    b.t("[%s] MAPPING  %-5s " % (ts_dot(), lvl))


def f_cimap(phi):
    b = B()
    if not phi:
        k = ri(0, 4)
        if k == 0:
            cim_pre(b, "INFO")
            b.t("Impedance check (CG mode): " + " ".join("E%d=%.2fkΩ" % (i, 4.5 + rr() * 4) for i in range(1, 23, 3)) + " open=0 short=0")
        elif k == 1:
            cim_pre(b, "INFO")
            b.t('Map "%s" saved: strategy=ACE rate=%dpps maxima=%d channels=22 T/C levels updated (%d changes)'
                % (ch(["Everyday", "Noise", "Music", "Focus"]), ch([500, 900, 1200]), ch([8, 10, 12]), ri(1, 40)))
        elif k == 2:
            cim_pre(b, "INFO"); b.t("Programming pod POD-%d FW 2.4.%d connected on COM%d" % (ri(1, 6), ri(0, 9), ri(3, 9)))
        elif k == 3:
            cim_pre(b, "WARN"); b.t("NRT measurement E%d: no response at %dCL, stopping sweep" % (ri(1, 22), ri(180, 230)))
        else:
            cim_pre(b, "INFO"); b.t("Session closed by %s, duration 00:%02d:%02d, maps written=%d" % (ch(STAFF[3:4])[3], ri(10, 59), ri(0, 59), ri(1, 4)))
        return b
    p = pick(CI)
    k = ri(0, 4)
    cim_pre(b, "INFO")
    if k == 0:
        b.t("Patient loaded: ").p(p["last"], "name").t(", ").p(p["first"], "name").t(" MRN ").p(p["hmrn"], "mrn")
        b.t(" DOB ").p(dfmt(p["dob"], "us"), "date")
    elif k == 1:
        b.t("Processor ").p(p["proc_sn"], "device").t(" (CP1110) paired to implant ").p(p["impl_sn"], "device")
        b.t(" (CI632), activation ").p(dfmt(p["activ"], "us"), "date")
    elif k == 2:
        b.t("Recipient ").p(p["first"], "name").t(" ").p(p["last"], "name").t(": surgery ").p(dfmt(p["surg"], "long"), "date")
        b.t(", age ").v(p["age"], age_cat(p["age"])).t(", ear=%s" % ch(["right", "left"]))
    elif k == 3:
        b.t("GJB2/GJB6 panel kit ").p(p["kit"], "other_id").t(" registered for MRN ").p(p["hmrn"], "mrn")
    else:
        b.t("Backup written to \\\\cifs01\\maps\\").p(p["last"], "name").t("_").p(p["first"], "name").t("_").p(p["hmrn"], "mrn").t(".cdx")
    return b


# 9. EHDI registry HL7
def f_ehdi_hl7(phi):
    b = B()
    if not phi:
        k = ri(0, 3)
        ctrl = "EW-NBS-%06d" % ri(0, 999999)
        b.t("%s %-5s [EHDI_Registry_Out] " % (ts_l4n(), "INFO" if k != 2 else "WARN"))
        if k == 0:
            b.t("ACK received: MSH|^~\\&|MNEHDI|MDH|EHDI_OUT|STLUKE|%s||ACK^R01^ACK|%s|P|2.5.1\\rMSA|AA|%s" % (ts_hl7(), hexid(10).upper(), ctrl))
        elif k == 1:
            b.t("Batch %s submitted: %d messages, %d AA, %d AE" % (Clock.now.strftime("%Y%m%d"), ri(5, 40), ri(5, 40), ri(0, 2)))
        elif k == 2:
            b.t("Retrying %s after HTTP 502 from https://ehdi.health.state.mn.us/hl7/submit (attempt %d)" % (ctrl, ri(1, 3)))
        else:
            b.t("Certificate for ehdi.health.state.mn.us valid until 2025-03-02, TLSv1.3 TLS_AES_256_GCM_SHA384")
        return b
    n = ch(NEWBORNS)
    b.t("%s INFO  [EHDI_Registry_Out] Sending to https://ehdi.health.state.mn.us/hl7/submit: " % ts_l4n())
    seg(b, "|", "MSH", ["^~\\&", "EHDI_OUT", "STLUKE", "MNEHDI", "MDH", ts_hl7(), "", "ORU^R01^ORU_R01",
                        "EW-NBS-%06d" % ri(0, 999999), "P", "2.5.1"]); b.t("\\r")
    fn = [(n["first"], "name")] if n["first"] else ["Baby %s" % ("Girl" if n["sex"] == "F" else "Boy")]
    seg(b, "|", "PID", ["1", "", [(n["nbmrn"], "mrn"), "^^^STLUKE^MR~", (n["state_id"], "other_id"), "^^^MNEHDI^SR"], "",
                        [(n["last"], "name"), "^"] + fn + ["^^^^^L"], [(n["m_last"], "name"), "^^^^^^M"],
                        [(dfmt(n["birth"], "hl7"), "date"), n["btime"]], n["sex"], "", "",
                        [(n["addr1"], "address"), "^^", (n["city"], "address"), "^MN^", (n["zip"], "zip"), "^USA"]]); b.t("\\r")
    seg(b, "|", "NK1", ["1", [(n["m_last"], "name"), "^", (n["m_first"], "name")], "MTH^Mother^HL70063", "",
                        [(phone_fmt(n, 0), "phone"), "^PRN^PH"]]); b.t("\\r")
    for i, (side, code) in enumerate((("left", "54109-4"), ("right", "54108-6"))):
        res = n[side]
        seg(b, "|", "OBX", [str(i + 1), "CWE", "%s^Newborn hearing screen of Ear - %s^LN" % (code, side), "",
                            "%s^%s^LN" % ("LA10392-1" if res == "PASS" else "LA10393-9", "Pass" if res == "PASS" else "Refer"),
                            "", "", "", "", "", "F", "", "", (dfmt(n["screen"], "hl7"), "date")])
        b.t("\\r" if i == 0 else "")
    return b


# 10. EHDI CSV batch (natural sequence)
def seq_ehdi_csv():
    out = []
    b = B()
    b.t("record_id,facility_npi,child_last,child_first,sex,birth_date,birth_time,birth_weight_g,mother_last,mother_first,"
        "mother_dob,mother_phone,street,city,zip,screen_date,method,left_result,right_result,nicu,state_child_id")
    out.append(b)
    fac = npi()
    for n in random.sample(NEWBORNS, ri(3, 6)):
        b = B()
        b.t("NBS-24-%06d,%s," % (ri(0, 999999), fac)).p(n["last"], "name").t(",")
        if n["first"]:
            b.p(n["first"], "name")
        b.t(",%s," % n["sex"]).p(dfmt(n["birth"], "us"), "date").t(",%s,%d," % (n["btime"], n["grams"]))
        b.p(n["m_last"], "name").t(",").p(n["m_first"], "name").t(",").p(dfmt(n["m_dob"], "us"), "date").t(",")
        b.p(phone_fmt(n, 1), "phone").t(',"').p(n["addr1"], "address").t('",').p(n["city"], "address").t(",")
        b.p(n["zip"], "zip").t(",").p(dfmt(n["screen"], "us"), "date").t(",%s,%s,%s,%s," % (n["method"], n["left"], n["right"], n["nicu"]))
        b.p(n["state_id"], "other_id")
        out.append(b)
    b = B()
    b.t("TRL,%d,%s,EWHS-STLUKE,sha256=%s" % (len(out) - 1, Clock.now.strftime("%Y%m%d"), hexid(64)))
    out.append(b)
    return out


# 11. OTC e-commerce webhooks (Shopify-like) + ID/age verification
def shop_pre(b, topic):
    b.t("%s [shop-webhooks] INFO topic=%s shop=earwise-otc.myshopify.com webhook_id=%s body=" % (ts_z(), topic, uid()))


def f_shop(phi):
    b = B()
    oid = ri(5600000000000, 5699999999999)
    on = ri(1001, 9999)
    if not phi:
        k = ri(0, 4)
        if k == 0:
            shop_pre(b, "fulfillments/create")
            jw(b, O([("id", ri(4800000000000, 4899999999999)), ("order_id", oid), ("status", "success"),
                     ("tracking_company", "UPS"), ("tracking_number", ups()), ("service", "UPS Ground"),
                     ("location_id", 71234560001), ("line_items", A([O([("sku", "EW-OTC-PRO2-%s" % ch(["BLK", "BEI", "SLV"])), ("quantity", 1)])]))]))
        elif k == 1:
            shop_pre(b, "inventory_levels/update")
            jw(b, O([("inventory_item_id", ri(44000000000000, 44999999999999)), ("location_id", 71234560001),
                     ("available", ri(0, 800)), ("updated_at", Clock.now.strftime("%Y-%m-%dT%H:%M:%S-05:00"))]))
        elif k == 2:
            shop_pre(b, "orders/paid")
            jw(b, O([("id", oid), ("name", "#%d" % on), ("financial_status", "paid"), ("total_price", "%d.00" % ch([299, 499, 799, 999])),
                     ("currency", "USD"), ("gateway", "shopify_payments"), ("processed_at", Clock.now.strftime("%Y-%m-%dT%H:%M:%S-05:00"))]))
        elif k == 3:
            shop_pre(b, "refunds/create")
            jw(b, O([("id", ri(9100000000, 9199999999)), ("order_id", oid), ("note", "Return within 45-day trial"),
                     ("restock", True), ("transactions", A([O([("kind", "refund"), ("amount", "%d.00" % ch([299, 499, 799])), ("status", "success")])]))]))
        else:
            b.t("%s [age-verify] INFO vendor=IDScanPro session=%s result=%s latency_ms=%d order=#%d" % (ts_z(), hexid(20), ch(["PASS", "PASS", "RETRY"]), ri(300, 4000), on))
        return b
    p = pick(US)
    k = ri(0, 3)
    if k == 0:
        shop_pre(b, "orders/create")
        addr = O([("first_name", p["first"], "name"), ("last_name", p["last"], "name"), ("address1", p["addr1"], "address"),
                  ("address2", None), ("city", p["city"], "address"), ("province_code", p["st"]), ("zip", p["zip"], "zip"),
                  ("country_code", "US"), ("phone", phone_fmt(p, 2), "phone")])
        jw(b, O([("id", oid), ("name", "#%d" % on), ("email", p["email"], "email"), ("created_at", Clock.now.strftime("%Y-%m-%dT%H:%M:%S-05:00")),
                 ("currency", "USD"), ("total_price", "%d.00" % ch([299, 499, 799])),
                 ("browser_ip", p["ip"], "ip"), ("shipping_address", addr),
                 ("line_items", A([O([("sku", "EW-OTC-%s" % ch(["PRO2-BLK", "GO-BEI", "PRO2-SLV"])), ("quantity", 1), ("price", "799.00")])]))]),
           asc=rr() < 0.3)
    elif k == 1:
        shop_pre(b, "orders/updated")
        jw(b, O([("id", oid), ("name", "#%d" % on), ("note", "Please call my %s " % ch(["daughter", "son", "neighbour"])),
                 ("note_attributes", A([O([("name", "alt_contact"), ("value", p["rel_first"] + " " + p["rel_last"], "name")]),
                                        O([("name", "alt_phone"), ("value", phone_fmt(p, 1, "rel_ph"), "phone")])])),
                 ("tags", "otc, senior-assist")]))
    elif k == 2:
        b.t("%s [age-verify] INFO vendor=IDScanPro result=PASS dl_state=%s dl_number=" % (ts_z(), p["st"])).p(p["dl"], "license")
        b.t(" dob=").p(dfmt(p["dob"], "iso"), "date").t(" age=").v(p["age"], age_cat(p["age"])).t(" order=#%d" % on)
    else:
        shop_pre(b, "customers/update")
        jw(b, O([("id", ri(7000000000000, 7099999999999)), ("email", p["email"], "email"), ("first_name", p["first"], "name"),
                 ("last_name", p["last"], "name"), ("phone", phone_fmt(p, 2, "mob"), "phone"), ("accepts_marketing", False),
                 ("tags", "otc-buyer"), ("orders_count", ri(1, 3))]))
    return b


# 12. Returns CSV export (natural sequence)
def seq_returns():
    out = []
    b = B()
    b.t("rma_id,order_name,created_at,sku,serial_number,reason_code,condition,customer_email,refund_amount,restock")
    out.append(b)
    for _ in range(ri(3, 6)):
        b = B()
        b.t("RMA-2405-%05d,#%d,%s," % (ri(0, 99999), ri(1001, 9999), tick().strftime("%Y-%m-%dT%H:%M:%S-05:00")))
        if rr() < 0.65:
            p = pick(US)
            b.t("EW-OTC-PRO2-%s," % ch(["BLK", "BEI"])).p(p["sn_" + ch("lr")], "device")
            b.t(",%s,%s," % (ch(["FEEDBACK", "FIT_DISCOMFORT", "NOT_LOUD_ENOUGH", "CHANGED_MIND"]), ch(["opened", "like_new"])))
            b.p(p["email"], "email").t(",%d.00,%s" % (ch([299, 499, 799]), ch(["true", "false"])))
        else:
            b.t("EW-ACC-%s,,%s,sealed,,%d.00,true" % (ch(["DOME-OPEN-M", "CHGR-USB-C", "WAX-GUARD-8"]), ch(["DAMAGED_IN_TRANSIT", "WRONG_ITEM"]), ri(9, 49)))
        out.append(b)
    return out


# 13. X12 837P claim (natural sequence, pretty-printed one segment per line)
def seq_x12():
    out = []
    icn = "%09d" % ri(1, 999999999)
    gc = str(ri(1000, 9999))
    d = Clock.now

    def L(name, fields):
        b = B()
        seg(b, "*", name, fields)
        b.t("~")
        out.append(b)

    L("ISA", ["00", " " * 10, "00", " " * 10, "ZZ", "EARWISEHS      ", "ZZ", "AVAILITY       ", d.strftime("%y%m%d"),
              d.strftime("%H%M"), "^", "00501", icn, "0", "P", ":"])
    L("GS", ["HC", "EARWISEHS", "AVAILITY", d.strftime("%Y%m%d"), d.strftime("%H%M"), gc, "X", "005010X222A1"])
    L("ST", ["837", "0001", "005010X222A1"])
    L("BHT", ["0019", "00", "EWC%s-%04d" % (d.strftime("%y%m%d"), ri(0, 9999)), d.strftime("%Y%m%d"), d.strftime("%H%M"), "CH"])
    L("NM1", ["41", "2", "EARWISE HEARING SOLUTIONS", "", "", "", "", "46", "EWHS01"])
    L("PER", ["IC", "BILLING DEPT", "TE", "8005550137", "FX", "9525550188"])
    L("NM1", ["40", "2", "AVAILITY", "", "", "", "", "46", "030240928"])
    L("HL", ["1", "", "20", "1"])
    L("NM1", ["85", "2", "EARWISE HEARING CLINIC", "", "", "", "", "XX", npi()])
    L("N3", ["2200 LAKESHORE PKWY STE 300"])
    L("N4", ["EDEN PRAIRIE", "MN", "553441234"])
    L("REF", ["EI", "41%07d" % ri(0, 9999999)])
    hl = 2
    for p in random.sample([q for q in US if "mbi" in q], 2):
        medicare = rr() < 0.5
        L("HL", [str(hl), "1", "22", "0"])
        L("SBR", ["P", "18", "" if medicare else "GRP%05d" % ri(0, 99999), "" if medicare else "RETIREE PPO", "", "", "", "",
                  "MB" if medicare else "CI"])
        L("NM1", ["IL", "1", (fold(p["last"]).upper(), "name"), (fold(p["first"]).upper(), "name"), "", "", "", "MI",
                  (p["mbi"] if medicare else p["member"], "health_plan")])
        L("N3", [(fold(p["addr1"]).upper(), "address")])
        L("N4", [(p["city"].upper(), "address"), p["st"], (p["zip"] + p["zip4"], "zip")])
        L("DMG", ["D8", (dfmt(p["dob"], "hl7"), "date"), p["sex"]])
        L("NM1", ["PR", "2", "MEDICARE B" if medicare else "BLUE CROSS BLUE SHIELD", "", "", "", "", "PI", "00831" if medicare else "00%d" % ri(100, 999)])
        amt = ch(["145", "210", "2400", "4800"])
        L("CLM", [(p["billacct"], "account"), amt, "", "", "11:B:1", "Y", "A", "Y", "Y"])
        L("HI", ["ABK:H903", "ABF:H9193"])
        s = ch(STAFF[:4])
        L("NM1", ["82", "1", s[1].upper(), s[0].upper(), "", "", "", "XX", s[5]])
        L("PRV", ["PE", "PXC", "231H00000X"])
        L("LX", ["1"])
        L("SV1", ["HC:%s" % ("92557" if medicare else "V5261:LT:RT"), amt, "UN", "1", "", "", "1"])
        L("DTP", ["472", "D8", (dfmt(p["last_test"], "hl7"), "date")])
        L("REF", ["6R", "%010d" % ri(0, 9999999999)])
        hl += 1
    L("SE", [str(len(out) - 1), "0001"])
    L("GE", ["1", gc])
    L("IEA", ["1", icn])
    return out


# 14. Repair depot (syslog-ish plain text)
def depot_pre(b, prog="rma-svc"):
    b.t("%s depot-mn01 %s[%d]: " % (ts_dot()[:19], prog, ri(2000, 2400)))


def f_depot(phi):
    b = B()
    rma = "RMA-2405-%05d" % ri(0, 99999)
    if not phi:
        k = ri(0, 5)
        depot_pre(b)
        if k == 0:
            b.t("BENCH st=%d tech=%s rma=%s action=REPLACE part=%s time=00:%02d:%02d"
                % (ri(1, 8), ch(TECHS), rma, ch(["RCV-M-85", "RCV-S-60", "MIC-FRT-02", "BATT-LI-312R", "SHELL-CIC-BEI"]), ri(4, 40), ri(0, 59)))
        elif k == 1:
            b.t("QC PASS rma=%s coupler=2cc OSPL90=%.1fdB FOG=%.1fdB THD=%.1f%% EIN=%.1fdB"
                % (rma, 105 + rr() * 12, 30 + rr() * 15, rr() * 3, 18 + rr() * 8))
        elif k == 2:
            b.t("SHIPPED rma=%s carrier=UPS tracking=%s service=2ND_DAY weight_oz=%d" % (rma, ups(), ri(4, 14)))
        elif k == 3:
            b.t("Parts stock low: %s qty=%d reorder=%d supplier=Knowles" % (ch(["RCV-S-60", "RCV-P-100", "DOME-VENT-8"]), ri(0, 12), 50))
        elif k == 4:
            b.t("Mfg record: model=%s build=%s lot=L%s mfg_date=%s" % (ch(MODELS), "B%d" % ri(1000, 9999), digits(6),
                                                                        rdate(dt.date(2021, 1, 1), dt.date(2024, 3, 1)).isoformat()))
        else:
            b.t("RECEIVED rma=%s from clinic=EWC-%04d courier=FedEx box=%d items=%d" % (rma, ri(1, 2400), ri(1, 9), ri(1, 12)))
        return b
    p = pick(US)
    k = ri(0, 4)
    depot_pre(b)
    if k == 0:
        b.t("RECEIVED rma=%s model=\"%s\" sn=" % (rma, p["model"])).p(p["sn_" + ch("lr")], "device")
        b.t(' fault="%s" owner="' % ch(["dead", "intermittent", "distorted", "no BT"])).p(p["first"], "name").t(" ").p(p["last"], "name")
        b.t('" phone=').p(phone_fmt(p, 0), "phone")
    elif k == 1:
        b.t("RETURN-TO rma=%s addr=\"" % rma).p(p["addr1"], "address").t(", ").p(p["city"], "address").t(", %s " % p["st"])
        b.p(p["zip"], "zip").t('"')
    elif k == 2:
        b.t("PRIORITY rma=%s owner_age=" % rma).v(p["age"], age_cat(p["age"])).t(" dob=").p(dfmt(p["dob"], "us"), "date")
        b.t(" flag=%s" % ("SENIOR_EXPEDITE" if p["age"] > 89 else "STANDARD"))
    elif k == 3:
        b.t("CURBSIDE checkin rma=%s plate=" % rma).p(p["plate"], "vehicle").t(" (%s) customer=" % p["st"]).p(p["last"], "name")
        b.t(" bay=%d" % ri(1, 4))
    else:
        b.t("WARRANTY lookup udi=").p("(01)%s(11)%s(21)%s" % (gtin("0571234" + digits(6)), "23%02d%02d" % (ri(1, 12), ri(1, 28)), p["sn_l"]), "device")
        b.t(" registered_to=").p(p["email"], "email").t(" status=IN_WARRANTY")
    return b


# 15. nginx access log (combined + request time)
UAS_BOT = ["ELB-HealthChecker/2.0", "Prometheus/2.51.0", "kube-probe/1.29", "Go-http-client/1.1"]


def f_nginx(phi):
    b = B()
    if not phi:
        ip = priv_ip()
        k = ri(0, 3)
        if k == 0:
            req, st, sz, ua = "GET /healthz HTTP/1.1", 200, 2, ch(UAS_BOT[:1] + UAS_BOT[2:3])
        elif k == 1:
            req, st, sz, ua = "GET /metrics HTTP/1.1", 200, ri(9000, 30000), UAS_BOT[1]
        elif k == 2:
            req, st, sz, ua = "POST /api/v2/telemetry/batch HTTP/1.1", 202, 0, "EarWise/3.8.%d (Android 14)" % ri(0, 4)
        else:
            req, st, sz, ua = "GET /static/js/main.%s.js HTTP/2.0" % hexid(8), 304, 0, "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
        b.t('%s - - [%s] "%s" %d %d "-" "%s" rt=%.3f' % (ip, ts_nginx(), req, st, sz, ua, rr() * 0.4))
        return b
    p = pick(ADULTS)
    k = ri(0, 3)
    if k == 3:
        b.t("%s - " % ("10.60.%d.%d" % (ri(0, 20), ri(2, 250))))
    else:
        b.p(p["ip"], "ip").t(" - ")
    if k == 0:
        b.t("- [%s] \"GET /api/v2/patients/" % ts_nginx())
        if p["kind"] == "us":
            b.p(p["mrn"], "mrn")
        else:
            b.p(p["noah"], "mrn")
        b.t('/audiograms HTTP/1.1" 200 %d "-" "EarWise/3.8.%d (%s)" rt=%.3f' % (ri(800, 9000), ri(0, 4), p["phone_model"], rr() * 0.4))
    elif k == 1:
        b.p(p["user"], "other_id").t(' [%s] "GET /account/settings HTTP/2.0" 200 %d "' % (ts_nginx(), ri(3000, 30000)))
        b.p("https://my.earwise.com/u/%s/profile" % p["user"], "url").t('" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)" rt=%.3f' % (rr() * 0.4))
    elif k == 2:
        b.t('- [%s] "GET /api/v2/account/lookup?email=' % ts_nginx()).p(p["email"].replace("@", "%40"), "email")
        b.t(' HTTP/1.1" 404 %d "-" "okhttp/4.12.0" rt=%.3f' % (ri(40, 200), rr() * 0.2))
    else:
        b.t('%s [%s] "POST /api/v2/remotefit/invite HTTP/1.1" 201 %d "' % (ch(STAFF[:4])[3], ts_nginx(), ri(200, 900)))
        b.p("https://portal.earwise-clinic.com/patients?search=%s%%2C+%s" % (fold(p["last"]).replace(" ", "+").replace("'", "%27"), fold(p["first"]).replace(" ", "+")), "url")
        b.t('" "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X)" rt=%.3f' % (rr() * 0.4))
    return b


# 16. Node API (pino JSON)
def pino_base(lvl, msg):
    return [("level", lvl), ("time", int(ts_epoch() * 1000)), ("pid", ri(20, 90)), ("hostname", "api-7f9c8d-%s" % hexid(5)),
            ("reqId", "req-%s" % hexid(6))] + ([("msg", msg)] if msg else [])


def f_pino(phi):
    b = B()
    if not phi:
        k = ri(0, 4)
        if k == 0:
            o = O(pino_base(30, None) + [("res", O([("statusCode", ch([200, 200, 204, 304, 404]))])), ("responseTime", round(rr() * 300, 3)),
                                        ("msg", "request completed")])
        elif k == 1:
            o = O(pino_base(30, "feature flag evaluated") + [("flag", ch(["ownvoice_v2", "rf_video", "otc_trial_60d"])),
                                                             ("variant", ch(["on", "off"])), ("bucket", ri(0, 99))])
        elif k == 2:
            o = O(pino_base(40, "rate limit exceeded") + [("route", "/v2/telemetry"), ("limit", 600), ("windowSec", 60),
                                                          ("clientIp", priv_ip())])
        elif k == 3:
            o = O(pino_base(30, "product image resized") + [("src", "https://cdn.earwise.com/img/otc/pro2-%s.png" % ch(["blk", "bei"])),
                                                            ("w", 640), ("h", 640), ("ms", ri(20, 300))])
        else:
            o = O(pino_base(50, "upstream error") + [("err", O([("type", "FetchError"), ("message", "request to http://profile-svc.internal:8080/v1/users failed, reason: socket hang up"),
                                                               ("code", "ECONNRESET")]))])
        jw(b, o)
        return b
    p = pick(ADULTS)
    k = ri(0, 5)
    if k == 0:
        ph = ch(["jpeg", "png"])
        data = "data:image/%s;base64,%s" % (ph, jpeg_b64(ri(300, 700)) if ph == "jpeg" else png_b64(ri(300, 700)))
        o = O(pino_base(30, "profile avatar updated") + [("userId", p["user"], "other_id"), ("avatar", data, "photo"),
                                                         ("bytes", len(data))])
    elif k == 1:
        o = O(pino_base(30, "ownvoice enrollment stored") + [("user", p["user"], "other_id"), ("model", "ecapa-tdnn-192"),
                                                            ("voiceprint", voiceprint_b64(192), "biometric"), ("snr_db", round(15 + rr() * 20, 1))])
    elif k == 2:
        fields = [("userId", p["user"], "other_id"), ("changes", O([("dateOfBirth", dfmt(p["dob"], "iso"), "date"),
                                                                  ("phone", phone_fmt(p, 2) if p["kind"] == "us" else p["intl_ph"], "phone")]))]
        o = O(pino_base(30, "profile updated") + fields)
    elif k == 3:
        o = O(pino_base(30, "password reset requested") + [("email", p["email"], "email"), ("ip", p["ip"], "ip"),
                                                           ("template", "pwreset_v3"), ("from", "noreply@earwise.com")])
    elif k == 4:
        o = O(pino_base(30, "journey page published") + [("user", p["user"], "other_id"),
                                                          ("publicUrl", "https://my.earwise.com/u/%s/hearing-journey" % p["user"], "url"),
                                                          ("visibility", "link"), ("ageYears", p["age"], age_cat(p["age"]))])
    else:
        o = O(pino_base(30, "face id login fallback") + [("user", p["user"], "other_id"),
                                                          ("faceImage", jpeg_b64(ri(250, 500)), "photo"), ("match", False)])
    jw(b, o)
    return b


# 17. Billing / payments (Spring Boot)
def spring_pre(b, lvl, logger):
    b.t("%s %5s %d --- [nio-8080-exec-%d] %-40s : " % (ts_dot(), lvl, 4127, ri(1, 10), logger))


def f_billing(phi):
    b = B()
    if not phi:
        k = ri(0, 4)
        if k == 0:
            spring_pre(b, "INFO", "c.e.billing.PaymentService")
            b.t("Payment captured amount=%d.00 USD authCode=%s gatewayRef=ch_%s" % (ch([145, 299, 799, 2400]), hexid(6).upper(), hexid(24)))
        elif k == 1:
            spring_pre(b, "INFO", "c.e.billing.TokenService")
            b.t("Card tokenized brand=%s last4=%04d exp=%02d/%02d token=tok_%s" % (ch(["VISA", "MASTERCARD", "AMEX"]), ri(0, 9999), ri(1, 12), ri(25, 30), hexid(24)))
        elif k == 2:
            spring_pre(b, "INFO", "c.e.billing.SettlementJob")
            b.t("Daily settlement batch %s total=%d.%02d count=%d" % (Clock.now.strftime("%Y%m%d"), ri(3000, 40000), ri(0, 99), ri(5, 80)))
        elif k == 3:
            spring_pre(b, "DEBUG", "c.e.billing.WebhookController")
            b.t("Webhook signature verified (t=%d, v1=%s...)" % (int(ts_epoch()), hexid(16)))
        else:
            spring_pre(b, "INFO", "c.e.billing.InvoiceService")
            b.t("Invoice INV-2405-%05d issued to clinic EWC-%04d net30 total=%d.00" % (ri(0, 99999), ri(1, 2400), ri(300, 20000)))
        return b
    k = ri(0, 5)
    if k == 5:
        p = pick(US)
        spring_pre(b, "INFO", "c.e.billing.EligibilityClient")
        med = "mbi" in p and rr() < 0.6
        b.t("271 received trace=%s subscriber=" % hexid(10).upper()).p(p["mbi"] if med else p["member"], "health_plan")
        b.t(" payer=%s status=ACTIVE group=%s dos=" % ("CMS" if med else "BCBS", "" if med else "GRP%05d" % ri(0, 99999)))
        b.p(dfmt(p["appt"], "hl7"), "date").t(" hearing_aid_benefit=%s" % ch(["Y", "N", "U"]))
    elif k == 0:
        p = pick(US)
        spring_pre(b, "INFO", "c.e.billing.FinancingService")
        b.t("Financing application FA-2405-%04d applicant=" % ri(0, 9999)).p(p["first"], "name").t(" ").p(p["last"], "name")
        b.t(" ssn=").p(p["ssn"], "ssn").t(" bank_acct=").p(p["bank"], "account").t(" routing=%s term=24m" % aba())
    elif k == 1:
        p = pick(US)
        spring_pre(b, "WARN", "c.e.billing.DlpScanner")
        b.t("Unmasked PAN in invoice note INV-2405-%05d: '" % ri(0, 99999)).p(p["card"], "account").t("' (patient ").p(p["mrn"], "mrn").t(")")
    elif k == 2:
        p = pick(US, ("medicaid",))
        spring_pre(b, "INFO", "c.e.billing.NemtReimbursement")
        b.t("Mileage claim member=").p(p["medicaid"], "health_plan").t(" vehicle VIN ").p(p["vin"], "vehicle").t(" plate ")
        b.p(p["plate"], "vehicle").t(" miles=%.1f rate=0.67" % (5 + rr() * 80))
    elif k == 3:
        p = pick(EU)
        spring_pre(b, "INFO", "c.e.billing.SepaMandateService")
        b.t("SEPA mandate MNDT-%s created for ").p(p["first"], "name").t(" ").p(p["last"], "name").t(" IBAN ").p(p["iban"], "account")
    else:
        p = pick(US)
        spring_pre(b, "INFO", "c.e.billing.StatementService")
        b.t("Statement mailed to ").p(p["first"], "name").t(" ").p(p["last"], "name").t(" account=").p(p["billacct"], "account")
        b.t(" balance=%d.%02d via %s" % (ri(0, 900), ri(0, 99), ch(["Lob", "USPS"])))
    return b


# 18. system syslog (never PHI)
def f_syslog(phi):
    b = B()
    host = ch(["noahsync01", "ingest-02", "depot-mn01", "mirth-ci01"])
    k = ri(0, 4)
    b.t("%s %s " % (ts_syslog(), host))
    if k == 0:
        b.t("sshd[%d]: Accepted publickey for deploy from %s port %d ssh2: ED25519 SHA256:%s"
            % (ri(1000, 60000), "10.8.0.%d" % ri(2, 60), ri(30000, 65000), base64.b64encode(rbytes(32)).decode().rstrip("=")))
    elif k == 1:
        b.t("CRON[%d]: (root) CMD (/usr/local/bin/noah-backup.sh --retain 14 >/var/log/noah-backup.log 2>&1)" % ri(1000, 60000))
    elif k == 2:
        b.t("systemd[1]: Started Daily rotation of log files (logrotate.service), took %dms." % ri(30, 900))
    elif k == 3:
        b.t("postfix/smtp[%d]: %s: to=<clinic-reports@earwise-clinic.com>, relay=smtp.sendgrid.net[167.89.118.52]:587, delay=%.1f, status=sent (250 Ok: queued as %s)"
            % (ri(1000, 60000), hexid(10).upper(), rr() * 3, hexid(16)))
    else:
        b.t("kernel: [%d.%06d] usb 1-1.3: new full-speed USB device number %d using xhci_hcd" % (ri(1000, 900000), ri(0, 999999), ri(2, 20)))
    return b


FLAG_FAMS = [
    ("noah-log4net", f_noah, 10),
    ("noah-xml", f_noahxml, 4),
    ("android-logcat", f_logcat, 9),
    ("ios-oslog", f_oslog, 7),
    ("zap-json-telemetry", f_zap, 6),
    ("logfmt-remotefit", f_rfit, 6),
    ("mirth-hl7-ci", f_mirth, 5),
    ("ci-mapping-text", f_cimap, 4),
    ("hl7-ehdi", f_ehdi_hl7, 3),
    ("shopify-webhook", f_shop, 6),
    ("repair-depot", f_depot, 6),
    ("nginx-combined", f_nginx, 6),
    ("pino-json", f_pino, 7),
    ("spring-billing", f_billing, 5),
    ("syslog", f_syslog, 3),
]
SEQ_FAMS = [("csv-ehdi", seq_ehdi_csv), ("csv-returns", seq_returns)]


def main():
    lines = []  # (bytes, family, spans)
    x12_at = ri(170, 260)
    x12_done = False
    seq_used = {"csv-ehdi": 0, "csv-returns": 0}

    def nophi_share():
        if not lines:
            return TARGET_NOPHI
        return sum(1 for l in lines if not l[2]) / len(lines)

    while len(lines) < N_LINES:
        if not x12_done and len(lines) >= x12_at:
            for bb in seq_x12():
                lines.append((bytes(bb.b), "x12-837", bb.s))
            x12_done = True
            continue
        if rr() < 0.05:
            name, fn = ch(SEQ_FAMS)
            if seq_used[name] < 2:
                seq_used[name] += 1
                for bb in fn():
                    lines.append((bytes(bb.b), name, bb.s))
                continue
        tot = sum(w for _, _, w in FLAG_FAMS)
        x = rr() * tot
        for name, fn, w in FLAG_FAMS:
            x -= w
            if x < 0:
                break
        for _ in range(ri(2, 8)):
            if name == "syslog":
                phi = False
            else:
                pr = 0.45 + 1.5 * (nophi_share() - TARGET_NOPHI)
                phi = rr() < min(0.85, max(0.15, pr))
            bb = fn(phi)
            assert bool(bb.s) == phi, (name, phi, bytes(bb.b))
            lines.append((bytes(bb.b), name, bb.s))
    lines = lines[:N_LINES]

    log_out, lab_out = [], []
    for i, (raw, fam, spans) in enumerate(lines, 1):
        assert b"\n" not in raw and b"\r" not in raw, raw
        assert len(raw) <= 4000, (i, len(raw))
        raw.decode("utf-8")
        last = 0
        out_sp = []
        for s, e, cat, val in sorted(spans, key=lambda z: z[0]):
            assert s >= last, ("overlap", i, raw)
            assert raw[s:e] == val and e > s, ("mismatch", i)
            assert cat in CATS, cat
            last = e
            out_sp.append({"s": s, "e": e, "cat": cat})
        log_out.append(raw)
        lab_out.append(json.dumps({"line": i, "family": fam, "spans": out_sp}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(b"\n".join(log_out) + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_out) + "\n")


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
