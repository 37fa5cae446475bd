#!/usr/bin/env python3
"""gen_ni.py - synthetic, labeled log corpus "ni" (all people and identifiers are fictitious).

Theme: a chain of IV-hydration / ketamine-infusion / med-spa clinics ("Lumen Drip & Wellness",
five sites: Austin, Scottsdale, Nashville, Denver, Tampa) running PHP Laravel and Node services:
Jane-App-like and Boulevard-like booking webhooks, Square and Stripe payments with tips,
PHQ-9/GAD-7 intake questionnaires (kv, CSV, FHIR NDJSON), DocuSign-like consent (Connect XML)
and an iPad consent kiosk, infusion pump syslog and IHE-PCD HL7 feeds, a ketamine controlled
substance log book with witnesses, Mailchimp (form-encoded) and Klaviyo (JSON:API) events,
Google Ads offline conversion uploads (CSV and API JSON, hashed and unhashed), Instagram DM
exports, Yelp review replies, nurse chart notes, mobile IV van dispatch, Twilio SMS, Google
Maps lookups, nginx, UniFi guest portal and the usual infrastructure noise.

Writes ni.log (500 lines) and ni.labels.jsonl next to this script. Standard library only,
deterministic (fixed seeds, no clock or OS randomness).

Labeling decisions:
- People labeled: patients/clients, their relatives, emergency contacts, card holders/payers
  paying for a client, Yelp reviewers and Instagram correspondents who are (prospective) clients.
  Not labeled: clinic staff (RNs, NPs, MDs, CRNAs, estheticians, front desk) doing their work,
  witnesses in the ketamine log, referring providers, the business, its sites, vendors and
  their addresses/phones/faxes/e-mails, DEA/NPI/tax IDs of the clinic.
- Names: first and last name are separate spans when they sit in separate fields; a full name
  written in one place ("Adebayo, Oluwaseun", "ADEBAYO^OLUWASEUN", "Dana P.") is one span.
  First names alone (SMS bodies, replies, notes) and "First L." forms are labeled name.
- Address: street line, unit and city are labeled address (one span when written together,
  separate spans in separate fields); state is never labeled; ZIP is its own zip span, also in
  billing_zip/postalCode fields; lat/lng of a patient's home are each an address span.
  URL-encoded addresses are labeled in their encoded form. Van GPS pings with no patient are
  not labeled. Gate/door codes are not identifiers and are not labeled.
- Dates labeled: birth dates, appointment start/end (whole date-time value as written),
  dates of service/administration (ketamine log row date, superbill dos, chart-note dates),
  consent signed dates, intake submitted/authored dates, dates inside SMS/DM/review text.
  Not labeled: log timestamps, webhook delivery/sent/fired_at metadata, DocuSign envelope
  Sent/TimeGenerated, payment created times, Klaviyo event times, Yelp review time_created,
  Instagram timestamp_ms, Google Ads conversion times, pump/HL7 device observation and
  message times, daily narcotic count dates, build/cert/config dates, years alone.
- Ages: only ages > 89 are labeled (e.g. "91", "93 y/o"); other ages are not.
- IDs: clinic patient/chart numbers (Jane patient id, chart_no, PID-3, Patient/<id>,
  Boulevard client URN) -> mrn; Stripe cus_... and Square customer_id, full card numbers and
  bank account numbers -> account; card last4, card brand, bank routing numbers -> not labeled;
  insurance member IDs and Medicare MBIs -> health_plan (group numbers not labeled);
  patient driver's licence numbers -> license; patient vehicle plates -> vehicle (clinic vans
  and their VINs not labeled); patient-owned/implanted devices (pacemaker, insulin pump, CGM
  serials, phone MAC on guest Wi-Fi) -> device; clinic pumps, iPads, Square terminals -> not.
- other_id: Instagram handles and DM thread folder ids, Yelp user ids, Klaviyo profile ids,
  Mailchimp member ids, Google click ids (gclid) and SHA-256 hashed e-mails/phones in ad
  uploads, adverse-event case numbers. Transaction/document ids (appointment, payment, charge,
  invoice, envelope, encounter/visit, dispatch job, message SIDs, order numbers, webhook event
  ids, log-book entry numbers) are not labeled.
- url: personal profile URLs of clients (Yelp user_details links).
- ip: public IPs of patients/visitors (remote consent signing, patient-facing nginx routes,
  Mailchimp ip_opt, Stripe client_ip). Private/internal IPs, vendor webhook sources, crawlers
  and uptime monitors are not labeled.
- photo: base64 face images (before/after photos, ID scans); biometric: base64 drawn
  signature images/stroke data of patients (staff witness signatures not labeled).
- ssn: full SSNs with or without dashes (superbill subscriber_ssn, intake free text, DMs).
- fax: a patient's own fax for records release; provider/clinic faxes are not labeled.
- Values inside escaped/encoded containers (JSON \\n notes, form-url-encoding, Instagram
  mojibake escapes) are labeled exactly as written in the line.
"""
import base64
import hashlib
import json
import os
import random
import unicodedata
import urllib.parse
from datetime import date, datetime, timedelta, timezone

ID = "ni"
SEED = 21_0311_2024
N_LINES = 500
HERE = os.path.dirname(os.path.abspath(__file__))
REF = date(2024, 3, 11)

# ----------------------------------------------------------------------------------------
# line builder
# ----------------------------------------------------------------------------------------


class Line:
    __slots__ = ("fam", "buf", "spans")

    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += str(s).encode("utf-8")
        return self

    def p(self, s, cat):
        s = str(s)
        if not cat:
            return self.t(s)
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append((st, len(self.buf), cat, s))
        return self

    def add(self, *parts):
        for x in parts:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            elif isinstance(x, (P, S)):
                self.p(x.v, x.cat) if isinstance(x, P) else [self.add(q) for q in x.parts]
            else:
                self.t(x)
        return self

    def j(self, obj, sep=(",", ":"), ascii_=False):
        jdump(self, obj, sep, ascii_)
        return self


class P:
    """A labeled JSON scalar."""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """A JSON string made of text and labeled pieces."""

    def __init__(self, *parts):
        self.parts = parts


def jesc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def jdump(L, o, sep=(",", ":"), ascii_=False):
    if isinstance(o, P):
        if isinstance(o.v, str):
            L.t('"')
            L.p(jesc(o.v, ascii_), o.cat)
            L.t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    elif isinstance(o, S):
        L.t('"')
        for q in o.parts:
            if isinstance(q, tuple):
                L.p(jesc(q[0], ascii_), q[1])
            else:
                L.t(jesc(q, ascii_))
        L.t('"')
    elif isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=ascii_) + sep[1])
            jdump(L, v, sep, ascii_)
        L.t("}")
    elif isinstance(o, (list, tuple)):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            jdump(L, v, sep, ascii_)
        L.t("]")
    else:
        L.t(json.dumps(o, ensure_ascii=ascii_))


def mk(fam, *parts):
    return Line(fam).add(*parts)


# ----------------------------------------------------------------------------------------
# clock
# ----------------------------------------------------------------------------------------


class Clock:
    def __init__(self, seed=77):
        self.t = datetime(2024, 3, 11, 11, 58, 7, 412000, tzinfo=timezone.utc)
        self.r = random.Random(seed)

    def tick(self):
        self.t += timedelta(seconds=self.r.randint(2, 140), milliseconds=self.r.randint(0, 999))
        return self.t

    def small(self):
        self.t += timedelta(milliseconds=self.r.randint(1, 900))
        return self.t


