#!/usr/bin/env python3
"""Generate the "ic" held-out corpus: an EHR vendor's hosted platform (Corvane Health
Cloud, multi-tenant) seen through its observability stack.

Formats: Datadog log explorer JSON exports (API v2 shape), OpenSearch search/index
slow logs and node logs, Redis keyspace notifications (redis-cli --csv psubscribe),
Redis MONITOR and server logs, RabbitMQ dead-letter dumps (HL7 v2, X12 270 and JSON
payloads) plus broker logs, HL7 segments printed by the DLQ inspector, Nginx access
and error logs, Envoy text and JSON access logs, JVM unified GC logs and thread dumps
(no PHI), Spring Boot/logback application logs, Sentry-like error events with request
bodies, feature flag audit logs (LaunchDarkly-like JSON and key=value), tenant
migration script output (Python dict rows, psql tables, CSV with and without header),
support impersonation audits (key=value, JSON, CEF) and on-call Slack threads (copied
text and export JSON).

Everything is synthetic. Standard library only, deterministic (fixed seed).
Writes ic.log and ic.labels.jsonl next to this script.

Labeling decisions:
- Labeled people: patients, portal users who are patients or their proxies, relatives,
  guarantors, insurance subscribers, emergency contacts. Not labeled: Corvane engineers,
  support agents, clinicians and clinic staff doing their work (incl. staff being
  impersonated), payers, facilities, vendor/clinic phones, faxes, emails, addresses.
- name: a contiguous full name is one span ("Last, First", "First M. Last",
  HL7 FAMILY^GIVEN^MIDDLE); names split over fields (firstName/lastName,
  apellido_paterno/nombre) get one span per field. Any case, accents kept as written.
- address: street line is one span, city is a separate span (both "address"); state
  is not labeled; county name would be address. ZIP / ZIP+4 -> zip.
- date: birth, appointment/slot, admission, discharge, observation/collection and
  service dates of a person, in any written form; for Python reprs
  datetime.date(1950, 11, 3) only the argument text "1950, 11, 3" is the span.
  Not labeled: log/event timestamps, HL7 MSH-7/EVN-2, x-death times, search window
  bounds (from=/to= ranges), build/release dates, coverage effective dates.
- age: only ages over 89, the number only ("93" in "age":93, "93yo"); ages <= 89 unlabeled.
- mrn: the tenant's medical record number wherever it appears (query strings, JSON,
  HL7 PID-3 type MR, Redis keys, OpenSearch doc ids built from it).
- other_id: EHR-internal patient ids / EMPI ids / patient UUIDs, encounter / visit /
  CSN numbers, claim numbers, patient portal usernames and portal user ids
  (usr_...), impersonation targets that are patient accounts.
- health_plan: member / subscriber / policy IDs, Medicare MBI, Medicaid IDs.
  Group numbers (employer plans) are not labeled.
- account: patient / guarantor account numbers, HL7 PID-18, full card PANs.
  Masked PANs (last 4 only) are not labeled.
- ssn: full SSNs (with or without dashes). Hashes of SSNs (ssn_hash) are not labeled.
- phone / fax: patient-side numbers in any format, including E.164 inside Redis keys;
  fax only when the field says fax (HL7 ^FX, faxTo, fax_number).
- ip: a public client IP is labeled only when the same line ties the request to an
  identified patient on a patient-facing surface (portal host, portal-bff events,
  patient user context in Sentry). Private 10.x/mesh IPs, clinic/staff IPs, health
  checkers and bots are never labeled.
- device: serials, UDIs, MACs, IMEIs of a patient's own device (insulin pump, CGM,
  home BP cuff, phone). Hospital asset tags and host serials not labeled.
- url: a person's personal URL (social profile, CaringBridge page). Portal and API URLs
  are not labeled as url (their query-string values may be).
- photo: the base64 image data of a patient photo (not the "data:image/jpeg;base64,"
  prefix). biometric: fingerprint / voice template payloads.
- license: patient's driver's licence or state ID number. vehicle: VIN, plate of a
  patient's car (e.g. transport / parking requests).
- Encoded values: a span covers the value exactly as written in the line
  (URL-encoded, JSON-escaped, SQL-quoted). Tokens, JWTs, session ids, trace/span ids,
  order numbers, ticket numbers, tenant ids are never labeled.
"""
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata
from urllib.parse import quote, quote_plus

ID = "ic"
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(0x1C_2024_0314)


# --------------------------------------------------------------------------- builder
class L:
    """A log line built from segments; labeled segments become spans."""

    def __init__(self, fam):
        self.fam = fam
        self.segs = []

    def t(self, *parts):
        for x in parts:
            self.segs.append((str(x), None))
        return self

    def p(self, val, cat):
        val = str(val)
        assert val and val == val.strip(), repr(val)
        self.segs.append((val, cat))
        return self

    def add(self, other, esc=None):
        for v, c in other.segs:
            self.segs.append((esc(v) if esc else v, c))
        return self

    def js(self, obj, sep=(",", ":")):
        jw(self, obj, sep)
        return self

    def render(self):
        out = bytearray()
        spans = []
        for v, c in self.segs:
            bv = v.encode("utf-8")
            if c:
                spans.append((len(out), len(out) + len(bv), c, bv))
            out += bv
        line = bytes(out)
        for s, e, c, bv in spans:
            assert line[s:e] == bv, (line, s, e, bv)
        assert b"\n" not in line and b"\r" not in line, line
        assert line.strip(), "empty line"
        return line, [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]


class P:
    """Labeled scalar inside a JSON / repr structure."""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """An L embedded as a JSON string value (escaped piecewise)."""

    def __init__(self, sub):
        self.sub = sub


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jw(b, o, sep):
    if isinstance(o, P):
        if isinstance(o.v, str):
            b.t('"').p(jesc(o.v), o.cat).t('"')
        else:
            b.p(json.dumps(o.v), o.cat)
    elif isinstance(o, S):
        b.t('"').add(o.sub, jesc).t('"')
    elif isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t(sep[0])
            b.t(json.dumps(k, ensure_ascii=False) + sep[1])
            jw(b, v, sep)
        b.t("}")
    elif isinstance(o, (list, tuple)):
        b.t("[")
        for i, v in enumerate(o):
            if i:
                b.t(sep[0])
            jw(b, v, sep)
        b.t("]")
    else:
        b.t(json.dumps(o, ensure_ascii=False))


def pyrepr(b, o):
    """Python repr() of dict/list/str/int with labeled P values."""
    if isinstance(o, P):
        if isinstance(o.v, str):
            r = repr(o.v)
            b.t(r[0]).p(r[1:-1], o.cat).t(r[-1])
        elif isinstance(o.v, dt.date):
            b.t("datetime.date(").p(f"{o.v.year}, {o.v.month}, {o.v.day}", o.cat).t(")")
        else:
            b.p(repr(o.v), o.cat)
    elif isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t(", ")
            b.t(repr(k) + ": ")
            pyrepr(b, v)
        b.t("}")
    elif isinstance(o, dt.date):
        b.t(f"datetime.date({o.year}, {o.month}, {o.day})")
    else:
        b.t(repr(o))


# --------------------------------------------------------------------------- helpers
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alpha) for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def b64s(n):
    return "".join(R.choice(B62 + "+/") for _ in range(n))


FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "ß": "ss", "Ł": "L", "đ": "d"})


def fold(s):
    s = s.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    return "".join(c for c in fold(s).lower() if c.isalnum())


CLK = [dt.datetime(2024, 3, 14, 2, 7, 13, 412000)]
TODAY = dt.date(2024, 3, 14)


def tick(a=0.05, b=14.0):
    CLK[0] += dt.timedelta(seconds=R.uniform(a, b))
    return CLK[0]


def now():
    return CLK[0]


def iso_z(d=None, prec=3):
    d = d or now()
    base = d.strftime("%Y-%m-%dT%H:%M:%S")
    if prec == 0:
        return base + "Z"
    return base + "." + f"{d.microsecond:06d}"[:prec] + "Z"


def ms(d=None):
    d = d or now()
    return f"{d.microsecond // 1000:03d}"


def epoch(d=None):
    d = d or now()
    return (d - dt.datetime(1970, 1, 1)).total_seconds()


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def fdate(d, st=None):
    st = R.randrange(11) if st is None else st
    if st == 0:
        return d.isoformat()
    if st == 1:
        return d.strftime("%m/%d/%Y")
    if st == 2:
        return f"{d.month}/{d.day}/{d.year}"
    if st == 3:
        return d.strftime("%Y%m%d")
    if st == 4:
        return f"{d.day:02d}-{MON[d.month-1].upper()}-{d.year}"
    if st == 5:
        return f"{MONTH[d.month-1]} {d.day}, {d.year}"
    if st == 6:
        return d.strftime("%d.%m.%Y")
    if st == 7:
        return f"{d.day} {MON[d.month-1]} {d.year}"
    if st == 8:
        return d.strftime("%m-%d-%Y")
    if st == 9:
        return d.strftime("%Y/%m/%d")
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def fphone(d, st=None):
    st = R.randrange(8) if st is None else st
    a, b, c = d[:3], d[3:6], d[6:]
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", d, f"+1{d}", f"{a}.{b}.{c}",
            f"+1 {a} {b} {c}", f"({a}){b}-{c}", f"1-{a}-{b}-{c}"][st]


AREA = ["218", "502", "859", "808", "612", "787", "939", "505", "928", "913", "314",
        "206", "617", "404", "313", "971", "210", "646", "270", "651"]


def phone_digits():
    return R.choice(AREA) + str(R.randint(2, 9)) + digits(2) + digits(4)


def pub_ip():
    while True:
        a = R.choice([24, 47, 50, 67, 68, 69, 71, 72, 73, 75, 76, 96, 97, 98, 99, 107,
                      108, 142, 166, 174, 184, 208])
        ip = f"{a}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        return ip


def priv_ip():
    return f"10.{R.choice([8, 42, 42, 61])}.{R.randint(0, 63)}.{R.randint(2, 250)}"


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return body + str((10 - tot % 10) % 10)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7,
           "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1FT", "1HG", "2T1", "3VW", "5YJ", "JTD", "1GC", "KMH"]) + alnum(5, al)
             + "0" + R.choice("LMNPR") + alnum(1, al) + digits(6))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def mbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    AN = L_ + "0123456789"
    m = (str(R.randint(1, 9)) + R.choice(L_) + R.choice(AN) + digits(1) + R.choice(L_)
         + R.choice(AN) + digits(1) + R.choice(L_) + R.choice(L_) + digits(2))
    return m if R.random() < 0.6 else f"{m[:4]}-{m[4:7]}-{m[7:]}"


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    s = f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
    return s if R.random() < 0.8 else s.replace("-", "")


DECKS = {}


def deck(key, n):
    """Balanced sub-template choice: a shuffled deck of range(n) per key."""
    d = DECKS.get(key)
    if not d:
        d = list(range(n))
        R.shuffle(d)
        DECKS[key] = d
    return d.pop()


def future_date():
    return TODAY + dt.timedelta(days=R.randint(1, 60))


def past_date(lo=1, hi=400):
    return TODAY - dt.timedelta(days=R.randint(lo, hi))


def appt_time():
    return f"{R.randint(7, 16):02d}:{R.choice(['00', '15', '20', '30', '40', '45'])}"


# --------------------------------------------------------------------------- people
FIRST_F = ["Maria", "Esperanza", "Oluwaseun", "Thị Lan", "Aaliyah", "Siobhán", "Priyanka",
           "Fatima", "Ingrid", "Chiara", "Amara", "Zainab", "Leilani", "Svetlana", "Thandiwe",
           "Gabriela", "Mei-Ling", "Delphine", "Marguerite", "Ngozi", "Hana", "Lucía",
           "Harriet", "Aiyana", "Anneliese", "Bernadette", "Yesenia", "Mariam", "Kateryna",
           "Dolores", "Noor", "Ximena", "Wren", "Agnieszka"]
FIRST_M = ["José", "Chidi", "Dmitri", "Wei", "Kwame", "Hiroshi", "Mateo", "Yusuf", "Tomasz",
           "Rafael", "Jun-ho", "Eamon", "Ravi", "Ahmad", "Tyrone", "Kenji", "Florin", "Pedro",
           "Bogdan", "Emeka", "Abdirahman", "Keanu", "Björn", "Jean-Luc", "Santiago",
           "Darnell", "Ezekiel", "Arjun", "Mehmet", "Hamza", "Mikael", "Lorenzo"]
LAST = ["García", "Okonkwo", "Nguyen", "O'Brien", "van der Berg", "de la Cruz", "Al-Farsi",
        "Kowalczyk", "Smith-Jones", "Tanaka", "Haddad", "Fitzgerald", "Papadopoulos",
        "Ivanova", "Chen", "Patel", "Johansson", "da Silva", "McAllister", "Oyelaran", "Kim",
        "Schmidt", "Lefebvre", "Yılmaz", "Nakamura", "Castellanos", "Dubois", "Wójcik",
        "Desrosiers", "Hernández", "Begay", "Kealoha", "Osei", "Baptiste", "St. Clair",
        "MacLeod", "Ferreira", "Lindqvist", "Ramírez-Ortiz", "Novak", "Whitfield",
        "Abdullahi", "Mwangi", "Le", "Šimić", "Van Buren", "del Toro", "Achterberg",
        "Tsosie", "Hussain", "Okafor", "Brennan", "Delacroix-Moreau", "Ahn"]
LAST_X = ["Jones", "Ortiz", "Lee", "Mendes", "Ward", "Reyes"]
CITIES = [("Duluth", "MN", "55805"), ("Bowling Green", "KY", "42101"), ("Hilo", "HI", "96720"),
          ("Gallup", "NM", "87301"), ("Dearborn", "MI", "48126"), ("Lowell", "MA", "01852"),
          ("El Paso", "TX", "79912"), ("Macon", "GA", "31204"), ("Fresno", "CA", "93721"),
          ("Bangor", "ME", "04401"), ("Tulsa", "OK", "74105"), ("Bayamón", "PR", "00961"),
          ("Paducah", "KY", "42003"), ("Kailua-Kona", "HI", "96740"), ("Saint Paul", "MN", "55104"),
          ("Flagstaff", "AZ", "86001"), ("Overland Park", "KS", "66212"), ("Tacoma", "WA", "98405")]
STREETS = ["N Oakridge Ave", "Kalanianaole Hwy", "Old Mill Rd", "W 34th St", "Calle Luna",
           "Rue Champlain", "Martin Luther King Jr Blvd", "Pinecrest Dr", "E Superior St",
           "Hwy 491", "Lakeview Ter", "Avenida Betances", "S Broadway", "Cottonwood Ln",
           "Ali'i Dr", "Magnolia Ct", "Peachtree Industrial Blvd", "Fenwick Way"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com",
             "proton.me", "comcast.net", "att.net", "hawaiiantel.net", "live.com"]

TENANTS = [
    dict(id="tnt_stlukes_ky", states="KY", slug="stlukes-ky", fac="STLUKES_KY", oid="2.16.840.1.113883.3.4821",
         mrn=lambda: "E" + digits(7)),
    dict(id="tnt_riverbend_peds", states="MN", slug="riverbend-peds", fac="RIVERBEND", oid="2.16.840.1.113883.3.7730",
         mrn=lambda: "RB" + digits(7)),
    dict(id="tnt_hilo_fqhc", states="HI", slug="hilo-fqhc", fac="HILOFQHC", oid="2.16.840.1.113883.3.9154",
         mrn=lambda: digits(8)),
    dict(id="tnt_lakeshore_ortho", states="MI", slug="lakeshore-ortho", fac="LSO", oid="2.16.840.1.113883.3.6612",
         mrn=lambda: "LSO-" + digits(6)),
    dict(id="tnt_mesa_bh", states="AZ NM", slug="mesa-bh", fac="MESABH", oid="2.16.840.1.113883.3.5087",
         mrn=lambda: "M" + digits(6) + R.choice("ABCDEFGH")),
    dict(id="tnt_sanjuan_cmi", states="PR", slug="sanjuan-cmi", fac="SJCMI", oid="2.16.840.1.113883.3.3390",
         mrn=lambda: "SJ-" + digits(5) + "-" + digits(2)),
]


