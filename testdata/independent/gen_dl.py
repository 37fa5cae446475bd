#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus (ID = dl).

Theme: hospital patient flow & logistics -- capacity command center (bed boards,
bed requests/assignments, ADT feeds via an interface engine), transport dispatch,
EVS room turnover, transfer center, discharge lounge & ride booking, dashboard
websocket frames, Java/Spring + Python + PowerShell automation.

Writes dl.log and dl.labels.jsonl next to this file. Standard library only.
"""
import base64
import datetime as dt
import json
import math
import os
import random
import re
import unicodedata
import uuid

random.seed(20250211)

ID = "dl"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_PHI = 0.45


# --------------------------------------------------------------------------
# line builder: concatenation with byte-offset bookkeeping
# --------------------------------------------------------------------------
class P:
    """A PHI value inside a structured payload (json / repr / hl7 field)."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class PS:
    """A string value made of several parts, some PHI: [(text, cat or None), ...]."""
    __slots__ = ("parts",)

    def __init__(self, *parts):
        self.parts = parts


class B:
    def __init__(self):
        self.segs = []

    def t(self, s):
        if s:
            self.segs.append((s, None))
        return self

    def p(self, s, cat):
        assert s, "empty PHI value"
        self.segs.append((s, cat))
        return self

    def x(self, v):
        if isinstance(v, P):
            return self.p(str(v.v), v.cat)
        return self.t(str(v))

    def sub(self, other, fn):
        """Append another builder's segments, each transformed by fn (escaping)."""
        for s, c in other.segs:
            s2 = fn(s)
            if c:
                self.p(s2, c)
            else:
                self.t(s2)
        return self

    def render(self):
        out = bytearray()
        spans = []
        for s, c in self.segs:
            bs = s.encode("utf-8")
            st = len(out)
            out += bs
            if c:
                spans.append((st, len(out), c, bs))
        res = []
        for st, en, c, bs in spans:
            assert bytes(out[st:en]) == bs
            res.append({"s": st, "e": en, "cat": c})
        return bytes(out), res


def esc_java(s):          # Jackson: raw UTF-8
    return json.dumps(s, ensure_ascii=False)[1:-1]


def esc_py(s):            # python json.dumps default
    return json.dumps(s)[1:-1]


def esc_net(s):           # System.Text.Json default encoder
    r = json.dumps(s)[1:-1]
    r = re.sub(r"\\u([0-9a-f]{4})", lambda m: "\\u" + m.group(1).upper(), r)
    for ch, rep in (("+", "\\u002B"), ("'", "\\u0027"), ("<", "\\u003C"),
                    (">", "\\u003E"), ("&", "\\u0026"), ("`", "\\u0060")):
        r = r.replace(ch, rep)
    return r


def emit_json(b, o, esc=esc_java, sep=",", kv=":"):
    if isinstance(o, PS):
        b.t('"')
        for txt, c in o.parts:
            if c:
                b.p(esc(txt), c)
            else:
                b.t(esc(txt))
        b.t('"')
    elif isinstance(o, P):
        if isinstance(o.v, str):
            b.t('"').p(esc(o.v), o.cat).t('"')
        else:
            b.p(json.dumps(o.v), o.cat)
    elif isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t(sep)
            b.t('"' + esc(k) + '"' + kv)
            emit_json(b, v, esc, sep, kv)
        b.t("}")
    elif isinstance(o, (list, tuple)):
        b.t("[")
        for i, v in enumerate(o):
            if i:
                b.t(sep)
            emit_json(b, v, esc, sep, kv)
        b.t("]")
    elif isinstance(o, str):
        b.t('"' + esc(o) + '"')
    else:
        b.t(json.dumps(o))
    return b


def emit_repr(b, o):
    if isinstance(o, PS):
        full = "".join(t for t, _ in o.parts)
        r = repr(full)
        pieces = [repr(t)[1:-1] for t, _ in o.parts]
        assert "".join(pieces) == r[1:-1]
        b.t(r[0])
        for piece, (_, c) in zip(pieces, o.parts):
            if c:
                b.p(piece, c)
            else:
                b.t(piece)
        b.t(r[-1])
    elif isinstance(o, P):
        if isinstance(o.v, str):
            r = repr(o.v)
            b.t(r[0]).p(r[1:-1], o.cat).t(r[-1])
        else:
            b.p(repr(o.v), o.cat)
    elif isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t(", ")
            b.t(repr(k) + ": ")
            emit_repr(b, v)
        b.t("}")
    elif isinstance(o, list):
        b.t("[")
        for i, v in enumerate(o):
            if i:
                b.t(", ")
            emit_repr(b, v)
        b.t("]")
    else:
        b.t(repr(o))
    return b


def js(o, esc=esc_java, sep=",", kv=":"):
    return emit_json(B(), o, esc, sep, kv)


# --------------------------------------------------------------------------
# clock & formats
# --------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.t = dt.datetime(2025, 2, 11, 5, 41, 3, 117000)
        self.ms = 0

    def tick(self):
        step = random.choice([0, 0, 0, 1, 1, 2, 3, 4, 5, 7, 9, 12, 16, 22, 31, 45, 62, 95]) * 1000
        self.t += dt.timedelta(milliseconds=step + random.randint(1, 999))
        self.ms = self.t.microsecond // 1000


CL = Clock()
UTC_OFF = dt.timedelta(hours=6)


def ts_spring():
    return CL.t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % CL.ms


def ts_py():
    return CL.t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % CL.ms


def ts_isooff():
    return CL.t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d-06:00" % CL.ms


def ts_z(ms=True):
    u = CL.t + UTC_OFF
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % CL.ms if ms else "Z")


def ts_logcat():
    return CL.t.strftime("%m-%d %H:%M:%S") + ".%03d" % CL.ms


def ts_win(t=None):
    t = t or CL.t
    h = t.hour % 12 or 12
    return "%d/%d/%d %d:%02d:%02d %s" % (t.month, t.day, t.year, h, t.minute, t.second,
                                         "AM" if t.hour < 12 else "PM")


def ts_nginx():
    return CL.t.strftime("%d/%b/%Y:%H:%M:%S -0600")


def ts_hl7(t=None):
    return (t or CL.t).strftime("%Y%m%d%H%M%S")


def ts_snare():
    return CL.t.strftime("%a %b %d %H:%M:%S %Y")


def later(minutes):
    return CL.t + dt.timedelta(minutes=minutes)


def hhmm(t):
    return t.strftime("%H:%M")


# --------------------------------------------------------------------------
# identifier helpers
# --------------------------------------------------------------------------
def luhn_digit(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mk_mbi():
    an = MBI_A + "0123456789"
    d = "0123456789"
    c = [random.choice("123456789"), random.choice(MBI_A), random.choice(an), random.choice(d),
         random.choice(MBI_A), random.choice(an), random.choice(d), random.choice(MBI_A),
         random.choice(MBI_A), random.choice(d), random.choice(d)]
    return "".join(c)


VIN_V = {str(i): i for i in range(10)}
VIN_V.update(dict(A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4, N=5, P=7, R=9,
                  S=2, T=3, U=4, V=5, W=6, X=7, Y=8, Z=9))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def mk_vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = (random.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KM8", "1G1", "4T1", "5NP"])
         + "".join(random.choice(chars) for _ in range(5)) + "0"
         + random.choice("FGHJKLMNP") + random.choice(chars) + digits(6))
    cd = sum(VIN_V[ch] * VIN_W[i] for i, ch in enumerate(v)) % 11
    v = v[:8] + ("X" if cd == 10 else str(cd)) + v[9:]
    assert sum(VIN_V[ch] * VIN_W[i] for i, ch in enumerate(v)) % 11 == (10 if v[8] == "X" else int(v[8]))
    return v


def mk_imei():
    body = random.choice(["35391110", "35826510", "35449209", "86769204", "35290611"]) + digits(6)
    return body + luhn_digit(body)


def mk_card():
    body = random.choice(["4", "4", "51", "53", "37"])
    ln = 15 if body == "37" else 16
    body += digits(ln - 1 - len(body))
    return body + luhn_digit(body)


def gs1_check(body):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - s % 10) % 10)


def mk_udi():
    body = "0" + random.choice(["0643169", "0884521", "0763000", "0817347"]) + digits(5)
    gtin = body + gs1_check(body)
    exp = "%02d%02d%02d" % (random.randint(26, 29), random.randint(1, 12), random.randint(1, 28))
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin, exp, random.choice("ABCDHKMX") + digits(5),
                                         digits(8))


def mk_ssn():
    while True:
        a = random.randint(1, 899)
        if a == 666:
            continue
        return "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


def b64_bytes(head, n):
    return base64.b64encode(head + bytes(random.getrandbits(8) for _ in range(n))).decode()


def fake_jpeg(n=None):
    n = n or random.randint(180, 420)
    raw = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
           + bytes(random.getrandbits(8) for _ in range(n)) + b"\xff\xd9")
    return base64.b64encode(raw).decode()


def fake_png(n=None):
    n = n or random.randint(150, 360)
    raw = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00`\x00\x00\x00`\x08\x02\x00\x00\x00"
           + bytes(random.getrandbits(8) for _ in range(n)))
    return base64.b64encode(raw).decode()


def fold(s):
    s = s.replace("Ł", "L").replace("ł", "l").replace("Ø", "O").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def up(s):
    return s.upper()


# --------------------------------------------------------------------------
# places, phones
# --------------------------------------------------------------------------
CITIES = [
    ("Chicago", "IL", ["60608", "60623", "60629", "60632", "60640", "60647", "60619", "60651", "60617"],
     ["312", "773", "872"]),
    ("Cicero", "IL", ["60804"], ["708"]), ("Berwyn", "IL", ["60402"], ["708"]),
    ("Evanston", "IL", ["60201", "60202"], ["847"]), ("Skokie", "IL", ["60076", "60077"], ["847"]),
    ("Oak Park", "IL", ["60302", "60304"], ["708"]), ("Joliet", "IL", ["60432", "60435"], ["815"]),
    ("Aurora", "IL", ["60505", "60506"], ["630"]), ("Naperville", "IL", ["60540", "60565"], ["630"]),
    ("Elgin", "IL", ["60120", "60123"], ["847"]), ("Waukegan", "IL", ["60085"], ["847", "224"]),
    ("Calumet City", "IL", ["60409"], ["708"]), ("Gary", "IN", ["46404", "46408"], ["219"]),
    ("Hammond", "IN", ["46320", "46324"], ["219"]), ("Kenosha", "WI", ["53140", "53144"], ["262"]),
    ("Bolingbrook", "IL", ["60440"], ["630"]), ("Des Plaines", "IL", ["60016", "60018"], ["847"]),
]
STREETS = ["W Cermak Rd", "N Kedzie Ave", "S Pulaski Rd", "W Belmont Ave", "N Milwaukee Ave",
           "S Halsted St", "W 26th St", "N Clark St", "E 79th St", "S Cicero Ave", "Ridge Ave",
           "Dempster St", "S Harlem Ave", "N Oak Park Ave", "Cass St", "N Broadway", "W Washington St",
           "Sheridan Rd", "Ogden Ave", "W Roosevelt Rd", "Lake St", "Grand Blvd", "Hohman Ave",
           "22nd Ave", "W Devon Ave", "W Lawrence Ave", "S Archer Ave", "Lincoln Hwy", "Maple Ln",
           "N Genesee St", "Calumet Ave", "Schiller St"]

USED_LINES = set()


def uphone(area):
    while True:
        ln = "01%02d" % random.randint(0, 99)
        if (area, ln) not in USED_LINES:
            USED_LINES.add((area, ln))
            return (area, "555", ln)


def fmt_ph(ph, style):
    a, x, l = ph
    return {"paren": "(%s) %s-%s" % (a, x, l), "dash": "%s-%s-%s" % (a, x, l),
            "e164": "+1%s%s%s" % (a, x, l), "dot": "%s.%s.%s" % (a, x, l),
            "hl7": "(%s)%s-%s" % (a, x, l), "raw": "%s%s%s" % (a, x, l),
            "intl": "+1 %s-%s-%s" % (a, x, l)}[style]


def rphstyle():
    return random.choice(["paren", "dash", "e164", "dot", "intl", "paren", "dash"])


def pub_ip():
    a = random.choice([73, 98, 24, 67, 107, 174, 71, 99, 76, 108, 162, 50, 68, 172])
    if a == 172:
        b2 = random.choice([56, 58, 91, 115, 222])
    else:
        b2 = random.randint(1, 254)
    return "%d.%d.%d.%d" % (a, b2, random.randint(0, 255), random.randint(1, 254))


def priv_ip():
    r = random.random()
    if r < 0.6:
        return "10.40.%d.%d" % (random.randint(1, 60), random.randint(2, 250))
    if r < 0.85:
        return "172.20.%d.%d" % (random.randint(0, 15), random.randint(2, 250))
    return "192.168.%d.%d" % (random.randint(0, 20), random.randint(2, 250))


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
class Person:
    pass


PT_SPEC = [
    ("Łukasz", "Kowalczyk", "M", "Marta", "Spouse", False),
    ("Adebayo", "Oyelaran", "M", "Folake", "Daughter", False),
    ("Marisol", "Quintero", "F", "Héctor", "Son", False),
    ("Hoa", "Nguyen", "F", "Minh", "Son", True),
    ("Fatima", "Al-Haddad", "F", "Yusuf", "Spouse", False),
    ("Kwame", "Mensah", "M", "Abena", "Sister", False),
    ("Ingrid", "Lindqvist", "F", "Sven", "Son", True),
    ("Dmitri", "Volkov", "M", "Irina", "Spouse", False),
    ("Siobhan", "O'Sullivan", "F", "Ciarán", "Brother", False),
    ("Mateo", "Ibáñez", "M", "Lucía", "Mother", False),
    ("Yuki", "Takahashi", "F", "Kenji", "Spouse", False),
    ("Oluwaseun", "Adeyemi", "M", "Bisi", "Spouse", False),
    ("Björn", "Johansson", "M", "Astrid", "Daughter", True),
    ("Aaliyah", "Washington", "F", "Denise", "Mother", False),
    ("Rahul", "Chatterjee", "M", "Ananya", "Spouse", False),
    ("Min-jun", "Park", "M", "Ji-woo", "Daughter", False),
    ("Guadalupe", "Villanueva", "F", "Rosario", "Daughter", True),
    ("Eleni", "Papadopoulos", "F", "Nikos", "Son", True),
    ("Tevita", "Fifita", "M", "Mele", "Spouse", False),
    ("Wanjiru", "Kamau", "F", "Njeri", "Sister", False),
    ("Jean-Baptiste", "Dubois", "M", "Nadège", "Spouse", False),
    ("Teodora", "Petrović", "F", "Milan", "Son", True),
    ("Chidi", "Eze", "M", "Ngozi", "Mother", False),
    ("Anneliese", "Schäfer", "F", "Klaus", "Son", True),
    ("Bao", "Tran", "M", "Linh", "Daughter", False),
    ("Refilwe", "Mokoena", "F", "Thabo", "Brother", False),
    ("Caoimhe", "Ní Bhriain", "F", "Órla", "Sister", False),
    ("Matías", "Castellanos", "M", "Paola", "Spouse", False),
    ("Dolores", "Abernathy", "F", "Wade", "Son", True),
    ("Hamza", "Qureshi", "M", "Sana", "Spouse", False),
    ("Zoë", "Delacroix", "F", "Marc", "Father", False),
    ("Kealoha", "Kahananui", "M", "Leilani", "Daughter", False),
]
REL_CODE = {"Spouse": "SPO", "Daughter": "DAU", "Son": "SON", "Sister": "SIS", "Brother": "BRO",
            "Mother": "MTH", "Father": "FTH"}
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net",
           "att.net", "hotmail.com"]
