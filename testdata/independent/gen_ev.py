#!/usr/bin/env python3
"""Deterministic generator for the 'ev' held-out PHI corpus.

Theme: a health system's digital front door -- identity verification and
patient onboarding (KYC vendor webhooks, insurance card OCR, AAMVA PDF417 desk
scanner, MyChart-like activation and proxy access, Twilio Verify OTP, a Go
service with zap, a Node BFF with pino, fraud rules and a manual review queue).

Standard library only.  Writes ev.log and ev.labels.jsonl next to this file.
All people, numbers and addresses are synthetic.
"""
import base64
import datetime
import hashlib
import json
import os
import random
import unicodedata
import urllib.parse
import uuid

random.seed(20240611)

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ev"
N_LINES = 500
TODAY = datetime.date(2024, 6, 11)

# ----------------------------------------------------------------------------
# segment helpers: a line is a list of (text, cat-or-None)
# ----------------------------------------------------------------------------


class V:
    """A PHI value to be placed in a JSON structure (string or number)."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class Mix:
    """A JSON string value composed of several segments."""

    def __init__(self, segs):
        self.segs = segs


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jq(s):
    return json.dumps(s, ensure_ascii=False)


def merge(segs):
    out = []
    for t, c in segs:
        if t == "":
            continue
        if out and c is None and out[-1][1] is None:
            out[-1] = (out[-1][0] + t, None)
        else:
            out.append((t, c))
    return out


def jseg(obj, sep=(",", ":")):
    out = []

    def emit(o):
        if isinstance(o, V):
            if isinstance(o.v, str):
                out.append(('"', None))
                out.append((jesc(o.v), o.cat))
                out.append(('"', None))
            else:
                out.append((json.dumps(o.v), o.cat))
        elif isinstance(o, Mix):
            out.append(('"', None))
            for t, c in o.segs:
                out.append((jesc(t), c))
            out.append(('"', None))
        elif isinstance(o, dict):
            out.append(("{", None))
            first = True
            for k, v in o.items():
                if not first:
                    out.append((sep[0], None))
                first = False
                out.append((jq(k) + sep[1], None))
                emit(v)
            out.append(("}", None))
        elif isinstance(o, (list, tuple)):
            out.append(("[", None))
            first = True
            for v in o:
                if not first:
                    out.append((sep[0], None))
                first = False
                emit(v)
            out.append(("]", None))
        else:
            out.append((json.dumps(o, ensure_ascii=False), None))

    emit(obj)
    return merge(out)


def escape_segs(segs):
    """Render segments as the content of a JSON string (nested JSON body)."""
    return merge([(jesc(t), c) for t, c in segs])


def T(s):
    return [(s, None)]


def P(s, cat):
    return [(s, cat)]


def cat_of(*parts):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append((p, None))
        else:
            out.extend(p)
    return merge(out)


# ----------------------------------------------------------------------------
# random id helpers (look-alikes)
# ----------------------------------------------------------------------------
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
HEX = "0123456789abcdef"


def rs(alpha, n):
    return "".join(random.choice(alpha) for _ in range(n))


def b62(n):
    return rs(B62, n)


def hexs(n):
    return rs(HEX, n)


def uid():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


def pid_(prefix, n=24):
    return prefix + "_" + b62(n)


def tsid(prefix):
    return prefix + hexs(32)


def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn(prefix, length):
    body = prefix + "".join(random.choice("0123456789") for _ in range(length - 1 - len(prefix)))
    return body + luhn_digit(body)


def mrz_check(s):
    w = [7, 3, 1]
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        tot += v * w[i % 3]
    return str(tot % 10)


SPECIAL = {"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "ß": "ss"}


def deacc(s):
    s = "".join(SPECIAL.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ----------------------------------------------------------------------------
# clock
# ----------------------------------------------------------------------------
CDT = datetime.timezone(datetime.timedelta(hours=-5))
UTC = datetime.timezone.utc


class Clock:
    def __init__(self):
        self.t = datetime.datetime(2024, 6, 11, 7, 58, 3, 118000, tzinfo=CDT)

    def tick(self):
        self.t += datetime.timedelta(microseconds=random.randint(150_000, 38_000_000))

    def utc(self):
        return self.t.astimezone(UTC)

    def iso_ms(self, dt=None):
        u = (dt or self.t).astimezone(UTC)
        return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)

    def iso_s(self, dt=None):
        return (dt or self.t).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def epoch_ms(self):
        return int(self.t.timestamp() * 1000)

    def epoch_s(self):
        return int(self.t.timestamp())

    def zap(self):
        frac = "%06d%d" % (self.t.microsecond, random.randint(0, 9))
        return "%d.%s" % (int(self.t.timestamp()), frac.rstrip("0") or "0")

    def zap_dev(self):
        return self.t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-0500" % (self.t.microsecond // 1000)

    def comma(self):
        return self.t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (self.t.microsecond // 1000)

    def nlog(self):
        return self.t.strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % (self.t.microsecond // 100)

    def nginx(self):
        return self.utc().strftime("%d/%b/%Y:%H:%M:%S +0000")

    def nano(self):
        u = self.utc()
        return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%03dZ" % (u.microsecond, random.randint(0, 999))

    def ago(self, seconds):
        return self.t - datetime.timedelta(seconds=seconds)


CLK = Clock()

# ----------------------------------------------------------------------------
# synthetic people
# ----------------------------------------------------------------------------
LOCS = [
    ("Chicago", "Cook", "IL", ["60657", "60614", "60640", "60625", "60618", "60647", "60626"]),
    ("Chicago", "Cook", "IL", ["60613", "60622", "60659"]),
    ("Evanston", "Cook", "IL", ["60201", "60202"]),
    ("Oak Park", "Cook", "IL", ["60302", "60304"]),
    ("Skokie", "Cook", "IL", ["60076", "60077"]),
    ("Naperville", "DuPage", "IL", ["60540", "60563"]),
    ("Des Plaines", "Cook", "IL", ["60016", "60018"]),
    ("Waukegan", "Lake", "IL", ["60085"]),
    ("Berwyn", "Cook", "IL", ["60402"]),
    ("Hammond", "Lake", "IN", ["46320", "46324"]),
    ("Kenosha", "Kenosha", "WI", ["53140", "53144"]),
    ("Aurora", "Kane", "IL", ["60505", "60506"]),
]
STREETS = ["W Belmont Ave", "N Clark St", "S Halsted St", "Ridge Ave", "Chicago Ave", "Dempster St",
           "W Lawrence Ave", "N Kedzie Ave", "Sheridan Rd", "W Devon Ave", "Maple Ave", "Harrison St",
           "Lake St", "Oakton St", "N Milwaukee Ave", "W Irving Park Rd", "Sunnyside Ave", "Greenleaf St",
           "W Foster Ave", "Emerson St", "N Lincoln Ave", "Grand Ave", "Sheridan Pl", "Washington Blvd",
           "S Cicero Ave", "Hohman Ave", "Sheridan Rd Unit", "22nd Ave", "E Ogden Ave"]
STREETS = [s for s in STREETS if not s.endswith("Unit")]
STATE_FULL = {"IL": "Illinois", "IN": "Indiana", "WI": "Wisconsin", "TX": "Texas", "CA": "California"}
IIN = {"IL": "636035", "IN": "636037", "WI": "636031", "TX": "636015", "CA": "636014"}
AREA = {"IL": ["312", "773", "872", "847", "630", "708", "224", "331"], "IN": ["219"], "WI": ["262"]}
MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com", "comcast.net"]
PUB_OCT = [73, 98, 24, 67, 71, 76, 99, 108, 174, 107, 50, 69, 162, 47]

P_SPEC = [
    ("Lan", "Thi", "Nguyen", "F", (1984, 1990), {}),
    ("Oluwaseun", "Babatunde", "Adeyemi", "M", (1979, 1986), {"passport": ("NGA", "A", 8)}),
    ("Mateo", "", "Quispe Huamán", "M", (1992, 1998), {"passport": ("PER", "", 9), "dlstate": "TX"}),
    ("Zofia", "", "Wiśniewska", "F", (1970, 1976), {}),
    ("Siddharth", "", "Raghunathan", "M", (1988, 1994), {"dlstate": "CA"}),
    ("Aroha", "", "Ngata", "F", (1995, 2000), {"medicaid": True}),
    ("Björn", "Erik", "Halvorsen", "M", (1961, 1966), {}),
    ("Fatima Zahra", "", "El Idrissi", "F", (1990, 1996), {}),
    ("Hye-jin", "", "Park", "F", (1983, 1989), {}),
    ("Chidinma", "Adaeze", "Okonkwo", "F", (1982, 1988), {"child": ("Chiamaka", "", (2015, 2017), "F")}),
    ("Yusuf", "", "Demir", "M", (1975, 1980), {}),
    ("Ekaterina", "Sergeyevna", "Volkova", "F", (1986, 1991), {}),
    ("Carmen", "Luz", "Delgado-Ruiz", "F", (1980, 1986), {"child": ("Sofía", "", (2018, 2020), "F")}),
    ("Tomasz", "Piotr", "Kowalczyk", "M", (1976, 1980), {"passport": ("POL", "EK", 7)}),
    ("Kealoha", "", "Kahananui", "M", (1993, 1997), {}),
    ("Siobhán", "", "O'Sullivan", "F", (1972, 1977), {"passport": ("IRL", "PA", 7)}),
    ("Nomvula", "", "Dlamini", "F", (1989, 1994), {}),
    ("Javier", "", "Ibáñez", "M", (1981, 1985), {"curp": True, "passport": ("MEX", "G", 8),
                                                  "child": ("Lucas", "", (2012, 2014), "M")}),
    ("Mei-Ling", "", "Chou", "F", (1966, 1971), {}),
    ("Amara", "Ifeoma", "Nwosu", "F", (1998, 2003), {"medicaid": True}),
    ("Priya", "", "Venkataraman", "F", (1984, 1988), {"child": ("Arjun", "", (2016, 2019), "M")}),
    ("Søren", "", "Lindqvist", "M", (1958, 1963), {}),
    ("Ayşe", "", "Yılmaz", "F", (1991, 1995), {"passport": ("TUR", "U", 8)}),
    ("Kwame", "Kofi", "Mensah", "M", (1979, 1983), {"child": ("Esi", "", (2011, 2013), "F")}),
    ("Haruto", "", "Sato", "M", (1996, 2000), {"passport": ("JPN", "TK", 7)}),
    ("Giulia", "", "Romano", "F", (1987, 1992), {}),
    ("Dorothea", "", "Baumgartner", "F", (1931, 1931), {"medicare": True,
                                                          "proxy_adult": ("Ingrid", "Baumgartner-Shaw", "Daughter")}),
    ("Anselmo", "", "Ferreira da Costa", "M", (1933, 1933), {"medicare": True}),
    ("Margarethe", "", "Lindgren", "F", (1929, 1929), {"medicare": True,
                                                         "proxy_adult": ("Nils", "Lindgren", "Son")}),
    ("Rashid", "", "Al-Mansouri", "M", (1968, 1972), {}),
]

PAYERS = [
    ("Blue Cross Blue Shield of Illinois", "bcbsil", lambda: rs("ABCDEFGHJKLMNPQRSTUVWXYZ", 3) + rs("0123456789", 9),
     lambda: "P" + rs("0123456789", 5), "004336", "ADV", "1-800-555-0161"),
    ("Aetna", "aetna", lambda: "W" + rs("0123456789", 9), lambda: rs("0123456789", 6) + "-0" + rs("0123456789", 2) + "-" + rs("0123456789", 5),
     "610502", "AET", "1-888-555-0172"),
    ("UnitedHealthcare", "uhc", lambda: "9" + rs("0123456789", 8), lambda: rs("0123456789", 6), "610279", "9999", "1-866-555-0133"),
    ("Cigna", "cigna", lambda: "U" + rs("0123456789", 8) + "01", lambda: rs("0123456789", 7), "017010", "0215CIGNA", "1-800-555-0190"),
    ("Humana", "humana", lambda: "H" + rs("0123456789", 8), lambda: "X" + rs("0123456789", 4), "610649", "03200000", "1-800-555-0127"),
]


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    return (random.choice("123456789") + random.choice(A) + random.choice(AN) + random.choice("0123456789")
            + random.choice(A) + random.choice(AN) + random.choice("0123456789") + random.choice(A)
            + random.choice(A) + random.choice("0123456789") + random.choice("0123456789"))


def ssn():
    while True:
        a = random.randint(101, 699)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


def rand_date(y0, y1):
    d0 = datetime.date(y0, 1, 1)
    d1 = datetime.date(y1, 12, 28)
    return d0 + datetime.timedelta(days=random.randint(0, (d1 - d0).days))


def age_on(dob, ref=TODAY):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def curp(first, last_p, last_m, dob, sex, state):
    V_ = "AEIOU"
    lp = deacc(last_p).upper()
    lm = deacc(last_m).upper()
    fn = deacc(first).upper()
    vowel = next(c for c in lp[1:] if c in V_)
    cons = lambda s: next(c for c in s[1:] if c.isalpha() and c not in V_)
    body = (lp[0] + vowel + lm[0] + fn[0] + dob.strftime("%y%m%d") + sex + state + cons(lp) + cons(lm) + cons(fn)
            + ("0" if dob.year < 2000 else "A"))
    dic = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ"
    tot = sum(dic.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - tot % 10) % 10)


def mk_email(first, last, dob):
    f = deacc(first).lower().replace(" ", "").replace("-", "")
    l = deacc(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    yy = dob.strftime("%y")
    pat = random.choice([f + "." + l + yy, f[0] + l, l + "." + f, f + l[:3] + str(random.randint(2, 98)),
                         f + "_" + l, f + yy + l[0]])
    return pat + "@" + random.choice(MAIL)


def mk_phone(state):
    return random.choice(AREA.get(state, AREA["IL"])), "01%02d" % random.randint(0, 99)


def fmt_phone(ph, style):
    a, x = ph
    if style == "e164":
        return "+1" + a + "555" + x
    if style == "nat":
        return "(%s) 555-%s" % (a, x)
    if style == "dash":
        return "%s-555-%s" % (a, x)
    if style == "dot":
        return "%s.555.%s" % (a, x)
    return a + "555" + x


def mk_dl(state, last):
    L = deacc(last)[0].upper()
    if state == "IL":
        return L + rs("0123456789", 11)
    if state == "WI":
        return L + rs("0123456789", 13)
    if state == "IN":
        return rs("0123456789", 10)
    if state == "TX":
        return rs("0123456789", 8)
    if state == "CA":
        return L + rs("0123456789", 7)
    return rs("0123456789", 9)


def fmt_dl(state, dl):
    if state == "IL":
        return "%s-%s-%s" % (dl[:4], dl[4:8], dl[8:])
    if state == "WI":
        return "%s-%s-%s-%s" % (dl[:4], dl[4:8], dl[8:12], dl[12:])
    if state == "IN":
        return "%s-%s-%s" % (dl[:4], dl[4:6], dl[6:])
    return dl


def pub_ip():
    return "%d.%d.%d.%d" % (random.choice(PUB_OCT), random.randint(1, 254), random.randint(0, 254), random.randint(1, 254))


PEOPLE = []
used_mrn = set()
for (first, middle, last, sex, yr, ex) in P_SPEC:
    p = {"first": first, "middle": middle, "last": last, "sex": sex}
    p["dob"] = rand_date(*yr)
    loc = random.choice(LOCS)
    p["city"], p["county"], p["state"] = loc[0], loc[1], loc[2]
    p["zip"] = random.choice(loc[3])
    p["zip4"] = "%04d" % random.randint(1000, 9899)
    p["street"] = "%d %s" % (random.randint(104, 8950), random.choice(STREETS))
    p["unit"] = random.choice(["", "", "", "Apt 3B", "Unit 2", "Apt 1F", "# 407", "Apt 12C", "Unit G"])
    p["phone"] = mk_phone(p["state"])
    p["email"] = mk_email(first, last, p["dob"])
    while True:
        m = str(random.choice([4, 5])) + rs("0123456789", 7)
        if m not in used_mrn:
            used_mrn.add(m)
            break
    p["mrn"] = m
    fl = deacc(first).lower().split()[0].replace("-", "")
    ll = deacc(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    p["username"] = random.choice([fl[0] + ll + p["dob"].strftime("%y"), fl + "." + ll, fl + ll[:4] + str(random.randint(1, 99)),
                                   ll + fl[0]])
    p["dlstate"] = ex.get("dlstate", p["state"])
    p["dl"] = mk_dl(p["dlstate"], last)
    p["dl_issue"] = rand_date(2020, 2023)
    p["dl_exp"] = p["dl_issue"] + datetime.timedelta(days=365 * random.choice([4, 5, 8]) + random.randint(0, 30))
    p["dcf"] = rs("0123456789", 4) + rs("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + rs("0123456789", 6)
    p["dck"] = "%s%s" % (random.choice(["2300", "5100", "0014"]), rs("0123456789", 15))
    p["ssn"] = ssn()
    p["ip"] = pub_ip()
    p["imei"] = luhn("35" + rs("0123456789", 6), 15)
    p["acct"] = "70" + rs("0123456789", 8)
    p["plate"] = {"IL": lambda: rs("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + " " + rs("0123456789", 5),
                  "WI": lambda: rs("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + "-" + rs("0123456789", 4),
                  "IN": lambda: rs("0123456789", 3) + rs("ABCDEFGHJKLMNPRSTUVWXYZ", 3)}[p["state"]]()
    p["yubikey"] = str(random.randint(10000000, 29999999))
    p["portal_uuid"] = uid()
    p["inq"] = pid_("inq")
    p["onfido_app"] = uid()
    p["jumio_acct"] = uid()
    p["face_hash"] = hashlib.sha256(("face" + first + last + str(random.random())).encode()).hexdigest()
    p["face_tpl"] = base64.b64encode(bytes(random.getrandbits(8) for _ in range(random.choice([256, 384, 512])))).decode()
    p["height"] = random.randint(60, 75)
    p["eyes"] = random.choice(["BRO", "BLU", "GRN", "HAZ", "BLK"])
    p["hair"] = random.choice(["BRO", "BLK", "BLN", "GRY", "RED"])
    p["activation"] = "-".join(rs("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 5) for _ in range(3))
    if ex.get("medicare"):
        p["ins"] = {"payer": "Medicare", "key": "cms", "member": mbi(), "group": None}
    elif ex.get("medicaid"):
        p["ins"] = {"payer": "Illinois Medicaid (HFS)", "key": "ilmcd", "member": rs("0123456789", 9), "group": None}
    else:
        py = random.choice(PAYERS)
        p["ins"] = {"payer": py[0], "key": py[1], "member": py[2](), "group": py[3](), "bin": py[4], "pcn": py[5], "phone": py[6]}
    if "passport" in ex:
        cc, pre, n = ex["passport"]
        p["pp_country"] = cc
        p["passport"] = pre + rs("0123456789", n - 0) if pre else rs("0123456789", n)
        p["passport"] = p["passport"][:9]
        p["pp_exp"] = rand_date(2026, 2033)
    if ex.get("curp"):
        p["curp"] = curp(first, last, "Soto", p["dob"], "H" if sex == "M" else "M", "JC")
    if "child" in ex:
        cf, cm, cyr, csex = ex["child"]
        cdob = rand_date(*cyr)
        while True:
            m = str(random.choice([4, 5])) + rs("0123456789", 7)
            if m not in used_mrn:
                used_mrn.add(m)
                break
        p["child"] = {"first": cf, "last": last, "dob": cdob, "sex": csex, "mrn": m}
    if "proxy_adult" in ex:
        af, al, rel = ex["proxy_adult"]
        p["proxy_adult"] = {"first": af, "last": al, "rel": rel, "phone": mk_phone("IL"),
                            "email": mk_email(af, al, rand_date(1955, 1965))}
    PEOPLE.append(p)

ACTIVE = random.sample(range(len(PEOPLE)), 5)


def pick(pred=None):
    global ACTIVE
    if random.random() < 0.12:
        ACTIVE[random.randrange(len(ACTIVE))] = random.randrange(len(PEOPLE))
    cands = [PEOPLE[i] for i in ACTIVE if pred is None or pred(PEOPLE[i])]
    if not cands or random.random() < 0.15:
        cands = [q for q in PEOPLE if pred is None or pred(q)]
    return random.choice(cands)


def pick_old(share=0.35):
    if random.random() < share:
        return pick(lambda q: age_on(q["dob"]) > 89)
    return pick()


def full(p, middle=False):
    if middle and p["middle"]:
        return p["first"] + " " + p["middle"] + " " + p["last"]
    return p["first"] + " " + p["last"]


def name_segs(p, style="fl"):
    """Name as segments; 'fl' = First Last (one span), 'lf' = Last, First."""
    if style == "lf":
        return P(p["last"], "name") + T(", ") + P(p["first"], "name")
    if style == "LF":
        return P(deacc(p["last"]).upper(), "name") + T(", ") + P(deacc(p["first"]).upper(), "name")
    return P(full(p), "name")


STAFF = [("Rebecca", "Lindholm", "rlindholm"), ("Marcus", "Tran", "mtran"), ("Deepa", "Iyer", "diyer"),
         ("Tobias", "Hartmann", "thartmann"), ("Yolanda", "Reyes", "yreyes"), ("Kenji", "Morita", "kmorita"),
         ("Jasmine", "Okafor", "jokafor")]
CLINICIANS = ["Dr. Helena Marsh", "Dr. Samuel Oyelaran", "Dr. Ines Carvalho", "Dr. Paul Whitcombe",
              "Dr. Anjali Desai", "Dr. Teodor Nowak"]
DEPTS = ["Internal Medicine", "Family Medicine", "Pediatrics", "Geriatrics", "OB/GYN"]
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
       "MyChart/10.4.2 (iPhone; iOS 17.5.1; Scale/3.00)",
       "MyChart/10.4.0 (Android 13; SM-S911U)"]
VENDOR_IPS = ["35.232.44.140", "34.102.136.180", "52.18.239.77", "3.64.28.150", "54.165.21.9", "35.193.18.205"]
PRIV = lambda: random.choice(["10.42.%d.%d" % (random.randint(0, 15), random.randint(2, 250)),
                              "172.20.%d.%d" % (random.randint(0, 31), random.randint(2, 250)),
                              "192.168.%d.%d" % (random.randint(1, 9), random.randint(2, 250))])
BFF_HOSTS = [("dfd-bff-6f7c9b8d4-kq2lx", 18), ("dfd-bff-6f7c9b8d4-w9zrm", 19), ("dfd-bff-6f7c9b8d4-p5tnh", 18)]
PORTAL = "portal.northlakehealth.org"
MYCHART = "mychart.northlakehealth.org"


def pin_host():
    return random.choice(BFF_HOSTS)


def iso(d):
    return d.strftime("%Y-%m-%d")


def us(d):
    return d.strftime("%m/%d/%Y")


def reqid():
    return random.choice(["req-" + b62(10), hexs(16), uid()])


# ----------------------------------------------------------------------------
# zap / pino / log4net / nlog / python / logfmt wrappers
# ----------------------------------------------------------------------------

def zap_json(level, logger, caller, msg, fields):
    segs = T('{"level":' + jq(level) + ',"ts":' + CLK.zap())
    if logger:
        segs += T(',"logger":' + jq(logger))
    segs += T(',"caller":' + jq(caller) + ',"msg":' + jq(msg))
    if fields:
        body = jseg(fields)
        # strip braces of the fields object and splice
        assert body[0][0].startswith("{") and body[-1][0].endswith("}")
        body[0] = (body[0][0][1:], body[0][1])
        body[-1] = (body[-1][0][:-1], body[-1][1])
        segs += T(",") + body
    segs += T("}")
    return merge(segs)


def zap_dev(level, caller, msg, fields):
    segs = T(CLK.zap_dev() + "\t" + level + "\t" + caller + "\t" + msg)
    if fields:
        segs += T("\t") + jseg(fields, sep=(", ", ": "))
    return merge(segs)


def pino(level, fields, msg, host=None):
    h, pid = host or pin_host()
    d = {"level": level, "time": CLK.epoch_ms(), "pid": pid, "hostname": h}
    d.update(fields)
    d["msg"] = msg
    return jseg(d)


def log4net(thread, level, logger, msg_segs):
    return merge(T("%s [%d] %-5s %s - " % (CLK.comma(), thread, level, logger)) + msg_segs)


def nlog(level, logger, msg_segs):
    return merge(T("%s|%s|%s|" % (CLK.nlog(), level, logger)) + msg_segs)


def pylog(level, logger, lineno, msg_segs):
    return merge(T("%s %s [%s:%d] " % (CLK.comma(), level, logger, lineno)) + msg_segs)


def lf_val(v):
    """logfmt value quoting (go-kit style)."""
    if v == "" or any(c in v for c in ' ="\\'):
        return jq(v)
    return v


def logfmt(pairs):
    segs = []
    first = True
    for k, v in pairs:
        if not first:
            segs += T(" ")
        first = False
        if isinstance(v, V):
            s = str(v.v)
            if lf_val(s) != s:
                segs += T('%s="' % k) + P(jesc(s), v.cat) + T('"')
            else:
                segs += T(k + "=") + P(s, v.cat)
        elif isinstance(v, Mix):
            segs += T(k + '="') + [(jesc(t), c) for t, c in v.segs] + T('"')
        else:
            segs += T(k + "=" + lf_val(str(v)))
    return merge(segs)


# ----------------------------------------------------------------------------
# family: persona-webhook
# ----------------------------------------------------------------------------
ITMPL = ["itmpl_" + b62(24) for _ in range(3)]
VTMPL = ["vtmpl_" + b62(24) for _ in range(4)]
ENV_ID = "env_" + b62(24)


def persona_event(name, obj_type, obj_id, attrs, rel):
    return {"data": {"type": "event", "id": pid_("evt"), "attributes": {
        "name": name, "payload": {"data": {"type": obj_type, "id": obj_id, "attributes": attrs,
                                           "relationships": rel}},
        "created-at": CLK.iso_ms(), "redacted-at": None}}}


def persona_addr(p, attrs):
    attrs["address-street-1"] = V(p["street"], "address")
    attrs["address-street-2"] = V(p["unit"], "address") if p["unit"] else None
    attrs["address-city"] = V(p["city"], "address")
    attrs["address-subdivision"] = STATE_FULL[p["state"]]
    attrs["address-subdivision-abbr"] = p["state"]
    attrs["address-postal-code"] = V(p["zip"], "zip")


def persona_inquiry_attrs(status, p=None):
    created = CLK.ago(random.randint(200, 900))
    a = {"status": status, "reference-id": p["portal_uuid"] if p else uid(), "note": None,
         "behaviors": {"request-spoof-attempts": 0, "user-agent-spoof-attempts": 0, "distraction-events": random.randint(0, 3),
                       "hesitation-baseline": random.randint(3000, 9000), "hesitation-count": random.randint(0, 6),
                       "hesitation-time": random.randint(0, 40000), "shortcut-copies": 0, "shortcut-pastes": random.randint(0, 2),
                       "autofill-cancels": 0, "autofill-starts": random.randint(0, 1), "devtools-open": False,
                       "completion-time": round(random.uniform(40, 400), 3), "hesitation-percentage": round(random.uniform(0, 40), 4),
                       "behavior-threat-level": random.choice(["low", "low", "medium"])},
         "tags": [], "creator": "API", "reviewer-comment": None, "created-at": CLK.iso_ms(created),
         "started-at": CLK.iso_ms(created + datetime.timedelta(seconds=11)),
         "completed-at": CLK.iso_ms() if status in ("completed", "approved") else None,
         "failed-at": CLK.iso_ms() if status == "failed" else None, "decisioned-at": None,
         "expired-at": CLK.iso_ms() if status == "expired" else None, "redacted-at": None,
         "previous-step-name": random.choice(["selfie", "verification_government_id", "start"]),
         "next-step-name": "success" if status in ("completed", "approved") else "selfie"}
    return a


def fam_persona(phi):
    itm = random.choice(ITMPL)
    if phi:
        p = pick()
        v = random.choice(["inq_completed", "inq_completed", "gov_id", "gov_id", "hosted_link", "database", "database", "zap_body", "pp"])
        if v == "pp" and "passport" not in p:
            v = "gov_id"
        if v == "inq_completed":
            a = persona_inquiry_attrs(random.choice(["completed", "approved"]), p)
            a["name-first"] = V(p["first"], "name")
            a["name-middle"] = V(p["middle"], "name") if p["middle"] else None
            a["name-last"] = V(p["last"], "name")
            a["birthdate"] = V(iso(p["dob"]), "date")
            persona_addr(p, a)
            a["address-postal-code-abbr"] = V(p["zip"], "zip")
            a["social-security-number"] = None
            a["identification-number"] = V(p["dl"], "license")
            a["email-address"] = V(p["email"], "email")
            a["phone-number"] = V(fmt_phone(p["phone"], "e164"), "phone")
            rel = {"account": {"data": {"type": "account", "id": pid_("act")}},
                   "inquiry-template": {"data": {"type": "inquiry-template", "id": itm}},
                   "verifications": {"data": [{"type": "verification/government-id", "id": pid_("ver")},
                                              {"type": "verification/selfie", "id": pid_("ver")}]}}
            return jseg(persona_event("inquiry." + a["status"], "inquiry", p["inq"], a, rel))
        if v in ("gov_id", "pp"):
            a = {"status": "passed", "created-at": CLK.iso_ms(CLK.ago(40)), "created-at-ts": CLK.epoch_s() - 40,
                 "submitted-at": CLK.iso_ms(CLK.ago(38)), "completed-at": CLK.iso_ms(), "country-code": "US",
                 "entity-confidence-score": float(random.randint(82, 100)), "entity-confidence-reasons": [],
                 "id-class": "dl" if v == "gov_id" else "pp", "capture-method": random.choice(["auto", "manual", "upload"]),
                 "name-first": V(p["first"], "name"), "name-middle": V(p["middle"], "name") if p["middle"] else None,
                 "name-last": V(p["last"], "name"), "name-suffix": None, "birthdate": V(iso(p["dob"]), "date")}
            if v == "gov_id":
                persona_addr(p, a)
                a["issuing-authority"] = p["dlstate"]
                a["issuing-subdivision"] = p["dlstate"]
                a["nationality"] = None
                a["document-number"] = None
                a["identification-number"] = V(p["dl"], "license")
                a["issue-date"] = iso(p["dl_issue"])
                a["expiration-date"] = iso(p["dl_exp"])
                a["height"] = str(p["height"])
                a["sex"] = "Female" if p["sex"] == "F" else "Male"
                a["vehicle-class"] = "D"
                a["endorsements"] = None
                a["restrictions"] = random.choice([None, "B"])
            else:
                a["country-code"] = {"NGA": "NG", "PER": "PE", "POL": "PL", "IRL": "IE", "MEX": "MX", "TUR": "TR", "JPN": "JP"}[p["pp_country"]]
                a["issuing-authority"] = p["pp_country"]
                a["nationality"] = p["pp_country"]
                a["document-number"] = V(p["passport"], "other_id")
                a["identification-number"] = None
                a["expiration-date"] = iso(p["pp_exp"])
                a["sex"] = "Female" if p["sex"] == "F" else "Male"
            a["checks"] = [{"name": n, "status": "passed", "reasons": [], "requirement": r, "metadata": {}}
                           for n, r in [("id_aamva_database_lookup", "not_required"), ("id_barcode_inconsistency_detection", "required"),
                                        ("id_blur_detection", "required"), ("id_expired_detection", "required"),
                                        ("id_po_box_detection", "not_required")][: random.randint(2, 5)]]
            rel = {"inquiry": {"data": {"type": "inquiry", "id": p["inq"]}},
                   "template": {"data": {"type": "verification-template", "id": random.choice(VTMPL)}}}
            return jseg(persona_event("verification.passed", "verification/government-id", pid_("ver"), a, rel))
        if v == "hosted_link":
            q = [("environment-id", ENV_ID), ("fields[birthdate]", iso(p["dob"])), ("fields[name-first]", p["first"]),
                 ("fields[name-last]", p["last"]), ("inquiry-template-id", itm), ("reference-id", p["portal_uuid"])]
            url = "https://withpersona.com/verify?" + urllib.parse.urlencode(q)
            return zap_json("info", "idv.persona", "persona/link.go:57", "hosted flow link generated",
                            {"inquiry_template_id": itm, "environment": "production", "link": V(url, "url"),
                             "ttl": "24h0m0s", "request_id": reqid()})
        if v == "database":
            a = {"status": "passed", "created-at": CLK.iso_ms(CLK.ago(3)), "completed-at": CLK.iso_ms(),
                 "country-code": "US", "name-first": V(p["first"], "name"), "name-middle": None,
                 "name-last": V(p["last"], "name"), "birthdate": V(iso(p["dob"]), "date")}
            persona_addr(p, a)
            a["social-security-number"] = V(p["ssn"], "ssn")
            a["phone-number"] = V(fmt_phone(p["phone"], "e164"), "phone")
            a["checks"] = [{"name": "database_identity_comparison", "status": "passed", "reasons": [],
                            "requirement": "required", "metadata": {"match-score": random.randint(70, 100)}},
                           {"name": "database_deceased_detection", "status": "passed", "reasons": [],
                            "requirement": "required", "metadata": {}}]
            rel = {"inquiry": {"data": {"type": "inquiry", "id": p["inq"]}},
                   "template": {"data": {"type": "verification-template", "id": random.choice(VTMPL)}}}
            return jseg(persona_event("verification.passed", "verification/database", pid_("ver"), a, rel))
        # zap_body: escaped raw body
        a = {"status": "approved", "reference-id": p["portal_uuid"], "name-first": V(p["first"], "name"),
             "name-last": V(p["last"], "name"), "birthdate": V(iso(p["dob"]), "date"),
             "address-postal-code": V(p["zip"], "zip")}
        rel = {"inquiry-template": {"data": {"type": "inquiry-template", "id": itm}}}
        inner = jseg(persona_event("inquiry.approved", "inquiry", p["inq"], a, rel))
        nbytes = sum(len(t.encode()) for t, _ in inner)
        segs = T(CLK.zap_dev() + "\tDEBUG\twebhook/persona.go:88\traw webhook body\t" +
                 '{"event": "inquiry.approved", "bytes": %d, "body": "' % nbytes) + escape_segs(inner) + T('"}')
        return merge(segs)
    # ---- no PHI
    v = random.choice(["created", "started", "expired", "transition", "selfie_fail", "sig", "watchlist", "sig"])
    if v in ("created", "started", "expired"):
        st = {"created": "created", "started": "pending", "expired": "expired"}[v]
        a = persona_inquiry_attrs(st)
        if v == "created":
            a["started-at"] = None
            a["previous-step-name"] = "start"
            a["next-step-name"] = "start"
        for k in ("name-first", "name-middle", "name-last", "birthdate", "address-street-1", "address-city",
                  "address-postal-code", "identification-number", "email-address", "phone-number"):
            a[k] = None
        rel = {"inquiry-template": {"data": {"type": "inquiry-template", "id": itm}}, "verifications": {"data": []}}
        return jseg(persona_event("inquiry." + v, "inquiry", pid_("inq"), a, rel))
    if v == "transition":
        return jseg(persona_event("inquiry.transitioned", "inquiry", pid_("inq"),
                                  {"status": "pending", "previous-step-name": "verification_government_id",
                                   "next-step-name": "selfie", "tags": ["dfd", "self-signup"]},
                                  {"inquiry-template": {"data": {"type": "inquiry-template", "id": itm}}}))
    if v == "selfie_fail":
        live = round(random.uniform(0.05, 0.45), 4)
        sim = round(random.uniform(0.55, 0.99), 4)
        a = {"status": "failed", "created-at": CLK.iso_ms(CLK.ago(20)), "completed-at": CLK.iso_ms(),
             "capture-method": "video", "selfie-similarity-score-left": round(random.uniform(0.5, 0.99), 4),
             "selfie-similarity-score-right": round(random.uniform(0.5, 0.99), 4),
             "checks": [{"name": "selfie_liveness_detection", "status": "failed", "reasons": ["liveness_spoof_suspected"],
                         "requirement": "required", "metadata": {"liveness-score": live}},
                        {"name": "selfie_id_comparison", "status": "passed" if sim > 0.8 else "failed", "reasons": [],
                         "requirement": "required", "metadata": {"similarity-score": sim}},
                        {"name": "selfie_public_figure_detection", "status": "passed", "reasons": [],
                         "requirement": "not_required", "metadata": {}}]}
        rel = {"inquiry": {"data": {"type": "inquiry", "id": pid_("inq")}},
               "template": {"data": {"type": "verification-template", "id": random.choice(VTMPL)}}}
        return jseg(persona_event("verification.failed", "verification/selfie", pid_("ver"), a, rel))
    if v == "watchlist":
        a = {"status": "ready", "created-at": CLK.iso_ms(CLK.ago(5)), "completed-at": CLK.iso_ms(),
             "has-match": False, "matched-lists": [], "report-template-version-name": "v2.3"}
        return jseg(persona_event("report/watchlist.ready", "report/watchlist", pid_("rep"), a,
                                  {"report-template": {"data": {"type": "report-template", "id": "rptp_" + b62(24)}},
                                   "inquiry": {"data": {"type": "inquiry", "id": pid_("inq")}}}))
    return zap_json("info", "idv.webhook", "webhook/verify.go:41", "persona signature verified",
                    {"event_id": pid_("evt"), "event_name": random.choice(["inquiry.completed", "inquiry.started", "verification.passed",
                                                                           "verification.failed", "inquiry.expired"]),
                     "sig_t": CLK.epoch_s() - random.randint(0, 3), "key_id": "whsec_…" + hexs(4),
                     "latency": "%.3fms" % random.uniform(0.2, 4), "remote": random.choice(VENDOR_IPS)})


# ----------------------------------------------------------------------------
# family: onfido-json
# ----------------------------------------------------------------------------

def mrz_td3(p):
    cc = p["pp_country"]
    sur = deacc(p["last"]).upper().replace(" ", "<").replace("-", "<").replace("'", "")
    giv = deacc(p["first"] + (" " + p["middle"] if p["middle"] else "")).upper().replace(" ", "<").replace("-", "<")
    l1_head = "P<" + cc
    pad = 44 - len(l1_head) - len(sur) - 2 - len(giv)
    line1 = T(l1_head) + P(sur, "name") + T("<<") + P(giv, "name") + T("<" * max(pad, 0))
    doc = p["passport"]
    docf = (doc + "<" * 9)[:9]
    dob = p["dob"].strftime("%y%m%d")
    exp = p["pp_exp"].strftime("%y%m%d")
    sx = "F" if p["sex"] == "F" else "M"
    pers = "<" * 14
    c1, c2, c3 = mrz_check(docf), mrz_check(dob), mrz_check(exp)
    c4 = "0"
    comp = mrz_check(docf + c1 + dob + c2 + exp + c3 + pers + c4)
    line2 = P(doc, "other_id") + T(docf[len(doc):] + c1 + cc) + P(dob, "date") + T(c2 + sx + exp + c3 + pers + c4 + comp)
    assert sum(len(t) for t, _ in line2) == 44
    return merge(line1), merge(line2)


def fam_onfido(phi):
    if phi:
        p = pick()
        v = random.choice(["applicant", "doc_report", "doc_report", "passport", "workflow_out"])
        if v == "passport" and "passport" not in p:
            v = "doc_report"
        if v == "applicant":
            num, street = p["street"].split(" ", 1)
            addr = {"flat_number": V(p["unit"], "address") if p["unit"] else None, "building_number": V(num, "address"),
                    "street": V(street, "address"), "town": V(p["city"], "address"), "postcode": V(p["zip"], "zip"),
                    "state": p["state"], "country": "USA"}
            return zap_json("info", "idv.onfido", "onfido/applicants.go:73", "onfido applicant created",
                            {"applicant_id": p["onfido_app"], "first_name": V(p["first"], "name"),
                             "last_name": V(p["last"], "name"), "dob": V(iso(p["dob"]), "date"),
                             "email": V(p["email"], "email"), "address": addr, "location": {"country_of_residence": "USA"},
                             "status": 201, "elapsed": "%.1fms" % random.uniform(120, 700)})
        if v == "workflow_out":
            out = {"first_name": V(p["first"], "name"), "last_name": V(p["last"], "name"),
                   "dob": V(iso(p["dob"]), "date"), "document_number": V(p["dl"], "license"),
                   "document_type": "driving_licence", "face_similarity_score": round(random.uniform(0.8, 0.99), 3),
                   "liveness_score": round(random.uniform(0.85, 0.999), 3)}
            return zap_json("info", "idv.onfido", "onfido/workflow.go:188", "workflow run output",
                            {"workflow_run_id": uid(), "workflow_id": uid(), "workflow_version_id": random.randint(3, 19),
                             "status": "approved", "applicant_id": p["onfido_app"], "output": out})
        if v == "doc_report":
            props = {"date_of_birth": V(iso(p["dob"]), "date"), "date_of_expiry": iso(p["dl_exp"]),
                     "document_numbers": [{"type": "document_number", "value": V(p["dl"], "license")}],
                     "document_type": "driving_licence", "first_name": V(p["first"], "name"),
                     "last_name": V(p["last"], "name"), "gender": "Female" if p["sex"] == "F" else "Male",
                     "issuing_country": "USA", "issuing_state": p["dlstate"], "nationality": None,
                     "address": Mix(P(p["street"], "address") + T(", ") + P(p["city"], "address") +
                                    T(", %s " % p["dlstate"]) + P(p["zip"], "zip")),
                     "barcode": [{"document_type": "driving_licence", "first_name": V(deacc(p["first"]).upper(), "name"),
                                  "last_name": V(deacc(p["last"]).upper(), "name"), "date_of_birth": V(iso(p["dob"]), "date")}]}
        else:
            l1, l2 = mrz_td3(p)
            props = {"date_of_birth": V(iso(p["dob"]), "date"), "date_of_expiry": iso(p["pp_exp"]),
                     "document_numbers": [{"type": "document_number", "value": V(p["passport"], "other_id")}],
                     "document_type": "passport", "first_name": V(p["first"], "name"), "last_name": V(p["last"], "name"),
                     "gender": "Female" if p["sex"] == "F" else "Male", "issuing_country": p["pp_country"],
                     "nationality": p["pp_country"], "mrz_line1": Mix(l1), "mrz_line2": Mix(l2)}
        rep = {"id": uid(), "created_at": CLK.iso_s(CLK.ago(30)), "name": "document", "status": "complete",
               "result": "clear", "sub_result": "clear", "check_id": uid(),
               "breakdown": {"data_validation": {"result": "clear"}, "visual_authenticity": {"result": "clear"},
                             "image_integrity": {"result": "clear"}, "data_consistency": {"result": "clear"}},
               "properties": props, "documents": [{"id": uid()}]}
        return zap_json("debug", "idv.onfido", "onfido/reports.go:112", "document report fetched", {"report": rep})
    v = random.choice(["hook", "hook", "face", "sdk", "retry", "known"])
    if v == "hook":
        rt, act = random.choice([("workflow_run", "workflow_run.completed"), ("check", "check.completed"),
                                 ("report", "report.completed"), ("check", "check.started")])
        oid = uid()
        host = "api.us.onfido.com"
        return jseg({"payload": {"resource_type": rt, "action": act, "object": {
            "id": oid, "status": random.choice(["complete", "approved", "in_progress"]),
            "completed_at_iso8601": CLK.iso_s(), "href": "https://%s/v3.6/%ss/%s" % (host, rt, oid)}}})
    if v == "face":
        rep = {"id": uid(), "name": "facial_similarity_photo_fully_auto", "status": "complete",
               "result": random.choice(["clear", "clear", "consider"]),
               "breakdown": {"face_comparison": {"result": "clear", "breakdown": {"face_match": {
                   "result": "clear", "properties": {"score": round(random.uniform(0.6, 0.99), 4)}}}},
                   "image_integrity": {"result": "clear", "breakdown": {"source_integrity": {"result": "clear"},
                                                                        "face_detected": {"result": "clear"}}},
                   "visual_authenticity": {"result": "clear", "breakdown": {"spoofing_detection": {
                       "result": "clear", "properties": {"score": round(random.uniform(0.7, 0.999), 4)}}}}},
               "check_id": uid()}
        return zap_json("info", "idv.onfido", "onfido/reports.go:140", "face report", {"report": rep})
    if v == "sdk":
        return zap_json("info", "idv.onfido", "onfido/sdk.go:29", "sdk token issued",
                        {"applicant_id": uid(), "referrer": "https://%s/*" % PORTAL, "expires_in": 5400,
                         "token_prefix": "eyJhbGciOiJFUzUxMiJ9." + b62(6)})
    if v == "known":
        rep = {"id": uid(), "name": "known_faces", "result": "clear", "status": "complete",
               "properties": {"matches": []}, "check_id": uid()}
        return zap_json("info", "idv.onfido", "onfido/reports.go:151", "known faces report", {"report": rep})
    return zap_json("warn", "idv.onfido", "onfido/client.go:96", "retrying onfido request",
                    {"method": "GET", "path": "/v3.6/checks/" + uid(), "status": 429, "attempt": random.randint(1, 3),
                     "backoff": "%dms" % random.choice([250, 500, 1000]), "x-request-id": hexs(32)})


# ----------------------------------------------------------------------------
# family: jumio-callback
# ----------------------------------------------------------------------------

def fam_jumio(phi):
    wid = uid()
    if phi:
        p = pick_old(0.2)
        v = random.choice(["extract", "extract", "account", "idcard"])
        if v == "idcard" and "curp" not in p:
            v = "extract"
        if v == "account":
            body = {"customerInternalReference": V(p["mrn"], "mrn"), "userReference": p["portal_uuid"],
                    "callbackUrl": "https://idv.northlakehealth.org/webhooks/jumio",
                    "workflowDefinition": {"key": random.choice([10013, 10015]), "credentials": [
                        {"category": "ID", "type": {"values": ["DRIVING_LICENSE", "ID_CARD", "PASSPORT"]},
                         "country": {"values": ["USA", "MEX", "CAN"]}}]}}
            return zap_json("info", "idv.jumio", "jumio/accounts.go:64", "jumio account created",
                            {"account_id": p["jumio_acct"], "request": body, "status": 200,
                             "elapsed": "%.1fms" % random.uniform(150, 900)})
        age = age_on(p["dob"])
        addr = {"line1": V(p["street"], "address"), "city": V(p["city"], "address"), "subdivision": p["state"],
                "postalCode": V(p["zip"], "zip"), "country": "USA",
                "formattedAddress": Mix(P(p["street"], "address") + T(", ") + P(p["city"], "address") +
                                        T(", %s " % p["state"]) + P(p["zip"], "zip") + T(", USA"))}
        if v == "extract":
            data = {"type": "DRIVING_LICENSE", "subType": "REGULAR_DRIVING_LICENSE", "issuingCountry": "USA",
                    "firstName": V(p["first"] + (" " + p["middle"] if p["middle"] else ""), "name"),
                    "lastName": V(p["last"], "name"), "dateOfBirth": V(iso(p["dob"]), "date"),
                    "expiryDate": iso(p["dl_exp"]), "issuingDate": iso(p["dl_issue"]),
                    "documentNumber": V(p["dl"], "license"), "state": p["dlstate"],
                    "currentAge": V(str(age), "age") if age > 89 else str(age), "address": addr}
        else:
            data = {"type": "ID_CARD", "subType": "CONSULAR_ID", "issuingCountry": "MEX",
                    "firstName": V(p["first"], "name"), "lastName": V(p["last"] + " SOTO", "name"),
                    "dateOfBirth": V(iso(p["dob"]), "date"), "expiryDate": "2029-03-31",
                    "documentNumber": V("I" + rs("0123456789", 9), "other_id"),
                    "personalNumber": V(p["curp"], "other_id"), "currentAge": str(age), "address": addr}
        cap = {"extraction": [{"id": uid(), "credentials": [{"id": uid(), "category": "ID"}],
                               "decision": {"type": "PASSED", "details": {"label": "OK"}}, "data": data}],
               "liveness": [{"id": uid(), "decision": {"type": "PASSED", "details": {"label": "OK"}},
                             "data": ({"type": "JUMIO_STANDARD", "predictedAge": age + random.randint(-5, 5),
                                       "ageConfidenceRange": "%d-%d" % (age - 6, age + 6)} if age < 75 else
                                      {"type": "JUMIO_STANDARD"})}]}
        return zap_json("info", "idv.jumio", "jumio/retrieval.go:131", "workflow execution retrieved",
                        {"workflow_execution_id": wid, "account_id": p["jumio_acct"], "status": "PROCESSED",
                         "capabilities": cap})
    v = random.choice(["cb", "cb", "live", "sim", "token"])
    if v == "cb":
        acct = uid()
        return jseg({"callbackSentAt": CLK.iso_ms(), "userReference": uid(),
                     "workflowExecution": {"id": wid, "href": "https://retrieval.amer-1.jumio.ai/api/v1/accounts/%s/workflow-executions/%s" % (acct, wid),
                                           "definitionKey": random.choice(["10013", "10015"]),
                                           "status": random.choice(["PROCESSED", "SESSION_EXPIRED", "TOKEN_EXPIRED", "PROCESSED"])},
                     "account": {"id": acct, "href": "https://account.amer-1.jumio.ai/api/v1/accounts/%s" % acct}})
    if v == "live":
        dec = random.choice(["PASSED", "PASSED", "REJECTED", "WARNING"])
        return zap_json("info", "idv.jumio", "jumio/retrieval.go:160", "liveness decision",
                        {"workflow_execution_id": wid, "decision": dec,
                         "label": {"PASSED": "OK", "REJECTED": "LIVENESS_UNDETERMINED", "WARNING": "AGE_DIFFERENCE"}[dec],
                         "liveness_score": round(random.uniform(0.1, 0.99), 3), "predicted_age": random.randint(19, 75),
                         "frames": random.randint(8, 24)})
    if v == "sim":
        return zap_json("info", "idv.jumio", "jumio/retrieval.go:177", "similarity decision",
                        {"workflow_execution_id": wid, "similarity": random.choice(["MATCH", "MATCH", "NO_MATCH", "NOT_POSSIBLE"]),
                         "score": round(random.uniform(0.3, 0.99), 3), "threshold": 0.75})
    return zap_json("warn", "idv.jumio", "jumio/auth.go:44", "oauth token refreshed early",
                    {"client_id": "nlh-dfd-" + hexs(8), "expires_in": 3600, "token_type": "Bearer",
                     "skew": "%ds" % random.randint(1, 40)})


# ----------------------------------------------------------------------------
# family: zap-cardocr
# ----------------------------------------------------------------------------

def fam_cardocr(phi):
    sess = pid_("iqse")
    if phi:
        p = pick()
        ins = p["ins"]
        sub_name = (deacc(p["first"]) + " " + deacc(p["last"])).upper()
        if ins["key"] == "cms":
            f = {"session_id": sess, "side": "front", "card_type": "medicare", "template_id": "ctpl_cms_redwhiteblue_2018",
                 "name": V(sub_name, "name"), "mbi": V(ins["member"], "health_plan"),
                 "part_a": "HOSPITAL (PART A)", "part_b": "MEDICAL (PART B)",
                 "confidence": round(random.uniform(0.88, 0.99), 3)}
            if random.random() < 0.5:
                f["mbi_formatted"] = V(ins["member"][:4] + "-" + ins["member"][4:7] + "-" + ins["member"][7:], "health_plan")
        elif ins["key"] == "ilmcd":
            f = {"session_id": sess, "side": "front", "card_type": "medicaid", "template_id": "ctpl_il_hfs_medical_card",
                 "recipient_name": V(sub_name, "name"), "recipient_id": V(ins["member"], "health_plan"),
                 "case_name": V(deacc(p["last"]).upper(), "name"), "program": "ACA Adult",
                 "mco": random.choice(["Meridian", "CountyCare", "Blue Cross Community Health Plans"]),
                 "confidence": round(random.uniform(0.8, 0.97), 3)}
        else:
            f = {"session_id": sess, "side": "front", "card_type": "commercial",
                 "template_id": "ctpl_%s_%d" % (ins["key"], random.choice([2022, 2023, 2024])),
                 "payer": ins["payer"], "member_id": V(ins["member"], "health_plan"),
                 "group_number": ins["group"], "subscriber_name": V(sub_name, "name"),
                 "rx_bin": ins["bin"], "rx_pcn": ins["pcn"], "rx_grp": "RX" + rs("0123456789", 4),
                 "plan_type": random.choice(["PPO", "HMO", "EPO", "POS"]), "copay_pcp": "$%d" % random.choice([20, 25, 30, 40]),
                 "copay_er": "$%d" % random.choice([150, 250, 350]), "payer_phone": ins["phone"],
                 "confidence": round(random.uniform(0.8, 0.99), 3)}
            if "child" in p and random.random() < 0.6:
                c = p["child"]
                f["dependents"] = [V((deacc(c["first"]) + " " + deacc(c["last"])).upper(), "name")]
                f["member_suffix"] = ["01", "02"]
            if random.random() < 0.3:
                f["subscriber_dob"] = V(us(p["dob"]), "date")
        lvl = "info"
        return zap_json(lvl, "cardocr", "cardocr/extract.go:%d" % random.choice([211, 214, 230]),
                        "insurance card fields extracted", f)
    v = random.choice(["lowconf", "classify", "model", "back", "eligib"])
    if v == "lowconf":
        return zap_json("warn", "cardocr", "cardocr/quality.go:58", "ocr low confidence, requesting retake",
                        {"session_id": sess, "side": random.choice(["front", "back"]),
                         "confidence": round(random.uniform(0.2, 0.6), 3), "blur_score": round(random.uniform(40, 180), 1),
                         "glare_ratio": round(random.uniform(0.05, 0.4), 3), "min_confidence": 0.72,
                         "image_px": "%dx%d" % random.choice([(1280, 808), (1920, 1211), (1008, 636)])})
    if v == "classify":
        py = random.choice(PAYERS)
        return zap_json("info", "cardocr", "cardocr/classify.go:90", "card template matched",
                        {"session_id": sess, "template_id": "ctpl_%s_%d" % (py[1], random.choice([2022, 2023, 2024])),
                         "payer": py[0], "score": round(random.uniform(0.7, 0.99), 3), "candidates": random.randint(2, 9),
                         "elapsed": "%.2fms" % random.uniform(8, 90)})
    if v == "model":
        return zap_json("info", "cardocr", "cardocr/model.go:33", "ocr model loaded",
                        {"model": "cardocr-layoutlm", "version": "3.8.%d" % random.randint(0, 9),
                         "sha256": hexs(64), "device": "cpu", "threads": 4, "load_ms": random.randint(800, 4000)})
    if v == "back":
        py = random.choice(PAYERS)
        return zap_json("info", "cardocr", "cardocr/extract.go:262", "back side parsed",
                        {"session_id": sess, "payer": py[0], "member_services": py[6],
                         "provider_services": "1-800-555-01%02d" % random.randint(0, 99),
                         "claims_address": "P.O. Box %d, Chicago, IL 60680" % random.randint(800, 9999),
                         "rx_bin": py[4], "rx_pcn": py[5], "website": "https://www.%s.com" % py[1]})
    return zap_json("info", "cardocr", "eligibility/x12.go:141", "270/271 eligibility response",
                    {"session_id": sess, "trace": "TRN*1*%s*1%s" % (rs("0123456789", 10), rs("0123456789", 9)),
                     "payer_id": rs("0123456789", 5), "eb01": random.choice(["1", "6"]), "coverage": "30",
                     "elapsed": "%dms" % random.randint(300, 2900), "clearinghouse": "availity"})


# ----------------------------------------------------------------------------
# family: nlog-aamva (registration desk ID scanner agent)
# ----------------------------------------------------------------------------
DESKS = [("REG-ED-01", "HSM-1950G-19345B0A21"), ("REG-MAIN-03", "HSM-1950G-20117C3F09"),
         ("REG-PEDS-02", "ZBR-DS8178-21093522501988"), ("REG-WAUK-01", "HSM-1950G-18288A0B77")]


def aamva_raw(p):
    st = p["dlstate"]
    mid = deacc(p["middle"]).upper() if p["middle"] else "NONE"
    elems = [("DCA", T("D")), ("DCB", T("NONE")), ("DCD", T("NONE")), ("DBA", T(p["dl_exp"].strftime("%m%d%Y"))),
             ("DCS", P(deacc(p["last"]).upper(), "name")), ("DAC", P(deacc(p["first"]).upper(), "name")),
             ("DAD", P(mid, "name") if p["middle"] else T(mid)), ("DBD", T(p["dl_issue"].strftime("%m%d%Y"))),
             ("DBB", P(p["dob"].strftime("%m%d%Y"), "date")), ("DBC", T("2" if p["sex"] == "F" else "1")),
             ("DAY", T(p["eyes"])), ("DAU", T("%03d IN" % p["height"])), ("DAG", P(p["street"].upper(), "address"))]
    if p["unit"]:
        elems.append(("DAH", P(p["unit"].upper(), "address")))
    elems += [("DAI", P(p["city"].upper(), "address")), ("DAJ", T(p["state"])),
              ("DAK", P(p["zip"] + p["zip4"], "zip") + T("  ")), ("DAQ", P(p["dl"], "license")),
              ("DCF", P(p["dcf"], "other_id")), ("DCG", T("USA")), ("DDE", T("N")), ("DDF", T("N")), ("DDG", T("N")),
              ("DAZ", T(p["hair"])), ("DCK", T(p["dck"])), ("DDB", T("12102019")), ("DDK", T(random.choice(["1", "0"])))]
    data = []
    for i, (k, v) in enumerate(elems):
        data += T(("DL" if i == 0 else "") + k) + v + T("\\n")
    dl_len = sum(len(t) for t, _ in data) - len(elems)  # escaped \n counts as one byte on the wire
    zi = T("ZIZIA" + rs("0123456789", 6) + "\\r")
    header = "@\\n\\u001e\\rANSI %s%02d%02d02DL0041%04dZI%04d%04d" % (IIN.get(st, "636035"), random.choice([8, 9, 10]),
                                                                     random.randint(0, 3), dl_len + 2, 41 + dl_len + 2, 14)
    return merge(T(header) + data + zi), 41 + dl_len + 2 + 14


def fam_aamva(phi):
    desk, sn = random.choice(DESKS)
    if phi:
        p = pick_old()
        v = random.choice(["raw", "parsed", "parsed", "lookup", "prefill", "parking"])
        if v == "parking":
            segs = T("[%s] Parking validation issued garage=P2 ticket=%s plate=%s " % (desk, rs("0123456789", 10), p["state"]))
            segs += P(p["plate"], "vehicle") + T(" for MRN ") + P(p["mrn"], "mrn") + T(" validUntil=%s" % (CLK.t + datetime.timedelta(hours=6)).strftime("%H:%M"))
            return nlog("INFO", "RegDesk.ScanAgent.Parking", segs)
        if v == "raw":
            raw, n = aamva_raw(p)
            return nlog("DEBUG", "RegDesk.ScanAgent.Pdf417Decoder",
                        T("[%s] Raw payload (%d bytes): \"" % (desk, n)) + raw + T('"'))
        if v == "parsed":
            age = age_on(p["dob"])
            segs = T("[%s] Parsed DL iin=%s jurisdiction=%s aamvaVer=%02d name=\"" % (desk, IIN.get(p["dlstate"], "636035"), p["dlstate"], random.choice([8, 9, 10])))
            segs += P(deacc(p["last"]).upper(), "name") + T(",") + P(deacc(p["first"]).upper(), "name")
            segs += T("\" dob=") + P(iso(p["dob"]), "date") + T(" age=")
            segs += P(str(age), "age") if age > 89 else T(str(age))
            segs += T(" sex=%s dl=" % p["sex"]) + P(p["dl"], "license") + T(" exp=%s expired=%s" % (iso(p["dl_exp"]), "true" if p["dl_exp"] < TODAY else "false"))
            segs += T(" veteran=N organDonor=Y elapsedMs=%d" % random.randint(3, 40))
            return nlog("INFO", "RegDesk.ScanAgent.DlParser", segs)
        if v == "lookup":
            segs = T("[%s] EHR patient search by DL demographics: last=" % desk) + P(deacc(p["last"]).upper(), "name")
            segs += T(" first=") + P(deacc(p["first"]).upper(), "name") + T(" dob=") + P(us(p["dob"]), "date")
            segs += T(" -> %d candidate(s), best MRN " % random.randint(1, 3)) + P(p["mrn"], "mrn")
            segs += T(" score=%.2f (threshold 0.85) in %dms" % (random.uniform(0.86, 0.99), random.randint(40, 400)))
            return nlog("INFO", "RegDesk.ScanAgent.EhrLookup", segs)
        segs = T("[%s] Registration prefill sent for MRN " % desk) + P(p["mrn"], "mrn")
        segs += T(": addressChanged=true newAddress=\"") + P(p["street"].upper(), "address") + T(", ")
        segs += P(p["city"].upper(), "address") + T(", %s " % p["state"]) + P(p["zip"] + "-" + p["zip4"], "zip")
        segs += T("\" idCardImageStored=false encounterCsn=%s" % ("1" + rs("0123456789", 9)))
        return nlog("INFO", "RegDesk.ScanAgent.Prefill", segs)
    v = random.choice(["conn", "fail", "hb", "upload", "fw", "fail"])
    if v == "conn":
        return nlog("INFO", "RegDesk.ScanAgent.Device",
                    T("[%s] Scanner connected: %s SN %s fw=%s port=COM%d mode=USB-HID" % (desk, "Zebra DS8178" if sn.startswith("ZBR") else "Honeywell Xenon 1950g", sn.split("-")[-1], "CAACLS00-004-R01" if sn.startswith("ZBR") else "CC000451BAA", random.randint(3, 6))))
    if v == "fail":
        return nlog("WARN", "RegDesk.ScanAgent.Pdf417Decoder",
                    T("[%s] Decode failed: %s (bytesRead=%d, expected=%d) - prompting staff to rescan" %
                      (desk, random.choice(["header offset mismatch", "truncated subfile DL", "unsupported AAMVA version 01",
                                            "no PDF417 symbol found"]), random.randint(40, 260), random.randint(280, 340))))
    if v == "hb":
        return nlog("DEBUG", "RegDesk.ScanAgent.Heartbeat",
                    T("[%s] heartbeat ok queue=%d lastScan=%s agentVer=4.12.%d host=%s" %
                      (desk, random.randint(0, 3), CLK.nlog()[:19], random.randint(0, 9), desk.lower() + ".nlh.local")))
    if v == "upload":
        return nlog("INFO", "RegDesk.ScanAgent.Uploader",
                    T("[%s] Uploaded scan batch %s (%d records) to https://regdesk-api.nlh.local/v2/scans -> 204 in %dms" %
                      (desk, uid(), random.randint(1, 6), random.randint(60, 900))))
    return nlog("INFO", "RegDesk.ScanAgent.Device",
                T("[%s] Firmware check: device %s current=CC000451BAA latest=CC000452BAA update deferred (business hours)" % (desk, sn)))


# ----------------------------------------------------------------------------
# family: log4net-mychart
# ----------------------------------------------------------------------------

def fam_mychart(phi):
    th = random.randint(5, 80)
    if phi:
        p = pick()
        v = random.choice(["code", "selfsignup", "created", "email", "login", "demo", "appt", "guar", "fido"])
        if v == "fido":
            segs = T("WebAuthn credential registered user=") + P(p["username"], "other_id")
            segs += T(" authenticator=\"YubiKey 5 NFC\" aaguid=cb69481e-8ff7-4039-93ec-0a2729a154a8 serial=") + P(p["yubikey"], "device")
            segs += T(" credId=%s... signCount=0 uv=true" % b62(16))
            return log4net(th, "INFO", "MyChart.Web.Security.Mfa", segs)
        if v == "code":
            segs = T("Activation code validated code=*****-*****-%s patId=" % p["activation"][-5:]) + P(p["mrn"], "mrn")
            segs += T(" dobMatch=true zip5=") + P(p["zip"], "zip") + T(" zip5Match=true attempts=%d" % random.randint(1, 3))
            return log4net(th, "INFO", "MyChart.Web.Signup.ActivationController", segs)
        if v == "selfsignup":
            segs = T("Self sign-up matched patient MRN=") + P(p["mrn"], "mrn") + T(" name=\"") + name_segs(p, "lf")
            segs += T("\" DOB=") + P(us(p["dob"]), "date") + T(" via IDV provider=Persona inquiry=%s confidence=%s" % (p["inq"], random.choice(["HIGH", "HIGH", "MEDIUM"])))
            return log4net(th, "INFO", "MyChart.Web.Signup.SelfSignupService", segs)
        if v == "created":
            segs = T("Account created username=") + P(p["username"], "other_id") + T(" for MRN ") + P(p["mrn"], "mrn")
            segs += T(" email=") + P(p["email"], "email") + T(" securityQuestionsSkipped=true mfa=%s" % random.choice(["SMS", "EMAIL", "TOTP"]))
            return log4net(th, "INFO", "MyChart.Web.Signup.AccountService", segs)
        if v == "email":
            segs = T("Queued activation e-mail template=MYC_ACTIVATION_V3 to=") + P(p["email"], "email")
            segs += T(" from=noreply@%s replyTo=portal-support@northlakehealth.org msgId=<%s@mailer.nlh.local>" % (MYCHART, hexs(20)))
            return log4net(th, "INFO", "MyChart.Notifications.MailQueue", segs)
        if v == "login":
            segs = T("Login success user=") + P(p["username"], "other_id") + T(" ip=") + P(p["ip"], "ip")
            segs += T(" mfa=sms device=%s sessionId=%s" % (random.choice(["iOS", "Android", "Web"]), hexs(24).upper()))
            return log4net(th, "INFO", "MyChart.Web.Security.LoginAudit", segs)
        if v == "demo":
            segs = T("Demographics update from portal MRN=") + P(p["mrn"], "mrn") + T(" homePhone=") + P(fmt_phone(p["phone"], "nat"), "phone")
            segs += T(" address=\"") + P(p["street"], "address")
            if p["unit"]:
                segs += T(" ") + P(p["unit"], "address")
            segs += T(", ") + P(p["city"], "address") + T(", %s " % p["state"]) + P(p["zip"], "zip")
            segs += T("\" county=") + P(p["county"], "address") + T(" pendingReview=true")
            return log4net(th, "INFO", "MyChart.Web.Demographics.UpdateService", segs)
        if v == "appt":
            d = TODAY + datetime.timedelta(days=random.randint(2, 30))
            segs = T("New patient visit scheduled MRN=") + P(p["mrn"], "mrn") + T(" date=") + P(iso(d), "date")
            segs += T(" time=%02d:%02d prov=\"%s\" dept=\"%s\" visitType=NEW_PT_40 slotId=%s" %
                      (random.randint(7, 16), random.choice([0, 20, 40]), random.choice(CLINICIANS), random.choice(DEPTS), rs("0123456789", 8)))
            return log4net(th, "INFO", "MyChart.Scheduling.DirectSchedule", segs)
        segs = T("Guarantor account linked MRN=") + P(p["mrn"], "mrn") + T(" guarantorAcct=") + P(p["acct"], "account")
        segs += T(" type=PERSONAL/FAMILY paperless=true balanceDue=$%d.%02d" % (random.randint(0, 900), random.randint(0, 99)))
        return log4net(th, "INFO", "MyChart.Billing.GuarantorLink", segs)
    v = random.choice(["expired", "ratelimit", "sso", "pwd", "config", "timeout", "batch", "ratelimit"])
    if v == "expired":
        return log4net(th, "WARN", "MyChart.Web.Signup.ActivationController",
                       T("Activation code expired code=*****-*****-%s issued=%s status=EXPIRED" % (rs("ABCDEFGHJKMNPQRSTUVWXYZ23456789", 5), iso(TODAY - datetime.timedelta(days=random.randint(31, 90))))))
    if v == "ratelimit":
        return log4net(th, "WARN", "MyChart.Web.Security.Throttle",
                       T("Rate limit exceeded path=/MyChart/Signup/Activate client=%s window=60s count=%d" % (PRIV(), random.randint(21, 90))))
    if v == "sso":
        return log4net(th, "INFO", "MyChart.Web.Security.Saml",
                       T("SAML assertion accepted idp=https://login.northlakehealth.org/adfs/services/trust id=_%s in %dms" % (hexs(32), random.randint(20, 200))))
    if v == "pwd":
        return log4net(th, "INFO", "MyChart.Web.Signup.AccountService",
                       T("Password policy check failed rule=%s wprId=%d" % (random.choice(["MIN_LENGTH_12", "BREACHED_PASSWORD", "CONTAINS_USERNAME"]), random.randint(100000, 999999))))
    if v == "config":
        return log4net(th, "INFO", "MyChart.Config.Reloader",
                       T("Configuration reloaded from \\\\nlh-fs02\\mychart$\\config\\web.signup.config (hash %s, 48 keys)" % hexs(8)))
    if v == "timeout":
        return log4net(th, "INFO", "MyChart.Web.Session",
                       T("Session timed out after 15 min idle sessionId=%s" % hexs(24).upper()))
    return log4net(th, "INFO", "MyChart.Signup.ActivationBatch",
                   T("Activation code batch generated batchId=%d count=%d expiresIn=30d printJob=AVS-%d" % (random.randint(1000, 9999), random.randint(20, 400), random.randint(10000, 99999))))


# ----------------------------------------------------------------------------
# family: log4net-proxy
# ----------------------------------------------------------------------------

def fam_proxy(phi):
    th = random.randint(5, 80)
    if phi:
        p = random.choice([q for q in PEOPLE if "child" in q] * 3 + [q for q in PEOPLE if "proxy_adult" in q])
        if "child" in p:
            c = p["child"]
            v = random.choice(["request", "active", "fax", "birthcert", "invite"])
            if v == "request":
                segs = T("ProxyAccessRequest created id=PXR-%d requestor=\"" % random.randint(100000, 999999)) + name_segs(p)
                segs += T("\" requestorMrn=") + P(p["mrn"], "mrn") + T(" relationship=%s patient=\"" % ("Mother" if p["sex"] == "F" else "Father"))
                segs += P(full(c), "name") + T("\" patientDob=") + P(iso(c["dob"]), "date") + T(" patientMrn=") + P(c["mrn"], "mrn")
                segs += T(" accessClass=%s idvInquiry=%s" % ("PARENT_UNDER_12" if age_on(c["dob"]) < 12 else "PARENT_ADOLESCENT", p["inq"]))
                return log4net(th, "INFO", "MyChart.Proxy.RequestService", segs)
            if v == "active":
                twelfth = datetime.date(c["dob"].year + 12, c["dob"].month, min(c["dob"].day, 28))
                segs = T("Proxy relationship activated proxyUser=") + P(p["username"], "other_id") + T(" patientMrn=") + P(c["mrn"], "mrn")
                if age_on(c["dob"]) < 12:
                    segs += T(" accessClass=PARENT_UNDER_12 autoExpires=") + P(iso(twelfth), "date")
                else:
                    segs += T(" accessClass=PARENT_ADOLESCENT confidentialNotesHidden=true")
                segs += T(" approvedBy=%s" % random.choice(STAFF)[2])
                return log4net(th, "INFO", "MyChart.Proxy.RelationshipService", segs)
            if v == "fax":
                segs = T("Paper proxy authorization received via fax from ") + P(fmt_phone(mk_phone_cached(p), "nat"), "fax")
                segs += T(" pages=3 for patient \"") + P(full(c), "name") + T("\" (MRN ") + P(c["mrn"], "mrn")
                segs += T(") routed to queue HIM-PROXY docId=%d" % random.randint(10 ** 7, 10 ** 8))
                return log4net(th, "INFO", "MyChart.Proxy.FaxIntake", segs)
            if v == "birthcert":
                segs = T("Birth certificate OCR child=\"") + P(full(c), "name") + T("\" dob=") + P(us(c["dob"]), "date")
                segs += T(" parent1=\"") + P(full(p), "name") + T("\" certNo=") + P("%d-%d-%06d" % (random.choice([101, 116, 120]), c["dob"].year, random.randint(1, 199999)), "other_id")
                segs += T(" confidence=%.2f" % random.uniform(0.7, 0.97))
                return log4net(th, "INFO", "MyChart.Proxy.DocumentVerification", segs)
            segs = T("Proxy invitation sent to=") + P(p["email"], "email") + T(" for patient MRN ") + P(c["mrn"], "mrn")
            segs += T(" inviteCode=%s expires=%s" % ("-".join(rs("ABCDEFGHJKMNPQRSTUVWXYZ23456789", 4) for _ in range(3)), CLK.iso_s(CLK.t + datetime.timedelta(days=14))))
            return log4net(th, "INFO", "MyChart.Proxy.InviteService", segs)
        a = p["proxy_adult"]
        v = random.choice(["adult_req", "adult_phone"])
        if v == "adult_req":
            segs = T("Adult proxy request: requestor=\"") + P(a["first"] + " " + a["last"], "name") + T("\" relationship=%s patient=\"" % a["rel"])
            segs += name_segs(p) + T("\" patientMrn=") + P(p["mrn"], "mrn") + T(" patientAge=")
            age = age_on(p["dob"])
            segs += (P(str(age), "age") if age > 89 else T(str(age)))
            segs += T(" consentForm=POA-HC required=true")
            return log4net(th, "INFO", "MyChart.Proxy.RequestService", segs)
        segs = T("Proxy contact verified requestor email=") + P(a["email"], "email") + T(" mobile=") + P(fmt_phone(a["phone"], "dash"), "phone")
        segs += T(" for patient MRN ") + P(p["mrn"], "mrn")
        return log4net(th, "INFO", "MyChart.Proxy.ContactVerification", segs)
    v = random.choice(["policy", "nightly", "adol", "denied"])
    if v == "policy":
        return log4net(th, "INFO", "MyChart.Proxy.PolicyEngine",
                       T("Proxy access policy reloaded: %d rules (adolescent confidentiality 12-17, adult POA)" % random.randint(12, 18)))
    if v == "nightly":
        return log4net(th, "INFO", "MyChart.Proxy.ExpiryJob",
                       T("Nightly proxy expiry job: %d relationships expired, %d notices queued, 0 errors in %.1fs" % (random.randint(10, 60), random.randint(10, 60), random.uniform(0.5, 4))))
    if v == "adol":
        return log4net(th, "INFO", "MyChart.Proxy.PolicyEngine",
                       T("Access class PARENT_ADOLESCENT applied to relationship id=%d (sensitive encounters filtered: %d)" % (random.randint(10 ** 5, 10 ** 6), random.randint(0, 4))))
    return log4net(th, "WARN", "MyChart.Proxy.RequestService",
                   T("ProxyAccessRequest id=PXR-%d denied reason=%s reviewer=%s" % (random.randint(100000, 999999), random.choice(["NO_LEGAL_AUTHORITY", "IDV_FAILED", "PATIENT_OVER_18"]), random.choice(STAFF)[2])))


FAXES = {}


def mk_phone_cached(p):
    k = p["mrn"]
    if k not in FAXES:
        FAXES[k] = mk_phone(p["state"])
    return FAXES[k]


# ----------------------------------------------------------------------------
# family: pino-twilio
# ----------------------------------------------------------------------------
VA = tsid("VA")
AC = tsid("AC")


def fam_twilio(phi):
    rq = "req-" + b62(8)
    if phi:
        p = pick()
        to = fmt_phone(p["phone"], "e164")
        v = random.choice(["send", "check", "email", "lookup", "send"])
        if v == "send":
            ve = tsid("VE")
            ver = {"sid": ve, "service_sid": VA, "account_sid": AC, "to": V(to, "phone"), "channel": "sms",
                   "status": "pending", "valid": False, "lookup": {"carrier": None},
                   "amount": None, "payee": None,
                   "send_code_attempts": [{"attempt_sid": tsid("VL"), "channel": "sms", "time": CLK.iso_ms()}],
                   "date_created": CLK.iso_s(), "date_updated": CLK.iso_s(), "sna": None,
                   "url": "https://verify.twilio.com/v2/Services/%s/Verifications/%s" % (VA, ve)}
            return pino(30, {"reqId": rq, "module": "otp", "verification": ver}, "otp sent")
        if v == "check":
            return pino(30, {"reqId": rq, "module": "otp", "verificationSid": tsid("VE"), "to": V(to, "phone"),
                             "status": "approved", "valid": True, "attempts": random.randint(1, 3),
                             "durationMs": random.randint(90, 700)}, "otp check")
        if v == "email":
            return pino(30, {"reqId": rq, "module": "otp", "channel": "email", "to": V(p["email"], "email"),
                             "status": "pending", "verificationSid": tsid("VE"),
                             "channelConfiguration": {"template_id": "d-" + hexs(32), "from": "noreply@%s" % MYCHART,
                                                      "from_name": "Northlake Health"}}, "otp sent")
        lk = {"calling_country_code": "1", "country_code": "US", "phone_number": V(to, "phone"),
              "national_format": V(fmt_phone(p["phone"], "nat"), "phone"), "valid": True, "validation_errors": [],
              "line_type_intelligence": {"carrier_name": random.choice(["T-Mobile USA, Inc.", "Verizon Wireless", "AT&T Wireless"]),
                                         "error_code": None, "mobile_country_code": "310",
                                         "mobile_network_code": random.choice(["260", "012", "410"]), "type": "mobile"},
              "sim_swap": {"last_sim_swap": {"last_sim_swap_date": None, "swapped_period": "PT24H", "swapped_in_period": False},
                           "carrier_name": None, "mobile_country_code": "310", "mobile_network_code": "260", "error_code": None},
              "url": Mix(T("https://lookups.twilio.com/v2/PhoneNumbers/") + P(to, "phone") + T("?Fields=line_type_intelligence%2Csim_swap"))}
        return pino(20, {"reqId": rq, "module": "lookup", "lookup": lk}, "lookup v2 result")
    v = random.choice(["masked", "maxatt", "expired", "fraudguard", "svc", "masked", "ratelimit"])
    if v == "masked":
        a, x = mk_phone("IL")
        return pino(30, {"reqId": rq, "module": "otp", "verificationSid": tsid("VE"), "to": "+1******" + x[-2:] + "%02d" % random.randint(0, 99),
                         "channel": random.choice(["sms", "call", "whatsapp"]), "status": "pending",
                         "durationMs": random.randint(150, 900)}, "otp sent")
    if v == "maxatt":
        return pino(50, {"reqId": rq, "module": "otp", "err": {"type": "RestException", "message": "Max check attempts reached",
                                                                 "stack": "Error: Max check attempts reached\n    at success (/app/node_modules/twilio/lib/base/Version.js:79:23)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                                                                 "status": 429, "code": 60202, "moreInfo": "https://www.twilio.com/docs/errors/60202"}},
                    "verify check failed")
    if v == "expired":
        return pino(40, {"reqId": rq, "module": "otp", "verificationSid": tsid("VE"), "status": 404, "code": 20404,
                         "hint": "verification expired or already approved"}, "otp check: verification not found")
    if v == "fraudguard":
        return pino(40, {"reqId": rq, "module": "otp", "code": 60410, "prefix": "+2%d" % random.randint(30, 99),
                         "reason": "Verify Fraud Guard blocked destination prefix", "serviceSid": VA}, "otp send blocked")
    if v == "svc":
        return pino(30, {"module": "otp", "serviceSid": VA, "friendlyName": "Northlake Health", "codeLength": 6,
                         "lookupEnabled": True, "doNotShareWarningEnabled": True, "defaultTemplateSid": tsid("HJ")},
                    "verify service config loaded")
    return pino(40, {"reqId": rq, "module": "otp", "limiter": "otp-send-per-ip", "key": "ip:" + PRIV(),
                     "points": random.randint(5, 12), "msBeforeNext": random.randint(1000, 60000)}, "rate limited")


# ----------------------------------------------------------------------------
# family: zap-idv (Go orchestrator)
# ----------------------------------------------------------------------------

def fam_zapidv(phi):
    if phi:
        p = pick()
        v = random.choice(["match", "dedupe", "diff", "tpl", "selfie", "mismatch_dev", "docurl"])
        if v == "docurl":
            key = "%s/%s-%s-%s-front.jpg" % (CLK.t.strftime("%Y/%m/%d"), deacc(p["last"]).lower().replace(" ", "-").replace("'", ""),
                                           deacc(p["first"]).lower().replace(" ", "-"), random.choice(["dl", "insurance"]))
            return zap_json("info", "idv.storage", "storage/s3.go:66", "document image stored",
                            {"inquiry_id": p["inq"], "bucket": "nlh-idv-uploads", "bytes": random.randint(90000, 900000),
                             "object_url": V("https://nlh-idv-uploads.s3.us-east-2.amazonaws.com/" + key, "url"),
                             "sse": "aws:kms", "etag": hexs(32)})
        if v == "match":
            return zap_json("info", "idv.matcher", "matcher/empi.go:204", "patient match candidate",
                            {"inquiry_id": p["inq"], "mrn": V(p["mrn"], "mrn"), "candidate_name": V(full(p), "name"),
                             "dob": V(iso(p["dob"]), "date"), "score": round(random.uniform(0.85, 0.99), 3),
                             "algo": "fs-em-v4", "blocking_key": "dob+soundex"})
        if v == "dedupe":
            return zap_json("warn", "idv.biometrics", "biometrics/dedupe.go:77", "face template collision",
                            {"inquiry_id": p["inq"], "face_template_hash": V(p["face_hash"], "biometric"),
                             "existing_accounts": random.randint(2, 3), "similarity": round(random.uniform(0.9, 0.99), 4),
                             "template_version": "arcface-r100-v2", "action": "route_manual_review"})
        if v == "diff":
            return zap_dev("INFO", "matcher/diff.go:61", "demographic diff vs EHR",
                           {"mrn": V(p["mrn"], "mrn"), "field": "address",
                            "ehr": Mix(P(p["street"], "address") + T(", ") + P(p["city"], "address")),
                            "idv": Mix(P(p["street"].upper(), "address") + T(", ") + P(p["city"].upper(), "address")),
                            "normalized_equal": True})
        if v == "tpl":
            return zap_json("debug", "idv.biometrics", "biometrics/enroll.go:133", "face template enrolled",
                            {"inquiry_id": p["inq"], "template_version": "arcface-r100-v2", "dims": len(base64.b64decode(p["face_tpl"])) // 2,
                             "dtype": "float16", "face_template": V(p["face_tpl"], "biometric"),
                             "quality": round(random.uniform(0.6, 0.98), 3)})
        if v == "selfie":
            img = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + bytes(random.getrandbits(8) for _ in range(random.randint(500, 800)))
            return zap_json("debug", "idv.biometrics", "biometrics/liveness.go:92", "selfie frame captured (truncated)",
                            {"inquiry_id": p["inq"], "frame": random.randint(1, 12), "mime": "image/jpeg",
                             "b64": V(base64.b64encode(img).decode(), "photo"), "truncated": True})
        idv_d = p["dob"]
        ehr_d = p["dob"].replace(day=min(28, p["dob"].month)) if p["dob"].day != p["dob"].month else p["dob"] + datetime.timedelta(days=365)
        return zap_dev("WARN", "matcher/rules.go:118", "DOB mismatch between IDV and EHR",
                       {"mrn": V(p["mrn"], "mrn"), "idv_dob": V(iso(idv_d), "date"), "ehr_dob": V(iso(ehr_d), "date"),
                        "transposition": p["dob"].day <= 12, "inquiry_id": p["inq"]})
    v = random.choice(["start", "lag", "pool", "lat", "cb", "cfg", "hc", "retry", "shutdown", "lag"])
    if v == "start":
        return zap_json("info", None, "cmd/idv/main.go:58", "starting idv-orchestrator",
                        {"version": "1.%d.%d" % (random.randint(18, 22), random.randint(0, 9)), "commit": hexs(7),
                         "build_date": "2024-06-0%d" % random.randint(3, 9), "listen": ":8443", "env": "prod"})
    if v == "lag":
        return zap_json("info", "idv.kafka", "kafka/consumer.go:211", "consumer lag",
                        {"topic": random.choice(["idv.events.v1", "idv.review.v1", "dfd.signup.v2"]), "partition": random.randint(0, 11),
                         "offset": random.randint(10 ** 6, 10 ** 7), "lag": random.randint(0, 300), "group": "idv-orchestrator"})
    if v == "pool":
        return zap_json("debug", "idv.db", "db/pool.go:44", "pgx pool stats",
                        {"acquired": random.randint(0, 20), "idle": random.randint(0, 10), "max": 32,
                         "acquire_count": random.randint(10 ** 4, 10 ** 6), "wait_ms_p99": round(random.uniform(0, 20), 2),
                         "host": "idv-pg-primary.nlh.local:5432"})
    if v == "lat":
        return zap_json("info", "idv.metrics", "metrics/vendor.go:88", "vendor latency window",
                        {"vendor": random.choice(["persona", "onfido", "jumio", "twilio"]), "p50_ms": random.randint(80, 300),
                         "p95_ms": random.randint(300, 1200), "p99_ms": random.randint(1200, 4000), "errors": random.randint(0, 7),
                         "window": "1m0s"})
    if v == "cb":
        return zap_json("warn", "idv.vendor", "vendor/breaker.go:51", "circuit breaker state change",
                        {"vendor": random.choice(["onfido", "jumio"]), "from": "closed", "to": "half-open",
                         "failures": random.randint(5, 12), "cooldown": "30s"})
    if v == "cfg":
        return zap_dev("INFO", "config/watch.go:39", "feature flags refreshed",
                       {"flags": {"jumio_fallback": True, "persona_db_verification": random.choice([True, False]),
                                  "face_dedupe": True, "proxy_self_service": True}, "etag": "W/\"" + hexs(12) + "\""})
    if v == "hc":
        return zap_json("debug", None, "http/health.go:22", "health check",
                        {"remote": PRIV() + ":" + str(random.randint(30000, 60000)), "status": 200, "dur": "%dµs" % random.randint(40, 400)})
    if v == "retry":
        return zap_json("error", "idv.vendor", "vendor/retry.go:73", "vendor call failed, will retry",
                        {"vendor": "persona", "op": "GET /api/v1/inquiries/" + pid_("inq"), "error": "context deadline exceeded",
                         "attempt": random.randint(1, 3), "request_id": uid()})
    return zap_json("info", None, "cmd/idv/main.go:131", "graceful shutdown complete",
                    {"inflight": 0, "drained_in": "%.2fs" % random.uniform(0.1, 3)})


# ----------------------------------------------------------------------------
# family: pino-bff (pino-http request logs)
# ----------------------------------------------------------------------------
ROUTES_ANON = ["/api/v1/signup/start", "/api/v1/signup/status", "/api/v1/idv/session", "/api/v1/otp/send", "/api/v1/otp/check",
               "/api/v1/insurance/upload", "/api/v1/activation/validate", "/api/v1/proxy/requests"]


def pino_http(status, method, url, xff_segs, ua, rt, level=30, extra_headers=None, msg="request completed"):
    h, pid = pin_host()
    headers = {"host": PORTAL if not ua.startswith("kube-probe") else PRIV() + ":8080", "user-agent": ua}
    if extra_headers:
        headers.update(extra_headers)
    d = {"level": level, "time": CLK.epoch_ms(), "pid": pid, "hostname": h,
         "req": {"id": random.randint(1, 90000), "method": method, "url": url, "query": {}, "params": {},
                 "headers": headers, "remoteAddress": "::ffff:" + PRIV(), "remotePort": random.randint(30000, 65000)},
         "res": {"statusCode": status, "headers": {"x-powered-by": "Express", "content-type": "application/json; charset=utf-8",
                                                   "content-length": str(random.randint(2, 900))}},
         "responseTime": rt, "msg": msg}
    if xff_segs is not None:
        d["req"]["headers"]["x-forwarded-for"] = xff_segs
    return jseg(d)


def fam_bff(phi):
    if phi:
        p = pick()
        v = random.choice(["xff", "xff", "checkemail", "signup_body", "card", "xff", "kba"])
        if v == "kba":
            req = {"firstName": V(p["first"], "name"), "lastName": V(p["last"], "name"), "ssn": V(p["ssn"].replace("-", ""), "ssn"),
                   "dob": V(p["dob"].strftime("%Y%m%d"), "date"),
                   "address": {"street": V(p["street"], "address"), "city": V(p["city"], "address"), "state": p["state"],
                               "zip5": V(p["zip"], "zip")}, "product": "IDV-KBA", "questionSet": "QS-%d" % random.randint(100, 999)}
            return pino(20, {"reqId": "req-" + b62(8), "module": "kba", "vendor": "lexid", "request": req}, "kba request")
        if v == "xff":
            xff = Mix(P(p["ip"], "ip") + T(", " + PRIV()))
            return pino_http(random.choice([200, 200, 201, 204]), random.choice(["POST", "GET"]), random.choice(ROUTES_ANON),
                             xff, random.choice(UAS), random.randint(20, 900))
        if v == "checkemail":
            enc = urllib.parse.quote(p["email"], safe="")
            h, pid = pin_host()
            d = {"level": 30, "time": CLK.epoch_ms(), "pid": pid, "hostname": h,
                 "req": {"id": random.randint(1, 90000), "method": "GET",
                         "url": Mix(T("/api/v1/signup/check-email?email=") + P(enc, "email")),
                         "query": {"email": V(p["email"], "email")}, "params": {}},
                 "res": {"statusCode": 200}, "responseTime": random.randint(8, 90), "msg": "request completed"}
            return jseg(d)
        if v == "signup_body":
            body = {"firstName": V(p["first"], "name"), "lastName": V(p["last"], "name"), "dateOfBirth": V(iso(p["dob"]), "date"),
                    "mobile": V(fmt_phone(p["phone"], "e164"), "phone"), "email": V(p["email"], "email"),
                    "postalCode": V(p["zip"], "zip"), "acceptTerms": True, "marketingOptIn": False}
            return pino(20, {"reqId": "req-" + b62(8), "route": "POST /api/v1/signup/start", "body": body}, "incoming body")
        pre = random.choice(["4", "51", "37"])
        pan = luhn(pre, 15 if pre == "37" else 16)
        return pino(40, {"reqId": "req-" + b62(8), "module": "copay", "mrn": V(p["mrn"], "mrn"),
                         "card": {"number": V(pan, "account"), "exp": "%02d/%d" % (random.randint(1, 12), random.randint(26, 30)),
                                  "brand": {"4": "visa", "51": "mastercard", "37": "amex"}[pre]},
                         "amount": "%d.00" % random.choice([25, 30, 40]), "processor": "stripe"},
                    "card-on-file payload logged before tokenization (DEPRECATED path)")
    v = random.choice(["probe", "probe", "static", "401", "outbound", "anon", "anon", "metrics"])
    if v == "probe":
        return pino_http(200, "GET", random.choice(["/healthz", "/readyz"]), None, "kube-probe/1.29", random.randint(0, 3), msg="request completed")
    if v == "static":
        return pino_http(304, "GET", "/assets/app.%s.js" % hexs(8), PRIV(), random.choice(UAS), random.randint(0, 5))
    if v == "401":
        return pino_http(401, "GET", "/api/v1/me", None, random.choice(UAS), random.randint(1, 9), level=40, msg="request errored")
    if v == "outbound":
        return pino(30, {"reqId": "req-" + b62(8), "module": "http-client", "method": "POST",
                         "url": random.choice(["https://withpersona.com/api/v1/inquiries", "https://verify.twilio.com/v2/Services/%s/Verifications" % VA,
                                               "https://idv-orchestrator.idv.svc.cluster.local:8443/v1/sessions"]),
                         "status": random.choice([200, 201]), "ms": random.randint(40, 900)}, "outbound request")
    if v == "metrics":
        return pino(30, {"module": "metrics", "eventLoopLagMs": round(random.uniform(0.5, 30), 2), "heapUsedMb": random.randint(80, 400),
                         "rssMb": random.randint(150, 600), "activeHandles": random.randint(10, 90)}, "process stats")
    return pino(30, {"reqId": "req-" + b62(8), "sessionId": "sess_" + b62(20), "step": random.choice(["consent", "idv", "otp", "insurance", "done"]),
                     "durationMs": random.randint(100, 90000), "abVariant": random.choice(["A", "B"])}, "signup step completed")


# ----------------------------------------------------------------------------
# family: logfmt-fraud
# ----------------------------------------------------------------------------

def fam_fraud(phi):
    base = [("ts", CLK.nano()), ("level", "warn"), ("svc", "fraud-rules")]
    if phi:
        p = pick()
        v = random.choice(["dob", "phonevel", "ipvel", "imei", "face", "disposable", "zip"])
        if v == "dob":
            other = p["dob"] + datetime.timedelta(days=random.choice([1, 31, 365, -365, 3652]))
            return logfmt(base + [("rule_id", "FR-017"), ("rule", "dob_mismatch_idv_vs_ehr"), ("score", "%.2f" % random.uniform(0.6, 0.95)),
                                  ("inquiry_id", p["inq"]), ("mrn", V(p["mrn"], "mrn")), ("idv_dob", V(iso(p["dob"]), "date")),
                                  ("ehr_dob", V(iso(other), "date")), ("action", "manual_review")])
        if v == "phonevel":
            return logfmt(base + [("rule_id", "FR-031"), ("rule", "phone_velocity"), ("phone", V(fmt_phone(p["phone"], "e164"), "phone")),
                                  ("accounts_24h", random.randint(3, 6)), ("threshold", 3), ("action", "block_otp")])
        if v == "ipvel":
            return logfmt(base + [("rule_id", "FR-034"), ("rule", "ip_signup_velocity"), ("ip", V(p["ip"], "ip")),
                                  ("signups_1h", random.randint(4, 9)), ("asn", "AS7922"), ("ip_country", "US"), ("action", "step_up")])
        if v == "imei":
            return logfmt(base + [("rule_id", "FR-040"), ("rule", "device_reuse"), ("imei", V(p["imei"], "device")),
                                  ("linked_mrns", random.randint(2, 4)), ("platform", "android"), ("app_ver", "10.4.0"), ("action", "manual_review")])
        if v == "face":
            return logfmt(base + [("rule_id", "FR-052"), ("rule", "face_template_duplicate"),
                                  ("face_template_hash", V("sha256:" + p["face_hash"], "biometric")),
                                  ("matched_accounts", random.randint(2, 3)), ("similarity", "%.4f" % random.uniform(0.9, 0.99)),
                                  ("action", "manual_review")])
        if v == "disposable":
            return logfmt([base[0], ("level", "info"), base[2], ("rule_id", "FR-022"), ("rule", "email_domain_risk"), ("email", V(p["email"], "email")),
                           ("domain_age_days", random.randint(900, 9000)), ("disposable", "false"), ("result", "pass")])
        return logfmt(base + [("rule_id", "FR-019"), ("rule", "address_mismatch"), ("inquiry_id", p["inq"]),
                              ("id_zip", V(p["zip"], "zip")), ("ehr_zip", V(random.choice(random.choice(LOCS)[3]), "zip")),
                              ("id_city", V(p["city"], "address")), ("distance_km", "%.1f" % random.uniform(2, 80)), ("action", "flag")])
    v = random.choice(["reload", "liveness", "idonly", "eval", "idonly", "summary"])
    if v == "reload":
        return logfmt([("ts", CLK.nano()), ("level", "info"), ("svc", "fraud-rules"), ("msg", "rules reloaded"),
                       ("version", "2024.06.%d" % random.randint(1, 4)), ("count", random.randint(44, 52)), ("sha", hexs(12))])
    if v == "liveness":
        return logfmt(base + [("rule_id", "FR-008"), ("rule", "selfie_liveness_low"), ("liveness_score", "%.3f" % random.uniform(0.05, 0.49)),
                              ("threshold", "0.50"), ("inquiry_id", pid_("inq")), ("vendor", "persona"), ("action", "retry_selfie")])
    if v == "idonly":
        return logfmt(base + [("rule_id", random.choice(["FR-011", "FR-026", "FR-044"])),
                              ("rule", random.choice(["doc_tamper_signal", "session_replay_suspected", "emulator_detected"])),
                              ("session", "iqse_" + b62(24)), ("workflow_execution_id", uid()), ("score", "%.2f" % random.uniform(0.5, 0.99)),
                              ("action", random.choice(["manual_review", "decline", "step_up"]))])
    if v == "eval":
        return logfmt([("ts", CLK.nano()), ("level", "debug"), ("svc", "fraud-rules"), ("msg", "evaluation timing"),
                       ("rules", random.randint(44, 52)), ("p50", "%.1fms" % random.uniform(1, 5)), ("p99", "%.1fms" % random.uniform(8, 30)),
                       ("evaluated", random.randint(100, 900))])
    return logfmt([("ts", CLK.nano()), ("level", "info"), ("svc", "fraud-rules"), ("msg", "hourly hit summary"),
                   ("FR-008", random.randint(0, 30)), ("FR-017", random.randint(0, 9)), ("FR-031", random.randint(0, 5)),
                   ("FR-052", random.randint(0, 3)), ("blocked", random.randint(0, 6))])


# ----------------------------------------------------------------------------
# family: pylog-review (support team manual review queue)
# ----------------------------------------------------------------------------

def item():
    return "RVW-%d" % random.randint(400000, 499999)


def fam_review(phi):
    if phi:
        p = pick_old(0.15)
        v = random.choice(["enq", "note", "photo", "compare", "approve", "callback", "tpl", "social", "fax"])
        if v == "social":
            slug = deacc(p["first"]).lower().replace(" ", "-") + "-" + deacc(p["last"]).lower().replace(" ", "-").replace("'", "") + "-" + hexs(6)
            ag = random.choice(STAFF)
            segs = T("Agent %s attached external evidence to %s: " % (ag[2], item())) + P("https://www.linkedin.com/in/" + slug, "url")
            segs += T(" (profile photo consistent with selfie; policy IDV-7 allows public profile corroboration)")
            return pylog("INFO", "review.evidence", 74, segs)
        if v == "fax":
            segs = T("Records request on %s: patient asked for verification letter by fax to " % item())
            segs += P(fmt_phone(mk_phone_cached(p), "dash"), "fax") + T(" attn ") + name_segs(p) + T("; cover sheet NLH-HIM-12 queued")
            return pylog("INFO", "review.tasks", 58, segs)
        if v == "enq":
            segs = T("Item %s enqueued queue=idv-manual reason=%s priority=%d patient=\"" % (item(), random.choice(["DOB_MISMATCH", "FACE_DUPLICATE", "DOC_EXPIRED", "NAME_MISMATCH"]), random.randint(1, 3)))
            segs += name_segs(p, "lf") + T("\" mrn=") + P(p["mrn"], "mrn") + T(" inquiry=%s" % p["inq"])
            return pylog("INFO", "review.queue", 88, segs)
        if v == "note":
            ag = random.choice(STAFF)
            segs = T("Agent %s added note on %s: 'Called pt at " % (ag[2], item())) + P(fmt_phone(p["phone"], random.choice(["nat", "dash"])), "phone")
            segs += T(", confirmed DOB ") + P(us(p["dob"]), "date") + T(" and address ") + P(p["street"], "address")
            segs += T(", ") + P(p["city"], "address") + T(". ID photo matches. Approving.'")
            return pylog("INFO", "review.notes", 41, segs)
        if v == "photo":
            img = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00" + bytes(random.getrandbits(8) for _ in range(random.randint(400, 700)))
            d = {"event": "attachment_rendered", "item": item(), "kind": "selfie_thumb", "mrn": V(p["mrn"], "mrn"),
                 "src": V("data:image/jpeg;base64," + base64.b64encode(img).decode(), "photo"), "w": 96, "h": 128}
            return pylog("DEBUG", "review.ui", 203, T("render ") + jseg(d, sep=(", ", ": ")))
        if v == "compare":
            segs = T("Field compare for %s: name idv=\"" % item()) + P((deacc(p["first"]) + " " + deacc(p["last"])).upper(), "name")
            segs += T("\" ehr=\"") + name_segs(p, "lf") + T("\" dob idv=") + P(iso(p["dob"]), "date") + T(" ehr=") + P(us(p["dob"]), "date")
            segs += T(" dl=") + P(fmt_dl(p["dlstate"], p["dl"]), "license") + T(" ssn_last4=%s result=MATCH_WITH_FORMAT_DIFF" % p["ssn"][-4:])
            return pylog("INFO", "review.compare", 129, segs)
        if v == "approve":
            ag = random.choice(STAFF)
            segs = T("Decision approved item=%s agent=%s (%s %s) patient=" % (item(), ag[2], ag[0], ag[1]))
            segs += name_segs(p) + T(" mrn=") + P(p["mrn"], "mrn") + T(" age=")
            age = age_on(p["dob"])
            segs += P(str(age), "age") if age > 89 else T(str(age))
            segs += T(" handle_time=%dm%02ds" % (random.randint(2, 30), random.randint(0, 59)))
            return pylog("INFO", "review.decisions", 67, segs)
        if v == "callback":
            segs = T("Callback task created for item %s: phone=" % item()) + P(fmt_phone(p["phone"], "dot"), "phone")
            segs += T(" preferred_lang=%s window=09:00-17:00 CT" % random.choice(["en", "es", "pl", "vi", "ko", "yo"]))
            return pylog("INFO", "review.tasks", 52, segs)
        d = {"event": "biometric_export", "item": item(), "inquiry": p["inq"], "template_version": "arcface-r100-v2",
             "template": V(p["face_tpl"], "biometric"), "requested_by": random.choice(STAFF)[2]}
        return pylog("WARNING", "review.audit", 17, T("sensitive export ") + jseg(d, sep=(", ", ": ")))
    ag = random.choice(STAFF)
    v = random.choice(["claim", "resolved", "sla", "stats", "export", "release"])
    if v == "claim":
        return pylog("INFO", "review.queue", 102, T("Agent %s claimed %s (queue=idv-manual, waited %dm)" % (ag[2], item(), random.randint(1, 240))))
    if v == "resolved":
        return pylog("INFO", "review.decisions", 71, T("Item %s resolved decision=%s by %s after %dm%02ds" % (item(), random.choice(["approved", "declined", "needs_more_info"]), ag[2], random.randint(1, 40), random.randint(0, 59))))
    if v == "sla":
        return pylog("WARNING", "review.sla", 33, T("SLA breach: %d items older than 4h in queue idv-manual (oldest %s)" % (random.randint(1, 12), item())))
    if v == "stats":
        return pylog("INFO", "review.stats", 19, T("Queue depth idv-manual=%d proxy-docs=%d agents_online=%d median_wait=%dm" % (random.randint(0, 60), random.randint(0, 20), random.randint(2, 9), random.randint(2, 90))))
    if v == "export":
        return pylog("INFO", "review.export", 58, T("Daily QA sample exported: 25 items -> s3://nlh-idv-qa/2024/06/%s/sample.csv.gz (kms key alias/idv-qa)" % CLK.t.strftime("%d")))
    return pylog("INFO", "review.queue", 115, T("Agent %s released %s back to queue (reason=shift_end)" % (ag[2], item())))


# ----------------------------------------------------------------------------
# family: nginx-infra
# ----------------------------------------------------------------------------

def nginx_line(ip_segs, method, path, status, ref, ua, upstream):
    rt = random.uniform(0.003, 1.2)
    return merge(ip_segs + T(' - - [%s] "%s %s HTTP/%s" %d %d "%s" "%s" %d %.3f [%s] [] %s:%s %d %.3f %d %s' %
                             (CLK.nginx(), method, path, random.choice(["1.1", "2.0"]), status, random.randint(2, 4000), ref, ua,
                              random.randint(200, 1800), rt, upstream, PRIV(), upstream.rsplit("-", 1)[1], random.randint(2, 4000), rt - 0.001, status, hexs(32))))


def fam_infra(phi):
    if phi:
        p = pick()
        path = random.choice(["/api/v1/otp/check", "/api/v1/idv/session", "/MyChart/Signup/Activate", "/api/v1/signup/start",
                              "/MyChart/Authentication/Login"])
        return nginx_line(P(p["ip"], "ip"), random.choice(["POST", "GET"]), path, random.choice([200, 200, 302, 201]),
                          "https://%s/signup" % PORTAL, random.choice(UAS), "dfd-dfd-bff-8080")
    v = random.choice(["vendor", "vendor", "probe", "k8s", "cert", "vendor"])
    if v == "vendor":
        vend = random.choice([("persona", "Persona-Webhook/1.0"), ("onfido", "Onfido-Webhook/3.6"), ("jumio", "Jumio Callback/2.0"),
                              ("twilio", "TwilioProxy/1.1")])
        return nginx_line(T(random.choice(VENDOR_IPS)), "POST", "/webhooks/" + vend[0], 200, "-", vend[1], "idv-idv-orchestrator-8443")
    if v == "probe":
        return nginx_line(T(PRIV()), "GET", "/healthz", 200, "-", "kube-probe/1.29", "dfd-dfd-bff-8080")
    if v == "k8s":
        return T("%s  Normal  %s  pod/dfd-bff-6f7c9b8d4-%s  %s" % (
            CLK.iso_s(), random.choice(["Pulled", "Scheduled", "Started"]), rs("bcdfghjklmnpqrstvwxz2456789", 5),
            random.choice(["Container image \"registry.nlh.local/dfd/bff:2.31.%d\" already present on machine" % random.randint(0, 9),
                           "Successfully assigned dfd/dfd-bff to aks-pool2-%d-vmss00000%d" % (random.randint(10000000, 99999999), random.randint(0, 9)),
                           "Started container bff"])))
    return T('%s\tcert-manager\tI0611 %s       1 controller.go:162] "certificate renewed" certificate="dfd/portal-tls" notAfter="2024-09-%02dT%02d:00:00Z"' % (
        CLK.iso_s(), CLK.utc().strftime("%H:%M:%S.%f"), random.randint(1, 28), random.randint(0, 23)))


# ----------------------------------------------------------------------------
# schedule and output
# ----------------------------------------------------------------------------
FAMILIES = [
    ("persona-webhook", fam_persona, 42, 20),
    ("onfido-json", fam_onfido, 34, 18),
    ("jumio-callback", fam_jumio, 30, 15),
    ("zap-cardocr", fam_cardocr, 34, 20),
    ("nlog-aamva", fam_aamva, 40, 24),
    ("log4net-mychart", fam_mychart, 40, 20),
    ("log4net-proxy", fam_proxy, 26, 15),
    ("pino-twilio", fam_twilio, 40, 20),
    ("zap-idv", fam_zapidv, 56, 14),
    ("pino-bff", fam_bff, 56, 16),
    ("logfmt-fraud", fam_fraud, 34, 17),
    ("pylog-review", fam_review, 34, 20),
    ("nginx-infra", fam_infra, 34, 6),
]


def main():
    sched = []
    for name, fn, tot, nphi in FAMILIES:
        sched += [(name, fn, True)] * nphi + [(name, fn, False)] * (tot - nphi)
    assert len(sched) == N_LINES, len(sched)
    random.shuffle(sched)
    lines = []
    labels = []
    for i, (name, fn, phi) in enumerate(sched, 1):
        CLK.tick()
        segs = merge(fn(phi))
        buf = b""
        spans = []
        inserted = []
        for t, c in segs:
            b = t.encode("utf-8")
            if c is not None:
                assert len(b) > 0
                spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": c})
                inserted.append(b)
            buf += b
        for sp, b in zip(spans, inserted):
            assert buf[sp["s"]:sp["e"]] == b, (i, sp)
        for a, b2 in zip(spans, spans[1:]):
            assert a["e"] <= b2["s"]
        assert b"\n" not in buf and b"\r" not in buf, (i, name)
        assert len(buf) <= 4000, (i, name, len(buf))
        assert bool(spans) == phi, (i, name, phi, spans)
        lines.append(buf)
        labels.append({"line": i, "family": name, "spans": spans})
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(b"\n".join(lines) + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for rec in labels:
            f.write(json.dumps(rec) + "\n")


if __name__ == "__main__":
    main()
