#!/usr/bin/env python3
"""Deterministic generator for the `es` held-out PHI test corpus.

Theme: a (fictional) Canadian hospital network in Ontario and Quebec --
"Trillium-Laurentian Health Network / Reseau de sante Trillium-Laurentides" (TLHN).
Writes es.log and es.labels.jsonl next to this file.  Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import uuid

random.seed(61)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_CLEAN = 0.55

# ----------------------------------------------------------------------------
# line builder with byte-offset spans
# ----------------------------------------------------------------------------


class P:
    """A PHI value to be inserted (and labelled) verbatim."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S:
    """A JSON string made of several parts (str or P)."""

    def __init__(self, *parts):
        self.parts = parts


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
        assert b, "empty PHI value"
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, b))
        return self

    def add(self, *parts):
        for x in parts:
            if isinstance(x, P):
                if isinstance(x.v, str):
                    self.p(x.v, x.cat)
                else:
                    self.p(str(x.v), x.cat)
            elif isinstance(x, (list, tuple)):
                self.segs(x)
            else:
                self.t(x)
        return self

    def segs(self, segs):
        for text, cat in segs:
            if cat is None:
                self.t(text)
            else:
                self.p(text, cat)
        return self

    def check(self):
        prev = 0
        for s, e, cat, val in self.spans:
            assert bytes(self.buf[s:e]) == val, (self.family, val)
            assert s >= prev, ("overlap", self.family, val)
            assert e > s
            prev = e
        assert b"\n" not in self.buf and b"\r" not in self.buf, self.family
        assert len(self.buf) <= 4000, (self.family, len(self.buf))
        self.buf.decode("utf-8")


def jesc(s, ea=False):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jsegs(obj, sep=(",", ":"), ea=False):
    """Serialise obj to a list of (text, cat) segments; P values get labelled."""
    out = []
    if isinstance(obj, P):
        if isinstance(obj.v, str):
            out += [('"', None), (jesc(obj.v, ea), obj.cat), ('"', None)]
        else:
            out.append((json.dumps(obj.v), obj.cat))
    elif isinstance(obj, S):
        out.append(('"', None))
        for part in obj.parts:
            if isinstance(part, P):
                out.append((jesc(part.v, ea), part.cat))
            elif isinstance(part, list):  # pre-built segments to escape (nested JSON)
                out += [(jesc(tx, ea), c) for tx, c in part]
            else:
                out.append((jesc(part, ea), None))
        out.append(('"', None))
    elif isinstance(obj, dict):
        out.append(("{", None))
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append((sep[0], None))
            out.append((json.dumps(k, ensure_ascii=ea) + sep[1], None))
            out += jsegs(v, sep, ea)
        out.append(("}", None))
    elif isinstance(obj, list):
        out.append(("[", None))
        for i, v in enumerate(obj):
            if i:
                out.append((sep[0], None))
            out += jsegs(v, sep, ea)
        out.append(("]", None))
    else:
        out.append((json.dumps(obj, ensure_ascii=ea), None))
    return out


# ----------------------------------------------------------------------------
# clocks & helpers
# ----------------------------------------------------------------------------
T0 = dt.datetime(2024, 3, 11, 6, 2, 11, 417000)
clock = [T0]
TZ = dt.timedelta(hours=-4)  # EDT (DST started 2024-03-10)


def tick(a=0.3, b=45.0):
    clock[0] += dt.timedelta(seconds=random.uniform(a, b))
    return clock[0]


def now():
    return clock[0]


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_spring(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-04:00"


def ts_logback(t, sep="."):
    return t.strftime("%Y-%m-%d %H:%M:%S") + sep + ms(t)


def ts_utc(t, frac=7):
    u = t - TZ
    f = "%06d" % u.microsecond
    f = (f + "0")[:frac] if frac == 7 else f[:frac]
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f + "Z"


def ts_hl7(t, secs=True):
    return t.strftime("%Y%m%d%H%M%S" if secs else "%Y%m%d%H%M")


def ts_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0400")


def hexs(n):
    return "%0*x" % (n, random.getrandbits(4 * n))


def uid():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


def ch(seq):
    return random.choice(seq)


def digits(n):
    return "".join(str(random.randint(0, 9)) for _ in range(n))


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_check_digit(payload):
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
    return luhn_check_digit(num[:-1]) == num[-1]


def vin_check(v):
    trans = {}
    for i, c in enumerate("ABCDEFGH"):
        trans[c] = i + 1
    for c, n in zip("JKLMN", range(1, 6)):
        trans[c] = n
    trans["P"] = 7
    trans["R"] = 9
    for c, n in zip("STUVWXYZ", range(2, 10)):
        trans[c] = n
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    tot = sum((int(c) if c.isdigit() else trans[c]) * w[i] for i, c in enumerate(v))
    r = tot % 11
    return "X" if r == 10 else str(r)


def make_vin():
    wmi = ch(["2HG", "2T1", "2T3", "5YJ", "1FT", "JTD", "3VW", "2C4", "KM8"])
    allowed = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vds = "".join(ch(allowed) for _ in range(5))
    year = ch("KLMNPR")
    plant = ch("ABCHKRU")
    serial = digits(6)
    v = wmi + vds + "0" + year + plant + serial
    v = v[:8] + vin_check(v) + v[9:]
    assert vin_check(v) == v[8]
    return v


def make_imei():
    tac = ch(["35332811", "35875409", "35391110", "86769204", "35694206"])
    body = tac + digits(6)
    return body + luhn_check_digit(body)


def make_card(kind):
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = "5" + str(random.randint(1, 5)) + digits(13)
    else:
        body = "37" + digits(12)
    c = body + luhn_check_digit(body)
    assert luhn_ok(c)
    return c


def b64_blob(header, n):
    raw = header + bytes(random.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


JPEG_HDR = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
PNG_HDR = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xc8\x08\x02\x00\x00\x00"
FMR_HDR = b"FMR\x00 20\x00\x00\x00\x01\x2c\x00\x00\x01\x00\x01\x90\x00\xc5\x00\xc5\x01\x00\x00\x00"

PRIV_IPS = ["10.20.4.15", "10.20.4.16", "10.42.7.88", "10.42.9.201", "192.168.50.12", "172.18.3.40",
            "172.21.0.9", "10.60.1.131", "10.60.1.132", "192.168.10.240"]


def pub_ip():
    r = random.random()
    if r < 0.12:
        return "2607:fea8:%x:%x:%x:%x:%x:%x" % tuple(random.randint(1, 0xffff) for _ in range(6))
    a = ch([142, 174, 99, 70, 24, 184, 76, 65, 207, 198, 203])
    if a == 198:
        return "198.51.100.%d" % random.randint(2, 254)
    if a == 203:
        return "203.0.113.%d" % random.randint(2, 254)
    b = {142: (112, 127), 174: (88, 95), 99: (224, 254), 70: (24, 83), 24: (36, 57), 184: (160, 175),
         76: (64, 71), 65: (92, 95), 207: (253, 253)}[a]
    return "%d.%d.%d.%d" % (a, random.randint(*b), random.randint(0, 255), random.randint(1, 254))


# ----------------------------------------------------------------------------
# synthetic people
# ----------------------------------------------------------------------------
F_FIRST = ["Marie-Ève", "Geneviève", "Chloé", "Anaïs", "Priya", "Mei-Ling", "Fatima", "Nkechi", "Olena",
           "Sofía", "Aoife", "Yuki", "Zainab", "Ingrid", "Thi Lan", "Émilie", "Noor", "Kateri", "Hélène",
           "Agnieszka", "Laleh", "Josée", "Rosalie", "Amara", "Dolores"]
M_FIRST = ["Jean-François", "Mathieu", "Étienne", "Rajesh", "Wei", "Oluwaseun", "Tomasz", "Mehdi", "Diego",
           "Dmitri", "Hamid", "Kwame", "Luc", "Pierre-Luc", "Arjun", "Bao", "Giuseppe", "Samir", "Rénald",
           "Tenzin", "Gaëtan", "Aurelio", "Yusuf", "Réjean", "Liam"]
LASTS = ["Tremblay", "Gagnon", "Côté", "Bouchard", "Lévesque", "Bélanger", "Pelletier", "Nguyen", "Singh",
         "Okafor", "Haddad", "Kowalczyk", "Ramírez", "Zhang", "Mohammadi", "Papadopoulos", "O'Brien",
         "Desjardins", "St-Pierre", "Bergeron", "Lalonde", "Kapoor", "Mensah", "Ivanova", "Ferreira",
         "Commanda", "Wong", "Chaudhry", "Dubé", "Nakamura", "Petrenko", "Yılmaz", "Thériault", "Ahmadi",
         "MacKinnon", "Boucher-Nadeau", "Van der Berg", "Şahin", "Obi", "Gauvreau"]

CITIES_ON = [  # city, FSAs, area codes, streets
    ("Toronto", ["M5V", "M4C", "M6H", "M1B", "M3N", "M6P", "M4L"], ["416", "647", "437"],
     ["Bloor St W", "Queen St E", "Danforth Ave", "Dundas St W", "Eglinton Ave E", "Roncesvalles Ave",
      "Kingston Rd", "Jane St"]),
    ("Ottawa", ["K1N", "K2P", "K1Y", "K1K"], ["613", "343"],
     ["Rideau St", "Bank St", "Wellington St W", "Montreal Rd", "Carling Ave"]),
    ("Hamilton", ["L8P", "L8L", "L9A"], ["905", "289"], ["King St E", "Main St W", "Upper James St"]),
    ("Mississauga", ["L5B", "L4Z", "L5M"], ["905", "289"], ["Hurontario St", "Dundas St E", "Eglinton Ave W"]),
    ("Sudbury", ["P3E", "P3A"], ["705"], ["Lasalle Blvd", "Notre Dame Ave", "Regent St"]),
    ("Thunder Bay", ["P7B", "P7A"], ["807"], ["Red River Rd", "Memorial Ave", "Algoma St N"]),
    ("Kingston", ["K7L", "K7M"], ["613"], ["Princess St", "Bath Rd", "Division St"]),
    ("Timmins", ["P4N"], ["705"], ["Algonquin Blvd E", "Third Ave", "Riverside Dr"]),
]
CITIES_QC = [
    ("Montréal", ["H2J", "H3T", "H1Y", "H4A", "H2X", "H1N"], ["514", "438"],
     ["rue Saint-Denis", "boul. René-Lévesque O", "av. du Parc", "rue Sherbrooke E", "ch. de la Côte-des-Neiges",
      "rue Ontario E", "boul. Saint-Laurent"]),
    ("Laval", ["H7N", "H7T"], ["450", "579"], ["boul. des Laurentides", "boul. Cartier O", "rue Principale"]),
    ("Québec", ["G1R", "G1V", "G1K"], ["418", "581"], ["ch. Sainte-Foy", "rue Saint-Jean", "boul. Laurier",
                                                      "3e Avenue"]),
    ("Gatineau", ["J8Y", "J9H", "J8T"], ["819", "873"], ["boul. Maloney O", "rue Laurier", "boul. Gréber"]),
    ("Sherbrooke", ["J1H", "J1E"], ["819"], ["rue King O", "rue Wellington N", "boul. Portland"]),
    ("Trois-Rivières", ["G8Y", "G9A"], ["819"], ["boul. des Forges", "rue des Ursulines"]),
]
PC_LET = "ABCEGHJKLMNPRSTVWXYZ"


def postal(fsa):
    return "%s %d%s%d" % (fsa, random.randint(0, 9), ch(PC_LET), random.randint(0, 9))


def ohip_number():
    body = str(random.randint(1, 9)) + digits(8)
    n = body + luhn_check_digit(body)
    assert luhn_ok(n)
    return n


def sin_number(prov):
    body = str(ch([4, 5] if prov == "ON" else [2, 3])) + digits(7)
    n = body + luhn_check_digit(body)
    assert luhn_ok(n)
    return n


def ramq_number(last, first, dob, sex):
    ln = "".join(c for c in strip_acc(last).upper() if c.isalpha())
    ln = (ln + "XXX")[:3]
    fn = strip_acc(first).upper()[0]
    mm = dob.month + (50 if sex == "F" else 0)
    return "%s%s%02d%02d%02d%d%d" % (ln, fn, dob.year % 100, mm, dob.day, random.randint(1, 9), random.randint(0, 9))


def on_dl(last, dob, sex):
    mm = dob.month + (50 if sex == "F" else 0)
    tail = "%02d%02d%02d" % (dob.year % 100, mm, dob.day)
    return "%s%s-%s%s-%s" % (strip_acc(last)[0].upper(), digits(4), digits(4), tail[0], tail[1:])


def qc_dl(last, dob, sex):
    dd = dob.day + (50 if sex == "F" else 0)
    return "%s%s-%02d%02d%02d-%s" % (strip_acc(last)[0].upper(), digits(4), dd, dob.month, dob.year % 100,
                                     digits(2))


def phone_num(area):
    return area, "555", "01%02d" % random.randint(0, 99)


def fmt_phone(ph, style):
    a, b, c = ph
    return {
        "paren": "(%s) %s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "e164": "+1%s%s%s" % (a, b, c),
        "plain": "%s%s%s" % (a, b, c),
        "intl": "+1 %s %s %s" % (a, b, c),
        "dot": "%s.%s.%s" % (a, b, c),
    }[style]


class Person:
    pass


used_names = set()


def make_person(idx, prov=None, old=False):
    p = Person()
    p.sex = ch("FM")
    while True:
        p.first = ch(F_FIRST if p.sex == "F" else M_FIRST)
        p.last = ch(LASTS)
        if (p.first, p.last) not in used_names:
            used_names.add((p.first, p.last))
            break
    p.prov = prov or ("QC" if random.random() < 0.45 else "ON")
    if old:
        y = random.randint(1926, 1933)
    else:
        y = random.choice([random.randint(1936, 2005), random.randint(1950, 1990), random.randint(2008, 2023)])
    p.dob = dt.date(y, random.randint(1, 12), random.randint(1, 28))
    p.age = 2024 - y - (1 if (p.dob.month, p.dob.day) > (3, 12) else 0)
    city = ch(CITIES_QC if p.prov == "QC" else CITIES_ON)
    p.city, fsas, areas, streets = city
    p.postal = postal(ch(fsas))
    num = random.randint(12, 9800)
    st = ch(streets)
    if p.prov == "QC":
        p.street = "%d, %s" % (num, st)
        p.unit = ch(["", "", "app. %d" % random.randint(1, 24), "app. %d" % random.randint(101, 1408)])
    else:
        p.street = "%d %s" % (num, st)
        p.unit = ch(["", "", "Unit %d" % random.randint(1, 30), "Apt %d" % random.randint(101, 2408)])
    p.street_hl7 = strip_acc(("%d %s" % (num, st))).upper()
    p.unit_hl7 = strip_acc(p.unit).upper().replace(".", "")
    p.phone = phone_num(ch(areas))
    p.cell = phone_num(ch(areas)) if random.random() < 0.7 else None
    mail_local = ch(["%s.%s", "%s%s", "%s_%s%d", "%s.%s%d"])
    fn_ascii = strip_acc(p.first).lower().replace(" ", "").replace("'", "")
    ln_ascii = strip_acc(p.last).lower().replace(" ", "").replace("'", "")
    if "%d" in mail_local:
        local = mail_local % (fn_ascii, ln_ascii, random.randint(1, 99))
    else:
        local = mail_local % (fn_ascii, ln_ascii)
    dom = ch(["videotron.ca", "gmail.com", "hotmail.com", "sympatico.ca", "outlook.com", "bell.net",
              "rogers.com", "icloud.com", "yahoo.ca"] if p.prov == "QC" else
             ["gmail.com", "rogers.com", "sympatico.ca", "outlook.com", "bell.net", "yahoo.ca", "icloud.com"])
    p.email = local + "@" + dom
    p.username = ch(["%s.%s", "%s%s", "%s_%s"]) % (fn_ascii[:1] if random.random() < 0.4 else fn_ascii,
                                                   ln_ascii.replace("-", ""))
    if random.random() < 0.3:
        p.username += str(random.randint(1, 99))
    if p.prov == "ON":
        p.hcn = ohip_number()
        p.vc = ch(["", "AB", "XK", "HT", "MC", "PQ", "RT", "ZD", "GL"]) if random.random() < 0.9 else ""
        p.site = ch(["TLH", "TLH", "OGC", "NSH"])
    else:
        p.hcn = ramq_number(p.last, p.first, p.dob, p.sex)
        p.vc = ""
        p.site = ch(["HSL", "HSL", "OGC"])
    if p.site == "TLH":
        p.mrn = "T%07d" % random.randint(100000, 9999999)
    elif p.site == "HSL":
        p.mrn = "%07d" % random.randint(1000000, 9999999)
    elif p.site == "OGC":
        p.mrn = "OG%06d" % random.randint(100000, 999999)
    else:
        p.mrn = "N-%06d" % random.randint(10000, 999999)
    p.empi = "1000%05d" % random.randint(0, 99999)
    p.sin = sin_number(p.prov) if (p.age >= 16 and random.random() < 0.45) else None
    p.marital = "S" if p.age < 18 else ch(["M", "M", "S", "W", "D", "C"])
    p.dl = (on_dl if p.prov == "ON" else qc_dl)(p.last, p.dob, p.sex) if p.age >= 16 and random.random() < 0.6 else None
    p.acct = "%s%09d" % (ch(["A", "V", "H"]), random.randint(1000000, 999999999))
    p.ip = pub_ip()
    p.lang = "fr" if (p.prov == "QC" or random.random() < 0.12) else "en"
    # next of kin
    k = Person()
    k.first = ch(M_FIRST if p.sex == "F" else F_FIRST)
    k.last = p.last if random.random() < 0.6 else ch(LASTS)
    if p.age < 18:
        k.rel = ("PAR", "Parent", "Parent")
        k.last = p.last
    elif p.age > 75:
        k.rel = ch([("SPO", "Spouse", "Conjoint(e)"), ("CHD", "Child", "Enfant"), ("CHD", "Child", "Enfant")])
    else:
        k.rel = ch([("SPO", "Spouse", "Conjoint(e)"), ("SIB", "Sibling", "Frère/sœur"),
                    ("PAR", "Parent", "Parent"), ("FND", "Friend", "Ami(e)")])
    k.phone = phone_num(p.phone[0])
    p.nok = k
    p.plate = None
    p.vin = None
    p.imei = make_imei() if random.random() < 0.5 else None
    return p


PATIENTS = [make_person(i) for i in range(34)] + [make_person(100 + i, old=True) for i in range(5)]
random.shuffle(PATIENTS)
for _p in PATIENTS[:10]:
    _p.plate = ("%s%s%s%s %s" % (ch("ABCDEFGHJKLMNPRSTVWXYZ"), ch("ABCDEFGHJKLMNPRSTVWXYZ"),
                                 ch("ABCDEFGHJKLMNPRSTVWXYZ"), ch("ABCDEFGHJKLMNPRSTVWXYZ"), digits(3))
                if _p.prov == "ON" else "%s%s %s" % (ch("ABCDEFGHJKLMNPRSTVWXYZ"), digits(2),
                                                   "".join(ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))))
    _p.vin = make_vin()
OLD = [p for p in PATIENTS if p.age > 89]
assert OLD


def pick_patient():
    # a Zipf-ish reuse so the same people show up across families
    i = min(int(random.expovariate(1 / 9.0)), len(PATIENTS) - 1)
    return PATIENTS[i]


def nm(p, style):
    f, l = p.first, p.last
    return {
        "fl": "%s %s" % (f, l),
        "lf": "%s, %s" % (l, f),
        "LF": "%s, %s" % (strip_acc(l).upper(), strip_acc(f).upper()),
        "FL_up": "%s %s" % (strip_acc(f).upper(), strip_acc(l).upper()),
    }[style]


def hcn_fmt(p, style):
    if p.prov == "QC":
        h = p.hcn
        return {"sp": "%s %s %s" % (h[:4], h[4:8], h[8:]), "plain": h}.get(style, h)
    h = p.hcn
    if style == "dash":
        return "%s-%s-%s" % (h[:4], h[4:7], h[7:]) + ("-" + p.vc if p.vc else "")
    if style == "sp":
        return "%s %s %s" % (h[:4], h[4:7], h[7:]) + (" " + p.vc if p.vc else "")
    if style == "vc":
        return h + p.vc
    return h


def sin_fmt(s, style):
    return {"sp": "%s %s %s" % (s[:3], s[3:6], s[6:]), "dash": "%s-%s-%s" % (s[:3], s[3:6], s[6:]),
            "plain": s}[style]


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_dmy(d):
    return d.strftime("%d/%m/%Y")


def d_hl7(d):
    return d.strftime("%Y%m%d")


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def d_fr(d):
    return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)