class Person:
    pass


def person(old=False, young=False, tenant=None):
    p = Person()
    p.sex = R.choice("FM")
    p.fn = R.choice(FIRST_F if p.sex == "F" else FIRST_M)
    p.ln = R.choice(LAST)
    if R.random() < 0.07 and "-" not in p.ln and " " not in p.ln:
        p.ln = p.ln + "-" + R.choice(LAST_X)
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    if old:
        y = R.randint(1926, 1933)
    elif young:
        y = R.randint(2010, 2021)
    else:
        y = R.choice([R.randint(1936, 2004), R.randint(1950, 1992), R.randint(2006, 2021)])
    p.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
    p.age = 2024 - y - (1 if (p.dob.month, p.dob.day) > (3, 14) else 0)
    p.tn = tenant or R.choice(TENANTS)
    reg = [c for c in CITIES if c[1] in p.tn["states"]]
    p.city, p.state, p.zip = R.choice(reg) if reg and R.random() < 0.85 else R.choice(CITIES)
    p.zip4 = p.zip + "-" + digits(4)
    p.street = f"{R.randint(3, 9899)} {R.choice(STREETS)}"
    if R.random() < 0.25:
        p.street += R.choice([" Apt 4B", " Unit 12", " #207", " Apt 3", " Trlr 18"])
    p.phone = phone_digits()
    p.cell = phone_digits()
    yy = f"{p.dob.year % 100:02d}"
    f, l_ = slug(p.fn), slug(p.ln)
    local = R.choice([f"{f}.{l_}{yy}", f"{f[0]}{l_}{R.randint(1, 99)}", f"{l_}.{f}",
                      f"{f}_{l_}", f"{f}{l_[:4]}{p.dob.year}", f"{f}.{l_}"])
    p.email = local + "@" + R.choice(EMAIL_DOM)
    p.user = R.choice([f"{f}.{l_[:3]}", f"{f[0]}{l_}{R.randint(1, 9)}", f"{f}{yy}",
                       f"{l_}{f[0]}"])
    p.uid = "usr_" + hexs(10)
    p.mrn = p.tn["mrn"]()
    p.pid = str(R.randint(10_000_000, 79_999_999))
    p.empi = "EMPI" + digits(9)
    p.puuid = uuid4()
    p.ssn = ssn()
    p.member = R.choice(["XKG" + digits(9), "W" + digits(9), "ZGP" + digits(8) + "01",
                         "MCD" + digits(8), "H" + digits(8), "U" + digits(8) + "01"])
    p.mbi = mbi()
    p.acct = R.choice(["PA" + digits(8), "G" + digits(9), digits(10), "BA-" + digits(4) + "-" + digits(6)])
    p.csn = R.choice(["V" + digits(8), digits(10), "ENC-" + digits(7)])
    p.claim = "CLM" + digits(11)
    p.dl = R.choice(["D" + digits(7), "S" + digits(3) + "-" + digits(4) + "-" + digits(4),
                     digits(8), "WDL" + alnum(9), R.choice("ABCKMT") + digits(12)])
    p.card = luhn_complete(R.choice(["4", "51", "55", "37"]), 16 if True else 15)
    return p


def name_forms(p, st=None):
    st = R.randrange(8) if st is None else st
    return [f"{p.fn} {p.ln}", f"{p.ln}, {p.fn}", f"{p.ln.upper()}, {p.fn.upper()}",
            f"{p.fn} {p.mi}. {p.ln}", f"{p.fn[0]}. {p.ln}", f"{p.fn.lower()} {p.ln.lower()}",
            f"{p.ln.upper()}, {p.fn.upper()} {p.mi}", f"{p.fn} {p.ln.upper()}"][st]


def hl7name(p):
    return f"{fold(p.ln).upper()}^{fold(p.fn).upper()}^{p.mi}"


# staff / business look-alikes (never labeled)
ENG = [("Priya Raman", "priya.raman", "U02KQ7B1LMX"), ("Marcus Oyelowo", "moyelowo", "U03F7K2LQ9A"),
       ("Dana Whitcomb", "dwhitcomb", "U01H2N8ZP4C"), ("Li Zhang", "li.zhang", "U04AB91TQWE"),
       ("Sofia Brandt", "sbrandt", "U02ZZ81MN0D"), ("Abhishek Iyer", "aiyer", "U05CK3YHQ2R"),
       ("Tereza Novotná", "tnovotna", "U03L9PRT7XK")]
AGENTS = ["j.morales@corvane.io", "kchen@corvane.io", "r.faulkner@corvane.io",
          "amina.sow@corvane.io", "b.ostrowski@corvane.io"]
CLIN = [("1184729305", "PRUITT", "ALAN", "R"), ("1366024817", "KARIMI", "NADIA", ""),
        ("1902277641", "ABERNATHY", "GWEN", "L"), ("1487730022", "OKORO", "SAMUEL", "T"),
        ("1730558190", "VILLANUEVA", "ROSA", "M")]
SERVICES = ["charting-api", "portal-bff", "scheduling-svc", "hl7-engine", "notify-svc",
            "eligibility-worker", "search-indexer", "billing-api", "identity-svc", "docgen"]
KHOST = ["ip-10-42-3-17.ec2.internal", "ip-10-42-7-201.ec2.internal", "ip-10-61-12-9.ec2.internal",
         "ip-10-8-40-12.ec2.internal"]


def pod(svc):
    return f"{svc}-{hexs(9)[:R.choice([9, 10])]}-{alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}"


def trace_id():
    return str(R.randint(10 ** 18, 9 * 10 ** 18))


def order_no():
    return f"ORD-2024-{R.randint(100000, 999999)}"


# --------------------------------------------------------------------------- nginx
NGX_LB = ["10.42.0.11", "10.42.0.12", "10.42.128.7", "10.61.0.4"]
UA_PORTAL = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.80",
    "CorvanePortal/6.2.0 (com.corvane.portal; build:2291; iOS 17.3.1) Alamofire/5.8.1",
    "CorvanePortal/6.1.4 (Android 13; Pixel 6a) okhttp/4.12.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15",
]
UA_EHR = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
    "CorvaneDesktop/24.1.3 (Windows 10.0.19045; x64) CEF/120.1.10",
    "Apache-HttpClient/4.5.14 (Java/17.0.10)",
    "python-requests/2.31.0",
]


def ngx_time():
    d = tick()
    return d.strftime("%d/") + MON[d.month - 1] + d.strftime("/%Y:%H:%M:%S +0000")


def ngx_tail(b, status, size, ref, ua, xff, xff_label, host, fast=False):
    rt = R.uniform(0.001, 0.02) if fast else R.expovariate(1 / 0.35) + 0.004
    b.t(f'" {status} {size} "{ref}" "{ua}" "')
    if xff and xff_label:
        b.p(xff, "ip")
    else:
        b.t(xff or "-")
    urt = f"{rt - R.uniform(0.0, 0.003):.3f}" if status not in (499,) else "-"
    b.t(f'" {host} rt={rt:.3f} urt={urt}')


def g_nginx_portal():
    p = person()
    host = f"portal.{p.tn['slug']}.corvane.io"
    ip = pub_ip()
    lb = R.random() < 0.6
    b = L("nginx_access")
    if lb:
        b.t(R.choice(NGX_LB))
    else:
        b.p(ip, "ip")
    b.t(f" - - [{ngx_time()}] \"")
    k = deck("g_nginx_portal", 9)
    ref = f"https://{host}/"
    status = R.choice([200, 200, 200, 201, 302, 400, 404, 500])
    if k == 0:
        d = future_date()
        hh, mm = appt_time().split(":")
        b.t("GET /portal/api/v2/appointments/self-schedule/confirm?mrn=").p(p.mrn, "mrn")
        b.t("&slotDate=").p(d.isoformat(), "date").t(f"&slotTime={hh}%3A{mm}&dept=FM-102")
        ref += "appointments/new"
    elif k == 1:
        b.t("GET /portal/api/v1/signup/lookup?firstName=").p(quote(p.fn), "name")
        b.t("&lastName=").p(quote(p.ln), "name").t("&dob=").p(quote(fdate(p.dob, 1), safe=""), "date")
        b.t("&zip=").p(p.zip, "zip")
        ref += "signup"
    elif k == 2:
        b.t("GET /portal/verify-email?email=").p(quote(p.email, safe=""), "email")
        b.t(f"&token={b64s(22).replace('+', '-').replace('/', '_')}&utm_source=sms")
        ref = "-"
    elif k == 3:
        c = person(young=True)
        b.t("GET /portal/api/v1/proxy/requests?dependentFirst=").p(quote_plus(c.fn), "name")
        b.t("&dependentLast=").p(quote_plus(c.ln), "name").t("&dependentDob=").p(c.dob.isoformat(), "date")
        b.t("&guardianPhone=").p(quote(fphone(p.cell, 3), safe=""), "phone")
        ref += "proxy-access"
    elif k == 4:
        b.t("POST /portal/api/v1/billing/payments?guarantorAcct=").p(p.acct, "account")
        b.t(f"&amt={R.randint(10, 900)}.{R.choice(['00', '50', '25'])}&method=card")
        ref += "billing"
    elif k == 5:
        b.t("GET /portal/login/sso/callback?login_hint=").p(p.user, "other_id")
        b.t(f"&state={hexs(16)}&code={b64s(18).replace('+', 'x').replace('/', 'y')}")
        ref = "https://login.corvane.io/"
    elif k == 6:
        b.t("GET /portal/api/v1/records/release?deliver=fax&faxTo=").p(quote(fphone(p.phone, 0), safe=""), "fax")
        b.t("&recipient=").p(quote_plus(f"{p.fn} {p.ln}"), "name")
        ref += "records"
    elif k == 7:
        b.t("GET /portal/api/v1/insurance/card?memberId=").p(p.member, "health_plan")
        b.t("&subscriberDob=").p(fdate(p.dob, 3), "date").t("&side=front")
        ref += "insurance"
    else:
        b.t("GET /portal/api/v1/messages/threads?patientUuid=").p(p.puuid, "other_id")
        b.t("&unreadOnly=true&page=1")
        ref += "messages"
    b.t(f" HTTP/{R.choice(['1.1', '2.0'])}")
    ngx_tail(b, status, R.randint(0, 9000), ref, R.choice(UA_PORTAL), ip if lb else None, True, host)
    return [b]


def g_nginx_ehr():
    p = person()
    host = f"ehr.{p.tn['slug']}.corvane.io"
    b = L("nginx_access")
    clinic_ip = pub_ip()
    b.t(f"{R.choice(NGX_LB)} - - [{ngx_time()}] \"")
    k = deck("g_nginx_ehr", 7)
    if k == 0:
        b.t("GET /api/v2/patients/search?q=").p(quote_plus(f"{p.ln.lower()}, {p.fn.lower()}"), "name")
        b.t("&dob=").p(quote(fdate(p.dob, 1), safe=""), "date").t("&limit=25")
    elif k == 1:
        b.t("GET /fhir/R4/Patient?family=").p(quote(p.ln), "name").t("&given=").p(quote(p.fn), "name")
        b.t("&birthdate=").p(p.dob.isoformat(), "date")
    elif k == 2:
        b.t(f"GET /fhir/R4/Patient?identifier=urn%3Aoid%3A{p.tn['oid']}%7C").p(p.mrn, "mrn")
        b.t("&_revinclude=Encounter%3Apatient")
    elif k == 3:
        b.t("GET /api/v2/patients/search?phone=").p(p.phone, "phone").t("&fuzzy=false")
    elif k == 4:
        d = future_date()
        b.t("GET /api/v2/scheduling/appointments?mrn=").p(p.mrn, "mrn").t("&apptDate=").p(d.isoformat(), "date")
    elif k == 5:
        b.t("GET /reports/face-sheet.pdf?pat_id=").p(p.pid, "other_id").t("&enc=").p(p.csn, "other_id")
        b.t("&tz=America%2FChicago")
    else:
        b.t("GET /api/v2/patients/search?email=").p(quote(p.email, safe=""), "email").t("&include=inactive")
    b.t(" HTTP/1.1")
    ngx_tail(b, R.choice([200, 200, 200, 204, 401, 502, 504]), R.randint(200, 60000),
             f"https://{host}/chart", R.choice(UA_EHR), clinic_ip, False, host)
    return [b]


def g_nginx_clean():
    tn = R.choice(TENANTS)
    b = L("nginx_access")
    k = deck("g_nginx_clean", 9)
    host = R.choice([f"portal.{tn['slug']}.corvane.io", f"ehr.{tn['slug']}.corvane.io", "api.corvane.io"])
    if k == 0:
        src, req, st, ua = priv_ip(), "GET /healthz", 200, "kube-probe/1.28"
    elif k == 1:
        src, req, st, ua = priv_ip(), "GET /metrics", 200, "Prometheus/2.49.1"
    elif k == 2:
        src = R.choice(NGX_LB)
        req = f"GET /static/js/main.{hexs(8)}.chunk.js"
        st, ua = R.choice([200, 304]), R.choice(UA_PORTAL)
    elif k == 3:
        src, req, st, ua = R.choice(NGX_LB), f"GET /api/v2/orders/{order_no()}/status", 200, R.choice(UA_EHR)
    elif k == 4:
        src, req, st, ua = "66.249.66.1" if R.random() < 0.5 else "40.77.167.12", "GET /robots.txt", 200, \
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
    elif k == 5:
        src, req, st, ua = R.choice(NGX_LB), "GET /fhir/R4/metadata", 200, "Epic-Interconnect/10.3"
    elif k == 6:
        src, req, st, ua = R.choice(NGX_LB), "GET /.well-known/smart-configuration", 200, "okhttp/4.12.0"
    elif k == 7:
        src, req, st, ua = "10.42.0.1", "GET /", 200, "ELB-HealthChecker/2.0"
    else:
        src = R.choice(NGX_LB)
        req = f"POST /api/v2/tenants/{tn['id']}/feature-flags/evaluate?sdk=java-server&v=7.2.0"
        st, ua = R.choice([200, 200, 429]), "LaunchDarkly/JavaClient/7.2.0"
    b.t(f"{src} - - [{ngx_time()}] \"{req} HTTP/1.1")
    xff = pub_ip() if src in NGX_LB and k in (2, 3, 5, 6, 8) else None
    if k == 2:
        host = f"portal.{tn['slug']}.corvane.io"
    ngx_tail(b, st, R.randint(0, 250000) if k == 2 else R.randint(2, 4000), "-", ua, xff, False, host, fast=k in (0, 1, 4, 7))
    return [b]


