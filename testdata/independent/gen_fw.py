#!/usr/bin/env python3
"""Deterministic generator for the 'fw' test corpus: a benefits administrator's
X12 834 enrollment EDI gateway (834 interchanges, 999/TA1 acks, AS2/SFTP logs,
Java translator validation errors, reconciliation discrepancies, member portal
support tickets).  Writes fw.log and fw.labels.jsonl next to itself."""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata

random.seed(14)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "fw"
N_LINES = 500


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.parts = []

    def t(self, s):
        if s:
            self.parts.append((s, None))
        return self

    def p(self, s, cat):
        assert s, "empty PHI value"
        self.parts.append((s, cat))
        return self

    def extend(self, parts):
        for s, c in parts:
            if c:
                self.p(s, c)
            else:
                self.t(s)
        return self

    def build(self):
        buf = b""
        spans = []
        for s, cat in self.parts:
            b = s.encode("utf-8")
            if cat:
                spans.append((len(buf), len(buf) + len(b), cat, b))
            buf += b
        for s, e, cat, v in spans:
            assert buf[s:e] == v, (buf, s, e, v)
        assert b"\n" not in buf and b"\r" not in buf
        assert len(buf) <= 4000, len(buf)
        prev = 0
        for s, e, _, _ in spans:
            assert s >= prev and e > s
            prev = e
        return buf, [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]


def jesc(s, ascii_only=False):
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def jparts(parts, ascii_only=False):
    """escape every part for inclusion in a JSON string value"""
    return [(jesc(s, ascii_only), c) for s, c in parts if s]


# --------------------------------------------------------------------------
# identifiers with check digits
# --------------------------------------------------------------------------
def luhn_complete(prefix):
    digits = [int(c) for c in prefix]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix + str((10 - total % 10) % 10)


def card_number():
    pre = random.choice(["4", "51", "53", "37"])
    ln = 15 if pre == "37" else 16
    body = pre + "".join(random.choice("0123456789") for _ in range(ln - 1 - len(pre)))
    return luhn_complete(body)


VIN_MAP = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                                 [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = random.choice(["1HG", "1FT", "2T1", "5YJ", "3VW", "JTD", "KMH", "1G1"])
    v = list(wmi + "".join(random.choice(chars) for _ in range(5)) + "0" +
             random.choice("RSTPN") + random.choice(chars) + "".join(random.choice("0123456789") for _ in range(6)))
    tot = 0
    for i, c in enumerate(v):
        val = int(c) if c.isdigit() else VIN_MAP[c]
        tot += val * VIN_W[i]
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    D = "0123456789"
    AN = MBI_L + D
    f = [random.choice("123456789"), random.choice(MBI_L), random.choice(AN), random.choice(D),
         random.choice(MBI_L), random.choice(AN), random.choice(D), random.choice(MBI_L),
         random.choice(MBI_L), random.choice(D), random.choice(D)]
    return "".join(f)


def ssn():
    while True:
        a = random.randint(101, 665)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


def dashed_ssn(s):
    return s[:3] + "-" + s[3:5] + "-" + s[5:]


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
FIRST_F = ["Agnieszka", "Ngozi", "Thảo", "Lucía", "Priyanka", "Seo-yeon", "Ingrid", "Fatima", "Siobhán",
           "Eleni", "Maricel", "Tigist", "Giulia", "Yui", "Camila", "Zoë", "Aoife", "Leilani", "Olga", "Amara",
           "Rosalind", "Chiara", "Nadia", "Marisol"]
FIRST_M = ["Tomasz", "Chidi", "Minh", "Joaquín", "Rohan", "Ji-hoon", "Bjørn", "Omar", "Cormac", "Dimitrios",
           "Rodel", "Dawit", "Matteo", "Haruto", "João", "Kwame", "Émile", "Keanu", "Stanislav", "Tariq",
           "Declan", "Rashid", "Lukas", "Santiago"]
LAST = ["Kowalczyk", "Okafor", "Nguyễn", "Hernández", "Venkataraman", "Park", "Halvorsen", "Al-Masri",
        "O'Sullivan", "Papadopoulos", "Dela Cruz", "Bekele", "Ferraro", "Takahashi", "Gonçalves", "Mensah",
        "Lefèvre", "Kahananui", "Sokolova", "Haddad", "Whitfield", "Brennan", "Đặng", "Schäfer", "Rahimi",
        "Oyelaran", "Castañeda", "Lindqvist", "Wójcik", "Abernathy"]
STREETS = ["Lakeshore Dr", "N Damen Ave", "Maple Ridge Rd", "W Fullerton Pkwy", "Cedar Hollow Ln",
           "Kinnickinnic Ave", "Old Mill Ct", "E 47th St", "Harborview Ter", "Prairie Wind Way",
           "S Kedzie Ave", "Birchwood Cir", "Sunnyside Blvd", "Quarry Hill Rd", "Wrenfield Pl"]
CITIES = [("Chicago", "IL", "606"), ("Evanston", "IL", "602"), ("Naperville", "IL", "605"),
          ("Milwaukee", "WI", "532"), ("Waukesha", "WI", "531"), ("Gary", "IN", "464"),
          ("South Bend", "IN", "466"), ("Grand Rapids", "MI", "495"), ("Kalamazoo", "MI", "490"),
          ("Rockford", "IL", "611"), ("Madison", "WI", "537"), ("Oak Park", "IL", "603")]
AREA = {"IL": ["312", "773", "630", "847", "815", "708"], "WI": ["414", "262", "608"],
        "IN": ["219", "574"], "MI": ["616", "269"]}
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "proton.me"]

