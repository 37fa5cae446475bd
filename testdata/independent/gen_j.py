#!/usr/bin/env python3
"""Deterministic generator for held-out PHI-detector corpus "j".

Writes j.log (one synthetic log line per line) and j.labels.jsonl
(one label object per log line) next to this script.
Standard library only, fixed seed, byte-for-byte reproducible.

Lines are composed from pieces (text, cat); cat is None for plain text or a
PHI category id for a labelled value.  Offsets are UTF-8 byte offsets computed
from the composed line and re-checked with asserts.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import sys
import unicodedata
import urllib.parse
import random

SEED = 20240405
PHI_P = 0.80
N_LINES = 500
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LOG_PATH = os.path.join(HERE, "j.log")
LAB_PATH = os.path.join(HERE, "j.labels.jsonl")

CATS = ("name address zip date age phone fax email ssn mrn health_plan account "
        "license vehicle device url ip biometric photo other_id").split()

# --------------------------------------------------------------------------
# piece / segment helpers
# --------------------------------------------------------------------------


def S(*items):
    """Concatenate strings, (text, cat) pieces and lists of pieces."""
    out = []
    for it in items:
        if it is None:
            continue
        if isinstance(it, str):
            out.append((it, None))
        elif isinstance(it, tuple):
            assert len(it) == 2 and isinstance(it[0], str), it
            assert it[1] is None or it[1] in CATS, it
            out.append(it)
        else:
            out.extend(S(*it))
    return out


def P(value, cat):
    return (str(value), cat)


def smap(seg, fn):
    """Apply a char-wise escaping transform to every piece."""
    return [(fn(t), c) for t, c in seg]


def plain(seg):
    return "".join(t for t, _ in seg)


def jesc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


class Q(list):
    """A JSON string value composed of pieces."""


def jv(v, cat=None, ascii_=False):
    if isinstance(v, Q):
        return S('"', smap(list(v), lambda t: jesc(t, ascii_)), '"')
    if isinstance(v, list):  # pre-rendered JSON segment
        return v
    if isinstance(v, str):
        return S('"', (jesc(v, ascii_), cat), '"')
    return S((json.dumps(v), cat))


def jobj(items, ascii_=False, sp=False):
    ks = ": " if sp else ":"
    isep = ", " if sp else ","
    out = [("{", None)]
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        c = it[2] if len(it) > 2 else None
        if i:
            out.append((isep, None))
        out.append((json.dumps(k, ensure_ascii=ascii_) + ks, None))
        out.extend(jv(v, c, ascii_))
    out.append(("}", None))
    return out


def jarr(vals, ascii_=False, sp=False):
    out = [("[", None)]
    for i, v in enumerate(vals):
        if i:
            out.append((", " if sp else ",", None))
        out.extend(jv(v, None, ascii_) if not isinstance(v, tuple) else jv(v[0], v[1], ascii_))
    out.append(("]", None))
    return out


def redis_repr(s):
    """Mimic sdscatrepr(): escape \\ and \", \\n etc, non-printables as \\xNN."""
    out = []
    for b in s.encode("utf-8"):
        ch = chr(b)
        if ch in '\\"':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif 0x20 <= b < 0x7f:
            out.append(ch)
        else:
            out.append("\\x%02x" % b)
    return "".join(out)


def urlq(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def formq(s):
    return urllib.parse.quote_plus(s, safe="")


def sqlq(s):
    return s.replace("'", "''")


def csvq(s):
    return s.replace('"', '""')


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------

FIRST = ["Ana", "José", "Mei", "Wei", "Aisha", "Oluwaseun", "Chidi", "Priya", "Arjun",
         "Fatima", "Mohammed", "Sione", "Kalani", "Yuki", "Hiroshi", "Min-jun", "Seo-yeon",
         "Thanh", "Linh", "Dmitri", "Svetlana", "Zoë", "Søren", "Ingrid", "Siobhán",
         "Declan", "Tomasz", "Agnieszka", "Mateo", "Valentina", "Chiamaka", "Kwame",
         "Ayodele", "Nikhil", "Deepa", "Rafael", "Luciana", "Ewa", "Björn", "Aroha",
         "Leilani", "Esperanza", "Guadalupe", "Thandiwe", "Bongani", "Amara", "Yusuf",
         "Zeynep", "Emre", "Kateřina", "Hamid", "Parisa", "Omar", "Layla", "Noa", "Eitan",
         "Ngozi", "Tariq", "Ximena", "Joaquín", "Marisol", "Ravi", "Anh", "Quang", "Bao",
         "Jae-won", "Haruto", "Sakura", "Kofi", "Abebe", "Tsehay", "Marek", "Olena",
         "Bohdan", "Dolores", "Harold", "Gertrude", "Earl", "Mildred", "Walter", "Tyrone",
         "Keisha", "DeShawn", "Brittany", "Cody", "Hana", "Mercy", "Nalani", "Ikaika"]
LAST = ["Silva", "Okafor", "Nguyễn", "Nguyen", "Tran", "Kim", "Park", "Watanabe", "Tanaka",
        "Patel", "Sharma", "Iyer", "Haddad", "Al-Masri", "O'Brien", "García", "Hernández",
        "Rodríguez", "Kowalski", "Nowak", "Müller", "Schmidt", "Johansson", "Lindqvist",
        "Ivanova", "Petrov", "Adeyemi", "Mensah", "Tesfaye", "Mahlangu", "Dlamini",
        "Kealoha", "Tupou", "Yılmaz", "Demir", "Cohen", "Levi", "Papadopoulos", "Rossi",
        "Esposito", "Dubois", "Lefèvre", "van der Berg", "MacLeod", "Chen", "Wang", "Liu",
        "Zhang", "Khan", "Hussain", "Begum", "Novák", "Horváth", "Santos", "Pereira",
        "Ferreira", "Kaur", "Singh", "Mwangi", "Otieno", "Ramírez", "Castillo", "Reyes",
        "Quispe", "Mamani", "Washington", "Jefferson", "Kowalczyk", "Fitzgerald",
        "Oyelaran", "Bhattacharya", "Nakamura", "Hoang", "Abdullahi", "St. Pierre",
        "D'Souza", "N'Diaye", "O'Connor"]
STREET_NAMES = ["Oak", "Maple", "Mission", "Calle Ocho", "Martin Luther King Jr", "Kalanianaole",
                "Elm", "Cedar Ridge", "Pine", "Lakeview", "Magnolia", "Washington", "Sunset",
                "Church", "Mill Creek", "Hillcrest", "Riverside", "Walnut", "Juniper",
                "Peachtree", "Bayou", "Prairie Wind", "Colfax", "Guadalupe", "Ridgewood"]
STREET_SFX = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Way", "Pl", "Hwy", "Street",
              "Avenue", "Drive", "Terrace", "Pkwy"]
UNITS = ["Apt 4B", "Unit 12", "#305", "Apt 2", "Ste 110", "Apt 17C", "Lot 22"]
CITIES = [("Oakland", "CA", "946", ["510", "341"]), ("Houston", "TX", "770", ["713", "832"]),
          ("Chicago", "IL", "606", ["312", "773"]), ("Honolulu", "HI", "968", ["808"]),
          ("Brooklyn", "NY", "112", ["718", "347", "929"]), ("Minneapolis", "MN", "554", ["612"]),
          ("Atlanta", "GA", "303", ["404", "470"]), ("Phoenix", "AZ", "850", ["602", "480"]),
          ("Seattle", "WA", "981", ["206"]), ("Miami", "FL", "331", ["305", "786"]),
          ("Detroit", "MI", "482", ["313"]), ("Boston", "MA", "021", ["617", "857"]),
          ("Denver", "CO", "802", ["303", "720"]), ("Albuquerque", "NM", "871", ["505"]),
          ("Anchorage", "AK", "995", ["907"]), ("San Antonio", "TX", "782", ["210"]),
          ("Fresno", "CA", "937", ["559"]), ("Baton Rouge", "LA", "708", ["225"]),
          ("Sioux Falls", "SD", "571", ["605"]), ("Paterson", "NJ", "075", ["973"]),
          ("Tucson", "AZ", "857", ["520"]), ("St. Paul", "MN", "551", ["651"])]
MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com",
                "proton.me", "aol.com", "comcast.net", "att.net", "live.com"]
CLINICIANS = ["Dr. Lena Hoffmann", "Dr. Samuel Achebe", "Dr. Priscilla Tan", "R. Okonkwo, NP",
              "Dr. Ibrahim Farouk", "J. Lindgren, PA-C"]
EMPLOYEES = ["jmorales", "svc_etl", "kpatterson", "ops-oncall", "aweber", "dbt_runner"]
FACILITIES = ["St. Vincent Medical Center", "Mercy General", "Lakeside Community Clinic",
              "Kaiser Oakland", "UW Harborview"]
DRUGS = ["metformin 500 mg", "lisinopril 10 mg", "atorvastatin 40 mg", "apixaban 5 mg",
         "insulin glargine", "sertraline 50 mg"]
ICD = ["E11.9", "I10", "J45.909", "N18.3", "F32.A", "Z79.4", "I48.91", "C50.912"]


def ascii_fold(s):
    n = unicodedata.normalize("NFKD", s)
    n = n.replace("ı", "i").replace("ø", "o").replace("Ø", "O")
    return "".join(c for c in n if not unicodedata.combining(c) and ord(c) < 128)


def luhn_check_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def gen_ssn(style=0):
    while True:
        area = R.randint(1, 899)
        if area == 666:
            continue
        group = R.randint(1, 99)
        serial = R.randint(1, 9999)
        break
    assert 1 <= area <= 899 and area != 666 and group and serial
    raw = "%03d%02d%04d" % (area, group, serial)
    if style == 1:
        return raw
    if style == 2:
        return "%03d %02d %04d" % (area, group, serial)
    return "%03d-%02d-%04d" % (area, group, serial)


def nanp_parts(npa=None):
    if npa is None:
        npa = R.choice(["415", "510", "713", "312", "808", "718", "612", "404", "602", "206",
                        "305", "313", "617", "720", "505", "907", "347", "929", "559", "651"])
    while True:
        nxx = "%d%d%d" % (R.randint(2, 9), R.randint(0, 9), R.randint(0, 9))
        if nxx[1:] == "11" or nxx == "555" or nxx == "958" or nxx == "959":
            continue
        break
    line = "%04d" % R.randint(0, 9999)
    assert npa[0] in "23456789" and npa[1:] != "11" and nxx[0] in "23456789" and nxx[1:] != "11"
    return npa, nxx, line


def fmt_phone(parts, style):
    a, b, c = parts
    return [
        "(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c),
        "+1%s%s%s" % (a, b, c), "%s%s%s" % (a, b, c), "+1 %s %s %s" % (a, b, c),
        "1-%s-%s-%s" % (a, b, c), "+1 (%s) %s-%s" % (a, b, c),
    ][style]


