#!/usr/bin/env python3
"""Held-out PHI corpus "u": backends of consumer health / mobile apps.

Writes u.log (one record per line) and u.labels.jsonl (byte-offset spans).
Standard library only, fixed seed, byte-for-byte reproducible.
"""
import base64
import ipaddress
import json
import os
import random
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from urllib.parse import quote, quote_plus

SEED = 7130521
R = random.Random(SEED)
OUT = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
MIN_PER_CAT = 16  # pacing target per category (hard floor checked: 8)

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]


# --------------------------------------------------------------------------
# core: parts, PHI values, JSON / escaping helpers, rendering
# --------------------------------------------------------------------------
class P:
    """A PHI value: rendered verbatim and labeled with `cat`."""
    __slots__ = ("cat", "v")

    def __init__(self, cat, v):
        assert cat in CATS, cat
        self.cat = cat
        self.v = v


class S:
    """A JSON string value built from literal text and P parts."""

    def __init__(self, *parts):
        self.parts = list(parts)


class Raw:
    """Pre-rendered parts to splice into JSON output as-is (no quoting)."""

    def __init__(self, parts):
        self.parts = list(parts)


def flat(parts):
    for p in parts:
        if isinstance(p, (list, tuple)):
            yield from flat(p)
        elif isinstance(p, (S, Raw)):
            yield from flat(p.parts)
        else:
            yield p


def jlit(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def _chk_json_safe(v):
    if not isinstance(v, str):
        return
    assert jlit(v) == v, "PHI value needs JSON escaping: %r" % v


def J(o, sp=False):
    """Serialize o (dict/list/scalars/P/S/Raw) to a list of parts."""
    c, k = (", ", ": ") if sp else (",", ":")
    out = []

    def w(o):
        if isinstance(o, P):
            if isinstance(o.v, str):
                _chk_json_safe(o.v)
                out.extend(['"', o, '"'])
            else:
                out.append(P(o.cat, json.dumps(o.v)))
        elif isinstance(o, S):
            out.append('"')
            for p in o.parts:
                if isinstance(p, P):
                    _chk_json_safe(p.v)
                    out.append(p)
                else:
                    out.append(jlit(p))
            out.append('"')
        elif isinstance(o, Raw):
            out.extend(o.parts)
        elif isinstance(o, dict):
            out.append("{")
            for i, (kk, vv) in enumerate(o.items()):
                if i:
                    out.append(c)
                out.append(json.dumps(kk, ensure_ascii=False) + k)
                w(vv)
            out.append("}")
        elif isinstance(o, (list, tuple)):
            out.append("[")
            for i, vv in enumerate(o):
                if i:
                    out.append(c)
                w(vv)
            out.append("]")
        else:
            out.append(json.dumps(o, ensure_ascii=False))

    w(o)
    return out


def esc(parts):
    """JSON-escape literal parts (for JSON embedded in a JSON string)."""
    out = []
    for p in flat(parts):
        if isinstance(p, P):
            _chk_json_safe(p.v)
            out.append(p)
        else:
            out.append(jlit(p))
    return out


def render(parts):
    buf = bytearray()
    spans = []
    vals = []
    for p in flat(parts):
        if isinstance(p, P):
            v = p.v if isinstance(p.v, str) else str(p.v)
            b = v.encode("utf-8")
            s = len(buf)
            buf += b
            spans.append({"s": s, "e": len(buf), "cat": p.cat})
            vals.append(v)
        else:
            assert isinstance(p, str), repr(p)
            buf += p.encode("utf-8")
    line = bytes(buf)
    assert b"\n" not in line and b"\r" not in line
    for sp, v in zip(spans, vals):
        assert v, "empty span"
        assert v == v.strip(), "span with surrounding space: %r" % v
        assert line[sp["s"]:sp["e"]] == v.encode("utf-8")
        assert sp["cat"] in CATS
        if sp["cat"] == "ip":
            assert ipaddress.ip_address(v).is_global, v
        if sp["cat"] in ("date", "age", "zip"):
            assert any(c.isdigit() for c in v), v
    for a, b in zip(spans, spans[1:]):
        assert a["e"] < b["s"], "spans overlap/touch"
    return line, spans


# --------------------------------------------------------------------------
# random helpers
# --------------------------------------------------------------------------
def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def b62(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def uid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], ch("89ab"), h[17:20], h[20:32])


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n, urlsafe=False):
    b = rbytes(n)
    return (base64.urlsafe_b64encode(b) if urlsafe else base64.b64encode(b)).decode()


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("'", "")


def luhn_check(payload):
    total = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


# --------------------------------------------------------------------------
# log clock (log timestamps are never PHI)
# --------------------------------------------------------------------------
CLOCK = [datetime(2024, 6, 3, 7, 58, 11, 120000, tzinfo=timezone.utc)]


def now():
    CLOCK[0] += timedelta(milliseconds=R.randrange(150, 95000))
    return CLOCK[0]


def ts_iso(t=None, ms=True):
    t = t or now()
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (t.microsecond // 1000) if ms else "Z")


def ts_epoch(t=None):
    t = t or now()
    return int(t.timestamp())


def ts_ms(t=None):
    t = t or now()
    return int(t.timestamp() * 1000)


# --------------------------------------------------------------------------
# people and PHI value generators
# --------------------------------------------------------------------------
FIRST = ["Maria", "James", "Wei", "Aisha", "Olumide", "Priyanka", "Mohammed", "Sofia", "Dmitri",
         "Yuki", "Liam", "Chloé", "José", "Fatima", "Kwame", "Ingrid", "Mateo", "Hana", "Rahul",
         "Emily", "Daniel", "Gabriela", "Tomasz", "Zoë", "Amara", "Leila", "Kenji", "Siobhan",
         "Björn", "Ana", "Lucas", "Olga", "Chinedu", "Ravi", "Mei", "Hiroshi", "Isabella", "Noah",
         "Ahmed", "Yasmin", "Elena", "Sergei", "Jamal", "Keisha", "Carlos", "Lucía", "Femi",
         "Anjali", "Ji-woo", "Seo-yeon", "Tariq", "Nadia", "Pedro", "Camila", "Oksana", "Bogdan",
         "Aroha", "Thanh", "Minh", "Esperanza", "Dolores", "Walter", "Gertrude", "Harold",
         "Beatriz", "Rosa", "Francis", "Imani", "Demetrius", "Svetlana", "Arjun", "Nkechi"]
LAST = ["Lopez", "Smith", "Nguyen", "Okafor", "Patel", "Kim", "Müller", "Rossi", "Kowalski",
        "Ivanova", "Haddad", "Tanaka", "O'Brien", "García", "Johansson", "Mensah", "Singh",
        "Chen", "Dubois", "Schmidt", "Hernández", "Wang", "Cohen", "Abdullah", "Adeyemi",
        "Novak", "Fernandes", "Yamamoto", "Papadopoulos", "Nakamura", "Silva", "Kaur", "Ali",
        "Murphy", "Jensen", "Santos", "Reyes", "Park", "Choi", "Hassan", "Kovalenko", "Petrov",
        "Andersson", "Brown", "Williams", "Jackson", "Thompson", "Baptiste", "Achebe", "Mwangi",
        "Tran", "Delgado", "Okonkwo", "Lindqvist", "Fitzgerald", "Castillo", "Yilmaz", "Morales"]
# clinicians (never labeled)
DOCS = ["Dr. Priya Raman", "Dr. Alan Whitfield", "Dr. Grace Oyelaran", "Dr. Mark Feldstein",
        "Dr. Lena Vasquez", "Dr. Samuel Osei", "Dr. Hannah Brook", "Dr. Rajesh Iyer",
        "Dr. Claire Beaumont", "Dr. Victor Halloran"]
DOCS_PLAIN = ["Priya Raman, MD", "Alan Whitfield, DO", "Grace Oyelaran, NP", "Mark Feldstein, MD",
              "Lena Vasquez, PA-C", "Samuel Osei, MD", "Hannah Brook, RN", "Rajesh Iyer, PharmD"]
STAFF = ["svc-booking", "svc-notify", "ops-oncall", "dispatch-bot", "jlee.support", "cx-agent-114",
         "pharm-tech-07", "deploy-bot", "ci-runner", "svc-sync", "billing-recon", "audit-exporter"]
NPIS = ["1487623590", "1902817465", "1326049817", "1750392846", "1194736025", "1669482013"]

STREETS = ["Maple Ridge Dr", "Oak St", "Cedar Ave", "Sunset Blvd", "Elm Ct", "Willow Way",
           "N Lincoln Ave", "Riverside Dr", "Magnolia Ln", "Pine Hollow Rd", "W 34th St",
           "Calle Las Palmas", "Birchwood Ter", "Old Mill Rd", "Harbor View Cir", "Juniper Pl",
           "S Kedzie Ave", "Orchard Park Rd", "Bayou Bend Dr", "Aspen Grove Ln", "E Camelback Rd"]
UNITS = ["Apt 4", "Apt 12B", "Unit 305", "#7", "Apt 2F", "Ste 110", "Unit B", "Apt 1021"]
CITIES = [("Fresno", "CA"), ("Tucson", "AZ"), ("Dayton", "OH"), ("Boise", "ID"), ("Yonkers", "NY"),
          ("Kissimmee", "FL"), ("Laredo", "TX"), ("Spokane", "WA"), ("Des Moines", "IA"),
          ("Chattanooga", "TN"), ("Lowell", "MA"), ("Cicero", "IL"), ("Aurora", "CO"),
          ("Paterson", "NJ"), ("Gresham", "OR"), ("Hialeah", "FL"), ("Mesa", "AZ"),
          ("Flint", "MI"), ("Macon", "GA"), ("Provo", "UT"), ("Silver Spring", "MD")]
COUNTIES = ["Maricopa County", "Cook County", "Fresno County", "Hidalgo County", "Polk County",
            "Hamilton County", "Bexar County", "King County", "Passaic County", "Genesee County"]
STATES_FULL = ["California", "Arizona", "Ohio", "Texas", "Florida", "Washington", "New York", "Illinois"]
MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me",
        "aol.com", "web.de", "comcast.net", "live.co.uk"]

# organisation data (never labeled)
ORG_ADDR = "1200 Harbor Blvd Suite 300, Oakland, CA 94607"
ORG_PHONE = ["+1 510-832-7700", "(510) 832-7700", "+15108327700", "1-888-723-8493"]
ORG_FAX = "(510) 832-7719"
VENDOR_ADDR = ["354 Oyster Point Blvd, South San Francisco, CA 94080",
               "101 Spear St, Fl 5, San Francisco, CA 94105", "PO Box 981106, El Paso, TX 79998",
               "1801 California St, Denver, CO 80202", "400 Centre St, Newton, MA 02458"]
APPS = ["com.pulsewell.app", "com.pulsewell.rx", "health.carenest.ios", "app.vitatrack.android"]
HOSTS = ["api-booking-7f9c4d.prod.pulsewell.internal", "ip-10-42-17-203.ec2.internal",
         "push-gw-2.use1.pulsewell.internal", "sync-worker-5b8d9-x2kqp", "gql-gateway-0",
         "rx-dispatch-1.usw2.internal", "tele-sfu-03.prod", "ip-172-31-8-44.us-west-2.compute.internal"]


def first():
    return ch(FIRST)


def last():
    return ch(LAST)


def full_name(style=None):
    f, l = first(), last()
    style = style or ch(["fl", "fl", "fl", "fml", "lf", "FL"])
    if style == "fl":
        return f + " " + l
    if style == "fml":
        return f + " " + ch("ABCDEFGHJKLMRST") + ". " + l
    if style == "lf":
        return l + ", " + f
    return (f + " " + l).upper()


def email_for(f=None, l=None):
    f = ascii_fold(f or first()).lower().replace(" ", "")
    l = ascii_fold(l or last()).lower().replace(" ", "")
    local = ch([f + "." + l, f + l + digits(2), f[0] + l, f + "_" + l + digits(3), l + "." + f,
                f + digits(4), f + "." + l[0] + digits(2)])
    return local + "@" + ch(MAIL)


def street():
    s = "%d %s" % (R.choice([R.randrange(10, 99), R.randrange(100, 9999), R.randrange(10000, 39999)]), ch(STREETS))
    if chance(0.35):
        s += " " + ch(UNITS)
    return s


def city():
    return ch(CITIES)


def zip5():
    return "%05d" % R.randrange(1001, 99950)


def zipc():
    return zip5() + ("-" + digits(4) if chance(0.2) else "")


def dob_dt():
    return datetime(R.randrange(1926, 2019), R.randrange(1, 13), R.randrange(1, 29))


def appt_dt():
    return datetime(2024, R.randrange(6, 10), R.randrange(1, 29), R.choice([8, 9, 10, 11, 13, 14, 15, 16]),
                    R.choice([0, 15, 30, 45]))


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_L = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"]


