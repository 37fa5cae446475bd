#!/usr/bin/env python3
"""Synthetic labeled log corpus "nf": a gender-affirming care / hormone therapy telehealth
practice ("Kindred Bloom Health", fictitious).

Systems imitated: Rails 7 default logger (tagged request ids, Parameters hashes, ActiveRecord
SQL), lograge key=value, Sidekiq 7, PostgreSQL stderr log, NCPDP SCRIPT 2017071 XML (NewRx,
RxRenewalRequest, Status, Error) from the e-prescribing client, HL7 v2.5.1 ORU^R01 / ORM^O01 /
ACK segments (one segment per physical line, as a shipper stores them) plus Mirth channel lines,
X12 005010X217 278 prior-authorization request/response segments, Zoom webhook JSON, Intercom
webhook JSON (patient chat, English/Spanish/Portuguese), Stripe webhook JSON and stripe-ruby log
lines, mail-order pharmacy shipment CSV manifests, carrier pipe feed and exception text,
Sentry event JSON and sentry-ruby lines, letter-of-support text extraction JSON (escaped
newlines), document OCR JSON (name-change court orders, driver's licences, passports,
registrations, ID selfie checks), PaperTrail audit JSON, prior-auth logfmt.

Everything is synthetic. Standard library only; deterministic (fixed seed, fixed clock).

Labeling decisions:
- Both the legal name and the chosen/used name of a patient are "name" (also partial forms:
  first name alone, last initial "F.", "OKAFOR^MICHAEL", lower-case names in SQL parameters,
  search queries and upload file names, "Mika's iPhone" device names -> only "Mika"). Pronouns, gender identity, sex markers (M/F/X) and drugs are not labeled.
- Relatives, emergency contacts, guarantors/insured persons and delivery signers are labeled
  like patients. Clinicians, therapists, surgeons, judges, pharmacy/lab staff and support
  admins are NOT labeled (names, NPI, DEA, licence numbers, work e-mail/phone/fax), nor are
  businesses, payers, pharmacies, labs, courts (except the county of the patient's court
  order, which is an address below state level).
- address: street line, city and county are separate "address" spans; state is not labeled;
  ZIP is "zip". Payer, pharmacy, lab and clinic addresses are not labeled.
- date: birth dates (each part of a Rails date_select "dob(1i/2i/3i)" is its own span), appointment/visit times (incl. Zoom meeting start_time/join_time/
  leave_time of patient visits, "Wed 2:00 PM" in a reminder SMS), lab collection/observation/result dates, prescription
  written dates, ship/delivery dates of a patient's order, surgery/service dates, court-order
  and hearing dates, issue/expiry dates on a patient's ID documents, "since <date>" in
  letters. NOT labeled: log/envelope timestamps (log prefixes, event_ts, created,
  MSH-7, ISA/GS/BHT dates, SentTime, updated_at/created_at record stamps), card expiry.
- age: only ages over 89 are labeled; younger ages are left alone.
- mrn: the practice MRN (KB#######) and the lab's patient id (HL7 PID-3 PI) and a Zoom
  customer_key carrying the MRN.
- other_id: internal patient database ids wherever they appear (/patients/4821, patient_id,
  item_id, user_id of patient users, whodunnit "patient:<id>", Sentry user.id,
  gid://.../Patient/4821, Intercom external_id, other candidate patients in a match error), Intercom contact ids, usernames, court case numbers, lab accession/specimen
  numbers, pharmacy Rx numbers, prior-auth reference/certification numbers and PA trace
  numbers, encounter/visit numbers. NOT labeled: order numbers, carrier tracking numbers,
  request/trace/span/job ids, Stripe object ids other than customers, Zoom meeting ids/uuids,
  Sidekiq jids, Surescripts message ids, group numbers, NDCs.
- account: Stripe customer ids (cus_...), full card numbers, bank account numbers, HL7 PID-18
  patient account numbers. Card last4, bank routing numbers and public test cards (4242...)
  are not labeled.
- health_plan: member/subscriber ids incl. Medicaid ids and Medicare MBIs.
- license: a patient's driver's licence and passport numbers.
- ip: public IP addresses of patients' requests/sessions. Internal 10.x addresses, staff VPN
  addresses and scanner/bot IPs are not labeled.
- device: identifiers of a patient's own device (mobile app device id).
- fax: a fax number the patient gave for receiving letters/statements (therapist and clinic
  faxes are not labeled).
- url: personal URLs of a patient (fundraiser, social profile). Practice URLs are not
  labeled, but a patient id inside a practice URL is other_id.
- photo: base64 face image (ID selfie/portrait); biometric: face template vectors.
- vehicle: plate and VIN on a patient's registration or in chat.
"""
import base64
import datetime as dt
import json
import random
import unicodedata
import uuid
from pathlib import Path

ID = "nf"
HERE = Path(__file__).resolve().parent
rng = random.Random(20240311)
N_LINES = 500
TARGET_NOISE = 0.55

# ----------------------------------------------------------------------------- helpers


class L:
    """A log line under construction that records byte spans."""

    def __init__(self, family):
        self.family = family
        self.parts = []
        self.n = 0
        self.spans = []
        self.vals = []

    def t(self, s):
        s = str(s)
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None:
            return self.t(s)
        b = len(s.encode("utf-8"))
        self.spans.append({"s": self.n, "e": self.n + b, "cat": cat})
        self.vals.append(s)
        self.parts.append(s)
        self.n += b
        return self

    def text(self):
        return "".join(self.parts)


class P:
    """A PHI value with its category."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class T:
    """A string made of plain text and PHI pieces."""

    def __init__(self, *segs):
        self.segs = segs


def seq(l, *items):
    for it in items:
        if isinstance(it, P):
            l.p(it.v, it.cat)
        elif isinstance(it, T):
            seq(l, *it.segs)
        else:
            l.t(it)
    return l


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def _jstr_segs(l, segs):
    for s in segs:
        if isinstance(s, P):
            e = jesc(str(s.v))
            assert e == str(s.v), s.v
            l.p(e, s.cat)
        else:
            l.t(jesc(s))


def jd(l, o, sp=False):
    """JSON serialization into a line, recording spans."""
    if isinstance(o, dict):
        l.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                l.t(", " if sp else ",")
            l.t(json.dumps(k, ensure_ascii=False))
            l.t(": " if sp else ":")
            jd(l, v, sp)
        l.t("}")
    elif isinstance(o, list):
        l.t("[")
        for i, v in enumerate(o):
            if i:
                l.t(", " if sp else ",")
            jd(l, v, sp)
        l.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            l.t('"')
            _jstr_segs(l, [o])
            l.t('"')
        else:
            l.p(json.dumps(o.v), o.cat)
    elif isinstance(o, T):
        l.t('"')
        _jstr_segs(l, o.segs)
        l.t('"')
    else:
        l.t(json.dumps(o, ensure_ascii=False))
    return l


def rd(l, o):
    """Ruby Hash#inspect style (Rails 'Parameters:' lines)."""
    if isinstance(o, dict):
        l.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                l.t(", ")
            l.t(json.dumps(k, ensure_ascii=False) + "=>")
            rd(l, v)
        l.t("}")
    elif isinstance(o, list):
        l.t("[")
        for i, v in enumerate(o):
            if i:
                l.t(", ")
            rd(l, v)
        l.t("]")
    elif isinstance(o, (P, T)):
        jd(l, o)
    elif o is None:
        l.t("nil")
    elif isinstance(o, bool):
        l.t("true" if o else "false")
    elif isinstance(o, str):
        l.t(json.dumps(o, ensure_ascii=False))
    else:
        l.t(str(o))
    return l


def pick(s):
    return rng.choice(s)


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def b62(n):
    return "".join(rng.choice(B62) for _ in range(n))


def uid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def ufold(s):
    s = s.translate(str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "’": "'"}))
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def slug(s):
    return "".join(c for c in ufold(s).lower() if c.isalnum())


def luhn(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def ssn():
    a = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def pub_ip():
    while True:
        a = rng.choice([24, 47, 50, 67, 68, 69, 71, 73, 75, 76, 96, 97, 98, 99, 104, 107, 108,
                        162, 166, 172, 173, 174, 184, 198, 208])
        b = rng.randint(1, 254)
        if a == 172 and 16 <= b <= 31:
            continue
        return f"{a}.{b}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def pub_ip6():
    return "2601:" + ":".join(hexs(rng.choice([3, 4])).lstrip("0") or "0" for _ in range(7))


def fmt_date(d, style):
    return {
        "iso": d.strftime("%Y-%m-%d"),
        "us": d.strftime("%m/%d/%Y"),
        "us_short": f"{d.month}/{d.day}/{d.strftime('%y')}",
        "hl7": d.strftime("%Y%m%d"),
        "long": f"{d.strftime('%B')} {d.day}, {d.year}",
        "dmy": f"{d.day} {d.strftime('%b')} {d.year}",
        "eu": d.strftime("%d.%m.%Y"),
        "dash_us": d.strftime("%m-%d-%Y"),
        "es": f"{d.day} de {['enero','febrero','marzo','abril','mayo','junio','julio','agosto','septiembre','octubre','noviembre','diciembre'][d.month-1]} de {d.year}",
    }[style]


def fmt_phone(p10, style):
    a, b, c = p10[:3], p10[3:6], p10[6:]
    return {
        "paren": f"({a}) {b}-{c}",
        "dash": f"{a}-{b}-{c}",
        "raw": p10,
        "e164": f"+1{p10}",
        "intl": f"+1 {a} {b} {c}",
        "dot": f"{a}.{b}.{c}",
        "one": f"1-{a}-{b}-{c}",
    }[style]


def rand_date(y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def date_between(a, b):
    return dt.date.fromordinal(rng.randint(a.toordinal(), b.toordinal()))


class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 11, 13, 58, 4, 120331, tzinfo=dt.timezone.utc)

    def tick(self, lo=0.05, hi=5.0):
        self.t += dt.timedelta(seconds=rng.uniform(lo, hi))
        return self.t


clk = Clock()


def ts_iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def ts_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def epoch(t):
    return int(t.timestamp())


def epoch_ms(t):
    return int(t.timestamp() * 1000)


# ----------------------------------------------------------------------------- people

AMAB_FIRST = ["Michael", "Daniel", "Oluwaseun", "Chukwuemeka", "Hiroshi", "Jian", "Mohammed",
              "Alejandro", "José Luis", "Dmitri", "Sean", "Rajesh", "Tuấn", "Kwame", "Mateus",
              "Lars", "Giovanni", "Andrzej", "Tomás", "Yusuf", "Kenji", "Arjun", "Bogdan",
              "Darnell", "Keoni", "Ahmet", "Patrick", "Robert"]
AFAB_FIRST = ["Sarah", "Jennifer", "Aisha", "Priyanka", "Mei", "Fatima", "María José", "Yuki",
              "Ngozi", "Anastasia", "Siobhan", "Lakshmi", "Thi Lan", "Ana Lúcia", "Ingrid",
              "Magdalena", "Rosa", "Leilani", "Zeynep", "Chiara", "Tamika", "Noa", "Hyun-ji",
              "Aoife", "Dorothy"]
FEM_CHOSEN = ["Mika", "Daniela", "Ada", "Hana", "Jia", "Maryam", "Alejandra", "Josefina", "Daria",
              "Shauna", "Riya", "Kiana", "Marisa", "Liv", "Giovanna", "Agnieszka", "Tamsin",
              "Yasmin", "Keala", "Selin", "Imani", "Zoë", "Rosalind"]
MASC_CHOSEN = ["Sam", "Jay", "Ezra", "Malik", "Santiago", "Ilya", "Cormac", "Dev", "Bao", "Kenta",
               "Arlo", "Tomasz", "Idris", "Léo", "Kahiau", "Emre", "Marcus", "Joaquín", "Nikolai",
               "Walter"]
NB_CHOSEN = ["Kai", "Rowan", "Ari", "Nico", "Theo", "Quinn", "River", "Sasha", "Jules", "Remy",
             "Sol", "Wren", "Eli", "Noor", "Kit", "Indigo", "Ash", "Ren"]
MIDDLE_M = ["", "", "", "James", "Chidi", "Amir", "Tadeusz", "Jun", "Lee", "Kalani", "Matías"]
MIDDLE_F = ["", "", "", "Marie", "Anh", "Elena", "Rae", "Grace", "Sofía", "Lee", "Kalani"]
LAST = ["Okafor", "Nguyen", "Wójcik", "van der Berg", "de la Cruz", "O'Connor", "Al-Masri",
        "Müller-Schmidt", "Takahashi", "Adeyemi", "Kowalczyk", "Ferreira", "Haddad",
        "Papadopoulos", "Yılmaz", "Chatterjee", "Svensson", "Oyelaran", "St. John", "MacAllister",
        "Dubois", "Castillo-Reyes", "Kim", "Zhao", "Abebe", "Begaye", "Kealoha", "Rosenberg",
        "da Silva", "Le", "Nakamura-Lee", "Osei", "Mendoza", "Horváth", "Lindqvist", "Bianchi",
        "Abdi", "Ó Briain", "Petrov", "Washington", "Delacroix", "Bergström", "ten Brink",
        "Ramírez", "Fofanah", "Sharma"]
PRONOUNS_F = ["she/her", "she/her", "she/they"]
PRONOUNS_M = ["he/him", "he/him", "he/they"]
PRONOUNS_NB = ["they/them", "they/them", "ze/zir", "xe/xem", "any pronouns"]

CITIES = [
    ("Portland", "OR", "972", "Multnomah County", ["503", "971"], ["SE Ankeny St", "NE Alberta St", "N Williams Ave"]),
    ("Seattle", "WA", "981", "King County", ["206"], ["Broadway E", "E Pine St", "Rainier Ave S"]),
    ("Oakland", "CA", "946", "Alameda County", ["510"], ["Telegraph Ave", "Grand Ave", "E 18th St"]),
    ("Minneapolis", "MN", "554", "Hennepin County", ["612"], ["Lyndale Ave S", "Bloomington Ave", "W Lake St"]),
    ("Chicago", "IL", "606", "Cook County", ["773", "312"], ["N Clark St", "W Belmont Ave", "N Broadway"]),
    ("Denver", "CO", "802", "Denver County", ["720", "303"], ["E Colfax Ave", "S Pearl St", "Tennyson St"]),
    ("Philadelphia", "PA", "191", "Philadelphia County", ["215", "267"], ["S 9th St", "Baltimore Ave", "Frankford Ave"]),
    ("Brooklyn", "NY", "112", "Kings County", ["718", "347"], ["Nostrand Ave", "Bergen St", "Wyckoff Ave"]),
    ("Albuquerque", "NM", "871", "Bernalillo County", ["505"], ["Central Ave SE", "Girard Blvd NE"]),
    ("Providence", "RI", "029", "Providence County", ["401"], ["Wickenden St", "Broad St"]),
    ("Baltimore", "MD", "212", "Baltimore City", ["410", "443"], ["Greenmount Ave", "W 36th St"]),
    ("Ann Arbor", "MI", "481", "Washtenaw County", ["734"], ["Packard St", "S State St"]),
    ("Burlington", "VT", "054", "Chittenden County", ["802"], ["N Winooski Ave", "Pine St"]),
    ("Honolulu", "HI", "968", "Honolulu County", ["808"], ["Kapahulu Ave", "Waialae Ave"]),
    ("Boston", "MA", "021", "Suffolk County", ["617", "857"], ["Centre St", "Dorchester Ave"]),
    ("Tucson", "AZ", "857", "Pima County", ["520"], ["E Speedway Blvd", "N 4th Ave"]),
    ("Asheville", "NC", "288", "Buncombe County", ["828"], ["Haywood Rd", "Merrimon Ave"]),
    ("Austin", "TX", "787", "Travis County", ["512", "737"], ["S Congress Ave", "E Cesar Chavez St"]),
]

MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    a = lambda: rng.choice(MBI_L)
    an = lambda: rng.choice(MBI_L + "0123456789")
    n = lambda: rng.choice("0123456789")
    return str(rng.randint(1, 9)) + a() + an() + n() + "-" + a() + an() + n() + "-" + a() + a() + n() + n()


PAYERS = [
    ("Aetna", "60054", lambda: "W" + digits(9)),
    ("Blue Cross Blue Shield", "00710", lambda: pick(["XOF", "ZGP", "YLH", "JQU"]) + digits(9)),
    ("UnitedHealthcare", "87726", lambda: digits(9)),
    ("Cigna", "62308", lambda: "U" + digits(8) + "01"),
    ("Kaiser Permanente", "94320", lambda: digits(8)),
    ("Premera Blue Cross", "47570", lambda: "K" + digits(8)),
    ("Medicaid", "SKMD0", lambda: pick(["AB", "CQ", "RT"]) + digits(5) + pick("ABCDEFGHJ")),
]


def dl_number(st):
    f = {
        "OR": lambda: digits(rng.choice([7, 8, 9])), "WA": lambda: "WDL" + "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ0123456789") for _ in range(9)),
        "CA": lambda: pick("ABCDEFGNY") + digits(7), "MN": lambda: pick("ABCDEFGHKLMNPRSTW") + digits(12),
        "IL": lambda: pick("ABDGHKLMPRSTW") + digits(11), "CO": lambda: digits(2) + "-" + digits(3) + "-" + digits(4),
        "PA": lambda: digits(8), "NY": lambda: digits(3) + " " + digits(3) + " " + digits(3), "NM": lambda: digits(9),
        "RI": lambda: digits(7), "MD": lambda: pick("ABCDKMRSW") + "-" + digits(3) + "-" + digits(3) + "-" + digits(3) + "-" + digits(3),
        "MI": lambda: pick("BDHKMNRSW") + " " + digits(3) + " " + digits(3) + " " + digits(3) + " " + digits(3),
        "VT": lambda: digits(8), "HI": lambda: "H" + digits(8), "MA": lambda: "S" + digits(8), "AZ": lambda: pick("ABDFGKMS") + digits(8),
        "NC": lambda: digits(12), "TX": lambda: digits(8),
    }[st]
    return f()