def rel_date(lo, hi):
    return (now() + dt.timedelta(days=random.randint(lo, hi))).date()


def rel_dt(lo_h, hi_h):
    return now() + dt.timedelta(minutes=random.randint(int(lo_h * 60), int(hi_h * 60)))


# ----------------------------------------------------------------------------
# staff & systems (look-alikes, never labelled)
# ----------------------------------------------------------------------------
DOCS = [("Mehra", "Anjali", "10234", "CPSO"), ("Gauthier", "Pierre", "89-417", "CMQ"), ("Osei", "Samuel", "77120", "CPSO"),
        ("Roy", "Catherine", "12-558", "CMQ"), ("Tanaka", "Hiroshi", "64003", "CPSO"), ("Lemieux", "Sylvie", "03-291", "CMQ"),
        ("Abernathy", "Colin", "58812", "CPSO"), ("Benali", "Karim", "15-072", "CMQ")]
ROLE_OF = {"gauthierp": "MD", "mehraa": "MD", "kboateng": "MLT", "jfortin": "RPh", "slemieux": "MD",
           "rn.dmorel": "RN", "clerk.aparent": "CLERK", "tanakah": "MD", "adm.nlachance": "ADMIN",
           "mlt.kboateng": "MLT", "rn.pchan": "RN", "pharm.jfortin": "RPh"}
STAFF_USERS = ["gauthierp", "mehraa", "kboateng", "jfortin", "slemieux", "rn.dmorel", "clerk.aparent", "tanakah",
               "adm.nlachance", "mlt.kboateng", "rn.pchan", "pharm.jfortin"]
PHARMACISTS = ["Julie Fortin, RPh", "Marc-André Gilbert, pharm.", "Deepa Raman, RPh"]
AGENTS = ["Sophie L.", "Kevin M.", "Nadia B.", "Olivier T."]
HOSTS = ["tlhn-adt-01", "tlhn-adt-02", "hsl-lis-app01", "fhir-prod-0", "fhir-prod-1", "ogc-int-eng02",
         "portal-web-7f9c6d8b5-x2kqp", "drugsvc-6d4f8-lqz7h", "otn-bridge-01"]
SITES = {"TLH": "Trillium Lakeshore Hospital", "HSL": "Hôpital Saint-Laurent", "OGC": "Ottawa-Gatineau Campus",
         "NSH": "Northern Shield Health Centre"}
SPRING_PID = {"registration": 48213, "drug": 30771, "otn": 6122, "lis": 1904}


def doc():
    return ch(DOCS)


def tid():
    return hexs(32)


def spanid():
    return hexs(16)


# ----------------------------------------------------------------------------
# family: Spring Boot / Logback console (registration service)
# ----------------------------------------------------------------------------
LOGGERS = {
    "ctrl": "c.t.registration.web.PatientController",
    "svc": "c.t.r.service.PatientRegistrationService",
    "hcn": "c.t.r.validation.HealthCardValidator",
    "dup": "c.t.r.service.DuplicateDetectionService",
    "i18n": "c.t.r.i18n.BilingualMessageResolver",
    "hikari": "com.zaxxer.hikari.HikariDataSource",
    "tomcat": "o.s.b.w.embedded.tomcat.TomcatWebServer",
    "app": "c.t.registration.RegistrationApplication",
    "sched": "c.t.r.jobs.StaleEncounterSweeper",
    "kafka": "o.a.k.clients.consumer.ConsumerConfig",
    "mpi": "c.t.r.client.EmpiClient",
    "audit": "c.t.r.audit.AuditTrailPublisher",
}


