#!/usr/bin/env python3
"""Held-out PHI test corpus "at": patient engagement / CRM / marketing logs.

Writes at.log (500 lines) and at.labels.jsonl next to this script.
Standard library only; fixed seed; byte-for-byte reproducible.
All people, numbers and identifiers are synthetic.
"""
import base64
import datetime
import json
import os
import random
import sys
import unicodedata
import urllib.parse
from collections import Counter

SEED = 0xA7_2024
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_NEG = 225  # 45 % of lines carry no PHI
COVER_FLOOR = 14  # steer generation until every category has at least this many spans

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]


# --------------------------------------------------------------------------
# segment model: a line is a list of str (unlabeled) and P (labeled value)
# --------------------------------------------------------------------------
class P:
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        assert c in CATS, c
        self.v = v
        self.c = c


class N:
    """labeled value rendered unquoted in JSON (numbers such as an age)"""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        assert c in CATS, c
        self.v = str(v)
        self.c = c


class Raw:
    """unlabeled literal rendered unquoted in JSON"""
    __slots__ = ("s",)

    def __init__(self, s):
        self.s = s


class Txt:
    """JSON string whose content is a list of segments (free text)"""
    __slots__ = ("segs",)

    def __init__(self, *segs):
        self.segs = list(segs)


class Obj:
    __slots__ = ("items",)

    def __init__(self, items):
        self.items = list(items)


def flat(x):
    out = []
    if isinstance(x, (str, P)):
        return [x]
    if isinstance(x, N):
        return [P(x.v, x.c)]
    for y in x:
        out.extend(flat(y))
    return out


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def js(v, sp=False):
    """render a value to JSON segments"""
    comma = ", " if sp else ","
    colon = ": " if sp else ":"
    if isinstance(v, P):
        assert jesc(v.v) == v.v, v.v
        return ['"', v, '"']
    if isinstance(v, N):
        return [P(v.v, v.c)]
    if isinstance(v, Raw):
        return [v.s]
    if isinstance(v, Txt):
        out = ['"']
        for s in flat(v.segs):
            if isinstance(s, P):
                assert jesc(s.v) == s.v, s.v
                out.append(s)
            else:
                out.append(jesc(s))
        out.append('"')
        return out
    if isinstance(v, bool):
        return ["true" if v else "false"]
    if v is None:
        return ["null"]
    if isinstance(v, (int, float)):
        return [str(v)]
    if isinstance(v, str):
        return [json.dumps(v, ensure_ascii=False)]
    if isinstance(v, Obj):
        out = ["{"]
        for i, (k, x) in enumerate(v.items):
            if i:
                out.append(comma)
            out.append(json.dumps(k, ensure_ascii=False) + colon)
            out.extend(js(x, sp))
        out.append("}")
        return out
    if isinstance(v, list):
        out = ["["]
        for i, x in enumerate(v):
            if i:
                out.append(comma)
            out.extend(js(x, sp))
        out.append("]")
        return out
    raise TypeError(type(v))


def J(*items, sp=False):
    return js(Obj(items), sp)


def jembed(segs):
    """segments of a JSON document -> segments of a JSON string literal holding it"""
    out = ['"']
    for s in flat(segs):
        if isinstance(s, P):
            assert jesc(s.v) == s.v
            out.append(s)
        else:
            out.append(jesc(s))
    out.append('"')
    return out


def qenc(s):
    return urllib.parse.quote_plus(s, safe="")


def qtxt(segs):
    """url-encode free text segments piecewise (labels follow the encoded bytes)"""
    out = []
    for s in flat(segs):
        if isinstance(s, P):
            out.append(P(qenc(s.v), s.c))
        else:
            out.append(qenc(s))
    return out


def qs(pairs):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append("&")
        out.append(k + "=")
        if isinstance(v, P):
            out.append(P(qenc(v.v), v.c))
        elif isinstance(v, list):
            out.extend(qtxt(v))
        else:
            out.append(qenc(str(v)))
    return out


def kv(pairs, sep=" ", eq="=", always_quote=False):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(sep)
        out.append(k + eq)
        if isinstance(v, P):
            if always_quote or " " in v.v or "," in v.v:
                out += ['"', v, '"']
            else:
                out.append(v)
        elif isinstance(v, list):
            out += ['"'] + flat(v) + ['"']
        else:
            v = str(v)
            if always_quote or " " in v or v == "":
                out.append('"' + v + '"')
            else:
                out.append(v)
    return out


def build(segs):
    line = ""
    spans = []
    pos = 0
    for s in flat(segs):
        if isinstance(s, P):
            b = len(s.v.encode("utf-8"))
            spans.append({"s": pos, "e": pos + b, "cat": s.c, "_v": s.v})
            line += s.v
            pos += b
        else:
            line += s
            pos += len(s.encode("utf-8"))
    return line, spans


# --------------------------------------------------------------------------
# random primitives
# --------------------------------------------------------------------------
def ch(seq):
    return R.choice(seq)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def uid():
    return "%08x-%04x-4%03x-%x%03x-%012x" % (R.getrandbits(32), R.getrandbits(16), R.getrandbits(12),
                                            R.choice([8, 9, 10, 11]), R.getrandbits(12), R.getrandbits(48))


