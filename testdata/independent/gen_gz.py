#!/usr/bin/env python3
"""Deterministic generator for a labeled PHI test corpus (ID: gz).

Theme: medical device manufacturer post-market surveillance (complaint intake,
eMDR / MedWatch 3500A, returns + failure analysis, FSCA letters, connected
insulin pump / CGM cloud, Jira-like QMS).

Writes gz.log and gz.labels.jsonl next to this file. Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import urllib.parse

SEED = 20240311
ID = "gz"
N_LINES = 500
N_PHI = 224  # lines that carry at least one span
HERE = os.path.dirname(os.path.abspath(__file__))

rng = random.Random(SEED)

# ---------------------------------------------------------------------------
# segment model: a line is a list of (text, cat|None); spans come from offsets
# ---------------------------------------------------------------------------


class Ph:
    """A PHI value (string) with a category."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        assert v, "empty PHI"
        self.v = v
        self.cat = cat


class Raw(Ph):
    """PHI emitted unquoted inside JSON (numbers)."""


class Cx:
    """Composite string made of str and Ph parts."""

    def __init__(self, *parts):
        self.parts = []
        for p in parts:
            if isinstance(p, (list, tuple)):
                self.parts.extend(p)
            else:
                self.parts.append(p)


def ident(x):
    return x


def jesc(x):
    return json.dumps(x, ensure_ascii=False)[1:-1]


def jesc_a(x):
    return json.dumps(x, ensure_ascii=True)[1:-1]


def xesc(x):
    return x.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def sqlq(x):
    return x.replace("'", "''")


def csvq(x):
    return x.replace('"', '""')


def kvq(x):
    return x.replace("\\", "\\\\").replace('"', '\\"')


def formq(x):
    return urllib.parse.quote_plus(x, safe="")


def esc_segs(val, fn=ident):
    if isinstance(val, Ph):
        return [(fn(val.v), val.cat)]
    if isinstance(val, Cx):
        out = []
        for p in val.parts:
            out.extend(esc_segs(p, fn))
        return out
    return [(fn(str(val)), None)]


def J(obj, sep=(",", ":"), ascii_=False):
    """JSON object from an ordered dict whose values may be Ph/Cx/Raw."""
    fn = jesc_a if ascii_ else jesc
    out = [("{", None)]
    for i, (k, v) in enumerate(obj.items()):
        if i:
            out.append((sep[0], None))
        out.append((json.dumps(k) + sep[1], None))
        out.extend(jval(v, sep, ascii_, fn))
    out.append(("}", None))
    return out


def jval(v, sep, ascii_, fn):
    if isinstance(v, Raw):
        return [(str(v.v), v.cat)]
    if isinstance(v, (Ph, Cx, str)):
        return [('"', None)] + esc_segs(v, fn) + [('"', None)]
    if isinstance(v, dict):
        return J(v, sep, ascii_)
    if isinstance(v, list):
        out = [("[", None)]
        for i, it in enumerate(v):
            if i:
                out.append((sep[0], None))
            out.extend(jval(it, sep, ascii_, fn))
        out.append(("]", None))
        return out
    return [(json.dumps(v), None)]


def X(tag, content=None, attrs=None):
    """Single XML element; content may be str/Ph/Cx or list of segs."""
    a = ""
    if attrs:
        a = "".join(' %s="%s"' % (k, xesc(v)) for k, v in attrs)
    if content is None:
        return [("<%s%s/>" % (tag, a), None)]
    out = [("<%s%s>" % (tag, a), None)]
    if isinstance(content, list):
        out.extend(content)
    else:
        out.extend(esc_segs(content, xesc))
    out.append(("</%s>" % tag, None))
    return out


class B:
    def __init__(self):
        self.segs = []

    def t(self, *xs):
        for x in xs:
            self.segs.append((x, None))
        return self

    def p(self, v, cat):
        assert v
        self.segs.append((v, cat))
        return self

    def v(self, val, fn=ident):
        self.segs.extend(esc_segs(val, fn))
        return self

    def s(self, segs):
        self.segs.extend(segs)
        return self


def finish(segs):
    buf = bytearray()
    spans = []
    inserted = []
    for text, cat in segs:
        b = text.encode("utf-8")
        if cat is not None:
            assert b, "empty span"
            spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": cat})
            inserted.append(b)
        buf.extend(b)
    line = bytes(buf)
    for sp, b in zip(spans, inserted):
        assert line[sp["s"]:sp["e"]] == b, (sp, b)
    for a, c in zip(spans, spans[1:]):
        assert a["e"] <= c["s"]
    assert b"\n" not in line and b"\r" not in line
    assert len(line) <= 4000, len(line)
    line.decode("utf-8")
    return line, spans


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip",
        "biometric", "photo", "other_id"}

# ---------------------------------------------------------------------------
# identifier helpers with valid check digits
# ---------------------------------------------------------------------------


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def card_number():
    pre = rng.choice(["4", "4", "51", "53", "55", "2221"])
    body = pre + digits(15 - len(pre))
    return body + luhn_digit(body)


def imei():
    tac = rng.choice(["35391110", "35328011", "35925406", "01332700", "35467310"])
    body = tac + digits(6)
    return body + luhn_digit(body)


def npi():
    body = rng.choice("12") + digits(8)
    return body + luhn_digit("80840" + body)


def dea(last):
    first = rng.choice("ABFM")
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + last[0].upper() + "".join(map(str, d)) + str(chk)


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rng.choice(["1HG", "1FT", "2T1", "1G1", "3VW", "JTD", "5NP", "1C4"])
    vds = "".join(rng.choice(al) for _ in range(5))
    yr = rng.choice("GHJKLMN")
    plant = rng.choice("ABCDEFGHKLMNPRSTUVWXYZ")
    ser = digits(6)
    v = wmi + vds + "0" + yr + plant + ser
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    chk = "X" if s == 10 else str(s)
    v = v[:8] + chk + v[9:]
    s2 = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    assert ("X" if s2 == 10 else str(s2)) == v[8]
    return v


def gtin14(body13):
    total = 0
    for i, ch in enumerate(reversed(body13)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return body13 + str((10 - total % 10) % 10)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = "0123456789" + MBI_A


def mbi():
    return (rng.choice("123456789") + rng.choice(MBI_A) + rng.choice(MBI_AN) + rng.choice("0123456789")
            + rng.choice(MBI_A) + rng.choice(MBI_AN) + rng.choice("0123456789")
            + rng.choice(MBI_A) + rng.choice(MBI_A) + digits(2))


def ssn():
    while True:
        area = rng.randint(1, 665)
        if area != 666:
            break
    return "%03d-%02d-%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(n, al="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(al) for _ in range(n))


def sf_id(prefix):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return prefix + "8c0000" + "".join(rng.choice(al) for _ in range(6)) + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def lot():
    return "L%02d%02d-%03d%s" % (rng.choice([23, 24]), rng.randint(1, 12), rng.randint(1, 299), rng.choice(["", "", "A", "B"]))


def pump_sn():
    return "AVP%02d%s%06d" % (rng.choice([21, 22, 23]), rng.choice("HJKMNPR"), rng.randint(0, 999999))


def tx_sn():
    return alnum(10, "0123456789ACDEFGHJKLMNPQRTUVWXY")


def icd_sn():
    return "NRV%06dH" % rng.randint(100000, 999999)


def ns_sn():
    return "INS%06dR" % rng.randint(100000, 999999)


def mac(oui):
    return oui + ":" + ":".join("%02X" % rng.randint(0, 255) for _ in range(3))


def pub_ip():
    first = rng.choice([73, 98, 24, 174, 108, 71, 67, 76, 99, 47, 68, 172])
    if first == 172:
        second = rng.choice([56, 58, 100, 112, 254])  # public 172.x outside 16-31
    else:
        second = rng.randint(1, 254)
    return "%d.%d.%d.%d" % (first, second, rng.randint(0, 255), rng.randint(1, 254))


def pub_ip6():
    return "2601:%x:%x:%x::%x" % (rng.randint(0x100, 0xfff), rng.randint(0x1000, 0xffff),
                                  rng.randint(0x100, 0xfff), rng.randint(1, 0xff))


def priv_ip():
    k = rng.randint(0, 2)
    if k == 0:
        return "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 254))
    if k == 1:
        return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254))
    return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))


def asciify(s):
    s = s.replace("Ł", "L").replace("ł", "l").replace("ø", "o").replace("Ø", "O").replace("ı", "i")
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def fmt_date(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "ymd":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return d.strftime("%d-%b-%Y").upper()
    if style == "long":
        return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)
    if style == "short":
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    raise ValueError(style)


# ---------------------------------------------------------------------------
# reference data
# ---------------------------------------------------------------------------

