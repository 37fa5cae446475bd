#!/usr/bin/env python3
"""gen_jp.py - synthetic labeled log corpus "jp".

Theme: an eating-disorder / adolescent mental health residential treatment program
(Cedar Hollow Adolescent Center, fictitious): residential unit census and meal / blind-weight
logs, family therapy (FBT) scheduling, school liaison letters, insurance concurrent review
calls and authorizations (X12 278, fax log), the EHR's Go services (zap and slog JSON / text,
klog), PostgreSQL and pgbouncer logs, a teen patient app (Swift os_log, Android logcat,
nginx), crisis line escalations (RFC 5424 syslog), break-the-glass audit (CEF), visitor kiosk
(logfmt), discharge planning e-mails and the ordinary noise of those systems.

Standard library only, deterministic (fixed seed, no time/os randomness).  Writes jp.log and
jp.labels.jsonl next to this script.  Every person, number and address is synthetic; phone
numbers use non-555 exchanges but are invented; SSNs avoid 000/666/9xx areas, 00 groups and
0000 serials; card numbers and IMEIs pass Luhn; VINs carry a valid check digit.

Labeling decisions:
- Labeled people: patients (teens), their parents / guardians / grandparents / siblings,
  insurance subscribers, family members picking a patient up, crisis-line callers.  Not
  labeled: clinicians and unit staff, school staff, insurer care managers, vendors; facility,
  school, payer and vendor names, addresses, phones, faxes, e-mails, URLs.
- Staff usernames / initials (jpike, "MW", "obs=CO") are not labeled.
- name: one span per name field as written ("Nguyen, Thanh", "NGUYEN^THANH^MINH",
  "thanh nguyen", initials "T.N.", a first name alone when it refers to the patient or a
  relative).  Where a format splits the name into separate fields (X12 NM1 last/first elements,
  CSV last_name/first_name columns, FHIR family/given) each field is its own span; HL7 XPN
  components joined by ^ and iCalendar CN= values are one span.  Surnames inside file names and family
  labels ("Haddad family") are labeled.
- address: the street line and the city are separate "address" spans; the state is never
  labeled; the ZIP code is "zip".
- date: dates tied to the person: birth, admission, planned/actual discharge, service dates
  (meal, weigh-in, session, review, coverage dates, ROI/consent signature), appointment start
  times, dates in notes about the patient (also without year, e.g. "6/17").  Not labeled:
  log/record emission timestamps (line prefixes, ts/time fields, MSH-7, EVN-2, DTSTAMP,
  e-mail Date:, X12 ISA/GS/BHT envelope dates, fax log times, note header times), menu dates,
  report/generation dates, build dates.  A date-time value (ISO, HL7 TS, iCalendar
  DATE-TIME, X12 RD8 range) is one span including its time part.
- age: only ages over 89 (a great-grandparent / grandparent); teen ages are not labeled.
- mrn: the program MRN (CH + 8 digits) wherever it appears (JSON, SQL params, file names, HL7).
- health_plan: payer member / subscriber / Medicaid IDs.  Group numbers, payer IDs, NPIs: no.
- account: patient and guarantor billing accounts, full card numbers.  Masked cards (last 4): no.
- other_id: encounter numbers, authorization / UR reference numbers of a patient's stay,
  crisis-line case numbers, CPS case numbers, student IDs, app usernames of patients/parents.
- device: identifiers of a patient's own devices (phone serial, IMEI, identifierForVendor,
  CGM transmitter and insulin pump serials).  Facility equipment (scales, kiosks, pods,
  servers) is not labeled.
- ip: public IPs of patient/parent clients.  RFC 1918 / cluster / server addresses: no.
- url: personal URLs (a patient's social media profile).  Facility / telehealth URLs: no.
- biometric: fingerprint templates (ISO 19794-2 base64) from the medication-kiosk enrolment.
- photo: base64 JPEG face photos (patient ID photo upload).
- license: driver's licence / learner permit numbers of parents or patients.
- vehicle: licence plates and VINs of a family's vehicle.
- Weights, %EBW, BMI, diagnoses, ICD-10 codes, meal percentages, risk levels: health
  information but not identifiers, never labeled.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

ID = "jp"
R = random.Random(20240603 + 21)
HERE = os.path.dirname(os.path.abspath(__file__))

MDT = dt.timezone(dt.timedelta(hours=-6), "MDT")
UTC = dt.timezone.utc


# ----------------------------------------------------------------------------- line builder
class P:
    """A labeled piece of text."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = str(v)
        self.cat = cat


class S:
    """A JSON string value composed of plain text and labeled pieces."""

    def __init__(self, *parts):
        self.parts = parts


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.nb = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.nb += len(s.encode("utf-8"))
        return self

    def p(self, v, cat):
        v = str(v)
        st = self.nb
        self.t(v)
        self.spans.append((st, self.nb, cat, v))
        return self

    def x(self, *parts):
        for q in parts:
            if isinstance(q, P):
                self.p(q.v, q.cat)
            elif isinstance(q, (list, tuple)):
                self.x(*q)
            else:
                self.t(q)
        return self

    def text(self):
        return "".join(self.buf)


def L(family, *parts):
    return Line(family).x(*parts)


def _jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def emit_json(b, obj, sep=",", kv=":"):
    if isinstance(obj, dict):
        b.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                b.t(sep)
            b.t(json.dumps(k, ensure_ascii=False))
            b.t(kv)
            emit_json(b, v, sep, kv)
        b.t("}")
    elif isinstance(obj, list):
        b.t("[")
        for i, v in enumerate(obj):
            if i:
                b.t(sep)
            emit_json(b, v, sep, kv)
        b.t("]")
    elif isinstance(obj, PN):
        b.p(obj.v, obj.cat)
    elif isinstance(obj, P):
        assert _jesc(obj.v) == obj.v, obj.v
        b.t('"').p(obj.v, obj.cat).t('"')
    elif isinstance(obj, S):
        b.t('"')
        for part in obj.parts:
            if isinstance(part, P):
                assert _jesc(part.v) == part.v, part.v
                b.p(part.v, part.cat)
            else:
                b.t(_jesc(part))
        b.t('"')
    elif isinstance(obj, str):
        b.t(json.dumps(obj, ensure_ascii=False))
    else:
        b.t(json.dumps(obj))


class PN(P):
    """A labeled bare JSON number."""


def J(family, obj, prefix=(), sep=",", kv=":"):
    b = Line(family)
    b.x(*prefix)
    emit_json(b, obj, sep, kv)
    return b


# ----------------------------------------------------------------------------- small helpers
def pick(seq):
    return R.choice(seq)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:]}"


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def fold(s):
    s = s.replace("ı", "i").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def vin():
    trans = {**{str(i): i for i in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
             **dict(zip("STUVWXYZ", range(2, 10)))}
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = pick(["1HG", "4S4", "1FM", "5TD", "JTM", "1C4", "3GN", "KM8", "2T3", "5YJ"])
    v = list(wmi + "".join(R.choice(al) for _ in range(5)) + "0" + pick("PRSL") + "".join(R.choice(al) for _ in range(1)) + digits(6))
    tot = sum(trans[c] * w for c, w in zip(v, weights))
    c = tot % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a in (0, 666) or a == 123:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        return f"{a:03d}-{g:02d}-{s:04d}"


def card():
    body = "4" + digits(14)
    while body.startswith("4111") or body.startswith("4242"):
        body = "4" + digits(14)
    return body + luhn_digit(body)


def imei():
    body = pick(["35693803", "35391110", "35850111", "35328811", "86769104"]) + digits(6)
    return body + luhn_digit(body)


AREA = ["208", "208", "986", "541", "509", "801", "406", "503", "775"]


def phone_digits():
    while True:
        ex = R.randint(201, 989)
        if ex % 100 == 11 or ex == 555:
            continue
        return pick(AREA) + str(ex) + digits(4)


def fphone(d, style=None):
    style = style or pick(["paren", "dash", "dot", "plain", "e164", "intl", "one", "paren2"])
    a, e, n = d[:3], d[3:6], d[6:]
    return {"paren": f"({a}) {e}-{n}", "paren2": f"({a}){e}-{n}", "dash": f"{a}-{e}-{n}",
            "dot": f"{a}.{e}.{n}", "plain": d, "e164": f"+1{d}", "intl": f"+1 {a} {e} {n}",
            "one": f"1-{a}-{e}-{n}"}[style]


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]


def fdate(d, style=None):
    style = style or pick(["iso", "us", "us_short", "compact", "mon", "dmy", "long", "eu", "us_nz"])
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"),
            "us_nz": f"{d.month}/{d.day}/{d.year}", "us_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
            "compact": d.strftime("%Y%m%d"), "mon": f"{MON[d.month - 1]} {d.day}, {d.year}",
            "dmy": f"{d.day:02d}-{MON[d.month - 1]}-{d.year}", "long": f"{MONTH[d.month - 1]} {d.day}, {d.year}",
            "eu": d.strftime("%d.%m.%Y"), "md": f"{d.month}/{d.day}", "mdz": f"{d.month:02d}/{d.day:02d}",
            "mon_noyr": f"{MONTH[d.month - 1]} {d.day}"}[style]


# ----------------------------------------------------------------------------- clock
T = dt.datetime(2024, 6, 3, 5, 41, 7, 118000, tzinfo=MDT)
TODAY = dt.date(2024, 6, 3)


def tick(lo=1, hi=70):
    global T
    T += dt.timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
    return T


def ts_zap():
    return float(f"{tick().timestamp():.7f}")


def ts_slog():
    t = tick()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}{R.randint(0, 999):03d}".rstrip("0") + "-06:00"


def ts_pg(t=None):
    t = t or tick()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d} MDT"


def ts_nginx():
    return tick().strftime("%d/%b/%Y:%H:%M:%S -0600")


def ts_logcat():
    t = tick()
    return t.strftime("%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}"


def ts_oslog():
    t = tick()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}"


def ts_utc():
    t = tick().astimezone(UTC)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def ts_syslog():
    t = tick()
    return f"{MON[t.month - 1]} {t.day:2d} {t.strftime('%H:%M:%S')}"


def ts_klog():
    t = tick()
    return t.strftime("%m%d %H:%M:%S.") + f"{t.microsecond:06d}"


# ----------------------------------------------------------------------------- people
CITIES = [("Boise", "ID", "83704"), ("Boise", "ID", "83706"), ("Meridian", "ID", "83646"),
          ("Nampa", "ID", "83651"), ("Eagle", "ID", "83616"), ("Twin Falls", "ID", "83301"),
          ("Pocatello", "ID", "83201"), ("Idaho Falls", "ID", "83402"), ("Coeur d'Alene", "ID", "83814"),
          ("Ontario", "OR", "97914"), ("Bend", "OR", "97702"), ("Spokane", "WA", "99203"),
          ("Walla Walla", "WA", "99362"), ("Ogden", "UT", "84403"), ("Missoula", "MT", "59801"),
          ("Kuna", "ID", "83634"), ("Hailey", "ID", "83333"), ("Caldwell", "ID", "83605")]
STREETS = ["Larkspur Ln", "W Hays St", "N Five Mile Rd", "SE Alder St", "E Parkcenter Blvd",
           "Cottonwood Ct", "S Owyhee St", "Sagebrush Dr", "N 27th St", "W State St", "Quail Ridge Loop",
           "E Boulder Crest Way", "Calle del Sol", "Old Penitentiary Rd", "Huckleberry Trl",
           "W Cherry Ln", "Mountain View Dr", "Ponderosa Pine Ave"]
SCHOOLS = ["Timberline High School", "Centennial HS", "Eagle Middle School", "Borah High School",
           "Summit Academy (online)", "Lewis & Clark High School", "Mountain View HS",
           "Skyview High School", "Bend Senior High", "Rocky Mountain High School"]
UNITS = ["ASPEN", "BIRCH", "WILLOW"]
PAYERS = [
    ("AETNA", "Aetna Behavioral Health", "60054", lambda: "W" + digits(9)),
    ("REGENCE", "Regence BlueShield of Idaho", "00611", lambda: "ZHR" + digits(9)),
    ("OPTUM_BH", "Optum Behavioral Health (UHC)", "87726", lambda: digits(9)),
    ("ID_MEDICAID", "Idaho Medicaid (Magellan)", "IDMCD", lambda: "7" + digits(9)),
    ("PACIFICSOURCE", "PacificSource Health Plans", "93029", lambda: "P" + digits(8) + "01"),
    ("SELECTHEALTH", "SelectHealth", "SX107", lambda: digits(8) + "-" + pick(["01", "02", "03"])),
    ("TRICARE_W", "TRICARE West (TriWest)", "99726", lambda: digits(11)),
]
DX = [("F50.01", "Anorexia nervosa, restricting type"), ("F50.02", "Anorexia nervosa, binge eating/purging type"),
      ("F50.2", "Bulimia nervosa"), ("F50.82", "ARFID"), ("F50.89", "OSFED"), ("F32.2", "MDD, single, severe")]

