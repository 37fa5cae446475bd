#!/usr/bin/env python3
"""Deterministic generator for the 'cx' held-out PHI test corpus.

Theme: regional 988 crisis line + mobile crisis team (telephony, chat/SMS
gateway, case notes, geolocation for dispatch, CAD, follow-ups, referrals,
QA review exports).  Writes cx.log and cx.labels.jsonl next to this file.
Standard library only.
"""
import base64
import json
import os
import random
from datetime import datetime, timedelta

random.seed(18_0988)
R = random

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "cx"
N_LINES = 500
TARGET_PHI = 220  # ~45% lines with PHI -> ~55% without


# ---------------------------------------------------------------- builder
class B:
    """Line builder: concatenates parts and records byte offsets of PHI."""

    def __init__(self, family):
        self.family = family
        self.parts = []

    def t(self, text):
        self.parts.append((text, None))
        return self

    def p(self, text, cat):
        assert text, "empty PHI value"
        self.parts.append((text, cat))
        return self

    def jt(self, text):
        """plain text inside a JSON string (escaped)"""
        return self.t(jesc(text))

    def jp(self, text, cat):
        return self.p(jesc(text), cat)

    def segs(self, segs, json_mode=False):
        for text, cat in segs:
            if json_mode:
                text = jesc(text)
            if cat:
                self.p(text, cat)
            else:
                self.t(text)
        return self

    def build(self):
        out = b""
        spans = []
        for text, cat in self.parts:
            bt = text.encode("utf-8")
            if cat:
                spans.append({"s": len(out), "e": len(out) + len(bt), "cat": cat, "_v": bt})
            out += bt
        for sp in spans:
            assert out[sp["s"]:sp["e"]] == sp.pop("_v"), "span mismatch"
        line = out.decode("utf-8")
        assert "\n" not in line and "\r" not in line
        assert len(out) <= 4000, (self.family, len(out))
        return line, spans


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip",
        "biometric", "photo", "other_id"}

# ---------------------------------------------------------------- time fmt
TZ = "-04:00"  # EDT (DST began 2024-03-10)
EPOCH = datetime(1970, 1, 1)


def ms():
    return R.randint(0, 999)


def f_syslog(t):
    return f"{t:%b} {t.day:2d} {t:%H:%M:%S}"


def f_iso_local(t, m=None):
    m = ms() if m is None else m
    return f"{t:%Y-%m-%dT%H:%M:%S}.{m:03d}{TZ}"


def f_iso_utc(t, m=None):
    m = ms() if m is None else m
    u = t + timedelta(hours=4)
    return f"{u:%Y-%m-%dT%H:%M:%S}.{m:03d}Z"


def f_java(t):
    return f"{t:%Y-%m-%d %H:%M:%S}.{ms():03d}"


def f_py(t):
    return f"{t:%Y-%m-%d %H:%M:%S},{ms():03d}"


def f_nginx(t):
    return f"{t:%d/%b/%Y:%H:%M:%S} -0400"


def epoch(t):
    return int((t - EPOCH).total_seconds()) + 4 * 3600