ORIG = {
    "irish": (["Margaret", "Siobhan", "Bridget", "Aoife"], ["Declan", "Eamon", "Padraig", "Cormac"],
              ["O'Halloran", "Brennan", "Kavanagh", "Fitzgerald"]),
    "nigerian": (["Adaeze", "Ngozi", "Oluwaseun", "Folasade"], ["Chukwuemeka", "Obinna", "Babatunde", "Emeka"],
                 ["Okonkwo", "Adeyemi", "Eze", "Balogun"]),
    "vietnamese": (["Hương", "Thảo", "Lan", "Ngọc"], ["Minh", "Quang", "Dũng", "Hải"],
                   ["Nguyễn", "Trần", "Phạm", "Lê"]),
    "polish": (["Halina", "Agnieszka", "Krystyna", "Bożena"], ["Łukasz", "Zbigniew", "Tadeusz", "Wojciech"],
               ["Zielińsk@", "Kowalczyk", "Wiśniewsk@", "Dąbrowsk@"]),
    "mexican": (["Guadalupe", "Rosario", "María José", "Xóchitl"], ["José", "Ignacio", "Rogelio", "Joaquín"],
                ["Ramírez", "Castañeda", "Villalobos", "Ibarra"]),
    "indian": (["Lakshmi", "Priyanka", "Harjit", "Meenakshi"], ["Venkatesh", "Harpreet", "Arvind", "Suresh"],
               ["Subramanian", "Raghunathan", "Deshpande", "Gill"]),
    "japanese": (["Haruko", "Fumiko", "Sachiko", "Emi"], ["Takeshi", "Kenji", "Isamu", "Hiroyuki"],
                 ["Yamamoto", "Ishikawa", "Matsuda", "Nakamura"]),
    "korean": (["Soon-ja", "Young-hee", "Ji-woo"], ["Min-jun", "Dong-hyun", "Sang-woo"],
               ["Park", "Choi", "Han", "Yoon"]),
    "norse": (["Ingrid", "Astrid", "Solveig", "Karin"], ["Søren", "Bjørn", "Lars", "Anders"],
              ["Solberg", "Haugen", "Lindqvist", "Østergaard"]),
    "arabic": (["Fatima", "Nadia", "Rania", "Layla"], ["Yousef", "Khalid", "Tariq", "Samir"],
               ["Haddad", "Al-Masri", "Khoury", "Nasser"]),
    "haitian": (["Marie-Claude", "Wideline", "Roseline"], ["Jean-Baptiste", "Wilner", "Fritznel"],
                ["Pierre-Louis", "Desrosiers", "Jean-Charles", "Dorvil"]),
    "greek": (["Eleni", "Dimitra", "Vasiliki"], ["Konstantinos", "Georgios", "Spyros"],
              ["Papadopoulos", "Georgiou", "Karamanlis"]),
    "somali": (["Hodan", "Faadumo", "Ifrah"], ["Abdirahman", "Mohamed", "Ahmed"],
               ["Warsame", "Abdi", "Farah", "Hirsi"]),
    "hungarian": (["Erzsébet", "Zsófia"], ["Gábor", "László"], ["Szabó", "Horváth", "Tóth"]),
    "filipino": (["Maricel", "Rowena", "Ligaya"], ["Rogelio", "Danilo", "Arnel"],
                 ["Dela Cruz", "Bautista", "Macaraeg"]),
    "anglo": (["Ruth", "Shirley", "Dorothy", "Mildred"], ["Irving", "Harold", "Walter", "Clarence"],
              ["Goldfarb", "Pemberton", "Whitaker", "Abernathy"]),
    "turkish": (["Ayşe", "Gülsüm"], ["Mehmet", "Hüseyin"], ["Yılmaz", "Öztürk", "Çelik"]),
    "portuguese": (["Conceição", "Graça"], ["João", "Sebastião"], ["Gonçalves", "Araújo", "Magalhães"]),
}

CITIES = [("Duluth", "MN", "558", "218"), ("St. Paul", "MN", "551", "651"), ("Minneapolis", "MN", "554", "612"),
          ("Eau Claire", "WI", "547", "715"), ("Toledo", "OH", "436", "419"), ("Tucson", "AZ", "857", "520"),
          ("Hialeah", "FL", "330", "305"), ("Fresno", "CA", "937", "559"), ("Yonkers", "NY", "107", "914"),
          ("Lowell", "MA", "018", "978"), ("Sioux Falls", "SD", "571", "605"), ("Tacoma", "WA", "984", "253"),
          ("Laredo", "TX", "780", "956"), ("Dearborn", "MI", "481", "313"), ("Paterson", "NJ", "075", "973"),
          ("Honolulu", "HI", "968", "808"), ("El Paso", "TX", "799", "915"), ("Cedar Rapids", "IA", "524", "319")]
STREETS = ["Woodland Ave", "Lakeview Dr", "N 4th St", "Maple Ridge Rd", "SW 8th St", "E Fort Lowell Rd",
           "Kalakaua Ave", "Grand River Blvd", "Pine Hollow Ct", "Old Mill Rd", "Westfield Pkwy", "Harbor View Ln",
           "Sunnyside Ter", "Warwick St", "S Prairie Ave", "Jefferson Ave", "Schaefer Rd", "Elm Crest Cir",
           "Calle San Jorge", "W Mulberry Way"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "hotmail.com", "att.net"]
RELS = ["daughter", "son", "spouse", "grandson", "granddaughter", "niece", "husband", "wife", "daughter", "son"]
PARENT_RELS = ["mother", "father", "parent/guardian"]

TODAY = dt.date(2024, 3, 11)


class Person:
    pass


def person_name(origin, female):
    fs, ms, ls = ORIG[origin]
    first = rng.choice(fs if female else ms)
    last = rng.choice(ls)
    if last.endswith("@"):
        last = last[:-1] + ("a" if female else "i")
    return first, last


