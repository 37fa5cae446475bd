#!/usr/bin/env python3
"""Generator for the "bl" PHI test corpus: values printed with no keys at all
(debug prints, tuples, positional rows, argv, call traces, cache/S3 keys, ...).

Standard library only, fixed seed, deterministic.  Writes bl.log and
bl.labels.jsonl next to this file.  Every line is built from segments so that
the byte offsets of each labelled span are known by construction; every span
is checked against the written bytes.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import string
import struct
import sys
import unicodedata

SEED = 0xB1C0DE
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_LOG = os.path.join(HERE, "bl.log")
OUT_LAB = os.path.join(HERE, "bl.labels.jsonl")
N_LINES = 500
N_CLEAN = 225          # 45 % of the lines carry no PHI
MAX_LINE = 20000
REF = dt.date(2024, 3, 5)   # "today" for the logs; ages are computed from it

CATS = ("name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id")


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class L:
    """A log line assembled from (text, category-or-None) segments."""

    def __init__(self, family):
        self.family = family
        self.parts = []

    def t(self, *texts):
        for s in texts:
            s = str(s)
            if s:
                self.parts.append((s, None))
        return self

    def p(self, value, cat):
        """Append a value; labelled with cat unless cat is None."""
        value = str(value)
        if cat is None:
            return self.t(value)
        assert cat in CATS, cat
        assert value, "empty labelled value"
        self.parts.append((value, cat))
        return self

    def q(self, quoted, cat):
        """Append a (pre, inner, post) triple; only inner is labelled."""
        pre, inner, post = quoted
        self.t(pre)
        self.p(inner, cat)
        self.t(post)
        return self

    def has_phi(self):
        return any(c for _, c in self.parts)

    def build(self):
        out = bytearray()
        spans = []
        for text, cat in self.parts:
            b = text.encode("utf-8")
            if cat:
                spans.append((len(out), len(out) + len(b), cat, b))
            out += b
        line = bytes(out)
        assert b"\n" not in line and b"\r" not in line, line[:200]
        assert len(line) <= MAX_LINE, (self.family, len(line))
        for s, e, cat, b in spans:
            # the check the brief asks for: bytes at [s:e] are exactly the value
            assert line[s:e] == b, (self.family, s, e, cat, b, line[s:e])
            assert b == b.strip(), ("span has outer whitespace", self.family, b)
        for (s1, e1, _, _), (s2, e2, _, _) in zip(spans, spans[1:]):
            assert e1 <= s2, "overlapping spans"
        return line, [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]


# --------------------------------------------------------------------------
# small random helpers
# --------------------------------------------------------------------------
def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def nz_digits(n):
    return str(R.randint(1, 9)) + digits(n - 1)


def letters(n, alphabet=string.ascii_uppercase):
    return "".join(R.choice(alphabet) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def weighted(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def asc(s):
    """ASCII-fold a string (for e-mail local parts, cache keys, file names)."""
    n = unicodedata.normalize("NFKD", s)
    n = n.replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("ı", "i")
    n = n.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in n if ord(c) < 128 and not unicodedata.combining(c))


def slug(s, sep=""):
    a = asc(s).lower()
    out = []
    for c in a:
        if c.isalnum():
            out.append(c)
        elif c in " -'’." and sep:
            out.append(sep)
    res = "".join(out)
    while sep and sep * 2 in res:
        res = res.replace(sep * 2, sep)
    return res.strip(sep) if sep else res


# --------------------------------------------------------------------------
# identifier generators (synthetic but valid-looking)
# --------------------------------------------------------------------------
def luhn_check(payload):
    total = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def gen_ssn(sep="-"):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


AREA_CODES = ["201", "202", "205", "206", "210", "212", "213", "214", "215", "216",
              "217", "224", "267", "281", "301", "303", "305", "312", "313", "314",
              "317", "323", "347", "404", "406", "408", "412", "414", "415", "480",
              "501", "503", "504", "505", "507", "512", "513", "517", "520", "602",
              "612", "614", "617", "646", "651", "678", "702", "704", "708", "713",
              "718", "720", "725", "732", "773", "786", "801", "808", "810", "813",
              "832", "847", "850", "862", "901", "907", "914", "916", "919", "929",
              "937", "954", "971", "984"]


def gen_phone_parts():
    while True:
        ex = str(R.randint(2, 9)) + digits(2)
        if ex[1:] != "11" and ex != "555" and ex != "950" and ex != "958":
            break
    return ch(AREA_CODES), ex, digits(4)


def fmt_phone(parts, style=None):
    a, e, n = parts
    style = style or ch(["paren", "dash", "dash", "dot", "plain", "e164", "intl", "one"])
    return {
        "paren": f"({a}) {e}-{n}",
        "paren_ns": f"({a}){e}-{n}",
        "dash": f"{a}-{e}-{n}",
        "dot": f"{a}.{e}.{n}",
        "plain": f"{a}{e}{n}",
        "e164": f"+1{a}{e}{n}",
        "intl": f"+1 {a} {e} {n}",
        "one": f"1-{a}-{e}-{n}",
    }[style]


def gen_card():
    kind = ch(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = "5" + str(R.randint(1, 5)) + digits(13)
    elif kind == "amex":
        body = "3" + ch("47") + digits(12)
    else:
        body = "6011" + digits(11)
    num = body + luhn_check(body)
    assert luhn_ok(num)
    st = ch(["plain", "plain", "space", "dash"])
    if st == "plain":
        return num
    sep = " " if st == "space" else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


VIN_TR = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                                [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_value(c):
    return int(c) if c.isdigit() else VIN_TR[c]


def vin_check(v):
    s = sum(vin_value(c) * w for c, w in zip(v, VIN_W)) % 11
    return "X" if s == 10 else str(s)


def gen_vin():
    wmi = ch(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "WBA", "1G1", "4T1",
              "1C4", "5NP", "JN1", "2HK", "1FA", "3FA"])
    vds = "".join(ch(VIN_CH) for _ in range(5))
    year = ch("BCDEFGHJKLMNP")
    plant = ch("ABCDEFGHJKLMNPRSTUVWXYZ")
    v = wmi + vds + "0" + year + plant + digits(6)
    v = v[:8] + vin_check(v) + v[9:]
    assert vin_check(v) == v[8] and len(v) == 17
    return v


def gen_plate():
    f = ch(["ca", "ny", "tx", "il", "fl", "wa"])
    if f == "ca":
        return str(R.randint(4, 9)) + letters(3) + digits(3)
    if f == "ny":
        return letters(3) + "-" + digits(4)
    if f == "tx":
        return letters(3) + digits(4)
    if f == "il":
        return letters(2) + " " + digits(5)
    if f == "fl":
        return letters(3) + " " + letters(1) + digits(2)
    return digits(3) + "-" + letters(3)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"   # no S L O I B Z


def gen_mbi(dashes=None):
    an = MBI_A + "0123456789"
    s = (str(R.randint(1, 9)) + ch(MBI_A) + ch(an) + digits(1) + ch(MBI_A) + ch(an)
         + digits(1) + ch(MBI_A) + ch(MBI_A) + digits(2))
    if dashes is None:
        dashes = chance(0.4)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashes else s


def gen_member():
    f = ch(["bcbs", "aetna", "uhc", "cigna", "humana", "kaiser", "generic"])
    if f == "bcbs":
        return ch(["XEH", "XOF", "ZGP", "YID", "JQU", "R4X"]) + digits(9)
    if f == "aetna":
        return "W" + digits(9)
    if f == "uhc":
        return digits(9) + ch(["", "01", "02"])
    if f == "cigna":
        return "U" + digits(8) + " " + digits(2)
    if f == "humana":
        return "H" + digits(8)
    if f == "kaiser":
        return digits(8)
    return letters(3) + digits(6) + letters(1)


def gen_medicaid():
    f = ch(["ca", "ny", "tx", "il", "generic"])
    if f == "ca":
        return "9" + digits(7) + letters(1)
    if f == "ny":
        return letters(2) + digits(5) + letters(1)
    if f == "tx":
        return "5" + digits(8)
    if f == "il":
        return digits(9)
    return digits(10)


def gen_mrn():
    f = ch(["E7", "d8", "d8", "M9", "pref", "dash", "d10", "alpha"])
    if f == "E7":
        return "E" + digits(7)
    if f == "d8":
        return "00" + nz_digits(6) if chance(0.3) else nz_digits(8)
    if f == "M9":
        return "M" + digits(9)
    if f == "pref":
        return ch(["MRN", "HMC", "UH", "CMC"]) + digits(7)
    if f == "dash":
        return digits(2) + "-" + digits(2) + "-" + digits(2)
    if f == "d10":
        return nz_digits(10)
    return letters(2) + digits(6)


def gen_dl(state=None):
    f = state or ch(["CA", "NY", "FL", "IL", "TX", "WA", "PA", "OH"])
    if f == "CA":
        return letters(1) + digits(7)
    if f == "NY":
        return ch([digits(9), digits(3) + " " + digits(3) + " " + digits(3)])
    if f == "FL":
        return letters(1) + digits(3) + "-" + digits(3) + "-" + digits(2) + "-" + digits(3) + "-" + digits(1)
    if f == "IL":
        return letters(1) + digits(3) + "-" + digits(4) + "-" + digits(4)
    if f == "TX":
        return digits(8)
    if f == "WA":
        return "WDL" + "".join(ch(string.ascii_uppercase + string.digits) for _ in range(9))
    if f == "PA":
        return digits(2) + " " + digits(3) + " " + digits(3)
    return letters(2) + digits(6)


def gen_dea(last):
    first = ch("ABFGM")
    second = asc(last)[0].upper()
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(c)


def gen_npi():
    body = ch("12") + digits(8)
    return body + luhn_check("80840" + body)


def gen_imei():
    body = ch(["35", "35", "86", "01", "99"]) + digits(12)
    return body + luhn_check(body)


def gen_mac(sep=":"):
    oui = ch(["a4:83:e7", "f0:18:98", "3c:22:fb", "00:1a:7d", "b8:27:eb", "dc:a6:32",
              "ac:bc:32", "f4:5c:89", "88:66:5a", "00:04:a3", "d0:03:4b"])
    tail = ":".join(hexs(2) for _ in range(3))
    m = oui + ":" + tail
    if chance(0.3):
        m = m.upper()
    return m.replace(":", sep)


def gen_dev_serial():
    f = ch(["pacer", "pump", "cgm", "cpap", "hear", "gen"])
    if f == "pacer":
        return ch(["PJN", "RNH", "BLM", "NWR"]) + digits(6) + ch(["H", "S", "G"])
    if f == "pump":
        return "NG" + digits(7) + "H"
    if f == "cpap":
        return "2" + digits(10)
    if f == "cgm":
        return "SM" + digits(8)
    if f == "hear":
        return digits(2) + "-" + digits(6)
    return letters(2) + digits(4) + letters(1) + digits(4)


def gen_udi(serial=None):
    gtin = "0" + digits(13)
    exp = f"{R.randint(25, 29)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
    serial = serial or gen_dev_serial()
    return f"(01){gtin}(17){exp}(21){serial}"


PUBLIC_FIRST_OCTETS = [24, 47, 50, 64, 66, 67, 68, 69, 70, 71, 73, 74, 75, 76, 96, 97,
                       98, 99, 107, 108, 142, 162, 173, 174, 184, 208, 209]


def gen_public_ip():
    if chance(0.15):
        return "2601:%x:%x:%x:%x:%x:%x:%x" % tuple(R.randint(1, 0xffff) for _ in range(7))
    while True:
        o = [ch(PUBLIC_FIRST_OCTETS), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)]
        if o[0] == 100 and 64 <= o[1] < 128:
            continue
        return ".".join(map(str, o))


def gen_private_ip():
    f = ch(["10", "192", "172"])
    if f == "10":
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if f == "192":
        return f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"
    return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def iban(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    return f"{country}{chk:02d}{bban}"


def gen_iban():
    c = ch(["DE", "GB", "FR", "NL", "ES"])
    if c == "DE":
        v = iban("DE", digits(18))
    elif c == "GB":
        v = iban("GB", ch(["NWBK", "BARC", "LOYD", "HBUK"]) + digits(14))
    elif c == "FR":
        v = iban("FR", digits(10) + digits(11) + digits(2))
    elif c == "NL":
        v = iban("NL", ch(["ABNA", "INGB", "RABO"]) + digits(10))
    else:
        v = iban("ES", digits(20))
    if chance(0.4):
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def gen_bank_acct():
    return digits(R.randint(9, 12))


def gen_bill_acct():
    return ch(["HAR", "PB", "", "", "A"]) + nz_digits(ch([9, 10, 8]))


def gen_nhs():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            v = "".join(map(str, d)) + str(c)
            return ch([v, f"{v[:3]} {v[3:6]} {v[6:]}"])


def gen_sin():
    body = ch("1234567") + digits(7)
    v = body + luhn_check(body)
    return ch([v, f"{v[:3]}-{v[3:6]}-{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"])


def gen_cpf():
    d = [R.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    v = "".join(map(str, d))
    return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"


def gen_curp(p):
    ln = asc(p.last).upper().replace(" ", "").replace("-", "").replace("'", "")
    fn = asc(p.first).upper()
    vow = next((c for c in ln[1:] if c in "AEIOU"), "X")
    d = p.dob
    return (ln[0] + vow + (letters(1)) + fn[0] + f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"
            + ("H" if p.sex == "M" else "M") + ch(["DF", "JC", "NL", "GT", "PL", "CH", "BC"])
            + letters(3, "BCDFGHJKLMNPRSTVXZ") + ("0" if d.year < 2000 else "A") + digits(1))


def gen_nino():
    a = ch("ABCEGHJKLMNOPRSTWXYZ")
    b = ch("ABCEGHJKLMNPRSTWXYZ")
    return a + b + digits(6) + ch("ABCD")


def gen_rrn(p):
    d = p.dob
    s = ("1" if p.sex == "M" else "2") if d.year < 2000 else ("3" if p.sex == "M" else "4")
    return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}-{s}{digits(6)}"


OTHER_TAGS = {"nhs": ("NHS", "GB"), "sin": ("SIN", "CA"), "cpf": ("CPF", "BR"), "curp": ("CURP", "MX"),
              "nino": ("NINO", "GB"), "rrn": ("RRN", "KR"), "aadhaar": ("AADHAAR", "IN"),
              "passport": ("PASSPORT", "US")}


def gen_other_id(p):
    f = ch(["nhs", "sin", "cpf", "curp", "nino", "rrn", "aadhaar", "passport"])
    p.other_kind = f
    if f == "nhs":
        return gen_nhs()
    if f == "sin":
        return gen_sin()
    if f == "cpf":
        return gen_cpf()
    if f == "curp":
        return gen_curp(p)
    if f == "nino":
        return gen_nino()
    if f == "rrn":
        return gen_rrn(p)
    if f == "aadhaar":
        return f"{R.randint(2, 9)}{digits(3)} {digits(4)} {digits(4)}"
    return ch(["C", "E", "K", "X"]) + digits(8)


# --------------------------------------------------------------------------
# name and place pools
# --------------------------------------------------------------------------
FIRST_F = ["Maria", "José", "Aaliyah", "Oluwaseun", "Priya", "Siobhan", "Thi Hoa", "Mei-Ling",
           "Yuki", "Fatima", "Aisha", "Ngozi", "Ama", "Valentina", "Ximena", "Guadalupe",
           "Sakura", "Seo-yeon", "Ji-woo", "Lakshmi", "Anjali", "Ingrid", "Zoë", "Chloé",
           "Hélène", "Chiara", "Latoya", "Imani", "Keisha", "Olga", "Svetlana", "Agnieszka",
           "Hope", "Faith", "Grace", "Joy", "Rose", "Summer", "Autumn", "April", "May", "June",
           "Dawn", "Winona", "Leilani", "Saoirse", "Niamh", "Nour", "Layla", "Shira", "Eleni",
           "Ayşe", "Shirin", "Hodan", "Magdalena", "Dolores", "Gertrude", "Mildred", "Esther",
           "Consuelo", "Bernadette", "Yolanda", "Precious", "Destiny", "Anh", "Linh", "Xiu",
           "Tatiana", "Björk", "Małgorzata", "Ebony", "Marisol", "Candy", "Temperance"]
FIRST_M = ["Chidi", "Wei", "Dmitri", "Minh", "Kenji", "Mohammed", "Kwame", "Santiago",
           "Hiroshi", "Min-jun", "Arjun", "Raj", "Sven", "Bjørn", "François", "Giuseppe",
           "Malik", "DeShawn", "Tyrone", "Jamal", "Bao", "Xiaoming", "Yevgeny", "Tomasz",
           "Bogdan", "Will", "Mark", "Hunter", "Chase", "Lane", "Ernest", "Frank", "Miles",
           "Rich", "Sterling", "Ahanu", "Keoni", "Kalani", "Ciarán", "Abdul-Rahman", "Youssef",
           "Avraham", "Dimitrios", "Emre", "Dariush", "Abdirahman", "Jean-Baptiste",
           "Juan Carlos", "Luis Ángel", "Obinna", "Tavita", "Joaquín", "Rocco", "Cornelius",
           "Earl", "Duke", "King", "Bishop", "Sonny", "Hamid", "Pradeep", "Vikram", "Nikolai",
           "Lorenzo", "Mateus", "Thiago", "Sione", "Tenzin", "Ezekiel", "Otis", "Dong-hyun"]
LAST = ["Okonkwo", "Nguyen", "Nguyễn", "Tran", "Garcia-Lopez", "de la Cruz", "Van der Merwe",
        "O'Brien", "McAllister", "Adeyemi", "Mensah", "Owusu", "Kim", "Park", "Choi", "Patel",
        "Srinivasan", "Venkataraman", "Chatterjee", "Kowalski", "Wiśniewska", "Nowak",
        "Ivanova", "Petrov", "Müller", "Schmidt", "Haddad", "Al-Masri", "Abdullah", "Cohen",
        "Levi", "Goldberg", "Yamamoto", "Takahashi", "Watanabe", "Hernández", "Rodríguez",
        "Martínez Soto", "dos Santos", "Silva", "Pereira", "Papadopoulos", "Yılmaz", "Öztürk",
        "Rahimi", "Hosseini", "Warsame", "Farah", "Begay", "Yazzie", "Kahananui", "Young",
        "King", "Black", "White", "Brown", "Green", "Rose", "Hope", "Love", "Bishop", "Baker",
        "Price", "Page", "Bell", "Long", "Cash", "Wolf", "Fox", "Frost", "Snow", "Street",
        "Banks", "Church", "Smith-Jones", "Ramírez-Ortega", "Okafor-Bello", "Nakamura-Reyes",
        "Lee-Chang", "Van Buren", "St. John", "Le Blanc", "Della Rosa", "Ben-David",
        "Abu Bakr", "Johnson", "Williams", "Washington", "Jefferson", "Thompson", "Ødegaard",
        "Fitzgerald-Ó Súilleabháin", "Xu", "Ng", "Li", "Wu", "Oyelaran", "Achterberg",
        "Tuiasosopo", "Mbeki", "Castillo", "Gutiérrez", "Kaur", "Singh", "Dubois", "Lefèvre",
        "Jørgensen", "Székely", "Dvořák", "Ahmed", "Hussain", "Moreno", "Quispe", "Hill",
        "Stone", "Wood", "Lamb", "Winter", "Summers", "Power", "Gentry", "Moody", "Sweet",
        "D'Angelo", "N'Diaye", "O'Connor-Reyes", "Dell'Aquila"]
MIDDLE = ["A", "B", "C", "D", "E", "J", "K", "L", "M", "Q", "R", "T", "Marie", "Ann", "Lee",
          "James", "Lynn", "Jose", "Kofi", "Elizabeth", "Ray"]

# clinicians / staff (never labelled)
CLIN_TITLES = ["Dr.", "Dr", "", ""]
CLIN_SUFFIX = [", MD", " MD", ", DO", ", NP", " RN", ", PA-C", ""]
STAFF_ACCTS = ["svc_hl7_inbound", "epic_interface", "jmorales", "a.kumar", "deploy-bot",
               "etl_nightly", "mirth", "svc-fax-gw", "rpatel_adm", "root", "ubuntu",
               "tbrennan", "ci-runner", "sa_reporting", "claims_batch", "kkowalczyk"]
ORGS = [("Mercy General Hospital", "2525 S Michigan Ave", "Chicago", "IL", "60616", "(312) 567-2000"),
        ("St. Luke's Medical Center", "1800 E Van Buren St", "Phoenix", "AZ", "85006", "602-251-8100"),
        ("Lakeside Family Clinic", "410 W Lake St", "Minneapolis", "MN", "55408", "612.555.0100"),
        ("Quest Diagnostics", "500 Plaza Dr", "Secaucus", "NJ", "07094", "1-866-697-8378"),
        ("Blue Cross Blue Shield of Illinois", "300 E Randolph St", "Chicago", "IL", "60601", "1-800-538-8833"),
        ("Riverside Orthopedics", "77 Riverside Dr", "Columbus", "OH", "43215", "(614) 555-0199"),
        ("Kaiser Permanente Oakland", "3600 Broadway", "Oakland", "CA", "94611", "510-752-1000"),
        ("Harborview Pharmacy #214", "325 9th Ave", "Seattle", "WA", "98104", "206.744.3000"),
        ("Sunrise Imaging LLC", "1200 Peachtree St NE", "Atlanta", "GA", "30309", "404-555-0147")]
PAYER_ORGS = [("Blue Cross Blue Shield of Illinois", "300 E Randolph St", "Chicago", "IL", "60601", "(800)538-8833"),
              ("Aetna Better Health", "151 Farmington Ave", "Hartford", "CT", "06156", "(800)872-3862"),
              ("UnitedHealthcare", "9900 Bren Rd E", "Minnetonka", "MN", "55343", "(866)633-2446"),
              ("Humana Inc", "500 W Main St", "Louisville", "KY", "40202", "(800)457-4708")]
PAYERS = ["BCBSIL", "AETNA", "UHC", "CIGNA", "HUMANA", "MEDICARE", "MEDI-CAL", "TX-MEDICAID",
          "AMBETTER", "MOLINA"]

CITIES = [("Springfield", "IL", "627", "Sangamon"), ("Chicago", "IL", "606", "Cook"),
          ("Houston", "TX", "770", "Harris"), ("Phoenix", "AZ", "850", "Maricopa"),
          ("Brooklyn", "NY", "112", "Kings"), ("Oakland", "CA", "946", "Alameda"),
          ("Fresno", "CA", "937", "Fresno"), ("Seattle", "WA", "981", "King"),
          ("Portland", "OR", "972", "Multnomah"), ("Denver", "CO", "802", "Denver"),
          ("Atlanta", "GA", "303", "Fulton"), ("Miami", "FL", "331", "Miami-Dade"),
          ("Columbus", "OH", "432", "Franklin"), ("Detroit", "MI", "482", "Wayne"),
          ("Minneapolis", "MN", "554", "Hennepin"), ("Albuquerque", "NM", "871", "Bernalillo"),
          ("Boston", "MA", "021", "Suffolk"), ("Newark", "NJ", "071", "Essex"),
          ("Nashville", "TN", "372", "Davidson"), ("El Paso", "TX", "799", "El Paso"),
          ("Honolulu", "HI", "968", "Honolulu"), ("Anchorage", "AK", "995", "Anchorage"),
          ("Gallup", "NM", "873", "McKinley"), ("Tulsa", "OK", "741", "Tulsa"),
          ("Boise", "ID", "837", "Ada"), ("Burlington", "VT", "054", "Chittenden"),
          ("Charleston", "WV", "253", "Kanawha"), ("Jackson", "MS", "392", "Hinds"),
          ("Providence", "RI", "029", "Providence"), ("San Antonio", "TX", "782", "Bexar"),
          ("Kalamazoo", "MI", "490", "Kalamazoo"), ("Hialeah", "FL", "330", "Miami-Dade"),
          ("Flagstaff", "AZ", "860", "Coconino"), ("Bangor", "ME", "044", "Penobscot"),
          ("Cheyenne", "WY", "820", "Laramie"), ("Sioux Falls", "SD", "571", "Minnehaha"),
          ("Lafayette", "LA", "705", "Lafayette"), ("Española", "NM", "875", "Rio Arriba")]
STREETS = ["Maple", "Oak", "Martin Luther King Jr", "Cesar Chavez", "Kamehameha", "Peachtree",
           "Elm", "5th", "23rd", "Old Mill", "Rio Grande", "Lincoln", "Washington", "Cherry Hill",
           "Sunset", "Pleasant Valley", "Main", "Church", "Lakeshore", "Bayou", "Juniper",
           "Prairie Rose", "Navajo", "Magnolia", "Cottonwood", "Sandy Hook", "Westheimer",
           "Halsted", "Flatbush", "Colfax", "Ponce de Leon", "Aloha", "Saint Clair", "Hickory"]
SUFFIX = ["St", "Ave", "Blvd", "Rd", "Ln", "Dr", "Ct", "Way", "Pl", "Ter", "Pkwy", "Cir",
          "Street", "Avenue", "Road", "Hwy"]
UNITS = ["Apt 4B", "Apt 12", "Unit 305", "#7", "Lot 17", "Apt. 2F", "Ste 110", "Trlr 9", "Rm 3"]
EMAIL_DOM = ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com",
             "aol.com", "protonmail.com", "comcast.net", "att.net", "msn.com", "live.com"]


def clinician_name():
    g = ch(FIRST_F + FIRST_M)
    s = ch(LAST)
    t, x = ch(CLIN_TITLES), ch(CLIN_SUFFIX)
    if not t and not x:
        x = ch([", MD", " RN", ", NP"])
    return (t + " " + g + " " + s).strip() + x


def rand_date(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


class Person:
    def __init__(self, old=None):
        self.sex = ch("FM")
        self.first = ch(FIRST_F if self.sex == "F" else FIRST_M)
        self.middle = ch(MIDDLE) if chance(0.5) else ""
        self.last = ch(LAST)
        if old is None:
            old = chance(0.18)
        if old:
            self.dob = rand_date(1921, 1933)
        else:
            self.dob = rand_date(1938, 2021)
        self.age = REF.year - self.dob.year - ((REF.month, REF.day) < (self.dob.month, self.dob.day))
        self.mrn = gen_mrn()
        self.ssn = gen_ssn(ch(["-", "-", "-", ""]))
        self.phone = gen_phone_parts()
        self.alt_phone = gen_phone_parts()
        self.fax = gen_phone_parts()
        city = ch(CITIES)
        self.city, self.state, zp, self.county = city
        self.zip = zp + digits(2) + (("-" + digits(4)) if chance(0.15) else "")
        d = ch(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
        self.street = f"{R.randint(1, 19999)} {d}{ch(STREETS)} {ch(SUFFIX)}"
        self.unit = ch(UNITS) if chance(0.3) else ""
        lp = ch([
            slug(self.first, ".") + "." + slug(self.last, "."),
            slug(self.first) + slug(self.last) + str(self.dob.year % 100),
            slug(self.first)[0] + slug(self.last) + digits(R.randint(1, 4)),
            slug(self.last) + "_" + slug(self.first),
            slug(self.first) + "." + slug(self.last) + str(self.dob.year),
            slug(self.first) + digits(3),
        ])
        self.email = lp + "@" + ch(EMAIL_DOM)
        self.member = gen_member()
        self.mbi = gen_mbi()
        self.medicaid = gen_medicaid()
        self.card = gen_card()
        self.bank = gen_bank_acct()
        self.bill = gen_bill_acct()
        self.dl = gen_dl(self.state if self.state in ("CA", "NY", "FL", "IL", "TX", "WA") else None)
        self.vin = gen_vin()
        self.plate = gen_plate()
        self.serial = gen_dev_serial()
        self.imei = gen_imei()
        self.mac = gen_mac()
        self.ip = gen_public_ip()
        self.other = gen_other_id(self)
        self.iban = gen_iban()
        self.admit = rand_date(2023, 2024)
        if self.admit > REF:
            self.admit = REF - dt.timedelta(days=R.randint(1, 300))
        self.appt = REF + dt.timedelta(days=R.randint(1, 120))

    # full name written together, in one of many orders/cases
    def full(self, style=None):
        f, m, l = self.first, self.middle, self.last
        style = style or ch(["fl", "fl", "fml", "fm.l", "l,f", "l,f", "l,fm", "LF", "FL", "l f"])
        if style == "fml":
            return f"{f} {m} {l}" if m else f"{f} {l}"
        if style == "fm.l":
            return f"{f} {m[0]}. {l}" if m else f"{f} {l}"
        if style == "l,f":
            return f"{l}, {f}"
        if style == "l,fm":
            return f"{l}, {f} {m}".rstrip()
        if style == "LF":
            return f"{l.upper()}, {f.upper()}"
        if style == "FL":
            return f"{f.upper()} {l.upper()}"
        if style == "l f":
            return f"{l} {f}"
        return f"{f} {l}"


def relative(p):
    """A relative/guarantor: shares the family name most of the time."""
    r = Person(old=False)
    if chance(0.7):
        r.last = p.last
    r.street, r.city, r.state, r.zip = p.street, p.city, p.state, p.zip
    return r


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fmt_date(d, style=None):
    style = style or ch(["iso", "iso", "us", "us", "us_nz", "compact", "mon", "dmy", "long",
                         "eu", "us2", "ORA"])
    y, m, dd = d.year, d.month, d.day
    return {
        "iso": f"{y:04d}-{m:02d}-{dd:02d}",
        "us": f"{m:02d}/{dd:02d}/{y:04d}",
        "us_nz": f"{m}/{dd}/{y}",
        "compact": f"{y:04d}{m:02d}{dd:02d}",
        "mon": f"{MON[m - 1]} {dd}, {y}",
        "dmy": f"{dd:02d}-{MON[m - 1]}-{y}",
        "ORA": f"{dd:02d}-{MON[m - 1].upper()}-{y % 100:02d}",
        "long": f"{MONTH[m - 1]} {dd}, {y}",
        "eu": f"{dd:02d}.{m:02d}.{y}",
        "us2": f"{m:02d}/{dd:02d}/{y % 100:02d}",
        "usdash": f"{m:02d}-{dd:02d}-{y:04d}",
    }[style]


def us_tz(d):
    # crude DST rule, good enough for a debug print
    return ("EDT" if 4 <= d.month <= 10 else "EST"), (4 if 4 <= d.month <= 10 else 5)


def java_date(d):
    tz, _ = us_tz(d)
    hh = d.hour if isinstance(d, dt.datetime) else 0
    mi = d.minute if isinstance(d, dt.datetime) else 0
    return f"{DOW[d.weekday()]} {MON[d.month - 1]} {d.day:02d} {hh:02d}:{mi:02d}:00 {tz} {d.year}"


def js_iso(d):
    _, off = us_tz(d)
    base = dt.datetime(d.year, d.month, d.day,
                       d.hour if isinstance(d, dt.datetime) else 0,
                       d.minute if isinstance(d, dt.datetime) else 0)
    u = base + dt.timedelta(hours=off)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".000Z"


def go_time(d):
    if isinstance(d, dt.datetime):
        return d.strftime("%Y-%m-%d %H:%M:%S") + " -0500 EST"
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d} 00:00:00 +0000 UTC"


def cs_date(d):
    if isinstance(d, dt.datetime):
        h = d.hour % 12 or 12
        return f"{d.month}/{d.day}/{d.year} {h}:{d.minute:02d}:00 {'AM' if d.hour < 12 else 'PM'}"
    return f"{d.month}/{d.day}/{d.year} 12:00:00 AM"


def iso(d):
    if isinstance(d, dt.datetime):
        return d.strftime("%Y-%m-%dT%H:%M:%S")
    return d.isoformat()


def with_time(d):
    return dt.datetime(d.year, d.month, d.day, R.randint(6, 19), ch([0, 15, 30, 45]))


# --------------------------------------------------------------------------
# log prefixes (noise; never labelled)
# --------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 5, 7, 58, 11, 204000)

    def tick(self):
        self.t += dt.timedelta(milliseconds=R.randint(3, 95000))
        return self.t


CLOCK = Clock()
HOSTS = ["ip-10-0-3-17", "ehr-api-7d9f8b6c4-x2kqz", "intf-worker-02", "mirth01", "rpt-batch",
         "portal-web-3", "elig-svc-5c7d", "fax-gw-01"]
SERVICES = ["api", "worker", "portal", "intake", "elig", "billing", "scheduler", "faxgw"]


def prefix(kind=None):
    t = CLOCK.tick()
    kind = kind or ch(["none", "none", "none", "compose", "cri", "journald", "golog", "pm2",
                       "heroku", "pylog", "logback", "k8s_pod", "ts"])
    ms = t.microsecond // 1000
    if kind == "none":
        return ""
    if kind == "compose":
        s = f"{ch(SERVICES)}-{R.randint(1, 3)}"
        return f"{s:<12}| "
    if kind == "cri":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}{R.randint(100, 999)}Z stdout F "
    if kind == "journald":
        return t.strftime("%b %d %H:%M:%S ") + f"{ch(HOSTS)} {ch(['python3', 'node', 'java', 'app', 'php-fpm'])}[{R.randint(300, 65000)}]: "
    if kind == "golog":
        return t.strftime("%Y/%m/%d %H:%M:%S ")
    if kind == "pm2":
        return f"{R.randint(0, 5)}|{ch(SERVICES):<10}| "
    if kind == "heroku":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}+00:00 app[{ch(['web', 'worker'])}.{R.randint(1, 4)}]: "
    if kind == "pylog":
        return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{ms:03d} DEBUG "
    if kind == "logback":
        return t.strftime("%H:%M:%S.") + f"{ms:03d} [{ch(['main', 'http-nio-8080-exec-4', 'pool-2-thread-1', 'scheduling-1'])}] DEBUG "
    if kind == "k8s_pod":
        return f"[pod/{ch(HOSTS)}/{ch(SERVICES)}] "
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms:03d}Z "


# --------------------------------------------------------------------------
# atoms: positional values, rendered by a language-specific printer
# --------------------------------------------------------------------------
class A:
    """One positional value. kind: s=string n=number/raw d=date b=bool z=null."""

    def __init__(self, text, cat=None, kind="s", date=None, val=None):
        self.text, self.cat, self.kind, self.date, self.val = text, cat, kind, date, val


def S(text):
    return A(str(text))


def N(text):
    return A(str(text), None, "n")


def B(v):
    return A("", None, "b", val=v)


def Z():
    return A("", None, "z")


def D(d, cat="date", style=None):
    text = iso(d) if isinstance(d, dt.datetime) and style is None else fmt_date(d, style)
    if isinstance(d, dt.datetime) and style is not None:
        text = fmt_date(d, style) + " " + d.strftime(ch(["%H:%M", "%I:%M %p"]))
    return A(text, cat, "d", date=d)


def jpeg_b64(n_bytes):
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    body = bytes(R.randint(0, 255) for _ in range(n_bytes))
    return base64.b64encode(head + body + b"\xff\xd9").decode()


def png_b64(n_bytes):
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + struct.pack(">II", 96, 96) + b"\x08\x02\x00\x00\x00"
    body = bytes(R.randint(0, 255) for _ in range(n_bytes))
    return base64.b64encode(head + body).decode()


def photo_value():
    f = ch(["uri_jpeg", "uri_jpeg", "uri_png", "bare_jpeg"])
    if f == "uri_jpeg":
        return "data:image/jpeg;base64," + jpeg_b64(R.randint(300, 1800))
    if f == "uri_png":
        return "data:image/png;base64," + png_b64(R.randint(300, 1500))
    return jpeg_b64(R.randint(300, 1800))


def fingerprint_b64():
    head = b"FMR\x00 20\x00\x00\x00\x01" + bytes([R.randint(0, 255)])
    body = bytes(R.randint(0, 255) for _ in range(R.randint(120, 480)))
    return base64.b64encode(head + body).decode()


def face_floats(n=128):
    return ", ".join(f"{R.uniform(-0.25, 0.25):.4f}" for _ in range(n))


def biometric_pair():
    f = ch(["fmr", "fmr", "face", "voice"])
    if f == "fmr":
        return ch(["ISO19794-2", "FMR"]), fingerprint_b64()
    if f == "face":
        return "face-v3", base64.b64encode(struct.pack("<128f", *[R.uniform(-0.25, 0.25) for _ in range(128)])).decode()
    return "VOICE", "VPRT" + base64.b64encode(bytes(R.randint(0, 255) for _ in range(R.randint(96, 256)))).decode()


def biometric_value():
    f = ch(["fmr", "fmr", "face", "voice"])
    if f == "fmr":
        return fingerprint_b64()
    if f == "face":
        return base64.b64encode(struct.pack("<128f", *[R.uniform(-0.25, 0.25) for _ in range(128)])).decode()
    return "VPRT" + base64.b64encode(bytes(R.randint(0, 255) for _ in range(R.randint(96, 256)))).decode()


ORG_SLUGS = ["mercyhealth", "stlukes-az", "lakesidefamily", "riversideortho", "northshore",
             "valleycare", "sutterhealth", "baycare", "uhhospitals", "ochsner"]


def person_url(p):
    f = ch(["chart", "portal", "fb", "li", "tele", "pay", "blog"])
    org = ch(ORG_SLUGS)
    if f == "chart":
        return f"https://mychart.{org}.org/MyChart/Patient/{p.mrn}/Summary"
    if f == "portal":
        return f"https://portal.{org}.com/patients/{p.mrn}/documents?dob={fmt_date(p.dob, 'iso')}"
    if f == "fb":
        return f"https://www.facebook.com/{slug(p.first, '.')}.{slug(p.last, '.')}.{digits(4)}"
    if f == "li":
        return f"https://www.linkedin.com/in/{slug(p.first, '-')}-{slug(p.last, '-')}-{hexs(6)}"
    if f == "tele":
        return f"https://telehealth.{org}.com/join/{hexs(8)}?pt={p.mrn}&name={slug(p.first)}"
    if f == "pay":
        return f"https://pay.{org}.org/bill/{p.bill}?zip={p.zip[:5]}"
    return f"https://{slug(p.first)}{slug(p.last)}.wordpress.com/"


def phi_atom_group(p, k):
    """Atoms for one kind of datum of person p (a list: some data span fields)."""
    if k == "mrn":
        return [A(p.mrn, "mrn")]
    if k == "names":
        ul = chance(0.2)
        g = [A(p.last.upper() if ul else p.last, "name"), A(p.first.upper() if ul else p.first, "name")]
        if p.middle and chance(0.4):
            g.append(A(p.middle.upper() if ul else p.middle, "name"))
        if chance(0.25):
            g = [g[1], g[0]] + g[2:]
        return g
    if k == "full":
        return [A(p.full(), "name")]
    if k == "relname":
        r = relative(p)
        return [A(r.full(), "name"), S(ch(["SPO", "MTH", "FTH", "DAU", "SON", "GRD", "GUAR"]))]
    if k == "dob":
        return [D(p.dob)]
    if k == "age":
        return [A(str(p.age), "age" if p.age > 89 else None, "n")]
    if k == "phone":
        return [A(fmt_phone(p.phone), "phone")]
    if k == "fax":
        return [A(fmt_phone(p.fax, ch(["dash", "plain", "paren"])), "fax")]
    if k == "ssn":
        return [A(p.ssn, "ssn")]
    if k == "email":
        return [A(p.email, "email")]
    if k == "addr":
        g = [A(p.street + ((" " + p.unit) if p.unit and chance(0.5) else ""), "address")]
        if chance(0.85):
            g.append(A(p.city, "address"))
        g.append(S(p.state))
        if chance(0.8):
            g.append(A(p.zip, "zip"))
        return g
    if k == "zip":
        return [A(p.zip, "zip")]
    if k == "county":
        return [A(p.county, "address"), S(p.state)]
    if k == "member":
        return [S(ch(PAYERS)), A(p.member, "health_plan")]
    if k == "mbi":
        return [A(p.mbi, "health_plan")]
    if k == "medicaid":
        return [A(p.medicaid, "health_plan")]
    if k == "card":
        return [A(p.card, "account")] + ([S(f"{R.randint(1, 12):02d}/{R.randint(25, 30)}")] if chance(0.4) else [])
    if k == "bank":
        return [S(ch(["071000013", "021000021", "026009593", "121000358", "111000025"])), A(p.bank, "account")]
    if k == "iban":
        return [A(p.iban, "account")]
    if k == "bill":
        return [A(p.bill, "account")]
    if k == "dl":
        return [A(p.dl, "license"), S(p.state)]
    if k == "vin":
        return [A(p.vin, "vehicle")]
    if k == "plate":
        return [A(p.plate, "vehicle"), S(p.state)]
    if k == "serial":
        return [A(p.serial, "device")]
    if k == "imei":
        return [A(p.imei, "device")]
    if k == "mac":
        return [A(p.mac, "device")]
    if k == "udi":
        return [A(gen_udi(p.serial), "device")]
    if k == "ip":
        return [A(p.ip, "ip")]
    if k == "other":
        tag = OTHER_TAGS[p.other_kind][ch([0, 1])]
        return ([S(tag)] if chance(0.6) else []) + [A(p.other, "other_id")]
    if k == "url":
        return [A(person_url(p), "url")]
    if k == "admit":
        d = with_time(p.admit) if chance(0.5) else p.admit
        return [D(d)]
    if k == "appt":
        d = with_time(p.appt)
        return [D(d, style=ch([None, "us", "iso"]))]
    if k == "photo":
        return [A(photo_value(), "photo")]
    if k == "bio":
        tag, val = biometric_pair()
        return [S(tag), A(val, "biometric")]
    # ---- not PHI ----
    if k == "rowid":
        return [N(R.randint(1, 9999999))]
    if k == "sex":
        return [S(p.sex)]
    if k == "status":
        return [S(ch(["ACTIVE", "active", "MERGED", "PENDING", "inpatient", "DISCHARGED", "NEW"]))]
    if k == "enc":
        return [S(ch(["V", "ENC", "FIN"]) + nz_digits(9))]
    if k == "clin":
        return [S(clinician_name())]
    if k == "npi":
        return [S(gen_npi())]
    if k == "amount":
        return [N(f"{R.uniform(5, 4000):.2f}")]
    if k == "bool":
        return [B(chance(0.5))]
    if k == "null":
        return [Z()]
    if k == "lang":
        return [S(ch(["en-US", "es", "vi", "zh-Hant", "so", "ar"]))]
    raise KeyError(k)


PHI_KINDS = [("mrn", 10), ("names", 9), ("full", 8), ("dob", 9), ("phone", 6), ("ssn", 4),
             ("email", 4), ("addr", 3), ("zip", 2), ("member", 3), ("mbi", 2), ("medicaid", 1.2),
             ("card", 2), ("bank", 1), ("iban", 0.8), ("bill", 2), ("dl", 1.5), ("vin", 1),
             ("plate", 1), ("serial", 1.5), ("imei", 1), ("mac", 1), ("udi", 0.8), ("ip", 2),
             ("age", 2), ("other", 3.5), ("url", 2), ("admit", 2), ("appt", 2),
             ("relname", 1), ("county", 0.5), ("photo", 0.6), ("bio", 0.6)]
NOPHI_KINDS = [("rowid", 3), ("sex", 2), ("status", 2), ("enc", 1.5), ("clin", 1), ("npi", 0.5),
               ("amount", 1), ("bool", 1), ("null", 0.7), ("lang", 0.5)]
ORDER = ["rowid", "mrn", "enc", "names", "full", "relname", "sex", "dob", "age", "ssn", "phone",
         "fax", "email", "addr", "county", "zip", "member", "mbi", "medicaid", "bill", "card",
         "bank", "iban", "dl", "vin", "plate", "serial", "imei", "mac", "udi", "ip", "other",
         "url", "admit", "appt", "photo", "bio", "clin", "npi", "status", "amount", "bool",
         "null", "lang"]


def phi_atoms(p, n_phi=None, n_other=None, force=None):
    n_phi = n_phi or R.randint(1, 4)
    n_other = R.randint(0, 2) if n_other is None else n_other
    kinds = list(force or [])
    if p.age > 89 and "age" not in kinds and chance(0.6):
        kinds.append("age")
    pool = [kw for kw in PHI_KINDS if kw[0] not in kinds]
    if p.age > 89:
        pool = [(k, w * 4 if k == "age" else w) for k, w in pool]
    while len(kinds) < n_phi and pool:
        k = weighted(pool)
        pool = [kw for kw in pool if kw[0] != k]
        if k in ("names", "full") and ("names" in kinds or "full" in kinds):
            continue
        if (k == "zip" and "addr" in kinds) or (k == "addr" and "zip" in kinds):
            continue
        kinds.append(k)
    # a row never holds only weak data (an age, a ZIP, a county) about nobody
    if all(k in ("age", "zip", "county") for k in kinds):
        kinds.append(ch(["mrn", "full", "names"]))
    pool = list(NOPHI_KINDS)
    for _ in range(n_other):
        k = weighted(pool)
        pool = [kw for kw in pool if kw[0] != k]
        kinds.append(k)
    if chance(0.85):
        kinds.sort(key=ORDER.index)
    else:
        R.shuffle(kinds)
    atoms = []
    for k in kinds:
        atoms.extend(phi_atom_group(p, k))
    assert any(a.cat for a in atoms) or p.age <= 89
    return atoms


SPECIALTIES = ["Cardiology", "Family Medicine", "Nephrology", "Oncology", "ED", "Radiology",
               "Pediatrics", "Psychiatry", "OB/GYN", "Hospitalist"]


def clean_atoms(theme=None):
    th = theme or ch(["version", "rect", "job", "sku", "http", "release", "clin", "staff", "org",
                      "hash", "order", "trace", "uuid", "geo", "counts", "bind", "build", "claim",
                      "enc", "iface", "ts", "color", "pager", "feature", "runtime", "mime",
                      "clin", "org", "price", "dims", "retry"])
    if th == "version":
        return [N(3), N(R.randint(8, 12)), N(R.randint(0, 14)), S(ch(["final", "candidate"])), N(0)]
    if th == "rect":
        return [N(R.randint(0, 1900)) for _ in range(4)]
    if th == "job":
        return [S(f"job-{R.randint(1000, 99999)}"), S(ch(["COMPLETE", "FAILED", "queued", "running"])),
                N(f"{R.uniform(0.01, 90):.3f}"), N(R.randint(0, 5))]
    if th == "sku":
        return [S(f"SKU-{R.randint(1000, 9999)}-{letters(2)}"), N(R.randint(1, 12)),
                N(f"{R.uniform(1, 300):.2f}"), S("USD")]
    if th == "http":
        c, m = ch([(200, "OK"), (201, "Created"), (404, "Not Found"), (502, "Bad Gateway"),
                   (429, "Too Many Requests"), (304, "Not Modified")])
        return [S("HTTP/1.1"), N(c), S(m), N(f"{R.uniform(0.001, 2.5):.4f}")]
    if th == "release":
        return [S(f"v{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 20)}"),
                S(rand_date(2021, 2024).isoformat()), S(hexs(7))]
    if th == "clin":
        c = ch(FIRST_F + FIRST_M) + " " + ch(LAST)
        return [S(ch(["Dr. ", "", ""]) + c + ch([", MD", ", DO", " NP", ""])), S(gen_npi()),
                S(ch(SPECIALTIES))] + ([S(gen_dea(c.split()[-1]))] if chance(0.3) else [])
    if th == "staff":
        return [S(ch(STAFF_ACCTS)), S(ch(["ADMIN", "REGISTRAR", "RN", "BILLING", "READONLY"])), B(chance(0.7))]
    if th == "org":
        o = ch(ORGS)
        return [S(o[0]), S(o[5]), S(o[1]), S(o[2]), S(o[3]), S(o[4])]
    if th == "hash":
        return [S(ch(["sha256", "md5", "sha1"])), S(hexs(ch([64, 32, 40])))]
    if th == "order":
        return [S(f"ORD-{REF:%Y%m%d}-{R.randint(1, 9999):04d}"), N(R.randint(1, 9)), N(f"{R.uniform(5, 900):.2f}")]
    if th == "trace":
        return [S(hexs(32)), S(hexs(16)), N(ch([0, 1]))]
    if th == "uuid":
        u = f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-{ch('89ab')}{hexs(3)}-{hexs(12)}"
        return [S(u), S(ch(["ok", "expired", "revoked"])), N(1709600000000 + R.randint(0, 99999999))]
    if th == "geo":
        return [N(f"{R.uniform(25, 48):.6f}"), N(f"{R.uniform(-123, -70):.6f}"), N(R.randint(3, 18))]
    if th == "counts":
        return [N(R.randint(0, 50000)), N(R.randint(0, 500)), N(R.randint(0, 20))]
    if th == "bind":
        return [S(ch(["0.0.0.0", "127.0.0.1", "::", gen_private_ip()])), N(ch([80, 443, 3000, 5432, 6379, 8080, 8443, 9090]))]
    if th == "build":
        return [S("build"), N(R.randint(1000, 20000)), S(ch(["main", "release/2.4", "hotfix-1187"])),
                S(ch(["passed", "failed", "canceled"]))]
    if th == "claim":
        return [S(f"CLM{R.randint(2023, 2024)}{nz_digits(8)}"), S(ch(["DENIED", "PAID", "PENDED"])),
                S(ch(["CO-97", "PR-1", "CO-45", "N/A"])), N(f"{R.uniform(20, 9000):.2f}")]
    if th == "enc":
        return [S(ch(["V", "FIN"]) + nz_digits(9)), S(ch(["OUTPATIENT", "INPATIENT", "ED", "OBS"])),
                S(ch(["4W", "ICU", "L&D", "ORTHO", "CLINIC-12"]))]
    if th == "iface":
        return [S(ch(["eth0", "ens5", "docker0", "wlan0"])), S("02:42:ac:11:" + hexs(2) + ":" + hexs(2)),
                S(gen_private_ip())]
    if th == "ts":
        t = CLOCK.t - dt.timedelta(seconds=R.randint(0, 9999))
        return [S(t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"), N(int(t.timestamp())), S("UTC")]
    if th == "color":
        return [N(R.randint(0, 255)) for _ in range(3)] + [N(f"{R.random():.2f}")]
    if th == "pager":
        return [N(R.randint(1, 40)), N(ch([25, 50, 100])), N(R.randint(0, 9000))]
    if th == "feature":
        return [S(ch(["new_intake_flow", "fax_v2", "elig_cache", "dark_mode", "sms_reminders"])),
                B(chance(0.5)), N(ch([0, 5, 10, 25, 50, 100]))]
    if th == "runtime":
        return [S(ch(["v18.19.0", "v20.11.1", "3.11.7", "go1.22.1", "17.0.10"])), S("linux"),
                S(ch(["x64", "arm64", "amd64"]))]
    if th == "mime":
        return [S(ch(["image/png", "application/pdf", "text/csv", "image/jpeg"])), N(R.randint(100, 9000000)),
                S(hexs(12) + ch([".png", ".pdf", ".csv", ".jpg"]))]
    if th == "price":
        return [S(ch(["Basic", "Plus", "Pro", "Enterprise"])), N(f"{R.choice([9, 19, 49, 99, 249])}.99"),
                S(ch(["monthly", "annual"]))]
    if th == "dims":
        return [N(ch([1280, 1920, 390, 768, 1440])), N(ch([720, 1080, 844, 1024, 900])), N(ch([1, 2, 3]))]
    return [S(ch(["GET", "POST", "PUT"])), N(R.randint(1, 5)), N(f"{R.uniform(0.1, 30):.1f}"), Z()]


# --------------------------------------------------------------------------
# printers
# --------------------------------------------------------------------------
def q_none(s):
    return ("", s, "")


def q_py(s):
    r = repr(s)
    return (r[0], r[1:-1], r[-1])


def q_js(s):
    if "'" in s and '"' not in s:
        return ('"', s, '"')
    return ("'", s.replace("\\", "\\\\").replace("'", "\\'"), "'")


def q_json(s):
    j = json.dumps(s)
    return ('"', j[1:-1], '"')


def q_jsonu(s):
    j = json.dumps(s, ensure_ascii=False)
    return ('"', j[1:-1], '"')


def q_dq(s):
    return ('"', s.replace("\\", "\\\\").replace('"', '\\"'), '"')


def q_perl(s):
    return ("'", s.replace("\\", "\\\\").replace("'", "\\'"), "'")


def q_sql(s):
    return ("'", s.replace("'", "''"), "'")


def q_erl(s):
    return ('<<"', s, '"/utf8>>') if any(ord(c) > 127 for c in s) else ('<<"', s, '">>')


def q_csv(s):
    if any(c in s for c in ',"'):
        return ('"', s.replace('"', '""'), '"')
    return ("", s, "")


def q_yaml(s):
    if ": " in s or ", " in s or s[:1] in "'\"[{&*!|>%@`#" or s in ("yes", "no", "on", "off"):
        return q_dq(s)
    return ("", s, "")


def dr_py(d):
    if isinstance(d, dt.datetime):
        return ("datetime.datetime(", f"{d.year}, {d.month}, {d.day}, {d.hour}, {d.minute}", ")")
    return ("datetime.date(", f"{d.year}, {d.month}, {d.day}", ")")


def dr_ruby(d):
    d0 = d.date() if isinstance(d, dt.datetime) else d
    jd = d0.toordinal() + 1721425
    return ("#<Date: ", d0.isoformat(), f" (({jd}j,0s,0n),+0s,2299161j)>")


def dr_elixir(d):
    if isinstance(d, dt.datetime):
        return ("~N[", d.strftime("%Y-%m-%d %H:%M:%S"), "]")
    return ("~D[", d.isoformat(), "]")


def dr_erl(d):
    if isinstance(d, dt.datetime):
        return ("{", f"{{{d.year},{d.month},{d.day}}},{{{d.hour},{d.minute},0}}", "}")
    return ("{", f"{d.year},{d.month},{d.day}", "}")


def dr_clj(d):
    return ('#inst "', js_iso(d)[:-1] + "-00:00", '"')


def dr_swift(d):
    return ("", js_iso(d)[:19].replace("T", " ") + " +0000", "")


def dr_java(d):
    return ("", java_date(d) if chance(0.5) else iso(d), "")


STYLES = {
    "py_tuple": dict(o="(", c=")", sep=", ", q=q_py, t="True", f="False", z="None", dr=dr_py),
    "py_list": dict(o="[", c="]", sep=", ", q=q_py, t="True", f="False", z="None", dr=dr_py),
    "node_arr": dict(o="[ ", c=" ]", sep=", ", q=q_js, t="true", f="false", z="null",
                     dr=lambda d: ("", js_iso(d), "")),
    "node_args": dict(o="", c="", sep=" ", q=q_none, t="true", f="false", z="null",
                      dr=lambda d: ("", js_iso(d), "")),
    "json_arr": dict(o="[", c="]", sep=",", q=q_json, t="true", f="false", z="null",
                     dr=lambda d: ('"', js_iso(d), '"')),
    "json_arru": dict(o="[", c="]", sep=",", q=q_jsonu, t="true", f="false", z="null",
                      dr=lambda d: ('"', js_iso(d), '"')),
    "go_slice": dict(o="[", c="]", sep=" ", q=q_none, t="true", f="false", z="<nil>",
                     dr=lambda d: ("", go_time(d), "")),
    "go_struct": dict(o="{", c="}", sep=" ", q=q_none, t="true", f="false", z="<nil>",
                      dr=lambda d: ("", go_time(d), "")),
    "go_ptr": dict(o="&{", c="}", sep=" ", q=q_none, t="true", f="false", z="<nil>",
                   dr=lambda d: ("", go_time(d), "")),
    "java_list": dict(o="[", c="]", sep=", ", q=q_none, t="true", f="false", z="null", dr=dr_java),
    "cs_tuple": dict(o="(", c=")", sep=", ", q=q_none, t="True", f="False", z="",
                     dr=lambda d: ("", cs_date(d), "")),
    "rust_tuple": dict(o="(", c=")", sep=", ", q=q_dq, t="true", f="false", z="None",
                       dr=lambda d: ("", iso(d), "")),
    "elixir": dict(o="{", c="}", sep=", ", q=q_dq, t="true", f="false", z="nil", dr=dr_elixir),
    "erlang": dict(o="{", c="}", sep=",", q=q_erl, t="true", f="false", z="undefined", dr=dr_erl),
    "ruby": dict(o="[", c="]", sep=", ", q=q_dq, t="true", f="false", z="nil", dr=dr_ruby),
    "perl": dict(o="$VAR1 = [", c="];", sep=",", q=q_perl, t="1", f="''", z="undef", dr=None),
    "clj": dict(o="[", c="]", sep=" ", q=q_dq, t="true", f="false", z="nil", dr=dr_clj),
    "scala_list": dict(o="List(", c=")", sep=", ", q=q_none, t="true", f="false", z="null",
                       dr=lambda d: ("", iso(d), "")),
    "scala_tuple": dict(o="(", c=")", sep=",", q=q_none, t="true", f="false", z="null",
                        dr=lambda d: ("", iso(d), "")),
    "kotlin": dict(o="(", c=")", sep=", ", q=q_none, t="true", f="false", z="null",
                   dr=lambda d: ("", iso(d), "")),
    "swift": dict(o="(", c=")", sep=", ", q=q_dq, t="true", f="false", z="nil", dr=dr_swift),
    "tsv": dict(o="", c="", sep="\t", q=q_none, t="true", f="false", z="nil", dr=None),
    "pipe": dict(o="", c="", sep="|", q=q_none, t="Y", f="N", z="", dr=None),
    "csv": dict(o="", c="", sep=",", q=q_csv, t="TRUE", f="FALSE", z="", dr=None),
    "sql_vals": dict(o="(", c=")", sep=", ", q=q_sql, t="TRUE", f="FALSE", z="NULL",
                     dr=lambda d: ("'", iso(d).replace("T", " "), "'")),
    "yaml_flow": dict(o="- [", c="]", sep=", ", q=q_yaml, t="true", f="false", z="null",
                      dr=lambda d: ("", iso(d), "")),
}


def render(l, atoms, st, typed_p=0.55):
    S_ = STYLES[st]
    l.t(S_["o"])
    for i, a in enumerate(atoms):
        if i:
            l.t(S_["sep"])
        if a.kind == "d" and S_["dr"] is not None and chance(typed_p):
            l.q(S_["dr"](a.date), a.cat)
        elif a.kind == "n":
            l.p(a.text, a.cat)
        elif a.kind == "b":
            l.t(S_["t"] if a.val else S_["f"])
        elif a.kind == "z":
            l.t(S_["z"])
        else:
            l.q(S_["q"](a.text), a.cat)
    l.t(S_["c"])
    return l


# --------------------------------------------------------------------------
# families 1: language printers of positional values (generic)
# --------------------------------------------------------------------------
def get_phi_atoms(p=None, **kw):
    for _ in range(50):
        pp = p or Person()
        atoms = phi_atoms(pp, **kw)
        if any(a.cat for a in atoms):
            return pp, atoms
    raise RuntimeError("no phi atoms")


def atoms_for(phi, **kw):
    if phi:
        return get_phi_atoms(**kw)[1]
    return clean_atoms()


GENERIC = {
    # family: (styles, prefix kinds, intro templates ({} = nothing), suffixes)
    "py_print": (["py_tuple", "py_tuple", "py_list"],
                 ["none", "none", "compose", "journald", "cri", "heroku"],
                 ["", "", "", "row ", ">>> ", "DEBUG ", "got ", "match ", "candidates[0] ", "dup? ",
                  "-> ", "XXX ", "here ", "before merge ", "after normalize ", "1 "],
                 ["", "", "", "", " None", " True", f" 0.0{R.randint(10, 99)}s"]),
    "node_console": (["node_arr", "node_args", "node_args", "json_arr", "json_arru"],
                     ["none", "pm2", "heroku", "compose", "cri"],
                     ["", "", "", "row ", "DEBUG ", ">>> ", "matched ", "result ", "[intake] ", "here! "],
                     ["", "", "", " +12ms", " undefined"]),
    "go_fmt": (["go_slice", "go_struct", "go_struct", "go_ptr"],
               ["none", "golog", "golog", "cri", "journald"],
               ["", "", "", "row: ", "DEBUG ", "rec ", "got ", "--> "],
               ["", "", " <nil>", " true"]),
    "java_print": (["java_list", "java_list"],
                   ["none", "none", "logback", "cri", "compose"],
                   ["", "", "row: ", "DEBUG>>> ", "values=", "args ", "params "],
                   ["", "", ""]),
    "cs_console": (["cs_tuple"],
                   ["none", "none", "cri", "compose"],
                   ["", "", "row ", "dbg: ", "Match -> "],
                   ["", ""]),
    "rust_dbg": (["rust_tuple"],
                 ["none", "none", "cri"],
                 ["[src/{f}.rs:{n}:{c}] &row = ", "[src/{f}.rs:{n}:{c}] (mrn, rec) = ",
                  "[src/{f}.rs:{n}:{c}] rec = ", "[src/{f}.rs:{n}:{c}] &key = "],
                 [""]),
    "elixir_inspect": (["elixir"],
                       ["none", "none", "compose"],
                       ["", "", "row: ", "match: ", "upsert: ", "[debug] "],
                       [""]),
    "erlang_io": (["erlang"],
                  ["none", "none"],
                  ["", "DBG ", "row "],
                  ["", "~n" if False else ""]),
    "ruby_p": (["ruby"],
               ["none", "none", "compose", "heroku"],
               ["", "", "row ", "=> ", "DEBUG "],
               [""]),
    "perl_dumper": (["perl"],
                    ["none", "none", "journald"],
                    [""],
                    [""]),
    "clj_prn": (["clj"],
                ["none", "none", "cri"],
                ["", "", "row ", "DBG "],
                [""]),
    "scala_print": (["scala_list", "scala_tuple", "kotlin"],
                    ["none", "none", "logback", "cri"],
                    ["", "", "row: ", "DEBUG ", "-> "],
                    [""]),
    "swift_print": (["swift"],
                    ["none", "none"],
                    ["", "", "row: ", "🔎 ", "DEBUG "],
                    [""]),
    "tsv_dump": (["tsv", "pipe"],
                 ["none", "none", "journald"],
                 ["", "", "", "> ", "OUT\t"],
                 [""]),
    "csv_row": (["csv"],
                ["none", "none", "compose"],
                ["", "", "skipping bad row {n}: ", "row {n}: ", "reject ", "dup "],
                ["", ""]),
    "yaml_fixture": (["yaml_flow"],
                     ["none"],
                     ["", "  ", "    "],
                     [""]),
    "sql_values": (["sql_vals"],
                   ["none", "none", "pylog"],
                   ["INSERT INTO tmp_match VALUES ", "VALUES ", "  ", "-- dbg "],
                   [";", ",", ""]),
}


def fam_generic(name, phi, force=None):
    styles, pfx, intros, sufs = GENERIC[name]
    st = ch(styles)
    l = L(name)
    l.t(prefix(ch(pfx)))
    intro = ch(intros).format(f=ch(["main", "sync", "intake", "match", "import"]),
                              n=R.randint(20, 400), c=R.randint(5, 17))
    l.t(intro)
    if force:
        p = Person(old=True) if "age" in force else Person()
        atoms = get_phi_atoms(p, force=force)[1]
    else:
        atoms = atoms_for(phi)
    if name == "sql_values":
        for a in atoms:
            if a.kind == "n" and not a.cat and not a.text.replace(".", "").replace("-", "").isdigit():
                a.kind = "s"
    render(l, atoms, st)
    l.t(ch(sufs))
    return l


# --------------------------------------------------------------------------
# families 2: custom printers
# --------------------------------------------------------------------------
def fam_php_print_r(phi):
    l = L("php_print_r")
    t = CLOCK.tick()
    if chance(0.6):
        l.t(t.strftime("[%d-%b-%Y %H:%M:%S ") + ch(["UTC", "America/Chicago", "America/New_York"]) + "] ")
    else:
        l.t(prefix("journald"))
    atoms = atoms_for(phi)
    if chance(0.25):
        # implode('|', $row)
        for i, a in enumerate(atoms):
            if i:
                l.t("|")
            if a.kind == "b":
                l.t("1" if a.val else "")
            elif a.kind != "z":
                l.p(a.text, a.cat)
        return l
    l.t("Array ( ")
    for i, a in enumerate(atoms):
        l.t(f"[{i}] => ")
        if a.kind == "b":
            l.t("1" if a.val else "")
        elif a.kind == "z":
            pass
        else:
            l.p(a.text, a.cat)
        l.t(" ")
    l.t(")")
    return l


def fam_r_print(phi):
    l = L("r_print")
    l.t(prefix(ch(["none", "none", "journald"])))
    atoms = atoms_for(phi)
    if all(a.kind == "n" for a in atoms) or chance(0.3):
        # numeric-looking vector, right aligned
        texts = [a.text if a.kind not in "bz" else ("TRUE" if a.val else "NA") for a in atoms]
        w = max(len(x) for x in texts)
        l.t("[1]")
        for a, x in zip(atoms, texts):
            l.t(" " + " " * (w - len(x)))
            l.p(x, a.cat if a.kind not in "bz" else None)
        return l
    quoted = []
    for a in atoms:
        if a.kind == "b":
            quoted.append((("", "TRUE" if a.val else "FALSE", ""), None))
        elif a.kind == "z":
            quoted.append((("", "NA", ""), None))
        else:
            quoted.append((q_dq(a.text), a.cat))
    w = max(len(p[0]) + len(p[1]) + len(p[2]) for p, _ in quoted)
    l.t("[1]")
    for (pre, inner, post), cat in quoted:
        l.t(" ")
        l.t(pre)
        l.p(inner, cat)
        l.t(post)
        l.t(" " * (w - len(pre) - len(inner) - len(post)))
    return l


def fam_psql_row(phi):
    l = L("psql_row")
    atoms = atoms_for(phi)
    cells = []
    for a in atoms:
        if a.kind == "b":
            cells.append(("t" if a.val else "f", None))
        elif a.kind == "z":
            cells.append(("", None))
        elif a.kind == "d":
            cells.append((iso(a.date).replace("T", " "), a.cat))
        else:
            cells.append((a.text, a.cat))
    st = ch(["psql", "psql", "mysql", "sqlite"])
    if st == "sqlite":
        for i, (v, c) in enumerate(cells):
            if i:
                l.t("|")
            l.p(v, c)
        return l
    l.t("| " if st == "mysql" else " ")
    for i, (v, c) in enumerate(cells):
        if i:
            l.t(" | ")
        pad = " " * (max(len(v), R.randint(4, 18)) - len(v))
        if c is None and v.replace(".", "").isdigit():
            l.t(pad + v)
        else:
            l.p(v, c)
            l.t(pad)
    if st == "mysql":
        l.t(" |")
    return l


def fam_java_concat(phi):
    l = L("java_concat")
    l.t(prefix(ch(["none", "none", "none", "logback", "cri"])))
    if not phi:
        v = ch(["n", "rows", "coords", "bare", "ver"])
        if v == "n":
            l.t(f"Processing batch {R.randint(1, 400)} of {R.randint(400, 900)} ({R.randint(0, 100)}%)")
        elif v == "rows":
            l.t(f"{R.randint(0, 5000)} rows in {R.uniform(0.001, 9):.3f}s")
        elif v == "coords":
            l.t(f"clicked at {R.randint(0, 1900)},{R.randint(0, 1000)} size {R.randint(10, 800)}x{R.randint(10, 600)}")
        elif v == "bare":
            a = clean_atoms()
            l.t("|".join(x.text if x.kind not in "bz" else str(x.val).lower() for x in a))
        else:
            l.t(f"ehr-core {R.randint(1, 5)}.{R.randint(0, 20)}.{R.randint(0, 9)}-SNAPSHOT built {rand_date(2023, 2024).isoformat()} commit {hexs(7)}")
        return l
    p = Person()
    v = ch(["proc", "pipe", "glued", "born", "tilde", "arrow"])
    if v == "proc":
        l.t(ch(["Processing ", "Matching ", "Loaded ", "Sending reminder to ", "Updating "]))
        l.p(p.full(ch(["l,f", "fl", "LF"])), "name")
        l.t(" ")
        l.p(java_date(p.dob) if chance(0.5) else fmt_date(p.dob), "date")
        if chance(0.5):
            l.t(" ")
            l.p(p.mrn, "mrn")
    elif v == "pipe":
        vals = [(p.mrn, "mrn"), (p.last, "name"), (p.first, "name"), (fmt_date(p.dob, "iso"), "date")]
        extra = ch([(fmt_phone(p.phone, "plain"), "phone"), (p.ssn, "ssn"), (p.zip, "zip"),
                    (p.member, "health_plan"), (p.email, "email"), (str(p.age), "age" if p.age > 89 else None)])
        vals.append(extra)
        l.t(ch(["", "DEBUG>>> ", ">>> "]))
        for i, (x, c) in enumerate(vals):
            if i:
                l.t("|")
            l.p(x, c)
    elif v == "glued":
        # System.out.println(last + first + dob) with no separators
        l.p(p.last, "name")
        l.p(p.first, "name")
        l.p(fmt_date(p.dob, ch(["iso", "us", "compact"])), "date")
        if chance(0.5):
            l.p(p.mrn, "mrn")
    elif v == "born":
        l.p(p.first + " " + p.last, "name")
        l.t(" ")
        l.p(java_date(p.dob), "date")
        l.t(" " + ch(["null", "true", "false", p.sex]) + " ")
        l.p(fmt_phone(p.phone, "dash"), "phone")
    elif v == "tilde":
        l.t(str(R.randint(1, 99999)) + "~")
        l.p(p.mrn, "mrn")
        l.t("~")
        l.p(p.ssn, "ssn")
        l.t("~")
        l.p(p.street, "address")
        l.t("~")
        l.p(p.city, "address")
        l.t("~" + p.state + "~")
        l.p(p.zip, "zip")
    else:
        l.p(p.mrn, "mrn")
        l.t(" -> ")
        l.p(p.full("fl"), "name")
        l.t(" (")
        if p.age > 89:
            l.p(str(p.age), "age")
        else:
            l.t(str(p.age))
        l.t(")")
    return l


def fam_blob_print(phi):
    """Debug prints of photos and biometric templates (and look-alike blobs)."""
    l = L("blob_print")
    l.t(prefix(ch(["none", "none", "compose", "cri", "pm2"])))
    if not phi:
        v = ch(["icon", "sig", "emb", "gz", "hash"])
        if v == "icon":
            l.t(ch(["", "logo ", "favicon "]) + "data:image/png;base64," + png_b64(R.randint(40, 200)))
        elif v == "sig":
            l.t(f"('{hexs(8)}', 'RS256', '{base64.urlsafe_b64encode(bytes(R.randint(0, 255) for _ in range(64))).decode().rstrip('=')}')")
        elif v == "emb":
            l.t("array([" + face_floats(R.randint(8, 24)) + "], dtype=float32) # query embedding for 'chest pain'")
        elif v == "gz":
            l.t("b'\\x1f\\x8b\\x08\\x00" + "".join("\\x%02x" % R.randint(0, 255) for _ in range(R.randint(10, 40))) + "'")
        else:
            l.t(f"[ '{hexs(40)}', '{hexs(40)}', {R.randint(1, 99)} ]")
        return l
    p = Person()
    v = ch(["py_photo", "js_photo", "np_face", "fmr", "bytes_fmr", "voice", "go_photo", "py_photo", "js_photo"])
    if v == "py_photo":
        l.t("(")
        l.q(q_py(p.mrn), "mrn")
        l.t(", ")
        l.q(q_py(photo_value()), "photo")
        l.t(")")
    elif v == "js_photo":
        l.t(ch(["", "avatar ", "preview "]))
        l.p("data:image/jpeg;base64," + jpeg_b64(R.randint(400, 2500)), "photo")
    elif v == "go_photo":
        l.t("{")
        l.p(p.mrn, "mrn")
        l.t(f" image/jpeg {R.randint(20000, 90000)} ")
        l.p(jpeg_b64(R.randint(300, 1200)), "photo")
        l.t("}")
    elif v == "np_face":
        l.t("(")
        l.q(q_py(p.mrn), "mrn")
        l.t(", array([")
        l.p(face_floats(128), "biometric")
        l.t("], dtype=float32))")
    elif v == "fmr":
        l.t("[ ")
        l.q(q_js(p.mrn), "mrn")
        l.t(", 'ISO19794-2', ")
        l.q(q_js(fingerprint_b64()), "biometric")
        l.t(" ]")
    elif v == "bytes_fmr":
        raw = b"FMR\x00 20\x00" + bytes(R.randint(0, 255) for _ in range(R.randint(40, 160)))
        r = repr(raw)
        l.t("enroll(")
        l.q(q_py(p.last), "name")
        l.t(", ")
        l.q(q_py(p.first), "name")
        l.t(", ")
        l.q((r[:2], r[2:-1], r[-1]), "biometric")
        l.t(")")
    else:
        l.p(p.full("fl"), "name")
        l.t(" ")
        l.p(biometric_value() if chance(0.3) else "VPRT" + base64.b64encode(bytes(R.randint(0, 255) for _ in range(120))).decode(), "biometric")
    return l


# --------------------------------------------------------------------------
# families 3: SQL binds
# --------------------------------------------------------------------------
def sql_entries(phi):
    """(table, [(column, value, cat, sqltype)]) -- value is str or date."""
    if not phi:
        v = ch(["job", "order", "claim", "enc", "prov", "audit", "sku", "page"])
        t = CLOCK.t.replace(microsecond=0) - dt.timedelta(minutes=R.randint(0, 600))
        if v == "job":
            return "job_run", [("id", str(R.randint(1, 99999)), None, "BIGINT"),
                               ("status", ch(["COMPLETE", "FAILED"]), None, "VARCHAR"),
                               ("started_at", t, None, "TIMESTAMP")]
        if v == "order":
            return "sales_order", [("order_no", f"ORD-{REF:%Y%m%d}-{R.randint(1, 9999):04d}", None, "VARCHAR"),
                                   ("qty", str(R.randint(1, 9)), None, "INTEGER")]
        if v == "claim":
            return "claim", [("claim_no", f"CLM2024{nz_digits(8)}", None, "VARCHAR"),
                             ("status", ch(["DENIED", "PAID"]), None, "VARCHAR"),
                             ("updated_at", t, None, "TIMESTAMP")]
        if v == "enc":
            return "encounter", [("visit_no", "V" + nz_digits(9), None, "VARCHAR"),
                                 ("dept", ch(["ICU", "4W", "ED"]), None, "VARCHAR")]
        if v == "prov":
            c = ch(LAST)
            return "provider", [("npi", gen_npi(), None, "VARCHAR"), ("last_name", c, None, "VARCHAR")]
        if v == "audit":
            return "audit_log", [("user_name", ch(STAFF_ACCTS), None, "VARCHAR"),
                                 ("action", ch(["LOGIN", "EXPORT", "VIEW"]), None, "VARCHAR"),
                                 ("created_at", t, None, "TIMESTAMP")]
        if v == "sku":
            return "product", [("sku", f"SKU-{R.randint(1000, 9999)}-{letters(2)}", None, "VARCHAR"),
                               ("price", f"{R.uniform(1, 300):.2f}", None, "NUMERIC")]
        return "report_run", [("report_date", REF.isoformat(), None, "DATE"),
                              ("page", str(R.randint(1, 20)), None, "INTEGER"),
                              ("per_page", str(ch([25, 50, 100])), None, "INTEGER")]
    p = Person()
    v = ch(["name_dob", "name_dob", "mrn", "ssn", "phone", "member", "addr", "email", "guar",
            "device", "mbi", "dl", "plate", "admit", "medicaid"])
    if v == "name_dob":
        return "patient", [("last_name", p.last, "name", "VARCHAR"), ("first_name", p.first, "name", "VARCHAR"),
                           ("birth_date", p.dob, "date", "DATE")]
    if v == "mrn":
        return "patient", [("mrn", p.mrn, "mrn", "VARCHAR"), ("active", "true", None, "BOOLEAN")]
    if v == "ssn":
        return "patient", [("ssn", p.ssn, "ssn", "VARCHAR")]
    if v == "phone":
        return "patient_contact", [("phone", fmt_phone(p.phone, ch(["plain", "dash", "e164"])), "phone", "VARCHAR")]
    if v == "member":
        return "coverage", [("payer_code", ch(PAYERS), None, "VARCHAR"), ("member_id", p.member, "health_plan", "VARCHAR")]
    if v == "addr":
        return "patient_address", [("line1", p.street, "address", "VARCHAR"), ("city", p.city, "address", "VARCHAR"),
                                   ("state", p.state, None, "CHAR"), ("postal_code", p.zip, "zip", "VARCHAR")]
    if v == "email":
        return "portal_user", [("email", p.email, "email", "VARCHAR")]
    if v == "guar":
        r = relative(p)
        return "guarantor", [("name", r.full(ch(["fl", "LF", "l,f"])), "name", "VARCHAR"),
                             ("account_no", p.bill, "account", "VARCHAR")]
    if v == "device":
        return "device_assignment", [("serial_no", p.serial, "device", "VARCHAR"),
                                     ("patient_id", str(R.randint(1000, 9999999)), None, "BIGINT")]
    if v == "mbi":
        return "medicare_coverage", [("mbi", p.mbi, "health_plan", "VARCHAR")]
    if v == "medicaid":
        return "coverage", [("medicaid_id", p.medicaid, "health_plan", "VARCHAR"), ("dob", p.dob, "date", "DATE")]
    if v == "dl":
        return "id_document", [("doc_number", p.dl, "license", "VARCHAR"), ("issuer", p.state, None, "CHAR")]
    if v == "plate":
        return "parking_permit", [("plate", p.plate, "vehicle", "VARCHAR"), ("vin", p.vin, "vehicle", "VARCHAR")]
    return "encounter", [("mrn", p.mrn, "mrn", "VARCHAR"), ("admit_date", p.admit, "date", "DATE")]


def sql_where(table, ents, lit):
    cols = " AND ".join(f"{c} = {lit}" for c, _, _, _ in ents)
    return f"select * from {table} where {cols}"


def fam_sql_bind(phi):
    l = L("sql_bind")
    table, ents = sql_entries(phi)
    v = ch(["hib5", "hib5", "hib6", "django", "pglog", "knex", "p6spy", "gorm", "sqla"])
    t = CLOCK.tick()
    if v in ("hib5", "hib6"):
        # a lone bound value carries no context: never print a clinician's surname alone
        i = ch([k for k, e in enumerate(ents) if e[0] != "last_name"])
        if phi:
            cand = [k for k, e in enumerate(ents) if e[2]]
            i = ch(cand)
        col, val, cat, typ = ents[i]
        if isinstance(val, dt.datetime):
            txt = java_date(val) if v == "hib5" else val.isoformat(sep=" ")
        elif isinstance(val, dt.date):
            txt = val.isoformat() if (typ == "DATE" or v == "hib6") else java_date(val)
        else:
            txt = val
        if v == "hib5":
            l.t(t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d} TRACE 1 --- [nio-8080-exec-{R.randint(1, 9)}] "
                "o.h.type.descriptor.sql.BasicBinder      : ")
            l.t(f"binding parameter [{i + 1}] as [{typ}] - [")
            l.p(txt, cat)
            l.t("]")
        else:
            l.t(t.strftime("%H:%M:%S.") + f"{t.microsecond // 1000:03d} [{ch(['main', 'http-nio-8080-exec-2'])}] TRACE org.hibernate.orm.jdbc.bind - ")
            l.t(f"binding parameter ({i + 1}:{typ}) <- [")
            l.p(txt, cat)
            l.t("]")
        return l

    def dv(val, how):
        if isinstance(val, dt.date):
            if how == "py":
                return dr_py(val)
            if how == "js":
                return ("", js_iso(val), "")
            if how == "gorm":
                return ("'", val.strftime("%Y-%m-%d %H:%M:%S") if isinstance(val, dt.datetime) else val.isoformat() + " 00:00:00", "'")
            return ("'", iso(val).replace("T", " "), "'")
        if how == "py":
            return q_py(val)
        if how == "js":
            return q_js(val)
        return q_sql(val)

    if v == "django":
        l.t(prefix("pylog"))
        l.t(f"({R.uniform(0.0005, 0.02):.3f}) SELECT \"{table}\".\"id\" FROM \"{table}\" WHERE (")
        for k, (col, val, cat, typ) in enumerate(ents):
            if k:
                l.t(" AND ")
            l.t(f"\"{table}\".\"{col}\" = ")
            l.q(dv(val, "sql"), cat)
        l.t(") LIMIT 21; args=(")
        for k, (col, val, cat, typ) in enumerate(ents):
            if k:
                l.t(", ")
            l.q(dv(val, "py"), cat)
        l.t("); alias=default")
    elif v == "pglog":
        l.t(t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d} UTC [{R.randint(1000, 40000)}] ehr_app@ehr DETAIL:  parameters: ")
        for k, (col, val, cat, typ) in enumerate(ents):
            if k:
                l.t(", ")
            l.t(f"${k + 1} = ")
            l.q(dv(val, "sql"), cat)
    elif v == "knex":
        l.t(prefix(ch(["none", "pm2"])))
        l.t("{ method: 'select', options: {}, timeout: false, cancelOnTimeout: false, bindings: [ ")
        for k, (col, val, cat, typ) in enumerate(ents):
            if k:
                l.t(", ")
            l.q(dv(val, "js"), cat)
        l.t(", 1 ], __knexQueryUid: '" + base64.urlsafe_b64encode(bytes(R.randint(0, 255) for _ in range(15))).decode()
            + "', sql: '" + sql_where(table, ents, "?").replace("select *", "select \"id\"") + " limit ?' }")
    elif v == "p6spy":
        l.t(f"{int(t.timestamp() * 1000)}|{R.randint(0, 40)}|statement|connection {R.randint(1, 20)}|url jdbc:postgresql://db:5432/ehr|")
        l.t(sql_where(table, ents, "?") + "|")
        l.t(f"select * from {table} where ")
        for k, (col, val, cat, typ) in enumerate(ents):
            if k:
                l.t(" and ")
            l.t(f"{col}=")
            l.q(dv(val, "sql"), cat)
    elif v == "gorm":
        l.t(f"[{R.uniform(0.2, 40):.3f}ms] [rows:{R.randint(0, 3)}] SELECT * FROM \"{table}s\" WHERE ")
        for k, (col, val, cat, typ) in enumerate(ents):
            if k:
                l.t(" AND ")
            l.t(f"{col} = ")
            l.q(dv(val, "gorm"), cat)
        l.t(f" AND \"{table}s\".\"deleted_at\" IS NULL ORDER BY \"{table}s\".\"id\" LIMIT 1")
    else:
        l.t(t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d} INFO sqlalchemy.engine.Engine ")
        l.t(ch([f"[cached since {R.uniform(1, 900):.4g}s ago] ", f"[generated in {R.uniform(0.0001, 0.002):.5f}s] "]))
        l.t("(")
        for k, (col, val, cat, typ) in enumerate(ents):
            if k:
                l.t(", ")
            l.q(dv(val, "py"), cat)
        l.t(", 1, 0)")
    return l


# --------------------------------------------------------------------------
# families 4: cache / redis keys built from values
# --------------------------------------------------------------------------
def key_name(s):
    return ch([slug(s), slug(s), asc(s).upper().replace(" ", "").replace("'", ""), slug(s, "-")])


def key_segments(phi):
    if not phi:
        v = ch(["sess", "rate", "job", "lock", "flag", "bull", "sku", "etag", "stats", "throttle"])
        return [(
            {"sess": f"session:{hexs(32)}",
             "rate": f"rate:{gen_private_ip()}:{R.randint(0, 59)}",
             "job": f"job:{R.randint(1000, 99999)}:status",
             "lock": f"lock:census:{REF.isoformat()}",
             "flag": f"feature:{ch(['fax_v2', 'elig_cache', 'sms_reminders'])}",
             "bull": f"bull:fax:{R.randint(1, 99999)}",
             "sku": f"cache:v3:sku:SKU-{R.randint(1000, 9999)}-{letters(2)}",
             "etag": f"etag:/api/v2/formulary:{hexs(8)}",
             "stats": f"stats:{REF.isoformat()}:logins",
             "throttle": f"throttle:{ch(STAFF_ACCTS)}"}[v], None)]
    p = Person()
    v = ch(["pt", "pt", "mrn", "elig", "dedupe", "phone", "ssn", "email", "dev", "appt", "geo",
            "ip", "plate", "mbi", "imei"])
    if v == "pt":
        return [(ch(["pt:", "patient:", "p:"]), None), (key_name(p.last), "name"), (":", None),
                (key_name(p.first), "name"), (":", None), (fmt_date(p.dob, "compact"), "date")]
    if v == "mrn":
        return [("mrn:", None), (p.mrn, "mrn"), (ch([":summary:v2", ":allergies", ":meds", ""]), None)]
    if v == "elig":
        return [(f"elig:{ch(PAYERS).lower()}:", None), (p.member, "health_plan"), (f":{REF:%Y%m}", None)]
    if v == "dedupe":
        return [("dedupe:", None), (slug(p.last), "name"), ("|", None), (slug(p.first), "name"), ("|", None),
                (fmt_date(p.dob, "iso"), "date")]
    if v == "phone":
        return [(ch(["phone:", "otp:", "sms:optout:"]), None), (fmt_phone(p.phone, ch(["plain", "e164"])), "phone")]
    if v == "ssn":
        return [("ssn:", None), (p.ssn.replace("-", ""), "ssn")]
    if v == "email":
        return [("verify:", None), (p.email, "email"), (":token", None)]
    if v == "dev":
        return [("dev:", None), (p.serial, "device"), (":last_sync", None)]
    if v == "imei":
        return [("push:imei:", None), (p.imei, "device")]
    if v == "appt":
        return [("appt:", None), (p.mrn, "mrn"), (":", None), (p.appt.isoformat(), "date")]
    if v == "geo":
        return [("geo:", None), (p.zip[:5], "zip"), (":", None), (slug(p.street, "-"), "address")]
    if v == "ip":
        return [("login:fail:", None), (p.ip, "ip")]
    if v == "mbi":
        return [("mbi:", None), (p.mbi.replace("-", ""), "health_plan"), (":elig", None)]
    return [("parking:", None), (p.plate.replace(" ", "").replace("-", ""), "vehicle")]


def fam_cache_key(phi):
    l = L("cache_key")
    segs = key_segments(phi)

    def key():
        for s, c in segs:
            l.p(s, c)

    v = ch(["monitor", "monitor", "ioredis", "pycache", "cli", "goredis", "rails", "memc", "node"])
    t = CLOCK.tick()
    if v == "monitor":
        cmd = ch(["GET", "GET", "EXISTS", "DEL", "TTL", "HGETALL", "INCR", "SETEX"])
        l.t(f"{t.timestamp():.6f} [0 {gen_private_ip()}:{R.randint(30000, 65000)}] \"{cmd}\" \"")
        key()
        l.t("\"")
        if cmd == "SETEX":
            l.t(f" \"{ch([300, 3600, 86400])}\" \"{R.randint(1, 9999999)}\"")
    elif v == "ioredis":
        l.t(f"ioredis:redis write command[{gen_private_ip()}:6379]: 0 -> {ch(['get', 'del', 'expire'])}([ '")
        key()
        l.t("' ])" if chance(0.5) else "', '3600' ])")
    elif v == "pycache":
        l.t(prefix(ch(["none", "pylog"])))
        l.t(ch(["cache miss ", "cache hit ", "MISS ", "HIT "]))
        key()
        if chance(0.4):
            l.t(f" ({R.uniform(0.1, 9):.1f}ms)")
    elif v == "cli":
        l.t(f"{R.randint(1, 40)}) \"")
        key()
        l.t("\"")
    elif v == "goredis":
        l.t(prefix("golog"))
        l.t("redis: GET ")
        key()
        l.t(": redis: nil")
    elif v == "rails":
        l.t(ch(["Cache read: ", "Cache write: ", "Cache fetch_hit: ", "Cache delete: "]))
        key()
    elif v == "memc":
        l.t(f"<{R.randint(20, 60)} {ch(['get', 'delete', 'touch'])} ")
        key()
    else:
        l.t(prefix("pm2"))
        l.t(ch(["[cache] HIT ", "[cache] MISS ", "[cache] SET "]))
        key()
        l.t(f" {R.randint(0, 30)}ms")
    return l


# --------------------------------------------------------------------------
# families 5: file names / object keys built from values
# --------------------------------------------------------------------------
BUCKETS = ["acme-ehr-exports", "mercy-records-prod", "intake-scans", "fax-archive-us-east-2",
           "hie-outbound", "rcm-eob-docs"]


def fname_segments(p):
    v = ch(["lfd", "lfd", "mrn_admit", "slug_iso", "fax", "lcomma", "face", "ssn", "eob", "vcf",
            "json", "mva", "dl", "card", "member_dob"])
    if v == "lfd":
        return [(asc(p.last).upper().replace(" ", "_"), "name"), ("_", None),
                (asc(p.first).upper().replace(" ", "_"), "name"), ("_", None),
                (fmt_date(p.dob, "compact"), "date"), (ch([".pdf", ".PDF", "_consent.pdf"]), None)]
    if v == "mrn_admit":
        return [(p.mrn, "mrn"), ("_", None), (fmt_date(p.admit, "compact"), "date"), ("_discharge.pdf", None)]
    if v == "slug_iso":
        return [(slug(p.last, "-"), "name"), ("-", None), (slug(p.first, "-"), "name"), ("-", None),
                (fmt_date(p.dob, "iso"), "date"), (".hl7", None)]
    if v == "fax":
        return [("fax_", None), (fmt_phone(p.fax, "plain"), "fax"), ("_", None), (p.mrn, "mrn"), (".tif", None)]
    if v == "lcomma":
        return [(p.full("l,f"), "name"), (" - ", None), (fmt_date(p.dob, "usdash"), "date"), (".pdf", None)]
    if v == "face":
        return [("face_", None), (p.mrn, "mrn"), (".jpg", None)]
    if v == "ssn":
        return [(p.ssn.replace("-", ""), "ssn"), (".xml", None)]
    if v == "eob":
        return [(p.member.replace(" ", ""), "health_plan"), (f"_eob_{REF:%Y%m}.pdf", None)]
    if v == "vcf":
        return [(p.email, "email"), (".vcf", None)]
    if v == "json":
        return [(slug(p.first), "name"), (".", None), (slug(p.last), "name"), (".", None),
                (fmt_date(p.dob, "compact"), "date"), (".json", None)]
    if v == "mva":
        return [("mva_", None), (p.vin, "vehicle"), (".pdf", None)]
    if v == "dl":
        return [(p.dl.replace(" ", ""), "license"), ("_front.png", None)]
    if v == "card":
        return [("inscard_", None), (p.member.replace(" ", ""), "health_plan"), ("_", None),
                (slug(p.last), "name"), (".jpg", None)]
    return [(p.mbi.replace("-", ""), "health_plan"), ("_", None), (fmt_date(p.dob, "compact"), "date"), (".271", None)]


def clean_fname():
    return ch([f"app-{R.randint(1, 4)}.{R.randint(0, 20)}.{R.randint(0, 9)}.tar.gz",
               f"census_{REF.isoformat()}.csv", f"{hexs(16)}.jpg", f"thumb_{hexs(10)}.png",
               f"formulary_v{R.randint(20, 60)}.xlsx", f"backup-ehr-{REF:%Y%m%d}T020000Z.dump",
               f"ORD-{REF:%Y%m%d}-{R.randint(1, 9999):04d}.pdf", f"build-{R.randint(1000, 20000)}.log",
               f"claims_837_{REF:%Y%m%d}_{R.randint(1, 9):02d}.x12", "index.html", "bundle.3f9a2c.js"])


def fam_object_path(phi):
    l = L("object_path")
    p = Person() if phi else None
    segs = fname_segments(p) if phi else [(clean_fname(), None)]
    dir_mrn = phi and chance(0.35) and not any(c == "mrn" for _, c in segs)
    bucket = ch(BUCKETS)
    ymd = f"{REF:%Y/%m/%d}/"

    def fname():
        for s, c in segs:
            l.p(s, c)

    def s3(prefix_only=False):
        l.t(f"s3://{bucket}/")
        l.t(ch([ymd, "outbound/", "in/", "archive/" + ymd, ""]))
        if dir_mrn:
            l.t("patients/")
            l.p(p.mrn, "mrn")
            l.t("/")
        fname()

    v = ch(["upload", "upload", "download", "copy", "put", "gsutil", "ls", "open", "wrote", "tar",
            "azure_url"])
    local = ch(["./out/", "/tmp/", "/var/spool/exports/", "/data/scan/", ""])
    if v == "upload":
        l.t("upload: " + local)
        fname()
        l.t(" to ")
        s3()
    elif v == "download":
        l.t("download: ")
        s3()
        l.t(" to " + local)
        fname()
    elif v == "copy":
        l.t("copy: ")
        s3()
        bucket = ch(BUCKETS)
        l.t(" to ")
        s3()
    elif v == "put":
        l.t(prefix(ch(["none", "pylog", "cri"])))
        l.t("PutObject ")
        s3()
        l.t(f" {ch([200, 200, 403, 503])} {R.uniform(0.02, 2):.3f}s")
    elif v == "gsutil":
        l.t("Copying file://" + (local or "./"))
        fname()
        l.t(f" [Content-Type={ch(['application/pdf', 'image/jpeg', 'application/octet-stream'])}]...")
    elif v == "ls":
        t = CLOCK.tick()
        l.t(f"-rw-r--r-- 1 {ch(STAFF_ACCTS)} {ch(['svc', 'staff', 'root'])} {R.randint(200, 9000000):>8} "
            + t.strftime("%b ") + f"{t.day:>2} " + t.strftime("%H:%M "))
        fname()
    elif v == "open":
        l.t(prefix(ch(["none", "pylog"])))
        l.t("open('" + (local or "/exports/"))
        if dir_mrn:
            l.p(p.mrn, "mrn")
            l.t("/")
        fname()
        l.t(f"', '{ch(['wb', 'rb', 'w'])}')")
    elif v == "wrote":
        l.t(prefix(ch(["none", "golog", "journald"])))
        l.t(ch(["Wrote ", "wrote ", "saved ", "-> "]) + (local or "./"))
        fname()
        l.t(f" ({R.randint(200, 9000000)} bytes)")
    elif v == "tar":
        l.t(ch(["a ", "x ", ""]) + ch(["outbound/", "batch_0042/", ""]))
        fname()
    else:
        if phi:
            # an https link carrying patient identifiers: labelled as one url span
            link = (f"https://{ch(['acmeehr', 'mercyrec', 'intakescan'])}.blob.core.windows.net/exports/"
                    + "".join(s for s, _ in segs)
                    + f"?sv=2022-11-02&se={REF:%Y-%m-%d}T23%3A59%3A00Z&sr=b&sp=r&sig={base64.b64encode(bytes(R.randint(0, 255) for _ in range(24))).decode().replace('+', '%2B').replace('/', '%2F').replace('=', '%3D')}")
            l.t(prefix(ch(["none", "pm2", "cri"])))
            l.t(ch(["signed ", "SAS ", ""]))
            l.p(link, "url")
        else:
            l.t(prefix(ch(["none", "pm2", "cri"])))
            l.t(f"https://cdn.{ch(['acmeehr', 'mercyhealth'])}.com/static/"
                + ch(["bundle.3f9a2c.js", hexs(16) + ".jpg", "fonts/inter-var.woff2", f"img/logo@{ch([1, 2, 3])}x.png"]))
    return l


# --------------------------------------------------------------------------
# families 6: argv, execve, shell xtrace
# --------------------------------------------------------------------------
def argv_values(phi):
    """(program, [(arg, cat)])"""
    if not phi:
        return ch([
            ("manage.py", [("migrate", None), ("--noinput", None)]),
            ("server", [("--port", None), (str(ch([8080, 3000, 9090])), None), ("--log-level", None), ("debug", None)]),
            ("backfill.py", [(REF.isoformat(), None), (str(R.randint(100, 5000)), None), ("--dry-run", None)]),
            ("resize", [(str(ch([1280, 1920])), None), (str(ch([720, 1080])), None), (f"{hexs(12)}.png", None)]),
            ("reindex", [("patients_v" + str(R.randint(2, 9)), None), ("--shards", None), ("6", None)]),
            ("fetch_release.sh", [(f"v{R.randint(1, 5)}.{R.randint(0, 20)}.{R.randint(0, 9)}", None), ("linux-amd64", None)]),
            ("rerun_job", [(f"job-{R.randint(1000, 99999)}", None), ("--retries", None), ("3", None)]),
            ("claims_resubmit.py", [(f"CLM2024{nz_digits(8)}", None), (f"CLM2024{nz_digits(8)}", None)]),
            ("print_label.py", [(f"ORD-{REF:%Y%m%d}-{R.randint(1, 9999):04d}", None), ("ZEBRA_4W", None)]),
        ])
    p = Person()
    v = ch(["wrist", "merge", "elig", "letter", "fax", "lookup", "invite", "pair", "idv", "mbi", "ip"])
    if v == "wrist":
        return "reprint_wristband.py", [(p.mrn, "mrn"), (p.last, "name"), (p.first, "name"), (fmt_date(p.dob, "us"), "date")]
    if v == "merge":
        return "merge_dupes.js", [(p.mrn, "mrn"), (gen_mrn(), "mrn")]
    if v == "elig":
        return "eligcheck", [(ch(PAYERS), None), (p.member, "health_plan"), (fmt_date(p.dob, "iso"), "date")]
    if v == "letter":
        return "send_letter.rb", [(p.full("fl"), "name"), (p.street, "address"), (p.city, "address"), (p.state, None), (p.zip, "zip")]
    if v == "fax":
        return "fax_records.sh", [(fmt_phone(p.fax, "plain"), "fax"), (p.mrn, "mrn")]
    if v == "lookup":
        return "ssn_lookup", [(p.ssn, "ssn")]
    if v == "invite":
        return "portal_invite.py", [(p.email, "email"), (fmt_phone(p.phone, "e164"), "phone")]
    if v == "pair":
        return "pair_device", [(p.serial, "device"), (p.mac, "device")]
    if v == "idv":
        return "id_verify", [(p.dl, "license"), (p.state, None), (fmt_date(p.dob, "iso"), "date")]
    if v == "mbi":
        return "mbi_check.py", [(p.mbi, "health_plan"), (p.last, "name"), (fmt_date(p.dob, "compact"), "date")]
    return "geoip_check", [(p.ip, "ip"), (p.mrn, "mrn")]


def sh_quote(s):
    if s and all(c.isalnum() or c in "@%+=:,./-_" for c in s):
        return ("", s, "")
    return ("'", s.replace("'", "'\\''"), "'")


def fam_argv(phi):
    l = L("argv")
    prog, args = argv_values(phi)
    v = ch(["py", "py", "node", "go", "java", "ps", "cron", "exec"])
    if v == "py":
        l.t(prefix(ch(["none", "pylog", "compose"])))
        l.t(ch(["", "sys.argv = ", "argv: "]) + "[")
        l.q(q_py(prog if prog.endswith((".py", ".sh", ".rb", ".js")) else prog + ".py"), None)
        for a, c in args:
            l.t(", ")
            l.q(q_py(a), c)
        l.t("]")
    elif v == "node":
        l.t(prefix(ch(["none", "pm2"])))
        l.t("[ '/usr/local/bin/node', '/srv/app/scripts/" + prog.split(".")[0] + ".js'")
        for a, c in args:
            l.t(", ")
            l.q(q_js(a), c)
        l.t(" ]")
    elif v == "go":
        l.t(prefix(ch(["none", "golog"])))
        l.t("[/usr/local/bin/" + prog.split(".")[0])
        for a, c in args:
            l.t(" ")
            l.p(a, c)
        l.t("]")
    elif v == "java":
        l.t(prefix(ch(["none", "logback"])))
        l.t(ch(["", "main ", "args "]) + "[")
        for k, (a, c) in enumerate(args):
            if k:
                l.t(", ")
            l.p(a, c)
        l.t("]")
    elif v == "ps":
        t = CLOCK.tick()
        l.t(f"{ch(STAFF_ACCTS)[:8]:<8} {R.randint(300, 65000):>6}  {R.uniform(0, 9):.1f}  {R.uniform(0, 3):.1f} "
            f"{R.randint(10000, 999999):>7} {R.randint(1000, 99999):>6} ?        S    " + t.strftime("%H:%M") + "   0:00 ")
        ext = prog.rsplit(".", 1)[-1] if "." in prog else ""
        l.t({"py": "python3 /opt/jobs/", "rb": "/usr/bin/ruby /opt/jobs/", "js": "node /srv/app/scripts/",
             "sh": "/bin/bash /opt/bin/"}.get(ext, "/opt/bin/") + prog)
        for a, c in args:
            l.t(" ")
            l.p(a, c)
    elif v == "cron":
        t = CLOCK.tick()
        l.t(t.strftime("%b %d %H:%M:%S ") + f"{ch(HOSTS)} CRON[{R.randint(300, 65000)}]: ({ch(STAFF_ACCTS)}) CMD (/opt/jobs/{prog}")
        for a, c in args:
            l.t(" ")
            l.q(sh_quote(a), c)
        l.t(")")
    else:
        l.t(prefix(ch(["none", "journald"])))
        l.t(f"exec: /opt/bin/{prog}")
        for a, c in args:
            l.t(" ")
            l.q(sh_quote(a), c)
    return l


def strace_esc(s):
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c in "\n\t":
            out.append("\\n" if c == "\n" else "\\t")
        elif c == '"' or c == "\\":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%o" % b)
    return "".join(out)


def fam_strace(phi):
    l = L("strace")
    prog, args = argv_values(phi)
    path = ch(["/usr/bin/", "/opt/bin/", "/usr/local/bin/"]) + prog
    l.t(f"{R.randint(300, 65000)} ")
    if chance(0.4):
        t = CLOCK.tick()
        l.t(t.strftime("%H:%M:%S.") + f"{t.microsecond:06d} ")
    l.t(f"execve(\"{path}\", [\"{prog}\"")
    for a, c in args:
        l.t(", \"")
        l.p(strace_esc(a), c)
        l.t("\"")
    l.t(f"], 0x7ffd{hexs(8)} /* {R.randint(12, 60)} vars */) = 0")
    return l


def fam_sh_xtrace(phi, variant=None):
    l = L("sh_xtrace")
    l.t(prefix(ch(["none", "none", "cri", "journald"])))
    lvl = ch(["+ ", "+ ", "++ ", "+ "])
    if not phi:
        l.t(lvl + ch([
            "set -euo pipefail",
            f"docker push registry.local/ehr-api:{R.randint(1, 4)}.{R.randint(0, 20)}.{R.randint(0, 9)}",
            "'[' 3 -gt 0 ']'",
            "date +%Y%m%d",
            f"curl -sf https://status.{ch(['mercyhealth', 'acmeehr'])}.org/healthz",
            f"aws s3 sync ./dist s3://acme-artifacts/releases/{R.randint(1, 4)}.{R.randint(0, 20)}.0/",
            f"sleep {R.randint(1, 30)}",
            f"echo 'batch {R.randint(1, 999)} done: {R.randint(0, 4000)} rows'",
            f"psql -h db.internal -U etl -c 'vacuum analyze claim'",
            f"kill -HUP {R.randint(300, 65000)}",
        ]))
        return l
    p = Person()
    v = variant or ch(["curl", "echo", "notify", "gpg", "lp", "fax", "mail", "sed"])
    l.t(lvl)
    if v == "curl":
        org = ch(ORG_SLUGS)
        l.t("curl -sf -H 'Authorization: Bearer ****' ")
        l.p(f"https://api.{org}.org/fhir/R4/Patient?identifier={p.mrn}&birthdate={fmt_date(p.dob, 'iso')}"
            if chance(0.5) else f"https://portal.{org}.com/api/v2/patients/{p.mrn}/summary", "url")
    elif v == "echo":
        l.t("echo '")
        val = [(p.last, "name"), ("|", None), (p.first, "name"), ("|", None), (fmt_date(p.dob, "iso"), "date")]
        for s, c in val:
            l.p(s.replace("'", "'\\''"), c)
        l.t("'")
    elif v == "notify":
        l.t("./notify.sh ")
        l.p(fmt_phone(p.phone, "plain"), "phone")
        l.t(" 'Hi ")
        l.p(p.first.replace("'", "'\\''"), "name")
        l.t(", reminder: ")
        l.p(fmt_date(p.appt, "us"), "date")
        l.t(f" {R.randint(8, 11)}:{ch(['00', '15', '30', '45'])} AM'")
    elif v == "gpg":
        l.t("gpg --batch --encrypt -r records@hie.example.org /data/out/")
        l.p(p.mrn, "mrn")
        l.t(".csv")
    elif v == "lp":
        l.t("lp -d WRISTBAND_3W /tmp/")
        l.p(p.mrn, "mrn")
        l.t("_")
        l.p(slug(p.last), "name")
        l.t(".zpl")
    elif v == "fax":
        l.t("sendfax -n -d ")
        l.p(fmt_phone(p.fax, "plain"), "fax")
        l.t(" /var/spool/fax/out/")
        l.p(p.mrn, "mrn")
        l.t(".tif")
    elif v == "mail":
        l.t("mail -s 'Your statement' ")
        l.p(p.email, "email")
        l.t(" < /tmp/stmt_")
        l.p(p.bill, "account")
        l.t(".txt")
    else:
        l.t("sed -i s/")
        l.p(p.ssn, "ssn")
        l.t("/XXX-XX-XXXX/g /data/in/batch_0042.csv")
    return l


# --------------------------------------------------------------------------
# families 7: function call traces with arguments
# --------------------------------------------------------------------------
def call_args(phi, variant=None):
    """(function name, [A...], return text)"""
    if not phi:
        return ch([
            ("compute_checksum", [A("b'\\x89PNG\\r\\n'", None, "n"), N(4096)], f"'{hexs(8)}'"),
            ("retry", [N(3), N(0.5)], "None"),
            ("get_config", [S(ch(["feature.fax_v2", "elig.cache_ttl", "sms.rate"]))], str(R.randint(1, 3600))),
            ("paginate", [N(R.randint(1, 40)), N(ch([25, 50, 100]))], f"<Page {R.randint(1, 40)} of {R.randint(40, 90)}>"),
            ("render_button", [N(R.randint(0, 1900)), N(R.randint(0, 1000)), S("Submit")], "None"),
            ("find_provider", [S(gen_npi())], f"<Provider {R.randint(100, 9999)}>"),
            ("audit", [S(ch(STAFF_ACCTS)), S(ch(["LOGIN", "EXPORT", "VIEW_CHART"]))], "True"),
            ("get_order", [S(f"ORD-{REF:%Y%m%d}-{R.randint(1, 9999):04d}")], f"<Order {R.randint(100, 99999)}>"),
            ("resize", [N(ch([1280, 1920])), N(ch([720, 1080]))], "(640, 360)"),
            ("parse_version", [S(f"{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 20)}")], "(2, 4, 1)"),
            ("schedule_job", [S(f"job-{R.randint(1000, 99999)}"), S(CLOCK.t.strftime("%Y-%m-%dT%H:%M:%SZ"))], "True"),
        ])
    p = Person()
    v = variant or ch(["lookup", "lookup", "by_mrn", "ssn", "elig", "sms", "geocode", "pair", "charge", "email",
            "park", "guar", "login", "fax", "age", "record_death", "idv", "intl", "age"])
    if v == "lookup":
        return "lookup_patient", [A(p.last, "name"), A(p.first, "name"), D(p.dob)], ch(["None", f"<Patient {R.randint(100, 999999)}>", repr(p.mrn)])
    if v == "intl":
        return "verify_foreign_id", [S(OTHER_TAGS[p.other_kind][1]), A(p.other, "other_id"), D(p.dob)], ch(["True", "False"])
    if v == "by_mrn":
        return "find_by_mrn", [A(p.mrn, "mrn")], f"<Patient {R.randint(100, 999999)}>"
    if v == "ssn":
        return "verify_ssn", [A(p.ssn, "ssn")], ch(["True", "False"])
    if v == "elig":
        return "check_eligibility", [S(ch(PAYERS)), A(p.member, "health_plan"), D(p.appt)], ch(["'ACTIVE'", "'TERMED'"])
    if v == "sms":
        return "send_sms", [A(fmt_phone(p.phone, "e164"), "phone")], f"'SM{hexs(32)}'"
    if v == "geocode":
        return "geocode", [A(p.street, "address"), A(p.city, "address"), S(p.state), A(p.zip, "zip")], f"({R.uniform(25, 48):.5f}, {R.uniform(-123, -70):.5f})"
    if v == "pair":
        return "pair_device", [A(p.serial, "device"), A(p.mac, "device")], "True"
    if v == "charge":
        return "charge_card", [A(p.card, "account"), N(f"{R.uniform(5, 900):.2f}")], f"'ch_{hexs(24)}'"
    if v == "email":
        return "update_email", [A(p.mrn, "mrn"), A(p.email, "email")], "None"
    if v == "park":
        return "validate_parking", [A(p.plate, "vehicle"), S(p.state)], "True"
    if v == "guar":
        r = relative(p)
        return "match_guarantor", [A(r.full("fl"), "name"), A(p.bill, "account")], "None"
    if v == "login":
        return "record_login", [A(p.mrn, "mrn"), A(p.ip, "ip")], "None"
    if v == "fax":
        return "fax_records", [A(fmt_phone(p.fax, "dash"), "fax"), A(p.mrn, "mrn")], f"'FX{digits(10)}'"
    if v == "age":
        p = Person(old=True)
        return "risk_score", [A(p.mrn, "mrn"), A(str(p.age), "age" if p.age > 89 else None, "n"), S(p.sex)], f"{R.uniform(0, 1):.3f}"
    if v == "record_death":
        return "record_death", [A(p.mrn, "mrn"), D(p.admit)], "None"
    return "verify_identity", [A(p.dl, "license"), S(p.state), D(p.dob)], "True"


def fam_call_trace(phi, variant=None):
    l = L("call_trace")
    fn, args, ret = call_args(phi, variant)
    v = ch(["py", "py", "js", "ruby", "java", "php", "erl"])
    if v == "py":
        l.t(prefix(ch(["none", "pylog", "compose"])))
        l.t(ch(["--> ", "CALL ", "> ", "TRACE "]) + fn + "(")
        for k, a in enumerate(args):
            if k:
                l.t(", ")
            if a.kind == "d":
                l.q(dr_py(a.date) if chance(0.5) else q_py(a.text), a.cat)
            elif a.kind == "n":
                l.p(a.text, a.cat)
            else:
                l.q(q_py(a.text), a.cat)
        l.t(")" + ch(["", f" -> {ret}", f" -> {ret} ({R.uniform(0.1, 90):.1f}ms)"]))
    elif v == "js":
        l.t(f"  app:{ch(['repo', 'svc', 'intake', 'billing'])} {fn.replace('_', ' ').title().replace(' ', '')[0].lower()}{fn.replace('_', ' ').title().replace(' ', '')[1:]}(")
        for k, a in enumerate(args):
            if k:
                l.t(", ")
            if a.kind == "d":
                l.p(js_iso(a.date), a.cat)
            elif a.kind == "n":
                l.p(a.text, a.cat)
            else:
                l.q(q_js(a.text), a.cat)
        l.t(f") +{R.randint(0, 900)}ms")
    elif v == "ruby":
        l.t(prefix(ch(["none", "heroku"])))
        cls = ch(["PatientMatcher", "Intake::Normalizer", "Billing::Service", "Portal::Users"])
        l.t(f"[TRACE] {cls}#{fn}(")
        for k, a in enumerate(args):
            if k:
                l.t(", ")
            if a.kind == "d":
                l.q(dr_ruby(a.date), a.cat)
            elif a.kind == "n":
                l.p(a.text, a.cat)
            else:
                l.q(q_dq(a.text), a.cat)
        l.t(")")
    elif v == "java":
        l.t(prefix(ch(["logback", "none"])))
        camel = fn.split("_")[0] + "".join(w.title() for w in fn.split("_")[1:])
        l.t(f"ENTRY com.acme.ehr.{ch(['PatientRepo', 'IntakeService', 'BillingFacade'])}.{camel}(")
        for k, a in enumerate(args):
            if k:
                l.t(", ")
            if a.kind == "d":
                l.q(dr_java(a.date), a.cat)
            else:
                l.p(a.text, a.cat)
        l.t(")")
    elif v == "php":
        l.t(f"#{R.randint(0, 9)} /var/www/app/src/{ch(['Patient', 'Intake', 'Billing'])}.php({R.randint(20, 900)}): "
            f"{ch(['Patient', 'IntakeController', 'Billing'])}->{fn}(")
        for k, a in enumerate(args):
            if k:
                l.t(", ")
            if a.kind == "n":
                l.p(a.text, a.cat)
            else:
                l.q(("'", a.text.replace("'", "\\'"), "'"), a.cat)
        l.t(")")
    else:
        l.t("{function_clause,[{intake," + fn + ",[")
        for k, a in enumerate(args):
            if k:
                l.t(",")
            if a.kind == "d":
                l.q(dr_erl(a.date), a.cat)
            elif a.kind == "n":
                l.p(a.text, a.cat)
            else:
                l.q(q_erl(a.text), a.cat)
        l.t(f"],[{{file,\"src/intake.erl\"}},{{line,{R.randint(20, 900)}}}]}}]}}")
    return l


# --------------------------------------------------------------------------
# families 8: message templates filled without labels
# --------------------------------------------------------------------------
LEVELS = ["INFO", "DEBUG", "WARN", "info", "debug", "I", "D"]


def fam_tmpl_msg(phi, variant=None):
    l = L("tmpl_msg")
    pk = ch(["none", "pylog", "logback", "ts", "journald", "cri", "heroku", "golog"])
    l.t(prefix(pk))
    if pk in ("none", "ts", "cri", "heroku", "golog"):
        l.t(ch(LEVELS) + " " if chance(0.6) else "")
    if not phi:
        o = ch(ORGS)
        l.t(ch([
            f"Batch {R.randint(1, 9999)}: {R.randint(0, 900)} sent, {R.randint(0, 9)} failed ({R.uniform(0.1, 30):.2f}s)",
            f"{clinician_name()} paged {R.randint(1, 5)}x",
            f"{o[0]}, {o[1]}, {o[2]}, {o[3]} {o[4]} {o[5]}",
            f"Release {R.randint(1, 5)}.{R.randint(0, 20)}.{R.randint(0, 9)} ({rand_date(2023, 2024).isoformat()}) deployed by {ch(STAFF_ACCTS)}",
            f"Order ORD-{REF:%Y%m%d}-{R.randint(1, 9999):04d} shipped {R.randint(1, 9)} items ${R.uniform(5, 500):.2f}",
            f"worker {R.randint(1, 16)} done in {R.randint(1, 9000)}ms",
            f"HTTP/1.1 {ch(['200 OK', '404 Not Found', '503 Service Unavailable'])} {R.uniform(0.001, 3):.3f}s",
            f"Census {REF.isoformat()}: {R.randint(100, 600)} inpatients, {R.randint(0, 40)} ED boarders",
            f"On call: {clinician_name()} {o[5]}",
            f"{ch(STAFF_ACCTS)} exported {R.randint(1, 900)} rows from {ch(['claims', 'census', 'formulary'])}",
            f"V{nz_digits(9)} {ch(['ICU', '4W', 'ED'])} -> {ch(['5E', 'PACU', 'HOME'])} {R.randint(1, 48)}h",
            f"Fax from {o[0]} {o[5]} routed to queue {R.randint(1, 9)}",
            f"Listening on :{ch([8080, 3000, 9090])} (pid {R.randint(300, 65000)})",
        ]))
        return l
    p = Person()
    v = variant or ch(["lfdp", "dup", "letter", "sms", "agey", "match", "faxsent", "optout", "admit", "death",
            "login", "card", "slash", "yo", "es", "nk", "fdp", "vehicle"])
    if v == "lfdp":
        l.p(p.full(ch(["l,f", "LF", "l,fm"])), "name")
        l.t(" ")
        l.p(fmt_date(p.dob, ch(["us", "us_nz", "iso"])), "date")
        l.t(" ")
        l.p(fmt_phone(p.phone), "phone")
    elif v == "dup":
        l.t("Duplicate? ")
        l.p(p.full("fl"), "name")
        l.t(" ")
        l.p(fmt_date(p.dob, "iso"), "date")
        l.t(" vs ")
        q = Person()
        q.first, q.last = p.first, p.last
        l.p(q.full("fl"), "name")
        l.t(" ")
        l.p(fmt_date(q.dob, "iso"), "date")
    elif v == "letter":
        l.t("Letter queued: ")
        l.p(p.full("fml"), "name")
        l.t(", ")
        l.p(p.street + (" " + p.unit if p.unit else ""), "address")
        l.t(", ")
        l.p(p.city, "address")
        l.t(f", {p.state} ")
        l.p(p.zip, "zip")
    elif v == "sms":
        l.t("SMS -> ")
        l.p(fmt_phone(p.phone, "e164"), "phone")
        l.t(": Hi ")
        l.p(p.first, "name")
        l.t(", reminder of your visit on ")
        l.p(fmt_date(p.appt, ch(["us", "mon"])), "date")
        l.t(f" at {R.randint(8, 11)}:{ch(['00', '30'])} AM with {clinician_name()}")
    elif v == "agey":
        p = Person(old=True)
        l.p(asc(p.last).upper(), "name")
        l.t(" ")
        l.p(asc(p.first).upper(), "name")
        l.t(" ")
        l.p(str(p.age), "age" if p.age > 89 else None)
        l.t(f"y {p.sex} ")
        l.p(p.mrn, "mrn")
    elif v == "match":
        l.t("Matched ")
        l.p(p.mrn, "mrn")
        l.t(" ")
        l.p(p.full(), "name")
        l.t(f" ({ch(PAYERS)} ")
        l.p(p.member if chance(0.7) else p.mbi, "health_plan")
        l.t(")")
    elif v == "faxsent":
        l.t("Fax sent to ")
        l.p(fmt_phone(p.fax, ch(["dash", "paren"])), "fax")
        l.t(" for ")
        l.p(p.mrn, "mrn")
        l.t(f" ({R.randint(1, 40)} pages)")
    elif v == "optout":
        l.p(p.full("fl"), "name")
        l.t(" <")
        l.p(p.email, "email")
        l.t("> opted out")
    elif v == "admit":
        l.t("Admit ")
        l.p(p.mrn, "mrn")
        l.t(" ")
        l.p(with_time(p.admit).strftime(ch(["%Y-%m-%d %H:%M", "%m/%d/%Y %H:%M"])), "date")
        l.t(f" {ch(['4W', 'ICU', 'L&D', 'OBS'])} {clinician_name()}")
    elif v == "death":
        p = Person(old=chance(0.6))
        l.t("Deceased ")
        l.p(p.full(), "name")
        l.t(" ")
        l.p(fmt_date(p.admit, ch(["iso", "us", "long"])), "date")
        if p.age > 89:
            l.t(" ")
            l.p(str(p.age), "age")
    elif v == "login":
        l.p(p.first + " " + p.last, "name")
        l.t(" checked in from ")
        l.p(p.ip, "ip")
        l.t(f" ({ch(['iOS 17.3', 'Android 14', 'Chrome 122', 'Safari 17'])})")
    elif v == "card":
        l.t("Card on file ")
        l.p(p.card, "account")
        l.t(" for ")
        l.p(p.full("l,f"), "name")
    elif v == "slash":
        l.p(p.mrn, "mrn")
        l.t("/")
        l.p(p.last, "name")
        l.t("/")
        l.p(fmt_date(p.dob, "compact"), "date")
    elif v == "yo":
        p = Person(old=chance(0.5))
        l.t("Pt ")
        l.p(p.full("fl"), "name")
        l.t(", ")
        l.p(str(p.age), "age" if p.age > 89 else None)
        l.t(" yo, ")
        l.p(p.city, "address")
        l.t(", ")
        l.p(p.county + " County", "address")
    elif v == "es":
        l.t("Recordatorio: ")
        l.p(p.first, "name")
        l.t(", su cita es el ")
        l.p(p.appt.strftime("%d/%m/%Y"), "date")
        l.t(" — llame al " + ch(ORGS)[5])
    elif v == "nk":
        r = relative(p)
        l.p(p.full("l,f"), "name")
        l.t(" / ")
        l.p(r.full("fl"), "name")
        l.t(" ")
        l.p(fmt_phone(r.phone), "phone")
    elif v == "fdp":
        l.p(p.first, "name")
        l.t(" ")
        l.p(fmt_date(p.dob, ch(["mon", "long", "dmy"])), "date")
        l.t(" ")
        l.p(p.ssn, "ssn")
    else:
        l.p(p.full("fl"), "name")
        l.t(" ")
        l.p(p.plate, "vehicle")
        l.t(f" {p.state} ")
        l.p(p.vin, "vehicle")
    return l


# --------------------------------------------------------------------------
# families 9: test fixture dumps and test ids
# --------------------------------------------------------------------------
def fam_test_fixture(phi):
    l = L("test_fixture")
    if not phi:
        l.t(ch([
            f"tests/test_version.py::test_parse[{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}-expected{R.randint(0, 5)}] PASSED [ {R.randint(1, 99):>2}%]",
            f"  ✓ renders button at ({R.randint(0, 1900)}, {R.randint(0, 1000)}) ({R.randint(1, 90)} ms)",
            f"    --- PASS: TestParseSKU/SKU-{R.randint(1000, 9999)}-{letters(2)} (0.00s)",
            f"=== {R.randint(100, 900)} passed, {R.randint(0, 9)} skipped in {R.uniform(1, 90):.2f}s ===",
            f"    Expected: {ch([200, 201, 204])}",
            f"    Received: {ch([500, 502, 404])}",
            f"FAILED tests/test_claims.py::test_resubmit[CLM2024{nz_digits(8)}] - AssertionError: assert 'PENDED' == 'PAID'",
            f"<Provider: {clinician_name()} ({gen_npi()})>",
            f"  1) Formulary returns tier {R.randint(1, 5)} for NDC {digits(5)}-{digits(4)}-{digits(2)}",
            f"    --- FAIL: TestRetryBackoff/attempt_{R.randint(1, 5)} ({R.uniform(0, 2):.2f}s)",
        ]))
        return l
    p = Person()
    v = ch(["pytest", "pytest", "pytest_fail", "django_str", "qs", "jest", "jest_exp", "gotest",
            "rspec", "faker", "mocha"])
    if v in ("pytest", "pytest_fail"):
        parts = ch([
            [(p.last, "name"), ("-", None), (p.first, "name"), ("-", None), (fmt_date(p.dob, "iso"), "date"), ("-True", None)],
            [(p.member, "health_plan"), ("-", None), (fmt_date(p.appt, "iso"), "date")],
            [(fmt_phone(p.phone, ch(["paren", "dash", "intl"])), "phone"), ("-", None), (fmt_phone(p.phone, "plain"), "phone")],
            [(p.ssn, "ssn"), ("-valid", None)],
            [(p.email, "email")],
            [(p.full("fl"), "name"), ("-", None), (p.mrn, "mrn")],
        ])
        mod = ch(["test_match", "test_elig", "test_normalize", "test_intake", "test_portal"])
        if v == "pytest":
            l.t(f"tests/{mod}.py::test_{ch(['match', 'normalize', 'roundtrip', 'lookup'])}[")
            for s, c in parts:
                l.p(s, c)
            l.t(f"] {ch(['PASSED', 'PASSED', 'FAILED', 'XFAIL'])} [ {R.randint(1, 99):>2}%]")
        else:
            l.t(f"FAILED tests/{mod}.py::test_{ch(['match', 'normalize'])}[")
            for s, c in parts:
                l.p(s, c)
            l.t("] - AssertionError: assert None is not None")
    elif v == "django_str":
        l.t("<Patient: ")
        l.p(p.full("l,f"), "name")
        l.t(" (")
        l.p(p.mrn, "mrn")
        l.t(")>")
    elif v == "qs":
        l.t("<QuerySet [")
        for k in range(R.randint(1, 3)):
            q = p if k == 0 else Person()
            if k:
                l.t(", ")
            l.t("<Patient: ")
            l.p(q.full("l,f"), "name")
            l.t(" (")
            l.p(q.mrn, "mrn")
            l.t(")>")
        l.t("]>")
    elif v == "jest":
        l.t(f"  {ch(['✕', '✓'])} normalizes ")
        l.p(fmt_phone(p.phone, ch(["paren", "intl", "dot"])), "phone")
        l.t(f" ({R.randint(1, 40)} ms)")
    elif v == "jest_exp":
        l.t(ch(["    Expected: \"", "    Received: \""]))
        x = ch([(fmt_phone(p.phone, "plain"), "phone"), (p.full("LF"), "name"), (fmt_date(p.dob, "iso"), "date"),
                (p.zip, "zip"), (p.email, "email")])
        l.p(x[0], x[1])
        l.t("\"")
    elif v == "gotest":
        l.t(f"    --- {ch(['PASS', 'PASS', 'FAIL'])}: TestLookup/")
        l.p(p.last.replace(" ", "_"), "name")
        l.t("_")
        l.p(p.first.replace(" ", "_"), "name")
        l.t("_")
        l.p(fmt_date(p.dob, "iso"), "date")
        l.t(f" ({R.uniform(0, 0.2):.2f}s)")
    elif v == "rspec":
        l.t(f"  {R.randint(1, 12)}) PatientMatcher matches ")
        l.p(p.full("fl"), "name")
        l.t(" born ")
        l.p(fmt_date(p.dob, "iso"), "date")
    elif v == "faker":
        l.t(f"Faker seed {R.randint(1, 99999)} -> (")
        l.q(q_py(p.full("fl")), "name")
        l.t(", ")
        l.q(q_py(p.street), "address")
        l.t(", ")
        l.q(q_py(fmt_phone(p.phone, "dash")), "phone")
        l.t(", ")
        l.q(q_py(p.ssn), "ssn")
        l.t(")")
    else:
        l.t(f"    {R.randint(1, 9)}) intake accepts ")
        l.p(p.street, "address")
        l.t(" ")
        l.p(p.zip, "zip")
        l.t(":")
    return l


# --------------------------------------------------------------------------
# families 10: HL7 v2 segments (positional fields, no keys)
# --------------------------------------------------------------------------
def hl7_name(l, q, upper=True):
    f = (lambda s: s.upper()) if upper else (lambda s: s)
    l.p(f(q.last), "name")
    l.t("^")
    l.p(f(q.first), "name")
    if q.middle and chance(0.5):
        l.t("^")
        l.p(f(q.middle), "name")


def hl7_addr(l, q):
    l.p(q.street.upper(), "address")
    l.t("^")
    if q.unit and chance(0.6):
        l.p(q.unit.upper(), "address")
    l.t("^")
    l.p(q.city.upper(), "address")
    l.t("^" + q.state + "^")
    l.p(q.zip, "zip")
    l.t("^USA")


def fam_hl7_seg(phi):
    l = L("hl7_seg")
    t = CLOCK.tick()
    if chance(0.4):
        l.t(f" INFO  {t.strftime('%Y-%m-%d %H:%M:%S,')}{t.microsecond // 1000:03d} [{ch(['ADT_IN', 'ORU_OUT', 'SIU_IN'])} Source] ")
    up = chance(0.8)
    if not phi:
        v = ch(["msh", "obx", "orc", "evn", "pv1c"])
        if v == "msh":
            l.t(f"MSH|^~\\&|EPIC|MERCY|MIRTH|LAB|{t:%Y%m%d%H%M%S}||{ch(['ADT^A08', 'ORU^R01', 'SIU^S12'])}|{nz_digits(10)}|P|2.5.1")
        elif v == "obx":
            l.t(f"OBX|{R.randint(1, 9)}|NM|2345-7^Glucose^LN||{R.randint(60, 300)}|mg/dL|70-99|{ch(['H', 'N', ''])}|||F|||{t:%Y%m%d%H%M}")
        elif v == "orc":
            l.t(f"ORC|NW|ORD{nz_digits(8)}|{nz_digits(8)}||SC||||{t:%Y%m%d%H%M%S}|||{gen_npi()}^{asc(ch(LAST)).upper()}^{asc(ch(FIRST_M)).upper()}^^^DR")
        elif v == "evn":
            l.t(f"EVN|A08|{t:%Y%m%d%H%M%S}|||{ch(STAFF_ACCTS).upper()}")
        else:
            l.t(f"PV1|1|{ch(['I', 'O', 'E'])}|{ch(['4W', 'ICU', 'ED'])}^{R.randint(100, 999)}^A^MERCY||||{gen_npi()}^{asc(ch(LAST)).upper()}^{asc(ch(FIRST_F)).upper()}^^^DR|||||||||||V{nz_digits(9)}")
        return l
    p = Person()
    v = ch(["pid", "pid", "pid", "nk1", "in1", "gt1", "pv1"])
    if v == "pid":
        l.t("PID|1||")
        l.p(p.mrn, "mrn")
        l.t(f"^^^{ch(['MRH', 'MERCY', 'EPI'])}^MR||")
        hl7_name(l, p, up)
        l.t("||")
        l.p(fmt_date(p.dob, "compact"), "date")
        l.t(f"|{p.sex}|||")
        if chance(0.8):
            hl7_addr(l, p)
        l.t("||")
        if chance(0.8):
            l.p(fmt_phone(p.phone, "paren_ns"), "phone")
            l.t("^PRN^PH")
            if chance(0.4):
                l.t("~^NET^Internet^")
                l.p(p.email, "email")
        l.t("|||||")
        if chance(0.6):
            l.p(p.bill, "account")
        l.t("|")
        if chance(0.6):
            l.p(p.ssn, "ssn")
        l.t("|")
        if chance(0.3):
            l.p(p.dl, "license")
            l.t("^" + p.state)
    elif v == "nk1":
        r = relative(p)
        l.t("NK1|1|")
        hl7_name(l, r, up)
        l.t(f"|{ch(['SPO^Spouse', 'MTH^Mother', 'DAU^Daughter', 'SON^Son'])}|")
        hl7_addr(l, r)
        l.t("|")
        l.p(fmt_phone(r.phone, "paren_ns"), "phone")
    elif v == "in1":
        o = ch(PAYER_ORGS)
        r = relative(p) if chance(0.4) else p
        l.t(f"IN1|1|{ch(['PPO', 'HMO', 'MCR'])}|{digits(5)}|{o[0]}|{o[1]}^^{o[2]}^{o[3]}^{o[4]}||{o[5]}|GRP{digits(5)}|||||||")
        hl7_name(l, r, up)
        l.t(f"|{ch(['01', '18', '19'])}|")
        l.p(fmt_date(r.dob, "compact"), "date")
        l.t("||||||||||||||||||")
        l.p(p.member, "health_plan")
    elif v == "gt1":
        r = relative(p)
        l.t("GT1|1||")
        hl7_name(l, r, up)
        l.t("||")
        hl7_addr(l, r)
        l.t("|")
        l.p(fmt_phone(r.phone, "paren_ns"), "phone")
        l.t("||")
        l.p(fmt_date(r.dob, "compact"), "date")
        l.t(f"|{r.sex}||{ch(['SEL', 'SPO', 'PAR'])}|")
        l.p(r.ssn, "ssn")
    else:
        a = with_time(p.admit)
        l.t(f"PV1|1|I|{ch(['4W', 'ICU', '5E'])}^{R.randint(100, 999)}^A^MERCY||||{gen_npi()}^{asc(ch(LAST)).upper()}^{asc(ch(FIRST_F + FIRST_M)).upper()}^^^DR|||||||||||V{nz_digits(9)}|||||||||||||||||||||||||")
        l.p(a.strftime("%Y%m%d%H%M"), "date")
        if chance(0.5):
            l.t("|")
            d = a + dt.timedelta(days=R.randint(1, 9), hours=R.randint(0, 8))
            l.p(d.strftime("%Y%m%d%H%M"), "date")
    return l


# --------------------------------------------------------------------------
# families 11: values printed escaped or encoded (JSON \u, bytes repr, %XX,
# HTML entities, Java native2ascii, strace octal); the escaped bytes are labelled
# --------------------------------------------------------------------------
TRICKY_LAST = [x for x in LAST if any(ord(c) > 127 for c in x) or "'" in x]
TRICKY_FIRST = [x for x in FIRST_F + FIRST_M if any(ord(c) > 127 for c in x) or "-" in x]


def tricky_person():
    p = Person()
    p.last = ch(TRICKY_LAST)
    if chance(0.6):
        p.first = ch(TRICKY_FIRST)
    return p


def esc_bytes(s, quote):
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c == "\\":
            out.append("\\\\")
        elif c == quote:
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\x%02x" % b)
    return "".join(out)


def esc_java(s):
    return "".join(c if ord(c) < 128 else "\\u%04X" % ord(c) for c in s)


def esc_pct(s):
    safe = string.ascii_letters + string.digits + "-._~"
    return "".join(c if c in safe else "".join("%%%02X" % b for b in c.encode("utf-8")) for c in s)


def esc_html(s):
    t = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#x27;")
    return t.encode("ascii", "xmlcharrefreplace").decode()


def fam_escaped(phi):
    l = L("escaped_print")
    v = ch(["json", "json", "gofq", "pybytes", "java", "urlpath", "html", "write", "sql"])
    if not phi:
        org = ch(["St. Luke’s Medical Center", "Café Bistro – Level 2", "Señor Frog’s Pharmacy",
                  "Hôpital Général de Montréal", "Ørsted Health ApS"])
        if v in ("json", "gofq"):
            l.t(prefix(ch(["none", "pm2"])))
            l.t(json.dumps([org, R.randint(1, 999), ch(["open", "closed"])]).replace(", ", ","))
        elif v == "pybytes":
            l.t("b'" + esc_bytes(f"{org}|{R.randint(1, 99)}|OK", "'") + "'")
        elif v == "java":
            l.t(prefix(ch(["none", "logback"])))
            l.t(esc_java(org))
        elif v == "urlpath":
            l.t(f"GET /api/v2/facilities/{esc_pct(org)}/hours {ch([200, 304, 404])} {R.randint(1, 900)}ms")
        elif v == "html":
            l.t("rendered <td>" + esc_html(org) + f"</td><td>{R.randint(1, 60)} min</td>")
        elif v == "write":
            txt = f"batch {R.randint(1, 999)} done: {R.randint(0, 9000)} rows\n"
            l.t(f"{R.randint(300, 65000)} write(1, \"{strace_esc(txt)}\", {len(txt.encode())}) = {len(txt.encode())}")
        else:
            l.t(f"select * from facility where name = '{org.replace(chr(39), chr(39) * 2)}'")
        return l
    p = tricky_person()
    if v in ("json", "gofq"):
        l.t(prefix(ch(["none", "pm2", "golog"])))
        vals = [(p.mrn, "mrn"), (p.last, "name"), (p.first, "name"), (fmt_date(p.dob, "iso"), "date")]
        if chance(0.4):
            vals.append((p.full("fml"), "name") if chance(0.3) else (fmt_phone(p.phone, "dash"), "phone"))
        l.t("[" if v == "json" else ch(["[", "row ["]))
        for k, (x, c) in enumerate(vals):
            if k:
                l.t("," if v == "json" else " ")
            l.q(q_json(x), c)
        l.t("]")
    elif v == "pybytes":
        vals = [(p.last, "name"), (p.first, "name"), (fmt_date(p.dob, ch(["iso", "us"])), "date")]
        if chance(0.5):
            vals.insert(0, (p.mrn, "mrn"))
        whole = "|".join(x for x, _ in vals).encode()
        qc = '"' if (b"'" in whole and b'"' not in whole) else "'"
        l.t(prefix(ch(["none", "pylog"])) + ch(["", "sending ", "raw "]) + "b" + qc)
        for k, (x, c) in enumerate(vals):
            if k:
                l.t("|")
            l.p(esc_bytes(x, qc), c)
        l.t(qc)
    elif v == "java":
        l.t(prefix(ch(["none", "logback"])))
        l.p(esc_java(p.last), "name")
        l.t(", ")
        l.p(esc_java(p.first), "name")
        l.t(" ")
        l.p(fmt_date(p.dob, "us"), "date")
    elif v == "urlpath":
        l.t(prefix(ch(["none", "compose"])))
        l.t(f"{ch(['GET', 'GET', 'HEAD'])} /api/v1/lookup/")
        l.p(esc_pct(p.last), "name")
        l.t("/")
        l.p(esc_pct(p.first), "name")
        l.t("/")
        l.p(fmt_date(p.dob, "iso"), "date")
        l.t(f" {ch([200, 200, 404])} {R.randint(1, 900)}ms")
    elif v == "html":
        l.t("rendered <td>")
        l.p(esc_html(p.full(ch(["l,f", "fl"]))), "name")
        l.t("</td><td>")
        l.p(fmt_date(p.dob, "us"), "date")
        l.t("</td>")
    elif v == "write":
        segs = [(p.full(ch(["l,f", "fl"])), "name"), (" ", None), (fmt_date(p.dob, "us"), "date"),
                (" ", None), (fmt_phone(p.phone, "dash"), "phone"), ("\n", None)]
        n = len("".join(s for s, _ in segs).encode())
        l.t(f"{R.randint(300, 65000)} write(1, \"")
        for s, c in segs:
            l.p(strace_esc(s), c)
        l.t(f"\", {n}) = {n}")
    else:
        l.t(prefix(ch(["none", "pylog"])))
        l.t("select id from patient where last_name = '")
        l.p(p.last.replace("'", "''"), "name")
        l.t("' and first_name = '")
        l.p(p.first.replace("'", "''"), "name")
        l.t("' and dob = '")
        l.p(fmt_date(p.dob, "iso"), "date")
        l.t("'")
    return l


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------
FAMILIES = [(name, 0) for name in GENERIC]
GENERIC_W = {"py_print": 24, "node_console": 22, "go_fmt": 18, "java_print": 12, "cs_console": 9,
             "rust_dbg": 8, "elixir_inspect": 7, "erlang_io": 5, "ruby_p": 9, "perl_dumper": 6,
             "clj_prn": 5, "scala_print": 8, "swift_print": 5, "tsv_dump": 9, "csv_row": 12,
             "yaml_fixture": 7, "sql_values": 7}
CUSTOM = {"php_print_r": (fam_php_print_r, 9), "r_print": (fam_r_print, 8), "psql_row": (fam_psql_row, 14),
          "java_concat": (fam_java_concat, 16), "blob_print": (fam_blob_print, 17),
          "sql_bind": (fam_sql_bind, 30), "cache_key": (fam_cache_key, 30), "object_path": (fam_object_path, 30),
          "argv": (fam_argv, 24), "strace": (fam_strace, 10), "sh_xtrace": (fam_sh_xtrace, 16),
          "call_trace": (fam_call_trace, 30), "tmpl_msg": (fam_tmpl_msg, 36),
          "test_fixture": (fam_test_fixture, 22), "hl7_seg": (fam_hl7_seg, 20),
          "escaped_print": (fam_escaped, 26)}


def family_table():
    tab = []
    for name, w in GENERIC_W.items():
        tab.append(((lambda phi, n=name: fam_generic(n, phi)), w))
    for name, (fn, w) in CUSTOM.items():
        tab.append((fn, w))
    return tab


# a few positional rows are forced to carry the rarer kinds of data, so that
# every category is represented whatever the random draws
FORCED = ["fax", "fax", "fax", "vin", "plate", "ip", "ip", "url", "url", "photo", "photo", "bio",
          "bio", "other", "other", "dl", "dl", "age", "age", "age", "medicaid", "mbi", "county",
          "udi", "imei", "mac", "iban", "bank", "card", "email", "relname"]


def generate():
    R.seed(SEED)
    CLOCK.__init__()
    flags = [True] * (N_LINES - N_CLEAN) + [False] * N_CLEAN
    R.shuffle(flags)
    phi_pos = [i for i, f in enumerate(flags, 1) if f]
    forced = dict(zip(R.sample(phi_pos, len(FORCED)), FORCED))
    tab = family_table()
    lines, labels = [], []
    for i, phi in enumerate(flags, 1):
        for attempt in range(20):
            if i in forced and forced[i] == "fax":
                fn, var = ch([(fam_tmpl_msg, "faxsent"), (fam_sh_xtrace, "fax"), (fam_call_trace, "fax")])
                l = fn(True, var)
            elif i in forced:
                l = fam_generic(ch(list(GENERIC_W)), True, force=[forced[i]])
            else:
                l = weighted(tab)(phi)
            if l.has_phi() == phi:
                break
        else:
            raise RuntimeError(f"could not build line {i} phi={phi}")
        line, spans = l.build()
        lines.append(line)
        labels.append({"line": i, "family": l.family, "spans": spans})
    log = b"".join(x + b"\n" for x in lines)
    lab = "".join(json.dumps(o) + "\n" for o in labels).encode("utf-8")
    return log, lab, lines, labels


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------
PRIVATE_PREFIXES = ("10.", "127.", "192.168.", "169.254.", "192.0.2.", "198.51.100.", "203.0.113.", "0.")


def check_value(cat, v):
    """Sanity checks of the synthetic values themselves."""
    if cat == "ssn":
        d = v.replace("-", "")
        assert len(d) == 9 and d.isdigit(), v
        a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
        assert 0 < a < 900 and a != 666 and g > 0 and s > 0, v
    elif cat in ("phone", "fax"):
        d = "".join(c for c in v if c.isdigit())
        if len(d) == 11 and d[0] == "1":
            d = d[1:]
        assert len(d) == 10, v
        assert d[0] in "23456789" and d[3] in "23456789", v
    elif cat == "vehicle" and len(v) == 17 and v.isalnum():
        assert vin_check(v) == v[8], v
    elif cat == "account":
        d = v.replace(" ", "").replace("-", "")
        if d.isdigit() and len(d) in (15, 16) and d[0] in "3456":
            assert luhn_ok(d), v
        if d[:2] in ("DE", "GB", "FR", "NL", "ES") and d[2:4].isdigit() and len(d) >= 18:   # IBAN
            r = d[4:] + d[:4]
            assert int("".join(str(int(c, 36)) for c in r)) % 97 == 1, v
    elif cat == "ip":
        assert not v.startswith(PRIVATE_PREFIXES), v
        if "." in v:
            o = list(map(int, v.split(".")))
            assert not (o[0] == 172 and 16 <= o[1] < 32) and not (o[0] == 100 and 64 <= o[1] < 128), v
            assert o[0] < 224, v
    elif cat == "age":
        assert int(v) > 89, v
    elif cat == "device" and v.count(":") == 5:
        assert all(len(x) == 2 for x in v.split(":")), v
    elif cat == "email":
        assert v.count("@") == 1, v
    elif cat == "zip":
        assert v[:5].isdigit() and (len(v) == 5 or (len(v) == 10 and v[5] == "-")), v
    elif cat == "url":
        assert v.startswith("https://"), v


def main():
    log, lab, lines, labels = generate()
    log2, lab2, _, _ = generate()
    assert log == log2 and lab == lab2, "generator is not deterministic"
    with open(OUT_LOG, "wb") as f:
        f.write(log)
    with open(OUT_LAB, "wb") as f:
        f.write(lab)

    # re-read what was written and check every span against the bytes on disk
    disk = open(OUT_LOG, "rb").read()
    assert disk.endswith(b"\n") and b"\r" not in disk
    dlines = disk.split(b"\n")[:-1]
    assert len(dlines) == N_LINES, len(dlines)
    dlabels = [json.loads(x) for x in open(OUT_LAB, encoding="utf-8")]
    assert len(dlabels) == N_LINES
    counts = {c: 0 for c in CATS}
    fams = {}
    clean = 0
    for n, (ln, lb, orig) in enumerate(zip(dlines, dlabels, lines), 1):
        assert lb["line"] == n and ln == orig
        assert len(ln) <= MAX_LINE
        ln.decode("utf-8")
        fams[lb["family"]] = fams.get(lb["family"], 0) + 1
        if not lb["spans"]:
            clean += 1
        prev = 0
        for sp in lb["spans"]:
            s, e, c = sp["s"], sp["e"], sp["cat"]
            assert 0 <= prev <= s < e <= len(ln), (n, sp)
            prev = e
            v = ln[s:e].decode("utf-8")          # span boundaries on characters
            check_value(c, v)
            counts[c] += 1
    print(f"lines={N_LINES} clean={clean} ({clean / N_LINES:.0%}) spans={sum(counts.values())}")
    print("spans per category:", json.dumps(counts))
    print("lines per family:", json.dumps(dict(sorted(fams.items()))))
    for c in CATS:
        assert counts[c] >= 5, ("too few spans", c, counts[c])
    assert clean == N_CLEAN
    print("md5 bl.log          ", hashlib.md5(log).hexdigest())
    print("md5 bl.labels.jsonl ", hashlib.md5(lab).hexdigest())


if __name__ == "__main__":
    main()