def g_nginx_error():
    b = L("nginx_error")
    d = tick()
    pid = R.choice([29, 30, 31, 32])
    cid = R.randint(10000, 999999)
    b.t(d.strftime("%Y/%m/%d %H:%M:%S"))
    p = person()
    host = f"portal.{p.tn['slug']}.corvane.io"
    up = f"{priv_ip()}:8080"
    if R.random() < 0.5:
        ip = pub_ip()
        b.t(f" [error] {pid}#{pid}: *{cid} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ")
        b.p(ip, "ip").t(f", server: {host}, request: \"GET /portal/api/v1/results?mrn=").p(p.mrn, "mrn")
        b.t("&collectedOn=").p(past_date(1, 20).isoformat(), "date")
        b.t(f" HTTP/2.0\", upstream: \"http://{up}/v1/results\", host: \"{host}\"")
    else:
        ip = pub_ip()
        b.t(f" [warn] {pid}#{pid}: *{cid} an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/3/07/000000{digits(4)} while reading upstream, client: ")
        b.p(ip, "ip").t(f", server: {host}, request: \"GET /portal/api/v1/documents/export?patientName=")
        b.p(quote_plus(f"{p.ln}, {p.fn}"), "name").t("&format=ccda HTTP/1.1\", upstream: ")
        b.t(f"\"http://{up}/documents/export\", host: \"{host}\"")
    return [b]


def g_nginx_error_clean():
    b = L("nginx_error")
    d = tick()
    pid = R.choice([29, 30, 31, 32])
    cid = R.randint(10000, 999999)
    up = f"{priv_ip()}:8080"
    tn = R.choice(TENANTS)
    host = f"ehr.{tn['slug']}.corvane.io"
    msgs = [
        f"[error] {pid}#{pid}: *{cid} connect() failed (111: Connection refused) while connecting to upstream, client: {R.choice(NGX_LB)}, server: {host}, request: \"GET /api/v2/worklists/today HTTP/1.1\", upstream: \"http://{up}/api/v2/worklists/today\", host: \"{host}\"",
        f"[error] {pid}#{pid}: *{cid} client intended to send too large body: {R.randint(10, 60) * 1048576} bytes, client: {R.choice(NGX_LB)}, server: {host}, request: \"POST /api/v2/documents/upload HTTP/1.1\", host: \"{host}\"",
        f"[error] {pid}#{pid}: *{cid} limiting requests, excess: {R.uniform(5, 40):.3f} by zone \"portal_login\", client: {R.choice(NGX_LB)}, server: portal.{tn['slug']}.corvane.io, request: \"POST /portal/login HTTP/2.0\", host: \"portal.{tn['slug']}.corvane.io\"",
        f"[notice] 1#1: signal 1 (SIGHUP) received from {R.randint(100, 999)}, reconfiguring",
        f"[warn] {pid}#{pid}: *{cid} upstream server temporarily disabled while reading response header from upstream, client: {R.choice(NGX_LB)}, server: api.corvane.io, request: \"GET /fhir/R4/metadata HTTP/1.1\", upstream: \"http://{up}/fhir/R4/metadata\", host: \"api.corvane.io\"",
        f"[crit] {pid}#{pid}: *{cid} SSL_do_handshake() failed (SSL: error:0A00006C:SSL routines::bad key share) while SSL handshaking, client: {priv_ip()}, server: 0.0.0.0:443",
    ]
    b.t(d.strftime("%Y/%m/%d %H:%M:%S") + " " + R.choice(msgs))
    return [b]


# --------------------------------------------------------------------------- envoy
def envoy_head(b, method, fam="envoy_access"):
    d = tick()
    b.t(f"[{iso_z(d)}] \"{method} ")


ENVOY_CLUSTERS = ["search.prod.svc.cluster.local:8443", "charting.prod.svc.cluster.local:8080",
                  "scheduling.prod.svc.cluster.local:8080", "identity.prod.svc.cluster.local:9000"]


def envoy_tail(b, code, flags, ua, xff, authority, upstream):
    dur = R.randint(2, 3000)
    b.t(f" HTTP/1.1\" {code} {flags} {R.randint(0, 2400)} {R.randint(0, 48000)} {dur} "
        f"{max(1, dur - R.randint(0, 5)) if flags == '-' else '-'} \"{xff}\" \"{ua}\" \"{uuid4()}\" "
        f"\"{authority}\" \"{upstream}\"")


def g_envoy_phi():
    p = person()
    b = L("envoy_access")
    envoy_head(b, "GET")
    k = deck("g_envoy_phi", 5)
    if k == 0:
        b.t("/api/v3/patient-search?q=").p(quote(f"{p.ln}, {p.fn}", safe=""), "name")
        b.t("&dob=").p(quote(fdate(p.dob, 1), safe=""), "date")
        auth = ENVOY_CLUSTERS[0]
    elif k == 1:
        b.t("/internal/v1/empi/match?ssn=").p(p.ssn, "ssn").t("&family=").p(quote(p.ln.upper()), "name")
        auth = ENVOY_CLUSTERS[0]
    elif k == 2:
        b.t("/api/v2/patients/").p(p.pid, "other_id").t("/encounters/").p(p.csn, "other_id").t("/summary")
        auth = ENVOY_CLUSTERS[1]
    elif k == 3:
        b.t("/internal/v1/coverage?memberId=").p(p.member, "health_plan").t("&payer=BCBSMN&dos=")
        b.p(future_date().isoformat(), "date")
        auth = "eligibility.prod.svc.cluster.local:8080"
    else:
        b.t("/api/v2/identity/users?username=").p(p.user, "other_id").t("&realm=portal")
        auth = ENVOY_CLUSTERS[3]
    envoy_tail(b, R.choice([200, 200, 200, 404, 503]), R.choice(["-", "-", "-", "UF,URX", "UT"]),
               R.choice(["okhttp/4.12.0", "Go-http-client/2.0", "grpc-java-netty/1.61.0", "Apache-HttpClient/4.5.14 (Java/17.0.10)"]),
               priv_ip(), auth, f"{priv_ip()}:{auth.rsplit(':', 1)[1]}")
    return [b]


def g_envoy_clean():
    b = L("envoy_access")
    k = deck("g_envoy_clean", 6)
    meth = "POST" if k in (0, 3) else "GET"
    envoy_head(b, meth)
    path = ["/grpc.health.v1.Health/Check", "/ready", f"/api/v2/orders/{order_no()}",
            "/hl7.v1.Ingest/Ack", "/stats/prometheus", f"/api/v2/tenants/{R.choice(TENANTS)['id']}/config"][k]
    b.t(path)
    auth = R.choice(ENVOY_CLUSTERS)
    code = R.choice([200, 200, 200, 200, 503, 503, 404, 0])
    flags = {200: "-", 404: R.choice(["-", "NR"]), 503: R.choice(["UH", "UO", "UF", "URX"]), 0: "DC"}[code]
    envoy_tail(b, code, flags,
               R.choice(["grpc-go/1.62.0", "Envoy/HC", "kube-probe/1.28", "okhttp/4.12.0"]),
               priv_ip() if R.random() < 0.7 else "-", auth, f"{priv_ip()}:{auth.rsplit(':', 1)[1]}")
    return [b]


def envoy_json_base():
    d = tick()
    return {"start_time": iso_z(d), "method": None, "path": None, "protocol": "HTTP/2",
            "response_code": None, "response_flags": "-", "bytes_received": R.randint(0, 900),
            "bytes_sent": R.randint(0, 30000), "duration": R.randint(1, 2500),
            "upstream_service_time": str(R.randint(1, 2000)), "x_forwarded_for": None,
            "user_agent": None, "request_id": uuid4(), "authority": None,
            "upstream_host": f"{priv_ip()}:8080",
            "upstream_cluster": None}


def g_envoy_json_phi():
    p = person()
    host = f"portal.{p.tn['slug']}.corvane.io"
    o = envoy_json_base()
    ip = pub_ip()
    k = deck("g_envoy_json_phi", 3)
    if k == 0:
        p = person(young=True, tenant=p.tn)
        path = L("x").t("/portal/api/v1/dependents?childDob=").p(fdate(p.dob, 0), "date").t("&childName=")
        path.p(quote_plus(f"{p.fn} {p.ln}"), "name")
    elif k == 1:
        path = L("x").t("/portal/api/v1/devices/pair?serial=").p(R.choice(["NG", "PX"]) + digits(7) + R.choice("HKM"), "device")
        path.t("&model=MMT-780G&patient=").p(p.mrn, "mrn")
    else:
        path = L("x").t("/portal/api/v1/contact/verify?mobile=").p(quote(fphone(p.cell, 5), safe=""), "phone")
        path.t("&channel=sms")
    o.update(method="GET", path=S(path), response_code=R.choice([200, 200, 400, 409]),
             x_forwarded_for=P(ip, "ip"), user_agent=R.choice(UA_PORTAL), authority=host,
             upstream_cluster="outbound|8080||portal-bff.portal.svc.cluster.local")
    return [L("envoy_json").js(o)]


def g_envoy_json_clean():
    o = envoy_json_base()
    tn = R.choice(TENANTS)
    o.update(method=R.choice(["GET", "POST"]),
             path=R.choice(["/api/v2/worklists/today?dept=ED", "/hl7/v2/ingest", "/fhir/R4/metadata",
                            f"/api/v2/orders/{order_no()}/results", "/portal/api/v1/config/branding"]),
             response_code=R.choice([200, 200, 202, 503]), response_flags=R.choice(["-", "-", "UF", "UC"]),
             x_forwarded_for=priv_ip(), user_agent=R.choice(["okhttp/4.12.0", "Go-http-client/2.0"]),
             authority=f"ehr.{tn['slug']}.corvane.io",
             upstream_cluster=R.choice(["outbound|8080||charting.prod.svc.cluster.local",
                                        "outbound|8080||hl7-engine.integration.svc.cluster.local"]))
    return [L("envoy_json").js(o)]


# --------------------------------------------------------------------------- opensearch
OS_NODES = ["os-data-0", "os-data-1", "os-data-2", "os-data-3", "os-master-1"]


def os_time():
    d = tick()
    return d.strftime("%Y-%m-%dT%H:%M:%S,") + ms(d)


def g_os_search_phi():
    p = person(old=R.random() < 0.25)
    b = L("opensearch_slowlog")
    took = R.randint(520, 9000)
    kind = R.choice(["query", "query", "fetch"])
    b.t(f"[{os_time()}][{R.choice(['WARN ', 'INFO '])}][index.search.slowlog.{kind}] [{R.choice(OS_NODES[:4])}] "
        f"[patients-v7][{R.randint(0, 5)}] took[{took / 1000:.1f}s], took_millis[{took}], "
        f"total_hits[{R.randint(0, 40)} hits], stats[], search_type[QUERY_THEN_FETCH], total_shards[6], source[")
    k = deck("g_os_search_phi", 6)
    tid = {"term": {"tenantId": p.tn["id"]}}
    if k == 0:
        q = {"size": 25, "query": {"bool": {"must": [{"match": {"name.family": {"query": P(p.ln.lower(), "name"), "fuzziness": "AUTO"}}},
                                                     {"match": {"name.given": {"query": P(p.fn.lower(), "name")}}}],
                                            "filter": [tid, {"term": {"birthDate": P(p.dob.isoformat(), "date")}}]}}}
    elif k == 1:
        qs = L("x").t("name.family:").p(fold(p.ln).lower().replace(" ", "?"), "name").t(" AND birthDate:")
        qs.p(p.dob.isoformat(), "date")
        q = {"from": 0, "size": 50, "query": {"query_string": {"query": S(qs), "default_operator": "and"}}}
    elif k == 2:
        q = {"size": 10, "query": {"bool": {"should": [{"wildcard": {"telecom.phone": {"value": P("*" + p.phone[-7:], "phone")}}},
                                                       {"term": {"telecom.email.keyword": P(p.email, "email")}}],
                                            "minimum_should_match": 1, "filter": [tid]}}}
    elif k == 3:
        q = {"query": {"nested": {"path": "identifiers", "query": {"bool": {"must": [
            {"term": {"identifiers.system": f"urn:oid:{p.tn['oid']}"}},
            {"term": {"identifiers.value": P(p.mrn, "mrn")}}]}}}}, "_source": ["id", "name", "birthDate"]}
    elif k == 4:
        q = {"size": 25, "query": {"bool": {"must": [{"fuzzy": {"name.family": {"value": P(fold(p.ln).lower(), "name"), "fuzziness": 2}}},
                                                     {"match": {"address.city": P(p.city, "address")}},
                                                     {"term": {"address.postalCode": P(p.zip, "zip")}}]}},
             "sort": [{"_score": "desc"}]}
    else:
        if p.age <= 89:
            o = person(old=True, tenant=p.tn)
            p.age, p.ln = o.age, o.ln
        q = {"size": 5, "query": {"bool": {"filter": [tid, {"range": {"age": {"gte": P(p.age, "age")}}},
                                                     {"match_phrase_prefix": {"name.family": P(fold(p.ln).lower(), "name")}}]}}}
    b.js(q)
    b.t(f"], id[{p.tn['id']}:charting-api], ")
    return [b]


def g_os_index_phi():
    p = person()
    b = L("opensearch_slowlog")
    took = R.randint(300, 2500)
    b.t(f"[{os_time()}][INFO ][index.indexing.slowlog.index] [{R.choice(OS_NODES[:4])}] "
        f"[patients-v7/Xk2pQm8vT7q3sLd0aBc1Ew] took[{took}.{R.randint(0, 9)}ms], took_millis[{took}], type[_doc], id[")
    b.t("pt_").p(p.pid, "other_id").t(f"], routing[{p.tn['id']}], source[")
    doc = {"tenantId": p.tn["id"], "mrn": P(p.mrn, "mrn"),
           "name": {"family": P(p.ln, "name"), "given": [P(p.fn, "name")]},
           "birthDate": P(p.dob.isoformat(), "date"), "gender": "female" if p.sex == "F" else "male",
           "address": {"line": [P(p.street, "address")], "city": P(p.city, "address"), "state": p.state,
                       "postalCode": P(p.zip, "zip")},
           "telecom": {"phone": P(p.phone, "phone")}, "active": True}
    b.js(doc)
    b.t("]")
    return [b]


def g_os_clean():
    b = L("opensearch_slowlog")
    took = R.randint(500, 12000)
    k = deck("g_os_clean", 5)
    idx = "patients-v7" if k == 4 else R.choice(["audit-events-2024.03.14", "appointments-v3", "orders-v2", "feature-flags", "hl7-messages-2024.03"])
    b.t(f"[{os_time()}][WARN ][index.search.slowlog.query] [{R.choice(OS_NODES[:4])}] [{idx}][{R.randint(0, 5)}] "
        f"took[{took / 1000:.1f}s], took_millis[{took}], total_hits[{R.randint(0, 1) if k == 4 else R.randint(0, 99999)}{'' if k == 4 else R.choice(['', '+'])} hits], stats[], "
        f"search_type[QUERY_THEN_FETCH], total_shards[{R.choice([3, 6, 12])}], source[")
    if k == 4:
        q = {"size": 1, "query": {"bool": {"filter": [{"term": {"tenantId": R.choice(TENANTS)["id"]}},
                                                     {"term": {"ssn_hash": hashlib.sha256(hexs(12).encode()).hexdigest()}}]}},
             "_source": ["id"]}
    elif k == 0:
        q = {"size": 0, "query": {"range": {"@timestamp": {"gte": "now-15m", "lte": "now"}}},
             "aggs": {"by_tenant": {"terms": {"field": "tenant_id", "size": 50}}}}
    elif k == 1:
        q = {"size": 0, "query": {"bool": {"filter": [{"term": {"status": "booked"}},
                                                      {"range": {"start": {"gte": "2024-03-01", "lt": "2024-04-01"}}}]}},
             "aggs": {"per_dept": {"terms": {"field": "department.code"}}}}
    elif k == 2:
        q = {"query": {"terms": {"orderNumber": [order_no(), order_no(), order_no()]}}}
    else:
        q = {"size": 100, "query": {"match_all": {}}, "sort": [{"updatedAt": "desc"}]}
    b.js(q)
    b.t(f"], id[{R.choice(['grafana', 'kibana-dashboards', 'ops-report-cron', ''])}], ")
    return [b]