SPECIAL = {"Đ": "D", "đ": "d", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss", "ł": "l", "Ł": "L"}


def fold(s):
    s = "".join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def up(s):
    return fold(s).upper()


def rdate(y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(random.randint(start, end))


def public_ip():
    first = random.choice([24, 67, 68, 71, 73, 75, 76, 98, 99, 107, 108, 174, 184])
    return "%d.%d.%d.%d" % (first, random.randint(0, 255), random.randint(0, 255), random.randint(1, 254))


class Dep:
    pass


class Person:
    pass


def make_person(emp):
    p = Person()
    p.gender = random.choice("FM")
    p.first = random.choice(FIRST_F if p.gender == "F" else FIRST_M)
    p.last = random.choice(LAST)
    p.mi = random.choice("ABCDEGJKLMRST") if random.random() < 0.5 else ""
    p.ssn = ssn()
    p.dob = rdate(1950, 1998)
    p.city, p.state, zp = random.choice(CITIES)
    p.zip = zp + "%02d" % random.randint(1, 60)
    p.zip4 = "%04d" % random.randint(1, 9999)
    p.street = "%d %s" % (random.randint(100, 9899), random.choice(STREETS))
    p.street2 = random.choice(["", "", "APT %d%s" % (random.randint(1, 30), random.choice("ABCD")), "UNIT %d" % random.randint(100, 950)])
    p.phone = random.choice(AREA[p.state]) + "555" + "01%02d" % random.randint(0, 99)
    base = fold(p.first).lower().replace("-", "").replace(" ", "")
    lb = fold(p.last).lower().replace("'", "").replace(" ", "").replace("-", "")
    p.email = random.choice(["%s.%s" % (base, lb), "%s%s%d" % (base[0], lb, random.randint(1, 99)),
                             "%s_%s%d" % (lb, base, p.dob.year % 100)]) + "@" + random.choice(MAILDOM)
    p.username = random.choice(["%s.%s%d" % (lb[:8], base[0], p.dob.year % 100), "%s%s" % (base, lb[:4]),
                                "%s_%d" % (base, random.randint(100, 999))])
    p.sub_id = emp["idfmt"]()
    p.emp_id = emp["empfmt"]()
    p.hire = rdate(2004, 2023)
    p.eff = dt.date(2024, random.choice([1, 1, 1, 2, 3, 4]), 1)
    p.term = dt.date(2024, 12, 31)
    p.plan = random.choice(emp["plans"])
    p.cov = random.choice(["EMP", "ESP", "ECH", "FAM"])
    p.ip = public_ip()
    p.mbi = mbi() if p.dob.year < 1960 else None
    p.deps = []
    n = {"EMP": 0, "ESP": 1, "ECH": random.randint(1, 2), "FAM": random.randint(2, 3)}[p.cov]
    seq = 2
    if p.cov in ("ESP", "FAM"):
        d = Dep()
        d.rel = "01"
        d.gender = "M" if p.gender == "F" else "F"
        d.first = random.choice(FIRST_M if d.gender == "M" else FIRST_F)
        d.last = p.last if random.random() < 0.7 else random.choice(LAST)
        d.dob = rdate(max(1948, p.dob.year - 6), min(2000, p.dob.year + 6))
        d.ssn = ssn() if random.random() < 0.6 else None
        d.seq = "%02d" % seq
        seq += 1
        p.deps.append(d)
        n -= 1
    for _ in range(max(0, n)):
        d = Dep()
        d.rel = "19"
        d.gender = random.choice("FM")
        d.first = random.choice(FIRST_M if d.gender == "M" else FIRST_F)
        d.last = p.last
        d.dob = rdate(max(p.dob.year + 20, 1996), 2023)
        d.ssn = ssn() if random.random() < 0.4 else None
        d.seq = "%02d" % seq
        seq += 1
        p.deps.append(d)
    return p


def idfmt_xkb():
    return "XKB" + "".join(random.choice("0123456789") for _ in range(9))


def idfmt_w():
    return "W" + "".join(random.choice("0123456789") for _ in range(9))


def idfmt_num():
    return "8" + "".join(random.choice("0123456789") for _ in range(10))


def idfmt_alpha():
    return "HRN" + "%08d" % random.randint(1, 99999999)


def emp_e():
    return "E%06d" % random.randint(1000, 99999)


def emp_num():
    return "%07d" % random.randint(100000, 9999999)


def emp_alpha():
    return "HM-%05d" % random.randint(100, 99999)


EMPLOYERS = [
    dict(name="Halvorsen Marine Services", sid="HALVORSENMAR", fein="364471182", grp="GRP004412",
         carrier="Blue River Health", cid="BRH", cfein="371902244", broker="Lakeshore Benefits Group",
         brk="BRK4471", transport="as2", as2="HALVORSEN_AS2", user="halvorsen_hr", idfmt=idfmt_xkb,
         empfmt=emp_alpha, plans=["PPO500", "HDHP2800", "HMOGOLD"], short="halvorsen"),
    dict(name="Prairie Valley Foods Inc", sid="PVFOODS", fein="391188207", grp="0077120-0001",
         carrier="Midwest Mutual Health", cid="MMH", cfein="362210875", broker="Crossway Insurance Partners",
         brk="CIP0219", transport="sftp", as2=None, user="pvfoods_edi", idfmt=idfmt_w,
         empfmt=emp_num, plans=["CHOICE1000", "CHOICE2500", "HSA3200"], short="pvfoods"),
    dict(name="Kestrel Logistics LLC", sid="KESTRELLOG", fein="271904438", grp="HLT-77120",
         carrier="Blue River Health", cid="BRH", cfein="371902244", broker="Lakeshore Benefits Group",
         brk="BRK4471", transport="sftp", as2=None, user="kestrel_benefits", idfmt=idfmt_xkb,
         empfmt=emp_e, plans=["PPO500", "EPO750"], short="kestrel"),
    dict(name="St. Brendan Parish Schools", sid="STBRENDANSCH", fein="366012933", grp="GRP009031",
         carrier="Great Lakes Dental & Vision", cid="GLDV", cfein="384412019", broker="Northpoint Advisors",
         brk="NPA0088", transport="as2", as2="STBRENDAN_AS2", user="stbrendan", idfmt=idfmt_num,
         empfmt=emp_num, plans=["DENHI", "DENLO", "VISBASE"], short="stbrendan"),
    dict(name="Okonjo Precision Machining", sid="OKONJOPREC", fein="452207716", grp="0041877-0003",
         carrier="Midwest Mutual Health", cid="MMH", cfein="362210875", broker="Crossway Insurance Partners",
         brk="CIP0219", transport="sftp", as2=None, user="okonjo_hr", idfmt=idfmt_w,
         empfmt=emp_e, plans=["CHOICE1000", "HSA3200"], short="okonjo"),
    dict(name="Ravenwood Senior Living", sid="RAVENWOODSL", fein="208813440", grp="GRP011207",
         carrier="Heartland Retiree Health", cid="HRH", cfein="431177602", broker="Northpoint Advisors",
         brk="NPA0088", transport="as2", as2="RAVENWOOD_AS2", user="ravenwood_hr", idfmt=idfmt_alpha,
         empfmt=emp_alpha, plans=["RX65", "MEDSUPF", "PPO500"], short="ravenwood"),
]
for e in EMPLOYERS:
    e["people"] = [make_person(e) for _ in range(random.randint(6, 9))]

AGENTS = ["Priya Raman", "Marta Lindqvist", "Desmond Okonkwo", "Hyun-woo Choi", "Carla Benítez",
          "Tyrone Gaskins", "Fiona McAllister"]
AGENT_USERS = ["p.raman", "m.lindqvist", "d.okonkwo", "h.choi", "c.benitez", "t.gaskins", "f.mcallister"]
OPS = ["svc_edi_translator", "svc_recon", "jkarlsson", "aowusu"]

# --------------------------------------------------------------------------
# clock (system timestamps: never labelled)
# --------------------------------------------------------------------------
CLOCK = [dt.datetime(2024, 3, 11, 0, 58, 3, 114000)]


def tick(lo=0.05, hi=4.0):
    CLOCK[0] += dt.timedelta(seconds=random.uniform(lo, hi))
    return CLOCK[0]


def ts_iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ts_log4j(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_spring(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def ts_syslog(t):
    return t.strftime("%b ") + "%2d" % t.day + t.strftime(" %H:%M:%S")


def d8(d):
    return d.strftime("%Y%m%d")


def iso(d):
    return d.strftime("%Y-%m-%d")


def us(d):
    return d.strftime("%m/%d/%Y")


def longd(d):
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def b64s(n):
    return base64.b64encode(bytes(random.getrandbits(8) for _ in range(n))).decode()


CTRL = [4400]


def next_ctrl():
    CTRL[0] += random.randint(1, 9)
    return CTRL[0]


# --------------------------------------------------------------------------
# X12 building
# --------------------------------------------------------------------------
class Sep:
    def __init__(self):
        r = random.random()
        if r < 0.7:
            self.e, self.s, self.c, self.r = "*", "~", ":", "^"
        elif r < 0.85:
            self.e, self.s, self.c, self.r = "|", "~", ">", "^"
        else:
            self.e, self.s, self.c, self.r = "*", "~", ">", "U"


def seg(tag, elems, sp):
    """elems: list of str or (str, cat).  trailing empties trimmed"""
    el = list(elems)
    while el and (el[-1] == "" or (isinstance(el[-1], tuple) and el[-1][0] == "")):
        el.pop()
    parts = [(tag, None)]
    for x in el:
        parts.append((sp.e, None))
        if isinstance(x, tuple):
            if x[0]:
                parts.append((x[0], x[1]))
        elif x:
            parts.append((x, None))
    parts.append((sp.s, None))
    return parts


def isa(sp, sender, receiver, t, ctrl, usage="P"):
    return seg("ISA", ["00", " " * 10, "00", " " * 10, "ZZ", sender.ljust(15), "ZZ", receiver.ljust(15),
                       t.strftime("%y%m%d"), t.strftime("%H%M"), sp.r, "00501", "%09d" % ctrl, "0", usage, sp.c], sp)


def build_834(emp, members, t, sp, ctrl, gsn):
    """returns list of segment part-lists"""
    segs = []
    segs.append(isa(sp, emp["sid"], "BENBRIDGE", t, ctrl))
    segs.append(seg("GS", ["BE", emp["sid"], "BENBRIDGE", t.strftime("%Y%m%d"), t.strftime("%H%M"), str(gsn), "X",
                           "005010X220A1"], sp))
    body = []
    body.append(seg("ST", ["834", "0001", "005010X220A1"], sp))
    body.append(seg("BGN", ["00", "%s-%s-%04d" % (emp["short"].upper()[:6], t.strftime("%Y%m%d"), gsn),
                            t.strftime("%Y%m%d"), t.strftime("%H%M"), "CT", "", "", random.choice(["2", "4", "RX"])], sp))
    body.append(seg("REF", ["38", emp["grp"]], sp))
    body.append(seg("DTP", ["007", "D8", t.strftime("%Y%m%d")], sp))
    body.append(seg("N1", ["P5", up(emp["name"]), "FI", emp["fein"]], sp))
    body.append(seg("N1", ["IN", up(emp["carrier"]), "FI", emp["cfein"]], sp))
    if random.random() < 0.6:
        body.append(seg("N1", ["BO", up(emp["broker"]), "94", emp["brk"]], sp))
    for p, deps, mtype in members:
        # subscriber
        body.append(seg("INS", ["Y", "18", mtype, random.choice(["XN", "AI", "25", "EC"]), "A",
                                "C" if p.mbi and emp["cid"] == "HRH" else "E", "", "FT" if not p.mbi else "RT"], sp))
        body.append(seg("REF", ["0F", (p.sub_id, "health_plan")], sp))
        body.append(seg("REF", ["1L", emp["grp"]], sp))
        if random.random() < 0.6:
            body.append(seg("REF", ["ZZ", (p.emp_id, "other_id")], sp))
        if random.random() < 0.3:
            body.append(seg("REF", ["DX", "%04d" % random.randint(10, 9000)], sp))
        if p.mbi and random.random() < 0.8:
            body.append(seg("REF", ["F6", (p.mbi, "health_plan")], sp))
        body.append(seg("DTP", ["356", "D8", (d8(p.eff), "date")], sp))
        if random.random() < 0.5:
            body.append(seg("DTP", ["336", "D8", (d8(p.hire), "date")], sp))
        nm = ["IL", "1", (up(p.last), "name"), (up(p.first), "name")]
        if p.mi:
            nm.append((p.mi, "name"))
        else:
            nm.append("")
        nm += ["", "", "34", (p.ssn, "ssn")]
        body.append(seg("NM1", nm, sp))
        per = ["IP", "", "HP", (p.phone, "phone")]
        if random.random() < 0.6:
            per += ["EM", (p.email.upper() if random.random() < 0.3 else p.email, "email")]
        body.append(seg("PER", per, sp))
        n3 = [(up(p.street), "address")]
        if p.street2:
            n3.append((p.street2, "address"))
        body.append(seg("N3", n3, sp))
        z = p.zip + (p.zip4 if random.random() < 0.4 else "")
        body.append(seg("N4", [(up(p.city), "address"), p.state, (z, "zip")], sp))
        body.append(seg("DMG", ["D8", (d8(p.dob), "date"), p.gender, random.choice(["M", "I", "U", "R", "M"])], sp))
        for cov in ["HLT"] + (["DEN"] if random.random() < 0.4 else []):
            body.append(seg("HD", [mtype, "", cov, p.plan if cov == "HLT" else "DENHI", p.cov], sp))
            body.append(seg("DTP", ["348", "D8", (d8(p.eff), "date")], sp))
            if mtype == "024":
                body.append(seg("DTP", ["349", "D8", (d8(p.term), "date")], sp))
        for d in deps:
            body.append(seg("INS", ["N", d.rel, mtype, "", "A", "", "", "", "N" if d.rel == "19" else ""], sp))
            body.append(seg("REF", ["0F", (p.sub_id, "health_plan")], sp))
            if random.random() < 0.4:
                body.append(seg("REF", ["ZZ", (p.sub_id + d.seq, "health_plan")], sp))
            nm = ["IL", "1", (up(d.last), "name"), (up(d.first), "name"), "", "", ""]
            if d.ssn:
                nm += ["34", (d.ssn, "ssn")]
            body.append(seg("NM1", nm, sp))
            body.append(seg("DMG", ["D8", (d8(d.dob), "date"), d.gender], sp))
            body.append(seg("HD", [mtype, "", "HLT", p.plan, p.cov], sp))
            body.append(seg("DTP", ["348", "D8", (d8(max(p.eff, d.dob)), "date")], sp))
    body.append(seg("SE", [str(len(body) + 1), "0001"], sp))
    segs += body
    segs.append(seg("GE", ["1", str(gsn)], sp))
    segs.append(seg("IEA", ["1", "%09d" % ctrl], sp))
    return segs


# --------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------
OUT = []


def emit(line):
    OUT.append(line)


def L(fam):
    return Line(fam)


# ---- transport: AS2 ------------------------------------------------------
def as2_receive(emp, fname, size, t):
    mid = "<OPENAS2-%s-%d@%s_BENBRIDGE_AS2>" % (t.strftime("%d%m%Y%H%M%S"), random.randint(1000, 9999), emp["as2"])
    src = random.choice(["203.0.113.%d" % random.randint(2, 250), "198.51.100.%d" % random.randint(2, 250),
                         "10.20.%d.%d" % (random.randint(0, 9), random.randint(2, 250))])
    lines = []
    x = tick()
    lines.append(L("as2-log").t("%s INFO  org.openas2.processor.receiver.AS2ReceiverHandler - Incoming connection "
                                "from %s:%d [%s]" % (ts_log4j(x), src, random.randint(30000, 65000), "as2.benefitbridge.example:4080")))
    x = tick(0.01, 0.3)
    lines.append(L("as2-log").t("%s INFO  org.openas2.processor.receiver.AS2ReceiverHandler - received %d bytes "
                                "in %.3f seconds at %.2fKBps %s" % (ts_log4j(x), size, size / 380000.0 + 0.04,
                                                                    random.uniform(180, 900), mid)))
    x = tick(0.01, 0.2)
    lines.append(L("as2-log").t("%s INFO  org.openas2.processor.storage.MessageFileModule - stored message to "
                                "/opt/openas2/data/%s-BENBRIDGE_AS2/inbox/%s %s" % (ts_log4j(x), emp["as2"], fname, mid)))
    x = tick(0.01, 0.2)
    mic = b64s(32)
    lines.append(L("as2-log").t("%s INFO  org.openas2.processor.sender.AsynchMDNSenderModule - sending MDN %s "
                                "Disposition: automatic-action/MDN-sent-automatically; processed, MIC: %s, sha-256" %
                                (ts_log4j(x), mid, mic)))
    if random.random() < 0.3:
        x = tick(0.01, 0.2)
        lines.append(L("as2-log").t("%s DEBUG org.openas2.util.AS2Util - Message-ID %s Subject=\"834 Enrollment %s\" "
                                    "Content-Type=application/edi-x12 signed=SHA256withRSA encrypted=AES256_CBC" %
                                    (ts_log4j(x), mid, emp["grp"])))
    return lines


def as2_send_ack(emp, fname, kind):
    x = tick()
    mid = "<BENBRIDGE-%s-%s@BENBRIDGE_AS2_%s>" % (x.strftime("%Y%m%d%H%M%S"), hexs(6), emp["as2"])
    a = L("as2-log").t("%s INFO  org.openas2.processor.sender.AS2SenderModule - message sent to %s %s file=%s "
                       "(%s) url=https://as2.%s.example:%d/as2/HttpReceiver" %
                       (ts_log4j(x), emp["as2"], mid, fname, kind, emp["short"], random.choice([443, 4080, 5443])))
    x = tick(0.2, 1.5)
    b = L("as2-log").t("%s INFO  org.openas2.processor.sender.AS2SenderModule - received MDN %s "
                       "disposition=automatic-action/MDN-sent-automatically; processed MIC verified" % (ts_log4j(x), mid))
    return [a, b]


# ---- transport: SFTP -----------------------------------------------------
def sftp_receive(emp, fname, size):
    host = random.choice(["sftp-gw01", "sftp-gw02"])
    pid = random.randint(20000, 32000)
    src = "10.40.%d.%d" % (random.randint(1, 9), random.randint(2, 250))
    port = random.randint(40000, 65000)
    u = emp["user"]
    lines = []
    x = tick()
    lines.append(L("sftp-log").t("%s %s sshd[%d]: Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s" %
                                 (ts_syslog(x), host, pid, u, src, port, b64s(32).rstrip("="))))
    x = tick(0.01, 0.3)
    lines.append(L("sftp-log").t("%s %s internal-sftp[%d]: session opened for local user %s from [%s]" %
                                 (ts_syslog(x), host, pid + 2, u, src)))
    x = tick(0.01, 0.6)
    path = "/inbound/%s/%s" % (emp["short"], fname)
    lines.append(L("sftp-log").t("%s %s internal-sftp[%d]: open \"%s.part\" flags WRITE,CREATE,TRUNCATE mode 0644" %
                                 (ts_syslog(x), host, pid + 2, path)))
    x = tick(0.2, 2)
    lines.append(L("sftp-log").t("%s %s internal-sftp[%d]: close \"%s.part\" bytes read 0 written %d" %
                                 (ts_syslog(x), host, pid + 2, path, size)))
    x = tick(0.01, 0.2)
    if random.random() < 0.4:
        lines.append(L("sftp-log").t("%s %s internal-sftp[%d]: rename old \"%s.part\" new \"%s\"" %
                                     (ts_syslog(x), host, pid + 2, path, path)))
    x = tick(0.01, 0.4)
    if random.random() < 0.5:
        lines.append(L("sftp-log").t("%s %s internal-sftp[%d]: session closed for local user %s from [%s]" %
                                     (ts_syslog(x), host, pid + 2, u, src)))
    x = tick(0.5, 3)
    lines.append(L("sftp-log").t("%s INFO  [mft-poller-1] c.b.gateway.mft.InboundPoller - picked up %s size=%d "
                                 "sha256=%s route=X12_834_IN partner=%s" %
                                 (ts_log4j(x), path, size, hexs(64), emp["sid"])))
    return lines


def sftp_put_ack(emp, fname):
    host = random.choice(["sftp-gw01", "sftp-gw02"])
    pid = random.randint(20000, 32000)
    x = tick()
    path = "/outbound/%s/%s" % (emp["short"], fname)
    a = L("sftp-log").t("%s %s internal-sftp[%d]: open \"%s\" flags WRITE,CREATE,TRUNCATE mode 0640" %
                        (ts_syslog(x), host, pid, path))
    x = tick(0.01, 0.2)
    b = L("sftp-log").t("%s %s internal-sftp[%d]: close \"%s\" bytes read 0 written %d" %
                        (ts_syslog(x), host, pid, path, random.randint(380, 900)))
    return [a, b]


# ---- translator (Java) ---------------------------------------------------
SPRING_LOGGERS = ["c.b.edi.x12.validation.ElementValidator", "c.b.edi.x12.validation.Snip4Validator",
                  "c.b.edi.x12.parser.SegmentReader", "c.b.edi.x12.ack.AckGenerator",
                  "c.b.edi.enroll.MemberMapper", "c.b.edi.x12.validation.SituationalRules"]


def jline(level, logger, thread, msg_parts, style=None):
    if style is None:
        style = random.choice(["spring", "log4j"])
    x = tick(0.002, 0.4)
    ln = L("java-translator")
    if style == "spring":
        lg = logger if len(logger) <= 40 else logger[-40:]
        ln.t("%s %5s %d --- [%15s] %-40s : " % (ts_spring(x), level, 4127, thread[-15:], lg))
    else:
        full = logger.replace("c.b.", "com.benefitbridge.")
        ln.t("[%s] %-5s [%s] %s - " % (ts_log4j(x), level, thread, full))
    ln.extend(msg_parts)
    return ln


def thread():
    return random.choice(["translator-1", "translator-2", "translator-3", "edi-worker-4", "pool-3-thread-1"])


def ctx(ctrl, st="0001"):
    return "[ISA13=%09d ST02=%s] " % (ctrl, st)


# ---- 999 / TA1 -----------------------------------------------------------
def ack_999(emp, ctrl834, gsn834, errs):
    sp = Sep()
    x = tick()
    c = next_ctrl()
    parts = []
    parts += isa(sp, "BENBRIDGE", emp["sid"], x, c)
    parts += seg("GS", ["FA", "BENBRIDGE", emp["sid"], x.strftime("%Y%m%d"), x.strftime("%H%M"), str(c % 100000), "X",
                        "005010X231A1"], sp)
    body = [seg("ST", ["999", "0001", "005010X231A1"], sp), seg("AK1", ["BE", str(gsn834), "005010X220A1"], sp),
            seg("AK2", ["834", "0001", "005010X220A1"], sp)]
    for e in errs:
        body.append(seg("IK3", [e[0], str(e[1]), e[2], "8"], sp))
        body.append(seg("IK4", [e[3], e[4], e[5], e[6]], sp))
    body.append(seg("IK5", ["R" if errs else "A"] + (["5"] if errs else []), sp))
    body.append(seg("AK9", ["R" if errs else "A", "1", "1", "0" if errs else "1"], sp))
    body.append(seg("SE", [str(len(body) + 1), "0001"], sp))
    for b in body:
        parts += b
    parts += seg("GE", ["1", str(c % 100000)], sp)
    parts += seg("IEA", ["1", "%09d" % c], sp)
    ln = L("x12-999")
    if random.random() < 0.5:
        ln.t("%s INFO  [%s] com.benefitbridge.edi.x12.ack.AckGenerator - 999 generated for ISA13=%09d: " %
             (ts_log4j(x), thread(), ctrl834))
    ln.extend(parts)
    return ln, c


def ack_ta1(emp, ctrl834, t834, ok=True):
    sp = Sep()
    x = tick()
    c = next_ctrl()
    parts = []
    parts += isa(sp, "BENBRIDGE", emp["sid"], x, c)
    parts += seg("TA1", ["%09d" % ctrl834, t834.strftime("%y%m%d"), t834.strftime("%H%M"), "A" if ok else "R",
                         "000" if ok else random.choice(["006", "022", "025"])], sp)
    parts += seg("IEA", ["0", "%09d" % c], sp)
    ln = L("x12-ta1")
    if random.random() < 0.4:
        ln.t("%s DEBUG [%s] com.benefitbridge.edi.x12.ack.Ta1Writer - " % (ts_log4j(x), thread()))
    ln.extend(parts)
    return ln


# ---- validation messages -------------------------------------------------
def bad_date_variant(d):
    """invalid or malformed versions of a person's date as the sender typed it"""
    r = random.random()
    if r < 0.35:
        return "%04d0229" % (d.year if d.year % 4 else d.year + 1)  # non-leap Feb 29 style
    if r < 0.6:
        return "%04d%02d31" % (d.year, random.choice([4, 6, 9, 11]))
    if r < 0.8:
        return d.strftime("%m%d%Y")
    return d.strftime("%Y-%m-%d")


def val_phi(emp, ctrl, p, d=None):
    """return (list of lines, list of 999 error tuples)"""
    k = random.randint(0, 10)
    th = thread()
    st = "%04d" % random.randint(1, 3)
    c = ctx(ctrl, st)
    pos = random.randint(12, 380)
    if k == 0:
        bad = bad_date_variant(p.dob)
        lines = [jline("ERROR", "c.b.edi.x12.validation.ElementValidator", th,
                       [(c + "DMG02 value '", None), (bad, "date"),
                        ("' failed D8 date validation (segment DMG position %d, loop 2100A)" % pos, None)])]
        return lines, [("DMG", pos, "2100", "2", "1251", "8", (bad, "date"))]
    if k == 1:
        s = dashed_ssn(p.ssn)
        lines = [jline("ERROR", "c.b.edi.x12.validation.ElementValidator", th,
                       [(c + "NM109 '", None), (s, "ssn"),
                        ("' invalid for NM108=34: expected 9 numeric characters (segment NM1 position %d)" % pos, None)])]
        return lines, [("NM1", pos, "2100", "9", "67", "6", (s, "ssn"))]
    if k == 2:
        bad_term = dt.date(2023, 12, 31)
        lines = [jline("WARN", "c.b.edi.x12.validation.SituationalRules", th,
                       [(c + "DTP*349 benefit end ", None), (d8(bad_term), "date"), (" precedes DTP*348 begin ", None),
                        (d8(p.eff), "date"), (" for member ", None), (up(p.last), "name"), (", ", None),
                        (up(p.first), "name"), (" (REF*0F=", None), (p.sub_id, "health_plan"), (")", None)])]
        return lines, []
    if k == 3:
        z = p.zip + "-" + p.zip4[:2]
        lines = [jline("ERROR", "c.b.edi.x12.validation.ElementValidator", th,
                       [(c + "N403 postal code '", None), (z, "zip"),
                        ("' has invalid length %d (min 3, max 15, numeric only for country US)" % len(z), None)])]
        return lines, [("N4", pos, "2100", "3", "116", "6", (z, "zip"))]
    if k == 4:
        lines = [jline("ERROR", "c.b.edi.enroll.MemberMapper", th,
                       [(c + "duplicate subscriber identifier REF02 '", None), (p.sub_id, "health_plan"),
                        ("' in ST02 %s and ST02 %04d; second occurrence rejected" % (st, int(st) + random.randint(1, 6)), None)])]
        return lines, []
    if k == 5 and d is not None:
        age = 2024 - d.dob.year
        if d.rel == "19" and age >= 26:
            tail = " age %d exceeds limiting age 26 for HD03=HLT; INS09 student indicator missing" % age
        else:
            tail = " NM109 absent (INS02=%s); matched to carrier roster on name + DMG02" % d.rel
        lines = [jline("WARN", "c.b.edi.x12.validation.SituationalRules", th,
                       [(c + "dependent ", None), (up(d.first), "name"), (" ", None), (up(d.last), "name"),
                        (" (INS02=%s) DMG02=" % d.rel, None), (d8(d.dob), "date"), (tail, None)])]
        return lines, []
    if k == 6:
        ph = random.choice(["(%s) %s-%s" % (p.phone[:3], p.phone[3:6], p.phone[6:]), p.phone[3:], p.phone + "1"])
        lines = [jline("WARN", "c.b.edi.x12.validation.ElementValidator", th,
                       [(c + "PER04 '", None), (ph, "phone"),
                        ("' for PER03=HP is not a 10 digit NANP number; contact dropped", None)])]
        return lines, []
    if k == 7 and p.mbi:
        lines = [jline("WARN", "c.b.edi.x12.validation.SituationalRules", th,
                       [(c + "REF*F6 Medicare identifier ", None), (p.mbi, "health_plan"),
                        (" present but no DTP*338 Medicare begin date for member ", None), (p.sub_id, "health_plan")])]
        return lines, []
    if k == 8:
        lines = [jline("INFO", "c.b.edi.enroll.MemberMapper", th,
                       [(c + "employee id ", None), (p.emp_id, "other_id"), (" (REF*ZZ) not on HR roster for group %s; "
                                                                               "matched by REF*0F " % emp["grp"], None),
                        (p.sub_id, "health_plan"), (" instead", None)])]
        return lines, []
    if k == 9:
        bad = bad_date_variant(p.dob)
        try:
            dt.datetime.strptime(bad, "%Y%m%d")
            reason = "Unparsed text found at index 8"
        except ValueError:
            reason = "Invalid date"
        lines = [
            jline("ERROR", "c.b.edi.x12.validation.Snip4Validator", th,
                  [(c + "SNIP level 4 failed with 1 error(s); transaction set rejected", None)], style="log4j"),
            L("java-translator").t("com.benefitbridge.edi.x12.X12ValidationException: DMG02 invalid at segment %d" % pos),
            L("java-translator").t("\tat com.benefitbridge.edi.x12.validation.Snip4Validator.checkDate(Snip4Validator.java:%d)" % random.randint(150, 260)),
            L("java-translator").t("\tat com.benefitbridge.edi.x12.validation.Snip4Validator.validate(Snip4Validator.java:%d)" % random.randint(80, 140)),
            L("java-translator").t("\tat com.benefitbridge.edi.pipeline.TranslateStage.run(TranslateStage.java:%d)" % random.randint(40, 90)),
            L("java-translator").t("Caused by: java.time.format.DateTimeParseException: Text '").p(bad, "date").t(
                "' could not be parsed: %s" % reason),
            L("java-translator").t("\tat java.base/java.time.format.DateTimeFormatter.createError(DateTimeFormatter.java:2108)"),
            L("java-translator").t("\t... %d common frames omitted" % random.randint(6, 14)),
        ]
        return lines, [("DMG", pos, "2100", "2", "1251", "8", (bad, "date"))]
    # k == 10 or fallthrough: address too long
    street = up(p.street) + " " + (p.street2 or "REAR BLDG") + " C/O " + up(p.last)
    lines = [jline("WARN", "c.b.edi.x12.validation.ElementValidator", th,
                   [(c + "N301 '", None), (street, "address"),
                    ("' exceeds max length 55 (%d); truncated before carrier export" % len(street), None)])]
    return lines, []


def val_nophi(emp, ctrl, nmem):
    th = thread()
    c = ctx(ctrl, "%04d" % random.randint(1, 3))
    pos = random.randint(12, 480)
    k = random.randint(0, 8)
    if k == 0:
        return [jline("ERROR", "c.b.edi.x12.validation.ElementValidator", th,
                      [(c + "HD03 '%s' at segment position %d is not a valid Insurance Line Code; expected one of "
                        "[HLT, DEN, VIS, PDG, HMO, EPO]" % (random.choice(["DNTL", "MED", "VISN", "RX"]), pos), None)])]
    if k == 1:
        return [jline("ERROR", "c.b.edi.x12.validation.Snip4Validator", th,
                      [(c + "loop 2300 missing required DTP*348 Benefit Begin at segment position %d" % pos, None)])]
    if k == 2:
        return [jline("ERROR", "c.b.edi.x12.parser.SegmentReader", th,
                      [(c + "SE01 segment count %d does not match actual count %d" % (pos, pos + 2), None)])]
    if k == 3:
        return [jline("WARN", "c.b.edi.x12.parser.SegmentReader", th,
                      [("GS08 '005010X220' from %s is not supported, assuming 005010X220A1 (group %s)" %
                        (emp["sid"], emp["grp"]), None)])]
    if k == 4:
        return [jline("INFO", "c.b.edi.x12.validation.SituationalRules", th,
                      [(c + "BGN08=4 (verify) received; %d members compared, file will not be applied" % nmem, None)])]
    if k == 5:
        return [jline("WARN", "c.b.edi.x12.validation.ElementValidator", th,
                      [(c + "INS04 'XN' with INS03=030 audit-or-compare: maintenance reason ignored (%d occurrences)" %
                        random.randint(2, 60), None)])]
    if k == 6:
        return [jline("ERROR", "c.b.edi.x12.validation.ElementValidator", th,
                      [(c + "REF*1L '%s' does not match master policy REF*38 '%s' at segment position %d" %
                        (emp["grp"][:-1] + str((int(emp["grp"][-1]) + 1) % 10), emp["grp"], pos), None)])]
    if k == 7:
        return [jline("WARN", "c.b.edi.x12.validation.ElementValidator", th,
                      [(c + "N1*BO broker id '%s' (N104) unknown to broker registry, commission feed skipped" % emp["brk"], None)])]
    return [jline("INFO", "c.b.edi.x12.validation.Snip4Validator", th,
                  [(c + "SNIP levels 1-4 passed in %d ms (%d segments, %d members)" %
                    (random.randint(40, 900), random.randint(60, 4000), nmem), None)])]


# ---- recon ---------------------------------------------------------------
RECON_TYPES = ["MISSING_IN_CARRIER", "MISSING_IN_834", "COVERAGE_EFF_MISMATCH", "TERM_DATE_MISMATCH",
               "DOB_MISMATCH", "NAME_MISMATCH", "PLAN_MISMATCH", "ADDRESS_MISMATCH", "DEPENDENT_AGE_OUT"]


def recon_block(emp, run_id):
    lines = []
    x = tick(30, 200)
    cfile = "%s_ELIG_%s_%s.txt" % (emp["cid"], emp["grp"].replace("-", ""), (x - dt.timedelta(days=1)).strftime("%Y%m%d"))
    lines.append(L("recon-report").t("%s INFO  recon.loader [run=%s] loaded carrier file %s rows=%d sha256=%s" %
                                     (ts_log4j(x), run_id, cfile, random.randint(200, 3000), hexs(64))))
    x = tick(0.1, 3)
    lines.append(L("recon-report").t("%s INFO  recon.loader [run=%s] loaded 834 snapshot group=%s as_of=%s members=%d" %
                                     (ts_log4j(x), run_id, emp["grp"], x.strftime("%Y-%m-%dT00:00:00Z"),
                                      random.randint(200, 3000))))
    ndisc = 0
    people = random.sample(emp["people"], min(len(emp["people"]), random.randint(3, 5)))
    csv_rows = []
    for p in people:
        typ = random.choice(RECON_TYPES)
        who = p
        mid = p.sub_id + "01"
        if typ == "DEPENDENT_AGE_OUT" and any(d.rel == "19" and d.dob.year <= 1998 for d in p.deps):
            who = [d for d in p.deps if d.rel == "19" and d.dob.year <= 1998][0]
            mid = p.sub_id + who.seq
        elif typ == "DEPENDENT_AGE_OUT":
            typ = "PLAN_MISMATCH"
        ndisc += 1
        x = tick(0.001, 0.05)
        ln = L("recon-report").t("%s WARN  recon.matcher [run=%s] DISCREPANCY group=%s type=%s member=" %
                                 (ts_log4j(x), run_id, emp["grp"], typ)).p(mid, "health_plan")
        if typ in ("MISSING_IN_CARRIER", "MISSING_IN_834"):
            ln.t(" name=\"").p(up(who.last), "name").t(", ").p(up(who.first), "name").t("\" dob=").p(iso(who.dob), "date")
            ln.t(" eff=").p(iso(p.eff), "date").t(" plan=%s" % p.plan)
        elif typ == "COVERAGE_EFF_MISMATCH":
            other = p.eff + dt.timedelta(days=random.choice([-31, 29, 31, 60]))
            ln.t(" 834_eff=").p(iso(p.eff), "date").t(" carrier_eff=").p(iso(other), "date")
        elif typ == "TERM_DATE_MISMATCH":
            t1 = dt.date(2024, random.choice([2, 3]), 28 if random.random() < 0.5 else 1)
            ln.t(" 834_term=").p(iso(t1), "date").t(" carrier_term=").p(iso(p.term), "date").t(
                " last_maint=%s" % x.strftime("%Y-%m-%d"))
        elif typ == "DOB_MISMATCH":
            other = p.dob.replace(day=min(28, p.dob.month)) if p.dob.day != min(28, p.dob.month) else p.dob + dt.timedelta(days=1)
            ln.t(" 834_dob=").p(iso(p.dob), "date").t(" carrier_dob=").p(iso(other), "date")
        elif typ == "NAME_MISMATCH":
            ln.t(" 834_name=\"").p(up(p.last), "name").t(", ").p(up(p.first), "name").t("\" carrier_name=\"").p(
                up(p.last)[:max(3, len(up(p.last)) - 2)], "name").t(", ").p(up(p.first), "name").t("\"")
        elif typ == "PLAN_MISMATCH":
            ln.t(" 834_plan=%s carrier_plan=%s cov_level=%s" % (p.plan, random.choice([q for q in emp["plans"] if q != p.plan] + ["UNKNOWN"]), p.cov))
        elif typ == "ADDRESS_MISMATCH":
            ln.t(" 834_addr=\"").p(up(p.street), "address").t(", ").p(up(p.city), "address").t(" %s " % p.state).p(
                p.zip, "zip").t("\" carrier_zip=").p(p.zip[:3] + "%02d" % random.randint(61, 99), "zip")
        elif typ == "DEPENDENT_AGE_OUT":
            ln.t(" rel=19 dob=").p(iso(who.dob), "date").t(" age=%d limit=26 term_expected=" % (2024 - who.dob.year)).p(
                iso(dt.date(2024, 12, 31)), "date")
        lines.append(ln)
        csv_rows.append((p, who, mid, typ))
    # retiree age > 89 (Ravenwood retiree plan) or age attribute check
    if emp["cid"] == "HRH":
        older = [q for q in emp["people"] if q.mbi]
        if older:
            q = older[0]
            x = tick(0.001, 0.05)
            age = random.choice([91, 93, 96])
            ln = L("recon-report").t("%s WARN  recon.matcher [run=%s] DISCREPANCY group=%s type=AGE_VERIFY member=" %
                                     (ts_log4j(x), run_id, emp["grp"])).p(q.sub_id + "01", "health_plan").t(
                " carrier_age=").p(str(age), "age").t(" 834_age=%d rule=AGE_GT_89_REVIEW" % (2024 - q.dob.year))
            lines.append(ln)
            ndisc += 1
    x = tick(0.05, 1)
    lines.append(L("recon-report").t("%s INFO  recon.summary [run=%s] group=%s employer=\"%s\" carrier=%s matched=%d "
                                     "discrepancies=%d elapsed_ms=%d" %
                                     (ts_log4j(x), run_id, emp["grp"], emp["name"], emp["cid"],
                                      random.randint(190, 2900), ndisc, random.randint(800, 60000))))
    x = tick(0.05, 1)
    rpt = "/data/recon/out/%s_%s_discrepancies.csv" % (emp["grp"].replace("-", ""), x.strftime("%Y%m%d"))
    lines.append(L("recon-report").t("%s INFO  recon.writer [run=%s] writing %s (%d rows) notify=edi-ops@benefitbridge.example" %
                                     (ts_log4j(x), run_id, rpt, len(csv_rows))))
    if random.random() < 0.85:
        lines.append(L("recon-report").t("group_no,employer,member_id,last_name,first_name,dob,rel,discrepancy,eff_834,plan"))
        for p, who, mid, typ in csv_rows[:random.randint(max(1, len(csv_rows) - 1), len(csv_rows))]:
            ln = L("recon-report").t("%s,\"%s\"," % (emp["grp"], emp["name"])).p(mid, "health_plan").t(",")
            last = up(who.last)
            if "," in last:
                last = '"' + last + '"'
            ln.p(last, "name").t(",").p(up(who.first), "name").t(",").p(iso(who.dob), "date")
            ln.t(",%s,%s," % ("18" if who is p else who.rel, typ)).p(iso(p.eff), "date").t(",%s" % p.plan)
            lines.append(ln)
    return lines


# ---- portal tickets ------------------------------------------------------
def ticket_body(emp, p):
    """returns (subject, list of parts, dict of extra fields)"""
    x, (s, b) = _ticket_body(emp, p)
    return s, b, x


def _ticket_body(emp, p):
    k = random.randint(0, 13)
    d = p.deps[0] if p.deps else None
    kid = next((x for x in p.deps if x.rel == "19"), None)
    extra = {}
    if k == 0:
        baby = random.choice(FIRST_F + FIRST_M)
        bdob = dt.date(2024, random.choice([1, 2, 2, 3]), random.randint(1, 9))
        return extra, ("Newborn not showing on my coverage",
                [("Hi, I added my baby ", None), (baby, "name"), (" (born ", None), (us(bdob), "date"),
                 (") through HR last week but the portal still only lists me. Member ID ", None), (p.sub_id, "health_plan"),
                 (". Please call me at ", None), ("(%s) %s-%s" % (p.phone[:3], p.phone[3:6], p.phone[6:]), "phone"), (".", None)])
    if k == 1:
        other = p.eff + dt.timedelta(days=31)
        return extra, ("ID card has the wrong start date",
                [("My ID card says coverage starts ", None), (us(other), "date"), (" but HR told me it should be ", None),
                 (longd(p.eff), "date"), (". My date of birth is ", None), (us(p.dob), "date"),
                 (" if you need to verify. Thanks, ", None), (p.first + " " + p.last, "name")])
    if k == 2:
        return extra, ("Address change",
                [("I moved. New address: ", None), (p.street.title() + (" " + p.street2.title() if p.street2 else ""), "address"),
                 (", ", None), (p.city, "address"), (", %s " % p.state, None), (p.zip, "zip"),
                 (". Please send new ID cards there.\nThanks,\n", None), (p.first, "name")])
    if k == 3:
        fax = random.choice(AREA[p.state]) + "-555-01%02d" % random.randint(0, 99)
        return extra, ("COBRA election form",
                [("My coverage ended ", None), (us(dt.date(2024, 2, 29)), "date"),
                 (". Please fax the COBRA election notice to ", None), (fax, "fax"),
                 (" (my home fax) - the mailed one never arrived. Subscriber ", None), (p.sub_id, "health_plan")])
    if k == 4:
        card = card_number()
        return extra, ("COBRA premium payment failed",
                [("Tried to pay the March COBRA premium ($612.40) with card ", None), (card, "account"),
                 (" exp 09/27 and it errored with code PMT-402. Can you charge it manually?", None)])
    if k == 5 and kid:
        case = random.choice(["2023-DR-%06d" % random.randint(1000, 999999), "%dD%07d" % (random.randint(2019, 2023), random.randint(1000, 9999999))])
        return extra, ("QMCSO - add my son",
                [("A court order (docket ", None), (case, "other_id"), (") requires me to cover my son ", None),
                 (kid.first + " " + kid.last, "name"), (", DOB ", None), (us(kid.dob), "date"),
                 (". HR says they sent it to you on the 834 but he isn't on my plan.", None)])
    if k == 6 and p.mbi:
        return extra, ("Medicare and my retiree plan",
                [("I am on Medicare now, my number is ", None), (p.mbi, "health_plan"), (" (Part A from ", None),
                 (us(dt.date(p.dob.year + 65, p.dob.month, 1)), "date"),
                 ("). Do I still need the RX65 plan? Please call ", None), (p.phone, "phone")])
    if k == 7:
        extra["profile_url"] = "https://members.benefitbridge.example/u/%s" % p.username
        return extra, ("Locked out of portal",
                [("Can't log in - username ", None), (p.username, "other_id"), (", reset emails go to ", None),
                 (p.email, "email"), (" but nothing arrives. Tried 3 times today.", None)])
    if k == 8:
        v = vin()
        plate = "%s %s" % (p.state, random.choice(["%s%s %d" % (random.choice("ABCDEFGHJKLMNPRSTVWXY"), random.choice("ABCDEFGHJKLMNPRSTVWXY"), random.randint(1000, 99999)),
                                                    "%d%s%s%d" % (random.randint(1, 9), random.choice("ABCDEFGHJKLMNPRSTVWXY"), random.choice("ABCDEFGHJKLMNPRSTVWXY"), random.randint(100, 999))]))
        return extra, ("Accident questionnaire",
                [("ER claim from ", None), (us(dt.date(2024, 2, random.randint(1, 28))), "date"),
                 (" is pending the accident questionnaire. It was a car accident, I was driving my own car, VIN ", None),
                 (v, "vehicle"), (", plate ", None), (plate, "vehicle"), (". No other insurance involved.", None)])
    if k == 9:
        sn = random.choice(["%s%08d" % (random.choice(["NG", "PM", "SN"]), random.randint(1, 99999999)),
                            "4%s-%05d" % (random.choice(["DX", "TS", "MM"]), random.randint(1, 99999))])
        return extra, ("Insulin pump replacement",
                [("My pump (serial ", None), (sn, "device"),
                 (") is out of warranty. Is the replacement covered under ", None), (p.plan, None),
                 ("? Member ", None), (p.sub_id, "health_plan")])
    if k == 10 and d:
        mrn = random.choice(["%08d" % random.randint(100000, 99999999), "MRN-%07d" % random.randint(1, 9999999)])
        return extra, ("Hospital billed old insurance",
                [("The hospital billed my ", None), ("wife " if d.rel == "01" and d.gender == "F" else "dependent ", None),
                 (d.first, "name"), (" under our old carrier for %s visit on " % ("her" if d.gender == "F" else "his"), None),
                 (us(dt.date(2024, 2, random.randint(1, 28))), "date"), (". %s MRN at the hospital is " % ("Her" if d.gender == "F" else "His"), None),
                 (mrn, "mrn"), (". Can you send them our new coverage info?", None)])
    if k == 11:
        dl = random.choice(["%s%03d-%04d-%04d" % (fold(p.last)[0].upper(), random.randint(100, 999), random.randint(0, 9999), random.randint(0, 9999)),
                            "%s%012d" % (fold(p.last)[0].upper(), random.randint(1, 10 ** 12 - 1))])
        extra["attachment"] = "data:image/jpeg;base64," + base64.b64encode(
            b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00" +
            bytes(random.getrandbits(8) for _ in range(random.randint(180, 320)))).decode()
        return extra, ("Identity verification",
                [("Uploading my driver's license for the ID check as requested. License no ", None), (dl, "license"),
                 (", issued in %s. Selfie attached." % p.state, None)])
    if k == 12 and d:
        age = random.choice([90, 92, 94, 97])
        parent_first = random.choice(FIRST_F + FIRST_M)
        return extra, ("Can my parent stay on the plan?",
                [("My father ", None), (parent_first + " " + p.last, "name"), (" is ", None), (str(age), "age"),
                 (" and lives with me. Can he be added as a dependent? I can send proof of residence.", None)])
    # default
    bank = "%010d" % random.randint(10 ** 9, 10 ** 10 - 1)
    return extra, ("Set up autopay",
            [("Please set up autopay for COBRA premiums from checking account ", None), (bank, "account"),
             (", routing 071000013 (Chase). Subscriber ", None), (p.first + " " + p.last, "name")])


def ticket_lines(emp, p):
    lines = []
    subj, body, extra = ticket_body(emp, p)
    x = tick(5, 120)
    tno = "SR-2024-%06d" % random.randint(10000, 99999)
    style = random.randint(0, 2)
    ascii_only = random.random() < 0.35
    full = p.first + " " + p.last
    if style == 0:
        # Zendesk-style webhook payload
        ln = L("portal-ticket").t("%s INFO  [support-webhook] ticket.created " % ts_iso_ms(x))
        ln.t('{"id":%d,"subject":"%s","requester":{"name":"' % (random.randint(40000, 99999), jesc(subj)))
        ln.p(jesc(full, ascii_only), "name").t('","email":"').p(p.email, "email").t('"},"custom_fields":{"member_id":"')
        ln.p(p.sub_id, "health_plan").t('","group_no":"%s","employer":"%s"},"description":"' % (emp["grp"], jesc(emp["name"])))
        ln.extend(jparts(body, ascii_only))
        ln.t('","via":{"channel":"web","source":{"ip":"').p(p.ip, "ip").t('"}},"status":"new","priority":"normal"}')
        lines.append(ln)
    elif style == 1:
        ln = L("portal-ticket").t('{"ts":"%s","level":"info","svc":"member-portal","event":"support_ticket_opened",'
                                  '"ticketNo":"%s","memberName":"' % (ts_iso_ms(x), tno))
        ln.p(jesc(full, ascii_only), "name").t('","memberId":"').p(p.sub_id, "health_plan").t('","dob":"')
        ln.p(iso(p.dob), "date").t('","phone":"').p("+1" + p.phone, "phone").t('","subject":"%s","msg":"' % jesc(subj))
        ln.extend(jparts(body, ascii_only))
        ln.t('","clientIp":"').p(p.ip, "ip").t('","assignedTo":"%s"}' % jesc(random.choice(AGENTS), ascii_only))
        lines.append(ln)
    else:
        ln = L("portal-ticket").t("%s ticket=%s queue=ENROLLMENT member_id=" % (ts_log4j(x), tno)).p(p.sub_id, "health_plan")
        ln.t(" subscriber_name=\"").p(full, "name").t("\" email=").p(p.email, "email").t(" remote_addr=").p(p.ip, "ip")
        ln.t(" subject=\"%s\" body=\"" % subj)
        for s, c in body:
            s2 = s.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')
            if c:
                ln.p(s2, c)
            else:
                ln.t(s2)
        ln.t("\"")
        lines.append(ln)
    lines += ticket_extra_lines(emp, p, tno, extra)
    if random.random() < 0.08:
        x = tick(1, 30)
        ln = L("portal-ticket").t('{"ts":"%s","svc":"ivr-auth","event":"voiceprint_enrolled","ticketNo":"%s","memberId":"' %
                                  (ts_iso_ms(x), tno)).p(p.sub_id, "health_plan").t('","ani":"').p("+1" + p.phone, "phone")
        ln.t('","engine":"vbio-11.2","template":"').p(b64s(random.randint(150, 260)), "biometric")
        ln.t('","quality":%.2f,"agent":"%s"}' % (random.uniform(0.71, 0.98), random.choice(AGENT_USERS)))
        lines.append(ln)
    return lines, tno


def ticket_extra_lines(emp, p, tid, body_extra):
    out = []
    if "attachment" in body_extra:
        x = tick(0.2, 3)
        ln = L("portal-ticket").t('{"ts":"%s","svc":"member-portal","event":"ticket_attachment","ticketNo":"%s",'
                                  '"filename":"selfie_verification.jpg","contentType":"image/jpeg","data":"' % (ts_iso_ms(x), tid))
        ln.p(body_extra["attachment"], "photo").t('"}')
        out.append(ln)
    if "profile_url" in body_extra:
        x = tick(0.2, 3)
        ln = L("portal-ticket").t("%s INFO  [auth] lockout cleared by %s for profile " % (ts_iso_ms(x), random.choice(AGENT_USERS)))
        ln.p(body_extra["profile_url"], "url").t(" failed_attempts=%d" % random.randint(3, 9))
        out.append(ln)
    return out


def ticket_status_lines(tid):
    out = []
    x = tick(10, 600)
    i = random.randrange(len(AGENTS))
    k = random.randint(0, 3)
    if k == 0:
        out.append(L("portal-ticket").t('{"ts":"%s","svc":"member-portal","event":"ticket_status","ticketNo":"%s",'
                                        '"from":"new","to":"pending","agent":"%s","slaMinutes":%d}' %
                                        (ts_iso_ms(x), tid, AGENT_USERS[i], random.choice([240, 480, 1440]))))
    elif k == 1:
        out.append(L("portal-ticket").t("%s INFO  [support-webhook] ticket.updated id=%s assignee=\"%s\" "
                                        "macro=ENROLLMENT_PENDING_CARRIER tags=[834,carrier_lag] "
                                        "notify=noreply@benefitbridge.example" % (ts_iso_ms(x), tid, AGENTS[i])))
    elif k == 2:
        out.append(L("portal-ticket").t("%s ticket=%s agent=%s action=reply template=ID_CARD_REISSUE "
                                        "callback=1-800-555-0142 ext %d" % (ts_log4j(x), tid, AGENT_USERS[i],
                                                                            random.randint(200, 499))))
    else:
        out.append(L("portal-ticket").t('{"ts":"%s","svc":"member-portal","event":"ticket_closed","ticketNo":"%s",'
                                        '"resolution":"resolved","agent":"%s","csat_requested":true,"handle_time_s":%d}' %
                                        (ts_iso_ms(x), tid, AGENTS[i], random.randint(60, 3000))))
    return out


# ---- gateway app filler --------------------------------------------------
def gateway_filler():
    x = tick(1, 60)
    k = random.randint(0, 9)
    emp = random.choice(EMPLOYERS)
    if k == 0:
        s = "%s INFO  [scheduler-1] c.b.gateway.sched.JobRunner - job carrier-outbound-%s started run_id=%s" % (
            ts_log4j(x), emp["cid"], hexs(12))
    elif k == 1:
        s = "%s INFO  [scheduler-1] c.b.gateway.sched.JobRunner - job carrier-outbound-%s finished status=OK files=1 " \
            "records=%d duration=%.1fs" % (ts_log4j(x), emp["cid"], random.randint(100, 4000), random.uniform(2, 90))
    elif k == 2:
        s = "%s WARN  [hikari-housekeeper] com.zaxxer.hikari.pool.HikariPool - edi-pg - Thread starvation or clock " \
            "leap detected (housekeeper delta=%ds%dms)." % (ts_log4j(x), random.randint(61, 90), random.randint(1, 999))
    elif k == 3:
        s = "%s INFO  [main] c.b.gateway.partner.PartnerRegistry - reloaded 37 trading partners from " \
            "partners.yaml (sha1 %s), version 2024.03.2" % (ts_log4j(x), hexs(40))
    elif k == 4:
        s = "%s INFO  [mft-poller-1] c.b.gateway.mft.InboundPoller - poll /inbound/* found 0 new files in %d ms" % (
            ts_log4j(x), random.randint(3, 200))
    elif k == 5:
        s = "%s DEBUG [http-nio-8443-exec-%d] c.b.gateway.api.HealthController - GET /actuator/health 200 %dms " \
            "from 10.20.%d.%d trace=%s" % (ts_log4j(x), random.randint(1, 9), random.randint(1, 20),
                                            random.randint(0, 9), random.randint(2, 250), hexs(32))
    elif k == 6:
        s = "%s INFO  [carrier-sftp] c.b.gateway.out.CarrierUploader - uploaded %s_834_%s_%s.x12 to " \
            "sftp.%s.example:22/in/ (%d bytes) by %s" % (ts_log4j(x), emp["cid"], emp["grp"].replace("-", ""),
                                                          x.strftime("%Y%m%d%H%M"), emp["cid"].lower(),
                                                          random.randint(4000, 900000), random.choice(OPS))
    elif k == 7:
        s = "%s WARN  [cert-monitor] c.b.gateway.as2.CertMonitor - certificate for partner %s (serial %s) expires " \
            "2024-05-%02d, contact edi-ops@benefitbridge.example" % (ts_log4j(x), random.choice(
                [e["as2"] for e in EMPLOYERS if e["as2"]]), hexs(16).upper(), random.randint(1, 28))
    elif k == 8:
        s = "%s INFO  [billing-feed] c.b.gateway.billing.InvoiceFeed - group %s invoice INV-%d-%05d premium " \
            "total=$%d,%03d.%02d lives=%d" % (ts_log4j(x), emp["grp"], x.year, random.randint(1, 99999),
                                             random.randint(10, 480), random.randint(0, 999), random.randint(0, 99),
                                             random.randint(40, 3000))
    else:
        s = "%s INFO  [audit] c.b.gateway.audit.AuditLog - user=%s action=DOWNLOAD resource=%s ip=10.30.%d.%d" % (
            ts_log4j(x), random.choice(OPS), "/reports/recon/%s" % emp["grp"], random.randint(0, 9), random.randint(2, 250))
    return [L("gateway-app").t(s)]


# --------------------------------------------------------------------------
# session: one inbound 834 file end to end
# --------------------------------------------------------------------------
def session(emp, idx):
    lines = []
    t = tick(20, 400)
    ctrl = next_ctrl()
    gsn = random.randint(1000, 9999)
    fname = "834_%s_%s_%s.%s" % (emp["grp"].replace("-", ""), t.strftime("%Y%m%d"), t.strftime("%H%M"),
                                 random.choice(["x12", "edi", "txt"]))
    nmem = random.randint(1, 2)
    mtype = random.choice(["030", "030", "021", "001", "024"])
    chosen = random.sample(emp["people"], nmem)
    members = []
    for p in chosen:
        deps = p.deps[:random.randint(0, len(p.deps))] if p.deps else []
        members.append((p, deps, mtype))
    sp = Sep()
    segs = build_834(emp, members, t, sp, ctrl, gsn)
    size = sum(len(s.encode()) for sg in segs for s, _ in sg) * random.randint(40, 400)
    if emp["transport"] == "as2":
        lines += as2_receive(emp, fname, size, t)
    else:
        lines += sftp_receive(emp, fname, size)
    x = tick(0.1, 1)
    lines.append(L("java-translator").t("[%s] INFO  [%s] com.benefitbridge.edi.pipeline.InboundRouter - interchange "
                                        "ISA13=%09d sender=%s receiver=BENBRIDGE GS06=%d version=005010X220A1 file=%s" %
                                        (ts_log4j(x), thread(), ctrl, emp["sid"], gsn, fname)))
    if random.random() < 0.55:
        lines.append(ack_ta1(emp, ctrl, t, ok=random.random() < 0.85))
    # payload
    mode = random.random()
    if idx in SEG_DUMP_SESSIONS:
        mode = 0.65
    elif mode < 0.8:
        mode = 0.0
    else:
        mode = 0.9
    if mode < 0.6:
        ln = L("x12-834-inline")
        if random.random() < 0.4:
            x = tick(0.01, 0.2)
            ln.t("%s DEBUG [%s] com.benefitbridge.edi.x12.parser.SegmentReader - raw interchange: " % (ts_log4j(x), thread()))
        for sg in segs:
            ln.extend(sg)
        lines.append(ln)
    elif mode < 0.72:
        prefixed = random.random() < 0.5
        th = thread()
        for i, sg in enumerate(segs):
            ln = L("x12-834-segment")
            if prefixed:
                x = tick(0.0001, 0.003)
                ln.t("%s TRACE [%s] c.b.edi.x12.parser.SegmentReader - [%04d] " % (ts_log4j(x), th, i + 1))
            ln.extend(sg)
            lines.append(ln)
    # else: payload not logged
    errs = []
    n_phi = random.choice([1, 2, 2, 3])
    for _ in range(n_phi):
        p, deps, _ = random.choice(members)
        d = random.choice(p.deps) if p.deps else None
        ls, e = val_phi(emp, ctrl, p, d)
        lines += ls
        errs += e
    for _ in range(random.choice([1, 1, 2])):
        lines += val_nophi(emp, ctrl, random.randint(1, 3000))
    ack, c999 = ack_999(emp, ctrl, gsn, errs[:2])
    lines.append(ack)
    ackname = "999_%s_%09d.x12" % (emp["grp"].replace("-", ""), c999)
    if emp["transport"] == "as2":
        lines += as2_send_ack(emp, ackname, "999")
    else:
        lines += sftp_put_ack(emp, ackname)
    x = tick(0.1, 2)
    lines.append(L("java-translator").t("[%s] INFO  [%s] com.benefitbridge.edi.pipeline.InboundRouter - completed "
                                        "ISA13=%09d members=%d adds=%d changes=%d terms=%d errors=%d duration=%dms" %
                                        (ts_log4j(x), thread(), ctrl, random.randint(1, 3000), random.randint(0, 40),
                                         random.randint(0, 80), random.randint(0, 20), len(errs),
                                         random.randint(300, 20000))))
    return lines


def main():
    seq = []
    run = 0
    idx = 0
    while len(seq) < N_LINES:
        emp = random.choice(EMPLOYERS)
        seq += session(emp, idx)
        idx += 1
        for _ in range(random.randint(FILL_LO, FILL_HI)):
            seq += gateway_filler()
        if random.random() < 0.75:
            run += 1
            seq += recon_block(random.choice(EMPLOYERS), "RC-20240311-%04d" % (400 + run))
        for _ in range(random.randint(3, 5)):
            e2 = random.choice(EMPLOYERS)
            p = random.choice(e2["people"])
            tl, tid = ticket_lines(e2, p)
            seq += tl
            if random.random() < 0.35:
                seq += ticket_status_lines(tid)
    seq = seq[:N_LINES]
    log = bytearray()
    labels = []
    counts = {}
    nophi = 0
    for i, ln in enumerate(seq, 1):
        b, spans = ln.build()
        log += b + b"\n"
        labels.append(json.dumps({"line": i, "family": ln.family, "spans": spans}))
        if not spans:
            nophi += 1
        for s in spans:
            counts[s["cat"]] = counts.get(s["cat"], 0) + 1
    assert len(seq) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(bytes(log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")
    return nophi, counts


FILL_LO, FILL_HI = 1, 2
SEG_DUMP_SESSIONS = {1, 6, 11}

if __name__ == "__main__":
    nophi, counts = main()
    print("lines=%d no_phi=%d (%.1f%%)" % (N_LINES, nophi, 100.0 * nophi / N_LINES))
    print(json.dumps(dict(sorted(counts.items())), indent=None))
