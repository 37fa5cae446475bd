#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus (urgent care front desk).

Writes gc.log and gc.labels.jsonl next to this file. Standard library only.
Every line is built by concatenation; PHI spans are recorded while building
and checked byte-for-byte before writing.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

SEED = 115
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_NOPHI = 0.55


# ----------------------------------------------------------------------------
# line builder
# ----------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        b = s.encode("utf-8")
        assert b, "empty span"
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, st + len(b), cat, b))
        return self

    def seg(self, parts):
        """parts: list of str or (str, cat)"""
        for x in parts:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            else:
                self.t(x)
        return self

    def check(self):
        assert b"\n" not in self.buf and b"\r" not in self.buf, self.buf
        assert len(self.buf) <= 4000, (self.family, len(self.buf))
        last = 0
        for s, e, cat, b in self.spans:
            assert s >= last, "overlap"
            assert bytes(self.buf[s:e]) == b, (bytes(self.buf[s:e]), b)
            assert cat in CATS, cat
            last = e
        self.buf.decode("utf-8")


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


class P:
    """PHI scalar for the JSON emitter."""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """Composite JSON string: parts are str or P."""
    def __init__(self, *parts):
        self.parts = parts


class Raw:
    """Raw JSON token (e.g. a float with fixed digits)."""
    def __init__(self, v):
        self.v = v


def jesc(s, ascii_only):
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def emit_json(L, obj, sep=(",", ":"), ascii_only=False):
    isep, ksep = sep
    if isinstance(obj, dict):
        L.t("{")
        first = True
        for k, v in obj.items():
            if not first:
                L.t(isep)
            first = False
            L.t(json.dumps(k) + ksep)
            emit_json(L, v, sep, ascii_only)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(isep)
            emit_json(L, v, sep, ascii_only)
        L.t("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, int):
            L.p(str(obj.v), obj.cat)
        else:
            L.t('"').p(jesc(obj.v, ascii_only), obj.cat).t('"')
    elif isinstance(obj, S):
        L.t('"')
        for part in obj.parts:
            if isinstance(part, P):
                L.p(jesc(part.v, ascii_only), part.cat)
            else:
                L.t(jesc(part, ascii_only))
        L.t('"')
    elif isinstance(obj, Raw):
        L.t(obj.v)
    else:
        L.t(json.dumps(obj, ensure_ascii=ascii_only))


# ----------------------------------------------------------------------------
# identifiers with check digits
# ----------------------------------------------------------------------------
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
    return "".join(rng.choice("0123456789") for _ in range(n))


def card_pan(brand):
    if brand == "VISA":
        body = "4" + digits(14)
    elif brand == "MC":
        body = rng.choice(["51", "52", "53", "54", "55"]) + digits(13)
    elif brand == "AMEX":
        body = rng.choice(["34", "37"]) + digits(12)
    else:
        body = "6011" + digits(11)
    return body + luhn_digit(body)


def imei():
    body = rng.choice(["35", "86", "01", "99"]) + digits(12)
    return body + luhn_digit(body)


VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = rng.choice(["1HG", "2T1", "3FA", "5YJ", "1FT", "JTD", "KNM", "1N4", "5NP", "WVW"])
    vds = "".join(rng.choice(VIN_CH) for _ in range(5))
    year = rng.choice("GHJKLMNP")
    plant = rng.choice("ABCEFHLMNRTUZ0123456789")
    serial = digits(6)
    s = wmi + vds + "0" + year + plant + serial
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else VIN_MAP[ch]
        tot += v * VIN_W[i]
    c = tot % 11
    cd = "X" if c == 10 else str(c)
    return s[:8] + cd + s[9:]


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + "0123456789"


def mbi():
    return (rng.choice("123456789") + rng.choice(MBI_L) + rng.choice(MBI_AN) + rng.choice("0123456789") +
            rng.choice(MBI_L) + rng.choice(MBI_AN) + rng.choice("0123456789") + rng.choice(MBI_L) +
            rng.choice(MBI_L) + rng.choice("0123456789") + rng.choice("0123456789"))


def ssn():
    while True:
        a = rng.randint(101, 772)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def uuid4():
    h = "%032x" % rng.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum_up(n):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def b64_blob(header, n):
    raw = header + bytes(rng.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def ascii_fold(s):
    s = s.replace("ı", "i").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("ß", "ss")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ----------------------------------------------------------------------------
# reference data
# ----------------------------------------------------------------------------
FIRST_F = ["Amara", "Sofía", "Priya", "Mei-Ling", "Fatima", "Siobhan", "Katarzyna", "Yuki", "Ingrid", "Zoë",
           "Guadalupe", "Ama", "Leilani", "Anh", "Elif", "Noa", "Carmen", "Aaliyah", "Renée", "Oluwaseun",
           "Thandiwe", "Marisol", "Nadia", "Dagny", "Hoa", "Lucía", "Rukhsana", "Ximena"]
FIRST_M = ["Chidi", "Mateo", "Arjun", "Wei", "Yusuf", "Declan", "Tomasz", "Hiroshi", "Aleksandr", "Björn",
           "José", "Kwame", "Rafael", "Keoni", "Dmitri", "Thanh", "Ravi", "Mehmet", "Jamal", "Gabriel",
           "Tariq", "Emeka", "Joaquín", "Lars", "Darius", "Hemi", "Nikolai", "Bao"]
LAST = ["Okafor", "Nguyen", "Hernández", "Patel", "Chen", "Kowalski", "Tanaka", "Ivanova", "Lindqvist",
        "O'Brien", "Mensah", "Adeyemi", "Haddad", "Yılmaz", "Kealoha", "Ramírez", "Fitzgerald", "Begay",
        "Castillo", "Nakamura", "Abernathy", "Schmidt", "Rossi", "Dubois", "Kim", "Singh", "Osei",
        "Moreau", "Petrov", "García-López", "Tsosie", "Quispe", "Bergström", "Achterberg", "Whitfield",
        "Mahlangu", "Sørensen", "Delacroix", "Wójcik", "Balogun", "Trujillo", "Yazzie", "Antonopoulos"]
STREETS = ["N 23rd St", "E Camelback Rd", "W Indian School Rd", "E McDowell Rd", "S Mill Ave", "N Hayden Rd",
           "E Baseline Rd", "W Glendale Ave", "S Gilbert Rd", "E Thunderbird Rd", "N 7th Ave", "W Bethany Home Rd",
           "E University Dr", "S Val Vista Dr", "N Scottsdale Rd", "W Peoria Ave", "E Broadway Rd", "S Rural Rd",
           "W Olive Ave", "E Pecos Rd"]
UNITS = ["", "", "", "", " Apt 214", " Unit 7", " #1108", " Apt B"]
AZ_CITIES = [("Phoenix", ["85016", "85018", "85021", "85032", "85044"]), ("Mesa", ["85201", "85204", "85213"]),
             ("Tempe", ["85281", "85282", "85284"]), ("Chandler", ["85224", "85226", "85286"]),
             ("Gilbert", ["85233", "85234", "85296"]), ("Scottsdale", ["85251", "85254", "85260"]),
             ("Glendale", ["85301", "85306", "85308"]), ("Peoria", ["85345", "85382"]),
             ("Surprise", ["85374", "85379"]), ("Goodyear", ["85338", "85395"])]
OOS = [("Evanston", "IL", "60201"), ("Minneapolis", "MN", "55408"), ("San Diego", "CA", "92104"),
       ("Albuquerque", "NM", "87106"), ("Denver", "CO", "80205"), ("Seattle", "WA", "98118")]
AREA = {"AZ": ["602", "480", "623", "520"], "IL": ["847", "312"], "MN": ["612"], "CA": ["619"],
        "NM": ["505"], "CO": ["303", "720"], "WA": ["206"]}
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me", "cox.net"]

PAYERS = [
    # name, short, payer id, member id kind, phone, rxbin, pcn, rxgrp
    dict(name="Blue Cross Blue Shield of Arizona", short="BCBSAZ", pid="53589", kind="bcbs",
         phone="1-800-232-2345", rxbin="610014", pcn="BCAZ", rxgrp="AZRX01", web="azblue.com"),
    dict(name="UnitedHealthcare", short="UHC", pid="87726", kind="uhc", phone="1-866-633-2446",
         rxbin="610279", pcn="9999", rxgrp="UHEALTH", web="myuhc.com"),
    dict(name="Aetna", short="AETNA", pid="60054", kind="aetna", phone="1-888-632-3862",
         rxbin="610502", pcn="MEDDAET", rxgrp="RX8831", web="aetna.com"),
    dict(name="Cigna Healthcare", short="CIGNA", pid="62308", kind="cigna", phone="1-800-997-1654",
         rxbin="017010", pcn="0213CIGNA", rxgrp="CIGNARX", web="mycigna.com"),
    dict(name="Mercy Care (AHCCCS)", short="MERCYCARE", pid="86052", kind="ahcccs", phone="1-800-624-3879",
         rxbin="004336", pcn="MCAIDADV", rxgrp="RX5472", web="mercycareaz.org"),
    dict(name="Medicare Part B", short="MEDICARE", pid="04412", kind="mbi", phone="1-800-633-4227",
         rxbin="", pcn="", rxgrp="", web="medicare.gov"),
]

CLINICS = [
    dict(id="UC014", name="Scottsdale Shea", addr="7125 E Shea Blvd", city="Scottsdale", zip="85254",
         phone="(480) 443-2710", fax="(480) 443-2719", host="uc014"),
    dict(id="UC022", name="Chandler Alma School", addr="2950 S Alma School Rd", city="Chandler", zip="85286",
         phone="(480) 812-6630", fax="(480) 812-6639", host="uc022"),
    dict(id="UC031", name="Phoenix Camelback", addr="1601 E Camelback Rd", city="Phoenix", zip="85016",
         phone="(602) 274-9100", fax="(602) 274-9108", host="uc031"),
    dict(id="UC009", name="Mesa Power Rd", addr="1455 S Power Rd", city="Mesa", zip="85206",
         phone="(480) 396-1180", fax="(480) 396-1189", host="uc009"),
]

PROVIDERS = ["Dr. Lindiwe Dube", "Dr. Aarav Menon", "Jolene Whitehorse, PA-C", "Dr. Benedikt Hauser",
             "Marcus Reyes, NP", "Dr. Hana Kobayashi", "Dr. Olusegun Bello", "Tatiana Ferreira, PA-C"]
STAFF = [("Brianna Keller", "bkeller"), ("Jorge Torres", "jtorres"), ("Khanh Vo", "kvo"),
         ("Rochelle Dempsey", "rdempsey"), ("Imani Brooks", "ibrooks"), ("Sven Aalto", "saalto")]
EMPLOYERS = [("Sonoran Freight Lines LLC", "Karen Voss", "(480) 555-0177", "(480) 555-0178"),
             ("Cactus Valley Builders Inc", "Doug Harlan", "(602) 555-0121", "(602) 555-0122"),
             ("Grand Canyon Logistics", "Perla Montoya", "(623) 555-0190", "(623) 555-0191"),
             ("Maricopa School District 41", "Renata Szabo", "(480) 555-0136", "(480) 555-0137")]
REASONS = [("URI", "Cough / cold / flu"), ("SORE_THROAT", "Sore throat"), ("UTI", "Urinary symptoms"),
           ("LAC", "Cut or laceration"), ("SPRAIN", "Sprain / strain"), ("RASH", "Rash / skin"),
           ("EAR", "Ear pain"), ("OCC_DS", "Employer drug screen"), ("DOT_PHYS", "DOT physical"),
           ("COVID", "COVID / flu test"), ("MVA", "Auto accident injury")]
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.80",
       "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15"]

TODAY = dt.date(2024, 3, 11)


def public_ip():
    first = rng.choice([68, 70, 72, 97, 98, 107, 174, 184, 24, 71, 166, 199])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def priv_ip():
    k = rng.random()
    if k < 0.5:
        return "10.%d.%d.%d" % (rng.choice([20, 40, 12]), rng.randint(0, 9), rng.randint(2, 250))
    if k < 0.8:
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 250))
    return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 250))