def g_os_node():
    b = L("opensearch_node")
    node = R.choice(OS_NODES)
    k = deck("g_os_node", 5)
    if k == 0:
        m = f"[o.o.m.j.JvmGcMonitorService] [{node}] [gc][{R.randint(10000, 999999)}] overhead, spent [{R.uniform(0.5, 3):.1f}s] collecting in the last [{R.uniform(1, 4):.1f}s]"
    elif k == 1:
        m = f"[o.o.c.r.a.DiskThresholdMonitor] [{node}] high disk watermark [90%] exceeded on [{hexs(22)}][{node}][/usr/share/opensearch/data/nodes/0] free: {R.randint(5, 40)}.{R.randint(0, 9)}gb[{R.randint(5, 9)}.{R.randint(0, 9)}%], shards will be relocated away from this node"
    elif k == 2:
        m = f"[o.o.c.r.a.AllocationService] [{node}] Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[patients-v7][{R.randint(0, 5)}]]])."
    elif k == 3:
        m = f"[o.o.i.r.RecoverySourceHandler] [{node}] [appointments-v3][{R.randint(0, 5)}] finalizing recovery took [{R.randint(20, 900)}ms]"
    else:
        m = f"[o.o.s.a.BackendRegistry] [{node}] Authentication finally failed for svc-reporting from {priv_ip()}:{R.randint(30000, 60000)}"
    lvl = "WARN " if k in (0, 1, 4) else "INFO "
    b.t(f"[{os_time()}][{lvl}]{m}")
    return [b]


# --------------------------------------------------------------------------- redis
def g_redis_csv_phi():
    p = person(old=R.random() < 0.2)
    b = L("redis_keyspace")
    tick(0.01, 3)
    db = R.randint(0, 5)
    k = deck("g_redis_csv_phi", 9)
    if k == 7:
        b.t(f'"pmessage","__key*__:*","__keyspace@{db}__:cgm:tx:').p(alnum(6), "device").t(':lastsync","set"')
    elif k == 8:
        o = person(old=True)
        b.t(f'"pmessage","__key*__:*","__keyspace@{db}__:agemask:{o.tn["id"]}:').p(o.mrn, "mrn").t(":").p(str(o.age), "age").t('","set"')
    elif k == 0:
        b.t(f'"pmessage","__key*__:*","__keyspace@{db}__:ptsearch:v2:{p.tn["id"]}:lastname=')
        b.p(slug(p.ln), "name").t("|dob=").p(p.dob.isoformat(), "date").t('","set"')
    elif k == 1:
        b.t(f'"pmessage","__key*__:*","__keyevent@{db}__:set","otp:sms:').p("+1" + p.cell, "phone").t('"')
    elif k == 2:
        b.t(f'"pmessage","__key*__:*","__keyspace@{db}__:mfa:email:').p(p.email, "email").t(f'","{R.choice(["expire", "expired", "del"])}"')
    elif k == 3:
        b.t(f'"pmessage","__key*__:*","__keyspace@{db}__:pt:mrn:').p(p.mrn, "mrn").t(f':lock","{R.choice(["set", "del", "expired"])}"')
    elif k == 4:
        b.t(f'"pmessage","__key*__:*","__keyspace@{db}__:portal:user:').p(p.user, "other_id").t(':sessions","sadd"')
    elif k == 5:
        b.t(f'"pmessage","__key*__:*","__keyevent@{db}__:hset","chart:banner:').p(p.pid, "other_id").t('"')
    else:
        b.t(f'"pmessage","__key*__:*","__keyspace@{db}__:eligcache:').p(p.member, "health_plan").t(f':{future_date().strftime("%Y%m%d")}","expired"')
    return [b]


def g_redis_csv_clean():
    b = L("redis_keyspace")
    tick(0.01, 3)
    db = R.randint(0, 5)
    tn = R.choice(TENANTS)
    keys = [(f"sess:{hexs(32)}", "expired"), (f"ratelimit:{tn['id']}:{priv_ip()}", "incrby"),
            (f"lock:hl7-ack:batch:{R.randint(1000, 9999)}", "del"), (f"flags:tenant:{tn['id']}", "hset"),
            (f"bull:reminders:{R.randint(10000, 99999)}", "hset"), (f"celery-task-meta-{uuid4()}", "set"),
            (f"orders:status:{order_no()}", "set"), (f"jwks:identity:{hexs(8)}", "expire")]
    key, ev = R.choice(keys)
    if R.random() < 0.3:
        b.t(f'"pmessage","__key*__:*","__keyevent@{db}__:{ev}","{key}"')
    else:
        b.t(f'"pmessage","__key*__:*","__keyspace@{db}__:{key}","{ev}"')
    return [b]


def redis_ts():
    d = tick()
    return f"{d.day} {MON[d.month - 1]} {d.year} {d.strftime('%H:%M:%S')}.{ms(d)}"


def g_redis_server():
    b = L("redis_server")
    role = R.choice(["M", "M", "S", "C"])
    pid = "1" if role != "C" else str(R.randint(200, 9000))
    msgs = {"M": [f"* {R.choice([1, 100, 10000])} changes in {R.choice([3600, 300, 60])} seconds. Saving...",
                  f"* Background saving started by pid {R.randint(200, 9000)}",
                  f"* Background saving terminated with success",
                  f"# Client id={R.randint(1000, 99999)} addr={priv_ip()}:{R.randint(30000, 60000)} laddr=10.42.9.4:6379 fd=12 name= age=0 idle=0 flags=P db=0 sub=0 psub=1 ssub=0 multi=-1 qbuf=0 qbuf-free=20474 argv-mem=0 multi-mem=0 rbs=1024 rbp=0 obl=0 oll=1184 omem=24320584 tot-mem=24343080 events=rw cmd=psubscribe user=default redir=-1 resp=2 lib-name= lib-ver= closed for overcoming of output buffer limits.",
                  "* DB saved on disk"],
            "S": [f"* MASTER <-> REPLICA sync: Finished with success", "* Connecting to MASTER 10.42.9.4:6379",
                  f"* Partial resynchronization request from master accepted. Master replid: {hexs(40)} offset: {R.randint(10 ** 8, 10 ** 9)}"],
            "C": [f"* Fork CoW for RDB: current {R.randint(1, 60)} MB, peak {R.randint(60, 200)} MB, average {R.randint(1, 60)} MB",
                  "* DB saved on disk"]}
    b.t(f"{pid}:{role} {redis_ts()} {R.choice(msgs[role])}")
    return [b]


def g_redis_monitor_phi():
    p = person()
    b = L("redis_monitor")
    d = tick(0.001, 2)
    b.t(f"{epoch(d):.6f} [{R.randint(0, 5)} {priv_ip()}:{R.randint(30000, 60000)}] ")
    if R.random() < 0.5:
        b.t(f'"HSET" "pt:{p.tn["id"]}:').p(p.mrn, "mrn").t('" "ln" "').p(p.ln, "name").t('" "fn" "')
        b.p(p.fn, "name").t('" "dob" "').p(fdate(p.dob, R.choice([0, 3, 1])), "date").t('" "ph" "').p(p.phone, "phone").t('"')
    else:
        pay = {"mrn": P(p.mrn, "mrn"), "apptStart": P(f"{future_date().isoformat()}T{appt_time()}:00", "date"),
               "to": P("+1" + p.cell, "phone"), "lang": R.choice(["en", "es", "vi"]), "tpl": "appt_reminder_48h"}
        sub = L("x").js(pay)
        b.t(f'"LPUSH" "bull:reminders:wait" "').add(sub, lambda s: s.replace('"', '\\"')).t('"')
    return [b]


def g_redis_monitor_clean():
    b = L("redis_monitor")
    d = tick(0.001, 2)
    tn = R.choice(TENANTS)
    cmd = R.choice(['"PING"', f'"GET" "flags:tenant:{tn["id"]}"', f'"INCR" "ratelimit:{tn["id"]}:{priv_ip()}"',
                    f'"EXPIRE" "sess:{hexs(32)}" "1800"', f'"EVALSHA" "{hexs(40)}" "1" "lock:hl7-ack:batch:{R.randint(1000, 9999)}" "{uuid4()}" "30000"',
                    '"INFO" "replication"'])
    b.t(f"{epoch(d):.6f} [{R.randint(0, 5)} {priv_ip()}:{R.randint(30000, 60000)}] {cmd}")
    return [b]


# --------------------------------------------------------------------------- HL7
def seg(name, fields):
    """fields: list of str or list of (text, cat) pieces; joined with |."""
    b = L("hl7v2")
    b.t(name)
    for f in fields:
        b.t("|")
        if isinstance(f, str):
            b.t(f)
        else:
            for v, c in f:
                if c:
                    b.p(v, c)
                else:
                    b.t(v)
    return b


def msh(tn, typ, ctl):
    d = now()
    return seg("MSH", ["^~\\&", "EPIC", tn["fac"], "CORVANE_ENGINE", "CORVANE", d.strftime("%Y%m%d%H%M%S"), "",
                       typ, ctl, "P", "2.5.1"])


def pid_seg(p, email=True, full=True):
    ids = [(p.mrn, "mrn"), (f"^^^{p.tn['fac']}^MR~", None), (p.empi, "other_id"), ("^^^CORVANE^PI", None)]
    addr = [(fold(p.street).upper(), "address"), ("^^", None), (fold(p.city).upper(), "address"),
            (f"^{p.state}^", None), (p.zip, "zip"), ("^USA^H", None)]
    ph = [(fphone(p.phone, 6), "phone"), ("^PRN^PH", None)]
    if email and R.random() < 0.6:
        ph += [("~^NET^Internet^", None), (p.email, "email")]
    if R.random() < 0.2:
        ph += [("~", None), (fphone(phone_digits(), 6), "fax"), ("^PRN^FX", None)]
    f = ["1", "", ids, "", [(hl7name(p), "name"), ("^^^^L", None)], "", [(p.dob.strftime("%Y%m%d"), "date")],
         p.sex, "", R.choice(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC",
                              "2028-9^Asian^CDCREC", "1002-5^American Indian or Alaska Native^CDCREC", ""]),
         addr, "", ph, "", R.choice(["eng^English^ISO639", "spa^Spanish^ISO639", "vie^Vietnamese^ISO639"]),
         R.choice(["M", "S", "W", "D"])]
    if full:
        f += ["", [(p.acct, "account")], [(p.ssn.replace("-", "") if R.random() < 0.3 else p.ssn, "ssn")]]
        if R.random() < 0.5:
            f += [[(p.dl, "license"), (f"^{p.state}", None)]]
    return seg("PID", f)


def pv1_seg(p, admit):
    npi, ln, fn, mi = R.choice(CLIN)
    doc = f"{npi}^{ln}^{fn}^{mi}^^^MD^^^^NPI"
    f = [""] * 45
    f[0] = "1"
    f[1] = R.choice(["O", "I", "E"])
    f[2] = f"FM-CLINIC^{R.randint(100, 130)}^1^{p.tn['fac']}"
    f[6] = doc
    f[9] = "FM"
    f[16] = doc
    f[17] = "OP"
    f[18] = [(p.csn, "other_id"), (f"^^^{p.tn['fac']}^VN", None)]
    f[43] = [(admit.strftime("%Y%m%d") + f"{R.randint(6, 18):02d}{R.choice(['00', '15', '30'])}00", "date")]
    return seg("PV1", f[:44])


def nk1_seg(p):
    r = person()
    r.ln = p.ln if R.random() < 0.6 else r.ln
    rel = R.choice(["SPO^Spouse", "DAU^Daughter", "SON^Son", "MTH^Mother", "EMC^Emergency Contact"])
    return seg("NK1", ["1", [(hl7name(r), "name")], rel + "^HL70063",
                       [(fold(p.street).upper(), "address"), ("^^", None), (fold(p.city).upper(), "address"),
                        (f"^{p.state}^", None), (p.zip, "zip")], [(fphone(r.cell, 6), "phone")]])


def in1_seg(p):
    f = [""] * 36
    f[0] = "1"
    f[1] = "BCBSMN01"
    f[2] = "00123"
    f[3] = "BLUE CROSS BLUE SHIELD OF MINNESOTA"
    f[4] = "PO BOX 64560^^SAINT PAUL^MN^55164"
    f[6] = "(800)382-2000"
    f[7] = "GRP44821"
    f[15] = [(hl7name(p), "name")]
    f[16] = "01^Self"
    f[17] = [(p.dob.strftime("%Y%m%d"), "date")]
    f[35] = [(p.member, "health_plan")]
    return seg("IN1", f)


def hl7_adt(p):
    tn = p.tn
    ctl = f"MSG{digits(8)}"
    segs = [msh(tn, R.choice(["ADT^A08^ADT_A01", "ADT^A04^ADT_A01", "ADT^A03^ADT_A03"]), ctl),
            seg("EVN", [R.choice(["A08", "A04"]), now().strftime("%Y%m%d%H%M%S"), "", "", "JSMITH^Smith^Jennifer"]),
            pid_seg(p)]
    if R.random() < 0.6:
        segs.append(nk1_seg(p))
    segs.append(pv1_seg(p, past_date(0, 3)))
    if R.random() < 0.5:
        segs.append(in1_seg(p))
    return segs


def hl7_oru(p):
    tn = p.tn
    col = past_date(0, 2)
    ts = col.strftime("%Y%m%d") + f"{R.randint(6, 11):02d}{R.randint(0, 59):02d}00"
    npi, ln, fn, mi = R.choice(CLIN)
    segs = [msh(tn, "ORU^R01^ORU_R01", f"LAB{digits(9)}"), pid_seg(p, email=False, full=False),
            seg("OBR", ["1", f"{order_no()}^CORVANE", f"{digits(9)}^LAB", "80053^Comprehensive metabolic panel^CPT4",
                        "", "", [(ts, "date")], "", "", "", "", "", "", "", "", f"{npi}^{ln}^{fn}"])]
    for i, (code, name, val, unit, rng, flag) in enumerate([
            ("2345-7", "Glucose", str(R.randint(60, 260)), "mg/dL", "70-99", ""),
            ("2160-0", "Creatinine", f"{R.uniform(0.5, 2.5):.2f}", "mg/dL", "0.57-1.00", ""),
            ("2951-2", "Sodium", str(R.randint(128, 146)), "mmol/L", "134-144", "")][:R.randint(1, 3)]):
        segs.append(seg("OBX", [str(i + 1), "NM", f"{code}^{name}^LN", "", val, unit, rng,
                                "H" if name == "Glucose" and int(val) > 99 else "N", "", "", "F", "", "",
                                [(ts, "date")]]))
    if R.random() < 0.5:
        rel = person()
        segs.append(seg("NTE", ["1", "L", [("Pt called for results; daughter ", None), (f"{rel.fn} {p.ln}", "name"),
                                           (" (cell ", None), (fphone(rel.cell, R.choice([1, 2, 4])), "phone"),
                                           (") is HIPAA contact", None)]]))
    return segs


def hl7_siu(p):
    tn = p.tn
    d = future_date()
    t = appt_time().replace(":", "")
    npi, ln, fn, mi = R.choice(CLIN)
    st = [(d.strftime("%Y%m%d") + t + "00", "date")]
    return [msh(tn, "SIU^S12^SIU_S12", f"SCH{digits(8)}"),
            seg("SCH", [f"{digits(8)}^CORVANE", "", "", "", "", "ROUTINE^Routine visit^HL70276", "", "", "20", "min",
                        [("^^20^", None)] + st]),
            pid_seg(p, full=False),
            seg("AIP", ["1", "", f"{npi}^{ln}^{fn}^{mi}^^^MD", "ATTENDING"]),
            seg("AIL", ["1", "", f"FM-CLINIC^{R.randint(100, 130)}^^{tn['fac']}"])]