def fmt_date(d, style=None):
    style = style or ch(["iso", "iso", "us", "us", "eu", "mon", "long", "dmy", "compact"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "mon":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "long":
        return "%s %d, %d" % (MONTHS_L[d.month - 1], d.day, d.year)
    if style == "dmy":
        return "%02d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    raise ValueError(style)


def dob(style=None):
    return fmt_date(dob_dt(), style)


def age90():
    return R.randrange(90, 106)


def age_ok():
    return R.randrange(18, 90)


def area():
    while True:
        a = "%d%d%d" % (R.randrange(2, 10), R.randrange(0, 9), R.randrange(10))
        if a[1:] != "11" and a not in ("555", "800", "888", "877", "866", "855", "844", "833"):
            return a


def exch():
    while True:
        e = "%d%d%d" % (R.randrange(2, 10), R.randrange(10), R.randrange(10))
        if e[1:] != "11" and e != "555":
            return e


def phone(style=None):
    a, e, n = area(), exch(), digits(4)
    style = style or ch(["paren", "dash", "e164", "e164", "dot", "plus1", "intl"])
    if style == "paren":
        return "(%s) %s-%s" % (a, e, n)
    if style == "dash":
        return "%s-%s-%s" % (a, e, n)
    if style == "e164":
        return "+1%s%s%s" % (a, e, n)
    if style == "dot":
        return "%s.%s.%s" % (a, e, n)
    if style == "plus1":
        return "+1 %s-%s-%s" % (a, e, n)
    return ch(["+44 7%s %s" % (digits(3), digits(6)), "+49 15%s %s" % (digits(1), digits(8)),
               "+91 9%s %s" % (digits(4), digits(5)), "+52 55 %s %s" % (digits(4), digits(4)),
               "+234 80%s %s %s" % (digits(1), digits(3), digits(4)), "+63 917 %s %s" % (digits(3), digits(4))])


def ssn(style=None):
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    g, s = R.randrange(1, 100), R.randrange(1, 10000)
    style = style or ch(["dash", "dash", "dash", "plain", "space"])
    if style == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if style == "plain":
        return "%03d%02d%04d" % (a, g, s)
    return "%03d %02d %04d" % (a, g, s)


def mrn():
    return ch(["MRN" + digits(8), "MRN-" + digits(7), "E" + digits(7), digits(8), "HF" + digits(6),
               "%s-%s" % (digits(3), digits(5)), "00" + digits(7), "PW-MRN-" + digits(6)])


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashed=None):
    A = MBI_A
    AN = A + "0123456789"
    s = (str(R.randrange(1, 10)) + ch(A) + ch(AN) + str(R.randrange(10)) + ch(A) + ch(AN) +
         str(R.randrange(10)) + ch(A) + ch(A) + str(R.randrange(10)) + str(R.randrange(10)))
    if dashed if dashed is not None else chance(0.4):
        return s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def member_id():
    return ch([alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(9), "W" + digits(9), "U" + digits(10),
               "ZGP" + digits(10), digits(9) + "01", "1" + digits(10) + "A", "MBR-" + digits(8),
               alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "W" + digits(8), mbi()])


def card(style=None):
    kind = ch(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        p = "4" + digits(14)
    elif kind == "mc":
        p = "5" + str(R.randrange(1, 6)) + digits(13)
    elif kind == "disc":
        p = "6011" + digits(11)
    else:
        p = ch(["34", "37"]) + digits(12)
    n = p + luhn_check(p)
    style = style or ch(["plain", "plain", "space", "dash"])
    if style == "plain" or kind == "amex":
        return n
    sep = " " if style == "space" else "-"
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def bank_acct():
    return digits(R.choice([8, 9, 10, 11, 12]))


def patient_acct():
    return ch(["PA-" + digits(8), "ACCT" + digits(7), "G" + digits(9), digits(10), "HB-" + digits(6) + "-" + digits(2),
               "PWB" + digits(8)])


def dea():
    L = ch("ABFGMPR") + ch("ABCDEFGHJKLMNPRSTWXYZ")
    d = [R.randrange(10) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return L + "".join(map(str, d)) + str(c)


def dl_number():
    return ch(["D" + digits(7), "%s %s %s" % (digits(3), digits(3), digits(3)),
               ch("ABCDEFGHKLMNPRSTW") + digits(3) + "-" + digits(3) + "-" + digits(2) + "-" + digits(3) + "-" + digits(1),
               ch("ABCDEFGHKLMNPRSTW") + digits(8), "WDL" + alnum(6), digits(9), "S" + digits(3) + "-" + digits(4) + "-" + digits(4)])


def prof_license():
    return ch(["RN" + digits(6), "A" + digits(5), "PHA" + digits(6), "MD." + digits(6), "LVN " + digits(6),
               "G" + digits(5), "%s-%s" % (digits(2), digits(6))])


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
          "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = ch(["1HG", "2T1", "1FT", "3VW", "5YJ", "JN1", "KM8", "1C4", "WBA", "4T1"])
    body = wmi + "".join(R.choice(VIN_CH) for _ in range(14))
    s = sum(VIN_TR[c] * w for c, w in zip(body, VIN_W)) % 11
    cd = "X" if s == 10 else str(s)
    v = body[:8] + cd + body[9:]
    assert len(v) == 17
    return v


def plate():
    return ch([str(R.randrange(1, 10)) + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3),
               alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "-" + digits(4), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + " " + digits(3),
               digits(3) + " " + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(5)])


def imei():
    p = ch(["35", "86", "01", "49"]) + digits(12)
    return p + luhn_check(p)


def mac(style=None):
    bs = [R.randrange(256) for _ in range(6)]
    style = style or ch(["colon", "colon", "dash", "lower", "plain"])
    if style == "colon":
        return ":".join("%02X" % b for b in bs)
    if style == "lower":
        return ":".join("%02x" % b for b in bs)
    if style == "dash":
        return "-".join("%02X" % b for b in bs)
    return "".join("%02x" % b for b in bs)


def udi():
    return "(01)%s(17)%s(10)%s(21)%s" % ("0" + digits(13), "2%d%02d%02d" % (R.randrange(5, 9), R.randrange(1, 13), R.randrange(1, 29)),
                                          alnum(6), alnum(8))


def dev_serial():
    return ch(["PJN" + digits(6) + "S", "RNB" + digits(6) + "H", "8G" + alnum(4), "SM" + alnum(8),
               "NG" + digits(7) + "H", "G99X" + alnum(8), "FB" + digits(3) + "-" + alnum(6), alnum(12),
               "OMR" + digits(9), "ABT" + digits(8), "3DT" + alnum(5) + digits(2)])


def pub_ipv4():
    while True:
        a = ch([24, 38, 45, 47, 50, 63, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104,
                107, 108, 136, 142, 151, 162, 173, 174, 184, 185, 187, 189, 201, 209, 212, 217])
        ip = "%d.%d.%d.%d" % (a, R.randrange(256), R.randrange(256), R.randrange(1, 255))
        return ip


def pub_ipv6():
    pre = ch(["2601:%x:%x" % (R.randrange(0x100, 0xfff), R.randrange(0x100, 0xffff)),
              "2600:1700:%x" % R.randrange(0x1000, 0xffff), "2a02:%x:%x" % (R.randrange(0x1000, 0xffff), R.randrange(0x100, 0xffff)),
              "2607:fb90:%x" % R.randrange(0x1000, 0xffff)])
    if chance(0.5):
        return pre + ":" + ":".join("%x" % R.randrange(1, 0xffff) for _ in range(8 - pre.count(":") - 1))
    return pre + "::" + ":".join("%x" % R.randrange(1, 0xffff) for _ in range(R.randrange(1, 3)))


def user_ip():
    return pub_ipv4() if chance(0.8) else pub_ipv6()


def priv_ip():
    return ch(["10.%d.%d.%d" % (R.randrange(256), R.randrange(256), R.randrange(1, 255)),
               "192.168.%d.%d" % (R.randrange(256), R.randrange(1, 255)),
               "172.%d.%d.%d" % (R.randrange(16, 32), R.randrange(256), R.randrange(1, 255)),
               "127.0.0.1", "fd00:%x::%x" % (R.randrange(1, 0xffff), R.randrange(1, 0xffff))])


def personal_url(f=None, l=None):
    f = ascii_fold(f or first()).lower()
    l = ascii_fold(l or last()).lower()
    return ch(["https://www.facebook.com/%s.%s.%d" % (f, l, R.randrange(1, 999)),
               "https://www.linkedin.com/in/%s-%s-%s" % (f, l, hexs(6)),
               "https://instagram.com/%s_%s%s" % (f, l, digits(2)),
               "https://%s%s.blog/about" % (f, l), "https://twitter.com/%s%s%s" % (f, l[:3], digits(3)),
               "https://www.%s-%s.com" % (f, l), "https://github.com/%s%s" % (f[0], l),
               "https://medium.com/@%s.%s" % (f, l), "https://gofundme.com/f/help-%s-%s-recover" % (f, l)])


def fp_template():
    hdr = b"FMR\x00 20\x00" + rbytes(R.randrange(40, 90))
    return base64.b64encode(hdr).decode()


def voiceprint():
    return base64.b64encode(b"VPRT" + rbytes(R.randrange(48, 96))).decode()


def face_template():
    return base64.b64encode(rbytes(R.randrange(48, 96))).decode()


def biometric():
    return ch([fp_template, voiceprint, face_template])()


def jpeg_b64():
    return base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + rbytes(R.randrange(40, 120))).decode()


def png_b64():
    return base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x02" + rbytes(R.randrange(40, 100))).decode()


def photo_ref(u=None):
    u = u or uid()
    return ch(["s3://pw-user-media/selfies/%s/face_%d.jpg" % (u, R.randrange(1, 4)),
               "https://cdn.pulsewell.app/avatars/%s/profile.jpg" % u[:13],
               "gs://carenest-prod-uploads/id-verification/%s/selfie.png" % u,
               "https://lh3.googleusercontent.com/a/ACg8oc%s=s96-c" % b62(28),
               "/var/app/uploads/patient_photos/%s.jpeg" % digits(7),
               "https://pwmedia.blob.core.windows.net/profile-photos/%s.heic" % u])


def passport():
    return ch(["C0" + digits(7), digits(9), ch("XYZABCEKL") + digits(8), "E" + digits(8),
               alnum(2, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(7)])


def national_id():
    kind = ch(["aadhaar", "sin", "cpf", "curp", "dni", "nino", "itin", "pesel", "ausweis", "stateid"])
    if kind == "aadhaar":
        return "%s %s %s" % (str(R.randrange(2, 10)) + digits(3), digits(4), digits(4))
    if kind == "sin":
        return "%s %s %s" % (digits(3), digits(3), digits(3))
    if kind == "cpf":
        return "%s.%s.%s-%s" % (digits(3), digits(3), digits(3), digits(2))
    if kind == "curp":
        return alnum(4, "ABCDEFGHIJKLMNOPRSTUVWXZ") + digits(6) + ch("HM") + alnum(5, "BCDFGHJKLMNPRSTVWXZ") + alnum(1, "0123456789A") + digits(1)
    if kind == "dni":
        return digits(8) + ch("TRWAGMYFPDXBNJZSQVHLCKE")
    if kind == "nino":
        return alnum(2, "ABCEGHJKLMNPRSTWXYZ") + " " + digits(2) + " " + digits(2) + " " + digits(2) + " " + ch("ABCD")
    if kind == "itin":
        return "9%s-%d%d-%s" % (digits(2), R.randrange(7, 9), R.randrange(10), digits(4))
    if kind == "pesel":
        return digits(11)
    if kind == "ausweis":
        return alnum(9, "CFGHJKLMNPRTVWXYZ0123456789")
    return ch(["ID", "S"]) + digits(8)


def other_id():
    return passport() if chance(0.45) else national_id()


def addr_parts(sep=", ", with_zip=True, state=True):
    """street, city, ST zip -> list of parts with spans."""
    c, st = city()
    out = [P("address", street()), sep, P("address", c)]
    if state:
        out += [", " + st]
    if with_zip:
        out += [" ", P("zip", zipc())]
    return out


# --------------------------------------------------------------------------
# look-alikes (never labeled)
# --------------------------------------------------------------------------
def trace_id():
    return hexs(32)


def span_id():
    return hexs(16)


def order_no():
    return ch(["ORD-%s-%s" % (digits(4), digits(6)), "A-" + digits(5), "#" + digits(7), "SO" + digits(9),
               "PW%s%s" % (digits(6), alnum(2))])


def build_no():
    return ch(["%d.%d.%d (%d)" % (R.randrange(3, 8), R.randrange(30), R.randrange(20), R.randrange(1000, 99999)),
               "%d.%d.%d" % (R.randrange(1, 8), R.randrange(30), R.randrange(20)),
               "build %d" % R.randrange(10000, 999999), "%d.%d.%d-rc.%d" % (R.randrange(1, 8), R.randrange(30), R.randrange(9), R.randrange(1, 9))])


def version():
    return "%d.%d.%d" % (R.randrange(1, 8), R.randrange(30), R.randrange(20))


def sha(n=40):
    return hexs(n)


def dur():
    return ch(["%dms" % R.randrange(2, 9000), "%.3fs" % (R.random() * 12), "%dus" % R.randrange(50, 90000),
               "%.1fms" % (R.random() * 400)])


def port():
    return R.choice([443, 8443, 8080, 5432, 6379, 9092, 50051, 4317, 3000, 27017, R.randrange(30000, 65000)])


def os_ver():
    return ch(["iOS 17.4.1", "iOS 16.7.8", "Android 14", "Android 13", "iPadOS 17.5", "watchOS 10.4", "Android 12"])


def model_for(android):
    if android:
        return ch(["Pixel 7a", "SM-S918U", "SM-A546E", "moto g stylus 5G", "OnePlus CPH2449", "Pixel 8 Pro"])
    return ch(["iPhone15,3", "iPhone14,7", "iPad13,16", "iPhone16,2", "iPhone12,8"])


def os_for(android):
    return ch(["Android 14", "Android 13", "Android 12"]) if android else ch(["iOS 17.4.1", "iOS 16.7.8", "iPadOS 17.5", "iOS 17.5"])


def model():
    return ch(["iPhone15,3", "iPhone14,7", "Pixel 7a", "SM-S918U", "SM-A546E", "moto g stylus 5G",
               "iPad13,16", "Watch6,14", "OnePlus CPH2449", "Pixel 8 Pro"])


def ua():
    return ch(["Pulsewell/%s (iPhone; iOS 17.4.1; Scale/3.00)" % version(),
               "okhttp/4.12.0", "CareNest/%s Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/UQ1A.240205.004)" % version(),
               "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
               "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
               "VitaTrack/%s CFNetwork/1494.0.7 Darwin/23.4.0" % version()])


def jwt_like():
    return "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + b64(12, True).rstrip("=") + "." + b64(48, True).rstrip("=") + "." + b64(32, True).rstrip("=")


def push_token():
    return hexs(64)


def fcm_token():
    return b62(11) + ":APA91b" + b62(60).replace("+", "")


def future_date():
    d = datetime(2024, 1, 1) + timedelta(days=R.randrange(0, 720))
    return d.strftime("%Y-%m-%d")


def money():
    return R.choice([999, 1499, 2500, 4500, 1299, 7999, 350, 12000, 2999])


FAMILIES = []


def family(name):
    def deco(fn):
        FAMILIES.append((name, fn))
        return fn
    return deco


def pick(opts, lo=1, hi=3):
    """Run a random non-empty subset of thunks (in original order)."""
    k = R.randint(lo, min(hi, len(opts)))
    idx = sorted(R.sample(range(len(opts)), k))
    for i in idx:
        opts[i]()


SCREENS = ["BookingConfirmFragment", "RxRefillViewController", "InsuranceCardScanActivity",
           "TelevisitLobbyView", "HomeFeedFragment", "SymptomCheckerStep3", "ProfileEditScreen",
           "DeliveryTrackingMap", "WearablePairingFlow", "PaywallV3"]


# --------------------------------------------------------------------------
# family: Firebase Crashlytics BigQuery export rows
# --------------------------------------------------------------------------
@family("crashlytics_export")
def f_crashlytics(phi):
    t = now()
    plat = ch(["ANDROID", "IOS"])
    android = plat == "ANDROID"
    user = {"id": uid() if chance(0.7) else hexs(28)}
    custom = [{"key": "build_flavor", "value": ch(["prodRelease", "internalBeta", "prodRelease"])},
              {"key": "last_screen", "value": ch(SCREENS)},
              {"key": "ab_bucket", "value": ch(["control", "paywall_v3", "t2"])}]
    exc_type = ch(["java.lang.IllegalStateException", "kotlin.KotlinNullPointerException",
                   "retrofit2.HttpException", "NSInvalidArgumentException", "EXC_BAD_ACCESS",
                   "java.lang.NumberFormatException", "Swift.DecodingError"])
    msg = ch(["Fragment %s{%s} not attached to a context." % (ch(SCREENS), hexs(7)),
              "HTTP 502 from https://api.pulsewell.app/v2/slots?clinic=CL-%s" % digits(4),
              "Attempt to invoke virtual method 'int java.lang.String.length()' on a null object reference",
              "keyNotFound(CodingKeys(stringValue: \"copayCents\", intValue: nil))",
              "For input string: \"%s\"" % ch(["v5.14.2", "NaN", "0x%s" % hexs(6)]),
              "-[__NSCFNumber length]: unrecognized selector sent to instance 0x%s" % hexs(12)])
    logs = [{"timestamp": ts_iso(t - timedelta(seconds=R.randrange(5, 300))),
             "message": ch(["OkHttp <-- 200 https://api.pulsewell.app/v2/config (%s)" % dur(),
                            "WorkManager: enqueued sync job %s" % uid(),
                            "Pairing state CONNECTED rssi=-%d" % R.randrange(40, 90),
                            "Paywall shown variant=%s" % ch(["A", "B", "annual_first"])])}]
    if phi:
        f, l = first(), last()

        def a():
            user["name"] = P("name", f + " " + l)

        def b():
            user["email"] = P("email", email_for(f, l))

        def c():
            custom.append({"key": ch(["patient_dob", "pt_dob", "dobString", "user.birthday"]), "value": P("date", dob())})

        def d():
            custom.append({"key": ch(["memberId", "insurance_member_id", "mbr_id"]), "value": P("health_plan", member_id())})

        def e():
            logs.append({"timestamp": ts_iso(t - timedelta(seconds=2)),
                         "message": S("ProfileViewModel: saving phone ", P("phone", phone()), " for ", P("name", full_name("fl")))})

        def g():
            nonlocal msg
            msg = S(ch(["Unable to parse MRN '", "Invalid mrn value: ", "Chart lookup failed for "]), P("mrn", mrn()),
                    ch(["' (expected numeric)", " (HTTP 404)", ""]))

        def h():
            custom.append({"key": ch(["delivery_zip", "zipCode", "pharmacy_zip"]), "value": P("zip", zip5())})

        def i():
            custom.append({"key": ch(["last_ssn_entered", "ssn_field_value", "kycSsn"]), "value": P("ssn", ssn())})

        pick([a, b, c, d, e, g, h, i], 1, 4)
    row = {"platform": plat, "bundle_identifier": ch(APPS), "event_id": hexs(32),
           "is_fatal": chance(0.4), "issue_id": hexs(32), "event_timestamp": ts_iso(t),
           "received_timestamp": ts_iso(t + timedelta(seconds=R.randrange(1, 90))),
           "device": {"manufacturer": ch(["Google", "samsung", "motorola"]) if android else "Apple", "model": model_for(android),
                      "architecture": ch(["arm64", "arm64-v8a"])},
           "memory": {"used": R.randrange(10 ** 8, 10 ** 9), "free": R.randrange(10 ** 7, 10 ** 9)},
           "operating_system": {"display_version": os_for(android), "type": plat, "device_type": "MOBILE"},
           "application": {"build_version": str(R.randrange(1000, 99999)), "display_version": version()},
           "user": user, "custom_keys": custom, "logs": logs,
           "exceptions": [{"type": exc_type, "exception_message": msg,
                           "blame_frame": {"file": ch(["BookingRepository.kt", "RxRefillVC.swift", "SyncWorker.kt", "<compiler-generated>"]),
                                           "line": R.randrange(20, 900), "symbol": ch(["saveProfile", "onBind", "decode(_:)", "doWork"]),
                                           "offset": R.randrange(1000, 99999)}}],
           "crashlytics_sdk_version": ch(["18.6.2", "10.25.0", "18.4.3"])}
    return J(row)


# --------------------------------------------------------------------------
# family: GA4 / Firebase Analytics BigQuery export rows
# --------------------------------------------------------------------------
@family("firebase_analytics_export")
def f_ga4(phi):
    t = now()
    ev = ch(["appointment_booked", "screen_view", "rx_refill_requested", "select_content", "purchase",
             "insurance_card_scanned", "televisit_joined", "symptom_check_complete"])
    params = [{"key": "ga_session_id", "value": {"int_value": ts_epoch(t) - R.randrange(10, 900)}},
              {"key": "engagement_time_msec", "value": {"int_value": R.randrange(10, 90000)}},
              {"key": "firebase_screen_class", "value": {"string_value": ch(SCREENS)}},
              {"key": "firebase_event_origin", "value": {"string_value": "app"}}]
    uprops = [{"key": "plan_tier", "value": {"string_value": ch(["free", "plus", "family"]), "set_timestamp_micros": ts_ms(t) * 1000}},
              {"key": "first_open_time", "value": {"int_value": (ts_ms(t) // 3600000 - R.randrange(24, 9000)) * 3600000}}]
    geo = {"continent": "Americas", "country": "United States", "region": ch(STATES_FULL), "city": "(not set)",
           "sub_continent": "Northern America", "metro": "(not set)"}
    if phi:
        def a():
            params.append({"key": ch(["appt_date", "appointment_day", "visit_date"]), "value": {"string_value": P("date", fmt_date(appt_dt(), ch(["iso", "us", "compact"])))}})

        def b():
            params.append({"key": ch(["search_term", "patient_search", "searched_name"]), "value": {"string_value": P("name", full_name(ch(["fl", "lf"])))}})

        def c():
            uprops.append({"key": ch(["member_id", "hp_member", "insurance_id"]), "value": {"string_value": P("health_plan", member_id()), "set_timestamp_micros": ts_ms(t) * 1000}})

        def d():
            geo["city"] = P("address", city()[0])

        def e():
            uprops.append({"key": ch(["home_zip", "zip5", "postal"]), "value": {"string_value": P("zip", zip5()), "set_timestamp_micros": ts_ms(t) * 1000}})

        def g():
            params.append({"key": ch(["user_email", "em", "contact_email"]), "value": {"string_value": P("email", email_for())}})

        def h():
            uprops.append({"key": ch(["patient_age", "age"]), "value": {"int_value": P("age", age90()), "set_timestamp_micros": ts_ms(t) * 1000}})

        def i():
            params.append({"key": ch(["chart_no", "mrn", "ehr_patient_id"]), "value": {"string_value": P("mrn", mrn())}})

        pick([a, b, c, d, e, g, h, i], 1, 3)
    else:
        params.append({"key": ch(["value", "item_count", "step"]), "value": {"double_value": round(R.random() * 100, 2)}})
        uprops.append({"key": "birth_year", "value": {"int_value": R.randrange(1935, 2005), "set_timestamp_micros": ts_ms(t) * 1000}})
    row = {"event_date": t.strftime("%Y%m%d"), "event_timestamp": str(ts_ms(t) * 1000 + R.randrange(1000)),
           "event_name": ev, "event_params": params, "user_pseudo_id": hexs(32),
           "user_properties": uprops, "device": {"category": "mobile", "mobile_brand_name": ch(["Apple", "Google", "Samsung"]),
                                                 "operating_system_version": os_ver(), "language": ch(["en-us", "es-us", "vi-vn"])},
           "geo": geo, "app_info": {"id": ch(APPS), "version": version(), "firebase_app_id": "1:%s:android:%s" % (digits(12), hexs(16))},
           "stream_id": digits(10), "platform": ch(["ANDROID", "IOS"])}
    return J(row)


# --------------------------------------------------------------------------
# family: Segment identify / track / page payloads (as received by a webhook sink)
# --------------------------------------------------------------------------
@family("segment_event")
def f_segment(phi):
    t = now()
    ctx = {"library": {"name": ch(["analytics-ios", "analytics-kotlin", "analytics-node"]), "version": version()},
           "app": {"name": ch(["Pulsewell", "CareNest"]), "version": version(), "build": str(R.randrange(100, 9999))},
           "os": {"name": ch(["iOS", "Android"]), "version": ch(["17.4.1", "14", "16.7.8"])},
           "timezone": ch(["America/Chicago", "America/Los_Angeles", "America/New_York", "America/Phoenix"])}
    base = {"messageId": ch(["ajs-next-", "api-"]) + hexs(32), "timestamp": ts_iso(t), "sentAt": ts_iso(t),
            "receivedAt": ts_iso(t + timedelta(milliseconds=R.randrange(50, 3000)))}
    if phi:
        kind = ch(["identify", "identify", "track"])
        f, l = first(), last()
        if kind == "identify":
            traits = {}
            opts = []
            sty = ch(["combined", "split", "snake"])
            if sty == "combined":
                traits["name"] = P("name", f + " " + l)
            elif sty == "split":
                traits["firstName"] = P("name", f)
                traits["lastName"] = P("name", l)
            else:
                traits["first_name"] = P("name", f)
                traits["last_name"] = P("name", l)

            def a():
                traits["email"] = P("email", email_for(f, l))

            def b():
                traits[ch(["phone", "phoneNumber", "mobile"])] = P("phone", phone())

            def c():
                cc, st = city()
                traits["address"] = {"street": P("address", street()), "city": P("address", cc), "state": st,
                                     "postalCode": P("zip", zipc()), "country": "US"}

            def d():
                traits[ch(["birthday", "dateOfBirth", "dob"])] = P("date", dob(ch(["iso", "us"])))

            def e():
                traits[ch(["website", "linkedin", "facebookUrl"])] = P("url", personal_url(f, l))

            def g():
                traits[ch(["avatar", "photoUrl", "profile_image"])] = P("photo", photo_ref())

            def h():
                ctx["ip"] = P("ip", user_ip())

            def i():
                traits[ch(["age"])] = P("age", age90())

            pick([a, b, c, d, e, g, h, i], 1, 4)
            traits["plan"] = ch(["plus_monthly", "free", "family_annual"])
            body = {"type": "identify", "userId": "usr_" + b62(18), "anonymousId": uid(), "traits": traits, "context": ctx}
        else:
            props = {"clinic_id": "CL-" + digits(4), "visit_type": ch(["video", "in_person", "async"])}

            def a():
                props[ch(["appointmentDate", "appt_dt", "slotDate"])] = P("date", fmt_date(appt_dt(), "iso"))

            def b():
                props[ch(["patientName", "for_person", "dependent_name"])] = P("name", f + " " + l)

            def c():
                ctx["ip"] = P("ip", user_ip())

            def d():
                props[ch(["insuranceMemberId", "memberID", "subscriber_id"])] = P("health_plan", member_id())

            pick([a, b, c, d], 1, 3)
            body = {"type": "track", "event": ch(["Appointment Booked", "Dependent Added", "Visit Rescheduled"]),
                    "userId": "usr_" + b62(18), "properties": props, "context": ctx}
    else:
        kind = ch(["track", "page", "identify"])
        ctx["ip"] = ch([priv_ip(), "0.0.0.0"])
        if kind == "track":
            body = {"type": "track", "event": ch(["Subscription Started", "Order Completed", "Paywall Viewed", "Onboarding Step Completed"]),
                    "userId": "usr_" + b62(18), "properties": {"order_id": order_no(), "plan": ch(["plus_monthly", "family_annual"]),
                                                               "revenue": round(R.random() * 120, 2), "currency": "USD",
                                                               "coupon": ch(["SPRING24", None, "NURSESWEEK"]), "step": R.randrange(1, 7)},
                    "context": ctx}
        elif kind == "page":
            body = {"type": "page", "name": ch(["Pricing", "Find a Doctor", "Blog"]), "anonymousId": uid(),
                    "properties": {"path": ch(["/pricing", "/providers/cardiology", "/blog/heat-safety-tips"]),
                                   "referrer": "https://www.google.com/", "url": "https://www.pulsewell.app" + ch(["/pricing", "/providers"])},
                    "context": ctx}
        else:
            body = {"type": "identify", "userId": "usr_" + b62(18),
                    "traits": {"plan": ch(["free", "plus_monthly"]), "createdAt": ts_iso(t - timedelta(days=R.randrange(1, 900))),
                               "age_band": ch(["25-34", "65-74", "45-54"]), "state": ch(["TX", "CA", "OH"]),
                               "company": {"name": "Harborview Family Health", "employee_count": 1200}},
                    "context": ctx}
    body.update(base)
    return ["segment-sink ", ch(["INFO", "DEBUG"]), " received ", J(body)]


# --------------------------------------------------------------------------
# family: Amplitude HTTP API v2 upload batches
# --------------------------------------------------------------------------
@family("amplitude_upload")
def f_amplitude(phi):
    t = now()
    ev = {"user_id": "u_" + digits(8), "device_id": uid().upper(), "event_type": ch(["Symptom Checker Completed", "Med Reminder Taken", "Sleep Score Viewed", "Televisit Rated"]),
          "time": ts_ms(t), "event_properties": {"duration_ms": R.randrange(100, 90000), "screen": ch(SCREENS)},
          "app_version": version(), "platform": ch(["iOS", "Android"]), "os_version": ch(["17.4.1", "14"]),
          "insert_id": uid(), "session_id": ts_ms(t) - R.randrange(1000, 600000)}
    if phi:
        up = {}

        def a():
            ev["ip"] = P("ip", user_ip())

        def b():
            ev["city"] = P("address", city()[0])
            ev["region"] = ch(STATES_FULL)

        def c():
            up[ch(["dob", "date_of_birth", "birthDate"])] = P("date", dob())

        def d():
            up[ch(["age", "ageYears"])] = P("age", age90())

        def e():
            up[ch(["email", "Email"])] = P("email", email_for())

        def g():
            up[ch(["instagram", "blog_url", "social_profile"])] = P("url", personal_url())

        def h():
            up[ch(["caregiver_name", "emergency_contact", "guarantor"])] = P("name", full_name())

        def i():
            up[ch(["cgm_serial", "pumpSerial", "watch_serial"])] = P("device", dev_serial())

        pick([a, b, c, d, e, g, h, i], 1, 4)
        if up:
            ev["user_properties"] = {"$set": up}
    else:
        ev["ip"] = "$remote"
        ev["user_properties"] = {"$set": {"plan": ch(["plus", "free"]), "age": age_ok(), "state": ch(["TX", "CA", "FL"])},
                                 "$add": {"lifetime_sessions": 1}}
    body = {"api_key": hexs(32), "events": [ev], "options": {"min_id_length": 5}}
    return [ts_iso(), " amplitude-forwarder upload status=200 events_ingested=1 payload_size_bytes=%d body=" % R.randrange(400, 4000), J(body, sp=True)]


# --------------------------------------------------------------------------
# family: Mixpanel /track and /engage payloads
# --------------------------------------------------------------------------
@family("mixpanel_event")
def f_mixpanel(phi):
    t = now()
    props = {"time": ts_epoch(t), "distinct_id": "$device:" + uid().upper() if chance(0.4) else "u_" + digits(8),
             "$insert_id": hexs(16), "mp_lib": ch(["android", "swift", "react-native"]), "$os": ch(["iOS", "Android"]),
             "$app_version_string": version(), "$model": model()}
    if phi:
        ev = ch(["$engage", "Rx Refill Requested", "Caregiver Invited", "Profile Updated"])
        f, l = first(), last()
        if ev == "$engage":
            sets = {"$name": P("name", f + " " + l)}

            def a():
                sets["$email"] = P("email", email_for(f, l))

            def b():
                sets["$phone"] = P("phone", phone())

            def c():
                sets["$city"] = P("address", city()[0])

            def d():
                sets[ch(["Date of Birth", "dob", "DOB"])] = P("date", dob())

            def e():
                sets["$avatar"] = P("photo", photo_ref())

            def g():
                sets[ch(["website", "$website", "Social Profile"])] = P("url", personal_url(f, l))

            pick([a, b, c, d, e, g], 1, 3)
            body = {"$token": hexs(32), "$distinct_id": props["distinct_id"], "$ip": P("ip", user_ip()) if chance(0.5) else "0", "$set": sets}
            return ["mixpanel-proxy POST /engage#profile-set ", J(body)]
        else:
            def a():
                props[ch(["caregiver_email", "invitee_email"])] = P("email", email_for())

            def b():
                props[ch(["pharmacy_account", "billing_acct"])] = P("account", patient_acct())

            def c():
                props["ip"] = P("ip", user_ip())

            def d():
                props[ch(["relative_name", "invitee"])] = P("name", full_name("fl"))

            def e():
                props[ch(["deliveryAddress", "ship_to"])] = S(*addr_parts())

            pick([a, b, c, d, e], 1, 3)
            body = {"event": ev, "properties": props}
    else:
        props["ip"] = 0
        props.update({"paywall_variant": ch(["A", "B"]), "order_id": order_no(), "$duration": round(R.random() * 30, 3),
                      "support_agent": ch(STAFF), "price_usd": ch([9.99, 79.0, 14.99])})
        body = {"event": ch(["Paywall Viewed", "Order Completed", "Support Chat Opened", "App Open"]), "properties": props}
    return ["mixpanel-proxy POST /track ", J(body)]



# --------------------------------------------------------------------------
# family: APNs / FCM push delivery logs
# --------------------------------------------------------------------------
@family("push_delivery")
def f_push(phi):
    t = ts_iso()
    host = ch(["push-gw-2.use1.pulsewell.internal", "push-gw-0", "notifier-7c9d8f-k2m4x"])
    apns = chance(0.55)
    if phi:
        if apns:
            f = first()
            kind = ch(["appt", "caregiver", "rx", "dob"])
            if kind == "appt":
                d = appt_dt()
                body = S("Hi ", P("name", f), ", your visit with ", ch(DOCS), " is on ", P("date", fmt_date(d, ch(["us", "mon"]))),
                         " at %d:%02d %s" % ((d.hour - 1) % 12 + 1, d.minute, "AM" if d.hour < 12 else "PM"))
                title = "Appointment reminder"
            elif kind == "caregiver":
                rel = ch(["parent", "grandparent", "care recipient", "relative", "spouse"])
                body = S("Your %s " % rel, P("name", full_name("fl")), " (age ", P("age", age90()), ") missed the %s dose of %s" %
                         (ch(["8:00 AM", "noon", "9 PM"]), ch(["Eliquis 5mg", "metoprolol", "donepezil"])))
                title = "Missed dose alert"
            elif kind == "rx":
                body = S("Rx ready for ", P("name", full_name(ch(["fl", "lf"]))), " at ", ch(["Walgreens #", "CVS Store "]) + digits(5),
                         ". Questions? Call us at ", ch(ORG_PHONE))
                title = "Prescription ready"
            else:
                body = S("Confirm it's you: is your date of birth ", P("date", dob("us")), "?")
                title = "Verify identity"
            payload = {"aps": {"alert": {"title": title, "body": body}, "sound": "default", "badge": R.randrange(1, 9),
                               "thread-id": ch(["appts", "rx", "care-team"])}, "deeplink": "pulsewell://%s/%s" % (ch(["appt", "rx"]), b62(10))}
            return [t, " INFO ", host, " apns.send apns-id=", uid().upper(), " topic=", ch(APPS), " push-type=alert priority=10 token=",
                    push_token(), " status=200 latency=", dur(), " payload=", J(payload)]
        data = {"type": ch(["rx_delivery", "visit_summary", "lab_result"]), "deeplink": "carenest://inbox/%s" % b62(12)}
        opts = []

        def a():
            data[ch(["patient", "recipientName", "pt_name"])] = P("name", full_name(ch(["fl", "lf"])))

        def b():
            c, st = city()
            data[ch(["deliver_to", "dest", "shipAddr"])] = S(P("address", street()), ", ", P("address", c), " ", st, " ", P("zip", zip5()))

        def c():
            data[ch(["callback", "contact_phone", "tel"])] = P("phone", phone())

        def d():
            data[ch(["mrn", "chartNo"])] = P("mrn", mrn())

        def e():
            data[ch(["svc_date", "dos", "visit_dt"])] = P("date", fmt_date(appt_dt(), "iso"))

        pick([a, b, c, d, e], 1, 3)
        msg = {"message": {"token": fcm_token(), "data": data, "android": {"priority": "high", "ttl": "%ds" % R.choice([3600, 86400])}}}
        return [t, " INFO ", host, " fcm.v1 POST projects/pulsewell-prod/messages:send -> 200 name=projects/pulsewell-prod/messages/0:",
                str(ts_ms()), "%", hexs(16), " req=", J(msg)]
    # clean
    k = ch(["apns_err", "apns_ok", "fcm_err", "batch", "fcm_ok"])
    if k == "apns_err":
        return [t, " WARN ", host, " apns.send apns-id=", uid().upper(), " topic=", ch(APPS), " token=", push_token(),
                " status=", ch(["410 reason=Unregistered timestamp=%d" % ts_ms(), "400 reason=BadDeviceToken", "429 reason=TooManyRequests",
                                "403 reason=ExpiredProviderToken"]),
                " retry=", str(R.randrange(0, 4)), " apns-expiration=", str(ts_epoch() + 86400), " apns-collapse-id=rx-ready-", order_no().strip("#")]
    if k == "apns_ok":
        body = ch(["Your order %s has shipped. Track it: https://pw.link/t/%s" % (order_no(), b62(6)),
                   "%s sent you a new secure message." % ch(DOCS),
                   "Time to log your blood pressure reading.", "Your Pulsewell Plus trial ends in 3 days.",
                   "Your lab results are ready to view in the app."])
        payload = {"aps": {"alert": {"title": ch(["Pulsewell", "CareNest", "Reminder"]), "body": body}, "sound": "default",
                           "mutable-content": 1}, "campaign": "cmp_" + digits(6)}
        return [t, " INFO ", host, " apns.send apns-id=", uid().upper(), " topic=", ch(APPS), " push-type=alert priority=",
                ch(["5", "10"]), " token=", push_token(), " status=200 latency=", dur(), " payload=", J(payload)]
    if k == "fcm_err":
        return [t, " ERROR ", host, " fcm.v1 send failed token=", fcm_token(), " error=", ch(["UNREGISTERED", "QUOTA_EXCEEDED", "SENDER_ID_MISMATCH", "INVALID_ARGUMENT"]),
                " http=", ch(["404", "429", "403", "400"]), " trace_id=", trace_id(), " attempt=", str(R.randrange(1, 6))]
    if k == "fcm_ok":
        return [t, " DEBUG ", host, " fcm.v1 POST projects/pulsewell-prod/messages:send -> 200 name=projects/pulsewell-prod/messages/0:",
                str(ts_ms()), "%", hexs(16), " topic=/topics/", ch(["promo-us", "app-update", "heat-advisory-tx"]), " latency=", dur()]
    return [t, " INFO ", host, " push.batch campaign=cmp_", digits(6), " sent=", str(R.randrange(100, 90000)), " failed=", str(R.randrange(0, 900)),
            " invalid_tokens=", str(R.randrange(0, 300)), " p50=", dur(), " p95=", dur(), " worker=", ch(STAFF), " build=", build_no()]


# --------------------------------------------------------------------------
# family: Stripe webhooks and API request logs
# --------------------------------------------------------------------------
def stripe_id(pfx, n=24):
    return pfx + "_" + ch(["1P", "3P", "1O"]) + b62(n - 2)


@family("stripe_webhook")
def f_stripe(phi):
    t = now()
    cardobj = {"brand": ch(["visa", "mastercard", "amex"]), "last4": digits(4), "exp_month": R.randrange(1, 13),
            "exp_year": R.randrange(2025, 2031), "fingerprint": b62(16), "funding": ch(["credit", "debit"]),
            "checks": {"cvc_check": "pass", "address_postal_code_check": ch(["pass", "unavailable"])}}
    if phi:
        kind = ch(["charge", "customer", "form", "charge", "pi", "identity"])
        f, l = first(), last()
        if kind == "identity":
            dt = ch(["passport", "driving_license", "id_card"])
            dnum = P("license", dl_number()) if dt == "driving_license" else P("other_id", other_id())
            cc, st = city()
            rep = {"id": stripe_id("vr"), "object": "identity.verification_report", "created": ts_epoch(t),
                   "document": {"type": dt, "status": "verified", "first_name": P("name", f), "last_name": P("name", l), "number": dnum,
                                "issuing_country": ch(["US", "MX", "IN", "PH"]),
                                "address": {"line1": P("address", street()), "city": P("address", cc), "state": st, "postal_code": P("zip", zip5()), "country": "US"},
                                "files": [stripe_id("file"), stripe_id("file")]},
                   "selfie": {"status": "verified", "document": stripe_id("file"), "selfie": stripe_id("file")},
                   "type": "document", "verification_session": stripe_id("vs")}
            if chance(0.5):
                rep["id_number"] = {"status": "verified", "id_number_type": "us_ssn", "id_number": P("ssn", ssn())}
            ev = {"id": stripe_id("evt"), "object": "event", "api_version": "2023-10-16", "created": ts_epoch(t),
                  "data": {"object": rep}, "livemode": True, "type": "identity.verification_session.verified"}
            return [ts_iso(t), " INFO billing-api webhook stripe verified sig=t=", str(ts_epoch(t)), ",v1=", hexs(16), "... ", J(ev)]
        if kind == "form":
            nm = f + " " + l
            tail = ch(["ach", "card"])
            if tail == "ach":
                body = ["type=us_bank_account&us_bank_account[account_holder_type]=individual&us_bank_account[account_number]=",
                        P("account", bank_acct()), "&us_bank_account[routing_number]=", ch(["110000000", "021000021", "122105155"]),
                        "&billing_details[name]=", P("name", quote_plus(nm)), "&billing_details[email]=", P("email", quote(email_for(f, l), safe=""))]
            else:
                body = ["type=card&card[number]=", P("account", card("plain")), "&card[exp_month]=%d&card[exp_year]=%d&card[cvc]=***" % (R.randrange(1, 13), R.randrange(2025, 2031)),
                        "&billing_details[name]=", P("name", quote_plus(nm)), "&billing_details[address][postal_code]=", P("zip", zip5())]
            return [ts_iso(t), " WARN billing-api stripe.request POST /v1/payment_methods status=402 request_id=req_", b62(14),
                    " idempotency_key=", uid(), " raw_body=\"", body, "\""]
        cc, st = city()
        addr = {"city": P("address", cc), "country": "US", "line1": P("address", street()), "line2": None,
                "postal_code": P("zip", zip5()), "state": st}
        bd = {"address": addr, "email": P("email", email_for(f, l)), "name": P("name", f + " " + l), "phone": P("phone", phone("e164")) if chance(0.6) else None}
        meta = {"app_user": "usr_" + b62(18), "order_id": order_no()}

        def a():
            meta[ch(["patient_account", "pt_acct", "billingAccount"])] = P("account", patient_acct())

        def b():
            meta[ch(["dob", "patient_dob", "birthdate"])] = P("date", dob("iso"))

        def c():
            meta[ch(["mrn", "ehr_mrn"])] = P("mrn", mrn())

        def d():
            meta[ch(["member_id", "hsa_member", "plan_member_id"])] = P("health_plan", member_id())

        def e():
            meta[ch(["svc_date", "date_of_service"])] = P("date", fmt_date(appt_dt(), "iso"))

        pick([a, b, c, d, e], 0 if kind == "customer" else 1, 2)
        if kind == "customer":
            obj = {"id": stripe_id("cus", 14), "object": "customer", "address": addr, "balance": 0, "created": ts_epoch(t),
                   "email": bd["email"], "name": bd["name"], "phone": P("phone", phone("e164")), "metadata": meta,
                   "invoice_prefix": alnum(8), "livemode": True}
            typ = ch(["customer.created", "customer.updated"])
        else:
            obj = {"id": stripe_id("ch" if kind == "charge" else "pi"), "object": "charge" if kind == "charge" else "payment_intent",
                   "amount": money(), "currency": "usd", "billing_details": bd, "customer": stripe_id("cus", 14),
                   "metadata": meta, "payment_method_details": {"card": cardobj, "type": "card"},
                   "statement_descriptor": "PULSEWELL*RX", "receipt_email": None, "status": "succeeded"}
            typ = "charge.succeeded" if kind == "charge" else "payment_intent.succeeded"
        ev = {"id": stripe_id("evt"), "object": "event", "api_version": "2023-10-16", "created": ts_epoch(t),
              "data": {"object": obj}, "livemode": True, "pending_webhooks": 1,
              "request": {"id": "req_" + b62(14), "idempotency_key": uid()}, "type": typ}
        return [ts_iso(t), " INFO billing-api webhook stripe verified sig=t=", str(ts_epoch(t)), ",v1=", hexs(64)[:16], "... ", J(ev)]
    kind = ch(["payout", "invoice", "charge", "dispute"])
    if kind == "payout":
        obj = {"id": stripe_id("po"), "object": "payout", "amount": R.randrange(10 ** 5, 10 ** 8), "arrival_date": ts_epoch(t) + 86400 * 2,
               "currency": "usd", "destination": stripe_id("ba"), "method": "standard", "statement_descriptor": "PULSEWELL PAYOUT",
               "status": "paid", "balance_transaction": stripe_id("txn")}
    elif kind == "invoice":
        obj = {"id": stripe_id("in"), "object": "invoice", "amount_paid": money(), "billing_reason": "subscription_cycle",
               "customer": stripe_id("cus", 14), "customer_email": None, "number": "%s-%04d" % (alnum(8), R.randrange(1, 9999)),
               "lines": {"data": [{"price": {"id": stripe_id("price"), "product": stripe_id("prod", 14), "nickname": ch(["Pulsewell Plus Annual", "Family Monthly"])},
                                   "period": {"start": ts_epoch(t), "end": ts_epoch(t) + 86400 * 30}, "quantity": 1}]},
               "account_country": "US", "account_name": "Pulsewell Health, Inc.", "status": "paid"}
    elif kind == "charge":
        obj = {"id": stripe_id("ch"), "object": "charge", "amount": money(), "currency": "usd", "customer": stripe_id("cus", 14),
               "billing_details": {"address": {"city": None, "country": "US", "line1": None, "postal_code": None, "state": None},
                                   "email": None, "name": None, "phone": None},
               "payment_method_details": {"card": cardobj, "type": "card"}, "outcome": {"network_status": "approved_by_network",
                                                                                    "risk_level": "normal", "risk_score": R.randrange(0, 60)},
               "metadata": {"order_id": order_no(), "sku": "RX-DEL-%s" % digits(3)}, "status": "succeeded"}
    else:
        obj = {"id": stripe_id("dp"), "object": "dispute", "amount": money(), "charge": stripe_id("ch"), "reason": ch(["fraudulent", "product_not_received", "duplicate"]),
               "evidence_details": {"due_by": ts_epoch(t) + 86400 * 7, "submission_count": 0}, "status": "needs_response",
               "network_reason_code": ch(["10.4", "13.1", "4837"])}
    ev = {"id": stripe_id("evt"), "object": "event", "api_version": ch(["2023-10-16", "2024-04-10"]), "created": ts_epoch(t),
          "data": {"object": obj}, "livemode": True, "pending_webhooks": R.randrange(1, 3),
          "request": {"id": None, "idempotency_key": None}, "type": {"payout": "payout.paid", "invoice": "invoice.paid", "charge": "charge.succeeded", "dispute": "charge.dispute.created"}[kind]}
    return [ts_iso(t), " INFO billing-api webhook stripe verified sig=t=", str(ts_epoch(t)), ",v1=", hexs(16), "... ", J(ev)]


# --------------------------------------------------------------------------
# family: Braintree webhook notifications (decoded bt_payload XML)
# --------------------------------------------------------------------------
def xml_el(tag, v):
    return ["<%s>" % tag, v, "</%s>" % tag]


@family("braintree_webhook")
def f_braintree(phi):
    t = now()
    head = [ts_iso(t), " INFO payments-bt webhook kind="]
    if phi:
        kind = ch(["transaction_settled", "subscription_charged_successfully", "dispute_opened", "payment_method_revoked_by_customer"])
        f, l = first(), last()
        cust = ["<customer>", xml_el("id", digits(9)), xml_el("first-name", P("name", f)), xml_el("last-name", P("name", l))]
        if chance(0.7):
            cust += xml_el("email", P("email", email_for(f, l)))
        if chance(0.5):
            cust += xml_el("phone", P("phone", phone()))
        cust += ["</customer>"]
        cc, st = city()
        billing = ["<billing>", xml_el("first-name", P("name", f)), xml_el("last-name", P("name", l)),
                   xml_el("street-address", P("address", street())), xml_el("locality", P("address", cc)),
                   xml_el("region", st), xml_el("postal-code", P("zip", zipc())), xml_el("country-code-alpha2", "US"), "</billing>"]
        extra = []
        if chance(0.35):
            extra = xml_el("custom-fields", ["<patient-dob>", P("date", dob("iso")), "</patient-dob>"])
        elif chance(0.35):
            extra = xml_el("custom-fields", ["<guarantor-account>", P("account", patient_acct()), "</guarantor-account>"])
        cc_el = ["<credit-card>", xml_el("bin", ch(["411111", "555555", "378282", "601100"])), xml_el("last-4", digits(4)),
                 xml_el("card-type", ch(["Visa", "MasterCard", "American Express"])), xml_el("expiration-date", "%02d/%d" % (R.randrange(1, 13), R.randrange(2025, 2031))),
                 xml_el("token", b62(7).lower()), "</credit-card>"]
        tx = ["<transaction>", xml_el("id", b62(8).lower()), xml_el("status", "settled"), xml_el("amount", "%.2f" % (money() / 100)),
              xml_el("merchant-account-id", "pulsewell_usd"), cust, billing, cc_el, extra, "</transaction>"]
        return head + [kind, " bt_signature=", hexs(8), "|", hexs(40), " payload=<notification>", xml_el("kind", kind),
                       xml_el("timestamp", ts_iso(t, ms=False)), "<subject>", tx, "</subject></notification>"]
    kind = ch(["disbursement", "subscription_charged_successfully", "check", "sub_merchant_account_approved"])
    if kind == "disbursement":
        body = ["<disbursement>", xml_el("id", b62(10).lower()), xml_el("amount", "%.2f" % (R.randrange(10 ** 4, 10 ** 7) / 100)),
                xml_el("disbursement-date", future_date()), xml_el("transaction-ids", "<item>%s</item><item>%s</item>" % (b62(8).lower(), b62(8).lower())),
                xml_el("merchant-account", xml_el("id", "pulsewell_usd")), xml_el("success", "true"), "</disbursement>"]
    elif kind == "subscription_charged_successfully":
        body = ["<subscription>", xml_el("id", b62(6).lower()), xml_el("plan-id", ch(["plus_monthly", "family_annual"])),
                xml_el("billing-period-start-date", future_date()), xml_el("billing-period-end-date", future_date()),
                xml_el("next-bill-amount", "%.2f" % (money() / 100)), xml_el("current-billing-cycle", str(R.randrange(1, 30))),
                xml_el("status", "Active"), "</subscription>"]
    elif kind == "check":
        body = [xml_el("check", "true")]
    else:
        body = ["<merchant-account>", xml_el("id", "pw_sub_%s" % digits(4)), xml_el("status", "active"),
                xml_el("master-merchant-account", xml_el("id", "pulsewell_usd")), "</merchant-account>"]
    return head + [kind, " bt_signature=", hexs(8), "|", hexs(40), " payload=<notification>", xml_el("kind", kind),
                   xml_el("timestamp", ts_iso(t, ms=False)), "<subject>", body, "</subject></notification>"]


# --------------------------------------------------------------------------
# family: Auth0 tenant log events
# --------------------------------------------------------------------------
AUTH0_TYPES = {"s": "Success Login", "f": "Failed Login", "ss": "Success Signup", "scp": "Success Change Password",
               "sapi": "Success API Operation", "seccft": "Success Exchange", "fsa": "Failed Silent Auth",
               "gd_auth_succeed": "MFA Auth success", "limit_wc": "Blocked Account"}


@family("auth0_log")
def f_auth0(phi):
    t = now()
    ev = {"log_id": "900%s%s" % (t.strftime("%Y%m%d%H%M%S"), digits(40)), "date": ts_iso(t)}
    if phi:
        typ = ch(["s", "f", "ss", "scp", "gd_auth_succeed", "limit_wc"])
        f, l = first(), last()
        em = email_for(f, l)
        ev.update({"type": typ, "description": AUTH0_TYPES[typ], "connection": ch(["Username-Password-Authentication", "google-oauth2", "sms"]),
                   "client_id": b62(32), "client_name": ch(["Pulsewell iOS", "Pulsewell Android", "CareNest Web"]),
                   "ip": P("ip", user_ip()), "user_agent": ch(["Mobile Safari 17.4.0 / iOS 17.4.0", "Chrome Mobile 124.0.0 / Android 14", "Pulsewell 5.14.2 / iOS 17.4.1"]),
                   "user_id": ch(["auth0|", "google-oauth2|", "sms|"]) + hexs(24)})
        if typ == "gd_auth_succeed" or chance(0.2):
            ev["user_name"] = P("phone", phone("e164"))
        else:
            ev["user_name"] = P("email", em)
        if chance(0.6):
            cc, st = city()
            ev["location_info"] = {"country_code": "US", "country_code3": "USA", "country_name": "United States",
                                   "city_name": P("address", cc), "subdivision_code": st, "time_zone": "America/Chicago",
                                   "continent_code": "NA"}
        if typ == "ss":
            um = {"given_name": P("name", f), "family_name": P("name", l)}
            opts = []

            def a():
                um[ch(["birthdate", "dob"])] = P("date", dob("iso"))

            def b():
                um[ch(["phone_number", "mobile"])] = P("phone", phone("e164"))

            def c():
                um[ch(["zip", "zipcode", "postal_code"])] = P("zip", zip5())

            def d():
                um[ch(["picture", "avatarUrl"])] = P("photo", photo_ref())

            def e():
                um[ch(["profile", "website"])] = P("url", personal_url(f, l))

            def g():
                um[ch(["national_id", "passport_number", "govId"])] = P("other_id", other_id())

            pick([a, b, c, d, e, g], 1, 3)
            ev["details"] = {"body": {"email": P("email", email_for(f, l)), "user_metadata": um, "connection": "Username-Password-Authentication"}}
        elif typ == "f":
            ev["details"] = {"error": {"message": ch(["Wrong email or password.", "user is blocked"])}}
        elif typ == "limit_wc":
            ev["details"] = {"error": {"message": "Too many failed login attempts"}, "attempts": R.randrange(10, 30)}
        ev["hostname"] = "login.pulsewell.app"
        ev["$event_schema"] = {"version": "1.0.0"}
        return J(ev)
    typ = ch(["sapi", "seccft", "fsa", "s"])
    ev.update({"type": typ, "description": AUTH0_TYPES[typ] if typ != "sapi" else ch(["Update a client", "Create a role", "Update tenant settings"]),
               "client_id": b62(32), "client_name": ch(["booking-svc (M2M)", "gql-gateway", "Auth0 Management API", "Pulsewell iOS"])})
    if typ == "sapi":
        ev["details"] = {"request": {"method": ch(["patch", "post"]), "path": ch(["/api/v2/clients/%s" % b62(32), "/api/v2/roles", "/api/v2/tenants/settings"]),
                                     "auth": {"user": {"user_id": "auth0|" + hexs(24), "name": ch(STAFF) + "@pulsewell.app",
                                                       "email": ch(STAFF) + "@pulsewell.app"}, "strategy": "jwt"}},
                         "response": {"statusCode": 200}}
        ev["ip"] = priv_ip()
    elif typ == "seccft":
        ev["details"] = {"scope": "read:appointments write:notifications", "audience": "https://api.pulsewell.app/"}
        ev["ip"] = priv_ip()
        ev["user_agent"] = "node-fetch/1.0"
    elif typ == "fsa":
        ev["details"] = {"body": {"prompt": "none", "response_mode": "web_message", "state": b64(24, True).rstrip("=")}, "error": {"message": "Login required"}}
        ev["user_id"] = ""
    else:
        ev["user_id"] = "auth0|" + hexs(24)
        ev["user_name"] = ch(STAFF) + "@pulsewell.app"
        ev["connection"] = "okta-workforce"
        ev["ip"] = priv_ip()
    ev["hostname"] = "login.pulsewell.app"
    return J(ev)


# --------------------------------------------------------------------------
# family: AWS Cognito triggers (Lambda console logs) and CloudTrail events
# --------------------------------------------------------------------------
@family("cognito_event")
def f_cognito(phi):
    t = now()
    pool = "us-east-1_" + b62(9)
    rid = uid()
    if phi:
        trig = ch(["PreSignUp_SignUp", "PostConfirmation_ConfirmSignUp", "CustomMessage_SignUp", "PreAuthentication_Authentication",
                   "PreTokenGeneration_Authentication"])
        f, l = first(), last()
        ua = {"sub": uid(), "email_verified": ch(["true", "false"])}
        opts = []

        def a():
            ua["given_name"] = P("name", f)
            ua["family_name"] = P("name", l)

        def b():
            ua["email"] = P("email", email_for(f, l))

        def c():
            ua["phone_number"] = P("phone", phone("e164"))

        def d():
            ua["birthdate"] = P("date", dob("iso"))

        def e():
            cc, st = city()
            ua["address"] = S(P("address", street()), "\n" if chance(0.3) else ", ", P("address", cc), ", %s " % st, P("zip", zip5()))

        def g():
            ua[ch(["custom:member_id", "custom:mbi", "custom:hp_subscriber"])] = P("health_plan", member_id())

        def h():
            ua[ch(["custom:voice_tmpl", "custom:bio_fp", "custom:faceid_vec"])] = P("biometric", biometric())

        def i():
            ua[ch(["custom:fax", "custom:fax_number", "custom:recordsFax"])] = P("fax", phone(ch(["dash", "paren", "e164"])))

        def j():
            ua[ch(["custom:ssn", "custom:tin"])] = P("ssn", ssn())

        def k():
            ua[ch(["custom:dl_number", "custom:drivers_license"])] = P("license", dl_number())

        def m():
            ua[ch(["custom:passport_no", "custom:national_id"])] = P("other_id", other_id())

        pick([a, b, c, d, e, g, h, i, j, k, m], 2, 5)
        ev = {"version": "1", "region": "us-east-1", "userPoolId": pool, "userName": uid(),
              "callerContext": {"awsSdkVersion": "aws-sdk-unknown-unknown", "clientId": b62(26).lower()},
              "triggerSource": trig, "request": {"userAttributes": ua}, "response": {}}
        if trig.startswith("CustomMessage"):
            ev["request"]["codeParameter"] = "{####}"
        return [ts_iso(t), "\t", rid, "\tINFO\t", ch(["event:", "Received event", "trigger payload"]), " ", J(ev)]
    kind = ch(["cloudtrail", "report", "cloudtrail", "lambda_info"])
    if kind == "report":
        return ["REPORT RequestId: ", rid, "\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB\tInit Duration: %.2f ms" %
                (R.random() * 400, R.randrange(1, 500), ch([128, 256, 512]), R.randrange(60, 200), R.random() * 600)]
    if kind == "lambda_info":
        return [ts_iso(t), "\t", rid, "\tINFO\t", ch(["PreSignUp: autoConfirmUser=false autoVerifyEmail=true pool=%s" % pool,
                                                      "PostConfirmation: added user to group patients-default (pool=%s) in %s" % (pool, dur()),
                                                      "PreTokenGeneration: claims overridden=3 groupsToOverride=[patients-default]"])]
    acct = digits(12)
    ev = {"eventVersion": "1.08", "userIdentity": {"type": "AssumedRole", "principalId": "AROA" + alnum(17) + ":" + ch(STAFF),
                                                   "arn": "arn:aws:sts::%s:assumed-role/%s/%s" % (acct, ch(["booking-svc-role", "admin-sso", "ci-deployer"]), ch(STAFF)),
                                                   "accountId": acct},
          "eventTime": ts_iso(t, ms=False), "eventSource": "cognito-idp.amazonaws.com",
          "eventName": ch(["AdminGetUser", "AdminUpdateUserAttributes", "ListUsers", "AdminInitiateAuth", "DescribeUserPool"]),
          "awsRegion": "us-east-1", "sourceIPAddress": ch([priv_ip(), "cognito-idp.amazonaws.com"]), "userAgent": "aws-sdk-go-v2/1.26.1",
          "requestParameters": {"userPoolId": pool, "username": "HIDDEN_DUE_TO_SECURITY_REASONS"},
          "responseElements": None, "requestID": uid(), "eventID": uid(), "readOnly": chance(0.5),
          "eventType": "AwsApiCall", "managementEvent": True, "recipientAccountId": acct}
    return J(ev)



# --------------------------------------------------------------------------
# family: Twilio Verify / Lookup / Messaging callbacks, fax relay
# --------------------------------------------------------------------------
def tw_sid(p):
    return p + hexs(32)


def enc_phone(p):
    return quote(p, safe="")


@family("twilio_messaging")
def f_twilio(phi):
    t = ts_iso()
    host = ch(["notify-svc-6d5f7-qz8rt", "verify-gw-1", "hooks.pulsewell.internal"])
    if phi:
        k = ch(["verify_cb", "verify_api", "lookup", "sms_cb", "fax", "verify_email", "inbound", "voicebio", "fax"])
        if k == "voicebio":
            return [t, " INFO ", host, " ivr.voiceauth ", ch(["enroll", "verify"]), " CallSid=", tw_sid("CA"), " caller=", P("phone", phone("e164")),
                    " engine=", ch(["pindrop-passport", "nuance-gatekeeper"]), " score=", "%.2f" % R.random(), " voiceprint_b64=", P("biometric", voiceprint())]
        if k == "verify_cb":
            return [t, " INFO ", host, " POST /hooks/twilio/verify-status 200 in ", dur(), " form=\"AccountSid=", tw_sid("AC"),
                    "&ServiceSid=", tw_sid("VA"), "&VerificationSid=", tw_sid("VE"), "&To=", P("phone", enc_phone(phone("e164"))),
                    "&Channel=", ch(["sms", "call", "whatsapp"]), "&Status=", ch(["approved", "pending", "canceled"]),
                    "&DateCreated=", quote(ts_iso(ms=False), safe=""), "\""]
        if k == "verify_api":
            return [t, " INFO ", host, " twilio.verify create service=", tw_sid("VA"), " to=", P("phone", phone(ch(["e164", "intl"]))),
                    " channel=", ch(["sms", "call"]), " locale=", ch(["en", "es", "vi", "tl"]), " status=pending sid=", tw_sid("VE"),
                    " send_code_attempts=", str(R.randrange(1, 5)), " lookup.carrier=", ch(["T-Mobile USA, Inc.", "Verizon Wireless", "AT&T Wireless"])]
        if k == "lookup":
            f, l = first(), last()
            nm = ch([(l + " " + f).upper(), (f + " " + l).upper(), f + " " + l])
            ph = phone("e164")
            return [t, " DEBUG ", host, " twilio.lookup GET /v2/PhoneNumbers/", P("phone", ph), "?Fields=caller_name,line_type_intelligence -> 200 caller_name=\"",
                    P("name", nm), "\" caller_type=CONSUMER line_type=", ch(["mobile", "landline", "nonFixedVoip"]),
                    " carrier=\"", ch(["T-Mobile USA, Inc.", "Verizon Wireless", "Cellco Partnership"]), "\" mcc=310 mnc=", ch(["260", "012", "410"])]
        if k == "sms_cb":
            body = [t, " INFO ", host, " POST /hooks/twilio/sms-status 204 form=\"SmsSid=", tw_sid("SM"), "&SmsStatus=", ch(["delivered", "undelivered", "sent"]),
                    "&MessageStatus=delivered&To=", P("phone", enc_phone(phone("e164"))), "&MessagingServiceSid=", tw_sid("MG"),
                    "&From=%2B18887238493&ApiVersion=2010-04-01", ch(["", "&ErrorCode=30003"]), "\""]
            return body
        if k == "fax":
            f, l = first(), last()
            return [t, " INFO ", host, " fax-relay phaxio fax.sent id=", digits(9), " direction=sent num_pages=", str(R.randrange(1, 30)),
                    " recipient=", P("fax", phone(ch(["e164", "dash", "plus1"]))), " status=success from=", ORG_FAX.replace(" ", ""),
                    " tags.request=ROI-", digits(6), " tags.requestor=\"", P("name", f + " " + l), "\" cost=", str(R.randrange(7, 90))]
        if k == "verify_email":
            return [t, " INFO ", host, " POST /hooks/twilio/verify-status 200 form=\"VerificationSid=", tw_sid("VE"), "&To=",
                    P("email", quote(email_for(), safe="")), "&Channel=email&Status=approved\""]
        f, l = first(), last()
        return [t, " INFO ", host, " inbound sms From=", P("phone", phone("e164")), " Body=\"",
                ch([["Hi this is ", P("name", f + " " + l), " I need to reschedule my appt on ", P("date", fmt_date(appt_dt(), ch(["us", "mon"])))],
                    ["STOP"], ["my dob is ", P("date", dob(ch(["us", "mon"]))), " pls confirm"],
                    ["This is ", P("name", f), "'s daughter, please call me back at ", P("phone", phone("dash"))]]),
                "\" NumSegments=1 MessageSid=", tw_sid("SM")]
    k = ch(["check", "err", "debugger", "sigfail", "usage"])
    if k == "check":
        return [t, " INFO ", host, " twilio.verify check sid=", tw_sid("VE"), " status=", ch(["approved", "pending"]), " valid=", ch(["true", "false"]),
                " channel=sms attempts=", str(R.randrange(1, 4)), " service=", tw_sid("VA"), " took=", dur()]
    if k == "err":
        return [t, " WARN ", host, " twilio.verify create failed code=", ch(["60203 Max send attempts reached", "20429 Too Many Requests",
                                                                           "60410 Verification delivery attempt blocked", "60200 Invalid parameter"]),
                " more_info=https://www.twilio.com/docs/errors/", digits(5), " request_id=", uid(), " service=", tw_sid("VA")]
    if k == "debugger":
        return [t, " ERROR ", host, " POST /hooks/twilio/debugger 200 form=\"AccountSid=", tw_sid("AC"), "&Sid=", tw_sid("NO"),
                "&ParentAccountSid=&Timestamp=", quote(ts_iso(ms=False), safe=""), "&Level=ERROR&PayloadType=application%2Fjson&Payload=",
                quote(json.dumps({"resource_sid": tw_sid("SM"), "service_sid": tw_sid("MG"), "error_code": ch(["30003", "30007", "11200"])}), safe=""), "\""]
    if k == "sigfail":
        return [t, " WARN ", host, " twilio webhook rejected: X-Twilio-Signature mismatch sig=", b64(20), " url=https://hooks.pulsewell.app/twilio/sms-status remote=",
                priv_ip(), " user-agent=TwilioProxy/1.1"]
    return [t, " INFO ", host, " twilio.usage category=", ch(["sms-outbound", "verify-sms", "lookups"]), " count=", str(R.randrange(100, 99999)),
            " price=", "%.2f" % (R.random() * 900), " price_unit=USD period=", future_date(), " account=", tw_sid("AC")]


# --------------------------------------------------------------------------
# family: SendGrid event webhook / inbound parse / API logs
# --------------------------------------------------------------------------
@family("sendgrid_event")
def f_sendgrid(phi):
    t = now()
    host = ch(["mailer-7b9f6-2xk", "notify-svc-6d5f7-qz8rt"])
    if phi:
        if chance(0.25):
            f, l = first(), last()
            em = email_for(f, l)
            return [ts_iso(t), " INFO ", host, " sendgrid.inbound-parse to=records@pulsewell.app from=\"", P("name", f + " " + l), " <", P("email", em), ">\" subject=\"",
                    ch([["Records request for ", P("name", full_name("fl"))], ["Re: your appointment on ", P("date", fmt_date(appt_dt(), "mon"))],
                        ["Fax my records to ", P("fax", phone("paren"))], ["New address: ", P("address", street()), ", ", P("address", city()[0])]]),
                    "\" spam_score=", "%.1f" % (R.random() * 3), " attachments=", str(R.randrange(0, 3)), " SPF=pass"]
        evs = []
        for _ in range(R.randrange(1, 3)):
            e = {"email": P("email", email_for()), "timestamp": ts_epoch(t), "smtp-id": "<%s.%s@ismtpd-%d>" % (hexs(12), hexs(4), R.randrange(1, 900)),
                 "event": ch(["delivered", "open", "click", "bounce", "processed"]), "category": [ch(["appt_reminder", "rx_shipped", "statement_ready"])],
                 "sg_event_id": b64(16, True).rstrip("="), "sg_message_id": b62(22) + ".filterdrecv-" + hexs(10) + "-1-" + hexs(8) + "-0"}
            if e["event"] in ("open", "click"):
                e["ip"] = P("ip", user_ip())
                e["useragent"] = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
            if e["event"] == "bounce":
                e["reason"] = "550 5.1.1 The email account that you tried to reach does not exist."
                e["type"] = "bounce"
            if chance(0.4):
                e[ch(["patient_mrn", "mrn", "chart"])] = P("mrn", mrn())
            elif chance(0.3):
                e[ch(["acct_no", "guarantor_account"])] = P("account", patient_acct())
            evs.append(e)
        return [ts_iso(t), " INFO ", host, " POST /hooks/sendgrid/events 200 n=%d body=" % len(evs), J(evs)]
    k = ch(["events_seed", "send", "stats"])
    if k == "events_seed":
        evs = [{"email": ch(["qa-seed@pulsewell.app", "deliverability@pulsewell.app", "seedlist+%s@pulsewell.app" % digits(3)]),
                "timestamp": ts_epoch(t), "event": ch(["delivered", "processed", "deferred"]),
                "sg_event_id": b64(16, True).rstrip("="), "sg_message_id": b62(22) + ".filterdrecv-" + hexs(10) + "-1-" + hexs(8) + "-0",
                "category": ["seed_monitor"], "tls": 1}]
        return [ts_iso(t), " DEBUG ", host, " POST /hooks/sendgrid/events 200 n=1 body=", J(evs)]
    if k == "send":
        return [ts_iso(t), " INFO ", host, " sendgrid.v3.mail.send template_id=d-", hexs(32), " personalizations=", str(R.randrange(1, 1000)),
                " asm.group_id=", str(R.randrange(10000, 99999)), " status=202 x-message-id=", b62(22), " latency=", dur(),
                " from=\"Pulsewell Care Team <care@pulsewell.app>\" reply_to=support@pulsewell.app"]
    return [ts_iso(t), " INFO ", host, " sendgrid.stats date=", t.strftime("%Y-%m-%d"), " requests=", str(R.randrange(1000, 90000)), " delivered=",
            str(R.randrange(900, 89000)), " bounces=", str(R.randrange(0, 400)), " spam_reports=", str(R.randrange(0, 9)),
            " unique_opens=", str(R.randrange(100, 40000)), " subuser=pw-transactional"]


# --------------------------------------------------------------------------
# family: appointment booking API (access logs + request body logs)
# --------------------------------------------------------------------------
def clf_ts(t):
    return t.strftime("%d/") + MONTHS[t.month - 1] + t.strftime("/%Y:%H:%M:%S +0000")


@family("booking_api")
def f_booking(phi):
    t = now()
    if phi:
        k = ch(["access", "body", "confirm", "roi", "access", "body", "parking"])
        if k == "parking":
            d = appt_dt()
            return [ts_iso(t), " INFO  [booking-svc,", trace_id(), ",", span_id(), "] c.p.b.svc.ParkingService : validation issued apt_", b62(10),
                    " visit_date=", P("date", d.strftime("%Y-%m-%d")), " plate=", P("vehicle", plate()), ch([" state=CA", " state=NV", ""]),
                    " garage=Harbor Blvd P2 ada=", ch(["true", "false"]), ch([[" vin=", P("vehicle", vin())], ""]), " ttl=4h"]
        if k == "access":
            f, l = first(), last()
            q = [["last_name=", P("name", quote(l))], ["first=", P("name", quote(f))],
                 ["dob=", P("date", dob(ch(["iso", "iso", "compact"])))], ["zip=", P("zip", zip5())],
                 ["phone=", P("phone", quote(phone(ch(["e164", "dash"])), safe=""))], ["member_id=", P("health_plan", member_id())]]
            sel = sorted(R.sample(range(len(q)), R.randint(2, 4)))
            qs = []
            for j, i in enumerate(sel):
                if j:
                    qs.append("&")
                qs.append(q[i])
            xff = [P("ip", user_ip()), ", ", priv_ip()]
            return [priv_ip(), " - - [", clf_ts(t), "] \"GET /v2/patients/", ch(["search", "lookup", "match"]), "?", qs, " HTTP/1.1\" ",
                    ch(["200", "200", "404"]), " ", str(R.randrange(80, 4000)), " \"-\" \"", ua(), "\" xff=\"", xff, "\" rt=",
                    "%.3f" % (R.random()), " upstream=", ch(HOSTS[:2]), ":", str(port())]
        if k == "body":
            f, l = first(), last()
            d = appt_dt()
            pl = {"patient": {}, "slot": {"start": P("date", d.strftime("%Y-%m-%dT%H:%M:00") + ch(["-05:00", "-07:00", "Z"])),
                                          "durationMin": ch([15, 20, 30]), "providerNpi": ch(NPIS), "providerName": ch(DOCS),
                                          "locationId": "CL-%s" % digits(4)},
                  "reason": ch(["follow-up", "annual physical", "medication refill", "telehealth consult"])}
            sty = ch(["camel", "snake", "short"])
            pt = pl["patient"]
            if sty == "camel":
                pt["firstName"] = P("name", f)
                pt["lastName"] = P("name", l)
                pt["dateOfBirth"] = P("date", dob("iso"))
            elif sty == "snake":
                pt["full_name"] = P("name", f + " " + l)
                pt["birth_date"] = P("date", dob("us"))
            else:
                pt["nm"] = P("name", l + ", " + f)
                pt["dob"] = P("date", dob("iso"))

            def a():
                pt[ch(["phone", "mobilePhone", "tel"])] = P("phone", phone())

            def b():
                pl["insurance"] = {"payer": ch(["Aetna", "UnitedHealthcare", "Cigna", "Humana"]), "memberId": P("health_plan", member_id()),
                                   "groupNumber": digits(R.choice([5, 6, 7]))}

            def c():
                pt[ch(["email", "emailAddress"])] = P("email", email_for(f, l))

            def e():
                pt["age"] = P("age", age90())

            def g():
                pt["mrn"] = P("mrn", mrn())

            def h():
                pl["guarantor"] = {"name": P("name", full_name("fl")), "relationship": ch(["spouse", "parent", "child"]),
                                   "ssn": P("ssn", ssn())}

            def i():
                pl["idDocument"] = {"type": ch(["PASSPORT", "NATIONAL_ID", "CONSULAR_ID"]), "number": P("other_id", other_id()),
                                    "country": ch(["MX", "IN", "BR", "NG", "PL", "PH"])}

            def j():
                pt[ch(["website", "blogUrl"])] = P("url", personal_url(f, l))

            pick([a, b, c, e, g, h, i, j], 1, 3)
            return [ts_iso(t), " INFO  [booking-svc,", trace_id(), ",", span_id(), "] c.p.b.web.AppointmentController : POST /api/v2/appointments payload=", J(pl)]
        if k == "confirm":
            d = appt_dt()
            return [ts_iso(t), " INFO  [booking-svc,", trace_id(), ",", span_id(), "] c.p.b.svc.BookingService : appointment apt_", b62(10),
                    " confirmed for ", P("name", full_name(ch(["lf", "fl"]))), " (MRN ", P("mrn", mrn()), ") on ", P("date", d.strftime("%Y-%m-%d")),
                    " %02d:%02d with %s at Harborview Family Health, %s" % (d.hour, d.minute, ch(DOCS), ORG_ADDR)]
        f, l = first(), last()
        pl = {"requestType": "RECORDS_RELEASE", "patientName": P("name", f + " " + l), "dob": P("date", dob("iso")),
              "deliverTo": {"method": "fax", ch(["faxNumber", "fax", "fax_no"]): P("fax", phone(ch(["dash", "paren", "e164"]))),
                            "attn": ch([P("name", full_name("fl")), "Records Dept", "Law Office"])},
              "dateRange": {"from": ch(["2021-01-01", "2019-06-01"]), "to": "2024-05-31"}, "signedAt": ts_iso(t)}
        return [ts_iso(t), " INFO  [booking-svc,", trace_id(), ",", span_id(), "] c.p.b.web.RoiController : POST /api/v2/roi payload=", J(pl)]
    k = ch(["slots", "health", "locations", "access_ok", "cancel_policy"])
    if k == "slots":
        d0 = future_date()
        return [priv_ip(), " - - [", clf_ts(t), "] \"GET /v2/slots?clinic_id=CL-", digits(4), "&from=", d0, "&days=7&provider_npi=", ch(NPIS),
                "&visit_type=", ch(["video", "in_person"]), " HTTP/1.1\" 200 ", str(R.randrange(200, 90000)), " \"-\" \"", ua(), "\" rt=", "%.3f" % R.random(),
                " upstream=", HOSTS[0], ":", str(port())]
    if k == "health":
        return [priv_ip(), " - - [", clf_ts(t), "] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" rt=0.00", str(R.randrange(1, 9))]
    if k == "locations":
        pl = {"locations": [{"id": "CL-0042", "name": "Harborview Family Health", "address": ORG_ADDR, "phone": ch(ORG_PHONE), "fax": ORG_FAX,
                             "hours": "Mon-Fri 08:00-17:00", "npi": ch(NPIS), "tz": "America/Los_Angeles"}],
              "providers": [{"name": ch(DOCS_PLAIN), "npi": ch(NPIS), "specialty": ch(["Family Medicine", "Cardiology", "Endocrinology"])}]}
        return [ts_iso(t), " DEBUG [booking-svc,", trace_id(), ",", span_id(), "] c.p.b.web.LocationController : GET /api/v2/locations -> 200 body=", J(pl)]
    if k == "access_ok":
        return [priv_ip(), " - - [", clf_ts(t), "] \"", ch(["POST", "PATCH", "DELETE"]), " /v2/appointments/apt_", b62(10), ch(["", "/reschedule", "/checkin"]),
                " HTTP/2.0\" ", ch(["200", "204", "409"]), " ", str(R.randrange(0, 900)), " \"-\" \"", ua(), "\" rt=", "%.3f" % R.random(),
                " req_id=", uid()]
    return [ts_iso(t), " WARN  [booking-svc,", trace_id(), ",", span_id(), "] c.p.b.svc.CancelPolicy : late cancel apt_", b62(10), " window=24h elapsed=",
            "%dh%02dm" % (R.randrange(0, 24), R.randrange(60)), " fee_cents=2500 waived_by=", ch(STAFF), " clinic=CL-", digits(4)]


# --------------------------------------------------------------------------
# family: telehealth video sessions (Zoom webhooks, Agora callbacks, Vonage)
# --------------------------------------------------------------------------
@family("telehealth_session")
def f_tele(phi):
    t = now()
    if phi:
        k = ch(["zoom_join", "zoom_topic", "agora", "vonage", "idv", "zoom_qos"])
        f, l = first(), last()
        if k in ("zoom_join", "zoom_topic", "zoom_qos"):
            part = {"user_id": str(R.randrange(10 ** 7, 10 ** 8)), "user_name": P("name", f + " " + l), "id": "",
                    "participant_uuid": uid().upper(), "join_time": ts_iso(t, ms=False)}
            if chance(0.5):
                part["email"] = P("email", email_for(f, l))
            obj = {"id": digits(11), "uuid": b64(16).rstrip("=") + "==", "host_id": b62(22), "topic": "Televisit", "type": 2,
                   "start_time": ts_iso(t - timedelta(minutes=R.randrange(1, 20)), ms=False), "timezone": "America/Chicago", "duration": 30,
                   "participant": part}
            if k == "zoom_topic":
                obj["topic"] = S("Televisit - ", P("name", l + ", " + f), " - DOB ", P("date", dob("us")))
            if k == "zoom_qos":
                part["ip_address"] = P("ip", user_ip())
                part["location"] = S(P("address", city()[0]), " (US)")
                part["network_type"] = ch(["Wifi", "Cellular"])
            ev = {"event": "meeting.participant_joined", "payload": {"account_id": b62(22), "object": obj}, "event_ts": ts_ms(t)}
            return [ts_iso(t), " INFO tele-svc zoom.webhook ", J(ev)]
        if k == "agora":
            return [ts_iso(t), " INFO tele-svc agora.ncs eventType=103 ", J({"noticeId": uid(), "productId": 1, "eventType": 103, "notifyMs": ts_ms(t),
                                                                             "payload": {"channelName": "visit_apt_" + b62(10), "uid": R.randrange(10 ** 6, 10 ** 9),
                                                                                         "userAccount": P("name", f + " " + l), "platform": ch([1, 2]),
                                                                                         "clientSeq": ts_ms(t), "ts": ts_epoch(t),
                                                                                         "clientIp": P("ip", user_ip())}})]
        if k == "vonage":
            cd = ["name=", P("name", quote_plus(f + " " + l)), "&role=patient"]
            if chance(0.6):
                cd += ["&dob=", P("date", dob("iso"))]
            if chance(0.4):
                cd += ["&callback=", P("phone", quote(phone("e164"), safe=""))]
            return [ts_iso(t), " INFO tele-svc vonage.connectionCreated sessionId=1_MX4", b64(45).replace("/", "-").rstrip("="), " connectionId=", uid(),
                    " data=\"", cd, "\" sdk=", ch(["opentok-ios/2.27.1", "opentok-android/2.27.2", "opentok.js/2.27.6"])]
        u = uid()
        snap = ch(["photo_ref", "b64"])
        out = [ts_iso(t), " INFO tele-svc idv.precheck visit=apt_", b62(10), " user=", u, " liveness=", "%.2f" % (0.8 + R.random() / 5)]
        if snap == "photo_ref":
            out += [" selfie=", P("photo", photo_ref(u))]
        else:
            out += [" selfie_b64=", P("photo", ch([jpeg_b64(), "data:image/jpeg;base64," + jpeg_b64()]))]
        if chance(0.6):
            out += [" face_template=", P("biometric", face_template())]
        if chance(0.4):
            out += [" id_doc=DL id_number=", P("license", dl_number())]
        return out
    k = ch(["qos", "host_join", "agora_leave", "vonage_stream", "recording_off"])
    if k == "qos":
        return [ts_iso(t), " INFO tele-svc qos meeting_id=", "%s %s %s" % (digits(3), digits(4), digits(4)), " participant_uuid=", uid().upper(),
                " video_out=", "%dkbps" % R.randrange(200, 2500), " jitter=", "%dms" % R.randrange(1, 60), " loss=", "%.1f%%" % (R.random() * 5),
                " res=", ch(["1280x720", "640x360", "1920x1080"]), " fps=", str(R.randrange(10, 31)), " turn=", priv_ip(), ":3478 region=us-west-2"]
    if k == "host_join":
        ev = {"event": "meeting.participant_joined", "payload": {"account_id": b62(22), "object": {"id": digits(11), "topic": "Televisit",
                                                                                                     "participant": {"user_id": str(R.randrange(10 ** 7, 10 ** 8)), "user_name": ch(DOCS),
                                                                                                                     "email": ch(STAFF) + "@pulsewell.app", "role": "host"}}},
              "event_ts": ts_ms(t)}
        return [ts_iso(t), " INFO tele-svc zoom.webhook ", J(ev)]
    if k == "agora_leave":
        return [ts_iso(t), " INFO tele-svc agora.ncs eventType=104 ", J({"noticeId": uid(), "productId": 1, "eventType": 104, "notifyMs": ts_ms(t),
                                                                         "payload": {"channelName": "visit_apt_" + b62(10), "uid": R.randrange(10 ** 6, 10 ** 9),
                                                                                     "platform": 2, "reason": ch([1, 2, 3]), "duration": R.randrange(30, 3600)}})]
    if k == "vonage_stream":
        return [ts_iso(t), " DEBUG tele-svc vonage.streamCreated sessionId=1_MX4", b64(45).replace("/", "-").rstrip("="), " streamId=", uid(),
                " videoType=camera hasAudio=true hasVideo=", ch(["true", "false"]), " projectId=", digits(8), " media_server=", ch(HOSTS[6:7]), ":", str(port())]
    return [ts_iso(t), " INFO tele-svc visit apt_", b62(10), " ended duration=", "%dm%02ds" % (R.randrange(3, 60), R.randrange(60)),
            " recording=disabled (policy TH-7) host=", ch(DOCS_PLAIN), " npi=", ch(NPIS), " sfu=", HOSTS[6]]


# --------------------------------------------------------------------------
# family: pharmacy home-delivery logistics
# --------------------------------------------------------------------------
@family("rx_delivery_logistics")
def f_delivery(phi):
    t = now()
    shp = "SHP-%d-%s" % (t.year, digits(7))
    host = ch(["rx-dispatch-1.usw2.internal", "courier-bridge-0"])
    if phi:
        k = ch(["ofd", "instructions", "pod", "curbside", "idscan", "exception"])
        if k == "ofd":
            c, st = city()
            return [ts_iso(t), " INFO ", host, " dispatch shipment=", shp, " status=OUT_FOR_DELIVERY dest=\"", P("address", street()), ", ",
                    P("address", c), ", ", st, " ", P("zip", zipc()), "\" recipient=\"", P("name", full_name(ch(["fl", "FL"]))), "\" contact=",
                    P("phone", phone(ch(["e164", "dash"]))), " eta=", dur(), " courier=", ch(["CR-", "DRV-"]) + digits(4), " cold_chain=", ch(["true", "false"])]
        if k == "instructions":
            f, l = first(), last()
            rel = ch(["daughter", "son", "neighbor", "husband", "wife", "caregiver"])
            return [ts_iso(t), " INFO ", host, " dispatch shipment=", shp, " instructions=\"", ch([
                ["Gate code 4471. If no answer call my ", rel, " ", P("name", f + " " + l), " at ", P("phone", phone("paren"))],
                ["Leave with front desk at ", P("address", street()), " - patient is ", P("age", age90()), " and hard of hearing"],
                ["Do not leave at door. Ring ", P("name", l), " unit"]]), "\" source=app"]
        if k == "pod":
            sig = {"shipment": shp, "event": "DELIVERED", "signed_by": P("name", full_name(ch(["fl", "lf"]))),
                   "relationship": ch(["self", "spouse", "daughter", "caregiver"]), "signature_svg_bytes": R.randrange(2000, 9000),
                   "courier_id": "CR-" + digits(4), "geofence_ok": True}
            if chance(0.5):
                sig["recipient_dob_verified"] = P("date", dob("us"))
            if chance(0.4):
                sig["delivered_to"] = S(P("address", street()), ", ", P("address", city()[0]))
            return [ts_iso(t), " INFO ", host, " pod.captured ", J(sig)]
        if k == "curbside":
            return [ts_iso(t), " INFO ", host, " curbside.checkin store=", ch(["PW-OAK-01", "PW-SAC-03"]), " order=", order_no(), " patient=\"",
                    P("name", full_name("fl")), "\" vehicle=\"", ch(["silver Honda CR-V", "white Tesla Model Y", "blue Ford F-150", "red Kia Soul"]),
                    "\" plate=", P("vehicle", plate()), ch(["", " state=CA", " state=TX"]), ch([[" vin=", P("vehicle", vin())], []]), " spot=", str(R.randrange(1, 12))]
        if k == "idscan":
            out = [ts_iso(t), " INFO ", host, " controlled-substance handoff shipment=", shp, " schedule=CII id_scan.type=",
                   ch(["DL", "STATE_ID"]), " id_scan.number=", P("license", dl_number()), " id_scan.dob=", P("date", dob(ch(["compact", "iso"])))]
            if chance(0.5):
                out += [" id_scan.name=\"", P("name", full_name("FL")), "\""]
            out += [" prescriber_dea=", P("license", dea()), " result=MATCH"]
            return out
        return [ts_iso(t), " WARN ", host, " delivery.exception shipment=", shp, " code=", ch(["ADDR_NOT_FOUND", "NO_ACCESS", "RECIPIENT_UNAVAILABLE"]),
                " note=\"", ch([["could not find ", P("address", street())], ["nobody home, left notice for ", P("name", full_name("fl"))],
                               ["apartment complex in ", P("address", ch(COUNTIES)), " needs buzzer code"]]), "\" retry_at=", ts_iso(t + timedelta(hours=R.randrange(2, 30)), ms=False)]
    k = ch(["gps", "coldchain", "route", "depot", "status"])
    if k == "gps":
        return [ts_iso(t), " DEBUG ", host, " courier.ping courier=CR-", digits(4), " vehicle=VAN-0", digits(3), " lat=", "%.5f" % (37.7 + R.random() / 3),
                " lon=", "%.5f" % (-122.3 + R.random() / 3), " speed_kph=", str(R.randrange(0, 90)), " heading=", str(R.randrange(360)),
                " battery=", str(R.randrange(5, 100)), "% stops_remaining=", str(R.randrange(0, 25))]
    if k == "coldchain":
        return [ts_iso(t), " INFO ", host, " coldchain logger=TL-", alnum(8), " shipment=", shp, " temp_c=", "%.1f" % (2 + R.random() * 6),
                " min=2.0 max=8.0 excursion=false fw=", version(), " tote=TOTE-", digits(5)]
    if k == "route":
        return [ts_iso(t), " INFO ", host, " route.optimized route=R-", digits(6), " stops=", str(R.randrange(5, 40)), " distance_km=",
                "%.1f" % (R.random() * 150), " solver=or-tools ", version(), " took=", dur(), " depot=\"Pulsewell Fulfillment, 7700 Edgewater Dr, Oakland, CA 94621\""]
    if k == "depot":
        return [ts_iso(t), " INFO ", host, " manifest.closed depot=OAK-1 totes=", str(R.randrange(10, 200)), " carrier=", ch(["UPS", "FedEx", "Veho", "in-house"]),
                " tracking_batch=1Z", alnum(16), " scanned_by=", ch(STAFF)]
    return [ts_iso(t), " INFO ", host, " shipment=", shp, " status=", ch(["PICKED", "PACKED", "IN_TRANSIT", "DELIVERED"]), " order=", order_no(),
            " items=", str(R.randrange(1, 6)), " ndc_count=", str(R.randrange(1, 4)), " courier=CR-", digits(4), " sla_remaining=", dur()]



# --------------------------------------------------------------------------
# family: insurance card / ID document OCR results
# --------------------------------------------------------------------------
PAYERS = [("Aetna", "1-800-872-3862", "www.aetna.com"), ("UnitedHealthcare", "1-866-633-2446", "www.myuhc.com"),
          ("Blue Cross Blue Shield of Texas", "1-800-521-2227", "www.bcbstx.com"), ("Cigna", "1-800-997-1654", "www.cigna.com"),
          ("Humana", "1-800-457-4708", "www.humana.com"), ("Kaiser Permanente", "1-800-464-4000", "kp.org")]


@family("insurance_card_ocr")
def f_ocr(phi):
    t = now()
    job = {"jobId": uid(), "engine": ch(["aws-textract:AnalyzeID", "aws-textract:AnalyzeDocument", "gcp-docai:us-insurance-card-v2", "mlkit-ondevice-2.1"]),
           "pages": 1, "latencyMs": R.randrange(300, 9000)}
    if phi:
        doc = ch(["health", "health", "medicare", "dl", "passport", "auto", "medicaid"])
        f, l = first(), last()
        fields = {}
        raw = []
        if doc in ("health", "medicaid"):
            payer, pph, web = ch(PAYERS)
            mid = member_id()
            nm = ch([(f + " " + l).upper(), f + " " + l])
            fields = {"payer_name": payer, "member_name": P("name", nm), "member_id": P("health_plan", mid),
                      "group_number": digits(R.choice([6, 7])) if doc == "health" else None, "rx_bin": ch(["610014", "004336", "003858"]),
                      "rx_pcn": ch(["ADV", "MEDDPRIME", "A4"]), "plan_type": ch(["PPO", "HMO", "EPO", "MEDICAID"]),
                      "payer_phone": pph, "copay_pcp": ch(["$25", "$30", "$0"])}
            raw = [payer, " | Member: ", P("name", nm), " | ID: ", P("health_plan", mid), " | Group ", fields["group_number"] or "N/A",
                   " | RxBIN ", fields["rx_bin"], " | Member Services ", pph]
            if chance(0.4):
                dn = f + " " + last()
                fields["dependents"] = [{"name": P("name", dn), "suffix": "02"}]
            if chance(0.35):
                fields["dob"] = P("date", dob("us"))
        elif doc == "medicare":
            m = mbi(True)
            nm = (f + " " + ch("ABCDEJKLMRST") + " " + l).upper()
            fields = {"card_type": "MEDICARE", "name": P("name", nm), "medicare_number": P("health_plan", m),
                      "part_a_effective": "%02d-01-%d" % (R.randrange(1, 13), R.randrange(2005, 2024)), "part_b_effective": "%02d-01-%d" % (R.randrange(1, 13), R.randrange(2005, 2024))}
            raw = ["MEDICARE HEALTH INSURANCE Name/Nombre ", P("name", nm), " Medicare Number/Número de Medicare ", P("health_plan", m),
                   " Entitled to HOSPITAL (PART A) MEDICAL (PART B)"]
        elif doc == "dl":
            cc, st = city()
            dlno = dl_number()
            fields = {"ID_TYPE": "DRIVER LICENSE FRONT", "FIRST_NAME": P("name", f.upper()), "LAST_NAME": P("name", l.upper()),
                      "DOCUMENT_NUMBER": P("license", dlno), "DATE_OF_BIRTH": P("date", dob("us")), "ADDRESS": P("address", street().upper()),
                      "CITY_IN_ADDRESS": P("address", cc.upper()), "STATE_IN_ADDRESS": st, "ZIP_CODE_IN_ADDRESS": P("zip", zip5()),
                      "CLASS": "C", "STATE_NAME": ch(STATES_FULL).upper(), "VETERAN": ""}
            if chance(0.5):
                fields["FACE_CROP"] = P("photo", "data:image/jpeg;base64," + jpeg_b64())
        elif doc == "passport":
            pno = passport()
            fields = {"ID_TYPE": "PASSPORT", "FIRST_NAME": P("name", f.upper()), "LAST_NAME": P("name", l.upper()),
                      "DOCUMENT_NUMBER": P("other_id", pno), "DATE_OF_BIRTH": P("date", dob("dmy").upper()),
                      "PLACE_OF_BIRTH": ch(["LAGOS, NIGERIA", "MANILA, PHILIPPINES", "CALIFORNIA, U.S.A.", "KRAKOW, POLAND"]),
                      "NATIONALITY": ch(["USA", "NGA", "PHL", "POL"])}
            if chance(0.5):
                fields["PORTRAIT"] = P("photo", jpeg_b64())
        elif doc == "auto":
            v = vin()
            fields = {"card_type": "AUTO_ID_CARD", "insurer": ch(["GEICO", "Progressive", "State Farm"]), "named_insured": P("name", (f + " " + l).upper()),
                      "vehicle": "%d %s" % (R.randrange(2008, 2025), ch(["HONDA CR-V", "TOYOTA COROLLA", "FORD F-150", "TESLA MODEL 3"])),
                      "vin": P("vehicle", v), "naic": digits(5)}
            raw = ["INSURANCE IDENTIFICATION CARD | Insured: ", P("name", (f + " " + l).upper()), " | VIN ", P("vehicle", v), " | NAIC ", fields["naic"]]
            job["purpose"] = "MVA_PIP_CLAIM"
        out = dict(job)
        out.update({"docType": doc.upper(), "confidence": round(0.8 + R.random() / 5, 3), "fields": fields})
        if raw:
            out["rawText"] = S(*raw)
        return [ts_iso(t), " INFO ocr-worker-", str(R.randrange(0, 6)), " result ", J(out, sp=chance(0.3))]
    k = ch(["back", "fail", "stats", "back"])
    if k == "back":
        payer, pph, web = ch(PAYERS)
        fields = {"payer_name": payer, "customer_service": pph, "provider_services": "1-888-%s-%s" % (digits(3), digits(4)),
                  "claims_address": ch(VENDOR_ADDR[2:]), "website": web, "rx_bin": ch(["610014", "004336"]), "rx_pcn": ch(["ADV", "A4"]),
                  "rx_group": "RX" + digits(4), "payer_id": digits(5), "precert_phone": "1-800-%s-%s" % (digits(3), digits(4))}
        out = dict(job)
        out.update({"docType": "HEALTH_CARD_BACK", "confidence": round(0.8 + R.random() / 5, 3), "fields": fields,
                    "rawText": "Send claims to: %s | Customer Service %s | Pharmacists %s | %s" % (fields["claims_address"], pph, fields["precert_phone"], web)})
        return [ts_iso(t), " INFO ocr-worker-", str(R.randrange(0, 6)), " result ", J(out)]
    if k == "fail":
        out = dict(job)
        out.update({"docType": "UNKNOWN", "confidence": round(R.random() / 2, 3), "fields": {}, "error": ch(["LOW_CONFIDENCE", "GLARE_DETECTED", "IMAGE_TOO_SMALL", "NO_DOCUMENT"]),
                    "image": {"width": ch([640, 1080, 3024]), "height": ch([480, 1920, 4032]), "sha256": sha(64), "bytes": R.randrange(40000, 4000000)}})
        return [ts_iso(t), " WARN ocr-worker-", str(R.randrange(0, 6)), " result ", J(out)]
    return [ts_iso(t), " INFO ocr-worker-", str(R.randrange(0, 6)), " queue=card-ocr depth=", str(R.randrange(0, 400)), " processed_5m=", str(R.randrange(10, 900)),
            " p95_latency_ms=", str(R.randrange(800, 9000)), " model=", ch(["docai-us-card-v2.3.1", "textract-2024-05"]), " gpu=", ch(["none", "T4"])]


# --------------------------------------------------------------------------
# family: wearable / connected device sync logs
# --------------------------------------------------------------------------
@family("wearable_sync")
def f_wear(phi):
    t = now()
    host = ch(["sync-worker-5b8d9-x2kqp", "sync-worker-5b8d9-7hmfn", "ingest-healthkit-1"])
    user = "usr_" + b62(18)
    if phi:
        k = ch(["ble", "cgm", "implant", "watch", "bp", "follower", "udi"])
        if k == "ble":
            return [ts_iso(t), " INFO ", host, " pair.ok user=", user, " vendor=", ch(["Withings", "Omron", "iHealth", "Garmin"]), " model=",
                    ch(["BPM Connect", "HEM-7155T", "BP5S", "Venu 3"]), " mac=", P("device", mac()), " rssi=-", str(R.randrange(40, 95)),
                    " fw=", version(), " bond=", ch(["true", "false"])]
        if k == "cgm":
            return [ts_iso(t), " INFO ", host, " cgm.sync user=", user, " vendor=dexcom model=G7 transmitter_sn=", P("device", dev_serial()),
                    " readings=", str(R.randrange(1, 289)), " last_egv_mgdl=", str(R.randrange(60, 300)), " trend=", ch(["flat", "singleUp", "fortyFiveDown"]),
                    " app=", version()]
        if k == "implant":
            f, l = first(), last()
            return [ts_iso(t), " INFO ", host, " remote-monitoring transmission=TX-", digits(9), " patient=\"", P("name", l + ", " + f), "\" device.model=",
                    ch(["W1DR01", "PM2272", "DDMB2D4", "CRTD-X5"]), " device.serial=", P("device", dev_serial()),
                    " implanted=", P("date", fmt_date(datetime(R.randrange(2012, 2024), R.randrange(1, 13), R.randrange(1, 28)), "iso")),
                    " battery_years=", "%.1f" % (R.random() * 10), " alerts=", str(R.randrange(0, 3))]
        if k == "watch":
            return [ts_iso(t), " INFO ", host, " device.register user=", user, " type=", ch(["apple_watch_cellular", "galaxy_watch_lte", "pixel_watch_lte"]),
                    " imei=", P("device", imei()), " serial=", P("device", alnum(10)), " os=", ch(["watchOS 10.4", "Wear OS 4", "watchOS 10.5"]),
                    " fall_detection=", ch(["on", "off"]), ch([["", " emergency_contact=", P("phone", phone("e164"))], ""])]
        if k == "bp":
            ev = {"userId": user, "source": "omron-connect", "device": {"model": "HEM-7361T", "serialNumber": P("device", "OMR" + digits(9))},
                  "reading": {"systolic": R.randrange(95, 190), "diastolic": R.randrange(55, 110), "pulse": R.randrange(50, 120),
                              "measuredAt": ts_iso(t - timedelta(minutes=R.randrange(1, 500)), ms=False)}}
            if chance(0.5):
                ev["profile"] = {"birthDate": P("date", dob("iso")), "sex": ch(["F", "M"]), "heightCm": R.randrange(150, 195)}
            if chance(0.3):
                ev["profile"] = {"age": P("age", age90()), "sex": ch(["F", "M"])}
            return [ts_iso(t), " DEBUG ", host, " ingest ", J(ev)]
        if k == "follower":
            return [ts_iso(t), " INFO ", host, " share.follower_added user=", user, " follower_email=", P("email", email_for()),
                    " follower_name=\"", P("name", full_name("fl")), "\" alerts=urgent_low,high relation=", ch(["daughter", "spouse", "son", "parent"])]
        return [ts_iso(t), " INFO ", host, " udi.scan user=", user, " product=", ch(["insulin pump", "CGM sensor", "hearing aid", "CPAP"]), " udi=\"",
                P("device", udi()), "\" gudid_lookup=ok brand=", ch(["Omnipod 5", "Libre 3", "AirSense 11", "Phonak Lumity"])]
    k = ch(["summary", "hk", "fw", "ble_gatt", "rate"])
    if k == "summary":
        return [ts_iso(t), " INFO ", host, " sync.done user=", user, " vendor=", ch(["fitbit", "garmin", "oura", "whoop"]), " steps=", str(R.randrange(0, 30000)),
                " sleep_min=", str(R.randrange(0, 700)), " hr_samples=", str(R.randrange(0, 20000)), " took=", dur(), " cursor=", b64(18, True).rstrip("=")]
    if k == "hk":
        return [ts_iso(t), " INFO ", host, " healthkit.batch user=", user, " types=HKQuantityTypeIdentifierStepCount,HKQuantityTypeIdentifierHeartRate samples=",
                str(R.randrange(1, 5000)), " anchor=", str(R.randrange(10 ** 5, 10 ** 8)), " app_build=", build_no(), " device_model=", ch(["Watch6,14", "iPhone15,3"])]
    if k == "fw":
        return [ts_iso(t), " INFO ", host, " firmware.rollout model=", ch(["Charge 6 (FB421)", "Forerunner 265", "HEM-7155T", "Venu 3"]), " from=", version(),
                " to=", version(), " cohort=", str(R.randrange(1, 100)), "% devices=", str(R.randrange(100, 900000)), " sha256=", sha(64)]
    if k == "ble_gatt":
        return [ts_iso(t), " DEBUG ", host, " gatt.discover service=0000180d-0000-1000-8000-00805f9b34fb char=00002a37-0000-1000-8000-00805f9b34fb ",
                "mtu=", str(ch([23, 185, 247, 517])), " conn_interval=", "%.2fms" % (7.5 + R.random() * 40), " phy=", ch(["LE_1M", "LE_2M"])]
    return [ts_iso(t), " WARN ", host, " vendor.ratelimit vendor=", ch(["fitbit", "withings", "dexcom"]), " retry_after=", str(R.randrange(1, 3600)),
            "s quota=150/h client_id=", alnum(6), " api=", ch(["https://api.fitbit.com/1/user/-/activities/date/today.json", "https://wbsapi.withings.net/measure"])]


# --------------------------------------------------------------------------
# family: App Store / Google Play purchase notifications
# --------------------------------------------------------------------------
@family("app_store_receipt")
def f_store(phi):
    t = now()
    if chance(0.5):
        tx = {"transactionId": "2000000" + digits(9), "originalTransactionId": "2000000" + digits(9), "webOrderLineItemId": "2000000" + digits(8),
              "bundleId": ch(APPS[:3]), "productId": ch(["com.pulsewell.plus.monthly", "com.pulsewell.plus.annual", "com.carenest.family.yearly"]),
              "subscriptionGroupIdentifier": digits(8), "purchaseDate": ts_ms(t), "originalPurchaseDate": ts_ms(t) - R.randrange(10 ** 8, 10 ** 10),
              "expiresDate": ts_ms(t) + 30 * 86400000, "quantity": 1, "type": "Auto-Renewable Subscription", "inAppOwnershipType": "PURCHASED",
              "signedDate": ts_ms(t), "environment": ch(["Production", "Sandbox"]), "transactionReason": ch(["PURCHASE", "RENEWAL"]),
              "storefront": "USA", "storefrontId": "143441", "price": ch([9990, 79990, 14990]), "currency": "USD"}
        if phi:
            k = ch(["token_email", "support"])
            if k == "token_email":
                tx["appAccountToken"] = uid()
                return [ts_iso(t), " INFO store-svc asn.v2 notificationType=", ch(["DID_RENEW", "SUBSCRIBED", "REFUND"]), " linked appAccountToken->account email=",
                        P("email", email_for()), " tx=", J(tx)]
            f, l = first(), last()
            return [ts_iso(t), " INFO store-svc refund.lookup ticket=CS-", digits(6), " requested_by=\"", P("name", f + " " + l), "\" <", P("email", email_for(f, l)),
                    "> order_id=", alnum(10), " originalTransactionId=", tx["originalTransactionId"], " decision=", ch(["APPROVED", "DECLINED"]), " agent=", ch(STAFF)]
        return [ts_iso(t), " INFO store-svc asn.v2 notificationType=", ch(["DID_RENEW", "SUBSCRIBED", "DID_CHANGE_RENEWAL_STATUS", "EXPIRED"]),
                " subtype=", ch(["AUTO_RENEW_ENABLED", "INITIAL_BUY", "VOLUNTARY", "BILLING_RETRY"]), " notificationUUID=", uid(), " tx=", J(tx)]
    pur = {"orderId": "GPA.%s-%s-%s-%s" % (digits(4), digits(4), digits(4), digits(5)), "packageName": ch(APPS), "productId": ch(["plus_monthly", "plus_annual"]),
           "purchaseTime": ts_ms(t), "purchaseState": 0, "purchaseToken": b62(24).lower() + "." + b62(100), "acknowledged": True,
           "autoRenewing": chance(0.8), "priceAmountMicros": ch([9990000, 79990000]), "priceCurrencyCode": "USD", "countryCode": "US"}
    if phi:
        k = ch(["obf", "payload"])
        if k == "obf":
            pur["obfuscatedExternalAccountId"] = P("email", email_for())
            if chance(0.5):
                pur["obfuscatedExternalProfileId"] = P("mrn", mrn())
            return [ts_iso(t), " INFO store-svc play.rtdn subscriptionNotification.type=", str(ch([2, 4, 7])), " purchase=", J(pur)]
        inner = {"mrn": P("mrn", mrn()), "name": P("name", full_name("fl"))}
        if chance(0.5):
            inner["dob"] = P("date", dob("iso"))
        pur["developerPayload"] = Raw(['"', esc(J(inner)), '"'])
        return [ts_iso(t), " WARN store-svc play.verify legacy developerPayload present purchase=", J(pur)]
    return [ts_iso(t), " INFO store-svc play.rtdn subscriptionNotification.type=", str(ch([1, 2, 3, 4, 13])), " version=1.0 purchase=", J(pur)]


# --------------------------------------------------------------------------
# family: feature flag evaluations with user context
# --------------------------------------------------------------------------
FLAGS = ["telehealth-v2", "paywall-annual-first", "rx-home-delivery", "ocr-card-scan-v3", "graphql-batching", "new-onboarding-2024",
         "glp1-waitlist", "dark-mode-default"]


@family("feature_flag_eval")
def f_flags(phi):
    t = now()
    if chance(0.6):
        ctx = {"kind": "user", "key": "usr_" + b62(18)}
        ev = {"kind": "feature", "creationDate": ts_ms(t), "key": ch(FLAGS), "version": R.randrange(1, 300), "variation": R.randrange(0, 3),
              "value": ch([True, False, "treatment", "control"]), "default": False}
        if phi:
            f, l = first(), last()
            custom = {}

            def a():
                ctx["name"] = P("name", f + " " + l)

            def b():
                ctx["email"] = P("email", email_for(f, l))

            def c():
                custom[ch(["dob", "birthDate", "geburtsdatum"])] = P("date", dob())

            def d():
                custom[ch(["zip", "postalCode", "plz"])] = P("zip", zip5())

            def e():
                custom["age"] = P("age", age90())

            def g():
                ctx["ip"] = P("ip", user_ip())

            def h():
                custom[ch(["memberId", "planMemberId"])] = P("health_plan", member_id())

            def i():
                custom[ch(["county", "residenceCounty"])] = P("address", ch(COUNTIES))

            pick([a, b, c, d, e, g, h, i], 1, 4)
            custom["state"] = ch(["TX", "CA", "FL", "NY"])
            ctx.update(custom)
        else:
            ctx.update({"plan": ch(["free", "plus"]), "appVersion": version(), "state": ch(["TX", "CA", "FL"]), "age": age_ok(),
                        "birthYear": R.randrange(1940, 2005), "_meta": {"privateAttributes": ["email", "name", "dob"], "redactedAttributes": ["email"]}})
        ev["context"] = ctx
        return [ts_iso(t), " DEBUG flags-relay ld.events ", J([ev])]
    uctx = {"appName": ch(["pulsewell-ios", "pulsewell-android"]), "environment": "production", "userId": "usr_" + b62(18), "sessionId": str(R.randrange(10 ** 8, 10 ** 9))}
    if phi:
        props = {}

        def a():
            uctx["remoteAddress"] = P("ip", user_ip())

        def b():
            props[ch(["email", "userEmail"])] = P("email", email_for())

        def c():
            props[ch(["patientAge", "age"])] = P("age", age90())

        def d():
            props[ch(["city", "ciudad"])] = P("address", city()[0])

        pick([a, b, c, d], 1, 3)
        if props:
            uctx["properties"] = props
    else:
        uctx["remoteAddress"] = priv_ip()
        uctx["properties"] = {"tier": ch(["free", "plus"]), "locale": ch(["en-US", "es-US"]), "ageBucket": ch(["18-24", "65+", "45-64"])}
    return [ts_iso(t), " INFO flags-relay unleash.eval toggle=", ch(FLAGS), " enabled=", ch(["true", "false"]), " variant=", ch(["disabled", "A", "B"]),
            " strategy=", ch(["flexibleRollout", "userWithId", "remoteAddress"]), " ctx=", J(uctx)]


# --------------------------------------------------------------------------
# family: GraphQL gateway resolver logs
# --------------------------------------------------------------------------
@family("graphql_resolver")
def f_gql(phi):
    t = now()
    pre = [ts_iso(t), " ", ch(["INFO", "DEBUG", "WARN"]), " gql-gateway-", str(R.randrange(0, 4)), " traceId=", trace_id(), " "]
    if phi:
        k = ch(["update", "dependents", "error", "search", "roi"])
        f, l = first(), last()
        if k == "update":
            inp = {"firstName": P("name", f), "lastName": P("name", l)}

            def a():
                inp["dob"] = P("date", dob("iso"))

            def b():
                inp["emergencyContact"] = {"name": P("name", full_name("fl")), "phone": P("phone", phone()), "relationship": ch(["son", "daughter", "spouse", "friend"])}

            def c():
                cc, st = city()
                inp["homeAddress"] = {"line1": P("address", street()), "city": P("address", cc), "state": st, "zip": P("zip", zipc())}

            def d():
                inp["ssn"] = P("ssn", ssn())

            def e():
                inp["personalSite"] = P("url", personal_url(f, l))

            def g():
                inp["accessibleParking"] = {"plate": P("vehicle", plate()), "placard": True}

            pick([a, b, c, d, e, g], 1, 3)
            return pre + ["op=UpdatePatientProfile resolver=Mutation.updateProfile duration=", dur(), " variables=", J({"input": inp})]
        if k == "dependents":
            deps = []
            for _ in range(R.randrange(1, 3)):
                dd = {"name": P("name", first() + " " + l), "birthDate": P("date", dob("iso")), "relationship": ch(["CHILD", "SPOUSE", "PARENT"])}
                if chance(0.3):
                    dd["memberSuffix"] = "0%d" % R.randrange(1, 6)
                    dd["memberId"] = P("health_plan", member_id())
                deps.append(dd)
            return pre + ["op=Household resolver=Query.household complexity=", str(R.randrange(10, 300)), " result=", J({"data": {"household": {"dependents": deps}}})]
        if k == "error":
            fld = ch([("ssn", P("ssn", ssn()), "SSN"), ("mrn", P("mrn", mrn()), "MRN"), ("phone", P("phone", phone()), "PhoneNumber"),
                      ("licenseNumber", P("license", prof_license()), "LicenseNumber"), ("passportNumber", P("other_id", passport()), "String"),
                      ("dea", P("license", dea()), "DEANumber"), ("nationalId", P("other_id", national_id()), "String")])
            return pre + ["GraphQLError: Variable \"$input\" got invalid value \"", fld[1], "\" at \"input.", fld[0], "\"; Expected type \"", fld[2],
                          "\". ", ch(["Field not allowed for role PATIENT_SELF.", "Value failed checksum.", "Expected non-nullable type."]),
                          " path=[\"", ch(["updateProfile", "verifyIdentity", "addCaregiver"]), "\"] locations=[{line:", str(R.randrange(1, 9)), ",column:", str(R.randrange(1, 40)), "}]"]
        if k == "search":
            return pre + ["op=PatientSearch resolver=Query.patients args=", J({"filter": {"nameContains": P("name", l), "dob": P("date", dob("iso"))}, "first": 20}),
                          " returned=", str(R.randrange(0, 4)), " dataloader.batches=", str(R.randrange(1, 5))]
        return pre + ["op=GetVisitSummary resolver=Visit.patient result=", J({"data": {"visit": {"id": "apt_" + b62(10), "date": P("date", fmt_date(appt_dt(), "iso")),
                                                                                              "patient": {"displayName": P("name", f + " " + l), "age": P("age", age90()) if chance(0.5) else age_ok(),
                                                                                                          "photoUrl": P("photo", photo_ref())},
                                                                                              "provider": {"name": ch(DOCS), "npi": ch(NPIS)}}}})]
    k = ch(["stats", "err", "provider", "complexity"])
    if k == "stats":
        return pre + ["op=", ch(["HomeFeed", "GetSlots", "ListPharmacies", "AppConfig"]), " hash=", sha(64), " duration=", dur(), " resolvers=", str(R.randrange(3, 200)),
                      " cache=", ch(["HIT", "MISS"]), " client=", ch(["ios", "android"]), "/", version()]
    if k == "err":
        return pre + ["GraphQLError: Cannot return null for non-nullable field ", ch(["Provider.npi", "Slot.start", "Pharmacy.phone"]), ". path=[\"slots\",",
                      str(R.randrange(0, 40)), ",\"provider\"] service=", ch(["booking", "directory"]), " upstream_status=", ch(["500", "503", "200"])]
    if k == "provider":
        return pre + ["op=ProviderDirectory resolver=Query.providers result=", J({"data": {"providers": [{"name": ch(DOCS), "npi": ch(NPIS), "phone": ch(ORG_PHONE),
                                                                                                         "address": ORG_ADDR, "acceptingNew": chance(0.5)}]}})]
    return pre + ["query rejected: complexity ", str(R.randrange(1001, 5000)), " > max 1000 op=", ch(["Export", "Introspection", "BulkAppointments"]),
                  " client_ip=", priv_ip(), " apq=", sha(64)]


# --------------------------------------------------------------------------
# family: Android (Kotlin) logcat uploaded by the client
# --------------------------------------------------------------------------
def logcat_ts(t):
    return t.strftime("%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


@family("android_logcat_upload")
def f_android(phi):
    t = now()
    pid = R.randrange(1000, 32000)
    pre = ["[upload device=", uid(), " build=", version(), "(", str(R.randrange(1000, 99999)), ")] ", logcat_ts(t), " %5d %5d " % (pid, pid + R.randrange(1, 400))]
    if phi:
        k = ch(["dataclass", "gatt", "okhttp", "bio", "imei", "addr", "roi"])
        f, l = first(), last()
        if k == "roi":
            return pre + ["D RecordsViewModel: submit RecordsRequest(patient=", P("name", f + " " + l), ", faxTo=", P("fax", phone(ch(["dash", "paren", "e164"]))),
                          ", recipientOrg=", ch(["Law Office of J. Carter", "Aetna Appeals", "Self"]), ", consentSigned=true)"]
        if k == "dataclass":
            c, st = city()
            inner = ["Patient(id=", str(R.randrange(1000, 99999)), ", name=", P("name", f + " " + l), ", dob=", P("date", dob("iso"))]
            if chance(0.5):
                inner += [", mrn=", P("mrn", mrn())]
            if chance(0.5):
                inner += [", phone=", P("phone", phone())]
            if chance(0.5):
                inner += [", address=Address(line1=", P("address", street()), ", city=", P("address", c), ", state=", st, ", zip=", P("zip", zip5()), ")"]
            inner += [", age=", P("age", age90()) if chance(0.3) else str(age_ok()), ")"]
            return pre + ["D PatientRepository: loaded ", inner]
        if k == "gatt":
            return pre + ["D BluetoothGatt: connect() - device: ", P("device", mac("colon")), ", auto: ", ch(["false", "true"])]
        if k == "okhttp":
            body = {"email": P("email", email_for(f, l)), "password": "********", "phone": P("phone", phone("e164"))}
            if chance(0.5):
                body["insuranceCardNumber"] = P("health_plan", member_id())
            return pre + ["I okhttp.OkHttpClient: ", J(body)]
        if k == "bio":
            return pre + ["W BiometricEnroll: template persisted key=", ch(["fp_template", "voice_sig", "face_vec"]), " value=", P("biometric", biometric()),
                          " alg=", ch(["ISO19794-2", "nuance-vb-3", "arcface-r100"])]
        if k == "imei":
            return pre + ["I DeviceInfo: imei=", P("device", imei()), " sim_state=READY carrier=", ch(["T-Mobile", "Verizon", "AT&T"])]
        return pre + ["D CheckoutViewModel: shipping=", ["ShippingAddress(name=", P("name", f + " " + l), ", line1=", P("address", street()), ", city=",
                                                          P("address", city()[0]), ", zip=", P("zip", zip5()), ")"], " card=", P("account", card()) if chance(0.5) else "PaymentMethod(pm_" + b62(24) + ")"]
    k = ch(["okhttp", "choreo", "gatt", "work", "strict", "room"])
    if k == "okhttp":
        return pre + ["I okhttp.OkHttpClient: <-- ", ch(["200", "304", "502"]), " https://api.pulsewell.app/v2/", ch(["config", "feed?page=2", "slots?clinic=CL-0042"]),
                      " (", str(R.randrange(20, 3000)), "ms, ", str(R.randrange(0, 90000)), "-byte body)"]
    if k == "choreo":
        return pre + ["I Choreographer: Skipped ", str(R.randrange(30, 400)), " frames!  The application may be doing too much work on its main thread."]
    if k == "gatt":
        return pre + ["D BluetoothGatt: onClientConnectionState() - status=", ch(["0", "8", "133"]), " clientIf=", str(R.randrange(5, 15)), " connected=", ch(["true", "false"])]
    if k == "work":
        return pre + ["I WM-WorkerWrapper: Worker result SUCCESS for Work [ id=", uid(), ", tags={ com.pulsewell.sync.", ch(["HealthSyncWorker", "RxReminderWorker"]), " } ]"]
    if k == "strict":
        return pre + ["W System: A resource failed to call close. (", ch(["android.database.CursorWindow", "java.io.FileInputStream"]), ")"]
    return pre + ["I Room: Migration ", str(R.randrange(10, 40)), "->", str(R.randrange(41, 50)), " completed in ", dur(), " db=pulsewell.db size=", str(R.randrange(100, 9000)), "KB"]


# --------------------------------------------------------------------------
# family: iOS (Swift) unified log lines uploaded by the client
# --------------------------------------------------------------------------
@family("ios_oslog_upload")
def f_ios(phi):
    t = now()
    pre = [t.strftime("%Y-%m-%d %H:%M:%S.") + "%06d" % t.microsecond + "-0700 ", ch(["Pulsewell", "CareNest"]), "[", str(R.randrange(300, 9000)), ":",
           str(R.randrange(10000, 99999)), "] "]
    if phi:
        k = ch(["profile", "optional", "hk", "avatar", "bio", "insurance", "share"])
        f, l = first(), last()
        if k == "share":
            fl = ascii_fold(f).replace(" ", "").replace("-", "")
            return pre + ["[Share] caregiver opened ", P("url", ch(["https://www.caringbridge.org/site/%s%s" % (fl.lower(), ascii_fold(l).replace(" ", "")),
                                                                    "https://www.gofundme.com/f/%s-%s-medical-bills" % (fl.lower(), ascii_fold(l).lower()),
                                                                    "https://www.lotsahelpinghands.com/c/%s/" % digits(6)])),
                          " from invite sent by ", P("name", f + " " + l)]
        if k == "profile":
            out = ["[Profile] PatientProfile(name: \"", P("name", f + " " + l), "\", dateOfBirth: ", P("date", dob("iso")), " 00:00:00 +0000"]
            if chance(0.5):
                out += [", mrn: \"", P("mrn", mrn()), "\""]
            if chance(0.4):
                out += [", email: Optional(\"", P("email", email_for(f, l)), "\")"]
            out += [", ageYears: ", P("age", age90()) if chance(0.3) else str(age_ok()), ")"]
            return pre + out
        if k == "optional":
            d = appt_dt()
            return pre + ["[Booking] Confirmed appointment for Optional(\"", P("name", f + " " + l), "\") on ", P("date", d.strftime("%Y-%m-%d")),
                          " at %02d:%02d with %s" % (d.hour, d.minute, ch(DOCS))]
        if k == "hk":
            return pre + ["[HealthKit] characteristics dateOfBirth=", P("date", dob("iso")), " biologicalSex=", ch(["female", "male"]), " bloodType=", ch(["A+", "O-", "notSet"])]
        if k == "avatar":
            return pre + ["[Media] saved profile photo to ", P("photo", "file:///var/mobile/Containers/Data/Application/%s/Documents/avatars/%s.jpg" % (uid().upper(), digits(6))),
                          " bytes=", str(R.randrange(20000, 900000))]
        if k == "bio":
            return pre + ["[VoiceAuth] enrollment complete voiceprint=", P("biometric", voiceprint()), " score=", "%.2f" % (0.7 + R.random() / 4)]
        return pre + ["[CardScan] parsed InsuranceCard(memberID: \"", P("health_plan", member_id()), "\", subscriber: \"", P("name", (f + " " + l).upper()),
                      "\", group: \"", digits(6), "\", payer: \"", ch(PAYERS)[0], "\")"]
    k = ch(["net", "hk", "bg", "crash", "store"])
    if k == "net":
        return pre + ["[Network] Task <", uid().upper(), ">.<", str(R.randrange(1, 9)), "> finished with error [", ch(["-1001", "-1009", "-1005"]), "] Error Domain=NSURLErrorDomain"]
    if k == "hk":
        return pre + ["[HealthKit] authorization status ", ch(["1", "2"]), " for ", ch(["HKQuantityTypeIdentifierStepCount", "HKQuantityTypeIdentifierHeartRate", "HKCategoryTypeIdentifierSleepAnalysis"])]
    if k == "bg":
        return pre + ["[BGTaskScheduler] submitted com.pulsewell.refresh earliestBeginDate=", ts_iso(ms=False), " identifier=", uid().upper()]
    if k == "crash":
        return pre + ["[Diagnostics] MXCrashDiagnostic exceptionType=", ch(["1", "6"]), " signal=", ch(["11", "6"]), " appBuildVersion=", str(R.randrange(1000, 9999)),
                      " osVersion=", ch(["iPhone OS 17.4.1 (21E236)", "iPhone OS 16.7.8 (20H343)"])]
    return pre + ["[StoreKit] Transaction.updates id=2000000", digits(9), " product=com.pulsewell.plus.annual revocationDate=nil environment=production"]


# ==== MAIN ====
import re  # noqa: E402

_POOL_RE = re.compile(r"(?<![\w'])(" + "|".join(sorted(map(re.escape, FIRST + LAST), key=len, reverse=True)) + r")(?![\w'])")


def lint(line, spans, phi):
    """Person-name pool words must only ever appear inside a labeled span."""
    text = line.decode("utf-8")
    # map char offsets -> byte offsets
    for m in _POOL_RE.finditer(text):
        bs = len(text[:m.start()].encode("utf-8"))
        be = len(text[:m.end()].encode("utf-8"))
        ok = any(sp["s"] <= bs and be <= sp["e"] for sp in spans)
        assert ok, "unlabeled pool name %r in %s line: %s" % (m.group(0), "PHI" if phi else "clean", text[:300])


def main():
    n_clean = round(N_LINES * 0.45)
    flags = [False] * n_clean + [True] * (N_LINES - n_clean)
    R.shuffle(flags)
    fams = [FAMILIES[i % len(FAMILIES)] for i in range(N_LINES)]
    R.shuffle(fams)
    lines, labels = [], []
    counts = {c: 0 for c in CATS}
    fam_counts = {}
    n_phi = sum(flags)
    done_phi = 0
    for i, (phi, (fname, fn)) in enumerate(zip(flags, fams), 1):
        line, spans = render(fn(phi))
        if phi:
            # keep rare categories on pace: try a few more samples from the same
            # family and take the first one that covers a lagging category
            done_phi += 1
            pace = MIN_PER_CAT * done_phi / n_phi
            behind = {c for c in CATS if counts[c] < pace}
            tries = 0
            while behind and not behind & {sp["cat"] for sp in spans} and tries < 8:
                line, spans = render(fn(phi))
                tries += 1
        if phi:
            assert spans, "PHI line without spans (%s)" % fname
        else:
            assert not spans, "clean line with spans (%s)" % fname
        lint(line, spans, phi)
        for sp in spans:
            counts[sp["cat"]] += 1
        fam_counts[fname] = fam_counts.get(fname, 0) + 1
        lines.append(line)
        labels.append(json.dumps({"line": i, "family": fname, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(OUT, "u.log"), "wb") as fh:
        fh.write(b"\n".join(lines) + b"\n")
    with open(os.path.join(OUT, "u.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(labels) + "\n")
    # re-read and verify from disk
    with open(os.path.join(OUT, "u.log"), "rb") as fh:
        disk = fh.read().split(b"\n")[:-1]
    assert len(disk) == N_LINES
    for ln, lab in zip(disk, labels):
        for sp in json.loads(lab)["spans"]:
            assert 0 <= sp["s"] < sp["e"] <= len(ln)
            seg = ln[sp["s"]:sp["e"]].decode("utf-8")
            assert seg == seg.strip()
    n_phi = sum(flags)
    print("lines: %d" % N_LINES)
    print("lines with PHI: %d  (clean: %d = %.1f%%)" % (n_phi, N_LINES - n_phi, 100.0 * (N_LINES - n_phi) / N_LINES))
    print("spans total: %d" % sum(counts.values()))
    for c in CATS:
        print("  %-12s %d" % (c, counts[c]))
    print("families (%d):" % len(fam_counts))
    for fname, _ in FAMILIES:
        print("  %-28s %d" % (fname, fam_counts.get(fname, 0)))
    low = [c for c in CATS if counts[c] < 8]
    if low and not os.environ.get("GEN_U_PARTIAL"):
        raise SystemExit("categories under 8 spans: %s" % low)


if __name__ == "__main__":
    main()
