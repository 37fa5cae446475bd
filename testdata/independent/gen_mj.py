#!/usr/bin/env python3
"""gen_mj.py - synthetic, labeled log corpus for a PHI detector.

Theme: a direct-to-consumer weight-loss telehealth company ("Kestrel Health")
prescribing GLP-1 medications. Systems: Typeform-style intake webhooks, a Django
REST API with Celery workers (async clinician review queue), e-prescribing to
compounding / mail-order pharmacies (JSON APIs, NCPDP SCRIPT XML, pipe batch
files, X12 270 benefit checks), Stripe, ShipStation / EasyPost, Shopify order
exports, Intercom and Gorgias support, Braze and Customer.io messaging, Segment,
BigQuery exports, Cloudflare / Vercel request logs, Sentry events, ID
verification and smart-scale webhooks, and clinicians' notes.

Standard library only, deterministic (fixed seed; the clock is simulated).
Writes mj.log (500 lines) and mj.labels.jsonl next to this file.
All people, addresses, numbers and identifiers are synthetic.

Labeling decisions:
- Only identifiers of patients / members and people tied to them (relatives,
  emergency contacts, cardholders, insurance subscribers) are labeled.
  Clinicians, pharmacists, support agents, ops staff, pharmacies, carriers,
  vendors and Kestrel itself (names, NPIs, DEA and licence numbers, work
  emails, phones, faxes, addresses) are never labeled.
- name: any rendering of a patient's/relative's name (full, "Last, First",
  upper/lower case, initials + surname, single first name in a chat greeting
  or a separate first/last field). Titles ("Mr.") are outside the span.
- address: street line (with unit) and city are labeled as address; in free
  text "street, city" is one span. States and countries are not labeled.
  County names of a patient and latitude/longitude of a patient's geocoded
  shipping address are labeled address (each number its own span).
- zip: 5-digit ZIP or ZIP+4 of a patient. The 3-digit ZIP prefix used in
  analytics exports (zip3) is NOT labeled (Safe Harbor allows it).
- date: date of birth, consult/review/appointment/check-in dates, Rx written
  and fill dates, medication start / last dose dates, weigh-in dates, benefit
  eligibility dates, LMP. NOT labeled: log/record/event timestamps
  (created_at, submitted_at, EdgeStartTimestamp, epoch times), payment, order
  and ship timestamps, card expiry, year-only mentions.
- age: only ages over 89 are labeled; younger ages are left unlabeled.
- phone / fax / email: patient or relative contact data, including
  URL-encoded emails inside request URIs (the encoded text is the span).
- mrn: Kestrel patient chart identifiers - "KH" + 7 digits MRN and the
  numeric patient primary key (patient_id, Patient(id=...), /patients/<id>/,
  Sentry-free metadata patient_id, pharmacy customField "patient:<id>").
- other_id: per-person identifiers in our and third-party tools: app user id
  (usr_...), Segment userId and anonymousId, Braze external/braze ids,
  Customer.io cio_id, Intercom user_id/contact id, Gorgias customer id,
  consult ids (CNS-...), pharmacy Rx numbers, ID-verification inquiry ids.
  NOT labeled: order numbers, Shopify order ids, tracking numbers, Stripe
  subscription/charge/refund/invoice/event ids, support conversation and
  ticket ids, Typeform response tokens, request/trace/span/message ids,
  session ids, Celery task ids.
- account: Stripe customer ids (cus_...), full card numbers, bank account
  numbers of a patient. Card last4, card fingerprints, bank routing numbers
  (the bank's) are not labeled.
- health_plan: insurance member/subscriber ids and Medicare MBIs. Group
  numbers, BIN and PCN (plan-level) are not labeled.
- license: a patient's driver's licence / state ID number.
- device: serial numbers and MAC addresses of a patient's connected scale,
  Braze/mobile device ids of a patient's phone.
- ip: public client IPs of end-user requests (end users are patients or
  prospective patients). Private/internal IPs, server IPs, known bots /
  uptime monitors (identified by user agent) and scanners blocked by the
  WAF are not labeled.
- url: a person's personal URL (referral links carrying the patient's name
  slug). Generic app/API URLs are not labeled.
- photo: the base64 payload of a selfie/face image; biometric: a face
  embedding vector (whole JSON array is one span).
- vehicle: licence plate of a patient's car mentioned in a support chat.
- ssn: patient/subscriber SSNs (with or without dashes).
- Public test values (Stripe test card 4242..., @example.com QA fixtures)
  are not labeled.
"""
import base64
import datetime as dt
import json
import os
import unicodedata

import random

SEED = 21_0514
R = random.Random(SEED)
ID = "mj"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_CLEAN = 0.55

# --------------------------------------------------------------------------
# clock and line builder
# --------------------------------------------------------------------------
UTC = dt.timezone.utc


class Clock:
    def __init__(self):
        self.now = dt.datetime(2024, 5, 14, 6, 0, 3, 118000, tzinfo=UTC)

    def tick(self, lo=0.05, hi=21.0):
        self.now += dt.timedelta(seconds=R.uniform(lo, hi))
        return self.now


CK = Clock()
TODAY = dt.date(2024, 5, 14)


class P:
    """A JSON value that is PHI."""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """A JSON string assembled from pieces: str or (str, cat)."""

    def __init__(self, *items):
        self.items = items


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []
        self.n = 0
        self.spans = []
        self.ts = CK.tick()

    def t(self, s):
        s = str(s)
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if cat:
            b = len(s.encode("utf-8"))
            self.spans.append({"s": self.n, "e": self.n + b, "cat": cat, "v": s})
        return self.t(s)

    def x(self, *items):
        for it in items:
            if isinstance(it, tuple):
                self.p(it[0], it[1])
            elif isinstance(it, P):
                self.p(it.v, it.cat)
            else:
                self.t(it)
        return self

    def text(self):
        return "".join(self.parts)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jw(L, o, sp=False):
    cs, ks = (", ", ": ") if sp else (",", ":")
    if isinstance(o, P):
        if o.v is None:
            L.t("null")
        elif isinstance(o.v, str):
            L.t('"').p(jesc(o.v), o.cat).t('"')
        else:
            L.p(json.dumps(o.v, ensure_ascii=False, separators=(cs, ks)), o.cat)
    elif isinstance(o, S):
        L.t('"')
        for it in o.items:
            if isinstance(it, tuple):
                L.p(jesc(it[0]), it[1])
            else:
                L.t(jesc(it))
        L.t('"')
    elif isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(cs)
            L.t(json.dumps(k, ensure_ascii=False)).t(ks)
            jw(L, v, sp)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(cs)
            jw(L, v, sp)
        L.t("]")
    else:
        L.t(json.dumps(o, ensure_ascii=False))
    return L


def pyr(L, o):
    """Python repr of a dict/list with P / S values (for Celery / analytics-python logs)."""
    if isinstance(o, P):
        if isinstance(o.v, str):
            L.t("'").p(o.v, o.cat).t("'")
        else:
            L.p(repr(o.v), o.cat)
    elif isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(", ")
            L.t(repr(k)).t(": ")
            pyr(L, v)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(", ")
            pyr(L, v)
        L.t("]")
    else:
        L.t(repr(o))
    return L


# --------------------------------------------------------------------------
# formatting helpers
# --------------------------------------------------------------------------
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
       "septiembre", "octubre", "noviembre", "diciembre"]