def join_hl7(segs):
    b = L("x")
    for i, s in enumerate(segs):
        if i:
            b.t("\r")
        b.add(s)
    return b


# --------------------------------------------------------------------------- rabbitmq
def rmq_ts():
    d = tick()
    return d.strftime("%Y-%m-%d %H:%M:%S.") + f"{d.microsecond:06d}+00:00"


def xdeath(queue, rk, exch, reason="rejected"):
    return [{"count": R.randint(1, 5), "reason": reason, "queue": queue, "time": int(epoch()) - R.randint(5, 900),
             "exchange": exch, "routing-keys": [rk]}]


def g_rmq_dlq_hl7():
    p = person()
    kind = R.choice(["adt", "adt", "oru", "siu"])
    segs = {"adt": hl7_adt, "oru": hl7_oru, "siu": hl7_siu}[kind](p)
    rk = {"adt": "adt.a08", "oru": "oru.r01", "siu": "siu.s12"}[kind]
    q = f"hl7.{kind}.inbound"
    err = R.choice(["PID-7 birth date fails tenant validation", "MSH-4 sending facility not mapped for tenant",
                    "duplicate control id", "PV1-19 visit number collides with existing encounter",
                    "ca.uhn.hl7v2.model.DataTypeException: Failed validation rule for value",
                    "OBX-5 value not numeric for NM type"])
    o = {"ts": iso_z(tick()), "level": "WARN", "logger": "c.c.i.dlq.DeadLetterInspector",
         "queue": q + ".dlq", "exchange": "hl7.dlx", "routing_key": rk, "redelivered": False,
         "properties": {"content_type": "application/hl7-v2", "delivery_mode": 2,
                        "message_id": uuid4(), "headers": {"x-death": xdeath(q, rk, "hl7"),
                                                           "x-first-death-reason": "rejected",
                                                           "x-tenant": p.tn["id"], "x-error": err}},
         "payload_bytes": sum(len(s.render()[0]) for s in segs), "payload_encoding": "string",
         "payload": S(join_hl7(segs))}
    return [L("rabbitmq_dlq").js(o, (", ", ": "))]


def g_hl7_dump():
    """DLQ inspector CLI printing one dead-lettered message segment by segment."""
    p = person()
    kind = R.choice(["adt", "oru", "siu"])
    segs = {"adt": hl7_adt, "oru": hl7_oru, "siu": hl7_siu}[kind](p)
    n = R.randint(1, 60)
    head = L("hl7v2").t(f"--- message {R.randint(1, n)}/{n} queue=hl7.{kind}.inbound.dlq x-death.count={R.randint(1, 5)} "
                        f"reason=rejected delivery_tag={R.randint(1, 9999)} ---")
    return [head] + segs


def g_rmq_dlq_json():
    p = person(old=R.random() < 0.25)
    k = deck("g_rmq_dlq_json", 5)
    if k == 2 and R.random() < 0.5:
        p = person(old=True)
    if k == 4:
        rk, q = "parking.validation.requested", "facilities.parking"
        body = {"visit": {"csn": P(p.csn, "other_id"), "apptDate": P(future_date().isoformat(), "date")},
                "patient": {"lastName": P(p.ln, "name"), "mrn": P(p.mrn, "mrn")},
                "vehicle": {"plate": P(f"{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(4)}", "vehicle"), "state": p.state,
                            "make": R.choice(["Toyota", "Ford", "Honda", "Subaru"])}, "garage": "P2-North"}
        err = "ParkMobile API 401: invalid zone credentials"
    elif k == 0:
        rk, q = "appointment.reminder.requested", "notify.reminders"
        body = {"eventType": rk, "eventId": uuid4(), "tenantId": p.tn["id"],
                "patient": {"mrn": P(p.mrn, "mrn"), "displayName": P(name_forms(p, R.choice([0, 3, 7])), "name"),
                            "mobile": P(fphone(p.cell, R.choice([1, 3, 4])), "phone"), "preferredLanguage": "es"},
                "appointment": {"start": P(f"{future_date().isoformat()}T{appt_time()}:00-05:00", "date"),
                                "provider": "Nadia Karimi, NP", "location": "Family Medicine 2nd Fl"}}
        err = "Twilio 21211: Invalid 'To' Phone Number"
    elif k == 1:
        rk, q = "patient.merge.requested", "empi.merge"
        o2 = person(tenant=p.tn)
        body = {"type": rk, "survivor": {"mrn": P(p.mrn, "mrn"), "empi": P(p.empi, "other_id")},
                "nonSurvivor": {"mrn": P(o2.mrn, "mrn"), "empi": P(o2.empi, "other_id")},
                "matchScore": round(R.uniform(0.8, 0.99), 3), "requestedBy": "hquser_" + digits(4)}
        err = "optimistic lock failure on patient row"
    elif k == 2:
        rk, q = "lab.result.notify", "portal.notify"
        body = {"event": rk, "to": P(p.email, "email"), "template": "new_result_available",
                "vars": {"first_name": P(p.fn, "name"), "collected": P(fdate(past_date(1, 5), 5), "date")}}
        if p.age > 89:
            body["vars"]["age"] = P(p.age, "age")
        err = "SES MessageRejected: Email address is not verified"
    else:
        rk, q = "transport.ride.requested", "sdoh.transport"
        body = {"rideId": f"RIDE-{digits(6)}", "member": {"name": P(f"{p.fn} {p.ln}", "name"),
                                                           "medicaidId": P(p.member, "health_plan"),
                                                           "pickup": {"street": P(p.street, "address"), "city": P(p.city, "address"),
                                                                      "state": p.state, "zip": P(p.zip, "zip")}},
                "apptAt": P(f"{future_date().strftime('%m/%d/%Y')} {appt_time()}", "date"), "wheelchair": R.random() < 0.3}
        err = "vendor API 422: pickup address not geocodable"
    o = {"ts": iso_z(tick()), "queue": q + ".dlq", "routing_key": rk, "exchange": "events.dlx",
         "headers": {"x-death": xdeath(q, rk, "events"), "x-exception-message": err},
         "content_type": "application/json", "payload": S(L("x").js(body))}
    return [L("rabbitmq_dlq").js(o)]


def g_rmq_dlq_x12():
    p = person()
    d = now()
    x = L("x")
    x.t(f"ISA*00*          *00*          *ZZ*CORVANE        *ZZ*BCBSMN         *{d.strftime('%y%m%d')}*{d.strftime('%H%M')}*^*00501*{digits(9)}*0*P*:~")
    x.t(f"GS*HS*CORVANE*BCBSMN*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}*{R.randint(1, 99999)}*X*005010X279A1~")
    x.t("ST*270*0001*005010X279A1~BHT*0022*13*" + digits(8) + f"*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}~")
    x.t("HL*1**20*1~NM1*PR*2*BLUE CROSS MN*****PI*00123~HL*2*1*21*1~NM1*1P*2*ST LUKES REGIONAL*****XX*1184729305~")
    x.t(f"HL*3*2*22*0~TRN*1*{digits(5)}-{digits(6)}*9877281234~NM1*IL*1*").p(fold(p.ln).upper(), "name").t("*")
    x.p(fold(p.fn).upper(), "name")
    x.t("****MI*").p(p.member, "health_plan").t("~DMG*D8*").p(p.dob.strftime("%Y%m%d"), "date")
    x.t("~DTP*291*D8*").p(future_date().strftime("%Y%m%d"), "date").t("~EQ*30~SE*13*0001~GE*1*1~IEA*1*000000001~")
    o = {"ts": iso_z(tick()), "queue": "eligibility.270.outbound.dlq", "routing_key": "x12.270",
         "headers": {"x-death": xdeath("eligibility.270.outbound", "x12.270", "x12", "expired"),
                     "x-clearinghouse": "availity", "x-attempts": R.randint(3, 6)},
         "content_type": "application/edi-x12", "payload": S(x)}
    return [L("rabbitmq_dlq").js(o)]


def g_rmq_dlq_clean():
    tn = R.choice(TENANTS)
    rk = R.choice(["cache.invalidate", "search.reindex.batch", "flags.changed", "report.render"])
    body = {"cache.invalidate": {"tenantId": tn["id"], "keys": [f"flags:tenant:{tn['id']}"], "reason": "flag_update"},
            "search.reindex.batch": {"index": "patients-v7", "batch": R.randint(1, 900), "size": 500, "cursor": hexs(24)},
            "flags.changed": {"flag": "results-viewer-v2", "env": "production", "version": R.randint(10, 90)},
            "report.render": {"report": "daily_census", "tenant": tn["id"], "format": "pdf", "jobId": uuid4()}}[rk]
    o = {"ts": iso_z(tick()), "queue": rk.split(".")[0] + ".work.dlq", "routing_key": rk, "exchange": "events.dlx",
         "headers": {"x-death": xdeath(rk.split(".")[0] + ".work", rk, "events", R.choice(["rejected", "expired", "maxlen"]))},
         "content_type": "application/json", "payload": S(L("x").js(body))}
    return [L("rabbitmq_dlq").js(o)]


def g_rmq_server():
    b = L("rabbitmq_server")
    pid = f"<0.{R.randint(1000, 99999)}.0>"
    ip = priv_ip()
    msgs = [("info", f"accepting AMQP connection {pid} ({ip}:{R.randint(30000, 60000)} -> 10.42.9.20:5672)"),
            ("info", f"connection {pid} ({ip}:{R.randint(30000, 60000)} -> 10.42.9.20:5672): user 'hl7-engine' authenticated and granted access to vhost 'integration'"),
            ("warning", f"closing AMQP connection {pid} ({ip}:{R.randint(30000, 60000)} -> 10.42.9.20:5672, vhost: 'integration', user: 'notify-svc'):\\nclient unexpectedly closed TCP connection"),
            ("info", f"Queue 'hl7.adt.inbound.dlq' in vhost 'integration': messages ready {R.randint(1, 400)}, unacked 0"),
            ("warning", f"memory resource limit alarm set on node 'rabbit@rmq-{R.randint(0, 2)}.rmq-nodes.messaging'. Publishers will be blocked until this alarm clears"),
            ("info", f"Stopping message store for directory '/var/lib/rabbitmq/mnesia/rabbit@rmq-{R.randint(0, 2)}/msg_stores/vhosts/{hexs(25).upper()}'"),
            ("error", f"Channel error on connection {pid} ({ip}:{R.randint(30000, 60000)} -> 10.42.9.20:5672, vhost: 'events', user: 'scheduling-svc'), channel 1:\\noperation basic.ack caused a channel exception precondition_failed: delivery acknowledgement on channel 1 timed out. Timeout value used: 1800000 ms.")]
    lvl, m = R.choice(msgs)
    b.t(f"{rmq_ts()} [{lvl}] {pid} {m}")
    return [b]


# --------------------------------------------------------------------------- JVM
def gc_ts():
    d = tick(0.01, 4)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "+0000"


GCN = [R.randint(1000, 5000)]


def g_gc():
    GCN[0] += 1
    n = GCN[0]
    up = f"{R.uniform(10000, 900000):.3f}s"
    out = []
    k = deck("g_gc", 5)
    def ln(tag, msg):
        b = L("jvm_gc")
        b.t(f"[{gc_ts()}][{up}][info][{tag}] {msg}")
        out.append(b)
    if k == 0:
        before, after = R.randint(2000, 7000), R.randint(500, 1900)
        ln("gc,start    ", f"GC({n}) Pause Young (Normal) (G1 Evacuation Pause)")
        ln("gc,heap     ", f"GC({n}) Eden regions: {R.randint(200, 500)}->0({R.randint(200, 500)})")
        ln("gc          ", f"GC({n}) Pause Young (Normal) (G1 Evacuation Pause) {before}M->{after}M(8192M) {R.uniform(3, 60):.3f}ms")
        ln("gc,cpu      ", f"GC({n}) User=0.{R.randint(2, 40):02d}s Sys=0.0{R.randint(0, 9)}s Real=0.0{R.randint(1, 9)}s")
    elif k == 1:
        ln("gc", f"GC({n}) Pause Remark {R.randint(2000, 6000)}M->{R.randint(1500, 4000)}M(8192M) {R.uniform(1, 20):.3f}ms")
    elif k == 2:
        ln("gc,phases   ", f"GC({n}) Y: Young Generation (Promotion Failed) {R.randint(100, 900)}M(5%)->{R.randint(100, 900)}M(5%) {R.uniform(0.1, 4):.3f}s")
    elif k == 3:
        ln("safepoint   ", f"Safepoint \"G1CollectForAllocation\", Time since last: {R.randint(10 ** 8, 10 ** 10)} ns, Reaching safepoint: {R.randint(10000, 900000)} ns, At safepoint: {R.randint(10 ** 6, 10 ** 8)} ns, Total: {R.randint(10 ** 6, 10 ** 8)} ns")
    else:
        ln("gc,metaspace", f"GC({n}) Metaspace: {R.randint(150000, 260000)}K({R.randint(260000, 300000)}K)->{R.randint(150000, 260000)}K(300416K) NonClass: {R.randint(130000, 200000)}K->{R.randint(130000, 200000)}K Class: {R.randint(20000, 30000)}K->{R.randint(20000, 30000)}K")
    return out


STACKS = [
    ("http-nio-8080-exec-{n}", "waiting on condition", "TIMED_WAITING (parking)", [
        "jdk.internal.misc.Unsafe.park(java.base@17.0.10/Native Method)",
        "- parking to wait for  <0x00000006{h}> (a java.util.concurrent.SynchronousQueue$TransferStack)",
        "java.util.concurrent.locks.LockSupport.parkNanos(java.base@17.0.10/LockSupport.java:252)",
        "com.zaxxer.hikari.util.ConcurrentBag.borrow(ConcurrentBag.java:151)",
        "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
        "com.corvane.ehr.search.PatientSearchService.search(PatientSearchService.java:214)",
        "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)",
        "java.lang.Thread.run(java.base@17.0.10/Thread.java:840)"]),
    ("hl7-consumer-{n}", "runnable", "RUNNABLE", [
        "java.util.regex.Pattern$GroupHead.match(java.base@17.0.10/Pattern.java:4807)",
        "ca.uhn.hl7v2.parser.PipeParser.split(PipeParser.java:512)",
        "ca.uhn.hl7v2.parser.PipeParser.parse(PipeParser.java:243)",
        "com.corvane.integration.adt.AdtHandler.handle(AdtHandler.java:88)",
        "com.rabbitmq.client.impl.ConsumerDispatcher$5.run(ConsumerDispatcher.java:149)",
        "java.lang.Thread.run(java.base@17.0.10/Thread.java:840)"]),
    ("pool-{n}-thread-{m}", "waiting for monitor entry", "BLOCKED (on object monitor)", [
        "com.rabbitmq.client.impl.ChannelN.basicAck(ChannelN.java:1279)",
        "- waiting to lock <0x00000006{h}> (a java.lang.Object)",
        "com.corvane.integration.ack.AckPublisher.ack(AckPublisher.java:57)",
        "java.util.concurrent.ThreadPoolExecutor.runWorker(java.base@17.0.10/ThreadPoolExecutor.java:1136)",
        "java.lang.Thread.run(java.base@17.0.10/Thread.java:840)"]),
    ("HikariPool-1 housekeeper", "waiting on condition", "TIMED_WAITING (parking)", [
        "jdk.internal.misc.Unsafe.park(java.base@17.0.10/Native Method)",
        "- parking to wait for  <0x00000006{h}> (a java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject)",
        "java.util.concurrent.ScheduledThreadPoolExecutor$DelayedWorkQueue.take(java.base@17.0.10/ScheduledThreadPoolExecutor.java:1170)",
        "java.lang.Thread.run(java.base@17.0.10/Thread.java:840)"]),
]