def spring_prefix(line, level, logger, thread=None, app="registration"):
    thread = thread or ch(["nio-8080-exec-%d" % random.randint(1, 10), "nio-8080-exec-%d" % random.randint(1, 10),
                           "   scheduling-1", "ntainer#0-0-C-1", "     task-%d" % random.randint(1, 8)])
    thread = thread.rjust(15)[-15:]
    t = tick()
    line.t("%s %5s %d --- [%s] [%s] %-40s : " % (ts_spring(t), level, SPRING_PID["registration"], app, thread,
                                                 logger[:40]))
    return line


def fam_spring_phi():
    out = []
    p = pick_patient()
    L = Line("spring-logback")
    r = random.random()
    if random.random() < 0.4:
        r2 = random.random()
        if r2 < 0.22:
            q = ch([x for x in PATIENTS if x.dl])
            spring_prefix(L, "INFO", "c.t.r.identity.PhotoIdVerifier", thread="nio-8080-exec-%d" % random.randint(1, 10))
            L.add("Photo ID verified at %s kiosk %d: type=%s number=" % (q.site, random.randint(1, 9),
                                                                       "DL-ON" if q.prov == "ON" else "PERMIS-QC"),
                  P(q.dl, "license"), " holder='", P(nm(q, ch(["fl", "LF"])), "name"), "' match=%s" % ch(
                      ["EXACT", "EXACT", "FUZZY(0.93)"]))
        elif r2 < 0.45:
            q = ch([x for x in PATIENTS if x.sin])
            spring_prefix(L, "WARN", "c.t.r.migration.LegacyColumnScrubber", thread="   scheduling-1")
            L.add("Legacy column PAT_SIN still populated for MRN ", P(q.mrn, "mrn"), " (value=",
                  P(sin_fmt(q.sin, ch(["sp", "dash", "plain"])), "ssn"),
                  ") - value will be nulled per privacy directive PD-2023-14 (batch %d)" % random.randint(1, 60))
        elif r2 < 0.68:
            q = ch([x for x in PATIENTS if x.sin and x.age < 70] or [x for x in PATIENTS if x.sin])
            spring_prefix(L, "INFO", "c.t.r.wsib.Form8Builder", thread="nio-8080-exec-%d" % random.randint(1, 10))
            L.add("WSIB Form 8 prefill: worker=", P(nm(q, "lf"), "name"), " SIN=", P(sin_fmt(q.sin, "sp"), "ssn"),
                  " dateOfAccident=", P(d_iso(rel_date(-20, -1)), "date"), " employer=%s" % ch(
                      ["Bombardier Inc.", "Metro Ontario Inc.", "Ville de Gatineau", "Purolator Inc."]))
        elif r2 < 0.86:
            spring_prefix(L, "DEBUG", "c.t.r.biometric.PalmVeinEnrollment", thread="nio-8080-exec-%d" % random.randint(1, 10))
            L.add("PatientSecure enroll ok mrn=", P(p.mrn, "mrn"), " hand=%s quality=%d template=" % (
                ch(["R", "L"]), random.randint(70, 99)), P(b64_blob(b"PVT2\x01\x00", random.randint(90, 160)),
                                                           "biometric"), " scanner=PS-%s" % digits(6))
        else:
            q = ch(OLD)
            spring_prefix(L, "INFO", LOGGERS["i18n"], thread="nio-8080-exec-%d" % random.randint(1, 10))
            L.add("resolved key=alert.age.fallrisk locale=%s_CA args=[" % q.lang, P(str(q.age), "age"), "] -> \"",
                  "Patient de " if q.lang == "fr" else "Patient aged ", P(str(q.age), "age"),
                  " ans : protocole prévention des chutes\"" if q.lang == "fr" else ": falls-prevention protocol\"")
        out.append(L)
        return out
    if r < 0.2:
        spring_prefix(L, "INFO", LOGGERS["ctrl"], thread="nio-8080-exec-%d" % random.randint(1, 10))
        L.add("POST /api/v2/patients accepted: site=%s lang=%s-CA surname='" % (p.site, p.lang),
              P(p.last, "name"), "' given='", P(p.first, "name"), "' dob=", P(d_iso(p.dob), "date"),
              " hcnProvince=%s" % p.prov)
    elif r < 0.35:
        spring_prefix(L, "WARN", LOGGERS["hcn"])
        if p.prov == "ON":
            L.add("Health card rejected [code=HCN-065] numéro/number=", P(hcn_fmt(p, "dash"), "health_plan"),
                  " : version code mismatch / code de version non concordant (patientId=", P(p.mrn, "mrn"), ")")
        else:
            L.add("Carte RAMQ refusée [code=HCN-010] NAM=", P(hcn_fmt(p, "sp"), "health_plan"),
                  " ne correspond pas à la date de naissance ", P(d_dmy(p.dob), "date"),
                  " / RAMQ number does not match date of birth")
    elif r < 0.5:
        spring_prefix(L, "INFO", LOGGERS["dup"])
        q = p
        L.add("Possible duplicate score=%.2f: incoming {" % random.uniform(0.81, 0.97), P(nm(q, "lf"), "name"),
              ", ", P(d_iso(q.dob), "date"), ", ", P(q.postal, "zip"), "} vs EMPI ", P(q.empi, "mrn"),
              " -> queued for HIM review (queue=HIM-DUP, reviewer=unassigned)")
    elif r < 0.62:
        spring_prefix(L, "DEBUG", LOGGERS["i18n"])
        key = ch(["registration.confirmation", "registration.welcome"])
        if p.lang == "fr":
            L.add("resolved key=%s locale=fr_CA args=[" % key, P(nm(p, "fl"), "name"), ", ",
                  P(p.mrn, "mrn"), "] -> \"Bonjour ", P(p.first, "name"),
                  ", votre dossier no ", P(p.mrn, "mrn"), " a été créé.\"")
        else:
            L.add("resolved key=%s locale=en_CA args=[" % key, P(nm(p, "fl"), "name"), ", ",
                  P(p.mrn, "mrn"), "] -> \"Hello ", P(p.first, "name"),
                  ", your chart number ", P(p.mrn, "mrn"), " has been created.\"")
    elif r < 0.74:
        spring_prefix(L, "INFO", LOGGERS["svc"])
        L.add("Address updated for MRN ", P(p.mrn, "mrn"), ": '", P(p.street, "address"))
        if p.unit:
            L.add(", ", P(p.unit, "address"))
        L.add(", ", P(p.city, "address"), ", %s " % p.prov, P(p.postal, "zip"), "' phone=",
              P(fmt_phone(p.phone, "paren"), "phone"), " (source=%s, user=%s)" % (ch(["kiosk", "portal", "clerk"]),
                                                                                 ch(STAFF_USERS)))
    elif r < 0.84:
        spring_prefix(L, "ERROR", LOGGERS["mpi"])
        L.add("EMPI PIX query failed for identifier ", P(p.hcn, "health_plan"),
              "^^^%s&2.16.840.1.113883.4.%s&ISO after 3 retries: Read timed out (connectTimeout=5000ms, "
              "readTimeout=15000ms) endpoint=https://empi.tlhn.local:8443/pix" % (
                  "CANON" if p.prov == "ON" else "CANQC", "59" if p.prov == "ON" else "60"))
        out.append(L)
        for frame in ["java.net.SocketTimeoutException: Read timed out",
                      "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
                      "\tat ca.tlhn.registration.client.EmpiClient.pixQuery(EmpiClient.java:142)",
                      "\t... 47 common frames omitted"][:random.randint(2, 4)]:
            out.append(Line("spring-logback").t(frame))
        return out
    elif r < 0.9:
        p = ch(OLD)
        spring_prefix(L, "INFO", LOGGERS["svc"])
        L.add("Triage flag GERI-FAST applied: age=", P(str(p.age), "age"), " (>= 85) mrn=", P(p.mrn, "mrn"),
              " unit=ED-%s" % p.site)
    else:
        spring_prefix(L, "INFO", LOGGERS["audit"])
        L.add("audit.publish topic=registration-audit key=", uid(), " action=UPDATE_CONTACT patient=",
              P(p.mrn, "mrn"), " nok='", P(nm(p.nok, "fl"), "name"), "' nokPhone=",
              P(fmt_phone(p.nok.phone, ch(["dash", "paren", "plain"])), "phone"), " partition=%d offset=%d" % (
                  random.randint(0, 11), random.randint(100000, 999999)))
    out.append(L)
    return out


def fam_spring_clean():
    L = Line("spring-logback")
    r = random.random()
    if r < 0.12:
        spring_prefix(L, "INFO", LOGGERS["hikari"], thread="main")
        L.t("HikariPool-1 - Start completed.")
    elif r < 0.22:
        spring_prefix(L, "INFO", LOGGERS["tomcat"], thread="main")
        L.t("Tomcat started on port 8080 (http) with context path '/registration'")
    elif r < 0.32:
        spring_prefix(L, "INFO", LOGGERS["app"], thread="main")
        L.t("Started RegistrationApplication in %.3f seconds (process running for %.3f)" % (
            random.uniform(9, 15), random.uniform(15, 19)))
    elif r < 0.45:
        spring_prefix(L, "INFO", LOGGERS["sched"], thread="scheduling-1")
        L.t("Sweep complete: %d stale encounters closed, %d skipped, took %dms (cutoff=%s)" % (
            random.randint(0, 40), random.randint(0, 9), random.randint(80, 2400),
            (now() - dt.timedelta(days=30)).strftime("%Y-%m-%d")))
    elif r < 0.58:
        spring_prefix(L, "DEBUG", LOGGERS["i18n"])
        key = ch(["error.hcn.format", "label.postal.code", "msg.session.expired", "btn.confirm"])
        L.t("bundle messages_fr_CA.properties loaded %d keys; missing key '%s' fell back to messages_en.properties"
            % (random.randint(400, 900), key))
    elif r < 0.7:
        spring_prefix(L, "WARN", "o.h.engine.jdbc.spi.SqlExceptionHelper")
        L.t("SQL Error: 0, SQLState: 40001 (txId=%d, retry=%d/3)" % (random.randint(10 ** 6, 10 ** 7),
                                                                       random.randint(1, 3)))
    elif r < 0.8:
        spring_prefix(L, "INFO", LOGGERS["ctrl"], thread="nio-8080-exec-%d" % random.randint(1, 10))
        L.t("GET /api/v2/patients/%s/encounters -> 200 (%d ms) traceId=%s" % (uid(), random.randint(9, 420), tid()))
    elif r < 0.9:
        spring_prefix(L, "INFO", LOGGERS["kafka"], thread="main")
        L.t("ConsumerConfig values: bootstrap.servers = [kafka-0.tlhn.local:9093, kafka-1.tlhn.local:9093] "
            "group.id = registration-v2 max.poll.records = 250 session.timeout.ms = 45000")
    else:
        spring_prefix(L, "INFO", LOGGERS["hcn"])
        L.t("HCV endpoint health OK (https://ws.ebs.health.gov.on.ca:1441/HCVService/HCValidationService) "
            "latency=%dms cert notAfter=2025-06-30" % random.randint(40, 300))
    return [L]


# ----------------------------------------------------------------------------
# family: HL7 v2 segment-per-line interface log
# ----------------------------------------------------------------------------
HL7_CH = ["ADT_TLH_IN", "ADT_HSL_IN", "ADT_OGC_IN", "ADT_NSH_IN"]


def hl7_prefix(L, chan, idx, level="INFO"):
    t = now() + dt.timedelta(milliseconds=idx * 3)
    L.t("%s %-5s [%s] c.t.i.hl7.SegmentLogger - seg[%d] " % (ts_logback(t, ","), level, chan, idx))


def xtn(ph, use="PRN", eq="PH"):
    """HL7 XTN: either legacy formatted number in component 1 or split area/local components."""
    if random.random() < 0.5:
        return ["", P("(%s)%s-%s" % ph, "phone"), "^%s^%s" % (use, eq)]
    return ["^%s^%s^^1^" % (use, eq), P("%s^%s%s" % ph, "phone")]


def emit_seg(L, name, fields):
    """fields: index 1..n -> list of parts; missing indexes are empty."""
    n = max(fields)
    L.t(name)
    for i in range(1, n + 1):
        L.t("|")
        L.add(*fields.get(i, []))