def fmt_phone(p, style):
    a, b, c = p
    if style == 0:
        return "(%s) %s-%s" % (a, b, c)
    if style == 1:
        return "%s-%s-%s" % (a, b, c)
    if style == 2:
        return "+1%s%s%s" % (a, b, c)
    if style == 3:
        return "%s%s%s" % (a, b, c)
    return "%s.%s.%s" % (a, b, c)


def member_id(kind):
    if kind == "bcbs":
        return rng.choice(["XYL", "AZB", "FZL", "KRW"]) + digits(9)
    if kind == "uhc":
        return rng.choice("89") + digits(8)
    if kind == "aetna":
        return "W" + digits(9)
    if kind == "cigna":
        return "U" + digits(8) + "01"
    if kind == "ahcccs":
        return "A" + digits(8)
    return mbi()


def group_no(kind):
    if kind == "bcbs":
        return digits(7)
    if kind == "uhc":
        return digits(6)
    if kind == "aetna":
        return "0" + digits(6) + "-01" + digits(1) + "-" + digits(5)
    if kind == "cigna":
        return digits(7)
    if kind == "ahcccs":
        return "AZM" + digits(3)
    return ""


def dl_number(state):
    if state == "AZ":
        return rng.choice("ABDFS") + digits(8)
    if state == "IL":
        return rng.choice("ABCDHKLMRSTW") + digits(11)
    if state == "CA":
        return rng.choice("ABCDEFGNY") + digits(7)
    if state == "MN":
        return rng.choice("ABCKLMNPS") + digits(12)
    if state == "NM":
        return digits(9)
    if state == "CO":
        return digits(2) + "-" + digits(3) + "-" + digits(4)
    return "WDL" + alnum_up(9)


IIN = {"AZ": "636026", "IL": "636035", "CA": "636014", "MN": "636038", "NM": "636009", "CO": "636020", "WA": "636045"}


def make_person(idx):
    sex = rng.choice("FM")
    first = rng.choice(FIRST_F if sex == "F" else FIRST_M)
    last = rng.choice(LAST)
    r = rng.random()
    if r < 0.07:
        dob = dt.date(rng.randint(1928, 1933), rng.randint(1, 12), rng.randint(1, 28))
    elif r < 0.22:
        dob = dt.date(rng.randint(1940, 1958), rng.randint(1, 12), rng.randint(1, 28))
    else:
        dob = dt.date(rng.randint(1962, 2006), rng.randint(1, 12), rng.randint(1, 28))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    if rng.random() < 0.8:
        city, zips = rng.choice(AZ_CITIES)
        state, zp = "AZ", rng.choice(zips)
    else:
        city, state, zp = rng.choice(OOS)
    street_line = "%d %s" % (rng.randint(100, 24999), rng.choice(STREETS)) + rng.choice(UNITS)
    ph = (rng.choice(AREA[state]), "555", "01%02d" % rng.randint(0, 99))
    if age >= 65:
        payer = PAYERS[5]
    else:
        payer = rng.choice(PAYERS[:5])
    mid = member_id(payer["kind"])
    uname = ascii_fold(first).lower().replace("-", "")[:6] + rng.choice([".", "_", ""]) + \
        ascii_fold(last).lower().replace("'", "").replace("-", "")[:5] + str(dob.year)[2:]
    em_user = rng.choice([
        ascii_fold(first).lower().replace("-", "") + "." + ascii_fold(last).lower().replace("'", "").replace("-", ""),
        ascii_fold(first).lower()[0] + ascii_fold(last).lower().replace("'", "").replace("-", "") + str(rng.randint(1, 99)),
        ascii_fold(last).lower().replace("'", "").replace("-", "") + "_" + ascii_fold(first).lower().replace("-", "") + str(dob.year)[2:],
    ])
    rel_first = rng.choice(FIRST_M if sex == "F" else FIRST_F)
    dl_state = state
    p = dict(
        idx=idx, sex=sex, first=first, last=last, dob=dob, age=age, street=street_line, city=city,
        state=state, zip=zp, zip4=zp + "%04d" % rng.randint(1000, 9999) if rng.random() < 0.5 else zp + "0000",
        phone=ph, fax=(ph[0], "555", "01%02d" % rng.randint(0, 99)), email=em_user + "@" + rng.choice(EMAIL_DOM),
        ssn=ssn(), mrn="UC%07d" % rng.randint(30000, 99999), patnum=str(rng.randint(10000, 99999)),
        acct="G%09d" % rng.randint(1000000, 99999999), payer=payer, member=mid, group=group_no(payer["kind"]),
        dl=dl_number(dl_state), dl_state=dl_state, dcf=digits(4) + alnum_up(2) + digits(8),
        dl_iss=dt.date(rng.randint(2017, 2023), dob.month, dob.day),
        username=uname, ip=public_ip(), ua=rng.choice(UAS),
        rel=dict(first=rel_first, last=last if rng.random() < 0.7 else rng.choice(LAST),
                 role=rng.choice(["Spouse", "Mother", "Father", "Son", "Daughter", "Partner"]),
                 phone=(ph[0], "555", "01%02d" % rng.randint(0, 99))),
        pan=card_pan(rng.choice(["VISA", "VISA", "MC", "AMEX", "DISC"])),
        plate=rng.choice(["%s%s%s%d%d%d%d" % (rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"), rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"),
                                               rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"), rng.randint(0, 9), rng.randint(0, 9),
                                               rng.randint(0, 9), rng.randint(0, 9)),
                          "%d%s%s%d%d%d" % (rng.randint(1, 9), rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"), rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"),
                                            rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9))]),
        vin=vin(), imei=imei(), curp=None,
    )
    if rng.random() < 0.12:
        # visitor from Sonora with a CURP
        yy = "%02d" % (dob.year % 100)
        p["curp"] = (ascii_fold(last).upper()[:1] + rng.choice("AEIOU") + ascii_fold(last).upper()[1:2].replace("'", "X") +
                     ascii_fold(first).upper()[:1] + yy + "%02d%02d" % (dob.month, dob.day) + ("M" if sex == "F" else "H") +
                     "SR" + "".join(rng.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3)) + rng.choice("0A") + str(rng.randint(0, 9)))
    return p


PEOPLE = [make_person(i) for i in range(60)]
# make sure a few people are over 89
for k in (3, 17, 31):
    PEOPLE[k]["dob"] = dt.date(1930 + k % 4, 5 + k % 6, 9 + k % 10)
    PEOPLE[k]["age"] = TODAY.year - PEOPLE[k]["dob"].year - ((TODAY.month, TODAY.day) < (PEOPLE[k]["dob"].month, PEOPLE[k]["dob"].day))
    PEOPLE[k]["payer"] = PAYERS[5]
    PEOPLE[k]["member"] = mbi()
    PEOPLE[k]["group"] = ""


# ----------------------------------------------------------------------------
# clock
# ----------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 11, 7, 58, 3, 118000)

    def tick(self):
        self.t += dt.timedelta(microseconds=rng.randint(150000, 21000000))
        return self.t


CLK = Clock()
UTC_OFF = dt.timedelta(hours=7)  # Arizona, MST all year


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_iso_z(t):
    u = t + UTC_OFF
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def ts_epoch_ms(t):
    u = (t + UTC_OFF).replace(tzinfo=dt.timezone.utc)
    return int(u.timestamp() * 1000)