class Person:
    pass


def make_person(i):
    p = Person()
    kind = rng.choice(["tf", "tf", "tm", "tm", "nb_amab", "nb_afab"])
    p.kind = kind
    p.identity = {"tf": pick(["woman", "trans woman", "transgender woman"]), "tm": pick(["man", "trans man", "transgender man"])}.get(kind, pick(["nonbinary", "genderqueer", "agender", "nonbinary"]))
    amab = kind in ("tf", "nb_amab")
    p.legal_first = pick(AMAB_FIRST if amab else AFAB_FIRST)
    if kind == "tf":
        p.chosen = pick(FEM_CHOSEN)
        p.pronouns = pick(PRONOUNS_F)
    elif kind == "tm":
        p.chosen = pick(MASC_CHOSEN)
        p.pronouns = pick(PRONOUNS_M)
    else:
        p.chosen = pick(NB_CHOSEN)
        p.pronouns = pick(PRONOUNS_NB)
    p.sab = "M" if amab else "F"
    p.marker = {"tf": "F", "tm": "M"}.get(kind, "X")
    p.middle = pick(MIDDLE_M if amab else MIDDLE_F)
    p.last = pick(LAST)
    p.legal_name_changed = rng.random() < 0.35
    if i in (7, 23, 38):  # a few very old patients (age > 89 on 2024-03-11)
        p.dob = rand_date(1928, 1933)
    else:
        p.dob = rand_date(1952, 2005)
    today = dt.date(2024, 3, 11)
    p.age = today.year - p.dob.year - ((today.month, today.day) < (p.dob.month, p.dob.day))
    p.mrn = "KB" + f"{rng.randint(10000, 999999):07d}"
    p.pid = rng.randint(1200, 48999)
    city = pick(CITIES)
    p.city, p.state, zp, p.county, acs, streets = city
    p.zip = zp + digits(2)
    p.street = f"{rng.randint(12, 9899)} {pick(streets)}"
    p.unit = pick(["", "", "", "Apt 4", "#3B", "Unit 210", "Apt 12C", "Fl 2"])
    p.phone = pick(acs) + str(rng.randint(2, 9)) + digits(2) + digits(4)
    p.fax = pick(acs) + str(rng.randint(2, 9)) + digits(2) + digits(4)
    dom = pick(["gmail.com", "proton.me", "icloud.com", "yahoo.com", "outlook.com", "hotmail.com",
                "fastmail.com", "riseup.net", "pm.me"])
    base = pick([
        f"{slug(p.chosen)}.{slug(p.last)}",
        f"{slug(p.chosen)}{slug(p.last)[:4]}{p.dob.year % 100:02d}",
        f"{slug(p.legal_first)}.{slug(p.last)}",  # an old e-mail from before transition
        f"{slug(p.chosen)}_{rng.randint(2, 999)}",
        f"{slug(p.last)}{slug(p.chosen)[0]}",
    ])
    p.email = f"{base}@{dom}"
    p.username = pick([f"{slug(p.chosen)}{slug(p.last)[:3]}", f"{slug(p.chosen)}_{p.dob.year}",
                       f"{slug(p.chosen)[0]}{slug(p.last)}", f"{slug(p.chosen)}.{rng.randint(10, 99)}"])
    payer = pick(PAYERS) if p.age < 65 else ("Medicare", "CMS", mbi)
    p.payer, p.payer_id = payer[0], payer[1]
    p.member_id = payer[2]()
    p.group = "GRP" + digits(7)
    p.ssn = ssn()
    p.dl = dl_number(p.state)
    p.passport = pick(["5", "A"]) + digits(8)
    p.cus = "cus_" + b62(14)
    p.intercom = hexs(24)
    p.ip = pub_ip() if rng.random() < 0.85 else pub_ip6()
    p.device = str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
    p.lab_pi = "LC" + digits(8)
    p.acct = "A" + digits(8)
    p.court_date = date_between(dt.date(2023, 1, 5), dt.date(2024, 3, 1))
    cy = p.court_date.year if rng.random() < 0.7 else p.court_date.year - 1
    p.case_no = pick([f"{cy % 100}CV{digits(5)}", f"{cy}-NC-{digits(6)}", f"NC-{digits(4)}-{cy}", f"{cy}CH{digits(5)}"])
    p.relative = (pick(["Marisol", "Grace", "Oksana", "Linh", "Patricia", "Folake", "Deborah", "Ahmad", "Tom"]),
                  pick(["mom", "partner", "sister", "dad", "spouse", "aunt"]))
    p.relative_last = p.last if rng.random() < 0.6 else pick(LAST)
    p.relative_phone = pick(acs) + str(rng.randint(2, 9)) + digits(6)
    return p


PEOPLE = [make_person(i) for i in range(48)]


def person():
    return pick(PEOPLE)


def legal_full(p, middle=True):
    return " ".join(x for x in [p.legal_first, p.middle if middle else "", p.last] if x)


def chosen_full(p):
    return f"{p.chosen} {p.last}"


def up(s):
    return s.upper()


STAFF = [  # first, last, credential, NPI, DEA, e-mail
    ("Priya", "Raman", "MD", "1649382750", "FR4418203"),
    ("Tobias", "Lindgren", "NP", "1730516642", "ML2290417"),
    ("Chioma", "Okonkwo", "DO", "1588207713", "FO6621094"),
    ("Rafael", "Quintero-Díaz", "PA-C", "1922047361", "MQ1184520"),
    ("Hannah", "Sato", "NP", "1457710983", "MS3307215"),
    ("Marguerite", "Ostrowski", "MD", "1366028194", "BO5519308"),
]
SURGEONS = [("Adrienne", "Vanterpool", "1538294710"), ("Kenji", "Abernathy", "1093827465"),
            ("Lucía", "Echeverría", "1275839104")]
THERAPISTS = [("Danielle", "Fairbanks", "LCSW", "L7723"), ("Omar", "Haddad-Ruiz", "PsyD", "PSY 30917"),
              ("Lena", "Marchetti", "LPC", "C5120"), ("Yolanda", "Begay", "LMFT", "MFT 118204"),
              ("Graham", "Whitlock", "LICSW", "LC82211")]
ADMINS = [("Bex", "Holloway"), ("Marcus", "Iwu"), ("Tess", "Nakagawa"), ("Jordan", "Pellegrini")]
PRACTICE = {"name": "Kindred Bloom Health", "domain": "kindredbloom.health", "phone": "8884127760",
            "fax": "5039241180", "npi": "1780966523"}
PHARM = {"name": "Meridian Mail Rx", "ncpdp": "4418023", "npi": "1902837465", "phone": "8005513320",
         "street": "4100 Commerce Pkwy Ste 200", "city": "Grove City", "state": "OH", "zip": "43123"}
DRUGS = [
    ("estradiol valerate 20 MG/ML Injectable Solution", "00591322126", "5", "mL", "Inject 0.25 mL (5 mg) intramuscularly once every 7 days", False),
    ("estradiol 2 MG Oral Tablet", "00093105401", "180", "Tablet", "Take 1 tablet by mouth twice daily", False),
    ("spironolactone 100 MG Oral Tablet", "00378214601", "90", "Tablet", "Take 1 tablet by mouth daily", False),
    ("testosterone cypionate 200 MG/ML Injectable Solution", "00591322401", "10", "mL", "Inject 0.4 mL (80 mg) subcutaneously once weekly", True),
    ("testosterone 16.2 MG/GM Topical Gel", "00051846233", "75", "Gram", "Apply 2 pumps (40.5 mg) to shoulders once daily", True),
    ("progesterone 100 MG Oral Capsule", "00093829301", "30", "Capsule", "Take 1 capsule by mouth at bedtime", False),
    ("estradiol 0.1 MG/DAY Transdermal Patch", "00378335016", "8", "Patch", "Apply 1 patch twice weekly; rotate sites", False),
    ("finasteride 1 MG Oral Tablet", "16714052101", "90", "Tablet", "Take 1 tablet by mouth daily", False),
]
SURG = [("19303", "Mastectomy, simple, complete"), ("19318", "Breast reduction"),
        ("55970", "Intersex surgery; male to female"), ("55980", "Intersex surgery; female to male"),
        ("19325", "Breast augmentation with implant"), ("21270", "Malar augmentation, prosthetic material")]
APP = "https://app.kindredbloom.health"
WEB_PIDS = [4127, 4131, 4190, 4203]
ALLOC = lambda: rng.randint(900, 48000)


# ============================================================================== families
# Each generator returns a list of L. Noise generators return one line without spans.

# ---------------------------------------------------------------- Rails default logger

def rails_pre(l, lvl="I", rid=None, t=None):
    t = t or clk.tick(0.001, 0.3)
    name = {"I": "INFO", "D": "DEBUG", "W": "WARN", "E": "ERROR", "F": "FATAL"}[lvl]
    l.t(f"{lvl}, [{t.strftime('%Y-%m-%dT%H:%M:%S.%f')} #{pick(WEB_PIDS)}] {name:>5} -- : ")
    if rid:
        l.t(f"[{rid}] ")
    return t


def rails_started(rid, verb, path_items, ip_item):
    l = L("rails")
    t = rails_pre(l, "I", rid)
    l.t(f'Started {verb} "')
    seq(l, *path_items)
    l.t('" for ')
    seq(l, ip_item)
    l.t(f" at {t.strftime('%Y-%m-%d %H:%M:%S')} +0000")
    return l


def rails_line(rid, text, lvl="I"):
    l = L("rails")
    rails_pre(l, lvl, rid)
    if isinstance(text, (list, tuple)):
        seq(l, *text)
    else:
        l.t(text)
    return l


def rails_completed(rid, code="200 OK"):
    ms = rng.randint(4, 420)
    ar = round(rng.uniform(0.4, ms * 0.4), 1)
    if code.startswith("30"):
        return rails_line(rid, f"Completed {code} in {ms}ms (ActiveRecord: {ar}ms | Allocations: {ALLOC()})")
    return rails_line(rid, f"Completed {code} in {ms}ms (Views: {round(rng.uniform(0.5, ms * 0.5), 1)}ms | ActiveRecord: {ar}ms | Allocations: {ALLOC()})")