# ---------------------------------------------------------------- id helpers
HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def hexs(n):
    return "".join(R.choice(HEX) for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def luhn_check(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_imei():
    tac = R.choice(["35391110", "35332511", "35847631", "86920305", "35699209", "35407115"])
    body = tac + "".join(str(R.randint(0, 9)) for _ in range(6))
    return body + luhn_check(body)


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin():
    wmi = R.choice(["1FA", "2HG", "1G1", "JTD", "5NP", "3VW", "1HG", "KMH"])
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vds = "".join(R.choice(chars) for _ in range(5))
    year = R.choice("CDEFGHJKL")
    plant = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    serial = "".join(str(R.randint(0, 9)) for _ in range(6))
    v = wmi + vds + "0" + year + plant + serial
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    chk = "X" if s % 11 == 10 else str(s % 11)
    v = v[:8] + chk + v[9:]
    return v


def make_mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    d = lambda: str(R.randint(0, 9))
    return (str(R.randint(1, 9)) + R.choice(L) + R.choice(AN) + d() + R.choice(L) +
            R.choice(AN) + d() + R.choice(L) + R.choice(L) + d() + d())


def make_ssn():
    a = R.randint(101, 665)
    return f"{a:03d}-{R.randint(10, 99):02d}-{R.randint(1000, 9999):04d}"


def make_b64(nbytes, jpeg=False):
    raw = bytes(R.randint(0, 255) for _ in range(nbytes))
    if jpeg:
        raw = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
               b"\xff\xdb\x00C\x00" + raw)
    return base64.b64encode(raw).decode()


# ---------------------------------------------------------------- reference data
FIRST_M = ["Deshawn", "Tuan", "Bogdan", "Kwame", "Yusuf", "Jesús", "Oluwaseun", "Darnell", "Nikolai",
           "Tomasz", "Rafael", "Keanu", "Björn", "Chidi", "Ömer", "Mateo", "Jamal", "Hiroshi",
           "Walter", "Casimir", "Arjun", "Brayden", "Elías", "Kofi"]
FIRST_F = ["Marisol", "Aaliyah", "Priya", "Siobhan", "Mei-Ling", "Zoë", "Anastasia", "Fatima", "Hana",
           "Ifeoma", "Ngozi", "Guadalupe", "Thanh", "Lakshmi", "Ekaterina", "Agnieszka", "Destiny",
           "Renée", "Imani", "Noor", "Kayleigh", "Dolores", "Yesenia", "Soo-ah"]
LAST = ["Washington", "Reyes", "Nguyễn", "Kowalczyk", "Raghunathan", "Mensah", "O'Donnell", "Haddad",
        "Chen", "Okonkwo", "Petrov", "Sato", "Wiśniewski", "Delgado", "Abernathy", "Lindqvist",
        "Ferreira", "Adeyemi", "Morales", "Yıldız", "Kaczmarek", "Baptiste", "Hollingsworth",
        "Szabó", "Al-Masri", "Trương", "Jankowski", "Castellanos", "Mwangi", "Fitzgerald", "Park",
        "Dubois", "Horvath", "Quintero"]
NICKS = {"Deshawn": "Shawn", "Marisol": "Mari", "Anastasia": "Stacy", "Nikolai": "Nicky",
         "Oluwaseun": "Seun", "Bogdan": "Bo", "Ekaterina": "Katya", "Guadalupe": "Lupe",
         "Tomasz": "Tom", "Mei-Ling": "Lee-Lee", "Ifeoma": "Ify", "Jesús": "Chuy",
         "Casimir": "Cas", "Dolores": "Lola", "Kayleigh": "Kay", "Hiroshi": "Hiro",
         "Walter": "Walt", "Destiny": "Dez", "Brayden": "B", "Yesenia": "Yesi"}
REL_F = ["Gloria", "Rosa", "Linh", "Danuta", "Ogechi", "Svetlana", "Carmen", "Eun-ji", "Beatriz", "Halina", "Juanita", "Adaeze"]
REL_M = ["Marcus", "Ahmed", "Patrice", "Raymond", "Tariq", "Grzegorz", "Dmitri", "Esteban", "Kenji", "Obinna"]

# neighborhood, city, county, zip, streets, lat, lon
GEO = [
    ("Slavic Village", "Cleveland", "Cuyahoga", "44105", ["E 71st St", "Fleet Ave", "Broadway Ave", "E 65th St"], 41.4650, -81.6440),
    ("Tremont", "Cleveland", "Cuyahoga", "44113", ["Professor Ave", "W 11th St", "Literary Rd"], 41.4790, -81.6870),
    ("Glenville", "Cleveland", "Cuyahoga", "44108", ["Parkwood Dr", "E 105th St", "Ashbury Ave"], 41.5330, -81.6150),
    ("Ohio City", "Cleveland", "Cuyahoga", "44102", ["W 38th St", "Bridge Ave", "Lorain Ave"], 41.4830, -81.7120),
    ("Collinwood", "Cleveland", "Cuyahoga", "44110", ["E 152nd St", "Saranac Rd", "Lakeshore Blvd"], 41.5560, -81.5720),
    ("Clark-Fulton", "Cleveland", "Cuyahoga", "44109", ["Clark Ave", "W 41st St", "Seymour Ave"], 41.4680, -81.7090),
    ("Buckeye-Shaker", "Cleveland", "Cuyahoga", "44104", ["Buckeye Rd", "E 116th St", "Ambleside Rd"], 41.4850, -81.6000),
    ("Old Brooklyn", "Cleveland", "Cuyahoga", "44109", ["Pearl Rd", "Broadview Rd", "Memphis Ave"], 41.4390, -81.6990),
    ("Birdtown", "Lakewood", "Cuyahoga", "44107", ["Madison Ave", "Quail Ave", "Robin St"], 41.4840, -81.7910),
    ("Ridge-Brook", "Parma", "Cuyahoga", "44129", ["Ridge Rd", "Snow Rd", "Day Dr"], 41.3920, -81.7340),
    ("Euclid Beach", "Euclid", "Cuyahoga", "44117", ["Lakeshore Blvd", "E 222nd St", "Babbitt Rd"], 41.5810, -81.5280),
    ("Forest Hill", "East Cleveland", "Cuyahoga", "44112", ["Superior Ave", "Hayden Ave", "Terrace Rd"], 41.5320, -81.5790),
    ("Stockyards", "Cleveland", "Cuyahoga", "44109", ["W 65th St", "Storer Ave", "Train Ave"], 41.4730, -81.7300),
    ("Lakeland", "Maple Heights", "Lake", "44137", ["Lee Rd", "Broadway Ave", "Dunham Rd"], 41.4150, -81.5650),
    ("Downtown", "Elyria", "Lorain", "44035", ["Middle Ave", "Cedar St", "Lake Ave"], 41.3680, -82.1070),
]
SCHOOLS = ["John Marshall High", "Lincoln-West", "Lakewood High", "Euclid High School", "Glenville High",
           "the Tri-C Metro campus", "Cleveland State", "Parma Senior High", "Max Hayes", "Shaw High"]
WORKS = ["the Amazon warehouse in North Randall", "the Giant Eagle on Lorain", "the Ford plant in Brook Park",
         "the Sherwin-Williams DC in Bedford", "the Taco Bell on Ridge Rd", "the Home Depot on Brookpark Rd",
         "the nursing home on Pearl Rd"]
USED_PHONES = set()

# staff (not PHI)
COUNSELORS = [("c-4021", "mokafor", "M. Okafor"), ("c-4033", "rlindgren", "R. Lindgren"),
              ("c-4047", "sbatista", "S. Batista"), ("c-4052", "jtranwhit", "J. Tran-Whitfield"),
              ("c-4060", "akapoor", "A. Kapoor"), ("c-4071", "edrozdov", "E. Drozdova"),
              ("c-4088", "pmcbride", "P. McBride"), ("c-4091", "tyamamoto", "T. Yamamoto")]
DISPATCHERS = [("dhollis", "D. Hollis"), ("vcortez", "V. Cortez"), ("bnkemelu", "B. Nkemelu")]
SUPERVISORS = [("kmbeki", "K. Mbeki-Ross"), ("gharrington", "G. Harrington")]
REVIEWERS = [("lfairbanks", "L. Fairbanks"), ("omaalouf", "O. Maalouf")]
UNITS = {"MCT-1": "R. Alvarez/T. Nwosu", "MCT-2": "J. Whitaker/S. Qureshi", "MCT-3": "L. Brennan/A. Diallo",
         "MCT-4": "C. Vasquez/H. Oyelaran"}
CLINICS = [("Far West Center", "4242 Lorain Ave, Cleveland OH 44113", "216-555-0111", "216-555-0112", "1447382910"),
           ("Recovery Resources", "3950 Chester Ave, Cleveland OH 44114", "216-555-0131", "216-555-0132", "1932651870"),
           ("Signature Health Euclid", "24200 Chagrin Blvd, Beachwood OH 44122", "440-555-0140", "440-555-0141", "1578924316"),
           ("Frontline Service", "1744 Payne Ave, Cleveland OH 44114", "216-555-0150", "216-555-0151", "1306927745"),
           ("MetroHealth Behavioral Health", "2500 MetroHealth Dr, Cleveland OH 44109", "216-555-0160", "216-555-0161", "1629081156")]
CENTER_DID = "+12165550100"
CENTER_SMS = "+12165550109"
SBC_PUBLIC = ["208.93.64.21", "208.93.64.22", "64.125.31.40"]  # carrier SBCs (not users)
QUEUES = ["988_MAIN_EN", "988_MAIN_ES", "988_LOCAL_OVF", "988_VCL_XFER"]
CARRIERS = ["VZW", "TMO", "ATT", "USC"]


# ---------------------------------------------------------------- people
def new_phone():
    while True:
        p = f"{R.choice(['216', '216', '440', '330'])}555{R.randint(113, 199):04d}"
        if p not in USED_PHONES and p[-4:] not in ("0131", "0132", "0140", "0141", "0150", "0151", "0160", "0161"):
            USED_PHONES.add(p)
            return p


def fmt_phone(p, style):
    a, b, c = p[:3], p[3:6], p[6:]
    return {"e164": f"+1{p}", "dash": f"{a}-{b}-{c}", "paren": f"({a}) {b}-{c}",
            "dot": f"{a}.{b}.{c}", "raw": p, "one": f"1{p}"}[style]


def public_ip():
    first = R.choice([73, 76, 98, 99, 107, 172, 174, 24, 68, 71, 108, 162, 198, 203])
    if first == 172:
        second = R.choice([56, 58, 59, 100, 112])
    elif first == 198:
        return f"198.51.100.{R.randint(2, 254)}"
    elif first == 203:
        return f"203.0.113.{R.randint(2, 254)}"
    else:
        second = R.randint(1, 254)
    return f"{first}.{second}.{R.randint(0, 255)}.{R.randint(1, 254)}"


REF_DATE = datetime(2024, 3, 14)


class Person:
    pass


def make_person(idx, elderly=False):
    P = Person()
    P.sex = R.choice("MF")
    pool = FIRST_M if P.sex == "M" else FIRST_F
    if elderly:
        pool = ["Walter", "Casimir", "Hiroshi", "Elías"] if P.sex == "M" else ["Dolores", "Agnieszka", "Renée", "Guadalupe"]
    P.first = R.choice(pool)
    P.last = R.choice(LAST)
    P.nick = NICKS.get(P.first) if R.random() < 0.7 else None
    P.elderly = elderly
    if elderly:
        P.age = R.randint(90, 97)
    else:
        P.age = R.choice([14, 15, 16, 16, 17, 17, 19, 21, 23, 26, 29, 31, 34, 38, 42, 45, 51, 57, 63, 68, 74])
    by = REF_DATE.year - P.age - (1 if R.random() < 0.6 else 0)
    P.dob = datetime(by, R.randint(1, 12), R.randint(1, 28))
    g = R.choice(GEO)
    P.nbhd, P.city, P.county, P.zip, streets, lat, lon = g
    P.street = R.choice(streets)
    P.cross = R.choice([s for s in streets if s != P.street])
    P.house = str(R.randint(1200, 16999))
    P.unit = R.choice(["", "", "", f" Apt {R.randint(1, 12)}{R.choice('ABCD')}", f" Unit {R.randint(100, 420)}"])
    P.lat = round(lat + R.uniform(-0.012, 0.012), 5)
    P.lon = round(lon + R.uniform(-0.015, 0.015), 5)
    P.school = (R.choice(SCHOOLS[:5] + SCHOOLS[7:]) if P.age < 18 else R.choice(SCHOOLS[5:7])) if P.age < 23 else None
    P.work = R.choice(WORKS) if 19 <= P.age < 70 and R.random() < 0.6 else None
    P.phone = new_phone()
    P.ip = public_ip()
    base = (P.nick or P.first).lower().replace("ü", "u").replace("ö", "o")
    base = "".join(ch for ch in base if ch.isascii() and ch.isalnum())
    P.handle = R.choice([f"{base}_{R.randint(1, 99):02d}", f"nightowl_{base}", f"{base}{P.dob.year % 100:02d}",
                         f"lost.{base}", f"{base}x{R.randint(100, 999)}", f"not_ok_{base}"])
    last_ascii = "".join(ch for ch in P.last.lower() if ch.isascii() and ch.isalpha()) or "x"
    P.email = R.choice([f"{base}.{last_ascii}{R.randint(1, 99)}@gmail.com", f"{base}{last_ascii[0]}@yahoo.com",
                        f"{last_ascii}.{base}@outlook.com", f"{base}_{last_ascii}@icloud.com"])
    P.mrn = R.choice([f"E{R.randint(1000000, 9999999)}", f"{R.randint(10000000, 99999999)}", f"FW-{R.randint(100000, 999999)}"])
    P.medicaid = f"1105{R.randint(10000000, 99999999)}"
    P.mbi = make_mbi()
    P.ssn = make_ssn()
    P.imei = make_imei()
    P.plate = f"{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))} {R.randint(1000, 9999)}"
    P.vin = make_vin()
    P.dl = f"{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))}{R.randint(100000, 999999)}"
    if elderly:
        P.rel = R.choice(["son", "daughter", "niece", "grandson"])
    elif P.age < 18:
        P.rel = R.choice(["mother", "father", "sister", "grandmother", "aunt"])
    elif P.age < 40:
        P.rel = R.choice(["mother", "sister", "partner", "roommate", "brother"])
    else:
        P.rel = R.choice(["partner", "son", "daughter", "sister", "brother"])
    fem = P.rel in ("mother", "sister", "grandmother", "aunt", "daughter", "niece") or (P.rel in ("partner", "roommate") and R.random() < 0.5)
    P.rel_first = R.choice(REL_F if fem else REL_M)
    P.rel_last = P.last if P.rel not in ("partner", "roommate") else R.choice(LAST)
    P.rel_phone = new_phone()
    P.case_no = f"CX-24-{R.randint(30000, 39999):06d}"
    P.url = R.choice([f"https://www.instagram.com/{P.handle}/", f"https://www.tiktok.com/@{P.handle}",
                      f"https://x.com/{P.handle}", f"https://www.facebook.com/{base}.{last_ascii}.{R.randint(10, 99)}"])
    P.pers_serial = f"PH{R.randint(10, 99)}-{R.randint(100000, 999999)}"
    P.acct = f"{R.randint(10000000, 99999999)}"
    P.blocked = R.random() < 0.12
    P.known_full = R.random() < 0.55  # gave full name at some point
    return P


# ---------------------------------------------------------------- line store
LINES = []  # (time, seq, line, spans, family)
SEQ = [0]


def emit(t, b):
    line, spans = b.build()
    SEQ[0] += 1
    LINES.append((t, SEQ[0], line, spans, b.family))
    return bool(spans)


def phi_count():
    return sum(1 for x in LINES if x[3])


# ---------------------------------------------------------------- PHI text fragments
def who_segments(P, style=None):
    """How the caller identified themselves, as segments."""
    style = style or R.choice(["first", "nick", "full", "firstnick"])
    if style == "full" and P.known_full:
        return [(P.first, "name"), (" ", None), (P.last, "name")]
    if style == "nick" and P.nick:
        return [(P.nick, "name")]
    if style == "firstnick" and P.nick:
        return [(P.first, "name"), (' "', None), (P.nick, "name"), ('"', None)]
    return [(P.first, "name")]


def where_segments(P):
    k = R.choice(["nbhd", "nbhdcity", "street", "cross", "city", "zip"])
    if k == "nbhd":
        return [("in ", None), (P.nbhd, "address")]
    if k == "nbhdcity":
        return [("in ", None), (P.nbhd, "address"), (" (", None), (P.city, "address"), (")", None)]
    if k == "street":
        return [("off ", None), (P.street, "address"), (" in ", None), (P.city, "address")]
    if k == "cross":
        return [("near ", None), (P.street, "address"), (" & ", None), (P.cross, "address")]
    if k == "zip":
        return [("in zip ", None), (P.zip, "zip")]
    return [("in ", None), (P.city, "address")]


def age_segments(P):
    if P.age >= 90:
        return [(str(P.age), "age"), ("yo", None)]
    return [(f"{P.age}yo", None)]


def note_text(P):
    """Counselor case-note narrative with partial identifiers."""
    segs = [("Caller identified as ", None)] + who_segments(P) + [(", ", None)] + age_segments(P)
    segs += [(", lives ", None)] + where_segments(P)
    if P.school and R.random() < 0.7:
        segs += [(", attends ", None), (P.school, "address")]
    elif P.work and R.random() < 0.6:
        segs += [(", works at ", None), (P.work, "address")]
    segs += [(". ", None)]
    segs += [(R.choice([
        "Reports SI w/ plan (pills), no attempt today. Collaborative safety plan completed.",
        "Passive SI, denies plan/intent. Protective factors: pet, sibling.",
        "Acute distress after breakup; denies HI. Agreed to follow-up call.",
        "Recent job loss, eviction notice. C-SSRS screen positive (Q2, Q3).",
        "Took ~15 sertraline 50mg approx 40 min prior. EMS advised; caller refused initially.",
        "Hearing voices x3 days, not sleeping. Off meds since Feb.",
        "Grief following spouse's death in January; lives alone. No means access per caller.",
        "Third-party call re: friend posting goodbye messages.",
    ]), None)]
    if R.random() < 0.35:
        segs += [(" Support: ", None), (P.rel, None), (" ", None), (P.rel_first, "name"),
                 (" ", None), (fmt_phone(P.rel_phone, R.choice(["dash", "paren"])), "phone"), (".", None)]
    if not P.elderly and R.random() < 0.12:
        segs += [(" Posted farewell msg at ", None), (P.url, "url"), (" - screenshot saved.", None)]
    if P.elderly and R.random() < 0.6:
        segs += [(" Wears medical alert pendant s/n ", None), (P.pers_serial, "device"), (".", None)]
    return segs


CHAT_IN_PHI = [
    lambda P: [("my name is ", None), (P.first, "name")] + ([(" but everyone calls me ", None), (P.nick, "name")] if P.nick else []) + [(f". im {P.age}", None)],
    lambda P: [(f"im {P.age} and i go to ", None), (P.school or "Cleveland State", "address"), (" and everyone there hates me", None)],
    lambda P: [("i live in ", None), (P.nbhd, "address"), (f" with my {P.rel}, they dont know im talking to u", None)],
    lambda P: [("im sitting in my car at ", None), (P.work or "the Giant Eagle on Lorain", "address"), (" rn. been here an hour", None)],
    lambda P: [("its ", None), (P.nick or P.first, "name"), (" again. i talked to someone tuesday", None)],
    lambda P: [("i just posted my goodbye on ", None), (P.url, "url")],
    lambda P: [("im on ", None), (P.street, "address"), (" near ", None), (P.cross, "address"), (" if anyone even cares", None)],
    lambda P: [("my email is ", None), (P.email, "email"), (" if u want to check on me tmrw", None)],
    lambda P: [(f"call my {P.rel} ", None), (P.rel_first, "name"), (" ", None), (fmt_phone(P.rel_phone, "dash"), "phone"), (" i cant do it", None)],
    lambda P: [("zip is ", None), (P.zip, "zip"), (" i think. im at my friends place", None)],
]
CHAT_IN_NONE = [
    "i cant stop thinking about ending it", "i took like 20 of my pills an hour ago", "nobody would even notice",
    "ok", "i dont know", "thank you for staying with me", "can i talk to someone in spanish?",
    "my therapist is on vacation till the 25th", "i'm 17 and i just cant anymore", "are you a real person?",
    "i have a knife in my room but i havent used it", "its been 3 days since i slept", "yeah i guess",
    "my parents are asleep", "i dont want the police to come", "i have work at 6am",
]
CHAT_OUT_NONE = [
    "I'm really glad you reached out tonight. Are you safe right now?",
    "Thank you for telling me that. Can you tell me more about what's happening?",
    "Are you having thoughts of suicide right now?",
    "I hear how exhausted you are. You don't have to go through this alone.",
    "Would you be willing to put some distance between you and the pills tonight?",
    "I'm going to stay here with you. Take your time.",
    "Can we make a plan together for the next few hours?",
]


# ---------------------------------------------------------------- families
def L_invite(t, P, callid, sbc):
    b = B("kamailio-syslog")
    pid = R.choice([2314, 2315, 2318])
    b.t(f"{f_syslog(t)} sbc-edge0{R.randint(1, 2)} kamailio[{pid}]: NOTICE: <script>: ")
    if P.blocked:
        b.t(f"INVITE sip:988@10.40.2.11 from sip:anonymous@anonymous.invalid pai=<none> privacy=id cid={callid} src={sbc}:5060")
    else:
        if R.random() < 0.5:
            b.t("INVITE sip:988@10.40.2.11 from sip:").p(f"+1{P.phone}", "phone").t(f"@{sbc} cid={callid} src={sbc}:5060 ru=sip:988@10.40.2.11")
        else:
            b.t(f"NEW CALL cid={callid} fU=").p(f"+1{P.phone}", "phone").t(" tU=988 pai=<sip:").p(f"+1{P.phone}", "phone").t(f";user=phone@{sbc}> ua=\"Sonus SBC\"")
    return b


def L_bye(t, callid, sbc):
    b = B("kamailio-syslog")
    b.t(f"{f_syslog(t)} sbc-edge01 kamailio[2314]: INFO: <script>: BYE cid={callid} from {sbc}:5060 reason=\"Q.850;cause=16\" dur={R.randint(120, 4200)}s")
    return b


def L_rtp(t, callid, sbc):
    b = B("rtpengine-syslog")
    b.t(f"{f_syslog(t)} media01 rtpengine[1123]: INFO: [{callid}]: Final packet stats: SSRC 0x{hexs(8)} "
        f"packets {R.randint(8000, 190000)}, bytes {R.randint(1400000, 33000000)}, lost {R.randint(0, 80)}, "
        f"jitter {R.randint(0, 14)}ms, remote {sbc}:{R.randrange(16384, 32767, 2)}")
    return b


def L_acd(t, P, acdid, queue, event, agent=None, extra=None):
    b = B("acd-csv")
    b.t(f"{t:%Y-%m-%d %H:%M:%S},{acdid},{queue},{event},{agent or ''},")
    if event == "ENTERQUEUE":
        if P.blocked:
            b.t("Restricted")
        else:
            b.p(fmt_phone(P.phone, R.choice(["e164", "raw", "one"])), "phone")
        b.t(f",988,0,{R.choice(['IVR_PRESS0', 'IVR_NOKEY', 'IVR_PRESS2', 'GEOROUTE_OH'])}")
    else:
        b.t(f",988,{extra or 0},")
    return b


def L_qlog(t, uid, queue, ext, event, data):
    b = B("asterisk-queuelog")
    b.t(f"{epoch(t)}|{uid}|{queue}|PJSIP/{ext}|{event}|{data}")
    return b


def L_vbio(t, P, callid):
    b = B("vbio-json")
    b.t('{"ts":"').t(f_iso_utc(t)).t('","svc":"voice-bio","op":"verify","callId":"').t(callid)
    b.t('","ani":"').p(f"+1{P.phone}", "phone").t('","program":"frequent-caller-care","score":')
    b.t(f'{R.uniform(0.71, 0.98):.3f},"threshold":0.700,"model":"vb-4.2.1","template":"')
    b.p(make_b64(R.randint(150, 220)), "biometric").t('"}')
    return b


def L_casenote(t, P, counselor, channel, risk):
    b = B("casenotes-txt")
    b.t(f"[{t:%Y-%m-%d %H:%M:%S} EDT] NOTE_SAVED case=").p(P.case_no, "other_id")
    b.t(f" note_id={R.randint(800000, 899999)} author={counselor[1]} channel={channel} risk={risk} | ")
    if R.random() < 0.3:
        b.t("Date of contact: ").p(f"{t:%m/%d/%Y}", "date").t(". ")
    b.segs(note_text(P))
    return b


def L_note_noPHI(t):
    b = B("casenotes-txt")
    c = R.choice(COUNSELORS)
    k = R.randint(0, 4)
    if k == 0:
        msg = f"SYNC casenotes->ehr-bridge batch={R.randint(4000, 4999)} notes={R.randint(10, 60)} ok={R.randint(10, 60)} failed=0 took={R.randint(300, 4000)}ms"
    elif k == 1:
        msg = f"TEMPLATE_UPDATED template=CSSRS-screen-v3 by={R.choice(SUPERVISORS)[0]} fields=14"
    elif k == 2:
        msg = f"LOGIN user={c[1]} ws=ws-{R.randint(10, 40)}.neo988.local ip=10.40.{R.randint(5, 9)}.{R.randint(10, 200)} mfa=push"
    elif k == 3:
        msg = f"AUTOSAVE note_id={R.randint(800000, 899999)} author={c[1]} len={R.randint(200, 2400)} draft=true"
    else:
        msg = f"EXPORT report=shift_summary shift=NIGHT-B contacts={R.randint(40, 90)} imminent={R.randint(0, 5)} by={R.choice(SUPERVISORS)[0]}"
    b.t(f"[{t:%Y-%m-%d %H:%M:%S} EDT] {msg}")
    return b


def L_geo_req(t, P, req, sup):
    b = B("geoloc-app")
    b.t(f"{f_java(t)}  INFO 2211 --- [geo-worker-{R.randint(1, 4)}] o.n.crisis.geo.ElrClient : ELR request submitted req={req} carrier={R.choice(CARRIERS)} msisdn=")
    b.p(f"+1{P.phone}", "phone").t(f" reason=IMMINENT_RISK approvedBy={sup[0]} case=").p(P.case_no, "other_id")
    return b


def L_geo_resp(t, P, req):
    b = B("geoloc-pidf-xml")
    b.t('<?xml version="1.0" encoding="UTF-8"?><presence xmlns="urn:ietf:params:xml:ns:pidf" '
        'xmlns:gp="urn:ietf:params:xml:ns:pidf:geopriv10" xmlns:gml="http://www.opengis.net/gml" '
        'xmlns:ca="urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr" entity="tel:')
    b.p(f"+1{P.phone}", "phone").t(f'"><tuple id="{req}"><status><gp:geopriv><gp:location-info>')
    b.t('<gml:Point srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>').p(f"{P.lat:.5f} {P.lon:.5f}", "address")
    b.t(f'</gml:pos></gml:Point>')
    if R.random() < 0.7:
        b.t("<ca:civicAddress><ca:country>US</ca:country><ca:A1>OH</ca:A1><ca:A2>").p(P.county, "address")
        b.t("</ca:A2><ca:A3>").p(P.city, "address").t("</ca:A3><ca:RD>").p(P.street, "address")
        b.t("</ca:RD><ca:HNO>").p(P.house, "address").t("</ca:HNO><ca:PC>").p(P.zip, "zip").t("</ca:PC></ca:civicAddress>")
    b.t(f'</gp:location-info><gp:usage-rules/><gp:method>{R.choice(["Handset-AGPS", "Hybrid", "Cell"])}</gp:method></gp:geopriv></status>')
    b.t("<deviceID>imei:").p(P.imei, "device").t(f"</deviceID><timestamp>{t:%Y-%m-%dT%H:%M:%S}{TZ}</timestamp></tuple></presence>")
    return b


def L_geo_noPHI(t, req=None):
    b = B("geoloc-app")
    lvl, msg = R.choice([
        ("INFO", f"ELR request status req={req or 'GLR-' + hexs(6)} state=PENDING attempt={R.randint(1, 3)} elapsed={R.randint(4, 90)}s"),
        ("WARN", f"ELR carrier timeout req={req or 'GLR-' + hexs(6)} carrier={R.choice(CARRIERS)} retry_in=30s"),
        ("INFO", f"carrier endpoint healthy carrier={R.choice(CARRIERS)} p95={R.randint(300, 2200)}ms tls=1.3"),
        ("WARN", f"client certificate for carrier={R.choice(CARRIERS)} expires 2024-09-30 (200 days)"),
        ("INFO", f"uncertainty filter applied req={req or 'GLR-' + hexs(6)} radius_m={R.randint(8, 900)} confidence=90"),
    ])
    b.t(f"{f_java(t)} {lvl:>5} 2211 --- [geo-worker-{R.randint(1, 4)}] o.n.crisis.geo.ElrClient : {msg}")
    return b


def cad_prefix(t):
    return f"{f_syslog(t)} cad-app02 mct-dispatch[{R.choice([8812, 8813])}]: "


def L_cad_dispatch(t, P, evt, unit, disp):
    b = B("cad-syslog")
    b.t(cad_prefix(t)).t(f"evt={evt} unit={unit} status=DISPATCHED pri={R.randint(1, 3)} loc=\"")
    b.p(f"{P.house} {P.street}{P.unit}", "address").t(", ").p(P.city, "address").t(" OH ").p(P.zip, "zip")
    b.t("\" xst=\"").p(P.cross, "address").t("\" cb=").p(fmt_phone(P.phone, "raw"), "phone")
    b.t(f" dispatcher={disp[0]} note=\"")
    if P.age >= 90:
        b.p(str(P.age), "age").t(f"yo {'M' if P.sex == 'M' else 'F'}")
    else:
        b.t(f"{P.age}yo {'M' if P.sex == 'M' else 'F'}")
    b.t(R.choice([", SI w/ plan", ", ingested meds", ", psychosis, no weapons", ", barricaded in bathroom"]))
    if R.random() < 0.5:
        b.t(f", {P.rel} ").p(P.rel_first, "name").t(" on scene")
    b.t('"')
    return b


def L_cad_status(t, evt, unit, status):
    b = B("cad-syslog")
    extra = {"ENROUTE": f"eta_min={R.randint(6, 28)} odo={R.randint(40000, 90000)}",
             "ONSCENE": f"arrived_after={R.randint(7, 35)}m crew=\"{UNITS[unit]}\"",
             "LE_REQUEST": f"agency=CPD-{R.randint(1, 5)}D reason={R.choice(['weapon_in_home', 'scene_safety', 'transport'])}",
             "TRANSPORT": f"dest=\"{R.choice(['MetroHealth Main ED', 'St. Vincent Psych ED', 'Crisis Stabilization Unit'])}\" mode=voluntary"}[status]
    b.t(cad_prefix(t)).t(f"evt={evt} unit={unit} status={status} {extra}")
    return b


def L_cad_clear(t, P, evt, unit, phi):
    b = B("cad-syslog")
    b.t(cad_prefix(t)).t(f"evt={evt} unit={unit} status=CLEARED dispo={R.choice(['STABILIZED_IN_PLACE', 'TRANSPORTED_VOL', 'REFERRED_OP', 'GOA'])} ")
    b.t(f"on_scene={R.randint(0, 2):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}")
    if phi:
        k = R.choice([0, 0, 1, 2])
        if k == 0:
            b.t(" note=\"client vehicle OH ").p(P.plate, "vehicle").t(' left at scene, keys w/ family"')
        elif k == 1:
            b.t(" id_verified=\"OH DL ").p(P.dl, "license").t('"')
        else:
            b.t(" note=\"CPD ran VIN ").p(P.vin, "vehicle").t(' on car in driveway, registered to client"')
    else:
        b.t(f" referral={R.choice('YN')} followup_24h=Y")
    return b


def L_cad_noPHI(t):
    b = B("cad-syslog")
    unit = R.choice(list(UNITS))
    k = R.randint(0, 3)
    if k == 0:
        msg = f"unit={unit} status=AVAILABLE crew=\"{UNITS[unit]}\" base=\"1744 Payne Ave\""
    elif k == 1:
        msg = f"avl unit={unit} lat={41.49 + R.uniform(-0.05, 0.05):.5f} lon={-81.69 + R.uniform(-0.08, 0.08):.5f} spd={R.randint(0, 45)} hdg={R.randint(0, 359)}"
    elif k == 2:
        msg = f"unit={unit} status=OUT_OF_SERVICE reason={R.choice(['fuel', 'meal', 'restock', 'shift_change'])} odo={R.randint(40000, 90000)}"
    else:
        msg = f"board summary available={R.randint(0, 4)} committed={R.randint(0, 3)} pending_calls={R.randint(0, 3)} longest_pending={R.randint(0, 40)}m"
    b.t(cad_prefix(t)).t(msg)
    return b


def L_followup(t, P, counselor):
    b = B("followup-csv")
    fu = t + timedelta(days=R.randint(0, 2))
    b.t(f"{t:%Y-%m-%d %H:%M:%S},FU-{R.randint(55000, 56999)},").p(P.case_no, "other_id").t(",")
    b.p(P.nick or P.first, "name").t(",").p(fmt_phone(P.phone, R.choice(["dash", "e164", "raw"])), "phone").t(",")
    b.t("").p(f"{fu:%Y-%m-%d}", "date").t(f",{R.randint(1, 3)},{R.choice(['NO_ANSWER', 'CONNECTED', 'VM_LEFT', 'CONNECTED', 'DECLINED'])},{counselor[1]},")
    b.t(f"{R.choice(['LVM=N', 'LVM=Y', 'LVM=N'])},last_contact=").p(f"{t - timedelta(days=1):%Y-%m-%d}", "date")
    return b


def L_followup_noPHI(t):
    b = B("followup-csv")
    c = R.choice(COUNSELORS)
    b.t(f"{t:%Y-%m-%d %H:%M:%S},FU-{R.randint(55000, 56999)},,,,,{R.randint(1, 3)},QUEUE_REBALANCED,{c[1]},assigned_by=scheduler")
    return b


def L_referral(t, P, counselor):
    clinic = R.choice(CLINICS)
    b = B("referral-json")
    appt = t + timedelta(days=R.randint(1, 6))
    b.t('{"referralId":"REF-2024-').t(f'{R.randint(8000, 9999):05d}').t('","created":"').t(f_iso_utc(t)).t('","source":"988-NEO","caseNo":"')
    b.p(P.case_no, "other_id").t('","patient":{"given":"').jp(P.first, "name").t('","family":"')
    if P.known_full or R.random() < 0.5:
        b.jp(P.last, "name")
    else:
        b.t("UNKNOWN")
    b.t('","dob":"').p(f"{P.dob:%Y-%m-%d}", "date").t(f'","sex":"{P.sex}","phone":"').p(fmt_phone(P.phone, "e164"), "phone")
    b.t('","addr":{"line":"').p(f"{P.house} {P.street}{P.unit}", "address").t('","city":"').p(P.city, "address")
    b.t('","state":"OH","zip":"').p(P.zip, "zip").t('"}')
    if R.random() < 0.4:
        b.t(',"email":"').p(P.email, "email").t('"')
    if R.random() < 0.2:
        b.t(',"stateId":{"type":"DL","state":"OH","number":"').p(P.dl, "license").t('"}')
    if R.random() < 0.3:
        b.t(',"ssn":"').p(P.ssn, "ssn").t('"')
    b.t('},"coverage":')
    if P.age >= 65:
        b.t('{"payer":"Medicare","mbi":"').p(P.mbi, "health_plan").t('"}')
    elif R.random() < 0.7:
        b.t('{"payer":"Ohio Medicaid","memberId":"').p(P.medicaid, "health_plan").t(f'","mcoGroup":"OHMCD-{R.randint(100, 999)}"}}')
    else:
        b.t('null')
    if P.elderly and R.random() < 0.7:
        b.t(',"poa":{"name":"').jp(P.rel_first, "name").t(" ").jp(P.rel_last, "name").t(f'","rel":"{P.rel}","phone":"')
        b.p(fmt_phone(P.rel_phone, "dash"), "phone").t('","fax":"').p(fmt_phone(new_phone(), "dash"), "fax").t('"}')
    b.t(f',"receiving":{{"org":"{clinic[0]}","npi":"{clinic[4]}","addr":"{clinic[1]}","phone":"{clinic[2]}","fax":"{clinic[3]}"}}')
    b.t(',"appt":{"date":"').p(f"{appt:%Y-%m-%d}", "date").t(f'","time":"{R.choice(["09:00", "10:30", "13:15", "14:30", "16:00"])}"}}')
    b.t(f',"priority":"{R.choice(["urgent", "routine", "urgent"])}","referredBy":"{counselor[2]}","consent":true}}')
    return b


def L_referral_ack(t, P):
    b = B("referral-json")
    b.t('{"ts":"').t(f_iso_utc(t)).t('","event":"referral.ack","referralId":"REF-2024-').t(f'{R.randint(8000, 9999):05d}')
    b.t(f'","status":"ACCEPTED","receivingOrg":"{R.choice(CLINICS)[0]}","mrn":"').p(P.mrn, "mrn").t('"')
    if R.random() < 0.4:
        b.t(',"guarantorAcct":"').p(P.acct, "account").t('"')
    if R.random() < 0.4:
        b.t(',"intakeDate":"').p(f"{t + timedelta(days=R.randint(1, 5)):%m/%d/%Y}", "date").t('"')
    b.t(f',"traceId":"{hexs(32)}"}}')
    return b


def L_referral_noPHI(t):
    b = B("referral-json")
    clinic = R.choice(CLINICS)
    if R.random() < 0.5:
        b.t('{"ts":"').t(f_iso_utc(t)).t(f'","event":"slots.sync","org":"{clinic[0]}","openSlots":{R.randint(0, 9)},"nextAvailable":"2024-03-{R.randint(18, 29)}","fax":"{clinic[3]}","took_ms":{R.randint(90, 2100)}}}')
    else:
        b.t('{"ts":"').t(f_iso_utc(t)).t(f'","event":"hie.batch","batchId":"{uuid4()}","sent":{R.randint(3, 30)},"rejected":0,"endpoint":"https://hie-gw.example-ohio.org/direct/v1","from":"noreply@neo988.org"}}')
    return b


def L_qa_xml(t, P, callid, counselor, phi):
    rv = R.choice(REVIEWERS)
    b = B("qa-review-xml")
    b.t(f'<CallReview id="QR-2024-{R.randint(400, 999):04d}" callId="{callid}" counselor="{counselor[2]}" counselorId="{counselor[0]}" '
        f'reviewer="{rv[1]}" reviewDate="{t:%Y-%m-%d}" form="LL-QA-2023.2">')
    for item in ["Rapport", "RiskAssessment", "SafetyPlanning", "ImminentRiskPolicy"]:
        b.t(f'<Score item="{item}">{R.randint(2, 5)}</Score>')
    b.t("<Comment>")
    if phi:
        k = R.randint(0, 2)
        if k == 0:
            b.t("Counselor used caller&apos;s name (").p(P.nick or P.first, "name").t(") consistently; good warmth.")
        elif k == 1:
            b.t("Caller disclosed " + ("school" if P.school else "neighborhood") + " (").p(P.school or P.nbhd, "address").t(") - counselor appropriately explored bullying.")
        else:
            b.t("Follow-up number ").p(fmt_phone(P.phone, "paren"), "phone").t(" confirmed twice; C-SSRS complete.")
    else:
        b.t(R.choice(["Missed explicit ask about access to firearms.", "Strong collaborative safety plan.",
                      "Long hold (00:02:41) before warm transfer; coach on policy 4.3.",
                      "Excellent de-escalation; documentation within 15 min."]))
    b.t(f"</Comment><Recording href=\"https://rec.neo988.local/r/{callid}.opus\" duration=\"{R.randint(300, 3600)}\"/></CallReview>")
    return b


def L_qa_csv(t):
    b = B("qa-csv")
    c = R.choice(COUNSELORS)
    rv = R.choice(REVIEWERS)
    b.t(f"QR-2024-{R.randint(400, 999):04d},ACD-{R.randint(7700000, 7799999)},{c[0]},{c[2]},{rv[0]},{t:%Y-%m-%d},"
        f"{R.randint(62, 100)},{R.choice(['PASS', 'PASS', 'COACH', 'PASS'])},{R.randint(120, 3900)},LL-QA-2023.2")
    return b


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 13; moto g play - 2023) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36"]