def fam_hl7_adt():
    p = pick_patient()
    t = tick(2, 60)
    chan = "ADT_%s_IN" % p.site
    ev = ch(["A01", "A04", "A08", "A03"])
    ctl = "%s%s%04d" % (p.site, ts_hl7(t), random.randint(0, 9999))
    out = []
    idx = 1
    L = Line("hl7-v2")
    hl7_prefix(L, chan, idx)
    L.t("MSH|^~\\&|%s|%s^2.16.840.1.113883.3.239.9.%d^ISO|TLHN-HUB|TLHN|%s||ADT^%s^ADT_A01|%s|P|2.5.1|||AL|NE|CAN|"
        "UNICODE UTF-8" % (ch(["MEDITECH", "EPIC", "CERNER"]), p.site, random.randint(100, 199), ts_hl7(t), ev, ctl))
    out.append(L)
    idx += 1
    L = Line("hl7-v2")
    hl7_prefix(L, chan, idx)
    clerk = ch([("PARENTA", "Parent", "Annie"), ("DUBOISM", "Dubois", "Maxime"), ("CHANP", "Chan", "Priscilla")])
    L.t("EVN|%s|%s|||%s^%s^%s^^^^^^%s" % (ev, ts_hl7(t), clerk[0], clerk[1], clerk[2], p.site))
    out.append(L)
    idx += 1
    # PID
    up = random.random() < 0.6
    asg = "CANON" if p.prov == "ON" else "CANQC"
    f = {}
    f[1] = ["1"]
    f[3] = [P(p.mrn, "mrn"), "^^^%s^MR~" % p.site, P(p.hcn, "health_plan"),
            ("^%s^^%s^JHN" % (p.vc, asg)) if (p.prov == "ON" and p.vc) else "^^^%s^JHN" % asg,
            "~", P(p.empi, "mrn"), "^^^TLHN^PI"]
    f[5] = [P(strip_acc(p.last).upper() if up else p.last, "name"), "^",
            P(strip_acc(p.first).upper() if up else p.first, "name"), "^^^^^L"]
    f[7] = [P(d_hl7(p.dob), "date")]
    f[8] = [p.sex]
    a = [P(p.street_hl7 if up else p.street, "address"), "^"]
    if p.unit:
        a.append(P(p.unit_hl7 if up else p.unit, "address"))
    a += ["^", P(strip_acc(p.city).upper() if up else p.city, "address"), "^%s^" % p.prov, P(p.postal, "zip"),
          "^CAN^H"]
    f[11] = a
    ph = xtn(p.phone)
    if p.cell:
        ph += ["~"] + xtn(p.cell, "ORN", "CP")
    if random.random() < 0.5:
        ph += ["~^NET^Internet^", P(p.email, "email")]
    if random.random() < 0.12:
        fx = phone_num(p.phone[0])
        ph += ["~^PRN^FX^^1^", P("%s^%s%s" % fx, "fax")]
    f[13] = ph
    f[15] = ["FRE" if p.lang == "fr" else "ENG"]
    f[16] = [p.marital]
    f[18] = [P(p.acct, "account"), "^^^%s^AN" % p.site]
    if p.sin and random.random() < 0.6:
        f[19] = [P(p.sin, "ssn")]
    if p.dl:
        f[20] = [P(p.dl, "license"), "^%s" % p.prov]
    f[30] = ["N"]
    L = Line("hl7-v2")
    hl7_prefix(L, chan, idx)
    emit_seg(L, "PID", f)
    out.append(L)
    idx += 1
    # NK1
    if random.random() < 0.75:
        k = p.nok
        f = {1: ["1"],
             2: [P(strip_acc(k.last).upper() if up else k.last, "name"), "^",
                 P(strip_acc(k.first).upper() if up else k.first, "name"), "^^^^^L"],
             3: ["%s^%s^HL70063" % (k.rel[0], k.rel[1])],
             5: xtn(k.phone),
             7: ["EC^Emergency Contact^HL70131"]}
        L = Line("hl7-v2")
        hl7_prefix(L, chan, idx)
        emit_seg(L, "NK1", f)
        out.append(L)
        idx += 1
    # PV1
    d = doc()
    adm = rel_dt(-240, -30) if ev == "A03" else rel_dt(-72, -0.2)
    f = {1: ["1"], 2: ["E" if ev == "A04" else "I"],
         3: ["%s^%d^%s^%s" % (ch(["4NW", "5E", "ED", "CCU", "3S", "2MED"]), random.randint(101, 640), ch("ABCD"), p.site)],
         4: [ch(["E", "U", "R", "EL"])],
         7: ["%s^%s^%s^^^Dr^^^%s" % (d[2].replace("-", ""), d[0].upper(), d[1].upper(),
                                     "ONCPSO" if d[3] == "CPSO" else "QCCMQ")],
         10: [ch(["MED", "SUR", "CAR", "GER", "EMR"])], 14: [str(random.randint(1, 9))],
         18: [ch(["IP", "ER", "OP"])], 39: [p.site], 44: [P(ts_hl7(adm, secs=False), "date")]}
    if ev == "A03":
        dis = min(adm + dt.timedelta(hours=random.randint(20, 200)), now() - dt.timedelta(minutes=random.randint(5, 90)))
        f[45] = [P(ts_hl7(dis, secs=False), "date")]
    L = Line("hl7-v2")
    hl7_prefix(L, chan, idx)
    emit_seg(L, "PV1", f)
    out.append(L)
    idx += 1
    # patient photo captured at registration kiosk
    if random.random() < 0.15:
        L = Line("hl7-v2")
        hl7_prefix(L, chan, idx)
        emit_seg(L, "OBX", {1: ["1"], 2: ["ED"], 3: ["PTPHOTO^Patient Photo^L"],
                            5: ["^IM^JPEG^Base64^", P(b64_blob(JPEG_HDR, random.randint(180, 400)), "photo")],
                            11: ["F"]})
        out.append(L)
        idx += 1
    # IN1
    if random.random() < 0.5:
        if p.prov == "ON":
            f = {1: ["1"], 2: ["OHIP^Ontario Health Insurance Plan^HL70072"], 3: ["MOHLTC"],
                 4: ["Ministry of Health^^^^^^^ON"], 5: ["49 Place d'Armes^^Kingston^ON^K7L 5J3^CAN"],
                 7: ["^WPN^PH^^1^866^5323161"]}
        else:
            f = {1: ["1"], 2: ["RAMQ^Regie de l'assurance maladie du Quebec^HL70072"], 3: ["RAMQ"],
                 4: ["Regie de l'assurance maladie du Quebec^^^^^^^QC"],
                 5: ["1125 Grande Allee O^^Quebec^QC^G1S 1E7^CAN"], 7: ["^WPN^PH^^1^418^6469040"]}
        f[15] = ["PUB"]
        f[16] = [P(strip_acc(p.last).upper(), "name"), "^", P(strip_acc(p.first).upper(), "name")]
        f[17] = ["SEL"]
        f[18] = [P(d_hl7(p.dob), "date")]
        f[36] = [P(p.hcn, "health_plan")]
        L = Line("hl7-v2")
        hl7_prefix(L, chan, idx)
        emit_seg(L, "IN1", f)
        out.append(L)
        idx += 1
    L = Line("hl7-v2")
    tick(0.05, 0.4)
    L.t("%s INFO  [%s] c.t.i.hl7.AckSender - ACK AA sent for %s (%d segments, %d bytes, mllp peer %s:%d)" % (
        ts_logback(now(), ","), chan, ctl, idx - 1, random.randint(900, 2400), ch(PRIV_IPS), ch([6661, 6662, 2575])))
    out.append(L)
    return out


def fam_hl7_clean():
    out = []
    chan = ch(HL7_CH)
    r = random.random()
    L = Line("hl7-v2")
    t = tick()
    if r < 0.3:
        L.t("%s INFO  [%s] c.t.i.mllp.MllpListener - Connection accepted from %s:%d (sessions=%d)" % (
            ts_logback(t, ","), chan, ch(PRIV_IPS), random.randint(40000, 65000), random.randint(1, 6)))
    elif r < 0.55:
        ctl = "MDM%s%04d" % (ts_hl7(t), random.randint(0, 9999))
        L.t("%s WARN  [%s] c.t.i.hl7.Router - No route for MSH-9 'MDM^T02' (control id %s); message parked in "
            "DLQ hl7.parked.%s" % (ts_logback(t, ","), chan, ctl, chan.lower()))
    elif r < 0.75:
        L.t("%s INFO  [%s] c.t.i.hl7.SegmentLogger - seg[1] MSH|^~\\&|TLHN-HUB|TLHN|%s|%s|%s||ACK^A01^ACK|ACK%s|P|"
            "2.5.1" % (ts_logback(t, ","), chan, ch(["EPIC", "MEDITECH"]), chan.split("_")[1], ts_hl7(t),
                       digits(10)))
        out.append(L)
        L = Line("hl7-v2")
        L.t("%s INFO  [%s] c.t.i.hl7.SegmentLogger - seg[2] MSA|AA|%s%s" % (
            ts_logback(t + dt.timedelta(milliseconds=2), ","), chan, chan.split("_")[1], digits(14)))
    else:
        L.t("%s INFO  [%s] c.t.i.stats.ChannelStats - last 5m: received=%d filtered=%d errored=%d queued=%d "
            "avgLatency=%dms" % (ts_logback(t, ","), chan, random.randint(20, 400), random.randint(0, 30),
                                 random.randint(0, 3), random.randint(0, 12), random.randint(4, 90)))
    out.append(L)
    return out


# ----------------------------------------------------------------------------
# family: integration engine JSON (logstash encoder) with whole HL7 ORU messages
# ----------------------------------------------------------------------------
TESTS = [("GLU", "Glucose", "mmol/L", "3.9-6.1", 3.5, 14.0), ("K", "Potassium", "mmol/L", "3.5-5.0", 2.9, 6.4),
         ("CREAT", "Creatinine", "umol/L", "50-110", 40, 420), ("HGB", "Hemoglobin", "g/L", "120-160", 70, 180),
         ("TSH", "TSH", "mIU/L", "0.32-5.04", 0.05, 12.0), ("HBA1C", "Hemoglobin A1c", "%", "4.0-6.0", 4.5, 11.0),
         ("INR", "INR", "", "0.9-1.1", 0.9, 4.5), ("TROPHS", "Troponin I hs", "ng/L", "<26", 2, 900)]


def logstash(L, obj):
    L.segs(jsegs(obj))


def fam_int_json_phi():
    p = pick_patient()
    t = tick(1, 40)
    d = doc()
    coll = rel_dt(-20, -0.5)
    placer = "PL%s" % digits(8)
    filler = "%s-%s" % (coll.strftime("%y%j"), digits(5))
    tests = random.sample(TESTS, random.randint(1, 3))
    parts = ["MSH|^~\\&|SOFTLAB|%s|TLHN-HUB|TLHN|%s||ORU^R01^ORU_R01|LAB%s|P|2.5.1|||NE|NE|CAN\r" % (
        p.site, ts_hl7(t), digits(12)),
             "PID|1||", P(p.mrn, "mrn"), "^^^%s^MR~" % p.site, P(p.hcn, "health_plan"),
             "^^^%s^JHN||" % ("CANON" if p.prov == "ON" else "CANQC"),
             P(strip_acc(p.last).upper(), "name"), "^", P(strip_acc(p.first).upper(), "name"), "||",
             P(d_hl7(p.dob), "date"), "|%s\r" % p.sex,
             "ORC|RE|%s|%s||CM\r" % (placer, filler),
             "OBR|1|%s|%s|%s^%s^L|||" % (placer, filler, tests[0][0], tests[0][1]), P(ts_hl7(coll, secs=False), "date"),
             "|||||||||%s^%s^%s|||||||||F\r" % (d[2].replace("-", ""), d[0].upper(), d[1].upper())]
    for i, tst in enumerate(tests):
        val = round(random.uniform(tst[4], tst[5]), 1)
        parts.append("OBX|%d|NM|%s^%s^L||%s|%s|%s|%s|||F\r" % (i + 1, tst[0], tst[1], val, tst[2], tst[3],
                                                             "H" if val > tst[5] * 0.7 else "N"))
    L = Line("int-json")
    obj = {"@timestamp": ts_spring(t), "@version": "1",
           "message": S("Outbound ORU^R01 to %s: " % ch(["OLIS", "FHIR-BRIDGE", "EMR-TLH"]), *parts),
           "logger_name": "ca.tlhn.integration.route.LabResultRoute", "thread_name": "Camel (lis) thread #%d - seda://oru"
           % random.randint(1, 8), "level": "DEBUG", "level_value": 10000, "camel.exchangeId": "ID-%s-%d-%d" % (
               ch(HOSTS[:6]), random.randint(1000, 9999), random.randint(1, 999)), "traceId": tid()}
    logstash(L, obj)
    return [L]