def rails_block():
    p = person()
    rid = uid()
    ip = P(p.ip, "ip")
    sc = rng.randint(0, 5)
    out = []
    if sc == 0:  # profile update by the patient
        out.append(rails_started(rid, "PATCH", ["/patients/", P(p.pid, "other_id"), "/profile"], ip))
        out.append(rails_line(rid, "Processing by Patients::ProfilesController#update as TURBO_STREAM"))
        l = rails_line(rid, "  Parameters: ")
        rd(l, {"authenticity_token": "[FILTERED]", "patient": {
            "chosen_name": P(p.chosen, "name"), "legal_first_name": P(p.legal_first, "name"),
            "legal_last_name": P(p.last, "name"), "pronouns": p.pronouns,
            "name_on_pharmacy_label": pick(["chosen", "legal"]),
            "date_of_birth": P(fmt_date(p.dob, "iso"), "date")}, "commit": "Save", "id": P(str(p.pid), "other_id")})
        out.append(l)
        l = rails_line(rid, "  Patient Update (", "D")
        l.t(f'{round(rng.uniform(0.6, 4.0), 1)}ms)  UPDATE "patients" SET "chosen_name" = $1, "pronouns" = $2, "updated_at" = $3 WHERE "patients"."id" = $4  [["chosen_name", "')
        l.p(p.chosen, "name")
        l.t(f'"], ["pronouns", "{p.pronouns}"], ["updated_at", "{clk.t.strftime("%Y-%m-%d %H:%M:%S.%f")}"], ["id", ')
        l.p(p.pid, "other_id")
        l.t("]]")
        out.append(l)
        out.append(rails_line(rid, ["Redirected to ", APP, "/patients/", P(p.pid, "other_id"), "/profile"]))
        out.append(rails_completed(rid, "302 Found"))
    elif sc == 1:  # new patient intake
        out.append(rails_started(rid, "POST", ["/intake"], ip))
        out.append(rails_line(rid, "Processing by IntakeController#create as HTML"))
        l = rails_line(rid, "  Parameters: ")
        rd(l, {"authenticity_token": "[FILTERED]", "intake": {
            "legal_first_name": P(p.legal_first, "name"), "legal_middle_name": P(p.middle, "name") if p.middle else "",
            "legal_last_name": P(p.last, "name"), "chosen_name": P(p.chosen, "name"), "pronouns": p.pronouns,
            "sex_assigned_at_birth": p.sab, "gender_identity": p.identity,
            "dob(1i)": P(str(p.dob.year), "date"), "dob(2i)": P(str(p.dob.month), "date"), "dob(3i)": P(str(p.dob.day), "date"),
            "email": P(p.email, "email"), "mobile": P(fmt_phone(p.phone, pick(["paren", "dash", "raw"])), "phone"),
            "address_line1": P(p.street, "address"), "city": P(p.city, "address"), "state": p.state, "zip": P(p.zip, "zip"),
            "ssn": "[FILTERED]", "insurance_member_id": P(p.member_id, "health_plan"), "consent_hipaa": "1"}})
        out.append(l)
        if rng.random() < 0.5:
            out.append(rails_line(rid, "  Rendered intake/new.html.erb within layouts/public (Duration: 14.2ms | Allocations: 6120)"))
            out.append(rails_completed(rid, "422 Unprocessable Entity"))
        else:
            out.append(rails_line(rid, ["[ActiveJob] Enqueued IntakeReviewJob (Job ID: ", uid(), ") to Sidekiq(default) with arguments: #<GlobalID:0x00007f3a", hexs(8), " @uri=#<URI::GID gid://kindred-bloom/Patient/", P(p.pid, "other_id"), ">>"]))
            out.append(rails_completed(rid, "302 Found"))
    elif sc == 2:  # staff opens a chart
        out.append(rails_started(rid, "GET", ["/admin/patients/", P(p.pid, "other_id"), "/chart"], f"10.8.{rng.randint(0, 3)}.{rng.randint(2, 250)}"))
        out.append(rails_line(rid, "Processing by Admin::ChartsController#show as HTML"))
        out.append(rails_line(rid, ["  Parameters: {\"id\"=>\"", P(p.pid, "other_id"), "\"}"]))
        out.append(rails_line(rid, f"  Rendered admin/charts/_hormone_timeline.html.erb (Duration: {round(rng.uniform(1, 30), 1)}ms | Allocations: {ALLOC()})"))
        out.append(rails_completed(rid))
    elif sc == 3:  # document upload with revealing filename
        kind = pick(["name_change_order", "drivers_license", "letter_of_support", "passport"])
        fn = {"name_change_order": [P(p.last, "name"), "_", P(p.legal_first, "name"), "_to_", P(p.chosen, "name"), "_court_order.pdf"],
              "drivers_license": ["DL_", P(p.chosen, "name"), "_", P(p.last, "name"), "_front.jpg"],
              "letter_of_support": ["Letter of Support - ", P(chosen_full(p), "name"), ".pdf"],
              "passport": ["passport_scan_", P(slug(p.chosen), "name"), ".heic"]}[kind]
        out.append(rails_started(rid, "POST", ["/patients/", P(p.pid, "other_id"), "/documents"], ip))
        out.append(rails_line(rid, "Processing by Patients::DocumentsController#create as HTML"))
        ct = "application/pdf" if fn[-1].endswith(".pdf") else ("image/jpeg" if fn[-1].endswith(".jpg") else "image/heic")
        out.append(rails_line(rid, ['  Parameters: {"authenticity_token"=>"[FILTERED]", "document"=>{"kind"=>"', kind,
                                    '", "file"=>#<ActionDispatch::Http::UploadedFile:0x00007f3a', hexs(8), ' @tempfile=#<Tempfile:/tmp/RackMultipart20240311-', str(rng.randint(7, 40)), '-', b62(6).lower(), '>, @content_type="', ct,
                                    '", @original_filename="', *fn, '">}, "patient_id"=>"', P(p.pid, "other_id"), '"}']))
        out.append(rails_line(rid, f"  ActiveStorage::Blob Create ({round(rng.uniform(0.5, 3), 1)}ms)  INSERT INTO \"active_storage_blobs\" (\"key\", \"filename\", ...) RETURNING \"id\"", "D"))
        out.append(rails_completed(rid, "302 Found"))
    elif sc == 4:  # appointment booking
        st = dt.datetime(2024, 3, rng.randint(12, 29), rng.choice([9, 10, 11, 13, 14, 15, 16]), rng.choice([0, 30]))
        out.append(rails_started(rid, "POST", ["/appointments"], ip))
        out.append(rails_line(rid, "Processing by AppointmentsController#create as JSON"))
        l = rails_line(rid, "  Parameters: ")
        rd(l, {"appointment": {"patient_id": P(str(p.pid), "other_id"), "visit_type": pick(["hrt_followup", "hrt_initial", "surgery_readiness", "lab_review"]),
                               "starts_at": P(st.strftime("%Y-%m-%dT%H:%M:00-07:00"), "date"), "provider_id": str(rng.randint(3, 19)),
                               "notes": T("prefers ", P(p.chosen, "name"), "; ", p.pronouns)}})
        out.append(l)
        out.append(rails_completed(rid, "201 Created"))
    else:  # patient downloads lab pdf
        out.append(rails_started(rid, "GET", ["/patients/", P(p.pid, "other_id"), "/lab_results/", str(rng.randint(1000, 90000)), ".pdf"], ip))
        out.append(rails_line(rid, "Processing by Patients::LabResultsController#show as PDF"))
        out.append(rails_line(rid, ["  Rendered lab_results/show.pdf.prawn (Duration: ", str(round(rng.uniform(20, 200), 1)), "ms | Allocations: ", str(ALLOC()), ")"]))
        out.append(rails_line(rid, ["Sent data ", P(p.last, "name"), "_", P(p.chosen, "name"), "_labs_", P(fmt_date(date_between(dt.date(2024, 2, 1), dt.date(2024, 3, 9)), "iso"), "date"), ".pdf (", str(round(rng.uniform(0.3, 4), 1)), "ms)"]))
        out.append(rails_completed(rid))
    return out


def rails_noise():
    rid = uid()
    c = rng.randint(0, 11)
    if c == 0:
        return rails_started(rid, "GET", ["/up"], f"10.0.{rng.randint(0, 4)}.{rng.randint(2, 250)}")
    if c == 1:
        return rails_line(rid, "Processing by Rails::HealthController#show as HTML")
    if c == 2:
        return rails_completed(rid)
    if c == 3:
        return rails_line(rid, f"  Rendered layouts/_patient_nav.html.erb (Duration: {round(rng.uniform(0.2, 4), 1)}ms | Allocations: {rng.randint(80, 900)})")
    if c == 4:
        return rails_started(rid, "GET", [pick(["/wp-login.php", "/.env", "/phpmyadmin/index.php", "/.git/config", "/xmlrpc.php"])], pub_ip())
    if c == 5:
        return rails_line(rid, f'ActionController::RoutingError (No route matches [GET] "{pick(["/wp-login.php", "/.env", "/cgi-bin/luci", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php"])}"):', "F")
    if c == 6:
        l = L("rails")
        rails_pre(l, "I")
        l.t(pick(["Puma starting in cluster mode...", "* Puma version: 6.4.2 (ruby 3.2.3-p157) (\"The Eagle of Durango\")",
                  f"- Worker {rng.randint(0, 3)} (PID: {rng.randint(4100, 4300)}) booted in {round(rng.uniform(1.2, 4.5), 2)}s, phase: 0",
                  "*  Min threads: 5, max threads: 5", "*  Environment: production", "* Listening on http://0.0.0.0:3000"]))
        return l
    if c == 7:
        return rails_line(rid, f"  Patient Load ({round(rng.uniform(0.2, 2.5), 1)}ms)  SELECT \"patients\".* FROM \"patients\" WHERE \"patients\".\"deleted_at\" IS NULL ORDER BY \"patients\".\"updated_at\" DESC LIMIT $1  [[\"LIMIT\", 25]]", "D")
    if c == 8:
        return rails_started(rid, "GET", [pick(["/assets/application-", "/assets/portal-"]), hexs(8), pick([".css", ".js"])], f"10.0.{rng.randint(0, 4)}.{rng.randint(2, 250)}")
    if c == 9:
        return rails_line(rid, f"Started GET \"/cable\" [WebSocket] for 10.0.{rng.randint(0, 4)}.{rng.randint(2, 250)} at {clk.t.strftime('%Y-%m-%d %H:%M:%S')} +0000")
    if c == 10:
        return rails_line(rid, pick(["Processing by Webhooks::StripeController#create as JSON", "Processing by Webhooks::ZoomController#create as JSON",
                                     "Processing by Providers::SchedulesController#index as HTML", "Processing by Webhooks::IntercomController#create as JSON"]))
    return rails_line(rid, f"Can't verify CSRF token authenticity.", "W")


# ---------------------------------------------------------------- lograge

def lograge_line(path_items, ctrl, action, status, extra, method="GET"):
    l = L("rails_lograge")
    dur = round(rng.uniform(2, 900), 2)
    l.t(f"method={method} path=")
    seq(l, *path_items)
    l.t(f" format={pick(['html', 'json', 'turbo_stream'])} controller={ctrl} action={action} status={status} allocations={ALLOC()} duration={dur} view={round(dur * rng.uniform(0.05, 0.6), 2)} db={round(dur * rng.uniform(0.05, 0.4), 2)}")
    seq(l, *extra)
    l.t(f" request_id={uid()}")
    return l


def lograge_phi():
    p = person()
    c = rng.randint(0, 3)
    if c == 0:
        return [lograge_line(["/patients/", P(p.pid, "other_id"), "/labs"], "Patients::LabsController", "index", 200,
                             [" remote_ip=", P(p.ip, "ip"), " user_id=", P(p.pid, "other_id"), " user_type=Patient"])]
    if c == 1:
        return [lograge_line(["/api/v1/patients/", P(p.pid, "other_id"), "/prescriptions"], "Api::V1::PrescriptionsController", "index", 200,
                             [" remote_ip=", P(p.ip, "ip"), " user_id=", P(p.pid, "other_id"), f" app_version=3.{rng.randint(4, 9)}.{rng.randint(0, 20)} device_id=", P(p.device, "device")])]
    if c == 2:
        q = pick([slug(p.last), p.chosen.lower(), f"{p.chosen} {p.last}"])
        return [lograge_line(["/admin/patients/search"], "Admin::PatientSearchController", "index", 200,
                             [" params={\"q\"=>\"", P(q, "name"), "\"} staff_id=", str(rng.randint(3, 19)), f" remote_ip=10.8.{rng.randint(0, 3)}.{rng.randint(2, 250)}"])]
    return [lograge_line(["/patients/", P(p.pid, "other_id"), "/refills"], "Patients::RefillsController", "create", pick([201, 422]),
                         [" remote_ip=", P(p.ip, "ip"), " user_id=", P(p.pid, "other_id"), " error=", pick(['"Refill too soon"', "nil"])], method="POST")]


def lograge_noise():
    c = rng.randint(0, 3)
    if c == 0:
        return lograge_line(["/up"], "Rails::HealthController", "show", 200, [f" remote_ip=10.0.{rng.randint(0, 4)}.{rng.randint(2, 250)}"])
    if c == 1:
        return lograge_line(["/providers/schedule"], "Providers::SchedulesController", "index", 200, [f" staff_id={rng.randint(3, 19)} remote_ip=10.8.{rng.randint(0, 3)}.{rng.randint(2, 250)}"])
    if c == 2:
        return lograge_line(["/webhooks/", pick(["stripe", "zoom", "intercom", "surescripts"])], "Webhooks::" + pick(["StripeController", "ZoomController", "IntercomController"]), "create", pick([200, 200, 400]),
                            [f" remote_ip={pick(['3.18.12.63', '54.187.174.169', '52.202.195.162', '34.225.120.77'])}"], method="POST")
    return lograge_line(["/api/v1/health"], "Api::V1::HealthController", "show", 200, [f" remote_ip=10.0.{rng.randint(0, 4)}.{rng.randint(2, 250)} db_pool_busy={rng.randint(0, 5)}"])


# ---------------------------------------------------------------- Sidekiq

JOBS = ["Erx::SendNewRxJob", "LabResults::ImportJob", "PriorAuth::PollJob", "Reminders::AppointmentSmsJob", "Pharmacy::ShipmentSyncJob",
        "Intercom::ContactSyncJob", "Zoom::MeetingProvisionJob", "Documents::OcrJob", "Billing::InvoiceJob", "Letters::IngestJob"]


def sk_pre(l, cls=None, jid=None, lvl="INFO", elapsed=None):
    t = clk.tick(0.01, 2.0)
    l.t(f"{ts_iso_ms(t)} pid={pick([7, 8, 12])} tid={b62(4).lower()}")
    if cls:
        l.t(f" class={cls} jid={jid or hexs(24)}")
    if elapsed is not None:
        l.t(f" elapsed={elapsed}")
    l.t(f" {lvl}: ")


def sidekiq_phi():
    p = person()
    c = rng.randint(0, 5)
    jid = hexs(24)
    l = L("sidekiq")
    if c == 5:
        sk_pre(l, "Letters::DeliveryJob", jid, "INFO")
        seq(l, "faxed letter_of_support to patient-provided fax ", P(fmt_phone(p.fax, pick(["e164", "dash"])), "fax"), " via documo fax_id=", uid(), f" pages={rng.randint(1, 3)} status=sent patient_id=", P(p.pid, "other_id"))
        return [l]
    if c == 0:
        cls = "LabResults::ImportJob"
        sk_pre(l, cls, jid, "WARN")
        seq(l, "LabResults::PatientMatchError: no unique match for PID ", P(up(p.last), "name"), "^", P(up(p.legal_first), "name"),
            " DOB ", P(fmt_date(p.dob, "hl7"), "date"), " (LabCorp PI ", P(p.lab_pi, "mrn"), "); candidates: [", P(p.pid, "other_id"), ", ", P(pick(PEOPLE).pid, "other_id"), "]")
        return [l]
    if c == 1:
        cls = "Reminders::AppointmentSmsJob"
        sk_pre(l, cls, jid, "INFO")
        seq(l, "Twilio SMS queued to=", P(fmt_phone(p.phone, "e164"), "phone"), f" sid=SM{hexs(32)} template=appt_reminder_24h vars={{name: \"", P(p.chosen, "name"), "\", starts_at: \"",
            P(f"{pick(['Tue', 'Wed', 'Thu'])} {rng.randint(1, 4)}:{pick(['00', '30'])} PM", "date"), "\"}")
        return [l]
    if c == 2:
        cls = "ActiveJob::QueueAdapters::SidekiqAdapter::JobWrapper"
        sk_pre(l, None, None, "WARN")
        ct = clk.t.timestamp()
        jd(l, {"context": "Job raised exception", "job": {"retry": 5, "queue": "mailers", "args": [{"job_class": "ActionMailer::MailDeliveryJob", "job_id": uid(),
              "arguments": ["AppointmentMailer", "reminder", "deliver_now", {"args": [{"_aj_globalid": T("gid://kindred-bloom/Patient/", P(p.pid, "other_id"))}]}]}],
              "class": cls, "wrapped": "ActionMailer::MailDeliveryJob", "jid": jid, "created_at": round(ct - 40, 3), "enqueued_at": round(ct - 2, 3)},
            "_config": "<SIDEKIQ CONFIG>", "error_class": "Net::SMTPFatalError", "error_message": T("550 5.1.1 <", P(p.email, "email"), ">: Recipient address rejected: User unknown")})
        return [l]
    if c == 3:
        cls = "Erx::SendNewRxJob"
        sk_pre(l, cls, jid, "ERROR")
        seq(l, "Surescripts rejected NewRx (Error 900/210): patient name mismatch with PBM eligibility: sent \"", P(chosen_full(p), "name"), "\", PBM has \"",
            P(up(p.last), "name"), ", ", P(up(p.legal_first), "name"), "\" dob=", P(fmt_date(p.dob, "iso"), "date"), " patient_id=", P(p.pid, "other_id"))
        return [l]
    cls = "Pharmacy::ShipmentSyncJob"
    sk_pre(l, cls, jid, "INFO")
    seq(l, "shipment delivered rx=", P(f"RX{digits(7)}", "other_id"), " patient_id=", P(p.pid, "other_id"), f" carrier=UPS tracking=1Z{b62(6).upper()}{digits(10)}")
    return [l]