def L_nginx(t, P, path, method="GET", status=200):
    b = B("nginx-access")
    b.p(P.ip, "ip").t(f' - - [{f_nginx(t)}] "{method} {path} HTTP/2.0" {status} {R.randint(200, 60000)} "https://988lifeline.org/chat/" "{P.ua}" rt={R.uniform(0.001, 0.4):.3f}')
    return b


def L_nginx_noPHI(t):
    b = B("nginx-access")
    if R.random() < 0.6:
        b.t(f'10.40.3.{R.randint(2, 30)} - - [{f_nginx(t)}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001')
    else:
        b.t(f'172.20.{R.randint(0, 3)}.{R.randint(2, 250)} - - [{f_nginx(t)}] "GET /api/v2/queue/stats?queue=chat-ohio-ne HTTP/1.1" 200 {R.randint(300, 900)} "-" "neo988-wallboard/2.4.0" rt={R.uniform(0.002, 0.05):.3f}')
    return b


def chat_head(b, t, event, level="info"):
    b.t('{"ts":"').t(f_iso_utc(t)).t(f'","level":"{level}","svc":"chat-gateway","event":"{event}"')


def L_chat_start(t, P, sid):
    b = B("chatgw-json")
    chat_head(b, t, "session.start")
    b.t(f',"sessionId":"{sid}","visitor":{{"ip":"').p(P.ip, "ip").t('","handle":"').p(P.handle, "other_id")
    b.t(f'","ua":"{jesc(P.ua)}"}},"entry":"988lifeline.org/chat","queue":"chat-ohio-ne","geoRoute":"OH-NEO-01"}}')
    return b