def email_for(first, last, year=None):
    f = asciify(first).lower().replace(" ", "").replace("'", "")
    l_ = asciify(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    style = rng.randint(0, 4)
    if style == 0:
        u = "%s.%s" % (f, l_)
    elif style == 1:
        u = "%s%s%d" % (f[0], l_, rng.randint(1, 99))
    elif style == 2:
        u = "%s.%s%s" % (f, l_, str(year)[-2:] if year else "")
    elif style == 3:
        u = "%s_%s" % (l_, f)
    else:
        u = "%s%s" % (f, rng.randint(1940, 2010))
    return u + "@" + rng.choice(EMAIL_DOM)


def phone_num(area):
    return area, "555", "01%02d" % rng.randint(0, 99)


def fmt_phone(ph, style):
    a, x, n = ph
    if style == 0:
        return "(%s) %s-%s" % (a, x, n)
    if style == 1:
        return "%s-%s-%s" % (a, x, n)
    if style == 2:
        return "+1%s%s%s" % (a, x, n)
    if style == 3:
        return "%s.%s.%s" % (a, x, n)
    if style == 4:
        return "+1 %s-%s-%s" % (a, x, n)
    return "%s%s%s" % (a, x, n)


def make_patient(kind):
    p = Person()
    origin = rng.choice(sorted(ORIG))
    p.female = rng.random() < 0.55
    p.first, p.last = person_name(origin, p.female)
    p.origin = origin
    if kind == "old":
        y = rng.randint(1923, 1933)
    elif kind == "kid":
        y = rng.randint(2008, 2017)
    else:
        y = rng.randint(1938, 1998)
    p.dob = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.kind = kind
    city = rng.choice(CITIES)
    p.city, p.state, zp, p.area = city
    p.zip = zp + "%02d" % rng.randint(1, 99)
    p.zip4 = "%04d" % rng.randint(1, 9999)
    p.street = "%d %s" % (rng.randint(12, 9899), rng.choice(STREETS))
    p.unit = rng.choice(["", "", "", "Apt %d%s" % (rng.randint(1, 9), rng.choice("ABC")), "Unit %d" % rng.randint(101, 420)])
    p.phone = phone_num(p.area)
    p.email = email_for(p.first, p.last, y)
    p.ssn = ssn()
    p.mrn = rng.choice(["E%08d" % rng.randint(0, 99999999), "%09d" % rng.randint(0, 999999999),
                        "MRN%07d" % rng.randint(0, 9999999)])
    p.mbi = mbi() if p.age >= 65 else None
    p.member = rng.choice(["XEH", "W", "ZGP", "MBX", "UHC"]) + digits(9)
    p.pump = pump_sn()
    p.tx = tx_sn()
    p.implant = icd_sn() if rng.random() < 0.35 and kind != "kid" else (ns_sn() if rng.random() < 0.2 and kind != "kid" else None)
    p.app_user = "pu_" + hexs(12)
    p.username = asciify(p.first).lower().replace(" ", "").replace("'", "")[:6] + "." + asciify(p.last).lower().replace(" ", "").replace("'", "")[:8] + str(rng.randint(1, 99))
    p.ip = pub_ip6() if rng.random() < 0.2 else pub_ip()
    p.ble = mac(rng.choice(["C4:7F:51", "D0:03:DF", "F8:36:9B"]))
    p.imei = imei()
    p.case = "00%06d" % rng.randint(470000, 499999)
    p.card = card_number()
    p.dl = rng.choice("ABCDEFGMNSTW") + digits(7)
    p.vin = vin()
    p.plate = "%d%s%03d" % (rng.randint(1, 9), alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ"), rng.randint(0, 999))
    # caregiver: cg_rel = caregiver's relation to the patient; pt_rel = patient's relation seen from caregiver
    if kind == "kid":
        p.cg_rel = rng.choice(PARENT_RELS)
        cg_female = p.cg_rel == "mother" or (p.cg_rel == "parent/guardian" and rng.random() < 0.5)
        cgf, _ = person_name(origin, cg_female)
        cgl = p.last
        p.pt_rel = "daughter" if p.female else "son"
    else:
        p.cg_rel = rng.choice(RELS)
        if p.cg_rel in ("husband", "wife", "spouse"):
            cg_female = {"husband": False, "wife": True}.get(p.cg_rel, not p.female)
            p.pt_rel = "wife" if p.female else "husband"
        else:
            cg_female = p.cg_rel in ("daughter", "granddaughter", "niece")
            base = {"daughter": "mother", "son": "mother", "grandson": "grandmother", "granddaughter": "grandmother",
                    "niece": "aunt"}[p.cg_rel]
            if not p.female:
                base = {"mother": "father", "grandmother": "grandfather", "aunt": "uncle"}[base]
            p.pt_rel = base
        cgf, cgl = person_name(origin, cg_female)
        if rng.random() < 0.6:
            cgl = p.last
    for _ in range(10):
        if cgf != p.first:
            break
        cgf, _x = person_name(origin, cg_female)
    p.cg_first, p.cg_last = cgf, cgl
    p.cg_phone = phone_num(rng.choice([p.area, rng.choice(CITIES)[3]]))
    p.cg_email = email_for(cgf, cgl)
    p.cg_fax = phone_num(p.area)
    p.event = TODAY - dt.timedelta(days=rng.randint(2, 40))
    p.implant_date = dt.date(rng.randint(2016, 2023), rng.randint(1, 12), rng.randint(1, 28))
    p.explant_date = p.event + dt.timedelta(days=rng.randint(0, 2))
    p.weight = rng.randint(41, 112) if kind != "kid" else rng.randint(19, 55)
    p.lot = lot()
    p.pump_model = rng.choice(["AV-770G", "AV-780G"])
    return p


def full(p):
    return p.first + " " + p.last


def cg_full(p):
    return p.cg_first + " " + p.cg_last


def initials(p):
    return asciify(p.first)[0] + "." + asciify(p.last.replace("O'", "O"))[0] + "."


PATIENTS = [make_patient("old") for _ in range(11)] + [make_patient("kid") for _ in range(6)] + \
           [make_patient("adult") for _ in range(21)]
OLD = [p for p in PATIENTS if p.age > 89]
IMPL = [p for p in PATIENTS if p.implant]
assert len(OLD) >= 10 and len(IMPL) >= 5


def pick_patient(pool=None):
    pool = pool or PATIENTS
    # skewed reuse: some patients appear far more often
    i = min(int(rng.expovariate(1.0 / (len(pool) / 3.0))), len(pool) - 1)
    return pool[i]


CLIN = []
for nm, fac, dom, area in [("Dr. Anjali Raman", "Lakehead Regional Medical Center", "lakeheadrmc.org", "218"),
                           ("Dr. Tobias Lindqvist", "Northshore Cardiology Associates", "northshorecardio.com", "651"),
                           ("Dr. Kwame Mensah", "Sonoran Valley Endocrinology", "sonoranendo.com", "520"),
                           ("Dr. Rebecca Feinstein", "St. Brendan's Hospital", "stbrendans.org", "914"),
                           ("Dr. Hiroshi Tanaka", "Kapiolani Diabetes Clinic", "kapdiabetes.org", "808"),
                           ("Dr. Camila Restrepo", "Valle Central Diabetes Center", "vallecentraldc.org", "956"),
                           ("Dana Whitfield, NP", "Prairie Lakes Family Medicine", "prairielakesfm.com", "605"),
                           ("Marisol Vega, RN, CDCES", "Harbor Endocrine Group", "harborendo.com", "253")]:
    c = Person()
    c.name = nm
    c.fac = fac
    parts = nm.replace("Dr. ", "").split(",")[0].split()
    c.email = (parts[0][0] + parts[-1]).lower() + "@" + dom
    c.phone = (area, "555", "01%02d" % rng.randint(0, 99))
    c.fax = (area, "555", "01%02d" % rng.randint(0, 99))
    c.npi = npi()
    c.dea = dea(parts[-1])
    CLIN.append(c)

REPS = [("Marcus Holloway", "mholloway@aurevia-med.com", "(612) 555-0191", "T14"),
        ("Priya Natarajan", "pnatarajan@aurevia-med.com", "(520) 555-0166", "T22"),
        ("Gustavo Paredes", "gparedes@aurevia-med.com", "(956) 555-0138", "T31"),
        ("Kelsey Brandt", "kbrandt@aurevia-med.com", "(651) 555-0120", "T09")]
AGENTS = ["tmorrow", "jbeaulieu", "rkaur", "dnwosu", "lfernandes", "mtakahashi", "aokafor", "sbergstrom"]
QA = [("hschreiber", "Hannah Schreiber"), ("dokafor", "Devin Okafor"), ("yarakawa", "Yuki Arakawa"),
      ("rquintero", "Rafael Quintero"), ("mcho", "Mei-Lin Cho"), ("bpetrov", "Boris Petrov"),
      ("nabadi", "Nasrin Abadi")]
FA_TECH = ["K. Lindgren", "S. Mahlangu", "T. Vo", "R. Castellanos", "J. Whitcombe"]
FEI = "3005432101"
HQ = "1200 Lakeshore Pkwy, Plymouth, MN 55441"
SUPPORT_PHONE = "1-800-555-0142"
PRODUCTS = [("AV-770G", "Aurevia 770G insulin pump"), ("AV-780G", "Aurevia 780G insulin pump"),
            ("AV-CGM3", "Aurevia Sense 3 CGM sensor"), ("AV-TX3", "Aurevia Sense 3 transmitter"),
            ("AV-INF-9", "QuickSet 9mm infusion set"), ("AV-INF-6", "QuickSet 6mm infusion set"),
            ("AV-RES-300", "3.0 mL reservoir"), ("AV-ICD-7731", "Cardia DR ICD"), ("AV-NS-4410", "Veritas SCS IPG")]
PROBLEM_CODES = [("2993", "Occlusion Within Device"), ("1069", "Alarm, Audible"), ("2682", "Failure to Deliver"),
                 ("1435", "Battery Problem"), ("2338", "Display or Visual Feedback Problem"),
                 ("1546", "Connection Problem"), ("4002", "Inaccurate Reading"), ("1395", "Adverse Event Without Identified Device or Use Problem")]
EVENTS = ["repeated occlusion alarms followed by BG of 412 mg/dL", "severe hypoglycemia (BG 38 mg/dL) requiring glucagon",
          "DKA with ED admission after no-delivery alarm", "pump screen went blank during bolus",
          "sensor readings 80 mg/dL lower than fingerstick", "battery drained within 6 hours of replacement",
          "reservoir cracked at luer connector, insulin leak noted", "inappropriate shock delivered x2",
          "lead impedance out of range, loss of capture suspected", "IPG would not charge, loss of stimulation"]


def sev_phrase():
    return rng.choice(["ED visit", "hospitalized overnight", "no injury reported", "treated with oral glucose",
                       "EMS called", "admitted to ICU for 2 days"])


# timestamps -----------------------------------------------------------------

def ts_iso(t, ms=True):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (t.microsecond // 1000) if ms else "Z")


def ts_log4j(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def ts_sys(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_epoch_ms(t):
    return int(t.timestamp() * 1000)


def ts_jira(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d+0000" % (t.microsecond // 1000)


def ts_pg(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d UTC" % (t.microsecond // 1000)


def age_parts(p, style=None):
    style = style if style is not None else rng.randint(0, 4)
    a = str(p.age)
    v = Ph(a, "age") if p.age > 89 else a
    sx = "F" if p.female else "M"
    if style == 0:
        return [v, " y/o " + ("female" if p.female else "male")]
    if style == 1:
        return [v, "yo " + sx]
    if style == 2:
        return [v, "-year-old " + ("woman" if p.female else "man") if p.kind != "kid" else "-year-old " + ("girl" if p.female else "boy")]
    if style == 3:
        return ["age ", v]
    return [sx + "/", v]


def trace():
    return hexs(32)


def span_id():
    return hexs(16)

# ---------------------------------------------------------------------------
# PHI templates
# ---------------------------------------------------------------------------


def t_sfdc_case(t, p):
    rid = sf_id("500")
    b = B()
    reporter = rng.choice(["caregiver", "patient", "clinician"]) if p.kind != "kid" else rng.choice(["caregiver", "clinician"])
    ev = rng.choice(EVENTS[:7])
    prod = p.pump_model
    c = rng.choice(CLIN)
    desc = []
    if reporter == "caregiver":
        desc += ["Caller ", Ph(cg_full(p), "name"), " (", p.cg_rel, ") reports patient ", Ph(full(p), "name"), ", "]
        desc += age_parts(p)
        supplied = (Ph(cg_full(p), "name"), Ph(p.cg_email, "email"), Ph(fmt_phone(p.cg_phone, 0), "phone"))
    elif reporter == "patient":
        desc += ["Pt ", Ph(full(p), "name"), " ("]
        desc += age_parts(p)
        desc += [") called in"]
        supplied = (Ph(full(p), "name"), Ph(p.email, "email"), Ph(fmt_phone(p.phone, 0), "phone"))
    else:
        desc += [c.name, " (", c.fac, ") reporting on behalf of pt initials ", Ph(initials(p), "name"), ", "]
        desc += age_parts(p)
        supplied = (c.name, c.email, fmt_phone(c.phone, 0))
    desc += [": ", ev, " on ", Ph(fmt_date(p.event, rng.choice(["us", "short", "long"])), "date"),
             ". Pump SN ", Ph(p.pump, "device"), ", infusion set lot ", p.lot, ". Outcome: ", sev_phrase(), "."]
    obj = {
        "attributes": {"type": "Case", "url": "/services/data/v59.0/sobjects/Case/" + rid},
        "Id": rid,
        "CaseNumber": Ph(p.case, "other_id"),
        "RecordTypeId": sf_id("012"),
        "Status": rng.choice(["New", "Open - Triage", "Awaiting Return"]),
        "Origin": rng.choice(["Phone", "Web", "Email", "Field Rep"]),
        "Priority": rng.choice(["High", "Medium", "Critical"]),
        "Subject": rng.choice(["Pump alarm - possible MDR", "Hypo event w/ pump", "Complaint: " + prod, "No delivery alarm"]),
        "Description": Cx(desc),
        "SuppliedName": supplied[0],
        "SuppliedEmail": supplied[1],
        "SuppliedPhone": supplied[2],
        "Patient_DOB__c": Ph(fmt_date(p.dob, "iso"), "date"),
        "Patient_Age__c": Raw(p.age, "age") if p.age > 89 else p.age,
        "Product_Code__c": prod,
        "Serial_Number__c": Ph(p.pump, "device"),
        "Lot_Number__c": p.lot,
        "Event_Date__c": Ph(fmt_date(p.event, "iso"), "date"),
        "Potential_MDR__c": True,
        "OwnerId": sf_id("005"),
        "CreatedDate": t.strftime("%Y-%m-%dT%H:%M:%S.000+0000"),
    }
    if rng.random() < 0.5:
        del obj["Patient_Age__c"]
    b.t("%s INFO  [sfdc-sync-%d] c.a.pms.sfdc.CaseFetcher - GET /services/data/v59.0/sobjects/Case/%s 200 %dms body=" %
        (ts_iso(t), rng.randint(1, 4), rid, rng.randint(80, 900)))
    b.s(J(obj))
    return "sfdc-case-json", b


def t_web2case(t, p):
    b = B()
    q = formq
    self_rep = p.kind != "kid" and rng.random() < 0.5
    nm = full(p) if self_rep else cg_full(p)
    em = p.email if self_rep else p.cg_email
    ph = fmt_phone(p.phone if self_rep else p.cg_phone, rng.choice([0, 1]))
    desc = Cx(["My ", "" if self_rep else p.pt_rel + "'s ", "pump (SN ", Ph(p.pump, "device"), "): ",
               rng.choice(EVENTS[:6]), ". DOB ", Ph(fmt_date(p.dob, "us"), "date"), ". Please call back."])
    b.p(p.ip, "ip")
    b.t(' - - [%s] "POST /servlet/servlet.WebToCase?encoding=UTF-8 HTTP/1.1" 200 0 body="orgid=00D8c000004HjkL'
        '&retURL=https%%3A%%2F%%2Fwww.aurevia-med.com%%2Fsupport%%2Fthanks&name=' % ts_nginx(t))
    b.v(Ph(nm, "name"), q).t("&email=").v(Ph(em, "email"), q).t("&phone=").v(Ph(ph, "phone"), q)
    b.t("&subject=").v(rng.choice(["Pump problem", "Sensor issue", "Report a problem"]), q)
    b.t("&00N8c00000K3xPq=").v(Ph(p.pump, "device"), q)
    b.t("&00N8c00000K3xPr=").v(p.pump_model, q)
    b.t("&description=").v(desc, q).t('&submit=Submit"')
    return "web2case-access", b


def t_email2case(t, p):
    b = B()
    host = "mx-relay-%02d" % rng.randint(1, 3)
    pid = rng.randint(2000, 9000)
    thread = "ref:_00D8c0HjkL._500%s:ref" % alnum(7, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    if rng.random() < 0.5:
        self_rep = p.kind != "kid" and rng.random() < 0.4
        nm = full(p) if self_rep else cg_full(p)
        em = p.email if self_rep else p.cg_email
        subj = rng.choice(["Re: my %s's pump keeps alarming" % p.pt_rel,
                           "Sensor fell off again", "Replacement pump request", "Urgent - pump stopped"])
        if self_rep:
            subj = rng.choice(["Sensor fell off again", "Replacement pump request", "Urgent - pump stopped", "Skin reaction to adhesive"])
        b.t("%s %s email2case[%d]: msgid=<%s@mail.gmail.com> thread=%s from=\"" % (ts_sys(t), host, pid, hexs(20), thread))
        b.v(Ph(nm, "name"), kvq).t("\" <").p(em, "email").t("> to=<complaints@aurevia-med.com> subject=\"")
        b.v(subj, kvq).t("\" size=%d attachments=%d queue=Complaints_Intake_US status=CASE_CREATED" %
                         (rng.randint(4000, 900000), rng.randint(0, 3)))
        return "email2case-syslog", b
    # body excerpt
    body = []
    if p.kind == "kid":
        body += ["Hello, my child ", Ph(p.first, "name"), " (", Ph(str(p.age), "age") if p.age > 89 else str(p.age),
                 ") uses the ", p.pump_model, " SN ", Ph(p.pump, "device"), ". "]
    else:
        body += ["Hi, my ", p.pt_rel, " ",
                 Ph(full(p), "name"), " (DOB ", Ph(fmt_date(p.dob, "us"), "date"), ") is "]
        body += [Ph(str(p.age), "age") if p.age > 89 else str(p.age), " and uses pump ", Ph(p.pump, "device"), ". "]
    body += ["On ", Ph(fmt_date(p.event, "long"), "date"), " it ", rng.choice(["alarmed all night", "stopped delivering",
                                                                            "showed Error 42", "would not rewind"]),
             ". You can reach me at ", Ph(fmt_phone(p.cg_phone, 3), "phone"), ". Thanks, ", Ph(p.cg_first, "name")]
    b.t("%s %s email2case[%d]: thread=%s part=text/plain charset=UTF-8 body[0:512]=\"" % (ts_sys(t), host, pid, thread))
    b.v(Cx(body), kvq).t("\"")
    return "email2case-syslog", b


def t_ivr(t, p):
    b = B()
    call = "CA" + hexs(32)
    if rng.random() < 0.5:
        caller_cg = p.kind == "kid" or rng.random() < 0.4
        ani = p.cg_phone if caller_cg else p.phone
        tmpl = base64.b64encode(b"VPT2" + bytes(rng.getrandbits(8) for _ in range(rng.randint(96, 180)))).decode()
        b.t("%s INFO  [ivr-router-%d] c.a.cc.ivr.VoiceAuth - callId=%s ani=" % (ts_log4j(t), rng.randint(1, 9), call))
        b.p(fmt_phone(ani, 2), "phone")
        b.t(" dnis=+18005550142 lang=%s queue=PumpSupport_%s intent=report_problem authMethod=voiceprint score=%.2f enrolled=true template=" %
            (rng.choice(["en-US", "es-US"]), rng.choice(["EN", "ES"]), rng.uniform(0.81, 0.99)))
        b.p(tmpl, "biometric")
        return "ivr-log4j", b
    ag = rng.choice(AGENTS)
    b.t("%s INFO  [cti-screenpop-%d] c.a.cc.cti.ScreenPop - callId=%s agent=%s crmMatch=Contact:%s name=\"" %
        (ts_log4j(t), rng.randint(1, 4), call, ag, sf_id("003")))
    b.p(full(p), "name").t("\" dob=").p(fmt_date(p.dob, "iso"), "date")
    if p.mbi:
        b.t(" payer=Medicare mbi=").p(p.mbi, "health_plan")
    else:
        b.t(" payer=%s memberId=" % rng.choice(["BCBS-MN", "Aetna", "UHC", "Cigna"])).p(p.member, "health_plan")
        b.t(" group=%07d" % rng.randint(10000, 999999))
    b.t(" openCases=%d lastCase=" % rng.randint(1, 3)).p(p.case, "other_id")
    b.t(" wrapCode=NONE holdSec=%d" % rng.randint(0, 240))
    return "ivr-log4j", b


def t_emdr_xml(t, p):
    b = B()
    job = "EMDR-%s-%04d" % (t.strftime("%Y%m%d"), rng.randint(1, 400))
    sect = []
    pid_val = Ph(initials(p), "name") if rng.random() < 0.5 else Ph("PT-" + asciify(p.first)[0] + asciify(p.last)[0] + "%04d" % rng.randint(0, 9999), "mrn")
    sect += X("patientIdentifier", pid_val)
    sect += X("patientAge", Ph(str(p.age), "age") if p.age > 89 else str(p.age), [("unit", "Year")])
    sect += X("patientSex", "Female" if p.female else "Male")
    sect += X("patientWeight", str(p.weight), [("unit", "kg")])
    if rng.random() < 0.5:
        sect += X("birthTime", None, [("value", "")])[:0]
        sect += [('<birthTime value="', None), (fmt_date(p.dob, "ymd"), "date"), ('"/>', None)]
    body = X("patient", sect)
    narr = ["It was reported that " + ("an " if str(p.age)[0] == "8" or p.age in (11, 18) else "a ")] + age_parts(p, 2) + [" using the ", p.pump_model, " experienced ",
                                                            rng.choice(EVENTS[:7]), ". "]
    if p.age > 89 and rng.random() < 0.6:
        narr += ["Patient's ", p.cg_rel, " ", Ph(cg_full(p), "name"), " stated the patient lives alone. "]
    narr += ["Outcome: ", sev_phrase(), ". Device returned for analysis."]
    ae = X("eventDate", Ph(fmt_date(p.event, "ymd"), "date")) + X("outcome", None, [("code", rng.choice(["H", "R", "O"]))]) + \
        X("narrative", Cx(narr))
    body += X("adverseEvent", ae)
    dev = X("brandName", "Aurevia " + p.pump_model[3:]) + X("modelNumber", p.pump_model) + \
        X("serialNumber", Ph(p.pump, "device")) + X("lotNumber", p.lot) + \
        X("expirationDate", "2026%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)))
    if rng.random() < 0.5:
        dev += X("udiDi", gtin14("0088452" + digits(6)))
    body += X("device", dev)
    b.t("%s DEBUG emdr-builder [job=%s mfrReport=%s-2024-%05d] 3500A A/B/D payload: " %
        (ts_iso(t), job, FEI, rng.randint(100, 1200)))
    b.s(body)
    return "emdr-3500a-xml", b


def t_emdr_vehicle(t, p):
    b = B()
    narr = ["Reporter states the "] + age_parts(p, 0) + [" experienced severe hypoglycemia while driving on ",
                                                         Ph(fmt_date(p.event, "us"), "date"),
                                                         "; vehicle (VIN ", Ph(p.vin, "vehicle"), ", ", p.state,
                                                         " plate ", Ph(p.plate, "vehicle"),
                                                         ") left the roadway. CGM showed no low alert. Sensor lot ",
                                                         lot(), ", transmitter SN ", Ph(p.tx, "device"), "."]
    b.t("%s DEBUG emdr-builder [job=EMDR-%s-%04d] B5 narrative: " % (ts_iso(t), t.strftime("%Y%m%d"), rng.randint(1, 400)))
    b.s(X("narrative", Cx(narr)))
    return "emdr-3500a-xml", b


def t_ack3_err(t, p):
    b = B()
    core = rng.randint(7200000, 7299999)
    rep = "%s-2024-%05d" % (FEI, rng.randint(100, 1200))
    k = rng.randint(0, 2)
    b.t("ACK3|%s|CoreID=%d|%s|" % (rep, core, t.strftime("%Y-%m-%dT%H:%M:%S-04:00")))
    if k == 0 and p.age > 89:
        b.t("REJECTED|E301|A2 patient age \"").p(str(p.age), "age").t("\" inconsistent with A3 birth date \"")
        b.p(fmt_date(p.dob, "ymd"), "date").t("\"|sender=AUREVIA_EMDR")
    elif k == 1:
        b.t("ACCEPTED_WITH_WARNINGS|W114|B3 date of event \"").p(fmt_date(p.event, "ymd"), "date")
        b.t("\" later than G4 date received|sender=AUREVIA_EMDR")
    else:
        b.t("REJECTED|E207|D4 serial number \"").p(p.pump, "device").t("\" exceeds 10 characters for product code LZG|sender=AUREVIA_EMDR")
    return "emdr-ack-pipe", b


def t_rma(t, p):
    b = B()
    impl = p.implant is not None and rng.random() < 0.7
    sn = p.implant if impl else p.pump
    sku = ("AV-ICD-7731" if sn.startswith("NRV") else "AV-NS-4410") if impl else p.pump_model
    b.t("[%s] returns-svc INFO  RMA-%s-%04d received dock=MEM-%d carrier=FedEx trk=%s sku=%s lot=%s sn=" %
        (t.strftime("%Y-%m-%d %H:%M:%S"), t.strftime("%y%m%d"), rng.randint(1, 300), rng.randint(1, 4),
         digits(12), sku, lot()))
    b.p(sn, "device")
    b.t(" decon=%s biohazard=%s" % (rng.choice(["PASS", "PASS", "PENDING"]), "Y" if impl else rng.choice("YN")))
    if impl:
        b.t(" explant_date=").p(fmt_date(p.explant_date, "iso"), "date")
        b.t(" hosp_mrn=").p(p.mrn, "mrn")
    b.t(" complaint=").p(p.case, "other_id").t(" condition=%s" % rng.choice(["INTACT", "CRACKED_HOUSING", "FLUID_INGRESS", "CUT_LEAD"]))
    return "rma-returns", b


def t_udi_scan(t, p):
    b = B()
    g = gtin14("0088452" + digits(6))
    exp = "2%d%02d%02d" % (rng.randint(5, 7), rng.randint(1, 12), rng.randint(1, 28))
    lt = lot()
    sn = p.pump if rng.random() < 0.7 else p.tx
    udi = "(01)%s(17)%s(10)%s(21)%s" % (g, exp, lt, sn)
    b.t("%s scan-station RCV-%02d gs1=\"" % (ts_log4j(t), rng.randint(1, 6)))
    b.p(udi, "device").t("\" parsed gtin=%s exp=20%s-%s-%s lot=%s sn=" % (g, exp[:2], exp[2:4], exp[4:], lt))
    b.p(sn, "device").t(" match=RMA-%s-%04d operator=%s" % (t.strftime("%y%m%d"), rng.randint(1, 300), rng.choice(FA_TECH)))
    return "rma-udi-scan", b


def t_fa(t, p):
    b = B()
    impl = p.implant is not None and rng.random() < 0.6
    sn = p.implant if impl else p.pump
    b.t("FA-24-%04d | serial " % rng.randint(1, 600)).p(sn, "device")
    b.t(" | lot %s | step=%s | finding: %s | linked CAPA-%04d | SF case " %
        (lot(), rng.choice(["visual", "x-ray", "functional", "teardown", "leak test"]),
         rng.choice(["header seal breach at lead port 2", "motor stall at 14.2 U, drive nut worn",
                     "reservoir luer crack, molding flash", "no anomaly found, alarm log confirms occlusion",
                     "battery contact corrosion", "display FPC connector partially seated"]), rng.randint(100, 260)))
    b.p(p.case, "other_id").t(" | analyst %s" % rng.choice(FA_TECH))
    return "fa-lims-pipe", b


def t_fsca_csv(t, p):
    b = B()
    row = rng.randint(1, 4800)
    b.t("%s fsca-merge[wave%d] DEBUG row %d: " % (ts_log4j(t), rng.randint(1, 4), row))
    street = p.street + (" " + p.unit if p.unit else "")
    fields = [Ph(p.last, "name"), Ph(p.first, "name"), Ph(street, "address"), Ph(p.city, "address"), p.state,
              Ph(p.zip, "zip"), Ph(p.pump, "device"), "FSCA-2024-007", rng.choice(["EN", "ES", "EN"])]
    for i, f in enumerate(fields):
        if i:
            b.t(",")
        b.t('"').v(f, csvq).t('"')
    return "fsca-merge-csv", b


def t_fsca_letter(t, p):
    b = B()
    k = rng.randint(0, 2)
    if k == 0:
        b.t("%s INFO fsca.letters: rendered FSCA-2024-007_patient_v2.docx -> pdf row=%d addressee=\"" %
            (ts_log4j(t), rng.randint(1, 4800)))
        b.t(rng.choice(["Ms. " if p.female else "Mr. ", "", "To the family of "]) if p.kind != "kid" else "Parent/Guardian of ")
        b.p(full(p), "name").t(", ").p(p.street + (" " + p.unit if p.unit else ""), "address").t(", ")
        b.p(p.city, "address").t(", %s " % p.state).p(p.zip + "-" + p.zip4, "zip")
        b.t("\" pages=%d imb=%s mailclass=FirstClass" % (rng.randint(2, 4), digits(20)))
    elif k == 1:
        b.t("%s WARNING fsca.returns: USPS NIXIE %s for " % (ts_log4j(t), rng.choice(["ATTEMPTED NOT KNOWN", "MOVED LEFT NO ADDRESS", "DECEASED", "UNABLE TO FORWARD"])))
        b.p(full(p), "name").t(" | ").p((p.street + (" " + p.unit if p.unit else "")).upper(), "address").t(" ")
        b.p(p.city.upper(), "address").t(" %s " % p.state).p(p.zip, "zip")
        b.t(" | device ").p(p.pump, "device").t(" | action=REQUEUE_PHONE_OUTREACH")
    else:
        b.t("%s INFO fsca.outreach: ack received via %s for FSCA-2024-007 from " %
            (ts_log4j(t), rng.choice(["reply card", "phone", "portal"])))
        b.p(cg_full(p), "name").t(" (%s of " % p.cg_rel).p(full(p), "name").t(") tel ")
        b.p(fmt_phone(p.cg_phone, 1), "phone").t(" pump ").p(p.pump, "device").t(" swap_shipped=%s" % rng.choice(["true", "false"]))
    return "fsca-letters-pylog", b


def t_pairing(t, p):
    b = B()
    host = "pairing-api-%s-%s" % (hexs(6), alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    obj = {"level": 30, "time": ts_epoch_ms(t), "pid": 1, "hostname": host,
           "reqId": "req-" + alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789"),
           "msg": rng.choice(["pairing.completed", "pairing.started", "pairing.rebond"]),
           "appUserId": Ph(p.app_user, "other_id"),
           "pumpSerial": Ph(p.pump, "device"),
           "cgmTx": Ph(p.tx, "device"),
           "bleMac": Ph(p.ble, "device"),
           "phone": dict(zip(("model", "os"), rng.choice([("iPhone14,5", "iOS 17.3.1"), ("iPhone15,2", "iOS 16.7.5"),
                                                          ("SM-S911U", "Android 14"), ("Pixel 7", "Android 14"),
                                                          ("iPhone12,8", "iOS 17.2.1")]))) | {
                     "appVersion": "3.8.%d (%d)" % (rng.randint(0, 3), rng.randint(4400, 4480))},
           "clientIp": Ph(p.ip, "ip"),
           "durationMs": rng.randint(400, 9000)}
    if obj["phone"]["os"].startswith("Android") and rng.random() < 0.7:
        obj["phone"]["imei"] = Ph(p.imei, "device")
    b.s(J(obj))
    return "cgm-cloud-pino", b


def t_alarm(t, p):
    b = B()
    obj = {"eventType": "PUMP_ALARM", "code": rng.choice(["A-OCCL-02", "A-NODEL-01", "A-BATT-LOW", "A-RES-EMPTY", "A-SENS-LOST"]),
           "severity": rng.choice(["HIGH", "MEDIUM"]),
           "deviceSn": Ph(p.pump, "device"),
           "userId": Ph(p.app_user, "other_id"),
           "fw": "4.2.%d" % rng.randint(0, 3),
           "insulinOnBoardU": round(rng.uniform(0, 6), 2),
           "reservoirU": round(rng.uniform(0, 300), 1),
           "sgMgdl": rng.randint(40, 380),
           "tsDevice": (t - dt.timedelta(seconds=rng.randint(3, 600))).strftime("%Y-%m-%dT%H:%M:%S-06:00"),
           "ingestLagMs": rng.randint(90, 40000)}
    b.t("%s INFO telemetry-ingest kafka topic=pump.alarms.v2 partition=%d offset=%d value=" %
        (ts_iso(t), rng.randint(0, 11), rng.randint(10 ** 6, 10 ** 8)))
    b.s(J(obj, sep=(", ", ": ")))
    return "cgm-telemetry-kafka", b


def t_nginx_pt(t, p):
    b = B()
    path_kind = rng.randint(0, 2)
    b.p(p.ip, "ip").t(" - - [%s] \"" % ts_nginx(t))
    if path_kind == 0:
        b.t("GET /api/v2/users/").p(p.app_user, "other_id")
        b.t("/cgm/readings?from=%s HTTP/2.0\" 200 %d" % ((t - dt.timedelta(hours=24)).strftime("%Y-%m-%dT%H:%M:%SZ"), rng.randint(2000, 90000)))
    elif path_kind == 1:
        b.t("PUT /api/v2/devices/").p(p.pump, "device").t("/settings/basal HTTP/2.0\" 204 0")
    else:
        b.t("POST /api/v2/auth/login?username=").p(p.username, "other_id").t(" HTTP/2.0\" %s %d" % (rng.choice(["200", "401"]), rng.randint(90, 800)))
    ua = rng.choice(["AureviaConnect/3.8.2 (iPhone; iOS 17.3.1; Scale/3.00)", "AureviaConnect/3.8.1 (Android 14; SM-S911U)",
                     "okhttp/4.11.0"])
    b.t(" \"-\" \"%s\" rt=%.3f uct=%.3f upstream=%s:8080" % (ua, rng.uniform(0.01, 1.2), rng.uniform(0, 0.01), priv_ip()))
    return "nginx-access", b


def t_jira(t, p):
    b = B()
    qa = rng.choice(QA)
    key = "QMS-%d" % rng.randint(3800, 4600)
    desc = ["Complaint ", Ph(p.case, "other_id"), ": "] + age_parts(p, 1) + [", pump SN ", Ph(p.pump, "device"), ", ",
                                                                         rng.choice(EVENTS[:7]), " on ",
                                                                         Ph(fmt_date(p.event, "iso"), "date"),
                                                                         ". Returned unit pending FA. Pt name per SF: ",
                                                                         Ph(full(p), "name"),
                                                                         ". Reporter: ", rng.choice(CLIN).name, "."]
    obj = {"timestamp": ts_epoch_ms(t), "webhookEvent": "jira:issue_created",
           "issue_event_type_name": "issue_created",
           "user": {"name": qa[0], "displayName": qa[1]},
           "issue": {"id": str(rng.randint(100000, 199999)), "key": key,
                     "fields": {"issuetype": {"name": "Complaint Investigation"},
                                "project": {"key": "QMS"},
                                "summary": rng.choice(["Occlusion alarms on ", "No-delivery alarm on ", "Hypo event on "]) + p.pump_model,
                                "description": Cx(desc),
                                "customfield_10412": p.lot,
                                "customfield_10415": rng.choice(["Yes", "TBD"]),
                                "priority": {"name": rng.choice(["P1", "P2"])}}}}
    b.s(J(obj))
    return "jira-webhook-json", b


def t_jira_comment(t, p):
    b = B()
    qa = rng.choice(QA)
    b.t("%s INFO  [jira-sync] QMS-%d comment by %s: \"" % (ts_jira(t), rng.randint(3800, 4600), qa[1]))
    c = rng.randint(0, 2)
    if c == 0:
        cx = Cx(["Spoke w/ pt's ", p.cg_rel, " ", Ph(cg_full(p), "name"), " at ", Ph(fmt_phone(p.cg_phone, 0), "phone"),
                 ", confirmed unit shipped back. Pt is ", Ph(str(p.age), "age") if p.age > 89 else str(p.age), "."])
    elif c == 1:
        cx = Cx(["DOB on return form (", Ph(fmt_date(p.dob, "short"), "date"), ") does not match SF (",
                 Ph(fmt_date(p.dob, "iso"), "date"), "), fixed."])
    else:
        cx = Cx(["Hospital sent explant record for MRN ", Ph(p.mrn, "mrn"), ", explanted ", Ph(fmt_date(p.explant_date, "us"), "date"),
                 ". Attached to ", Ph(p.case, "other_id"), "."])
    b.v(cx, kvq).t("\"")
    return "jira-sync-log", b


def t_pg(t, p):
    b = B()
    pid = rng.randint(20000, 40000)
    pre = "%s [%d] pms_app@pms " % (ts_pg(t), pid)
    k = rng.randint(0, 1)
    if k == 0:
        b.t(pre + "DETAIL:  parameters: $1 = '").v(Ph(p.last, "name"), sqlq).t("', $2 = '").p(fmt_date(p.dob, "iso"), "date").t("', $3 = '%s'" % p.pump_model)
    else:
        b.t(pre + "ERROR:  duplicate key value violates unique constraint \"patient_ssn_key\" DETAIL:  Key (ssn)=(")
        b.p(p.ssn, "ssn").t(") already exists.")
    return "postgres-log", b


def t_billing(t, p):
    b = B()
    k = rng.choice([0, 1, 1])
    if k == 0 and p.mbi:
        b.t("%s WARN  1 --- [elig-exec-%d] c.a.pms.billing.EligibilityClient   : 271 AAA*Y**72*C~ for MBI=" %
            (ts_iso(t), rng.randint(1, 8)))
        b.p(p.mbi, "health_plan").t(" dob=").p(fmt_date(p.dob, "ymd"), "date")
        b.t(" payer=CMS-DME-JC hcpcs=E0784 claim=CLM-%s-%06d" % (t.strftime("%Y%m"), rng.randint(0, 999999)))
    elif k == 0:
        b.t("%s INFO  1 --- [elig-exec-%d] c.a.pms.billing.EligibilityClient   : 271 active coverage subscriber=" %
            (ts_iso(t), rng.randint(1, 8)))
        b.p(p.member, "health_plan").t(" group=GRP%07d plan=PPO dependent=" % rng.randint(0, 9999999))
        b.t("Y" if p.kind == "kid" else "N").t(" hcpcs=A4230 qty=10")
    else:
        b.t("%s ERROR 1 --- [pay-exec-%d] c.a.shop.payments.Authorizer       : authorize declined code=05 card=" %
            (ts_iso(t), rng.randint(1, 8)))
        b.p(p.card, "account").t(" exp=%02d/%d avs=N billZip=" % (rng.randint(1, 12), rng.randint(25, 29)))
        b.p(p.zip, "zip").t(" order=SO-2024-%06d amount=%.2f USD sku=AV-CGM3-SNS-3PK" % (rng.randint(0, 999999), rng.choice([349.0, 119.0, 64.5])))
    return "spring-boot", b


def t_share(t, p):
    b = B()
    slug = asciify(p.first).lower().replace(" ", "-") + "-" + asciify(p.last).lower().replace(" ", "-").replace("'", "") + "-" + hexs(4)
    obj = {"ts": ts_iso(t), "svc": "follow-share", "event": "invite.sent",
           "inviter": Ph(p.app_user, "other_id"),
           "invitee_email": Ph(p.cg_email, "email"),
           "invitee_name": Ph(cg_full(p), "name"),
           "relationship": p.cg_rel,
           "share_url": Ph("https://follow.aurevia-connect.com/p/" + slug, "url"),
           "expires_in_s": 604800,
           "mail_from": "noreply@aurevia-connect.com"}
    b.s(J(obj, ascii_=True))
    return "cgm-cloud-json", b


def t_idv(t, p):
    b = B()
    hdr = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    img = hdr + bytes(rng.getrandbits(8) for _ in range(rng.randint(700, 1100))) + b"\xff\xd9"
    uri = "data:image/jpeg;base64," + base64.b64encode(img).decode()
    if rng.random() < 0.5:
        obj = {"ts": ts_iso(t), "svc": "idv-service", "event": "verification.retry", "user_id": Ph(p.app_user, "other_id"),
               "doc": {"type": "DL", "state": p.state, "number": Ph(p.dl, "license")},
               "face_match": round(rng.uniform(0.4, 0.8), 3), "vendor_ref": uuid4(),
               "selfieB64": Ph(base64.b64encode(img).decode(), "photo")}
        b.s(J(obj))
        return "idv-json", b
    b.t("%s INFO idv-service verification.submitted userId=" % ts_iso(t)).p(p.app_user, "other_id")
    b.t(" reason=account_recovery docType=DRIVER_LICENSE docState=%s docNumber=" % p.state).p(p.dl, "license")
    b.t(" docDob=").p(fmt_date(p.dob, "iso"), "date").t(" liveness=%.2f selfie=" % rng.uniform(0.7, 0.99)).p(uri, "photo")
    return "idv-logfmt", b


def t_death(t, p):
    b = B()
    dod = p.event + dt.timedelta(days=rng.randint(0, 3))
    b.t("%s INFO  [mdr-decision] c.a.pms.mdr.DecisionEngine - case=" % ts_log4j(t)).p(p.case, "other_id")
    b.t(" decision=REPORTABLE type=DEATH due=%s (30-day) pt_age=" % (t + dt.timedelta(days=30)).strftime("%Y-%m-%d"))
    b.p(str(p.age), "age") if p.age > 89 else b.t(str(p.age))
    b.t(" dod=").p(fmt_date(dod, "iso"), "date").t(" device=").p(p.implant or p.pump, "device")
    b.t(" reviewer=%s" % rng.choice(QA)[0])
    return "mdr-decision-log4j", b


def t_fax(t, p):
    b = B()
    b.t("%s fax-gw[%d]: inbound job=%d from=" % (ts_sys(t), rng.randint(1000, 3000), rng.randint(100000, 999999)))
    b.p(fmt_phone(p.cg_fax, 2), "fax").t(" csid=\"").p(asciify(p.cg_last).upper() + " HOME", "name")
    b.t("\" pages=%d route=MedRecords-Release doc=HIPAA_AUTH subject_patient=\"" % rng.randint(2, 6))
    b.p(full(p), "name").t("\"")
    return "fax-gw-syslog", b


def t_cg_contact(t, p):
    b = B()
    obj = {"Id": sf_id("003"), "FirstName": Ph(p.first, "name"), "LastName": Ph(p.last, "name"),
           "Birthdate": Ph(fmt_date(p.dob, "iso"), "date"),
           "MailingStreet": Ph(p.street + (", " + p.unit if p.unit else ""), "address"),
           "MailingCity": Ph(p.city, "address"), "MailingState": p.state, "MailingPostalCode": Ph(p.zip, "zip"),
           "HomePhone": Ph(fmt_phone(p.phone, 1), "phone"),
           "Emergency_Contact__c": Ph(cg_full(p), "name"),
           "Emergency_Phone__c": Ph(fmt_phone(p.cg_phone, 1), "phone"),
           "App_User_Id__c": Ph(p.app_user, "other_id"),
           "Territory__c": rng.choice(REPS)[3], "LastModifiedById": sf_id("005")}
    b.t("%s DEBUG [sfdc-sync-%d] upsert Contact ext=App_User_Id__c payload=" % (ts_iso(t), rng.randint(1, 4)))
    b.s(J(obj))
    return "sfdc-contact-json", b


PHI_TEMPLATES = [
    (t_sfdc_case, 14), (t_email2case, 11), (t_ivr, 10), (t_emdr_xml, 12), (t_emdr_vehicle, 5), (t_ack3_err, 7),
    (t_rma, 10), (t_udi_scan, 6), (t_fa, 7), (t_fsca_csv, 10), (t_fsca_letter, 10), (t_pairing, 12),
    (t_alarm, 10), (t_nginx_pt, 12), (t_jira, 7), (t_jira_comment, 8), (t_pg, 6), (t_billing, 8), (t_share, 5),
    (t_idv, 6), (t_death, 4), (t_fax, 4), (t_cg_contact, 6), (t_web2case, 6),
]

# ---------------------------------------------------------------------------
# non-PHI templates (look-alikes: staff, systems, lots, SKUs, record ids ...)
# ---------------------------------------------------------------------------


def n_spring(t):
    b = B()
    k = rng.randint(0, 3)
    thr = ["scheduling-1", "main", "main", "http-nio-8080-exec-%d" % rng.randint(1, 12)][k]
    pre = "%s  %s 1 --- [%s] " % (ts_iso(t), "INFO" if k != 3 else "WARN", thr)
    if k == 0:
        b.t(pre + "c.a.pms.intake.ComplaintPoller         : polled %d cases from SFDC in %d ms (queueDepth=%d, traceId=%s, spanId=%s)" %
            (rng.randint(0, 60), rng.randint(200, 4000), rng.randint(0, 20), trace(), span_id()))
    elif k == 1:
        b.t(pre + "o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port(s): 8080 (http) with context path ''")
    elif k == 2:
        b.t(pre + "c.a.pms.mdr.ReportabilityRules         : loaded ruleset v%d.%d.%d (%d rules, sha256=%s...)" %
            (rng.randint(3, 5), rng.randint(0, 9), rng.randint(0, 20), rng.randint(80, 140), hexs(12)))
    else:
        b.t(pre + "c.a.pms.intake.DedupService            : merged duplicate record %s into %s (similarity=%.2f, requestId=%s)" %
            (sf_id("500"), sf_id("500"), rng.uniform(0.9, 1.0), uuid4()))
    return "spring-boot", b


def n_sf_limits(t):
    b = B()
    used = rng.randint(300000, 900000)
    b.t("%s INFO  [sfdc-sync-%d] c.a.pms.sfdc.RestClient - GET /services/data/v59.0/limits 200 %dms Sforce-Limit-Info: api-usage=%d/5000000 "
        "DailyBulkApiBatches=%d/15000 reqId=%s" % (ts_iso(t), rng.randint(1, 4), rng.randint(40, 300), used, rng.randint(0, 400), uuid4()))
    return "sfdc-api-log", b


def n_sf_status(t):
    b = B()
    qa = rng.choice(QA)
    obj = {"attributes": {"type": "Case"}, "Id": sf_id("500"),
           "Status": rng.choice(["Closed - Not Reportable", "Closed - MDR Filed", "Investigation", "Awaiting Return"]),
           "Reason": rng.choice(["User Error", "Device Malfunction", "Labeling", "No Problem Found"]),
           "MDR_Report_Number__c": "%s-2024-%05d" % (FEI, rng.randint(100, 1200)) if rng.random() < 0.5 else None,
           "LastModifiedBy": {"Name": qa[1], "Email": qa[0] + "@aurevia-med.com"},
           "SystemModstamp": t.strftime("%Y-%m-%dT%H:%M:%S.000+0000")}
    b.t("%s INFO  [sfdc-cdc] CaseChangeEvent replayId=%d changeType=UPDATE changedFields=[Status,Reason] record=" %
        (ts_iso(t), rng.randint(10 ** 7, 10 ** 8)))
    b.s(J(obj))
    return "sfdc-cdc-json", b


def n_ack(t):
    b = B()
    k = rng.randint(0, 2)
    rep = "%s-2024-%05d" % (FEI, rng.randint(100, 1200))
    core = rng.randint(7200000, 7299999)
    if k == 0:
        b.t("%s as2-gw[%d]: MDN received from ZZFDA for <%s@esg.aurevia-med.com> disposition=automatic-action/MDN-sent-automatically; processed "
            "mic=%s, sha-256 ack=ACK1" % (ts_sys(t), rng.randint(1000, 3000), uuid4(), base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()))
        return "as2-syslog", b
    if k == 1:
        b.t("ACK2|esg-msg-id=ESG-%s-%07d|CoreID=%d|%s|CDRH RECEIVED|%s" %
            (t.strftime("%Y%m%d"), rng.randint(0, 9999999), core, rep, t.strftime("%Y-%m-%dT%H:%M:%S-04:00")))
    else:
        b.t("ACK3|%s|CoreID=%d|%s|ACCEPTED|0 errors|0 warnings|sender=AUREVIA_EMDR" %
            (rep, core, t.strftime("%Y-%m-%dT%H:%M:%S-04:00")))
    return "emdr-ack-pipe", b


def n_emdr_report_row(t):
    b = B()
    pc = rng.choice(PROBLEM_CODES)
    prod = rng.choice(PRODUCTS[:7])
    b.t("%s-2024-%05d|%s|%s|%s|%s|%s|%s|%s|%s" %
        (FEI, rng.randint(100, 1200), prod[0], lot(), rng.choice(["MALFUNCTION", "SERIOUS INJURY", "MALFUNCTION"]),
         pc[0], pc[1], rng.choice(["ACK3", "ACK2", "PENDING"]), (t - dt.timedelta(days=rng.randint(0, 5))).strftime("%Y-%m-%d"),
         rng.choice(["30-DAY", "5-DAY", "SUPPLEMENTAL"])))
    return "emdr-batch-pipe", b


def n_nginx_sys(t):
    b = B()
    ip = priv_ip()
    path, ua, code, size = rng.choice([("/healthz", "kube-probe/1.28", 200, 2), ("/metrics", "Prometheus/2.48.1", 200, 18342),
                                       ("/api/v2/firmware/manifest?model=AV-780G", "AureviaUpdater/1.4", 304, 0),
                                       ("/readyz", "kube-probe/1.28", 503, 19)])
    b.t('%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s" rt=%.3f uct=%.3f upstream=%s:8080' %
        (ip, ts_nginx(t), path, code, size, ua, rng.uniform(0, 0.05), rng.uniform(0, 0.003), priv_ip()))
    return "nginx-access", b


def n_k8s(t):
    b = B()
    node = "pms-worker-%d" % rng.randint(1, 6)
    pod = rng.choice(["emdr-builder", "pairing-api", "telemetry-ingest", "sfdc-sync", "fsca-merge"]) + "-" + hexs(9) + "-" + alnum(5, "bcdfghjklmnpqrstvwxz2456789")
    k = rng.randint(0, 2)
    if k == 0:
        kp = rng.randint(900, 1500)
        b.t('%s %s kubelet[%d]: I%s %d prober.go:107] "Probe failed" probeType="Readiness" pod="pms/%s" podUID="%s" containerName="app" probeResult="failure" output="HTTP probe failed with statuscode: 503"' %
            (ts_sys(t), node, kp, t.strftime("%m%d %H:%M:%S.") + "%06d" % (t.microsecond + rng.randint(0, 999)), kp, pod, uuid4()))
    elif k == 1:
        b.t("%s %s containerd[%d]: time=\"%s\" level=info msg=\"ImageCreate event name:\\\"registry.aurevia.internal/pms/%s:2024.03.%d\\\"\"" %
            (ts_sys(t), node, rng.randint(600, 900), ts_iso(t, False), pod.split("-")[0], rng.randint(1, 11)))
    else:
        b.t("%s %s kernel: [%d.%06d] IPv4: martian source %s from %s, on dev eth0" %
            (ts_sys(t), node, rng.randint(100000, 999999), rng.randint(0, 999999), priv_ip(), priv_ip()))
    return "k8s-syslog", b


def n_jira_transition(t):
    b = B()
    qa = rng.choice(QA)
    key = rng.choice(["QMS", "CAPA", "NCR", "FSCA"]) + "-%d" % rng.randint(100, 4600)
    obj = {"timestamp": ts_epoch_ms(t), "webhookEvent": "jira:issue_updated", "issue_event_type_name": "issue_generic",
           "user": {"name": qa[0], "displayName": qa[1], "emailAddress": qa[0] + "@aurevia-med.com"},
           "issue": {"key": key, "fields": {"status": {"name": rng.choice(["In Review", "Effectiveness Check", "Closed", "Root Cause Analysis"])},
                                            "customfield_10412": lot(), "duedate": (t + dt.timedelta(days=rng.randint(5, 90))).strftime("%Y-%m-%d")}},
           "changelog": {"id": str(rng.randint(10 ** 6, 10 ** 7)), "items": [{"field": "status", "fromString": "Open", "toString": "In Progress"}]}}
    b.s(J(obj))
    return "jira-webhook-json", b


def n_fsca_batch(t):
    b = B()
    k = rng.randint(0, 1)
    if k == 0:
        b.t("%s INFO fsca.letters: wave %d summary campaign=FSCA-2024-007 rendered=%d failed=%d returned_undeliverable=%d certified=%d template=v2.3 elapsed=%.1fs" %
            (ts_log4j(t), rng.randint(1, 4), rng.randint(800, 1500), rng.randint(0, 9), rng.randint(0, 40), rng.randint(100, 300), rng.uniform(30, 900)))
    else:
        b.t("%s INFO fsca.letters: certified batch handed to USPS trk=9407 1118 %04d %04d %04d %02d pieces=%d return_addr=\"Aurevia Medical FSCA Desk, %s\" hotline=%s" %
            (ts_log4j(t), rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 99), rng.randint(50, 300), HQ, SUPPORT_PHONE))
    return "fsca-letters-pylog", b


def n_rma_inv(t):
    b = B()
    prod = rng.choice(PRODUCTS[2:7])
    b.t("[%s] returns-svc INFO  RMA-%s-%04d received dock=MEM-%d carrier=UPS trk=1Z%s sku=%s lot=%s qty=%d reason=%s source=DIST-%04d" %
        (t.strftime("%Y-%m-%d %H:%M:%S"), t.strftime("%y%m%d"), rng.randint(1, 300), rng.randint(1, 4), alnum(16),
         prod[0], lot(), rng.randint(1, 48), rng.choice(["UNOPENED_STOCK_ROTATION", "SHORT_DATED", "WAREHOUSE_DAMAGE"]), rng.randint(10, 9999)))
    return "rma-returns", b


def n_cgm_metrics(t):
    b = B()
    obj = {"level": 30, "time": ts_epoch_ms(t), "pid": 1, "hostname": "telemetry-ingest-%s-%s" % (hexs(6), alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789")),
           "msg": rng.choice(["ingest.batch", "sg.backfill", "alarm.fanout"]),
           "records": rng.randint(100, 20000), "devices": rng.randint(10, 3000), "p99Ms": rng.randint(40, 900),
           "fw": {"4.2.0": rng.randint(0, 500), "4.2.1": rng.randint(0, 900), "4.2.3": rng.randint(0, 2000)},
           "partition": rng.randint(0, 11)}
    b.s(J(obj))
    return "cgm-cloud-pino", b


def n_fa_test(t):
    b = B()
    step, meas = rng.choice([("connector pull test", "force=%.1fN spec>=10N" % rng.uniform(9, 16)),
                             ("occlusion pressure", "p=%.2f bar spec<=2.2" % rng.uniform(1.2, 2.5)),
                             ("battery load test", "V=%.2f @ 50mA" % rng.uniform(1.2, 1.6)),
                             ("hermeticity He leak", "leak=%.1fe-9 atm-cc/s" % rng.uniform(0.5, 9))])
    b.t("FA-24-%04d | step=%s | result=%s | %s | lot %s | fixture FX-%03d cal due %s | tech %s" %
        (rng.randint(1, 600), step, rng.choice(["PASS", "PASS", "FAIL"]), meas,
         lot(), rng.randint(1, 300), (t + dt.timedelta(days=rng.randint(20, 200))).strftime("%Y-%m-%d"), rng.choice(FA_TECH)))
    return "fa-lims-pipe", b


def n_kafka(t):
    b = B()
    b.t("[%s] INFO [Consumer clientId=pms-intake-%d, groupId=pms-intake] Setting offset for partition pump.alarms.v2-%d to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional[%d], currentLeader=LeaderAndEpoch{leader=Optional[%s:9092 (id: %d rack: use1-az%d)], epoch=%d}} (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)" %
        (ts_log4j(t), rng.randint(0, 5), rng.randint(0, 11), rng.randint(10 ** 6, 10 ** 8), rng.randint(1, 40), priv_ip(), rng.randint(1, 6), rng.randint(1, 3), rng.randint(1, 40)))
    return "kafka-consumer", b


def n_pg(t):
    b = B()
    pre = "%s [%d] " % (ts_pg(t), rng.randint(20000, 40000))
    k = rng.randint(0, 2)
    if k == 0:
        b.t(pre + "pms_app@pms LOG:  duration: %.3f ms  execute <unnamed>: SELECT c.id, c.status FROM complaint c WHERE c.status = $1 AND c.received_at > $2 ORDER BY c.received_at LIMIT 500" % rng.uniform(500, 5000))
    elif k == 1:
        b.t(pre + "LOG:  automatic vacuum of table \"pms.public.telemetry_event\": index scans: 1 pages: 0 removed, %d remain tuples: %d removed, %d remain" %
            (rng.randint(10 ** 4, 10 ** 6), rng.randint(100, 90000), rng.randint(10 ** 5, 10 ** 7)))
    else:
        b.t(pre + "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" %
            (rng.randint(100, 9000), rng.uniform(0, 10), rng.randint(0, 9), rng.uniform(1, 30), rng.uniform(0, 1), rng.uniform(1, 31)))
    return "postgres-log", b


def n_cc_queue(t):
    b = B()
    ags = rng.sample(AGENTS, 3)
    b.t("%s INFO  [cc-stats] c.a.cc.QueueStats - queue=%s waiting=%d longestWaitSec=%d agentsAvail=%d sla30s=%.1f%% aht=%ds topAgents=%s dnis=+18005550142" %
        (ts_log4j(t), rng.choice(["PumpSupport_EN", "PumpSupport_ES", "CGM_Tech", "Complaints_Intake"]), rng.randint(0, 12),
         rng.randint(0, 600), rng.randint(1, 20), rng.uniform(70, 99), rng.randint(200, 900), ",".join(ags)))
    return "ivr-log4j", b


def n_email_noise(t):
    b = B()
    k = rng.randint(0, 2)
    host = "mx-relay-%02d" % rng.randint(1, 3)
    if k == 0:
        b.t("%s %s email2case[%d]: dropped auto-reply from=<MAILER-DAEMON@%s> loop-guard=X-Auto-Response-Suppress thread=none" %
            (ts_sys(t), host, rng.randint(2000, 9000), rng.choice(["lakeheadrmc.org", "stbrendans.org", "mail.aurevia-med.com"])))
    elif k == 1:
        r = rng.choice(REPS)
        b.t("%s %s email2case[%d]: from=\"%s\" <%s> to=<complaints@aurevia-med.com> subject=\"Stock rotation %s - short-dated sensors\" queue=Sales_Ops status=CASE_CREATED" %
            (ts_sys(t), host, rng.randint(2000, 9000), r[0], r[1], r[3]))
    else:
        c = rng.choice(CLIN)
        b.t("%s %s email2case[%d]: from=\"%s\" <%s> to=<complaints@aurevia-med.com> subject=\"Packaging seal defect, lot %s (%d boxes)\" queue=Complaints_Intake_US status=CASE_CREATED" %
            (ts_sys(t), host, rng.randint(2000, 9000), c.name, c.email, lot(), rng.randint(1, 12)))
    return "email2case-syslog", b


def n_clin_report(t):
    b = B()
    c = rng.choice(CLIN)
    b.t("%s INFO  [intake-api] c.a.pms.intake.ReporterService - reporter verified name=\"%s\" facility=\"%s\" npi=%s dea=%s phone=%s fax=%s email=%s type=HCP" %
        (ts_log4j(t), c.name, c.fac, c.npi, c.dea, fmt_phone(c.phone, 0), fmt_phone(c.fax, 0), c.email))
    return "intake-api-log4j", b


def n_mdr_clock(t):
    b = B()
    b.t("%s INFO  [mdr-clock] c.a.pms.mdr.DueDateJob - open=%d due_5day=%d due_30day=%d overdue=0 next_due=%s report=%s-2024-%05d owner=%s" %
        (ts_log4j(t), rng.randint(5, 40), rng.randint(0, 3), rng.randint(5, 30), (t + dt.timedelta(days=rng.randint(1, 25))).strftime("%Y-%m-%d"),
         FEI, rng.randint(100, 1200), rng.choice(QA)[0]))
    return "mdr-decision-log4j", b


def n_tls(t):
    b = B()
    exp = dt.date(2025, 1, 14)
    b.t("%s as2-gw[%d]: peer certificate CN=esg.fda.gov,O=U.S. Food and Drug Administration serial=%s notAfter=%s (%d days) partner=ZZFDA as2-from=AUREVIA_EMDR" %
        (ts_sys(t), rng.randint(1000, 3000), hexs(16).upper(), exp.strftime("%Y-%m-%d"), (exp - t.date()).days))
    return "as2-syslog", b


def n_ota(t):
    b = B()
    obj = {"ts": ts_iso(t), "svc": "ota-orchestrator", "event": "rollout.step", "firmware": "4.2.%d" % rng.randint(1, 3),
           "model": rng.choice(["AV-770G", "AV-780G", "AV-TX3"]), "cohortPct": rng.choice([1, 5, 10, 25, 50]),
           "eligible": rng.randint(1000, 80000), "succeeded": rng.randint(100, 5000), "failed": rng.randint(0, 40),
           "haltThreshold": 0.02, "changeRequest": "CR-%d" % rng.randint(1000, 2000)}
    b.s(J(obj))
    return "cgm-cloud-json", b


def n_rep(t):
    b = B()
    r = rng.choice(REPS)
    b.t("%s INFO  [field-crm] c.a.crm.ActivityLogger - rep=\"%s\" territory=%s phone=%s email=%s activity=INSERVICE account=\"%s\" attendees=%d products=%s" %
        (ts_log4j(t), r[0], r[3], r[2], r[1], rng.choice(CLIN).fac, rng.randint(2, 20), rng.choice(["AV-780G,AV-CGM3", "AV-ICD-7731", "AV-NS-4410"])))
    return "field-crm-log4j", b


def n_gudid(t):
    b = B()
    g = gtin14("0088452" + digits(6))
    prod = rng.choice(PRODUCTS)
    b.t("%s DEBUG [gudid-client] GET https://accessgudid.nlm.nih.gov/api/v3/devices/lookup.json?di=%s 200 %dms brand=\"%s\" versionModel=%s" %
        (ts_log4j(t), g, rng.randint(80, 900), prod[1], prod[0]))
    return "gudid-client-log", b


def n_trend(t):
    b = B()
    b.t("%s INFO  [capa-trend] c.a.qms.TrendJob - product=%s window=90d complaints=%d units=%d rate=%.2f/1000 age_band=%s n=%d signal=%s" %
        (ts_log4j(t), rng.choice(PRODUCTS)[0], rng.randint(10, 500), rng.randint(5000, 90000), rng.uniform(0.1, 3.0),
         rng.choice(["90+", "65-89", "18-64", "<18"]), rng.randint(3, 200), rng.choice(["NONE", "WATCH", "NONE"])))
    return "capa-trend-log4j", b


def n_pairing_fail(t):
    b = B()
    obj = {"level": 40, "time": ts_epoch_ms(t), "pid": 1,
           "hostname": "pairing-api-%s-%s" % (hexs(6), alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789")),
           "reqId": "req-" + alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789"), "msg": "pairing.timeout",
           "stage": rng.choice(["GATT_DISCOVERY", "BOND", "KEY_EXCHANGE"]), "model": rng.choice(["AV-770G", "AV-780G"]),
           "err": {"type": "BleTimeoutError", "code": "ETIMEDOUT", "after_ms": 30000}, "upstream": priv_ip() + ":7443"}
    b.s(J(obj))
    return "cgm-cloud-pino", b


NON_TEMPLATES = [
    (n_spring, 18), (n_sf_limits, 10), (n_sf_status, 14), (n_ack, 18), (n_emdr_report_row, 14), (n_nginx_sys, 18),
    (n_k8s, 14), (n_jira_transition, 14), (n_fsca_batch, 10), (n_rma_inv, 12), (n_cgm_metrics, 14), (n_fa_test, 12),
    (n_kafka, 10), (n_pg, 12), (n_cc_queue, 12), (n_email_noise, 14), (n_clin_report, 12), (n_mdr_clock, 10),
    (n_tls, 5), (n_ota, 10), (n_rep, 10), (n_gudid, 8), (n_trend, 8), (n_pairing_fail, 10),
]


def wchoice(items):
    tot = sum(w for _, w in items)
    r = rng.uniform(0, tot)
    acc = 0
    for f, w in items:
        acc += w
        if r <= acc:
            return f
    return items[-1][0]


POOL_FOR = {
    "t_death": OLD,
    "t_ack3_err": OLD,
    "t_emdr_vehicle": [p for p in PATIENTS if p.kind != "kid"],
    "t_rma": IMPL + PATIENTS[:8],
}


def main():
    flags = [True] * N_PHI + [False] * (N_LINES - N_PHI)
    rng.shuffle(flags)
    t = dt.datetime(2024, 3, 11, 7, 58, 3, 120000, tzinfo=dt.timezone.utc)
    out_lines = []
    labels = []
    for i, flag in enumerate(flags, 1):
        t = t + dt.timedelta(seconds=rng.randint(1, 70), microseconds=rng.randint(0, 999) * 1000)
        if flag:
            f = wchoice(PHI_TEMPLATES)
            pool = POOL_FOR.get(f.__name__)
            p = pick_patient(pool)
            fam, b = f(t, p)
        else:
            f = wchoice(NON_TEMPLATES)
            fam, b = f(t)
        line, spans = finish(b.segs)
        if flag:
            assert spans, f.__name__
        else:
            assert not spans, f.__name__
        for sp in spans:
            assert sp["cat"] in CATS, sp
        out_lines.append(line)
        labels.append({"line": i, "family": fam, "spans": spans})
    assert len(out_lines) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "wb") as fh:
        for ln in out_lines:
            fh.write(ln + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