def t_dj(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def t_iso(t, frac=3, z="Z"):
    b = t.strftime("%Y-%m-%dT%H:%M:%S")
    if frac == 3:
        b += ".%03d" % (t.microsecond // 1000)
    elif frac == 6:
        b += ".%06d" % t.microsecond
    elif frac == 7:
        b += ".%07d" % (t.microsecond * 10)
    return b + z


def t_clf(t):
    return "%02d/%s/%d:%02d:%02d:%02d +0000" % (t.day, MON[t.month - 1], t.year, t.hour, t.minute, t.second)


def t_redis(t):
    return "%02d %s %d %02d:%02d:%02d.%03d" % (t.day, MON[t.month - 1], t.year, t.hour, t.minute,
                                              t.second, t.microsecond // 1000)


def ep(t):
    return int(t.timestamp())


def ep_ms(t):
    return int(t.timestamp() * 1000)


def fdate(d, style):
    m, dd, y = d.month, d.day, d.year
    return {
        "iso": "%04d-%02d-%02d" % (y, m, dd),
        "us": "%02d/%02d/%04d" % (m, dd, y),
        "usnz": "%d/%d/%04d" % (m, dd, y),
        "us2": "%d/%d/%02d" % (m, dd, y % 100),
        "ymd": "%04d%02d%02d" % (y, m, dd),
        "dot": "%02d.%02d.%04d" % (dd, m, y),
        "long": "%s %d, %d" % (MONTH[m - 1], dd, y),
        "dmon": "%d %s %d" % (dd, MON[m - 1], y),
        "mond": "%s %d %d" % (MON[m - 1], dd, y),
        "slash": "%04d/%02d/%02d" % (y, m, dd),
        "DMONY": "%02d-%s-%04d" % (dd, MON[m - 1].upper(), y),
        "es": "%d de %s de %d" % (dd, MES[m - 1], y),
        "md": "%d/%d" % (m, dd),
        "mondnoy": "%s %d" % (MON[m - 1], dd),
    }[style]


def fphone(d, style):
    a, e, n = d[:3], d[3:6], d[6:]
    return {
        "paren": "(%s) %s-%s" % (a, e, n),
        "dash": "%s-%s-%s" % (a, e, n),
        "raw": d,
        "e164": "+1" + d,
        "dot": "%s.%s.%s" % (a, e, n),
        "sp": "+1 %s %s %s" % (a, e, n),
        "one": "1-%s-%s-%s" % (a, e, n),
        "pparen": "+1 (%s) %s-%s" % (a, e, n),
    }[style]


PHONE_STYLES = ["paren", "dash", "raw", "e164", "dot", "sp", "one", "pparen"]
DATE_STYLES = ["iso", "us", "usnz", "us2", "dot", "long", "dmon", "mond", "slash", "DMONY"]

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def b62(n):
    return "".join(R.choice(B62) for _ in range(n))


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (hx(8), hx(4), hx(3), R.choice("89ab"), hx(3), hx(12))


def ulid():
    return "01HXR" + "".join(R.choice(CROCK) for _ in range(21))


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


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
    pre = R.choice(["4147", "4266", "5425", "5189", "4833"])
    body = pre + "".join(R.choice("0123456789") for _ in range(11))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def ssn():
    while True:
        a = R.randint(101, 899)
        if a == 666:
            continue
        return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def public_ip():
    if R.random() < 0.14:
        return "2600:%x:%x:%x:%x:%x:%x:%x" % tuple(R.randint(0x1000, 0xffff) for _ in range(7))
    a = R.choice([24, 47, 67, 68, 69, 70, 71, 73, 74, 75, 76, 96, 97, 98, 99, 107, 108, 162, 166, 173, 174, 184])
    return "%d.%d.%d.%d" % (a, R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


def priv_ip():
    return R.choice(["10.42.%d.%d", "10.20.%d.%d", "172.19.%d.%d"]) % (R.randint(0, 31), R.randint(2, 250))


UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "KestrelHealth/3.18.0 (iPhone; iOS 17.4.1; Scale/3.00)",
    "okhttp/4.12.0",
]
BOTS = [
    ("66.249.66.%d", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
    ("157.55.39.%d", "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/116.0.1938.76 Safari/537.36"),
    ("216.144.250.%d", "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)"),
    ("3.233.150.%d", "Datadog/Synthetics"),
    ("54.236.1.%d", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)"),
]

# --------------------------------------------------------------------------
# synthetic people
# --------------------------------------------------------------------------
FIRST_F = ["Maria", "Oluwaseun", "Thi Hoa", "Priyanka", "Aisling", "Mei-Ling", "Fatima", "Ngozi", "Zoë",
           "Renée", "Siobhan", "Leilani", "Xiomara", "Ayesha", "Anahí", "Rutendo", "Ilse", "Marisol",
           "Tatiana", "Esperanza", "Nadia", "Brianna", "Wanjiru", "Akosua", "Svetlana", "Carmen",
           "Marguerite", "Dorothy", "Gwendolyn", "Imani", "Kateryna", "Lindiwe", "Guadalupe", "Hana",
           "Shanice", "Bethany", "Rosalind", "Yolanda", "Ewa", "Farah", "Lorraine", "Kiana", "Ana Lucía",
           "Mary-Kate", "Precious", "Ingrid", "Noor", "Sakura", "Delphine", "Tuyết"]
FIRST_M = ["Giovanni", "Keanu", "Dmitri", "José Luis", "Sione", "Björn", "Tomasz", "DeShawn", "Kwame",
           "Hiroshi", "Laszlo", "Yusuf", "Chayton", "Rohan", "Paulo", "Earl", "Obinna", "Raúl", "Tariq",
           "Bao", "Cedric", "Anders", "Mateo", "Jean-Pierre", "Kofi", "Emeka", "Darnell", "Santiago"]
LAST = ["Okonkwo", "Nguyen", "Ramírez-Castillo", "van der Berg", "de la Cruz", "O'Brien", "Kowalczyk",
        "Haddad", "Yamamoto", "Achterberg", "Mbeki", "Fitzgerald-Ruiz", "Papadopoulos", "Al-Sayed",
        "Dubois", "Tuilagi", "Kealoha", "Chen", "Lindqvist", "Ferreira", "Goldberg", "Oyelaran", "Bianchi",
        "Da Silva", "McAllister", "Nakamura", "Abernathy", "St. Clair", "Rosenthal", "Eze", "Ivanova",
        "Patel", "Begay", "Schmidt", "Castellanos", "Wójcik", "Thompson", "Ben-David", "Zhou", "Gutiérrez",
        "Mwangi", "Abdi", "Varga", "Hernández", "Jackson", "LeBlanc", "Tran", "Oyelowo-Adeyemi", "del Río",
        "Van Wyk", "Srinivasan", "Kaur", "Delacroix", "Washington", "Yazzie", "Kim", "Pham", "Osei",
        "Lefebvre", "Mac Giolla Bhríde"]
ES_F = ["María José", "Guadalupe", "Xiomara", "Anahí", "Marisol", "Esperanza", "Yesenia", "Ana Lucía", "Rocío", "Maricela"]
ES_M = ["José Luis", "Raúl", "Santiago", "Mateo", "Juan Carlos", "Jesús", "Efraín", "Héctor"]
ES_LAST = ["Ramírez-Castillo", "de la Cruz", "Gutiérrez", "Hernández", "Castellanos", "del Río", "Sánchez Villalobos",
           "Quispe", "Ochoa", "Treviño", "Ferreira", "Montes de Oca", "Zúñiga"]
MID_F = ["A.", "J.", "Marie", "Lynn", "K.", "Elena", "R.", "Ann", "T.", "Grace"]
MID_M = ["J.", "R.", "T.", "Lee", "A.", "Michael", "O."]
PLACES = [("Austin", "Travis", "TX", "78704", "512"), ("Tulsa", "Tulsa", "OK", "74105", "918"),
          ("Bakersfield", "Kern", "CA", "93309", "661"), ("Cleveland", "Cuyahoga", "OH", "44109", "216"),
          ("Boise", "Ada", "ID", "83702", "208"), ("Worcester", "Worcester", "MA", "01609", "508"),
          ("Tampa", "Hillsborough", "FL", "33611", "813"), ("Chandler", "Maricopa", "AZ", "85224", "480"),
          ("Lexington", "Fayette", "KY", "40503", "859"), ("Hialeah", "Miami-Dade", "FL", "33012", "305"),
          ("Dearborn", "Wayne", "MI", "48126", "313"), ("Spokane", "Spokane", "WA", "99203", "509"),
          ("Albuquerque", "Bernalillo", "NM", "87108", "505"), ("Brooklyn", "Kings", "NY", "11215", "718"),
          ("Charlotte", "Mecklenburg", "NC", "28205", "704"), ("Paterson", "Passaic", "NJ", "07501", "973"),
          ("Honolulu", "Honolulu", "HI", "96816", "808"), ("Gallup", "McKinley", "NM", "87301", "505"),
          ("Savannah", "Chatham", "GA", "31405", "912"), ("Fargo", "Cass", "ND", "58103", "701"),
          ("Des Moines", "Polk", "IA", "50310", "515"), ("Knoxville", "Knox", "TN", "37917", "865"),
          ("Reno", "Washoe", "NV", "89502", "775"), ("Eugene", "Lane", "OR", "97405", "541"),
          ("San Antonio", "Bexar", "TX", "78228", "210"), ("Kissimmee", "Osceola", "FL", "34741", "407"),
          ("Minneapolis", "Hennepin", "MN", "55406", "612"), ("Columbus", "Franklin", "OH", "43214", "614"),
          ("Baton Rouge", "East Baton Rouge", "LA", "70808", "225"), ("Provo", "Utah", "UT", "84604", "801")]
STREETS = ["Larkspur", "Old Mill", "Magnolia", "Cedar Ridge", "Kamehameha", "Bluebonnet", "Sycamore",
           "Pinecrest", "Martin Luther King Jr", "Alvarado", "Willow Bend", "Harbor View", "Chestnut",
           "Juniper Hills", "Quail Run", "Oak Park", "Ridgeview", "Mockingbird", "Prairie Rose", "Lakeshore",
           "Calle Sol", "Briarwood", "Elm", "Hawthorne", "Peachtree", "Saint Andrews", "Riverside",
           "Copper Canyon", "Twin Oaks", "Fairmount"]
SUFFIX = ["St", "Ave", "Rd", "Ln", "Dr", "Blvd", "Ct", "Way", "Pl", "Cir", "Terrace", "Pkwy"]
UNITS = ["", "", "", "", "Apt 4B", "Unit 12", "#305", "Apt 2", "Apt 1107", "Unit C", "Lot 44"]
DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "icloud.com", "outlook.com",
           "hotmail.com", "aol.com", "proton.me", "comcast.net", "att.net", "ymail.com"]
PMH = ["HTN", "prediabetes (A1c 6.1)", "GERD", "hypothyroidism on levothyroxine", "PCOS", "OSA on CPAP",
       "hyperlipidemia", "depression, stable on sertraline", "knee OA", "NAFLD", "T2DM (A1c 7.2) on metformin",
       "migraine", "none significant"]
MEDS = ["metformin 500 mg BID", "lisinopril 10 mg", "sertraline 50 mg", "levothyroxine 75 mcg",
        "atorvastatin 20 mg", "OCP", "none", "bupropion XL 150 mg", "omeprazole 20 mg"]
REL_F = ["Adaeze", "Rosa", "Linh", "Sunita", "Brigid", "Gloria", "Halima", "Olga", "Keisha", "Teresa"]
REL_M = ["Chidi", "Héctor", "Minh", "Arjun", "Declan", "Marcus", "Omar", "Pavel", "Tyrone", "Luca"]

CLINICIANS = [("Amaka", "Obi", "NP", "1457382910"), ("Priya", "Raman", "MD", "1093847561"),
              ("Jonathan", "Whitfield", "PA-C", "1346091827"), ("Lucía", "Benavides", "NP", "1629384750"),
              ("Samuel", "Adebayo", "MD", "1750392846"), ("Hannah", "Kowalski", "DO", "1184736295")]
AGENTS = ["Keisha", "Marco", "Dana", "Tevita", "Yuki", "Colleen"]
PHARMACIES = [("EMPOWER", "4531234", "Empower Pharmacy", "(832) 555-0170", "(832) 555-0171"),
              ("HALLANDALE", "1022874", "Hallandale Pharmacy", "(954) 555-0122", "(954) 555-0123"),
              ("BELMAR", "0637221", "Belmar Pharmacy", "(303) 555-0188", "(303) 555-0189"),
              ("AMAZONPH", "3678412", "Amazon Pharmacy", "(855) 555-0145", "(855) 555-0146"),
              ("RXOUTREACH", "2649310", "Mail-Order Rx Services", "(877) 555-0110", "(877) 555-0111")]
DRUGS = [("semaglutide", "Semaglutide 2.5 mg/mL injectable solution (compounded)", "SEMA-2.5-2ML-COLD",
          [0.25, 0.5, 1.0, 1.7, 2.4]),
         ("semaglutide/cyanocobalamin", "Semaglutide/Cyanocobalamin 2.5 mg/0.5 mg per mL inj (compounded)",
          "SEMA-B12-2.5-2ML", [0.25, 0.5, 1.0]),
         ("tirzepatide", "Tirzepatide 10 mg/mL injectable solution (compounded)", "TIRZ-10-2ML-COLD",
          [2.5, 5.0, 7.5, 10.0]),
         ("Wegovy", "Wegovy 0.25 mg/0.5 mL pen injector (semaglutide)", "WEGOVY-BRAND-RX", [0.25, 0.5, 1.0, 1.7]),
         ("Zepbound", "Zepbound 2.5 mg/0.5 mL pen (tirzepatide)", "ZEPBOUND-BRAND-RX", [2.5, 5.0, 7.5])]


class Person:
    pass


def mk_email(first, last, dob):
    f, l = fold(first).lower().replace(" ", "").replace("'", ""), fold(last).lower().replace(" ", "").replace("'", "").replace(".", "")
    y = dob.year
    local = R.choice([
        f + "." + l, f + l + str(y % 100), f[0] + "." + l, l + f[:3], f + "_" + l + str(y), f + "." + l + "+kestrel",
        f + str(R.randint(2, 99)), l + "." + f, f + "." + l.split("-")[0] + str(R.randint(1, 9)),
    ])
    return local + "@" + R.choice(DOMAINS)


def mk_person(old=False, lang=None):
    p = Person()
    p.sex = "F" if R.random() < 0.72 else "M"
    p.lang = lang or ("es" if R.random() < 0.08 else "en")
    if p.lang == "es":
        p.first = R.choice(ES_F if p.sex == "F" else ES_M)
        p.last = R.choice(ES_LAST)
    else:
        p.first = R.choice(FIRST_F if p.sex == "F" else FIRST_M)
        p.last = R.choice(LAST)
    p.middle = R.choice(MID_F if p.sex == "F" else MID_M) if R.random() < 0.3 else ""
    if old:
        p.dob = dt.date(R.randint(1929, 1933), R.randint(1, 12), R.randint(1, 28))
    else:
        p.dob = dt.date(R.randint(1952, 2003), R.randint(1, 12), R.randint(1, 28))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.city, p.county, p.state, p.zip, area = R.choice(PLACES)
    p.zip4 = p.zip + "-%04d" % R.randint(1000, 9999)
    pre = R.choice(["", "", "", "W ", "N ", "SE ", "E "])
    p.street = "%d %s%s %s" % (R.randint(12, 9899), pre, R.choice(STREETS), R.choice(SUFFIX))
    p.unit = R.choice(UNITS)
    p.street_full = p.street + (" " + p.unit if p.unit else "")
    ex = "555" if R.random() < 0.5 else str(R.randint(201, 989))
    p.phone = area + ex + ("01%02d" % R.randint(0, 99) if ex == "555" else "%04d" % R.randint(0, 9999))
    p.email = mk_email(p.first, p.last, p.dob)
    p.pid = R.randint(18000, 99999)
    p.mrn = "KH%07d" % R.randint(100000, 9999999)
    p.uid = "usr_" + b62(16)
    p.anon = uuid4()
    p.cus = "cus_" + b62(14)
    p.braze = hx(24)
    p.cio = hx(8) + "-" + hx(4) + "-" + hx(4)
    p.icom = hx(24)
    p.gorgias = R.randint(100000000, 499999999)
    p.ip = public_ip()
    p.ua = R.choice(UAS)
    p.height = R.randint(59, 74)
    bmi = R.uniform(27.5, 46.0)
    p.weight = round(bmi * p.height * p.height / 703.0)
    p.bmi = round(p.weight * 703.0 / (p.height * p.height), 1)
    p.goal = p.weight - R.randint(25, 80)
    p.drug = R.choice(DRUGS)
    p.dose_i = R.randint(0, 2)
    p.start = TODAY - dt.timedelta(days=R.randint(20, 140))
    p.last_dose = TODAY - dt.timedelta(days=R.randint(1, 7))
    p.next = TODAY + dt.timedelta(days=R.randint(5, 35))
    p.consult = "CNS-" + "".join(R.choice(CROCK) for _ in range(6))
    p.rx = str(R.randint(7000000, 7999999))
    p.order = "KH-%d" % R.randint(10200, 14999)
    p.clin = R.choice(CLINICIANS)
    p.pharm = R.choice(PHARMACIES[:3]) if p.drug[0] not in ("Wegovy", "Zepbound") else R.choice(PHARMACIES[3:])
    p.member = R.choice(["W", "XKH", "U", "H", "ZGP"]) + str(R.randint(100000000, 999999999))
    p.dl = R.choice(["D%07d" % R.randint(0, 9999999), "%08d" % R.randint(0, 99999999),
                     "%s%03d-%03d-%02d-%03d-0" % (fold(p.last)[0].upper(), R.randint(0, 999), R.randint(0, 999),
                                                  R.randint(0, 99), R.randint(0, 999)),
                     "%09d" % R.randint(0, 999999999)])
    rf = R.random() < 0.5
    p.rel_first = R.choice(REL_F if rf else REL_M)
    p.rel_last = p.last if R.random() < 0.6 else R.choice(LAST)
    p.rel_kind = R.choice(["sister", "mother", "daughter", "aunt"] if rf else ["husband", "brother", "father", "son"])
    p.rel_phone = p.phone[:3] + "555" + "01%02d" % R.randint(0, 99)
    p.scale_sn = "%s-%s-%05d" % (R.choice(["WBS06", "WBS05", "RNS8"]), b62(4).upper(), R.randint(0, 99999))
    p.mac = "00:24:e4:%02x:%02x:%02x" % (R.randint(0, 255), R.randint(0, 255), R.randint(0, 255))
    p.device_id = R.choice([uuid4().upper(), hx(16)])
    p.referral = "https://kestrelhealth.co/r/%s-%s-%d" % (fold(p.first).lower().replace(" ", "-"),
                                                        fold(p.last).lower().replace(" ", "-").replace("'", ""),
                                                        R.randint(10, 99))
    return p


def full(p):
    return p.first + " " + p.last


def nm(p, style=None):
    style = style or R.choice(["full", "full", "full", "lf", "LF", "lower", "init", "fml", "upper"])
    if style == "full":
        return full(p)
    if style == "lf":
        return p.last + ", " + p.first
    if style == "LF":
        return p.last.upper() + ", " + p.first.upper()
    if style == "lower":
        return full(p).lower()
    if style == "init":
        return p.first[0] + ". " + p.last
    if style == "fml":
        return p.first + " " + (p.middle + " " if p.middle else "") + p.last
    if style == "upper":
        return full(p).upper()
    raise ValueError(style)


def dose(p):
    return p.drug[3][min(p.dose_i, len(p.drug[3]) - 1)]


def sig(p, short=False):
    if p.drug[0] in ("Wegovy", "Zepbound"):
        return "Inject %.2g mg %s once weekly" % (dose(p), "SC" if short else "subcutaneously")
    return "Inject %d units (%.2g mg) %s once weekly" % (units(p), dose(p), "SC" if short else "subcutaneously")


def units(p):
    # 2.5 mg/mL semaglutide -> 0.25 mg = 10 units; tirzepatide 10 mg/mL -> 2.5 mg = 25 units
    conc = 10.0 if p.drug[0] == "tirzepatide" else 2.5
    return int(round(dose(p) / conc * 100))


def clin_name(p):
    c = p.clin
    return "%s %s, %s" % (c[0], c[1], c[2])


def lat_lon(p):
    base = {"TX": (30.26, -97.74), "OK": (36.15, -95.99), "CA": (35.37, -119.02), "OH": (41.45, -81.7),
            "ID": (43.61, -116.2), "MA": (42.26, -71.8), "FL": (27.95, -82.46), "AZ": (33.3, -111.84),
            "KY": (38.04, -84.5), "MI": (42.32, -83.18), "WA": (47.66, -117.42), "NM": (35.08, -106.65),
            "NY": (40.67, -73.98), "NC": (35.23, -80.84), "NJ": (40.92, -74.17), "HI": (21.28, -157.8),
            "GA": (32.08, -81.09), "ND": (46.88, -96.79), "IA": (41.6, -93.61), "TN": (35.96, -83.92),
            "NV": (39.53, -119.81), "OR": (44.05, -123.09), "MN": (44.95, -93.24), "LA": (30.45, -91.15),
            "UT": (40.23, -111.66)}[p.state]
    return "%.5f" % (base[0] + R.uniform(-0.08, 0.08)), "%.5f" % (base[1] + R.uniform(-0.08, 0.08))


TZ = {"TX": "America/Chicago", "OK": "America/Chicago", "CA": "America/Los_Angeles", "OH": "America/New_York",
      "ID": "America/Boise", "MA": "America/New_York", "FL": "America/New_York", "AZ": "America/Phoenix",
      "KY": "America/New_York", "MI": "America/Detroit", "WA": "America/Los_Angeles", "NM": "America/Denver",
      "NY": "America/New_York", "NC": "America/New_York", "NJ": "America/New_York", "HI": "Pacific/Honolulu",
      "GA": "America/New_York", "ND": "America/Chicago", "IA": "America/Chicago", "TN": "America/New_York",
      "NV": "America/Los_Angeles", "OR": "America/Los_Angeles", "MN": "America/Chicago", "LA": "America/Chicago",
      "UT": "America/Denver"}


def face_b64():
    head = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAARCAEAAQADASIA"
    return head + base64.b64encode(bytes(R.randint(0, 255) for _ in range(90))).decode()


# --------------------------------------------------------------------------
# PHI-bearing steps (one patient each unless noted); each returns [Line, ...]
# --------------------------------------------------------------------------
def st_typeform(p):
    L = Line("typeform_webhook_json")
    es = p.lang == "es"
    refs = (["nombre", "apellido", "correo", "telefono", "fecha_nacimiento", "direccion", "ciudad", "codigo_postal",
             "estatura_pulgadas", "peso_actual_lb", "peso_meta_lb", "antecedentes_tiroides"] if es else
            ["first_name", "last_name", "email", "phone", "dob", "ship_address_line1", "ship_city", "ship_zip",
             "height_in", "current_weight_lb", "goal_weight_lb", "mtc_men2_history"])
    ftypes = ["short_text", "short_text", "email", "phone_number", "date", "short_text", "short_text", "short_text",
              "number", "number", "number", "multiple_choice"]
    vals = [("text", P(p.first, "name")), ("text", P(p.last, "name")), ("email", P(p.email, "email")),
            ("phone_number", P("+1" + p.phone, "phone")), ("date", P(fdate(p.dob, "iso"), "date")),
            ("text", P(p.street_full, "address")), ("text", P(p.city, "address")), ("text", P(p.zip, "zip")),
            ("number", p.height), ("number", p.weight), ("number", p.goal),
            ("choice", {"label": "No" if not es else "No", "ref": "no"})]
    keep = list(range(12))
    if R.random() < 0.45:  # address collected later at checkout
        keep = [i for i in keep if i not in (5, 6, 7)]
    answers = []
    for i in keep:
        k, v = vals[i]
        answers.append({"field": {"id": b62(12), "type": ftypes[i], "ref": refs[i]}, "type": k, k: v})
    t = L.ts
    landed = t - dt.timedelta(seconds=R.randint(240, 1500))
    obj = {"event_id": ulid(), "event_type": "form_response",
           "form_response": {"form_id": "Bq7TnE3s" if es else "Xk9Lq2Vd", "token": b62(32).lower(),
                             "landed_at": t_iso(landed, 0), "submitted_at": t_iso(t, 0),
                             "hidden": {"utm_source": R.choice(["meta", "tiktok", "google", "podcast", "referral"]),
                                        "utm_campaign": R.choice(["glp1_spring24", "sema_199", "tirz_launch", "brand"]),
                                        "uid": P(p.uid, "other_id")},
                             "calculated": {"score": 0},
                             "variables": [{"key": "bmi", "type": "number", "number": p.bmi}],
                             "definition": {"id": "Bq7TnE3s" if es else "Xk9Lq2Vd",
                                            "title": "Kestrel Evaluación GLP-1 (ES)" if es else "Kestrel GLP-1 Intake v3.2"},
                             "answers": answers}}
    jw(L, obj)
    return [L]


def st_celery_intake(p):
    tid = uuid4()
    task = "intake.tasks.process_typeform_submission"
    w = R.randint(1, 8)
    a = Line("celery_worker").x("[", t_dj(CK.now), ": INFO/MainProcess] Task ", task, "[", tid, "] received")
    b = Line("celery_worker")
    b.x("[", t_dj(b.ts), ": INFO/ForkPoolWorker-%d] %s[%s]: upserted Patient(id=" % (w, task, tid),
        (str(p.pid), "mrn"), ") email=", (p.email, "email"), " bmi=%.1f state=%s eligible=True" % (p.bmi, p.state))
    c = Line("celery_worker")
    c.x("[", t_dj(c.ts), ": INFO/ForkPoolWorker-%d] Task %s[%s] succeeded in %.4fs: " % (w, task, tid, R.uniform(0.2, 2.5)))
    pyr(c, {"patient_id": P(p.pid, "mrn"), "consult_id": P(p.consult, "other_id"),
            "queue": "review.%s" % p.state.lower(), "sla_hours": 24})
    return [a, b, c]


def st_consult_queue(p):
    L = Line("structlog_json")
    obj = {"event": "consult.enqueued", "consult_id": P(p.consult, "other_id"), "patient_id": P(p.pid, "mrn"),
           "state": p.state, "program": p.drug[0], "priority": R.choice(["normal", "normal", "high"]),
           "queue_depth": R.randint(12, 80), "logger": "reviews.services", "level": "info",
           "timestamp": t_iso(L.ts, 6)}
    jw(L, obj, sp=True)
    return [L]


def st_approve(p):
    L = Line("django_app_log")
    c = p.clin
    if getattr(p, "denied", False):
        L.x("%s INFO reviews.views [req:%s] consult " % (t_dj(L.ts), hx(12)), (p.consult, "other_id"),
            " denied by clinician_id=%d (%s %s, %s) reason=contraindication:mtc_family_history refund=queued" % (R.randint(100, 140), c[0], c[1], c[2]))
        return [L]
    L.x("%s INFO reviews.views [req:%s] consult " % (t_dj(L.ts), hx(12)), (p.consult, "other_id"),
        " approved by clinician_id=%d (%s %s, %s) rx=%s %.2gmg weekly qty=1 refills=0" % (
            R.randint(100, 140), c[0], c[1], c[2], p.drug[0], dose(p)))
    out = [L]
    if R.random() < 0.6:
        g = Line("gunicorn_access")
        g.x(priv_ip(), ' - - [', t_clf(g.ts), '] "POST /api/v1/consults/', (p.consult, "other_id"),
            '/approve HTTP/1.1" 200 %d "https://clinic.kestrelhealth.co/queue/%s" "%s"' % (
                R.randint(300, 900), p.state.lower(), UAS[3]))
        out.append(g)
    return out


def note_pieces(p, kind):
    rel = p.rel_first + " " + p.rel_last
    d = dose(p)
    if kind == "intake":
        return ["%d%s w/ BMI %.1f (ht %din, wt %dlb) requesting GLP-1 for wt mgmt. PMH: %s. Meds: %s. "
                % (p.age, p.sex, p.bmi, p.height, p.weight, R.choice(PMH), R.choice(MEDS)),
                "Denies personal/FHx MTC or MEN2, denies pancreatitis, gallbladder dz. ",
                "Plan: start %s %.2g mg SC weekly, titrate q4wk as tolerated. Next check-in " % (p.drug[0], d),
                (fdate(p.next, R.choice(["us", "usnz", "iso", "mondnoy"])), "date"), "."]
    if kind == "se":
        return ["Pt ", (nm(p, R.choice(["full", "init", "fml"])), "name"),
                " reports nausea after dose %d (last injection " % R.randint(2, 6),
                (fdate(p.last_dose, R.choice(["us", "usnz", "md", "mondnoy"])), "date"),
                "), %d episodes emesis, tolerating PO. Wt down %d lb since start (" % (R.randint(1, 3), R.randint(4, 22)),
                (fdate(p.start, R.choice(["us", "iso", "dmon", "md"])), "date"),
                "). Hold titration, continue %.2g mg. Counseled hydration, small meals. %s " % (d, p.rel_kind.capitalize()),
                (rel, "name"), " present on video."]
    if kind == "refill":
        return ["Refill review: ", (nm(p, R.choice(["lf", "LF", "full"])), "name"), " (", (p.mrn, "mrn"),
                ") self-reported wt %d lb on " % (p.weight - R.randint(3, 25)),
                (fdate(TODAY - dt.timedelta(days=R.randint(0, 4)), R.choice(["us", "usnz", "iso"])), "date"),
                ", no SE. Approve month %d at %.2g mg." % (R.randint(2, 7), d)]
    if kind == "deny":
        return ["Denied: pt reports hx medullary thyroid carcinoma in %s (" % p.rel_kind, (rel, "name"),
                ", dx %d). GLP-1 contraindicated. Refund initiated, referred to PCP. Pt notified at " % R.randint(1995, 2019),
                (fphone(p.phone, R.choice(PHONE_STYLES)), "phone"), "."]
    if kind == "es":
        return ["Consulta en español. Paciente ", (nm(p, "full"), "name"), ", FN ",
                (fdate(p.dob, R.choice(["us", "dot", "es"])), "date"),
                ", IMC %.1f, peso %d lb. Sin antecedentes de CMT/NEM2. Inicia %s %.2g mg semanal. Control el " % (p.bmi, p.weight, p.drug[0], d),
                (fdate(p.next, "es"), "date"), "."]
    raise ValueError(kind)


def st_note(p):
    kind = "es" if p.lang == "es" else R.choice(["intake", "se", "refill", "deny", "se", "refill"])
    if getattr(p, "noted", False) and kind == "deny":
        kind = "refill"
    p.noted = True
    if kind == "deny":
        p.denied = True
    style = R.random()
    if style < 0.4:
        L = Line("clinical_note_json")
        obj = {"note_id": "NT-%d" % R.randint(100000, 999999), "consult_id": P(p.consult, "other_id"),
               "author": clin_name(p), "patient": {"id": P(p.pid, "mrn"), "name": P(nm(p, "lf"), "name"),
                                                  "dob": P(fdate(p.dob, "iso"), "date")},
               "type": "async_review", "body": S(*note_pieces(p, kind)), "signed": True}
        jw(L, obj)
        return [L]
    if style < 0.72:
        L = Line("clinical_note_kv")
        L.x("%s notes.sign INFO note_id=NT-%d author=\"%s\" patient=\"" % (t_dj(L.ts), R.randint(100000, 999999), clin_name(p)),
            (nm(p, R.choice(["lf", "full", "LF"])), "name"), "\" dob=", (fdate(p.dob, R.choice(["us", "iso", "us2"])), "date"),
            " text=\"")
        L.x(*note_pieces(p, kind))
        L.t("\"")
        return [L]
    # multi-line note as stored by the log shipper, one physical line at a time
    lines = []
    c = p.clin
    lines.append(Line("clinical_note_text").t("----- CLINICAL NOTE (async review) -----"))
    a = Line("clinical_note_text")
    a.x("Patient: ", (nm(p, R.choice(["full", "fml", "upper"])), "name"), "    DOB: ",
        (fdate(p.dob, R.choice(DATE_STYLES)), "date"), "    MRN: ", (p.mrn, "mrn"))
    lines.append(a)
    b = Line("clinical_note_text")
    b.x("Consult: ", (p.consult, "other_id"), "    Reviewed: ", (fdate(TODAY, R.choice(["us", "iso", "dmon"])), "date"),
        " by %s %s, %s (NPI %s)" % (c[0], c[1], c[2], c[3]))
    lines.append(b)
    lines.append(Line("clinical_note_text").t(
        "S: %s, %d y/o, seeking GLP-1. Prior attempts: %s." % (
            "F" if p.sex == "F" else "M", p.age, R.choice(["WW x2, phentermine 2019", "keto, Noom", "none", "orlistat (GI SE)"]))))
    lines.append(Line("clinical_note_text").t(
        "O: ht %d in, wt %d lb, BMI %.1f (self-reported); BP %d/%d home cuff." % (
            p.height, p.weight, p.bmi, R.randint(112, 142), R.randint(70, 92))))
    m = Line("clinical_note_text")
    m.x("A/P: ", *note_pieces(p, kind))
    lines.append(m)
    if R.random() < 0.6:
        e = Line("clinical_note_text")
        e.x("Emergency contact: ", (p.rel_first + " " + p.rel_last, "name"), " (%s) " % p.rel_kind,
            (fphone(p.rel_phone, R.choice(PHONE_STYLES)), "phone"))
        lines.append(e)
    lines.append(Line("clinical_note_text").t("----- signed electronically %s -----" % t_iso(CK.now, 0)))
    return lines


def xml_patient(L, p):
    L.x("<Patient><HumanPatient><Identification><MedicalRecordIdentificationNumberEHR>", (p.mrn, "mrn"),
        "</MedicalRecordIdentificationNumberEHR></Identification><Name><LastName>", (fold(p.last).upper() if R.random() < 0.4 else p.last, "name"),
        "</LastName><FirstName>", (p.first, "name"), "</FirstName></Name><Gender>%s</Gender><DateOfBirth><Date>" % p.sex,
        (fdate(p.dob, "iso"), "date"), "</Date></DateOfBirth><Address><AddressLine1>", (p.street, "address"), "</AddressLine1>")
    if p.unit:
        L.x("<AddressLine2>", (p.unit, "address"), "</AddressLine2>")
    L.x("<City>", (p.city, "address"), "</City><StateProvince>%s</StateProvince><PostalCode>" % p.state, (p.zip, "zip"),
        "</PostalCode><CountryCode>US</CountryCode></Address><CommunicationNumbers><PrimaryTelephone><Number>",
        (p.phone, "phone"), "</Number></PrimaryTelephone></CommunicationNumbers></HumanPatient></Patient>")


def st_ncpdp_compact(p):
    L = Line("ncpdp_script_xml")
    msg = hx(32)
    L.x("%s erx.transport DEBUG outbound NewRx to=%s msg=%s body=" % (t_dj(L.ts), p.pharm[1], msg))
    L.x('<Message DatatypesVersion="2017071" TransportVersion="2017071" TransactionDomain="SCRIPT" TransactionVersion="2017071">'
        '<Header><To Qualifier="P">%s</To><From Qualifier="C">KESTREL01</From><MessageID>%s</MessageID><SentTime>%s</SentTime></Header><Body><NewRx>'
        % (p.pharm[1], msg, t_iso(L.ts, 0)))
    xml_patient(L, p)
    c = p.clin
    L.x("<Prescriber><NonVeterinarian><Identification><NPI>%s</NPI></Identification><Name><LastName>%s</LastName><FirstName>%s</FirstName></Name></NonVeterinarian></Prescriber>"
        % (c[3], c[1], c[0]))
    L.x("<MedicationPrescribed><DrugDescription>%s</DrugDescription><WrittenDate><Date>" % p.drug[1],
        (fdate(TODAY, "iso"), "date"), "</Date></WrittenDate><DaysSupply>28</DaysSupply><NumberOfRefills>0</NumberOfRefills>"
        "<Sig><SigText>%s</SigText></Sig></MedicationPrescribed></NewRx></Body></Message>" % sig(p))
    out = [L]
    r = R.random()
    if r < 0.45:
        s = Line("ncpdp_script_xml")
        s.t("%s erx.transport INFO inbound from=%s <Message><Header><RelatesToMessageID>%s</RelatesToMessageID><MessageID>%s</MessageID></Header><Body><Status><Code>010</Code></Status></Body></Message>"
            % (t_dj(s.ts), p.pharm[1], msg, hx(32)))
        out.append(s)
    elif r < 0.75:
        s = Line("ncpdp_script_xml")
        s.x("%s erx.transport WARNING inbound from=%s <Message><Header><RelatesToMessageID>%s</RelatesToMessageID></Header><Body><Error><Code>900</Code><DescriptionCode>1000</DescriptionCode><Description>Patient DOB "
            % (t_dj(s.ts), p.pharm[1], msg), (fdate(p.dob, "iso"), "date"), " does not match pharmacy profile for ",
            (fold(p.last).upper(), "name"), "</Description></Error></Body></Message>")
        out.append(s)
    return out


def st_ncpdp_block(p):
    """Full NewRx written one physical line at a time (pretty-printed debug dump)."""
    msg = hx(32)
    c = p.clin
    rows = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="2017071" TransportVersion="2017071" TransactionDomain="SCRIPT" TransactionVersion="2017071" StructuresVersion="2017071" ECLVersion="2017071">',
        '  <Header><To Qualifier="P">%s</To><From Qualifier="C">KESTREL01</From><MessageID>%s</MessageID><SentTime>%s</SentTime></Header>' % (p.pharm[1], msg, t_iso(CK.now, 0)),
        '  <Body>',
        '    <NewRx>',
        '      <Patient><HumanPatient>',
        ['          <Identification><MedicalRecordIdentificationNumberEHR>', (p.mrn, "mrn"), '</MedicalRecordIdentificationNumberEHR></Identification>'],
        '          <Name>',
        ['            <LastName>', (p.last, "name"), '</LastName>'],
        ['            <FirstName>', (p.first, "name"), '</FirstName>'],
    ]
    if p.middle:
        rows.append(['            <MiddleName>', (p.middle.rstrip("."), "name"), '</MiddleName>'])
    rows += [
        '          </Name>',
        '          <Gender>%s</Gender>' % p.sex,
        ['          <DateOfBirth><Date>', (fdate(p.dob, "iso"), "date"), '</Date></DateOfBirth>'],
        '          <Address>',
        ['            <AddressLine1>', (p.street, "address"), '</AddressLine1>'],
    ]
    if p.unit:
        rows.append(['            <AddressLine2>', (p.unit, "address"), '</AddressLine2>'])
    rows += [
        ['            <City>', (p.city, "address"), '</City>'],
        '            <StateProvince>%s</StateProvince>' % p.state,
        ['            <PostalCode>', (p.zip, "zip"), '</PostalCode>'],
        '            <CountryCode>US</CountryCode>',
        '          </Address>',
        ['          <CommunicationNumbers><PrimaryTelephone><Number>', (p.phone, "phone"), '</Number></PrimaryTelephone>'],
        ['            <ElectronicMail>', (p.email, "email"), '</ElectronicMail></CommunicationNumbers>'],
        '      </HumanPatient></Patient>',
        '      <Pharmacy><Identification><NCPDPID>%s</NCPDPID></Identification><BusinessName>%s</BusinessName>' % (p.pharm[1], p.pharm[2]),
        '        <CommunicationNumbers><PrimaryTelephone><Number>%s</Number></PrimaryTelephone><Fax><Number>%s</Number></Fax></CommunicationNumbers></Pharmacy>'
        % (p.pharm[3].replace("(", "").replace(") ", "").replace("-", ""), p.pharm[4].replace("(", "").replace(") ", "").replace("-", "")),
        '      <Prescriber><NonVeterinarian><Identification><NPI>%s</NPI></Identification>' % c[3],
        '        <Name><LastName>%s</LastName><FirstName>%s</FirstName></Name><Specialty>363LF0000X</Specialty></NonVeterinarian></Prescriber>' % (c[1], c[0]),
        '      <MedicationPrescribed>',
        '        <DrugDescription>%s</DrugDescription>' % p.drug[1],
        '        <Quantity><Value>2</Value><CodeListQualifier>38</CodeListQualifier><QuantityUnitOfMeasure><Code>C28254</Code></QuantityUnitOfMeasure></Quantity>',
        '        <DaysSupply>28</DaysSupply>',
        ['        <WrittenDate><Date>', (fdate(TODAY, "iso"), "date"), '</Date></WrittenDate>'],
        '        <Substitutions>0</Substitutions><NumberOfRefills>0</NumberOfRefills>',
        ['        <Diagnosis><ClinicalInformationQualifier>1</ClinicalInformationQualifier><Primary><Code>E66.01</Code><Qualifier>ABF</Qualifier><Description>Morbid obesity, BMI %.1f</Description></Primary></Diagnosis>' % p.bmi],
        '        <Sig><SigText>%s. Keep refrigerated.</SigText></Sig>' % sig(p),
        '      </MedicationPrescribed>',
        '    </NewRx>',
        '  </Body>',
        '</Message>',
    ]
    out = []
    for r in rows:
        L = Line("ncpdp_script_xml")
        if isinstance(r, list):
            L.x(*r)
        else:
            L.t(r)
        out.append(L)
    return out


def st_pharmacy_api(p):
    L = Line("pharmacy_api_json")
    c = p.clin
    obj = {"order": {"external_id": p.order, "practice_id": "KESTREL-TX-01",
                     "patient": {"external_patient_id": P(p.mrn, "mrn"), "first_name": P(p.first, "name"),
                                 "last_name": P(p.last, "name"), "dob": P(fdate(p.dob, R.choice(["us", "iso"])), "date"),
                                 "gender": p.sex, "phone": P(fphone(p.phone, R.choice(["raw", "dash", "paren"])), "phone"),
                                 "email": P(p.email, "email"), "allergies": R.choice([[], ["sulfa"], ["penicillin"], ["NKDA"]]),
                                 "shipping": {"line1": P(p.street, "address"), "line2": P(p.unit, "address") if p.unit else "",
                                              "city": P(p.city, "address"), "state": p.state, "zip": P(p.zip, "zip")}},
                     "prescriber": {"npi": c[3], "first_name": c[0], "last_name": c[1], "credential": c[2]},
                     "rx": [{"drug": p.drug[1], "qty": "1", "unit": "vial 2mL", "sig": sig(p, True),
                             "refills": 0, "written_date": P(fdate(TODAY, "iso"), "date"), "days_supply": 28}],
                     "ship_method": R.choice(["ups_2day_cold", "fedex_overnight", "usps_priority"])}}
    L.x("%s erx.pharmacy.%s INFO POST https://api.%s.example/v2/orders payload=" % (t_dj(L.ts), p.pharm[0].lower(), p.pharm[0].lower()))
    jw(L, obj)
    M = Line("pharmacy_api_json")
    M.x("%s erx.pharmacy.%s INFO response status=201 body=" % (t_dj(M.ts), p.pharm[0].lower()))
    jw(M, {"status": "accepted", "rx_number": P(p.rx, "other_id"), "pharmacy_order_id": "%s-2024-%d" % (p.pharm[0][:3], R.randint(100000, 999999)),
           "patient_match": R.choice(["new", "existing"]), "estimated_ship_date": fdate(TODAY + dt.timedelta(days=2), "iso")})
    return [L, M]


def st_stripe_sub(p):
    L = Line("stripe_webhook_json")
    amt = R.choice([19900, 24900, 29900, 34900, 44900])
    obj = {"id": "evt_1P" + b62(22), "object": "event", "api_version": "2023-10-16", "created": ep(L.ts),
           "data": {"object": {"id": "sub_1P" + b62(22), "object": "subscription", "customer": P(p.cus, "account"),
                               "status": R.choice(["active", "active", "past_due", "trialing"]),
                               "items": {"object": "list", "data": [{"price": {"id": "price_1O" + b62(22),
                                                                               "nickname": "GLP-1 %s Monthly" % p.drug[0].split("/")[0].capitalize(),
                                                                               "unit_amount": amt, "currency": "usd",
                                                                               "recurring": {"interval": "month"}}}]},
                               "metadata": {"patient_id": P(str(p.pid), "mrn"), "plan": "glp1_%s" % p.drug[0].split("/")[0].lower()}}},
           "livemode": True, "pending_webhooks": 1,
           "request": {"id": "req_" + b62(14), "idempotency_key": uuid4()},
           "type": R.choice(["customer.subscription.created", "customer.subscription.updated"])}
    jw(L, obj)
    return [L]


def st_stripe_refund(p):
    L = Line("stripe_webhook_json")
    amt = R.choice([19900, 29900, 34900])
    card = {"brand": R.choice(["visa", "mastercard"]), "country": "US", "exp_month": R.randint(1, 12),
            "exp_year": R.randint(2025, 2029), "fingerprint": b62(16), "funding": R.choice(["credit", "debit"]),
            "last4": "%04d" % R.randint(0, 9999)}
    bd = {"address": {"city": P(p.city, "address"), "country": "US", "line1": P(p.street, "address"),
                      "line2": P(p.unit, "address") if p.unit else None, "postal_code": P(p.zip, "zip"), "state": p.state},
          "email": P(p.email, "email"), "name": P(nm(p, R.choice(["full", "upper", "fml"])), "name"),
          "phone": P("+1" + p.phone, "phone") if R.random() < 0.6 else None}
    obj = {"id": "evt_3P" + b62(22), "object": "event", "api_version": "2023-10-16", "created": ep(L.ts),
           "data": {"object": {"id": "ch_3P" + b62(22), "object": "charge", "amount": amt, "amount_refunded": amt,
                               "billing_details": bd, "customer": P(p.cus, "account"),
                               "description": "Kestrel GLP-1 Program - Month %d" % R.randint(1, 6),
                               "metadata": {"patient_id": P(str(p.pid), "mrn"), "order_number": p.order},
                               "payment_method_details": {"card": card, "type": "card"},
                               "receipt_email": P(p.email, "email"), "refunded": True, "status": "succeeded"}},
           "livemode": True, "type": "charge.refunded"}
    jw(L, obj)
    out = [L]
    M = Line("django_app_log")
    M.x("%s INFO billing.refunds refund re_3P%s created amount=%d customer=" % (t_dj(M.ts), b62(22), amt),
        (p.cus, "account"), ' reason="%s" patient_id=' % R.choice(["pharmacy backorder", "clinician denial", "requested_by_customer", "shipment lost in transit"]),
        (str(p.pid), "mrn"), " by=ops.%s@kestrelhealth.co" % R.choice(["jlin", "mreyes", "tk", "abose"]))
    out.insert(0, M)
    return out


def st_stripe_dunning(p):
    L = Line("stripe_handler_log")
    L.x("%s stripe.webhook INFO received evt_1P%s type=invoice.payment_failed customer=" % (t_dj(L.ts), b62(22)),
        (p.cus, "account"), " invoice=in_1P%s attempt=%d next_payment_attempt=%d email=" % (b62(22), R.randint(1, 3), ep(L.ts) + 259200),
        (p.email, "email"))
    return [L]


def st_card_leak(p):
    """Sentry event where raw card data leaked into request body (scrubber miss)."""
    L = Line("sentry_event_json")
    obj = {"event_id": hx(32), "level": "error", "platform": "python", "logger": "billing.checkout",
           "timestamp": ep(L.ts) + 0.412, "release": "kestrel-api@2024.05.14-3", "environment": "production",
           "user": {"id": P(p.uid, "other_id"), "email": P(p.email, "email"), "ip_address": P(p.ip, "ip")},
           "exception": {"values": [{"type": "CardError", "value": "Your card was declined.", "module": "stripe._error"}]},
           "request": {"method": "POST", "url": "https://api.kestrelhealth.co/api/v1/checkout/legacy-card",
                       "data": {"cardholder": P(nm(p, "full"), "name"), "card_number": P(card_number(), "account"),
                                "exp": "%02d/%02d" % (R.randint(1, 12), R.randint(25, 29)), "cvc": "[Filtered]",
                                "billing_zip": P(p.zip, "zip")}}}
    jw(L, obj)
    return [L]


def st_shipstation(p):
    L = Line("shipstation_json")
    obj = {"orderId": R.randint(500000000, 599999999), "orderNumber": p.order, "orderKey": hx(32),
           "orderDate": t_iso(L.ts, 7, ""), "orderStatus": "awaiting_shipment", "customerEmail": P(p.email, "email"),
           "billTo": {"name": P(nm(p, "full"), "name")},
           "shipTo": {"name": P(nm(p, R.choice(["full", "upper", "fml"])), "name"), "company": None,
                      "street1": P(p.street, "address"), "street2": P(p.unit, "address") if p.unit else None,
                      "city": P(p.city, "address"), "state": p.state, "postalCode": P(R.choice([p.zip, p.zip4]), "zip"),
                      "country": "US", "phone": P(fphone(p.phone, R.choice(["dash", "paren", "raw"])), "phone"),
                      "residential": True},
           "items": [{"sku": p.drug[2], "name": p.drug[1][:48], "quantity": 1}],
           "requestedShippingService": R.choice(["UPS 2nd Day Air", "FedEx Priority Overnight", "USPS Priority Mail"]),
           "advancedOptions": {"storeId": 41822, "customField1": S("patient:", (str(p.pid), "mrn")), "customField2": "cold-chain"}}
    jw(L, obj)
    return [L]


def st_easypost_verify(p):
    L = Line("easypost_json")
    lat, lon = lat_lon(p)
    obj = {"id": "adr_" + hx(32), "object": "Address", "mode": "production",
           "name": P(nm(p, "upper"), "name"), "street1": P(fold(p.street).upper(), "address"),
           "street2": P(p.unit.upper(), "address") if p.unit else None,
           "city": P(fold(p.city).upper(), "address"), "state": p.state, "zip": P(p.zip4, "zip"), "country": "US",
           "phone": P(p.phone, "phone"), "residential": True,
           "verifications": {"delivery": {"success": True, "errors": [],
                                          "details": {"latitude": P(float(lat), "address"), "longitude": P(float(lon), "address"),
                                                      "time_zone": TZ.get(p.state, "America/Chicago")}}}}
    jw(L, obj)
    return [L]


def st_braze(p):
    r = R.random()
    if r < 0.4:
        L = Line("braze_currents_json")
        obj = {"id": uuid4(), "user_id": P(p.braze, "other_id"), "external_user_id": P(p.uid, "other_id"),
               "time": ep(L.ts), "timezone": TZ[p.state], "app_id": uuid4(),
               "campaign_id": uuid4(), "campaign_name": R.choice(["Refill Reminder - Day 21", "Dose Day Nudge", "Titration Check-in"]),
               "send_id": hx(24), "dispatch_id": hx(32), "to_phone_number": P("+1" + p.phone, "phone"),
               "subscription_group_id": uuid4(), "event_type": "users.messages.sms.Delivery"}
        jw(L, obj)
        return [L]
    if r < 0.7:
        L = Line("braze_currents_json")
        plat = R.choice([("ios", "iOS 17.4.1", "iPhone15,3"), ("ios", "iOS 17.5", "iPhone14,7"),
                         ("android", "Android 14", "SM-S918U"), ("android", "Android 14", "Pixel 8")])
        obj = {"id": uuid4(), "user_id": P(p.braze, "other_id"), "external_user_id": P(p.uid, "other_id"),
               "device_id": P(p.device_id, "device"), "time": ep(L.ts), "platform": plat[0],
               "os_version": plat[1], "device_model": plat[2],
               "canvas_name": "GLP-1 Onboarding v4", "canvas_step_name": "Injection video", "event_type": "users.messages.pushnotification.Open"}
        jw(L, obj)
        return [L]
    L = Line("braze_rest_log")
    L.x("%s braze.client INFO POST https://rest.iad-05.braze.com/users/track status=201 attributes=" % t_dj(L.ts))
    pyr(L, [{"external_id": P(p.uid, "other_id"), "email": P(p.email, "email"), "first_name": P(p.first, "name"),
             "glp1_start_date": P(fdate(p.start, "iso"), "date"), "current_dose_mg": dose(p), "home_state": p.state,
             "referral_url": P(p.referral, "url")}])
    return [L]


def st_customerio(p):
    L = Line("customerio_webhook_json")
    obj = {"data": {"action_id": R.randint(40, 300), "campaign_id": R.randint(10, 90), "customer_id": P(p.uid, "other_id"),
                    "delivery_id": "RM" + b62(22), "identifiers": {"cio_id": P(p.cio, "other_id"), "email": P(p.email, "email"), "id": P(p.uid, "other_id")},
                    "recipient": P(p.email, "email"),
                    "subject": R.choice(["Your first dose: what to expect", "Your clinician replied", "Time for your monthly check-in",
                                         "Tu receta fue enviada a la farmacia"])},
           "event_id": ulid(), "metric": R.choice(["delivered", "opened", "clicked", "bounced"]), "object_type": "email",
           "timestamp": ep(L.ts)}
    jw(L, obj)
    return [L]


def st_segment(p):
    r = R.random()
    if r < 0.35:
        L = Line("segment_json")
        obj = {"type": "identify", "userId": P(p.uid, "other_id"), "anonymousId": P(p.anon, "other_id"),
               "traits": {"email": P(p.email, "email"), "firstName": P(p.first, "name"), "lastName": P(p.last, "name"),
                          "phone": P(fphone(p.phone, "e164"), "phone"), "birthday": P(fdate(p.dob, "iso"), "date"),
                          "address": {"city": P(p.city, "address"), "state": p.state, "postalCode": P(p.zip, "zip"), "country": "US"},
                          "referralLink": P(p.referral, "url")},
               "context": {"library": {"name": "analytics-node", "version": "2.1.0"}},
               "messageId": "node-next-" + hx(32), "timestamp": t_iso(L.ts), "sentAt": t_iso(L.ts)}
        jw(L, obj)
        return [L]
    if r < 0.7:
        L = Line("segment_json")
        ev = R.choice(["Intake Submitted", "Checkout Started", "Order Completed", "Dose Logged", "Weight Logged", "Plan Paused"])
        obj = {"type": "track", "event": ev, "userId": P(p.uid, "other_id"), "anonymousId": P(p.anon, "other_id"),
               "properties": {"plan": "glp1_" + p.drug[0].split("/")[0].lower(), "state": p.state, "bmi_band": "%d-%d" % (int(p.bmi) // 5 * 5, int(p.bmi) // 5 * 5 + 5),
                              "value": R.choice([199, 249, 299]), "currency": "USD"},
               "context": {"ip": P(p.ip, "ip"), "userAgent": p.ua, "page": {"path": "/intake/complete", "url": "https://app.kestrelhealth.co/intake/complete"},
                           "library": {"name": "analytics.js", "version": "next-1.64.0"}},
               "messageId": "ajs-next-" + hx(32), "timestamp": t_iso(L.ts), "integrations": {}}
        jw(L, obj)
        return [L]
    L = Line("segment_python_debug")
    L.t("DEBUG:segment:queueing: ")
    pyr(L, {"userId": P(p.uid, "other_id"), "event": "Weight Logged",
            "properties": {"weight_lb": p.weight - R.randint(2, 30), "source": R.choice(["scale", "manual"]),
                           "measured_on": P(fdate(TODAY - dt.timedelta(days=R.randint(0, 3)), "iso"), "date")},
            "type": "track", "messageId": uuid4()})
    return [L]


def st_cloudflare(p):
    L = Line("cloudflare_logpush_json")
    if R.random() < 0.4:
        uri = S("/auth/magic-link?email=", (p.email.replace("@", "%40").replace("+", "%2B"), "email"), "&next=%2Fprogress")
        meth, st = "GET", 302
    else:
        uri = R.choice(["/api/v1/intake/submit", "/api/v1/me/weights", "/api/v1/checkout/session", "/progress", "/api/v1/me/messages"])
        meth, st = R.choice([("POST", 201), ("GET", 200), ("GET", 304)])
    obj = {"ClientIP": P(p.ip, "ip"), "ClientRequestHost": "app.kestrelhealth.co", "ClientRequestMethod": meth,
           "ClientRequestURI": uri, "ClientRequestUserAgent": p.ua, "ClientCountry": "us",
           "EdgeResponseStatus": st, "EdgeStartTimestamp": t_iso(L.ts, 0), "OriginResponseTime": R.randint(20, 900) * 1000000,
           "CacheCacheStatus": "dynamic", "RayID": hx(16) + "-" + R.choice(["IAD", "DFW", "ORD", "ATL", "LAX", "SEA"]),
           "SecurityLevel": "med", "WAFAction": "unknown", "BotScore": R.randint(60, 99)}
    jw(L, obj)
    return [L]


def st_vercel(p):
    L = Line("vercel_log")
    if R.random() < 0.5:
        path = R.choice(["/intake/confirm", "/account/orders", "/progress", "/messages"])
        obj = {"id": str(R.randint(10 ** 19, 10 ** 20)), "message": "", "timestamp": ep_ms(L.ts), "type": "request",
               "source": "edge", "projectId": "prj_" + b62(20), "deploymentId": "dpl_" + b62(24),
               "host": "app.kestrelhealth.co", "path": path,
               "proxy": {"timestamp": ep_ms(L.ts), "method": "GET", "scheme": "https", "host": "app.kestrelhealth.co",
                         "path": path, "userAgent": [p.ua], "referer": "https://app.kestrelhealth.co/",
                         "statusCode": 200, "clientIp": P(p.ip, "ip"), "region": R.choice(["iad1", "cle1", "sfo1"])}}
        jw(L, obj)
    else:
        L.x("%s  [POST] /api/referral/claim  200  ip=" % t_iso(L.ts), (p.ip, "ip"), " ref=", (p.referral, "url"),
            " dur=%dms region=iad1" % R.randint(40, 700))
    return [L]


def st_gunicorn_patient(p):
    L = Line("gunicorn_access")
    since = TODAY - dt.timedelta(days=R.randint(14, 60))
    L.x((p.ip, "ip"), ' - - [', t_clf(L.ts), '] "GET /api/v1/patients/', (str(p.pid), "mrn"),
        '/weights?since=', (fdate(since, "iso"), "date"), ' HTTP/1.1" 200 %d "https://app.kestrelhealth.co/progress" "%s"' % (R.randint(400, 4000), p.ua))
    return [L]


def st_sql_debug(p):
    L = Line("django_db_debug")
    L.x("%s DEBUG django.db.backends (%.3f) SELECT \"patients_patient\".\"id\", \"patients_patient\".\"email\", \"patients_patient\".\"date_of_birth\" FROM \"patients_patient\" WHERE \"patients_patient\".\"email\" = '"
        % (t_dj(L.ts), R.uniform(0.001, 0.02)), (p.email, "email"), "' LIMIT 21; args=('", (p.email, "email"), "',); alias=default")
    return [L]


def st_audit(p):
    L = Line("audit_kv")
    L.x("%s audit.phi_access user=ops.%s@kestrelhealth.co role=%s action=%s object=patients.Patient:" % (
        t_iso(L.ts), R.choice(["jlin", "mreyes", "tk", "abose", "support.dana"]), R.choice(["support", "pharmacy_ops", "clinician"]),
        R.choice(["VIEW", "UPDATE", "EXPORT"])),
        (str(p.pid), "mrn"), " fields=[dob,shipping_address,phone] src_ip=%s reason=\"ticket follow-up\"" % priv_ip())
    return [L]


def st_twilio_retry(p):
    L = Line("celery_worker")
    L.x("[%s: WARNING/ForkPoolWorker-%d] Task notifications.tasks.send_sms[%s] retry: Retry in 30s: TwilioRestException(\"Unable to create record: The 'To' number "
        % (t_dj(L.ts), R.randint(1, 8), uuid4()), (fphone(p.phone, "e164"), "phone"), " is not a valid phone number.\")")
    return [L]


def st_intercom(p):
    L = Line("intercom_webhook_json")
    body = R.choice([
        ["<p>Hi, my vial arrived but the ice pack was completely melted. I'm at ", (p.street_full + ", " + p.city, "address"), ". Can you resend?</p>"],
        ["<p>I moved! New address is ", (p.street_full + ", " + p.city, "address"), " ", p.state, " ", (p.zip, "zip"), ". Please update before my next refill.</p>"],
        ["<p>Can I go up to %.2g mg? Been nauseous since my last shot on " % dose(p), (fdate(p.last_dose, "mondnoy"), "date"), ", texting is best: ", (fphone(p.phone, "paren"), "phone"), "</p>"],
        ["<p>Hola, soy ", (p.first, "name"), ". Mi fecha de nacimiento es ", (fdate(p.dob, "us"), "date"), ", no me ha llegado el pedido.</p>"],
    ])
    obj = {"type": "notification_event", "app_id": "x7k2qp9d", "topic": "conversation.user.replied",
           "id": "notif_" + uuid4(), "created_at": ep(L.ts),
           "data": {"type": "notification_event_data",
                    "item": {"type": "conversation", "id": str(R.randint(100000000000, 999999999999)),
                             "user": {"type": "user", "id": P(p.icom, "other_id"), "user_id": P(p.uid, "other_id"),
                                      "name": P(nm(p, R.choice(["full", "lower", "fml"])), "name"), "email": P(p.email, "email")},
                             "conversation_parts": {"type": "conversation_part.list", "conversation_parts": [
                                 {"type": "conversation_part", "part_type": "comment", "body": S(*body),
                                  "author": {"type": "user", "id": P(p.icom, "other_id")}}]}}}}
    jw(L, obj)
    return [L]


def st_chat(p):
    """Support chat transcript export, one message per line."""
    ag = R.choice(AGENTS)
    out = []
    fn = p.first if R.random() < 0.7 else p.first.lower()

    def msg(who_items, text_items):
        L = Line("chat_transcript")
        L.x(t_iso(CK.now, 0).replace("T", " ").rstrip("Z"), " | ", *who_items)
        L.t(" | ")
        L.x(*text_items)
        return L

    out.append(msg([(nm(p, R.choice(["full", "full", "lower"])), "name"), " (customer)"],
                   [R.choice(["hi my pen hasn't shipped yet, order ", "hey, question about order "]), p.order]))
    out.append(msg(["%s (Kestrel Support)" % ag], [R.choice(["Hi there! Happy to help.", "Hi! Happy to help."]) + " For verification can you confirm your date of birth?"]))
    out.append(msg([(fn, "name")], [(fdate(p.dob, R.choice(["usnz", "us2", "long", "dmon"])), "date"),
                                     R.choice(["", " and zip is "]) ]))
    if out[-1].text().endswith("zip is "):
        out[-1].p(p.zip, "zip")
    tail = R.random()
    if tail < 0.25:
        out.append(msg([(fn, "name")], ["also the courier can leave it with the garage attendant, my car is the grey %s plate " % R.choice(["Civic", "RAV4", "F-150", "Outback"]),
                                         ("%d%s%03d" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), R.randint(0, 999)), "vehicle")]))
    elif tail < 0.45:
        out.append(msg([(fn, "name")], ["can you also fax my records to my home fax ", (fphone(p.phone[:3] + "555" + "01%02d" % R.randint(0, 99), "dash"), "fax"),
                                         "? my PCP wants them"]))
    elif tail < 0.7:
        out.append(msg([(fn, "name")], ["my %s " % p.rel_kind, (p.rel_first, "name"), " can sign for it, cell is ", (fphone(p.rel_phone, R.choice(PHONE_STYLES)), "phone")]))
    out.append(msg(["%s (Kestrel Support)" % ag], ["Thanks, verified. Your order is with %s and should ship within 2 business days. Tracking will come by SMS." % p.pharm[2]]))
    return out


def st_gorgias(p):
    L = Line("gorgias_ticket_json")
    text = R.choice([
        ["Please cancel my subscription, I started Zepbound through my insurance. Member ID ", (p.member, "health_plan"), " if you need it."],
        ["My card was charged twice on ", (fdate(TODAY - dt.timedelta(days=R.randint(1, 6)), "us"), None), ". Refund to my checking acct ", ("%d" % R.randint(10 ** 9, 10 ** 11), "account"), " please."],
        ["This is ", (p.rel_first + " " + p.rel_last, "name"), ", ", (full(p), "name"), "'s %s. %s was hospitalized for pancreatitis on " % (p.rel_kind, "She" if p.sex == "F" else "He"),
         (fdate(TODAY - dt.timedelta(days=R.randint(2, 9)), "us"), "date"), " - stop all shipments."],
        ["Package shows delivered but nothing at ", (p.street_full, "address"), ". Call me ", (fphone(p.phone, "dash"), "phone")],
    ])
    tk = R.randint(18000000, 19999999)
    obj = {"id": tk, "uri": "/api/tickets/%d/" % tk,
           "channel": R.choice(["email", "chat", "contact_form"]), "via": "api", "status": "open", "priority": "normal",
           "customer": {"id": P(p.gorgias, "other_id"), "email": P(p.email, "email"), "name": P(nm(p, R.choice(["full", "fml"])), "name"),
                        "firstname": P(p.first, "name"), "lastname": P(p.last, "name")},
           "assignee_user": {"id": R.randint(1000, 1100), "email": "%s@kestrelhealth.co" % R.choice(AGENTS).lower()},
           "messages": [{"id": R.randint(300000000, 399999999), "from_agent": False, "body_text": S(*text),
                         "sender": {"email": P(p.email, "email")}}],
           "tags": [{"name": R.choice(["cancellation", "billing", "shipping", "clinical-escalation"])}],
           "created_datetime": t_iso(L.ts, 6, "+00:00")}
    jw(L, obj)
    return [L]


def st_sentry(p):
    L = Line("sentry_event_json")
    kind = R.random()
    task = "erx.tasks.transmit_newrx" if kind < 0.5 else "intake.tasks.process_typeform_submission"
    if kind < 0.5:
        exc = {"type": "ValidationError", "value": S("Pharmacy rejected NewRx: PostalCode '", (p.zip, "zip"), "' does not match City '", (p.city, "address"), "'"),
               "module": "erx.validators"}
    else:
        exc = {"type": "IntegrityError", "value": S("duplicate key value violates unique constraint \"patients_patient_email_key\"\nDETAIL:  Key (email)=(", (p.email, "email"), ") already exists.\n"),
               "module": "django.db.utils"}
    obj = {"event_id": hx(32), "level": "error", "platform": "python", "logger": "celery.app.trace",
           "transaction": task,
           "server_name": "worker-%s-%s" % (b62(5).lower(), b62(5).lower()), "release": "kestrel-api@2024.05.14-3",
           "environment": "production", "timestamp": ep(L.ts) + 0.5,
           "user": {"id": P(p.uid, "other_id"), "email": P(p.email, "email")},
           "tags": {"celery_task_name": task, "pharmacy": p.pharm[0]},
           "exception": {"values": [exc]},
           "extra": {"patient_id": P(p.pid, "mrn"), "consult_id": P(p.consult, "other_id"), "attempt": R.randint(1, 5)}}
    jw(L, obj)
    return [L]


def st_bq_row(p):
    L = Line("bigquery_ndjson")
    obj = {"patient_id": P(str(p.pid), "mrn"), "first_name": P(p.first, "name"), "last_name": P(p.last, "name"),
           "email": P(p.email, "email"), "dob": P(fdate(p.dob, "iso"), "date"), "state": p.state, "zip": P(p.zip, "zip"),
           "start_date": P(fdate(p.start, "iso"), "date"), "start_weight_lb": float(p.weight),
           "latest_weight_lb": round(p.weight - R.uniform(2, 30), 1), "plan": "glp1_" + p.drug[0].split("/")[0].lower(),
           "mrr_usd": R.choice([199, 249, 299]), "_loaded_at": L.ts.strftime("%Y-%m-%d %H:%M:%S.%f") + " UTC"}
    jw(L, obj)
    return [L]


def st_x12(p):
    L = Line("x12_270")
    d8 = fdate(p.dob, "ymd")
    L.x("%s benefits.pbm INFO 270 sent: ISA*00*          *00*          *ZZ*KESTRELHLTH    *ZZ*CAREMARKPBM    *%s*%s*^*00501*%09d*0*P*:~"
        % (t_dj(L.ts), L.ts.strftime("%y%m%d"), L.ts.strftime("%H%M"), R.randint(1, 999999999)))
    L.x("GS*HS*KESTRELHLTH*CAREMARKPBM*%s*%s*%d*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*%s*%s*%s~"
        % (L.ts.strftime("%Y%m%d"), L.ts.strftime("%H%M"), R.randint(1, 9999), hx(10).upper(), L.ts.strftime("%Y%m%d"), L.ts.strftime("%H%M")))
    L.x("HL*1**20*1~NM1*PR*2*CAREMARK*****PI*610591~HL*2*1*21*1~NM1*1P*2*KESTREL HEALTH*****XX*1982736450~HL*3*2*22*0~TRN*1*%d*9877281234~"
        % R.randint(10 ** 8, 10 ** 9))
    L.x("NM1*IL*1*", (fold(p.last).upper(), "name"), "*", (fold(p.first).upper(), "name"), "****MI*", (p.member, "health_plan"), "~")
    if R.random() < 0.4:
        L.x("REF*SY*", (ssn().replace("-", ""), "ssn"), "~")
    L.x("N3*", (fold(p.street).upper(), "address"), "~N4*", (fold(p.city).upper(), "address"), "*%s*" % p.state, (p.zip, "zip"), "~")
    L.x("DMG*D8*", (d8, "date"), "*%s~DTP*291*D8*" % p.sex, (fdate(TODAY, "ymd"), "date"), "~EQ*88~SE*%d*0001~GE*1*1~IEA*1*000000905~" % R.randint(12, 15))
    return [L]


def st_x12_271(p):
    L = Line("x12_271")
    L.x("%s benefits.pbm INFO 271 recv: NM1*IL*1*" % t_dj(L.ts), (fold(p.last).upper(), "name"), "*", (fold(p.first).upper(), "name"),
        "****MI*", (p.member, "health_plan"), "~DMG*D8*", (fdate(p.dob, "ymd"), "date"),
        "~EB*1*IND*88*OT*GLP1 WEIGHT MGMT~EB*G*IND*88***23*0~MSG*%s~REF*6P*%s~" % (
            R.choice(["PRIOR AUTHORIZATION REQUIRED", "PLAN EXCLUSION - ANTI-OBESITY AGENTS", "STEP THERAPY APPLIES"]),
            R.choice(["GRP00417", "RXGRP88", "CVS1193A"])))
    return [L]


def st_idv(p):
    L = Line("idv_webhook_json")
    attrs = {"status": "completed", "reference-id": P(p.uid, "other_id"), "name-first": P(p.first, "name"),
             "name-last": P(p.last, "name"), "birthdate": P(fdate(p.dob, "iso"), "date"),
             "address-street-1": P(p.street, "address"), "address-city": P(p.city, "address"),
             "address-subdivision": p.state, "address-postal-code": P(p.zip, "zip"),
             "identification-number": P(p.dl, "license"), "identification-class": "dl",
             "selfie-similarity-score": round(R.uniform(0.82, 0.99), 3)}
    if R.random() < 0.5:
        attrs["selfie-photo"] = S("data:image/jpeg;base64,", (face_b64(), "photo"))
    else:
        attrs["face-embedding"] = P([round(R.uniform(-0.3, 0.3), 4) for _ in range(12)], "biometric")
    obj = {"data": {"type": "event", "id": "evt_" + b62(24), "attributes": {"name": "inquiry.completed", "created-at": t_iso(L.ts, 3, "+00:00"),
                                                                           "payload": {"data": {"type": "inquiry", "id": P("inq_" + b62(24), "other_id"),
                                                                                                "attributes": attrs}}}}}
    jw(L, obj)
    return [L]


def st_scale(p):
    r = R.random()
    if r < 0.5:
        L = Line("scale_webhook_json")
        obj = {"userid": P(p.uid, "other_id"), "appli": 1, "device": {"model": R.choice(["Body+", "Body Smart", "Body Comp"]),
                                                                    "sn": P(p.scale_sn, "device"), "mac_address": P(p.mac, "device"),
                                                                    "fw": "%d.%d.%d" % (R.randint(1, 3), R.randint(0, 9), R.randint(0, 30))},
               "measuregrps": [{"grpid": R.randint(5 * 10 ** 9, 6 * 10 ** 9), "date": ep(L.ts) - R.randint(60, 3000), "category": 1,
                                "measures": [{"value": int((p.weight - R.randint(2, 25)) * 453.6), "type": 1, "unit": -3},
                                             {"value": R.randint(280, 450), "type": 6, "unit": -1}]}]}
        jw(L, obj)
    else:
        L = Line("django_app_log")
        L.x("%s INFO weights.sync patient=" % t_dj(L.ts), (str(p.pid), "mrn"), " scale_sn=", (p.scale_sn, "device"),
            " weight_kg=%.1f measured_on=" % ((p.weight - R.randint(2, 25)) * 0.4536),
            (fdate(TODAY - dt.timedelta(days=R.randint(0, 2)), "iso"), "date"), " delta_from_start=-%.1f%%" % R.uniform(1, 14))
    return [L]


def st_eligibility(p):
    L = Line("django_app_log")
    if p.age > 89:
        L.x("%s WARNING intake.eligibility submission rejected reason=age_out_of_range age=" % t_dj(L.ts), (str(p.age), "age"),
            " dob=", (fdate(p.dob, "iso"), "date"), " state=%s email=" % p.state, (p.email, "email"))
    else:
        L.x("%s INFO intake.eligibility patient=" % t_dj(L.ts), (str(p.pid), "mrn"), " age=%d bmi=%.1f comorbidity=%s result=eligible"
            % (p.age, p.bmi, R.choice(["none", "htn", "prediabetes", "osa"])))
    return [L]


def st_rx_fill(p):
    L = Line("pharmacy_api_json")
    obj = {"event": "rx.filled", "pharmacy": p.pharm[2], "rx_number": P(p.rx, "other_id"),
           "patient": {"external_patient_id": P(p.mrn, "mrn"), "last_name": P(p.last, "name"), "dob": P(fdate(p.dob, "us"), "date")},
           "fill_date": P(fdate(TODAY, "us"), "date"), "lot": "%s%05d" % (b62(2).upper(), R.randint(0, 99999)),
           "beyond_use_date": fdate(TODAY + dt.timedelta(days=R.choice([45, 60, 90])), "us"),
           "tracking_number": "1Z%s%010d" % (b62(6).upper(), R.randint(0, 9999999999)), "carrier": "UPS"}
    L.x("%s erx.webhooks INFO %s -> " % (t_dj(L.ts), p.pharm[0].lower()))
    jw(L, obj, sp=True)
    return [L]


def st_ssn_sentry(p):
    L = Line("sentry_event_json")
    obj = {"event_id": hx(32), "level": "warning", "logger": "benefits.medicare", "platform": "python",
           "message": S("MBI lookup failed for subscriber ", (nm(p, "LF"), "name"), ": SSN-based fallback disabled"),
           "extra": {"subscriber_ssn": P(ssn(), "ssn"), "mbi": P("%d%s%d-%s%d-%s%d%d" % (R.randint(1, 9), R.choice("ACDEFGHJK"), R.randint(0, 9),
                                                                                      R.choice("ACDEFGHJK") + R.choice("ACDEFGHJK"), R.randint(0, 9),
                                                                                      R.choice("ACDEFGHJK") + R.choice("ACDEFGHJK"), R.randint(0, 9), R.randint(0, 9)), "health_plan"),
                     "dob": P(fdate(p.dob, "iso"), "date")},
           "timestamp": ep(L.ts)}
    jw(L, obj)
    return [L]


# ---- multi-patient artefacts ----------------------------------------------
def multi_shopify(ps):
    out = []
    H = Line("shopify_csv")
    H.t("Name,Email,Financial Status,Paid at,Fulfillment Status,Currency,Subtotal,Total,Lineitem name,Lineitem sku,"
        "Billing Name,Billing Street,Billing City,Billing Zip,Billing Province,Billing Phone,Shipping Name,Shipping Street,"
        "Shipping City,Shipping Zip,Shipping Province,Shipping Phone,Notes,Id")
    out.append(H)
    for p in ps:
        L = Line("shopify_csv")
        amt = R.choice(["199.00", "249.00", "299.00"])

        def q(s):
            return '"' + s + '"' if "," in s else s
        n = nm(p, "full")
        phone = fphone(p.phone, R.choice(["e164", "paren", "dash"]))
        street = p.street_full
        items = ["#" + p.order.replace("-", ""), ",", (p.email, "email"), ",paid,", t_iso(L.ts - dt.timedelta(hours=5), 0).replace("T", " ").rstrip("Z") + " -0500",
                 ",unfulfilled,USD,", amt, ",", amt, ",", q("GLP-1 Program - Month %d" % R.randint(1, 6)), ",", p.drug[2], ","]
        items += [(n, "name"), ","]
        if "," in street:
            items += ['"', (street, "address"), '"']
        else:
            items += [(street, "address")]
        items += [",", (p.city, "address"), ",'", (p.zip, "zip"), ",", p.state, ",", (phone, "phone"), ","]
        items += [(n, "name"), ",", (street, "address"), ",", (p.city, "address"), ",'", (p.zip, "zip"), ",", p.state, ",", (phone, "phone")]
        note = R.choice(["", "", "leave at side door", "call on arrival"])
        items += [",", note, ",", str(R.randint(5700000000, 5799999999))]
        L.x(*items)
        out.append(L)
    return out


def multi_bq_csv(ps):
    out = []
    L = Line("bigquery_log")
    L.t("%s google.cloud.bigquery.job INFO extract job bqjob_r%s_0000018f7a%s_1 DONE destination=gs://kestrel-exports/retention/2024-05-14/part-000.csv rows=%d"
        % (t_dj(L.ts), hx(14), hx(6), len(ps)))
    out.append(L)
    H = Line("bigquery_csv")
    H.t("patient_id,full_name,dob,state,zip3,start_date,start_weight_lb,current_weight_lb,pct_change,months_active,churned")
    out.append(H)
    for p in ps:
        L = Line("bigquery_csv")
        cw = round(p.weight - R.uniform(1, 35), 1)
        n = nm(p, R.choice(["full", "lf"]))
        nq = '"' + n + '"' if "," in n else n
        items = [(str(p.pid), "mrn"), ","]
        if nq.startswith('"'):
            items += ['"', (n, "name"), '"']
        else:
            items += [(n, "name")]
        items += [",", (fdate(p.dob, "iso"), "date"), ",", p.state, ",", p.zip[:3], ",", (fdate(p.start, "iso"), "date"),
                  ",%d,%.1f,%.2f,%d,%s" % (p.weight, cw, (cw - p.weight) / p.weight * 100, R.randint(1, 8), R.choice(["false", "false", "true"]))]
        L.x(*items)
        out.append(L)
    return out


def multi_pipe_batch(ps, pharm):
    out = []
    H = Line("pharmacy_pipe_batch")
    H.t("H|KESTREL|%s|%s|%s|BATCH%05d|v2.1" % (pharm[0], CK.now.strftime("%Y%m%d"), CK.now.strftime("%H%M"), R.randint(0, 99999)))
    out.append(H)
    for p in ps:
        L = Line("pharmacy_pipe_batch")
        L.x("P|", (p.mrn, "mrn"), "|", (fold(p.last).upper(), "name"), "|", (fold(p.first).upper(), "name"), "|",
            (fdate(p.dob, "ymd"), "date"), "|%s|" % p.sex, (fold(p.street_full).upper(), "address"), "|",
            (fold(p.city).upper(), "address"), "|%s|" % p.state, (p.zip, "zip"), "|", (p.phone, "phone"))
        out.append(L)
        M = Line("pharmacy_pipe_batch")
        c = p.clin
        M.x("R|", (p.rx, "other_id"), "|%s|1|0|" % fold(p.drug[1]).upper()[:40], (fdate(TODAY, "ymd"), "date"),
            "|%s %s %s|%s" % (fold(c[0]).upper(), c[1].upper(), c[2], c[3]))
        out.append(M)
    T = Line("pharmacy_pipe_batch")
    T.t("T|%d|%d" % (len(ps), len(ps) * 2 + 2))
    out.append(T)
    return out


# --------------------------------------------------------------------------
# noise (no PHI)
# --------------------------------------------------------------------------
TASKS = ["reviews.tasks.rebalance_queue", "erx.tasks.poll_pharmacy_status", "billing.tasks.sync_stripe_prices",
         "notifications.tasks.flush_braze_batch", "analytics.tasks.export_bigquery", "shipping.tasks.refresh_trackers",
         "intake.tasks.expire_stale_intakes", "reviews.tasks.sla_sweep"]


def n_gunicorn_health():
    L = Line("gunicorn_access")
    L.t('%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" "kube-probe/1.29"' % (priv_ip(), t_clf(L.ts), R.choice(["/healthz", "/readyz", "/livez"]), R.randint(2, 40)))
    return [L]


def n_gunicorn_worker():
    L = Line("gunicorn_error")
    pid = R.randint(1000, 9000)
    L.t(R.choice(["[%s +0000] [7] [INFO] Booting worker with pid: %d", "[%s +0000] [7] [CRITICAL] WORKER TIMEOUT (pid:%d)",
                  "[%s +0000] [%d] [INFO] Worker exiting (pid: %d)"]).replace("%s", CK.now.strftime("%Y-%m-%d %H:%M:%S"), 1)
        .replace("%d", str(pid), 1).replace("%d", str(pid)))
    return [L]


def n_django_404():
    L = Line("django_app_log")
    L.t("%s WARNING django.request Not Found: %s" % (t_dj(L.ts), R.choice(["/wp-login.php", "/.env", "/favicon.ico", "/api/v1/../../etc/passwd", "/xmlrpc.php"])))
    return [L]


def n_django_400():
    L = Line("django_app_log")
    L.t('%s WARNING django.request Bad Request: /api/v1/intake/ {"date_of_birth":["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."],"height_in":["Ensure this value is greater than or equal to 48."]}' % t_dj(L.ts))
    return [L]


def n_celery_beat():
    L = Line("celery_beat")
    name = R.choice([("refill-reminders", "notifications.tasks.send_refill_reminders"), ("sla-sweep", "reviews.tasks.sla_sweep"),
                     ("poll-pharmacies", "erx.tasks.poll_pharmacy_status"), ("bq-export-hourly", "analytics.tasks.export_bigquery"),
                     ("tracker-refresh", "shipping.tasks.refresh_trackers")])
    L.t("[%s: INFO/MainProcess] Scheduler: Sending due task %s (%s)" % (t_dj(L.ts), name[0], name[1]))
    return [L]


def n_celery_ok():
    L = Line("celery_worker")
    task = R.choice(TASKS)
    res = {"reviews.tasks.rebalance_queue": "{'moved': %d, 'queue_depth': %d}" % (R.randint(0, 9), R.randint(10, 90)),
           "erx.tasks.poll_pharmacy_status": "{'checked': %d, 'updated': %d, 'errors': 0}" % (R.randint(50, 200), R.randint(0, 20)),
           "billing.tasks.sync_stripe_prices": "{'prices': %d, 'changed': 0}" % R.randint(8, 30),
           "notifications.tasks.flush_braze_batch": "{'sent': %d, 'failed': %d}" % (R.randint(10, 500), R.randint(0, 3)),
           "analytics.tasks.export_bigquery": "{'rows': %d, 'table': 'analytics.intake_events$%s'}" % (R.randint(1000, 30000), CK.now.strftime("%Y%m%d")),
           "shipping.tasks.refresh_trackers": "{'checked': %d, 'updated': %d, 'errors': 0}" % (R.randint(50, 200), R.randint(0, 20)),
           "intake.tasks.expire_stale_intakes": "{'expired': %d}" % R.randint(0, 40),
           "reviews.tasks.sla_sweep": R.choice(["None", "{'breaches': %d, 'paged': False}" % R.randint(0, 5)])}[task]
    L.t("[%s: INFO/ForkPoolWorker-%d] Task %s[%s] succeeded in %.5fs: %s" % (t_dj(L.ts), R.randint(1, 8), task, uuid4(), R.uniform(0.01, 9), res))
    return [L]


def n_celery_misc():
    L = Line("celery_worker")
    L.t(R.choice([
        "[%s: INFO/MainProcess] Connected to redis://redis-master.celery.svc.cluster.local:6379/0",
        "[%s: INFO/MainProcess] mingle: searching for neighbors",
        "[%s: INFO/MainProcess] mingle: all alone",
        "[%s: WARNING/MainProcess] Substantial drift from celery@erx-worker-7d9c5-qk2lp may mean clocks are out of sync.  Current drift is 31 seconds.",
        "[%s: INFO/MainProcess] missed heartbeat from celery@review-worker-6c9f7-x2k8m",
        "[%s: INFO/MainProcess] Events of group {task} enabled by remote.",
    ]) % t_dj(L.ts))
    return [L]


def n_celery_banner():
    host = "review-worker-%s-%s" % (hx(5), b62(5).lower())
    rows = [" ", " -------------- celery@%s v5.3.6 (emerald-rush)" % host,
            "--- ***** ----- ", "-- ******* ---- Linux-6.1.0-18-cloud-amd64-x86_64-with-glibc2.36 %s" % CK.now.strftime("%Y-%m-%d %H:%M:%S"),
            "- *** --- * --- ", "- ** ---------- [config]", "- ** ---------- .> app:         kestrel:0x7f3a%s" % hx(8),
            "- ** ---------- .> transport:   redis://redis-master.celery.svc.cluster.local:6379/0",
            "- ** ---------- .> results:     redis://redis-master.celery.svc.cluster.local:6379/1",
            "- *** --- * --- .> concurrency: 8 (prefork)", "-- ******* ---- .> task events: ON",
            "--- ***** ----- ", " -------------- [queues]", "                .> review.tx        exchange=review.tx(direct) key=review.tx",
            "                .> erx              exchange=erx(direct) key=erx"]
    out = []
    for r in rows:
        out.append(Line("celery_banner").t(r.rstrip() or "[celery] --"))
    return out


def n_stripe_req():
    L = Line("stripe_python_log")
    r = R.random()
    if r < 0.5:
        L.t("message='Request to Stripe api' method=%s path=https://api.stripe.com/v1/%s" % R.choice([
            ("get", "subscriptions?limit=100&status=past_due"), ("post", "refunds"), ("get", "invoices/upcoming"),
            ("post", "checkout/sessions"), ("get", "prices?active=true&limit=20")]))
    else:
        L.t("message='Stripe API response' path=https://api.stripe.com/v1/%s response_code=%d request_id=req_%s" % (
            R.choice(["refunds", "subscriptions", "checkout/sessions", "invoices/upcoming"]), R.choice([200, 200, 200, 402, 429]), b62(14)))
    return [L]


def n_stripe_event():
    L = Line("stripe_webhook_json")
    ty = R.choice(["product.updated", "price.created", "balance.available", "payout.paid"])
    if ty == "balance.available":
        o = {"object": "balance", "available": [{"amount": R.randint(10 ** 6, 10 ** 8), "currency": "usd"}], "livemode": True}
    elif ty == "payout.paid":
        o = {"id": "po_1P" + b62(22), "object": "payout", "amount": R.randint(10 ** 6, 10 ** 8), "arrival_date": ep(L.ts), "status": "paid", "method": "standard"}
    elif ty == "price.created":
        o = {"id": "price_1O" + b62(22), "object": "price", "active": True, "currency": "usd", "product": "prod_" + b62(14),
             "recurring": {"interval": "month", "interval_count": 1}, "unit_amount": R.choice([19900, 24900, 29900, 34900])}
    else:
        o = {"id": "prod_" + b62(14), "object": "product", "name": R.choice(["GLP-1 Compounded Semaglutide Monthly", "Tirzepatide Program", "Metabolic Coaching Add-on"]),
             "active": True, "metadata": {"sku": R.choice([d[2] for d in DRUGS])}}
    jw(L, {"id": "evt_1P" + b62(22), "object": "event", "api_version": "2023-10-16", "created": ep(L.ts), "data": {"object": o}, "livemode": True, "type": ty})
    return [L]


def n_stripe_testcard():
    L = Line("django_app_log")
    L.t("%s INFO billing.checkout [staging] test charge ok card=4242424242424242 exp=12/34 email=qa+intake%d@example.com amount=100 pi=pi_3P%s"
        % (t_dj(L.ts), R.randint(1, 40), b62(22)))
    return [L]


def n_cf_bot():
    L = Line("cloudflare_logpush_json")
    ipfmt, ua = R.choice(BOTS)
    jw(L, {"ClientIP": ipfmt % R.randint(1, 250), "ClientRequestHost": R.choice(["kestrelhealth.co", "app.kestrelhealth.co", "www.kestrelhealth.co"]),
           "ClientRequestMethod": "GET", "ClientRequestURI": R.choice(["/", "/robots.txt", "/glp-1/semaglutide", "/pricing", "/healthz", "/sitemap.xml"]),
           "ClientRequestUserAgent": ua, "ClientCountry": "us", "EdgeResponseStatus": R.choice([200, 200, 301, 304]),
           "EdgeStartTimestamp": t_iso(L.ts, 0), "CacheCacheStatus": R.choice(["hit", "miss", "revalidated"]),
           "RayID": hx(16) + "-" + R.choice(["IAD", "EWR", "ORD"]), "BotScore": 1, "VerifiedBot": True})
    return [L]


def n_cf_fw():
    L = Line("cloudflare_firewall_json")
    jw(L, {"Action": R.choice(["block", "managed_challenge"]), "ClientIP": "%d.%d.%d.%d" % (R.choice([45, 185, 193, 91]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
           "ClientRequestPath": R.choice(["/wp-admin/setup-config.php", "/.git/config", "/api/v1/intake/submit"]),
           "ClientRequestUserAgent": R.choice(["python-requests/2.31.0", "Go-http-client/1.1", "curl/8.4.0"]),
           "Datetime": t_iso(L.ts, 0), "RayID": hx(16), "RuleID": hx(32), "Source": "firewallManaged", "Description": "Known scanner / credential stuffing"})
    return [L]


def n_vercel_build():
    sha = hx(7)
    rows = ["Running build in Washington, D.C., USA (East) – iad1",
            "Cloning github.com/kestrel-health/web (Branch: main, Commit: %s)" % sha,
            "Restored build cache from previous deployment (%s)" % b62(9),
            "Running \"vercel build\"", "Vercel CLI 34.1.8", "  ▲ Next.js 14.2.3",
            "   Creating an optimized production build ...", " ✓ Compiled successfully",
            " ✓ Generating static pages (%d/%d)" % (41, 41),
            "ƒ /api/checkout                          0 B                0 B",
            "Build Completed in /vercel/output [%ds]" % R.randint(40, 95),
            "Deployment completed"]
    k = R.randint(5, 8)
    start = R.randint(0, len(rows) - k)
    out = []
    for r in rows[start:start + k]:
        L = Line("vercel_build")
        L.t("%s  %s" % (CK.now.strftime("%H:%M:%S.%f")[:12], r))
        out.append(L)
    return out


def n_vercel_fn():
    L = Line("vercel_log")
    L.t(R.choice(["%s  [GET] /api/health  200  dur=%dms region=iad1" % (t_iso(L.ts), R.randint(2, 30)),
                  "%s  Cold start: function /api/checkout init %dms (nodejs20.x, 1024MB)" % (t_iso(L.ts), R.randint(150, 900)),
                  "%s  [GET] /_next/static/chunks/app/intake/page-%s.js  200  cache=HIT" % (t_iso(L.ts), hx(16)),
                  "%s  Edge Middleware: rewrite /es/intake -> /intake?locale=es" % t_iso(L.ts)]))
    return [L]


def n_sentry_sdk():
    L = Line("sentry_sdk_debug")
    L.t(R.choice([" [sentry] DEBUG: Sending envelope [envelope with 1 items (error)] project:4507112033 host:o450711.ingest.us.sentry.io",
                  " [sentry] DEBUG: [Tracing] Discarding <http.server> transaction <GET /healthz> because traces_sampler returned 0 or False.",
                  " [sentry] DEBUG: Flushing HTTP transport",
                  " [sentry] DEBUG: background worker got flush request",
                  " [sentry] DEBUG: Discarding transaction because sampled = False"]))
    return [L]


def n_sentry_event():
    L = Line("sentry_event_json")
    e = R.choice([("ConnectionError", "Error 111 connecting to redis-master.celery.svc.cluster.local:6379. Connection refused.", "redis.exceptions"),
                  ("ReadTimeout", "HTTPSConnectionPool(host='api.empower.example', port=443): Read timed out. (read timeout=15)", "requests.exceptions"),
                  ("OperationalError", "could not translate host name \"pg-primary.internal\" to address", "django.db.utils"),
                  ("RateLimitError", "Request rate limit exceeded. Retry after 2s.", "stripe._error")])
    jw(L, {"event_id": hx(32), "level": "error", "platform": "python", "logger": "celery.app.trace", "server_name": "worker-%s" % hx(5),
           "release": "kestrel-api@2024.05.14-%d" % R.randint(1, 4), "environment": "production", "timestamp": ep(L.ts) + 0.25,
           "exception": {"values": [{"type": e[0], "value": e[1], "module": e[2]}]},
           "contexts": {"trace": {"trace_id": hx(32), "span_id": hx(16), "op": "queue.task.celery"}}})
    return [L]


def n_traceback():
    rows = ["%s ERROR erx.tasks Pharmacy transmit failed, will retry" % t_dj(CK.now),
            "Traceback (most recent call last):",
            '  File "/app/erx/transport.py", line 212, in send_newrx',
            "    resp = self.session.post(url, data=payload, timeout=15)",
            '  File "/usr/local/lib/python3.11/site-packages/requests/sessions.py", line 637, in post',
            '    return self.request("POST", url, data=data, json=json, **kwargs)',
            '  File "/usr/local/lib/python3.11/site-packages/requests/adapters.py", line 532, in send',
            "    raise ReadTimeout(e, request=request)",
            "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.%s.example', port=443): Read timed out. (read timeout=15)"
            % R.choice(["empower", "hallandale", "belmar"])]
    return [Line("python_traceback").t(r) for r in rows]


def n_bq_job():
    L = Line("bigquery_log")
    L.t(R.choice([
        "%s google.cloud.bigquery.job INFO load job bqjob_r%s_1 DONE: %d rows -> kestrel-prod.analytics.intake_events$%s (%.1f MB)" % (
            t_dj(L.ts), hx(16), R.randint(2000, 40000), L.ts.strftime("%Y%m%d"), R.uniform(1, 90)),
        "Waiting on bqjob_r%s_0000018f7a%s_1 ... (%ds) Current status: DONE" % (hx(14), hx(6), R.randint(1, 12)),
        "%s google.cloud.bigquery.client WARNING Job bqjob_r%s quota exceeded: Your table exceeded quota for imports or query appends per table. retry in 30s" % (t_dj(L.ts), hx(16)),
    ]))
    return [L]


def n_easypost_tracker():
    L = Line("easypost_json")
    st = R.choice(["in_transit", "out_for_delivery", "delivered", "pre_transit", "available_for_pickup"])
    carrier, code = R.choice([("USPS", "9400111899223%09d" % R.randint(0, 10 ** 9 - 1)),
                              ("UPS", "1Z%s%010d" % ("".join(R.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)), R.randint(0, 9999999999))),
                              ("FedEx", "%012d" % R.randint(10 ** 11, 10 ** 12 - 1))])
    hub = {"USPS": ("HOUSTON", "TX"), "UPS": ("LOUISVILLE", "KY"), "FedEx": ("MEMPHIS", "TN")}[carrier]
    msg = {"in_transit": "Departed %s facility" % carrier, "out_for_delivery": "Out for Delivery",
           "delivered": "Delivered, Front Door/Porch", "pre_transit": "Shipping Label Created, %s Awaiting Item" % carrier,
           "available_for_pickup": "Available for Pickup"}[st]
    jw(L, {"description": "tracker.updated", "mode": "production", "previous_attributes": {"status": "in_transit"},
           "result": {"id": "trk_" + hx(32), "object": "Tracker", "tracking_code": code,
                      "status": st, "carrier": carrier, "est_delivery_date": t_iso(L.ts + dt.timedelta(days=1), 0),
                      "tracking_details": [{"message": msg, "status": st, "datetime": t_iso(L.ts, 0),
                                            "tracking_location": {"city": hub[0], "state": hub[1], "zip": None}}]}})
    return [L]


def n_shipstation_notify():
    L = Line("shipstation_json")
    jw(L, {"resource_url": "https://ssapi.shipstation.com/shipments?batchId=%d&includeShipmentItems=False" % R.randint(10 ** 7, 10 ** 8),
           "resource_type": R.choice(["SHIP_NOTIFY", "ORDER_NOTIFY", "ITEM_SHIP_NOTIFY"])})
    return [L]


def n_shopify():
    L = Line("shopify_log")
    L.t(R.choice([
        "%s shopify_app INFO X-Shopify-Shop-Api-Call-Limit: %d/40 store=kestrel-rx.myshopify.com" % (t_dj(L.ts), R.randint(1, 40)),
        "%s shopify_app INFO webhook topic=inventory_levels/update inventory_item_id=%d location_id=%d available=%d" % (t_dj(L.ts), R.randint(4 * 10 ** 10, 5 * 10 ** 10), R.randint(6 * 10 ** 10, 7 * 10 ** 10), R.randint(0, 400)),
        "%s shopify_app INFO webhook topic=products/update id=%d title=\"Starter Kit: alcohol pads + sharps container\"" % (t_dj(L.ts), R.randint(8 * 10 ** 12, 9 * 10 ** 12)),
        "%s shopify_app INFO bulk export orders_export_%s.csv rows=%d size=%dKB" % (t_dj(L.ts), L.ts.strftime("%Y%m%d"), R.randint(200, 1500), R.randint(90, 900)),
    ]))
    return [L]


def n_messaging():
    L = Line("messaging_ops")
    L.t(R.choice([
        "%s braze.currents INFO flushed %d events to s3://kestrel-braze-currents/dt=%s/ (avro, %d files)" % (t_dj(L.ts), R.randint(100, 5000), L.ts.strftime("%Y-%m-%d"), R.randint(1, 9)),
        "%s customerio.client WARNING 429 Too Many Requests POST https://track.customer.io/api/v2/batch retry-after=2" % t_dj(L.ts),
        "%s braze.client INFO campaign \"Refill Reminder - Day 21\" scheduled audience=%d send_at=%s" % (t_dj(L.ts), R.randint(400, 9000), t_iso(L.ts + dt.timedelta(hours=3), 0)),
        "%s customerio.templates INFO rendered template=dose_day_reminder_v3 locale=es-US footer=\"Kestrel Health, 548 Market St #40123, San Francisco, CA 94104 | (415) 555-0130\"" % t_dj(L.ts),
    ]))
    return [L]


def n_segment_flush():
    L = Line("segment_python_debug")
    L.t(R.choice(["DEBUG:segment:uploaded %d items" % R.randint(1, 100),
                  "DEBUG:segment:data uploaded successfully",
                  "DEBUG:segment:making request: {\"batch\": [...%d messages], \"sentAt\": \"%s\"}" % (R.randint(5, 100), t_iso(CK.now)),
                  "INFO:segment:flushed batch of %d messages (%.1fKB) in %dms" % (R.randint(5, 100), R.uniform(2, 90), R.randint(40, 400))]))
    return [L]


def n_migrate():
    L = Line("django_migrate")
    L.t("  Applying %s... OK" % R.choice(["erx.0042_pharmacy_routing_rules", "reviews.0031_consult_sla_index", "billing.0019_refund_reason_choices",
                                          "intake.0057_typeform_v3_fields", "patients.0088_alter_patient_phone_e164"]))
    return [L]


def n_pg():
    L = Line("postgres_log")
    L.t(R.choice([
        "%s UTC [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s" % (
            CK.now.strftime("%Y-%m-%d %H:%M:%S.%f")[:23], R.randint(60, 99), R.randint(200, 9000), R.uniform(0.1, 5), R.randint(1, 9), R.uniform(1, 30)),
        "%s UTC [%d] LOG:  duration: %.3f ms  execute <unnamed>: SELECT \"reviews_consult\".\"id\" FROM \"reviews_consult\" WHERE (\"reviews_consult\".\"status\" = $1 AND \"reviews_consult\".\"state\" = $2) ORDER BY \"reviews_consult\".\"created_at\" ASC LIMIT 50" % (
            CK.now.strftime("%Y-%m-%d %H:%M:%S.%f")[:23], R.randint(1000, 30000), R.uniform(500, 4000)),
        "%s UTC [%d] LOG:  automatic vacuum of table \"kestrel.public.intake_submission\": index scans: 1" % (CK.now.strftime("%Y-%m-%d %H:%M:%S.%f")[:23], R.randint(1000, 30000)),
    ]))
    return [L]


def n_redis():
    L = Line("redis_log")
    L.t(R.choice(["1:M %s * 100 changes in 300 seconds. Saving...", "1:M %s * Background saving started by pid %d" % ("%s", R.randint(100, 999)),
                  "1:C %s * DB saved on disk", "1:M %s * Background saving terminated with success"]) % t_redis(L.ts))
    return [L]


def n_k8s():
    L = Line("k8s_event")
    L.t(R.choice([
        "%s Normal   ScalingReplicaSet  deployment/review-worker  Scaled up replica set review-worker-6c9f7 to %d",
        "%s Warning  BackOff            pod/erx-worker-7d9c5-qk2lp  Back-off restarting failed container",
        "%s Normal   Pulled             pod/api-5b8d4-mm2x9  Container image \"us-docker.pkg.dev/kestrel-prod/api/api:2024.05.14-3\" already present on machine",
        "%s Normal   SuccessfulCreate   job/bq-export-28594260  Created pod: bq-export-28594260-vbn4c",
    ]).replace("%d", str(R.randint(3, 12))) % t_iso(L.ts, 0))
    return [L]


def n_erx_gateway():
    L = Line("app_kv")
    ph = R.choice(PHARMACIES)
    L.t(R.choice([
        "%s erx.gateway INFO pharmacy=%s ncpdp_id=%s status=UP latency_ms=%d queue=%d" % (t_iso(L.ts), ph[0], ph[1], R.randint(80, 2400), R.randint(0, 30)),
        "%s erx.gateway WARN pharmacy=%s status=DEGRADED contact=\"%s pharmacist line %s, fax %s\"" % (t_iso(L.ts), ph[0], ph[2], ph[3], ph[4]),
    ]))
    return [L]


def n_queue_metrics():
    L = Line("app_kv")
    L.t("%s reviews.metrics INFO queue=review.%s depth=%d oldest_age_s=%d clinicians_online=%d sla_breaches=%d approvals_1h=%d denials_1h=%d" % (
        t_iso(L.ts), R.choice(["tx", "fl", "ca", "ny", "oh", "all"]), R.randint(0, 120), R.randint(30, 40000), R.randint(1, 14),
        R.randint(0, 6), R.randint(10, 90), R.randint(0, 8)))
    return [L]


def n_roster():
    L = Line("django_app_log")
    c = R.choice(CLINICIANS)
    L.t("%s INFO reviews.presence clinician %s %s, %s (NPI %s, %s.%s@kestrelhealth.co) went %s; licensed states=%s" % (
        t_dj(L.ts), c[0], c[1], c[2], c[3], fold(c[0]).lower(), c[1].lower(), R.choice(["online", "offline", "on break"]),
        ",".join(R.sample(["TX", "FL", "CA", "NY", "OH", "AZ", "GA", "NC"], 4))))
    return [L]


def n_flags():
    L = Line("app_kv")
    L.t("%s flags INFO evaluated key=%s variation=%s reason=%s" % (t_iso(L.ts), R.choice(["intake-v3-bmi-calculator", "tirzepatide-waitlist", "es-intake", "async-video-optional"]),
                                                                  R.choice(["true", "false", "control"]), R.choice(["RULE_MATCH", "FALLTHROUGH", "TARGET_MATCH"])))
    return [L]


def n_prom():
    L = Line("prometheus_text")
    L.t(R.choice([
        'celery_task_runtime_seconds_bucket{task="erx.tasks.transmit_newrx",le="%s"} %d' % (R.choice(["1.0", "5.0", "15.0", "+Inf"]), R.randint(100, 9000)),
        'http_requests_total{method="POST",path="/api/v1/intake/submit",status="%d"} %d' % (R.choice([201, 400, 500]), R.randint(10, 90000)),
        'review_queue_depth{state="%s"} %d' % (R.choice(["TX", "FL", "CA"]), R.randint(0, 90)),
        'stripe_webhook_lag_seconds{quantile="0.99"} %.3f' % R.uniform(0.1, 9),
    ]))
    return [L]


def n_nginx_err():
    L = Line("nginx_error")
    L.t("%s [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: api.kestrelhealth.co, request: \"POST /hooks/typeform HTTP/1.1\", upstream: \"http://%s:8000/hooks/typeform\", host: \"api.kestrelhealth.co\"" % (
        CK.now.strftime("%Y/%m/%d %H:%M:%S"), R.randint(20, 40), 0, R.randint(10 ** 5, 10 ** 7), priv_ip(), priv_ip()))
    return [L]


def n_dbt():
    L = Line("dbt_log")
    L.t("%s  %d of 58 OK created sql %s model analytics.%s ....... [%s in %.2fs]" % (
        CK.now.strftime("%H:%M:%S"), R.randint(1, 58), R.choice(["table", "incremental"]),
        R.choice(["fct_subscriptions", "dim_patients_deid", "fct_weight_change", "fct_refunds", "int_consult_sla"]),
        R.choice(["CREATE TABLE (18.2k rows, 4.1 MiB processed)", "MERGE (412.0 rows, 88.0 MiB processed)", "SUCCESS 1"]), R.uniform(1, 40)))
    return [L]


def n_intercom_admin():
    L = Line("intercom_webhook_json")
    jw(L, {"type": "notification_event", "app_id": "x7k2qp9d", "topic": R.choice(["conversation.admin.assigned", "conversation.admin.closed", "ping"]),
           "id": "notif_" + uuid4(), "created_at": ep(L.ts),
           "data": {"item": {"type": "conversation", "id": str(R.randint(10 ** 11, 10 ** 12)), "assignee": {"type": "team", "id": "6140221", "name": "Clinical Support"},
                             "admin_assignee_id": R.randint(6000000, 7000000)}}})
    return [L]


def n_gorgias_macro():
    L = Line("gorgias_log")
    L.t("%s gorgias.sync INFO macro \"%s\" updated by %s@kestrelhealth.co (usage_30d=%d)" % (
        t_iso(L.ts), R.choice(["Shipping delay - heat wave", "Dose titration FAQ", "Refund policy", "Pharmacy backorder"]), R.choice(AGENTS).lower(), R.randint(10, 900)))
    return [L]


def n_typeform_meta():
    L = Line("typeform_webhook_json")
    L.t("%s hooks.typeform INFO form_id=%s responses_24h=%d completion_rate=%.2f avg_time_s=%d signature=sha256=%s" % (
        t_dj(L.ts), R.choice(["Xk9Lq2Vd", "Bq7TnE3s"]), R.randint(200, 2000), R.uniform(0.4, 0.8), R.randint(200, 700), base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode()))
    return [L]


def n_deploy():
    L = Line("app_kv")
    L.t("%s deploy INFO release=kestrel-api@2024.05.14-%d build=%d sha=%s image=us-docker.pkg.dev/kestrel-prod/api/api@sha256:%s by=github-actions" % (
        t_iso(L.ts), R.randint(1, 4), R.randint(8000, 9000), hx(40), hx(64)))
    return [L]


def n_ncpdp_status():
    L = Line("ncpdp_script_xml")
    L.t("%s erx.transport INFO inbound from=%s <Message><Header><RelatesToMessageID>%s</RelatesToMessageID><MessageID>%s</MessageID><SentTime>%s</SentTime></Header><Body><Verify><VerifyStatus><Code>010</Code></VerifyStatus></Verify></Body></Message>" % (
        t_dj(L.ts), R.choice(PHARMACIES)[1], hx(32), hx(32), t_iso(L.ts, 0)))
    return [L]


def n_config():
    L = Line("app_kv")
    L.t(R.choice([
        "settings: DATABASES.default host=pg-primary.internal port=5432 name=kestrel conn_max_age=60 sslmode=require",
        "settings: CELERY_BROKER_URL=redis://redis-master.celery.svc.cluster.local:6379/0 CELERY_TASK_ACKS_LATE=True CELERYD_PREFETCH_MULTIPLIER=1",
        "settings: SENTRY_DSN=https://%s@o450711.ingest.us.sentry.io/4507112033 traces_sample_rate=0.05 send_default_pii=False" % hx(32),
        "settings: ERX_ROUTING={'compounded': ['EMPOWER', 'HALLANDALE', 'BELMAR'], 'brand': ['AMAZONPH', 'RXOUTREACH']} COLD_CHAIN_STATES=['TX','FL','AZ','NV']",
        "settings: SUPPORT_PHONE=(415) 555-0130 SUPPORT_EMAIL=care@kestrelhealth.co PHARMACY_OPS_FAX=(415) 555-0131",
    ]))
    return [L]


def n_shipstation_rate():
    L = Line("shipping_log")
    L.t("%s shipping.rates INFO carrier=%s service=%s zone=%d weight_oz=%d cold_pack=true rate_usd=%.2f warehouse=HOU-1" % (
        t_dj(L.ts), R.choice(["ups", "fedex", "usps"]), R.choice(["2nd_day_air", "priority_overnight", "priority_mail"]), R.randint(2, 8), R.randint(18, 60), R.uniform(8, 70)))
    return [L]


NOISE = [(n_gunicorn_health, 10), (n_gunicorn_worker, 3), (n_django_404, 4), (n_django_400, 2), (n_celery_beat, 6),
         (n_celery_ok, 12), (n_celery_misc, 5), (n_stripe_req, 7), (n_stripe_event, 4), (n_stripe_testcard, 2),
         (n_cf_bot, 7), (n_cf_fw, 3), (n_vercel_fn, 5), (n_sentry_sdk, 5), (n_sentry_event, 4), (n_bq_job, 5),
         (n_easypost_tracker, 6), (n_shipstation_notify, 3), (n_shopify, 4), (n_messaging, 5), (n_segment_flush, 4),
         (n_migrate, 2), (n_pg, 5), (n_redis, 3), (n_k8s, 4), (n_erx_gateway, 5), (n_queue_metrics, 6), (n_roster, 3),
         (n_flags, 3), (n_prom, 5), (n_nginx_err, 2), (n_dbt, 4), (n_intercom_admin, 3), (n_gorgias_macro, 2),
         (n_typeform_meta, 3), (n_deploy, 2), (n_ncpdp_status, 3), (n_config, 3), (n_shipstation_rate, 3),
         (n_traceback, 1), (n_vercel_build, 1)]
NOISE_FNS = [f for f, _ in NOISE]
NOISE_W = [w for _, w in NOISE]


# --------------------------------------------------------------------------
# journeys
# --------------------------------------------------------------------------
def journey(p):
    steps = []
    if p.age > 89:
        steps = [st_typeform, st_eligibility]
        if R.random() < 0.5:
            steps.append(st_chat)
        return steps
    if R.random() < 0.5:
        steps += [st_cloudflare if R.random() < 0.5 else st_vercel]
    if R.random() < 0.8:
        steps.append(st_typeform)
    steps.append(st_celery_intake)
    opt_early = [st_segment, st_idv, st_consult_queue, st_eligibility, st_sql_debug]
    steps += R.sample(opt_early, R.randint(1, 2))
    steps.append(st_note)
    steps.append(st_approve)
    if R.random() < 0.5:
        steps.append(st_ncpdp_compact)
    elif R.random() < 0.5:
        steps.append(st_pharmacy_api)
    opt_late = [st_stripe_sub, st_shipstation, st_easypost_verify, st_braze, st_customerio, st_intercom, st_chat,
                st_gorgias, st_sentry, st_bq_row, st_scale, st_gunicorn_patient, st_audit, st_twilio_retry, st_rx_fill,
                st_stripe_refund, st_stripe_dunning, st_x12, st_x12_271, st_segment, st_braze]
    steps += R.sample(opt_late, R.randint(2, 4))
    return steps


def build():
    people = [mk_person() for _ in range(11)]
    people += [mk_person(lang="es") for _ in range(3)]
    people += [mk_person(old=True) for _ in range(2)]
    R.shuffle(people)
    reg = [p for p in people if p.age <= 89]
    jmap = {id(p): [(f, (p,)) for f in journey(p)] for p in people}
    journeys = [jmap[id(p)] for p in people]
    # special one-offs, attached to random patients
    extra = [(st_ncpdp_block, (reg[3],)), (st_card_leak, (reg[7],)), (st_ssn_sentry, (reg[11],)),
             (st_x12, (reg[1],)), (st_idv, (reg[9],)), (st_chat, (reg[2],)), (st_chat, (reg[12],)),
             (multi_shopify, (R.sample(reg, 4),)), (multi_bq_csv, (R.sample(reg, 5),)),
             (multi_pipe_batch, (R.sample([q for q in reg if q.drug[0] not in ("Wegovy", "Zepbound")], 3), PHARMACIES[0])), (st_note, (reg[5],)), (st_note, (reg[10],))]
    for e in extra:
        if e[0].__name__.startswith("multi_"):
            journeys.insert(R.randint(1, len(journeys) - 2), [e])
        else:
            j = jmap[id(e[1][0])]
            j.insert(R.randint(min(3, len(j)), len(j)), e)
    lines = []
    clean = 0

    def add(chunk):
        nonlocal clean
        for L in chunk:
            lines.append(L)
            if not L.spans:
                clean += 1

    active = [j for j in journeys if j]
    while len(lines) < N_LINES:
        frac_clean = clean / max(1, len(lines))
        want_noise = (not active) or (frac_clean < TARGET_CLEAN and R.random() < 0.8) or R.random() < 0.25
        if want_noise:
            f = R.choices(NOISE_FNS, NOISE_W)[0]
            chunk = f()
        else:
            j = R.choice(active[:4]) if len(active) > 1 else active[0]
            f, args = j.pop(0)
            if not j:
                active.remove(j)
            chunk = f(*args)
        room = N_LINES - len(lines)
        if len(chunk) > room:
            if want_noise:
                continue
            chunk = []  # a PHI artefact that does not fit is dropped whole
        add(chunk)
    left = sum(len(j) for j in active)
    print("leftover:", [f.__name__ for j in active for f, _ in j])
    return lines, left


def main():
    lines, left = build()
    assert len(lines) == N_LINES, len(lines)
    out_log, out_lab = [], []
    for i, L in enumerate(lines, 1):
        text = L.text()
        assert "\n" not in text and "\r" not in text and text.strip() != "", (i, text)
        raw = text.encode("utf-8")
        spans = []
        for s in L.spans:
            assert raw[s["s"]:s["e"]].decode("utf-8") == s["v"], (i, s)
            spans.append({"s": s["s"], "e": s["e"], "cat": s["cat"]})
        out_log.append(text)
        out_lab.append(json.dumps({"line": i, "family": L.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out_lab) + "\n")
    clean = sum(1 for L in lines if not L.spans)
    cats = {}
    for L in lines:
        for s in L.spans:
            cats[s["cat"]] = cats.get(s["cat"], 0) + 1
    fams = sorted(set(L.fam for L in lines))
    print("lines=%d clean=%d (%.1f%%) families=%d leftover_steps=%d" % (len(lines), clean, 100.0 * clean / len(lines), len(fams), left))
    print("spans:", json.dumps(dict(sorted(cats.items()))))


if __name__ == "__main__":
    main()
