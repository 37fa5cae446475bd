#!/usr/bin/env python3
"""gen_on.py - labeled synthetic log corpus "on" (500 lines) for PHI-detector testing.

Organisation: "MendTogether" (medical crowdfunding platform, Rails + Sidekiq,
Austin TX) which shares a log pipeline (Vector -> SIEM archive) with its partner
nonprofit "Lumen Patient Aid Foundation" (LPAF, Denver CO: copay grants, hospital
bill negotiation, mostly bilingual English/Spanish applicants).
All people, numbers and addresses are synthetic.

Systems simulated (family names used in the labels file):
  rails         Rails 7 production.log (Started / Processing / Parameters / Completed)
  sidekiq       Sidekiq 7 JSON logger + app messages from jobs
  ruby_trace    Ruby backtrace frames after a failed job (one frame per line)
  stripe        Stripe webhook events (JSON) and stripe-ruby request logfmt
  paypal        PayPal IPN bodies (urlencoded) and REST debug lines
  ocr           docintake-ocr: Textract-like key/values and raw text lines of
                hospital bills and EOBs
  plaid         Plaid-like income / auth / identity responses and webhooks
  grant_app     LPAF intake JSON (English or Spanish keys), schema validator lines
  rules         eligibility rules engine (logfmt)
  ncpdp         copay-card switch gateway, NCPDP D.0-like B1 claims ("|" = FS,
                "~" = segment separator as the gateway prints them)
  moderation    Trust & Safety moderation queue CSV export
  sendgrid      SendGrid event webhook JSON + mail send API lines
  twilio        Twilio status callbacks / inbound SMS (key=value), API lines
  zendesk       Zendesk ticket audit JSON and trigger log lines
  fraud         fraud review queue TSV export
  elasticsearch Elasticsearch slow log / server log
  redis         redis-server log and a few MONITOR lines
  cloudflare    Cloudflare Logpush http_requests JSON
  nginx         nginx access log behind Cloudflare (remote_addr = CF edge)
  postgres      PostgreSQL server log with statements

Labeling decisions (grey cases):
  * People served = campaign beneficiaries (patients), campaign organizers
    (usually relatives), donors, grant applicants and their household members
    and emergency contacts. Their identifiers are PHI. Staff (moderators,
    caseworkers, Zendesk agents, reviewers), clinicians, hospitals, pharmacies,
    payers, vendors and both organisations (addresses, phones, emails) are not.
  * Donors' names, emails, billing ZIPs and client IPs are labeled. "Anonymous"
    is not a name.
  * Campaign IDs (numeric or cmp_ prefixed), LPAF applicant IDs (A-...),
    grant application IDs (GA-...), LPAF case numbers (LPAF-C-...), fraud case
    IDs (FR-...), payer claim numbers and Rx numbers are `other_id`. Zendesk
    ticket numbers, Sidekiq jids, document IDs, Stripe charge/event/payment
    intent IDs, PayPal txn IDs, NCPDP auth numbers, request/trace IDs are NOT
    PHI (transaction or software identifiers).
  * Processor tokens that stand for the person's payment/bank relationship
    (Stripe cus_..., Stripe card fingerprint, PayPal payer_id, Plaid item_id and
    account_id) are `account`; so are full card numbers, bank account numbers
    and hospital account (HAR/guarantor) numbers. Routing numbers are the
    bank's and are not labeled. Last-4 fragments (card last4, bank mask,
    ssn_last4) are NOT labeled: not unique alone.
  * Copay card cardholder IDs, insurer member IDs, Medicaid IDs and MBIs are
    `health_plan`; BIN, PCN and group numbers are plan-level and not labeled.
  * Dates: birth, diagnosis, service, admission/discharge, fill (NCPDP DOS),
    statement/EOB dates about the person are `date` (including OCR-garbled
    ones). Timestamps of the log record and system event timestamps
    (created_at, webhook epoch, payment_date of the donation event) are not.
  * The NCPDP header date of service (D1) is labeled `date` even when it is
    the day the claim is logged: it is the person's fill date, not a log
    timestamp.
  * Ages are labeled only when > 89. A city is `address` when it is the
    person's city (campaign location, mailing address); the state never is.
  * URLs or request paths that carry a campaign slug with the patient's name
    or a person identifier (applicant/app ID) are one `url` span (path
    without the query string, or the full URL when absolute).
  * IPs: end-user client IPs (Rails remote_ip, CF ClientIP, nginx cf_ip, fraud
    TSV) are `ip`. Cloudflare edge IPs, internal 10.x, Stripe/PayPal webhook
    sources, crawlers and vulnerability scanners are not.
  * Fraud-tool device fingerprint IDs and phone IMEIs are `device`; insulin
    pump serials in stories are `device`. Selfie liveness face-template
    hashes are `biometric`; base64 data URIs of face thumbnails are `photo`.
  * Driver's licence numbers are `license`; VINs and plates of declared
    vehicles are `vehicle`.
  * Name searches typed by staff (Elasticsearch match, SQL ILIKE) hold a
    patient's name (full, or first name only) and are labeled `name`; a
    surname inside a dedup key ("Ochoa|1958-02-01") is `name` + `date`.
  * Names that are words (Hope, Grant, Cash, Banks, Price) are labeled only
    when used as a person's name; product names (Stelara, Genvoya) are not.
"""
import base64
import hashlib
import json
import random
import unicodedata
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote_plus, unquote_plus

rnd = random.Random(20240314)

# --------------------------------------------------------------------------
# line builder with byte-offset spans


class P:
    """A PHI value with its category."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S:
    """A string composed of plain pieces and P pieces."""

    def __init__(self, *parts):
        self.parts = parts

    def plain(self):
        return "".join(x.v if isinstance(x, P) else (x.plain() if isinstance(x, S) else x)
                       for x in self.parts)


class L:
    def __init__(self, family):
        self.family = family
        self.parts = []
        self.spans = []
        self.blen = 0

    def t(self, s):
        self.parts.append(s)
        self.blen += len(s.encode("utf-8"))
        return self

    def p(self, rendered, cat, raw=None, enc=None):
        b = len(rendered.encode("utf-8"))
        if cat:
            self.spans.append(dict(s=self.blen, e=self.blen + b, cat=cat, text=rendered,
                                   raw=rendered if raw is None else raw, enc=enc))
        self.t(rendered)
        return self

    def x(self, *items, esc=None, enc=None):
        for it in items:
            emit(self, it, esc or (lambda z: z), enc)
        return self

    def text(self):
        return "".join(self.parts)


def emit(l, v, esc, enc):
    if isinstance(v, P):
        if isinstance(v.v, S):
            emit(l, v.v, esc, enc)
        else:
            l.p(esc(str(v.v)), v.cat, raw=str(v.v), enc=enc)
    elif isinstance(v, S):
        for piece in v.parts:
            emit(l, piece, esc, enc)
    else:
        l.t(esc(str(v)))


def jesc_f(ea):
    return lambda s: json.dumps(s, ensure_ascii=ea)[1:-1]


def js(l, o, ea=False, sep=(", ", ": ")):
    if isinstance(o, dict):
        l.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                l.t(sep[0])
            l.t(json.dumps(k, ensure_ascii=ea))
            l.t(sep[1])
            js(l, v, ea, sep)
        l.t("}")
    elif isinstance(o, list):
        l.t("[")
        for i, v in enumerate(o):
            if i:
                l.t(sep[0])
            js(l, v, ea, sep)
        l.t("]")
    elif isinstance(o, P) and not isinstance(o.v, (str, S)):
        r = json.dumps(o.v)
        l.p(r, o.cat, raw=r)
    elif isinstance(o, (P, S, str)):
        l.t('"')
        emit(l, o, jesc_f(ea), "json")
        l.t('"')
    else:
        l.t(json.dumps(o))
    return l


def rbesc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def rb(l, o):
    """Ruby Hash#inspect style (Rails Parameters line)."""
    if isinstance(o, dict):
        l.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                l.t(", ")
            l.t('"%s"=>' % rbesc(k))
            rb(l, v)
        l.t("}")
    elif isinstance(o, list):
        l.t("[")
        for i, v in enumerate(o):
            if i:
                l.t(", ")
            rb(l, v)
        l.t("]")
    else:
        l.t('"')
        emit(l, o, rbesc, "rb")
        l.t('"')
    return l


def lfesc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def plain_of(v):
    if isinstance(v, S):
        return v.plain()
    if isinstance(v, P):
        return plain_of(v.v)
    return str(v)


def lf(l, pairs, first=True):
    """logfmt / key=value; pairs is list of (key, value)."""
    for i, (k, v) in enumerate(pairs):
        if i or not first:
            l.t(" ")
        l.t(k + "=")
        plain = plain_of(v)
        if (" " in plain or '"' in plain or "=" in plain or plain == ""):
            l.t('"')
            emit(l, v, lfesc, "lf")
            l.t('"')
        else:
            emit(l, v, lambda z: z, None)
    return l


def urlenc(l, pairs):
    for i, (k, v) in enumerate(pairs):
        if i:
            l.t("&")
        l.t(k + "=")
        emit(l, v, quote_plus, "url")
    return l


# --------------------------------------------------------------------------
# synthetic data

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


def card(prefix="4", n=16):
    body = prefix + "".join(rnd.choice("0123456789") for _ in range(n - len(prefix) - 1))
    return body + luhn_digit(body)


