#!/usr/bin/env python3
"""Deterministic generator for the 'ds' held-out PHI test corpus.

Theme: travel medicine & international patient services department
(visa/passport intake, GOP letters, travel vaccination/ICVP, interpreters,
airport pickup & hotels, wire transfers, record translation; Ruby/Python/Java).

Writes ds.log and ds.labels.jsonl next to this file. Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import uuid

random.seed(20240311)

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ds"
N_LINES = 500
TARGET_PHI_SHARE = 0.45

# ---------------------------------------------------------------- line builder


class L:
    def __init__(self, family):
        self.family = family
        self.parts = []
        self.n = 0
        self.spans = []

    def a(self, s):
        s = str(s)
        self.parts.append((s, None))
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        assert cat in CATS, cat
        b = len(s.encode("utf-8"))
        assert b > 0
        self.spans.append((self.n, self.n + b, cat, s))
        self.parts.append((s, cat))
        self.n += b
        return self

    def embed(self, sub, esc):
        """Append another builder's content, escaping each piece with esc (e.g. for JSON-in-JSON)."""
        for t, c in sub.parts:
            e = esc(t)
            if c and e:
                self.p(e, c)
            elif e:
                self.a(e)
        return self

    def segs(self, segs):
        for t, c in segs:
            if c:
                self.p(t, c)
            else:
                self.a(t)
        return self

    def text(self):
        return "".join(t for t, _ in self.parts)


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


class P:
    """A value (possibly several segments) carrying PHI categories, for structured emitters."""
    __slots__ = ("segs", "num")

    def __init__(self, v, cat=None, num=False):
        self.segs = [(str(v), cat)]
        self.num = num

    @staticmethod
    def of(segs):
        o = P("")
        o.segs = list(segs)
        return o


def emit_json(l, o, ascii_=False, sep=(",", ":")):
    if isinstance(o, dict):
        l.a("{")
        first = True
        for k, v in o.items():
            if not first:
                l.a(sep[0])
            first = False
            l.a(json.dumps(k, ensure_ascii=ascii_) + sep[1])
            emit_json(l, v, ascii_, sep)
        l.a("}")
    elif isinstance(o, list):
        l.a("[")
        for i, v in enumerate(o):
            if i:
                l.a(sep[0])
            emit_json(l, v, ascii_, sep)
        l.a("]")
    elif isinstance(o, P):
        if o.num:
            for t, c in o.segs:
                l.p(t, c) if c else l.a(t)
            return
        l.a('"')
        for t, c in o.segs:
            esc = json.dumps(t, ensure_ascii=ascii_)[1:-1]
            if c:
                l.p(esc, c)
            else:
                l.a(esc)
        l.a('"')
    else:
        l.a(json.dumps(o, ensure_ascii=ascii_))


def rb_esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("#{", "\\#{")