def fam_int_json_clean():
    t = tick()
    L = Line("int-json")
    r = random.random()
    if r < 0.4:
        msg = "Route lab-result-route started and consuming from: seda://oru?concurrentConsumers=%d" % random.randint(2, 8)
        lvl, lv = "INFO", 20000
    elif r < 0.7:
        msg = "OLIS submission batch %s accepted: %d results, HTTP 200 in %d ms" % (
            digits(9), random.randint(5, 80), random.randint(200, 3000))
        lvl, lv = "INFO", 20000
    else:
        msg = "Redelivery attempt %d/5 for exchange ID-%s-%d-%d (org.apache.camel.http.base.HttpOperationFailedException: " \
              "HTTP operation failed invoking https://olis.ehealthontario.on.ca/api/hl7 with statusCode: 503)" % (
                  random.randint(1, 5), ch(HOSTS[:6]), random.randint(1000, 9999), random.randint(1, 999))
        lvl, lv = "WARN", 30000
    logstash(L, {"@timestamp": ts_spring(t), "@version": "1", "message": msg,
                 "logger_name": "ca.tlhn.integration.route.LabResultRoute",
                 "thread_name": "Camel (lis) thread #%d - seda://oru" % random.randint(1, 8), "level": lvl,
                 "level_value": lv, "traceId": tid()})
    return [L]


# ----------------------------------------------------------------------------
# family: HAPI FHIR server
# ----------------------------------------------------------------------------
ON_SYS = "https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn"
QC_SYS = "https://fhir.infoway-inforoute.ca/NamingSystem/ca-qc-patient-hcn"
PROFILE = "http://hl7.org/fhir/ca/baseline/StructureDefinition/profile-patient"
VERS_EXT = "http://hl7.org/fhir/ca/baseline/StructureDefinition/ext-identifierversion"
UA = ["okhttp/4.12.0", "HAPI-FHIR/6.10.3 (FHIR Client; FHIR 4.0.1/R4; apache)", "python-requests/2.31.0",
      "Apache-HttpClient/5.2.1 (Java/17.0.9)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
      "(KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0"]


def hapi_prefix(L, level="INFO", logger="fhirtest.access", thread=None):
    t = tick()
    thread = thread or "http-nio-8080-exec-%d" % random.randint(1, 40)
    L.t("%s [%s] %-5s %s - " % (ts_logback(t), thread, level, logger))


def hapi_access(L, op, params_parts, status_ms=True):
    L.add("Path[/fhir] Source[%s] Operation[%s] UA[%s] Params[" % (ch(PRIV_IPS), op, ch(UA)))
    L.add(*params_parts)
    L.t("] ResponseEncoding[%s]" % ch(["JSON", "JSON", "XML", ""]))


def fam_fhir_phi():
    p = pick_patient()
    L = Line("fhir-hapi")
    r = random.random()
    if r < 0.3:
        hapi_prefix(L)
        sys_ = ON_SYS if p.prov == "ON" else QC_SYS
        hapi_access(L, "search-type  Patient", ["?identifier=%s|" % sys_, P(p.hcn, "health_plan")])
    elif r < 0.5:
        hapi_prefix(L)
        fam = strip_acc(p.last) if random.random() < 0.5 else p.last
        hapi_access(L, "search-type  Patient", ["?family=", P(fam, "name"), "&given=", P(p.first, "name"),
                                                  "&birthdate=", P(d_iso(p.dob), "date"), "&_count=10"])
    elif r < 0.62:
        hapi_prefix(L, "WARN", "c.u.f.j.i.BaseHapiFhirResourceDao")
        idx = random.randint(0, 1)
        L.add("HAPI-0574: Validation failure on Patient/%s: Patient.identifier[%d].value - health card number " % (
            uid(), idx), P(p.hcn, "health_plan"), " does not satisfy profile %s (slice 'HCN' %s)" % (
            PROFILE, "mod-10 check" if p.prov == "ON" else "pattern ^[A-Z]{4}[0-9]{8}$"))
    elif r < 0.7:
        hapi_prefix(L, "INFO", "ca.tlhn.fhir.interceptor.PayloadLogger")
        gtin = "0" + digits(13)
        exp = "%02d%02d%02d" % (random.randint(25, 29), random.randint(1, 12), 0)
        lot = "%s%s" % (ch(["L", "LOT", "B"]), digits(5))
        sn = "%s%s" % (ch(["PJN", "RNB", "SA", "NWR"]), digits(7))
        dev = {"resourceType": "Device", "id": uid(),
               "meta": {"profile": ["http://hl7.org/fhir/ca/baseline/StructureDefinition/profile-device-implantable"]},
               "udiCarrier": [{"deviceIdentifier": gtin, "issuer": "http://hl7.org/fhir/NamingSystem/gs1-di",
                               "carrierHRF": P("(01)%s(17)%s(10)%s(21)%s" % (gtin, exp, lot, sn), "device")}],
               "status": "active", "manufacturer": ch(["Medtronic", "Boston Scientific", "Abbott", "Biotronik"]),
               "serialNumber": P(sn, "device"), "lotNumber": lot,
               "type": {"coding": [{"system": "http://snomed.info/sct", "code": ch(["14106009", "72506001"])}]},
               "patient": {"reference": "Patient/%s" % uid(), "display": P(nm(p, "fl"), "name")}}
        L.t("Created resource: ")
        L.segs(jsegs(dev))
    elif r < 0.77:
        hapi_prefix(L, "INFO", "c.u.f.j.s.SearchCoordinatorSvcImpl")
        L.add("Search for Encounter?patient.identifier=", P(p.mrn, "mrn"), "&date=ge", P(d_iso(rel_date(-60, -20)), "date"),
              " found %d results in %dms (uuid=%s)" % (random.randint(1, 9), random.randint(10, 400), uid()))
    else:
        hapi_prefix(L, "DEBUG", "ca.tlhn.fhir.interceptor.PayloadLogger")
        L.t("Outgoing resource: ")
        ident = [{"use": "official",
                  "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "JHN"}]},
                  "system": ON_SYS if p.prov == "ON" else QC_SYS, "value": P(p.hcn, "health_plan")}]
        if p.vc:
            ident[0] = {"extension": [{"url": VERS_EXT, "valueString": p.vc}], **ident[0]}
        ident.append({"use": "usual",
                      "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                      "system": "https://fhir.tlhn.ca/NamingSystem/%s-mrn" % p.site.lower(), "value": P(p.mrn, "mrn")})
        telecom = [{"system": "phone", "value": P(fmt_phone(p.phone, "paren"), "phone"), "use": "home"}]
        if p.cell:
            telecom.append({"system": "phone", "value": P(fmt_phone(p.cell, "dash"), "phone"), "use": "mobile"})
        if random.random() < 0.4:
            telecom.append({"system": "fax", "value": P(fmt_phone(phone_num(p.phone[0]), "paren"), "fax"),
                            "use": "home"})
        telecom.append({"system": "email", "value": P(p.email, "email")})
        addr = {"use": "home", "line": [P(p.street, "address")] + ([P(p.unit, "address")] if p.unit else []),
                "city": P(p.city, "address"), "state": p.prov, "postalCode": P(p.postal, "zip"), "country": "CA"}
        res = {"resourceType": "Patient", "id": uid(),
               "meta": {"versionId": str(random.randint(1, 9)), "lastUpdated": ts_spring(now()), "profile": [PROFILE]},
               "identifier": ident, "name": [{"use": "official", "family": P(p.last, "name"),
                                              "given": [P(p.first, "name")]}],
               "telecom": telecom, "gender": "female" if p.sex == "F" else "male",
               "birthDate": P(d_iso(p.dob), "date"), "address": [addr],
               "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47",
                                                           "code": "fr-CA" if p.lang == "fr" else "en-CA"}]},
                                  "preferred": True}]}
        if random.random() < 0.35:
            res["photo"] = [{"contentType": "image/jpeg", "data": P(b64_blob(JPEG_HDR, random.randint(150, 420)),
                                                                     "photo")}]
        L.segs(jsegs(res))
    return [L]


def fam_fhir_clean():
    L = Line("fhir-hapi")
    r = random.random()
    if r < 0.35:
        hapi_prefix(L)
        rt = ch(["Observation", "Encounter", "DiagnosticReport", "MedicationRequest"])
        hapi_access(L, "read %s/%s" % (rt, uid()), [""])
    elif r < 0.55:
        hapi_prefix(L)
        hapi_access(L, "metadata", [""])
    elif r < 0.7:
        hapi_prefix(L, "INFO", "c.u.f.j.s.SearchCoordinatorSvcImpl")
        L.t("Search %s reached end of results - Found %d results in %dms" % (uid(), random.randint(0, 300),
                                                                          random.randint(4, 900)))
    elif r < 0.82:
        hapi_prefix(L, "INFO", "c.u.f.j.s.r.ResourceReindexingSvcImpl", thread="hapi-fhir-jpa-scheduler-%d" % random.randint(1, 4))
        L.t("Reindexed %d resources (%d remaining) in %dms, %s/sec" % (
            random.randint(100, 5000), random.randint(0, 90000), random.randint(300, 9000), random.randint(80, 900)))
    else:
        hapi_prefix(L, "INFO", "c.u.f.j.p.s.PackageInstallerSvcImpl", thread="main")
        L.t("Installing package: hl7.fhir.ca.baseline#1.1.8 (%d StructureDefinitions, %d ValueSets, build 2024-02-16)"
            % (random.randint(40, 70), random.randint(10, 40)))
    return [L]


# ----------------------------------------------------------------------------
# family: LIS / ASTM analyzer middleware
# ----------------------------------------------------------------------------
ANALYZERS = [("cobas8k-01", "c702", "SN 1543-07"), ("ARCH-i2-02", "i2000SR", "ISR60214"),
             ("XN-1000-3", "XN-1000", "SN 21907"), ("ACL-TOP-1", "ACL TOP 550", "SN 17121043")]


def lis_prefix(L, an, d="RX"):
    t = tick(0.2, 20)
    L.t("%s <%s> %s: " % (ts_logback(t), an[0], d))


def fam_lis_phi():
    p = pick_patient()
    an = ch(ANALYZERS)
    out = []
    L = Line("lis-astm")
    lis_prefix(L, an, "TX")
    L.t("H|\\^&|||TLHN-LIS^4.2.1|||||%s||P|1394-97|%s" % (an[0], ts_hl7(now())))
    out.append(L)
    L = Line("lis-astm")
    lis_prefix(L, an, "TX")
    dd = doc()
    L.add("P|1|", P(p.mrn, "mrn"), "||", P(p.hcn, "health_plan"), "|", P(strip_acc(p.last).upper(), "name"), "^",
          P(strip_acc(p.first).upper(), "name"), "||", P(d_hl7(p.dob), "date"), "|%s|||||%s^%s" % (
              p.sex, dd[2].replace("-", ""), dd[0].upper()))
    out.append(L)
    L = Line("lis-astm")
    lis_prefix(L, an, "TX")
    coll = rel_dt(-6, -0.3)
    tests = random.sample(TESTS, 2)
    L.add("O|1|%s%s||^^^%s\\^^^%s|R||" % (coll.strftime("%y%m%d"), digits(5), tests[0][0], tests[1][0]),
          P(ts_hl7(coll), "date"), "||||N||||%s||||||||||F" % ch(["SERUM", "PLASMA", "WB-EDTA", "CIT"]))
    out.append(L)
    if random.random() < 0.6:
        L = Line("lis-astm")
        lis_prefix(L, an, "RX")
        tst = tests[0]
        L.t("R|1|^^^%s|%s|%s|%s|N||F||%s||" % (tst[0], round(random.uniform(tst[4], tst[5]), 2), tst[2], tst[3],
                                              ch(STAFF_USERS)))
        out.append(L)
    if random.random() < 0.35:
        L = Line("lis-astm")
        lis_prefix(L, an, "INFO")
        d = doc()
        L.add("CRITICAL %s called to Dr %s %s by %s, read-back OK, pt " % (
            ch(["K 6.4 mmol/L", "TROP 812 ng/L", "GLU 2.1 mmol/L"]), d[1], d[0], ch(STAFF_USERS)),
              P(nm(p, "LF"), "name"), " MRN ", P(p.mrn, "mrn"))
        out.append(L)
    return out