def lara(t):
    return t.strftime("[%Y-%m-%d %H:%M:%S]")


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_s(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def epoch_ms(t):
    return int(t.timestamp() * 1000)


def local(t, off):
    return t + timedelta(hours=off)


def offs(off):
    return "%s%02d:00" % ("-" if off < 0 else "+", abs(off))


def sysl(t):
    return "%s %2d %s" % (t.strftime("%b"), t.day, t.strftime("%H:%M:%S"))


# ----------------------------------------------------------------------------------------
# vocab
# ----------------------------------------------------------------------------------------

ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
B64U = ALNUM + "-_"
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONL = ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"]


def rid(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def uuid(r):
    h = "%032x" % r.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + "89ab"[r.randint(0, 3)] + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


def fphone(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", d, f"+1{d}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}",
            f"1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"{a} {b} {c}"][style]


def fdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_nopad":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "dmon":
        return "%02d-%s-%d" % (d.day, MONS[d.month - 1], d.year)
    if style == "long":
        return "%s %d, %d" % (MONL[d.month - 1], d.day, d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "mdash":
        return d.strftime("%m-%d-%Y")
    if style == "mon_d_y":
        return "%s %02d %d" % (MONS[d.month - 1], d.day, d.year)
    if style == "d_mon_y":
        return "%d %s %d" % (d.day, MONS[d.month - 1], d.year)
    if style == "md":
        return "%d/%d" % (d.month, d.day)
    raise ValueError(style)


def luhn_complete(prefix, length=16, r=None):
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return body + str((10 - tot % 10) % 10)


def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


def mbi(r):
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    return (str(r.randint(1, 9)) + r.choice(A) + r.choice(AN) + str(r.randint(0, 9)) + r.choice(A)
            + r.choice(AN) + str(r.randint(0, 9)) + r.choice(A) + r.choice(A)
            + str(r.randint(0, 9)) + str(r.randint(0, 9)))


def public_ip(r):
    first = r.choice([24, 47, 66, 67, 68, 69, 70, 71, 72, 73, 75, 76, 96, 97, 98, 99, 104, 107,
                      108, 136, 162, 174, 184, 173, 50, 65])
    return "%d.%d.%d.%d" % (first, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def b64_blob(r, kind, n):
    if kind == "jpeg":
        head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    else:
        head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x00\x00\x00\x00\xc8\x08\x06"
    body = bytes(r.getrandbits(8) for _ in range(n))
    return base64.b64encode(head + body).decode()


def sha(s):
    return hashlib.sha256(s.encode()).hexdigest()


class Loc:
    def __init__(self, slug, code, name, st, off, areas, cityzips, streets, center, addr, phone,
                 fax, ip_prefix):
        self.slug, self.code, self.name, self.st, self.off = slug, code, name, st, off
        self.areas, self.cityzips, self.streets = areas, cityzips, streets
        self.center, self.addr, self.phone, self.fax = center, addr, phone, fax
        self.net = ip_prefix


LOCS = [
    Loc("lumen-atx", "ATX-SOCO", "Lumen Drip Austin South Congress", "TX", -5, ["512", "737"],
        [("Austin", "78704"), ("Austin", "78745"), ("Austin", "78702"), ("Austin", "78731"),
         ("Austin", "78751"), ("Round Rock", "78664"), ("Pflugerville", "78660")],
        ["Travis Heights Blvd", "Oakmont Blvd", "W 34th St", "Bouldin Ave", "E Cesar Chavez St",
         "Burnet Rd", "Rosedale Ter", "Kinney Ave", "Pecan Springs Rd"],
        (30.2480, -97.7501), "1600 S Congress Ave Ste 210, Austin, TX 78704", "(512) 555-0140",
        "(512) 555-0141", "10.20"),
    Loc("lumen-sdl", "SDL-OLDTOWN", "Lumen Drip Scottsdale Old Town", "AZ", -7, ["480", "602"],
        [("Scottsdale", "85251"), ("Scottsdale", "85254"), ("Scottsdale", "85258"),
         ("Paradise Valley", "85253"), ("Phoenix", "85018"), ("Tempe", "85281")],
        ["E Indian School Rd", "N 68th St", "E Cactus Rd", "N Hayden Rd", "E Osborn Rd",
         "N Scottsdale Rd", "E Camelback Rd"],
        (33.4942, -111.9261), "7014 E Camelback Rd Ste 1200, Scottsdale, AZ 85251",
        "(480) 555-0102", "(480) 555-0103", "10.30"),
    Loc("lumen-bna", "BNA-GULCH", "Lumen Drip Nashville Gulch", "TN", -5, ["615", "629"],
        [("Nashville", "37203"), ("Nashville", "37206"), ("Nashville", "37212"),
         ("Nashville", "37209"), ("Brentwood", "37027"), ("Franklin", "37064")],
        ["Belmont Blvd", "Fatherland St", "Woodland St", "Acklen Ave", "Greenwood Ave",
         "Charlotte Pike", "Lealand Ln"],
        (36.1512, -86.7816), "1201 Demonbreun St Ste 140, Nashville, TN 37203", "(615) 555-0155",
        "(615) 555-0156", "10.40"),
    Loc("lumen-den", "DEN-LOHI", "Lumen Drip Denver LoHi", "CO", -6, ["303", "720"],
        [("Denver", "80211"), ("Denver", "80205"), ("Denver", "80218"), ("Denver", "80206"),
         ("Lakewood", "80226"), ("Englewood", "80113")],
        ["Tejon St", "Zuni St", "Clarkson St", "E 17th Ave", "Vallejo St", "W 38th Ave",
         "S Pearl St"],
        (39.7589, -105.0107), "3301 Tejon St Ste 105, Denver, CO 80211", "(303) 555-0121",
        "(303) 555-0122", "10.50"),
    Loc("lumen-tpa", "TPA-HYDEPARK", "Lumen Drip Tampa Hyde Park", "FL", -4, ["813", "656"],
        [("Tampa", "33606"), ("Tampa", "33609"), ("Tampa", "33602"), ("Tampa", "33629"),
         ("Tampa", "33611"), ("Brandon", "33511")],
        ["W Swann Ave", "S Dale Mabry Hwy", "W Bay to Bay Blvd", "S Howard Ave", "W Platt St",
         "S MacDill Ave", "W Kennedy Blvd"],
        (27.9378, -82.4706), "1602 W Snow Ave Ste 300, Tampa, FL 33606", "(813) 555-0188",
        "(813) 555-0189", "10.60"),
]

STAFF = [
    ("Brianna", "Kessler", "RN", "b.kessler"), ("Tomás", "Villalobos", "RN", "t.villalobos"),
    ("Anjali", "Mehta", "MD", "a.mehta"), ("Kevin", "O'Hara", "CRNA", "k.ohara"),
    ("Lauren", "Pike", "NP", "l.pike"), ("Jordan", "Reyes", "RN", "j.reyes"),
    ("Hannah", "Weiss", "LE", "h.weiss"), ("Elif", "Yıldız", "RN", "e.yildiz"),
    ("Samuel", "Achterberg", "RN", "s.achterberg"), ("Nadia", "Hakimi", "PA-C", "n.hakimi"),
]

NAMES = [
    ("Oluwaseun", "Adebayo", "M"), ("María José", "Castillo-Ruiz", "F"), ("Thu Ha", "Nguyen", "F"),
    ("Jean-Luc", "van der Berg", "M"), ("Siobhan", "O'Connell", "F"), ("DeShawn", "Whitaker", "M"),
    ("Priya", "Raghunathan", "F"), ("Mateusz", "Kowalczyk", "M"), ("Aiyana", "Redcloud", "F"),
    ("Björn", "Lindqvist", "M"), ("Fatima", "Al-Sayed", "F"), ("Kenji", "Watanabe", "M"),
    ("Zoë", "Papadopoulos", "F"), ("Ludovica", "De Luca", "F"), ("Minh", "Tran", "M"),
    ("Chidinma", "Okafor", "F"), ("Liam", "McAllister", "M"), ("Ana Lúcia", "Ferreira da Silva", "F"),
    ("Hyun-woo", "Park", "M"), ("Ekaterina", "Volkova", "F"), ("Rafael", "dos Santos", "M"),
    ("Mei-Ling", "Chou", "F"), ("Connor", "Fitzgerald", "M"), ("Yusuf", "Demir", "M"),
    ("Amara", "Diallo", "F"), ("Gabrielle", "St. Pierre", "F"), ("Dmitri", "Ivanov", "M"),
    ("Leilani", "Kahananui", "F"), ("Rohan", "Deshpande", "M"), ("Sofía", "Marín", "F"),
    ("Thandiwe", "Nkosi", "F"), ("Emily", "von Stade", "F"), ("Marcus", "Bell-Wright", "M"),
    ("Noor", "Haddad", "F"), ("Ingrid", "Halvorsen", "F"), ("Carlos", "de la Fuente", "M"),
    ("Keisha", "Monroe", "F"), ("Pierre-Antoine", "Lefèvre", "M"), ("Ava", "Goldberg", "F"),
    ("Tomasz", "Nowak", "M"), ("Ximena", "Quispe", "F"), ("Declan", "Murphy", "M"),
    ("Li", "Sun", "F"), ("Jasmine", "Abernathy-Cole", "F"), ("Dana", "Pruitt", "F"),
    ("Kiana", "Alexander", "F"), ("Bao", "Lam", "M"), ("Renée", "Thibodeaux", "F"),
    ("Ahmad", "Karimi", "M"), ("Harper", "Lindgren", "F"), ("Santiago", "Restrepo", "M"),
    ("Olga", "Shevchenko", "F"), ("Tyrone", "Jefferson", "M"), ("Yael", "Ben-David", "F"),
    ("Malia", "Fonoti", "F"), ("Giovanni", "Russo", "M"), ("Esperanza", "Villanueva", "F"),
    ("Callum", "MacLeod", "M"), ("Aaliyah", "Brooks", "F"), ("Wojciech", "Zieliński", "M"),
]
REL_M = ["Marco", "Ibrahim", "Hollis", "Min-jun", "Patrick", "Viktor", "Desmond", "Arturo"]
REL_F = ["Renata", "Gloria", "Adaeze", "Soledad", "Naomi", "Ruth", "Kalani", "Ifeoma"]
REL_SEX = {"husband": "M", "wife": "F", "mom": "F", "dad": "M", "daughter": "F", "son": "M",
           "sister": "F", "brother": "M"}
NICK = {"Oluwaseun": "Seun", "Jean-Luc": "JL", "Ekaterina": "Katya", "Dmitri": "Dima",
        "Pierre-Antoine": "Pierre", "María José": "Majo", "Wojciech": "Wojtek",
        "Chidinma": "Chi", "Hyun-woo": "Hyun", "Giovanni": "Gio", "Santiago": "Santi"}
PAYERS = [("Blue Cross Blue Shield of Texas", "bcbs"), ("Aetna", "aetna"),
          ("UnitedHealthcare", "uhc"), ("Cigna", "cigna"), ("Humana", "humana")]
CARS = ["white Tesla Model Y", "silver Honda CR-V", "blue Subaru Outback", "black Jeep Wrangler",
        "red Mazda CX-5", "gray Toyota Tacoma", "green Kia Soul", "white Ford Bronco"]

TREAT_IV = ["Myers' Cocktail (1L)", "Hangover Recovery IV", "NAD+ 500mg Infusion",
            "Immunity Boost + Zinc", "Beauty Drip (Biotin/Glutathione)", "Hydration Basic 1L LR",
            "Migraine Relief IV (Toradol/Zofran)"]
TREAT_KET = ["Ketamine Infusion - Depression (40 min)", "Ketamine Consult (MD)",
             "Ketamine Booster Infusion", "Ketamine Infusion - Chronic Pain (4 hr)"]
TREAT_SPA = ["Botox - Forehead/Glabella", "Dysport (per unit)", "Juvederm Voluma - Cheeks",
             "HydraFacial Deluxe", "Microneedling + PRP", "Semaglutide Weight Loss Visit",
             "B12 Shot", "Lip Filler - Restylane Kysse"]


class Person:
    pass


def make_people(r):
    people = []
    charts = set()
    old_idx = {7, 23, 41}
    for i, (f, l, sex) in enumerate(NAMES):
        p = Person()
        p.first, p.last, p.sex = f, l, sex
        p.loc = LOCS[i % len(LOCS)]
        while True:
            c = str(r.randint(10000, 39999))
            if c not in charts:
                charts.add(c)
                break
        p.chart = c
        if i in old_idx:
            p.dob = date(r.randint(1929, 1933), r.randint(1, 12), r.randint(1, 28))
        else:
            p.dob = date(r.randint(1958, 2003), r.randint(1, 12), r.randint(1, 28))
        p.age = REF.year - p.dob.year - ((REF.month, REF.day) < (p.dob.month, p.dob.day))
        p.phone = r.choice(p.loc.areas) + str(r.randint(2, 9)) + "%02d" % r.randint(0, 99) + "%04d" % r.randint(0, 9999)
        ff, ll = fold(f), fold(l)
        yy = "%02d" % (p.dob.year % 100)
        p.email = r.choice([
            f"{ff}.{ll}@gmail.com", f"{ff}{ll[0]}{yy}@yahoo.com", f"{ff[0]}{ll}@icloud.com",
            f"{ll}.{ff}@outlook.com", f"{ff}_{ll}{r.randint(1, 99)}@hotmail.com",
            f"{ff}{ll}@proton.me", f"{ff}.{ll}{yy}@gmail.com", f"{ff}{ll[:4]}@me.com"])
        p.street = "%d %s" % (r.randint(100, 9899), r.choice(p.loc.streets))
        p.unit = r.choice([None, None, None, "Apt 3B", "Unit 12", "#204", "Apt 1107", "Ste 5"])
        p.city, p.zip = r.choice(p.loc.cityzips)
        p.lat = round(p.loc.center[0] + r.uniform(-0.09, 0.09), 5)
        p.lng = round(p.loc.center[1] + r.uniform(-0.09, 0.09), 5)
        p.cus = "cus_" + rid(r, 14)
        p.sq = rid(r, 26, UPNUM)
        p.blvd = "urn:blvd:Client:" + uuid(r)
        p.kl = "01H" + rid(r, 23, CROCK)
        p.mc = rid(r, 10, HEX)
        p.ig = r.choice([f"{ff}.{ll}", f"{ff}_{ll[:5]}{yy}", f"glowwith{ff}", f"{ll}.{ff[0]}",
                         f"{ff}{ll}_", f"its.{ff}.{r.randint(1, 99)}"])
        p.yelp = rid(r, 22, B64U)
        st = p.loc.st
        if st == "TX":
            p.dl = "%08d" % r.randint(10000000, 49999999)
        elif st == "AZ":
            p.dl = "D%08d" % r.randint(0, 99999999)
        elif st == "TN":
            p.dl = "%09d" % r.randint(100000000, 199999999)
        elif st == "CO":
            n = "%09d" % r.randint(0, 999999999)
            p.dl = f"{n[:2]}-{n[2:5]}-{n[5:]}"
        else:
            n = "%012d" % r.randint(0, 999999999999)
            p.dl = f"{ll[0].upper()}{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:11]}-{n[11]}"
        payer, pk = r.choice(PAYERS)
        p.payer = payer
        p.member = {"bcbs": "XGH" + "%09d" % r.randint(0, 999999999),
                    "aetna": "W%09d" % r.randint(0, 999999999),
                    "uhc": "%09d" % r.randint(100000000, 999999999),
                    "cigna": "U%08d01" % r.randint(0, 99999999),
                    "humana": "H%08d" % r.randint(0, 99999999)}[pk]
        p.group = "%07d" % r.randint(0, 9999999)
        p.mbi = mbi(r)
        p.ssn = ssn(r)
        p.ip = public_ip(r)
        p.mac = ":".join("%02x" % r.randint(0, 255) for _ in range(6))
        p.card = luhn_complete(r.choice(["4", "51", "55", "4147", "5425"]), 16, r)
        p.acct = "%d" % r.randint(10**8, 10**12)
        p.plate = r.choice([rid(r, 3, "ABCDEFGHJKLMNPRSTVWXYZ") + "-" + "%04d" % r.randint(0, 9999),
                            rid(r, 3, "ABCDEFGHJKLMNPRSTVWXYZ") + "%04d" % r.randint(0, 9999),
                            "%d%s%03d" % (r.randint(1, 9), rid(r, 3, "ABCDEFGHJKLMNPRSTVWXYZ"), r.randint(0, 999))])
        p.car = r.choice(CARS)
        rel = r.choice(["husband", "wife", "mom", "dad", "daughter", "son", "sister", "partner",
                        "roommate", "brother"])
        rs = REL_SEX.get(rel) or r.choice("MF")
        rf = r.choice(REL_M if rs == "M" else REL_F)
        rl = l if rel not in ("partner", "roommate") else r.choice(NAMES)[1]
        p.rel = (rel, rf, rl, r.choice(p.loc.areas) + str(r.randint(2, 9)) + "%02d%04d" % (r.randint(0, 99), r.randint(0, 9999)))
        p.nick = NICK.get(f)
        p.weight = round(r.uniform(48, 112), 1)
        people.append(p)
    return people


def pick(r, ppl, old=0.0):
    if old and r.random() < old:
        return r.choice([q for q in ppl if q.age > 89])
    return r.choice(ppl)


def fold_up(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -'")).upper()


def appt(r, p, days=(0, 14)):
    d = REF + timedelta(days=r.randint(*days))
    return datetime(d.year, d.month, d.day, r.randint(8, 18), r.choice([0, 15, 30, 45]))


def ldt(dt, off):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + offs(off)


# ----------------------------------------------------------------------------------------
# event generators: each gen(r, clk, ppl) -> list[Line]
# ----------------------------------------------------------------------------------------


def staff(r, roles=None):
    s = r.choice([x for x in STAFF if roles is None or x[2] in roles])
    return s


def sname(s):
    return f"{s[0]} {s[1]}"


def ev_jane(r, clk, ppl, phi):
    t = clk.tick()
    if not phi:
        k = r.randint(0, 4)
        if k == 0:
            return [mk("laravel", lara(t), " production.INFO: Jane webhook signature verified ",
                       ).j({"delivery": uuid(r), "event": r.choice(["appointment.booked", "appointment.cancelled", "patient.updated"]), "ms": r.randint(1, 9)}).t(" []")]
        if k == 1:
            return [mk("laravel", lara(t), " production.WARNING: Jane webhook replay ignored ").j(
                {"delivery": uuid(r), "age_s": r.randint(301, 4000), "tolerance_s": 300}).t(" []")]
        if k == 2:
            loc = r.choice(LOCS)
            return [mk("laravel", lara(t), " production.INFO: Jane sync completed ").j(
                {"clinic": loc.slug, "appointments_upserted": r.randint(3, 60), "patients_upserted": r.randint(0, 20),
                 "cursor": rid(r, 24, B64U), "duration_ms": r.randint(300, 9000)}).t(" []")]
        if k == 3:
            return [mk("laravel", lara(t), " production.ERROR: Jane API rate limited ").j(
                {"status": 429, "retry_after": r.choice([15, 30, 60]),
                 "endpoint": "/api/v2/appointments?updated_since=2024-03-11T06:00:00Z&per_page=100"}).t(" []")]
        return [mk("laravel", lara(t), " production.INFO: Jane webhook received ").j(
            {"event": "practitioner.schedule_changed", "clinic": r.choice(LOCS).slug,
             "data": {"practitioner": {"id": r.randint(10, 90), "name": sname(staff(r))},
                      "shift": (lambda dd: {"starts_at": "2024-03-1%dT07:30:00-05:00" % dd, "ends_at": "2024-03-1%dT16:00:00-05:00" % dd})(r.randint(2, 8))}}).t(" []")]
    p = pick(r, ppl, 0.12)
    loc = p.loc
    ev = r.choice(["appointment.booked", "appointment.booked", "appointment.rescheduled",
                   "appointment.arrived", "patient.updated"])
    pat = {"id": P(int(p.chart), "mrn"), "first_name": P(p.first, "name"),
           "last_name": P(p.last, "name"),
           "preferred_name": P(p.nick, "name") if p.nick else None,
           "email": P(p.email, "email"),
           "mobile_phone": P(fphone(p.phone, r.choice([0, 1, 5])), "phone"),
           "birth_date": P(fdate(p.dob, "iso"), "date"),
           "sex": {"F": "female", "M": "male"}[p.sex]}
    if ev == "patient.updated":
        pat["address"] = {"street": P(p.street, "address"), "street2": P(p.unit, "address") if p.unit else "",
                          "city": P(p.city, "address"), "province": p.loc.st, "postal": P(p.zip, "zip"),
                          "country": "US"}
        rel, rf, rl, rp = p.rel
        pat["emergency_contact"] = {"name": P(f"{rf} {rl}", "name"), "relationship": rel.title(),
                                    "phone": P(fphone(rp, 1), "phone")}
        pat["alert_notes"] = r.choice(["", "Needle phobic - use numbing cream", "Hx vasovagal with IV starts",
                                       "Prefers female RN"])
        obj = {"event": ev, "clinic": loc.slug, "sent_at": iso_s(t), "data": {"patient": pat}}
    else:
        start = appt(r, p)
        if ev == "appointment.arrived":
            lt = local(t, loc.off)
            start = datetime(lt.year, lt.month, lt.day, lt.hour, 0) + timedelta(minutes=r.choice([0, 15, 30]))
        tr = r.choice(TREAT_KET + TREAT_IV)
        mins = 240 if "4 hr" in tr else r.choice([30, 45, 60, 75])
        end = start + timedelta(minutes=mins)
        ap = {"id": r.randint(800000, 899999), "start_at": P(ldt(start, loc.off), "date"),
              "end_at": P(ldt(end, loc.off), "date"), "treatment_name": tr,
              "practitioner_name": sname(staff(r, ("RN", "MD", "NP", "CRNA"))),
              "room": r.choice(["Infusion Suite 1", "Infusion Suite 2", "Lounge Chair 4", "Quiet Room"]),
              "state": {"appointment.arrived": "arrived"}.get(ev, "booked"),
              "booked_online": r.random() < 0.7}
        if ev == "appointment.rescheduled":
            prev = start - timedelta(days=r.randint(1, 5))
            ap["previous_start_at"] = P(ldt(prev, loc.off), "date")
        obj = {"event": ev, "clinic": loc.slug, "sent_at": iso_s(t), "data": {"appointment": ap, "patient": pat}}
    return [mk("laravel", lara(t), " production.INFO: Jane webhook received ").j(obj).t(" []")]


QUEUE_JOBS = ["App\\Jobs\\SyncJaneAppointment", "App\\Jobs\\SyncJanePatient", "App\\Jobs\\PushKlaviyoEvent",
              "App\\Jobs\\UploadGoogleAdsConversions", "App\\Jobs\\ReconcileSquarePayments",
              "App\\Jobs\\SendAppointmentReminder", "App\\Jobs\\GenerateSuperbillPdf",
              "App\\Listeners\\DocuSignEnvelopeCompleted", "App\\Jobs\\SyncMailchimpAudience",
              "Illuminate\\Notifications\\SendQueuedNotifications"]


def ev_queue(r, clk, ppl, phi=False):
    t = clk.tick()
    job = r.choice(QUEUE_JOBS)
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    width = 98
    out = []
    pre = f"  {ts} {job} "
    out.append(mk("laravel_queue", pre + "." * max(3, width - len(pre) - 8) + " RUNNING"))
    t2 = clk.small()
    res = r.choice(["DONE"] * 6 + ["FAIL"])
    dur = r.choice(["%.2fms" % r.uniform(4, 999), "%ds" % r.randint(1, 9)])
    pre2 = f"  {t2.strftime('%Y-%m-%d %H:%M:%S')} {job} "
    tail = f" {dur} {res}"
    out.append(mk("laravel_queue", pre2 + "." * max(3, width - len(pre2) - len(tail)) + tail))
    return out


FRAMES_DB = [
    "/var/www/lumen-core/vendor/laravel/framework/src/Illuminate/Database/Connection.php(780): Illuminate\\\\Database\\\\Connection->runQueryCallback('insert into `cl...', Array, Object(Closure))",
    "/var/www/lumen-core/vendor/laravel/framework/src/Illuminate/Database/MySqlConnection.php(42): Illuminate\\\\Database\\\\Connection->run('insert into `cl...', Array, Object(Closure))",
    "/var/www/lumen-core/vendor/laravel/framework/src/Illuminate/Database/Query/Builder.php(3507): Illuminate\\\\Database\\\\MySqlConnection->insert('insert into `cl...', Array)",
    "/var/www/lumen-core/vendor/laravel/framework/src/Illuminate/Database/Eloquent/Builder.php(1982): Illuminate\\\\Database\\\\Query\\\\Builder->insertGetId(Array, 'id')",
    "/var/www/lumen-core/app/Services/Jane/PatientUpserter.php(88): Illuminate\\\\Database\\\\Eloquent\\\\Model->save()",
    "/var/www/lumen-core/app/Jobs/SyncJanePatient.php(41): App\\\\Services\\\\Jane\\\\PatientUpserter->upsert(Array)",
    "/var/www/lumen-core/vendor/laravel/framework/src/Illuminate/Container/BoundMethod.php(36): App\\\\Jobs\\\\SyncJanePatient->handle(Object(App\\\\Services\\\\Jane\\\\PatientUpserter))",
    "/var/www/lumen-core/vendor/laravel/framework/src/Illuminate/Queue/CallQueuedHandler.php(124): Illuminate\\\\Container\\\\Container->call(Array)",
]
FRAMES_HTTP = [
    "/var/www/lumen-core/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php(158): GuzzleHttp\\\\Handler\\\\CurlFactory::createRejection(Object(GuzzleHttp\\\\Handler\\\\EasyHandle), Array)",
    "/var/www/lumen-core/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php(110): GuzzleHttp\\\\Handler\\\\CurlFactory::finishError(Object(GuzzleHttp\\\\Handler\\\\CurlHandler), Object(GuzzleHttp\\\\Handler\\\\EasyHandle), Object(GuzzleHttp\\\\Handler\\\\CurlFactory))",
    "/var/www/lumen-core/vendor/guzzlehttp/promises/src/Promise.php(248): GuzzleHttp\\\\Handler\\\\CurlHandler->__invoke(Object(GuzzleHttp\\\\Psr7\\\\Request), Array)",
    "/var/www/lumen-core/vendor/laravel/framework/src/Illuminate/Http/Client/PendingRequest.php(907): GuzzleHttp\\\\Client->send(Object(GuzzleHttp\\\\Psr7\\\\Request), Array)",
    "/var/www/lumen-core/app/Services/Jane/JaneClient.php(64): Illuminate\\\\Http\\\\Client\\\\PendingRequest->get('https://lumen.j...', Array)",
    "/var/www/lumen-core/app/Jobs/SyncJaneAppointment.php(33): App\\\\Services\\\\Jane\\\\JaneClient->appointments(Array)",
]


def ev_lara_exc(r, clk, ppl, phi):
    t = clk.tick()
    out = []
    if phi:
        p = r.choice(ppl)
        ts = t.strftime("%Y-%m-%d %H:%M:%S")
        ph = p.phone

        def msg(L):
            L.add("SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '", (p.email, "email"),
                  "' for key 'clients.clients_email_unique' (Connection: mysql, SQL: insert into `clients` (`first_name`, `last_name`, `email`, `mobile`, `dob`, `location_id`, `jane_patient_id`, `updated_at`, `created_at`) values (",
                  (p.first, "name"), ", ", (p.last, "name"), ", ", (p.email, "email"), ", ", (ph, "phone"), ", ",
                  (fdate(p.dob, "iso"), "date"), ", ", str(LOCS.index(p.loc) + 1), ", ", (p.chart, "mrn"),
                  f", {ts}, {ts}))")

        L = mk("laravel_trace", lara(t), " production.ERROR: ")
        msg(L)
        L.t(' {"exception":"[object] (Illuminate\\\\Database\\\\UniqueConstraintViolationException(code: 23000): ')
        msg(L)
        L.t(" at /var/www/lumen-core/vendor/laravel/framework/src/Illuminate/Database/Connection.php:822)")
        out.append(L)
        frames = FRAMES_DB
    else:
        k = r.randint(0, 1)
        if k == 0:
            out.append(mk("laravel_trace", lara(t), ' production.ERROR: cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://lumen.janeapp.com/api/v2/appointments?page=',
                          str(r.randint(2, 9)), ' {"exception":"[object] (Illuminate\\\\Http\\\\Client\\\\ConnectionException(code: 0): cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received at /var/www/lumen-core/vendor/laravel/framework/src/Illuminate/Http/Client/PendingRequest.php:941)'))
            frames = FRAMES_HTTP
        else:
            out.append(mk("laravel_trace", lara(t), ' production.ERROR: Undefined array key "birth_date" {"exception":"[object] (ErrorException(code: 0): Undefined array key \\"birth_date\\" at /var/www/lumen-core/app/Services/Jane/PatientMapper.php:57)'))
            frames = FRAMES_DB[4:]
    out.append(mk("laravel_trace", "[stacktrace]"))
    n = r.randint(4, len(frames))
    for i in range(n):
        out.append(mk("laravel_trace", f"#{i} {frames[i]}"))
    out.append(mk("laravel_trace", f"#{n} {{main}}"))
    out.append(mk("laravel_trace", '"} []'))
    return out


def pino(t, r, name, host, lvl=30):
    return {"level": lvl, "time": epoch_ms(t), "pid": r.choice([1, 27, 31]), "hostname": host, "name": name}


def ev_blvd(r, clk, ppl, phi):
    t = clk.tick()
    host = "blvd-sync-6c8f9d7b5-" + rid(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789")
    base = pino(t, r, "blvd-sync", host)
    if not phi:
        k = r.randint(0, 3)
        if k == 0:
            base.update({"reqId": "req-" + rid(r, 3, HEX), "res": {"statusCode": 200}, "responseTime": round(r.uniform(2, 60), 3), "msg": "request completed"})
        elif k == 1:
            base.update({"msg": "blvd graphql", "operation": r.choice(["appointments", "clients", "locations", "staffShifts"]),
                         "extensions": {"cost": {"requestedQueryCost": r.randint(40, 400), "actualQueryCost": r.randint(5, 200),
                                                 "throttleStatus": {"maximumAvailable": 10000, "currentlyAvailable": r.randint(8000, 10000), "restoreRate": 50}}},
                         "durationMs": r.randint(80, 900)})
        elif k == 2:
            base["level"] = 40
            base.update({"msg": "webhook signature mismatch, rejecting", "webhookId": uuid(r), "sigHeader": "t=%d,v1=%s" % (int(t.timestamp()), rid(r, 64, HEX))})
        else:
            base.update({"msg": "location sync", "locationId": "urn:blvd:Location:" + uuid(r), "name": r.choice(LOCS).name,
                         "services": r.randint(30, 80), "staff": r.randint(6, 25)})
        return [mk("pino", "").j(base)]
    p = r.choice(ppl)
    loc = p.loc
    k = r.randint(0, 4)
    client = {"id": P(p.blvd, "mrn"), "firstName": P(p.first, "name"), "lastName": P(p.last, "name"),
              "email": P(p.email, "email"), "mobilePhone": P(fphone(p.phone, 3), "phone")}
    if k <= 2:
        start = appt(r, p)
        svc = r.choice(TREAT_SPA + TREAT_IV)
        client["dob"] = P(fdate(p.dob, "iso"), "date")
        notes = r.choice([
            S("Client requested numbing cream 20 min prior."),
            S("Referred by ", (f"{p.rel[1]} {p.rel[2]}", "name"), " (", p.rel[0], ")."),
            S("1st visit. Pregnancy screen neg per client. Photos front/45/profile."),
            S(""),
        ])
        base.update({"reqId": "req-" + rid(r, 3, HEX), "msg": "webhook received", "event": r.choice(["APPOINTMENT_CREATED", "APPOINTMENT_UPDATED"]),
                     "payload": {"appointment": {"id": "urn:blvd:Appointment:" + uuid(r), "startAt": P(start.strftime("%Y-%m-%dT%H:%M:00.000") + offs(loc.off), "date"),
                                                 "location": {"id": "urn:blvd:Location:" + uuid(r), "name": loc.name},
                                                 "client": client,
                                                 "appointmentServices": [{"service": {"name": svc}, "staff": {"displayName": r.choice(["Hannah W.", "Lauren P.", "Nadia H."])}, "duration": r.choice([30, 45, 60])}],
                                                 "notes": notes, "cancelled": False}}})
    elif k == 3:
        client["pronoun"] = r.choice(["she/her", "he/him", "they/them", None])
        client["birthday"] = P(fdate(p.dob, "iso"), "date")
        client["primaryLocation"] = {"name": loc.name}
        client["creditCardsOnFile"] = [{"brand": r.choice(["Visa", "Mastercard", "Amex"]), "last4": "%04d" % r.randint(0, 9999), "expMonth": r.randint(1, 12), "expYear": r.randint(2025, 2029)}]
        base.update({"msg": "webhook received", "event": "CLIENT_UPDATED", "payload": {"client": client}})
    else:
        base.update({"msg": "before/after photo uploaded", "event": "CLIENT_FILE_CREATED",
                     "clientId": P(p.blvd, "mrn"), "angle": r.choice(["front", "45-left", "profile-right"]),
                     "file": {"mime": "image/jpeg", "bytes": r.randint(180000, 900000),
                              "data": P(b64_blob(r, "jpeg", r.choice([57, 72, 90])), "photo"), "truncated": True}})
    return [mk("pino", "").j(base)]


def winston_txt(t, svc, lvl):
    return f"{iso_ms(t)} {lvl}: [{svc}] "


def ev_square(r, clk, ppl, phi):
    t = clk.tick()
    loc = r.choice(LOCS)
    amount = r.choice([9900, 14900, 17500, 19900, 24900, 29900, 45000, 52000])
    tip = r.choice([0, 500, 1000, 2000, 2500, 3000, 4500])
    pay = {"id": rid(r, 29, ALNUM), "created_at": iso_ms(t), "amount_money": {"amount": amount, "currency": "USD"},
           "tip_money": {"amount": tip, "currency": "USD"}, "total_money": {"amount": amount + tip, "currency": "USD"},
           "status": "COMPLETED", "source_type": "CARD", "location_id": "L" + rid(r, 12, UPNUM)}
    if not phi:
        k = r.randint(0, 2)
        if k == 0:
            pay["card_details"] = {"status": "CAPTURED", "card": {"card_brand": "VISA", "last_4": "%04d" % r.randint(0, 9999), "exp_month": r.randint(1, 12), "exp_year": 2027}, "entry_method": "CONTACTLESS"}
            pay["note"] = r.choice(["Retail: SkinMedica TNS serum", "Retail: electrolyte pack x3", "Gift card load $100"])
            pay["receipt_number"] = rid(r, 4, ALNUM)
            return [mk("winston", winston_txt(t, "payments", "info"), "square webhook payment.updated ").j({"merchant_id": "ML" + rid(r, 12, UPNUM), "type": "payment.updated", "event_id": uuid(r), "data": {"type": "payment", "id": pay["id"], "object": {"payment": pay}}})]
        if k == 1:
            return [mk("winston", winston_txt(t, "payments", "info"), f"square GET /v2/locations/{pay['location_id']} 200 ({r.randint(40, 300)}ms) square-version=2024-02-22")]
        return [mk("winston", winston_txt(t, "terminal", "info"), f"checkout {uuid(r)} status=COMPLETED device_id=device:{rid(r, 16, UPNUM)} tip_money={tip} tipping.separate_tip_screen=true loc={loc.code}")]
    p = r.choice(ppl)
    payer_name = (f"{p.first} {p.last}".upper(), "name") if r.random() < 0.5 else (f"{p.rel[1]} {p.rel[2]}", "name")
    pay["card_details"] = {"status": "CAPTURED", "card": {"card_brand": r.choice(["VISA", "MASTERCARD", "AMERICAN_EXPRESS"]), "last_4": p.card[-4:],
                                                          "exp_month": r.randint(1, 12), "exp_year": r.randint(2025, 2029), "cardholder_name": P(*payer_name)},
                           "entry_method": r.choice(["EMV", "CONTACTLESS", "KEYED"])}
    pay["customer_id"] = P(p.sq, "account")
    pay["buyer_email_address"] = P(p.email, "email")
    tr = r.choice(TREAT_IV + TREAT_SPA)
    pay["note"] = S(tr + " - ", (f"{p.first} {p.last[0]}.", "name"))
    pay["receipt_number"] = rid(r, 4, ALNUM)
    body = {"merchant_id": "ML" + rid(r, 12, UPNUM), "type": "payment.updated", "event_id": uuid(r),
            "data": {"type": "payment", "id": pay["id"], "object": {"payment": pay}}}
    return [mk("winston", winston_txt(t, "payments", "info"), "square webhook payment.updated ").j(body)]


def lf(v):
    v = str(v)
    return '"' + v + '"' if (" " in v or "=" in v or v == "") else v


def ev_stripe(r, clk, ppl, phi):
    t = clk.tick()
    head = f"time={iso_ms(t)} level=info svc=billing-hooks "
    if not phi:
        k = r.randint(0, 3)
        if k == 0:
            return [mk("logfmt", head, f"msg=\"stripe event\" type=payout.paid evt=evt_{rid(r, 24)} payout=po_{rid(r, 24)} amount={r.randint(100000, 4000000)} currency=usd arrival_date={int(t.timestamp()) + 86400 * 2}")]
        if k == 1:
            return [mk("logfmt", head.replace("level=info", "level=warn"), f"msg=\"webhook delivery retry\" evt=evt_{rid(r, 24)} attempt={r.randint(2, 5)} last_status=503 endpoint=we_{rid(r, 24)}")]
        if k == 2:
            return [mk("logfmt", head, f"msg=\"stripe request\" method=POST path=/v1/payment_intents status=200 request_id=req_{rid(r, 14)} idempotency_key={uuid(r)} elapsed_ms={r.randint(90, 900)} stripe_version=2023-10-16")]
        return [mk("logfmt", head, f"msg=\"stripe event\" type=price.updated evt=evt_{rid(r, 24)} price=price_{rid(r, 24)} product=\"{r.choice(TREAT_KET)} 6-pack\" unit_amount={r.choice([240000, 270000, 299000])}")]
    p = r.choice(ppl)
    k = r.randint(0, 2)
    amount = r.choice([29900, 45000, 65000, 240000, 9900])
    tip = r.choice([0, 0, 2000, 4500, 6000])
    if k == 0:
        return [mk("logfmt", head, "msg=\"stripe event\" type=charge.succeeded evt=evt_", rid(r, 24), " charge=ch_", rid(r, 24),
                   " customer=", (p.cus, "account"), f" amount={amount} tip_amount={tip} currency=usd billing_name=\"", (f"{p.first} {p.last}", "name"),
                   "\" billing_email=", (p.email, "email"), " billing_zip=", (p.zip, "zip"),
                   f" card_brand=visa last4={p.card[-4:]} client_ip=", (p.ip, "ip"), " membership=\"Ketamine 6-pack\"")]
    if k == 1:
        return [mk("logfmt", head.replace("level=info", "level=warn"), "msg=\"stripe event\" type=invoice.payment_failed evt=evt_", rid(r, 24),
                   " invoice=in_", rid(r, 24), " customer=", (p.cus, "account"), " customer_email=", (p.email, "email"),
                   " customer_name=\"", (f"{p.first} {p.last}", "name"), f"\" amount_due={amount} attempt_count={r.randint(1, 4)} decline_code=insufficient_funds plan=\"IV Club Monthly\"")]
    return [mk("logfmt", head, "msg=\"stripe event\" type=customer.created evt=evt_", rid(r, 24), " customer=", (p.cus, "account"),
               " email=", (p.email, "email"), " phone=", (fphone(p.phone, 3), "phone"), " name=\"", (f"{p.first} {p.last}", "name"),
               "\" metadata.jane_patient_id=", (p.chart, "mrn"), f" metadata.location={p.loc.code}")]


def ev_stripe_trace(r, clk, ppl, phi=False):
    t = clk.tick()
    code = r.choice([("StripeCardError", "Your card has insufficient funds.", "card_declined", "insufficient_funds"),
                     ("StripeCardError", "Your card was declined.", "card_declined", "generic_decline"),
                     ("StripeCardError", "Your card's security code is incorrect.", "incorrect_cvc", None)])
    lines = [mk("node_trace", f"{iso_ms(t)} error: [billing-hooks] {code[0]}: {code[1]}"),
             mk("node_trace", "    at StripeError.generate (/app/node_modules/stripe/cjs/Error.js:10:20)"),
             mk("node_trace", "    at res.toJSON.then.Error_js_1.StripeAPIError.message (/app/node_modules/stripe/cjs/RequestSender.js:105:54)"),
             mk("node_trace", "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"),
             mk("node_trace", "    at async ChargeService.captureTip (/app/dist/services/charge.service.js:88:21) {"),
             mk("node_trace", f"  type: '{code[0]}',"),
             mk("node_trace", f"  raw: {{ code: '{code[2]}', decline_code: {repr(code[3]) if code[3] else 'undefined'}, doc_url: 'https://stripe.com/docs/error-codes/{code[2].replace('_', '-')}' }},"),
             mk("node_trace", f"  requestId: 'req_{rid(r, 14)}',"),
             mk("node_trace", "  statusCode: 402"),
             mk("node_trace", "}")]
    return lines


def ev_billing_debug(r, clk, ppl, phi=True):
    t = clk.tick()
    p = r.choice(ppl)
    k = r.randint(0, 2)
    if k == 0:
        return [mk("laravel", lara(t), " production.DEBUG: membership ach setup payload ").j(
            {"account_holder_name": P(f"{p.first} {p.last}", "name"), "routing_number": r.choice(["111000025", "121000358", "026009593", "063100277"]),
             "account_number": P(p.acct, "account"), "account_type": "checking", "plan": "ketamine_maintenance_monthly",
             "client_id": P(int(p.chart), "mrn")}).t(" []")]
    if k == 1:
        return [mk("laravel", lara(t), " production.WARNING: GiftCardController@store legacy manual-entry payload logged ").j(
            {"card_number": P(p.card, "account"), "exp": "%02d/%02d" % (r.randint(1, 12), r.randint(25, 29)), "cvc": "***",
             "name_on_card": P(f"{p.first} {p.last}", "name"), "recipient_email": P(p.email, "email"), "amount": r.choice([100, 150, 250])}).t(" []")]
    dos = REF - timedelta(days=r.randint(0, 20))
    old = p.age > 64
    obj = {"patient": P(f"{p.last}, {p.first}", "name"), "dob": P(fdate(p.dob, "us"), "date"),
           "payer": "Medicare Part B" if old else p.payer,
           "member_id": P(p.mbi if old else p.member, "health_plan")}
    if not old:
        obj["group_no"] = p.group
        obj["subscriber_ssn"] = P(p.ssn, "ssn")
    obj.update({"dx": r.choice([["F33.1"], ["F33.2", "F41.1"], ["G43.909"], ["F43.10", "F33.1"]]),
                "cpt": ["96365", "96366", "J3490"], "dos": P(fdate(dos, "us"), "date"),
                "rendering_npi": "1578923340", "tax_id": "88-4410293", "total": r.choice([450.0, 650.0, 1200.0])})
    return [mk("laravel", lara(t), " production.INFO: superbill generated ").j(obj).t(" []")]


def ev_intake_kv(r, clk, ppl, phi):
    t = clk.tick()
    loc = r.choice(LOCS)
    lt = local(t, loc.off)
    head = lt.strftime("%Y-%m-%d %H:%M:%S.") + "%03d " % (t.microsecond // 1000) + offs(loc.off) + " [intake-api] "
    if not phi:
        k = r.randint(0, 2)
        if k == 0:
            return [mk("kv", head, "INFO  questionnaire.config loaded forms=PHQ9_GAD7_v3,ACE10,ASRS_v1.1,AUDIT-C,C-SSRS_screen version=3.4.1 locale=en-US,es-US")]
        if k == 1:
            return [mk("kv", head, f"INFO  questionnaire.abandoned session=sess_{rid(r, 20)} form=PHQ9_GAD7_v3 step={r.randint(2, 15)}/16 elapsed={r.randint(30, 900)}s ua=\"Mozilla/5.0 (iPad; CPU OS 17_3 like Mac OS X)\"")]
        return [mk("kv", head, f"WARN  scoring.cache miss key=phq9:v3:{rid(r, 12, HEX)} rebuild_ms={r.randint(3, 50)}")]
    p = pick(r, ppl, 0.12)
    lt = local(t, p.loc.off)
    head = lt.strftime("%Y-%m-%d %H:%M:%S.") + "%03d " % (t.microsecond // 1000) + offs(p.loc.off) + " [intake-api] "
    items = [r.randint(0, 3) for _ in range(9)]
    gad = [r.randint(0, 3) for _ in range(7)]
    tot, gt = sum(items), sum(gad)
    sev = "minimal" if tot < 5 else "mild" if tot < 10 else "moderate" if tot < 15 else "moderately_severe" if tot < 20 else "severe"
    name_style = r.randint(0, 2)
    nm = [f"{p.last.upper()}, {p.first.upper()}", f"{p.first} {p.last}", f"{p.last}, {p.first}"][name_style]
    L = mk("kv", head, "INFO  questionnaire.scored form=PHQ9_GAD7_v3 pt_id=", (p.chart, "mrn"), " pt_name=\"", (nm, "name"),
           "\" dob=", (fdate(p.dob, r.choice(["us", "iso", "us_short"])), "date"),
           f" phq9=[{','.join(map(str, items))}] phq9_total={tot} phq9_item9={items[8]} gad7_total={gt} severity={sev}")
    if p.age > 89:
        L.add(" age=", (str(p.age), "age"))
    else:
        L.t(f" age={p.age}")
    if items[8] > 0:
        L.t(f" flag=SI_POSITIVE route=md_review escalate_to=\"{sname(STAFF[2])}, MD\"")
    else:
        L.t(" route=standard")
    x = r.random()
    if x < 0.25:
        L.add(" records_release=fax fax=\"", (fphone(r.choice(p.loc.areas) + "555" + "%04d" % r.randint(100, 199), 0), "fax"), "\" attn=self")
    elif x < 0.5:
        L.add(" id_check=DL state=", p.loc.st, " dl_no=", (p.dl, "license"))
    elif x < 0.6:
        L.add(" ssn_entered=", (p.ssn.replace("-", ""), "ssn"), " warn=full_ssn_in_free_text")
    else:
        L.t(f" referring_fax=\"{p.loc.fax}\"")
    return [L]


def ev_phq_csv(r, clk, ppl, phi=True):
    clk.tick()
    out = []
    if r.random() < 0.6:
        out.append(mk("csv", "submitted_at,chart_no,last_name,first_name,dob,phq9_total,phq9_q9,gad7_total,baseline_phq9,infusion_no,site"))
    for _ in range(r.randint(2, 4)):
        t = clk.small()
        p = r.choice(ppl)
        sub = local(t, p.loc.off) - timedelta(minutes=r.randint(0, 240))
        ln = p.last if "," not in p.last else f'"{p.last}"'
        tot = r.randint(3, 24)
        out.append(mk("csv", (sub.strftime("%Y-%m-%d %H:%M"), "date"), ",", (p.chart, "mrn"), ",", (ln, "name"), ",", (p.first, "name"), ",",
                      (fdate(p.dob, "iso"), "date"), f",{tot},{r.randint(0, 1) if tot > 15 else 0},{r.randint(2, 20)},{r.randint(tot, 27)},{r.randint(1, 6)},{p.loc.code}"))
    return out


def ev_fhir(r, clk, ppl, phi=True):
    t = clk.tick()
    p = r.choice(ppl)
    auth = local(t, p.loc.off) - timedelta(minutes=r.randint(5, 300))
    obj = {"resourceType": "QuestionnaireResponse", "id": "qr-" + rid(r, 12, HEX),
           "meta": {"versionId": "1", "lastUpdated": iso_ms(t)},
           "questionnaire": "http://loinc.org/q/44249-1", "status": "completed",
           "subject": {"reference": S("Patient/", (p.chart, "mrn")), "display": P(f"{p.first} {p.last}", "name")},
           "authored": P(auth.strftime("%Y-%m-%dT%H:%M:%S") + offs(p.loc.off), "date"),
           "item": [{"linkId": "44261-6", "text": "Patient Health Questionnaire 9 item (PHQ-9) total score", "answer": [{"valueInteger": r.randint(0, 27)}]},
                    {"linkId": "70274-6", "text": "Generalized anxiety disorder 7 item (GAD-7) total score", "answer": [{"valueInteger": r.randint(0, 21)}]}]}
    return [mk("ndjson_fhir", "").j(obj)]


def ev_docusign(r, clk, ppl, phi):
    t = clk.tick()
    if not phi:
        k = r.randint(0, 1)
        if k == 0:
            return [mk("laravel", lara(t), " production.INFO: DocuSign Connect ack ").j({"envelopeId": uuid(r), "status": "completed", "hmac": "valid", "ms": r.randint(3, 40)}).t(" []")]
        return [mk("laravel", lara(t), " production.INFO: DocuSign JWT token refreshed ").j({"account_id": uuid(r), "base_uri": "https://na4.docusign.net", "expires_in": 3600}).t(" []")]
    p = r.choice(ppl)
    remote = r.random() < 0.5
    signed = local(t, p.loc.off) - timedelta(seconds=r.randint(5, 90))
    sent = signed - timedelta(minutes=r.randint(3, 2000))
    wit = staff(r, ("RN", "CRNA"))
    form = r.choice(["Ketamine Informed Consent v7", "IV Therapy Consent & Release", "Neurotoxin/Filler Consent",
                     "Photo Release (Before/After)", "Mobile IV Home Visit Waiver"])
    L = mk("docusign_xml", lara(t), " production.DEBUG: DocuSign Connect payload ",
           '<?xml version="1.0" encoding="utf-8"?><DocuSignEnvelopeInformation xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://www.docusign.net/API/3.0"><EnvelopeStatus><RecipientStatuses><RecipientStatus><Type>Signer</Type><Email>',
           (p.email, "email"), "</Email><UserName>", (f"{p.first} {p.last}", "name"), "</UserName><RoutingOrder>1</RoutingOrder><Sent>",
           sent.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-4], "</Sent><Signed>", (signed.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-4], "date"),
           "</Signed><DeclineReason xsi:nil=\"true\" /><Status>Completed</Status><RecipientIPAddress>")
    if remote:
        L.add((p.ip, "ip"))
    else:
        L.t(f"{p.loc.net}.{r.randint(1, 9)}.{r.randint(20, 200)}")
    L.add("</RecipientIPAddress><ClientUserId>", (p.chart, "mrn"), "</ClientUserId><CustomFields /></RecipientStatus><RecipientStatus><Type>CarbonCopy</Type><Email>",
          f"{wit[3]}@lumendrip.com</Email><UserName>{sname(wit)}, {wit[2]}</UserName><RoutingOrder>2</RoutingOrder><Status>Completed</Status></RecipientStatus></RecipientStatuses>",
          f"<TimeGenerated>{local(t, p.loc.off).strftime('%Y-%m-%dT%H:%M:%S.%f')[:-4]}</TimeGenerated><EnvelopeID>{uuid(r)}</EnvelopeID><Subject>",
          form, " - ", (f"{p.first} {p.last}", "name"), "</Subject><UserName>Lumen Drip Front Desk</UserName><Email>frontdesk@lumendrip.com</Email><Status>Completed</Status>",
          "<CustomFields><CustomField><Name>patient_dob</Name><Show>False</Show><Required>False</Required><Value>", (fdate(p.dob, "us"), "date"),
          f"</Value></CustomField><CustomField><Name>site</Name><Value>{p.loc.code}</Value></CustomField></CustomFields>",
          f"<AutoNavigation>true</AutoNavigation><EnvelopeIdStamping>true</EnvelopeIdStamping><AuthoritativeCopy>false</AuthoritativeCopy></EnvelopeStatus></DocuSignEnvelopeInformation> []")
    return [L]


def ev_kiosk(r, clk, ppl, phi):
    t = clk.tick()
    loc = r.choice(LOCS)
    base = pino(t, r, "consent-kiosk", f"kiosk-{loc.code.lower()}-0{r.randint(1, 4)}")
    dev = {"model": r.choice(["iPad (10th generation)", "iPad Air (5th generation)"]), "serial": rid(r, 12, UPNUM),
           "assetTag": f"LMN-{loc.code[:3]}-IPAD-0{r.randint(1, 6)}", "os": "iPadOS 17.3.1"}
    if not phi:
        k = r.randint(0, 2)
        if k == 0:
            base.update({"msg": "kiosk heartbeat", "device": dev, "battery": r.randint(20, 100), "guidedAccess": True, "appVersion": "2.8.%d" % r.randint(0, 9)})
        elif k == 1:
            base.update({"level": 40, "msg": "mdm profile check failed, retrying", "device": dev, "mdm": "jamf", "err": "ETIMEDOUT"})
        else:
            base.update({"msg": "forms cache warmed", "forms": ["ketamine_informed_consent_v7", "iv_therapy_consent_v4", "hipaa_npp_ack_v2", "photo_release_v3"], "ms": r.randint(20, 400)})
        return [mk("pino", "").j(base)]
    p = pick(r, ppl, 0.12)
    base["hostname"] = f"kiosk-{p.loc.code.lower()}-0{r.randint(1, 4)}"
    dev["assetTag"] = f"LMN-{p.loc.code[:3]}-IPAD-0{r.randint(1, 6)}"
    wit = staff(r, ("RN", "CRNA", "NP"))
    signed = local(t, p.loc.off)
    base.update({"msg": "consent signed", "form": r.choice(["ketamine_informed_consent_v7", "iv_therapy_consent_v4", "hipaa_npp_ack_v2"]),
                 "patient": {"chart": P(p.chart, "mrn"), "name": P(f"{p.first} {p.last}", "name"), "dob": P(fdate(p.dob, "us"), "date")},
                 "signedAt": P(signed.strftime("%Y-%m-%dT%H:%M:%S") + offs(p.loc.off), "date"),
                 "device": dev,
                 "signature": {"format": "image/png;base64", "points": r.randint(180, 900),
                               "data": P(b64_blob(r, "png", r.choice([45, 60, 75])), "biometric"), "truncated": True},
                 "witness": {"name": f"{sname(wit)}, {wit[2]}", "initials": wit[0][0] + wit[1][0]}})
    if r.random() < 0.35:
        base["idScan"] = {"type": "DL", "state": p.loc.st, "number": P(p.dl, "license"),
                          "frontImage": P(b64_blob(r, "jpeg", 48), "photo")}
    return [mk("pino", "").j(base)]


DRUGS = [("ketamine 500 mg/250 mL NS", "2.0 mg/mL"), ("ketamine 200 mg/100 mL NS", "2.0 mg/mL"),
         ("LR 1000 mL", None), ("NS 1000 mL", None), ("NAD+ 500 mg/500 mL NS", "1.0 mg/mL")]


def ev_pump(r, clk, ppl, phi):
    t = clk.tick()
    loc = r.choice(LOCS)
    sn = "S1-%06d" % r.randint(10000, 99999)
    pri = "<134>1"
    head = f"{pri} {iso_ms(t)} pumpgw-{loc.code[:3].lower()} sigma-gw {r.randint(1000, 4000)} "
    if not phi:
        k = r.randint(0, 3)
        if k == 0:
            return [mk("syslog5424", head, f"ALARM [pump@32473 sn=\"{sn}\" ch=\"{r.choice('AB')}\" fw=\"13.7.2\"] code=OCCL_DOWNSTREAM severity=high ack_by=\"{staff(r, ('RN',))[3]}\" ack_s={r.randint(4, 60)}")]
        if k == 1:
            return [mk("syslog5424", head, f"STATUS [pump@32473 sn=\"{sn}\" fw=\"13.7.2\"] battery={r.randint(15, 100)}% ac=true wifi_rssi=-{r.randint(45, 80)} drug_lib=\"LUMEN-2024.02\"")]
        if k == 2:
            return [mk("syslog5424", head, f"LIBSYNC [gw@32473 site=\"{loc.code}\"] drug_library=LUMEN-2024.02 pumps_updated={r.randint(2, 12)} failed=0 sha1={rid(r, 40, HEX)}")]
        return [mk("syslog5424", head, f"INFUSION_COMPLETE [pump@32473 sn=\"{sn}\" ch=\"A\"] vi_ml={round(r.uniform(10, 250), 1)} duration_min={r.choice([40, 45, 60, 240])} kvo=true")]
    p = r.choice(ppl)
    drug, conc = r.choice(DRUGS[:2] + DRUGS[4:])
    if drug.startswith("ketamine"):
        rate = round(p.weight * 0.5 / 2.0 * 60 / 40, 1)
        vtbi, dose = round(rate * 40 / 60, 1), "0.5 mg/kg/40 min"
    else:
        rate, vtbi, dose = 166.7, 500.0, "500 mg/3 h"
    L = mk("syslog5424", head, f"INFUSION_START [pump@32473 sn=\"{sn}\" ch=\"A\" fw=\"13.7.2\"] drug=\"{drug}\" conc=\"{conc}\" rate_mlh={rate} vtbi_ml={vtbi} dose=\"{dose}\" wt_kg={p.weight} pt_id=\"",
           (p.chart, "mrn"), "\"")
    if r.random() < 0.5:
        L.add(" pt_name=\"", (f"{fold_up(p.last)}^{fold_up(p.first)}", "name"), "\"")
    L.t(f" clin=\"{staff(r, ('RN', 'CRNA'))[3]}\"")
    return [L]


def ev_hl7(r, clk, ppl, phi=True):
    t = clk.tick()
    p = r.choice(ppl)
    loc = p.loc
    eui = "0050C2FFFE" + rid(r, 6, "0123456789ABCDEF")
    ts = local(t, loc.off).strftime("%Y%m%d%H%M%S") + "%s%02d00" % ("-" if loc.off < 0 else "+", abs(loc.off))
    drug = r.choice(["ketamine", "ketamine", "NAD+", "lactated ringers"])
    rate = round(r.uniform(10, 300), 1)
    out = [
        mk("hl7", f"MSH|^~\\&|SIGMA_GW^{eui}^EUI-64|LUMEN_{loc.code[:3]}|EMR|LUMEN|{ts}||ORU^R01^ORU_R01|MSG{r.randint(10000, 99999)}|P|2.6|||NE|AL||UNICODE UTF-8|||IHE_PCD_001^IHE PCD^1.3.6.1.4.1.19376.1.6.1.1.1^ISO"),
        mk("hl7", "PID|||", (p.chart, "mrn"), "^^^LUMEN^MR||", (f"{fold_up(p.last)}^{fold_up(p.first)}", "name"), "^^^^^L||", (fdate(p.dob, "compact"), "date"), f"|{p.sex}"),
        mk("hl7", f"PV1||O|{loc.code[:3]}^INF{r.randint(1, 4)}^1"),
        mk("hl7", f"OBR|1|{rid(r, 8, UPNUM)}^SIGMA_GW|{rid(r, 8, UPNUM)}^SIGMA_GW|196610^MDC_DEV_PUMP_INFUS_VMD^MDC|||{ts}"),
        mk("hl7", f"OBX|1||69986^MDC_DEV_PUMP_INFUS_MDS^MDC|1.0.0.0|||||||X|||||||{eui}^^{eui}^EUI-64"),
        mk("hl7", f"OBX|2|ST|184330^MDC_PUMP_DRUG_NAME_GENERIC^MDC|1.1.1.1|{drug}||||||R"),
        mk("hl7", f"OBX|3|NM|157784^MDC_FLOW_FLUID_PUMP^MDC|1.1.1.2|{rate}|265266^MDC_DIM_MILLI_L_PER_HR^MDC|||||R|||{ts}"),
    ]
    return out


def ev_cslog(r, clk, ppl, phi):
    t = clk.tick()
    loc = r.choice(LOCS)
    drug = r.choice(["Ketamine HCl 500mg/10mL MDV", "Ketamine HCl 200mg/20mL MDV"])
    ndc = "0409-2051-05" if "500" in drug else "0409-2053-10"
    if not phi:
        k = r.randint(0, 2)
        if k == 0:
            return [mk("pipe", "entry_no|date|time|site|drug|ndc|lot|admin_mg|waste_mg|waste_method|patient|chart_no|administered_by|witness|witness_sig|running_bal_mg")]
        ld = local(t, loc.off)
        a, b = staff(r, ("RN", "CRNA")), staff(r, ("RN", "NP", "MD"))
        while b == a:
            b = staff(r, ("RN", "NP", "MD"))
        if k == 1:
            sb = r.randint(800, 3000)
            return [mk("pipe", f"COUNT|{ld.strftime('%m/%d/%Y')}|{ld.strftime('%H:%M')}|{loc.code}|{drug}|start_bal={sb}|end_bal={sb - r.randint(0, 300)}|counted_by={a[0][0]}. {a[1]} {a[2]}|witness={b[0][0]}. {b[1]} {b[2]}|discrepancy=0|safe=Omnicell XT #{r.randint(1, 3)}")]
        return [mk("pipe", f"RECEIPT|{ld.strftime('%m/%d/%Y')}|{loc.code}|{drug}|NDC {ndc}|LOT {rid(r, 6, UPNUM)}|qty=10 vials|DEA 222 #{r.randint(100000000, 999999999)}|supplier=Henry Schein|received_by={a[0][0]}. {a[1]} {a[2]}|witness={b[0][0]}. {b[1]} {b[2]}")]
    p = pick(r, ppl, 0.12)
    ld = local(t, p.loc.off)
    a, b = staff(r, ("RN", "CRNA")), staff(r, ("RN", "NP", "MD"))
    while b == a:
        b = staff(r, ("RN", "NP", "MD"))
    adm = round(p.weight * 0.5)
    pt = r.choice([f"{p.last.upper()}, {p.first.upper()}", f"{p.last}, {p.first}", f"{p.first[0]}. {p.last}"])
    dstyle = r.choice(["us", "us", "iso", "us_nopad"])
    return [mk("pipe", f"CS-{p.loc.code[:3]}-{r.randint(1000, 9999):06d}|", (fdate(ld.date(), dstyle), "date"), f"|{ld.strftime('%H:%M')}|{p.loc.code}|{drug}|{ndc}|{rid(r, 6, UPNUM)}|{adm}|{r.choice([0, 4, 10, 14, 16])}|{r.choice(['Rx Destroyer', 'Cactus Smart Sink', 'wastage bin'])}|",
               (pt, "name"), "|", (p.chart, "mrn"), f"|{a[0][0]}. {a[1]} {a[2]}|{b[0][0]}. {b[1]} {b[2]}|/s/ {b[0][0]}{b[1]} {ld.strftime('%H:%M')} e-sig:{rid(r, 10, HEX)}|{r.randint(200, 2500)}")]


def ev_mailchimp(r, clk, ppl, phi):
    t = clk.tick()
    fired = (t - timedelta(seconds=r.randint(1, 30))).strftime("%Y-%m-%d %H:%M:%S")
    q = urllib.parse.quote_plus
    list_id = "a6b5da1054"
    if not phi:
        k = r.randint(0, 1)
        if k == 0:
            body = f"type=campaign&fired_at={q(fired)}&{q('data[id]')}={rid(r, 10, HEX)}&{q('data[subject]')}={q(r.choice(['March Wellness Drip Specials', 'Spring Glow: 20% off HydraFacial', 'New! NAD+ Memberships']))}&{q('data[status]')}=sent&{q('data[reason]')}=&{q('data[list_id]')}={list_id}"
            return [mk("formurlenc", lara(t), " production.INFO: Mailchimp webhook ").j({"body": body}).t(" []")]
        return [mk("laravel", lara(t), " production.INFO: Mailchimp batch op finished ").j({"batch_id": rid(r, 10, HEX), "status": "finished", "total_operations": r.randint(50, 900), "errored_operations": r.randint(0, 5), "response_body_url": "https://mailchimp-api-batch.s3.amazonaws.com/" + rid(r, 10, HEX) + "-response.tar.gz"}).t(" []")]
    p = r.choice(ppl)
    typ = r.choice(["subscribe", "subscribe", "profile", "unsubscribe"])
    em = q(p.email)
    parts = [f"type={typ}", f"fired_at={q(fired)}", (q("data[id]") + "=", (p.mc, "other_id")),
             f"{q('data[list_id]')}={list_id}", (q("data[email]") + "=", (em, "email")), f"{q('data[email_type]')}=html",
             (q("data[ip_opt]") + "=", (p.ip, "ip")),
             (q("data[merges][EMAIL]") + "=", (em, "email")), (q("data[merges][FNAME]") + "=", (q(p.first), "name")),
             (q("data[merges][LNAME]") + "=", (q(p.last), "name")), (q("data[merges][PHONE]") + "=", (q(fphone(p.phone, 0)), "phone")),
             f"{q('data[merges][INTEREST]')}={q(r.choice(['Ketamine', 'IV Therapy', 'Aesthetics']))}",
             f"{q('data[merges][LOCATION]')}={q(p.loc.name)}"]
    if typ == "unsubscribe":
        parts.insert(3, f"{q('data[action]')}=unsub&{q('data[reason]')}=manual")
    L = mk("formurlenc", lara(t), ' production.INFO: Mailchimp webhook {"body":"')
    for i, pt in enumerate(parts):
        if i:
            L.t("&")
        if isinstance(pt, tuple):
            L.t(pt[0])
            L.p(pt[1][0], pt[1][1])
        else:
            L.t(pt)
    L.t('"} []')
    return [L]


def ev_klaviyo(r, clk, ppl, phi):
    t = clk.tick()
    head = f"[klaviyo-bridge] {iso_ms(t)} "
    if not phi:
        k = r.randint(0, 2)
        if k == 0:
            return [mk("klaviyo_json", head, f"WARN 429 Too Many Requests POST /api/events/ retry-after={r.randint(1, 9)} revision=2024-02-15 queue_depth={r.randint(10, 900)}")]
        if k == 1:
            return [mk("klaviyo_json", head, "INFO metrics synced ").j({"count": r.randint(30, 60), "revision": "2024-02-15", "elapsed_ms": r.randint(100, 2000)})]
        return [mk("klaviyo_json", head, "INFO campaign stats ").j({"campaign_id": rid(r, 6, UPNUM), "name": "Spring Glow Membership", "opens": r.randint(200, 4000), "clicks": r.randint(10, 400), "unsubscribes": r.randint(0, 30)})]
    p = r.choice(ppl)
    metric = r.choice(["Booked Appointment", "Completed Infusion", "Started Intake", "Purchased Membership", "Left Review"])
    props = {"treatment": r.choice(TREAT_KET + TREAT_IV + TREAT_SPA), "location": p.loc.name, "source": r.choice(["jane", "boulevard", "square"])}
    if metric == "Completed Infusion" and r.random() < 0.6:
        props["infusion_number"] = r.randint(1, 6)
        props["phq9_band"] = r.choice(["mild", "moderate", "moderately_severe"])
    attrs = {"email": P(p.email, "email"), "phone_number": P("+1" + p.phone, "phone"),
             "first_name": P(p.first, "name"), "last_name": P(p.last, "name"),
             "location": {"city": P(p.city, "address"), "region": p.loc.st, "zip": P(p.zip, "zip"), "country": "US"}}
    if r.random() < 0.4:
        attrs["properties"] = {"birthday": P(fdate(p.dob, "iso"), "date"), "instagram": P("@" + p.ig, "other_id")}
    body = {"data": {"type": "event", "attributes": {"properties": props, "metric": {"data": {"type": "metric", "attributes": {"name": metric}}},
                                                  "profile": {"data": {"type": "profile", "id": P(p.kl, "other_id"), "attributes": attrs}},
                                                  "time": iso_s(t), "value": r.choice([99.0, 149.0, 249.0, 450.0]), "unique_id": uuid(r)}}}
    return [mk("klaviyo_json", head, "INFO POST /api/events/ 202 ").j(body)]


def gclid(r):
    return "Cj0KCQjw" + rid(r, 62, B64U) + "_BwE"


def ev_gads_csv(r, clk, ppl, phi=True, mode="ec_hashed"):
    clk.tick()
    out = []
    hashed = mode == "ec_hashed"
    out.append(mk("gads_csv", "Parameters:TimeZone=America/Chicago"))
    if mode == "gclid":
        out.append(mk("gads_csv", "Google Click ID,Conversion Name,Conversion Time,Conversion Value,Conversion Currency"))
    else:
        out.append(mk("gads_csv", "Email,Phone Number,Conversion Name,Conversion Time,Conversion Value,Conversion Currency,Order ID"))
    for _ in range(r.randint(2, 4)):
        t = clk.small()
        p = r.choice(ppl)
        ct = (local(t, -5) - timedelta(hours=r.randint(1, 48))).strftime("%Y-%m-%d %H:%M:%S-0500")
        conv = r.choice(["Ketamine Consult Booked", "Infusion Purchased", "IV Booking", "Membership Signup"])
        val = r.choice(["99.00", "249.00", "450.00", "2400.00"])
        if mode == "gclid":
            out.append(mk("gads_csv", (gclid(r), "other_id"), f",{conv},{ct},{val},USD"))
        elif hashed:
            out.append(mk("gads_csv", (sha(p.email.lower()), "other_id"), ",", (sha("+1" + p.phone), "other_id"), f",{conv},{ct},{val},USD,LMN-2024-{r.randint(1000, 9999):06d}"))
        else:
            out.append(mk("gads_csv", (p.email, "email"), ",", (fphone(p.phone, r.choice([3, 1, 2])), "phone"), f",{conv},{ct},{val},USD,LMN-2024-{r.randint(1000, 9999):06d}"))
    return out


def ev_gads_csv_raw(r, clk, ppl, phi=True):
    return ev_gads_csv(r, clk, ppl, phi, mode="ec_raw")


def ev_gads_csv_gclid(r, clk, ppl, phi=True):
    return ev_gads_csv(r, clk, ppl, phi, mode="gclid")


def ev_gads_api(r, clk, ppl, phi):
    t = clk.tick()
    head = f"{iso_ms(t)} [gads-uploader] "
    if not phi:
        k = r.randint(0, 2)
        if k == 0:
            return [mk("gads_json", head, "warn: partial_failure_error ").j({"code": 3, "message": f"The click identifier could not be decoded., at conversions[{r.randint(0, 40)}].gclid", "details": [{"errors": [{"errorCode": {"conversionUploadError": "UNPARSEABLE_GCLID"}}]}]})]
        if k == 1:
            return [mk("gads_json", head, "info: upload summary ").j({"customerId": "4471239087", "conversionAction": "customers/4471239087/conversionActions/6612093384", "sent": r.randint(10, 200), "accepted": r.randint(5, 190), "jobId": str(r.randint(10**9, 10**10))})]
        return [mk("gads_json", head, f"info: oauth token refreshed developer_token=****{rid(r, 4, UPNUM)} login_customer_id=9012233417 expires_in=3599")]
    p = r.choice(ppl)
    raw = r.random() < 0.35
    ids = [{"hashedEmail": P(p.email, "email") if raw else P(sha(p.email.lower()), "other_id")},
           {"hashedPhoneNumber": P(fphone(p.phone, r.choice([0, 2])), "phone") if raw else P(sha("+1" + p.phone), "other_id")}]
    conv = {"conversionAction": "customers/4471239087/conversionActions/6612093384",
            "conversionDateTime": (local(t, -5) - timedelta(hours=r.randint(1, 30))).strftime("%Y-%m-%d %H:%M:%S-05:00"),
            "conversionValue": r.choice([249, 450, 2400]), "currencyCode": "USD", "orderId": f"LMN-2024-{r.randint(1000, 9999):06d}",
            "userIdentifiers": ids, "consent": {"adUserData": "GRANTED", "adPersonalization": "DENIED"}}
    if r.random() < 0.6:
        conv = {"gclid": P(gclid(r), "other_id"), **conv}
    lvl = "warn: identifiers not normalized/hashed, sending as-is " if raw else "debug: UploadClickConversions request "
    return [mk("gads_json", head, lvl).j({"customerId": "4471239087", "conversions": [conv], "partialFailure": True, "validateOnly": False})]


def moji(s):
    """Instagram export style: UTF-8 bytes read as latin-1, then \\u-escaped."""
    return json.dumps(s.encode("utf-8").decode("latin-1"), ensure_ascii=True)[1:-1]


def ig_content(r, p):
    rel, rf, rl, rp = p.rel
    d = appt(r, p).date()
    past = REF - timedelta(days=r.randint(1, 12))
    return r.choice([
        S("hi! is ketamine for depression covered by insurance? my ", p.payer.split()[0], " member id is ", (p.member, "health_plan")),
        S("can the van come to ", (p.street, "address"), " ", (p.city, "address"), " ", (p.zip, "zip"), " tmrw around 9? my ", rel, " is home"),
        S("hey it's ", (f"{p.first} {p.last}", "name"), ", I had my 3rd infusion on ", (fdate(past, r.choice(["md", "us_short"])), "date"), " and felt super dissociated, is that normal??"),
        S("my ", rel, " ", (rf, "name"), " wants to book the hangover IV too, cell is ", (fphone(rp, r.choice([1, 8, 2])), "phone")),
        S("omg the glass skin drip!! booked for ", (fdate(d, "long"), "date"), " \u2728 email is ", (p.email, "email")),
        S("do u need my social for the superbill? it's ", (p.ssn, "ssn")),
    ])


def ev_ig(r, clk, ppl, phi):
    t = clk.tick()
    loc = r.choice(LOCS)
    bname = "Lumen Drip " + loc.name.split()[2]
    if not phi:
        k = r.randint(0, 1)
        if k == 0:
            return [mk("ig_json", f"ig-dm-import {iso_s(t)} INFO scanned export=instagram-lumendrip-{t.strftime('%Y-%m-%d')}-{rid(r, 8, ALNUM)}.zip threads={r.randint(100, 900)} messages={r.randint(2000, 20000)} media_skipped={r.randint(0, 300)}")]
        return [mk("ig_json", f"ig-dm-import {iso_s(t)} INFO thread skipped reason=business_only sender=\"{bname}\" messages={r.randint(1, 6)}")]
    p = r.choice(ppl)
    folder = f"{fold(p.first)}{fold(p.last)}_{r.randint(10**9, 10**10)}"
    c = ig_content(r, p)
    L = mk("ig_json", f"ig-dm-import {iso_s(t)} INFO msg thread=inbox/", (folder, "other_id"), " ")
    L.j({"sender_name": P(f"{p.first} {p.last}", "name"), "timestamp_ms": epoch_ms(t) - r.randint(10**6, 10**9), "content": c, "is_geoblocked_for_viewer": False}, sep=(", ", ": "))
    return [L]


def ev_ig_block(r, clk, ppl, phi=True):
    t = clk.tick()
    p = r.choice([q for q in ppl if any(ord(ch) > 127 for ch in q.first + q.last)] or ppl)
    loc = p.loc
    bname = "Lumen Drip " + loc.name.split()[2]
    nm = moji(f"{p.first} {p.last}")
    ts = epoch_ms(t) - r.randint(10**7, 10**9)
    out = [mk("ig_json", "{"), mk("ig_json", '  "participants": ['),
           mk("ig_json", '    {'), mk("ig_json", '      "name": "', (nm, "name"), '"'), mk("ig_json", "    },"),
           mk("ig_json", '    {'), mk("ig_json", f'      "name": "{bname}"'), mk("ig_json", "    }"), mk("ig_json", "  ],"),
           mk("ig_json", '  "messages": ['), mk("ig_json", "    {"),
           mk("ig_json", f'      "sender_name": "{bname}",'), mk("ig_json", f'      "timestamp_ms": {ts + 600000},'),
           mk("ig_json", '      "content": "Hi! Yes we have openings Thursday. What is the best number to text you?",'),
           mk("ig_json", '      "is_geoblocked_for_viewer": false'), mk("ig_json", "    },"), mk("ig_json", "    {"),
           mk("ig_json", '      "sender_name": "', (nm, "name"), '",'), mk("ig_json", f'      "timestamp_ms": {ts},')]
    L = mk("ig_json", '      "content": "', (moji(fphone(p.phone, 5)), "phone"), moji(" \u2014 also I'm "), str(p.age) if p.age <= 89 else "", )
    if p.age > 89:
        L.add((str(p.age), "age"))
    L.t(moji(" and on lithium, is ketamine ok for me? \U0001f64f") + '",')
    out += [L, mk("ig_json", '      "is_geoblocked_for_viewer": false'), mk("ig_json", "    }"), mk("ig_json", "  ],"),
            mk("ig_json", f'  "title": "', (nm, "name"), '",'), mk("ig_json", '  "is_still_participant": true,'),
            mk("ig_json", '  "thread_path": "inbox/', (f"{fold(p.first)}{fold(p.last)}_{r.randint(10**9, 10**10)}", "other_id"), '"'), mk("ig_json", "}")]
    return out


def ev_yelp(r, clk, ppl, phi):
    t = clk.tick()
    loc = r.choice(LOCS)
    biz = "lumen-drip-wellness-" + loc.slug.split("-")[1] + "-" + str(r.randint(2, 4))
    if not phi:
        return [mk("yelp_json", "").j({"level": "info", "message": "yelp.poll ok", "service": "review-responder", "timestamp": iso_ms(t), "business": biz,
                                        "new_reviews": r.randint(0, 2), "rating": round(r.uniform(4.2, 4.9), 1), "review_count": r.randint(80, 600)})]
    p = r.choice(ppl)
    loc = p.loc
    biz = "lumen-drip-wellness-" + loc.slug.split("-")[1] + "-" + str(r.randint(2, 4))
    d = REF - timedelta(days=r.randint(10, 20))
    short = f"{p.first} {p.last[0].upper()}."
    s = staff(r, ("MD", "NP", "RN"))
    k = r.randint(0, 3)
    rating = [r.randint(1, 2), 5, 5, r.randint(3, 4)][k]
    text = [
        S("Came in for the Myers cocktail on ", (fdate(d, "us_nopad"), "date"), ". Nurse blew my vein twice, bruise for a week. Front desk was sweet though."),
        S("Ketamine here changed my life. After 6 infusions my depression is finally manageable. Ask for Jordan!"),
        S("Booked the mobile IV for my ", p.rel[0], " ", (p.rel[1], "name"), " after chemo, they were so gentle. 10/10"),
        S("Botox looked uneven, had to come back ", (fdate(d, "md"), "date"), " for touch up. Fixed now."),
    ][k]
    reply = S("Hi ", (p.first, "name"), ", thank you for sharing. ",
              ["We're so sorry about your IV start - ", "We're thrilled to hear this - ", "We're so glad we could help your family - ",
               "Thanks for giving us the chance to make it right - "][k],
              [f"please call our Director of Nursing at {loc.phone}.", "we'll share your kind words with the team!",
               "wishing them a smooth recovery.", f"please call us at {loc.phone} anytime."][k], f" \u2013 {sname(s)}, {s[2]}")
    return [mk("yelp_json", "").j({"level": "info", "message": "yelp.reply.posted", "service": "review-responder", "timestamp": iso_ms(t),
                                    "review": {"id": rid(r, 22, B64U), "business_id": biz, "rating": rating,
                                               "user": {"id": P(p.yelp, "other_id"), "name": P(short, "name"),
                                                        "profile_url": P("https://www.yelp.com/user_details?userid=" + p.yelp, "url")},
                                               "time_created": (t - timedelta(days=r.randint(1, 9))).strftime("%Y-%m-%d %H:%M:%S"), "text": text},
                                    "reply": {"text": reply, "type": "public"}})]


DEVICES = [("Medtronic Azure XT DR MRI pacemaker", lambda r: "RNB" + "%06d" % r.randint(0, 999999) + "H"),
           ("Tandem t:slim X2 insulin pump", lambda r: "%07d" % r.randint(1000000, 9999999)),
           ("Dexcom G7 receiver", lambda r: "PG" + rid(r, 8, UPNUM)),
           ("Abbott Assert-IQ ICM", lambda r: "ASR" + "%07d" % r.randint(0, 9999999))]


def ev_chart(r, clk, ppl, phi):
    t = clk.tick()
    loc = r.choice(LOCS)
    s = staff(r, ("RN", "CRNA", "NP"))
    if not phi:
        k = r.randint(0, 2)
        if k == 0:
            return [mk("chart_json", "").j({"ts": iso_ms(t), "svc": "chart-svc", "evt": "template.published", "template": r.choice(["ketamine_infusion_note_v5", "iv_hydration_note_v3", "mobile_iv_visit_v2"]), "by": f"{s[3]}@lumendrip.com", "sha": rid(r, 40, HEX)})]
        if k == 1:
            return [mk("chart_json", "").j({"ts": iso_ms(t), "svc": "chart-svc", "evt": "note.autosave", "enc": f"ENC-{r.randint(800000, 899999)}", "author": f"{sname(s)}, {s[2]}", "chars": r.randint(100, 3000), "ms": r.randint(3, 40)})]
        return [mk("chart_json", "").j({"ts": iso_ms(t), "svc": "chart-svc", "evt": "cosign.pending", "count": r.randint(0, 14), "cosigner": "Anjali Mehta, MD", "site": loc.code})]
    p = pick(r, ppl, 0.12)
    rel, rf, rl, rp = p.rel
    age = p.age
    agepart = (str(age), "age") if age > 89 else str(age)
    sx = p.sex
    phq = r.randint(4, 22)
    bl = min(27, phq + r.randint(2, 10))
    base_d = REF - timedelta(days=r.randint(20, 60))
    dev = r.choice(DEVICES)
    pn = r.choice([f"{p.first} {p.last}", f"{p.last}, {p.first}", f"{p.first[0]}. {p.last}"])
    k = r.randint(0, 3)
    if k == 0:
        note = S("S: ", agepart, f" y/o {sx} presents for ketamine infusion #{r.randint(2, 6)} of 6. PHQ-9 today {phq} (baseline {bl} on ", (fdate(base_d, "us"), "date"),
                 "). Denies SI/HI. Slept 6h.\nO: BP 132/84 HR 78 SpO2 98% RA. 22g PIV L forearm x1.\nKetamine 0.5 mg/kg over 40 min (wt ", f"{p.weight} kg). Mild dissociation, resolved 20 min post.\n",
                 "A/P: tolerated well. D/c to ", rel, " ", (f"{rf} {rl}", "name"), " (", (fphone(rp, 0), "phone"), "), no driving x24h.")
    elif k == 1:
        dsn = dev[1](r)
        note = S("Pt ", (pn, "name"), ", DOB ", (fdate(p.dob, r.choice(["us", "dmon", "us_short"])), "date"), ", NAD+ 500 mg over 3h. Pt has ", dev[0], " SN ", (dsn, "device"),
                 " - device rep not required per Dr. Mehta. Mild cramping at 250 mg/h, rate reduced to 150 mg/h. Tolerated.")
    elif k == 2:
        note = S("Mobile IV visit at pt home ", (p.street + (" " + p.unit if p.unit else "") + ", " + p.city, "address"), " ", p.loc.st, " ", (p.zip, "zip"),
                 f". {'Elderly ' if age > 89 else ''}pt ", agepart, f" y/o, c/o N/V x2d. 1L LR + Zofran 4mg IV. ", rel.capitalize(), " ", (rf, "name"), " present. Pt's ", p.car, " plate ", (p.plate, "vehicle"), " in driveway, van parked street side.")
    else:
        case = f"AE-2024-{r.randint(100, 999):04d}"
        note = S("Adverse event: vasovagal episode 6 min into infusion, BP 82/50, HR 48. Trendelenburg, NS bolus 250 mL, recovered in 4 min. Incident case ", (case, "other_id"),
                 " opened for ", (pn, "name"), " (MRN ", (p.chart, "mrn"), "). MD notified.")
    return [mk("chart_json", "").j({"ts": iso_ms(t), "svc": "chart-svc", "evt": "note.signed", "enc": f"ENC-{r.randint(800000, 899999)}",
                                     "site": p.loc.code, "author": f"{sname(s)}, {s[2]}", "note": note})]


def ev_rn_text(r, clk, ppl, phi=True):
    t = clk.tick()
    p = pick(r, ppl, 0.12)
    s = staff(r, ("RN",))
    lt = local(t, p.loc.off)
    dt = lt.strftime("%m/%d") if r.random() < 0.5 else lt.strftime("%d-%b").upper()
    g = r.choice(["22g", "20g", "24g"])
    name = r.choice([f"{p.first} {p.last}", f"{p.last.upper()}, {p.first}", f"{p.first.lower()} {p.last.lower()}"])
    agep = [(str(p.age), "age")] if p.age > 89 else [str(p.age)]
    return [mk("text_note", f"NOTE ", (dt, "date"), f" {lt.strftime('%H%M')} [RN {s[0][0]}. {s[1]}] Pt ", (name, "name"), ", ", *agep, p.sex,
               f", {r.choice(['c/o hangover/N/V', 'post-flu fatigue', 'migraine x2d', 'pre-marathon hydration', 'jet lag'])}. ",
               f"{r.choice(['1L LR + Zofran 4mg IV + Toradol 30mg', 'Myers 1L + B12 1000mcg IM', '1L NS + Benadryl 25mg', 'Immunity drip + zinc'])}. {g} {r.choice(['L AC', 'R hand', 'L forearm'])} x1 attempt. Tolerated. Callback ",
               (fphone(p.phone, r.choice([1, 2, 5, 8])), "phone"), ".")]


def ev_dispatch(r, clk, ppl, phi):
    t = clk.tick()
    loc = r.choice(LOCS)
    van = f"VAN-{loc.code[:3]}-0{r.randint(1, 4)}"
    if not phi:
        k = r.randint(0, 2)
        if k == 0:
            return [mk("dispatch_json", "").j({"level": "info", "message": "van.telemetry", "service": "dispatch-api", "timestamp": iso_ms(t), "van": van,
                                                "vin": "1FTBR3X8" + rid(r, 9, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), "lat": round(loc.center[0] + r.uniform(-0.02, 0.02), 4),
                                                "lng": round(loc.center[1] + r.uniform(-0.02, 0.02), 4), "speed_mph": r.randint(0, 45), "fridge_temp_c": round(r.uniform(2.5, 7.5), 1)})]
        if k == 1:
            return [mk("dispatch_json", "").j({"level": "info", "message": "shift.started", "service": "dispatch-api", "timestamp": iso_ms(t), "van": van,
                                                "rn": sname(staff(r, ("RN",))), "kit_check": "pass", "ketamine_onboard": False, "odometer": r.randint(10000, 60000)})]
        return [mk("dispatch_json", "").j({"level": "warn", "message": "eta.recalc", "service": "dispatch-api", "timestamp": iso_ms(t), "van": van,
                                            "job": f"DSP-{t.strftime('%y%m%d')}-{r.randint(1, 99):04d}", "delay_min": r.randint(5, 40), "reason": "traffic"})]
    p = pick(r, ppl, 0.12)
    van = f"VAN-{p.loc.code[:3]}-0{r.randint(1, 4)}"
    eta = local(t, p.loc.off) + timedelta(minutes=r.randint(20, 90))
    addr = {"line1": P(p.street, "address"), "line2": P(p.unit, "address") if p.unit else None, "city": P(p.city, "address"),
            "state": p.loc.st, "zip": P(p.zip, "zip")}
    notes = r.choice([
        S(f"Gate code #{r.randint(1000, 9999)}. ", p.rel[0].capitalize(), " ", (f"{p.rel[1]} {p.rel[2]}", "name"), " will let RN in."),
        S("Park behind pt's ", p.car, ", plate ", (p.plate, "vehicle"), ". Dog in yard."),
        S("Group booking (bachelorette) - 4 guests, primary ", (p.first, "name"), "."),
        S("Pt is ", (str(p.age), "age") if p.age > 89 else str(p.age), ", hard of hearing, call ", p.rel[0], " ", (fphone(p.rel[3], 1), "phone"), " on arrival."),
    ])
    job = {"id": f"DSP-{t.strftime('%y%m%d')}-{r.randint(1, 99):04d}", "van": van, "rn": sname(staff(r, ("RN",))),
           "service": r.choice(TREAT_IV), "patient": {"name": P(f"{p.first} {p.last}", "name"), "phone": P(fphone(p.phone, r.choice([0, 3, 1])), "phone")},
           "address": addr, "geo": {"lat": P(p.lat, "address"), "lng": P(p.lng, "address")},
           "eta": P(eta.strftime("%Y-%m-%dT%H:%M:00") + offs(p.loc.off), "date"), "notes": notes}
    return [mk("dispatch_json", "").j({"level": "info", "message": "dispatch.assigned", "service": "dispatch-api", "timestamp": iso_ms(t), "job": job})]


def ev_twilio(r, clk, ppl, phi):
    t = clk.tick()
    sid = "SM" + rid(r, 32, HEX)
    if not phi:
        k = r.randint(0, 1)
        st = r.choice(['delivered', 'delivered', 'sent', 'undelivered'])
        if k == 0:
            return [mk("twilio", f"{iso_ms(t)} [reminder-worker] info: sms.status sid={sid} status={st} price=-0.00790 price_unit=USD error_code={'30006' if st == 'undelivered' else 'null'}")]
        return [mk("twilio", f"{iso_ms(t)} [reminder-worker] info: batch done template=appt_reminder_24h queued={r.randint(10, 120)} skipped_optout={r.randint(0, 5)} from=+1{r.choice(LOCS).phone.translate(str.maketrans('', '', '() -'))}")]
    p = r.choice(ppl)
    a = appt(r, p, (1, 2))
    first = p.nick or p.first
    body = r.choice([
        S("Hi ", (first, "name"), "! Reminder: your appointment at ", p.loc.name, " is ", (fdate(a.date(), "md"), "date"), f" at {a.strftime('%I:%M %p').lstrip('0')}. Reply C to confirm, R to reschedule."),
        S("Your Lumen nurse ", staff(r, ("RN",))[0], " is ~15 min away. Please have a chair near an outlet. Reply STOP to opt out."),
        S("Hi ", (first, "name"), ", please complete your PHQ-9/GAD-7 check-in before ", (fdate(a.date(), "long"), "date"), ": https://lumendrip.com/i/", rid(r, 8)),
    ])
    frm = "+1" + p.loc.phone.translate(str.maketrans("", "", "() -"))
    return [mk("twilio", f"{iso_ms(t)} [reminder-worker] info: sms.sent sid={sid} from={frm} to=", (fphone(p.phone, 3), "phone"), f" segments={r.randint(1, 2)} body=").j(body)]


def ev_gmaps(r, clk, ppl, phi):
    t = clk.tick()
    loc = r.choice(LOCS)
    q = urllib.parse.quote_plus
    org = q(loc.addr.rsplit(" ", 1)[0])
    if not phi:
        return [mk("gmaps_url", f"{iso_ms(t)} [dispatch-api] debug: GET https://maps.googleapis.com/maps/api/geocode/json?address={org}&key=AIza***redacted 200 {r.randint(40, 200)}ms results=1 place_id=ChIJ{rid(r, 23, B64U)}")]
    p = r.choice(ppl)
    org = q(p.loc.addr.rsplit(" ", 1)[0])
    return [mk("gmaps_url", f"{iso_ms(t)} [dispatch-api] debug: GET https://maps.googleapis.com/maps/api/distancematrix/json?origins={org}&destinations=",
               (q(f"{p.street}, {p.city}"), "address"), q(f", {p.loc.st} "), (p.zip, "zip"), f"&departure_time=now&key=AIza***redacted 200 {r.randint(60, 400)}ms duration_in_traffic={r.randint(600, 3600)}s")]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 319.0.2.22.110",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"]


def ev_nginx(r, clk, ppl, phi):
    t = clk.tick()
    lt = local(t, -5)
    ts = lt.strftime("%d/%b/%Y:%H:%M:%S -0500")
    tail = f' rt={r.uniform(0.002, 0.4):.3f} uct=0.000 urt={r.uniform(0.002, 0.4):.3f}'
    if not phi:
        k = r.randint(0, 4)
        if k == 0:
            return [mk("nginx", f'10.20.{r.randint(0, 9)}.{r.randint(2, 250)} - - [{ts}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28"' + tail)]
        if k == 1:
            return [mk("nginx", f'66.249.66.{r.randint(1, 200)} - - [{ts}] "GET /locations/{r.choice(LOCS).slug}/ketamine-therapy HTTP/1.1" 200 {r.randint(9000, 40000)} "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"' + tail)]
        if k == 2:
            return [mk("nginx", f'54.187.174.169 - - [{ts}] "POST /webhooks/stripe HTTP/1.1" 200 17 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)"' + tail)]
        if k == 3:
            return [mk("nginx", f'69.162.124.{r.randint(224, 238)} - - [{ts}] "HEAD / HTTP/1.1" 200 0 "https://lumendrip.com" "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)"' + tail)]
        return [mk("nginx", f'10.20.0.{r.randint(2, 9)} - - [{ts}] "GET /build/assets/app-{rid(r, 8, HEX)}.js HTTP/2.0" 304 0 "-" "Varnish/7.4"' + tail)]
    p = r.choice(ppl)
    k = r.randint(0, 2)
    if k == 0:
        path = ["/intake/confirm?email=", (urllib.parse.quote(p.email, safe=""), "email"), f"&form=phq9_gad7_v3&step=16"]
    elif k == 1:
        path = ["/portal/clients/", (p.chart, "mrn"), f"/receipts/{r.randint(100000, 999999)}.pdf"]
    else:
        path = [f"/book/ketamine-consult?utm_source=google&utm_medium=cpc&gclid=", (gclid(r), "other_id")]
    return [mk("nginx", (p.ip, "ip"), f' - - [{ts}] "GET ', *path, f' HTTP/2.0" 200 {r.randint(900, 30000)} "{r.choice(["https://www.instagram.com/", "https://www.google.com/", "-"])}" "{r.choice(UAS)}"' + tail)]


def ev_unifi(r, clk, ppl, phi):
    t = clk.tick()
    loc = r.choice(LOCS)
    host = f"UDM-Pro-{loc.code[:3]}"
    mac = ":".join("%02x" % r.randint(0, 255) for _ in range(6))
    if not phi:
        k = r.randint(0, 2)
        if k == 0:
            return [mk("syslog_unifi", f"{sysl(local(t, loc.off))} {host} hostapd: wlan0: STA {mac} IEEE 802.11: {r.choice(['associated', 'disassociated', 'authenticated'])}")]
        if k == 1:
            return [mk("syslog_unifi", f"{sysl(local(t, loc.off))} {host} kernel: [WAN_LOCAL-default-D]IN=eth8 OUT= MAC={mac}:{rid(r, 2, HEX)} SRC={public_ip(r)} DST={loc.net}.0.1 LEN=44 PROTO=TCP SPT={r.randint(1024, 65000)} DPT={r.choice([22, 23, 3389, 8080])}")]
        return [mk("syslog_unifi", f"{sysl(local(t, loc.off))} {host} unifi-guest[{r.randint(1000, 9000)}]: portal stats authorized_today={r.randint(3, 60)} vouchers_left={r.randint(0, 200)}")]
    p = r.choice(ppl)
    return [mk("syslog_unifi", f"{sysl(local(t, p.loc.off))} {host} unifi-guest[{r.randint(1000, 9000)}]: guest authorized: mac=", (p.mac, "device"),
               f" ip=192.168.40.{r.randint(20, 250)} name=\"", (f"{p.first} {p.last}", "name"), "\" email=", (p.email, "email"),
               f" ap=\"Lobby-U6\" ssid=\"Lumen Guest\" minutes=240")]


# ---------------------------------------------------------------- infra noise (single lines)


def ev_noise(r, clk, ppl, phi=False):
    t = clk.tick()
    loc = r.choice(LOCS)
    k = r.randint(0, 17)
    if k == 0:
        return [mk("php_fpm", f"[{t.strftime('%d-%b-%Y %H:%M:%S')}] WARNING: [pool www] server reached pm.max_children setting (20), consider raising it")]
    if k == 1:
        return [mk("php_fpm", f"[{t.strftime('%d-%b-%Y %H:%M:%S')}] NOTICE: [pool www] child {r.randint(1000, 40000)} exited with code 0 after {r.uniform(100, 9000):.6f} seconds from start")]
    if k == 2:
        return [mk("redis", f"1:M {t.strftime('%d %b %Y %H:%M:%S')}.{t.microsecond // 1000:03d} * Background saving started by pid {r.randint(100, 9000)}")]
    if k == 3:
        return [mk("mysql_slow", f"# Query_time: {r.uniform(1, 9):.6f}  Lock_time: 0.000{r.randint(10, 99)} Rows_sent: {r.randint(0, 500)}  Rows_examined: {r.randint(10000, 900000)}")]
    if k == 4:
        return [mk("pm2", f"PM2        | {t.strftime('%Y-%m-%dT%H:%M:%S')}: PM2 log: App [{r.choice(['blvd-sync', 'dispatch-api', 'klaviyo-bridge', 'gads-uploader', 'reminder-worker'])}:{r.randint(0, 3)}] {r.choice(['online', 'exited with code [0] via signal [SIGINT]', 'starting in -fork mode-'])}")]
    if k == 5:
        tid = rid(r, 32, HEX)
        return [mk("otel", f"{iso_ms(t)} span name=\"POST /webhooks/{r.choice(['jane', 'boulevard', 'square', 'docusign'])}\" trace_id={tid} span_id={rid(r, 16, HEX)} parent=00-{tid}-{rid(r, 16, HEX)}-01 duration_ms={r.uniform(2, 300):.1f} status=OK")]
    if k == 6:
        return [mk("datadog", f"{t.strftime('%Y-%m-%d %H:%M:%S')} UTC | CORE | INFO | (pkg/collector/worker/check_logger.go:71 in CheckFinished) | check:{r.choice(['php_fpm', 'mysql', 'redisdb', 'nginx', 'disk', 'network', 'process'])} | Done running check, next runs will be logged every 500 runs")]
    if k == 7:
        return [mk("k8s", f"{t.strftime('%Y-%m-%dT%H:%M:%SZ')} Normal  Pulled  pod/lumen-core-{rid(r, 10, 'abcdef0123456789')}-{rid(r, 5, 'abcdefghijklmnopqrstuvwxyz')}  Successfully pulled image \"ghcr.io/lumendrip/lumen-core:2024.03.{r.randint(1, 11)}-build.{r.randint(1000, 2999)}\" in {r.uniform(1, 9):.3f}s")]
    if k == 8:
        return [mk("config", f"{lara(t)} production.INFO: config loaded {{\"APP_ENV\":\"production\",\"QUEUE_CONNECTION\":\"redis\",\"DB_HOST\":\"10.42.0.12\",\"DB_PORT\":3306,\"REDIS_PORT\":6379,\"MAIL_FROM_ADDRESS\":\"frontdesk@lumendrip.com\",\"JANE_BASE\":\"https://lumen.janeapp.com\",\"version\":\"4.{r.randint(10, 19)}.{r.randint(0, 9)}\"}} []")]
    if k == 9:
        s = staff(r, ("RN", "NP", "MD"))
        ph = s[3]
        num = loc.areas[0] + "5550" + "%03d" % r.randint(100, 199)
        return [mk("config", f"{lara(t)} production.INFO: on-call roster published {{\"site\":\"{loc.code}\",\"oncall\":\"{sname(s)}, {s[2]}\",\"pager\":\"{fphone(num, 0)}\",\"email\":\"{ph}@lumendrip.com\",\"until\":\"2024-03-12T07:00:00{offs(loc.off)}\"}} []")]
    if k == 10:
        return [mk("config", f"{lara(t)} production.INFO: location synced {{\"name\":\"{loc.name}\",\"address\":\"{loc.addr}\",\"phone\":\"{loc.phone}\",\"fax\":\"{loc.fax}\",\"npi\":\"1578923340\",\"dea\":\"FL{r.randint(1000000, 9999999)}\",\"medical_director\":\"Anjali Mehta, MD\"}} []")]
    if k == 11:
        return [mk("syslog_cron", f"{sysl(t)} lumen-core-01 CRON[{r.randint(1000, 99999)}]: (www-data) CMD (cd /var/www/lumen-core && php artisan schedule:run >> /dev/null 2>&1)")]
    if k == 12:
        return [mk("order", f"{iso_ms(t)} info: [payments] reconcile order=LMN-2024-{r.randint(1000, 9999):06d} square_payment={rid(r, 29)} stripe_pi=pi_{rid(r, 24)} status=matched delta_cents=0")]
    if k == 13:
        return [mk("redis", f"1:M {t.strftime('%d %b %Y %H:%M:%S')}.{t.microsecond // 1000:03d} * DB saved on disk (rdb, {r.randint(2, 90)} MB) in {r.randint(40, 900)}ms")]
    if k == 14:
        return [mk("certbot", f"{t.strftime('%Y-%m-%d %H:%M:%S')},{r.randint(100, 999)}:INFO:certbot._internal.renewal:Cert not yet due for renewal: /etc/letsencrypt/renewal/{r.choice(['lumendrip.com', 'book.lumendrip.com', 'api.lumendrip.com'])}.conf expires 2024-05-{r.randint(10, 30)}")]
    if k == 15:
        return [mk("supervisor", f"{t.strftime('%Y-%m-%d %H:%M:%S')},{r.randint(100, 999)} INFO success: horizon_{r.randint(0, 3)} entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)")]
    if k == 16:
        return [mk("pino", "").j({"level": 30, "time": epoch_ms(t), "pid": 1, "hostname": "dispatch-api-" + rid(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), "msg": "db pool", "total": 20, "idle": r.randint(2, 18), "waiting": 0, "pgVersion": "15.6"})]
    return [mk("mysql_slow", f"SET timestamp={int(t.timestamp())}; SELECT COUNT(*) FROM `appointments` WHERE `location_id` = {r.randint(1, 5)} AND `start_at` BETWEEN '2024-03-11 00:00:00' AND '2024-03-17 23:59:59' AND `deleted_at` IS NULL;")]


# ----------------------------------------------------------------------------------------
# assembly
# ----------------------------------------------------------------------------------------

PHI_PLAN = [
    (ev_jane, 15), (ev_lara_exc, 3), (ev_blvd, 13), (ev_square, 10), (ev_stripe, 10), (ev_billing_debug, 8),
    (ev_intake_kv, 11), (ev_phq_csv, 3), (ev_fhir, 6), (ev_docusign, 8), (ev_kiosk, 7), (ev_pump, 8),
    (ev_hl7, 3), (ev_cslog, 11), (ev_mailchimp, 7), (ev_klaviyo, 9), (ev_gads_csv, 1), (ev_gads_csv_raw, 1), (ev_gads_csv_gclid, 1), (ev_gads_api, 6),
    (ev_ig, 9), (ev_ig_block, 1), (ev_yelp, 6), (ev_chart, 13), (ev_rn_text, 6), (ev_dispatch, 11),
    (ev_twilio, 7), (ev_gmaps, 4), (ev_nginx, 9), (ev_unifi, 4),
]
FIXED_NOISE = [(ev_stripe_trace, 2), (ev_lara_exc, 1)]
NOISE_POOL = [
    (ev_jane, 5), (ev_queue, 6), (ev_lara_exc, 2), (ev_blvd, 8), (ev_square, 6), (ev_stripe, 6),
    (ev_intake_kv, 4), (ev_docusign, 3), (ev_kiosk, 4), (ev_pump, 9), (ev_cslog, 5), (ev_mailchimp, 3),
    (ev_klaviyo, 4), (ev_gads_api, 4), (ev_ig, 2), (ev_yelp, 3), (ev_chart, 5), (ev_dispatch, 7), (ev_twilio, 5),
    (ev_gmaps, 2), (ev_nginx, 12), (ev_unifi, 5), (ev_noise, 40),
]


def build():
    master = random.Random(SEED)
    ppl = make_people(random.Random(SEED + 1))
    events = []
    for fn, n in PHI_PLAN:
        for _ in range(n):
            events.append((fn, True, master.getrandbits(48)))
    for fn, n in FIXED_NOISE:
        for _ in range(n):
            events.append((fn, False, master.getrandbits(48)))
    phi_lines = sum(len(fn(random.Random(sd), Clock(), ppl, ph)) for fn, ph, sd in events)
    need = N_LINES - phi_lines
    assert need > 0, need
    pool = [fn for fn, w in NOISE_POOL for _ in range(w)]
    noise = []
    got = 0
    while got < need:
        fn = master.choice(pool)
        sd = master.getrandbits(48)
        n = len(fn(random.Random(sd), Clock(), ppl, False))
        if got + n > need:
            if fn is ev_noise:
                continue
            continue
        noise.append((fn, False, sd))
        got += n
    events += noise
    master.shuffle(events)
    clk = Clock(SEED % 1000)
    lines = []
    for fn, ph, sd in events:
        lines.extend(fn(random.Random(sd), clk, ppl, ph))
    assert len(lines) == N_LINES, len(lines)
    return lines


def main():
    lines = build()
    out_log, out_lab = [], []
    for i, L in enumerate(lines, 1):
        b = bytes(L.buf)
        s = b.decode("utf-8")
        assert "\n" not in s and "\r" not in s and s.strip() != "", (i, s)
        spans = []
        last = -1
        for (st, en, cat, val) in sorted(L.spans):
            assert b[st:en].decode("utf-8") == val, (i, val)
            assert st >= last, (i, "overlap", val)
            last = en
            spans.append({"s": st, "e": en, "cat": cat})
        out_log.append(s)
        out_lab.append(json.dumps({"line": i, "family": L.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab))


if __name__ == "__main__":
    main()