DEVICES = [
    lambda: ("LVAD HeartMate 3", "MLP" + digits(6)),
    lambda: ("insulin pump MiniMed 780G", "NG" + digits(7) + "H"),
    lambda: ("CPAP AirSense 11", "232" + digits(8)),
    lambda: ("ICD Medtronic Cobalt XT", "BWT" + digits(6) + "S"),
    lambda: ("Omnipod 5 PDM", "PDM" + digits(7)),
    lambda: ("Zio AT patch", "ZA" + digits(8)),
]


def mk_patient(spec):
    first, last, sex, rfirst, rel, old = spec
    p = Person()
    p.first, p.last, p.sex, p.rel = first, last, sex, rel
    p.mi = random.choice("ABCDEFGHJKLMNRST")
    y = random.randint(1929, 1934) if old else random.randint(1941, 2003)
    p.dob = dt.date(y, random.randint(1, 12), random.randint(1, 28))
    p.age = 2025 - y - (1 if (p.dob.month, p.dob.day) > (2, 11) else 0)
    p.mrn = "%08d" % random.randint(1000000, 4999999)
    p.epi = "E" + digits(7).lstrip("0").rjust(7, "4")
    p.har = str(random.randint(400000000, 489999999))
    p.visit = str(random.randint(5100000000, 5199999999))
    p.ssn = mk_ssn()
    city, state, zips, areas = random.choice(CITIES)
    p.street = "%d %s" % (random.randint(100, 9899), random.choice(STREETS))
    p.apt = random.choice([None, None, None, "Apt 3", "Unit 2B", "Apt 1R", "Apt 405", "#2F"])
    p.city, p.state, p.zip = city, state, random.choice(zips)
    p.home = uphone(random.choice(areas))
    p.cell = uphone(random.choice(areas))
    p.fax = uphone(random.choice(areas)) if random.random() < 0.4 else None
    fa, la = fold(first).lower().replace("-", ""), fold(last).lower().replace("'", "").replace(" ", "").replace("-", "")
    p.email = random.choice(["%s.%s%d" % (fa, la, random.randint(1, 99)), "%s%s" % (fa[0], la),
                             "%s_%s" % (la, fa), "%s%s%d" % (fa, la[:3], p.dob.year % 100)]) \
        + "@" + random.choice(MAILDOM)
    p.rel_first = rfirst
    p.rel_last = last if random.random() < 0.75 else random.choice(
        ["Morales", "Schmidt", "Okoro", "Lindgren", "Haddad", "Novak", "Reyes", "Byrne"])
    p.rel_phone = uphone(random.choice(areas))
    p.rel_email = "%s.%s@%s" % (fold(rfirst).lower(), fold(p.rel_last).lower().replace("'", "").replace(" ", ""),
                                random.choice(MAILDOM))
    if p.age >= 65:
        p.payer = ("MCR", "MEDICARE", mk_mbi(), None)
    else:
        p.payer = random.choice([
            ("BCBSIL", "BLUE CROSS BLUE SHIELD OF IL", "XOF" + digits(9), "B" + digits(5)),
            ("ILMCD", "ILLINOIS MEDICAID", digits(9), None),
            ("AETNA", "AETNA HMO", "W" + digits(9), digits(6) + "-010-00001"),
            ("UHC", "UNITEDHEALTHCARE", digits(9), digits(6)),
            ("MERIDIAN", "MERIDIAN MEDICAID MCO", "MER" + digits(8), None),
        ])
    p.dl = random.choice("ABCDKLMNPRSTW") + digits(11)
    p.dl_fmt = "%s-%s-%s" % (p.dl[:4], p.dl[4:8], p.dl[8:])
    p.plate = random.choice(["%s %s" % ("".join(random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), digits(5)),
                             "%s%s" % ("".join(random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), digits(4)),
                             digits(3) + " " + "".join(random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))])
    p.car = random.choice(["2017 Honda CR-V silver", "2020 Toyota Camry gray", "2015 Ford F-150 white",
                           "2019 Nissan Rogue black", "2022 Hyundai Tucson blue", "2012 Chevy Malibu red"])
    p.vin = mk_vin()
    p.user = random.choice(["%s%s%d" % (fa[0], la, p.dob.year % 100), "%s.%s" % (fa, la[:4]),
                            "%s%s" % (la, random.randint(100, 999))])
    p.case = "TC-2025-%06d" % random.randint(1000, 9999)
    ad = dt.datetime(2025, 2, random.randint(3, 10), random.randint(0, 23), random.randint(0, 59))
    p.admit = ad
    p.edd = dt.date(2025, 2, random.randint(11, 14))
    dv = random.choice(DEVICES)() if random.random() < 0.45 else None
    p.device = dv
    p.udi = mk_udi()
    p.ip = pub_ip()
    p.imei = mk_imei()
    p.mac = ":".join("%02X" % random.randint(0, 255) for _ in range(6))
    p.card = mk_card()
    p.curp = None
    p.photo_kind = random.choice(["jpeg", "jpeg", "png"])
    return p


PTS = [mk_patient(s) for s in PT_SPEC]
# a Mexican national ID for one patient, a foreign passport for another (other_id)
PTS[2].curp = "QUMM%02d%02d%02dMJCNRR0%d" % (PTS[2].dob.year % 100, PTS[2].dob.month, PTS[2].dob.day,
                                             random.randint(1, 9))
ELDERS = [q for q in PTS if q.age > 89]
ACTIVE = random.sample(ELDERS, 3) + random.sample([q for q in PTS if q.age <= 89], 4)


def pick_pt():
    if random.random() < 0.07:
        pool = ELDERS if random.random() < 0.4 else PTS
        cand = [q for q in pool if q not in ACTIVE] or [q for q in PTS if q not in ACTIVE]
        ACTIVE[random.randrange(len(ACTIVE))] = random.choice(cand)
    return random.choice(ACTIVE)


def get_fax(p):
    if p.fax is None:
        p.fax = uphone(p.home[0])
    return p.fax


def nm_lf(p):
    return "%s, %s" % (p.last, p.first)


def nm_fl(p):
    return "%s %s" % (p.first, p.last)


def age_put(b, age):
    if age > 89:
        b.p(str(age), "age")
    else:
        b.t(str(age))
    return b


def age_j(age):
    return P(age, "age") if age > 89 else age


def addr_put(b, p, fold_=False, upper=False, apt=True, zip_sep=" "):
    f = (lambda s: up(fold(s))) if upper else ((lambda s: fold(s)) if fold_ else (lambda s: s))
    st = p.street + (" " + p.apt if (apt and p.apt) else "")
    b.p(f(st), "address").t(", ").p(f(p.city), "address").t(", " + p.state + zip_sep).p(p.zip, "zip")
    return b


# --------------------------------------------------------------------------
# staff, facilities and other look-alike vocabularies (never labeled)
# --------------------------------------------------------------------------
TRANSPORTERS = [("Samuel", "Osei", "sosei"), ("Tomás", "Herrera", "therrera"), ("DeShawn", "Carter", "dcarter"),
                ("Mei", "Lin", "mlin2"), ("Viktor", "Hale", "vhale"), ("Rosa", "Mendoza", "rmendoza"),
                ("Kofi", "Boateng", "kboateng")]
EVS_TECHS = [("Ana", "Beltrán", "abeltran"), ("Jerome", "Banks", "jbanks"), ("Lakshmi", "Pillai", "lpillai"),
             ("Fidel", "Ortega", "fortega"), ("Bogdan", "Marin", "bmarin")]
EVS_SUP = "Olga Sidorova"
RNS = ["Priya Venkataraman", "Grace Kim", "Patrick Byrne", "Hannah Reeves", "Luis Ocampo", "Marguerite Fontaine"]
MDS = [("1487263950", "OKAFOR", "CHINEDU", "Cardiology"), ("1326084417", "LIU", "REBECCA", "Hospital Medicine"),
       ("1750392846", "TANAKA", "HIROSHI", "Neurosurgery"), ("1902837465", "YUSUF", "MARIAM", "Critical Care"),
       ("1649201738", "RUIZ", "ALEJANDRO", "General Surgery"), ("1093847562", "GOLDBERG", "SARAH", "Neurology")]
TC_RNS = [("Kevin", "Thompson", "kthompson", "4471"), ("Aisha", "Bello", "abello", "4472"),
          ("Monica", "Ferraro", "mferraro", "4475")]
BED_MGRS = ["Fatou Diop", "Derek Lindgren", "Yolanda Brooks"]
FACILITIES = [
    ("Riverside Community Hospital", "350 N Wall St, Kankakee, IL 60901", "815", "Janet Pruitt"),
    ("Prairie View Regional Medical Center", "1100 E Norris Dr, Ottawa, IL 61350", "815", "Tom Brandt"),
    ("Oak Hollow Critical Access Hospital", "200 E Fairman Ave, Watseka, IL 60970", "815", "Rachel Amsel"),
    ("Lakeshore Memorial Hospital", "301 W Homer St, Michigan City, IN 46360", "219", "Dwayne Ellis"),
    ("St. Casimir Hospital", "5454 Hohman Ave, Hammond, IN 46320", "219", "Beata Nowicka"),
    ("Northfield Family Hospital", "6308 8th Ave, Kenosha, WI 53143", "262", "Carlos Medina"),
]
FAC_PH = {f[0]: (uphone(f[2]), uphone(f[2])) for f in FACILITIES}   # (main, fax)
HOSP_ADDR = "1901 W Harrison St, Chicago, IL 60612"
HOSP_MAIN = uphone("312")
TC_LINE = uphone("312")
DX = ["STEMI, s/p TNK 05:12", "NSTEMI needs cath", "acute SDH 9mm w/ shift", "septic shock on 2 pressors",
      "upper GI bleed Hgb 6.1", "symptomatic AAA 6.2cm", "LVO stroke, tPA given", "DKA, pH 6.98",
      "hip fx needs ortho", "aortic dissection type B", "SBO, surgical eval", "status epilepticus"]
AMB = [("Superior Ambulance", "M41"), ("Metro Paramedic Svcs", "A7"), ("Lifeline Air", "LL-2"),
       ("Kankakee Co. EMS", "Medic 14"), ("Ambulnz", "U-316")]
ED_BAYS = ["ED-%02d" % i for i in range(1, 31)] + ["ED-H1", "ED-H2", "ED-H3", "ED-RES2"]
DEPTS = ["CT-2", "CT-3", "MRI-1", "IR-3", "CATH-2", "PACU-7", "DIALYSIS-6", "ECHO-1", "NM-2", "XR-4",
         "ENDO-2", "DC-LOUNGE", "OR-HOLD-5"]
WARD = [("4W", 401, 432), ("5E", 501, 532), ("6N", 601, 628), ("7S", 701, 730)]
ICU = [("MICU", 16), ("CCU", 12), ("SICU", 14)]
HOSTS = ["bedboard-api-1.sbrh.local", "bedboard-api-2.sbrh.local", "capint01.sbrh.local",
         "capint02.sbrh.local", "tc-app01.sbrh.local", "transport-disp-0.sbrh.local",
         "rides-worker-3.sbrh.local", "evs-sync01.sbrh.local"]
CNT = {"tj": 411, "evs": 1203, "br": 0}


def rbed():
    if random.random() < 0.75:
        u, a, z = random.choice(WARD)
        return "%s-%d%s" % (u, random.randint(a, z), random.choice("AB"))
    u, n = random.choice(ICU)
    return "%s-%02d" % (u, random.randint(1, n))


def bed_unit_room(bed):
    u, r = bed.split("-")
    return u, (r[:-1] if r[-1] in "AB" else r)


def tj_id():
    CNT["tj"] += random.randint(1, 3)
    return "TJ-250211-%04d" % CNT["tj"]


def evs_id():
    CNT["evs"] += random.randint(1, 4)
    return "EVS-250211-%05d" % CNT["evs"]


def br_id():
    return "BR-%d" % random.randint(2400000, 2499999)


def loc_any():
    return random.choice(ED_BAYS + DEPTS + [rbed(), rbed()])


def tx():
    return random.choice(TRANSPORTERS)


def tx_name():
    t = tx()
    return "%s %s" % (t[0], t[1])


def trace():
    return hexs(32), hexs(16)


def pick(*a):
    return random.choice(a)


ISO = ["NONE", "NONE", "NONE", "CONTACT", "DROPLET", "AIRBORNE", "CONTACT_PLUS"]
LOC = ["MEDSURG", "TELE", "ICU", "STEPDOWN", "OBS"]
PRIO = ["ROUTINE", "ROUTINE", "URGENT", "STAT"]


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
SB2_PID = 2817


def sb2_head(b, lvl, logger, thread=None):
    thread = thread or random.choice(["http-nio-8443-exec-4", "http-nio-8443-exec-11", "http-nio-8443-exec-7",
                                      "scheduling-1", "task-3", "kafka-consumer-bed-events-0",
                                      "clientInboundChannel-5", "http-nio-8443-exec-23"])
    b.t("%s %5s %d --- [%15s] %-40s : " % (ts_spring(), lvl, SB2_PID, thread[-15:], logger[:40]))