def fam_lis_clean():
    an = ch(ANALYZERS)
    L = Line("lis-astm")
    r = random.random()
    if r < 0.3:
        lis_prefix(L, an, "QC")
        L.t("Level %d %s lot %s exp %s mean=%.2f SD=%.2f value=%.2f Westgard 1-2s %s (analyzer %s %s)" % (
            random.randint(1, 3), ch(TESTS)[0], digits(6), ch(["2024-09-30", "2025-01-31", "2024-11-30"]),
            random.uniform(3, 8), random.uniform(0.05, 0.3), random.uniform(3, 8), ch(["PASS", "PASS", "WARN"]),
            an[1], an[2]))
    elif r < 0.55:
        lis_prefix(L, an, "RX")
        L.t("L|1|N")
    elif r < 0.75:
        lis_prefix(L, an, "INFO")
        L.t("ENQ received, link established (port COM%d 9600 8N1); %d frames pending" % (
            random.randint(1, 6), random.randint(0, 12)))
    else:
        lis_prefix(L, an, "WARN")
        L.t("Reagent %s on-board stability expires in %dh (rack %d pos %d, cassette %s)" % (
            ch(["GLUC3", "CREJ2", "TSH", "HbA1c Tina-quant"]), random.randint(1, 48), random.randint(1, 60),
            random.randint(1, 5), digits(7)))
    return [L]


# ----------------------------------------------------------------------------
# family: patient portal - Application Insights continuous export
# ----------------------------------------------------------------------------
AI_KEY = "3f6c9a1e-52b7-4c0d-9e1a-7b2d44c8e0f5"


def ai_envelope(kind, body, user=None, clientip="0.0.0.0", custom=None):
    t = tick(0.2, 30)
    op = tid()
    ctx = {"application": {"version": "2024.3.%d+%s" % (random.randint(1, 9), hexs(7))},
           "data": {"eventTime": ts_utc(t), "isSynthetic": False, "samplingRate": 100.0},
           "cloud": {},
           "device": {"type": "PC", "roleName": "tlhn-portal-web", "roleInstance": ch(HOSTS[6:7])},
           "session": {"id": hexs(22), "isFirst": False},
           "operation": {"id": op, "parentId": "|%s.%s." % (op, hexs(8)), "name": body.get("name", "")},
           "location": {"clientip": clientip, "continent": "North America", "country": "Canada"}}
    if user is not None:
        ctx["user"] = {"isAuthenticated": True, "authId": user}
    if custom is not None:
        ctx["custom"] = {"dimensions": custom}
    return {kind: [body], "internal": {"data": {"id": uid(), "documentVersion": "1.61"}}, "context": ctx}


def fam_ai_phi():
    p = pick_patient()
    L = Line("appinsights")
    r = random.random()
    ip = P(p.ip, "ip") if random.random() < 0.45 else "0.0.0.0"
    user = P(p.username, "other_id") if random.random() < 0.6 else P(p.email, "email")
    if r < 0.35:
        route = ch(["GET /api/appointments", "GET /api/results/summary", "POST /api/messages",
                    "GET /api/prescriptions/renewals"])
        body = {"id": "|%s.%s." % (tid(), hexs(8)), "name": route, "count": 1, "responseCode": "200",
                "success": True, "url": "https://portail.tlhn.ca%s?lang=%s-CA" % (route.split(" ")[1], p.lang),
                "durationMetric": {"value": random.randint(300000, 9000000), "count": 1.0}}
        if random.random() < 0.35:
            slug = "%s.%s" % (strip_acc(p.first).lower().replace(" ", "-"),
                              strip_acc(p.last).lower().replace(" ", "-").replace("'", ""))
            body["name"] = "GET /%s/patients/{slug}/profil" % p.lang
            body["url"] = P("https://portail.tlhn.ca/%s/patients/%s/profil" % (p.lang, slug), "url")
        L.segs(jsegs(ai_envelope("request", body, user=user, clientip=ip)))
    elif r < 0.45 and p.age > 89:
        msg = S("Age-based reminder queued (age ", P(str(p.age), "age"), "): influenza high-dose vaccine, clinic GER-%s" %
                p.site)
        body = {"message": msg, "severityLevel": "Information"}
        L.segs(jsegs(ai_envelope("message", body, user=user, custom=[{"patientMrn": P(p.mrn, "mrn")}])))
    elif r < 0.5:
        msg = S("Appointment confirmation sent to ", P(p.email, "email"), " for ",
                P(d_iso(rel_date(1, 45)), "date"), " (clinic=%s)" % ch(["CARDIO-TLH", "ENDO-HSL", "ORTHO-OGC"]))
        custom = [{"patientMrn": P(p.mrn, "mrn")}, {"culture": "%s-CA" % p.lang}, {"channel": "email"}]
        body = {"message": msg, "severityLevel": "Information"}
        L.segs(jsegs(ai_envelope("message", body, user=user, custom=custom)))
    elif r < 0.68:
        body = {"name": "MobileDeviceRegistered"}
        dims = [{"platform": ch(["iOS 17.3.1", "Android 14"])}, {"appVersion": "3.%d.%d" % (random.randint(0, 9),
                                                                                             random.randint(0, 30))}]
        imei = p.imei or make_imei()
        dims.append({"deviceImei": P(imei, "device")})
        dims.append({"pushHandle": hexs(64)})
        L.segs(jsegs(ai_envelope("event", body, user=user, clientip=ip, custom=dims)))
    elif r < 0.8:
        # identity verification (selfie + face template)
        custom = [{"verificationStep": "faceMatch"}, {"score": "%.3f" % random.uniform(0.86, 0.99)},
                  {"faceTemplate": P(b64_blob(b"FT01\x00\x80", random.randint(120, 200)), "biometric")}]
        body = {"name": "IdentityVerificationCompleted"}
        L.segs(jsegs(ai_envelope("event", body, user=user, clientip=ip, custom=custom)))
    else:
        body = {"id": hexs(16), "outerId": "0", "problemId": "System.FormatException at "
                "Tlhn.Portal.Services.HealthCardParser.Parse",
                "handledAt": "UserCode",
                "exceptions": [{"typeName": "System.FormatException",
                                "message": S("Le numéro de carte santé « ", P(hcn_fmt(p, "sp"), "health_plan"),
                                             " » est invalide pour la province %s." % p.prov),
                                "hasFullStack": True}]}
        L.segs(jsegs(ai_envelope("basicException", body, user=user)))
    return [L]


def fam_ai_clean():
    L = Line("appinsights")
    r = random.random()
    if r < 0.4:
        body = {"id": "|%s.%s." % (tid(), hexs(8)), "name": "SQL: tlhn-portal-sql.database.windows.net | portaldb",
                "type": "SQL", "target": "tlhn-portal-sql.database.windows.net | portaldb", "resultCode": "0",
                "success": True, "durationMetric": {"value": random.randint(10000, 900000), "count": 1.0}}
        L.segs(jsegs(ai_envelope("remoteDependency", body)))
    elif r < 0.7:
        body = {"name": "availability-ping-canadacentral", "runLocation": "ca-central", "result": "Passed",
                "durationMetric": {"value": random.randint(900000, 4000000), "count": 1.0}}
        L.segs(jsegs(ai_envelope("availability", body)))
    else:
        body = {"message": "Configuration reloaded from Azure App Configuration (appcs-tlhn-portal), %d keys, "
                           "sentinel=%s" % (random.randint(40, 120), hexs(8)), "severityLevel": "Information"}
        L.segs(jsegs(ai_envelope("message", body)))
    return [L]


# ----------------------------------------------------------------------------
# family: Azure Application Gateway access log (portal front door)
# ----------------------------------------------------------------------------
APPGW_RID = ("/SUBSCRIPTIONS/7C1D3E92-0B4A-4E77-9F21-5A8C33D0E6B1/RESOURCEGROUPS/RG-TLHN-PORTAL-CC/PROVIDERS/"
             "MICROSOFT.NETWORK/APPLICATIONGATEWAYS/AGW-TLHN-PORTAL")
BROWSERS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.3 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
            "Safari/537.36",
            "Mozilla/5.0 (Linux; Android 14; SM-S911W) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 "
            "Mobile Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 "
            "Safari/605.1.15"]


def appgw(L, client, uri_parts, query, status, user_agent):
    t = tick(0.1, 20)
    props = {"instanceId": "appgw_%d" % random.randint(0, 3), "clientIP": client, "clientPort": random.randint(1025, 65000),
             "httpMethod": "GET", "originalRequestUriWithArgs": None, "requestUri": S(*uri_parts),
             "requestQuery": query, "userAgent": user_agent, "httpStatus": status, "httpVersion": "HTTP/2.0",
             "receivedBytes": random.randint(200, 2400), "sentBytes": random.randint(400, 90000),
             "timeTaken": round(random.uniform(0.004, 0.9), 3), "sslEnabled": "on", "sslCipher": "TLS_AES_256_GCM_SHA384",
             "sslProtocol": "TLSv1.3", "serverRouted": "%s:443" % ch(PRIV_IPS), "serverStatus": str(status),
             "serverResponseLatency": "%.3f" % random.uniform(0.003, 0.8), "host": "portail.tlhn.ca"}
    props.pop("originalRequestUriWithArgs")
    obj = {"timeStamp": (t - TZ).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
           "resourceId": APPGW_RID, "listenerName": "lst-https-portail", "ruleName": "rule-portal",
           "backendPoolName": "bp-portal-aks", "backendSettingName": "bs-https", "operationName": "ApplicationGatewayAccess",
           "category": "ApplicationGatewayAccessLog", "properties": props}
    L.segs(jsegs(obj, sep=(", ", ": ")))


def fam_gw_phi():
    p = pick_patient()
    L = Line("azure-appgw")
    slug = "%s-%s" % (strip_acc(p.first).lower().replace(" ", "-"), strip_acc(p.last).lower().replace(" ", "-")
                      .replace("'", ""))
    r = random.random()
    if r < 0.65:
        path = ch(["/fr/patients/%s/profil", "/en/patients/%s/profile", "/fr/patients/%s/documents"]) % slug
        appgw(L, P(p.ip, "ip"), [P(path, "url")], "", 200, ch(BROWSERS))
    else:
        appgw(L, P(p.ip, "ip"), ["/api/appointments/slots"], S("clinic=%s&from=" % ch(["ENDO-HSL", "CARDIO-TLH"]),
                                                                P(d_iso(rel_date(2, 30)), "date"), "&mrn=",
                                                                P(p.mrn, "mrn")), 200, ch(BROWSERS))
    return [L]


def fam_gw_clean():
    L = Line("azure-appgw")
    r = random.random()
    if r < 0.5:
        appgw(L, ch(PRIV_IPS), ["/healthz"], "", 200, "kube-probe/1.28")
    elif r < 0.75:
        appgw(L, "168.63.129.16", ["/"], "", 200, "Load Balancer Agent")
    else:
        appgw(L, ch(PRIV_IPS), ["/static/js/main.%s.js" % hexs(8)], "v=%s" % hexs(6), 304, ch(BROWSERS))
    return [L]


# ----------------------------------------------------------------------------
# family: nginx combined log (portal static/SPA tier)
# ----------------------------------------------------------------------------
def fam_nginx_phi():
    p = pick_patient()
    L = Line("nginx")
    t = tick(0.1, 15)
    r = random.random()
    L.add(P(p.ip, "ip"), " - ")
    if random.random() < 0.5:
        L.add(P(p.username, "other_id"))
    else:
        L.t("-")
    L.t(" [%s] \"" % ts_clf(t))
    if r < 0.4:
        L.add("GET /%s/dossier/rendez-vous?date=" % ("fr" if p.lang == "fr" else "en"),
              P(d_iso(rel_date(1, 40)), "date"), " HTTP/1.1\" 200 %d" % random.randint(2000, 30000))
    elif r < 0.7:
        L.add("GET /api/lab/results?mrn=", P(p.mrn, "mrn"), "&since=2024-01-01 HTTP/1.1\" 200 %d" % random.randint(400, 9000))
    else:
        L.add("POST /api/profile/contact HTTP/1.1\" 204 0")
    L.t(" \"https://portail.tlhn.ca/%s/accueil\" \"%s\"" % (p.lang, ch(BROWSERS)))
    return [L]