def L_chat_prechat(t, P, sid):
    b = B("chatgw-json")
    chat_head(b, t, "prechat.submitted")
    ar = "14-17" if P.age < 18 else ("18-24" if P.age < 25 else ("25-64" if P.age < 65 else "65+"))
    b.t(f',"sessionId":"{sid}","answers":{{"ageRange":"{ar}","zip":"').p(P.zip, "zip")
    b.t(f'","q_suicidal_thoughts":"{R.choice(["yes", "yes", "unsure", "no"])}","q_safe_now":"{R.choice(["yes", "no", "unsure"])}"}}}}')
    return b


def L_chat_msg(t, P, sid, seq, direction, phi, counselor=None):
    b = B("chatgw-json")
    chat_head(b, t, "message.in" if direction == "in" else "message.out", "debug")
    b.t(f',"sessionId":"{sid}","seq":{seq},')
    if direction == "in":
        b.t('"from":"visitor",')
        segs = R.choice(CHAT_IN_PHI)(P) if phi else [(R.choice(CHAT_IN_NONE), None)]
    else:
        b.t(f'"from":"counselor","agentId":"{counselor[0]}",')
        if phi:
            segs = [(R.choice(["Thank you for reaching out, ", "I'm still here, ", "That took courage, "]), None),
                    (P.nick or P.first, "name"), (". ", None), (R.choice(CHAT_OUT_NONE), None)]
        else:
            segs = [(R.choice(CHAT_OUT_NONE), None)]
    ln = sum(len(s) for s, _ in segs)
    b.t(f'"len":{ln},"excerpt":"').segs(segs, json_mode=True).t('"}')
    return b