def b64(nbytes, head=b""):
    return base64.b64encode(head + bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def b64url(nbytes):
    return base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def sfid(prefix):
    return prefix + "5e0000" + alnum(6) + alnum(3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345")


def asciify(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


REF = datetime.date(2024, 11, 18)
CLOCK = [datetime.datetime(2024, 11, 18, 5, 47, 12, 118000)]


def tick():
    CLOCK[0] += datetime.timedelta(seconds=R.randint(2, 420), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_s(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def epoch(t):
    return int((t - datetime.datetime(1970, 1, 1)).total_seconds())


def epoch_ms(t):
    return epoch(t) * 1000 + t.microsecond // 1000


def clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def py_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


# --------------------------------------------------------------------------
# synthetic people
# --------------------------------------------------------------------------
FIRST_F = ["Maria", "Ana", "Guadalupe", "Sofía", "Ximena", "Mei", "Xiu Ying", "Aisha", "Fatima", "Amara",
           "Chiamaka", "Ngozi", "Priya", "Ananya", "Lakshmi", "Olga", "Svetlana", "Agnieszka", "Katarzyna",
           "Siobhan", "Aoife", "Hannah", "Emily", "Dorothy", "Gladys", "Evelyn", "Mildred", "Yuki", "Haruka",
           "Min-jung", "Ji-woo", "Linh", "Thi Hoa", "Leilani", "Zoë", "Inés", "Renée", "Beatriz", "Esperanza",
           "Rosa", "Marisol", "Keisha", "Latoya", "Shanice", "Noor", "Layla", "Yasmin", "Ingrid", "Astrid",
           "Francesca", "Giulia", "Bernadette", "Ruth", "Esther", "Miriam", "Nadia", "Camille", "Elif",
           "Zeynep", "Abena", "Efua", "Dolores", "Consuelo", "Irene", "Margaret", "Patricia", "Jennifer"]
FIRST_M = ["José", "Juan", "Luis", "Mateo", "Santiago", "Alejandro", "Wei", "Jian", "Hao", "Mohammed",
           "Omar", "Tariq", "Olumide", "Chinedu", "Kwame", "Kofi", "Arjun", "Rahul", "Vikram", "Dmitri",
           "Sergei", "Piotr", "Tomasz", "Liam", "Seamus", "Patrick", "James", "Robert", "Harold", "Walter",
           "Eugene", "Kenji", "Hiroshi", "Min-ho", "Jae-won", "Duc", "Minh", "Kealoha", "Ramón", "Jesús",
           "Andrés", "Darnell", "Tyrone", "Marcus", "Yusuf", "Karim", "Lars", "Erik", "Giuseppe", "Marco",
           "Bernard", "Samuel", "Abraham", "Isaac", "Nikolai", "François", "Emre", "Mehmet", "Ikenna",
           "Thomas", "Michael", "Anthony", "Raymond", "Gerald", "Francisco", "Héctor"]
LAST = ["Lopez", "García", "Hernández", "Martinez", "Ramírez", "Gutierrez", "Nguyen", "Tran", "Pham", "Kim",
        "Park", "Choi", "Wang", "Chen", "Li", "Zhang", "Patel", "Shah", "Reddy", "Iyer", "Okafor", "Adeyemi",
        "Mensah", "Owusu", "Haddad", "Khoury", "Nasser", "Rahman", "Hussain", "Kowalski", "Nowak",
        "Wiśniewski", "Ivanova", "Petrov", "O'Brien", "Murphy", "Byrne", "Müller", "Schmidt", "Johansson",
        "Lindqvist", "Rossi", "Esposito", "Cohen", "Levy", "Friedman", "Johnson", "Williams", "Washington",
        "Jackson", "Robinson", "Thompson", "Yamamoto", "Tanaka", "Sato", "Kapoor", "Silva", "Santos",
        "Oliveira", "Costa", "Dubois", "Lefebvre", "Yılmaz", "Demir", "Kaya", "Abernathy", "Whitfield",
        "Delacroix", "St. Pierre", "MacLeod", "Van der Berg", "De la Cruz", "Castillo", "Morales", "Flores",
        "Romero", "Soto", "Vargas", "Brooks", "Greene", "Sullivan", "Kaczmarek", "Novak", "Horvath"]

CLIN = ["Dr. Helen Park", "Dr. Anand Kapoor", "Dr. Rebecca Stein", "Dr. Oluwaseun Bello", "Dr. Carlos Mendoza",
        "Dr. Grace Liu", "Dr. Samuel Ortiz", "Dr. Hannah Weiss", "Dr. Tomás Aguilar", "Dr. Amit Desai",
        "Karen Holt, NP", "Dr. Miriam Feld", "Dr. Jorge Salinas", "Julia Novak, PA-C", "Dr. Peter Lindgren",
        "Dr. Fatima Zahra", "Dr. Kevin O'Connell", "Dr. Linh Tran", "Dr. Isabel Ruiz", "Dr. Maria Gutierrez",
        "Dr. James Okafor", "Ngozi Mensah, APRN"]
CLIN_BARE = ["Helen Park MD", "Anand Kapoor MD", "Rebecca Stein DO", "Grace Liu MD", "Samuel Ortiz MD",
             "Jorge Salinas MD", "Isabel Ruiz MD", "Peter Lindgren MD"]
AGENTS = ["kmorales", "tbrooks", "jlee2", "arivera", "mnguyen", "dpatel", "sokafor", "lhernandez3",
          "cc_agent_114", "pa_rep_27", "rgarza", "bwhite"]
AGENT_DISP = ["Tanya B.", "Kevin M.", "Luz H.", "Agent 114", "Ray G.", "Bianca W."]
SVC = ["svc_sfdc_integration", "svc-braze-currents", "svc_marketo_sync", "mulesoft-prod", "svc.twilio.gw",
       "integration.user@northlakehealth.org.prod", "autoproc", "svc_hubspot_etl", "svc-segment-fwd"]

CITIES = [
    ("Chicago", "IL", "606", ["312", "773", "872"], "Cook"),
    ("Cicero", "IL", "608", ["708"], "Cook"),
    ("Evanston", "IL", "602", ["847", "224"], "Cook"),
    ("Skokie", "IL", "600", ["847"], "Cook"),
    ("Aurora", "IL", "605", ["630", "331"], "Kane"),
    ("Waukegan", "IL", "600", ["847", "224"], "Lake"),
    ("Joliet", "IL", "604", ["815", "779"], "Will"),
    ("Gary", "IN", "464", ["219"], "Lake"),
    ("Hammond", "IN", "463", ["219"], "Lake"),
    ("Kenosha", "WI", "531", ["262"], "Kenosha"),
    ("Milwaukee", "WI", "532", ["414"], "Milwaukee"),
    ("Houston", "TX", "770", ["713", "832", "281"], "Harris"),
    ("San Antonio", "TX", "782", ["210", "726"], "Bexar"),
    ("El Paso", "TX", "799", ["915"], "El Paso"),
    ("Phoenix", "AZ", "850", ["602", "480"], "Maricopa"),
    ("Tucson", "AZ", "857", ["520"], "Pima"),
    ("Miami", "FL", "331", ["305", "786"], "Miami-Dade"),
    ("Orlando", "FL", "328", ["407", "321"], "Orange"),
    ("Fresno", "CA", "937", ["559"], "Fresno"),
    ("Los Angeles", "CA", "900", ["213", "323"], "Los Angeles"),
    ("Berwyn", "IL", "604", ["708"], "Cook"),
    ("Oak Park", "IL", "603", ["708"], "Cook"),
    ("Des Plaines", "IL", "600", ["847"], "Cook"),
    ("Naperville", "IL", "605", ["630", "331"], "DuPage"),
]
STREETS = ["Oak", "Maple", "Cedar", "Pulaski", "Kedzie", "Western", "Halsted", "Main", "Elm", "Washington",
           "Lincoln", "Jefferson", "Cermak", "Ashland", "Devon", "Sheridan", "Milwaukee", "Archer", "Ogden",
           "Harlem", "Cicero", "Lawrence", "Belmont", "Fullerton", "Diversey", "Irving Park", "Addison",
           "Touhy", "Howard", "Foster", "Bryn Mawr", "Pine", "Birch", "Willow", "Sunset", "Lakeview",
           "Prairie", "Greenwood", "Highland", "Park", "Hillcrest", "Martin Luther King Jr", "Roosevelt",
           "Division", "Chicago", "Grand", "Montrose", "Peterson", "Ridge", "Dempster", "Emerson", "Calle Ocho"]
SUFFIX = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Pl", "Way", "Street", "Avenue", "Pkwy", "Ter"]
UNITS = ["", "", "", " Apt 4B", " Unit 2", " #310", " Apt 1R", " Fl 2", " Apt 12", " Unit 3W", " Apt G",
         " # 2F", " Apt. 507"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "comcast.net",
             "att.net", "sbcglobal.net", "proton.me", "live.com", "ymail.com", "msn.com"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON = [m[:3] for m in MONTHS]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def street():
    num = R.choice([R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 12999), R.randint(10, 99)])
    d = ch(["", "", "N ", "S ", "E ", "W "])
    return "%d %s%s %s%s" % (num, d, ch(STREETS), ch(SUFFIX), ch(UNITS))


def dfmt(d, st):
    if st == "iso":
        return d.isoformat()
    if st == "us":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if st == "us_np":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if st == "us2":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if st == "eu":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if st == "de":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if st == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if st == "abbr":
        return "%s %d %d" % (MON[d.month - 1], d.day, d.year)
    if st == "dmon":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1].upper(), d.year)
    if st == "compact":
        return "%d%02d%02d" % (d.year, d.month, d.day)
    if st == "es":
        return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)
    if st == "dash_us":
        return "%02d-%02d-%d" % (d.month, d.day, d.year)
    raise ValueError(st)


def fphone(d10, st=None):
    a, b, c = d10[:3], d10[3:6], d10[6:]
    st = st or ch(["e164", "paren", "dash", "dot", "plain", "intl", "one", "paren_ns"])
    return {"e164": "+1" + d10, "paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "plain": d10, "intl": "+1 %s %s %s" % (a, b, c),
            "one": "1-%s-%s-%s" % (a, b, c), "paren_ns": "(%s)%s-%s" % (a, b, c)}[st]


class Person:
    pass


def fax10(p):
    area = p.phone10[:3] if p is not None else ch(ch(CITIES)[3])
    return area + str(R.randint(200, 989)) + digits(4)


def person(old=False):
    p = Person()
    p.sex = ch("FM")
    p.first = ch(FIRST_F if p.sex == "F" else FIRST_M)
    p.last = ch(LAST)
    p.mi = ch("ABCDEFGHJKLMNPRSTW")
    y = R.randint(1925, 1933) if old else R.randint(1938, 2006)
    p.dob = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
    p.age = REF.year - y - ((REF.month, REF.day) < (p.dob.month, p.dob.day))
    p.old = p.age > 89
    c = ch(CITIES)
    p.city, p.state, p.county = c[0], c[1], c[4]
    p.zip = c[2] + digits(2)
    p.zip4 = p.zip + "-" + digits(4)
    p.street = street()
    exch = ch([str(R.randint(201, 989)), "555"])
    if exch in ("911", "555") and R.random() < 0.5:
        exch = str(R.randint(212, 899))
    p.phone10 = ch(c[3]) + exch + digits(4)
    fa, la = asciify(p.first).lower().replace(" ", "").replace("'", ""), \
        asciify(p.last).lower().replace(" ", "").replace("'", "").replace(".", "")
    p.email = ch([
        "%s.%s%d@%s" % (fa, la, y % 100, ch(EMAIL_DOM)),
        "%s%s@%s" % (fa[0], la, ch(EMAIL_DOM)),
        "%s_%s@%s" % (fa, la, ch(EMAIL_DOM)),
        "%s%s%s@%s" % (fa, la[:4], digits(3), ch(EMAIL_DOM)),
        "%s.%s@%s" % (la, fa, ch(EMAIL_DOM)),
        "%s%d@%s" % (fa, R.randint(1, 99), ch(EMAIL_DOM)),
    ])
    p.full = p.first + " " + p.last
    return p


def pname(p, st=None):
    st = st or ch(["fl", "fl", "fl", "lf", "FL", "LF", "fml", "hl7"])
    if st == "fl":
        return p.first + " " + p.last
    if st == "lf":
        return p.last + ", " + p.first
    if st == "FL":
        return (p.first + " " + p.last).upper()
    if st == "LF":
        return (p.last + ", " + p.first).upper()
    if st == "fml":
        return "%s %s. %s" % (p.first, p.mi, p.last)
    if st == "hl7":
        return (p.last + "^" + p.first).upper()
    raise ValueError(st)


def future_day(a=1, b=60):
    return REF + datetime.timedelta(days=R.randint(a, b))


def past_day(a=1, b=120):
    return REF - datetime.timedelta(days=R.randint(a, b))


def ssn(st=None):
    area = R.randint(1, 899)
    while area == 666:
        area = R.randint(1, 899)
    g, s = R.randint(1, 99), R.randint(1, 9999)
    st = st or ch(["dash", "dash", "plain", "space"])
    if st == "dash":
        return "%03d-%02d-%04d" % (area, g, s)
    if st == "space":
        return "%03d %02d %04d" % (area, g, s)
    return "%03d%02d%04d" % (area, g, s)


def mrn():
    return ch(["E" + digits(7), digits(8), "NLH" + digits(7), "0" + digits(7), "MR" + digits(6),
               digits(7), "NL-" + digits(8)])


def member_id():
    return ch([
        ch(["XEH", "XOF", "ZGP", "YUB", "JQU", "XOD"]) + digits(9),
        "W" + digits(9),
        "U" + digits(8) + "01",
        "H" + digits(8),
        digits(9) + ch(["A", "B", "C1", "D"]),  # medicare-style legacy HICN
        mbi(),
        "MCD" + digits(9),
        digits(11) + "-0" + str(R.randint(1, 4)),
    ])


def mbi(dashed=None):
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    s = (str(R.randint(1, 9)) + ch(L) + ch(AN) + ch("0123456789") + ch(L) + ch(AN) + ch("0123456789") +
         ch(L) + ch(L) + ch("0123456789") + ch("0123456789"))
    if dashed is None:
        dashed = R.random() < 0.4
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashed else s


def card():
    kind = ch(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = ch(["51", "52", "53", "54", "55"]) + digits(13)
    elif kind == "disc":
        body = "6011" + digits(11)
    else:
        body = ch(["34", "37"]) + digits(12)
    num = body + luhn_digit(body)
    st = R.random()
    if kind == "amex" and st < 0.5:
        return "%s %s %s" % (num[:4], num[4:10], num[10:])
    if st < 0.45:
        return " ".join(num[i:i + 4] for i in range(0, len(num), 4))
    if st < 0.55:
        return "-".join(num[i:i + 4] for i in range(0, len(num), 4))
    return num


def bank_acct():
    return ch([digits(10), digits(12), "000" + digits(9), digits(8), digits(4) + "-" + digits(6)])


def pat_acct():
    return ch(["HAR" + digits(9), "PA-" + digits(8), "G" + digits(8), "7" + digits(9), "ACCT-" + digits(7),
               digits(10), "GA" + digits(7), "HB" + digits(8)])


def dl(state=None):
    state = state or ch(["IL", "IL", "TX", "CA", "FL", "AZ", "WI", "IN", "NY"])
    if state == "IL":
        v = ch("ABCDGHKLMNPRSTW") + digits(11)
        return state, v[:4] + "-" + v[4:8] + "-" + v[8:] if R.random() < 0.6 else v
    if state == "TX":
        return state, digits(8)
    if state == "CA":
        return state, ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(7)
    if state == "FL":
        v = ch("ABCDEGHKLMNRSTW") + digits(12)
        return state, "%s-%s-%s-%s-%s" % (v[:4], v[4:7], v[7:9], v[9:12], v[12:]) if R.random() < 0.5 else v
    if state == "AZ":
        return state, ch("ABDFS") + digits(8)
    if state == "WI":
        v = ch("ABCDEFGHJKLMNPRSTW") + digits(13)
        return state, "%s-%s-%s-%s" % (v[:4], v[4:8], v[8:12], v[12:]) if R.random() < 0.5 else v
    if state == "IN":
        return state, digits(4) + "-" + digits(2) + "-" + digits(4)
    return state, digits(3) + " " + digits(3) + " " + digits(3)


def dea(last_initial=None):
    first = ch("ABFGMPR")
    second = last_initial or ch("ABCDEFGHJKLMNPRSTW")
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(chk)


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                                   [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    wmi = ch(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "1G1", "KNA", "1C4", "WBA", "4T1", "JHM"])
    s = list(wmi + "".join(ch(chars) for _ in range(5)) + "0" + ch("JKLMNPRST") + ch(chars) +
             digits(6))
    tot = sum((trans[c] if c.isalpha() else int(c)) * w for c, w in zip(s, weights))
    s[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(s)


def plate():
    return ch([
        ch("ABCDEFGHJKLMNPRSTVWXYZ") + ch("ABCDEFGHJKLMNPRSTVWXYZ") + " " + digits(5),
        digits(1) + alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(3),
        alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + "-" + digits(4),
        alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + " " + digits(1) + alnum(1, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(1),
        digits(3) + " " + alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ"),
    ])


def imei():
    body = ch(["35", "86", "01", "35", "99"]) + digits(12)
    return body + luhn_digit(body)


def mac(sep=None):
    sep = sep if sep is not None else ch([":", ":", "-"])
    up = R.random() < 0.6
    s = sep.join(hexs(2, upper=up) for _ in range(6))
    return s


def dev_serial():
    return ch([
        "PJN" + digits(6) + "S",  # pacemaker-ish
        "RNK" + digits(6) + "H",
        "SM" + digits(8),  # CGM
        "NG" + digits(7) + "H",  # pump
        digits(4) + "-" + digits(6),
        "G7" + alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
        "C" + digits(2) + alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
    ])


def udi():
    return "(01)%s(17)%02d%02d%02d(10)%s(21)%s" % ("0" + digits(13), R.randint(25, 29), R.randint(1, 12),
                                                   R.randint(1, 28), alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
                                                   alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))


def pub_ip():
    first = ch([24, 50, 66, 67, 68, 69, 71, 73, 75, 76, 98, 99, 104, 107, 108, 148, 162, 173, 174, 184, 199,
                207, 208, 47, 70, 74, 97])
    return "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def pub_ip6():
    return "%s:%s:%x:%x::%x" % (ch(["2600:1700", "2601:240", "2603:3005", "2607:fb90", "2600:387", "2601:14d"]),
                                hexs(4).lstrip("0") or "1", R.getrandbits(16), R.getrandbits(16), R.getrandbits(16))


def priv_ip():
    return ch(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
               "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
               "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
               "127.0.0.1"])


def person_url(p):
    fa = asciify(p.first).lower().replace(" ", "")
    la = asciify(p.last).lower().replace(" ", "").replace("'", "").replace(".", "")
    return ch([
        "https://www.facebook.com/%s.%s.%s" % (fa, la, digits(4)),
        "https://www.linkedin.com/in/%s-%s-%s" % (fa, la, hexs(5)),
        "https://twitter.com/%s%s%s" % (fa, la[:5], digits(2)),
        "https://www.instagram.com/%s_%s/" % (fa, la),
        "https://%s%s.blogspot.com/" % (fa, la),
        "https://www.yelp.com/user_details?userid=%s" % alnum(22),
        "https://www.google.com/maps/contrib/1%s" % digits(20),
        "https://www.tiktok.com/@%s.%s" % (fa, la),
        "https://%s-%s.com" % (fa, la),
        "https://www.gofundme.com/f/help-%s-%s-with-medical-bills" % (fa, la),
    ])


def photo_b64(short=False):
    n = R.randint(40, 70) if short else R.randint(60, 110)
    if R.random() < 0.7:
        return b64(n, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00")
    return b64(n, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00")


def data_uri(b):
    return ("data:image/jpeg;base64," if b.startswith("/9j/") else "data:image/png;base64,") + b


def photo_ref(p=None, mrn_v=None):
    mid = mrn_v or digits(8)
    return ch([
        "s3://nlh-crm-prod-media/patient-photos/%s/%s.jpg" % (mid[-2:], uid()),
        "https://media.northlakehealth.org/portal/avatars/%s.png" % uid(),
        "/mnt/crm_attachments/ContactPhoto/%s_headshot.jpeg" % mid,
        "https://nlhcrm.file.force.com/sfc/servlet.shepherd/version/download/0685e00000%s" % alnum(8),
        "gs://nlh-idv-uploads/selfies/%s/%s.jpg" % (REF.strftime("%Y%m%d"), hexs(16)),
        "https://lh3.googleusercontent.com/a-/ALV-Uj%s=s128-c0x00000000-cc-rp-mo" % b64url(30),
    ])


def biometric_b64(kind):
    if kind == "finger":
        return b64(R.randint(60, 100), b"FMR\x00 20\x00")
    if kind == "face":
        return b64(R.randint(64, 96), b"FAC\x00010\x00")
    return b64(R.randint(64, 120))


def other_id():
    kind = ch(["passport", "passport_mx", "curp", "nino", "sin", "cpf", "aadhaar", "dni", "anum", "ine",
               "loyalty"])
    if kind == "passport":
        return "US passport", ch([digits(9), ch("ACEFGHJKLMNPRSTWXZ") + digits(8)])
    if kind == "passport_mx":
        return "pasaporte", ch("GNP") + digits(8)
    if kind == "curp":
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        return "CURP", (ch(L) + ch("AEIOU") + ch(L) + ch(L) + "%02d%02d%02d" % (R.randint(30, 99), R.randint(1, 12),
                        R.randint(1, 28)) + ch("HM") + ch(["JC", "MC", "DF", "GT", "NL", "PL", "CH", "MN"]) +
                        "".join(ch("BCDFGHJKLMNPRSTVZ") for _ in range(3)) + ch("0123456789A") + digits(1))
    if kind == "nino":
        v = ch("ABCEGHJKLMNPRSTWXYZ") + ch("ABCEGHJKLMNPRSTWXYZ") + digits(6) + ch("ABCD")
        return "NI number", v if R.random() < 0.5 else "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    if kind == "sin":
        body = ch("1234567") + digits(7)
        v = body + luhn_digit(body)
        return "SIN", "%s %s %s" % (v[:3], v[3:6], v[6:]) if R.random() < 0.6 else v
    if kind == "cpf":
        return "CPF", "%s.%s.%s-%s" % (digits(3), digits(3), digits(3), digits(2))
    if kind == "aadhaar":
        return "Aadhaar", "%d%s %s %s" % (R.randint(2, 9), digits(3), digits(4), digits(4))
    if kind == "dni":
        n = R.randint(10000000, 99999999)
        return "DNI", "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])
    if kind == "anum":
        return "A-Number", ch(["A", "A-", "A"]) + ch(["0", "2"]) + digits(8)
    if kind == "ine":
        return "clave de elector", "".join(ch("BCDFGHJKLMNPRSTVZ") for _ in range(6)) + digits(8) + ch("HM") + digits(3)
    return "Wellness Rewards card", "NWR " + digits(4) + " " + digits(4) + " " + digits(2)


def npi():
    body = digits(9)
    b = ch("12") + body[1:]
    return b + luhn_digit("80840" + b)


# hospital's own and vendor details (never labeled)
HOSP_PHONES = ["(312) 926-4000", "312-926-4000", "+13129264000", "1-844-926-7325", "(844) 926-7325",
               "+18449264100", "847-570-2000", "(708) 383-9300"]
HOSP_FAX = ["(312) 926-4099", "312-926-4099", "+13129264099"]
HOSP_ADDR = ["1200 N Lake Shore Dr, Chicago, IL 60611", "2700 Ridgeview Ave, Evanston, IL 60201",
             "4500 W Dempster St, Skokie, IL 60076", "1801 S Ashland Ave, Chicago, IL 60608",
             "PO Box 6248, Carol Stream, IL 60197-6248"]
VENDOR_ADDR = ["Twilio Inc., 101 Spear Street, 5th Floor, San Francisco, CA 94105",
               "Lumen Reminders LLC, 410 Congress Ave Ste 900, Austin, TX 78701",
               "Sentrix Survey Partners, 22 W Washington St, Chicago, IL 60602",
               "Pathwell Payments Inc, 11605 Community House Rd, Charlotte, NC 28277",
               "Brightline CRM Solutions, 500 Boylston St, Boston, MA 02116",
               "Cardinal Mailworks, 1 Enterprise Way, Indianapolis, IN 46204"]
SITES = ["NLH Lakeshore Campus", "NLH Oak Street Clinic", "NLH Pilsen Family Health", "NLH Evanston Urgent Care",
         "NLH Skokie Imaging Center", "NLH Heart Institute", "NLH Women's Health - Lincoln Park",
         "NLH Cancer Center at Ridge", "NLH Pediatrics Cermak"]
DEPTS = ["NLH CARDIOLOGY 3W", "NLH MAMMO SKOKIE", "FAM MED PILSEN", "ORTHO LAKESHORE", "GI ENDO SUITE B",
         "ONC INFUSION RIDGE", "PEDS CERMAK", "DERM EVANSTON", "SLEEP LAB 2E", "PT/OT SKOKIE"]
CAMPAIGNS = ["FY25 Mammo Outreach", "Flu Shot Fall 2024", "Colorectal Screening 45+", "Annual Wellness Visit Q4",
             "Diabetes A1c Recall", "MyNLH Portal Activation", "Post-Discharge Follow-up 48h",
             "Black Friday Wellness Store", "Heart Month Webinar", "RSV Vaccine 60+", "Medicare AEP 2025",
             "Recordatorio de Citas ES", "Lung Screening Shared Decision", "Bill Pay Nudge v3"]
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
       "Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko",
       "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"]


def hosp_url():
    return "https://www.northlakehealth.org" + ch(["/locations/lakeshore-campus", "/flu", "/mammogram",
                                                    "/billing/pay-online", "/find-a-doctor?specialty=cardiology",
                                                    "/mychart-help", "/es/citas", "/events/heart-month-2025",
                                                    "/careers/nursing", "/wellness/rewards"])


def sid(prefix):
    return prefix + hexs(32)


def jwt():
    hdr = base64.urlsafe_b64encode(b'{"alg":"RS256","kid":"' + hexs(8).encode() + b'","typ":"JWT"}').decode().rstrip("=")
    pl = base64.urlsafe_b64encode(('{"iss":"https://login.northlakehealth.org","sub":"%s","aud":"crm-events",'
                                   '"iat":%d,"scope":"events:write"}' % (ch(SVC), 1731900000 + R.randint(0, 99999))
                                   ).encode()).decode().rstrip("=")
    return hdr + "." + pl + "." + b64url(64)


# --------------------------------------------------------------------------
# helpers for templates
# --------------------------------------------------------------------------
def pick(items, kmin, kmax, must=()):
    """ordered random subset; items whose key is in must are always kept"""
    k = R.randint(kmin, min(kmax, len(items)))
    idx = sorted(R.sample(range(len(items)), k))
    keep = [i for i, it in enumerate(items) if it[0] in must]
    idx = set(idx) | set(keep)
    phi_idx = [i for i, it in enumerate(items) if _has_p(it[1])]
    if phi_idx and not any(i in idx for i in phi_idx):
        idx.add(R.choice(phi_idx))
    return [items[i] for i in sorted(idx)]


def _has_p(v):
    if isinstance(v, (P, N)):
        return True
    if isinstance(v, Obj):
        return any(_has_p(x) for _, x in v.items)
    if isinstance(v, Txt):
        return any(isinstance(s, P) for s in flat(v.segs))
    if isinstance(v, list):
        return any(_has_p(x) for x in v)
    return False


def has_phi(segs):
    return any(isinstance(s, P) for s in flat(segs))


def tfmt():
    return "%02d:%02d" % (R.choice([7, 8, 9, 10, 11, 13, 14, 15, 16]), R.choice([0, 15, 30, 45]))


def hospital_sms():
    return ch(["72684", "+18449264100", "+13129264410", "+18475702010"])


# ========================== 1. Salesforce Apex debug log =====================
def f_sfdc_apex_debug(pos):
    t = tick()
    pre = "%s.%03d (%d)|" % (t.strftime("%H:%M:%S"), t.microsecond // 1000, R.randint(100000, 9999999999))
    ln = R.randint(12, 480)
    if not pos:
        v = R.randint(0, 10)
        if R.random() < 0.2:
            v = 1
        if v == 0:
            return [pre, "SOQL_EXECUTE_BEGIN|[%d]|Aggregations:0|SELECT Id, Name, Status, StartDate FROM Campaign "
                         "WHERE StartDate = LAST_N_DAYS:30 AND OwnerId = '%s' LIMIT 200" % (ln, sfid("005"))]
        if v == 1:
            return [pre, "SOQL_EXECUTE_BEGIN|[%d]|Aggregations:0|SELECT Id FROM Account WHERE HealthCloudGA__Age__pc "
                         ">= %d AND HealthCloudGA__Age__pc <= %d AND CALENDAR_YEAR(PersonBirthdate) > %d AND "
                         "PersonMailingState IN ('IL','WI','IN') AND CreatedDate > %s LIMIT %d" % (
                             ln, ch([45, 50, 65]), ch([74, 84, 89]), ch([1935, 1940, 1950]),
                             iso_s(CLOCK[0] - datetime.timedelta(days=90)), ch([200, 2000, 10000]))]
        if v == 2:
            return [pre, "CODE_UNIT_STARTED|[EXTERNAL]|01q5e000000%s|CampaignMemberTrigger on CampaignMember "
                         "trigger event AfterInsert|__sfdc_trigger/CampaignMemberTrigger" % alnum(4)]
        if v == 3:
            return [pre, "LIMIT_USAGE_FOR_NS|(default)|Number of SOQL queries: %d out of 100; Maximum CPU time: "
                         "%d out of 10000; Maximum heap size: %d out of 6000000" % (R.randint(1, 99),
                                                                                 R.randint(10, 9999),
                                                                                 R.randint(0, 5999999))]
        if v == 4:
            return [pre, "USER_DEBUG|[%d]|DEBUG|ReminderDispatchBatch finished jobId=%s processed=%d failed=%d "
                         "elapsed=%dms nextFire=%s" % (ln, sfid("707")[:15], R.randint(200, 4000),
                                                       R.randint(0, 20), R.randint(900, 40000),
                                                       iso_ms(t + datetime.timedelta(hours=24)))]
        if v == 5:
            return [pre, "USER_DEBUG|[%d]|DEBUG|Case %s owner reassigned to queue Patient_Access_ES by rule "
                         "PA-ROUTE-%d (requested by %s, NPI %s)" % (ln, sfid("500"), R.randint(1, 12), ch(CLIN),
                                                                     npi())]
        if v == 6:
            return [pre, "CALLOUT_REQUEST|[%d]|System.HttpRequest[Endpoint=https://braze-relay.nlh.local:8443/"
                         "users/track, Method=POST]" % ln]
        if v == 7:
            return [pre, "CALLOUT_RESPONSE|[%d]|System.HttpResponse[Status=Too Many Requests, StatusCode=429] "
                         "retryAfter=30s requestId=%s" % (ln, uid())]
        if v == 8:
            return ["59.0 APEX_CODE,FINEST;APEX_PROFILING,INFO;CALLOUT,INFO;DB,INFO;NBA,INFO;SYSTEM,DEBUG;"
                    "VALIDATION,INFO;VISUALFORCE,INFO;WAVE,INFO;WORKFLOW,INFO"]
        if v == 9:
            return [pre, "VARIABLE_ASSIGNMENT|[%d]|cfg|" % ln] + J(
                ("BatchSize__c", 200), ("ApiVersion__c", "59.0"), ("Endpoint__c", "callout:Braze_Prod"),
                ("DefaultSender__c", ch(HOSP_PHONES)), ("SupportEmail__c", "patientexperience@northlakehealth.org"),
                ("ReturnAddress__c", ch(HOSP_ADDR)), ("Id", sfid("a0B"))) + ["|0x%s" % hexs(8)]
        return [pre, "EXCEPTION_THROWN|[%d]|System.CalloutException: Read timed out after 120000ms (endpoint "
                     "crm-int-0%d.nlh.local:8443, attempt %d/5)" % (ln, R.randint(1, 6), R.randint(1, 5))]
    p = person(old=R.random() < 0.3)
    v = R.randint(0, 6)
    if v == 0:
        aid = sfid("001")
        items = [("FirstName", P(p.first, "name")), ("LastName", P(p.last, "name")),
                 ("PersonBirthdate", P(p.dob.isoformat(), "date")),
                 ("PersonMobilePhone", P(fphone(p.phone10, ch(["paren", "e164", "dash"])), "phone")),
                 ("PersonEmail", P(p.email, "email")), ("PersonMailingStreet", P(p.street, "address")),
                 ("PersonMailingCity", P(p.city, "address")), ("PersonMailingState", p.state),
                 ("PersonMailingPostalCode", P(p.zip, "zip")),
                 ("HealthCloudGA__MedicalRecordNumber__pc", P(mrn(), "mrn")),
                 ("HealthCloudGA__Gender__pc", "Female" if p.sex == "F" else "Male"),
                 ("Fax", P(fphone(fax10(p), ch(["paren", "dash"])), "fax")),
                 ("Personal_Website__pc", P(person_url(p), "url")),
                 ("Parking_Plate__pc", P(plate(), "vehicle")),
                 ("PhotoUrl", P(photo_ref(), "photo"))]
        items = [("attributes", Obj([("type", "Account"), ("url", "/services/data/v59.0/sobjects/Account/" + aid)]))] + \
            pick(items, 3, 8, must=("LastName",)) + [("Id", aid)]
        return [pre, "VARIABLE_ASSIGNMENT|[%d]|%s|" % (ln, ch(["acc", "pa", "newAcct", "this.person"]))] + \
            js(Obj(items)) + ["|0x%s" % hexs(8)]
    if v == 1:
        return [pre, "USER_DEBUG|[%d]|DEBUG|PatientMatchService: no exact match for " % ln,
                P(pname(p, ch(["lf", "LF"])), "name"), " (DOB ", P(dfmt(p.dob, ch(["iso", "us"])), "date"),
                ", ZIP ", P(p.zip, "zip"), "); score=0.%02d candidates=[%s, %s]" % (R.randint(40, 89), sfid("001"),
                                                                                  sfid("001"))]
    if v == 2:
        m = mrn()
        return [pre, "EXCEPTION_THROWN|[%d]|System.DmlException: Insert failed. First exception on row 0; first "
                     "error: DUPLICATE_VALUE, duplicate value found: HealthCloudGA__SourceSystemId__c duplicates "
                     "value '" % ln, P(m, "mrn"), "' on record with id: %s: []" % sfid("001")]
    if v == 3:
        return [pre, "USER_DEBUG|[%d]|INFO|MemberPlan upsert MemberNumber=" % ln, P(member_id(), "health_plan"),
                " GroupNumber=GRP%s Payer=\"%s\" Subscriber=\"" % (digits(5), ch(["Blue Cross Blue Shield of Illinois",
                                                                                 "Aetna Medicare Advantage",
                                                                                 "Molina Healthcare of Illinois",
                                                                                 "Cigna PPO", "Humana Gold Plus"])),
                P(pname(p, "fl"), "name"), "\" Relationship=%s" % ch(["Self", "Spouse", "Child", "Other"])]
    if v == 4:
        st, d = dl()
        return [pre, "USER_DEBUG|[%d]|INFO|IDV: DL " % ln, P(d, "license"), " (%s) verified for contact %s; "
                "SSN " % (st, sfid("003")), P(ssn(), "ssn"), " matched bureau; riskScore=%d" % R.randint(300, 990)]
    if v == 5:
        return [pre, "USER_DEBUG|[%d]|DEBUG|LeadConvert ok: " % ln, P(pname(p, "fl"), "name"), " <",
                P(p.email, "email"), "> ph ", P(fphone(p.phone10), "phone"),
                " -> Contact %s, campaign '%s'" % (sfid("003"), ch(CAMPAIGNS))]
    if not p.old:
        p = person(old=True)
    return [pre, "USER_DEBUG|[%d]|WARN|AgeGate: patient age " % ln, P(str(p.age), "age"),
            " exceeds 89; masking PersonBirthdate ", P(dfmt(p.dob, "iso"), "date"),
            " before Marketing Cloud sync (contact %s)" % sfid("003")]


# ========================== 2. Salesforce platform events ====================
def f_sfdc_platform_event(pos):
    t = tick()
    evt = ch(["Appointment_Reminder__e", "Patient_Engagement__e", "Care_Gap_Outreach__e", "Consent_Change__e",
              "Referral_Intake__e"])
    if not pos:
        items = [("CreatedDate", iso_ms(t)), ("CreatedById", sfid("005")),
                 ("Batch_Id__c", sfid("707")[:15]), ("Status__c", ch(["COMPLETED", "QUEUED", "PARTIAL", "FAILED"])),
                 ("Records_Processed__c", R.randint(10, 5000)),
                 ("Template__c", "AP_REM_%s_v%d.%d.%d" % (ch(["24H_ES", "72H_EN", "48H_EN"]), R.randint(1, 4),
                                                          R.randint(0, 9), R.randint(0, 20))),
                 ("Next_Run__c", iso_ms(t + datetime.timedelta(hours=R.randint(1, 48)))),
                 ("Sender__c", ch(HOSP_PHONES)), ("Org_Id__c", "00D5e000000" + alnum(4) + "EAF"),
                 ("Campaign_Id__c", sfid("701")), ("Owner__c", ch(SVC)), ("Department__c", ch(DEPTS)),
                 ("Provider_NPI__c", npi()), ("Provider__c", ch(CLIN)), ("Location__c", ch(SITES)),
                 ("Trace_Id__c", hexs(32)), ("Reply_To__c", "no-reply@northlakehealth.org")]
        payload = Obj(pick(items, 5, 10, must=("CreatedDate",)))
    else:
        p = person(old=R.random() < 0.3)
        items = []
        if R.random() < 0.5:
            items.append(("Patient_Full_Name__c", P(pname(p, ch(["fl", "fl", "fml", "lf"])), "name")))
        else:
            items += [("Patient_First_Name__c", P(p.first, "name")), ("Patient_Last_Name__c", P(p.last, "name"))]
        items += [("Birthdate__c", P(p.dob.isoformat(), "date")),
                  ("Appt_Date__c", P(future_day().isoformat(), "date")), ("Appt_Time__c", tfmt()),
                  ("Mobile_Phone__c", P(fphone(p.phone10, ch(["e164", "plain"])), "phone")),
                  ("Email__c", P(p.email, "email")), ("MRN__c", P(mrn(), "mrn")),
                  ("Mailing_Street__c", P(p.street, "address")), ("Mailing_City__c", P(p.city, "address")),
                  ("Mailing_County__c", P(p.county, "address")), ("Mailing_State__c", p.state),
                  ("Mailing_Postal_Code__c", P(ch([p.zip, p.zip4]), "zip")),
                  ("Preferred_Language__c", ch(["es", "en", "pl", "zh", "vi"])),
                  ("Provider_Name__c", ch(CLIN)), ("Department__c", ch(DEPTS)),
                  ("Member_Id__c", P(member_id(), "health_plan")),
                  ("Drivers_License__c", P(dl()[1], "license")),
                  ("Gov_Id_Number__c", P(other_id()[1], "other_id")),
                  ("Home_Fax__c", P(fphone(p.phone10[:3] + str(R.randint(200, 989)) + digits(4),
                                           ch(["dash", "paren"])), "fax"))]
        if p.old:
            items.append(("Age__c", N(p.age, "age")))
        base = [("CreatedDate", iso_ms(t)), ("CreatedById", sfid("005"))]
        payload = Obj(base + pick(items, 3, 7, must=("Patient_Full_Name__c", "Patient_Last_Name__c", "Age__c")))
    if R.random() < 0.5:
        return J(("channel", "/event/" + evt),
                 ("data", Obj([("schema", alnum(22)), ("payload", payload),
                               ("event", Obj([("replayId", R.randint(1000, 9999999))]))])))
    return ["%s INFO  [pubsub-subscriber-%d] received topic=/event/%s replayId=%d payload=" % (
        py_ts(t), R.randint(1, 4), evt, R.randint(1000, 9999999))] + js(payload)


# ========================== 3. HubSpot webhooks ==============================
HS_NEG_PROPS = [("lifecyclestage", ["marketingqualifiedlead", "subscriber", "customer", "lead"]),
                ("hs_lead_status", ["IN_PROGRESS", "OPEN_DEAL", "CONNECTED", "ATTEMPTED_TO_CONTACT"]),
                ("hubspot_owner_id", None), ("hs_email_optout", ["true", "false"]),
                ("recent_conversion_event_name", ["Form: Flu Clinic RSVP", "Form: Heart Month Webinar",
                                                  "Form: Request a Callback (ES)"]),
                ("hs_analytics_source", ["PAID_SOCIAL", "ORGANIC_SEARCH", "EMAIL_MARKETING", "DIRECT_TRAFFIC"]),
                ("preferred_location", SITES), ("num_associated_deals", ["0", "1", "2"]),
                ("hs_latest_source_timestamp", None), ("service_line_interest", ["Cardiology", "Orthopedics",
                                                                                 "Women's Health", "Bariatrics"])]


def f_hubspot_webhook(pos):
    t = tick()
    portal, app = R.randint(2000000, 9999999), R.randint(100000, 999999)

    def ev(prop, val, otype="contact"):
        return Obj([("eventId", R.randint(10 ** 9, 4 * 10 ** 9)), ("subscriptionId", R.randint(100000, 3000000)),
                    ("portalId", portal), ("appId", app), ("occurredAt", epoch_ms(t)),
                    ("subscriptionType", otype + ".propertyChange"), ("attemptNumber", R.randint(0, 3)),
                    ("objectId", R.randint(10 ** 5, 10 ** 11)), ("propertyName", prop), ("propertyValue", val),
                    ("changeSource", ch(["FORM", "CRM_UI", "INTEGRATION", "API", "IMPORT"])),
                    ("sourceId", ch(["userId:" + str(R.randint(1000000, 99999999)), "form:" + uid(),
                                     ch(SVC)]))])

    def negval(name, opts):
        if name == "hubspot_owner_id":
            return str(R.randint(10000000, 99999999))
        if name == "hs_latest_source_timestamp":
            return str(epoch_ms(t) - R.randint(1000, 10 ** 9))
        return ch(opts)

    if not pos:
        if R.random() < 0.3:
            evs = [Obj([("eventId", R.randint(10 ** 9, 4 * 10 ** 9)), ("subscriptionId", R.randint(100000, 3000000)),
                        ("portalId", portal), ("appId", app), ("occurredAt", epoch_ms(t)),
                        ("subscriptionType", "deal.propertyChange"), ("attemptNumber", 0),
                        ("objectId", R.randint(10 ** 9, 10 ** 11)), ("propertyName", "amount"),
                        ("propertyValue", "%d.%02d" % (R.randint(50, 9000), R.randint(0, 99))),
                        ("changeSource", "CRM_UI"), ("sourceId", "userId:" + str(R.randint(1000000, 99999999)))])]
        else:
            evs = []
            for _ in range(R.randint(1, 3)):
                name, opts = ch(HS_NEG_PROPS)
                evs.append(ev(name, negval(name, opts)))
        return ["%s POST /webhooks/hubspot/v3 sig=v3 " % iso_ms(t)] + js(evs) if R.random() < 0.5 else js(evs)
    p = person(old=R.random() < 0.25)
    v = R.randint(0, 2)
    if v < 2:
        cands = [("firstname", P(p.first, "name")), ("lastname", P(p.last, "name")),
                 ("phone", P(fphone(p.phone10), "phone")), ("mobilephone", P(fphone(p.phone10), "phone")),
                 ("email", P(p.email, "email")), ("date_of_birth", P(p.dob.isoformat(), "date")),
                 ("date_of_birth", P(str(epoch_ms(datetime.datetime(p.dob.year, p.dob.month, p.dob.day))), "date")),
                 ("address", P(p.street, "address")), ("city", P(p.city, "address")),
                 ("zip", P(p.zip, "zip")), ("fax", P(fphone(fax10(p), "dash"), "fax")),
                 ("patient_mrn", P(mrn(), "mrn")), ("insurance_member_id", P(member_id(), "health_plan")),
                 ("hs_whatsapp_phone_number", P(fphone(p.phone10, "e164"), "phone")),
                 ("ip_city", P(p.city, "address")), ("drivers_license_number", P(dl()[1], "license")), ("nlh_next_appointment", P(future_day().isoformat(), "date"))]
        evs = [ev(k, x) for k, x in R.sample(cands, R.randint(1, 3))]
        if R.random() < 0.4:
            name, opts = ch(HS_NEG_PROPS)
            evs.insert(R.randint(0, len(evs)), ev(name, negval(name, opts)))
        return js(evs) if R.random() < 0.5 else ["%s POST /webhooks/hubspot/v3 sig=v3 " % iso_ms(t)] + js(evs)
    fields = [("firstname", P(p.first, "name")), ("lastname", P(p.last, "name")), ("email", P(p.email, "email")),
              ("mobilephone", P(fphone(p.phone10), "phone")), ("zip", P(p.zip, "zip")),
              ("preferred_location", ch(SITES)), ("reason_for_visit", ch(["Annual physical", "Mammogram",
                                                                         "Knee pain", "Second opinion"])),
              ("date_of_birth", P(dfmt(p.dob, "us"), "date"))]
    fields = pick(fields, 3, 7, must=("email",))
    return ["hubspot.forms.submission formGuid=%s portal=%d " % (uid(), portal)] + J(
        ("submittedAt", epoch_ms(t)),
        ("fields", [Obj([("objectTypeId", "0-1"), ("name", k), ("value", x)]) for k, x in fields]),
        ("context", Obj([("pageUri", hosp_url()), ("pageName", "Request an Appointment | Northlake Health")])))


# ========================== 4. Marketo ======================================
def f_marketo_webhook(pos):
    t = tick()
    rid = "%s#%s" % (hexs(4), hexs(11))
    if not pos:
        v = R.randint(0, 3)
        if v == 0:
            return ["%s mkto.activity type=\"Email Delivered\" activityTypeId=7 campaignId=%d programId=%d "
                    "program=\"%s\" leadCount=%d requestId=%s" % (iso_s(t), R.randint(1000, 9999),
                                                                 R.randint(1000, 4000), ch(CAMPAIGNS),
                                                                 R.randint(100, 40000), rid)]
        if v == 1:
            return ["%s GET /rest/v1/activities/pagingtoken.json?sinceDatetime=%s 200 %dms requestId=%s "
                    "nextPageToken=%s" % (iso_s(t), iso_s(t - datetime.timedelta(days=1)), R.randint(80, 900), rid,
                                          alnum(40))]
        if v == 2:
            return ["%s mkto.bulk export exportId=%s status=Completed numberOfRecords=%d fileSize=%d "
                    "fileChecksum=sha256:%s format=CSV" % (iso_s(t), uid(), R.randint(1000, 90000),
                                                          R.randint(10 ** 5, 10 ** 8), hexs(64))]
        return ["%s mkto-webhook[%d]: POST https://hooks.nlh-int.net/mkto/program-sync status=200 body=" % (
            iso_s(t), R.randint(1000, 32000))] + J(
            ("programId", R.randint(1000, 4000)), ("programName", ch(CAMPAIGNS)), ("channel", "Email Send"),
            ("costPeriod", "2024-11"), ("cost", R.randint(500, 20000)), ("owner", "svc_marketo_sync"),
            ("folder", "NLH > Service Lines > %s" % ch(["Cardio", "Onc", "Ortho", "Primary Care"])))
    p = person(old=R.random() < 0.2)
    v = R.randint(0, 2)
    if v == 0:
        items = [("leadId", R.randint(100000, 9999999)), ("email", P(p.email, "email")),
                 ("firstName", P(p.first, "name")), ("lastName", P(p.last, "name")),
                 ("mobilePhone", P(fphone(p.phone10), "phone")), ("dateofBirth", P(p.dob.isoformat(), "date")),
                 ("address", P(p.street, "address")), ("city", P(p.city, "address")), ("state", p.state),
                 ("postalCode", P(p.zip, "zip")), ("fax", P(fphone(fax10(p), "dash"), "fax")),
                 ("socialProfileURL", P(person_url(p), "url")), ("campaign", ch(CAMPAIGNS)),
                 ("leadSource", ch(["Website", "Paid Search", "Community Event", "Referral"]))]
        items = pick(items, 4, 9, must=("leadId", "email"))
        return ["%s mkto-webhook[%d]: POST https://hooks.nlh-int.net/mkto/lead-sync status=%d body=" % (
            iso_s(t), R.randint(1000, 32000), ch([200, 200, 202, 500]))] + js(Obj(items))
    if v == 1:
        if R.random() < 0.6:
            q = ["filterType=email&filterValues=", P(qenc(p.email), "email")]
        else:
            q = ["filterType=mobilePhone&filterValues=", P(qenc(fphone(p.phone10, ch(["dash", "plain", "paren"]))),
                                                           "phone")]
        return ["%s GET /rest/v1/leads.json?" % iso_s(t)] + q + [
            "&fields=id,firstName,lastName,email,updatedAt 200 %dms requestId=%s" % (R.randint(50, 900), rid)]
    return ["%s mkto.lead.merge winner=%d loser=%d mergedBy=%s fields={lastName:'" % (iso_s(t), R.randint(10 ** 5, 10 ** 7),
                                                                                    R.randint(10 ** 5, 10 ** 7), ch(SVC)),
            P(p.last, "name"), "', firstName:'", P(p.first, "name"), "', mobilePhone:'",
            P(fphone(p.phone10, "dash"), "phone"), "'}"]


# ========================== 5. Braze Currents ===============================
def f_braze_currents(pos):
    t = tick()
    app = uid()
    base = [("id", uid()), ("time", epoch(t))]
    if not pos:
        v = R.randint(0, 3)
        if v == 0:
            props = Obj([("campaign_id", uid()), ("campaign_name", ch(CAMPAIGNS)), ("conversion_behavior_index", 0),
                         ("send_id", hexs(24)), ("message_variation_id", uid())])
            et = "users.campaigns.Conversion"
        elif v == 1:
            props = Obj([("canvas_id", uid()), ("canvas_name", ch(CAMPAIGNS)), ("canvas_step_id", uid()),
                         ("canvas_step_name", "Step %d - %s" % (R.randint(1, 6), ch(["SMS 24h", "Email D-3",
                                                                                   "Push nudge", "Delay 2d"]))),
                         ("canvas_variation_name", "Variant " + ch("AB")), ("in_control_group", False)])
            et = "users.canvas.Entry"
        elif v == 2:
            props = Obj([("platform", ch(["ios", "android"])), ("os_version", ch(["iOS 17.5.1", "Android 14"])),
                         ("device_model", ch(["iPhone15,3", "SM-S918U", "Pixel 8", "iPhone12,1"])),
                         ("app_version", "%d.%d.%d" % (R.randint(3, 6), R.randint(0, 30), R.randint(0, 9))),
                         ("campaign_name", ch(CAMPAIGNS)), ("dispatch_id", hexs(24)), ("ad_tracking_enabled", False)])
            et = "users.messages.pushnotification.Send"
        elif True:
            return ["%s braze.segment.refresh segment=\"%s\" filters=[age>=%d, age<=%d, birth_year<=%d, state=IL, "
                    "zip_prefix=606] size=%d previous=%d took=%dms" % (
                        iso_ms(t), ch(["AWV 65+", "Mammo 50-74", "Colorectal 45-75", "RSV 60+"]), ch([45, 50, 60, 65]),
                        ch([74, 75, 85, 89]), ch([1959, 1964, 1974]), R.randint(1000, 90000), R.randint(1000, 90000),
                        R.randint(100, 9000))]
        else:
            return ["%s braze-currents-consumer partition=%d offset=%d batch=%d lag_ms=%d avro_schema=%s "
                    "s3=s3://nlh-braze-currents/dataexport.prod-03.S3.integration.%s/event_type=users.messages.sms"
                    ".Delivery/date=%s/" % (iso_ms(t), R.randint(0, 11), R.randint(10 ** 6, 10 ** 9),
                                            R.randint(10, 500), R.randint(5, 9000), hexs(16), hexs(24),
                                            t.strftime("%Y-%m-%d-%H"))]
        user = Obj([("user_id", hexs(24)), ("external_user_id", uid()), ("timezone", "America/Chicago")])
        return js(Obj(base + [("event_type", et), ("user", user), ("app", Obj([("id", app)])), ("properties", props)]))
    p = person(old=R.random() < 0.25)
    v = R.randint(0, 4)
    user_items = [("user_id", hexs(24)), ("external_user_id", uid()), ("timezone", "America/Chicago")]
    if v == 0:
        et = "users.messages.sms.Delivery"
        props = Obj([("campaign_name", ch(CAMPAIGNS)), ("to_phone_number", P(fphone(p.phone10, "e164"), "phone")),
                     ("from_phone_number", hospital_sms()), ("subscription_group_id", uid())])
    elif v == 1:
        et = "users.messages.email.Open"
        props = Obj([("email_address", P(p.email, "email")), ("campaign_name", ch(CAMPAIGNS)),
                     ("user_agent", ch(UAS)), ("ip_pool", "nlh-marketing-%d" % R.randint(1, 3)),
                     ("machine_open", ch(["true", "false"]))])
    elif v == 2:
        et = "users.behaviors.CustomEvent"
        pr = [("appt_date", P(future_day().isoformat(), "date")), ("location", ch(SITES)),
              ("provider", ch(CLIN)), ("visit_type", ch(["NEW PT", "FOLLOW UP", "TELEHEALTH"]))]
        if R.random() < 0.5:
            pr.append(("mrn", P(mrn(), "mrn")))
        ename = "appointment_booked"
        if R.random() < 0.4:
            doc = ch(CLIN)
            pr = [("rx_due_date", P(future_day(1, 14).isoformat(), "date")), ("prescriber", doc),
                  ("prescriber_dea", P(dea(doc.split()[-1][0] if doc.startswith("Dr.") else None), "license")),
                  ("pharmacy", ch(["NLH Outpatient Pharmacy", "Walgreens #0%d" % R.randint(1000, 9999)]))]
            ename = "rx_refill_due"
        props = Obj([("name", ename), ("properties", Obj(pr))])
    elif v == 3:
        et = "users.messages.sms.InboundReceive"
        body = ch([
            ["Soy ", P(pname(p, "fl"), "name"), ", mi cita es el ", P(dfmt(future_day(), "eu"), "date"),
             " pero no puedo ir"],
            ["this is ", P(p.first.lower() + " " + p.last.lower(), "name"), " pls call me back at ",
             P(fphone(digits(0) + p.phone10, ch(["dash", "dot"])), "phone")],
            ["Confirm. My dob is ", P(dfmt(p.dob, "us_np"), "date")],
            ["new email ", P(p.email, "email"), " thx"],
        ])
        props = Obj([("user_phone_number", P(fphone(p.phone10, "e164"), "phone")),
                     ("inbound_phone_number", hospital_sms()), ("message_body", Txt(*body)),
                     ("action", "reply")])
    else:
        attrs = [("external_id", uid()), ("first_name", P(p.first, "name")), ("last_name", P(p.last, "name")),
                 ("phone", P(fphone(p.phone10, "e164"), "phone")), ("email", P(p.email, "email")),
                 ("dob", P(p.dob.isoformat(), "date")), ("home_city", P(p.city, "address")),
                 ("zip_code", P(p.zip, "zip")), ("preferred_language", "es")]
        if p.old:
            attrs.append(("age_years", N(p.age, "age")))
        attrs = pick(attrs, 3, 7, must=("external_id", "last_name"))
        return ["%s POST https://rest.iad-03.braze.com/users/track %d %dms body=" % (
            iso_ms(t), ch([201, 201, 400]), R.randint(40, 700))] + J(("attributes", [Obj(attrs)]))
    return js(Obj(base + [("event_type", et), ("user", Obj(user_items)), ("app", Obj([("id", app)])),
                          ("properties", props)]))


# ========================== 6. Iterable =====================================
def f_iterable_webhook(pos):
    t = tick()
    if not pos:
        if R.random() < 0.5:
            return J(("eventName", "blast.send"), ("dataFields", Obj([
                ("campaignId", R.randint(1000000, 9999999)), ("listIds", [R.randint(100000, 999999)]),
                ("templateId", R.randint(1000000, 9999999)), ("messageTypeId", R.randint(10000, 99999)),
                ("sendSize", R.randint(100, 90000)), ("createdAt", t.strftime("%Y-%m-%d %H:%M:%S +00:00")),
                ("campaignName", ch(CAMPAIGNS))])))
        return ["%s iterable-webhook delivered endpoint=https://api.iterable.com/api/events/track status=%d "
                "latency=%dms projectId=%d workflowId=%d x-request-id=%s" % (iso_ms(t), ch([200, 200, 429]),
                                                                            R.randint(20, 900),
                                                                            R.randint(1000, 99999),
                                                                            R.randint(100000, 999999), uid())]
    p = person()
    v = R.randint(0, 2)
    if v == 0:
        df = [("ip", P(ch([pub_ip(), pub_ip(), pub_ip6()]), "ip")), ("userAgent", ch(UAS)),
              ("url", hosp_url()), ("campaignId", R.randint(1000000, 9999999)),
              ("templateId", R.randint(1000000, 9999999)), ("messageId", hexs(32)),
              ("createdAt", t.strftime("%Y-%m-%d %H:%M:%S +00:00"))]
        return J(("email", P(p.email, "email")), ("eventName", ch(["emailClick", "emailOpen"])),
                 ("dataFields", Obj(pick(df, 3, 7, must=("ip", "messageId")))))
    if v == 1:
        return J(("email", P(p.email, "email")), ("eventName", "smsReceived"), ("dataFields", Obj([
            ("fromPhoneNumber", P(fphone(p.phone10, "e164"), "phone")), ("toPhoneNumber", hospital_sms()),
            ("text", Txt(*ch([["RESCHEDULE"], ["Y"], ["cancel please, ", P(p.first, "name"), " is in the hospital"],
                              ["my zip changed to ", P(p.zip, "zip")]]))),
            ("createdAt", t.strftime("%Y-%m-%d %H:%M:%S +00:00"))])))
    return J(("email", P(p.email, "email")), ("eventName", "appointmentReminderSent"), ("dataFields", Obj([
        ("firstName", P(p.first, "name")), ("apptDate", P(dfmt(future_day(), ch(["us", "iso", "long"])), "date")),
        ("apptTime", tfmt()), ("clinic", ch(SITES)), ("providerName", ch(CLIN))])))


# ========================== 7. Twilio SMS callbacks ==========================
def f_twilio_sms(pos):
    t = tick()
    acct = sid("AC")
    if not pos:
        v = R.randint(0, 3)
        if v == 0:
            return ["%s twilio.status sid=%s svc=%s status=%s error_code=%s segments=%d price_usd=-0.%04d ms=%d" % (
                iso_ms(t), sid("SM"), sid("MG"), ch(["undelivered", "failed", "delivered", "sent"]),
                ch(["30007", "30003", "30005", "21610", "0"]), R.randint(1, 4), R.randint(79, 320),
                R.randint(40, 1200))]
        if v == 1:
            return ["%s WARN X-Twilio-Signature mismatch sig=%s url=https://hooks.northlakehealth.org/twilio/sms/status"
                    " remote=%s:%d ua=\"TwilioProxy/1.1\"" % (iso_ms(t), b64(20), priv_ip(), R.randint(30000, 65000))]
        if v == 2:
            return ["%s twilio.messaging_service %s throughput=%d mps queue_depth=%d a2p_campaign=%s brand=%s "
                    "short_code=72684 toll_free=+18449264100" % (iso_ms(t), sid("MG"), R.randint(1, 100),
                                                                 R.randint(0, 40000), "CM" + hexs(32)[:30],
                                                                 "BN" + hexs(32))]
        return ["%s POST /twilio/sms/status 204 params=" % iso_ms(t)] + qs([
            ("SmsSid", sid("SM")), ("SmsStatus", "sent"), ("MessageStatus", "sent"),
            ("MessagingServiceSid", sid("MG")), ("AccountSid", acct), ("ApiVersion", "2010-04-01"),
            ("ErrorCode", ch(["30007", "30008"]))])
    p = person()
    v = R.randint(0, 3)
    if v == 0:
        body = ch([["C"], ["STOP"], ["Confirmo"],
                   ["Soy ", P(pname(p, "fl"), "name"), " fecha de nacimiento ", P(dfmt(p.dob, "eu"), "date")],
                   ["Need to reschedule ", P(dfmt(future_day(), "us_np"), "date"), " appt"],
                   ["My new address is ", P(p.street, "address"), " ", P(p.city, "address")]])
        items = [("ToCountry", "US"), ("ToState", "IL"), ("SmsMessageSid", sid("SM")), ("NumMedia", "0"),
                 ("ToCity", ""), ("FromZip", P(p.zip, "zip")), ("SmsSid", sid("SM")), ("FromState", p.state),
                 ("SmsStatus", "received"), ("FromCity", P(p.city.upper(), "address")), ("Body", body),
                 ("FromCountry", "US"), ("To", hospital_sms()), ("ToZip", ""), ("NumSegments", "1"),
                 ("MessageSid", sid("SM")), ("AccountSid", acct), ("From", P(fphone(p.phone10, "e164"), "phone")),
                 ("ApiVersion", "2010-04-01")]
        return ["%s POST /twilio/sms/inbound 200 params=" % iso_ms(t)] + qs(items)
    if v == 1:
        body = ch([["this is ", P(p.first, "name"), " ", "confirming"],
                   ["Hola soy la hija de ", P(pname(p, "fl"), "name"), ", %s no puede asistir" % ("ella" if p.sex == "F" else "él")],
                   ["pls send bill to ", P(p.email, "email")],
                   ["wrong number - I'm not ", P(pname(p, "fl"), "name")]])
        if body[0] == "this is ":
            body = ["this is ", P(pname(p, "fl"), "name"), " confirming"]
        return ["%s INFO sms.inbound from=" % iso_ms(t), P(fphone(p.phone10, "e164"), "phone"),
                " to=%s sid=%s body=\"" % (hospital_sms(), sid("SM"))] + body + ["\""]
    if v == 2:
        stt = ch(["delivered", "delivered", "undelivered", "read"])
        return ["%s POST /twilio/sms/status 204 params=" % iso_ms(t)] + qs([
            ("SmsSid", sid("SM")), ("SmsStatus", stt), ("MessageStatus", stt), ("To", P(fphone(p.phone10, "e164"), "phone")),
            ("MessagingServiceSid", sid("MG")), ("MessageSid", sid("SM")), ("AccountSid", acct),
            ("From", hospital_sms()), ("ApiVersion", "2010-04-01")])
    img = "https://api.twilio.com/2010-04-01/Accounts/%s/Messages/%s/Media/%s" % (acct, sid("MM"), sid("ME"))
    return ["%s INFO sms.inbound.mms from=" % iso_ms(t), P(fphone(p.phone10, "e164"), "phone"),
            " media_count=1 content_type=image/jpeg media_url=%s note=\"patient sent photo of insurance card, member "
            "id " % img, P(member_id(), "health_plan"), "\""]


# ========================== 8. Twilio Voice ================================
def f_twilio_voice(pos):
    t = tick()
    acct = sid("AC")
    if not pos:
        v = R.randint(0, 2)
        if v == 0:
            return ["%s POST /twilio/taskrouter/events 200 params=" % iso_ms(t)] + qs([
                ("EventType", "worker.activity.update"), ("WorkerName", ch(AGENTS)),
                ("WorkerActivityName", ch(["Available", "Break", "Wrap Up", "Offline"])),
                ("WorkspaceSid", sid("WS")), ("WorkerSid", sid("WK")), ("Timestamp", str(epoch(t))),
                ("WorkerTimeInPreviousActivity", str(R.randint(3, 4000)))])
        if v == 1:
            return ["%s voice.call.completed sid=%s direction=%s duration=%ds queue=%s ivr_path=1>3>2 "
                    "recording=%s tts_voice=Polly.Lupe-Neural sip=sip:ivr@10.40.%d.%d:5060" % (
                        iso_ms(t), sid("CA"), ch(["inbound", "outbound-api"]), R.randint(5, 900),
                        ch(["PATIENT_ACCESS", "BILLING_ES", "NURSE_LINE", "SCHEDULING"]), sid("RE"),
                        R.randint(0, 255), R.randint(1, 254))]
        return ["%s queue.stats queue=%s calls_waiting=%d longest_wait=00:0%d:%02d asa=%ds abandoned=%d "
                "sl_30s=%.1f%% agents_available=%d callback_line=%s" % (
                    iso_ms(t), ch(["PATIENT_ACCESS", "BILLING_ES", "NURSE_LINE"]), R.randint(0, 30), R.randint(0, 9),
                    R.randint(0, 59), R.randint(5, 300), R.randint(0, 40), R.uniform(50, 99), R.randint(0, 40),
                    ch(HOSP_PHONES))]
    p = person(old=R.random() < 0.3)
    v = R.randint(0, 4)
    if v == 0:
        ph = P(fphone(p.phone10, "e164"), "phone")
        items = [("Called", "+18449264100"), ("ToState", "IL"), ("CallerCountry", "US"), ("Direction", "inbound"),
                 ("CallerState", p.state), ("ToZip", ""), ("CallSid", sid("CA")), ("To", "+18449264100"),
                 ("CallerZip", P(p.zip, "zip")), ("ToCountry", "US"), ("ApiVersion", "2010-04-01"),
                 ("CalledZip", ""), ("CallStatus", "ringing"), ("CalledCity", ""), ("From", ph),
                 ("AccountSid", acct), ("CalledCountry", "US"), ("CallerCity", P(p.city.upper(), "address")),
                 ("Caller", P(ph.v, "phone")), ("FromCountry", "US"), ("ToCity", ""), ("FromCity", P(p.city.upper(), "address")),
                 ("CalledState", "IL"), ("FromZip", P(p.zip, "zip")), ("FromState", p.state)]
        return ["%s POST /twilio/voice/incoming 200 params=" % iso_ms(t)] + qs(items)
    if v == 1 and R.random() < 0.4:
        return ["%s POST /twilio/voice/gather?step=ssn_verify 200 params=" % iso_ms(t)] + qs([
            ("AccountSid", acct), ("CallSid", sid("CA")), ("Digits", P(ssn("plain"), "ssn")),
            ("FinishedOnKey", "#"), ("msg", "Gather End")])
    if v == 1:
        return ["%s POST /twilio/voice/gather?step=dob 200 params=" % iso_ms(t)] + qs([
            ("AccountSid", acct), ("CallSid", sid("CA")), ("Digits", P(dfmt(p.dob, ch(["compact", "us"])).replace("/", ""), "date")),
            ("FinishedOnKey", "#"), ("msg", "Gather End")])
    if v == 2:
        speech = ch([["my name is ", P(p.first.lower() + " " + p.last.lower(), "name")],
                     ["I am calling for my %s " % ("mother" if p.sex == "F" else "father"), P(pname(p, "fl"), "name"),
                      " %s is " % ("she" if p.sex == "F" else "he"), P(str(p.age), "age")
                      if p.old else "eighty"],
                     ["my date of birth is ", P(dfmt(p.dob, "long"), "date")],
                     ["I need a refill my member ID is ", P(member_id(), "health_plan")]])
        return ["%s POST /twilio/voice/gather?step=intent 200 params=" % iso_ms(t)] + qs([
            ("AccountSid", acct), ("CallSid", sid("CA")), ("SpeechResult", speech),
            ("Confidence", "0.%d" % R.randint(60, 97)), ("Language", "en-US")])
    if v == 3:
        return ["%s INFO voicebio.enroll call=%s caller=" % (iso_ms(t), sid("CA")), P(fphone(p.phone10, "e164"), "phone"),
                " engine=vbx-4.2 net_speech=%.1fs voiceprint=" % R.uniform(8, 30), P(biometric_b64("voice"), "biometric"),
                " status=ENROLLED"]
    return ["%s POST /twilio/voice/transcription 200 " % iso_ms(t)] + qs([
        ("TranscriptionSid", sid("TR")), ("TranscriptionStatus", "completed"), ("RecordingSid", sid("RE")),
        ("TranscriptionText", ["Hi, this is ", P(pname(p, "fl"), "name"), ", calling about the bill for account ",
                               P(pat_acct(), "account"), ". Call me at ", P(fphone(p.phone10, "dash"), "phone")]),
        ("CallSid", sid("CA")), ("AccountSid", acct)])


# ========================== 9. SendGrid event webhook ========================
def f_sendgrid(pos):
    t = tick()
    if not pos:
        if R.random() < 0.5:
            return ["%s sendgrid.stats " % iso_s(t)] + J(("date", (t - datetime.timedelta(days=1)).strftime("%Y-%m-%d")),
                ("stats", [Obj([("metrics", Obj([("blocks", R.randint(0, 40)), ("bounce_drops", R.randint(0, 9)),
                                                 ("bounces", R.randint(0, 80)), ("clicks", R.randint(0, 4000)),
                                                 ("delivered", R.randint(1000, 90000)), ("opens", R.randint(0, 30000)),
                                                 ("spam_reports", R.randint(0, 5)),
                                                 ("unique_opens", R.randint(0, 20000))])),
                                ("name", ch(["appt-reminder", "billing", "newsletter"])), ("type", "category")])]))
        return ["%s sendgrid.webhook verified=true key_id=%s batch=%d events=%d oldest=%d sg_ip_pool=nlh_txn "
                "from=\"Northlake Health <noreply@northlakehealth.org>\" footer=\"%s\"" % (
                    iso_ms(t), alnum(22), R.randint(1, 9999), R.randint(1, 1000), epoch(t) - R.randint(1, 600),
                    ch(VENDOR_ADDR + HOSP_ADDR))]
    p = person()
    evs = []
    for _ in range(R.randint(1, 2)):
        e = ch(["open", "click", "delivered", "bounce", "processed"])
        items = [("email", P(p.email, "email")), ("timestamp", epoch(t)),
                 ("smtp-id", "<%s@ismtpd0%03dp1mdw1.sendgrid.net>" % (alnum(22), R.randint(1, 200))),
                 ("event", e), ("category", [ch(["appt-reminder", "billing", "post-visit-survey"])]),
                 ("sg_event_id", b64url(16)), ("sg_message_id", "%s.filterdrecv-%s-%d-1" % (alnum(22), hexs(10),
                                                                                          R.randint(1, 99)))]
        if e in ("open", "click"):
            items += [("useragent", ch(UAS)), ("ip", P(ch([pub_ip(), pub_ip(), pub_ip6()]), "ip"))]
        if e == "click":
            items.append(("url", hosp_url()))
        if e == "bounce":
            items += [("reason", "550 5.1.1 The email account that you tried to reach does not exist."),
                      ("status", "5.1.1"), ("type", "bounce")]
        if R.random() < 0.35:
            items += [("patient_mrn", P(mrn(), "mrn"))]
        if R.random() < 0.2:
            items += [("appt_dt", P(future_day().isoformat(), "date"))]
        evs.append(Obj(items))
    return ["%s POST /hooks/sendgrid/events 200 " % iso_ms(t)] + js(evs) if R.random() < 0.4 else js(evs)


# ========================== 10. Mailgun ====================================
def f_mailgun(pos):
    t = tick()
    sig = Obj([("timestamp", str(epoch(t))), ("token", hexs(50)), ("signature", hexs(64))])
    if not pos:
        if R.random() < 0.5:
            return ["%s mailgun.stats domain=mg.northlakehealth.org " % iso_s(t)] + J(
                ("start", (t - datetime.timedelta(days=7)).strftime("%a, %d %b %Y 00:00:00 UTC")),
                ("resolution", "day"), ("stats", [Obj([
                    ("time", (t - datetime.timedelta(days=1)).strftime("%a, %d %b %Y 00:00:00 UTC")),
                    ("accepted", Obj([("outgoing", R.randint(100, 60000))])),
                    ("delivered", Obj([("smtp", R.randint(100, 60000))])),
                    ("failed", Obj([("permanent", Obj([("bounce", R.randint(0, 300))]))]))])]))
        return J(("signature", sig), ("event-data", Obj([
            ("event", "rejected"), ("id", b64url(16)), ("timestamp", epoch(t) + 0.1 * R.randint(0, 9)),
            ("reject", Obj([("reason", "Sandbox subdomains are for test purposes only"),
                            ("description", "domain mg-sandbox%s.mailgun.org not authorized" % hexs(32))])),
            ("tags", ["sandbox", "build-%d" % R.randint(1000, 9999)]),
            ("message", Obj([("headers", Obj([("from", "noreply@northlakehealth.org"),
                                              ("message-id", "%s.%s@mg.northlakehealth.org" % (
                                                  t.strftime("%Y%m%d%H%M%S"), hexs(16)))]))]))])))
    p = person()
    ev = ch(["opened", "clicked", "failed", "delivered", "complained"])
    items = [("event", ev), ("id", b64url(16)), ("timestamp", epoch(t) + 0.1 * R.randint(0, 9)),
             ("recipient", P(p.email, "email")), ("tags", [ch(["post-visit-survey", "statement-ready", "appt"])])]
    if ev in ("opened", "clicked"):
        items += [("ip", P(pub_ip(), "ip")),
                  ("geolocation", Obj([("country", "US"), ("region", p.state), ("city", P(p.city, "address"))])),
                  ("client-info", Obj([("client-type", "mobile browser"), ("device-type", "mobile"),
                                       ("user-agent", ch(UAS))]))]
    if ev == "failed":
        items += [("severity", "permanent"), ("delivery-status", Obj([
            ("code", 550), ("message", "5.1.1 mailbox does not exist"), ("mx-host", "mx.%s" % p.email.split("@")[1])]))]
    uv = []
    if R.random() < 0.5:
        uv.append(("guarantor_account", P(pat_acct(), "account")))
    if R.random() < 0.4:
        uv.append(("pt_name", P(pname(p, "fl"), "name")))
    if R.random() < 0.3:
        uv.append(("svc_date", P(dfmt(past_day(), "us"), "date")))
    if uv:
        items.append(("user-variables", Obj(uv)))
    return J(("signature", sig), ("event-data", Obj(items)))


# ========================== 11. Appointment reminder service =================
def f_reminder(pos):
    t = tick()
    head = [("ts", iso_s(t)), ("level", ch(["info", "info", "warn"])), ("svc", "appt-reminder"),
            ("ver", "4.%d.%d" % (R.randint(0, 12), R.randint(0, 30))), ("trace_id", hexs(32))]
    if not pos:
        v = R.randint(0, 3)
        if v == 0 and R.random() < 0.5:
            return kv(head + [("job", "awv-outreach"), ("cohort", "AWV_65PLUS"), ("age_min", 65),
                              ("age_max", ch([85, 89])), ("birth_year_max", 1959), ("state", "IL"),
                              ("eligible", R.randint(1000, 40000)), ("suppressed_age_90_plus", R.randint(10, 900)),
                              ("list_id", "LST-%d" % R.randint(1000, 9999)), ("run_date", REF.isoformat())])
        if v == 0:
            return kv(head + [("job", "sms-batch-24h"), ("processed", R.randint(100, 5000)),
                              ("skipped", R.randint(0, 90)), ("optout", R.randint(0, 30)),
                              ("duration_ms", R.randint(900, 90000)), ("next_run", iso_s(t + datetime.timedelta(days=1))),
                              ("host", "remind-worker-%02d.nlh.local:9090" % R.randint(1, 12))])
        if v == 1:
            return kv(head + [("msg", "template rendered"), ("template", "AP_REM_%s" % ch(["24H_ES", "72H_EN"])),
                              ("locale", ch(["es-US", "en-US", "pl-PL", "vi-VN"])), ("dept", ch(DEPTS)),
                              ("provider", ch(CLIN)), ("callback", ch(HOSP_PHONES)), ("site", ch(SITES)),
                              ("chars", R.randint(80, 320)), ("segments", R.randint(1, 3))])
        if v == 2:
            return kv(head + [("msg", "vendor config loaded"), ("vendor", "Lumen Reminders"),
                              ("vendor_addr", ch(VENDOR_ADDR)), ("sftp", "sftp://10.22.%d.%d:2222/outbound" % (
                                  R.randint(0, 255), R.randint(1, 254))), ("batch_window", "06:00-20:00 America/Chicago"),
                              ("quiet_hours", "21:00-08:00"), ("max_attempts", 3)])
        return kv(head + [("msg", "schedule sync complete"), ("source", "Epic Cadence"),
                          ("window", "%s..%s" % (REF.isoformat(), (REF + datetime.timedelta(days=14)).isoformat())),
                          ("appointments", R.randint(1000, 40000)), ("cancelled", R.randint(0, 500)),
                          ("rescheduled", R.randint(0, 500)), ("checksum", hexs(40))])
    p = person(old=R.random() < 0.25)
    v = R.randint(0, 4)
    if v == 0:
        items = [("patient", P(pname(p, ch(["fl", "lf", "fml"])), "name")),
                 ("appt_date", P(future_day().isoformat(), "date")), ("appt_time", tfmt()),
                 ("dept", ch(DEPTS)), ("provider", ch(CLIN)),
                 ("to", P(fphone(p.phone10, "e164"), "phone")), ("template", ch(["ap_rem_24h_es", "ap_rem_72h_en"])),
                 ("status", ch(["queued", "sent", "failed"]))]
        return kv(head + pick(items, 4, 8, must=("patient", "status")))
    if v == 1:
        return kv(head + [("msg", "reply parsed"), ("from", P(fphone(p.phone10, "plain"), "phone")),
                          ("intent", ch(["CONFIRM", "CANCEL", "RESCHEDULE"])), ("appt_id", R.randint(10 ** 7, 10 ** 9)),
                          ("pt_dob", P(dfmt(p.dob, "us"), "date")), ("lang", "es")])
    if v == 2:
        return kv(head + [("msg", "parking pass issued"), ("patient_name", P(pname(p, "fl"), "name")),
                          ("plate", P(plate(), "vehicle")), ("plate_state", p.state), ("garage", "P%d" % R.randint(1, 4)),
                          ("visit_date", P(future_day().isoformat(), "date"))])
    if v == 3:
        items = [("msg", "voice reminder"), ("callee", P(fphone(p.phone10, "dash"), "phone")),
                 ("pt", P(pname(p, "lf"), "name")), ("addr", P(p.street, "address")), ("city", P(p.city, "address")),
                 ("zip", P(p.zip, "zip")), ("ride_needed", "true"), ("pickup", P(future_day().isoformat(), "date"))]
        if p.old:
            items.append(("age", P(str(p.age), "age")))
        return kv(head + items)
    return kv(head + [("msg", "email reminder"), ("rcpt", P(p.email, "email")), ("mrn", P(mrn(), "mrn")),
                      ("appt", P(dfmt(future_day(), "iso"), "date")), ("fax_back", P(fphone(p.phone10[:3] +
                                                                                            digits(7), "paren"), "fax")),
                      ("note", "patient requested fax copy of prep instructions")])


# ========================== 12. Call centre CRM =============================
def f_callcenter(pos):
    t = tick()
    pre = "%s %s [%s] " % (py_ts(t), ch(["INFO", "INFO", "DEBUG"]), ch(["ScreenPop", "Disposition", "AgentDesktop",
                                                                      "CTI", "CaseNote"]))
    if not pos:
        v = R.randint(0, 3)
        if v == 0:
            return [pre + "agent=%s state=%s aux=%d skill=%s calls_in_queue=%d asa=00:0%d:%02d station=%s ext=%d" % (
                ch(AGENTS), ch(["AVAILABLE", "ACW", "AUX"]), R.randint(0, 9),
                ch(["BILLING_ES", "PATIENT_ACCESS", "NURSE_TRIAGE"]), R.randint(0, 40), R.randint(0, 9),
                R.randint(0, 59), "ccws-%03d.nlh.local" % R.randint(1, 300), R.randint(4000, 4999))]
        if v == 1:
            return [pre + "disposition=%s wrap=%ds agent=%s case=%s ticket=INC%07d ani_type=HOSPITAL_INTERNAL "
                          "transfer_to=%s notes=\"Transferred to %s office per protocol\"" % (
                              ch(["INFO_ONLY", "TRANSFERRED", "NO_ANSWER"]), R.randint(5, 300), ch(AGENTS),
                              sfid("500"), R.randint(1, 9999999), ch(HOSP_PHONES), ch(CLIN))]
        if v == 2 and R.random() < 0.7:
            return [pre + "ivr.age_gate caller_age=%d threshold=65 route=SENIOR_LINE queue_wait=%ds "
                          "menu_version=2024.11.%d ticket=INC%07d birth_year_only=%d" % (
                              R.randint(18, 89), R.randint(5, 600), R.randint(1, 9), R.randint(1, 9999999),
                              R.randint(1936, 2005))]
        if v == 2:
            return [pre + "ivr.menu path=MAIN>ES>BILLING dtmf=2,3,1 menu_version=2024.11.3 prompts=[es_bill_01.wav,"
                          "es_bill_07.wav] elapsed=%dms cti_host=10.60.%d.%d:7443" % (R.randint(1000, 90000),
                                                                                     R.randint(0, 255), R.randint(1, 254))]
        return [pre + "agent %s (%s) logged in from %s build=%s desktop=\"Brightline Agent Console 7.4\" "
                      "supervisor=%s" % (ch(AGENT_DISP), ch(AGENTS), priv_ip(), "%d.%d.%d-b%d" % (
                          R.randint(7, 9), R.randint(0, 9), R.randint(0, 30), R.randint(1000, 9999)), ch(AGENTS))]
    p = person(old=R.random() < 0.3)
    v = R.randint(0, 8)
    if v == 5:
        return [pre, "ROI request agent=%s patient=" % ch(AGENTS), P(pname(p, "LF"), "name"), " dob=",
                P(dfmt(p.dob, "us"), "date"), " deliver=FAX to ", P(fphone(fax10(p),
                                                                          ch(["paren", "dash", "one"])), "fax"),
                " (patient's home fax) pages=%d" % R.randint(2, 80)]
    if v == 6:
        st, d = dl()
        lab, oid = other_id()
        return [pre, "identity check agent=%s method=DL state=%s dl_no=" % (ch(AGENTS), st), P(d, "license"),
                " caller=", P(pname(p, "fl"), "name"),
                ch([[" second_id_type=\"%s\" second_id=" % lab, P(oid, "other_id")], [""]])]
    if v == 7:
        return [pre, "CaseNote case=%s \"Valet damage claim: patient " % sfid("500"), P(pname(p, "fl"), "name"),
                " says car (", ch(["Toyota Camry", "Honda CR-V", "Ford F-150", "Nissan Sentra"]), ", plate ",
                P(plate(), "vehicle"), ", VIN ", P(vin(), "vehicle"), ") was scratched in garage P2\""]
    if v == 8:
        return [pre, "CaseNote case=%s \"Pt reports insulin pump alarm, serial " % sfid("500"), P(dev_serial(), "device"),
                "; vendor ticket opened. Pt's crowdfunding page ", P(person_url(p), "url"),
                " quotes our bill\""]
    if v in (1, 2) and R.random() < 0.3:
        return [pre, "NurseLine triage caller=", P(pname(p, "fl"), "name"), " cb=", P(fphone(p.phone10, "dash"), "phone"),
                " protocol=\"%s\" disposition=%s triage_rn=\"%s\" rn_license=" % (
                    ch(["Chest Pain", "Fever - Adult", "Medication Question", "Fall"]), ch(["ED_NOW", "HOME_CARE",
                                                                                          "APPT_24H"]),
                    ch(["Karen Holt, RN", "M. Okonjo, RN", "Luz Ibarra, RN"])),
                P(ch(["041.%s" % digits(6), "RN%s" % digits(7), "0%s" % digits(6)]), "license")]
    if v == 4 and R.random() < 0.6:
        return [pre, "VoiceAuth ani=", P(fphone(p.phone10, "plain"), "phone"), " agent=%s engine=%s result=%s "
                "voiceprint_b64=" % (ch(AGENTS), ch(["vbx-4.2", "vbx-4.3"]), ch(["MATCH", "ENROLL"])),
                P(biometric_b64("voice"), "biometric"), " score=%d" % R.randint(40, 99)]
    if v == 0:
        return [pre, "ANI=", P(p.phone10, "phone"), " DNIS=8449264100 queue=PATIENT_ACCESS agent=%s verified=Y name=" % ch(AGENTS),
                P(pname(p, "LF"), "name"), " dob=", P(dfmt(p.dob, "us"), "date"), " mrn=", P(mrn(), "mrn"),
                " last_visit=", P(dfmt(past_day(), "us"), "date")]
    if v == 1:
        rel = person()
        rel.last = p.last
        return [pre, "disposition=CALLBACK_REQUESTED wrap=%ds agent=%s notes=\"Pt's %s " % (
            R.randint(10, 300), ch(AGENTS), ch(["daughter", "niece", "wife"] if rel.sex == "F" else ["son", "husband", "nephew"])),
            P(pname(rel, "fl"), "name"), " called re: statement for ", P(pname(p, "fl"), "name"), ", cb ",
            P(fphone(rel.phone10, ch(["dash", "paren", "dot"])), "phone"), " after 5pm\""]
    if v == 2:
        return [pre, "verification step=KBA agent=%s ssn_full=" % ch(AGENTS), P(ssn(), "ssn"), " zip=", P(p.zip, "zip"),
                " dob=", P(dfmt(p.dob, "iso"), "date"), " result=PASS"]
    if v == 3:
        items = [pre, "address change contact=%s old=\"" % sfid("003"), P(street(), "address"), ", ",
                 P(ch(CITIES)[0], "address"), "\" new=\"", P(p.street, "address"), ", ", P(p.city, "address"), ", ",
                 p.state, " ", P(p.zip4, "zip"), "\" county=", P(p.county, "address"), " by=%s" % ch(AGENTS)]
        return items
    if not p.old:
        p = person(old=True)
    return [pre + "CaseNote case=%s \"Caller is " % sfid("500"), P(pname(p, "fl"), "name"), ", ",
            P(str(p.age), "age"), " y/o, lives alone at ", P(p.street, "address"), " in ",
            P(p.city, "address"), ". Requests large-print statements. Guarantor acct ",
            P(pat_acct(), "account"), ".\""]


# ========================== 13. Survey exports =============================
def f_survey(pos):
    t = tick()
    if not pos:
        v = R.randint(0, 2)
        if v == 0:
            return ["PG-AGG|CLIENT=%d|SURVEY=%s|PERIOD=2024-%02d|UNIT=%s|N=%d|TOPBOX=%.1f|PCTL=%d|"
                    "RUN=%s|FILE=NLH_%s_%s.txt|MD5=%s" % (R.randint(10000, 99999), ch(["HCAHPS", "OAS CAHPS", "CG CAHPS",
                                                                                       "ED"]), R.randint(1, 10),
                                                         ch(DEPTS), R.randint(20, 900), R.uniform(50, 95),
                                                         R.randint(1, 99), t.strftime("%Y%m%d%H%M"),
                                                         ch(["HCAHPS", "OAS"]), t.strftime("%Y%m%d"), hexs(32))]
        if v == 1:
            return ["%s qualtrics.export survey=SV_%s format=csv responses=%d status=complete fileId=%s "
                    "progress=100 url=https://nlh.iad1.qualtrics.com/API/v3/surveys/SV_%s/export-responses/%s/file" %
                    (iso_s(t), alnum(15), R.randint(10, 9000), uid(), alnum(15), "ES_" + alnum(15))]
        return ["R_%s,%s,%s,1,%s,100,%d,True,%s,R_%s,,,,,anonymous,EN,%d,%d,%d,\"Parking at %s was easy, "
                "%s was great\"" % (alnum(15), t.strftime("%Y-%m-%d %H:%M:%S"),
                                    (t + datetime.timedelta(minutes=5)).strftime("%Y-%m-%d %H:%M:%S"),
                                    priv_ip(), R.randint(30, 900), t.strftime("%Y-%m-%d %H:%M:%S"), alnum(15),
                                    R.randint(1, 5), R.randint(1, 5), R.randint(0, 10), ch(SITES), ch(CLIN))]
    p = person(old=R.random() < 0.35)
    v = R.randint(0, 2)
    if v == 0:
        cmt = ch([["Front desk was rude to my %s " % ("mother" if p.sex == "F" else "father"), P(pname(p, "fl"), "name"), " who is ", P(str(p.age), "age")]
                  if p.old else ["Nurse was kind, thank you"],
                  ["Please call me at ", P(fphone(p.phone10, "dash"), "phone"), " about the billing error"],
                  ["Dr was great. Valet lost my car keys (plate ", P(plate(), "vehicle"), ")"],
                  ["no comments"]])
        return ["R_%s,%s,%s,0," % (alnum(15), t.strftime("%Y-%m-%d %H:%M:%S"),
                                   (t + datetime.timedelta(minutes=R.randint(2, 20))).strftime("%Y-%m-%d %H:%M:%S")),
                P(pub_ip(), "ip"), ",100,%d,True,%s,R_%s," % (R.randint(30, 900), t.strftime("%Y-%m-%d %H:%M:%S"),
                                                              alnum(15)),
                P(p.last, "name"), ",", P(p.first, "name"), ",", P(p.email, "email"), ",", P(mrn(), "mrn"),
                ",,,email,EN,%d,%d,%d,\"" % (R.randint(1, 5), R.randint(1, 5), R.randint(0, 10))] + cmt + ["\""]
    if v == 1:
        adm = past_day(5, 60)
        dis = adm + datetime.timedelta(days=R.randint(1, 9))
        segs = ["PG|HCAHPS|CLIENT=%d|MRN=" % R.randint(10000, 99999), P(mrn(), "mrn"), "|NAME=", P(pname(p, "hl7"), "name"),
                "|DOB=", P(dfmt(p.dob, "compact"), "date"), "|ADMIT=", P(dfmt(adm, "compact"), "date"),
                "|DISCH=", P(dfmt(dis, "compact"), "date"), "|ADDR1=", P(p.street.upper(), "address"),
                "|CITY=", P(p.city.upper(), "address"), "|ST=%s|ZIP=" % p.state, P(p.zip, "zip"),
                "|PHONE=", P(p.phone10, "phone"), "|LANG=%s|UNIT=%s|ATTEND_NPI=%s" % (ch(["ENG", "SPA", "POL"]),
                                                                                      ch(DEPTS), npi())]
        if p.old:
            segs += ["|AGE=", P(str(p.age), "age")]
        return segs
    return ["%s qualtrics.contact.upsert mailingList=CG_%s " % (iso_s(t), alnum(15))] + J(
        ("firstName", P(p.first, "name")), ("lastName", P(p.last, "name")), ("email", P(p.email, "email")),
        ("phone", P(fphone(p.phone10, "e164"), "phone")), ("extRef", P(mrn(), "mrn")),
        ("embeddedData", Obj([("VisitDate", P(dfmt(past_day(), "us"), "date")), ("Clinic", ch(SITES)),
                              ("Provider", ch(CLIN_BARE)), ("Language", "EN")])), ("language", "EN"))


# ========================== 14. Review site responses ======================
def f_review(pos):
    t = tick()
    platform = ch(["google", "yelp", "healthgrades", "facebook", "vitals"])
    if not pos:
        v = R.randint(0, 2)
        if v == 0:
            return ["%s reputation.sync platform=%s location=\"%s\" reviews_synced=%d avg_rating=%.1f "
                    "responded=%d sla_breaches=%d place_id=ChIJ%s" % (iso_s(t), platform, ch(SITES), R.randint(0, 80),
                                                                      R.uniform(3, 5), R.randint(0, 80),
                                                                      R.randint(0, 5), alnum(23))]
        if v == 1:
            return J(("platform", platform), ("review_id", "AbFvOq" + alnum(40)), ("location", ch(SITES)),
                     ("starRating", ch(["FOUR", "FIVE"])), ("reviewer", Obj([("isAnonymous", True),
                                                                          ("displayName", "A Google user")])),
                     ("comment", "Clean facility, short wait. %s explained everything." % ch(CLIN)),
                     ("reply", Obj([("comment", "Thank you for your feedback! Questions? Call us at %s or visit %s." % (
                         ch(HOSP_PHONES), ch(HOSP_ADDR))), ("updateTime", iso_ms(t)),
                                    ("author", "patientexperience@northlakehealth.org")])))
        return ["%s reputation.reply.template id=TPL-%d lang=es version=%d body=\"Gracias por su comentario. "
                "Por favor llame al %s, de lunes a viernes de 8:00 a 17:00.\" approved_by=%s" % (
                    iso_s(t), R.randint(100, 999), R.randint(1, 9), ch(HOSP_PHONES), ch(AGENTS))]
    p = person(old=R.random() < 0.35)
    rel = person()
    rel.last = p.last
    cmt = ch([["My %s " % ("mother" if p.sex == "F" else "father"), P(pname(p, "fl"), "name"), " (", P(str(p.age), "age"), ") waited 6 hours in the ER"]
              if p.old else ["Waited 3 hours in the ER for my son"],
              ["I was seen on ", P(dfmt(past_day(), ch(["us_np", "long"])), "date"), " and still have no results"],
              ["Billing sent my statement to ", P(p.street, "address"), " even though I moved"],
              ["Great care for my dad, thank you ", ch(CLIN)]])
    items = [("platform", platform), ("review_id", "AbFvOq" + alnum(40)), ("location", ch(SITES)),
             ("starRating", ch(["ONE", "TWO", "THREE", "FIVE"])),
             ("reviewer", Obj([("displayName", P(pname(rel, "fl"), "name")),
                               ("profileUrl", P(person_url(rel), "url")),
                               ("profilePhotoUrl", P("https://lh3.googleusercontent.com/a-/ALV-Uj%s=s120-c-rp-mo-br100"
                                                     % b64url(33), "photo"))])),
             ("comment", Txt(*cmt)),
             ("reply", Obj([("comment", Txt("Hi ", P(rel.first, "name"), ", we're sorry to hear this. Please call "
                                                                        "our Patient Relations team at %s." % ch(
                 HOSP_PHONES))), ("author", ch(AGENTS))]))]
    if R.random() < 0.5:
        del items[4][1].items[2]  # drop the photo sometimes
    return J(*items)


# ========================== 15. Patient financial engagement ==================
def f_payments(pos):
    t = tick()
    pre = "%s %s payments-svc " % (iso_ms(t), ch(["INFO", "INFO", "WARN"]))
    if not pos:
        v = R.randint(0, 3)
        if v == 0:
            return [pre + "settlement batch=STL-%s-%02d count=%d total=%d.%02d processor=Pathwell merchant_id=%s "
                          "mcc=8062 deposit_eta=%s" % (t.strftime("%Y%m%d"), R.randint(1, 9), R.randint(10, 900),
                                                       R.randint(1000, 90000), R.randint(0, 99), digits(12),
                                                       (REF + datetime.timedelta(days=2)).isoformat())]
        if v == 1:
            return [pre + "charge.declined txn=%s card_brand=%s bin=%s last4=%s exp=%02d/%02d avs=%s cvv=M "
                          "decline_code=%s amount=%d.%02d" % (
                              "ch_" + alnum(24), ch(["VISA", "MC", "AMEX"]), digits(6), digits(4), R.randint(1, 12),
                              R.randint(25, 30), ch(["Y", "N", "Z"]), ch(["51", "05", "insufficient_funds"]),
                              R.randint(10, 900), R.randint(0, 99))]
        if v == 2:
            return [pre + "text2pay.campaign id=T2P-%d sent=%d delivered=%d clicked=%d paid=%d collected=%d.%02d "
                          "link_domain=pay.northlakehealth.org short=nlh.co/%s" % (
                              R.randint(100, 999), R.randint(100, 9000), R.randint(100, 9000), R.randint(0, 3000),
                              R.randint(0, 1000), R.randint(1000, 90000), R.randint(0, 99), alnum(6))]
        return [pre + "ach.return batch=%s code=R0%d routing=%s trace=%s effective=%s company_id=%s "
                      "company_name=\"NORTHLAKE HEALTH\"" % (digits(7), R.randint(1, 4), ch(["071000013", "021000021",
                                                                                          "071923909", "111000614"]),
                                                             digits(15), REF.isoformat(), digits(10))]
    p = person()
    v = R.randint(0, 5)
    if v == 4 and R.random() < 0.5:
        st, d = dl()
        return [pre, "echeck.verify payer=\"", P(pname(p, "fl"), "name"), "\" dl_state=%s dl_number=" % st,
                P(d, "license"), " aba=%s acct=" % ch(["071000013", "021000021", "071923909"]), P(bank_acct(), "account"),
                " result=%s" % ch(["APPROVED", "REVIEW"])]
    if v == 5:
        items = [("applicant", P(pname(p, ch(["fl", "lf"])), "name")), ("ssn", P(ssn(), "ssn")),
                 ("household_size", R.randint(1, 7)), ("annual_income", R.randint(9000, 90000)),
                 ("fpl_pct", R.randint(50, 400)), ("employer", ch(["Jewel-Osco", "self", "CPS", "Amazon DSP"])),
                 ("spouse_ssn", P(ssn(), "ssn")), ("statement_acct", P(pat_acct(), "account"))]
        return [pre + "finassist.application.submitted "] + kv(pick(items, 3, 8, must=("ssn",)))
    if v == 0:
        return [pre, "payplan.create guarantor=\"", P(pname(p, ch(["lf", "LF"])), "name"), "\" guarantor_acct=",
                P(pat_acct(), "account"), " plan_amt=%d.%02d installments=%d card=" % (R.randint(200, 9000),
                                                                                       R.randint(0, 99),
                                                                                       R.randint(3, 24)),
                P(card(), "account"), " exp=%02d/%02d autopay=true" % (R.randint(1, 12), R.randint(25, 30))]
    if v == 1:
        return [pre, "ach.enroll payer=\"", P(pname(p, "fl"), "name"), "\" routing=%s acct=" % ch(
            ["071000013", "021000021", "071923909", "111000614"]), P(bank_acct(), "account"),
                " type=checking statement_acct=", P(pat_acct(), "account")]
    if v == 2:
        return [pre, "text2pay.link.open token=%s ip=" % alnum(10), P(ch([pub_ip(), pub_ip6()]), "ip"),
                " ua=\"%s\" phone=" % ch(UAS[:3]), P(fphone(p.phone10, "e164"), "phone"), " balance=%d.%02d" % (
                    R.randint(10, 5000), R.randint(0, 99))]
    if v == 3:
        return [pre, "mva.liability claim=MVA-%s patient_acct=" % digits(6), P(pat_acct(), "account"), " vehicle_vin=",
                P(vin(), "vehicle"), " plate=", P(plate(), "vehicle"), " insurer=\"%s\" dos=" % ch(
                    ["State Farm", "Progressive", "GEICO", "Allstate"]), P(dfmt(past_day(), "iso"), "date")]
    items = [("guarantorName", P(pname(p, "fl"), "name")), ("billingAddress", Obj([
        ("line1", P(p.street, "address")), ("city", P(p.city, "address")), ("state", p.state),
        ("postalCode", P(p.zip, "zip"))])), ("email", P(p.email, "email")), ("hospitalAccount", P(pat_acct(), "account")),
             ("paymentMethod", Obj([("type", "card"), ("pan", P(card(), "account")), ("expiry", "%02d%02d" % (
                 R.randint(1, 12), R.randint(25, 30)))])), ("amount", "%d.%02d" % (R.randint(5, 900), R.randint(0, 99)))]
    return [pre + "portal.payment.request "] + js(Obj(pick(items, 3, 6, must=("hospitalAccount",))), sp=True)


# ========================== 16. Wellness & loyalty ==========================
def f_wellness(pos):
    t = tick()
    if not pos:
        v = R.randint(0, 2)
        if v == 0:
            return ["%s wellness.challenge id=WC-%d name=\"%s\" participants=%d avg_steps=%d points_issued=%d "
                    "ends=%s sponsor=\"%s\"" % (iso_s(t), R.randint(100, 999), ch(["Step Into Winter", "Heart Month 10K",
                                                                                 "Hydration Hero"]),
                                                R.randint(50, 5000), R.randint(3000, 12000), R.randint(1000, 900000),
                                                (REF + datetime.timedelta(days=R.randint(10, 60))).isoformat(),
                                                ch(VENDOR_ADDR))]
        if v == 1:
            return J(("event", "reward.catalog.updated"), ("catalogVersion", "2024.%d.%d" % (R.randint(1, 12), R.randint(0, 9))),
                     ("items", [Obj([("sku", "RW-%s" % digits(5)), ("name", ch(["Yoga mat", "$10 cafeteria credit",
                                                                              "Fitbit Inspire 3", "Water bottle"])),
                                     ("points", R.randint(100, 9000))]) for _ in range(2)]),
                     ("updatedBy", ch(SVC)), ("ts", epoch_ms(t)))
        return ["%s tracker.sync vendor=fitbit batch=%d devices=%d readings=%d dropped=%d api=https://api.fitbit.com/1/"
                "user/-/activities/date/%s.json latency=%dms" % (iso_s(t), R.randint(1, 9999), R.randint(10, 999),
                                                                  R.randint(100, 99999), R.randint(0, 99),
                                                                  REF.isoformat(), R.randint(20, 900))]
    p = person(old=R.random() < 0.25)
    v = R.randint(0, 2)
    if v == 0:
        lab, oid = other_id()
        items = [("program", "NLH Wellness Rewards"), ("memberName", P(pname(p, "fl"), "name")),
                 ("birthDate", P(p.dob.isoformat(), "date")), ("email", P(p.email, "email")),
                 ("rewardsCardNo" if "Wellness" in lab else "govIdNumber", P(oid, "other_id")),
                 ("govIdType", lab), ("tier", ch(["Bronze", "Silver", "Gold"])), ("points", R.randint(0, 90000))]
        if "Wellness" in lab:
            items = [it for it in items if it[0] != "govIdType"]
        if p.old:
            items.append(("age", N(p.age, "age")))
        return ["%s wellness.enroll " % iso_s(t)] + js(Obj(pick(items, 4, 8, must=("rewardsCardNo", "govIdNumber",
                                                                                     "program"))))
    if v == 1 and R.random() < 0.4:
        return ["%s tracker.pair member=" % iso_s(t), P(p.email, "email"), " device=\"Apple Watch\" phone_imei=",
                P(imei(), "device"), " paired_mac=", P(mac(""), "device")]
    if v == 1:
        return ["%s tracker.pair member=" % iso_s(t), P(p.email, "email"), " device=%s serial=" % ch(
            ["Fitbit Charge 6", "Garmin Venu 3", "Withings BPM Connect", "Omron HeartGuide"]), P(dev_serial(), "device"),
                " mac=", P(mac(), "device"), " fw=%d.%d.%d" % (R.randint(1, 9), R.randint(0, 99), R.randint(0, 999))]
    return J(("event", "points.awarded"), ("memberId", P("NWR" + digits(9), "other_id")),
             ("first_name", P(p.first, "name")), ("activity", ch(["flu_shot", "annual_physical", "10k_steps"])),
             ("activity_date", P(past_day(1, 30).isoformat(), "date")), ("points", R.randint(10, 500)),
             ("ts", epoch_ms(t)))


# ========================== 17. Segment track / identify =====================
def seg_ctx(ip_seg, p=None):
    c = [("library", Obj([("name", ch(["analytics.js", "analytics-ios", "analytics-node"])),
                          ("version", "%d.%d.%d" % (R.randint(2, 5), R.randint(0, 30), R.randint(0, 9)))])),
         ("ip", ip_seg), ("userAgent", ch(UAS)), ("locale", ch(["en-US", "es-US", "pl-PL"])),
         ("page", Obj([("path", "/appointments/confirm"), ("url", hosp_url())]))]
    return Obj(c)


def f_segment(pos):
    t = tick()
    base = [("messageId", "ajs-next-" + hexs(32)), ("anonymousId", uid()), ("timestamp", iso_ms(t)),
            ("sentAt", iso_ms(t + datetime.timedelta(milliseconds=R.randint(5, 900))))]
    if not pos:
        if R.random() < 0.5:
            return J(*([("type", "track"), ("event", ch(["Find A Doctor Searched", "Location Viewed",
                                                          "Video Played", "Bill Pay Started"])),
                        ("properties", Obj([("specialty", ch(["Cardiology", "Orthopedics", "Pediatrics"])),
                                            ("results", R.randint(0, 80)), ("radius_mi", ch([5, 10, 25])),
                                            ("location_id", "LOC-%04d" % R.randint(1, 300)),
                                            ("build", "web-%s" % t.strftime("%Y%m%d") + ".%d" % R.randint(1, 9))])),
                        ("context", seg_ctx(priv_ip()))] + base))
        return ["%s segment-forwarder batch=%d msgs=%d bytes=%d dest=braze,iterable,bigquery errors=0 p99=%dms "
                "writeKey=%s..." % (iso_ms(t), R.randint(1, 99999), R.randint(1, 500), R.randint(1000, 500000),
                                    R.randint(20, 900), alnum(8))]
    p = person(old=R.random() < 0.25)
    if R.random() < 0.55:
        traits = [("firstName", P(p.first, "name")), ("lastName", P(p.last, "name")), ("email", P(p.email, "email")),
                  ("phone", P(fphone(p.phone10), "phone")), ("birthday", P(p.dob.isoformat(), "date")),
                  ("address", Obj([("street", P(p.street, "address")), ("city", P(p.city, "address")),
                                   ("state", p.state), ("postalCode", P(p.zip, "zip")), ("country", "US")])),
                  ("mrn", P(mrn(), "mrn")), ("planMemberId", P(member_id(), "health_plan")),
                  ("portalStatus", ch(["active", "pending"])),
                  ("faxNumber", P(fphone(fax10(p), "paren"), "fax")),
                  ("socialProfile", P(person_url(p), "url")),
                  ("nationalId", P(other_id()[1], "other_id")),
                  ("avatar", P(ch([photo_ref(), data_uri(photo_b64(True))]), "photo"))]
        if p.old:
            traits.append(("age", N(p.age, "age")))
        traits = pick(traits, 2, 6, must=("email", "age"))
        uid_v = ch([P(p.email, "email"), uid(), P(mrn(), "mrn")])
        items = [("type", "identify"), ("userId", uid_v), ("traits", Obj(traits)),
                 ("context", seg_ctx(P(ch([pub_ip(), pub_ip(), pub_ip6()]), "ip")))] + base
        return J(*items)
    props = [("appointment_date", P(future_day().isoformat(), "date")), ("department", ch(DEPTS)),
             ("provider", ch(CLIN)), ("visit_type", ch(["new", "follow_up", "video"])),
             ("patient_zip", P(p.zip, "zip"))]
    return J(("type", "track"), ("event", "Appointment Booked"), ("userId", uid()),
             ("properties", Obj(pick(props, 2, 5, must=("appointment_date",)))),
             ("context", seg_ctx(P(pub_ip(), "ip"))), *base)


# ========================== 18. GA4 Measurement Protocol =======================
def f_ga4(pos):
    t = tick()
    cid = "%d.%d" % (R.randint(10 ** 8, 2 * 10 ** 9), epoch(t) - R.randint(0, 10 ** 7))
    url = "POST /mp/collect?measurement_id=G-%s&api_secret=%s " % (alnum(10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
                                                                   alnum(22))
    if not pos:
        ev = Obj([("name", ch(["page_view", "find_doctor_search", "video_progress", "file_download"])),
                  ("params", Obj([("page_location", hosp_url()), ("engagement_time_msec", R.randint(100, 90000)),
                                  ("session_id", str(epoch(t))), ("debug_mode", False),
                                  ("content_group", ch(["service-lines", "locations", "careers"]))]))])
        return ["%s %s" % (iso_ms(t), url)] + J(("client_id", cid), ("timestamp_micros", epoch_ms(t) * 1000),
                                                  ("non_personalized_ads", True), ("events", [ev]))
    p = person()
    v = R.randint(0, 2)
    if v == 0:
        q = ["https://www.northlakehealth.org/appointments/confirm?first=", P(qenc(p.first), "name"), "&last=",
             P(qenc(p.last), "name"), "&dob=", P(p.dob.isoformat(), "date"), "&phone=", P(p.phone10, "phone")]
        ev = J(("name", "page_view"), ("params", Obj([("page_location", Txt(*q)), ("page_title", "Appointment Confirmed"),
                                                      ("engagement_time_msec", R.randint(100, 9000))])))
        return ["%s %s" % (iso_ms(t), url)] + ["{\"client_id\":\"%s\",\"events\":[" % cid] + ev + ["]}"]
    if v == 1:
        uid_v = ch([P(mrn(), "mrn"), P(p.email, "email")])
        return ["%s %s" % (iso_ms(t), url)] + J(("client_id", cid), ("user_id", uid_v),
                                                  ("user_properties", Obj([("zip", Obj([("value", P(p.zip, "zip"))])),
                                                                          ("plan_type", Obj([("value", "MA")]))])),
                                                  ("events", [Obj([("name", "login"), ("params", Obj([("method", "MyNLH")]))])]))
    return ["%s %s" % (iso_ms(t), url)] + J(("client_id", cid), ("events", [Obj([
        ("name", "generate_lead"), ("params", Obj([("form_id", "callback-es"), ("email", P(p.email, "email")),
                                                   ("phone_number", P(fphone(p.phone10, "dash"), "phone")),
                                                   ("value", 0)]))])]))


# ========================== 19. Adobe Analytics beacons =========================
def f_adobe(pos):
    t = tick()
    host = ch(["smetrics.northlakehealth.org", "northlakehealth.sc.omtrdc.net"])
    head = "%s - - [%s] \"GET /b/ss/nlhprod,nlhglobal/1/JS-2.22.4/s%s?" % (priv_ip(), clf(t), digits(14))
    common = [("AQB", "1"), ("ndh", "1"), ("pf", "1"), ("t", t.strftime("%d/%m/%Y %H:%M:%S 1 360")),
              ("mid", digits(38)), ("aamlh", "9"), ("ce", "UTF-8"),
              ("pageName", ch(["nlh:appointments:confirm", "nlh:billing:paid", "nlh:es:citas:confirmar",
                               "nlh:wellness:enroll"])), ("g", hosp_url())]
    tail = "&AQE=1 HTTP/1.1\" 200 43 \"-\" \"%s\" host=%s" % (ch(UAS), host)
    if not pos:
        extra = [("v1", "nlh:" + ch(["cardiology", "flu", "mammo"])), ("c5", "logged-out"), ("v12", "web-%d.%d.%d" % (
            R.randint(1, 9), R.randint(0, 40), R.randint(0, 9))), ("events", "event12,event33=%d" % R.randint(1, 9)),
                 ("v40", "ORD-2024-%07d" % R.randint(1, 9999999)), ("c22", "%dms" % R.randint(100, 9000)),
                 ("v50", "60611"), ("bw", "1920"), ("bh", "947")]
        return [head] + qs(common + extra) + [tail]
    p = person()
    extra = [("v5", P(p.zip, "zip")), ("v12", P(p.email, "email")), ("c14", P(mrn(), "mrn")),
             ("v33", P(dfmt(p.dob, "us"), "date")), ("v18", P(pname(p, "fl"), "name")),
             ("c31", P(p.city, "address")), ("events", "event7,purchase"), ("v40", "ORD-2024-%07d" % R.randint(1, 9999999))]
    return [head] + qs(common + pick(extra, 2, 5, must=("events",))) + [tail]


# ========================== 20. Live chat transcripts ==========================
def f_livechat(pos):
    t = tick()
    chat = "LC-%d" % R.randint(10000, 99999)
    pre = "[%s] chat=%s " % (t.strftime("%Y-%m-%d %H:%M:%S"), chat)
    if not pos:
        v = R.randint(0, 3)
        return [pre + ([
            "agent %s joined queue=billing wait=00:00:%02d widget=v%d.%d.%d" % (ch(AGENT_DISP), R.randint(1, 59),
                                                                               R.randint(2, 4), R.randint(0, 20),
                                                                               R.randint(0, 9)),
            "visitor: what are your hours at the %s? is parking free?" % ch(SITES),
            "agent (%s): We're open 7am-7pm. You can also call %s or fax referrals to %s." % (
                ch(AGENT_DISP), ch(HOSP_PHONES), ch(HOSP_FAX)),
            "system: transcript emailed to patientexperience@northlakehealth.org, csat=%d, duration=%ds, "
            "tags=[billing,es] ip=%s" % (R.randint(1, 5), R.randint(30, 1800), priv_ip()),
            "visitor: does %s take Medicare Advantage? my doctor retired" % ch(CLIN),
            "agent (%s): your order ORD-%s ships in 3-5 days; tracking 1Z%s" % (ch(AGENT_DISP), digits(8),
                                                                                alnum(16, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
        ][v if R.random() < 0.4 else R.randint(0, 5)])]
    p = person(old=R.random() < 0.3)
    v = R.randint(0, 5)
    if v == 0:
        return [pre + "visitor: hi my name is ", P(pname(p, ch(["fl", "fl", "fml"])), "name"), " and my dob is ",
                P(dfmt(p.dob, ch(["us_np", "us2", "long"])), "date")]
    if v == 1:
        return [pre + "visitor: you can reach me at ", P(fphone(p.phone10, ch(["dash", "dot", "paren"])), "phone"),
                " or ", P(p.email, "email")]
    if v == 2:
        return [pre + "visitor: my insurance id is ", P(member_id(), "health_plan"), " and the group is GRP%s" % digits(5)]
    if v == 3:
        return [pre + "visitor: I moved to ", P(p.street, "address"), ", ", P(p.city, "address"), " ", p.state, " ",
                P(p.zip, "zip"), " please update"]
    if v == 4:
        if not p.old:
            p = person(old=True)
        return [pre + "visitor: mi %s " % ("abuela" if p.sex == "F" else "abuelo"), P(pname(p, "fl"), "name"), " tiene ", P(str(p.age), "age"),
                " años y necesita cita, su número de seguro social es ", P(ssn(), "ssn")]
    return [pre + "visitor: ", ch([["here's my license so you can verify: ", P(dl()[1], "license")],
                                  ["my passport number is ", P(ch("ACEFGHJKLMNPRSTWXZ") + digits(8), "other_id")],
                                  ["my card is ", P(card(), "account"), " exp 09/27"],
                                  ["my facebook is ", P(person_url(p), "url"), " if you need to message me"],
                                  ["my car got towed from the garage, plate ", P(plate(), "vehicle"), " silver Civic"],
                                  ["the serial on my CPAP is ", P(dev_serial(), "device"), " it stopped working"],
                                  ["my fax is ", P(fphone(fax10(p), "dash"), "fax"),
                                   " please send the forms there"],
                                  ["SSN ", P(ssn(), "ssn"), " dob ", P(dfmt(p.dob, "us2"), "date")],
                                  ["my grandpa is ", P(str(person(old=True).age), "age"),
                                   " and cant do the portal"]])]


# ========================== 21. Chatbot (Dialogflow-like) ======================
def f_chatbot(pos):
    t = tick()
    sess = "projects/nlh-patient-bot/locations/global/agent/sessions/%s" % uid()
    if not pos:
        return ["%s chatbot.turn " % iso_ms(t)] + J(("session", sess), ("queryResult", Obj([
            ("queryText", ch(["where do I park", "what time does the lab open", "¿cuál es el horario de farmacia?",
                              "how do I reset my MyNLH password", "is the Skokie clinic open on Sunday"])),
            ("intent", Obj([("displayName", ch(["faq.parking", "faq.hours", "faq.portal", "faq.pharmacy"])),
                            ("name", "projects/nlh-patient-bot/agent/intents/%s" % uid())])),
            ("intentDetectionConfidence", round(R.uniform(0.5, 1), 3)),
            ("languageCode", ch(["en", "es"])),
            ("fulfillmentText", "Call %s or visit %s" % (ch(HOSP_PHONES), ch(HOSP_ADDR)))])),
                                                  ("responseId", uid() + "-" + hexs(8)))
    p = person(old=R.random() < 0.25)
    if R.random() < 0.15:
        return ["%s voicebot.turn " % iso_ms(t)] + J(("session", sess), ("channel", "phone-gateway"),
                                                     ("callerId", P(fphone(p.phone10, "e164"), "phone")),
                                                     ("speakerVerification", Obj([
                                                         ("speakerId", "spk-" + hexs(12)),
                                                         ("enrollmentEmbedding", P(biometric_b64("voice"), "biometric")),
                                                         ("score", round(R.uniform(0.5, 1), 3))])),
                                                     ("transcript", "check my appointment"))
    lang = ch(["en", "es", "pt", "fr"])
    if lang == "es":
        params = [("nombre", P(p.first, "name")), ("apellido", P(p.last, "name")),
                  ("fecha_nacimiento", P(dfmt(p.dob, "eu"), "date")), ("telefono", P(fphone(p.phone10, "dash"), "phone")),
                  ("correo", P(p.email, "email")), ("codigo_postal", P(p.zip, "zip"))]
        q = ["Quiero cambiar mi cita, soy ", P(pname(p, "fl"), "name")]
    elif lang == "pt":
        params = [("nome_completo", P(pname(p, "fl"), "name")), ("data_nascimento", P(dfmt(p.dob, "eu"), "date")),
                  ("celular", P(fphone(p.phone10, "e164"), "phone")), ("cep", P(p.zip, "zip"))]
        q = ["Preciso remarcar a consulta do dia ", P(dfmt(future_day(), "eu"), "date")]
    elif lang == "fr":
        params = [("nom", P(p.last, "name")), ("prenom", P(p.first, "name")),
                  ("date_de_naissance", P(dfmt(p.dob, "eu"), "date")), ("courriel", P(p.email, "email"))]
        q = ["Je voudrais annuler mon rendez-vous"]
    else:
        params = [("given-name", P(p.first, "name")), ("last-name", P(p.last, "name")),
                  ("date-of-birth", P(p.dob.isoformat(), "date")), ("phone-number", P(fphone(p.phone10, "plain"), "phone")),
                  ("email", P(p.email, "email")), ("zip-code", P(p.zip, "zip"))]
        q = ch([["reschedule my appointment on ", P(dfmt(future_day(), "long"), "date")],
                ["I'm ", P(pname(p, "fl"), "name"), ", please fax my records to my home fax ", P(fphone(fax10(p), "paren"), "fax")],
                ["refill for my mom she is ", P(str(p.age), "age")] if p.old else ["refill please"]])
    params = pick(params, 2, len(params))
    return ["%s chatbot.turn " % iso_ms(t)] + J(("session", sess), ("queryResult", Obj([
        ("queryText", Txt(*q)), ("parameters", Obj(params)),
        ("intent", Obj([("displayName", ch(["appt.reschedule", "appt.cancel", "records.request", "rx.refill"]))])),
        ("languageCode", lang)])), ("responseId", uid() + "-" + hexs(8)))


# ========================== 22. Engagement web access log =======================
def f_nginx(pos):
    t = tick()
    ua = ch(UAS)
    if not pos:
        path = ch(["/healthz", "/preferences/static/app.%s.js" % hexs(8), "/pay/assets/logo-nlh@2x.png",
                   "/api/v2/campaigns/%d/stats" % R.randint(100, 9999), "/unsubscribe/complete",
                   "/hooks/twilio/sms/status", "/metrics"])
        return ["%s - %s [%s] \"GET %s HTTP/1.1\" %d %d \"-\" \"%s\" rt=%.3f upstream=%s:%d req_id=%s" % (
            priv_ip(), ch(["-", "-", ch(SVC)]), clf(t), path, ch([200, 200, 204, 304, 404]), R.randint(0, 90000),
            ch(UAS + ["kube-probe/1.29", "Prometheus/2.51.0", "TwilioProxy/1.1"]), R.uniform(0.001, 2),
            priv_ip(), ch([8080, 8443, 9000, 3000]), hexs(32))]
    p = person()
    ua = ch(UAS[:4])
    ip = P(ch([pub_ip(), pub_ip(), pub_ip6()]), "ip")
    v = R.randint(0, 3)
    if v == 0:
        path = ["/pay/t/%s" % alnum(10)]
    elif v == 1:
        path = ["/preferences?email=", P(qenc(p.email), "email"), "&lang=es"]
    elif v == 2:
        path = ["/unsubscribe?e=", P(qenc(p.email), "email"), "&c=%d" % R.randint(1000, 9999)]
    else:
        path = ["/es/citas/confirmar?tel=", P(p.phone10, "phone"), "&fnac=", P(dfmt(p.dob, "iso"), "date")]
    return [ip, " - - [%s] \"GET " % clf(t)] + path + [" HTTP/2.0\" 200 %d \"https://nlh.co/%s\" \"%s\" rt=%.3f" % (
        R.randint(200, 90000), alnum(6), ua, R.uniform(0.001, 2))]


# ========================== 23. Identity verification (portal / financial) ======
def f_idv(pos):
    t = tick()
    pre = "%s idv-gateway " % iso_ms(t)
    if not pos:
        v = R.randint(0, 2)
        if v == 0 and R.random() < 0.4:
            return [pre + "tls.cert subject=\"CN=idv.northlakehealth.org, O=Northlake Health, L=Chicago, ST=Illinois, "
                          "C=US\" serial=%s notBefore=%s notAfter=%s issuer=\"DigiCert Global G2 TLS RSA SHA256 2020 "
                          "CA1\" days_left=%d" % (":".join(hexs(2) for _ in range(16)), "2024-03-14", "2025-03-14",
                                                   R.randint(10, 120))]
        if v == 0:
            return [pre + "session=%s vendor=Sentrix step=liveness result=PASS score=0.%d model=lv-2024.10.2 "
                          "latency=%dms sdk=web-%d.%d.%d" % (uid(), R.randint(70, 99), R.randint(200, 4000),
                                                             R.randint(3, 5), R.randint(0, 20), R.randint(0, 9))]
        if v == 1:
            return [pre] + J(("session", uid()), ("status", "expired"), ("reason", "TTL 900s exceeded"),
                             ("jwt", jwt()), ("callback", "https://idv.nlh.local:8443/cb"),
                             ("enc_payload", b64(R.randint(48, 90))), ("kms_key", "arn:aws:kms:us-east-2:%s:key/%s" % (
                                 digits(12), uid())))
        return [pre + "doc.classify session=%s doc_type=%s issuer_state=%s template=%s-%d confidence=0.%d "
                      "img_sha256=%s" % (uid(), ch(["DRIVERS_LICENSE", "PASSPORT", "STATE_ID"]), ch(["IL", "TX", "WI"]),
                                         ch(["IL_DL_2024", "US_PP_2017"]), R.randint(1, 9), R.randint(70, 99), hexs(64))]
    p = person(old=R.random() < 0.2)
    v = R.randint(0, 5)
    if v == 5:
        v = 0 if R.random() < 0.5 else 2
    if v == 4:
        return [pre + "kba.request session=%s bureau=%s " % (uid(), ch(["experian", "lexisnexis"]))] + kv([
            ("ssn", P(ssn(ch(["dash", "plain"])), "ssn")), ("lastName", P(p.last.upper(), "name")),
            ("dob", P(dfmt(p.dob, "compact"), "date")), ("zip5", P(p.zip, "zip")), ("questions", 4)])
    if v == 0:
        st, d = dl()
        items = [("session", uid()), ("docType", "DRIVERS_LICENSE"), ("docNumber", P(d, "license")),
                 ("issuingState", st), ("fullName", P(pname(p, ch(["FL", "fml", "fl"])), "name")),
                 ("dateOfBirth", P(dfmt(p.dob, ch(["iso", "us"])), "date")),
                 ("expiration", "%d-%02d-%02d" % (R.randint(2025, 2031), R.randint(1, 12), R.randint(1, 28))),
                 ("addressLine1", P(p.street.upper(), "address")), ("city", P(p.city.upper(), "address")),
                 ("postal", P(p.zip, "zip"))]
        return [pre] + js(Obj(pick(items, 4, 10, must=("docNumber", "session"))))
    if v == 1:
        return [pre] + J(("session", uid()), ("step", "selfie"),
                         ("selfieImage", P(ch([data_uri(photo_b64()), photo_b64()]), "photo")),
                         ("faceTemplate", P(biometric_b64("face"), "biometric")), ("match", round(R.uniform(0.6, 1), 3)))
    if v == 2:
        lab, oid = other_id()
        return [pre + "doc.extract session=%s doc_label=\"%s\" number=" % (uid(), lab), P(oid, "other_id"),
                " holder=\"", P(pname(p, ch(["fl", "LF"])), "name"), "\" nationality=%s" % ch(["MEX", "GBR", "CAN", "BRA",
                                                                                              "IND", "ESP", "USA"])]
    return [pre + "kiosk.checkin station=kiosk-%02d site=\"%s\" %s=" % (R.randint(1, 40), ch(SITES), ch(
        ["fp_template", "palmvein_tpl", "fingerprintMinutiae"])),
            P(biometric_b64("finger"), "biometric"), " matched_mrn=", P(mrn(), "mrn"), " photo_ref=",
            P(photo_ref(), "photo")]


# ========================== 24. Remote-monitoring outreach ======================
def f_rpm(pos):
    t = tick()
    pre = "%s rpm-outreach[%d]: " % (t.strftime("%b %d %H:%M:%S"), R.randint(1000, 65000))
    if not pos:
        v = R.randint(0, 2)
        return [pre + [
            "cohort=HF_TELE enrolled=%d overdue_transmissions=%d nudges_sent=%d vendor_api=https://carelink-int.nlh.local"
            ":8443/v3 firmware_min=%d.%d.%d" % (R.randint(50, 900), R.randint(0, 90), R.randint(0, 90),
                                                 R.randint(1, 9), R.randint(0, 20), R.randint(0, 99)),
            "device catalog sync: model=%s gmdn=%s udi_di=%s labeler=%s recalls=0" % (
                ch(["Azure XT DR MRI", "Dexcom G7", "BPM Connect", "Omnipod 5"]), digits(5), "0" + digits(13),
                ch(["Medtronic", "Dexcom", "Withings", "Insulet"])),
            "gateway %s heartbeat ok uptime=%dh mac=%s fw=%d.%d" % ("rpm-gw-%02d.nlh.local" % R.randint(1, 9),
                                                                    R.randint(1, 9000),
                                                                    "00:50:56:%s:%s:%s" % (hexs(2), hexs(2), hexs(2)),
                                                                    R.randint(1, 9), R.randint(0, 99)),
        ][v]]
    p = person(old=R.random() < 0.35)
    v = R.randint(0, 3)
    if v == 0:
        return [pre + "missed transmission patient=\"", P(pname(p, "lf"), "name"), "\" device=pacemaker sn=",
                P(dev_serial(), "device"), " last_tx=", P(dfmt(past_day(3, 30), "iso"), "date"), " sms_to=",
                P(fphone(p.phone10, "e164"), "phone")]
    if v == 1:
        return [pre + "CGM onboarding udi=", P(udi(), "device"), " pt_mrn=", P(mrn(), "mrn"), " phone_imei=",
                P(imei(), "device")]
    if v == 2:
        segs = [pre + "bp cuff paired mac=", P(mac(), "device"), " member=", P(member_id(), "health_plan"),
                " dob=", P(dfmt(p.dob, "us"), "date")]
        if p.old:
            segs += [" age=", P(str(p.age), "age")]
        return segs
    return [pre + "enrollment letter queued to ", P(pname(p, "fl"), "name"), ", ", P(p.street, "address"), ", ",
            P(p.city, "address"), ", ", p.state, " ", P(ch([p.zip, p.zip4]), "zip"), " fax copy to PCP office ",
            ch(HOSP_FAX), " and patient fax ", P(fphone(fax10(p), "dash"), "fax")]


# ==========================================================================
FAMILIES = [
    ("sfdc_apex_debug", f_sfdc_apex_debug, 1.1),
    ("sfdc_platform_event", f_sfdc_platform_event, 1.0),
    ("hubspot_webhook", f_hubspot_webhook, 1.0),
    ("marketo_webhook", f_marketo_webhook, 0.9),
    ("braze_currents", f_braze_currents, 1.1),
    ("iterable_webhook", f_iterable_webhook, 0.8),
    ("twilio_sms_callback", f_twilio_sms, 1.2),
    ("twilio_voice_callback", f_twilio_voice, 1.1),
    ("sendgrid_event_webhook", f_sendgrid, 0.9),
    ("mailgun_event_webhook", f_mailgun, 0.8),
    ("appt_reminder_logfmt", f_reminder, 1.2),
    ("callcenter_crm", f_callcenter, 1.2),
    ("survey_export", f_survey, 1.0),
    ("review_response", f_review, 0.9),
    ("patient_payments", f_payments, 1.1),
    ("wellness_loyalty", f_wellness, 0.9),
    ("segment_api", f_segment, 1.0),
    ("ga4_measurement_protocol", f_ga4, 0.8),
    ("adobe_analytics_beacon", f_adobe, 0.8),
    ("live_chat_transcript", f_livechat, 1.1),
    ("chatbot_dialogflow", f_chatbot, 0.9),
    ("engagement_web_access", f_nginx, 0.9),
    ("identity_verification", f_idv, 1.1),
    ("rpm_outreach", f_rpm, 0.9),
]


def check_line(i, line, spans, pos):
    assert "\n" not in line and "\r" not in line, i
    b = line.encode("utf-8")
    last = 0
    for sp in sorted(spans, key=lambda x: x["s"]):
        v = sp["_v"]
        assert v and v == v.strip(), (i, v)
        assert b[sp["s"]:sp["e"]] == v.encode("utf-8"), (i, sp)
        assert b[sp["s"]:sp["e"]].decode("utf-8") == v
        assert sp["s"] >= last, ("overlap", i, sp)
        last = sp["e"]
    if pos:
        assert spans, ("positive line without spans", i, line)
    else:
        assert not spans, ("PHI-free line has spans", i, line)


def main():
    flags = [False] * N_NEG + [True] * (N_LINES - N_NEG)
    R.shuffle(flags)
    weights = [w for _, _, w in FAMILIES]
    out_lines, out_labels = [], []
    cat_counts = Counter()
    fam_counts = Counter()
    for i, pos in enumerate(flags, 1):
        name, fn, _ = R.choices(FAMILIES, weights=weights)[0]
        line, spans = build(fn(pos))
        # coverage steering: while a category is below its floor, some positive
        # slots are re-drawn (deterministically) until they contain it
        deficit = [c for c in CATS if cat_counts[c] < COVER_FLOOR]
        if pos and deficit and R.random() < 0.3:
            target = min(deficit, key=lambda c: (cat_counts[c], CATS.index(c)))
            saved = CLOCK[0]
            for _ in range(400):
                if any(sp["cat"] == target for sp in spans):
                    break
                CLOCK[0] = saved
                name, fn, _ = R.choices(FAMILIES, weights=weights)[0]
                line, spans = build(fn(pos))
        check_line(i, line, spans, pos)
        fam_counts[name] += 1
        for sp in spans:
            cat_counts[sp["cat"]] += 1
        out_lines.append(line)
        out_labels.append({"line": i, "family": name,
                           "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in spans]})

    # corpus-level checks
    assert len(out_lines) == N_LINES
    n_phi = sum(1 for lab in out_labels if lab["spans"])
    assert n_phi == N_LINES - N_NEG
    for c in CATS:
        assert cat_counts[c] >= 8, ("category under-covered", c, dict(cat_counts))
    assert len(fam_counts) == len(FAMILIES)

    with open(os.path.join(HERE, "at.log"), "w", encoding="utf-8", newline="\n") as f:
        for line in out_lines:
            f.write(line + "\n")
    with open(os.path.join(HERE, "at.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in out_labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")

    # re-read and re-verify what was written
    with open(os.path.join(HERE, "at.log"), "rb") as f:
        raw = f.read().split(b"\n")
    assert raw[-1] == b"" and len(raw) == N_LINES + 1
    with open(os.path.join(HERE, "at.labels.jsonl"), encoding="utf-8") as f:
        labs = [json.loads(x) for x in f]
    assert len(labs) == N_LINES
    for k, lab in enumerate(labs):
        assert lab["line"] == k + 1
        for sp, orig in zip(lab["spans"], out_labels[k]["spans"]):
            assert raw[k][sp["s"]:sp["e"]] == out_lines[k].encode("utf-8")[orig["s"]:orig["e"]]

    print("lines: %d" % N_LINES)
    print("lines with PHI: %d (%.1f%%), PHI-free lines: %d" % (n_phi, 100.0 * n_phi / N_LINES, N_LINES - n_phi))
    print("spans total: %d" % sum(cat_counts.values()))
    print("spans per category:")
    for c in CATS:
        print("  %-12s %d" % (c, cat_counts[c]))
    print("lines per family:")
    for name, _, _ in FAMILIES:
        print("  %-26s %d" % (name, fam_counts[name]))


if __name__ == "__main__":
    main()