PEOPLE = [
    # first, last, middle, pronoun, guardians [(first, last, rel)]
    ("Thanh", "Nguyễn", "Minh", "she", [("Lan", "Nguyễn", "mother"), ("Duc", "Nguyen", "father")]),
    ("Mateo", "Ramírez", "", "he", [("Consuelo", "Ramírez Ortega", "mother")]),
    ("Priya", "Iyer", "Lakshmi", "she", [("Rajesh", "Iyer", "father"), ("Anjali", "Iyer", "mother")]),
    ("Siobhan", "Mac Giolla Phádraig", "", "she", [("Niamh", "Mac Giolla Phádraig", "mother")]),
    ("Rania", "Haddad", "", "she", [("Samir", "Haddad", "father"), ("Leila", "Haddad", "mother")]),
    ("Kai", "Nakamura-Reyes", "", "they", [("Hiroshi", "Nakamura", "father"), ("Rosa", "Reyes", "mother")]),
    ("Amara", "Osei", "Adjoa", "she", [("Kwabena", "Osei", "father"), ("Abena", "Osei", "grandmother")]),
    ("Zoë", "Lindqvist", "", "she", [("Ingrid", "Lindqvist", "mother")]),
    ("Tomasz", "Kowalski", "", "he", [("Agnieszka", "Kowalska", "mother")]),
    ("Chloé", "Dubois", "Marie", "she", [("Patrice", "Dubois", "father")]),
    ("Oluwaseun", "Adeyemi", "", "he", [("Ifeoma", "Adeyemi", "mother")]),
    ("Noor", "Al-Rashid", "", "she", [("Faisal", "Al-Rashid", "father"), ("Huda", "Al-Rashid", "mother")]),
    ("Lucía", "García-López", "", "she", [("Marisol", "López", "mother")]),
    ("Finn", "van der Berg", "", "he", [("Heike", "van der Berg", "mother")]),
    ("Elif", "Yılmaz", "", "she", [("Mehmet", "Yılmaz", "father")]),
    ("Aaliyah", "Washington", "", "she", [("Tamika", "Washington", "mother")]),
    ("Yuki", "Tanaka", "", "she", [("Hiroshi", "Tanaka", "father")]),
    ("Jae-won", "Park", "", "he", [("Min-ji", "Park", "mother")]),
    ("Isabella", "De Luca", "Rose", "she", [("Lorenzo", "De Luca", "father")]),
    ("Xochitl", "Hernández", "", "she", [("Guadalupe", "Hernández", "grandmother")]),
    ("Saoirse", "Fitzgerald", "", "she", [("Declan", "Fitzgerald", "father")]),
    ("Dmitri", "Petrov", "", "he", [("Svetlana", "Petrova", "mother")]),
    ("Leilani", "Kahananui", "", "she", [("Keoni", "Kahananui", "father")]),
    ("Beatriz", "Ferreira", "", "she", [("Ana Paula", "Ferreira", "mother")]),
    ("Mei-Ling", "Chen", "", "she", [("Wen", "Chen", "father")]),
    ("Anouk", "Achterberg", "", "she", [("Bram", "Achterberg", "father"), ("Edith", "Calloway", "great-grandmother")]),
]

USERNAME_BITS = ["dreams", "writes", "runs", "draws", "sky", "bloom", "leaf", "star", "waves", "moth", "fern", "xo", "art",
                 "vibes", "reads", "lune", "official", "plays", "grace", "hoops", "ukulele"]


def mk_email(first, last, rng_style=None):
    f = fold(first).lower().replace(" ", "").replace("-", "")
    l_ = fold(last).lower().replace(" ", "").replace("-", "").replace("'", "")
    dom = pick(["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com",
                "proton.me", "comcast.net", "q.com"])
    style = rng_style or R.randint(0, 5)
    local = [f"{f}.{l_}", f"{f[0]}{l_}{R.randint(10, 99)}", f"{f}{l_[:4]}{R.randint(1970, 1990)}",
             f"{l_}.{f}", f"{f}_{l_}", f"{f}.{l_[0]}.{R.randint(1, 9)}"][style]
    return f"{local}@{dom}"


class Person:
    pass


def build_patients():
    pts = []
    used = set()
    for i, (first, last, mid, pron, guards) in enumerate(PEOPLE):
        p = Person()
        p.first, p.last, p.mid, p.pron = first, last, mid, pron
        while True:
            m = "CH" + f"{R.randint(100000, 999999):06d}".rjust(8, "0")
            m = "CH" + digits(8)
            if m not in used and m[2] != "0":
                used.add(m)
                break
        p.mrn = m
        p.dob = dt.date(R.randint(2007, 2011), R.randint(1, 12), R.randint(1, 28))
        p.age = (TODAY - p.dob).days // 365
        p.unit = UNITS[i % 3]
        p.bed = f"{p.unit[0]}-{R.randint(1, 14):02d}"
        p.admit = TODAY - dt.timedelta(days=R.randint(4, 52))
        p.dc = TODAY + dt.timedelta(days=R.randint(3, 40))
        p.enc = "ENC24" + digits(6)
        pay = PAYERS[i % len(PAYERS)]
        p.payer, p.payer_name, p.payer_id = pay[0], pay[1], pay[2]
        p.member = pay[3]()
        p.group = "GRP-" + digits(6)
        p.auth = pick(["A", "UM", "R"]) + digits(2) + "-" + digits(7)
        city = CITIES[R.randrange(len(CITIES))]
        p.street = f"{R.randint(12, 9870)} {pick(STREETS)}" + (pick(["", "", "", f" Apt {R.randint(1, 40)}{pick('ABCD')}", f" Unit {R.randint(100, 320)}"]))
        p.city, p.state, p.zip = city
        p.school = pick(SCHOOLS)
        p.student = pick(["S", "", "ID-"]) + digits(8)
        p.account = "PA" + digits(7)
        p.guar_acct = "G-" + digits(7)
        p.username = (fold(first).lower().replace("-", "") + pick([".", "_", ""]) + pick(USERNAME_BITS)
                      + pick(["", str(p.dob.year % 100).zfill(2), str(R.randint(1, 99))]))
        p.url = pick([f"https://www.instagram.com/{p.username}", f"https://www.tiktok.com/@{p.username}",
                      f"https://{p.username.replace('.', '').replace('_', '')}.tumblr.com",
                      f"https://www.youtube.com/@{p.username}", f"https://open.spotify.com/user/{p.username}"])
        first_oct = pick([24, 47, 67, 68, 71, 73, 75, 76, 97, 98, 99, 107, 108, 174, 184])
        p.ip = f"{first_oct}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"
        p.os = "ios" if i % 2 == 0 else "android"
        p.idfv = uuid4().upper()
        p.serial = pick(["R58N", "R3CT", "RF8M", "ZY22"]) + alnum(7)
        p.imei = imei()
        p.cgm = alnum(6) if first in ("Dmitri", "Noor", "Finn") else None
        p.pump = "SN " + digits(7) if first in ("Dmitri", "Noor") else None
        p.cps = "IDHW-CW-24-" + digits(6) if first in ("Xochitl", "Oluwaseun", "Aaliyah") else None
        p.crisis = "CL-2024-" + digits(6)
        p.dx = pick(DX)
        p.loc = pick(["RTC", "RTC", "RTC", "PHP"])
        p.ebw = R.randint(76, 97)
        p.kg = round(R.uniform(36.0, 58.0), 1)
        p.guards = []
        for (gf, gl, rel) in guards:
            g = Person()
            g.first, g.last, g.rel = gf, gl, rel
            g.phone = phone_digits()
            g.phone2 = phone_digits()
            g.email = mk_email(gf, gl)
            g.ssn = ssn()
            g.dob = dt.date(R.randint(1966, 1988), R.randint(1, 12), R.randint(1, 28))
            if rel in ("grandmother", "great-grandmother"):
                g.dob = dt.date(R.randint(1929, 1933), R.randint(1, 12), R.randint(1, 28))
            g.age = (TODAY - g.dob).days // 365
            g.dl = pick([lambda: alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6) + pick("ABCDEFGH"),
                         lambda: digits(7), lambda: "WDL" + alnum(9), lambda: digits(9)])()
            g.plate = pick([lambda: f"{R.randint(1, 9)}{pick('ABCGJKPTV')} {digits(5)}",
                            lambda: f"{digits(3)} {alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}",
                            lambda: f"{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(4)}",
                            lambda: f"{pick(['2A', '1B', '7C'])}{alnum(1, 'ABCDEFGHJK')}{digits(3)}"])()
            g.vin = vin()
            g.fax = phone_digits()
            p.guards.append(g)
        p.sub = p.guards[0]
        p.sub_member = p.member[:-2] + "00" if p.payer == "SELECTHEALTH" else p.member
        pts.append(p)
    return pts


PTS = build_patients()


def pt():
    return pick(PTS)


def gd(p):
    return pick(p.guards)


def nm(p, style=None):
    """Name string as written in various ways (patient or guardian)."""
    style = style or pick(["fl", "fl", "lf", "LF", "lower", "FL", "init_l", "lfi", "fml"])
    f, l_ = p.first, p.last
    mid = getattr(p, "mid", "")
    return {"fl": f"{f} {l_}", "lf": f"{l_}, {f}", "LF": f"{l_.upper()}, {f.upper()}",
            "lower": f"{fold(f).lower()} {fold(l_).lower()}", "FL": f"{f.upper()} {l_.upper()}",
            "init_l": f"{f[0]}. {l_}", "lfi": f"{l_}, {f[0]}.", "fml": f"{f} {mid + ' ' if mid else ''}{l_}",
            "first": f, "initials": f"{f[0]}.{l_[0]}."}[style]


STAFF = [("Renata Voss", "MD", "rvoss"), ("Aarav Menon", "MD", "amenon"), ("Esther Blum", "PhD", "eblum"),
         ("Jordan Pike", "LCSW", "jpike"), ("Hollis Trent", "RD", "htrent"), ("Camille Ostrowski", "RN", "costrowski"),
         ("Marcus Wheeler", "MHT", "mwheeler"), ("Yesenia Duarte", "RN", "yduarte"), ("Tobias Engel", "LMFT", "tengel")]
REVIEWER_BY_PAYER = {"AETNA": "Dana Whitcomb (Aetna BH UM)", "REGENCE": "Marco Salas, LPC (Regence)",
                     "OPTUM_BH": "Kendra Liu, RN (Optum BH)", "ID_MEDICAID": "Gwen Abara (Magellan of Idaho)",
                     "PACIFICSOURCE": "Phil Ostrander, RN (PacificSource)", "SELECTHEALTH": "Ruth Okonkwo, LCSW (SelectHealth)",
                     "TRICARE_W": "Lena Marsh, RN (TriWest)"}
SLUG = {"AETNA": "aetna", "REGENCE": "regence", "OPTUM_BH": "optum", "ID_MEDICAID": "magellan",
        "PACIFICSOURCE": "pacificsource", "SELECTHEALTH": "selecthealth", "TRICARE_W": "triwest"}
REVIEWERS = ["Kendra Liu, RN (Optum BH)", "Dana Whitcomb (Aetna BH UM)", "Marco Salas, LPC (Regence)",
             "Gwen Abara (Magellan of Idaho)", "Phil Ostrander, RN (PacificSource)"]


def staff():
    return pick(STAFF)


def svc_pid():
    return R.randint(1000, 65000)


# ============================================================================ PHI generators
def g_zap_admit():
    p = pt()
    obj = {"level": "info", "ts": ts_zap(), "logger": "census.admit", "caller": "census/admit.go:214",
           "msg": pick(["patient admitted to unit", "census row refreshed", "bed assignment changed", "level of care updated"]), "mrn": P(p.mrn, "mrn"), "encounterId": P(p.enc, "other_id"),
           "unit": p.unit, "bed": p.bed, "levelOfCare": p.loc,
           "admitDate": P(fdate(p.admit, "iso"), "date"), "ageYears": p.age,
           "precautions": pick([["meal_obs", "bathroom_1to1"], ["meal_obs"], ["SP_q15", "meal_obs", "no_exercise"]]),
           "attending": pick(["rvoss", "amenon"]), "trace_id": hexs(32)}
    if R.random() < 0.5:
        obj = dict(list(obj.items())[:6] + [("patientName", P(nm(p, pick(["lf", "fl", "LF"])), "name"))] + list(obj.items())[6:])
    return [J("zap-json", obj)]


def g_zap_meal():
    p = pt()
    meal = pick(["breakfast", "am_snack", "lunch", "pm_snack", "dinner", "hs_snack"])
    d = TODAY - dt.timedelta(days=R.randint(0, 1))
    obj = {"level": "warn", "ts": ts_zap(), "logger": "mealplan.compliance", "caller": "mealplan/compliance.go:97",
           "msg": "meal completion below plan threshold", "patient_mrn": P(p.mrn, "mrn"), "meal": meal,
           "meal_date": P(fdate(d, "iso"), "date"), "pct_completed": pick([0, 25, 50, 50, 60, 70]), "threshold": 75,
           "supplement_ordered": pick(["Ensure Plus 237mL", "Boost VHC 1/2", "Kate Farms Peptide 1.5", None]),
           "observer": pick(["MHT-mwheeler", "RN-yduarte", "MHT-tperalta"])}
    return [J("zap-json", obj)]


def g_zap_ur_sched():
    p = pt()
    nxt = TODAY + dt.timedelta(days=R.randint(1, 6))
    obj = {"level": "info", "ts": ts_zap(), "logger": "ur.scheduler", "caller": "ur/scheduler.go:163",
           "msg": "concurrent review scheduled", "payer": p.payer, "memberId": P(p.member, "health_plan"),
           "authNumber": P(p.auth, "other_id"), "lastCoveredDay": P(fdate(nxt - dt.timedelta(days=1), "iso"), "date"),
           "reviewAt": P(f"{nxt.isoformat()}T{pick(['09', '10', '11', '13', '14'])}:{pick(['00', '15', '30'])}:00-06:00", "date"),
           "loc": p.loc, "daysRequested": pick([3, 5, 7]), "reviewer": "queue:ur-team"}
    return [J("zap-json", obj)]


def g_zap_ur_err():
    p = pt()
    slug = SLUG[p.payer]
    err = pick([("MBR_DOB_MISMATCH", "member not found for DOB"), ("AUTH_NOT_FOUND", "no open authorization for member"),
                ("CLIN_MISSING", "clinical update required: vitals, meal completion")])
    body = S(slug + ': POST /clinical/v2/reviews: 422 Unprocessable Entity: {"memberId":"', P(p.member, "health_plan"),
             '","dateOfBirth":"', P(fdate(p.dob, "iso"), "date"), f'","errors":[{{"code":"{err[0]}","message":"{err[1]}"}}]}}')
    obj = {"level": "error", "ts": ts_zap(), "logger": "ur.client", "caller": f"ur/{slug}/client.go:311",
           "msg": "payer rejected concurrent review submission", "attempt": 3, "error": body,
           "stacktrace": f"github.com/cedarhollow/ehr/ur/{slug}.(*Client).Submit\n\t/src/ur/{slug}/client.go:311\ngithub.com/cedarhollow/ehr/ur.(*Worker).run\n\t/src/ur/worker.go:88"}
    return [J("zap-json", obj)]


def jpeg_b64(n=180):
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    raw = head + bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


def fmr_b64(n=96):
    head = b"FMR\x00 20\x00\x00\x00\x01\x50\x00\x00\x01\x3c\x01\x62\x00\xc5\x00\xc5\x01\x00\x00\x00"
    raw = head + bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