def L_chat_attach(t, P, sid, seq):
    b = B("chatgw-json")
    chat_head(b, t, "attachment.in", "warn")
    data = make_b64(R.randint(380, 520), jpeg=True)
    b.t(f',"sessionId":"{sid}","seq":{seq},"mime":"image/jpeg","bytes":{R.randint(80000, 400000)},"scan":"clean","policy":"hold_for_review","preview":"')
    b.p("data:image/jpeg;base64," + data, "photo").t('"}')
    return b


def L_chat_end(t, sid, counselor):
    b = B("chatgw-json")
    chat_head(b, t, "session.end")
    b.t(f',"sessionId":"{sid}","agentId":"{counselor[0]}","duration_s":{R.randint(300, 5400)},"messages":{R.randint(12, 140)},"endedBy":"{R.choice(["visitor", "counselor", "timeout"])}","survey":{R.choice(["null", "4", "5"])}}}')
    return b


def L_chat_noPHI(t):
    b = B("chatgw-json")
    k = R.randint(0, 3)
    if k == 0:
        chat_head(b, t, "presence.update")
        c = R.choice(COUNSELORS)
        b.t(f',"agentId":"{c[0]}","user":"{c[1]}","state":"{R.choice(["available", "wrap_up", "break", "available"])}","concurrent":{R.randint(0, 2)}}}')
    elif k == 1:
        chat_head(b, t, "queue.metrics")
        b.t(f',"queue":"chat-ohio-ne","waiting":{R.randint(0, 9)},"oldestWait_s":{R.randint(0, 600)},"agentsAvailable":{R.randint(0, 6)},"rolloverToNational":{R.randint(0, 3)}}}')
    elif k == 2:
        chat_head(b, t, "message.out", "debug")
        b.t(f',"sessionId":"cs_{hexs(12)}","seq":{R.randint(2, 40)},"from":"counselor","agentId":"{R.choice(COUNSELORS)[0]}","len":0,"excerpt":"{jesc(R.choice(CHAT_OUT_NONE))}"}}')
    else:
        chat_head(b, t, "ws.reconnect", "warn")
        b.t(f',"node":"chatgw-{R.randint(1, 3)}.neo988.local","peer":"10.40.4.{R.randint(2, 60)}","code":1006,"backoff_ms":{R.choice([500, 1000, 2000])}}}')
    return b