def fam_sb2(phi, first):
    b = B()
    if not phi:
        k = random.randrange(12)
        if k == 0:
            old, new = random.choice([("DIRTY", "IN_PROGRESS"), ("IN_PROGRESS", "CLEAN"), ("CLEAN", "READY"),
                                      ("OCCUPIED", "DIRTY")])
            sb2_head(b, "INFO", "c.s.c.bedboard.sync.EvsStatusSync")
            b.t("Bed %s status %s -> %s (source=EVS, ticket=%s, tat=%dm)" % (rbed(), old, new, evs_id(),
                                                                             random.randint(18, 95)))
        elif k == 1:
            u, a, z = random.choice(WARD)
            cap = z - a + 1
            occ = random.randint(cap - 8, cap)
            sb2_head(b, "INFO", "c.s.c.b.census.CensusSnapshotJob", "scheduling-1")
            b.t("Census snapshot unit=%s occupied=%d/%d pendingAdmits=%d pendingDischarges=%d blocked=%d took %dms"
                % (u, occ, cap, random.randint(0, 6), random.randint(0, 7), random.randint(0, 3),
                   random.randint(40, 900)))
        elif k == 2:
            sb2_head(b, "INFO", "c.s.c.b.service.BedRequestService")
            b.t("Bed request %s created: priority=%s loc=%s tele=%s iso=%s origin=%s requestedBy=%s"
                % (br_id(), random.choice(PRIO), random.choice(LOC), pick("true", "false"), random.choice(ISO),
                   random.choice(ED_BAYS + DEPTS), pick("pvenkataraman", "gkim", "hreeves", "locampo")))
        elif k == 3:
            sb2_head(b, "INFO", "c.s.c.b.service.BedAssignmentService")
            b.t("Bed request %s assigned to %s by %s (wait %d min, score=%.2f)"
                % (br_id(), rbed(), random.choice(BED_MGRS), random.randint(4, 260), random.uniform(0.4, 0.99)))
        elif k == 4:
            sb2_head(b, "WARN", "com.zaxxer.hikari.pool.HikariPool")
            b.t("HikariPool-1 - Connection is not available, request timed out after 30000ms.")
        elif k == 5:
            sb2_head(b, "INFO", "c.s.c.bedboard.ws.BedBoardSocketHandler", "clientInboundChannel-5")
            b.t("Pushed %d BED_STATUS deltas to %d websocket sessions in %d ms"
                % (random.randint(1, 40), random.randint(8, 140), random.randint(2, 90)))
        elif k == 6:
            bed = rbed()
            sb2_head(b, "WARN", "c.s.c.bedboard.sync.EvsStatusSync")
            b.t("Bed %s DIRTY for %d min (SLA 60), escalating %s to EVS supervisor %s"
                % (bed, random.randint(61, 180), evs_id(), EVS_SUP))
        elif k == 7:
            sb2_head(b, "ERROR", "c.s.c.bedboard.events.BedEventPublisher", "kafka-producer-network-thread | bedboard-1")
            b.t("Failed to publish bed event to capacity.bed-events: org.apache.kafka.common.errors.TimeoutException: "
                "Expiring 3 record(s) for capacity.bed-events-2:120000 ms has passed since batch creation")
        elif k == 8:
            sb2_head(b, "INFO", "c.s.c.b.service.BedBlockService")
            b.t("Block placed on %s reason=EQUIPMENT_REPAIR workOrder=WO-%s until=2025-02-%02d by %s"
                % (rbed(), digits(7), random.randint(11, 14), random.choice(BED_MGRS)))
        elif k == 9:
            sb2_head(b, "INFO", "o.s.web.servlet.DispatcherServlet", "http-nio-8443-exec-1")
            b.t("Completed initialization in %d ms" % random.randint(1, 4))
        elif k == 10:
            sb2_head(b, "DEBUG", "c.s.c.b.client.TeleTrackingClient")
            b.t("GET https://capacity.sbrh.local/tt/api/v1/units/%s/beds -> 200 (%d beds, etag W/\"%s\") in %d ms"
                % (random.choice(WARD)[0], random.randint(24, 32), hexs(16), random.randint(20, 400)))
        else:
            sb2_head(b, "INFO", "c.s.c.b.service.DischargeForecast", "scheduling-1")
            b.t("Forecast refreshed: expected discharges by 11:00 = %d, by 14:00 = %d, model v%s"
                % (random.randint(4, 20), random.randint(20, 45), pick("2.3.1", "2.4.0")))
        return "spring-boot2", b
    p = pick_pt()
    k = random.randrange(8)
    if k == 0:
        sb2_head(b, "INFO", "c.s.c.b.service.BedRequestService")
        b.t("Bed request %s created for " % br_id()).p(nm_lf(p), "name").t(" (MRN ").p(p.mrn, "mrn") \
            .t(") origin=%s loc=%s iso=%s" % (random.choice(ED_BAYS), random.choice(LOC), random.choice(ISO)))
    elif k == 1:
        sb2_head(b, "INFO", "c.s.c.b.service.BedAssignmentService")
        b.t("Assigned %s to MRN " % rbed()).p(p.mrn, "mrn").t(" [").p(up(p.last) + ", " + up(p.first), "name") \
            .t("] dob=").p(p.dob.isoformat(), "date").t(" admitted=").p(p.admit.strftime("%Y-%m-%d %H:%M"), "date") \
            .t(" by %s" % random.choice(BED_MGRS))
    elif k == 2:
        sb2_head(b, "INFO", "c.s.c.b.service.DischargeService")
        b.t("Discharge order received mrn=").p(p.mrn, "mrn").t(" expectedDischarge=").p(p.edd.isoformat(), "date") \
            .t(" rideNeeded=%s loungeEligible=true" % pick("true", "false"))
        if random.random() < 0.5:
            b.t(" avsCopy=FAX:").p(fmt_ph(get_fax(p), "raw"), "fax").t(" (POA %s)" % p.rel.lower())
        else:
            b.t(" avsCopy=EMAIL:").p(p.email, "email")
    elif k == 3:
        sb2_head(b, "INFO", "c.s.c.b.service.SafetyFlagService")
        b.t("Patient ").p(nm_fl(p), "name").t(" age ")
        age_put(b, p.age)
        b.t(" flagged FALL_RISK, bed %s set to low-bed + alarm" % rbed())
    elif k == 4:
        sb2_head(b, "WARN", "c.s.c.b.service.BedRequestService")
        b.t("Duplicate bed request suppressed for MRN ").p(p.mrn, "mrn").t(" (existing %s, HAR " % br_id()) \
            .p(p.har, "account").t(")")
    elif k == 5:
        sb2_head(b, "ERROR", "c.s.c.b.service.BedAssignmentService")
        q = random.choice([x for x in PTS if x is not p])
        b.t("Assignment rollback for HAR ").p(p.har, "account").t(": bed %s already occupied by MRN " % rbed()) \
            .p(q.mrn, "mrn").t(" (").p(nm_lf(q), "name").t(")")
    elif k == 6:
        sb2_head(b, "DEBUG", "c.s.c.b.web.BedRequestController")
        b.t("POST /api/v2/bed-requests payload=")
        emit_json(b, {"mrn": P(p.mrn, "mrn"), "patientName": P(nm_lf(p), "name"),
                      "dob": P(p.dob.isoformat(), "date"), "levelOfCare": random.choice(LOC),
                      "isolation": random.choice(ISO), "attending": "%s, %s" % random.choice(MDS)[1:3],
                      "origin": random.choice(ED_BAYS)})
    else:
        sb2_head(b, "INFO", "c.s.c.b.census.ExpectedAdmitService")
        b.t("Expected admit registered: ").p(up(p.last), "name").t(" ").p(up(p.first), "name") \
            .t(", DOB ").p(p.dob.strftime("%m/%d/%Y"), "date").t(", case ").p(p.case, "other_id") \
            .t(", source TRANSFER_CENTER, LOC %s" % random.choice(["ICU", "STEPDOWN", "TELE"]))
    return "spring-boot2", b


SB3_PID = {"transfer-center": 3124, "adt-bridge": 1988}


def sb3_head(b, app, lvl, logger, thread=None):
    thread = thread or random.choice(["nio-8443-exec-2", "nio-8443-exec-9", "scheduling-1", "task-7",
                                      "mllp-worker-3", "mllp-worker-1", "ntContainer#0-1"])
    b.t("%s %5s %d --- [%s] [%15s] %-40s : " % (ts_isooff(), lvl, SB3_PID[app], app, thread[-15:], logger[:40]))