def g_zap_photo():
    p = pt()
    b64 = jpeg_b64(R.randint(120, 220))
    obj = {"level": "debug", "ts": ts_zap(), "logger": "chart.photo", "caller": "chart/photo.go:57",
           "msg": "patient ID photo received", "mrn": P(p.mrn, "mrn"), "contentType": "image/jpeg",
           "bytes": R.randint(18000, 64000), "photo_b64": P(b64, "photo"), "truncated": True}
    return [J("zap-json", obj)]


def g_zap_biometric():
    p = pt()
    obj = {"level": "info", "ts": ts_zap(), "logger": "medkiosk.enroll", "caller": "medkiosk/enroll.go:122",
           "msg": "fingerprint enrolled for medication pass", "kiosk": f"MK-{p.unit}-0{R.randint(1, 3)}",
           "patient": {"mrn": P(p.mrn, "mrn"), "display": P(nm(p, "lfi"), "name")},
           "finger": pick(["R_INDEX", "L_INDEX", "R_THUMB"]), "quality": R.randint(61, 98),
           "template_format": "ISO19794-2:2005", "template": P(fmr_b64(R.randint(60, 110)), "biometric")}
    return [J("zap-json", obj)]


def g_slog_contact():
    p = pick([x for x in PTS if any(g.age > 89 for g in x.guards)])
    gg = [g for g in p.guards if g.age > 89][0]
    obj = {"time": ts_slog(), "level": "INFO", "msg": "emergency contact verified", "svc": "intake",
           "patient_mrn": P(p.mrn, "mrn"),
           "contact": {"fullName": P(f"{gg.first} {gg.last}", "name"), "relation": gg.rel, "age": PN(gg.age, "age"),
                       "phone": P(fphone(gg.phone, pick(["dash", "paren"])), "phone"), "livesWithPatient": True},
           "verifiedBy": "costrowski"}
    return [J("slog-json", obj)]


def g_slog_fbt():
    p = pt()
    g = gd(p)
    when = TODAY + dt.timedelta(days=R.randint(1, 9))
    t0 = pick(["15:00", "16:00", "16:30", "17:30", "10:00"])
    obj = {"time": ts_slog(), "level": "INFO",
           "source": {"function": "github.com/cedarhollow/ehr/sched.(*Booker).Book", "file": "/src/sched/book.go", "line": 204},
           "msg": "family therapy session booked", "svc": "sched",
           "session": {"type": pick(["FBT", "FBT_family_meal", "multi_family_group"]), "start": P(f"{when.isoformat()}T{t0}:00-06:00", "date"),
                       "mode": pick(["in_person", "telehealth"]), "clinician": pick(["eblum", "tengel"])},
           "patient": {"mrn": P(p.mrn, "mrn"), "name": P(nm(p, pick(["fl", "fml"])), "name")},
           "guardian": {"name": P(f"{g.first} {g.last}", "name"), "relationship": g.rel, "email": P(g.email, "email")}}
    return [J("slog-json", obj)]


def g_slog_sms():
    p = pt()
    g = gd(p)
    when = TODAY + dt.timedelta(days=R.randint(1, 6))
    obj = {"time": ts_slog(), "level": "INFO", "msg": "sms reminder sent", "svc": "notify", "provider": "twilio",
           "sid": "SM" + hexs(32), "to": P("+1" + g.phone, "phone"), "from": "+12089108800",
           "template": "fbt_reminder_24h",
           "body": S("Reminder: family session for ", P(p.first, "name"), " on ", P(fdate(when, pick(["md", "mon_noyr", "us"])), "date"),
                     " at 4:00 PM. Reply C to confirm. Cedar Hollow"), "segments": 1}
    return [J("slog-json", obj)]


def g_slog_sms_es():
    p = pick([x for x in PTS if x.last in ("Ramírez", "García-López", "Hernández")])
    g = p.guards[0]
    when = TODAY + dt.timedelta(days=R.randint(1, 6))
    obj = {"time": ts_slog(), "level": "INFO", "msg": "sms reminder sent", "svc": "notify", "provider": "twilio",
           "sid": "SM" + hexs(32), "to": P(fphone(g.phone, "e164"), "phone"), "from": "+12089108800", "locale": "es-US",
           "template": "fbt_reminder_24h_es",
           "body": S("Recordatorio: sesión familiar de ", P(p.first, "name"), " el ", P(f"{when.day}/{when.month}", "date"),
                     " a las 16:00. Responda C para confirmar. Cedar Hollow"), "segments": 2}
    return [J("slog-json", obj)]


def g_bedboard():
    p = pt()
    t = tick()
    return [L("bedboard", f"BEDBD {t:%m%d} {t:%H%M} UNIT={p.unit} BED={p.bed.replace('-', '')} PTNM=", P(f"{fold(p.last).upper().replace(' ', '')},{fold(p.first).upper()}", "name"),
              " MRN=", P(p.mrn, "mrn"), " DOB=", P(p.dob.strftime("%m%d%y"), "date"), " ADMDT=", P(p.admit.strftime("%m%d%y"), "date"),
              f" LOC={p.loc} OBS={pick(['Q15', 'Q15', '1:1', 'LOS'])} DIET=RD-{pick(['2800', '3000', '3200', '3600'])} ALRG={pick(['NKA', 'NKA', 'PCN', 'TREE NUT'])} ATT={pick(['VOSS', 'MENON'])}")]


def g_logcat_bundle():
    p = pt()
    pid = R.randint(2000, 32000)
    d = TODAY + dt.timedelta(days=R.randint(1, 5))
    return [L("logcat", logcat("D", "Nourish.Nav", pid, pid), "onNewIntent extras=Bundle[{patient_first_name=", P(p.first, "name"),
              ", session_start=", P(f"{d.isoformat()}T16:00", "date"), ", deeplink=nourish://sessions/", uuid4(), ", android.intent.extra.REFERRER_NAME=null}]")]


def g_slog_school():
    p = pt()
    obj = {"time": ts_slog(), "level": "INFO", "msg": "school liaison letter rendered", "svc": "docs",
           "template": "school_reentry_v3", "roi_on_file": True,
           "student": {"name": P(nm(p, pick(["fl", "lf"])), "name"), "dob": P(fdate(p.dob, pick(["us", "iso"])), "date"),
                       "studentId": P(p.student, "other_id"), "school": p.school},
           "pdf": {"pages": 2, "sha256": hexs(64)}}
    return [J("slog-json", obj)]


def g_slog_text_weight():
    p = pt()
    d = TODAY - dt.timedelta(days=R.randint(0, 2))
    return [L("slog-text", "time=", ts_slog(), " level=INFO msg=\"blind weight recorded\" svc=vitals patient.mrn=",
              P(p.mrn, "mrn"), " weighed_on=", P(fdate(d, "iso"), "date"), f" protocol=gown_post_void back_to_scale=true weight_kg={p.kg} "
              f"pct_ebw={p.ebw} display_to_patient=false scale_id=SCL-00{R.randint(70, 89)} recorded_by=yduarte")]


def g_slog_text_dc():
    p = pt()
    return [L("slog-text", "time=", ts_slog(), " level=INFO msg=\"discharge plan updated\" svc=dcplan mrn=", P(p.mrn, "mrn"),
              " patient=\"", P(nm(p, "lf"), "name"), "\" planned_dc=", P(fdate(p.dc, "iso"), "date"),
              f" step_down={pick(['PHP', 'IOP', 'outpatient_FBT'])} home_street=\"", P(p.street, "address"), "\" home_city=\"",
              P(p.city, "address"), f"\" home_state={p.state} home_zip=", P(p.zip, "zip"), " version=", str(R.randint(2, 9)))]


def g_slog_text_appfail():
    p = pt()
    return [L("slog-text", "time=", ts_slog(), " level=WARN msg=\"app login failed\" svc=teen-api user=", P(p.username, "other_id"),
              " reason=bad_password attempts=", str(R.randint(2, 5)), " client_ip=", P(p.ip, "ip"), " ua=\"Nourish/3.4.",
              str(R.randint(0, 3)), " (", "iPhone; iOS 17.5" if p.os == "ios" else "Android 14; SM-A546U", ")\"")]


def pg_prefix(user="ehr_app", db="ehrdb", pid=None, t=None):
    return f"{ts_pg(t)} [{pid or svc_pid()}] {user}@{db} "


def g_pg_params():
    p = pt()
    pid = svc_pid()
    t = tick()
    v = R.randint(0, 2)
    if v == 0:
        return [L("postgresql", pg_prefix(pid=pid, t=t), "LOG:  duration: ", f"{R.uniform(0.2, 40):.3f}",
                  " ms  execute stmtcache_", str(R.randint(3, 60)), ": SELECT id, unit, bed, level_of_care FROM census_current WHERE mrn = $1 AND admit_date = $2"),
                L("postgresql", pg_prefix(pid=pid, t=t), "DETAIL:  parameters: $1 = '", P(p.mrn, "mrn"), "', $2 = '",
                  P(fdate(p.admit, "iso"), "date"), "'")]
    if v == 1:
        g = gd(p)
        return [L("postgresql", pg_prefix(pid=pid, t=t), "ERROR:  duplicate key value violates unique constraint \"guardians_patient_id_email_key\""),
                L("postgresql", pg_prefix(pid=pid, t=t), "DETAIL:  Key (patient_id, email)=(", str(R.randint(10000, 30000)), ", ",
                  P(g.email, "email"), ") already exists."),
                L("postgresql", pg_prefix(pid=pid, t=t), "STATEMENT:  INSERT INTO guardians (patient_id, full_name, relationship, email, phone) VALUES ($1, $2, $3, $4, $5)")]
    d = TODAY - dt.timedelta(days=R.randint(0, 1))
    return [L("postgresql", pg_prefix(pid=pid, t=t), "ERROR:  new row for relation \"meal_logs\" violates check constraint \"meal_logs_pct_check\""),
            L("postgresql", pg_prefix(pid=pid, t=t), "DETAIL:  Failing row contains (", str(R.randint(700000, 800000)), ", ", P(p.mrn, "mrn"),
              ", ", P(fdate(d, "iso"), "date"), ", LUNCH, 150, null, t).")]


def g_pg_statement():
    p = pt()
    while "'" in p.last:
        p = pt()
    v = R.randint(0, 1)
    if v == 0:
        return [L("postgresql", pg_prefix(user="dba_mkrause", db="ehrdb"), "LOG:  statement: UPDATE patients SET preferred_name = '",
                  P(fold(p.first) if R.random() < 0.5 else p.first, "name"), "', pronouns = '", p.pron, "' WHERE mrn = '", P(p.mrn, "mrn"), "';")]
    g = gd(p)
    return [L("postgresql", pg_prefix(user="report_ro", db="ehrdb"), "LOG:  duration: ", f"{R.uniform(1000, 4000):.3f}",
              " ms  statement: SELECT * FROM guardians WHERE last_name ILIKE '", P(g.last, "name"), "%' AND phone = '",
              P(fphone(g.phone, "dash"), "phone"), "'")]


LANG = {"Nguyễn": "vie", "Ramírez": "spa", "García-López": "spa", "Hernández": "spa", "Haddad": "ara", "Al-Rashid": "ara",
        "Kowalski": "pol", "Dubois": "fre", "Ferreira": "por", "Petrov": "rus", "Tanaka": "jpn", "Park": "kor"}


def hl7_name(p):
    return f"{p.last}^{p.first}^{p.mid}" if p.mid else f"{p.last}^{p.first}"


def g_hl7():
    p = pt()
    g = p.guards[0]
    t = tick()
    ev = pick(["A01", "A01", "A03", "A08"])
    ctrl = "MSG" + digits(8)
    lines = [L("hl7v2", "MSH|^~\\&|CHAC_EHR|CEDARHOLLOW|UR_GATEWAY|", p.payer, "|", t.strftime("%Y%m%d%H%M%S"),
               "-0600||ADT^", ev, "^ADT_", "A01" if ev != "A03" else "A03", "|", ctrl, "|P|2.5.1|||AL|NE"),
             L("hl7v2", "EVN|", ev, "|", t.strftime("%Y%m%d%H%M%S"), "|||", pick(["JPIKE", "COSTROWSKI", "INTERFACE"]))]
    sex = "M" if p.pron == "he" else ("X" if p.pron == "they" else "F")
    lines.append(L("hl7v2", "PID|1||", P(p.mrn, "mrn"), "^^^CHAC^MR~", P(p.member, "health_plan"), "^^^", p.payer, "^MB||",
                   P(hl7_name(p), "name"), "||", P(p.dob.strftime("%Y%m%d"), "date"), "|", sex, "|||",
                   P(p.street, "address"), "^^", P(p.city, "address"), "^", p.state, "^", P(p.zip, "zip"), "^USA||",
                   P(fphone(g.phone, "paren2"), "phone"), "^PRN^PH~^NET^Internet^", P(g.email, "email"), "||", LANG.get(p.last, "eng"),
                   "|||", P(p.account, "account"), "|||"))
    lines.append(L("hl7v2", "NK1|1|", P(f"{g.last}^{g.first}", "name"), "|", {"mother": "MTH", "father": "FTH"}.get(g.rel, "GRD"),
                   "^", g.rel.title(), "^HL70063|", P(p.street, "address"), "^^", P(p.city, "address"), "^", p.state, "^", P(p.zip, "zip"),
                   "|", P(fphone(g.phone, "paren2"), "phone"), "|", P(fphone(g.phone2, "paren2"), "phone"), "|EP^Emergency Contact"))
    adm = dt.datetime.combine(p.admit, dt.time(R.randint(9, 17), pick([0, 15, 30, 45])))
    pv1 = ["PV1|1|I|", p.unit, "^", p.bed.split("-")[1], "^1^CHAC||||1689273412^Menon^Aarav^^^Dr^MD|||PSY||||7|||1689273412^Menon^Aarav|RES|",
           P(p.enc, "other_id"), "|||||||||||||||||||||||||", P(adm.strftime("%Y%m%d%H%M"), "date")]
    if ev == "A03":
        pv1 += ["|", P(dt.datetime.combine(TODAY, dt.time(11, 0)).strftime("%Y%m%d%H%M"), "date")]
    lines.append(L("hl7v2", *pv1))
    lines.append(L("hl7v2", "DG1|1||", p.dx[0], "^", p.dx[1], "^I10|||A"))
    lines.append(L("hl7v2", "IN1|1|", p.payer, "-PPO|", p.payer_id, "|", p.payer_name, "|PO Box ", str(R.randint(1000, 40000)),
                   "^^Salt Lake City^UT^84130|||", p.group, "||||||||", P(f"{g.last}^{g.first}", "name"), "|",
                   {"mother": "02", "father": "02"}.get(g.rel, "03"), "|", P(g.dob.strftime("%Y%m%d"), "date"), "|",
                   P(p.street, "address"), "^^", P(p.city, "address"), "^", p.state, "^", P(p.zip, "zip"),
                   "|||||||||||||||||", P(p.sub_member, "health_plan")))
    return lines