def sms_prefix(t, lvl="INFO"):
    return f"{f_py(t)} {lvl:<5} [sms-gw] "


def L_sms_in(t, P, sid, phi_body):
    b = B("sms-gw")
    b.t(sms_prefix(t)).t(f"inbound sid=SM{sid} from=").p(f"+1{P.phone}", "phone").t(f" to={CENTER_SMS} segs={R.randint(1, 3)} body=\"")
    if phi_body:
        segs = R.choice(CHAT_IN_PHI)(P)
    else:
        segs = [(R.choice(["988", "help", "HELP"] + CHAT_IN_NONE), None)]
    for s, c in segs:
        s = s.replace('"', "'")
        b.p(s, c) if c else b.t(s)
    b.t('"')
    return b


def L_sms_out(t, P, sid):
    b = B("sms-gw")
    b.t(sms_prefix(t)).t(f"outbound sid=SM{sid} to=").p(f"+1{P.phone}", "phone")
    b.t(f" from={CENTER_SMS} tmpl={R.choice(['auto_welcome_v4', 'queue_wait_v2', 'counselor_joined'])} status=queued")
    return b


def L_sms_noPHI(t):
    b = B("sms-gw")
    k = R.randint(0, 2)
    if k == 0:
        b.t(sms_prefix(t)).t(f"status_cb sid=SM{hexs(32)} status={R.choice(['sent', 'delivered', 'delivered', 'undelivered'])} err={R.choice([0, 0, 0, 30003, 30005])} acct=AC{hexs(32)}")
    elif k == 1:
        b.t(sms_prefix(t, "WARN")).t(f"webhook retry url=https://sms-gw.neo988.org/hooks/status attempt={R.randint(2, 4)} upstream_ms={R.randint(2000, 9000)}")
    else:
        b.t(sms_prefix(t)).t(f"throughput window=60s in={R.randint(0, 40)} out={R.randint(0, 60)} 10dlc_campaign=C{hexs(6).upper()} mps_limit=15")
    return b


