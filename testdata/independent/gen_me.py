#!/usr/bin/env python3
"""Synthetic labeled log corpus "me": a chain of cash-pay LASIK and cosmetic
surgery clinics ("Lumina Vision + Aesthetics", six locations).

Systems covered: HubSpot-like forms/webhooks/CRM notes, Facebook lead ads
(webhook + Graph retrieval, EN/ES forms), CallRail-like call tracking (JSON
webhook, CSV export), CareCredit-like financing (XML apply/response, JSON
prequal), Stripe (webhooks, form-encoded API bodies), Authorize.Net (XML
requests, JSON responses, batch reports), consult scheduling (Node/Express
pino + morgan, Laravel + artisan queue), topographer exports (INI key=value
blocks, one-line key=value, Pentacam-like CSV), excimer laser XML reports,
before/after photo service (S3 server access logs, JSON with base64
thumbnails), DocuSign-like consent audit trails (Connect JSON, audit CSV,
certificate text), Twilio SMS (callbacks, outbound JSON), review reply
drafts, PHP-FPM (error + slow log), Apache (access + error), Zendesk tickets,
systemd/k8s/config noise.

All people, numbers and addresses are synthetic. Standard library only,
deterministic (fixed seed). Writes me.log and me.labels.jsonl next to itself.

Labeling decisions:
- Prospective patients (lead-form submitters, callers asking about a
  procedure, financing applicants), patients, co-applicants/guarantors,
  relatives, drivers/escorts and emergency contacts are "persons whose health
  information the line is about": their identifiers are labeled.
- Not labeled: surgeons, coordinators, agents and other staff acting in
  their role (names, work emails, pagers, cells), clinic/business addresses,
  phones, fax numbers, Twilio sender numbers, tracking numbers, merchant IDs,
  vendor and bot/scanner/AWS/Stripe IPs, private IPs, device serials of
  clinic equipment (laser, topographer), public test values (Stripe 4242...
  card, Authorize.Net 4007000000027, Twilio +15005550006 magic number).
- name: full names, first-name-only greetings, a separately written middle
  initial, initials+surname, CNAM-style (15-char truncated)
  upper case, HL7/DICOM "LAST^FIRST"; a URL-/JSON-encoded form is labeled as
  written ("Maria+Garc%C3%ADa", "Mu\\u00f1oz").
- address: street lines, cities (incl. Twilio FromCity, CallRail
  customer_city), lat/long geocodes; states and countries are not labeled.
  Street and city are separate spans when written in separate fields, one
  span when written as one string (zip always its own span).
- date: birth dates (any format, incl. HubSpot epoch-ms date_of_birth),
  consult/appointment/surgery/exam/treatment dates and date-times (span covers
  the whole date-time expression as written, weekday included), photo-session
  dates in S3 keys, travel/arrival dates for an international patient's surgery. Not labeled: log/event/system timestamps (created_time,
  signedDateTime, occurredAt, X-Amz-Date), card expiry dates, years alone.
- age: only ages over 89; younger ages are left unlabeled.
- mrn: clinic chart IDs (LV-######), numeric patient_id DB keys, PatientID in
  device exports, patient IDs inside URLs and S3 keys.
- account: full card numbers (PAN, even if logged by mistake), CareCredit
  account numbers, bank account numbers, Stripe customer IDs (cus_...),
  Authorize.Net customer profile IDs, patient billing accounts. Masked PANs
  (XXXX1111, 411111******1111), last4, masked SSNs (***-**-1234) and ABA
  routing numbers are not labeled.
- other_id: CRM contact IDs (HubSpot vid/objectId of a contact), Facebook
  leadgen IDs, financing application numbers, Zendesk requester user IDs,
  portal usernames, CallRail caller/person IDs, complaint case numbers.
  Not labeled: transaction/event/request IDs (pi_, ch_, evt_, req_, transId,
  refId, MessageSid, envelopeId, ticket id, appointment id), analytics cookies
  (hutk, fbclid), trace/span IDs, UUIDs of jobs.
- health_plan: vision/medical plan member and subscriber IDs, Medicare MBIs.
- license: driver's licence numbers, passport numbers, FAA pilot certificate
  numbers of patients.
- vehicle: licence plates of a patient's/driver's car (post-op pickup).
- device: serials/UDIs of implants in a patient (ICL, IOL, breast implants)
  and identifiers of a patient's own phone (identifierForVendor).
- ip: public IP of a patient's browser/phone (forms, portal, presigned S3
  uploads, e-signature, gateway customerIP).
- url: personal URLs (social-media profile, reviewer profile page).
- photo: base64 face/body images (before/after thumbnails); the clinic
  logo/watermark base64 is not labeled.
- biometric: iris-registration templates and face-embedding vectors.
- fax: a patient's own fax number only.
"""
import base64
import datetime as dt
import json
import os
import re
import unicodedata
from urllib.parse import quote, quote_plus
import random

ID = "me"
N_LINES = 500
rng = random.Random(2104_0321)
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# line builder with byte-offset spans


class P:
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class M:
    """A JSON string value made of plain and labeled parts."""
    __slots__ = ("parts",)

    def __init__(self, *parts):
        self.parts = parts


class L:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += str(s).encode("utf-8")
        return self

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        s = str(s)
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, s))
        return self

    def a(self, x):
        if isinstance(x, P):
            return self.p(x.v, x.cat)
        return self.t(x)

    _F = re.compile(r"\{\{|\}\}|\{(\w+)\}")

    def f(self, tmpl, **kw):
        pos = 0
        for m in self._F.finditer(tmpl):
            self.t(tmpl[pos:m.start()])
            tok = m.group(0)
            if tok == "{{":
                self.t("{")
            elif tok == "}}":
                self.t("}")
            else:
                self.a(kw[m.group(1)])
            pos = m.end()
        self.t(tmpl[pos:])
        return self

    def js(self, obj, sep=(",", ":"), ascii_=False, php=False):
        def esc(s):
            r = json.dumps(s, ensure_ascii=ascii_)[1:-1]
            if php:
                r = r.replace("/", "\\/")
            return r

        def w(o):
            if isinstance(o, M):
                self.t('"')
                for part in o.parts:
                    if isinstance(part, P):
                        self.p(esc(part.v), part.cat)
                    else:
                        self.t(esc(part))
                self.t('"')
            elif isinstance(o, P):
                if isinstance(o.v, str):
                    self.t('"')
                    self.p(esc(o.v), o.cat)
                    self.t('"')
                else:
                    self.p(json.dumps(o.v), o.cat)
            elif isinstance(o, dict):
                self.t("{")
                for i, (k, v) in enumerate(o.items()):
                    if i:
                        self.t(sep[0])
                    self.t('"' + esc(k) + '"' + sep[1])
                    w(v)
                self.t("}")
            elif isinstance(o, (list, tuple)):
                self.t("[")
                for i, v in enumerate(o):
                    if i:
                        self.t(sep[0])
                    w(v)
                self.t("]")
            elif isinstance(o, str):
                self.t('"' + esc(o) + '"')
            else:
                self.t(json.dumps(o))
        w(obj)
        return self

    def kv(self, pairs, sep=" ", eq="=", quote_ws=True):
        for i, (k, v) in enumerate(pairs):
            if i:
                self.t(sep)
            self.t(k + eq)
            raw = v.v if isinstance(v, P) else str(v)
            q = quote_ws and (" " in str(raw) or raw == "")
            if q:
                self.t('"')
            self.a(v if isinstance(v, P) else str(v))
            if q:
                self.t('"')
        return self

    def done(self):
        line = self.buf.decode("utf-8")
        assert "\n" not in line and "\r" not in line, line
        assert line.strip() != "", self.family
        for st, e, cat, v in self.spans:
            assert self.buf[st:e].decode("utf-8") == v, (v, self.buf[st:e])
            assert cat in CATS, cat
        return line


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}

# --------------------------------------------------------------------------
# random helpers


def hexid(n, chars="0123456789abcdef"):
    return "".join(rng.choice(chars) for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(chars) for _ in range(n))