def x12name(s):
    return fold(s).upper()


def g_x12_278():
    p = pt()
    g = p.sub
    t = tick()
    ctl = digits(9)
    gs = str(R.randint(1000, 9999))
    st = f"{R.randint(1, 999):04d}"
    start = TODAY
    end = TODAY + dt.timedelta(days=pick([3, 5, 7]) - 1)
    parts = [f"ISA*00*          *00*          *ZZ*CHAC0001       *ZZ*{p.payer_id:<15}*{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{ctl}*0*P*:~",
             f"GS*HI*CHAC0001*{p.payer_id}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{gs}*X*005010X217~",
             f"ST*278*{st}*005010X217~BHT*0007*13*REF{digits(6)}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}~",
             f"HL*1**20*1~NM1*X3*2*{x12name(p.payer_name.split(' (')[0])}*****PI*{p.payer_id}~",
             "HL*2*1*21*1~NM1*1P*2*CEDAR HOLLOW ADOLESCENT CTR*****XX*1962837451~",
             "HL*3*2*22*1~NM1*IL*1*", P(x12name(g.last), "name"), "*", P(x12name(g.first), "name"), "****MI*", P(p.sub_member, "health_plan"), "~",
             "DMG*D8*", P(g.dob.strftime("%Y%m%d"), "date"), "*", "F" if g.rel in ("mother", "grandmother") else "M", "~",
             "HL*4*3*23*1~NM1*QC*1*", P(x12name(p.last), "name"), "*", P(x12name(p.first), "name"), "~DMG*D8*",
             P(p.dob.strftime("%Y%m%d"), "date"), "~",
             "HL*5*4*EV*1~TRN*1*", P(p.auth, "other_id"), "*1962837451~UM*HS*I*2*21:B**U~DTP*AAH*RD8*",
             P(f"{start:%Y%m%d}-{end:%Y%m%d}", "date"), f"~HI*ABK:{p.dx[0].replace('.', '')}~HSD*DY*{(end - start).days + 1}~",
             f"SE*19*{st}~GE*1*{gs}~IEA*1*{ctl}~"]
    return [L("x12-278", *parts)]


def g_x12_278_resp():
    p = pt()
    t = tick()
    ctl = digits(9)
    end = TODAY + dt.timedelta(days=pick([2, 4, 6]))
    st = f"{R.randint(1, 999):04d}"
    dec = pick([("A1", "certified in total"), ("A6", "modified"), ("A4", "pended")])
    return [L("x12-278", f"ISA*00*          *00*          *ZZ*{p.payer_id:<15}*ZZ*CHAC0001       *{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{ctl}*0*P*:~",
              f"ST*278*{st}*005010X217~BHT*0007*11*REF{digits(6)}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}~",
              "HL*1**20*1~HL*2*1*21*1~HL*3*2*22*1~NM1*IL*1*", P(x12name(p.sub.last), "name"), "*", P(x12name(p.sub.first), "name"),
              "****MI*", P(p.sub_member, "health_plan"), "~HL*4*3*23*1~NM1*QC*1*", P(x12name(p.last), "name"), "*",
              P(x12name(p.first), "name"), "~HL*5*4*EV*0~HCR*", dec[0], "*", P(p.auth, "other_id"), "~DTP*AAH*RD8*",
              P(f"{TODAY:%Y%m%d}-{end:%Y%m%d}", "date"), f"~MSG*{dec[1].upper()}; NEXT REVIEW DUE PRIOR TO LAST COVERED DAY~SE*14*{st}~")]


CENSUS_HDR = "unit,bed,mrn,last_name,first_name,dob,admit_dt,los,loc,precautions,attending,pass_status"


def census_row(p, with_unit=True):
    los = (TODAY - p.admit).days
    prec = pick(["meal_obs", "meal_obs;bathroom_1to1", "SP_q15;meal_obs", "none", "no_exercise;meal_obs", "\"meal_obs, bed_rest\""])
    return L("census-csv", p.unit, ",", p.bed, ",", P(p.mrn, "mrn"), ",", P(p.last, "name"), ",", P(p.first, "name"), ",",
             P(fdate(p.dob, "us"), "date"), ",", P(fdate(p.admit, "us"), "date"), ",", str(los), ",", p.loc, ",", prec, ",",
             pick(["Voss", "Menon"]), ",", pick(["none", "on_unit", "day_pass", "therapeutic_pass"]))


def g_census_block():
    out = [L("census-csv", f"# census_export v2 generated={T.strftime('%Y-%m-%dT%H:%M:%S')}-06:00 source=ehr.census_current rows=24")]
    out.append(L("census-csv", CENSUS_HDR))
    for p in R.sample(PTS, R.randint(3, 5)):
        out.append(census_row(p))
    return out


def g_census_row():
    p = pt()
    return [census_row(p)]


def g_census_semicolon():
    p = pt()
    # legacy nightly extract for the state licensing report: semicolon, no header
    return [L("census-csv", f"{T:%Y%m%d};CHAC;", p.unit, ";", P(p.mrn, "mrn"), ";", P(nm(p, "LF"), "name"), ";",
              P(fdate(p.dob, "compact"), "date"), ";", "M" if p.pron == "he" else "F", ";", P(p.zip, "zip"), ";", P(fold(p.city).upper(), "address"),
              ";", p.dx[0], ";", P(fdate(p.admit, "compact"), "date"), ";", p.payer)]


def g_meal_pipe():
    p = pt()
    d = TODAY - dt.timedelta(days=R.randint(0, 1))
    meal = pick(["BRK", "AMS", "LUN", "PMS", "DIN", "HSS"])
    return [L("meal-log", "MEAL|", P(d.strftime("%Y%m%d"), "date"), "|", f"{R.randint(6, 20):02d}{pick(['00', '15', '30', '45'])}|", meal, "|",
              P(p.mrn, "mrn"), "|", p.unit, "-", p.bed, "|pt=", P(nm(p, "initials"), "name"), f"|plan={pick(['2400', '2800', '3000', '3200', '3600'])}kcal",
              f"|eaten={pick(['100', '100', '75', '50', '25', '0'])}%|supp={pick(['none', 'Ensure Plus x1', 'Boost Plus x1/2', 'none'])}",
              f"|obs={pick(['MW', 'YD', 'TP', 'KS'])}|behav={pick(['none', 'cutting food small', 'hid food in napkin', 'slow >30min', 'tearful', 'none'])}")]


def g_weight_pipe():
    p = pt()
    d = TODAY - dt.timedelta(days=R.randint(0, 2))
    return [L("meal-log", "WT|", P(d.strftime("%Y%m%d"), "date"), "|", f"06{R.randint(10, 59)}|", P(p.mrn, "mrn"),
              f"|gown+voided|blind=Y|kg={p.kg}|chg={pick(['+0.2', '+0.4', '-0.3', '+0.0', '+0.6', '-0.1'])}|pct_ebw={p.ebw}",
              f"|orthostatics=HR {R.randint(48, 70)}->{R.randint(70, 110)}|scale=SCL-00{R.randint(70, 89)}|staff={pick(['CO', 'YD', 'RN3'])}")]


def g_ics():
    p = pt()
    gs = p.guards
    when = TODAY + dt.timedelta(days=R.randint(1, 10))
    h = pick([15, 16, 17, 10])
    fam = S  # noqa
    out = [L("ics", "BEGIN:VCALENDAR"), L("ics", "PRODID:-//Cedar Hollow//FBT Scheduler 4.2//EN"), L("ics", "VERSION:2.0"),
           L("ics", "METHOD:REQUEST"), L("ics", "BEGIN:VEVENT"), L("ics", f"UID:{uuid4()}@sched.cedarhollow.org"),
           L("ics", f"DTSTAMP:{T.astimezone(UTC):%Y%m%dT%H%M%SZ}"),
           L("ics", "DTSTART;TZID=America/Boise:", P(f"{when:%Y%m%d}T{h:02d}0000", "date")),
           L("ics", "DTEND;TZID=America/Boise:", P(f"{when:%Y%m%d}T{h:02d}5000", "date")),
           L("ics", f"SUMMARY:FBT Session {R.randint(2, 14)} - ", P(p.last, "name"), " family (", P(p.first, "name"), ")")]
    clin = pick([("Esther Blum, PhD", "eblum"), ("Tobias Engel, LMFT", "tengel")])
    out.append(L("ics", f"ORGANIZER;CN=\"{clin[0]}\":mailto:{clin[1]}@cedarhollow.org"))
    for g in gs:
        if g.rel == "great-grandmother":
            continue
        out.append(L("ics", "ATTENDEE;CN=", P(f"{g.first} {g.last}", "name"), ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:",
                     P(g.email, "email")))
    out.append(L("ics", "LOCATION:Family Therapy Rm 2 (Willow bldg) / https://cedarhollow.zoom.us/j/8441209" + digits(4)))
    out.append(L("ics", "DESCRIPTION:Family meal + session. Pt MRN ", P(p.mrn, "mrn"), ". Please bring the pl"))
    out.append(L("ics", " anned snack; no diet talk at the table.\\nQuestions: front desk (208) 600-4400"))
    out.append(L("ics", "STATUS:CONFIRMED"))
    out.append(L("ics", "END:VEVENT"))
    out.append(L("ics", "END:VCALENDAR"))
    if R.random() < 0.5:  # bare VEVENT as stored by the scheduler's outbox log
        out = [ln for ln in out if ln.text() not in ("BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", "END:VCALENDAR", "STATUS:CONFIRMED")
               and not ln.text().startswith("PRODID")]
    return out


def rfc2822(t):
    return t.strftime("%a, %d %b %Y %H:%M:%S -0600")


def g_email_school():
    p = pt()
    g = p.guards[0]
    t = tick()
    roi = p.admit + dt.timedelta(days=R.randint(1, 6))
    stepdown = p.dc - dt.timedelta(days=R.randint(7, 14))
    ret = p.dc + dt.timedelta(days=R.randint(3, 10))
    counselor = pick([("Dana Whitfield", "dwhitfield@boiseschools.org"), ("Mr. Ortiz", "rortiz@westada.org"),
                      ("Karen Aldous", "k.aldous@sd81.org"), ("Ms. Begay", "mbegay@bend.k12.or.us")])
    lastfirst = counselor[0].split()[-1]
    out = [L("email", "From: \"Jordan Pike, LCSW\" <jpike@cedarhollow.org>"),
           L("email", f"To: \"{counselor[0]}\" <{counselor[1]}>"),
           L("email", "Cc: ", P(g.email, "email")),
           L("email", "Date: ", rfc2822(t)),
           L("email", "Subject: School re-entry plan - ", P(nm(p, "fl"), "name"), " (DOB ", P(fdate(p.dob, "us"), "date"), ")"),
           L("email", f"Message-ID: <{t:%Y%m%d%H%M%S}.{R.randint(1000, 9999)}.jpike@mail.cedarhollow.org>"),
           L("email", "Content-Type: text/plain; charset=\"utf-8\""),
           L("email", f"Dear {counselor[0] if counselor[0].startswith(('Mr', 'Ms')) else counselor[0].split()[0]},"),
           L("email", "With written authorization from ", P(p.first, "name"), "'s ", g.rel, " (ROI signed ", P(fdate(roi, "us"), "date"),
             "), I am writing about ", P(p.first, "name"), "'s return to ", p.school, ", student ID ", P(p.student, "other_id"), "."),
           L("email", P(p.first, "name"), " is expected to step down to our partial hospitalization program on ", P(fdate(stepdown, "md"), "date"),
             " and to resume half-days beginning ", P(fdate(ret, "long"), "date"), "."),
           L("email", "We recommend: no PE weigh-ins or BMI screening, a private space for a supervised snack at 10:00, and extended time on finals."),
           L("email", "Please direct questions to me at 208-600-4412 ext 3 or fax 208-600-4499. Thank you for your partnership."),
           L("email", "Jordan Pike, LCSW | School Liaison | Cedar Hollow Adolescent Center | 4410 W Overland Rd, Boise, ID 83705")]
    return out


def g_email_dc():
    t = tick()
    out = [L("email", "From: Camille Ostrowski <costrowski@cedarhollow.org>"),
           L("email", "To: dc-planning@cedarhollow.org"),
           L("email", "Date: ", rfc2822(t)),
           L("email", f"Subject: DC planning huddle - {pick(UNITS).title()} unit, week of {(TODAY + dt.timedelta(days=7)):%m/%d}"),
           L("email", "X-Mailer: Microsoft Outlook 16.0"),
           L("email", "Team - updates before Thursday's huddle:")]
    for p in R.sample(PTS, 2):
        g = p.guards[0]
        v = R.randint(0, 2)
        if v == 0:
            out.append(L("email", "- ", P(nm(p, "lf"), "name"), " (", P(p.mrn, "mrn"), ") target DC ", P(fdate(p.dc, "us"), "date"),
                         f" -> {pick(['PHP', 'IOP'])} at our Meridian site; {g.rel} ", P(g.first, "name"), " (cell ",
                         P(fphone(g.phone, pick(["dot", "dash", "paren"])), "phone"), ") asks for AM pickup."))
        elif v == 1:
            out.append(L("email", "- ", P(nm(p, "fl"), "name"), f": {p.payer_name.split(' (')[0]} approved through ",
                         P(fdate(p.dc - dt.timedelta(days=R.randint(5, 20)), "md"), "date"), "; AVS + meal plan to be mailed to ",
                         P(p.street, "address"), ", ", P(p.city, "address"), f", {p.state} ", P(p.zip, "zip"), "."))
        else:
            gg = [x for x in p.guards if x.age > 89] or None
            if gg:
                out.append(L("email", "- ", P(p.first, "name"), " will go home to ", P(f"{gg[0].first} {gg[0].last}", "name"),
                             " (", gg[0].rel, ", age ", P(str(gg[0].age), "age"), ") while dad travels; home health eval requested."))
            else:
                out.append(L("email", "- ", P(nm(p, "init_l"), "name"), ": outpatient FBT therapist not yet confirmed; ", g.rel,
                             " reachable at ", P(g.email, "email"), "."))
    out.append(L("email", "- Bed turnover: deep clean requested for two rooms after Friday discharges (no patient info here)."))
    out.append(L("email", "Camille Ostrowski, RN, BSN | Discharge Coordinator | ext 4431"))
    return out


