#!/usr/bin/env python3
"""gen_hx.py -- synthetic, labeled log corpus (ID=hx).

Theme: the customer data platform (CDP) and marketing-operations stack of a
fictitious health system ("Lakeshore Meridian Health", Chicago area), i.e. the
places where PHI leaks into martech: Segment-like track/identify/page calls and
library logs, Hightouch/Census-like reverse-ETL sync logs and rejected-row CSVs,
identity-resolution merges (logfmt + Amperity-like JSON), Salesforce Marketing
Cloud journeys / SOAP / data-extension imports / bounce extracts, Salesforce
Apex debug logs, Meta Conversions API and offline-event CSVs (hashed and not
hashed), Google Ads client logs and offline-conversion CSVs, OneTrust consent
receipts and CMP events, nginx beacon logs with patient-portal query strings,
SES/SNS bounce notifications and postfix syslog, CallRail/Invoca call tracking,
Snowflake query/access history, Jira/ServiceNow compliance tickets about
pixels, an HL7 ADT-to-CDP route, and Airflow/dbt/k8s noise.

Everything is synthetic.  Standard library only, deterministic (fixed seed).
Writes hx.log (500 lines) and hx.labels.jsonl next to this script.

Labeling decisions:
- Patients, portal users, form submitters, callers, email recipients of
  patient journeys, guarantors and relatives are data subjects: their
  identifiers are labeled.  Clinicians ("Dr. ..."), marketing/privacy/analytics
  staff (Jira reporters, Snowflake USER_NAME, GTM publishers), vendors, the
  health system's own numbers (tracking numbers, switchboard, fax lines),
  addresses of facilities/employers and no-reply/staff mailboxes are not.
- SHA-256 hashed values (Meta em/ph/fn..., Google hashed_email, ud[em]) are
  not labeled: they are digests, treated as hash look-alikes.  The same fields
  sent unhashed (a bug) are labeled with their category.
- Masked or truncated values (j***@gmail.com, ***-**-6789, IPs with the last
  octet zeroed, "x0142") are not labeled.
- Browser/cookie pseudonyms are not labeled: Segment anonymousId, GA client
  id (cid), _fbp/_fbc, gclid/fbclid, OneTrust consentId, messageId, run ids,
  query ids, trace ids.
- Keys of a person record are other_id: Segment userId, portal usernames, CDP
  profile ids (use_...), Amperity ids, Salesforce Contact/Lead ids and SFMC
  SubscriberKey/ContactKey (when not an email), Epic CSN encounter numbers,
  household ids, patient grievance case numbers.  Compliance ticket keys
  (COMP-..., PRIV...) identify an issue, not a person: not labeled.
- A SubscriberKey/userId that is an e-mail address is labeled email.
- Mobile advertising ids (IDFA/GAID), IDFV device ids and serials of a
  patient's home device are device.
- Public IPs of end users (client_ip_address, context.ip, X-Forwarded-For) are
  ip; private (RFC1918) addresses, server/vendor/bot IPs and "0.0.0.0" are not.
- Person names: each name field is its own span; "First Last" or
  "LAST, FIRST" written as one string is one span.  A first name alone is
  labeled.  Names inside free text, SQL and search queries are labeled.
- Street and city are address (separate spans when in separate fields; one
  span when written as one string with the city); state and country are never
  labeled; ZIP (5 or 9 digits) is zip.  City from caller-ID geo is address.
- Dates tied to a person (birth, discharge, admission, appointment, service,
  last visit) are date in whatever form they are written, including
  "03/14" without a year and invalid dates such as 31/02/1948.  Log and event
  timestamps, send dates, conversion times and campaign dates are not.
- Ages are labeled only when over 89.
- Values inside URLs, query strings (also double-encoded) and escaped JSON are
  labeled on their encoded bytes, only the value part.
- Personal social/profile URLs of a patient are url (whole URL).  Vendor
  recording links and portal page URLs are not url (identifiers inside them
  are labeled by their own category).
- photo: only the base64 payload after "base64," of a person's face image.
- biometric: voiceprint templates from caller authentication.
- An identifier is labeled even when the value is malformed (an invalid email
  in an error message is still the person's email).
"""
import base64
import datetime
import hashlib
import json
import os
import random
import string
import unicodedata
import urllib.parse
import uuid

R = random.Random(0x48D21)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "hx"

# ----------------------------------------------------------------- pieces
class V:
    """A labeled value."""
    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class C:
    """A composite JSON string made of plain text and labeled values."""
    def __init__(self, *parts):
        self.pcs = flat(list(parts))


def flat(x):
    if x is None:
        return []
    if isinstance(x, str):
        return [(x, None)]
    if isinstance(x, V):
        return [(str(x.v), x.cat)]
    if isinstance(x, tuple):
        return [x]
    if isinstance(x, (int, float)):
        return [(str(x), None)]
    if isinstance(x, list):
        out = []
        for i in x:
            out.extend(flat(i))
        return out
    raise TypeError(repr(x))


def jesc_s(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def esc(x):
    return [(jesc_s(t), c) for t, c in flat(x)]


def q(x, safe=""):
    return [(urllib.parse.quote(t, safe=safe), c) for t, c in flat(x)]


def qp(x):
    return [(urllib.parse.quote_plus(t), c) for t, c in flat(x)]


def sqlq(x):
    return [(t.replace("'", "''"), c) for t, c in flat(x)]


def xesc(x):
    return [(t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), c) for t, c in flat(x)]


def J(o, sp=False):
    out = []
    ci = ", " if sp else ","
    co = ": " if sp else ":"

    def w(o):
        if isinstance(o, dict):
            out.append(("{", None))
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append((ci, None))
                out.append((json.dumps(k, ensure_ascii=False) + co, None))
                w(v)
            out.append(("}", None))
        elif isinstance(o, list):
            out.append(("[", None))
            for i, v in enumerate(o):
                if i:
                    out.append((ci, None))
                w(v)
            out.append(("]", None))
        elif isinstance(o, V):
            if isinstance(o.v, str):
                out.extend([('"', None), (jesc_s(o.v), o.cat), ('"', None)])
            else:
                out.append((json.dumps(o.v), o.cat))
        elif isinstance(o, C):
            out.append(('"', None))
            out.extend(esc(o.pcs))
            out.append(('"', None))
        else:
            out.append((json.dumps(o, ensure_ascii=False), None))
    w(o)
    return out


# ----------------------------------------------------------------- clock
BASE = datetime.datetime(2024, 3, 11, 13, 2, 11, 118000)
CLK = [BASE]


def tick(lo=0.2, hi=21.0):
    CLK[0] += datetime.timedelta(seconds=R.uniform(lo, hi))


def t_iso(ms=True):
    t = CLK[0]
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (t.microsecond // 1000) if ms else "Z")


def t_py():
    t = CLK[0]
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def t_sp():
    t = CLK[0]
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (t.microsecond // 1000)


def t_nginx():
    return CLK[0].strftime("%d/%b/%Y:%H:%M:%S +0000")


def t_syslog():
    return CLK[0].strftime("%b %d %H:%M:%S")


def t_local():  # America/Chicago (CDT since 2024-03-10)
    t = CLK[0] - datetime.timedelta(hours=5)
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d -0500" % (t.microsecond // 1000)


def t_epoch():
    return int((CLK[0] - datetime.datetime(1970, 1, 1)).total_seconds())


def t_epoch_ms():
    return int((CLK[0] - datetime.datetime(1970, 1, 1)).total_seconds() * 1000)


def t_hms():
    return CLK[0].strftime("%H:%M:%S")


# ----------------------------------------------------------------- pools
FIRST = ["María José", "Chidi", "Lan", "Aleksandra", "Siobhan", "Rajesh", "Mei-Ling", "Oluwaseun",
         "Giuseppe", "Fatima", "Dmitri", "Keanu", "Ximena", "Tomasz", "Anjali", "Jean-Baptiste",
         "Hyun-woo", "Ayşe", "Björn", "Precious", "DeShawn", "Eleanor", "Kwame", "Yuki", "Santiago",
         "Priyanka", "Liam", "Zainab", "Minh", "Margarethe", "Ngozi", "Carlos", "Svetlana",
         "Abdirahman", "Leilani", "Wojciech", "Thandiwe", "Luis Miguel", "Ingrid", "Bao", "Guadalupe",
         "Earl", "Dolores", "Mohammed", "Ruth", "Tyrone", "Agnieszka", "Esperanza", "Harold", "Nia"]
LAST = ["Okafor", "Nguyen", "Kowalczyk", "O'Sullivan", "Venkataraman", "van der Berg", "Al-Hashimi",
        "de la Cruz", "Schmidt-Rossi", "Tran", "Abernathy", "Yamamoto", "Papadopoulos", "Mbeki",
        "Rodríguez", "Kim", "Haddad", "Johansson", "Oyelaran", "Fitzgerald", "Dubois",
        "Castellanos-Reyes", "Le", "Nakamura", "Adeyemi", "McAllister", "Szymańska", "Hernández",
        "Park", "Ivanova", "Mahmoud", "Bianchi", "Osei", "Goldberg", "St. Clair", "da Silva", "Nwosu",
        "Lindqvist", "Patel", "Washington", "Wiśniewski", "Oduya", "DeLuca", "Ramírez", "Hoang",
        "Baptiste", "Kaczmarek", "Mensah", "Quintero", "Zhou"]
STAFF = ["Priya Raman", "Dana Whitfield", "Marcus Oyelowo", "Jenna Kowalski", "Tom Brandt",
         "Aisha Karimi", "Luis Ortega", "Rebecca Lindholm", "Kevin Tsai", "Shauna McBride"]
STAFF_USERS = ["JKOWALSKI", "TBRANDT", "AKARIMI", "KTSAI", "SVC_HIGHTOUCH", "SVC_CENSUS", "DBT_PROD",
               "LORTEGA", "SVC_SEGMENT_LOADER", "RLINDHOLM"]
DOCS = ["Dr. Anika Shah", "Dr. Robert Feinberg", "Dr. Olumide Bankole", "Dr. Helen Cho",
        "Dr. Patrick Doherty", "Dr. Sofia Marchetti", "Dr. Arjun Mehta", "Dr. Grace Whitaker"]
CITIES = [("Chicago", "60614", "Cook"), ("Chicago", "60625", "Cook"), ("Chicago", "60617", "Cook"),
          ("Evanston", "60201", "Cook"), ("Skokie", "60076", "Cook"), ("Oak Park", "60302", "Cook"),
          ("Cicero", "60804", "Cook"), ("Berwyn", "60402", "Cook"), ("Des Plaines", "60016", "Cook"),
          ("Naperville", "60540", "DuPage"), ("Aurora", "60505", "Kane"), ("Elgin", "60120", "Kane"),
          ("Joliet", "60435", "Will"), ("Waukegan", "60085", "Lake"), ("Schaumburg", "60193", "Cook"),
          ("Wheaton", "60187", "DuPage"), ("Park Ridge", "60068", "Cook"), ("Harvey", "60426", "Cook")]
STREETS = ["W Wrightwood Ave", "N Sheridan Rd", "S Halsted St", "Maple Ln", "Orrington Ave",
           "N Milwaukee Ave", "W 63rd St", "S Kedzie Ave", "Lake St", "Greenleaf St", "Prairie Ave",
           "N Lincoln Ave", "W Devon Ave", "Oak Park Ave", "E Ogden Ave", "Cermak Rd", "Chicago Ave",
           "Ridge Blvd", "N Kimball Ave", "Dempster St"]
AREAS = ["312", "773", "847", "630", "708", "224", "815", "872", "331", "779"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net",
           "hotmail.com", "att.net", "proton.me", "sbcglobal.net", "ymail.com", "msn.com"]
DEPTS = ["Cardiology", "Oncology", "Orthopedics", "Behavioral Health", "Obstetrics & Gynecology",
         "Gastroenterology", "Endocrinology", "Infectious Disease", "Neurology", "Urology",
         "Bariatric Surgery", "Sleep Medicine"]
JOURNEYS = ["Post-Discharge Follow-up v7", "Mammogram Reminder 2024", "Diabetes Education Nurture",
            "Flu Shot Reminder 2024", "New Mover Welcome", "Colonoscopy Prep", "Bariatric Seminar Invite",
            "Patient Satisfaction Survey", "RPM Hypertension Onboarding", "Annual Wellness Visit Due"]
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0"]
PUB_OCT = [24, 50, 67, 68, 69, 71, 73, 75, 76, 96, 98, 99, 107, 108, 162, 174, 184]
ALNUM = string.ascii_letters + string.digits


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def rdig(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def ralnum(n, chars=ALNUM):
    return "".join(R.choice(chars) for _ in range(n))


def sha(s):
    return hashlib.sha256(s.encode()).hexdigest()


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def pub_ip():
    if R.random() < 0.12:
        return "2601:%x:%x:%x:%x:%x:%x:%x" % tuple(R.randint(0x100, 0xffff) for _ in range(7))
    return "%d.%d.%d.%d" % (R.choice(PUB_OCT), R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))


def priv_ip():
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 60), R.randint(0, 254), R.randint(2, 254)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 254), R.randint(2, 254))])