def sidekiq_noise():
    l = L("sidekiq")
    c = rng.randint(0, 7)
    cls = pick(JOBS)
    if c in (0, 1):
        sk_pre(l, cls, None, "INFO")
        l.t("start")
    elif c in (2, 3):
        el = round(rng.uniform(0.01, 14), 3)
        sk_pre(l, cls, None, "INFO", elapsed=el)
        l.t("done")
    elif c == 4:
        sk_pre(l, None, None, "INFO")
        l.t(pick(["Sidekiq 7.2.2 connecting to Redis with options {:size=>10, :pool_name=>\"internal\", :url=>\"redis://redis.internal:6379/0\"}",
                  "Booted Rails 7.1.3 application in production environment", "Starting processing, hit Ctrl-C to stop",
                  "Pausing to allow jobs to finish...", "Bye!", "Sidekiq Pro 7.2.0 / Sidekiq Enterprise 7.2.1, commercially licensed."]))
    elif c == 5:
        sk_pre(l, None, None, "INFO")
        l.t(f"Cron job {pick(['nightly_pa_poll', 'refill_due_scan', 'lab_result_fetch', 'stripe_reconcile'])} enqueued jid={hexs(24)}")
    elif c == 6:
        sk_pre(l, cls, None, "WARN")
        l.t(pick(["Redis::TimeoutError: Connection timed out", "Faraday::ConnectionFailed: Failed to open TCP connection to api.surescripts.net:443 (execution expired)",
                  "Net::ReadTimeout with #<TCPSocket:(closed)>", "Zoom::RateLimited: 429 Too Many Requests (retry in 12s)"]))
    else:
        sk_pre(l, None, None, "INFO")
        l.t(f"stats processed={rng.randint(100000, 900000)} failed={rng.randint(100, 3000)} busy={rng.randint(0, 10)} enqueued={rng.randint(0, 400)} retries={rng.randint(0, 40)} dead={rng.randint(0, 9)} latency={round(rng.uniform(0, 3), 2)}")
    return l


# ---------------------------------------------------------------- PostgreSQL

def pg_pre(l, lvl, user="kb_app", db="kb_production", pidn=None, t=None):
    t = t or clk.tick(0.001, 1.5)
    who = f"{user}@{db} " if user else ""
    l.t(f"{t.strftime('%Y-%m-%d %H:%M:%S.')}{t.microsecond // 1000:03d} UTC [{pidn or rng.randint(20000, 39999)}] {who}{lvl}:  ")
    return t


def pg_phi():
    p = person()
    c = rng.randint(0, 4)
    pidn = rng.randint(20000, 39999)
    out = []
    if c == 0:
        l = L("postgres")
        t = pg_pre(l, "ERROR", pidn=pidn)
        l.t('duplicate key value violates unique constraint "index_patients_on_lower_email"')
        out.append(l)
        l = L("postgres")
        pg_pre(l, "DETAIL", pidn=pidn, t=t)
        seq(l, "Key (lower(email::text))=(", P(p.email.lower(), "email"), ") already exists.")
        out.append(l)
        l = L("postgres")
        pg_pre(l, "STATEMENT", pidn=pidn, t=t)
        l.t('INSERT INTO "patients" ("legal_first_name", "legal_last_name", "chosen_name", "pronouns", "email", "date_of_birth", "created_at", "updated_at") VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING "id"')
        out.append(l)
    elif c == 1:
        l = L("postgres")
        t = pg_pre(l, "LOG", pidn=pidn)
        l.t(f"duration: {round(rng.uniform(500, 4000), 3)} ms  execute a{rng.randint(1, 40)}: SELECT \"patients\".* FROM \"patients\" WHERE (lower(legal_last_name) = $1 OR lower(chosen_name) = $2) AND date_of_birth = $3 LIMIT $4")
        out.append(l)
        l = L("postgres")
        pg_pre(l, "DETAIL", pidn=pidn, t=t)
        lastq = p.last.lower().replace("'", "''")
        seq(l, "parameters: $1 = '", P(lastq, "name"), "', $2 = '", P(p.chosen.lower(), "name"), "', $3 = '", P(fmt_date(p.dob, "iso"), "date"), "', $4 = '5'")
        out.append(l)
    elif c == 2:
        l = L("postgres")
        t = pg_pre(l, "ERROR", pidn=pidn)
        l.t('null value in column "legal_last_name" of relation "patients" violates not-null constraint')
        out.append(l)
        l = L("postgres")
        pg_pre(l, "DETAIL", pidn=pidn, t=t)
        seq(l, "Failing row contains (", P(p.pid, "other_id"), ", ", P(p.legal_first, "name"), ", null, ", P(p.chosen, "name"), f", {p.pronouns}, ",
            P(fmt_date(p.dob, "iso"), "date"), ", ", P(p.email, "email"), ", ", P(p.phone, "phone"), f", {clk.t.strftime('%Y-%m-%d %H:%M:%S.%f')}, {clk.t.strftime('%Y-%m-%d %H:%M:%S.%f')}).")
        out.append(l)
    elif c == 3:
        l = L("postgres")
        pg_pre(l, "LOG", user="bex_holloway", db="kb_production", pidn=pidn)
        newfirst = p.chosen.replace("'", "''")
        seq(l, "statement: UPDATE patients SET legal_first_name = '", P(newfirst, "name"), "', legal_name_changed_on = '", P(fmt_date(p.court_date, "iso"), "date"),
            "', name_change_case_no = '", P(p.case_no, "other_id"), "' WHERE id = ", P(p.pid, "other_id"), ";")
        out.append(l)
    else:
        l = L("postgres")
        t = pg_pre(l, "ERROR", pidn=pidn)
        l.t('insert or update on table "lab_orders" violates foreign key constraint "fk_rails_5b9e1f3c2a"')
        out.append(l)
        l = L("postgres")
        pg_pre(l, "DETAIL", pidn=pidn, t=t)
        seq(l, "Key (patient_id)=(", P(p.pid, "other_id"), ") is not present in table \"patients\".")
        out.append(l)
    return out


def pg_noise():
    l = L("postgres")
    c = rng.randint(0, 8)
    if c == 0:
        pg_pre(l, "LOG", user="", db="")
        l.t("checkpoint starting: time")
    elif c == 1:
        pg_pre(l, "LOG", user="", db="")
        w = rng.randint(200, 9000)
        l.t(f"checkpoint complete: wrote {w} buffers ({round(w / 1310.72, 1)}%); 0 WAL file(s) added, 0 removed, {rng.randint(0, 4)} recycled; write={round(rng.uniform(10, 270), 3)} s, sync={round(rng.uniform(0, 0.5), 3)} s, total={round(rng.uniform(10, 270), 3)} s; sync files={rng.randint(10, 90)}, longest={round(rng.uniform(0, 0.1), 3)} s, average=0.001 s; distance={rng.randint(1000, 90000)} kB, estimate={rng.randint(1000, 90000)} kB")
    elif c == 2:
        pg_pre(l, "LOG", user="", db="")
        l.t(f"automatic vacuum of table \"kb_production.public.{pick(['sidekiq_jobs', 'audit_versions', 'erx_messages', 'zoom_events', 'sessions'])}\": index scans: {rng.randint(0, 2)}")
    elif c == 3:
        pg_pre(l, "LOG", user="kb_app", db="kb_production")
        l.t(f"connection authorized: user=kb_app database=kb_production application_name=puma SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)")
    elif c == 4:
        pg_pre(l, "LOG", user="kb_app", db="kb_production")
        l.t(f"disconnection: session time: 0:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d} user=kb_app database=kb_production host=10.0.{rng.randint(0, 4)}.{rng.randint(2, 250)} port={rng.randint(30000, 65000)}")
    elif c == 5:
        pg_pre(l, "LOG", user="kb_app", db="kb_production")
        l.t("could not receive data from client: Connection reset by peer")
    elif c == 6:
        pg_pre(l, "LOG", user="kb_app", db="kb_production")
        l.t(f"temporary file: path \"base/pgsql_tmp/pgsql_tmp{rng.randint(20000, 39999)}.{rng.randint(0, 9)}\", size {rng.randint(1000000, 90000000)}")
    elif c == 7:
        pg_pre(l, "DETAIL", user="kb_app", db="kb_production")
        l.t(f"Process {rng.randint(20000, 39999)} waits for ShareLock on transaction {rng.randint(1000000, 9000000)}; blocked by process {rng.randint(20000, 39999)}.")
    else:
        pg_pre(l, "LOG", user="kb_app", db="kb_production")
        l.t(f"duration: {round(rng.uniform(500, 3000), 3)} ms  execute a{rng.randint(1, 40)}: SELECT COUNT(*) FROM \"prescriptions\" WHERE \"prescriptions\".\"status\" = $1 AND \"prescriptions\".\"next_fill_on\" <= $2")
    return l


# ---------------------------------------------------------------- NCPDP SCRIPT XML

NS = 'xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="20170715" TransportVersion="20170715" TransactionDomain="SCRIPT" TransactionVersion="20170715" StructuresVersion="20170715" ECLVersion="20170715"'


def ncpdp_pre(l, direction, kind):
    t = clk.tick(0.05, 3)
    l.t(f"{ts_iso_ms(t)} INFO  [Erx::SurescriptsClient] {direction} {kind} bytes={rng.randint(1800, 6400)} body=")
    return t


def xml_patient(l, p, with_addr=True, with_phone=True, mrn=True):
    l.t("<Patient><HumanPatient>")
    if mrn:
        l.t("<Identification><MedicalRecordIdentificationNumberEHR>")
        l.p(p.mrn, "mrn")
        l.t("</MedicalRecordIdentificationNumberEHR></Identification>")
    l.t("<Name><LastName>")
    l.p(p.last, "name")
    l.t("</LastName><FirstName>")
    first = p.legal_first if not p.legal_name_changed else p.chosen
    l.p(first, "name")
    l.t("</FirstName>")
    if p.middle:
        l.t("<MiddleName>")
        l.p(p.middle, "name")
        l.t("</MiddleName>")
    l.t(f"</Name><Gender>{p.marker if p.marker != 'X' else 'U'}</Gender><DateOfBirth><Date>")
    l.p(fmt_date(p.dob, "iso"), "date")
    l.t("</Date></DateOfBirth>")
    if with_addr:
        l.t("<Address><AddressLine1>")
        l.p(p.street, "address")
        l.t("</AddressLine1>")
        if p.unit:
            l.t("<AddressLine2>")
            l.p(p.unit, "address")
            l.t("</AddressLine2>")
        l.t("<City>")
        l.p(p.city, "address")
        l.t(f"</City><StateProvince>{p.state}</StateProvince><PostalCode>")
        l.p(p.zip, "zip")
        l.t("</PostalCode><CountryCode>US</CountryCode></Address>")
    if with_phone:
        l.t("<CommunicationNumbers><PrimaryTelephone><Number>")
        l.p(p.phone, "phone")
        l.t("</Number><SupportsSMS>Y</SupportsSMS></PrimaryTelephone>")
        if rng.random() < 0.3:
            l.t("<ElectronicMail>")
            l.p(p.email, "email")
            l.t("</ElectronicMail>")
        l.t("</CommunicationNumbers>")
    l.t("</HumanPatient></Patient>")


def xml_header(l, to_q, to, fr_q, fr, relates=False):
    l.t(f"<Header><To Qualifier=\"{to_q}\">{to}</To><From Qualifier=\"{fr_q}\">{fr}</From><MessageID>{hexs(32)}</MessageID>")
    if relates:
        l.t(f"<RelatesToMessageID>{hexs(32)}</RelatesToMessageID>")
    l.t(f"<SentTime>{ts_iso_ms(clk.t)}</SentTime><PrescriberOrderNumber>KB{digits(9)}</PrescriberOrderNumber></Header>")


def xml_prescriber(l, s):
    l.t(f"<Prescriber><NonVeterinarian><Identification><NPI>{s[3]}</NPI><DEANumber>{s[4]}</DEANumber></Identification><Name><LastName>{s[1]}</LastName><FirstName>{s[0]}</FirstName></Name>"
        f"<PracticeLocation><BusinessName>{PRACTICE['name']}</BusinessName></PracticeLocation><Address><AddressLine1>1120 NW Couch St Ste 500</AddressLine1><City>Portland</City><StateProvince>OR</StateProvince><PostalCode>97209</PostalCode><CountryCode>US</CountryCode></Address>"
        f"<CommunicationNumbers><PrimaryTelephone><Number>{PRACTICE['phone']}</Number></PrimaryTelephone><Fax><Number>{PRACTICE['fax']}</Number></Fax></CommunicationNumbers></NonVeterinarian></Prescriber>")