def g_email_dc_elder():
    p = [x for x in PTS if any(g.age > 89 for g in x.guards)]
    p = pick(p)
    gg = [g for g in p.guards if g.age > 89][0]
    t = tick()
    others = [g for g in p.guards if g is not gg]
    return [L("email", "Subject: RE: home safety for ", P(p.first, "name"), "'s discharge"),
            L("email", "Date: ", rfc2822(t)),
            L("email", "> ", gg.rel.capitalize(), " ", P(gg.first, "name"), " is ", P(str(gg.age), "age"),
              " and uses a walker; family asks whether she can supervise snacks after ", P(fdate(p.dc, "md"), "date"), "."),
            L("email", "Not as the only supervising adult. Please loop in ", *( [P(others[0].first, "name")] if others else ["the county caseworker"]),
              " for the afternoon snack plan. -HT")]


def oslog_prefix(kind, cat, pid):
    return f"{ts_oslog()} {kind} Nourish[{pid}:{hexs(5)}] [org.cedarhollow.nourish:{cat}] "


def g_oslog():
    p = pt()
    pid = R.randint(400, 9000)
    v = R.randint(0, 3)
    if v == 0:
        return [L("oslog", oslog_prefix("Df", "Auth", pid), "Signed in as ", P(p.username, "other_id"), " (role=teen, mfa=false)")]
    if v == 1:
        return [L("oslog", oslog_prefix("I", "Push", pid), "Registered for remote notifications identifierForVendor=", P(p.idfv, "device"),
                  " token=<private>")]
    if v == 2:
        return [L("oslog", oslog_prefix("Df", "Profile", pid), "Loaded profile {displayName: \"", P(p.first, "name"),
                  "\", username: \"", P(p.username, "other_id"), "\", careTeam: \"Willow\", emergencyContact: <private>}")]
    g = gd(p)
    return [L("oslog", oslog_prefix("E", "SOS", pid), "SOS call handoff failed: tel://", P(g.phone, "phone"),
              " error=Error Domain=NSURLErrorDomain Code=-1009 \"The Internet connection appears to be offline.\"")]


def logcat(level, tag, pid, tid):
    return f"{ts_logcat()} {pid:5d} {tid:5d} {level} {tag}: "


def g_logcat():
    p = pt()
    pid = R.randint(2000, 32000)
    tid = pid + R.randint(0, 80)
    v = R.randint(0, 4)
    if v == 0:
        return [L("logcat", logcat("I", "Nourish.Device", pid, tid), "register device serial=", P(p.serial, "device"), " imei=",
                  P(p.imei, "device"), " model=SM-A546U sdk=34 app=3.4.2(3402)")]
    if v == 1:
        return [L("logcat", logcat("D", "Nourish.Session", pid, tid), "restored session for user=", P(p.username, "other_id"),
                  " unit=", p.unit.lower(), " expires_in=3599s")]
    if v == 2:
        q = [x for x in PTS if x.cgm]
        p = pick(q)
        return [L("logcat", logcat("W", "Nourish.CgmBridge", pid, tid), "Dexcom G6 transmitter ", P(p.cgm, "device"),
                  f" signal loss {R.randint(12, 45)} min; last EGV {R.randint(52, 180)} mg/dL trend={pick(['DOWN', 'FLAT', 'DOUBLE_DOWN', 'UP'])}; notify=on_call_rn")]
    if v == 3:
        return [L("logcat", logcat("E", "Nourish.Journal", pid, tid), "upload failed for entry ", uuid4(), " owner=",
                  P(p.username, "other_id"), ": java.net.SocketTimeoutException: timeout")]
    g = gd(p)
    return [L("logcat", logcat("I", "Nourish.Contacts", pid, tid), "safety plan contact synced: ", P(f"{g.first} {g.last}", "name"),
              " <", P(fphone(g.phone, "plain"), "phone"), ">")]


def g_logcat_pump():
    q = [x for x in PTS if x.pump]
    p = pick(q)
    pid = R.randint(2000, 32000)
    return [L("logcat", logcat("I", "Nourish.Pump", pid, pid + 3), "paired t:slim X2 ", P(p.pump, "device"),
              " basal_profile=\"Weekday\" iob=0.8U (read-only mirror for RN dashboard)")]


def g_crisis():
    p = pt()
    g = gd(p)
    v = R.randint(0, 4)
    pri = pick([129, 130, 131, 132])
    hdr = f"<{pri}>1 {ts_utc()} crisis-gw-01.cedarhollow.org escalations {R.randint(1000, 9999)} ESC-RAISE "
    if v == 0:
        return [L("syslog5424", hdr, "[esc@47321 caseId=\"", P(p.crisis, "other_id"), "\" ani=\"", P("+1" + g.phone, "phone"),
                  "\" queue=\"teen-ed-alumni\" risk=\"high\"] caller ", P(nm(p, "fl"), "name"), f" ({p.age}) on therapeutic home pass since ",
                  P(fdate(TODAY - dt.timedelta(days=1), pick(["us", "md"])), "date"),
                  ", reports restricting x3 days and passive SI w/o plan; ", g.rel, " ", P(g.first, "name"),
                  " on line 2. Warm transfer to on-call Dr. A. Menon.")]
    if v == 1:
        return [L("syslog5424", hdr, "[esc@47321 caseId=\"", P(p.crisis, "other_id"), "\" ani=\"", P("+1" + g.phone, "phone"),
                  "\" queue=\"parent-line\" risk=\"moderate\"] ", g.rel, " ", P(f"{g.first} {g.last}", "name"), " calling re: ",
                  P(p.first, "name"), " (", P(p.mrn, "mrn"), ") refusing dinner on home pass, locked in bathroom; coached, mobile crisis not needed. f/u call scheduled ",
                  P(fdate(TODAY + dt.timedelta(days=1), "mdz"), "date"), " 09:00")]
    if v == 3:
        return [L("syslog5424", hdr.replace("ESC-RAISE", "ESC-FOLLOWUP"), "[esc@47321 caseId=\"", P(p.crisis, "other_id"),
                  "\" dir=\"outbound\"] callback to ", g.rel, " ", P(nm(g, pick(["fl", "lf"])), "name"), " at ",
                  P(fphone(g.phone, pick(["paren", "dot", "dash"])), "phone"), " - no answer, generic VM left (no clinical info). Retry 18:30.")]
    if v == 4:
        return [L("syslog5424", hdr.replace("ESC-RAISE", "ESC-TEXT"), "[esc@47321 caseId=\"", P(p.crisis, "other_id"),
                  "\" channel=\"sms\" from=\"", P("+1" + phone_digits(), "phone"), "\"] texter identifies as \"",
                  P(fold(p.first).lower() + " " + fold(p.last)[0].lower(), "name"), "\" (", str(p.age),
                  f"), Cedar Hollow PHP pt; says {p.pron} skipped lunch and is in the school bathroom, urge to purge {R.randint(5, 10)}/10. Counselor texting coping plan; no imminent risk.")]
    return [L("syslog5424", hdr.replace("ESC-RAISE", "ESC-911"), "[esc@47321 caseId=\"", P(p.crisis, "other_id"),
              "\" ani=\"", P("+1" + p.guards[0].phone, "phone"), "\" queue=\"teen-ed-alumni\" risk=\"imminent\"] 911 dispatched to ",
              P(p.street, "address"), ", ", P(p.city, "address"), f" {p.state}; caller ", P(nm(p, "first"), "name"), " disconnected; CPS ref ",
              P(p.cps or ("IDHW-CW-24-" + digits(6)), "other_id"))]


def g_ur_note():
    p = pt()
    a = staff()
    rv = REVIEWER_BY_PAYER[p.payer]
    thru = TODAY + dt.timedelta(days=R.randint(3, 8))
    nxt = thru - dt.timedelta(days=1)
    n_id = R.randint(800000, 899999)
    head = [f"NOTE {n_id} | type=UR_CALL | author={a[2]} | ts={T:%Y-%m-%d %H:%M} | pt=", P(p.mrn, "mrn"), " | \""]
    v = R.randint(0, 2)
    if v == 0:
        body = ["Concurrent review w/ ", rv, " for ", P(nm(p, pick(["fl", "lf", "init_l"])), "name"), ", mbr ID ",
                P(p.member, "health_plan"), ", auth# ", P(p.auth, "other_id"), f": {pick([3, 4, 5, 7])} add'l {p.loc} days approved thru ",
                P(fdate(thru, pick(["us", "us_short", "mdz"])), "date"), "; next review ", P(fdate(nxt, "md"), "date"),
                f" @ 11:00 ET. Clin: wt {p.ebw}% EBW (blind), {pick(['1 purge episode', 'no purging', '2 exercise episodes', 'meal completion ~70%'])} since ",
                P(fdate(TODAY - dt.timedelta(days=4), "md"), "date"), ", HR nadir 47 overnight."]
    elif v == 1:
        body = [f"Called {p.payer_name.split(' (')[0]} UM line, spoke with {rv.split(',')[0].split(' (')[0]}. Reviewed pt (", P(nm(p, "first"), "name"),
                ", DOB ", P(fdate(p.dob, pick(["us", "us_short"])), "date"), f") progress: +{R.uniform(0.4, 1.6):.1f} kg this wk, still requiring NG supplement for refusals. ",
                "Reviewer requests updated tx plan by fax before ", P(fdate(nxt, pick(["mon_noyr", "md"])), "date"), ". Ref# ", P(p.auth, "other_id"), "."]
    else:
        body = ["UR: LOC step-down discussed for ", P(nm(p, "lfi"), "name"), f". Plan will cover {p.loc} through ",
                P(fdate(thru, "dmy"), "date"), " only; PHP auth to be requested under member ", P(p.member, "health_plan"),
                ". Parent ", P(f"{p.guards[0].first} {p.guards[0].last}", "name"), " aware, disagrees, wants appeal info mailed."]
    return [L("ur-note", *head, *body, "\"")]


def g_ur_note_denial():
    p = pt()
    rv = REVIEWER_BY_PAYER[p.payer]
    return [L("ur-note", f"NOTE {R.randint(800000, 899999)} | type=UR_CALL | author=jpike | ts={T:%Y-%m-%d %H:%M} | pt=", P(p.mrn, "mrn"),
              " | \"Peer-to-peer requested after ", rv.split(' (')[0], " issued adverse determination for ", P(nm(p, "lf"), "name"),
              " (DOB ", P(fdate(p.dob, "us_short"), "date"), "); denial eff. ", P(fdate(TODAY + dt.timedelta(days=1), "us"), "date"),
              ". P2P Dr. Voss <> plan MD tomorrow 8:30 MT. Family (", P(f"{p.guards[0].first} {p.guards[0].last}", "name"), ") informed of expedited appeal rights.\"")]


UA_IOS = "Nourish/3.4.{v} (org.cedarhollow.nourish; build:{b}; iOS 17.{m}.{n}) Alamofire/5.9.1"
UA_AND = "Nourish/3.4.{v} (Android 14; SM-A546U) okhttp/4.12.0"


def ua(p):
    t = UA_IOS if p.os == "ios" else UA_AND
    return t.format(v=R.randint(0, 3), b=R.randint(3400, 3420), m=R.randint(3, 5), n=R.randint(0, 1))


def g_nginx_pt():
    p = pt()
    path = pick(["/api/v2/checkins", "/api/v2/journal", "/api/v2/meal-photos", "/api/v2/skills/diary-card", "/api/v2/messages"])
    meth = "GET" if "messages" in path else "POST"
    v = R.randint(0, 2)
    if v == 0:
        req = f"{meth} {path} HTTP/2.0"
        return [L("nginx", P(p.ip, "ip"), " - - [", ts_nginx(), f"] \"{req}\" {pick([200, 201, 201, 204, 401, 413])} {R.randint(80, 4000)} \"-\" \"{ua(p)}\" rt={R.uniform(0.01, 0.9):.3f} uct=\"0.000\" urt=\"{R.uniform(0.01, 0.9):.3f}\"")]
    if v == 1:
        return [L("nginx", P(p.ip, "ip"), " - ", P(p.username, "other_id"), " [", ts_nginx(), f"] \"GET /api/v2/messages?since={int(T.timestamp()) - 3600} HTTP/2.0\" 200 {R.randint(100, 9000)} \"-\" \"{ua(p)}\" rt={R.uniform(0.01, 0.3):.3f}")]
    return [L("nginx", P(p.ip, "ip"), " - - [", ts_nginx(), "] \"GET /api/v2/profile?username=", P(p.username, "other_id"),
              f"&include=careTeam HTTP/2.0\" 200 {R.randint(300, 1200)} \"-\" \"{ua(p)}\" rt={R.uniform(0.01, 0.3):.3f}")]


def g_logfmt_visitor():
    p = pt()
    g = gd(p)
    t = tick()
    return [L("logfmt", f"ts={t.strftime('%Y-%m-%dT%H:%M:%S.')}{t.microsecond // 1000:03d}-06:00 caller=visitor.go:{R.randint(80, 140)} level=info event=visitor_checkin visitor=\"",
              P(f"{g.first} {g.last}", "name"), f"\" relationship={g.rel} patient_ref=", P(p.mrn, "mrn"),
              f" id_type=DL id_state={pick(['ID', 'OR', 'WA', 'UT'])} id_number=", P(g.dl, "license"), " plate=\"", P(g.plate, "vehicle"),
              f"\" badge=V-{R.randint(100, 999):04d} approved_list=true")]