def b62(n):
    return alnum(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def uuid4():
    h = hexid(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


def luhn(prefix, length):
    ds = [int(c) for c in prefix] + [rng.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return "".join(map(str, ds)) + str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def card():
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        return kind, luhn("4" + rng.choice(["147", "266", "532", "815", "024"]), 16)
    if kind == "mc":
        return kind, luhn(rng.choice(["51", "53", "55", "2221"]), 16)
    if kind == "amex":
        return kind, luhn(rng.choice(["34", "37"]), 15)
    return kind, luhn("6011", 16)


def fmt_card(num, style):
    if style == "plain":
        return num
    if len(num) == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    sep = " " if style == "space" else "-"
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = A + N
    s = (rng.choice("123456789") + rng.choice(A) + rng.choice(AN) + rng.choice(N) + "-" +
         rng.choice(A) + rng.choice(AN) + rng.choice(N) + "-" +
         rng.choice(A) + rng.choice(A) + rng.choice(N) + rng.choice(N))
    return s


def public_ip():
    first = rng.choice([24, 47, 68, 70, 71, 73, 75, 76, 97, 98, 99, 104, 107, 108, 136, 162, 166, 172, 174, 184])
    if first == 172:
        return f"172.{rng.choice([56, 58, 59])}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def priv_ip():
    return f"10.20.{rng.randint(0, 15)}.{rng.randint(2, 250)}"


def asciify(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def b64_jpeg(nbytes):
    hdr = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    body = bytes(rng.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(hdr + body).decode()


def b64_png(nbytes):
    hdr = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x40\x00\x00\x00\x10\x08\x06\x00\x00\x00"
    body = bytes(rng.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(hdr + body).decode()


# --------------------------------------------------------------------------
# clock

class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 18, 13, 2, 11, 418000)

    def tick(self):
        self.t += dt.timedelta(seconds=rng.randint(0, 80), microseconds=rng.randint(0, 999999))


clock = Clock()
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
       "septiembre", "octubre", "noviembre", "diciembre"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DIA = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def utc():
    return clock.t


def ts_iso():
    t = utc()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def ts_clf():
    return utc().strftime("%d/") + MON[utc().month - 1] + utc().strftime("/%Y:%H:%M:%S +0000")


def ts_local():
    return (utc() - dt.timedelta(hours=7)).strftime("%Y-%m-%d %H:%M:%S")


def ts_ms():
    return int((utc() - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def ts_apache_err():
    t = utc()
    return f"{DOW[t.weekday()]} {MON[t.month - 1]} {t.day:02d} {t:%H:%M:%S}.{t.microsecond:06d} {t.year}"


def ts_fpm():
    t = utc()
    return f"{t.day:02d}-{MON[t.month - 1]}-{t.year} {t:%H:%M:%S}"


def ts_syslog():
    t = utc()
    return f"{MON[t.month - 1]} {t.day:2d} {t:%H:%M:%S}"


def fdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_nz":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "eu_dot":
        return d.strftime("%d.%m.%Y")
    if style == "eu_slash":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        return f"{MON[d.month - 1]} {d.day}, {d.year}"
    if style == "full":
        return f"{MONTH[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"
    if style == "DMY":
        return f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}"
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if style == "dsp":
        return f"{d.day} {MONTH[d.month - 1]} {d.year}"
    raise ValueError(style)


def h12(a):
    h = a.hour % 12 or 12
    return h, ("AM" if a.hour < 12 else "PM")


def fappt(a, style):
    h, ap = h12(a)
    if style == "iso_off":
        return a.strftime("%Y-%m-%dT%H:%M:00") + "-07:00"
    if style == "iso_z":
        return (a + dt.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:00.000Z")
    if style == "sql":
        return a.strftime("%Y-%m-%d %H:%M:%S")
    if style == "sql_short":
        return a.strftime("%Y-%m-%d %H:%M")
    if style == "us12":
        return f"{a:%m/%d/%Y} {h}:{a:%M} {ap}"
    if style == "sms":
        return f"{DOW[a.weekday()]} {a.month}/{a.day} at {h}:{a:%M} {ap}"
    if style == "long":
        return f"{DAY[a.weekday()]}, {MONTH[a.month - 1]} {a.day} at {h}:{a:%M}{ap.lower()}"
    if style == "es":
        return f"{DIA[a.weekday()]} {a.day} de {MES[a.month - 1]} a las {h}:{a:%M} {ap}"
    if style == "date_only":
        return a.strftime("%Y-%m-%d")
    if style == "us_date":
        return f"{a.month}/{a.day}"
    raise ValueError(style)


def fphone(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return {
        "e164": f"+1{d}",
        "paren": f"({a}) {b}-{c}",
        "dash": f"{a}-{b}-{c}",
        "dot": f"{a}.{b}.{c}",
        "plain": d,
        "sp": f"+1 {a} {b} {c}",
        "one": f"1-{a}-{b}-{c}",
        "paren_ns": f"({a}){b}-{c}",
    }[style]


PH_STYLES = ["e164", "paren", "dash", "dot", "plain", "sp", "one", "paren_ns"]
DATE_STYLES = ["iso", "us", "us_nz", "us_short", "eu_dot", "long", "full", "dmy", "compact"]

# --------------------------------------------------------------------------
# world

LOCS = [
    dict(code="SCT", city="Scottsdale", st="AZ", phone="4809912040", addr="8765 E Via de Ventura Ste 120, Scottsdale, AZ 85258",
         surgeon="Dr. Adaeze Okafor", host="sct"),
    dict(code="PLN", city="Plano", st="TX", phone="4697305511", addr="5900 Tennyson Pkwy Ste 210, Plano, TX 75024",
         surgeon="Dr. Raymond Cho", host="pln"),
    dict(code="IRV", city="Irvine", st="CA", phone="9497240088", addr="16 Technology Dr Ste 140, Irvine, CA 92618",
         surgeon="Dr. Marcus Feld", host="irv"),
    dict(code="CGB", city="Coral Gables", st="FL", phone="3054471290", addr="2020 Ponce de Leon Blvd Ste 900, Coral Gables, FL 33134",
         surgeon="Dr. Lucía Betancourt", host="cgb"),
    dict(code="BEL", city="Bellevue", st="WA", phone="4254540917", addr="1100 112th Ave NE Ste 300, Bellevue, WA 98004",
         surgeon="Dr. Ingrid Solberg", host="bel"),
    dict(code="HND", city="Henderson", st="NV", phone="7028980431", addr="2865 Siena Heights Dr Ste 331, Henderson, NV 89052",
         surgeon="Dr. Tariq Haddad", host="hnd"),
]
STAFF = [("Brianna Tull", "b.tull"), ("Kofi Mensah", "k.mensah"), ("Jolene Park", "j.park"),
         ("Tasha Reyes", "t.reyes"), ("Mateo Ibarra", "m.ibarra"), ("Hannah Whitcombe", "h.whitcombe"),
         ("Dev Raghunathan", "d.raghunathan"), ("Colleen O'Hara", "c.ohara")]
SURGEONS = [l["surgeon"] for l in LOCS]

HOME = {
    "AZ": [("Scottsdale", "85251"), ("Scottsdale", "85254"), ("Phoenix", "85016"), ("Tempe", "85281"),
           ("Mesa", "85206"), ("Chandler", "85226"), ("Gilbert", "85234"), ("Fountain Hills", "85268")],
    "TX": [("Plano", "75024"), ("Frisco", "75034"), ("Dallas", "75205"), ("McKinney", "75070"),
           ("Allen", "75013"), ("Richardson", "75080")],
    "CA": [("Irvine", "92618"), ("Irvine", "92620"), ("Newport Beach", "92660"), ("Tustin", "92780"),
           ("Costa Mesa", "92626"), ("Laguna Niguel", "92677")],
    "FL": [("Coral Gables", "33134"), ("Miami", "33131"), ("Hialeah", "33012"), ("Doral", "33178"),
           ("Key Biscayne", "33149"), ("Pinecrest", "33156")],
    "WA": [("Bellevue", "98004"), ("Redmond", "98052"), ("Kirkland", "98033"), ("Issaquah", "98027"),
           ("Seattle", "98115")],
    "NV": [("Henderson", "89052"), ("Las Vegas", "89117"), ("Henderson", "89014"), ("Boulder City", "89005")],
}
STREETS = {
    "AZ": ["E Camelback Rd", "N 68th St", "E Shea Blvd", "N Hayden Rd", "W Baseline Rd", "E Desert Cove Ave", "S Mill Ave"],
    "TX": ["Preston Rd", "Legacy Dr", "W Parker Rd", "Coit Rd", "Mockingbird Ln", "Independence Pkwy"],
    "CA": ["Alton Pkwy", "Culver Dr", "Jamboree Rd", "Irvine Center Dr", "Newport Blvd", "Via Lido"],
    "FL": ["Ponce de Leon Blvd", "SW 8th St", "Calle Ocho", "Alhambra Cir", "NW 107th Ave", "Crandon Blvd"],
    "WA": ["Bellevue Way NE", "NE 8th St", "148th Ave NE", "Lake Washington Blvd NE", "NE 85th St"],
    "NV": ["W Sahara Ave", "Eastern Ave", "Green Valley Pkwy", "S Rainbow Blvd", "Horizon Ridge Pkwy"],
}
AREA = {"AZ": ["480", "602", "623", "520"], "TX": ["214", "469", "972"], "CA": ["949", "714", "657"],
        "FL": ["305", "786"], "WA": ["425", "206"], "NV": ["702", "725"]}

FIRST = ["Maria", "José", "Aiyana", "Oluwaseun", "Siobhan", "Priya", "Wei", "Kenji", "Fatima", "Dmitri",
         "Ngozi", "Giulia", "Sören", "Zoë", "Renée", "Chloé", "Björn", "Anh", "Thanh", "Mohammed",
         "Aaliyah", "DeShawn", "Lakshmi", "Hyun-woo", "Seo-yeon", "Mateus", "Inés", "Bartholomew", "Keanu",
         "Malia", "Tomás", "Yusuf", "Emre", "Elif", "Olga", "Camille", "Jean-Luc", "Mary-Kate", "Kwame",
         "Ama", "Rahul", "Ananya", "Xiomara", "Guadalupe", "Dolores", "Bao", "Hoa", "Jessica", "Tyler",
         "Brittany", "Kevin", "Ashley", "Marcus", "Lauren", "Cody", "Stephanie", "Trent", "Niamh", "Saoirse",
         "Ravi", "Jun", "Mei-Ling", "Aleksandra", "Pita", "Leilani", "Dashiell", "Imani", "Yolanda", "Hamid"]
LAST = ["García", "Nguyen", "O'Brien", "van der Berg", "de la Cruz", "Okonkwo", "Smith-Jones", "Kowalczyk",
        "Al-Farsi", "Yamamoto", "Müller", "Papadopoulos", "Ramírez-Ortiz", "MacDonald", "Le", "Chen", "Patel",
        "Iyer", "Abernathy", "St. John", "Dubois", "Rossi", "Haddad", "Kaur", "Fitzgerald", "Mbeki", "Novak",
        "Lindqvist", "Ó Súilleabháin", "D'Angelo", "von Trapp", "Begay", "Tsosie", "Kealoha", "Petrov",
        "Ivanova", "Goldberg", "Washington", "Jefferson-Clark", "Park", "Kim", "Choi", "Santos", "Oliveira",
        "Delgado", "Muñoz", "Thompson", "Reyes", "Bianchi", "Nakamura", "Adeyemi", "Çelik", "Hernández",
        "Tran", "Walsh", "Whitfield", "Fonoti", "Zhang", "Brennan", "Achterberg", "Dos Santos", "Ng"]
MIDDLE = ["A", "B", "C", "D", "E", "J", "K", "L", "M", "R", "S", "T", "", "", "", "", ""]
MAILDOM = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com",
           "aol.com", "cox.net", "comcast.net", "att.net", "protonmail.com", "me.com", "live.com"]


class Person:
    def __init__(self, elder=False):
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.mi = rng.choice(MIDDLE)
        self.loc = rng.choice(LOCS)
        st = self.loc["st"] if rng.random() < 0.85 else rng.choice(list(HOME))
        self.st = st
        self.city, self.zip = rng.choice(HOME[st])
        if rng.random() < 0.2:
            self.zip += "-" + digits(4)
        self.street = f"{rng.randint(100, 19999)} {rng.choice(STREETS[st])}"
        self.unit = rng.choice(["", "", "", f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f"Unit {rng.randint(100, 480)}", f"#{rng.randint(100, 2400)}"])
        if elder:
            self.dob = dt.date(rng.randint(1929, 1933), rng.randint(1, 12), rng.randint(1, 28))
        else:
            self.dob = dt.date(rng.randint(1952, 2003), rng.randint(1, 12), rng.randint(1, 28))
        self.age = 2024 - self.dob.year - (1 if (self.dob.month, self.dob.day) > (3, 18) else 0)
        self.phone = rng.choice(AREA[st]) + str(rng.randint(201, 989)) + digits(4)
        self.phone2 = rng.choice(AREA[st]) + str(rng.randint(201, 989)) + digits(4)
        f, l = asciify(self.first).lower().replace("-", ""), re.sub(r"[^a-z]", "", asciify(self.last).lower())
        yy = f"{self.dob.year % 100:02d}"
        local = rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{l}{f[0]}{yy}", f"{f}{rng.randint(1, 99)}",
                            f"{f}_{l}{yy}", f"{f}{l[:3]}", f"{l}.{f}", f"{f}.{l}{self.dob.year}"])
        self.email = local + "@" + rng.choice(MAILDOM)
        self.username = rng.choice([f"{f[0]}{l}{yy}", f"{f}_{l[:4]}", f"{f}{l}", f"{l}{f[:2]}{rng.randint(1, 9)}"])
        self.ip = public_ip()
        self.mrn = f"LV-{rng.randint(100000, 299999)}"
        self.pid = rng.randint(10000, 99999)
        self.vid = rng.randint(1000000, 99999999)
        self.cus = "cus_" + b62(14)
        self.sex = rng.choice("FM")
        self.appt = dt.datetime(2024, rng.choice([3, 4, 4, 5]), rng.randint(1, 28), rng.randint(8, 16), rng.choice([0, 15, 30, 45]))
        if self.appt < dt.datetime(2024, 3, 19):
            self.appt = self.appt.replace(month=4)
        if self.appt.weekday() == 6:
            self.appt += dt.timedelta(days=1)
        self.surg = self.appt + dt.timedelta(days=rng.randint(7, 30), hours=rng.randint(-2, 1))
        if self.surg.weekday() == 6:
            self.surg -= dt.timedelta(days=2)
        # a procedure already done (reviews, complaints, aftercare)
        self.past = dt.date(2023, 4, 1) + dt.timedelta(days=rng.randint(0, 340))
        # an exam/treatment/photo session in the weeks before the log day
        self.recent = dt.date(2024, 2, 1) + dt.timedelta(days=rng.randint(0, 46))
        if self.recent.weekday() == 6:
            self.recent -= dt.timedelta(days=1)

    def name(self, style=None):
        style = style or rng.choice(["fl", "fl", "fl", "fml", "lf", "LFU", "lower", "init", "upper"])
        f, l = self.first, self.last
        if style == "fl":
            return f"{f} {l}"
        if style == "fml":
            return f"{f} {self.mi + '. ' if self.mi else ''}{l}"
        if style == "lf":
            return f"{l}, {f}"
        if style == "LFU":
            return f"{l.upper()}, {f.upper()}"
        if style == "upper":
            return f"{f.upper()} {l.upper()}"
        if style == "lower":
            return f"{f.lower()} {l.lower()}"
        if style == "init":
            return f"{f[0]}. {l}"
        if style == "hl7":
            return f"{asciify(l).upper()}^{asciify(f).upper()}"
        if style == "hl7m":
            return f"{asciify(l).upper()}^{asciify(f).upper()}^{self.mi}"
        if style == "cnam":
            return f"{asciify(l).upper()} {asciify(f).upper()}"[:15].rstrip()
        if style == "first":
            return f
        if style == "short":
            return f"{f} {l[0]}."
        raise ValueError(style)

    def addr1(self):
        return self.street + (" " + self.unit if self.unit else "")


PEOPLE = [Person() for _ in range(150)]
ELDERS = [Person(elder=True) for _ in range(5)]


def person():
    return rng.choice(PEOPLE)


def anyone():
    # patient pool where some are over 89 (RLE / records requests by relatives)
    return rng.choice(ELDERS) if rng.random() < 0.2 else rng.choice(PEOPLE)


def loc():
    return rng.choice(LOCS)


def staff():
    return rng.choice(STAFF)


PROCS = ["LASIK", "PRK", "SMILE", "ICL", "RLE", "blepharoplasty", "rhinoplasty", "breast augmentation",
         "abdominoplasty", "liposuction", "facelift", "BBL", "Botox", "CoolSculpting"]
EYE_PROCS = ["LASIK", "PRK", "SMILE", "ICL", "RLE"]
HOSTS = ["sched-api-6f7b9c4d8-x2lkp", "sched-api-6f7b9c4d8-q9wzt", "sched-worker-7c5d9f7b6-mm4rc",
         "leads-gw-5d8c7b9f5-2pbl7", "ba-photo-84fdd6c9b-kt2zr", "pay-svc-7b49d5f8cd-h7v6n"]
UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.90 Mobile Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15",
      "Mozilla/5.0 (iPad; CPU OS 16_7_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1"]
HS_PORTAL = 4417322


def host_name(h):
    return {"sched-worker": "reminder-worker", "ba-photo": "ba-photo"}.get("-".join(h.split("-")[:2]), h.split("-")[0] + "-" + h.split("-")[1])


FB_PAGE = "104477210093311"
TW_ACCOUNT = "AC" + hexid(32)
TW_MSVC = "MG" + hexid(32)
TW_NUMS = {l["code"]: "+1" + l["phone"][:3] + str(rng.randint(201, 989)) + digits(4) for l in LOCS}
MERCHANT_CC = "5348120077" + digits(6)
S3_OWNER = hexid(64)
DS_ACCOUNT = uuid4()
ZD_FIELD_MRN = 360041122334
ANET_LOGIN = "5KP3u95bQpv"

# --------------------------------------------------------------------------
# PHI templates (every one yields at least one span)


def hs_form_submit():
    p = person()
    l = L("hubspot_forms")
    proc = rng.choice(PROCS)
    fields = [{"objectTypeId": "0-1", "name": "firstname", "value": P(p.first, "name")},
              {"objectTypeId": "0-1", "name": "lastname", "value": P(p.last, "name")},
              {"objectTypeId": "0-1", "name": "email", "value": P(p.email, "email")}]
    if rng.random() < 0.8:
        fields.append({"objectTypeId": "0-1", "name": "mobilephone", "value": P(fphone(p.phone, rng.choice(PH_STYLES)), "phone")})
    if rng.random() < 0.6:
        fields.append({"objectTypeId": "0-1", "name": "zip", "value": P(p.zip, "zip")})
    fields.append({"objectTypeId": "0-1", "name": "procedure_interest", "value": proc})
    if rng.random() < 0.4:
        fields.append({"objectTypeId": "0-1", "name": "wears_contacts", "value": rng.choice(["yes", "no"])})
    ctx = {"hutk": hexid(32), "pageUri": f"https://www.luminavision.com/{proc.lower().replace(' ', '-')}/free-consult/",
           "pageName": f"Free {proc} Consultation | Lumina"}
    if rng.random() < 0.7:
        ctx["ipAddress"] = P(p.ip, "ip")
    l.t(f"{ts_iso()} INFO  [hubspot-forms] POST /submissions/v3/integration/submit/{HS_PORTAL}/{uuid4()} body=")
    l.js({"submittedAt": str(ts_ms()), "fields": fields, "context": ctx})
    return [l]


def hs_webhook():
    p = anyone()
    l = L("hubspot_webhook")
    prop = rng.choice(["mobilephone", "email", "date_of_birth", "address", "city", "zip", "lastname",
                       "consult_date", "lifecyclestage", "hs_lead_status", "age"])
    val = {
        "mobilephone": P(fphone(p.phone, rng.choice(["e164", "paren", "dash"])), "phone"),
        "email": P(p.email, "email"),
        "date_of_birth": P(str(int((dt.datetime.combine(p.dob, dt.time()) - dt.datetime(1970, 1, 1)).total_seconds() * 1000)), "date"),
        "address": P(p.addr1(), "address"),
        "city": P(p.city, "address"),
        "zip": P(p.zip, "zip"),
        "lastname": P(p.last, "name"),
        "consult_date": P(fappt(p.appt, "date_only"), "date"),
        "lifecyclestage": rng.choice(["lead", "marketingqualifiedlead", "opportunity"]),
        "hs_lead_status": rng.choice(["NEW", "OPEN", "IN_PROGRESS", "ATTEMPTED_TO_CONTACT"]),
        "age": P(str(p.age), "age") if p.age > 89 else str(p.age),
    }[prop]
    ev = {"eventId": rng.randint(100000000, 999999999), "subscriptionId": rng.choice([559120, 559121, 559124]),
          "portalId": HS_PORTAL, "appId": 1203344, "occurredAt": ts_ms(),
          "subscriptionType": "contact.propertyChange", "attemptNumber": rng.choice([0, 0, 0, 1]),
          "objectId": P(p.vid, "other_id"), "propertyName": prop, "propertyValue": val,
          "changeSource": rng.choice(["FORM", "CRM_UI", "INTEGRATION", "IMPORT"]), "sourceId": rng.choice(["userId:51022", "4417322:8871", "sync-bot"])}
    l.t(f"{ts_syslog()} leads-gw-5d8c7b9f5-2pbl7 hubspot-webhooks[1]: received batch size=1 sigv=v3 payload=")
    l.js([ev])
    return [l]


def hs_note():
    p = person()
    l = L("hubspot_engagement")
    s = staff()
    drv = person()
    body_variants = [
        lambda: l.f("Spoke w/ pt, wants {proc} not LASIK (plays rugby). DOB {dob}. {drv} (sister) will drive home post-op, ph {ph}. Financing via CareCredit pending.",
                    proc=rng.choice(["PRK", "SMILE"]), dob=P(fdate(p.dob, rng.choice(DATE_STYLES)), "date"),
                    drv=P(drv.name("fl"), "name"), ph=P(fphone(drv.phone, rng.choice(PH_STYLES)), "phone")),
        lambda: l.f("LVM x2. Pt prefers texts after 5pm at {ph}. Consult moved to {appt}. Asked about ICL pricing.",
                    ph=P(fphone(p.phone, rng.choice(PH_STYLES)), "phone"), appt=P(fappt(p.appt, rng.choice(["sms", "us12", "long"])), "date")),
        lambda: l.f("Pt {nm} is a commercial pilot (FAA cert {cert}) - needs PRK letter for AME. Emailed pre-op packet to {em}.",
                    nm=P(p.name("fl"), "name"), cert=P(digits(7), "license"), em=P(p.email, "email")),
        lambda: l.f("Hablé con la paciente, prefiere español. Cita de valoración el {appt}. Su esposo {sp} la acompaña, cel {ph}.",
                    appt=P(fappt(p.appt, "es"), "date"), sp=P(drv.name("fl"), "name"), ph=P(fphone(drv.phone, "dash"), "phone")),
        lambda: l.f("Ride home: {drv}, grey {car} plate {pl} ({st}). Post-op day 1 on {d}.",
                    drv=P(drv.name(rng.choice(["fl", "short"])), "name"), car=rng.choice(["RAV4", "Camry", "Model Y", "Civic", "Tahoe", "CX-5"]),
                    pl=P(rng.choice([alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(4), digits(1) + alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(3),
                                     alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + "-" + digits(4)]), "vehicle"),
                    st=p.st, d=P(fdate((p.surg + dt.timedelta(days=1)).date(), rng.choice(["us_nz", "iso", "long"])), "date")),
    ]
    l.t(f"{ts_iso()} DEBUG [crm-sync] POST /engagements/v1/engagements ")
    l.t('{"engagement":{"active":true,"ownerId":' + str(rng.randint(51000, 51099)) + ',"type":"NOTE","timestamp":' + str(ts_ms()) + '},')
    l.t('"associations":{"contactIds":[').p(str(p.vid), "other_id").t('],"companyIds":[],"dealIds":[' + str(rng.randint(9000000000, 9999999999)) + ']},')
    l.t('"metadata":{"body":"')
    rng.choice(body_variants)()
    l.t(f'"}}}} by={s[1]}@luminavision.com')
    return [l]


def fb_webhook():
    p = person()
    l = L("fb_leadads")
    p.fbl = getattr(p, "fbl", digits(16))
    l.t(f"{ts_iso()} [leads-gw] POST /webhooks/facebook 200 x-hub-signature-256=sha256={hexid(64)[:16]}... ")
    l.js({"object": "page", "entry": [{"id": FB_PAGE, "time": ts_ms() // 1000, "changes": [{"field": "leadgen", "value": {
        "ad_id": "2385" + digits(13), "form_id": "8812" + digits(11), "leadgen_id": P(p.fbl, "other_id"),
        "created_time": ts_ms() // 1000 - rng.randint(1, 20), "page_id": FB_PAGE, "adgroup_id": "2385" + digits(13)}}]}]})
    return [l]


def fb_retrieve(p=None):
    p = p or anyone()
    l = L("fb_leadads")
    fbl = getattr(p, "fbl", digits(16))
    spanish = p.loc["code"] == "CGB" and rng.random() < 0.6
    if spanish:
        fd = [{"name": "nombre_completo", "values": [P(p.name(rng.choice(["fl", "lower", "upper"])), "name")]},
              {"name": "correo_electrónico", "values": [P(p.email, "email")]},
              {"name": "número_de_teléfono", "values": [P(fphone(p.phone, rng.choice(PH_STYLES)), "phone")]},
              {"name": "código_postal", "values": [P(p.zip[:5], "zip")]},
              {"name": "¿qué_procedimiento_le_interesa?", "values": [rng.choice(["lasik", "lipo_360", "rinoplastia", "aumento_de_senos"])]}]
    else:
        fd = [{"name": "full_name", "values": [P(p.name(rng.choice(["fl", "lower", "upper", "fml"])), "name")]},
              {"name": "email", "values": [P(p.email, "email")]},
              {"name": "phone_number", "values": [P(fphone(p.phone, rng.choice(PH_STYLES)), "phone")]}]
        if rng.random() < 0.5:
            fd.append({"name": "zip_code", "values": [P(p.zip[:5], "zip")]})
        if rng.random() < 0.4:
            fd.append({"name": "date_of_birth", "values": [P(fdate(p.dob, rng.choice(["us", "iso", "us_nz"])), "date")]})
        if p.age > 89:
            fd.append({"name": "how_old_are_you?", "values": [P(str(p.age), "age")]})
        elif rng.random() < 0.3:
            fd.append({"name": "how_old_are_you?", "values": [str(p.age)]})
        fd.append({"name": "which_procedure_are_you_interested_in?", "values": [rng.choice(["lasik", "tummy_tuck", "rle_lens_replacement", "breast_aug", "smile"])]})
    l.t(f"{ts_iso()} [leads-gw] GET https://graph.facebook.com/v19.0/{fbl} -> 200 ")
    l.js({"created_time": utc().strftime("%Y-%m-%dT%H:%M:%S+0000"), "id": P(fbl, "other_id"), "ad_id": "2385" + digits(13),
          "form_id": "8812" + digits(11), "field_data": fd, "is_organic": False, "platform": rng.choice(["fb", "ig"])})
    return [l]


def callrail_webhook():
    p = person()
    l = L("calltracking")
    lc = p.loc
    tr = "+1" + lc["phone"][:3] + str(rng.randint(201, 989)) + digits(4)
    tx_variants = [
        lambda: l.f("Hi this is {nm}, I'm calling about the LASIK special. My number is {ph}. I'm free {d}.",
                    nm=P(p.name("fl"), "name"), ph=P(fphone(p.phone, rng.choice(["dash", "plain", "dot"])), "phone"),
                    d=P(fappt(p.appt, "long"), "date")),
        lambda: l.f("hey it's {fn} um I had my consult with {dr} and I wanted to ask about the payment plan, call me back",
                    fn=P(p.first, "name"), dr=lc["surgeon"]),
        lambda: l.f("Yes hello, my name is {nm}, date of birth {dob}, I need to reschedule my {proc} follow up",
                    nm=P(p.name("fl"), "name"), dob=P(fdate(p.dob, rng.choice(["full", "dsp"])), "date"), proc=rng.choice(PROCS)),
    ]
    l.t(f"{ts_iso()} INFO callrail.post_call ")
    l.t('{"answered":' + rng.choice(["true", "false"]) + f',"business_phone_number":"+1{lc["phone"]}","call_type":"{rng.choice(["voicemail", "abandoned", "inbound"])}",')
    l.t('"customer_city":"').p(p.city, "address").t('","customer_country":"US","customer_name":"').p(p.name("cnam"), "name")
    l.t('","customer_phone_number":"').p("+1" + p.phone, "phone").t(f'","customer_state":"{p.st}","direction":"inbound","duration":"{rng.randint(8, 420)}",')
    l.t(f'"id":"CAL{hexid(32)}","person_id":"').p("PER" + hexid(32), "other_id")
    l.t(f'","recording":"https://app.callrail.com/calls/CAL{hexid(32)}/recording","source":"{rng.choice(["Google Ads", "Facebook Ads", "Organic", "Yelp"])}","tracking_phone_number":"{tr}","transcription":"')
    rng.choice(tx_variants)()
    l.t('"}')
    return [l]


CALLS_HDR = "Start Time,Source,Customer Name,Customer Phone Number,Customer City,Customer State,Tracking Number,Duration (seconds),First Call,Tags"


def calls_csv_block():
    lines = [L("calls_csv").t(CALLS_HDR)]
    offs = sorted((rng.randint(0, 900) for _ in range(rng.randint(2, 4))), reverse=True)
    for o in offs:
        lines += calls_csv_row(o)
    return lines


def penta_block():
    lines = [L("pentacam_csv").t(PENTA_HDR)]
    for _ in range(rng.randint(2, 3)):
        lines += penta_row()
    return lines


def calls_csv_row(off=None):
    p = person()
    l = L("calls_csv")
    st = (utc() - dt.timedelta(hours=7, minutes=rng.randint(0, 900) if off is None else off))
    l.t(st.strftime("%Y-%m-%d %I:%M %p") + "," + rng.choice(["Google Ads", "Google Organic", "Facebook Ads", "Direct", "Yelp"]) + ",")
    nm = p.name(rng.choice(["lf", "cnam", "fl"]))
    if "," in nm:
        l.t('"').p(nm, "name").t('"')
    else:
        l.p(nm, "name")
    l.t(",").p(fphone(p.phone, rng.choice(["paren", "dash", "plain"])), "phone").t(",").p(p.city, "address").t(f",{p.st},")
    l.t(fphone(p.loc["phone"][:3] + "55" + digits(5), "paren") + f",{rng.randint(5, 600)},{rng.choice(['Yes', 'No'])},")
    l.t(rng.choice(['"lasik,price"', "qualified", '"tummy tuck,financing"', "", "spam?"]))
    return [l]


def cc_apply():
    p = person()
    l = L("financing_xml")
    dl_st = p.st
    dl = {"AZ": "D" + digits(8), "TX": digits(8), "CA": alnum(1, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(7),
          "FL": alnum(1, "ABCDEFGHJKLMNPRSTW") + digits(12), "WA": "WDL" + alnum(9), "NV": digits(10)}[dl_st]
    l.t(f"{ts_local()} pay-svc[{rng.randint(100, 999)}] DEBUG CareCreditClient >> ")
    l.t(f'<ApplyRequest version="3.2"><MerchantNumber>{MERCHANT_CC}</MerchantNumber><LocationId>{p.loc["code"]}-01</LocationId><Applicant>')
    l.t("<FirstName>").p(p.first.upper() if rng.random() < 0.3 else p.first, "name").t("</FirstName>")
    if p.mi:
        l.t("<MiddleInitial>").p(p.mi, "name").t("</MiddleInitial>")
    l.t("<LastName>").p(p.last, "name").t("</LastName>")
    l.t("<SSN>").p(ssn().replace("-", "") if rng.random() < 0.5 else ssn(), "ssn").t("</SSN>")
    l.t("<DateOfBirth>").p(fdate(p.dob, rng.choice(["us", "iso", "compact"])), "date").t("</DateOfBirth>")
    l.t("<Address1>").p(p.addr1(), "address").t("</Address1><City>").p(p.city, "address").t(f"</City><State>{p.st}</State><Zip>").p(p.zip, "zip").t("</Zip>")
    l.t("<HomePhone>").p(fphone(p.phone, "plain"), "phone").t("</HomePhone>")
    if rng.random() < 0.25:
        l.t("<Fax>").p(fphone(p.phone2, "plain"), "fax").t("</Fax>")
    l.t("<Email>").p(p.email, "email").t(f"</Email><AnnualIncome>{rng.randint(28, 240) * 1000}</AnnualIncome><HousingStatus>{rng.choice(['RENT', 'OWN', 'OTHER'])}</HousingStatus>")
    l.t(f"<IdType>DL</IdType><IdNumber>").p(dl, "license").t(f"</IdNumber><IdState>{dl_st}</IdState></Applicant>")
    l.t(f"<RequestedAmount>{rng.randint(18, 140) * 100}.00</RequestedAmount><ProviderSpecialty>{rng.choice(['OPHTH', 'COSMETIC'])}</ProviderSpecialty></ApplyRequest>")
    return [l]


def cc_response():
    p = person()
    l = L("financing_xml")
    l.t(f"{ts_local()} pay-svc[{rng.randint(100, 999)}] DEBUG CareCreditClient << ")
    dec = rng.choice(["APPROVED", "APPROVED", "PENDING", "DECLINED"])
    l.t(f"<ApplyResponse><Status>0</Status><Decision>{dec}</Decision><ApplicationNumber>").p("A" + digits(11), "other_id").t("</ApplicationNumber>")
    if dec == "APPROVED":
        acct = luhn("6019", 16)
        l.t("<AccountNumber>").p(fmt_card(acct, rng.choice(["plain", "space"])), "account").t(f"</AccountNumber><CreditLine>{rng.randint(20, 150) * 100}</CreditLine><PromoCode>{rng.choice(['6MO', '12MO', '24MO', '60MO-RDA'])}</PromoCode>")
    l.t("<ApplicantName>").p(p.name("LFU"), "name").t("</ApplicantName>")
    l.t(f"<MerchantNumber>{MERCHANT_CC}</MerchantNumber></ApplyResponse>")
    return [l]


def prequal_json():
    p = person()
    co = person()
    l = L("financing_json")
    l.t(f'[{ts_local()}] production.INFO: financing.prequal.submitted ')
    app = {"lender": rng.choice(["alphaeon", "cherry", "proceed"]), "amount_requested": rng.randint(2000, 16000),
           "applicant": {"first_name": P(p.first, "name"), "last_name": P(p.last, "name"),
                         "dob": P(fdate(p.dob, "iso"), "date"), "ssn_last4": digits(4),
                         "mobile": P(fphone(p.phone, "e164"), "phone"), "email": P(p.email, "email"),
                         "address": {"street1": P(p.addr1(), "address"), "city": P(p.city, "address"), "state": p.st, "postal_code": P(p.zip[:5], "zip")},
                         "ip": P(p.ip, "ip")},
           "patient_id": P(p.pid, "mrn")}
    if rng.random() < 0.35:
        app["co_applicant"] = {"name": P(co.name("fl"), "name"), "relationship": rng.choice(["spouse", "parent", "partner"]),
                               "ssn": P(ssn(), "ssn"), "dob": P(fdate(co.dob, "iso"), "date")}
    l.js(app)
    l.t(" []")
    return [l]


def stripe_event():
    p = person()
    l = L("stripe_webhook")
    c = rng.choice(["visa", "mastercard", "amex", "discover"])
    obj = {"id": "ch_3" + b62(23), "object": "charge", "amount": rng.randint(250, 6000) * 100, "currency": "usd",
           "billing_details": {"address": {"city": P(p.city, "address"), "country": "US", "line1": P(p.addr1(), "address"),
                                           "line2": None, "postal_code": P(p.zip[:5], "zip"), "state": p.st},
                               "email": P(p.email, "email"), "name": P(p.name(rng.choice(["fl", "upper", "lower"])), "name"),
                               "phone": P(fphone(p.phone, "e164"), "phone") if rng.random() < 0.5 else None},
           "customer": P(p.cus, "account"), "description": f"{rng.choice(PROCS)} deposit - {p.loc['code']}",
           "metadata": {"location": p.loc["code"], "patient_mrn": P(p.mrn, "mrn"), "order": f"ORD-2024-{rng.randint(1000, 9999):06d}"},
           "payment_intent": "pi_3" + b62(23),
           "payment_method_details": {"card": {"brand": c, "exp_month": rng.randint(1, 12), "exp_year": rng.randint(2024, 2031),
                                               "last4": digits(4), "funding": rng.choice(["credit", "debit"])}, "type": "card"},
           "status": "succeeded"}
    l.t(f"{ts_iso()} pay-svc INFO stripe webhook verified ")
    l.js({"id": "evt_3" + b62(23), "object": "event", "api_version": "2023-10-16", "created": ts_ms() // 1000,
          "data": {"object": obj}, "livemode": True, "type": "charge.succeeded"})
    return [l]


def stripe_formbody():
    p = person()
    l = L("stripe_api")
    kind, num = card()
    nm = quote_plus(p.name("fl"))
    l.t(f"{ts_iso()} DEBUG stripe.http POST https://api.stripe.com/v1/payment_methods Idempotency-Key={uuid4()} body=")
    l.t("type=card&card%5Bnumber%5D=").p(num, "account").t(f"&card%5Bexp_month%5D={rng.randint(1, 12):02d}&card%5Bexp_year%5D={rng.randint(25, 31)}&card%5Bcvc%5D=***")
    l.t("&billing_details%5Bname%5D=").p(nm, "name")
    l.t("&billing_details%5Bemail%5D=").p(quote(p.email, safe=""), "email")
    l.t("&billing_details%5Baddress%5D%5Bpostal_code%5D=").p(p.zip[:5], "zip")
    l.t("  # TODO remove raw card logging (PAY-" + str(rng.randint(300, 499)) + ")")
    return [l]


def stripe_decline():
    p = person()
    l = L("pino")
    l.js({"level": 40, "time": ts_ms(), "pid": rng.randint(7, 40), "hostname": HOSTS[5], "name": "pay-svc",
          "reqId": "req-" + b62(8), "stripeRequestId": "req_" + b62(14), "customer": P(p.cus, "account"),
          "decline_code": rng.choice(["insufficient_funds", "do_not_honor", "card_velocity_exceeded", "generic_decline"]),
          "last4": digits(4), "amount": rng.randint(500, 9000) * 100,
          "msg": "Your card was declined."})
    return [l]


def anet_request():
    p = person()
    l = L("authnet_xml")
    masked = rng.random() < 0.5
    kind, num = card()
    l.t(f"[{ts_local()}] anet.DEBUG: Request Serialization Begin ")
    l.t(f'<?xml version="1.0" encoding="UTF-8"?><createTransactionRequest xmlns="AnetApi/xml/v1/schema/AnetApiSchema.xsd"><merchantAuthentication><name>{ANET_LOGIN}</name><transactionKey>xxxxxxxx</transactionKey></merchantAuthentication>')
    l.t(f"<refId>{rng.randint(100000, 999999)}</refId><transactionRequest><transactionType>{rng.choice(['authCaptureTransaction', 'authOnlyTransaction'])}</transactionType><amount>{rng.randint(300, 7500)}.00</amount>")
    l.t("<payment><creditCard><cardNumber>")
    if masked:
        l.t("XXXX" + num[-4:])
    else:
        l.p(num, "account")
    l.t(f"</cardNumber><expirationDate>{'XXXX' if masked else '20' + str(rng.randint(25, 31)) + '-' + f'{rng.randint(1, 12):02d}'}</expirationDate><cardCode>XXX</cardCode></creditCard></payment>")
    l.t(f"<order><invoiceNumber>INV-{rng.randint(20000, 89999)}</invoiceNumber><description>{rng.choice(PROCS)} balance</description></order>")
    l.t("<customer><type>individual</type><id>").p(p.mrn, "mrn").t("</id><email>").p(p.email, "email").t("</email></customer>")
    l.t("<billTo><firstName>").p(p.first, "name").t("</firstName><lastName>").p(p.last, "name").t("</lastName>")
    l.t("<address>").p(p.addr1(), "address").t("</address><city>").p(p.city, "address").t(f"</city><state>{p.st}</state><zip>").p(p.zip, "zip")
    l.t("</zip><country>US</country><phoneNumber>").p(fphone(p.phone, rng.choice(["paren", "dash", "plain"])), "phone").t("</phoneNumber></billTo>")
    l.t("<customerIP>").p(p.ip, "ip").t("</customerIP></transactionRequest></createTransactionRequest>")
    return [l]


def anet_profile():
    p = person()
    l = L("authnet_xml")
    l.t(f"[{ts_local()}] anet.INFO: createCustomerProfileResponse ")
    l.t("<createCustomerProfileResponse><messages><resultCode>Ok</resultCode><message><code>I00001</code><text>Successful.</text></message></messages><customerProfileId>")
    l.p(str(rng.randint(500000000, 999999999)), "account").t("</customerProfileId><customerPaymentProfileIdList><numericString>")
    l.t(str(rng.randint(500000000, 999999999)) + "</numericString></customerPaymentProfileIdList><validationDirectResponseList><string>1,1,1,(TESTMODE) This transaction has been approved.,000000,P,0,none,Test transaction for ValidateCustomerPaymentProfile.,1.00,CC,auth_only,")
    l.p(p.mrn, "mrn").t(",").p(p.first, "name").t(",").p(p.last, "name").t(",,").p(p.addr1(), "address").t(",").p(p.city, "address").t(f",{p.st},").p(p.zip[:5], "zip")
    l.t(",US,").p(fphone(p.phone, "dash"), "phone").t(",,").p(p.email, "email").t("</string></validationDirectResponseList></createCustomerProfileResponse>")
    return [l]


def pino_booked(p=None):
    p = p or anyone()
    l = L("pino")
    lc = p.loc
    o = {"level": 30, "time": ts_ms(), "pid": rng.randint(7, 40), "hostname": rng.choice(HOSTS[:2]), "name": "sched-api",
         "reqId": "req-" + b62(8), "trace_id": hexid(32), "span_id": hexid(16),
         "patientId": P(p.mrn, "mrn"), "locationId": lc["code"], "providerId": "prov_" + asciify(lc["surgeon"].split()[-1]).lower(),
         "appointmentId": "apt_" + b62(12), "type": rng.choice(["consult", "pre-op", "surgery", "post-op-1d", "post-op-1w"]),
         "slotStart": P(fappt(p.appt, rng.choice(["iso_off", "iso_z"])), "date"), "durationMin": rng.choice([30, 45, 60, 90]),
         "msg": rng.choice(["consult booked", "appointment created", "slot reserved"])}
    if p.age > 89 or rng.random() < 0.25:
        o["patientAge"] = P(p.age, "age") if p.age > 89 else p.age
        o["procedure"] = "RLE" if p.age > 55 else rng.choice(EYE_PROCS)
    l.js(o)
    return [l]


def pino_validation():
    p = person()
    l = L("pino")
    bad = rng.choice(["31/02/1990", "1990-13-01", "", "07/04"])
    stack = (f"ValidationError: dob must be a valid date (received \"{bad}\")\n    at validateBody (/app/src/middleware/validate.js:41:13)\n"
             "    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)\n"
             "    at next (/app/node_modules/express/lib/router/route.js:149:13)")
    body = {"firstName": P(p.first, "name"), "lastName": P(p.last, "name"), "dob": bad,
            "phone": P(fphone(p.phone, rng.choice(PH_STYLES)), "phone"), "email": P(p.email, "email"),
            "procedure": rng.choice(PROCS), "location": p.loc["code"]}
    l.js({"level": 50, "time": ts_ms(), "pid": rng.randint(7, 40), "hostname": HOSTS[0], "name": "sched-api",
          "reqId": "req-" + b62(8), "err": {"type": "ValidationError", "message": stack.split("\n")[0][17:], "stack": stack, "status": 422},
          "req": {"method": "POST", "url": "/api/v1/consults"}, "body": body, "msg": "request failed"})
    return [l]


def pino_http():
    p = person()
    l = L("pino")
    path_kind = rng.choice(["mrn", "email", "phone"])
    l.t('{"level":30,"time":' + str(ts_ms()) + ',"pid":' + str(rng.randint(7, 40)) + ',"hostname":"' + rng.choice(HOSTS[:2]) + '",')
    l.t('"req":{"id":' + str(rng.randint(1000, 99999)) + ',"method":"GET","url":"')
    if path_kind == "mrn":
        l.t("/api/v2/patients/").p(p.mrn, "mrn").t("/appointments?from=2024-03-01")
    elif path_kind == "email":
        l.t("/api/v1/leads/lookup?email=").p(quote(p.email, safe=""), "email")
    else:
        l.t("/api/v1/leads/lookup?phone=").p(quote("+1" + p.phone, safe=""), "phone")
    l.t('","query":{},"headers":{"host":"sched.luminavision.com","user-agent":"' + rng.choice(UA) + '","x-forwarded-for":"').p(p.ip, "ip")
    l.t(", " + f"10.20.0.{rng.randint(2, 30)}" + '"},"remoteAddress":"::ffff:10.20.0.' + str(rng.randint(2, 30)) + '","remotePort":' + str(rng.randint(30000, 65000)) + '},')
    l.t('"res":{"statusCode":' + rng.choice(["200", "200", "304", "404"]) + '},"responseTime":' + str(rng.randint(3, 900)) + ',"msg":"request completed"}')
    return [l]


def morgan_phi():
    p = person()
    l = L("express_access")
    l.p(p.ip, "ip").t(f" - - [{ts_clf()}] \"")
    kind = rng.choice(["cancel", "photo", "consent", "lookup"])
    if kind == "cancel":
        l.t("POST /api/v1/patients/").p(p.mrn, "mrn").t(f"/appointments/apt_{b62(12)}/cancel HTTP/1.1\" 200 {rng.randint(40, 300)}")
    elif kind == "photo":
        l.t("GET /portal/photos/").p(p.mrn, "mrn").t(f"/gallery HTTP/1.1\" 200 {rng.randint(2000, 9000)}")
    elif kind == "consent":
        l.t("GET /portal/consents?mrn=").p(p.mrn, "mrn").t(f" HTTP/1.1\" 200 {rng.randint(800, 3000)}")
    else:
        l.t("GET /api/v1/leads/lookup?email=").p(quote(p.email, safe=""), "email").t(f" HTTP/1.1\" 200 {rng.randint(100, 600)}")
    l.t(f' "https://portal.luminavision.com/" "{rng.choice(UA)}" {rng.randint(4, 400)}.{rng.randint(100, 999)} ms')
    return [l]


def laravel_reschedule():
    p = person()
    l = L("laravel")
    s = staff()
    old = p.appt - dt.timedelta(days=rng.randint(1, 6))
    l.t(f"[{ts_local()}] production.INFO: Consult rescheduled ")
    l.js({"patient_id": P(p.pid, "mrn"), "mrn": P(p.mrn, "mrn"), "from": P(fappt(old, "sql_short"), "date"),
          "to": P(fappt(p.appt, "sql_short"), "date"), "location": p.loc["code"], "by": f"{s[1]}@luminavision.com"})
    l.t(" {\"request_id\":\"" + uuid4() + "\"}")
    return [l]


def laravel_sqlstate():
    p = person()
    l = L("laravel")
    l.t(f"[{ts_local()}] production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '").p(p.email, "email")
    l.t("' for key 'leads_email_unique' (Connection: mysql, SQL: insert into `leads` (`first_name`, `last_name`, `email`, `phone`, `dob`, `source`, `updated_at`, `created_at`) values (")
    l.p(p.first, "name").t(", ").p(p.last, "name").t(", ").p(p.email, "email").t(", ").p(fphone(p.phone, rng.choice(PH_STYLES)), "phone").t(", ")
    l.p(fdate(p.dob, "iso"), "date").t(f", {rng.choice(['facebook', 'google', 'hubspot_form'])}, {ts_local()}, {ts_local()})) ")
    l.t('{"exception":"[object] (Illuminate\\\\Database\\\\UniqueConstraintViolationException(code: 23000): SQLSTATE[23000] at /var/www/consult/vendor/laravel/framework/src/Illuminate/Database/Connection.php:822)"}')
    return [l]


def laravel_twilio_fail():
    p = person()
    l = L("laravel")
    l.t(f"[{ts_local()}] production.ERROR: Twilio send failed for ").p(fphone(p.phone, "e164"), "phone")
    l.t(": [HTTP 400] Unable to create record: " + rng.choice(["The 'To' number is not a valid phone number.", "Attempt to send to unsubscribed recipient", "The message From/To pair violates a blacklist rule."]))
    l.t(' {"patient_id":').p(str(p.pid), "mrn").t(',"template":"' + rng.choice(["reminder_48h", "preop_instructions", "postop_day1"]) + '","code":' + rng.choice(["21211", "21610", "21614"]) + "}")
    return [l]


def laravel_mail():
    p = person()
    l = L("laravel")
    l.t(f"[{ts_local()}] production.INFO: Mail sent ")
    l.t('{"mailable":"App\\\\Mail\\\\' + rng.choice(["PreOpInstructions", "ConsultConfirmation", "FinancingApproved", "PostOpCheckIn"]) + '","to":"').p(p.email, "email")
    l.t('","subject":"').f("{nm}, your {proc} {what} {d}", nm=P(p.first, "name"), proc=rng.choice(PROCS), what=rng.choice(["is confirmed for", "instructions for"]),
                          d=P(fappt(p.surg, rng.choice(["us12", "long"])), "date"))
    l.t('","transport":"ses","message_id":"<' + hexid(24) + '@email.amazonses.com>"}')
    return [l]


def topo_ini_block(p=None):
    p = p or anyone()
    lines = []

    def ln(fam="topo_ini"):
        x = L(fam)
        lines.append(x)
        return x
    exam = p.recent
    ln().t("[Patient]")
    ln().t("PatientID=").p(p.mrn, "mrn")
    ln().t("Name=").p(p.name(rng.choice(["hl7", "hl7m"])), "name")
    ln().t("BirthDate=").p(fdate(p.dob, "compact"), "date")
    ag = ln().t("Age=")
    ag.p(str(p.age), "age") if p.age > 89 else ag.t(str(p.age))
    ln().t(f"Sex={p.sex}")
    ln().t("[Exam]")
    ln().t("ExamDate=").p(fdate(exam, "compact"), "date")
    ln().t(f"ExamTime={rng.randint(8, 16):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}")
    ln().t(f"Eye={rng.choice(['OD', 'OS'])}")
    k1 = rng.uniform(41, 45)
    ln().t(f"SimK1={k1:.2f}")
    ln().t(f"SimK2={k1 + rng.uniform(0.1, 2.5):.2f}")
    ln().t(f"ThinnestPachy_um={rng.randint(470, 590)}")
    ln().t(f"DeviceSerial=SRS-{rng.randint(200000, 209999)}")
    ln().t(f"Operator={rng.choice(['JP', 'KM', 'tech02', 'BT'])}")
    ln().t("QualitySpec=OK")
    return lines


def topo_kv_line(p=None):
    p = p or anyone()
    l = L("topo_kv")
    k1 = rng.uniform(41, 45)
    pairs = [("pid", P(p.mrn, "mrn")), ("name", P(p.name(rng.choice(["lf", "LFU", "fl"])), "name")),
             ("dob", P(fdate(p.dob, rng.choice(["us", "eu_dot", "dmy", "iso"])), "date")),
             ("age", P(str(p.age), "age") if p.age > 89 else str(p.age)),
             ("exam", P(fdate(p.recent, "us"), "date")), ("eye", rng.choice(["OD", "OS"])),
             ("sim_k1", f"{k1:.2f}"), ("sim_k2", f"{k1 + rng.uniform(0.1, 2.0):.2f}"),
             ("astig", f"-{rng.uniform(0.25, 3):.2f}@{rng.randint(1, 180)}"), ("pachy_min", str(rng.randint(470, 590))),
             ("ecc", f"{rng.uniform(0.2, 0.8):.2f}"), ("bfs_ant", f"{rng.uniform(7.4, 8.2):.2f}"),
             ("sn", f"OCU-{rng.randint(70000, 79999)}"), ("status", "OK")]
    l.t(f"{ts_local()} TOPO-EXPORT ").kv(pairs)
    return [l]


PENTA_HDR = "Last Name;First Name;Pat-ID;D.o.Birth;Exam Eye;Exam Date;Exam Time;K1 F (D);K2 F (D);Astig F (D);Pachy Min;Error"


def penta_row():
    p = person()
    l = L("pentacam_csv")
    k1 = rng.uniform(41, 45)
    l.p(p.last, "name").t(";").p(p.first, "name").t(";").p(p.mrn, "mrn").t(";").p(fdate(p.dob, "eu_slash"), "date")
    l.t(f";{rng.choice(['Right', 'Left'])};").p(fdate(p.recent, "eu_slash"), "date")
    l.t(f";{rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d};{k1:.1f};{k1 + rng.uniform(0.1, 2):.1f};{rng.uniform(0.1, 3):.1f};{rng.randint(470, 590)};0")
    return [l]


def excimer_block():
    p = person()
    lines = []

    def ln():
        x = L("excimer_xml")
        lines.append(x)
        return x
    sn = f"EX5-{rng.randint(10000, 10999)}"
    ln().t('<?xml version="1.0" encoding="UTF-8"?>')
    ln().t(f'<TreatmentReport device="EX500" serial="{sn}" swVersion="3.30.{rng.randint(1, 9)}" site="{p.loc["code"]}">')
    ln().t("  <Patient>")
    ln().t("    <ID>").p(p.mrn, "mrn").t("</ID>")
    ln().t("    <Name>").p(p.name("hl7m" if p.mi else "hl7"), "name").t("</Name>")
    ln().t("    <BirthDate>").p(fdate(p.dob, "iso"), "date").t("</BirthDate>")
    ln().t("  </Patient>")
    ln().t(f'  <Treatment eye="{rng.choice(["OD", "OS"])}" date="').p(fdate(p.recent, "iso"), "date").t(f'" time="{p.surg:%H:%M}:{rng.randint(0, 59):02d}" mode="{rng.choice(["LASIK", "PRK", "Topo-guided"])}">')
    ln().t(f'    <Refraction sphere="-{rng.uniform(0.5, 8):.2f}" cylinder="-{rng.uniform(0, 3):.2f}" axis="{rng.randint(1, 180)}" vd="12.0"/>')
    ln().t(f"    <OpticalZone unit=\"mm\">{rng.choice(['6.0', '6.5', '7.0'])}</OpticalZone>")
    ln().t(f'    <AblationDepth unit="um">{rng.randint(20, 120)}</AblationDepth>')
    if rng.random() < 0.7:
        ln().t(f'    <IrisRegistration status="matched" cyclotorsion="{rng.uniform(-4, 4):.1f}" template="').p(base64.b64encode(bytes(rng.getrandbits(8) for _ in range(48))).decode(), "biometric").t('"/>')
    ln().t(f"    <Surgeon>{asciify(p.loc['surgeon'].split()[-1])} {p.loc['surgeon'].split()[1][0]}</Surgeon>")
    ln().t(f"    <Fluence>{rng.uniform(0.95, 1.05):.3f}</Fluence>")
    ln().t("  </Treatment>")
    ln().t("</TreatmentReport>")
    return lines


def s3_upload():
    p = person()
    l = L("s3_access")
    d = fdate(p.recent, "iso")
    view = rng.choice(["front", "left_oblique", "right_oblique", "left_lateral", "right_lateral", "od_slitlamp", "os_slitlamp"])
    fn = f"{view}_{hexid(8)}.jpg"
    size = rng.randint(800000, 4800000)
    l.t(f"{S3_OWNER} lumina-ba-photos [{ts_clf()}] ").p(p.ip, "ip")
    l.t(f" arn:aws:iam::{'4819' + digits(8)}:user/ba-presigner {alnum(16, '0123456789ABCDEF')} REST.PUT.OBJECT patients/")
    l.p(p.mrn, "mrn").t("/").p(d, "date").t("/" + fn + ' "PUT /patients/').p(p.mrn, "mrn").t("/").p(d, "date")
    l.t(f"/{fn}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F{utc():%Y%m%d}%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date={utc():%Y%m%dT%H%M%SZ}&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature={hexid(64)} HTTP/1.1\" 200 - - {size} {rng.randint(200, 4000)} {rng.randint(10, 90)} ")
    l.t(f'"https://portal.luminavision.com/" "{rng.choice(UA)}" {b62(32)} {base64.b64encode(bytes(rng.getrandbits(8) for _ in range(57))).decode()} SigV4 TLS_AES_128_GCM_SHA256 QueryString lumina-ba-photos.s3.us-west-2.amazonaws.com TLSv1.3 - -')
    return [l]


def photo_thumb():
    p = person()
    l = L("photo_svc")
    v = rng.choice(["frontal", "oblique_l", "oblique_r", "lateral_l", "lateral_r", "abdomen_ap", "chest_ap"])
    l.t('{"ts":"' + ts_iso() + '","svc":"ba-photo","level":"info","event":"thumbnail.created","patientRef":"').p(p.mrn, "mrn")
    l.t('","session":"').p(fdate(p.recent, "iso"), "date").t(f'","phase":"{rng.choice(["before", "after_3mo", "after_6mo"])}","view":"{v}","w":160,"h":120,"thumb":"data:image/jpeg;base64,')
    l.p(b64_jpeg(rng.randint(150, 420)), "photo").t('","bytes":' + str(rng.randint(4000, 9000)) + "}")
    return [l]


def photo_embed():
    p = person()
    l = L("photo_svc")
    vec = "[" + ",".join(f"{rng.uniform(-0.3, 0.3):.4f}" for _ in range(rng.randint(8, 14))) + "]"
    l.t('{"ts":"' + ts_iso() + '","svc":"ba-photo","level":"debug","event":"align.landmarks","patientRef":"').p(p.mrn, "mrn")
    l.t(f'","model":"facemesh-v2","landmarks":468,"yaw":{rng.uniform(-30, 30):.1f},"embedding_dim":128,"embedding_head":').p(vec, "biometric").t("}")
    return [l]


def photo_selfie():
    p = person()
    l = L("photo_svc")
    l.t('{"ts":"' + ts_iso() + '","svc":"ba-photo","level":"info","event":"virtual_consult.upload","lead":"').p(p.email, "email")
    l.t('","client":{"app":"Lumina iOS 4.2.1","idfv":"').p(uuid4().upper(), "device").t('","ip":"').p(p.ip, "ip")
    l.t(f'"}},"exif":{{"Make":"Apple","Model":"iPhone {rng.randint(12, 15)}","Software":"17.{rng.randint(1, 4)}"}},"files":{rng.randint(2, 6)}}}')
    return [l]


def ds_connect():
    p = person()
    l = L("docusign_connect")
    env = uuid4()
    nm = p.name("fl")
    l.t(f"{ts_iso()} INFO [esign] connect event ")
    l.js({"event": rng.choice(["recipient-completed", "envelope-completed", "recipient-delivered"]), "apiVersion": "v2.1",
          "uri": f"/restapi/v2.1/accounts/{DS_ACCOUNT}/envelopes/{env}", "retryCount": 0, "configurationId": 10211907,
          "generatedDateTime": utc().strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc().microsecond // 10000:02d}" + "Z",
          "data": {"accountId": DS_ACCOUNT, "envelopeId": env, "recipientId": "1",
                   "envelopeSummary": {"status": "completed", "emailSubject": M(f"Please sign: {rng.choice(PROCS)} Informed Consent - ", P(nm, "name")),
                                       "recipients": {"signers": [{"name": P(nm, "name"), "email": P(p.email, "email"),
                                                                   "status": "completed", "signedDateTime": utc().strftime("%Y-%m-%dT%H:%M:%S.%f")[:-4] + "Z",
                                                                   "clientUserId": P(p.mrn, "mrn")}]}}}})
    return [l]


def ds_audit_csv():
    p = person()
    l = L("docusign_audit")
    t = utc() - dt.timedelta(hours=7)
    h, ap = h12(t)
    ev = rng.choice(["Viewed", "Signed", "Completed", "Sent"])
    nm = p.name(rng.choice(["fl", "fml"]))
    l.t(f'"{t.month}/{t.day}/{t.year} {h}:{t:%M}:{t:%S} {ap}",')
    if ev == "Sent":
        s = staff()
        l.t(f'"{s[0]}","Sent Invitations","Lumina Vision + Aesthetics","Sent an invitation to ').p(nm, "name").t(" [").p(p.email, "email").t(']","sent"')
    else:
        l.t('"').p(nm, "name").t(f'","{ev}","Lumina Vision + Aesthetics","{ev} by ').p(nm, "name").t(" [").p(p.email, "email").t("] using IP address ")
        l.p(p.ip, "ip").t(f'","{ev.lower()}"')
    return [l]


def ds_certificate_block():
    p = person()
    s = staff()
    lines = []

    def ln():
        x = L("docusign_cert")
        lines.append(x)
        return x
    env = uuid4().upper().replace("-", "")
    ln().t(f"Certificate Of Completion  Envelope Id: {env[:8]}-{env[8:12]}-{env[12:16]}-{env[16:20]}-{env[20:]}  Status: Completed")
    ln().t(f"Subject: Please DocuSign: {rng.choice(['LASIK', 'Rhinoplasty', 'Abdominoplasty', 'ICL', 'Breast Augmentation'])} Consent + Financial Policy  Envelope Originator: {s[0]} {s[1]}@luminavision.com")
    ln().t("Signer Events: ").p(p.name(rng.choice(["fl", "fml"])), "name").t("  ").p(p.email, "email").t("  Security Level: Email, Account Authentication (None), SMS Auth")
    ln().t(f"Signature Adoption: Pre-selected Style  Using IP Address: ").p(p.ip, "ip").t("  Signed using mobile")
    ln().t("Phone number used for SMS auth: ").p(fphone(p.phone, "sp"), "phone")
    ln().t(f"Electronic Record and Signature Disclosure: Accepted: {utc():%m/%d/%Y} | ID: {uuid4()}")
    return lines


def twilio_status():
    p = person()
    l = L("twilio_webhook")
    sid = "SM" + hexid(32)
    l.t(f"{ts_iso()} twilio-cb POST /webhooks/twilio/status 204 body=")
    stt = rng.choice(['delivered', 'delivered', 'sent', 'undelivered'])
    l.t(f"SmsSid={sid}&SmsStatus={stt}&MessageStatus={stt}&To=").p(quote("+1" + p.phone, safe=""), "phone")
    l.t(f"&MessagingServiceSid={TW_MSVC}&MessageSid={sid}&AccountSid={TW_ACCOUNT}&From=" + quote(TW_NUMS[p.loc["code"]], safe="") + "&ApiVersion=2010-04-01")
    return [l]


def twilio_inbound():
    p = person()
    l = L("twilio_webhook")
    l.t(f"{ts_iso()} twilio-cb POST /webhooks/twilio/inbound 200 body=ToCountry=US&ToState={p.loc['st']}&SmsMessageSid=SM{hexid(32)}&NumMedia=0&ToCity=" + quote_plus(p.loc["city"].upper()))
    l.t("&FromZip=").p(p.zip[:5], "zip").t(f"&SmsSid=SM{hexid(32)}&FromState={p.st}&SmsStatus=received&FromCity=").p(quote_plus(p.city.upper()), "address")
    l.t("&Body=")
    kind = rng.choice(["C", "resched", "name", "stop"])
    if kind == "C":
        l.t(rng.choice(["C", "Yes", "Confirm", "c", "Si"]))
    elif kind == "stop":
        l.t("STOP")
    elif kind == "resched":
        l.f("{a}+can+I+move+my+appt+from+{d}+to+next+week%3F", a=rng.choice(["Hi", "Hello", "Hey"]), d=P(quote_plus(fappt(p.appt, "us_date")).replace("%2F", "%2F"), "date"))
    else:
        l.f("This+is+{nm}+my+new+email+is+{em}", nm=P(quote_plus(p.name("fl")), "name"), em=P(quote_plus(p.email), "email"))
    l.t("&FromCountry=US&To=" + quote(TW_NUMS[p.loc["code"]], safe="") + "&From=").p(quote("+1" + p.phone, safe=""), "phone")
    l.t(f"&MessagingServiceSid={TW_MSVC}&ApiVersion=2010-04-01")
    return [l]


def twilio_outbound():
    p = person()
    l = L("twilio_outbound")
    lc = p.loc
    es = lc["code"] == "CGB" and rng.random() < 0.5
    l.t(f"{ts_iso()} sched-worker INFO sms.dispatch ")
    l.t('{"to":"').p(fphone(p.phone, "e164"), "phone").t(f'","from":"{TW_NUMS[lc["code"]]}","statusCallback":"https://sched.luminavision.com/webhooks/twilio/status","body":"')
    if es:
        l.f("Hola {fn}, le recordamos su cita con {dr} el {d} en Lumina {city}. Responda C para confirmar.",
            fn=P(p.first, "name"), dr=lc["surgeon"], d=P(fappt(p.appt, "es"), "date"), city=lc["city"])
    else:
        v = rng.randint(0, 2)
        if v == 0:
            l.f("Hi {fn}, reminder: your {proc} consult with {dr} is {d} at Lumina {city}. Reply C to confirm, R to reschedule.",
                fn=P(p.first, "name"), proc=rng.choice(PROCS), dr=lc["surgeon"], d=P(fappt(p.appt, "sms"), "date"), city=lc["city"])
        elif v == 1:
            l.f("{fn}, your surgery is {d}. No food after midnight, no contacts 7 days prior, and bring your driver. Questions: {cl}",
                fn=P(p.first, "name"), d=P(fappt(p.surg, rng.choice(["sms", "long"])), "date"), cl=fphone(lc["phone"], "paren"))
        else:
            l.f("Lumina: {fn}, your CareCredit application was approved. Your financing coordinator will call you before {d}.",
                fn=P(p.first, "name"), d=P(fappt(p.appt, "us_date"), "date"))
    l.t('","appointmentId":"apt_' + b62(12) + '"}')
    return [l]


def review_draft(with_url=False):
    p = person()
    l = L("review_drafts")
    plat = rng.choice(["yelp", "realself"]) if with_url else rng.choice(["google", "yelp", "realself", "healthgrades"])
    stars = rng.choice([1, 2, 4, 5, 5])
    rname = p.name(rng.choice(["short", "fl", "first", "lower"]))
    first = p.first
    if stars >= 4:
        comment = rng.choice([
            ("Had {eproc} with {dr} on {d}. 20/15 the next morning, zero halos. Worth every penny.", True),
            ("Best decision ever! Front desk walked me through the 24 month financing.", False),
            ("Nervous going in but the whole team was amazing. Swelling gone after 2 weeks.", False),
        ])
        tmpl = rng.choice([
            "Hi {fn}, thank you for the kind words! We're thrilled with your results. - The Lumina {city} team",
            "{fn}, thank you so much for sharing! Enjoy the clear view. - Lumina {city}",
        ])
    else:
        comment = rng.choice([
            ("Had {proc} with {dr} on {d}. Results are fine but the billing dept charged my card twice.", True),
            ("Waited 2 hours for my consult. Staff was nice but nobody explained the financing.", False),
            ("They posted my before photo without asking. Not ok.", False),
        ])
        tmpl = rng.choice([
            "{fn}, we're sorry to hear about your experience. Please call our patient advocate at {cl} so we can make this right.",
            "Thank you for your feedback, {fn}. We take every concern seriously and would like to speak with you directly.",
        ])
    l.t(f"{ts_iso()} review-bot DRAFT ")
    l.t('{"platform":"' + plat + '","location":"' + p.loc["code"] + '","reviewId":"' + b62(36) + '","reviewer":{"displayName":"').p(rname, "name").t('"')
    if plat in ("yelp", "realself") and (with_url or rng.random() < 0.6):
        if plat == "yelp":
            l.t(',"profileUrl":"').p(f"https://www.yelp.com/user_details?userid={b62(22)}", "url").t('"')
        else:
            l.t(',"profileUrl":"').p(f"https://www.realself.com/user/{asciify(first).lower()}{rng.randint(10, 999)}", "url").t('"')
    l.t(f'}},"starRating":{stars},"comment":"')
    if comment[1]:
        l.f(comment[0], proc=rng.choice(PROCS), eproc=rng.choice(EYE_PROCS), dr=p.loc["surgeon"], d=P(fdate(p.past, rng.choice(["us_nz", "long", "full"])), "date"))
    else:
        l.t(comment[0])
    l.t('","draftReply":"')
    l.f(tmpl, fn=P(first, "name"), city=p.loc["city"], cl=fphone(p.loc["phone"], "paren"))
    l.t('","phiCheck":"' + rng.choice(["pass", "warn:name", "blocked:procedure_mentioned"]) + '","model":"reply-drafter-v3"}')
    return [l]


def fpm_phi():
    p = person()
    l = L("php_fpm")
    l.t(f"[{ts_fpm()}] WARNING: [pool consult] child {rng.randint(1000, 32000)} said into stderr: \"NOTICE: PHP message: ")
    v = rng.randint(0, 2)
    if v == 0:
        l.f("CareCredit apply failed for applicant {nm} (dob {dob}): E104 SSN/DOB mismatch", nm=P(p.name(rng.choice(["fl", "LFU"])), "name"),
            dob=P(fdate(p.dob, "iso"), "date"))
    elif v == 1:
        l.f("PHP Warning:  Undefined array key \"zip\" in /var/www/consult/app/Services/LeadNormalizer.php on line 88 (lead={em})", em=P(p.email, "email"))
    else:
        l.f("reminder mail bounced: {em} (550 5.1.1 user unknown) patient_id={pid}", em=P(p.email, "email"), pid=P(str(p.pid), "mrn"))
    l.t('"')
    return [l]


def apache_portal():
    p = person()
    l = L("apache_access")
    l.p(p.ip, "ip").t(" - ").p(p.username, "other_id").t(f" [{ts_clf()}] \"")
    path = rng.choice([
        ("GET /portal/financing/status?app=", lambda: l.p("A" + digits(11), "other_id")),
        ("GET /portal/appointments HTTP", None),
        ("POST /portal/profile/update HTTP", None),
        ("GET /portal/invoices/", lambda: l.t(f"INV-{rng.randint(20000, 89999)}.pdf")),
    ])
    l.t(path[0])
    if path[1]:
        path[1]()
        l.t(" HTTP")
    l.t(f'/1.1" {rng.choice([200, 200, 302, 304])} {rng.randint(300, 40000)} "https://portal.luminavision.com/portal/home" "{rng.choice(UA)}"')
    return [l]


def apache_err_phi():
    p = person()
    l = L("apache_error")
    l.t(f"[{ts_apache_err()}] [proxy_fcgi:error] [pid {rng.randint(100, 9000)}:tid {rng.randint(139000000000000, 139999999999999)}] [client ").p(p.ip, "ip")
    l.t(f":{rng.randint(30000, 65000)}] AH01071: Got error 'PHP message: PHP Fatal error:  Uncaught TypeError: Carbon\\\\Carbon::parse(): Argument #1 ($time) must be of type ?string, array given in /var/www/consult/app/Http/Controllers/ConsultController.php:142', referer: https://www.luminavision.com/book?email=")
    l.p(quote(p.email, safe=""), "email").t("&dob=").p(quote(fdate(p.dob, "us"), safe=""), "date")
    return [l]


def zendesk_ticket(p=None):
    p = p or anyone()
    l = L("zendesk")
    rel = person()
    agent = staff()
    desc_opts = [
        ("Billing question", "billing", lambda: l.f("Hi, I was charged twice for my {proc} deposit. My card ends in {l4}. DOB {dob}. Please refund to my CareCredit acct {acct}.",
                                                   proc=rng.choice(PROCS), l4=digits(4), dob=P(fdate(p.dob, rng.choice(DATE_STYLES)), "date"), acct=P(fmt_card(luhn("6019", 16), "space"), "account"))),
        ("Records request", "records", lambda: l.f("I need my records sent to my new optometrist. Please fax them to my home fax {fx}, attn {nm}. Address on file is old, new one is {ad}, {city} {st} {z}.",
                                                  fx=P(fphone(p.phone2, "paren"), "fax"), nm=P(p.name("fl"), "name"), ad=P(p.addr1(), "address"), city=P(p.city, "address"), st=p.st, z=P(p.zip, "zip"))),
        ("VSP discount?", "lasik", lambda: l.f("My VSP member ID is {vsp}, does it give me a discount on LASIK? My consult is {d}.",
                                               vsp=P(digits(rng.choice([9, 11])), "health_plan"), d=P(fappt(p.appt, rng.choice(["us12", "long"])), "date"))),
        ("Complaint - implant", "plastics", lambda: l.f("Filed a complaint about my breast aug implant (SN {sn}). Case {case}. Nobody has called me back.",
                                                        sn=P(f"{rng.randint(10000000, 29999999)}-{rng.randint(1, 99):03d}", "device"), case=P(f"CMP-{rng.randint(2023, 2024)}-{rng.randint(100, 999)}", "other_id"))),
    ]
    if p.age > 89:
        subj, tag, fn = ("Aftercare help for my mom", "aftercare", lambda: l.f(
            "My mother {mn} is {age} and had her lens replacement with you on {d}. She can't read the aftercare sheet, can someone call me at {ph}? Her chart # is {mrn}.",
            mn=P(p.name("fl"), "name"), age=P(str(p.age), "age"), d=P(fdate(p.past, "us_nz"), "date"),
            ph=P(fphone(rel.phone, rng.choice(PH_STYLES)), "phone"), mrn=P(p.mrn, "mrn")))
    else:
        subj, tag, fn = rng.choice(desc_opts)
    l.t(f"{ts_iso()} zendesk-bridge INFO ticket.created ")
    l.t('{"ticket":{"id":' + str(rng.randint(40000, 52000)) + ',"via":{"channel":"' + rng.choice(["web", "email", "mobile"]) + '"},"subject":"' + subj + '","description":"')
    fn()
    l.t('","requester":{"id":').p(str(rng.randint(380000000000, 399999999999)), "other_id").t(',"name":"').p(p.name(rng.choice(["fl", "lower", "fml"])) if p.age <= 89 else rel.name("fl"), "name")
    l.t('","email":"').p(p.email if p.age <= 89 else rel.email, "email").t('"},"custom_fields":[{"id":' + str(ZD_FIELD_MRN) + ',"value":')
    if rng.random() < 0.5:
        l.t('"').p(p.mrn, "mrn").t('"')
    else:
        l.t("null")
    l.t('}],"assignee":"' + agent[0] + '","tags":["' + tag + '","' + rng.choice(["web_form", "phone_followup", "vip"]) + '"]}}')
    return [l]


def zendesk_comment():
    p = person()
    l = L("zendesk")
    agent = staff()
    l.t(f"{ts_iso()} zendesk-bridge INFO comment.added ticket={rng.randint(40000, 52000)} author={agent[1]}@luminavision.com public=false body=\"")
    v = rng.randint(0, 2)
    if v == 0:
        l.f("Verified pt by DOB {dob} + zip {z}. Refunded dup charge, ref {o}.", dob=P(fdate(p.dob, rng.choice(DATE_STYLES)), "date"), z=P(p.zip[:5], "zip"), o=f"ORD-2024-{rng.randint(1000, 9999):06d}")
    elif v == 1:
        l.f("Pt {nm} called from {ph}, wants ICL serial for her records: {sn}. Sent via secure msg.", nm=P(p.name("init"), "name"),
            ph=P(fphone(p.phone2, rng.choice(PH_STYLES)), "phone"), sn=P(f"T{digits(7)}", "device"))
    else:
        l.f("Medicare MBI {mbi} on file but cash-pay procedure - no claim. Informed {fn}.", mbi=P(mbi(), "health_plan"), fn=P(p.first, "name"))
    l.t('"')
    return [l]


def hl7_like_implant():
    # implant/IOL UDI capture line from OR inventory scanner (key=value)
    p = person()
    l = L("or_implant_kv")
    gtin = "0" + digits(13)
    exp = f"{rng.randint(25, 29)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    ser = digits(rng.randint(7, 10))
    l.t(f"{ts_local()} or-scan[{rng.randint(300, 999)}]: ").kv([
        ("case", f"OR{utc():%y%m%d}-{rng.randint(1, 9):02d}"), ("mrn", P(p.mrn, "mrn")), ("room", rng.choice(["OR1", "OR2", "LASER"])),
        ("item", rng.choice(["IOL", "ICL", "BREAST_IMPLANT", "TISSUE_EXPANDER"])),
        ("udi", P(f"(01){gtin}(17){exp}(10)LOT{rng.randint(1000, 9999)}(21){ser}", "device")),
        ("lot", f"LOT{rng.randint(1000, 9999)}"), ("scanned_by", rng.choice(STAFF)[1])])
    return [l]


def config_phi_guard():
    # emergency contact in scheduling admin (Laravel JSON with unicode escaping)
    p = person()
    ec = person()
    l = L("laravel")
    l.t(f"[{ts_local()}] production.NOTICE: emergency contact updated ")
    l.js({"patient_id": P(p.pid, "mrn"), "contact": {"name": P(ec.name(rng.choice(["fl", "lf"])), "name"),
                                                    "relationship": rng.choice(["spouse", "mother", "son", "friend", "daughter"]),
                                                    "phone": P(fphone(ec.phone, rng.choice(PH_STYLES)), "phone")},
          "ip": P(p.ip, "ip")}, ascii_=True, php=True)
    l.t(" []")
    return [l]


def geo_lead():
    p = person()
    l = L("calltracking")
    lat = {"AZ": 33.5, "TX": 33.05, "CA": 33.68, "FL": 25.75, "WA": 47.61, "NV": 36.03}[p.st] + rng.uniform(-0.15, 0.15)
    lon = {"AZ": -111.9, "TX": -96.75, "CA": -117.8, "FL": -80.27, "WA": -122.2, "NV": -115.05}[p.st] + rng.uniform(-0.15, 0.15)
    l.t(f"{ts_iso()} leads-gw geoip.enrich ").kv([("lead_email", P(p.email, "email")), ("ip", P(p.ip, "ip")),
                                                  ("lat", P(f"{lat:.4f}", "address")), ("lon", P(f"{lon:.4f}", "address")),
                                                  ("nearest_location", p.loc["code"]), ("drive_min", str(rng.randint(6, 55))),
                                                  ("asn", f"AS{rng.choice([7922, 22773, 20115, 21928, 7018])}")])
    return [l]


def escort_checkin():
    p = person()
    e = person()
    l = L("laravel")
    plate = rng.choice([alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(4), digits(1) + alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(3),
                        alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + "-" + digits(4), alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + " " + alnum(1, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(2)])
    l.t(f"[{ts_local()}] production.INFO: Surgery day check-in ")
    l.js({"patient_id": P(p.pid, "mrn"), "case": f"OR{utc():%y%m%d}-{rng.randint(1, 9):02d}",
          "escort": {"name": P(e.name(rng.choice(["fl", "lf", "short"])), "name"), "relation": rng.choice(["husband", "wife", "mother", "friend", "son", "partner"]),
                     "phone": P(fphone(e.phone, rng.choice(PH_STYLES)), "phone"),
                     "vehicle": {"plate": P(plate, "vehicle"), "state": e.st, "desc": rng.choice(["white Tesla Model 3", "black Tahoe", "silver Camry", "blue Subaru Outback"])}},
          "kiosk": f"{p.loc['code']}-KIOSK-{rng.randint(1, 3)}"})
    l.t(" []")
    return [l]


def vision_benefit(p=None):
    p = p or anyone()
    l = L("pino")
    plan = rng.choice(["VSP", "EyeMed", "Davis Vision", "Medicare"] if p.age >= 65 else ["VSP", "EyeMed", "Davis Vision"])
    mid = mbi() if plan == "Medicare" else {"VSP": digits(11), "EyeMed": digits(9), "Davis Vision": "DV" + digits(9)}[plan]
    o = {"level": 30, "time": ts_ms(), "pid": rng.randint(7, 40), "hostname": HOSTS[5], "name": "pay-svc",
         "msg": "laser vision benefit check", "plan": plan,
         "memberId": P(mid, "health_plan"),
         "subscriber": P(p.name(rng.choice(["lf", "fl", "LFU"])), "name"),
         "subscriberDob": P(fdate(p.dob, rng.choice(["us", "iso"])), "date"),
         "relationship": rng.choice(["self", "self", "spouse", "child"]),
         "discountPct": 0 if plan == "Medicare" else rng.choice([5, 15, 40]),
         "eligible": plan != "Medicare"}
    if p.age > 89:
        o["ageAtService"] = P(p.age, "age")
    l.js(o)
    return [l]


def roi_fax():
    p = person()
    l = L("laravel")
    s = staff()
    l.t(f"[{ts_local()}] production.INFO: ROI request queued ")
    l.js({"patient_id": P(p.pid, "mrn"), "requested_by": "patient", "recipient": P(p.name(rng.choice(["fl", "lf"])), "name"),
          "channel": "fax", "fax": P(fphone(p.phone2, rng.choice(["paren", "dash", "e164", "plain"])), "fax"),
          "documents": rng.sample(["op_note", "topography", "consent", "photos", "invoices"], 2), "pages": rng.randint(3, 40),
          "vendor": "srfax", "approved_by": f"{s[1]}@luminavision.com"})
    l.t(" []")
    return [l]


def passport_intl():
    p = person()
    l = L("laravel")
    l.t(f"[{ts_local()}] production.INFO: International patient intake ")
    l.js({"patient_id": P(p.pid, "mrn"), "name": P(p.name("fl"), "name"), "passport_no": P(alnum(1, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(8), "license"),
          "country": rng.choice(["MX", "CO", "CA", "GB", "BR"]), "arrival": P(fdate((p.surg - dt.timedelta(days=2)).date(), "iso"), "date"),
          "hotel": "Hyatt Regency " + p.loc["city"], "surgery_date": P(fdate(p.surg.date(), "iso"), "date")})
    l.t(" []")
    return [l]


PHI_T = [
    (4, hs_form_submit), (4, hs_webhook), (3, hs_note), (3, fb_webhook), (4, fb_retrieve), (4, callrail_webhook),
    (4, calls_csv_row), (3, cc_apply), (3, cc_response), (3, prequal_json), (3, stripe_event), (2, stripe_formbody),
    (2, stripe_decline), (3, anet_request), (2, anet_profile), (4, pino_booked), (2, pino_validation), (3, pino_http),
    (4, morgan_phi), (3, laravel_reschedule), (2, laravel_sqlstate), (2, laravel_twilio_fail), (2, laravel_mail),
    (3, topo_kv_line), (2, penta_row), (4, s3_upload), (4, photo_thumb), (2, photo_embed), (2, photo_selfie),
    (3, ds_connect), (3, ds_audit_csv), (4, twilio_status), (3, twilio_inbound), (4, twilio_outbound),
    (4, review_draft), (2, fpm_phi), (3, apache_portal), (2, apache_err_phi), (4, zendesk_ticket), (3, zendesk_comment),
    (3, hl7_like_implant), (2, config_phi_guard), (2, geo_lead), (1, passport_intl), (2, escort_checkin), (2, vision_benefit), (1, roi_fax),
]
BLOCK_T = [(1, topo_ini_block), (1, excimer_block), (1, ds_certificate_block), (1, calls_csv_block), (1, penta_block)]

# --------------------------------------------------------------------------
# noise templates (no spans)


def n_health():
    l = L("express_access")
    l.t(f"{priv_ip()} - - [{ts_clf()}] \"GET {rng.choice(['/healthz', '/readyz', '/livez', '/metrics'])} HTTP/1.1\" 200 {rng.randint(2, 900)} \"-\" \"{rng.choice(['kube-probe/1.28', 'Prometheus/2.49.1', 'ELB-HealthChecker/2.0'])}\" {rng.uniform(0.2, 4):.3f} ms")
    return [l]


def n_pino_job():
    l = L("pino")
    q = rng.randint(20, 400)
    f_ = rng.randint(0, 6)
    l.js({"level": 30, "time": ts_ms(), "pid": rng.randint(7, 40), "hostname": HOSTS[2], "name": "reminder-worker",
          "batch": rng.choice(["sms-48h", "sms-24h", "email-preop", "sms-postop-1d"]), "queued": q, "sent": q - f_, "failed": f_,
          "durationMs": rng.randint(400, 9000), "msg": "reminder batch complete"})
    return [l]


def n_pino_err():
    l = L("pino")
    ip = priv_ip()
    port = rng.choice([6379, 5432, 3306])
    stack = f"Error: connect ECONNREFUSED {ip}:{port}\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)"
    h = rng.choice(HOSTS)
    l.js({"level": 50, "time": ts_ms(), "pid": rng.randint(7, 40), "hostname": h, "name": host_name(h),
          "err": {"type": "Error", "message": stack.split("\n")[0][7:], "stack": stack, "errno": -111, "code": "ECONNREFUSED",
                  "syscall": "connect", "address": ip, "port": port}, "msg": rng.choice(["redis connection lost", "db pool error"])})
    return [l]


def n_pino_trace():
    l = L("pino")
    l.js({"level": 20, "time": ts_ms(), "pid": rng.randint(7, 40), "hostname": rng.choice(HOSTS[:2]), "name": "sched-api",
          "trace_id": hexid(32), "span_id": hexid(16), "trace_flags": "01", "route": rng.choice(["GET /api/v1/slots", "GET /api/v1/locations", "POST /api/v1/consults"]),
          "locationId": rng.choice(LOCS)["code"], "slotsReturned": rng.randint(0, 40), "cacheHit": rng.choice([True, False]),
          "msg": "slots computed"})
    return [l]


def n_pino_start():
    l = L("pino")
    h = rng.choice(HOSTS)
    l.js({"level": 30, "time": ts_ms(), "pid": rng.randint(7, 40), "hostname": h, "name": host_name(h),
          "version": f"2.{rng.randint(10, 19)}.{rng.randint(0, 9)}", "node": "v20.11.1", "port": rng.choice([3000, 8080, 8443]),
          "msg": "server listening"})
    return [l]


def n_laravel_queue():
    l = L("laravel_console")
    job = rng.choice(["App\\Jobs\\SyncHubspotDeals", "App\\Jobs\\SendSmsReminder", "App\\Jobs\\ReconcileCareCredit", "App\\Jobs\\PullFacebookLeads", "App\\Jobs\\ExportTopographyBatch"])
    dots = "." * rng.randint(20, 48)
    l.t(f"  {ts_local()} {job} {dots} {rng.uniform(2, 4000):.2f}ms {rng.choice(['DONE', 'DONE', 'DONE', 'FAIL'])}")
    return [l]


def n_laravel_info():
    l = L("laravel")
    l.t(f"[{ts_local()}] production.{rng.choice(['INFO', 'INFO', 'WARNING', 'DEBUG'])}: ")
    l.t(rng.choice([
        f"Schedule: php artisan financing:reconcile --location={rng.choice(LOCS)['code']} finished in {rng.uniform(0.5, 30):.2f}s",
        f"Hubspot sync: {rng.randint(0, 300)} contacts updated, {rng.randint(0, 20)} deals, cursor={b62(24)}",
        f"Cache cleared by deploy #{rng.randint(4000, 4600)}",
        f"Rate limited by api.hubapi.com, retry after {rng.randint(1, 10)}s (X-HubSpot-RateLimit-Remaining=0)",
        f"Slow query ({rng.randint(1000, 9000)}ms): select * from `appointments` where `location_id` = ? and `starts_at` between ? and ?",
        f"Facebook lead form sync OK page={FB_PAGE} forms=7 new_leads={rng.randint(0, 25)}",
    ]))
    l.t(" [] []")
    return [l]


def n_fpm():
    l = L("php_fpm")
    l.t(f"[{ts_fpm()}] " + rng.choice([
        f"NOTICE: [pool consult] child {rng.randint(1000, 32000)} started",
        f"NOTICE: [pool consult] child {rng.randint(1000, 32000)} exited with code 0 after {rng.uniform(100, 9000):.6f} seconds from start",
        "WARNING: [pool consult] server reached pm.max_children setting (20), consider raising it",
        f"WARNING: [pool www] child {rng.randint(1000, 32000)}, script '/var/www/consult/public/index.php' (request: \"POST /index.php\") executing too slow ({rng.uniform(5, 12):.6f} sec), logging",
        "NOTICE: fpm is running, pid 1",
        "NOTICE: ready to handle connections",
    ]))
    return [l]


def n_fpm_slow_block():
    lines = []
    for i, s in enumerate([
        f"[{ts_fpm()}]  [pool consult] pid {rng.randint(1000, 32000)}",
        "script_filename = /var/www/consult/public/index.php",
        f"[0x00007f3a8e2{hexid(5)}] curl_exec() /var/www/consult/vendor/guzzlehttp/guzzle/src/Handler/CurlHandler.php:44",
        f"[0x00007f3a8e2{hexid(5)}] __invoke() /var/www/consult/vendor/guzzlehttp/guzzle/src/Handler/Proxy.php:28",
        f"[0x00007f3a8e2{hexid(5)}] send() /var/www/consult/app/Services/CareCredit/Client.php:{rng.randint(60, 200)}",
        f"[0x00007f3a8e2{hexid(5)}] apply() /var/www/consult/app/Http/Controllers/FinancingController.php:{rng.randint(40, 120)}",
    ]):
        lines.append(L("php_fpm_slow").t(s))
    return lines


def n_apache_static():
    l = L("apache_access")
    who = rng.choice([("66.249.66." + str(rng.randint(1, 200)), "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
                      ("40.77.167." + str(rng.randint(1, 200)), "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"),
                      (priv_ip(), "ELB-HealthChecker/2.0")])
    path = rng.choice(["/wp-content/uploads/2023/11/lasik-hero.webp", "/assets/css/app.3f9c2e.css", "/robots.txt", "/sitemap_index.xml",
                       "/lasik/cost/", "/financing/", "/locations/scottsdale/", "/favicon.ico"])
    l.t(f'{who[0]} - - [{ts_clf()}] "GET {path} HTTP/1.1" 200 {rng.randint(200, 90000)} "-" "{who[1]}"')
    return [l]


def n_apache_scan():
    l = L("apache_access")
    ip = f"{rng.choice([45, 185, 193, 91])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    l.t(f'{ip} - - [{ts_clf()}] "GET {rng.choice(["/.env", "/wp-login.php", "/phpmyadmin/", "/.git/config", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php"])} HTTP/1.1" {rng.choice([403, 404])} {rng.randint(100, 500)} "-" "{rng.choice(["python-requests/2.31.0", "Go-http-client/1.1", "Mozilla/5.0 zgrab/0.x"])}"')
    return [l]


def n_apache_err():
    l = L("apache_error")
    l.t(f"[{ts_apache_err()}] " + rng.choice([
        f"[mpm_event:notice] [pid 1:tid {rng.randint(139000000000000, 139999999999999)}] AH00489: Apache/2.4.58 (Unix) OpenSSL/3.0.11 configured -- resuming normal operations",
        f"[proxy_fcgi:error] [pid {rng.randint(100, 9000)}:tid {rng.randint(139000000000000, 139999999999999)}] [client {priv_ip()}:{rng.randint(30000, 65000)}] AH01071: Got error 'Primary script unknown'",
        f"[authz_core:error] [pid {rng.randint(100, 9000)}:tid {rng.randint(139000000000000, 139999999999999)}] [client {priv_ip()}:{rng.randint(30000, 65000)}] AH01630: client denied by server configuration: /var/www/consult/storage/logs",
        f"[ssl:warn] [pid 1:tid {rng.randint(139000000000000, 139999999999999)}] AH01909: portal.luminavision.com:443:0 server certificate does NOT include an ID which matches the server name",
    ]))
    return [l]


def n_s3_internal():
    l = L("s3_access")
    op, key = rng.choice([("REST.GET.OBJECT", f"static/brand/lumina-logo-{rng.randint(1, 4)}x.png"), ("REST.COPY.OBJECT_GET", f"tmp/{uuid4()}.jpg"),
                          ("S3.EXPIRE.OBJECT", f"tmp/{uuid4()}.jpg"), ("REST.GET.BUCKET", "-"), ("REST.HEAD.OBJECT", f"exports/topo/{utc():%Y/%m/%d}/batch-{rng.randint(1, 40):03d}.zip")])
    ip = rng.choice(["-", f"3.{rng.randint(80, 250)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", f"52.{rng.randint(0, 95)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
    req = "-" if op.startswith("S3.") else f"arn:aws:sts::4819{digits(8)}:assumed-role/ba-photo-lambda/ba-thumbnailer"
    uri = "-" if op.startswith("S3.") else f'"{op.split(".")[1]} /{key} HTTP/1.1"'
    l.t(f"{S3_OWNER} lumina-ba-photos [{ts_clf()}] {ip} {req} {alnum(16, '0123456789ABCDEF')} {op} {key} {uri} {rng.choice([200, 200, 204, 304])} - {rng.randint(0, 90000)} {rng.randint(0, 90000)} {rng.randint(1, 90)} - \"-\" \"aws-sdk-nodejs/2.1550.0 linux/v20.11.1 exec-env/AWS_Lambda_nodejs20.x\" - {base64.b64encode(bytes(rng.getrandbits(8) for _ in range(57))).decode()} SigV4 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader lumina-ba-photos.s3.us-west-2.amazonaws.com TLSv1.2 - -")
    return [l]


def n_photo():
    l = L("photo_svc")
    if rng.random() < 0.4:
        l.t('{"ts":"' + ts_iso() + '","svc":"ba-photo","level":"info","event":"watermark.loaded","asset":"lumina-logo-2x.png","b64":"' + b64_png(rng.randint(60, 120)) + '"}')
    else:
        l.t('{"ts":"' + ts_iso() + '","svc":"ba-photo","level":"info","event":"queue.stats","pending":' + str(rng.randint(0, 40)) + ',"inflight":' + str(rng.randint(0, 8)) + ',"p95_ms":' + str(rng.randint(200, 3000)) + ',"worker":"' + HOSTS[4] + '"}')
    return [l]


def n_stripe():
    l = L("stripe_webhook")
    typ = rng.choice(["payout.paid", "balance.available", "payout.created", "charge.dispute.funds_withdrawn", "invoice.finalized"])
    l.t(f"{ts_iso()} pay-svc INFO stripe webhook verified ")
    obj = {"id": "po_1" + b62(23), "object": "payout", "amount": rng.randint(1000, 90000) * 100, "arrival_date": ts_ms() // 1000 + 86400,
           "currency": "usd", "destination": "ba_1" + b62(23), "method": "standard", "statement_descriptor": "LUMINA VISION", "status": "paid"} \
        if typ.startswith("payout") else {"object": "balance", "available": [{"amount": rng.randint(1000, 900000), "currency": "usd"}]}
    l.js({"id": "evt_1" + b62(23), "object": "event", "api_version": "2023-10-16", "created": ts_ms() // 1000, "data": {"object": obj}, "livemode": True, "type": typ})
    return [l]


def n_stripe_test():
    l = L("stripe_api")
    l.t(f"{ts_iso()} DEBUG stripe.http [staging] POST https://api.stripe.com/v1/payment_methods body=type=card&card%5Bnumber%5D=4242424242424242&card%5Bexp_month%5D=12&card%5Bexp_year%5D=34&card%5Bcvc%5D=***  -> 200 pm_1{b62(23)} (test mode)")
    return [l]


def n_anet():
    l = L("authnet_json")
    r = rng.choice(["1", "1", "2", "4"])
    l.t(f"[{ts_local()}] anet.INFO: Response ")
    l.js({"transactionResponse": {"responseCode": r, "authCode": alnum(6) if r == "1" else "", "avsResultCode": rng.choice(["Y", "Z", "N", "P"]),
                                  "cvvResultCode": rng.choice(["M", "P", "N"]), "transId": str(rng.randint(60000000000, 69999999999)),
                                  "refTransID": "", "transHash": "", "testRequest": "0", "accountNumber": "XXXX" + digits(4),
                                  "accountType": rng.choice(["Visa", "MasterCard", "AmericanExpress", "Discover"])},
          "refId": str(rng.randint(100000, 999999)), "messages": {"resultCode": "Ok" if r == "1" else "Error",
                                                                   "message": [{"code": "I00001", "text": "Successful."}]}}, php=True)
    return [l]


def n_anet_batch():
    l = L("authnet_json")
    l.t(f"[{ts_local()}] anet.INFO: getSettledBatchList ")
    l.kv([("batchId", str(rng.randint(14000000, 14999999))), ("settlementTimeUTC", utc().strftime("%Y-%m-%dT%H:%M:%SZ")),
          ("settlementState", "settledSuccessfully"), ("marketType", "eCommerce"), ("product", "Card Not Present"),
          ("chargeCount", str(rng.randint(3, 60))), ("chargeAmount", f"{rng.uniform(3000, 90000):.2f}"), ("refundCount", str(rng.randint(0, 4)))])
    return [l]


def n_anet_test():
    l = L("authnet_xml")
    l.t(f"[{ts_local()}] anet.DEBUG: sandbox smoke test <createTransactionRequest><transactionRequest><transactionType>authOnlyTransaction</transactionType><amount>1.00</amount><payment><creditCard><cardNumber>4007000000027</cardNumber><expirationDate>2035-12</expirationDate></creditCard></payment></transactionRequest></createTransactionRequest> -> responseCode=1 (TESTMODE)")
    return [l]


def n_cc():
    l = L("financing_xml")
    l.t(f"{ts_local()} pay-svc[{rng.randint(100, 999)}] " + rng.choice([
        f"INFO CareCreditClient heartbeat ok merchant={MERCHANT_CC} latency_ms={rng.randint(80, 900)}",
        f"INFO CareCreditClient daily volume merchant={MERCHANT_CC} apps={rng.randint(3, 40)} approved={rng.randint(1, 30)} amount=${rng.randint(10, 200)}k",
        f"WARN CareCreditClient <Fault><Code>503</Code><Reason>Service Temporarily Unavailable</Reason><RetryAfter>30</RetryAfter></Fault>",
        f"DEBUG CareCreditClient promo table refreshed: 6MO,12MO,18MO,24MO,60MO-RDA (version {rng.randint(100, 200)})",
    ]))
    return [l]


def n_docusign():
    l = L("docusign_connect")
    s = staff()
    l.t(f"{ts_iso()} INFO [esign] " + rng.choice([
        f"connect heartbeat ok configurationId=10211907 queue_depth={rng.randint(0, 12)}",
        f"template updated templateId={uuid4()} name=\"{rng.choice(['LASIK Consent v7', 'Rhinoplasty Consent v3', 'Financial Policy 2024'])}\" by {s[1]}@luminavision.com",
        f"polling envelopes status=sent count={rng.randint(0, 60)} from_date={utc():%Y-%m-%d}",
        f"envelope {uuid4()} voided reason=\"duplicate send\" by {s[0]}",
        f"OAuth JWT token refreshed expires_in=3600 account={DS_ACCOUNT}",
    ]))
    return [l]


def n_twilio():
    l = L("twilio_webhook")
    s = rng.choice(LOCS)
    l.t(f"{ts_iso()} twilio-cb " + rng.choice([
        f"usage today: sms_outbound={rng.randint(100, 900)} sms_inbound={rng.randint(10, 200)} segments={rng.randint(200, 1800)} cost_usd={rng.uniform(1, 20):.2f}",
        f"error summary 30007 (carrier filtering)={rng.randint(0, 9)} 30003={rng.randint(0, 5)} 21610={rng.randint(0, 4)}",
        f"on-call page to {s['surgeon']} +1{rng.choice(AREA[s['st']])}{rng.randint(201, 989)}{digits(4)} queued (SM{hexid(32)})",
        f"magic number test To=%2B15005550006 -> 201 queued (test credentials)",
        f"A2P 10DLC campaign C{alnum(6)} status=VERIFIED brand=Lumina Vision + Aesthetics",
    ]))
    return [l]


def n_zendesk():
    l = L("zendesk")
    a = staff()
    l.t(f"{ts_iso()} zendesk-bridge INFO " + rng.choice([
        f"sla.metrics first_reply_p50={rng.randint(10, 300)}m breaches={rng.randint(0, 7)} open={rng.randint(20, 140)}",
        f"trigger.fired id=360{digits(9)} title=\"Notify financing team\" ticket={rng.randint(40000, 52000)}",
        f"ticket.updated id={rng.randint(40000, 52000)} status=solved assignee=\"{a[0]}\" group=Billing",
        f"macro.applied id=360{digits(9)} title=\"Records request - send ROI form\" by={a[1]}@luminavision.com",
    ]))
    return [l]


def n_hubspot():
    l = L("hubspot_webhook")
    l.t(f"{ts_syslog()} leads-gw-5d8c7b9f5-2pbl7 hubspot-webhooks[1]: ")
    if rng.random() < 0.5:
        l.t("received batch size=1 sigv=v3 payload=")
        l.js([{"eventId": rng.randint(100000000, 999999999), "subscriptionId": 559130, "portalId": HS_PORTAL, "appId": 1203344, "occurredAt": ts_ms(),
               "subscriptionType": "deal.propertyChange", "attemptNumber": 0, "objectId": rng.randint(9000000000, 9999999999),
               "propertyName": "dealstage", "propertyValue": rng.choice(["consultscheduled", "closedwon", "financingpending", "closedlost"]),
               "changeSource": "CRM_UI", "sourceId": "userId:" + str(rng.randint(51000, 51099))}])
    else:
        l.t(f"rate limit status daily_remaining={rng.randint(100000, 500000)} secondly_remaining={rng.randint(0, 100)} app=1203344")
    return [l]


def n_fb():
    l = L("fb_leadads")
    l.t(f"{ts_iso()} [leads-gw] " + rng.choice([
        f"GET /webhooks/facebook?hub.mode=subscribe&hub.challenge={rng.randint(100000000, 999999999)}&hub.verify_token=******** 200",
        f"page token expires_at={(utc() + dt.timedelta(days=rng.randint(5, 59))):%Y-%m-%d} page_id={FB_PAGE}",
        f"insights sync campaign_id=2385{digits(13)} spend={rng.uniform(20, 900):.2f} leads={rng.randint(0, 40)} cpl={rng.uniform(8, 90):.2f}",
        f"leadgen form 8812{digits(11)} locale=es_LA questions=5 status=ACTIVE",
    ]))
    return [l]


def n_callrail():
    l = L("calltracking")
    lc = rng.choice(LOCS)
    l.t(f"{ts_iso()} INFO callrail." + rng.choice([
        f"summary company=COM{hexid(32)} calls={rng.randint(10, 200)} answered_pct={rng.uniform(40, 95):.1f} first_time={rng.randint(5, 120)}",
        f"pool tracking_numbers=+1{lc['phone'][:3]}{rng.randint(201, 989)}{digits(4)},+1{lc['phone'][:3]}{rng.randint(201, 989)}{digits(4)} swap_target=+1{lc['phone']}",
        f"export finished rows={rng.randint(100, 900)} file=calls_{utc():%Y%m%d}.csv",
    ]))
    return [l]


def n_calls_hdr():
    return [L("calls_csv").t(CALLS_HDR)]


def n_penta_hdr():
    return [L("pentacam_csv").t(PENTA_HDR)]


def n_topo():
    l = L("topo_kv")
    l.t(f"{ts_local()} TOPO-EXPORT ").kv([("sn", f"OCU-{rng.randint(70000, 79999)}"), ("event", rng.choice(["Calibration", "SelfTest", "ExportBatch"])),
                                          ("result", rng.choice(["PASS", "PASS", "WARN"])), ("temp_c", f"{rng.uniform(20, 26):.1f}"),
                                          ("sw", f"1.{rng.randint(20, 30)}.{rng.randint(0, 9)}"), ("files", str(rng.randint(0, 40)))])
    return [l]


def n_excimer():
    l = L("excimer_xml")
    l.t(rng.choice([
        f'<SystemEvent ts="{utc():%Y-%m-%dT%H:%M:%S}" device="EX500" serial="EX5-{rng.randint(10000, 10999)}" type="FluenceTest" result="PASS" value="{rng.uniform(0.95, 1.05):.3f}"/>',
        f'<SystemEvent ts="{utc():%Y-%m-%dT%H:%M:%S}" device="EX500" serial="EX5-{rng.randint(10000, 10999)}" type="GasFill" premix="ArF" pressure_mbar="{rng.randint(3000, 3400)}"/>',
        f'<SystemEvent ts="{utc():%Y-%m-%dT%H:%M:%S}" device="FS200" serial="FS2-{rng.randint(20000, 20999)}" type="N2Purge" durationSec="{rng.randint(30, 300)}"/>',
    ]))
    return [l]


def n_review():
    l = L("review_drafts")
    lc = rng.choice(LOCS)
    l.t(f"{ts_iso()} review-bot " + rng.choice([
        f"INFO sync platform=google location={lc['code']} new={rng.randint(0, 9)} avg_rating={rng.uniform(4.1, 4.9):.2f} total={rng.randint(200, 2400)}",
        f"INFO draft approved draft_id=drf_{b62(10)} by={rng.choice(STAFF)[1]}@luminavision.com posted=true",
        f"WARN yelp api 429 Too Many Requests retry_in={rng.randint(5, 60)}s",
    ]))
    return [l]


def n_sys():
    l = L("syslog")
    l.t(f"{ts_syslog()} " + rng.choice([
        f"ip-10-20-{rng.randint(0, 15)}-{rng.randint(2, 250)} systemd[1]: Started php8.2-fpm.service - The PHP 8.2 FastCGI Process Manager.",
        f"ip-10-20-{rng.randint(0, 15)}-{rng.randint(2, 250)} CRON[{rng.randint(1000, 60000)}]: (www-data) CMD (cd /var/www/consult && php artisan schedule:run >> /dev/null 2>&1)",
        f"ip-10-20-{rng.randint(0, 15)}-{rng.randint(2, 250)} kernel: [{rng.uniform(1000, 900000):.6f}] TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.",
        f"ip-10-20-{rng.randint(0, 15)}-{rng.randint(2, 250)} deployer: rollout sched-api image=registry.luminavision.internal/sched-api:2.{rng.randint(10, 19)}.{rng.randint(0, 9)} build={rng.randint(4000, 4700)} commit={hexid(7)}",
        f"ip-10-20-{rng.randint(0, 15)}-{rng.randint(2, 250)} certbot: Certificate for portal.luminavision.com renewed, expires {(utc() + dt.timedelta(days=90)):%Y-%m-%d}",
    ]))
    return [l]


def n_config():
    l = L("config_dump")
    l.t(f"{ts_iso()} sched-api config ").kv(rng.choice([
        [("APP_ENV", "production"), ("STRIPE_API_VERSION", "2023-10-16"), ("TWILIO_REGION", "us1"), ("REMINDER_LEAD_HOURS", "48,24,2"), ("TZ", "America/Phoenix")],
        [("DB_HOST", "sched-db.cluster-c8x.us-west-2.rds.amazonaws.com"), ("DB_PORT", "5432"), ("POOL_MAX", "20"), ("REDIS_URL", "redis://10.20.8.31:6379/2")],
        [("HUBSPOT_PORTAL_ID", str(HS_PORTAL)), ("FB_PAGE_ID", FB_PAGE), ("CALLRAIL_ACCOUNT", f"ACC{hexid(32)}"), ("LOG_LEVEL", "info")],
    ]))
    return [l]


def n_staff():
    l = L("laravel")
    lc = rng.choice(LOCS)
    s = rng.choice(STAFF)
    l.t(f"[{ts_local()}] production.INFO: on-call roster published ")
    l.js({"location": lc["code"], "surgeon": lc["surgeon"], "surgeon_cell": fphone(rng.choice(AREA[lc["st"]]) + str(rng.randint(201, 989)) + digits(4), "dash"),
          "coordinator": s[0], "coordinator_email": f"{s[1]}@luminavision.com", "clinic_phone": fphone(lc["phone"], "paren"),
          "clinic_fax": fphone(lc["phone"][:3] + str(rng.randint(201, 989)) + digits(4), "paren"), "address": lc["addr"]})
    l.t(" []")
    return [l]


def n_morgan_api():
    l = L("express_access")
    l.t(f"::ffff:{priv_ip()} - - [{ts_clf()}] \"{rng.choice(['GET /api/v1/slots?location=SCT&date=2024-03-22', 'GET /api/v1/locations', 'GET /api/v1/procedures', 'POST /api/v1/webhooks/stripe', 'GET /api/v1/slots?location=IRV&provider=prov_feld'])} HTTP/1.1\" {rng.choice([200, 200, 200, 304, 499, 502])} {rng.randint(2, 9000)} \"-\" \"{rng.choice(['axios/1.6.7', 'Stripe/1.0 (+https://stripe.com/docs/webhooks)', 'node-fetch/1.0'])}\" {rng.uniform(1, 900):.3f} ms")
    return [l]


def n_order():
    l = L("pino")
    l.js({"level": 30, "time": ts_ms(), "pid": rng.randint(7, 40), "hostname": HOSTS[5], "name": "pay-svc",
          "orderId": f"ORD-2024-{rng.randint(1000, 9999):06d}", "paymentIntent": "pi_3" + b62(23), "amount": rng.randint(250, 6000) * 100,
          "currency": "usd", "location": rng.choice(LOCS)["code"], "status": rng.choice(["succeeded", "requires_capture", "canceled"]),
          "idempotencyKey": uuid4(), "msg": "order payment state change"})
    return [l]


NOISE_T = [
    (6, n_health), (4, n_pino_job), (3, n_pino_err), (4, n_pino_trace), (2, n_pino_start), (4, n_laravel_queue), (4, n_laravel_info),
    (4, n_fpm), (4, n_apache_static), (3, n_apache_scan), (3, n_apache_err), (4, n_s3_internal), (3, n_photo), (3, n_stripe),
    (1, n_stripe_test), (3, n_anet), (2, n_anet_batch), (1, n_anet_test), (3, n_cc), (3, n_docusign), (3, n_twilio), (3, n_zendesk),
    (3, n_hubspot), (3, n_fb), (3, n_callrail), (3, n_topo), (3, n_excimer), (3, n_review),
    (4, n_sys), (2, n_config), (2, n_staff), (4, n_morgan_api), (3, n_order),
]
NOISE_BLOCK_T = [(1, n_fpm_slow_block)]
BLOCK_USES = {topo_ini_block: 2, excimer_block: 2, ds_certificate_block: 3, n_fpm_slow_block: 2, calls_csv_block: 2, penta_block: 2}


def pick(ts):
    tot = sum(w for w, _ in ts)
    r = rng.uniform(0, tot)
    for w, f in ts:
        r -= w
        if r <= 0:
            return f
    return ts[-1][1]


def forced_queue():
    """A few guaranteed occurrences of rare categories (age > 89, photo, url)."""
    q = [lambda f=f, e=e: f(e) for f, e in zip([fb_retrieve, zendesk_ticket, vision_benefit, pino_booked, topo_kv_line], ELDERS)]
    q += [photo_thumb] * 3 + [lambda: review_draft(with_url=True)] * 3 + [photo_selfie, stripe_formbody, roi_fax, photo_embed, photo_embed, cc_apply, cc_apply, escort_checkin, escort_checkin]
    rng.shuffle(q)
    return q


def main():
    out = []
    forced = forced_queue()
    target_noise = 0.55
    while len(out) < N_LINES:
        clock.tick()
        n_noise = sum(1 for x in out if not x.spans)
        want_noise = n_noise < target_noise * (len(out) + 1)
        r = rng.random()
        if want_noise:
            fn = pick(NOISE_BLOCK_T) if r < 0.015 else pick(NOISE_T if r < 0.9 else PHI_T)
        elif forced and rng.random() < 0.15 and len(out) < N_LINES - 1:
            fn = forced.pop()
            lines = fn()
            assert all(x.spans for x in lines)
            out.extend(lines)
            continue
        else:
            fn = pick(BLOCK_T) if r < 0.06 else pick(PHI_T if r < 0.9 else NOISE_T)
        if fn in BLOCK_USES:
            if BLOCK_USES[fn] <= 0:
                continue
            BLOCK_USES[fn] -= 1
        lines = fn()
        if fn in [f for _, f in PHI_T]:
            assert all(x.spans for x in lines), fn.__name__
        if fn in [f for _, f in NOISE_T + NOISE_BLOCK_T]:
            assert not any(x.spans for x in lines), fn.__name__
        if len(out) + len(lines) > N_LINES:
            continue
        out.extend(lines)
    assert not forced, len(forced)
    # headers should precede rows: place CSV headers is fine anywhere (exports are concatenated)
    log_lines, labels = [], []
    for i, x in enumerate(out, 1):
        s = x.done()
        log_lines.append(s)
        labels.append({"line": i, "family": x.family, "spans": [{"s": a, "e": b, "cat": c} for a, b, c, _ in x.spans]})
    assert len(log_lines) == N_LINES
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(log_lines))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(json.dumps(d, ensure_ascii=False) for d in labels) + "\n")
    # self-check by re-reading
    with open(os.path.join(HERE, f"{ID}.log"), "rb") as fh:
        raw = fh.read().split(b"\n")
    assert len(raw) == N_LINES and all(raw)
    cnt = {}
    for rl, d in zip(raw, labels):
        prev = -1
        for sp in sorted(d["spans"], key=lambda z: z["s"]):
            assert sp["s"] >= prev, d
            prev = sp["e"]
            cnt[sp["cat"]] = cnt.get(sp["cat"], 0) + 1
    clean = sum(1 for d in labels if not d["spans"])
    fams = sorted({d["family"] for d in labels})
    print(f"lines={len(raw)} clean={clean} ({100 * clean / len(raw):.1f}%) families={len(fams)}")
    print(json.dumps(dict(sorted(cnt.items())), ensure_ascii=False))
    assert 0.53 <= clean / len(raw) <= 0.57


if __name__ == "__main__":
    main()