def ncpdp_newrx():
    p = person()
    s = pick(STAFF)
    d = pick(DRUGS)
    l = L("ncpdp_script_xml")
    ncpdp_pre(l, "outbound", "NewRx")
    l.t(f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Message {NS}>")
    xml_header(l, "P", PHARM["ncpdp"], "C", "KB" + digits(8))
    l.t("<Body><NewRx>")
    xml_patient(l, p)
    l.t(f"<Pharmacy><Identification><NCPDPID>{PHARM['ncpdp']}</NCPDPID><NPI>{PHARM['npi']}</NPI></Identification><BusinessName>{PHARM['name']}</BusinessName><Address><AddressLine1>{PHARM['street']}</AddressLine1><City>{PHARM['city']}</City><StateProvince>{PHARM['state']}</StateProvince><PostalCode>{PHARM['zip']}</PostalCode></Address></Pharmacy>")
    xml_prescriber(l, s)
    l.t(f"<MedicationPrescribed><DrugDescription>{d[0]}</DrugDescription><DrugCoded><ProductCode><Code>{d[1]}</Code><Qualifier>ND</Qualifier></ProductCode>")
    if d[5]:
        l.t("<DEASchedule><Code>C48674</Code></DEASchedule>")
    l.t(f"</DrugCoded><Quantity><Value>{d[2]}</Value><CodeListQualifier>38</CodeListQualifier><QuantityUnitOfMeasure><Code>C28254</Code></QuantityUnitOfMeasure></Quantity><DaysSupply>{pick([28, 30, 84, 90])}</DaysSupply><WrittenDate><Date>")
    l.p(fmt_date(clk.t.date(), "iso"), "date")
    l.t(f"</Date></WrittenDate><Substitutions>0</Substitutions><NumberOfRefills>{rng.randint(0, 5)}</NumberOfRefills><Diagnosis><ClinicalInformationQualifier>1</ClinicalInformationQualifier><Primary><Code>{pick(['F64.0', 'Z87.890', 'F64.9', 'E34.9'])}</Code><Qualifier>ABF</Qualifier></Primary></Diagnosis><Note>")
    nt = rng.randint(0, 2)
    if nt == 0:
        seq(l, "Pt goes by ", P(p.chosen, "name"), f" ({p.pronouns}). Legal name on insurance: ", P(legal_full(p, False), "name"), ". Please use chosen name on label.")
    elif nt == 1:
        seq(l, "Ship to patient. Alt contact ", P(f"{p.relative[0]} {p.relative_last}", "name"), " ", P(fmt_phone(p.relative_phone, "dash"), "phone"), ". Include sharps container + 25G 1in needles.")
    else:
        l.t("Dose titration per estradiol/testosterone levels; next labs in 6 wks.")
    l.t(f"</Note><Sig><SigText>{d[4]}</SigText></Sig></MedicationPrescribed></NewRx></Body></Message>")
    return [l]


def ncpdp_renewal():
    p = person()
    s = pick(STAFF)
    d = pick(DRUGS)
    l = L("ncpdp_script_xml")
    ncpdp_pre(l, "inbound", "RxRenewalRequest")
    l.t(f"<Message {NS}>")
    xml_header(l, "C", "KB" + digits(8), "P", PHARM["ncpdp"])
    l.t("<Body><RxRenewalRequest>")
    xml_patient(l, p, with_addr=rng.random() < 0.5, with_phone=True, mrn=False)
    xml_prescriber(l, s)
    l.t(f"<MedicationDispensed><DrugDescription>{d[0]}</DrugDescription><Quantity><Value>{d[2]}</Value></Quantity><WrittenDate><Date>")
    l.p(fmt_date(date_between(dt.date(2023, 6, 1), dt.date(2024, 1, 31)), "iso"), "date")
    l.t("</Date></WrittenDate><LastFillDate><Date>")
    l.p(fmt_date(date_between(dt.date(2024, 1, 15), dt.date(2024, 3, 5)), "iso"), "date")
    l.t("</Date></LastFillDate><PharmacyRequestedRefills>3</PharmacyRequestedRefills><RxReferenceNumber>")
    l.p(f"RX{digits(7)}", "other_id")
    l.t("</RxReferenceNumber></MedicationDispensed></RxRenewalRequest></Body></Message>")
    return [l]


def ncpdp_noise():
    l = L("ncpdp_script_xml")
    c = rng.randint(0, 3)
    if c == 0:
        ncpdp_pre(l, "inbound", "Status")
        l.t(f"<Message {NS}>")
        xml_header(l, "C", "KB" + digits(8), "P", PHARM["ncpdp"], relates=True)
        l.t(f"<Body><Status><Code>{pick(['000', '010'])}</Code></Status></Body></Message>")
    elif c == 1:
        ncpdp_pre(l, "inbound", "Error")
        l.t(f"<Message {NS}>")
        xml_header(l, "C", "KB" + digits(8), "P", "SSCRIPT", relates=True)
        code, dc, desc = pick([("900", "220", "Prescriber NPI not found in directory"), ("601", "008", "Receiving partner does not support this transaction"),
                               ("602", "", "Message timed out at receiver"), ("900", "1000", "Controlled substance requires EPCS signature flag")])
        l.t(f"<Body><Error><Code>{code}</Code>{'<DescriptionCode>' + dc + '</DescriptionCode>' if dc else ''}<Description>{desc}</Description></Error></Body></Message>")
    elif c == 2:
        t = clk.tick()
        l.t(f"{ts_iso_ms(t)} INFO  [Erx::DirectorySync] Surescripts directory delta {t.strftime('%Y%m%d')} applied: pharmacies +{rng.randint(0, 40)} ~{rng.randint(100, 3000)} -{rng.randint(0, 30)}; prescribers ~{rng.randint(0, 12)} ({round(rng.uniform(2, 40), 1)}s)")
    else:
        t = clk.tick()
        s = pick(STAFF)
        l.t(f"{ts_iso_ms(t)} INFO  [Erx::Epcs] two-factor approval ok prescriber_npi={s[3]} dea={s[4]} token=hard_otp batch={rng.randint(1, 9)} msgs={rng.randint(1, 6)}")
    return l


# ---------------------------------------------------------------- HL7 v2

def hl7_ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def hl7_msh(mtype, ctrl, sending="LABCORP^LC", recv="KBEHR^KINDREDBLOOM"):
    l = L("hl7v2")
    l.t(f"MSH|^~\\&|{sending.split('^')[0]}|{sending.split('^')[1]}|{recv.split('^')[0]}|{recv.split('^')[1]}|{hl7_ts(clk.tick(0.5, 4))}||{mtype}|{ctrl}|P|2.5.1|||AL|NE")
    return l


def hl7_pid(p):
    l = L("hl7v2")
    l.t("PID|1||")
    l.p(p.mrn, "mrn")
    l.t("^^^KBH^MR~")
    l.p(p.lab_pi, "mrn")
    l.t("^^^LABCORP^PI||")
    l.p(up(p.last), "name")
    l.t("^")
    l.p(up(p.legal_first), "name")
    l.t("^")
    if p.middle:
        l.p(up(p.middle), "name")
    l.t("^^^^L~")
    l.p(up(p.last), "name")
    l.t("^")
    l.p(up(p.chosen), "name")
    l.t("^^^^^N||")
    l.p(fmt_date(p.dob, "hl7"), "date")
    l.t(f"|{p.sab}|||")
    l.p(p.street, "address")
    l.t("^")
    if p.unit:
        l.p(p.unit, "address")
    l.t("^")
    l.p(p.city, "address")
    l.t(f"^{p.state}^")
    l.p(p.zip, "zip")
    l.t("^USA||")
    l.p(fmt_phone(p.phone, "paren"), "phone")
    l.t("^PRN^PH|||||")
    l.p(p.acct, "account")
    l.t("^^^KBH^AN|")
    if rng.random() < 0.3:
        l.p(p.ssn.replace("-", ""), "ssn")
    l.t("|")
    return l


TESTS = [("2243-4", "Estradiol [Mass/volume] in Serum or Plasma", "pg/mL", "100-200", (40, 420)),
         ("2986-8", "Testosterone [Mass/volume] in Serum or Plasma", "ng/dL", "<50 (GAHT fem goal)", (8, 900)),
         ("2991-8", "Testosterone Free [Mass/volume] in Serum or Plasma", "pg/mL", "", (1, 200)),
         ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", "3.5-5.2", (3.4, 5.6)),
         ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", "11.6-17.0", (10.8, 17.9)),
         ("4544-3", "Hematocrit [Volume Fraction] of Blood", "%", "34.0-50.0", (32, 54)),
         ("2842-3", "Prolactin [Mass/volume] in Serum or Plasma", "ng/mL", "4.8-23.3", (3, 40)),
         ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "0-32", (8, 60))]


def hl7_oru_block():
    p = person()
    s = pick(STAFF)
    ctrl = f"LC{digits(10)}"
    acc = f"{rng.randint(24060, 24071)}{pick(['LC', 'PD', 'TX'])}{digits(4)}"
    coll = dt.datetime.combine(date_between(dt.date(2024, 2, 26), dt.date(2024, 3, 8)), dt.time(rng.randint(7, 15), rng.randint(0, 59)))
    rep = dt.datetime.combine(dt.date(2024, 3, rng.randint(9, 11)), dt.time(rng.randint(0, 13), rng.randint(0, 59)))
    out = []
    m = L("mirth")
    m.t(f"{clk.tick().strftime('%Y-%m-%d %H:%M:%S,%f')[:-3]} INFO  [Channel: LabCorp_ORU_In] com.mirth.connect.donkey.server.channel.Channel: message {rng.randint(100000, 999999)} received ({round(rng.uniform(1, 6), 1)} KB) from tcp://10.20.1.{rng.randint(2, 40)}:6661")
    out.append(m)
    out.append(hl7_msh("ORU^R01^ORU_R01", ctrl))
    out.append(hl7_pid(p))
    if rng.random() < 0.5:
        l = L("hl7v2")
        l.t(f"PV1|1|O|TELEHEALTH^^^KBH||||{s[3]}^{up(s[1])}^{up(s[0])}^^^^{s[2]}|||||||||||")
        l.p(f"V{digits(8)}", "other_id")
        l.t("^^^KBH^VN")
        out.append(l)
    l = L("hl7v2")
    l.t(f"ORC|RE|KBORD{digits(7)}^KBEHR|")
    l.p(acc, "other_id")
    l.t(f"^LABCORP||CM||||{hl7_ts(rep)}|||{s[3]}^{up(s[1])}^{up(s[0])}^^^^{s[2]}")
    out.append(l)
    tests = rng.sample(TESTS, rng.randint(2, 4))
    l = L("hl7v2")
    l.t(f"OBR|1|KBORD{digits(7)}^KBEHR|")
    l.p(acc, "other_id")
    l.t(f"^LABCORP|{pick(['140244^Estradiol, Sensitive^L', '070001^Testosterone, Total, LC/MS^L', '322000^Comp. Metabolic Panel (14)^L', '005009^CBC With Differential/Platelet^L'])}|||")
    l.p(hl7_ts(coll), "date")
    l.t(f"|||||||||{s[3]}^{up(s[1])}^{up(s[0])}^^^^{s[2]}||||||")
    l.p(hl7_ts(rep), "date")
    l.t("|||F")
    out.append(l)
    for i, tst in enumerate(tests, 1):
        l = L("hl7v2")
        lo, hi = tst[4]
        v = round(rng.uniform(lo, hi), 1 if hi < 100 else 0)
        v = int(v) if hi >= 100 else v
        flag = pick(["", "", "H", "L"])
        l.t(f"OBX|{i}|NM|{tst[0]}^{tst[1]}^LN||{v}|{tst[2]}|{tst[3]}|{flag}|||F|||")
        if rng.random() < 0.5:
            l.p(hl7_ts(coll), "date")
        l.t(f"|LC^LabCorp Portland^CLIA^38D0671234")
        out.append(l)
        if tst[0] in ("2986-8", "2243-4") and rng.random() < 0.5:
            n = L("hl7v2")
            n.t(f"NTE|1|L|Reference interval shown is for {pick(['sex assigned at birth', 'the gender marker on file'])}; interpret in the context of gender-affirming hormone therapy.")
            out.append(n)
    l = L("hl7v2")
    l.t("SPM|1|")
    l.p(acc, "other_id")
    l.t("||SER^Serum^HL70487|||||||||||||")
    l.p(hl7_ts(coll), "date")
    l.t("|")
    l.p(hl7_ts(coll + dt.timedelta(hours=rng.randint(6, 30))), "date")
    out.append(l)
    return out


def hl7_orm_block():
    p = person()
    s = pick(STAFF)
    out = [hl7_msh("ORM^O01^ORM_O01", f"KB{digits(10)}", sending="KBEHR^KINDREDBLOOM", recv="LABCORP^LC")]
    out.append(hl7_pid(p))
    ins = L("hl7v2")
    ins.t(f"IN1|1|{slug(p.payer)[:6].upper()}01^{p.payer}|{p.payer_id}|{p.payer}|PO BOX {rng.randint(1000, 99999)}^^{pick(['El Paso^TX^79998', 'Lexington^KY^40512', 'Salt Lake City^UT^84130', 'Scranton^PA^18505'])}||||{p.group}|||||||")
    if rng.random() < 0.3:
        ins.p(up(p.relative_last), "name")
        ins.t("^")
        ins.p(up(p.relative[0]), "name")
        ins.t(f"|{pick(['02', '03'])}|")
    else:
        ins.p(up(p.last), "name")
        ins.t("^")
        ins.p(up(p.legal_first), "name")
        ins.t("|01|")
        ins.p(fmt_date(p.dob, "hl7"), "date")
    ins.t("|")
    ins.p(p.street, "address")
    ins.t("^^")
    ins.p(p.city, "address")
    ins.t(f"^{p.state}^")
    ins.p(p.zip, "zip")
    ins.t("|||||||||||||||||")
    ins.p(p.member_id, "health_plan")
    out.append(ins)
    o = L("hl7v2")
    o.t(f"ORC|NW|KBORD{digits(7)}^KBEHR||||||||{hl7_ts(clk.t)}|||{s[3]}^{up(s[1])}^{up(s[0])}^^^^{s[2]}")
    out.append(o)
    o = L("hl7v2")
    o.t(f"OBR|1|KBORD{digits(7)}^KBEHR||{pick(['140244^Estradiol, Sensitive^L', '070001^Testosterone, Total, LC/MS^L', '140103^Testosterone, Free and Total^L'])}|||")
    o.p(hl7_ts(dt.datetime.combine(date_between(dt.date(2024, 3, 12), dt.date(2024, 3, 30)), dt.time(8, 0))), "date")
    o.t(f"|||||||||{s[3]}^{up(s[1])}^{up(s[0])}^^^^{s[2]}")
    out.append(o)
    d = L("hl7v2")
    d.t(f"DG1|1|I10|{pick(['Z79.890^Hormone replacement therapy^I10', 'F64.0^Transsexualism^I10', 'Z87.890^Personal history of sex reassignment^I10'])}||")
    out.append(d)
    return out


def hl7_noise():
    c = rng.randint(0, 4)
    if c == 0:
        return hl7_msh("ACK^R01^ACK", f"KB{digits(10)}", sending="KBEHR^KINDREDBLOOM", recv="LABCORP^LC")
    if c == 1:
        l = L("hl7v2")
        l.t(f"MSA|AA|LC{digits(10)}|Message accepted")
        return l
    if c == 2:
        l = L("mirth")
        l.t(f"{clk.tick().strftime('%Y-%m-%d %H:%M:%S,%f')[:-3]} INFO  [Channel: {pick(['LabCorp_ORU_In', 'Quest_ORU_In', 'KB_ORM_Out'])}] com.mirth.connect.server.controllers.DonkeyEngineController: Channel deployed, {rng.randint(0, 9)} queued, state=STARTED")
        return l
    if c == 3:
        l = L("mirth")
        l.t(f"{clk.tick().strftime('%Y-%m-%d %H:%M:%S,%f')[:-3]} WARN  [Channel: KB_ORM_Out] com.mirth.connect.connectors.tcp.TcpDispatcher: Timeout waiting for ACK from 10.20.1.{rng.randint(2, 40)}:6662 after 30000 ms, retry {rng.randint(1, 3)}/3")
        return l
    l = L("mirth")
    l.t(f"{clk.tick().strftime('%Y-%m-%d %H:%M:%S,%f')[:-3]} INFO  [Channel: {pick(['LabCorp_ORU_In', 'Quest_ORU_In'])}] com.mirth.connect.server.controllers.MessagePrunerController: pruned {rng.randint(100, 9000)} messages older than 30 days ({round(rng.uniform(1, 90), 1)}s)")
    return l


# ---------------------------------------------------------------- X12 278

def x12(seg_items):
    l = L("x12_278")
    seq(l, *seg_items)
    return l


def x12_278_block():
    p = person()
    s = pick(SURGEONS)
    st = pick(STAFF)
    cpt = pick(SURG)
    t = clk.tick()
    ctl = digits(9)
    gs = str(rng.randint(1000, 99999))
    dos = date_between(dt.date(2024, 5, 1), dt.date(2024, 9, 30))
    segs = [
        [f"ISA*00*          *00*          *ZZ*KINDREDBLOOM   *ZZ*AVAILITY       *{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{ctl}*0*P*:~"],
        [f"GS*HI*KINDREDBLOOM*AVAILITY*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{gs}*X*005010X217~"],
        ["ST*278*0001*005010X217~"],
        [f"BHT*0007*13*KB{digits(8)}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}~"],
        ["HL*1**20*1~"],
        [f"NM1*X3*2*{up(p.payer)}*****PI*{p.payer_id}~"],
        ["HL*2*1*21*1~"],
        [f"NM1*1P*1*{up(ufold(st[1]))}*{up(st[0])}****XX*{st[3]}~"],
        ["HL*3*2*22*1~"],
        ["NM1*IL*1*", P(up(ufold(p.last)), "name"), "*", P(up(ufold(p.legal_first)), "name"), "****MI*", P(p.member_id, "health_plan"), "~"],
        [f"REF*6P*{p.group}~"],
        ["N3*", P(up(p.street), "address"), "~"],
        ["N4*", P(up(p.city), "address"), f"*{p.state}*", P(p.zip, "zip"), "~"],
        ["DMG*D8*", P(fmt_date(p.dob, "hl7"), "date"), f"*{p.sab}~"],
        ["HL*4*3*EV*1~"],
        ["TRN*1*", P(f"KBPA{digits(8)}", "other_id"), "*1780966523~"],
        [f"UM*HS*I*2*{pick(['22:B', '24:B', '21:B'])}~"],
        ["DTP*472*D8*", P(fmt_date(dos, "hl7"), "date"), "~"],
        [f"HI*ABK:F640*ABF:Z87890~"],
        [f"PWK*OZ*EL***AC*KBLTR{digits(6)}~"],
        [f"MSG*WPATH SOC-8 criteria documented; 2 letters of support attached; 12+ months continuous GAHT~"],
        [f"NM1*SJ*1*{up(ufold(s[1]))}*{up(ufold(s[0]))}****XX*{s[2]}~"],
        ["HL*5*4*SS*0~"],
        [f"SV1*HC:{cpt[0]}*{rng.randint(6000, 38000)}*UN*1***1~"],
        [f"SE*24*0001~"],
        [f"GE*1*{gs}~"],
        [f"IEA*1*{ctl}~"],
    ]
    out = []
    pre = L("x12_278")
    pre.t(f"{ts_iso_ms(t)} INFO  [PriorAuth::AvailityClient] POST /availity/v1/service-reviews 278 request ({len(segs)} segments):")
    out.append(pre)
    for sg in segs:
        out.append(x12(sg))
    return out