def gen_card():
    kind = R.choice(["visa", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + "".join(str(R.randint(0, 9)) for _ in range(14))
    elif kind == "mc":
        body = "5" + str(R.randint(1, 5)) + "".join(str(R.randint(0, 9)) for _ in range(13))
    elif kind == "amex":
        body = "3" + R.choice("47") + "".join(str(R.randint(0, 9)) for _ in range(12))
    else:
        body = "6011" + "".join(str(R.randint(0, 9)) for _ in range(11))
    num = body + luhn_check_digit(body)
    assert luhn_ok(num)
    return num


def fmt_card(num, spaced):
    if not spaced:
        return num
    if len(num) == 15:
        return "%s %s %s" % (num[:4], num[4:10], num[10:])
    return " ".join(num[i:i + 4] for i in range(0, 16, 4))


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def gen_mbi(dashed=False):
    a = MBI_ALPHA
    an = MBI_ALPHA + "0123456789"
    d = "0123456789"
    c = [R.choice("123456789"), R.choice(a), R.choice(an), R.choice(d), R.choice(a),
         R.choice(an), R.choice(d), R.choice(a), R.choice(a), R.choice(d), R.choice(d)]
    s = "".join(c)
    if dashed:
        return "%s-%s-%s" % (s[:4], s[4:7], s[7:])
    return s


def gen_member_id():
    style = R.randint(0, 3)
    if style == 0:
        return R.choice(["W", "XQH", "ZGP", "YRK", "JQU"]) + "".join(str(R.randint(0, 9)) for _ in range(9))
    if style == 1:
        return "%09d" % R.randint(10 ** 8, 10 ** 9 - 1) + "0" + str(R.randint(1, 4))
    if style == 2:
        return "M" + "".join(str(R.randint(0, 9)) for _ in range(10))
    return "U" + "%08d" % R.randint(0, 10 ** 8 - 1) + " 0" + str(R.randint(1, 3))


def gen_mrn():
    style = R.randint(0, 4)
    if style == 0:
        return "%08d" % R.randint(100000, 99999999)
    if style == 1:
        return "MRN%07d" % R.randint(0, 9999999)
    if style == 2:
        return "E%07d" % R.randint(0, 9999999)
    if style == 3:
        return "H%09d" % R.randint(0, 999999999)
    return "%d" % R.randint(1000000, 9999999)


def dea_number(last):
    first = R.choice("ABFGM")
    second = ascii_fold(last)[0].upper()
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(chk)


def gen_dl(state):
    if state == "CA":
        return R.choice("ABCDEFGNSY") + "%07d" % R.randint(0, 9999999)
    if state == "NY":
        return "%03d %03d %03d" % (R.randint(100, 999), R.randint(0, 999), R.randint(0, 999))
    if state == "FL":
        l = R.choice("ABCDGHKMRSW")
        n = "".join(str(R.randint(0, 9)) for _ in range(12))
        return "%s%s-%s-%s-%s-%s" % (l, n[:3], n[3:6], n[6:8], n[8:11], n[11])
    if state == "WA":
        return "WDL" + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))
    if state == "TX":
        return "%08d" % R.randint(10000000, 49999999)
    return R.choice("ABCDEFGHJKLMNPRSTW") + "%08d" % R.randint(0, 99999999)


VIN_TRANS = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                                   [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def gen_vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "1G1", "WBA", "4T1"])
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" +
             R.choice("LMNPRS") + R.choice(chars) + "%06d" % R.randint(0, 999999))
    tot = 0
    for i, c in enumerate(v):
        val = int(c) if c.isdigit() else VIN_TRANS[c]
        tot += val * VIN_W[i]
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def gen_plate():
    return R.choice(["%d%s%03d" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), R.randint(0, 999)),
                     "%s-%04d" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), R.randint(0, 9999)),
                     "%s %s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), "".join(R.choice("0123456789") for _ in range(3)))])


def gen_imei():
    body = R.choice(["35", "86", "01", "99"]) + "".join(str(R.randint(0, 9)) for _ in range(12))
    n = body + luhn_check_digit(body)
    assert luhn_ok(n) and len(n) == 15
    return n


def gen_mac(sep=":", upper=False):
    oui = R.choice(["a4:83:e7", "f0:18:98", "3c:22:fb", "00:1b:63", "b8:27:eb", "dc:a6:32", "ac:de:48", "00:0b:57"])
    b = oui.split(":") + ["%02x" % R.randint(0, 255) for _ in range(3)]
    s = sep.join(b)
    return s.upper() if upper else s


def gen_device_serial():
    return R.choice([
        "PJN%06dS" % R.randint(0, 999999),            # pacemaker-ish
        "NG%07dH" % R.randint(0, 9999999),            # insulin pump-ish
        "G7%s" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(4)) + "%04d" % R.randint(0, 9999),
        "SM-%s-%06d" % (R.choice(["G6", "L2", "X1"]), R.randint(0, 999999)),
        "C02%s" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)),
    ])


PUBLIC_FIRST_OCTETS = [24, 47, 67, 68, 69, 71, 73, 75, 76, 96, 97, 98, 99, 107, 108, 136,
                       142, 162, 166, 173, 174, 184, 199, 207, 208, 209]


def gen_public_ip():
    a = R.choice(PUBLIC_FIRST_OCTETS)
    return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def gen_public_ip6():
    return "%s:%x:%x:%x::%x" % (R.choice(["2601", "2600:1700", "2603:8080", "2607:fb90", "2a02:c7f"]),
                               R.randint(0x100, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff),
                               R.randint(1, 0xfff))


def gen_private_ip():
    k = R.randint(0, 2)
    if k == 0:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))
    if k == 1:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))
    return "192.168.%d.%d" % (R.randint(0, 255), R.randint(2, 254))


def gen_passport():
    return R.choice(["%09d" % R.randint(100000000, 999999999),
                     R.choice("ACEFGHJKLMNPRSTUVWXZ") + "%08d" % R.randint(0, 99999999)])


def gen_other_id(p):
    k = R.randint(0, 2)
    if k == 0:
        return ("passport_no", gen_passport())
    if k == 1:
        return ("alien_reg_no", "A%09d" % R.randint(0, 999999999))
    # Mexican CURP-like
    fl = ascii_fold(p.last).upper().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
    ff = ascii_fold(p.first).upper()
    vowels = [c for c in fl[1:] if c in "AEIOU"] or ["X"]
    curp = (fl[0] + vowels[0] + "X" + ff[0] + p.dob.strftime("%y%m%d") + p.sex +
            R.choice(["DF", "JC", "NL", "BC", "OC"]) + "".join(R.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(3)) +
            R.choice("0A") + str(R.randint(0, 9)))
    return ("curp", curp)


def gen_biometric():
    raw = b"FMR\x00 20\x00\x00\x00\x01" + bytes(R.randint(0, 255) for _ in range(30))
    return base64.b64encode(raw).decode()


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


TODAY = dt.date(2024, 4, 5)


class Person:
    def __init__(self, old=False):
        self.first = R.choice(FIRST)
        self.last = R.choice(LAST)
        self.middle = R.choice(["", "", "", "J", "Marie", "A", "Lynn", "K"])
        self.sex = R.choice("HM")  # CURP sex code H/M
        if old or R.random() < 0.16:
            y = R.randint(1919, 1933)  # age >= 90
        else:
            y = R.randint(1938, 2019)
        self.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
        self.age = TODAY.year - y - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        city = R.choice(CITIES)
        self.city, self.state, zp, npas = city
        self.zip = zp + "%02d" % R.randint(1, 99)
        self.zip4 = self.zip + "-%04d" % R.randint(1, 9999)
        self.street = "%d %s %s" % (R.randint(1, 9899), R.choice(STREET_NAMES), R.choice(STREET_SFX))
        self.unit = R.choice(UNITS) if R.random() < 0.3 else ""
        self.phone_parts = nanp_parts(R.choice(npas))
        self.cell_parts = nanp_parts(R.choice(npas))
        self.fax_parts = nanp_parts(R.choice(npas))
        self.ssn = gen_ssn()
        self.mrn = gen_mrn()
        self.member = gen_member_id()
        self.mbi = gen_mbi()
        self.card = gen_card()
        self.bank = "%d" % R.randint(10 ** 7, 10 ** 12)
        self.dl = gen_dl(self.state)
        self.ip = gen_public_ip()
        self._derive()

    def _derive(self):
        fa, la = ascii_fold(self.first).lower(), ascii_fold(self.last).lower().replace(" ", "").replace("'", "").replace(".", "")
        self.email = R.choice([
            "%s.%s@%s" % (fa, la, R.choice(MAIL_DOMAINS)),
            "%s%s%d@%s" % (fa[0], la, R.randint(1, 99), R.choice(MAIL_DOMAINS)),
            "%s_%s%s@%s" % (fa, la, str(self.dob.year)[2:], R.choice(MAIL_DOMAINS)),
            "%s.%s+portal@%s" % (fa, la, R.choice(MAIL_DOMAINS)),
            "%s%d@%s" % (la, R.randint(100, 9999), R.choice(MAIL_DOMAINS)),
        ])
        self.handle = "%s.%s.%d" % (fa, la, R.randint(1, 9999))

    def intl(self):
        """Switch to names with non-ASCII characters (exercises escaping)."""
        self.first = R.choice([x for x in FIRST if not x.isascii()])
        self.last = R.choice([x for x in LAST if not x.isascii()])
        self._derive()
        return self

    def phone(self, style=None):
        return fmt_phone(self.phone_parts, R.randint(0, 7) if style is None else style)

    def cell(self, style=None):
        return fmt_phone(self.cell_parts, R.randint(0, 7) if style is None else style)

    def fax(self, style=None):
        return fmt_phone(self.fax_parts, R.randint(0, 7) if style is None else style)

    def dob_fmt(self, style=None):
        d = self.dob
        style = R.randint(0, 5) if style is None else style
        return [d.isoformat(), d.strftime("%m/%d/%Y"), d.strftime("%Y%m%d"),
                "%d/%d/%d" % (d.month, d.day, d.year), d.strftime("%d-%b-%Y").upper(),
                d.strftime("%B ") + "%d, %d" % (d.day, d.year)][style]


def rand_date(start_year=2023, end_year=2024):
    base = dt.date(start_year, 1, 1)
    span = (dt.date(end_year, 4, 4) - base).days
    return base + dt.timedelta(days=R.randint(0, span))


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------

class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 4, 5, 14, 2, 11, 125000, tzinfo=dt.timezone.utc)

    def tick(self):
        self.t += dt.timedelta(microseconds=R.randint(1500, 2900000))
        return self.t

    def epoch(self):
        return self.t.timestamp()


CLK = Clock()


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


# --------------------------------------------------------------------------
# families.  Each returns a list of segments (one per output line).
# `phi` says whether the block should carry PHI.
# --------------------------------------------------------------------------

