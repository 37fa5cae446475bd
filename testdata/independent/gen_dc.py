#!/usr/bin/env python3
"""Deterministic generator for the 'dc' held-out PHI test corpus.

Theme: sports medicine & concussion program (high schools, colleges, pro team).
Writes dc.log and dc.labels.jsonl next to this file.  Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import uuid

random.seed(180918)

HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


# --------------------------------------------------------------------------- line builder
class P:
    """A value that is PHI of category c (or plain when c is None)."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v = v
        self.c = c


class O(list):
    """Ordered JSON object: list of (key, value)."""


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []

    def a(self, *parts):
        for x in parts:
            if isinstance(x, tuple):
                v, c = x
                v = str(v)
                e = v.encode("utf-8")
                if c is None:
                    self.b += e
                else:
                    assert c in CATS, c
                    s = len(self.b)
                    self.b += e
                    self.sp.append((s, len(self.b), c, e))
            elif isinstance(x, P):
                self.a((x.v, x.c))
            else:
                self.b += str(x).encode("utf-8")
        return self

    def j(self, v, sep=(",", ":"), ascii_=False):
        if isinstance(v, O):
            self.a("{")
            for i, (k, x) in enumerate(v):
                if i:
                    self.a(sep[0])
                self.a(json.dumps(k, ensure_ascii=ascii_) + sep[1])
                self.j(x, sep, ascii_)
            self.a("}")
        elif isinstance(v, list):
            self.a("[")
            for i, x in enumerate(v):
                if i:
                    self.a(sep[0])
                self.j(x, sep, ascii_)
            self.a("]")
        elif isinstance(v, P):
            if isinstance(v.v, str):
                self.a('"', (json.dumps(v.v, ensure_ascii=ascii_)[1:-1], v.c), '"')
            else:
                self.a((json.dumps(v.v), v.c))
        else:
            self.a(json.dumps(v, ensure_ascii=ascii_))
        return self

    def rb(self, v):
        """Ruby Hash#inspect style (Rails 'Parameters:' line)."""
        if isinstance(v, O):
            self.a("{")
            for i, (k, x) in enumerate(v):
                if i:
                    self.a(", ")
                self.a('"%s"=>' % k)
                self.rb(x)
            self.a("}")
        elif isinstance(v, P):
            self.a('"', (rb_esc(v.v), v.c), '"')
        elif v is None:
            self.a("nil")
        else:
            self.a('"%s"' % rb_esc(v))
        return self


def rb_esc(s):
    return str(s).replace("\\", "\\\\").replace('"', '\\"')