def x12_278_resp_block():
    p = person()
    t = clk.tick()
    ctl = digits(9)
    dos = date_between(dt.date(2024, 5, 1), dt.date(2024, 9, 30))
    segs = [
        [f"ISA*00*          *00*          *ZZ*AVAILITY       *ZZ*KINDREDBLOOM   *{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{ctl}*0*P*:~"],
        ["ST*278*0001*005010X217~"],
        [f"BHT*0007*11*KB{digits(8)}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}~"],
        ["NM1*IL*1*", P(up(ufold(p.last)), "name"), "*", P(up(ufold(p.chosen if p.legal_name_changed else p.legal_first)), "name"), "****MI*", P(p.member_id, "health_plan"), "~"],
        ["HL*4*3*EV*1~"],
        ["HCR*", pick(["A1", "A4", "A3"]), "*", P(f"{pick(['PA', 'AUTH', 'A'])}{digits(9)}", "other_id"), "~"],
        ["DTP*472*RD8*", P(f"{fmt_date(dos, 'hl7')}-{fmt_date(dos + dt.timedelta(days=rng.randint(30, 90)), 'hl7')}", "date"), "~"],
        [f"AAA*Y**{pick(['15', '41', '75'])}*C~"] if rng.random() < 0.3 else [f"REF*NT*{digits(12)}~"],
        ["SE*9*0001~"],
    ]
    out = []
    for sg in segs:
        out.append(x12(sg))
    return out


# ---------------------------------------------------------------- Prior auth logfmt

def pa_phi():
    p = person() if rng.random() < 0.7 else pick([q for q in PEOPLE if q.age > 89])
    cpt = pick(SURG)
    s = pick(SURGEONS)
    l = L("prior_auth_logfmt")
    t = clk.tick()
    dos = date_between(dt.date(2024, 5, 1), dt.date(2024, 9, 30))
    c = rng.randint(0, 2)
    l.t(f"ts={ts_iso(t)} level=info msg=\"prior_auth.{pick(['submitted', 'pended', 'approved', 'denied'])}\" pa_ref=")
    l.p(f"KBPA{digits(8)}", "other_id")
    l.t(f" payer=\"{p.payer}\" member_id=")
    l.p(p.member_id, "health_plan")
    l.t(" patient=\"")
    if c == 0:
        seq(l, P(up(ufold(p.last)), "name"), ", ", P(up(ufold(p.legal_first)), "name"), "\" aka=\"", P(p.chosen, "name"), "\"")
    else:
        seq(l, P(legal_full(p, False), "name"), "\"")
    l.t(" dob=")
    l.p(fmt_date(p.dob, pick(["us", "iso"])), "date")
    if p.age > 89:
        l.t(" age=")
        l.p(p.age, "age")
    l.t(f" cpt={cpt[0]} icd10=F64.0 surgeon_npi={s[2]} dos=")
    l.p(fmt_date(dos, "iso"), "date")
    l.t(f" letters_attached={rng.randint(1, 2)} duration_ms={rng.randint(300, 9000)}")
    if c == 2:
        l.t(" subscriber_ssn=")
        l.p(p.ssn, "ssn")
    return [l]


def pa_noise():
    l = L("prior_auth_logfmt")
    t = clk.tick()
    c = rng.randint(0, 2)
    if c == 0:
        l.t(f"ts={ts_iso(t)} level=info msg=\"prior_auth.poll\" pending={rng.randint(0, 40)} approved={rng.randint(0, 8)} denied={rng.randint(0, 3)} duration_ms={rng.randint(200, 4000)}")
    elif c == 1:
        l.t(f"ts={ts_iso(t)} level=warn msg=\"availity.token_refresh\" status=401 retry=1 client_id=kb-prod-{hexs(6)}")
    else:
        l.t(f"ts={ts_iso(t)} level=info msg=\"prior_auth.sla\" payer=\"{pick(PAYERS)[0]}\" median_days={round(rng.uniform(2, 21), 1)} p90_days={round(rng.uniform(10, 45), 1)} window=30d")
    return l


# ---------------------------------------------------------------- Zoom webhooks

def zoom_pre(l):
    if rng.random() < 0.4:
        l.t(f"[ZoomWebhook] {ts_iso_ms(clk.tick())} verified=true payload=")
    else:
        clk.tick()


def zoom_phi():
    p = person()
    s = pick(STAFF)
    l = L("zoom_webhook_json")
    zoom_pre(l)
    st = dt.datetime(2024, 3, 11, clk.t.hour, pick([0, 30]), tzinfo=dt.timezone.utc)
    ev = rng.choice(["meeting.participant_joined", "meeting.participant_left", "meeting.started", "meeting.registration_created"])
    topic = pick([T("HRT follow-up — ", P(p.chosen, "name"), " ", P(p.last[0] + ".", "name")),
                  T("New patient consult: ", P(legal_full(p, False), "name"), " (goes by ", P(p.chosen, "name"), ")"),
                  T("Telehealth: ", P(p.last, "name"), ", ", P(p.chosen, "name")),
                  T("Surgery readiness visit ", P(p.mrn, "mrn"))])
    obj = {"uuid": b62(22) + "==", "id": str(rng.randint(81000000000, 89999999999)), "host_id": b62(22), "topic": topic, "type": 2,
           "start_time": P(ts_iso(st), "date"), "timezone": pick(["America/Los_Angeles", "America/Chicago", "America/New_York", "America/Denver"]), "duration": pick([20, 30, 45])}
    if ev in ("meeting.participant_joined", "meeting.participant_left"):
        part = {"user_id": str(rng.randint(16778240, 16999999)), "user_name": pick([P(chosen_full(p), "name"), T(P(p.chosen, "name"), f" ({p.pronouns})"), P(p.chosen, "name")]),
                "id": "", "participant_uuid": uid().upper()}
        part["join_time" if ev.endswith("joined") else "leave_time"] = P(ts_iso(st + dt.timedelta(minutes=rng.randint(-3, 35))), "date")
        part["email"] = P(p.email, "email")
        if ev.endswith("left"):
            part["leave_reason"] = "left the meeting"
        part["registrant_id"] = ""
        part["participant_user_id"] = ""
        part["customer_key"] = P(p.mrn, "mrn")
        part["phone_number"] = ""
        part["public_ip"] = P(p.ip, "ip")
        obj["participant"] = part
    elif ev == "meeting.registration_created":
        obj["registrant"] = {"id": b62(22), "first_name": P(p.chosen, "name"), "last_name": P(p.last, "name"), "email": P(p.email, "email"),
                             "phone": P(fmt_phone(p.phone, "dash"), "phone"), "status": "approved", "join_url": f"https://kindredbloom.zoom.us/w/{rng.randint(81000000000, 89999999999)}?tk={b62(40)}",
                             "custom_questions": [{"title": "Pronouns", "value": p.pronouns}, {"title": "Name on insurance (if different)", "value": P(legal_full(p, False), "name")}]}
    jd(l, {"event": ev, "payload": {"account_id": "Kb4r" + b62(18), "operator": f"{slug(s[0])}.{slug(s[1])}@{PRACTICE['domain']}", "object": obj}, "event_ts": epoch_ms(clk.t)})
    return [l]


def zoom_noise():
    l = L("zoom_webhook_json")
    zoom_pre(l)
    c = rng.randint(0, 3)
    if c == 0:
        jd(l, {"payload": {"plainToken": b62(22)}, "event_ts": epoch_ms(clk.t), "event": "endpoint.url_validation"})
    elif c == 1:
        s = pick(STAFF)
        jd(l, {"event": "meeting.ended", "payload": {"account_id": "Kb4r" + b62(18), "object": {"uuid": b62(22) + "==", "id": str(rng.randint(81000000000, 89999999999)), "host_id": b62(22),
               "topic": pick(["Weekly provider case review", "Clinical ops standup", "Surgery referral huddle", "EPCS training"]), "type": 8,
               "start_time": ts_iso(clk.t - dt.timedelta(minutes=50)), "end_time": ts_iso(clk.t), "duration": 60, "timezone": "America/Los_Angeles"}}, "event_ts": epoch_ms(clk.t)})
    elif c == 2:
        s = pick(STAFF + [("Bex", "Holloway")])
        jd(l, {"event": "user.presence_status_updated", "payload": {"account_id": "Kb4r" + b62(18), "object": {"date_time": ts_iso(clk.t), "email": f"{slug(s[0])}.{slug(s[1])}@{PRACTICE['domain']}",
               "id": b62(22), "presence_status": pick(["Available", "Away", "Do_Not_Disturb", "In_Meeting"])}}, "event_ts": epoch_ms(clk.t)})
    else:
        jd(l, {"event": "recording.completed", "payload": {"account_id": "Kb4r" + b62(18), "object": {"id": rng.randint(81000000000, 89999999999), "topic": "All-hands: Q1 HRT protocol update",
               "total_size": rng.randint(10 ** 7, 10 ** 9), "recording_count": 3, "share_url": f"https://kindredbloom.zoom.us/rec/share/{b62(30)}"}}, "event_ts": epoch_ms(clk.t)})
    return l


# ---------------------------------------------------------------- Intercom

INTERCOM_ORDER = [8, 14, 3, 7, 4, 15, 10, 9, 0, 5, 6, 11, 12, 13, 1, 2]
_cyc = {"intercom": 0, "doc": 0}


def intercom_msg(p):
    k = INTERCOM_ORDER[_cyc["intercom"] % len(INTERCOM_ORDER)]
    _cyc["intercom"] += 1
    acct = digits(rng.randint(9, 12))
    if k == 0:
        return T("Hi! My name change was granted on ", P(fmt_date(p.court_date, "long"), "date"), " (case no. ", P(p.case_no, "other_id"), "). Can you update my chart from ",
                 P(p.legal_first, "name"), " to ", P(p.chosen, "name"), "? Thanks!")
    if k == 1:
        return T("hey, my estradiol shipment still hasn't arrived. tracking says delivered but nothing at ", P(p.street, "address"), ". I'm on my last vial 😬")
    if k == 2:
        return T("The pharmacy keeps printing my deadname on the label. Legal name is still ", P(legal_full(p), "name"), " until my hearing on ",
                 P(fmt_date(date_between(dt.date(2024, 3, 20), dt.date(2024, 6, 30)), "us_short"), "date"), " but please use ", P(p.chosen, "name"), " everywhere else.")
    if k == 3:
        return T("do you need my SSN for the surgery prior auth? it's ", P(p.ssn, "ssn"), ". member id ", P(p.member_id, "health_plan"))
    if k == 4:
        return T("Can you fax the support letter to me at ", P(fmt_phone(p.fax, "paren"), "fax"), "? I don't have email access at work. My therapist is Danielle Fairbanks if you need her.")
    if k == 5:
        return T("Hola, soy ", P(chosen_full(p), "name"), ". Mi nombre legal todavía es ", P(p.legal_first, "name"), ". ¿Pueden enviar la receta de testosterona a mi nueva dirección? ",
                 P(p.street, "address"), ", ", P(p.city, "address"), " ", P(p.zip, "zip"))
    if k == 6:
        return T("Oi, meu número de telefone mudou para ", P(fmt_phone(p.phone, pick(["intl", "dot"])), "phone"), ". Podem atualizar? Obrigade! — ", P(p.chosen, "name"))
    if k == 7:
        return T("I got my new license!! number ", P(p.dl, "license"), ", issued ", P(fmt_date(date_between(dt.date(2024, 1, 10), dt.date(2024, 3, 8)), "us"), "date"),
                 ", gender marker updated too. Uploading a photo now.")
    if k == 8:
        return T("Here's my fundraiser for top surgery if anyone wants to share: ", P(f"https://gofund.me/{hexs(8)}", "url"), " 💛")
    if k == 9:
        return T("Please send the refund to my checking acct ", P(acct, "account"), ", routing 121000358. Thank you")
    if k == 10:
        return T("can you charge my other card instead pls: ", P((lambda pre: luhn(pre, 15 if pre == "37" else 16))(pick(["4", "51", "37"])), "account"), " exp 09/27")
    if k == 11:
        return T("My ", p.relative[1], " ", P(f"{p.relative[0]} {p.relative_last}", "name"), " is my emergency contact now, number is ", P(fmt_phone(p.relative_phone, "dash"), "phone"))
    if k == 12:
        return T("Zoom keeps showing my old name ", P(p.legal_first, "name"), " in the waiting room. My appointment is ",
                 P(f"{pick(['Tues', 'Thurs', 'Fri'])} {fmt_date(date_between(dt.date(2024, 3, 12), dt.date(2024, 3, 29)), 'us_short')}", "date"), " at 3pm")
    if k == 13:
        return T("hi it's ", P(p.chosen, "name"), " (", p.pronouns, ") — I'm ", P(str(p.age), "age") if p.age > 89 else str(p.age), " and just started T on ",
                 P(fmt_date(date_between(dt.date(2023, 9, 1), dt.date(2024, 2, 20)), "dmy"), "date"), ", can I move my lab draw earlier?")
    if k == 14:
        return T("Updated my car registration with the new name too: plate ", P(f"{rng.randint(1, 9)}{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{digits(3)}", "vehicle"), ". Does the surgery center need that for parking?")
    return T("my ig is ", P(f"https://instagram.com/{p.username}", "url"), " if you want to see the before/after lol. also my dob is ", P(fmt_date(p.dob, "us"), "date"), " for the form")


def intercom_phi():
    p = person()
    l = L("intercom_webhook_json")
    t = clk.tick()
    item = {"type": "conversation", "id": str(rng.randint(1000, 99999)), "created_at": epoch(t) - rng.randint(0, 900), "updated_at": epoch(t), "state": "open",
            "source": {"type": "conversation", "id": str(rng.randint(10 ** 9, 2 * 10 ** 9)), "delivered_as": "customer_initiated", "subject": "",
                       "body": T("<p>", *intercom_msg(p).segs, "</p>"),
                       "author": {"type": "user", "id": P(p.intercom, "other_id"), "name": pick([P(chosen_full(p), "name"), P(p.chosen, "name")]), "email": P(p.email, "email")}},
            "contacts": {"type": "contact.list", "contacts": [{"type": "contact", "id": P(p.intercom, "other_id"), "external_id": P(str(p.pid), "other_id")}]}}
    if rng.random() < 0.3:
        item["custom_attributes"] = {"pronouns": p.pronouns, "legal_name": P(legal_full(p, False), "name"), "plan": pick(["hrt_monthly", "hrt_annual", "surgery_nav"])}
    jd(l, {"type": "notification_event", "app_id": "kb7x2q9m", "data": {"type": "notification_event_data", "item": item},
           "links": {}, "id": "notif_" + uid(), "topic": pick(["conversation.user.created", "conversation.user.replied"]), "delivery_status": "pending",
           "delivery_attempts": 1, "delivered_at": 0, "first_sent_at": epoch(t), "created_at": epoch(t) - 1})
    return [l]