def fam_redis(phi):
    t = CLK.tick()
    ts = "%d.%06d" % (int(t.timestamp()), t.microsecond)
    client = R.choice(["[0 %s:%d]" % (gen_private_ip(), R.randint(32768, 60999)),
                       "[0 127.0.0.1:%d]" % R.randint(32768, 60999),
                       "[2 unix:/var/run/redis/redis-server.sock]", "[0 lua]",
                       "[1 %s:%d]" % (gen_private_ip(), R.randint(32768, 60999))])
    head = ts + " " + client + " "

    def args(*items):
        # items: str or (str, cat) or list of pieces (single redis arg)
        out = []
        for i, it in enumerate(items):
            if i:
                out.append((" ", None))
            seg = S(it)
            out.append(('"', None))
            out.extend(smap(seg, redis_repr))
            out.append(('"', None))
        return out

    if not phi:
        k = R.randint(0, 9)
        if k == 0:
            return [S(head, args("PING"))]
        if k == 1:
            return [S(head, args("GET", "session:" + hexs(32)))]
        if k == 2:
            return [S(head, args("INCR", "ratelimit:%s:%d" % (gen_private_ip(), int(t.timestamp()) // 60)))]
        if k == 3:
            return [S(head, args("SET", "lock:claims-batch:%d" % R.randint(1000, 99999), uuid4(), "NX", "PX", "30000"))]
        if k == 4:
            return [S(head, args("EXPIRE", "patient:%d:summary" % R.randint(1000, 99999), "900"))]
        if k == 5:
            return [S(head, args("HGETALL", "encounter:%d" % R.randint(100000, 999999)))]
        if k == 6:
            return [S(head, args("EVALSHA", hexs(40), "1", "bull:hl7-inbound:wait", str(R.randint(1, 500))))]
        if k == 7:
            return [S(head, args("ZADD", "queue:fax-outbound", "%d" % int(t.timestamp() * 1000), "job:%d" % R.randint(1, 999999)))]
        if k == 8:
            return [S(head, args("SELECT", str(R.randint(0, 3))))]
        return [S(head, args("HSET", "cfg:feature_flags", "new_intake_form", "true", "version", "4.12.%d" % R.randint(0, 9)))]
    p = Person()
    if R.random() < 0.4:
        p.intl()
    k = R.randint(0, 16)
    pid = "patient:%d" % R.randint(1000, 99999)
    if k == 15:
        return [S(head, args("HSET", "autopay:%d" % R.randint(1000, 99999), "acct_no", P(p.bank, "account"), "aba_rtn",
                             R.choice(["121000358", "026009593", "021000021"]), "card_last4", p.card[-4:]))]
    if k == 16:
        return [S(head, args("SET", "checkout:%s" % uuid4(), S("{\"pan\":\"", P(p.card, "account"), "\",\"exp\":\"%02d/%02d\",\"zip\":\"" % (R.randint(1, 12), R.randint(25, 30)), P(p.zip, "zip"), "\"}"), "EX", "900"))]
    if k == 10:
        return [S(head, args("HSET", pid, "pt_fax", P(p.fax(1), "fax"), "pref_contact", "fax", "pcp", R.choice(CLINICIANS)))]
    if k == 11:
        return [S(head, args("HSET", S("device:", P(gen_imei(), "device")), "paired_mrn", P(p.mrn, "mrn"), "fw", "2.%d.%d" % (R.randint(0, 9), R.randint(0, 30))))]
    if k == 12:
        return [S(head, args("SET", S("idv:dl:", P(p.dl, "license")), "verified", "EX", "86400"))]
    if k == 13:
        return [S(head, args("HSET", "parking:permit:%d" % R.randint(100, 9999), "plate", P(gen_plate(), "vehicle"), "pt_name", P(p.first + " " + p.last, "name")))]
    if k == 14:
        p = Person(old=R.random() < 0.5)
        return [S(head, args("HSET", pid, "photo_key", P("pt-photos/%s.jpg" % uuid4(), "photo"), "age", P(str(p.age), "age" if p.age >= 90 else None)))]
    if k == 0:
        return [S(head, args("HSET", pid, "first_name", P(p.first, "name")))]
    if k == 1:
        return [S(head, args("HMSET", "pt:" + p.mrn, R.choice(["pt_fname", "fname", "firstName"]), P(p.first, "name"),
                             R.choice(["pt_lname", "lname", "lastName"]), P(p.last, "name"),
                             R.choice(["dob", "birth_dt", "DOB"]), P(p.dob_fmt(), "date")))]
    if k == 2:
        return [S(head, args("SET", S("otp:phone:", P(p.cell(3), "phone")), "%06d" % R.randint(0, 999999), "EX", "300"))]
    if k == 3:
        return [S(head, args("GET", S("user:email:", P(p.email, "email"))))]
    if k == 4:
        return [S(head, args("HSET", "member:%s" % uuid4()[:8], "mbr_id", P(p.member, "health_plan"),
                             "zip_cd", P(p.zip, "zip")))]
    if k == 5:
        return [S(head, args("SETEX", S("lookup:ssn:", P(p.ssn, "ssn")), "3600", "%d" % R.randint(1000, 99999)))]
    if k == 6:
        return [S(head, args("HSET", pid, "addr_line_1", P(p.street, "address"), "city", P(p.city, "address"),
                             "state", p.state, "zip", P(p.zip, "zip")))]
    if k == 7:
        return [S(head, args("SADD", "pending_reminders", S("sms:", P(p.cell(4), "phone"))))]
    if k == 8:
        p = Person(old=R.random() < 0.5)
        blob = S("{\"mrn\":\"", P(p.mrn, "mrn"), "\",\"name\":\"", P(p.first + " " + p.last, "name"),
                 "\",\"age\":", P(str(p.age), "age" if p.age >= 90 else None), "}")
        return [S(head, args("SET", "cache:pt_summary:%d" % R.randint(1000, 99999), blob, "EX", "600"))]
    return [S(head, args("DEL", S("rl:login:", P(p.email, "email"))))]


def fam_mysql(phi):
    t = CLK.tick()
    ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond
    tid = "%5d" % R.randint(8, 99999)
    head = ts + "\t" + tid + " "
    if not phi:
        k = R.randint(0, 6)
        if k == 0:
            return [S(head, "Connect\t%s@%s on ehr_prod using TCP/IP" % (R.choice(EMPLOYEES), gen_private_ip()))]
        if k == 1:
            return [S(head, "Quit\t")]
        if k == 2:
            return [S(head, "Query\tSELECT COUNT(*) FROM encounters WHERE created_at >= '%s'" % rand_date().isoformat())]
        if k == 3:
            return [S(head, "Query\tSET autocommit=0")]
        if k == 4:
            return [S(head, "Query\tUPDATE claim SET status='ADJUDICATED', updated_at=NOW() WHERE claim_id=%d" % R.randint(10 ** 6, 10 ** 7))]
        if k == 5:
            return [S(head, "Query\tSELECT icd10_code, description FROM dx_lookup WHERE icd10_code IN ('%s','%s')" % (R.choice(ICD), R.choice(ICD)))]
        return [S(head, "Init DB\tehr_prod")]
    p = Person()
    k = R.randint(0, 9)
    if k == 6:
        return [S(head, "Query\tINSERT INTO patient_contact (pt_id, pt_fax, pt_phone, pcp_name) VALUES (%d, '" % R.randint(1000, 999999),
                  P(p.fax(2), "fax"), "', '", P(p.phone(1), "phone"), "', '", R.choice(CLINICIANS), "')")]
    if k == 7:
        return [S(head, "Query\tINSERT INTO transport_request (pt_id, vehicle_vin, plate_no, pickup_addr) VALUES (%d, '" % R.randint(1000, 999999),
                  P(gen_vin(), "vehicle"), "', '", P(gen_plate(), "vehicle"), "', '", P(sqlq(p.street), "address"), "')")]
    if k == 8:
        return [S(head, "Query\tUPDATE patient_profile SET social_url='", P(cval(p, "url", 1)[0], "url"), "', photo_uri='",
                  P(cval(p, "photo", 1)[0], "photo"), "' WHERE pt_id=%d" % R.randint(1000, 999999))]
    if k == 9:
        return [S(head, "Query\tINSERT INTO device_assignment (mac_addr, serial_no, mrn, assigned_on) VALUES ('",
                  P(gen_mac(), "device"), "', '", P(gen_device_serial(), "device"), "', '", P(p.mrn, "mrn"), "', NOW())")]
    if k == 0:
        return [S(head, "Query\tINSERT INTO patient (fname, lname, dob, phone_no, zip_cd) VALUES ('",
                  P(sqlq(p.first), "name"), "','", P(sqlq(p.last), "name"), "','", P(p.dob.isoformat(), "date"), "','",
                  P(p.phone(0), "phone"), "','", P(p.zip, "zip"), "')")]
    if k == 1:
        return [S(head, "Query\tSELECT id, mrn FROM patient WHERE ssn = '", P(p.ssn, "ssn"), "' LIMIT 1")]
    if k == 2:
        return [S(head, "Query\tUPDATE patient_contact SET e_mail='", P(p.email, "email"), "', cell='",
                  P(p.cell(1), "phone"), "' WHERE patient_id=%d" % R.randint(1000, 999999))]
    if k == 3:
        return [S(head, "Execute\tSELECT * FROM members WHERE mbr_id = '", P(p.member, "health_plan"),
                  "' AND birth_dt = '", P(p.dob.isoformat(), "date"), "'")]
    if k == 4:
        adm = rand_date()
        return [S(head, "Query\tINSERT INTO admission (mrn, admit_dt, attending, facility) VALUES ('", P(p.mrn, "mrn"),
                  "', '", P(adm.isoformat(), "date"), "', '", R.choice(CLINICIANS), "', '", R.choice(FACILITIES), "')")]
    return [S(head, "Query\tINSERT INTO payment_method (patient_id, card_no, exp) VALUES (%d, '" % R.randint(1000, 999999),
              P(p.card, "account"), "', '%02d/%02d')" % (R.randint(1, 12), R.randint(25, 30)))]


def fam_pgcsv(phi):
    t = CLK.tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (t.microsecond // 1000)
    pid = R.randint(1000, 65000)
    sess_start = t - dt.timedelta(seconds=R.randint(5, 4000))
    sid = "%x.%x" % (int(sess_start.timestamp()), pid)
    user = R.choice(["app_rw", "etl", "reporting_ro", "postgres"])
    db = R.choice(["ehr", "claims", "portal"])
    conn = "%s:%d" % (gen_private_ip(), R.randint(32768, 60999))
    app = R.choice(["psql", "rails", "PostgreSQL JDBC Driver", "airflow", ""])

    def row(tag, sev, code, msg, detail=None, query=None):
        parts = [ts, ",\"", user, "\",\"", db, "\",%d,\"%s\",%s,%d,\"%s\",%s,%d/%d,%d,%s,%s," % (
            pid, conn, sid, R.randint(1, 40), tag, sess_start.strftime("%Y-%m-%d %H:%M:%S UTC"),
            R.randint(1, 30), R.randint(1, 99999), R.choice([0, R.randint(100000, 999999)]), sev, code)]
        parts += ["\"", smap(S(msg), csvq), "\","]
        if detail is not None:
            parts += ["\"", smap(S(detail), csvq), "\""]
        parts += [",,,,,"]
        if query is not None:
            parts += ["\"", smap(S(query), csvq), "\""]
        parts += [",,,\"%s\",\"client backend\",,0" % app]
        return S(*parts)

    if not phi:
        k = R.randint(0, 4)
        if k == 0:
            return [row("SELECT", "LOG", "00000", "duration: %.3f ms" % (R.random() * 900))]
        if k == 1:
            return [row("SELECT", "LOG", "00000", "duration: %.3f ms  execute <unnamed>: SELECT * FROM encounter WHERE patient_id = $1 AND status = $2" % (R.random() * 90),
                        "parameters: $1 = '%d', $2 = 'discharged'" % R.randint(1000, 999999))]
        if k == 2:
            return [row("idle", "LOG", "00000", "disconnection: session time: 0:%02d:%02d.%03d user=%s database=%s host=%s port=%d" % (
                R.randint(0, 59), R.randint(0, 59), R.randint(0, 999), user, db, conn.split(":")[0], R.randint(32768, 60999)))]
        if k == 3:
            return [row("UPDATE", "ERROR", "40P01", "deadlock detected",
                        "Process %d waits for ShareLock on transaction %d; blocked by process %d." % (pid, R.randint(10 ** 5, 10 ** 6), R.randint(1000, 65000)),
                        "UPDATE claim_line SET allowed_amt = 112.40 WHERE claim_id = %d" % R.randint(10 ** 6, 10 ** 7))]
        return [row("INSERT", "ERROR", "23505", "duplicate key value violates unique constraint \"encounter_pkey\"",
                    "Key (encounter_id)=(%d) already exists." % R.randint(10 ** 6, 10 ** 7))]
    p = Person()
    k = R.randint(0, 7)
    if k == 5:
        return [row("INSERT", "ERROR", "23505", "duplicate key value violates unique constraint \"idv_dl_num_key\"",
                    S("Key (dl_num, dl_state)=(", P(p.dl, "license"), ", %s) already exists." % p.state))]
    if k == 6:
        ok, ov = gen_other_id(p)
        return [row("UPDATE", "LOG", "00000", S("statement: UPDATE identity_doc SET %s = '" % ok, P(ov, "other_id"), "', verified_at = now() WHERE person_id = %d;" % R.randint(1000, 999999)))]
    if k == 7:
        return [row("INSERT", "ERROR", "22001", "value too long for type character varying(64)", None,
                    S("INSERT INTO biometric_enrollment (mrn, fp_template) VALUES ('", P(p.mrn, "mrn"), "', '", P(gen_biometric(), "biometric"), "')"))]
    if k == 0:
        return [row("INSERT", "ERROR", "23505", "duplicate key value violates unique constraint \"patients_ssn_key\"",
                    S("Key (ssn)=(", P(p.ssn, "ssn"), ") already exists."),
                    S("INSERT INTO patients (first_name, last_name, ssn) VALUES ('", P(sqlq(p.first), "name"), "', '",
                      P(sqlq(p.last), "name"), "', '", P(p.ssn, "ssn"), "')"))]
    if k == 1:
        return [row("SELECT", "LOG", "00000", S("duration: %.3f ms  execute <unnamed>: SELECT id FROM patients WHERE lower(last_name) = $1 AND dob = $2" % (R.random() * 50)),
                    S("parameters: $1 = '", P(sqlq(ascii_fold(p.last).lower()), "name"), "', $2 = '", P(p.dob.isoformat(), "date"), "'"))]
    if k == 2:
        return [row("UPDATE", "LOG", "00000", S("statement: UPDATE patients SET phone = '", P(p.phone(1), "phone"),
                                                   "', email = '", P(p.email, "email"), "' WHERE mrn = '", P(p.mrn, "mrn"), "';"))]
    if k == 3:
        return [row("INSERT", "ERROR", "22008", S("date/time field value out of range: \"", P(p.dob.strftime("%d/%m/%Y"), "date"), "\""),
                    None, S("INSERT INTO intake (mbr_id, dob) VALUES ('", P(p.member, "health_plan"), "', '",
                            P(p.dob.strftime("%d/%m/%Y"), "date"), "')"))]
    return [row("INSERT", "ERROR", "23502", "null value in column \"zip\" of relation \"address\" violates not-null constraint",
                S("Failing row contains (%d, " % R.randint(1000, 999999), P(sqlq(p.street), "address"), ", ",
                  P(p.city, "address"), ", %s, null, %s)." % (p.state, rand_date().isoformat() + " 09:1%d:00+00" % R.randint(0, 9))))]


def fam_envoy(phi):
    t = CLK.tick()
    ts = "[" + iso_ms(t) + "]"
    method = R.choice(["GET", "GET", "POST", "PUT"])
    code = R.choice([200, 200, 200, 201, 204, 304, 400, 404, 503])
    flags = "-" if code < 500 else R.choice(["UF", "UH", "URX"])
    ua = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                   "okhttp/4.12.0", "Dart/3.2 (dart:io)", "python-requests/2.31.0",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
                   "Go-http-client/2.0"])
    rid = uuid4()
    auth = R.choice(["portal-api.ehr.svc.cluster.local:8080", "api.mychart-demo.org", "fhir.internal:8443"])
    up = "%s:%d" % (gen_private_ip(), R.choice([8080, 8443, 9000]))

    def line(path_seg, xff_seg):
        return S(ts, " \"", ("GET" if plain(S(path_seg)).startswith(("/healthz", "/static")) else method), " ", path_seg, " HTTP/1.1\" %d %s %d %d %d %d \"" % (
            code, flags, R.randint(0, 900), R.randint(0, 40000), R.randint(1, 900), R.randint(1, 800)),
                 xff_seg, "\" \"", ("kube-probe/1.29" if plain(S(path_seg)) == "/healthz" else ua), "\" \"", rid, "\" \"", auth, "\" \"", up, "\"")

    if not phi:
        k = R.randint(0, 4)
        xff = R.choice(["-", gen_private_ip(), "%s, %s" % (gen_private_ip(), gen_private_ip())])
        paths = ["/healthz", "/api/v2/encounters/%d" % R.randint(10 ** 6, 10 ** 7),
                 "/api/v1/appointments?clinic_id=%d&from=%s" % (R.randint(1, 90), rand_date().isoformat()),
                 "/static/js/main.%s.js" % hexs(8), "/fhir/r4/Observation?_count=50&_since=%s" % iso_ms(t)]
        return [line(paths[k], xff)]
    p = Person()
    ua = R.choice(UAS + ["okhttp/4.12.0", "Dart/3.2 (dart:io)"])
    method = R.choice(["GET", "GET", "GET", "POST"])
    xff = S(P(p.ip, "ip")) if R.random() < 0.7 else S(P(p.ip, "ip"), ", ", gen_private_ip())
    k = R.randint(0, 6)
    if k == 5:
        path = S("/api/v1/devices/", P(gen_mac(R.choice([":", "-"]), True).replace(":", "%3A"), "device"), "/readings?since=", iso_ms(t))
    elif k == 6:
        path = S("/api/v1/claims/auto?vin=", P(gen_vin(), "vehicle"), "&accident_dt=", P(rand_date().isoformat(), "date"))
    elif k == 0:
        path = S("/api/v1/patients?mrn=", P(p.mrn, "mrn"), "&dob=", P(p.dob.isoformat(), "date"))
    elif k == 1:
        path = S("/api/v1/patients/search?lastName=", P(urlq(p.last), "name"), "&firstName=", P(urlq(p.first), "name"))
    elif k == 2:
        path = S("/portal/verify?email=", P(urlq(p.email), "email"), "&token=", hexs(24))
    elif k == 3:
        path = S("/eligibility/v1/members/", P(p.member.replace(" ", "%20"), "health_plan"), "/coverage")
    else:
        path = S("/api/v1/sms/optin?phone=", P(urlq(p.cell(3)), "phone"), "&lang=es")
    return [line(path, xff)]


# --------------------------------------------------------------------------
# generic patient-record fields (key naming varies by style)
# --------------------------------------------------------------------------

KEYS = {
    "first": ("firstName", "first_name", "pt_fname"),
    "last": ("lastName", "last_name", "pt_lname"),
    "full": ("patientName", "patient_name", "pt_nm"),
    "dob": ("birthDate", "date_of_birth", "dob"),
    "phone": ("phoneNumber", "phone_no", "ph_num"),
    "cell": ("mobilePhone", "cell_phone", "cell"),
    "fax": ("faxNumber", "fax_no", "fax"),
    "email": ("emailAddress", "email", "e_mail"),
    "addr": ("addressLine1", "addr_line_1", "addr1"),
    "city": ("city", "city", "cty"),
    "state": ("state", "state_cd", "st"),
    "zip": ("postalCode", "zip_code", "zip_cd"),
    "ssn": ("ssn", "ssn", "ss_num"),
    "mrn": ("mrn", "medical_record_number", "pt_mrn"),
    "member": ("memberId", "member_id", "mbr_id"),
    "subscriber": ("subscriberId", "subscriber_id", "sbscr_id"),
    "mbi": ("medicareBeneficiaryId", "mbi", "mbi"),
    "age": ("age", "age_years", "age"),
    "admit": ("admitDate", "admission_date", "adm_dt"),
    "disch": ("dischargeDate", "discharge_date", "dsch_dt"),
    "death": ("deathDate", "date_of_death", "dod"),
    "svc": ("serviceDate", "service_date", "svc_dt"),
    "dl": ("driversLicenseNumber", "drivers_license_no", "dl_num"),
    "vin": ("vehicleVin", "vehicle_vin", "veh_vin"),
    "plate": ("licensePlate", "license_plate", "plate_no"),
    "imei": ("deviceImei", "device_imei", "imei"),
    "mac": ("deviceMac", "device_mac", "mac_addr"),
    "serial": ("implantSerial", "device_serial_no", "dev_sn"),
    "url": ("profileUrl", "social_profile_url", "prof_url"),
    "bio": ("fingerprintTemplate", "fingerprint_template", "fp_tmpl"),
    "photo": ("photoUrl", "photo_uri", "pt_photo"),
    "card": ("cardNumber", "card_number", "cc_num"),
    "bank": ("bankAccountNumber", "bank_account_no", "acct_no"),
    "routing": ("routingNumber", "routing_number", "aba_rtn"),
    "other": ("passportNumber", "passport_no", "ppt_no"),
    "other2": ("nationalId", "national_id", "natl_id"),
    "ip": ("clientIp", "client_ip", "cli_ip"),
    "dea": ("prescriberDea", "prescriber_dea", "dea_no"),
    # non-PHI look-alikes
    "event_id": ("eventId", "event_id", "evt_id"),
    "created": ("createdAt", "created_at", "crt_ts"),
    "facility": ("facilityName", "facility_name", "fac_nm"),
    "attending": ("attendingProvider", "attending_provider", "attn_prov"),
    "prescriber": ("prescriberName", "prescriber_name", "rx_prov"),
    "npi": ("providerNpi", "provider_npi", "prov_npi"),
    "dx": ("diagnosisCode", "icd10_code", "dx_cd"),
    "drug": ("medication", "medication_name", "med_nm"),
    "row_id": ("patientId", "patient_id", "pt_id"),
    "enc_id": ("encounterId", "encounter_id", "enc_id"),
    "version": ("schemaVersion", "schema_version", "schema_ver"),
    "order_no": ("orderNumber", "order_number", "ord_no"),
    "status": ("status", "status", "sts"),
    "sex": ("gender", "sex", "sex_cd"),
    "hr": ("heartRate", "heart_rate_bpm", "hr"),
    "birth_year": ("birthYear", "birth_year", "yob"),
    "email_hash": ("emailSha256", "email_sha256", "eml_hash"),
    "count": ("recordCount", "record_count", "rec_cnt"),
}


def npi():
    body = "%09d" % R.randint(100000000, 299999999)
    body = "1" + body[1:]
    chk = luhn_check_digit("80840" + body)
    return body + chk


def dtfmt(d, style):
    if style == 0:
        return d.isoformat()
    if style == 1:
        return d.isoformat()
    return d.strftime("%Y%m%d") if R.random() < 0.5 else d.strftime("%m/%d/%Y")


def cval(p, c, style):
    """Return (value, cat) for concept c.  value may be str or int."""
    if c == "first":
        return p.first, "name"
    if c == "last":
        return p.last, "name"
    if c == "full":
        return (("%s, %s" % (p.last.upper(), p.first.upper())) if style == 2 else "%s %s" % (p.first, p.last)), "name"
    if c == "dob":
        return dtfmt(p.dob, style), "date"
    if c == "phone":
        return p.phone(R.choice([0, 1, 3])), "phone"
    if c == "cell":
        return p.cell(R.choice([1, 3, 4])), "phone"
    if c == "fax":
        return p.fax(R.choice([0, 1, 2])), "fax"
    if c == "email":
        return p.email, "email"
    if c == "addr":
        return (p.street + (" " + p.unit if p.unit else "")), "address"
    if c == "city":
        return p.city, "address"
    if c == "state":
        return p.state, None
    if c == "zip":
        return (p.zip4 if R.random() < 0.25 else p.zip), "zip"
    if c == "ssn":
        return (p.ssn if style != 2 else p.ssn.replace("-", "")), "ssn"
    if c == "mrn":
        return p.mrn, "mrn"
    if c == "member":
        return p.member, "health_plan"
    if c == "subscriber":
        return p.member.split(" ")[0], "health_plan"
    if c == "mbi":
        return p.mbi, "health_plan"
    if c == "age":
        return p.age, ("age" if p.age >= 90 else None)
    if c in ("admit", "disch", "svc", "death"):
        d = rand_date()
        if c == "disch":
            d = d + dt.timedelta(days=R.randint(1, 12))
        return dtfmt(d, style), "date"
    if c == "dl":
        return p.dl, "license"
    if c == "vin":
        return gen_vin(), "vehicle"
    if c == "plate":
        return gen_plate(), "vehicle"
    if c == "imei":
        return gen_imei(), "device"
    if c == "mac":
        return gen_mac(R.choice([":", "-"]), R.random() < 0.4), "device"
    if c == "serial":
        return gen_device_serial(), "device"
    if c == "url":
        return R.choice(["https://www.facebook.com/%s" % p.handle,
                         "https://www.instagram.com/%s/" % p.handle.replace(".", "_"),
                         "https://www.linkedin.com/in/%s-%s-%s/" % (ascii_fold(p.first).lower(), ascii_fold(p.last).lower().replace(" ", "-").replace("'", ""), hexs(6)),
                         "https://x.com/%s" % p.handle.replace(".", "")[:15]]), "url"
    if c == "bio":
        return gen_biometric(), "biometric"
    if c == "photo":
        return R.choice(["s3://ehr-patient-photos/intake/%s/%s.jpg" % (p.dob.year, uuid4()),
                         "https://cdn.portal-demo.org/pt-photos/%s_face.jpeg" % hexs(16),
                         "/var/lib/ehr/uploads/photos/%s.png" % uuid4()]), "photo"
    if c == "card":
        return fmt_card(p.card, R.random() < 0.3), "account"
    if c == "bank":
        return p.bank, "account"
    if c == "routing":
        return R.choice(["121000358", "026009593", "021000021", "111000025"]), None
    if c == "other":
        return gen_passport(), "other_id"
    if c == "other2":
        return gen_other_id(p)[1], "other_id"
    if c == "ip":
        return p.ip, "ip"
    if c == "dea":
        return dea_number(R.choice(LAST)), "license"
    # non-PHI
    if c == "event_id":
        return uuid4(), None
    if c == "created":
        return iso_ms(CLK.t), None
    if c == "facility":
        return R.choice(FACILITIES), None
    if c in ("attending", "prescriber"):
        return R.choice(CLINICIANS), None
    if c == "npi":
        return npi(), None
    if c == "dx":
        return R.choice(ICD), None
    if c == "drug":
        return R.choice(DRUGS), None
    if c in ("row_id", "enc_id"):
        return R.randint(1000, 9999999), None
    if c == "version":
        return "%d.%d.%d" % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 9)), None
    if c == "order_no":
        return "%010d" % R.randint(2000000000, 9999999999), None
    if c == "status":
        return R.choice(["ACTIVE", "PENDING", "discharged", "VERIFIED", "queued"]), None
    if c == "sex":
        return R.choice(["F", "M", "U", "female", "male"]), None
    if c == "hr":
        return R.randint(48, 131), None
    if c == "birth_year":
        return p.dob.year, None
    if c == "email_hash":
        return hashlib.sha256(p.email.encode()).hexdigest(), None
    if c == "count":
        return R.randint(0, 50000), None
    raise KeyError(c)


TOPIC_CONCEPTS = {
    "ehr.registration.v2": ["row_id", "first", "last", "dob", "sex", "phone", "cell", "email", "addr", "city", "state", "zip", "created"],
    "claims.eligibility.request": ["event_id", "member", "first", "last", "dob", "subscriber", "svc", "facility"],
    "medicare.eligibility.270": ["event_id", "mbi", "full", "dob", "zip", "npi", "svc"],
    "adt.patient.events": ["event_id", "mrn", "full", "age", "admit", "disch", "attending", "dx", "facility"],
    "rx.orders.v1": ["order_no", "mrn", "drug", "prescriber", "dea", "npi", "created"],
    "devices.telemetry.raw": ["serial", "imei", "mac", "mrn", "hr", "created"],
    "identity.verification": ["row_id", "full", "dl", "other", "ssn", "photo", "bio", "status"],
    "identity.kyc.intl": ["event_id", "first", "last", "other2", "dob", "photo", "status"],
    "biometrics.enrollment": ["row_id", "mrn", "bio", "serial", "created"],
    "patient.contact_prefs": ["event_id", "full", "dob", "fax", "phone", "attending", "dx"],
    "billing.payment_methods": ["row_id", "full", "card", "bank", "routing", "created"],
    "portal.signup": ["event_id", "email", "cell", "ip", "url", "birth_year", "version"],
    "crm.social_links": ["row_id", "full", "url", "email", "created"],
    "transport.ride_requests": ["event_id", "full", "addr", "city", "zip", "plate", "vin", "svc"],
    "mortality.registry": ["mrn", "full", "death", "age", "facility"],
}
NONPHI_TOPICS = {
    "metrics.http.requests": ["event_id", "count", "status", "version", "created"],
    "cdc.encounter.status": ["enc_id", "row_id", "status", "facility", "dx", "created"],
    "audit.batch.jobs": ["event_id", "count", "status", "created", "version"],
    "rx.formulary.updates": ["drug", "npi", "order_no", "version", "created"],
    "marketing.hashed_audience": ["email_hash", "birth_year", "sex", "count"],
}


def record(p, concepts, style, nonphi=False):
    items = []
    for c in concepts:
        v, cat = cval(p, c, style)
        items.append((KEYS[c][style], v, cat))
    return items


def pick_topic(phi):
    if phi:
        t = R.choice(sorted(TOPIC_CONCEPTS))
        return t, TOPIC_CONCEPTS[t]
    t = R.choice(sorted(NONPHI_TOPICS))
    return t, NONPHI_TOPICS[t]


def subset(concepts, keep_min=3):
    """Random subset preserving order; always keep first two concepts."""
    out = [c for i, c in enumerate(concepts) if i < 2 or R.random() < 0.75]
    return out if len(out) >= keep_min else concepts


def fam_kafka(phi):
    t = CLK.tick()
    topic, concepts = pick_topic(phi)
    p = Person(old=(topic in ("adt.patient.events", "mortality.registry") and R.random() < 0.5))
    concepts = subset(concepts)
    style = R.randint(0, 2)
    ascii_ = R.random() < 0.4
    if ascii_ and R.random() < 0.6:
        p.intl()
    payload = jobj(record(p, concepts, style), ascii_=ascii_, sp=(R.random() < 0.2))
    part = R.randint(0, 11)
    off = R.randint(1000, 9999999)
    ms = int(t.timestamp() * 1000)
    if phi and R.random() < 0.4:
        key = S(P(p.mrn, "mrn"))
    elif R.random() < 0.5:
        key = S(uuid4())
    else:
        key = None
    hdrs = [("traceparent", "00-%s-%s-01" % (hexs(32), hexs(16))),
            ("source", R.choice(["epic-bridge", "cerner-adapter", "mirth-ch-14", "intake-svc"])),
            ("content-type", "application/json"), ("schema-version", "%d" % R.randint(1, 9))]
    hdrs = hdrs[:R.randint(0, 4)]
    variant = R.randint(0, 2)
    if variant == 0:  # kcat -J
        items = [("topic", topic), ("partition", part), ("offset", off), ("tstype", "create"), ("ts", ms), ("broker", R.randint(1, 5))]
        if hdrs:
            flat = []
            for k, v in hdrs:
                flat += [k, v]
            items.append(("headers", jarr(flat)))
        items.append(("key", key if key is None else S('"', key, '"')))
        items.append(("payload", S('"', smap(payload, jesc), '"')))
        # jobj treats list values as pre-rendered segments; None as json null
        return [jobj([(k, v) for k, v in items])]
    if variant == 1:  # kcat -C -f '%t [%p] at offset %o: key %k: headers %h: %s\n'
        h = ",".join("%s=%s" % kv for kv in hdrs)
        return [S("%s [%d] at offset %d: key " % (topic, part, off), key if key is not None else "", ": headers ", h, ": ", payload)]
    # kafka-console-consumer --property print.timestamp=true print.partition=true print.offset=true print.headers=true print.key=true
    h = ",".join("%s:%s" % kv for kv in hdrs) if hdrs else "NO_HEADERS"
    return [S("CreateTime:%d\tPartition:%d\tOffset:%d\t%s\t" % (ms, part, off, h), key if key is not None else "null", "\t", payload)]


def solr_enc(s):
    out = []
    for ch in s:
        if ord(ch) < 32:
            out.append("%%%02x" % ord(ch))
        elif ch == " ":
            out.append("+")
        elif ch == "&":
            out.append("%26")
        elif ch == "%":
            out.append("%25")
        elif ch == "=":
            out.append("%3D")
        elif ch == "+":
            out.append("%2B")
        else:
            out.append(ch)
    return "".join(out)


def es_match(field, value, cat):
    return jobj([(field, jobj([("query", value, cat), ("operator", "OR"), ("prefix_length", 0), ("max_expansions", 50),
                               ("fuzzy_transpositions", True), ("lenient", False), ("zero_terms_query", "NONE"),
                               ("auto_generate_synonyms_phrase_query", True), ("boost", 1.0)]))])


def es_term(field, value, cat):
    return jobj([(field, jobj([("value", value, cat), ("boost", 1.0)]))])


def es_range(field, lo, hi, cat):
    return jobj([(field, jobj([("from", lo, cat), ("to", hi, cat), ("include_lower", True), ("include_upper", True), ("boost", 1.0)]))])


def es_source(p, phi):
    must, filt = [], []
    if phi:
        style = R.randint(0, 2)
        k = R.randint(0, 3)
        if k == 0:
            must.append(jobj([("match", es_match(KEYS["last"][style], p.last, "name"))]))
            filt.append(jobj([("term", es_term(KEYS["dob"][style], p.dob.isoformat(), "date"))]))
        elif k == 1:
            must.append(jobj([("match", es_match(KEYS["full"][style], p.first + " " + p.last, "name"))]))
            d = p.dob.isoformat()
            filt.append(jobj([("range", es_range("dob", d, d, "date"))]))
        elif k == 2:
            must.append(jobj([("match", es_match(KEYS["first"][style], p.first, "name"))]))
            must.append(jobj([("match", es_match(KEYS["last"][style], p.last, "name"))]))
            filt.append(jobj([("term", es_term(KEYS["zip"][style] + ".keyword", p.zip, "zip"))]))
        else:
            must.append(jobj([("term", es_term(KEYS["mrn"][style] + ".keyword", p.mrn, "mrn"))]))
    else:
        must.append(jobj([("term", es_term("status", R.choice(["active", "discharged", "pending"]), None))]))
        filt.append(jobj([("range", es_range("updated_at", "now-%dd/d" % R.randint(1, 30), "now/d", None))]))
    bitems = [("must", jarr(must))]
    if filt:
        bitems.append(("filter", jarr(filt)))
    bitems += [("adjust_pure_negative", True), ("boost", 1.0)]
    q = jobj([("bool", jobj(bitems))])
    items = [("size", R.choice([10, 20, 50])), ("query", q)]
    if R.random() < 0.5:
        items.append(("_source", jobj([("includes", jarr(["mrn", "first_name", "last_name", "dob"])), ("excludes", jarr([]))])))
    if R.random() < 0.4:
        items.append(("sort", jarr([jobj([("_score", jobj([("order", "desc")]))])])))
    return jobj(items)


def fam_es(phi):
    t = CLK.tick()
    p = Person()
    node = "es-data-%d" % R.randint(0, 5)
    idx = R.choice(["patients-v3", "patient_index_2024.03", "members", "ehr-person-search"])
    shard = R.randint(0, 5)
    took = R.randint(500, 9000)
    variant = R.randint(0, 2)
    if variant == 2:  # indexing slowlog with document source
        style = R.randint(0, 2)
        if phi:
            doc = jobj(record(p, subset(["row_id", "first", "last", "dob", "phone", "addr", "city", "zip", "mrn", "created"]), style))
        else:
            doc = jobj(record(p, ["enc_id", "status", "facility", "dx", "created"], style))
        ts = t.strftime("%Y-%m-%dT%H:%M:%S,") + "%03d" % (t.microsecond // 1000)
        return [S("[%s][WARN ][%-25s] [%s] [%s/%s] took[%.1fms], took_millis[%d], type[_doc], id[%d], routing[], source[" % (
            ts, "i.i.s.index", node, idx, base64.urlsafe_b64encode(bytes(R.randint(0, 255) for _ in range(16))).decode().rstrip("="),
            took / 10, took // 10, R.randint(1000, 9999999)), doc, "]")]
    src = es_source(p, phi)
    if variant == 0:
        ts = t.strftime("%Y-%m-%dT%H:%M:%S,") + "%03d" % (t.microsecond // 1000)
        return [S("[%s][WARN ][%-25s] [%s] [%s][%d] took[%.1fs], took_millis[%d], total_hits[%d hits], types[], stats[], search_type[QUERY_THEN_FETCH], total_shards[%d], source[" % (
            ts, "i.s.s.query", node, idx, shard, took / 1000, took, R.randint(0, 40), R.choice([1, 3, 5, 6])), src, "], id[], ")]
    # 8.x ECS JSON slowlog
    items = [("@timestamp", iso_ms(t)), ("log.level", "WARN"), ("elasticsearch.slowlog.id", None),
             ("elasticsearch.slowlog.message", "[%s][%d]" % (idx, shard)),
             ("elasticsearch.slowlog.search_type", "QUERY_THEN_FETCH"),
             ("elasticsearch.slowlog.source", S('"', smap(src, jesc), '"')),
             ("elasticsearch.slowlog.stats", "[]"), ("elasticsearch.slowlog.took", "%.1fs" % (took / 1000)),
             ("elasticsearch.slowlog.took_millis", took), ("elasticsearch.slowlog.total_hits", "%d hits" % R.randint(0, 40)),
             ("elasticsearch.slowlog.total_shards", R.choice([1, 3, 5])), ("ecs.version", "1.2.0"), ("service.name", "ES_ECS"),
             ("event.dataset", "elasticsearch.index_search_slowlog"),
             ("process.thread.name", "elasticsearch[%s][search][T#%d]" % (node, R.randint(1, 12))),
             ("log.logger", "index.search.slowlog.query"), ("elasticsearch.node.name", node),
             ("elasticsearch.cluster.name", "ehr-search")]
    return [jobj(items)]


def fam_solr(phi):
    t = CLK.tick()
    p = Person()
    coll = R.choice(["patients", "members", "providers", "encounters"])
    core = "%s_shard%d_replica_n%d" % (coll, R.randint(1, 3), R.randint(1, 6))
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    head = "%s INFO  (qtp%d-%d) [c:%s s:shard%s r:core_node%d x:%s] o.a.s.c.S.Request [%s]  webapp=/solr path=/select params={" % (
        ts, R.randint(10 ** 8, 2 * 10 ** 9), R.randint(10, 300), coll, core.split("_shard")[1][0], R.randint(1, 9), core, core)
    tail = "} hits=%d status=0 QTime=%d" % (R.randint(0, 30), R.randint(0, 400))

    def e(s, cat=None):
        return (solr_enc(s), cat)

    extra = "&fl=id,mrn,score&rows=%d&wt=json" % R.choice([10, 20, 100])
    if not phi:
        q = R.choice(["*:*", "status:active AND facility_id:%d" % R.randint(1, 90), "npi:%s" % npi(),
                      "updated_at:[NOW-1DAY TO NOW]", "specialty:\"cardiology\""])
        return [S(head, "q=", e(q), extra, "&_=%d" % int(t.timestamp() * 1000), tail)]
    k = R.randint(0, 3)
    if k == 0:
        q = S("last_name:", e(p.last, "name"), "+AND+birth_date:\"", e(p.dob.isoformat(), "date"), "\"")
    elif k == 1:
        q = S("pt_fname:", e(p.first, "name"), "+AND+pt_lname:", e(p.last, "name"))
    elif k == 2:
        q = S("phone_no:\"", e(p.phone(R.choice([1, 3])), "phone"), "\"")
    else:
        q = S("e_mail:\"", e(p.email, "email"), "\"+OR+mbr_id:", e(p.member.split(" ")[0], "health_plan"))
    if R.random() < 0.4:
        return [S(head, "q=", q, "&defType=edismax&qf=", solr_enc("last_name^2 first_name"), extra, tail)]
    return [S(head, "q=", q, extra, tail)]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"]


def fam_modsec(phi):
    t = CLK.tick()
    p = Person()
    if phi and R.random() < 0.6:
        p.last = R.choice(["O'Brien", "D'Souza", "N'Diaye", "O'Connor"])
    bid = hexs(8)
    uid = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@-") for _ in range(27))
    host = R.choice(["portal.mercyhealth-demo.org", "intake.lakesideclinic-demo.com", "pay.stvincent-demo.org"])
    mark = lambda s: "--%s-%s--" % (bid, s)
    client = S(P(p.ip, "ip")) if phi else S(gen_private_ip())
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S.") + "%06d +0000]" % t.microsecond
    style = R.randint(0, 2)
    out = [S(mark("A")), S(ts, " ", uid, " ", client, " %d %s 443" % (R.randint(32768, 65000), gen_private_ip())), S(mark("B"))]
    sqli_line = None
    if phi:
        path = R.choice(["/patient-portal/register", "/intake/submit", "/billing/update-payment", "/appointments/request"])
        concepts = R.choice([["first", "last", "dob", "email", "phone", "addr", "city", "state", "zip"],
                             ["first", "last", "dob", "email", "phone", "addr", "city", "state", "zip"],
                             ["full", "dob", "member", "cell", "email"],
                             ["full", "card", "zip", "email"],
                             ["first", "last", "ssn", "dob", "dl", "fax"]])
        concepts = subset(concepts)
        body = []
        for i, c in enumerate(concepts):
            v, cat = cval(p, c, style)
            if i:
                body.append(("&", None))
            body.append((KEYS[c][style] + "=", None))
            body.append((formq(str(v)), cat))
        body += [("&csrf_token=%s&submit=Submit" % hexs(32), None)]
        if "'" in p.last and R.random() < 0.9:
            sqli_line = (KEYS["last"][style] if "last" in concepts else KEYS["full"][style], p.last)
    else:
        path = R.choice(["/search", "/login", "/wp-login.php", "/api/v1/feedback"])
        body = S(R.choice(["q=%27+UNION+SELECT+username%2Cpassword+FROM+users--&page=1",
                           "log=admin&pwd=%s&wp-submit=Log+In" % hexs(10),
                           "rating=4&comment=wait+times+were+long&visit_type=telehealth",
                           "id=1%%27%%20OR%%20%%271%%27%%3D%%271&sort=%s" % R.choice(["asc", "desc"])]))
    blen = len(plain(body).encode())
    out += [S("POST %s HTTP/1.1" % path), S("Host: %s" % host), S("User-Agent: %s" % R.choice(UAS)),
            S("Content-Type: application/x-www-form-urlencoded"), S("Content-Length: %d" % blen)]
    if R.random() < 0.5:
        out.append(S("Cookie: PHPSESSID=%s; _ga=GA1.2.%d.%d" % (hexs(26), R.randint(10 ** 8, 10 ** 9), int(t.timestamp()) - R.randint(0, 10 ** 7))))
    if phi and R.random() < 0.4:
        out.append(S("X-Forwarded-For: ", P(p.ip, "ip")))
    out += [S(mark("C")), S(body), S(mark("F"))]
    blocked = phi and sqli_line is not None or (not phi and R.random() < 0.6)
    out += [S("HTTP/1.1 403 Forbidden" if blocked else "HTTP/1.1 200 OK"),
            S("Content-Type: text/html; charset=iso-8859-1" if blocked else "Content-Type: text/html; charset=UTF-8"),
            S(mark("H"))]
    if sqli_line is not None:
        key, val = sqli_line
        out.append(S("Message: Warning. Found %d byte(s) in ARGS:%s outside range: 38,44-46,48-58,61,65-90,95,97-122. [file \"/usr/share/modsecurity-crs/rules/REQUEST-920-PROTOCOL-ENFORCEMENT.conf\"] [line \"1763\"] [id \"920273\"] [msg \"Invalid character in request (outside of very strict set)\"] [data \"ARGS:%s=" % (val.count("'") + val.count(" "), key, key),
                     P(val, "name"), "\"] [severity \"CRITICAL\"] [ver \"OWASP_CRS/3.3.5\"] [tag \"application-multi\"] [tag \"paranoia-level/4\"] [hostname \"%s\"] [uri \"%s\"] [unique_id \"%s\"]" % (host, path, uid)))
    if not blocked:
        out.append(S("Message: Warning. Match of \"eq 0\" against \"REQUEST_HEADERS:Accept\" required. [file \"/usr/share/modsecurity-crs/rules/REQUEST-920-PROTOCOL-ENFORCEMENT.conf\"] [line \"1247\"] [id \"920300\"] [msg \"Request Missing an Accept Header\"] [severity \"NOTICE\"] [ver \"OWASP_CRS/3.3.5\"] [tag \"application-multi\"] [tag \"paranoia-level/2\"] [hostname \"%s\"] [uri \"%s\"] [unique_id \"%s\"]" % (host, path, uid)))
    if blocked:
        out.append(S("Message: Access denied with code 403 (phase 2). Operator GE matched 5 at TX:anomaly_score. [file \"/usr/share/modsecurity-crs/rules/REQUEST-949-BLOCKING-EVALUATION.conf\"] [line \"93\"] [id \"949110\"] [msg \"Inbound Anomaly Score Exceeded (Total Score: %d)\"] [severity \"CRITICAL\"] [ver \"OWASP_CRS/3.3.5\"] [tag \"application-multi\"] [tag \"language-multi\"] [tag \"platform-multi\"] [tag \"attack-generic\"] [hostname \"%s\"] [uri \"%s\"] [unique_id \"%s\"]" % (R.choice([5, 8, 10, 15]), host, path, uid)))
    out += [S("Apache-Handler: proxy-server"),
            S("Stopwatch: %d%06d %d (- - -)" % (int(t.timestamp()), t.microsecond, R.randint(800, 90000))),
            S("Producer: ModSecurity for Apache/2.9.7 (http://www.modsecurity.org/); OWASP_CRS/3.3.5."),
            S("Server: Apache"), S("Engine-Mode: \"ENABLED\""), S(mark("Z"))]
    return out


def fam_curl(phi):
    p = Person()
    host = R.choice(["api.eligibility-demo.com", "fhir.payer-sandbox.net", "hooks.sms-gateway-demo.io", "idv.verify-demo.com"])
    sip = R.choice(["52.%d.%d.%d", "34.%d.%d.%d", "13.%d.%d.%d", "104.18.%d.%d"])
    sip = sip % tuple(R.randint(1, 254) for _ in range(sip.count("%d")))
    h2 = R.random() < 0.5
    proto = "HTTP/2" if h2 else "HTTP/1.1"
    style = R.randint(0, 2)
    tok = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + base64.urlsafe_b64encode(bytes(R.randint(0, 255) for _ in range(24))).decode().rstrip("=")
    out = []
    method = "POST"
    body = None
    if phi:
        k = R.randint(0, 3)
        if k == 0:
            path = "/v2/members/search"
            body = jobj(record(p, [R.choice(["member", "mbi", "subscriber"]), "first", "last", "dob"], style))
        elif k == 1:
            path = "/v1/messages"
            body = jobj([("to", p.cell(3), "phone"), ("from", "+1%s" % "".join(nanp_parts("833"))), ("body", "Reminder: appointment tomorrow 9:30 AM")])
        elif k == 2:
            path = "/v1/identity/verify"
            body = jobj(record(p, ["full", "ssn", "dob", "dl", "addr", "zip"], style))
        else:
            method = "GET"
            path = S("/fhir/Patient?family=", P(urlq(p.last), "name"), "&birthdate=", P(p.dob.isoformat(), "date"))
    else:
        k = R.randint(0, 2)
        if k == 0:
            method, path = "GET", "/health"
        elif k == 1:
            method, path = "GET", "/fhir/metadata"
        else:
            path = "/v1/batches/%d/ack" % R.randint(1000, 99999)
            body = jobj([("batchId", R.randint(1000, 99999)), ("status", "received"), ("count", R.randint(1, 999))])
    url_seg = S("https://", host, path)
    cmd = S("+ curl -v -X %s " % method, "'", url_seg, "'", " -H 'Authorization: Bearer $TOKEN'")
    if body is not None:
        cmd = S(cmd, " -H 'Content-Type: application/json' -d '", body, "'")
    if (phi and (body is not None or method == "GET")) or R.random() < 0.5:
        out.append(cmd)
    out += [S("*   Trying %s:443..." % sip), S("* Connected to %s (%s) port 443" % (host, sip)),
            S("* ALPN: curl offers h2,http/1.1"),
            S("* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS"),
            S("* ALPN: server accepted %s" % ("h2" if h2 else "http/1.1"))]
    out += [S("> %s " % method, path, " %s" % proto), S("> Host: %s" % host), S("> User-Agent: curl/8.5.0"), S("> Accept: */*"),
            S("> Authorization: Bearer %s" % tok)]
    if phi and R.random() < 0.35:
        out.append(S("> X-Patient-MRN: ", P(p.mrn, "mrn")))
    if body is not None:
        out += [S("> Content-Type: application/json"), S("> Content-Length: %d" % len(plain(body).encode()))]
    out.append(S("> "))
    if body is not None:
        out.append(S("* upload completely sent off: %d bytes" % len(plain(body).encode())))
    code = R.choice([200, 200, 201, 400, 422])
    out += [S("< %s %d %s" % (proto, code, "" if h2 else {200: "OK", 201: "Created", 400: "Bad Request", 422: "Unprocessable Entity"}[code])),
            S("< content-type: application/json"), S("< x-request-id: %s" % uuid4()), S("< ")]
    if phi and R.random() < 0.6:
        resp = jobj([("resourceType", "Bundle"), ("total", 1), ("id", uuid4()),
                     ("match", jobj(record(p, ["mrn", "first", "last", "dob", "zip"], R.randint(0, 2))))])
    else:
        resp = jobj([("status", "ok" if code < 300 else "error"), ("requestId", uuid4()), ("elapsedMs", R.randint(3, 900))])
    out += [resp, S("* Connection #0 to host %s left intact" % host)]
    return out


def fam_caddy(phi):
    t = CLK.tick()
    p = Person()
    ipseg = S(P(p.ip, "ip")) if phi else S(gen_private_ip())
    host = R.choice(["portal.mercyhealth-demo.org", "telehealth.lakeside-demo.com", "records.stvincent-demo.org"])
    uri = S(R.choice(["/", "/assets/app.%s.css" % hexs(8), "/api/v1/appointments?clinic=%d" % R.randint(1, 50), "/login"]))
    user_id = S("")
    if phi:
        k = R.randint(0, 3)
        if k == 0:
            uri = S("/api/v1/patients/lookup?dob=", P(p.dob.isoformat(), "date"), "&zip=", P(p.zip, "zip"))
        elif k == 1:
            uri = S("/records/download?mrn=", P(p.mrn, "mrn"), "&format=pdf")
        elif k == 2:
            user_id = S(P(p.email, "email"))
        else:
            uri = S("/account/recover?phone=", P(urlq(p.cell(3)), "phone"))
    qip = S('"', ipseg, '"')
    hdrs = [("User-Agent", jarr([R.choice(UAS)])), ("Accept", jarr(["*/*"]))]
    if phi and R.random() < 0.35:
        v, c = cval(p, "url", 0)
        hdrs.append(("Referer", jarr([(v, c)])))
    elif R.random() < 0.3:
        hdrs.append(("Referer", jarr(["https://%s/login" % host])))
    hdrs.append(("Cookie", jarr(["REDACTED"])))
    req = jobj([("remote_ip", qip), ("remote_port", S('"%d"' % R.randint(1024, 65000))), ("client_ip", qip),
                ("proto", "HTTP/2.0"), ("method", "GET"), ("host", host), ("uri", S('"', uri, '"')),
                ("headers", jobj(hdrs)),
                ("tls", jobj([("resumed", False), ("version", 772), ("cipher_suite", 4865), ("proto", "h2"), ("server_name", host)]))])
    items = [("level", "info"), ("ts", round(t.timestamp(), 7)), ("logger", "http.log.access.log0"), ("msg", "handled request"),
             ("request", req), ("bytes_read", 0), ("user_id", S('"', user_id, '"')), ("duration", round(R.random() / 10, 9)),
             ("size", R.randint(0, 80000)), ("status", R.choice([200, 200, 304, 404, 401])),
             ("resp_headers", jobj([("Server", jarr(["Caddy"])), ("Content-Type", jarr(["application/json"]))]))]
    return [jobj(items)]


def fam_traefik(phi):
    t = CLK.tick()
    p = Person()
    ip = S(P(p.ip, "ip")) if phi else S(gen_private_ip())
    port = R.randint(1024, 65000)
    path = S("/api/v2/status")
    if phi:
        k = R.randint(0, 3)
        if k == 0:
            path = S("/api/v1/members?mbr_id=", P(p.member.split(" ")[0], "health_plan"))
        elif k == 1:
            path = S("/portal/profile/", P(urlq(p.email, safe="@"), "email"))
        elif k == 2:
            path = S("/api/v1/patients?ssn=", P(p.ssn, "ssn"))
        else:
            path = S("/static/app.js")
    else:
        path = S(R.choice(["/api/v2/status", "/metrics", "/api/v1/encounters/%d" % R.randint(10 ** 5, 10 ** 7), "/favicon.ico"]))
    dur = R.randint(10 ** 5, 9 * 10 ** 8)
    start = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%03dZ" % (t.microsecond, R.randint(0, 999))
    q = lambda seg: S('"', seg, '"')
    items = [("ClientAddr", q(S(ip, ":%d" % port))), ("ClientHost", q(ip)), ("ClientPort", "%d" % port),
             ("ClientUsername", "-"), ("DownstreamContentSize", R.randint(0, 50000)), ("DownstreamStatus", 200),
             ("Duration", dur), ("OriginContentSize", R.randint(0, 50000)), ("OriginDuration", dur - R.randint(0, 10 ** 5)),
             ("OriginStatus", 200), ("Overhead", R.randint(10 ** 4, 10 ** 5)), ("RequestAddr", "portal.example-health.org"),
             ("RequestContentSize", 0), ("RequestCount", R.randint(1, 99999)), ("RequestHost", "portal.example-health.org"),
             ("RequestMethod", "GET"), ("RequestPath", q(path)), ("RequestPort", "-"), ("RequestProtocol", "HTTP/2.0"),
             ("RequestScheme", "https"), ("RetryAttempts", 0), ("RouterName", "portal@docker"),
             ("ServiceAddr", "%s:8080" % gen_private_ip()), ("ServiceName", "portal@docker"),
             ("ServiceURL", "http://%s:8080" % gen_private_ip()), ("StartLocal", start), ("StartUTC", start),
             ("entryPointName", "websecure"), ("level", "info"), ("msg", ""), ("time", t.strftime("%Y-%m-%dT%H:%M:%SZ"))]
    return [jobj(items)]


def pyrepr_piece(v, cat):
    r = repr(v)
    return S(r[0], (r[1:-1], cat), r[-1]) if (cat and r[1:-1]) else S(r)


def fam_spark_show(phi):
    style = R.randint(1, 2)
    if True:  # df.show()
        if phi:
            ps = [Person() for _ in range(R.randint(1, 4))]
            cols = [KEYS["first"][style], KEYS["last"][style], KEYS["dob"][style], KEYS["zip"][style]]
            rows = [[(x.first, "name"), (x.last, "name"), (x.dob.isoformat(), "date"), (x.zip, "zip")] for x in ps]
        else:
            cols = ["facility_id", "month", "admits", "avg_los"]
            rows = [[(str(R.randint(1, 90)), None), ("2024-%02d" % R.randint(1, 3), None), (str(R.randint(10, 900)), None),
                     ("%.2f" % (R.random() * 9), None)] for _ in range(R.randint(1, 4))]
        w = [max([len(c)] + [len(r[i][0]) for r in rows]) for i, c in enumerate(cols)]
        sep = "+" + "+".join("-" * x for x in w) + "+"
        out = [S(sep), S("|" + "|".join(c.rjust(w[i]) for i, c in enumerate(cols)) + "|"), S(sep)]
        for r in rows:
            seg = ["|"]
            for i, (v, cat) in enumerate(r):
                seg += [" " * (w[i] - len(v)), (v, cat), "|"]
            out.append(S(*seg))
        out.append(S(sep))
        if R.random() < 0.4:
            out.append(S("only showing top %d rows" % len(rows)))
        return out


def fam_spark(phi):
    p = Person()
    style = R.randint(1, 2)
    if phi:
        d = p.dob
        k = R.randint(0, 4)
        if k == 3:
            return [S("Row(", KEYS["row_id"][style], "=%d, " % R.randint(1000, 999999), KEYS["bio"][style], "=",
                      pyrepr_piece(gen_biometric(), "biometric"), ", ", KEYS["photo"][style], "=", pyrepr_piece(cval(p, "photo", 1)[0], "photo"),
                      ", ", KEYS["other"][style], "=", pyrepr_piece(gen_passport(), "other_id"), ")")]
        if k == 4:
            dd = rand_date()
            return [S("Row(", KEYS["mrn"][style], "=", pyrepr_piece(p.mrn, "mrn"), ", ", KEYS["death"][style], "=datetime.date(",
                      P("%d, %d, %d" % (dd.year, dd.month, dd.day), "date"), "), ", KEYS["serial"][style], "=",
                      pyrepr_piece(gen_device_serial(), "device"), ", ", KEYS["dl"][style], "=", pyrepr_piece(p.dl, "license"), ")")]
        if k == 0:
            seg = S("Row(", KEYS["row_id"][style], "=%d, " % R.randint(1000, 999999), KEYS["first"][style], "=",
                    pyrepr_piece(p.first, "name"), ", ", KEYS["last"][style], "=", pyrepr_piece(p.last, "name"), ", ",
                    KEYS["dob"][style], "=datetime.date(", P("%d, %d, %d" % (d.year, d.month, d.day), "date"), "), ",
                    KEYS["zip"][style], "=", pyrepr_piece(p.zip, "zip"), ")")
        elif k == 1:
            p = Person(old=R.random() < 0.5)
            a = rand_date()
            seg = S("Row(", KEYS["mrn"][style], "=", pyrepr_piece(p.mrn, "mrn"), ", admit_ts=datetime.datetime(",
                    P("%d, %d, %d, %d, %d" % (a.year, a.month, a.day, R.randint(0, 23), R.randint(1, 59)), "date"),
                    "), ", KEYS["age"][style], "=", P(str(p.age), "age" if p.age >= 90 else None), ", ", KEYS["dx"][style], "=",
                    repr(R.choice(ICD)), ", ", KEYS["attending"][style], "=", repr(R.choice(CLINICIANS)), ")")
        else:
            seg = S("Row(", KEYS["member"][style], "=", pyrepr_piece(p.member, "health_plan"), ", ", KEYS["email"][style], "=",
                    pyrepr_piece(p.email, "email"), ", ", KEYS["cell"][style], "=", pyrepr_piece(p.cell(1), "phone"), ", ",
                    KEYS["addr"][style], "=", pyrepr_piece(p.street, "address"), ", ", KEYS["city"][style], "=",
                    pyrepr_piece(p.city, "address"), ")")
        if R.random() < 0.3:
            seg = S("[", seg, ", Row(", KEYS["row_id"][style], "=%d, " % R.randint(1000, 999999), KEYS["first"][style], "=None)]")
        return [seg]
    k = R.randint(0, 2)
    if k == 0:
        return [S("Row(facility_id=%d, admit_month=datetime.date(2024, %d, 1), n_admits=%d, avg_los=%.4f)" % (
            R.randint(1, 90), R.randint(1, 3), R.randint(10, 900), R.random() * 9))]
    if k == 1:
        return [S("Row(batch_id='%s', rows_written=%d, source_file='s3://ehr-landing/adt/2024/04/05/part-%05d-%s.snappy.parquet')" % (
            uuid4(), R.randint(1, 10 ** 6), R.randint(0, 199), uuid4()))]
    return [S("Row(icd10_code='%s', n=%d, pct=%.3f)" % (R.choice(ICD), R.randint(1, 5000), R.random()))]


def fam_dbt(phi):
    t = CLK.tick()
    hh = t.strftime("%H:%M:%S")
    n_total = R.randint(8, 40)
    i = R.randint(1, n_total)
    model = R.choice(["stg_patients", "stg_members", "int_encounters", "dim_patient", "stg_contacts"])
    style = R.randint(1, 2)
    out = []
    if not phi:
        test = R.choice(["unique_%s_%s" % (model, R.choice(["patient_id", "encounter_id"])),
                         "not_null_%s_created_at" % model, "relationships_%s_facility_id__facility_id__ref_dim_facility_" % model])
        dots = "." * max(3, 62 - len(test))
        out.append(S("%s  %d of %d START test %s %s [RUN]" % (hh, i, n_total, test, dots)))
        if R.random() < 0.6:
            out.append(S("%s  %d of %d PASS %s %s [PASS in %.2fs]" % (hh, i, n_total, test, "." * max(3, 62 - len(test) - 1), R.random() * 3)))
        else:
            out.append(S("%s  Finished running %d tests in 0 hours 0 minutes and %.2f seconds (%.2fs)." % (hh, n_total, R.random() * 60, R.random() * 60)))
            out.append(S("%s  Done. PASS=%d WARN=0 ERROR=0 SKIP=0 TOTAL=%d" % (hh, n_total, n_total)))
        return out
    kind = R.randint(0, 2)
    if kind == 0:
        col = KEYS["member"][style]
        test = "unique_%s_%s" % (model, col)
    elif kind == 1:
        col = KEYS["ssn"][style]
        test = "unique_%s_%s" % (model, col)
    else:
        col = KEYS["zip"][style]
        test = "accepted_values_%s_%s" % (model, col)
    nfail = R.randint(1, 3)
    out.append(S("%s  %d of %d FAIL %d %s %s [FAIL %d in %.2fs]" % (hh, i, n_total, nfail, test, "." * max(3, 58 - len(test)), nfail, R.random() * 3)))
    out.append(S("%s  Failure in test %s (models/staging/_%s.yml)" % (hh, test, model)))
    out.append(S("%s    Got %d result%s, configured to fail if != 0" % (hh, nfail, "" if nfail == 1 else "s")))
    out.append(S("%s    compiled Code at target/compiled/ehr_analytics/models/staging/_%s.yml/%s.sql" % (hh, model, test)))
    # rows from `dbt show --inline "select * from dbt_test__audit.<test>"`
    out.append(S("%s  Previewing inline node:" % hh))
    ps = [Person() for _ in range(nfail)]
    if kind in (0, 1):
        vals = [((x.member.split(" ")[0] if kind == 0 else x.ssn), "health_plan" if kind == 0 else "ssn") for x in ps]
        hdr = ["unique_field", "n_records"]
        rows = [[v, (str(R.randint(2, 4)), None)] for v in vals]
    else:
        hdr = [KEYS["row_id"][style], KEYS["last"][style], col]
        rows = [[(str(R.randint(1000, 999999)), None), (x.last, "name"), (x.zip.lstrip("0") if x.zip.startswith("0") else (x.zip4 if R.random() < 0.5 else x.zip[:4]), "zip")] for x in ps]
    numeric = [all(r[j][0].isdigit() and r[j][1] is None for r in rows) for j in range(len(hdr))]
    w = [max([len(h)] + [len(r[j][0]) for r in rows]) for j, h in enumerate(hdr)]
    out.append(S("| " + " | ".join(h.ljust(w[j]) for j, h in enumerate(hdr)) + " |"))
    out.append(S("| " + " | ".join("-" * w[j] for j in range(len(hdr))) + " |"))
    for r in rows:
        seg = ["| "]
        for j, (v, cat) in enumerate(r):
            if j:
                seg.append(" | ")
            pad = " " * (w[j] - len(v))
            seg += ([pad, (v, cat)] if numeric[j] else [(v, cat), pad])
        seg.append(" |")
        out.append(S(*seg))
    return out


def fam_pandas(phi):
    style = R.randint(1, 2)
    n = R.randint(2, 5)
    if phi:
        ps = [Person(old=R.random() < 0.3) for _ in range(n)]
        layout = R.randint(0, 3)
        if layout == 3:
            cols = [KEYS["row_id"][style], KEYS["imei"][style], KEYS["mac"][style], KEYS["plate"][style], KEYS["fax"][style]]
            rows = [[(str(R.randint(1000, 99999)), None), (gen_imei(), "device"), (gen_mac(), "device"), (gen_plate(), "vehicle"), (x.fax(1), "fax")] for x in ps]
        elif layout == 0:
            cols = [KEYS["row_id"][style], KEYS["first"][style], KEYS["last"][style], KEYS["dob"][style], KEYS["zip"][style]]
            rows = [[(str(R.randint(1000, 99999)), None), (x.first, "name"), (x.last, "name"), (x.dob.isoformat(), "date"), (x.zip, "zip")] for x in ps]
        elif layout == 1:
            cols = [KEYS["mrn"][style], KEYS["phone"][style], KEYS["email"][style], KEYS["age"][style]]
            rows = [[(x.mrn, "mrn"), (x.phone(1), "phone"), (x.email, "email"), (str(x.age), "age" if x.age >= 90 else None)] for x in ps]
        else:
            cols = [KEYS["member"][style], KEYS["admit"][style], KEYS["disch"][style], KEYS["dx"][style], "los_days"]
            rows = []
            for x in ps:
                a = rand_date()
                d = a + dt.timedelta(days=R.randint(1, 15))
                rows.append([((x.member.split(" ")[0] if R.random() < 0.6 else (x.mbi if R.random() < 0.5 else gen_mbi(True))), "health_plan"), (a.isoformat(), "date"), (d.isoformat(), "date"),
                             (R.choice(ICD), None), (str((d - a).days), None)])
        # sprinkle a missing value
        if R.random() < 0.3:
            r = R.randrange(len(rows))
            c = R.choice([j for j in range(len(cols)) if rows[r][j][1] is not None])
            rows[r][c] = ("NaT" if rows[r][c][1] == "date" else R.choice(["None", "NaN"]), None)
    else:
        cols = R.choice([["facility", "admits", "readmit_rate"], ["icd10_code", "n_patients", "median_los"],
                         ["run_date", "rows_in", "rows_out", "dropped"]])
        rows = []
        for _ in range(n):
            if cols[0] == "facility":
                rows.append([(R.choice(FACILITIES), None), (str(R.randint(10, 5000)), None), ("%.4f" % R.random(), None)])
            elif cols[0] == "icd10_code":
                rows.append([(R.choice(ICD), None), (str(R.randint(1, 9000)), None), ("%.1f" % (R.random() * 10), None)])
            else:
                a = R.randint(1000, 10 ** 6)
                b = a - R.randint(0, 500)
                rows.append([(rand_date().isoformat(), None), (str(a), None), (str(b), None), (str(a - b), None)])
    idx = [str(i) for i in range(len(rows))]
    if R.random() < 0.3:
        start = R.randint(0, 5000)
        idx = []
        for _ in range(len(rows)):
            start += R.randint(1, 9)
            idx.append(str(start))
    iw = max(len(x) for x in idx)
    w = [max([len(c)] + [len(r[j][0]) for r in rows]) for j, c in enumerate(cols)]
    out = [S(" " * iw + "".join("  " + c.rjust(w[j]) for j, c in enumerate(cols)))]
    for ix, r in zip(idx, rows):
        seg = [ix.ljust(iw)]
        for j, (v, cat) in enumerate(r):
            seg += ["  " + " " * (w[j] - len(v)), (v, cat)]
        out.append(S(*seg))
    return out


SINGLE_FAMILIES = [
    ("redis_monitor", fam_redis, 9),
    ("mysql_general", fam_mysql, 7),
    ("postgres_csvlog", fam_pgcsv, 7),
    ("envoy_access", fam_envoy, 7),
    ("kafka_consumer", fam_kafka, 12),
    ("elasticsearch_slowlog", fam_es, 7),
    ("solr_request", fam_solr, 6),
    ("caddy_json", fam_caddy, 5),
    ("traefik_json", fam_traefik, 5),
    ("spark_row", fam_spark, 8),
]
# multi-line blocks: (family, fn, number of blocks)
MULTI_FAMILIES = [
    ("modsecurity_audit", fam_modsec, 3),
    ("curl_verbose", fam_curl, 3),
    ("dbt_test", fam_dbt, 5),
    ("pandas_dataframe", fam_pandas, 7),
    ("spark_show", fam_spark_show, 3),
]


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------


def finalize(seg, lineno, family):
    text = "".join(t for t, _ in seg)
    assert "\n" not in text and "\r" not in text, (family, text)
    bline = text.encode("utf-8")
    spans = []
    off = 0
    for t, c in seg:
        b = t.encode("utf-8")
        if c is not None:
            assert t and t == t.strip(), (family, repr(t))
            spans.append({"s": off, "e": off + len(b), "cat": c})
            assert bline[off:off + len(b)].decode("utf-8") == t, (family, t)
        off += len(b)
    assert off == len(bline)
    for a, b in zip(spans, spans[1:]):
        assert a["e"] <= b["s"]
    # re-check against the composed line using the expected values
    expected = [t for t, c in seg if c is not None]
    for sp, val in zip(spans, expected):
        assert bline[sp["s"]:sp["e"]].decode("utf-8") == val
    return text, {"line": lineno, "family": family, "spans": spans}


def main():
    lines, labels = [], []
    weights = [w for _, _, w in SINGLE_FAMILIES]
    phi_p = PHI_P
    # plan: multi-line blocks are interleaved at random slots among the first
    # 300 single-line picks; single-line families then fill up to N_LINES.
    multi = []
    for fam, fn, n in MULTI_FAMILIES:
        # about two thirds of each multi-line family's blocks carry PHI
        multi += [(fam, fn, i % 3 != 2) for i in range(n)]
    slots = sorted(R.sample(range(300), len(multi)))
    R.shuffle(multi)
    at_slot = dict(zip(slots, multi))
    step = 0
    while len(lines) < N_LINES:
        if step in at_slot:
            fam, fn, phi = at_slot[step]
        else:
            fam, fn, _ = R.choices(SINGLE_FAMILIES, weights=weights)[0]
            phi = R.random() < phi_p
        step += 1
        segs = fn(phi)
        assert len(lines) + len(segs) <= N_LINES, "multi-line block overflows; lower slot range"
        for seg in segs:
            text, lab = finalize(seg, len(lines) + 1, fam)
            lines.append(text)
            labels.append(lab)
    with open(LOG_PATH, "w", encoding="utf-8", newline="\n") as f:
        for l in lines:
            f.write(l + "\n")
    with open(LAB_PATH, "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False, separators=(",", ":")) + "\n")
    # final independent check: re-read files
    with open(LOG_PATH, "rb") as f:
        raw = f.read().split(b"\n")[:-1]
    with open(LAB_PATH, encoding="utf-8") as f:
        labs = [json.loads(x) for x in f]
    assert len(raw) == len(labs) == N_LINES
    counts = {}
    phi_lines = 0
    for i, (bl, lab) in enumerate(zip(raw, labs), 1):
        assert lab["line"] == i
        if lab["spans"]:
            phi_lines += 1
        for sp in lab["spans"]:
            assert 0 <= sp["s"] < sp["e"] <= len(bl)
            bl[sp["s"]:sp["e"]].decode("utf-8")
            counts[sp["cat"]] = counts.get(sp["cat"], 0) + 1
    fams = {}
    for lab in labs:
        fams[lab["family"]] = fams.get(lab["family"], 0) + 1
    print("lines", len(raw), "phi_lines", phi_lines, "frac %.3f" % (phi_lines / len(raw)))
    print("spans", sum(counts.values()), json.dumps(dict(sorted(counts.items()))))
    print("families", json.dumps(dict(sorted(fams.items()))))
    print("sha256 log", hashlib.sha256(open(LOG_PATH, "rb").read()).hexdigest()[:16],
          "labels", hashlib.sha256(open(LAB_PATH, "rb").read()).hexdigest()[:16])


if __name__ == "__main__":
    main()
