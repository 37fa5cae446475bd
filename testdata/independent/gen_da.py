#!/usr/bin/env python3
"""Deterministic generator for the 'da' PHI test corpus.

Theme: medical interpreting / language services company (VRI/OPI platform,
on-site scheduling, document translation + OCR, hospital invoicing, QA audits,
patient-facing app).  Standard library only.  Writes da.log + da.labels.jsonl.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
from urllib.parse import quote
from xml.sax.saxutils import escape as xesc

random.seed(1818018)
R = random
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "da"
N_LINES = 500


# ----------------------------------------------------------------------------
# line builder with byte-offset span recording
# ----------------------------------------------------------------------------
class T:
    """tagged scalar for the JSON emitter"""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """composite string: segments are str or (str, cat)"""
    def __init__(self, *segs):
        self.segs = segs


class Ln:
    def __init__(self):
        self.b = bytearray()
        self.spans = []

    def a(self, *parts):
        for x in parts:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            else:
                self.b += x.encode("utf-8")
        return self

    def p(self, v, cat):
        assert v, "empty value"
        st = len(self.b)
        self.b += v.encode("utf-8")
        if cat:
            self.spans.append((st, len(self.b), cat, v))
        return self

    # JSON emitter ------------------------------------------------------
    def j(self, o, ea=False, sep=(",", ":")):
        if isinstance(o, dict):
            self.a("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    self.a(sep[0])
                self.a(json.dumps(k, ensure_ascii=ea), sep[1])
                self.j(v, ea, sep)
            self.a("}")
        elif isinstance(o, list):
            self.a("[")
            for i, v in enumerate(o):
                if i:
                    self.a(sep[0])
                self.j(v, ea, sep)
            self.a("]")
        elif isinstance(o, T):
            if isinstance(o.v, str):
                self.a('"').p(json.dumps(o.v, ensure_ascii=ea)[1:-1], o.cat).a('"')
            else:
                self.p(json.dumps(o.v), o.cat)
        elif isinstance(o, S):
            self.a('"')
            for seg in o.segs:
                if isinstance(seg, tuple):
                    self.p(json.dumps(seg[0], ensure_ascii=ea)[1:-1], seg[1])
                else:
                    self.a(json.dumps(seg, ensure_ascii=ea)[1:-1])
            self.a('"')
        else:
            self.a(json.dumps(o, ensure_ascii=ea))
        return self


# ----------------------------------------------------------------------------
# clock (system timestamps: never labeled)
# ----------------------------------------------------------------------------
NOW = dt.datetime(2024, 5, 14, 12, 58, 3, 120000, tzinfo=dt.timezone.utc)
REF = dt.date(2024, 5, 14)


def tick(lo=0.2, hi=14.0):
    global NOW
    NOW += dt.timedelta(seconds=R.uniform(lo, hi))


def ts_iso():
    return NOW.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (NOW.microsecond // 1000)


def ts_ms():
    return int(NOW.timestamp() * 1000)


def ts_py():
    return NOW.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (NOW.microsecond // 1000)


def ts_spring():
    return NOW.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (NOW.microsecond // 1000)


def ts_fs():
    return NOW.strftime("%Y-%m-%d %H:%M:%S.%f")


def ts_sys():
    return NOW.strftime("%b %d %H:%M:%S")


def ts_nginx():
    return NOW.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_klog():
    return NOW.strftime("%m%d %H:%M:%S.%f")


def ts_logcat():
    return NOW.strftime("%m-%d %H:%M:%S.") + "%03d" % (NOW.microsecond // 1000)


def ts_janus():
    return NOW.strftime("%a %b %d %H:%M:%S %Y")


# ----------------------------------------------------------------------------
# random id helpers (look-alikes and PHI)
# ----------------------------------------------------------------------------
HEX = "0123456789abcdef"
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def hx(n):
    return "".join(R.choice(HEX) for _ in range(n))


def b36(n):
    return "".join(R.choice(B36) for _ in range(n))


def b62(n):
    return "".join(R.choice(B62) for _ in range(n))


def dg(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uuid4():
    h = hx(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:])


def ulid():
    return "01HXY" + "".join(R.choice(CROCK) for _ in range(21))


def luhn_check(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def imei():
    body = R.choice(["35328411", "35891711", "35467810", "86769204", "35209610"]) + dg(6)
    return body + luhn_check(body)


def card_pan():
    body = R.choice(["4716", "4532", "5425", "5172"]) + dg(11)
    return body + luhn_check(body)


def npi():  # clinician identifier (look-alike, never labeled)
    body = R.choice("12") + dg(8)
    return body + luhn_check("80840" + body)


def dea(last):  # prescriber DEA (clinician, never labeled)
    d = dg(6)
    s = int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
    return R.choice("AB") + last[0].upper() + d + str(s % 10)


VIN_T = {**{str(i): i for i in range(10)},
         **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
         **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1HG", "2T1", "5YJ", "1FA", "JTD", "3VW", "KMH"])
    v = list(wmi + "".join(R.choice(al) for _ in range(5)) + "0" + R.choice("LMNPR") +
             R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + dg(6))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W))
    c = s % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def mbi():
    alpha = "ACDEFGHJKMNPQRTUVWXY"
    an = alpha + "0123456789"
    return (R.choice("123456789") + R.choice(alpha) + R.choice(an) + R.choice("0123456789") +
            R.choice(alpha) + R.choice(an) + R.choice("0123456789") + R.choice(alpha) +
            R.choice(alpha) + dg(2))


def iban(cc, bban):
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(conv) % 97
    return "%s%02d%s" % (cc, chk, bban)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def cn_resident_id(dob):
    body = R.choice(["110105", "440304", "350102", "310115"]) + dob.strftime("%Y%m%d") + dg(3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * x for c, x in zip(body, w)) % 11]


def curp(last1, last2, first, dob, sex, state="DF"):
    vow = [c for c in last1[1:] if c in "AEIOU"]
    base = (last1[0] + (vow[0] if vow else "X") + last2[0] + first[0] + dob.strftime("%y%m%d") +
            ("M" if sex == "F" else "H") + state)
    cons = lambda w: next((c for c in w[1:] if c not in "AEIOU"), "X")
    base += cons(last1) + cons(last2) + cons(first) + ("0" if dob.year < 2000 else "A")
    tab = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    s = sum(tab.index(c) * (18 - i) for i, c in enumerate(base))
    return base + str((10 - s % 10) % 10)


def snils():
    n = dg(9)
    s = sum(int(c) * (9 - i) for i, c in enumerate(n))
    if s > 101:
        s %= 101
    c = 0 if s in (100, 101) else s
    return "%s-%s-%s %02d" % (n[:3], n[3:6], n[6:], c)


def ssn():
    while True:
        a = R.randint(101, 772)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def b64blob(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def fake_jpeg_b64(n):
    hdr = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(hdr + bytes(R.getrandbits(8) for _ in range(n)) + b"\xff\xd9").decode()


def fake_png_b64(n):
    hdr = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xa0\x08\x02\x00\x00\x00"
    return base64.b64encode(hdr + bytes(R.getrandbits(8) for _ in range(n))).decode()


def fold(s):
    s = s.replace("Đ", "D").replace("đ", "d").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


DEV = str.maketrans("0123456789", "०१२३४५६७८९")
ARD = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]


def fd(d, st):
    if st == "iso":
        return d.strftime("%Y-%m-%d")
    if st == "us":
        return d.strftime("%m/%d/%Y")
    if st == "eu":
        return d.strftime("%d/%m/%Y")
    if st == "dot":
        return d.strftime("%d.%m.%Y")
    if st == "hl7":
        return d.strftime("%Y%m%d")
    if st == "cn":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if st == "ko":
        return "%d년 %d월 %d일" % (d.year, d.month, d.day)
    if st == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if st == "es":
        return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)
    if st == "dev":
        return d.strftime("%Y-%m-%d").translate(DEV)
    if st == "arab":
        return d.strftime("%d/%m/%Y").translate(ARD)
    raise ValueError(st)


LANG_DATE = {"vi": "eu", "es": "eu", "ht": "eu", "pt": "eu", "so": "eu", "ru": "dot", "uk": "dot",
             "pl": "dot", "cmn": "cn", "yue": "cn", "ko": "ko", "ne": "dev", "ar": "eu", "fa": "eu",
             "prs": "eu", "am": "eu", "sw": "eu", "bn": "eu"}


def rdate(a, b):
    a, b = dt.date(*a), dt.date(*b)
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


# ----------------------------------------------------------------------------
# reference data
# ----------------------------------------------------------------------------
COMPANY = "LinguaBridge Health"
CDOM = "linguabridgehealth.com"

HOSP = {
    "LRH": dict(name="Lakeshore Regional Health", street="1901 S Cedar St", city="Tacoma", st="WA", zip="98405",
                area="253", phone="253-555-0100", fax="253-555-0109", fhir="https://fhir.lakeshorehealth.org/api/FHIR/R4",
                oid="1.2.840.114350.1.13.411.2.7.5.737384.14", dom="lakeshorehealth.org"),
    "SBMC": dict(name="St. Brigid Medical Center", street="3100 Hiawatha Crest Dr", city="Minneapolis", st="MN",
                 zip="55407", area="612", phone="612-555-0104", fax="612-555-0108", fhir="https://ehr.stbrigidmc.org/fhir/r4",
                 oid="1.2.840.114350.1.13.522.2.7.5.737384.14", dom="stbrigidmc.org"),
    "MVH": dict(name="Mercy Valley Hospital", street="4400 Maple Canyon Ave", city="Columbus", st="OH", zip="43219",
                area="614", phone="614-555-0111", fax="614-555-0112", fhir="https://interop.mercyvalley.org/R4",
                oid="2.16.840.1.113883.3.7714.1", dom="mercyvalley.org"),
    "BCH": dict(name="Bayfront Community Hospital", street="55 Breakwater Rd", city="Lynn", st="MA", zip="01901",
                area="781", phone="781-555-0115", fax="781-555-0116", fhir="https://fhir.bayfrontch.org/R4",
                oid="2.16.840.1.113883.3.9921.2", dom="bayfrontch.org"),
    "CBMC": dict(name="Coney Bay Medical Center", street="2200 Neptune Shore Ave", city="Brooklyn", st="NY",
                 zip="11224", area="718", phone="718-555-0120", fax="718-555-0121", fhir="https://api.coneybaymc.org/fhir/R4",
                 oid="2.16.840.1.113883.3.6180.1", dom="coneybaymc.org"),
}

LANGNAME = {"vi": "Vietnamese", "uk": "Ukrainian", "tl": "Tagalog", "ko": "Korean", "prs": "Dari", "so": "Somali",
            "hmn": "Hmong", "am": "Amharic", "kar": "Karen", "ne": "Nepali", "sw": "Swahili", "ar": "Arabic",
            "bn": "Bengali", "ht": "Haitian Creole", "es": "Spanish", "pt": "Portuguese (BR)", "km": "Khmer",
            "ase": "ASL", "ru": "Russian", "cmn": "Mandarin", "yue": "Cantonese", "fa": "Farsi", "pl": "Polish"}
IVR_CODE = {"es": 11, "vi": 12, "so": 14, "ru": 15, "cmn": 16, "yue": 17, "ar": 18, "ht": 19, "ne": 21, "pt": 22,
            "ko": 23, "prs": 24, "uk": 25, "am": 26, "hmn": 27, "kar": 28, "sw": 29, "bn": 31, "km": 32, "fa": 33,
            "tl": 34, "pl": 35, "ase": 90}

INTERP = {
    "es": [("INT-20417", "Lucía Ferrer"), ("INT-18862", "Carlos Mendoza")], "vi": [("INT-19872", "Thu Trang Vo")],
    "so": [("INT-20533", "Abdirahman Osman"), ("INT-21190", "Ifrah Jama")], "ru": [("INT-17745", "Dmitri Sokolov")],
    "uk": [("INT-21402", "Iryna Melnyk")], "cmn": [("INT-18120", "Hui Fang Lin")], "yue": [("INT-18121", "Kwok Wai Lam")],
    "ar": [("INT-19330", "Layla Haddad")], "ht": [("INT-20091", "Marie-Claude Baptiste")], "ne": [("INT-20760", "Bikash Adhikari")],
    "pt": [("INT-19508", "Fernanda Ribeiro")], "ko": [("INT-18933", "Hyun-woo Cho")], "prs": [("INT-21015", "Ahmad Karimi")],
    "fa": [("INT-21016", "Shirin Tavakoli")], "am": [("INT-20288", "Mulugeta Bekele")], "hmn": [("INT-19611", "Tou Xiong")],
    "kar": [("INT-21377", "Paw Say")], "sw": [("INT-20840", "Baraka Mwangi")], "bn": [("INT-21103", "Shirin Akter")],
    "km": [("INT-19844", "Sophea Kim")], "tl": [("INT-20372", "Rosa Villanueva")], "pl": [("INT-18450", "Piotr Nowak")],
    "ase": [("INT-20011", "Jordan Ellis")],
}
CLIN = [("Anil", "Mehta"), ("Rebecca", "Thornton"), ("Olufemi", "Adeyemi"), ("Sarah", "Lindqvist"),
        ("Hiroshi", "Tanaka"), ("Priya", "Raman"), ("Thomas", "Kowalczyk"), ("Elena", "Vasquez")]
STAFF = ["Kathleen O'Brien", "Marcus Delgado", "Dana Whitfield", "Trevor Okafor", "Jennifer Park", "Luis Jiménez",
         "Amira Said", "Brian Castellano"]
QA_REVIEWERS = [("QA-019", "Dana Whitfield"), ("QA-024", "Noor Haddad"), ("QA-031", "Gabriel Souza"), ("QA-007", "Mei Tanaka")]

# key, first, mid, last, full(latin), native, lang, sex, dob, hosp, street, city, zip
RAW = [
    ("lan", "Lan", "Thị", "Nguyễn", "Nguyễn Thị Lan", None, "vi", "F", (1956, 2, 12), "LRH", "4417 S Alder St", "Tacoma", "98409"),
    ("hung", "Hùng", "Văn", "Trần", "Trần Văn Hùng", None, "vi", "M", (1931, 7, 3), "LRH", "1123 E 56th St", "Tacoma", "98404"),
    ("oksana", "Oksana", "", "Bondarenko", "Oksana Bondarenko", "Оксана Бондаренко", "uk", "F", (1988, 11, 21), "LRH", "24510 64th Ave S Apt C-207", "Kent", "98032"),
    ("maricel", "Maricel", "", "Dela Cruz", "Maricel Dela Cruz", None, "tl", "F", (1979, 4, 30), "LRH", "8812 Gravelly Lake Dr SW", "Lakewood", "98499"),
    ("kim", "Young-sook", "", "Kim", "Kim Young-sook", "김영숙", "ko", "F", (1933, 9, 15), "LRH", "31620 23rd Ave S Unit 4", "Federal Way", "98003"),
    ("zarghuna", "Zarghuna", "", "Ahmadzai", "Zarghuna Ahmadzai", "زرغونه احمدزی", "prs", "F", (1995, 1, 8), "LRH", "3815 S Yakima Ave Apt 12", "Tacoma", "98418"),
    ("faadumo", "Faadumo", "Cabdi", "Warsame", "Faadumo Cabdi Warsame", None, "so", "F", (1990, 6, 17), "SBMC", "1520 S 6th St Apt 1211", "Minneapolis", "55454"),
    ("maxamed", "Maxamed", "Xasan", "Cali", "Maxamed Xasan Cali", None, "so", "M", (1962, 3, 1), "SBMC", "2930 Bloomington Ave", "Minneapolis", "55407"),
    ("hodan", "Hodan", "Yuusuf", "Nuur", "Hodan Yuusuf Nuur", None, "so", "F", (2019, 10, 22), "SBMC", "615 Cedar Ave S Apt 904", "Minneapolis", "55454"),
    ("panhia", "Pa Nhia", "", "Vang", "Pa Nhia Vang", None, "hmn", "F", (1948, 12, 5), "SBMC", "1047 Payne Ave", "St. Paul", "55130"),
    ("tigist", "Tigist", "", "Woldemariam", "Tigist Woldemariam", "ትዕግሥት ወልደማርያም", "am", "F", (1984, 2, 14), "SBMC", "4120 E Lake St Apt 3", "Minneapolis", "55406"),
    ("saw", "Saw Eh", "", "Htoo", "Saw Eh Htoo", None, "kar", "M", (1971, 8, 9), "SBMC", "1788 Arcade St", "St. Paul", "55109"),
    ("sunita", "Sunita", "", "Gurung", "Sunita Gurung", "सुनिता गुरुङ", "ne", "F", (1975, 5, 19), "MVH", "5731 Kenmore Way Apt B", "Columbus", "43229"),
    ("ram", "Ram Bahadur", "", "Thapa", "Ram Bahadur Thapa", "राम बहादुर थापा", "ne", "M", (1932, 1, 26), "MVH", "2260 Arbor Ridge Ln", "Columbus", "43229"),
    ("dilmaya", "Dil Maya", "", "Tamang", "Dil Maya Tamang", "दिल माया तामाङ", "ne", "F", (1968, 10, 2), "MVH", "4989 Karl Rd Apt 214", "Columbus", "43229"),
    ("neema", "Neema", "", "Mwakasege", "Neema Mwakasege", None, "sw", "F", (1993, 7, 27), "MVH", "1371 Cleveland Heights Blvd", "Columbus", "43211"),
    ("mohammed", "Mohammed", "Abdullah", "Al-Husseini", "Mohammed Abdullah Al-Husseini", "محمد عبد الله الحسيني", "ar", "M", (1958, 4, 9), "MVH", "6022 Sawmill Glen Dr", "Dublin", "43017"),
    ("rahima", "Rahima", "", "Khatun", "Rahima Khatun", "রহিমা খাতুন", "bn", "F", (1980, 12, 31), "MVH", "870 Hamilton Crossing Rd", "Columbus", "43232"),
    ("wideline", "Wideline", "", "Pierre-Louis", "Wideline Pierre-Louis", None, "ht", "F", (1987, 3, 28), "BCH", "112 Chestnut St Apt 3", "Lynn", "01902"),
    ("jeanrobert", "Jean-Robert", "", "Dorvil", "Jean-Robert Dorvil", None, "ht", "M", (1929, 12, 11), "BCH", "48 Essex St", "Lynn", "01902"),
    ("maria", "María Guadalupe", "", "Hernández Ruiz", "María Guadalupe Hernández Ruiz", None, "es", "F", (1972, 8, 14), "BCH", "27 Union St Apt 2", "Lynn", "01902"),
    ("joseluis", "José Luis", "", "Ortega Méndez", "José Luis Ortega Méndez", None, "es", "M", (1966, 11, 3), "BCH", "390 Broadway", "Chelsea", "02150"),
    ("rigoberto", "Rigoberto", "", "Quispe Mamani", "Rigoberto Quispe Mamani", None, "es", "M", (1985, 2, 2), "BCH", "15 Pleasant St", "Revere", "02151"),
    ("joao", "João Batista", "", "Carvalho", "João Batista Carvalho", None, "pt", "M", (1959, 6, 24), "BCH", "204 Lowell St", "Peabody", "01960"),
    ("sokha", "Sokha", "", "Chhim", "Sokha Chhim", "ឈឹម សុខា", "km", "F", (1961, 9, 9), "BCH", "77 Franklin St", "Lynn", "01902"),
    ("ingrid", "Ingrid", "", "Solheim", "Ingrid Solheim", None, "ase", "F", (1979, 1, 19), "BCH", "9 Sagamore Hill Rd", "Swampscott", "01907"),
    ("svetlana", "Svetlana", "Igorevna", "Kuznetsova", "Svetlana Kuznetsova", "Светлана Игоревна Кузнецова", "ru", "F", (1950, 10, 6), "CBMC", "2871 Ocean Pkwy Apt 5F", "Brooklyn", "11235"),
    ("viktor", "Viktor", "Pavlovich", "Orlov", "Viktor Orlov", "Виктор Павлович Орлов", "ru", "M", (1933, 3, 17), "CBMC", "3100 Brighton 5th St Apt 2C", "Brooklyn", "11235"),
    ("meiling", "Meiling", "", "Chen", "Meiling Chen", "陈美玲", "cmn", "F", (1983, 5, 5), "CBMC", "5912 7th Ave Fl 2", "Brooklyn", "11220"),
    ("wong", "Chi Ming", "", "Wong", "Wong Chi Ming", "黃志明", "yue", "M", (1945, 2, 20), "CBMC", "842 60th St", "Brooklyn", "11220"),
    ("li", "Xiuying", "", "Li", "Li Xiuying", "李秀英", "cmn", "F", (1930, 8, 8), "CBMC", "41-25 Kissena Blvd Apt 6H", "Flushing", "11355"),
    ("fatima", "Fatima Zahra", "", "Benali", "Fatima Zahra Benali", "فاطمة الزهراء بنعلي", "ar", "F", (1998, 2, 11), "CBMC", "7114 Fort Hamilton Pkwy", "Brooklyn", "11228"),
    ("maryam", "Maryam", "", "Rezaei", "Maryam Rezaei", "مریم رضایی", "fa", "F", (1977, 6, 30), "CBMC", "1845 E 13th St", "Brooklyn", "11229"),
    ("krzysztof", "Krzysztof", "", "Wójcik", "Krzysztof Wójcik", None, "pl", "M", (1964, 9, 12), "CBMC", "187 Nassau Ave", "Brooklyn", "11222"),
]
RELS = {
    "hung": ("Trần Minh Quân", "SON"), "hodan": ("Sahra Maxamuud Jaamac", "MTH"), "jeanrobert": ("Nadège Dorvil-Étienne", "DAU"),
    "li": ("Amy Zhang", "GCH"), "viktor": ("Галина Орлова", "SPO"), "ram": ("Bishnu Thapa", "SON"),
    "kim": ("Grace Park", "DAU"), "maria": ("Efraín Castillo", "SPO"), "mohammed": ("Omar Al-Husseini", "SON"),
    "panhia": ("Kou Vang", "SON"), "wong": ("Wong Siu Fan", "SPO"), "faadumo": ("Cabdiraxmaan Warsame", "BRO"),
}
REL_TXT = {"SON": "Son", "MTH": "Mother", "DAU": "Daughter", "GCH": "Granddaughter", "SPO": "Spouse", "BRO": "Brother"}
MAILDOM = {"ru": ["mail.ru", "yandex.ru", "gmail.com"], "cmn": ["qq.com", "163.com", "gmail.com"], "yue": ["yahoo.com.hk", "hotmail.com"],
           "uk": ["ukr.net", "gmail.com"], "ko": ["naver.com", "gmail.com"]}
PUB_PREFIX = ["73.%d", "24.%d", "98.%d", "67.%d", "71.%d", "108.%d", "174.%d", "172.58", "172.56", "76.%d", "99.%d"]

used_phone = set()


def new_phone(area):
    while True:
        n = "%s-555-01%02d" % (area, R.randint(30, 99))
        if n not in used_phone:
            used_phone.add(n)
            return n


def pub_ip():
    pre = R.choice(PUB_PREFIX)
    if "%d" in pre:
        pre = pre % R.randint(2, 250)
    return "%s.%d.%d" % (pre, R.randint(1, 254), R.randint(2, 254))


def pub_ip6():
    return "2601:%x:%x:%x:%x:%x:%x:%x" % tuple(R.randint(0x100, 0xffff) for _ in range(7))


def mk_mrn(h):
    if h == "LRH":
        return "%08d" % R.randint(100000, 9999999)
    if h == "SBMC":
        return "E" + dg(7)
    if h == "MVH":
        return "MV" + dg(7)
    if h == "BCH":
        return str(R.randint(1000000, 9999999))
    return "3" + dg(8)


def mk_plan(p):
    if p["age"] >= 65 and R.random() < 0.8:
        return "Medicare", mbi()
    st = HOSP[p["hosp"]]["st"]
    if R.random() < 0.25:
        return R.choice(["Premera Blue Cross", "UnitedHealthcare", "Aetna", "Fidelis Care"]), \
            R.choice(["XGH", "ZGP", "W", "YLJ"]) + dg(9)
    if st == "WA":
        return "Apple Health (Medicaid)", dg(9) + "WA"
    if st == "MN":
        return "Medical Assistance (MN)", dg(8)
    if st == "OH":
        return "Ohio Medicaid", "1" + dg(11)
    if st == "MA":
        return "MassHealth", "1" + dg(11)
    return "NY Medicaid", "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + dg(5) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")


def mk_dl(st):
    if st == "WA":
        return "WDL" + "".join(R.choice("ABCDEFGHJKLMNPQRSTVWXYZ0123456789") for _ in range(9))
    if st == "MN":
        return R.choice("ABCDHKLMNRSTVW") + dg(12)
    if st == "OH":
        return R.choice(["SR", "TK", "RB", "UA"]) + dg(6)
    if st == "MA":
        return "S" + dg(8)
    return dg(9)


def age_of(dob):
    return REF.year - dob.year - ((REF.month, REF.day) < (dob.month, dob.day))


P = []
PK = {}
for r in RAW:
    key, first, mid, last, full, native, lang, sex, dob, hosp, street, city, zp = r
    dob = dt.date(*dob)
    p = dict(key=key, first=first, mid=mid, last=last, full=full, native=native or full, lang=lang, sex=sex, dob=dob,
             hosp=hosp, street=street, city=city, st=HOSP[hosp]["st"], zip=zp, age=age_of(dob))
    p["phone"] = new_phone(HOSP[hosp]["area"] if R.random() < 0.8 else R.choice(["206", "651", "380", "617", "347", "929"]))
    p["e164"] = "+1" + p["phone"].replace("-", "")
    fa, la = fold(first).split()[0].lower(), fold(last).replace(" ", "").replace("-", "").lower()
    dom = R.choice(MAILDOM.get(lang, ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com"]))
    p["email"] = R.choice(["%s.%s%02d", "%s%s%02d", "%s_%s%02d"]) % (fa, la, dob.year % 100) + "@" + dom
    p["user"] = R.choice(["%s.%s%d", "%s_%s%d", "%s%s%d"]) % (fa, la[:6], R.randint(1, 99))
    p["mrn"] = mk_mrn(hosp)
    p["ssn"] = ssn() if R.random() < 0.7 else None
    p["plan_name"], p["plan_id"] = mk_plan(p)
    p["har"] = str(R.randint(3, 7)) + dg(9)
    p["imei"] = imei()
    p["ip"] = pub_ip6() if R.random() < 0.2 else pub_ip()
    p["dl"] = mk_dl(p["st"])
    p["slug"] = "%s-%s-%s" % (fa, la, b36(4))
    if key in RELS:
        rn, rc = RELS[key]
        p["rel"] = dict(name=rn, code=rc, phone=new_phone(HOSP[hosp]["area"]))
    else:
        p["rel"] = None
    if key == "maria" and not p["ssn"]:
        p["ssn"] = ssn()
    P.append(p)
    PK[key] = p

# a few people reappear more often (frequent users)
P_WEIGHTS = [3 if p["key"] in ("lan", "faadumo", "maria", "svetlana", "wideline", "ram", "meiling", "mohammed") else
             2 if p["age"] > 89 else 1 for p in P]


def pick():
    return R.choices(P, weights=P_WEIGHTS)[0]


def interp(p):
    return R.choice(INTERP[p["lang"]])


def up(s):
    return fold(s).upper()


def lf(p):  # "LAST, FIRST"
    return "%s, %s" % (up(p["last"]), up(p["first"]))


def dstyle(p):
    return LANG_DATE.get(p["lang"], "us")


def future_appt():
    return rdate((2024, 5, 15), (2024, 6, 28))


APPT_TIMES = ["07:30", "08:00", "08:45", "09:30", "10:15", "11:00", "13:00", "13:30", "14:15", "15:00", "15:45"]

# ----------------------------------------------------------------------------
# episodes; each returns list of (family, Ln)
# ----------------------------------------------------------------------------
DEPTS = ["ED", "L&D", "ICU-3", "Peds", "Onc Infusion", "Ortho Clinic", "Radiology", "Med/Surg 5W", "Cardiology", "Dialysis"]


def ep_vri():
    out = []
    p = pick()
    h = p["hosp"]
    sid = "vs_" + ulid()
    host = "vri-api-%s-%s" % (hx(9), b36(5))
    pid = R.choice([1, 1, 19])
    dept = R.choice(DEPTS)
    cart = "cart-%s-%02d" % (h, R.randint(1, 48))
    lp = "en-US>" + p["lang"]
    tick()
    out.append(("vri-pino-json", Ln().j({"level": 30, "time": ts_ms(), "pid": pid, "hostname": host, "reqId": "req-" + b36(6),
                                         "msg": "session requested", "sessionId": sid, "facility": h, "dept": dept,
                                         "endpointId": cart, "langPair": lp, "modality": R.choice(["video", "video", "audio"])})))
    r = R.random()
    if r < 0.6:
        tick(0.05, 0.6)
        mrn_key = R.choice(["mrn", "patientMrn", "pt_mrn"])
        nm_key = R.choice(["ptName", "patientName", "name"])
        ctx = {"iss": HOSP[h]["fhir"], mrn_key: T(p["mrn"], "mrn"), nm_key: T(lf(p), "name"),
               "birthDate": T(fd(p["dob"], "iso"), "date"), "encounterType": R.choice(["EMER", "IMP", "AMB"])}
        if R.random() < 0.4:
            ctx["ageYears"] = T(p["age"], "age") if p["age"] > 89 else p["age"]
        if R.random() < 0.35:
            ctx["coverage"] = {"payer": p["plan_name"], "memberId": T(p["plan_id"], "health_plan"), "interpreterBillable": True}
        out.append(("vri-pino-json", Ln().j({"level": 30, "time": ts_ms(), "pid": pid, "hostname": host,
                                             "reqId": "req-" + b36(6), "msg": "ehr launch context resolved",
                                             "sessionId": sid, "launch": ctx})))
    elif r < 0.8:
        tick(0.05, 0.6)
        other = R.choice([x for x in LANGNAME if x != p["lang"]])
        out.append(("vri-pino-json", Ln().j({"level": 40, "time": ts_ms(), "pid": pid, "hostname": host,
                                             "reqId": "req-" + b36(6), "msg": "requested language differs from EHR preferred language",
                                             "sessionId": sid, "requested": p["lang"], "ehrPreferred": other,
                                             "patient_id": T(p["mrn"], "mrn")})))
    q = R.randint(4000, 140000)
    if R.random() < 0.5:
        tick(2, 15)
        out.append(("vri-pino-json", Ln().j({"level": 30, "time": ts_ms(), "pid": pid, "hostname": host, "msg": "queue position update",
                                             "sessionId": sid, "queuePos": R.randint(1, 9), "queueMs": R.randint(1000, q),
                                             "skill": "%s-medical-t%d" % (p["lang"], R.randint(1, 3))})))
    if q > 90000:
        out.append(("vri-pino-json", Ln().j({"level": 40, "time": ts_ms(), "pid": pid, "hostname": host, "msg": "queue SLA breach",
                                             "sessionId": sid, "slaMs": 90000, "queueMs": q, "lang": p["lang"], "escalation": "pager"})))
    iid, iname = interp(p)
    tick(1, 8)
    out.append(("vri-pino-json", Ln().j({"level": 30, "time": ts_ms(), "pid": pid, "hostname": host, "msg": "interpreter matched",
                                         "sessionId": sid, "interpreterId": iid, "interpreterName": iname, "queueMs": q,
                                         "mediaNode": "sfu-%02d.use1.internal" % R.randint(1, 12)})))
    if R.random() < 0.35:
        tick(5, 40)
        out.append(("vri-pino-json", Ln().j({"level": 30, "time": ts_ms(), "pid": pid, "hostname": host, "msg": "third party joined",
                                             "sessionId": sid, "role": "patient_remote", "client": R.choice(["ios", "android", "web"]),
                                             "remoteAddr": T(p["ip"], "ip"), "displayName": T(p["full"], "name")})))
    if R.random() < 0.45:
        tick(30, 200)
        dur = R.randint(180, 3600)
        out.append(("vri-pino-json", Ln().j({"level": 30, "time": ts_ms(), "pid": pid, "hostname": host, "msg": "session ended",
                                             "sessionId": sid, "durationSec": dur, "billableMin": (dur + 59) // 60,
                                             "endReason": R.choice(["clinician_hangup", "interpreter_hangup", "network", "transfer"]),
                                             "mos": round(R.uniform(3.1, 4.5), 2), "rttP95Ms": R.randint(40, 420)})))
    return out


def ep_opi():
    out = []
    p = pick()
    h = HOSP[p["hosp"]]
    u1, u2, u3 = uuid4(), uuid4(), uuid4()
    hosp_num = "+1" + h["phone"].replace("-", "")
    gw = "10.20.4.%d" % R.randint(10, 40)
    iid, _ = interp(p)
    isip = "sofia/internal/%s@10.20.8.%d" % (iid, R.randint(10, 90))
    tick()
    out.append(("freeswitch", Ln().a(ts_fs(), " [NOTICE] switch_channel.c:1104 New Channel sofia/external/%s@%s [%s]" % (hosp_num, gw, u1))))
    tick(3, 12)
    if R.random() < 0.6:
        out.append(("freeswitch", Ln().a(ts_fs(), " [INFO] mod_dptools.c:1743 sofia/external/%s@%s ivr_collect lang_code=%d (%s) acct=%s-%s pin_ok=true"
                                     % (hosp_num, gw, IVR_CODE[p["lang"]], LANGNAME[p["lang"]], p["hosp"], R.choice(["ED", "CLINIC", "INPT", "OB"])))))
    tick(5, 40)
    out.append(("freeswitch", Ln().a(ts_fs(), " [NOTICE] switch_ivr_originate.c:3545 Channel [%s] has been answered" % isip)))
    if R.random() < 0.8:
        tick(20, 90)
        num = p["e164"] if R.random() < 0.7 or not p["rel"] else "+1" + p["rel"]["phone"].replace("-", "")
        out.append(("freeswitch", Ln().a(ts_fs(), " [INFO] switch_ivr_originate.c:2137 [3way] originate leg=patient_home dest=sofia/gateway/bw-out/",
                                         (num, "phone"), " origination_caller_id_name='%s' origination_uuid=%s" % (h["name"][:15], u3))))
        tick(4, 25)
        out.append(("freeswitch", Ln().a(ts_fs(), " [NOTICE] switch_ivr_originate.c:3545 Channel [sofia/gateway/bw-out/", (num, "phone"), "] has been answered")))
    tick(60, 400)
    out.append(("freeswitch", Ln().a(ts_fs(), " [NOTICE] switch_channel.c:3993 Hangup %s [CS_EXCHANGE_MEDIA] [NORMAL_CLEARING]" % isip)))
    if R.random() < 0.5:
        out.append(("freeswitch", Ln().a(ts_fs(), " [INFO] mod_cdr_csv.c:238 cdr written uuid=%s billsec=%d lang=%s interp=%s hangup_cause=NORMAL_CLEARING"
                                     % (u1, R.randint(60, 3000), p["lang"], iid))))
    return out


def ep_sip():
    out = []
    host = "sbc-edge-%02d" % R.randint(1, 3)
    pid = R.randint(1800, 2400)
    for _ in range(R.randint(1, 3)):
        tick()
        iid = R.choice(list(INTERP.values()))[0][0]
        out.append(("kamailio-syslog", Ln().a("%s %s /usr/sbin/kamailio[%d]: NOTICE: <script>: REGISTER from sip:%s@sip.%s src=10.20.8.%d:5060 expires=3600 ua=\"%s\""
                                              % (ts_sys(), host, pid, iid, CDOM, R.randint(10, 90), R.choice(["Zoiper rv2.10.20.2", "Bria 6.7.1", "LBH-Softphone/3.2.0"])))))
    if R.random() < 0.55:
        p = pick()
        tick()
        cid = hx(24) + "@" + host
        if R.random() < 0.5:
            out.append(("kamailio-syslog", Ln().a("%s %s /usr/sbin/kamailio[%d]: INFO: <script>: [CB] INVITE ru=sip:" % (ts_sys(), host, pid),
                                                  (p["e164"], "phone"), "@bw-out.carrier.net fu=sip:+18885550123@sip.%s callid=%s X-Callback-Reason=patient_app_request X-App-User=" % (CDOM, cid),
                                                  (p["user"], "other_id"))))
        else:
            out.append(("kamailio-syslog", Ln().a("%s %s /usr/sbin/kamailio[%d]: INFO: <script>: [IN] INVITE ru=sip:+18885550123@sip.%s fu=sip:" % (ts_sys(), host, pid, CDOM),
                                                  (p["e164"], "phone"), "@bw-in.carrier.net si=198.51.100.%d callid=%s lang_hint=%s" % (R.randint(2, 250), cid, p["lang"]))))
        tick(0.01, 0.3)
        out.append(("kamailio-syslog", Ln().a("%s %s /usr/sbin/kamailio[%d]: INFO: <script>: reply 200 OK callid=%s rtpengine=10.20.6.%d:%d" %
                                              (ts_sys(), host, pid, cid, R.randint(2, 30), R.randrange(30000, 40000, 2)))))
    tick()
    out.append(("kamailio-syslog", Ln().a("%s %s /usr/sbin/kamailio[%d]: WARNING: <core> [core/tcp_main.c:4800]: tcpconn_main_timeout(): connect 10.20.4.%d:5061 failed (timeout)"
                                          % (ts_sys(), host, pid, R.randint(10, 40)))))
    return out


def ep_webrtc():
    out = []
    p = pick()
    sid = "vs_" + ulid()
    hdl = R.randint(1000000000, 9999999999)
    tick()
    out.append(("janus", Ln().a("[%s] [%d] Creating ICE agent (ICE Full mode, controlling)" % (ts_janus(), hdl))))
    tick(0.05, 0.5)
    out.append(("janus", Ln().a("[%s] [%d] Remote candidate (peer=hospital-cart %s): candidate:%d 1 udp 2122260223 10.44.%d.%d %d typ host generation 0"
                                % (ts_janus(), hdl, sid, R.randint(100000000, 4000000000), R.randint(0, 255), R.randint(2, 250), R.randint(49152, 65535)))))
    if R.random() < 0.85:
        tick(0.05, 0.5)
        ip = p["ip"]
        port = R.randint(49152, 65535)
        L = Ln().a("[%s] [%d] Remote candidate (peer=patient-app/%s %s): candidate:%d 1 udp 1686052607 " %
                   (ts_janus(), hdl, R.choice(["android 4.12.0", "ios 4.12.1", "web"]), sid, R.randint(100000000, 4000000000)),
                   (ip, "ip"), (" %d typ srflx raddr 192.168.%d.%d rport %d generation 0" % (port, R.randint(0, 5), R.randint(2, 250), port)) if ":" not in ip else " %d typ host generation 0" % port)
        out.append(("janus", L))
        tick(0.2, 2)
        sess = "0010000000000%05d" % R.randint(1000, 99999)
        out.append(("coturn", Ln().a("%d: : session %s: realm <turn.%s> user <%d:pt-%s>: incoming packet ALLOCATE processed, success"
                                     % (int(NOW.timestamp()), sess, CDOM, int(NOW.timestamp()) + 3600, b36(6)))))
        out.append(("coturn", Ln().a("%d: : session %s: peer " % (int(NOW.timestamp()), sess), (ip, "ip"), " lifetime updated: 300")))
    tick(0.5, 3)
    if R.random() < 0.5:
        out.append(("janus", Ln().a("[%s] [%d] The DTLS handshake has been completed" % (ts_janus(), hdl))))
    tick(5, 20)
    out.append(("webrtc-stats-json", Ln().j({"ts": ts_ms(), "sessionId": sid, "peer": R.choice(["patient", "clinician", "interpreter"]),
                                             "type": "candidate-pair", "currentRoundTripTime": round(R.uniform(0.02, 0.3), 3),
                                             "availableOutgoingBitrate": R.randint(300, 2500) * 1000, "bytesReceived": R.randint(1000000, 900000000),
                                             "packetsLost": R.randint(0, 400), "jitter": round(R.uniform(0.001, 0.05), 4)})))
    return out


SCHED_HDR = "appt_id,facility,unit,appt_date,start,end,language,patient_name,mrn,dob,interpreter_id,interpreter_name,status,notes"


def ep_sched():
    out = []
    tick()
    fac = R.choice(list(HOSP))
    out.append(("sched-csv", Ln().a("# export onsite_schedule facility=%s generated=%s rows=%d" % (fac, ts_iso(), R.randint(40, 160)))))
    out.append(("sched-csv", Ln().a(SCHED_HDR)))
    pats = [p for p in P if p["hosp"] == fac]
    for _ in range(R.randint(3, 6)):
        aid = "A-%d" % R.randint(2400000, 2499999)
        st = R.choice(APPT_TIMES)
        en = "%02d:%s" % (int(st[:2]) + R.choice([1, 2]), st[3:])
        if R.random() < 0.3:
            lang = R.choice(list(INTERP))
            iid, iname = R.choice(INTERP[lang])
            out.append(("sched-csv", Ln().a("%s,%s,%s,%s,%s,%s,%s,,,,%s,%s,%s,%s" % (
                aid, fac, R.choice(["Education", "Interpreter Services", "Main Lobby"]), fd(future_appt(), "iso"), st, en,
                LANGNAME[lang], iid, iname, R.choice(["TRAINING", "STANDBY", "BLOCKED"]),
                R.choice(["Medical terminology refresher", "On-call coverage 4W/5W", "Badge renewal", ""])))))
            continue
        p = R.choice(pats)
        iid, iname = interp(p)
        L = Ln().a("%s,%s,%s," % (aid, fac, R.choice(DEPTS)), (fd(future_appt(), "iso"), "date"),
                   ",%s,%s,%s,\"" % (st, en, LANGNAME[p["lang"]]), (lf(p), "name"), "\",", (p["mrn"], "mrn"), ",",
                   (fd(p["dob"], "us"), "date"), ",%s,%s,%s," % (iid, iname, R.choice(["CONFIRMED", "CONFIRMED", "PENDING", "CANCELLED"])))
        nr = R.random()
        if p["age"] > 89 and nr < 0.6:
            L.a("\"", (str(p["age"]), "age"), " y/o; HOH, wheelchair\"")
        elif p["rel"] and nr < 0.7:
            L.a("\"%s " % REL_TXT[p["rel"]["code"]], (p["rel"]["name"], "name"), " (", (p["rel"]["phone"], "phone"), ") will attend\"")
        elif nr < 0.8:
            L.a("\"Consent for procedure; call unit clerk %s x%s\"" % (R.choice(STAFF), dg(4)))
        out.append(("sched-csv", L))
    return out


OCR_TXT = {
    "vi": ("Họ và tên: ", "  Ngày sinh: ", "  Mã BN: "),
    "ru": ("Ф.И.О.: ", "  Дата рождения: ", "  № мед. карты: "),
    "uk": ("ПІБ: ", "  Дата народження: ", "  № карти: "),
    "cmn": ("姓名：", "  出生日期：", "  病历号："),
    "yue": ("姓名：", "  出生日期：", "  病歷號碼："),
    "es": ("Nombre: ", "  Fecha de nac.: ", "  No. de expediente: "),
    "ar": ("الاسم: ", "  تاريخ الميلاد: ", "  رقم الملف: "),
    "ne": ("नाम: ", "  जन्म मिति: ", "  दर्ता नं.: "),
    "so": ("Magaca: ", "  Taariikhda dhalashada: ", "  Lambarka faylka: "),
    "ht": ("Non: ", "  Dat nesans: ", "  Nimewo dosye: "),
    "pt": ("Nome: ", "  Data de nascimento: ", "  Prontuário: "),
    "ko": ("성명: ", "  생년월일: ", "  등록번호: "),
}
DOCTYPES = ["Discharge_Instructions", "Consent_Form", "Medical_Records", "Lab_Results", "Vaccination_Record", "After_Visit_Summary"]


def doc_filename(p):
    """returns list of segments for a file name containing PHI"""
    v = R.randint(0, 3)
    dtp = R.choice(DOCTYPES)
    if v == 0:
        return [dtp + "_", (up(p["last"]).replace(" ", "_") + "_" + up(p["first"]).replace(" ", "_"), "name"), "_", (p["mrn"], "mrn"), ".pdf"]
    if v == 1:
        return [(p["mrn"], "mrn"), "_%s_" % dtp.lower(), (fold(p["last"]).lower().replace(" ", "-"), "name"), "_", (fd(p["dob"], "hl7"), "date"), ".docx"]
    if v == 2 and p["native"] != p["full"]:
        pre = {"ru": "Выписка", "uk": "Виписка", "cmn": "病历", "yue": "病歷", "ar": "تقرير_طبي", "ne": "डिस्चार्ज",
               "ko": "진료기록", "fa": "گزارش", "prs": "گزارش", "am": "የህክምና_መዝገብ", "km": "កំណត់ត្រា", "bn": "রিপোর্ট"}.get(p["lang"], "record")
        return [pre + "_", (p["native"].replace(" ", "_"), "name"), "_", (p["mrn"], "mrn"), ".pdf"]
    return ["%s %s - " % (dtp.replace("_", " "), R.choice(["(signed)", "scan", "FINAL"])), (p["full"], "name"), ".pdf"]


def seg_plain(segs):
    return "".join(s if isinstance(s, str) else s[0] for s in segs)


def ep_ocr():
    out = []
    p = pick()
    job = "TJ-2024-%06d" % R.randint(110000, 129999)
    w = R.randint(1, 6)
    tick()
    if R.random() < 0.75:
        segs = doc_filename(p)
        out.append(("ocr-pylog", Ln().a(ts_py(), " INFO [ingest.s3] new object key=%s/2024/05/14/" % p["hosp"], *segs,
                                        " size=%d etag=\"%s\"" % (R.randint(40000, 4000000), hx(32)))))
    else:
        out.append(("ocr-pylog", Ln().a(ts_py(), " INFO [ingest.s3] new object key=%s/2024/05/14/scan_%s_p%d.tiff size=%d etag=\"%s\"" %
                                        (p["hosp"], NOW.strftime("%Y%m%d_%H%M%S"), R.randint(1, 9), R.randint(40000, 4000000), hx(32)))))
    tick(0.5, 4)
    tl = {"cmn": "chi_sim", "yue": "chi_tra", "vi": "vie", "ru": "rus", "uk": "ukr", "es": "spa", "ar": "ara", "ne": "nep",
          "so": "som", "ht": "hat", "pt": "por", "ko": "kor", "fa": "fas", "prs": "fas", "am": "amh", "km": "khm", "bn": "ben", "pl": "pol"}.get(p["lang"], "eng")
    if R.random() < 0.7:
        out.append(("ocr-pylog", Ln().a(ts_py(), " INFO [ocr.worker-%d] tesseract 5.3.4 lang=%s+eng dpi=300 pages=%d deskew=%.1f mean_conf=%.2f" %
                                    (w, tl, R.randint(1, 12), R.uniform(-3, 3), R.uniform(62, 96)))))
    if p["lang"] in OCR_TXT and R.random() < 0.9:
        a, b, c = OCR_TXT[p["lang"]]
        tick(0.1, 1)
        nm = p["native"] if p["lang"] in ("ru", "uk", "cmn", "yue", "ar", "ne", "ko", "vi") else p["full"]
        L = Ln().a(ts_py(), " DEBUG [ocr.extract] job=%s page=1 text='" % job, a, (nm, "name"), b,
                   (fd(p["dob"], dstyle(p)), "date"), c, (p["mrn"], "mrn"))
        if p["ssn"] and R.random() < 0.3:
            L.a("  SSN: ", (p["ssn"], "ssn"))
        if p["age"] > 89:
            L.a({"vi": "  Tuổi: ", "ru": "  Возраст: ", "ne": "  उमेर: ", "cmn": "  年龄：", "ko": "  나이: ", "ht": "  Laj: "}.get(p["lang"], "  Age: "),
                (str(p["age"]).translate(DEV) if p["lang"] == "ne" else str(p["age"]), "age"))
        L.a("'")
        out.append(("ocr-pylog", L))
    if R.random() < 0.5:
        tick(0.1, 1)
        out.append(("ocr-pylog", Ln().a(ts_py(), " WARNING [ocr.qc] job=%s page=%d low confidence mean_conf=%.1f below threshold=70.0; routed to manual review" %
                                        (job, R.randint(2, 9), R.uniform(41, 69.9)))))
    tick(0.5, 6)
    if R.random() < 0.5:
        out.append(("ocr-pylog", Ln().a(ts_py(), " INFO [tm.match] job=%s src=%s tgt=%s segments=%d tm_hits=%d fuzzy=%d new=%d wordcount=%d" %
                                    (job, R.choice(["en", p["lang"]]), p["lang"], R.randint(40, 300), R.randint(10, 200), R.randint(0, 60), R.randint(0, 40), R.randint(300, 6000)))))
    return out


XL = {
    "es": ("Nombre del paciente", "Fecha de nacimiento", "Cita de seguimiento", ["Tome 1 tableta por vía oral dos veces al día.", "Regrese a la sala de emergencias si tiene fiebre mayor de 38.5 °C.", "No maneje ni opere maquinaria durante 24 horas."]),
    "vi": ("Họ tên bệnh nhân", "Ngày sinh", "Hẹn tái khám", ["Uống 1 viên mỗi ngày hai lần.", "Quay lại phòng cấp cứu nếu sốt trên 38,5 °C.", "Không lái xe trong 24 giờ."]),
    "so": ("Magaca bukaanka", "Taariikhda dhalashada", "Ballanta dabagalka", ["Qaado 1 kiniin afka maalintii laba jeer.", "Ku soo noqo qolka gurmadka haddii aad qandho ka badan 38.5 °C qabto."]),
    "ht": ("Non pasyan", "Dat nesans", "Randevou swivi", ["Pran 1 grenn nan bouch de fwa pa jou.", "Retounen nan sal ijans si ou gen lafyèv ki pi wo pase 38.5 °C."]),
    "ru": ("ФИО пациента", "Дата рождения", "Повторный приём", ["Принимайте по 1 таблетке внутрь два раза в день.", "Вернитесь в отделение неотложной помощи при температуре выше 38,5 °C."]),
    "uk": ("ПІБ пацієнта", "Дата народження", "Повторний прийом", ["Приймайте по 1 таблетці двічі на день.", "Не керуйте автомобілем протягом 24 годин."]),
    "cmn": ("患者姓名", "出生日期", "复诊预约", ["每日两次，每次口服1片。", "如体温超过38.5°C，请返回急诊室。"]),
    "yue": ("病人姓名", "出生日期", "覆診預約", ["每日兩次，每次口服1粒。", "如體溫超過38.5°C，請返回急症室。"]),
    "ne": ("बिरामीको नाम", "जन्म मिति", "फलो-अप भेटघाट", ["दिनको दुई पटक १ चक्की मुखबाट खानुहोस्।", "३८.५ °C भन्दा बढी ज्वरो आएमा आकस्मिक कक्षमा फर्कनुहोस्।"]),
    "ar": ("اسم المريض", "تاريخ الميلاد", "موعد المتابعة", ["تناول قرصًا واحدًا عن طريق الفم مرتين يوميًا.", "عُد إلى قسم الطوارئ إذا تجاوزت الحرارة 38.5 درجة مئوية."]),
    "pt": ("Nome do paciente", "Data de nascimento", "Consulta de retorno", ["Tome 1 comprimido por via oral duas vezes ao dia.", "Volte ao pronto-socorro se tiver febre acima de 38,5 °C."]),
    "ko": ("환자 이름", "생년월일", "추적 진료 예약", ["하루 두 번 1정씩 복용하십시오.", "38.5°C 이상 열이 나면 응급실로 다시 오십시오."]),
    "fa": ("نام بیمار", "تاریخ تولد", "نوبت پیگیری", ["روزی دو بار یک قرص میل کنید.", "در صورت تب بالای ۳۸٫۵ درجه به اورژانس برگردید."]),
}
XL_EN = ["Take 1 tablet by mouth twice a day.", "Return to the emergency department if you have a fever over 38.5 °C.",
         "Do not drive or operate machinery for 24 hours."]
XL_TGT = {"cmn": "zh-CN", "yue": "zh-HK", "fa": "fa-IR"}


def ep_xliff():
    out = []
    p = pick()
    while p["lang"] not in XL:
        p = pick()
    lab_n, lab_d, lab_a, sents = XL[p["lang"]]
    tgt = XL_TGT.get(p["lang"], p["lang"])
    tick()
    out.append(("xliff", Ln().a("<file original=\"Discharge_Instructions_template_v%d.docx\" source-language=\"en-US\" target-language=\"%s\" datatype=\"x-docx\" tool-id=\"lbh-tms-3.8\">" % (R.randint(4, 9), tgt))))
    uid = R.randint(1, 20)
    nat = p["native"] if p["lang"] in ("ru", "uk", "cmn", "yue", "ar", "ne", "ko", "fa") else p["full"]
    order = ["n", "d", "s", "a", "s"]
    R.shuffle(order)
    for kind in order[:R.randint(2, 4)]:
        uid += 1
        L = Ln().a("<trans-unit id=\"u%d\" approved=\"%s\"><source xml:lang=\"en-US\">" % (uid, R.choice(["yes", "no"])))
        if kind == "n":
            L.a("Patient name: ", (xesc(p["full"]), "name"), "</source><target xml:lang=\"%s\" state=\"translated\">%s: " % (tgt, lab_n), (xesc(nat), "name"))
        elif kind == "d":
            L.a("Date of birth: ", (fd(p["dob"], "us"), "date"), "</source><target xml:lang=\"%s\" state=\"translated\">%s: " % (tgt, lab_d),
                (fd(p["dob"], LANG_DATE.get(p["lang"], "eu")), "date"))
        elif kind == "a":
            d = future_appt()
            c = R.choice(CLIN)
            t = R.choice(APPT_TIMES)
            L.a("Follow-up appointment: ", (fd(d, "us"), "date"), " at %s with Dr. %s %s" % (t, c[0], c[1]),
                "</source><target xml:lang=\"%s\" state=\"needs-review-translation\">%s: " % (tgt, lab_a),
                (fd(d, LANG_DATE.get(p["lang"], "eu")), "date"), " %s — Dr. %s %s" % (t, c[0], c[1]))
        else:
            k = R.randrange(len(sents))
            L.a("%s</source><target xml:lang=\"%s\" state=\"final\">%s" % (XL_EN[k], tgt, sents[k]))
        L.a("</target></trans-unit>")
        out.append(("xliff", L))
    return out


def ep_invoice():
    out = []
    fac = R.choice(list(HOSP))
    h = HOSP[fac]
    x = lambda s: out.append(("ubl-invoice-xml", Ln().a(s)))
    tick()
    x('<?xml version="1.0" encoding="UTF-8"?>')
    x('<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">')
    x('  <cbc:ID>LBH-INV-2024-04-%04d</cbc:ID>' % R.randint(100, 999))
    x('  <cbc:IssueDate>2024-05-01</cbc:IssueDate><cbc:DueDate>2024-05-31</cbc:DueDate>')
    x('  <cac:InvoicePeriod><cbc:StartDate>2024-04-01</cbc:StartDate><cbc:EndDate>2024-04-30</cbc:EndDate></cac:InvoicePeriod>')
    x('  <cac:OrderReference><cbc:ID>PO-45%08d</cbc:ID></cac:OrderReference>' % R.randint(0, 99999999))
    x('  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>%s</cbc:Name></cac:PartyName><cac:PostalAddress><cbc:StreetName>%s</cbc:StreetName><cbc:CityName>%s</cbc:CityName><cbc:PostalZone>%s</cbc:PostalZone><cbc:CountrySubentity>%s</cbc:CountrySubentity></cac:PostalAddress><cac:Contact><cbc:Telephone>%s</cbc:Telephone><cbc:ElectronicMail>ap.invoices@%s</cbc:ElectronicMail></cac:Contact></cac:Party></cac:AccountingCustomerParty>'
      % (xesc(h["name"]), h["street"], h["city"], h["zip"], h["st"], h["phone"], h["dom"]))
    pats = [p for p in P if p["hosp"] == fac]
    n = 0
    for _ in range(R.randint(3, 6)):
        n += 1
        if R.random() < 0.3:
            lang = R.choice(list(INTERP))
            mins = R.randint(200, 30000)
            rate = R.choice([1.65, 1.80, 1.95, 2.25, 3.10])
            x('  <cac:InvoiceLine><cbc:ID>%d</cbc:ID><cbc:InvoicedQuantity unitCode="MIN">%d</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID="USD">%.2f</cbc:LineExtensionAmount><cac:Item><cbc:Name>%s %s</cbc:Name></cac:Item><cac:Price><cbc:PriceAmount currencyID="USD">%.2f</cbc:PriceAmount></cac:Price></cac:InvoiceLine>'
              % (n, mins, mins * rate, R.choice(["VRI", "OPI"]), xesc(LANGNAME[lang]), rate))
        else:
            p = R.choice(pats)
            hrs = R.choice([2, 2, 3, 4])
            dos = rdate((2024, 4, 1), (2024, 4, 30))
            L = Ln().a("  <cac:InvoiceLine><cbc:ID>%d</cbc:ID><cbc:Note>Onsite %s, %dh min; DOS " % (n, xesc(LANGNAME[p["lang"]]), hrs),
                       (fd(dos, "iso"), "date"), "; pt acct ", (p["har"], "account"),
                       "</cbc:Note><cbc:InvoicedQuantity unitCode=\"HUR\">%d</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID=\"USD\">%.2f</cbc:LineExtensionAmount><cac:Item><cbc:Name>Onsite interpreting - %s</cbc:Name>" % (hrs, hrs * 95.0, xesc(LANGNAME[p["lang"]])))
            if p["plan_name"] != "Medicare" and "Medic" in p["plan_name"] or p["plan_name"] in ("MassHealth", "Apple Health (Medicaid)"):
                L.a("<cac:AdditionalItemProperty><cbc:Name>MedicaidID</cbc:Name><cbc:Value>", (p["plan_id"], "health_plan"), "</cbc:Value></cac:AdditionalItemProperty>")
            L.a("</cac:Item><cac:Price><cbc:PriceAmount currencyID=\"USD\">95.00</cbc:PriceAmount></cac:Price></cac:InvoiceLine>")
            out.append(("ubl-invoice-xml", L))
    x('  <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID><cbc:Name>%s Operating</cbc:Name><cac:FinancialInstitutionBranch><cbc:ID>0260%s</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount></cac:PaymentMeans>' % (dg(12), COMPANY, dg(5)))
    x('  <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="USD">%.2f</cbc:PayableAmount></cac:LegalMonetaryTotal>' % R.uniform(8000, 90000))
    x('</Invoice>')
    return out


QA_SELF = {
    "so": lambda p, L: L.a("Magacaygu waa ", (p["full"], "name"), ", waxaan dhashay ", (fd(p["dob"], "eu"), "date"), "."),
    "es": lambda p, L: L.a("Me llamo ", (p["full"], "name"), ", nací el ", (fd(p["dob"], "es"), "date"), "."),
    "vi": lambda p, L: L.a("Tôi tên là ", (p["full"], "name"), ", sinh ngày ", (fd(p["dob"], "eu"), "date"), "."),
    "ht": lambda p, L: L.a("Mwen rele ", (p["full"], "name"), ", mwen fèt ", (fd(p["dob"], "eu"), "date"), "."),
    "ru": lambda p, L: L.a("Меня зовут ", (p["native"], "name"), ", дата рождения ", (fd(p["dob"], "dot"), "date"), "."),
    "cmn": lambda p, L: L.a("我叫", (p["native"], "name"), "，", (fd(p["dob"], "cn"), "date"), "出生。"),
    "yue": lambda p, L: L.a("我叫", (p["native"], "name"), "，", (fd(p["dob"], "cn"), "date"), "出世。"),
    "ar": lambda p, L: L.a("اسمي ", (p["native"], "name"), "، تاريخ ميلادي ", (fd(p["dob"], "arab"), "date"), "."),
    "pt": lambda p, L: L.a("Meu nome é ", (p["full"], "name"), ", nasci em ", (fd(p["dob"], "eu"), "date"), "."),
    "ko": lambda p, L: L.a("제 이름은 ", (p["native"], "name"), "이고 ", (fd(p["dob"], "ko"), "date"), "생입니다."),
}


def ep_qa():
    out = []
    p = pick()
    rec = "rec_" + hx(16)
    sid = "vs_" + ulid()
    iid, _ = interp(p)
    rid, rname = R.choice(QA_REVIEWERS)
    tick()
    if R.random() < 0.4:
        out.append(("qa-logfmt", Ln().a("ts=%s level=info svc=qa-audit msg=\"recording fetched\" rec_id=%s session_id=%s uri=s3://lbh-qa-recordings/2024/05/%02d/%s.opus bytes=%d"
                                    % (ts_iso(), rec, sid, R.randint(1, 13), sid, R.randint(2000000, 60000000)))))
    tick(5, 60)
    if R.random() < 0.6:
        out.append(("qa-logfmt", Ln().a("ts=%s level=info svc=qa-audit msg=\"asr pass complete\" rec_id=%s model=whisper-large-v3 lang_detected=%s wer_est=%.3f dur_s=%.1f"
                                    % (ts_iso(), rec, p["lang"], R.uniform(0.08, 0.35), R.uniform(120, 3600)))))
    for _ in range(R.choice([1, 1, 2])):
        tick(0.1, 2)
        L = Ln().a("ts=%s level=warn svc=qa-audit msg=\"identifiers in transcript\" rec_id=%s seg=%d speaker=" % (ts_iso(), rec, R.randint(3, 400)))
        if p["lang"] in QA_SELF and R.random() < 0.6:
            L.a("PATIENT text=\"")
            QA_SELF[p["lang"]](p, L)
            L.a("\"")
        elif p["lang"] == "ne" and p["age"] > 89:
            L.a("PATIENT text=\"मेरो नाम ", (p["native"], "name"), " हो, म ", (str(p["age"]).translate(DEV), "age"), " वर्षको भएँ।\"")
        else:
            L.a("INTERPRETER text=\"The patient says: my name is ", (p["full"], "name"))
            if p["age"] > 89:
                L.a(", I am ", (str(p["age"]), "age"), " years old.\"")
            elif p["rel"] and R.random() < 0.5:
                L.a(", my %s " % REL_TXT[p["rel"]["code"]].lower(), (p["rel"]["name"], "name"), " can be reached at ", (p["rel"]["phone"], "phone"), ".\"")
            else:
                L.a(", my phone is ", (p["phone"], "phone"), ".\"")
        out.append(("qa-logfmt", L))
    tick(10, 200)
    sc = [R.randint(2, 5) for _ in range(4)]
    out.append(("qa-logfmt", Ln().a("ts=%s level=info svc=qa-audit msg=\"audit scored\" rec_id=%s session_id=%s lang=%s interpreter_id=%s reviewer_id=%s reviewer=\"%s\" rubric=v3.2 accuracy=%d completeness=%d register=%d ethics=%d score=%d"
                                    % (ts_iso(), rec, sid, p["lang"], iid, rid, rname, sc[0], sc[1], sc[2], sc[3], sum(sc) * 5))))
    return out


UA_IOS = "LinguaBridge/4.12.1 (com.linguabridge.patient; build:4121007; iOS 17.4.1) Alamofire/5.8.1"
UA_AND = "LinguaBridge/4.12.0 (Android 14; SM-A536U) okhttp/4.12.0"
UA_WEB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"


def ep_nginx():
    out = []
    for _ in range(R.randint(0, 1)):
        tick(0.1, 5)
        out.append(("nginx-access", Ln().a("10.42.%d.%d - - [%s] \"GET %s HTTP/1.1\" 200 %d \"-\" \"%s\" rt=%.3f" % (
            R.randint(0, 7), R.randint(2, 250), ts_nginx(), R.choice(["/healthz", "/readyz", "/metrics"]), R.randint(2, 9000),
            R.choice(["kube-probe/1.28", "Prometheus/2.51.1"]), R.uniform(0.0005, 0.01)))))
    if R.random() < 0.85:
        p = pick()
        ua = R.choice([UA_IOS, UA_AND, UA_WEB])
        for _ in range(R.randint(1, 2)):
            tick(0.1, 5)
            v = R.random()
            L = Ln().a((p["ip"], "ip"), " - - [%s] \"" % ts_nginx())
            if v < 0.45:
                L.a("GET /api/v2/me/appointments?from=2024-05-01&to=2024-06-30&lang=%s HTTP/2.0\" 200 %d \"-\"" % (p["lang"], R.randint(300, 5000)))
            elif v < 0.65:
                L.a("POST /api/v2/auth/magic-link?email=", (quote(p["email"], safe=""), "email"), " HTTP/2.0\" 202 %d \"-\"" % R.randint(20, 90))
            elif v < 0.8:
                L.a("GET /api/v2/sessions/request?lang=%s&modality=video HTTP/2.0\" 201 %d \"" % (p["lang"], R.randint(100, 900)),
                    ("https://my.%s/p/%s" % (CDOM, p["slug"]), "url"), "\"")
            else:
                L.a("PUT /api/v2/me/documents/%s HTTP/2.0\" 413 %d \"-\"" % (uuid4(), R.randint(150, 300)))
            L.a(" \"%s\" rt=%.3f" % (ua, R.uniform(0.01, 1.5)))
            out.append(("nginx-access", L))
    return out


def ep_segment():
    out = []
    p = pick()
    uid = "usr_" + b62(22)
    tick()
    if R.random() < 0.8:
        traits = {"email": T(p["email"], "email"), "phone": T(p["e164"], "phone"), "firstName": T(p["first"], "name"),
                  "lastName": T(p["last"], "name"), "preferredLanguage": p["lang"], "birthday": T(fd(p["dob"], "iso"), "date"),
                  "username": T(p["user"], "other_id")}
        if R.random() < 0.5:
            traits["age"] = T(p["age"], "age") if p["age"] > 89 else p["age"]
        if R.random() < 0.4:
            traits["address"] = {"street": T(p["street"], "address"), "city": T(p["city"], "address"), "state": p["st"],
                                 "postalCode": T(p["zip"], "zip"), "country": "US"}
        ctx = {"app": {"name": "LinguaBridge", "version": "4.12.0", "build": "4120031"},
               "device": {"manufacturer": "samsung", "model": "SM-A536U", "type": "android"},
               "locale": "%s-US" % {"cmn": "zh", "yue": "zh", "prs": "fa", "ase": "en", "hmn": "hmn", "kar": "kar"}.get(p["lang"], p["lang"]), "timezone": "America/Chicago"}
        if R.random() < 0.5:
            ctx["ip"] = T(p["ip"], "ip")
        out.append(("segment-json", Ln().j({"type": "identify", "messageId": "ajs-next-" + hx(32), "userId": uid,
                                            "anonymousId": uuid4(), "traits": traits, "context": ctx, "timestamp": ts_iso(),
                                            "writeKey": "wk_" + b62(10)})))
    for _ in range(R.randint(0, 1)):
        tick()
        ev = R.choice(["Interpreter Session Rated", "Appointment Viewed", "Language Changed", "Document Upload Started", "Push Opened"])
        props = {"Interpreter Session Rated": {"rating": R.randint(1, 5), "sessionId": "vs_" + ulid(), "waitSec": R.randint(5, 300)},
                 "Appointment Viewed": {"appointmentId": "A-%d" % R.randint(2400000, 2499999), "facility": p["hosp"]},
                 "Language Changed": {"from": "en", "to": p["lang"]},
                 "Document Upload Started": {"mime": "application/pdf", "sizeKb": R.randint(40, 9000)},
                 "Push Opened": {"campaign": "appt_reminder_%s" % p["lang"]}}[ev]
        out.append(("segment-json", Ln().j({"type": "track", "event": ev, "userId": uid, "properties": props,
                                            "context": {"app": {"version": "4.12.0"}, "library": {"name": "analytics-kotlin", "version": "1.15.0"}},
                                            "timestamp": ts_iso()})))
    return out


def ep_hl7():
    out = []
    p = pick()
    h = HOSP[p["hosp"]]
    ch = "%s_ADT_IN" % p["hosp"]
    ctrl = "%s%s%s" % (p["hosp"], NOW.strftime("%Y%m%d%H%M%S"), dg(3))
    typ = R.choice(["A04", "A01", "A08", "A03"])
    tick()
    if R.random() < 0.6:
        out.append(("mirth-hl7", Ln().a("INFO  %s [%s Source] c.m.c.s.c.DefaultChannelController: message %d received ADT^%s control=%s" % (ts_py(), ch, R.randint(10000, 999999), typ, ctrl))))
    out.append(("mirth-hl7", Ln().a("MSH|^~\\&|EPIC|%s|LBH_SCHED|LBH|%s||ADT^%s^ADT_A01|%s|P|2.5.1" % (p["hosp"], NOW.strftime("%Y%m%d%H%M%S"), typ, ctrl))))
    if R.random() < 0.5:
        out.append(("mirth-hl7", Ln().a("EVN|%s|%s" % (typ, NOW.strftime("%Y%m%d%H%M%S")))))
    L = Ln().a("PID|1||", (p["mrn"], "mrn"), "^^^%s^MR" % p["hosp"])
    if p["ssn"] and R.random() < 0.6:
        L.a("~", (p["ssn"].replace("-", ""), "ssn"), "^^^SSA^SS")
    L.a("||", (up(p["last"]), "name"), "^", (up(p["first"]), "name"), "^")
    if p["mid"]:
        L.a((up(p["mid"]), "name"))
    L.a("^^^^L||", (fd(p["dob"], "hl7"), "date"), "|%s|||" % p["sex"], (up(p["street"]), "address"), "^^", (up(p["city"]), "address"),
        "^%s^" % p["st"], (p["zip"], "zip"), "^USA^H||^PRN^PH^^1^", (p["phone"][:3] + "^" + p["phone"][4:].replace("-", ""), "phone"),
        "||%s^%s^ISO639|||" % (p["lang"], LANGNAME[p["lang"]]), (p["har"], "account"), "|")
    if p["ssn"] and R.random() < 0.7 and "SSA" not in L.b.decode():
        L.a((p["ssn"], "ssn"))
    out.append(("mirth-hl7", L))
    if p["rel"]:
        r = p["rel"]
        L = Ln().a("NK1|1|", (up(r["name"]), "name"), "||%s^%s^HL70063||^PRN^PH^^1^" % (r["code"], REL_TXT[r["code"]]),
                   (r["phone"][:3] + "^" + r["phone"][4:].replace("-", ""), "phone"), "||EC^Emergency Contact^HL70131")
        out.append(("mirth-hl7", L))
    c = R.choice(CLIN)
    adm = dt.datetime.combine(rdate((2024, 5, 8), (2024, 5, 14)), dt.time(R.randint(0, 23), R.randint(0, 59)))
    out.append(("mirth-hl7", Ln().a("PV1|1|%s|%s^%d^%s^%s||||%s^%s^%s^^^DR^MD^^^NPI|||||||||||||||||||||||||||||||||" %
                                    (R.choice(["E", "I", "O"]), R.choice(["ED", "5W", "ICU", "L&D"]), R.randint(1, 40), R.choice("ABCD"), p["hosp"],
                                     npi(), up(c[1]), up(c[0])), (adm.strftime("%Y%m%d%H%M"), "date"))))
    if R.random() < 0.7:
        L = Ln().a("IN1|1|%s|%s|%s|PO BOX %d^^%s^%s^%s||%s|GRP-%s|||||||" % (
            R.choice(["MCD01", "MCR01", "COM07"]), dg(5), up(p["plan_name"]), R.randint(1000, 99999), "ALBANY" if p["st"] == "NY" else up(h["city"]),
            p["st"], dg(5), "1" + h["phone"].replace("-", ""), dg(6)),
            "|||||||||||||||||||||", (p["plan_id"], "health_plan"))
        out.append(("mirth-hl7", L))
    if R.random() < 0.5:
        out.append(("mirth-hl7", Ln().a("ZIN|1|%s^%s|%s|Y" % (p["lang"], LANGNAME[p["lang"]], R.choice(["VRI^Video Remote", "OSI^Onsite", "OPI^Phone"])))))
    tick(0.05, 0.4)
    if R.random() < 0.6:
        out.append(("mirth-hl7", Ln().a("INFO  %s [%s Destination 1] c.m.c.c.h.HttpDispatcher: POST https://sched.%s/api/hl7/adt -> 202; ACK AA control=%s" % (ts_py(), ch, CDOM, ctrl))))
    return out


def ep_fhir():
    out = []
    p = pick()
    h = HOSP[p["hosp"]]
    tick()
    if R.random() < 0.5:
        out.append(("fhir-sync", Ln().a("%s INFO [fhir-sync] token refreshed client_id=lbh-sched-prod-%s scope=\"system/Patient.read system/Appointment.read\" expires_in=3599" % (ts_iso(), p["hosp"].lower()))))
    if R.random() < 0.8:
        tick(0.1, 2)
        out.append(("fhir-sync", Ln().a("%s DEBUG [fhir-sync] GET %s/Patient?identifier=urn:oid:%s%%7C" % (ts_iso(), h["fhir"], h["oid"]),
                                        (p["mrn"], "mrn"), " -> 200 (%d ms)" % R.randint(80, 2400))))
        tick(0.01, 0.2)
        ea = R.random() < 0.5
        res = {"resourceType": "Patient", "id": uuid4() if R.random() < 0.5 else "e" + b62(22),
               "meta": {"versionId": str(R.randint(1, 40)), "lastUpdated": ts_iso()},
               "identifier": [{"use": "usual", "type": {"text": "MRN"}, "system": "urn:oid:" + h["oid"], "value": T(p["mrn"], "mrn")}],
               "active": True,
               "name": [{"use": "official", "family": T(p["last"], "name"), "given": [T(g, "name") for g in p["first"].split(" ")]}],
               "telecom": [{"system": "phone", "value": T(p["phone"], "phone"), "use": "home"}],
               "gender": "female" if p["sex"] == "F" else "male", "birthDate": T(fd(p["dob"], "iso"), "date"),
               "address": [{"use": "home", "line": [T(p["street"], "address")], "city": T(p["city"], "address"),
                            "state": p["st"], "postalCode": T(p["zip"], "zip"), "country": "US"}],
               "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": p["lang"], "display": LANGNAME[p["lang"]]}],
                                               "text": LANGNAME[p["lang"]]}, "preferred": True}]}
        if p["native"] != p["full"] and R.random() < 0.6:
            res["name"].append({"use": "usual", "text": T(p["native"], "name")})
        if R.random() < 0.4:
            res["telecom"].append({"system": "email", "value": T(p["email"], "email")})
        if R.random() < 0.15:
            res["telecom"].append({"system": "fax", "value": T(new_phone(HOSP[p["hosp"]]["area"]), "fax"), "use": "home"})
        L = Ln().a("%s DEBUG [fhir-sync] body=" % ts_iso())
        L.j(res, ea=ea, sep=(", ", ": ") if ea else (",", ":"))
        out.append(("fhir-sync", L))
    else:
        tick(0.1, 2)
        out.append(("fhir-sync", Ln().a("%s WARN [fhir-sync] 429 Too Many Requests from %s/Appointment?date=ge2024-05-14&_count=200 retry-after=%d" % (ts_iso(), h["fhir"], R.randint(2, 30)))))
    return out


def ep_tms():
    out = []
    host = "tms-app-%02d" % R.randint(1, 4)
    pid = R.randint(3000, 5000)
    linguist = R.choice(["ljimenez", "hlin", "dsokolov", "badhikari", "mbaptiste", "fribeiro", "aosman", "lhaddad"])
    tick()
    if R.random() < 0.4:
        out.append(("tms-syslog", Ln().a("%s %s tms[%d]: AUDIT user=%s@%s role=linguist action=LOGIN src=10.30.%d.%d mfa=totp result=ok" % (ts_sys(), host, pid, linguist, CDOM, R.randint(0, 9), R.randint(2, 250)))))
    job = "TJ-2024-%06d" % R.randint(110000, 129999)
    if R.random() < 0.9:
        p = pick()
        tick(2, 30)
        out.append(("tms-syslog", Ln().a("%s %s tms[%d]: AUDIT user=%s@%s role=linguist action=CHECKOUT job=%s file=\"" % (ts_sys(), host, pid, linguist, CDOM, job),
                                         *doc_filename(p), "\" src=10.30.%d.%d" % (R.randint(0, 9), R.randint(2, 250)))))
    tick(30, 300)
    if R.random() < 0.6:
        out.append(("tms-syslog", Ln().a("%s %s tms[%d]: job %s status=%s wordcount=%d due=2024-05-%02dT17:00:00-07:00 rush=%s" % (
        ts_sys(), host, pid, job, R.choice(["IN_TRANSLATION", "IN_REVIEW", "DTP", "DELIVERED"]), R.randint(200, 8000), R.randint(15, 31), R.choice(["true", "false"])))))
    return out


def ep_twilio():
    out = []
    tick()
    th = "nio-8080-exec-%d" % R.randint(1, 10)
    if R.random() < 0.65:
        p = pick()
        out.append(("spring-boot", Ln().a("%s  INFO 1 --- [%s] c.l.opi.web.TwilioVoiceController       : status callback CallSid=CA%s From=" % (ts_spring(), th, hx(32)),
                                          (quote(p["e164"], safe=""), "phone"), "&To=%%2B18885550123&CallStatus=%s&CallDuration=%d&Direction=inbound" % (
                                              R.choice(["completed", "no-answer", "busy"]), R.randint(0, 900)))))
    else:
        out.append(("spring-boot", Ln().a("%s  INFO 1 --- [%s] c.l.opi.web.TwilioVoiceController       : status callback CallSid=CA%s From=sip%%3A%s%%40sip.%s&To=client%%3Aconf-%s&CallStatus=in-progress" % (
            ts_spring(), th, hx(32), R.choice(list(INTERP.values()))[0][0], CDOM, b36(8)))))
    tick(0.1, 3)
    if R.random() < 0.4:
        out.append(("spring-boot", Ln().a("%s  INFO 1 --- [%s] c.l.opi.billing.UsageMeter              : metered conf=%s billable_sec=%d rate_card=RC-2024-%s" % (
        ts_spring(), th, "CF" + hx(32), R.randint(60, 3600), R.choice(["STD", "RARE", "ASL"])))))
    return out


def ep_spring_err():
    out = []
    tick()
    job = "TJ-2024-%06d" % R.randint(110000, 129999)
    th = "pool-%d-thread-%d" % (R.randint(1, 4), R.randint(1, 8))
    if R.random() < 0.8:
        p = pick()
        out.append(("spring-boot", Ln().a("%s ERROR 1 --- [%s] c.l.tms.render.DocxRenderService       : Failed to render target for job %s file=" % (ts_spring(), th, job),
                                          *doc_filename(p), " lang=%s" % p["lang"])))
    else:
        out.append(("spring-boot", Ln().a("%s ERROR 1 --- [%s] c.l.tms.render.DocxRenderService       : Failed to render target for job %s template=consent_general_v12.docx lang=%s" % (
            ts_spring(), th, job, R.choice(list(LANGNAME))))))
    glyph = R.choice(["U+1224", "U+17D2", "U+0D9A", "U+1031", "U+0F40"])
    out.append(("java-stacktrace", Ln().a("com.linguabridge.tms.render.RenderException: font 'Noto Sans' missing glyph %s" % glyph)))
    for fr in R.sample(["com.linguabridge.tms.render.DocxRenderService.render(DocxRenderService.java:212) ~[tms-core-3.8.1.jar:3.8.1]",
                        "com.linguabridge.tms.render.FontResolver.resolve(FontResolver.java:88) ~[tms-core-3.8.1.jar:3.8.1]",
                        "org.apache.poi.xwpf.usermodel.XWPFDocument.write(XWPFDocument.java:1702) ~[poi-ooxml-5.2.5.jar:5.2.5]",
                        "com.linguabridge.tms.jobs.DeliveryWorker.run(DeliveryWorker.java:141) ~[tms-core-3.8.1.jar:3.8.1]",
                        "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144) ~[na:na]"], R.randint(1, 3)):
        out.append(("java-stacktrace", Ln().a("\tat " + fr)))
    return out


def ep_stripe():
    out = []
    p = pick()
    tick()
    if R.random() < 0.7:
        bd = {"address": {"city": T(p["city"], "address"), "country": "US", "line1": T(p["street"], "address"), "line2": None,
                          "postal_code": T(p["zip"], "zip"), "state": p["st"]},
              "email": T(p["email"], "email"), "name": T(p["full"], "name"), "phone": T(p["e164"], "phone")}
        ev = {"id": "evt_3P" + b62(22), "object": "event", "api_version": "2023-10-16", "created": int(NOW.timestamp()),
              "type": "charge.succeeded",
              "data": {"object": {"id": "ch_3P" + b62(22), "object": "charge", "amount": R.choice([4900, 8900, 12900, 24500]),
                                  "amount_captured": 0, "billing_details": bd, "currency": "usd",
                                  "description": "Certified translation - medical records (%s>en), %d pages" % (p["lang"], R.randint(1, 14)),
                                  "metadata": {"order_id": "ORD-2024-%05d" % R.randint(1000, 99999), "tms_job": "TJ-2024-%06d" % R.randint(110000, 129999)},
                                  "payment_method_details": {"card": {"brand": "visa", "country": "US", "exp_month": R.randint(1, 12),
                                                                      "exp_year": R.randint(2025, 2030), "last4": dg(4)}, "type": "card"},
                                  "receipt_email": T(p["email"], "email"), "status": "succeeded"}},
              "livemode": True}
        ev["data"]["object"]["amount_captured"] = ev["data"]["object"]["amount"]
        out.append(("stripe-event-json", Ln().j(ev)))
    else:
        out.append(("stripe-event-json", Ln().j({"id": "evt_3P" + b62(22), "object": "event", "type": "payout.paid", "created": int(NOW.timestamp()),
                                                 "data": {"object": {"id": "po_1P" + b62(22), "amount": R.randint(100000, 9000000), "currency": "usd",
                                                                     "arrival_date": int(NOW.timestamp()) + 86400, "destination": "ba_1N" + b62(22),
                                                                     "statement_descriptor": "LINGUABRIDGE HLTH"}}, "livemode": True})))
    if R.random() < 0.35:
        tick(1, 20)
        if p["lang"] in ("uk", "pl", "pt", "ru") and R.random() < 0.7:
            cc, bban = {"uk": ("UA", "322313" + dg(19)), "pl": ("PL", dg(24)), "pt": ("PT", dg(21)), "ru": ("DE", dg(18))}[p["lang"]]
            ib = iban(cc, bban)
            out.append(("refund-pylog", Ln().a(ts_py(), " INFO [refunds] manual bank refund queued order=ORD-2024-%05d beneficiary=\"" % R.randint(1000, 99999),
                                               (p["full"], "name"), "\" iban=", (group4(ib), "account"), " amount=%.2f EUR" % R.uniform(30, 200))))
        else:
            out.append(("refund-pylog", Ln().a(ts_py(), " DEBUG [ivr-pay] dtmf buffer flushed pan=", (card_pan(), "account"),
                                               " exp=%02d%02d caller=" % (R.randint(1, 12), R.randint(25, 30)), (p["e164"], "phone"), " (legacy IVR, ticket SEC-%d)" % R.randint(400, 999))))
    return out


IDV_I = [0]


def ep_idv():
    out = []
    p = pick()
    uid = "usr_" + b62(22)
    tick()
    if R.random() < 0.4:
        out.append(("idv-json", Ln().j({"ts": ts_iso(), "level": "info", "event": "idv.session.created", "userId": uid, "provider": "veriff",
                                    "sessionId": uuid4(), "vendorData": "lbh-%s" % b36(8)})))
    v = [0.2, 0.5, 0.7, 0.9, 0.3][IDV_I[0] % 5]  # rotate through the variants
    IDV_I[0] += 1
    tick(20, 120)
    if v < 0.4:
        doc = {"type": "DRIVERS_LICENSE", "country": "US", "state": p["st"], "number": T(p["dl"], "license"),
               "firstName": T(up(p["first"]), "name"), "lastName": T(up(p["last"]), "name"), "dateOfBirth": T(fd(p["dob"], "iso"), "date")}
        out.append(("idv-json", Ln().j({"ts": ts_iso(), "level": "info", "event": "idv.document.verified", "userId": uid, "document": doc,
                                        "decision": "approved", "riskScore": round(R.uniform(0, 0.3), 3)})))
    elif v < 0.65:
        out.append(("idv-json", Ln().j({"ts": ts_iso(), "level": "info", "event": "idv.face.enrolled", "userId": uid,
                                        "faceTemplate": {"alg": "arcface-r100", "dim": 512, "b64": T(b64blob(R.choice([192, 256, 384])), "biometric")},
                                        "liveness": round(R.uniform(0.9, 1), 3)})))
    elif v < 0.85:
        img = ("data:image/jpeg;base64," + fake_jpeg_b64(R.randint(250, 600))) if R.random() < 0.7 else ("data:image/png;base64," + fake_png_b64(R.randint(250, 500)))
        out.append(("idv-json", Ln().j({"ts": ts_iso(), "level": "debug", "event": "profile.photo.uploaded", "userId": uid,
                                        "bytes": R.randint(20000, 90000), "image": T(img, "photo")})))
    else:
        out.append(("idv-json", Ln().j({"ts": ts_iso(), "level": "info", "event": "voiceid.enrolled", "userId": uid, "utterances": 3,
                                        "voiceprint": T(b64blob(R.choice([160, 240])), "biometric"), "engine": "nuance-gk-11"})))
    return out


CERT_I = 0
CERT_ORDER = []


def ep_cert():
    """certified translation QA compare output: src/tgt pairs from patient records"""
    out = []
    cands = ["svetlana", "viktor", "meiling", "li", "oksana", "maria", "joseluis", "jeanrobert", "ingrid", "sunita", "ram",
             "fatima", "rigoberto", "wideline", "mohammed", "joao", "dilmaya"]
    global CERT_I
    if CERT_I % len(cands) == 0:
        R.shuffle(cands)
        CERT_ORDER[:] = cands
    p = PK[CERT_ORDER[CERT_I % len(cands)]]
    CERT_I += 1
    job = "TJ-2024-%06d" % R.randint(110000, 129999)
    pre = lambda n: "%s seg=%04d %s>en " % (job, n, p["lang"])
    tick()
    if R.random() < 0.5:
        out.append(("cert-qa-txt", Ln().a("%s == compare run %s reviewer=%s ==" % (job, ts_iso(), R.choice(STAFF)))))
    k = p["key"]
    n = R.randint(1, 30)
    L = Ln().a(pre(n))
    if k in ("svetlana", "viktor"):
        rv = R.random()
        if rv < 0.35:
            dl = "%s %s %s" % (dg(2), dg(2), dg(6))
            L.a("src=\"Водительское удостоверение ", (dl, "license"), " категории B\" tgt=\"Driver's license ", (dl, "license"), " category B\"")
        elif rv < 0.65:
            pn = "%s %s %s" % (dg(2), dg(2), dg(6))
            L.a("src=\"Паспорт гражданина РФ серия/номер ", (pn, "other_id"), "\" tgt=\"Russian Federation passport series/number ", (pn, "other_id"), "\"")
        else:
            sn = snils()
            L.a("src=\"СНИЛС ", (sn, "other_id"), ", ", (p["native"], "name"), "\" tgt=\"SNILS ", (sn, "other_id"), ", ", (p["full"], "name"), "\"")
    elif k in ("meiling", "li"):
        cid = cn_resident_id(p["dob"])
        L.a("src=\"公民身份号码 ", (cid, "other_id"), "\" tgt=\"Citizen ID No. ", (cid, "other_id"), "\"")
    elif k == "oksana":
        pn = R.choice(["FT", "FK", "EA"]) + dg(6)
        L.a("src=\"Паспорт громадянина України ", (pn, "other_id"), " виданий ", (fd(p["dob"], "dot"), "date"), "?\" tgt=\"Passport of Ukraine ", (pn, "other_id"), "\" flag=DATE_MISMATCH")
    elif k == "maria":
        cu = curp("HERNANDEZ", "RUIZ", "MARIA", p["dob"], "F")
        L.a("src=\"CURP: ", (cu, "other_id"), "  Número de Seguro Social: ", (p["ssn"] or ssn(), "ssn"), "\" tgt=\"CURP: ", (cu, "other_id"), "  Social Security No.: ", (p["ssn"] or "n/a", "ssn" if p["ssn"] else None), "\"")
    elif k == "joseluis":
        v = vin()
        pl = R.choice(["4KXR72", "2TWL58", "8DFN31"])
        L.a("src=\"Vehículo: Honda Accord, VIN ", (v, "vehicle"), ", tablilla ", (pl, "vehicle"), " (MA)\" tgt=\"Vehicle: Honda Accord, VIN ", (v, "vehicle"), ", plate ", (pl, "vehicle"), " (MA)\"")
    elif k == "jeanrobert":
        sn = "PJN" + dg(6) + "S"
        L.a("src=\"Kat estimilatè kè: nimewo seri ", (sn, "device"), ", implante ", (fd(rdate((2019, 1, 1), (2023, 12, 31)), "eu"), "date"), "\" tgt=\"Pacemaker ID card: serial no. ", (sn, "device"), "\"")
    elif k == "ingrid":
        udi = "(01)0088452100%04d(17)%s(21)CI%s" % (R.randint(0, 9999), "27%02d31" % R.randint(1, 12), dg(7))
        L.a("src=\"Cochlear implant UDI ", (udi, "device"), " right ear\" tgt=\"Cochlear implant UDI ", (udi, "device"), " right ear\"")
    elif k in ("sunita", "ram", "dilmaya"):
        cn = "%02d-%02d-%02d-%05d" % (R.randint(1, 77), R.randint(1, 9), R.randint(60, 80), R.randint(100, 99999))
        L.a("src=\"नागरिकता प्रमाणपत्र नं. ", (cn.translate(DEV), "other_id"), " नाम: ", (p["native"], "name"), "\" tgt=\"Citizenship Certificate No. ",
            (cn, "other_id"), " Name: ", (p["full"], "name"), "\"")
    elif k in ("fatima", "mohammed"):
        an = "A%03d-%03d-%03d" % (R.randint(200, 249), R.randint(0, 999), R.randint(0, 999))
        L.a("src=\"رقم الأجنبي ", (an, "other_id"), "، العنوان: ", (p["street"], "address"), "، ", (p["city"], "address"), "\" tgt=\"A-Number ",
            (an, "other_id"), ", Address: ", (p["street"], "address"), ", ", (p["city"], "address"), ", %s " % p["st"], (p["zip"], "zip"), "\"")
    elif k == "rigoberto":
        L.a("src=\"Enviar copia al paciente por fax: ", (new_phone("617"), "fax"), "\" tgt=\"Send copy to patient by fax\" note=\"hospital ROI fax %s\"" % HOSP["BCH"]["fax"])
    elif k == "wideline":
        f = new_phone("781")
        L.a("src=\"Voye rezilta yo bay pasyan an pa faks ", (f, "fax"), "\" tgt=\"Send the results to the patient by fax ", (f, "fax"), "\"")
    else:
        L.a("src=\"Data de internação: ", (fd(rdate((2024, 3, 1), (2024, 5, 10)), "eu"), "date"), "\" tgt=\"Admission date: [see source]\" flag=UNTRANSLATED_DATE")
    out.append(("cert-qa-txt", L))
    if R.random() < 0.4:
        tick(0.1, 2)
        out.append(("cert-qa-txt", Ln().a("%s seg=%04d %s>en src=\"%s\" tgt=\"%s\" score=%.2f" % (job, n + 1, p["lang"], "—", "—", R.uniform(0.7, 1.0)))))
    return out


def ep_noise():
    out = []
    for _ in range(R.randint(2, 4)):
        tick(0.5, 30)
        k = R.randint(0, 11)
        if k == 0:
            l = "I%s       1 leaderelection.go:258] successfully acquired lease vri/vri-matcher-leader" % ts_klog()
            fam = "klog"
        elif k == 1:
            l = "level=info ts=%s caller=dispatch.go:164 component=dispatcher msg=\"Notify success\" receiver=pagerduty-vri integration=pagerduty[0] attempts=1" % ts_iso()
            fam = "alertmanager"
        elif k == 2:
            l = "%s batch-01 CRON[%d]: (svc-billing) CMD (/opt/lbh/bin/invoice-run --period 2024-04 --facility %s --dry-run=false)" % (ts_sys(), R.randint(20000, 30000), R.choice(list(HOSP) + ["ALL"]))
            fam = "cron"
        elif k == 3:
            lang = R.choice(list(LANGNAME))
            l = "ts=%s level=info svc=vri-matcher msg=\"queue snapshot\" lang=%s waiting=%d p50_ms=%d p95_ms=%d interpreters_avail=%d" % (
                ts_iso(), lang, R.randint(0, 12), R.randint(2000, 40000), R.randint(30000, 180000), R.randint(0, 30))
            fam = "vri-matcher-logfmt"
        elif k == 4:
            l = "%s UTC [%d] LOG:  duration: %.3f ms  statement: SELECT s.id, s.lang_pair, s.queue_ms FROM vri_sessions s WHERE s.facility_id = %d AND s.started_at >= '2024-05-01' ORDER BY s.started_at DESC LIMIT 500" % (
                ts_spring(), R.randint(20000, 30000), R.uniform(500, 9000), R.randint(100, 999))
            fam = "postgres"
        elif k == 5:
            l = "1:M %s * 10000 changes in 60 seconds. Saving..." % NOW.strftime("%d %b %Y %H:%M:%S.") + "%03d" % (NOW.microsecond // 1000)
            fam = "redis"
        elif k == 6:
            l = "%s [deploy] vri-api v2.41.%d (build 20240513.%d, commit %s) rolled out to prod-use1: 12/12 pods ready" % (ts_iso(), R.randint(0, 9), R.randint(1, 9), hx(7))
            fam = "deploy"
        elif k == 7:
            l = "%s mail-out-01 postfix/qmgr[1120]: %s: from=<noreply@%s>, size=%d, nrcpt=1 (queue active)" % (ts_sys(), hx(10).upper(), CDOM, R.randint(3000, 40000))
            fam = "postfix"
        elif k == 8:
            l = "%s  WARN 1 --- [scheduling-1] c.l.sched.sync.RosterSync                : interpreter INT-%d (%s) double-booked %s 2024-05-%02d 10:00-12:00, auto-reassigned" % (
                ts_spring(), R.randint(17000, 21999), R.choice([x for v in INTERP.values() for _, x in v]), R.choice(list(HOSP)), R.randint(15, 31))
            fam = "spring-boot"
        elif k == 9:
            l = "%s [INFO] sofia.c:2483 Registered sip:%s@sip.%s from 10.20.8.%d:5060 expires 3600" % (ts_fs(), R.choice(list(INTERP.values()))[0][0], CDOM, R.randint(2, 90))
            fam = "freeswitch"
        elif k == 10:
            l = "%s WARN [ocr.worker-%d] CUDA OOM on page batch size=%d; retrying with size=%d (GPU 0: 22.1/24.0 GiB)" % (ts_py(), R.randint(1, 6), R.choice([16, 32]), 8)
            fam = "ocr-pylog"
        else:
            l = "%s info notify-svc sms.dlr status=%s sid=SM%s err=%s" % (ts_iso(), R.choice(["delivered", "delivered", "undelivered"]), hx(32), R.choice(["null", "30003", "30005"]))
            fam = "notify-svc"
        out.append((fam, Ln().a(l)))
    return out


def ep_postfix():
    out = []
    p = pick()
    qid = hx(10).upper()
    tick()
    if R.random() < 0.5:
        out.append(("postfix", Ln().a("%s mail-out-01 postfix/qmgr[1120]: %s: from=<noreply@%s>, size=%d, nrcpt=1 (queue active)" % (ts_sys(), qid, CDOM, R.randint(3000, 40000)))))
    tick(0.2, 3)
    dom = p["email"].split("@")[1]
    relay = {"gmail.com": "gmail-smtp-in.l.google.com[142.250.141.27]:25", "yahoo.com": "mta7.am0.yahoodns.net[67.195.204.72]:25",
             "mail.ru": "mxs.mail.ru[94.100.180.31]:25", "qq.com": "mx3.qq.com[203.205.219.57]:25"}.get(dom, "mx.%s[52.101.%d.%d]:25" % (dom, R.randint(1, 200), R.randint(1, 200)))
    out.append(("postfix", Ln().a("%s mail-out-01 postfix/smtp[%d]: %s: to=<" % (ts_sys(), R.randint(2000, 9000), qid), (p["email"], "email"),
                                  ">, relay=%s, delay=%.1f, delays=0.05/0.01/0.44/0.7, dsn=2.0.0, status=sent (250 2.0.0 OK %d)" % (relay, R.uniform(0.3, 4), int(NOW.timestamp())))))
    if R.random() < 0.4:
        out.append(("postfix", Ln().a("%s mail-out-01 postfix/qmgr[1120]: %s: removed" % (ts_sys(), qid))))
    return out


SMS_T = {
    "so": lambda p, d, t, h, L: L.a("Xusuusin: ", (p["first"], "name"), ", ballantaada turjubaanka waa ", (fd(d, "eu"), "date"), " %s, %s." % (t, h)),
    "es": lambda p, d, t, h, L: L.a("Recordatorio: ", (p["first"], "name"), ", su cita con intérprete es el ", (fd(d, "eu"), "date"), " a las %s en %s. Responda C para confirmar." % (t, h)),
    "vi": lambda p, d, t, h, L: L.a("Nhắc hẹn: ", (p["full"], "name"), ", lịch hẹn có thông dịch viên ngày ", (fd(d, "eu"), "date"), " lúc %s tại %s." % (t, h)),
    "ru": lambda p, d, t, h, L: L.a("Напоминание: ", (p["native"].split()[0] + " " + p["native"].split()[1] if len(p["native"].split()) > 2 else p["native"], "name"), ", приём с переводчиком ", (fd(d, "dot"), "date"), " в %s, %s." % (t, h)),
    "cmn": lambda p, d, t, h, L: L.a("提醒：", (p["native"], "name"), "，您的口译预约为", (fd(d, "cn"), "date"), " %s，地点：%s。" % (t, h)),
    "ar": lambda p, d, t, h, L: L.a("تذكير: ", (p["native"], "name"), "، موعدك مع المترجم يوم ", (fd(d, "eu"), "date"), " الساعة %s في %s." % (t, h)),
    "ne": lambda p, d, t, h, L: L.a("सम्झना: ", (p["native"], "name"), ", तपाईंको दोभाषे भेटघाट ", (fd(d, "dev"), "date"), " %s बजे, %s।" % (t.translate(DEV), h)),
    "ht": lambda p, d, t, h, L: L.a("Rapèl: ", (p["first"], "name"), ", randevou ak entèprèt ou a se ", (fd(d, "eu"), "date"), " a %s nan %s." % (t, h)),
    "pt": lambda p, d, t, h, L: L.a("Lembrete: ", (p["first"], "name"), ", sua consulta com intérprete é em ", (fd(d, "eu"), "date"), " às %s, %s." % (t, h)),
}


def ep_sms():
    out = []
    p = pick()
    h = HOSP[p["hosp"]]["name"]
    d = future_appt()
    t = R.choice(APPT_TIMES)
    tick()
    sid = "SM" + hx(32)
    L = Ln().a("%s info notify-svc sms.sent provider=twilio sid=%s to=" % (ts_iso(), sid), (p["e164"], "phone"),
               " template=appt_reminder_%s segments=%d body=\"" % (p["lang"], R.randint(1, 3)))
    f = SMS_T.get(p["lang"])
    if f:
        f(p, d, t, h, L)
    else:
        L.a("Reminder: ", (p["first"], "name"), ", your interpreter appointment is on ", (fd(d, "us"), "date"), " at %s, %s. Reply C to confirm." % (t, h))
    if R.random() < 0.3:
        L.a(" ", ("https://my.%s/p/%s" % (CDOM, p["slug"]), "url"))
    L.a("\"")
    out.append(("notify-svc", L))
    tick(1, 10)
    if R.random() < 0.5:
        out.append(("notify-svc", Ln().a("%s info notify-svc sms.dlr status=delivered sid=%s err=null price=-0.0079 USD" % (ts_iso(), sid))))
    return out


def ep_logcat():
    out = []
    p = pick()
    pid, tid = R.randint(3000, 30000), R.randint(3000, 30000)
    api = "https://api.%s/v2" % CDOM

    def lc(lvl, tag, *parts):
        tick(0.01, 1.5)
        out.append(("logcat", Ln().a("%s %5d %5d %s %s: " % (ts_logcat(), pid, tid, lvl, tag), *parts)))
    if R.random() < 0.6:
        lc("I", "okhttp.OkHttpClient", "--> GET %s/me/appointments h2" % api)
    if R.random() < 0.5:
        lc("I", "okhttp.OkHttpClient", "<-- 200 %s/me/appointments (%dms, %d-byte body)" % (api, R.randint(40, 900), R.randint(200, 6000)))
    v = R.random()
    if v < 0.3:
        lc("D", "ApptRepository", "loaded %d appointments for user=" % R.randint(0, 6), (p["user"], "other_id"))
    elif v < 0.5:
        lc("D", "DeviceRegistrar", "registered device imei=", (p["imei"], "device"), " model=SM-A536U android=14 fcm=%s:APA91b%s" % (b62(11), b62(40)))
    elif v < 0.7:
        lc("D", "ProfileViewModel", "prefill name=\"", (p["full"], "name"), "\" dob=", (fd(p["dob"], "iso"), "date"), " phone=", (p["e164"], "phone"))
    elif v < 0.78:
        mac = ":".join("%02X" % R.randint(0, 255) for _ in range(6))
        lc("I", "HearingAidBridge", "ASHA device connected name=\"%s\" addr=" % R.choice(["ReSound ONE 9", "Phonak Lumity L90", "Oticon Intent 1"]),
           (mac, "device"), " side=%s battery=%d%%" % (R.choice(["LEFT", "RIGHT"]), R.randint(10, 100)))
    elif v < 0.9:
        lc("I", "ShareLinkHelper", "share link created ", ("https://my.%s/p/%s" % (CDOM, p["slug"]), "url"), " ttl=7d")
    else:
        lc("W", "FirebaseMessaging", "Token retrieval failed: SERVICE_NOT_AVAILABLE")
    if R.random() < 0.4:
        lc("I", "org.webrtc.Logging", "PeerConnection: ICE connection state: %s" % R.choice(["CHECKING", "CONNECTED", "COMPLETED"]))
    return out


def ep_elig():
    """X12 270/271 eligibility checks (interpreter services billed to Medicaid/Medicare)"""
    out = []
    p = pick()
    trn = dg(9)
    tick()
    out.append(("elig-x12", Ln().a(ts_py(), " INFO [elig.x12] 270 sent trace=TRN*1*%s*1%s payer=%s facility=%s npi=%s" % (
        trn, dg(9), up(p["plan_name"]).replace(" ", "_")[:14], p["hosp"], npi()))))
    tick(0.5, 6)
    if R.random() < 0.5:
        out.append(("elig-x12", Ln().a("HL*3*2*22*0~")))
    out.append(("elig-x12", Ln().a("NM1*IL*1*", (up(p["last"]), "name"), "*", (up(p["first"]), "name"), "****MI*", (p["plan_id"], "health_plan"), "~")))
    if R.random() < 0.4:
        out.append(("elig-x12", Ln().a("N3*", (up(p["street"]), "address"), "~")))
        out.append(("elig-x12", Ln().a("N4*", (up(p["city"]), "address"), "*%s*" % p["st"], (p["zip"], "zip"), "~")))
    out.append(("elig-x12", Ln().a("DMG*D8*", (fd(p["dob"], "hl7"), "date"), "*%s~" % p["sex"])))
    if R.random() < 0.5:
        out.append(("elig-x12", Ln().a("EB*1*IND*30**%s~" % R.choice(["MC", "HM", "MA", "MB"]))))
    if R.random() < 0.4:
        out.append(("elig-x12", Ln().a("MSG*INTERPRETER SERVICES T1013 COVERED PER 15 MIN UNIT~")))
    tick(0.05, 0.4)
    out.append(("elig-x12", Ln().a(ts_py(), " INFO [elig.x12] 271 parsed trace=%s eligible=true benefit=T1013 units_max=%d copay=0.00 latency_ms=%d" % (
        trn, R.choice([8, 16, 24]), R.randint(300, 9000)))))
    return out


EPISODES = [  # (episode, how many times it occurs)
    (ep_vri, 10), (ep_opi, 4), (ep_sip, 3), (ep_webrtc, 4), (ep_sched, 5), (ep_ocr, 8), (ep_xliff, 7), (ep_invoice, 1),
    (ep_qa, 6), (ep_nginx, 14), (ep_segment, 17), (ep_hl7, 5), (ep_fhir, 11), (ep_tms, 4), (ep_twilio, 5), (ep_spring_err, 3),
    (ep_stripe, 10), (ep_idv, 14), (ep_cert, 22), (ep_noise, 7), (ep_postfix, 4), (ep_sms, 11), (ep_logcat, 7), (ep_elig, 3),
]


def main():
    sched = []
    for e, n in EPISODES:
        sched += [e] * n
    R.shuffle(sched)
    lines = []
    for f in sched:
        lines.extend(f())
    while len(lines) < N_LINES:  # top up with short episodes
        lines.extend(R.choice([ep_cert, ep_segment, ep_noise, ep_nginx, ep_sms])())
    lines = lines[:N_LINES]
    log_out, lab_out = [], []
    for i, (fam, L) in enumerate(lines, 1):
        b = bytes(L.b)
        assert b"\n" not in b and b"\r" not in b, (i, b)
        assert len(b) <= 4000, (i, len(b))
        b.decode("utf-8")
        prev = 0
        spans = []
        for s, e, cat, v in sorted(L.spans):
            assert s >= prev, ("overlap", i)
            assert b[s:e] == v.encode("utf-8"), ("span mismatch", i, v)
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        log_out.append(b)
        lab_out.append(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "wb") as fh:
        fh.write(b"\n".join(log_out) + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