def g_thread_dump():
    out = []

    def ln(s_):
        out.append(L("java_thread").t(s_))
    if R.random() < 0.3:
        ln(f"{now().strftime('%Y-%m-%d %H:%M:%S')}")
        ln("Full thread dump OpenJDK 64-Bit Server VM (17.0.10+7 mixed mode, sharing):")
    name, st, state, frames = STACKS[deck("stacks", len(STACKS))]
    name = name.format(n=R.randint(1, 200), m=R.randint(1, 40))
    ln(f"\"{name}\" #{R.randint(20, 400)} {'daemon ' if 'pool-' not in name else ''}prio=5 os_prio=0 cpu={R.uniform(1, 90000):.2f}ms "
       f"elapsed={R.uniform(1000, 900000):.2f}s tid=0x00007f{hexs(10)} nid=0x{hexs(3)} {st}  [0x00007f{hexs(10)}]")
    ln(f"   java.lang.Thread.State: {state}")
    keep = frames[:R.randint(3, len(frames))]
    for f in keep:
        ln(f"\t{f.format(h=hexs(8))}" if f.startswith("-") else f"\tat {f}")
    return out


def lb_ts():
    d = tick()
    return d.strftime("%Y-%m-%d %H:%M:%S.") + ms(d)


def lb_head(b, lvl, thread, logger):
    b.t(f"{lb_ts()} {lvl:>5} 1 --- [{thread:>15}] {logger:<40} : ")


def g_logback_phi():
    p = person(old=R.random() < 0.2)
    b = L("logback")
    k = deck("g_logback_phi", 6)
    th = f"nio-8080-exec-{R.randint(1, 99)}"
    if k == 0:
        lb_head(b, "WARN", th, "c.c.ehr.empi.PatientMatchService")
        b.t(f"EMPI match below threshold score={R.uniform(0.55, 0.79):.2f} candidate=[").p(f"{fold(p.ln).upper()}, {fold(p.fn).upper()}", "name")
        b.t(" dob=").p(p.dob.isoformat(), "date").t(" mrn=").p(p.mrn, "mrn").t("] action=MANUAL_REVIEW")
    elif k == 1:
        lb_head(b, "ERROR", th, "c.c.ehr.billing.StatementService")
        b.t("Failed to render statement for guarantor ").p(p.acct, "account").t(" (").p(name_forms(p, 1), "name")
        b.t("): address line exceeds 40 chars: '").p(p.street + ", " + p.city, "address").t("'")
    elif k == 2:
        lb_head(b, "INFO", "hl7-consumer-3", "c.c.integration.adt.AdtHandler")
        b.t("A08 applied pid=").p(p.pid, "other_id").t(" changes={phone: ").p(fphone(phone_digits(), 2), "phone")
        b.t(" -> ").p(fphone(p.phone, 2), "phone").t(", zip: ").p(R.choice(CITIES)[2], "zip").t(" -> ").p(p.zip, "zip").t("}")
    elif k == 3:
        if R.random() < 0.6:
            p = person(old=True)
        lb_head(b, "WARN", th, "c.c.ehr.demographics.AgeGuard")
        if p.age > 89:
            b.t("HIPAA age>89 masking applied for patient ").p(p.mrn, "mrn").t(" age=").p(p.age, "age")
        else:
            p = person(young=True)
            b.t("Portal invite skipped, minor without proxy: patient ").p(p.mrn, "mrn").t(" dob=").p(fdate(p.dob, 1), "date")
    elif k == 4:
        lb_head(b, "ERROR", th, "c.c.ehr.devices.DeviceLinkController")
        b.t("CGM link failed for ").p(p.mrn, "mrn").t(": transmitter ").p(alnum(6), "device")
        b.t(" already paired to another patient; phone IMEI ").p(luhn_complete("35", 15), "device")
    else:
        lb_head(b, "INFO", th, "c.c.portal.identity.IdProofingService")
        b.t("ID proofing passed for portal user ").p(p.user, "other_id").t(" docType=DL docNumber=").p(p.dl, "license")
        b.t(f" issuer={p.state} score=0.{R.randint(90, 99)}")
    return [b]


def g_logback_clean():
    b = L("logback")
    k = deck("g_logback_clean", 9)
    msgs = [("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", f"Tomcat started on port(s): 8080 (http) with context path ''"),
            ("WARN", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", f"HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta={R.randint(1, 5)}m{R.randint(1, 59)}s{R.randint(1, 999)}ms)."),
            ("INFO", "scheduling-1", "c.c.ehr.jobs.NightlyCensusJob", f"census job finished tenants=6 rows={R.randint(1000, 90000)} elapsed={R.randint(200, 9000)}ms"),
            ("ERROR", f"nio-8080-exec-{R.randint(1, 99)}", "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] threw exception java.net.SocketTimeoutException: Read timed out"),
            ("INFO", "main", "c.c.ehr.ChartingApiApplication", f"Started ChartingApiApplication in {R.uniform(8, 40):.3f} seconds (process running for {R.uniform(9, 45):.3f})"),
            ("WARN", "hl7-consumer-1", "c.c.integration.ack.AckPublisher", f"NACK for control id MSG{digits(8)} requeue=false -> dead-lettered"),
            ("INFO", f"nio-8080-exec-{R.randint(1, 99)}", "c.c.ehr.orders.OrderController", f"order {order_no()} status RESULTED in {R.randint(5, 300)}ms trace_id={hexs(32)}"),
            ("DEBUG", "ld-sdk-poll", "c.l.sdk.server.LDClient", f"Received flag update: results-viewer-v2 version={R.randint(10, 99)}"),
            ("WARN", "kafka-producer-network-thread", "o.a.k.c.NetworkClient", f"[Producer clientId=audit-producer-1] Connection to node 2 (b-2.audit-msk.{hexs(6)}.c3.kafka.us-east-1.amazonaws.com/10.61.4.9:9094) could not be established. Broker may not be available.")]
    lvl, th, lg, m = msgs[k]
    lb_head(b, lvl, th, lg)
    b.t(m)
    return [b]


# --------------------------------------------------------------------------- datadog
def dd_id():
    return "AQAAAY" + "".join(R.choice(B62) for _ in range(40))


def dd_rec(service, status, message, attrs, host=None, tags_extra=()):
    d = tick()
    tags = [f"env:prod", f"service:{service}", f"kube_namespace:{R.choice(['ehr', 'portal', 'integration'])}",
            f"version:{R.randint(3, 6)}.{R.randint(0, 30)}.{R.randint(0, 9)}", f"pod_name:{pod(service)}"] + list(tags_extra)
    o = {"attributes": {"attributes": attrs, "host": host or R.choice(KHOST), "message": message,
                        "service": service, "status": status, "tags": tags, "timestamp": iso_z(d)},
         "id": dd_id(), "type": "log"}
    return L("datadog_json").js(o)


def dd_trace():
    return {"trace_id": trace_id(), "span_id": str(R.randint(10 ** 17, 9 * 10 ** 18))}


def g_dd_phi():
    p = person(old=R.random() < 0.2)
    k = deck("g_dd_phi", 10)
    if k == 4 and R.random() < 0.6:
        p = person(old=True)
    if k == 7:
        site = R.choice([f"https://www.caringbridge.org/site/{slug(p.fn)}{slug(p.ln)}",
                         f"https://www.facebook.com/{slug(p.fn)}.{slug(p.ln)}.{R.randint(1, 99)}",
                         f"https://{slug(p.fn)}{slug(p.ln)}.blogspot.com/"])
        m = L("x").t("profile.personalUrl rejected by link sanitizer: ").p(site, "url")
        attrs = {"usr": {"id": P(p.uid, "other_id")}, "sanitizer": {"rule": "external_link_denylist", "version": "2.3.0"},
                 "network": {"client": {"ip": P(pub_ip(), "ip")}}}
        return [dd_rec("portal-bff", "warn", S(m), attrs, tags_extra=["source:nodejs"])]
    if k == 8:
        v, plate = vin(), R.choice([f"{R.randint(1, 9)}{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(3)}", f"{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{digits(4)}"])
        m = L("x").t("MVA claim held: no-fault adjuster missing for claim ").p(p.claim, "other_id")
        attrs = {"claim": {"id": P(p.claim, "other_id"), "accident": {"vehicleVin": P(v, "vehicle"), "plate": P(plate, "vehicle"),
                                                                    "plateState": p.state, "dateOfLoss": P(fdate(past_date(10, 200), 1), "date")},
                           "patientAccount": P(p.acct, "account")}, "SourceContext": "Corvane.Billing.Claims.MvaRules"}
        return [dd_rec("billing-api", "warn", S(m), attrs, tags_extra=["source:csharp"])]
    if k == 9:
        m = L("x").t("avatar upload rejected (face not detected) for ").p(p.user, "other_id")
        attrs = {"upload": {"field": "avatarDataUrl", "bytes": R.randint(40000, 900000),
                            "head": S(L("x").t("data:image/jpeg;base64,").p("/9j/4AAQSkZJRgABAQAAAQABAAD/2wCEAAkGBxMTEhUTExMWFhUXGBgYGBgYGB0dHR4dHR0YGh0dHh0dHSggGB0lHRgd" + b64s(40), "photo"))},
                 "usr": {"id": P(p.uid, "other_id")}}
        return [dd_rec("portal-bff", "warn", S(m), attrs, tags_extra=["source:nodejs"])]
    if k == 0:
        ip = pub_ip()
        m = L("x").t("GET /api/appointments 500 ").t(f"{R.randint(50, 900)}ms - patient lookup failed for mrn=").p(p.mrn, "mrn")
        attrs = {"http": {"method": "GET", "status_code": 500, "url_details": {"path": "/api/appointments",
                                                                               "queryString": {"mrn": P(p.mrn, "mrn")}}},
                 "network": {"client": {"ip": P(ip, "ip")}}, "usr": {"id": P(p.uid, "other_id")},
                 "dd": dd_trace(), "logger": {"name": "AppointmentController"}}
        return [dd_rec("portal-bff", "error", S(m), attrs, tags_extra=["source:nodejs"])]
    if k == 1:
        m = L("x").t("Unable to reconcile allergy list for patient ").p(name_forms(p, 2), "name").t(" (MRN ").p(p.mrn, "mrn")
        m.t(f"): stale version {R.randint(2, 20)} != {R.randint(21, 40)}")
        attrs = {"logger": {"name": "com.corvane.ehr.allergy.ReconcileService", "thread_name": f"http-nio-8080-exec-{R.randint(1, 99)}"},
                 "level": "ERROR", "error": {"kind": "org.hibernate.StaleObjectStateException"}, "dd": dd_trace()}
        return [dd_rec("charting-api", "error", S(m), attrs, tags_extra=["source:java"])]
    if k == 2:
        d = future_date()
        ph = fphone(p.cell, 3)
        m = L("x").t("SMS reminder queued to ").p(ph, "phone").t(" for appt ").p(f"{d.isoformat()} {appt_time()}", "date")
        attrs = {"reminder": {"to": P(ph, "phone"), "appt_date": P(d.strftime("%m/%d/%Y"), "date"), "tpl": "appt_48h"},
                 "provider": "twilio", "sid": "SM" + hexs(32)}
        return [dd_rec("notify-svc", "info", S(m), attrs, tags_extra=["source:python"])]
    if k == 3:
        m = L("x").t("271 AAA*Y**72*C Invalid/Missing Subscriber/Insured ID subscriber=").p(p.member, "health_plan")
        attrs = {"SubscriberId": P(p.member, "health_plan"), "PatientName": P(f"{fold(p.ln).upper()}, {fold(p.fn).upper()}", "name"),
                 "DOB": P(fdate(p.dob, 1), "date"), "PayerId": "00123", "TraceNumber": f"{digits(5)}-{digits(6)}",
                 "Level": "Warning", "SourceContext": "Corvane.Eligibility.Worker.ResponseParser"}
        return [dd_rec("eligibility-worker", "warn", S(m), attrs, tags_extra=["source:csharp"])]
    if k == 4:
        m = L("x").t("Indexing failed for document: ").js({"mrn": P(p.mrn, "mrn"), "family": P(p.ln, "name"),
                                                              "birthDate": P(p.dob.isoformat(), "date"),
                                                              "age": P(p.age, "age") if p.age > 89 else p.age})
        attrs = {"error": {"message": "mapper_parsing_exception: failed to parse field [age] of type [short]",
                           "kind": "OpenSearchException"}, "index": "patients-v7"}
        return [dd_rec("search-indexer", "error", S(m), attrs, tags_extra=["source:java"])]
    if k == 5:
        ip = pub_ip()
        m = L("x").t("login ok user=").p(p.user, "other_id").t(" mfa=sms ip=").p(ip, "ip")
        attrs = {"evt": {"name": "authentication", "outcome": "success"},
                 "usr": {"id": P(p.uid, "other_id"), "name": P(p.user, "other_id"), "email": P(p.email, "email")},
                 "network": {"client": {"ip": P(ip, "ip"), "geoip": {"city_name": P(p.city, "address"),
                                                                      "subdivision": {"iso_code": f"US-{p.state}"}}}}}
        return [dd_rec("identity-svc", "info", S(m), attrs, tags_extra=["source:go"])]
    m = L("x").t("docgen: rendered After Visit Summary for ").p(f"{p.fn} {p.ln}", "name").t(" visit ").p(p.csn, "other_id")
    m.t(" dos ").p(fdate(past_date(0, 2), 2), "date")
    attrs = {"job": {"id": uuid4(), "template": "avs_v5", "pages": R.randint(2, 9)}, "duration_ms": R.randint(200, 9000)}
    return [dd_rec("docgen", "info", S(m), attrs, tags_extra=["source:python"])]


def g_dd_clean():
    k = deck("g_dd_clean", 7)
    tn = R.choice(TENANTS)
    if k == 0:
        return [dd_rec("scheduling-svc", "info", "GET /healthz 200 2ms", {"http": {"status_code": 200, "url": "/healthz"}})]
    if k == 1:
        return [dd_rec("hl7-engine", "info", f"Processed batch {R.randint(1000, 9999)} in {R.randint(40, 900)}ms",
                       {"batch": {"messages": R.randint(10, 500), "acks": R.randint(10, 500), "naks": R.randint(0, 3)},
                        "tenant": tn["id"], "dd": dd_trace()})]
    if k == 2:
        return [dd_rec("portal-bff", "warn", f"Rate limit exceeded for tenant {tn['id']} route=/api/appointments",
                       {"limit": 600, "window_s": 60, "dd": dd_trace()})]
    if k == 3:
        return [dd_rec("identity-svc", "error", "JWT validation failed: token expired",
                       {"error": {"kind": "jwt.ErrTokenExpired"}, "kid": hexs(8), "iss": "https://login.corvane.io"})]
    if k == 4:
        return [dd_rec("billing-api", "info", f"Stripe webhook invoice.paid {hexs(8)} processed",
                       {"stripe": {"event": "evt_" + b64s(24).replace("+", "a").replace("/", "b"), "card_last4": digits(4),
                                   "brand": R.choice(["visa", "mastercard"])}, "order": order_no()})]
    if k == 5:
        return [dd_rec("search-indexer", "info", f"reindex patients-v7 batch={R.randint(1, 900)} docs=500 took={R.randint(300, 4000)}ms",
                       {"opensearch": {"index": "patients-v7", "errors": False}})]
    return [dd_rec("docgen", "error", f"wkhtmltopdf exited with code 1 after {R.randint(1000, 30000)}ms (template=avs_v5 build={R.randint(8000, 9000)})",
                   {"error": {"kind": "subprocess.CalledProcessError"}, "dd": dd_trace()})]