def ts_log4net(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_dot(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_x12(d):
    return d.strftime("%Y%m%d")


# ----------------------------------------------------------------------------
# families
# ----------------------------------------------------------------------------
KIOSK_PID = {c["id"]: rng.randint(1800, 9000) for c in CLINICS}


def kiosk_base(c, k=None):
    t = CLK.tick()
    k = k or rng.choice([1, 2])
    d = {"level": 30, "time": ts_epoch_ms(t), "pid": KIOSK_PID[c["id"]], "hostname": "kiosk-%s-%02d" % (c["host"], k),
         "name": "checkin-kiosk", "kioskId": "%s-K%d" % (c["id"], k)}
    return d


def kiosk_line(d, msg):
    d["msg"] = msg
    L = Line("kiosk-pino")
    emit_json(L, d)
    return L


def kiosk_noise(c):
    d = kiosk_base(c)
    r = rng.randint(0, 8)
    if r == 0:
        d.update({"evt": "heartbeat", "uptimeSec": rng.randint(3000, 900000), "memRssMb": rng.randint(180, 420),
                  "cpuPct": round(rng.uniform(1, 35), 1), "appVersion": "4.12.3"})
        return kiosk_line(d, "heartbeat")
    if r == 1:
        d.update({"evt": "session.start", "sessionId": uuid4(), "lang": rng.choice(["en-US", "es-US", "vi-VN", "en-US"])})
        return kiosk_line(d, "kiosk session started")
    if r == 2:
        d.update({"evt": "printer.status", "printer": "Zebra ZD421", "serial": "D%dJ%09d" % (rng.randint(2, 9), rng.randint(10**8, 10**9 - 1)),
                  "labelsRemaining": rng.randint(20, 400), "headTempC": rng.randint(28, 41)})
        return kiosk_line(d, "label printer ok")
    if r == 3:
        d["level"] = 40
        d.update({"evt": "session.timeout", "sessionId": uuid4(), "idleMs": 90000,
                  "step": rng.choice(["insurance", "demographics", "consent", "reason_for_visit", "payment"])})
        return kiosk_line(d, "session abandoned after idle")
    if r == 4:
        d.update({"evt": "scanner.attached", "usbVendorId": "0x0c2e", "usbProductId": "0x0db1", "model": "Honeywell Xenon 1950g",
                  "fw": "BK000%d-16" % rng.randint(1, 9)})
        return kiosk_line(d, "usb scanner attached")
    if r == 5:
        d["level"] = 20
        d.update({"evt": "receipt.template", "template": "checkin_receipt_v3", "clinicPhone": c["phone"],
                  "clinicAddress": "%s, %s, AZ %s" % (c["addr"], c["city"], c["zip"]),
                  "logoPng": b64_blob(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", rng.randint(90, 180))})
        return kiosk_line(d, "receipt template loaded")
    if r == 6:
        code, label = rng.choice(REASONS)
        d.update({"evt": "reason.selected", "sessionId": uuid4(), "reasonCode": code, "label": label})
        return kiosk_line(d, "visit reason selected")
    if r == 7:
        d.update({"evt": "ui.step", "sessionId": uuid4(), "step": rng.choice(["welcome", "lookup", "insurance", "consent", "done"]),
                  "durationMs": rng.randint(800, 64000)})
        return kiosk_line(d, "step completed")
    d["level"] = 50
    d.update({"evt": "api.error", "endpoint": "https://api.desertbloomuc.com/v2/checkins", "status": rng.choice([502, 503, 504]),
              "attempt": rng.randint(1, 3), "reqId": "req_" + hexs(16)})
    return kiosk_line(d, "check-in api call failed, will retry")


def kiosk_lookup(c, p, v):
    d = kiosk_base(c, v["kiosk"])
    d.update({"evt": "patient.lookup", "sessionId": v["ksess"],
              "query": {"lastName": P(p["last"], "name"), "dob": P(d_iso(p["dob"]), "date")},
              "matches": rng.choice([0, 1, 1, 1, 2])})
    return kiosk_line(d, "existing patient lookup")


def kiosk_checkin(c, p, v):
    d = kiosk_base(c, v["kiosk"])
    pt = {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"), "dob": P(d_iso(p["dob"]), "date"),
          "mobilePhone": P(fmt_phone(p["phone"], 1), "phone")}
    if rng.random() < 0.5:
        pt["email"] = P(p["email"], "email")
    if p["age"] > 89:
        pt["age"] = P(p["age"], "age")
    else:
        pt["age"] = p["age"]
    d.update({"evt": "checkin.submit", "sessionId": v["ksess"], "patient": pt, "reason": v["reason"][0],
              "visitType": "walk-in" if not v.get("web") else "web-queue", "queuePos": rng.randint(1, 9)})
    return kiosk_line(d, "check-in submitted")


def kiosk_photo(c, p, v):
    d = kiosk_base(c, v["kiosk"])
    blob = b64_blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00",
                    rng.randint(500, 1100))
    d.update({"evt": "photo.capture", "sessionId": v["ksess"], "mrn": P(p["mrn"], "mrn"), "format": "jpeg",
              "width": 320, "height": 400, "image": P("data:image/jpeg;base64," + blob, "photo")})
    return kiosk_line(d, "patient photo captured for chart")


def kiosk_palm(c, p, v):
    d = kiosk_base(c, v["kiosk"])
    tmpl = b64_blob(b"PVT1\x00\x02", rng.randint(300, 520))
    d.update({"evt": "biometric.enroll", "modality": "palm_vein", "mrn": P(p["mrn"], "mrn"),
              "hand": rng.choice(["L", "R"]), "quality": rng.randint(62, 98), "template": P(tmpl, "biometric")})
    return kiosk_line(d, "palm vein template enrolled")


def kiosk_palm_match(c, p, v):
    d = kiosk_base(c, v["kiosk"])
    d.update({"evt": "biometric.match", "modality": "palm_vein", "score": round(rng.uniform(0.91, 0.998), 3),
              "matchedMrn": P(p["mrn"], "mrn"), "latencyMs": rng.randint(180, 900)})
    return kiosk_line(d, "returning patient identified")


# --- web queue (zap) ---------------------------------------------------------
def zap(level, caller, msg, fields):
    t = CLK.tick()
    u = (t + UTC_OFF).replace(tzinfo=dt.timezone.utc)
    ep = "%d.%06d" % (int(u.timestamp()), u.microsecond)
    d = {"level": level, "ts": Raw(ep), "caller": caller, "msg": msg}
    d.update(fields)
    L = Line("waitlist-zap")
    emit_json(L, d)
    return L


def wl_noise(c):
    r = rng.randint(0, 5)
    if r == 0:
        return zap("info", "queue/recalc.go:57", "queue recalculated",
                   {"clinic_id": c["id"], "waiting": rng.randint(0, 22), "in_room": rng.randint(1, 8),
                    "avg_wait_min": rng.randint(5, 95), "providers_on_shift": rng.randint(1, 4)})
    if r == 1:
        return zap("info", "queue/eta.go:112", "eta push",
                   {"clinic_id": c["id"], "ticket": "W-" + alnum_up(5), "eta_min": rng.randint(3, 80), "channel": "sse"})
    if r == 2:
        return zap("warn", "store/redis.go:201", "redis latency high",
                   {"latency_ms": rng.randint(120, 900), "addr": priv_ip() + ":6379", "op": "ZADD"})
    if r == 3:
        return zap("info", "queue/call.go:44", "ticket called",
                   {"clinic_id": c["id"], "ticket": "W-" + alnum_up(5), "room": str(rng.randint(1, 9)),
                    "called_by": rng.choice(STAFF)[1]})
    if r == 4:
        return zap("info", "http/server.go:88", "request",
                   {"method": "GET", "path": "/api/v1/clinics/%s/wait" % c["id"], "status": 200,
                    "dur_ms": round(rng.uniform(1, 40), 2), "request_id": hexs(24)})
    return zap("error", "notify/client.go:73", "sms enqueue failed",
               {"ticket": "W-" + alnum_up(5), "error": "context deadline exceeded", "retry_in": "%ds" % rng.choice([5, 10, 30])})


def wl_join(c, p, v):
    f = {"clinic_id": c["id"], "ticket": v["ticket"], "position": rng.randint(1, 12), "eta_min": rng.randint(10, 90),
         "first_name": P(p["first"], "name"), "last_name": P(p["last"], "name"),
         "phone_number": P(fmt_phone(p["phone"], 2), "phone")}
    if rng.random() < 0.6:
        f["email"] = P(p["email"], "email")
    f["party_size"] = 1
    f["reason"] = v["reason"][1]
    f["remote_ip"] = P(p["ip"], "ip")
    return zap("info", "waitlist/join.go:88", "joined waitlist", f)


def wl_link(c, p, v):
    slug = ascii_fold(p["first"]).replace(" ", "+") + "+" + ascii_fold(p["last"]).replace(" ", "+").replace("'", "%27")
    url = "https://wait.desertbloomuc.com/s/%s?n=%s" % (v["ticket"], slug)
    return zap("info", "waitlist/link.go:31", "status link issued",
               {"ticket": v["ticket"], "url": P(url, "url"), "ttl": "6h"})


def wl_login(c, p, v):
    return zap("info", "auth/login.go:64", "account login",
               {"username": P(p["username"], "other_id"), "mfa": rng.choice(["sms", "none"]),
                "remote_ip": P(p["ip"], "ip"), "session": hexs(32)})


def wl_curbside(c, p, v):
    return zap("info", "waitlist/curbside.go:40", "curbside arrival",
               {"ticket": v["ticket"], "clinic_id": c["id"], "spot": rng.randint(1, 6),
                "vehicle": {"plate": P(p["plate"], "vehicle"), "state": p["state"],
                            "color": rng.choice(["white", "silver", "black", "red", "blue", "gray"]),
                            "make": rng.choice(["Toyota", "Honda", "Ford", "Kia", "Subaru", "Chevrolet", "Tesla"])}})


# --- nginx -------------------------------------------------------------------
def nginx_ts(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S") + " -0700"


def nginx_noise(c):
    t = CLK.tick()
    L = Line("nginx-access")
    r = rng.randint(0, 3)
    if r == 0:
        L.t('%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.27" rt=0.001 uct="0.000" urt="0.001"' % (priv_ip(), nginx_ts(t)))
    elif r == 1:
        L.t('%s - - [%s] "GET /api/v1/clinics/%s/wait HTTP/1.1" 200 %d "-" "ELB-HealthChecker/2.0" rt=0.%03d uct="0.000" urt="0.%03d"'
            % (priv_ip(), nginx_ts(t), c["id"], rng.randint(80, 200), rng.randint(2, 40), rng.randint(2, 40)))
    elif r == 2:
        L.t('%s - - [%s] "GET /static/js/main.%s.js HTTP/1.1" 304 0 "https://wait.desertbloomuc.com/" "Mozilla/5.0 (compatible; Datadog/SyntheticBot; +http://www.datadoghq.com/synthetics)" rt=0.000 uct="-" urt="-"'
            % (priv_ip(), nginx_ts(t), hexs(8)))
    else:
        L.t('%s - - [%s] "POST /internal/sms/status HTTP/1.1" 204 0 "-" "TwilioProxy/1.1" rt=0.%03d uct="0.001" urt="0.%03d"'
            % (priv_ip(), nginx_ts(t), rng.randint(2, 60), rng.randint(2, 60)))
    return L


def nginx_patient(c, p, v, path, status, size):
    t = CLK.tick()
    L = Line("nginx-access")
    if rng.random() < 0.5:
        L.p(p["ip"], "ip").t(' - - [%s] "%s HTTP/2.0" %d %d "https://wait.desertbloomuc.com/%s" "%s" rt=0.%03d uct="0.000" urt="0.%03d"'
                              % (nginx_ts(t), path, status, size, c["id"].lower(), p["ua"], rng.randint(5, 300), rng.randint(5, 300)))
    else:
        L.t('%s - - [%s] "%s HTTP/1.1" %d %d "-" "%s" xff="' % (priv_ip(), nginx_ts(t), path, status, size, p["ua"]))
        L.p(p["ip"], "ip").t(', %s"' % priv_ip())
    return L


# --- SMS (Spring Boot) -------------------------------------------------------
def spring(level, thread, logger, msg_parts, fam="sms-springboot"):
    t = CLK.tick()
    L = Line(fam)
    L.t("%s %5s 1 --- [%15s] %-40s : " % (ts_dot(t), level, thread[-15:], logger[-40:]))
    L.seg(msg_parts)
    return L


SMS_LOG = "c.d.notify.sms.SmsDispatcher"


def sms_noise(c):
    r = rng.randint(0, 4)
    sid = "SM" + hexs(32)
    if r == 0:
        return spring("INFO", "nio-8080-exec-%d" % rng.randint(1, 9), "c.d.notify.sms.StatusCallbackController",
                      ["Status callback sid=%s status=%s price=-0.00790 errorCode=null" % (sid, rng.choice(["delivered", "sent", "delivered"]))])
    if r == 1:
        return spring("INFO", "scheduling-1", "c.d.notify.sms.ThroughputMonitor",
                      ["Outbound throughput %d msg/min (limit 60), queue depth %d" % (rng.randint(2, 40), rng.randint(0, 15))])
    if r == 2:
        return spring("WARN", "nio-8080-exec-%d" % rng.randint(1, 9), "c.d.notify.sms.StatusCallbackController",
                      ["Carrier error 30007 (filtered) sid=%s messagingService=MG%s" % (sid, hexs(32))])
    if r == 3:
        return spring("INFO", "main", "c.d.notify.sms.TemplateRegistry",
                      ["Loaded template ROOM_READY v7 (%d chars) locale=%s" % (rng.randint(110, 160), rng.choice(["en", "es", "vi"]))])
    return spring("INFO", "sms-worker-%d" % rng.randint(1, 4), SMS_LOG,
                  ["Sent reminder batch clinic=%s count=%d from=+14805550100 svc=MG%s" % (c["id"], rng.randint(1, 9), hexs(32))])


def sms_room_ready(c, p, v):
    room = str(rng.randint(1, 9))
    if v.get("lang") == "es":
        body = ["Hola ", (p["first"], "name"), ", su sala está lista en DesertBloom %s (%s). Pase a la sala %s. Responda STOP para cancelar." % (c["name"], c["addr"], room)]
        tmpl = "ROOM_READY_ES"
    else:
        body = ["Hi ", (p["first"], "name"), ", your room is ready at DesertBloom Urgent Care %s (%s). Please head to Room %s. Reply STOP to opt out." % (c["name"], c["addr"], room)]
        tmpl = "ROOM_READY"
    parts = ["Sending SMS to=", (fmt_phone(p["phone"], 2), "phone"), " template=%s body=\"" % tmpl] + body + ["\""]
    return spring("INFO", "sms-worker-%d" % rng.randint(1, 4), SMS_LOG, parts)


def sms_queue_pos(c, p, v):
    parts = ["Queued SMS ticket=%s to=" % v["ticket"], (fmt_phone(p["phone"], 2), "phone"),
             " template=WAITLIST_JOINED vars={pos=%d, eta=%d, clinicPhone=%s}" % (rng.randint(1, 9), rng.randint(10, 80), c["phone"])]
    return spring("INFO", "nio-8080-exec-%d" % rng.randint(1, 9), SMS_LOG, parts)


# --- Textract -----------------------------------------------------------------
def textract_line(logger, fields):
    t = CLK.tick()
    d = {"timestamp": ts_iso_z(t), "level": "INFO", "logger": logger}
    d.update(fields)
    L = Line("textract-json")
    emit_json(L, d, sep=(", ", ": "), ascii_only=True)
    return L


def bbox():
    return {"BoundingBox": {"Width": round(rng.uniform(0.1, 0.6), 6), "Height": round(rng.uniform(0.03, 0.07), 6),
                            "Left": round(rng.uniform(0.03, 0.4), 6), "Top": round(rng.uniform(0.05, 0.9), 6)}}


def tx_block(job, side, text, conf=None):
    blk = {"BlockType": "LINE", "Confidence": conf or round(rng.uniform(88, 99.9), 4), "Text": text,
           "Geometry": bbox(), "Id": uuid4(), "Page": 1}
    return textract_line("ocr.textract", {"job_id": job, "doc": "insurance_" + side, "block": blk})


def tx_kv(job, side, key, val):
    return textract_line("ocr.kv", {"job_id": job, "doc": "insurance_" + side, "key": key, "value": val,
                                    "key_conf": round(rng.uniform(85, 99.9), 2), "value_conf": round(rng.uniform(80, 99.9), 2)})


def tx_job_noise(c):
    job = hexs(64)
    r = rng.randint(0, 2)
    if r == 0:
        return textract_line("ocr.textract", {"msg": "StartDocumentAnalysis submitted", "job_id": job, "features": ["FORMS"],
                                              "s3_key": "cards/%s/%s/%s.jpg" % (c["id"], TODAY.strftime("%Y/%m/%d"), uuid4())})
    if r == 1:
        return textract_line("ocr.textract", {"msg": "job SUCCEEDED", "job_id": job, "pages": 1, "blocks": rng.randint(60, 220),
                                              "latency_ms": rng.randint(900, 6400)})
    return textract_line("ocr.analyze_id", {"msg": "AnalyzeID complete", "request_id": uuid4(), "document_index": 1,
                                             "AnalyzeIDModelVersion": "1.0", "fields": 21})


def insurance_front_lines(p, v):
    """Yield Textract LINE / KV lines for the front of the insurance card."""
    job = v["job"]
    py = p["payer"]
    out = []
    out.append(lambda: tx_block(job, "front", py["name"].upper() if rng.random() < 0.5 else py["name"]))
    nm = ascii_fold(p["first"]).upper() + " " + ascii_fold(p["last"]).upper()
    if py["kind"] == "mbi":
        out.append(lambda: tx_block(job, "front", "MEDICARE HEALTH INSURANCE"))
        out.append(lambda: textract_line("ocr.textract", {"job_id": job, "doc": "insurance_front", "block": {
            "BlockType": "LINE", "Confidence": round(rng.uniform(93, 99.9), 4), "Text": S("Name/Nombre ", P(nm, "name")),
            "Geometry": bbox(), "Id": uuid4(), "Page": 1}}))
        m = p["member"]
        dashed = m[:4] + "-" + m[4:7] + "-" + m[7:]
        out.append(lambda: tx_kv(job, "front", "Medicare Number/Número de Medicare", P(dashed, "health_plan")))
        out.append(lambda: tx_kv(job, "front", "Coverage starts", "HOSPITAL (PART A) 0%d-01-20%d" % (rng.randint(1, 9), rng.randint(10, 20))))
        return out
    out.append(lambda: textract_line("ocr.textract", {"job_id": job, "doc": "insurance_front", "block": {
        "BlockType": "LINE", "Confidence": round(rng.uniform(93, 99.9), 4), "Text": S("Member: ", P(nm, "name")),
        "Geometry": bbox(), "Id": uuid4(), "Page": 1}}))
    out.append(lambda: tx_kv(job, "front", rng.choice(["Member ID", "ID", "Identification Number", "Subscriber ID"]),
                             P(p["member"], "health_plan")))
    out.append(lambda: tx_kv(job, "front", rng.choice(["Group No.", "Group", "GRP#"]), p["group"]))
    if py["rxbin"]:
        out.append(lambda: tx_block(job, "front", "RxBIN %s  RxPCN %s  RxGrp %s" % (py["rxbin"], py["pcn"], py["rxgrp"])))
    out.append(lambda: tx_block(job, "front", "PCP $%d  SPC $%d  UC $%d  ER $%d" % (rng.choice([20, 25, 30]), rng.choice([40, 50, 60]),
                                                                                   rng.choice([50, 75, 100]), rng.choice([250, 350, 500]))))
    if rng.random() < 0.4:
        # dependent card lists subscriber
        sub = ascii_fold(p["rel"]["first"]).upper() + " " + ascii_fold(p["rel"]["last"]).upper()
        out.append(lambda: tx_kv(job, "front", "Subscriber", P(sub, "name")))
    return out


# --- raw OCR lines (Go scan service) ----------------------------------------
def golog(msg_parts, fam="ocr-rawlines"):
    t = CLK.tick()
    L = Line(fam)
    L.t(t.strftime("%Y/%m/%d %H:%M:%S") + " ")
    L.seg(msg_parts)
    return L


def ocr_raw(side, n, parts):
    return golog(["scansvc: ocr side=%s line=%02d conf=%.2f text=\"" % (side, n, rng.uniform(0.71, 0.99))] + parts + ["\""])


def ocr_noise(c):
    r = rng.randint(0, 4)
    py = rng.choice(PAYERS[:5])
    if r == 0:
        return ocr_raw("back", rng.randint(1, 4), ["Member Services: %s  TTY 711" % py["phone"]])
    if r == 1:
        return ocr_raw("back", rng.randint(3, 8), ["Rx BIN: %s  PCN: %s  Rx GRP: %s" % (py["rxbin"], py["pcn"], py["rxgrp"])])
    if r == 2:
        return ocr_raw("back", rng.randint(5, 10), ["Send claims to: PO Box %d, %s" % (rng.randint(14000, 98000), rng.choice(
            ["Salt Lake City, UT 84130-0555", "Lexington, KY 40512-4079", "Phoenix, AZ 85072-2080", "El Paso, TX 79998-1234"]))])
    if r == 3:
        return golog(["scansvc: card detected dpi=600 skew=%.1fdeg crop=%dx%d side=%s" % (rng.uniform(-4, 4), rng.randint(980, 1040),
                                                                                        rng.randint(620, 660), rng.choice(["front", "back"]))])
    return golog(["scansvc: twain source=\"Canon imageFORMULA P-215II\" serial=GF%06d feed=ok pages=2 duplex=true" % rng.randint(100000, 999999)])


def insurance_back_lines(p, v):
    py = p["payer"]
    out = []
    ln = [1]

    def nxt():
        ln[0] += 1
        return ln[0]
    out.append(lambda: ocr_raw("back", nxt(), ["Providers: verify eligibility at %s or call %s" % (py["web"], py["phone"])]))
    if py["rxbin"]:
        out.append(lambda: ocr_raw("back", nxt(), ["Rx BIN: %s  PCN: %s  Rx GRP: %s" % (py["rxbin"], py["pcn"], py["rxgrp"])]))
    if rng.random() < 0.6:
        nm = ascii_fold(p["last"]).upper() + " " + ascii_fold(p["first"]).upper()
        # front raw OCR mixes name with group number
        out.append(lambda: ocr_raw("front", rng.randint(3, 5), [(nm, "name"), "   Group %s" % (p["group"] or "N/A")]))
    if rng.random() < 0.5:
        if py["kind"] == "mbi":
            out.append(lambda: ocr_raw("front", rng.randint(4, 6), ["Medicare Number ", (p["member"][:4] + "-" + p["member"][4:7] + "-" + p["member"][7:], "health_plan")]))
        else:
            out.append(lambda: ocr_raw("front", rng.randint(4, 6), ["ID# ", (p["member"], "health_plan"), "  Plan: %s" % rng.choice(["PPO", "HMO", "EPO", "POS II"])]))
    return out


# --- PDF417 (log4net) ---------------------------------------------------------
def l4n(thread, level, logger, parts, fam="pm-log4net"):
    t = CLK.tick()
    L = Line(fam)
    L.t("%s [%s] %-5s %s - " % (ts_log4net(t), thread, level, logger))
    L.seg(parts)
    return L


def l4n_pdf(*a):
    return l4n(*a, fam="pdf417-log4net")


def l4n_x12(*a):
    return l4n(*a, fam="x12-elig-log4net")


def pdf417_line(p, v):
    fn = ascii_fold(p["first"]).upper()
    ln = ascii_fold(p["last"]).upper()
    st = p["dl_state"]
    city = ascii_fold(p["city"]).upper()
    street = ascii_fold(p["street"]).upper()
    exp = dt.date(min(p["dl_iss"].year + 8, 2032), p["dob"].month, p["dob"].day)
    zipf = p["zip4"]
    pre = "@\\n\\u001e\\rANSI %s%02d0102DL00410%03dZ%s0%03d0%03dDL" % (
        IIN.get(st, "636026"), rng.choice([8, 9, 10]), rng.randint(240, 300), st[0], rng.randint(270, 330), rng.randint(20, 40))
    parts = ["Decoded AAMVA IIN=%s len=%d raw=\"" % (IIN.get(st, "636026"), rng.randint(250, 330)), pre,
             "DAQ", (p["dl"], "license"),
             "\\nDCS", (ln, "name"), "\\nDAC", (fn, "name"), "\\nDADNONE",
             "\\nDBD%s" % p["dl_iss"].strftime("%m%d%Y"),
             "\\nDBB", (p["dob"].strftime("%m%d%Y"), "date"),
             "\\nDBA%s" % exp.strftime("%m%d%Y"),
             "\\nDBC%s" % ("2" if p["sex"] == "F" else "1"),
             "\\nDAY%s" % rng.choice(["BRO", "BLU", "GRN", "HAZ", "BLK"]),
             "\\nDAU%03d IN" % rng.randint(59, 76),
             "\\nDAG", (street, "address"), "\\nDAI", (city, "address"), "\\nDAJ%s" % st,
             "\\nDAK", (zipf, "zip"), "  ",
             "\\nDCF", (p["dcf"], "other_id"),
             "\\nDCGUSA\\nDDEN\\nDDFN\\nDDGN\\nDCAD\\nDCBNONE\\nDCDNONE\\r\""]
    return l4n(str(rng.randint(5, 14)), "DEBUG", "ClinixPM.Kiosk.IdScan.Pdf417Decoder", parts, fam="pdf417-log4net")


def pdf417_summary(p, v):
    parts = ["IdScan parsed name=", (ascii_fold(p["last"]).upper() + ", " + ascii_fold(p["first"]).upper(), "name"),
             " dob=", (d_iso(p["dob"]), "date"), " dl=", (p["dl"], "license"), " st=%s" % p["dl_state"], " age="]
    if p["age"] > 89:
        parts.append((str(p["age"]), "age"))
    else:
        parts.append(str(p["age"]))
    parts.append(" under21=%s expired=false" % ("true" if p["age"] < 21 else "false"))
    return l4n(str(rng.randint(5, 14)), "INFO ", "ClinixPM.Kiosk.IdScan.LicenseParser", parts, fam="pdf417-log4net")


def pdf417_noise(c):
    r = rng.randint(0, 2)
    if r == 0:
        return l4n_pdf(str(rng.randint(5, 14)), "WARN", "ClinixPM.Kiosk.IdScan.Pdf417Decoder",
                   ["Decode attempt %d failed: ZXing.ReaderException (no barcode found) frame=%05d exposure=-%d" % (rng.randint(1, 3), rng.randint(1, 900), rng.randint(4, 8))])
    if r == 1:
        return l4n_pdf(str(rng.randint(5, 14)), "INFO", "ClinixPM.Kiosk.IdScan.CameraService",
                   ["Camera opened: Honeywell CM5680 fw 3.2.%d serial=%s resolution=1280x800" % (rng.randint(0, 9), "18%09d" % rng.randint(0, 10**9 - 1))])
    return l4n_pdf(str(rng.randint(5, 14)), "DEBUG", "ClinixPM.Kiosk.IdScan.Pdf417Decoder",
               ["Barcode found symbology=PDF417 rows=%d cols=%d ecLevel=%d in %d ms" % (rng.randint(18, 30), rng.randint(12, 17), rng.randint(3, 5), rng.randint(40, 400))])


# --- AnalyzeID ------------------------------------------------------------------
def analyze_id_field(ftype, val_parts, norm=None):
    vd = {"Text": S(*val_parts) if not isinstance(val_parts, str) else val_parts}
    if norm is not None:
        vd["NormalizedValue"] = {"Value": norm, "ValueType": "Date"}
    vd["Confidence"] = round(rng.uniform(85, 99.9), 4)
    return textract_line("ocr.analyze_id", {"doc": "drivers_license", "field": {"Type": {"Text": ftype}, "ValueDetection": vd}})


def analyze_id_lines(p, v):
    fn = ascii_fold(p["first"]).upper()
    ln = ascii_fold(p["last"]).upper()
    out = [
        lambda: analyze_id_field("FIRST_NAME", [P(fn, "name")]),
        lambda: analyze_id_field("LAST_NAME", [P(ln, "name")]),
        lambda: analyze_id_field("DOCUMENT_NUMBER", [P(p["dl"], "license")]),
        lambda: analyze_id_field("DATE_OF_BIRTH", [P(d_us(p["dob"]), "date")], norm=P(d_iso(p["dob"]) + "T00:00:00", "date")),
        lambda: analyze_id_field("ADDRESS", [P(ascii_fold(p["street"]).upper(), "address")]),
        lambda: analyze_id_field("CITY_IN_ADDRESS", [P(ascii_fold(p["city"]).upper(), "address")]),
        lambda: analyze_id_field("ZIP_CODE_IN_ADDRESS", [P(p["zip"], "zip")]),
        lambda: analyze_id_field("STATE_IN_ADDRESS", p["dl_state"]),
        lambda: analyze_id_field("ID_TYPE", "DRIVER LICENSE FRONT"),
        lambda: analyze_id_field("CLASS", "D"),
    ]
    return out


# --- eligibility X12 (log4net) -----------------------------------------------
X12 = "ClinixPM.Eligibility.X12Client"


def x12_lines(p, v):
    py = p["payer"]
    ln = ascii_fold(p["last"]).upper()
    fn = ascii_fold(p["first"]).upper()
    th = "Elig-%d" % rng.randint(1, 4)
    ctl = "%09d" % rng.randint(1000, 999999)
    dep = rng.random() < 0.3
    out = [lambda: l4n_x12(th, "DEBUG", X12, ["270> ISA*00*          *00*          *ZZ*DESERTBLOOM    *ZZ*CLAIMBRIDGE    *%s*%s*^*00501*%s*0*P*:~"
                                              % (TODAY.strftime("%y%m%d"), CLK.t.strftime("%H%M"), ctl)])]
    if dep:
        rel = p["rel"]
        out.append(lambda: l4n_x12(th, "DEBUG", X12, ["270> NM1*IL*1*", (ascii_fold(rel["last"]).upper(), "name"), "*",
                                                     (ascii_fold(rel["first"]).upper(), "name"), "****MI*", (p["member"], "health_plan"), "~"]))
        out.append(lambda: l4n_x12(th, "DEBUG", X12, ["270> NM1*03*1*", (ln, "name"), "*", (fn, "name"), "~"]))
    else:
        out.append(lambda: l4n_x12(th, "DEBUG", X12, ["270> NM1*IL*1*", (ln, "name"), "*", (fn, "name"), "****MI*", (p["member"], "health_plan"), "~"]))
        if rng.random() < 0.5:
            out.append(lambda: l4n_x12(th, "DEBUG", X12, ["270> REF*SY*", (p["ssn"].replace("-", ""), "ssn"), "~"]))
    out.append(lambda: l4n_x12(th, "DEBUG", X12, ["270> DMG*D8*", (d_x12(p["dob"]), "date"), "*%s~" % p["sex"]]))
    out.append(lambda: l4n_x12(th, "DEBUG", X12, ["270> DTP*291*D8*", (d_x12(TODAY), "date"), "~"]))
    out.append(lambda: l4n_x12(th, "DEBUG", X12, ["271< NM1*PR*2*%s*****PI*%s~" % (py["name"].upper(), py["pid"])]))
    out.append(lambda: l4n_x12(th, "DEBUG", X12, ["271< EB*1*IND*30**%s~" % rng.choice(["PPO", "HMO", "CHOICE PLUS", "OPEN ACCESS"])]))
    out.append(lambda: l4n_x12(th, "DEBUG", X12, ["271< EB*B*IND*UC*%s*27*%d~" % (rng.choice(["PPO", "HMO"]), rng.choice([50, 75, 100]))]))
    if p["group"]:
        out.append(lambda: l4n_x12(th, "DEBUG", X12, ["271< REF*6P*%s*%s~" % (p["group"], rng.choice(EMPLOYERS)[0].upper())]))
    out.append(lambda: l4n_x12(th, "DEBUG", X12, ["271< PER*IC*PROVIDER SERVICES*TE*%s~" % py["phone"].replace("-", "")[1:]]))
    out.append(lambda: l4n_x12(th, "INFO ", "ClinixPM.Eligibility.EligibilityService",
                               ["271 parsed in %d ms payer=%s trace=TRN*2*%s*9DESERTBLM status=1 (Active Coverage) copayUC=%d.00"
                                % (rng.randint(300, 4000), py["short"], ctl, rng.choice([50, 75, 100]))]))
    return out


def x12_noise(c):
    r = rng.randint(0, 3)
    th = "Elig-%d" % rng.randint(1, 4)
    if r == 0:
        return l4n_x12(th, "DEBUG", X12, ["271< AAA*Y**%s*C~" % rng.choice(["42", "72", "75", "79"])])
    if r == 1:
        return l4n_x12(th, "DEBUG", X12, ["271< EB*C*IND*30***23*%d.00*****Y~" % rng.choice([500, 1500, 3000, 6000])])
    if r == 2:
        return l4n_x12(th, "WARN ", "ClinixPM.Eligibility.EligibilityService",
                   ["Payer %s timed out after 30000 ms, queued for retry (batch EB-%s-%02d)" % (rng.choice(PAYERS)["pid"], TODAY.strftime("%Y%m%d"), rng.randint(1, 40))])
    return l4n_x12(th, "INFO ", "ClinixPM.Eligibility.PayerDirectory",
               ["Payer list refreshed: %d payers, %d changed, source=https://api.claimbridge.com/v3/payers" % (rng.randint(1400, 1600), rng.randint(0, 12))])


# --- eligibility API (winston JSON) ------------------------------------------
def winston(level, message, meta):
    t = CLK.tick()
    d = {"level": level, "message": message, "service": "elig-gw"}
    d.update(meta)
    d["timestamp"] = ts_iso_z(t)
    L = Line("elig-api-json")
    emit_json(L, d)
    return L


def elig_api_req(p, v):
    sub = {"memberId": P(p["member"], "health_plan"), "firstName": P(ascii_fold(p["first"]).upper(), "name"),
           "lastName": P(ascii_fold(p["last"]).upper(), "name"), "gender": p["sex"], "dateOfBirth": P(d_x12(p["dob"]), "date")}
    pl = {"controlNumber": "%09d" % rng.randint(1, 999999999), "tradingPartnerServiceId": p["payer"]["pid"],
          "provider": {"organizationName": "DesertBloom Urgent Care", "npi": "1639271847"},
          "subscriber": sub, "encounter": {"serviceTypeCodes": ["UC"], "dateOfService": P(d_x12(TODAY), "date")}}
    return winston("debug", "eligibility request", {"payload": pl})


def elig_api_noise(c):
    r = rng.randint(0, 2)
    if r == 0:
        return winston("info", "eligibility response", {"controlNumber": "%09d" % rng.randint(1, 999999999), "status": 200,
                                                        "planStatus": rng.choice(["Active Coverage", "Active Coverage", "Inactive"]),
                                                        "latencyMs": rng.randint(300, 5000)})
    if r == 1:
        return winston("warn", "payer timeout, retrying", {"payerId": rng.choice(PAYERS)["pid"], "attempt": rng.randint(2, 3),
                                                           "backoffMs": rng.choice([500, 1000, 2000])})
    return winston("info", "token refreshed", {"client": "claimbridge", "expiresIn": 3600, "scope": "eligibility claims"})


# --- telemedicine overflow (python logging) ----------------------------------
def pylog(level, logger, parts):
    t = CLK.tick()
    L = Line("telemed-pylog")
    L.t("%s %s [%s] " % (ts_log4net(t), level, logger))
    L.seg(parts)
    return L


def tele_noise(c):
    r = rng.randint(0, 4)
    if r == 0:
        w = rng.randint(46, 120)
        return pylog("INFO", "overflow.router", ["clinic=%s lobby_wait=%dm threshold=45m -> offering virtual visit to %d waiting patients" % (c["id"], w, rng.randint(1, 6))])
    if r == 1:
        prov = rng.sample(PROVIDERS, 3)
        return pylog("INFO", "overflow.pool", ["provider pool available=%d busy=%d on_call=[%s]" % (rng.randint(0, 6), rng.randint(1, 9), ", ".join(prov))])
    if r == 2:
        return pylog("INFO", "overflow.visits", ["visit TV-%07d ended duration=00:%02d:%02d disposition=%s" % (rng.randint(10**6, 10**7 - 1), rng.randint(4, 30), rng.randint(0, 59), rng.choice(["treated", "referred_in_person", "rx_sent", "no_show"]))])
    if r == 3:
        return pylog("WARN", "webrtc.turn", ["TURN allocation slow relay=%s:3478 rtt=%dms region=us-west-2" % (priv_ip(), rng.randint(200, 900))])
    return pylog("INFO", "video.rooms", ["room RM%s closed participants=2 duration_s=%d recording=false" % (hexs(32), rng.randint(200, 2000))])


def tele_lines(c, p, v):
    vid = "TV-%07d" % rng.randint(10**6, 10**7 - 1)
    prov = rng.choice(PROVIDERS)
    slug = ascii_fold(p["first"]).lower().replace(" ", "-") + "-" + ascii_fold(p["last"]).lower().replace("'", "").replace(" ", "-") + "-" + hexs(4)
    out = [
        lambda: pylog("INFO", "overflow.handoff", ["handoff created visit_id=%s clinic=%s pt_name='" % (vid, c["id"]), (p["first"] + " " + p["last"], "name"),
                                                   "' dob=", (d_iso(p["dob"]), "date"), " mrn=", (p["mrn"], "mrn"), " callback=",
                                                   (fmt_phone(p["phone"], 2), "phone"), " state=%s" % p["state"]]),
        lambda: pylog("INFO", "overflow.rooms", ["room ready visit_id=%s url=" % vid, ("https://visit.nowcarevirtual.com/r/" + slug, "url"),
                                                 " provider='%s' eta=%dm" % (prov, rng.randint(2, 15))]),
        lambda: pylog("INFO", "webrtc.signal", ["peer connected visit_id=%s role=patient remote=" % vid, (p["ip"], "ip"),
                                                ":%d relay=%s ice=srflx" % (rng.randint(1024, 65000), priv_ip())]),
        lambda: pylog("INFO", "webrtc.signal", ["peer connected visit_id=%s role=provider remote=%s:%d ice=host" % (vid, priv_ip(), rng.randint(1024, 65000))]),
    ]
    if p["age"] > 89:
        out.append(lambda: pylog("WARN", "overflow.triage", ["geriatric flag visit_id=%s age=" % vid, (str(p["age"]), "age"),
                                                             " -> senior queue, caregiver ", (p["rel"]["first"] + " " + p["rel"]["last"], "name"),
                                                             " invited"]))
    r = rng.random()
    if r < 0.45:
        out.append(lambda: pylog("INFO", "rpm.bridge", ["paired device type=pulse_ox model='Nonin 3230' serial=", ("5%08d" % rng.randint(0, 10**8 - 1), "device"),
                                                        " ble=", (":".join("%02X" % rng.randint(0, 255) for _ in range(6)), "device"),
                                                        " visit_id=%s" % vid]))
    elif r < 0.8:
        out.append(lambda: pylog("INFO", "client.info", ["visit_id=%s app='NowCare Android 5.8.%d' os='Android 14' device_imei=" % (vid, rng.randint(0, 9)),
                                                         (p["imei"], "device"), " net=lte"]))
    return out


# --- occ med (Mirth HL7) -------------------------------------------------------
def mirth(level, channel, parts):
    t = CLK.tick()
    L = Line("occmed-mirth-hl7")
    L.t("%-5s %s [%s] " % (level, ts_log4net(t), channel))
    L.seg(parts)
    return L


CH = "OccMed_DrugScreen_ORM Destination 1"


def occ_lines(c, p, v):
    emp = rng.choice(EMPLOYERS)
    ccf = "%010d" % rng.randint(10**9, 10**10 - 1)
    ctl = "MSG%09d" % rng.randint(1, 10**9)
    order = "DS-2024-%07d" % rng.randint(1, 10**7)
    coll = CLK.t - dt.timedelta(minutes=rng.randint(3, 25))
    ln = ascii_fold(p["last"]).upper()
    fn = ascii_fold(p["first"]).upper()
    ph = p["phone"]
    dot = v["reason"][0] == "DOT_PHYS" or rng.random() < 0.5
    panel = "DOT5^DOT 5-PANEL URINE^L" if dot else rng.choice(["NDOT10^10-PANEL URINE NON-DOT^L", "NDOT5H^5-PANEL HAIR^L"])
    street = ascii_fold(p["street"]).upper()
    out = [
        lambda: mirth("INFO", CH, ["outbound MSH|^~\\&|CLINIXPM|DBUC%s|MERIDIANTOX|MTLAB|%s||ORM^O01|%s|P|2.3" % (c["id"][2:], CLK.t.strftime("%Y%m%d%H%M%S"), ctl)]),
        lambda: mirth("INFO", CH, ["outbound PID|1||", (p["mrn"], "mrn"), "^^^DBUC^MR||", (ln, "name"), "^", (fn, "name"), "^^^^^L||",
                                   (d_x12(p["dob"]), "date"), "|%s|||" % p["sex"], (street, "address"), "^^", (ascii_fold(p["city"]).upper(), "address"),
                                   "^%s^" % p["state"], (p["zip"], "zip"), "^USA||", ("(%s)%s-%s" % ph, "phone"), "^PRN^PH|||||||",
                                   (p["ssn"], "ssn")]),
        lambda: mirth("INFO", CH, ["outbound ORC|NW|%s||||||||||1457382916^BELLO^OLUSEGUN^^^^MD" % order]),
        lambda: mirth("INFO", CH, ["outbound OBR|1|%s|" % order, (ccf, "other_id"), "|%s|||" % panel,
                                   (coll.strftime("%Y%m%d%H%M"), "date"), "|||||||||1457382916^BELLO^OLUSEGUN"]),
        lambda: mirth("INFO", CH, ["outbound NTE|1||REASON: %s; EMPLOYER: %s; DER: %s %s FAX %s" % (
            rng.choice(["PRE-EMPLOYMENT", "RANDOM", "POST-ACCIDENT", "REASONABLE SUSPICION"]), emp[0].upper(), emp[1].upper(), emp[2], emp[3])]),
    ]
    if dot:
        out.append(lambda: mirth("INFO", CH, ["outbound ZDS|1|CDL|%s|" % p["dl_state"], (p["dl"], "license"), "|DOT|FMCSA"]))
    out.append(lambda: mirth("INFO", "OccMed_DrugScreen_ORM Response", ["ACK received MSA|AA|%s|Message accepted" % ctl]))
    if rng.random() < 0.6:
        out.append(lambda: mirth("INFO", "OccMed_eCCF_API Destination 1", [
            "POST https://api.meridiantox.com/eccf/v2/specimens body={\"ccfNumber\":\"", (ccf, "other_id"), "\",\"donorId\":\"",
            ("EMP-%05d" % rng.randint(1000, 99999), "other_id"), "\",\"employer\":\"%s\",\"collectionSite\":\"DBUC%s\",\"collector\":\"%s\"}"
            % (emp[0], c["id"][2:], rng.choice(STAFF)[0])]))
    return out


def occ_noise(c):
    r = rng.randint(0, 3)
    if r == 0:
        return mirth("INFO", "Main Server Thread", ["Channel OccMed_DrugScreen_ORM deployed (revision %d)" % rng.randint(40, 90)])
    if r == 1:
        return mirth("WARN", CH, ["Connection to tcp://%s:6661 refused, retrying in 10000 ms (attempt %d)" % (priv_ip(), rng.randint(1, 5))])
    if r == 2:
        return mirth("INFO", "OccMed_Results_ORU Source", ["Received ORU^R01 from MERIDIANTOX ctrl=MTX%08d size=%d bytes" % (rng.randint(0, 10**8), rng.randint(900, 4000))])
    emp = rng.choice(EMPLOYERS)
    return mirth("INFO", "OccMed_Results_Fax Destination 1", ["Result summary faxed to employer DER %s fax %s pages=1 job=%d" % (emp[1], emp[3], rng.randint(10000, 99999))])


# --- POS -----------------------------------------------------------------------
def pos(comp, term, level, parts):
    t = CLK.tick()
    L = Line("pos-terminal")
    L.t("[%s][%s][%s][%-5s] " % (ts_dot(t), comp, term, level))
    L.seg(parts)
    return L


def pos_sale(c, p, v):
    brand = {"4": "VISA", "5": "MC", "3": "AMEX", "6": "DISC"}[p["pan"][0]]
    aid = {"VISA": "A0000000031010", "MC": "A0000000041010", "AMEX": "A00000002501", "DISC": "A0000001523010"}[brand]
    amt = rng.choice([50, 75, 100, 125, 150, 189])
    v["amt"] = amt
    return pos("PayHarbor.Bridge", v["term"], "INFO",
               ["SALE APPROVED amt=%d.00 cur=USD card=%s %s%s entry=%s aid=%s auth=%s ref=%d batch=%04d inv=INV-%s-%04d"
                % (amt, brand, "*" * (len(p["pan"]) - 4), p["pan"][-4:], rng.choice(["CHIP", "CONTACTLESS", "CONTACTLESS", "SWIPE"]),
                   aid, alnum_up(6), rng.randint(10**9, 10**10 - 1), rng.randint(300, 320), TODAY.strftime("%Y%m%d"), rng.randint(1, 400))])


def pos_post(c, p, v):
    return pos("ClinixPM.Payments", v["term"], "INFO",
               ["Copay posted pmt=PMT-%08d acct=" % rng.randint(1, 10**8), (p["acct"], "account"), " pt=",
                (ascii_fold(p["last"]).upper() + ", " + ascii_fold(p["first"]).upper(), "name"),
                " amt=%d.00 method=CARD enc=ENC-%s-%05d" % (v.get("amt", 75), TODAY.strftime("%Y%m%d"), rng.randint(1, 99999))])


def pos_tok_fail(c, p, v):
    return pos("PayHarbor.Bridge", v["term"], "ERROR",
               ["Tokenize failed pan=", (p["pan"], "account"), " exp=%02d%02d reason=HOST_TIMEOUT elapsed=%dms" % (rng.randint(1, 12), rng.randint(25, 30), rng.randint(15000, 30000))])


def pos_noise(c):
    term = "%s-FD%d" % (c["id"], rng.randint(1, 3))
    r = rng.randint(0, 4)
    if r == 0:
        return pos("PayHarbor.Bridge", term, "INFO", ["Batch %04d settled count=%d total=%d.%02d host=gw2.payharbor.net" % (rng.randint(300, 320), rng.randint(10, 60), rng.randint(800, 6000), rng.randint(0, 99))])
    if r == 1:
        return pos("PayHarbor.Bridge", term, "INFO", ["Terminal online model=Verifone P400 s/n %03d-%03d-%03d fw=3.4.%d ip=%s" % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999), rng.randint(0, 9), priv_ip())])
    if r == 2:
        brand = rng.choice(["VISA", "MC", "AMEX", "DISC"])
        n = 15 if brand == "AMEX" else 16
        return pos("PayHarbor.Bridge", term, "INFO", ["SALE DECLINED amt=%d.00 card=%s %s%04d entry=CHIP resp=05 (Do Not Honor) ref=%d" % (rng.choice([75, 100, 150]), brand, "*" * (n - 4), rng.randint(0, 9999), rng.randint(10**9, 10**10 - 1))])
    if r == 3:
        return pos("PayHarbor.Bridge", term, "DEBUG", ["EMV kernel TVR=%s TSI=E800 CVM=1F0302 ARQC=%s" % (hexs(10).upper(), hexs(16).upper())])
    return pos("ClinixPM.Payments", term, "WARN", ["Receipt printer offline (Epson TM-T88VI), receipt emailed via noreply@desertbloomuc.com instead"])


# --- PM Windows service (log4net) ------------------------------------------
def pm_noise(c):
    r = rng.randint(0, 7)
    th = rng.choice(["Worker-%d" % rng.randint(1, 8), str(rng.randint(1, 40))])
    if r == 0:
        return l4n(th, "ERROR", "ClinixPM.Data.SqlRetry", ["Timeout expired after 30s executing dbo.usp_GetQueueSnapshot @ClinicId=%d (attempt %d/3) server=%s\\SQLPM" % (int(c["id"][2:]), rng.randint(1, 3), "%s-SQL01" % c["id"])])
    if r == 1:
        return l4n(th, "ERROR", "ClinixPM.Sync.EncounterWorker", ["   at System.Data.SqlClient.SqlCommand.ExecuteReader(CommandBehavior behavior) in D:\\a\\1\\s\\src\\ClinixPM.Data\\SqlRunner.cs:line %d" % rng.randint(80, 400)])
    if r == 2:
        return l4n(th, "INFO ", "ClinixPM.Service.Host", ["ClinixPM Sync Agent 11.4.%d.%d starting on %s-PMAPP01 (.NET Framework 4.8.9181.0)" % (rng.randint(0, 9), rng.randint(1000, 9999), c["id"])])
    if r == 3:
        return l4n(th, "INFO ", "ClinixPM.Sync.Scheduler", ["Job 'ClaimScrubber' completed in %d ms, %d claims, next run %s" % (rng.randint(500, 90000), rng.randint(0, 120), (CLK.t + dt.timedelta(minutes=15)).strftime("%Y-%m-%d %H:%M"))])
    if r == 4:
        emp = rng.choice(["Banner Orthopedics", "HonorHealth Imaging", "Valleywise Radiology"])
        return l4n(th, "INFO ", "ClinixPM.Referrals.FaxOut", ["Referral packet REF-%06d sent to %s fax %s status=OK pages=%d" % (rng.randint(1, 10**6), emp, rng.choice(["(480) 555-0142", "(602) 555-0163", "(623) 555-0119"]), rng.randint(2, 9))])
    if r == 5:
        s = rng.choice(STAFF)
        return l4n(th, "INFO ", "ClinixPM.Security.Audit", ["User %s (%s) logged on from %s workstation=%s-FD%d" % (s[1], s[0], priv_ip(), c["id"], rng.randint(1, 3))])
    if r == 6:
        return l4n(th, "WARN ", "ClinixPM.Licensing", ["License server lic01.desertbloom.local:27000 slow to respond (%d ms), %d/%d seats in use" % (rng.randint(1500, 9000), rng.randint(20, 60), 60)])
    return l4n(th, "DEBUG", "ClinixPM.Sync.QueueBridge", ["Pulled %d waitlist updates since %s from https://wait.desertbloomuc.com/api/v1/sync" % (rng.randint(0, 15), ts_iso_z(CLK.t - dt.timedelta(seconds=30)))])


def pm_lines(c, p, v):
    th = "Worker-%d" % rng.randint(1, 8)
    prov = rng.choice(PROVIDERS)
    enc = "ENC-%s-%05d" % (TODAY.strftime("%Y%m%d"), rng.randint(1, 99999))
    nm = ascii_fold(p["last"]).upper() + ", " + ascii_fold(p["first"]).upper()
    out = [lambda: l4n(th, "INFO ", "ClinixPM.Sync.EncounterWorker",
                       ["Encounter %s created for PatNum %s MRN " % (enc, p["patnum"]), (p["mrn"], "mrn"), " (", (nm, "name"), ") DOS ",
                        (d_us(TODAY), "date"), " provider=%s" % prov])]
    r = rng.random()
    if r < 0.35:
        parts = ["Demographics updated MRN ", (p["mrn"], "mrn"), ": addr='", (p["street"], "address"), ", ", (p["city"], "address"),
                 ", %s " % p["state"], (p["zip"], "zip"), "' homePhone=", (fmt_phone(p["phone"], 0), "phone")]
        if rng.random() < 0.5:
            parts += [" fax=", (fmt_phone(p["fax"], 0), "fax")]
        parts += [" email=", (p["email"], "email")]
        out.append(lambda: l4n(th, "INFO ", "ClinixPM.Patients.DemographicsWriter", parts))
    elif r < 0.5:
        rel = p["rel"]
        out.append(lambda: l4n(th, "INFO ", "ClinixPM.Patients.ContactsWriter",
                               ["EmergencyContact saved MRN ", (p["mrn"], "mrn"), " name='", (rel["first"] + " " + rel["last"], "name"),
                                "' rel=%s phone=" % rel["role"], (fmt_phone(rel["phone"], 1), "phone")]))
    elif r < 0.65:
        rel = p["rel"]
        out.append(lambda: l4n(th, "INFO ", "ClinixPM.Billing.StatementQueue",
                               ["Statement queued guarantor acct ", (p["acct"], "account"), " guarantor='", (rel["first"] + " " + rel["last"], "name"),
                                "' rel=%s balance=%d.%02d cycle=%s" % (rel["role"], rng.randint(10, 400), rng.randint(0, 99), TODAY.strftime("%Y%m"))]))
    elif r < 0.78:
        fu = TODAY + dt.timedelta(days=rng.randint(2, 14))
        out.append(lambda: l4n(th, "INFO ", "ClinixPM.Scheduling.AppointmentService",
                               ["FollowUp booked MRN ", (p["mrn"], "mrn"), " appt ", (d_iso(fu), "date"), " %02d:%s with %s at %s (%s)" % (
                                   rng.randint(8, 17), rng.choice(["00", "15", "30", "45"]), rng.choice(PROVIDERS), c["name"], c["phone"])]))
    if p["curp"]:
        out.append(lambda: l4n(th, "INFO ", "ClinixPM.Patients.AltIdentifiers",
                               ["Alt ID stored MRN ", (p["mrn"], "mrn"), " type=MX_CURP value=", (p["curp"], "other_id"), " verifiedBy=%s" % rng.choice(STAFF)[1]]))
    if v["reason"][0] == "MVA":
        out.append(lambda: l4n(th, "INFO ", "ClinixPM.Billing.ThirdPartyLiability",
                               ["Auto accident case linked MRN ", (p["mrn"], "mrn"), " carrier=%s claim#=" % rng.choice(["Progressive", "GEICO", "State Farm", "USAA"]),
                                ("%02d-%07d-%02d" % (rng.randint(20, 24), rng.randint(0, 10**7), rng.randint(1, 3)), "other_id"), " vin=", (p["vin"], "vehicle"),
                                " dateOfLoss=", (d_us(TODAY - dt.timedelta(days=rng.randint(0, 6))), "date")]))
    return out


def winevt(c, p=None):
    t = CLK.tick()
    L = Line("win-eventlog-syslog")
    host = "%s-PMAPP01" % c["id"]
    ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % t.microsecond + "-07:00"
    if p is None:
        r = rng.randint(0, 3)
        if r == 0:
            L.t("<14>1 %s %s Service_Control_Manager 612 - [eventlog@32473 EventID=\"7036\" Channel=\"System\"] The ClinixPM Sync Agent service entered the %s state." % (ts, host, rng.choice(["running", "stopped"])))
        elif r == 1:
            L.t("<11>1 %s %s ClinixPM.SyncAgent %d - [eventlog@32473 EventID=\"5012\" Channel=\"Application\"] Failed to post eligibility batch EB-%s-%02d: The remote server returned an error: (503) Server Unavailable." % (ts, host, rng.randint(1000, 9000), TODAY.strftime("%Y%m%d"), rng.randint(1, 40)))
        elif r == 2:
            L.t("<13>1 %s %s Microsoft-Windows-Security-Auditing 4 - [eventlog@32473 EventID=\"4624\" Channel=\"Security\"] An account was successfully logged on. Account Name: %s Logon Type: 10 Source Network Address: %s" % (ts, host, rng.choice(STAFF)[1], priv_ip()))
        else:
            L.t("<12>1 %s %s ClinixPM.SyncAgent %d - [eventlog@32473 EventID=\"2003\" Channel=\"Application\"] Disk D: free space %d%% below threshold 15%% on volume \\\\?\\Volume{%s}" % (ts, host, rng.randint(1000, 9000), rng.randint(5, 14), uuid4()))
        return L
    L.t("<13>1 %s %s ClinixPM.SyncAgent %d - [eventlog@32473 EventID=\"4102\" Channel=\"Application\"] Patient merge completed: MRN " % (ts, host, rng.randint(1000, 9000)))
    L.p("UC%07d" % rng.randint(30000, 99999), "mrn").t(" merged into ").p(p["mrn"], "mrn").t(" by user %s" % rng.choice(STAFF)[1])
    return L


# ----------------------------------------------------------------------------
# visit flows
# ----------------------------------------------------------------------------
def some(lst, lo, hi):
    """random subset of lst (keeping order)"""
    k = rng.randint(min(lo, len(lst)), min(hi, len(lst)))
    idx = sorted(rng.sample(range(len(lst)), k))
    return [lst[i] for i in idx]


def face_match(p, v):
    tmpl = b64_blob(b"FTPL\x03\x00\x00\x02", rng.randint(280, 420))
    return textract_line("idv.face", {"msg": "selfie vs licence portrait", "similarity": round(rng.uniform(90, 99.8), 3),
                                      "liveness": "PASS", "patient_mrn": P(p["mrn"], "mrn"),
                                      "probe_template": P(tmpl, "biometric")})


def visit_flow(p):
    c = rng.choice(CLINICS)
    v = {"kiosk": rng.choice([1, 2]), "ksess": uuid4(), "ticket": "W-" + alnum_up(5), "job": hexs(64),
         "reason": rng.choice(REASONS), "lang": "es" if rng.random() < 0.2 else "en",
         "term": "%s-FD%d" % (c["id"], rng.randint(1, 3))}
    steps = []
    if rng.random() < 0.45:
        v["web"] = True
        web = [lambda: nginx_patient(c, p, v, "POST /api/v1/waitlist/join", 201, rng.randint(280, 420)),
               lambda: wl_join(c, p, v)]
        if rng.random() < 0.5:
            web.append(lambda: sms_queue_pos(c, p, v))
        if rng.random() < 0.35:
            web.append(lambda: wl_link(c, p, v))
        if rng.random() < 0.3:
            web.append(lambda: wl_login(c, p, v))
        if rng.random() < 0.4:
            web.append(lambda: nginx_patient(c, p, v, "GET /api/v1/waitlist/%s/status" % v["ticket"], 200, rng.randint(120, 200)))
        if rng.random() < 0.55:
            web.insert(2, lambda: wl_curbside(c, p, v))
        steps.extend(some(web, 1, 4))
    if rng.random() < 0.2:
        steps.append(lambda: kiosk_palm_match(c, p, v))
    elif rng.random() < 0.6:
        steps.append(lambda: kiosk_lookup(c, p, v))
    if rng.random() < 0.8:
        steps.append(lambda: kiosk_checkin(c, p, v))
    if rng.random() < 0.2:
        steps.append(lambda: kiosk_photo(c, p, v))
    if rng.random() < 0.12:
        steps.append(lambda: kiosk_palm(c, p, v))
    # ID scan
    r = rng.random()
    if r < 0.3:
        steps.append(lambda: pdf417_line(p, v))
        if rng.random() < 0.6:
            steps.append(lambda: pdf417_summary(p, v))
    elif r < 0.55:
        steps.extend(some(analyze_id_lines(p, v), 2, 4))
        if rng.random() < 0.3:
            steps.append(lambda: face_match(p, v))
    # insurance card
    if rng.random() < 0.55:
        steps.extend(some(insurance_front_lines(p, v), 2, 4))
        steps.extend(some(insurance_back_lines(p, v), 1, 2))
    # eligibility
    r = rng.random()
    if r < 0.35:
        steps.extend(some(x12_lines(p, v), 4, 7))
    elif r < 0.6:
        steps.append(lambda: elig_api_req(p, v))
    if rng.random() < 0.65:
        steps.extend(some(pm_lines(c, p, v), 1, 3))
    if v["reason"][0] in ("OCC_DS", "DOT_PHYS") or rng.random() < 0.06:
        steps.extend(some(occ_lines(c, p, v), 3, 6))
    if rng.random() < 0.2 or p["age"] > 89:
        steps.extend(some(tele_lines(c, p, v), 2, 4))
    elif rng.random() < 0.6:
        steps.append(lambda: sms_room_ready(c, p, v))
    if rng.random() < 0.55:
        steps.append(lambda: pos_sale(c, p, v))
    if rng.random() < 0.35:
        steps.append(lambda: pos_post(c, p, v))
    if rng.random() < 0.1:
        steps.append(lambda: pos_tok_fail(c, p, v))
    if rng.random() < 0.1:
        steps.append(lambda: winevt(c, p))
    return steps


NOISE = [(kiosk_noise, 14), (wl_noise, 10), (nginx_noise, 10), (sms_noise, 9), (tx_job_noise, 6), (ocr_noise, 10),
         (pdf417_noise, 6), (x12_noise, 9), (elig_api_noise, 5), (tele_noise, 8), (occ_noise, 5), (pos_noise, 9),
         (pm_noise, 16), (lambda c: winevt(c), 6)]
NOISE_FNS = [f for f, _ in NOISE]
NOISE_W = [w for _, w in NOISE]


def main():
    lines = []
    flows = []
    order = list(range(len(PEOPLE)))
    rng.shuffle(order)
    # a few returning patients appear twice
    order += rng.sample(order, 12)
    pi = 0
    nophi = 0
    while len(lines) < N_LINES:
        # keep 2-3 concurrent visits in flight, like several kiosks at once
        while len(flows) < 4 and pi < len(order):
            flows.append(visit_flow(PEOPLE[order[pi]]))
            pi += 1
        n = len(lines)
        want_noise = (n == 0) or (nophi / n < TARGET_NOPHI) or not flows
        if want_noise or rng.random() < 0.15:
            L = rng.choices(NOISE_FNS, NOISE_W)[0](rng.choice(CLINICS))
            assert not L.spans, L.family
        else:
            f = rng.choice(flows)
            L = f.pop(0)()
            if not f:
                flows.remove(f)
        L.check()
        if not L.spans:
            nophi += 1
        lines.append(L)

    with open(os.path.join(HERE, "gc.log"), "wb") as fh:
        for L in lines:
            fh.write(bytes(L.buf) + b"\n")
    with open(os.path.join(HERE, "gc.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for i, L in enumerate(lines, 1):
            fh.write(json.dumps({"line": i, "family": L.family,
                                 "spans": [{"s": s, "e": e, "cat": cat} for s, e, cat, _ in L.spans]}) + "\n")


if __name__ == "__main__":
    main()
