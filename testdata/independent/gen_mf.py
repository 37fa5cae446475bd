#!/usr/bin/env python3
"""Synthetic labeled log corpus "mf": travel medicine clinic network / yellow fever
vaccination centre (booking in Django + Celery + Redis, pre-travel questionnaires,
ICVP certificate PDF rendering, vaccine stock and lot tracking, state immunization
registry HL7 VXU/QBP, malaria prophylaxis NCPDP SCRIPT e-prescriptions, corporate
travel rosters, insurer / travel-assistance e-mails, Go zap/zerolog microservices,
nginx, Postfix and clinicians' free-text notes in English, Spanish and French).

Everything here is synthetic. Standard library only, fixed seed, no clock / OS
randomness. Writes mf.log (500 lines) and mf.labels.jsonl next to this file.

Labeling decisions:
- Travellers (patients), their relatives, emergency contacts, spouses and mothers
  named in registry queries, and insured members in insurer mails are labeled.
  Clinicians, nurses, pharmacists, prescribers (names, NPI, DEA, phone, e-mail),
  clinic sites, corporate clients (company names, cost centres, travel-desk
  contacts), insurers, vaccine vendors and their reps are never labeled.
- Names: one span per written name value ("LAST, First", "First Last", "F. Last",
  lower case user-typed forms); HL7 XPN name fields (FAMILY^GIVEN^MIDDLE) are one
  span; separate first/last columns or XML elements are separate spans.
- Passport numbers, ICVP certificate numbers and medical-contraindication /
  exemption certificate numbers of a traveller -> license. Foreign national ID
  numbers (DNI, NIR, CPF, ...) -> other_id. US SSN -> ssn.
- Clinic patient numbers (TM.......), registry client IDs and EHR MRNs in HL7 PID-3
  or NCPDP MedicalRecordIdentificationNumberEHR -> mrn. Internal integer primary
  keys of traveller rows (traveller_id=48213, "traveller:48213", /travellers/48213/)
  -> other_id. Booking references (YF-XXXXXX), assistance case numbers, corporate
  employee IDs and patient-portal usernames -> other_id.
- Travel insurance policy numbers, assistance member numbers, US health-plan
  member IDs and Medicare MBIs -> health_plan. Full card numbers and patient
  billing accounts -> account; masked card numbers (last 4) are not labeled.
- Dates tied to the traveller are labeled as one span each: birth, appointment
  slot (with its time if written together), vaccine administration, travel
  departure/return, Rx written date, prior-vaccination date. Not labeled: log
  timestamps, message/transmission timestamps (HL7 MSH-7, NCPDP SentTime, e-mail
  Date: headers), vaccine lot expiry dates, passport issue/expiry dates, years alone.
- Itinerary destinations (countries, cities abroad, hotels) are not labeled; the
  traveller's own home address parts (street, city) are address and postal codes
  (US ZIP and foreign postcodes) are zip. Nationality, sex, state and country are
  not labeled.
- Traveller phones are phone, traveller fax numbers fax; in HL7 XTN fields the area
  code and local number components are two phone spans (the ^ is not included).
- Ages are labeled only when over 89.
- Client IPs in nginx lines are labeled ip only for public addresses on
  traveller-facing paths (/portal, /book, /api/v1/bookings, /q/ questionnaire);
  private/internal addresses, load balancers, monitors and mail relays are not.
- Traveller e-mail addresses (including work addresses in corporate rosters) and
  phones are labeled; no-reply, clinic, staff and company addresses are not.
- Medical device serials of a traveller (pacemaker, CPAP) and the traveller's
  mobile-app device ID -> device; a traveller's car plate in parking validation
  -> vehicle; traveller trip-blog / social URLs -> url; base64 passport photo
  payloads -> photo.
- Record UUIDs, Celery task ids, trace/span ids, message control ids, lot numbers,
  NDCs, CVX codes, order / purchase numbers, OTP codes are not labeled.
"""
import base64
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta

SEED = 20240514
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "mf"


# --------------------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        assert "\n" not in s and "\r" not in s, repr(s)
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None:
            return self.t(s)
        st = self.n
        self.t(s)
        self.spans.append((st, self.n, cat, s))
        return self

    def text(self):
        return "".join(self.parts)