# --------------------------------------------------------------------------- sentry
def sentry_base(platform, logger, release, server):
    return {"event_id": hexs(32), "timestamp": iso_z(tick(), 6), "platform": platform, "level": "error",
            "logger": logger, "server_name": server, "release": release, "environment": "production"}


def g_sentry_phi():
    p = person(old=R.random() < 0.15)
    k = deck("g_sentry_phi", 6)
    if k == 0:
        ev = sentry_base("java", "com.corvane.ehr.patient.PatientController", "charting-api@4.18.2+build.8812", pod("charting-api"))
        dup = L("x").t("duplicate key value violates unique constraint \"uq_patient_mrn\"  Detail: Key (tenant_id, mrn)=(")
        dup.t(f"{R.randint(1, 60)}, ").p(p.mrn, "mrn").t(") already exists.")
        ev["exception"] = {"values": [{"type": "DataIntegrityViolationException", "module": "org.springframework.dao", "value": S(dup)}]}
        ev["request"] = {"url": f"https://ehr.{p.tn['slug']}.corvane.io/api/v2/patients", "method": "POST",
                         "data": {"mrn": P(p.mrn, "mrn"), "firstName": P(p.fn, "name"), "lastName": P(p.ln, "name"),
                                  "dateOfBirth": P(fdate(p.dob, 0), "date"), "sex": p.sex, "ssn": P(p.ssn, "ssn"),
                                  "homePhone": P(fphone(p.phone, 0), "phone")}}
        ev["user"] = {"id": f"stf_{digits(5)}", "username": "nkarimi"}
    elif k == 1:
        ev = sentry_base("python", "django.request", "portal-api@2024.03.11-2", pod("portal-api"))
        ip = pub_ip()
        ev["exception"] = {"values": [{"type": "ValidationError", "module": "pydantic_core._pydantic_core",
                                       "value": "1 validation error for IntakeForm\nemergencyContact.phone\n  value is not a valid phone number"}]}
        ec = person()
        ev["request"] = {"url": f"https://portal.{p.tn['slug']}.corvane.io/api/intake/submit", "method": "POST",
                         "data": {"patient": {"first_name": P(p.fn, "name"), "last_name": P(p.ln, "name"),
                                              "birth_date": P(fdate(p.dob, 1), "date"), "address_line1": P(p.street, "address"),
                                              "postal_code": P(p.zip4, "zip"),
                                              "caringbridge_url": P(f"https://www.caringbridge.org/site/{slug(p.fn)}{slug(p.ln)}", "url") if R.random() < 0.5 else None},
                                  "emergencyContact": {"name": P(f"{ec.fn} {ec.ln}", "name"), "relationship": "sister",
                                                       "phone": P(ec.cell[:3] + "-" + ec.cell[3:], "phone")}},
                         "headers": {"User-Agent": R.choice(UA_PORTAL), "X-Forwarded-For": P(ip, "ip")}}
        ev["user"] = {"id": P(p.uid, "other_id"), "email": P(p.email, "email"), "ip_address": P(ip, "ip")}
    elif k == 2:
        ev = sentry_base("javascript", "console", "portal-web@6.2.0", None)
        del ev["server_name"]
        ip = pub_ip()
        ev["exception"] = {"values": [{"type": "TypeError", "value": "Cannot read properties of undefined (reading 'coverage')"}]}
        ev["request"] = {"url": f"https://portal.{p.tn['slug']}.corvane.io/insurance", "headers": {"User-Agent": R.choice(UA_PORTAL)}}
        ev["breadcrumbs"] = {"values": [{"category": "ui.input", "message": "input#memberId"},
                                        {"category": "fetch", "data": {"method": "GET", "url": S(L("x").t("/portal/api/v1/insurance/card?memberId=").p(p.member, "health_plan")),
                                                                       "status_code": 404}}]}
        ev["user"] = {"id": P(p.uid, "other_id"), "username": P(p.user, "other_id"), "ip_address": P(ip, "ip")}
    elif k == 3:
        ev = sentry_base("java", "com.corvane.ehr.media.PhotoService", "charting-api@4.18.2+build.8812", pod("charting-api"))
        ev["exception"] = {"values": [{"type": "IIOException", "module": "javax.imageio", "value": "Unsupported Image Type"}]}
        photo = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/" + b64s(90)
        ev["request"] = {"url": f"https://ehr.{p.tn['slug']}.corvane.io/api/v2/patients/{p.pid}/photo", "method": "PUT",
                         "data": {"patientId": P(p.pid, "other_id"), "mimeType": "image/jpeg",
                                  "image": S(L("x").t("data:image/jpeg;base64,").p(photo, "photo").t("...[truncated 48213 bytes]"))}}
        ev["user"] = {"id": f"stf_{digits(5)}", "username": "front.desk2"}
    elif k == 4:
        ev = sentry_base("node", "billing", "billing-api@3.9.1", pod("billing-api"))
        ev["exception"] = {"values": [{"type": "StripeCardError", "value": "Your card number is incorrect."}]}
        ev["request"] = {"url": f"https://portal.{p.tn['slug']}.corvane.io/api/billing/pay", "method": "POST",
                         "data": S(L("x").t("guarantorAccount=").p(p.acct, "account").t("&cardNumber=").p(p.card, "account")
                                   .t(f"&exp={R.randint(1, 12):02d}%2F{R.randint(25, 30)}&cvc=%5BFiltered%5D&name=").p(quote_plus(f"{p.fn} {p.ln}"), "name")),
                         "query_string": ""}
        ev["user"] = {"id": P(p.uid, "other_id")}
    else:
        ev = sentry_base("python", "kiosk.checkin", "kiosk-agent@1.7.3", "kiosk-" + p.tn["slug"] + "-03")
        ev["exception"] = {"values": [{"type": "MatchError", "value": "fingerprint template did not match enrolled template (score 0.41)"}]}
        ev["request"] = {"url": "https://api.corvane.io/kiosk/v1/checkin", "method": "POST",
                         "data": {"mrn": P(p.mrn, "mrn"), "fingerprintTemplate": P("Rk1SACAyMAAAAAFiAAABQAHgAMUAxQEAAAAoN" + b64s(60), "biometric"),
                                  "apptDate": P(TODAY.strftime("%Y%m%d"), "date")}}
    ev["sdk"] = {"name": "sentry." + ev["platform"], "version": R.choice(["7.3.0", "1.40.6", "7.101.1"])}
    return [L("sentry_event").js(ev)]


def g_sentry_clean():
    k = deck("g_sentry_clean", 4)
    if k == 0:
        ev = sentry_base("java", "com.corvane.integration.hl7.AckPublisher", "hl7-engine@2.14.0", pod("hl7-engine"))
        ev["exception"] = {"values": [{"type": "AlreadyClosedException", "module": "com.rabbitmq.client",
                                       "value": "channel is already closed due to channel error; protocol method: #method<channel.close>(reply-code=406, reply-text=PRECONDITION_FAILED - delivery acknowledgement on channel 1 timed out, class-id=0, method-id=0)"}]}
    elif k == 1:
        ev = sentry_base("python", "celery.worker", "notify-svc@5.2.0", pod("notify-svc"))
        ev["exception"] = {"values": [{"type": "ConnectionResetError", "value": "[Errno 104] Connection reset by peer"}]}
        ev["tags"] = {"task": "send_reminder_batch", "queue": "notify.reminders", "retries": str(R.randint(0, 5))}
    elif k == 2:
        ev = sentry_base("node", "portal-bff", "portal-bff@6.2.0", pod("portal-bff"))
        ev["exception"] = {"values": [{"type": "FetchError", "value": f"request to http://scheduling.prod.svc.cluster.local:8080/api/v2/slots failed, reason: socket hang up"}]}
        ev["contexts"] = {"runtime": {"name": "node", "version": "v20.11.1"}, "trace": {"trace_id": hexs(32), "span_id": hexs(16)}}
    else:
        ev = sentry_base("java", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", "charting-api@4.18.2+build.8812", pod("charting-api"))
        ev["exception"] = {"values": [{"type": "SQLTransientConnectionException", "value": "HikariPool-1 - Connection is not available, request timed out after 30000ms."}]}
        ev["user"] = {"id": f"stf_{digits(5)}", "username": R.choice(["nkarimi", "gabernathy", "front.desk2"])}
    ev["sdk"] = {"name": "sentry." + ev["platform"], "version": "7.3.0"}
    return [L("sentry_event").js(ev)]


# --------------------------------------------------------------------------- feature flags
FLAGS = ["results-viewer-v2", "portal.sms-reminders", "hl7-batch-ack", "empi-fuzzy-v3", "avs-template-v5",
         "kiosk-biometric-checkin", "portal.proxy-access-self-serve", "search.opensearch-2x"]


def g_flag_clean():
    k = deck("g_flag_clean", 3)
    name, handle, _ = R.choice(ENG)
    fl = R.choice(FLAGS)
    if k == 0:
        o = {"_id": hexs(24), "_accountId": hexs(24), "date": int(epoch(tick()) * 1000), "kind": "flag",
             "name": fl, "description": f"{name} turned {R.choice(['on', 'off'])} the flag {fl} in Production",
             "member": {"_id": hexs(24), "email": f"{handle}@corvane.io", "firstName": name.split()[0], "lastName": name.split()[1]},
             "titleVerb": R.choice(["turned on the flag", "updated the rollout for", "changed the default variation of"]),
             "target": {"key": fl, "resources": [f"proj/ehr:env/production:flag/{fl}"]}}
        return [L("flag_audit_json").js(o)]
    if k == 1:
        b = L("flag_audit_kv")
        b.t(f"ts={iso_z(tick())} flag={fl} action=update_rollout env=prod actor={handle} rollout={R.choice([5, 10, 25, 50, 100])}% "
            f"stickiness=tenantId tenants=[{R.choice(TENANTS)['id']},{R.choice(TENANTS)['id']}] version={R.randint(2, 80)} change_request=CR-{R.randint(1000, 9999)}")
        return [b]
    b = L("flag_audit_kv")
    b.t(f"{iso_z(tick())} INFO unleash-proxy: toggle \"{fl}\" strategy=flexibleRollout rollout={R.randint(1, 100)} groupId={fl} "
        f"constraints=[tenantId IN ({R.choice(TENANTS)['id']})] evaluated={R.randint(100, 90000)}/min")
    return [b]


def g_flag_phi():
    p = person()
    name, handle, _ = R.choice(ENG)
    fl = R.choice(["portal.sms-reminders", "portal.proxy-access-self-serve", "kiosk-biometric-checkin"])
    if R.random() < 0.5:
        b = L("flag_audit_kv")
        b.t(f"ts={iso_z(tick())} flag={fl} action=update_targets env=prod actor={handle} variation=true added_targets=[\"")
        b.p(p.email, "email").t("\",\"").p(p.uid, "other_id").t(f"\"] reason=\"pilot per ticket ZD-{R.randint(40000, 49999)}\"")
        return [b]
    o = {"_id": hexs(24), "date": int(epoch(tick()) * 1000), "kind": "flag", "name": fl,
         "description": S(L("x").t(f"{name} added ").p(p.user, "other_id").t(" to individual targets for variation true in Production")),
         "member": {"email": f"{handle}@corvane.io"},
         "titleVerb": "updated the targeting rules for",
         "target": {"key": fl}, "comment": S(L("x").t("beta for pt ").p(f"{p.fn[0]}. {p.ln}", "name").t(" (mrn ").p(p.mrn, "mrn").t(") - clinic asked"))}
    return [L("flag_audit_json").js(o)]


# --------------------------------------------------------------------------- migration
def mig_ts():
    d = tick(0.01, 5)
    return d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d)


MIG = [None]


def mig_ctx():
    if MIG[0] is None or R.random() < 0.15:
        MIG[0] = dict(tn=R.choice(TENANTS), src=f"pg-legacy-{R.randint(1, 4):02d}", dst=f"pg-shard-{R.randint(5, 16):02d}",
                      batch=0, total=R.randint(80, 400))
    return MIG[0]


def g_mig_clean():
    c = mig_ctx()
    c["batch"] += 1
    b = L("migration_script")
    k = deck("g_mig_clean", 6)
    if k == 0:
        b.t(f"{mig_ts()} INFO migrate_tenant: tenant={c['tn']['id']} src={c['src']} dst={c['dst']} table=patients batch={c['batch']}/{c['total']} rows=500 elapsed={R.uniform(0.3, 4):.2f}s")
    elif k == 1:
        b.t(f"{mig_ts()} INFO migrate_tenant: table=encounters copied={R.randint(10000, 900000)} skipped={R.randint(0, 40)} checksum=sha256:{hexs(64)}")
    elif k == 2:
        b.t(f"{mig_ts()} WARNING migrate_tenant: lag on {c['dst']} replica {R.uniform(1, 30):.1f}s > 5.0s, sleeping 10s")
    elif k == 3:
        b.t(f"{mig_ts()} INFO migrate_tenant: DRY RUN={R.choice(['False', 'True'])} batch_size=500 workers=4 git_sha={hexs(7)} script=migrate_tenant.py v0.9.{R.randint(1, 20)}")
    elif k == 4:
        b.t(f"{mig_ts()} INFO migrate_tenant: VACUUM (ANALYZE) public.patient_identifiers on {c['dst']} took {R.randint(2, 90)}s")
    else:
        b.t(f"{mig_ts()} ERROR migrate_tenant: batch {c['batch']} failed: psycopg2.errors.SerializationFailure: could not serialize access due to concurrent update; retry 1/3")
    return [b]


def g_mig_dict():
    c = mig_ctx()
    k = deck("g_mig_dict", 3)
    if k == 2:
        c["tn"] = TENANTS[5]
    p = person(tenant=c["tn"], old=R.random() < 0.15)
    b = L("migration_script")
    b.t(f"{mig_ts()} DEBUG migrate_tenant: ")
    if c["tn"]["id"] == "tnt_sanjuan_cmi" or k == 2:
        b.t("fila omitida (teléfono inválido): ")
        row = {"num_expediente": P(p.mrn, "mrn"), "apellido_paterno": P(p.ln, "name"),
               "apellido_materno": P(R.choice(LAST), "name"), "nombre": P(p.fn, "name"),
               "fecha_nac": P(fdate(p.dob, 6).replace(".", "/"), "date"), "tel": P(fphone(p.phone, R.choice([1, 2]))[:-1], "phone"),
               "municipio": P(p.city, "address"), "cod_postal": P(p.zip, "zip")}
    elif k == 0:
        b.t("copied row ")
        row = {"id": P(int(p.pid), "other_id"), "mrn": P(p.mrn, "mrn"), "last_name": P(p.ln, "name"),
               "first_name": P(p.fn, "name"), "dob": P(p.dob, "date"), "sex": p.sex, "zip": P(p.zip, "zip"),
               "deceased": False, "updated_at": "2023-11-02T14:01:55Z"}
    else:
        b.t("legacy row needs manual fix: ")
        row = {"PT_ID": P(int(p.pid), "other_id"), "PT_LNAME": P(fold(p.ln).upper(), "name"),
               "PT_FNAME": P(fold(p.fn).upper(), "name"), "PAT_DOB": P(fdate(p.dob, 3), "date"),
               "GUAR_NM": P(f"{fold(p.ln).upper()},{fold(person().fn).upper()}", "name"), "GUAR_PHN": P(p.phone, "phone"),
               "MBR_ID": P(p.member, "health_plan"), "SUBSCR_NO": P(p.member[:-2] if p.member[-2:] == "01" else p.member, "health_plan"),
               "SSN": P(p.ssn.replace("-", ""), "ssn"), "PT_AGE": P(p.age, "age") if p.age > 89 else p.age}
        if R.random() < 0.5:
            row["DL_NO"] = P(p.dl, "license")
        if R.random() < 0.4:
            row["FAX_NO"] = P(fphone(phone_digits(), 4), "fax")
    pyrepr(b, row)
    return [b]