def intercom_noise():
    l = L("intercom_webhook_json")
    t = clk.tick()
    c = rng.randint(0, 3)
    if c == 0:
        a = pick(ADMINS)
        jd(l, {"type": "notification_event", "app_id": "kb7x2q9m", "data": {"type": "notification_event_data", "item": {"type": "admin", "id": str(rng.randint(4000000, 7999999)),
               "name": f"{a[0]} {a[1]}", "email": f"{slug(a[0])}@{PRACTICE['domain']}", "away_mode_enabled": rng.random() < 0.5, "away_mode_reassign": True}},
               "topic": "admin.away_mode_updated", "id": "notif_" + uid(), "created_at": epoch(t)})
    elif c == 1:
        jd(l, {"type": "notification_event", "app_id": "kb7x2q9m", "data": {"type": "notification_event_data", "item": {"type": "ping", "message": "something is brewing"}},
               "topic": "ping", "id": "notif_" + uid(), "created_at": epoch(t)})
    elif c == 2:
        l.t(f"{ts_iso_ms(t)} WARN  [Intercom::ContactSyncJob] Intercom::RateLimitExceeded: Exceeded rate limit of 1000 in 10_seconds (X-RateLimit-Reset: {epoch(t) + 10})")
    else:
        jd(l, {"type": "notification_event", "app_id": "kb7x2q9m", "data": {"type": "notification_event_data", "item": {"type": "conversation", "id": str(rng.randint(1000, 99999)),
               "state": "closed", "admin_assignee_id": rng.randint(4000000, 7999999), "team_assignee_id": pick([5512, 5513, 5520]), "tags": {"type": "tag.list", "tags": [{"type": "tag", "name": pick(["refill", "shipping", "billing", "name-change", "labs"])}]}}},
               "topic": "conversation.admin.closed", "id": "notif_" + uid(), "created_at": epoch(t)})
    return l


# ---------------------------------------------------------------- Stripe

def stripe_phi():
    p = person()
    l = L("stripe")
    t = clk.tick()
    c = rng.randint(0, 3)
    addr = {"city": P(p.city, "address"), "country": "US", "line1": P(p.street, "address"), "line2": P(p.unit, "address") if p.unit else None,
            "postal_code": P(p.zip, "zip"), "state": p.state}
    if c == 0:
        obj = {"id": P(p.cus, "account"), "object": "customer", "address": addr, "balance": 0, "created": epoch(t), "email": P(p.email, "email"),
               "invoice_prefix": b62(8).upper(), "livemode": True, "metadata": {"patient_id": P(str(p.pid), "other_id"), "chosen_name": P(p.chosen, "name"), "mrn": P(p.mrn, "mrn")},
               "name": P(legal_full(p, False), "name"), "phone": P(fmt_phone(p.phone, "e164"), "phone")}
        ev = "customer.created"
    elif c == 1:
        obj = {"id": "ch_3O" + b62(22), "object": "charge", "amount": pick([9900, 14900, 4500, 19900]), "currency": "usd", "customer": P(p.cus, "account"),
               "billing_details": {"address": addr, "email": P(p.email, "email"), "name": P(pick([legal_full(p, False), chosen_full(p), up(ufold(f"{p.legal_first} {p.last}"))]), "name"), "phone": None},
               "description": pick(["Monthly membership – gender-affirming care", "Lab draw fee", "Surgery navigation package", "Letter of support review"]),
               "payment_method": "pm_1O" + b62(22), "payment_method_details": {"card": {"brand": pick(["visa", "mastercard", "amex"]), "last4": digits(4), "exp_month": rng.randint(1, 12), "exp_year": rng.randint(2025, 2030)}, "type": "card"},
               "receipt_email": P(p.email, "email"), "status": "succeeded"}
        ev = "charge.succeeded"
    elif c == 2:
        obj = {"id": "in_1O" + b62(22), "object": "invoice", "amount_due": pick([9900, 14900]), "attempt_count": rng.randint(1, 4), "customer": P(p.cus, "account"),
               "customer_email": P(p.email, "email"), "customer_name": P(chosen_full(p), "name"), "customer_phone": P(fmt_phone(p.phone, "e164"), "phone"),
               "billing_reason": "subscription_cycle", "status": "open", "subscription": "sub_1O" + b62(22)}
        ev = "invoice.payment_failed"
    else:
        obj = {"id": P(p.cus, "account"), "object": "customer", "email": P(p.email, "email"), "name": P(chosen_full(p), "name"),
               "metadata": {"patient_id": P(str(p.pid), "other_id"), "legal_name": P(legal_full(p, False), "name"), "pronouns": p.pronouns}}
        ev = "customer.updated"
    d = {"id": "evt_1O" + b62(22), "object": "event", "api_version": "2023-10-16", "created": epoch(t), "data": {"object": obj}, "livemode": True,
         "pending_webhooks": 1, "request": {"id": "req_" + b62(14), "idempotency_key": uid()}, "type": ev}
    if ev == "customer.updated":
        d["data"]["previous_attributes"] = {"name": P(legal_full(p, False), "name")}
    if rng.random() < 0.5:
        l.t(f"I, [{t.strftime('%Y-%m-%dT%H:%M:%S.%f')} #{pick(WEB_PIDS)}]  INFO -- : [Stripe webhook] ")
    jd(l, d)
    return [l]


def stripe_noise():
    l = L("stripe")
    t = clk.tick()
    c = rng.randint(0, 5)
    if c == 0:
        l.t(f"message='Request to Stripe API' api_version=2023-10-16 idempotency_key={uid()} method=post num_retries=0 path={pick(['/v1/payment_intents', '/v1/customers', '/v1/invoices', '/v1/subscriptions'])}")
    elif c == 1:
        l.t(f"message='Response from Stripe API' api_version=2023-10-16 elapsed={round(rng.uniform(0.1, 1.8), 3)} idempotency_key={uid()} method=post path={pick(['/v1/payment_intents', '/v1/customers', '/v1/refunds'])} request_id=req_{b62(14)} status={pick([200, 200, 402])}")
    elif c == 2:
        jd(l, {"id": "evt_1O" + b62(22), "object": "event", "api_version": "2023-10-16", "created": epoch(t), "data": {"object": {"object": "balance", "available": [{"amount": rng.randint(10000, 9000000), "currency": "usd", "source_types": {"card": rng.randint(10000, 9000000)}}], "livemode": True}}, "type": "balance.available"})
    elif c == 3:
        jd(l, {"id": "evt_1O" + b62(22), "object": "event", "created": epoch(t), "data": {"object": {"id": "po_1O" + b62(22), "object": "payout", "amount": rng.randint(100000, 9000000), "arrival_date": epoch(t) + 86400 * 2, "destination": "ba_1N" + b62(22), "method": "standard", "statement_descriptor": "KINDRED BLOOM HLTH", "status": "paid"}}, "type": "payout.paid"})
    elif c == 4:
        l.t(f"[staging] Stripe test charge ok: card=4242424242424242 exp=12/34 cvc=123 amount=100 pi=pi_3O{b62(22)} (livemode=false)")
    else:
        l.t(f"Stripe::SignatureVerificationError: No signatures found matching the expected signature for payload (t={epoch(t)}, endpoint=we_1N{b62(22)})")
    return l


# ---------------------------------------------------------------- Pharmacy shipment logs

CSV_HDR = "ship_dt,order_no,rx_no,pt_lnm,pt_fnm,addr1,addr2,cty,st,zip5,carrier,svc,tracking,temp_ctrl,sig_req,status"


def pharm_csv_block():
    out = []
    h = L("pharmacy_ship_csv")
    h.t(CSV_HDR)
    out.append(h)
    sd = clk.t.date()
    for _ in range(rng.randint(2, 5)):
        p = person()
        d = pick(DRUGS)
        l = L("pharmacy_ship_csv")
        carrier = pick(["UPS", "USPS", "FedEx"])
        trk = {"UPS": f"1Z{b62(6).upper()}{digits(10)}", "USPS": "9400" + digits(18), "FedEx": digits(12)}[carrier]
        fn = p.chosen if rng.random() < 0.6 else p.legal_first
        lastv = p.last if "," not in p.last else p.last
        seq(l, P(fmt_date(sd, pick(["iso", "us"])), "date"), f",MMR{digits(7)},", P(f"{rng.randint(6, 7)}{digits(6)}", "other_id"), ",")
        if " " in lastv:
            l.t('"')
            l.p(up(lastv), "name")
            l.t('"')
        else:
            l.p(up(lastv), "name")
        l.t(",")
        l.p(up(fn), "name")
        l.t(",")
        l.p(up(p.street), "address")
        l.t(",")
        if p.unit:
            l.p(up(p.unit), "address")
        l.t(",")
        l.p(up(p.city), "address")
        l.t(f",{p.state},")
        l.p(p.zip, "zip")
        l.t(f",{carrier},{pick(['GROUND', '2DAY', 'PRIORITY'])},{trk},{'Y' if 'Injectable' in d[0] else 'N'},{'Y' if d[5] else 'N'},{pick(['SHIPPED', 'SHIPPED', 'LABEL_PRINTED', 'HOLD_ADDR'])}")
        out.append(l)
    if rng.random() < 0.5:
        f = L("pharmacy_ship_csv")
        f.t(f"# manifest=MMR-{sd.strftime('%Y%m%d')}-{pick('ABC')} rows={len(out) - 1} generated_by=shipsync/2.14.0")
        out.append(f)
    return out


def pharm_pipe_phi():
    p = person()
    l = L("pharmacy_ship_pipe")
    t = clk.tick()
    signer = pick([P(f"{up(p.chosen[0])} {up(ufold(p.last))}", "name"), P(up(ufold(p.chosen)), "name"), P(f"{up(p.relative[0])} {up(ufold(p.relative_last))}", "name")])
    seq(l, f"SHPEVT|{ts_iso(t)}|MMR{digits(7)}|1Z{b62(6).upper()}{digits(10)}|DELIVERED|", P(fmt_date(t.date(), "hl7"), "date"), "|SIG=", signer, f"|LOC={pick(['FRONT DOOR', 'MAILROOM', 'RECEPTION', 'PORCH'])}|")
    return [l]


def pharm_exc_phi():
    p = person()
    l = L("pharmacy_exception_text")
    t = clk.tick()
    c = rng.randint(0, 3)
    l.t(f"{t.strftime('%Y-%m-%d %H:%M:%S')} [shipsync] EXC ")
    if c == 0:
        seq(l, f"order MMR{digits(7)} Rx#", P(f"{rng.randint(6, 7)}{digits(6)}", "other_id"), " returned ADDRESS_UNDELIVERABLE: ", P(up(p.street), "address"), " ", P(up(p.city), "address"),
            f" {p.state} ", P(p.zip, "zip"), " — called pt at ", P(fmt_phone(p.phone, "dot"), "phone"), ", left VM")
    elif c == 1:
        seq(l, f"cold-chain excursion order MMR{digits(7)} (pkg temp 31.4C > 30C), reship to ", P(chosen_full(p), "name"), " aka ", P(legal_full(p, False), "name"), f" approved by RPh Ngata")
    elif c == 3:
        seq(l, f"order MMR{digits(7)} receipt/HSA statement faxed to pt-provided fax ", P(fmt_phone(p.fax, pick(["paren", "dot"])), "fax"), " attn ", P(chosen_full(p), "name"), " (", str(rng.randint(1, 3)), " pp)")
    else:
        seq(l, f"name mismatch on claim: label \"", P(up(ufold(chosen_full(p))), "name"), "\" vs PBM \"", P(up(ufold(legal_full(p, False))), "name"), "\" DOB ",
            P(fmt_date(p.dob, "dash_us"), "date"), " member ", P(p.member_id, "health_plan"), "; printed legal name on Rx label per PBM rule 17B")
    return [l]


def pharm_noise():
    c = rng.randint(0, 3)
    t = clk.tick()
    if c == 0:
        l = L("pharmacy_ship_pipe")
        l.t(f"SHPEVT|{ts_iso(t)}|MMR{digits(7)}|1Z{b62(6).upper()}{digits(10)}|{pick(['LABEL_CREATED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'ARRIVED_FACILITY'])}||||")
        return l
    if c == 1:
        l = L("pharmacy_exception_text")
        l.t(f"{t.strftime('%Y-%m-%d %H:%M:%S')} [shipsync] INFO manifest MMR-{t.strftime('%Y%m%d')}-{pick('ABC')} closed: {rng.randint(80, 600)} pkgs, {rng.randint(0, 6)} exceptions, cold-chain {rng.randint(10, 200)}, carrier pickup 17:30 ET")
        return l
    if c == 2:
        l = L("pharmacy_exception_text")
        l.t(f"{t.strftime('%Y-%m-%d %H:%M:%S')} [shipsync] WARN UPS rating API latency {rng.randint(900, 6000)}ms (threshold 800ms) endpoint=onlinetools.ups.com/api/rating/v2403/Shop")
        return l
    l = L("pharmacy_ship_csv")
    l.t(f"# manifest=MMR-{t.strftime('%Y%m%d')}-{pick('ABC')} rows=0 note=\"no cold-chain pickups scheduled\" generated_by=shipsync/2.14.0")
    return l


# ---------------------------------------------------------------- Sentry

def sentry_phi():
    p = person()
    l = L("sentry_json")
    t = clk.tick()
    c = rng.randint(0, 3)
    ev = {"event_id": hexs(32), "timestamp": ts_iso_ms(t), "platform": "ruby", "level": "error", "environment": "production",
          "release": f"kb-web@2024.03.{rng.randint(4, 11)}-{rng.randint(1, 6)}", "server_name": f"web.{rng.randint(1, 4)}"}
    if c == 0:
        ev["exception"] = {"values": [{"type": "ActiveRecord::RecordInvalid", "module": "ActiveRecord",
                                       "value": T("Validation failed: Legal name does not match insurance record for ", P(up(ufold(p.last)), "name"), ", ", P(up(ufold(p.legal_first)), "name"))}]}
        ev["user"] = {"id": P(str(p.pid), "other_id"), "email": P(p.email, "email"), "ip_address": P(p.ip, "ip"), "username": P(p.username, "other_id")}
        ev["request"] = {"url": T(APP, "/patients/", P(p.pid, "other_id"), "/insurance"), "method": "PATCH",
                         "data": {"insurance": {"member_id": P(p.member_id, "health_plan"), "subscriber_name": P(legal_full(p, False), "name"), "subscriber_dob": P(fmt_date(p.dob, "us"), "date")}}}
    elif c == 1:
        ev["platform"] = "javascript"
        ev["sdk"] = {"name": "sentry.javascript.react-native", "version": "5.19.1"}
        ev["exception"] = {"values": [{"type": "TypeError", "value": "undefined is not an object (evaluating 'rx.nextFillOn.toISOString')"}]}
        ev["user"] = {"id": P(str(p.pid), "other_id"), "ip_address": P(p.ip, "ip")}
        ev["contexts"] = {"device": {"family": "iOS", "model": pick(["iPhone14,5", "iPhone15,2", "iPhone12,1"]), "id": P(p.device, "device"), "name": T(P(p.chosen, "name"), "’s iPhone")},
                          "os": {"name": "iOS", "version": pick(["17.3.1", "17.4", "16.7.5"])}, "app": {"app_version": "3.8.2", "app_build": str(rng.randint(400, 600))}}
    elif c == 2:
        ev["exception"] = {"values": [{"type": "Stripe::CardError", "value": "Your card was declined."}]}
        ev["user"] = {"id": P(str(p.pid), "other_id"), "ip_address": P(p.ip, "ip")}
        ev["request"] = {"url": f"{APP}/billing/payment_method", "method": "POST",
                         "data": {"card_number": P(luhn(pick(["4", "5"]), 16), "account"), "cardholder": P(legal_full(p, False), "name"), "billing_zip": P(p.zip, "zip")}}
    else:
        ev["exception"] = {"values": [{"type": "Zoom::MeetingProvisionError", "value": T("Registrant email rejected for ", P(p.email, "email"), " (appointment ", P(f"APT-{digits(7)}", "other_id"), ")")}]}
        ev["tags"] = {"queue": "zoom", "job": "Zoom::MeetingProvisionJob", "patient_mrn": P(p.mrn, "mrn")}
        ev["extra"] = {"scheduled_for": P(fmt_date(date_between(dt.date(2024, 3, 12), dt.date(2024, 3, 29)), "iso") + "T16:30:00-07:00", "date")}
    if rng.random() < 0.35:
        l.t(f"Sentry: sending event {ev['event_id']} payload=")
    jd(l, ev)
    return [l]


