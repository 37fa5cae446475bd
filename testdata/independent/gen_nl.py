#!/usr/bin/env python3
"""Synthetic labeled log corpus "nl": a reproductive health / family planning clinic network.

Riverbend Reproductive Health (RRH), Washington State: appointment booking (Go logrus/zap
services and a TypeScript NestJS/pino portal API), contraception and STI lab results (HL7 v2.5.1
ORU^R01 segments and a Mirth one-line dump, CSV exports with and without header), medication
abortion telehealth with mail-order pills (EasyPost tracker webhooks, structlog shipping jobs,
pipe-delimited pharmacy dispensing log, ID verification JSON), state-mandated reporting (DOH ITOP
XML records, validator warnings, WDRS notifiable STI case records), patient portal (Django
logging with Python reprs; aliases and confidential contact preferences), Django admin /
django-auditlog entries, Twilio inbound webhooks, Proxy sessions and outbound SMS in English,
Spanish and Vietnamese, clinic-entrance escort/security incident logs, Title X billing (X12 837P,
sliding-fee calculations), nginx access logs, PostgreSQL, Celery, klog and syslog noise, and
call-centre notes written by people.

Everything is synthetic. Standard library only, deterministic (fixed seed, fixed start time).
Writes nl.log (500 lines) and nl.labels.jsonl next to this script.

Labeling decisions:
- Patients, their partners/companions, parents, guarantors, subscribers and emergency or safe
  contacts are labeled. Clinicians, pharmacists, front-desk users, interpreters, escort and
  security volunteers, protesters, vendors, facilities and the clinic's own numbers/addresses
  are never labeled (staff usernames such as fd_kpatel are not labeled either).
- Protesters' vehicles and plates are NOT labeled (not patients and no health information is
  about them); a patient's or companion's plate or VIN is labeled vehicle.
- Patient aliases, preferred names, confidential pseudonyms and patient initials are name.
  Portal usernames/login handles of patients are other_id.
- Chart numbers (MRN, patient_id/patientMrn, PID-3 MR, REF*EA, PatientControlNo that holds the
  MRN) are mrn. Django database primary keys of patient rows (object_pk, /patient/48123/) are
  other_id. Visit/encounter numbers (PV1-19, encounter_id, telehealth visit ids) are other_id.
  WDRS/state case ids of a person are other_id.
- NOT labeled (record keys like order numbers): appointment/booking ids (APT-..., 88123),
  lab placer/filler order and accession numbers, Rx numbers, shipment/order numbers, carrier
  tracking codes, Twilio SIDs, trace/span/request ids, batch ids, police incident numbers for
  protester incidents, NPIs/DEA numbers of prescribers.
- Patient account numbers (PID-18, CLM01 patient control number, patient_acct) and card
  numbers are account. Apple Health ProviderOne ids and private plan member/subscriber ids are
  health_plan. SSN in REF*SY / ssn fields is ssn. Driver's licence numbers are license.
- Dates tied to a patient are date: birth, appointment/slot, collection/observation, service,
  LMP, treatment, procedure month/year (MM/YYYY is still a date element). Log/event
  timestamps, HL7 MSH-7, carrier tracking event times and estimated delivery dates in tracker
  webhooks, report years and lot expiry dates are not labeled. A date-time that is one field
  value is labeled whole; in prose only the date words are labeled (not the time of day).
- County, city, street and geocodes below the state are address (a full street line is one
  span; city and county are separate spans when in separate fields); ZIP/ZIP+4 is zip. The
  state code alone is not labeled. Age brackets (25-29) and ages <= 89 are not labeled; ages
  over 89 of a patient or relative are age.
- Public IPs of patients on the portal / telehealth routes are ip; private (10.x) and
  load-balancer/probe IPs are not. Patient mobile device ids and implant UDIs with serials are
  device. Patients' personal profile URLs are url. Base64 face images are photo; face
  templates are biometric.
- Twilio masked/proxy numbers and clinic phone/fax numbers are not labeled; the patient's real
  number behind them is phone (also when URL-encoded as %2B1..., the whole encoded token).
- Masked values (***, last-4 like x0171) are not labeled.
- In JSON written with ensure_ascii the escaped text (e.g. Nguy\\u1ec5n) is the labeled span.
"""
import base64
import hashlib
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote_plus

SEED = 21_0713
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "nl"
N_LINES = 500

# --------------------------------------------------------------------------- line builder

class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        assert "\n" not in s and "\r" not in s, repr(s)
        self.buf += s.encode("utf-8")

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        assert s, "empty span"
        assert "\n" not in s and "\r" not in s
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, b))

    def add(self, x):
        if isinstance(x, tuple):
            self.p(x[0], x[1])
        elif isinstance(x, list):
            for y in x:
                self.add(y)
        else:
            self.t(x)


def L(fam, *parts):
    ln = Line(fam)
    for x in parts:
        ln.add(x)
    return ln


class O:
    """ordered JSON object: list of (key, value); value may be (str, cat) for a labeled value"""
    def __init__(self, *pairs):
        self.pairs = pairs


def jp(v, ea=False, sp=False):
    comma, colon = (", ", ": ") if sp else (",", ":")
    out = []
    if isinstance(v, O):
        out.append("{")
        for i, (k, x) in enumerate(v.pairs):
            if i:
                out.append(comma)
            out.append(json.dumps(k, ensure_ascii=ea) + colon)
            out += jp(x, ea, sp)
        out.append("}")
    elif isinstance(v, list):
        out.append("[")
        for i, x in enumerate(v):
            if i:
                out.append(comma)
            out += jp(x, ea, sp)
        out.append("]")
    elif isinstance(v, tuple):
        val, cat = v
        if isinstance(val, str):
            enc = json.dumps(val, ensure_ascii=ea)
            out += ['"', (enc[1:-1], cat), '"']
        else:
            out.append((json.dumps(val), cat))
    else:
        out.append(json.dumps(v, ensure_ascii=ea))
    return out


def pyr(v):
    """python repr of dict/list/str/bool with labeled tuples"""
    out = []
    if isinstance(v, O):
        out.append("{")
        for i, (k, x) in enumerate(v.pairs):
            if i:
                out.append(", ")
            out.append(repr(k) + ": ")
            out += pyr(x)
        out.append("}")
    elif isinstance(v, list):
        out.append("[")
        for i, x in enumerate(v):
            if i:
                out.append(", ")
            out += pyr(x)
        out.append("]")
    elif isinstance(v, tuple):
        val, cat = v
        r = repr(val)
        if isinstance(val, str):
            out += [r[0], (r[1:-1], cat), r[-1]]
        else:
            out.append((r, cat))
    else:
        out.append(repr(v))
    return out


def lf(k, v, cat=None, force_q=False):
    """logfmt key=value, quoting like logrus/go-kit"""
    s = str(v)
    if force_q or s == "" or any(c in s for c in ' ="\t'):
        esc = s.replace("\\", "\\\\").replace('"', '\\"')
        return [f' {k}="', (esc, cat), '"']
    return [f" {k}=", (s, cat)]


def urlenc(parts):
    out = []
    for x in parts:
        if isinstance(x, tuple):
            out.append((quote_plus(x[0]), x[1]))
        else:
            out.append(quote_plus(x))
    return out

# --------------------------------------------------------------------------- clock & formats

PDT = timezone(timedelta(hours=-7))
UTC = timezone.utc


class Clock:
    def __init__(self):
        self.t = datetime(2025, 3, 10, 5, 58, 12, 118000, tzinfo=PDT)

    def tick(self, lo=3, hi=80):
        self.t += timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
        return self.t


CK = Clock()
TODAY = date(2025, 3, 10)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]


def iso(t):
    return t.isoformat(timespec="seconds")


def isoms(t):
    return t.isoformat(timespec="milliseconds")