def g_psql_rows():
    c = mig_ctx()
    ps = [person(tenant=c["tn"]) for _ in range(R.randint(1, 3))]
    cols = ["patient_id", "mrn", "last_name", "first_name", "dob", "zip"]
    rows = [[(p.pid, "other_id"), (p.mrn, "mrn"), (p.ln, "name"), (p.fn, "name"), (p.dob.isoformat(), "date"), (p.zip, "zip")]
            for p in ps]
    w = [max(len(cols[i]), *(len(r[i][0]) for r in rows)) for i in range(len(cols))]
    out = [L("psql_rows").t(f"{mig_ts()} INFO verify: {c['dst']}=> SELECT {', '.join(cols)} FROM patients WHERE mrn_normalized IS NULL LIMIT 3;")]
    out.append(L("psql_rows").t("|".join(f" {cols[i]:^{w[i]}} " for i in range(len(cols))).rstrip()))
    out.append(L("psql_rows").t("+".join("-" * (w[i] + 2) for i in range(len(cols)))))
    for r in rows:
        b = L("psql_rows")
        for i, (v, cat) in enumerate(r):
            if i:
                b.t("|")
            pad = w[i] - len(v)
            if i == 0:
                b.t(" " * (pad + 1)).p(v, cat).t(" ")
            else:
                b.t(" ").p(v, cat).t(" " * (pad + (1 if i < len(r) - 1 else 0)))
        out.append(b)
    out.append(L("psql_rows").t(f"({len(rows)} row{'s' if len(rows) > 1 else ''})"))
    return out


def g_csv_rows():
    c = mig_ctx()
    out = []
    header = R.random() < 0.5
    if header:
        out.append(L("csv_rows").t("patient_id,mrn,last_name,first_name,dob,sex,phone,email,zip,status,reason"))
    for _ in range(R.randint(1, 3)):
        p = person(tenant=c["tn"])
        b = L("csv_rows")
        if not header:
            b.t(f"REJECT,batch={c['batch']},")
        b.p(p.pid, "other_id").t(",").p(p.mrn, "mrn").t(",")
        if R.random() < 0.4:
            b.t('"').p(f"{p.ln}, {p.fn}", "name").t('",')
        else:
            b.p(p.ln, "name").t(",").p(p.fn, "name").t(",")
        b.p(fdate(p.dob, R.choice([1, 2, 0])), "date").t(f",{p.sex},").p(fphone(p.phone, R.choice([0, 1, 2])), "phone").t(",")
        if R.random() < 0.7:
            b.p(p.email, "email")
        b.t(",").p(p.zip, "zip").t(",").t(R.choice(["skipped,duplicate mrn", "skipped,invalid phone", "failed,dob in future after tz shift",
                                                  "skipped,email bounced"]))
        out.append(b)
    return out


# --------------------------------------------------------------------------- impersonation
def g_imp_phi():
    p = person(old=R.random() < 0.15)
    agent = R.choice(AGENTS)
    k = deck("g_imp_phi", 3)
    tkt = f"ZD-{R.randint(40000, 49999)}"
    if k == 0:
        b = L("impersonation_kv")
        b.t(f"{iso_z(tick())} AUDIT support.impersonation.start actor={agent} actor_role=tier2_support target_user_id=stf_{digits(5)} "
            f"target_type=clinic_staff tenant={p.tn['id']} ticket={tkt} reason=\"Clinic cannot print AVS for pt ")
        b.p(f"{p.fn} {p.ln}", "name").t(" DOB ").p(fdate(p.dob, 2), "date")
        b.t(f"\" approved_by=kchen session=imp_{hexs(6)} expires_in=1800s src_ip={priv_ip()}")
        return [b]
    if k == 1:
        o = {"event": "impersonation.session.ended", "ts": iso_z(tick()), "actor": {"email": agent, "role": "tier1_support"},
             "target": {"type": "patient_portal_user", "id": P(p.uid, "other_id"), "username": P(p.user, "other_id"),
                        "email": P(p.email, "email")},
             "tenant": p.tn["id"], "ticket": tkt, "duration_s": R.randint(30, 1800),
             "pages_viewed": ["/portal/results", "/portal/messages", "/portal/billing"][:R.randint(1, 3)],
             "reason": S(L("x").t("patient says proxy for mother ").p(f"{person().fn} {p.ln}", "name").t(" not visible"))}
        return [L("impersonation_json").js(o, (", ", ": "))]
    b = L("impersonation_cef")
    b.t(f"CEF:0|Corvane|SupportConsole|3.2.1|IMP-VIEW|Impersonated record view|6|rt={int(epoch(tick()) * 1000)} suser={agent} "
        f"duser=").p(p.user, "other_id").t(f" cs1Label=tenant cs1={p.tn['id']} cs2Label=mrn cs2=").p(p.mrn, "mrn")
    b.t(f" request=/portal/records/{R.choice(['immunizations', 'visits', 'results'])} src={priv_ip()} cs3Label=ticket cs3={tkt}")
    return [b]


def g_imp_clean():
    agent = R.choice(AGENTS)
    tn = R.choice(TENANTS)
    k = deck("g_imp_clean", 3)
    if k == 0:
        b = L("impersonation_kv")
        b.t(f"{iso_z(tick())} AUDIT support.impersonation.start actor={agent} actor_role=tier2_support target_user_id=stf_{digits(5)} "
            f"target_type=clinic_staff tenant={tn['id']} ticket=ZD-{R.randint(40000, 49999)} reason=\"printer mapping for front desk\" "
            f"approved_by=kchen session=imp_{hexs(6)} expires_in=1800s src_ip={priv_ip()}")
    elif k == 1:
        b = L("impersonation_kv")
        b.t(f"{iso_z(tick())} AUDIT support.impersonation.denied actor={agent} tenant={tn['id']} reason=\"no approved ticket\" policy=imp-requires-ticket-v2")
    else:
        b = L("impersonation_cef")
        b.t(f"CEF:0|Corvane|SupportConsole|3.2.1|IMP-END|Impersonation ended|3|rt={int(epoch(tick()) * 1000)} suser={agent} "
            f"duser=stf_{digits(5)} cs1Label=tenant cs1={tn['id']} cn1Label=durationSec cn1={R.randint(30, 1800)} src={priv_ip()}")
    return [b]


# --------------------------------------------------------------------------- slack
def slack_time():
    d = tick(5, 90)
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def g_slack_text_clean():
    out = []
    msgs = ["anyone else seeing the DLQ on hl7.adt.inbound climbing? ~400 since 02:00",
            f"ack, looking. envoy shows UF,URX from search pods, {R.randint(2, 6)} of 6 are OOMKilled",
            f"rolled back charting-api to 4.18.1 (build {R.randint(8000, 8811)}), error rate back to baseline",
            "PD incident #" + str(R.randint(10000, 99999)) + " resolved, postmortem doc in #ehr-postmortems",
            "fyi clinic support line is (800) 555-0142 if they call back, ticket is ZD-" + str(R.randint(40000, 49999)),
            f"GC pauses on os-data-2 are 1.4s+, bumping heap to 16g, change CR-{R.randint(1000, 9999)}",
            "who owns the kiosk-agent sentry project? it's paging #oncall-ehr for every fingerprint mismatch"]
    for _ in range(R.randint(1, 2)):
        name, handle, _ = R.choice(ENG)
        b = L("slack_text")
        m = R.choice(msgs)
        msgs.remove(m)
        b.t(f"{'    ' if out else ''}[{slack_time()}] {name}: {m}")
        out.append(b)
    return out


def g_slack_text_phi():
    p = person(old=R.random() < 0.25)
    out = []
    name, handle, _ = R.choice(ENG)
    k = deck("g_slack_text_phi", 6)
    b = L("slack_text")
    if k == 5:
        b.t(f"[{slack_time()}] {name}: the link-sanitizer alert is just a patient putting ").p(f"https://www.caringbridge.org/site/{slug(p.fn)}-{slug(p.ln)}", "url")
        b.t(" in their portal profile, ").p(p.user, "other_id").t(". closing")
        out.append(b)
    elif k == 0:
        b.t(f"[{slack_time()}] {name}: here's one of the rejected ADTs from the DLQ (redact before ticketing!!)")
        out.append(b)
        segs = hl7_adt(p)[:3]
        for s in segs:
            s.fam = "slack_text"
            out.append(s)
    elif k == 1:
        b.t(f"[{slack_time()}] {name}: sentry keeps grouping these, body was ")
        b.t("`").js({"firstName": P(p.fn, "name"), "lastName": P(p.ln, "name"), "dob": P(fdate(p.dob, 1), "date"),
                     "phone": P(fphone(p.cell, 0), "phone")}).t("` -> 422 from scheduling")
        out.append(b)
    elif k == 2:
        b.t(f"[{slack_time()}] {name}: clinic says pt ").p(name_forms(p, R.choice([0, 5, 4])), "name")
        if p.age > 89:
            b.t(" (").p(str(p.age), "age").t("yo) ")
        else:
            b.t(" ")
        b.t("can't log in, mrn ").p(p.mrn, "mrn").t(", portal user ").p(p.user, "other_id").t(" - locked after 5 attempts?")
        out.append(b)
        n2, _, _ = R.choice(ENG)
        out.append(L("slack_text").t(f"    [{slack_time()}] {n2}: yep, unlocked. please don't paste MRNs here, use the ticket"))
    elif k == 3:
        b.t(f"[{slack_time()}] {name}: redis keyspace is full of ").t("`ptsearch:v2:*` keys like ")
        b.t("`ptsearch:v2:").t(p.tn["id"]).t(":lastname=").p(slug(p.ln), "name").t("|dob=").p(p.dob.isoformat(), "date")
        b.t("` with no TTL, that's the memory leak")
        out.append(b)
    else:
        b.t(f"[{slack_time()}] {name}: transport vendor 422 is the address, ").p(p.street, "address").t(" ")
        b.p(p.city, "address").t(f" {p.state} ").p(p.zip, "zip").t(" doesn't geocode. member ").p(p.member, "health_plan")
        out.append(b)
    return out


def g_slack_json():
    phi = R.random() < 0.6
    name, handle, uid = R.choice(ENG)
    d = tick(5, 90)
    ts = f"{epoch(d):.6f}"
    o = {"type": "message", "user": uid, "ts": ts}
    if R.random() < 0.5:
        o["thread_ts"] = f"{epoch(d) - R.randint(60, 3000):.6f}"
    if phi:
        p = person()
        k = deck("g_slack_json", 3)
        if k == 0:
            pay = L("x").js({"eventType": "appointment.reminder.requested",
                             "patient": {"mrn": P(p.mrn, "mrn"), "mobile": P(fphone(p.cell, 1), "phone")}})
            t = L("x").t("dlq sample:\n```").add(pay).t("```\nTwilio says 21211")
        elif k == 1:
            t = L("x").t("impersonation audit flagged ").p(p.user, "other_id").t(" / ").p(p.email, "email").t(" - was that you <@U01H2N8ZP4C>?")
        else:
            t = L("x").t("search slowlog culprit is `name.family:").p(slug(p.ln), "name").t(" AND birthDate:").p(p.dob.isoformat(), "date")
            t.t("` fuzzy w/ leading wildcard")
        o["text"] = S(t)
    else:
        o["text"] = R.choice([f"merged the fix for the ack timeout, deploying hl7-engine 2.14.1 <https://github.com/corvane/hl7-engine/pull/{R.randint(900, 2000)}|#PR>",
                              "<!subteam^S04PL2X9K> heads up: OpenSearch maintenance 23:00 ET",
                              f"Datadog monitor `DLQ depth > 100` recovered after {R.randint(5, 90)}m"])
    o["reactions"] = [{"name": R.choice(["eyes", "white_check_mark", "rotating_light"]), "users": [R.choice(ENG)[2]], "count": 1}]
    return [L("slack_json").js(o)]


# --------------------------------------------------------------------------- main
PHI_POOL = [(g_nginx_portal, 14), (g_nginx_ehr, 7), (g_nginx_error, 4), (g_envoy_phi, 7), (g_envoy_json_phi, 6),
            (g_os_search_phi, 14), (g_os_index_phi, 4), (g_redis_csv_phi, 10), (g_redis_monitor_phi, 6),
            (g_rmq_dlq_hl7, 7), (g_rmq_dlq_json, 10), (g_rmq_dlq_x12, 4), (g_hl7_dump, 12), (g_dd_phi, 16),
            (g_sentry_phi, 14), (g_flag_phi, 6), (g_mig_dict, 10), (g_psql_rows, 8), (g_csv_rows, 8),
            (g_imp_phi, 10), (g_slack_text_phi, 12), (g_slack_json, 5), (g_logback_phi, 10)]
CLEAN_POOL = [(g_nginx_clean, 20), (g_nginx_error_clean, 7), (g_envoy_clean, 12), (g_envoy_json_clean, 7),
              (g_os_clean, 12), (g_os_node, 8), (g_redis_csv_clean, 12), (g_redis_server, 10), (g_redis_monitor_clean, 8),
              (g_rmq_server, 14), (g_rmq_dlq_clean, 7), (g_gc, 20), (g_thread_dump, 14), (g_dd_clean, 18),
              (g_sentry_clean, 10), (g_flag_clean, 14), (g_mig_clean, 16), (g_imp_clean, 8), (g_slack_text_clean, 10),
              (g_logback_clean, 18)]
USED = {}


def pick(pool):
    """Weights are target line shares: pick the generator furthest behind its share (with jitter)."""
    return min(pool, key=lambda gw: (USED.get(gw[0], 0) + R.uniform(0, 4)) / gw[1])[0]


def main():
    N, TARGET_CLEAN = 500, 0.55
    rendered = []
    while len(rendered) < N:
        clean = sum(1 for _, sp, _ in rendered if not sp)
        want_clean = (clean + 0.5) / (len(rendered) + 1) < TARGET_CLEAN
        g = pick(CLEAN_POOL if want_clean else PHI_POOL)
        lines = g()
        if len(rendered) + len(lines) > N:
            continue
        USED[g] = USED.get(g, 0) + len(lines)
        for ln in lines:
            data, spans = ln.render()
            rendered.append((data, spans, ln.fam))
    log_path = os.path.join(HERE, f"{ID}.log")
    lab_path = os.path.join(HERE, f"{ID}.labels.jsonl")
    with open(log_path, "wb") as f:
        f.write(b"\n".join(d for d, _, _ in rendered))
    with open(lab_path, "w", encoding="utf-8") as f:
        for i, (d, sp, fam) in enumerate(rendered, 1):
            f.write(json.dumps({"line": i, "family": fam, "spans": sp}, ensure_ascii=False) + "\n")
    # self-check
    raw = open(log_path, "rb").read().split(b"\n")
    assert len(raw) == N and all(raw)
    for line, (d, sp, fam) in zip(raw, rendered):
        line.decode("utf-8")
        assert line == d
    print(f"wrote {N} lines; clean={sum(1 for _, s, _ in rendered if not s)}")


if __name__ == "__main__":
    main()