def g_logfmt_permit():
    p = pt()
    t = tick()
    return [L("logfmt", f"ts={t.strftime('%Y-%m-%dT%H:%M:%S.')}{t.microsecond // 1000:03d}-06:00 caller=pass.go:57 level=warn event=pass_id_check",
              " patient=\"", P(nm(p, "lf"), "name"), "\" doc=learner_permit doc_no=", P(alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6) + pick("ABCD"), "license"),
              " note=\"permit kept at front desk during therapeutic pass\"")]


def g_zap_billing():
    p = pt()
    pan = card()
    grp = f"{pan[:4]} {pan[4:8]} {pan[8:12]} {pan[12:]}" if R.random() < 0.5 else pan
    exp = f"{R.randint(1, 12):02d}/{R.randint(25, 29)}"
    obj = {"level": "error", "ts": ts_zap(), "logger": "billing.payments", "caller": "billing/stripe_adapter.go:203",
           "msg": "copay charge failed", "patientAccount": P(p.account, "account"), "guarantorAccount": P(p.guar_acct, "account"),
           "amountCents": pick([2500, 4000, 15000, 35000]),
           "error": S("gateway: card_declined (insufficient_funds) raw_request=pan=", P(grp, "account"), f";exp={exp};zip=", P(p.zip, "zip")),
           "card_last4": pan[-4:], "idempotency_key": uuid4()}
    return [J("zap-json", obj)]


def g_zap_guarantor():
    p = pt()
    g = p.sub
    obj = {"level": "debug", "ts": ts_zap(), "logger": "billing.guarantor", "caller": "billing/guarantor.go:88",
           "msg": "guarantor upserted", "guarantor": {"acct": P(p.guar_acct, "account"), "name": P(f"{g.last.upper()}, {g.first.upper()}", "name"),
                                                      "ssn": P(g.ssn, "ssn"), "dob": P(fdate(g.dob, "iso"), "date"),
                                                      "fax": P(fphone(g.fax, "dash"), "fax"),
                                                      "relationshipToPatient": g.rel},
           "patientMrn": P(p.mrn, "mrn")}
    return [J("zap-json", obj)]


def g_fax():
    p = pt()
    t = tick()
    return [L("fax-log", f"{t:%m/%d/%y %H:%M}\tSEND\t{R.randint(400, 999):08d}\tttyIAX0\t{R.randint(40, 200)}\t\"ur-auth\"\tjpike@cedarhollow.org\t\"1800{digits(7)}\"\t\"{x12name(p.payer_name.split(' (')[0])} UM\"\t{pick([9600, 14400])}\t1728\t0:00:{R.randint(20, 59)}\t0:01:{R.randint(10, 59)}\t\"\"\t\"\"\t\"\"\t\"jpike\"\t\"auth_req_",
              P(p.mrn, "mrn"), "_", P(fold(p.last).replace(" ", ""), "name"), f".pdf\"\t{R.randint(2, 9)}\t0\t5")]


def g_fax_recv_parent():
    p = pt()
    g = gd(p)
    t = tick()
    return [L("fax-log", f"{t:%m/%d/%y %H:%M}\tRECV\t{R.randint(400, 999):08d}\tttyIAX1\t\"fax{R.randint(10000, 99999)}.tif\"\t\"",
              P(fphone(g.fax, "plain"), "fax"), f"\"\t\"\"\t14400\t1728\t0:00:{R.randint(20, 59)}\t0:00:{R.randint(30, 59)}\t\"\"\t\"",
              P(f"{g.last.upper()} {g.first.upper()}", "name"), "\"\t\"", P(fphone(g.fax, "plain"), "fax"), "\"\t\"\"\t\"ROI signed - ", P(p.first, "name"), "\"")]


def g_zap_pickup():
    p = pt()
    g = p.guards[0]
    obj = {"level": "info", "ts": ts_zap(), "logger": "dcplan.transport", "caller": "dcplan/transport.go:64",
           "msg": "discharge pickup verified", "mrn": P(p.mrn, "mrn"), "dischargeDate": P(fdate(p.dc, "iso"), "date"),
           "pickup": {"driver": P(f"{g.first} {g.last}", "name"), "relationship": g.rel,
                      "vehicle": {"make": pick(["Subaru", "Toyota", "Honda", "Ford", "Kia"]), "color": pick(["gray", "white", "blue", "black"]),
                                  "vin": P(g.vin, "vehicle"), "plate": P(g.plate, "vehicle")}},
           "verifiedBy": "front_desk_2"}
    return [J("zap-json", obj)]


def g_cef():
    p = pt()
    u = staff()
    t = tick()
    return [L("cef", f"{MON[t.month - 1]} {t.day:2d} {t:%H:%M:%S} chartguard01 CEF:0|CedarHollow|ChartGuard|2.3.1|BTG-100|Break-the-glass chart access|8|rt={int(t.timestamp() * 1000)} suser={u[2]} src=10.42.{R.randint(1, 20)}.{R.randint(2, 250)} cs1Label=patientMrn cs1=",
              P(p.mrn, "mrn"), " cs2Label=patientName cs2=", P(nm(p, "lf"), "name"), " cs3Label=reason cs3=", pick(["crisis line escalation after hours", "covering psychiatrist", "UR appeal prep"]),
              " outcome=granted")]


def g_zap_social():
    p = pt()
    obj = {"level": "warn", "ts": ts_zap(), "logger": "chart.safety", "caller": "chart/safety.go:141",
           "msg": "safety note flagged for team review", "mrn": P(p.mrn, "mrn"),
           "note": S("Peer reported ", P(p.first, "name"), " is posting body-check content at ", P(p.url, "url"),
                     "; discussed in DBT skills group, plan to review phone privileges"),
           "flaggedBy": pick(["tengel", "eblum", "mwheeler"]), "severity": "moderate"}
    return [J("zap-json", obj)]


def g_zap_intake_ssn():
    p = pt()
    g = p.sub
    obj = {"level": "warn", "ts": ts_zap(), "logger": "intake.validate", "caller": "intake/validate.go:77",
           "msg": "subscriber SSN failed checksum, queued for manual review",
           "input": S("subscriber_ssn=", P(g.ssn.replace("-", "") if R.random() < 0.5 else g.ssn, "ssn"), " subscriber_name=", P(f"{g.first} {g.last}", "name"),
                      " member_id=", P(p.sub_member, "health_plan")),
           "referralId": P("REF-" + digits(7), "other_id")}
    return [J("zap-json", obj)]


def g_slog_fhir():
    p = pt()
    g = p.guards[0]
    res = {"resourceType": "Patient", "id": "pt-" + hexs(8),
           "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": P(p.mrn, "mrn")}],
           "name": [{"family": P(p.last, "name"), "given": [P(p.first, "name")]}],
           "birthDate": P(p.dob.isoformat(), "date"),
           "telecom": [{"system": "phone", "value": P(fphone(g.phone, "dash"), "phone"), "use": "home"}],
           "address": [{"line": [P(p.street, "address")], "city": P(p.city, "address"), "state": p.state, "postalCode": P(p.zip, "zip")}]}
    obj = {"time": ts_slog(), "level": "DEBUG", "msg": "fhir outbound", "svc": "interop", "dest": "state-hie", "status": 201,
           "resource": res}
    return [J("slog-json", obj)]


def g_slog_text_cps():
    p = pick([x for x in PTS if x.cps])
    return [L("slog-text", "time=", ts_slog(), " level=INFO msg=\"mandated report filed\" svc=safety mrn=", P(p.mrn, "mrn"),
              " agency=IDHW case_no=", P(p.cps, "other_id"), " reporter=tengel method=phone followup_due=", P(fdate(TODAY + dt.timedelta(days=2), "iso"), "date"))]


def g_slog_text_account_lookup():
    p = pt()
    return [L("slog-text", "time=", ts_slog(), " level=DEBUG msg=\"eligibility 271 parsed\" svc=elig payer=", p.payer, " member=",
              P(p.member, "health_plan"), " subscriber_dob=", P(p.sub.dob.strftime("%Y%m%d"), "date"), " coverage=active plan_begin=2024-01-01 bh_rtc_benefit=\"30 days/yr, 12 used\"")]


PHI_GENS = [
    (g_zap_admit, 6), (g_zap_meal, 6), (g_zap_ur_sched, 5), (g_zap_ur_err, 2), (g_zap_photo, 3), (g_zap_biometric, 3),
    (g_slog_contact, 2), (g_slog_fbt, 5), (g_slog_sms_es, 2), (g_bedboard, 4), (g_logcat_bundle, 2), (g_slog_sms, 4), (g_slog_school, 3), (g_slog_text_weight, 6), (g_slog_text_dc, 3), (g_slog_text_appfail, 3),
    (g_pg_params, 5), (g_pg_statement, 3), (g_hl7, 1.5), (g_x12_278, 2), (g_x12_278_resp, 2), (g_census_block, 1),
    (g_census_row, 3), (g_census_semicolon, 2), (g_meal_pipe, 6), (g_weight_pipe, 5), (g_ics, 0.6), (g_email_school, 0.7),
    (g_email_dc, 0.7), (g_email_dc_elder, 1), (g_oslog, 6), (g_logcat, 7), (g_logcat_pump, 1), (g_crisis, 7), (g_ur_note, 4),
    (g_ur_note_denial, 2), (g_nginx_pt, 5), (g_logfmt_visitor, 3), (g_logfmt_permit, 1), (g_zap_billing, 2),
    (g_zap_guarantor, 2), (g_fax, 2), (g_fax_recv_parent, 1), (g_zap_pickup, 2), (g_cef, 3), (g_zap_social, 4),
    (g_zap_intake_ssn, 2), (g_slog_fhir, 2), (g_slog_text_cps, 1), (g_slog_text_account_lookup, 3),
]


# ============================================================================ noise generators
SERVICES = ["census-svc", "mealplan-svc", "ur-svc", "sched-svc", "notify-svc", "docs-svc", "vitals-svc", "teen-api", "billing-svc", "interop-svc"]
VERSIONS = ["v2.14.3", "v2.14.4", "v1.9.0", "v3.0.0-rc.2", "v2.2.11"]


def n_zap_health():
    obj = {"level": "debug", "ts": ts_zap(), "logger": "http", "caller": "middleware/log.go:41", "msg": "request",
           "method": "GET", "path": pick(["/healthz", "/readyz", "/metrics", "/livez"]), "status": 200,
           "latency": f"{R.randint(90, 900)}µs", "remote": f"10.42.{R.randint(0, 7)}.{R.randint(1, 254)}:{R.randint(30000, 60000)}",
           "request_id": uuid4(), "user_agent": pick(["kube-probe/1.29", "Prometheus/2.51.2"])}
    return [J("zap-json", obj)]


def n_zap_census():
    occ = {u: R.randint(8, 14) for u in UNITS}
    obj = {"level": "info", "ts": ts_zap(), "logger": "census", "caller": "census/snapshot.go:58", "msg": "census snapshot built",
           "occupied": occ, "capacity": {u: 14 for u in UNITS}, "pending_admits": R.randint(0, 4), "pending_discharges": R.randint(0, 3),
           "took": round(R.uniform(0.004, 0.09), 6)}
    return [J("zap-json", obj)]


def n_zap_ur_poll():
    obj = {"level": "info", "ts": ts_zap(), "logger": "ur.poller", "caller": "ur/poller.go:92", "msg": "payer portal poll complete",
           "payer": pick([x[0] for x in PAYERS]), "reviews_due_today": R.randint(0, 6), "auth_updates": R.randint(0, 4),
           "took": round(R.uniform(0.3, 4.5), 4), "next_poll_in": "15m0s"}
    return [J("zap-json", obj)]


def n_zap_start():
    v = pick(VERSIONS)
    obj = {"level": "info", "ts": ts_zap(), "caller": "cmd/server/main.go:71", "msg": pick(["grpc server listening", "http server listening"]),
           "service": pick(SERVICES), "addr": pick([":9090", ":8080", "0.0.0.0:8443"]), "version": v, "commit": hexs(7),
           "build": f"#{R.randint(3800, 4600)}", "go": "go1.22.3"}
    return [J("zap-json", obj)]


def n_zap_config():
    obj = {"level": "info", "ts": ts_zap(), "caller": "config/load.go:33", "msg": "config loaded", "env": "prod",
           "db_pool_max": pick([20, 40, 64]), "db_host": "pg-ehr-primary.ehr.svc.cluster.local:5432",
           "feature_flags": R.sample(["blind_weights_v2", "fbt_autoschedule", "ur_fax_fallback", "teen_app_journal_e2ee", "census_v3"], 3),
           "otel_endpoint": "otel-collector.observability:4317"}
    return [J("zap-json", obj)]


def n_zap_err():
    e = pick(["kafka: client has run out of available brokers to talk to (Is your cluster reachable?)",
              "dial tcp 10.42.5.19:5432: connect: connection refused",
              "context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
              "redis: connection pool timeout", "x509: certificate has expired or is not yet valid: current time 2024-06-03T12:01:44Z is after 2024-06-02T23:59:59Z"])
    obj = {"level": "error", "ts": ts_zap(), "logger": pick(["events", "cache", "ur.client", "notify.twilio"]), "caller": f"{pick(['events/publish.go', 'cache/redis.go', 'ur/http.go'])}:{R.randint(20, 300)}",
           "msg": pick(["failed to publish event", "cache refresh failed", "upstream call failed"]), "topic": pick(["census.updated", "meal.logged", "ur.review.due"]),
           "error": e, "retry_in": f"{R.randint(1, 30)}s"}
    return [J("zap-json", obj)]


def n_zap_job():
    obj = {"level": "info", "ts": ts_zap(), "logger": "jobs", "caller": "jobs/runner.go:118", "msg": "job finished",
           "job": pick(["mealplan.rollup", "census.nightly_export", "ur.reminders", "docs.purge_tmp", "vitals.orthostatic_flags"]),
           "run_id": uuid4(), "rows": R.randint(0, 5000), "took": round(R.uniform(0.2, 80), 3), "exit": 0}
    return [J("zap-json", obj)]


