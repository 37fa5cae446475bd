#!/usr/bin/env python3
"""Deterministic generator for a labeled PHI test corpus (id: cb).

Theme: "Genovea", a direct-to-consumer genomics / at-home lab-test company.
Writes cb.log and cb.labels.jsonl next to this file. Standard library only.
"""
import base64
import datetime as dt
import json
import os
import random
import string

ID = "cb"
N_LINES = 500
N_NOPHI = 275
SEED = 7

R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, text):
        self.buf += str(text).encode("utf-8")
        return self

    def p(self, value, cat):
        value = str(value)
        b = value.encode("utf-8")
        s = len(self.buf)
        self.buf += b
        e = len(self.buf)
        assert bytes(self.buf[s:e]) == b
        self.spans.append({"s": s, "e": e, "cat": cat, "_v": b})
        return self

    def finish(self):
        data = bytes(self.buf)
        assert b"\n" not in data and b"\r" not in data, data
        assert len(data) <= 4000, (self.family, len(data))
        last = 0
        for sp in self.spans:
            assert sp["s"] >= last, "overlap"
            assert data[sp["s"]:sp["e"]] == sp["_v"]
            assert sp["e"] > sp["s"]
            last = sp["e"]
        return data, [{"s": x["s"], "e": x["e"], "cat": x["cat"]} for x in self.spans]