def fold(s):
    for a_, b_ in (("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("đ", "d"), ("ı", "i"), ("’", ""), ("'", "")):
        s = s.replace(a_, b_)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def rid(n=16, alpha="0123456789abcdef"):
    return "".join(random.choice(alpha) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


# --------------------------------------------------------------------------- check digits
def luhn_check(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card_number():
    pre = random.choice(["4539", "4716", "4024", "5425", "5198", "2221"])
    body = pre + digits(11)
    return body + luhn_check(body)


def imei():
    body = random.choice(["35332811", "35875309", "35391110", "86718903", "35925406"]) + digits(6)
    return body + luhn_check(body)


def npi():
    body = random.choice("12") + digits(8)
    return body + luhn_check("80840" + body)


def sin_ca():
    body = random.choice("123456") + digits(7)
    return body + luhn_check(body)


VIN_T = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = random.choice(["1FT", "1G1", "2T1", "JHM", "5YJ", "WBA", "1C4", "3GN", "KNM"])
    v = list(wmi + "".join(random.choice(VIN_CH) for _ in range(5)) + "0" + random.choice("LMNPR") +
             random.choice(VIN_CH) + digits(6))
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    s = "".join(v)
    assert len(s) == 17
    return s


def iban_de():
    bban = random.choice(["37040044", "50010517", "20041111", "70020270"]) + digits(10)
    num = "".join(str(int(c, 36)) for c in bban + "DE00")
    chk = 98 - int(num) % 97
    return "DE%02d%s" % (chk, bban)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    s = (random.choice("123456789") + random.choice(MBI_A) + random.choice(an) + random.choice("0123456789") +
         random.choice(MBI_A) + random.choice(an) + random.choice("0123456789") + random.choice(MBI_A) +
         random.choice(MBI_A) + random.choice("0123456789") + random.choice("0123456789"))
    return s


def ssn():
    while True:
        a_ = random.randint(100, 665)
        if a_ not in (219,):
            break
    return "%03d-%02d-%04d" % (a_, random.randint(1, 99), random.randint(1, 9999))


def public_ip():
    first = random.choice([24, 47, 50, 65, 67, 68, 69, 71, 73, 75, 76, 96, 98, 99, 107, 108, 162, 174, 184, 207])
    return "%d.%d.%d.%d" % (first, random.randint(0, 255), random.randint(0, 255), random.randint(1, 254))


def ipv6():
    return "2601:%x:%x:%x::%x" % (random.randint(0x100, 0xfff), random.randint(0x8000, 0xffff),
                                  random.randint(1, 0xffff), random.randint(1, 0xffff))


def mac():
    oui = random.choice(["C8:4F:0A", "A0:9E:1A", "F4:5E:AB", "D0:03:DF", "E8:5D:86"])
    return oui + ":" + ":".join("%02X" % random.randint(0, 255) for _ in range(3))


def jpeg_b64(n):
    hdr = bytes.fromhex("FFD8FFE000104A46494600010101004800480000FFDB0043000806060706050806070709090808")
    body = bytes(random.getrandbits(8) for _ in range(n))
    return base64.b64encode(hdr + body + b"\xff\xd9").decode()


def png_b64(n):
    hdr = bytes.fromhex("89504E470D0A1A0A0000000D4948445200000060000000600806000000E2987738")
    body = bytes(random.getrandbits(8) for _ in range(n))
    return base64.b64encode(hdr + body).decode()


def face_tpl():
    return base64.b64encode(b"FRT\x01\x00\x02" + bytes(random.getrandbits(8) for _ in range(186))).decode()


def finger_tpl():
    return base64.b64encode(b"FMR\x00 20\x00\x00\x00\x00\xd6" + bytes(random.getrandbits(8) for _ in range(120))).decode()


# --------------------------------------------------------------------------- formats
def phone_digits():
    return random.choice(["414", "262", "608", "920", "847", "224", "773", "312"]) + "5550" + "1" + digits(1) + random.choice("0123456789")


def fphone(d, style):
    if style == "dash":
        return "%s-%s-%s" % (d[:3], d[3:6], d[6:])
    if style == "paren":
        return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])
    if style == "e164":
        return "+1" + d
    if style == "dots":
        return "%s.%s.%s" % (d[:3], d[3:6], d[6:])
    if style == "hl7":
        return "(%s)%s-%s" % (d[:3], d[3:6], d[6:])
    return d


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"]


def fdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if style == "long":
        return "%s %d, %d" % (MONL[d.month - 1], d.day, d.year)
    if style == "usshort":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    raise ValueError(style)


# --------------------------------------------------------------------------- people
FIRST_M = ["Mateo", "José", "Chidi", "Oluwaseun", "Minh", "Łukasz", "Tavita", "Ji-ho", "Arjun", "Ciarán", "Yusuf",
           "Haruto", "Jean-Baptiste", "Dimitrios", "Väinö", "João", "Kwame", "Dmitri", "Kealoha", "Tariq", "Björn",
           "Rafael", "DeShawn", "Kofi", "Emre", "Nikolai", "Sione", "Marcus", "Tyler", "Ikaika", "Bogdan", "Santiago"]
FIRST_F = ["Maria", "Aaliyah", "Thanh", "Zofia", "Malia", "Seo-yeon", "Priya", "Siobhán", "Amira", "Yui", "Wideline",
           "Eleni", "Aino", "Ama", "Sofía", "Anastasia", "Leilani", "Ingrid", "Chloé", "Imani", "Zanele", "Ayşe",
           "Noa", "Kayla", "Brooke", "Fatima", "Mei", "Nadia", "Lucía", "Hana"]
LASTS = ["Lopez", "Hernández", "Okafor", "Adeyemi", "Nguyễn", "Tran", "Kowalski", "Wiśniewski", "Faleolo",
         "Tuilagi", "Kim", "Park", "Ramanathan", "Patel", "Ó Briain", "Gallagher", "Haddad", "Al-Sayed", "Tanaka",
         "Sato", "Desrosiers", "Pierre-Louis", "Papadopoulos", "Georgiou", "Virtanen", "Mäkinen", "Carvalho",
         "Silva", "Mensah", "Owusu", "Morales", "Volkov", "Kahananui", "Mizrahi", "Lindqvist", "Jovanović",
         "Washington", "Brooks", "Dlamini", "Yılmaz", "Çelik", "O'Connor", "Schultz", "Baptiste", "Novak",
         "Castillo", "Achterberg", "Ibekwe", "Petrov", "Sandoval"]
PARENT_F = ["Rosa", "Ngozi", "Lan", "Agnieszka", "Sina", "Min-jung", "Lakshmi", "Maeve", "Rania", "Keiko",
            "Marie-Claude", "Despina", "Päivi", "Ana Paula", "Abena", "Irina", "Noelani", "Tamar", "Karin", "Jelena",
            "Tanya", "Thandiwe", "Elif", "Colleen", "Gloria"]
PARENT_M = ["Carlos", "Emeka", "Quang", "Piotr", "Sione", "Dong-hyun", "Ramesh", "Declan", "Omar", "Hiroshi",
            "Jean-Claude", "Nikos", "Jussi", "Paulo", "Kwabena", "Sergei", "Keoni", "Avi", "Lars", "Milan",
            "Darnell", "Sipho", "Mehmet", "Patrick", "Hector"]
STREETS = ["W Oakwood Dr", "Sheridan Rd", "52nd St", "Washington Ave", "Birch Creek Ln", "N Lakeshore Blvd",
           "Durand Ave", "Pershing Blvd", "Green Bay Rd", "Cooper Rd", "Meadowlark Ct", "S Elm St", "Taft Rd",
           "Kilbourn Ave", "Prairie Ridge Way", "Harborview Ter", "Whitetail Run", "Spring St", "Old Mill Ct"]
CITIES = [("Kenosha", "WI", "531", "Kenosha County"), ("Racine", "WI", "534", "Racine County"),
          ("Pleasant Prairie", "WI", "531", "Kenosha County"), ("Oak Creek", "WI", "531", "Milwaukee County"),
          ("Wauwatosa", "WI", "532", "Milwaukee County"), ("Franklin", "WI", "531", "Milwaukee County"),
          ("Somers", "WI", "531", "Kenosha County"), ("Waukegan", "IL", "600", "Lake County"),
          ("Gurnee", "IL", "600", "Lake County"), ("Zion", "IL", "600", "Lake County"),
          ("Mount Pleasant", "WI", "534", "Racine County"), ("Caledonia", "WI", "531", "Racine County")]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "proton.me"]
HS = ["Bradford HS", "Tremper HS", "Indian Trail HS & Academy", "Horlick HS", "Case HS", "Waukegan HS"]
COLLEGES = ["Carthage College", "UW-Parkside", "Lake Forest College"]
SPORTS_HS = ["Football", "Girls Soccer", "Boys Soccer", "Wrestling", "Girls Volleyball", "Boys Hockey", "Cheer",
             "Girls Basketball", "Boys Lacrosse"]
SPORTS_F = ["Girls Soccer", "Girls Volleyball", "Cheer", "Girls Basketball"]
SPORTS_M = ["Football", "Boys Soccer", "Wrestling", "Boys Hockey", "Boys Lacrosse"]
INJ = [("concussion", "S06.0X0A", "Concussion without loss of consciousness, initial encounter"),
       ("concussion", "S06.0X1A", "Concussion with LOC of 30 minutes or less, initial encounter"),
       ("concussion", "S06.0X9A", "Concussion with LOC of unspecified duration, initial encounter"),
       ("cervical strain", "S16.1XXA", "Strain of muscle, fascia and tendon at neck level, initial encounter"),
       ("ankle sprain", "S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter")]
MECH = ["helmet-to-helmet", "head-to-ground", "ball-to-head", "elbow-to-head", "player collision", "fall on ice",
        "heading duel", "takedown, head struck mat"]
PAYERS = [("Lakeshore Mutual Health", "60054", "LMH"), ("Badger State BCBS", "00950", "BSB"),
          ("Great Lakes Care HMO", "39113", "GLC"), ("ForwardHealth WI Medicaid", "77027", "WIMCD")]

BASE_DAY = dt.date(2024, 9, 14)


def rdate(lo, hi):
    return lo + dt.timedelta(days=random.randint(0, (hi - lo).days))


def email_for(first, last, dom=None):
    f = fold(first).lower().replace(" ", "").replace("-", "")
    l_ = fold(last).lower().replace(" ", "").replace("-", "")
    style = random.randint(0, 4)
    if style == 0:
        loc = "%s.%s" % (f, l_)
    elif style == 1:
        loc = "%s%s%s" % (f[0], l_, digits(2))
    elif style == 2:
        loc = "%s_%s%s" % (f, l_[:4], random.randint(1, 99))
    elif style == 3:
        loc = "%s.%s%s" % (l_, f, random.choice(["", "27", "88", "04"]))
    else:
        loc = "%s%s" % (f, l_)
    return loc + "@" + (dom or random.choice(EMAIL_DOM))


def mk_addr():
    city, st, zp, county = random.choice(CITIES)
    street = "%d %s" % (random.choice([random.randint(100, 999), random.randint(1000, 9999), random.randint(10, 99)]),
                        random.choice(STREETS))
    if random.random() < 0.2:
        street += random.choice([" Apt 2B", " Unit 14", " #3", " Apt 207"])
    return {"street": street, "city": city, "state": st, "zip": zp + digits(2), "county": county}


USED_NAMES = set()


def mk_person_name(sex):
    while True:
        f = random.choice(FIRST_M if sex == "M" else FIRST_F)
        l_ = random.choice(LASTS)
        if (f, l_) not in USED_NAMES:
            USED_NAMES.add((f, l_))
            return f, l_


def mk_athlete(level):
    sex = random.choice("MF") if level != "pro" else "M"
    first, last = mk_person_name(sex)
    if level == "hs":
        dob = rdate(dt.date(2006, 10, 1), dt.date(2010, 8, 31))
        org = random.choice(HS)
        sport = random.choice(SPORTS_M if sex == "M" else SPORTS_F)
    elif level == "college":
        dob = rdate(dt.date(2001, 9, 1), dt.date(2006, 6, 1))
        org = random.choice(COLLEGES)
        sport = random.choice(SPORTS_M if sex == "M" else SPORTS_F).replace("Boys ", "Men's ").replace("Girls ", "Women's ")
    else:
        dob = rdate(dt.date(1990, 1, 1), dt.date(2002, 6, 1))
        org = "Lakeshore Lakers FC"
        sport = "Football"
    age = BASE_DAY.year - dob.year - ((BASE_DAY.month, BASE_DAY.day) < (dob.month, dob.day))
    addr = mk_addr()
    inj = random.choice(INJ if random.random() < 0.3 else INJ[:3])
    payer = random.choice(PAYERS if level == "hs" else PAYERS[:3])
    a = {
        "level": level, "sex": sex, "first": first, "last": last, "dob": dob, "age": age, "org": org,
        "sport": sport, "addr": addr,
        "aid": "ATH-%06d" % random.randint(100000, 299999),
        "mrn": "LSI%07d" % random.randint(100000, 9999999),
        "case": "INJ-24-%05d" % random.randint(1000, 9999),
        "passport": digits(10).lstrip("0").rjust(10, "7"),
        "user": (fold(first)[0] + fold(last).replace(" ", "").replace("-", "")).lower() + digits(2),
        "email": email_for(first, last),
        "phone": phone_digits(),
        "ip": public_ip() if random.random() < 0.85 else ipv6(),
        "inj": inj,
        "mech": random.choice(MECH),
        "inj_date": rdate(dt.date(2024, 8, 26), dt.date(2024, 9, 13)),
        "payer": payer,
        "member": (payer[2] + digits(9)) if payer[2] != "WIMCD" else digits(10),
        "group": "%s-%05d" % (random.choice(["GRP", "G", "GR"]), random.randint(10000, 99999)),
        "acct": "A%09d" % random.randint(1, 999999999),
        "vest": random.choice(["S7-", "V8-", "GV7-"]) + "%05d" % random.randint(10000, 99999),
        "mg": "MG-" + rid(8, "0123456789ABCDEF"),
        "mac": mac(),
        "imei": imei(),
        "hudl": "https://www.hudl.com/profile/%d/%s-%s" % (random.randint(10000000, 29999999),
                                                          fold(first).replace(" ", "-"), fold(last).replace(" ", "-").replace("'", "")),
        "ncaa": digits(10),
        "stage": random.randint(1, 5),
    }
    a["baseline"] = rdate(dt.date(2024, 7, 15), dt.date(2024, 8, 20))
    a["appt"] = BASE_DAY + dt.timedelta(days=random.randint(1, 6))
    a["rtp_date"] = a["inj_date"] + dt.timedelta(days=random.randint(9, 18))
    if level in ("hs",) or (level == "college" and random.random() < 0.3):
        a["guardians"] = []
        pl = last if random.random() < 0.75 else random.choice(LASTS)
        for rel, pool in (("Mother", PARENT_F), ("Father", PARENT_M)):
            if a["guardians"] and random.random() < 0.45:
                break
            gf = random.choice(pool)
            g = {"rel": rel, "first": gf, "last": pl, "phone": phone_digits(), "email": email_for(gf, pl),
                 "ip": public_ip(), "dob": rdate(dt.date(1968, 1, 1), dt.date(1988, 12, 31)),
                 "dl": "%s%s-%s-%s-%s" % (random.choice("ABCDHKLMNPRSTW"), digits(3), digits(4), digits(4), digits(2)),
                 "fax": phone_digits(), "card": card_number(), "gacct": "GA-%08d" % random.randint(1, 99999999)}
            a["guardians"].append(g)
        random.shuffle(a["guardians"])
    else:
        a["guardians"] = []
    if level == "pro":
        a["ssn"] = ssn()
        a["dl"] = random.choice(["WI", "IL"])
        a["dl_no"] = ("%s%s-%s-%s-%s" % (fold(last)[0].upper(), digits(3), digits(4), digits(4), digits(2))
                      if a["dl"] == "WI" else "%s%s-%s-%s" % (fold(last)[0].upper(), digits(3), digits(4), digits(4)))
        a["wc"] = "WC24-%06d" % random.randint(100000, 399999)
        a["plate"] = random.choice(["%s%s-%s" % (rid(2, "ABCDEFGHJKLMNPRSTVWXYZ"), rid(1, "ABCDEFGHJKLMNPRSTVWXYZ"), digits(4)),
                                    "%s %s" % (digits(3), rid(3, "ABCDEFGHJKLMNPRSTVWXYZ"))])
        a["vin"] = vin()
        a["bank"] = digits(random.choice([10, 11, 12]))
        a["routing"] = random.choice(["075000022", "071000013", "075911988"])
        a["intl"] = random.random() < 0.25
        a["iban"] = iban_de()
        a["sin"] = sin_ca()
        a["emerg"] = {"first": random.choice(PARENT_F), "last": random.choice([last, random.choice(LASTS)]),
                      "phone": phone_digits(), "rel": random.choice(["spouse", "partner", "mother", "sister"])}
    return a


ATH = [mk_athlete("hs") for _ in range(26)] + [mk_athlete("college") for _ in range(14)] + \
      [mk_athlete("pro") for _ in range(12)]
HS_ATH = [a for a in ATH if a["level"] == "hs"]
MINORS = [a for a in ATH if a["guardians"]]
PROS = [a for a in ATH if a["level"] == "pro"]
NONPRO = [a for a in ATH if a["level"] != "pro"]
# frequently seen athletes get higher weight -> realistic reuse
W = [random.choice([1, 1, 1, 2, 3, 5]) for _ in ATH]


def pick(pool=None):
    pool = pool or ATH
    ws = [W[ATH.index(a)] for a in pool]
    return random.choices(pool, weights=ws)[0]


ALUMNI = []
for fn, ln in [("Walter", "Brzezinski"), ("Earl", "Kapaona"), ("Ignatius", "Wróblewski"), ("Leroy", "Fontenot")]:
    dob = rdate(dt.date(1928, 1, 1), dt.date(1934, 9, 1))
    ALUMNI.append({"first": fn, "last": ln, "dob": dob,
                   "age": BASE_DAY.year - dob.year - ((BASE_DAY.month, BASE_DAY.day) < (dob.month, dob.day)),
                   "pid": "ALM-%05d" % random.randint(100, 999), "mbi": mbi(), "phone": phone_digits(),
                   "addr": mk_addr(), "proxy": (random.choice(PARENT_F), ln, phone_digits(),
                                                random.choice(["daughter", "son-in-law", "niece", "son"]))})
for al in ALUMNI:
    assert al["age"] >= 90

STAFF = [("Jordan", "Whitfield", "jwhitfield", "ATC"), ("Mei-Ling", "Cho", "mcho", "ATC"),
         ("Rashad", "Ellison", "rellison", "ATC"), ("Kerstin", "Albrecht", "kalbrecht", "ATC"),
         ("Tomás", "Ibarra", "tibarra", "ATC"), ("Priyanka", "Venkatesan", "pvenkatesan", "PT")]
PHYS = [("Ana", "Beltrán", npi()), ("Kenji", "Watanabe", npi()), ("Oluwadamilare", "Bankole", npi()),
        ("Hannah", "Schreiber", npi())]
COACHES = ["Rick Dombrowski", "Lena Halvorsen", "Marcus Tillery", "Deb Okonkwo", "Gus Pappas"]
STAGES = ["Symptom-limited activity", "Light aerobic exercise", "Sport-specific exercise",
          "Non-contact training drills", "Full contact practice", "Return to sport"]
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.127 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 Edg/128.0.2739.67",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
       "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 Mobile Safari/537.36"]

# --------------------------------------------------------------------------- clock
NOW = dt.datetime(2024, 9, 14, 11, 48, 3, 118000)
EPOCH = dt.datetime(1970, 1, 1)
LOCAL = dt.timedelta(hours=-5)


def T():
    global NOW
    NOW += dt.timedelta(seconds=random.choice([0, 0, 1, 2, 3, 5, 8, 13, 21, 34, 55]), microseconds=random.randint(0, 999999))
    return NOW


def t_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def t_epoch(t):
    return int((t - EPOCH).total_seconds() * 1000)