def zts(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def epoch(t):
    return t.timestamp()


def ms(t):
    return int(t.timestamp() * 1000)


def dj(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def nest(t):
    h = t.hour % 12 or 12
    return f"{t.month:02d}/{t.day:02d}/{t.year}, {h}:{t.minute:02d}:{t.second:02d} {'AM' if t.hour < 12 else 'PM'}"


def clf(t):
    return f"{t.day:02d}/{MON[t.month-1]}/{t.year}:{t.strftime('%H:%M:%S')} -0700"


def hl7ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def fdate(d, style=None):
    if style is None:
        style = R.choice(["iso", "us", "us_short", "dmy_mon", "compact", "long", "us_nopad",
                          "dot_dmy", "slash_dmy"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "us_nopad":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "dmy_mon":
        return f"{d.day:02d}-{MON[d.month-1]}-{d.year}"
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "long":
        return f"{MONTH[d.month-1]} {d.day}, {d.year}"
    if style == "dot_dmy":
        return d.strftime("%d.%m.%Y")
    if style == "slash_dmy":
        return d.strftime("%d/%m/%Y")
    if style == "es":
        return f"{d.day} de {MES[d.month-1]} de {d.year}"
    if style == "vi":
        return f"ngày {d.day} tháng {d.month} năm {d.year}"
    raise ValueError(style)


def fphone(digits, style=None):
    a, b, c = digits[:3], digits[3:6], digits[6:]
    if style is None:
        style = R.randrange(7)
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}{b}{c}", f"+1{a}{b}{c}", f"{a}.{b}.{c}",
            f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}"][style]


def hexid(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alpha) for _ in range(n))


def uuid4():
    h = hexid(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def fold(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def appt_dt():
    d = TODAY + timedelta(days=R.randint(1, 24))
    while d.weekday() == 6:
        d += timedelta(days=1)
    h = R.randint(8, 16)
    m = R.choice([0, 15, 30, 45])
    return datetime(d.year, d.month, d.day, h, m, tzinfo=PDT)


def past_d(lo=1, hi=10):
    return TODAY - timedelta(days=R.randint(lo, hi))


def ampm(t):
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"

# --------------------------------------------------------------------------- people

CITIES = [
    # city, county, zips, area codes, streets
    ("Seattle", "King", ["98118", "98108", "98144", "98122"], ["206"],
     ["S Othello St", "Rainier Ave S", "Martin Luther King Jr Way S", "S Jackson St", "12th Ave S", "E Pike St"]),
    ("Tacoma", "Pierce", ["98405", "98408", "98444"], ["253"],
     ["S Yakima Ave", "Pacific Ave", "S 38th St", "E 72nd St"]),
    ("Yakima", "Yakima", ["98902", "98901", "98908"], ["509"],
     ["W Nob Hill Blvd", "S 16th Ave", "Summitview Ave", "N 6th St"]),
    ("Sunnyside", "Yakima", ["98944"], ["509"], ["E Edison Ave", "S 6th St"]),
    ("Wapato", "Yakima", ["98951"], ["509"], ["W 1st St", "S Wasco Ave"]),
    ("Pasco", "Franklin", ["99301"], ["509"], ["W Court St", "N 20th Ave", "W Lewis St"]),
    ("Kent", "King", ["98032", "98030"], ["253", "425"], ["W Meeker St", "SE 240th St"]),
    ("Everett", "Snohomish", ["98204"], ["425"], ["Casino Rd", "Evergreen Way"]),
    ("Wenatchee", "Chelan", ["98801"], ["509"], ["N Mission St", "S Wenatchee Ave"]),
    ("Spokane", "Spokane", ["99207", "99202"], ["509"], ["E Francis Ave", "N Division St"]),
    ("Vancouver", "Clark", ["98661", "98662"], ["360"], ["NE Fourth Plain Blvd", "E Mill Plain Blvd"]),
    ("Renton", "King", ["98055", "98056"], ["425"], ["S 2nd St", "Benson Rd S"]),
    ("Federal Way", "King", ["98003"], ["253"], ["S 320th St", "Pacific Hwy S"]),
]

# given, middle, family, sex, lang
NAMES = [
    ("María", "Guadalupe", "Hernández Ruiz", "F", "es"),
    ("Yesenia", "", "Martínez-Ochoa", "F", "es"),
    ("Rocío", "", "Villalobos", "F", "es"),
    ("Itzel", "A", "Ramírez", "F", "es"),
    ("Guadalupe", "", "Tzul Batz", "F", "es"),
    ("Xóchitl", "M", "Mendoza", "F", "es"),
    ("Luz Elena", "", "Paredes", "F", "es"),
    ("Daniela", "", "Zamora-Quintero", "F", "es"),
    ("Ana Lucía", "", "de la Cruz", "F", "es"),
    ("José Luis", "", "Barrios", "M", "es"),
    ("Lan", "Thị", "Nguyễn", "F", "vi"),
    ("Thư", "Ngọc", "Trần", "F", "vi"),
    ("Nhung", "Thị Hồng", "Phạm", "F", "vi"),
    ("Yến", "Hoàng", "Lê", "F", "vi"),
    ("Trang", "Thu", "Đặng", "F", "vi"),
    ("Phượng", "Kim", "Huỳnh", "F", "vi"),
    ("Tuấn", "Văn", "Nguyễn", "M", "vi"),
    ("Amara", "N", "Okafor", "F", "en"),
    ("Aaliyah", "", "Brooks", "F", "en"),
    ("Keisha-Marie", "", "Dawson", "F", "en"),
    ("Siobhan", "", "O'Rourke", "F", "en"),
    ("Priya", "", "Venkataraman", "F", "en"),
    ("Fatima", "", "Al-Hashimi", "F", "en"),
    ("Olena", "", "Kovalchuk", "F", "en"),
    ("Ji-woo", "", "Han", "F", "en"),
    ("Leilani", "K", "Kahananui", "F", "en"),
    ("Ingrid", "", "van der Meer", "F", "en"),
    ("Destiny", "R", "Begay", "F", "en"),
    ("Rebecca", "", "St. Clair", "F", "en"),
    ("Abebech", "", "Tesfaye", "F", "en"),
    ("Mackenzie", "J", "Thorne", "F", "en"),
    ("Marcus", "", "Whitfield", "M", "en"),
    ("Tavita", "", "Faleolo", "M", "en"),
    ("Hannah", "", "Lindqvist", "F", "en"),
    ("Brenda", "", "Ochoa", "F", "es"),
    ("Maricela", "", "Gómez de Anda", "F", "es"),
    ("Karla", "Beatriz", "Solís", "F", "es"),
    ("Nayeli", "", "Cruz-Bautista", "F", "es"),
    ("Jocelyn", "", "Echeverría", "F", "es"),
    ("Vy", "Thảo", "Bùi", "F", "vi"),
    ("Hà", "Thanh", "Vũ", "F", "vi"),
    ("Ngọc Ánh", "Thị", "Trương", "F", "vi"),
    ("Khoa", "Minh", "Đỗ", "M", "vi"),
    ("Tiana", "", "Mahoe", "F", "en"),
    ("Shanice", "L", "McCray", "F", "en"),
    ("Yuki", "", "Tanabe", "F", "en"),
    ("Noor", "", "Haddad", "F", "en"),
    ("Svetlana", "", "Morozova", "F", "en"),
    ("Grace", "", "MacDonald-Oyelowo", "F", "en"),
    ("Kaitlyn", "", "Schmidt", "F", "en"),
    ("Emily", "", "D'Angelo", "F", "en"),
    ("Wren", "", "Halvorsen", "F", "en"),
    ("Fernando", "", "Quispe", "M", "es"),
    ("Hamza", "", "Qureshi", "M", "en"),
]
OTHER_LAST = ["Ortega", "Pham", "Smith", "Gutiérrez", "Vu", "Johnson", "Castillo", "Do", "Wright",
              "Morales", "Hoang", "Bennett", "Navarro", "Ly", "Kim"]
PARTNERS = ["Marcus Whitfield", "Diego Alvarado", "Trương Minh Khoa", "Connor McAllister",
            "Samuel Oduya", "Jonah Lindqvist", "Efraín Soto", "Bao Tran", "Kenji Mori"]
ALIAS_FIRST = ["Lily", "Ana", "Mari", "Jo", "Kim", "Rose", "Elle", "Nina", "Sam", "Tess"]
ALIAS_LAST = ["Smith", "Gray", "Rivers", "Lane", "Moss", "Reed", "Stone", "Wells"]
WORDS = ["quietfern", "bluejay", "mango", "luna", "sunflower", "rainy", "cedar", "hoa.sen",
         "mariposa", "pho.bowl", "kestrel", "sol", "tulip", "otter"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me",
           "comcast.net", "live.com"]
CAR = ["silver Toyota Corolla", "blue Honda Civic", "white Nissan Altima", "black Kia Soul",
       "red Mazda 3", "gray Subaru Outback", "green Ford Escape", "tan Chevy Malibu"]


def wa_plate():
    if R.random() < 0.8:
        return alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + alnum(4, "0123456789")
    return alnum(3, "0123456789") + "-" + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ")


def vin():
    return alnum(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def ssn():
    a = R.choice([R.randint(1, 665), R.randint(667, 899)])
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def pub_ip():
    first = R.choice([24, 50, 67, 71, 73, 76, 97, 98, 107, 108, 162, 166, 172, 174, 184])
    if first == 172:
        return f"172.{R.randint(56, 120)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    return f"{first}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


class Person:
    def __init__(self, spec, old=False):
        self.given, self.middle, self.family, self.sex, self.lang = spec
        self.vn = self.lang == "vi"
        y = R.randint(1931, 1934) if old else R.randint(1971, 2008)
        self.dob = date(y, R.randint(1, 12), R.randint(1, 28))
        self.mrn = f"{R.randint(310000, 989999):08d}"
        city = R.choice(CITIES[:3] + CITIES) if not self.vn else R.choice([CITIES[0], CITIES[0], CITIES[6], CITIES[11], CITIES[1]])
        if self.lang == "es" and R.random() < 0.6:
            city = R.choice([CITIES[2], CITIES[3], CITIES[4], CITIES[5], CITIES[8]])
        self.city, self.county, zips, areas, streets = city
        self.zip = R.choice(zips)
        self.area = R.choice(areas)
        self.phone = self.area + f"{R.randint(200, 989)}" + f"{R.randint(0, 9999):04d}"
        self.phone2 = R.choice(areas) + f"{R.randint(200, 989)}" + f"{R.randint(0, 9999):04d}"
        self.fax = R.choice(areas) + f"{R.randint(200, 989)}" + f"{R.randint(0, 9999):04d}"
        num = R.randint(100, 14999)
        unit = R.choice(["", "", f" Apt {R.randint(1, 40)}", f" Unit {alnum(1, 'ABCD')}{R.randint(1, 9)}", f" #{R.randint(100, 420)}"])
        self.street = f"{num} {R.choice(streets)}{unit}"
        g = fold(self.given).lower().replace(" ", "").replace("-", "")
        f = fold(self.family).lower().replace(" ", "").replace("'", "").replace(".", "").replace("-", "")
        yy = f"{self.dob.year % 100:02d}"
        self.email = R.choice([f"{g}.{f}{yy}", f"{g[0]}{f}{R.randint(1, 99)}", f"{g}_{f[:3]}",
                               f"{R.choice(WORDS)}{R.randint(10, 99)}", f"{f}.{g}"]) + "@" + R.choice(DOMAINS)
        self.username = R.choice([f"{R.choice(WORDS)}{R.randint(10, 99)}", f"{g}{f[:1]}{yy}", f"{g}.{f}"])
        self.alias_first = R.choice(ALIAS_FIRST)
        self.alias_full = f"{R.choice(ALIAS_FIRST)} {R.choice(ALIAS_LAST)}"
        self.medicaid = f"{R.randint(100000000, 999999999)}WA"
        self.member = R.choice([f"XEH{R.randint(100000000, 999999999)}", f"W{R.randint(10000000, 99999999)}01",
                                f"ZGP{R.randint(10000000, 99999999)}", f"K{R.randint(1000000000, 9999999999)}"])
        self.acct = f"PA{self.mrn[2:]}"
        self.dl = "WDL" + alnum(9)
        self.plate = wa_plate()
        self.car = R.choice(CAR)
        self.ssn = ssn()
        self.ip = pub_ip()
        self.device = uuid4().upper()
        self.pk = R.randint(10000, 99999)
        self.mother = R.choice(OTHER_LAST).upper()
        self.partner = R.choice(PARTNERS)

    # name renderings -------------------------------------------------------
    @property
    def first(self):
        return self.given

    @property
    def last(self):
        return self.family

    def full(self):
        if self.vn:
            return f"{self.family} {self.middle} {self.given}"
        return f"{self.given} {self.family}"

    def western(self):
        return f"{fold(self.given) if self.vn else self.given} {fold(self.family) if self.vn else self.family}"

    def lastfirst(self, upper=False, folded=False):
        g, f = self.given, self.family
        if self.vn:
            g = f"{self.middle} {self.given}" if R.random() < 0.4 else self.given
        if folded or self.vn:
            g, f = fold(g), fold(f)
        s = f"{f}, {g}"
        return s.upper() if upper else s

    def initials(self):
        parts = (self.family + " " + self.given).split() if self.vn else (self.given + " " + self.family).replace("-", " ").split()
        parts = [p for p in parts if p[0].isalpha() and p not in ("de", "la", "van", "der")]
        return ".".join(fold(p[0]).upper() for p in parts[:3]) + "."

    def phone_f(self, style=None):
        return fphone(self.phone, style)

    def age_on(self, d):
        return d.year - self.dob.year - ((d.month, d.day) < (self.dob.month, self.dob.day))


PEOPLE = [Person(s) for s in NAMES]
OLD = [Person(("Dorothy", "E", "Halvorsen", "F", "en"), old=True),
       Person(("Esperanza", "", "Luján Ortiz", "F", "es"), old=True),
       Person(("Bảy", "Thị", "Võ", "F", "vi"), old=True)]


def pp(lang=None, sex=None):
    pool = [p for p in PEOPLE if (lang is None or p.lang == lang) and (sex is None or p.sex == sex)]
    return R.choice(pool)

_CYC = {}


def cyc(key, n):
    """balanced variant selection: walks the variants of a generator in turn"""
    k = _CYC.get(key, 0)
    _CYC[key] = k + 1
    return k % n


# --------------------------------------------------------------------------- business data

CLINICS = [("SEA-CAP", "RRH Capitol Hill", "1510 Broadway Ste 200, Seattle, WA 98122", "2065550100"),
           ("SEA-LSG", "RRH Little Saigon", "1021 S Jackson St, Seattle, WA 98104", "2065550140"),
           ("TAC-02", "RRH Tacoma Hilltop", "1201 MLK Jr Way, Tacoma, WA 98405", "2535550112"),
           ("YAK-01", "RRH Yakima Valley", "602 W Yakima Ave, Yakima, WA 98902", "5095550120"),
           ("PSC-01", "RRH Pasco", "1824 W Court St, Pasco, WA 99301", "5095550177"),
           ("MOP-01", "RRH Mail Order Pharmacy", "4400 Airport Way S, Seattle, WA 98108", "2065550190")]
STAFF = ["Dr. Helen Achterberg", "Rosa Delgado, ARNP", "Dr. Kwame Mensah", "Linh Tran, MA",
         "Dr. Sofía Ibarra", "Thu Ha Pham (interpreter)", "Jorge Castañeda, RPh", "Meredith Cho, CNM"]
STAFF_USERS = ["fd_kpatel", "mreyes", "ltran", "qa_jlee", "billing_osantos", "rn_bwu", "admin_dgreen", "cc_hvo"]
NPIS = ["1578612345", "1386745521", "1922034417", "1245398760"]
VISITS = ["IUD_INSERT", "IMPLANT_INSERT", "CONTRACEPTION_CONSULT", "STI_TEST", "MAB_TELEHEALTH",
          "PAP_HPV", "VASECTOMY_CONSULT", "PREGNANCY_TEST", "DEPO_INJECTION", "PrEP_FOLLOWUP", "ANNUAL_EXAM"]
PODS = ["booking-api-7f6d9c8b5-2xk9p", "booking-api-7f6d9c8b5-qq4lm", "portal-api-6c9f7d8b4-x2kqp",
        "slot-engine-5b7c9d-7tt2r", "notify-worker-84c6f-zz81a", "shipping-svc-66d8b9-kp3wd"]
TRACE = lambda: hexid(32)
SPAN = lambda: hexid(16)


def clinic():
    return R.choice(CLINICS[:5])


def appt_id():
    return "APT-" + alnum(6)


def b64img(n=150):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    body = bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(head + body).decode()

# =========================================================================== NOISE generators

def n_logrus():
    t = CK.tick()
    c = clinic()
    v = R.randrange(6)
    base = [f'time="{iso(t)}"']
    if v == 0:
        return [L("logrus", base, " level=info", lf("msg", "slot cache refreshed"), lf("clinic", c[0]),
                  lf("slots", R.randint(8, 64)), lf("took", f"{R.uniform(2, 40):.1f}ms"))]
    if v == 1:
        return [L("logrus", base, " level=warning", lf("msg", "calendar sync lag"), lf("provider_cal", "gcal"),
                  lf("clinic", c[0]), lf("lag_seconds", R.randint(61, 300)))]
    if v == 2:
        return [L("logrus", base, " level=error", lf("msg", "failed to acquire slot lock"),
                  lf("err", "redis: connection pool timeout"), lf("appt_id", appt_id()), lf("retry", R.randint(1, 3)))]
    if v == 3:
        return [L("logrus", base, " level=info", lf("msg", "http request"), lf("method", "GET"), lf("path", "/healthz"),
                  lf("status", 200), lf("dur", f"{R.uniform(0.1, 2):.2f}ms"), lf("remote", f"10.42.{R.randint(0, 9)}.{R.randint(2, 250)}:{R.randint(30000, 60000)}"))]
    if v == 4:
        return [L("logrus", base, " level=info", lf("msg", "reminder batch enqueued"), lf("job", "remind-48h"),
                  lf("count", R.randint(40, 300)), lf("skipped_dnc", R.randint(0, 12)), lf("build", "booking-api@v2.14.3+g" + hexid(7)))]
    return [L("logrus", base, " level=debug", lf("msg", "provider template loaded"), lf("provider_npi", R.choice(NPIS)),
              lf("template", R.choice(VISITS)), lf("duration_min", R.choice([15, 20, 30, 45, 60])))]


def n_zap():
    t = CK.tick()
    v = R.randrange(4)
    if v == 0:
        o = O(("level", "info"), ("ts", round(epoch(t), 4)), ("caller", "slots/engine.go:212"),
              ("msg", "recomputed availability"), ("clinic_id", clinic()[0]), ("provider_count", R.randint(1, 5)),
              ("open_slots", R.randint(0, 40)), ("duration", f"{R.uniform(3, 30):.3f}ms"))
    elif v == 1:
        o = O(("level", "debug"), ("ts", round(epoch(t), 4)), ("caller", "grpc/server.go:88"),
              ("msg", "finished unary call"), ("grpc.method", "/booking.v1.Booking/ListSlots"), ("grpc.code", "OK"),
              ("grpc.time_ms", round(R.uniform(0.5, 20), 3)), ("trace_id", TRACE()), ("span_id", SPAN()))
    elif v == 2:
        o = O(("level", "warn"), ("ts", round(epoch(t), 4)), ("caller", "holds/reaper.go:54"),
              ("msg", "slot hold expired"), ("hold_id", "hold_" + alnum(10).lower()), ("clinic_id", clinic()[0]),
              ("held_for", f"{R.randint(5, 15)}m0s"))
    else:
        o = O(("level", "info"), ("ts", round(epoch(t), 4)), ("caller", "cmd/slot-engine/main.go:71"),
              ("msg", "config loaded"), ("env", "prod"), ("version", "1.9.2"), ("commit", hexid(12)),
              ("grpc_port", 9090), ("metrics_port", 9102))
    return [L("zap", jp(o))]


def n_nest():
    t = CK.tick()
    pid = R.choice([4127, 4131])
    v = R.randrange(5)
    pre = f"[Nest] {pid}  - {nest(t)}     "
    if v == 0:
        return [L("nestjs", pre, "LOG [RoutesResolver] AppointmentsController {/api/v2/appointments}: +", str(R.randint(1, 9)), "ms")]
    if v == 1:
        return [L("nestjs", pre, f"WARN [ReminderScheduler] Queue depth {R.randint(401, 900)} exceeds threshold 400 +{R.randint(1, 200)}ms")]
    if v == 2:
        return [L("nestjs", pre, "ERROR [PrismaService] PrismaClientKnownRequestError: Unique constraint failed on the fields: (`slot_id`) code=P2002 +", str(R.randint(1, 50)), "ms")]
    if v == 3:
        return [L("nestjs", pre, f"LOG [AppointmentsService] Released {R.randint(2, 30)} unconfirmed holds for clinic {clinic()[0]} +{R.randint(1, 90)}ms")]
    return [L("nestjs", pre, f"DEBUG [TranslationService] Loaded locale bundles en, es, vi (312 keys, checksum {hexid(8)}) +{R.randint(1, 9)}ms")]


def n_pino():
    t = CK.tick()
    v = R.randrange(3)
    if v == 0:
        o = O(("level", 30), ("time", ms(t)), ("pid", 22), ("hostname", PODS[2]), ("reqId", f"req-{R.randint(1, 9999):x}"),
              ("req", O(("method", "GET"), ("url", "/api/v2/health"), ("remoteAddress", f"10.42.3.{R.randint(2, 250)}"))),
              ("res", O(("statusCode", 200))), ("responseTime", round(R.uniform(0.3, 3), 2)), ("msg", "request completed"))
    elif v == 1:
        o = O(("level", 50), ("time", ms(t)), ("pid", 22), ("hostname", PODS[2]),
              ("err", O(("type", "FetchError"), ("message", "request to https://api.easypost.com/v2/trackers failed, reason: socket hang up"),
                        ("code", "ECONNRESET"))), ("msg", "tracker poll failed"), ("attempt", R.randint(1, 4)))
    else:
        o = O(("level", 30), ("time", ms(t)), ("pid", 22), ("hostname", PODS[2]), ("msg", "feature flags synced"),
              ("flags", O(("portal.aliasNames", True), ("sms.vi", True), ("video.v2", False))), ("etag", 'W/"' + hexid(10) + '"'))
    return [L("pino", jp(o))]


def n_django():
    t = CK.tick()
    v = R.randrange(5)
    if v == 0:
        return [L("django_log", f"[{dj(t)}] WARNING django.security.csrf: Forbidden (CSRF token missing.): /portal/messages/send")]
    if v == 1:
        return [L("django_log", f'[{dj(t)}] INFO django.server: "GET /static/portal/app.{hexid(6)}.js HTTP/1.1" 200 {R.randint(20000, 90000)}')]
    if v == 2:
        return [L("django_log", f"[{dj(t)}] ERROR django.request: Internal Server Error: /portal/appointments/ (OperationalError: could not connect to server: Connection refused; host \"pg-primary.rrh.internal\" port 5432)")]
    if v == 3:
        return [L("django_log", f"[{dj(t)}] INFO portal.tasks: purge_expired_sessions removed {R.randint(10, 400)} sessions in {R.uniform(0.1, 2):.2f}s")]
    return [L("django_log", f"[{dj(t)}] INFO portal.i18n: user language fallback vi -> en for template portal/emails/lab_ready.txt (missing key 'lab_ready.footer')")]


def n_nginx():
    t = CK.tick()
    v = R.randrange(3)
    if v == 0:
        return [L("nginx", f'10.42.0.1 - - [{clf(t)}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.001')]
    if v == 1:
        return [L("nginx", f'10.42.1.{R.randint(2, 60)} - - [{clf(t)}] "GET /static/css/portal.{hexid(8)}.css HTTP/2.0" 304 0 "https://portal.riverbendhealth.org/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36" rt=0.002')]
    return [L("nginx", f'{clf(t)} [error] 31#31: *{R.randint(10000, 99999)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.42.0.1, server: portal.riverbendhealth.org, request: "GET /api/v2/slots?clinic={clinic()[0]} HTTP/1.1", upstream: "http://10.96.12.4:8080/api/v2/slots"')]


def n_k8s():
    t = CK.tick()
    lvl = R.choice("IWE")
    msgs = [f'reflector.go:138] k8s.io/client-go/informers/factory.go:150: Watch close - *v1.ConfigMap total {R.randint(5, 30)} items received',
            f'leaderelection.go:258] successfully acquired lease rrh-prod/notify-worker-leader',
            f'event.go:294] "Event occurred" object="rrh-prod/{R.choice(PODS)}" kind="Pod" reason="Unhealthy" message="Readiness probe failed: HTTP probe failed with statuscode: 503"',
            f'controller.go:114] "Successfully synced" key="rrh-prod/slot-engine" duration="{R.randint(2, 90)}ms"']
    return [L("klog", f"{lvl}{t.strftime('%m%d %H:%M:%S')}.{t.microsecond:06d}       1 {R.choice(msgs)}")]


def n_pg():
    t = CK.tick()
    v = R.randrange(3)
    pre = f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond // 1000:03d} PDT [{R.randint(1000, 40000)}] "
    if v == 0:
        b = R.randint(100, 3000)
        return [L("postgres", pre, f"LOG:  checkpoint complete: wrote {b} buffers ({b / 163.84:.1f}%); 0 WAL file(s) added, 0 removed, {R.randint(0, 3)} recycled; write={R.uniform(1, 30):.3f} s, sync=0.00{R.randint(1, 9)} s, total={R.uniform(1, 30):.3f} s")]
    if v == 1:
        return [L("postgres", pre, f"LOG:  duration: {R.uniform(500, 4000):.3f} ms  statement: SELECT count(*) FROM appointments_appointment WHERE clinic_id = $1 AND start_at >= $2")]
    return [L("postgres", pre, "LOG:  automatic vacuum of table \"rrh.public.auditlog_logentry\": index scans: 1")]


def n_celery():
    t = CK.tick()
    v = R.randrange(3)
    w = f"[{dj(t)}: INFO/ForkPoolWorker-{R.randint(1, 8)}] "
    if v == 0:
        return [L("celery", w, f"Task reminders.send_batch[{uuid4()}] succeeded in {R.uniform(0.5, 9):.2f}s: {{'sent': {R.randint(20, 300)}, 'skipped_dnc': {R.randint(0, 15)}, 'failed': {R.randint(0, 3)}}}")]
    if v == 1:
        return [L("celery", f"[{dj(t)}: INFO/MainProcess] ", f"Task labs.poll_results[{uuid4()}] received")]
    return [L("celery", f"[{dj(t)}: WARNING/ForkPoolWorker-{R.randint(1, 8)}] ", "reporting.build_itop_batch: DOH SFT endpoint returned 503, retry 2/5 in 120s")]


def n_twilio_status():
    t = CK.tick()
    c = clinic()
    st = R.choice(["queued", "sent", "delivered", "delivered", "undelivered"])
    err = "30006" if st == "undelivered" else ""
    return [L("twilio", f"{iso(t)} notify-worker twilio.status_callback ",
              f"MessageSid=SM{hexid(32)} MessageStatus={st} ErrorCode={err} From=%2B1{c[3]} ApiVersion=2010-04-01 AccountSid=AC{hexid(32)}")]


def n_easypost():
    t = CK.tick()
    st = R.choice(["pre_transit", "in_transit", "out_for_delivery", "in_transit"])
    est = (t + timedelta(days=R.randint(1, 3))).date()
    o = O(("id", "evt_" + hexid(32)), ("object", "Event"), ("description", "tracker.updated"), ("mode", "production"),
          ("result", O(("id", "trk_" + hexid(32)), ("object", "Tracker"), ("tracking_code", "9400" + "".join(R.choice("0123456789") for _ in range(18))),
                       ("status", st), ("carrier", "USPS"), ("est_delivery_date", f"{est}T00:00:00Z"),
                       ("tracking_details", [O(("message", R.choice(["Arrived at USPS Regional Facility", "Departed Post Office", "Out for Delivery", "Shipping Label Created"])),
                                               ("datetime", zts(t)[:19] + "Z"),
                                               ("tracking_location", O(("city", R.choice(["SEATTLE", "KENT", "SPOKANE", "PASCO"])), ("state", "WA"))))]))))
    return [L("easypost_json", f"{zts(t)} shipping-svc webhook ", jp(o))]


def n_pharm():
    t = CK.tick()
    v = R.randrange(4)
    pre = t.strftime("%Y-%m-%d %H:%M:%S")
    if v == 0:
        return [L("pharmacy_pipe", f"{pre}|INVENTORY|store=RRH-MOP-01|ndc=43393-0001-01|drug=MIFEPRISTONE TAB 200MG|lot=M{R.randint(20000, 29999)}|exp=2026-{R.randint(1, 12):02d}|on_hand={R.randint(80, 400)}")]
    if v == 1:
        return [L("pharmacy_pipe", f"{pre}|REMS|store=RRH-MOP-01|prescriber_npi={R.choice(NPIS)}|cert=ACTIVE|pharmacy_cert=MIFE-PH-{R.randint(1000, 9999)}|check=OK")]
    if v == 2:
        return [L("pharmacy_pipe", f"{pre}|TEMPLOG|store=RRH-MOP-01|unit=AMB-2|temp_c={R.uniform(19, 24):.1f}|rh={R.randint(30, 55)}|alarm=N")]
    return [L("pharmacy_pipe", f"{pre}|BATCH|store=RRH-MOP-01|manifest=USPS-{t.strftime('%Y%m%d')}-{R.randint(1, 4)}|pkgs={R.randint(10, 70)}|pickup=15:30|rph=J.CASTANEDA")]


def n_state_submit():
    t = CK.tick()
    v = R.randrange(3)
    if v == 0:
        return [L("reporting_svc", f"{iso(t)} reporting-svc INFO batch ITOP-2025Q1-{R.randint(1, 30):04d} submitted to DOH SFT: {R.randint(5, 60)} records, ack=ACCEPTED, sha256={hexid(16)}")]
    if v == 1:
        return [L("reporting_svc", f"{iso(t)} reporting-svc INFO WDRS ELR feed: {R.randint(3, 40)} messages queued, {R.randint(0, 2)} rejected (schema 2.5.1 ELR IG R1)")]
    return [L("state_xml", '<?xml version="1.0" encoding="UTF-8"?><ITOPBatchHeader xmlns="urn:wa:doh:chs:itop:2024"><FacilityID>WA-F-0192</FacilityID><ReportingPeriod>2025-Q1</ReportingPeriod><RecordCount>',
              str(R.randint(10, 90)), '</RecordCount><Preparer>RRH Quality Dept</Preparer><PreparerPhone>206-555-0108</PreparerPhone></ITOPBatchHeader>')]


PROTEST_VEH = ["white Dodge Ram", "grey Ford F-150", "maroon Chevy Express van", "black Jeep Wrangler", "beige RV"]


def n_escort():
    t = CK.tick()
    c = clinic()
    v = R.randrange(4)
    if v == 0:
        return [L("escort_log", f"INC-{t.strftime('%Y%m%d')}-{R.randint(1, 40):02d} | {c[1]} | {t.strftime('%H:%M')} | lead: Pat Oyelaran | {R.randint(2, 12)} protesters at curb w/ signs + amplified sound; {R.choice(PROTEST_VEH)} WA plate {wa_plate()} parked across from entrance again (same as last Tues). No contact w/ pts.")]
    if v == 1:
        return [L("escort_log", f"SEC shift log {c[0]} {t.strftime('%m/%d %H:%M')}: gate camera 3 offline 06:10-06:40, rebooted, OK. Guard D. Hollis on post. Buffer zone signage intact.")]
    if v == 2:
        return [L("escort_log", f'{iso(t)},{c[1]},Escort,"Protester filming arriving cars; protester vehicles: {R.choice(PROTEST_VEH)} WA {wa_plate()}, OR {alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ")}{R.randint(100, 999)}",0,"TPD notified, case 25-{R.randint(10000, 99999)}"')]
    return [L("escort_log", f"INC-{t.strftime('%Y%m%d')}-{R.randint(1, 40):02d} | {c[1]} | {t.strftime('%H:%M')} | lead: Marisol Ortega (volunteer) | quiet morning, 1 protester w/ rosary, no amplification. {R.randint(3, 9)} escorts on shift.")]


def n_titlex():
    t = CK.tick()
    v = R.randrange(3)
    if v == 0:
        return [L("titlex_fee", f"{iso(t)} titlex.report INFO FPAR table {R.randint(1, 14)} regenerated rows={R.randint(4, 40)} took={R.uniform(0.2, 4):.1f}s grant=FPHPA00{R.randint(1000, 9999)}")]
    if v == 1:
        return [L("titlex_fee", f"{iso(t)} titlex.fpl INFO poverty guidelines loaded year=2025 base=15650 per_person=5500 tiers=A:<=100,B:<=150,C:<=200,D:<=250")]
    return [L("x12_837", f"ISA*00*          *00*          *ZZ*RRH00192       *ZZ*WAHCA          *{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{R.randint(100000000, 999999999)}*0*P*:~")]


def n_cc_stats():
    t = CK.tick()
    q = R.choice(["es_line", "vi_line", "main", "pharmacy"])
    return [L("callcenter", f"{t.strftime('%Y-%m-%d %H:%M')} [CC-STATS] queue={q} waiting={R.randint(0, 9)} longest_wait=0{R.randint(0, 5)}:{R.randint(10, 59)} agents_ready={R.randint(0, 6)} abandon_rate={R.uniform(0, 12):.1f}%")]


def n_hl7_ack():
    t = CK.tick()
    cid = f"MSG{R.randint(10000000, 99999999)}"
    return [L("hl7", f"MSH|^~\\&|RRH_EHR|RRH|CEPHEID_LIS|NW_REGIONAL_LAB|{hl7ts(t)}||ACK^R01^ACK|ACK{R.randint(100000, 999999)}|P|2.5.1"),
            L("hl7", f"MSA|AA|{cid}|Message accepted")]


def n_syslog():
    t = CK.tick()
    v = R.randrange(3)
    host = R.choice(["rrh-fw01", "rrh-vpn02", "sea-cap-nas"])
    if v == 0:
        return [L("syslog", f"{t.strftime('%b %d %H:%M:%S')} {host} CRON[{R.randint(1000, 9999)}]: (backup) CMD (/opt/rrh/bin/pg_basebackup.sh --target s3://rrh-backups/prod)")]
    if v == 1:
        return [L("syslog", f"{t.strftime('%b %d %H:%M:%S')} {host} haproxy[{R.randint(100, 999)}]: backend portal_api has {R.randint(2, 4)} servers available; server portal_api/pod3 is UP, reason: Layer7 check passed, code: 200, check duration: {R.randint(1, 9)}ms")]
    return [L("syslog", f"{t.strftime('%b %d %H:%M:%S')} {host} sshd[{R.randint(1000, 9999)}]: Accepted publickey for deploy from 10.20.0.{R.randint(2, 30)} port {R.randint(30000, 65000)} ssh2: ED25519 SHA256:{base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode()[:43]}")]


def n_structlog():
    t = CK.tick()
    v = R.randrange(2)
    if v == 0:
        return [L("structlog", f"{zts(t)} [info     ] shipping.manifest_closed        carrier=USPS manifest_id=mf_{hexid(12)} packages={R.randint(8, 60)} discreet_packaging=true")]
    return [L("structlog", f"{zts(t)} [warning  ] shipping.address_verify_slow    provider=easypost p95_ms={R.randint(800, 3000)} window=5m")]


def n_idv():
    t = CK.tick()
    o = O(("ts", isoms(t)), ("svc", "telehealth-idv"), ("event", "vendor.health"), ("vendor", "persona"),
          ("status", R.choice(["ok", "ok", "degraded"])), ("p50_ms", R.randint(200, 900)), ("templates", ["itmpl_" + alnum(16).lower()]))
    return [L("idv_json", jp(o, ea=True, sp=True))]


def n_audit():
    t = CK.tick()
    v = R.randrange(3)
    u = R.choice(STAFF_USERS)
    if v == 0:
        return [L("django_audit", f"{dj(t)} INFO admin.auth: login success user={u} ip=10.20.3.{R.randint(2, 90)} mfa=totp")]
    if v == 1:
        return [L("django_audit", f'{dj(t)} INFO admin.logentry: id={R.randint(900000, 999999)} action_flag=2 content_type=scheduling.providertemplate object_repr="{R.choice(STAFF)} - {R.choice(VISITS)}" user={u} change_message=[{{"changed": {{"fields": ["Duration", "Buffer minutes"]}}}}]')]
    return [L("django_audit", f"{dj(t)} INFO auditlog: action=update content_type=clinics.clinic object_pk={R.randint(1, 9)} actor={u} changes={{\"hours_sat\": [\"closed\", \"09:00-13:00\"]}}")]


def n_directory():
    t = CK.tick()
    c = clinic()
    v = R.randrange(4)
    if v == 0:
        return [L("nestjs", f"[Nest] 4127  - {nest(t)}     LOG [ClinicDirectoryService] Synced {c[1]} ({c[0]}): {c[2]}, tel {fphone(c[3], 0)}, fax {fphone(c[3][:6] + str(int(c[3][6:]) + 9).zfill(4), 1)} +{R.randint(2, 40)}ms")]
    if v == 1:
        st = R.choice(STAFF[:5] + STAFF[7:])
        return [L("logrus", f'time="{iso(t)}" level=info', lf("msg", "provider added to schedule"), lf("provider", st), lf("npi", R.choice(NPIS)),
                  lf("clinic", c[0]), lf("effective", "2025-04-01"))]
    if v == 2:
        return [L("django_log", f"[{dj(t)}] INFO portal.mail: sent digest 'Daily DNC report' from no-reply@riverbendhealth.org to ops-oncall@riverbendhealth.org, billing@riverbendhealth.org (2 recipients, 0 PHI fields)")]
    return [L("escort_log", f"ROSTER {t.strftime('%Y-%m-%d')} {c[0]}: escort lead {R.choice(['Pat Oyelaran', 'Bea Lindgren', 'Marisol Ortega'])} (cell 206-555-01{R.randint(10, 99)}), security {R.choice(['Dwayne Hollis', 'Trung Le'])}, shift 07:00-12:00, radio ch 4")]


NOISE = [(n_directory, 3), (n_logrus, 5), (n_zap, 4), (n_nest, 4), (n_pino, 3), (n_django, 4), (n_nginx, 3), (n_k8s, 3),
         (n_pg, 2), (n_celery, 3), (n_twilio_status, 3), (n_easypost, 3), (n_pharm, 3), (n_state_submit, 2),
         (n_escort, 3), (n_titlex, 2), (n_cc_stats, 2), (n_hl7_ack, 2), (n_syslog, 2), (n_structlog, 2),
         (n_idv, 1), (n_audit, 3)]

# =========================================================================== PHI generators

def p_logrus():
    t = CK.tick()
    p = pp()
    c = clinic()
    a = appt_dt()
    v = cyc("p_logrus", 5)
    base = [f'time="{iso(t)}"']
    if v == 0:
        return [L("logrus", base, " level=info", lf("msg", "appointment booked"), lf("appt_id", appt_id()), lf("clinic", c[0]),
                  lf("patient_id", p.mrn, "mrn"), lf("visit_type", R.choice(VISITS)), lf("slot", iso(a), "date", True),
                  lf("lang", p.lang), lf("channel", R.choice(["web", "phone", "sms"])))]
    if v == 1:
        a2 = appt_dt()
        return [L("logrus", base, " level=info", lf("msg", "reschedule requested"), lf("patient_id", p.mrn, "mrn"),
                  lf("old_slot", a.strftime("%Y-%m-%d %H:%M"), "date"), lf("new_slot", a2.strftime("%Y-%m-%d %H:%M"), "date"),
                  lf("reason", R.choice(["childcare", "work shift", "no ride", "sin transporte"])))]
    if v == 2:
        q = pp()
        return [L("logrus", base, " level=warning", lf("msg", "duplicate patient match"), " candidate_mrns=\"", (p.mrn, "mrn"), ",", (q.mrn, "mrn"), '"',
                  lf("name", p.lastfirst(), "name"), lf("dob", fdate(p.dob, "iso"), "date"), lf("score", f"0.{R.randint(80, 97)}"))]
    if v == 3:
        d = past_d()
        return [L("logrus", base, " level=info", lf("msg", "no-show recorded"), lf("patient_id", p.mrn, "mrn"),
                  lf("appt_date", fdate(d, "iso"), "date"), lf("clinic", c[0]), lf("outreach", "suppressed_dnc" if R.random() < 0.5 else "sms_queued"))]
    return [L("logrus", base, " level=error", lf("msg", "eligibility check failed"), lf("patient_id", p.mrn, "mrn"),
              lf("payer", "WA_APPLE_HEALTH"), lf("provider_one_id", p.medicaid, "health_plan"),
              lf("err", "271 AAA*N**72*C: Invalid/Missing Subscriber/Insured ID"))]


def p_zap():
    t = CK.tick()
    p = pp()
    a = appt_dt()
    v = cyc("p_zap", 3)
    if v == 0:
        o = O(("level", "info"), ("ts", round(epoch(t), 4)), ("caller", "booking/convert.go:143"), ("msg", "hold converted to booking"),
              ("appointment", O(("id", appt_id()), ("start", (iso(a), "date")), ("service", R.choice(VISITS)), ("clinic", clinic()[0]))),
              ("patient", O(("mrn", (p.mrn, "mrn")), ("dob", (fdate(p.dob, "iso"), "date")), ("phone", (p.phone_f(3), "phone")))),
              ("trace_id", TRACE()))
    elif v == 1:
        bad = p.phone_f(3)[:-1]
        o = O(("level", "error"), ("ts", round(epoch(t), 4)), ("caller", "notify/twilio.go:77"), ("msg", "sms reminder failed"),
              ("error", "twilio: 21211 The 'To' number " + bad + " is not a valid phone number."),
              ("to", (bad, "phone")), ("appointment_id", appt_id()), ("attempt", 1))
        # error string also contains the number
        ln = L("zap", jp(o))
        # relabel the number inside the error string too
        s = ln.buf.decode()
        i = s.index("number " + bad) + len("number ")
        st = len(s[:i].encode())
        ln.spans.insert(0, (st, st + len(bad.encode()), "phone", bad.encode()))
        return [ln]
    p = pp(sex="F")
    o = O(("level", "info"), ("ts", round(epoch(t), 4)), ("caller", "intake/service.go:201"), ("msg", "intake received"),
          ("patient", O(("first_name", (p.western().split(" ")[0], "name")), ("last_name", (fold(p.family) if p.vn else p.family, "name")),
                        ("preferred_name", (p.alias_first, "name")), ("pronouns", R.choice(["she/her", "they/them", ""])),
                        ("zip", (p.zip, "zip")))),
          ("lmp", (fdate(past_d(30, 60), "iso"), "date")), ("visit_type", "MAB_TELEHEALTH"))
    return [L("zap", jp(o))]


def p_nest():
    t = CK.tick()
    p = pp()
    a = appt_dt()
    c = clinic()
    pre = f"[Nest] {R.choice([4127, 4131])}  - {nest(t)}     "
    v = cyc("p_nest", 5)
    if v == 4:
        bad = p.ssn.replace("-", "") if R.random() < 0.5 else p.ssn.replace("-", " ")
        return [L("nestjs", pre, "WARN [RegistrationDto] ValidationError: patient.ssn must match /^\\d{3}-\\d{2}-\\d{4}$/ (received '", (bad, "ssn"),
                  "') for patient ", (p.mrn, "mrn"), f"; field is optional for Title X visits, dropping value +{R.randint(1, 9)}ms")]
    if v == 0:
        return [L("nestjs", pre, f"LOG [AppointmentsService] Created appointment {R.randint(80000, 99999)} for ", (p.full(), "name"),
                  " (DOB ", (fdate(p.dob, R.choice(["iso", "us"])), "date"), f") at {c[1]} on ", (fdate(a.date(), "us_nopad"), "date"),
                  f" {ampm(a)} +{R.randint(2, 60)}ms")]
    if v == 1:
        o = O(("firstName", (p.western().split(" ")[0], "name")), ("lastName", (fold(p.family) if p.vn else p.family, "name")),
              ("dateOfBirth", (fdate(p.dob, "iso"), "date")), ("mobile", (p.phone_f(1), "phone")),
              ("okToLeaveVoicemail", False), ("preferredLanguage", p.lang), ("email", (p.email, "email")))
        return [L("nestjs", pre, "DEBUG [IntakeService] intake payload ", jp(o), f" +{R.randint(1, 9)}ms")]
    if v == 2:
        old = R.choice(OLD)
        return [L("nestjs", pre, f"WARN [EligibilityGuard] PAP_HPV booking for patient ", (old.mrn, "mrn"), " age ",
                  (str(old.age_on(TODAY)), "age"), f" outside screening guideline (21-65); routed to clinician review +{R.randint(1, 9)}ms")]
    return [L("nestjs", pre, "ERROR [ReminderService] Failed to send reminder to ", (p.email, "email"),
              f": 550 5.1.1 mailbox unavailable (appointment {R.randint(80000, 99999)}) +{R.randint(1, 90)}ms")]


def p_pino():
    t = CK.tick()
    p = pp()
    v = cyc("p_pino", 4)
    if v == 0:
        o = O(("level", 40), ("time", ms(t)), ("pid", 22), ("hostname", PODS[2]), ("msg", "login throttled"),
              ("username", (p.username, "other_id")), ("ip", (p.ip, "ip")), ("attempts", R.randint(5, 9)))
    elif v == 1:
        o = O(("level", 30), ("time", ms(t)), ("pid", 22), ("hostname", PODS[2]), ("msg", "contact preferences updated"),
              ("userId", "u_" + alnum(10).lower()), ("patientMrn", (p.mrn, "mrn")),
              ("prefs", O(("doNotCallHome", True), ("voicemailOk", False), ("mailOk", False),
                          ("safeContact", O(("type", "sms"), ("value", (fphone(p.phone2, 0), "phone")))))),
              ("alias", (p.alias_full, "name")))
    elif v == 2:
        o = O(("level", 30), ("time", ms(t)), ("pid", 22), ("hostname", PODS[2]), ("reqId", f"req-{R.randint(1, 9999):x}"),
              ("req", O(("method", "GET"), ("url", f"/api/v2/patients/{p.mrn}/results?since=2025-01-01"), ("remoteAddress", p.ip))),
              ("res", O(("statusCode", 200))), ("responseTime", round(R.uniform(10, 300), 1)), ("msg", "request completed"))
        ln = L("pino", jp(o))
        s = ln.buf.decode()
        for val, cat, ctx in ((p.mrn, "mrn", "/patients/"), (p.ip, "ip", '"remoteAddress":"')):
            i = s.index(ctx + val) + len(ctx)
            st = len(s[:i].encode())
            ln.spans.append((st, st + len(val.encode()), cat, val.encode()))
        ln.spans.sort()
        return [ln]
    else:
        o = O(("level", 30), ("time", ms(t)), ("pid", 22), ("hostname", PODS[2]), ("msg", "mobile device registered"),
              ("patientMrn", (p.mrn, "mrn")), ("deviceId", (p.device, "device")), ("platform", R.choice(["ios", "android"])),
              ("appVersion", "3.8.1 (412)"), ("pushToken", "redacted"))
    return [L("pino", jp(o))]


LABS = [("43304-5", "Chlamydia trachomatis rRNA [Presence] in Specimen by NAA with probe detection"),
        ("43305-2", "Neisseria gonorrhoeae rRNA [Presence] in Specimen by NAA with probe detection"),
        ("56888-1", "HIV 1+2 Ab+HIV1 p24 Ag [Presence] in Serum or Plasma by Immunoassay"),
        ("20507-0", "Reagin Ab [Presence] in Serum by RPR"),
        ("2106-3", "Choriogonadotropin (pregnancy test) [Presence] in Urine"),
        ("60256-5", "Trichomonas vaginalis rRNA [Presence] in Urine by NAA with probe detection")]
NAA = [("260415000", "Not detected"), ("260415000", "Not detected"), ("260415000", "Not detected"), ("260373001", "Detected")]
SERO = [("131194007", "Non-reactive"), ("131194007", "Non-reactive"), ("11214006", "Reactive")]
HCG = [("260385009", "Negative"), ("10828004", "Positive")]


def result_for(code):
    if code == "2106-3":
        return R.choice(HCG)
    if code in ("56888-1", "20507-0"):
        return R.choice(SERO)
    return R.choice(NAA)


def tests_for(p, k):
    pool = [x for x in LABS if not (p.sex == "M" and x[0] == "2106-3")]
    return R.sample(pool, k)


def p_hl7_msg():
    t = CK.tick()
    p = pp()
    q = p
    coll = datetime.combine(past_d(1, 4), datetime.min.time(), PDT) + timedelta(hours=R.randint(8, 17), minutes=R.randint(0, 59))
    out = []
    cid = f"MSG{R.randint(10000000, 99999999)}"
    out.append(L("hl7", f"MSH|^~\\&|CEPHEID_LIS|NW_REGIONAL_LAB|RRH_EHR|RRH|{hl7ts(t)}||ORU^R01^ORU_R01|{cid}|P|2.5.1|||AL|NE"))
    last, first, mid = fold(p.family).upper(), fold(p.given).upper(), fold(p.middle).upper()
    ids = [(p.mrn, "mrn"), "^^^RRH^MR"]
    if R.random() < 0.5:
        ids += ["~", (p.medicaid, "health_plan"), "^^^WAHCA^MA"]
    out.append(L("hl7", "PID|1||", ids, "||", (last, "name"), "^", (first, "name"), "^", (mid, "name") if mid else "", "^^^^L|",
                 (p.mother, "name"), "|", (fdate(p.dob, "compact"), "date"), f"|{p.sex}|||",
                 (p.street, "address"), "^^", (p.city, "address"), "^WA^", (p.zip, "zip"), "^USA||",
                 "^PRN^PH^^1^", (p.phone[:3], "phone"), "^", (p.phone[3:], "phone"), "|||||", (p.acct, "account")))
    npi = R.choice(NPIS)
    out.append(L("hl7", f"PV1|1|O|{clinic()[0]}^^^RRH||||{npi}^ACHTERBERG^HELEN^^^MD|||||||||||", (f"V{coll.strftime('%Y%m%d')}{R.randint(100, 999):05d}", "other_id")))
    ordn, acc = f"ORD{R.randint(10000, 99999)}", f"ACC{coll.strftime('%y%m%d')}{R.randint(1000, 9999)}"
    out.append(L("hl7", f"ORC|RE|{ordn}|{acc}||CM"))
    out.append(L("hl7", f"OBR|1|{ordn}|{acc}|91431-4^CT+NG+TV panel^LN|||", (hl7ts(coll), "date"), f"|||||||||{npi}^ACHTERBERG^HELEN"))
    tests = tests_for(p, R.randint(2, 4))
    for i, (code, name) in enumerate(tests, 1):
        rc, rn = result_for(code)
        flag = "A" if rn in ("Detected", "Reactive") else "N"
        ref = {"2106-3": "Negative", "56888-1": "Non-reactive", "20507-0": "Non-reactive"}.get(code, "Not detected")
        out.append(L("hl7", f"OBX|{i}|CWE|{code}^{name}^LN||{rc}^{rn}^SCT||{ref}|{flag}|||F"))
    if R.random() < 0.5:
        out.append(L("hl7", R.choice(["NTE|1||Specimen: vaginal swab, self-collected.",
                                      "NTE|1||Patient notified via portal; EPT offered for partner.",
                                      "NTE|1||Result verified by M. Cho CNM; no callback to home phone per patient preference."])))
    return out


def p_hl7_oneline():
    t = CK.tick()
    p = pp()
    coll = past_d(1, 3)
    cid = f"MSG{R.randint(10000000, 99999999)}"
    code, name = LABS[4] if (R.random() < 0.5 and p.sex == "F") else LABS[2]
    return [L("mirth", f"{t.strftime('%Y-%m-%d %H:%M:%S')},{R.randint(100, 999)} INFO  [Channel: LabResults-Inbound] d.m.s.c.MessageProcessor: processed message: ",
              f"MSH|^~\\&|QUIDEL_POC|{clinic()[0]}|RRH_EHR|RRH|{hl7ts(t)}||ORU^R01|{cid}|P|2.5.1\\rPID|1||", (p.mrn, "mrn"), "^^^RRH^MR||",
              (fold(p.family).upper(), "name"), "^", (fold(p.given).upper(), "name"), "||", (fdate(p.dob, "compact"), "date"),
              f"|{p.sex}\\rOBR|1||POC{R.randint(10000, 99999)}|{code}^{name}^LN|||", (coll.strftime("%Y%m%d") + f"{R.randint(8, 16):02d}{R.randint(0, 59):02d}", "date"),
              f"\\rOBX|1|CWE|{code}^{name}^LN||{'^'.join(result_for(code))}^SCT||||||F")]


def p_csv_lab():
    t = CK.tick()
    out = [L("csv_lab", "accession_no,patient_mrn,patient_name,dob,collection_dt,test_code,test_name,result,abn_flag,performing_lab")]
    for _ in range(R.randint(2, 4)):
        p = pp()
        coll = past_d(1, 5)
        code, name = tests_for(p, 1)[0]
        rc, rn = result_for(code)
        nm = p.lastfirst(upper=R.random() < 0.5)
        out.append(L("csv_lab", f"ACC{coll.strftime('%y%m%d')}{R.randint(1000, 9999)},", (p.mrn, "mrn"), ',"', (nm, "name"), '",',
                     (fdate(p.dob, "us"), "date"), ",", (coll.strftime("%m/%d/%Y") + f" {R.randint(8, 17):02d}:{R.randint(0, 59):02d}", "date"),
                     f',{code},"{name.split(" [")[0]}",{rn},{"A" if rn in ("Detected", "Reactive", "Positive") else ""},NW Regional Lab'))
    return out


QUEST = [("RPR", ["Nonreactive", "Nonreactive", "Reactive 1:8"]), ("HSV2-IgG", ["Negative (index 0.42)", "Positive (index 5.10)", "Equivocal (index 0.97)"]),
         ("HCG-QUANT", ["<5 mIU/mL", "1,240 mIU/mL", "18,900 mIU/mL"]), ("HIV-4G", ["Nonreactive"])]


def qtest(p):
    code, vals = R.choice([q for q in QUEST if not (p.sex == "M" and q[0] == "HCG-QUANT")])
    return [code, '";"', R.choice(vals)]


def p_csv_headerless():
    t = CK.tick()
    out = []
    for _ in range(R.randint(1, 3)):
        p = pp()
        coll = past_d(1, 5)
        out.append(L("csv_lab", f'"{R.randint(2500000, 2599999)}";"', (p.lastfirst(upper=True, folded=True), "name"), '";"',
                     (fdate(p.dob, "us"), "date"), '";"', (fdate(coll, "us"), "date"), '";"',
                     *qtest(p),
                     '";"Quest Diagnostics Seattle"'))
    if R.random() < 0.5:
        out.append(L("csv_lab", f"# labsync v3.4.1 import quest_{t.strftime('%Y%m%d')}_{R.randint(1, 9)}.csv rows={len(out)} rejected=0 checksum=md5:{hexid(32)}"))
    return out


def p_pharm():
    t = CK.tick()
    p = pp(sex="F")
    pre = t.strftime("%Y-%m-%d %H:%M:%S")
    v = cyc("p_pharm", 3)
    drug = R.choice([("43393-0001-01", "MIFEPRISTONE TAB 200MG", 1), ("0025-1461-31", "MISOPROSTOL TAB 200MCG", 4)])
    if v == 0:
        return [L("pharmacy_pipe", f"{pre}|DISPENSE|store=RRH-MOP-01|rx=RX2503-{R.randint(1000, 9999):06d}|ndc={drug[0]}|drug={drug[1]}|qty={drug[2]}|rph=J.CASTANEDA|pt=",
                  (p.lastfirst(upper=True), "name"), "|dob=", (fdate(p.dob, "us"), "date"), "|fill_date=", (fdate(t.date(), "us"), "date"),
                  "|ship=USPS PRIORITY|status=VERIFIED")]
    if v == 1:
        return [L("pharmacy_pipe", f"{pre}|ADDRCHK|store=RRH-MOP-01|order=MOP-{R.randint(25000, 25999)}-{R.randint(100, 999)}|ship_to=",
                  (p.street, "address"), ", ", (p.city, "address"), " WA ", (p.zip + ("-" + f"{R.randint(1, 9999):04d}" if R.random() < 0.5 else ""), "zip"),
                  "|result=DELIVERABLE|dpv=Y|rdi=R")]
    return [L("pharmacy_pipe", f"{pre}|COUNSEL|store=RRH-MOP-01|rx=RX2503-{R.randint(1000, 9999):06d}|pt_phone=", (p.phone_f(2), "phone"),
              f"|lang={p.lang}|interp={'Y' if p.lang != 'en' else 'N'}|outcome=COMPLETED|by=J.CASTANEDA|note=pt confirmed safe to receive pkg at ",
              R.choice(["work address", "friend's address", "home", "PO box"]))]


def p_structlog_label():
    t = CK.tick()
    p = pp(sex="F")
    nm = p.western() if R.random() < 0.6 else p.alias_full
    return [L("structlog", f"{zts(t)} [info     ] shipping.label_created         order=MOP-{R.randint(25000, 25999)}-{R.randint(100, 999)} carrier=USPS service=Priority",
              lf("to_name", nm, "name", True), lf("to_street1", p.street, "address", True), lf("to_city", p.city, "address"),
              " to_state=WA", lf("to_zip", p.zip, "zip"), lf("to_phone", p.phone, "phone"),
              ' discreet=true return_name="RB Supply" tracking=9400', "".join(R.choice("0123456789") for _ in range(18)))]


def p_easypost_delivered():
    t = CK.tick()
    p = pp(sex="F")
    sig = R.choice([f"{fold(p.given)[0]} {fold(p.family).upper()}", fold(p.family).upper(), p.western()])
    o = O(("id", "evt_" + hexid(32)), ("object", "Event"), ("description", "tracker.updated"),
          ("result", O(("id", "trk_" + hexid(32)), ("tracking_code", "9400" + "".join(R.choice("0123456789") for _ in range(18))),
                       ("status", "delivered"), ("carrier", "USPS"), ("signed_by", (sig, "name")),
                       ("carrier_detail", O(("destination_location", ((p.city.upper() + " WA " + p.zip), "address")))))))
    ln = L("easypost_json", f"{zts(t)} shipping-svc webhook ", jp(o))
    # split destination into city(address) + zip: rebuild precisely
    ln2 = Line("easypost_json")
    s = ln.buf.decode()
    dest = p.city.upper() + " WA " + p.zip
    i = s.index(dest)
    pre_b = s[:i].encode()
    # copy spans before dest
    ln2.buf += pre_b
    ln2.spans = [sp for sp in ln.spans if sp[1] <= len(pre_b)]
    ln2.p(p.city.upper(), "address")
    ln2.t(" WA ")
    ln2.p(p.zip, "zip")
    ln2.t(s[i + len(dest):])
    return [ln2]


def p_state_xml():
    t = CK.tick()
    p = pp(sex="F")
    v = cyc("p_state_xml", 4)
    age = p.age_on(TODAY)
    lo = max(15, age - age % 5)
    grp = f"{lo}-{lo + 4}" if age >= 20 else "15-19"
    pm = past_d(3, 20)
    head = ['<ITOPRecord xmlns="urn:wa:doh:chs:itop:2024"><FacilityID>WA-F-0192</FacilityID><ReportYear>2025</ReportYear>',
            f"<PatientAgeGroup>{grp}</PatientAgeGroup><CountyOfResidence>", (p.county, "address"),
            "</CountyOfResidence><StateOfResidence>WA</StateOfResidence>",
            f"<PriorPregnancies>{R.randint(0, 4)}</PriorPregnancies><GestationWeeks>{R.randint(5, 10)}</GestationWeeks>",
            "<Procedure>MEDICATION_MIFE_MISO</Procedure><ProcedureMonth>", (f"{pm.month:02d}/{pm.year}", "date"), "</ProcedureMonth>"]
    if v == 0:
        tail = ["<Complications>NONE</Complications></ITOPRecord>"]
    elif v == 1:
        tail = ["<PatientControlNo>", (p.mrn, "mrn"), "</PatientControlNo><Complications>NONE</Complications></ITOPRecord>"]
    elif v == 2:
        tail = ["<ResidenceZip>", (p.zip, "zip"), "</ResidenceZip><Complications>NONE</Complications></ITOPRecord>"]
    else:
        nm = p.full() if R.random() < 0.5 else p.initials()
        tail = ["<Complications>NONE</Complications><Comments>pt ", (nm, "name"), " req. copy of report mailed - declined, explained DOH retains no names</Comments></ITOPRecord>"]
    return [L("state_xml", head, tail)]


def p_state_validator():
    t = CK.tick()
    p = pp()
    v = cyc("p_state_validator", 3)
    pre = f"{iso(t)} reporting-svc WARN validator: record {R.randint(1, 60)} "
    if v == 0:
        return [L("reporting_svc", pre, 'field ResidenceZip must be suppressed (found "', (p.zip, "zip"), '") - de-identification rule DI-4; record held')]
    if v == 1:
        return [L("reporting_svc", pre, 'free-text Comments contains possible identifier "', (p.phone_f(1), "phone"), '" - masked before submit')]
    return [L("reporting_svc", pre, "DateOfBirth present in ITOP payload (", (fdate(p.dob, "iso"), "date"), ") - only PatientAgeGroup is allowed; stripped")]


def p_wdrs():
    t = CK.tick()
    p = pp()
    cond = R.choice(["GONORRHEA", "CHLAMYDIA", "SYPHILIS_EARLY", "TRICHOMONIASIS"])
    rx = {"GONORRHEA": "CEFTRIAXONE_500MG_IM", "CHLAMYDIA": "DOXYCYCLINE_100MG_BID_7D", "SYPHILIS_EARLY": "BENZATHINE_PCN_2.4MU_IM",
          "TRICHOMONIASIS": "METRONIDAZOLE_500MG_BID_7D"}[cond]
    td = past_d(0, 3)
    return [L("wdrs_kv", f"{iso(t)} WDRS_CASE", lf("condition", cond), lf("case_id", f"WA-25-{R.randint(100000, 999999):07d}", "other_id"),
              lf("pt_last", fold(p.family).upper() if p.vn else p.family.upper(), "name"), lf("pt_first", fold(p.given).upper() if p.vn else p.given.upper(), "name"),
              lf("dob", fdate(p.dob, "us"), "date"), lf("sex", p.sex), lf("county", p.county, "address"), lf("zip", p.zip, "zip"),
              lf("phone", p.phone, "phone"), lf("treated", "Y"), lf("rx", rx), lf("treat_date", fdate(td, "iso"), "date"),
              lf("ept", R.choice(["Y", "N"])), lf("reporter", "RRH-" + clinic()[0]))]


def p_django_portal():
    t = CK.tick()
    p = pp()
    v = cyc("p_django_portal", 7)
    pre = f"[{dj(t)}] INFO portal."
    if v == 5:
        return [L("django_log", pre, "accounts: password reset email sent to ", (p.email, "email"), " (user_id=", (str(p.pk), "other_id"),
                  f", locale={p.lang}, template=registration/password_reset_email_{p.lang}.html)")]
    if v == 6:
        return [L("django_log", f"[{dj(t)}] INFO portal.support: practical support request PS-{R.randint(100, 999)} type=travel_lodging patient=", (p.mrn, "mrn"),
                  " fund_link=", ("https://gofund.me/" + hexid(8), "url"), " note=", pyr((R.choice(["pt shared her own fundraiser page", "link provided by pt for bus fare reimbursement"]), None)))]
    if v == 0:
        d = O(("do_not_call_home", True), ("home_phone", (fphone(p.phone2, 0), "phone")), ("safe_phone", (p.phone_f(5), "phone")),
              ("mail_ok", False), ("preferred_name", (p.alias_first, "name")), ("language", p.lang))
        return [L("django_log", pre, "views.contact: contact prefs saved for user '", (p.username, "other_id"), "' (patient ", (str(p.pk), "other_id"), "): ", pyr(d))]
    if v == 1:
        return [L("django_log", pre, "registration: alias registration legal_name=", pyr((p.full(), "name")), " alias=", pyr((p.alias_full, "name")),
                  " confidential=True minor=", str(p.age_on(TODAY) < 18))]
    if v == 2:
        return [L("django_log", f"[{dj(t)}] WARNING portal.auth: failed login for ", (p.email, "email"), " from ", (p.ip, "ip"), " (reason=bad_password, count=",
                  str(R.randint(2, 5)), ")")]
    if v == 3:
        return [L("django_log", pre, "roi: records release request id=ROI-", str(R.randint(1000, 9999)), " patient=", (p.mrn, "mrn"),
                  " deliver_via=fax fax_to=", (fphone(p.fax, R.choice([0, 1])), "fax"), " recipient=self")]
    rel = {"es": ["esposo", "novio", "pareja"], "vi": ["chồng", "bạn trai"], "en": ["partner", "boyfriend", "spouse"]}[p.lang]
    d = O(("emergency_contact", (p.partner, "name")), ("relationship", R.choice(rel)),
          ("ec_phone", (fphone(p.phone2, 1), "phone")), ("ec_may_know_visit", False))
    return [L("django_log", pre, "views.profile: profile updated user=", (p.username, "other_id"), " changes=", pyr(d))]


def p_django_audit():
    t = CK.tick()
    p = pp()
    u = R.choice(STAFF_USERS)
    v = cyc("p_django_audit", 4)
    if v == 1:
        p = R.choice([x for x in PEOPLE if x.family != fold(x.family) or x.given != fold(x.given)])
        ch = O(("preferred_name", ["", (p.alias_first, "name")]), ("legal_last_name", [(p.family, "name"), (fold(p.family), "name")]),
               ("confidential_alias", [None, (p.alias_full, "name")]))
        return [L("django_audit", f"{dj(t)} INFO auditlog: action=update content_type=patients.patient object_pk=", (str(p.pk), "other_id"),
                  f" actor={u} remote_addr=10.20.3.{R.randint(2, 90)} changes=", jp(ch, ea=True, sp=True))]
    if v == 0:
        ch = O(("phone_home", [(p.phone, "phone"), "***"]), ("do_not_call_home", [False, True]))
        return [L("django_audit", f"{dj(t)} INFO auditlog: action=update content_type=patients.patient object_pk=", (str(p.pk), "other_id"),
                  ' object_repr="', (p.lastfirst(), "name"), " (", (p.mrn, "mrn"), f')" actor={u} remote_addr=10.20.3.{R.randint(2, 90)} changes=', jp(ch, sp=True))]
    if v == 3:
        return [L("django_audit", f'{dj(t)} INFO admin.logentry: id={R.randint(900000, 999999)} action_flag=2 content_type=patients.patient object_id=',
                  (str(p.pk), "other_id"), ' object_repr="', (p.full(), "name"), f'" user={u} change_message=[{{"changed": {{"fields": ["Preferred name", "Safe phone", "Alias"]}}}}]')]
    return [L("django_audit", f"{dj(t)} WARNING admin.access: break-glass view /admin/patients/patient/", (str(p.pk), "other_id"),
              f"/change/ by {u} reason=\"", R.choice(["records request", "billing correction", "pt called re: results"]), '"')]


def p_twilio_inbound():
    t = CK.tick()
    p = pp()
    c = clinic()
    if p.lang == "es":
        body = [R.choice(["Sí confirmo mi cita", "No puedo ir mañana, ¿me pueden cambiar la cita?", "C"])]
    elif p.lang == "vi":
        body = [R.choice(["Vâng, tôi xác nhận", "Tôi muốn đổi lịch hẹn", "C"])]
    else:
        body = [R.choice(["C", "Can I come in later? This is ", "STOP"])]
        if body[0].startswith("Can I"):
            body += [(p.given, "name")]
    params = ["ToCountry=US&ToState=WA&SmsMessageSid=SM", hexid(32), "&NumMedia=0&ToCity=SEATTLE&FromZip=", (p.zip, "zip"),
              "&SmsSid=SM", hexid(32), "&FromState=WA&SmsStatus=received&FromCity=", (quote_plus(p.city.upper()), "address"),
              "&Body=", urlenc(body), "&FromCountry=US&To=%2B1", c[3], "&MessagingServiceSid=MG", hexid(32),
              "&NumSegments=1&From=", ("%2B1" + p.phone, "phone"), "&ApiVersion=2010-04-01"]
    return [L("twilio", f'{iso(t)} notify-api POST /hooks/twilio/sms 200 {R.randint(5, 40)}ms body="', params, '"')]


def p_twilio_proxy():
    t = CK.tick()
    p = pp()
    c = clinic()
    return [L("twilio", f"{iso(t)} notify-api twilio.proxy session created sid=KC{hexid(32)} unique_name=appt-{R.randint(80000, 99999)} ttl=86400 mode=message-only; ",
              "participant friendly_name=Patient identifier=", ("+1" + p.phone, "phone"),
              f" proxy_identifier=+1{c[3]} participant_sid=KP{hexid(32)}")]


def p_sms_out():
    t = CK.tick()
    p = pp()
    a = appt_dt()
    c = clinic()
    if p.lang == "es":
        body = ["Hola ", (p.given.split(" ")[0], "name"), ", su cita en ", c[1], " es el ", (f"{a.day} de {MES[a.month - 1]}", "date"),
                f" a las {ampm(a)}. Responda C para confirmar o R para cambiarla."]
    elif p.lang == "vi":
        xh = "chị" if p.sex == "F" else "anh"
        body = [f"Chào {xh} ", (p.given, "name"), f", lịch hẹn của {xh} tại {c[1]} vào ", (a.strftime("%d/%m"), "date"),
                f" lúc {a.strftime('%H:%M')}. Trả lời C để xác nhận."]
    else:
        body = ["Hi ", (p.alias_first, "name"), ", reminder: your visit on ", (a.strftime("%a %b %d").replace(" 0", " "), "date"),
                f" at {ampm(a)}. Reply C to confirm. Msg&data rates may apply."]
    return [L("twilio", f"{iso(t)} notify-worker sms.outbound to=", ("+1" + p.phone, "phone"), f" from=+1{c[3]} lang={p.lang} segments=",
              str(R.randint(1, 3)), ' body="', body, '"')]


def p_escort_patient():
    t = CK.tick()
    c = clinic()
    p = pp()
    v = cyc("p_escort_patient", 4)
    inc = f"INC-{t.strftime('%Y%m%d')}-{R.randint(1, 40):02d} | {c[1]} | {t.strftime('%H:%M')} | lead: {R.choice(['Pat Oyelaran', 'Marisol Ortega', 'Bea Lindgren'])} | "
    if v == 0:
        return [L("escort_log", inc, f"escorted pt from lot; pt's car ({p.car}, WA ", (p.plate, "vehicle"),
                  f") photographed by protester w/ phone (protester vehicle {R.choice(PROTEST_VEH)} WA {wa_plate()}). Advised pt, security notified.")]
    if v == 1:
        return [L("escort_log", inc, "pt ", (p.initials(), "name"), " arrived w/ partner (", (p.partner, "name"),
                  f"); partner argued w/ sidewalk counselor, de-escalated by escorts. Protester van WA {wa_plate()} left 09:10.")]
    if v == 2:
        return [L("escort_log", inc, f"Protesters held sign w/ pt's first name; pt reports group posted her photo from ",
                  ("https://www.instagram.com/" + p.username.replace(".", "_"), "url"), " . Pt ", (p.lastfirst(), "name"), " given safety plan + hotline.")]
    return [L("escort_log", inc, "tow request: pt's vehicle blocked by protester truck (WA ", wa_plate(), "). Pt vehicle VIN ", (vin(), "vehicle"),
              ", plate ", (p.plate, "vehicle"), "; pt asked that no call go to home #.")]


def p_837():
    t = CK.tick()
    p = pp()
    d = past_d(1, 9)
    cn = R.randint(1, 9999)
    out = [L("x12_837", f"GS*HC*RRH00192*WAHCA*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{cn}*X*005010X222A1~"),
           L("x12_837", f"ST*837*{cn:04d}*005010X222A1~"),
           L("x12_837", f"BHT*0019*00*{R.randint(100000, 999999)}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*CH~"),
           L("x12_837", "NM1*41*2*RIVERBEND REPRODUCTIVE HEALTH*****46*RRH00192~"),
           L("x12_837", "PER*IC*BILLING DEPT*TE*2065550100*FX*2065550199~"),
           L("x12_837", "NM1*85*2*RIVERBEND REPRODUCTIVE HEALTH*****XX*1386745521~"),
           L("x12_837", "N3*1510 BROADWAY STE 200~"),
           L("x12_837", "N4*SEATTLE*WA*981222504~"),
           L("x12_837", "HL*2*1*22*0~")]
    medicaid = cyc("p_837_payer", 2) == 1
    out.append(L("x12_837", f"SBR*P*18*******{'MC' if medicaid else 'CI'}~"))
    last, first = fold(p.family).upper(), fold(p.given).upper()
    out.append(L("x12_837", "NM1*IL*1*", (last, "name"), "*", (first, "name"), "****MI*", (p.medicaid if medicaid else p.member, "health_plan"), "~"))
    out.append(L("x12_837", "N3*", (p.street.upper(), "address"), "~"))
    out.append(L("x12_837", "N4*", (p.city.upper(), "address"), "*WA*", (p.zip + (f"{R.randint(1000, 9999)}" if R.random() < 0.4 else ""), "zip"), "~"))
    out.append(L("x12_837", "DMG*D8*", (fdate(p.dob, "compact"), "date"), f"*{p.sex}~"))
    if not medicaid:
        out.append(L("x12_837", "REF*SY*", (p.ssn.replace("-", "") if R.random() < 0.5 else p.ssn, "ssn"), "~"))
    out.append(L("x12_837", "NM1*PR*2*" + ("WASHINGTON STATE HCA*****PI*WAMCD~" if medicaid else "PREMERA BLUE CROSS*****PI*00430~")))
    amt = R.choice([120, 185, 240, 95])
    out.append(L("x12_837", "CLM*", (f"{p.acct}-{d.strftime('%m%d')}", "account"), f"*{amt}***11:B:1*Y*A*Y*Y~"))
    out.append(L("x12_837", "REF*EA*", (p.mrn, "mrn"), "~"))
    out.append(L("x12_837", "HI*ABK:" + R.choice(["Z3041", "Z30011", "Z113", "Z3009", "Z01419"]) + "~"))
    out.append(L("x12_837", "LX*1~"))
    out.append(L("x12_837", "SV1*HC:" + R.choice(["11981:FP", "J7298:FP", "87491", "99213:FP", "J1050"]) + f"*{amt}*UN*1***1~"))
    out.append(L("x12_837", "DTP*472*D8*", (d.strftime("%Y%m%d"), "date"), "~"))
    out.append(L("x12_837", f"SE*{len(out) - 1}*{cn:04d}~"))
    return out


def p_titlex_fee():
    t = CK.tick()
    p = pp()
    hh = R.randint(1, 6)
    inc = R.randint(9000, 60000)
    fpl = round(100 * inc / (15650 + 5500 * (hh - 1)))
    tier = "A" if fpl <= 100 else "B" if fpl <= 150 else "C" if fpl <= 200 else "D" if fpl <= 250 else "FULL"
    v = cyc("p_titlex_fee", 2)
    if v == 0:
        return [L("titlex_fee", f"{iso(t)} titlex.fpl INFO", lf("household_size", hh), lf("annual_income", inc), lf("fpl_pct", fpl),
                  lf("tier", tier), lf("patient_acct", p.acct, "account"), lf("minor_confidential", str(p.age_on(TODAY) < 18).lower()),
                  lf("bill_to", "NONE_CONFIDENTIAL" if R.random() < 0.5 else "PATIENT"))]
    card = "4" + "".join(R.choice("0123456789") for _ in range(14))
    s = sum(int(c) if i % 2 == 0 else sum(divmod(int(c) * 2, 10)) for i, c in enumerate(reversed(card + "0")))
    card += str((10 - s % 10) % 10)
    return [L("titlex_fee", f"{iso(t)} titlex.payments ERROR copay charge declined acct=", (p.acct, "account"), " amount=", f"{R.choice([10, 20, 35])}.00",
              " card=", (card, "account"), " avs_zip=", (p.zip, "zip"), " gateway=authorize.net resp=2 reason='This transaction has been declined.'")]


UAS = ['"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"',
       '"Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36"',
       '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0"']


def p_nginx():
    t = CK.tick()
    p = pp()
    v = cyc("p_nginx", 3)
    if v == 0:
        return [L("nginx", (p.ip, "ip"), f' - - [{clf(t)}] "POST /portal/api/contact-prefs HTTP/2.0" 200 118 "https://portal.riverbendhealth.org/settings/privacy" {R.choice(UAS)} rt=0.0{R.randint(10, 99)}')]
    if v == 1:
        return [L("nginx", (p.ip, "ip"), f' - - [{clf(t)}] "GET /portal/api/patients/', (p.mrn, "mrn"), f'/results?lang={p.lang} HTTP/2.0" 200 {R.randint(800, 5000)} "-" {R.choice(UAS)} rt=0.{R.randint(100, 400)}')]
    return [L("nginx", (p.ip, "ip"), f' - - [{clf(t)}] "GET /telehealth/join/{alnum(10).lower()} HTTP/2.0" 101 0 "https://portal.riverbendhealth.org/visits" {R.choice(UAS)} rt=42.{R.randint(100, 999)}')]


def p_cc_note():
    t = CK.tick()
    p = pp()
    a = appt_dt()
    pre = f"{t.strftime('%Y-%m-%d %H:%M')} [CC-NOTE] agent={R.choice(['mreyes', 'cc_hvo', 'ltran', 'fd_kpatel'])} lang={p.lang} "
    if p.lang == "es":
        v = cyc("p_cc_note", 2)
        if v == 0:
            return [L("callcenter", pre, "pt=", (p.full(), "name"), " MRN ", (p.mrn, "mrn"), ': "Paciente pide que NO llamen a casa (esposo). Solo mensajes de texto al ',
                      (p.phone_f(1), "phone"), ". Cita ", (a.strftime("%d/%m"), "date"), ' confirmada."')]
        return [L("callcenter", pre, 'note="Llamó la hermana de la paciente (', (R.choice(["Maribel", "Araceli", "Noemí"]) + " " + p.family.split(" ")[0].split("-")[0], "name"),
                  "); no se dio información. Paciente nacida el ", (fdate(p.dob, "es"), "date"), ', verificada por teléfono. Interp: Dr. Sofía Ibarra no disponible."')]
    if p.lang == "vi":
        return [L("callcenter", pre, "pt=", (p.full(), "name"), ' note="Bệnh nhân sinh ', (fdate(p.dob, "vi"), "date"),
                  ", yêu cầu không gọi về nhà; liên lạc qua email ", (p.email, "email"), ". Thông dịch: Thu Ha Pham (ID 4412).\"")]
    v = cyc("p_cc_note", 4)
    if v == 3:
        return [L("callcenter", pre, "pt=", (p.western(), "name"), f' note="Pt asked for {"her" if p.sex == "F" else "his"} visit summary + receipts to be faxed to her work fax ',
                  (fphone(p.fax, R.choice([0, 4])), "fax"), ' (attn: ', (p.given.split(" ")[0], "name"), ' only), not mailed. ROI form signed."')]
    if v == 0:
        old = R.choice(OLD)
        return [L("callcenter", pre, "caller is pt's grandmother (", (fold(old.given) + " " + fold(old.family), "name"), ", age ", (str(old.age_on(TODAY)), "age"),
                  ") asking about pt ", (p.given.lower() + " " + p.family.lower(), "name"), "'s appt - not on release, no info given. Pt's DNC-home flag set.")]
    if v == 1:
        return [L("callcenter", pre, "pt=", (p.lastfirst(), "name"), ' note="Pt called re: positive CT result, wants EPT for partner. Verified DOB ',
                  (fdate(p.dob, "us_short"), "date"), ". Pharmacy callback to alt # ", (fphone(p.phone2, 4), "phone"), ' only."')]
    return [L("callcenter", pre, "pt=", (p.western(), "name"), ' note="Pt on Medicaid (ProviderOne ', (p.medicaid, "health_plan"),
              "), asked for Title X sliding fee instead so EOB not mailed home. Acct ", (p.acct, "account"), ' flagged confidential."')]


def p_idv():
    t = CK.tick()
    p = pp(sex="F")
    v = cyc("p_idv", 3)
    visit = f"TV-{t.strftime('%y%m%d')}-{R.randint(1, 999):04d}"
    if v == 0:
        o = O(("ts", isoms(t)), ("svc", "telehealth-idv"), ("event", "idv.completed"), ("visit", (visit, "other_id")), ("result", "pass"),
              ("doc_type", "DRIVERS_LICENSE"), ("doc_state", "WA"), ("doc_number", (p.dl, "license")),
              ("name_on_doc", (f"{fold(p.given).upper()} {fold(p.middle).upper() + ' ' if p.middle and not p.vn else ''}{fold(p.family).upper()}", "name")),
              ("dob_on_doc", (fdate(p.dob, "iso"), "date")), ("face_match_score", round(R.uniform(0.9, 0.99), 3)))
        return [L("idv_json", jp(o, ea=True, sp=True))]
    if v == 1:
        o = O(("ts", isoms(t)), ("svc", "telehealth-idv"), ("level", "DEBUG"), ("event", "idv.selfie_received"), ("visit", (visit, "other_id")),
              ("selfie_jpeg_b64", (b64img(R.randint(90, 160)), "photo")), ("truncated", True), ("bytes", R.randint(40000, 90000)))
        return [L("idv_json", jp(o, ea=True, sp=True))]
    tmpl = "FT2:" + base64.b64encode(bytes(R.randrange(256) for _ in range(R.randint(48, 72)))).decode()
    o = O(("ts", isoms(t)), ("svc", "telehealth-idv"), ("event", "idv.face_template_stored"), ("patient", (p.mrn, "mrn")),
          ("template", (tmpl, "biometric")), ("algo", "arcface-r100"), ("retention_days", 30))
    return [L("idv_json", jp(o, ea=True, sp=True))]


def p_pg_dup():
    t = CK.tick()
    p = pp()
    pid = R.randint(1000, 40000)
    pre = f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond // 1000:03d} PDT [{pid}] "
    if R.random() < 0.5:
        return [L("postgres", pre, 'ERROR:  duplicate key value violates unique constraint "patients_patient_email_key"'),
                L("postgres", pre, "DETAIL:  Key (email)=(", (p.email, "email"), ") already exists."),
                L("postgres", pre, "STATEMENT:  INSERT INTO patients_patient (mrn, email, created_at) VALUES ($1, $2, now())")]
    return [L("postgres", pre, 'ERROR:  insert or update on table "appointments_appointment" violates foreign key constraint "appointments_patient_fk"'),
            L("postgres", pre, "DETAIL:  Key (patient_mrn)=(", (p.mrn, "mrn"), ') is not present in table "patients_patient".')]


def p_device():
    t = CK.tick()
    p = pp(sex="F")
    exp = f"{R.randint(26, 29)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
    dev = R.choice([("00888888123456", "NEXPLANON 68MG IMPLANT"), ("00350000051234", "LNG-IUS 52MG (MIRENA)"), ("00851234005678", "COPPER T380A (PARAGARD)")])
    udi = f"(01){dev[0]}(17){exp}(10)LOT{R.randint(1000, 9999)}(21)SN{R.randint(100000, 999999)}"
    return [L("django_log", f"[{dj(t)}] INFO ehr.devices: implant recorded patient=", (p.mrn, "mrn"), f' device="{dev[1]}" udi=', (udi, "device"),
              " inserted=", (fdate(past_d(0, 2), "iso"), "date"), f" by={R.choice(['rn_bwu', 'Meredith Cho CNM', 'Dr. Kwame Mensah'])}")]


def p_billing_csv():
    t = CK.tick()
    out = [L("billing_csv", "claim_id|patient_acct|patient_name|member_id|payer|dos|cpt|mod|charge|fpl_tier|confidential")]
    for _ in range(R.randint(2, 3)):
        p = pp()
        d = past_d(1, 12)
        medicaid = R.random() < 0.6
        out.append(L("billing_csv", f"CLM{R.randint(200000, 299999)}|", (p.acct, "account"), "|", (p.lastfirst(upper=True), "name"), "|",
                     (p.medicaid if medicaid else p.member, "health_plan"), "|", "WA_HCA" if medicaid else R.choice(["PREMERA", "REGENCE", "MOLINA"]),
                     "|", (fdate(d, "us"), "date"), "|", R.choice(["99213", "11981", "J7298", "87491", "81025", "J1050"]), "|FP|",
                     f"{R.choice([45, 95, 120, 185, 240])}.00|{R.choice('ABCD')}|{R.choice('YN')}"))
    if R.random() < 0.5:
        out.append(L("billing_csv", f"TRAILER|rows={len(out) - 1}|generated={iso(t)}|job=titlex_claims_export|v=2.3.0"))
    return out


def p_celery_phi():
    t = CK.tick()
    p = pp()
    w = f"[{dj(t)}: ERROR/ForkPoolWorker-{R.randint(1, 8)}] "
    return [L("celery", w, f"Task notify.send_lab_ready[{uuid4()}] raised unexpected: SMTPRecipientsRefused({{",
              pyr((p.email, "email")), ": (550, b'5.1.1 <", (p.email, "email"), ">: Recipient address rejected')})")]


PHI = [(p_logrus, 6), (p_zap, 4), (p_nest, 5), (p_pino, 4), (p_hl7_msg, 3), (p_hl7_oneline, 3), (p_csv_lab, 2),
       (p_csv_headerless, 2), (p_pharm, 4), (p_structlog_label, 3), (p_easypost_delivered, 2), (p_state_xml, 4),
       (p_state_validator, 2), (p_wdrs, 4), (p_django_portal, 5), (p_django_audit, 4), (p_twilio_inbound, 3),
       (p_twilio_proxy, 2), (p_sms_out, 5), (p_escort_patient, 5), (p_837, 1), (p_titlex_fee, 3), (p_nginx, 4),
       (p_cc_note, 6), (p_idv, 5), (p_pg_dup, 2), (p_device, 2), (p_celery_phi, 1), (p_billing_csv, 2)]
MULTI = {p_billing_csv, p_hl7_msg, p_csv_lab, p_csv_headerless, p_837, p_pg_dup, n_hl7_ack}


USED = {}
CAP = {p_837: 2, p_hl7_msg: 5}


def pick(pool, single_only):
    items = [(f, w) for f, w in pool if not (single_only and f in MULTI) and USED.get(f, 0) < CAP.get(f, 10 ** 6)]
    tot = sum(w for _, w in items)
    x = R.uniform(0, tot)
    for f, w in items:
        x -= w
        if x <= 0:
            return f
    return items[-1][0]


def build():
    lines = []
    while len(lines) < N_LINES:
        nphi = sum(1 for ln in lines if ln.spans)
        want_phi = nphi < 0.45 * (len(lines) + 1)
        remaining = N_LINES - len(lines)
        fn = pick(PHI if want_phi else NOISE, remaining < 30)
        blk = fn()
        if len(blk) > remaining:
            continue
        USED[fn] = USED.get(fn, 0) + 1
        lines += blk
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES
    log_out, lab_out = [], []
    for n, ln in enumerate(lines, 1):
        b = bytes(ln.buf)
        s = b.decode("utf-8")
        assert s and "\n" not in s and "\r" not in s
        spans = sorted(ln.spans)
        prev = 0
        for st, en, cat, val in spans:
            assert b[st:en] == val, (n, b[st:en], val)
            assert st >= prev, (n, "overlap")
            prev = en
        log_out.append(s)
        lab_out.append(json.dumps({"line": n, "family": ln.family,
                                   "spans": [{"s": st, "e": en, "cat": cat} for st, en, cat, _ in spans]}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_out))


if __name__ == "__main__":
    main()