class P:
    """A PHI value inside a structured object."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class Raw:
    """Pre-rendered JSON fragment (e.g. a number with fixed formatting)."""
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


class Seq:
    """A string value made of several parts, some PHI (e.g. 'Dr. visit for <name>')."""
    __slots__ = ("parts",)

    def __init__(self, *parts):
        self.parts = parts


def jstr_inner(s, ascii_only):
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def emit_json(L, obj, compact=True, ascii_only=False):
    """Serialize obj into L, labeling P values (string content only, not quotes)."""
    isep = "," if compact else ", "
    ksep = ":" if compact else ": "
    if isinstance(obj, dict):
        L.t("{")
        first = True
        for k, v in obj.items():
            if not first:
                L.t(isep)
            first = False
            L.t(json.dumps(k, ensure_ascii=ascii_only) + ksep)
            emit_json(L, v, compact, ascii_only)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(isep)
            emit_json(L, v, compact, ascii_only)
        L.t("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, (int, float)) and not isinstance(obj.v, bool):
            L.p(json.dumps(obj.v), obj.cat)
        else:
            L.t('"').p(jstr_inner(obj.v, ascii_only), obj.cat).t('"')
    elif isinstance(obj, Seq):
        L.t('"')
        for part in obj.parts:
            if isinstance(part, P):
                L.p(jstr_inner(part.v, ascii_only), part.cat)
            else:
                L.t(jstr_inner(part, ascii_only))
        L.t('"')
    elif isinstance(obj, Raw):
        L.t(obj.v)
    else:
        L.t(json.dumps(obj, ensure_ascii=ascii_only))


def emit_pyrepr(L, obj):
    """Python repr()-style dict (as Celery prints task kwargs)."""
    if isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(", ")
            L.t(repr(k) + ": ")
            emit_pyrepr(L, v)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(", ")
            emit_pyrepr(L, v)
        L.t("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, str):
            r = repr(obj.v)
            L.t(r[0]).p(r[1:-1], obj.cat).t(r[-1])
        else:
            L.p(repr(obj.v), obj.cat)
    else:
        L.t(repr(obj))


def logfmt_val(v):
    s = str(v)
    if s == "" or any(c in s for c in ' ="\\'):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"', True
    return s, False


def emit_logfmt(L, pairs):
    """pairs: list of (key, value) where value may be P. Spans exclude quotes."""
    for i, (k, v) in enumerate(pairs):
        if i:
            L.t(" ")
        L.t(k + "=")
        if isinstance(v, P):
            rendered, quoted = logfmt_val(v.v)
            if quoted:
                L.t('"').p(rendered[1:-1], v.cat).t('"')
            else:
                L.p(rendered, v.cat)
        else:
            L.t(logfmt_val(v)[0])


# ---------------------------------------------------------------- id helpers
def luhn_check_digit(payload):
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
    return luhn_check_digit(num[:-1]) == num[-1]


def card_number(prefix, length=16):
    body = prefix + "".join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
    n = body + luhn_check_digit(body)
    assert luhn_ok(n)
    return n


def imei():
    tac = R.choice(["35391110", "35875508", "86753103", "35290611", "01326300"])
    body = tac + "".join(R.choice(string.digits) for _ in range(6))
    return body + luhn_check_digit(body)


def npi():
    body = R.choice("12") + "".join(R.choice(string.digits) for _ in range(8))
    cd = luhn_check_digit("80840" + body)
    return body + cd


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1FU", "3AK", "1XK", "2HS", "1FT", "4V4"])
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" + R.choice("LMNPR") +
             R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(R.choice(string.digits) for _ in range(6)))
    total = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    v[8] = "X" if total % 11 == 10 else str(total % 11)
    s = "".join(v)
    assert len(s) == 17 and s[8] == ("X" if sum(VIN_MAP[c] * w for c, w in zip(s, VIN_W)) % 11 == 10
                                     else str(sum(VIN_MAP[c] * w for c, w in zip(s, VIN_W)) % 11))
    return s


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = string.digits
    AN = A + N
    pat = [("C",), A, AN, N, A, AN, N, A, A, N, N]
    out = R.choice("123456789")
    for grp in pat[1:]:
        out += R.choice(grp)
    return out


def iban_de():
    blz = "".join(R.choice(string.digits) for _ in range(8))
    acct = "".join(R.choice(string.digits) for _ in range(10))
    bban = blz + acct
    num = int(bban + "131400")  # D=13 E=14 + 00
    check = 98 - num % 97
    ib = "DE%02d%s" % (check, bban)
    rearr = ib[4:] + ib[:4]
    conv = "".join(str(ord(c) - 55) if c.isalpha() else c for c in rearr)
    assert int(conv) % 97 == 1
    return ib


def gtin14():
    body = "0" + "0812" + "".join(R.choice(string.digits) for _ in range(8))
    body = body[:13]
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - s % 10) % 10)


def ssn():
    while True:
        a = R.randint(100, 772)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


KIT_ALPH = "ACDEFGHJKLMNPQRTUVWXY34679"


def kit_code():
    a = "".join(R.choice(KIT_ALPH) for _ in range(4))
    b = "".join(R.choice(KIT_ALPH) for _ in range(4))
    return "GV-%s-%s" % (a, b)


# ---------------------------------------------------------------- people
FIRST = [("Ana", "F"), ("Søren", "M"), ("Oluwaseun", "M"), ("Mei-Ling", "F"), ("Tomás", "M"), ("Aoife", "F"),
         ("Rajesh", "M"), ("Zoë", "F"), ("Kwame", "M"), ("Yuki", "F"), ("Dmitri", "M"), ("Fatima", "F"),
         ("Mateo", "M"), ("Ingrid", "F"), ("Hamid", "M"), ("Leilani", "F"), ("Bao", "M"), ("Graciela", "F"),
         ("Einar", "M"), ("Nkechi", "F"), ("Wojciech", "M"), ("Priyanka", "F"), ("Cormac", "M"), ("Thandiwe", "F"),
         ("Jae-won", "M"), ("Marisol", "F"), ("Ilse", "F"), ("Desmond", "M")]
LAST = ["Kowalczyk", "Lindqvist", "Adeyemi", "Chen", "Ibáñez", "O'Sullivan", "Venkataraman", "Achterberg",
        "Mensah", "Takahashi", "Volkov", "Al-Masri", "Moreno-Díaz", "Dahl", "Rahimi", "Kahananui", "Nguyễn",
        "Fuentes", "Gunnarsson", "Okonkwo", "Wiśniewski", "Bhattacharya", "Ó Briain", "Dlamini", "Park",
        "Esquivel", "Vanderhoek", "Whitcombe"]
STREETS = ["Alder Creek Rd", "N Maple Ave", "Kestrel Ct", "W 14th St", "Orchard Hill Dr", "Calle Sombra",
           "Birchwood Ln", "SE Division St", "Harbor View Ter", "Quarry Rd", "Linden Pl", "E Magnolia Blvd",
           "Sandpiper Way", "Old Mill Rd", "Ridgecrest Cir", "Vía Tranquila", "Juniper St", "Foxglove Ave"]
CITIES = [("Tacoma", "WA", "984", "253"), ("Dayton", "OH", "454", "937"), ("Fresno", "CA", "937", "559"),
          ("Albuquerque", "NM", "871", "505"), ("Savannah", "GA", "314", "912"), ("Provo", "UT", "846", "801"),
          ("Lowell", "MA", "018", "978"), ("Boise", "ID", "837", "208"), ("Chattanooga", "TN", "374", "423"),
          ("Duluth", "MN", "558", "218"), ("El Paso", "TX", "799", "915"), ("Scranton", "PA", "185", "570"),
          ("Eugene", "OR", "974", "541"), ("Madison", "WI", "537", "608"), ("Flushing", "NY", "113", "718"),
          ("Hialeah", "FL", "330", "305"), ("Hilo", "HI", "967", "808"), ("Burlington", "VT", "054", "802")]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "protonmail.com", "hotmail.com", "comcast.net",
           "fastmail.fm", "aol.com"]
PUB_NETS = ["73", "24", "71", "98", "108", "174", "47", "66", "99", "68", "76", "107", "172.58", "96", "23"]


def ascii_fold(s):
    table = {"ø": "o", "á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ë": "e", "ễ": "e",
             "ś": "s", "Ó": "O", "Ø": "O", "'": "", " ": "", "-": ""}
    return "".join(table.get(c, c) for c in s)


def pub_ip():
    net = R.choice(PUB_NETS)
    parts = net.split(".")
    while len(parts) < 4:
        parts.append(str(R.randint(1, 254)))
    return ".".join(parts)


class Person:
    def __init__(self, idx):
        self.first, self.sex = FIRST[idx % len(FIRST)]
        self.last = LAST[(idx * 5 + 3) % len(LAST)]
        self.full = self.first + " " + self.last
        c = R.choice(CITIES)
        self.city, self.state, z3, self.area = c
        self.zip = z3 + "%02d" % R.randint(1, 99)
        self.zip4 = "%04d" % R.randint(1, 9999)
        self.street = "%d %s" % (R.randint(12, 9870), R.choice(STREETS))
        self.unit = R.choice(["", "", "", "Apt %d" % R.randint(1, 40), "Unit %s" % R.choice("ABCD"),
                              "#%d" % R.randint(100, 420)])
        self.phone_digits = self.area + "55501" + "%02d" % R.randint(0, 99)
        f = ascii_fold(self.first).lower()
        l = ascii_fold(self.last).lower()
        self.dob = dt.date(R.randint(1931, 2003), R.randint(1, 12), R.randint(1, 28))
        yy = str(self.dob.year)[2:]
        self.email = R.choice([f + "." + l, f[0] + l + yy, f + "_" + l[:4], l + "." + f + yy, f + l[0] + "%d" % R.randint(1, 99)]) \
            + "@" + R.choice(DOMAINS)
        self.username = R.choice([f + "." + l[0] + yy, f + "_" + l[:5], l[:6] + f[0] + yy, f + yy + l[0]])
        self.kits = [kit_code() for _ in range(R.choice([1, 1, 1, 2]))]
        self.pid = "GVP%07d" % R.randint(100000, 9999999)
        self.ip = pub_ip()
        self.ip6 = "2601:%x:%x:%x::%x" % (R.randint(0x100, 0xfff), R.randint(0x1000, 0xffff),
                                           R.randint(0x10, 0xffff), R.randint(1, 0xff))
        self.ssn = ssn()
        plan = R.choice(["aetna", "bcbs", "uhc", "medicare", "cigna"])
        self.payer = plan
        self.member = {"aetna": "W%09d" % R.randint(10 ** 8, 10 ** 9 - 1),
                       "bcbs": R.choice(["XEH", "ZGP", "JQU"]) + "%09d" % R.randint(10 ** 8, 10 ** 9 - 1),
                       "uhc": "%09d" % R.randint(10 ** 8, 10 ** 9 - 1),
                       "medicare": mbi(),
                       "cigna": "U%08d01" % R.randint(10 ** 7, 10 ** 8 - 1)}[plan]
        self.group = "%07d" % R.randint(100000, 9999999)
        pre = R.choice(["4", "4", "51", "55", "37"])
        self.card_brand = {"4": "visa", "51": "mastercard", "55": "mastercard", "37": "amex"}[pre]
        self.card = card_number(pre, 15 if pre == "37" else 16)
        self.dl = R.choice(["%s%07d" % (R.choice(string.ascii_uppercase), R.randint(10 ** 6, 10 ** 7 - 1)),
                            "%s%03d-%04d-%04d" % (R.choice(string.ascii_uppercase), R.randint(0, 999),
                                                  R.randint(0, 9999), R.randint(0, 9999)),
                            "%09d" % R.randint(10 ** 8, 10 ** 9 - 1)])
        self.reader = "GVR2-%07d" % R.randint(10 ** 5, 10 ** 7 - 1)
        self.mac = "F4:12:FA:%02X:%02X:%02X" % (R.randint(0, 255), R.randint(0, 255), R.randint(0, 255))
        self.imei = imei()
        self.handle = "%s%s-%04d" % (f[:3], l[:3], R.randint(0, 9999))
        self.billing = "BA%08d" % R.randint(10 ** 7, 10 ** 8 - 1)
        self.age_over = None

    def age_at(self, today):
        return today.year - self.dob.year - ((today.month, today.day) < (self.dob.month, self.dob.day))

    def phone(self, style=None):
        d = self.phone_digits
        style = style if style is not None else R.randint(0, 4)
        return ["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                "+1%s" % d, "%s.%s.%s" % (d[:3], d[3:6], d[6:]), "+1 %s-%s-%s" % (d[:3], d[3:6], d[6:])][style]


PEOPLE = [Person(i) for i in range(28)]
# a few very old customers (age > 89 at time of logs)
for i in (4, 17, 22):
    PEOPLE[i].dob = dt.date(R.randint(1928, 1933), R.randint(1, 12), R.randint(1, 28))
OLD = [PEOPLE[i] for i in (4, 17, 22)]

# relatives (for matching / family history), not necessarily customers in pool
RELATIVES = [Person(100 + i) for i in range(8)]
for i, rp in enumerate(RELATIVES):
    rp.first, rp.sex = FIRST[(i * 5 + 2) % len(FIRST)]
    rp.last = LAST[(i * 11 + 5) % len(LAST)]
    rp.full = rp.first + " " + rp.last

STAFF_COUNSELORS = [("Priya Raman", "priya.raman@genovea.com"), ("Helen Achebe", "h.achebe@genovea.com"),
                    ("Marcus Feld", "marcus.feld@genovea.com"), ("Sunniva Berg", "s.berg@genovea.com")]
STAFF_AGENTS = ["Tomasz K.", "Renata V.", "Jordan L.", "Ayesha M.", "Ben O."]
STAFF_TECHS = ["mbergstrom", "jkaur", "tnakamura", "ralvarez", "dpetrov"]
PHYSICIANS = [("Dr. Helena Okafor", npi(), "CA"), ("Dr. Samuel Whitfield", npi(), "TX"),
              ("Dr. Lucía Serrano", npi(), "NY"), ("Dr. Arjun Mehta", npi(), "FL")]
PHYS_FAX = {"CA": "(415) 555-0177", "TX": "(512) 555-0162", "NY": "(646) 555-0129", "FL": "(305) 555-0108"}
COMPANY_ADDR = ("Genovea Labs", "1450 Harbor Blvd", "Suite 300", "Redwood City", "CA", "94063")
COMPANY_PHONE = "+18885550199"
SKUS = [("GV-ANC-01", "Ancestry + Traits Kit"), ("GV-HLT-02", "Health + Ancestry Kit"),
        ("GV-LIP-10", "At-Home Lipid Panel"), ("GV-A1C-11", "HbA1c Test"), ("GV-THY-12", "Thyroid Panel"),
        ("GV-VITD-13", "Vitamin D Test"), ("GV-STI-20", "5-Panel STI Test")]
PRIV_NETS = ["10.42.%d.%d", "10.0.%d.%d", "172.20.%d.%d", "192.168.%d.%d", "10.96.%d.%d"]


def priv_ip():
    return R.choice(PRIV_NETS) % (R.randint(0, 31), R.randint(2, 250))


POD_ALPH = "bcdfghjklmnpqrstvwxz2456789"


def pod(name):
    rs = "".join(R.choice(POD_ALPH) for _ in range(R.choice([9, 10])))
    return "%s-%s-%s" % (name, rs, "".join(R.choice(POD_ALPH) for _ in range(5)))


# ---------------------------------------------------------------- time
T0 = dt.datetime(2024, 6, 11, 7, 58, 3, 114000, tzinfo=dt.timezone.utc)
NOW = [T0]


def tick():
    NOW[0] = NOW[0] + dt.timedelta(seconds=R.randint(0, 47), microseconds=R.randint(0, 999999))
    return NOW[0]


def ts_iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ts_iso_us(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_epoch_ms(t):
    return str(int(t.timestamp() * 1000))


def ts_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def fmt_date(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "d8":
        return d.strftime("%Y%m%d")
    if style == "long":
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if style == "short":
        return str(d.day) + d.strftime(" %b %Y")
    raise ValueError(style)


def person():
    # recently active people get reused more
    return R.choice(PEOPLE[:12]) if R.random() < 0.55 else R.choice(PEOPLE)


def near_date(t, lo, hi):
    return (t + dt.timedelta(days=R.randint(lo, hi))).date()


# ---------------------------------------------------------------- families
# each family: fn(L, t, phi) -> None ; must add spans iff phi

def f_shopify(L, t, phi):
    host = pod("shopify-webhooks")
    order_id = R.randint(5500000000000, 5599999999999)
    onum = R.randint(1800, 9999)
    sku, title = R.choice(SKUS)
    L.t('{"level":30,"time":' + ts_epoch_ms(t) + ',"pid":1,"hostname":"' + host + '","reqId":"req-' + hexs(4) + '",')
    if phi:
        c = person()
        obj = {"topic": "orders/create", "shop": "genovea-store.myshopify.com", "order_id": order_id,
               "order_number": onum, "buyer_email": P(c.email, "email"),
               "ship_to": {"name": P(c.full, "name"), "address1": P(c.street, "address"),
                           "address2": P(c.unit, "address") if c.unit else None,
                           "city": P(c.city, "address"), "province_code": c.state, "zip": P(c.zip, "zip"),
                           "country_code": "US", "phone": P(c.phone(), "phone") if R.random() < .6 else None},
               "line_items": [{"sku": sku, "title": title, "quantity": 1, "price": "%d.00" % R.choice([99, 129, 199, 69, 49])}],
               "total_price": "%d.00" % R.choice([99, 129, 199, 69, 49]), "currency": "USD",
               "financial_status": "paid"}
        if obj["ship_to"]["address2"] is None:
            del obj["ship_to"]["address2"]
        for k in [k for k, v in obj["ship_to"].items() if v is None]:
            del obj["ship_to"][k]
        msg = "order webhook accepted"
    else:
        topic = R.choice(["orders/fulfilled", "orders/paid", "products/update", "inventory_levels/update",
                          "orders/cancelled"])
        if topic.startswith("orders"):
            obj = {"topic": topic, "shop": "genovea-store.myshopify.com", "order_id": order_id,
                   "order_number": onum, "webhook_id": uuid4(), "api_version": "2024-04"}
        elif topic.startswith("products"):
            obj = {"topic": topic, "shop": "genovea-store.myshopify.com", "product_id": R.randint(8000000000000, 8999999999999),
                   "sku": sku, "webhook_id": uuid4(), "api_version": "2024-04"}
        else:
            obj = {"topic": topic, "shop": "genovea-store.myshopify.com", "inventory_item_id": R.randint(45000000000000, 45999999999999),
                   "available": R.randint(0, 4000), "location_id": 71234567890, "webhook_id": uuid4()}
        msg = R.choice(["webhook hmac verified", "duplicate webhook ignored"] +
                       (["order webhook accepted", "enqueued to orders-ingest"] if topic.startswith("orders") else
                        ["catalog sync scheduled"]))
    inner = Line("x")
    emit_json(inner, obj)
    data = bytes(inner.buf)[1:-1]
    off = len(L.buf) - 1
    L.t(data.decode("utf-8"))
    for sp in inner.spans:
        L.spans.append({"s": sp["s"] + off, "e": sp["e"] + off, "cat": sp["cat"], "_v": sp["_v"]})
    L.t(',"msg":"' + msg + '"}')


def f_django_kits(L, t, phi):
    logger = R.choice(["kits.views", "kits.activation", "kits.services.registration"])
    lineno = R.randint(40, 420)
    L.t("[" + ts_py(t) + "] " + ("INFO" if phi or R.random() < .7 else "WARNING") + " " + logger + ":" + str(lineno) + " ")
    if phi:
        c = person()
        v = R.randint(0, 4)
        if v == 0:
            L.t("kit activated kitCode=").p(R.choice(c.kits), "other_id").t(" customer_id=").p(c.pid, "mrn") \
             .t(" dob_provided=").p(fmt_date(c.dob, "iso"), "date").t(" sex_at_birth=" + c.sex + " consentee=self")
        elif v == 1:
            rel = R.choice(RELATIVES)
            L.t("activation on behalf of dependent kitCode=").p(R.choice(c.kits), "other_id") \
             .t(" purchaser=").p(c.email, "email").t(" consentee=\"").p(rel.full, "name") \
             .t("\" dob_provided=").p(fmt_date(rel.dob, "us"), "date").t(" relationship=parent")
        elif v == 2:
            L.t("activation rejected: dob_provided mismatch kitCode=").p(R.choice(c.kits), "other_id") \
             .t(" dob_provided=").p(fmt_date(c.dob + dt.timedelta(days=R.randint(1, 400)), "iso"), "date") \
             .t(" attempts=" + str(R.randint(2, 5)))
        elif v == 3:
            L.t("registration form saved user=").p(c.username, "other_id").t(" name=\"").p(c.full, "name") \
             .t("\" phone=").p(c.phone(1), "phone").t(" kit=").p(R.choice(c.kits), "other_id")
        else:
            L.t("kit code already bound kitCode=").p(R.choice(c.kits), "other_id").t(" bound_to=").p(c.pid, "mrn") \
             .t(" request_user=").p(c.email, "email")
    else:
        v = R.randint(0, 4)
        if v == 0:
            L.t("kit batch imported lot=LOT-24%02d-%03d count=%d sku=%s manufacturer=\"Spectrum DNA\"" %
                (t.month, R.randint(1, 300), R.choice([500, 1000, 2500]), R.choice(SKUS)[0]))
        elif v == 1:
            L.t("activation rate limit window reset bucket=kits:activate:%s remaining=%d" % (hexs(8), R.randint(20, 60)))
        elif v == 2:
            L.t("kitCode format validation failed value_len=%d pattern=^GV-[A-Z0-9]{4}-[A-Z0-9]{4}$ request_id=%s" %
                (R.randint(3, 9), uuid4()))
        elif v == 3:
            L.t("Loaded consent templates versions=[v4.1, v4.2, research-v2.0] locale=en-US,es-US")
        else:
            L.t("GET /api/v2/kits/lookup completed status=404 elapsed_ms=%d trace_id=%s" % (R.randint(3, 80), hexs(32)))


def f_consent(L, t, phi):
    pairs = [("time", ts_iso_ms(t)), ("level", "info"), ("svc", "consent-api"), ("pod", pod("consent-api"))]
    if phi:
        c = person()
        v = R.randint(0, 3)
        if v == 3:
            recip = R.choice(["Eastside Family Medicine", "Kaiser Permanente - Records", "self", "self"])
            faxv = R.choice(["(%s) 555-01%02d" % (c.area, R.randint(50, 99)), "+1%s55501%02d" % (c.area, R.randint(50, 99))])
            # a clinic's fax is not PHI; the customer's own fax is
            pairs += [("msg", "records release authorized"), ("customer_id", P(c.pid, "mrn")), ("recipient", recip),
                      ("fax_to", P(faxv, "fax") if recip == "self" else faxv),
                      ("scope", "genetic_health_reports"), ("expires_days", 90)]
        elif v == 0:
            pairs += [("msg", "consent recorded"), ("consentee", P(c.full, "name")),
                      ("kitCode", P(R.choice(c.kits), "other_id")), ("consent_version", "v4.2"),
                      ("research_opt_in", R.choice(["true", "false"])), ("biobank_opt_in", R.choice(["true", "false"])),
                      ("client_ip", P(R.choice([c.ip, c.ip, c.ip6]), "ip")), ("record_id", uuid4())]
        elif v == 1:
            pairs += [("msg", "research opt-out processed"), ("customer_id", P(c.pid, "mrn")),
                      ("email", P(c.email, "email")), ("withdraw_samples", "true"),
                      ("requested_via", R.choice(["portal", "support", "email"])), ("record_id", uuid4())]
        else:
            pairs += [("msg", "e-signature captured"), ("signer", P(c.full, "name")),
                      ("signed_dob", P(fmt_date(c.dob, "iso"), "date")), ("ua", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"),
                      ("ip", P(c.ip, "ip")), ("doc", "informed-consent-health-v4.2.pdf")]
    else:
        v = R.randint(0, 2)
        if v == 0:
            pairs += [("msg", "consent template cache warmed"), ("templates", 6), ("duration", "%dms" % R.randint(4, 90))]
        elif v == 1:
            pairs += [("msg", "irb protocol check"), ("protocol", "GV-IRB-2021-014"), ("status", "active"),
                      ("expires", "2025-03-31")]
        else:
            pairs += [("msg", "published consent_events batch"), ("topic", "consent.v1"), ("count", R.randint(1, 40)),
                      ("partition", R.randint(0, 11)), ("offset", R.randint(100000, 999999))]
    emit_logfmt(L, pairs)


def f_label(L, t, phi):
    host = pod("label-svc")
    carrier = R.choice(["USPS", "UPS", "FedEx"])
    trk = {"USPS": "9400" + "".join(R.choice(string.digits) for _ in range(18)),
           "UPS": "1Z" + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(6)) + "03" +
                  "".join(R.choice(string.digits) for _ in range(8)),
           "FedEx": "".join(R.choice(string.digits) for _ in range(12))}[carrier]
    L.t('{"name":"label-svc","hostname":"' + host + '","pid":1,"level":30,')
    if phi:
        c = person()
        direction = R.choice(["outbound", "outbound", "return"])
        obj = {"shipment_id": "shp_" + hexs(24), "direction": direction, "carrier": carrier,
               "service": R.choice(["GroundAdvantage", "Priority", "UPS Ground", "FEDEX_2_DAY"]),
               "tracking_code": trk}
        if direction == "outbound":
            obj["to_address"] = {"name": P(c.full, "name"), "street1": P(c.street, "address"),
                                 "city": P(c.city, "address"), "state": c.state,
                                 "zip": P(c.zip + ("-" + c.zip4 if R.random() < .4 else ""), "zip"), "country": "US"}
            obj["from_address"] = {"company": COMPANY_ADDR[0], "street1": COMPANY_ADDR[1], "street2": COMPANY_ADDR[2],
                                   "city": COMPANY_ADDR[3], "state": COMPANY_ADDR[4], "zip": COMPANY_ADDR[5]}
        else:
            obj["return_from_zip"] = P(c.zip, "zip")
            obj["kit_ref"] = P(R.choice(c.kits), "other_id")
            obj["to_address"] = {"company": "Genovea Lab Receiving", "street1": "2201 Bayshore Pkwy",
                                 "city": "Mountain View", "state": "CA", "zip": "94043"}
        obj["rate"] = "%.2f" % R.uniform(4.1, 14.9)
        msg = "label created"
    else:
        obj = {"shipment_id": "shp_" + hexs(24), "carrier": carrier, "tracking_code": trk,
               "status": R.choice(["in_transit", "delivered", "pre_transit", "out_for_delivery"]),
               "est_delivery_date": (t + dt.timedelta(days=R.randint(1, 5))).strftime("%Y-%m-%dT00:00:00Z"),
               "tracker_id": "trk_" + hexs(24)}
        msg = R.choice(["tracker updated", "label voided", "tracker updated", "batch manifest closed"])
    inner = Line("x")
    emit_json(inner, obj)
    data = bytes(inner.buf)[1:-1]
    off = len(L.buf) - 1
    L.t(data.decode("utf-8"))
    for sp in inner.spans:
        L.spans.append({"s": sp["s"] + off, "e": sp["e"] + off, "cat": sp["cat"], "_v": sp["_v"]})
    L.t(',"msg":"' + msg + '","time":"' + ts_iso_ms(t) + '","v":0}')


def lims_prefix(L, t, cls):
    L.t(t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000) +
        " [http-nio-8080-exec-%d] INFO  %s - " % (R.randint(1, 24), cls))


def f_lims(L, t, phi):
    plate = "PLT-%05d" % R.randint(400, 520)
    well = R.choice("ABCDEFGH") + "%02d" % R.randint(1, 12)
    sa = "SA-24-%07d" % R.randint(10000, 99999)
    if phi:
        c = person()
        kit = R.choice(c.kits)
        v = R.randint(0, 2)
        if v == 0:
            lims_prefix(L, t, "c.g.lims.accession.AccessionService")
            L.t("Accessioned tube ").p(kit.replace("-", ""), "other_id").t(" -> " + sa + " plate=" + plate +
                                                                           " well=" + well + " collected=") \
             .p(fmt_date(near_date(t, -9, -2), "iso"), "date").t(" matrix=saliva vol_ul=%d tech=%s" %
                                                                (R.randint(1200, 2200), R.choice(STAFF_TECHS)))
        elif v == 1:
            lims_prefix(L, t, "c.g.lims.accession.DiscrepancyHandler")
            L.t("Requisition name mismatch for kit ").p(kit, "other_id").t(": tube label=\"").p(c.last.upper() + ", " + c.first.upper(), "name") \
             .t("\" order=\"").p(c.full, "name").t("\" collection_date=").p(fmt_date(near_date(t, -8, -1), "us"), "date") \
             .t(" -> HOLD queue=accessioning-exceptions")
        else:
            lims_prefix(L, t, "c.g.lims.platemap.PlateMapImporter")
            L.t("row " + str(R.randint(2, 97)) + ": " + plate + "," + well + "," + sa + ",").p(kit.replace("-", ""), "other_id") \
             .t(",saliva,").p(fmt_date(near_date(t, -10, -2), "iso"), "date").t(",%s,%.1f" % (R.choice(["PASS", "PASS", "LOWVOL"]), R.uniform(8, 95)))
    else:
        v = R.randint(0, 3)
        if v == 0:
            lims_prefix(L, t, "c.g.lims.platemap.PlateMapImporter")
            L.t("row %d: %s,%s,%s,%s,%s,,NTC,0.0" % (R.randint(2, 97), plate, well, "CTRL-NTC-%03d" % R.randint(1, 200), "-", "blank")) \
                if R.random() < .5 else L.t("plate %s sealed wells=96 controls=[A01:NA12878,H12:NTC] operator=%s" % (plate, R.choice(STAFF_TECHS)))
        elif v == 1:
            lims_prefix(L, t, "c.g.lims.instrument.HamiltonBridge")
            L.t("Run STAR-%04d method=DNA_EXTRACT_v7 plate=%s status=COMPLETE duration=%dm%02ds" %
                (R.randint(100, 9999), plate, R.randint(40, 95), R.randint(0, 59)))
        elif v == 2:
            lims_prefix(L, t, "c.g.lims.accession.AccessionService")
            L.t("Accession batch closed batch=ACB-%s-%02d accessioned=%d exceptions=%d" %
                (t.strftime("%Y%m%d"), R.randint(1, 12), R.randint(40, 380), R.randint(0, 9)))
        else:
            lims_prefix(L, t, "c.g.lims.qc.QuantService")
            L.t("Quant %s %s %s conc_ng_ul=%.2f a260_280=%.2f result=%s" %
                (plate, well, sa, R.uniform(2, 80), R.uniform(1.6, 2.1), R.choice(["PASS", "PASS", "FAIL_LOW_CONC"])))


def f_nextflow(L, t, phi):
    L.t(t.strftime("%b-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000) + " ")
    proc = R.choice(["ALIGN_BWA_MEM2", "MARK_DUPLICATES", "GATK_HAPLOTYPECALLER", "IMPUTE_BEAGLE", "ANCESTRY_ADMIX",
                     "FASTQC", "QC_CONTAMINATION", "PRS_SCORE"])
    tag = "%s/%s" % (hexs(2), hexs(6))
    if phi:
        c = person()
        kit = R.choice(c.kits).replace("-", "")
        if R.random() < .5:
            L.t("[Task submitter] INFO  nextflow.Session - [" + tag + "] Submitted process > " + proc + " (SA-24-%07d_" % R.randint(10000, 99999)) \
             .p(kit, "other_id").t(")")
        else:
            L.t("[Task monitor] WARN  nextflow.processor.TaskProcessor - [" + proc + " (").p(kit, "other_id") \
             .t(")] Process exited with status 137 -- retrying attempt 2; workdir=s3://gv-nf-work/%s/%s" % (hexs(2), hexs(30)))
    else:
        v = R.randint(0, 3)
        if v == 0:
            L.t("[Task submitter] INFO  nextflow.Session - [" + tag + "] Submitted process > " + proc + " (SA-24-%07d)" % R.randint(10000, 99999))
        elif v == 1:
            L.t("[Task monitor] INFO  nextflow.processor.TaskProcessor - [" + tag + "] Task completed > " + proc +
                " (batch_%s_%02d) exit=0 duration=%dm %ds" % (t.strftime("%y%m%d"), R.randint(1, 20), R.randint(1, 80), R.randint(0, 59)))
        elif v == 2:
            L.t("[main] INFO  nextflow.cli.CmdRun - Launching `genovea/wgs-lowpass` [%s_%s] DSL2 - revision: %s [v3.%d.%d]" %
                (R.choice(["sleepy", "golden", "mad", "furious", "elegant"]), R.choice(["curie", "darwin", "lovelace", "hopper"]),
                 hexs(10), R.randint(0, 9), R.randint(0, 20)))
        else:
            L.t("[AWSBatch-executor] DEBUG n.c.aws.batch.AwsBatchTaskHandler - [AWS BATCH] Job id=%s queue=gv-spot-queue status=RUNNABLE" % uuid4())


def f_cromwell(L, t, phi):
    assert not phi
    wf = uuid4()
    L.t(ts_py(t) + " cromwell-system-akka.dispatchers.engine-dispatcher-%d INFO  - " % R.randint(3, 60))
    v = R.randint(0, 3)
    if v == 0:
        L.t("WorkflowManagerActor: Successfully started WorkflowActor-" + wf)
    elif v == 1:
        L.t("%s-SubWorkflowActor-SubWorkflow-Imputation:-1:1 [UUID(%s)]: Job results retrieved (CallCached): 'Imputation.beagle' (scatter %d)" %
            (wf, wf[:8], R.randint(0, 22)))
    elif v == 2:
        L.t("WorkflowExecutionActor-%s [UUID(%s)]: Workflow GenoveaArray complete. Final Outputs:" % (wf, wf[:8]))
    else:
        L.t("BackgroundConfigAsyncJobExecutionActor [UUID(%s)Array.call_snps:%d:1]: Status change from Running to Done" % (wf[:8], R.randint(0, 95)))


def f_release(L, t, phi):
    # structlog JSON (python, ascii escapes), timestamp+level appended last
    if phi:
        c = person()
        v = R.randint(0, 2)
        if v == 0:
            obj = {"event": "results_released", "customer_id": P(c.pid, "mrn"),
                   "report": R.choice(["ancestry_v3", "carrier_status_v2", "lipid_panel", "hba1c", "brca_selected"]),
                   "report_id": uuid4(), "portal_url": Seq("https://my.genovea.com/u/", P(c.username, "other_id"), "/reports"),
                   "notify": "email"}
        elif v == 1:
            obj = {"event": "release_notification_sent", "to": P(c.email, "email"), "template": "results_ready_v5",
                   "from": "noreply@genovea.com", "ses_message_id": "0100018f%s-%s-000000" % (hexs(8), uuid4())}
        else:
            obj = {"event": "release_held_for_review", "customer_id": P(c.pid, "mrn"), "patient_name": P(c.full, "name"),
                   "reason": "pathogenic_variant_gc_required", "gene": R.choice(["BRCA1", "BRCA2", "MLH1", "APOE"]),
                   "share_link": Seq("https://my.genovea.com/share/", P(c.username, "other_id"), "?t=" + hexs(16))}
    else:
        v = R.randint(0, 2)
        if v == 0:
            obj = {"event": "release_batch_started", "batch_id": "rel-%s-%03d" % (t.strftime("%Y%m%d"), R.randint(1, 200)),
                   "eligible": R.randint(10, 400), "held": R.randint(0, 12)}
        elif v == 1:
            obj = {"event": "pdf_rendered", "report_id": uuid4(), "pages": R.randint(4, 40), "renderer": "weasyprint 61.2",
                   "elapsed_ms": R.randint(300, 4000)}
        else:
            obj = {"event": "release_notification_sent", "to_hash": "sha256:" + hexs(16), "template": "results_ready_v5",
                   "from": "noreply@genovea.com", "ses_message_id": "0100018f%s-%s-000000" % (hexs(8), uuid4())}
    obj["logger"] = "results.release"
    obj["level"] = "info"
    obj["timestamp"] = ts_iso_us(t)
    emit_json(L, obj, compact=False, ascii_only=True)


def f_match(L, t, phi):
    pairs = [("time", ts_iso_ms(t).replace("Z", "+00:00")), ("level", "INFO"), ("caller", "matcher/ibd.go:%d" % R.randint(80, 400))]
    if phi:
        a = person()
        b = R.choice(RELATIVES + PEOPLE)
        while b is a:
            b = R.choice(RELATIVES)
        v = R.randint(0, 2)
        rel = R.choice(["parent/child", "full sibling", "1st cousin", "2nd cousin", "3rd-4th cousin", "half sibling", "aunt/uncle"])
        if v == 0:
            pairs += [("msg", "new relative match"), ("subject", P(a.handle, "other_id")), ("match", P(b.handle, "other_id")),
                      ("predicted", rel), ("shared_cm", "%.1f" % R.uniform(20, 3400)), ("segments", R.randint(2, 60)),
                      ("match_display_name", P(b.full, "name"))]
        elif v == 1:
            pairs += [("msg", "match notification queued"), ("recipient", P(a.email, "email")),
                      ("match_name", P(b.first + " " + b.last[0] + ".", "name")), ("predicted", rel)]
        else:
            pairs += [("msg", "family tree node linked"), ("owner", P(a.handle, "other_id")), ("node_name", P(b.full, "name")),
                      ("node_birth", P(fmt_date(b.dob, "iso"), "date")), ("node_place", P(b.city, "address"))]
            if R.random() < .5:
                pairs += [("node_death", P(fmt_date(near_date(t, -6000, -300), "iso"), "date"))]
    else:
        v = R.randint(0, 2)
        if v == 0:
            pairs += [("msg", "ibd shard complete"), ("shard", "%d/%d" % (R.randint(1, 64), 64)), ("pairs", R.randint(10 ** 6, 10 ** 8)),
                      ("elapsed", "%.2fs" % R.uniform(30, 900))]
        elif v == 1:
            pairs += [("msg", "redis pipeline flush"), ("keys", R.randint(100, 9000)), ("addr", priv_ip() + ":6379")]
        else:
            pairs += [("msg", "threshold config loaded"), ("min_cm", 9), ("min_segments", 1), ("model", "hapibd-1.0.2")]
    emit_logfmt(L, pairs)


def f_calendly(L, t, phi):
    L.t(ts_iso_ms(t) + " info: [calendly-hook] ")
    cname, cemail = R.choice(STAFF_COUNSELORS)
    ev_uuid = "".join(R.choice(string.ascii_uppercase) for _ in range(16))
    start = (t + dt.timedelta(days=R.randint(1, 21))).replace(hour=R.choice([14, 15, 16, 17, 18, 19, 20, 21]),
                                                              minute=R.choice([0, 30]), second=0, microsecond=0)
    end = start + dt.timedelta(minutes=R.choice([30, 45]))
    if phi:
        c = person()
        ev = R.choice(["invitee.created", "invitee.created", "invitee.canceled"])
        payload = {"email": P(c.email, "email"), "name": P(c.full, "name"), "status": "active" if ev == "invitee.created" else "canceled",
                   "timezone": R.choice(["America/Los_Angeles", "America/Chicago", "America/New_York", "Pacific/Honolulu"]),
                   "scheduled_event": {"name": "Genetic Counseling Session (Results Review)",
                                       "start_time": P(start.strftime("%Y-%m-%dT%H:%M:%S.000000Z"), "date"),
                                       "end_time": P(end.strftime("%Y-%m-%dT%H:%M:%S.000000Z"), "date"),
                                       "event_memberships": [{"user_email": cemail, "user_name": cname}],
                                       "location": {"type": "zoom", "join_url": "https://zoom.us/j/%d" % R.randint(8 * 10 ** 9, 9 * 10 ** 9)}},
                   "questions_and_answers": [
                       {"question": "Best phone number", "answer": P(c.phone(), "phone"), "position": 0},
                       {"question": "Kit code (on the tube)", "answer": P(R.choice(c.kits), "other_id"), "position": 1}],
                   "tracking": {"utm_source": "portal", "utm_campaign": None},
                   "uri": "https://api.calendly.com/scheduled_events/%s/invitees/%s" % (ev_uuid, "".join(R.choice(string.ascii_uppercase) for _ in range(16)))}
        if R.random() < .5:
            payload["questions_and_answers"].append(
                {"question": "Case number (if you have one)", "answer": P("GC-24-%05d" % R.randint(100, 2000), "other_id"), "position": 2})
        obj = {"event": ev, "created_at": ts_iso_us(t), "payload": payload}
    else:
        ev = R.choice(["routing_form_submission.created", "webhook.ping", "user.availability_updated"])
        if ev == "user.availability_updated":
            obj = {"event": ev, "created_at": ts_iso_us(t), "payload": {"user_email": cemail, "user_name": cname,
                   "rules": [{"type": "wday", "wday": R.choice(["monday", "tuesday", "thursday"]), "intervals": [{"from": "09:00", "to": "13:00"}]}]}}
        else:
            obj = {"event": ev, "created_at": ts_iso_us(t), "payload": {"organization": "https://api.calendly.com/organizations/%s" % ev_uuid}}
    emit_json(L, obj)


def f_support(L, t, phi):
    L.t(ts_iso_ms(t) + " [support-bridge] ")
    tid = R.randint(40000, 69999)
    agent = R.choice(STAFF_AGENTS)
    if phi:
        c = person()
        v = R.randint(0, 6)
        L.t("info: ticket.created id=%d channel=%s " % (tid, R.choice(["email", "web", "chat"])))
        L.t("requester=").p(c.email, "email").t(" subject=")
        if v == 0:
            L.t('"Kit ').p(R.choice(c.kits), "other_id").t(' says already registered" body="Hi, I\'m ').p(c.full, "name") \
             .t(', DOB ').p(fmt_date(c.dob, "us"), "date").t(', my kit wont activate. call me at ').p(c.phone(0), "phone").t('"')
        elif v == 1:
            o = R.choice(OLD)
            age = o.age_at(t.date())
            L.t('"Gift kit for grandmother" body="Ordering for my ').p(str(age), "age").t('-year-old grandmother ').p(o.full, "name") \
             .t(', can it ship to ').p(o.street, "address").t(', ').p(o.city, "address").t(', ' + o.state + ' ').p(o.zip, "zip").t('?"')
        elif v == 2:
            L.t('"Change shipping address" body="Please send to ').p(c.street + (", " + c.unit if c.unit else ""), "address") \
             .t(' ').p(c.city, "address").t(' ' + c.state + ' ').p(c.zip, "zip").t(' instead. Order #%d"' % R.randint(1800, 9999))
        elif v == 3:
            L.t('"Insurance receipt" body="need itemized receipt for HSA. member id ').p(c.member, "health_plan") \
             .t(' group %s, my SSN is ' % c.group).p(c.ssn, "ssn").t(' if you need it"')
        elif v == 4:
            L.t('"Paper copy of results" body="I don\'t use email, please fax my report to my home fax ').p(
                R.choice(["(%s) 555-01%02d" % (c.area, R.randint(50, 99)), "%s-555-01%02d" % (c.area, R.randint(50, 99))]), "fax") \
             .t('. Name ').p(c.full, "name").t(' DOB ').p(fmt_date(c.dob, "short"), "date").t('. Company line is %s per your site"' % COMPANY_PHONE)
        elif v == 5:
            L.t('"Refund" body="refund to account ').p(iban_de() if R.random() < .4 else "%d" % R.randint(10 ** 9, 10 ** 12), "account") \
             .t(' routing 021000021 please, thanks ').p(c.first, "name").t('"')
        else:
            plate = R.choice(["%d%s%03d" % (R.randint(5, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), R.randint(0, 999)),
                              "%s-%04d" % ("".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), R.randint(0, 9999)),
                              "%s %04d" % ("".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), R.randint(0, 9999))])
            L.t('"Mobile draw appt" body="I\'ll be in the parking lot, %s %s plate ' % (
                R.choice(["grey", "white", "dark blue", "red"]), R.choice(["RAV4", "Civic", "F-150", "Outback", "Model 3"]))) \
             .p(plate, "vehicle").t('. Address ').p(c.street, "address").t('"')
        L.t(" assignee=\"" + agent + "\"")
    else:
        v = R.randint(0, 3)
        if v == 0:
            L.t("info: ticket.updated id=%d status=%s assignee=\"%s\" sla_breach=false tags=[kit_activation,tier1]" %
                (tid, R.choice(["pending", "solved", "open"]), agent))
        elif v == 1:
            L.t("info: macro applied id=%d macro=\"Replacement kit - damaged tube\" by=\"%s\" replacement_order=#%d" %
                (tid, agent, R.randint(1800, 9999)))
        elif v == 2:
            L.t("warn: zendesk API 429 retry_after=%ds endpoint=/api/v2/tickets/update_many.json" % R.randint(5, 60))
        else:
            L.t("info: csat received id=%d score=%s agent=\"%s\"" % (tid, R.choice(["good", "bad", "good"]), agent))


def f_physician(L, t, phi):
    # python-json-logger: asctime, levelname, name, message, then extras
    phys, pnpi, pstate = R.choice(PHYSICIANS)
    req = "REQ-%d" % R.randint(300000, 399999)
    head = {"asctime": ts_py(t), "levelname": "INFO", "name": "physician_network.client"}
    if phi:
        c = person()
        use_old = R.random() < .45
        if use_old:
            c = R.choice(OLD)
        obj = dict(head)
        obj["message"] = R.choice(["requisition approved", "requisition submitted", "requisition needs_info"])
        obj["requisition_id"] = req
        obj["physician"] = {"name": phys, "npi": pnpi, "state": pstate, "fax": PHYS_FAX[pstate]}
        patient = {"first_name": P(c.first, "name"), "last_name": P(c.last, "name"),
                   "dob": P(fmt_date(c.dob, "iso"), "date"), "gender": c.sex}
        age = c.age_at(t.date())
        patient["age"] = P(age, "age") if age > 89 else age
        patient["address"] = {"line1": P(c.street, "address"), "city": P(c.city, "address"), "state": c.state,
                              "postal_code": P(c.zip, "zip")}
        if R.random() < .4:
            patient["phone"] = P(c.phone(2), "phone")
        obj["patient"] = patient
        obj["tests"] = [R.choice(SKUS[2:])[0]]
    else:
        obj = dict(head)
        v = R.randint(0, 2)
        if v == 0:
            obj["message"] = "approval batch completed"
            obj.update({"approved": R.randint(5, 60), "rejected": R.randint(0, 3), "physician": phys, "npi": pnpi})
        elif v == 1:
            obj["message"] = "physician coverage updated"
            obj.update({"physician": phys, "npi": pnpi, "states": [pstate, "NV", "AZ"], "fax": PHYS_FAX[pstate]})
        else:
            obj["levelname"] = "WARNING"
            obj["message"] = "partner API latency high"
            obj.update({"endpoint": "https://api.pwn-partner.example/v3/requisitions", "p95_ms": R.randint(800, 4000)})
    emit_json(L, obj, compact=False, ascii_only=R.random() < .5)


def f_nginx(L, t, phi):
    up = priv_ip() + ":" + R.choice(["8000", "3000", "8080"])
    rid = hexs(32)
    ua_pub = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
                       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
                       "Genovea/5.12.0 (Android 14; Pixel 7)", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"])
    if phi:
        c = person()
        L.p(c.ip, "ip").t(" - - [" + ts_clf(t) + '] "')
        v = R.randint(0, 3)
        if v == 0:
            L.t("POST /api/v2/kits/").p(R.choice(c.kits), "other_id").t("/activate HTTP/2.0")
            status = R.choice([200, 201, 409])
            upn = "kits-api"
        elif v == 1:
            L.t("GET /u/").p(c.username, "other_id").t("/reports/%s HTTP/2.0" % uuid4())
            status = 200
            upn = "portal-web"
        elif v == 2:
            L.t("GET /api/v1/results/status?email=").p(c.email.replace("@", "%40"), "email").t("&kit=").p(R.choice(c.kits), "other_id").t(" HTTP/1.1")
            status = R.choice([200, 404])
            upn = "results-api"
        else:
            L.t("POST /api/v2/consents HTTP/2.0")
            status = 201
            upn = "consent-api"
        L.t('" %d %d "https://my.genovea.com/" "%s" %d %.3f [default-%s-80] [] %s %d %.3f %d %s' %
            (status, R.randint(90, 9000), ua_pub, R.randint(200, 1500), R.uniform(0.004, 0.9), upn, up,
             R.randint(90, 9000), R.uniform(0.003, 0.8), status, rid))
    else:
        v = R.randint(0, 2)
        if v == 0:
            L.t(priv_ip() + " - - [" + ts_clf(t) + '] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" 112 0.001 [default-kits-api-80] [] %s 2 0.001 200 %s' % (up, rid))
        elif v == 1:
            L.t(priv_ip() + " - - [" + ts_clf(t) + '] "GET /static/js/main.%s.js HTTP/2.0" 304 0 "https://www.genovea.com/" "%s" %d %.3f [default-marketing-web-80] [] %s 0 %.3f 304 %s' %
                (hexs(8), ua_pub, R.randint(200, 600), R.uniform(0.001, 0.2), up, R.uniform(0.001, 0.2), rid))
        else:
            L.t("10.42.%d.%d - - [" % (R.randint(0, 9), R.randint(2, 250)) + ts_clf(t) +
                '] "POST /webhooks/shopify/orders HTTP/1.1" 200 17 "-" "Shopify-Captain-Hook" %d %.3f [default-shopify-webhooks-80] [] %s 17 %.3f 200 %s' %
                (R.randint(1500, 3900), R.uniform(0.01, 0.3), up, R.uniform(0.01, 0.3), rid))


def f_postgres(L, t, phi):
    L.t(t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC [%d] " % (t.microsecond // 1000, R.randint(1000, 65000)))
    if phi:
        c = person()
        v = R.randint(0, 2)
        if v == 0:
            L.t("genovea_app@kits DETAIL:  Key (kit_code)=(").p(R.choice(c.kits), "other_id").t(") already exists.")
        elif v == 1:
            L.t("genovea_app@accounts DETAIL:  parameters: $1 = '").p(c.email.replace("'", "''"), "email") \
             .t("', $2 = '").p(c.last.replace("'", "''"), "name").t("', $3 = '").p(fmt_date(c.dob, "iso"), "date").t("'")
        else:
            L.t("genovea_app@accounts LOG:  duration: %.3f ms  execute <unnamed>: UPDATE customers SET ship_to_zip = '" % R.uniform(200, 3000)) \
             .p(c.zip, "zip").t("', phone = '").p(c.phone(3), "phone").t("' WHERE customer_ref = '").p(c.pid, "mrn").t("'")
    else:
        v = R.randint(0, 3)
        if v == 0:
            L.t("LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" %
                (R.randint(100, 9000), R.uniform(0.1, 9), R.randint(0, 4), R.uniform(1, 200), R.uniform(0, 1), R.uniform(1, 200)))
        elif v == 1:
            L.t("genovea_app@kits ERROR:  duplicate key value violates unique constraint \"kits_kit_code_key\"")
        elif v == 2:
            L.t("LOG:  automatic vacuum of table \"lims.public.plate_wells\": index scans: 1")
        else:
            L.t("genovea_app@orders LOG:  duration: %.3f ms  statement: SELECT id, status FROM shipments WHERE tracking_code = ANY($1) LIMIT 500" % R.uniform(100, 2000))


def f_redis(L, t, phi):
    assert not phi
    L.t("1:M " + t.strftime("%d %b %Y %H:%M:%S.") + "%03d " % (t.microsecond // 1000))
    L.t(R.choice(["* 100 changes in 300 seconds. Saving...", "* Background saving started by pid %d" % R.randint(100, 9000),
                  "* DB saved on disk", "* Fork CoW for RDB: current %d MB, peak %d MB, average %d MB" % (R.randint(1, 9), R.randint(2, 12), R.randint(1, 6)),
                  "* Background saving terminated with success", "# WARNING: 2 clients evicted due to client-output-buffer-limit"]))


def f_kube(L, t, phi):
    assert not phi
    pfx = R.choice("IIIW")
    L.t(pfx + t.strftime("%m%d %H:%M:%S.%f") + "    %4d " % R.randint(1, 9999))
    ns = R.choice(["kits", "lims", "results", "pipelines", "support", "commerce"])
    app = R.choice(["kits-api", "consent-api", "label-svc", "results-worker", "match-svc", "calendly-hook", "accession-api"])
    v = R.randint(0, 3)
    if v == 0:
        L.t('kubelet.go:2447] "SyncLoop (PLEG): event for pod" pod="%s/%s" event={"ID":"%s","Type":"ContainerStarted","Data":"%s"}' %
            (ns, pod(app), uuid4(), hexs(64)))
    elif v == 1:
        L.t('prober.go:107] "Probe failed" probeType="Readiness" pod="%s/%s" podUID="%s" containerName="%s" probeResult="failure" output="Get \\"http://%s:8000/readyz\\": context deadline exceeded"' %
            (ns, pod(app), uuid4(), app, priv_ip()))
    elif v == 2:
        L.t('event.go:307] "Event occurred" object="%s/%s" fieldPath="" kind="HorizontalPodAutoscaler" apiVersion="autoscaling/v2" type="Normal" reason="SuccessfulRescale" message="New size: %d; reason: cpu resource utilization (percentage of request) above target"' %
            (ns, app, R.randint(2, 14)))
    else:
        L.t('kuberuntime_manager.go:1021] "Back-off restarting failed container" containerName="%s" pod="%s/%s"' % (app, ns, pod(app)))


def f_celery(L, t, phi):
    L.t("[" + ts_py(t) + ": INFO/ForkPoolWorker-%d] " % R.randint(1, 16))
    tid = uuid4()
    if phi:
        c = person()
        v = R.randint(0, 2)
        if v == 0:
            L.t("Task notifications.tasks.send_kit_reminder[" + tid + "] received kwargs=")
            emit_pyrepr(L, {"buyer_email": P(c.email, "email"), "first_name": P(c.first, "name"),
                            "kitCode": P(R.choice(c.kits), "other_id"), "days_since_delivery": R.randint(7, 60)})
        elif v == 1:
            L.t("Task sms.tasks.send_sms[" + tid + "] succeeded in %.3fs: " % R.uniform(0.1, 2))
            emit_pyrepr(L, {"to": P("+1" + c.phone_digits, "phone"), "sid": "SM" + hexs(32), "status": "queued"})
        else:
            L.t("Task billing.tasks.sync_invoice[" + tid + "] raised unexpected: CardError('Your card was declined.') card_number=")
            L.p(c.card, "account").t(" billing_account=").p(c.billing, "account")
    else:
        v = R.randint(0, 2)
        if v == 0:
            L.t("Task results.tasks.render_report[%s] succeeded in %.3fs: None" % (tid, R.uniform(0.2, 20)))
        elif v == 1:
            L.t("Task lims.tasks.poll_instrument_runs[%s] succeeded in %.3fs: {'runs': %d, 'new': %d}" % (tid, R.uniform(0.1, 3), R.randint(2, 20), R.randint(0, 3)))
        else:
            L.t("Scheduler: Sending due task refresh-shipping-trackers (shipping.tasks.refresh_trackers)")


def f_eligibility(L, t, phi):
    L.t(ts_py(t) + " DEBUG [insurance.x12.eligibility] ")
    ctl = "%09d" % R.randint(1, 999999999)
    if phi:
        c = person()
        payer = {"aetna": ("AETNA", "60054"), "bcbs": ("BCBS", "00590"), "uhc": ("UHC", "87726"),
                 "medicare": ("CMS", "MCR01"), "cigna": ("CIGNA", "62308")}[c.payer]
        L.t("270 out ctl=" + ctl + " ISA*00*          *00*          *ZZ*GENOVEA        *ZZ*AVAILITY       *" +
            t.strftime("%y%m%d*%H%M") + "*^*00501*" + ctl + "*0*P*:~ST*270*0001*005010X279A1~NM1*PR*2*" + payer[0] +
            "*****PI*" + payer[1] + "~NM1*IL*1*")
        L.p(ascii_fold(c.last).upper(), "name").t("*").p(ascii_fold(c.first).upper(), "name").t("****MI*").p(c.member, "health_plan") \
         .t("~REF*6P*" + c.group)
        if R.random() < .4:
            L.t("~REF*SY*").p(c.ssn.replace("-", ""), "ssn")
            nseg = 9
        else:
            nseg = 8
        L.t("~DMG*D8*").p(fmt_date(c.dob, "d8"), "date").t("*" + c.sex + "~EQ*30~SE*%d*0001~" % nseg)
    else:
        L.t("271 in ctl=%s status=%s payer_trace=%s elapsed_ms=%d" % (ctl, R.choice(["active", "inactive", "AAA*Y**42*C"]), hexs(10).upper(), R.randint(300, 4000)))


def f_reader(L, t, phi):
    # Android logcat from companion app (threadtime)
    pidn, tidn = R.randint(3000, 30000), R.randint(3000, 30000)
    L.t(t.strftime("%m-%d %H:%M:%S.") + "%03d %5d %5d " % (t.microsecond // 1000, pidn, tidn))
    if phi:
        c = person()
        v = R.randint(0, 2)
        if v == 0:
            L.t("I ReaderPairing: bonded reader serial=").p(c.reader, "device").t(" mac=").p(c.mac, "device").t(" fw=2.4.%d rssi=-%d" % (R.randint(0, 9), R.randint(40, 90)))
        elif v == 1:
            L.t("W DeviceInfo: legacy attestation imei=").p(c.imei, "device").t(" model=SM-A536U sdk=33")
        else:
            udi = "(01)" + gtin14() + "(17)260331(10)LOT%04d(21)CT%08d" % (R.randint(1, 9999), R.randint(10 ** 6, 10 ** 8 - 1))
            L.t("I ResultUpload: cartridge result uploaded reader=").p(c.reader, "device").t(" udi=").p(udi, "device") \
             .t(" user=").p(c.username, "other_id")
    else:
        v = R.randint(0, 2)
        if v == 0:
            L.t("D BluetoothGatt: discoverServices() - device: <redacted> services=%d" % R.randint(3, 9))
        elif v == 1:
            L.t("I OkHttp: <-- 200 https://api.genovea.com/v2/readers/firmware/latest (%dms, %d-byte body)" % (R.randint(40, 900), R.randint(100, 900)))
        else:
            L.t("I Choreographer: Skipped %d frames!  The application may be doing too much work on its main thread." % R.randint(30, 120))


def f_idv(L, t, phi):
    # identity verification vendor callback, logged by Node (pino)
    L.t('{"level":%d,"time":%s,"pid":1,"hostname":"%s","module":"idv-callback",' % (30, ts_epoch_ms(t), pod("kits-api")))
    if phi:
        c = person()
        v = R.randint(0, 3)
        inner = Line("x")
        if v == 3:
            obj = {"inquiry_id": "inq_" + hexs(24), "status": "needs_review", "reference_id": P(c.pid, "mrn"),
                   "fields": {"name_first": P(c.first, "name"), "name_last": P(c.last, "name"),
                              "social_security_number": P(c.ssn, "ssn"), "phone_number": P(c.phone(2), "phone")},
                   "reason": "database_match_partial"}
        elif v == 0:
            obj = {"inquiry_id": "inq_" + hexs(24), "status": "completed", "reference_id": P(c.pid, "mrn"),
                   "fields": {"name_first": P(c.first, "name"), "name_last": P(c.last, "name"),
                              "birthdate": P(fmt_date(c.dob, "iso"), "date"), "identification_number": P(c.dl, "license"),
                              "identification_class": "dl", "address_street_1": P(c.street, "address"),
                              "address_city": P(c.city, "address"), "address_subdivision": c.state,
                              "address_postal_code": P(c.zip, "zip")}}
        elif v == 1:
            img = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/" + b64(R.randint(220, 420))
            obj = {"inquiry_id": "inq_" + hexs(24), "check": "selfie_comparison", "reference_id": P(c.pid, "mrn"),
                   "selfie_center": P("data:image/jpeg;base64," + img, "photo"), "score": round(R.uniform(0.8, 0.99), 3)}
            if R.random() < .5:
                obj["face_embedding"] = P(b64(R.randint(96, 160)), "biometric")
        else:
            obj = {"inquiry_id": "inq_" + hexs(24), "check": "face_match", "reference_id": P(c.pid, "mrn"),
                   "face_template": P(b64(R.randint(96, 192)), "biometric"), "template_format": "iso19794-5-v1",
                   "liveness": "pass"}
        emit_json(inner, obj)
        data = bytes(inner.buf)[1:-1]
        off = len(L.buf) - 1
        L.t(data.decode("utf-8"))
        for sp in inner.spans:
            L.spans.append({"s": sp["s"] + off, "e": sp["e"] + off, "cat": sp["cat"], "_v": sp["_v"]})
        L.t(',"msg":"inquiry webhook processed"}')
    else:
        L.t('"inquiry_id":"inq_%s","status":"%s","webhook_event":"evt_%s","msg":"inquiry webhook processed"}' %
            (hexs(24), R.choice(["pending", "expired", "approved"]), hexs(24)))


def f_screening(L, t, phi):
    # employer DOT panel channel (django, key=value)
    L.t(ts_py(t) + " INFO employer.dot_panels ")
    emp = R.choice(["Cascade Freightways", "Red Mesa Logistics", "Lakeshore Haulers"])
    if phi:
        c = person()
        v = R.randint(0, 1)
        if v == 0:
            L.t('donor registered employer="%s" donor="' % emp).p(c.full, "name").t('" cdl=').p(c.dl, "license") \
             .t(" cdl_state=" + c.state + " unit_vin=").p(vin(), "vehicle").t(" collection_site=mobile")
        else:
            L.t('mobile collection dispatched donor_id=').p(c.pid, "mrn").t(' meet="truck stop lot, plate ').p(
                R.choice(["P%s%04d" % (R.choice(string.ascii_uppercase), R.randint(0, 9999)), "%dTRK%03d" % (R.randint(1, 9), R.randint(0, 999))]), "vehicle") \
             .t('" appt=').p((t + dt.timedelta(days=R.randint(0, 3))).strftime("%Y-%m-%d") + " 0%d:00" % R.randint(6, 9), "date").t(" phlebotomist_id=PHL-%03d" % R.randint(1, 200))
    else:
        L.t('panel results batch posted employer="%s" panels=%d negatives=%d mro="Dr. Karen Lindahl" mro_phone=(800) 555-0143' %
            (emp, R.randint(3, 40), R.randint(3, 40)))


def f_billing(L, t, phi):
    # stripe webhook handler (django) - python logging w/ json payload suffix
    L.t(ts_py(t) + " INFO billing.stripe_webhooks ")
    evt = "evt_" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(24))
    if phi:
        c = person()
        v = R.randint(0, 1)
        L.t("event=charge.succeeded id=" + evt + " payload=")
        if v == 0:
            obj = {"amount": R.choice([9900, 12900, 19900, 4900]), "currency": "usd",
                   "billing_details": {"email": P(c.email, "email"), "name": P(c.full, "name"),
                                       "address": {"postal_code": P(c.zip, "zip"), "country": "US"}},
                   "payment_method_details": {"card": {"brand": c.card_brand, "last4": c.card[-4:], "exp_year": 2027}},
                   "metadata": {"order_number": str(R.randint(1800, 9999)), "billing_account": P(c.billing, "account")}}
        else:
            obj = {"amount": R.choice([9900, 12900]), "currency": "usd", "fsa_hsa": True,
                   "metadata": {"hsa_account_number": P("%d" % R.randint(10 ** 9, 10 ** 11), "account"),
                                "customer_ref": P(c.pid, "mrn")}}
        emit_json(L, obj, compact=False)
    else:
        L.t("event=%s id=%s livemode=true handled=true elapsed_ms=%d" %
            (R.choice(["payout.paid", "invoice.finalized", "charge.refunded", "balance.available"]), evt, R.randint(5, 300)))


def f_gunicorn(L, t, phi):
    assert not phi
    L.t('%s - - [%s] "%s" %d %d "-" "%s"' % (
        priv_ip(), ts_clf(t), R.choice(["GET /readyz HTTP/1.1", "GET /metrics HTTP/1.1", "POST /internal/v1/lims/accession-events HTTP/1.1",
                                        "GET /api/v2/kits/stats?window=1h HTTP/1.1"]),
        R.choice([200, 200, 204, 503]), R.randint(2, 4000), R.choice(["kube-probe/1.29", "Prometheus/2.51.2", "python-httpx/0.27.0"])))


FAMILIES = {
    # name: (fn, weight_phi, weight_nophi)
    "pino-shopify-webhook": (f_shopify, 7, 6),
    "django-kits": (f_django_kits, 8, 5),
    "logfmt-consent": (f_consent, 6, 4),
    "bunyan-label-svc": (f_label, 6, 6),
    "log4j-lims": (f_lims, 8, 7),
    "nextflow": (f_nextflow, 3, 8),
    "cromwell": (f_cromwell, 0, 6),
    "structlog-results-release": (f_release, 6, 5),
    "logfmt-match-svc": (f_match, 6, 4),
    "winston-calendly-hook": (f_calendly, 5, 2),
    "support-bridge": (f_support, 7, 4),
    "pyjson-physician-network": (f_physician, 6, 3),
    "ingress-nginx": (f_nginx, 6, 8),
    "postgres": (f_postgres, 4, 6),
    "redis": (f_redis, 0, 5),
    "klog-kubelet": (f_kube, 0, 8),
    "celery": (f_celery, 6, 5),
    "x12-eligibility": (f_eligibility, 5, 2),
    "logcat-reader-app": (f_reader, 5, 3),
    "pino-idv-callback": (f_idv, 8, 3),
    "django-dot-panels": (f_screening, 3, 1),
    "django-stripe-webhook": (f_billing, 3, 3),
    "gunicorn-access": (f_gunicorn, 0, 5),
}


def pick(phi):
    names = [n for n, (fn, wp, wn) in FAMILIES.items() if (wp if phi else wn) > 0]
    weights = [FAMILIES[n][1] if phi else FAMILIES[n][2] for n in names]
    return R.choices(names, weights)[0]


def main():
    flags = [False] * N_NOPHI + [True] * (N_LINES - N_NOPHI)
    R.shuffle(flags)
    out_lines, labels = [], []
    for i, phi in enumerate(flags, 1):
        t = tick()
        fam = pick(phi)
        L = Line(fam)
        FAMILIES[fam][0](L, t, phi)
        data, spans = L.finish()
        assert bool(spans) == phi, (fam, phi, data)
        out_lines.append(data)
        labels.append({"line": i, "family": fam, "spans": spans})
    assert len(out_lines) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        for d in out_lines:
            f.write(d + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