def fam_sb3(phi, first):
    b = B()
    if not phi:
        k = random.randrange(11)
        if k == 0:
            f = random.choice(FACILITIES)
            t = random.choice(TC_RNS)
            sb3_head(b, "transfer-center", "INFO", "c.s.t.calls.InboundCallRouter")
            b.t("Inbound call TCC-%s from %s (%s), contact %s RN, routed to %s %s ext %s"
                % (digits(8), f[0], fmt_ph(FAC_PH[f[0]][0], "paren"), f[3], t[0], t[1], t[3]))
        elif k == 1:
            md = random.choice(MDS)
            sb3_head(b, "transfer-center", "INFO", "c.s.t.paging.AcceptingMdPager")
            b.t("Paged accepting physician Dr. %s %s (%s) via Vocera, page id PG-%s, callback x%s"
                % (md[2].title(), md[1].title(), md[3], digits(6), random.choice(TC_RNS)[3]))
        elif k == 2:
            co, unit = random.choice(AMB)
            eta = later(random.randint(8, 70))
            sb3_head(b, "transfer-center", "INFO", "c.s.t.eta.AmbulanceEtaListener", "ntContainer#0-1")
            b.t("ETA update caseRef=%s unit=%s (%s) eta=%s (%d min) crew=ALS" % (ruuid(), unit, co, hhmm(eta),
                                                                                 (eta - CL.t).seconds // 60))
        elif k == 3:
            rec = "REC-%s-%s" % (CL.t.strftime("%Y%m%d-%H%M%S"), digits(4))
            sb3_head(b, "transfer-center", "INFO", "c.s.t.recording.RecordingArchiver", "task-7")
            b.t("Recording %s archived to s3://sbrh-tc-recordings/2025/02/11/%s.wav (%d KB, %ds)"
                % (rec, rec, random.randint(300, 9000), random.randint(40, 1400)))
        elif k == 4:
            sb3_head(b, "transfer-center", "INFO", "c.s.t.capacity.HuddleSummary", "scheduling-1")
            b.t("Huddle: %d pending transfers, ICU %d/%d, stepdown %d/%d, diversion=%s"
                % (random.randint(0, 9), random.randint(30, 42), 42, random.randint(18, 24), 24, pick("OFF", "OFF", "ED_ONLY")))
        elif k == 5:
            f = random.choice(FACILITIES)
            sb3_head(b, "transfer-center", "WARN", "c.s.t.calls.CallbackTimer")
            b.t("Callback SLA breached for call TCC-%s (%s): %d min since page, re-paging service line"
                % (digits(8), f[0], random.randint(16, 40)))
        elif k == 6:
            sb3_head(b, "adt-bridge", "INFO", "c.s.a.mllp.AdtConsumer")
            b.t("Consumed ADT^%s control id %s from EPIC in %d ms, ack AA"
                % (random.choice(["A01", "A02", "A03", "A17", "A08"]), digits(9), random.randint(3, 120)))
        elif k == 7:
            sb3_head(b, "adt-bridge", "INFO", "c.s.a.mllp.MllpServer", "main")
            b.t("MLLP listener started on 0.0.0.0:6661 (tls=false, maxFrame=1048576)")
        elif k == 8:
            sb3_head(b, "adt-bridge", "WARN", "c.s.a.kafka.LagMonitor", "scheduling-1")
            b.t("Consumer lag adt.inbound[%d]=%d exceeds threshold 500 (broker kafka-2.sbrh.local:9093)"
                % (random.randint(0, 5), random.randint(501, 4000)))
        elif k == 9:
            sb3_head(b, "adt-bridge", "ERROR", "c.s.a.out.TeleTrackingSender")
            b.t("Delivery to TeleTracking failed (attempt %d/5): java.net.SocketTimeoutException: Read timed out "
                "[endpoint=http://%s:7010/hl7]" % (random.randint(1, 5), priv_ip()))
        else:
            f = random.choice(FACILITIES)
            sb3_head(b, "transfer-center", "DEBUG", "c.s.t.fax.RecordsFaxService")
            b.t("Outbound records request faxed to %s at %s, job FX-%s, %d pages"
                % (f[0], fmt_ph(FAC_PH[f[0]][1], "dash"), digits(7), random.randint(2, 30)))
        return "spring-boot3", b
    p = pick_pt()
    k = random.randrange(8)
    f = random.choice(FACILITIES)
    if k == 0:
        sb3_head(b, "transfer-center", "INFO", "c.s.t.cases.TransferCaseService")
        b.t("Case ").p(p.case, "other_id").t(" opened: ").p(nm_fl(p), "name").t(", ")
        age_put(b, p.age)
        b.t(" y/o %s, DOB " % p.sex).p(p.dob.strftime("%m/%d/%Y"), "date") \
            .t(", from %s, dx '%s'" % (f[0], random.choice(DX)))
    elif k == 1:
        md = random.choice(MDS)
        sb3_head(b, "transfer-center", "INFO", "c.s.t.cases.TransferCaseService")
        b.t("Case ").p(p.case, "other_id").t(" accepted by Dr. %s (%s); bed request %s created for "
                                           % (md[1].title(), md[3], br_id())).p(nm_lf(p), "name")
    elif k == 2:
        sb3_head(b, "transfer-center", "INFO", "c.s.t.elig.EligibilityClient")
        b.t("Eligibility 271 for case ").p(p.case, "other_id").t(": payer=%s memberId=" % p.payer[0]) \
            .p(p.payer[2], "health_plan").t(" group=%s status=ACTIVE" % (p.payer[3] or "-"))
    elif k == 3:
        sb3_head(b, "transfer-center", "INFO", "c.s.t.calls.FamilyCallbackService")
        b.t("Family callback to %s " % p.rel.lower()).p("%s %s" % (p.rel_first, p.rel_last), "name").t(" at ") \
            .p(fmt_ph(p.rel_phone, "paren"), "phone").t(" re ").p(nm_lf(p), "name").t(": transfer accepted, ETA %s"
                                                                                       % hhmm(later(random.randint(20, 90))))
    elif k == 4:
        sb3_head(b, "transfer-center", "WARN", "c.s.t.cases.ClinicalAlertService")
        if p.device is None:
            p.device = random.choice(DEVICES)()
        dvn, dvs = p.device
        b.t("Case ").p(p.case, "other_id").t(": patient has %s, SN " % dvn).p(dvs, "device") \
            .t("; device rep + VAD coordinator notified")
    elif k == 5:
        sb3_head(b, "adt-bridge", "INFO", "c.s.a.handlers.A17Handler")
        q = random.choice([x for x in PTS if x is not p])
        b.t("A17 swap processed: MRN ").p(p.mrn, "mrn").t(" %s <-> MRN " % rbed()).p(q.mrn, "mrn") \
            .t(" %s (ctl %s)" % (rbed(), digits(9)))
    elif k == 6:
        sb3_head(b, "adt-bridge", "INFO", "c.s.a.handlers.A03Handler")
        b.t("A03 discharge for ").p(up(p.last) + "^" + up(p.first), "name").t(" MRN ").p(p.mrn, "mrn") \
            .t(" dischargeDt=").p(ts_hl7(CL.t - dt.timedelta(minutes=random.randint(1, 30))), "date") \
            .t(" dispo=01 -> bed %s released" % rbed())
    else:
        sb3_head(b, "adt-bridge", "WARN", "c.s.a.match.PatientMatcher")
        b.t("Low-confidence match (0.%d) inbound PID-3=" % random.randint(61, 79)).p(p.epi, "mrn") \
            .t(" name=").p(up(p.last) + "^" + up(p.first), "name").t(" dob=").p(p.dob.strftime("%Y%m%d"), "date") \
            .t(" sex=%s -> queued for HIM review" % p.sex)
    return "spring-boot3", b


def lbj_base(lvl, logger, thread, msg_builder, extra):
    tid, sid = trace()
    o = {"@timestamp": ts_isooff(), "@version": "1", "message": "__MSG__", "logger_name": logger,
         "thread_name": thread, "level": lvl, "level_value": {"INFO": 20000, "WARN": 30000,
                                                               "ERROR": 40000, "DEBUG": 10000}[lvl],
         "traceId": tid, "spanId": sid}
    o.update(extra)
    b = B()
    # emit with message placeholder replaced by escaped sub builder
    items = list(o.items())
    b.t("{")
    for i, (k, v) in enumerate(items):
        if i:
            b.t(",")
        b.t('"' + k + '":')
        if v == "__MSG__":
            b.t('"').sub(msg_builder, esc_java).t('"')
        else:
            emit_json(b, v)
    b.t("}")
    return b


def fam_lbj(phi, first):
    thr = random.choice(["scheduling-1", "http-nio-8080-exec-3", "http-nio-8080-exec-12", "dispatch-worker-2",
                         "escalation-timer", "ws-push-1"])
    m = B()
    extra = {}
    if not phi:
        k = random.randrange(9)
        lvl, lg = "INFO", "com.sbrh.transport.dispatch.JobDispatcher"
        if k == 0:
            t = tx()
            j = tj_id()
            m.t("Job %s dispatched to %s %s (%s) priority=%s %s -> %s"
                % (j, t[0], t[1], t[2], random.choice(PRIO), loc_any(), loc_any()))
            extra = {"jobId": j, "transporter": t[2], "queueDepth": random.randint(0, 30)}
        elif k == 1:
            j = tj_id()
            lvl, lg = "WARN", "com.sbrh.transport.escalation.EscalationEngine"
            m.t("Escalation L%d for %s: unassigned %d min (threshold %d)" % (random.randint(1, 3), j,
                                                                            random.randint(10, 45), 10))
            extra = {"jobId": j, "rule": "ESC-%s-%d" % (random.choice(PRIO), random.choice([10, 20, 30]))}
        elif k == 2:
            m.t("Queue snapshot: open=%d assigned=%d inProgress=%d avgWait=%.1fm transportersOnShift=%d"
                % (random.randint(3, 40), random.randint(2, 20), random.randint(2, 15), random.uniform(3, 25),
                   random.randint(6, 18)))
            lg = "com.sbrh.transport.metrics.QueueMetrics"
        elif k == 3:
            lvl, lg = "ERROR", "com.sbrh.transport.push.FcmPushService"
            m.t("Push to device failed for user %s: UNREGISTERED" % tx()[2])
            extra = {"stack_trace": "com.google.firebase.messaging.FirebaseMessagingException: Requested entity was "
                                    "not found.\n\tat com.google.firebase.messaging.FirebaseMessagingClientImpl"
                                    ".handleException(FirebaseMessagingClientImpl.java:244)\n\tat com.sbrh.transport"
                                    ".push.FcmPushService.send(FcmPushService.java:88)\n"}
        elif k == 4:
            j = tj_id()
            m.t("Job %s completed in %d min (pickup delay %d min, reason=%s)"
                % (j, random.randint(6, 48), random.randint(0, 20),
                   random.choice(["NONE", "PATIENT_NOT_READY", "ELEVATOR", "EQUIPMENT", "RN_HANDOFF"])))
            lg = "com.sbrh.transport.dispatch.JobLifecycle"
            extra = {"jobId": j}
        elif k == 5:
            lvl, lg = "DEBUG", "com.sbrh.transport.ws.QueueBroadcaster"
            m.t("Broadcast /topic/transport/queue size=%dB subscribers=%d" % (random.randint(400, 9000),
                                                                              random.randint(3, 40)))
        elif k == 6:
            lg = "com.sbrh.transport.integration.EvsBridge"
            m.t("Bed %s released by transport; EVS ticket %s auto-created (DISCHARGE_CLEAN)" % (rbed(), evs_id()))
        elif k == 7:
            lvl, lg = "WARN", "com.sbrh.transport.integration.EpicOrderPoller"
            m.t("Epic order poll slow: %d ms for %d orders (endpoint https://interconnect.sbrh.local/api/epic/2014/"
                "Clinical/Utility/GETORDERS)" % (random.randint(2000, 9000), random.randint(0, 30)))
        else:
            lg = "com.sbrh.transport.auth.HandheldAuth"
            m.t("Handheld login user=%s device=TC52-%s app=3.14.%d from %s" % (tx()[2], digits(5),
                                                                             random.randint(0, 9), priv_ip()))
        return "logstash-json", lbj_base(lvl, lg, thr, m, extra)
    p = pick_pt()
    k = random.randrange(7)
    lvl, lg = "INFO", "com.sbrh.transport.dispatch.JobDispatcher"
    j = tj_id()
    if k == 6:
        if p.device is None:
            p.device = random.choice(DEVICES)()
        lg = "com.sbrh.transport.safety.EquipmentChecklist"
        m.t("Travel-with device added to job %s" % j)
        extra = {"jobId": j, "mrn": P(p.mrn, "mrn"),
                 "patientDevices": [{"type": p.device[0], "serial": P(p.device[1], "device"), "batteryCheck": True}]}
    elif k == 0:
        m.t("Transport job %s for " % j).p(nm_lf(p), "name").t(" (MRN ").p(p.mrn, "mrn") \
            .t(") %s -> %s mode=%s iso=%s O2=%s" % (rbed(), random.choice(DEPTS), pick("STRETCHER", "WHEELCHAIR", "BED"),
                                                    random.choice(ISO), pick("RA", "2L NC", "4L NC")))
        extra = {"jobId": j, "patientMrn": P(p.mrn, "mrn")}
    elif k == 1:
        m.t("Patient identity confirmed at pickup for job %s" % j)
        extra = {"jobId": j, "mrn": P(p.mrn, "mrn"), "scanType": "WRISTBAND_2D", "transporter": tx()[2]}
    elif k == 2:
        lvl, lg = "WARN", "com.sbrh.transport.safety.HandoffChecker"
        m.t("Handoff blocked for %s: wristband MRN " % j).p(p.mrn, "mrn").t(" does not match order MRN ") \
            .p(random.choice(PTS).mrn, "mrn")
        extra = {"jobId": j}
    elif k == 3:
        lg = "com.sbrh.transport.dispatch.JobDispatcher"
        m.t("Job %s created from Epic order ORD-%s" % (j, digits(9)))
        extra = {"jobId": j, "patient": {"mrn": P(p.mrn, "mrn"), "name": P(nm_fl(p), "name"),
                                         "dob": P(p.dob.isoformat(), "date"), "age": age_j(p.age)},
                 "origin": rbed(), "destination": random.choice(DEPTS)}
    elif k == 4:
        lvl, lg = "ERROR", "com.sbrh.transport.integration.EpicOrderPoller"
        m.t("Failed to map order for ").p(up(p.last) + "," + up(p.first), "name").t(" CSN ").p(p.visit, "account") \
            .t(": unknown department 'RAD CT 3 SOUTH'")
        extra = {"stack_trace": "java.lang.IllegalArgumentException: No mapping for department RAD CT 3 SOUTH\n\tat "
                                "com.sbrh.transport.integration.DeptMapper.map(DeptMapper.java:57)\n"}
    else:
        lg = "com.sbrh.transport.safety.PatientPhotoVerifier"
        m.t("Photo verification requested for job %s" % j)
        ph = fake_jpeg(random.randint(90, 160))
        extra = {"jobId": j, "mrn": P(p.mrn, "mrn"), "photoJpegB64": P(ph, "photo")}
    return "logstash-json", lbj_base(lvl, lg, thr, m, extra)


# ---------------- Mirth / HL7 ----------------
CHAN = {"ADT_IN_EPIC": ruuid(), "TELETRACK_OUT": ruuid(), "GRANDCENTRAL_OUT": ruuid(), "EVS_NOTIFY": ruuid()}


def mirth_head(b, lvl, thread_kind, cat):
    if thread_kind == "src":
        th = "ADT_IN_EPIC Source Filter/Transformer JavaScript Task on ADT_IN_EPIC (%s) < pool-1-thread-%d" % (
            CHAN["ADT_IN_EPIC"], random.randint(1, 16))
    elif thread_kind == "dst":
        d = random.choice(["TELETRACK_OUT", "GRANDCENTRAL_OUT", "EVS_NOTIFY"])
        th = "Destination Filter/Transformer JavaScript Task on %s (%s) < pool-4-thread-%d" % (d, CHAN[d], random.randint(1, 4))
    else:
        th = thread_kind
    b.t("%-5s %s [%s] %s: " % (lvl, ts_py(), th, cat))


def msh(b, trig):
    b.t("MSH|^~\\&|EPIC|SBRH|CAPINT|SBRH|%s||ADT^%s^ADT_%s|%s|P|2.5.1|||AL|NE||UNICODE UTF-8"
        % (ts_hl7(), trig, trig, digits(10)))


def evn(b, trig):
    md = random.choice(["BDIOP^DIOP^FATOU", "DLINDGREN^LINDGREN^DEREK", "YBROOKS^BROOKS^YOLANDA"])
    b.t("\\rEVN|%s|%s|||%s" % (trig, ts_hl7(), md))


def pid(b, p, setid=1, full=True):
    b.t("\\rPID|%d||" % setid).p(p.mrn, "mrn").t("^^^SBRH^MR~").p(p.epi, "mrn").t("^^^EPI^PI||")
    b.p("%s^%s^%s" % (up(p.last), up(p.first), p.mi), "name").t("^^^^L||").p(p.dob.strftime("%Y%m%d"), "date")
    b.t("|%s||%s|" % (p.sex, random.choice(["2106-3^White^HL70005", "2054-5^Black^HL70005",
                                             "2028-9^Asian^HL70005", "2131-1^Other^HL70005"])))
    b.p(up(p.street), "address").t("^")
    if p.apt:
        b.p(up(p.apt), "address")
    b.t("^").p(up(p.city), "address").t("^%s^" % p.state).p(p.zip, "zip").t("^USA^H||")
    b.p(fmt_ph(p.home, "hl7"), "phone").t("^PRN^PH")
    if full:
        b.t("~").p(fmt_ph(p.cell, "hl7"), "phone").t("^PRN^CP")
        if p.fax:
            b.t("~").p(fmt_ph(p.fax, "hl7"), "fax").t("^PRN^FX")
        b.t("~^NET^Internet^").p(p.email, "email")
    b.t("||%s|%s||" % (random.choice(["ENG", "SPA", "POL", "VIE", "ARA", "YOR"]), random.choice("MSWD")))
    b.p(p.har, "account").t("^^^SBRH^AN|")
    if full:
        b.p(p.ssn, "ssn").t("|").p(p.dl, "license").t("^IL")
    else:
        b.t("|")


def pv1(b, p, loc, prior=None, discharge=None):
    md = random.choice(MDS)
    u, r = bed_unit_room(loc)
    bed = loc[-1] if loc[-1] in "AB" else "1"
    f = [""] * 46
    f[1], f[2] = "1", "I"
    f[3] = "%s^%s^%s^SBRH^^^^^%s" % (u, r, bed, u)
    f[4] = random.choice(["E", "U", "R"])
    if prior:
        pu, pr = bed_unit_room(prior) if "-" in prior and not prior.startswith("ED") else ("ED", prior[3:])
        f[6] = "%s^%s^^SBRH" % (pu, pr)
    f[7] = "%s^%s^%s^^^^MD" % md[:3]
    f[10] = random.choice(["MED", "CAR", "NSG", "SUR", "NEU"])
    f[14] = random.choice(["1", "7", "4"])
    f[17] = f[7]
    f[18] = "IN"
    f[39] = "SBRH"
    if discharge:
        f[36] = "01"
    b.t("\\rPV1")
    for i in range(1, 46):
        b.t("|")
        if i == 19:
            b.p(p.visit, "account")
        elif i == 44:
            b.p(ts_hl7(p.admit), "date")
        elif i == 45 and discharge:
            b.p(ts_hl7(discharge), "date")
        else:
            b.t(f[i])


def nk1(b, p):
    b.t("\\rNK1|1|").p("%s^%s" % (up(p.rel_last), up(p.rel_first)), "name") \
        .t("|%s^%s^HL70063|" % (REL_CODE[p.rel], p.rel))
    if random.random() < 0.5:
        b.p(up(p.street), "address").t("^^").p(up(p.city), "address").t("^%s^" % p.state).p(p.zip, "zip")
    b.t("|").p(fmt_ph(p.rel_phone, "hl7"), "phone").t("||EC^Emergency Contact^HL70131")


def in1(b, p):
    code, name, mid, grp = p.payer
    f = [""] * 37
    f[1], f[2], f[3], f[4] = "1", code, digits(5), name
    f[5] = "PO BOX %d^^%s" % (random.randint(1000, 9999), random.choice(
        ["CHICAGO^IL^60680", "ATLANTA^GA^30348", "MINNEAPOLIS^MN^55440", "LEXINGTON^KY^40512"]))
    f[7] = "(888)%s-%s" % (random.randint(200, 989), digits(4))
    f[8] = grp or ""
    f[17] = "SEL"
    b.t("\\rIN1")
    for i in range(1, 37):
        b.t("|")
        if i == 16:
            b.p("%s^%s" % (up(p.last), up(p.first)), "name")
        elif i == 18:
            b.p(p.dob.strftime("%Y%m%d"), "date")
        elif i == 36:
            b.p(mid, "health_plan")
        else:
            b.t(f[i])


def fam_mirth(phi, first):
    b = B()
    if not phi:
        k = random.randrange(8)
        if k == 0:
            mirth_head(b, "INFO", "src", "transformer")
            b.t("ACK sent: MSH|^~\\&|CAPINT|SBRH|EPIC|SBRH|%s||ACK^%s^ACK|%s|P|2.5.1\\rMSA|AA|%s"
                % (ts_hl7(), random.choice(["A01", "A02", "A03", "A17"]), digits(9), digits(10)))
        elif k == 1:
            mirth_head(b, "INFO", "src", "filter")
            b.t("Routed ADT^%s %s to [TELETRACK_OUT, GRANDCENTRAL_OUT%s]"
                % (random.choice(["A01", "A02", "A03", "A17", "A08"]), digits(10), pick("", ", EVS_NOTIFY")))
        elif k == 2:
            mirth_head(b, "ERROR", "dst", "com.mirth.connect.connectors.tcp.TcpDispatcher")
            b.t("Error sending message via TCP. java.net.ConnectException: Connection refused (Connection refused) "
                "[remote=%s:%d]" % (priv_ip(), random.choice([7010, 6662, 2575])))
        elif k == 3:
            mirth_head(b, "INFO", "Main Server Thread", "com.mirth.connect.server.Mirth")
            b.t("Channel ADT_IN_EPIC (%s) deployed: %d destinations, queueing=ON" % (CHAN["ADT_IN_EPIC"], 3))
        elif k == 4:
            mirth_head(b, "INFO", "pool-2-thread-1", "com.mirth.connect.server.controllers.DonkeyMessageController")
            b.t("Pruned %d messages from ADT_IN_EPIC older than 30 days in %d ms" % (random.randint(1000, 90000),
                                                                                       random.randint(500, 9000)))
        elif k == 5:
            mirth_head(b, "WARN", "dst", "js-connector")
            b.t("EVS_NOTIFY: bed %s vacated, posted turnover ticket %s to evs-sync01.sbrh.local:8443 (HTTP 202)"
                % (rbed(), evs_id()))
        elif k == 6:
            mirth_head(b, "INFO", "src", "transformer")
            b.t("Stats ADT_IN_EPIC received=%d filtered=%d queued=%d errored=%d"
                % (random.randint(1000, 3000), random.randint(10, 90), random.randint(0, 20), random.randint(0, 4)))
        else:
            mirth_head(b, "INFO", "src", "transformer")
            b.t("A08 ignored (no location change) control id %s, sending facility SBRH" % digits(10))
        return "mirth-hl7", b
    p = pick_pt()
    k = random.choice([0, 0, 0, 1, 2, 3, 4, 5, 6])
    if k <= 2:
        trig = ["A01", "A02", "A03"][k]
        mirth_head(b, "INFO", "src", "transformer")
        b.t("Inbound %s: " % trig)
        msh(b, trig)
        evn(b, trig)
        pid(b, p, full=(k == 0 or random.random() < 0.3))
        loc = rbed()
        if trig == "A01":
            pv1(b, p, loc, prior=random.choice(ED_BAYS))
            if random.random() < 0.8:
                nk1(b, p)
            if random.random() < 0.9:
                in1(b, p)
        elif trig == "A02":
            pv1(b, p, loc, prior=rbed())
        else:
            pv1(b, p, loc, discharge=CL.t - dt.timedelta(minutes=random.randint(2, 40)))
    elif k == 3:
        q = random.choice([x for x in PTS if x is not p])
        mirth_head(b, "INFO", "src", "transformer")
        b.t("Inbound A17: ")
        msh(b, "A17")
        evn(b, "A17")
        l1, l2 = rbed(), rbed()
        pid(b, p, 1, full=False)
        pv1(b, p, l1)
        pid(b, q, 2, full=False)
        pv1(b, q, l2)
    elif k == 4:
        mirth_head(b, "INFO", "dst", "transformer")
        b.t("TT mapping: mrn=").p(p.mrn, "mrn").t(" name='").p(nm_lf(p), "name").t("' bed=%s dob=" % rbed()) \
            .p(p.dob.strftime("%Y%m%d"), "date").t(" sex=%s" % p.sex)
    elif k == 5:
        mirth_head(b, "WARN", "src", "filter")
        b.t("NK1 missing phone, using PID-13 ").p(fmt_ph(p.home, "hl7"), "phone").t(" for next of kin of MRN ") \
            .p(p.mrn, "mrn")
    else:
        mirth_head(b, "ERROR", "src", "transformer")
        b.t("Validation failed (PID-19 format) ")
        b.t("PID|1||").p(p.mrn, "mrn").t("^^^SBRH^MR||").p("%s^%s" % (up(p.last), up(p.first)), "name") \
            .t("||").p(p.dob.strftime("%Y%m%d"), "date").t("|%s|||||||||||" % p.sex).p(p.ssn.replace("-", ""), "ssn")
    return "mirth-hl7", b


# ---------------- python logging ----------------
def py_head(b, style, lvl, name, module=None):
    if style == 0:
        b.t("%s %s [%s] " % (ts_py(), lvl, name))
    elif style == 1:
        b.t("%s - %s - %s - " % (ts_py(), name, lvl))
    elif style == 2:
        b.t("[%s] %s in %s: " % (ts_py(), lvl, module or name.split(".")[-1]))
    else:
        b.t("%s:%s:" % (lvl, name))


PY_STYLE = {"rides.client": 0, "rides.booking": 0, "dclounge.checkin": 2, "transport.escalation": 1,
            "evs.sync": 1, "tc.eta_feed": 0, "urllib3.connectionpool": 3, "notify.sms": 0,
            "dclounge.valet": 2}


def fam_py(phi, first):
    b = B()
    if not phi:
        k = random.randrange(12)
        if k == 0:
            py_head(b, 1, "WARNING", "transport.escalation")
            b.t("Rule ESC-STAT-10 fired for job %s: unassigned %dm, paging dispatch lead (pager 4471)"
                % (tj_id(), random.randint(10, 25)))
        elif k == 1:
            py_head(b, 1, "INFO", "evs.sync")
            b.t("Polled EVS queue: %d open, %d overdue (>45m), oldest %s (%s)"
                % (random.randint(3, 30), random.randint(0, 6), evs_id(), rbed()))
        elif k == 2:
            py_head(b, 0, "INFO", "rides.client")
            b.t("POST https://api.ridevendor.example/v2/rides -> 201 in %.3fs (request_id=%s)"
                % (random.uniform(0.1, 1.9), ruuid()))
        elif k == 3:
            py_head(b, 0, "WARNING", "rides.client")
            b.t("Retrying quote for booking BK-%s (attempt %d/5) after HTTPError 503 Service Unavailable"
                % (digits(7), random.randint(2, 4)))
        elif k == 4:
            py_head(b, 2, "INFO", "dclounge.checkin", "occupancy")
            b.t("Lounge occupancy %d/12 chairs, avg dwell %dm, %d awaiting rides, %d awaiting meds-to-beds"
                % (random.randint(2, 12), random.randint(20, 110), random.randint(0, 5), random.randint(0, 4)))
        elif k == 5:
            py_head(b, 3, "DEBUG", "urllib3.connectionpool")
            b.t("https://api.ridevendor.example:443 \"GET /v2/rides/R%s HTTP/1.1\" 200 %d"
                % ("".join(random.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(6)),
                   random.randint(300, 2400)))
        elif k == 6:
            co, unit = random.choice(AMB)
            py_head(b, 0, "INFO", "tc.eta_feed")
            b.t("Unit %s (%s) plate IL %s GPS fix age %ds, ETA %s, status EN_ROUTE"
                % (unit, co, digits(5) + " EM", random.randint(2, 60), hhmm(later(random.randint(5, 50)))))
        elif k == 7:
            py_head(b, 0, "INFO", "rides.booking")
            b.t("Driver assigned for ride R%s: %s, %s plate %s, ETA %d min, fare est $%.2f"
                % ("".join(random.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(6)),
                   random.choice(["Arturo G.", "Nkechi O.", "Sergei P.", "Brandon W.", "Hye-jin C."]),
                   random.choice(["Toyota Sienna", "Honda Odyssey", "Ford Transit (WAV)"]),
                   random.choice(["DL7", "EX4", "FP2"]) + digits(4), random.randint(4, 30), random.uniform(11, 68)))
        elif k == 8:
            py_head(b, 0, "INFO", "notify.sms")
            b.t("Twilio status callback SM%s status=delivered to=<redacted> err=None" % hexs(32))
        elif k == 9:
            py_head(b, 2, "ERROR", "dclounge.checkin", "views")
            b.t("Exception on /api/lounge/checkin [POST]: sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) "
                "could not connect to server: Connection timed out (host=pg-lounge01.sbrh.local port=5432)")
        elif k == 10:
            py_head(b, 1, "INFO", "evs.sync")
            t = random.choice(EVS_TECHS)
            b.t("Ticket %s %s -> COMPLETE by %s %s (tat %dm) room %s"
                % (evs_id(), pick("DISCHARGE_CLEAN", "TERMINAL_CLEAN", "STAT_CLEAN"), t[0], t[1],
                   random.randint(20, 95), rbed()))
        else:
            py_head(b, 0, "INFO", "rides.client")
            b.t("OAuth token refreshed client_id=sbrh-dc-lounge expires_in=3599 scope=rides.write")
        return "py-logging", b
    p = pick_pt()
    k = random.randrange(15)
    if k == 14:
        py_head(b, 2, "INFO", "dclounge.checkin", "family")
        slug = (fold(p.first) + fold(p.last)).lower().replace(" ", "").replace("'", "").replace("-", "")
        b.t("Family update page on file for MRN ").p(p.mrn, "mrn").t(": ") \
            .p("https://www.caringbridge.org/site/%s" % slug, "url").t(" (shared by %s)" % p.rel.lower())
    elif k >= 12:
        py_head(b, 0, "INFO", "rides.booking")
        b.t("NEMT eligibility verified for ").p(nm_lf(p), "name").t(": payer=%s member_id=" % p.payer[1]) \
            .p(p.payer[2], "health_plan").t(" group=%s benefit=RIDE_HOME trips_left=%d"
                                            % (p.payer[3] or "None", random.randint(1, 12)))
    elif k == 0:
        py_head(b, 0, "INFO", "rides.booking")
        b.t("Booking ride for ").p(nm_fl(p), "name").t(" phone ").p(fmt_ph(p.cell, rphstyle()), "phone") \
            .t(" pickup '%s' -> '" % HOSP_ADDR)
        addr_put(b, p)
        b.t("' at %s" % hhmm(later(random.randint(20, 120))))
    elif k == 1:
        py_head(b, 0, "DEBUG", "rides.client")
        b.t("Ride request payload: ")
        emit_repr(b, {"rider": {"first_name": P(p.first, "name"), "last_name": P(p.last, "name"),
                                "phone_number": P(fmt_ph(p.cell, "e164"), "phone"),
                                "portal_user": P(p.user, "other_id")},
                      "pickup": {"address": HOSP_ADDR, "note": "Discharge Lounge, door 3"},
                      "dropoff": {"address": PS((p.street, "address"), (", ", None), (p.city, "address"),
                                                (", %s " % p.state, None), (p.zip, "zip"))},
                      "mobility": random.choice(["ambulatory", "wheelchair", "stretcher"]),
                      "scheduled_for": (CL.t + UTC_OFF + dt.timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:00Z")})
    elif k == 2:
        py_head(b, 2, "INFO", "dclounge.checkin", "checkin")
        b.t("Lounge check-in: ").p(nm_lf(p), "name").t(" MRN ").p(p.mrn, "mrn") \
            .t(" chair %d, family pickup vehicle " % random.randint(1, 12)).p(p.plate, "vehicle") \
            .t(" (%s)" % p.car)
    elif k == 3:
        py_head(b, 0, "INFO", "notify.sms")
        b.t("SMS queued to ").p(fmt_ph(p.rel_phone, "e164"), "phone").t(" (%s of " % p.rel.lower()) \
            .p(nm_fl(p), "name").t("): 'Pickup ready at Discharge Lounge, door 3' sid=SM%s" % hexs(32))
    elif k == 4:
        py_head(b, 0, "DEBUG", "rides.client")
        body = {"rider": {"firstName": P(p.first, "name"), "lastName": P(p.last, "name"),
                          "phone": P(fmt_ph(p.cell, "e164"), "phone"), "email": P(p.email, "email")},
                "dropoff": {"line1": P(p.street, "address"), "city": P(p.city, "address"), "state": p.state,
                            "zip": P(p.zip, "zip")},
                "costCenter": "CC-7740-DCL", "wheelchair": random.random() < 0.3}
        b.t("POST /v2/rides body=")
        emit_json(b, body, esc_py, ", ", ": ")
    elif k == 5:
        py_head(b, 0, "INFO", "rides.booking")
        url = "https://rides.sbrh.org/t/%s?name=%s+%s" % (hexs(10), fold(p.first), fold(p.last).replace(" ", "+"))
        b.t("Share link generated: ").p(url, "url").t(" (expires 24h)")
    elif k == 6:
        py_head(b, 2, "INFO", "dclounge.valet", "valet")
        b.t("Valet retrieval requested ticket V-%s vehicle VIN " % digits(5)).p(p.vin, "vehicle").t(" plate ") \
            .p(p.plate, "vehicle").t(" owner ").p(nm_fl(p), "name")
    elif k == 7:
        py_head(b, 0, "WARNING", "rides.booking")
        b.t("PCI scrubber bypassed in legacy copay path: guarantor=").p("%s %s" % (p.rel_first, p.rel_last), "name") \
            .t(" card_number=").p(p.card, "account").t(" amount=$%.2f" % random.uniform(5, 40))
    elif k == 8:
        py_head(b, 2, "INFO", "dclounge.checkin", "identity")
        b.t("ID checked for pickup of ").p(nm_lf(p), "name").t(": %s " % p.rel.lower()) \
            .p("%s %s" % (p.rel_first, p.rel_last), "name").t(" IL DL ").p(p.dl_fmt, "license")
    elif k == 9:
        py_head(b, 0, "INFO", "tc.eta_feed")
        co, unit = random.choice(AMB)
        b.t("Unit %s (%s) ETA %s for case " % (unit, co, hhmm(later(random.randint(5, 50))))).p(p.case, "other_id") \
            .t(", pt ").p(up(p.last), "name").t(", ")
        age_put(b, p.age)
        b.t("%s" % p.sex)
    elif k == 10:
        py_head(b, 2, "INFO", "dclounge.checkin", "homehub")
        b.t("Home monitoring hub paired for ").p(nm_lf(p), "name").t(" MAC ").p(p.mac, "device") \
            .t(" IMEI ").p(p.imei, "device")
    else:
        py_head(b, 0, "INFO", "rides.booking")
        b.t("Ride status page opened by rider ").p(p.user, "other_id").t(" from ").p(p.ip, "ip") \
            .t(" (UA iOS 17.3, ride R%s)" % "".join(random.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(6)))
    return "py-logging", b


def fam_celery(phi, first):
    b = B()
    w = "ForkPoolWorker-%d" % random.randint(1, 8)
    if not phi:
        k = random.randrange(4)
        if k == 0:
            b.t("[%s: INFO/MainProcess] Task rides.tasks.book_ride[%s] received" % (ts_py(), ruuid()))
        elif k == 1:
            b.t("[%s: INFO/%s] Task rides.tasks.book_ride[%s] succeeded in %.3fs: {'ride_id': 'R%s', 'status': "
                "'scheduled', 'eta_min': %d}" % (ts_py(), w, ruuid(), random.uniform(0.2, 3),
                                                 "".join(random.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(6)),
                                                 random.randint(5, 40)))
        elif k == 2:
            b.t("[%s: WARNING/%s] Task evs.tasks.sync_tickets[%s] retry: Retry in 30s: "
                "ConnectionError('evs-sync01.sbrh.local:8443 timed out')" % (ts_py(), w, ruuid()))
        else:
            b.t("[%s: INFO/Beat] Scheduler: Sending due task lounge-occupancy-snapshot "
                "(dclounge.tasks.snapshot)" % ts_py())
        return "celery", b
    p = pick_pt()
    k = random.randrange(3)
    if k == 0:
        b.t("[%s: ERROR/%s] Task notify.tasks.send_sms[%s] raised unexpected: TwilioRestException(\"Unable to create "
            "record: The 'To' number " % (ts_py(), w, ruuid())).p(fmt_ph(p.cell, "e164"), "phone") \
            .t(" is not a valid phone number.\")")
    elif k == 1:
        b.t("[%s: INFO/MainProcess] Task rides.tasks.notify_family[%s] received args=(" % (ts_py(), ruuid()))
        emit_repr(b, P(p.mrn, "mrn"))
        b.t(", ")
        emit_repr(b, P(p.rel_email, "email"))
        b.t(") kwargs={'template': 'ride_booked'}")
    else:
        b.t("[%s: INFO/%s] Task dclounge.tasks.send_summary[%s] succeeded in %.3fs: " % (ts_py(), w, ruuid(),
                                                                                      random.uniform(0.1, 2)))
        emit_repr(b, {"to": P(p.email, "email"), "patient": P(nm_fl(p), "name"), "status": "sent"})
    return "celery", b


# ---------------- logcat (transporter handheld) ----------------
LC_PID = {"JobQueue": 8123, "DispatchSync": 8123, "ScanActivity": 8123, "OkHttp": 8123, "BleBeacon": 8123,
          "FcmService": 8123, "WifiStateMonitor": 1345, "EscalationRx": 8123}


def lc_head(b, lvl, tag):
    pid_ = LC_PID[tag]
    tid = pid_ if random.random() < 0.3 else pid_ + random.randint(8, 60)
    b.t("%s %5d %5d %s %-8s: " % (ts_logcat(), pid_, tid, lvl, tag))


def fam_logcat(phi, first):
    b = B()
    if not phi:
        k = random.randrange(9)
        if k == 0:
            lc_head(b, "I", "JobQueue")
            b.t("Job %s ACCEPTED %s %s -> %s equip=%s" % (tj_id(), random.choice(PRIO), loc_any(), loc_any(),
                                                           pick("STRETCHER", "WHEELCHAIR", "BED", "NONE")))
        elif k == 1:
            lc_head(b, "D", "OkHttp")
            b.t("--> POST https://transport.sbrh.org/api/v3/jobs/%s/status (%d-byte body)" % (tj_id(),
                                                                                              random.randint(40, 140)))
        elif k == 2:
            lc_head(b, "D", "OkHttp")
            b.t("<-- 200 OK https://transport.sbrh.org/api/v3/jobs?assignee=%s (%dms, %d-byte body)"
                % (tx()[2], random.randint(40, 900), random.randint(80, 6000)))
        elif k == 3:
            lc_head(b, "V", "BleBeacon")
            b.t("beacon uuid=f7826da6-4fa2-4e98-8024-bc5b71e0893e major=%d minor=%d rssi=%d floor=%d zone=%s"
                % (random.randint(1, 9), random.randint(100, 999), -random.randint(55, 92), random.randint(1, 9),
                   random.choice(["5E-N", "4W-S", "ED-CORE", "RAD-1", "ELEV-B"])))
        elif k == 4:
            lc_head(b, "I", "EscalationRx")
            b.t("Escalation L%d acknowledged by %s for %s" % (random.randint(1, 2), tx()[2], tj_id()))
        elif k == 5:
            lc_head(b, "W", "WifiStateMonitor")
            b.t("Roam: BSSID %s -> %s rssi=%d ssid=SBRH-CLIN" % (
                ":".join("%02x" % random.randint(0, 255) for _ in range(6)),
                ":".join("%02x" % random.randint(0, 255) for _ in range(6)), -random.randint(60, 85)))
        elif k == 6:
            lc_head(b, "I", "FcmService")
            b.t("onMessageReceived: type=NEW_JOB jobId=%s priority=%s ttl=120" % (tj_id(), random.choice(PRIO)))
        elif k == 7:
            lc_head(b, "E", "DispatchSync")
            b.t("sync failed: java.net.SocketTimeoutException: timeout (retry in %ds, battery %d%%)"
                % (random.choice([5, 10, 30]), random.randint(8, 90)))
        else:
            lc_head(b, "I", "JobQueue")
            b.t("Job %s COMPLETE elapsed=%ds distance=%dm" % (tj_id(), random.randint(300, 2400),
                                                              random.randint(80, 900)))
        return "logcat", b
    p = pick_pt()
    k = random.randrange(6)
    if k == 0:
        lc_head(b, "I", "ScanActivity")
        b.t("Wristband scan OK: MRN ").p(p.mrn, "mrn").t(" ").p(up(p.last) + ", " + up(p.first), "name") \
            .t(" DOB ").p(p.dob.strftime("%m/%d/%Y"), "date")
    elif k == 1:
        lc_head(b, "W", "ScanActivity")
        q = random.choice([x for x in PTS if x is not p])
        b.t("Patient ID mismatch! expected MRN ").p(p.mrn, "mrn").t(" scanned ").p(q.mrn, "mrn")
    elif k == 2:
        lc_head(b, "I", "JobQueue")
        b.t("Pickup note for %s: pt's %s " % (tj_id(), p.rel.lower())).p(p.rel_first, "name") \
            .t(" wants a call on arrival ").p(fmt_ph(p.rel_phone, "dash"), "phone")
    elif k == 3:
        lc_head(b, "W", "JobQueue")
        b.t("Isolation alert: ").p(nm_lf(p), "name").t(" in %s %s precautions, PPE required" % (rbed(), random.choice(
            ["AIRBORNE", "CONTACT", "DROPLET", "CONTACT_PLUS"])))
    elif k == 4:
        lc_head(b, "D", "OkHttp")
        b.t("<-- 200 OK https://transport.sbrh.org/api/v3/jobs/current (%dms) " % random.randint(40, 600))
        emit_json(b, {"jobId": tj_id(), "mrn": P(p.mrn, "mrn"), "ptName": P(nm_lf(p), "name"),
                      "age": age_j(p.age), "from": rbed(), "to": random.choice(DEPTS)})
    else:
        lc_head(b, "I", "ScanActivity")
        b.t("Palm-vein verify OK score=0.%d template=" % random.randint(90, 99)) \
            .p(b64_bytes(b"PVT\x02", random.randint(120, 200)), "biometric").t(" mrn=").p(p.mrn, "mrn")
    return "logcat", b


# ---------------- Windows / PowerShell ----------------
SNARE_HOST = ["CAPINT02.sbrh.local", "BEDSYNC01.sbrh.local", "TCAPP01.sbrh.local"]
SNARE_CNT = [5001]


def snare(b, evid, src, etype, msg_builder_fn):
    host = random.choice(SNARE_HOST)
    SNARE_CNT[0] += random.randint(1, 9)
    b.t("%s\tMSWinEventLog\t1\tApplication\t%d\t%s\t%d\t%s\tN/A\tN/A\t%s\t%s\tNone\t\t"
        % (host, SNARE_CNT[0], ts_snare(), evid, src, etype, host))
    msg_builder_fn(b)
    b.t("\t%d" % random.randint(10, 999))


def fam_snare(phi, first):
    b = B()
    if not phi:
        k = random.randrange(4)
        if k == 0:
            snare(b, 1001, "BedBoardSync", "Information",
                  lambda bb: bb.t("Reconcile finished: %d beds compared, %d mismatches, 0 errors, %d ms"
                                  % (random.randint(580, 620), random.randint(0, 14), random.randint(800, 9000))))
        elif k == 1:
            snare(b, 7031, "Service Control Manager", "Error",
                  lambda bb: bb.t("The SBRH ADT Bridge service terminated unexpectedly.  It has done this %d time(s)."
                                  % random.randint(1, 3)))
        elif k == 2:
            snare(b, 4102, "CapIntBridge", "Warning",
                  lambda bb: bb.t("Queue TELETRACK_OUT depth %d exceeds 200; oldest message age %ds"
                                  % (random.randint(201, 900), random.randint(60, 900))))
        else:
            snare(b, 1000, "EvsTicketPurge", "Information",
                  lambda bb: bb.t("Purged %d closed EVS tickets older than 30 days from EVSDB on sql-evs01,1433"
                                  % random.randint(100, 900)))
        return "win-snare", b
    p = pick_pt()
    k = random.randrange(2)
    if k == 0:
        snare(b, 4110, "CapIntBridge", "Error",
              lambda bb: bb.t("A08 rejected by TeleTracking (AE): PID-3 ").p(p.mrn, "mrn").t(" name ")
              .p(up(p.last) + "^" + up(p.first), "name").t(" - unknown location %s" % rbed()))
    else:
        snare(b, 1005, "BedBoardSync", "Warning",
              lambda bb: bb.t("Ghost occupancy: ").p(nm_lf(p), "name").t(" (").p(p.mrn, "mrn")
              .t(") discharged ").p(CL.t.strftime("%m/%d/%Y"), "date").t(" in Epic but still in %s" % rbed()))
    return "win-snare", b


def csvq(b, v):
    """write a csv field, quoting when needed; v may be P"""
    if isinstance(v, P):
        s = str(v.v)
        if any(c in s for c in ',"\n'):
            b.t('"').p(s.replace('"', '""'), v.cat).t('"')
        else:
            b.p(s, v.cat)
    else:
        s = str(v)
        if any(c in s for c in ',"\n'):
            b.t('"' + s.replace('"', '""') + '"')
        else:
            b.t(s)


def csv_row(b, vals):
    for i, v in enumerate(vals):
        if i:
            b.t(",")
        csvq(b, v)
    return b


def fam_evtcsv(phi, first):
    b = B()
    if first and random.random() < 0.6:
        b.t("Level,Date and Time,Source,Event ID,Task Category")
        return "win-evt-csv", b
    if not phi:
        lvl, src, eid, msg = random.choice([
            ("Information", "BedBoardSync", 1001, "Nightly census reconcile finished: %d beds, %d dirty, %d blocked."
             % (random.randint(580, 620), random.randint(10, 50), random.randint(2, 12))),
            ("Warning", "RideBookingAgent", 2203, "Vendor API latency %d ms above threshold (1500 ms)."
             % random.randint(1501, 6000)),
            ("Error", "CapIntBridge", 4120, "Unable to connect to MLLP endpoint %s:6661. Retrying in 30 seconds."
             % priv_ip()),
            ("Information", "TransportKiosk", 3001, "Kiosk TK-%02d heartbeat OK, app 3.14.%d, uptime %dh"
             % (random.randint(1, 12), random.randint(0, 9), random.randint(1, 400))),
        ])
        csv_row(b, [lvl, ts_win(), src, eid, "None", msg])
        return "win-evt-csv", b
    p = pick_pt()
    if random.random() < 0.5:
        m = B().t("Patient ").p(nm_fl(p), "name").t(" (MRN ").p(p.mrn, "mrn") \
            .t(") discharged in Epic but still occupying %s in TeleTracking; auto-discharge applied." % rbed())
    else:
        m = B().t("Fax of discharge packet to guardian ").p("%s %s" % (p.rel_first, p.rel_last), "name") \
            .t(" at ").p(fmt_ph(get_fax(p), "paren"), "fax").t(" failed: busy (attempt 2).")
    b.t(pick("Information", "Warning") + "," + ts_win() + ",BedBoardSync,%d,None," % random.choice([1005, 1007]))
    b.t('"').sub(m, lambda s: s.replace('"', '""')).t('"')
    return "win-evt-csv", b


def ps_head(b, lvl, script):
    b.t("[%s] [%s] [%s] " % (CL.t.strftime("%Y-%m-%d %H:%M:%S"), lvl, script))


def fam_ps(phi, first):
    b = B()
    if not phi:
        k = random.randrange(7)
        if k == 0:
            ps_head(b, "INFO", "Sync-DischargeLounge.ps1")
            b.t("Exported %d rows to \\\\fs01.sbrh.local\\dclounge\\exports\\rides_%s.csv"
                % (random.randint(3, 30), CL.t.strftime("%Y%m%d")))
        elif k == 1:
            b.t("VERBOSE: POST https://bedboard-api.sbrh.local/api/v2/blocks with %d-byte payload" % random.randint(90, 400))
        elif k == 2:
            b.t("WARNING: %d EVS tickets stuck in ASSIGNED > 120 min: %s, %s" % (random.randint(2, 5), evs_id(), evs_id()))
        elif k == 3:
            b.t("Invoke-RestMethod : The remote server returned an error: (503) Server Unavailable.")
        elif k == 4:
            b.t("At C:\\Scripts\\CapCmd\\Sync-BedBoard.ps1:%d char:%d" % (random.randint(40, 300), random.randint(5, 30)))
        elif k == 5:
            ps_head(b, "INFO", "Invoke-EvsTicketPurge.ps1")
            b.t("Connected to sql-evs01.sbrh.local,1433 as SBRH\\svc_evs_purge; removed %d rows in %.1fs"
                % (random.randint(100, 900), random.uniform(0.5, 9)))
        else:
            ps_head(b, "WARN", "Test-TransportKiosks.ps1")
            b.t("TK-%02d (%s) did not answer ping after 3 tries" % (random.randint(1, 12), priv_ip()))
        return "ps-script", b
    p = pick_pt()
    k = random.randrange(7)
    if k == 6:
        ps_head(b, "INFO", "Issue-FamilyParkingPass.ps1")
        b.t("Pass FP-%s issued to " % digits(6)).p("%s %s" % (p.rel_first, p.rel_last), "name") \
            .t(" (%s of MRN " % p.rel.lower()).p(p.mrn, "mrn").t(") plate ").p(p.plate, "vehicle") \
            .t(" garage P2 valid through %s" % (CL.t + dt.timedelta(days=3)).strftime("%m/%d/%Y"))
    elif k == 4:
        b.t("VERBOSE: Coverage -> @{MemberId=").p(p.payer[2], "health_plan").t("; Payer=%s; Group=%s; MRN="
                                                                             % (p.payer[1], p.payer[3] or "")) \
            .p(p.mrn, "mrn").t("}")
    elif k == 5:
        q = random.choice([x for x in PTS if x is not p])
        ps_head(b, "WARN", "Find-DuplicateMrn.ps1")
        b.t("Candidate pair MRN ").p(p.mrn, "mrn").t(" / MRN ").p(q.mrn, "mrn").t(" matched on SSN ") \
            .p(p.ssn, "ssn").t(" and DOB ").p(p.dob.strftime("%m/%d/%Y"), "date").t(" (score %d) -> HIM worklist"
                                                                                  % random.randint(80, 99))
    elif k == 0:
        ps_head(b, "WARN", "Sync-DischargeLounge.ps1")
        b.t("Row %d rejected by vendor: rider '" % random.randint(1, 30)).p(nm_fl(p).replace("'", "''"), "name") \
            .t("' phone '").p(fmt_ph(p.cell, "paren"), "phone").t("' - pickup window invalid")
    elif k == 1:
        ps_head(b, "INFO", "Send-GuardianFax.ps1")
        b.t("Faxing AVS for MRN ").p(p.mrn, "mrn").t(" to ").p(fmt_ph(get_fax(p), "dash"), "fax") \
            .t(" (%s), RightFax job %s" % (p.rel.lower(), digits(8)))
    elif k == 2:
        b.t("VERBOSE: Matched lounge row -> @{MRN=").p(p.mrn, "mrn").t("; Name=").p(nm_lf(p), "name") \
            .t("; DOB=").p(p.dob.strftime("%m/%d/%Y"), "date").t("; Chair=%d}" % random.randint(1, 12))
    else:
        b.t("Invoke-RestMethod : {\"error\":\"invalid_address\",\"detail\":\"Dropoff '")
        addr_put(b, p, fold_=True)
        b.t("' for rider ").p(fold(nm_fl(p)), "name").t(" could not be geocoded\"}")
    return "ps-script", b


def fam_getev(phi, first):
    b = B()
    if first and random.random() < 0.5:
        b.t("   Index Time          EntryType   Source                 InstanceID Message")
        return "ps-get-eventlog", b
    idx = 81000 + random.randint(0, 999)
    when = CL.t.strftime("%b %d %H:%M")
    if not phi:
        et, src, iid, msg = random.choice([
            ("Information", "BedBoardSync", 1001, "Nightly census reconcile finished: 604 beds, 31 dirty, 7 bl..."),
            ("Warning", "CapIntBridge", 4102, "Queue TELETRACK_OUT depth 412 exceeds 200; oldest message age..."),
            ("Error", "RideBookingAgent", 2210, "Vendor webhook signature mismatch (kid=rv-2024-11), payload..."),
            ("Information", "EvsTicketPurge", 1000, "Purged 318 closed EVS tickets older than 30 days from EVS..."),
        ])
        b.t("%8d %-13s %-11s %-22s %10d %s" % (idx, when, et, src, iid, msg))
        return "ps-get-eventlog", b
    p = pick_pt()
    b.t("%8d %-13s %-11s %-22s %10d " % (idx, when, "Warning", "BedBoardSync", 1005)).t("Ghost occupancy: ") \
        .p(nm_lf(p)[:18].rstrip(", "), "name").t("...")
    return "ps-get-eventlog", b


# ---------------- websocket frames ----------------
WS_SEQ = [88120]


def fam_ws(phi, first):
    b = B()
    WS_SEQ[0] += random.randint(1, 7)
    kind = random.choice(["gc", "gc", "sr", "sio"])
    if not phi:
        if kind == "gc":
            k = random.randrange(3)
            if k == 0:
                o = {"event": "bed.updated", "seq": WS_SEQ[0], "ts": ts_z(),
                     "data": {"bedId": rbed(), "status": random.choice(["VACANT", "DIRTY", "BLOCKED", "READY"]),
                              "cleanStatus": random.choice(["DIRTY", "IN_PROGRESS", "CLEAN"]),
                              "evsTicket": evs_id(), "patient": None}}
            elif k == 1:
                u, a, z = random.choice(WARD)
                o = {"event": "unit.census", "seq": WS_SEQ[0], "ts": ts_z(),
                     "data": {"unit": u, "occupied": random.randint(20, z - a + 1), "capacity": z - a + 1,
                              "pendingAdmits": random.randint(0, 5), "pendingDischarges": random.randint(0, 8),
                              "surgeLevel": random.choice(["GREEN", "YELLOW", "ORANGE"])}}
            else:
                o = {"event": "heartbeat", "seq": WS_SEQ[0], "ts": ts_z(), "server": random.choice(HOSTS)}
            emit_json(b, o)
            return "ws-grandcentral", b
        if kind == "sr":
            k = random.randrange(3)
            if k == 0:
                b.t('{"type":6}\x1e')
            elif k == 1:
                u, a, z = random.choice(WARD)
                emit_json(b, {"type": 1, "target": "UnitCensus", "arguments": [
                    {"Unit": u, "Occupied": random.randint(20, z - a + 1), "Capacity": z - a + 1,
                     "Timestamp": ts_isooff()}]}, esc_net)
                b.t("\x1e")
            else:
                emit_json(b, {"type": 1, "target": "TransportJobChanged", "arguments": [
                    {"JobId": tj_id(), "State": random.choice(["Dispatched", "InProgress", "Complete"]),
                     "Transporter": "%s %s" % tx()[:2], "Origin": loc_any(), "Destination": loc_any()}]}, esc_net)
                b.t("\x1e")
            return "ws-signalr", b
        k = random.randrange(3)
        if k == 0:
            b.t("2")
        elif k == 1:
            b.t('42["evs:queue",')
            emit_json(b, {"open": random.randint(3, 30), "overdue": random.randint(0, 5), "oldest": evs_id(),
                          "techsOnShift": random.randint(6, 20)})
            b.t("]")
        else:
            b.t('42["transfer:board",')
            emit_json(b, {"pending": random.randint(0, 8), "accepted": random.randint(0, 6),
                          "enRoute": random.randint(0, 4), "updated": ts_z(False)})
            b.t("]")
        return "ws-socketio", b
    p = pick_pt()
    if kind == "gc":
        k = random.randrange(3)
        if k == 0:
            o = {"event": "bed.assigned", "seq": WS_SEQ[0], "ts": ts_z(),
                 "data": {"bedId": rbed(), "status": "OCCUPIED",
                          "patient": {"mrn": P(p.mrn, "mrn"), "displayName": P("%s, %s." % (p.last, p.first[0]), "name"),
                                      "sex": p.sex, "age": age_j(p.age),
                                      "admitDate": P(p.admit.strftime("%Y-%m-%d"), "date")},
                          "flags": random.sample(["FALL_RISK", "TELE", "ISOLATION", "BARIATRIC", "DNR"], 2)}}
        elif k == 1:
            ph = fake_jpeg() if p.photo_kind == "jpeg" else fake_png()
            mime = "jpeg" if p.photo_kind == "jpeg" else "png"
            o = {"event": "patient.tile", "seq": WS_SEQ[0], "ts": ts_z(),
                 "data": {"mrn": P(p.mrn, "mrn"), "name": P(nm_fl(p), "name"),
                          "photo": P("data:image/%s;base64,%s" % (mime, ph), "photo")}}
        else:
            o = {"event": "discharge.pending", "seq": WS_SEQ[0], "ts": ts_z(),
                 "data": {"bedId": rbed(), "mrn": P(p.mrn, "mrn"), "name": P(nm_lf(p), "name"),
                          "edd": P(p.edd.isoformat(), "date"), "ride": {"status": "BOOKED",
                                                                         "pickupContact": P(fmt_ph(p.rel_phone, "e164"), "phone"),
                                                                         "notifyEmail": P(p.rel_email, "email")}}}
        emit_json(b, o)
        return "ws-grandcentral", b
    if kind == "sr" and random.random() < 0.35:
        emit_json(b, {"type": 1, "target": "PatientPhotoUpdated", "arguments": [
            {"PatientId": P(p.epi, "mrn"), "ContentType": "image/jpeg", "Data": P(fake_jpeg(random.randint(120, 240)), "photo"),
             "CapturedBy": random.choice(["REG_KIOSK_02", "ED_TRIAGE_1", "ADMITTING_3"])}]}, esc_net)
        b.t("\x1e")
        return "ws-signalr", b
    if kind == "sr":
        emit_json(b, {"type": 1, "target": "BedStatusChanged", "arguments": [
            {"BedId": rbed(), "Status": "Occupied", "PatientName": P(nm_lf(p), "name"), "PatientId": P(p.epi, "mrn"),
             "Age": age_j(p.age), "Isolation": random.choice(["None", "Contact", "Droplet"]),
             "HomePhone": P(fmt_ph(p.home, "e164"), "phone")}]}, esc_net)
        b.t("\x1e")
        return "ws-signalr", b
    b.t('42["transport:job",')
    emit_json(b, {"jobId": tj_id(), "pt": P("%s, %s." % (p.last, p.first[0]), "name"), "mrn": P(p.mrn, "mrn"),
                  "from": rbed(), "to": random.choice(DEPTS), "prio": random.choice(PRIO)})
    b.t("]")
    return "ws-socketio", b


# ---------------- CSV exports ----------------
BED_RUN = set()


def fam_csv_bed(phi, first):
    b = B()
    if first:
        BED_RUN.clear()
        b.t("BedId,Unit,Room,BedStatus,CleanStatus,PatientMRN,PatientName,Sex,Age,AdmitDate,ExpectedDischarge,"
            "LOS_Hrs,Isolation,LastCleanedBy,LastCleanedAt")
        return "csv-bedboard", b
    bed = rbed()
    u, r = bed_unit_room(bed)
    t = random.choice(EVS_TECHS)
    cleaned = (CL.t - dt.timedelta(minutes=random.randint(30, 3000))).strftime("%m/%d/%Y %H:%M")
    if not phi:
        st = random.choice(["Vacant", "Vacant", "Blocked", "Dirty"])
        csv_row(b, [bed, u, r, st, "Clean" if st == "Vacant" else pick("Dirty", "InProgress"), "", "", "", "", "", "",
                    "", "", "%s %s" % (t[0], t[1]), cleaned])
        return "csv-bedboard", b
    p = pick_pt()
    tries = 0
    while p.mrn in BED_RUN and tries < 20:
        p = random.choice(PTS)
        tries += 1
    BED_RUN.add(p.mrn)
    los = (CL.t - p.admit).total_seconds() / 3600
    csv_row(b, [bed, u, r, "Occupied", "Clean", P(p.mrn, "mrn"), P(nm_lf(p), "name"), p.sex, age_j(p.age),
                P(p.admit.strftime("%m/%d/%Y %H:%M"), "date"), P(p.edd.strftime("%m/%d/%Y"), "date"),
                "%.1f" % los, random.choice(["", "", "Contact", "Droplet"]), "%s %s" % (t[0], t[1]), cleaned])
    return "csv-bedboard", b


def fam_csv_tj(phi, first):
    b = B()
    if first:
        b.t("job_id,created,priority,origin,destination,mode,equipment,patient_mrn,transporter,dispatched,picked_up,"
            "completed,delay_reason")
        return "csv-transport", b
    c = CL.t - dt.timedelta(minutes=random.randint(20, 90))
    d1 = c + dt.timedelta(minutes=random.randint(1, 12))
    d2 = d1 + dt.timedelta(minutes=random.randint(2, 15))
    d3 = d2 + dt.timedelta(minutes=random.randint(5, 30))
    f = "%Y-%m-%d %H:%M:%S"
    t = tx()
    if not phi:
        csv_row(b, [tj_id(), c.strftime(f), random.choice(PRIO), loc_any(), loc_any(),
                    pick("EQUIPMENT", "SPECIMEN", "BLOOD_PRODUCT"), pick("IV pump ASSET-%s" % digits(6),
                                                                         "cooler", "SCD pump ASSET-%s" % digits(6)),
                    "", t[2], d1.strftime(f), d2.strftime(f), d3.strftime(f), pick("", "", "ELEVATOR")])
        return "csv-transport", b
    p = pick_pt()
    csv_row(b, [tj_id(), c.strftime(f), random.choice(PRIO), rbed(), random.choice(DEPTS),
                pick("STRETCHER", "WHEELCHAIR", "BED"), pick("O2 tank", "tele box", "none"), P(p.mrn, "mrn"),
                t[2], d1.strftime(f), d2.strftime(f), d3.strftime(f),
                pick("", "", "PATIENT_NOT_READY", "RN_HANDOFF")])
    return "csv-transport", b


def fam_csv_evs(phi, first):
    b = B()
    if first:
        b.t("TicketNo,Room,Bed,CleanType,Priority,Requested,Assigned,Started,Completed,Tech,TAT_min,Isolation,Notes")
        return "csv-evs", b
    bed = rbed()
    u, r = bed_unit_room(bed)
    rq = CL.t - dt.timedelta(minutes=random.randint(40, 200))
    a = rq + dt.timedelta(minutes=random.randint(1, 20))
    s = a + dt.timedelta(minutes=random.randint(2, 25))
    c = s + dt.timedelta(minutes=random.randint(15, 60))
    f = "%H:%M"
    t = random.choice(EVS_TECHS)
    row = [evs_id(), "%s-%s" % (u, r), bed[-1] if bed[-1] in "AB" else "", pick("DISCHARGE", "TERMINAL", "TRANSFER", "STAT"),
           pick("ROUTINE", "STAT"), rq.strftime(f), a.strftime(f), s.strftime(f), c.strftime(f), "%s %s" % (t[0], t[1]),
           str(int((c - rq).total_seconds() // 60)), pick("", "", "C-DIFF", "CONTACT")]
    if not phi:
        row.append(pick("", "", "", "UV robot used", "bed frame cracked, WO-%s" % digits(7), "linen cart short"))
        csv_row(b, row)
        return "csv-evs", b
    p = pick_pt()
    csv_row(b, row[:-1] + [row[-1]])
    b.t(",")
    b.t('"pt ').p(nm_lf(p), "name").t(' still in room at %s per RN %s, delayed"' % (a.strftime(f), random.choice(RNS)))
    return "csv-evs", b


def fam_csv_tc(phi, first):
    b = B()
    if first:
        b.t("call_id,received_at,call_type,referring_facility,referring_contact,callback_number,accepting_md,case_no,"
            "patient_name,dob,age,payer,member_id,reason,transport_mode,eta,disposition")
        return "csv-transfer", b
    f = random.choice(FACILITIES)
    md = random.choice(MDS)
    rcv = (CL.t - dt.timedelta(minutes=random.randint(10, 180))).strftime("%Y-%m-%d %H:%M")
    if not phi:
        csv_row(b, ["TCC-" + digits(8), rcv, pick("BED_AVAIL_INQUIRY", "STATUS_UPDATE", "ETA_UPDATE"), f[0],
                    "%s RN" % f[3], fmt_ph(FAC_PH[f[0]][0], "paren"), "", "", "", "", "", "", "", "", "", "",
                    "INFO_ONLY"])
        return "csv-transfer", b
    p = pick_pt()
    co, unit = random.choice(AMB)
    csv_row(b, ["TCC-" + digits(8), rcv, "TRANSFER_REQUEST", f[0], "%s RN" % f[3], fmt_ph(FAC_PH[f[0]][0], "paren"),
                "Dr. %s %s" % (md[2].title(), md[1].title()), P(p.case, "other_id"), P(nm_lf(p), "name"),
                P(p.dob.strftime("%m/%d/%Y"), "date"), age_j(p.age), p.payer[0],
                P(p.payer[2], "health_plan") if random.random() < 0.7 else "PENDING", random.choice(DX),
                "%s %s" % (co, unit), hhmm(later(random.randint(10, 90))), pick("ACCEPTED", "ACCEPTED", "PENDING_BED")])
    return "csv-transfer", b


def fam_csv_rides(phi, first):
    b = B()
    if first:
        b.t("ride_id,booked_at,vendor,rider_name,rider_phone,pickup,dropoff,scheduled_pickup,status,driver,vehicle,"
            "fare_usd,booked_by")
        return "csv-rides", b
    rid = "R" + "".join(random.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(6))
    bk = CL.t.strftime("%Y-%m-%d %H:%M")
    sch = later(random.randint(20, 120)).strftime("%Y-%m-%d %H:%M")
    drv = random.choice(["Arturo G.", "Nkechi O.", "Sergei P.", "Brandon W.", "Hye-jin C."])
    veh = "%s %s" % (random.choice(["Toyota Sienna", "Honda Odyssey", "Ford Transit"]),
                     random.choice(["DL7", "EX4", "FP2"]) + digits(4))
    if not phi:
        csv_row(b, [rid, bk, pick("RideVendor", "MedRoute"), "LAB COURIER", "", HOSP_ADDR,
                    random.choice([f[1] for f in FACILITIES[:2]] + ["2650 Ridge Ave, Evanston, IL 60201"]), sch,
                    pick("COMPLETED", "SCHEDULED"), drv, veh, "%.2f" % random.uniform(18, 90), "svc_courier"])
        return "csv-rides", b
    p = pick_pt()
    csv_row(b, [rid, bk, pick("RideVendor", "MedRoute"), P(nm_fl(p), "name"), P(fmt_ph(p.cell, "dash"), "phone"),
                HOSP_ADDR])
    b.t(',"')
    b.p(p.street, "address").t(", ").p(p.city, "address").t(", %s " % p.state).p(p.zip, "zip").t('"')
    b.t(",")
    csv_row(b, [sch, pick("SCHEDULED", "DRIVER_ASSIGNED", "COMPLETED"), drv, veh, "%.2f" % random.uniform(11, 68),
                pick("gkim", "hreeves", "locampo", "dcl_kiosk")])
    return "csv-rides", b


# ---------------- nginx ----------------
UA_PHONE = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.3 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/121.0.6167.143 Mobile Safari/537.36"]


def fam_nginx(phi, first):
    b = B()
    if not phi:
        k = random.randrange(5)
        if k == 0:
            u = random.choice(WARD)[0]
            b.t('%s - - [%s] "GET /api/v2/beds?unit=%s&status=%s HTTP/1.1" 200 %d "-" "Java-http-client/17.0.9"'
                % (priv_ip(), ts_nginx(), u, pick("DIRTY", "VACANT", "ALL"), random.randint(800, 20000)))
        elif k == 1:
            b.t('%s - - [%s] "GET /actuator/health HTTP/1.1" 200 15 "-" "kube-probe/1.28"' % (priv_ip(), ts_nginx()))
        elif k == 2:
            b.t('%s - - [%s] "GET /ws/bedboard HTTP/1.1" 101 0 "https://capacity.sbrh.org/board/5E" '
                '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 '
                'Safari/537.36 Edg/121.0.0.0"' % (priv_ip(), ts_nginx()))
        elif k == 3:
            b.t('%s - svc_transport [%s] "POST /api/v3/jobs/%s/status HTTP/1.1" 204 0 "-" "okhttp/4.12.0"'
                % (priv_ip(), ts_nginx(), tj_id()))
        else:
            b.t('%s - - [%s] "GET /static/js/main.%s.js HTTP/2.0" 304 0 "https://capacity.sbrh.org/" "Mozilla/5.0 '
                '(Windows NT 10.0; Win64; x64)"' % (priv_ip(), ts_nginx(), hexs(8)))
        return "nginx", b
    p = pick_pt()
    k = random.randrange(3)
    rid = "R" + "".join(random.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(6))
    if k == 0:
        b.p(p.ip, "ip").t(' - - [%s] "GET /r/status/%s HTTP/2.0" 200 %d "https://sms.ridevendor.example/" "%s"'
                          % (ts_nginx(), rid, random.randint(900, 3000), random.choice(UA_PHONE)))
    elif k == 1:
        url = "https://rides.sbrh.org/track?rider=%s+%s&ride=%s" % (fold(p.first), fold(p.last).replace(" ", "+"), rid)
        b.p(p.ip, "ip").t(' - - [%s] "GET /api/rides/%s/eta HTTP/2.0" 200 %d "' % (ts_nginx(), rid, random.randint(80, 300))) \
            .p(url, "url").t('" "%s"' % random.choice(UA_PHONE))
    else:
        q = "%s%%2C%s" % (fold(p.last).replace(" ", "%20"), fold(p.first))
        b.t('%s - - [%s] "GET /api/v2/patients/search?name=' % (priv_ip(), ts_nginx())).p(q, "name") \
            .t("&dob=").p(p.dob.isoformat(), "date").t(' HTTP/1.1" 200 %d "https://capacity.sbrh.org/transfer" "Mozilla/5.0 '
                                                       '(Windows NT 10.0; Win64; x64)"' % random.randint(300, 2000))
    return "nginx", b


# ---------------- call recording metadata ----------------
def fam_rec(phi, first):
    b = B()
    t = random.choice(TC_RNS)
    f = random.choice(FACILITIES)
    rec = "REC-%s-%s" % (CL.t.strftime("%Y%m%d-%H%M%S"), digits(4))
    base = {"recording_id": rec, "call_id": "TCC-" + digits(8), "start": ts_z(False),
            "duration_s": random.randint(30, 1500), "direction": "inbound",
            "dnis": fmt_ph(TC_LINE, "e164"), "agent": t[2], "agent_ext": t[3], "queue": "TRANSFER_CENTER"}
    if not phi:
        base.update({"ani": fmt_ph(FAC_PH[f[0]][0], "e164"), "caller_type": "referring_facility",
                     "referring_facility": f[0], "referring_contact": f[3], "case_no": None,
                     "codec": "G.711u", "sha256": hexs(64), "retention_days": 2555})
        emit_json(b, base, esc_py, ", ", ": ")
        return "call-recording-json", b
    p = pick_pt()
    k = random.randrange(3)
    if k == 0:
        base.update({"ani": fmt_ph(FAC_PH[f[0]][0], "e164"), "caller_type": "referring_facility",
                     "referring_facility": f[0], "referring_contact": f[3], "case_no": P(p.case, "other_id"),
                     "patient_ref": {"name": P(nm_fl(p), "name"), "dob": P(p.dob.isoformat(), "date")},
                     "accepting_md": "Dr. %s" % random.choice(MDS)[1].title(), "sha256": hexs(64)})
    elif k == 1:
        base.update({"ani": P(fmt_ph(p.rel_phone, "e164"), "phone"), "caller_type": "family",
                     "caller_name": P("%s %s" % (p.rel_first, p.rel_last), "name"), "case_no": P(p.case, "other_id"),
                     "sha256": hexs(64)})
    else:
        base.update({"ani": P(fmt_ph(p.rel_phone, "e164"), "phone"), "caller_type": "family",
                     "case_no": P(p.case, "other_id"), "voiceprint_enrolled": True,
                     "voiceprint": P(b64_bytes(b"VPRT\x01\x00", random.randint(150, 260)), "biometric")})
    emit_json(b, base, esc_py, ", ", ": ")
    return "call-recording-json", b


# ---------------- registration kiosk / patient identity (Spring JSON debug) ----------------
def fam_ident(phi, first):
    b = B()
    if not phi:
        sb2_head(b, "INFO", "c.s.c.identity.PalmScanController")
        b.t("Palm scanner PS-%02d health OK (fw 4.2.%d, %s)" % (random.randint(1, 9), random.randint(0, 9), priv_ip()))
        return "spring-boot2", b
    p = pick_pt()
    k = random.randrange(4)
    sb2_head(b, "DEBUG", "c.s.c.identity.PatientIdentityClient")
    if k == 0:
        b.t("Enrollment response ")
        emit_json(b, {"status": "ENROLLED", "mrn": P(p.mrn, "mrn"), "palmTemplate": P(b64_bytes(b"PVT\x02", random.randint(150, 260)), "biometric"),
                      "quality": random.randint(70, 99)})
    elif k == 1:
        b.t("Registration snapshot ")
        emit_json(b, {"mrn": P(p.mrn, "mrn"), "ssn": P(p.ssn, "ssn"), "medicareMbi" if p.payer[0] == "MCR" else "memberId":
                      P(p.payer[2], "health_plan"), "groupNumber": p.payer[3],
                      "driversLicense": {"number": P(p.dl, "license"), "state": "IL"}, "guarantor": {
                          "name": P("%s %s" % (p.rel_first, p.rel_last), "name"), "relationship": p.rel,
                          "phone": P(fmt_ph(p.rel_phone, "dash"), "phone"), "email": P(p.rel_email, "email"),
                          "fax": P(fmt_ph(p.fax, "dash"), "fax") if p.fax else None}})
    elif k == 2:
        b.t("Foreign ID on file for MRN ").p(p.mrn, "mrn").t(": ")
        if p.curp:
            b.t("CURP ").p(p.curp, "other_id")
        else:
            b.t("passport ").p(random.choice("KNPX") + digits(8), "other_id")
        b.t(" country=%s" % ("MX" if p.curp else pick("NG", "PL", "IE", "GR")))
    else:
        b.t("Implant registry match for MRN ").p(p.mrn, "mrn").t(" UDI ").p(p.udi, "device")
    return "spring-boot2", b


FAMS = [
    ("sb2", fam_sb2, 13, 0.45), ("sb3", fam_sb3, 10, 0.45), ("lbj", fam_lbj, 8, 0.4), ("mirth", fam_mirth, 10, 0.45),
    ("py", fam_py, 12, 0.45), ("celery", fam_celery, 3, 0.3), ("logcat", fam_logcat, 8, 0.55),
    ("snare", fam_snare, 3, 0.3), ("evtcsv", fam_evtcsv, 3, 0.45), ("ps", fam_ps, 5, 0.55), ("getev", fam_getev, 2, 0.6),
    ("ws", fam_ws, 10, 0.6), ("csv_bed", fam_csv_bed, 2, 0.7), ("csv_tj", fam_csv_tj, 2, 0.7),
    ("csv_evs", fam_csv_evs, 2, 0.7), ("csv_tc", fam_csv_tc, 2, 0.7), ("csv_rides", fam_csv_rides, 2, 0.7),
    ("nginx", fam_nginx, 5, 0.5), ("rec", fam_rec, 4, 0.4), ("ident", fam_ident, 5, 0.2),
]


def main():
    lines, labels = [], []
    n_phi = 0
    cur = None
    stick = 0.0
    run = 0
    used = {f[0]: 0 for f in FAMS}
    for i in range(N_LINES):
        CL.tick()
        share = n_phi / i if i else TARGET_PHI
        pr = min(0.95, max(0.05, TARGET_PHI + (TARGET_PHI - share) * 8))
        phi = random.random() < pr
        first = False
        run += 1
        is_csv = cur is not None and cur[0].startswith("csv")
        if cur is None or (random.random() > stick and not (is_csv and run < 5)) or run > 9:
            prev = cur
            tot_w = sum(f[2] for f in FAMS)
            wts = []
            for f in FAMS:
                exp_n = f[2] / tot_w * i
                wts.append(f[2] * math.exp(-(used[f[0]] - exp_n) / (exp_n + 4)))
            while cur == prev:
                cur = random.choices(FAMS, weights=wts)[0]
            stick = cur[3]
            first = True
            run = 0
        used[cur[0]] += 1
        fam, b = cur[1](phi, first)
        raw, spans = b.render()
        assert b"\n" not in raw and b"\r" not in raw, raw
        assert len(raw) <= 4000, (fam, len(raw))
        if phi and not spans:
            # header lines or other fixed no-PHI output
            pass
        if not phi:
            assert not spans, (fam, raw)
        last_e = -1
        for sp in sorted(spans, key=lambda x: x["s"]):
            assert sp["s"] >= last_e and sp["e"] > sp["s"]
            last_e = sp["e"]
        raw.decode("utf-8")
        if spans:
            n_phi += 1
        lines.append(raw)
        labels.append({"line": i + 1, "family": fam, "spans": spans})
    with open(os.path.join(HERE, ID + ".log"), "wb") as fh:
        fh.write(b"\n".join(lines) + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