def n_slog_trace():
    obj = {"time": ts_slog(), "level": "DEBUG", "msg": "span exported", "svc": pick(SERVICES), "trace_id": hexs(32), "span_id": hexs(16),
           "name": pick(["POST /api/v2/checkins", "census.Query", "ur.Submit", "pg.Exec"]), "duration_ms": round(R.uniform(0.3, 900), 2)}
    return [J("slog-json", obj)]


def n_slog_job():
    obj = {"time": ts_slog(), "level": pick(["INFO", "INFO", "WARN"]), "msg": pick(["nightly meal-plan rollup finished", "reminder batch sent", "template cache warmed"]),
           "svc": pick(["mealplan", "notify", "docs"]), "count": R.randint(1, 2000), "failed": R.randint(0, 3), "elapsed": f"{R.uniform(0.1, 40):.3f}s"}
    return [J("slog-json", obj)]


def n_slog_roster():
    s = staff()
    role = {"MD": "psychiatry", "RD": "dietitian", "RN": "nursing_supervisor", "MHT": "milieu_lead"}.get(s[1], "therapist")
    obj = {"time": ts_slog(), "level": "INFO", "msg": "on-call roster loaded", "svc": "sched", "role": role,
           "oncall": {"name": f"{s[0]}, {s[1]}", "pager": f"208-600-{R.randint(4400, 4499)}", "email": f"{s[2]}@cedarhollow.org"},
           "shift": "2024-06-03T19:00/2024-06-04T07:00"}
    return [J("slog-json", obj)]


def n_slog_text_retry():
    return [L("slog-text", "time=", ts_slog(), f" level=WARN msg=\"retrying payer API\" svc=ur attempt={R.randint(1, 4)} backoff={R.uniform(0.2, 6):.1f}s payer={pick([x[0] for x in PAYERS])} endpoint=/v1/auth/status err=\"context deadline exceeded\"")]


def n_slog_text_misc():
    v = R.randint(0, 3)
    if v == 0:
        return [L("slog-text", "time=", ts_slog(), f" level=INFO msg=\"menu published\" svc=mealplan menu_date={(TODAY + dt.timedelta(days=R.randint(1, 7))).isoformat()} cycle={pick('ABCD')} items={R.randint(20, 40)} allergens_checked=true")]
    if v == 1:
        return [L("slog-text", "time=", ts_slog(), f" level=INFO msg=\"supply order submitted\" svc=mealplan order=PO-2024-{R.randint(100, 999):05d} vendor=\"Sysco Idaho\" sku=ENS-PLUS-8OZ qty={R.randint(4, 30)}cs total_usd={R.uniform(100, 900):.2f}")]
    if v == 2:
        return [L("slog-text", "time=", ts_slog(), f" level=DEBUG msg=\"scale calibration ok\" svc=vitals scale_id=SCL-00{R.randint(70, 89)} ref_kg=50.00 read_kg=50.0{R.randint(0, 4)} serial=SCL{digits(8)}")]
    u = pick(UNITS)
    return [L("slog-text", "time=", ts_slog(), f" level=INFO msg=\"bed status changed\" svc=census unit={u} bed={u[0]}-{R.randint(1, 14):02d} from=dirty to=clean by=evs")]


def n_pg():
    v = R.randint(0, 10)
    pid = svc_pid()
    if v == 0:
        return [L("postgresql", f"{ts_pg()} [61] LOG:  checkpoint starting: time")]
    if v == 1:
        b = R.randint(300, 4000)
        return [L("postgresql", f"{ts_pg()} [61] LOG:  checkpoint complete: wrote {b} buffers ({b / 163.84:.1f}%); 0 WAL file(s) added, 0 removed, {R.randint(0, 3)} recycled; write={R.uniform(20, 250):.3f} s, sync=0.00{R.randint(1, 9)} s, total={R.uniform(20, 250):.3f} s; sync files={R.randint(10, 80)}, longest=0.002 s, average=0.001 s; distance={R.randint(1000, 40000)} kB, estimate={R.randint(1000, 40000)} kB; lsn=1/{hexs(8).upper()}, redo lsn=1/{hexs(8).upper()}")]
    if v == 2:
        return [L("postgresql", f"{ts_pg()} [{pid}] LOG:  automatic vacuum of table \"ehrdb.public.{pick(['meal_logs', 'vitals', 'census_events', 'audit_log'])}\": index scans: 1"),
                L("postgresql", f"{ts_pg()} [{pid}] DETAIL:  pages: 0 removed, {R.randint(1000, 90000)} remain, {R.randint(10, 900)} scanned ({R.uniform(0.1, 9):.2f}% of total)")]
    if v == 3:
        port = R.randint(30000, 65000)
        ip = f"10.42.{R.randint(0, 9)}.{R.randint(2, 250)}"
        return [L("postgresql", f"{ts_pg()} [{pid}] [unknown]@[unknown] LOG:  connection received: host={ip} port={port}"),
                L("postgresql", f"{ts_pg()} [{pid}] ehr_app@ehrdb LOG:  connection authorized: user=ehr_app database=ehrdb application_name={pick(SERVICES)} SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)")]
    if v == 4:
        return [L("postgresql", f"{ts_pg()} [{pid}] ehr_app@ehrdb LOG:  disconnection: session time: 0:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.randint(0, 999):03d} user=ehr_app database=ehrdb host=10.42.{R.randint(0, 9)}.{R.randint(2, 250)} port={R.randint(30000, 65000)}")]
    if v == 5:
        return [L("postgresql", f"{ts_pg()} [{pid}] report_ro@ehrdb ERROR:  canceling statement due to statement timeout"),
                L("postgresql", f"{ts_pg()} [{pid}] report_ro@ehrdb STATEMENT:  SELECT unit, date_trunc('day', logged_at) d, avg(pct_completed) FROM meal_logs WHERE logged_at > now() - interval '90 days' GROUP BY 1, 2")]
    if v == 6:
        return [L("postgresql", f"{ts_pg()} [{pid}] metabase@ehrdb FATAL:  password authentication failed for user \"metabase\""),
                L("postgresql", f"{ts_pg()} [{pid}] metabase@ehrdb DETAIL:  Connection matched pg_hba.conf line 98: \"hostssl all all 10.42.0.0/16 scram-sha-256\"")]
    if v == 7:
        return [L("postgresql", f"{ts_pg()} [{pid}] etl@ehrdb LOG:  duration: {R.uniform(1000, 9000):.3f} ms  statement: REFRESH MATERIALIZED VIEW CONCURRENTLY unit_census_daily")]
    if v == 8:
        return [L("postgresql", f"{ts_pg()} [{pid}] ehr_app@ehrdb LOG:  temporary file: path \"base/pgsql_tmp/pgsql_tmp{pid}.{R.randint(0, 9)}\", size {R.randint(1, 90) * 1048576}")]
    if v == 9:
        return [L("postgresql", f"{ts_pg()} [{pid}] ehr_app@ehrdb WARNING:  there is no transaction in progress")]
    return [L("postgresql", f"{ts_pg()} [{pid}] LOG:  automatic analyze of table \"ehrdb.public.{pick(['guardians', 'auth_requests', 'sessions'])}\" avg read rate: {R.uniform(0, 40):.3f} MB/s, avg write rate: {R.uniform(0, 5):.3f} MB/s")]


def n_pgbouncer():
    return [L("pgbouncer", f"{ts_pg()} [{R.randint(900, 1300)}] LOG stats: {R.randint(10, 90)} xacts/s, {R.randint(100, 900)} queries/s, in {R.randint(5000, 90000)} B/s, out {R.randint(20000, 400000)} B/s, xact {R.randint(400, 4000)} us, query {R.randint(90, 900)} us, wait {R.randint(0, 80)} us")]