def emit_rb(l, o, arrow="=>"):
    if isinstance(o, dict):
        l.a("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                l.a(", ")
            l.a('"' + rb_esc(k) + '"' + arrow)
            emit_rb(l, v, arrow)
        l.a("}")
    elif isinstance(o, list):
        l.a("[")
        for i, v in enumerate(o):
            if i:
                l.a(", ")
            emit_rb(l, v, arrow)
        l.a("]")
    elif isinstance(o, P):
        if o.num:
            for t, c in o.segs:
                l.p(t, c) if c else l.a(t)
            return
        l.a('"')
        for t, c in o.segs:
            e = rb_esc(t)
            l.p(e, c) if c else l.a(e)
        l.a('"')
    elif o is None:
        l.a("nil")
    elif o is True:
        l.a("true")
    elif o is False:
        l.a("false")
    elif isinstance(o, str):
        l.a('"' + rb_esc(o) + '"')
    else:
        l.a(str(o))


def emit_py(l, o):
    if isinstance(o, dict):
        l.a("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                l.a(", ")
            l.a(repr(k) + ": ")
            emit_py(l, v)
        l.a("}")
    elif isinstance(o, list):
        l.a("[")
        for i, v in enumerate(o):
            if i:
                l.a(", ")
            emit_py(l, v)
        l.a("]")
    elif isinstance(o, P):
        if o.num:
            for t, c in o.segs:
                l.p(t, c) if c else l.a(t)
            return
        full = "".join(t for t, _ in o.segs)
        q = '"' if ("'" in full and '"' not in full) else "'"
        l.a(q)
        for t, c in o.segs:
            e = t.replace("\\", "\\\\")
            if q == "'":
                e = e.replace("'", "\\'")
            l.p(e, c) if c else l.a(e)
        l.a(q)
    else:
        l.a(repr(o))


# ---------------------------------------------------------------- check digits


def mrz_cd(s):
    def val(c):
        if c.isdigit():
            return int(c)
        if c == "<":
            return 0
        return ord(c) - 55
    return str(sum(val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def luhn_cd(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_cd(num[:-1]) == num[-1]


def make_iban(cc, bban):
    s = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in s)
    ck = 98 - int(n) % 97
    return "%s%02d%s" % (cc, ck, bban)


def iban_ok(i):
    s = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def group4(s):
    return " ".join(s[k:k + 4] for k in range(0, len(s), 4))


def vin_with_cd(v17):
    tr = {}
    for chars, vals in (("ABCDEFGH", range(1, 9)), ("JKLMN", range(1, 6)), ("P", [7]), ("R", [9]),
                        ("STUVWXYZ", range(2, 10))):
        for c, v in zip(chars, vals):
            tr[c] = v
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    s = sum((int(c) if c.isdigit() else tr[c]) * w[i] for i, c in enumerate(v17))
    r = s % 11
    cd = "X" if r == 10 else str(r)
    return v17[:8] + cd + v17[9:]


def cn_id(base17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return base17 + "10X98765432"[sum(int(c) * w[i] for i, c in enumerate(base17)) % 11]


def cpf(base9):
    d = [int(c) for c in base9]
    r = sum(d[i] * (10 - i) for i in range(9)) * 10 % 11
    d.append(0 if r == 10 else r)
    r = sum(d[i] * (11 - i) for i in range(10)) * 10 % 11
    d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def tc_kimlik(base9):
    d = [int(c) for c in base9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff(base):
    c = 0
    for i, ch in enumerate(reversed(base)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return base + str(_VINV[c])


def kz_iin(base11):
    d = [int(c) for c in base11]
    s = sum(d[i] * (i + 1) for i in range(11)) % 11
    if s == 10:
        w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        s = sum(d[i] * w[i] for i in range(11)) % 11
    assert s != 10
    return base11 + str(s)


def kennitala(ddmmyy, rr):
    base = ddmmyy + rr
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(c) * w[i] for i, c in enumerate(base)) % 11
    r = 0 if r == 11 else r
    assert r != 10
    return "%s-%s%d9" % (ddmmyy, rr, r)


def nhs_no(base9):
    r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(base9)) % 11
    r = 0 if r == 11 else r
    assert r != 10
    s = base9 + str(r)
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def kr_rrn(base12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(x) * w[i] for i, x in enumerate(base12)) % 11) % 10
    s = base12 + str(c)
    return s[:6] + "-" + s[6:]


def snils(base9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(base9))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        c = 0 if c == 100 else c
    return "%s-%s-%s %02d" % (base9[:3], base9[3:6], base9[6:], c)


def taj(base8):
    s = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(base8)) % 10
    t = base8 + str(s)
    return "%s %s %s" % (t[:3], t[3:6], t[6:])


def curp(base17):
    alpha = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    s = sum(alpha.index(c) * (18 - i) for i, c in enumerate(base17))
    return base17 + str((10 - s % 10) % 10)


def my_number(base11):
    s = 0
    for n in range(1, 12):
        pn = int(base11[-n])
        qn = n + 1 if n <= 6 else n - 5
        s += pn * qn
    r = s % 11
    return base11 + str(0 if r <= 1 else 11 - r)


def with_luhn(base):
    return base + luhn_cd(base)


# ---------------------------------------------------------------- randomness helpers


def rhex(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


def priv_ip():
    r = random.random()
    if r < 0.6:
        return "10.%d.%d.%d" % (random.choice([20, 20, 21, 40]), random.randint(0, 15), random.randint(2, 250))
    if r < 0.85:
        return "172.%d.%d.%d" % (random.randint(16, 31), random.randint(0, 255), random.randint(2, 250))
    return "192.168.%d.%d" % (random.randint(0, 10), random.randint(2, 250))


def pub_ip():
    return random.choice(["203.0.113.%d", "198.51.100.%d", "192.0.2.%d", "41.58.%d.17", "105.112.%d.44",
                          "94.200.%d.9", "188.49.%d.130", "177.92.%d.61", "113.161.%d.88", "49.37.%d.201",
                          "31.223.%d.14", "85.66.%d.230", "121.131.%d.7"]) % random.randint(1, 254)


def ms(a, b):
    return "%.1fms" % random.uniform(a, b)


# ---------------------------------------------------------------- clock

CLOCK = [dt.datetime(2024, 3, 11, 7, 58, 4, 118000)]


def tick(lo=0.05, hi=45.0):
    CLOCK[0] += dt.timedelta(seconds=random.uniform(lo, hi))
    return CLOCK[0]


def now():
    return CLOCK[0]


def t_iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def t_iso_us(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond


def t_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def t_spring(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def t_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def t_syslog(t):
    return "%s %2d %s" % (t.strftime("%b"), t.day, t.strftime("%H:%M:%S"))


def iso(d):
    return d.strftime("%Y-%m-%d")


D = dt.date


# ---------------------------------------------------------------- synthetic people
# addr: one-line address as the patient's country writes it; segments (text, cat)
# af: structured fields (street, street2, city, region, postal, country)


def A(*segs):
    return list(segs)


PEOPLE = []


def person(**k):
    k.setdefault("native", None)
    k.setdefault("addr_native", None)
    k.setdefault("comps", [])
    k.setdefault("fax", None)
    k.setdefault("device", None)
    k.setdefault("age", None)
    k["e164"] = "+" + "".join(c for c in k["phone"] if c.isdigit()) if k["phone"].startswith("+") else k.get("e164")
    PEOPLE.append(k)
    return k


NG = person(key="ng", cc3="NGA", cc2="NG", country="Nigeria", full="Oluwaseun Adebayo Adeyemi",
            first="Oluwaseun", middle="Adebayo", last="Adeyemi", title="Mr", sex="M",
            mrz_s="ADEYEMI", mrz_g="OLUWASEUN ADEBAYO", upper="OLUWASEUN ADEBAYO ADEYEMI",
            dob=D(1985, 3, 12), dfmt="%d/%m/%Y", passport="A09384721", pexp=D(2030, 9, 15),
            nid=("NIN", "48213907562"), phone="+234 803 555 0142", email="seun.adeyemi85@yahoo.com",
            addr=A(("14 Adeola Odeku Street, Victoria Island", "address"), (", ", None), ("Lagos", "address"),
                   (" ", None), ("101241", "zip"), (", Lagos State, Nigeria", None)),
            af=dict(street="14 Adeola Odeku Street", street2="Victoria Island", city="Lagos", region="LA",
                    postal="101241", country="NG"),
            lang=("yor", "Yoruba"), mrn="40048213", ips="IPS-24-0871", user="oadeyemi85",
            plan=("AXA Mansard Health", "HMO-0049217-01", "GRP-ZEN-2201"),
            bank=dict(kind="acct", acct="2087364519", bic="ZEIBNGLA", bank="Zenith Bank Plc", ccy="USD"),
            comps=[dict(name="Funmilayo Adeyemi", rel="spouse", passport="A11720458", phone="+234 805 555 0177",
                        dob=D(1988, 7, 2))],
            appt=D(2024, 3, 14), arrival=D(2024, 3, 12), flight="EK 231", dept="Cardiology")

VN = person(key="vn", cc3="VNM", cc2="VN", country="Viet Nam", full="Nguyễn Văn Minh",
            first="Minh", middle="Văn", last="Nguyễn", title="Mr", sex="M",
            mrz_s="NGUYEN", mrz_g="VAN MINH", upper="NGUYEN VAN MINH",
            dob=D(1962, 11, 4), dfmt="%d/%m/%Y", passport="C4827193", pexp=D(2031, 5, 19),
            nid=("CCCD", "001062014583"), phone="+84 912 645 318", email="minh.nguyenvan62@gmail.com",
            addr=A(("Số 25 Phố Hàng Bạc, Phường Hàng Bạc, Quận Hoàn Kiếm", "address"), (", ", None),
                   ("Hà Nội", "address"), (" ", None), ("11000", "zip"), (", Việt Nam", None)),
            af=dict(street="Số 25 Phố Hàng Bạc", street2="Phường Hàng Bạc, Quận Hoàn Kiếm", city="Hà Nội",
                    region="", postal="11000", country="VN"),
            lang=("vie", "Vietnamese"), mrn="40051977", ips="IPS-24-0902", user="minh.nv62",
            plan=("Bao Viet Insurance", "BV-HC-2023-0187644", "BVH-CORP-118"),
            bank=dict(kind="acct", acct="0011004129387", bic="BFTVVNVX", bank="Vietcombank", ccy="USD"),
            comps=[dict(name="Nguyễn Văn Hùng", rel="son", passport="C6193028", phone="+84 903 118 742",
                        dob=D(1990, 1, 23))],
            appt=D(2024, 3, 19), arrival=D(2024, 3, 17), flight="KE 93", dept="Oncology")

CN = person(key="cn", cc3="CHN", cc2="CN", country="China", full="WANG Xiuying", native="王秀英",
            first="Xiuying", middle="", last="Wang", title="Mrs", sex="F",
            mrz_s="WANG", mrz_g="XIUYING", upper="WANG XIUYING",
            dob=D(1958, 6, 21), dfmt="%Y-%m-%d", passport="EJ4821937", pexp=D(2029, 11, 2),
            nid=("resident_id", cn_id("31010419580621432")), phone="+86 139 1742 0583",
            email="wangxy0621@163.com",
            addr=A(("Room 1203, No. 88 Caoxi North Road, Xuhui District", "address"), (", ", None),
                   ("Shanghai", "address"), (" ", None), ("200030", "zip"), (", China", None)),
            addr_native=A(("上海市徐汇区漕溪北路88号1203室", "address"), ("，邮编 ", None), ("200030", "zip")),
            af=dict(street="Room 1203, No. 88 Caoxi North Road", street2="Xuhui District", city="Shanghai",
                    region="SH", postal="200030", country="CN"),
            lang=("cmn", "Mandarin"), mrn="40049350", ips="IPS-24-0877", user="wangxy_sh",
            plan=("Ping An Health", "PAH88210034751", "PA-GLB-07"),
            bank=dict(kind="acct", acct="6222 0210 0103 8847 215", bic="ICBKCNBJSHI", bank="ICBC Shanghai",
                      ccy="USD"),
            comps=[dict(name="LI Na", native="李娜", rel="daughter", passport="EK0392716",
                        phone="+86 138 1655 2094", dob=D(1984, 2, 9))],
            appt=D(2024, 3, 21), arrival=D(2024, 3, 19), flight="UA 858", dept="Orthopedics")

JP = person(key="jp", cc3="JPN", cc2="JP", country="Japan", full="TANAKA Fumiko", native="田中 文子",
            first="Fumiko", middle="", last="Tanaka", title="Mrs", sex="F",
            mrz_s="TANAKA", mrz_g="FUMIKO", upper="TANAKA FUMIKO",
            dob=D(1932, 8, 5), dfmt="%Y/%m/%d", passport="TR4419027", pexp=D(2027, 4, 11),
            nid=("my_number", None), phone="090-3817-2264", e164="+819038172264",
            email="kenji.tanaka@tanaka-kogyo.co.jp", fax="045-662-5521", age=91,
            addr=A(("12-3 Yamashita-cho, Naka-ku", "address"), (", ", None), ("Yokohama", "address"),
                   (", Kanagawa ", None), ("231-0023", "zip"), (", Japan", None)),
            addr_native=A(("〒", None), ("231-0023", "zip"), (" 神奈川県", None), ("横浜市中区山下町12-3", "address")),
            af=dict(street="12-3 Yamashita-cho", street2="Naka-ku", city="Yokohama", region="Kanagawa",
                    postal="231-0023", country="JP"),
            lang=("jpn", "Japanese"), mrn="40050214", ips="IPS-24-0889", user="tanaka.fumiko",
            plan=("Tokio Marine Overseas Travel", "TMK-55120894", "TM-IND"),
            bank=dict(kind="acct", acct="1048827", bic="MHCBJPJT", bank="Mizuho Bank Yokohama", ccy="JPY"),
            device=("pacemaker", "Medtronic Azure XT DR MRI", "RNB612847S"),
            comps=[dict(name="TANAKA Kenji", native="田中 健二", rel="son", passport="TS8820431",
                        phone="+81 90-6621-4470", dob=D(1961, 10, 30))],
            appt=D(2024, 3, 15), arrival=D(2024, 3, 13), flight="NH 101", dept="Cardiology")

SA = person(key="sa", cc3="SAU", cc2="SA", country="Saudi Arabia", full="Mohammed bin Abdullah Al-Qahtani",
            native="محمد بن عبدالله القحطاني", first="Mohammed", middle="Abdullah", last="Al-Qahtani", title="Mr",
            sex="M", mrz_s="ALQAHTANI", mrz_g="MOHAMMED ABDULLAH", upper="MOHAMMED ABDULLAH ALQAHTANI",
            dob=D(1971, 1, 17), dfmt="%d/%m/%Y", passport="W4718293", pexp=D(2028, 2, 7),
            nid=("national_id", with_luhn("104829375")), phone="+966 55 812 0473",
            email="m.alqahtani71@hotmail.com",
            addr=A(("7421 King Fahd Rd, Al Olaya Dist.", "address"), (", ", None), ("Riyadh", "address"),
                   (" ", None), ("12214-2831", "zip"), (", Saudi Arabia", None)),
            af=dict(street="7421 King Fahd Rd", street2="Al Olaya Dist.", city="Riyadh", region="01",
                    postal="12214", country="SA"),
            lang=("ara", "Arabic"), mrn="40047622", ips="IPS-24-0850", user="malqahtani",
            plan=("Bupa Arabia", "BA-7730418826", "SAMBA-EMP-04"),
            bank=dict(kind="iban", iban=make_iban("SA", "80" + "000" + "204608016123457"), bic="RJHISARI",
                      bank="Al Rajhi Bank", ccy="SAR"),
            comps=[dict(name="Faisal Abdullah Al-Qahtani", rel="brother", passport="W5190374",
                        phone="+966 50 447 1920", dob=D(1975, 6, 3))],
            appt=D(2024, 3, 13), arrival=D(2024, 3, 11), flight="SV 35", dept="Neurosurgery")

AE = person(key="ae", cc3="ARE", cc2="AE", country="United Arab Emirates", full="Fatima Hassan Al Mansoori",
            native="فاطمة حسن المنصوري", first="Fatima", middle="Hassan", last="Al Mansoori", title="Ms", sex="F",
            mrz_s="AL MANSOORI", mrz_g="FATIMA HASSAN", upper="FATIMA HASSAN AL MANSOORI",
            dob=D(1979, 9, 30), dfmt="%d/%m/%Y", passport="P8842017", pexp=D(2029, 8, 1),
            nid=("emirates_id", None), phone="+971 50 731 2286", email="fatima.almansoori@gmail.com",
            addr=A(("Villa 12, Street 34, Al Barsha 2", "address"), (", ", None), ("P.O. Box 118822", "address"),
                   (", ", None), ("Dubai", "address"), (", United Arab Emirates", None)),
            af=dict(street="Villa 12, Street 34", street2="Al Barsha 2", city="Dubai", region="DU",
                    postal="", country="AE"),
            lang=("ara", "Arabic"), mrn="40052408", ips="IPS-24-0915", user="fatima.hm",
            plan=("Daman National Health", "DMN-1012447820930", "DMN-THIQA-3"),
            bank=dict(kind="iban", iban=make_iban("AE", "033" + "1234567890123456"), bic="BOMLAEAD",
                      bank="Mashreq Bank", ccy="AED"),
            comps=[dict(name="Khalid Saeed Al Mansoori", rel="husband", passport="P7710392",
                        phone="+971 55 620 1184", dob=D(1975, 12, 11))],
            appt=D(2024, 3, 26), arrival=D(2024, 3, 24), flight="EK 231", dept="Fertility")
_mn = my_number("48291735026")
JP["nid"] = ("my_number", "%s %s %s" % (_mn[:4], _mn[4:8], _mn[8:]))
_eid = "7841979" + "4827103"
AE["nid"] = ("emirates_id", "784-1979-4827103-" + luhn_cd(_eid))

MX = person(key="mx", cc3="MEX", cc2="MX", country="México", full="María José García López",
            first="María José", middle="", last="García López", title="Ms", sex="F",
            mrz_s="GARCIA LOPEZ", mrz_g="MARIA JOSE", upper="MARIA JOSE GARCIA LOPEZ",
            dob=D(1990, 2, 14), dfmt="%d/%m/%Y", passport="G41827390", pexp=D(2032, 1, 9),
            nid=("curp", curp("GALJ900214MDFRPS0")), phone="+52 55 4127 8839",
            email="majo.garcia.lopez@hotmail.com",
            addr=A(("Av. Insurgentes Sur 1602, Int. 8, Col. Crédito Constructor, Alc. Benito Juárez", "address"),
                   (", C.P. ", None), ("03940", "zip"), (", ", None), ("Ciudad de México", "address"),
                   (", CDMX, México", None)),
            af=dict(street="Av. Insurgentes Sur 1602, Int. 8", street2="Col. Crédito Constructor",
                    city="Ciudad de México", region="CMX", postal="03940", country="MX"),
            lang=("spa", "Spanish"), mrn="40053116", ips="IPS-24-0921", user="majo.garcia",
            plan=("GNP Seguros", "GMM-9920418733", "GNP-COLECT-5512"),
            bank=dict(kind="card", card=with_luhn("454782010938471"), brand="visa", ccy="MXN"),
            comps=[dict(name="Alejandro Ruiz Herrera", rel="husband", passport="G39021774",
                        phone="+52 55 2290 4417", dob=D(1988, 9, 5))],
            appt=D(2024, 3, 28), arrival=D(2024, 3, 27), flight="AM 440", dept="Pediatric Cardiology")

BR = person(key="br", cc3="BRA", cc2="BR", country="Brasil", full="Ana Beatriz Carvalho Souza",
            first="Ana Beatriz", middle="", last="Carvalho Souza", title="Ms", sex="F",
            mrz_s="CARVALHO SOUZA", mrz_g="ANA BEATRIZ", upper="ANA BEATRIZ CARVALHO SOUZA",
            dob=D(1987, 7, 9), dfmt="%d/%m/%Y", passport="FZ482917", pexp=D(2031, 3, 30),
            nid=("cpf", cpf("482917305")), phone="+55 11 97412-3308", email="anabeatriz.csouza@gmail.com",
            addr=A(("Rua Oscar Freire, 379, apto 52 - Jardim Paulista", "address"), (", ", None),
                   ("São Paulo", "address"), (" - SP, CEP ", None), ("01426-001", "zip")),
            af=dict(street="Rua Oscar Freire, 379, apto 52", street2="Jardim Paulista", city="São Paulo",
                    region="SP", postal="01426-001", country="BR"),
            lang=("por", "Portuguese"), mrn="40049981", ips="IPS-24-0880", user="anabia.souza",
            plan=("Bradesco Saúde", "885 004 112930 017", "BRD-EMP-4410"),
            bank=dict(kind="iban", iban=make_iban("BR", "00360305" + "02821" + "0004829173" + "C1"),
                      bic="BBDEBRSPSPO", bank="Banco Bradesco", ccy="USD"),
            comps=[dict(name="Cláudia Regina Carvalho", rel="mother", passport="FX119204",
                        phone="+55 11 99820-1475", dob=D(1961, 4, 18))],
            appt=D(2024, 4, 2), arrival=D(2024, 3, 31), flight="UA 860", dept="Oncology")

RU = person(key="ru", cc3="RUS", cc2="RU", country="Russia", full="IVANOV Aleksei Sergeevich",
            native="Иванов Алексей Сергеевич", first="Aleksei", middle="Sergeevich", last="Ivanov", title="Mr",
            sex="M", mrz_s="IVANOV", mrz_g="ALEKSEI", upper="IVANOV ALEKSEI",
            dob=D(1968, 4, 27), dfmt="%d.%m.%Y", passport="754821937", pexp=D(2029, 6, 14),
            nid=("snils", snils("112483927")), phone="+7 916 482-15-07", email="a.ivanov68@mail.ru",
            addr=A(("125009", "zip"), (", г. ", None), ("Москва", "address"), (", ", None),
                   ("ул. Тверская, д. 12, кв. 45", "address")),
            af=dict(street="ul. Tverskaya 12, kv. 45", street2="", city="Moscow", region="MOW",
                    postal="125009", country="RU"),
            lang=("rus", "Russian"), mrn="40051230", ips="IPS-24-0895", user="aivanov",
            plan=("SOGAZ-Med", "7754 1120 4418 2093", "SGZ-VIP-12"),
            bank=dict(kind="acct", acct="40817810938160002741", bic="SABRRUMM", bank="Sberbank", ccy="USD"),
            comps=[dict(name="IVANOVA Elena Viktorovna", native="Иванова Елена Викторовна", rel="wife",
                        passport="756610284", phone="+7 916 771-40-23", dob=D(1971, 2, 2))],
            appt=D(2024, 3, 20), arrival=D(2024, 3, 18), flight="TK 7", dept="Urology")

KZ = person(key="kz", cc3="KAZ", cc2="KZ", country="Kazakhstan", full="ABENOV Dauren Serikovich",
            native="Абенов Даурен Серикович", first="Dauren", middle="Serikovich", last="Abenov", title="Mr",
            sex="M", mrz_s="ABENOV", mrz_g="DAUREN", upper="ABENOV DAUREN",
            dob=D(1979, 12, 2), dfmt="%d.%m.%Y", passport="N12873406", pexp=D(2030, 10, 21),
            nid=("iin", kz_iin("79120230148")), phone="+7 701 482 1937", email="d.abenov@mail.kz",
            addr=A(("050008", "zip"), (", г. ", None), ("Алматы", "address"), (", ", None),
                   ("пр. Абая, д. 52, кв. 17", "address")),
            af=dict(street="Abay Ave 52, apt 17", street2="", city="Almaty", region="ALA",
                    postal="050008", country="KZ"),
            lang=("rus", "Russian"), mrn="40052077", ips="IPS-24-0911", user="dabenov79",
            plan=("Halyk Insurance", "HLK-000418826", "HLK-CORP-09"),
            bank=dict(kind="iban", iban=make_iban("KZ", "601" + "0131000482193"), bic="HSBKKZKX",
                      bank="Halyk Bank", ccy="USD"),
            comps=[],
            appt=D(2024, 3, 25), arrival=D(2024, 3, 23), flight="LH 418", dept="Hepatology")

IN = person(key="in", cc3="IND", cc2="IN", country="India", full="Priya Venkataraman",
            first="Priya", middle="", last="Venkataraman", title="Ms", sex="F",
            mrz_s="VENKATARAMAN", mrz_g="PRIYA", upper="PRIYA VENKATARAMAN",
            dob=D(1983, 10, 19), dfmt="%d-%m-%Y", passport="T4829176", pexp=D(2033, 7, 3),
            nid=("aadhaar", None), phone="+91 98401 57732", email="priya.venkat83@gmail.com",
            addr=A(("Flat 4B, Lakshmi Apartments, 12 Bazullah Road, T. Nagar", "address"), (", ", None),
                   ("Chennai", "address"), (" - ", None), ("600017", "zip"), (", Tamil Nadu", None)),
            af=dict(street="Flat 4B, Lakshmi Apartments, 12 Bazullah Road", street2="T. Nagar", city="Chennai",
                    region="TN", postal="600017", country="IN"),
            lang=("tam", "Tamil"), mrn="40050631", ips="IPS-24-0891", user="priya.v",
            plan=("Star Health", "STAR-0098-4471-2201", "STR-FAM-OPT"),
            bank=dict(kind="acct", acct="50100248819372", bic="HDFCINBB", bank="HDFC Bank", ccy="USD"),
            comps=[dict(name="Karthik Subramanian", rel="husband", passport="T5510382",
                        phone="+91 98410 22096", dob=D(1980, 5, 27))],
            appt=D(2024, 3, 18), arrival=D(2024, 3, 16), flight="QR 707", dept="Gynecologic Oncology")
_aad = verhoeff("48217390551")
IN["nid"] = ("aadhaar", "%s %s %s" % (_aad[:4], _aad[4:8], _aad[8:]))

KE = person(key="ke", cc3="KEN", cc2="KE", country="Kenya", full="Wanjiru Kamau",
            first="Wanjiru", middle="", last="Kamau", title="Ms", sex="F",
            mrz_s="KAMAU", mrz_g="WANJIRU", upper="WANJIRU KAMAU",
            dob=D(1994, 5, 23), dfmt="%d/%m/%Y", passport="AK0482913", pexp=D(2032, 12, 1),
            nid=("national_id", "28374619"), phone="+254 722 481 305", email="wanjiru.kamau94@gmail.com",
            addr=A(("Kindaruma Road, Kilimani", "address"), (", ", None), ("P.O. Box 45120", "address"),
                   ("-", None), ("00100", "zip"), (", ", None), ("Nairobi", "address")),
            af=dict(street="Kindaruma Road", street2="Kilimani", city="Nairobi", region="30",
                    postal="00100", country="KE"),
            lang=("swa", "Swahili"), mrn="40051802", ips="IPS-24-0906", user="wkamau94",
            plan=("Jubilee Health Insurance", "JHI-00482917-01", "JHI-CORP-220"),
            bank=dict(kind="acct", acct="1148293047", bic="KCBLKENX", bank="KCB Bank Kenya", ccy="USD"),
            fundraiser="https://www.gofundme.com/f/wanjiru-kamau-heart-surgery-fund",
            comps=[dict(name="Njeri Kamau", rel="sister", passport="AK0519302", phone="+254 711 902 448",
                        dob=D(1991, 8, 14))],
            appt=D(2024, 4, 4), arrival=D(2024, 4, 2), flight="ET 500", dept="Cardiothoracic Surgery")

HU = person(key="hu", cc3="HUN", cc2="HU", country="Magyarország", full="Nagy Zsófia",
            first="Zsófia", middle="", last="Nagy", title="Ms", sex="F",
            mrz_s="NAGY", mrz_g="ZSOFIA", upper="NAGY ZSOFIA",
            dob=D(1976, 1, 8), dfmt="%Y.%m.%d.", passport="BE4827193", pexp=D(2028, 9, 9),
            nid=("taj", taj("04827193")), phone="+36 30 482 1973", email="nagy.zsofia@freemail.hu",
            addr=A(("1134", "zip"), (" ", None), ("Budapest", "address"), (", ", None),
                   ("Váci út 47/B. III. em. 12.", "address")),
            af=dict(street="Váci út 47/B. III. em. 12.", street2="", city="Budapest", region="BU",
                    postal="1134", country="HU"),
            lang=("hun", "Hungarian"), mrn="40048766", ips="IPS-24-0874", user="zsofia.nagy",
            plan=("Generali Travel", "GEN-HU-7730195", "GEN-UTAS-4"),
            bank=dict(kind="iban", iban=make_iban("HU", "117" + "7301" + "6" + "111065180000000" + "0"),
                      bic="OTPVHUHB", bank="OTP Bank", ccy="EUR"),
            comps=[],
            appt=D(2024, 3, 22), arrival=D(2024, 3, 20), flight="LH 418", dept="Rheumatology")

KR = person(key="kr", cc3="KOR", cc2="KR", country="Republic of Korea", full="KIM Min-jun", native="김민준",
            first="Min-jun", middle="", last="Kim", title="Mr", sex="M",
            mrz_s="KIM", mrz_g="MINJUN", upper="KIM MINJUN",
            dob=D(1991, 3, 14), dfmt="%Y.%m.%d", passport="M48271930", pexp=D(2033, 2, 14),
            nid=("rrn", kr_rrn("910314148271")), phone="+82 10-4821-7730", email="minjun.kim91@naver.com",
            addr=A(("152 Teheran-ro, Gangnam-gu", "address"), (", ", None), ("Seoul", "address"), (" ", None),
                   ("06236", "zip"), (", Republic of Korea", None)),
            addr_native=A(("(", None), ("06236", "zip"), (") ", None), ("서울특별시 강남구 테헤란로 152, 1203호", "address")),
            af=dict(street="152 Teheran-ro", street2="Gangnam-gu", city="Seoul", region="11",
                    postal="06236", country="KR"),
            lang=("kor", "Korean"), mrn="40053390", ips="IPS-24-0925", user="minjun_k",
            plan=("Samsung Fire & Marine", "SFM-2210-884103", "SFM-GRP-77"),
            bank=dict(kind="acct", acct="110-482-917301", bic="SHBKKRSE", bank="Shinhan Bank", ccy="USD"),
            device=("imei", "phone", with_luhn("35391811482937")),
            comps=[],
            appt=D(2024, 3, 27), arrival=D(2024, 3, 26), flight="KE 93", dept="Sports Medicine")

GB = person(key="gb", cc3="GBR", cc2="GB", country="United Kingdom", full="Siobhán O'Connor",
            first="Siobhán", middle="", last="O'Connor", title="Ms", sex="F",
            mrz_s="O CONNOR", mrz_g="SIOBHAN", upper="SIOBHAN OCONNOR",
            dob=D(1969, 12, 2), dfmt="%d/%m/%Y", passport="562184937", pexp=D(2031, 8, 20),
            nid=("nhs_number", nhs_no("485777344")), phone="+44 7700 900481",
            email="siobhan.oconnor@btinternet.com",
            addr=A(("Flat 3, 27 Ashgrove Road", "address"), (", ", None), ("London", "address"), (" ", None),
                   ("SE15 4QF", "zip"), (", United Kingdom", None)),
            af=dict(street="Flat 3, 27 Ashgrove Road", street2="Peckham", city="London", region="",
                    postal="SE15 4QF", country="GB"),
            lang=("eng", "English"), mrn="40049104", ips="IPS-24-0878", user="siobhan.oc",
            plan=("Bupa Global", "BG-40418826-02", "BGL-ELITE"),
            bank=dict(kind="iban", iban=make_iban("GB", "NWBK" + "601613" + "48291736"), bic="NWBKGB2L",
                      bank="NatWest", ccy="GBP"),
            licence="OCONN662029S99KT",
            comps=[dict(name="Declan Walsh", rel="partner", passport="548210376", phone="+44 7700 900917",
                        dob=D(1966, 3, 8))],
            appt=D(2024, 3, 29), arrival=D(2024, 3, 27), flight="BA 229", dept="Neurology")

EG = person(key="eg", cc3="EGY", cc2="EG", country="Egypt", full="Ahmed Mahmoud Abdel-Rahman",
            native="أحمد محمود عبد الرحمن", first="Ahmed", middle="Mahmoud", last="Abdel-Rahman", title="Mr",
            sex="M", mrz_s="ABDELRAHMAN", mrz_g="AHMED MAHMOUD", upper="AHMED MAHMOUD ABDELRAHMAN",
            dob=D(1959, 8, 11), dfmt="%d/%m/%Y", passport="A28371946", pexp=D(2027, 1, 25),
            nid=("national_id", "25908112103471"), phone="+20 10 9482 7716",
            email="ahmed.abdelrahman59@yahoo.com",
            addr=A(("12 Shareh El-Tahrir, Dokki", "address"), (", ", None), ("Giza", "address"), (" ", None),
                   ("12611", "zip"), (", Egypt", None)),
            af=dict(street="12 Shareh El-Tahrir", street2="Dokki", city="Giza", region="GZ",
                    postal="12611", country="EG"),
            lang=("arz", "Arabic (Egyptian)"), mrn="40050988", ips="IPS-24-0893", user="ahmed.ar59",
            plan=("Allianz Care", "ALZ-1104827719", "ALZ-IPMI-GOLD"),
            bank=dict(kind="iban", iban=make_iban("EG", "0019" + "0005" + "00000000263180002"), bic="NBEGEGCX", bank="National Bank of Egypt", ccy="USD"),
            device=("insulin_pump", "MiniMed 780G", "NG2119873H"),
            comps=[dict(name="Mona Adel Hassan", rel="wife", passport="A30128845", phone="+20 12 2847 0193",
                        dob=D(1963, 11, 20))],
            appt=D(2024, 3, 18), arrival=D(2024, 3, 16), flight="MS 985", dept="Endocrinology")

ET = person(key="et", cc3="ETH", cc2="ET", country="Ethiopia", full="Abebe Tesfaye Girma",
            first="Abebe", middle="Tesfaye", last="Girma", title="Mr", sex="M",
            mrz_s="GIRMA", mrz_g="ABEBE TESFAYE", upper="ABEBE TESFAYE GIRMA",
            dob=D(1948, 2, 6), dfmt="%d/%m/%Y", passport="EP4829173", pexp=D(2026, 11, 17),
            nid=("fayda_fan", "6148 2937 0915"), phone="+251 91 148 2937", email=None,
            addr=A(("House No. 1127, Woreda 03, Bole Sub-City", "address"), (", ", None),
                   ("Addis Ababa", "address"), (", Ethiopia", None)),
            af=dict(street="House No. 1127, Woreda 03", street2="Bole Sub-City", city="Addis Ababa",
                    region="AA", postal="", country="ET"),
            lang=("amh", "Amharic"), mrn="40051455", ips="IPS-24-0899", user="abebe.tg",
            plan=("self-pay", None, None),
            bank=dict(kind="card", card=with_luhn("524311902847163"), brand="mastercard", ccy="USD"),
            guarantor=dict(name="Selam Abebe", rel="daughter", ssn="412-63-8801", phone="(301) 555-0138",
                           email="selam.abebe@gmail.com",
                           addr=A(("4471 Old Mill Rd", "address"), (", ", None), ("Silver Spring", "address"),
                                  (", MD ", None), ("20906", "zip")),
                           licence="S-143-829-447-102", plate="2EF4821",
                           vin=vin_with_cd("5FNRL6H70NB048213"), dob=D(1979, 9, 12)),
            comps=[dict(name="Selam Abebe", rel="daughter", passport=None, phone="(301) 555-0138",
                        dob=D(1979, 9, 12))],
            appt=D(2024, 3, 15), arrival=D(2024, 3, 14), flight="ET 500", dept="Urology")

TR = person(key="tr", cc3="TUR", cc2="TR", country="Türkiye", full="Elif Yılmaz",
            first="Elif", middle="", last="Yılmaz", title="Ms", sex="F",
            mrz_s="YILMAZ", mrz_g="ELIF", upper="ELIF YILMAZ",
            dob=D(1981, 4, 2), dfmt="%d.%m.%Y", passport="U28471936", pexp=D(2030, 4, 2),
            nid=("tc_kimlik", tc_kimlik("482917305")), phone="+90 532 481 27 93",
            email="elif.yilmaz81@hotmail.com",
            addr=A(("Bağdat Caddesi No: 214 D: 7, Caddebostan", "address"), (", ", None), ("34728", "zip"),
                   (" ", None), ("Kadıköy/İstanbul", "address")),
            af=dict(street="Bağdat Caddesi No: 214 D: 7", street2="Caddebostan", city="İstanbul",
                    region="34", postal="34728", country="TR"),
            lang=("tur", "Turkish"), mrn="40052960", ips="IPS-24-0918", user="elif.yilmaz",
            plan=("Anadolu Sigorta", "ANS-55-8821047", "ANS-KRM-21"),
            bank=dict(kind="iban", iban=make_iban("TR", "00064" + "0" + "0000148291730022"), bic="ISBKTRIS",
                      bank="Türkiye İş Bankası", ccy="EUR"),
            comps=[],
            appt=D(2024, 4, 1), arrival=D(2024, 3, 30), flight="TK 7", dept="Breast Surgery")

IS = person(key="is", cc3="ISL", cc2="IS", country="Ísland", full="Guðrún Jónsdóttir",
            first="Guðrún", middle="", last="Jónsdóttir", title="Mrs", sex="F",
            mrz_s="JONSDOTTIR", mrz_g="GUDRUN", upper="GUDRUN JONSDOTTIR",
            dob=D(1930, 5, 17), dfmt="%d.%m.%Y", passport="A3829174", pexp=D(2026, 6, 30),
            nid=("kennitala", kennitala("170530", "48")), phone="+354 551 2847", email="gudrun.jons@simnet.is",
            age=93,
            addr=A(("Laugavegur 28", "address"), (", ", None), ("101", "zip"), (" ", None),
                   ("Reykjavík", "address")),
            af=dict(street="Laugavegur 28", street2="", city="Reykjavík", region="", postal="101", country="IS"),
            lang=("isl", "Icelandic"), mrn="40053521", ips="IPS-24-0930", user="gudrun.j",
            plan=("Sjúkratryggingar Íslands", "SI-170530-4819", "SI-S2"),
            bank=dict(kind="iban", iban=make_iban("IS", "0159" + "26" + "007654" + "1705304819"),
                      bic="NBIIISRE", bank="Landsbankinn", ccy="ISK"),
            comps=[dict(name="Jón Einarsson", rel="grandson", passport="A4410927", phone="+354 861 4470",
                        dob=D(1996, 11, 2))],
            appt=D(2024, 4, 3), arrival=D(2024, 4, 1), flight="FI 655", dept="Cardiology")

for _p in PEOPLE:
    if _p["bank"]["kind"] == "iban":
        assert iban_ok(_p["bank"]["iban"]), _p["bank"]["iban"]
    if _p["bank"]["kind"] == "card":
        assert luhn_ok(_p["bank"]["card"])
assert luhn_ok(KR["device"][2])
assert luhn_ok(SA["nid"][1])

# staff and vendors: never labelled
COORDS = [("Rebecca Lindqvist", "rlindqvist"), ("Omar Farouk", "ofarouk"), ("Mei-Ling Chou", "mchou"),
          ("Tomás Ibarra", "tibarra"), ("Grace Mwangi", "gmwangi")]
INTERPS = {"yor": ("Chidi Okafor", "ITP-0412"), "vie": ("Tran Thi Lan", "ITP-0193"),
           "cmn": ("Zhou Wei", "ITP-0088"), "jpn": ("Yuki Hashimoto", "ITP-0231"),
           "ara": ("Amira Haddad", "ITP-0057"), "spa": ("Lucía Fernández", "ITP-0020"),
           "por": ("Fernanda Ribeiro", "ITP-0164"), "rus": ("Dmitri Volkov", "ITP-0071"),
           "tam": ("Lakshmi Narayan", "ITP-0305"), "swa": ("Baraka Otieno", "ITP-0288"),
           "hun": ("Zoltán Kiss", "ITP-0340"), "kor": ("Park Ji-woo", "ITP-0119"),
           "eng": ("-", "-"), "arz": ("Amira Haddad", "ITP-0057"), "amh": ("Hana Bekele", "ITP-0266"),
           "tur": ("Emre Aydın", "ITP-0358"), "isl": ("(telephonic) LanguageLine", "LL-VRI")}
DOCTORS = ["Dr. Helen Marsh", "Dr. Raj Mehta", "Dr. Ingrid Solberg", "Dr. Samuel Osei", "Dr. Laura Chen",
           "Dr. Victor Almeida"]
DRIVERS = [("Marcus Bell", "MD 8CX4471"), ("Luis Ortega", "MD 3BN2290"), ("Andre Thompson", "MD 1FT7730")]
HOTELS = [("Harborlight Hotel", "801 Aliceanna St, Baltimore, MD 21202", "+1 410-555-0161"),
          ("Fells Landing Suites", "1717 Thames St, Baltimore, MD 21231", "+1 410-555-0188"),
          ("Meridian Guest House", "1250 Harbor Point Blvd, Baltimore, MD 21230", "+1 410-555-0120")]
EMBASSIES = {"NG": "U.S. Consulate General Lagos, 2 Walter Carrington Crescent, Victoria Island, Lagos",
             "VN": "U.S. Embassy Hanoi, 7 Lang Ha Street, Ba Dinh District, Hanoi",
             "CN": "U.S. Consulate General Shanghai, 1469 Huaihai Zhong Road, Shanghai 200031",
             "KE": "U.S. Embassy Nairobi, United Nations Avenue, Gigiri, Nairobi",
             "ET": "U.S. Embassy Addis Ababa, Entoto Street, Addis Ababa",
             "EG": "U.S. Embassy Cairo, 5 Tawfik Diab Street, Garden City, Cairo",
             "IN": "U.S. Consulate General Chennai, 220 Anna Salai, Gemini Circle, Chennai 600006",
             "KZ": "U.S. Embassy Astana, Rakhymzhan Koshkarbayev Ave. 3, Astana 010010",
             "MX": "U.S. Embassy Mexico City, Paseo de la Reforma 305, Col. Cuauhtémoc, 06500 CDMX",
             "BR": "U.S. Consulate General São Paulo, Rua Henri Dunant 500, Chácara Santo Antônio, 04709-110",
             "RU": "U.S. Embassy Moscow, Bolshoy Deviatinsky Pereulok No. 8, Moscow 121099",
             "TR": "U.S. Consulate General Istanbul, Üçşehitler Sokak No. 2, İstinye 34460"}
VISA_NEED = [p for p in PEOPLE if p["cc2"] in EMBASSIES]
HOSP = "Meridian Bay Medical Center"
HOSP_DOMAIN = "meridianbayhealth.org"
HOSP_ADDR = "1200 Harbor Point Blvd, Baltimore, MD 21230"
HOSP_PHONE = "+1 410-555-0100"
HOSP_FAX = "+1 410-555-0109"
HOSP_ACCT = ("4471902285", "121000248", "WFBIUS6S")
VACCINES = [("Stamaril", "YF", "184", "PMC", "Sanofi Pasteur", ["U7H62AA", "W1B981V", "X3C204A"]),
            ("Typhim Vi", "TYPH", "101", "PMC", "Sanofi Pasteur", ["X3J481", "V1D227M"]),
            ("Vivotif", "TYPH-O", "25", "PAX", "Emergent", ["2001234", "2009871"]),
            ("Ixiaro", "JE", "134", "VAL", "Valneva", ["JEV21C08A", "JEV22A14B"]),
            ("Havrix 1440", "HEPA", "52", "SKB", "GSK", ["AHAVB512BA", "AHAVC118AA"]),
            ("RabAvert", "RAB", "176", "BN", "Bavarian Nordic", ["RAB-4417", "RAB-4480"]),
            ("Menveo", "MENACWY", "136", "SKB", "GSK", ["M22041", "M22117"]),
            ("Vaxchora", "CHOL", "174", "PAX", "Emergent", ["VX2309", "VX2311"])]


# ---------------------------------------------------------------- format helpers


ISO1 = {"yor": "yo", "vie": "vi", "cmn": "zh", "jpn": "ja", "ara": "ar", "spa": "es", "por": "pt", "rus": "ru",
        "tam": "ta", "swa": "sw", "hun": "hu", "kor": "ko", "eng": "en", "arz": "ar", "amh": "am", "tur": "tr",
        "isl": "is"}


def lang1(p):
    return ISO1[p["lang"][0]]


def age_on(p, d=D(2024, 3, 11)):
    return d.year - p["dob"].year - ((d.month, d.day) < (p["dob"].month, p["dob"].day))


def age_val(p):
    a = age_on(p)
    return P(str(a), "age", num=True) if a > 89 else a


def pick(pred=None):
    pool = [p for p in PEOPLE if pred is None or pred(p)]
    return random.choice(pool)


def pdate(p, d):
    return d.strftime(p["dfmt"])


def jesc(t):
    return json.dumps(t)[1:-1]


def abbrev(name, target=39):
    if len(name) <= target:
        return name
    parts = name.split(".")
    for i in range(len(parts) - 1):
        parts[i] = parts[i][0]
        if len(".".join(parts)) <= target:
            break
    r = ".".join(parts)
    return r[-40:]


def spring(level, thread, logger, fam="spring-boot"):
    l = L(fam)
    th = thread[-15:]
    l.a("%s %5s 1 --- [%15s] %-40s : " % (t_spring(now()), level, th, abbrev(logger)))
    return l


RAILS_PIDS = [4121, 4127, 4133, 4139]


def rails(lvl, rid, pid):
    l = L("rails")
    t = now()
    l.a("%s, [%s #%d] %5s -- : [%s] " % (lvl[0], t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % t.microsecond,
                                          pid, lvl, rid))
    return l


def sidekiq(cls, jid, tid, lvl="INFO", elapsed=None, pid=None):
    l = L("sidekiq")
    l.a("%s pid=%d tid=%s class=%s jid=%s " % (t_iso_ms(now()), pid or 8, tid, cls, jid))
    if elapsed is not None:
        l.a("elapsed=%.3f " % elapsed)
    l.a(lvl + ": ")
    return l


def pylog(level, logger, fam="py-logging"):
    l = L(fam)
    l.a("%s %-8s %s: " % (t_py(now()), level, logger))
    return l


def celery(level, proc, fam="celery"):
    l = L(fam)
    l.a("[%s: %s/%s] " % (t_py(now()), level, proc))
    return l


def django(level, logger, lineno):
    l = L("django")
    l.a("[%s] %s [%s:%d] " % (now().strftime("%d/%b/%Y %H:%M:%S"), level, logger, lineno))
    return l


def logfmt_q(v):
    if v == "" or any(c in v for c in ' ="'):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return v


def logfmt(l, pairs):
    """pairs: list of (key, value, cat|None); value str. quotes added when needed, span excludes quotes."""
    for i, (k, v, c) in enumerate(pairs):
        if i:
            l.a(" ")
        l.a(k + "=")
        q = logfmt_q(v)
        if c:
            if q != v:
                l.a('"').p(q[1:-1], c).a('"')
            else:
                l.p(v, c)
        else:
            l.a(q)
    return l


def structlog_json(pairs, event, level, logger):
    """pairs: dict; python json.dumps default separators & ensure_ascii."""
    d = dict(pairs)
    d["event"] = event
    d["level"] = level
    d["logger"] = logger
    d["timestamp"] = t_iso_us(now())
    l = L("structlog-json")
    emit_json(l, d, ascii_=True, sep=(", ", ": "))
    return l


def logback_json(message, logger, thread, level, extra):
    d = {"@timestamp": now().strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+00:00" % (now().microsecond // 1000),
         "@version": "1", "message": message, "logger_name": logger, "thread_name": thread,
         "level": level, "level_value": {"INFO": 20000, "WARN": 30000, "ERROR": 40000, "DEBUG": 10000}[level]}
    d.update(extra)
    l = L("logback-json")
    emit_json(l, d)
    return l


def name_p(p):
    return P(p["full"], "name")


def rid_rails():
    return ruuid()


def amount():
    return random.choice([1850.0, 3200.0, 4750.0, 12400.0, 18900.0, 27350.5, 48500.0, 61200.0, 96800.0, 7420.25])


def fmt_amt(a):
    return "{:,.2f}".format(a)


def ds160():
    return "AA00" + "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))


def mrz_lines(p):
    name = p["mrz_s"].replace(" ", "<") + "<<" + p["mrz_g"].replace(" ", "<")
    l1_head = "P<" + p["cc3"]
    pad1 = "<" * (44 - len(l1_head) - len(name))
    num = p["passport"]
    numf = (num + "<" * 9)[:9]
    dob = p["dob"].strftime("%y%m%d")
    exp = p["pexp"].strftime("%y%m%d")
    pers = ""
    if p["key"] == "kz":
        pers = p["nid"][1]
    elif p["key"] == "tr":
        pers = p["nid"][1]
    persf = (pers + "<" * 14)[:14]
    pcd = mrz_cd(persf) if pers else "<"
    part1 = numf + mrz_cd(numf)
    part2 = dob + mrz_cd(dob)
    part3 = exp + mrz_cd(exp) + persf + pcd
    comp = mrz_cd(part1 + part2 + part3)
    line2 = part1 + p["cc3"] + part2 + p["sex"] + part3 + comp
    assert len(line2) == 44 and len(l1_head + name + pad1) == 44
    return (l1_head, name, pad1), dict(num=num, numpad=numf[len(num):] + mrz_cd(numf), cc3=p["cc3"], dob=dob,
                                       dobcd=mrz_cd(dob), sex=p["sex"], exprest=exp + mrz_cd(exp), pers=pers,
                                       perspad=persf[len(pers):] + pcd + comp)


def emit_mrz2(l, m):
    l.p(m["num"], "other_id").a(m["numpad"] + m["cc3"]).p(m["dob"], "date").a(m["dobcd"] + m["sex"] + m["exprest"])
    if m["pers"]:
        l.p(m["pers"], "other_id")
    l.a(m["perspad"])


def jpeg_b64(nbytes):
    head = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + \
        bytes([0xFF, 0xDB, 0x00, 0x43, 0x00])
    body = bytes(random.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(head + body).decode()


def png_b64(nbytes):
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\xe0\x00\x00\x02\x80\x08\x02\x00\x00\x00"
    body = bytes(random.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(head + body).decode()


def tmpl_b64(nbytes):
    return base64.b64encode(bytes(random.getrandbits(8) for _ in range(nbytes))).decode()


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
       "Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 "
       "Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
       "Safari/537.36 Edg/122.0.0.0",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 "
       "Safari/605.1.15",
       "MBMC-Intl/3.8.1 (iOS 17.3.1; iPhone15,2)", "MBMC-Intl/3.8.0 (Android 13; Pixel 7)"]


# ================================================================ events
# each returns a list of L; phi=True -> the event should carry PHI in at least one line


def ev_rails(phi):
    rid, pid, ip = rid_rails(), random.choice(RAILS_PIDS), priv_ip()
    out = []
    tick(2, 60)

    def start(meth, path):
        out.append(rails("INFO", rid, pid).a('Started %s "%s" for %s at %s +0000' % (
            meth, path, ip, now().strftime("%Y-%m-%d %H:%M:%S"))))

    def proc(ctrl):
        tick(0.001, 0.01)
        out.append(rails("INFO", rid, pid).a("Processing by %s as JSON" % ctrl))

    def done(code, text, lo=8, hi=140):
        tick(0.01, 0.2)
        v, ar = random.uniform(0.1, 3), random.uniform(1, 30)
        out.append(rails("INFO", rid, pid).a("Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | "
                                              "Allocations: %d)" % (code, text, random.randint(lo, hi), v, ar,
                                                                    random.randint(900, 24000))))

    def sql(model, body, binds):
        tick(0.001, 0.02)
        l = rails("DEBUG", rid, pid).a("  %s (%s)  %s  " % (model, ms(0.2, 3.5), body))
        l.a("[")
        for i, (k, v) in enumerate(binds):
            if i:
                l.a(", ")
            l.a('["%s", ' % k)
            if isinstance(v, P):
                emit_rb(l, v)
            elif isinstance(v, int):
                l.a(str(v))
            else:
                l.a('"%s"' % v)
            l.a("]")
        l.a("]")
        out.append(l)

    if phi:
        p = pick()
        kind = random.choice(["passport", "patient", "visa", "passport", "companion"])
        if kind == "passport":
            start("POST", "/api/v1/intake/passports")
            proc("Intake::PassportsController#create")
            l = rails("INFO", rid, pid).a("  Parameters: ")
            emit_rb(l, {"passport": {"surname": P(p["mrz_s"], "name"), "given_names": P(p["mrz_g"], "name"),
                                     "number": P(p["passport"], "other_id"), "nationality": p["cc3"],
                                     "date_of_birth": P(iso(p["dob"]), "date"), "sex": p["sex"],
                                     "issuing_state": p["cc3"], "source": random.choice(["ocr", "manual"])},
                        "patient_id": P(p["ips"], "mrn")})
            out.append(l)
            sql("Patient Load", 'SELECT "patients".* FROM "patients" WHERE "patients"."ips_id" = $1 LIMIT $2',
                [("ips_id", P(p["ips"], "mrn")), ("LIMIT", 1)])
            sql("TRANSACTION", "BEGIN", [])
            out[-1] = rails("DEBUG", rid, pid).a("  TRANSACTION (%s)  BEGIN" % ms(0.1, 0.4))
            sql("PassportRecord Create", 'INSERT INTO "passport_records" ("patient_id", "number_ciphertext", '
                '"nationality", "created_at", "updated_at") VALUES ($1, $2, $3, $4, $5) RETURNING "id"',
                [("patient_id", random.randint(3000, 5200)), ("number_ciphertext", "[FILTERED]"),
                 ("nationality", p["cc3"]), ("created_at", now().strftime("%Y-%m-%d %H:%M:%S.%f")),
                 ("updated_at", now().strftime("%Y-%m-%d %H:%M:%S.%f"))])
            done(201, "Created")
        elif kind == "patient":
            start("POST", "/api/v1/intake/patients")
            proc("Intake::PatientsController#create")
            af = p["af"]
            addr = {"line1": P(af["street"], "address")}
            if af["street2"]:
                addr["line2"] = P(af["street2"], "address")
            addr["city"] = P(af["city"], "address")
            addr["region"] = af["region"]
            addr["postal_code"] = P(af["postal"], "zip") if af["postal"] else ""
            addr["country"] = af["country"]
            pat = {"first_name": P(p["first"], "name"), "last_name": P(p["last"], "name"),
                   "date_of_birth": P(iso(p["dob"]), "date"), "sex": p["sex"],
                   "email": P(p["email"], "email") if p["email"] else None,
                   "phone": P(p["phone"], "phone"), "preferred_language": p["lang"][0],
                   "address_attributes": addr, "referral_source": random.choice(["agent", "web", "embassy"])}
            if p["native"]:
                pat["native_name"] = P(p["native"], "name")
            if p["fax"]:
                pat["fax"] = P(p["fax"], "fax")
            if random.random() < 0.6:
                pat["national_id_attributes"] = {"kind": p["nid"][0], "value": P(p["nid"][1], "other_id"),
                                                 "issuing_country": p["cc2"]}
            l = rails("INFO", rid, pid).a("  Parameters: ")
            emit_rb(l, {"patient": pat, "ssn": "[FILTERED]"} if random.random() < 0.3 else {"patient": pat})
            out.append(l)
            done(201, "Created")
        elif kind == "visa":
            p = pick(lambda x: x in VISA_NEED)
            cid = random.randint(4100, 4800)
            start("PATCH", "/api/v1/visa_cases/%d" % cid)
            proc("Visa::CasesController#update")
            l = rails("INFO", rid, pid).a("  Parameters: ")
            today = now().date()
            if (p["arrival"] - today).days > 8:
                st, idate = "interview_scheduled", today + dt.timedelta(days=random.randint(1, (p["arrival"] - today).days - 6))
            else:
                st, idate = "visa_issued", today - dt.timedelta(days=random.randint(5, 20))
            vc = {"status": st, "ds160_confirmation": P(ds160(), "other_id"),
                  "interview_date": P(iso(idate), "date"),
                  "post": EMBASSIES[p["cc2"]].split(",")[0], "visa_class": "B2"}
            emit_rb(l, {"visa_case": vc, "id": str(cid)})
            out.append(l)
            done(200, "OK")
        else:
            start("POST", "/api/v1/intake/patients/%s/companions" % p["ips"])
            out[-1] = rails("INFO", rid, pid).a('Started POST "/api/v1/intake/patients/').p(p["ips"], "mrn").a(
                '/companions" for %s at %s +0000' % (ip, now().strftime("%Y-%m-%d %H:%M:%S")))
            proc("Intake::CompanionsController#create")
            c = p["comps"][0] if p["comps"] else None
            if c is None:
                p = NG
                c = NG["comps"][0]
            l = rails("INFO", rid, pid).a("  Parameters: ")
            cd = {"full_name": P(c["name"], "name"), "relationship": c["rel"]}
            if c.get("passport"):
                cd["passport_number"] = P(c["passport"], "other_id")
            cd["date_of_birth"] = P(iso(c["dob"]), "date")
            cd["phone"] = P(c["phone"], "phone")
            cd["needs_visa"] = p in VISA_NEED
            emit_rb(l, {"companion": cd, "patient_ips_id": P(p["ips"], "mrn")})
            out.append(l)
            done(201, "Created")
    else:
        kind = random.choice(["embassy", "list", "filtered", "routing", "stats"])
        if kind == "embassy":
            cc = random.choice(list(EMBASSIES))
            cc3 = {q["cc2"]: q["cc3"] for q in PEOPLE}[cc]
            start("GET", "/api/v1/embassies/%s/requirements?visa_class=B2" % cc3)
            proc("Visa::EmbassiesController#requirements")
            out.append(rails("INFO", rid, pid).a('  Parameters: {"visa_class"=>"B2", "country_code"=>"%s"}' % cc3))
            sql("Embassy Load", 'SELECT "embassies".* FROM "embassies" WHERE "embassies"."country_code" = $1 '
                'LIMIT $2', [("country_code", cc3), ("LIMIT", 1)])
            done(200, "OK")
        elif kind == "list":
            pg = random.randint(1, 6)
            start("GET", "/api/v1/visa_cases?status=pending&page=%d&per=25" % pg)
            proc("Visa::CasesController#index")
            out.append(rails("INFO", rid, pid).a('  Parameters: {"status"=>"pending", "page"=>"%d", "per"=>"25"}'
                                                 % pg))
            done(200, "OK", 20, 300)
        elif kind == "filtered":
            start("POST", "/api/v1/intake/passports")
            proc("Intake::PassportsController#create")
            out.append(rails("INFO", rid, pid).a('  Parameters: {"passport"=>"[FILTERED]", "patient_id"=>'
                                                 '"[FILTERED]", "scan_id"=>"%s"}' % ruuid()))
            if random.random() < 0.5:
                tick(0.01, 0.1)
                out.append(rails("ERROR", rid, pid).a("ActiveRecord::RecordInvalid (Validation failed: Number has "
                                                      "already been taken):"))
                done(422, "Unprocessable Entity")
            else:
                done(201, "Created")
        elif kind == "routing":
            path = random.choice(["/wp-login.php", "/.env", "/api/v1/../../etc/passwd", "/actuator/health"])
            start("GET", path)
            tick(0.001, 0.01)
            out.append(rails("FATAL", rid, pid).a("ActionController::RoutingError (No route matches [GET] \"%s\"):"
                                                  % path))
        else:
            start("GET", "/api/v1/dashboard/arrivals?from=2024-03-11&to=2024-03-17")
            proc("DashboardController#arrivals")
            out.append(rails("INFO", rid, pid).a('  Parameters: {"from"=>"2024-03-11", "to"=>"2024-03-17"}'))
            sql("Arrival Count", 'SELECT COUNT(*) FROM "arrivals" WHERE "arrivals"."eta" BETWEEN $1 AND $2',
                [("eta", "2024-03-11"), ("eta", "2024-03-17")])
            done(200, "OK")
    return out


def ev_sidekiq(phi):
    out = []
    tick(1, 50)
    jid, tid, pid = rhex(24), "".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4)), \
        random.choice([8, 9, 14])
    if phi:
        kind = random.choice(["letter", "letter", "retry", "reminder"])
        if kind == "letter":
            p = pick(lambda x: x in VISA_NEED)
            cls = "EmbassyLetterJob"
            out.append(sidekiq(cls, jid, tid, pid=pid).a("start"))
            tick(0.01, 0.3)
            ref = "MBMC/IPS/2024/%04d" % random.randint(280, 460)
            emb = EMBASSIES[p["cc2"]]
            out.append(sidekiq(cls, jid, tid, pid=pid).a('Rendering letter ref=%s template=us_b2_medical_v3 '
                                                        'locale=en addressee="Consular Section, %s" reply_fax="%s"'
                                                        % (ref, emb, HOSP_FAX)))
            tick(0.05, 0.6)
            l = sidekiq(cls, jid, tid, pid=pid).a("Subject: Request for B-2 visa appointment - %s. " % p["title"])
            l.p(p["full"], "name").a(", passport no. ").p(p["passport"], "other_id").a(", born ")
            l.p(p["dob"].strftime("%d %B %Y"), "date").a(", scheduled for %s consultation on " % p["dept"])
            l.p("%s %d, %d" % (p["appt"].strftime("%B"), p["appt"].day, p["appt"].year), "date")
            out.append(l)
            if random.random() < 0.5:
                tick(0.01, 0.1)
                l = sidekiq(cls, jid, tid, pid=pid).a("Home address block: ")
                l.segs(p["addr_native"] if p["addr_native"] and random.random() < 0.6 else p["addr"])
                out.append(l)
            for c in p["comps"]:
                if c.get("passport") and random.random() < 0.8:
                    tick(0.01, 0.1)
                    l = sidekiq(cls, jid, tid, pid=pid).a("Companion annex: ").p(c["name"], "name")
                    l.a(" (%s), passport " % c["rel"]).p(c["passport"], "other_id")
                    out.append(l)
            tick(0.2, 1.5)
            out.append(sidekiq(cls, jid, tid, pid=pid).a("Uploaded s3://mbmc-ips-letters/2024/03/%s.pdf (%d bytes) "
                                                        "signer=\"%s\"" % (ref.replace("/", "-"),
                                                                           random.randint(61000, 140000),
                                                                           random.choice(DOCTORS))))
            tick(0.01, 0.1)
            out.append(sidekiq(cls, jid, tid, pid=pid, elapsed=random.uniform(0.8, 4.5)).a("done"))
        elif kind == "reminder":
            p = pick()
            cls = "PickupReminderJob"
            out.append(sidekiq(cls, jid, tid, pid=pid).a("start"))
            tick(0.05, 0.5)
            l = sidekiq(cls, jid, tid, pid=pid).a("Reminder sent via whatsapp to ").p(p["e164"], "phone")
            l.a(" lang=%s flight=%s arrival=" % (p["lang"][0], p["flight"].replace(" ", ""))).p(iso(p["arrival"]),
                                                                                               "date")
            out.append(l)
            tick(0.01, 0.1)
            out.append(sidekiq(cls, jid, tid, pid=pid, elapsed=random.uniform(0.3, 1.9)).a("done"))
        else:
            p = pick()
            job = {"retry": True, "queue": "notifications", "class": "PickupReminderJob",
                   "args": [P(p["ips"], "mrn"), P(p["e164"], "phone"), P(iso(p["arrival"]), "date")],
                   "jid": jid, "created_at": round(now().timestamp() - 3.2, 3),
                   "enqueued_at": round(now().timestamp() - 0.4, 3)}
            sub = L("x")
            emit_json(sub, job)
            err = ("Twilio::REST::RestError: [HTTP 400] 21614 : Unable to create record: 'To' number is not a "
                   "valid mobile number")
            full = dict(job)
            full.update({"error_message": err, "error_class": "Twilio::REST::RestError",
                         "failed_at": round(now().timestamp(), 3), "retry_count": 0})
            l = L("sidekiq").a("%s pid=%d tid=%s WARN: " % (t_iso_ms(now()), pid, tid))
            l.a('{"context":"Job raised exception","job":')
            emit_json(l, full)
            l.a(',"jobstr":"').embed(sub, jesc).a('"}')
            out.append(l)
            tick(0.001, 0.01)
            out.append(L("sidekiq").a("%s pid=%d tid=%s WARN: %s" % (t_iso_ms(now()), pid, tid, err)))
            for fr in ["/usr/local/bundle/gems/twilio-ruby-6.12.1/lib/twilio-ruby/framework/rest/version.rb:185:"
                       "in `create'",
                       "/usr/local/bundle/gems/twilio-ruby-6.12.1/lib/twilio-ruby/rest/api/v2010/account/"
                       "message.rb:108:in `create'",
                       "/app/app/jobs/pickup_reminder_job.rb:22:in `perform'"][:random.randint(1, 3)]:
                out.append(L("sidekiq").a("%s pid=%d tid=%s WARN: %s" % (t_iso_ms(now()), pid, tid, fr)))
    else:
        cls = random.choice(["VisaStatusPollJob", "CurrencyRateSyncJob", "HotelAllotmentSyncJob",
                             "StaleDraftCleanupJob"])
        out.append(sidekiq(cls, jid, tid, pid=pid).a("start"))
        tick(0.2, 3)
        msg = {"VisaStatusPollJob": "polled %d cases via CEAC, %d status changes, 0 errors" % (
            random.randint(8, 40), random.randint(0, 4)),
            "CurrencyRateSyncJob": "stored %d rates base=USD as_of=2024-03-%02d source=openexchangerates" % (
            random.randint(28, 40), random.choice([8, 11])),
            "HotelAllotmentSyncJob": "Harborlight Hotel: %d rooms held 2024-03-18..2024-03-24 rate_code=MBMCMED" %
            random.randint(4, 14),
            "StaleDraftCleanupJob": "deleted %d draft letters older than 30 days (cutoff 2024-02-10)" %
            random.randint(0, 17)}[cls]
        out.append(sidekiq(cls, jid, tid, pid=pid).a(msg))
        tick(0.01, 0.2)
        out.append(sidekiq(cls, jid, tid, pid=pid, elapsed=random.uniform(0.2, 9)).a("done"))
    return out


def ev_mrz(phi):
    out = []
    tick(2, 60)
    scan = "scan_%s.jpg" % rhex(8)
    out.append(pylog("INFO", "passport_ocr.pipeline").a("doc=%s received from intake-api size=%dB dpi=%d" % (
        scan, random.randint(900000, 3200000), random.choice([300, 300, 600]))))
    tick(0.2, 0.9)
    if phi:
        p = pick()
        out.append(pylog("DEBUG", "passport_ocr.mrz").a("TD3 zone detected bbox=(%d, %d, %d, %d) conf=%.3f" % (
            random.randint(20, 60), random.randint(1100, 1300), random.randint(1600, 1700),
            random.randint(1350, 1450), random.uniform(0.9, 0.995))))
        (h, nm, pad), m = mrz_lines(p)
        tick(0.05, 0.2)
        out.append(pylog("DEBUG", "passport_ocr.mrz").a("L1='" + h).p(nm, "name").a(pad + "'"))
        l = pylog("DEBUG", "passport_ocr.mrz").a("L2='")
        emit_mrz2(l, m)
        l.a("'")
        out.append(l)
        out.append(pylog("INFO", "passport_ocr.mrz").a("check digits document=ok birth=ok expiry=ok "
                                                       "personal=ok composite=ok"))
        if random.random() < 0.7:
            l = pylog("INFO", "passport_ocr.pipeline").a("parsed ")
            emit_py(l, {"type": "P", "issuing_state": p["cc3"], "surname": P(p["mrz_s"], "name"),
                        "given_names": P(p["mrz_g"], "name"), "number": P(p["passport"], "other_id"),
                        "nationality": p["cc3"], "birth_date": P(p["dob"].strftime("%y%m%d"), "date"),
                        "sex": p["sex"], "expiry_date": p["pexp"].strftime("%y%m%d"), "valid_score": 100})
            out.append(l)
    else:
        r = random.random()
        if r < 0.35:
            out.append(pylog("WARNING", "passport_ocr.mrz").a("TD3 zone not found, retrying with rotation=%d" %
                                                              random.choice([90, 180, 270])))
            tick(0.3, 1.2)
            out.append(pylog("ERROR", "passport_ocr.pipeline").a("doc=%s rejected reason=NO_MRZ glare=%.2f "
                                                                 "blur=%.2f -> manual review queue" % (
                                                                     scan, random.uniform(0.3, 0.6),
                                                                     random.uniform(0.1, 0.5))))
        elif r < 0.7:
            out.append(pylog("WARNING", "passport_ocr.mrz").a("composite check digit mismatch (expected %d got %d), "
                                                              "falling back to VIZ fields" % (
                                                                  random.randint(0, 9), random.randint(0, 9))))
        else:
            out.append(pylog("INFO", "passport_ocr.model").a("tesseract 5.3.4 ocrb+mrz loaded in %dms, "
                                                             "onnx detector v1.7.2 (cpu)" % random.randint(200, 900)))
    return out


def ev_gop(phi):
    out = []
    tick(2, 60)
    reqid = rhex(16)
    if phi:
        p = pick(lambda x: x["plan"][1])
        d = {"request_id": reqid, "insurer": p["plan"][0], "member_id": P(p["plan"][1], "health_plan"),
             "group_no": p["plan"][2], "patient_name": P(p["full"], "name"), "dob": P(iso(p["dob"]), "date"),
             "age": age_val(p), "mrn": P(p["mrn"], "mrn"), "gop_amount": amount(), "currency": "USD",
             "admission_date": P(iso(p["appt"]), "date"), "valid_until": "2024-06-30",
             "pages": random.randint(1, 4)}
        if random.random() < 0.35:
            d["assistance_case"] = P("%s-%s" % (random.choice(["ALZ", "BGA", "AXA"]), random.randint(2400000, 2499999)),
                                     "other_id")
        out.append(structlog_json(d, "gop.received", "info", "gop.inbox"))
        if random.random() < 0.5:
            tick(0.05, 0.5)
            out.append(structlog_json({"request_id": reqid, "mrn": P(p["mrn"], "mrn"), "coverage": "inpatient",
                                       "deductible": random.choice([0, 500, 1000]), "copay_pct": 0,
                                       "exclusions": ["pre-existing", "experimental"]},
                                      "gop.coverage.mapped", "info", "gop.mapper"))
    else:
        r = random.random()
        if r < 0.4:
            out.append(structlog_json({"mailbox": "gop-inbox@" + HOSP_DOMAIN, "fetched": random.randint(0, 6),
                                       "duration_ms": random.randint(120, 2400)},
                                      "gop.inbox.poll", "info", "gop.inbox"))
        elif r < 0.7:
            l = L("uvicorn").a("INFO:     %s:%d - \"%s\" %s" % (
                priv_ip(), random.randint(30000, 65000),
                random.choice(["POST /v1/gop/letters HTTP/1.1", "GET /v1/gop/letters?status=pending HTTP/1.1",
                               "GET /healthz HTTP/1.1", "PUT /v1/gop/letters/%d/approve HTTP/1.1" %
                               random.randint(1000, 2000)]),
                random.choice(["200 OK", "201 Created", "200 OK", "409 Conflict"])))
            out.append(l)
        else:
            out.append(structlog_json({"request_id": reqid, "template": random.choice(
                ["allianz_gop_v2", "bupa_global_gop", "cigna_gop_2023", "axa_assist_gop"]),
                "confidence": round(random.uniform(0.7, 0.99), 2), "fields_missing": ["diagnosis_icd10"]},
                "gop.pdf.parsed", "warning", "gop.parser"))
    return out


def ev_celery(phi):
    out = []
    tick(2, 60)
    tid = ruuid()
    task = "translations.tasks.submit_to_vendor"
    out.append(celery("INFO", "MainProcess").a("Task %s[%s] received" % (task, tid)))
    tick(0.01, 0.3)
    if phi:
        p = pick(lambda x: x["lang"][0] != "eng")
        src = lang1(p)
        l = celery("INFO", "ForkPoolWorker-%d" % random.randint(1, 4)).a("%s[%s]: Submitting 3 files (%s words) "
                                                                         "%s->en vendor=LinguaMed files=" % (
                                                                             task, tid, "{:,}".format(
                                                                                 random.randint(2000, 14000)), src))
        ln, fn = p["mrz_s"].replace(" ", "-"), p["mrz_g"].split(" ")[0].capitalize()
        f1 = P.of([("discharge_summary_", None), (ln + "_" + fn, "name"), ("_", None),
                   (iso(D(2024, 3, 1) - dt.timedelta(days=random.randint(3, 110))), "date"), (".pdf", None)])
        f2 = P.of([("lab_results_", None), (iso(D(2024, 3, 9) - dt.timedelta(days=random.randint(0, 40))), "date"),
                   (".pdf", None)])
        f3 = P.of([("imaging_report_", None), (p["mrn"], "mrn"), (".pdf", None)])
        emit_py(l, [f1, f2, f3])
        out.append(l)
        tick(0.5, 3)
        l = celery("INFO", "ForkPoolWorker-%d" % random.randint(1, 4)).a(
            "Task %s[%s] succeeded in %.3fs: " % (task, tid, random.uniform(0.4, 4)))
        emit_py(l, {"job_id": "TRJ-24-%05d" % random.randint(3000, 3400), "mrn": P(p["mrn"], "mrn"),
                    "status": "submitted", "eta": "2024-03-%02dT17:00:00Z" % random.randint(13, 20)})
        out.append(l)
    else:
        if random.random() < 0.5:
            out[-1] = celery("INFO", "MainProcess").a("Task translations.tasks.poll_vendor_status[%s] received" % tid)
            tick(0.2, 2)
            l = celery("INFO", "ForkPoolWorker-%d" % random.randint(1, 4)).a(
                "Task translations.tasks.poll_vendor_status[%s] succeeded in %.3fs: " % (tid, random.uniform(0.2, 3)))
            emit_py(l, {"polled": random.randint(4, 20), "completed": random.randint(0, 4), "failed": 0})
            out.append(l)
        else:
            out[-1] = celery("INFO", "MainProcess").a("Scheduler: Sending due task poll-vendor-status "
                                                      "(translations.tasks.poll_vendor_status)")
            out[-1].family = "celery-beat"
            if random.random() < 0.5:
                tick(0.5, 2)
                out.append(celery("WARNING", "ForkPoolWorker-2").a(
                    "translations.tasks.fetch_deliverable[%s]: vendor returned 429, retry in %ds (job TRJ-24-%05d)"
                    % (tid, random.choice([30, 60, 120]), random.randint(3000, 3400))))
    return out


def ev_payments(phi):
    out = []
    tick(2, 60)
    th = "http-nio-8080-exec-%d" % random.randint(1, 10)
    if phi:
        p = pick()
        b = p["bank"]
        ref = "FT24071" + "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5))
        amt = amount()
        if b["kind"] in ("iban", "acct"):
            l = spring("INFO", th, "org.meridianbay.ips.payments.WireTransferService")
            l.a("MT103 received ref=%s uetr=%s amount=%s %s ordering_customer=\"/" % (ref, ruuid(), fmt_amt(amt),
                                                                                    b["ccy"]))
            l.p(b.get("iban") or b.get("acct"), "account").a(" ").p(p["upper"], "name")
            l.a("\" ordering_bic=%s beneficiary_acct=%s matched_patient=" % (b["bic"], HOSP_ACCT[0]))
            l.p(p["ips"], "mrn")
            out.append(l)
            if random.random() < 0.5:
                tick(0.01, 0.3)
                l = spring("INFO", th, "org.meridianbay.ips.payments.LedgerPostingService")
                l.a("Posted %s USD to deposit ledger acct=" % fmt_amt(amt if b["ccy"] == "USD" else amt * 0.27))
                l.p("PA-" + p["mrn"], "account").a(" fx_rate=%s source=%s" % (
                    "1.000000" if b["ccy"] == "USD" else "%.6f" % random.uniform(0.2, 1.3), b["ccy"]))
                out.append(l)
        else:
            l = spring("INFO", th, "org.meridianbay.ips.payments.CardPaymentService")
            l.a("Charge succeeded pi=pi_3Ox%s amount=%s %s card=%s ****%s payer=\"" % (
                rhex(10), fmt_amt(amt / 10), "USD", b["brand"], b["card"][-4:]))
            l.p(p["full"] if "guarantor" not in p else p["guarantor"]["name"], "name").a("\" patient=").p(p["ips"],
                                                                                                        "mrn")
            out.append(l)
            if random.random() < 0.4:
                tick(0.01, 0.1)
                l = spring("WARN", th, "org.meridianbay.ips.security.PciRedactionFilter")
                l.a("Unmasked PAN detected in request body field 'cardNumber' (value=").p(b["card"], "account")
                l.a(") - payload dropped from audit trail")
                out.append(l)
        if random.random() < 0.25 and "fundraiser" in p:
            tick(0.01, 0.3)
            l = spring("INFO", th, "org.meridianbay.ips.payments.FundingSourceService")
            l.a("Registered third-party funding source type=CROWDFUNDING url=").p(p["fundraiser"], "url")
            l.a(" patient=").p(p["ips"], "mrn")
            out.append(l)
    else:
        r = random.random()
        if r < 0.3:
            out.append(spring("INFO", "scheduling-1", "org.meridianbay.ips.payments.fx.FxRateRefresher").a(
                "Updated %d rates base=USD source=ECB asOf=2024-03-08 EURUSD=%.4f GBPUSD=%.4f USDJPY=%.2f" % (
                    random.randint(28, 34), random.uniform(1.085, 1.095), random.uniform(1.27, 1.29),
                    random.uniform(146.5, 148.2))))
        elif r < 0.55:
            out.append(spring("INFO", "scheduling-2", "org.meridianbay.ips.payments.ReconciliationJob").a(
                "Matched %d/%d incoming wires for value date 2024-03-11 (unmatched=%d, total=%s USD)" % (
                    random.randint(10, 17), 18, random.randint(1, 4), fmt_amt(random.uniform(90000, 600000)))))
        elif r < 0.75:
            out.append(spring("INFO", th, "org.meridianbay.ips.payments.WireTransferService").a(
                "Beneficiary verified acct=%s routing=%s bic=%s name=\"MERIDIAN BAY HEALTH SYSTEM OPERATING\"" %
                HOSP_ACCT))
        elif r < 0.9:
            out.append(spring("INFO", "swift-gw-1", "org.meridianbay.ips.payments.swift.SwiftGateway").a(
                "Session %d established with SAA host=%s:48002 lt=WFBIUS6SAXXX heartbeat=30s" % (
                    random.randint(1000, 9999), priv_ip())))
        else:
            out.append(spring("WARN", th, "org.meridianbay.ips.payments.WireTransferService").a(
                "MT103 ref=FT24071%s held for compliance screening (list=OFAC-SDN v2024.03.08) sla=4h" %
                "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5))))
    return out


def ev_interp(phi):
    out = []
    tick(2, 60)
    th = "http-nio-8081-exec-%d" % random.randint(1, 12)
    trace = {"traceId": rhex(32), "spanId": rhex(16)}
    if phi:
        p = pick(lambda x: x["lang"][0] != "eng")
        iname, iid = INTERPS[p["lang"][0]]
        ex = dict(trace)
        ex.update({"bookingId": "INT-240311-%04d" % random.randint(1, 200), "language": p["lang"][0],
                   "modality": random.choice(["IN_PERSON", "VIDEO", "IN_PERSON", "PHONE"]), "interpreterId": iid,
                   "interpreterName": iname, "patientName": P(p["full"], "name"),
                   "patientMrn": P(p["mrn"], "mrn"), "apptDate": P(iso(p["appt"]), "date"),
                   "apptStart": random.choice(["08:30", "09:30", "10:15", "13:00", "14:45"]),
                   "location": "%s Clinic %d%s" % (p["dept"], random.randint(1, 6), random.choice("ABC"))})
        if p["native"] and random.random() < 0.5:
            ex["patientNameNative"] = P(p["native"], "name")
        out.append(logback_json("Interpreter booking confirmed", "org.meridianbay.ips.interp.BookingService", th,
                                "INFO", ex))
        if p["comps"] and random.random() < 0.4:
            tick(0.01, 0.2)
            ex = dict(trace)
            ex.update({"bookingId": out[-1].text().split('"bookingId":"')[1][:15],
                       "attendee": P(p["comps"][0]["name"], "name"), "relationship": p["comps"][0]["rel"],
                       "role": "COMPANION"})
            out.append(logback_json("Additional attendee registered", "org.meridianbay.ips.interp.BookingService",
                                    th, "DEBUG", ex))
    else:
        r = random.random()
        ex = dict(trace)
        if r < 0.35:
            ex.update({"vendor": random.choice(["LanguageLine", "CyraCom", "GlobalSpeak"]),
                       "slotsSynced": random.randint(40, 400), "languages": random.randint(12, 60),
                       "durationMs": random.randint(300, 4000)})
            out.append(logback_json("Vendor availability sync completed", "org.meridianbay.ips.interp.VendorSync",
                                    "scheduling-1", "INFO", ex))
        elif r < 0.65:
            ex.update({"bookingId": "INT-240311-%04d" % random.randint(1, 200), "heldMinutes": 15})
            out.append(logback_json("Slot hold expired, releasing interpreter", "org.meridianbay.ips.interp.SlotHolds",
                                    "scheduling-2", "INFO", ex))
        else:
            lang = random.choice(["kaz", "uzb", "mon", "amh", "tir"])
            ex.update({"bookingId": "INT-240311-%04d" % random.randint(1, 200), "language": lang,
                       "escalatedTo": "LanguageLine", "staffNotified": random.choice(COORDS)[1] + "@" + HOSP_DOMAIN})
            out.append(logback_json("No in-house interpreter for language=%s; escalated" % lang,
                                    "org.meridianbay.ips.interp.BookingService", th, "WARN", ex))
    return out


JAVA_FRAMES = [
    "org.meridianbay.ips.interp.BookingService.confirm(BookingService.java:212)",
    "org.meridianbay.ips.interp.BookingController.create(BookingController.java:77)",
    "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
    "org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle("
    "ServletInvocableHandlerMethod.java:118)",
    "org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)",
    "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:174)",
    "org.meridianbay.ips.payments.ReconciliationJob.matchPayer(ReconciliationJob.java:141)",
    "org.meridianbay.ips.payments.ReconciliationJob.run(ReconciliationJob.java:88)",
    "org.springframework.scheduling.support.ScheduledMethodRunnable.run(ScheduledMethodRunnable.java:84)",
    "java.base/java.util.concurrent.FutureTask.runAndReset(FutureTask.java:358)",
    "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
    "org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:56)"]


def ev_jtrace(phi):
    out = []
    tick(2, 60)
    if phi:
        p = pick(lambda x: x["bank"]["kind"] in ("iban", "acct"))
        b = p["bank"]
        out.append(spring("ERROR", "scheduling-2", "org.meridianbay.ips.payments.ReconciliationJob").a(
            "Unmatched incoming wire, routing to manual queue"))
        l = L("java-stacktrace").a("org.meridianbay.ips.payments.UnmatchedPayerException: No patient matches "
                                   "ordering customer '").p(p["upper"], "name").a("' acct=")
        l.p(b.get("iban") or b["acct"], "account").a(" bic=%s" % b["bic"])
        out.append(l)
        frames = JAVA_FRAMES[6:10]
    else:
        kind = random.random()
        if kind < 0.5:
            out.append(spring("ERROR", "http-nio-8081-exec-%d" % random.randint(1, 12),
                              "org.meridianbay.ips.interp.BookingController").a(
                "Failed to confirm booking INT-240311-%04d" % random.randint(1, 200)))
            out.append(L("java-stacktrace").a("java.lang.IllegalStateException: Interpreter ITP-%04d already booked "
                                              "for overlapping slot 2024-03-%02dT%02d:00Z" % (
                                                  random.randint(10, 400), random.randint(12, 29),
                                                  random.randint(13, 20))))
            frames = JAVA_FRAMES[:6]
        else:
            out.append(spring("ERROR", "scheduling-1", "org.meridianbay.ips.payments.ReconciliationJob").a(
                "Reconciliation run aborted"))
            out.append(L("java-stacktrace").a("org.springframework.dao.DataAccessResourceFailureException: "
                                              "Unable to acquire JDBC Connection [HikariPool-1 - Connection is not "
                                              "available, request timed out after 30000ms.]"))
            frames = [JAVA_FRAMES[11], JAVA_FRAMES[10], JAVA_FRAMES[7], JAVA_FRAMES[8]]
    for f in frames[:random.randint(2, len(frames))]:
        out.append(L("java-stacktrace").a("\tat " + f))
    if random.random() < 0.4:
        out.append(L("java-stacktrace").a("\t... %d common frames omitted" % random.randint(12, 60)))
    return out


def hl7_prefix(chan):
    l = L("hl7-vxu")
    l.a("%s INFO  [%s] " % (t_py(now()), chan))
    return l


def ev_hl7(phi):
    out = []
    tick(2, 60)
    chan = "VXU_to_ImmuNet"
    ctl = "TRV%05d" % random.randint(400, 9000)
    t = now()
    out.append(hl7_prefix(chan).a("seg MSH|^~\\&|MBMC_TRAVEL|MBMC|IMMUNET|MDH|%s||VXU^V04^VXU_V04|%s|P|2.5.1|||ER|AL"
                                  "|||||Z22^CDCPHINVS" % (t.strftime("%Y%m%d%H%M%S"), ctl)))
    vac = random.choice(VACCINES)
    lot = random.choice(vac[5])
    if phi:
        p = pick()
        tick(0.001, 0.01)
        l = hl7_prefix(chan).a("seg PID|1||").p(p["mrn"], "mrn").a("^^^MBMC^MR~").p(p["passport"], "other_id")
        l.a("^^^%s^PPN||" % p["cc3"]).p("%s^%s" % (p["mrz_s"], p["mrz_g"].replace(" ", "^", 1)), "name")
        l.a("^^^^L||").p(p["dob"].strftime("%Y%m%d"), "date").a("|%s|||" % p["sex"])
        af = p["af"]
        l.p(af["street"], "address").a("^")
        if af["street2"]:
            l.p(af["street2"], "address")
        l.a("^").p(af["city"], "address").a("^%s^" % af["region"])
        if af["postal"]:
            l.p(af["postal"], "zip")
        l.a("^%s^H||" % p["cc3"]).p(p["phone"], "phone").a("^PRN^PH|||||||||||||||||%s" % p["cc3"])
        out.append(l)
        tick(0.001, 0.01)
        out.append(hl7_prefix(chan).a("seg ORC|RE||TRV-IM-%d^MBMC|||||||||1457398216^MARSH^HELEN^^^^^^NPI^L" %
                                      random.randint(80000, 99999)))
        tick(0.001, 0.01)
        d = t.strftime("%Y%m%d")
        hm = "%02d%02d00" % (t.hour, random.randint(0, 59))
        l = hl7_prefix(chan).a("seg RXA|0|1|").p(d, "date").a(hm + "|").p(d, "date").a(hm + "|")
        l.a("%s^%s^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001|1457398216^MARSH^HELEN|^^^MBMC_TRAVEL"
            "||||%s|%s|%s^%s^MVX|||CP|A" % (vac[2], vac[0], lot, "2025%02d%02d" % (random.randint(1, 12), 28),
                                          vac[3], vac[4]))
        out.append(l)
        if random.random() < 0.5:
            tick(0.001, 0.01)
            l = hl7_prefix(chan).a("seg OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|"
                                   "V01^Not VFC eligible^HL70064||||||F|||").p(d, "date").a(hm)
            out.append(l)
    else:
        tick(0.3, 2)
        out.append(hl7_prefix(chan).a("received ACK MSA|AA|%s control=%s latency=%dms" % (ctl, ctl,
                                                                                         random.randint(80, 900))))
        if random.random() < 0.4:
            out.append(hl7_prefix(chan).a("queue depth=%d errored=0 sent_today=%d" % (random.randint(0, 4),
                                                                                     random.randint(10, 80))))
    return out


def ev_icvp(phi):
    out = []
    tick(2, 60)
    vac = random.choice(VACCINES)
    if phi:
        r = random.random()
        if r < 0.75:
            p = pick(lambda x: not x["age"])
            yf = VACCINES[0]
            lot = random.choice(yf[5])
            given = now().date()
            cert = "US-MD-YF-2024-%06d" % random.randint(4000, 4999)
            l = django("INFO", "travelclinic.icvp", 142).a("ICVP issued cert=").p(cert, "other_id").a(" patient=")
            l.p(p["mrn"], "mrn").a(' name="').p("%s, %s" % (p["last"].upper(), p["first"]), "name")
            l.a('" vaccine=%s lot=%s given=' % (yf[0], lot)).p(iso(given), "date").a(" valid_from=")
            l.p(iso(given + dt.timedelta(days=10)), "date").a(' signed_by="%s" stamp=MD-YF-0117' % DOCTORS[0])
            out.append(l)
            if random.random() < 0.4:
                tick(0.05, 1)
                l = django("INFO", "travelclinic.pdf", 58).a("rendered icvp_").p(cert, "other_id")
                l.a(".pdf pages=1 template=WHO-ICVP-2005 passport_ref=")
                l.p(p["passport"], "other_id")
                out.append(l)
        else:
            p = pick(lambda x: x["age"])
            l = django("WARNING", "travelclinic.contraindications", 77).a("Yellow fever medical waiver issued patient=")
            l.p(p["mrn"], "mrn").a(" age=").p(str(p["age"]), "age").a(
                " reason=AGE_GE_60_RISK clinician=\"%s\" destination=BR,GH letter=WVR-%d" % (
                    DOCTORS[2], random.randint(300, 900)))
            out.append(l)
    else:
        r = random.random()
        lot = random.choice(vac[5])
        if r < 0.4:
            out.append(django("INFO", "travelclinic.inventory", 203).a(
                "lot recall check vaccine=\"%s\" lot=%s mvx=%s status=OK expiry=2025-%02d-30" % (
                    vac[0], lot, vac[3], random.randint(1, 12))))
        elif r < 0.7:
            out.append(django("WARNING", "travelclinic.inventory", 231).a(
                "stock below par vaccine=\"%s\" lot=%s remaining=%d par=%d" % (vac[0], lot, random.randint(0, 5), 10)))
        else:
            out.append(django("ERROR", "travelclinic.coldchain", 44).a(
                "fridge=TRV-FRIDGE-0%d temp=%.1fC threshold=8.0C excursion=00:%02d:%02d sensor=SN-TL-40%d" % (
                    random.randint(1, 3), random.uniform(8.1, 9.4), random.randint(1, 12), random.randint(0, 59),
                    random.randint(10, 99))))
    return out


def tfmt(level, logger):
    l = L("logfmt")
    l.a("time=%s level=%s logger=%s " % (now().strftime("%Y-%m-%dT%H:%M:%SZ"), level, logger))
    return l


def ev_transport(phi):
    out = []
    tick(2, 60)
    if phi:
        p = pick()
        if random.random() < 0.55:
            drv = random.choice(DRIVERS)
            pairs = [("msg", "pickup scheduled", None), ("booking", "TRN-240311-%03d" % random.randint(1, 90), None),
                     ("flight", p["flight"], None), ("arr_date", iso(p["arrival"]), "date"),
                     ("arr_time", random.choice(["07:05", "11:40", "15:20", "17:55", "21:10"]), None),
                     ("airport", random.choice(["IAD", "BWI"]), None), ("passenger", p["full"], "name"),
                     ("pax", str(1 + len(p["comps"])), None)]
            if p["comps"]:
                pairs.append(("companions", p["comps"][0]["name"], "name"))
            pairs += [("contact", p["e164"], "phone"), ("driver", drv[0], None), ("vehicle_plate", drv[1], None),
                      ("wheelchair", "true" if p["age"] else "false", None)]
            if p["age"]:
                pairs += [("assist", "WCHC", None), ("age", str(p["age"]), "age")]
            out.append(logfmt(tfmt("info", "transport.pickup"), pairs))
        else:
            h = random.choice(HOTELS)
            guest = p["comps"][0]["name"] if p["comps"] and random.random() < 0.5 else p["full"]
            ci = p["arrival"]
            co = p["appt"] + dt.timedelta(days=random.randint(4, 12))
            pairs = [("msg", "hotel booking confirmed", None), ("hotel", h[0], None),
                     ("conf", str(random.randint(80000000, 89999999)), None), ("guest", guest, "name"),
                     ("checkin", iso(ci), "date"), ("checkout", iso(co), "date"),
                     ("nights", str((co - ci).days), None), ("room", random.choice(["KING-ACC", "2QN", "STE-1BR"]),
                                                            None),
                     ("rate", "%.2f" % random.choice([149, 169, 189, 215]), None), ("currency", "USD", None),
                     ("billed_to", p["ips"], "mrn")]
            out.append(logfmt(tfmt("info", "transport.hotel"), pairs))
    else:
        r = random.random()
        if r < 0.35:
            pairs = [("msg", "flight status poll", None), ("flight", random.choice([q["flight"] for q in PEOPLE]), None),
                     ("status", random.choice(["SCHEDULED", "DEPARTED", "LANDED", "DELAYED"]), None),
                     ("sched", "15:20", None), ("est", "%02d:%02d" % (random.randint(14, 16), random.randint(0, 59)),
                                                None),
                     ("source", "aerodatabox", None), ("latency_ms", str(random.randint(80, 900)), None)]
        elif r < 0.65:
            h = random.choice(HOTELS)
            pairs = [("msg", "allotment sync", None), ("hotel", h[0], None), ("address", h[1], None),
                     ("blocked", str(random.randint(4, 16)), None), ("from", "2024-03-18", None),
                     ("to", "2024-03-24", None), ("rate_code", "MBMCMED", None)]
        else:
            pairs = [("msg", "driver roster loaded", None), ("drivers", str(random.randint(4, 8)), None),
                     ("shift", random.choice(["day", "evening"]), None),
                     ("dispatch_phone", HOSP_PHONE, None), ("vehicles", ",".join(d[1] for d in DRIVERS), None)]
        out.append(logfmt(tfmt("info", "transport." + pairs[0][1].split()[0]), pairs))
    return out


def ev_nginx(phi):
    out = []
    tick(1, 40)
    if phi:
        p = pick()
        ip = pub_ip()
        paths = ["/portal/api/v2/itinerary", "/portal/api/v2/documents", "/portal/api/v2/messages?unread=1",
                 "/portal/api/v2/payments/summary", "/portal/api/v2/visa/status"]
        for _ in range(random.randint(1, 2)):
            tick(0.1, 4)
            l = L("nginx").p(ip, "ip").a(" - - [%s] \"GET %s HTTP/2.0\" 200 %d \"https://portal.%s/\" \"%s\" "
                                        "rt=%.3f uid=" % (t_nginx(now()), random.choice(paths),
                                                          random.randint(300, 24000), HOSP_DOMAIN,
                                                          random.choice(UAS), random.uniform(0.01, 0.6)))
            l.p(p["user"], "other_id")
            out.append(l)
    else:
        r = random.random()
        ip = priv_ip()
        if r < 0.5:
            l = L("nginx").a("%s - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" rt=0.001 uid=-" %
                             (ip, t_nginx(now())))
        else:
            l = L("nginx").a("%s - - [%s] \"POST /webhooks/linguamed HTTP/1.1\" %d %d \"-\" \"LinguaMed-Webhooks/2.1\" "
                             "rt=%.3f uid=-" % (ip, t_nginx(now()), random.choice([200, 200, 204, 401]),
                                                random.randint(0, 80), random.uniform(0.01, 0.3)))
        out.append(l)
    return out


def ev_audit(phi):
    out = []
    tick(1, 50)
    coord = random.choice(COORDS)
    l = L("audit-kv").a("%s AUDIT actor=%s role=IPS_COORDINATOR " % (t_iso_ms(now()), coord[1]))
    if phi:
        p = pick()
        l.a("action=%s resource=Patient/" % random.choice(["READ", "READ", "UPDATE", "PRINT"])).p(p["mrn"], "mrn")
        l.a(" fields=%s outcome=SUCCESS src_ip=%s session=%s" % (
            random.choice(["passport,visa", "contact", "insurance", "itinerary", "translations"]), priv_ip(), rhex(12)))
    else:
        l.a("action=EXPORT resource=Report/%s rows=%d outcome=SUCCESS src_ip=%s session=%s" % (
            random.choice(["arrivals-weekly", "gop-expiring", "interpreter-utilization", "unmatched-wires"]),
            random.randint(5, 300), priv_ip(), rhex(12)))
    out.append(l)
    return out


def ev_postfix(phi):
    out = []
    tick(1, 50)
    qid = rhex(10).upper()
    host = "mx-out-01"
    pid = random.randint(20000, 29999)
    out.append(L("postfix").a("%s %s postfix/qmgr[1187]: %s: from=<noreply@%s>, size=%d, nrcpt=1 (queue active)" % (
        t_syslog(now()), host, qid, HOSP_DOMAIN, random.randint(4000, 90000))))
    tick(0.3, 2)
    l = L("postfix").a("%s %s postfix/smtp[%d]: %s: to=<" % (t_syslog(now()), host, pid, qid))
    if phi:
        p = pick(lambda x: x["email"])
        l.p(p["email"], "email")
    else:
        l.a(random.choice([c[1] for c in COORDS]) + "@" + HOSP_DOMAIN)
    l.a(">, relay=smtp.sendgrid.net[167.89.118.%d]:587, delay=%.1f, delays=%.2f/%.2f/%.2f/%.2f, dsn=2.0.0, "
        "status=sent (250 Ok: queued as %s)" % (random.randint(2, 90), random.uniform(0.5, 3), random.uniform(0, 0.2),
                                                random.uniform(0, 0.05), random.uniform(0.1, 0.6),
                                                random.uniform(0.2, 1.5), rhex(22)))
    out.append(l)
    if random.random() < 0.5:
        out.append(L("postfix").a("%s %s postfix/qmgr[1187]: %s: removed" % (t_syslog(now()), host, qid)))
    return out


def ev_sms(phi):
    out = []
    tick(1, 50)
    sid = "SM" + rhex(32)
    if phi:
        p = pick()
        l = spring("INFO", "notify-exec-%d" % random.randint(1, 4), "org.meridianbay.ips.notify.SmsDispatcher")
        l.a("queued sid=%s to=" % sid).p(p["e164"], "phone").a(" template=%s locale=%s segments=%d" % (
            random.choice(["pickup_reminder_v2", "appt_reminder_v5", "visa_docs_ready"]), lang1(p),
            random.randint(1, 3)))
        out.append(l)
    else:
        out.append(spring("INFO", "notify-cb-%d" % random.randint(1, 4), "org.meridianbay.ips.notify.SmsCallbacks").a(
            "delivery receipt sid=%s status=%s err=%s price=-0.0%d USD" % (
                sid, random.choice(["delivered", "delivered", "undelivered"]), random.choice(["0", "30003"]),
                random.randint(4, 9))))
    return out


def ev_kyc(phi):
    out = []
    tick(2, 60)
    vref = "vr_" + rhex(20)
    out.append(pylog("DEBUG", "urllib3.connectionpool").a(
        "https://api.idcheck-vendor.io:443 \"POST /v3/verifications HTTP/1.1\" 200 %d" % random.randint(1200, 9000)))
    if phi:
        p = pick()
        l = pylog("DEBUG", "kyc.client").a("response ")
        d = {"id": vref, "status": "approved",
             "document": {"type": "passport", "country": p["cc3"], "number": P(p["passport"], "other_id"),
                          "holder": P(p["mrz_g"] + " " + p["mrz_s"], "name")}}
        if random.random() < 0.5:
            d["face"] = {"match": round(random.uniform(0.85, 0.99), 3), "liveness": round(random.uniform(0.9, 1), 3),
                         "template_b64": P(tmpl_b64(random.choice([96, 128])), "biometric"), "algo": "arcface-r100"}
        else:
            d["portrait"] = P("data:image/jpeg;base64," + jpeg_b64(random.randint(150, 300)), "photo")
        emit_json(l, d, ascii_=True, sep=(", ", ": "))
        out.append(l)
    else:
        out.append(pylog("INFO", "kyc.service").a("verification %s decision=%s face_match=%.3f liveness=%.3f "
                                                  "vendor_latency=%dms" % (
                                                      vref, random.choice(["approved", "approved", "review"]),
                                                      random.uniform(0.8, 0.99), random.uniform(0.85, 1),
                                                      random.randint(400, 4000))))
    return out


def ev_device(phi):
    out = []
    tick(2, 60)
    th = "http-nio-8082-exec-%d" % random.randint(1, 8)
    if phi:
        r = random.random()
        if r < 0.5:
            p = pick(lambda x: x["device"] and x["device"][0] != "imei")
            dv = p["device"]
            l = spring("INFO", th, "org.meridianbay.ips.docs.TravelLetterGenerator")
            l.a("Airport security letter generated template=implant_tsa_v2 patient=").p(p["mrn"], "mrn")
            l.a(" device=\"%s\" serial=" % dv[1]).p(dv[2], "device").a(" implanted=").p(
                iso(D(2019, 6, 14) if p["key"] == "jp" else D(2021, 10, 2)), "date")
            out.append(l)
        elif r < 0.8:
            p = KR
            l = spring("INFO", th, "org.meridianbay.ips.mobile.DeviceRegistry")
            l.a("registered app device imei=").p(p["device"][2], "device").a(" platform=android app=3.8.0 patient=")
            l.p(p["ips"], "mrn")
            out.append(l)
        else:
            p = pick(lambda x: x["key"] in ("jp", "is", "et"))
            mac = "C4:7C:8D:%02X:%02X:%02X" % (random.randint(0, 255), random.randint(0, 255), random.randint(0, 255))
            l = spring("INFO", "ble-gw-1", "org.meridianbay.ips.rpm.WearableGateway")
            l.a("paired wearable model=Withings ScanWatch 2 mac=").p(mac, "device").a(" patient=").p(p["mrn"], "mrn")
            l.a(" gateway=%s fw=3.4.1" % priv_ip())
            out.append(l)
    else:
        out.append(spring("INFO", th, "org.meridianbay.ips.docs.TravelLetterGenerator").a(
            "Template cache refreshed: %d templates (implant_tsa_v2, fit_to_fly_v4, meds_carry_v3) in %dms" % (
                random.randint(8, 20), random.randint(20, 400))))
    return out


PARK_N = [0]


def ev_parking(phi):
    out = []
    tick(2, 60)
    rid, pid = rid_rails(), random.choice(RAILS_PIDS)
    if phi:
        PARK_N[0] += 1
        if PARK_N[0] % 2 == 1:
            g = ET["guarantor"]
            l = rails("INFO", rid, pid).a("ParkingPermitService issued permit=VP-%d plate=" % random.randint(20000, 20999))
            l.p(g["plate"], "vehicle").a(" state=MD vin=").p(g["vin"], "vehicle").a(' holder="').p(g["name"], "name")
            l.a('" dl=').p(g["licence"], "license").a(" garage=P3 days=9")
            out.append(l)
        else:
            p = GB
            l = rails("INFO", rid, pid).a("IdentityDocument verified kind=driving_licence issuer=DVLA number=")
            l.p(p["licence"], "license").a(" patient_id=").p(p["ips"], "mrn").a(" verifier=%s" % COORDS[0][1])
            out.append(l)
    else:
        out.append(rails("INFO", rid, pid).a("ParkingPermitService garage=P3 capacity=%d issued_today=%d "
                                             "shuttle_plates=%s" % (420, random.randint(5, 40),
                                                                    "/".join(d[1] for d in DRIVERS))))
    return out


def ev_kafka(phi):
    out = []
    tick(1, 40)
    th = "org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1"
    if phi:
        p = pick()
        l = spring("INFO", th, "org.meridianbay.ips.arrivals.ArrivalsConsumer")
        l.a("consumed intl.arrivals-v1 partition=%d offset=%d key=" % (random.randint(0, 5),
                                                                       random.randint(100000, 130000)))
        l.p(p["ips"], "mrn").a(" eventType=%s eta=" % random.choice(["ARRIVAL_CONFIRMED", "PICKUP_ASSIGNED",
                                                                     "HOTEL_CHECKED_IN"]))
        l.p(iso(p["arrival"]), "date").a("T%02d:%02d:00Z" % (random.randint(0, 23), random.choice([5, 20, 35, 50])))
        out.append(l)
    else:
        out.append(spring("INFO", th, "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator").a(
            "[Consumer clientId=consumer-ips-arrivals-1, groupId=ips-arrivals] Adding newly assigned partitions: "
            "intl.arrivals-v1-0, intl.arrivals-v1-1, intl.arrivals-v1-2"))
    return out


def ev_email_link(phi):
    """itinerary e-mail with personal portal link (url PHI)"""
    out = []
    tick(2, 60)
    p = pick(lambda x: x["email"])
    l = pylog("INFO", "ips.notify.email").a("sent itinerary template=itinerary_v3 to=").p(p["email"], "email")
    l.a(" link=").p("https://portal.%s/p/%s/itinerary?lang=%s" % (HOSP_DOMAIN, p["user"], lang1(p)), "url")
    l.a(" provider_msg_id=%s" % rhex(22))
    out.append(l)
    return out


PY_TB = [
    ["Traceback (most recent call last):",
     '  File "/app/gop/parsers/allianz.py", line 88, in parse_amount',
     '    return Decimal(raw.replace(",", ""))',
     "decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]"],
    ["Traceback (most recent call last):",
     '  File "/usr/local/lib/python3.11/site-packages/celery/app/trace.py", line 477, in trace_task',
     "    R = retval = fun(*args, **kwargs)",
     '  File "/app/translations/tasks.py", line 141, in fetch_deliverable',
     "    resp.raise_for_status()",
     "requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: "
     "https://api.linguamed.example/v2/jobs/TRJ-24-03188/deliverable"],
]


def ev_pytb(phi):
    tick(2, 60)
    tb = random.choice(PY_TB)
    out = [pylog("ERROR", "gop.parser" if "allianz" in tb[1] else "translations.tasks").a(
        "unhandled exception in %s" % ("parse_amount" if "allianz" in tb[1] else "fetch_deliverable"))]
    for ln in tb:
        out.append(L("py-traceback").a(ln))
    return out


def ev_infra(phi):
    tick(1, 90)
    t = now()
    r = random.randrange(12)
    if r == 0:
        return [L("klog").a('I%s %s       1 event.go:307] "Event occurred" object="ips/visa-intake-7c9f8d6b5-%s" '
                            'fieldPath="spec.containers{web}" kind="Pod" apiVersion="v1" type="Normal" '
                            'reason="Started" message="Started container web"' % (
                                t.strftime("%m%d"), t.strftime("%H:%M:%S.") + "%06d" % t.microsecond, rhex(5)))]
    if r == 1:
        return [spring("INFO", "main", "com.zaxxer.hikari.HikariDataSource").a("HikariPool-1 - Start completed.")]
    if r == 2:
        return [spring("INFO", "main", "org.meridianbay.ips.payments.PaymentsApplication").a(
            "Started PaymentsApplication in %.3f seconds (process running for %.3f)" % (random.uniform(6, 12),
                                                                                         random.uniform(12, 14)))]
    if r == 3:
        return [L("redis").a("1:M %s * Background saving started by pid %d" % (
            t.strftime("%d %b %Y %H:%M:%S.") + "%03d" % (t.microsecond // 1000), random.randint(1000, 9000)))]
    if r == 4:
        return [L("pgbouncer").a("%s UTC [1] LOG stats: %d xacts/s, %d queries/s, in %d B/s, out %d B/s, xact %d us, "
                                 "query %d us, wait %d us" % (t_spring(t), random.randint(5, 40),
                                                              random.randint(20, 200), random.randint(5000, 40000),
                                                              random.randint(20000, 200000), random.randint(500, 4000),
                                                              random.randint(100, 900), random.randint(0, 50)))]
    if r == 5:
        return [L("gunicorn").a("[%s +0000] [%d] [INFO] Booting worker with pid: %d" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), random.randint(7, 40), random.randint(7, 40)))]
    if r == 6:
        return [L("deploy").a("%s deploy %s v%d.%d.%d (sha %s) built 2024-03-08T22:14:09Z rolled out 3/3 replicas "
                              "by ci-bot" % (t_iso_ms(t), random.choice(["visa-intake", "gop-service", "payments",
                                                                         "interp-scheduler", "transport"]),
                                             2, random.randint(0, 20), random.randint(0, 9), rhex(7)))]
    if r == 7:
        return [L("syslog-cron").a("%s ips-batch-01 CRON[%d]: (ips) CMD (/opt/ips/bin/fx_snapshot.sh >> "
                                   "/var/log/ips/fx.log 2>&1)" % (t_syslog(t), random.randint(10000, 30000)))]
    if r == 8:
        return [L("jvm-gc").a("[%s+0000][info][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(1024M) "
                              "%.3fms" % (t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (t.microsecond // 1000),
                                          random.randint(100, 900), random.randint(400, 700), random.randint(120, 300),
                                          random.uniform(2, 20)))]
    if r == 9:
        return [L("puma").a("[%d] - Worker %d (PID: %d) booted in %.2fs, phase: 0" % (
            4117, random.randint(0, 3), random.choice(RAILS_PIDS), random.uniform(1, 4)))]
    if r == 10:
        return [L("certmon").a("%s certmon: certificate CN=portal.%s expires 2024-05-30T23:59:59Z (%d days), "
                               "issuer=R3 serial=04:%s" % (t_iso_ms(t), HOSP_DOMAIN, 80,
                                                            ":".join(rhex(2) for _ in range(8))))]
    return [L("celery-beat").a("[%s: INFO/Beat] Scheduler: Sending due task fx-snapshot "
                               "(payments.tasks.fx_snapshot)" % t_py(t))]


GTE_N = [0]


def ev_guarantee(phi):
    """self-pay financial guarantee for the Ethiopian patient (US-resident daughter as guarantor)"""
    out = []
    tick(2, 60)
    g = ET["guarantor"]
    if phi:
        GTE_N[0] += 1
        r = (0.1, 0.9, 0.5)[GTE_N[0] % 3]
        if r < 0.45:
            l = pylog("DEBUG", "billing.credit.precheck").a("bureau request ")
            emit_py(l, {"product": "PRECISE_ID", "subscriber": "MBMC-IPS", "name": P(g["name"], "name"),
                        "ssn": P(g["ssn"], "ssn"), "dob": P(iso(g["dob"]), "date"),
                        "address": P.of(g["addr"]), "phone": P(g["phone"], "phone"),
                        "permissible_purpose": "1B"})
            out.append(l)
            tick(0.5, 3)
            out.append(pylog("INFO", "billing.credit.precheck").a(
                "bureau response decision=PASS score=%d fraud_shield=0 ssn_last4=***-**-%s latency=%dms" % (
                    random.randint(640, 790), g["ssn"][-4:], random.randint(400, 2200))))
        elif r < 0.6:
            rid, pid = rid_rails(), random.choice(RAILS_PIDS)
            l = rails("INFO", rid, pid).a("  Parameters: ")
            emit_rb(l, {"guarantee": {"guarantor_name": P(g["name"], "name"), "relationship": g["rel"],
                                      "ssn": "[FILTERED]", "email": P(g["email"], "email"),
                                      "phone": P(g["phone"], "phone"), "deposit_usd": "25000.00",
                                      "patient_ips_id": P(ET["ips"], "mrn")}})
            out.append(l)
        else:
            l = spring("INFO", "http-nio-8080-exec-%d" % random.randint(1, 10),
                       "org.meridianbay.ips.payments.GuaranteeService")
            l.a("Guarantee GTE-%d signed via DocuSign envelope=%s guarantor=\"" % (random.randint(300, 700), ruuid()))
            l.p(g["name"], "name").a("\" ssn=").p(g["ssn"], "ssn").a(" patient=").p(ET["mrn"], "mrn")
            out.append(l)
    else:
        out.append(pylog("INFO", "billing.credit.precheck").a(
            "bureau connection pool ready endpoint=https://uat-us.experian.example/consumerservices size=4 "
            "subscriber=MBMC-IPS"))
    return out


def ev_fax(phi):
    out = []
    tick(2, 60)
    jid, tid = rhex(24), "".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4))
    cls = "FaxOutboundJob"
    out.append(sidekiq(cls, jid, tid).a("start"))
    tick(0.5, 4)
    if phi:
        p = JP
        doc = random.choice(["pre-visit questionnaire (ja) pages=4", "discharge instructions (ja) pages=6",
                             "anesthesia consent (ja/en) pages=3"])
        l = sidekiq(cls, jid, tid).a("sent %s to family fax " % doc).p(p["fax"], "fax")
        l.a(" (intl +81) patient=").p(p["ips"], "mrn").a(" provider=srfax status=SUCCESS")
        out.append(l)
    else:
        ins = random.choice([("Allianz Care", "+353 1 630 1301"), ("Bupa Global", "+44 1273 718 519"),
                             ("AXA Assistance", "+33 1 55 92 40 41"), ("Cigna Global", "+1 860 555 0197")])
        out.append(sidekiq(cls, jid, tid).a("sent GOP acknowledgement to %s fax %s from %s pages=%d "
                                            "provider=srfax status=SUCCESS" % (ins[0], ins[1], HOSP_FAX,
                                                                               random.randint(1, 3))))
    tick(0.01, 0.2)
    out.append(sidekiq(cls, jid, tid, elapsed=random.uniform(2, 30)).a("done"))
    return out


TZ = {"NG": "Africa/Lagos", "VN": "Asia/Ho_Chi_Minh", "CN": "Asia/Shanghai", "JP": "Asia/Tokyo",
      "SA": "Asia/Riyadh", "AE": "Asia/Dubai", "MX": "America/Mexico_City", "BR": "America/Sao_Paulo",
      "RU": "Europe/Moscow", "KZ": "Asia/Almaty", "IN": "Asia/Kolkata", "KE": "Africa/Nairobi",
      "HU": "Europe/Budapest", "KR": "Asia/Seoul", "GB": "Europe/London", "EG": "Africa/Cairo",
      "ET": "Africa/Addis_Ababa", "TR": "Europe/Istanbul", "IS": "Atlantic/Reykjavik"}


def ev_addr(phi):
    out = []
    tick(2, 60)
    if phi:
        p = pick(lambda x: x["addr_native"]) if random.random() < 0.4 else pick()
        src = p["addr_native"] if p["addr_native"] and random.random() < 0.5 else p["addr"]
        l = pylog("INFO", "geo.normalize").a('libpostal parse country=%s input="' % p["cc2"]).segs(src)
        l.a('" components=%d' % random.randint(4, 8))
        out.append(l)
        if p["af"]["postal"] and random.random() < 0.5:
            l = pylog("DEBUG", "geo.normalize").a("geocode city=").p(p["af"]["city"], "address").a(" postcode=")
            l.p(p["af"]["postal"], "zip").a(" provider=nominatim confidence=%.2f tz=%s" % (random.uniform(0.6, 0.99), TZ[p["cc2"]]))
            out.append(l)
    else:
        h = random.choice(HOTELS)
        out.append(pylog("INFO", "geo.normalize").a('libpostal parse country=US input="%s" components=5 '
                                                    '(partner address, cached)' % h[1]))
    return out


def ev_badge(phi):
    out = []
    tick(2, 60)
    th = "http-nio-8082-exec-%d" % random.randint(1, 8)
    if phi:
        p = pick(lambda x: x["comps"])
        c = p["comps"][0]
        l = spring("DEBUG", th, "org.meridianbay.ips.visitor.BadgePrintService")
        l.a("badge payload {visitor=").p(c["name"], "name").a(", role=COMPANION, patientMrn=").p(p["mrn"], "mrn")
        l.a(", photo=").p("data:image/png;base64," + png_b64(random.randint(120, 220)), "photo")
        l.a(", printer=LOBBY-ZEBRA-02}")
        out.append(l)
    else:
        out.append(spring("INFO", th, "org.meridianbay.ips.visitor.BadgePrintService").a(
            "printer LOBBY-ZEBRA-0%d status=READY labels_remaining=%d ip=%s" % (random.randint(1, 3),
                                                                               random.randint(40, 900), priv_ip())))
    return out


# ================================================================ driver

PHI_EVENTS = [(ev_rails, 10), (ev_sidekiq, 7), (ev_mrz, 5), (ev_gop, 6), (ev_celery, 5), (ev_payments, 7),
              (ev_interp, 6), (ev_jtrace, 2), (ev_hl7, 4), (ev_icvp, 4), (ev_transport, 7), (ev_nginx, 6),
              (ev_audit, 4), (ev_postfix, 3), (ev_sms, 3), (ev_kyc, 3), (ev_device, 3), (ev_parking, 1),
              (ev_kafka, 3), (ev_email_link, 2), (ev_guarantee, 1), (ev_addr, 4), (ev_badge, 1)]
NOPHI_EVENTS = [(ev_rails, 8), (ev_sidekiq, 5), (ev_mrz, 3), (ev_gop, 5), (ev_celery, 4), (ev_payments, 7),
                (ev_interp, 5), (ev_jtrace, 3), (ev_hl7, 3), (ev_icvp, 4), (ev_transport, 5), (ev_nginx, 5),
                (ev_audit, 3), (ev_postfix, 3), (ev_sms, 3), (ev_kyc, 2), (ev_device, 1), (ev_parking, 1),
                (ev_kafka, 2), (ev_pytb, 2), (ev_infra, 18), (ev_guarantee, 1), (ev_fax, 2), (ev_addr, 1),
                (ev_badge, 1)]


def wchoice(items):
    tot = sum(w for _, w in items)
    r = random.uniform(0, tot)
    for f, w in items:
        r -= w
        if r <= 0:
            return f
    return items[-1][0]


# rare identifier types are guaranteed to appear by scheduling these among the PHI events
MUST = [ev_fax, ev_parking, ev_guarantee, ev_badge, ev_device, ev_parking, ev_email_link, ev_kyc, ev_fax,
        ev_guarantee, ev_device, ev_kyc, ev_nginx]


def main():
    lines = []
    nphi_events = 0
    while len(lines) < N_LINES:
        nphi = sum(1 for l in lines if l.spans)
        want = (nphi / len(lines) if lines else 0) < TARGET_PHI_SHARE
        if want:
            nphi_events += 1
        if want and nphi_events % 9 == 4 and MUST:
            fn = MUST.pop(0)
        else:
            fn = wchoice(PHI_EVENTS if want else NOPHI_EVENTS)
        for l in fn(want):
            if len(lines) < N_LINES:
                lines.append(l)

    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as flog, open(lab_path, "wb") as flab:
        for i, l in enumerate(lines, 1):
            text = l.text()
            assert "\n" not in text and "\r" not in text, (i, text)
            raw = text.encode("utf-8")
            assert len(raw) <= 4000, (i, len(raw))
            prev = 0
            spans = []
            for s, e, cat, val in sorted(l.spans):
                assert s >= prev, ("overlap", i, text)
                assert raw[s:e] == val.encode("utf-8"), (i, s, e, val)
                prev = e
                spans.append({"s": s, "e": e, "cat": cat})
            flog.write(raw + b"\n")
            flab.write(json.dumps({"line": i, "family": l.family, "spans": spans}, ensure_ascii=False)
                       .encode("utf-8") + b"\n")


if __name__ == "__main__":
    main()