def L_app_noPHI(t):
    b = B("app-java")
    lvl, lg, msg = R.choice([
        ("INFO", "o.n.crisis.jobs.QueueStatsJob", f"queue={R.choice(QUEUES)} waiting={R.randint(0, 6)} longest=00:0{R.randint(0, 5)}:{R.randint(10, 59)} agents_ready={R.randint(1, 9)} abandoned_1h={R.randint(0, 4)}"),
        ("INFO", "o.n.crisis.routing.GeoRouter", f"georoute decision carrier={R.choice(CARRIERS)} center=OH-NEO-01 fallback=national_backup latency={R.randint(20, 200)}ms"),
        ("WARN", "com.zaxxer.hikari.pool.HikariPool", f"casedb-pool - Connection is not available, request timed out after {R.randint(30000, 31000)}ms."),
        ("INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port(s): 8443 (https) with context path ''"),
        ("DEBUG", "o.n.crisis.audit.AuditWriter", f"audit flush entries={R.randint(10, 400)} segment=audit-{t:%Y%m%d}-{R.randint(1, 9):02d}.log"),
        ("INFO", "o.n.crisis.notify.Mailer", f"sent shift digest to oncall-supervisors@neo988.org from noreply@neo988.org msgId=<{hexs(16)}@mail.neo988.org>"),
        ("ERROR", "o.n.crisis.ehr.BridgeClient", f"POST https://ehr-bridge.neo988.local:9443/v1/notes failed status=503 requestId={uuid4()} retry=1"),
    ])
    b.t(f"{f_java(t)} {lvl:>5} 2211 --- [{R.choice(['scheduler-1', 'http-nio-8443-exec-' + str(R.randint(1, 12)), 'main'])}] {lg} : {msg}")
    return b


def L_kam_noPHI(t):
    b = B("kamailio-syslog")
    k = R.randint(0, 3)
    if k == 0:
        b.t(f"{f_syslog(t)} sbc-edge01 kamailio[2314]: INFO: <script>: OPTIONS keepalive from {R.choice(SBC_PUBLIC)}:5060 -> 200 OK")
    elif k == 1:
        b.t(f"{f_syslog(t)} sbc-edge02 kamailio[2318]: WARNING: dispatcher [dispatch.c:2789]: ds_ping_reply(): probing failed to sip:10.40.2.{R.randint(11, 14)}:5060 (408 Request Timeout)")
    elif k == 2:
        ext = R.choice(COUNSELORS)[0][2:]
        b.t(f"{f_syslog(t)} sbc-edge01 kamailio[2315]: INFO: <script>: REGISTER sip:{ext}@pbx.neo988.local from 10.40.6.{R.randint(20, 120)} expires=3600 ua=\"Yealink SIP-T54W 96.86.0.75\"")
    else:
        b.t(f"{f_syslog(t)} sbc-edge02 kamailio[2318]: NOTICE: <script>: pike blocked {R.choice(['45.134.26.', '185.220.101.', '193.32.162.'])}{R.randint(2, 250)} (scanner, {R.randint(40, 900)} req/2s)")
    return b


def L_acd_noPHI(t):
    b = B("acd-csv")
    c = R.choice(COUNSELORS)
    ev = R.choice(["AGENT_LOGIN", "AGENT_READY", "AGENT_NOTREADY", "AGENT_WRAPUP", "AGENT_LOGOUT"])
    b.t(f"{t:%Y-%m-%d %H:%M:%S},,{R.choice(QUEUES[:3])},{ev},{c[0]},,,{R.randint(0, 900)},{R.choice(['', 'BREAK', 'TRAINING', 'DEBRIEF'])}")
    return b


def L_qlog_noPHI(t):
    ext = R.choice(COUNSELORS)[0][2:]
    ev = R.choice(["ADDMEMBER", "PAUSE", "UNPAUSE", "REMOVEMEMBER"])
    return L_qlog(t, "NONE", R.choice(QUEUES[:3]), ext, ev, R.choice(["", "Break", "Debrief", "Supervisor"]) if ev == "PAUSE" else "")


NOISE = [(L_kam_noPHI, 7), (L_acd_noPHI, 5), (L_qlog_noPHI, 4), (L_app_noPHI, 8), (L_nginx_noPHI, 5),
         (L_chat_noPHI, 6), (L_sms_noPHI, 5), (L_cad_noPHI, 5), (L_geo_noPHI, 3), (L_note_noPHI, 4),
         (L_referral_noPHI, 3), (L_qa_csv, 4), (L_followup_noPHI, 2)]


# ---------------------------------------------------------------- scenarios
START = datetime(2024, 3, 14, 18, 0, 0)
SPAN_S = 36 * 3600