def fam_nginx_clean():
    L = Line("nginx")
    t = tick(0.1, 15)
    r = random.random()
    if r < 0.5:
        L.t("%s - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\"" % (ch(PRIV_IPS), ts_clf(t)))
    elif r < 0.8:
        L.t("%s - - [%s] \"GET /static/fonts/OpenSans-Regular.woff2 HTTP/1.1\" 304 0 \"https://portail.tlhn.ca/fr/"
            "accueil\" \"%s\"" % (ch(PRIV_IPS), ts_clf(t), ch(BROWSERS)))
    else:
        L.t("%s [error] 29#29: *%d upstream timed out (110: Connection timed out) while reading response header from "
            "upstream, client: %s, server: portail.tlhn.ca, request: \"GET /api/notifications HTTP/1.1\", upstream: "
            "\"http://%s:8080/api/notifications\"" % (t.strftime("%Y/%m/%d %H:%M:%S"), random.randint(10000, 999999),
                                                     ch(PRIV_IPS), ch(PRIV_IPS)))
    return [L]


# ----------------------------------------------------------------------------
# family: provincial drug program lookups (ODB / RAMQ) - logback custom pattern
# ----------------------------------------------------------------------------
DINS = ["02242903", "02229519", "02247617", "02387913", "00559407", "02240332", "02295261", "02471477"]
DRUGS = ["metformin 500mg", "atorvastatin 20mg", "apixaban 5mg", "ramipril 10mg", "levothyroxine 100mcg",
         "empagliflozin 25mg", "insulin glargine 100U/mL", "hydromorphone 2mg"]


def drug_prefix(L, level="INFO", logger="c.t.drug.OdbEligibilityClient"):
    t = tick()
    L.t("%s [http-nio-8443-exec-%d] %-5s %s [%s,%s] - " % (ts_logback(t, ","), random.randint(1, 20), level, logger,
                                                          tid(), spanid()))


def fam_drug_phi():
    p = pick_patient()
    L = Line("drug-lookup")
    i = random.randrange(len(DINS))
    if p.prov == "ON":
        r = random.random()
        if r < 0.5:
            drug_prefix(L)
            L.add("HCV request hn=", P(p.hcn, "health_plan"), " vc=%s dob=" % (p.vc or "--"), P(d_iso(p.dob), "date"),
                  " -> responseCode=%s '%s'" % ch([("50", "Health card passed validation"),
                                                   ("65", "Invalid version code"),
                                                   ("20", "Eligibility does not exist for this health number")]),
                  " lastName=", P(strip_acc(p.last).upper(), "name"), " firstName=",
                  P(strip_acc(p.first).upper(), "name"), " sex=%s auditUID=%s" % (p.sex, hexs(20).upper()))
        else:
            drug_prefix(L, logger="c.t.drug.OdbFormularyService")
            L.add("ODB claim check DIN=%s (%s) qty=%d days=%d for HN " % (DINS[i], DRUGS[i], random.randint(30, 180),
                                                                        ch([30, 90, 100])),
                  P(hcn_fmt(p, ch(["dash", "sp", "vc"])), "health_plan"),
                  " age=", P(str(p.age), "age") if p.age > 89 else str(p.age),
                  " program=%s -> %s, copay=$%.2f, LU code %d" % (
                      "ODB-SENIOR" if p.age >= 65 else "OHIP+" if p.age < 25 else "TRILLIUM",
                      ch(["COVERED", "COVERED", "LU_REQUIRED"]), ch([0.0, 2.0, 6.11]), random.randint(100, 600)))
    else:
        drug_prefix(L, logger="c.t.drug.RamqRpamClient")
        L.add("Vérification admissibilité RPAM: NAM=", P(hcn_fmt(p, ch(["sp", "plain"])), "health_plan"),
              " date_service=", P(d_iso(rel_date(-2, 0)), "date"),
              " DIN=%s -> statut=%s, franchise=%.2f$, coassurance=%d%% (réf. %s)" % (
                  DINS[i], ch(["ADMISSIBLE", "ADMISSIBLE", "NON_ADMISSIBLE"]), ch([0.0, 22.90]),
                  ch([0, 35]), digits(12)))
    out = [L]
    if random.random() < 0.3:
        L2 = Line("drug-lookup")
        drug_prefix(L2, "INFO", "c.t.drug.DispenseNotifier")
        L2.add("Notified pharmacist %s: renewal for " % ch(PHARMACISTS), P(nm(p, "fl"), "name"),
               " (%s) queued, Rx# %s" % (DRUGS[i], digits(7)))
        out.append(L2)
    return out


def fam_drug_clean():
    L = Line("drug-lookup")
    r = random.random()
    i = random.randrange(len(DINS))
    if r < 0.35:
        drug_prefix(L, logger="c.t.drug.FormularyCache")
        L.t("Formulary refresh: ODB edition 2024-02-29 loaded, %d DINs, %d LU codes; RAMQ liste des médicaments "
            "2024-03-07 loaded, %d DINs" % (random.randint(4000, 5000), random.randint(300, 500),
                                            random.randint(7000, 8000)))
    elif r < 0.6:
        drug_prefix(L, logger="c.t.drug.OdbFormularyService")
        L.t("DIN %s (%s) interchangeable group %s, best price $%.4f/unit" % (DINS[i], DRUGS[i], digits(5),
                                                                           random.uniform(0.05, 3)))
    elif r < 0.8:
        drug_prefix(L, "WARN", "c.t.drug.RamqRpamClient")
        L.t("RAMQ service SOAP fault env:Server 'Service temporairement indisponible' (code 9000), retry in %ds" %
            random.randint(2, 30))
    else:
        drug_prefix(L, logger="c.t.drug.OdbEligibilityClient")
        L.t("MCEDT/HCV session established conformanceKey=%s serviceUserMUID=%s" % (uid(), digits(7)))
    return [L]


# ----------------------------------------------------------------------------
# family: Ontario Telehealth Network visits (JSON lines from otn bridge)
# ----------------------------------------------------------------------------
def otn_base(level, msg):
    t = tick(0.2, 40)
    return {"ts": ts_utc(t, 3), "level": level, "svc": "otn-bridge", "host": "otn-bridge-01",
            "msg": msg}


def fam_otn_phi():
    p = pick_patient() if random.random() < 0.6 else ch(OLD)
    L = Line("otn-json")
    d = doc()
    r = random.random()
    appt = rel_date(1, 50)
    if r < 0.45:
        o = otn_base("info", "eVisit scheduled")
        o.update({"visitId": "OTN-%s" % digits(9), "patient": {
            "name": P(nm(p, "fl"), "name"), "dob": P(d_iso(p.dob), "date"), "hcn": P(hcn_fmt(p, "vc"), "health_plan"),
            "phone": P(fmt_phone(p.cell or p.phone, "e164"), "phone"), "lang": p.lang},
                  "provider": "Dr. %s %s" % (d[1], d[0]), "providerCpso": d[2], "apptDate": P(d_iso(appt), "date"),
                  "apptTime": "%02d:%s" % (random.randint(8, 16), ch(["00", "15", "30", "45"])),
                  "siteCode": "%s-TELE-%02d" % (p.site, random.randint(1, 12))})
        if p.age > 89:
            o["patient"]["age"] = P(p.age, "age")
    elif r < 0.7:
        o = otn_base("info", "guest invite sent")
        o.update({"visitId": "OTN-%s" % digits(9), "to": P(p.email, "email"), "patientPortalUrl": P(
            "https://portail.tlhn.ca/%s/patients/%s.%s" % (p.lang, strip_acc(p.first).lower().replace(" ", "-"),
                                                           strip_acc(p.last).lower().replace(" ", "-").replace("'", "")),
            "url"),
                  "link": "https://join.otn.ca/v/%s" % hexs(24), "expires": ts_utc(now() + dt.timedelta(days=2), 3)})
    elif r < 0.78:
        o = otn_base("info", "IVR voiceprint enrolled")
        o.update({"patientId": P(p.mrn, "mrn"), "callerId": P(fmt_phone(p.phone, "e164"), "phone"),
                  "voiceprint": P(b64_blob(b"VPv3", random.randint(100, 180)), "biometric"),
                  "engine": "nuance-gatekeeper-2.4"})
    elif r < 0.88:
        o = otn_base("warn", "Patient did not join within 15 min; visit marked NO_SHOW")
        o.update({"visitId": "OTN-%s" % digits(9), "patientName": P(nm(p, "lf"), "name"),
                  "visitDate": P(d_iso(now().date()), "date"), "caseNo": P("TH-%s-%s" % (now().strftime("%y"), digits(6)),
                                                                          "other_id")})
    else:
        o = otn_base("info", "Telehomecare device paired")
        o.update({"patientId": P(p.mrn, "mrn"), "device": {"model": ch(["A&D UA-651BLE", "Omron BP7450", "iHealth BG5"]),
                                                           "serial": P("%s%s" % (ch(["5210", "BP74", "BG5S"]), digits(7)),
                                                                       "device"),
                                                           "mac": P(":".join("%02X" % random.randint(0, 255)
                                                                             for _ in range(6)), "device")}})
        if p.imei:
            o["hubImei"] = P(p.imei, "device")
    L.segs(jsegs(o))
    return [L]


def fam_otn_clean():
    L = Line("otn-json")
    r = random.random()
    if r < 0.4:
        o = otn_base("info", "media stats")
        o.update({"visitId": "OTN-%s" % digits(9), "rttMs": random.randint(20, 180), "jitterMs": random.randint(1, 30),
                  "packetLoss": round(random.uniform(0, 0.04), 4), "codec": ch(["VP8", "H264", "opus"]),
                  "turn": "turn-ca-central.otn.ca:443"})
    elif r < 0.7:
        o = otn_base("info", "calendar sync complete")
        o.update({"synced": random.randint(10, 300), "conflicts": random.randint(0, 4),
                  "window": "2024-03-11/2024-04-30", "durationMs": random.randint(200, 4000)})
    else:
        d = doc()
        o = otn_base("warn", "provider token refresh failed; retrying")
        o.update({"provider": "Dr. %s %s" % (d[1], d[0]), "providerEmail": "%s.%s@tlhn.ca" % (
            strip_acc(d[1]).lower(), strip_acc(d[0]).lower()), "attempt": random.randint(1, 3),
                  "idp": "https://login.otn.ca/oauth2/token"})
    L.segs(jsegs(o))
    return [L]


# ----------------------------------------------------------------------------
# family: parking permits (python logging) - vehicles
# ----------------------------------------------------------------------------
def py_prefix(L, logger, level="INFO"):
    t = tick()
    L.t("%s - %s - %s - " % (ts_logback(t, ","), logger, level))


def fam_parking_phi():
    cands = [p for p in PATIENTS if p.plate]
    p = ch(cands)
    L = Line("parking-py")
    r = random.random()
    if r < 0.5:
        py_prefix(L, "parking.permits")
        L.add("Issued %s permit P-24-%05d plate=" % (ch(["dialysis", "oncology", "long-stay"]), random.randint(1, 99999)),
              P(p.plate, "vehicle"), " (%s) patient_mrn=" % p.prov, P(p.mrn, "mrn"), " valid %s..%s lot=%s" % (
                  d_iso(now().date()), d_iso(now().date() + dt.timedelta(days=30)), ch(["P2", "P4", "Visitor-East"])))
    elif r < 0.8:
        py_prefix(L, "parking.vehicles")
        L.add("Vehicle registered for permit holder ", P(nm(p, "fl"), "name"), ": VIN=", P(p.vin, "vehicle"),
              " plate=", P(p.plate, "vehicle"), " make=%s" % ch(["Honda", "Toyota", "Hyundai", "Ford"]))
    else:
        py_prefix(L, "parking.lpr", "WARNING")
        L.add("LPR camera gate-%d read '" % random.randint(1, 6), P(p.plate, "vehicle"),
              "' conf=%.2f matched permit holder tel " % random.uniform(0.8, 0.99),
              P(fmt_phone(p.cell or p.phone, "dash"), "phone"), ", SMS reminder queued")
    return [L]


