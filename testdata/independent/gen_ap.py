#!/usr/bin/env python3
"""Held-out PHI test corpus 'ap': university & student health logs.

Standard library only, fixed seed, byte-for-byte reproducible.
Writes ap.log (500 lines) and ap.labels.jsonl next to this script.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata
import uuid as _uuid
from collections import Counter

SEED = 4207725
R = random.Random(SEED)
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_NEG = 225  # 45% of lines carry no PHI

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]


# ---------------------------------------------------------------- builder
class P:
    """A PHI value to be emitted and labeled."""
    __slots__ = ("cat", "v")

    def __init__(self, cat, v):
        assert cat in CATS, cat
        self.cat = cat
        self.v = v


class S:
    """A JSON/quoted string made of text pieces and P pieces."""
    def __init__(self, *parts):
        self.parts = parts


class B:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, *ss):
        for s in ss:
            if isinstance(s, P):
                self.p(s.cat, s.v)
                continue
            s = str(s)
            self.parts.append(s)
            self.n += len(s.encode("utf-8"))
        return self

    def p(self, cat, v):
        v = str(v)
        assert cat in CATS, cat
        assert v and v == v.strip(), repr(v)
        self.spans.append((self.n, self.n + len(v.encode("utf-8")), cat, v))
        self.parts.append(v)
        self.n += len(v.encode("utf-8"))
        return self

    def line(self):
        return "".join(self.parts)


def js(b, o, compact=False):
    """Serialize o as JSON into builder b, labeling P values."""
    if isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t("," if compact else ", ")
            b.t(json.dumps(k, ensure_ascii=False), ":" if compact else ": ")
            js(b, v, compact)
        b.t("}")
    elif isinstance(o, list):
        b.t("[")
        for i, v in enumerate(o):
            if i:
                b.t("," if compact else ", ")
            js(b, v, compact)
        b.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, int):
            b.p(o.cat, str(o.v))
        else:
            enc = json.dumps(o.v, ensure_ascii=False)
            assert enc == '"' + o.v + '"', enc
            b.t('"').p(o.cat, o.v).t('"')
    elif isinstance(o, S):
        b.t('"')
        for part in o.parts:
            if isinstance(part, P):
                enc = json.dumps(part.v, ensure_ascii=False)
                assert enc == '"' + part.v + '"', enc
                b.p(part.cat, part.v)
            else:
                b.t(json.dumps(part, ensure_ascii=False)[1:-1])
        b.t('"')
    elif isinstance(o, str):
        b.t(json.dumps(o, ensure_ascii=False))
    else:
        b.t(json.dumps(o))


def pyrepr(b, o):
    """Python repr-style dict/list, labeling P values."""
    def q(s):
        return '"' if "'" in s else "'"
    if isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t(", ")
            b.t("'" + k + "': ")
            pyrepr(b, v)
        b.t("}")
    elif isinstance(o, list):
        b.t("[")
        for i, v in enumerate(o):
            if i:
                b.t(", ")
            pyrepr(b, v)
        b.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, int):
            b.p(o.cat, str(o.v))
        else:
            assert "\\" not in o.v
            qq = q(o.v)
            b.t(qq).p(o.cat, o.v).t(qq)
    elif isinstance(o, str):
        assert "\\" not in o
        qq = q(o)
        b.t(qq + o + qq)
    elif o is None:
        b.t("None")
    else:
        b.t(repr(o))


def rubyhash(b, o):
    """Rails-style params hash {"k"=>"v"}."""
    if isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t(", ")
            b.t('"' + k + '"=>')
            rubyhash(b, v)
        b.t("}")
    elif isinstance(o, list):
        b.t("[")
        for i, v in enumerate(o):
            if i:
                b.t(", ")
            rubyhash(b, v)
        b.t("]")
    elif isinstance(o, P):
        assert '"' not in str(o.v)
        b.t('"').p(o.cat, o.v).t('"')
    elif o is None:
        b.t("nil")
    elif isinstance(o, bool):
        b.t("true" if o else "false")
    else:
        assert '"' not in str(o)
        b.t('"' + str(o) + '"')


def logfmt(b, pairs, eq="="):
    """key=value pairs; values with spaces get double quotes."""
    for i, (k, v) in enumerate(pairs):
        if i:
            b.t(" ")
        b.t(k + eq)
        raw = v.v if isinstance(v, P) else v
        raw = str(raw)
        need_q = (" " in raw) or ("=" in raw) or raw == ""
        if need_q:
            assert '"' not in raw
            b.t('"')
        b.t(v if isinstance(v, P) else raw)
        if need_q:
            b.t('"')


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xel(b, tag, v):
    b.t("<" + tag + ">")
    if isinstance(v, P):
        assert xml_esc(str(v.v)) == str(v.v)
        b.t(v)
    else:
        b.t(xml_esc(str(v)))
    b.t("</" + tag.split(" ")[0] + ">")


# ---------------------------------------------------------------- pools
FIRST = ["Maria", "James", "Aisha", "Wei", "Priya", "Diego", "Fatima", "Liam", "Sofia",
         "Hiroshi", "Olga", "Kwame", "Chloe", "Mateo", "Yuki", "Ananya", "Omar", "Emily",
         "Thanh", "Ingrid", "Dmitri", "Amara", "Lucas", "Leila", "Noah", "Camila", "Rahul",
         "Jin", "Zoë", "José", "Siobhán", "Tariq", "Hannah", "Kenji", "Gabriela", "Ethan",
         "Mei", "Oluwaseun", "Isabella", "Aleksander", "Nadia", "Carlos", "Grace", "Ravi",
         "Ayesha", "Benjamin", "Esperanza", "Tomasz", "Lucía", "Malik", "Svetlana", "Declan",
         "Ngozi", "Ji-woo", "Arjun", "Freya", "Mohammed", "Valentina", "Kai", "Bongani",
         "Elif", "Mariam", "Santiago", "Chiara", "Kofi", "Anh", "Riley", "Jamal", "Astrid",
         "Farah", "Mateus", "Keanu", "Nia", "Sebastián", "Hana", "Tyler", "Imani", "Ewa"]
LAST = ["Lopez", "Smith", "Chen", "Patel", "Okafor", "Nguyen", "Kowalski", "Haddad",
        "Johansson", "Tanaka", "García", "Müller", "O'Brien", "Ivanova", "Mensah",
        "Rodriguez", "Kim", "Singh", "Fitzgerald", "Rossi", "Abdullah", "Dubois", "Novak",
        "Santos", "Williams", "Yamamoto", "Hernández", "Khan", "Andersen", "Popescu", "Mbeki",
        "Levi", "Park", "Schmidt", "Costa", "Murphy", "Gonzalez", "Ali", "Nakamura", "Petrov",
        "Adeyemi", "Morales", "Brown", "Cohen", "Sharma", "Lindqvist", "Reyes", "Zhang",
        "Walker", "Baptiste", "Castillo", "Horvat", "Jung", "Okonkwo", "Sato", "Ferreira",
        "Nowak", "Ahmed", "Thompson", "Van der Berg", "Delacroix", "Achterberg", "Oyelaran",
        "Bianchi", "Szabo", "Wójcik", "Tran", "Rahman", "Katz", "MacLeod", "Quispe", "Begay"]
MIDDLE = "ABCDEFGHJKLMNPRSTW"

# (city, state, zip prefix, county)
CITIES = [("Ithaca", "NY", "148", "Tompkins"), ("Ann Arbor", "MI", "481", "Washtenaw"),
          ("Madison", "WI", "537", "Dane"), ("Boulder", "CO", "803", "Boulder"),
          ("Gainesville", "FL", "326", "Alachua"), ("Chapel Hill", "NC", "275", "Orange"),
          ("Berkeley", "CA", "947", "Alameda"), ("Eugene", "OR", "974", "Lane"),
          ("Amherst", "MA", "010", "Hampshire"), ("Bloomington", "IN", "474", "Monroe"),
          ("Champaign", "IL", "618", "Champaign"), ("Athens", "GA", "306", "Clarke"),
          ("Burlington", "VT", "054", "Chittenden"), ("East Lansing", "MI", "488", "Ingham"),
          ("Fremont", "CA", "945", "Alameda"), ("Yonkers", "NY", "107", "Westchester"),
          ("Sugar Land", "TX", "774", "Fort Bend"), ("Edison", "NJ", "088", "Middlesex"),
          ("Naperville", "IL", "605", "DuPage"), ("Irvine", "CA", "926", "Orange"),
          ("Hialeah", "FL", "330", "Miami-Dade"), ("Plano", "TX", "750", "Collin"),
          ("Brockton", "MA", "023", "Plymouth"), ("Paterson", "NJ", "075", "Passaic"),
          ("Ashbury", "NY", "138", "Delaware"), ("Flagstaff", "AZ", "860", "Coconino"),
          ("Lawrence", "KS", "660", "Douglas"), ("Missoula", "MT", "598", "Missoula"),
          ("Durham", "NH", "038", "Strafford"), ("State College", "PA", "168", "Centre"),
          ("Norman", "OK", "730", "Cleveland"), ("Iowa City", "IA", "522", "Johnson")]
STREETS = ["Oak", "Maple", "College", "Elm", "Stewart", "University", "Linden", "Dryden",
           "Cascadilla", "Highland", "Washington", "Franklin", "Prospect", "Cedar", "Willow",
           "Mill", "Lake", "Hillcrest", "Sunset", "Park", "Quarry", "Tioga", "Buffalo",
           "Aurora", "Seneca", "Chestnut", "Walnut", "Bryant", "Delaware", "Mitchell"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct", "Pl", "Way", "Street", "Avenue", "Terrace"]
UNIT = ["Apt", "Apt.", "Unit", "#", "Ste", "Rm"]

STATE_NAMES = ["New York", "Ohio", "California", "Texas", "Michigan", "Florida", "Oregon",
               "Vermont", "Illinois", "Georgia", "Colorado"]

SHC = {"name": "Halverson University Student Health Center", "street": "110 Tower Rd",
       "city": "Ashbury", "state": "NY", "zip": "13821", "phone": "(607) 254-4820",
       "fax": "(607) 254-4990", "caps": "607-254-5300", "pharm": "607.254.4888"}
VENDORS = [("Meridian Student Insurance Services", "2200 Commerce Pkwy Ste 310", "Westlake", "OH", "44145"),
           ("Cobalt Campus Card Systems", "950 Research Dr", "Fairport", "NY", "14450"),
           ("Northstar Lab Partners LLC", "4100 Industrial Blvd", "Columbus", "OH", "43219"),
           ("Summit Vaccine Distribution", "75 Logistics Way Bldg C", "Memphis", "TN", "38118"),
           ("ProctorWell Inc.", "1 Kendall Sq Suite 1400", "Cambridge", "MA", "02139")]
PRODUCTS = ["Medicat One 24.3.1", "PyraMED 7.9", "Point and Click 6.2.0", "Titanium Schedule 9.4",
            "Sportsware Online 4.12", "ImPACT 4.1.7", "CS Gold 7.4.2", "Transact Campus 3.18",
            "Banner Student 9.28", "Workday Student 2025R2", "Accommodate 12.6", "Terra Dotta 25.1",
            "Magnus Health SMR 5.3", "StarRez 11.2", "Maxient 8.0", "Mirth Connect 4.5.2"]
STAFF_ACCTS = ["svc_medicat", "svc-hl7-router", "svc_banner_etl", "jwells_atc", "rn.kpatel",
               "akessler", "pharm_tech02", "dso_admin", "svc-onecard", "caps_frontdesk",
               "etl_runner", "mirth", "ops-bot", "oncall-sre", "reslife_rd3", "svc-testing-api"]
ROLES_CLIN = ["MD", "DO", "NP", "PA-C", "ATC", "LPC", "PsyD", "LCSW", "RN", "PharmD"]
SPORTS = ["W Soccer", "M Lacrosse", "Football", "W Rowing", "M Ice Hockey", "W Basketball",
          "Wrestling", "W Volleyball", "M Rugby (club)", "Cheer"]
AREA = ["607", "315", "212", "646", "718", "917", "516", "914", "734", "608", "303", "352",
        "919", "510", "541", "413", "812", "217", "706", "802", "517", "281", "732", "630",
        "949", "305", "972", "508", "973", "928", "785", "406", "603", "814", "405", "319"]
PUBLIC_OCT = [24, 47, 50, 64, 65, 66, 67, 68, 69, 70, 71, 73, 74, 75, 76, 96, 97, 98, 99,
              107, 108, 136, 141, 162, 166, 173, 174, 184, 199, 208, 209]


# ---------------------------------------------------------------- helpers
STATE = {"i": 0, "cnt": Counter()}
QUOTA = 14  # steer rare categories to at least ~QUOTA spans over the corpus


def need(cat):
    """True when category `cat` is behind its running quota (deterministic)."""
    return STATE["cnt"][cat] < QUOTA * (STATE["i"] + 1) / N_LINES


def want(cat, p):
    c = chance(p)
    return c or need(cat)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s if c.isalnum())


def first():
    return pick(FIRST)


def last():
    return pick(LAST)


def name_str(f=None, l=None, style=None):
    f = f or first()
    l = l or last()
    style = style or pick(["fl", "fl", "fl", "lf", "LF", "fml", "FL"])
    if style == "fl":
        return f + " " + l
    if style == "lf":
        return l + ", " + f
    if style == "LF":
        return l.upper() + ", " + f.upper()
    if style == "FL":
        return f.upper() + " " + l.upper()
    if style == "fml":
        return f + " " + pick(MIDDLE) + ". " + l
    raise ValueError(style)


def clinician():
    f, l = first(), last()
    st = R.randint(0, 3)
    if st == 0:
        return "Dr. " + f + " " + l
    if st == 1:
        return f + " " + l + ", " + pick(ROLES_CLIN)
    if st == 2:
        return l + ", " + f + " " + pick(ROLES_CLIN)
    return "Dr. " + l


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    base = str(R.choice([1, 2])) + "".join(str(R.randint(0, 9)) for _ in range(8))
    return base + luhn_digit("80840" + base)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def sha256():
    return hashlib.sha256(str(R.random()).encode()).hexdigest()


def ver():
    return "%d.%d.%d" % (R.randint(1, 12), R.randint(0, 30), R.randint(0, 60))


def build():
    return pick(["b", "build-", "r", ""]) + str(R.randint(1000, 99999))


def host(dom="halverson.internal"):
    pre = pick(["shc-ehr-app", "caps-sched", "at-room", "imm-portal", "sa-clear", "dss-web",
                "rx-pos", "waiver-wkr", "sis-etl", "reslife-app", "covid-api", "onecard-ctl",
                "fhir-gw", "edi-gw", "pg-shc", "mx", "sms-gw", "fax-srv"])
    return "%s%02d.%s" % (pre, R.randint(1, 12), dom)


def priv_ip():
    k = R.randint(0, 3)
    if k == 0:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if k == 1:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    if k == 2:
        return "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
    return "127.0.0.1"


def pub_ip():
    if chance(0.2):
        return "%x:%x:%x:%x:%x:%x:%x:%x" % tuple([pick([0x2601, 0x2600, 0x2603, 0x2a02])] +
                                                 [R.randint(1, 0xffff) for _ in range(7)])
    return "%d.%d.%d.%d" % (pick(PUBLIC_OCT), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def staff():
    return pick(STAFF_ACCTS)


CLOCK = [dt.datetime(2025, 10, 6, 5, 12, 0)]


def tick():
    CLOCK[0] += dt.timedelta(seconds=R.randint(3, 300), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def ts_iso(t, tz=None):
    tz = tz if tz is not None else pick(["Z", "-04:00", "+00:00", ""])
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d" % (t.microsecond // 1000) + tz


def ts_sp(t, sep=","):
    return t.strftime("%Y-%m-%d %H:%M:%S") + sep + "%03d" % (t.microsecond // 1000)


def ts_sys(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_apache(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0400")


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def rdate(a, b):
    days = (b - a).days
    return a + dt.timedelta(days=R.randint(0, days))


def dob():
    if chance(0.85):
        return rdate(dt.date(1997, 1, 1), dt.date(2007, 9, 1))
    return rdate(dt.date(1962, 1, 1), dt.date(1996, 12, 31))


def parent_dob():
    return rdate(dt.date(1958, 1, 1), dt.date(1984, 12, 31))


def recent(a=(2025, 8, 18), b=(2025, 10, 5)):
    """A past date near the log period (service, injury, collection...)."""
    return rdate(dt.date(*a), dt.date(*b))


def future(a=(2025, 10, 7), b=(2025, 12, 12)):
    """An upcoming date (appointments, schedules)."""
    return rdate(dt.date(*a), dt.date(*b))


def fdate(d, style=None):
    style = style or pick(["iso", "iso", "us", "us", "usn", "eu", "long", "dmon", "compact", "dmy"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "usn":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "eus":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "dmon":
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    raise ValueError(style)


def phone(style=None, intl=False):
    if intl:
        k = R.randint(0, 5)
        if k == 0:
            return "+44 7%03d %06d" % (R.randint(400, 999), R.randint(0, 999999))
        if k == 1:
            return "+34 6%02d %03d %03d" % (R.randint(0, 99), R.randint(0, 999), R.randint(0, 999))
        if k == 2:
            return "+33 6 %02d %02d %02d %02d" % tuple(R.randint(0, 99) for _ in range(4))
        if k == 3:
            return "+49 15%d %08d" % (R.randint(1, 9), R.randint(0, 99999999))
        if k == 4:
            return "+81 90-%04d-%04d" % (R.randint(0, 9999), R.randint(0, 9999))
        return "+91 9%04d %05d" % (R.randint(0, 9999), R.randint(0, 99999))
    a = pick(AREA)
    e = R.randint(201, 989)
    if e == 555:
        e = 556
    n = R.randint(0, 9999)
    style = style or pick(["paren", "dash", "dash", "dot", "plus", "e164", "plain"])
    if style == "paren":
        return "(%s) %03d-%04d" % (a, e, n)
    if style == "dash":
        return "%s-%03d-%04d" % (a, e, n)
    if style == "dot":
        return "%s.%03d.%04d" % (a, e, n)
    if style == "plus":
        return "+1 %s-%03d-%04d" % (a, e, n)
    if style == "e164":
        return "+1%s%03d%04d" % (a, e, n)
    return "%s%03d%04d" % (a, e, n)


def ssn(style=None):
    area = R.randint(1, 899)
    if area == 666:
        area = 667
    g, s = R.randint(1, 99), R.randint(1, 9999)
    style = style or pick(["dash", "dash", "dash", "plain", "space"])
    if style == "dash":
        return "%03d-%02d-%04d" % (area, g, s)
    if style == "plain":
        return "%03d%02d%04d" % (area, g, s)
    return "%03d %02d %04d" % (area, g, s)


def mrn():
    k = R.randint(0, 5)
    return ["SHC%07d" % R.randint(0, 9999999), "%08d" % R.randint(10000000, 99999999),
            "M%06d" % R.randint(0, 999999), "PNC-%06d" % R.randint(0, 999999),
            "E%09d" % R.randint(0, 999999999), "HU-MR-%07d" % R.randint(0, 9999999)][k]


def student_id():
    k = R.randint(0, 3)
    return ["9%08d" % R.randint(0, 99999999), "A%08d" % R.randint(0, 99999999),
            "U%07d" % R.randint(0, 9999999), "@%08d" % R.randint(0, 99999999)][k]


def netid(f, l):
    f, l = fold(f).lower(), fold(l).lower()
    k = R.randint(0, 2)
    if k == 0:
        return f[0] + l[:6] + str(R.randint(1, 99))
    if k == 1:
        return f[0] + l[0] + str(R.randint(100, 9999))
    return f + "." + l


def email(f, l, kind=None):
    ff, ll = fold(f).lower(), fold(l).lower()
    kind = kind or pick(["gmail", "uni", "other", "other2"])
    if kind == "gmail":
        return "%s.%s%d@gmail.com" % (ff, ll, R.randint(1, 2007))
    if kind == "uni":
        return "%s%s%d@halverson.edu" % (ff[0], ll[:5], R.randint(1, 99))
    if kind == "other":
        return "%s%s@%s" % (ff, pick(["_", "", "."]) + ll,
                            pick(["yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me"]))
    return "%s.%s@%s" % (ll, ff, pick(["comcast.net", "aol.com", "verizon.net", "gmx.de", "qq.com"]))


def street():
    s = "%d %s %s" % (R.randint(1, 9899), pick(STREETS), pick(SUFFIX))
    if chance(0.4):
        u = pick(UNIT)
        s += (" " + u + (" " if u != "#" else "") + str(R.randint(1, 40)) + pick(["", "", "B", "A"]))
    return s


def city():
    return pick(CITIES)


def zipc(c, plus4=None):
    z = c[2] + "%02d" % R.randint(0, 99)
    if plus4 or (plus4 is None and chance(0.15)):
        z += "-%04d" % R.randint(1, 9999)
    return z


def card():
    k = R.randint(0, 2)
    if k == 0:
        base = "4" + digits(14)
    elif k == 1:
        base = "5" + str(R.randint(1, 5)) + digits(13)
    else:
        base = "3" + pick("47") + digits(12)
    num = base + luhn_digit(base)
    if chance(0.4) and len(num) == 16:
        sep = pick([" ", "-"])
        num = sep.join(num[i:i + 4] for i in range(0, 16, 4))
    return num


def bank_acct():
    return digits(R.randint(8, 12))


def pt_account():
    k = R.randint(0, 3)
    return ["PA%08d" % R.randint(0, 99999999), "BUR-%07d" % R.randint(0, 9999999),
            "%010d" % R.randint(10 ** 9, 10 ** 10 - 1), "GA-%06d-%02d" % (R.randint(0, 999999), R.randint(1, 99))][k]


def health_plan_id():
    k = R.randint(0, 5)
    if k == 0:
        return "W" + digits(9)
    if k == 1:
        return pick(["XEH", "YPB", "JQU", "ZGA"]) + digits(9)
    if k == 2:
        return mbi()
    if k == 3:
        return "SHIP-" + digits(8)
    if k == 4:
        return digits(9) + "-0" + str(R.randint(1, 4))
    return "U" + digits(8) + "01"


def mbi():
    AL = "ACDEFGHJKMNPQRTUVWXY"
    AN = AL + "0123456789"
    s = (str(R.randint(1, 9)) + pick(AL) + pick(AN) + str(R.randint(0, 9)) + pick(AL) + pick(AN)
         + str(R.randint(0, 9)) + pick(AL) + pick(AL) + str(R.randint(0, 9)) + str(R.randint(0, 9)))
    if chance(0.4):
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def dea(lastname):
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return pick("ABFM") + fold(lastname)[0].upper() + "".join(map(str, d)) + str(chk)


def dl():
    k = R.randint(0, 5)
    if k == 0:
        return pick("ABCDEFGHNY") + digits(7)            # CA style
    if k == 1:
        return "%s %s %s" % (digits(3), digits(3), digits(3))  # NY style
    if k == 2:
        return "%s%s-%s-%s-%s-%s" % (pick("LMRS"), digits(3), digits(3), digits(2), digits(3), digits(1))  # FL
    if k == 3:
        return digits(8)                                  # TX/PA
    if k == 4:
        return "%s%s-%s-%s" % (pick("LMRS"), digits(3), digits(4), digits(4))  # IL
    return pick("ST") + digits(12)                        # MI-ish


def prof_license():
    return pick(["RN", "LPN", "EMT-B ", "CNA-", "PT"]) + digits(6)


VIN_TR = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7,
          "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4,
          "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = pick(["1HG", "2T1", "1FA", "3VW", "JTD", "5YJ", "1N4", "KMH", "WBA", "4T1"])
    body = wmi + "".join(pick(chars) for _ in range(5)) + "0" + pick("PRSTVWXY123456") + pick(chars) + digits(6)
    tot = sum(VIN_TR[c] * w for c, w in zip(body, VIN_W))
    chk = tot % 11
    return body[:8] + ("X" if chk == 10 else str(chk)) + body[9:]


def plate():
    k = R.randint(0, 3)
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if k == 0:
        return str(R.randint(1, 9)) + "".join(pick(L) for _ in range(3)) + digits(3)
    if k == 1:
        return "".join(pick(L) for _ in range(3)) + "-" + digits(4)
    if k == 2:
        return "".join(pick(L) for _ in range(3)) + digits(4)
    return digits(3) + " " + "".join(pick(L) for _ in range(3))


def mac(style=None):
    b = [R.randint(0, 255) for _ in range(6)]
    b[0] = (b[0] & 0xFC)
    style = style or pick(["colon", "colon", "dash", "cisco", "upper"])
    if style == "colon":
        return ":".join("%02x" % x for x in b)
    if style == "upper":
        return ":".join("%02X" % x for x in b)
    if style == "dash":
        return "-".join("%02X" % x for x in b)
    h = "".join("%02x" % x for x in b)
    return h[0:4] + "." + h[4:8] + "." + h[8:12]


def imei():
    base = pick(["35", "86", "01", "49"]) + digits(12)
    return base + luhn_digit(base)


DEVICE_KIND = {"pump": 0, "cgm": 1, "cochlear": 2, "helmet": 3, "udi": 4, "hearing": 5, "other": 6}


def device_serial(kind=None):
    k = R.randint(0, 6) if kind is None else DEVICE_KIND[kind]
    if k == 0:
        return "PMP-NG%07d%s" % (R.randint(0, 9999999), pick("HKLM"))   # insulin pump
    if k == 1:
        return "".join(pick("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))  # CGM transmitter
    if k == 2:
        return "CI%d-%07d" % (R.randint(500, 699), R.randint(0, 9999999))  # cochlear implant
    if k == 3:
        return "HX-%07d" % R.randint(0, 9999999)   # helmet impact sensor
    if k == 4:
        return "(01)%s(17)%s(21)%s" % ("00" + digits(12), "2%d%02d%02d" % (R.randint(6, 9), R.randint(1, 12), R.randint(1, 28)),
                                       pick(["SN", "A", "K"]) + digits(7))  # UDI
    if k == 5:
        return "PH%s%s" % (digits(2), "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(8)))  # hearing aid
    return "G7%s" % "".join(pick("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(8))


def passport():
    k = R.randint(0, 3)
    if k == 0:
        return digits(9)
    if k == 1:
        return pick("ACEGXZ") + digits(8)
    if k == 2:
        return pick("EGPK") + digits(8)
    return "".join(pick("CFGHJKLMNPRTVWXYZ") for _ in range(2)) + digits(7)


def national_id():
    k = R.randint(0, 4)
    if k == 0:
        return "%s %s %s" % (str(R.randint(2, 9)) + digits(3), digits(4), digits(4))  # Aadhaar
    if k == 1:
        return pick(["110101", "310104", "440305", "510107"]) + "%04d%02d%02d" % (R.randint(1998, 2006), R.randint(1, 12), R.randint(1, 28)) + digits(3) + pick("0123456789X")
    if k == 2:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        return "".join(pick(L) for _ in range(4)) + "%02d%02d%02d" % (R.randint(0, 6), R.randint(1, 12), R.randint(1, 28)) + pick("HM") + pick(["DF", "JC", "NL", "MC"]) + "".join(pick(L) for _ in range(3)) + pick("A0") + str(R.randint(0, 9))  # CURP
    if k == 3:
        return "%02d%02d%02d-%s" % (R.randint(0, 6), R.randint(1, 12), R.randint(1, 28), str(R.randint(3, 4)) + digits(6))  # KR RRN
    return "%s %s %s" % (digits(3), digits(3), digits(3))  # CA SIN


def sevis():
    return "N00" + digits(8)


def iso_card():
    base = "6009" + digits(11)
    return base + luhn_digit(base)


def b64(nbytes, header=b""):
    raw = header + bytes(R.getrandbits(8) for _ in range(nbytes - len(header)))
    return base64.b64encode(raw).decode()


def bio_b64(kind=None):
    kind = kind or pick(["fmr", "raw", "voice"])
    n = pick([60, 72, 84, 96, 108])
    if kind == "fmr":
        return b64(n, b"FMR\x00 20\x00")
    if kind == "voice":
        return b64(n, b"VPT1")
    return b64(n)


def photo_b64(kind=None):
    kind = kind or pick(["jpg", "png"])
    n = pick([63, 75, 90, 102])
    if kind == "jpg":
        return b64(n, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01")
    return b64(n, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def personal_url(f, l):
    ff, ll = fold(f).lower(), fold(l).lower()
    k = R.randint(0, 6)
    return ["https://www.instagram.com/%s.%s%d" % (ff, ll, R.randint(1, 99)),
            "https://twitter.com/%s_%s" % (ff, ll),
            "https://www.linkedin.com/in/%s-%s-%s" % (ff, ll, hexs(6)),
            "https://%s%s.github.io" % (ff, ll),
            "https://www.tiktok.com/@%s%s%d" % (ff[:4], ll, R.randint(1, 999)),
            "https://www.gofundme.com/f/help-%s-%s-recover" % (ff, ll),
            "https://sites.google.com/view/%s-%s-portfolio" % (ff, ll)][k]


def age_over89():
    return R.randint(90, 104)


def age_young():
    return R.randint(17, 34)


# ================================================================ families
# Each family: f(phi) -> B.  phi=False must produce a line with no PHI at all.

def f_ehr_json(phi):
    """Student health center EHR event stream (JSON)."""
    b, t = B(), tick()
    cmp_ = chance(0.5)
    head = {"ts": ts_iso(t), "level": pick(["INFO", "INFO", "WARN", "DEBUG"]),
            "svc": pick(["shc-ehr", "medicat-bridge", "pnc-events"]), "host": host()}
    if not phi:
        k = R.randint(0, 5)
        if k == 0:
            o = dict(head, event="hl7.interface.backlog", interface=pick(["ADT_OUT", "ORU_IN", "VXU_STATE_IIS", "DFT_BURSAR"]),
                     queueDepth=R.randint(3, 900), oldestMsgAgeSec=R.randint(1, 4000), version=ver(), traceId=hexs(32))
        elif k == 1:
            d0 = recent()
            o = dict(head, event="schedule.template.published",
                     provider={"name": clinician(), "npi": npi(), "dept": pick(["Primary Care", "Sports Med", "Travel Clinic", "Women's Health"])},
                     slots={"from": fdate(d0, "iso"), "to": fdate(d0 + dt.timedelta(days=R.randint(4, 30)), "iso"),
                            "count": R.randint(20, 300), "lengthMin": pick([15, 20, 30, 40])},
                     room="SHC-%d%s" % (R.randint(1, 3), pick("ABCD")), publishedBy=staff())
        elif k == 2:
            o = dict(head, event="config.reload", changed=["appointmentReminders.leadHours", "portal.maxUploadMb", "branding.logo"],
                     logo="/assets/img/shc_logo_%dx%d.png" % (pick([120, 240]), pick([40, 80])),
                     favicon="data:image/png;base64," + b64(pick([48, 60]), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
                     leadHours=pick([24, 48, 72]), maxUploadMb=pick([10, 25, 50]), checksum=sha256()[:40], build=build())
        elif k == 3:
            o = dict(head, event="user.login", user=staff(), role=pick(["RN", "MA", "FrontDesk", "Billing", "Provider"]),
                     clientIp=priv_ip(), mfa=pick(["duo_push", "totp", "webauthn"]), sessionId=uid(),
                     ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/%d.0.%d.%d" % (R.randint(118, 131), R.randint(1000, 6999), R.randint(10, 200)))
        elif k == 4:
            o = dict(head, event="lab.interface.sync", vendor=VENDORS[2][0], clientNo="NLP-SHC-%04d" % R.randint(1, 9999),
                     results=R.randint(0, 400), rejected=R.randint(0, 5), durationMs=R.randint(80, 9000),
                     endpoint="https://api.northstarlab.example.com:8443/v2/results?since=%s" % ts_iso(t, "Z"))
        else:
            o = dict(head, event="clinic.status", site=SHC["name"], address=SHC["street"] + ", " + SHC["city"] + ", " + SHC["state"] + " " + SHC["zip"],
                     mainLine=SHC["phone"], fax=SHC["fax"], waitMin=R.randint(0, 95), openRooms=R.randint(0, 14),
                     ageBands={"17-19": R.randint(5, 40), "20-24": R.randint(5, 40), "25+": R.randint(0, 9)})
        js(b, o, cmp_)
        return b
    f, l = first(), last()
    k = pick([0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 4])
    if need("photo") or need("biometric"):
        k = 4
    elif need("age"):
        k = 2
    if k == 0:
        o = dict(head, event="encounter.checkin", encounterId="ENC-2025-%07d" % R.randint(0, 9999999),
                 patient={"mrn": P("mrn", mrn()),
                          "name": {"given": P("name", f), "family": P("name", l)} if chance(0.5) else P("name", name_str(f, l)),
                          pick(["dob", "birthDate", "DOB"]): P("date", fdate(dob(), pick(["iso", "us"]))),
                          pick(["studentId", "emplid", "huId"]): P("other_id", student_id()),
                          "pronouns": pick(["she/her", "he/him", "they/them"]), "classYear": R.randint(2026, 2029)},
                 provider={"name": clinician(), "npi": npi()}, visitType=pick(["Acute", "Travel", "STI Screen", "Allergy Inj"]),
                 apptDate=P("date", fdate(future(), "iso")), traceId=hexs(32))
        if chance(0.25):
            a = age_over89()
            o["patient"]["patientType"] = "Emeritus faculty"
            o["patient"][pick(["age", "ageYears", "pt_age"])] = P("age", a)
            o["patient"]["classYear"] = None
            for dk in ("dob", "birthDate", "DOB"):
                if dk in o["patient"]:
                    bd = dt.date(2025 - a - 1, R.randint(11, 12), R.randint(1, 28))
                    o["patient"][dk] = P("date", fdate(bd, pick(["iso", "us"])))
    elif k == 1:
        c = city()
        chg = [{"field": "homeAddress.line1", "old": P("address", street()), "new": P("address", street())},
               {"field": "homeAddress.city", "new": P("address", c[0])},
               {"field": "homeAddress.postalCode", "new": P("zip", zipc(c))}]
        if chance(0.6):
            chg.append({"field": pick(["cellPhone", "mobilePhone", "phoneCell"]), "new": P("phone", phone())})
        if want("fax", 0.3):
            chg.append({"field": "homeFax", "new": P("fax", phone())})
        o = dict(head, event="patient.demographics.updated", mrn=P("mrn", mrn()), changedBy=staff(), changes=chg)
    elif k == 2:
        rel = pick(["grandmother", "grandfather", "great-aunt", "guardian"])
        ec = {"relationship": rel, "name": P("name", name_str(None, None, "fl")), "phone": P("phone", phone())}
        if rel in ("grandmother", "grandfather", "great-aunt") and chance(0.8):
            ec["age"] = P("age", age_over89())
        elif need("age"):
            ec["relationship"] = "grandmother"
            ec["age"] = P("age", age_over89())
        o = dict(head, event="patient.emergencyContact.added", patientRef=P("mrn", mrn()),
                 emergencyContact=ec, patientAge=age_young(), email=P("email", email(f, l)))
    elif k == 3:
        o = dict(head, event="lab.result.posted", accession="A25-%06d" % R.randint(0, 999999),
                 test={"loinc": pick(["78012-2", "94500-6", "5196-1", "20507-0"]), "result": pick(["NEG", "POS", "Nonreactive"])},
                 patient=S("pt ", P("name", name_str(f, l, "LF")), " MRN ", P("mrn", mrn())),
                 collected=P("date", fdate(recent(), "iso")), orderingNpi=npi(), resultedBy=clinician())
    else:
        ev = pick(["patient.photo.uploaded", "patient.biometric.enrolled"])
        if need("photo") and not need("biometric"):
            ev = "patient.photo.uploaded"
        elif need("biometric") and not need("photo"):
            ev = "patient.biometric.enrolled"
        o = dict(head, event=ev, mrn=P("mrn", mrn()))
        if o["event"] == "patient.photo.uploaded":
            if chance(0.5):
                o["photo"] = {"contentType": "image/jpeg", "data": P("photo", photo_b64("jpg"))}
            else:
                o["photoPath"] = P("photo", "/srv/medicat/photos/%d/%s_face.jpg" % (R.randint(2023, 2025), fold(l).lower()))
            o["kioskIp"] = priv_ip()
        else:
            o["purpose"] = "controlled-substance pickup verification"
            o[pick(["fpTemplate", "fingerprint_iso19794", "fp_tmpl_b64"])] = P("biometric", bio_b64("fmr"))
            o["scanner"] = {"model": "U.are.U 4500", "fw": ver()}
    js(b, o, cmp_)
    return b


def f_counseling_logfmt(phi):
    """Campus counseling (CAPS) scheduling, logfmt."""
    b, t = B(), tick()
    pre = [("ts", ts_iso(t, "Z")), ("level", pick(["info", "info", "warn"])), ("app", "caps-sched"),
           ("req_id", hexs(16))]
    if not phi:
        k = R.randint(0, 3)
        d0 = recent()
        if k == 0:
            pairs = pre + [("action", "slots.generated"), ("counselor", clinician()), ("slots", R.randint(4, 40)),
                           ("from", fdate(d0, "iso")), ("to", fdate(d0 + dt.timedelta(days=6), "iso")),
                           ("room", "CAPS-%d" % R.randint(100, 330)), ("duration", "%dm" % pick([25, 50, 80])),
                           ("tz", "America/New_York")]
        elif k == 1:
            pairs = pre + [("action", "reminder.batch"), ("sent", R.randint(10, 500)), ("failed", R.randint(0, 9)),
                           ("provider", "sms-gw"), ("from_number", SHC["caps"]), ("elapsed", "%.3fs" % (R.random() * 9)),
                           ("worker", "caps-sched-%d" % R.randint(1, 4))]
        elif k == 2:
            pairs = pre + [("action", "waitlist.stats"), ("term", "FA25"), ("waiting", R.randint(0, 120)),
                           ("median_wait_days", R.randint(1, 21)), ("crisis_slots_open", R.randint(0, 6)),
                           ("after_hours_line", "1-888-%03d-%04d" % (R.randint(200, 999), R.randint(0, 9999)))]
        elif k == 3 and chance(0.5):
            pairs = pre + [("action", "group.created"), ("group", pick(["Grief Support", "Grad Student Stress", "DBT Skills", "Let's Talk drop-in"])),
                           ("facilitator", clinician()), ("capacity", R.randint(6, 14)), ("start", fdate(future(), "iso")),
                           ("weeks", R.randint(4, 10)), ("location", SHC["street"] + " Rm %d" % R.randint(100, 330)), ("min_age", 18)]
        else:
            pairs = pre + [("action", "zoom.meeting.created"), ("meeting_id", "%03d %04d %04d" % (R.randint(800, 999), R.randint(0, 9999), R.randint(0, 9999))),
                           ("host", staff()), ("passcode_len", 10), ("license", "ZM-EDU-%05d" % R.randint(0, 99999)),
                           ("latency", "%dms" % R.randint(20, 900))]
        logfmt(b, pairs)
        return b
    f, l = first(), last()
    k = R.randint(0, 3)
    nm_key = pick(["client_name", "clnt_nm", "stuName", "pt_fullname", "client"])
    if k == 0:
        pairs = pre + [("action", "appt.booked"), ("appt_id", "CAPS-%06d" % R.randint(0, 999999)),
                       (nm_key, P("name", name_str(f, l))),
                       (pick(["client_dob", "dob", "birthdt"]), P("date", fdate(dob(), pick(["iso", "us"])))),
                       (pick(["appt_date", "apptDt", "session_date"]), P("date", fdate(future(), "iso"))),
                       ("appt_time", "%02d:%s" % (R.randint(8, 17), pick(["00", "30"]))),
                       ("counselor", clinician()), ("modality", pick(["in_person", "telehealth", "group"])),
                       (pick(["sid", "emplid", "student_no"]), P("other_id", student_id()))]
        if chance(0.5):
            pairs.append((pick(["client_phone", "cell", "callback_no"]), P("phone", phone())))
    elif k == 1:
        pairs = pre + [("action", "intake.submitted"), (nm_key, P("name", name_str(f, l))),
                       ("ec_name", P("name", name_str(None, l, "fl"))), ("ec_rel", pick(["mother", "father", "sister", "spouse"])),
                       ("ec_phone", P("phone", phone())), ("phq9", R.randint(0, 27)), ("gad7", R.randint(0, 21)),
                       ("age", age_young())]
        if chance(0.7):
            pre_, post_ = pick([("grandmother ", "yo with dementia"), ("grandfather died at ", " last spring"),
                                ("lives with great-grandmother (", ") as caregiver"), ("MGM age ", ", recent stroke")])
            pairs.append(("fam_hx", S(pre_, P("age", str(age_over89())), post_)))
    elif k == 2:
        pairs = pre + [("action", "noshow.notice"), ("to", P("email", email(f, l))),
                       ("missed", P("date", fdate(recent(), "us"))), ("fee_account", P("account", pt_account())),
                       ("counselor", clinician())]
    elif k == 3 and chance(0.6):
        pairs = pre + [("action", "phone.idv.enroll"), ("clientId", P("other_id", student_id())),
                       (pick(["voiceprint", "vp_tmpl", "voice_sig_b64"]), P("biometric", bio_b64("voice"))),
                       ("vendor", "Nuance Gatekeeper"), ("score_thresh", "0.%d" % R.randint(70, 95))]
    else:
        pairs = pre + [("action", "risk.flag"), ("client", P("name", name_str(f, l))),
                       ("source", "outreach"), ("public_profile", P("url", personal_url(f, l))),
                       ("mrn", P("mrn", mrn())), ("assigned", clinician())]
    # flatten S into logfmt: handle manually
    for i, (k_, v) in enumerate(pairs):
        if i:
            b.t(" ")
        b.t(k_ + "=")
        if isinstance(v, S):
            b.t('"')
            for part in v.parts:
                b.t(part)
            b.t('"')
        else:
            raw = str(v.v if isinstance(v, P) else v)
            q = (" " in raw) or raw == ""
            b.t('"' if q else "", v if isinstance(v, P) else raw, '"' if q else "")
    return b


def f_athletic_syslog(phi):
    """Athletic training room app (RFC5424 syslog) incl. concussion tracking."""
    b, t = B(), tick()
    hn = "at-room-%02d.athletics.halverson.internal" % R.randint(1, 4)
    app = pick(["sportsware", "impact-sync", "at-tracker"])
    b.t("<%d>1 %s %s %s %d %s " % (pick([134, 132, 131, 14]), ts_iso(t, "-04:00"), hn, app, R.randint(1000, 65000),
                                    pick(["INJ_LOG", "CONC", "RTP", "SYNC", "-"])))
    sport = pick(SPORTS)
    b.t('[meta sport="%s" team_id="%s" build="%s"] ' % (sport, "T%03d" % R.randint(1, 200), build()))
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            b.t("sync completed: %d records pushed to ImPACT (v%s), %d failures, elapsed %.1fs" % (R.randint(1, 90), ver(), R.randint(0, 3), R.random() * 20))
        elif k == 1:
            b.t("equipment check: helmet sensor lot RD-%04d, %d units, firmware %s, batch expires %s" % (
                R.randint(0, 9999), R.randint(10, 90), ver(), fdate(dt.date(2027, R.randint(1, 12), 1), "iso")))
        elif k == 2:
            b.t("treatment log summary %s: %d visits, avg %d min, ice baths %d, taping %d; AT on duty %s" % (
                fdate(recent(), "iso"), R.randint(10, 80), R.randint(8, 35), R.randint(0, 20), R.randint(0, 40), clinician()))
        elif chance(0.5):
            b.t("team physicals scheduled %s for %s: %d athletes, %d stations, lead physician %s (NPI %s), site Barton Hall, contact %s" % (
                fdate(future(), "iso"), sport, R.randint(20, 110), R.randint(3, 9), clinician(), npi(), SHC["phone"]))
        else:
            b.t("protocol %s loaded: SCAT6 stages 1-6, min %d days RTP, age band 18-%d, checksum %s" % (
                "CONC-%d.%d" % (R.randint(1, 5), R.randint(0, 9)), R.randint(5, 8), R.randint(22, 25), hexs(12)))
        return b
    f, l = first(), last()
    k = R.randint(0, 3)
    if k == 0:
        b.t("Injury logged for athlete ", P("name", name_str(f, l)), " (SID ", P("other_id", student_id()), ") DOI ",
            P("date", fdate(recent(), pick(["us", "usn"]))), ": ", pick(["L ankle inversion sprain grade II", "R hamstring strain", "AC joint sprain", "concussion suspected"]),
            "; AT ", clinician())
    elif k == 1:
        b.t("ImPACT baseline matched athlete=", P("name", name_str(f, l, "lf")), " dob=", P("date", fdate(dob(), "us")),
            " helmet_sensor_sn=", P("device", device_serial("helmet")),
            " composite_verbal=%d" % R.randint(60, 99))
    elif k == 2:
        b.t("RTP stage %d cleared for " % R.randint(2, 6), P("name", name_str(f, l)), " MRN ", P("mrn", mrn()),
            ", injury ", P("date", fdate(recent(), "iso")), ", cleared by ", clinician(), " NPI ", npi())
    else:
        b.t("parent notified: ", P("name", name_str(None, l, "fl")), " at ", P("phone", phone()),
            " re ", P("name", f), "; insurance card on file member ", P("health_plan", health_plan_id()))
    return b


def f_concussion_csv(phi):
    """Concussion tracker export rows (CSV within a log line)."""
    b, t = B(), tick()
    b.t(ts_sp(t), " EXPORT concussion_tracker.csv ")
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            b.t("header=student_id,last_name,first_name,dob,sport,doi,tool,symptom_score,stage,at_user rows=%d sha256=%s" % (R.randint(20, 400), sha256()))
        elif k == 1:
            b.t("summary team=T%03d sport=%s term=%s tool=SCAT6 cases=%d avg_symptom=%d avg_days_to_rtp=%.1f owner=%s" % (
                R.randint(1, 200), pick(SPORTS).replace(" ", "_"), "FA25", R.randint(0, 12), R.randint(0, 60), R.random() * 20, staff()))
        else:
            b.t("done file=/exports/athletics/conc_%s.csv bytes=%d elapsed=%dms" % (t.strftime("%Y%m%d"), R.randint(2000, 90000), R.randint(20, 4000)))
        return b
    f, l = first(), last()
    b.t("row=%d data=" % R.randint(1, 400))
    sep = pick([",", ";", "|"])
    b.t(P("other_id", student_id()), sep)
    if chance(0.5):
        b.t(P("name", l), sep, P("name", f), sep)
    else:
        b.t('"', P("name", name_str(f, l, "lf")), '"' if sep == "," else '"', sep)
    b.t(P("date", fdate(dob(), pick(["iso", "us"]))), sep, pick(SPORTS), sep, P("date", fdate(recent(), "iso")), sep,
        "SCAT6", sep, str(R.randint(0, 132)), sep, "RTP-%d" % R.randint(1, 6), sep, staff())
    if chance(0.4):
        b.t(sep, P("phone", phone("dash")))
    return b


def f_immunization_apache(phi):
    """Immunization compliance portal, Apache combined log."""
    b, t = B(), tick()
    ua = pick(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
               "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/537.36 Chrome/128.0.0.0 Safari/537.36",
               "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0"])
    if not phi:
        k = R.randint(0, 4)
        if k == 0:
            b.t('%s - - [%s] "GET /healthz HTTP/1.1" 200 17 "-" "kube-probe/1.29"' % (priv_ip(), ts_apache(t)))
        elif k == 1:
            b.t('%s - %s [%s] "POST /api/v2/compliance/batch?term=FA25&page=%d&size=500 HTTP/1.1" 202 %d "-" "python-requests/2.32.3"' % (
                priv_ip(), staff(), ts_apache(t), R.randint(1, 40), R.randint(100, 9000)))
        elif k == 2:
            b.t('%s - - [%s] "GET /static/%s HTTP/2.0" 304 0 "https://immunize.halverson.edu/portal/requirements" "%s"' % (
                priv_ip(), ts_apache(t), pick(["img/vaccine-card-sample.jpg", "img/halverson-seal.png", "img/staff/nurse-team-2025.jpg"]) + "?v=" + ver(), ua))
        elif k == 3:
            b.t('%s - - [%s] "GET /static/js/app.%s.js?v=%s HTTP/2.0" 304 0 "https://immunize.halverson.edu/portal/requirements" "%s"' % (
                priv_ip(), ts_apache(t), hexs(8), ver(), ua))
        else:
            b.t('%s - - [%s] "GET /portal/requirements?cvx=208&cvx=03&year=2025 HTTP/1.1" 200 %d "-" "%s" %dus' % (
                priv_ip(), ts_apache(t), R.randint(1000, 40000), ua, R.randint(900, 90000)))
        return b
    f, l = first(), last()
    user = P("other_id", netid(f, l)) if chance(0.5) else "-"
    b.t(P("ip", pub_ip()), " - ", user, " [", ts_apache(t), '] "')
    k = R.randint(0, 2)
    if k == 0:
        b.t("GET /portal/immunizations/upload?", pick(["sid", "stuId", "student"]), "=", P("other_id", student_id()),
            "&", pick(["dob", "bd", "birth"]), "=", P("date", fdate(dob(), "iso")), " HTTP/1.1\" 200 %d" % R.randint(1000, 9000))
    elif k == 1:
        b.t("POST /portal/immunizations/mmr HTTP/1.1\" 201 %d" % R.randint(100, 900))
    else:
        b.t("GET /portal/record/", P("mrn", mrn()), "/print?fmt=pdf HTTP/1.1\" 200 %d" % R.randint(20000, 300000))
    b.t(' "https://immunize.halverson.edu/portal/home" "', ua, '"')
    return b


ABROAD = {
    "es": {"root": "autorizacionSalud", "given": "nombre", "family": "apellidos", "dob": "fechaNacimiento",
           "pass": "pasaporte", "addr": "domicilioFamiliaAnfitriona", "city": "ciudad", "zip": "codigoPostal",
           "tel": "telefono", "ecn": "contactoEmergencia",
           "places": [("Calle de Alcalá", "Madrid", "280"), ("Carrer de Mallorca", "Barcelona", "080"), ("Calle Larios", "Málaga", "290")]},
    "fr": {"root": "autorisationSante", "given": "prenom", "family": "nom", "dob": "dateDeNaissance",
           "pass": "numeroPasseport", "addr": "adresseFamilleAccueil", "city": "ville", "zip": "codePostal",
           "tel": "telephone", "ecn": "personneAPrevenir",
           "places": [("rue de Rivoli", "Paris", "750"), ("rue Sainte-Catherine", "Bordeaux", "330"), ("cours Mirabeau", "Aix-en-Provence", "131")]},
    "de": {"root": "Gesundheitsfreigabe", "given": "Vorname", "family": "Nachname", "dob": "Geburtsdatum",
           "pass": "Reisepassnummer", "addr": "Gastfamilieadresse", "city": "Ort", "zip": "PLZ",
           "tel": "Telefon", "ecn": "Notfallkontakt",
           "places": [("Hauptstraße", "Heidelberg", "691"), ("Leopoldstraße", "München", "808"), ("Oranienstraße", "Berlin", "109")]},
    "en": {"root": "healthClearance", "given": "givenName", "family": "surname", "dob": "dateOfBirth",
           "pass": "passportNo", "addr": "hostAddress", "city": "hostCity", "zip": "postcode",
           "tel": "mobile", "ecn": "emergencyContact",
           "places": [("Marchmont Road", "Edinburgh", "EH9"), ("Cowley Road", "Oxford", "OX4"), ("Harcourt Street", "Dublin", "D02")]},
}


def f_study_abroad_xml(phi):
    """Study abroad health clearance (single-line XML), multilingual."""
    b, t = B(), tick()
    b.t(ts_iso(t, "Z"), " sa-clearance ", pick(["INFO", "DEBUG"]), " payload=")
    if not phi and chance(0.5):
        if chance(0.5):
            b.t('<travelAdvisorySync source="CDC" fetched="%s" etag="%s"><country iso="%s" level="%d" vaccines="%s"/><country iso="%s" level="%d" vaccines="%s"/><minAge>18</minAge><ttlSeconds>%d</ttlSeconds></travelAdvisorySync>' % (
                ts_iso(t, "Z"), hexs(16), pick(["GH", "PE", "KE", "IN"]), R.randint(1, 3), pick(["YF;TYP;HEPA", "TYP;RAB", "HEPA;TYP"]),
                pick(["ES", "FR", "DE", "JP"]), 1, "ROUTINE", R.randint(3600, 86400)))
        else:
            b.t('<formTemplate id="SA-HLTH-%d" version="%s" locale="%s"><field name="%s" required="true"/><field name="%s" required="true"/><field name="%s" required="false"/><reviewer>%s</reviewer><updated>%s</updated></formTemplate>' % (
                R.randint(1, 40), ver(), pick(["es-ES", "fr-FR", "de-DE", "en-GB"]), pick(["fechaNacimiento", "dateDeNaissance", "Geburtsdatum", "dateOfBirth"]),
                pick(["pasaporte", "numeroPasseport", "Reisepassnummer", "passportNo"]), pick(["contactoEmergencia", "personneAPrevenir", "Notfallkontakt"]),
                clinician(), fdate(dt.date(2025, R.randint(1, 9), R.randint(1, 28)), "iso")))
        return b
    if not phi:
        d0 = recent((2026, 1, 5), (2026, 2, 20))
        b.t('<program code="%s" partner="%s" seats="%d" build="%s"><dates start="%s" end="%s"/><insurer>GeoBlue</insurer>'
            '<planCode>GB-EDU-%04d</planCode><emergencyLine>+1-800-%03d-%04d</emergencyLine><advisor>%s</advisor>'
            '<officeAddress>%s, %s, %s %s</officeAddress></program>' % (
                pick(["SP26-MAD", "SP26-PAR", "SP26-BER", "SP26-EDI", "SU26-KYO"]),
                pick(["Universidad Complutense", "Sciences Po", "Humboldt-Universität", "University of Edinburgh", "Doshisha University"]),
                R.randint(8, 40), build(), fdate(d0, "iso"), fdate(d0 + dt.timedelta(days=110), "iso"),
                R.randint(0, 9999), R.randint(200, 999), R.randint(0, 9999), clinician(),
                SHC["street"], SHC["city"], SHC["state"], SHC["zip"]))
        return b
    lang = pick(list(ABROAD))
    L = ABROAD[lang]
    f, l = first(), last()
    b.t('<%s id="SA-26-%04d" lang="%s">' % (L["root"], R.randint(0, 9999), lang))
    xel(b, L["given"], P("name", f))
    xel(b, L["family"], P("name", l))
    xel(b, L["dob"], P("date", fdate(dob(), "eu" if lang in ("de",) else ("eus" if lang != "en" else pick(["iso", "long"])))))
    xel(b, L["pass"], P("other_id", passport()))
    if chance(0.7):
        st, cty, zp = pick(L["places"])
        num = R.randint(1, 180)
        addr = ("%s %d" % (st, num)) if lang in ("es", "de") else ("%d %s" % (num, st))
        xel(b, L["addr"], P("address", addr))
        xel(b, L["city"], P("address", cty))
        zz = (zp + "%02d" % R.randint(0, 99)) if zp[0].isdigit() else (zp + " %d%s" % (R.randint(1, 9), pick(["AB", "LX", "QT", "HN"])))
        xel(b, L["zip"], P("zip", zz))
    xel(b, L["tel"], P("phone", phone(intl=True) if chance(0.6) else phone()))
    if chance(0.5):
        b.t("<%s>" % L["ecn"])
        xel(b, "n", P("name", name_str(None, l, "fl")))
        tag = "fax" if chance(0.4) else "tel"
        xel(b, tag, P("fax" if tag == "fax" else "phone", phone()))
        b.t("</%s>" % L["ecn"])
    if chance(0.3):
        xel(b, "blog" if lang == "en" else {"es": "blogPersonal", "fr": "blogPerso", "de": "Blog"}[lang],
            P("url", "https://%s-abroad-%s.wordpress.com" % (fold(f).lower(), fold(l).lower())))
    xel(b, "clearedBy", clinician())
    xel(b, "status", pick(["CLEARED", "PENDING_TB", "CLEARED_WITH_CONDITIONS"]))
    b.t("</%s>" % L["root"])
    return b


def f_disability_pylog(phi):
    """Disability services accommodations app (Python logging, dict repr)."""
    b, t = B(), tick()
    b.t(ts_sp(t), " ", pick(["INFO", "INFO", "WARNING"]), " [", pick(["accommodate.sync", "accommodate.letters", "dss.tasks", "dss.parking"]),
        "] ", pick(["pid=", "worker="]), str(R.randint(100, 9999)), " ")
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            b.t("exam proctoring schedule built ")
            pyrepr(b, {"term": "FA25", "exams": R.randint(50, 900), "rooms": ["ACC-%d" % R.randint(100, 130), "ACC-%d" % R.randint(131, 160)],
                       "elapsed": round(R.random() * 9, 3), "worker": "celery@dss-svc-%02d" % R.randint(1, 6)})
        elif k == 1:
            b.t("faculty notification digest ")
            pyrepr(b, {"sent": R.randint(10, 400), "bounced": R.randint(0, 4), "from": "dss-noreply@halverson.edu",
                       "template": "accom_letter_v%d" % R.randint(2, 9), "batch_id": uid()})
        else:
            b.t("vendor ticket ")
            v = pick(VENDORS)
            pyrepr(b, {"vendor": v[0], "remit_to": "%s, %s, %s %s" % (v[1], v[2], v[3], v[4]),
                       "ticket": "PW-%06d" % R.randint(0, 999999), "priority": "P%d" % R.randint(1, 4), "assignee": staff()})
        return b
    f, l = first(), last()
    k = R.randint(0, 2)
    if k == 0:
        b.t("accommodation letter generated ")
        pyrepr(b, {pick(["student_id", "emplid", "banner_id"]): P("other_id", student_id()),
                   pick(["name", "student", "stu_full_name"]): P("name", name_str(f, l)),
                   "accommodations": pick([["extended time 1.5x", "reduced distraction"], ["note taker", "captioning"], ["ground floor housing"]]),
                   "courses": R.randint(1, 6), "coordinator": clinician()})
    elif k == 1:
        b.t("medical device on file ")
        dk, kind = pick([("insulin_pump_sn", "pump"), ("cgm_tx_serial", "cgm"), ("cochlear_sn", "cochlear"),
                         ("hearing_aid_serial", "hearing"), ("device_udi", "udi"), ("implant_udi", "udi")])
        pyrepr(b, {"case": "DSS-%05d" % R.randint(0, 99999), dk: P("device", device_serial(kind)),
                   "student": P("name", name_str(f, l, "lf")), "dob": P("date", fdate(dob(), "iso"))})
    else:
        b.t("accessible parking permit issued ")
        d = {"permit": "ADA-%05d" % R.randint(0, 99999), "holder": P("name", name_str(f, l)),
             pick(["plate", "lic_plate", "tag"]): P("vehicle", plate()), "state": pick(["NY", "PA", "NJ", "OH", "CA"])}
        if chance(0.5):
            d["vin"] = P("vehicle", vin())
        if chance(0.4):
            d["dl_no"] = P("license", dl())
        pyrepr(b, d)
    return b


def f_pharmacy_hl7(phi):
    """Campus pharmacy HL7 v2 (segments shown with literal \\r)."""
    b, t = B(), tick()
    b.t(ts_iso(t, "Z"), " mirth-ch=", pick(["RX_DISPENSE_IN", "RX_ORDER_OUT", "PHARM_ADT"]), " ", pick(["INFO", "DEBUG"]), " msg=")
    ctl = "MSG%08d" % R.randint(0, 99999999)
    mts = t.strftime("%Y%m%d%H%M%S")
    if not phi:
        k = R.randint(0, 2)
        if k == 2:
            b.t("channel stats received=%d filtered=%d queued=%d errored=%d sent=%d since=%s host=%s port=%d" % (
                R.randint(100, 90000), R.randint(0, 500), R.randint(0, 40), R.randint(0, 9), R.randint(100, 90000),
                (t - dt.timedelta(hours=R.randint(1, 72))).strftime("%Y-%m-%dT%H:%M:%S"), host(), pick([6661, 6662, 2575, 8443])))
        elif k == 0:
            b.t("MSH|^~\\&|PHARM|HALV_SHC|EHR|HALV_SHC|%s||ACK^O13^ACK|ACK%s|P|2.5.1\\rMSA|AA|%s|accepted" % (mts, digits(8), ctl))
        else:
            b.t("MSH|^~\\&|WHOLESALER|%s|PHARM|HALV_SHC|%s||MFN^M15|%s|P|2.5.1\\rMFE|MAD|%s||%s^%s^NDC\\r"
                "ILT|1|EW%04d|%s|%d|EA" % (
                    pick(["SUMMIT", "CARDINAL", "MCK"]), mts, ctl, digits(6),
                    pick(["0069-3150-83", "0006-4121-02", "49281-0421-50", "0310-6225-30"]),
                    pick(["FLU QIV 2025-26", "GARDASIL 9", "MENQUADFI", "AMOXICILLIN 500MG CAP"]),
                    R.randint(0, 9999), fdate(dt.date(2026, R.randint(1, 12), 28), "compact"), R.randint(10, 900)))
        return b
    f, l = first(), last()
    c = city()
    pfx, pgv = first(), last()
    b.t("MSH|^~\\&|EHR|HALV_SHC|PHARM|HALV_SHC|%s||RDE^O11|%s|P|2.5.1\\r" % (mts, ctl))
    b.t("PID|1||", P("mrn", mrn()), "^^^HALV_SHC^MR")
    if chance(0.5):
        b.t("~", P("other_id", student_id()), "^^^HALV^SI")
    b.t("||", P("name", "%s^%s%s" % (fold(l).upper() if chance(0.3) else l.upper(), f.upper(), ("^" + pick(MIDDLE)) if chance(0.5) else "")),
        "||", P("date", fdate(dob(), "compact")), "|", pick("FMU"), "|||")
    if chance(0.7):
        b.t(P("address", street().upper()), "^^", P("address", c[0].upper()), "^", c[1], "^", P("zip", zipc(c, False)), "^USA")
    b.t("||", P("phone", phone("paren")) if chance(0.8) else "", "|||||")
    if chance(0.3):
        b.t(P("account", pt_account()), "|", P("ssn", ssn("dash")))
    else:
        b.t("|")
    b.t("\\rORC|NW|ORD%07d||||||||||%s^%s^%s^^^^NPI\\r" % (R.randint(0, 9999999), npi(), pgv.upper(), pfx.upper()))
    b.t("RXE|^^^", P("date", fdate(recent(), "compact")), "^^R|")
    b.t("%s^%s^NDC|%d||TAB|||%d|EA|||" % (
        pick(["0093-4155-73", "0378-1800-01", "68180-0513-01"]),
        pick(["OSELTAMIVIR 75MG", "ONDANSETRON 4MG ODT", "AZITHROMYCIN 250MG", "SERTRALINE 50MG"]), R.randint(1, 30), R.randint(0, 3)))
    b.t(P("license", dea(pgv)))
    if chance(0.5):
        b.t("\\rRXD|1|||", P("date", fdate(recent(), "compact") + "%02d%02d" % (R.randint(8, 18), R.randint(0, 59))), "|")
    return b


def f_waiver_log4j(phi):
    """Student health insurance waiver processing (Java log4j + toString dumps)."""
    b, t = B(), tick()
    b.t(ts_sp(t), " ", pick(["INFO ", "WARN ", "DEBUG"]), " [", pick(["waiver-worker-%d" % R.randint(1, 8), "scheduler-1", "http-nio-8443-exec-%d" % R.randint(1, 40)]),
        "] ", pick(["c.h.waiver.WaiverService", "c.h.waiver.EligibilityClient", "c.h.waiver.DeadlineJob"]), " - ")
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            ap_, de_, pe_ = R.randint(8000, 18000), R.randint(0, 600), R.randint(0, 900)
            b.t("Waiver deadline job FA25: processed=%d approved=%d denied=%d pending=%d took 00:%02d:%02d.%03d (build %s-%s)" % (
                ap_ + de_ + pe_, ap_, de_, pe_, R.randint(0, 9), R.randint(0, 59), R.randint(0, 999), ver(), hexs(7)))
        elif k == 1:
            v = VENDORS[0]
            b.t("Carrier endpoint refreshed CarrierConfig{name='%s', payerId='%s', url='https://eligibility.%s.example.com/v%d', timeoutMs=%d, remit='%s, %s, %s %s'}" % (
                v[0], pick(["60054", "87726", "62308", "SX107"]), pick(["meridian", "aetnastudent", "uhcsr"]), R.randint(1, 4), R.randint(1000, 9000), v[1], v[2], v[3], v[4]))
        else:
            b.t("Premium schedule loaded PlanYear{year=2025, annualPremium=%d.00, spouseRate=%d.00, ageLimit=%d, groupPlanCode='SHIP-%s', effective=%s}" % (
                R.randint(2800, 4200), R.randint(3000, 6000), R.randint(26, 30), pick(["UG", "GR", "INTL"]), "2025-08-15"))
        return b
    f, l = first(), last()
    k = R.randint(0, 2)
    if k == 0:
        pf, pl = first(), l
        b.t("Waiver submitted WaiverRequest{studentId=", P("other_id", student_id()), ", firstName='", P("name", f),
            "', lastName='", P("name", l), "', dob=", P("date", fdate(dob(), "iso")), ", carrier='",
            pick(["Aetna", "BCBS of Illinois", "UnitedHealthcare", "Kaiser Permanente", "Cigna"]),
            "', memberId='", P("health_plan", health_plan_id()), "', subscriber='", P("name", name_str(pf, pl, "fl")), "'")
        if want("age", 0.4):
            sa = age_over89()
            b.t(", subscriberRel='grandparent', subscriberDob=", P("date", fdate(dt.date(2024 - sa, R.randint(11, 12), R.randint(1, 28)), "iso")),
                ", subscriberAge=", P("age", str(sa)))
        else:
            b.t(", subscriberRel='parent', subscriberDob=", P("date", fdate(parent_dob(), "iso")))
        b.t(", planType='", pick(["PPO", "HMO", "EPO"]), "'}")
    elif k == 1:
        b.t("Eligibility check failed for memberId=", P("health_plan", health_plan_id()), " (", P("name", name_str(f, l, "LF")),
            ") AAA*N**72*C reason=invalid member ID; charge posted to bursar acct ", P("account", pt_account()))
    else:
        b.t("Medicare enrollee waiver (", pick(["OLLI auditor", "continuing ed", "emeritus audit"]), "): mbi=", P("health_plan", mbi()), " name=", P("name", name_str(f, l)),
            " age=", P("age", str(age_over89())) if chance(0.6) else str(R.randint(30, 64)),
            " refund to acct ", P("account", bank_acct()), " routing 0%s" % digits(8))
    return b


def f_sis_etl_json(phi):
    """Student information system (Banner) -> health systems integration."""
    b, t = B(), tick()
    head = {"@timestamp": ts_iso(t, "Z"), "job": pick(["banner_to_medicat", "sis_nightly_feed", "workday_student_sync"]),
            "run_id": uid()}
    if not phi and chance(0.55):
        if chance(0.5):
            o = dict(head, level="ERROR", error="ORA-00001: unique constraint (SATURN.PK_SPRIDEN) violated", rowNum=R.randint(1, 30000),
                     table="SPRIDEN", batch=R.randint(1, 90), retry=R.randint(0, 3), jdbcUrl="jdbc:oracle:thin:@banner-db%02d.halverson.internal:1521/PROD" % R.randint(1, 3))
        else:
            o = dict(head, mapping={"SPRIDEN_ID": "studentId", "SPRIDEN_LAST_NAME": "name.family", "SPRIDEN_FIRST_NAME": "name.given",
                                    "SPBPERS_BIRTH_DATE": "birthDate", "SPBPERS_SSN": "identifier[ssn]", "SPRADDR_ZIP": "address.postalCode"},
                     mappingVersion=ver(), approvedBy=staff(), approvedOn=fdate(dt.date(2025, R.randint(1, 9), R.randint(1, 28)), "iso"))
        js(b, o, chance(0.5))
        return b
    if not phi:
        o = dict(head, stats={"read": R.randint(100, 30000), "upserted": R.randint(0, 500), "skipped": R.randint(0, 20),
                              "errors": R.randint(0, 3)},
                 source="jdbc:oracle:thin:@banner-db%02d.halverson.internal:1521/PROD" % R.randint(1, 3),
                 target="https://%s/api/v3/patients/bulk" % host(), elapsedMs=R.randint(1000, 900000),
                 termCode=pick(["202510", "202520", "202530"]), gitSha=hexs(40), operator=staff())
        js(b, o, chance(0.5))
        return b
    f, l = first(), last()
    c = city()
    rec = {"spriden_id": P("other_id", student_id()), "last_name": P("name", l), "first_name": P("name", f)}
    if chance(0.6):
        rec["birth_date"] = P("date", fdate(dob(), "iso"))
    if want("ssn", 0.4):
        rec[pick(["ssn", "spbpers_ssn", "tax_id"])] = P("ssn", ssn())
    if chance(0.6):
        rec["addr"] = {"atyp_code": pick(["PR", "MA", "CA"]), "street_line1": P("address", street()),
                       "city": P("address", c[0]), "cnty_code": P("address", c[3]), "stat_code": c[1], "zip": P("zip", zipc(c))}
    if chance(0.5):
        rec[pick(["email_personal", "goremal_email_address", "alt_email"])] = P("email", email(f, l))
    if chance(0.5):
        rec[pick(["phone_cell", "sprtele_phone", "mobile"])] = P("phone", phone("plain"))
    if chance(0.3):
        rec["visa"] = {"type": "F-1", "sevis_id": P("other_id", sevis()), "passport_no": P("other_id", passport()),
                       "citizenship": pick(["IN", "CN", "KR", "MX", "NG", "BR"])}
    if chance(0.2):
        rec["national_id"] = P("other_id", national_id())
    if want("vehicle", 0.25):
        rec["parking"] = {"permit": "P-%05d" % R.randint(0, 99999), "plate": P("vehicle", plate()), "vin": P("vehicle", vin())}
    if want("url", 0.25):
        rec[pick(["personal_url", "web_page", "social_profile"])] = P("url", personal_url(f, l))
    if want("photo", 0.25):
        rec[pick(["id_photo", "photo_uri", "idcard_image"])] = P("photo", "https://idphoto.halverson.edu/cards/%s/%s.jpg" % (
            R.randint(2022, 2025), uid()))
    if want("license", 0.2):
        rec["dl_number"] = P("license", dl())
    if want("biometric", 0.15):
        rec["rec_access"] = {"method": "hand_geometry", "template": P("biometric", bio_b64("raw")), "reader": "HK-II"}
    if want("age", 0.12):
        rec["guarantor"] = {"name": P("name", name_str(None, l, "fl")), "relationship": "grandparent", "age": P("age", age_over89())}
    o = dict(head, op=pick(["UPSERT", "INSERT"]), record=rec, class_year=R.randint(2026, 2029))
    js(b, o, chance(0.5))
    return b


def f_reslife_freetext(phi):
    """Residence life incident reports with medical transport (free text)."""
    b, t = B(), tick()
    hall = pick(["Hollister Hall", "Kessler Hall", "Mapleview Towers", "Ridgecrest House", "Lakeside Commons", "Founders Quad"])
    b.t("[", t.strftime("%Y-%m-%d %H:%M:%S"), "] ", pick(["StarRez", "Maxient"]), " INC-25-%05d (%s) " % (R.randint(0, 99999), hall))
    if not phi:
        k = R.randint(0, 4)
        if k == 3:
            b.t("welfare check requested by faculty member %s; RA and HUPD responded %s, resident declined services, no transport, CAPS after-hours %s provided; follow-up task RL-%d assigned to %s" % (
                clinician().replace("Dr. ", "Prof. "), t.strftime("%H:%M"), SHC["caps"], R.randint(1000, 99999), staff()))
        elif k == 4:
            b.t("elevator %d out of service since %s; ADA relocation list reviewed by %s, %d residents of floors %d-%d offered temporary rooms in %s; Otis ticket #%d, vendor line 1-800-%03d-%04d" % (
                R.randint(1, 3), t.strftime("%H:%M"), staff(), R.randint(0, 4), R.randint(2, 4), R.randint(5, 9),
                pick(["Kessler Hall", "Founders Quad"]), R.randint(1000000, 9999999), R.randint(200, 999), R.randint(0, 9999)))
        elif k == 0:
            b.t("fire alarm activation %s, building evacuated, FD cleared %s, cause: burnt popcorn floor %d kitchenette; RD on call %s; work order WO-%06d" % (
                t.strftime("%H:%M"), (t + dt.timedelta(minutes=R.randint(10, 50))).strftime("%H:%M"), R.randint(1, 8), clinician().replace("Dr. ", ""), R.randint(0, 999999)))
        elif k == 1:
            b.t("water leak reported by RA staff, facilities ticket FAC-%d, %d rooms affected on floor %d, est. repair %d hrs, contractor %s (%s)" % (
                R.randint(10000, 99999), R.randint(1, 6), R.randint(1, 8), R.randint(2, 48), VENDORS[4][0], "617-%03d-%04d" % (R.randint(200, 999), R.randint(0, 9999))))
        else:
            b.t("duty log: rounds completed %s-%s, %d lockouts, %d noise complaints, 0 transports; EMS drill with Ashbury FD Station %d; badge reader door-ctl-%02d offline 4m" % (
                "22:00", "02:00", R.randint(0, 9), R.randint(0, 9), R.randint(1, 9), R.randint(1, 40)))
        return b
    f, l = first(), last()
    k = R.randint(0, 3)
    if k == 0:
        b.t("RA on duty reported resident ", P("name", name_str(f, l, "fl")), " found unresponsive; EMS transported to ",
            pick(["Ashbury Regional Medical Center", "St. Agnes Hospital", "Cayuga Valley Hospital"]), " on ",
            P("date", fdate(t.date(), pick(["us", "long"]))), "; roommate ", P("name", name_str(None, None, "fl")),
            " notified; ")
        if want("photo", 0.35):
            b.t("ID photo ", P("photo", "https://onecard.halverson.edu/photos/%s.jpg" % digits(9)), " shared with EMS; ")
        if chance(0.6):
            b.t("parent ", P("name", name_str(None, l, "fl")), " reached at ", P("phone", phone()), ".")
        else:
            b.t("student ID ", P("other_id", student_id()), ".")
    elif k == 1:
        b.t("Resident ", P("name", f), " (", P("other_id", student_id()), ") reported harassment via ", P("url", personal_url(first(), last())),
            "; referred to CAPS; student's off-campus address on file ", P("address", street()), ", ", P("address", city()[0]), ".")
    elif k == 2:
        b.t("Vehicle ", P("vehicle", plate()), " registered to ", P("name", name_str(f, l)),
            " blocking fire lane; owner fainted while moving car, transported by HUEMS; VIN ", P("vehicle", vin()), " noted.")
    else:
        b.t("Guest of resident: ", P("name", name_str(f, l)), ", age ", P("age", str(age_over89())),
            ", fell in lobby during family weekend; transported; resident host ", P("name", name_str(None, None, "fl")),
            " reachable at ", P("email", email(first(), last())), ".")
    return b


def f_testing_nginx_json(phi):
    """COVID-style testing program portal, nginx JSON access log."""
    b, t = B(), tick()
    base = {"time": ts_iso(t, "-04:00"), "vhost": "testing.halverson.edu"}
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            o = dict(base, remote_addr=priv_ip(), request="GET /api/v1/sites?open=true HTTP/2.0", status=200,
                     body_bytes_sent=R.randint(300, 9000), request_time=round(R.random(), 3),
                     upstream_addr="%s:%d" % (priv_ip(), pick([8080, 9000, 3000])), request_id=hexs(32))
        elif k == 1:
            o = dict(base, remote_addr=priv_ip(), request="POST /internal/analyzer/heartbeat HTTP/1.1", status=204,
                     analyzer={"model": "Cepheid GeneXpert IV", "sn": "GX%06d" % R.randint(0, 999999), "fw": ver(), "bay": R.randint(1, 4)},
                     request_id=hexs(32), upstream_response_time=round(R.random() * 2, 3))
        else:
            o = dict(base, remote_addr=priv_ip(), request="GET /api/v1/stats/daily?date=%s HTTP/1.1" % fdate(recent(), "iso"), status=200,
                     body={"tests": R.randint(20, 800), "positive": R.randint(0, 30), "positivity": round(R.random() * 0.06, 4),
                           "kits_lot": "LOT%s" % digits(6)}, http_user_agent="Grafana/11.2.0")
        js(b, o, chance(0.6))
        return b
    f, l = first(), last()
    k = R.randint(0, 2)
    if k == 0:
        o = dict(base, remote_addr=P("ip", pub_ip()), request="POST /api/v1/kits/register HTTP/2.0", status=201,
                 body={"kit": "KIT-%s" % "".join(pick("ACDEFHJKMNPRTWXY3479") for _ in range(6)), pick(["sid", "studentNumber", "huid"]): P("other_id", student_id()),
                       pick(["collected", "collectionDate", "specimen_dt"]): P("date", fdate(recent(), "iso")),
                       pick(["dob", "birthdate"]): P("date", fdate(dob(), "us"))})
    elif k == 1:
        o = dict(base, remote_addr=priv_ip(), request="POST /internal/results/notify HTTP/1.1", status=202,
                 body={"result": pick(["NEGATIVE", "POSITIVE", "INCONCLUSIVE"]), "specimen": "SPC-%08d" % R.randint(0, 99999999),
                       "patient_email": P("email", email(f, l)), "patient_mobile": P("phone", phone("e164")),
                       "name": P("name", name_str(f, l))})
    else:
        o = dict(base, remote_addr=P("ip", pub_ip()), request="PUT /api/v1/profile HTTP/2.0", status=200,
                 body={"emergency_contact": P("name", name_str(None, None)), "ec_phone": P("phone", phone()),
                       "home_zip": P("zip", zipc(city())), "device_imei": P("device", imei()),
                       "x_forwarded_for": S(P("ip", pub_ip()), ", ", priv_ip())})
    js(b, o, chance(0.6))
    return b


def cef_val(s):
    assert "=" not in s and "\\" not in s, s
    return s


def f_onecard_cef(phi):
    """One-card / campus ID system events as ArcSight CEF."""
    b, t = B(), tick()
    sig = pick(["DOOR_GRANT", "DOOR_DENY", "CARD_PRINT", "CARD_PRINT", "BIO_ENROLL", "BIO_ENROLL", "BIO_ENROLL", "POS_SALE"])
    if phi and need("photo"):
        sig = "CARD_PRINT"
    elif phi and need("biometric"):
        sig = "BIO_ENROLL"
    if not phi:
        sig = pick(["DOOR_HELD", "READER_OFFLINE", "FW_UPDATE", "POS_SETTLE"])
    b.t("%s %s CEF:0|Transact|CS Gold|7.4.2|%s|%s|%d|rt=%s src=%s dvchost=%s " % (
        ts_sys(t), "onecard-ctl%02d" % R.randint(1, 3), sig, sig.replace("_", " ").title(), R.randint(1, 7),
        t.strftime("%b %d %Y %H:%M:%S"), priv_ip(), "door-ctl-%02d" % R.randint(1, 60)))
    if not phi:
        if sig == "DOOR_HELD":
            b.t("cs3Label=location cs3=%s cn1Label=heldSeconds cn1=%d" % (pick(["Hollister Hall West Entry", "Rec Center North Turnstile 2", "SHC Pharmacy Rear Door"]), R.randint(20, 600)))
        elif sig == "READER_OFFLINE":
            b.t("cs3Label=location cs3=Dining %s cs5Label=readerMac cs5=%s msg=heartbeat lost after %ds" % (pick(["Hall A", "Court", "Commons"]), mac("upper"), R.randint(30, 900)))
        elif sig == "FW_UPDATE":
            b.t("cs1Label=fromVersion cs1=%s cs2Label=toVersion cs2=%s fileHash=%s suser=%s" % (ver(), ver(), sha256(), staff()))
        else:
            b.t("cs1Label=terminal cs1=POS-%03d cn1Label=txnCount cn1=%d cs2Label=batch cs2=B%s cfp1Label=total cfp1=%d.%02d" % (
                R.randint(1, 200), R.randint(10, 900), digits(8), R.randint(100, 9000), R.randint(0, 99)))
        return b
    f, l = first(), last()
    b.t("suser=", P("other_id", student_id()), " cs1Label=cardholder cs1=", P("name", name_str(f, l, pick(["fl", "lf"]))))
    if sig in ("DOOR_GRANT", "DOOR_DENY", "POS_SALE", "DOOR_HELD", "READER_OFFLINE"):
        b.t(" cs2Label=isoNumber cs2=", P("account", iso_card()), " cs3Label=location cs3=",
            pick(["Hollister Hall West Entry", "Rec Center North Turnstile 2", "Mann Library", "Dining Commons"]))
    elif sig == "CARD_PRINT":
        if chance(0.5):
            b.t(" cs4Label=photoPath cs4=", P("photo", "/var/onecard/photos/%d/%s.jpg" % (R.randint(2022, 2025), digits(9))))
        else:
            b.t(" cs4Label=photoB64 cs4=", P("photo", photo_b64()))
    else:
        b.t(" cs4Label=", pick(["handTemplate", "palmVeinTmpl", "fpIso"]), " cs4=", P("biometric", bio_b64(pick(["fmr", "raw"]))))
    return b


def f_fhir_json(phi):
    """Immunization compliance FHIR R4 resources logged by the FHIR gateway."""
    b, t = B(), tick()
    b.t(ts_iso(t, "Z"), " fhir-gw ", pick(["INFO", "DEBUG", "TRACE"]), " ", pick(["POST", "PUT"]) if phi else "GET", " ")
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            b.t("/fhir/r4/Immunization?date=ge2025-08-01&_count=50 -> ")
            o = {"resourceType": "Bundle", "type": "searchset", "total": R.randint(0, 9000),
                 "link": [{"relation": "next", "url": "https://fhir-gw.halverson.internal/fhir/r4/Immunization?_getpages=%s&_getpagesoffset=%d" % (uid(), R.randint(50, 5000))}],
                 "meta": {"lastUpdated": ts_iso(t, "Z"), "versionId": str(R.randint(1, 40))}}
        elif k == 1:
            b.t("/fhir/r4/metadata -> ")
            o = {"resourceType": "CapabilityStatement", "status": "active", "date": "2025-07-14",
                 "software": {"name": "HAPI FHIR Server", "version": "7.%d.%d" % (R.randint(0, 6), R.randint(0, 9))},
                 "implementation": {"url": "https://fhir-gw.halverson.internal:8443/fhir/r4"}, "fhirVersion": "4.0.1"}
        else:
            b.t("/fhir/r4/Immunization/%s -> " % uid())
            o = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "processing",
                 "diagnostics": "HAPI-0450: Failed to parse request body as JSON resource. Error was: Unexpected character at line 1 column %d" % R.randint(1, 900)}],
                 "x-request-id": hexs(32)}
        js(b, o, True)
        return b
    f, l = first(), last()
    k = R.randint(0, 2)
    if k == 0:
        b.t("/fhir/r4/Immunization ")
        o = {"resourceType": "Immunization", "id": uid(), "status": "completed",
             "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": pick(["208", "03", "121", "165", "114", "62"])}]},
             "patient": {"reference": "Patient/%s" % uid(), "display": P("name", name_str(f, l, pick(["fl", "lf"])))},
             "occurrenceDateTime": P("date", fdate(rdate(dt.date(2008, 1, 1), dt.date(2025, 9, 30)), "iso")),
             "lotNumber": "%s%04d" % (pick(["EW", "FL", "U7", "T3"]), R.randint(0, 9999)),
             "performer": [{"actor": {"display": pick(["Halverson SHC Pharmacy", "CVS Pharmacy #%d" % R.randint(100, 9999), "County Health Dept"])}}]}
    elif k == 1:
        b.t("/fhir/r4/Patient ")
        c = city()
        o = {"resourceType": "Patient", "id": uid(),
             "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.%d.1" % R.randint(1000, 9999), "type": {"text": "MRN"}, "value": P("mrn", mrn())},
                            {"system": "https://halverson.edu/ns/student-id", "value": P("other_id", student_id())}],
             "name": [{"family": P("name", l), "given": [P("name", f)]}],
             "birthDate": P("date", fdate(dob(), "iso"))}
        if chance(0.4):
            o["identifier"].append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": P("ssn", ssn("dash"))})
        if chance(0.7):
            o["telecom"] = [{"system": "phone", "use": "mobile", "value": P("phone", phone())},
                            {"system": "email", "value": P("email", email(f, l))}]
            if want("fax", 0.3):
                o["telecom"].append({"system": "fax", "use": "home", "value": P("fax", phone())})
            if want("url", 0.3):
                o["telecom"].append({"system": "url", "use": "home", "value": P("url", personal_url(f, l))})
        if chance(0.6):
            o["address"] = [{"line": [P("address", street())], "city": P("address", c[0]), "district": P("address", c[3] + " County"),
                             "state": c[1], "postalCode": P("zip", zipc(c))}]
        if want("photo", 0.5):
            o["photo"] = [{"contentType": "image/png", "data": P("photo", photo_b64("png"))}] if chance(0.5) else \
                [{"contentType": "image/jpeg", "url": P("photo", "https://idphoto.halverson.edu/cards/%s/portrait.jpg" % digits(9))}]
    else:
        b.t("/fhir/r4/Coverage ")
        o = {"resourceType": "Coverage", "id": uid(), "status": "active",
             "subscriberId": P("health_plan", health_plan_id()),
             "beneficiary": {"display": P("name", name_str(f, l))},
             "relationship": {"coding": [{"code": pick(["self", "child", "spouse"])}]},
             "class": [{"type": {"text": "plan"}, "value": pick(["SHIP-UG-2025", "SHIP-GR-2025", "PARENT-PPO"])}],
             "payor": [{"display": pick(["Aetna Student Health", "UnitedHealthcare StudentResources", "Wellfleet"])}]}
        if chance(0.4):
            o["subscriber"] = {"display": P("name", name_str(None, l, "fl"))}
    js(b, o, chance(0.5))
    return b


def f_edi_x12(phi):
    """X12 270/271 eligibility for waiver verification."""
    b, t = B(), tick()
    ctl = "%09d" % R.randint(0, 999999999)
    kind = "270" if phi else pick(["999", "271"])
    b.t(ts_sp(t, "."), " edi-gw ", "TX" if kind == "270" else "RX", " ", kind, " ctl=", ctl, " ")
    isa = "ISA*00*          *00*          *ZZ*HALVERSONSHC   *ZZ*%-15s*%s*%s*^*00501*%s*0*P*:~" % (
        pick(["AETNASTUDENT", "UHCSR", "WELLFLEET"]), t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)
    b.t(isa)
    if not phi:
        b.t("GS*FA*%s*HALVERSONSHC*%s*%s*%d*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HS*%d*005010X279A1~AK9*A*1*1*1~SE*4*0001~GE*1*%d~IEA*1*%s~" % (
            pick(["AETNASTUDENT", "UHCSR"]), t.strftime("%Y%m%d"), t.strftime("%H%M"), R.randint(1, 9999), R.randint(1, 9999), R.randint(1, 9999), ctl)
            if kind == "999" else
            "GS*HB*%s*HALVERSONSHC*%s*%s*%d*X*005010X279A1~ST*271*0001*005010X279A1~BHT*0022*11*REF%s*%s*%s~HL*1**20*1~NM1*PR*2*%s*****PI*%s~PER*IC*PROVIDER SERVICES*TE*8005550%03d~SE*6*0001~" % (
            pick(["AETNASTUDENT", "UHCSR"]), t.strftime("%Y%m%d"), t.strftime("%H%M"), R.randint(1, 9999), digits(6),
            t.strftime("%Y%m%d"), t.strftime("%H%M"), pick(["AETNA STUDENT HEALTH", "UNITEDHEALTHCARE STUDENTRESOURCES"]),
            pick(["60054", "87726"]), R.randint(100, 999)))
        return b
    f, l = first(), last()
    c = city()
    b.t("ST*270*0001*005010X279A1~BHT*0022*13*%s*%s*%s~HL*1**20*1~NM1*PR*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*2*HALVERSON UNIV STUDENT HEALTH*****XX*%s~HL*3*2*22*0~" % (
        digits(8), t.strftime("%Y%m%d"), t.strftime("%H%M"), pick(["AETNA STUDENT HEALTH", "WELLFLEET"]), pick(["60054", "WELLF"]), npi()))
    b.t("NM1*IL*1*", P("name", "%s*%s" % (fold(l).upper(), fold(f).upper())), "****MI*", P("health_plan", health_plan_id()), "~")
    if chance(0.4):
        b.t("REF*SY*", P("ssn", ssn("plain")), "~")
    if chance(0.5):
        b.t("N3*", P("address", street().upper()), "~N4*", P("address", c[0].upper()), "*", c[1], "*", P("zip", zipc(c, False)), "~")
    b.t("DMG*D8*", P("date", fdate(dob(), "compact")), "*", pick("FMU"), "~DTP*291*D8*", P("date", fdate(recent(), "compact")),
        "~EQ*30~SE*%d*0001~" % R.randint(10, 14))
    return b


def f_sql_audit(phi):
    """PostgreSQL statement log of the SHC database."""
    b, t = B(), tick()
    b.t(t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d EDT [%d] " % (t.microsecond // 1000, R.randint(1000, 99999)))
    if not phi:
        k = R.randint(0, 3)
        d0 = recent()
        if k == 0:
            b.t("medicat_app@shcdb LOG:  duration: %.3f ms  statement: SELECT count(*) FROM appointment WHERE appt_date BETWEEN '%s' AND '%s' AND clinic_id = %d;" % (
                R.random() * 3000, fdate(d0, "iso"), fdate(d0 + dt.timedelta(days=30), "iso"), R.randint(1, 9)))
        elif k == 1:
            b.t("LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (
                R.randint(100, 90000), R.random() * 30, R.randint(0, 9), R.randint(0, 9), R.random() * 200, R.random(), R.random() * 210))
        elif k == 2:
            b.t("[unknown]@[unknown] LOG:  connection received: host=%s port=%d" % (priv_ip(), R.randint(30000, 65000)))
        else:
            b.t("etl_runner@shcdb LOG:  statement: UPDATE clinic_config SET reminder_lead_hours = %d, main_phone = '%s', updated_by = '%s' WHERE clinic_id = %d;" % (
                pick([24, 48]), SHC["phone"], staff(), R.randint(1, 9)))
        return b
    f, l = first(), last()
    b.t(pick(["medicat_app", "pnc_web", "svc_banner_etl"]), "@shcdb LOG:  statement: ")
    k = R.randint(0, 2)
    if k == 0:
        b.t("UPDATE patient SET cell_phone = '", P("phone", phone()), "', home_email = '", P("email", email(f, l)),
            "', updated_at = now() WHERE mrn = '", P("mrn", mrn()), "';")
    elif k == 1:
        b.t("INSERT INTO appointment (mrn, appt_date, reason, provider_npi) VALUES ('", P("mrn", mrn()), "', '",
            P("date", fdate(future(), "iso")), "', '", pick(["travel consult", "allergy shot", "PPD read", "follow-up"]), "', '", npi(), "');")
    else:
        b.t("SELECT p.id, p.mrn FROM patient p WHERE lower(p.last_name) = '", P("name", fold(l).lower()), "' AND p.dob = '",
            P("date", fdate(dob(), "iso")), "' AND p.zip5 = '", P("zip", city()[2] + "%02d" % R.randint(0, 99)), "' LIMIT 5;")
    return b


def f_rails_pharmacy(phi):
    """Campus pharmacy web store / refill portal (Rails log)."""
    b, t = B(), tick()
    b.t("I, [%s #%d]  INFO -- : [%s] " % (t.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d" % t.microsecond, R.randint(1000, 9999), uid()))
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            b.t('Started GET "/pharmacy/otc/products?category=%s&page=%d" for %s at %s -0400' % (
                pick(["cold-flu", "allergy", "first-aid", "sexual-health"]), R.randint(1, 9), priv_ip(), t.strftime("%Y-%m-%d %H:%M:%S")))
        elif k == 1:
            b.t("Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (
                R.randint(5, 900), R.random() * 200, R.random() * 60, R.randint(1000, 90000)))
        else:
            b.t("Parameters: ")
            rubyhash(b, {"order": {"order_ref": "ORD-2025-%07d" % R.randint(0, 9999999), "sku": "OTC-%05d" % R.randint(0, 99999),
                                   "qty": str(R.randint(1, 4)), "pickup": "campus"},
                         "payment": {"token": "tok_%s" % hexs(24), "last4": digits(4), "brand": pick(["visa", "mastercard", "amex"])}})
        return b
    f, l = first(), last()
    b.t("Parameters: ")
    k = R.randint(0, 2)
    if k == 0:
        rubyhash(b, {"refill": {"order_ref": "ORD-2025-%07d" % R.randint(0, 9999999), pick(["patient_name", "pt_name", "full_name"]): P("name", name_str(f, l)),
                                pick(["dob", "birth_date"]): P("date", fdate(dob(), "us")), "pickup": "campus"},
                     "payment": {"card_number": P("account", card()), "exp": "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)),
                                 "billing_zip": P("zip", zipc(city(), False))}})
    elif k == 1:
        d = {"pickup": {"order_ref": "ORD-2025-%07d" % R.randint(0, 9999999), "id_type": "drivers_license",
                        "id_number": P("license", dl()), "picked_up_by": P("name", name_str())}}
        if chance(0.5):
            d["pickup"]["fp_capture"] = P("biometric", bio_b64("fmr"))
        rubyhash(b, d)
    else:
        rubyhash(b, {"charge_to": "bursar", "student_account": P("account", pt_account()), "emplid": P("other_id", student_id()),
                     "notify": {"email": P("email", email(f, l)), "sms": P("phone", phone("e164"))}})
    return b


def f_klog_tracing(phi):
    """Go microservices of the testing/exposure-notification program (klog)."""
    b, t = B(), tick()
    lvl = pick("IIIWE")
    b.t("%s%s %s.%06d %7d %s] " % (lvl, t.strftime("%m%d"), t.strftime("%H:%M:%S"), t.microsecond, R.randint(1, 60),
                                  pick(["notifier.go:142", "wifi_tracer.go:88", "enroll.go:57", "handler.go:311"])))
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            b.t("successfully acquired lease testing/notifier-lock (holder=notifier-%s)" % hexs(10))
        elif k == 1:
            b.t('upstream %d.%d.%d.%d:443 (api.northstarlab.example.com) timeout after %ds, retry %d/5, trace_id=%s' % (
                pick([52, 54, 34, 3]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), R.randint(2, 30), R.randint(1, 5), hexs(32)))
        elif k == 2:
            b.t("ap inventory refreshed: controller=wlc-%02d.net.halverson.internal aps=%d sample_bssid=%s site=%s" % (
                R.randint(1, 4), R.randint(100, 3000), mac("colon"), pick(["north-campus", "west-dorms", "athletics"])))
        else:
            b.t('"Observed a panic" panic="runtime error: index out of range [%d] with length %d" goroutine=%d version=%s' % (
                R.randint(1, 9), R.randint(0, 9), R.randint(1, 9999), ver()))
        return b
    f, l = first(), last()
    k = R.randint(0, 2)
    if k == 0:
        b.t('sent exposure notice student_email="', P("email", email(f, l)), '" phone="', P("phone", phone()), '" exposure_date=',
            P("date", fdate(recent(), "iso")))
    elif k == 1:
        b.t("close contact match device_mac=", P("device", mac()), " ap_bssid=", mac("colon"), " overlap=%dm" % R.randint(15, 240),
            " netid=", P("other_id", netid(f, l)))
    else:
        b.t('enrolled device imei=', P("device", imei()), ' owner="', P("name", name_str(f, l)), '" src_ip=', P("ip", pub_ip()))
    return b


def f_postfix_mail(phi):
    """Postfix logs for appointment reminder / result emails."""
    b, t = B(), tick()
    qid = hexs(10).upper()
    b.t(ts_sys(t), " mx%02d postfix/" % R.randint(1, 3))
    relay_ip = "142.250.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            b.t("smtp[%d]: %s: to=<%s>, relay=%s[%s]:25, delay=%.2f, delays=0.1/0/0.3/0.5, dsn=2.0.0, status=sent (250 2.0.0 OK %d - gsmtp)" % (
                R.randint(1000, 99999), qid, pick(["shc-alerts@halverson.edu", "it-oncall@halverson.edu", "caps-scheduling@halverson.edu"]),
                "aspmx.l.google.com", relay_ip, R.random() * 3, R.randint(10 ** 9, 10 ** 10)))
        elif k == 1:
            b.t("qmgr[%d]: %s: from=<noreply@halverson.edu>, size=%d, nrcpt=%d (queue active)" % (R.randint(1000, 99999), qid, R.randint(900, 90000), R.randint(1, 40)))
        else:
            b.t("smtpd[%d]: connect from mailrelay%d.halverson.internal[%s]" % (R.randint(1000, 99999), R.randint(1, 4), priv_ip()))
        return b
    f, l = first(), last()
    if chance(0.5):
        b.t("smtp[%d]: %s: to=<" % (R.randint(1000, 99999), qid), P("email", email(f, l)),
            ">, relay=gmail-smtp-in.l.google.com[%s]:25, delay=%.2f, dsn=2.0.0, status=sent (250 2.0.0 OK)" % (relay_ip, R.random() * 3))
    else:
        subj, verb, when = pick([("Appointment reminder for", "on", future), ("Immunization hold notice -", "due", future),
                                 ("Test result available:", "collected", recent)])
        b.t("cleanup[%d]: %s: info: header Subject: %s " % (R.randint(1000, 99999), qid, subj),
            P("name", name_str(f, l)), " ", verb, " ", P("date", fdate(when(), pick(["us", "long"]))),
            " from localhost[127.0.0.1]; from=<noreply@halverson.edu> to=<", P("email", email(f, l)), ">")
    return b


def f_sms_gateway(phi):
    """SMS reminder gateway webhook log (JSON)."""
    b, t = B(), tick()
    b.t(ts_iso(t, "Z"), " sms-gw webhook ")
    sid = "SM" + hexs(32)
    if not phi and chance(0.5):
        d0 = dt.date(2025, 9, 1)
        o = {"category": "sms-outbound", "count": str(R.randint(1000, 90000)), "usage_unit": "segments",
             "start_date": fdate(d0, "iso"), "end_date": "2025-09-30", "price": "%d.%02d" % (R.randint(10, 900), R.randint(0, 99)),
             "price_unit": "usd", "account_sid": "AC" + hexs(32), "fallback_url": "https://sms-gw.halverson.internal:8443/twilio/fallback",
             "sender_pool": [SHC["phone"], SHC["caps"]]}
        js(b, o, chance(0.5))
        return b
    if not phi:
        o = {"X-Twilio-Signature": b64(pick([20, 32])), "AccountSid": "AC" + hexs(32), "MessagingServiceSid": "MG" + hexs(32), "From": "+1" + SHC["phone"].replace("(", "").replace(") ", "").replace("-", ""),
             "MessageSid": sid, "MessageStatus": pick(["undelivered", "failed", "queued"]), "ErrorCode": pick([30003, 30005, 30007, 21610]),
             "NumSegments": R.randint(1, 3), "Price": "-0.00%d" % R.randint(70, 99), "ApiVersion": "2010-04-01"}
        js(b, o, True)
        return b
    f, l = first(), last()
    o = {"MessageSid": sid, "From": "+1" + SHC["phone"].replace("(", "").replace(") ", "").replace("-", ""),
         "To": P("phone", phone("e164")), "MessageStatus": "delivered"}
    if chance(0.6):
        o["Body"] = S("Hi ", P("name", f), ", reminder: your ", pick(["SHC", "CAPS", "Travel Clinic"]), " appt is on ",
                      P("date", fdate(future(), pick(["usn", "us", "long"]))), ". Reply C to confirm.")
    else:
        o["Body"] = S("Halverson Health: ", P("name", name_str(f, l)), " your immunization hold will be placed ",
                      "unless records are uploaded. Ref ", P("other_id", student_id()))
    js(b, o, chance(0.5))
    return b


def f_fax_server(phi):
    """Fax server (RightFax-style) job log."""
    b, t = B(), tick()
    b.t(ts_sp(t), " rfax[%d] job=%d " % (R.randint(100, 9999), R.randint(100000, 999999)))
    if not phi:
        k = R.randint(0, 2)
        if k == 2:
            b.t("line=%d modem=%s state=IDLE calls_today=%d pages_today=%d avg_baud=%d firmware=%s dialplan=+1-607-254-49XX" % (
                R.randint(1, 8), pick(["Brooktrout TR1034", "Dialogic SR140"]), R.randint(0, 300), R.randint(0, 2000), pick([9600, 14400, 33600]), ver()))
        elif k == 0:
            b.t("OUT to=%s csid=\"%s\" pages=%d status=SENT duration=%ds line=%d" % (
                pick(["1-866-%03d-%04d" % (R.randint(200, 999), R.randint(0, 9999)), SHC["fax"]]),
                pick(["AETNA STUDENT CLAIMS", "MERIDIAN SIS", "NORTHSTAR LAB"]), R.randint(1, 20), R.randint(20, 400), R.randint(1, 8)))
        else:
            b.t("IN from=%s csid=\"%s\" pages=%d routed=inbox:%s dtmf=%d" % (
                "+1 614-%03d-%04d" % (R.randint(200, 999), R.randint(0, 9999)), pick(["NORTHSTAR LAB", "COUNTY HEALTH DEPT", "SUMMIT VACCINE"]),
                R.randint(1, 12), pick(["medrecords", "pharmacy", "billing"]), R.randint(100, 999)))
        return b
    f, l = first(), last()
    k = R.randint(0, 2)
    if k == 0:
        b.t("OUT to=", P("fax", phone(pick(["dash", "paren", "plus"]))), " attn=\"", P("name", name_str(None, l, "fl")),
            "\" re=\"", P("name", name_str(f, l, "lf")), " DOB ", P("date", fdate(dob(), "us")), "\" pages=%d status=SENT" % R.randint(1, 9))
    elif k == 1:
        b.t("IN from=", P("fax", phone("plus")), " csid=\"", P("name", name_str(f, l, "FL")),
            "\" pages=%d routed=inbox:medrecords note=\"home fax, immunization records for MRN " % R.randint(1, 6), P("mrn", mrn()), "\"")
    else:
        b.t("OUT to=", P("fax", phone()), " cover=\"Records release for ", P("name", name_str(f, l)), ", acct ", P("account", pt_account()),
            ", guardian fax on file\" pages=%d status=%s" % (R.randint(1, 9), pick(["SENT", "BUSY_RETRY", "NO_ANSWER"])))
    return b


# ================================================================ main
FAMILIES = [
    ("ehr_json", f_ehr_json), ("counseling_logfmt", f_counseling_logfmt),
    ("athletic_syslog5424", f_athletic_syslog), ("concussion_csv_export", f_concussion_csv),
    ("immunization_apache_combined", f_immunization_apache), ("study_abroad_xml", f_study_abroad_xml),
    ("disability_python_logging", f_disability_pylog), ("pharmacy_hl7v2", f_pharmacy_hl7),
    ("waiver_log4j", f_waiver_log4j), ("sis_etl_json", f_sis_etl_json),
    ("reslife_incident_text", f_reslife_freetext), ("testing_nginx_json", f_testing_nginx_json),
    ("onecard_cef", f_onecard_cef), ("fhir_r4_json", f_fhir_json), ("edi_x12_270", f_edi_x12),
    ("postgres_statement_log", f_sql_audit), ("rails_pharmacy", f_rails_pharmacy),
    ("klog_exposure_notify", f_klog_tracing), ("postfix_mail", f_postfix_mail),
    ("sms_gateway_json", f_sms_gateway), ("fax_server", f_fax_server),
]


def check(line, spans, phi):
    raw = line.encode("utf-8")
    assert "\n" not in line and "\r" not in line, line
    if not phi:
        assert not spans, (line, spans)
    else:
        assert spans, line
    prev_end = -1
    for s, e, cat, v in sorted(spans):
        assert cat in CATS
        assert 0 <= s < e <= len(raw)
        assert raw[s:e].decode("utf-8") == v, (raw[s:e], v)
        assert v == v.strip() and v
        assert s >= prev_end, ("overlap", line, spans)
        prev_end = e


def main():
    flags = [False] * N_NEG + [True] * (N_LINES - N_NEG)
    R.shuffle(flags)
    # deterministic, balanced family assignment
    fams = []
    while len(fams) < N_LINES:
        blk = list(FAMILIES)
        R.shuffle(blk)
        fams.extend(blk)
    fams = fams[:N_LINES]
    lines, labels = [], []
    cat_count, fam_count = Counter(), Counter()
    for i, (phi, (fname, fn)) in enumerate(zip(flags, fams), 1):
        STATE["i"] = i - 1
        b = fn(phi)
        line = b.line()
        check(line, b.spans, phi)
        spans = sorted(b.spans)
        lines.append(line)
        labels.append({"line": i, "family": fname, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]})
        for _, _, c, _ in spans:
            cat_count[c] += 1
            STATE["cnt"][c] += 1
        fam_count[fname] += 1
    with open(os.path.join(OUT_DIR, "ap.log"), "w", encoding="utf-8", newline="\n") as fh:
        for ln in lines:
            fh.write(ln + "\n")
    with open(os.path.join(OUT_DIR, "ap.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    # re-read and verify the files themselves
    with open(os.path.join(OUT_DIR, "ap.log"), "rb") as fh:
        raw_lines = fh.read().split(b"\n")
    assert raw_lines[-1] == b"" and len(raw_lines) == N_LINES + 1
    for raw, lab in zip(raw_lines, labels):
        for sp in lab["spans"]:
            assert raw[sp["s"]:sp["e"]].strip() == raw[sp["s"]:sp["e"]]
    n_phi = sum(flags)
    missing = [c for c in CATS if cat_count[c] < 8]
    assert not missing, ("categories under 8:", missing, cat_count)
    print("lines: %d" % N_LINES)
    print("lines with PHI: %d (%.1f%%), without: %d" % (n_phi, 100.0 * n_phi / N_LINES, N_LINES - n_phi))
    print("spans: %d" % sum(cat_count.values()))
    for c in CATS:
        print("  %-12s %d" % (c, cat_count[c]))
    print("families: %d" % len(fam_count))
    for fnm, _ in FAMILIES:
        print("  %-30s %d" % (fnm, fam_count[fnm]))


if __name__ == "__main__":
    main()