def sc_voice(P, t0):
    counselor = R.choice(COUNSELORS)
    sbc = R.choice(SBC_PUBLIC)
    callid = f"{hexs(16)}@{sbc}"
    acdid = f"ACD-{R.randint(7700000, 7799999)}"
    uid = f"{epoch(t0)}.{R.randint(1000, 9999)}"
    q = R.choice(QUEUES[:3])
    ext = counselor[0][2:]
    emit(t0, L_invite(t0, P, callid, sbc))
    t = t0 + timedelta(seconds=R.randint(1, 3))
    emit(t, L_acd(t, P, acdid, q, "ENTERQUEUE"))
    if P.frequent and not P.blocked and R.random() < 0.85:
        emit(t + timedelta(seconds=2), L_vbio(t + timedelta(seconds=2), P, acdid))
    wait = R.randint(8, 140)
    t = t + timedelta(seconds=wait)
    emit(t, L_qlog(t, uid, q, ext, "CONNECT", f"{wait}|{uid}|{R.randint(2, 9)}"))
    emit(t, L_acd(t, P, acdid, q, "CONNECT", counselor[0], wait))
    dur = R.randint(400, 3800)
    risk = R.choice(["LOW", "MODERATE", "HIGH", "IMMINENT"]) if not P.elderly else R.choice(["MODERATE", "HIGH", "IMMINENT"])
    tn = t + timedelta(seconds=R.randint(200, dur))
    emit(tn, L_casenote(tn, P, counselor, "VOICE", risk))
    if risk == "IMMINENT" and not P.blocked:
        dispatch(P, tn)
    te = t + timedelta(seconds=dur)
    emit(te, L_bye(te, callid, sbc))
    emit(te + timedelta(seconds=1), L_rtp(te + timedelta(seconds=1), callid, sbc))
    emit(te + timedelta(seconds=1), L_acd(te + timedelta(seconds=1), P, acdid, q, "COMPLETECALLER", counselor[0], dur))
    emit(te + timedelta(seconds=1), L_qlog(te + timedelta(seconds=1), uid, q, ext, "COMPLETECALLER", f"{wait}|{dur}|1"))
    after(P, te, counselor, acdid)


def dispatch(P, tn):
    sup = R.choice(SUPERVISORS)
    req = f"GLR-{hexs(6)}"
    tg = tn + timedelta(seconds=R.randint(20, 120))
    if R.random() < 0.8:
        emit(tg, L_geo_req(tg, P, req, sup))
        t2 = tg + timedelta(seconds=R.randint(5, 40))
        if R.random() < 0.5:
            emit(t2, L_geo_noPHI(t2, req))
        t3 = t2 + timedelta(seconds=R.randint(10, 90))
        emit(t3, L_geo_resp(t3, P, req))
        tg = t3
    evt = f"E24{R.randint(74, 75):03d}-{R.randint(100, 999):05d}"
    unit = R.choice(list(UNITS))
    td = tg + timedelta(seconds=R.randint(30, 200))
    emit(td, L_cad_dispatch(td, P, evt, unit, R.choice(DISPATCHERS)))
    t = td + timedelta(seconds=R.randint(30, 120))
    emit(t, L_cad_status(t, evt, unit, "ENROUTE"))
    if R.random() < 0.3:
        emit(t + timedelta(seconds=40), L_cad_status(t + timedelta(seconds=40), evt, unit, "LE_REQUEST"))
    t = t + timedelta(minutes=R.randint(7, 30))
    emit(t, L_cad_status(t, evt, unit, "ONSCENE"))
    if R.random() < 0.35:
        t = t + timedelta(minutes=R.randint(20, 60))
        emit(t, L_cad_status(t, evt, unit, "TRANSPORT"))
    t = t + timedelta(minutes=R.randint(20, 100))
    emit(t, L_cad_clear(t, P, evt, unit, R.random() < 0.65))


def after(P, te, counselor, callid):
    if R.random() < 0.55:
        tf = te + timedelta(hours=R.randint(10, 26), minutes=R.randint(0, 59))
        emit(tf, L_followup(tf, P, counselor))
    if R.random() < 0.35 or P.elderly:
        tr = te + timedelta(hours=R.randint(8, 20), minutes=R.randint(0, 59))
        emit(tr, L_referral(tr, P, counselor))
        if R.random() < 0.7:
            ta = tr + timedelta(minutes=R.randint(20, 300))
            emit(ta, L_referral_ack(ta, P))
    if R.random() < 0.3:
        tq = te + timedelta(hours=R.randint(12, 30))
        emit(tq, L_qa_xml(tq, P, callid, counselor, R.random() < 0.5))


def sc_chat(P, t0):
    counselor = R.choice(COUNSELORS)
    sid = f"cs_{hexs(12)}"
    emit(t0, L_nginx(t0, P, f"/chat/widget.js?v=3.14.{R.randint(0, 4)}"))
    t = t0 + timedelta(seconds=R.randint(5, 60))
    emit(t, L_nginx(t, P, "/api/v2/chat/session", "POST", 201))
    emit(t, L_chat_start(t, P, sid))
    if R.random() < 0.6:
        t += timedelta(seconds=R.randint(10, 60))
        emit(t, L_chat_prechat(t, P, sid))
    seq = 1
    for _ in range(R.randint(2, 5)):
        t += timedelta(seconds=R.randint(20, 240))
        emit(t, L_chat_msg(t, P, sid, seq, "in", R.random() < 0.55))
        seq += 1
        if R.random() < 0.6:
            t += timedelta(seconds=R.randint(10, 90))
            emit(t, L_chat_msg(t, P, sid, seq, "out", R.random() < 0.25, counselor))
            seq += 1
    if R.random() < 0.3:
        t += timedelta(seconds=R.randint(10, 60))
        emit(t, L_chat_attach(t, P, sid, seq))
    t += timedelta(seconds=R.randint(60, 600))
    emit(t, L_chat_end(t, sid, counselor))
    tn = t + timedelta(seconds=R.randint(60, 900))
    risk = R.choice(["LOW", "MODERATE", "HIGH", "IMMINENT"])
    emit(tn, L_casenote(tn, P, counselor, "CHAT", risk))
    if risk == "IMMINENT" and R.random() < 0.5:
        dispatch(P, tn)
    after(P, t, counselor, sid)


def sc_sms(P, t0):
    counselor = R.choice(COUNSELORS)
    emit(t0, L_sms_in(t0, P, hexs(32), False))
    t = t0 + timedelta(seconds=1)
    emit(t, L_sms_out(t, P, hexs(32)))
    for _ in range(R.randint(1, 4)):
        t += timedelta(seconds=R.randint(30, 400))
        emit(t, L_sms_in(t, P, hexs(32), R.random() < 0.5))
        if R.random() < 0.5:
            emit(t + timedelta(seconds=2), L_sms_noPHI(t + timedelta(seconds=2)))
    tn = t + timedelta(seconds=R.randint(120, 900))
    risk = R.choice(["LOW", "MODERATE", "HIGH", "IMMINENT"])
    emit(tn, L_casenote(tn, P, counselor, "TEXT", risk))
    if risk == "IMMINENT" and R.random() < 0.6:
        dispatch(P, tn)
    after(P, tn, counselor, f"SMS-{hexs(8)}")


def main():
    people = [make_person(i) for i in range(30)] + [make_person(100 + i, elderly=True) for i in range(6)]
    for P in people:
        P.frequent = R.random() < 0.25 or P.elderly
        P.ua = R.choice(UAS)
    guard = 0
    while phi_count() < TARGET_PHI:
        guard += 1
        assert guard < 500
        P = R.choice(people)
        t0 = START + timedelta(seconds=R.randint(0, SPAN_S))
        r = R.random()
        if r < 0.5:
            sc_voice(P, t0)
        elif r < 0.78:
            sc_chat(P, t0)
        else:
            sc_sms(P, t0)
    # trim to the PHI target by dropping trailing scenario overshoot is not done:
    # instead fill with noise lines to reach N_LINES.
    assert len(LINES) < N_LINES, len(LINES)
    fams, weights = zip(*NOISE)
    while len(LINES) < N_LINES:
        t = START + timedelta(seconds=R.randint(0, SPAN_S + 12 * 3600))
        f = R.choices(fams, weights)[0]
        b = f(t)
        line, spans = b.build()
        assert not spans
        emit(t, b)
    LINES.sort(key=lambda x: (x[0], x[1]))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as fl, \
            open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fj:
        for n, (_, _, line, spans, fam) in enumerate(LINES, 1):
            prev = 0
            for sp in spans:
                assert sp["cat"] in CATS
                assert sp["s"] >= prev and sp["e"] > sp["s"]
                prev = sp["e"]
            fl.write(line + "\n")
            fj.write(json.dumps({"line": n, "family": fam, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