def n_nginx():
    ip = f"10.42.{R.randint(0, 7)}.{R.randint(1, 254)}"
    path = pick(["/healthz", "/readyz", "/metrics", "/api/v2/config/app?platform=ios", "/static/js/main.9c2f1e.js", "/favicon.ico"])
    uagent = pick(["kube-probe/1.29", "Prometheus/2.51.2", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36", "ELB-HealthChecker/2.0"])
    return [L("nginx", f"{ip} - - [{ts_nginx()}] \"GET {path} HTTP/1.1\" {pick([200, 200, 200, 304, 404])} {R.randint(0, 9000)} \"-\" \"{uagent}\" rt={R.uniform(0, 0.02):.3f} uct=\"0.000\" urt=\"{R.uniform(0, 0.02):.3f}\"")]


def n_prom():
    v = R.randint(0, 4)
    if v == 0:
        return [L("prometheus", f"ehr_census_occupied_beds{{unit=\"{pick(UNITS).lower()}\"}} {R.randint(8, 14)}")]
    if v == 1:
        return [L("prometheus", f"http_request_duration_seconds_bucket{{handler=\"{pick(['/api/v2/checkins', '/healthz', '/api/v2/journal'])}\",le=\"{pick(['0.005', '0.05', '0.25', '1', '+Inf'])}\"}} {R.randint(100, 90000)}")]
    if v == 2:
        return [L("prometheus", f"ur_reviews_due_total{{payer=\"{pick([x[0] for x in PAYERS])}\"}} {R.randint(0, 9)}")]
    if v == 3:
        return [L("prometheus", "# HELP mealplan_meals_logged_total Meals logged by unit and meal type.")]
    return [L("prometheus", f"go_goroutines{{job=\"{pick(SERVICES)}\",instance=\"10.42.{R.randint(0, 7)}.{R.randint(2, 250)}:9090\"}} {R.randint(20, 400)}")]


def n_logcat():
    pid = R.randint(2000, 32000)
    v = R.randint(0, 6)
    if v == 0:
        return [L("logcat", logcat("I", "Choreographer", pid, pid), f"Skipped {R.randint(30, 120)} frames!  The application may be doing too much work on its main thread.")]
    if v == 1:
        return [L("logcat", logcat("D", "OkHttp", pid, pid + 21), f"<-- 200 https://api.nourish.cedarhollow.org/api/v2/config/app ({R.randint(40, 900)}ms, {R.randint(200, 2000)}-byte body)")]
    if v == 2:
        return [L("logcat", logcat("I", "WM-WorkerWrapper", pid, pid + 40), f"Worker result SUCCESS for Work [ id={uuid4()}, tags={{ org.cedarhollow.nourish.sync.JournalSyncWorker }} ]")]
    if v == 3:
        return [L("logcat", logcat("W", "FirebaseMessaging", pid, pid + 8), "Unable to log event: analytics library is missing")]
    if v == 4:
        return [L("logcat", logcat("E", "AndroidRuntime", pid, pid), "FATAL EXCEPTION: DefaultDispatcher-worker-2"),
                L("logcat", logcat("E", "AndroidRuntime", pid, pid), "Process: org.cedarhollow.nourish, PID: " + str(pid)),
                L("logcat", logcat("E", "AndroidRuntime", pid, pid), "java.lang.IllegalStateException: Room cannot verify the data integrity. Looks like you've changed schema but forgot to update the version number."),
                L("logcat", logcat("E", "AndroidRuntime", pid, pid), "\tat androidx.room.RoomOpenHelper.checkIdentity(RoomOpenHelper.kt:154)")]
    if v == 5:
        return [L("logcat", logcat("I", "Nourish.App", pid, pid), f"app start cold={pick(['true', 'false'])} version=3.4.{R.randint(0, 3)} ({R.randint(3400, 3420)}) flavor=prod")]
    return [L("logcat", logcat("D", "Nourish.Sync", pid, pid + 33), f"journal sync complete uploaded={R.randint(0, 6)} skipped={R.randint(0, 3)} took={R.randint(40, 2000)}ms")]


def n_oslog():
    pid = R.randint(400, 9000)
    v = R.randint(0, 5)
    if v == 0:
        return [L("oslog", oslog_prefix("Df", "Network", pid), f"GET /api/v2/config/app -> 200 ({R.randint(40, 900)} ms)")]
    if v == 1:
        return [L("oslog", oslog_prefix("I", "BGTask", pid), "Scheduled BGAppRefreshTask org.cedarhollow.nourish.refresh earliestBeginDate=+900s")]
    if v == 2:
        return [L("oslog", oslog_prefix("Df", "Auth", pid), "Signed in as <private> (role=teen, mfa=false)")]
    if v == 3:
        return [L("oslog", oslog_prefix("E", "CoreData", pid), "NSPersistentStoreCoordinator: error=134110 migration failed; falling back to reset store")]
    if v == 4:
        return [L("oslog", oslog_prefix("Df", "UI", pid), f"MealCheckInView appeared; draft restored={pick(['true', 'false'])} moodScale=1-5")]
    return [L("oslog", oslog_prefix("I", "Sync", pid), f"Uploaded {R.randint(0, 5)} journal entries, {R.randint(0, 3)} skills diary cards in {R.uniform(0.1, 3):.2f}s")]


def n_syslog():
    v = R.randint(0, 3)
    host = pick(["ehr-batch01", "ehr-batch02", "fax01"])
    if v == 0:
        return [L("syslog", f"{ts_syslog()} {host} CRON[{R.randint(1000, 40000)}]: (postgres) CMD (/usr/local/bin/pg_backup.sh --retain 14 --target s3://chac-pg-backups/prod)")]
    if v == 1:
        return [L("syslog", f"{ts_syslog()} {host} systemd[1]: Started {pick(['census-export.service', 'logrotate.service', 'hylafax-faxq.service'])} - nightly job.")]
    if v == 2:
        return [L("syslog", f"{ts_syslog()} fax01 FaxQueuer[{R.randint(800, 999)}]: JOB {R.randint(80, 300)} (ready dest {digits(11)} pri 127 tts 0:00 killtime 2:59:59): SEND FAX: JOB {R.randint(80, 300)} DEST 1{digits(10)} COMMID {R.randint(400, 999):08d}")]
    return [L("syslog", f"{ts_syslog()} {host} sshd[{R.randint(1000, 40000)}]: Accepted publickey for deploy from 10.42.{R.randint(0, 9)}.{R.randint(2, 250)} port {R.randint(30000, 65000)} ssh2: ED25519 SHA256:{base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode().rstrip('=')}")]


def n_crisis():
    hdr = f"<{pick([134, 134, 133])}>1 {ts_utc()} crisis-gw-01.cedarhollow.org {pick(['acd', 'escalations'])} {R.randint(1000, 9999)} "
    v = R.randint(0, 2)
    if v == 0:
        return [L("syslog5424", hdr, f"QSTAT [q@47321 queue=\"teen-ed-alumni\" waiting=\"{R.randint(0, 3)}\" agentsReady=\"{R.randint(1, 4)}\" asa=\"{R.randint(5, 60)}s\" abandoned=\"{R.randint(0, 2)}\"] queue stats")]
    if v == 1:
        s = staff()
        return [L("syslog5424", hdr, f"AGENT [agent@47321 agent=\"{s[2]}\" ext=\"44{R.randint(10, 99)}\" state=\"{pick(['READY', 'WRAPUP', 'NOT_READY'])}\"] state change")]
    return [L("syslog5424", hdr, f"ESC-CLOSE [esc@47321 callId=\"CA{hexs(32)}\" dispo=\"{pick(['resolved', 'referred', 'no_answer'])}\" handle=\"{R.randint(2, 40)}m\"] escalation closed")]


def n_x12_999():
    ctl = digits(9)
    t = tick()
    pid_ = pick([x[2] for x in PAYERS])
    return [L("x12-278", f"ISA*00*          *00*          *ZZ*{pid_:<15}*ZZ*CHAC0001       *{t:%y%m%d}*{t:%H%M}*^*00501*{ctl}*0*P*:~GS*FA*{pid_}*CHAC0001*{t:%Y%m%d}*{t:%H%M}*{R.randint(1000, 9999)}*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HI*{R.randint(1000, 9999)}*005010X217~AK2*278*{R.randint(1, 999):04d}*005010X217~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*{R.randint(1000, 9999)}~IEA*1*{ctl}~")]


def n_hl7_ack():
    t = tick()
    return [L("hl7v2", f"MSH|^~\\&|UR_GATEWAY|{pick([x[0] for x in PAYERS])}|CHAC_EHR|CEDARHOLLOW|{t:%Y%m%d%H%M%S}-0600||ACK^A01^ACK|ACK{digits(8)}|P|2.5.1"),
            L("hl7v2", f"MSA|AA|MSG{digits(8)}|Message accepted")]


def n_klog():
    pod = f"{pick(SERVICES)}-{hexs(9)}-{alnum(5, 'bcdfghjklmnpqrstvwxz2456789')}"
    v = R.randint(0, 2)
    if v == 0:
        return [L("klog", f"I{ts_klog()}       1 event.go:307] \"Event occurred\" object=\"ehr/{pod}\" fieldPath=\"spec.containers{{app}}\" kind=\"Pod\" apiVersion=\"v1\" type=\"Normal\" reason=\"Pulled\" message=\"Container image \\\"registry.cedarhollow.org/ehr/{pod.rsplit('-', 2)[0]}:{pick(VERSIONS)}\\\" already present on machine\"")]
    if v == 1:
        return [L("klog", f"W{ts_klog()}       1 prober.go:104] \"Probe failed\" probeType=\"Readiness\" pod=\"ehr/{pod}\" containerName=\"app\" probeResult=\"failure\" output=\"HTTP probe failed with statuscode: 503\"")]
    return [L("klog", f"I{ts_klog()}       1 kubelet.go:2437] \"SyncLoop (PLEG): event for pod\" pod=\"ehr/{pod}\" event={{\"ID\":\"{uuid4()}\",\"Type\":\"ContainerStarted\",\"Data\":\"{hexs(64)}\"}}")]


def n_panic():
    g = R.randint(100, 9999)
    return [L("go-panic", "panic: runtime error: invalid memory address or nil pointer dereference"),
            L("go-panic", f"[signal SIGSEGV: segmentation violation code=0x1 addr=0x{R.randint(8, 200):x} pc=0x{hexs(6)}]"),
            L("go-panic", f"goroutine {g} [running]:"),
            L("go-panic", f"github.com/cedarhollow/ehr/mealplan.(*Rollup).aggregate(0xc000{hexs(6)}, {{0x{hexs(7)}, 0xc000{hexs(6)}}})"),
            L("go-panic", f"\t/src/mealplan/rollup.go:{R.randint(40, 200)} +0x{hexs(3)}"),
            L("go-panic", "exit status 2")]


def n_census_summary():
    out = [L("census-csv", "unit,capacity,occupied,rtc,php_day,blocked_beds,pending_admits")]
    for u in UNITS:
        occ = R.randint(8, 14)
        out.append(L("census-csv", f"{u},14,{occ},{occ - R.randint(0, 2)},{R.randint(0, 4)},{R.randint(0, 1)},{R.randint(0, 3)}"))
    return out


def n_menu():
    d = TODAY + dt.timedelta(days=R.randint(0, 6))
    return [L("meal-log", f"MENU|{d:%Y%m%d}|{pick(['BRK', 'LUN', 'DIN'])}|cycle={pick('ABCD')}|entree={pick(['turkey wrap', 'chicken alfredo', 'veggie lasagna', 'beef tacos', 'pancakes w/ syrup'])}|alt={pick(['bean burrito', 'PB&J', 'cheese quesadilla'])}|kcal_std={R.randint(600, 900)}|dietitian=HT")]


def n_meal_batch():
    return [L("meal-log", f"BATCH|{T:%Y%m%d%H%M%S}|unit={pick(UNITS)}|meals_logged={R.randint(8, 14)}|supplements={R.randint(0, 6)}|late_entries={R.randint(0, 2)}|sha1={hexs(40)}")]


def n_ics_tz():
    return [L("ics", "BEGIN:VTIMEZONE"), L("ics", "TZID:America/Boise"), L("ics", "BEGIN:DAYLIGHT"),
            L("ics", "TZOFFSETFROM:-0700"), L("ics", "TZOFFSETTO:-0600"), L("ics", "TZNAME:MDT"),
            L("ics", "DTSTART:19700308T020000"), L("ics", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"),
            L("ics", "END:DAYLIGHT"), L("ics", "END:VTIMEZONE")]


def n_ics_group():
    when = TODAY + dt.timedelta(days=R.randint(1, 6))
    return [L("ics", "BEGIN:VEVENT"), L("ics", f"UID:{uuid4()}@sched.cedarhollow.org"),
            L("ics", f"DTSTART;TZID=America/Boise:{when:%Y%m%d}T180000"),
            L("ics", "SUMMARY:Multi-family parent support group (open)"),
            L("ics", "ORGANIZER;CN=\"Tobias Engel, LMFT\":mailto:tengel@cedarhollow.org"),
            L("ics", "RRULE:FREQ=WEEKLY;BYDAY=TU"), L("ics", "END:VEVENT")]


def n_email():
    t = tick()
    v = R.randint(0, 2)
    if v == 0:
        return [L("email", f"Received: from mail.cedarhollow.org (mail.cedarhollow.org [10.42.9.{R.randint(2, 250)}]) by mx1.cedarhollow.org (Postfix) with ESMTPS id {alnum(11)} for <dc-planning@cedarhollow.org>; {rfc2822(t)}"),
                L("email", f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=cedarhollow.org; s=sel1; h=from:to:subject:date; bh={base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode()}")]
    if v == 1:
        return [L("email", f"From: EHR Notifications <no-reply@cedarhollow.org>"), L("email", f"Subject: [ur-svc] {R.randint(2, 9)} concurrent reviews due today"),
                L("email", "Open the UR worklist in the EHR to view details. This message intentionally contains no patient information.")]
    return [L("email", f"Subject: Kitchen: Ensure Plus backorder (PO-2024-{R.randint(100, 999):05d})"),
            L("email", f"Sysco says ETA {MON[(TODAY + dt.timedelta(days=3)).month - 1]} {(TODAY + dt.timedelta(days=3)).day}; please substitute Boost Plus per RD protocol. Questions to Hollis Trent RD, 208-600-4418, htrent@cedarhollow.org.")]


def n_cef():
    u = staff()
    t = tick()
    return [L("cef", f"{MON[t.month - 1]} {t.day:2d} {t:%H:%M:%S} chartguard01 CEF:0|CedarHollow|ChartGuard|2.3.1|{pick(['AUTH-001', 'AUTH-002'])}|{pick(['User login', 'User logout'])}|3|rt={int(t.timestamp() * 1000)} suser={u[2]} src=10.42.{R.randint(1, 20)}.{R.randint(2, 250)} cs4Label=workstation cs4=WS-{pick(UNITS)}-0{R.randint(1, 4)} outcome=success")]


def n_logfmt():
    t = tick()
    v = R.randint(0, 2)
    base = f"ts={t.strftime('%Y-%m-%dT%H:%M:%S.')}{t.microsecond // 1000:03d}-06:00 caller={pick(['kiosk.go:41', 'printer.go:19', 'visitor.go:203'])} "
    if v == 0:
        return [L("logfmt", base + f"level=info event=heartbeat kiosk=LOBBY-01 uptime={R.randint(1000, 900000)}s version=1.7.{R.randint(0, 9)}")]
    if v == 1:
        return [L("logfmt", base + f"level=warn event=badge_printer_low_ribbon printer=ZXP3-{digits(6)} remaining_pct={R.randint(2, 12)}")]
    return [L("logfmt", base + f"level=info event=visiting_hours_closed unit={pick(UNITS)} active_visitors=0 badges_returned={R.randint(3, 14)}")]


def n_fax():
    t = tick()
    return [L("fax-log", f"{t:%m/%d/%y %H:%M}\tSEND\t{R.randint(400, 999):08d}\tttyIAX0\t{R.randint(40, 200)}\t\"cover-test\"\tfaxmaster@cedarhollow.org\t\"12086004499\"\t\"CHAC FAX\"\t14400\t1728\t0:00:{R.randint(10, 30)}\t0:00:{R.randint(30, 59)}\t\"\"\t\"\"\t\"\"\t\"faxmaster\"\t\"loopback_test.pdf\"\t1\t0\t1")]


def n_zap_deploy():
    obj = {"level": "info", "ts": ts_zap(), "logger": "argocd-notify", "caller": "notify/slack.go:45", "msg": "sync succeeded",
           "app": pick(SERVICES), "revision": hexs(40), "image": f"registry.cedarhollow.org/ehr/{pick(SERVICES)}:{pick(VERSIONS)}",
           "build_number": R.randint(3800, 4600), "order_ref": f"CHG{digits(7)}"}
    return [J("zap-json", obj)]


def n_slog_vendor():
    obj = {"time": ts_slog(), "level": "INFO", "msg": "vendor contact updated", "svc": "admin",
           **(lambda v: {"vendor": v[0], "contact": {"phone": f"800-{R.randint(200, 999)}-{digits(4)}", "email": v[1]}})(
               pick([("Sysco Idaho", "orders@sysco.example.com"), ("Abbott Nutrition", "hcp-support@abbott.example.com"),
                     ("Kate Farms", "clinical@katefarms.example.com")])),
           "account_rep": "territory 14"}
    return [J("slog-json", obj)]


NOISE_GENS = [
    (n_zap_health, 8), (n_zap_census, 4), (n_zap_ur_poll, 4), (n_zap_start, 3), (n_zap_config, 2), (n_zap_err, 4),
    (n_zap_job, 4), (n_slog_trace, 5), (n_slog_job, 4), (n_slog_roster, 2), (n_slog_text_retry, 3), (n_slog_text_misc, 5),
    (n_pg, 12), (n_pgbouncer, 3), (n_nginx, 7), (n_prom, 5), (n_logcat, 7), (n_oslog, 6), (n_syslog, 4), (n_crisis, 4),
    (n_x12_999, 2), (n_hl7_ack, 2), (n_klog, 4), (n_panic, 0.25), (n_census_summary, 1), (n_menu, 3), (n_meal_batch, 2),
    (n_ics_tz, 0.4), (n_ics_group, 0.8), (n_email, 3), (n_cef, 3), (n_logfmt, 3), (n_fax, 1), (n_zap_deploy, 2), (n_slog_vendor, 1),
]


# ============================================================================ assemble
def wpick(gens):
    tot = sum(w for _, w in gens)
    r = R.uniform(0, tot)
    for g, w in gens:
        r -= w
        if r <= 0:
            return g
    return gens[-1][0]


def main():
    N = 500
    TARGET_NOISE = 0.55
    lines = []
    used_phi = {}
    quota = {g_zap_biometric: 3, g_zap_guarantor: 2, g_zap_intake_ssn: 2, g_zap_photo: 3, g_zap_social: 3,
             g_logfmt_visitor: 3, g_zap_pickup: 2, g_logfmt_permit: 2, g_slog_contact: 2, g_fax_recv_parent: 2,
             g_zap_billing: 2, g_logcat_pump: 1}
    while len(lines) < N:
        n_phi = sum(1 for ln in lines if ln.spans)
        noise_frac = (len(lines) - n_phi) / len(lines) if lines else 0.5
        want_noise = noise_frac < TARGET_NOISE
        for _ in range(50):
            if want_noise:
                g = wpick(NOISE_GENS)
            else:
                unmet = [(g_, w) for g_, w in PHI_GENS if used_phi.get(g_, 0) < quota.get(g_, 1)]
                g = wpick(unmet if unmet and R.random() < 0.35 else PHI_GENS)
            block = g()
            if len(lines) + len(block) <= N:
                break
        else:
            block = n_prom()
        if not want_noise:
            used_phi[g] = used_phi.get(g, 0) + 1
        lines.extend(block)
    assert len(lines) == N

    texts, labels = [], []
    for i, ln in enumerate(lines, 1):
        txt = ln.text()
        assert txt.strip(), (i, "empty line")
        assert "\n" not in txt and "\r" not in txt, (i, txt)
        bb = txt.encode("utf-8")
        spans = []
        for (s, e, cat, v) in sorted(ln.spans):
            assert bb[s:e].decode("utf-8") == v, (i, s, e, v)
            spans.append({"s": s, "e": e, "cat": cat})
        for a, b in zip(spans, spans[1:]):
            assert a["e"] <= b["s"], (i, a, b)
        texts.append(txt)
        labels.append({"line": i, "family": ln.family, "spans": spans})
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(texts))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