def t_logback(t):
    t = t + LOCAL
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def t_py(t):
    t = t + LOCAL
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def t_logcat(t):
    t = t + LOCAL
    return t.strftime("%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def t_ios(t):
    t = t + LOCAL
    return t.strftime("%Y-%m-%d %H:%M:%S.%f") + "-0500"


def t_syslog(t):
    t = t + LOCAL
    return "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def t_nginx(t):
    return "%02d/%s/%d:%s +0000" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"))


def t_pg(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (t.microsecond // 1000)


def t_hl7(t):
    return (t + LOCAL).strftime("%Y%m%d%H%M%S")


REQ = [1000]


def req():
    REQ[0] += random.randint(1, 7)
    return "req-%s" % format(REQ[0], "x")


API_HOST = "injury-api-6d8f7b9c4-x2lqk"
API_HOSTS = ["injury-api-6d8f7b9c4-x2lqk", "injury-api-6d8f7b9c4-pq7mz", "injury-api-6d8f7b9c4-9hw4t"]


def staff():
    return random.choice(STAFF)


def phys():
    return random.choice(PHYS)


def guardian(a):
    return a["guardians"][0]


# =========================================================================== events
# Each event returns a list of Line objects.

# ---------------------------------------------------------------- pino (node injury API)
def pino_base(level, t):
    return O([("level", level), ("time", t_epoch(t)), ("pid", 41), ("hostname", random.choice(API_HOSTS))])


def ev_pino_injury():
    a = pick(); t = T(); L = Line("pino-json")
    o = pino_base(30, t)
    o += [("reqId", req()), ("athleteId", P(a["aid"], "mrn")), ("caseNo", P(a["case"], "other_id")),
          ("athlete", O([("firstName", P(a["first"], "name")), ("lastName", P(a["last"], "name")),
                         ("dob", P(fdate(a["dob"], "iso"), "date")), ("org", a["org"]), ("sport", a["sport"])])),
          ("injury", O([("type", a["inj"][0]), ("mechanism", a["mech"]),
                        ("dateOfInjury", P(fdate(a["inj_date"], "iso"), "date")),
                        ("loc", "LOC" in a["inj"][2] and "unspecified" not in a["inj"][2]), ("scat6Total", random.randint(4, 60))])),
          ("reportedBy", staff()[2]), ("msg", "injury report created")]
    if random.random() < 0.35:
        o.insert(-2, ("coverage", O([("payerId", a["payer"][1]), ("memberId", P(a["member"], "health_plan")), ("groupNo", a["group"])])))
    return [L.j(o)]


def ev_pino_contact():
    a = pick(); t = T(); L = Line("pino-json")
    o = pino_base(30, t)
    if a["guardians"] and random.random() < 0.6:
        g = guardian(a)
        o += [("reqId", req()), ("athleteId", P(a["aid"], "mrn")),
              ("guardian", O([("relationship", g["rel"].lower()), ("name", P(g["first"] + " " + g["last"], "name")),
                              ("mobile", P(fphone(g["phone"], "e164"), "phone")), ("email", P(g["email"], "email"))])),
              ("msg", "guardian contact verified")]
    else:
        np_ = phone_digits()
        o += [("reqId", req()), ("athleteId", P(a["aid"], "mrn")),
              ("changes", O([("phone", O([("from", P(fphone(a["phone"], "dash"), "phone")), ("to", P(fphone(np_, "dash"), "phone"))])),
                             ("email", O([("from", P(a["email"], "email")), ("to", P(email_for(a["first"], a["last"]), "email"))]))])),
              ("msg", "athlete contact changed; verification SMS sent")]
        a["phone"] = np_
    return [L.j(o)]


def ev_pino_lookup():
    a = pick(); t = T(); L = Line("pino-json")
    # url with athlete id: label the id only
    L.a('{"level":20,"time":%d,"pid":41,"hostname":"%s","reqId":"%s","req":{"method":"GET","url":"/v2/athletes/' %
        (t_epoch(t), random.choice(API_HOSTS), req()), (a["aid"], "mrn"),
        '/timeline?include=tests,rtp","remoteAddress":"::ffff:10.42.%d.%d","remotePort":%d},"msg":"incoming request"}' %
        (random.randint(0, 9), random.randint(2, 250), random.randint(30000, 60999)))
    return [L]


def ev_pino_done():
    t = T(); L = Line("pino-json")
    o = pino_base(30, t)
    o += [("reqId", req()), ("res", O([("statusCode", random.choice([200, 200, 201, 204, 304, 404]))])),
          ("responseTime", round(random.uniform(3, 420), 1)), ("msg", "request completed")]
    return [L.j(o)]


def ev_pino_sys():
    t = T(); L = Line("pino-json")
    v = random.randint(0, 3)
    if v == 0:
        o = O(pino_base(30, t) + [("deviceId", "trainer-ipad-%02d" % random.randint(1, 18)), ("flushed", random.randint(1, 40)),
                                ("conflicts", random.randint(0, 2)), ("queueVersion", 7), ("msg", "offline queue flushed")])
    elif v == 1:
        o = O(pino_base(50, t) + [("err", O([("type", "SequelizeConnectionError"),
                                           ("message", "connect ETIMEDOUT 10.40.2.15:5432"),
                                           ("code", "ETIMEDOUT")])), ("pool", O([("size", 20), ("available", 0), ("waiting", 14)])),
                                ("msg", "database unavailable, retrying in 2000ms")])
    elif v == 2:
        o = O(pino_base(40, t) + [("reqId", req()), ("orgId", random.choice(["org_bradford", "org_tremper", "org_carthage", "org_lakers"])),
                                ("limit", 600), ("window", "1m"), ("msg", "rate limit approaching (92%)")])
    else:
        o = O(pino_base(30, t) + [("job", "scat6-reminders"), ("sent", random.randint(0, 30)), ("skipped", random.randint(0, 5)),
                                ("durationMs", random.randint(80, 4000)), ("msg", "cron job finished")])
    return [L.j(o)]


# ---------------------------------------------------------------- Android logcat (trainer app)
def lc(t, lvl, tag, pid=None, tid=None):
    pid = pid or 8120
    tid = tid or random.choice([8120, 8177, 8178, 8203])
    return "%s %5d %5d %s %-8s: " % (t_logcat(t), pid, tid, lvl, tag)


def ev_logcat_phi():
    a = pick(); t = T(); L = Line("android-logcat")
    v = random.randint(0, 4)
    if v == 0:
        L.a(lc(t, "I", "InjuryForm"), "submit caseNo=", (a["case"], "other_id"), " athlete=",
            (a["first"] + " " + a["last"], "name"), " dob=", (fdate(a["dob"], "iso"), "date"),
            " symptomScore=%d/132 redFlags=false" % random.randint(5, 70))
    elif v == 1:
        L.a(lc(t, "D", "AthleteSearch"), 'query="%s" results=1 selected=' % fold(a["last"])[:4].lower(), (a["aid"], "mrn"),
            " (", (a["last"], "name"), ", ", (a["first"], "name"), ")")
    elif v == 2:
        L.a(lc(t, "I", "BleScanner"), "paired HR strap ", (a["mac"], "device"), " rssi=-%d owner=" % random.randint(40, 85),
            (a["aid"], "mrn"), " fw=3.2.10")
    elif v == 3:
        L.a(lc(t, "W", "SideLineEval"), "SCAT6 immediate assessment flagged for ", (a["first"] + " " + a["last"], "name"),
            ": maddocks=%d/5 gcs=%d — remove from play (%s)" % (random.randint(2, 4), random.randint(13, 15), a["mech"]))
    else:
        L.a(lc(t, "I", "EmergencyCall"), "dialing guardian ", (fphone(guardian(a)["phone"], "e164"), "phone"),
            " for athlete ", (a["aid"], "mrn"), " from sideline") if a["guardians"] else \
            L.a(lc(t, "I", "EmergencyCall"), "dialing athlete ", (fphone(a["phone"], "e164"), "phone"),
                " for ", (a["aid"], "mrn"), " from sideline")
    return [L]


def ev_logcat_non():
    t = T(); L = Line("android-logcat")
    v = random.randint(0, 6)
    if v == 0:
        L.a(lc(t, "D", "OkHttp"), "--> POST https://api.lakeshoresm.org/v2/injuries (%d-byte body)" % random.randint(600, 4000))
    elif v == 1:
        L.a(lc(t, "D", "OkHttp"), "<-- %d https://api.lakeshoresm.org/v2/sync?since=%d (%dms, %d-byte body)" %
            (random.choice([200, 200, 201, 304]), t_epoch(t) - 900000, random.randint(40, 900), random.randint(100, 9000)))
    elif v == 2:
        L.a(lc(t, "I", "WM-WorkerWrapper"), "Worker result SUCCESS for Work [ id=%s, tags={ org.lakeshore.trainer.sync.SyncWorker } ]" % ruuid())
    elif v == 3:
        L.a(lc(t, "E", "SQLiteLog", tid=8203), "(284) automatic index on injury_notes(case_id)")
    elif v == 4:
        L.a(lc(t, "I", "ActivityManager", pid=1503, tid=1622), "Start proc 8120:org.lakeshore.trainer/u0a212 for top-activity {org.lakeshore.trainer/org.lakeshore.trainer.MainActivity}")
    elif v == 5:
        L.a(lc(t, "W", "BleScanner"), "scan throttled by OS (5 starts/30s), backing off %dms" % random.choice([6000, 12000, 30000]))
    else:
        s = staff()
        L.a(lc(t, "I", "Session"), "trainer login ok user=%s role=%s org=%s build=4.7.1 (4071)" % (s[2], s[3], random.choice(["bradford", "tremper", "carthage", "lakers"])))
    return [L]


# ---------------------------------------------------------------- iOS athlete/parent app
def ios(t, cat, proc="ConcussionCheck", pid=812):
    return "%s %s[%d:%d] [%s] " % (t_ios(t), proc, pid, random.randint(44000, 46000), cat)


def ev_ios_phi():
    a = pick(NONPRO); t = T(); L = Line("ios-oslog")
    v = random.randint(0, 4)
    if v == 0:
        L.a(ios(t, "Auth"), "signed in user=", (a["user"], "other_id"), " role=athlete mfa=sms")
    elif v == 1:
        L.a(ios(t, "Symptoms"), "daily check-in saved for ", (a["first"] + " " + a["last"], "name"),
            ": total=%d severity=%d day=%d post-injury" % (random.randint(0, 40), random.randint(0, 90), random.randint(1, 14)))
    elif v == 2:
        L.a(ios(t, "Device"), "device name=\"", (a["first"], "name"), "’s iPhone\" model=iPhone15,2 os=17.6.1 push=enabled")
    elif v == 3 and a["guardians"]:
        g = guardian(a)
        L.a(ios(t, "Push", proc="LakeshoreParent", pid=655), "registered APNs token for guardian ", (g["first"] + " " + g["last"], "name"),
            " <", (g["email"], "email"), ">")
    else:
        L.a(ios(t, "DeepLink"), "open url=", ("https://app.lakeshoresm.org/a/%s/recovery" % a["user"], "url"), " source=sms")
    return [L]


def ev_ios_non():
    t = T(); L = Line("ios-oslog")
    v = random.randint(0, 4)
    if v == 0:
        L.a(ios(t, "Network"), "Task <%s>.<%d> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 \"The request timed out.\"" % (ruuid().upper(), random.randint(1, 9)))
    elif v == 1:
        L.a(ios(t, "Analytics"), "flushed %d events batch=%s" % (random.randint(3, 40), rid(12)))
    elif v == 2:
        L.a(ios(t, "BGTask"), "scheduled org.lakeshore.refresh earliestBegin=%s" % (t + LOCAL + dt.timedelta(minutes=30)).strftime("%Y-%m-%d %H:%M:%S +0000"))
    elif v == 3:
        L.a(ios(t, "Config"), "remote config v%d fetched; rtp_protocol=cisg-2023 stages=6 minHoursPerStage=24" % random.randint(40, 60))
    else:
        L.a(ios(t, "UI"), "presented SymptomSliderViewController in %.1fms" % random.uniform(8, 90))
    return [L]


# ---------------------------------------------------------------- ImPACT-like CSV export
IMPACT_HDR = ("Passport ID,Last Name,First Name,Date of Birth,Gender,Organization,Sport,Test Type,Date of Test,"
              "Verbal Memory Composite,Visual Memory Composite,Visual Motor Speed Composite,Reaction Time Composite,"
              "Impulse Control Composite,Total Symptom Score,Test Version")


def ev_impact_csv():
    T(); out = []
    n = random.randint(2, 4)
    L = Line("impact-csv"); L.a("# ImPACT Customer Center export | org=Lakeshore Sports Medicine | generated %s CDT | records=%d | export_id=%s" %
                                 ((NOW + LOCAL).strftime("%Y-%m-%d %H:%M"), n, rid(10)))
    out.append(L)
    out.append(Line("impact-csv").a(IMPACT_HDR))
    for _ in range(n):
        a = pick(NONPRO)
        tt = random.choice(["Baseline", "Post-Injury 1", "Post-Injury 2", "Post-Injury 3"])
        td = a["baseline"] if tt == "Baseline" else min(a["inj_date"] + dt.timedelta(days=random.randint(1, 9)), BASE_DAY)
        L = Line("impact-csv")
        L.a((a["passport"], "other_id"), ",", (a["last"], "name"), ",", (a["first"], "name"), ",",
            (fdate(a["dob"], "us"), "date"), ",", a["sex"], ",", a["org"].replace(",", ""), ",", a["sport"], ",", tt, ",",
            (fdate(td, "us"), "date"),
            ",%d,%d,%.2f,%.2f,%d,%d,4.2.1" % (random.randint(55, 99), random.randint(45, 95), random.uniform(25, 48),
                                             random.uniform(0.5, 0.9), random.randint(1, 18), random.randint(0, 48)))
        out.append(L)
    return out


def ev_impact_deid():
    T(); out = [Line("impact-csv").a("subject_hash,age_band,sex,test_type,days_post_injury,verbal_mem,visual_mem,vms,rt,impulse,symptom_total")]
    for _ in range(random.randint(2, 3)):
        out.append(Line("impact-csv").a("%s,%s,%s,%s,%d,%d,%d,%.2f,%.2f,%d,%d" % (
            rid(12), random.choice(["13-15", "16-18", "19-22", "23-29"]), random.choice("MF"),
            random.choice(["Post-Injury 1", "Post-Injury 2"]), random.randint(1, 12), random.randint(55, 99),
            random.randint(45, 95), random.uniform(25, 48), random.uniform(0.5, 0.9), random.randint(1, 18), random.randint(0, 48))))
    return out


# ---------------------------------------------------------------- RTP service (Spring Boot)
def lb(t, lvl, thread, logger):
    return "%s %5s 1 --- [%15s] %-40s : " % (t_logback(t), lvl, thread[-15:], logger)


def ev_rtp_phi():
    a = pick(); t = T(); L = Line("spring-logback")
    th = "nio-8080-exec-%d" % random.randint(1, 10)
    v = random.randint(0, 3)
    s = a["stage"]
    if v == 0:
        p = phys()
        L.a(lb(t, "INFO", th, "o.l.rtp.service.ProtocolService"), "Athlete ", (a["aid"], "mrn"), " (", (a["last"], "name"), ", ",
            (a["first"], "name"), ") advanced to stage %d '%s' after 24h symptom-free; approved by NPI %s" % (s + 1, STAGES[s], p[2]))
        a["stage"] = min(s + 1, 5)
    elif v == 1:
        L.a(lb(t, "WARN", th, "o.l.rtp.service.ProtocolService"), "Stage regression for ", (a["aid"], "mrn"),
            ": symptoms returned (headache %d/6) on " % random.randint(2, 5),
            (fdate(min(a["inj_date"] + dt.timedelta(days=random.randint(3, 8)), BASE_DAY), "iso"), "date"), "; resetting to stage %d" % max(1, s - 1))
    elif v == 2:
        who = guardian(a)["email"] if a["guardians"] else a["email"]
        L.a(lb(t, "INFO", "task-%d" % random.randint(1, 4), "o.l.rtp.letters.ClearanceLetterService"), "Generated clearance letter for ",
            (a["first"] + " " + a["last"], "name"), " DOB ", (fdate(a["dob"], "us"), "date"), ", full contact from ",
            (fdate(a["rtp_date"], "us"), "date"), "; emailed to ", (who, "email"))
    else:
        L.a(lb(t, "DEBUG", th, "o.l.rtp.repo.AthleteRepository"), "cache miss athlete key=", (a["aid"], "mrn"), " mrn=",
            (a["mrn"], "mrn"), " loaded in %dms" % random.randint(2, 60))
    return [L]


def ev_rtp_non():
    t = T(); L = Line("spring-logback")
    v = random.randint(0, 5)
    if v == 0:
        L.a(lb(t, "INFO", "main", "com.zaxxer.hikari.HikariDataSource"), "HikariPool-1 - Start completed.")
    elif v == 1:
        L.a(lb(t, "INFO", "main", "o.l.rtp.config.ProtocolTemplateLoader"), "Loaded protocol template 'CISG-2023 graduated RTP' v5.2 (6 stages, min 24h/stage, published 2023-06-14)")
    elif v == 2:
        L.a(lb(t, "INFO", "scheduling-1", "o.l.rtp.jobs.DailyDigestJob"), "rtpDailyDigest completed in %d ms (processed=%d, notified=%d, coaches=%d)" %
            (random.randint(400, 6000), random.randint(10, 60), random.randint(0, 20), random.randint(2, 9)))
    elif v == 3:
        L.a(lb(t, "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer"), "Tomcat started on port(s): 8080 (http) with context path ''")
    elif v == 4:
        L.a(lb(t, "WARN", "nio-8080-exec-%d" % random.randint(1, 10), "o.l.rtp.web.GlobalExceptionHandler"),
            "Rejected PATCH /api/rtp/%s/stage: 409 CONFLICT (stage already advanced, version=%d)" % (ruuid(), random.randint(2, 9)))
    else:
        c = random.choice(COACHES)
        L.a(lb(t, "INFO", "task-%d" % random.randint(1, 4), "o.l.rtp.notify.CoachNotifier"),
            "Coach digest sent to %s <%s@lakeshoresm.org> (%d athletes restricted)" % (c, fold(c.split()[0][0] + c.split()[1]).lower(), random.randint(0, 6)))
    return [L]


# ---------------------------------------------------------------- GPS vest ingest (Go logfmt)
def lf(t, lvl):
    return "time=%s level=%s " % (t_iso(t), lvl)


def ev_gps_phi():
    a = pick([x for x in ATH if x["level"] != "hs"] + HS_ATH[:6]); t = T(); L = Line("gps-logfmt")
    v = random.randint(0, 2)
    if v == 0:
        L.a(lf(t, "info"), 'msg="session uploaded" dock=DK-%04d vest_sn=' % random.randint(100, 400), (a["vest"], "device"),
            " athlete_id=", (a["aid"], "mrn"), " session_id=%s samples=%d dist_m=%.1f hsr_m=%.1f vmax_ms=%.2f" %
            (ruuid(), random.randint(20000, 90000), random.uniform(2500, 9800), random.uniform(100, 900), random.uniform(6, 10.2)))
    elif v == 1:
        b = pick([x for x in ATH if x["level"] != "hs"])
        L.a(lf(t, "info"), 'msg="vest assignment changed" vest_sn=', (a["vest"], "device"), " from=", (b["aid"], "mrn"),
            " to=", (a["aid"], "mrn"), " by=%s" % staff()[2])
    else:
        L.a(lf(t, "warn"), 'msg="imu saturation" vest_sn=', (a["vest"], "device"), ' athlete="', (a["first"] + " " + a["last"], "name"),
            '" peak_g=%.1f window_ms=%d' % (random.uniform(14, 40), random.choice([20, 40, 100])))
    return [L]


def ev_gps_non():
    t = T(); L = Line("gps-logfmt")
    v = random.randint(0, 3)
    if v == 0:
        L.a(lf(t, "info"), 'msg="dock heartbeat" dock=DK-%04d fw=4.12.1 vests_docked=%d charging=%d temp_c=%.1f' %
            (random.randint(100, 400), random.randint(0, 30), random.randint(0, 12), random.uniform(24, 38)))
    elif v == 1:
        L.a(lf(t, "error"), 'msg="mqtt reconnect" broker=tcp://10.50.0.12:1883 attempt=%d err="read: connection reset by peer"' % random.randint(1, 5))
    elif v == 2:
        L.a(lf(t, "info"), 'msg="unassigned vest seen" vest_sn=%s%05d dock=DK-%04d action=ignored' %
            (random.choice(["S7-", "V8-"]), random.randint(10000, 99999), random.randint(100, 400)))
    else:
        L.a(lf(t, "debug"), 'msg="batch committed" table=gps_samples rows=%d lag_ms=%d partition=%s' %
            (random.randint(1000, 60000), random.randint(5, 900), (NOW + LOCAL).strftime("p%Y_%m_%d")))
    return [L]


def ev_gps_csv():
    T(); out = [Line("gps-csv").a("athlete_name,position,vest_serial,session_date,duration_min,total_distance_m,hsr_distance_m,sprint_efforts,player_load,max_velocity_ms")]
    pool = [x for x in ATH if x["level"] != "hs"]
    sd = BASE_DAY - dt.timedelta(days=random.randint(0, 2))
    for _ in range(random.randint(2, 4)):
        a = pick(pool)
        L = Line("gps-csv")
        L.a('"', (a["last"] + ", " + a["first"], "name"), '",', random.choice(["WR", "DB", "LB", "OL", "RB", "MF", "FW", "D"]), ",",
            (a["vest"], "device"), ",", (fdate(sd, "iso"), "date"),
            ",%d,%.1f,%.1f,%d,%.1f,%.2f" % (random.randint(60, 120), random.uniform(2500, 9800), random.uniform(100, 900),
                                           random.randint(0, 25), random.uniform(200, 900), random.uniform(6, 10.2)))
        out.append(L)
    return out


# ---------------------------------------------------------------- mouthguard impact sensors
def ev_mg_phi():
    a = pick(); t = T(); L = Line("sensor-json")
    o = O([("ts", t_iso(t)), ("sensor", P(a["mg"], "device")), ("athlete", P(a["aid"], "mrn")),
           ("pla_g", round(random.uniform(20, 120), 1)), ("par_rads2", random.randint(800, 9000)),
           ("flag", random.choice(["LOW", "MED", "HIGH"])), ("session", ruuid()), ("fw", "2.4.0")])
    return [L.j(o)]


def ev_mg_non():
    t = T(); L = Line("sensor-json")
    o = O([("ts", t_iso(t)), ("gateway", "gw-field-%d" % random.randint(1, 4)), ("batch", random.randint(16, 256)),
           ("dropped", random.randint(0, 3)), ("rssi_avg", -random.randint(50, 88)), ("sensor_fw", "2.4.0"),
           ("uplink", "lte"), ("seq", random.randint(10000, 99999))])
    return [L.j(o)]


# ---------------------------------------------------------------- HL7 imaging order (Mirth-like)
def mirth(t, lvl, chan, msg):
    return "%s %-5s [%s] %s" % (t_py(t), lvl, chan, msg)


def ev_hl7_orm():
    a = pick(); t = T(); out = []
    ctl = "LSM" + t_hl7(t) + digits(3)
    p = phys(); s = staff()
    img = random.choice([("70551", "MRI BRAIN W/O CONTRAST", "MR"), ("70450", "CT HEAD/BRAIN W/O CONTRAST", "CT"),
                         ("72141", "MRI CERVICAL SPINE W/O CONTRAST", "MR"), ("72040", "X-RAY SPINE CERVICAL 2-3 VIEWS", "CR")])
    placer, filler = "LSM-ORD-%06d" % random.randint(100000, 999999), "RIS-%06d" % random.randint(100000, 999999)
    out.append(Line("hl7-orm").a(mirth(t, "INFO", "ImagingOrders_Sender", "Dispatching ORM^O01 control_id=%s to lakeshore-imaging.int:6661" % ctl)))
    out.append(Line("hl7-orm").a("MSH|^~\\&|LSM_EHR|LAKESHORE_SM|RIS|LAKESHORE_IMG|%s||ORM^O01|%s|P|2.3" % (t_hl7(t), ctl)))
    ad = a["addr"]
    L = Line("hl7-orm")
    L.a("PID|1||", (a["mrn"], "mrn"), "^^^LSI^MR~", (a["aid"], "mrn"), "^^^LSM^PI||", (a["last"].upper(), "name"), "^",
        (a["first"].upper(), "name"), "^||", (fdate(a["dob"], "hl7"), "date"), "|", a["sex"], "|||",
        (ad["street"], "address"), "^^", (ad["city"], "address"), "^", ad["state"], "^", (ad["zip"], "zip"), "^USA||",
        (fphone(a["phone"], "hl7"), "phone"), "|||S||", (a["acct"], "account"), "|")
    out.append(L)
    out.append(Line("hl7-orm").a("PV1|1|O|LSM^CLINIC^01||||%s^%s^%s^^^MD|||||||||||OP|||||||||||||||||||||||||%s" %
                                 (p[2], fold(p[1]).upper(), p[0].upper(), t_hl7(t)[:8])))
    pay = a["payer"]
    L = Line("hl7-orm")
    if a["guardians"]:
        g = guardian(a)
        L.a("IN1|1|%s|%s|%s|PO Box 3320^^Milwaukee^WI^53201||(800)555-0190|%s||||||||" % (pay[2], pay[1], pay[0].upper(), a["group"]),
            (g["last"].upper(), "name"), "^", (g["first"].upper(), "name"), "|02|", (fdate(g["dob"], "hl7"), "date"),
            "|||||||||||||||||", (a["member"], "health_plan"))
    else:
        L.a("IN1|1|%s|%s|%s|PO Box 3320^^Milwaukee^WI^53201||(800)555-0190|%s||||||||" % (pay[2], pay[1], pay[0].upper(), a["group"]),
            (a["last"].upper(), "name"), "^", (a["first"].upper(), "name"), "|01|", (fdate(a["dob"], "hl7"), "date"),
            "|||||||||||||||||", (a["member"], "health_plan"))
    out.append(L)
    appt = a["appt"].strftime("%Y%m%d") + random.choice(["0800", "0930", "1100", "1330", "1545"]) + "00"
    L = Line("hl7-orm")
    L.a("ORC|NW|%s|%s||SC||^^^" % (placer, filler), (appt, "date"), "^^R||%s|%s^%s^%s|||%s^%s^%s^^^MD||(262)555-0100" %
        (t_hl7(t), s[2].upper(), fold(s[1]).upper(), fold(s[0]).upper(), p[2], fold(p[1]).upper(), p[0].upper()))
    out.append(L)
    out.append(Line("hl7-orm").a("OBR|1|%s|%s|%s^%s^CPT4|||||||||||%s^%s^%s^^^MD||||||||%s|||^^^^^R" %
                                 (placer, filler, img[0], img[1], p[2], fold(p[1]).upper(), p[0].upper(), img[2])))
    L = Line("hl7-orm")
    L.a("DG1|1|I10|%s^%s^I10||" % (a["inj"][1], a["inj"][2]), (fdate(a["inj_date"], "hl7"), "date"), "|A")
    out.append(L)
    if a["guardians"]:
        g = guardian(a)
        L = Line("hl7-orm")
        L.a("NTE|1||Minor - %s " % g["rel"].lower(), (g["first"] + " " + g["last"], "name"), " to accompany and sign. Contact ",
            (fphone(g["phone"], "dash"), "phone"), ". Screening form on file.")
        out.append(L)
    else:
        out.append(Line("hl7-orm").a("NTE|1||MRI safety screen completed by AT staff. No implants. Claustrophobia: denies."))
    t2 = T()
    out.append(Line("hl7-orm").a(mirth(t2, "INFO", "ImagingOrders_Sender", "ACK received MSA|AA|%s in %d ms" % (ctl, random.randint(90, 900)))))
    return out


def ev_hl7_oru():
    a = pick(); t = T(); out = []
    ctl = "RIS" + t_hl7(t) + digits(4)
    out.append(Line("hl7-oru").a(mirth(t, "INFO", "ImagingResults_Listener", "Received ORU^R01 from 10.60.4.21:51944 control_id=%s bytes=%d" % (ctl, random.randint(1400, 4200)))))
    out.append(Line("hl7-oru").a("MSH|^~\\&|RIS|LAKESHORE_IMG|LSM_EHR|LAKESHORE_SM|%s||ORU^R01|%s|P|2.3" % (t_hl7(t), ctl)))
    L = Line("hl7-oru")
    L.a("PID|1||", (a["mrn"], "mrn"), "^^^LSI^MR||", (a["last"].upper(), "name"), "^", (a["first"].upper(), "name"), "||",
        (fdate(a["dob"], "hl7"), "date"), "|", a["sex"])
    out.append(L)
    L = Line("hl7-oru")
    L.a("OBR|1|LSM-ORD-%06d|RIS-%06d|70551^MRI BRAIN W/O CONTRAST^CPT4|||" % (random.randint(100000, 999999), random.randint(100000, 999999)),
        (a["appt"].strftime("%Y%m%d") + "0912", "date"), "|||||||||||||||||F")
    out.append(L)
    out.append(Line("hl7-oru").a("OBX|1|TX|IMP^Impression||No acute intracranial abnormality. No hemorrhage, mass effect or midline shift. Normal SWI.||||||F"))
    out.append(Line("hl7-oru").a(mirth(T(), "INFO", "ImagingResults_Listener", "Routed %s -> rtp-service (filter=concussion_dx) ACK AA sent" % ctl)))
    return out


def ev_mirth_non():
    t = T(); L = Line("mirth")
    v = random.randint(0, 2)
    if v == 0:
        L.a(mirth(t, "WARN", "ImagingOrders_Sender", "Connection to lakeshore-imaging.int:6661 reset; queued=%d retry in 10000 ms" % random.randint(1, 9)))
    elif v == 1:
        L.a(mirth(t, "INFO", "com.mirth.connect.server.Mirth", "Channel statistics: ImagingOrders_Sender received=%d sent=%d errored=%d" %
                  (random.randint(100, 400), random.randint(100, 400), random.randint(0, 3))))
    else:
        L.a(mirth(t, "DEBUG", "ImagingResults_Listener", "MLLP frame ok, 0x0B start / 0x1C0D end, %d segments" % random.randint(5, 14)))
    return [L]


# ---------------------------------------------------------------- consent portal (nginx)
def ev_nginx_phi():
    a = pick(MINORS); g = guardian(a); t = T(); L = Line("nginx-combined")
    v = random.randint(0, 3)
    tok = rid(10, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
    if v == 0:
        L.a((g["ip"], "ip"), ' - - [%s] "GET /consent/c/%s/sign HTTP/2.0" 200 %d "https://mail.google.com/" "%s"' %
            (t_nginx(t), tok, random.randint(4000, 12000), random.choice(UAS)))
    elif v == 1:
        L.a((g["ip"], "ip"), ' - - [%s] "POST /consent/c/%s/submit HTTP/2.0" 302 0 "https://consent.lakeshoresm.org/consent/c/%s/sign" "%s"' %
            (t_nginx(t), tok, tok, random.choice(UAS)))
    elif v == 2:
        L.a((g["ip"], "ip"), ' - - [%s] "GET /consent/start?guardian_email=' % t_nginx(t),
            (g["email"].replace("@", "%40"), "email"), "&athlete=", (a["aid"], "mrn"),
            ' HTTP/2.0" 200 %d "-" "%s"' % (random.randint(3000, 9000), random.choice(UAS)))
    else:
        L.a("%s [warn] 31#31: *%d an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/4/12/00000%05d while reading upstream, client: " %
            ((t + LOCAL).strftime("%Y/%m/%d %H:%M:%S"), random.randint(10000, 99999), random.randint(10000, 99999)),
            (g["ip"], "ip"), ', server: consent.lakeshoresm.org, request: "GET /consent/pdf/%s HTTP/2.0", upstream: "http://10.244.1.9:8000/consent/pdf/%s", host: "consent.lakeshoresm.org"' % (ruuid(), ruuid()))
    return [L]


def ev_nginx_non():
    t = T(); L = Line("nginx-combined")
    v = random.randint(0, 3)
    if v == 0:
        L.a('10.12.0.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"' % (random.randint(2, 30), t_nginx(t)))
    elif v == 1:
        L.a('66.249.66.%d - - [%s] "GET /robots.txt HTTP/1.1" 200 68 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"' % (random.randint(1, 200), t_nginx(t)))
    elif v == 2:
        L.a('10.12.0.%d - - [%s] "GET /static/js/app.%s.js HTTP/1.1" 304 0 "https://consent.lakeshoresm.org/" "ELB-HealthChecker/2.0"' % (random.randint(2, 30), t_nginx(t), rid(8)))
    else:
        L.a('172.18.0.%d - - [%s] "POST /api/webhooks/esign HTTP/1.1" 204 0 "-" "DocuSign-Connect/2.0"' % (random.randint(2, 9), t_nginx(t)))
    return [L]


# ---------------------------------------------------------------- consent webhook / fax / sms / mail
def pyl(t, lvl, logger):
    return "%s %s %s: " % (lvl, t_py(t), logger)


def ev_esign_phi():
    a = pick(MINORS); g = guardian(a); t = T(); L = Line("py-json")
    ad = a["addr"]
    o = O([("event", "envelope-completed"), ("envelopeId", ruuid()), ("statusChangedDateTime", t_iso(t - dt.timedelta(seconds=3))),
           ("signers", [O([("role", "guardian"), ("name", P(g["first"] + " " + g["last"], "name")), ("email", P(g["email"], "email")),
                           ("ipAddress", P(g["ip"], "ip"))])]),
           ("customFields", O([("athlete_name", P(a["first"] + " " + a["last"], "name")), ("athlete_dob", P(fdate(a["dob"], "iso"), "date")),
                               ("school", a["org"]), ("sport", a["sport"]), ("guardian_phone", P(fphone(g["phone"], "paren"), "phone")),
                               ("home_street", P(ad["street"], "address")), ("home_city", P(ad["city"], "address")),
                               ("home_state", ad["state"]), ("home_zip", P(ad["zip"], "zip")),
                               ("form", random.choice(["concussion-baseline-consent-v3", "imaging-consent-minor-v2", "rtp-acknowledgement-v4"]))]))])
    if random.random() < 0.5:
        o.append(("idVerification", O([("method", "drivers_license"), ("issuingState", "WI"),
                                       ("documentNumber", P(g["dl"], "license")), ("result", "pass"), ("provider", "idv-lite")])))
    L.a(pyl(t, "INFO", "consent.webhooks"), "payload=")
    L.j(o, sep=(", ", ": "), ascii_=True)
    return [L]


def ev_esign_non():
    t = T(); L = Line("py-log")
    v = random.randint(0, 2)
    if v == 0:
        L.a(pyl(t, "INFO", "consent.webhooks"), "envelope %s status=delivered retries=0 latency_ms=%d" % (ruuid(), random.randint(60, 900)))
    elif v == 1:
        L.a(pyl(t, "WARNING", "consent.webhooks"), "HMAC signature mismatch from 52.%d.%d.%d, rejected (key_id=dsk_%s)" %
            (random.randint(0, 255), random.randint(0, 255), random.randint(1, 254), rid(6)))
    else:
        L.a(pyl(t, "INFO", "consent.tasks"), "reminder sweep: %d pending envelopes, %d reminders queued, oldest=%dh" %
            (random.randint(5, 60), random.randint(0, 20), random.randint(24, 240)))
    return [L]


def ev_fax():
    t = T(); L = Line("faxd")
    pre = "%s faxgw faxd[%d]: " % (t_syslog(t), random.randint(900, 2000))
    if random.random() < 0.6:
        a = pick(MINORS); g = guardian(a)
        L.a(pre, "inbound job=FX-%07d from=" % random.randint(1000000, 9999999), (fphone(g["fax"], "e164"), "fax"),
            " dnis=+12625550188 pages=%d status=received matched_consent=" % random.randint(1, 4), (a["aid"], "mrn"))
        return [L], True
    L.a(pre, "outbound job=FX-%07d to=+12625550142 (Lakeshore Imaging scheduling) pages=%d status=delivered duration=%ds" %
        (random.randint(1000000, 9999999), random.randint(1, 6), random.randint(20, 140)))
    return [L], False


def ev_fax_phi():
    while True:
        ls, phi = ev_fax()
        if phi:
            return ls


def ev_fax_non():
    while True:
        ls, phi = ev_fax()
        if not phi:
            return ls


def ev_sms_phi():
    a = pick(); t = T(); L = Line("logfmt-sms")
    to = guardian(a)["phone"] if a["guardians"] else a["phone"]
    L.a('time="%s" level=info msg="sms sent" sid=SM%s to="' % (t.strftime("%Y-%m-%dT%H:%M:%SZ"), rid(32)), (fphone(to, "e164"), "phone"),
        '" template=%s athlete_ref=' % random.choice(["rtp_stage_update", "imaging_appt_reminder", "daily_symptom_checkin"]),
        (a["aid"], "mrn"), " segments=1")
    return [L]


def ev_sms_non():
    t = T(); L = Line("logfmt-sms")
    v = random.randint(0, 1)
    if v == 0:
        L.a('time="%s" level=warn msg="provider 429 rate limited" retry_in=2s queue_depth=%d' % (t.strftime("%Y-%m-%dT%H:%M:%SZ"), random.randint(1, 40)))
    else:
        L.a('time="%s" level=info msg="status callback" sid=SM%s status=delivered error_code=0 price=-0.00790 price_unit=USD' % (t.strftime("%Y-%m-%dT%H:%M:%SZ"), rid(32)))
    return [L]


def ev_mail_phi():
    a = pick(); t = T(); L = Line("postfix")
    to = guardian(a)["email"] if a["guardians"] else a["email"]
    L.a("%s mail-out postfix/smtp[%d]: %s: to=<" % (t_syslog(t), random.randint(1000, 9000), rid(10, "0123456789ABCDEF")), (to, "email"),
        ">, relay=%s[142.250.%d.%d]:25, delay=%.1f, delays=0.1/0/0.4/0.7, dsn=2.0.0, status=sent (250 2.0.0 OK  %d %s.%d - gsmtp)" %
        (random.choice(["gmail-smtp-in.l.google.com", "mx1.hotmail.com", "mta7.am0.yahoodns.net"]), random.randint(0, 255), random.randint(1, 254),
         random.uniform(0.5, 3), t_epoch(t) // 1000, rid(20, "abcdefghijklmnopqrstuvwxyz0123456789"), random.randint(1, 99)))
    return [L]


def ev_mail_non():
    t = T(); L = Line("postfix")
    L.a("%s mail-out postfix/qmgr[812]: %s: from=<noreply@lakeshoresm.org>, size=%d, nrcpt=1 (queue active)" %
        (t_syslog(t), rid(10, "0123456789ABCDEF"), random.randint(3000, 90000)))
    return [L]


# ---------------------------------------------------------------- workers' comp (pro players)
FROI_SENT = set()


def ev_wc_froi():
    a = pick(PROS); t = T(); L = Line("wc-json")
    ad = a["addr"]
    emp = O([("lastName", P(a["last"], "name")), ("firstName", P(a["first"], "name")),
             ("ssn", P(a["ssn"], "ssn")), ("dob", P(fdate(a["dob"], "iso"), "date")),
             ("address", O([("line1", P(ad["street"], "address")), ("city", P(ad["city"], "address")),
                            ("county", P(ad["county"], "address")), ("state", ad["state"]), ("zip", P(ad["zip"], "zip"))])),
             ("phone", P(fphone(a["phone"], "dash"), "phone"))])
    if a["intl"]:
        emp.append(("foreignId", O([("type", "CA_SIN"), ("value", P(a["sin"], "other_id"))])))
    mt = "02" if a["wc"] in FROI_SENT else "00"
    FROI_SENT.add(a["wc"])
    o = O([("claimNumber", P(a["wc"], "other_id")), ("jurisdiction", "WI"), ("maintenanceType", mt), ("employee", emp),
           ("employer", O([("name", "Lakeshore Lakers Football Club LLC"), ("fein", "39-1847261"), ("naics", "711211")])),
           ("injury", O([("date", P(fdate(a["inj_date"], "iso"), "date")), ("natureCode", "52"), ("bodyPartCode", "11"),
                         ("causeCode", "74"), ("description", "Concussion - %s during team practice" % a["mech"])])),
           ("carrier", "Midwest Employers Casualty"), ("policyNo", "WCP-4471920")])
    L.a("%s [wc-bridge] INFO  FROI submitted: " % t_iso(t))
    L.j(o)
    return [L]


def ev_wc_notes():
    a = pick(PROS); t = T(); L = Line("wc-text")
    v = random.choice([0, 0, 1, 2])
    if v == 0:
        L.a("%s [wc-bridge] INFO  adjuster note claim=" % t_iso(t), (a["wc"], "other_id"), " :: claimant ", (a["first"] + " " + a["last"], "name"),
            " reports secondary MVA on way to facility; vehicle VIN ", (a["vin"], "vehicle"), " plate ", a["dl"], " ",
            (a["plate"], "vehicle"), "; DL ", (a["dl_no"], "license"), " verified by adjuster")
    elif v == 1:
        if a["intl"]:
            L.a("%s [wc-bridge] INFO  TTD indemnity direct deposit set claim=" % t_iso(t), (a["wc"], "other_id"), " iban=",
                (a["iban"], "account"), " bic=COBADEFFXXX weekly=1127.00")
        else:
            L.a("%s [wc-bridge] INFO  TTD indemnity direct deposit set claim=" % t_iso(t), (a["wc"], "other_id"), " routing=%s acct=" % a["routing"],
                (a["bank"], "account"), " type=checking weekly=1127.00")
    else:
        e = a["emerg"]
        L.a("%s [wc-bridge] INFO  contact update claim=" % t_iso(t), (a["wc"], "other_id"), " emergency_contact=",
            (e["first"] + " " + e["last"], "name"), " (%s) " % e["rel"], (fphone(e["phone"], "paren"), "phone"))
    return [L]


def ev_wc_non():
    t = T(); L = Line("wc-text")
    v = random.randint(0, 2)
    if v == 0:
        L.a("%s [wc-bridge] INFO  EDI batch WC-%s-%02d sent to carrier MEC: %d FROI, %d SROI; ack pending" %
            (t_iso(t), (t + LOCAL).strftime("%Y%m%d"), random.randint(1, 9), random.randint(0, 6), random.randint(0, 6)))
    elif v == 1:
        L.a("%s [wc-bridge] INFO  TA acknowledgment received batch=WC-%s-%02d status=TA accepted=%d rejected=0" %
            (t_iso(t), (t + LOCAL).strftime("%Y%m%d"), random.randint(1, 9), random.randint(1, 8)))
    else:
        L.a("%s [wc-bridge] WARN  carrier SFTP sftp.mec-claims.example:22 slow handshake %dms (threshold 2000ms)" % (t_iso(t), random.randint(2000, 9000)))
    return [L]


# ---------------------------------------------------------------- X12 eligibility
def isa(t, ctl, inbound=False):
    l_ = t + LOCAL
    a_, b_ = ("AVAILITY", "LAKESHORESM") if inbound else ("LAKESHORESM", "AVAILITY")
    return ("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:~"
            "GS*HS*%s*%s*%s*%s*%d*X*005010X279A1~" % (a_, b_, l_.strftime("%y%m%d"), l_.strftime("%H%M"), ctl,
                                                      a_, b_, l_.strftime("%Y%m%d"), l_.strftime("%H%M"), ctl))


def ev_x12_270():
    a = pick(NONPRO); t = T(); L = Line("x12-270")
    ctl = random.randint(1000, 99999)
    pay = a["payer"]
    L.a("%s DEBUG [eligibility] outbound 270: " % t_py(t), isa(t, ctl),
        "ST*270*0001*005010X279A1~BHT*0022*13*%s*%s*%s~HL*1**20*1~NM1*PR*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*2*LAKESHORE SPORTS MEDICINE*****XX*%s~" %
        (rid(9, "0123456789"), (t + LOCAL).strftime("%Y%m%d"), (t + LOCAL).strftime("%H%M"), pay[0].upper(), pay[1], PHYS[0][2]))
    if a["guardians"] and pay[2] != "WIMCD":
        g = guardian(a)
        L.a("HL*3*2*22*1~NM1*IL*1*", (fold(g["last"]).upper(), "name"), "*", (fold(g["first"]).upper(), "name"), "****MI*",
            (a["member"], "health_plan"), "~HL*4*3*23*0~TRN*1*%s*9877281234~NM1*03*1*" % rid(10, "0123456789"),
            (fold(a["last"]).upper(), "name"), "*", (fold(a["first"]).upper(), "name"), "~DMG*D8*", (fdate(a["dob"], "hl7"), "date"),
            "*%s~DTP*291*D8*" % a["sex"], (fdate(BASE_DAY, "hl7"), "date"), "~EQ*30~SE*16*0001~GE*1*%d~IEA*1*%09d~" % (ctl, ctl))
    else:
        L.a("HL*3*2*22*0~TRN*1*%s*9877281234~NM1*IL*1*" % rid(10, "0123456789"), (fold(a["last"]).upper(), "name"), "*",
            (fold(a["first"]).upper(), "name"), "****MI*", (a["member"], "health_plan"), "~DMG*D8*", (fdate(a["dob"], "hl7"), "date"),
            "*%s~DTP*291*D8*" % a["sex"], (fdate(BASE_DAY, "hl7"), "date"), "~EQ*30~SE*13*0001~GE*1*%d~IEA*1*%09d~" % (ctl, ctl))
    return [L]


def ev_x12_271():
    a = pick(NONPRO); t = T(); L = Line("x12-271")
    ctl = random.randint(1000, 99999)
    ad = a["addr"]
    L.a("%s DEBUG [eligibility] inbound 271: " % t_py(t), isa(t, ctl, True),
        "ST*271*0001*005010X279A1~BHT*0022*11*%s*%s~HL*1**20*1~NM1*PR*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*2*LAKESHORE SPORTS MEDICINE*****XX*%s~HL*3*2*22*0~NM1*IL*1*" %
        (rid(9, "0123456789"), (t + LOCAL).strftime("%Y%m%d"), a["payer"][0].upper(), a["payer"][1], PHYS[0][2]),
        (fold(a["last"]).upper(), "name"), "*", (fold(a["first"]).upper(), "name"), "****MI*", (a["member"], "health_plan"),
        "~N3*", (fold(ad["street"]).upper(), "address"), "~N4*", (ad["city"].upper(), "address"), "*%s*" % ad["state"], (ad["zip"], "zip"),
        "~DMG*D8*", (fdate(a["dob"], "hl7"), "date"), "*%s~EB*1*IND*30**PPO~EB*B*IND*98***27*35.00~EB*C*IND*30***23*1500.00~SE*14*0001~GE*1*%d~IEA*1*%09d~" %
        (a["sex"], ctl, ctl))
    return [L]


def ev_x12_non():
    t = T(); L = Line("x12-999")
    ctl = random.randint(1000, 99999)
    L.a("%s DEBUG [eligibility] inbound 999: ST*999*0001*005010X231A1~AK1*HS*%d*005010X279A1~AK2*270*0001*005010X279A1~IK5*A~AK9*A*1*1*1~SE*6*0001~" % (t_py(t), ctl))
    return [L]


# ---------------------------------------------------------------- roster portal (Rails)
def rails(t, reqid, lvl="INFO"):
    l_ = t + LOCAL
    return "%s, [%s.%06d #%d] %5s -- : [%s] " % (lvl[0], l_.strftime("%Y-%m-%dT%H:%M:%S"), l_.microsecond, 2841, lvl, reqid)


def ev_rails_update():
    a = pick(PROS + [x for x in ATH if x["level"] == "college"]); t = T(); rq = ruuid(); out = []
    rec = random.randint(1000, 9999)
    staff_ip = "10.20.%d.%d" % (random.randint(1, 9), random.randint(2, 250))
    out.append(Line("rails").a(rails(t, rq), 'Started PATCH "/teams/lakers/roster/%d" for %s at %s -0500' % (rec, staff_ip, (t + LOCAL).strftime("%Y-%m-%d %H:%M:%S"))))
    out.append(Line("rails").a(rails(T(), rq), "Processing by Roster::AthletesController#update as HTML"))
    L = Line("rails")
    ath = O([("first_name", P(a["first"], "name")), ("last_name", P(a["last"], "name")), ("jersey", str(random.randint(1, 99))),
             ("position", random.choice(["DL", "WR", "CB", "LB", "OT", "S"])), ("date_of_birth", P(fdate(a["dob"], "iso"), "date")),
             ("cell_phone", P(fphone(a["phone"], "paren"), "phone")), ("personal_email", P(a["email"], "email"))])
    v = random.randint(0, 2)
    if v == 0 and a["level"] == "pro":
        e = a["emerg"]
        ath += [("emergency_contact_name", P(e["first"] + " " + e["last"], "name")),
                ("emergency_contact_phone", P(fphone(e["phone"], "dash"), "phone")), ("emergency_contact_relation", e["rel"])]
    elif v == 1:
        ath += [("recruiting_profile_url", P(a["hudl"], "url")), ("ncaa_id", P(a["ncaa"], "other_id"))]
    else:
        ad = a["addr"]
        ath += [("street", P(ad["street"], "address")), ("city", P(ad["city"], "address")), ("state", ad["state"]), ("zip", P(ad["zip"], "zip"))]
    L.a(rails(T(), rq), "  Parameters: ")
    L.rb(O([("authenticity_token", "[FILTERED]"), ("athlete", ath), ("commit", "Save athlete"), ("team_id", "lakers"), ("id", str(rec))]))
    out.append(L)
    out.append(Line("rails").a(rails(T(), rq), "Redirected to https://portal.lakeshorelakers.com/teams/lakers/roster/%d" % rec))
    out.append(Line("rails").a(rails(T(), rq), "Completed 302 Found in %dms (ActiveRecord: %.1fms | Allocations: %d)" %
                               (random.randint(20, 200), random.uniform(2, 40), random.randint(3000, 20000))))
    return out


def ev_rails_photo():
    a = pick(PROS + [x for x in ATH if x["level"] == "college"]); rq = ruuid(); out = []
    rec = random.randint(1000, 9999)
    L = Line("rails")
    if random.random() < 0.7:
        ph = "data:image/jpeg;base64," + jpeg_b64(random.randint(250, 420))
    else:
        ph = "data:image/png;base64," + png_b64(random.randint(250, 380))
    L.a(rails(T(), rq), "  Parameters: ")
    L.rb(O([("authenticity_token", "[FILTERED]"), ("athlete", O([("headshot_data_uri", P(ph, "photo")), ("headshot_crop", "0,0,480,480")])),
            ("team_id", "lakers"), ("id", str(rec))]))
    out.append(L)
    L = Line("rails")
    L.a(rails(T(), rq), "Public roster page refreshed: ", ("https://www.lakeshorelakers.com/roster/%s-%s" % (fold(a["first"]).lower().replace(" ", "-"), fold(a["last"]).lower().replace(" ", "-").replace("'", "")), "url"))
    out.append(L)
    out.append(Line("rails").a(rails(T(), rq), "Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" %
                               (random.randint(80, 600), random.uniform(2, 40), random.uniform(2, 40), random.randint(8000, 60000))))
    return out


def ev_rails_non():
    t = T(); rq = ruuid(); L = Line("rails")
    v = random.randint(0, 3)
    if v == 0:
        L.a(rails(t, rq), 'Started GET "/teams/lakers/medical_staff" for 10.20.%d.%d at %s -0500' % (random.randint(1, 9), random.randint(2, 250), (t + LOCAL).strftime("%Y-%m-%d %H:%M:%S")))
    elif v == 1:
        L.a(rails(t, rq), "  Rendered roster/athletes/index.html.erb within layouts/application (Duration: %.1fms | Allocations: %d)" % (random.uniform(5, 90), random.randint(2000, 40000)))
    elif v == 2:
        p = phys()
        L.a(rails(t, rq), "  Parameters: ")
        L.rb(O([("authenticity_token", "[FILTERED]"), ("staff_member", O([("display_name", "Dr. %s %s" % (p[0], p[1])), ("npi", p[2]),
                                                                           ("office_phone", "(262) 555-0100"), ("role", "Team Physician")])), ("id", str(random.randint(10, 99)))]))
    else:
        L.a(rails(t, rq, "WARN"), "Can't verify CSRF token authenticity.")
    return [L]


# ---------------------------------------------------------------- facility access (biometrics, LPR)
def ev_bio_phi():
    a = pick(PROS); t = T(); L = Line("kiosk-json")
    if random.random() < 0.5:
        o = O([("ts", t_iso(t)), ("kiosk", "TC-LOBBY-%02d" % random.randint(1, 3)), ("event", "enroll"), ("athleteId", P(a["aid"], "mrn")),
               ("templateFormat", "ISO19794-5"), ("faceTemplate", P(face_tpl(), "biometric")), ("quality", round(random.uniform(0.8, 0.99), 2))])
    else:
        o = O([("ts", t_iso(t)), ("reader", "WR-DOOR-%d" % random.randint(1, 4)), ("event", "verify"), ("subject", P(a["aid"], "mrn")),
               ("minutiae_b64", P(finger_tpl(), "biometric")), ("score", random.randint(120, 240)), ("result", "match")])
    return [L.j(o)]


def ev_bio_non():
    t = T(); L = Line("kiosk-json")
    o = O([("ts", t_iso(t)), ("reader", "WR-DOOR-%d" % random.randint(1, 4)), ("event", "verify"), ("result", "no_match"),
           ("score", random.randint(3, 40)), ("latency_ms", random.randint(40, 200)), ("fw", "6.1.3")])
    return [L.j(o)]


def ev_lpr_phi():
    a = pick(PROS); t = T(); L = Line("lpr")
    L.a("%s [lpr-gate] plate=" % t_logback(t), (a["plate"].replace("-", "").replace(" ", ""), "vehicle"),
        " conf=%.2f lane=N%d matched permit=P-2024-%03d holder=" % (random.uniform(0.85, 0.99), random.randint(1, 3), random.randint(1, 200)),
        (a["aid"], "mrn"), " (", (a["last"], "name"), ") gate=open")
    return [L]


def ev_lpr_non():
    t = T(); L = Line("lpr")
    if random.random() < 0.5:
        L.a("%s [lpr-gate] plate=<unread> conf=0.%02d lane=N%d action=manual_review cam=cam-n%d" % (t_logback(t), random.randint(10, 49), random.randint(1, 3), random.randint(1, 3)))
    else:
        L.a("%s [lpr-gate] plate=LSM0042 conf=0.97 lane=S1 fleet=team-bus-2 gate=open" % t_logback(t))
    return [L]


# ---------------------------------------------------------------- billing
def ev_bill_phi():
    a = pick(MINORS); g = guardian(a); t = T(); L = Line("billing")
    v = random.randint(0, 1)
    if v == 0:
        L.a("%s INFO [payments] charge ok guardian_acct=" % t_py(t), (g["gacct"], "account"), " pan=", (g["card"], "account"),
            " exp=%02d/%02d amount=45.00 USD desc='Baseline ImPACT - " % (random.randint(1, 12), random.randint(25, 30)),
            (a["first"] + " " + a["last"], "name"), "' processor_ref=ch_%s" % rid(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
    else:
        L.a("%s INFO [billing] statement generated patient_acct=" % t_py(t), (a["acct"], "account"), " guarantor=",
            (g["first"] + " " + g["last"], "name"), " balance=%.2f due=net30 stmt=ST-%07d" % (random.choice([0, 25, 45, 120.5, 310]), random.randint(1, 9999999)))
    return [L]


def ev_bill_non():
    t = T(); L = Line("billing")
    L.a("%s INFO [payments] settlement batch %s closed: %d charges, %d refunds, net=%.2f USD card=****%s" %
        (t_py(t), (t + LOCAL).strftime("B%Y%m%d") + "-%02d" % random.randint(1, 4), random.randint(5, 80), random.randint(0, 3), random.uniform(200, 4000), digits(4)))
    return [L]


# ---------------------------------------------------------------- audit
def ev_audit_phi():
    a = pick(); t = T(); L = Line("audit")
    s = staff()
    L.a("AUDIT %s user=%s@lakeshoresm.org role=%s action=%s resource=Athlete/" % (t_iso(t), s[2], s[3], random.choice(["READ", "READ", "UPDATE", "EXPORT"])),
        (a["aid"], "mrn"), "/%s src=10.20.%d.%d outcome=success" % (random.choice(["injuries", "tests", "rtp", "imaging", "consents"]), random.randint(1, 9), random.randint(2, 250)))
    return [L]


def ev_audit_non():
    t = T(); L = Line("audit")
    L.a("AUDIT %s user=admin@lakeshoresm.org role=SYSADMIN action=UPDATE resource=ProtocolTemplate/rtp-cisg-2023 src=10.20.1.5 outcome=success version=5.2" % t_iso(t)
        if random.random() < 0.5 else
        "AUDIT %s user=svc-export role=SERVICE action=EXPORT resource=Report/weekly-injury-rates rows=%d src=10.40.1.23 outcome=success" % (t_iso(t), random.randint(5, 400)))
    return [L]


# ---------------------------------------------------------------- postgres
def ev_pg_phi():
    a = pick(); t = T(); out = []
    pid = random.randint(2000, 9999)
    out.append(Line("postgres").a("%s [%d] app=injury-api user=svc_injury LOG:  duration: %.3f ms  execute <unnamed>: SELECT i.* FROM injuries i WHERE i.athlete_id = $1 AND i.injury_date >= $2" %
                                  (t_pg(t), pid, random.uniform(500, 3000))))
    out.append(Line("postgres").a("%s [%d] app=injury-api user=svc_injury DETAIL:  parameters: $1 = '" % (t_pg(t), pid), (a["aid"], "mrn"),
                                  "', $2 = '", (fdate(a["inj_date"], "iso"), "date"), "'"))
    return out


def ev_pg_non():
    t = T(); L = Line("postgres")
    if random.random() < 0.5:
        L.a("%s [3121] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 2 recycled; write=%.3f s, sync=0.021 s, total=%.3f s" %
            (t_pg(t), random.randint(200, 4000), random.uniform(1, 20), random.uniform(20, 200), random.uniform(20, 200)))
    else:
        L.a("%s [%d] app=rtp-service user=svc_rtp LOG:  automatic vacuum of table \"sportsmed.public.rtp_events\": index scans: 1" % (t_pg(t), random.randint(2000, 9999)))
    return [L]


# ---------------------------------------------------------------- imaging scheduling
def ev_sched_phi():
    a = pick(); t = T(); L = Line("sched-text")
    L.a("%s INFO [imaging-sched] appt confirmed mrn=" % t_logback(t), (a["mrn"], "mrn"), " dob=", (fdate(a["dob"], "usshort"), "date"),
        " slot=", (fdate(a["appt"], "iso") + " " + random.choice(["08:00", "09:30", "11:00", "13:30"]), "date"),
        " modality=MR room=MR2 site='Lakeshore Imaging Center, 2200 W Lincoln Ave, Milwaukee WI 53215' tel=(262) 555-0100")
    return [L]


def ev_sched_non():
    t = T(); L = Line("sched-text")
    L.a("%s INFO [imaging-sched] capacity MR1=%d/18 MR2=%d/18 CT1=%d/30 for %s; overbook=false" %
        (t_logback(t), random.randint(4, 18), random.randint(4, 18), random.randint(5, 30), fdate(BASE_DAY + dt.timedelta(days=random.randint(1, 5)), "iso")))
    return [L]


# ---------------------------------------------------------------- alumni legacy study (age > 89)
def ev_alumni_phi():
    al = random.choice(ALUMNI); t = T(); L = Line("py-log")
    v = random.randint(0, 2)
    if v == 0:
        L.a(pyl(t, "INFO", "alumni_registry"), "participant enrolled id=", (al["pid"], "mrn"), ' name="', (al["first"] + " " + al["last"], "name"),
            '" dob=', (fdate(al["dob"], "iso"), "date"), " age=", (str(al["age"]), "age"), " mbi=", (al["mbi"], "health_plan"),
            " consent=telephone")
    elif v == 1:
        pr = al["proxy"]
        L.a(pyl(t, "INFO", "alumni_registry"), "proxy informant for ", (al["pid"], "mrn"), ": ", (pr[0] + " " + pr[1], "name"),
            " (%s) tel " % pr[3], (fphone(pr[2], "paren"), "phone"), "; participant aged ", (str(al["age"]), "age"), ", lives at ",
            (al["addr"]["street"], "address"), ", ", (al["addr"]["city"], "address"), " ", al["addr"]["state"], " ", (al["addr"]["zip"], "zip"))
    else:
        m = al["mbi"]
        L.a(pyl(t, "WARNING", "alumni_registry.claims"), "Medicare MBI ", (m[:4] + "-" + m[4:7] + "-" + m[7:], "health_plan"),
            " returned AAA*Y**72 (invalid member id) for ", (al["pid"], "mrn"), "; manual review")
    return [L]


def ev_alumni_non():
    t = T(); L = Line("py-log")
    L.a(pyl(t, "INFO", "alumni_registry"), "quarterly follow-up batch: %d participants due, %d reached, mean age band 80-89, median seasons played 7" %
        (random.randint(20, 60), random.randint(5, 30)))
    return [L]


# ---------------------------------------------------------------- infra / system
def ev_sys_non():
    t = T(); L = Line("syslog")
    v = random.randint(0, 7)
    host = "ip-10-40-%d-%d" % (random.randint(0, 3), random.randint(2, 250))
    if v == 0:
        L.a("%s %s CRON[%d]: (root) CMD (/usr/local/bin/backup-impact-exports.sh >/dev/null 2>&1)" % (t_syslog(t), host, random.randint(10000, 40000)))
    elif v == 1:
        L.a("%s %s systemd[1]: Started Daily apt download activities." % (t_syslog(t), host))
    elif v == 2:
        L.a("%s %s kubelet[1187]: I0914 %s    1187 prober.go:107] \"Probe failed\" probeType=\"Readiness\" pod=\"sportsmed/rtp-service-5b7c9d8f6-%s\" output=\"Get \\\"http://10.244.3.%d:8080/actuator/health\\\": context deadline exceeded\"" %
            (t_syslog(t), host, (t + LOCAL).strftime("%H:%M:%S.%f"), rid(5, "bcdfghjklmnpqrstvwxz2456789"), random.randint(2, 250)))
    elif v == 3:
        L.a("1:M %02d %s %d %s.%03d * %d changes in 300 seconds. Saving..." % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"), t.microsecond // 1000, random.randint(10, 500)))
    elif v == 4:
        L.a("deploy: injury-api v3.18.%d (git %s) built 2024-09-10T22:14:03Z rolled out to prod, 3/3 replicas ready at %s" % (random.randint(1, 4), rid(7), t_iso(t)))
    elif v == 5:
        L.a("%s %s sshd[%d]: Accepted publickey for deploy from 10.40.0.%d port %d ssh2: ED25519 SHA256:%s" %
            (t_syslog(t), host, random.randint(1000, 40000), random.randint(2, 250), random.randint(30000, 65000), rid(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
    elif v == 6:
        L.a("%s %s certbot[%d]: Certificate for consent.lakeshoresm.org not yet due for renewal (expires 2024-11-29)" % (t_syslog(t), host, random.randint(1000, 40000)))
    else:
        L.a("%s [otel] trace_id=%s span_id=%s service=rtp-service route=/api/rtp/{id}/stage status=OK dur=%dms" %
            (t_iso(t), rid(32), rid(16), random.randint(3, 400)))
    return [L]


# =========================================================================== main loop
PHI_EVENTS = [(ev_pino_injury, 6), (ev_pino_contact, 4), (ev_pino_lookup, 3), (ev_logcat_phi, 7), (ev_ios_phi, 5),
              (ev_impact_csv, 3), (ev_rtp_phi, 7), (ev_gps_phi, 5), (ev_gps_csv, 2), (ev_mg_phi, 3), (ev_hl7_orm, 1.5),
              (ev_hl7_oru, 1), (ev_nginx_phi, 6), (ev_esign_phi, 4), (ev_fax_phi, 3), (ev_sms_phi, 4), (ev_mail_phi, 3),
              (ev_wc_froi, 3), (ev_wc_notes, 4), (ev_x12_270, 4), (ev_x12_271, 3), (ev_rails_update, 2), (ev_rails_photo, 1.5),
              (ev_bio_phi, 3), (ev_lpr_phi, 2), (ev_bill_phi, 3), (ev_audit_phi, 4), (ev_pg_phi, 2), (ev_sched_phi, 3),
              (ev_alumni_phi, 3)]
NON_EVENTS = [(ev_pino_done, 7), (ev_pino_sys, 5), (ev_logcat_non, 7), (ev_ios_non, 5), (ev_impact_deid, 1), (ev_rtp_non, 7),
              (ev_gps_non, 5), (ev_mg_non, 3), (ev_mirth_non, 3), (ev_nginx_non, 5), (ev_esign_non, 3), (ev_fax_non, 2),
              (ev_sms_non, 3), (ev_mail_non, 3), (ev_wc_non, 3), (ev_x12_non, 2), (ev_rails_non, 5), (ev_bio_non, 2),
              (ev_lpr_non, 2), (ev_bill_non, 2), (ev_audit_non, 3), (ev_pg_non, 3), (ev_sched_non, 2), (ev_alumni_non, 1),
              (ev_sys_non, 10)]
TARGET_PHI = 0.45


def main():
    lines = []
    # guarantee coverage of rarer record types (pro team, alumni, biometrics ...)
    forced = []
    for ev, k in ((ev_wc_froi, 3), (ev_rails_photo, 3), (ev_bio_phi, 4), (ev_alumni_phi, 3), (ev_fax_phi, 2),
                  (ev_lpr_phi, 2), (ev_wc_notes, 4), (ev_x12_271, 2), (ev_bill_phi, 3), (ev_esign_phi, 2)):
        forced += [ev] * k
    random.shuffle(forced)
    while len(lines) < N_LINES:
        remaining = N_LINES - len(lines)
        nphi = sum(1 for x in lines if x.sp)
        pool = PHI_EVENTS if nphi < TARGET_PHI * (len(lines) + 1) else NON_EVENTS
        if pool is PHI_EVENTS and forced and random.random() < 0.3:
            ev = forced.pop()
        else:
            ev = random.choices([e for e, _ in pool], weights=[w for _, w in pool])[0]
        out = ev()
        if len(out) > remaining:
            continue
        lines.extend(out)
    assert len(lines) == N_LINES

    log_b = bytearray()
    lab = []
    for i, L in enumerate(lines, 1):
        b = bytes(L.b)
        assert b"\n" not in b and b"\r" not in b, (i, b)
        assert len(b) <= 4000, (i, len(b))
        b.decode("utf-8")
        prev = 0
        spans = []
        for s, e, c, val in L.sp:
            assert b[s:e] == val, (i, s, e, val)
            assert s >= prev and e > s, (i, s, e)
            prev = e
            spans.append({"s": s, "e": e, "cat": c})
        log_b += b + b"\n"
        lab.append(json.dumps({"line": i, "family": L.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, "dc.log"), "wb") as f:
        f.write(bytes(log_b))
    with open(os.path.join(HERE, "dc.labels.jsonl"), "wb") as f:
        f.write(("\n".join(lab) + "\n").encode("utf-8"))


if __name__ == "__main__":
    main()