def jesc(s):
    """JSON string body escape, UTF-8 kept raw (as Go encoders write)."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jobj(L, pairs, open_="{", close="}"):
    """pairs: (key, value, cat) ; value str -> quoted; dict-ish via callable."""
    L.t(open_)
    for i, pr in enumerate(pairs):
        k, v = pr[0], pr[1]
        cat = pr[2] if len(pr) > 2 else None
        if i:
            L.t(",")
        L.t('"%s":' % k)
        if callable(v):
            v(L)
        elif isinstance(v, bool):
            L.t("true" if v else "false")
        elif v is None:
            L.t("null")
        elif isinstance(v, (int, float)):
            L.p(repr(v) if isinstance(v, float) else str(v), cat)
        else:
            L.t('"').p(jesc(v), cat).t('"')
    L.t(close)
    return L


def logfmt(L, pairs, sep=" "):
    for i, pr in enumerate(pairs):
        k, v = pr[0], str(pr[1])
        cat = pr[2] if len(pr) > 2 else None
        if i:
            L.t(sep)
        L.t(k + "=")
        if (" " in v or '"' in v or "=" in v) and not v.startswith('"'):
            L.t('"').p(v.replace('"', '\\"'), cat).t('"')
        else:
            L.p(v, cat)
    return L


# --------------------------------------------------------------------------- clocks
CLOCK = [datetime(2024, 5, 14, 6, 58, 11, 204000)]


def tick(lo=1, hi=40):
    CLOCK[0] += timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def now():
    return CLOCK[0]


def ts_iso(d=None, ms=True):
    d = d or now()
    return d.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (d.microsecond // 1000) if ms else "Z")


def ts_django(d=None):
    d = d or now()
    return d.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (d.microsecond // 1000)


def ts_epoch(d=None):
    d = d or now()
    return "%.6f" % ((d - datetime(1970, 1, 1)).total_seconds())


def ts_syslog(d=None):
    d = d or now()
    return d.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if d.day < 10 else d.strftime("%b %d %H:%M:%S")


def ts_nginx(d=None):
    d = d or now()
    return d.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_redis(d=None):
    d = d or now()
    return d.strftime("%d %b %Y %H:%M:%S") + ".%03d" % (d.microsecond // 1000)


def ts_kitchen(d=None):
    d = d or now()
    h = d.hour % 12 or 12
    return "%d:%02d%s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


def hexid(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexid(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# --------------------------------------------------------------------------- people
FIRST = [
    ("Aiko", "F", "JP"), ("Chidi", "M", "NG"), ("Agnieszka", "F", "PL"), ("Marie-Claire", "F", "FR"),
    ("Inés", "F", "ES"), ("Thi Mai", "F", "VN"), ("Henri", "M", "FR"), ("Sven", "M", "SE"),
    ("Priya", "F", "IN"), ("Oluwaseun", "M", "NG"), ("José Luis", "M", "ES"), ("Fatima-Zahra", "F", "MA"),
    ("Mateus", "M", "BR"), ("Ngozi", "F", "NG"), ("Dmitri", "M", "US"), ("Siobhán", "F", "IE"),
    ("Kwame", "M", "GH"), ("Yuki", "F", "JP"), ("Mehmet", "M", "TR"), ("Lucía", "F", "AR"),
    ("Björn", "M", "SE"), ("Anaïs", "F", "FR"), ("Rahul", "M", "IN"), ("Amara", "F", "US"),
    ("Tomasz", "M", "PL"), ("Leilani", "F", "US"), ("Haruto", "M", "JP"), ("Émile", "M", "CA"),
    ("Zainab", "F", "GB"), ("Diego", "M", "MX"), ("Chloé", "F", "FR"), ("Arjun", "M", "US"),
    ("Nomvula", "F", "ZA"), ("Pedro", "M", "BR"), ("Søren", "M", "DK"), ("Ayesha", "F", "US"),
    ("Giulia", "F", "IT"), ("Kofi", "M", "GH"), ("Mei-Ling", "F", "US"), ("Joaquín", "M", "CL"),
    ("Hamza", "M", "US"), ("Elif", "F", "TR"), ("Wanjiru", "F", "KE"), ("Beatriz", "F", "PT"),
    ("Laurent", "M", "BE"), ("Rosa María", "F", "CO"), ("Jean-Baptiste", "M", "HT"), ("Tamar", "F", "IL"),
    ("Ignacio", "M", "ES"), ("Aroha", "F", "NZ"), ("Malik", "M", "US"), ("Svetlana", "F", "US"),
    ("Ruth", "F", "US"), ("Declan", "M", "IE"), ("Gwendolyn", "F", "US"), ("Bernard", "M", "US"),
]
LAST = {
    "JP": ["Tanaka", "Nakamura", "Takahashi"], "NG": ["Okonkwo", "Adeyemi", "Eze-Nwosu"],
    "PL": ["Kowalczyk", "Wiśniewski", "Nowak"], "FR": ["Dupont", "Le Gall", "de Saint-Exupéry", "Lefèvre"],
    "ES": ["García López", "Ibáñez", "Fernández-Ruiz", "de la Fuente"], "VN": ["Nguyen", "Tran", "Pham"],
    "SE": ["Lindqvist", "Johansson"], "IN": ["Raghunathan", "Singh-Bhatia", "Kaur"], "MA": ["Ben Youssef", "El Amrani"],
    "BR": ["dos Santos", "Carvalho", "d'Almeida"], "IE": ["O'Connor", "MacLeod", "Ní Bhriain"], "GH": ["Asante", "Boateng", "Mensah"],
    "TR": ["Yılmaz", "Öztürk"], "AR": ["Hernández", "Ortiz"], "US": ["Walker", "Robinson", "Cohen", "Petrov", "Al-Farsi", "Kim", "Zhang", "St. Pierre", "Haddad", "Mbeki-Ndlovu", "McAllister", "Van Buren"],
    "CA": ["Tremblay", "Gagnon-Roy"], "GB": ["Abebe", "Okafor", "Patel"], "MX": ["de la Cruz", "Ramírez"], "ZA": ["Mbeki-Ndlovu", "Kruger"],
    "DK": ["Østergaard"], "IT": ["Rossi", "Bianchi"], "CL": ["Fuentes"], "KE": ["Mwangi", "Odhiambo"], "PT": ["Carvalho", "Sousa"],
    "BE": ["Van den Broeck", "Peeters"], "CO": ["Restrepo", "Cárdenas"], "HT": ["Baptiste", "Pierre-Louis"], "IL": ["Cohen", "Mizrahi"],
    "NZ": ["Ngata"],
}
US_PLACES = [
    ("Somerville", "MA", "021"), ("Cambridge", "MA", "021"), ("Brookline", "MA", "024"), ("Quincy", "MA", "021"),
    ("Newton", "MA", "024"), ("Worcester", "MA", "016"), ("Brooklyn", "NY", "112"), ("Astoria", "NY", "111"),
    ("Jersey City", "NJ", "073"), ("Hoboken", "NJ", "070"), ("Miami", "FL", "331"), ("Coral Gables", "FL", "331"),
    ("Oakland", "CA", "946"), ("Evanston", "IL", "602"), ("Decatur", "GA", "300"), ("Houston", "TX", "770"),
    ("Providence", "RI", "029"), ("Nashua", "NH", "030"),
]
STREETS = ["Elm St", "Beacon Street", "Highland Ave", "Washington St", "Columbia Rd", "Magnolia Dr", "Prospect Pl",
           "Atlantic Ave", "Cedar Lane", "Linden Blvd", "Harvard Ave", "Jefferson St", "Oak Knoll Rd", "Summer St",
           "Pine Ridge Ct", "Calle Ocho", "Willow Way", "N Main St"]
FOREIGN = {
    "FR": [("rue des Lilas", "Paris", "75011"), ("avenue Jean-Jaurès", "Lyon", "69007"), ("rue Sainte-Catherine", "Bordeaux", "33000")],
    "ES": [("Calle de Alcalá", "Madrid", "28009"), ("Carrer de Mallorca", "Barcelona", "08013"), ("Avenida de la Constitución", "Sevilla", "41004")],
    "BE": [("Rue de la Loi", "Bruxelles", "1040")],
}
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me", "aol.com", "comcast.net",
             "yahoo.fr", "orange.fr", "hotmail.es", "gmx.de", "web.de", "live.com"]
US_AC = ["617", "857", "781", "508", "339", "212", "646", "718", "201", "305", "786", "510", "847", "404", "713", "401", "603"]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("ı", "i").replace("ø", "o").replace("Ø", "O")


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card_number():
    pre = R.choice(["4", "51", "53", "55", "4"])
    body = pre + "".join(R.choice("0123456789") for _ in range(15 - len(pre)))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def ssn():
    while True:
        a = R.randint(1, 899)
        if a in (0, 666):
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        v = "%03d-%02d-%04d" % (a, g, s)
        if v not in ("078-05-1120", "219-09-9999", "123-45-6789"):
            return v


def passport(nat):
    d = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    up = lambda n: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    if nat == "US":
        return R.choice([d(9), "A" + d(8), "5" + d(8)])
    if nat == "FR":
        return d(2) + up(2) + d(5)
    if nat in ("ES", "AR", "CO", "CL", "MX"):
        return up(3) + d(6)
    if nat == "DE":
        return "C" + "".join(R.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
    if nat in ("GB", "IE"):
        return d(9) if nat == "GB" else up(2) + d(7)
    if nat in ("NG", "IN"):
        return up(1) + d(8) if nat == "NG" else up(1) + d(7)
    if nat in ("JP", "PL", "BR", "SE", "DK"):
        return up(2) + d(7) if nat != "BR" else up(2) + d(6)
    return up(1) + d(7)


def mbi():
    C = "123456789"
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = A + N
    return R.choice(C) + R.choice(A) + R.choice(AN) + R.choice(N) + R.choice(A) + R.choice(AN) + R.choice(N) + R.choice(A) + R.choice(A) + R.choice(N) + R.choice(N)


class Person:
    def __init__(self, age=None, sex=None, origin=None):
        pool = [x for x in FIRST if (sex is None or x[1] == sex) and (origin is None or x[2] == origin)]
        f, sex, origin = R.choice(pool or [x for x in FIRST if sex is None or x[1] == sex])
        self.first, self.sex, self.origin = f, sex, origin
        self.last = R.choice(LAST.get(origin, LAST["US"]))
        self.middle = R.choice(["", "", "", "J", "A", "M", "R", "E"])
        if age is None:
            age = R.choice([R.randint(19, 45), R.randint(19, 70), R.randint(46, 88), R.randint(8, 18), R.randint(22, 60)])
            if R.random() < 0.06:
                age = R.randint(90, 97)
        self.age = age
        self.dob = date(2024 - age, R.randint(1, 12), R.randint(1, 28))
        if self.dob > date(2024 - age, 5, 14):
            self.dob = date(self.dob.year - 1, self.dob.month, self.dob.day)
        self.nat = origin if R.random() < 0.45 else "US"
        if origin in ("FR", "ES", "BE") and R.random() < 0.5:
            self.nat = origin
        self.ppt = passport(self.nat)
        local = fold(self.first).lower().replace(" ", "").replace("'", "")
        llast = fold(self.last).lower().replace(" ", "").replace("'", "").replace(".", "")
        style = R.randint(0, 4)
        if style == 0:
            user = "%s.%s" % (local, llast)
        elif style == 1:
            user = "%s%s%d" % (local[0], llast, R.randint(1, 99))
        elif style == 2:
            user = "%s_%s%02d" % (local, llast[:5], self.dob.year % 100)
        elif style == 3:
            user = "%s.%s%d" % (local, llast, R.randint(1960, 2005))
        else:
            user = "%s%s" % (local, llast[:1])
        dom = R.choice(EMAIL_DOM)
        if origin == "FR" and R.random() < 0.6:
            dom = R.choice(["orange.fr", "free.fr", "laposte.net", "yahoo.fr"])
        if origin == "ES" and R.random() < 0.6:
            dom = R.choice(["hotmail.es", "gmail.com", "telefonica.net"])
        self.email = user + "@" + dom
        self.username = R.choice([user.split("@")[0], local[:1] + llast + str(R.randint(10, 999))])
        if self.nat in ("FR", "BE") and R.random() < 0.5:
            self.phone_kind = "FR"
        elif self.nat in ("ES", "AR", "CO") and R.random() < 0.5:
            self.phone_kind = "ES"
        else:
            self.phone_kind = "US"
        self.ac = R.choice(US_AC)
        self.pn = "%03d%04d" % (R.choice([R.randint(201, 554), R.randint(556, 989)]), R.randint(0, 9999))
        self.frn = "6" + "".join(R.choice("0123456789") for _ in range(8))
        self.esn = "6" + "".join(R.choice("0123456789") for _ in range(8))
        self.place = R.choice(US_PLACES)
        self.zip = self.place[2] + "%02d" % R.randint(1, 60)
        self.street = "%d %s" % (R.randint(3, 1999), R.choice(STREETS))
        self.apt = R.choice(["", "", "Apt 3", "Unit 2B", "#12", "Apt 407"])
        self.mrn = "TM%07d" % R.randint(100000, 9999999)
        self.pk = R.randint(10000, 99999)
        self.bref = "YF-" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        self.ssn = ssn()
        self.registry_id = "%010d" % R.randint(10 ** 8, 10 ** 10 - 1)
        self.policy = R.choice([
            "AXA-TRV-%08d" % R.randint(0, 10 ** 8 - 1), "ATP%010d" % R.randint(0, 10 ** 10 - 1),
            "GBG-%07d" % R.randint(0, 10 ** 7 - 1), "EA-TRV-%08d" % R.randint(0, 10 ** 8 - 1),
            "IMG%09d" % R.randint(0, 10 ** 9 - 1)])
        self.member = R.choice(["XKM%09d" % R.randint(0, 10 ** 9 - 1), "W%09d" % R.randint(0, 10 ** 9 - 1),
                                "ZGP%08d" % R.randint(0, 10 ** 8 - 1), mbi()])
        self.cert = R.choice(["US-YF-24-%06d" % R.randint(0, 999999), "ICVP%08d" % R.randint(0, 10 ** 8 - 1),
                              "MA-YF-2024-%05d" % R.randint(0, 99999)])
        self.emp = R.choice(["E%06d" % R.randint(0, 999999), "%07d" % R.randint(1000000, 9999999),
                             "EMP-%05d" % R.randint(0, 99999)])
        self.device_id = hexid(16)

    # names
    def full(self):
        return "%s %s" % (self.first, self.last)

    def name(self, style=None):
        st = style if style is not None else R.randint(0, 8)
        if st == 0:
            return self.full()
        if st == 1:
            return "%s, %s" % (self.last.upper(), self.first)
        if st == 2:
            return "%s, %s" % (self.last, self.first)
        if st == 3:
            return "%s. %s" % (self.first[0], self.last)
        if st == 4:
            return self.full().lower()
        if st == 5:
            return "%s %s" % (self.last.upper(), self.first)
        if st == 6:
            return self.full().upper()
        if st == 8:
            return "%s.%s %s" % (self.first[0], (self.middle + ".") if self.middle else "", self.last)
        return "%s %s%s" % (self.first, (self.middle + ". ") if self.middle else "", self.last)

    def xpn(self):
        if self.middle:
            return "%s^%s^%s" % (fold(self.last).upper(), fold(self.first).upper(), self.middle)
        return "%s^%s" % (fold(self.last).upper(), fold(self.first).upper())

    def xpn_tail(self, code="L"):
        return ("^^^^" if self.middle else "^^^^^") + code

    def phone(self, style=None):
        if self.phone_kind == "FR":
            n = self.frn
            st = style if style is not None else R.randint(0, 2)
            if st == 0:
                return "+33 %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:9])
            if st == 1:
                return "0%s.%s.%s.%s.%s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:9])
            return "+33" + n
        if self.phone_kind == "ES":
            n = self.esn
            st = style if style is not None else R.randint(0, 2)
            if st == 0:
                return "+34 %s %s %s" % (n[:3], n[3:6], n[6:])
            if st == 1:
                return n
            return "+34" + n
        a, n = self.ac, self.pn
        st = style if style is not None else R.randint(0, 6)
        return [
            "(%s) %s-%s" % (a, n[:3], n[3:]), "%s-%s-%s" % (a, n[:3], n[3:]), "%s%s" % (a, n),
            "+1%s%s" % (a, n), "+1 %s %s %s" % (a, n[:3], n[3:]), "%s.%s.%s" % (a, n[:3], n[3:]),
            "1-%s-%s-%s" % (a, n[:3], n[3:]),
        ][st]

    def e164(self):
        if self.phone_kind == "FR":
            return "+33" + self.frn
        if self.phone_kind == "ES":
            return "+34" + self.esn
        return "+1" + self.ac + self.pn


MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def fdate(d, st=None):
    st = st if st is not None else R.randint(0, 9)
    if st == 0:
        return d.isoformat()
    if st == 1:
        return d.strftime("%m/%d/%Y")
    if st == 2:
        return d.strftime("%d/%m/%Y")
    if st == 3:
        return d.strftime("%d.%m.%Y")
    if st == 4:
        return "%d %s %d" % (d.day, d.strftime("%b"), d.year)
    if st == 5:
        return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)
    if st == 6:
        return d.strftime("%Y%m%d")
    if st == 7:
        return d.strftime("%d-%b-%Y").upper()
    if st == 8:
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    return d.strftime("%m-%d-%Y")


def fdate_fr(d):
    return "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)


def fdate_es(d):
    return "%d de %s de %d" % (d.day, MONTHS_ES[d.month - 1], d.year)


def appt_date():
    return date(2024, 5, 14) + timedelta(days=R.randint(0, 60))


def appt_dt():
    d = appt_date()
    return d, "%02d:%02d" % (R.randint(8, 17), R.choice([0, 15, 30, 45]))


def trip():
    dep = date(2024, 5, 20) + timedelta(days=R.randint(0, 110))
    ret = dep + timedelta(days=R.randint(5, 40))
    return dep, ret


def public_ip():
    while True:
        a = R.choice([24, 37, 46, 67, 68, 71, 73, 76, 81, 86, 90, 98, 108, 142, 173, 174, 185, 187, 189, 190, 201, 209])
        ip = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        return ip


def private_ip():
    return R.choice(["10.0.%d.%d" % (R.randint(0, 9), R.randint(2, 250)), "172.20.%d.%d" % (R.randint(0, 5), R.randint(2, 250)),
                     "192.168.40.%d" % R.randint(2, 250)])


DEST = [("BR", "Manaus"), ("GH", "Accra"), ("NG", "Lagos"), ("CD", "Kinshasa"), ("KE", "Nairobi"), ("UG", "Entebbe"),
        ("PE", "Iquitos"), ("CO", "Leticia"), ("TZ", "Arusha"), ("CM", "Douala"), ("SN", "Dakar"), ("EC", "Tena"),
        ("BO", "Santa Cruz"), ("AO", "Luanda"), ("GF", "Cayenne"), ("ET", "Addis Ababa"), ("PA", "Darién"), ("CI", "Abidjan")]
CLINICS = ["BOS-01", "BOS-02", "CAM-01", "NYC-01", "NYC-03", "JC-01", "MIA-01", "OAK-02", "EVN-01"]
STAFF = [("Marcus", "Welby", "MD", "1518074429"), ("Aisha", "Rahman", "NP", "1932117705"), ("Étienne", "Marchand", "MD", "1720688013"),
         ("Sofía", "Castillo", "MD", "1396024471"), ("Paula", "Kessler", "RN", "1861590038"), ("Gregory", "Osei", "PharmD", "1649332207"),
         ("Hannah", "Lindgren", "MD", "1285917634")]
STAFF_USERS = ["mwelby", "arahman", "emarchand", "scastillo", "pkessler", "gosei", "hlindgren", "frontdesk.bos02", "svc_celery"]
LOTS = [("STAMARIL", "UJ432AB", "2025-09-30", "49281-915-01", "37"), ("STAMARIL", "UK118AC", "2026-01-31", "49281-915-01", "37"),
        ("VIVOTIF", "2216407", "2024-11-30", "46028-208-01", "25"), ("TYPHIM Vi", "UJ780AA", "2025-04-30", "49281-790-51", "101"),
        ("IXIARO", "JEV23J071", "2025-06-30", "42515-001-01", "134"), ("HAVRIX", "AHAVC842BA", "2026-02-28", "58160-826-11", "52"),
        ("IMOVAX RABIES", "X3A521V", "2025-12-31", "49281-250-51", "175"), ("VAXCHORA", "VC22-0417", "2024-12-15", "70460-004-01", "174")]


def staff():
    return R.choice(STAFF)


def photo_b64():
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x01, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00])
    raw += bytes(R.randint(0, 255) for _ in range(R.randint(90, 160)))
    return base64.b64encode(raw).decode()


# --------------------------------------------------------------------------- generators
# each returns a list of Line

def g_django_booking():
    p = Person()
    tick()
    L = Line("django")
    req = hexid(8)
    k = R.randint(0, 4)
    L.t(ts_django() + " INFO booking.views [req:%s] " % req)
    d, hm = appt_dt()
    if k == 0:
        L.t("booking created ref=").p(p.bref, "other_id").t(" traveller_id=").p(p.pk, "other_id")
        L.t(" clinic=%s slot=\"" % R.choice(CLINICS)).p("%s %s" % (d.isoformat(), hm), "date").t("\" services=YF,TYPH_INJ channel=web")
    elif k == 1:
        d2 = d + timedelta(days=R.randint(1, 9))
        L.t("rescheduled ref=").p(p.bref, "other_id").t(" old_slot=").p("%sT%s" % (d.isoformat(), hm), "date")
        L.t(" new_slot=").p("%sT%s" % (d2.isoformat(), hm), "date").t(" by=traveller")
    elif k == 2:
        L.t("cancellation requested by ").p(p.email, "email").t(" for booking ").p(p.bref, "other_id").t(" (reason: \"trip postponed\")")
    elif k == 3:
        L.t("slot hold expired ref=").p(p.bref, "other_id").t(" hold_seconds=900 released_to_pool=true")
    else:
        L.t("group booking ").t("corp=ACME-ENERGY size=%d lead=" % R.randint(2, 9)).p(p.name(0), "name")
        L.t(" first_slot=").p(d.strftime("%d/%m/%Y") + " " + hm, "date")
    return [L]


def g_django_sql():
    p = Person()
    tick()
    L = Line("django")
    k = R.randint(0, 2)
    dur = "(%.3f)" % R.uniform(0.0005, 0.04)
    L.t(ts_django() + " DEBUG django.db.backends %s " % dur)
    if k == 0:
        L.t('SELECT "travellers_traveller"."id", "travellers_traveller"."last_name", "travellers_traveller"."passport_number" FROM "travellers_traveller" WHERE UPPER("travellers_traveller"."passport_number"::text) = UPPER(\'')
        L.p(p.ppt, "license").t("') LIMIT 21; args=('").p(p.ppt, "license").t("',); alias=default")
    elif k == 1:
        L.t('UPDATE "travellers_traveller" SET "email" = \'').p(p.email, "email").t("', \"phone\" = '").p(p.e164(), "phone")
        L.t("' WHERE \"travellers_traveller\".\"id\" = ").p(p.pk, "other_id").t("; args=('").p(p.email, "email").t("', '")
        L.p(p.e164(), "phone").t("', ").p(p.pk, "other_id").t("); alias=default")
    else:
        L.t('SELECT COUNT(*) AS "__count" FROM "bookings_booking" WHERE ("bookings_booking"."clinic_id" = %d AND "bookings_booking"."status" = \'confirmed\'); args=(%d, \'confirmed\'); alias=default' % (R.randint(1, 9), R.randint(1, 9)))
    return [L]


def g_django_traceback():
    p = Person()
    tick()
    out = []
    L = Line("django")
    L.t(ts_django() + " ERROR django.request Internal Server Error: /api/v1/travellers/")
    out.append(L)
    for s in ["Traceback (most recent call last):",
              '  File "/app/.venv/lib/python3.11/site-packages/django/db/backends/utils.py", line 89, in _execute',
              "    return self.cursor.execute(sql, params)",
              "psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"travellers_traveller_passport_number_country_uniq\""]:
        out.append(Line("django").t(s))
    L = Line("django")
    L.t("DETAIL:  Key (passport_number, passport_country)=(").p(p.ppt, "license").t(", %s) already exists." % p.nat)
    out.append(L)
    return out


def g_django_noise():
    tick()
    k = R.randint(0, 9)
    L = Line("django")
    if k == 0:
        L.t('[%s] "GET /healthz/ HTTP/1.1" 200 2' % now().strftime("%d/%b/%Y %H:%M:%S"))
    elif k == 1:
        L = Line("gunicorn")
        L.t("[%s +0000] [%d] [INFO] Booting worker with pid: %d" % (now().strftime("%Y-%m-%d %H:%M:%S"), R.randint(7, 40), R.randint(41, 900)))
    elif k == 2:
        L.t("  Applying bookings.%04d_slot_capacity_per_vaccinator... OK" % R.randint(30, 60))
    elif k == 3:
        L.t(ts_django() + " WARNING django.security.csrf Forbidden (CSRF cookie not set.): /admin/login/")
    elif k == 4:
        L.t(ts_django() + " INFO booking.availability recomputed clinic=%s days=21 free_slots=%d took_ms=%d" % (R.choice(CLINICS), R.randint(40, 400), R.randint(30, 900)))
    elif k == 5:
        L.t(ts_django() + " WARNING django.request Not Found: /wp-login.php")
    elif k == 6:
        L = Line("gunicorn")
        L.t("[%s +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)" % now().strftime("%Y-%m-%d %H:%M:%S"))
    elif k == 7:
        L.t(ts_django() + " INFO booking.sms Twilio webhook status=delivered sid=SM%s" % hexid(32))
    elif k == 8:
        L.t(ts_django() + " INFO booking.views [req:%s] staff %s opened daily schedule clinic=%s date=%s" % (hexid(8), R.choice(STAFF_USERS), R.choice(CLINICS), now().date().isoformat()))
    else:
        L.t(ts_django() + " ERROR booking.payments Stripe API error: Request req_%s: rate limited (429), retry 2/5" % hexid(14))
    return [L]


def celery_prefix(level="INFO", proc=None):
    proc = proc or "ForkPoolWorker-%d" % R.randint(1, 8)
    return "[%s: %s/%s] " % (ts_django(), level, proc)


def g_celery_phi():
    p = Person()
    tick()
    L = Line("celery")
    tid = uuid4()
    k = R.randint(0, 5)
    if k == 0:
        L.t(celery_prefix() + "Task bookings.tasks.send_sms_reminder[%s] succeeded in %.5fs: {'to': '" % (tid, R.uniform(0.1, 2)))
        L.p(p.e164(), "phone").t("', 'status': 'queued', 'segments': 1}")
    elif k == 1:
        L.t(celery_prefix("WARNING") + "bookings.tasks.send_confirmation_email[%s]: SMTP 451 4.7.1 for " % tid)
        L.p(p.email, "email").t(", retrying in 60s (attempt 2/5)")
    elif k == 2:
        L.t(celery_prefix("ERROR") + "Task certificates.tasks.render_icvp[%s] raised unexpected: ValueError('missing date_of_birth for traveller " % tid)
        L.p(p.pk, "other_id").t("')")
    elif k == 3:
        d, hm = appt_dt()
        L.t(celery_prefix() + "Task bookings.tasks.build_reminder_payload[%s] succeeded in 0.0%ds: {'patient': '" % (tid, R.randint(1, 9)))
        L.p(p.name(2), "name").t("', 'appt': '").p(d.isoformat() + " " + hm, "date").t("', 'clinic': '%s', 'lang': '%s'}" % (R.choice(CLINICS), R.choice(["en", "es", "fr"])))
    elif k == 4:
        L.t(celery_prefix() + "Task registry.tasks.submit_vxu[%s] received" % tid)
        L2 = Line("celery")
        L2.t(celery_prefix() + "registry.tasks.submit_vxu[%s]: AE from MIIS for client " % tid).p(p.registry_id, "mrn")
        L2.t(": 'Patient date of birth ").p(p.dob.strftime("%Y%m%d"), "date").t(" conflicts with registry record'")
        return [L, L2]
    else:
        L.t(celery_prefix() + "Task certificates.tasks.email_icvp[%s] succeeded in %.3fs: 'sent " % (tid, R.uniform(0.3, 3)))
        L.p(p.cert, "license").t(" to ").p(p.email, "email").t("'")
    return [L]


def g_celery_noise():
    tick()
    k = R.randint(0, 7)
    L = Line("celery")
    if k == 0:
        L.t(celery_prefix(proc="MainProcess") + "Scheduler: Sending due task nightly-stock-reconcile (stock.tasks.reconcile_lots)")
    elif k == 1:
        L.t(celery_prefix(proc="MainProcess") + "celery@worker-%d.tmc-booking ready." % R.randint(1, 4))
    elif k == 2:
        L.t(celery_prefix(proc="MainProcess") + "Connected to redis://redis-booking.internal:6379/0")
    elif k == 3:
        L.t(celery_prefix(proc="MainProcess") + "Task bookings.tasks.send_sms_reminder[%s] received" % uuid4())
    elif k == 4:
        L.t(celery_prefix() + "Task stock.tasks.reconcile_lots[%s] succeeded in %.2fs: {'lots_checked': %d, 'discrepancies': %d}" % (uuid4(), R.uniform(1, 20), R.randint(20, 80), R.randint(0, 2)))
    elif k == 5:
        L.t(celery_prefix("WARNING", "MainProcess") + "Substantial drift from celery@worker-3.tmc-booking may mean clocks are out of sync.  Current drift is %d seconds." % R.randint(31, 90))
    elif k == 6:
        L.t(celery_prefix(proc="MainProcess") + "mingle: sync with %d nodes" % R.randint(1, 3))
    else:
        L.t(celery_prefix(proc="MainProcess") + "Scheduler: Sending due task reminders-48h (bookings.tasks.queue_reminders)")
    return [L]


def g_redis_noise():
    tick()
    pid = R.choice([1, 7])
    k = R.randint(0, 5)
    L = Line("redis")
    pre = "%d:M %s " % (pid, ts_redis())
    if k == 0:
        L.t(pre + "* %d changes in 300 seconds. Saving..." % R.randint(10, 900))
    elif k == 1:
        L.t(pre + "* Background saving started by pid %d" % R.randint(100, 9000))
    elif k == 2:
        L.t("%d:C %s * DB saved on disk" % (R.randint(100, 9000), ts_redis()))
    elif k == 3:
        L.t(pre + "* Background saving terminated with success")
    elif k == 4:
        L.t(pre + "# WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition.")
    else:
        L.t(pre + "* Replica 10.0.4.%d:6379 asks for synchronization" % R.randint(2, 60))
    return [L]


def g_redis_monitor():
    p = Person()
    tick()
    L = Line("redis-monitor")
    L.t('%s [0 %s:%d] ' % (ts_epoch(), private_ip(), R.randint(30000, 60000)))
    k = R.randint(0, 3)
    if k == 0:
        L.t('"HSET" "traveller:').p(p.pk, "other_id").t(':profile" "email" "').p(p.email, "email").t('" "mobile" "').p(p.e164(), "phone").t('"')
    elif k == 1:
        L.t('"SETEX" "otp:').p(p.e164(), "phone").t('" "300" "%06d"' % R.randint(0, 999999))
    elif k == 2:
        L.t('"GET" "celery-task-meta-%s"' % uuid4())
    else:
        L.t('"ZADD" "slots:%s:%s" "%d" "%s"' % (R.choice(CLINICS), appt_date().isoformat(), R.randint(1715600000, 1716000000), uuid4()))
    return [L]


def g_q_json():
    p = Person()
    tick()
    dep, ret = trip()
    c1, city1 = R.choice(DEST)
    L = Line("questionnaire-json")
    lang = R.choice(["en", "en", "es", "fr"])
    if lang == "en":
        def trav(L):
            jobj(L, [("firstName", p.first, "name"), ("lastName", p.last, "name"), ("dateOfBirth", p.dob.isoformat(), "date"),
                     ("ageAtTravel", p.age, "age" if p.age > 89 else None), ("sex", p.sex), ("nationality", p.nat),
                     ("passport", lambda L: jobj(L, [("number", p.ppt, "license"), ("issuingCountry", p.nat),
                                                     ("expiry", date(2029 + R.randint(0, 5), R.randint(1, 12), 1).isoformat())])),
                     ("email", p.email, "email"), ("mobile", p.phone(), "phone")]
                 + ([("tripBlog", "https://%s/%s" % (R.choice(["www.polarsteps.com", "findpenguins.com", "www.instagram.com"]), fold(p.first + p.last).replace(" ", "").replace("'", "").lower()), "url")] if R.random() < 0.3 else []))

        def itin(L):
            L.t("[")
            jobj(L, [("country", c1), ("city", city1), ("arrive", dep.isoformat(), "date"), ("depart", ret.isoformat(), "date"),
                     ("setting", R.choice(["urban", "rural", "jungle lodge", "river cruise"]))])
            L.t("]")
        jobj(L, [("questionnaireId", uuid4()), ("submittedAt", ts_iso()), ("locale", "en-US"), ("traveller", trav),
                 ("itinerary", itin), ("thymusDisorder", False), ("eggAllergy", R.random() < 0.1),
                 ("immunosuppressed", False), ("pregnant", False), ("priorYellowFever", None)])
    elif lang == "es":
        jobj(L, [("id_cuestionario", uuid4()), ("idioma", "es"), ("nombre", p.first, "name"), ("apellidos", p.last, "name"),
                 ("fecha_nacimiento", p.dob.strftime("%d/%m/%Y"), "date"), ("edad", p.age, "age" if p.age > 89 else None), ("nacionalidad", p.nat), ("num_pasaporte", p.ppt, "license"),
                 ("correo", p.email, "email"), ("telefono", p.phone(), "phone"), ("destino", "%s (%s)" % (city1, c1)),
                 ("fecha_salida", dep.strftime("%d/%m/%Y"), "date"), ("fecha_regreso", ret.strftime("%d/%m/%Y"), "date"),
                 ("alergia_huevo", False), ("embarazo", False), ("vacuna_fa_previa", False)])
    else:
        jobj(L, [("id_questionnaire", uuid4()), ("langue", "fr"), ("nom", p.last.upper(), "name"), ("prenom", p.first, "name"),
                 ("date_naissance", p.dob.strftime("%d/%m/%Y"), "date"), ("nationalite", p.nat), ("numero_passeport", p.ppt, "license"),
                 ("courriel", p.email, "email"), ("portable", p.phone(), "phone"), ("pays_destination", c1),
                 ("date_depart", dep.strftime("%d/%m/%Y"), "date"), ("traitement_immunosuppresseur", False), ("grossesse", False)])
    return [L]


def g_q_yaml():
    p = Person()
    tick()
    dep, ret = trip()
    c1, city1 = R.choice(DEST)
    out = []
    fam = "questionnaire-yaml"
    out.append(Line(fam).t("---"))
    out.append(Line(fam).t("submission_id: %s" % uuid4()))
    out.append(Line(fam).t("received_at: '%s'" % ts_iso()))
    out.append(Line(fam).t("traveller:"))
    out.append(Line(fam).t("  name: \"").p(p.name(2), "name").t("\""))
    out.append(Line(fam).t("  date_of_birth: ").p(p.dob.isoformat(), "date"))
    out.append(Line(fam).t("  passport_no: ").p(p.ppt, "license"))
    out.append(Line(fam).t("  nationality: %s" % p.nat))
    if R.random() < 0.6:
        out.append(Line(fam).t("  email: ").p(p.email, "email"))
    if R.random() < 0.5:
        out.append(Line(fam).t("  home_address: \"").p(p.street, "address").t(", ").p(p.place[0], "address").t(", %s " % p.place[1]).p(p.zip, "zip").t("\""))
    out.append(Line(fam).t("itinerary:"))
    out.append(Line(fam).t("  - country: %s" % c1))
    out.append(Line(fam).t("    region: %s" % city1))
    out.append(Line(fam).t("    depart: ").p(dep.isoformat(), "date"))
    out.append(Line(fam).t("    return: ").p(ret.isoformat(), "date"))
    out.append(Line(fam).t("medical:"))
    out.append(Line(fam).t("  thymus_disorder: false"))
    out.append(Line(fam).t("  hiv_positive: %s" % R.choice(["false", "unknown"])))
    if R.random() < 0.5:
        pd = p.dob + timedelta(days=365 * R.randint(18, 30))
        if pd < date(2024, 1, 1):
            out.append(Line(fam).t("  previous_yf_vaccine: \"").p(pd.strftime("%d/%m/%Y"), "date").t("\""))
    out.append(Line(fam).t("  current_medications: [\"%s\"]" % R.choice(["none", "levothyroxine 50mcg", "sertraline 50 mg", "methotrexate 15 mg weekly"])))
    if R.random() < 0.4:
        e = Person()
        e.last = p.last if R.random() < 0.5 else e.last
        out.append(Line(fam).t("emergency_contact:"))
        out.append(Line(fam).t("  name: ").p(e.name(0), "name"))
        out.append(Line(fam).t("  relation: %s" % R.choice(["spouse", "mother", "brother", "partner"])))
        out.append(Line(fam).t("  phone: '").p(e.phone(), "phone").t("'"))
    return out


def g_multipart():
    p = Person()
    tick()
    b = "----WebKitFormBoundary" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))
    L = Line("multipart")
    L.t(ts_django() + " DEBUG questionnaire.upload raw body (%d bytes, truncated): b'" % R.randint(40000, 260000))
    crlf = "\\r\\n"

    def field(name, val, cat):
        L.t("--" + b + crlf + 'Content-Disposition: form-data; name="%s"' % name + crlf + crlf).p(val, cat).t(crlf)
    field("csrfmiddlewaretoken", hexid(32), None)
    field("full_name", p.name(R.choice([0, 4, 6])), "name")
    field("dob", p.dob.strftime(R.choice(["%m/%d/%Y", "%Y-%m-%d", "%d/%m/%Y"])), "date")
    field("passport_number", p.ppt, "license")
    field("nationality", p.nat, None)
    if R.random() < 0.5:
        field("phone", p.phone(), "phone")
    if R.random() < 0.6:
        L.t("--" + b + crlf + 'Content-Disposition: form-data; name="passport_photo"; filename="IMG_%04d.jpg"' % R.randint(1000, 9999) + crlf)
        L.t("Content-Type: image/jpeg" + crlf + crlf).p(photo_b64(), "photo").t("...")
    else:
        field("trip_blog", "https://www.polarsteps.com/%s/%d-%s" % (fold(p.first + p.last).replace(" ", "").replace("'", ""), R.randint(1000000, 9999999), R.choice(["amazonia", "west-africa", "peru-2024"])), "url")
        L.t("--" + b + "--" + crlf)
    L.t("'")
    return [L]


def g_icvp_zap():
    p = Person()
    tick()
    L = Line("zap-json")
    st = staff()
    d = appt_date() - timedelta(days=R.randint(0, 10))
    if d > date(2024, 5, 14):
        d = date(2024, 5, 14)
    jobj(L, [("level", "info"), ("ts", float(ts_epoch()[:-3])), ("caller", "render/icvp.go:%d" % R.randint(100, 220)),
             ("msg", "certificate rendered"), ("svc", "icvp-renderer"), ("cert_no", p.cert, "license"),
             ("holder", "%s %s" % (fold(p.last).upper(), p.first), "name"), ("holder_dob", p.dob.strftime("%d %b %Y"), "date"),
             ("vaccine", "Yellow Fever"), ("administered", d.strftime("%d %b %Y"), "date"), ("clinician", "%s %s, %s" % (st[0], st[1], st[2])),
             ("lot", LOTS[R.randint(0, 1)][1]), ("template", "icvp_who_2005_v3"), ("pages", 1), ("bytes", R.randint(60000, 140000)),
             ("dur", round(R.uniform(0.08, 0.9), 3))])
    return [L]


def g_icvp_noise():
    tick()
    k = R.randint(0, 6)
    if k == 0:
        L = Line("weasyprint")
        L.t(ts_django() + " WARNING weasyprint Ignored `text-overflow: ellipsis` at %d:%d, unknown property." % (R.randint(10, 200), R.randint(1, 30)))
    elif k == 1:
        L = Line("zap-json")
        jobj(L, [("level", "info"), ("ts", float(ts_epoch()[:-3])), ("caller", "render/fonts.go:41"), ("msg", "font cache warmed"),
                 ("fonts", R.randint(4, 12)), ("dur", round(R.uniform(0.1, 1.5), 3))])
    elif k == 2:
        L = Line("zap-json")
        jobj(L, [("level", "error"), ("ts", float(ts_epoch()[:-3])), ("caller", "render/icvp.go:188"), ("msg", "template render failed"),
                 ("template", "icvp_who_2005_v3"), ("error", "qpdf: object 12 0 has invalid /Length"), ("trace_id", hexid(32)),
                 ("stacktrace", "main.(*Renderer).Render\\n\\t/src/render/icvp.go:188\\nmain.handle\\n\\t/src/http.go:77")])
    elif k == 3:
        L = Line("zap-console")
        L.t("%s\tINFO\trender/pool.go:53\tworker pool resized\t{\"workers\": %d, \"queue\": %d}" % (ts_iso(), R.randint(2, 8), R.randint(0, 40)))
    elif k == 4:
        L = Line("weasyprint")
        L.t(ts_django() + " INFO certificates.pdf signed ICVP batch=%d docs=%d pades=B-B tsa=ok sha256=%s" % (R.randint(100, 999), R.randint(1, 30), hexid(64)))
    elif k == 5:
        L = Line("zap-json")
        jobj(L, [("level", "debug"), ("ts", float(ts_epoch()[:-3])), ("caller", "render/stamp.go:29"), ("msg", "official stamp loaded"),
                 ("centre", "Designated YF Vaccination Centre %s" % R.choice(CLINICS)), ("stamp_sha1", hexid(40))])
    else:
        L = Line("weasyprint")
        L.t(ts_django() + " WARNING weasyprint Failed to load image at \"https://cdn.tmc-travelhealth.org/static/who_logo.png\": HTTP Error 503")
    return [L]


def g_pdfinfo():
    p = Person()
    tick()
    fam = "pdfinfo"
    out = [Line(fam).t("$ pdfinfo /var/lib/icvp/out/%s.pdf" % uuid4())]
    L = Line(fam).t("Title:           International Certificate of Vaccination - ").p("%s %s" % (fold(p.last).upper(), p.first), "name")
    out.append(L)
    out.append(Line(fam).t("Subject:         ICVP ").p(p.cert, "license"))
    out.append(Line(fam).t("Producer:        WeasyPrint 61.2"))
    out.append(Line(fam).t("CreationDate:    %s" % now().strftime("%a %b %d %H:%M:%S %Y UTC")))
    out.append(Line(fam).t("Pages:           1"))
    out.append(Line(fam).t("Page size:       297.638 x 419.528 pts (A6)"))
    return out


def g_stock():
    tick()
    prod, lot, exp, ndc, cvx = R.choice(LOTS)
    k = R.randint(0, 7)
    if k == 0:
        L = Line("zap-console")
        L.t("%s\tINFO\tstocksvc/lots.go:%d\tlot received\t{\"product\": \"%s\", \"lot\": \"%s\", \"ndc\": \"%s\", \"qty\": %d, \"site\": \"%s\", \"po\": \"PO-2024-%05d\"}"
            % (ts_iso(), R.randint(60, 90), prod, lot, ndc, R.choice([10, 20, 50]), R.choice(CLINICS), R.randint(0, 99999)))
    elif k == 1:
        L = Line("stock-kv")
        L.t("%s stock.move lot=%s product=\"%s\" qty=-1 site=%s expiry=%s reason=administered on_hand=%d" % (ts_iso(), lot, prod, R.choice(CLINICS), exp, R.randint(0, 60)))
    elif k == 2:
        L = Line("zap-console")
        L.t("%s\tWARN\tstocksvc/alerts.go:31\tlow stock\t{\"product\": \"%s\", \"site\": \"%s\", \"on_hand\": %d, \"par\": 20}" % (ts_iso(), prod, R.choice(CLINICS), R.randint(0, 6)))
    elif k == 3:
        L = Line("stock-csv")
        L.t("%s,%s,%s,%s,%s,%d,%d" % (now().date().isoformat(), R.choice(CLINICS), prod, lot, exp, R.randint(0, 80), R.randint(0, 3)))
    elif k == 4:
        L = Line("coldchain")
        L.t("%s fridge=%s-F%d probe=TD-%d temp_c=%.1f min_c=%.1f max_c=%.1f door_open_s=%d status=%s"
            % (ts_iso(), R.choice(CLINICS), R.randint(1, 3), R.randint(1000, 9999), R.uniform(2.5, 7.5), R.uniform(2.0, 4.0), R.uniform(5.0, 8.2), R.randint(0, 90), R.choice(["OK", "OK", "OK", "EXCURSION"])))
    elif k == 5:
        L = Line("zerolog-json")
        jobj(L, [("level", "info"), ("svc", "stock"), ("site", R.choice(CLINICS)), ("lot", lot), ("expiry", exp),
                 ("days_to_expiry", R.randint(10, 500)), ("time", ts_iso(ms=False)), ("message", "expiry scan")])
    elif k == 6:
        L = Line("stock-kv")
        L.t("%s stock.recall_check source=CDC-VIS lot=%s product=\"%s\" recalled=false checked_by=%s" % (ts_iso(), lot, prod, R.choice(STAFF_USERS)))
    else:
        L = Line("zap-console")
        L.t("%s\tERROR\tstocksvc/sync.go:112\tvtrcks sync failed\t{\"site\": \"%s\", \"error\": \"POST https://vtrcks.cdc.gov/api/orders: 502 Bad Gateway\", \"attempt\": %d}" % (ts_iso(), R.choice(CLINICS), R.randint(1, 5)))
    return [L]


def g_stock_phi():
    p = Person()
    tick()
    prod, lot, exp, ndc, cvx = R.choice(LOTS)
    L = Line("zap-console")
    L.t("%s\tINFO\tstocksvc/admin.go:%d\tdose administered\t{\"lot\": \"%s\", \"product\": \"%s\", \"site\": \"%s\", \"booking\": \"" % (ts_iso(), R.randint(40, 99), lot, prod, R.choice(CLINICS)))
    L.p(p.bref, "other_id").t("\", \"patient\": \"").p(p.mrn, "mrn").t("\", \"given_on\": \"").p(now().date().isoformat(), "date").t("\", \"by\": \"%s\"}" % R.choice(STAFF_USERS))
    return [L]


def hl7_ts():
    return now().strftime("%Y%m%d%H%M%S") + "-0400"


def g_hl7_vxu():
    p = Person()
    tick()
    fam = "hl7-vxu"
    out = []
    st = staff()
    prod, lot, exp, ndc, cvx = R.choice(LOTS[:5])
    ctl = "TMC%09d" % R.randint(0, 10 ** 9)
    site = R.choice(CLINICS)
    uname = fold(st[0][0] + st[1]).lower()
    out.append(Line(fam).t("MSH|^~\\&|TMC-EHR|%s^%s^NPI|MIIS|MADPH|%s||VXU^V04^VXU_V04|%s|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS" % (site, "1306849755", hl7_ts(), ctl)))
    L = Line(fam).t("PID|1||").p(p.mrn, "mrn").t("^^^TMC^MR")
    if R.random() < 0.65:
        L.t("~").p(p.ssn.replace("-", ""), "ssn").t("^^^SSA^SS")
    L.t("||").p(p.xpn(), "name").t(p.xpn_tail() + "|")
    if R.random() < 0.5:
        m = Person(sex="F")
        L.p("%s^%s" % (fold(m.last).upper(), fold(m.first).upper()), "name").t("^^^^^M")
    L.t("|").p(p.dob.strftime("%Y%m%d"), "date").t("|%s||%s|" % (p.sex, R.choice(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC", "2131-1^Other Race^CDCREC", "2076-8^Native Hawaiian or Other Pacific Islander^CDCREC"])))
    L.p(p.street.upper(), "address").t("^").t(p.apt.upper() if p.apt else "").t("^").p(p.place[0].upper(), "address").t("^%s^" % p.place[1]).p(p.zip, "zip").t("^USA^H||")
    L.t("^PRN^PH^^^").p(p.ac, "phone").t("^").p(p.pn, "phone")
    if R.random() < 0.5:
        L.t("~^NET^Internet^").p(p.email, "email")
    L.t("|||||||||2186-5^Not Hispanic or Latino^CDCREC||N|0")
    out.append(L)
    out.append(Line(fam).t("PD1|||||||||||02^Reminder/Recall - any method^HL70215|N|%s|||A|%s|%s" % (now().strftime("%Y%m%d"), now().strftime("%Y%m%d"), now().strftime("%Y%m%d"))))
    if R.random() < 0.5:
        rel = R.choice([("F", "MTH^Mother^HL70063"), ("M", "FTH^Father^HL70063"), ("M" if p.sex == "F" else "F", "SPO^Spouse^HL70063")])
        k = Person(sex=rel[0])
        k.last = p.last if R.random() < 0.6 else k.last
        L = Line(fam).t("NK1|1|").p(k.xpn(), "name").t(k.xpn_tail() + "|%s|||" % rel[1])
        L.t("^PRN^PH^^^").p(k.ac, "phone").t("^").p(k.pn, "phone")
        out.append(L)
    out.append(Line(fam).t("ORC|RE||%d^TMC|||||||%s^%s^%s^^^^^^TMC^L||%s^%s^%s^^^^^^CMS^L^^^NPI"
                           % (R.randint(100000, 999999), uname, fold(st[1]).upper(), fold(st[0]).upper(), st[3], fold(st[1]).upper(), fold(st[0]).upper())))
    adm = now().strftime("%Y%m%d")
    L = Line(fam).t("RXA|0|1|").p(adm, "date").t("|").p(adm, "date").t("|%s^%s^CVX|0.5|mL^milliliters^UCUM||00^New immunization record^NIP001|%s^%s^%s^^^^^^NPI|^^^%s||||%s|%s|PMC^Sanofi Pasteur^MVX|||CP|A"
                                                               % (cvx, prod.lower(), st[3], fold(st[1]).upper(), fold(st[0]).upper(), site, lot, exp.replace("-", "")))
    out.append(L)
    out.append(Line(fam).t("RXR|C28161^Intramuscular^NCIT|%s^HL70163" % R.choice(["LD^Left Deltoid", "RD^Right Deltoid", "LA^Left Arm"])))
    L = Line(fam).t("OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V01^Not VFC eligible^HL70064||||||F|||").p(adm, "date").t("||||VXC40^Eligibility captured at the immunization level^CDCPHINVS")
    out.append(L)
    out.append(Line(fam).t("OBX|2|TS|29769-7^Date vis presented^LN|2|%s||||||F" % "20230209"))
    return out


def g_hl7_qbp():
    p = Person()
    tick()
    fam = "hl7-qbp"
    out = []
    q = "Q%08d" % R.randint(0, 10 ** 8)
    out.append(Line(fam).t("MSH|^~\\&|TMC-EHR|TMC|MIIS|MADPH|%s||QBP^Q11^QBP_Q11|%s|P|2.5.1|||ER|AL|||||Z44^CDCPHINVS" % (hl7_ts(), hexid(12).upper())))
    m = Person(sex="F")
    L = Line(fam).t("QPD|Z44^Request Evaluated History and Forecast^CDCPHINVS|%s|" % q).p(p.mrn, "mrn").t("^^^TMC^MR|").p(p.xpn(), "name").t(p.xpn_tail() + "|")
    L.p("%s^%s" % (fold(m.last).upper(), fold(m.first).upper()), "name").t("^^^^^M|").p(p.dob.strftime("%Y%m%d"), "date").t("|%s|" % p.sex)
    L.p(p.street.upper(), "address").t("^^").p(p.place[0].upper(), "address").t("^%s^" % p.place[1]).p(p.zip, "zip").t("^USA^L|^PRN^PH^^^").p(p.ac, "phone").t("^").p(p.pn, "phone")
    out.append(L)
    out.append(Line(fam).t("RCP|I|%d^RD&Records&HL70126|R^real-time^HL70394" % R.choice([1, 5, 10])))
    # response
    out.append(Line("hl7-rsp").t("MSH|^~\\&|MIIS|MADPH|TMC-EHR|TMC|%s||RSP^K11^RSP_K11|%s|P|2.5.1|||NE|NE|||||Z42^CDCPHINVS" % (hl7_ts(), hexid(12).upper())))
    out.append(Line("hl7-rsp").t("MSA|AA|%s" % hexid(12).upper()))
    res = R.choice(["OK", "NF", "OK"])
    out.append(Line("hl7-rsp").t("QAK|%s|%s|Z44^Request Evaluated History and Forecast^CDCPHINVS" % (q, res)))
    if res == "OK":
        L = Line("hl7-rsp").t("PID|1||").p(p.registry_id, "mrn").t("^^^MIIS^SR~").p(p.mrn, "mrn").t("^^^TMC^MR||").p(p.xpn(), "name").t(p.xpn_tail() + "||").p(p.dob.strftime("%Y%m%d"), "date").t("|%s" % p.sex)
        out.append(L)
        prior = p.dob + timedelta(days=365 * R.randint(18, 30) + R.randint(0, 300))
        if prior < date(2023, 1, 1):
            out.append(Line("hl7-rsp").t("RXA|0|1|").p(prior.strftime("%Y%m%d"), "date").t("|").p(prior.strftime("%Y%m%d"), "date").t("|37^yellow fever^CVX|999|||01^Historical information - source unspecified^NIP001"))
    return out


def g_hl7_ack():
    tick()
    fam = "hl7-ack"
    ctl = "TMC%09d" % R.randint(0, 10 ** 9)
    out = [Line(fam).t("MSH|^~\\&|MIIS|MADPH|TMC-EHR|TMC|%s||ACK^V04^ACK|%s|P|2.5.1|||NE|NE" % (hl7_ts(), hexid(10).upper())),
           Line(fam).t("MSA|%s|%s" % (R.choice(["AA", "AA", "AE"]), ctl))]
    if R.random() < 0.5:
        out.append(Line(fam).t("ERR||RXA^1^11^4|103^Table value not found^HL70357|W|5^Table value not found^HL70533|||Facility ID not recognized, defaulted to parent org"))
    return out


def g_registry_zerolog():
    p = Person()
    tick()
    k = R.randint(0, 3)
    if k == 0:
        L = Line("zerolog-json")
        L.t('{"level":"debug","svc":"registry-gw","dir":"out","payload":"MSH|^~\\\\&|TMC-EHR|BOS02|MIIS|MADPH|%s||VXU^V04^VXU_V04|TMC%09d|P|2.5.1\\rPID|1||' % (hl7_ts(), R.randint(0, 10 ** 9)))
        L.p(p.mrn, "mrn").t("^^^TMC^MR||").p(p.xpn(), "name").t(p.xpn_tail() + "||").p(p.dob.strftime("%Y%m%d"), "date").t("|%s\\rRXA|0|1|" % p.sex)
        L.p(now().strftime("%Y%m%d"), "date").t('||37^yellow fever^CVX|0.5|mL^mL^UCUM\\r","bytes":%d,"time":"%s","message":"sending VXU"}' % (R.randint(600, 1400), ts_iso(ms=False)))
    elif k == 1:
        L = Line("zerolog-console")
        L.t("%s ERR registry submit failed error=\"MLLP read: i/o timeout\" client_id=" % ts_kitchen()).p(p.registry_id, "mrn").t(" attempt=%d svc=registry-gw" % R.randint(1, 4))
    elif k == 2:
        L = Line("zerolog-console")
        L.t("%s INF mllp connection established peer=%s:6661 tls=true svc=registry-gw" % (ts_kitchen(), private_ip()))
    else:
        L = Line("zerolog-json")
        jobj(L, [("level", "info"), ("svc", "registry-gw"), ("msg_type", "RSP^K11"), ("qak", "NF"), ("query_patient", p.xpn(), "name"),
                 ("dob", p.dob.strftime("%Y%m%d"), "date"), ("latency_ms", R.randint(80, 3000)), ("time", ts_iso(ms=False)), ("message", "no match in registry")])
    return [L]


def g_ncpdp():
    p = Person()
    tick()
    st = staff()
    fam = "ncpdp-xml"
    out = []
    drug = R.choice([("atovaquone 250 mg / proguanil hydrochloride 100 mg tablet", "1 tab PO daily with food, start 1-2 days before entering malaria area, continue 7 days after leaving"),
                     ("doxycycline hyclate 100 mg capsule", "1 cap PO daily, start 1-2 days before travel and continue 4 weeks after return"),
                     ("mefloquine 250 mg tablet", "1 tab PO weekly, start 2 weeks before travel, continue 4 weeks after return")])
    out.append(Line(fam).t('<?xml version="1.0" encoding="UTF-8"?>'))
    out.append(Line(fam).t('<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="2017071" TransportVersion="2017071" TransactionDomain="SCRIPT" TransactionVersion="2017071" StructuresVersion="2017071" ECLVersion="2017071">'))
    out.append(Line(fam).t("<Header><To Qualifier=\"P\">%07d</To><From Qualifier=\"C\">%s</From><MessageID>%s</MessageID><SentTime>%s</SentTime></Header>"
                           % (R.randint(1000000, 9999999), "TMCEPRESCRIBE", hexid(32), ts_iso())))
    out.append(Line(fam).t("<Body><NewRx><Patient><HumanPatient>"))
    out.append(Line(fam).t("<Identification><MedicalRecordIdentificationNumberEHR>").p(p.mrn, "mrn").t("</MedicalRecordIdentificationNumberEHR></Identification>"))
    out.append(Line(fam).t("<Name><LastName>").p(p.last, "name").t("</LastName><FirstName>").p(p.first, "name").t("</FirstName></Name>"))
    out.append(Line(fam).t("<Gender>%s</Gender><DateOfBirth><Date>" % p.sex).p(p.dob.isoformat(), "date").t("</Date></DateOfBirth>"))
    L = Line(fam).t("<Address><AddressLine1>").p(p.street, "address").t("</AddressLine1><City>").p(p.place[0], "address").t("</City><StateProvince>%s</StateProvince><PostalCode>" % p.place[1])
    L.p(p.zip, "zip").t("</PostalCode><CountryCode>US</CountryCode></Address>")
    out.append(L)
    L = Line(fam).t("<CommunicationNumbers><PrimaryTelephone><Number>").p(p.ac + p.pn, "phone").t("</Number></PrimaryTelephone>")
    if R.random() < 0.5:
        L.t("<Fax><Number>").p(p.ac + "%03d%04d" % (R.randint(201, 989), R.randint(0, 9999)), "fax").t("</Number></Fax>")
    if R.random() < 0.5:
        L.t("<ElectronicMail>").p(p.email, "email").t("</ElectronicMail>")
    out.append(L.t("</CommunicationNumbers>"))
    out.append(Line(fam).t("</HumanPatient></Patient>"))
    out.append(Line(fam).t("<Prescriber><NonVeterinarian><Identification><NPI>%s</NPI><DEANumber>M%s%07d</DEANumber></Identification><Name><LastName>%s</LastName><FirstName>%s</FirstName></Name>"
                           % (st[3], st[1][0].upper(), R.randint(0, 9999999), st[1], st[0])))
    out.append(Line(fam).t("<CommunicationNumbers><PrimaryTelephone><Number>6174200%03d</Number></PrimaryTelephone><Fax><Number>6174200999</Number></Fax></CommunicationNumbers></NonVeterinarian></Prescriber>" % R.randint(100, 199)))
    out.append(Line(fam).t("<MedicationPrescribed><DrugDescription>%s</DrugDescription><Quantity><Value>%d</Value><CodeListQualifier>38</CodeListQualifier></Quantity>" % (drug[0], R.choice([14, 21, 30, 42]))))
    out.append(Line(fam).t("<WrittenDate><Date>").p(now().date().isoformat(), "date").t("</Date></WrittenDate><Substitutions>0</Substitutions><NumberOfRefills>0</NumberOfRefills>"))
    out.append(Line(fam).t("<Sig><SigText>%s</SigText></Sig></MedicationPrescribed></NewRx></Body></Message>" % drug[1]))
    return out


def g_ncpdp_status():
    tick()
    k = R.randint(0, 3)
    if k == 0:
        L = Line("zerolog-json")
        jobj(L, [("level", "info"), ("svc", "erx-gw"), ("relates_to", hexid(32)), ("status", "010"), ("desc", "Status: transaction accepted"),
                 ("pharmacy_ncpdpid", "%07d" % R.randint(1000000, 9999999)), ("time", ts_iso(ms=False)), ("message", "Status received")])
    elif k == 1:
        L = Line("ncpdp-xml")
        L.t("<Message><Header><To Qualifier=\"C\">TMCEPRESCRIBE</To><From Qualifier=\"P\">%07d</From><MessageID>%s</MessageID><RelatesToMessageID>%s</RelatesToMessageID><SentTime>%s</SentTime></Header><Body><Error><Code>900</Code><DescriptionCode>220</DescriptionCode><Description>Transaction rejected: Prescriber not enrolled for controlled substances</Description></Error></Body></Message>"
            % (R.randint(1000000, 9999999), hexid(32), hexid(32), ts_iso()))
    elif k == 2:
        L = Line("zerolog-console")
        L.t("%s WRN directory refresh slow took=%dms entries=%d svc=erx-gw" % (ts_kitchen(), R.randint(2000, 9000), R.randint(60000, 70000)))
    else:
        L = Line("ncpdp-xml")
        L.t("<Message><Header><To Qualifier=\"C\">TMCEPRESCRIBE</To><From Qualifier=\"P\">%07d</From><MessageID>%s</MessageID><SentTime>%s</SentTime></Header><Body><Verify><VerifyStatus><Code>010</Code></VerifyStatus></Verify></Body></Message>"
            % (R.randint(1000000, 9999999), hexid(32), ts_iso()))
    return [L]


COMPANIES = ["Acme Energy Services", "Borealis Mining Corp", "Helix Pharma Field Ops", "Meridian Engineering", "NGO Aguas Limpias", "Solaris Telecom"]


def g_csv_header():
    fam = "csv-roster"
    tick()
    out = [Line(fam).t("employee_id,last_name,first_name,dob,passport_no,nationality,destination,depart_date,cost_center,email")]
    for _ in range(R.randint(2, 4)):
        p = Person()
        dep, ret = trip()
        c1, city = R.choice(DEST)
        L = Line(fam).p(p.emp, "other_id").t(",")
        ln = p.last
        if "," in ln or " " in ln:
            L.t('"').p(ln, "name").t('"')
        else:
            L.p(ln, "name")
        fn = p.first
        L.t(",")
        if " " in fn:
            L.t('"').p(fn, "name").t('"')
        else:
            L.p(fn, "name")
        L.t(",").p(p.dob.isoformat(), "date").t(",").p(p.ppt, "license").t(",%s,%s," % (p.nat, c1)).p(dep.isoformat(), "date").t(",CC-%04d," % R.randint(1000, 9999))
        work = "%s.%s@%s" % (fold(p.first).lower().replace(" ", ""), fold(p.last).lower().replace(" ", "").replace("'", ""), R.choice(["acme-energy.com", "borealismining.com", "helixpharma.com"]))
        L.p(work, "email")
        out.append(L)
    return out


def g_csv_noheader():
    fam = "csv-roster"
    tick()
    out = []
    co = R.choice(COMPANIES)
    for _ in range(R.randint(2, 4)):
        p = Person()
        dep, ret = trip()
        c1, city = R.choice(DEST)
        L = Line(fam).p(p.name(5), "name").t("|").p(fdate(p.dob, R.choice([1, 8, 9])), "date").t("|").p(p.ppt, "license").t("|%s|%s|%s|" % (p.nat, c1, co))
        L.p(dep.strftime("%m/%d/%Y"), "date").t("|").p(ret.strftime("%m/%d/%Y"), "date").t("|").p(p.phone(2), "phone").t("|%s" % R.choice(["YF+TYPH", "YF", "YF+HEPA+RAB", "MAL-PROPH"]))
        out.append(L)
    return out


def g_excel():
    fam = "excel-csv"
    tick()
    out = []
    hdr = "\ufeff" + '"Nom";"Prénom";"Date de naissance";"N° passeport";"Nationalité";"Pays de mission";"Départ";"Retour";"Téléphone";"Société"'
    if R.random() < 0.6:
        out.append(Line(fam).t(hdr))
    co = R.choice(COMPANIES)
    for _ in range(R.randint(2, 4)):
        p = Person()
        dep, ret = trip()
        c1, city = R.choice(DEST)
        L = Line(fam).t('"').p(p.last.upper(), "name").t('";"').p(p.first, "name").t('";"').p(p.dob.strftime("%d/%m/%Y"), "date").t('";"')
        L.p(p.ppt, "license").t('";"%s";"%s";"' % (p.nat, c1)).p(dep.strftime("%d/%m/%Y"), "date").t('";"').p(ret.strftime("%d/%m/%Y"), "date").t('";"')
        L.p(p.phone(), "phone").t('";"%s"' % co)
        out.append(L)
    if R.random() < 0.5:
        out.append(Line(fam).t(';;;;;;;;;"Total: %d voyageurs"' % len(out)))
    return out


def g_email():
    p = Person()
    tick()
    fam = "email"
    out = []
    ins = R.choice([("Europ Assistance Case Desk", "casedesk@europ-assistance.us"), ("AXA Travel Assistance", "medical.ops@axa-assistance.com"),
                    ("GeoBlue Member Services", "claims@geobluetravelinsurance.com"), ("Allianz Global Assistance", "mednet@allianz-assistance.com"),
                    ("International SOS Medical", "medops.boston@internationalsos.com")])
    case = "%02d-%06d" % (R.randint(22, 24), R.randint(0, 999999))
    out.append(Line(fam).t('From: "%s" <%s>' % ins))
    out.append(Line(fam).t("To: billing@tmc-travelhealth.org"))
    lang = R.choice(["en", "en", "es", "fr"])
    L = Line(fam).t("Subject: RE: Case ").p(case, "other_id").t(" / ").p("%s, %s" % (p.last.upper(), p.first), "name")
    L.t(" / %s" % {"en": "pre-authorization yellow fever vaccine", "es": "preautorización vacuna fiebre amarilla", "fr": "prise en charge vaccin fièvre jaune"}[lang])
    out.append(L)
    out.append(Line(fam).t("Date: %s" % now().strftime("%a, %d %b %Y %H:%M:%S +0200")))
    out.append(Line(fam).t("Message-ID: <%s.%s@%s>" % (hexid(16), hexid(8), ins[1].split("@")[1])))
    dep, ret = trip()
    if lang == "en":
        out.append(Line(fam).t("Dear colleagues,"))
        L = Line(fam).t("We confirm that our insured ").p(p.name(0), "name").t(" (policy no. ").p(p.policy, "health_plan").t(", DOB ").p(p.dob.strftime("%m/%d/%Y"), "date")
        L.t(") is covered for pre-travel vaccination prior to departure on ").p(dep.strftime("%B %d, %Y").replace(" 0", " "), "date").t(".")
        out.append(L)
        if R.random() < 0.5:
            L = Line(fam).t("The member can be reached at ").p(p.phone(), "phone").t(" or ").p(p.email, "email").t(" should you need to reschedule.")
            out.append(L)
        out.append(Line(fam).t("Please invoice the guarantee letter amount (USD 350.00) quoting our reference above."))
    elif lang == "es":
        out.append(Line(fam).t("Estimados:"))
        L = Line(fam).t("Les confirmamos la cobertura de nuestro asegurado/a ").p(p.name(0), "name").t(", póliza ").p(p.policy, "health_plan")
        L.t(", nacido/a el ").p(fdate_es(p.dob), "date").t(", con salida prevista el ").p(dep.strftime("%d/%m/%Y"), "date").t(".")
        out.append(L)
        out.append(Line(fam).t("Rogamos nos remitan la factura indicando nuestra referencia de expediente."))
    else:
        out.append(Line(fam).t("Madame, Monsieur,"))
        L = Line(fam).t("Nous vous confirmons la prise en charge de notre assuré(e) ").p(p.name(5), "name").t(" (contrat ").p(p.policy, "health_plan")
        L.t("), né(e) le ").p(fdate_fr(p.dob), "date").t(", départ prévu le ").p(fdate_fr(dep), "date").t(".")
        out.append(L)
        out.append(Line(fam).t("Merci d'adresser la facture à notre service en rappelant la référence du dossier."))
    out.append(Line(fam).t("Kind regards / Saludos / Cordialement,"))
    out.append(Line(fam).t("%s | +1 800 %03d %04d | Fax +1 800 %03d %04d" % (ins[0], R.randint(200, 999), R.randint(0, 9999), R.randint(200, 999), R.randint(0, 9999))))
    return out


def g_email_traveller():
    """traveller writes to the clinic; forwarded to helpdesk log"""
    p = Person()
    tick()
    fam = "email"
    out = []
    out.append(Line(fam).t("From: ").p(p.name(0), "name").t(" <").p(p.email, "email").t(">"))
    out.append(Line(fam).t("To: appointments@tmc-travelhealth.org"))
    out.append(Line(fam).t("Subject: Re: Your appointment %s" % "").p(p.bref, "other_id"))
    d, hm = appt_dt()
    L = Line(fam).t("> Your appointment is on ").p(d.strftime("%A, %B %d, %Y").replace(" 0", " ") + " at " + hm, "date").t(" at our %s clinic." % R.choice(["Cambridge", "Back Bay", "Jersey City", "Brickell"]))
    out.append(L)
    L = Line(fam).t("Hi, I need to move this, I fly out on ").p(fdate(trip()[0], R.choice([1, 5, 8])), "date").t(". Also my %s " % ("husband" if p.sex == "F" else "wife")).p(Person(sex="M" if p.sex == "F" else "F").first + " " + p.last, "name").t(" wants to come too. Thanks")
    out.append(L)
    if R.random() < 0.5:
        out.append(Line(fam).t("Sent from my iPhone"))
    return out


def nginx_ua():
    return R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                     "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
                     "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
                     "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"])


def g_nginx_phi():
    p = Person()
    tick()
    L = Line("nginx-access")
    k = R.randint(0, 3)
    L.p(public_ip(), "ip").t(" - - [%s] \"" % ts_nginx())
    if k == 0:
        L.t("GET /portal/questionnaire/%s/?email=" % uuid4()).p(p.email.replace("@", "%40"), "email").t("&lang=%s HTTP/2.0\" 200 %d" % (R.choice(["en", "es", "fr"]), R.randint(3000, 30000)))
    elif k == 1:
        L.t("POST /api/v1/bookings/ HTTP/2.0\" 201 %d" % R.randint(200, 900))
    elif k == 2:
        L.t("GET /book/confirm/").p(p.bref, "other_id").t("/ HTTP/1.1\" 200 %d" % R.randint(3000, 9000))
    else:
        L.t("GET /portal/travellers/").p(p.pk, "other_id").t("/certificate.pdf HTTP/2.0\" 200 %d" % R.randint(60000, 140000))
    L.t(" \"https://book.tmc-travelhealth.org/\" \"%s\" rt=%.3f uct=0.001 urt=%.3f" % (nginx_ua(), R.uniform(0.01, 1.2), R.uniform(0.01, 1.2)))
    return [L]


def g_nginx_noise():
    tick()
    k = R.randint(0, 5)
    L = Line("nginx-access")
    if k == 0:
        L.t("%s - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" rt=0.001" % (private_ip(), ts_nginx()))
    elif k == 1:
        L.t("%s - - [%s] \"GET /static/css/main.%s.css HTTP/2.0\" 304 0 \"https://book.tmc-travelhealth.org/\" \"%s\" rt=0.000" % (private_ip(), ts_nginx(), hexid(8), nginx_ua()))
    elif k == 2:
        L.t("%s - - [%s] \"GET /metrics HTTP/1.1\" 200 %d \"-\" \"Prometheus/2.51.1\" rt=0.004" % (private_ip(), ts_nginx(), R.randint(8000, 20000)))
    elif k == 3:
        L = Line("nginx-error")
        L.t("%s [warn] %d#%d: *%d an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/%d/%02d/%010d while reading upstream, client: %s, server: book.tmc-travelhealth.org, request: \"GET /portal/travellers/export.pdf HTTP/2.0\", upstream: \"http://10.0.2.11:8000/portal/travellers/export.pdf\""
            % (now().strftime("%Y/%m/%d %H:%M:%S"), R.randint(20, 40), 0, R.randint(1000, 99999), R.randint(1, 9), R.randint(0, 99), R.randint(0, 10 ** 9), private_ip(), ))
    elif k == 4:
        L = Line("nginx-error")
        L.t("%s [error] 31#31: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: api.tmc-travelhealth.org, request: \"GET /internal/stock/summary HTTP/1.1\", upstream: \"http://10.0.2.14:8080/internal/stock/summary\""
            % (now().strftime("%Y/%m/%d %H:%M:%S"), R.randint(1000, 99999), private_ip()))
    else:
        L.t("%s - - [%s] \"GET /.env HTTP/1.1\" 404 153 \"-\" \"Mozilla/5.0 zgrab/0.x\" rt=0.000" % (R.choice(["45.148.10.%d" % R.randint(2, 250), "185.224.128.%d" % R.randint(2, 250)]), ts_nginx()))
    return [L]


def g_nginx_error_phi():
    p = Person()
    tick()
    L = Line("nginx-error")
    L.t("%s [error] 31#31: *%d client intended to send too large body: %d bytes, client: " % (now().strftime("%Y/%m/%d %H:%M:%S"), R.randint(1000, 99999), R.randint(10 ** 7, 4 * 10 ** 7)))
    L.p(public_ip(), "ip").t(", server: book.tmc-travelhealth.org, request: \"POST /q/%s/upload?traveller=" % hexid(10)).p(p.pk, "other_id").t(" HTTP/2.0\", host: \"book.tmc-travelhealth.org\"")
    return [L]


def postfix_pre(proc):
    return "%s mx1 postfix/%s[%d]: " % (ts_syslog(), proc, R.randint(1000, 40000))


def g_postfix_phi():
    p = Person()
    tick()
    qid = hexid(10).upper()
    k = R.randint(0, 2)
    L = Line("postfix")
    if k == 0:
        dom = p.email.split("@")[1]
        relay = {"gmail.com": "gmail-smtp-in.l.google.com[142.250.27.27]:25", "orange.fr": "smtp-in.orange.fr[80.12.26.33]:25",
                 "hotmail.com": "hotmail-com.olc.protection.outlook.com[52.101.68.5]:25", "outlook.com": "outlook-com.olc.protection.outlook.com[52.101.8.44]:25",
                 "yahoo.com": "mta7.am0.yahoodns.net[67.195.204.72]:25", "icloud.com": "mx01.mail.icloud.com[17.57.154.33]:25"}.get(dom, "mx.%s[%d.%d.%d.%d]:25" % (dom, R.randint(30, 200), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
        L.t(postfix_pre("smtp") + "%s: to=<" % qid).p(p.email, "email").t(">, relay=%s, delay=%.2f, delays=0.1/0/%.2f/%.2f, dsn=2.0.0, status=sent (250 2.0.0 OK %s)"
                                                              % (relay, R.uniform(0.3, 3), R.uniform(0.1, 1), R.uniform(0.1, 1), hexid(14)))
    elif k == 1:
        L.t(postfix_pre("smtp") + "%s: to=<" % qid).p(p.email, "email").t(">, relay=mx.%s[%d.%d.%d.%d]:25, delay=0.6, dsn=5.1.1, status=bounced (host said: 550 5.1.1 <" % (p.email.split("@")[1], R.randint(30, 200), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
        L.p(p.email, "email").t(">: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))")
    else:
        L.t(postfix_pre("smtpd") + "NOQUEUE: reject: RCPT from unknown[%s]: 450 4.7.1 Client host rejected: cannot find your reverse hostname; from=<" % public_ip()).p(p.email, "email").t("> to=<appointments@tmc-travelhealth.org> proto=ESMTP helo=<[192.168.1.%d]>" % R.randint(2, 200))
    return [L]


def g_postfix_noise():
    tick()
    qid = hexid(10).upper()
    k = R.randint(0, 4)
    L = Line("postfix")
    if k == 0:
        L.t(postfix_pre("qmgr") + "%s: from=<no-reply@tmc-travelhealth.org>, size=%d, nrcpt=1 (queue active)" % (qid, R.randint(3000, 200000)))
    elif k == 1:
        L.t(postfix_pre("cleanup") + "%s: message-id=<%s@tmc-travelhealth.org>" % (qid, uuid4()))
    elif k == 2:
        L.t(postfix_pre("qmgr") + "%s: removed" % qid)
    elif k == 3:
        L.t(postfix_pre("smtpd") + "connect from app-%d.internal[%s]" % (R.randint(1, 4), private_ip()))
    else:
        L.t(postfix_pre("anvil") + "statistics: max connection rate 4/60s for (smtp:%s) at %s" % (private_ip(), now().strftime("%b %d %H:%M:%S")))
    return [L]


def g_notify_zerolog():
    p = Person()
    tick()
    k = R.randint(0, 3)
    d, hm = appt_dt()
    if k == 0:
        L = Line("zerolog-json")
        jobj(L, [("level", "info"), ("svc", "notify"), ("channel", "sms"), ("to", p.e164(), "phone"), ("template", "appt_reminder_48h"),
                 ("appt_at", "%sT%s:00-04:00" % (d.isoformat(), hm), "date"), ("provider_id", "SM" + hexid(32)), ("time", ts_iso(ms=False)), ("message", "reminder sent")])
    elif k == 1:
        L = Line("zerolog-console")
        L.t("%s INF push delivered device_id=" % ts_kitchen()).p(p.device_id, "device").t(" user=").p(p.username, "other_id").t(" template=cert_ready svc=notify")
    elif k == 2:
        L = Line("zerolog-json")
        jobj(L, [("level", "warn"), ("svc", "notify"), ("channel", "email"), ("rcpt", p.email, "email"), ("error", "mailbox full (452 4.2.2)"),
                 ("retry_in", "15m"), ("time", ts_iso(ms=False)), ("message", "deferred")])
    else:
        L = Line("zerolog-console")
        L.t("%s WRN sms undeliverable to=" % ts_kitchen()).p(p.phone(R.choice([0, 1, 2])), "phone").t(" code=30006 carrier=\"landline or unreachable\" booking=").p(p.bref, "other_id").t(" svc=notify")
    return [L]


def g_notify_noise():
    tick()
    k = R.randint(0, 4)
    if k == 0:
        L = Line("zerolog-console")
        L.t("%s INF http server listening addr=:8080 version=v%d.%d.%d commit=%s svc=notify" % (ts_kitchen(), 1, R.randint(4, 9), R.randint(0, 20), hexid(7)))
    elif k == 1:
        L = Line("zerolog-json")
        jobj(L, [("level", "info"), ("svc", "notify"), ("queued", R.randint(0, 400)), ("sent_1m", R.randint(0, 60)), ("failed_1m", R.randint(0, 3)),
                 ("time", ts_iso(ms=False)), ("message", "queue stats")])
    elif k == 2:
        L = Line("zap-json")
        jobj(L, [("level", "info"), ("ts", float(ts_epoch()[:-3])), ("caller", "grpc/server.go:88"), ("msg", "finished unary call"),
                 ("grpc.method", "/stock.v1.Lots/Reserve"), ("grpc.code", "OK"), ("grpc.time_ms", round(R.uniform(0.3, 30), 3)),
                 ("trace_id", hexid(32)), ("span_id", hexid(16))])
    elif k == 3:
        L = Line("zerolog-console")
        L.t("%s DBG config loaded redis=redis-booking.internal:6379 smtp=mx1.internal:25 twilio_region=us1 svc=notify" % ts_kitchen())
    else:
        L = Line("zap-console")
        L.t("%s\tWARN\tnotify/ratelimit.go:44\ttwilio rate limit approaching\t{\"used\": %d, \"limit\": 100, \"window\": \"1s\"}" % (ts_iso(), R.randint(80, 99)))
    return [L]


def g_parking():
    p = Person()
    tick()
    L = Line("zap-console")
    plate = R.choice(["%d%s%s%d" % (R.randint(1, 9), R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)), R.randint(100, 999)),
                      "%s-%04d" % ("".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), R.randint(0, 9999))])
    L.t("%s\tINFO\tkiosk/parking.go:61\tvalidation issued\t{\"site\": \"%s\", \"plate\": \"" % (ts_iso(), R.choice(CLINICS))).p(plate, "vehicle")
    L.t("\", \"state\": \"%s\", \"booking\": \"" % p.place[1]).p(p.bref, "other_id").t("\", \"minutes\": 90}")
    return [L]


def g_payment():
    p = Person()
    tick()
    L = Line("django")
    k = R.randint(0, 2)
    if k == 0:
        L.t(ts_django() + " ERROR booking.payments card declined ref=").p(p.bref, "other_id").t(" pan=").p(card_number(), "account").t(" exp=%02d/%02d decline_code=insufficient_funds" % (R.randint(1, 12), R.randint(25, 29)))
    elif k == 1:
        L.t(ts_django() + " INFO booking.payments charge ok ref=").p(p.bref, "other_id").t(" card=**** %04d amount=USD %d.00 intent=pi_%s" % (R.randint(0, 9999), R.choice([175, 210, 350, 420]), hexid(24)))
    else:
        L.t(ts_django() + " INFO billing.invoices patient account ").p("PA-%08d" % R.randint(0, 10 ** 8), "account").t(" balance=%.2f for " % R.uniform(0, 500)).p(p.name(1), "name").t(" member_id=").p(p.member, "health_plan")
    return [L]


def g_note():
    tick()
    lang = R.choice(["en", "en", "en", "es", "es", "fr", "fr"])
    k = R.randint(0, 3)
    origin = None
    if lang == "es" and R.random() < 0.6:
        origin = R.choice(["ES", "AR", "CO", "MX", "CL"])
    if lang == "fr" and R.random() < 0.6:
        origin = R.choice(["FR", "BE", "HT", "CA"])
    old = R.random() < 0.5
    if (lang, k) in (("en", 2), ("fr", 1)):
        age = R.randint(90, 97) if old else R.randint(61, 88)
    elif (lang, k) == ("en", 1):
        age = R.randint(90, 96) if old else R.randint(55, 89)
    else:
        age = R.randint(90, 95) if old and R.random() < 0.3 else R.randint(18, 75)
    p = Person(age=age, origin=origin)
    if (lang, k) in (("en", 2),):
        p = Person(age=age, sex="F", origin=origin)
    prod, lot, exp, ndc, cvx = R.choice(LOTS[:2])
    dep, ret = trip()
    c1, city = R.choice(DEST)
    L = Line("note-" + lang)
    L.t("%s NOTE clinic=%s author=%s | " % (now().strftime("%Y-%m-%d %H:%M"), R.choice(CLINICS), R.choice(STAFF_USERS[:7])))
    age_cat = "age" if p.age > 89 else None
    if lang == "en":
        if k == 0:
            L.t("Pt ").p(p.name(R.choice([0, 3, 5, 8])), "name").t(", ").p(str(p.age), age_cat).t("%s, travelling to %s " % (p.sex, city)).p(dep.strftime("%m/%d"), "date").t("-").p(ret.strftime("%m/%d"), "date")
            L.t(". Denies egg allergy, no thymus hx. YF given %s deltoid lot %s. Advised atovaquone-proguanil. Call back " % (R.choice(["L", "R"]), lot)).p(p.phone(), "phone")
        elif k == 1:
            L.t("Patient ").p(p.name(0), "name").t(" (DOB ").p(fdate(p.dob, R.choice([1, 8, 5])), "date").t(") has pacemaker, card shows SN ")
            L.p("%s%06d%s" % (R.choice(["RNB", "PJN", "CPN"]), R.randint(0, 999999), R.choice(["S", "R", "H"])), "device").t(" - airport security letter provided. Live vaccine OK, ")
            L.p(str(p.age), age_cat).t(" y/o, discussed YEL-AVD risk.")
        elif k == 2:
            d = Person(sex="F")
            d.last = p.last
            L.t("Spoke w/ daughter ").p(d.first + " " + d.last, "name").t(" at ").p(d.phone(), "phone").t(" re: mother ").p(p.name(0), "name")
            L.t(", ").p(str(p.age), age_cat).t(", cruise to Amazon %s. Medical waiver issued, cert # " % dep.strftime("%B")).p("WVR-%05d" % R.randint(0, 99999), "license").t(".")
        else:
            L.t("pt called, lost yellow card. Reissued ICVP ").p(p.cert, "license").t(" for ").p(p.name(R.choice([1, 4])), "name").t(" - orig vaccination ")
            L.p(fdate(date(2024, 5, 14) - timedelta(days=R.randint(200, 3000)), R.choice([1, 4, 0])), "date").t(", lot unknown. Mailed to ").p(p.street, "address").t(", ").p(p.place[0], "address").t(" ").p(p.zip, "zip")
    elif lang == "es":
        if k in (0, 3):
            if p.origin == "ES":
                idt, idv = "DNI", "%08d%s" % (R.randint(0, 10 ** 8 - 1), R.choice("TRWAGMYFPDXBNJZSQVHLCKE"))
            else:
                idt, idv = "NIE", "%s%07d%s" % (R.choice("XYZ"), R.randint(0, 10 ** 7 - 1), R.choice("TRWAGMYFPDXBNJZSQVHLCKE"))
            L.t("Paciente ").p(p.name(0), "name").t(" (%s " % idt).p(idv, "other_id")
            L.t("), ").p(str(p.age), age_cat).t(" años, viaja a %s el " % city).p(dep.strftime("%d/%m/%Y"), "date").t(". Antecedente de timoma: contraindicada fiebre amarilla. Se emite certificado de exención nº ")
            L.p("EXM-%06d" % R.randint(0, 999999), "license").t(".")
        elif k == 1:
            L.t("Se administra vacuna FA lote %s brazo %s. Tolera bien. Próxima cita " % (lot, R.choice(["izquierdo", "derecho"]))).p(fdate_es(appt_date() + timedelta(days=14)), "date")
            L.t(" para ").p(p.name(1), "name").t(". Tel. contacto ").p(p.phone(), "phone").t(".")
        else:
            h = Person(sex="F")
            L.t("Llamó la hermana de ").p(p.name(0), "name").t(" (").p(h.first + " " + p.last, "name").t("): el paciente perdió su certificado internacional ").p(p.cert, "license").t(", solicita duplicado.")
    else:
        if k in (0, 3):
            L.t("Mme/M. ").p(p.name(5), "name").t(", né(e) le ").p(fdate_fr(p.dob), "date").t(", départ pour %s le " % city).p(fdate_fr(dep), "date")
            L.t(". Vaccin anti-amaril fait ce jour (lot %s). Pas d'allergie à l'œuf. " % lot).p(str(p.age), age_cat).t(" ans.")
        elif k == 1:
            L.t("Patient ").p(p.name(R.choice([2, 5])), "name").t(", ").p(str(p.age), age_cat).t(" ans, croisière Amazonie: risque MAV-FA majoré > 60 ans, décision partagée, vaccin reporté. Joignable au ")
            L.p(p.phone(), "phone").t(".")
        else:
            L.t("Appareil PPC (CPAP) n° série ").p("%s%07d" % (R.choice(["23", "22"]), R.randint(0, 10 ** 7 - 1)), "device").t(" pour ").p(p.name(0), "name").t(": attestation de voyage rédigée.")
            if p.origin == "FR":
                L.t(" NIR ").p("%d %02d %02d %02d %03d %03d %02d" % (1 if p.sex == "M" else 2, p.dob.year % 100, p.dob.month, R.randint(1, 95), R.randint(1, 999), R.randint(1, 999), R.randint(1, 97)), "other_id").t(".")
            else:
                L.t(" Adresse: ").p(p.street, "address").t(", ").p(p.place[0], "address").t(" ").p(p.zip, "zip").t(".")
    return [L]


def g_note_multiline():
    p = Person()
    tick()
    st = staff()
    fam = "note-en"
    out = []
    dep, ret = trip()
    c1, city = R.choice(DEST)
    out.append(Line(fam).t("=== PRE-TRAVEL CONSULT %s %s ===" % (R.choice(CLINICS), now().strftime("%Y-%m-%d"))))
    out.append(Line(fam).t("Name: ").p(p.name(1), "name").t("   MRN: ").p(p.mrn, "mrn"))
    out.append(Line(fam).t("DOB: ").p(fdate(p.dob, R.choice([1, 2, 4, 7])), "date").t("   Sex: %s   Nationality: %s" % (p.sex, p.nat)))
    out.append(Line(fam).t("Itinerary: %s (%s), " % (city, c1)).p(dep.strftime("%d %b"), "date").t(" to ").p(ret.strftime("%d %b %Y"), "date").t(", %s" % R.choice(["backpacking, rural stays", "business, urban hotels", "VFR, staying with family", "river cruise"])))
    out.append(Line(fam).t("Vaccines: YF (Stamaril) today, Typhoid Vi, Hep A #1. Rabies PrEP declined."))
    out.append(Line(fam).t("Malaria: %s e-prescribed; mosquito avoidance counselled." % R.choice(["atovaquone-proguanil", "doxycycline", "mefloquine"])))
    if R.random() < 0.5:
        out.append(Line(fam).t("Insurance: ").p(p.policy, "health_plan").t(" (travel), primary ").p(p.member, "health_plan"))
    out.append(Line(fam).t("Signed: %s %s, %s" % (st[0], st[1], st[2])))
    return out


def g_misc_noise():
    tick()
    k = R.randint(0, 11)
    if k == 0:
        L = Line("k8s")
        L.t("%s Normal  Pulled  pod/booking-web-%s-%s  Successfully pulled image \"registry.tmc.internal/booking-web:2024.05.%d-build.%d\" in %.3fs" % (ts_iso(), hexid(9), hexid(5), R.randint(1, 14), R.randint(1000, 3000), R.uniform(1, 9)))
    elif k == 1:
        L = Line("prometheus")
        L.t("booking_appointments_created_total{clinic=\"%s\",channel=\"web\"} %d %d" % (R.choice(CLINICS), R.randint(100, 9000), R.randint(1715600000000, 1715700000000)))
    elif k == 2:
        L = Line("config")
        L.t("CELERY_BROKER_URL=redis://redis-booking.internal:6379/0 CELERY_TASK_SOFT_TIME_LIMIT=120 ICVP_TEMPLATE=icvp_who_2005_v3 REGISTRY_ENDPOINT=mllp://miis-gw.state.internal:6661")
    elif k == 3:
        L = Line("staff-directory")
        st = staff()
        L.t("on-call travel physician: %s %s %s, pager 617-420-%04d, %s.%s@tmc-travelhealth.org" % (st[2] if st[2] != "MD" else "Dr.", st[0], st[1], R.randint(0, 9999), fold(st[0]).lower()[0], fold(st[1]).lower()))
    elif k == 4:
        L = Line("vendor")
        L.t("Sanofi Pasteur order desk: 1-800-822-2463 | account TMC-%06d | rep: Daniel Brooks, dbrooks@sanofi.example.com" % R.randint(0, 999999))
    elif k == 5:
        L = Line("django")
        L.t(ts_django() + " INFO booking.tasks daily summary clinic=%s booked=%d no_show=%d cancelled=%d yf_doses=%d" % (R.choice(CLINICS), R.randint(10, 80), R.randint(0, 6), R.randint(0, 9), R.randint(3, 40)))
    elif k == 6:
        L = Line("zap-json")
        jobj(L, [("level", "info"), ("ts", float(ts_epoch()[:-3])), ("caller", "main.go:54"), ("msg", "starting"), ("svc", R.choice(["stock", "icvp-renderer", "registry-gw"])),
                 ("version", "v%d.%d.%d" % (R.randint(1, 3), R.randint(0, 12), R.randint(0, 30))), ("go", "go1.22.3"), ("build", "%d" % R.randint(1000, 9999)), ("git_sha", hexid(40))])
    elif k == 7:
        L = Line("k8s")
        L.t("%s Warning Unhealthy pod/registry-gw-%s-%s Readiness probe failed: Get \"http://%s:8081/readyz\": context deadline exceeded" % (ts_iso(), hexid(9), hexid(5), private_ip()))
    elif k == 8:
        L = Line("django")
        L.t(ts_django() + " INFO booking.import roster import job=%d company=\"%s\" rows=%d created=%d updated=%d errors=%d" % (R.randint(100, 999), R.choice(COMPANIES), R.randint(5, 200), R.randint(0, 100), R.randint(0, 50), R.randint(0, 3)))
    elif k == 9:
        L = Line("zerolog-json")
        jobj(L, [("level", "error"), ("svc", "registry-gw"), ("error", "x509: certificate has expired or is not yet valid"), ("peer", "miis-gw.state.internal:6661"),
                 ("time", ts_iso(ms=False)), ("message", "handshake failed")])
    elif k == 10:
        L = Line("celery")
        L.t(celery_prefix() + "Task certificates.tasks.render_icvp[%s] retry: Retry in 30s: ConnectionError('icvp-renderer:9090 refused')" % uuid4())
    else:
        L = Line("django")
        L.t(ts_django() + " WARNING booking.sync order ORD-%08d sync pending with ERP, batch %d, sha=%s" % (R.randint(0, 10 ** 8), R.randint(1, 99), hexid(12)))
    return [L]

def g_eligibility():
    p = Person()
    tick()
    k = R.randint(0, 2)
    payer = R.choice(["BCBSMA", "HPHC", "TUFTS", "AETNA", "CIGNA", "UHC", "CMS"])
    if k == 0:
        L = Line("zerolog-json")
        pairs = [("level", "info"), ("svc", "eligibility"), ("payer", payer), ("member_id", p.member, "health_plan"),
                 ("subscriber", p.name(1), "name"), ("dob", p.dob.strftime("%Y%m%d"), "date"), ("coverage", "active"),
                 ("travel_vaccines", R.choice(["not covered", "covered_with_copay", "unknown"])), ("trace_id", hexid(32)),
                 ("time", ts_iso(ms=False)), ("message", "271 parsed")]
        jobj(L, pairs)
    elif k == 1:
        L = Line("django")
        L.t(ts_django() + " INFO insurance.checks 271 received payer=%s subscriber=\"" % payer).p(p.name(1), "name").t("\" member=").p(p.member, "health_plan")
        L.t(" group=GRP-%05d eb=1 (Active Coverage) stc=1 trn=%s" % (R.randint(0, 99999), hexid(10).upper()))
    else:
        L = Line("zerolog-console")
        L.t("%s WRN eligibility mismatch svc=eligibility payer=%s member=" % (ts_kitchen(), payer)).p(p.member, "health_plan").t(" reason=\"AAA*Y**73*C (invalid/missing subscriber name)\" sent_last=").p(fold(p.last).upper(), "name")
    return [L]



PHI_GENS = [(g_eligibility, 3), (g_django_booking, 6), (g_django_sql, 3), (g_django_traceback, 1), (g_celery_phi, 5), (g_redis_monitor, 3),
            (g_q_json, 6), (g_q_yaml, 2), (g_multipart, 2), (g_icvp_zap, 3), (g_pdfinfo, 1), (g_stock_phi, 2),
            (g_hl7_vxu, 3), (g_hl7_qbp, 1), (g_registry_zerolog, 3), (g_ncpdp, 1), (g_csv_header, 1), (g_csv_noheader, 1),
            (g_excel, 1), (g_email, 1), (g_email_traveller, 1), (g_nginx_phi, 4), (g_nginx_error_phi, 1), (g_postfix_phi, 3),
            (g_notify_zerolog, 4), (g_parking, 2), (g_payment, 3), (g_note, 9), (g_note_multiline, 1)]
NOISE_GENS = [(g_django_noise, 5), (g_celery_noise, 5), (g_redis_noise, 3), (g_icvp_noise, 4), (g_stock, 7), (g_hl7_ack, 1),
              (g_ncpdp_status, 2), (g_nginx_noise, 5), (g_postfix_noise, 4), (g_notify_noise, 4), (g_misc_noise, 6)]


CAPS = {g_ncpdp: 2, g_q_yaml: 2, g_pdfinfo: 2, g_email: 3, g_email_traveller: 2, g_hl7_vxu: 3, g_hl7_qbp: 2,
        g_note_multiline: 2, g_django_traceback: 2, g_csv_header: 2, g_csv_noheader: 2, g_excel: 2, g_hl7_ack: 3,
        g_multipart: 3, g_parking: 3}
COUNT = {}


def pick(gens):
    gens = [(g, w) for g, w in gens if COUNT.get(g, 0) < CAPS.get(g, 10 ** 6)]
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def main():
    N = 500
    lines = []
    used = set()
    # make sure every generator appears at least once
    order = [g for g, _ in PHI_GENS] + [g for g, _ in NOISE_GENS]
    R.shuffle(order)
    queue = list(order)
    while len(lines) < N:
        if queue:
            g = queue.pop()
        else:
            phi = sum(1 for l in lines if l.spans)
            frac_noise = 1 - phi / max(1, len(lines))
            g = pick(NOISE_GENS) if frac_noise < 0.55 else pick(PHI_GENS)
        blk = g()
        if len(lines) + len(blk) > N:
            continue
        COUNT[g] = COUNT.get(g, 0) + 1
        lines.extend(blk)
    assert len(lines) == N
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(l.text() for l in lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        for i, l in enumerate(lines, 1):
            txt = l.text()
            b = txt.encode("utf-8")
            assert txt and "\n" not in txt and "\r" not in txt
            spans = []
            for s, e, cat, val in l.spans:
                assert b[s:e] == val.encode("utf-8"), (i, val, b[s:e])
                assert val.strip() == val and val
                spans.append({"s": s, "e": e, "cat": cat})
            f.write(json.dumps({"line": i, "family": l.family, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