def sentry_noise():
    l = L("sentry_json")
    t = clk.tick()
    c = rng.randint(0, 3)
    if c == 0:
        l.t(f"[Sentry] Sending envelope with items [{pick(['event', 'transaction', 'event, client_report'])}] {hexs(32)} to Sentry")
    elif c == 1:
        l.t(f"[Sentry] Event sending failed: the server responded with status 429 (rate limited, retry_after={rng.randint(10, 60)}s)")
    elif c == 2:
        jd(l, {"event_id": hexs(32), "timestamp": ts_iso_ms(t), "platform": "ruby", "level": "error", "environment": "production", "server_name": f"worker.{rng.randint(1, 3)}",
               "exception": {"values": [{"type": pick(["Redis::TimeoutError", "PG::ConnectionBad", "Faraday::TimeoutError"]), "value": pick(["Connection timed out", "could not connect to server: Connection refused", "execution expired"])}]},
               "tags": {"queue": pick(["default", "erx", "labs", "mailers"]), "sidekiq": "7.2.2"}, "contexts": {"trace": {"trace_id": hexs(32), "span_id": hexs(16), "op": "queue.sidekiq"}}})
    else:
        jd(l, {"type": "transaction", "transaction": pick(["PatientsController#show", "Webhooks::ZoomController#create", "Erx::SendNewRxJob"]), "start_timestamp": round(t.timestamp() - 0.4, 6), "timestamp": round(t.timestamp(), 6),
               "contexts": {"trace": {"trace_id": hexs(32), "span_id": hexs(16), "status": "ok"}}, "measurements": {"db.query_count": {"value": rng.randint(3, 90)}}})
    return l


# ---------------------------------------------------------------- Letters of support (text extraction JSON)

def letter_phi():
    p = person() if rng.random() < 0.7 else pick([q for q in PEOPLE if q.age > 89])
    th = pick(THERAPISTS)
    l = L("letter_text_json")
    t = clk.tick()
    since = date_between(dt.date(2021, 6, 1), dt.date(2023, 9, 1))
    obj_pr = {"she/her": "her", "she/they": "her", "he/him": "him", "he/they": "him"}.get(p.pronouns, "them")
    title = {"tf": "Ms.", "tm": "Mr."}.get(p.kind, "Mx.")
    age_seg = [P(str(p.age), "age")] if p.age > 89 else [str(p.age)]
    text = T("To Whom It May Concern:\n\nI am writing in support of my client, ", title, " ", P(chosen_full(p), "name"), " (legal name: ", P(legal_full(p), "name"), "; DOB ",
             P(fmt_date(p.dob, "us"), "date"), "), a ", *age_seg, "-year-old ", {"tf": "transgender woman", "tm": "transgender man"}.get(p.kind, "nonbinary person"), " who uses ", p.pronouns if p.pronouns == "any pronouns" else f"{p.pronouns} pronouns",
             ". I have seen ", obj_pr, " for ", str(rng.randint(8, 60)), " sessions since ", P(fmt_date(since, pick(["long", "us"])), "date"),
             ". ", P(p.chosen, "name"), " meets WPATH SOC-8 criteria for ", pick(["chest masculinization", "vaginoplasty", "breast augmentation", "facial feminization surgery", "phalloplasty"]),
             " and has the capacity to consent.\n")
    jd(l, {"ts": ts_iso_ms(t), "job": "Letters::IngestJob", "document_id": uid(), "patient_id": P(p.pid, "other_id"), "kind": "letter_of_support", "page": 1,
           "ocr_engine": "textract", "confidence": round(rng.uniform(0.9, 0.995), 3), "text": text})
    return [l]


def letter_noise():
    th = pick(THERAPISTS)
    l = L("letter_text_json")
    t = clk.tick()
    c = rng.randint(0, 1)
    if c == 0:
        text = (f"Please do not hesitate to contact me with any questions.\n\nSincerely,\n\n{th[0]} {th[1]}, {th[2]}\nLicense #: {th[3]}\n"
                f"Phone: ({rng.randint(201, 989)}) {rng.randint(200, 999)}-{digits(4)} | Fax: ({rng.randint(201, 989)}) {rng.randint(200, 999)}-{digits(4)}\n")
        jd(l, {"ts": ts_iso_ms(t), "job": "Letters::IngestJob", "document_id": uid(), "kind": "letter_of_support", "page": 2, "ocr_engine": "textract", "confidence": round(rng.uniform(0.9, 0.995), 3), "text": text})
    else:
        jd(l, {"ts": ts_iso_ms(t), "job": "Letters::IngestJob", "document_id": uid(), "kind": "letter_of_support", "status": "validated",
               "checks": {"signed": True, "license_verified": True, "therapist_license": th[3], "board": pick(["OR BLSW", "WA DOH", "CA BBS", "NY OP"]), "letterhead": True}, "elapsed_ms": rng.randint(400, 9000)})
    return l


# ---------------------------------------------------------------- Document OCR JSON

JPEG_HDR = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"


def fake_jpeg_b64(n=120):
    return base64.b64encode(JPEG_HDR + rng.randbytes(n)).decode()


def doc_phi():
    p = person()
    l = L("doc_ocr_json")
    t = clk.tick()
    c = [0, 1, 3, 4, 2][_cyc["doc"] % 5]
    _cyc["doc"] += 1
    base = {"ts": ts_iso_ms(t), "job": "Documents::OcrJob", "document_id": uid(), "patient_id": P(p.pid, "other_id")}
    if c == 0:
        base.update({"document_type": "name_change_order", "fields": {
            "court": T("Circuit Court of the State of ", {"OR": "Oregon", "WA": "Washington"}.get(p.state, p.state), " for ", P(p.county, "address")),
            "case_no": P(p.case_no, "other_id"), "petitioner_former_name": P(legal_full(p), "name"),
            "petitioner_new_name": P(" ".join(x for x in [p.chosen, p.middle, p.last] if x), "name"),
            "order_date": P(fmt_date(p.court_date, pick(["us", "long", "iso"])), "date"), "judge": pick(["Hon. R. Castellanos", "Hon. M. T. Adebayo", "Hon. S. Kowalski"]),
            "sex_designation_change": rng.random() < 0.5}, "confidence": round(rng.uniform(0.8, 0.99), 3)})
    elif c == 1:
        base.update({"document_type": "drivers_license", "fields": {
            "DAQ": P(p.dl, "license"), "DCS": P(up(ufold(p.last)), "name"), "DAC": P(up(ufold(p.chosen)), "name"), "DBB": P(fmt_date(p.dob, "hl7")[4:] + fmt_date(p.dob, "hl7")[:4], "date"),
            "DAG": P(up(p.street), "address"), "DAI": P(up(p.city), "address"), "DAJ": p.state, "DAK": P(p.zip + "0000", "zip"), "DBC": {"F": "2", "M": "1"}.get(p.marker, "9"),
            "DBD": P(date_between(dt.date(2023, 6, 1), dt.date(2024, 3, 1)).strftime("%m%d%Y"), "date"), "DBA": P(f"{p.dob.month:02d}{p.dob.day:02d}{rng.randint(2028, 2032)}", "date")},
            "source": "pdf417", "confidence": 1.0})
    elif c == 2:
        base.update({"document_type": "passport", "fields": {"passport_no": P(p.passport, "license"), "surname": P(up(ufold(p.last)), "name"), "given_names": P(up(ufold(f"{p.chosen} {p.middle}".strip())), "name"),
                     "sex": p.marker, "date_of_birth": P(fmt_date(p.dob, "dmy").upper(), "date"), "date_of_expiry": P(fmt_date(dt.date(rng.randint(2029, 2034), p.dob.month, min(p.dob.day, 28)), "dmy").upper(), "date")},
                     "mrz_valid": True})
    elif c == 3:
        vin = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
        base.update({"document_type": "vehicle_registration", "fields": {"owner": P(up(ufold(chosen_full(p))), "name"), "plate": P(f"{rng.randint(1, 9)}{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{digits(3)}", "vehicle"),
                     "vin": P(vin, "vehicle"), "address": T(P(up(p.street), "address"), ", ", P(up(p.city), "address"), " ", p.state, " ", P(p.zip, "zip")), "make": pick(["SUBARU", "TOYOTA", "HONDA", "KIA"])}})
    else:
        emb = base64.b64encode(rng.randbytes(96)).decode()
        base.update({"document_type": "identity_selfie", "vendor": "persona", "inquiry_id": "inq_" + b62(24), "fields": {
            "name_on_id": P(legal_full(p, False), "name"), "selfie": P("data:image/jpeg;base64," + fake_jpeg_b64(), "photo"), "face_template": P(emb, "biometric"),
            "face_match_score": round(rng.uniform(0.7, 0.99), 3)}})
    jd(l, base)
    return [l]


def doc_noise():
    l = L("doc_ocr_json")
    t = clk.tick()
    jd(l, {"ts": ts_iso_ms(t), "job": "Documents::OcrJob", "document_id": uid(), "status": pick(["queued", "retrying", "done", "skipped_duplicate"]),
           "engine": pick(["textract", "tesseract-5.3.3"]), "pages": rng.randint(1, 4), "elapsed_ms": rng.randint(200, 22000), "sha256": hexs(64)})
    return l


# ---------------------------------------------------------------- PaperTrail audit JSON

def audit_phi():
    p = person()
    l = L("paper_trail_json")
    t = clk.tick()
    c = rng.randint(0, 2)
    if c == 0:
        ch = {"legal_first_name": [P(p.legal_first, "name"), P(p.chosen, "name")], "legal_name_changed_on": [None, P(fmt_date(p.court_date, "iso"), "date")],
              "gender_marker": [p.sab, p.marker]}
    elif c == 1:
        ch = {"chosen_name": [None, P(p.chosen, "name")], "pronouns": ["", p.pronouns]}
    else:
        ch = {"phone": [P(fmt_phone(p.relative_phone, "raw"), "phone"), P(fmt_phone(p.phone, "raw"), "phone")], "email": [None, P(p.email, "email")],
              "emergency_contact_name": [None, P(f"{p.relative[0]} {p.relative_last}", "name")]}
    jd(l, {"id": rng.randint(100000, 999999), "item_type": "Patient", "item_id": P(p.pid, "other_id"), "event": "update", "whodunnit": pick([f"staff:{rng.randint(3, 19)}", T("patient:", P(str(p.pid), "other_id"))]) if c else f"staff:{rng.randint(3, 19)}",
           "object_changes": ch, "created_at": ts_iso_ms(t)}, sp=True)
    return [l]


def audit_noise():
    l = L("paper_trail_json")
    t = clk.tick()
    jd(l, {"id": rng.randint(100000, 999999), "item_type": pick(["Provider", "PharmacyPartner", "ProtocolTemplate", "FeatureFlag"]), "item_id": rng.randint(1, 400), "event": "update",
           "whodunnit": f"staff:{rng.randint(3, 19)}", "object_changes": pick([{"accepting_new_patients": [True, False]}, {"max_e2_dose_mg": [8, 10]}, {"enabled": [False, True]}, {"sla_hours": [48, 24]}]),
           "created_at": ts_iso_ms(t)}, sp=True)
    return l


# ============================================================================== assembly

PHI_BLOCKS = [(rails_block, 12), (lograge_phi, 5), (sidekiq_phi, 6), (pg_phi, 5), (ncpdp_newrx, 6), (ncpdp_renewal, 3),
              (hl7_oru_block, 4), (hl7_orm_block, 2), (x12_278_block, 2.5), (x12_278_resp_block, 1.5), (pa_phi, 3),
              (zoom_phi, 7), (intercom_phi, 11), (stripe_phi, 6), (pharm_csv_block, 3), (pharm_pipe_phi, 3), (pharm_exc_phi, 3),
              (sentry_phi, 6), (letter_phi, 3), (doc_phi, 7), (audit_phi, 4)]
NOISE = [(rails_noise, 9), (lograge_noise, 5), (sidekiq_noise, 9), (pg_noise, 7), (ncpdp_noise, 4), (hl7_noise, 4), (pa_noise, 3),
         (zoom_noise, 4), (intercom_noise, 4), (stripe_noise, 6), (pharm_noise, 5), (sentry_noise, 5), (letter_noise, 3), (doc_noise, 3), (audit_noise, 3)]


def wpick(items):
    tot = sum(w for _, w in items)
    r = rng.uniform(0, tot)
    for f, w in items:
        r -= w
        if r <= 0:
            return f
    return items[-1][0]


CAPS = {"x12_278_block": 1, "x12_278_resp_block": 2, "hl7_oru_block": 5, "hl7_orm_block": 3, "pharm_csv_block": 4}


def build():
    lines = []
    used = {}
    while len(lines) < N_LINES:
        noise = sum(1 for l in lines if not l.spans)
        frac = noise / len(lines) if lines else 1.0
        rem = N_LINES - len(lines)
        if frac < TARGET_NOISE or rng.random() < 0.3:
            lines.append(wpick(NOISE)())
            continue
        f = wpick(PHI_BLOCKS)
        if used.get(f.__name__, 0) >= CAPS.get(f.__name__, 10 ** 6):
            continue
        blk = f()
        if len(blk) > rem:
            continue
        used[f.__name__] = used.get(f.__name__, 0) + 1
        lines.extend(blk)
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES
    out_log, out_lab = [], []
    for i, l in enumerate(lines, 1):
        txt = l.text()
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (i, txt)
        b = txt.encode("utf-8")
        for sp, v in zip(l.spans, l.vals):
            assert b[sp["s"]:sp["e"]].decode("utf-8") == v, (i, sp, v)
            assert v.strip() == v and v, (i, v)
        spans = sorted(l.spans, key=lambda s: s["s"])
        for a, c in zip(spans, spans[1:]):
            assert a["e"] <= c["s"], (i, a, c)
        out_log.append(txt)
        out_lab.append(json.dumps({"line": i, "family": l.family, "spans": spans}, ensure_ascii=False))
    (HERE / f"{ID}.log").write_text("\n".join(out_log), encoding="utf-8")
    (HERE / f"{ID}.labels.jsonl").write_text("\n".join(out_lab) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
