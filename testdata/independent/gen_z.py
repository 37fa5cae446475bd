#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
gen_z.py -- held-out, labeled synthetic log corpus "z" for a PHI detector.

Theme: cloud-native observability in a health platform (OTLP, collector debug
exporter, Jaeger/Zipkin/Tempo, Prometheus/Alertmanager, Loki/Vector/Fluent Bit,
Envoy/Istio/Linkerd, Kubernetes events/audit, Argo/Step Functions, SQS/SNS/
EventBridge/PubSub, DynamoDB/Cosmos change streams, Redis, NATS, grpcurl,
feature-flag/config diffs, Datadog/New Relic pipelines).

Standard library only, fixed seed, byte-for-byte reproducible.
Writes z.log (one record per line) and z.labels.jsonl next to this script.
All people, numbers and identifiers are synthetic.
"""
import base64
import datetime as _dt
import json
import os
import random
import sys
import unicodedata

SEED = 73312024
N_LINES = 500
N_CLEAN = 225          # 45% of lines carry no PHI at all
HERE = os.path.dirname(os.path.abspath(__file__))
LOG_PATH = os.path.join(HERE, "z.log")
LAB_PATH = os.path.join(HERE, "z.labels.jsonl")

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]

rng = random.Random(SEED)


# --------------------------------------------------------------------------
# span-tracking building blocks
# --------------------------------------------------------------------------
class P:
    """A PHI value; rendered verbatim and recorded as a span."""
    __slots__ = ("v", "cat", "num")

    def __init__(self, v, cat, num=False):
        assert cat in CATS, cat
        self.v = str(v)
        self.cat = cat
        self.num = num


class M:
    """A string made of plain text pieces and P values."""
    __slots__ = ("parts",)

    def __init__(self, *parts):
        self.parts = list(parts)


class Emb:
    """A JSON document serialized into a JSON string value."""
    __slots__ = ("obj", "sep")

    def __init__(self, obj, sep=(",", ":")):
        self.obj = obj
        self.sep = sep


class Raw:
    """Raw JSON text (already serialized)."""
    __slots__ = ("s",)

    def __init__(self, s):
        self.s = s


def flatten(parts):
    out = []
    stack = [parts]

    def rec(x):
        if isinstance(x, P) or isinstance(x, str):
            out.append(x)
        elif isinstance(x, M):
            for y in x.parts:
                rec(y)
        elif isinstance(x, (list, tuple)):
            for y in x:
                rec(y)
        elif isinstance(x, Raw):
            out.append(x.s)
        elif isinstance(x, (int, float)) and not isinstance(x, bool):
            out.append(str(x))
        else:
            raise TypeError("cannot flatten %r" % (x,))
    rec(stack)
    return out


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def lfesc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def esc(parts, fn=jesc):
    out = []
    for p in flatten(parts):
        if isinstance(p, P):
            assert fn(p.v) == p.v, "PHI value would change under escaping: %r" % p.v
            out.append(p)
        else:
            out.append(fn(p))
    return out


def jp(obj, sep=(",", ":")):
    out = []
    _jp(obj, sep, out)
    return out


def _jp(o, sep, out):
    if isinstance(o, P):
        assert jesc(o.v) == o.v
        if o.num:
            out.append(o)
        else:
            out.extend(['"', o, '"'])
    elif isinstance(o, M):
        out.append('"')
        out.extend(esc(o.parts))
        out.append('"')
    elif isinstance(o, Emb):
        out.append('"')
        out.extend(esc(jp(o.obj, o.sep)))
        out.append('"')
    elif isinstance(o, Raw):
        out.append(o.s)
    elif isinstance(o, dict):
        out.append("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(sep[0])
            out.append(json.dumps(k, ensure_ascii=False))
            out.append(sep[1])
            _jp(v, sep, out)
        out.append("}")
    elif isinstance(o, (list, tuple)):
        out.append("[")
        for i, v in enumerate(o):
            if i:
                out.append(sep[0])
            _jp(v, sep, out)
        out.append("]")
    else:
        out.append(json.dumps(o, ensure_ascii=False))


def rb(o):
    """Ruby-hash style rendering (Fluent Bit stdout output)."""
    out = []
    _rb(o, out)
    return out


def _rb(o, out):
    if isinstance(o, P):
        if o.num:
            out.append(o)
        else:
            out.extend(['"'] + esc([o]) + ['"'])
    elif isinstance(o, M):
        out.append('"')
        out.extend(esc(o.parts))
        out.append('"')
    elif isinstance(o, dict):
        out.append("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(", ")
            out.append('"%s"=>' % jesc(k))
            _rb(v, out)
        out.append("}")
    elif isinstance(o, (list, tuple)):
        out.append("[")
        for i, v in enumerate(o):
            if i:
                out.append(", ")
            _rb(v, out)
        out.append("]")
    elif isinstance(o, bool):
        out.append("true" if o else "false")
    elif o is None:
        out.append("nil")
    elif isinstance(o, (int, float)):
        out.append(str(o))
    else:
        out.append('"' + jesc(str(o)) + '"')


def text_of(parts):
    return "".join(p.v if isinstance(p, P) else p for p in flatten(parts))


def lfv(v):
    """logfmt value (quoted when needed)."""
    if isinstance(v, bool):
        return ["true" if v else "false"]
    if isinstance(v, (P, M)):
        parts = flatten([v])
    else:
        parts = [str(v)]
    t = text_of(parts)
    if t == "" or any(c in t for c in ' "=\t'):
        return ['"'] + esc(parts, lfesc) + ['"']
    return parts


def lf(pairs):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(" ")
        out.append(k + "=")
        out.extend(lfv(v))
    return out


def finalize(parts):
    buf = bytearray()
    spans = []
    for p in flatten(parts):
        if isinstance(p, P):
            b = p.v.encode("utf-8")
            spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": p.cat, "_v": p.v})
            buf += b
        else:
            buf += p.encode("utf-8")
    return bytes(buf), spans


# --------------------------------------------------------------------------
# random helpers
# --------------------------------------------------------------------------
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIG = "0123456789"
K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"


def pick(seq):
    return rng.choice(seq)


def chance(p):
    return rng.random() < p


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(rng.choice(DIG) for _ in range(n))


def alnum(n, chars=UP + DIG):
    return "".join(rng.choice(chars) for _ in range(n))


def rbytes(n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode("ascii")


def uuid4():
    h = list(hexs(32))
    h[12] = "4"
    h[16] = rng.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


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


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


# --------------------------------------------------------------------------
# clock (log timestamps are never PHI)
# --------------------------------------------------------------------------
EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)
CLOCK = [_dt.datetime(2024, 5, 2, 6, 0, 0, 118000, tzinfo=_dt.timezone.utc)]


def tick():
    CLOCK[0] += _dt.timedelta(microseconds=rng.randint(40_000, 150_000_000))


def now():
    return CLOCK[0]


def iso(t=None, d=3, z="Z"):
    t = t or now()
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if d:
        s += "." + ("%06d" % t.microsecond)[:d]
    return s + z


def esec(t=None):
    t = t or now()
    dl = t - EPOCH
    return dl.days * 86400 + dl.seconds


def ens(t=None):
    t = t or now()
    return str(esec(t) * 1_000_000_000 + t.microsecond * 1000 + rng.randint(0, 999))


def ems(t=None):
    t = t or now()
    return esec(t) * 1000 + t.microsecond // 1000


def later(us):
    return now() + _dt.timedelta(microseconds=us)


def earlier(us):
    return now() - _dt.timedelta(microseconds=us)


# --------------------------------------------------------------------------
# people & places
# --------------------------------------------------------------------------
FIRST = ["Maria", "José", "Wei", "Aisha", "Olumide", "Priya", "Dmitri", "Fatima", "Hiroshi",
         "Siobhan", "Kwame", "Lucía", "Ahmed", "Sofia", "Mateo", "Chloé", "Björn", "Zoë",
         "Ngozi", "Anh", "Ravi", "Yusuf", "Elena", "Tomasz", "Ingrid", "Kofi", "Amara", "Liam",
         "Emma", "Noah", "Olivia", "DeShawn", "Keisha", "Juan", "Guadalupe", "Mei", "Aleksandr",
         "Oksana", "Thanh", "Carmen", "Fernando", "Giulia", "Luca", "Seán", "Aoife", "Mohammed",
         "Leila", "Omar", "Hana", "Yuki", "Sione", "Malia", "Tariq", "Nadia", "Esperanza",
         "Jorge", "Beatriz", "Ayşe", "Mehmet", "Chinedu", "Adaeze", "Hamid", "Parisa", "Kenji",
         "Sakura", "Lars", "Astrid", "Pedro", "Ana", "Robert", "Patricia", "Dorothy", "Harold",
         "Mildred", "Walter", "Gloria", "Eugene", "Rosa", "Samuel", "Beatrice", "Irene", "Frank",
         "Helen", "Jin-woo", "Min-ji", "Arjun", "Deepa", "Kaveh", "Svetlana", "Bogdan", "Zanele",
         "Thabo", "Imani", "Marisol", "Rafael", "Agnieszka", "Dolores", "Tyrone", "Shanice"]
LAST = ["Lopez", "García", "Chen", "Okafor", "Patel", "Ivanova", "Haddad", "Tanaka", "O'Brien",
        "Kowalski", "Nguyen", "Mensah", "Müller", "Rossi", "Dubois", "Johansson", "Kim", "Singh",
        "Hernández", "Smith", "Johnson", "Williams", "Brown", "Washington", "Yamamoto", "Petrov",
        "Novak", "Adeyemi", "Abubakar", "Rahman", "Khan", "Cohen", "Levi", "Murphy", "Walsh",
        "Silva", "Santos", "Pereira", "Fernandes", "Tran", "Pham", "Park", "Choi", "Gupta",
        "Sharma", "Reyes", "Cruz", "Flores", "Torres", "Yılmaz", "Demir", "Ahmadi", "Hosseini",
        "Kaya", "Fitzgerald", "Lindqvist", "Nakamura", "Mwangi", "Otieno", "Banda", "Diallo",
        "Traoré", "Jackson", "Robinson", "Morales", "Castillo", "Nowak", "Horvat",
        "Papadopoulos", "Oyelaran", "Achterberg", "Van der Berg", "McAllister", "Begay",
        "Yazzie", "Kealoha", "Wiśniewski", "Gómez"]
INITIALS = "ABCDEFGHJKLMNPRSTW"


def person(ascii_only=False):
    while True:
        f, l = pick(FIRST), pick(LAST)
        if not ascii_only or (f + l).isascii():
            return f, l


def clinician():
    f, l = person()
    r = rng.random()
    if r < 0.4:
        return "Dr. %s %s" % (f, l)
    if r < 0.7:
        return "%s %s, %s" % (f, l, pick(["MD", "DO", "NP", "PA-C", "RN", "MD, PhD"]))
    if r < 0.85:
        return "Dr. %s. %s" % (f[0], l)
    return "%s, %s %s" % (l.upper(), f.upper(), pick(["MD", "DO"]))


US_PLACES = [
    ("Springfield", "IL", "Illinois", "627", "Sangamon County"),
    ("Worcester", "MA", "Massachusetts", "016", "Worcester County"),
    ("Dayton", "OH", "Ohio", "454", "Montgomery County"),
    ("Tucson", "AZ", "Arizona", "857", "Pima County"),
    ("Fresno", "CA", "California", "937", "Fresno County"),
    ("Yonkers", "NY", "New York", "107", "Westchester County"),
    ("Macon", "GA", "Georgia", "312", "Bibb County"),
    ("Tacoma", "WA", "Washington", "984", "Pierce County"),
    ("El Paso", "TX", "Texas", "799", "El Paso County"),
    ("Paterson", "NJ", "New Jersey", "075", "Passaic County"),
    ("Boise", "ID", "Idaho", "837", "Ada County"),
    ("Knoxville", "TN", "Tennessee", "379", "Knox County"),
    ("Hialeah", "FL", "Florida", "330", "Miami-Dade County"),
    ("Lowell", "MA", "Massachusetts", "018", "Middlesex County"),
    ("Santa Fe", "NM", "New Mexico", "875", "Santa Fe County"),
    ("Des Moines", "IA", "Iowa", "503", "Polk County"),
    ("Toledo", "OH", "Ohio", "436", "Lucas County"),
    ("Rochester", "MN", "Minnesota", "559", "Olmsted County"),
    ("Chula Vista", "CA", "California", "919", "San Diego County"),
    ("Brockton", "MA", "Massachusetts", "024", "Plymouth County"),
    ("Gary", "IN", "Indiana", "464", "Lake County"),
    ("Flagstaff", "AZ", "Arizona", "860", "Coconino County"),
    ("Gallup", "NM", "New Mexico", "873", "McKinley County"),
    ("Hilo", "HI", "Hawaii", "967", "Hawaii County"),
    ("Bangor", "ME", "Maine", "044", "Penobscot County"),
    ("Laredo", "TX", "Texas", "780", "Webb County"),
    ("Dorchester", "MA", "Massachusetts", "021", "Suffolk County"),
    ("Chesapeake", "VA", "Virginia", "233", "Chesapeake City"),
    ("Suffolk", "VA", "Virginia", "234", "Isle of Wight County"),
    ("Elizabeth City", "NC", "North Carolina", "279", "Pasquotank County"),
    ("Kinston", "NC", "North Carolina", "285", "Lenoir County"),
    ("Yakima", "WA", "Washington", "989", "Yakima County"),
]
INTL_PLACES = [
    ("Köln", "50", "de"), ("München", "80", "de"), ("Hamburg", "20", "de"),
    ("Guadalajara", "44", "mx"), ("Monterrey", "64", "mx"), ("Sevilla", "41", "es"),
    ("Zaragoza", "50", "es"), ("Lyon", "69", "fr"),
]
STREETS = ["Oak", "Maple", "Cedar", "Elm", "Washington", "Lincoln", "Martin Luther King Jr",
           "Sunset", "Highland", "Lakeview", "Pine", "Church", "Mill", "Park", "Ridge", "Willow",
           "Jefferson", "Franklin", "Chestnut", "Magnolia", "Peachtree", "Bayview", "Kensington",
           "Prospect", "Walnut", "Hillcrest", "Orchard", "Riverside", "Beacon", "Cortez",
           "Alameda", "Sequoia", "Juniper", "Mesquite", "Palmetto", "Battlefield"]
SUFFIX = ["St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Ct", "Way", "Pl", "Ter", "Street", "Avenue",
          "Drive", "Road", "Cir", "Pkwy"]
UNITS = ["Apt 4", "Apt 3B", "Unit 12", "#210", "Apt 1A", "Ste 5", "Unit 7C", "Apt 502", "Lot 14",
         "Fl 2", "Apt 11", "# 3"]
DE_STREETS = ["Lindenstraße", "Hauptstraße", "Am Stadtgarten", "Goethestraße", "Schillerweg",
              "Bahnhofstraße"]
ES_STREETS = ["Calle Hidalgo", "Av. Juárez", "Calle Mayor", "Calle de la Paz", "Av. Revolución"]
FR_STREETS = ["rue des Lilas", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard de la Croix-Rousse"]


def v_place():
    """Returns dict(street, city, st, state, zip, county, kind)."""
    if chance(0.13):
        city, pre, kind = pick(INTL_PLACES)
        z = pre + digits(3)
        n = rng.randint(1, 240)
        if kind == "de":
            street = "%s %d%s" % (pick(DE_STREETS), n, pick(["", "", "a", "b"]))
        elif kind == "fr":
            street = "%d %s" % (n, pick(FR_STREETS))
        else:
            street = "%s %d%s" % (pick(ES_STREETS), n, pick(["", " Int 3", " Depto 4B", ""]))
        return dict(street=street, city=city, st="", state="", zip=z, county="", kind=kind)
    city, st, state, z3, county = pick(US_PLACES)
    z = z3 + digits(2)
    if chance(0.25):
        z += "-" + digits(4)
    if chance(0.06):
        street = "PO Box %d" % rng.randint(10, 9999)
    else:
        street = "%d %s%s %s" % (rng.randint(2, 9899),
                                 pick(["", "", "", "", "N ", "S ", "E ", "W "]),
                                 pick(STREETS), pick(SUFFIX))
        if chance(0.35):
            street += " " + pick(UNITS)
    return dict(street=street, city=city, st=st, state=state, zip=z, county=county, kind="us")


def addr_parts(pl, zip_too=True):
    """Full address text as parts: street, city, ST zip."""
    if pl["kind"] == "us":
        parts = [P(pl["street"], "address"), ", ", P(pl["city"], "address"), ", ", pl["st"]]
        if zip_too:
            parts += [" ", P(pl["zip"], "zip")]
        return parts
    parts = [P(pl["street"], "address"), ", "]
    if zip_too:
        parts += [P(pl["zip"], "zip"), " "]
    parts += [P(pl["city"], "address")]
    return parts


# --------------------------------------------------------------------------
# PHI value generators
# --------------------------------------------------------------------------
def v_name(ascii_only=False):
    f, l = person(ascii_only)
    r = rng.random()
    if r < 0.5:
        return "%s %s" % (f, l)
    if r < 0.68:
        return "%s, %s" % (l, f)
    if r < 0.80:
        return "%s %s. %s" % (f, pick(INITIALS), l)
    if r < 0.90:
        return "%s, %s" % (l.upper(), f.upper())
    return "%s %s" % (f.upper(), l.upper())


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_FULL = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def rdate(y0, y1, m0=1, m1=12):
    a = _dt.date(y0, m0, 1)
    b = _dt.date(y1, m1, 28)
    return a + _dt.timedelta(days=rng.randint(0, (b - a).days))


def fmt_date(d, style=None):
    style = style or pick(["iso", "iso", "us", "us_short", "hl7", "eu_dot", "text", "dmy_mon",
                           "eu_slash", "text_full"])
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if style == "us_short":
        return "%d/%d/%04d" % (d.month, d.day, d.year)
    if style == "hl7":
        return "%04d%02d%02d" % (d.year, d.month, d.day)
    if style == "eu_dot":
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    if style == "text":
        return "%s %d, %04d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "text_full":
        return "%s %d, %04d" % (MONTHS_FULL[d.month - 1], d.day, d.year)
    if style == "dmy_mon":
        return "%02d-%s-%04d" % (d.day, MONTHS[d.month - 1].upper(), d.year)
    if style == "eu_slash":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    raise ValueError(style)


def v_date(sub):
    if sub == "dob":
        d = rdate(1924, 2019)
    elif sub in ("admit", "discharge", "service"):
        d = rdate(2023, 2024, 1, 4)
    elif sub == "death":
        d = rdate(2022, 2024, 1, 4)
    else:  # appt
        d = rdate(2024, 2024, 5, 9)
        if chance(0.4):
            hh, mm = rng.randint(7, 17), pick([0, 15, 30, 45])
            if chance(0.5):
                return "%sT%02d:%02d:00%s" % (d.isoformat(), hh, mm, pick(["-04:00", "-05:00", "Z", "-07:00"]))
            return "%02d/%02d/%04d %02d:%02d" % (d.month, d.day, d.year, hh, mm)
    return fmt_date(d)


AREAS = ["617", "508", "312", "773", "216", "614", "520", "559", "914", "478", "253", "915",
         "973", "208", "865", "305", "505", "515", "419", "507", "619", "774", "347", "718",
         "646", "404", "713", "832", "210", "602", "757", "252", "509", "808", "207", "956"]


def _nanp():
    a = pick(AREAS)
    while True:
        ex = rng.randint(201, 989)
        if ex % 100 != 11 and ex != 555:
            break
    return a, "%03d" % ex, "%04d" % rng.randint(0, 9999)


def v_phone(allow_intl=True):
    if allow_intl and chance(0.1):
        return pick(["+49 221 %s" % digits(7), "+52 33 %s %s" % (digits(4), digits(4)),
                     "+44 7%s %s" % (digits(3), digits(6)), "+34 6%s %s %s" % (digits(2), digits(3), digits(3)),
                     "+33 6 %s %s %s %s" % (digits(2), digits(2), digits(2), digits(2))])
    a, e, l = _nanp()
    return pick(["(%s) %s-%s", "%s-%s-%s", "+1%s%s%s", "+1 %s %s %s", "%s.%s.%s", "1-%s-%s-%s",
                 "%s%s%s", "(%s)%s-%s", "+1 (%s) %s-%s"]) % (a, e, l)


def v_fax():
    if chance(0.08):
        return "+49 221 %s" % digits(7)
    a, e, l = _nanp()
    return pick(["(%s) %s-%s", "%s-%s-%s", "+1%s%s%s", "%s.%s.%s", "1-%s-%s-%s", "%s%s%s"]) % (a, e, l)


MAIL_DOMAINS = ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
                "aol.com", "proton.me", "comcast.net", "gmx.de", "web.de", "yahoo.com.mx",
                "hotmail.es", "att.net", "verizon.net", "me.com", "live.com", "orange.fr"]


def v_email(f=None, l=None):
    if f is None:
        f, l = person()
    a = ascii_fold(f).lower().replace("'", "").replace(" ", "").replace("-", "")
    b = ascii_fold(l).lower().replace("'", "").replace(" ", "").replace("-", "")
    local = pick(["%s.%s" % (a, b), "%s%s" % (a[0], b), "%s%s%d" % (a, b, rng.randint(1, 99)),
                  "%s.%s%d" % (b, a, rng.randint(40, 99)), "%s_%s" % (a, b),
                  "%s.%s+portal" % (a, b), "%s.%s%d" % (a[0], b, rng.randint(1940, 2005)),
                  "%s%d" % (a, rng.randint(100, 9999))])
    return "%s@%s" % (local, pick(MAIL_DOMAINS))


def v_ssn():
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    r = rng.random()
    if r < 0.7:
        return "%03d-%02d-%04d" % (a, g, s)
    if r < 0.9:
        return "%03d%02d%04d" % (a, g, s)
    return "%03d %02d %04d" % (a, g, s)


def v_mrn():
    return pick(["MRN-%08d" % rng.randint(0, 99999999), "E%07d" % rng.randint(1000000, 9999999),
                 "%09d" % rng.randint(1000000, 999999999), "NW%07d" % rng.randint(0, 9999999),
                 "M%08d" % rng.randint(0, 99999999), "NWH-%06d" % rng.randint(0, 999999),
                 "%d" % rng.randint(10000000, 99999999), "PT%s" % digits(9)])


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def v_mbi(dashed=None):
    an = MBI_ALPHA + DIG
    s = (pick("123456789") + pick(MBI_ALPHA) + pick(an) + pick(DIG) + pick(MBI_ALPHA) + pick(an)
         + pick(DIG) + pick(MBI_ALPHA) + pick(MBI_ALPHA) + pick(DIG) + pick(DIG))
    if dashed is None:
        dashed = chance(0.35)
    if dashed:
        return "%s-%s-%s" % (s[:4], s[4:7], s[7:])
    return s


def v_health_plan(sub):
    if sub == "mbi":
        return v_mbi()
    if sub == "medicaid":
        return pick(["%s%05d%s" % (alnum(2, UP), rng.randint(0, 99999), pick(UP)),
                     "%012d" % rng.randint(0, 10 ** 12 - 1), "MCD%s" % digits(9)])
    if sub == "kvnr":
        return pick(UP) + digits(9)
    return pick(["%s%s" % (alnum(3, UP), digits(9)), "W%s" % digits(9), "%s" % digits(11),
                 "%s%s-%s" % (alnum(3, UP), digits(8), pick(["01", "02", "03"])),
                 "ZGP%s" % digits(10), "%s%s" % (alnum(1, UP), digits(8))])


def v_card():
    r = rng.random()
    if r < 0.45:
        p = "4" + digits(14)
        n = p + luhn_digit(p)
        return pick(["%s %s %s %s", "%s-%s-%s-%s", "%s%s%s%s"]) % (n[:4], n[4:8], n[8:12], n[12:])
    if r < 0.8:
        p = str(rng.randint(51, 55)) + digits(13)
        n = p + luhn_digit(p)
        return pick(["%s %s %s %s", "%s%s%s%s"]) % (n[:4], n[4:8], n[8:12], n[12:])
    p = pick(["34", "37"]) + digits(12)
    n = p + luhn_digit(p)
    return pick(["%s %s %s", "%s%s%s"]) % (n[:4], n[4:10], n[10:])


def _iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def v_iban():
    if chance(0.6):
        cc, bban = "DE", digits(18)
    else:
        cc, bban = "ES", digits(20)
    ib = cc + _iban_check(cc, bban) + bban
    if chance(0.5):
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def v_account(sub):
    if sub == "card":
        return v_card()
    if sub == "iban":
        return v_iban()
    if sub == "bank":
        return digits(rng.randint(9, 12))
    return pick(["ACCT-%s" % digits(10), "PA%s" % digits(8), "%s" % digits(10),
                 "V%s" % digits(9), "GA-%s" % digits(7), "HAR%s" % digits(8),
                 "%s-%s" % (digits(4), digits(6)), "FIN%s" % digits(9)])


def v_dea():
    l1 = pick("ABFGM")
    l2 = pick(UP)
    d = [rng.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return l1 + l2 + "".join(map(str, d)) + str(c)


def v_license(sub):
    if sub == "dea":
        return v_dea()
    if sub == "prof":
        return pick(["RN%s" % digits(7), "LPN-%s" % digits(6), "MD%s" % digits(6),
                     "0%s" % digits(8), "PT-%s" % digits(5), "RN.%s" % digits(6)])
    return pick([pick(UP) + digits(7), "%s %s %s" % (digits(3), digits(3), digits(3)),
                 "%s%s-%s-%s-%s-%s" % (pick(UP), digits(3), digits(3), digits(2), digits(3), digits(1)),
                 "%s%s-%s-%s" % (pick(UP), digits(3), digits(4), digits(4)),
                 "S%s" % digits(8), digits(9), "%s%s" % (alnum(2, UP), digits(6)),
                 "%s-%s" % (pick(UP) + digits(3), digits(4) + "-" + digits(4))])


VIN_TR = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                               [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def v_vin():
    wmi = pick(["1HG", "1FA", "2T1", "3VW", "5YJ", "JTD", "WBA", "1G1", "KMH", "4T1", "1FT", "JN1"])
    body = wmi + "".join(pick(VIN_CH) for _ in range(5)) + "0" + pick("KLMNPRS") + \
        pick(VIN_CH) + digits(6)
    tot = 0
    for i, ch in enumerate(body):
        val = int(ch) if ch.isdigit() else VIN_TR[ch]
        tot += val * VIN_W[i]
    c = tot % 11
    c = "X" if c == 10 else str(c)
    return body[:8] + c + body[9:]


def v_plate():
    return pick(["%d%s%d" % (rng.randint(1, 9), alnum(3, UP), rng.randint(100, 999)),
                 "%s-%s" % (alnum(3, UP), digits(4)), "%s %s" % (alnum(3, UP), digits(4)),
                 "%s%s" % (alnum(3, UP), digits(3)), "%s-%s %s" % (pick(["M", "K", "HH", "B"]), alnum(2, UP), digits(4)),
                 "%s-%s-%s" % (alnum(3, UP), digits(3), pick(UP))])


def v_device(sub):
    if sub == "imei":
        p = pick(["35", "86", "01", "35"]) + digits(12)
        return p + luhn_digit(p)
    if sub == "udi":
        return "(01)%s(17)%s(10)%s(21)%s" % (digits(14), "2%s" % digits(5), alnum(6),
                                             alnum(rng.randint(6, 10)))
    if sub == "mac":
        b = ["%02X" % rng.randint(0, 255) for _ in range(6)]
        return pick([":", "-"]).join(b) if chance(0.7) else ":".join(b).lower()
    if sub == "cgm":
        return "8" + alnum(5)
    return pick(["PJN%sH" % digits(6), "RNR%sS" % digits(6), "BLL%sH" % digits(6),
                 "NG%sH" % digits(7), "CI-%s" % digits(7), "SN%s" % alnum(10),
                 "%s%s" % (alnum(2, UP), digits(8)), "HA-%s-%s" % (digits(4), alnum(4))])


def v_url():
    f, l = person()
    a = ascii_fold(f).lower().replace("'", "").replace(" ", "").replace("-", "")
    b = ascii_fold(l).lower().replace("'", "").replace(" ", "").replace("-", "")
    return pick(["https://www.facebook.com/%s.%s.%d" % (a, b, rng.randint(1, 9999)),
                 "https://twitter.com/%s%s%d" % (a, b, rng.randint(1, 99)),
                 "https://www.instagram.com/%s_%s/" % (a, b),
                 "https://%s%s.blogspot.com" % (a[0], b),
                 "https://www.caringbridge.org/visit/%s%s" % (a, b),
                 "https://www.gofundme.com/f/help-%s-%s-with-medical-bills" % (a, b),
                 "https://www.linkedin.com/in/%s-%s-%s" % (a, b, hexs(4)),
                 "https://github.com/%s%s%d" % (a[0], b, rng.randint(1, 99)),
                 "http://%s-%s.me" % (a, b), "https://www.tiktok.com/@%s.%s" % (a, b)])


PUB_FIRST = [24, 47, 50, 66, 67, 68, 69, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108,
             173, 174, 184, 187, 189, 201, 2, 5, 31, 37, 41, 45, 62, 77, 79, 81, 82, 86, 89, 90]


def v_ip():
    if chance(0.15):
        return pick(["2601:%x:%x:%x::%x" % (rng.randint(0x100, 0xfff), rng.randint(0x1000, 0xffff),
                                            rng.randint(0, 0xffff), rng.randint(1, 0xffff)),
                     "2603:%x:%x:%x:%x:%x:%x:%x" % tuple(rng.randint(0, 0xffff) for _ in range(7)),
                     "2a02:%x:%x:%x::%x" % (rng.randint(0x100, 0xfff), rng.randint(0, 0xffff),
                                            rng.randint(0, 0xffff), rng.randint(1, 0xfff))])
    return "%d.%d.%d.%d" % (pick(PUB_FIRST), rng.randint(1, 254), rng.randint(0, 254),
                            rng.randint(1, 254))


def v_biometric(sub):
    if sub == "finger":
        return base64.b64encode(b"FMR\x00 20\x00\x00" + rbytes(rng.randint(40, 120))).decode()
    if sub == "voice":
        return b64(rng.randint(60, 150))
    if sub == "face":
        return b64(rng.randint(60, 130))
    return b64(rng.randint(48, 96))


def v_photo(sub):
    if sub == "jpeg":
        s = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
                             + rbytes(rng.randint(45, 150))).decode()
        return ("data:image/jpeg;base64," + s) if chance(0.3) else s
    if sub == "png":
        s = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rbytes(rng.randint(45, 140))).decode()
        return ("data:image/png;base64," + s) if chance(0.3) else s
    return pick(["s3://nwh-prod-portal-uploads/patient-photos/%s/face.jpg" % uuid4(),
                 "gs://nwh-intake-selfies/2024/0%d/%s.jpeg" % (rng.randint(1, 5), hexs(24)),
                 "https://cdn.northwind-health.org/portal/avatars/%s.jpg" % hexs(20),
                 "/mnt/pacs-export/photos/pt_%s.png" % digits(7),
                 "https://nwhprodblob.blob.core.windows.net/id-photos/%s/front.jpg" % uuid4(),
                 "/var/lib/kiosk/captures/%s_face.jpg" % hexs(12),
                 "s3://nwh-identity-proofing/selfies/%s.png" % hexs(32)])


def v_other_id(sub):
    if sub == "passport":
        return pick([digits(9), pick(UP) + digits(8), "G%s" % digits(8), alnum(2, UP) + digits(7)])
    if sub == "curp":
        d = rdate(1930, 2010)
        return (pick("BCDFGHJLMNPRSTVZ") + pick("AEIOU") + alnum(2, "BCDFGHJLMNPRSTVZ")
                + "%02d%02d%02d" % (d.year % 100, d.month, d.day) + pick("HM")
                + pick(["DF", "JC", "NL", "PL", "VZ", "GT", "MC", "CH"]) + alnum(3, "BCDFGHJKLMNPRSTVWXZ")
                + pick("0123456789AB") + pick(DIG))
    if sub == "dni":
        n = rng.randint(10000000, 99999999)
        return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])
    if sub == "aadhaar":
        return "%s %s %s" % (pick("23456789") + digits(3), digits(4), digits(4))
    if sub == "sin":
        p = pick("1234567") + digits(7)
        n = p + luhn_digit(p)
        return "%s %s %s" % (n[:3], n[3:6], n[6:]) if chance(0.6) else "%s-%s-%s" % (n[:3], n[3:6], n[6:])
    if sub == "emirates":
        return "784-%d-%s-%s" % (rng.randint(1940, 2005), digits(7), digits(1))
    if sub == "alien":
        return "A%s" % digits(9) if chance(0.6) else "A-%s-%s-%s" % (digits(3), digits(3), digits(3))
    if sub == "steuer":
        return pick("123456789") + digits(10)
    if sub == "cedula":
        return "%s.%s.%s" % (digits(2), digits(3), digits(3)) if chance(0.5) else digits(10)
    if sub == "personnummer":
        d = rdate(1935, 2005)
        return "%02d%02d%02d-%s" % (d.year % 100, d.month, d.day, digits(4))
    raise ValueError(sub)


# --------------------------------------------------------------------------
# key spellings and free-text phrases per category/subtype
# (snake keys, dot keys, foreign keys, text phrases (prefix, suffix))
# --------------------------------------------------------------------------
def S(gen, snake, dot, intl, phr):
    return dict(gen=gen, snake=snake, dot=dot, intl=intl, phr=phr)


SPEC = {
    "name": {
        "patient": S(v_name, ["patient_name", "pt_name", "full_name", "legal_name", "display_name",
                              "member_name", "insured_name", "caller_name", "recipient_name"],
                     ["patient.name", "patient.full_name", "enduser.name", "usr.name", "caller.name",
                      "member.display_name"],
                     ["nombre_paciente", "nombre_completo", "Patientenname", "nom_patient", "nome_paziente"],
                     [("patient ", ""), ("for ", ""), ("Pt: ", ""), ("caller identified as ", ""),
                      ("", " checked in"), ("", " did not show"), ("paciente ", ""), ("Patient ", " (Selbstzahler)"),
                      ("name=", ""), ("re: ", "")]),
        "relative": S(v_name, ["guarantor_name", "subscriber_name", "emergency_contact", "next_of_kin",
                               "resp_party", "parent_guardian", "ec_name", "policy_holder"],
                      ["guarantor.name", "subscriber.name", "nok.name", "emergency_contact.name"],
                      ["nombre_tutor", "Angehoeriger", "contact_urgence", "responsable"],
                      [("guarantor ", ""), ("NOK ", " (daughter)"), ("spouse ", ""), ("subscriber ", ""),
                       ("emergency contact ", " (son)"), ("mother ", " will pick up"), ("guardian: ", "")]),
    },
    "date": {
        "dob": S(None, ["dob", "birth_date", "date_of_birth", "pt_dob", "bdate", "member_dob", "birthdate"],
                 ["patient.birth_date", "patient.dob", "subscriber.dob", "member.birth_date"],
                 ["fecha_nacimiento", "geburtsdatum", "date_naissance", "data_nascita", "f_nac"],
                 [("DOB ", ""), ("born ", ""), ("d.o.b. ", ""), ("geb. ", ""), ("fecha de nacimiento ", ""),
                  ("DOB: ", ""), ("birthdate=", ""), ("(", ")")]),
        "admit": S(None, ["admit_dt", "admission_date", "adm_date", "admit_date"],
                   ["encounter.admit_date", "encounter.period.start"],
                   ["fecha_ingreso", "aufnahmedatum", "date_admission"],
                   [("admitted ", ""), ("adm ", ""), ("admission on ", ""), ("ingresó el ", "")]),
        "discharge": S(None, ["discharge_dt", "disch_date", "discharge_date"],
                       ["encounter.discharge_date", "encounter.period.end"],
                       ["fecha_alta", "entlassdatum", "date_sortie"],
                       [("discharged ", ""), ("d/c ", ""), ("discharge on ", ""), ("entlassen am ", "")]),
        "death": S(None, ["dod", "date_of_death", "death_dt", "deceased_date"],
                   ["patient.deceased_date", "patient.death_date"],
                   ["fecha_defuncion", "sterbedatum", "date_deces"],
                   [("expired on ", ""), ("date of death ", ""), ("deceased ", ""), ("DOD ", "")]),
        "appt": S(None, ["appt_start", "appointment_date", "appt_dt", "slot_start", "visit_date"],
                  ["appointment.start", "appt.date", "booking.slot.start"],
                  ["fecha_cita", "termin_datum", "date_rdv"],
                  [("appointment on ", ""), ("appt ", ""), ("rescheduled to ", ""), ("cita el ", ""),
                   ("Termin am ", ""), ("visit ", " confirmed")]),
        "service": S(None, ["dos", "service_date", "svc_dt", "date_of_service", "from_dos"],
                     ["claim.service_date", "claim.line.dos"],
                     ["fecha_servicio", "leistungsdatum"],
                     [("DOS ", ""), ("service date ", ""), ("date of service ", ""), ("seen on ", "")]),
    },
    "age": {
        "age": S(None, ["age", "age_years", "pt_age", "patient_age", "age_at_visit", "age_yrs"],
                 ["patient.age", "member.age", "subject.age"],
                 ["edad", "alter", "âge", "eta"],
                 [("", "-year-old"), ("age ", ""), ("", " y/o"), ("aged ", ""), ("", "yo"), ("edad ", ""),
                  ("Alter ", " J."), ("age: ", ""), ("", " years old")]),
    },
    "phone": {
        "phone": S(lambda: v_phone(), ["phone", "phone_number", "mobile", "cell", "cell_phone", "home_phone",
                                       "contact_phone", "callback_number", "sms_to", "msisdn", "primary_phone",
                                       "tel", "guarantor_phone", "ec_phone", "ani"],
                   ["patient.phone", "enduser.phone", "contact.phone", "notify.sms.to", "caller.ani"],
                   ["telefono", "telefon", "handynummer", "tel_movil", "celular", "portable"],
                   [("callback ", ""), ("cell ", ""), ("reached at ", ""), ("text to ", ""), ("SMS queued to ", ""),
                    ("phone ", ""), ("tel. ", ""), ("ANI ", ""), ("call back at ", " after 5pm"), ("", " (mobile)")]),
    },
    "fax": {
        "fax": S(v_fax, ["fax", "fax_number", "fax_no", "pt_fax", "home_fax", "patient_fax", "fax_to",
                         "guarantor_fax", "recipient_fax"],
                 ["patient.fax", "contact.fax", "fax.recipient", "fax.to"],
                 ["telefax", "numero_fax", "fax_domicile", "faxnummer"],
                 [("fax ", ""), ("faxed to ", ""), ("pt fax# ", ""), ("fax to patient at ", ""),
                  ("home fax ", ""), ("Fax: ", "")]),
    },
    "email": {
        "email": S(v_email, ["email", "email_address", "e_mail", "contact_email", "user_email", "login_email",
                             "recipient", "notify_email", "pt_email", "personal_email", "username"],
                   ["enduser.email", "usr.email", "patient.email", "user.email", "messaging.destination.email"],
                   ["correo", "correo_electronico", "courriel", "email_privat"],
                   [("email ", ""), ("", ""), ("sent to ", ""), ("login ", ""), ("user ", " locked out"),
                    ("<", ">"), ("correo ", "")]),
    },
    "ssn": {
        "ssn": S(v_ssn, ["ssn", "social_security_number", "ss_num", "soc_sec_no", "ssn_full", "guarantor_ssn",
                         "subscriber_ssn", "tax_id", "ssn_raw", "ssno"],
                 ["patient.ssn", "subscriber.ssn", "guarantor.ssn"],
                 ["numero_seguro_social", "nss", "sozialversicherungsnr"],
                 [("SSN ", ""), ("ss# ", ""), ("social ", ""), ("SSN: ", ""), ("matched on ", ""),
                  ("soc sec ", "")]),
    },
    "mrn": {
        "mrn": S(v_mrn, ["mrn", "medical_record_number", "mrn_id", "chart_number", "chart_no", "pat_id",
                         "patient_id", "patient_number", "ehr_id", "enterprise_mrn", "empi_id", "local_mrn", "pid"],
                 ["patient.mrn", "patient.id", "ehr.patient.mrn", "fhir.patient.identifier", "hl7.pid3"],
                 ["nhc", "numero_historia", "expediente", "Patientennummer", "dossier_patient"],
                 [("MRN ", ""), ("MRN: ", ""), ("chart ", ""), ("pid=", ""), ("patient #", ""), ("mrn=", ""),
                  ("NHC ", ""), ("record ", "")]),
    },
    "health_plan": {
        "member": S(lambda: v_health_plan("member"),
                    ["member_id", "subscriber_id", "policy_number", "policy_no", "insurance_id", "plan_member_no",
                     "ins_member", "group_member_id", "cardholder_id"],
                    ["insurance.member_id", "coverage.subscriber_id", "payer.member.id"],
                    ["numero_afiliacion", "afiliado", "num_assure"],
                    [("member ID ", ""), ("subscriber ", ""), ("policy ", ""), ("member ", ""), ("ins id ", "")]),
        "mbi": S(lambda: v_health_plan("mbi"), ["mbi", "medicare_id", "beneficiary_id", "medicare_mbi"],
                 ["member.mbi", "coverage.medicare.mbi"], ["numero_medicare"],
                 [("MBI ", ""), ("Medicare ", ""), ("beneficiary ", "")]),
        "medicaid": S(lambda: v_health_plan("medicaid"), ["medicaid_id", "mcd_id", "cin"],
                      ["coverage.medicaid_id"], ["numero_medicaid"],
                      [("Medicaid ", ""), ("CIN ", "")]),
        "kvnr": S(lambda: v_health_plan("kvnr"), ["kvnr", "insurance_number"], ["versicherung.kvnr"],
                  ["Versichertennummer", "versicherten_nr"],
                  [("Versichertennr. ", ""), ("KVNR ", "")]),
    },
    "account": {
        "patient": S(lambda: v_account("patient"),
                     ["account_number", "acct_no", "patient_account", "billing_account", "har", "guarantor_account",
                      "acct", "fin_number", "pt_acct"],
                     ["billing.account_id", "patient.account_number", "guarantor.acct"],
                     ["numero_cuenta", "kontonummer", "numero_compte"],
                     [("acct ", ""), ("HAR ", ""), ("billing account ", ""), ("account #", ""), ("FIN ", "")]),
        "card": S(lambda: v_account("card"), ["card_number", "pan", "cc_number", "card_no", "payment_card"],
                  ["payment.card.number", "card.pan"], ["numero_tarjeta", "kartennummer"],
                  [("card ", ""), ("charged ", " for copay"), ("PAN ", ""), ("tarjeta ", "")]),
        "iban": S(lambda: v_account("iban"), ["iban", "refund_iban", "bank_iban"], ["payment.iban"],
                  ["cuenta_bancaria", "bankverbindung"], [("IBAN ", ""), ("refund to ", "")]),
        "bank": S(lambda: v_account("bank"), ["bank_account", "dda_account", "ach_account"],
                  ["payment.bank.account"], ["cuenta"], [("bank acct ", ""), ("ACH account ", "")]),
    },
    "license": {
        "dl": S(lambda: v_license("dl"), ["drivers_license", "dl_number", "dl_no", "driver_license_number",
                                          "dl", "id_dl_num", "license_number"],
                ["patient.drivers_license", "identity.document.dl"],
                ["licencia_conducir", "fuehrerschein_nr", "permis_conduire"],
                [("DL# ", ""), ("driver license ", ""), ("DL ", ""), ("licencia ", ""), ("lic ", "")]),
        "dea": S(v_dea, ["dea_number", "dea", "prescriber_dea", "dea_reg"], ["prescriber.dea", "rx.dea"],
                 ["numero_dea"], [("DEA ", ""), ("DEA# ", "")]),
        "prof": S(lambda: v_license("prof"), ["state_license", "prof_license", "license_no", "nursing_license"],
                  ["practitioner.license", "caregiver.license"], ["cedula_profesional", "approbation_nr"],
                  [("license ", ""), ("state lic ", ""), ("RN license ", "")]),
    },
    "vehicle": {
        "vin": S(v_vin, ["vin", "vehicle_vin", "vehicle_id_number", "car_vin"], ["vehicle.vin"],
                 ["numero_bastidor", "fahrgestellnummer"],
                 [("VIN ", ""), ("vehicle ", ""), ("VIN: ", "")]),
        "plate": S(v_plate, ["plate", "license_plate", "plate_number", "tag_number", "parking_plate", "lpn"],
                   ["vehicle.plate", "parking.plate"], ["matricula", "kennzeichen", "placa", "plaque"],
                   [("plate ", ""), ("tag ", ""), ("Kennzeichen ", ""), ("placa ", ""), ("car ", " in lot B")]),
    },
    "device": {
        "serial": S(lambda: v_device("serial"), ["device_serial", "serial_number", "implant_serial",
                                                  "pump_serial", "pacemaker_sn", "hearing_aid_sn", "icd_serial"],
                    ["device.serial", "implant.serial_number", "pump.serial"],
                    ["numero_serie", "seriennummer"],
                    [("pacemaker SN ", ""), ("pump serial ", ""), ("implant S/N ", ""), ("serial ", "")]),
        "imei": S(lambda: v_device("imei"), ["imei", "handset_imei", "device_imei"], ["device.id", "device.imei"],
                  ["imei_telefono"], [("IMEI ", ""), ("handset ", "")]),
        "udi": S(lambda: v_device("udi"), ["udi", "device_udi", "implant_udi"], ["implant.udi", "device.udi"],
                 ["udi_implante"], [("UDI ", ""), ("implant UDI ", "")]),
        "mac": S(lambda: v_device("mac"), ["mac_address", "wearable_mac", "ble_mac", "device_mac"],
                 ["wearable.mac", "device.mac"], ["direccion_mac"],
                 [("from device ", ""), ("BLE peer ", ""), ("MAC ", "")]),
        "cgm": S(lambda: v_device("cgm"), ["cgm_transmitter_id", "transmitter_id", "tx_id"],
                 ["cgm.transmitter.id"], ["transmisor_cgm"], [("transmitter ", ""), ("CGM tx ", "")]),
    },
    "url": {
        "url": S(v_url, ["profile_url", "homepage", "personal_site", "website", "social_url", "blog",
                         "fundraiser_url", "link"],
                 ["enduser.profile_url", "patient.homepage", "social.profile"],
                 ["pagina_personal", "sitio_web", "homepage_privat"],
                 [("personal page ", ""), ("see ", ""), ("fundraiser ", ""), ("", " shared by patient"),
                  ("profile ", "")]),
    },
    "ip": {
        "ip": S(v_ip, ["client_ip", "remote_addr", "src_ip", "source_ip", "true_client_ip", "user_ip",
                       "login_ip", "real_ip", "cf_connecting_ip"],
                ["network.client.ip", "client.address", "http.client_ip", "source.address", "usr.ip"],
                ["ip_cliente", "ip_origen", "adresse_ip"],
                [("from ", ""), ("login from ", ""), ("client ", ""), ("src=", ""), ("IP ", "")]),
    },
    "biometric": {
        "finger": S(lambda: v_biometric("finger"), ["fingerprint_template", "fp_template", "minutiae",
                                                    "fp_tpl", "finger_iso19794"],
                    ["biometric.fingerprint.template", "auth.fingerprint"], ["huella_dactilar", "fingerabdruck"],
                    [("fingerprint template=", ""), ("minutiae ", "")]),
        "voice": S(lambda: v_biometric("voice"), ["voiceprint", "voice_embedding", "voice_tpl"],
                   ["auth.voiceprint", "ivr.voice.embedding"], ["huella_voz", "stimmprofil"],
                   [("voiceprint enrolled: ", ""), ("voice embedding ", "")]),
        "face": S(lambda: v_biometric("face"), ["face_embedding", "face_template", "iris_code",
                                                "palm_vein_template"],
                  ["identity.face.embedding", "biometric.iris"], ["plantilla_biometrica", "empreinte"],
                  [("face template ", ""), ("iris code ", "")]),
    },
    "photo": {
        "jpeg": S(lambda: v_photo("jpeg"), ["photo", "patient_photo", "id_photo", "selfie", "face_image",
                                            "headshot", "portrait_b64", "selfie_b64"],
                  ["patient.photo", "identity.selfie.image"], ["foto", "foto_paciente", "lichtbild"],
                  [("selfie captured: ", ""), ("photo ", "")]),
        "png": S(lambda: v_photo("png"), ["photo", "profile_photo", "avatar", "id_photo_png"],
                 ["enduser.avatar", "patient.photo"], ["foto", "photo_identite"],
                 [("avatar ", ""), ("photo ", "")]),
        "path": S(lambda: v_photo("path"), ["photo_url", "avatar_url", "photo_path", "id_photo_uri",
                                            "selfie_uri"],
                  ["patient.photo.url", "enduser.avatar_url"], ["url_foto", "foto_pfad"],
                  [("photo uploaded to ", ""), ("ID photo stored at ", ""), ("avatar=", ""), ("selfie at ", "")]),
    },
    "other_id": {
        "passport": S(lambda: v_other_id("passport"), ["passport_number", "passport_no", "passport"],
                      ["patient.passport", "identity.document.number"],
                      ["numero_pasaporte", "reisepass_nr", "numero_passeport"],
                      [("passport ", ""), ("pasaporte ", ""), ("passport no. ", "")]),
        "curp": S(lambda: v_other_id("curp"), ["curp"], ["patient.curp"], ["clave_curp"], [("CURP ", "")]),
        "dni": S(lambda: v_other_id("dni"), ["dni", "nif"], ["patient.national_id"], ["documento_identidad"],
                 [("DNI ", ""), ("NIF ", "")]),
        "aadhaar": S(lambda: v_other_id("aadhaar"), ["aadhaar", "aadhaar_no", "uid_number"],
                     ["identity.aadhaar"], ["aadhaar_sankhya"], [("Aadhaar ", "")]),
        "sin": S(lambda: v_other_id("sin"), ["sin", "social_insurance_number"], ["patient.sin"], ["nas"],
                 [("SIN ", ""), ("NAS ", "")]),
        "emirates": S(lambda: v_other_id("emirates"), ["emirates_id", "eid"], ["identity.emirates_id"],
                      ["raqm_al_hawiya"], [("Emirates ID ", "")]),
        "alien": S(lambda: v_other_id("alien"), ["alien_number", "a_number", "uscis_number"],
                   ["identity.a_number"], ["numero_extranjero"], [("A-number ", ""), ("USCIS# ", "")]),
        "steuer": S(lambda: v_other_id("steuer"), ["steuer_id", "tax_ident_nr"], ["identity.steuer_id"],
                    ["steueridentifikationsnummer"], [("Steuer-ID ", "")]),
        "cedula": S(lambda: v_other_id("cedula"), ["cedula", "cedula_identidad"], ["identity.cedula"],
                    ["numero_cedula"], [("cédula ", ""), ("CC ", "")]),
        "personnummer": S(lambda: v_other_id("personnummer"), ["personnummer"], ["identity.personnummer"],
                          ["personnr"], [("personnummer ", "")]),
    },
}

ADDR_KEYS = {
    "street": (["address_line1", "street", "addr1", "street_address", "home_address", "mailing_address",
                "res_addr", "addr_line"],
               ["patient.address.line1", "address.street", "guarantor.address.line1", "member.addr.line1"],
               ["direccion", "strasse", "adresse", "calle", "indirizzo"]),
    "city": (["city", "home_city", "res_city", "mailing_city", "addr_city"],
             ["patient.address.city", "address.city", "member.addr.city"],
             ["ciudad", "ort", "ville", "municipio", "wohnort"]),
    "county": (["county", "county_name", "res_county"], ["patient.address.county", "address.district"],
               ["condado", "landkreis"]),
    "full": (["full_address", "address", "addr", "patient_address", "home_addr", "ship_to"],
             ["patient.address", "enduser.address", "shipping.address"],
             ["domicilio", "anschrift", "adresse_postale"]),
}
ZIP_KEYS = (["zip", "zip_code", "postal_code", "zip5", "zipcode", "home_zip", "mail_zip"],
            ["patient.address.postal_code", "address.zip", "member.zip"],
            ["plz", "codigo_postal", "cp", "code_postal", "cap"])
ZIP_PHR = [("zip ", ""), ("ZIP code ", ""), ("postal ", ""), ("PLZ ", ""), ("CP ", ""), ("zip=", "")]


def camel(k):
    parts = k.split("_")
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


ACRONYM_KEYS = {"mrn", "dob", "ssn", "vin", "imei", "udi", "pid", "dea", "dl", "sin", "dni", "nif", "cin", "mbi",
                "tel", "fax", "har", "nhc", "nss", "cp", "plz", "eid", "dos", "dod", "lpn", "pan", "kvnr", "ani",
                "nid", "curp", "iban", "zip"}


def choose_key(snake, dot, intl, style):
    if intl and chance(0.12):
        k = pick(intl)
        if style == "header":
            return "x-" + k.lower().replace("_", "-")
        return k
    st = style
    if st == "any":
        st = pick(["snake", "camel", "dot", "snake"])
    if st == "dot" and dot and chance(0.75):
        k = pick(dot)
    elif st == "header":
        k = "x-" + pick(snake).replace("_", "-")
        return k
    elif st == "camel":
        k = camel(pick(snake))
    elif st == "label":
        k = pick(snake)
    else:
        k = pick(snake)
    if st != "label" and k in ACRONYM_KEYS and chance(0.3):
        k = k.upper()
    return k


def sub_of(cat):
    subs = list(SPEC[cat].keys())
    if cat == "date":
        return rng.choices(subs, weights=[5, 2, 2, 1, 3, 2])[0]
    if cat == "health_plan":
        return rng.choices(subs, weights=[5, 3, 1, 1])[0]
    if cat == "account":
        return rng.choices(subs, weights=[5, 3, 1, 1])[0]
    if cat == "license":
        return rng.choices(subs, weights=[5, 2, 2])[0]
    if cat == "name":
        return rng.choices(subs, weights=[3, 1])[0]
    return pick(subs)


def gen_value(cat, sub, ascii_only=False):
    if cat == "date":
        return v_date(sub)
    if cat == "age":
        return str(rng.choices(range(90, 107), weights=[9, 9, 8, 8, 7, 6, 5, 4, 3, 3, 2, 2, 1, 1, 1, 1, 1])[0])
    if cat == "name":
        return v_name(ascii_only)
    return SPEC[cat][sub]["gen"]()


def phi_kv(cat, style, ascii_only=False):
    """One or two (key, value) pairs carrying PHI of category cat."""
    if cat == "address":
        pl = v_place()
        while ascii_only and not (pl["street"] + pl["city"]).isascii():
            pl = v_place()
        r = rng.random()
        if r < 0.38:
            return [(choose_key(*ADDR_KEYS["street"], style), P(pl["street"], "address"))]
        if r < 0.62:
            return [(choose_key(*ADDR_KEYS["city"], style), P(pl["city"], "address"))]
        if r < 0.72 and pl["county"]:
            return [(choose_key(*ADDR_KEYS["county"], style), P(pl["county"], "address"))]
        return [(choose_key(*ADDR_KEYS["full"], style), M(*addr_parts(pl)))]
    if cat == "zip":
        pl = v_place()
        return [(choose_key(*ZIP_KEYS, style), P(pl["zip"], "zip"))]
    sub = sub_of(cat)
    if cat == "name" and chance(0.2):
        f, l = person(ascii_only)
        pair = pick([("first_name", "last_name"), ("given_name", "family_name"), ("fname", "lname"),
                     ("patient.given", "patient.family"), ("vorname", "nachname"), ("nombre", "apellidos"),
                     ("prenom", "nom"), ("pt_first", "pt_last"), ("subscriber.first_name", "subscriber.last_name")])
        if style == "camel":
            pair = (camel(pair[0]), camel(pair[1]))
        elif style == "header":
            pair = ("x-" + pair[0].replace("_", "-").replace(".", "-"), "x-" + pair[1].replace("_", "-").replace(".", "-"))
        return [(pair[0], P(f, "name")), (pair[1], P(l, "name"))]
    sp = SPEC[cat][sub]
    v = gen_value(cat, sub, ascii_only)
    key = choose_key(sp["snake"], sp["dot"], sp["intl"], style)
    num = (cat == "age" and chance(0.55))
    return [(key, P(v, cat, num=num))]


def phi_frag(cat, ascii_only=False):
    """Free-text fragment mentioning one PHI value (with or without a keyword)."""
    if cat == "address":
        pl = v_place()
        while ascii_only and not (pl["street"] + pl["city"]).isascii():
            pl = v_place()
        r = rng.random()
        if r < 0.45:
            return [pick(["home address ", "lives at ", "mailing addr: ", "address on file ", "", "dirección "])]\
                + addr_parts(pl, zip_too=chance(0.8))
        if r < 0.7:
            return [pick(["lives at ", "street ", "moved to ", "ship to "]), P(pl["street"], "address")]
        if r < 0.88:
            return [pick(["resident of ", "from ", "city ", "relocated to "]), P(pl["city"], "address")]
        if pl["county"]:
            return [pick(["", "resides in "]), P(pl["county"], "address")]
        return ["city ", P(pl["city"], "address")]
    if cat == "zip":
        pre, suf = pick(ZIP_PHR)
        return [pre, P(v_place()["zip"], "zip"), suf]
    sub = sub_of(cat)
    sp = SPEC[cat][sub]
    pre, suf = pick(sp["phr"])
    v = gen_value(cat, sub, ascii_only)
    return [pre, P(v, cat), suf]


# --------------------------------------------------------------------------
# look-alikes (never PHI)
# --------------------------------------------------------------------------
SERVICES = ["patient-portal", "fhir-gateway", "scheduling-svc", "eligibility-svc", "claims-api", "billing-svc",
            "notify-sms", "notify-email", "identity-svc", "hl7-ingest", "rx-refill", "telehealth-signal",
            "lab-results", "consent-svc", "kiosk-checkin", "ivr-bridge", "fax-relay", "mpi-matcher",
            "payments-svc", "imaging-upload", "device-telemetry", "parking-validation"]
NAMESPACES = ["portal", "ehr", "billing", "integration", "identity", "notify", "observability", "devices"]
FACILITY = {"name": "Northwind Regional Medical Center", "addr": "1200 Harbor Blvd, Portsmouth, VA 23704",
            "phone": "(757) 388-3000", "fax": "(757) 388-3011"}
CLINIC = {"name": "Northwind Family Health - Chesapeake", "addr": "455 Battlefield Blvd S, Chesapeake, VA 23322",
          "phone": "757-482-7700", "fax": "757-482-7710"}
VENDORS = ["Acme Claims Clearinghouse LLC, 4400 Commerce Pkwy Ste 300, Duluth, GA 30097",
           "Lumen Imaging Corp, 880 Innovation Dr, San Diego, CA 92121",
           "Brightline Reference Labs, 15 Research Park Rd, Durham, NC 27709",
           "Cobalt Fax Cloud Inc, 2100 Lakeside Blvd, Richardson, TX 75082",
           "Helix Pharmacy Benefits, 1 Meridian Plaza Fl 12, Indianapolis, IN 46204",
           "Tidewater Parking Systems, 300 E Main St Ste 900, Norfolk, VA 23510"]
VENDOR_PHONES = ["1-888-412-7730", "(877) 290-4415", "800.641.2290", "+1 844 310 5522"]
STATES = ["Virginia", "North Carolina", "Ohio", "Texas", "California", "Massachusetts", "New Mexico",
          "Arizona", "Florida", "Hawaii", "Maine", "Washington"]
PRODUCTS = ["OpenTelemetry Collector Contrib 0.98.0", "Epic Interconnect 2023", "Rhapsody 7.3",
            "Mirth Connect 4.5.0", "Envoy 1.29.2", "Istio 1.21.1", "Linkerd stable-2.14.10", "Grafana Loki 2.9.6",
            "Tempo 2.4.1", "Vector 0.37.1", "Fluent Bit 3.0.2", "Argo Workflows v3.5.5", "NATS Server 2.10.14",
            "Redis 7.2.4", "Dexcom G7 Cloud API v3", "Medtronic CareLink Connector 2.1"]
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "okhttp/4.12.0", "NorthwindMyChart/6.3.1 (Android 14; Pixel 7)", "grpc-go/1.62.1", "kube-probe/1.29",
       "Go-http-client/2.0", "python-requests/2.31.0",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "curl/8.5.0", "Prometheus/2.51.2", "Datadog Agent/7.52.0", "aws-sdk-java/2.25.11", "Envoy/HC",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15"]
STAFF = ["svc-hl7-ingest", "svc_fhir_sync", "jenkins-ci", "argo-workflow-controller",
         "system:serviceaccount:ehr:fhir-gateway", "system:serviceaccount:portal:default",
         "sre-oncall@northwind-health.org", "noreply@northwind-health.org", "admin.tpham", "deploy-bot",
         "terraform-cloud", "datadog-agent", "otel-collector", "svc-unleash-admin",
         "system:serviceaccount:argo:argo-server", "arn:aws:iam::482913305571:role/ehr-batch-runner"]


def staff():
    if chance(0.35):
        f, l = person()
        a = ascii_fold(f).lower().replace("'", "").replace(" ", "").replace("-", "")
        b = ascii_fold(l).lower().replace("'", "").replace(" ", "").replace("-", "")
        return pick(["%s.%s@northwind-health.org" % (a[0], b), "%s%s.adm" % (a[0], b),
                     "%s.%s@corp.northwind-health.org" % (a, b)])
    return pick(STAFF)


def staff_email():
    f, l = person()
    a = ascii_fold(f).lower().replace("'", "").replace(" ", "").replace("-", "")
    b = ascii_fold(l).lower().replace("'", "").replace(" ", "").replace("-", "")
    return pick(["%s.%s@northwind-health.org" % (a[0], b), "%s.%s@corp.northwind-health.org" % (a, b),
                 "sre-oncall@northwind-health.org", "release-mgmt@northwind-health.org"])


def npi():
    p = pick("12") + digits(8)
    return p + luhn_digit("80840" + p)


def semver():
    return "%d.%d.%d" % (rng.randint(0, 4), rng.randint(0, 40), rng.randint(0, 30))


def pod(svc=None):
    svc = svc or pick(SERVICES)
    return "%s-%s-%s" % (svc, alnum(rng.randint(8, 10), K8S_ALNUM), alnum(5, K8S_ALNUM))


def node():
    if chance(0.6):
        return "ip-10-%d-%d-%d.ec2.internal" % (rng.randint(0, 63), rng.randint(0, 255), rng.randint(1, 254))
    return "gke-prod-use1-pool-%d-%s-%s" % (rng.randint(1, 4), hexs(8), alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789"))


def priv_ip():
    r = rng.random()
    if r < 0.55:
        return "10.%d.%d.%d" % (rng.randint(0, 63), rng.randint(0, 255), rng.randint(1, 254))
    if r < 0.7:
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
    if r < 0.85:
        return "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
    if r < 0.93:
        return "127.0.0.1"
    return "10.%d.%d.%d" % (rng.randint(64, 127), rng.randint(0, 255), rng.randint(1, 254))


def int_host():
    return "%s-%02d.%s" % (pick(["ehr-db", "mpi-cache", "kafka", "otel-gw", "rhapsody", "mirth", "redis", "nats",
                                 "vault", "pgbouncer"]), rng.randint(1, 12),
                           pick(["nwh.internal", "int.northwind-health.org", "prod-use1.nwh.local"]))


def order_no():
    return pick(["ORD-%d-%06d" % (rng.randint(2023, 2024), rng.randint(0, 999999)), "PO-%d" % rng.randint(10000, 99999),
                 "%010d" % rng.randint(10 ** 9, 10 ** 10 - 1), "RX%s" % digits(8), "LAB-%s-%s" % (digits(6), alnum(3, UP))])


def image_ref():
    return "registry.nwh.internal/%s/%s@sha256:%s" % (pick(NAMESPACES), pick(SERVICES), hexs(64))


def ymd(d=None):
    d = d or now().date()
    return "%04d%02d%02d" % (d.year, d.month, d.day)


def some_date():
    d = rdate(2023, 2025)
    return fmt_date(d, pick(["iso", "iso", "us", "text"]))


def clinical_code():
    return pick(["99213", "99214", "93000", "80053", "E11.9", "I10", "J45.909", "Z79.4", "0002-8215-01",
                 "4548-4", "2345-7", "LOINC 718-7", "G0439"])


NOISE = [
    (("order.id", "order_id"), order_no),
    (("http.request_id", "request_id"), uuid4),
    (("correlation.id", "correlation_id"), uuid4),
    (("build.number", "build_number"), lambda: str(rng.randint(1000, 99999))),
    (("service.version", "service_version"), semver),
    (("vcs.commit.id", "git_sha"), lambda: hexs(pick([7, 12, 40]))),
    (("container.image.name", "image"), image_ref),
    (("server.port", "port"), lambda: pick([443, 8080, 8443, 4317, 4318, 9090, 9411, 14268, 6379, 4222, 5432, 50051])),
    (("duration_ms", "duration_ms"), lambda: rng.randint(1, 9000)),
    (("retry.count", "retry_count"), lambda: rng.randint(0, 5)),
    (("k8s.pod.name", "pod"), pod),
    (("k8s.node.name", "node"), node),
    (("host.name", "hostname"), int_host),
    (("net.peer.ip", "peer_ip"), priv_ip),
    (("server.address", "upstream_addr"), lambda: "%s:%d" % (priv_ip(), pick([8080, 8443, 50051, 5432]))),
    (("provider.npi", "rendering_npi"), npi),
    (("provider.name", "attending"), clinician),
    (("ordering.provider", "ordering_provider"), clinician),
    (("actor.id", "actor"), staff),
    (("db.rows_affected", "rows_affected"), lambda: rng.randint(0, 5000)),
    (("db.row_id", "row_id"), lambda: rng.randint(100000, 999999999)),
    (("facility.phone", "facility_phone"), lambda: pick([FACILITY["phone"], CLINIC["phone"]])),
    (("facility.fax", "facility_fax"), lambda: pick([FACILITY["fax"], CLINIC["fax"]])),
    (("facility.address", "facility_address"), lambda: pick([FACILITY["addr"], CLINIC["addr"]])),
    (("vendor.address", "vendor_address"), lambda: pick(VENDORS)),
    (("vendor.support_phone", "support_line"), lambda: pick(VENDOR_PHONES)),
    (("tls.cert.not_after", "cert_expiry"), some_date),
    (("release.date", "release_date"), some_date),
    (("cloud.account.id", "aws_account_id"), lambda: digits(12)),
    (("invoice.number", "invoice_no"), lambda: "INV-%s" % digits(7)),
    (("ticket.id", "ticket"), lambda: pick(["INC%s" % digits(7), "EHR-%d" % rng.randint(100, 9999), "CHG%s" % digits(7)])),
    (("batch.id", "batch_id"), lambda: "B%s-%04d" % (ymd(), rng.randint(1, 9999))),
    (("hl7.control_id", "msh10"), lambda: digits(rng.randint(8, 14))),
    (("checksum.sha256", "sha256"), lambda: hexs(64)),
    (("signature", "sig"), lambda: b64(rng.randint(48, 96))),
    (("tenant.id", "tenant_id"), uuid4),
    (("cloud.region", "region"), lambda: pick(["us-east-1", "us-east-2", "us-west-2", "us-central1", "eastus2"])),
    (("geo.state", "state"), lambda: pick(STATES)),
    (("patient.age_bucket", "age_bucket"), lambda: pick(["18-34", "35-49", "50-64", "65-74", "75-89", "90+"])),
    (("patient.age", "age"), lambda: rng.randint(1, 89)),
    (("patient.birth_year", "yob"), lambda: rng.randint(1938, 2012)),
    (("user_agent.original", "user_agent"), lambda: pick(UAS)),
    (("timezone", "tz"), lambda: pick(["America/New_York", "America/Chicago", "UTC", "America/Phoenix"])),
    (("feature_flag.key", "flag"), lambda: pick(["portal-new-billing-ui", "sms-reminders-v2", "fhir-bulk-export",
                                                 "kiosk-face-match", "otel-tail-sampling"])),
    (("queue.depth", "queue_depth"), lambda: rng.randint(0, 40000)),
    (("product.name", "product"), lambda: pick(PRODUCTS)),
    (("http.response.status_code", "status"), lambda: pick([200, 200, 201, 204, 400, 401, 404, 409, 429, 500, 502, 503])),
    (("patient.mrn_hash", "mrn_sha256"), lambda: hexs(64)),
    (("patient.ssn", "ssn"), lambda: pick(["***-**-****", "[REDACTED]", "XXX-XX-XXXX", None, ""])),
    (("patient.email", "email"), lambda: pick(["<redacted>", "[MASKED]", "REDACTED_EMAIL", "***@***"])),
    (("patient.dob", "dob"), lambda: pick(["[REDACTED]", "****-**-**", None, "<masked:date>"])),
    (("encounter.class", "encounter_class"), lambda: pick(["AMB", "IMP", "EMER", "VR", "HH"])),
    (("appointment.slot_minutes", "slot_minutes"), lambda: pick([15, 20, 30, 45, 60])),
    (("practitioner.ref", "practitioner"), lambda: "Practitioner/%s" % hexs(16)),
    (("organization.ref", "org"), lambda: "Organization/nwh-%d" % rng.randint(1, 40)),
    (("code", "cpt_code"), clinical_code),
    (("lot.number", "lot_number"), lambda: "L%s" % digits(6)),
    (("device.firmware", "firmware"), lambda: "fw-%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99))),
    (("messaging.message.id", "message_id"), uuid4),
    (("messaging.destination.name", "topic"), lambda: pick(["appt-reminders", "adt-events", "claims-outbound",
                                                            "lab-results.v2", "consent-changes"])),
    (("span.links", "links"), lambda: rng.randint(0, 3)),
    (("cohort.size", "cohort_size"), lambda: rng.randint(10, 250000)),
    (("amount", "amount_usd"), lambda: "%d.%02d" % (rng.randint(5, 4000), rng.randint(0, 99))),
    (("card.bin", "card_bin"), lambda: pick(["411111", "545454", "371449"])),
    (("card.last4", "last4"), lambda: digits(4)),
    (("routing.number", "aba_routing"), lambda: pick(["021000021", "011401533", "091000019", "051405515"])),
    (("deployment.environment", "env"), lambda: pick(["prod", "production", "staging", "prod-use1"])),
]


def noise_kv(style):
    (dk, sk), fn = pick(NOISE)
    if style == "dot":
        k = dk
    elif style == "camel":
        k = camel(sk)
    elif style == "header":
        k = "x-" + sk.replace("_", "-")
    else:
        k = sk
    return k, fn()


def kvs(cats, style, nmin=1, nmax=4, forbid="", ascii_only=False):
    out, used = [], set()
    if not cats:
        nmin, nmax = nmin + 1, nmax + 3
    for c in cats:
        for _ in range(20):
            pairs = phi_kv(c, style, ascii_only)
            if not any(ch in text_of([v]) for _, v in pairs for ch in forbid):
                break
        for k, v in pairs:
            k0, i = k, 2
            while k in used:
                k = "%s%s%d" % (k0, "." if "." in k0 else "_", i)
                i += 1
            used.add(k)
            out.append((k, v))
    for _ in range(rng.randint(nmin, nmax)):
        k, v = noise_kv(style)
        if k in used or v is None:
            continue
        if isinstance(v, str) and any(ch in v for ch in forbid):
            continue
        used.add(k)
        out.append((k, v))
    rng.shuffle(out)
    return out


def split(cats, p_text=0.4):
    t, k = [], []
    for c in cats:
        (t if chance(p_text) else k).append(c)
    return t, k


INTROS = ["Appointment reminder queued", "Eligibility check failed", "Registration updated", "Portal login succeeded",
          "Identity verification pending", "Claim resubmitted", "Discharge summary routed", "Fax delivery failed",
          "Patient merge candidate found", "Prior auth request created", "Payment posted", "Consent form signed",
          "Telehealth session started", "Lab result notification sent", "Duplicate record detected",
          "Address validation warning", "Refill request received", "Check-in kiosk scan", "Caller verified by IVR",
          "Outbound SMS failed", "Cita confirmada", "Registro actualizado", "Termin bestätigt",
          "Versichertenprüfung fehlgeschlagen", "Parking validation issued", "Device pairing completed",
          "Release of information request", "Guarantor updated", "Self-pay estimate generated",
          "Remote monitoring alert", "Unhandled exception in PatientMapper", "Validation error"]


def phi_msg(cats, ascii_only=False):
    frags = [phi_frag(c, ascii_only) for c in cats]
    intro = pick(INTROS)
    sep = pick(["; ", ", ", " | ", " - "])
    parts = [intro, pick([": ", " ", " -- ", ": "])]
    for i, f in enumerate(frags):
        if i:
            parts.append(sep)
        parts.extend(f)
    if chance(0.35):
        parts.append(pick([" (attempt %d/5)" % rng.randint(1, 5), " trace_id=%s" % hexs(32),
                           " req=%s" % uuid4(), " after %dms" % rng.randint(3, 4000),
                           " [%s]" % order_no(), " by %s" % staff()]))
    return M(*parts)


def clean_msg():
    f = pick(CLEAN_MSGS)
    return f()


CLEAN_MSGS = [
    lambda: "Flushed %d spans to otel-collector.observability.svc:4317 in %dms" % (rng.randint(20, 2048), rng.randint(3, 400)),
    lambda: "circuit breaker OPEN for eligibility-svc (%d failures in 30s); retry after %ds" % (rng.randint(5, 20), pick([15, 30, 60])),
    lambda: "HL7 ADT^A08 batch %s-%04d acked by Rhapsody engine (msgs=%d)" % (ymd(), rng.randint(1, 999), rng.randint(10, 5000)),
    lambda: "Order %s signed by %s (NPI %s)" % (order_no(), clinician(), npi()),
    lambda: "cert for portal.northwind-health.org expires %s (%d days)" % (some_date(), rng.randint(5, 80)),
    lambda: "Backup %s completed: %.1f GiB in 00:%02d:%02d" % (int_host(), rng.uniform(2, 90), rng.randint(1, 59), rng.randint(0, 59)),
    lambda: "rate limit exceeded for client_id=portal-web (%d req/min) from %s" % (rng.randint(100, 900), priv_ip()),
    lambda: "cohort refresh processed %s patients aged 65-89 in %s" % (format(rng.randint(1000, 90000), ","), pick(STATES)),
    lambda: "remit-to address for vendor updated: %s" % pick(VENDORS),
    lambda: "IVR overflow: calls transferred to main line %s" % FACILITY["phone"],
    lambda: "fax relay health check OK: outbound trunk %s, %d pages queued" % (pick([FACILITY["fax"], CLINIC["fax"]]), rng.randint(0, 90)),
    lambda: "GET /fhir/R4/metadata 200 in %dms" % rng.randint(2, 90),
    lambda: "schema migration 2024_05_01_add_consent_idx applied (version %d)" % rng.randint(100, 400),
    lambda: "pod %s OOMKilled (limit 512Mi, rss %dMi); restarts=%d" % (pod(), rng.randint(513, 700), rng.randint(1, 30)),
    lambda: "redacted 3 fields (ssn, dob, phone) before export to %s" % pick(["s3://nwh-analytics-deid/", "bq://nwh-warehouse.deid"]),
    lambda: "PHI scrubber matched 0 patterns in %s records" % format(rng.randint(100, 99999), ","),
    lambda: "payload for member [REDACTED] rejected: missing field subscriber_id",
    lambda: "Invoice INV-%s from %s posted: $%s.%02d" % (digits(7), pick(VENDORS).split(",")[0], format(rng.randint(100, 99999), ","), rng.randint(0, 99)),
    lambda: "user svc-hl7-ingest authenticated via mTLS (spiffe://northwind.prod/ns/integration/sa/hl7-ingest)",
    lambda: "jwt kid=%s rotated; next rotation %s" % (hexs(16), some_date()),
    lambda: "slot template updated by %s: 30-min slots Mon-Fri 08:00-16:30" % clinician(),
    lambda: "device firmware %s rollout to %d%% of CGM fleet" % ("%d.%d.%d" % (rng.randint(1, 5), rng.randint(0, 9), rng.randint(0, 40)), rng.randint(1, 100)),
    lambda: "trace %s exceeded tail-sampling budget; kept by policy 'errors'" % hexs(32),
    lambda: "build #%d of ehr-portal (%s) deployed to prod-use1 by deploy-bot" % (rng.randint(1000, 9999), hexs(7)),
    lambda: "ticket INC%s opened: elevated 5xx on /api/v2/appointments" % digits(7),
    lambda: "Kafka consumer group claims-writer lag=%d partition=%d offset=%d" % (rng.randint(0, 90000), rng.randint(0, 23), rng.randint(10 ** 6, 10 ** 9)),
    lambda: "average age of open claims: %d days" % rng.randint(3, 120),
    lambda: "patient age distribution: p50=%d p95=%d max=89 (capped)" % (rng.randint(30, 60), rng.randint(75, 89)),
    lambda: "card BIN %s routed to processor stripe-us; 3DS not required" % pick(["411111", "545454", "371449"]),
    lambda: "libphonenumber 8.13.35 loaded; default region US",
    lambda: "retrying SQS receive on https://sqs.us-east-1.amazonaws.com/%s/appt-reminders (attempt %d/5)" % (digits(12), rng.randint(1, 5)),
    lambda: "Benutzer svc-termin hat %d Termine synchronisiert" % rng.randint(1, 400),
    lambda: "Sincronización completada: %d citas en %.1fs" % (rng.randint(1, 400), rng.uniform(0.2, 9)),
    lambda: "NPI registry lookup for %s returned 1 match (taxonomy 207Q00000X)" % npi(),
    lambda: "DEA verification endpoint latency p99=%dms" % rng.randint(40, 2000),
    lambda: "parking lot B gate controller %s online (firmware %s)" % (priv_ip(), semver()),
    lambda: "connection pool exhausted on %s:5432 (max=%d)" % (int_host(), pick([50, 100, 200])),
    lambda: "Retention job deleted %d expired sessions older than 2024-04-01" % rng.randint(0, 90000),
    lambda: "maintenance window scheduled %s 02:00-04:00 EDT for %s" % (some_date(), int_host()),
    lambda: "%s: config reloaded (generation %d)" % (pick(PRODUCTS), rng.randint(2, 900)),
    lambda: "upstream %s:%d reset before headers; retry 1 of 2" % (priv_ip(), pick([8080, 8443, 50051])),
    lambda: "ADT feed from %s paused by %s for interface upgrade" % (CLINIC["name"], staff()),
    lambda: "on-call paged: %s (ext. 4%s)" % (clinician(), digits(3)),
    lambda: "exported %d de-identified encounters (Safe Harbor) for study NWH-IRB-%d-%03d" % (rng.randint(100, 9000), rng.randint(2019, 2024), rng.randint(1, 300)),
    lambda: "triage queue: pt %d y/o, ESI level %d, wait %dm" % (rng.randint(18, 89), rng.randint(1, 5), rng.randint(1, 240)),
    lambda: "DOB field missing for %d of %d inbound records; defaulting to null" % (rng.randint(1, 40), rng.randint(100, 4000)),
    lambda: "SSN validator rejected %d values matching 000-xx-xxxx / 9xx-xx-xxxx (ITIN) patterns" % rng.randint(1, 30),
    lambda: "call from %s routed to scheduling (queue 4, agent ext. %s)" % (pick(VENDOR_PHONES), digits(4)),
    lambda: "parking gate %s: %d vehicles validated today, 0 plate reads failed" % (pick(["A", "B", "C"]), rng.randint(10, 900)),
    lambda: "member lookup cache warmed: %d entries, hit ratio %.2f" % (rng.randint(1000, 90000), rng.uniform(0.5, 0.99)),
    lambda: "ICD-10 %s mapped to HCC %d for risk model v%d" % (pick(["E11.9", "I50.22", "N18.4", "J44.1"]), rng.randint(1, 190), rng.randint(20, 28)),
    lambda: "patient born %d cohort (n=%d) excluded from outreach" % (rng.randint(1940, 2005), rng.randint(10, 900)),
]


# --------------------------------------------------------------------------
# HL7 PID segment (dense PHI in message payloads)
# --------------------------------------------------------------------------
PID_CATS = ("name", "mrn", "date", "address", "zip", "phone", "ssn", "account")


def hl7_pid(cats):
    used = []
    f, l = person()
    if "name" in cats:
        nm = pick(["%s^%s" % (l.upper(), f.upper()), "%s^%s^%s" % (l.upper(), f.upper(), pick(INITIALS)),
                   "%s^%s" % (l, f)])
        used.append("name")
        name_p = [P(nm, "name")]
    else:
        name_p = ["[REDACTED]"]
    mrn_p = [P(v_mrn(), "mrn"), "^^^NWH^MR"] if "mrn" in cats else ["%s^^^NWH^PI" % hexs(10)]
    if "mrn" in cats:
        used.append("mrn")
    dob_p = [P(fmt_date(rdate(1924, 2019), "hl7"), "date")] if "date" in cats else [""]
    if "date" in cats:
        used.append("date")
    pl = v_place()
    while pl["kind"] != "us":
        pl = v_place()
    if "address" in cats or "zip" in cats:
        a = [P(pl["street"], "address"), "^^", P(pl["city"], "address")] if "address" in cats else ["^^"]
        z = [P(pl["zip"], "zip")] if "zip" in cats else [""]
        addr = a + ["^", pl["st"], "^"] + z + ["^USA"]
        used += [c for c in ("address", "zip") if c in cats]
    else:
        addr = [""]
    ph = [P(v_phone(False), "phone")] if "phone" in cats else [""]
    if "phone" in cats:
        used.append("phone")
    acct = [P(v_account("patient"), "account")] if "account" in cats else [""]
    if "account" in cats:
        used.append("account")
    ssn = [P(v_ssn(), "ssn")] if "ssn" in cats else [""]
    if "ssn" in cats:
        used.append("ssn")
    parts = ["PID|1||"] + mrn_p + ["||"] + name_p + ["||"] + dob_p + ["|", pick("MFU"), "|||"] + addr + \
        ["||"] + ph + ["|||||"] + acct + ["|"] + ssn
    return parts, used


# --------------------------------------------------------------------------
# format families. Each takes the PHI categories to embed (may be empty)
# and returns a list of parts.
# --------------------------------------------------------------------------
def body_for(tcats, ascii_only=False):
    return phi_msg(tcats, ascii_only) if tcats else clean_msg()


def otlp_val(v):
    if isinstance(v, P):
        if v.num:
            return {"intValue": P(v.v, v.cat)}
        return {"stringValue": v}
    if isinstance(v, M):
        return {"stringValue": v}
    if isinstance(v, bool):
        return {"boolValue": v}
    if isinstance(v, int):
        return {"intValue": str(v)}
    if isinstance(v, float):
        return {"doubleValue": v}
    return {"stringValue": str(v)}


def res_attrs(svc):
    ns = pick(NAMESPACES)
    a = [("service.name", svc), ("service.namespace", ns), ("service.version", semver()),
         ("k8s.pod.name", pod(svc)), ("k8s.namespace.name", ns), ("host.name", node()),
         ("deployment.environment", pick(["prod", "production"])), ("telemetry.sdk.language", pick(["java", "go", "python", "nodejs", "dotnet"])),
         ("cloud.region", pick(["us-east-1", "us-east-2"])), ("k8s.cluster.name", "nwh-prod-use1")]
    return a[:3] + rng.sample(a[3:], rng.randint(1, 5))


def fam_otlp_logs(cats):
    svc = pick(SERVICES)
    tc, kc = split(cats)
    attrs = kvs(kc, "dot", 1, 4)
    sev = pick([(9, "INFO"), (13, "WARN"), (17, "ERROR"), (5, "DEBUG")])
    rec = {"timeUnixNano": ens(earlier(rng.randint(100, 900000))), "observedTimeUnixNano": ens(),
           "severityNumber": sev[0], "severityText": sev[1], "body": {"stringValue": body_for(tc)},
           "attributes": [{"key": k, "value": otlp_val(v)} for k, v in attrs],
           "droppedAttributesCount": 0, "flags": 1, "traceId": hexs(32), "spanId": hexs(16)}
    doc = {"resourceLogs": [{"resource": {"attributes": [{"key": k, "value": otlp_val(v)} for k, v in res_attrs(svc)]},
                             "scopeLogs": [{"scope": {"name": pick(["io.opentelemetry.logback-appender-1.0", "otelslog", "opentelemetry.sdk._logs", "@opentelemetry/winston-transport"]),
                                                      "version": semver()}, "logRecords": [rec]}],
                             "schemaUrl": "https://opentelemetry.io/schemas/1.24.0"}]}
    return jp(doc)


def fam_otlp_traces(cats):
    svc = pick(SERVICES)
    tc, kc = split(cats, 0.3)
    attrs = kvs(kc, "dot", 1, 4)
    route = pick(["/api/v2/patients/{id}", "/api/v2/appointments", "/fhir/R4/Coverage", "/api/v1/eligibility",
                  "/api/v2/payments", "/api/v1/identity/verify", "/fhir/R4/$everything"])
    st = now() - _dt.timedelta(microseconds=rng.randint(1000, 3000000))
    span = {"traceId": hexs(32), "spanId": hexs(16), "parentSpanId": pick(["", hexs(16)]),
            "name": "%s %s" % (pick(["GET", "POST", "PUT"]), route), "kind": pick([2, 3]),
            "startTimeUnixNano": ens(st), "endTimeUnixNano": ens(),
            "attributes": [{"key": "http.route", "value": {"stringValue": route}}] +
                          [{"key": k, "value": otlp_val(v)} for k, v in attrs],
            "status": {}}
    if tc:
        span["events"] = [{"timeUnixNano": ens(), "name": "exception", "attributes": [
            {"key": "exception.type", "value": {"stringValue": pick(["ValidationException", "java.lang.IllegalStateException", "psycopg.errors.UniqueViolation", "EligibilityError"])}},
            {"key": "exception.message", "value": {"stringValue": phi_msg(tc)}}]}]
        span["status"] = {"code": 2, "message": "exception"}
    elif chance(0.3):
        span["events"] = [{"timeUnixNano": ens(), "name": "cache.miss", "attributes": [
            {"key": "cache.key", "value": {"stringValue": "elig:%s" % hexs(40)}}]}]
    doc = {"resourceSpans": [{"resource": {"attributes": [{"key": k, "value": otlp_val(v)} for k, v in res_attrs(svc)]},
                              "scopeSpans": [{"scope": {"name": pick(["io.opentelemetry.spring-webmvc-6.0", "go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp", "opentelemetry.instrumentation.fastapi"]), "version": semver()},
                                              "spans": [span]}]}]}
    return jp(doc)


def dbg_val(v):
    if isinstance(v, P):
        return ["Int(", P(v.v, v.cat), ")"] if v.num else ["Str(", v, ")"]
    if isinstance(v, M):
        return ["Str(", v, ")"]
    if isinstance(v, bool):
        return ["Bool(%s)" % ("true" if v else "false")]
    if isinstance(v, int):
        return ["Int(%d)" % v]
    return ["Str(%s)" % v]


def fam_collector_debug(cats):
    NL = "\\n"
    svc = pick(SERVICES)
    tc, kc = split(cats, 0.35)
    attrs = kvs(kc, "dot", 1, 3)
    ra = res_attrs(svc)
    out = [iso(), "\tinfo\t", pick(["LogsExporter", "TracesExporter"]) if False else ""]
    kind = pick(["logs", "traces"])
    out = [iso(), "\tinfo\t", "ResourceLog #0" if kind == "logs" else "ResourceSpans #0", NL,
           "Resource SchemaURL: https://opentelemetry.io/schemas/1.24.0", NL, "Resource attributes:", NL]
    for k, v in ra:
        out += ["     -> %s: " % k] + dbg_val(v) + [NL]
    if kind == "logs":
        out += ["ScopeLogs #0", NL, "ScopeLogs SchemaURL: ", NL,
                "InstrumentationScope %s %s" % (pick(["io.opentelemetry.java", "otelzap", "serilog"]), semver()), NL,
                "LogRecord #0", NL,
                "ObservedTimestamp: %s +0000 UTC" % now().strftime("%Y-%m-%d %H:%M:%S.%f"), NL,
                "Timestamp: %s +0000 UTC" % earlier(rng.randint(100, 50000)).strftime("%Y-%m-%d %H:%M:%S.%f"), NL,
                "SeverityText: INFO", NL, "SeverityNumber: Info(9)", NL, "Body: Str("]
        out += [body_for(tc), ")", NL, "Attributes:", NL]
        for k, v in attrs:
            out += ["     -> %s: " % k] + dbg_val(v) + [NL]
        out += ["Trace ID: %s" % hexs(32), NL, "Span ID: %s" % hexs(16), NL, "Flags: 1"]
        tail = '\t{"kind": "exporter", "data_type": "logs", "name": "debug"}'
    else:
        out += ["ScopeSpans #0", NL, "ScopeSpans SchemaURL: ", NL,
                "InstrumentationScope go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc %s" % semver(), NL,
                "Span #0", NL, "    Trace ID       : %s" % hexs(32), NL, "    Parent ID      : %s" % hexs(16), NL,
                "    ID             : %s" % hexs(16), NL,
                "    Name           : %s" % pick(["eligibility.v1.EligibilityService/Check", "scheduling.v2.Slots/Book",
                                                  "identity.v1.Verify/Start", "billing.v1.Payments/Capture"]), NL,
                "    Kind           : Server", NL,
                "    Start time     : %s +0000 UTC" % earlier(rng.randint(1000, 900000)).strftime("%Y-%m-%d %H:%M:%S.%f"), NL,
                "    End time       : %s +0000 UTC" % now().strftime("%Y-%m-%d %H:%M:%S.%f"), NL]
        if tc:
            out += ["    Status code    : Error", NL, "    Status message : "] + [phi_msg(tc)] + [NL]
        else:
            out += ["    Status code    : Unset", NL, "    Status message : ", NL]
        out += ["Attributes:", NL]
        for k, v in attrs:
            out += ["     -> %s: " % k] + dbg_val(v) + [NL]
        out += ["     -> rpc.system: Str(grpc)"]
        tail = '\t{"kind": "exporter", "data_type": "traces", "name": "debug"}'
    out.append(tail)
    return out


def jaeger_tag(k, v):
    if isinstance(v, P) and v.num:
        return {"key": k, "type": "int64", "value": v}
    if isinstance(v, bool):
        return {"key": k, "type": "bool", "value": v}
    if isinstance(v, int):
        return {"key": k, "type": "int64", "value": v}
    return {"key": k, "type": "string", "value": v}


def fam_jaeger(cats):
    tc, kc = split(cats, 0.35)
    attrs = kvs(kc, pick(["dot", "snake"]), 2, 5)
    tid = hexs(32)
    tags = [{"key": "span.kind", "type": "string", "value": pick(["server", "client"])},
            {"key": "otel.library.name", "type": "string", "value": pick(["otelhttp", "io.opentelemetry.jdbc"])}]
    tags += [jaeger_tag(k, v) for k, v in attrs]
    logs = []
    if tc:
        logs = [{"timestamp": ems() * 1000, "fields": [{"key": "event", "type": "string", "value": "error"},
                                                      {"key": "message", "type": "string", "value": phi_msg(tc)}]}]
    elif chance(0.4):
        logs = [{"timestamp": ems() * 1000, "fields": [{"key": "event", "type": "string", "value": clean_msg()}]}]
    span = {"traceID": tid, "spanID": hexs(16), "operationName": pick(["HTTP GET /api/v2/patients/search", "SELECT ehr.patient",
                                                                     "POST /api/v1/eligibility", "redis.XADD", "sqs.SendMessage",
                                                                     "grpc eligibility.v1.EligibilityService/Check"]),
            "references": [{"refType": "CHILD_OF", "traceID": tid, "spanID": hexs(16)}] if chance(0.7) else [],
            "startTime": ems() * 1000 - rng.randint(1000, 2000000), "duration": rng.randint(80, 2000000),
            "tags": tags, "logs": logs, "processID": "p%d" % rng.randint(1, 4), "warnings": None}
    if chance(0.5):
        return jp({"data": [{"traceID": tid, "spans": [span], "processes": {span["processID"]: {
            "serviceName": pick(SERVICES), "tags": [{"key": "hostname", "type": "string", "value": pod()},
                                                    {"key": "ip", "type": "string", "value": priv_ip()}]}}, "warnings": None}],
                   "total": 0, "limit": 0, "offset": 0, "errors": None})
    return jp(span)


def fam_zipkin(cats):
    tc, kc = split(cats, 0.3)
    ip_remote = None
    if "ip" in kc and chance(0.6):
        kc.remove("ip")
        ip_remote = P(v_ip(), "ip")
    attrs = kvs(kc, pick(["dot", "snake"]), 1, 4)
    tags = {}
    for k, v in attrs:
        tags[k] = v if isinstance(v, (P, M)) else str(v)
    if tc:
        tags["error"] = phi_msg(tc)
    tid = hexs(pick([16, 32]))
    span = {"traceId": tid, "parentId": hexs(16), "id": hexs(16), "kind": pick(["SERVER", "CLIENT"]),
            "name": pick(["post /api/appointments", "get /api/v2/members/{id}", "put /api/v1/devices/pair",
                          "post /fhir/r4/patient/$match", "get /parking/validate"]),
            "timestamp": ems() * 1000, "duration": rng.randint(300, 900000),
            "localEndpoint": {"serviceName": pick(SERVICES), "ipv4": priv_ip(), "port": pick([8080, 8443, 9000])},
            "remoteEndpoint": {"ipv4": ip_remote if ip_remote else priv_ip(), "port": rng.randint(1025, 65000)},
            "tags": tags}
    return jp([span], pick([(",", ":"), (", ", ": ")]))


def fam_tempo(cats):
    conds = []
    for c in cats:
        for k, v in phi_kv(c, "dot"):
            scope = pick(["span.", "resource.", "."])
            k2 = k if "." in k else k
            if isinstance(v, P) and v.num:
                conds.append([scope + k2, " = ", v])
            else:
                conds.append([scope + k2, " = ", '"', v, '"'])
    if not conds or chance(0.3):
        conds.append(pick([["status = error"], ["span.http.response.status_code >= 500"], ["duration > %ds" % rng.randint(1, 9)],
                           ['resource.service.name = "%s"' % pick(SERVICES)], ["kind = server"]]))
    rng.shuffle(conds)
    q = ["{ "]
    for i, c in enumerate(conds):
        if i:
            q.append(" && ")
        q.extend(c)
    q.append(" }")
    if chance(0.3):
        q.append(pick([" | select(span.http.route)", " | count() > 2", " | rate()"]))
    pairs = [("level", "info"), ("ts", iso()), ("caller", pick(["search_sharder.go:253", "handler.go:134", "searchsharding.go:274"])),
             ("msg", pick(["sharded search query request stats and SearchMetrics", "search request", "query range"])),
             ("tenant", pick(["single-tenant", "nwh-prod", "nwh-security"])),
             ("query", M(*q)),
             ("duration_seconds", "%.6f" % rng.uniform(0.01, 12)), ("request_throughput", "%.1f" % rng.uniform(1e5, 9e7)),
             ("total_requests", rng.randint(1, 400)), ("started_requests", rng.randint(1, 400)),
             ("cancelled_requests", 0), ("finished_requests", rng.randint(1, 400)), ("totalBlocks", rng.randint(1, 900)),
             ("inspectedBytes", rng.randint(10 ** 5, 10 ** 10)), ("inspectedTraces", rng.randint(0, 99999))]
    return lf(pairs)


def fam_alertmanager(cats):
    tc, kc = split(cats, 0.45)
    labels = {"alertname": pick(["HighPHIExportRate", "PortalLoginFailures", "SMSDeliveryFailing", "EligibilityLatencyHigh",
                                 "DeviceTelemetryGap", "KioskFaceMatchErrors", "FaxRelayBacklog"]),
              "namespace": pick(NAMESPACES), "severity": pick(["critical", "warning", "page"]), "cluster": "nwh-prod-use1"}
    for k, v in kvs(kc, "label", 0, 2):
        labels[k.replace(".", "_").replace("-", "_")] = v if isinstance(v, (P, M)) else str(v)
    ann = {"summary": pick(["Too many failed logins for a single user", "SMS delivery failing", "Telemetry gap > 15m",
                            "Unusual export volume", "p99 latency above SLO"]),
           "description": body_for(tc),
           "runbook_url": "https://runbooks.nwh.internal/%s" % labels["alertname"].lower()}
    alert = {"status": "firing", "labels": labels, "annotations": ann, "startsAt": iso(earlier(rng.randint(10 ** 6, 10 ** 9))),
             "endsAt": "0001-01-01T00:00:00Z",
             "generatorURL": "http://prometheus-k8s-0.prometheus-operated.observability.svc:9090/graph?g0.expr=%s&g0.tab=1" % hexs(12),
             "fingerprint": hexs(16)}
    doc = {"receiver": pick(["pagerduty-sre", "slack-security", "opsgenie-ehr"]), "status": "firing", "alerts": [alert],
           "groupLabels": {"alertname": labels["alertname"]}, "commonLabels": {"severity": labels["severity"]},
           "commonAnnotations": {}, "externalURL": "http://alertmanager.observability.svc:9093", "version": "4",
           "groupKey": "{}:{alertname=\"%s\"}" % labels["alertname"], "truncatedAlerts": 0}
    return jp(doc)


def fam_prom_exposition(cats):
    metric = pick(["portal_login_failures_total", "notify_sms_sent_total", "kiosk_checkins_total",
                   "eligibility_requests_total", "device_telemetry_last_seen_seconds", "fax_pages_sent_total",
                   "http_server_request_duration_seconds_bucket", "http_server_requests_total", "otelcol_exporter_sent_spans"])
    lbls = [("instance", "%s:%d" % (priv_ip(), pick([9102, 8080, 9464, 8888]))), ("job", pick(SERVICES)),
            ("namespace", pick(NAMESPACES))]
    if metric.endswith("_bucket"):
        lbls.append(("le", pick(["0.005", "0.05", "0.25", "1", "2.5", "+Inf"])))
    if not cats:
        lbls += [("route", pick(["/api/v2/appointments", "/fhir/R4/Patient/{id}", "/api/v1/eligibility"])),
                 ("status", str(pick([200, 404, 500]))), ("version", semver())]
    for c in cats:
        for k, v in phi_kv(c, "label", ascii_only=True):
            lbls.append((k.replace(".", "_").replace("-", "_"), v))
    rng.shuffle(lbls)
    seen, out = set(), [metric, "{"]
    first = True
    for k, v in lbls:
        if k in seen:
            continue
        seen.add(k)
        if not first:
            out.append(",")
        first = False
        out += [k, '="'] + esc([v] if isinstance(v, (P, M)) else [str(v)], lfesc) + ['"']
    out.append("} ")
    out.append(pick([str(rng.randint(0, 5000)), "%.3f" % rng.uniform(0, 9999), "1"]))
    if chance(0.6):
        out.append(" %d" % ems())
    return out


def fam_loki_push(cats):
    tc, kc = split(cats, 0.4)
    lvl = pick(["info", "warn", "error"])
    inner = [("ts", iso()), ("level", lvl), ("msg", body_for(tc))]
    inner += [(k, v if isinstance(v, (P, M)) else v) for k, v in kvs(kc, "snake", 1, 3)]
    line = M(*lf(inner))
    doc = {"streams": [{"stream": {"app": pick(SERVICES), "namespace": pick(NAMESPACES), "level": lvl,
                                   "cluster": "nwh-prod-use1", "container": pick(["app", "main", "server"])},
                        "values": [[ens(), line]]}]}
    return jp(doc)


def fam_logcli(cats):
    tc, kc = split(cats, 0.45)
    stream = '{app="%s", namespace="%s", pod="%s"}' % (pick(SERVICES), pick(NAMESPACES), pod())
    if chance(0.5):
        inner = [("level", pick(["info", "warn", "error"])), ("msg", body_for(tc))] + kvs(kc, "snake", 1, 3)
        payload = lf(inner)
    else:
        d = {"level": pick(["INFO", "WARN"]), "logger": pick(["c.n.portal.AuthFilter", "c.n.sched.Booking", "app.notify"]),
             "message": body_for(tc)}
        for k, v in kvs(kc, "camel", 1, 3):
            d[k] = v
        payload = jp(d)
    return [iso(d=0, z="Z"), " ", stream, " "] + payload


def fam_vector(cats):
    tc, kc = split(cats, 0.4)
    svc = pick(SERVICES)
    ev = {"file": "/var/log/pods/%s_%s_%s/app/0.log" % (pick(NAMESPACES), pod(svc), uuid4()),
          "host": node(), "kubernetes": {"container_name": "app", "pod_name": pod(svc), "pod_namespace": pick(NAMESPACES),
                                         "pod_ip": priv_ip(), "pod_node_name": node()},
          "message": body_for(tc), "source_type": "kubernetes_logs", "stream": pick(["stdout", "stderr"]),
          "timestamp": iso(d=6)}
    if kc:
        parsed = {}
        for k, v in kvs(kc, pick(["snake", "camel"]), 0, 2):
            parsed[k] = v
        ev[pick(["parsed", "patient", ".structured", "fields"])] = parsed
    elif chance(0.5):
        ev["parsed"] = dict(kvs([], "snake", 1, 3))
    return jp(ev)


def fam_fluentbit(cats):
    tc, kc = split(cats, 0.45)
    svc = pick(SERVICES)
    p = pod(svc)
    rec = {"time": iso(d=9 if False else 6), "stream": "stdout", "_p": "F", "log": body_for(tc)}
    for k, v in kvs(kc, "snake", 0, 2):
        rec[k] = v
    rec["kubernetes"] = {"pod_name": p, "namespace_name": pick(NAMESPACES), "pod_id": uuid4(), "host": node(),
                         "container_name": "app", "docker_id": hexs(64)[:rng.choice([12, 64])],
                         "container_image": image_ref()}
    idx = rng.randint(0, 9)
    tag = "kube.var.log.containers.%s_%s_app-%s.log" % (p, pick(NAMESPACES), hexs(64))
    return ["[%d] %s: [[%d.%09d, {}], " % (idx, tag, esec(), now().microsecond * 1000 + rng.randint(0, 999))] + rb(rec) + ["]"]


def qp_value(cat):
    """Query-string PHI value (percent-encoded as an app would)."""
    pairs = phi_kv(cat, "snake", ascii_only=True)
    out = []
    for k, v in pairs:
        if isinstance(v, M):
            # use street only in query strings
            fl = [x for x in flatten([v]) if isinstance(x, P)]
            v = fl[0]
        t = v.v
        enc = t.replace("%", "%25").replace(" ", pick(["%20", "+"])).replace(",", "%2C").replace("@", pick(["%40", "@"])) \
            .replace("(", "%28").replace(")", "%29").replace("+1", "%2B1").replace("/", "%2F").replace("#", "%23")
        out.append((k, P(enc, v.cat)))
    return out


def fam_envoy(cats):
    cats = list(cats)
    xff = None
    if "ip" in cats:
        cats.remove("ip")
        xff = P(v_ip(), "ip")
    qs = []
    for c in cats:
        qs += qp_value(c)
    path = pick(["/api/v2/patients/search", "/api/v1/eligibility", "/api/v2/appointments", "/portal/login",
                 "/api/v1/kiosk/checkin", "/fhir/R4/Patient", "/api/v1/notify/sms", "/parking/validate"])
    pp = [path]
    if qs:
        pp.append("?")
        for i, (k, v) in enumerate(qs):
            if i:
                pp.append("&")
            pp += [k, "=", v]
    elif chance(0.4):
        pp.append("?_count=%d&page=%d&trace=%s" % (pick([10, 20, 50]), rng.randint(1, 9), hexs(16)))
    meth = pick(["GET", "POST", "GET", "PUT"])
    code = pick([200, 200, 201, 204, 400, 401, 403, 404, 429, 503])
    flags = "-" if code < 500 else pick(["UF", "URX", "UH"])
    xf = [xff] if xff else [pick(["-", priv_ip(), "%s,%s" % (priv_ip(), priv_ip())])]
    if xff and chance(0.4):
        xf = [xff, ",", priv_ip()]
    up = "%s:%d" % (priv_ip(), pick([8080, 8443, 9000]))
    out = ["[", iso(), "] \"", meth, " "] + pp + [" %s\" %d %s %s - \"-\" %d %d %d %s \"" % (
        pick(["HTTP/1.1", "HTTP/2"]), code, flags, pick(["via_upstream", "-", "upstream_reset_before_response_started{connection_termination}"]),
        rng.randint(0, 4000), rng.randint(0, 90000), rng.randint(1, 3000), str(rng.randint(1, 2900)))]
    out += xf + ['" "%s" "%s" "%s" "%s" outbound|%s||%s.%s.svc.cluster.local %s:%d %s:%d %s:%d %s %s' % (
        pick(UAS), uuid4(), pick(["portal.northwind-health.org", "api.northwind-health.org", "kiosk.nwh.internal"]), up,
        up.split(":")[1], pick(SERVICES), pick(NAMESPACES), priv_ip(), rng.randint(30000, 60000), priv_ip(), pick([8443, 443, 8080]),
        priv_ip(), rng.randint(30000, 60000), pick(["portal.northwind-health.org", "-"]), pick(["default", "-", "portal-api"]))]
    return out


def fam_istio_json(cats):
    cats = list(cats)
    d = {"start_time": iso(), "method": pick(["GET", "POST"]), "protocol": "HTTP/1.1",
         "response_code": pick([200, 200, 401, 403, 404, 500]), "response_flags": "-",
         "bytes_received": rng.randint(0, 3000), "bytes_sent": rng.randint(0, 90000), "duration": rng.randint(1, 3000),
         "upstream_service_time": str(rng.randint(1, 2900)), "user_agent": pick(UAS), "request_id": uuid4(),
         "authority": pick(["portal.northwind-health.org", "api.northwind-health.org"]),
         "upstream_host": "%s:8080" % priv_ip(), "upstream_cluster": "outbound|8080||%s.%s.svc.cluster.local" % (pick(SERVICES), pick(NAMESPACES)),
         "downstream_local_address": "%s:8443" % priv_ip(), "requested_server_name": "portal.northwind-health.org",
         "route_name": "default", "traceparent": "00-%s-%s-01" % (hexs(32), hexs(16))}
    if "ip" in cats:
        cats.remove("ip")
        ip = v_ip()
        d["x_forwarded_for"] = M(P(ip, "ip"), ", %s" % priv_ip()) if chance(0.5) else P(ip, "ip")
        if ":" not in ip and chance(0.6):
            d["downstream_remote_address"] = M(P(v_ip(), "ip"), ":%d" % rng.randint(1025, 65000))
        else:
            d["downstream_remote_address"] = "%s:%d" % (priv_ip(), rng.randint(1025, 65000))
    else:
        d["x_forwarded_for"] = pick([None, priv_ip()])
        d["downstream_remote_address"] = "%s:%d" % (priv_ip(), rng.randint(1025, 65000))
    path = [pick(["/api/v2/patients/me", "/api/v2/appointments", "/api/v1/identity/verify", "/api/v2/billing/statements"])]
    qcats = [c for c in cats if chance(0.4)]
    hcats = [c for c in cats if c not in qcats]
    if qcats:
        path.append("?")
        for i, (k, v) in enumerate(sum([qp_value(c) for c in qcats], [])):
            if i:
                path.append("&")
            path += [k, "=", v]
    d["path"] = M(*path)
    for k, v in kvs(hcats, "header", 0, 2):
        d[k.replace("-", "_")] = v
    return jp(d)


def fam_linkerd(cats):
    if chance(0.5):
        tc, kc = split(cats, 0.5)
        uri = ["http://%s.%s.svc.cluster.local:8080%s" % (pick(SERVICES), pick(NAMESPACES),
                                                         pick(["/api/v2/members", "/api/v1/eligibility", "/api/v2/appointments"]))]
        qs = sum([qp_value(c) for c in kc], [])
        if qs:
            uri.append("?")
            for i, (k, v) in enumerate(qs):
                if i:
                    uri.append("&")
                uri += [k, "=", v]
        d = {"client.addr": "%s:%d" % (priv_ip(), rng.randint(30000, 60000)),
             "client.id": "%s.%s.serviceaccount.identity.linkerd.cluster.local" % (pick(SERVICES), pick(NAMESPACES)),
             "host": "%s:8080" % pick(SERVICES), "method": pick(["GET", "POST"]), "processing_ns": str(rng.randint(10000, 900000)),
             "request_bytes": "", "response_bytes": str(rng.randint(0, 90000)), "status": pick([200, 404, 500, 502]),
             "timestamp": iso(d=9 if False else 6), "total_ns": str(rng.randint(10000, 9000000)),
             "trace_id": pick(["", hexs(32)]), "uri": M(*uri), "user_agent": pick(UAS), "version": "HTTP/1.1"}
        if tc:
            d["l5d-err"] = phi_msg(tc, ascii_only=True)
        return jp(d)
    # proxy text log
    secs = "%.6f" % rng.uniform(10, 900000)
    lvl = pick(["INFO", "WARN", "DEBUG"])
    cats = list(cats)
    ca = "%s:%d" % (priv_ip(), rng.randint(30000, 60000))
    cap = [ca]
    if "ip" in cats:
        cats.remove("ip")
        cap = [P(v_ip(), "ip"), ":%d" % rng.randint(1025, 65000)] if chance(0.5) else [ca]
        if cap == [ca]:
            cats.append("ip")
    out = ["[%12ss] %5s ThreadId(0%d) inbound:server{port=%d}:rescue{client.addr=" % (secs, lvl, rng.randint(1, 4), pick([8080, 4143]))] + cap + ["}: "]
    if cats:
        hdr = kvs(cats, "header", 0, 1, forbid='"')
        out.append("linkerd_app_core::errors::respond: HTTP/1.1 request failed error=upstream 502 headers={")
        for i, (k, v) in enumerate(hdr):
            if i:
                out.append(", ")
            out += ['"%s": "' % k] + esc([v] if isinstance(v, (P, M)) else [str(v)], lfesc) + ['"']
        out.append("}")
    else:
        out.append(pick(["linkerd_app_core::errors::respond: HTTP/1.1 request failed error=logical service %s.%s.svc.cluster.local:8080: service unavailable" % (pick(SERVICES), pick(NAMESPACES)),
                         "linkerd_proxy_http::client: handling as HTTP version=HTTP/2 trace_id=%s" % hexs(32),
                         "linkerd_tls::server: peer identity %s.%s.serviceaccount.identity.linkerd.cluster.local" % (pick(SERVICES), pick(NAMESPACES))]))
    return out


def fam_k8s_event(cats):
    cats = list(cats)
    ns = pick(NAMESPACES)
    objname = pod()
    kind = "Pod"
    if "mrn" in cats and chance(0.5):
        cats.remove("mrn")
        m = ("%s%s" % (pick(["e", "m", "pt"]), digits(7)))
        objname = M("patient-export-", P(m, "mrn"), "-%s" % alnum(5, K8S_ALNUM))
        kind = "Job"
    reason = pick(["BackOff", "Failed", "FailedProcessing", "Unhealthy", "ReconcileError", "SyncFailed"]) if cats else \
        pick(["Scheduled", "Pulled", "Created", "Started", "Killing", "BackOff", "Unhealthy", "SuccessfulCreate", "ScalingReplicaSet"])
    if cats:
        msg = M(pick(["reconcile failed for PatientExport: ", "hook job failed: ", "Error: ", "validation webhook denied: ",
                      "message processing failed: "]), phi_msg(cats))
    else:
        msg = pick(["Back-off restarting failed container app in pod %s" % pod(),
                    "Readiness probe failed: HTTP probe failed with statuscode: 503",
                    "Successfully pulled image \"%s\" in 2.31s (2.31s including waiting)" % image_ref(),
                    "Created pod: %s" % pod(), "Scaled up replica set %s-%s to %d" % (pick(SERVICES), alnum(9, K8S_ALNUM), rng.randint(2, 12)),
                    "Stopping container app", "Liveness probe failed: Get \"http://%s:8080/healthz\": context deadline exceeded" % priv_ip()])
    if chance(0.3):
        return ["%ds" % rng.randint(1, 600), "        ", "Warning" if cats else pick(["Normal", "Warning"]), "   ",
                reason, "   ", kind.lower(), "/", objname, "   "] + flatten([msg])
    ev = {"kind": "Event", "apiVersion": "v1",
          "metadata": {"name": M(objname, ".%s" % hexs(16)) if isinstance(objname, M) else "%s.%s" % (objname, hexs(16)),
                       "namespace": ns, "uid": uuid4(), "resourceVersion": str(rng.randint(10 ** 7, 10 ** 9)),
                       "creationTimestamp": iso(d=0)},
          "involvedObject": {"kind": kind, "namespace": ns, "name": objname, "uid": uuid4(),
                             "apiVersion": "batch/v1" if kind == "Job" else "v1", "resourceVersion": str(rng.randint(10 ** 7, 10 ** 9))},
          "reason": reason, "message": msg,
          "source": {"component": pick(["kubelet", "job-controller", "patientexport-operator"]), "host": node()},
          "firstTimestamp": iso(earlier(rng.randint(10 ** 6, 10 ** 9)), d=0), "lastTimestamp": iso(d=0),
          "count": rng.randint(1, 40), "type": "Warning" if cats else pick(["Normal", "Warning"]), "eventTime": None,
          "reportingComponent": "", "reportingInstance": ""}
    return jp(ev)


def fam_k8s_audit(cats):
    cats = list(cats)
    ns = pick(NAMESPACES)
    verb = pick(["create", "patch", "update", "get"])
    res = pick(["configmaps", "jobs", "secrets"]) if cats else pick(["configmaps", "pods", "deployments", "leases", "secrets"])
    name = "%s-%s" % (pick(["backfill", "reprocess", "portal-config", "test-fixture", "replay"]), alnum(5, K8S_ALNUM))
    ev = {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": pick(["RequestResponse", "Request"]) if cats else pick(["Metadata", "Request"]),
          "auditID": uuid4(), "stage": "ResponseComplete",
          "requestURI": "/api%s/namespaces/%s/%s/%s" % ("" if res != "jobs" else "s/batch/v1", ns, res, name),
          "verb": verb, "user": {"username": staff(), "groups": ["system:authenticated", pick(["oidc:sre", "oidc:integration-eng", "system:serviceaccounts"])]},
          "sourceIPs": [priv_ip()], "userAgent": pick(["kubectl/v1.29.3 (linux/amd64) kubernetes/6813625", "argocd-application-controller/v2.10.7", "helm/3.14.4"]),
          "objectRef": {"resource": res, "namespace": ns, "name": name, "apiVersion": "v1" if res != "jobs" else "batch/v1"},
          "responseStatus": {"metadata": {}, "code": pick([200, 201])}}
    if cats:
        if res == "jobs":
            args = []
            for k, v in kvs(cats, "snake", 0, 1, forbid='"'):
                args += ["--%s" % k.replace("_", "-"), v if isinstance(v, (P, M)) else str(v)]
            ev["requestObject"] = {"kind": "Job", "apiVersion": "batch/v1", "metadata": {"name": name, "namespace": ns},
                                   "spec": {"template": {"spec": {"containers": [{"name": "runner", "image": image_ref(),
                                                                                  "args": args}], "restartPolicy": "Never"}}}}
        else:
            data = {}
            st = pick(["snake", "camel", "env"])
            for k, v in kvs(cats, "snake" if st == "env" else st, 0, 2):
                data[k.upper().replace(".", "_") if st == "env" else k] = v if isinstance(v, (P, M)) else str(v)
            ev["requestObject"] = {"kind": "ConfigMap" if res != "secrets" else "Secret", "apiVersion": "v1",
                                   "metadata": {"name": name, "namespace": ns}, ("data" if res != "secrets" else "stringData"): data}
    elif ev["level"] == "Request" and res == "configmaps":
        ev["requestObject"] = {"kind": "ConfigMap", "apiVersion": "v1", "metadata": {"name": name, "namespace": ns},
                               "data": dict((k, str(v)) for k, v in kvs([], "snake", 2, 4))}
    ev["requestReceivedTimestamp"] = iso(earlier(rng.randint(1000, 90000)), d=6)
    ev["stageTimestamp"] = iso(d=6)
    ev["annotations"] = {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": "RBAC: allowed by ClusterRoleBinding \"%s\"" % pick(["sre-admin", "integration-eng-edit"])}
    return jp(ev)


def fam_argo(cats):
    wf = "%s-%s" % (pick(["eligibility-recheck", "claims-resubmit", "patient-merge", "statement-run", "fax-retry", "device-sync"]),
                    alnum(5, K8S_ALNUM))
    if chance(0.5):
        tc, kc = split(cats, 0.5)
        pairs = [("time", iso()), ("level", pick(["info", "warning", "error"])),
                 ("msg", M("node ", "%s-%d" % (wf, rng.randint(10 ** 8, 10 ** 10)), " phase ",
                           pick(["Running -> Failed", "Pending -> Running", "Running -> Succeeded"]),
                           (": " if tc else ""), phi_msg(tc) if tc else "")),
                 ("namespace", "ehr-batch"), ("workflow", wf)]
        for k, v in kvs(kc, "snake", 0, 2):
            pairs.append((k, v))
        return lf(pairs)
    params = [{"name": k, "value": v if isinstance(v, (P, M)) else str(v)} for k, v in kvs(cats, "snake", 1, 3)]
    node_id = "%s-%d" % (wf, rng.randint(10 ** 8, 10 ** 10))
    doc = {"metadata": {"name": wf, "namespace": "ehr-batch", "uid": uuid4(),
                        "labels": {"workflows.argoproj.io/phase": pick(["Running", "Failed", "Succeeded"]),
                                   "workflows.argoproj.io/workflow-template": wf.rsplit("-", 1)[0]}},
           "spec": {"arguments": {"parameters": params}, "entrypoint": "main", "serviceAccountName": "argo-ehr-batch"},
           "status": {"phase": pick(["Running", "Failed", "Succeeded"]), "startedAt": iso(earlier(rng.randint(10 ** 6, 10 ** 9)), d=0),
                      "progress": "%d/%d" % (rng.randint(0, 3), 3),
                      "nodes": {node_id: {"id": node_id, "displayName": pick(["lookup", "submit", "notify"]), "type": "Pod",
                                          "phase": pick(["Succeeded", "Failed"]), "hostNodeName": node()}}}}
    return jp(doc)


def fam_stepfn(cats):
    tc, kc = split(cats, 0.3)
    etype = pick(["TaskStateEntered", "TaskSucceeded", "ExecutionStarted", "TaskFailed", "LambdaFunctionScheduled", "TaskStateExited"])
    inp = {}
    for k, v in kvs(kc, "camel", 1, 3):
        inp[k] = v
    ev = {"timestamp": iso(now() - _dt.timedelta(hours=4), d=3, z="-04:00"), "type": etype, "id": rng.randint(2, 60),
          "previousEventId": rng.randint(1, 59)}
    detail_key = {"TaskStateEntered": "stateEnteredEventDetails", "TaskSucceeded": "taskSucceededEventDetails",
                  "ExecutionStarted": "executionStartedEventDetails", "TaskFailed": "taskFailedEventDetails",
                  "LambdaFunctionScheduled": "lambdaFunctionScheduledEventDetails",
                  "TaskStateExited": "stateExitedEventDetails"}[etype]
    if etype == "TaskFailed":
        det = {"resourceType": "lambda", "resource": "invoke", "error": "States.TaskFailed",
               "cause": Emb({"errorMessage": body_for(tc), "errorType": "EligibilityError", "input": inp})}
    elif etype == "ExecutionStarted":
        det = {"input": Emb(dict(inp, **({"note": phi_msg(tc)} if tc else {}))), "inputDetails": {"truncated": False},
               "roleArn": "arn:aws:iam::%s:role/sfn-intake" % digits(12)}
    elif etype == "LambdaFunctionScheduled":
        det = {"resource": "arn:aws:lambda:us-east-1:%s:function:verify-identity" % digits(12),
               "input": Emb(dict(inp, **({"note": phi_msg(tc)} if tc else {}))), "timeoutInSeconds": 30}
    else:
        det = {"name": pick(["VerifyEligibility", "LookupPatient", "SendReminder", "CapturePayment", "MatchIdentity"]),
               ("input" if "Entered" in etype else "output"): Emb(dict(inp, **({"note": phi_msg(tc)} if tc else {}))),
               ("inputDetails" if "Entered" in etype else "outputDetails"): {"truncated": False}}
    ev[detail_key] = det
    return jp(ev)


def sns_env(msgobj, attrs=None):
    return {"Type": "Notification", "MessageId": uuid4(),
            "TopicArn": "arn:aws:sns:us-east-1:%s:%s" % (digits(12), pick(["appt-reminders", "adt-events", "identity-proofing", "claims-status"])),
            "Subject": pick([None, "AppointmentReminder", "ADT"]), "Message": msgobj, "Timestamp": iso(),
            "SignatureVersion": "1", "Signature": b64(rng.randint(90, 170)),
            "SigningCertURL": "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-%s.pem" % hexs(32),
            "UnsubscribeURL": "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-1:%s:appt-reminders:%s" % (digits(12), uuid4()),
            "MessageAttributes": attrs or {}}


def payload_doc(cats, style="camel"):
    """A message payload dict; may embed HL7 PID text."""
    cats = list(cats)
    d = {"eventType": pick(["AppointmentBooked", "PatientRegistered", "CoverageVerified", "PaymentCaptured",
                            "DevicePaired", "IdentityProofed", "ReminderRequested", "FaxQueued"]),
         "eventId": uuid4(), "occurredAt": iso()}
    if len([c for c in cats if c in PID_CATS]) >= 3 and "name" in cats and chance(0.5):
        seg, used = hl7_pid(cats)
        for u in used:
            cats.remove(u)
        d["hl7"] = M("MSH|^~\\&|EPIC|NWH|RHAPSODY|NWH|%s||ADT^A04|%s|P|2.5.1\\rEVN|A04|%s\\r" % (ymd() + "%06d" % rng.randint(0, 235959), digits(10), ymd()), *seg)
    tc, kc = split(cats, 0.25)
    for k, v in kvs(kc, style, 1, 3):
        d[k] = v
    if tc:
        d["note"] = phi_msg(tc)
    return d


def fam_sqs(cats):
    inner = payload_doc(cats)
    body = Emb(sns_env(Emb(inner))) if chance(0.5) else Emb(inner)
    msg = {"MessageId": uuid4(), "ReceiptHandle": "AQEB" + b64(rng.randint(90, 180)).replace("=", ""),
           "MD5OfBody": hexs(32), "Body": body,
           "Attributes": {"SenderId": "AROA%s:%s" % (alnum(17), pick(SERVICES)), "ApproximateFirstReceiveTimestamp": str(ems()),
                          "ApproximateReceiveCount": str(rng.randint(1, 6)), "SentTimestamp": str(ems() - rng.randint(10, 90000))}}
    if chance(0.4):
        msg["MessageAttributes"] = {"traceparent": {"StringValue": "00-%s-%s-01" % (hexs(32), hexs(16)), "DataType": "String"}}
    return jp({"Messages": [msg]}, pick([(",", ":"), (", ", ": ")]))


def fam_sns(cats):
    tc, kc = split(cats, 0.3)
    attrs = {"channel": {"Type": "String", "Value": pick(["sms", "email", "push"])}}
    ac = [c for c in kc if c in ("phone", "email") and chance(0.5)]
    for c in ac:
        kc.remove(c)
        for k, v in phi_kv(c, "camel"):
            attrs[k] = {"Type": "String", "Value": v}
    inner = payload_doc(kc + tc)
    return jp(sns_env(Emb(inner), attrs))


def fam_eventbridge(cats):
    d = payload_doc(cats, pick(["camel", "snake"]))
    ev = {"version": "0", "id": uuid4(), "detail-type": d.pop("eventType"),
          "source": pick(["com.northwind.registration", "com.northwind.scheduling", "com.northwind.billing", "aws.health"]),
          "account": digits(12), "time": iso(d=0), "region": "us-east-1", "resources": [], "detail": d}
    return jp(ev)


def fam_pubsub(cats):
    attrs = {"eventType": pick(["lab.result.ready", "device.reading", "consent.updated", "parking.validated"]),
             "schemaVersion": "v%d" % rng.randint(1, 4), "googclient_OrderingKey": hexs(12)}
    for k, v in kvs(cats, "camel", 0, 2):
        attrs[k] = v if isinstance(v, (P, M)) else str(v)
    data = base64.b64encode(json.dumps({"seq": rng.randint(1, 10 ** 6), "status": pick(["final", "prelim"]),
                                        "checksum": hexs(16)}).encode()).decode()
    doc = [{"ackId": b64(rng.randint(60, 110)).replace("=", "").replace("+", "-").replace("/", "_"),
            "message": {"attributes": attrs, "data": data, "messageId": str(rng.randint(10 ** 15, 10 ** 16)),
                        "publishTime": iso(d=3)}}]
    return jp(doc, (", ", ": "))


def ddb_attr(v):
    if isinstance(v, P) and v.num:
        return {"N": P(v.v, v.cat)}
    if isinstance(v, bool):
        return {"BOOL": v}
    if isinstance(v, int):
        return {"N": str(v)}
    return {"S": v if isinstance(v, (P, M)) else str(v)}


def fam_dynamodb(cats):
    cats = list(cats)
    pk = "REC#%s" % uuid4()
    keyv = pk
    if "mrn" in cats and chance(0.6):
        cats.remove("mrn")
        keyv = M("PATIENT#", P(v_mrn(), "mrn"))
    img = {"pk": {"S": keyv}, "sk": {"S": pick(["PROFILE", "COVERAGE#%d" % rng.randint(1, 3), "CONTACT", "DEVICE#%s" % hexs(6)])}}
    for k, v in kvs(cats, pick(["camel", "snake"]), 1, 3):
        img[k] = ddb_attr(v)
    name = pick(["INSERT", "MODIFY", "MODIFY", "REMOVE"]) if cats else pick(["INSERT", "MODIFY", "REMOVE"])
    dyn = {"ApproximateCreationDateTime": esec(), "Keys": {"pk": {"S": keyv}, "sk": img["sk"]},
           "SequenceNumber": digits(21), "SizeBytes": rng.randint(80, 3000), "StreamViewType": "NEW_AND_OLD_IMAGES"}
    if name != "REMOVE":
        dyn["NewImage"] = img
    else:
        dyn["OldImage"] = img
    rec = {"eventID": hexs(32), "eventName": name, "eventVersion": "1.1", "eventSource": "aws:dynamodb",
           "awsRegion": "us-east-1", "dynamodb": dyn,
           "eventSourceARN": "arn:aws:dynamodb:us-east-1:%s:table/%s/stream/%s" % (digits(12), pick(["patient-profile", "portal-sessions", "devices"]), iso(d=3).replace("Z", ""))}
    return jp(rec)


def fam_cosmos(cats):
    doc = {"id": uuid4(), "partitionKey": pick(["tenant-nwh", "region-east", hexs(8)]),
           "type": pick(["patientProfile", "coverage", "appointment", "deviceBinding"])}
    for k, v in kvs(cats, "camel", 1, 4):
        doc[k] = v
    doc.update({"_rid": b64(9).replace("/", "+")[:12] + "==", "_self": "dbs/%s==/colls/%s=/docs/%s==/" % (alnum(6), alnum(8), alnum(14)),
                "_etag": "\"%s-0000-0100-0000-%s0000\"" % (hexs(8), hexs(8)), "_attachments": "attachments/",
                "_ts": esec(), "_lsn": rng.randint(10 ** 4, 10 ** 7)})
    return jp(doc)


def redis_q(v):
    return ['"'] + esc([v] if isinstance(v, (P, M)) else [str(v)], lfesc) + ['"']


def fam_redis(cats):
    pairs = kvs(cats, "snake", 1, 3, ascii_only=True)
    r = rng.random()
    if r < 0.5:
        out = ["%d.%06d [0 %s:%d] " % (esec(), now().microsecond, priv_ip(), rng.randint(30000, 60000))]
        cmd = pick(["XADD", "HSET"])
        if cmd == "XADD":
            out += ['"XADD" "%s" "MAXLEN" "~" "100000" "*"' % pick(["stream:appt-reminders", "stream:checkin", "stream:device-readings"])]
        else:
            out += ['"HSET" "session:%s"' % uuid4()]
        for k, v in pairs:
            out += [" "] + redis_q(k) + [" "] + redis_q(v)
        return out
    if r < 0.8:
        out = ['XRANGE %s - + COUNT 1 => 1) 1) "%d-0" 2) ' % (pick(["stream:appt-reminders", "stream:checkin"]), ems())]
        i = 1
        for k, v in pairs:
            out += ["%d) " % i] + redis_q(k) + [" %d) " % (i + 1)] + redis_q(v) + [" "]
            i += 2
        out[-1] = out[-1].rstrip() if isinstance(out[-1], str) else out[-1]
        return out
    out = ["%d:M %s.%03d * " % (rng.randint(1, 99), now().strftime("%d %b %Y %H:%M:%S"), now().microsecond // 1000)]
    if cats:
        out += ['Slowlog entry: HGETALL took %dus key="session:%s" fields:' % (rng.randint(10000, 900000), uuid4())]
        for k, v in pairs:
            out += [" %s=" % k] + redis_q(v)
    else:
        out += [pick(["Background saving terminated with success", "DB saved on disk",
                      "%d changes in 60 seconds. Saving..." % rng.randint(1000, 90000),
                      "Replica %s:6379 asks for synchronization" % priv_ip()])]
    return out


def fam_nats(cats):
    if chance(0.55):
        subj = pick(["ehr.adt.a08", "ehr.scheduling.appointment.booked", "notify.sms.outbound", "device.cgm.reading",
                     "identity.proofing.completed"])
        d = payload_doc(cats, pick(["snake", "camel"]))
        return ['[#%d] Received on "%s"' % (rng.randint(1, 999), subj)] + \
            ([' with reply "_INBOX.%s"' % alnum(22, UP + "abcdefghijklmnop0123456789")] if chance(0.3) else []) + [" "] + jp(d)
    cl = '%s:%d - cid:%d - "v1.%d.%d:go:%s"' % (priv_ip(), rng.randint(30000, 60000), rng.randint(1, 900), rng.randint(30, 35),
                                               rng.randint(0, 9), pick(SERVICES))
    pre = "[1] %s.%06d [TRC] %s - <<- " % (now().strftime("%Y/%m/%d %H:%M:%S"), now().microsecond, cl)
    if cats:
        d = payload_doc(cats, "snake")
        return [pre, 'MSG_PAYLOAD: ["'] + esc(jp(d)) + ['"]']
    return [pre, pick(["[PUB device.cgm.reading %d]" % rng.randint(40, 900), "[PING]", "[SUB _INBOX.%s.* 2]" % alnum(22),
                       "[CONNECT {\"verbose\":false,\"pedantic\":false,\"tls_required\":true,\"name\":\"%s\",\"lang\":\"go\",\"version\":\"1.34.1\",\"protocol\":1,\"headers\":true}]" % pick(SERVICES)])]


def fam_grpcurl(cats):
    svc, meth = pick([("eligibility.v1.EligibilityService", "Check"), ("scheduling.v2.Slots", "Book"),
                      ("identity.v1.Verify", "Start"), ("billing.v1.Payments", "Capture"), ("mpi.v1.Matcher", "Match"),
                      ("devices.v1.Registry", "Pair")])
    host = "%s.%s.svc:%d" % (pick(SERVICES), pick(NAMESPACES), pick([9090, 50051, 8443]))
    if not cats:
        r = rng.random()
        if r < 0.35:
            return ["$ grpcurl -plaintext %s list => grpc.health.v1.Health grpc.reflection.v1alpha.ServerReflection %s" % (host, svc)]
        if r < 0.7:
            fields = pick([["string member_id = 1;", "string dob = 2;", "string ssn_last4 = 3;"],
                           ["string mrn = 1;", "google.protobuf.Timestamp slot_start = 2;", "string phone = 3;"],
                           ["string email = 1;", "bytes selfie_jpeg = 2;", "string passport_no = 3;"],
                           ["string imei = 1;", "string udi = 2;", "string vin = 3;"]])
            return ["$ grpcurl -plaintext %s describe %s.%sRequest => %s.%sRequest is a message: message %sRequest { %s }" % (
                host, svc.rsplit(".", 1)[0], meth, svc.rsplit(".", 1)[0], meth, meth, " ".join(fields))]
        d = dict(kvs([], "snake", 2, 4))
        return ["$ grpcurl -d '"] + jp(d) + ["' %s %s/%s => " % (host, svc, meth)] + jp({"status": pick(["OK", "ACTIVE", "NOT_FOUND"]), "requestId": uuid4()}, (", ", ": "))
    cats = list(cats)
    hdrs = []
    hc = [c for c in cats if c in ("email", "ip") and chance(0.5)]
    for c in hc:
        cats.remove(c)
        for k, v in phi_kv(c, "header", ascii_only=True):
            hdrs += [" -H '%s: " % k, v, "'"]
    req_c, resp_c = split(cats, 0.35)
    req = dict(kvs(req_c, "snake", 0, 2, forbid="'"))
    out = ["$ grpcurl -plaintext -H 'x-request-id: %s'" % uuid4()] + hdrs + [" -d '"] + jp(req) + ["' %s %s/%s => " % (host, svc, meth)]
    resp = {"status": pick(["ACTIVE", "OK", "MATCHED"])}
    for k, v in kvs(resp_c, "camel", 0, 1):
        resp[k] = v
    out += jp(resp, (", ", ": "))
    return out


FLAG_CTX = {"email": ["email", "userEmail"], "phone": ["phone", "msisdn"], "ip": ["remoteAddress", "clientIp"],
            "mrn": ["userId", "patientId"], "health_plan": ["memberId", "subscriberId"],
            "device": ["deviceId", "hardwareId"], "name": ["displayName"], "account": ["accountNumber", "billingAccount"]}


def flag_value(c):
    if c == "name":
        return P(v_name(), "name")
    if c == "device":
        return P(v_device(pick(["imei", "mac", "cgm"])), "device")
    if c == "health_plan":
        return P(v_health_plan(pick(["member", "mbi"])), "health_plan")
    if c == "account":
        return P(v_account("patient"), "account")
    return phi_kv(c, "camel")[0][1]


def fam_flags(cats):
    cats = list(cats)
    r = rng.random()
    if r < 0.4:
        # Unleash-like event: one constraint per targeting context
        cons = []
        for c in cats:
            vals = [flag_value(c) for _ in range(rng.choice([1, 1, 2, 3]))]
            cons.append({"contextName": pick(FLAG_CTX[c]), "operator": "IN", "values": vals, "caseInsensitive": False,
                         "inverted": False})
        if not cons:
            cons = [{"contextName": pick(["segment", "environment", "appName"]), "operator": "IN",
                     "values": [pick(["beta-testers", "internal", "nwh-staff"]), pick(["pilot-clinic-7", "canary"])],
                     "caseInsensitive": False, "inverted": False}]
        ev = {"id": rng.randint(10000, 999999), "type": "feature-strategy-updated", "createdBy": staff(),
              "createdAt": iso(), "featureName": pick(["portal-new-billing-ui", "sms-reminders-v2", "kiosk-face-match"]),
              "project": "default", "environment": "production",
              "data": {"name": "flexibleRollout", "constraints": cons,
                       "parameters": {"rollout": str(pick([5, 10, 25, 50, 100])), "stickiness": "default", "groupId": "beta"}},
              "preData": {"name": "flexibleRollout", "constraints": []}, "tags": []}
        return jp(ev)
    if r < 0.75:
        if not cats:
            key = pick(["portal/prod/settings", "notify/prod/retry", "kiosk/prod/ui", "billing/prod/limits"])
            a, b = rng.randint(0, 50), rng.randint(0, 100)
            return ["configsvc[%d]: %s applied change set cs-%d to %s by %s: ~ rollout.percentage: %d -> %d; ~ timeout_ms: %d -> %d; ~ image: %s" % (
                rng.randint(100, 9999), iso(), rng.randint(1000, 9999), key, staff(), a, b,
                rng.randint(100, 900), rng.randint(100, 3000), image_ref())]
        out = ["configsvc[%d]: %s applied change set cs-%d by %s:" % (rng.randint(100, 9999), iso(), rng.randint(1000, 9999), staff())]
        for i, c in enumerate(cats):
            key = {"email": "notify/prod/test_recipients", "phone": "notify/prod/sms_allowlist", "ip": "identity/prod/blocked_ips",
                   "mrn": "portal/prod/beta.patients", "health_plan": "billing/prod/manual_review.members",
                   "device": "devices/prod/quarantine", "name": "kiosk/prod/vip_overrides",
                   "account": "billing/prod/collections_hold"}[c]
            new = [flag_value(c) for _ in range(rng.choice([1, 2, 2, 3]))]
            old = new[:-1]
            out += [" ~ %s: " % key] + jp(old) + [" -> "] + jp(new) + [";" if i < len(cats) - 1 else ""]
        return out
    # LaunchDarkly-ish audit entry: individual targets
    targets = [flag_value(c) for c in cats]
    desc = "added %d individual targets" % len(targets) if targets else "changed the default rule to serve variation 1"
    ev = {"_id": hexs(24), "date": ems(), "kind": "flag", "name": pick(["New billing UI", "SMS reminders v2", "Kiosk face match"]),
          "description": desc, "shortDescription": "", "member": {"_id": hexs(24), "email": staff_email(), "role": "writer"},
          "titleVerb": "updated the flag",
          "target": {"resources": ["proj/default:env/production:flag/%s" % pick(["portal-new-billing-ui", "sms-reminders-v2"])]},
          "delta": {"targets": [{"variation": 0, "values": targets}]} if targets else {"fallthrough": {"variation": 1}}}
    return jp(ev)


def fam_datadog(cats):
    cats = list(cats)
    tc, kc = split(cats, 0.35)
    d = {"date": iso(), "host": node(), "service": pick(SERVICES), "status": pick(["info", "warn", "error"]),
         "message": body_for(tc), "ddsource": pick(["java", "python", "nodejs", "go"]),
         "ddtags": "env:prod,version:%s,kube_namespace:%s,team:%s" % (semver(), pick(NAMESPACES), pick(["portal", "integrations", "sre"])),
         "dd": {"trace_id": str(rng.randint(10 ** 18, 2 ** 63 - 1)), "span_id": str(rng.randint(10 ** 18, 2 ** 63 - 1))}}
    if "ip" in kc:
        kc.remove("ip")
        d["network"] = {"client": {"ip": P(v_ip(), "ip")}}
    else:
        d["network"] = {"client": {"ip": priv_ip()}}
    usr = {}
    if "email" in kc and chance(0.7):
        kc.remove("email")
        usr["email"] = P(v_email(), "email")
    if "name" in kc and chance(0.7):
        kc.remove("name")
        usr["name"] = P(v_name(), "name")
    if usr:
        usr["id"] = hexs(24)
        d["usr"] = usr
    elif chance(0.3):
        d["usr"] = {"id": staff()}
    extra = kvs(kc, pick(["snake", "camel", "dot"]), 0, 3)
    for k, v in extra:
        d[k] = v
    d["http"] = {"method": pick(["GET", "POST"]), "status_code": pick([200, 401, 500]), "useragent": pick(UAS),
                 "url_details": {"path": pick(["/api/v2/appointments", "/portal/login", "/api/v1/eligibility"])}}
    return jp(d)


def fam_newrelic(cats):
    tc, kc = split(cats, 0.35)
    attrs = {}
    for k, v in kvs(kc, pick(["dot", "camel"]), 1, 3):
        attrs[k] = v
    log = {"timestamp": ems(), "message": body_for(tc), "attributes": attrs}
    if chance(0.5):
        log.update({"trace.id": hexs(32), "span.id": hexs(16)})
    doc = [{"common": {"attributes": {"logtype": pick(["application", "accesslogs", "audit"]), "service": pick(SERVICES),
                                      "hostname": pod(), "entity.guid": base64.b64encode(("%d|APM|APPLICATION|%d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9))).encode()).decode().rstrip("="),
                                      "plugin.type": pick(["fluent-bit", "infra-agent", "otlp"])}},
            "logs": [log]}]
    return jp(doc)


FAMILIES = [
    ("otlp_json_logs", fam_otlp_logs, set()),
    ("otlp_json_traces", fam_otlp_traces, set()),
    ("otelcol_debug_exporter", fam_collector_debug, set()),
    ("jaeger_trace_json", fam_jaeger, set()),
    ("zipkin_v2_json", fam_zipkin, set()),
    ("tempo_traceql_logfmt", fam_tempo, {"biometric", "photo"}),
    ("alertmanager_webhook_json", fam_alertmanager, {"biometric"}),
    ("prometheus_exposition", fam_prom_exposition, {"biometric", "photo"}),
    ("loki_push_json", fam_loki_push, set()),
    ("loki_logcli", fam_logcli, set()),
    ("vector_console_json", fam_vector, set()),
    ("fluentbit_stdout", fam_fluentbit, set()),
    ("envoy_access_text", fam_envoy, {"biometric", "photo"}),
    ("istio_access_json", fam_istio_json, {"biometric"}),
    ("linkerd_proxy", fam_linkerd, {"biometric", "photo"}),
    ("k8s_event", fam_k8s_event, {"biometric", "photo"}),
    ("k8s_audit_json", fam_k8s_audit, set()),
    ("argo_workflow", fam_argo, set()),
    ("stepfunctions_history", fam_stepfn, set()),
    ("sqs_receive_message", fam_sqs, set()),
    ("sns_notification", fam_sns, set()),
    ("eventbridge_event", fam_eventbridge, set()),
    ("pubsub_pull_json", fam_pubsub, set()),
    ("dynamodb_stream_record", fam_dynamodb, set()),
    ("cosmos_change_feed", fam_cosmos, set()),
    ("redis_monitor_stream", fam_redis, set()),
    ("nats_sub_trace", fam_nats, set()),
    ("grpcurl_session", fam_grpcurl, {"biometric"}),
    ("feature_flag_config_diff", fam_flags, set(CATS) - set(FLAG_CTX)),
    ("datadog_log_json", fam_datadog, set()),
    ("newrelic_log_api", fam_newrelic, set()),
]


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------
def choose_cats(excluded, counts):
    k = rng.choices([1, 2, 3, 4, 5], weights=[24, 30, 25, 13, 8])[0]
    avail = [c for c in CATS if c not in excluded]
    chosen = []
    for _ in range(k):
        cand = [c for c in avail if c not in chosen]
        if not cand:
            break
        c = min(cand, key=lambda x: counts[x] + rng.random() * 12)
        chosen.append(c)
    rng.shuffle(chosen)
    return chosen


def check_line(lb, spans, has_phi):
    assert b"\n" not in lb and b"\r" not in lb, "embedded newline"
    lb.decode("utf-8")
    prev_end = -1
    for sp in sorted(spans, key=lambda s: s["s"]):
        v = sp["_v"]
        assert v, "empty span"
        assert v == v.strip(), "span value has surrounding spaces: %r" % v
        assert lb[sp["s"]:sp["e"]] == v.encode("utf-8"), "offset mismatch for %r" % v
        assert sp["s"] >= prev_end, "overlapping spans"
        assert sp["cat"] in CATS
        prev_end = sp["e"]
    if not has_phi:
        assert not spans, "clean line has spans"
    else:
        assert spans, "PHI line without spans"


def main():
    clean_idx = set(rng.sample(range(N_LINES), N_CLEAN))
    counts = dict((c, 0) for c in CATS)
    fam_counts = {}
    lines, labels = [], []
    for i in range(N_LINES):
        tick()
        has_phi = i not in clean_idx
        while True:
            fname, fn, excl = pick(FAMILIES)
            cats = choose_cats(excl, counts) if has_phi else []
            parts = fn(cats)
            lb, spans = finalize(parts)
            if has_phi and not spans:
                continue  # extremely unlikely: retry
            break
        check_line(lb, spans, has_phi)
        for sp in spans:
            counts[sp["cat"]] += 1
        fam_counts[fname] = fam_counts.get(fname, 0) + 1
        lines.append(lb)
        labels.append({"line": i + 1, "family": fname,
                       "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in sorted(spans, key=lambda s: s["s"])]})

    with open(LOG_PATH, "wb") as f:
        for lb in lines:
            f.write(lb + b"\n")
    with open(LAB_PATH, "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")

    # ---- self-checks on what was written ----
    with open(LOG_PATH, "rb") as f:
        raw = f.read().split(b"\n")
    assert raw[-1] == b"" and len(raw) - 1 == N_LINES, "line count mismatch"
    with open(LAB_PATH, encoding="utf-8") as f:
        labs = [json.loads(x) for x in f]
    assert len(labs) == N_LINES
    n_phi = 0
    tot = dict((c, 0) for c in CATS)
    for n, (lb, lab) in enumerate(zip(raw, labs), 1):
        assert lab["line"] == n
        prev = -1
        for sp in lab["spans"]:
            assert 0 <= sp["s"] < sp["e"] <= len(lb)
            assert sp["s"] >= prev
            prev = sp["e"]
            seg = lb[sp["s"]:sp["e"]].decode("utf-8")
            assert seg == seg.strip()
            tot[sp["cat"]] += 1
        n_phi += bool(lab["spans"])
    assert n_phi == N_LINES - N_CLEAN
    for c in CATS:
        assert tot[c] >= 8, "category %s covered only %d times" % (c, tot[c])
    assert len(fam_counts) == len(FAMILIES)

    print("lines: %d" % N_LINES)
    print("lines with PHI: %d (%.1f%%)" % (n_phi, 100.0 * n_phi / N_LINES))
    print("lines without PHI: %d" % (N_LINES - n_phi))
    print("spans total: %d" % sum(tot.values()))
    print("spans per category:")
    for c in CATS:
        print("  %-12s %d" % (c, tot[c]))
    print("families: %d" % len(fam_counts))
    for k in sorted(fam_counts):
        print("  %-28s %d" % (k, fam_counts[k]))


if __name__ == "__main__":
    main()