def npi():
    body = rnd.choice("12") + "".join(rnd.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def imei():
    body = rnd.choice(["35", "86", "01", "49"]) + "".join(rnd.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


def ssn(valid=True):
    if not valid:
        return rnd.choice(["000-00-0000", "123-45-6789", "999-99-9999", "666-12-0931"])
    while True:
        a = rnd.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rnd.randint(1, 99), rnd.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    d = "0123456789"
    c = [rnd.choice("123456789"), rnd.choice(MBI_A), rnd.choice(an), rnd.choice(d),
         rnd.choice(MBI_A), rnd.choice(an), rnd.choice(d), rnd.choice(MBI_A), rnd.choice(MBI_A),
         rnd.choice(d), rnd.choice(d)]
    return "".join(c)


VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rnd.choice(["1HG", "2T1", "1FA", "3N1", "5YJ", "1G1", "KMH", "JN8"])
    v = list(wmi + "".join(rnd.choice(chars) for _ in range(5)) + "0" + rnd.choice("EFGHJKLMNP")
             + "".join(rnd.choice(chars) for _ in range(1)) + "".join(rnd.choice("0123456789") for _ in range(6)))
    tot = sum((int(ch) if ch.isdigit() else VIN_MAP[ch]) * w for ch, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def hx(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def an(n, alpha="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rnd.choice(alpha) for _ in range(n))


def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (hx(8), hx(4), hx(3), rnd.choice("89ab"), hx(3), hx(12))


def b62(n):
    return an(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


FIRST_ES = ["María José", "Guadalupe", "José Luis", "Ana Sofía", "Juan Carlos", "Xiomara", "Yesenia",
            "Efraín", "Araceli", "Dolores", "Maricela", "Jesús", "Rosario", "Itzel", "Héctor", "Consuelo",
            "Refugio", "Nayeli", "Ramón", "Socorro"]
LAST_ES = ["García-Ramírez", "de la Cruz", "Hernández López", "Rodríguez", "Martínez Soto", "Pérez-Villalobos",
           "Núñez", "Del Valle", "Ochoa", "Zúñiga Morales", "Castañeda", "Ibarra", "Fuentes", "Villaseñor"]
FIRST_OT = ["Hope", "Faith", "Grant", "Will", "Rose", "Summer", "Destiny", "Chinonso", "Oluwaseun", "Minh",
            "Thi Lan", "Priyanka", "Rohan", "Fatima", "Yusuf", "Hana", "Kenji", "Siobhan", "Declan", "Agnieszka",
            "Mateusz", "Dmitri", "Aaliyah", "DeShawn", "Tamika", "Zoë", "Renée", "Ngozi", "Kwame", "Leilani",
            "Keoni", "Bethany", "Curtis", "Wanda", "Earl", "Marguerite", "Tomasz", "Ilse", "Rashida", "Joy"]
LAST_OT = ["Baker", "Stone", "Rivers", "Bird", "Hope", "Church", "Summers", "Wolf", "Young", "Price", "Cash",
           "Banks", "Sterling", "Nguyen", "Tran", "Okafor", "Adeyemi", "Kowalczyk", "Nowak", "O'Connell",
           "MacLeod", "Patel", "Iyer", "Haddad", "Al-Masri", "Tanaka", "Kim", "Mäkinen", "Brandt-Sørensen",
           "Washington", "Kahananui", "Mbeki-Jones", "Whitfield", "St. Clair", "Lindqvist", "Abernathy"]

# city, state, zip3, area codes
CITIES = [("Fresno", "CA", "937", ["559"]), ("El Paso", "TX", "799", ["915"]), ("Hialeah", "FL", "330", ["305", "786"]),
          ("Yakima", "WA", "989", ["509"]), ("Dayton", "OH", "454", ["937"]), ("Gary", "IN", "464", ["219"]),
          ("Tucson", "AZ", "857", ["520"]), ("Laredo", "TX", "780", ["956"]), ("Paterson", "NJ", "075", ["973", "862"]),
          ("Santa Ana", "CA", "927", ["714"]), ("Albuquerque", "NM", "871", ["505"]), ("Memphis", "TN", "381", ["901"]),
          ("Bakersfield", "CA", "933", ["661"]), ("Kissimmee", "FL", "347", ["407"]), ("Providence", "RI", "029", ["401"]),
          ("McAllen", "TX", "785", ["956"]), ("Salinas", "CA", "939", ["831"]), ("Toledo", "OH", "436", ["419"]),
          ("Pueblo", "CO", "810", ["719"]), ("Lowell", "MA", "018", ["978"])]
STREETS = ["Oak St", "W Olive Ave", "E Belmont Ave", "Calle Sol", "N Mesa St", "Palm Ave", "Cedar Ln", "Maple Dr",
           "S Kinney Rd", "Rio Bravo Dr", "Hollyhock Ct", "Grand Ave", "Elm St", "Westgate Blvd", "Market St",
           "Vista del Sol", "Linden Ave", "Pershing Rd", "Lakeshore Dr", "Camino Real", "Church St", "Hope St"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "att.net", "live.com"]
HOSPITALS = [("Sagebrush Regional Medical Center", "SRMC"), ("Bayfront Oncology Partners", "BOP"),
             ("Northgate Children's Hospital", "NCH"), ("Rio Grande Valley Health System", "RGVHS"),
             ("St. Agnes of the Plains Hospital", "SAPH"), ("Lakeview Dialysis Center", "LDC")]
PAYERS = ["Medi-Cal", "Texas Medicaid", "Aetna Better Health", "Blue Cross PPO", "Ambetter", "Medicare Part D",
          "UnitedHealthcare Community Plan", "Molina Healthcare", "Humana Gold Plus"]
DX = [("C50.912", "breast cancer", "cáncer de mama", "ONC"), ("C92.00", "AML", "leucemia mieloide", "ONC"),
      ("E10.9", "type 1 diabetes", "diabetes tipo 1", "DIAB"), ("N18.6", "kidney failure / dialysis", "insuficiencia renal", "RENAL"),
      ("G35", "multiple sclerosis", "esclerosis múltiple", "MS"), ("C61", "prostate cancer", "cáncer de próstata", "ONC"),
      ("Q21.3", "tetralogy of Fallot", "cardiopatía congénita", "CARD"), ("B20", "HIV", "VIH", "HIV"),
      ("M05.79", "rheumatoid arthritis", "artritis reumatoide", "RA"), ("S06.5X0A", "traumatic brain injury", "lesión cerebral", "TBI")]
DRUGS = [("STELARA 90MG/ML SYR", "57894006103"), ("GENVOYA TAB", "61958140101"), ("OCREVUS 300MG/10ML", "50242015001"),
         ("IBRANCE 125MG CAP", "00069018821"), ("TRULICITY 1.5MG/0.5ML", "00002143380"), ("RINVOQ ER 15MG", "00074231030"),
         ("XTANDI 40MG CAP", "00469012599"), ("HUMALOG KWIKPEN", "00002879959"), ("SENSIPAR 30MG", "55513007330")]
RELS = ["daughter", "son", "wife", "husband", "mother", "sister", "brother", "friend", "niece", "granddaughter"]
RELS_ES = {"daughter": "hija", "son": "hijo", "wife": "esposa", "husband": "esposo", "mother": "madre",
           "sister": "hermana", "brother": "hermano", "friend": "amiga", "niece": "sobrina",
           "granddaughter": "nieta"}

TODAY = date(2024, 3, 14)


def rand_date(y0, y1):
    d0 = date(y0, 1, 1).toordinal()
    d1 = date(y1, 12, 31).toordinal()
    return date.fromordinal(rnd.randint(d0, d1))


def age_of(dob):
    return TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))


def user_ip():
    if rnd.random() < 0.12:
        return "2600:1700:%x:%x::%x" % (rnd.randint(0x1000, 0xffff), rnd.randint(0x10, 0xfff), rnd.randint(1, 0xfff))
    a = rnd.choice([73, 98, 99, 174, 24, 47, 107, 76, 68, 189, 187])
    return "%d.%d.%d.%d" % (a, rnd.randint(1, 254), rnd.randint(0, 255), rnd.randint(1, 254))


def cf_edge_ip():
    return rnd.choice(["172.70.%d.%d", "172.69.%d.%d", "162.158.%d.%d", "108.162.%d.%d", "141.101.%d.%d"]) % (
        rnd.randint(1, 254), rnd.randint(1, 254))


def phone_fmt(area, ex, num, style=None):
    style = rnd.randint(0, 4) if style is None else style
    return ["(%s) %s-%s", "+1%s%s%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"][style] % (area, ex, num)


class Person:
    pass


def make_person(spanish=None, old=False, child=False):
    p = Person()
    p.es = (rnd.random() < 0.45) if spanish is None else spanish
    if p.es:
        p.first = rnd.choice(FIRST_ES)
        p.last = rnd.choice(LAST_ES)
    else:
        p.first = rnd.choice(FIRST_OT)
        p.last = rnd.choice(LAST_OT + LAST_ES[:3])
    p.name = p.first + " " + p.last
    if old:
        p.dob = rand_date(1927, 1934)
    elif child:
        p.dob = rand_date(2010, 2021)
    else:
        p.dob = rand_date(1944, 2000)
    p.age = age_of(p.dob)
    p.city, p.state, z3, areas = rnd.choice(CITIES)
    p.zip = z3 + "%02d" % rnd.randint(1, 99)
    p.street = "%d %s" % (rnd.randint(100, 9899), rnd.choice(STREETS))
    if rnd.random() < 0.3:
        p.street += rnd.choice([" Apt %d" % rnd.randint(1, 40), " Unit %s" % rnd.choice("ABCDEF"), " #%d" % rnd.randint(2, 300)])
    p.area = rnd.choice(areas)
    p.ex = str(rnd.randint(201, 989))
    p.num = "%04d" % rnd.randint(0, 9999)
    p.phone = phone_fmt(p.area, p.ex, p.num)
    p.e164 = "+1%s%s%s" % (p.area, p.ex, p.num)
    f = ascii_fold(p.first).lower().replace(" ", "")
    l_ = ascii_fold(p.last).lower().replace(" ", "").replace("'", "").replace(".", "")
    p.email = rnd.choice(["%s.%s%d" % (f, l_, rnd.randint(1, 99)), "%s%s" % (f[0], l_), "%s_%s" % (f, l_[:5]),
                          "%s%d" % (f, rnd.randint(1960, 2005))]) + "@" + rnd.choice(EMAIL_DOM)
    p.ssn = ssn(rnd.random() > 0.06)
    p.hosp, p.hcode = rnd.choice(HOSPITALS)
    p.mrn = rnd.choice(["%08d" % rnd.randint(100000, 9999999), "E%07d" % rnd.randint(0, 9999999),
                        "MR%06d" % rnd.randint(0, 999999)])
    p.har = "%010d" % rnd.randint(4000000000, 4099999999)
    p.payer = rnd.choice(PAYERS)
    p.member = rnd.choice(["XEH%09d" % rnd.randint(0, 999999999), "W%09d" % rnd.randint(0, 999999999),
                           "U%08d01" % rnd.randint(0, 99999999), "MOL%08d" % rnd.randint(0, 99999999)])
    p.mbi = mbi() if p.age >= 64 else None
    p.medicaid = ("9%07d%s" % (rnd.randint(0, 9999999), rnd.choice("ABCDEFG"))) if rnd.random() < 0.4 else None
    p.applicant = "A-%06d" % rnd.randint(100000, 199999)
    p.app = "GA-2024-%06d" % rnd.randint(10000, 29999)
    p.case = "LPAF-C-%05d" % rnd.randint(10000, 39999)
    p.campaign = rnd.randint(60000, 99999)
    p.dx = rnd.choice(DX)
    p.slug = "help-%s-%s-%s" % (f.split()[0] if " " in f else f, l_.replace("-", ""),
                                 rnd.choice(["beat-cancer", "fight-aml", "get-home", "kidney-journey", "medical-bills",
                                             "recovery-fund", "heart-surgery", "treatment-fund"]))
    p.rel = make_relative(p)
    p.ip = user_ip()
    p.copay = "CPY%010d" % rnd.randint(0, 9999999999)
    p.rx = "%07d" % rnd.randint(1000000, 9999999)
    p.diag_date = rand_date(2022, 2024) if True else None
    if p.diag_date > TODAY:
        p.diag_date = TODAY - timedelta(days=rnd.randint(20, 300))
    p.dos = TODAY - timedelta(days=rnd.randint(8, 200))
    p.dl = rnd.choice(["%s%07d" % (rnd.choice("ABCDFGHJKLMNPRSTWY"), rnd.randint(0, 9999999)), "%08d" % rnd.randint(0, 99999999),
                       "%s%03d-%03d-%02d-%03d-%d" % (rnd.choice("ABGHMRS"), rnd.randint(0, 999), rnd.randint(0, 999),
                                                      rnd.randint(0, 99), rnd.randint(0, 999), rnd.randint(0, 9))])
    p.cus = "cus_" + b62(14)
    p.device = "dfp_" + hx(24)
    return p


def make_relative(p):
    r = Person()
    r.rel = rnd.choice(RELS)
    if p.es:
        r.first = rnd.choice(FIRST_ES)
        r.last = p.last if rnd.random() < 0.6 else rnd.choice(LAST_ES)
    else:
        r.first = rnd.choice(FIRST_OT)
        r.last = p.last if rnd.random() < 0.6 else rnd.choice(LAST_OT)
    r.name = r.first + " " + r.last
    f = ascii_fold(r.first).lower().replace(" ", "")
    l_ = ascii_fold(r.last).lower().replace(" ", "").replace("'", "").replace(".", "")
    r.email = "%s%s%d@%s" % (f, l_[:4], rnd.randint(1, 999), rnd.choice(EMAIL_DOM))
    r.area = p.area
    r.phone = phone_fmt(p.area, str(rnd.randint(201, 989)), "%04d" % rnd.randint(0, 9999))
    r.ip = user_ip()
    return r


PATIENTS = [make_person() for _ in range(34)] + [make_person(old=True) for _ in range(6)] + \
           [make_person(child=True) for _ in range(4)]
DONORS = []
for _ in range(30):
    d = make_person(spanish=rnd.random() < 0.2)
    DONORS.append(d)

STAFF = [("Priya Raman", "praman"), ("Jordan Kessler", "jkessler"), ("Marisol Treviño", "mtrevino"),
         ("Ben Okoro", "bokoro"), ("Claire Fontaine", "cfontaine"), ("Luis Echeverría", "lecheverria"),
         ("Dana Whitcomb", "dwhitcomb")]
CLINICIANS = ["Dr. Helen Park", "Dr. Samuel Ortiz-Bell", "Dr. Anjali Mehra", "Dr. R. Castellano", "Dr. Nadia Holm"]
ORG_LPAF = ("Lumen Patient Aid Foundation", "1450 Larimer St Suite 300", "Denver", "CO", "80202", "(303) 555-0199",
            "1-888-555-0140", "(303) 555-0188")
ORG_MEND = ("MendTogether, Inc.", "600 Congress Ave Fl 14", "Austin", "TX", "78701")

UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
       "MendTogether/5.14.2 (com.mendtogether.app; build:51402; iOS 17.3.1) Alamofire/5.8.1"]
BOT_UA = ["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
          "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
          "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)"]

# --------------------------------------------------------------------------
# clock

NOW = [datetime(2024, 3, 14, 13, 0, 4, 118000, tzinfo=timezone.utc)]


def tick(lo=0.2, hi=9.0):
    NOW[0] += timedelta(seconds=rnd.uniform(lo, hi))
    return NOW[0]


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def pick_patient():
    return rnd.choice(PATIENTS)


def dfmt(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"), "es": d.strftime("%d/%m/%Y"),
            "ncpdp": d.strftime("%Y%m%d"), "short": d.strftime("%m/%d/%y"),
            "long": d.strftime("%B %-d, %Y")}[style]


# --------------------------------------------------------------------------
# generators; each returns a list of L

def g_nginx():
    t = tick()
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S +0000]")
    kind = rnd.random()
    l = L("nginx")
    edge = cf_edge_ip()
    ray = hx(16) + "-" + rnd.choice(["DFW", "IAH", "LAX", "MIA", "ORD", "DEN", "EWR"])
    rt = "%.3f" % rnd.uniform(0.001, 0.9)
    if kind < 0.18:
        l.t('10.20.%d.%d - - %s "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0" rt=0.001 uct=0.000 cf_ip=- cf_ray=-'
            % (rnd.randint(0, 3), rnd.randint(2, 250), ts))
    elif kind < 0.32:
        ip = rnd.choice(["3.18.12.63", "3.130.192.231", "13.235.14.237", "54.187.174.169", "54.187.205.235"])
        l.t('%s - - %s "POST /webhooks/stripe HTTP/1.1" 200 16 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)" rt=%s uct=0.001 cf_ip=%s cf_ray=%s'
            % (edge, ts, rt, ip, ray))
    elif kind < 0.45:
        ip = "66.249.%d.%d" % (rnd.randint(64, 79), rnd.randint(1, 254))
        l.t('%s - - %s "GET /discover/medical?page=%d HTTP/1.1" 200 %d "-" "%s" rt=%s uct=0.002 cf_ip=%s cf_ray=%s'
            % (edge, ts, rnd.randint(1, 40), rnd.randint(20000, 90000), rnd.choice(BOT_UA), rt, ip, ray))
    elif kind < 0.58:
        asset = rnd.choice(["/packs/js/application-%s.js" % hx(20), "/packs/css/application-%s.css" % hx(20),
                            "/assets/logo-mend-%s.svg" % hx(8), "/favicon.ico", "/robots.txt",
                            "/packs/js/donate_widget-%s.chunk.js" % hx(20)])
        l.t('%s - - %s "GET %s HTTP/2.0" 304 0 "https://www.mendtogether.org/" "%s" rt=0.000 uct=- cf_ip=- cf_ray=%s'
            % (edge, ts, asset, rnd.choice(UAS), ray))
    elif kind < 0.8:
        p = pick_patient()
        ip = rnd.choice(DONORS).ip
        src, med, ref = rnd.choice([("facebook", "social", "https://l.facebook.com/"), ("whatsapp", "social", "-"),
                                    ("sms", "share", "-"), ("email", "email", "-")])
        l.t('%s - - %s "GET ' % (edge, ts)).p("/c/" + p.slug, "url").t(
            '?utm_source=%s&utm_medium=%s HTTP/2.0" 200 %d "%s" "%s" rt=%s uct=0.004 cf_ip='
            % (src, med, rnd.randint(30000, 120000), ref, rnd.choice(UAS), rt))
        l.p(ip, "ip").t(" cf_ray=" + ray)
    else:
        p = pick_patient()
        path = rnd.choice(["/applicants/%s/documents", "/apply/%s/income", "/portal/%s/status"]) % p.applicant
        l.t('%s - - %s "%s ' % (edge, ts, "POST" if "documents" in path else "GET")).p(path, "url").t(
            ' HTTP/2.0" %d %d "https://apply.lumenaid.org/" "%s" rt=%s uct=0.003 cf_ip=' % (
                rnd.choice([200, 200, 201, 302, 422]), rnd.randint(300, 9000), rnd.choice(UAS), rt))
        l.p(p.ip, "ip").t(" cf_ray=" + ray)
    return [l]


def g_cloudflare():
    t = tick()
    l = L("cloudflare")
    kind = rnd.random()
    base = {"RayID": hx(16), "EdgeStartTimestamp": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "ZoneName": "mendtogether.org"}
    if kind < 0.45:
        d = dict(base)
        ip = rnd.choice(["45.155.205.%d" % rnd.randint(1, 254), "185.220.101.%d" % rnd.randint(1, 254),
                         "194.26.29.%d" % rnd.randint(1, 254)])
        d.update({"ClientIP": ip, "ClientCountry": rnd.choice(["ru", "nl", "de", "cn"]), "ClientASN": rnd.choice([204428, 208843, 4134]),
                  "ClientRequestHost": "www.mendtogether.org", "ClientRequestMethod": rnd.choice(["GET", "POST"]),
                  "ClientRequestURI": rnd.choice(["/wp-login.php", "/.env", "/admin/.git/config", "/api/v1/users?limit=10000",
                                                  "/xmlrpc.php", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php"]),
                  "EdgeResponseStatus": 403, "SecurityAction": "block", "WAFRuleID": "%s" % hx(32),
                  "BotScore": rnd.randint(1, 9), "CacheCacheStatus": "unknown"})
        js(l, d, sep=(",", ":"))
    elif kind < 0.6:
        d = dict(base)
        d.update({"ClientIP": "66.249.%d.%d" % (rnd.randint(64, 79), rnd.randint(1, 254)), "ClientCountry": "us",
                  "ClientASN": 15169, "ClientRequestHost": "www.mendtogether.org", "ClientRequestMethod": "GET",
                  "ClientRequestURI": "/sitemap-campaigns-%d.xml" % rnd.randint(1, 30), "EdgeResponseStatus": 200,
                  "SecurityAction": "skip", "BotScore": 1, "VerifiedBot": True, "CacheCacheStatus": "hit"})
        js(l, d, sep=(",", ":"))
    else:
        p = pick_patient()
        who = rnd.choice([p, p.rel, rnd.choice(DONORS)])
        d = dict(base)
        d.update({"ClientIP": P(who.ip, "ip"), "ClientCountry": "us", "ClientASN": rnd.choice([7922, 7018, 22773, 20115, 21928]),
                  "ClientRequestHost": "www.mendtogether.org", "ClientRequestMethod": "GET",
                  "ClientRequestURI": P("/c/" + p.slug, "url"), "EdgeResponseStatus": 200, "SecurityAction": "skip",
                  "BotScore": rnd.randint(60, 99), "CacheCacheStatus": rnd.choice(["dynamic", "hit", "miss"]),
                  "OriginResponseDurationMs": rnd.randint(20, 600)})
        js(l, d, sep=(",", ":"))
    return [l]


def rails_head(t, pid, req):
    return "I, [%s.%06d #%d]  INFO -- : [%s] " % (t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond, pid, req)


def g_rails():
    t = tick()
    pid = rnd.choice([12, 13, 18, 21])
    req = uuid4()
    p = pick_patient()
    kind = rnd.random()
    out = []
    if kind < 0.35:
        r = p.rel
        l = L("rails").t(rails_head(t, pid, req) + 'Started POST "/campaigns" for ').p(r.ip, "ip").t(
            " at %s +0000" % t.strftime("%Y-%m-%d %H:%M:%S"))
        out.append(l)
        out.append(L("rails").t(rails_head(t, pid, req) + "Processing by CampaignsController#create as HTML"))
        es = p.es and rnd.random() < 0.6
        dx = p.dx
        if es:
            story = S("Nuestro ser querido ", P(p.first, "name"),
                      " recibió el diagnóstico de %s el " % dx[2], P(dfmt(p.diag_date, "es"), "date"),
                      " en %s. Cualquier ayuda para los gastos es bienvenida. Gracias!" % p.hosp)
            title = S("Ayuda para ", P(p.first, "name"))
        else:
            agebit = S("")
            if p.age > 89:
                agebit = S(" She is ", P(str(p.age), "age"), " and still the toughest person we know.")
            story = S("My %s " % ("mom" if r.rel in ("daughter", "son") else "family member"), P(p.name, "name"),
                      " was diagnosed with %s on " % dx[1], P(dfmt(p.diag_date, "long"), "date"),
                      " at %s." % p.hosp, agebit, " Insurance won't cover everything.")
            title = S("Help ", P(p.first, "name"), " with %s bills" % dx[1])
        params = {"authenticity_token": "[FILTERED]", "campaign": {
            "title": title, "goal_cents": str(rnd.choice([500000, 1000000, 2500000, 5000000])),
            "category": "medical", "beneficiary_name": P(p.name, "name"),
            "beneficiary_relationship": r.rel, "location": S(P(p.city, "address"), ", " + p.state),
            "story": story, "cover_image_signed_id": "eyJfcmFpbHMiOnsiZGF0YSI6" + b62(22) + "--" + hx(40)},
            "commit": "Publish"}
        if rnd.random() < 0.6:
            raw = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + \
                bytes(rnd.randrange(256) for _ in range(rnd.randint(90, 150)))
            params["campaign"]["beneficiary_photo_data"] = S("data:image/jpeg;base64,", P(base64.b64encode(raw).decode(), "photo"))
        l = L("rails").t(rails_head(t, pid, req) + "  Parameters: ")
        rb(l, params)
        out.append(l)
        out.append(L("rails").t(rails_head(t, pid, req) + "Redirected to ").p("https://www.mendtogether.org/c/" + p.slug, "url"))
        out.append(L("rails").t(rails_head(t, pid, req) + "Completed 302 Found in %dms (ActiveRecord: %.1fms | Allocations: %d)"
                                % (rnd.randint(90, 500), rnd.uniform(5, 60), rnd.randint(9000, 40000))))
    elif kind < 0.6:
        r = p.rel
        l = L("rails").t(rails_head(t, pid, req) + 'Started POST "').p("/campaigns/%d/updates" % p.campaign, "url").t(
            '" for ').p(r.ip, "ip").t(" at %s +0000" % t.strftime("%Y-%m-%d %H:%M:%S"))
        out.append(l)
        out.append(L("rails").t(rails_head(t, pid, req) + "Processing by Campaigns::UpdatesController#create as TURBO_STREAM"))
        body = rnd.choice([
            S("Update: ", P(p.first, "name"), " finished round %d of chemo today. Next scan is " % rnd.randint(2, 6),
              P(dfmt(TODAY + timedelta(days=rnd.randint(5, 40)), "short"), "date"), ". Thank you all!"),
            S(P(p.first, "name"), " salió del hospital el ", P(dfmt(p.dos, "es"), "date"), ". Seguimos necesitando ayuda con la renta."),
            S("Surgery went well. Discharged ", P(dfmt(p.dos, "us"), "date"), ". Cards can go to ",
              P(p.street + ", " + p.city, "address"), " ", p.state, " ", P(p.zip, "zip"), "."),
            S("Quick update from ", P(r.first, "name"), ": insurance denied the appeal, we are working with Lumen Patient Aid on the bill."),
        ])
        params = {"campaign_id": P(str(p.campaign), "other_id"), "update": {"body": body, "notify_followers": "1"}}
        l = L("rails").t(rails_head(t, pid, req) + "  Parameters: ")
        rb(l, params)
        out.append(l)
        out.append(L("rails").t(rails_head(t, pid, req) + "Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)"
                                % (rnd.randint(40, 300), rnd.uniform(2, 30), rnd.uniform(2, 40), rnd.randint(5000, 30000))))
    elif kind < 0.8:
        staff_ip = "10.40.%d.%d" % (rnd.randint(0, 3), rnd.randint(2, 250))
        out.append(L("rails").t(rails_head(t, pid, req) + 'Started GET "').p("/admin/grant_applications/" + p.app, "url").t(
            '" for %s at %s +0000' % (staff_ip, t.strftime("%Y-%m-%d %H:%M:%S"))))
        out.append(L("rails").t(rails_head(t, pid, req) + "Processing by Admin::GrantApplicationsController#show as HTML"))
        out.append(L("rails").t(rails_head(t, pid, req) + '  Parameters: {"id"=>"').p(p.app, "other_id").t('"}'))
        out.append(L("rails").t(rails_head(t, pid, req) + "  Rendered admin/grant_applications/show.html.erb within layouts/admin (Duration: %.1fms | Allocations: %d)"
                                % (rnd.uniform(10, 90), rnd.randint(3000, 20000))))
        out.append(L("rails").t(rails_head(t, pid, req) + "Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)"
                                % (rnd.randint(60, 400), rnd.uniform(10, 90), rnd.uniform(2, 40), rnd.randint(5000, 30000))))
    else:
        out.append(L("rails").t(rails_head(t, pid, req) + 'Started GET "/api/v2/discover?category=medical&sort=trending&page=%d" for 10.20.%d.%d at %s +0000'
                                % (rnd.randint(1, 9), rnd.randint(0, 3), rnd.randint(2, 250), t.strftime("%Y-%m-%d %H:%M:%S"))))
        out.append(L("rails").t(rails_head(t, pid, req) + "Processing by Api::V2::DiscoverController#index as JSON"))
        out.append(L("rails").t(rails_head(t, pid, req) + '  Parameters: {"category"=>"medical", "sort"=>"trending", "page"=>"%d"}' % rnd.randint(1, 9)))
        out.append(L("rails").t(rails_head(t, pid, req) + "Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)"
                                % (rnd.randint(20, 150), rnd.uniform(1, 20), rnd.uniform(2, 40), rnd.randint(2000, 20000))))
    return out


JOBS_NOPHI = ["SearchReindexJob", "StripePayoutReconcileJob", "SitemapRefreshJob", "ExchangeRateSyncJob",
              "Ahoy::GeocodeV2Job", "ActiveStorage::AnalyzeJob", "MetricsRollupJob", "StaleSessionSweepJob"]


def sk_line(t, lvl, msg, ctx, extra=None):
    l = L("sidekiq")
    d = {"ts": iso_ms(t), "pid": rnd.choice([7, 8, 9]), "tid": an(5, "abcdefghijklmnopqrstuvwxyz0123456789"),
         "lvl": lvl, "msg": msg, "ctx": ctx}
    if extra:
        d.update(extra)
    return js(l, d, sep=(",", ":"))


def g_sidekiq():
    t = tick()
    out = []
    kind = rnd.random()
    jid = hx(24)
    if kind < 0.45:
        cls = rnd.choice(JOBS_NOPHI)
        out.append(sk_line(t, "INFO", "start", {"class": cls, "jid": jid}))
        out.append(sk_line(t + timedelta(milliseconds=rnd.randint(20, 4000)), "INFO", "done",
                           {"class": cls, "jid": jid, "elapsed": "%.3f" % rnd.uniform(0.02, 4)}))
    elif kind < 0.7:
        p = pick_patient()
        out.append(sk_line(t, "INFO", "start", {"class": "CampaignUpdateNotifierJob", "jid": jid}))
        out.append(sk_line(t, "INFO", S("Notifying %d followers of campaign " % rnd.randint(3, 900), P(str(p.campaign), "other_id")),
                           {"class": "CampaignUpdateNotifierJob", "jid": jid}))
        out.append(sk_line(t + timedelta(milliseconds=rnd.randint(100, 3000)), "INFO", "done",
                           {"class": "CampaignUpdateNotifierJob", "jid": jid, "elapsed": "%.3f" % rnd.uniform(0.1, 3)}))
    elif kind < 0.88:
        p = pick_patient()
        out.append(sk_line(t, "INFO", S("evaluating application ", P(p.app, "other_id"), " ruleset=copay-2024.3.1"),
                           {"class": "Lpaf::EligibilityEvaluationJob", "jid": jid, "queue": "eligibility"}))
    else:
        d = rnd.choice(DONORS)
        bad = d.email.replace(".com", ".con") if rnd.random() < 0.5 else d.email.replace("gmail", "gmial")
        out.append(sk_line(t, "WARN", S("Net::SMTPSyntaxError: 501 5.1.3 Invalid recipient <", P(bad, "email"), ">"),
                           {"class": "DonationReceiptMailerJob", "jid": jid, "retry_count": rnd.randint(0, 4)}))
        frames = ["/usr/local/lib/ruby/3.2.0/net/smtp.rb:1009:in `check_response'",
                  "/usr/local/lib/ruby/3.2.0/net/smtp.rb:980:in `getok'",
                  "/usr/local/bundle/gems/mail-2.8.1/lib/mail/network/delivery_methods/smtp_connection.rb:53:in `deliver!'",
                  "/usr/local/bundle/gems/actionmailer-7.1.3/lib/action_mailer/delivery_methods.rb:65:in `wrap_delivery_behavior'",
                  "/app/app/mailers/donation_receipt_mailer.rb:22:in `receipt'",
                  "/app/app/jobs/donation_receipt_mailer_job.rb:14:in `perform'",
                  "/usr/local/bundle/gems/sidekiq-7.2.2/lib/sidekiq/processor.rb:202:in `execute_job'"]
        for f in frames[:rnd.randint(3, 5)]:
            out.append(L("ruby_trace").t(f))
    return out


def g_stripe():
    t = tick()
    kind = rnd.random()
    l = L("stripe")
    if kind < 0.4:
        l.t("%s stripe-ruby " % iso_ms(t))
        lf(l, [("message", "Request to Stripe API"), ("method", rnd.choice(["post", "get"])),
               ("path", rnd.choice(["/v1/payment_intents", "/v1/payouts", "/v1/balance", "/v1/refunds", "/v1/transfers"])),
               ("status", rnd.choice([200, 200, 200, 402])), ("elapsed", "%.3f" % rnd.uniform(0.1, 1.2)),
               ("request_id", "req_" + b62(14)), ("idempotency_key", uuid4()), ("api_version", "2023-10-16")])
        return [l]
    if kind < 0.55:
        d = {"id": "evt_" + b62(24), "object": "event", "api_version": "2023-10-16", "created": int(t.timestamp()),
             "type": "payout.paid", "livemode": True,
             "data": {"object": {"id": "po_" + b62(24), "amount": rnd.randint(100000, 9000000), "currency": "usd",
                                 "arrival_date": int(t.timestamp()) + 86400, "destination": "ba_" + b62(24),
                                 "statement_descriptor": "MENDTOGETHER PAYOUT", "status": "paid"}}}
        l.t("stripe.webhook ")
        js(l, d, sep=(",", ":"))
        return [l]
    p = pick_patient()
    don = rnd.choice(DONORS)
    anon = rnd.random() < 0.15
    amount = rnd.choice([1000, 2000, 2500, 5000, 10000, 25000, 50000])
    bd = {"name": "Anonymous" if anon else P(don.name, "name"), "email": P(don.email, "email"),
          "address": {"postal_code": P(don.zip, "zip"), "country": "US"}, "phone": None}
    comment = rnd.choice([S("Praying for you ", P(p.first, "name"), "!"), S("Fuerza ", P(p.first, "name"), " 💪"),
                          S(""), S("From the Tuesday bowling league"), S("In memory of my dad")])
    d = {"id": "evt_" + b62(24), "object": "event", "api_version": "2023-10-16", "created": int(t.timestamp()),
         "type": "charge.succeeded", "livemode": True,
         "data": {"object": {"id": "ch_" + b62(24), "object": "charge", "amount": amount, "currency": "usd",
                             "customer": P(don.cus, "account"), "billing_details": bd,
                             "payment_intent": "pi_" + b62(24),
                             "payment_method_details": {"type": "card", "card": {"brand": rnd.choice(["visa", "mastercard", "amex"]),
                                                                                 "last4": "%04d" % rnd.randint(0, 9999),
                                                                                 "exp_month": rnd.randint(1, 12), "exp_year": rnd.randint(2024, 2030),
                                                                                 "fingerprint": P(b62(16), "account"), "funding": "credit"}},
                             "metadata": {"campaign_id": P(str(p.campaign), "other_id"), "donor_comment": comment,
                                          "tip_cents": str(rnd.choice([0, 0, 150, 300]))},
                             "receipt_email": P(don.email, "email"), "status": "succeeded"}}}
    l.t("stripe.webhook ")
    js(l, d, ea=rnd.random() < 0.5, sep=(",", ":"))
    return [l]


def g_paypal():
    t = tick()
    l = L("paypal")
    if rnd.random() < 0.35:
        l.t("%s INFO  [paypal-rest] POST /v2/checkout/orders/%s/capture -> 201 PayPal-Debug-Id=%s elapsed_ms=%d"
            % (iso_ms(t), an(17), hx(13), rnd.randint(200, 1400)))
        return [l]
    p = pick_patient()
    d = rnd.choice(DONORS)
    pay_date = (t - timedelta(hours=7)).strftime("%H:%M:%S %b %d, %Y PDT")
    l.t("%s INFO  [paypal-ipn] verified=VERIFIED body=" % iso_ms(t))
    urlenc(l, [("mc_gross", "%.2f" % rnd.choice([10, 20, 25, 50, 100, 250])), ("protection_eligibility", "Eligible"),
               ("payer_id", P(an(13, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "account")), ("payment_date", pay_date),
               ("payment_status", "Completed"), ("charset", "UTF-8"),
               ("first_name", P(d.first, "name")), ("last_name", P(d.last, "name")),
               ("payer_email", P(d.email, "email")), ("address_zip", P(d.zip, "zip")),
               ("custom", S("cmp_", P(str(p.campaign), "other_id"))), ("txn_id", an(17)),
               ("receiver_email", "donations@mendtogether.org"), ("mc_currency", "USD"),
               ("item_name", S("Donation to ", P(p.name, "name"))), ("ipn_track_id", hx(13))])
    return [l]


def ocr_rec(doc, p, page):
    return {"svc": "docintake-ocr", "doc_id": doc, "applicant_id": P(p.applicant, "other_id"), "page": page}


def g_ocr():
    t = tick()
    p = pick_patient()
    doc = "doc_" + hx(20)
    out = []
    kind = rnd.random()
    hdr = L("ocr").t("%s " % iso_ms(t))
    js(hdr, {"svc": "docintake-ocr", "level": "info", "msg": "job started", "doc_id": doc, "engine": "textract-2024.01",
             "mime": "application/pdf", "pages": rnd.randint(1, 6), "bytes": rnd.randint(80000, 4000000)}, sep=(",", ":"))
    out.append(hdr)
    if kind < 0.55:
        # hospital bill kv
        name_style = rnd.random()
        nm = (ascii_fold(p.last).upper() + ", " + ascii_fold(p.first).upper()) if name_style < 0.5 else p.name.upper()
        dob = dfmt(p.dob, "us")
        if rnd.random() < 0.15:
            dob = dob.replace("0", "O", 1).replace("1", "l", 1)
        kv = {"Patient Name": P(nm, "name"), "Guarantor": P(p.rel.name.upper(), "name"),
              "Account #": P(p.har, "account"), "MRN": P(p.mrn, "mrn"), "DOB": P(dob, "date"),
              "Statement Date": P(dfmt(TODAY - timedelta(days=rnd.randint(3, 30)), "us"), "date"),
              "Dates of Service": S(P(dfmt(p.dos, "us"), "date"), " - ", P(dfmt(p.dos + timedelta(days=rnd.randint(1, 6)), "us"), "date")),
              "Amount Due": "$%s" % format(rnd.randint(80000, 9000000) / 100, ",.2f"),
              "Provider": p.hosp, "Remit To": "PO Box %d, Dallas TX 7526%d" % (rnd.randint(1000, 99999), rnd.randint(0, 9))}
        rec = ocr_rec(doc, p, 1)
        rec.update({"type": "KEY_VALUE_SET", "confidence": round(rnd.uniform(0.81, 0.99), 3), "kv": kv})
        l = L("ocr").t("%s " % iso_ms(t + timedelta(seconds=2)))
        js(l, rec, ea=True, sep=(",", ":"))
        out.append(l)
        lines = [S("STATEMENT OF ACCOUNT  ", p.hosp.upper()),
                 S("CPT 99285  EMERGENCY DEPT VISIT HIGH SEVERITY     1   $%s" % format(rnd.randint(200000, 600000) / 100, ",.2f")),
                 S("Financial assistance may be available. Call %s Mon-Fri 8a-5p" % rnd.choice(["1-800-555-0172", "(559) 555-0110"])),
                 S(P(nm, "name"), "   ", P(p.street.upper(), "address"), "  ", P(p.city.upper(), "address"), " ", p.state, " ", P(p.zip, "zip")),
                 S("REV 0450 EMERG ROOM  ", P(dfmt(p.dos, "short"), "date"), "  $%s" % format(rnd.randint(100000, 400000) / 100, ",.2f")),
                 S("PLEASE REFERENCE ACCT ", P(p.har, "account"), " ON ALL CORRESPONDENCE")]
        for i, txt in enumerate(rnd.sample(lines, rnd.randint(2, 4))):
            rec = {"svc": "docintake-ocr", "doc_id": doc, "page": 1}
            rec.update({"type": "LINE", "line_no": rnd.randint(1, 60), "text": txt})
            l = L("ocr").t("%s " % iso_ms(t + timedelta(seconds=2, milliseconds=i * 3)))
            js(l, rec, sep=(",", ":"))
            out.append(l)
    else:
        claim = "%s%d" % (TODAY.strftime("%Y%m%d"), rnd.randint(10000, 99999))
        lines = [S("EXPLANATION OF BENEFITS - THIS IS NOT A BILL  ", p.payer.upper()),
                 S("Member: ", P(p.name.upper(), "name"), "   Member ID: ", P(p.member, "health_plan"), "   Group: %07d" % rnd.randint(0, 999999)),
                 S("Claim #: ", P(claim, "other_id"), "  Provider: ", CLINICIANS[rnd.randrange(len(CLINICIANS))].upper()),
                 S("Service Date ", P(dfmt(p.dos, "us"), "date"), "  Billed $%s  Allowed $%s  You Owe $%s" % (
                     format(rnd.randint(50000, 900000) / 100, ",.2f"), format(rnd.randint(20000, 300000) / 100, ",.2f"),
                     format(rnd.randint(5000, 90000) / 100, ",.2f"))),
                 S("Remark N130: Consult plan benefit documents/guidelines for information about restrictions for this service."),
                 S("Questions? Call Member Services 1-866-555-0123 (TTY 711)")]
        for i, txt in enumerate(rnd.sample(lines, rnd.randint(2, 4))):
            rec = {"svc": "docintake-ocr", "doc_id": doc, "page": rnd.randint(1, 2)}
            rec.update({"type": "LINE", "text": txt, "conf": round(rnd.uniform(0.7, 0.99), 2)})
            l = L("ocr").t("%s " % iso_ms(t + timedelta(seconds=1, milliseconds=i * 4)))
            js(l, rec, sep=(",", ":"))
            out.append(l)
    done = L("ocr").t("%s " % iso_ms(t + timedelta(seconds=3)))
    js(done, {"svc": "docintake-ocr", "level": "info", "msg": "job completed", "doc_id": doc, "ms": rnd.randint(800, 9000),
              "blocks": rnd.randint(40, 400), "low_conf_blocks": rnd.randint(0, 12)}, sep=(",", ":"))
    out.append(done)
    return out


def g_plaid():
    t = tick()
    l = L("plaid")
    kind = rnd.random()
    if kind < 0.35:
        l.t("%s plaid-client " % iso_ms(t))
        js(l, {"level": "info", "endpoint": "/link/token/create", "status": 200, "request_id": b62(15),
               "link_token": "link-production-" + uuid4(), "expiration": (t + timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M:%SZ"),
               "products": ["income_verification"], "latency_ms": rnd.randint(120, 700)}, sep=(",", ":"))
        return [l]
    p = pick_patient()
    if kind < 0.55:
        l.t("%s plaid-webhook " % iso_ms(t))
        js(l, {"webhook_type": "INCOME", "webhook_code": "INCOME_VERIFICATION", "item_id": P(b62(37), "account"),
               "verification_status": "VERIFICATION_STATUS_PROCESSING_COMPLETE", "environment": "production",
               "lpaf_applicant": P(p.applicant, "other_id")}, sep=(",", ":"))
        return [l]
    if kind < 0.8:
        l.t("%s plaid-client " % iso_ms(t))
        js(l, {"endpoint": "/credit/bank_income/get", "request_id": b62(15), "item_id": P(b62(37), "account"),
               "bank_income": [{"bank_income_summary": {"total_amount": round(rnd.uniform(900, 5200), 2), "iso_currency_code": "USD",
                                                        "income_sources_count": 1},
                                "income_sources": [dict(zip(("income_description", "income_category"), rnd.choice([
                                    ("PAYROLL ACME LOGISTICS DIR DEP", "SALARY"), ("SSA TREAS 310 XXSOC SEC", "BENEFIT_OTHER"),
                                    ("GUSTO PAY 123456", "SALARY"), ("DoorDash Inc PAYMENT", "GIG_ECONOMY")])),
                                   **{"account_id": P(b62(37), "account"), "pay_frequency": "BIWEEKLY"})]}]},
           sep=(",", ":"))
        return [l]
    addr = {"data": {"street": P(p.street, "address"), "city": P(p.city, "address"), "region": p.state,
                     "postal_code": P(p.zip, "zip"), "country": "US"}, "primary": True}
    l.t("%s plaid-client " % iso_ms(t))
    js(l, {"endpoint": "/identity/get", "request_id": b62(15),
           "accounts": [{"account_id": P(b62(37), "account"), "mask": "%04d" % rnd.randint(0, 9999), "name": "Plaid Checking",
                         "subtype": "checking",
                         "owners": [{"names": [P(p.name.upper(), "name")],
                                     "emails": [{"data": P(p.email, "email"), "primary": True, "type": "primary"}],
                                     "phone_numbers": [{"data": P(p.e164[2:], "phone"), "primary": True, "type": "mobile"}],
                                     "addresses": [addr]}]}],
           "numbers": {"ach": [{"account": P("%d" % rnd.randint(10 ** 9, 10 ** 12), "account"), "routing": rnd.choice(["011401533", "122000247", "111000025"]),
                                "wire_routing": None}]}}, sep=(",", ":"))
    return [l]


def g_grant():
    t = tick()
    out = []
    p = pick_patient()
    if rnd.random() < 0.35:
        l = L("grant_app").t("%s grant-intake v3.8.1 INFO schema=2024-02 validated application fields=%d warnings=%d ms=%d"
                             % (iso_ms(t), rnd.randint(70, 92), rnd.randint(0, 3), rnd.randint(3, 40)))
        return [l]
    r = p.rel
    inc = rnd.randint(9000, 68000)
    if p.es:
        d = {"app_id": P(p.app, "other_id"), "programa": p.dx[3] + "-COPAY-2024", "idioma": "es",
             "solicitante": {"nombre": P(p.first, "name"), "apellidos": P(p.last, "name"),
                             "fecha_nac": P(dfmt(p.dob, rnd.choice(["iso", "es"])), "date"),
                             "tel": P(p.phone, "phone"), "correo": P(p.email, "email"),
                             "domicilio": {"calle": P(p.street, "address"), "ciudad": P(p.city, "address"), "estado": p.state,
                                           "cp": P(p.zip, "zip")}},
             "edad": P(str(p.age), "age") if p.age > 89 else p.age,
             "hogar": {"personas": rnd.randint(1, 7), "ingreso_anual": inc,
                       "miembros": [{"nombre": P(r.name, "name"), "parentesco": RELS_ES.get(r.rel, r.rel)}]},
             "seguro": {"aseguradora": p.payer, "num_miembro": P(p.member, "health_plan")},
             "dx": [p.dx[0]], "ssn_ult4": p.ssn[-4:], "consentimiento": True, "canal": rnd.choice(["web", "telefono", "promotora"])}
        if p.medicaid:
            d["seguro"]["medicaid_id"] = P(p.medicaid, "health_plan")
    else:
        d = {"app_id": P(p.app, "other_id"), "program": p.dx[3] + "-COPAY-2024", "lang": "en",
             "applicant": {"first_name": P(p.first, "name"), "last_name": P(p.last, "name"),
                           "dob": P(dfmt(p.dob, "iso"), "date"), "ssn": P(p.ssn, "ssn"),
                           "phone": P(p.phone, "phone"), "email": P(p.email, "email"),
                           "address": {"line1": P(p.street, "address"), "city": P(p.city, "address"), "state": p.state, "zip": P(p.zip, "zip")},
                           "drivers_license": {"number": P(p.dl, "license"), "state": p.state}},
             "age": P(p.age, "age") if p.age > 89 else p.age,
             "household": {"size": rnd.randint(1, 6), "annual_income": inc,
                           "emergency_contact": {"name": P(r.name, "name"), "relationship": r.rel, "phone": P(r.phone, "phone")}},
             "insurance": {"payer": p.payer, "member_id": P(p.member, "health_plan")},
             "diagnosis_codes": [p.dx[0]], "treating_physician": rnd.choice(CLINICIANS),
             "hospital_account": P(p.har, "account")}
        if p.mbi:
            d["insurance"]["mbi"] = P(p.mbi, "health_plan")
        if rnd.random() < 0.3:
            d["assets"] = {"vehicle": {"year": rnd.randint(2004, 2019), "vin": P(vin(), "vehicle"), "est_value": rnd.randint(1500, 9000)}}
        if rnd.random() < 0.2:
            d["applicant"]["fax"] = P(phone_fmt(p.area, str(rnd.randint(201, 989)), "%04d" % rnd.randint(0, 9999), 0), "fax")
    l = L("grant_app").t("%s grant-intake v3.8.1 INFO application.received " % iso_ms(t))
    js(l, d, ea=rnd.random() < 0.4, sep=(",", ":"))
    out.append(l)
    return out


def g_rules():
    t = tick()
    l = L("rules")
    kind = rnd.random()
    base = [("ts", iso_ms(t)), ("svc", "elig-engine")]
    if kind < 0.45:
        lf(l, base + [("level", "info"), ("msg", rnd.choice(["ruleset loaded", "rule compiled", "batch complete", "cache warm"])),
                      ("ruleset", "copay-2024.3.1"), ("rules", rnd.randint(40, 80)), ("dur_ms", rnd.randint(2, 900)),
                      ("trace_id", hx(32)), ("span_id", hx(16))])
        return [l]
    p = pick_patient()
    rule = rnd.choice(["FPL_LT_500", "DX_IN_FUND", "INS_NOT_MEDICAID_ONLY", "RESIDENCY_US", "AGE_ELIGIBLE", "DUP_APPLICANT"])
    pairs = base + [("level", "info"), ("rule", rule), ("app", P(p.app, "other_id")),
                    ("result", rnd.choice(["PASS", "PASS", "PASS", "FAIL", "REVIEW"]))]
    if rule == "FPL_LT_500":
        pairs.append(("fpl_pct", rnd.randint(80, 620)))
        pairs.append(("threshold", 500))
    elif rule == "AGE_ELIGIBLE":
        pairs.append(("age", P(str(p.age), "age") if p.age > 89 else p.age))
    elif rule == "DUP_APPLICANT":
        pairs.append(("match_on", "dob+last_name"))
        pairs.append(("candidate", S(P(p.last, "name"), "|", P(dfmt(p.dob, "iso"), "date"))))
    elif rule == "DX_IN_FUND":
        pairs.append(("dx", p.dx[0]))
        pairs.append(("fund", p.dx[3] + "-COPAY-2024"))
    pairs.append(("trace_id", hx(32)))
    lf(l, pairs)
    return [l]


def g_ncpdp():
    t = tick()
    kind = rnd.random()
    l = L("ncpdp")
    head = "%s ncpdp-gw[%d]: " % (t.strftime("%b %d %H:%M:%S"), rnd.randint(1000, 4000))
    if kind < 0.3:
        l.t(head + "heartbeat switch=relay-east sessions=%d q=%d p99_ms=%d" % (rnd.randint(2, 20), rnd.randint(0, 6), rnd.randint(80, 600)))
        return [l]
    if kind < 0.55:
        l.t(head + "B1 RESP txn=%s AN|F3%s|FB%s|F5%.2f|F9%.2f|FQ%s" % (
            hx(12).upper(), "%011d" % rnd.randint(0, 10 ** 11), rnd.choice(["", "", "70", "75"]),
            rnd.uniform(0, 40), rnd.uniform(100, 9000), rnd.choice(["COPAY CARD APPLIED", "MAX BENEFIT REACHED", "PA REQUIRED"])))
        return [l]
    p = pick_patient()
    drug, ndc = rnd.choice(DRUGS)
    l.t(head + "B1 REQ txn=%s 610020|D0|B1|LPAFCOPAY|1|01|%s|" % (hx(12).upper(), npi()))
    l.p(dfmt(TODAY - timedelta(days=rnd.choice([0, 0, 0, 1, 2])), "ncpdp"), "date").t("|SWVND01~AM04|C2").p(p.copay, "health_plan").t("|CC").p(
        ascii_fold(p.first).upper(), "name").t("|CD").p(ascii_fold(p.last).upper(), "name").t("|C1LPAF%02d|C301~AM01|C4" % rnd.randint(1, 20))
    l.p(dfmt(p.dob, "ncpdp"), "date").t("|C5%d" % rnd.randint(1, 2))
    if rnd.random() < 0.5:
        l.t("|CP").p(p.zip, "zip")
    l.t("~AM07|EM1|D2").p(p.rx, "other_id").t("|E103|D7%s|E7%d000|D530|D3%02d|DT1 ; %s~AM03|EZ01|DB%s" % (
        ndc, rnd.choice([1, 2, 30, 28]), rnd.randint(0, 5), drug, npi()))
    return [l]


def g_moderation():
    t = tick()
    l = L("moderation")
    mod = rnd.choice(STAFF)[1]
    ts = t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if rnd.random() < 0.3:
        l.t('%s,trust_safety,,system,sla_check,"queue depth %d; oldest item %dm; %d escalated to L2"' % (
            ts, rnd.randint(5, 80), rnd.randint(3, 240), rnd.randint(0, 6)))
        return [l]
    p = pick_patient()
    r = p.rel
    note = rnd.choice([
        S("Cover photo shows hospital wristband w/ MRN ", P(p.mrn, "mrn"), " and DOB ", P(dfmt(p.dob, "us"), "date"),
          "; asked organizer (", r.rel, " ", P(r.name, "name"), ") to crop. Story ok."),
        S("Organizer ", P(r.name, "name"), " is not beneficiary; relationship doc (", r.rel, ") verified via call to ", P(r.phone, "phone"), "."),
        S("Donor comment contained full card number ", P(card(), "account"), " - comment hidden, donor emailed."),
        S("Beneficiary ", P(p.name, "name"), " deceased per obituary dated ", P(dfmt(TODAY - timedelta(days=rnd.randint(2, 40)), "us"), "date"),
          "; converting to memorial per policy TS-14."),
        S("Story mentions insulin pump serial ", P("SN" + an(9, "0123456789ABCDEF"), "device"), " - removed; otherwise fine."),
        S("Duplicate of existing campaign, merged. No further action."),
        S("Medical docs uploaded as proof; redacted SSN ", P(p.ssn, "ssn"), " from image before publishing."),
    ])
    l.t("%s,trust_safety,cmp_" % ts).p(str(p.campaign), "other_id").t(",%s,%s,\"" % (mod, rnd.choice(["approve", "request_changes", "hide_content", "escalate"])))
    l.x(note, esc=lambda z: z.replace('"', '""'))
    l.t('"')
    return [l]


def g_sendgrid():
    t = tick()
    l = L("sendgrid")
    kind = rnd.random()
    if kind < 0.3:
        l.t('%s sendgrid-client INFO POST https://api.sendgrid.com/v3/mail/send status=202 x-message-id=%s template_id=d-%s ms=%d'
            % (iso_ms(t), b62(22), hx(32), rnd.randint(60, 400)))
        return [l]
    if kind < 0.42:
        ev = [{"email": rnd.choice(["caseworkers@lumenaid.org", "ops-alerts@mendtogether.org", "finance@lumenaid.org"]),
               "timestamp": int(t.timestamp()), "event": "delivered", "sg_event_id": b62(22),
               "sg_message_id": b62(22) + ".filterdrecv-" + hx(10) + "-1-" + hx(8).upper() + "-1.0",
               "category": ["internal_digest"], "response": "250 2.0.0 OK"}]
        l.t("sendgrid.events ")
        js(l, ev, sep=(",", ":"))
        return [l]
    who = rnd.choice(DONORS + PATIENTS)
    evt = rnd.choice(["delivered", "open", "click", "bounce", "processed", "dropped"])
    e = {"email": P(who.email, "email"), "timestamp": int(t.timestamp()), "event": evt,
         "sg_event_id": b62(22), "sg_message_id": b62(22) + ".filterdrecv-" + hx(10) + "-1-" + hx(8).upper() + "-1.0",
         "category": [rnd.choice(["donation_receipt", "grant_status", "campaign_update", "document_request"])]}
    if evt == "click":
        p = pick_patient()
        e["url"] = P("https://www.mendtogether.org/c/" + p.slug, "url")
    if evt == "bounce":
        e["reason"] = "550 5.1.1 The email account that you tried to reach does not exist."
        e["status"] = "5.1.1"
    if evt in ("open", "click"):
        e["ip"] = P(who.ip, "ip")
        e["useragent"] = rnd.choice(UAS)
    l.t("sendgrid.events ")
    js(l, [e], sep=(",", ":"))
    return [l]


def g_twilio():
    t = tick()
    l = L("twilio")
    kind = rnd.random()
    ts = iso_ms(t)
    if kind < 0.3:
        l.t("%s twilio-ruby INFO POST /2010-04-01/Accounts/AC%s/Messages.json status=201 ms=%d" % (ts, hx(32), rnd.randint(90, 500)))
        return [l]
    p = pick_patient()
    if kind < 0.6:
        l.t("%s twilio.status " % ts)
        lf(l, [("MessageSid", "SM" + hx(32)), ("MessageStatus", rnd.choice(["sent", "delivered", "undelivered", "failed"])),
               ("To", P(p.e164, "phone")), ("From", rnd.choice(["+18885550140", "+13035550199", "70427"])),
               ("ErrorCode", rnd.choice(["", "30007", "30003"])), ("AccountSid", "AC" + hx(32)), ("ApiVersion", "2010-04-01")])
        return [l]
    if kind < 0.8:
        body = rnd.choice([
            S("Hola, soy ", P(p.name, "name"), ". Ya mandé la carta de la clínica. Mi número de caso es ", P(p.case, "other_id")),
            S("Buenas tardes, mi mamá ", P(p.rel.first, "name"), " no puede subir el EOB, se lo mando por aquí?"),
            S("This is ", P(p.first, "name"), ", my new address is ", P(p.street, "address"), " ", P(p.city, "address"), " ", P(p.zip, "zip")),
            S("STOP"),
            S("Cuándo llega el pago de la farmacia? Fecha de nacimiento ", P(dfmt(p.dob, "es"), "date")),
        ])
        l.t("%s twilio.inbound " % ts)
        lf(l, [("MessageSid", "SM" + hx(32)), ("From", P(p.e164, "phone")), ("To", "+18885550140"), ("NumMedia", "0"),
               ("Body", body)])
        return [l]
    body = rnd.choice([
        S("Lumen Patient Aid: Su solicitud ", P(p.app, "other_id"), " fue aprobada. Responda AYUDA para asistencia o STOP para cancelar."),
        S("Lumen Patient Aid: We still need your most recent EOB for application ", P(p.app, "other_id"), ". Upload at apply.lumenaid.org"),
        S("MendTogether: your campaign just received a $%d donation! View: mndtg.org/%s" % (rnd.choice([20, 25, 50, 100]), b62(6))),
    ])
    l.t("%s twilio.outbound " % ts)
    lf(l, [("To", P(p.e164, "phone")), ("From", "+18885550140"), ("Body", body), ("StatusCallback", "https://api.lumenaid.org/hooks/twilio/status")])
    return [l]


def g_zendesk():
    t = tick()
    l = L("zendesk")
    tid = rnd.randint(40000, 59999)
    agent = rnd.choice(STAFF)[0]
    if rnd.random() < 0.45:
        l.t("%s zendesk-sync INFO " % iso_ms(t))
        lf(l, [("event", "trigger_fired"), ("trigger", rnd.choice(["Auto-assign Spanish queue", "SLA breach warning", "Grant status macro", "Close solved after 4d"])),
               ("ticket", tid), ("group", rnd.choice(["Patient Services ES", "Donor Support", "Bill Negotiation"])), ("assignee", agent)], first=True)
        return [l]
    p = pick_patient()
    who = rnd.choice([p, p.rel]) if rnd.random() < 0.8 else rnd.choice(DONORS)
    if p.es and rnd.random() < 0.7:
        subj = "Pregunta sobre mi subvención de copago"
        comment = rnd.choice([
            S("Buenos días, mi nombre es ", P(who.name, "name"), ". El hospital me mandó otra factura de cuenta ", P(p.har, "account"),
              " y pensé que ustedes estaban negociando. ¿Me pueden ayudar?"),
            S("Necesito cambiar mi dirección a ", P(p.street, "address"), ", ", P(p.city, "address"), " ", P(p.zip, "zip"), ". Gracias."),
        ])
    else:
        subj = rnd.choice(["Donation receipt not received", "Bill negotiation status", "Question about my grant"])
        comment = rnd.choice([
            S("Hi, I donated to ", P(p.first, "name"), "'s campaign but never got a receipt. My email is ", P(who.email, "email"))
            if who not in (p, p.rel) else
            S("Got a letter from ", p.hosp, " saying the balance went to collections. Is Lumen still negotiating? - ", P(who.first, "name")),
            S("Hospital says balance on acct ", P(p.har, "account"), " is still $%s, I thought Lumen negotiated it down? DOB " % format(rnd.randint(100000, 2000000) / 100, ",.2f"),
              P(dfmt(p.dob, "us"), "date"), " if you need it."),
            S("Please call me at ", P(who.phone, "phone"), " about case ", P(p.case, "other_id"), ", thanks, ", P(who.first, "name")),
        ])
    d = {"ticket_id": tid, "via": rnd.choice(["email", "web_form", "whatsapp"]),
         "requester": {"name": P(who.name, "name"), "email": P(who.email, "email")},
         "subject": subj, "assignee": agent, "group": "Patient Services ES" if p.es else "Patient Services",
         "tags": (["es"] if p.es else []) + ["copay", "bill_negotiation"], "status": "new", "comment": {"public": True, "body": comment}}
    l.t("%s zendesk-sync INFO ticket.created " % iso_ms(t))
    js(l, d, ea=rnd.random() < 0.5, sep=(",", ":"))
    return [l]


FRAUD_HDR = [False]


def g_fraud():
    t = tick()
    out = []
    if not FRAUD_HDR[0]:
        FRAUD_HDR[0] = True
        out.append(L("fraud").t("created_at\tcase_id\tsubject_type\tsignal\tscore\temail\tclient_ip\tdevice_id\tdecision\treviewer\tnote"))
    p = pick_patient()
    typ = rnd.choice(["organizer", "donor", "applicant"])
    who = p.rel if typ == "organizer" else (rnd.choice(DONORS) if typ == "donor" else p)
    l = L("fraud").t(t.strftime("%Y-%m-%d %H:%M:%S") + "\t").p("FR-2024-%05d" % rnd.randint(1000, 9999), "other_id").t("\t%s\t%s\t%d\t" % (
        typ, rnd.choice(["card_testing", "velocity_donations", "stolen_identity", "doc_tamper", "payout_mismatch"]), rnd.randint(20, 99)))
    l.p(who.email, "email").t("\t").p(who.ip, "ip").t("\t")
    if rnd.random() < 0.3:
        l.t("imei:").p(imei(), "device")
    else:
        l.p("dfp_" + hx(24), "device")
    l.t("\t%s\t%s\t" % (rnd.choice(["clear", "hold_payout", "refund_all", "request_id"]), rnd.choice(STAFF)[1]))
    note = rnd.choice([
        S("selfie liveness ok face_tmpl=", P(hashlib.sha256(p.name.encode()).hexdigest()[:40], "biometric")),
        S("DL ", P(p.dl, "license"), " matches name on bill"),
        S("12 donations in 4 min from same BIN 4147 09, all $1"),
        S("payout bank name mismatch: ", P(p.rel.name.upper(), "name")),
        S("plate ", P(an(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + an(4, "0123456789"), "vehicle"), " in story photo, asked to blur"),
    ])
    l.x(note)
    out.append(l)
    return out


def g_es():
    t = tick()
    l = L("elasticsearch")
    ts = t.strftime("[%Y-%m-%dT%H:%M:%S,") + "%03d]" % (t.microsecond // 1000)
    node = rnd.choice(["es-data-0", "es-data-1", "es-data-2"])
    kind = rnd.random()
    if kind < 0.55:
        l.t(rnd.choice([
            "%s[INFO ][o.e.m.j.JvmGcMonitorService] [%s] [gc][%d] overhead, spent [%dms] collecting in the last [1s]" % (ts, node, rnd.randint(10000, 99999), rnd.randint(200, 900)),
            "%s[INFO ][o.e.c.r.a.AllocationService] [es-master-0] current.health=\"GREEN\" message=\"Cluster health status changed from [YELLOW] to [GREEN]\"" % ts,
            "%s[WARN ][o.e.c.r.a.DiskThresholdMonitor] [es-master-0] high disk watermark [90%%] exceeded on [%s][%s][/usr/share/elasticsearch/data] free: %.1fgb[%.1f%%]" % (ts, hx(22), node, rnd.uniform(10, 40), rnd.uniform(8, 10)),
            "%s[INFO ][o.e.i.s.IndexShard      ] [%s] [donations_v3][%d] primary-replica resync completed with %d operations" % (ts, node, rnd.randint(0, 5), rnd.randint(0, 400)),
        ]))
        return [l]
    p = pick_patient()
    field, val = rnd.choice([("beneficiary_name", P(ascii_fold(p.name).lower(), "name")),
                             ("organizer_email", P(p.rel.email, "email")),
                             ("title", P(p.first.lower(), "name"))])
    l.t("%s[WARN ][i.s.s.query              ] [%s] [campaigns_v7][%d] took[%.1fs], took_millis[%d], total_hits[%d hits], stats[], search_type[QUERY_THEN_FETCH], total_shards[6], source[" % (
        ts, node, rnd.randint(0, 5), rnd.uniform(1, 5), rnd.randint(1000, 5000), rnd.randint(0, 40)))
    l.t('{"size":25,"query":{"bool":{"must":[{"match":{"%s":{"query":"' % field)
    emit(l, val, jesc_f(False), "json")
    l.t('","operator":"and"}}}],"filter":[{"term":{"status":"active"}}]}}}], id[admin-%s],' % rnd.choice(STAFF)[1])
    return [l]


def g_redis():
    t = tick()
    l = L("redis")
    ts = t.strftime("%d %b %Y %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    if rnd.random() < 0.75:
        l.t(rnd.choice([
            "1:M %s * 100 changes in 300 seconds. Saving..." % ts,
            "1:M %s * Background saving started by pid %d" % (ts, rnd.randint(1000, 9000)),
            "%d:C %s * DB saved on disk" % (rnd.randint(1000, 9000), ts),
            "%d:C %s * Fork CoW for RDB: current %d MB, peak %d MB, average %d MB" % (rnd.randint(1000, 9000), ts, rnd.randint(1, 9), rnd.randint(2, 12), rnd.randint(1, 6)),
            "1:M %s * Background saving terminated with success" % ts,
            "1:S %s * MASTER <-> REPLICA sync: Finished with success" % ts,
        ]))
        return [l]
    p = pick_patient()
    l.t('%.6f [0 10.20.%d.%d:%d] "SETEX" "lpaf:otp:' % (t.timestamp(), rnd.randint(0, 3), rnd.randint(2, 250), rnd.randint(30000, 65000)))
    l.p(p.applicant, "other_id").t('" "600" "{\\"code\\":\\"%06d\\",\\"to\\":\\"' % rnd.randint(0, 999999)).p(p.e164, "phone").t('\\"}"')
    return [l]


def g_pg():
    t = tick()
    l = L("postgres")
    head = "%s.%03d UTC [%d] " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, rnd.randint(20000, 60000))
    kind = rnd.random()
    if kind < 0.55:
        l.t(head + rnd.choice([
            "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (
                rnd.randint(100, 9000), rnd.uniform(0.1, 5), rnd.randint(0, 9), rnd.uniform(1, 200), rnd.uniform(0, 1), rnd.uniform(1, 200)),
            "app=sidekiq user=mend db=mend_prod LOG:  automatic vacuum of table \"mend_prod.public.donations\": index scans: 1",
            "user=mend db=mend_prod host=10.20.%d.%d LOG:  connection authorized: user=mend database=mend_prod SSL enabled (protocol=TLSv1.3)" % (rnd.randint(0, 3), rnd.randint(2, 250)),
            "app=rails user=mend db=mend_prod LOG:  duration: %.3f ms  statement: SELECT COUNT(*) FROM \"donations\" WHERE \"donations\".\"created_at\" >= '2024-03-14 00:00:00'" % rnd.uniform(500, 4000),
        ]))
        return [l]
    p = pick_patient()
    if kind < 0.8:
        l.t(head + "app=rails user=mend db=mend_prod LOG:  duration: %.3f ms  statement: SELECT \"campaigns\".* FROM \"campaigns\" WHERE (beneficiary_name ILIKE '%%" % rnd.uniform(500, 3000))
        l.p(p.name.replace("'", "''"), "name", raw=p.name.replace("'", "''")).t("%') ORDER BY created_at DESC LIMIT 25")
    else:
        l.t(head + "app=lpaf-intake user=lpaf db=lpaf_prod ERROR:  duplicate key value violates unique constraint \"index_applicants_on_email_and_dob\"")
        out = [l]
        l2 = L("postgres").t(head + "app=lpaf-intake user=lpaf db=lpaf_prod DETAIL:  Key (email, dob)=(").p(p.email, "email").t(", ").p(dfmt(p.dob, "iso"), "date").t(") already exists.")
        out.append(l2)
        return out
    return [l]


GENS = [(g_nginx, 15), (g_cloudflare, 8), (g_rails, 4), (g_sidekiq, 9), (g_stripe, 7), (g_paypal, 3), (g_ocr, 3),
        (g_plaid, 5), (g_grant, 6), (g_rules, 8), (g_ncpdp, 5), (g_moderation, 6), (g_sendgrid, 6), (g_twilio, 6),
        (g_zendesk, 5), (g_fraud, 3), (g_es, 6), (g_redis, 8), (g_pg, 6)]


def main():
    lines = []
    fns = [g for g, w in GENS]
    ws = [w for g, w in GENS]
    infra = {g_redis, g_es, g_nginx, g_cloudflare, g_sidekiq, g_pg, g_stripe}
    while len(lines) < 500:
        nophi = sum(1 for l in lines if not l.spans)
        boost = 2.0 if lines and nophi / len(lines) < 0.55 else 1.0
        g = rnd.choices(fns, [w * (boost if f in infra else 1.0) for f, w in zip(fns, ws)])[0]
        for l in g():
            if len(lines) < 500:
                lines.append(l)
    # verify and write
    with open("on.log", "wb") as fl, open("on.labels.jsonl", "w", encoding="utf-8") as fj:
        for n, l in enumerate(lines, 1):
            txt = l.text()
            assert "\n" not in txt and "\r" not in txt and txt.strip(), (n, txt)
            bts = txt.encode("utf-8")
            prev = 0
            spans = []
            for sp in sorted(l.spans, key=lambda z: z["s"]):
                s, e = sp["s"], sp["e"]
                if not (0 <= s < e <= len(bts)):
                    raise SystemExit("bad span bounds line %d %r" % (n, sp))
                if s < prev:
                    raise SystemExit("overlap line %d %r" % (n, sp))
                prev = e
                got = bts[s:e].decode("utf-8")
                if got != sp["text"]:
                    raise SystemExit("span text mismatch line %d: %r != %r" % (n, got, sp["text"]))
                enc = sp["enc"]
                if enc == "json":
                    dec = json.loads('"' + got + '"')
                elif enc == "url":
                    dec = unquote_plus(got)
                elif enc in ("lf", "rb"):
                    dec = got.replace('\\"', '"').replace("\\\\", "\\")
                else:
                    dec = got
                raw = sp["raw"]
                if dec != raw:
                    raise SystemExit("decoded mismatch line %d: %r != %r" % (n, dec, raw))
                spans.append({"s": s, "e": e, "cat": sp["cat"]})
            fl.write(bts + b"\n")
            fj.write(json.dumps({"line": n, "family": l.family, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