def sfid(prefix="003"):
    return prefix + "5e0000" + ralnum(6) + ralnum(3, string.ascii_uppercase)


def luhn(prefix, length):
    d = prefix + rdig(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return d + str((10 - tot % 10) % 10)


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = {**{str(i): i for i in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
             **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = list(R.choice(["1HG", "1FT", "5YJ", "2T1", "JTD", "3VW"]) + "".join(R.choice(chars) for _ in range(14)))
    s = sum(trans[c] * w[i] for i, c in enumerate(v))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def mbi():
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + "0123456789"
    return (R.choice("123456789") + R.choice(a) + R.choice(an) + R.choice(string.digits) + R.choice(a)
            + R.choice(an) + R.choice(string.digits) + R.choice(a) + R.choice(a)
            + R.choice(string.digits) + R.choice(string.digits))


def member_id():
    k = R.randint(0, 4)
    if k == 0:
        return "XOF" + rdig(9)
    if k == 1:
        return "W" + rdig(9)
    if k == 2:
        return rdig(9) + "01"
    if k == 3:
        return mbi()
    return "ZGP" + rdig(8)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


TODAY = datetime.date(2024, 3, 11)


class Person:
    def __init__(self, old=None):
        self.first = R.choice(FIRST)
        self.last = R.choice(LAST)
        self.mi = R.choice("ABCDEFGHJKLMNPRSTW")
        if old is None:
            old = R.random() < 0.10
        y = R.randint(1925, 1933) if old else R.randint(1938, 2005)
        self.dob = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
        self.age = TODAY.year - y - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        self.city, self.zip, self.county = R.choice(CITIES)
        self.street = "%d %s" % (R.randint(12, 9899), R.choice(STREETS))
        if R.random() < 0.25:
            self.street += R.choice([" Apt ", " Unit ", " #"]) + R.choice(["2F", "1203", "3B", "G", "410", "1R"])
        self.ph = (R.choice(AREAS), str(R.randint(200, 989)), rdig(4))
        self.email = mk_email(self.first, self.last, y)
        self.mrn = R.choice(["%08d" % R.randint(100000, 9999999), "E%07d" % R.randint(1000000, 9999999),
                             "%08d" % R.randint(100000, 9999999)])
        self.uid = "lmh-%d" % R.randint(10 ** 7, 10 ** 8 - 1)
        self.username = (fold(self.first).split()[0][0] + fold(self.last).replace(" ", "").replace("'", "")
                         ).lower() + str(y)[2:]
        self.sfid = sfid("003")
        self.cdp = "use_" + ralnum(27)
        self.member = member_id()
        self.ip = pub_ip()
        self.acct = R.choice(["40", "41", "70"]) + rdig(8)
        self.csn = "10" + rdig(8)

    def e164(self):
        return "+1" + "".join(self.ph)

    def digits(self):
        return "".join(self.ph)


def mk_email(fn, ln, y):
    f = fold(fn).lower().replace("'", "").replace("-", "").split()
    l = fold(ln).lower().replace(" ", "").replace("'", "").replace(".", "").replace("-", "")
    f0 = f[0]
    pat = R.randint(0, 7)
    loc = [f0 + "." + l, f0 + l + str(y)[2:], f0[0] + l, l + "." + f0, f0 + "_" + l + str(R.randint(1, 99)),
           f0 + l, f0[0] + "." + l + str(R.randint(100, 999)), l + f0[0] + str(y)][pat]
    if R.random() < 0.07:
        loc += "+portal"
    return loc + "@" + R.choice(DOMAINS)


def phone(p, style=None):
    a, b, c = p.ph
    style = style if style is not None else R.randint(0, 7)
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c), a + b + c,
            "+1" + a + b + c, "+1 (%s) %s-%s" % (a, b, c), "1-%s-%s-%s" % (a, b, c), "+1 %s %s %s" % (a, b, c)][style]


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def dfmt(d, style=None):
    style = style if style is not None else R.choice(["iso", "us", "us_np", "us_short", "compact", "eu",
                                                      "long", "abbr", "sfdc", "sas"])
    return {"iso": d.isoformat(), "us": d.strftime("%m/%d/%Y"), "us_np": "%d/%d/%d" % (d.month, d.day, d.year),
            "us_short": "%d/%d/%02d" % (d.month, d.day, d.year % 100), "compact": d.strftime("%Y%m%d"),
            "eu": d.strftime("%d.%m.%Y"), "long": "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year),
            "abbr": "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year),
            "sfdc": d.isoformat() + "T00:00:00.000Z", "sas": "%02d%s%d" % (d.day, MON[d.month - 1].upper(), d.year),
            "dmy": d.strftime("%d/%m/%Y")}[style]


def future_date():
    return TODAY + datetime.timedelta(days=R.randint(1, 60))


def past_date():
    return TODAY - datetime.timedelta(days=R.randint(1, 45))


def name_one(p, style=None):
    style = style if style is not None else R.randint(0, 6)
    f, l = p.first, p.last
    return [f + " " + l, (l + ", " + f).upper(), l + ", " + f + " " + p.mi + ".", f[0] + ". " + l,
            (f + " " + l).lower(), l.upper() + " " + f.upper(), f + " " + p.mi + ". " + l][style]


def photo_b64():
    raw = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300") + bytes(R.getrandbits(8) for _ in range(150))
    return base64.b64encode(raw).decode()


# ----------------------------------------------------------------- generators
# each generator returns a list of (family, pieces)
GEN = {}


def gen(fam, phi, w=1):
    def deco(f):
        GEN[f.__name__] = (fam, phi, f)
        return f
    return deco


def ajs_id():
    return "ajs-next-%d-%s" % (t_epoch_ms(), ruuid())


# ---- segment_json -------------------------------------------------------
def seg_env(obj_core, ctx, kind="identify"):
    ts = t_iso()
    o = {"anonymousId": ruuid(), "channel": "client", "context": ctx, "integrations": {},
         "messageId": ajs_id(), "originalTimestamp": ts, "receivedAt": ts, "sentAt": ts,
         "timestamp": ts, "type": kind, "version": 2}
    o.update(obj_core)
    return o


@gen("segment_json", True)
def seg_identify_portal():
    p = Person()
    traits = {}
    keys = R.sample(["email", "firstName", "lastName", "phone", "birthday", "address", "age", "mrn", "username"],
                    R.randint(3, 7))
    for k in ["email", "firstName", "lastName", "phone", "birthday", "address", "age", "mrn", "username"]:
        if k not in keys:
            continue
        if k == "email":
            traits[k] = V(p.email, "email")
        elif k == "firstName":
            traits[k] = V(p.first, "name")
        elif k == "lastName":
            traits[k] = V(p.last, "name")
        elif k == "phone":
            traits[k] = V(phone(p), "phone")
        elif k == "birthday":
            traits[k] = V(dfmt(p.dob, R.choice(["iso", "sfdc", "us"])), "date")
        elif k == "address":
            traits[k] = {"street": V(p.street, "address"), "city": V(p.city, "address"), "state": "IL",
                         "postalCode": V(p.zip, "zip"), "country": "US"}
        elif k == "age":
            traits[k] = V(p.age, "age") if p.age > 89 else p.age
        elif k == "mrn":
            traits["epic_mrn"] = V(p.mrn, "mrn")
        elif k == "username":
            traits["mychart_username"] = V(p.username, "other_id")
    path = R.choice(["/MyChart/Home", "/MyChart/Billing/Summary", "/MyChart/app/messages", "/MyChart/Signup/Complete"])
    ctx = {"ip": V(p.ip, "ip"), "library": {"name": "analytics.js", "version": "npm:next-1.66.0"},
           "locale": "en-US", "page": {"path": path, "referrer": "https://mychart.lakeshoremeridian.org/MyChart/Authentication/Login",
                                       "title": "MyChart - Lakeshore Meridian", "url": "https://mychart.lakeshoremeridian.org" + path},
           "userAgent": R.choice(UAS)}
    o = seg_env({"traits": traits, "userId": V(p.uid, "other_id")}, ctx, "identify")
    return [("segment_json", J(o))]


@gen("segment_json", True)
def seg_identify_avatar():
    p = Person()
    ctx = {"library": {"name": "analytics-ios", "version": "4.1.8"},
           "app": {"name": "LMH MyHealth", "version": "8.14.2", "build": "81402"}, "ip": V(p.ip, "ip")}
    traits = {"name": V(p.first + " " + p.last, "name"), "email": V(p.email, "email"),
              "avatar": C("data:image/jpeg;base64,", V(photo_b64(), "photo"))}
    o = seg_env({"traits": traits, "userId": V(p.uid, "other_id")}, ctx, "identify")
    return [("segment_json", J(o))]


@gen("segment_json", True)
def seg_track_appt():
    p = Person()
    ap = future_date()
    props = {"department": R.choice(DEPTS), "provider": R.choice(DOCS), "visit_type": R.choice(["NEW PATIENT", "FOLLOW UP", "VIDEO VISIT"]),
             "appointment_date": V(dfmt(ap, R.choice(["iso", "us", "long"])), "date"),
             "appointment_time": "%02d:%02d" % (R.randint(7, 17), R.choice([0, 15, 20, 40, 45])),
             "location": R.choice(["Evanston Campus", "Lakeview Medical Pavilion", "Naperville Outpatient Center"])}
    if R.random() < 0.5:
        props["patient_mrn"] = V(p.mrn, "mrn")
    ctx = {"ip": V(p.ip, "ip"), "library": {"name": "analytics.js", "version": "npm:next-1.66.0"},
           "page": {"path": "/MyChart/Scheduling/Confirmation",
                    "url": C("https://mychart.lakeshoremeridian.org/MyChart/Visits/VisitDetails?csn=", V(p.csn, "other_id"))},
           "userAgent": R.choice(UAS)}
    o = seg_env({"event": "Appointment Scheduled", "properties": props, "userId": V(p.uid, "other_id")}, ctx, "track")
    return [("segment_json", J(o))]


@gen("segment_json", True)
def seg_track_mobile():
    p = Person()
    idfa = str(uuid.UUID(int=R.getrandbits(128), version=4)).upper()
    idfv = str(uuid.UUID(int=R.getrandbits(128), version=4)).upper()
    ev = R.choice(["Rx Refill Requested", "Test Result Viewed", "Video Visit Joined", "Bill Paid"])
    props = {"screen": ev.replace(" ", ""), "pharmacy_store": "#" + rdig(4)} if ev.startswith("Rx") else {"screen": ev.replace(" ", "")}
    if ev == "Bill Paid":
        props = {"amount": round(R.uniform(20, 900), 2), "currency": "USD", "guarantor_account": V(p.acct, "account")}
    ctx = {"app": {"name": "LMH MyHealth", "version": "8.14.2", "build": "81402", "namespace": "org.lakeshoremeridian.myhealth"},
           "device": {"adTrackingEnabled": True, "advertisingId": V(idfa, "device"), "id": V(idfv, "device"),
                      "manufacturer": "Apple", "model": R.choice(["iPhone14,5", "iPhone15,2", "iPhone12,1"]), "type": "ios"},
           "ip": V(p.ip, "ip"), "library": {"name": "analytics-ios", "version": "4.1.8"},
           "network": {"carrier": R.choice(["T-Mobile", "Verizon", "AT&T"]), "wifi": False},
           "os": {"name": "iOS", "version": "17.3.1"}, "timezone": "America/Chicago"}
    o = seg_env({"event": ev, "properties": props, "userId": V(p.uid, "other_id")}, ctx, "track")
    return [("segment_json", J(o))]


@gen("segment_json", True)
def seg_track_form():
    p = Person()
    fields = {"first_name": V(p.first, "name"), "last_name": V(p.last, "name"), "email": V(p.email, "email"),
              "phone": V(phone(p), "phone")}
    if R.random() < 0.6:
        fields["dob"] = V(dfmt(p.dob, R.choice(["us", "us_np", "iso"])), "date")
    if R.random() < 0.5:
        fields["insurance_carrier"] = R.choice(["BCBS IL PPO", "Aetna", "UnitedHealthcare", "Medicare"])
        fields["member_id"] = V(p.member, "health_plan")
    if R.random() < 0.4:
        fields["zip"] = V(p.zip, "zip")
    fields["reason"] = R.choice(["second opinion", "knee pain", "new patient - diabetes", "pregnancy confirmation",
                                 "anxiety / depression", "colonoscopy screening"])
    ctx = {"ip": V(p.ip, "ip"), "library": {"name": "analytics.js", "version": "npm:next-1.66.0"},
           "page": {"path": "/request-an-appointment", "url": "https://www.lakeshoremeridian.org/request-an-appointment",
                    "title": "Request an Appointment | Lakeshore Meridian Health"}, "userAgent": R.choice(UAS)}
    o = seg_env({"event": "Form Submitted", "properties": {"form_id": "webform-req-appt-v4", "form_fields": fields}}, ctx, "track")
    return [("segment_json", J(o))]


@gen("segment_json", False)
def seg_page_www():
    path = R.choice(["/locations/evanston", "/find-a-doctor", "/conditions/heart-failure", "/careers",
                     "/services/orthopedics/joint-replacement", "/classes/childbirth-prep", "/news/2024/magnet-designation"])
    ctx = {"ip": "0.0.0.0", "library": {"name": "analytics.js", "version": "npm:next-1.66.0"},
           "page": {"path": path, "referrer": R.choice(["https://www.google.com/", "", "https://www.bing.com/"]),
                    "title": "Lakeshore Meridian Health", "url": "https://www.lakeshoremeridian.org" + path},
           "userAgent": R.choice(UAS)}
    o = seg_env({"name": path.split("/")[1].title(), "properties": {"path": path}}, ctx, "page")
    return [("segment_json", J(o))]


@gen("segment_json", False)
def seg_track_search():
    ctx = {"ip": "0.0.0.0", "library": {"name": "analytics.js", "version": "npm:next-1.66.0"},
           "page": {"path": "/find-a-doctor/results", "url": "https://www.lakeshoremeridian.org/find-a-doctor/results"}}
    props = {"query": R.choice(["cardiologist", "pediatrician accepting new patients", "spanish speaking obgyn", "sleep study", "dermatology"]),
             "results": R.randint(0, 60), "filters": {"accepting_new": R.choice([True, False]), "language": R.choice(["Spanish", "Polish", "Any"])},
             "search_id": "srch_" + rhex(12)}
    o = seg_env({"event": "Physician Search Performed", "properties": props}, ctx, "track")
    return [("segment_json", J(o))]


@gen("segment_json", False)
def seg_group():
    org = R.choice([("Acme Logistics LLC", "Transportation", "+1 312-555-0190"),
                    ("Northshore School District 112", "Education", "(847) 555-0163"),
                    ("Brightline Manufacturing", "Manufacturing", "630.555.0121")])
    o = seg_env({"groupId": "emp_%d" % R.randint(1000, 9999),
                 "traits": {"name": org[0], "industry": org[1], "employees": R.randint(200, 9000), "phone": org[2],
                            "address": {"city": "Chicago", "state": "IL"}, "plan": "employer-wellness"}},
                {"library": {"name": "analytics-node", "version": "6.2.0"}}, "group")
    return [("segment_json", J(o))]


@gen("segment_json", False)
def seg_track_experiment():
    o = seg_env({"event": "Experiment Viewed", "properties": {"experiment_id": "exp_hero_cta_v%d" % R.randint(2, 9),
                                                            "variation": R.choice(["A", "B", "control"]), "nonInteraction": 1}},
                {"ip": "0.0.0.0", "library": {"name": "analytics.js", "version": "npm:next-1.66.0"}}, "track")
    return [("segment_json", J(o))]


# ---- segment_lib ---------------------------------------------------------
@gen("segment_lib", False)
def seglib_noise():
    k = R.randint(0, 5)
    if k == 0:
        s = "%s - segment - DEBUG - data uploaded successfully (batch=%d msgs, %d bytes)" % (t_py(), R.randint(5, 100), R.randint(4000, 480000))
    elif k == 1:
        s = "[analytics-node] flushed %d events (%.1f KB) in %dms status=200" % (R.randint(1, 20), R.uniform(1, 40), R.randint(80, 900))
    elif k == 2:
        s = "%s - segment - WARNING - error uploading: HTTPSConnectionPool(host='api.segment.io', port=443): Read timed out. (read timeout=15)" % t_py()
    elif k == 3:
        s = ("%s [protocols] source=patient-portal-web event=\"%s\" violation=UNPLANNED_PROPERTY property=properties.%s action=OMIT_PROPERTY count_1h=%d"
             % (t_iso(), R.choice(["Bill Paid", "Appointment Scheduled", "Test Result Viewed"]),
                R.choice(["guarantor_account", "patient_mrn", "member_id", "dob", "diagnosis_code"]), R.randint(3, 900)))
    elif k == 4:
        s = "%s - segment - DEBUG - enqueued track. queue size=%d/10000" % (t_py(), R.randint(0, 400))
    else:
        s = ("%s [destinations] source=www-prod destination=\"Google Analytics 4\" status=%s delivered=%d failed=%d window=5m"
             % (t_iso(), R.choice(["healthy", "degraded"]), R.randint(1000, 40000), R.randint(0, 40)))
    return [("segment_lib", flat(s))]


@gen("segment_lib", True)
def seglib_phi():
    p = Person()
    k = R.randint(0, 3)
    if k == 0:
        prop, val = R.choice([("properties.form.phone", V(phone(p), "phone")), ("properties.email", V(p.email, "email")),
                              ("properties.member_id", V(p.member, "health_plan")), ("properties.dob", V(dfmt(p.dob, "us"), "date"))])
        pcs = flat([t_iso(), " [protocols] blocked source=www-prod event=\"Form Submitted\" reason=UNPLANNED_PROPERTY property=",
                    prop, " value=\"", val, "\""])
    elif k == 1:
        pcs = flat([t_py(), " - segment - ERROR - error uploading: 400 {\"error\":\"Invalid userId\"} dropped identify userId='",
                    V(p.email, "email"), "' traits={'name': '", V(name_one(p, 0), "name"), "'}"])
    elif k == 2:
        pcs = flat([t_iso(), " [fn_sfmc_upsert] console.log mapped identify userId=", V(p.uid, "other_id"), " -> ContactKey=",
                    V(p.sfid, "other_id"), " EmailAddress=", V(p.email, "email"), " Mobile=", V(p.e164(), "phone")])
    else:
        bad = p.email.replace("@", "@@")
        pcs = flat([t_iso(), " [destinations] destination=\"Salesforce Marketing Cloud\" status=400 event=identify error=\"Subscriber ",
                    V(p.sfid, "other_id"), ": EmailAddress is invalid (", V(bad, "email"), ")\" retry=false"])
    return [("segment_lib", pcs)]


# ---- hightouch -------------------------------------------------------------
HT_SYNCS = [(48213, "Patients - Discharged 30d", "Salesforce Contact"), (48390, "Mammogram Due", "SFMC DE_Mammo_Due"),
            (49002, "High LTV Households", "Meta Custom Audience"), (49117, "Lapsed PCP Patients", "Google Ads Customer Match")]


def ht_prefix():
    s = R.choice(HT_SYNCS)
    return s, "%s [hightouch] sync=%d run=%d " % (t_iso(), s[0], R.randint(9900000, 9999999))


@gen("hightouch_log", False)
def ht_noise():
    s, pre = ht_prefix()
    k = R.randint(0, 5)
    msg = ["INFO planner: query returned {:,} rows (model \"%s\")".format(R.randint(900, 90000)) % s[1],
           "INFO diff: %d added, %d changed, %d removed" % (R.randint(0, 3000), R.randint(0, 400), R.randint(0, 50)),
           "INFO destination %s: batch %d/%d ok (200 records)" % (s[2], R.randint(1, 9), 9),
           "WARN rate limited by destination (REQUEST_LIMIT_EXCEEDED) retrying in 30s attempt=%d" % R.randint(1, 4),
           "INFO run completed status=success duration=00:0%d:%02d rows_synced=%d rows_failed=0" % (R.randint(1, 9), R.randint(0, 59), R.randint(100, 9000)),
           "INFO field mapping: MRN__c <- mrn, Email <- email, MobilePhone <- phone_e164, Birthdate <- birth_date (4 mappings, hashing=off)"][k]
    return [("hightouch_log", flat(pre + msg))]


@gen("hightouch_log", True)
def ht_phi():
    p = Person()
    s, pre = ht_prefix()
    k = R.randint(0, 4)
    if k == 0:
        bad = p.email.replace(".", "..", 1) if R.random() < 0.5 else p.email.replace(".com", ",com")
        pcs = [pre, "ERROR row failed primary_key=\"", V(p.mrn, "mrn"), "\" error=\"INVALID_EMAIL_ADDRESS: Email: invalid email address: ",
               V(bad, "email"), "\""]
    elif k == 1:
        pcs = [pre, "ERROR row failed primary_key=\"", V(p.mrn, "mrn"),
               "\" error=\"DUPLICATE_VALUE: duplicate value found: External_Patient_Id__c duplicates value on record with id: ",
               V(p.sfid, "other_id"), "\""]
    elif k == 2:
        pcs = [pre, "WARN value truncated field=Phone row=", J({"MRN": V(p.mrn, "mrn"), "FirstName": V(p.first, "name"),
                                                                "LastName": V(p.last, "name"), "Phone": C(V(phone(p), "phone"), " ext 2")})]
    elif k == 3:
        pcs = [pre, "ERROR row failed primary_key=\"", V(p.mrn, "mrn"), "\" error=\"STRING_TOO_LONG: MailingStreet: data value too large: ",
               V(p.street, "address"), " c/o ", V(name_one(Person(), 0), "name"), " (max length=80)\""]
    else:
        pcs = [pre, "DEBUG sample row model=\"", s[1], "\" ", J({"mrn": V(p.mrn, "mrn"), "email": V(p.email, "email"),
                                                                "birth_date": V(p.dob.isoformat(), "date"),
                                                                "last_discharge": V(past_date().isoformat(), "date"),
                                                                "service_line": R.choice(DEPTS)})]
    return [("hightouch_log", flat(pcs))]


# ---- census --------------------------------------------------------------
@gen("census_log", False)
def census_noise():
    k = R.randint(0, 2)
    s = ["census.sync_run id=%d sync=ce_sfmc_discharges status=%s records_processed=%d records_updated=%d records_failed=%d"
         % (R.randint(7700000, 7799999), R.choice(["working", "completed"]), R.randint(100, 20000), R.randint(0, 900), R.randint(0, 12)),
         "census.warehouse source=snowflake account=lmh-prod.us-east-2 query_ms=%d rows_unloaded=%d stage=@CENSUS_UNLOAD/%s"
         % (R.randint(400, 90000), R.randint(1000, 300000), rhex(16)),
         "census.sync_run id=%d sync=ce_gads_customer_match status=failed error=\"Google Ads: CUSTOMER_NOT_ACCEPTED_CUSTOMER_DATA_TERMS\""
         % R.randint(7700000, 7799999)][k]
    return [("census_log", flat("%s %s" % (t_iso(), s)))]


@gen("census_csv", True)
def census_block():
    out = [("census_csv", flat("sync_run_id,record_id,status,error_message,email,first_name,last_name,date_of_birth,zip"))]
    run = R.randint(7700000, 7799999)
    for _ in range(R.randint(2, 3)):
        p = Person()
        err = R.choice(["Invalid email", "Duplicate contact", "Required field missing: Phone", "Value too long for DOB"])
        out.append(("census_csv", flat([str(run), ",", V(p.sfid, "other_id"), ",rejected,\"", err, "\",",
                                        V(p.email, "email"), ",", V(p.first, "name"), ",\"", V(p.last, "name"), "\",",
                                        V(dfmt(p.dob, R.choice(["iso", "us"])), "date"), ",", V(p.zip, "zip")])))
    return out


# ---- identity resolution -------------------------------------------------
@gen("idres_logfmt", False)
def idres_noise():
    k = R.randint(0, 4)
    s = ["level=info component=idres msg=\"merge batch complete\" merges=%d splits=%d conflicts=%d duration_ms=%d"
         % (R.randint(100, 900), R.randint(0, 9), R.randint(0, 40), R.randint(900, 20000)),
         "level=info component=idres msg=\"rules loaded\" ruleset=v14 rules=R1_mrn_exact,R2_email_exact,R3_phone_lastname,R4_address_dob max_profile_ids=25",
         "level=warn component=idres msg=\"over-merge guard tripped\" identifier_type=phone value=+13125550100 note=\"hospital main line\" profiles_blocked=%d"
         % R.randint(10, 60),
         "level=info component=idres msg=\"graph stats\" nodes=%d edges=%d components=%d" % (R.randint(10 ** 6, 9 * 10 ** 6), R.randint(10 ** 6, 9 * 10 ** 6), R.randint(10 ** 5, 10 ** 6)),
         "level=warn component=idres msg=\"blocked identifier\" identifier_type=email value=noreply@lakeshoremeridian.org reason=shared_mailbox"][k]
    return [("idres_logfmt", flat("ts=%s %s" % (t_iso(), s)))]


@gen("idres_logfmt", True)
def idres_phi():
    p = Person()
    k = R.randint(0, 3)
    pre = "ts=%s " % t_iso()
    if k == 0:
        pcs = [pre, "level=info component=idres msg=\"merge applied\" canonical_id=", V(p.cdp, "other_id"), " merged_ids=",
               V("use_" + ralnum(27), "other_id"), " rule=R2_email_exact matched_email=", V(p.email, "email"), " confidence=0.%d" % R.randint(90, 99)]
    elif k == 1:
        d2 = p.dob.replace(day=p.dob.month) if p.dob.month <= 28 and p.dob.month != p.dob.day else p.dob + datetime.timedelta(days=365)
        pcs = [pre, "level=warn component=idres msg=\"merge blocked: conflicting birth_date\" profile_a=", V(p.cdp, "other_id"),
               " profile_b=", V("use_" + ralnum(27), "other_id"), " birth_date_a=", V(p.dob.isoformat(), "date"),
               " birth_date_b=", V(d2.isoformat(), "date"), " last_name=\"", V(p.last.upper(), "name"), "\""]
    elif k == 2:
        pcs = [pre, "level=info component=idres msg=\"merge applied\" canonical_id=", V(p.cdp, "other_id"),
               " rule=R3_phone_lastname matched_phone=", V(p.e164(), "phone"), " last_name=", V(fold(p.last).lower().replace(" ", ""), "name"),
               " sources=epic,sfmc,callrail"]
    else:
        rel = Person()
        rel.last = p.last
        pcs = [pre, "level=info component=idres msg=\"household linked\" household_id=", V("hh_" + rhex(10), "other_id"),
               " address_key=\"", V(p.street.upper() + " " + p.city.upper(), "address"), " IL ", V(p.zip, "zip"),
               "\" members=", V(p.cdp, "other_id"), ",", V(rel.cdp, "other_id")]
    return [("idres_logfmt", flat(pcs))]


@gen("amperity_json", True)
def amperity_phi():
    p = Person(old=R.random() < 0.35)
    o = {"amperity_id": V(ruuid(), "other_id"), "datasource": R.choice(["Epic_Clarity_Patient", "SFMC_Subscribers", "CallRail_Calls"]),
         "pk": C("MRN:", V(p.mrn, "mrn")), "given_name": V(p.first, "name"), "surname": V(p.last, "name"),
         "birthdate": V(p.dob.isoformat(), "date"), "email": V(p.email, "email"), "phone": V(p.digits(), "phone"),
         "address": V(p.street, "address"), "city": V(p.city, "address"), "state": "IL", "postal": V(p.zip, "zip"),
         "stitched_score": round(R.uniform(0.8, 1.0), 3)}
    if R.random() < 0.8:
        o["social_profiles"] = [V("https://www.facebook.com/%s.%s.%d" % (fold(p.first).split()[0].lower(), fold(p.last).lower().replace(" ", "").replace("'", ""), R.randint(10, 9999)), "url")]
        if R.random() < 0.5:
            o["social_profiles"].append(V("https://www.linkedin.com/in/%s%s" % (fold(p.first).split()[0].lower(), fold(p.last).lower().replace(" ", "").replace("'", "")), "url"))
    if p.age > 89:
        o["age"] = V(p.age, "age")
    return [("amperity_json", J(o, sp=True))]


@gen("amperity_json", False)
def amperity_noise():
    o = {"job": "stitch", "run_id": "st-" + rhex(12), "tenant": "lmh-prod", "status": R.choice(["SUCCEEDED", "RUNNING"]),
         "input_records": R.randint(10 ** 6, 9 * 10 ** 6), "clusters": R.randint(10 ** 5, 10 ** 6),
         "duration_s": R.randint(600, 9000), "tables": ["Unified_Coalesced", "Unified_Scores", "Merged_Customers"]}
    return [("amperity_json", J(o, sp=True))]


# ---- SFMC ------------------------------------------------------------------
@gen("sfmc_journey", False)
def sfmc_noise():
    j = R.choice(JOURNEYS)
    k = R.randint(0, 4)
    s = ["INFO  [JB] journey=\"%s\" version=%d status=Running population=%s entered_today=%d exited=%d"
         % (j, R.randint(1, 9), "{:,}".format(R.randint(1000, 90000)), R.randint(0, 3000), R.randint(0, 500)),
         "INFO  [Automation] name=\"Daily_DE_Refresh\" step=2/4 activity=\"SQL: qry_exclude_minors\" status=Complete duration=00:00:%02d rows=%d"
         % (R.randint(5, 59), R.randint(1000, 80000)),
         "WARN  [JB] journey=\"%s\" activity=WAIT-2 message=\"Contact evaluation exceeded 5s; throttling to 2,000/hr\"" % j,
         "INFO  [Import] definition=\"DE_Discharges_Daily\" file=discharges_%s.csv rows_imported=%d errors=%d"
         % (CLK[0].strftime("%Y%m%d"), R.randint(500, 4000), R.randint(0, 6)),
         "INFO  [Send] job=%d email=\"%s\" sent=%d delivered=%d bounced=%d opens_unique=%d"
         % (R.randint(10 ** 6, 10 ** 7), R.choice(["MAMMO-REM-03", "FLU-24-WAVE2", "AWV-DUE-01"]), R.randint(1000, 30000),
            R.randint(900, 29000), R.randint(1, 400), R.randint(100, 9000))][k]
    return [("sfmc_journey", flat("%s %s" % (t_sp(), s)))]


@gen("sfmc_journey", True)
def sfmc_phi():
    p = Person()
    k = R.randint(0, 3)
    if k == 0:
        pcs = [t_sp(), " INFO  [JB] journey=\"", R.choice(JOURNEYS), "\" activity=EMAIL-3 contactKey=", V(p.sfid, "other_id"),
               " status=Sent subscriber=", V(p.email, "email")]
    elif k == 1:
        bad = "31/02/%d" % p.dob.year
        pcs = [t_sp(), " ERROR [Import] definition=\"DE_Discharges_Daily\" row=%d field=BirthDate value=\"" % R.randint(2, 4000),
               V(bad, "date"), "\" message=\"Invalid date for field BirthDate (expected MM/DD/YYYY)\" SubscriberKey=", V(p.sfid, "other_id")]
    elif k == 2:
        pcs = [t_sp(), " WARN  [JB] journey=\"RPM Hypertension Onboarding\" decision=SPLIT-1 contactKey=", V(p.sfid, "other_id"),
               " DeviceSerial=", V("UA651-" + rdig(10), "device"), " path=\"No reading in 7d\""]
    else:
        pcs = [t_sp(), " INFO  [SMS] MobileConnect keyword=APPT from=", V(p.e164(), "phone"), " reply=\"C\" action=confirm apptDate=",
               V(dfmt(future_date(), "us"), "date")]
    return [("sfmc_journey", flat(pcs))]


@gen("sfmc_api_json", True)
def sfmc_event():
    p = Person(old=R.random() < 0.35)
    data = {"EmailAddress": V(p.email, "email"), "FirstName": V(p.first, "name"),
            "DischargeDate": V(dfmt(past_date(), R.choice(["iso", "us", "sfdc"])), "date"),
            "Department": R.choice(DEPTS), "PCP": R.choice(DOCS)}
    if R.random() < 0.5:
        data["MobilePhone"] = V(phone(p, R.choice([1, 3, 4])), "phone")
    if p.age > 89 or R.random() < 0.3:
        data["Age"] = V(p.age, "age") if p.age > 89 else p.age
    body = {"ContactKey": V(p.sfid, "other_id"), "EventDefinitionKey": "APIEvent-" + ruuid(), "Data": data}
    pcs = flat([t_sp(), " DEBUG [sfmc-client] POST https://mc8xq2v1n0r3bt7z.rest.marketingcloudapis.com/interaction/v1/events body=", J(body)])
    return [("sfmc_api_json", pcs)]


@gen("sfmc_soap_xml", True)
def sfmc_soap_phi():
    p = Person()
    msg = R.choice(["The subscriber is on the global unsubscribe list", "Subscriber already exists", "Invalid email address"])
    pcs = [t_sp(), " ERROR [sfmc-soap] CreateResponse: <Results><StatusCode>Error</StatusCode><StatusMessage>", msg,
           "</StatusMessage><OrdinalID>0</OrdinalID><ErrorCode>%d</ErrorCode><Object xsi:type=\"Subscriber\"><SubscriberKey>" % R.choice([12001, 12002, 12014]),
           V(p.sfid, "other_id"), "</SubscriberKey><EmailAddress>", V(p.email, "email"),
           "</EmailAddress><Attributes><Name>First Name</Name><Value>", xesc(V(p.first, "name")),
           "</Value></Attributes><Attributes><Name>Last Name</Name><Value>", xesc(V(p.last, "name")),
           "</Value></Attributes></Object></Results>"]
    return [("sfmc_soap_xml", flat(pcs))]


@gen("sfmc_soap_xml", False)
def sfmc_soap_noise():
    rid = ruuid()
    s = ("%s DEBUG [sfmc-soap] RetrieveResponseMsg: <OverallStatus>OK</OverallStatus><RequestID>%s</RequestID>"
         "<Results xsi:type=\"DataExtension\"><Name>DE_Mammo_Due</Name><CustomerKey>%s</CustomerKey><IsSendable>true</IsSendable></Results>"
         % (t_sp(), rid, ruuid().upper()))
    return [("sfmc_soap_xml", flat(s))]


@gen("sfmc_de_csv", True)
def sfmc_de_block():
    out = [("sfmc_de_csv", flat("SubscriberKey,EmailAddress,FirstName,LastName,BirthDate,LastVisitDate,ServiceLine,ZipCode,Fax"))]
    for _ in range(R.randint(2, 4)):
        p = Person()
        fax = []
        if R.random() < 0.35:
            fx = Person()
            fax = [V(phone(fx, 1), "fax")]
        out.append(("sfmc_de_csv", flat([V(p.sfid, "other_id"), ",", V(p.email, "email"), ",", V(p.first, "name"), ",",
                                         V(p.last, "name"), ",", V(dfmt(p.dob, "us"), "date"), ",",
                                         V(dfmt(past_date(), "us"), "date"), ",", R.choice(DEPTS).replace("&", "and"), ",",
                                         V(p.zip, "zip"), ","] + fax)))
    return out


@gen("apex_debug", False)
def apex_noise():
    ts = "%s (%d)" % (CLK[0].strftime("%H:%M:%S.") + "%03d" % (CLK[0].microsecond // 1000), R.randint(10 ** 7, 10 ** 9))
    k = R.randint(0, 3)
    s = ["|LIMIT_USAGE_FOR_NS|(default)|  Number of SOQL queries: %d out of 100" % R.randint(1, 40),
         "|SOQL_EXECUTE_BEGIN|[88]|Aggregations:0|SELECT Id, Email, MobilePhone FROM Contact WHERE External_Patient_Id__c IN :mrns",
         "|EXCEPTION_THROWN|[140]|System.DmlException: Insert failed. First exception on row 0; first error: DUPLICATES_DETECTED, Use one of these records?: []",
         "|CODE_UNIT_STARTED|[EXTERNAL]|01p5e00000%s|LeadIntakeService.handle(List<Lead>)" % ralnum(8)][k]
    return [("apex_debug", flat(ts + s))]


@gen("apex_debug", True)
def apex_phi():
    p = Person()
    ts = "%s (%d)" % (CLK[0].strftime("%H:%M:%S.") + "%03d" % (CLK[0].microsecond // 1000), R.randint(10 ** 7, 10 ** 9))
    pcs = [ts, "|USER_DEBUG|[57]|DEBUG|LeadIntake payload: {FirstName=", V(p.first, "name"), ", LastName=", V(p.last, "name"),
           ", Email=", V(p.email, "email"), ", Phone=", V(phone(p), "phone"), ", Birthdate__c=", V(p.dob.isoformat(), "date"),
           ", Reason__c=", R.choice(["Second opinion breast cancer", "Weight loss surgery info", "Memory clinic referral", "Back pain"])]
    if R.random() < 0.4:
        pcs += [", Fax=", V(phone(Person(), 2), "fax")]
    if R.random() < 0.4:
        pcs += [", Lead.Id=", V(sfid("00Q"), "other_id")]
    if R.random() < 0.2:
        pcs += [", Case.CaseNumber=", V("%08d" % R.randint(10000, 999999), "other_id")]
    pcs.append("}")
    return [("apex_debug", flat(pcs))]


# ---- Meta ------------------------------------------------------------------
def fbc():
    return "fb.1.%d.IwAR%s" % (t_epoch_ms() - R.randint(10 ** 5, 10 ** 8), ralnum(40))


def fbp():
    return "fb.1.%d.%d" % (t_epoch_ms() - R.randint(10 ** 6, 10 ** 9), R.randint(10 ** 9, 10 ** 10))


@gen("meta_capi_json", True)
def meta_capi_hashed_ip():
    p = Person()
    ev = R.choice(["Schedule", "Lead", "CompleteRegistration", "Contact"])
    ud = {"em": [sha(p.email.lower())], "ph": [sha("1" + p.digits())], "client_ip_address": V(p.ip, "ip"),
          "client_user_agent": R.choice(UAS), "fbc": fbc(), "fbp": fbp()}
    body = {"data": [{"event_name": ev, "event_time": t_epoch(), "action_source": "website", "event_id": "evt_" + rhex(16),
                      "event_source_url": R.choice(["https://www.lakeshoremeridian.org/appointments/confirm?dept=oncology",
                                                    "https://www.lakeshoremeridian.org/request-an-appointment/thank-you",
                                                    "https://mychart.lakeshoremeridian.org/MyChart/Signup/Complete"]),
                      "user_data": ud}]}
    pcs = flat(["%s INFO capi-relay POST /v18.0/%d/events " % (t_iso(), R.randint(10 ** 14, 10 ** 15)), J(body)])
    return [("meta_capi_json", pcs)]


@gen("meta_capi_json", True)
def meta_capi_unhashed():
    p = Person()
    ud = {"em": [V(p.email.lower(), "email")], "ph": [V("1" + p.digits(), "phone")], "fn": [V(fold(p.first).lower().split()[0], "name")],
          "ln": [V(fold(p.last).lower().replace(" ", ""), "name")], "db": [V(p.dob.strftime("%Y%m%d"), "date")],
          "zp": [V(p.zip, "zip")], "ct": [V(p.city.lower().replace(" ", ""), "address")], "st": ["il"], "country": ["us"],
          "external_id": [V(p.mrn, "mrn")]}
    body = {"data": [{"event_name": "Purchase", "event_time": t_epoch() - R.randint(3600, 86400 * 6), "action_source": "physical_store",
                      "user_data": ud, "custom_data": {"value": R.choice([150, 325, 1200, 4500]), "currency": "USD",
                                                       "content_category": R.choice(["bariatric_consult", "lasik", "mammogram", "sleep_study"])}}],
            "upload_tag": "offline_%s" % CLK[0].strftime("%Y%m%d")}
    pcs = flat(["%s WARN capi-relay hashing skipped (normalize_and_hash=false) payload=" % t_iso(), J(body)])
    return [("meta_capi_json", pcs)]


@gen("meta_capi_json", False)
def meta_noise():
    k = R.randint(0, 3)
    if k == 0:
        s = "%s INFO capi-relay response %s" % (t_iso(), json.dumps({"events_received": R.randint(1, 1000), "messages": [], "fbtrace_id": ralnum(27)}))
    elif k == 1:
        s = "%s ERROR capi-relay response %s" % (t_iso(), json.dumps({"error": {"message": "Invalid parameter", "type": "OAuthException", "code": 100,
                                                                                 "error_subcode": 2804003, "is_transient": False,
                                                                                 "error_user_title": "Event Timestamp Too Old",
                                                                                 "fbtrace_id": ralnum(27)}}))
    elif k == 2:
        body = {"data": [{"event_name": "Lead", "event_time": t_epoch(), "action_source": "system_generated",
                          "user_data": {"em": [sha(rhex(8))], "ph": [sha(rdig(11))]}}]}
        s = "%s INFO capi-relay POST /v18.0/%d/events %s" % (t_iso(), R.randint(10 ** 14, 10 ** 15), json.dumps(body, separators=(",", ":")))
    else:
        s = "%s INFO capi-relay emq dataset=%d event=Schedule score=%.1f coverage={em:%d%%,ph:%d%%,fbc:%d%%}" % (
            t_iso(), R.randint(10 ** 14, 10 ** 15), R.uniform(4, 9.3), R.randint(40, 99), R.randint(10, 90), R.randint(5, 60))
    return [("meta_capi_json", flat(s))]


@gen("meta_offline_csv", True)
def meta_offline_block():
    hashed = R.random() < 0.5
    out = [("meta_offline_csv", flat("email,phone,fn,ln,zip,ct,st,country,dob,event_name,event_time,value,currency"))]
    for _ in range(R.randint(2, 3)):
        p = Person()
        et = t_epoch() - R.randint(3600, 86400 * 5)
        if hashed:
            row = ",".join([sha(p.email), sha("1" + p.digits()), sha(fold(p.first).lower()), sha(fold(p.last).lower()),
                            sha(p.zip), sha(p.city.lower()), sha("il"), "us", sha(p.dob.strftime("%Y%m%d")),
                            "Purchase", str(et), str(R.choice([99, 250, 1200])), "USD"])
            out.append(("meta_offline_csv", flat(row)))
        else:
            out.append(("meta_offline_csv", flat([V(p.email, "email"), ",", V(p.digits(), "phone"), ",", V(p.first.lower(), "name"), ",",
                                                  V(p.last.lower(), "name"), ",", V(p.zip, "zip"), ",", V(p.city.lower(), "address"),
                                                  ",il,us,", V(dfmt(p.dob, R.choice(["compact", "us"])), "date"),
                                                  ",Purchase,%d,%d,USD" % (et, R.choice([99, 250, 1200]))])))
    return out


# ---- Google Ads --------------------------------------------------------------
GCID = "4812237719"


def gclid():
    return "Cj0KCQjw" + ralnum(60, ALNUM + "-_") + "BwE"


@gen("gads_client_log", False)
def gads_noise():
    k = R.randint(0, 2)
    if k == 0:
        s = ("%s - google.ads.googleads.client - INFO - Request made: ClientCustomerId: %s, Host: googleads.googleapis.com, "
             "Method: /google.ads.googleads.v15.services.ConversionUploadService/UploadClickConversions, RequestId: %s, IsFault: False, FaultMessage: None"
             % (t_py(), GCID, ralnum(22, ALNUM + "-_")))
    elif k == 1:
        s = ("%s - google.ads.googleads.client - WARNING - Request made: ClientCustomerId: %s, Host: googleads.googleapis.com, "
             "Method: /google.ads.googleads.v15.services.ConversionUploadService/UploadClickConversions, RequestId: %s, IsFault: True, "
             "FaultMessage: The click identifier is either too old or not recognized (partial_failure_error, index %d)"
             % (t_py(), GCID, ralnum(22, ALNUM + "-_"), R.randint(0, 200)))
    else:
        s = ("%s - google.ads.googleads.client - DEBUG - Request ------- conversions { gclid: \"%s\" conversion_action: \"customers/%s/conversionActions/%d\" "
             "conversion_date_time: \"%s-05:00\" conversion_value: %d currency_code: \"USD\" user_identifiers { hashed_email: \"%s\" } } partial_failure: true"
             % (t_py(), gclid(), GCID, R.randint(10 ** 9, 10 ** 10), (CLK[0] - datetime.timedelta(hours=R.randint(6, 90))).strftime("%Y-%m-%d %H:%M:%S"),
                R.choice([0, 1, 250]), sha(rhex(10))))
    return [("gads_client_log", flat(s))]


@gen("gads_client_log", True)
def gads_phi():
    p = Person()
    pcs = ["%s - google.ads.googleads.client - DEBUG - Request ------- conversions { gclid: \"%s\" conversion_action: \"customers/%s/conversionActions/%d\" "
           "conversion_date_time: \"%s-05:00\" user_identifiers { hashed_email: \"" % (
               t_py(), gclid(), GCID, R.randint(10 ** 9, 10 ** 10), (CLK[0] - datetime.timedelta(hours=R.randint(6, 90))).strftime("%Y-%m-%d %H:%M:%S")),
           V(p.email, "email"), "\" } user_identifiers { hashed_phone_number: \"", V(p.e164(), "phone"), "\" }"]
    if R.random() < 0.5:
        pcs += [" user_identifiers { address_info { hashed_first_name: \"", V(fold(p.first).lower(), "name"), "\" hashed_last_name: \"",
                V(fold(p.last).lower(), "name"), "\" postal_code: \"", V(p.zip, "zip"), "\" country_code: \"US\" } }"]
    pcs.append(" } partial_failure: true  # WARN normalize_and_hash() not applied")
    return [("gads_client_log", flat(pcs))]


@gen("gads_csv", False)
def gads_csv_noise_block():
    out = [("gads_csv", flat("Parameters:TimeZone=America/Chicago")),
           ("gads_csv", flat("Google Click ID,Conversion Name,Conversion Time,Conversion Value,Conversion Currency"))]
    for _ in range(R.randint(1, 2)):
        out.append(("gads_csv", flat("%s,Offline - Completed Consult,%s,%d,USD" % (
            gclid(), (CLK[0] - datetime.timedelta(days=R.randint(1, 20))).strftime("%Y-%m-%d %H:%M:%S"), R.choice([0, 150, 400])))))
    return out


@gen("gads_csv", True)
def gads_csv_phi_block():
    out = [("gads_csv", flat("Email,Phone Number,First Name,Last Name,Country,Zip,Conversion Name,Conversion Time"))]
    for _ in range(R.randint(2, 3)):
        p = Person()
        out.append(("gads_csv", flat([V(p.email, "email"), ",", V(phone(p, R.choice([1, 4, 5])), "phone"), ",", V(p.first, "name"), ",",
                                      V(p.last, "name"), ",US,", V(p.zip + ("-" + rdig(4) if R.random() < 0.3 else ""), "zip"),
                                      ",Offline - Booked Surgery,",
                                      (CLK[0] - datetime.timedelta(days=R.randint(1, 20))).strftime("%m/%d/%Y %I:%M:%S %p")])))
    return out


# ---- CMP / OneTrust ----------------------------------------------------------
@gen("onetrust_json", True)
def onetrust_phi():
    p = Person()
    o = {"identifier": V(p.email, "email"), "identifierType": "Email", "receiptId": ruuid(),
         "collectionPointGuid": ruuid(), "collectionPointVersion": R.randint(1, 9),
         "purposes": [{"Id": ruuid(), "TransactionType": R.choice(["CONFIRMED", "WITHDRAWN", "OPT_OUT"])}],
         "dsDataElements": {"FirstName": V(p.first, "name"), "LastName": V(p.last, "name")},
         "language": R.choice(["en-us", "es-us", "pl"])}
    if R.random() < 0.5:
        o["dsDataElements"]["PhoneNumber"] = V(phone(p), "phone")
    if R.random() < 0.5:
        o["ipAddress"] = V(p.ip, "ip")
    if R.random() < 0.3:
        o["dsDataElements"]["PatientPortalId"] = V(p.username, "other_id")
    return [("onetrust_json", J(o))]


@gen("onetrust_json", False)
def onetrust_noise():
    o = {"domainId": ruuid(), "scriptVersion": "202402.1.0", "event": R.choice(["bannerShown", "preferenceCenterOpened", "consentSaved"]),
         "geolocation": {"country": "US", "state": "IL"}, "groups": "C0001:1,C0002:%d,C0003:%d,C0004:%d" % (R.randint(0, 1), R.randint(0, 1), R.randint(0, 1)),
         "consentId": ruuid(), "isGpcEnabled": R.choice([True, False]), "interactionCount": R.randint(0, 4)}
    return [("onetrust_json", J(o))]


@gen("cmp_kv", False)
def cmp_kv_noise():
    k = R.randint(0, 2)
    s = ["cmp_event=consent_update domain=www.lakeshoremeridian.org consentId=%s groups=C0001:1,C0002:0,C0003:0,C0004:0 gpc=%d geo=US-IL tcString=CP%s"
         % (ruuid(), R.randint(0, 1), ralnum(40, ALNUM + "-_")),
         "cmp_event=autoblock domain=mychart.lakeshoremeridian.org blocked=connect.facebook.net/en_US/fbevents.js category=C0004 path=/MyChart/* rule=portal-no-ad-tags",
         "cmp_event=script_scan domain=www.lakeshoremeridian.org new_cookies=_ttp,_gcl_au,li_fat_id uncategorized=%d scan_id=%s" % (R.randint(0, 5), rhex(12))][k]
    return [("cmp_kv", flat("%s %s" % (t_iso(), s)))]


@gen("cmp_kv", True)
def cmp_kv_phi():
    p = Person()
    pcs = [t_iso(), " cmp_event=pref_center_update userId=", V(p.uid, "other_id"), " email=", V(p.email, "email"),
           " unsubscribe=", R.choice(["marketing_sms", "marketing_email", "all"])]
    if R.random() < 0.6:
        pcs += [" sms_number=", V(phone(p, 3), "phone")]
    return [("cmp_kv", flat(pcs))]


# ---- nginx beacons -----------------------------------------------------------
def ngx(remote, req_pcs, status, size, ref, ua, xff):
    return flat([remote, " - - [", t_nginx(), "] \"", req_pcs, "\" %d %d \"" % (status, size), ref, "\" \"", ua, "\" xff=\"", xff,
                 "\" rt=%.3f" % R.uniform(0.001, 0.09)])


@gen("nginx_beacon", True)
def ngx_guestpay():
    p = Person()
    inner = ["https://mychart.lakeshoremeridian.org/MyChart/GuestPay/Lookup?acct=", V(p.acct, "account"), "&lname=",
             q(V(p.last, "name")), "&dob=", q(V(dfmt(p.dob, "us"), "date"))]
    req = ["GET /g/collect?v=2&tid=G-7QX3L2K9PB&gtm=45je43b0&cid=%d.%d&en=page_view&dl=" % (R.randint(10 ** 8, 10 ** 10), t_epoch() - R.randint(0, 10 ** 7)),
           q(inner), "&dt=Guest%20Pay&_s=" + str(R.randint(1, 9)) + " HTTP/2.0"]
    return [("nginx_beacon", ngx(priv_ip(), req, 204, 0, "https://mychart.lakeshoremeridian.org/", R.choice(UAS), V(p.ip, "ip")))]


@gen("nginx_beacon", True)
def ngx_metapixel():
    p = Person()
    req = ["GET /tr/?id=%d&ev=%s&dl=" % (R.randint(10 ** 14, 10 ** 15), R.choice(["Lead", "SubmitApplication"]),),
           q(["https://www.lakeshoremeridian.org/request-an-appointment?dept=", R.choice(DEPTS)]),
           "&rl=&if=false&ts=%d&cd[form_email]=" % t_epoch_ms(), q(V(p.email, "email")),
           "&cd[form_phone]=", q(V(phone(p, R.choice([0, 1, 3])), "phone")),
           "&ud[em]=%s&sw=390&sh=844&v=2.9.149&r=stable HTTP/1.1" % sha(p.email)]
    return [("nginx_beacon", ngx(priv_ip(), req, 200, 44, "https://www.lakeshoremeridian.org/", R.choice(UAS), V(p.ip, "ip")))]


@gen("nginx_beacon", True)
def ngx_sgtm_uid():
    p = Person()
    req = ["GET /g/collect?v=2&tid=G-7QX3L2K9PB&cid=%d.%d&uid=" % (R.randint(10 ** 8, 10 ** 10), t_epoch() - R.randint(0, 10 ** 7)),
           V(p.uid, "other_id"), "&en=test_result_viewed&ep.result_name=", q(R.choice(["Lipid Panel", "HIV-1/2 Ag/Ab", "Hemoglobin A1c", "PSA"])),
           "&ep.patient_zip=", V(p.zip, "zip"), "&dl=", q(["https://mychart.lakeshoremeridian.org/MyChart/TestResults/Details?eorderId=",
                                                        rhex(6).upper(), "&csn=", V(p.csn, "other_id")]), " HTTP/2.0"]
    return [("nginx_beacon", ngx(priv_ip(), req, 204, 0, "https://mychart.lakeshoremeridian.org/", R.choice(UAS), V(p.ip, "ip")))]


@gen("nginx_beacon", True)
def ngx_search():
    p = Person()
    qtxt = R.choice(["%s results", "bill for %s", "%s appointment"]) % (p.first + " " + p.last).lower()
    pre, post = qtxt.split((p.first + " " + p.last).lower())
    inner = ["https://www.lakeshoremeridian.org/search?q=", qp([pre, V((p.first + " " + p.last).lower(), "name"), post])]
    req = ["GET /g/collect?v=2&tid=G-7QX3L2K9PB&cid=%d.%d&en=view_search_results&dl=" % (R.randint(10 ** 8, 10 ** 10), t_epoch() - R.randint(0, 10 ** 7)),
           q(inner), " HTTP/2.0"]
    ipanon = ".".join(p.ip.split(".")[:3] + ["0"]) if ":" not in p.ip else ":".join(p.ip.split(":")[:3]) + "::"
    return [("nginx_beacon", ngx(priv_ip(), req, 204, 0, "https://www.lakeshoremeridian.org/", R.choice(UAS), ipanon))]


@gen("nginx_beacon", True)
def ngx_parking():
    p = Person()
    plate = R.choice(["%s %s" % (ralnum(2, string.ascii_uppercase), rdig(5)), "%s%s %s" % (ralnum(2, string.ascii_uppercase), rdig(1), rdig(4))])
    req = ["GET /collect?pid=%d&url=" % R.randint(100000, 999999),
           q(["https://www.lakeshoremeridian.org/visit/parking/validate?plate=", q(V(plate, "vehicle")), "&mrn=", V(p.mrn, "mrn")]),
           "&fmt=js&time=%d HTTP/1.1" % t_epoch_ms()]
    return [("nginx_beacon", ngx(priv_ip(), req, 200, 35, "https://www.lakeshoremeridian.org/", R.choice(UAS), V(p.ip, "ip")))]


@gen("nginx_beacon", False)
def ngx_noise():
    k = R.randint(0, 4)
    if k == 0:
        return [("nginx_beacon", ngx(priv_ip(), "GET /healthz HTTP/1.1", 200, 2, "-", "kube-probe/1.27", "-"))]
    if k == 1:
        return [("nginx_beacon", ngx(priv_ip(), "GET /gtm.js?id=GTM-KX7P2Q&l=dataLayer HTTP/2.0", 200, R.randint(80000, 120000),
                                     "https://www.lakeshoremeridian.org/", R.choice(UAS),
                                     "%d.%d.%d.0" % (R.choice(PUB_OCT), R.randint(1, 254), R.randint(0, 254))))]
    if k == 2:
        return [("nginx_beacon", ngx(priv_ip(), "HEAD / HTTP/1.1", 200, 0, "-", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", "185.180.12.65"))]
    if k == 3:
        path = R.choice(["/locations/skokie", "/careers/nursing", "/conditions/stroke", "/"])
        req = ["GET /g/collect?v=2&tid=G-7QX3L2K9PB&cid=%d.%d&en=page_view&dl=" % (R.randint(10 ** 8, 10 ** 10), t_epoch() - R.randint(0, 10 ** 7)),
               q("https://www.lakeshoremeridian.org" + path), " HTTP/2.0"]
        return [("nginx_beacon", ngx(priv_ip(), req, 204, 0, "https://www.lakeshoremeridian.org/", R.choice(UAS),
                                     "%d.%d.%d.0" % (R.choice(PUB_OCT), R.randint(1, 254), R.randint(0, 254))))]
    return [("nginx_beacon", ngx(priv_ip(), "GET /robots.txt HTTP/1.1", 200, 412, "-",
                                 "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "66.249.66.%d" % R.randint(1, 200)))]


# ---- email bounces -----------------------------------------------------------
@gen("ses_sns_json", True)
def ses_bounce():
    p = Person()
    typ = R.choice(["Bounce", "Bounce", "Complaint"])
    subj = R.choice([["Your colonoscopy prep instructions for ", V(dfmt(future_date(), "us")[:5], "date")],
                     ["Reminder: mammogram on ", V(dfmt(future_date(), "long"), "date")],
                     ["Your discharge summary is ready"], ["We miss you! Schedule your annual wellness visit"]])
    mail = {"timestamp": t_iso(), "source": "care@email.lakeshoremeridian.org", "messageId": rhex(16) + "-" + ruuid() + "-000000",
            "destination": [V(p.email, "email")], "commonHeaders": {"from": ["Lakeshore Meridian Health <care@email.lakeshoremeridian.org>"],
                                                                   "to": [C(V(name_one(p, 0), "name"), " <", V(p.email, "email"), ">")],
                                                                   "subject": C(*subj)}}
    if typ == "Bounce":
        inner = {"notificationType": "Bounce", "bounce": {"bounceType": "Permanent", "bounceSubType": "General",
                                                          "bouncedRecipients": [{"emailAddress": V(p.email, "email"), "action": "failed", "status": "5.1.1",
                                                                                 "diagnosticCode": C("smtp; 550 5.1.1 <", V(p.email, "email"), ">: Recipient address rejected: User unknown")}],
                                                          "timestamp": t_iso(), "feedbackId": rhex(16) + "-" + ruuid() + "-000000",
                                                          "reportingMTA": "dsn; a8-42.smtp-out.amazonses.com"}, "mail": mail}
    else:
        inner = {"notificationType": "Complaint", "complaint": {"complainedRecipients": [{"emailAddress": V(p.email, "email")}],
                                                                "complaintFeedbackType": "abuse", "timestamp": t_iso(),
                                                                "feedbackId": rhex(16) + "-" + ruuid() + "-000000"}, "mail": mail}
    outer = {"Type": "Notification", "MessageId": ruuid(), "TopicArn": "arn:aws:sns:us-east-2:184467203911:ses-bounces",
             "Message": C(J(inner)), "Timestamp": t_iso(), "SignatureVersion": "1"}
    return [("ses_sns_json", J(outer))]


@gen("postfix_syslog", True)
def postfix_phi():
    p = Person()
    qid = ralnum(12, string.ascii_uppercase + string.digits)
    host = R.choice([("gmail-smtp-in.l.google.com", "142.250.102.27", "550-5.1.1 The email account that you tried to reach does not exist."),
                     ("mx-aol.mail.gm0.yahoodns.net", "67.195.204.72", "554 delivery error: dd This user doesn't have a yahoo.com account"),
                     ("outlook-com.olc.protection.outlook.com", "52.101.40.29", "550 5.5.0 Requested action not taken: mailbox unavailable")])
    pcs = ["%s mta-0%d postfix/smtp[%d]: %s: to=<" % (t_syslog(), R.randint(1, 3), R.randint(2000, 40000), qid), V(p.email, "email"),
           ">, relay=%s[%s]:25, delay=%.1f, delays=0.1/0/0.4/0.7, dsn=5.1.1, status=bounced (host %s[%s] said: %s (in reply to RCPT TO command))"
           % (host[0], host[1], R.uniform(0.3, 4), host[0], host[1], host[2])]
    return [("postfix_syslog", flat(pcs))]


@gen("postfix_syslog", False)
def postfix_noise():
    qid = ralnum(12, string.ascii_uppercase + string.digits)
    k = R.randint(0, 3)
    s = ["%s mta-0%d postfix/qmgr[1190]: %s: removed" % (t_syslog(), R.randint(1, 3), qid),
         "%s mta-0%d postfix/smtp[%d]: %s: to=<marketing.ops@lakeshoremeridian.org>, relay=lmh-org.mail.protection.outlook.com[52.101.8.44]:25, delay=0.9, dsn=2.6.0, status=sent (250 2.6.0 Queued mail for delivery)"
         % (t_syslog(), R.randint(1, 3), R.randint(2000, 40000), qid),
         "%s mta-0%d postfix/anvil[2211]: statistics: max connection rate 41/60s for (smtp:10.20.4.11) at %s" % (t_syslog(), R.randint(1, 3), t_syslog()),
         "%s mta-0%d postfix/qmgr[1190]: %s: from=<bounce-%s@email.lakeshoremeridian.org>, size=%d, nrcpt=1 (queue active)"
         % (t_syslog(), R.randint(1, 3), qid, rhex(10), R.randint(9000, 90000))][k]
    return [("postfix_syslog", flat(s))]


@gen("bounce_proc", False)
def bounce_noise():
    s = "%s INFO bounce-processor: processed %d notifications (hard=%d soft=%d complaint=%d) in %.1fs backlog=%d" % (
        t_iso(), R.randint(100, 3000), R.randint(0, 90), R.randint(0, 300), R.randint(0, 5), R.uniform(0.5, 9), R.randint(0, 50))
    return [("bounce_proc", flat(s))]


@gen("bounce_proc", True)
def bounce_phi():
    p = Person()
    pcs = [t_iso(), " INFO bounce-processor: suppressing ContactKey=", V(p.sfid, "other_id"), " email=", V(p.email, "email"),
           " hard_bounces=%d; cleared HasOptedOutOfEmail, flagged for SMS fallback to " % R.randint(2, 5), V(phone(p, 4), "phone")]
    return [("bounce_proc", flat(pcs))]


@gen("sfmc_bounce_csv", True)
def sfmc_bounce_block():
    out = [("sfmc_bounce_csv", flat('"ClientID","SendID","SubscriberKey","EmailAddress","SubscriberID","ListID","EventDate","EventType","BounceCategory","SMTPCode","BounceReason"'))]
    for _ in range(R.randint(2, 3)):
        p = Person()
        key = V(p.email, "email") if R.random() < 0.4 else V(p.sfid, "other_id")
        out.append(("sfmc_bounce_csv", flat(['"7281934","%d","' % R.randint(10 ** 5, 10 ** 6), key, '","', V(p.email, "email"),
                                              '","%d","%d","%s","Bounce","Hard bounce","550","550 5.1.1 user unknown"' % (
                                                  R.randint(10 ** 7, 10 ** 8), R.randint(1000, 9999), CLK[0].strftime("%-m/%-d/%Y %-I:%M:%S %p"))])))
    return out


# ---- call tracking -----------------------------------------------------------
TRACKING = ["+13125550199", "+18475550177", "+16305550143", "+18885550123"]


@gen("callrail_json", True)
def callrail_phi():
    p = Person()
    cid = "CAL" + rhex(32)
    o = {"id": cid, "answered": True, "business_phone_number": "+13125550100", "customer_city": V(p.city, "address"),
         "customer_country": "US", "customer_name": V(R.choice([p.last.upper() + " " + p.first.upper(), name_one(p, 0)]), "name"),
         "customer_phone_number": V(p.e164(), "phone"), "customer_state": "IL", "direction": "inbound",
         "duration": str(R.randint(20, 900)), "recording": "https://app.callrail.com/calls/%s/recording?access_key=%s" % (cid, rhex(20)),
         "start_time": CLK[0].strftime("%Y-%m-%dT%H:%M:%S.000-05:00"), "tracking_phone_number": R.choice(TRACKING),
         "voicemail": False, "source": R.choice(["Google Ads", "Facebook Paid", "Google Organic"]),
         "landing_page_url": "https://www.lakeshoremeridian.org/%s?gclid=%s" % (R.choice(["oncology", "bariatric-surgery", "orthopedics/knee"]), gclid()),
         "keywords": R.choice(["breast cancer surgeon near me", "weight loss surgery cost", "knee replacement chicago"])}
    if R.random() < 0.6:
        tr = R.randint(0, 3)
        if tr == 0:
            o["transcription"] = C("Caller: Hi, this is ", V(p.first + " " + p.last, "name"), ", my date of birth is ",
                                   V(dfmt(p.dob, "long"), "date"), ", I need to reschedule my appointment.")
        elif tr == 1:
            o["transcription"] = C("Caller: yeah I got towed from the garage, plate ", V("%s %s" % (ralnum(2, string.ascii_uppercase), rdig(5)), "vehicle"),
                                   ", my mother ", V(name_one(Person(), 0), "name"), " was admitted ", V(dfmt(past_date(), "us_np"), "date"), ".")
        elif tr == 2:
            o["transcription"] = C("Agent: can I get a callback number? Caller: ", V(phone(p, 1), "phone"), ", and my member ID is ",
                                   V(p.member, "health_plan"), ".")
        else:
            old = Person(old=True)
            o["transcription"] = C("Caller: calling for my grandmother ", V(old.first + " " + old.last, "name"), ", she is ", V(str(old.age), "age"),
                                   " and needs a ride to her cardiology visit on ", V(dfmt(future_date(), "long").rsplit(",", 1)[0], "date"), ".")
    return [("callrail_json", J(o))]


@gen("callrail_json", False)
def callrail_noise():
    k = R.randint(0, 2)
    if k == 0:
        s = "%s INFO callrail-webhook delivered event=post_call company=COM%s status=200 attempt=1 latency_ms=%d" % (t_iso(), rhex(32), R.randint(40, 900))
    elif k == 1:
        s = "%s INFO callrail-dni swap session=%s number=%s pool=ortho-google-search pool_size=%d" % (t_iso(), rhex(24), R.choice(TRACKING), R.randint(8, 40))
    else:
        o = {"id": "CAL" + rhex(32), "answered": False, "business_phone_number": "+13125550100", "customer_name": "WIRELESS CALLER",
             "customer_city": None, "direction": "inbound", "duration": "0", "tracking_phone_number": R.choice(TRACKING),
             "voicemail": False, "source": "Direct", "call_type": "abandoned"}
        s = json.dumps(o, separators=(",", ":"))
    return [("callrail_json", flat(s))]


@gen("invoca_kv", True)
def invoca_phi():
    p = Person()
    pcs = [t_iso(), " invoca call_end complete_call_id=%s-%s calling_phone_number=" % (rdig(4), rdig(7)), V(p.digits(), "phone"),
           " destination_phone_number=8885550123 promo_number=8005550199 duration=00:%02d:%02d campaign=\"%s\" mobile=%s city=" % (
               R.randint(0, 12), R.randint(0, 59), R.choice(["Ortho Google Search", "Bariatric FB", "Cardio Display"]), R.choice("YN")),
           V(p.city, "address"), " region=IL"]
    if R.random() < 0.3:
        pcs += [" voiceprint=", V("VPv3:" + base64.b64encode(bytes(R.getrandbits(8) for _ in range(36))).decode(), "biometric")]
    return [("invoca_kv", flat(pcs))]


@gen("invoca_kv", False)
def invoca_noise():
    s = "%s invoca signal name=\"Appointment Booked\" complete_call_id=%s-%s value=true source=ivr_menu_2 campaign=\"Cardio Display\"" % (
        t_iso(), rdig(4), rdig(7))
    return [("invoca_kv", flat(s))]


@gen("invoca_kv", True)
def caller_auth_bio():
    p = Person()
    pcs = [t_iso(), " caller-auth: voiceprint enrolled caller=", V(p.e164(), "phone"), " mrn=", V(p.mrn, "mrn"), " template=",
           V("VPv3:" + base64.b64encode(bytes(R.getrandbits(8) for _ in range(48))).decode(), "biometric"), " quality=0.%d" % R.randint(70, 99)]
    return [("invoca_kv", flat(pcs))]


# ---- Snowflake -----------------------------------------------------------------
def sf_qid():
    return "01b%s-0603-%s-0000-%s" % (rhex(5), rhex(4), rhex(12))


def sf_row(user, role, wh, text_pcs, status="SUCCESS"):
    return flat([sf_qid(), "|", user, "|", role, "|", wh, "|", text_pcs, "|", status, "|%d|" % R.randint(40, 90000), t_local()])


@gen("snowflake_qh", False)
def sf_noise():
    user = R.choice(STAFF_USERS)
    k = R.randint(0, 5)
    text = ["SELECT COUNT(*) FROM CDP.EVENTS.TRACKS WHERE event_date >= DATEADD(day,-7,CURRENT_DATE())",
            "ALTER WAREHOUSE MKT_WH_XS RESUME IF SUSPENDED",
            "COPY INTO RAW.SEGMENT.TRACKS FROM @RAW.SEGMENT.S3_STAGE/segment-logs/%s/ FILE_FORMAT=(TYPE=JSON) ON_ERROR=CONTINUE" % CLK[0].strftime("%Y/%m/%d"),
            "SELECT email, phone FROM CDP.CORE.PATIENT_PROFILE WHERE email = '***MASKED***' LIMIT 10",
            "CREATE OR REPLACE TABLE MKT.SCRATCH.AUD_MAMMO_DUE AS SELECT profile_id FROM CDP.CORE.PATIENT_PROFILE WHERE sex='F' AND age BETWEEN 40 AND 74",
            "SHOW GRANTS ON TABLE CDP.CORE.PATIENT_PROFILE"][k]
    return [("snowflake_qh", sf_row(user, R.choice(["ANALYST_RO", "TRANSFORMER", "REVERSE_ETL", "SYSADMIN"]), R.choice(["MKT_WH_XS", "TRANSFORM_WH_M"]), text))]


@gen("snowflake_qh", True)
def sf_phi():
    p = Person()
    user = R.choice(STAFF_USERS)
    k = R.randint(0, 4)
    if k == 0:
        text = ["SELECT email, phone, mrn FROM CDP.CORE.PATIENT_PROFILE WHERE last_name = '", sqlq(V(p.last.upper(), "name")),
                "' AND birth_date = '", V(p.dob.isoformat(), "date"), "'"]
    elif k == 1:
        text = ["UPDATE CDP.CORE.PATIENT_PROFILE SET email = '", V(p.email, "email"), "', updated_by = 'ticket COMP-%d' WHERE mrn = '" % R.randint(1000, 1999),
                V(p.mrn, "mrn"), "'"]
    elif k == 2:
        text = ["SELECT * FROM RAW.EPIC.PATIENT WHERE ssn = '", V(ssn(), "ssn"), "' OR (pat_last_name ILIKE '", sqlq(V(p.last, "name")),
                "%' AND zip = '", V(p.zip, "zip"), "')"]
    elif k == 3:
        old = Person(old=True)
        text = ["INSERT INTO MKT.SCRATCH.VIP_DONOR_PATIENTS VALUES ('", sqlq(V(old.last, "name")), "', '", sqlq(V(old.first, "name")), "', '",
                V(old.dob.isoformat(), "date"), "', ", V(old.age, "age"), ", '", V(old.street + ", " + old.city, "address"), "')"]
    else:
        text = ["SELECT * FROM CDP.EVENTS.PAGES WHERE context_ip = '", V(p.ip, "ip"), "' AND user_id = '", V(p.uid, "other_id"), "'"]
    return [("snowflake_qh", sf_row(user, R.choice(["ANALYST_RO", "SYSADMIN", "PRIVACY_INVESTIGATOR"]), "MKT_WH_XS", text,
                                    R.choice(["SUCCESS", "SUCCESS", "FAILED_WITH_ERROR"])))]


@gen("snowflake_qh", False)
def sf_header():
    return [("snowflake_qh", flat("QUERY_ID|USER_NAME|ROLE_NAME|WAREHOUSE_NAME|QUERY_TEXT|EXECUTION_STATUS|TOTAL_ELAPSED_TIME|START_TIME"))]


@gen("snowflake_access_json", False)
def sf_access_noise():
    o = {"QUERY_ID": sf_qid(), "QUERY_START_TIME": t_local(), "USER_NAME": R.choice(STAFF_USERS),
         "DIRECT_OBJECTS_ACCESSED": [{"objectDomain": "Table", "objectName": "CDP.CORE.PATIENT_PROFILE", "objectId": R.randint(1000, 99999),
                                      "columns": [{"columnName": c} for c in R.sample(["EMAIL", "PHONE_E164", "BIRTH_DATE", "MRN", "ZIP5", "PROFILE_ID"], 3)]}],
         "POLICIES_REFERENCED": [{"policyName": "GOV.POLICIES.MASK_PHI_STRING", "policyKind": "MASKING_POLICY"}]}
    return [("snowflake_access_json", J(o))]


@gen("snowsql_debug", True)
def snowsql_phi():
    p = Person()
    pcs = [t_py(), " - snowflake.connector.cursor - DEBUG - query: [SELECT profile_id FROM CDP.CORE.IDENTITIES WHERE id_type = 'phone' AND id_value = '",
           V(p.e164(), "phone"), "' UNION ALL SELECT profile_id FROM CDP.CORE.IDENTITIES WHERE id_type='email' AND id_value = '", V(p.email, "email"), "']"]
    return [("snowsql_debug", flat(pcs))]


@gen("snowsql_debug", False)
def snowsql_noise():
    s = R.choice(["%s - snowflake.connector.connection - INFO - Snowflake Connector for Python Version: 3.7.1, Python Version: 3.11.7, Platform: Linux-5.15.0-1056-aws-x86_64",
                  "%s - snowflake.connector.cursor - INFO - query execution done, rows=%d sfqid=%s" % ("%s", R.randint(0, 90000), sf_qid()),
                  "%s - snowflake.connector.network - DEBUG - Session status for SessionPool 'lmh-prod.us-east-2.snowflakecomputing.com', SessionPool 1/1 active sessions"])
    return [("snowsql_debug", flat(s % t_py()))]


# ---- compliance tickets ----------------------------------------------------------
@gen("jira_ticket", False)
def jira_noise():
    k = R.randint(0, 5)
    who = R.choice(STAFF)
    s = ["Removed TikTok pixel from www (GTM container GTM-KX7P2Q version %d published by %s). Verified with Tag Assistant; no _ttp cookie set." % (R.randint(300, 500), who),
         "Vendor BAA review: Hightouch BAA executed 2023-11-02, Segment BAA pending legal (Kevin Tsai). Blocking item for Meta CAPI relay go-live.",
         "Scan of mychart.lakeshoremeridian.org found 0 third-party ad tags after CSP change (report id scan-%s)." % rhex(8),
         "Per OCR bulletin (Dec 2022, rev. Mar 2024) treat authenticated portal pages as in-scope; unauthenticated pages reviewed case by case.",
         "Call with Meta rep moved to Thursday 2pm CT; dial-in (312) 555-0134, ask for %s." % who,
         "Masked sample from ticket looks fine: j***@gmail.com, ***-**-6789, phone x0142. No further action."][k]
    key = "COMP-%d" % R.randint(1000, 1999)
    return [("jira_ticket", flat("%s | %s | %s (Privacy Office) | %s" % (key, CLK[0].strftime("%Y-%m-%d %H:%M"), who, s)))]


@gen("jira_ticket", True)
def jira_phi():
    p = Person()
    who = R.choice(STAFF)
    key = "COMP-%d" % R.randint(1000, 1999)
    k = R.randint(0, 6)
    if k == 0:
        body = ["Meta Pixel on /MyChart/Appointments fires PageView with dl containing MRN ", V(p.mrn, "mrn"), " and appt date ",
                V(dfmt(future_date(), "us_np"), "date"), "; HAR attached. Vendor BAA: none."]
    elif k == 1:
        body = ["Patient ", V(name_one(p, R.choice([0, 2, 6])), "name"), " (DOB ", V(dfmt(p.dob, R.choice(["us_np", "us_short", "long"])), "date"),
                ") called privacy line after seeing ", R.choice(["PrEP", "fertility", "addiction treatment"]),
                " ads on Instagram after portal visit; callback ", V(phone(p), "phone"), "."]
    elif k == 2:
        body = ["Parking-validation form leaked to LinkedIn Insight: VIN ", V(vin(), "vehicle"), " and DL# ",
                V("%s%s-%s-%s" % (fold(p.last)[0].upper(), rdig(3), rdig(4), rdig(4)), "license"), " for ", V(name_one(p, 3), "name"), " in url param."]
    elif k == 3:
        old = Person(old=True)
        body = ["Grievance case ", V("%08d" % R.randint(10000, 999999), "other_id"), ": daughter of ", V(name_one(old, 0), "name"), ", ",
                V(str(old.age), "age"), "yo, says mailer arrived at ", V(old.street + ", " + old.city, "address"), " after hospice enrollment. Contact ",
                V(p.first + " " + p.last, "name"), " at ", V(p.email, "email"), "."]
    elif k == 4:
        body = ["Google Ads enhanced conversions sent unhashed email ", V(p.email, "email"), " and member id ", V(p.member, "health_plan"),
                " (BCBS) on 3/8; purge request opened with Google."]
    elif k == 6:
        slug = fold(p.first).split()[0].lower() + fold(p.last).lower().replace(" ", "").replace("'", "")
        body = ["Complainant ", V(name_one(p, 0), "name"), " wrote on their blog ", V("https://%s.substack.com/p/my-hospital-sold-my-visit" % slug, "url"),
                " that Instagram showed oncology ads the day after their ", V(dfmt(past_date(), "abbr"), "date"), " visit. Media inquiry likely."]
    else:
        body = ["Sample from Segment debugger: userId ", V(p.uid, "other_id"), ", context.ip ", V(p.ip, "ip"),
                ", properties.insurance_ssn=", V(ssn().replace("-", "") if R.random() < 0.5 else ssn(), "ssn"), " -- Protocols rule added to block."]
    return [("jira_ticket", flat(["%s | %s | %s (Privacy Office) | " % (key, CLK[0].strftime("%Y-%m-%d %H:%M"), who)] + body))]


@gen("servicenow_kv", False)
def snow_noise():
    s = "number=PRIV%07d state=%s priority=%d assignment_group=\"Privacy Office\" short_description=\"%s\" opened_by=%s" % (
        R.randint(10000, 99999), R.choice(["New", "In Progress", "Resolved"]), R.randint(1, 4),
        R.choice(["LinkedIn Insight tag on bill pay page", "Review GA4 data retention settings", "Hotjar session replay on portal login",
                  "Annual tracking-technology inventory", "CallRail BAA renewal"]),
        R.choice(STAFF).lower().replace(" ", "."))
    return [("servicenow_kv", flat(s))]


@gen("servicenow_kv", True)
def snow_phi():
    p = Person()
    pcs = ["number=PRIV%07d state=New priority=2 assignment_group=\"Privacy Office\" short_description=\"Hotjar replay captured license ID\" description=\"Replay shows " % R.randint(10000, 99999),
           V(name_one(p, 0), "name"), " typing driver license ", V("%s%s%s" % (fold(p.last)[0].upper(), rdig(3), rdig(8)), "license"),
           " and card ", V(luhn("4", 16), "account"), " on /GuestPay\""]
    return [("servicenow_kv", flat(pcs))]


# ---- HL7 route ----------------------------------------------------------------------
@gen("hl7_rhapsody", True)
def hl7_phi():
    p = Person()
    ts = CLK[0].strftime("%Y%m%d%H%M%S")
    ev = R.choice(["A03", "A04", "A08"])
    ctl = "MSG%05d" % R.randint(1, 99999)
    segs = [["MSH|^~\\&|EPIC|LMH|CDP_ROUTER|MKTG|", ts, "||ADT^", ev, "|", ctl, "|P|2.5.1"],
            ["EVN|", ev, "|", ts],
            ["PID|1||", V(p.mrn, "mrn"), "^^^LMH^MR||", V(fold(p.last).upper(), "name"), "^", V(fold(p.first).upper().split()[0], "name"), "^", p.mi,
             "||", V(p.dob.strftime("%Y%m%d"), "date"), "|", R.choice("MF"), "|||", V(p.street, "address"), "^^", V(p.city, "address"), "^IL^",
             V(p.zip, "zip"), "||", V("(%s)%s-%s" % p.ph, "phone"), "|||||", V(p.acct, "account")]
            + (["|", V(ssn(), "ssn")] if R.random() < 0.4 else [])]
    if ev == "A03":
        segs.append(["PV1|1|I|4W^412^A^LMH||||1234567^Bankole^Olumide^^^MD|||MED||||||||", V(p.csn, "other_id"),
                     "|||||||||||||||||||||||||", V(past_date().strftime("%Y%m%d") + "0800", "date"), "|", V(TODAY.strftime("%Y%m%d") + "1130", "date")])
    pcs = [t_py(), " INFO [rhapsody] route=ADT_to_CDP comm_point=MLLP-IN-7 msg=\""]
    for i, sg in enumerate(segs):
        if i:
            pcs.append("\\r")
        pcs.extend(sg)
    pcs.append("\"")
    return [("hl7_rhapsody", flat(pcs))]


@gen("hl7_rhapsody", False)
def hl7_noise():
    k = R.randint(0, 2)
    s = ["%s INFO [rhapsody] route=ADT_to_CDP sent ACK MSA|AA|MSG%05d" % (t_py(), R.randint(1, 99999)),
         "%s INFO [rhapsody] route=ADT_to_CDP filter dropped ADT^A08 control_id=MSG%05d reason=no_marketing_consent" % (t_py(), R.randint(1, 99999)),
         "%s WARN [rhapsody] comm_point=MLLP-IN-7 connection idle 300s, reconnecting to 10.12.4.31:6661" % t_py()][k]
    return [("hl7_rhapsody", flat(s))]


# ---- pipeline noise -------------------------------------------------------------------
@gen("airflow_log", False)
def airflow_noise():
    k = R.randint(0, 3)
    dag = R.choice(["cdp_nightly", "hightouch_triggers", "sfmc_de_refresh", "ads_offline_conversions"])
    s = ["{taskinstance.py:1138} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: %s.%s scheduled__%s [queued]>"
         % (dag, R.choice(["dbt_run", "trigger_sync", "export_csv"]), (CLK[0] - datetime.timedelta(days=1)).strftime("%Y-%m-%dT06:00:00+00:00")),
         "{taskinstance.py:1345} INFO - Marking task as SUCCESS. dag_id=%s, task_id=%s, execution_date=%s, end_date=%s"
         % (dag, R.choice(["dbt_run", "trigger_sync", "upload_meta"]), CLK[0].strftime("%Y%m%dT060000"), CLK[0].strftime("%Y%m%dT%H%M%S")),
         "{base.py:73} INFO - Using connection ID 'snowflake_prod' for task execution.",
         "{http.py:169} INFO - Sending 'POST' to url: https://api.hightouch.com/api/v1/syncs/%d/trigger" % R.choice(HT_SYNCS)[0]][k]
    return [("airflow_log", flat("[%s UTC] %s" % (CLK[0].strftime("%Y-%m-%d, %H:%M:%S"), s)))]


@gen("dbt_log", False)
def dbt_noise():
    n = R.randint(1, 48)
    m = R.choice(["stg_segment__tracks", "stg_sfmc__sends", "int_identity_graph", "fct_campaign_attribution", "dim_patient_marketing"])
    s = "%s  %d of 48 OK created sql %s model mkt.%s ......... [%s in %.2fs]" % (
        t_hms(), n, R.choice(["table", "incremental", "view"]), m, R.choice(["SUCCESS 1", "INSERT 0 %d" % R.randint(100, 90000)]), R.uniform(0.5, 60))
    return [("dbt_log", flat(s))]


# ----------------------------------------------------------------- schedule
SCHEDULE = {
    # phi generators
    "seg_identify_portal": 11, "seg_identify_avatar": 2, "seg_track_appt": 6, "seg_track_mobile": 5, "seg_track_form": 6,
    "seglib_phi": 6, "ht_phi": 12, "census_block": 3, "idres_phi": 11, "amperity_phi": 5, "sfmc_phi": 8,
    "sfmc_event": 5, "sfmc_soap_phi": 4, "sfmc_de_block": 3, "apex_phi": 5, "meta_capi_hashed_ip": 5,
    "meta_capi_unhashed": 4, "meta_offline_block": 3, "gads_phi": 4, "gads_csv_phi_block": 2, "onetrust_phi": 6,
    "cmp_kv_phi": 4, "ngx_guestpay": 4, "ngx_metapixel": 4, "ngx_sgtm_uid": 4, "ngx_search": 3, "ngx_parking": 2,
    "ses_bounce": 7, "postfix_phi": 5, "bounce_phi": 3, "sfmc_bounce_block": 2, "callrail_phi": 9, "invoca_phi": 5,
    "caller_auth_bio": 2, "sf_phi": 12, "snowsql_phi": 3, "jira_phi": 12, "snow_phi": 3, "hl7_phi": 6,
    # noise generators
    "seg_page_www": 9, "seg_track_search": 6, "seg_group": 4, "seg_track_experiment": 5, "seglib_noise": 12,
    "ht_noise": 15, "census_noise": 7, "idres_noise": 11, "amperity_noise": 4, "sfmc_noise": 13, "sfmc_soap_noise": 4,
    "apex_noise": 8, "meta_noise": 12, "gads_noise": 10, "gads_csv_noise_block": 3, "onetrust_noise": 7, "cmp_kv_noise": 9,
    "ngx_noise": 18, "postfix_noise": 11, "bounce_noise": 5, "callrail_noise": 9, "invoca_noise": 5, "sf_noise": 14,
    "sf_header": 2, "sf_access_noise": 5, "snowsql_noise": 5, "jira_noise": 10, "snow_noise": 7, "hl7_noise": 6,
    "airflow_noise": 10, "dbt_noise": 10,
}
TARGET = 500


def main():
    units = []
    for name, n in SCHEDULE.items():
        units.extend([name] * n)
    R.shuffle(units)
    lines = []
    for name in units:
        tick()
        fam, phi, fn = GEN[name]
        for i, (family, pcs) in enumerate(fn()):
            if i:
                tick(0.0, 0.05)
            lines.append((family, pcs))
    # pad / trim to exactly TARGET lines with single-line noise units
    fillers = ["dbt_noise", "airflow_noise", "ngx_noise", "sf_noise", "seglib_noise", "ht_noise"]
    while len(lines) < TARGET:
        tick()
        fam, phi, fn = GEN[R.choice(fillers)]
        lines.extend(fn())
    if len(lines) > TARGET:
        # drop single-line noise entries from the end until the count matches
        i = len(lines) - 1
        while len(lines) > TARGET and i >= 0:
            fam, pcs = lines[i]
            if not any(c for _, c in pcs) and fam in ("dbt_log", "airflow_log", "nginx_beacon", "snowflake_qh", "segment_lib", "hightouch_log") \
                    and not pcs[0][0].startswith("QUERY_ID|"):
                del lines[i]
            i -= 1
    assert len(lines) == TARGET, len(lines)

    out_log, out_lab = [], []
    for n, (family, pcs) in enumerate(lines, 1):
        text = "".join(t for t, _ in pcs)
        assert "\n" not in text and "\r" not in text and text.strip(), (n, text)
        enc = text.encode("utf-8")
        spans, b = [], 0
        for t, c in pcs:
            tb = t.encode("utf-8")
            if c:
                assert t and t == t.strip(), (n, repr(t))
                spans.append({"s": b, "e": b + len(tb), "cat": c})
                assert enc[b:b + len(tb)] == tb
            b += len(tb)
        assert b == len(enc)
        out_log.append(text)
        out_lab.append(json.dumps({"line": n, "family": family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