def fam_parking_clean():
    L = Line("parking-py")
    r = random.random()
    if r < 0.5:
        py_prefix(L, "parking.lpr")
        L.t("gate-%d heartbeat ok fw=3.2.%d temp=%dC queue=%d" % (random.randint(1, 6), random.randint(0, 9),
                                                                 random.randint(5, 40), random.randint(0, 4)))
    else:
        py_prefix(L, "parking.payments")
        L.t("Pay station PS-%02d settled batch %s: %d txns, total $%.2f, card ************%s approved" % (
            random.randint(1, 12), digits(6), random.randint(10, 200), random.uniform(100, 3000), digits(4)))
    return [L]


# ----------------------------------------------------------------------------
# family: billing for uninsured / out-of-province patients (pipe-delimited)
# ----------------------------------------------------------------------------
def fam_billing_phi():
    p = pick_patient()
    L = Line("billing-psv")
    t = tick()
    r = random.random()
    head = "%s|BILLING|%s|" % (t.strftime("%Y-%m-%d %H:%M:%S"), ch(["INFO", "INFO", "WARN"]))
    if r < 0.3:
        card = make_card(ch(["visa", "mc", "amex"]))
        L.add(head, "PAYMENT|acct=", P(p.acct, "account"), "|payer=", P(nm(p, "fl"), "name"), "|pan=",
              P(card, "account"), "|amount=%.2f|CAD|inv=INV-%s|auth=%s" % (random.uniform(80, 4000), digits(8),
                                                                            hexs(6).upper()))
    elif r < 0.55:
        L.add(head, "PAD_SETUP|acct=", P(p.acct, "account"), "|guarantor=", P(nm(p.nok, "lf"), "name"),
              "|bank_transit=%s|institution=%s|bank_acct=" % (digits(5), ch(["001", "002", "003", "004", "006", "815"])),
              P(digits(7), "account"), "|guarantor_tel=", P(fmt_phone(p.nok.phone, "paren"), "phone"))
        if random.random() < 0.5:
            L.add("|guarantor_fax=", P(fmt_phone(phone_num(p.nok.phone[0]), "dash"), "fax"))
    elif r < 0.75:
        v = ch(["IFHP", "WSIB", "VISITOR"])
        if v == "IFHP":
            L.add(head, "COVERAGE|acct=", P(p.acct, "account"), "|plan=IFHP|UCI=",
                  P("%s-%s" % (digits(4), digits(4)), "health_plan"), "|svc_date=", P(d_dmy(rel_date(-10, 0)), "date"))
        elif v == "WSIB":
            L.add(head, "COVERAGE|acct=", P(p.acct, "account"), "|plan=WSIB|claim=", P(digits(8), "other_id"))
            if p.sin:
                L.add("|sin=", P(sin_fmt(p.sin, ch(["sp", "dash", "plain"])), "ssn"))
            L.add("|injury_date=", P(d_iso(rel_date(-40, -2)), "date"))
        else:
            L.add(head, "COVERAGE|acct=", P(p.acct, "account"), "|plan=SELF-PAY|passport=",
                  P("%s%s" % ("".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), digits(7)), "other_id"),
                  "|home_country=%s" % ch(["FR", "US", "IN", "BR"]))
    else:
        L.add(head, "STATEMENT|acct=", P(p.acct, "account"), "|mail_to=", P(nm(p, "fl"), "name"), ", ",
              P(p.street, "address"))
        if p.unit:
            L.add(", ", P(p.unit, "address"))
        L.add(", ", P(p.city, "address"), " %s " % p.prov, P(p.postal, "zip"), "|balance=%.2f|lang=%s" % (
            random.uniform(20, 9000), p.lang.upper()))
    return [L]


def fam_billing_clean():
    L = Line("billing-psv")
    t = tick()
    r = random.random()
    head = "%s|BILLING|INFO|" % t.strftime("%Y-%m-%d %H:%M:%S")
    if r < 0.4:
        L.t(head + "BATCH|file=OHIP_CLAIMS_%s_%s.txt|claims=%d|total=%.2f|group=%s|status=SUBMITTED" % (
            now().strftime("%Y%m%d"), digits(3), random.randint(100, 3000), random.uniform(1e4, 4e5), digits(4)))
    elif r < 0.7:
        L.t(head + "REMIT|RA=%s|payments=%d|adjustments=%d|cheque=%s" % (digits(10), random.randint(50, 900),
                                                                        random.randint(0, 30), digits(8)))
    else:
        L.t(head + "GATEWAY|Moneris store=monca%s txn=%s response=027 APPROVED card=************%s" % (
            digits(5), digits(12), digits(4)))
    return [L]


# ----------------------------------------------------------------------------
# family: EMR chart-access audit CSV
# ----------------------------------------------------------------------------
AUDIT_HDR_DONE = [False]


def fam_audit_phi():
    p = pick_patient()
    L = Line("audit-csv")
    t = tick()
    user = ch(STAFF_USERS)
    action = ch(["VIEW_CHART", "PRINT_SUMMARY", "EXPORT_CCD", "BREAK_GLASS"])
    L.add("%s,%s,%s,%s,%s," % (ts_utc(t, 3), ch(HOSTS[:3]), action, user, ROLE_OF[user]),
          P(p.mrn, "mrn"), ",")
    if random.random() < 0.5:
        L.add("\"", P(nm(p, "lf"), "name"), "\"")
    L.t(",%s,%s" % (ch(PRIV_IPS), "reason=%s" % ch(["continuity of care", "consult", "ED urgent", "QA"])
                                  if action == "BREAK_GLASS" else "reason="))
    return [L]


def fam_audit_clean():
    L = Line("audit-csv")
    t = tick()
    r = random.random()
    if r < 0.5:
        u = ch(STAFF_USERS)
        L.t("%s,%s,LOGIN_SUCCESS,%s,%s,,,%s,mfa=%s" % (ts_utc(t, 3), ch(HOSTS[:3]), u, ROLE_OF[u], ch(PRIV_IPS),
                                                       ch(["push", "totp"])))
    elif r < 0.8:
        L.t("%s,%s,LOGIN_FAILURE,%s,,,,%s,reason=bad_password count=%d" % (ts_utc(t, 3), ch(HOSTS[:3]),
                                                                         ch(STAFF_USERS), ch(PRIV_IPS),
                                                                         random.randint(1, 5)))
    else:
        L.t("%s,%s,REPORT_RUN,%s,ADMIN,,,%s,report=ED_LOS_WEEKLY period=2024-03-04..2024-03-10" % (
            ts_utc(t, 3), ch(HOSTS[:3]), ch(STAFF_USERS), ch(PRIV_IPS)))
    return [L]


# ----------------------------------------------------------------------------
# family: portal support desk (bilingual free text, key=value)
# ----------------------------------------------------------------------------
def fam_support_phi():
    p = pick_patient()
    L = Line("support-kv")
    t = tick()
    ag = ch(AGENTS)
    r = random.random()
    L.t("time=%s level=info app=portal-support ticket=SUP-%s agent=\"%s\" " % (ts_spring(t), digits(6), ag))
    if r < 0.35:
        if p.lang == "fr":
            L.add("msg=\"Appel de ", P(nm(p, "fl"), "name"), " (né(e) le ", P(d_fr(p.dob), "date"),
                  "), réinitialisation du mot de passe; rappel au ", P(fmt_phone(p.phone, "paren"), "phone"), "\"")
        else:
            L.add("msg=\"Call from ", P(nm(p, "fl"), "name"), " (DOB ", P(d_dmy(p.dob), "date"),
                  ") password reset; callback ", P(fmt_phone(p.phone, "dot"), "phone"), "\"")
    elif r < 0.6:
        L.add("msg=\"Proxy access granted\" patient_user=", P(p.username, "other_id"), " proxy=\"",
              P(nm(p.nok, "fl"), "name"), "\" relation=%s proxy_email=" % p.nok.rel[1].lower())
        L.add(P("%s.%s@%s" % (strip_acc(p.nok.first).lower().replace(" ", ""),
                              strip_acc(p.nok.last).lower().replace(" ", "").replace("'", ""),
                              ch(["gmail.com", "outlook.com", "videotron.ca"])), "email"))
    elif r < 0.68:
        L.add("msg=\"Release of information request\" roi=ROI-24-%s patient=" % digits(5), P(p.mrn, "mrn"),
              " deliver=fax to=", P(fmt_phone(phone_num(p.phone[0]), ch(["paren", "dash"])), "fax"),
              " attn=\"", P(nm(p, "fl"), "name"), "\" docs=discharge_summary,lab_results")
    elif r < 0.82:
        url = "https://portail.tlhn.ca/%s/patients/%s.%s" % (p.lang, strip_acc(p.first).lower().replace(" ", "-"),
                                                            strip_acc(p.last).lower().replace(" ", "-").replace("'", ""))
        L.add("msg=\"Profile link shared in ticket\" url=", P(url, "url"), " verified_by=sms")
    else:
        L.add("msg=\"Profile photo updated\" patient=", P(p.mrn, "mrn"), " img=\"",
              P("data:image/png;base64," + b64_blob(PNG_HDR, random.randint(90, 240)), "photo"), "\"")
    return [L]


def fam_support_clean():
    L = Line("support-kv")
    t = tick()
    r = random.random()
    L.t("time=%s level=%s app=portal-support " % (ts_spring(t), ch(["info", "info", "warn"])))
    if r < 0.4:
        L.t("msg=\"Queue stats\" open=%d pending=%d sla_breach=%d oldest=%dm" % (
            random.randint(5, 80), random.randint(0, 30), random.randint(0, 4), random.randint(1, 600)))
    elif r < 0.7:
        L.t("msg=\"Email template rendered\" template=appt_reminder_fr_CA from=noreply@portail.tlhn.ca "
            "version=%d.%d" % (random.randint(1, 5), random.randint(0, 20)))
    else:
        L.t("msg=\"Agent status change\" agent=\"%s\" status=%s ext=%d" % (ch(AGENTS), ch(["available", "break", "wrap-up"]),
                                                                          random.randint(4100, 4199)))
    return [L]


# ----------------------------------------------------------------------------
# assembly
# ----------------------------------------------------------------------------
PHI_GENS = [(9, fam_spring_phi), (7, fam_hl7_adt), (5, fam_int_json_phi), (8, fam_fhir_phi), (6, fam_lis_phi),
            (9, fam_ai_phi), (4, fam_gw_phi), (5, fam_nginx_phi), (6, fam_drug_phi), (8, fam_otn_phi),
            (3, fam_parking_phi), (5, fam_billing_phi), (5, fam_audit_phi), (7, fam_support_phi)]
CLEAN_GENS = [(10, fam_spring_clean), (6, fam_hl7_clean), (4, fam_int_json_clean), (7, fam_fhir_clean),
              (7, fam_lis_clean), (6, fam_ai_clean), (4, fam_gw_clean), (5, fam_nginx_clean), (6, fam_drug_clean),
              (5, fam_otn_clean), (3, fam_parking_clean), (4, fam_billing_clean), (5, fam_audit_clean),
              (4, fam_support_clean)]


def wchoice(gens):
    tot = sum(w for w, _ in gens)
    x = random.uniform(0, tot)
    for w, g in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][1]


def main():
    lines = []
    n_clean = 0
    while len(lines) < N_LINES:
        ratio = n_clean / max(1, len(lines))
        gen = wchoice(CLEAN_GENS if ratio < TARGET_CLEAN else PHI_GENS)
        for L in gen():
            L.check()
            lines.append(L)
            n_clean += 0 if L.spans else 1
    lines = lines[:N_LINES]
    with open(os.path.join(HERE, "es.log"), "wb") as f:
        for L in lines:
            f.write(bytes(L.buf) + b"\n")
    with open(os.path.join(HERE, "es.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, L in enumerate(lines, 1):
            rec = {"line": i, "family": L.family,
                   "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in L.spans]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
