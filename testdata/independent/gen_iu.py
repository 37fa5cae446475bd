#!/usr/bin/env python3
"""Synthetic labeled log corpus "iu": a regional 988 crisis line + mobile crisis team.

Systems simulated: FreeSWITCH telephony (console log, channel info dumps, warm
transfers), Kamailio SBC syslog (SIP with escaped CRLF), Go geo-routing service
(zap JSON: ANI, NPA-NXX, cell sector, carrier device-based location), ALI spill
text, Twilio SMS webhook (Flask), web chat gateway (pino JSON), counselor CRM
(Rails logger notes, Spring Boot services, Salesforce-style REST JSON), C-SSRS
risk assessments, 911 PSAP escalations (NENA i3 PIDF-LO XML), mobile-crisis CAD
pipe rows, vehicle AVL (NMEA + telematics JSON), Celery follow-up scheduler,
bed registry (nginx access + structlog), HL7 v2 ADT to a crisis stabilization
unit, X12 837P claims, CSV reporting extracts, CEF audit, postfix, voice-ID
service, and infra noise (kubelet, postgres, redis, alertmanager, envoy, java
stack traces).

All people, numbers and places are synthetic.

Labeling decisions:
- Labeled persons: callers/texters/chatters/clients, third-party callers,
  relatives, neighbours and other contacts named in a contact record, insured
  subscribers. Not labeled: counselors, MCT staff, dispatchers, clinicians,
  their usernames/extensions/emails/phones/licence numbers, facilities, PSAPs,
  carriers, vendors, billing provider NPIs and business phones/faxes.
- Names: any rendering of a labeled person's name (full, "Last, First",
  upper/lower case, initials such as "T.B.", HL7/X12 components, CNAM,
  surname inside "Begay residence") -> name. Generic CNAM such as
  "WIRELESS CALLER" is not a name.
- Phones: full ANI/callback/contact numbers in any written form, including
  URL-encoded "%2B1..." and SIP URIs (only the number) -> phone. Area code
  (NPA) or NPA-NXX alone, masked numbers and ANI hashes -> not labeled.
- Location: any sub-state geography attached to a specific person/contact is
  labeled: street lines, apartment, city, county, landmark given as the
  person's whereabouts, handset coordinates, ALI lat/lon, cell-sector lat/lon
  and rate center of the caller's number, Twilio FromCity -> address; 5-digit
  ZIPs (incl. Twilio FromZip) -> zip. Each lat and lon is its own span; in
  PIDF-LO civic XML each element (A2, A3, PRD, HNO, RD, STS, PC) is its own
  span. Not labeled: geography in aggregate report rows (county, 3-digit ZIP),
  facility/PSAP/team locations, AVL pings of team vehicles (even on scene),
  cell-site IDs.
- Dates: DOB, contact/service dates in person records, follow-up appointment
  date-times (whole value), admission, last attempt (month+year) -> date. Log
  record timestamps, job run times, report periods and years alone -> not.
- Ages: only ages over 89 (e.g. "93 y/o", "age":91) -> age; "90+" age bands
  in aggregates and ages <= 89 are not labeled.
- other_id: human-facing record numbers that belong to one person: CRM client
  IDs (CL-), case numbers (CASE-), CAD incident numbers (MCT24-), escalation
  references (ESC-), follow-up tickets (FU-), bed holds (BH-), encounter/visit
  numbers, chat handles/usernames -> other_id. Machine identifiers (UUIDs,
  SIP Call-IDs, Twilio SIDs, Salesforce record Ids, trace/span/request IDs,
  Celery task IDs, HL7 message control IDs) -> not labeled.
- mrn: CSU/hospital MRNs (PID-3, X12 REF*EA, bed hold mrn). health_plan:
  Medicaid/OHP IDs, MBIs, member/policy IDs. account: patient account and
  patient control numbers (PID-18, X12 CLM01). license: a person's driver's
  licence (PID-20, LE returns). vehicle: plate/VIN of a person's car (fleet
  plates of MCT vans are not labeled). device: caller handset IMEI. ip: a
  chat visitor's public IP (internal 10.x and carrier SBC IPs are not).
  url: personal social/fundraiser URLs. email: a person's email address.
  fax: a relative's personal fax. biometric: voiceprint templates.
  photo: the base64 payload of a subject photo (not the data: prefix).
"""
import base64
import hashlib
import json
import os
import random
import re
import unicodedata
from datetime import date, datetime, timedelta, timezone

ID = "iu"
N_LINES = 500
rng = random.Random(988_2024_1108)
HERE = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=-8))
UTC = timezone.utc


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []
        self.vals = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        if not cat:
            return self.t(s)
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append({"s": st, "e": len(self.buf), "cat": cat})
        self.vals.append(s)
        return self

    def pieces(self, pcs):
        for pc in pcs:
            if isinstance(pc, tuple):
                self.p(pc[0], pc[1])
            else:
                self.t(pc)
        return self

    def text(self):
        return self.buf.decode("utf-8")


class R:
    """rich string: pieces are str or (str, cat)"""

    def __init__(self, *pieces):
        self.pieces = []
        for pc in pieces:
            if isinstance(pc, list):
                self.pieces.extend(pc)
            else:
                self.pieces.append(pc)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jval(L, v, sp):
    if isinstance(v, tuple):
        val, cat = v
        if isinstance(val, str):
            e = jesc(val)
            assert not cat or e == val, val
            L.t('"').p(e, cat).t('"')
        else:
            L.p(json.dumps(val), cat)
    elif isinstance(v, R):
        L.t('"')
        for pc in v.pieces:
            if isinstance(pc, tuple):
                e = jesc(pc[0])
                assert not pc[1] or e == pc[0]
                L.p(e, pc[1])
            else:
                L.t(jesc(pc))
        L.t('"')
    elif isinstance(v, dict):
        L.t("{")
        first = True
        for k, x in v.items():
            if not first:
                L.t("," + sp)
            first = False
            L.t(json.dumps(k) + ":" + sp)
            jval(L, x, sp)
        L.t("}")
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t("," + sp)
            jval(L, x, sp)
        L.t("]")
    else:
        L.t(json.dumps(v, ensure_ascii=False))


def jobj(L, d, spaced=False):
    jval(L, d, " " if spaced else "")
    return L


def kv(L, pairs, sep=" ", eq="=", quote_ws=True):
    """pairs: list of (key, value) with value str / (str,cat) / R"""
    for i, (k, v) in enumerate(pairs):
        if i:
            L.t(sep)
        L.t(k + eq)
        if isinstance(v, R):
            pcs = v.pieces
        elif isinstance(v, tuple):
            pcs = [v]
        else:
            pcs = [str(v)]
        raw = "".join(pc[0] if isinstance(pc, tuple) else pc for pc in pcs)
        q = quote_ws and (" " in raw or raw == "")
        if q:
            L.t('"')
        L.pieces(pcs)
        if q:
            L.t('"')
    return L


TOKEN = re.compile(r"\{(\w+)\}")


def tp(template, m):
    """template -> pieces using mapping m[key] = (value, cat)"""
    out = []
    pos = 0
    for mo in TOKEN.finditer(template):
        if mo.start() > pos:
            out.append(template[pos:mo.start()])
        v = m[mo.group(1)]
        out.append(v if isinstance(v, tuple) else str(v))
        pos = mo.end()
    if pos < len(template):
        out.append(template[pos:])
    return out


# --------------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = datetime(2024, 11, 8, 21, 52, 7, 118233, tzinfo=TZ)

    def tick(self, lo=150, hi=16000):
        self.t += timedelta(milliseconds=rng.randint(lo, hi), microseconds=rng.randint(0, 999))


CLK = Clock()
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ts_fs():
    return CLK.t.strftime("%Y-%m-%d %H:%M:%S.%f")


def ts_iso(ms=True):
    t = CLK.t
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % (t.microsecond // 1000) if ms else "") + "-08:00"


def ts_utcz():
    t = CLK.t.astimezone(UTC)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ts_syslog():
    t = CLK.t
    return "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def ts_comma():
    t = CLK.t
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_spring():
    t = CLK.t
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def ts_epoch():
    return CLK.t.timestamp()


def ts_clf():
    return CLK.t.strftime("%d/%b/%Y:%H:%M:%S -0800")


def ts_klog():
    t = CLK.t.astimezone(UTC)
    return "I" + t.strftime("%m%d %H:%M:%S.%f")


# ------------------------------------------------------------------- helpers
HEX = "0123456789abcdef"


def hx(n):
    return "".join(rng.choice(HEX) for _ in range(n))


def uuid():
    return "%s-%s-4%s-%s%s-%s" % (hx(8), hx(4), hx(3), rng.choice("89ab"), hx(3), hx(12))


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(chars) for _ in range(n))


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


def mk_imei():
    base = rng.choice(["35209900", "35391110", "86472104", "35875611", "01326300"]) + digits(6)
    return base + luhn_digit(base)


VIN_MAP = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def mk_vin():
    wmi = rng.choice(["1HG", "2T1", "4S4", "1FT", "5YJ", "JN8", "3VW", "1C4"])
    body = wmi + alnum(5, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + "0" + rng.choice("EFGHJK") + alnum(1, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6)
    tot = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(body, VIN_W))
    cd = tot % 11
    return body[:8] + ("X" if cd == 10 else str(cd)) + body[9:]


def mk_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def mk_mbi():
    an = "ACDEFGHJKMNPQRTUVWXY"
    anx = an + "0123456789"
    return (str(rng.randint(1, 9)) + rng.choice(an) + rng.choice(anx) + str(rng.randint(0, 9)) + rng.choice(an)
            + rng.choice(anx) + str(rng.randint(0, 9)) + rng.choice(an) + rng.choice(an) + digits(2))


def mk_phone(npas):
    npa = rng.choice(npas)
    while True:
        nxx = "%d%d%d" % (rng.randint(2, 9), rng.randint(0, 9), rng.randint(0, 9))
        if nxx != "555" and nxx[1:] != "11":
            break
    return npa + nxx + digits(4)


def fphone(d, style=None):
    a, b, c = d[:3], d[3:6], d[6:]
    styles = ["+1" + d, "%s-%s-%s" % (a, b, c), "(%s) %s-%s" % (a, b, c), d, "%s.%s.%s" % (a, b, c),
              "+1 %s %s %s" % (a, b, c), "1-%s-%s-%s" % (a, b, c), "+1 (%s) %s-%s" % (a, b, c)]
    return styles[rng.randrange(len(styles)) if style is None else style]


def fdate(d, style=None):
    styles = [d.strftime("%Y-%m-%d"), d.strftime("%m/%d/%Y"), "%d/%d/%02d" % (d.month, d.day, d.year % 100),
              "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year), "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year),
              d.strftime("%Y%m%d"), d.strftime("%d.%m.%Y"), "%s %02d %d" % (MON[d.month - 1], d.day, d.year)]
    return styles[rng.randrange(len(styles)) if style is None else style]


def b64(n):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


# --------------------------------------------------------------------- world
GEOS = [
    ("Portland", "Multnomah", ["97214", "97206", "97266", "97230", "97217", "97202", "97218"], ["503", "971"], 45.5231, -122.6465, "PORTLAND"),
    ("Gresham", "Multnomah", ["97030", "97080"], ["503", "971"], 45.4984, -122.4310, "GRESHAM"),
    ("Beaverton", "Washington", ["97005", "97006"], ["503", "971"], 45.4871, -122.8037, "BEAVERTON"),
    ("Hillsboro", "Washington", ["97123", "97124"], ["503", "971"], 45.5229, -122.9898, "HILLSBORO"),
    ("Oregon City", "Clackamas", ["97045"], ["503", "971"], 45.3573, -122.6068, "OREGON CITY"),
    ("Salem", "Marion", ["97301", "97302", "97305"], ["503", "971"], 44.9429, -123.0351, "SALEM"),
    ("Eugene", "Lane", ["97401", "97402", "97405"], ["541", "458"], 44.0521, -123.0868, "EUGENE"),
    ("Springfield", "Lane", ["97477", "97478"], ["541", "458"], 44.0462, -123.0220, "SPRINGFIELD"),
    ("Bend", "Deschutes", ["97701", "97702"], ["541", "458"], 44.0582, -121.3153, "BEND"),
    ("Medford", "Jackson", ["97501", "97504"], ["541", "458"], 42.3265, -122.8756, "MEDFORD"),
    ("Vancouver", "Clark", ["98660", "98661", "98682"], ["360", "564"], 45.6387, -122.6615, "VANCOUVER"),
    ("Longview", "Cowlitz", ["98632"], ["360"], 46.1382, -122.9382, "LONGVIEW"),
    ("Astoria", "Clatsop", ["97103"], ["503"], 46.1879, -123.8313, "ASTORIA"),
    ("The Dalles", "Wasco", ["97058"], ["541"], 45.5946, -121.1787, "THE DALLES"),
    ("Corvallis", "Benton", ["97330", "97333"], ["541", "458"], 44.5646, -123.2620, "CORVALLIS"),
    ("Klamath Falls", "Klamath", ["97601", "97603"], ["541"], 42.2249, -121.7817, "KLAMATH FALLS"),
    ("Pendleton", "Umatilla", ["97801"], ["541"], 45.6721, -118.7886, "PENDLETON"),
]
STATE_OF = {"Clark": "WA", "Cowlitz": "WA"}
STREETS_PDX = [("SE", "Division", "St"), ("NE", "Sandy", "Blvd"), ("N", "Lombard", "St"), ("SE", "122nd", "Ave"),
               ("NE", "Glisan", "St"), ("SE", "Stark", "St"), ("NE", "Killingsworth", "St"), ("SW", "Barbur", "Blvd"),
               ("SE", "Foster", "Rd"), ("NE", "82nd", "Ave"), ("N", "Interstate", "Ave")]
STREETS_GEN = [("", "Main", "St"), ("", "Oak Grove", "Rd"), ("W", "11th", "Ave"), ("", "River", "Rd"),
               ("", "Commercial", "St"), ("", "Fourth Plain", "Blvd"), ("", "Riverside", "Ave"), ("", "Greenwood", "Ave"),
               ("NW", "Harriman", "St"), ("", "Pacific", "Hwy"), ("S", "6th", "St"), ("", "Marine", "Dr"),
               ("E", "Burnside", "St"), ("", "Lancaster", "Dr")]
LANDMARKS = ["Rocky Butte viewpoint", "the Vista House parking lot", "Sellwood Bridge", "the Fred Meyer lot on SE 82nd Ave",
             "Skinner Butte park", "Pilot Butte trailhead", "Cape Disappointment lot", "the Hawthorne Bridge",
             "Esplanade under the Morrison Bridge", "Riverfront Park in Salem", "the Walmart lot on Lancaster Dr"]

NAMES = [("Marisol", "Gutiérrez-Ortega", "F"), ("Oluwaseun", "Adeyemi", "M"), ("Thi Lan", "Nguyễn", "F"),
         ("Pieter", "van der Berg", "M"), ("Siobhán", "Ní Bhriain", "F"), ("DeShawn", "Whitaker", "M"),
         ("Aleksandra", "Wiśniewska", "F"), ("Ahmed", "Al-Farsi", "M"), ("Kwame", "Mensah", "M"),
         ("Priya", "Raghunathan", "F"), ("Esperanza", "Yazzie", "F"), ("Tyrell", "Begay", "M"),
         ("Leilani", "Kealoha", "F"), ("Wei", "Chen", "M"), ("Yusuf", "Demir", "M"), ("José Luis", "de la Cruz", "M"),
         ("Mateus", "Araújo", "M"), ("Jean-Baptiste", "Lefèvre", "M"), ("LaToya", "Washington", "F"),
         ("Björn", "Halvorsen", "M"), ("Fatima Zahra", "Benali", "F"), ("Dmitri", "Volkov", "M"),
         ("Ji-woo", "Park", "F"), ("Tamar", "Ben-David", "F"), ("Rahul", "D'Souza", "M"), ("Anh", "Tran", "M"),
         ("Colleen", "McAllister", "F"), ("Hannah", "O'Connor", "F"), ("Guadalupe", "Ramírez", "F"),
         ("Ikaika", "Kahananui", "M"), ("Svetlana", "Petrova-Hughes", "F"), ("Mohammed", "Haddad", "M"),
         ("Kateryna", "Shevchenko", "F"), ("Dakota", "Running Crane", "M"), ("Xochitl", "Mendoza", "F"),
         ("Benedikt", "von Stein", "M"), ("Aisha", "Okafor", "F"), ("Hiroshi", "Tanaka", "M"),
         ("Maren", "Lindqvist", "F"), ("Carlos", "St. Pierre", "M"), ("Noor", "Rahimi", "F"), ("Emeka", "Nwosu", "M"),
         ("Sofía", "Castillo Vega", "F"), ("Bao", "Vang", "M"), ("Ruth", "Abernethy-Cole", "F"),
         ("Tomasz", "Kowalczyk", "M"), ("Zainab", "Sesay", "F"), ("Mercedes", "DeLaRosa", "F"), ("Elijah", "Tsosie", "M"),
         ("Grace", "Lim", "F"), ("Vikram", "Sethi", "M"), ("Dani", "Okonkwo", "F"), ("Marguerite", "Fontaine", "F")]
ELDERLY = {"Ruth", "Marguerite", "Hiroshi", "Benedikt", "Guadalupe"}
REL_FIRST = ["Rosa", "Adebayo", "Minh", "Greet", "Nora", "Marcus", "Ewa", "Layla", "Kofi", "Lakshmi", "Darlene", "Kai",
             "Mei", "Emre", "Pilar", "Joana", "Amélie", "Keisha", "Ingrid", "Samira", "Oleg", "Seo-yeon", "Yael",
             "Francis", "Linh", "Bridget", "Consuelo", "Noelani", "Irina", "Rami", "Oksana", "Winona", "Itzel",
             "Friedrich", "Chidi", "Yuki", "Astrid", "Pierre", "Farah", "Ngozi", "Valentina", "Pa", "Evelyn", "Jakub",
             "Mariama", "Héctor", "Nathan", "Jasmine", "Arjun", "Precious", "Solange", "Wendell", "Tuyet"]
REL_MALE = {"Adebayo", "Minh", "Marcus", "Kofi", "Kai", "Emre", "Oleg", "Francis", "Rami", "Friedrich", "Chidi",
            "Pierre", "Pa", "Jakub", "Héctor", "Nathan", "Arjun", "Wendell"}
REL_BY_G = {"F": ["mother", "sister", "wife", "partner", "roommate", "aunt", "girlfriend"],
            "M": ["father", "brother", "husband", "partner", "roommate", "boyfriend"]}
REL_BY_G_OLD = {"F": ["daughter", "niece", "neighbor"], "M": ["son", "grandson", "neighbor"]}
REL_LAST = ["Morales", "Eriksen", "Abbott", "Nakamura", "Oduya", "Singh", "Brennan", "Kim", "Haile", "Lopez"]
RELTYPES = ["mother", "father", "sister", "brother", "partner", "wife", "husband", "roommate", "aunt", "girlfriend", "boyfriend"]
RELTYPES_OLD = ["daughter", "son", "niece", "neighbor", "grandson"]
RELTYPE_ES = {"mother": "madre", "father": "padre", "sister": "hermana", "brother": "hermano", "partner": "pareja",
              "wife": "esposa", "husband": "esposo", "roommate": "compañera de cuarto", "aunt": "tía",
              "girlfriend": "novia", "boyfriend": "novio", "daughter": "hija", "son": "hijo", "niece": "sobrina",
              "neighbor": "vecino/a", "grandson": "nieto"}
MAILS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com", "comcast.net"]
HANDLE_W = ["nightowl", "quiet.river", "lostinpdx", "moonchild", "sk8rboi", "bluejay", "rainy_day", "ghost", "oregontrail",
            "fernleaf", "cedar", "staticnoise", "hollowpine"]
PLATE_FMT = [lambda: "%s %s" % (digits(3), alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ")),
             lambda: "%s%s" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(3)),
             lambda: "%s%s%s" % (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(4), "")]
CARS = ["silver 2014 Subaru Outback", "black Honda Civic", "white Ford F-150", "red Toyota Corolla",
        "grey Nissan Rogue", "blue Kia Soul", "green Jeep Cherokee", "maroon Chevy Malibu"]


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    pass


def mk_person(i, first, last, sex):
    p = Person()
    p.first, p.last, p.sex = first, last, sex
    p.mid = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.6 else ""
    if first in ELDERLY:
        p.dob = date(rng.randint(1928, 1934), rng.randint(1, 12), rng.randint(1, 28))
    else:
        p.dob = date(rng.randint(1952, 2009), rng.randint(1, 12), rng.randint(1, 28))
    ref = date(2024, 11, 8)
    p.age = ref.year - p.dob.year - ((ref.month, ref.day) < (p.dob.month, p.dob.day))
    g = GEOS[i % len(GEOS)] if i < len(GEOS) else rng.choice(GEOS)
    p.city, p.county, zips, npas, lat, lon, p.ratecenter = g
    p.state = STATE_OF.get(p.county, "OR")
    p.zip = rng.choice(zips)
    p.lat = round(lat + rng.uniform(-0.04, 0.04), 6)
    p.lon = round(lon + rng.uniform(-0.05, 0.05), 6)
    st = rng.choice(STREETS_PDX if p.city == "Portland" else STREETS_GEN)
    p.hno = str(rng.randint(100, 19999))
    p.predir, p.rd, p.sts = st
    p.street = " ".join(x for x in [p.hno, p.predir, p.rd, p.sts] if x)
    p.unit = rng.choice(["", "", "Apt 3", "Apt 12B", "Unit 204", "#7", "Spc 41", "Apt C"])
    p.phone = mk_phone(npas)
    p.npas = npas
    base = fold(first.split()[0].lower().replace("-", "")) + rng.choice([".", "_", ""]) + fold(last.lower().replace(" ", "").replace("'", ""))
    p.email = (base[:18] + (digits(2) if rng.random() < 0.5 else "") + "@" + rng.choice(MAILS))
    p.handle = rng.choice(HANDLE_W) + rng.choice(["_", ".", ""]) + digits(rng.choice([2, 2, 3, 4]))
    p.client_id = "CL-%07d" % rng.randint(10000, 99999)
    p.case_no = "CASE-2024-%05d" % rng.randint(1000, 99999)
    p.mrn = rng.choice(["UC", "E", "MR", ""]) + digits(rng.choice([7, 8]))
    p.ohp = alnum(2, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(5) + alnum(1, "ABCDEFGHJKLMNPQRSTUVWXYZ")
    p.mbi = mk_mbi()
    p.ssn = mk_ssn()
    p.imei = mk_imei()
    p.ip = "%d.%d.%d.%d" % (rng.choice([73, 76, 24, 67, 97, 174, 50, 71, 98, 172]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    p.plate = rng.choice(PLATE_FMT)()
    p.vin = mk_vin()
    p.car = rng.choice(CARS)
    p.dl = digits(7) if p.state == "OR" else "WDL" + alnum(9)
    p.acct = rng.choice(["PA", "A", "ACCT"]) + digits(8)
    p.pcn = "CCS" + "2411" + digits(6)
    p.relfirst = REL_FIRST[i % len(REL_FIRST)]
    rg = "M" if p.relfirst in REL_MALE else "F"
    p.reltype = rng.choice((REL_BY_G_OLD if first in ELDERLY else REL_BY_G)[rg])
    p.rellast = last if rng.random() < 0.55 else rng.choice(REL_LAST)
    if p.reltype in ("neighbor", "roommate") and p.rellast == last:
        p.rellast = rng.choice(REL_LAST)
    p.relphone = mk_phone(npas)
    p.relemail = fold(p.relfirst.lower()) + "." + fold(p.rellast.lower().replace(" ", "").replace("'", "")) + "@" + rng.choice(MAILS)
    p.url = rng.choice(["https://www.instagram.com/%s/" % p.handle.replace("_", "."),
                        "https://www.facebook.com/%s.%s.%s" % (fold(first.split()[0].lower()), fold(last.lower().replace(" ", "")), digits(2)),
                        "https://www.gofundme.com/f/help-%s-%s-get-back-home" % (fold(first.split()[0].lower()), fold(last.lower().replace(" ", "-").replace("'", ""))),
                        "https://www.tiktok.com/@%s" % p.handle.replace(".", "_")])
    p.voice = "vp2:" + b64(36)
    return p


PEOPLE = [mk_person(i, *n) for i, n in enumerate(NAMES)]
_order = list(range(len(PEOPLE)))
rng.shuffle(_order)
RECENT = []


def pick(elderly=None):
    if elderly is not None:
        cands = [p for p in PEOPLE if (p.first in ELDERLY) == elderly]
        p = rng.choice(cands)
    elif RECENT and rng.random() < 0.45:
        p = rng.choice(RECENT[-6:])
    elif _order:
        p = PEOPLE[_order.pop()]
    else:
        p = rng.choice(PEOPLE)
    RECENT.append(p)
    return p


def fname(p, style=None):
    f, l, m = p.first, p.last, p.mid
    styles = ["%s %s" % (f, l), "%s, %s" % (l.upper(), f.upper()), "%s, %s" % (l, f), ("%s %s" % (f, l)).lower(),
              "%s. %s" % (f[0], l), ("%s %s. %s" % (f, m, l)) if m else "%s %s" % (f, l), "%s %s" % (l.upper(), f.upper()),
              "%s, %s." % (l, f[0])]
    return styles[rng.randrange(len(styles)) if style is None else style]


def cnam_of(p):
    return fold("%s %s" % (p.last.upper(), p.first.upper()))[:15].strip()


def psap_for(p):
    m = {"Lane": 0, "Multnomah": 1, "Washington": 1, "Clackamas": 1, "Clark": 2, "Cowlitz": 2, "Deschutes": 3,
         "Marion": 4, "Jackson": 5, "Klamath": 5}
    return PSAPS[m[p.county]] if p.county in m else rng.choice(PSAPS)


def initials(p):
    return "%s.%s." % (p.first[0], p.last.replace("van der ", "V").replace("de la ", "D")[0].upper())


def relname(p, style=None):
    s = rng.randrange(3) if style is None else style
    return ["%s %s" % (p.relfirst, p.rellast), p.relfirst, "%s, %s" % (p.rellast.upper(), p.relfirst.upper())][s]


def full_street(p):
    return p.street + ((" " + p.unit) if p.unit else "")


def mapping(p):
    m = {
        "name": (fname(p), "name"), "first": (p.first, "name"), "last": (p.last, "name"),
        "dob": (fdate(p.dob), "date"), "phone": (fphone(p.phone), "phone"),
        "street": (full_street(p), "address"), "city": (p.city, "address"),
        "county": (p.county + " County", "address"), "zip": (p.zip, "zip"),
        "email": (p.email, "email"), "reltype": p.reltype, "reltype_es": RELTYPE_ES[p.reltype],
        "relname": (relname(p), "name"), "relphone": (fphone(p.relphone), "phone"),
        "relemail": (p.relemail, "email"),
        "age": (str(p.age), "age" if p.age > 89 else None),
        "client": (p.client_id, "other_id"), "case": (p.case_no, "other_id"),
        "mrn": (p.mrn, "mrn"), "ohp": (p.ohp, "health_plan"), "plate": (p.plate, "vehicle"),
        "vin": (p.vin, "vehicle"), "car": p.car, "handle": (p.handle, "other_id"), "url": (p.url, "url"),
        "lat": ("%.5f" % p.lat, "address"), "lon": ("%.5f" % p.lon, "address"),
        "landmark": (rng.choice(LANDMARKS), "address"), "dl": (p.dl, "license"),
        "staff": rng.choice(STAFF)[0], "mct": rng.choice(MCT_STAFF), "psap": psap_for(p)[0],
        "facility": rng.choice(FACILITIES)[0], "hospital": rng.choice(HOSPITALS),
        "fudate": (fdate(date(2024, 11, rng.randint(9, 15)), rng.choice([0, 1, 2, 4, 7])), "date"),
        "admitdate": (fdate(date(2024, rng.randint(8, 11), rng.randint(1, 7)), rng.choice([0, 1, 3, 4])), "date"),
        "lastattempt": (rng.choice(["%s %d" % (MONTHS[rng.randint(0, 11)], rng.randint(2016, 2023)),
                                    "%02d/%d" % (rng.randint(1, 12), rng.randint(2016, 2023))]), "date"),
        "initials": (initials(p), "name"),
    }
    return m


STAFF = [("Kara Abernathy", "kabernathy", 4471), ("Luis Ferreira", "lferreira", 4418), ("Renee Tallchief", "rtallchief", 4430),
         ("Michael Bui", "mbui", 4462), ("Ines Moreau", "imoreau", 4409), ("Trevor Haas", "thaas", 4457),
         ("Nadia Qureshi", "nqureshi", 4423), ("Jordan Pike", "jpike", 4440)]
MCT_STAFF = ["Sam Oyelaran, QMHP", "Bethany Greer, EMT-P", "Omar Siddiqui, CHW", "Rachel Nakamura, LCSW", "Dev Patel, peer"]
PSAPS = [("Lane County 911 (Eugene)", "urn:nena:psap:or.lane.eugene"), ("BOEC Portland", "urn:nena:psap:or.multnomah.boec"),
         ("CRESA", "urn:nena:psap:wa.clark.cresa"), ("Deschutes County 911", "urn:nena:psap:or.deschutes.dc911"),
         ("METCOM 911", "urn:nena:psap:or.marion.metcom"), ("ECSO", "urn:nena:psap:or.jackson.ecso")]
FACILITIES = [("Unity Center for Behavioral Health", "UNITY", "503-944-8000", "503-944-8011"),
              ("Cascadia Crisis Stabilization Center - East", "CCSC-E", "503-674-7620", "503-674-7699"),
              ("Riverbend CSU", "RBCSU", "541-505-3300", "541-505-3391"),
              ("Deschutes County Stabilization Center", "DCSC", "541-585-7210", "541-585-7299"),
              ("Clark County Crisis Triage", "CCCT", "360-397-8470", "360-397-8471"),
              ("Pathways CSU Salem", "PCSU", "503-581-5535", "503-581-5599")]
HOSPITALS = ["Legacy Emanuel", "OHSU", "Providence Portland", "PeaceHealth Sacred Heart", "St. Charles Bend",
             "Salem Hospital", "PeaceHealth Southwest"]
CARRIER_IPS = ["198.51.100.23", "198.51.100.61", "203.0.113.10", "203.0.113.44"]
CARRIERS = ["T-Mobile", "Verizon", "AT&T", "US Cellular", "Lumen", "Comcast VoIP"]
CENTERS = ["OR-MULT-01", "OR-LANE-01", "OR-CENT-02", "WA-SW-03", "OR-SOUTH-01", "OR-STATE-BACKUP"]
UNITS = ["MCT-1", "MCT-2", "MCT-3", "MCT-4", "MCT-7", "MCT-E1", "MCT-W2"]
PODS = ["crm/crm-api-7d9f8b6c5-x2kqp", "telephony/georoute-6b8f9d7c4-mm2lz", "chat/chat-gw-5c9d7f6b8-q8w4r",
        "dispatch/cad-bridge-84c6d9-tt7pn", "beds/bedreg-client-77f5c-2xk9d", "jobs/celery-worker-6f9b-8vhd2",
        "telephony/esinet-bridge-5b7c-9kq2w", "reports/kpi-extract-28842150-h7x2m"]
HOSTS = ["chat-gw-5c9d7f6b8-q8w4r", "chat-gw-5c9d7f6b8-zt9mk"]


def staff():
    return rng.choice(STAFF)


# ================================================================ PHI events
def e_fs_newchan():
    p = pick()
    CLK.tick()
    L = Line("freeswitch")
    u = uuid()
    if rng.random() < 0.5:
        L.t("%s [NOTICE] switch_channel.c:1118 New Channel sofia/external/" % ts_fs())
        L.p("+1" + p.phone, "phone").t("@%s [%s]" % (rng.choice(CARRIER_IPS), u))
    else:
        L.t("%s [INFO] mod_dptools.c:1743 %s EXECUTE [depth=0] sofia/external/" % (ts_fs(), u))
        L.p(p.phone, "phone").t("@%s set(effective_caller_id_number=" % rng.choice(CARRIER_IPS))
        L.p(p.phone, "phone").t(")")
    return [L]


def e_fs_dump():
    p = pick()
    CLK.tick()
    u = uuid()
    ts = ts_fs()
    out = []
    L = Line("freeswitch")
    L.t("%s [INFO] mod_dptools.c:1743 EXECUTE [depth=0] sofia/external/" % ts).p("+1" + p.phone, "phone")
    L.t("@%s info()" % rng.choice(CARRIER_IPS))
    out.append(L)
    cnam = rng.random() < 0.5
    rows = [("Channel-State", "CS_EXECUTE", None), ("Unique-ID", u, None),
            ("Caller-Caller-ID-Name", cnam_of(p) if cnam else "WIRELESS CALLER", "name" if cnam else None),
            ("Caller-Caller-ID-Number", "+1" + p.phone, "phone"), ("Caller-Network-Addr", rng.choice(CARRIER_IPS), None),
            ("Caller-Destination-Number", "988", None), ("variable_sip_geolocation", "<cid:%s@sbc01.cascadiacrisis.org>" % hx(12), None),
            ("variable_georoute_center", rng.choice(CENTERS), None), ("variable_georoute_ratecenter", p.ratecenter, "address"),
            ("variable_sip_user_agent", "Vibrant-988-RoutingSBC/4.2", None)]
    for k, v, cat in rows:
        if rng.random() < 0.25 and cat is None:
            continue
        L = Line("freeswitch")
        L.t("%s: [" % k).p(v, cat).t("]")
        out.append(L)
    return out


def e_fs_xfer():
    p = pick()
    CLK.tick()
    s = staff()
    L = Line("freeswitch")
    L.t("%s [NOTICE] switch_ivr.c:2155 Transfer sofia/external/" % ts_fs()).p("+1" + p.phone, "phone")
    L.t("@%s to XML[%s@default] (warm, initiated by agent %s ext %d)" % (
        rng.choice(CARRIER_IPS), rng.choice(["988-mct-warm", "988-spanish-pool", "988-veterans-press1", "psap-conf-bridge"]), s[1], s[2]))
    return [L]


def e_sip_invite():
    p = pick()
    CLK.tick()
    L = Line("kamailio")
    cid = "%s@%s" % (hx(24), rng.choice(CARRIER_IPS))
    L.t("%s sbc01 /usr/sbin/kamailio[%d]: INFO: <script>: rx INVITE from %s:5060 msg=\"INVITE sip:988@sbc01.cascadiacrisis.org SIP/2.0\\r\\nVia: SIP/2.0/UDP %s:5060;branch=z9hG4bK%s\\r\\n" % (
        ts_syslog(), rng.randint(2200, 2299), rng.choice(CARRIER_IPS), rng.choice(CARRIER_IPS), hx(10)))
    if rng.random() < 0.5:
        L.t('From: "').p(cnam_of(p), "name").t('" <sip:')
    else:
        L.t('From: "WIRELESS CALLER" <sip:')
    L.p("+1" + p.phone, "phone").t("@%s>;tag=%s\\r\\nTo: <sip:988@sbc01.cascadiacrisis.org>\\r\\nCall-ID: %s\\r\\nP-Asserted-Identity: <tel:" % (
        rng.choice(CARRIER_IPS), hx(8), cid))
    L.p("+1" + p.phone, "phone").t(">\\r\\nGeolocation: <cid:%s@carrier.example>\\r\\nGeolocation-Routing: yes\\r\\nContent-Type: application/sdp\\r\\nContent-Length: %d\\r\\n\\r\\n\"" % (hx(10), rng.randint(240, 420)))
    return [L]


def e_georoute():
    p = pick()
    CLK.tick()
    L = Line("georoute-zap")
    method = rng.choice(["georoute_cell", "dbh", "npa_nxx"])
    d = {"level": "info", "ts": round(ts_epoch(), 3), "caller": "route/decide.go:%d" % rng.choice([212, 214, 230]),
         "msg": "route decision", "ani": ("+1" + p.phone, "phone"), "npa": p.phone[:3], "nxx": p.phone[3:6],
         "method": method}
    if method == "georoute_cell":
        d["cell_site"] = "311480-%02d-%s-%d" % (rng.randint(1, 40), hx(4).upper(), rng.randint(1, 3))
        d["sector_lat"] = (round(p.lat + rng.uniform(-0.01, 0.01), 4), "address")
        d["sector_lon"] = (round(p.lon + rng.uniform(-0.01, 0.01), 4), "address")
    elif method == "dbh":
        d["dbh"] = {"lat": (p.lat, "address"), "lon": (p.lon, "address"), "uncertainty_m": rng.randint(8, 60), "confidence": 90}
    else:
        d["rate_center"] = (p.ratecenter, "address")
        d["fallback"] = True
    d["carrier"] = rng.choice(CARRIERS)
    d["center"] = rng.choice(CENTERS)
    d["latency_ms"] = rng.randint(9, 140)
    d["trace_id"] = hx(32)
    jobj(L, d)
    return [L]


def e_carrier_loc():
    p = pick()
    CLK.tick()
    L = Line("georoute-zap")
    d = {"level": "debug", "ts": round(ts_epoch(), 3), "caller": "carrier/locate.go:141", "msg": "carrier location response",
         "ani": ("+1" + p.phone, "phone"), "imei": (p.imei, "device"), "pos": {"lat": (p.lat, "address"), "lon": (p.lon, "address")},
         "unc_m": rng.randint(5, 80), "method": rng.choice(["DBH", "AGPS", "WLAN"]), "carrier": rng.choice(CARRIERS[:4]),
         "elapsed": "%dms" % rng.randint(180, 1400)}
    jobj(L, d)
    return [L]


def e_ali():
    p = pick()
    CLK.tick()
    L = Line("ali-spill")
    a, b, c = p.phone[:3], p.phone[3:6], p.phone[6:]
    L.t("%s ali-gw[%d]: ALI RECORD " % (ts_syslog(), rng.randint(300, 399))).p("(%s) %s-%s" % (a, b, c), "phone")
    L.t(" CLASS=%s COS=%s ESN=%04d CALLBACK=" % (rng.choice(["WPH2", "WPH1", "VOIP"]), rng.choice(["WRLS", "VOIP"]), rng.randint(100, 999)))
    L.p(p.phone, "phone").t(" LAT=").p("%+.6f" % p.lat, "address").t(" LON=").p("%+.6f" % p.lon, "address")
    L.t(" UNC=%06d CONF=90 CARRIER=%s PSAP=%s" % (rng.randint(5, 90), rng.choice(["TMOB", "VZW", "ATTMO", "USCC"]), ["EUGENE 911", "BOEC", "CRESA", "DC911", "METCOM", "ECSO"][PSAPS.index(psap_for(p))]))
    return [L]


def e_twilio_in():
    p = pick()
    CLK.tick()
    L = Line("twilio-flask")
    body_tpl = rng.choice([
        "i+dont+want+to+be+here+anymore", "is+anyone+there", "my+name+is+{first}+and+i+need+help",
        "im+at+{street_enc}+pls+dont+call+cops", "hola+necesito+hablar+con+alguien", "can+someone+call+my+{reltype}+{relphone_enc}"])
    L.t("%s INFO sms_gateway.views: inbound webhook " % ts_comma())
    sid = "SM" + hx(32)
    pairs = [("ToCountry", "US"), ("ToState", "OR"), ("SmsMessageSid", sid), ("NumMedia", "0"),
             ("FromCity", (p.ratecenter.replace(" ", "+"), "address")), ("FromZip", (p.zip, "zip")), ("FromState", p.state),
             ("From", ("%2B1" + p.phone, "phone")), ("To", "988"), ("MessagingServiceSid", "MG" + hx(32))]
    body = []
    for pc in tp(body_tpl, {"first": (p.first.split()[0], "name"), "street_enc": (full_street(p).replace(" ", "+").replace("#", "%23"), "address"),
                            "reltype": p.reltype, "relphone_enc": (p.relphone, "phone")}):
        body.append(pc)
    pairs.append(("Body", R(*body)))
    for i, (k, v) in enumerate(pairs):
        if i:
            L.t("&")
        L.t(k + "=")
        if isinstance(v, R):
            L.pieces(v.pieces)
        elif isinstance(v, tuple):
            L.p(*v)
        else:
            L.t(v)
    return [L]


def e_twilio_out():
    p = pick()
    CLK.tick()
    L = Line("twilio-flask")
    st = rng.choice(["no-answer", "completed", "busy", "completed", "failed"])
    L.t("%s INFO followups.voice: status callback CallSid=CA%s CallStatus=%s To=" % (ts_comma(), hx(32), st))
    L.p(rng.choice(["+1" + p.phone, "%2B1" + p.phone]), "phone")
    L.t(" Direction=outbound-api Duration=%d AnsweredBy=%s" % (0 if st != "completed" else rng.randint(40, 900), rng.choice(["human", "machine_end_beep", "unknown"])))
    return [L]


def e_twilio_err():
    p = pick()
    CLK.tick()
    L = Line("python-traceback")
    L.t("twilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number ")
    L.p("+1" + p.phone, "phone").t(" is not a valid phone number. (code 21211) [followup=")
    L.p("FU-24-%06d" % rng.randint(100000, 999999), "other_id").t("]")
    return [L]


def e_chat_connect():
    p = pick()
    CLK.tick()
    L = Line("chat-pino")
    d = {"level": 30, "time": int(ts_epoch() * 1000), "pid": 23, "hostname": rng.choice(HOSTS), "reqId": "req-%s" % hx(4),
         "conversationId": "c_" + hx(20), "visitor": {"ip": (p.ip, "ip"), "ua": rng.choice([
             "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
             "Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36",
             "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36"]),
             "handle": (p.handle, "other_id")}, "queue": rng.choice(["988-chat", "988-chat-es", "988-chat-youth"]),
         "msg": "visitor connected"}
    jobj(L, d)
    return [L]


CHAT_PHI = [
    "my name is {first} btw. i dont really want to say my last name",
    "im at {street} in {city}, the apartment above the laundromat",
    "i'm parked at {landmark} in my {car}",
    "my {reltype}s number is {relphone} if you need to call someone",
    "can you send the resources to {email}",
    "this is my page if something happens {url}",
    "No quiero seguir así. Vivo en {street}, {city}.",
    "me llamo {name} y tengo miedo",
    "ok my full name is {name}, dob {dob}",
    "i live at {street} {city} {zip} but im not there right now",
    "its {handle} on discord if you want to check on me tmrw",
]
CHAT_NOPHI_V = ["ok", "i dont know", "thank you for listening", "ok i will try the breathing thing",
                "no one would even notice", "i took a few pills but i think im ok?", "can i text again tomorrow",
                "i havent slept in 3 days", "yeah im safe for now", "my therapist is on vacation until the 20th",
                "sorry typing slow", "i'm 16 does that matter", "no quiero que llamen a la policía"]
CHAT_NOPHI_C = ["I'm really glad you reached out tonight. Are you safe right now?",
                "Thank you for telling me that. Have you taken anything in the last few hours?",
                "It sounds like you're carrying a lot. What's been happening today?",
                "Would it be okay if we made a plan together for the next few hours?",
                "¿Estás en un lugar seguro en este momento?",
                "You can text 988 any time, day or night."]


def e_chat_msg_phi():
    p = pick()
    CLK.tick()
    m = mapping(p)
    m["first"] = (p.first.split()[0], "name")
    m["name"] = (fname(p, rng.choice([0, 3, 3])), "name")
    L = Line("chat-pino")
    tpl = rng.choice(CHAT_PHI)
    d = {"level": 30, "time": int(ts_epoch() * 1000), "pid": 23, "hostname": rng.choice(HOSTS),
         "conversationId": "c_" + hx(20), "event": "message", "from": "visitor", "seq": rng.randint(2, 60),
         "text": R(tp(tpl, m)), "msg": "message relayed"}
    jobj(L, d)
    return [L]


CRM_NOTES = [
    "Caller {name} (DOB {dob}) reports SI w/ plan to overdose on stored meds; last attempt {lastattempt}. Agreed to give meds to {reltype} {relname} ({relphone}). Safety plan reviewed.",
    "Texter identified self as {first}, staying in car at {landmark}; {car} plate {plate}. Declined EMS, MCT offered and accepted.",
    "Pt {name} known to CSU (MRN {mrn}). Requests bed; bed registry shows 1 open at {facility}. Warm transfer to MCT lead {mct}.",
    "Imminent risk: caller has firearm in hand. Location per carrier {lat}, {lon}. 911 conference with {psap}; callback {phone}.",
    "F/U call attempt #2 to {phone} - no answer, VM left (generic, no agency name) per consent. Next attempt {fudate}.",
    "Client {name} asked that future contact go to {email}; verbal consent recorded by {staff}.",
    "{reltype} {relname} called back from {relphone}, states {first} was admitted to {hospital} on {admitdate}.",
    "Llamante {name} (fecha de nac. {dob}) refiere ideación suicida sin plan. Vive con su {reltype_es} {relname} en {street}, {city}. Tel. {phone}.",
    "Se programó seguimiento para el {fudate}. Prefiere español; su {reltype_es} {relname} ({relphone}) puede acompañar.",
    "Caller {name} lives at {street}, {city} {zip}. Reports command AH to hurt self, no plan. Linked to {case}.",
    "Interpreter ({lang}, LanguageLine #48211) used. Caller {name}, {county}; requests callback at {phone} after 6pm.",
]
CRM_OLD = [
    "3rd party caller {relname} ({relphone}) worried about {reltype_of} {name}, {age} y/o, lives alone at {street}, {city}. Not answering door since yesterday.",
    "Welfare check requested for {name}, age {age}, {street} {city}; {reltype} {relname} says {pron} stopped eating after spouse's death.",
    "{name} ({age}yo) called {self}, lonely, denies SI today. Medicare {mbi}. Agreed to weekly friendly-caller program.",
]


def e_crm_note():
    s = staff()
    old = rng.random() < 0.28
    p = pick(elderly=True) if old else pick()
    CLK.tick()
    m = mapping(p)
    m["first"] = (p.first.split()[0], "name")
    m["reltype_of"] = {"daughter": "mother", "son": "father", "niece": "aunt", "neighbor": "neighbor", "grandson": "grandmother"}.get(p.reltype, "relative")
    m["mbi"] = (p.mbi, "health_plan")
    m["self"] = "herself" if p.sex == "F" else "himself"
    m["pron"] = "she" if p.sex == "F" else "he"
    m["lang"] = rng.choice(["Vietnamese", "Russian", "Spanish", "Somali", "Ukrainian", "Chuukese", "Arabic"])
    tpl = rng.choice(CRM_OLD if old else CRM_NOTES)
    L = Line("rails-logger")
    L.t("I, [%s #%d]  INFO -- : [%s] ContactNote created " % (CLK.t.strftime("%Y-%m-%dT%H:%M:%S.%f"), rng.randint(4400, 4499), uuid()))
    kv(L, [("note_id", str(rng.randint(880000, 899999))), ("client_id", (p.client_id, "other_id")), ("author", s[1]),
           ("risk", rng.choice(["LOW", "MODERATE", "HIGH", "IMMINENT"])), ("body", R(tp(tpl, m)))])
    return [L]


def e_crm_sf():
    p = pick()
    CLK.tick()
    L = Line("salesforce-json")
    L.t("%s DEBUG 1 --- [   sf-sync-3] c.c.crm.sync.SalesforceClient : GET /services/data/v59.0/sobjects/Contact/%s -> " % (ts_spring(), "0035e0000" + alnum(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")))
    d = {"attributes": {"type": "Contact"}, "FirstName": (p.first, "name"), "LastName": (p.last, "name"),
         "Birthdate": (p.dob.isoformat(), "date"), "MailingStreet": (full_street(p), "address"), "MailingCity": (p.city, "address"),
         "MailingState": p.state, "MailingPostalCode": (p.zip, "zip"), "HomePhone": (fphone(p.phone, rng.choice([1, 2])), "phone"),
         "Email": (p.email, "email") if rng.random() < 0.6 else None, "Client_Number__c": (p.client_id, "other_id"),
         "Medicaid_ID__c": (p.ohp, "health_plan") if rng.random() < 0.6 else None,
         "SSN__c": (p.ssn, "ssn") if rng.random() < 0.3 else None, "SSN_Last4__c": p.ssn[-4:],
         "Preferred_Language__c": rng.choice(["English", "Spanish", "Vietnamese", "Russian", "English"]), "Veteran__c": rng.random() < 0.15}
    jobj(L, d)
    return [L]


def e_cssrs():
    p = pick()
    CLK.tick()
    s = staff()
    L = Line("cssrs-json")
    q = [rng.random() < 0.7, rng.random() < 0.6, rng.random() < 0.5, rng.random() < 0.3, rng.random() < 0.25, rng.random() < 0.2]
    lvl = "HIGH" if q[3] or q[4] else ("MODERATE" if q[2] else "LOW")
    subj = {"dob": (fdate(p.dob, rng.choice([0, 1])), "date")}
    if p.age > 89 or rng.random() < 0.4:
        subj["age"] = (p.age, "age" if p.age > 89 else None)
    subj["sexAtBirth"] = p.sex
    d = {"assessmentId": "ra_" + hx(16), "clientId": (p.client_id, "other_id"), "contactId": uuid(),
         "instrument": "C-SSRS-SCREEN-v2", "responses": {"q1_wish_dead": q[0], "q2_suicidal_thoughts": q[1], "q3_method": q[2],
                                                         "q4_intent": q[3], "q5_plan": q[4], "q6_behavior_3mo": q[5]},
         "riskLevel": lvl, "imminent": lvl == "HIGH" and rng.random() < 0.5, "subject": subj,
         "protectiveFactors": rng.sample(["pet", "children", "faith", "future plans", "therapist", "sibling support"], 2), "assessedBy": s[1]}
    L.t("%s  INFO 1 --- [nio-8080-exec-%d] c.c.crm.risk.RiskAssessmentService   : persisted " % (ts_spring(), rng.randint(1, 9)))
    jobj(L, d)
    return [L]


def e_escalation():
    p = pick()
    CLK.tick()
    L = Line("spring-boot")
    ps = psap_for(p)
    L.t("%s  WARN 1 --- [nio-8080-exec-%d] c.c.crm.escalation.EscalationService   : IMMINENT_RISK escalation " % (ts_spring(), rng.randint(1, 9)))
    L.p("ESC-24-%05d" % rng.randint(1000, 9999), "other_id").t(' -> PSAP "%s" subject="' % ps[0]).p(fname(p, rng.choice([0, 2, 5])), "name")
    L.t('" loc="').p(full_street(p), "address").t(", ").p(p.city, "address").t('" cbn=').p(p.phone, "phone")
    L.t(" method=%s agent=%s" % (rng.choice(["conference", "blind", "text-to-911-relay"]), staff()[1]))
    return [L]


def e_pidf():
    p = pick()
    CLK.tick()
    ps = psap_for(p)
    L = Line("pidf-lo-xml")
    L.t("%s esinet-bridge[%d]: INFO sending PIDF-LO to psap=%s body=" % (ts_iso(), rng.randint(800, 899), ps[1]))
    L.t('<?xml version="1.0" encoding="UTF-8"?><presence xmlns="urn:ietf:params:xml:ns:pidf" entity="pres:').p("+1" + p.phone, "phone")
    L.t('@crisis.cascadiacrisis.org"><tuple id="%s"><status><geopriv xmlns="urn:ietf:params:xml:ns:pidf:geopriv10"><location-info>' % hx(6))
    if rng.random() < 0.6:
        L.t('<ca:civicAddress xmlns:ca="urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr"><ca:country>US</ca:country><ca:A1>%s</ca:A1><ca:A2>' % p.state)
        L.p(p.county, "address").t("</ca:A2><ca:A3>").p(p.city, "address").t("</ca:A3>")
        if p.predir:
            L.t("<ca:PRD>").p(p.predir, "address").t("</ca:PRD>")
        L.t("<ca:RD>").p(p.rd, "address").t("</ca:RD><ca:STS>").p(p.sts, "address").t("</ca:STS><ca:HNO>").p(p.hno, "address")
        L.t("</ca:HNO><ca:PC>").p(p.zip, "zip").t("</ca:PC><ca:NAM>").p(p.last, "name").t(" residence</ca:NAM></ca:civicAddress>")
        meth = "Manual"
    else:
        L.t('<gml:Point xmlns:gml="http://www.opengis.net/gml" srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>')
        L.p("%.6f" % p.lat, "address").t(" ").p("%.6f" % p.lon, "address").t("</gml:pos></gml:Point>")
        meth = "DBH"
    L.t("</location-info><usage-rules/><method>%s</method></geopriv></status><timestamp>%s</timestamp></tuple></presence>" % (meth, ts_utcz()))
    return [L]


def cad_ts():
    return ts_iso(ms=False)


INCIDENTS = []


def e_cad_disp():
    p = pick()
    CLK.tick()
    inc = "MCT24-%06d" % rng.randint(4000, 9999)
    INCIDENTS.append(inc)
    L = Line("cad-pipe")
    L.t("CAD|%s|" % cad_ts()).p(inc, "other_id").t("|DISP|UNIT=%s|PRI=%d|NATURE=%s|LOC=" % (
        rng.choice(UNITS), rng.randint(1, 3), rng.choice(["SI/WELFARE", "PSYCH CRISIS", "SI W/ PLAN", "3RD PTY CONCERN", "OD RISK"])))
    L.p((p.street + (" " + p.unit.upper() if p.unit else "")).upper(), "address").t("|CITY=").p(p.city.upper(), "address")
    L.t("|CLIENT=").p(fname(p, 1), "name").t("|DOB=").p(p.dob.strftime("%Y%m%d"), "date")
    if p.age > 89:
        L.t("|AGE=").p(str(p.age), "age")
    L.t("|CB=").p(p.phone, "phone")
    if rng.random() < 0.4:
        L.t("|VEH=%s " % p.car.upper()).p(p.plate, "vehicle")
    L.t("|HAZ=%s" % rng.choice(["NONE KNOWN", "FIREARM IN HOME", "DOG ON PREMISES", "PRIOR LE CONTACT"]))
    return [L]


def e_cad_status():
    if not INCIDENTS:
        return e_cad_disp()
    CLK.tick()
    inc = rng.choice(INCIDENTS[-4:])
    L = Line("cad-pipe")
    st = rng.choice(["ENRT|ETA=%d" % rng.randint(6, 35), "ONSC", "TRAN|DEST=%s" % rng.choice(FACILITIES)[1],
                     "CLR|DISPO=%s" % rng.choice(["STABILIZED_IN_PLACE", "TRANSPORT_CSU", "REFERRED_OP", "LE_HOLD", "GOA"])])
    L.t("CAD|%s|" % cad_ts()).p(inc, "other_id").t("|%s|UNIT=%s" % (st, rng.choice(UNITS)))
    return [L]


def e_cad_vin():
    p = pick()
    CLK.tick()
    L = Line("cad-pipe")
    inc = rng.choice(INCIDENTS[-3:]) if INCIDENTS else "MCT24-%06d" % rng.randint(4000, 9999)
    L.t("CAD|%s|" % cad_ts()).p(inc, "other_id").t("|NOTE|SRC=LE|TXT=LE ran subject ").p(fname(p, 6), "name")
    L.t(" DL %s " % p.state).p(p.dl, "license").t(" VALID; veh ").p(p.plate, "vehicle").t(" VIN ").p(p.vin, "vehicle").t(" reg to subj, no wants")
    return [L]


def e_mct_packet():
    p = pick()
    CLK.tick()
    L = Line("mct-tablet-json")
    photo = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/" + b64(rng.randint(90, 150))
    d = {"packetType": "welfare_check", "unit": rng.choice(UNITS), "sentAt": ts_utcz(),
         "incident": (rng.choice(INCIDENTS[-3:]) if INCIDENTS else "MCT24-004118", "other_id"),
         "subject": {"name": (fname(p, 0), "name"), "dob": (fdate(p.dob, 1), "date"), "photo": R("data:image/jpeg;base64,", (photo, "photo"))},
         "hazards": ["none reported"]}
    L.t("%s mct-push INFO fcm send ok msgId=0:%s%%%s payload=" % (ts_iso(), digits(16), hx(16)))
    jobj(L, d)
    return [L]


def e_celery_sched():
    p = pick()
    CLK.tick()
    L = Line("celery")
    due = datetime(2024, 11, rng.randint(9, 14), rng.choice([9, 10, 11, 13, 14, 16, 18]), rng.choice([0, 15, 30]), tzinfo=TZ)
    L.t("[%s: INFO/ForkPoolWorker-%d] followups.tasks.schedule_callback[%s]: scheduled " % (ts_comma(), rng.randint(1, 8), uuid()))
    L.p("FU-24-%06d" % rng.randint(100000, 999999), "other_id").t(" client=").p(p.client_id, "other_id")
    L.t(" to=").p("+1" + p.phone, "phone").t(" due=").p(due.isoformat(), "date")
    L.t(" channel=%s consent=%s attempt=%d" % (rng.choice(["voice", "sms"]), rng.choice(["verbal", "written", "verbal"]), rng.randint(1, 3)))
    return [L]


def e_bedhold():
    p = pick()
    CLK.tick()
    f = rng.choice(FACILITIES)
    L = Line("structlog")
    L.t("%s [info     ] bed_hold_created               " % ts_utcz())
    kv(L, [("expires_in", "2h"), ("facility", f[0]), ("hold_ref", ("BH-%05d" % rng.randint(10000, 99999), "other_id")),
           ("mrn", (p.mrn, "mrn") if rng.random() < 0.7 else "None"), ("patient_dob", (fdate(p.dob, rng.choice([0, 1])), "date")),
           ("patient_initials", (initials(p), "name")), ("requested_by", staff()[1]), ("unit", "CSU-" + rng.choice("ABC"))])
    return [L]


def e_bedhold_err():
    p = pick()
    CLK.tick()
    L = Line("structlog")
    L.t("%s [error    ] bed_registry_rejected          " % ts_utcz())
    kv(L, [("status", "409"), ("reason", "duplicate active hold for patient"), ("medicaid_id", (p.ohp, "health_plan")),
           ("patient", (fname(p, 3), "name")), ("trace_id", hx(32))])
    return [L]


def hl7_seg(L, fields):
    for i, f in enumerate(fields):
        if i:
            L.t("|")
        if isinstance(f, list):
            L.pieces(f)
        elif isinstance(f, tuple):
            L.p(*f)
        else:
            L.t(f)
    return L


def e_hl7():
    p = pick()
    CLK.tick()
    f = rng.choice(FACILITIES)
    ctl = "CCS%s%s" % (CLK.t.strftime("%Y%m%d%H%M%S"), digits(3))
    out = []
    H = Line("mllp-log")
    H.t("%s INFO  [mllp-out-2] o.c.crisis.hl7.MllpSender - sending ADT^A04 ctl=%s to %s:2575 (%d segments)" % (ts_spring(), ctl, f[1].lower() + "-hl7.cascadiacrisis.internal", 6))
    out.append(H)
    stamp = CLK.t.strftime("%Y%m%d%H%M%S")
    out.append(hl7_seg(Line("hl7v2"), ["MSH", "^~\\&", "CRISISCRM", "CASCADIA", "ADT", f[1], stamp, "", "ADT^A04^ADT_A01", ctl, "P", "2.5.1"]))
    out.append(hl7_seg(Line("hl7v2"), ["EVN", "A04", stamp, "", "", "%s^%s^%s" % (staff()[1].upper(), "", "")]))
    addr = [(p.street.upper(), "address"), "^"] + ([(p.unit.upper(), "address")] if p.unit else []) + ["^", (p.city.upper(), "address"), "^%s^" % p.state, (p.zip, "zip"), "^USA^H"]
    pid = ["PID", "1", "", [(p.mrn, "mrn"), "^^^%s^MR" % f[1]], "", [(p.last.upper(), "name"), "^", (p.first.upper(), "name"), "^" + p.mid],
           "", (p.dob.strftime("%Y%m%d"), "date"), p.sex, "", "", addr, "", [("^PRN^PH^^1^%s^%s" % (p.phone[:3], p.phone[3:]), "phone")],
           "", rng.choice(["eng", "spa", "vie", "rus"]), "", "", [(p.acct, "account")], (p.ssn, "ssn"), [(p.dl, "license"), "^" + p.state]]
    pid[13] = [(fphone(p.phone, 2).replace(" ", ""), "phone"), "^PRN^PH"]
    out.append(hl7_seg(Line("hl7v2"), pid))
    out.append(hl7_seg(Line("hl7v2"), ["NK1", "1", [(p.rellast.upper(), "name"), "^", (p.relfirst.upper(), "name")],
                                      "%s^%s^HL70063" % (p.reltype[:3].upper(), p.reltype.title()), "",
                                      [(fphone(p.relphone, 1), "phone")]]))
    pv1 = ["PV1", "1", "I", "CSU^%s^%02d^%s" % (rng.choice("AB"), rng.randint(1, 16), f[1]), "E", "", "",
           "1679543210^OYELARAN^SAM^^^QMHP", "", "", "PSY", "", "", "", "7", "", "", "", "",
           [("V%08d" % rng.randint(1000000, 9999999), "other_id"), "^^^%s^VN" % f[1]]]
    pv1 += [""] * (44 - len(pv1)) + [(CLK.t.strftime("%Y%m%d%H%M"), "date")]
    out.append(hl7_seg(Line("hl7v2"), pv1))
    in1 = ["IN1", "1", "OHPCCO^Oregon Health Plan", "HSO01", "HEALTH SHARE OF OREGON"] + [""] * 11
    in1 += [[(p.last.upper(), "name"), "^", (p.first.upper(), "name")], "SEL", (p.dob.strftime("%Y%m%d"), "date")]
    in1 += [""] * (36 - len(in1)) + [(p.ohp, "health_plan")]
    out.append(hl7_seg(Line("hl7v2"), in1))
    return out


X12_DONE = []


def e_x12():
    if X12_DONE:
        return e_celery_sched()
    X12_DONE.append(1)
    p = pick()
    CLK.tick()
    out = []
    H = Line("edi-x12")
    H.t("%s edi-outbound[2231]: writing 837P batch 4412 to sftp://mmis-edi.oha.state.or.us/inbound/837P_CCS_4412.x12 (1 claim)" % ts_syslog())
    out.append(H)
    yymmdd = CLK.t.strftime("%y%m%d")
    hhmm = CLK.t.strftime("%H%M")
    svc = date(2024, 11, rng.randint(4, 7))

    def seg(*parts):
        L = Line("edi-x12")
        for i, pc in enumerate(parts):
            if i:
                L.t("*")
            if isinstance(pc, tuple):
                L.p(*pc)
            elif isinstance(pc, list):
                L.pieces(pc)
            else:
                L.t(pc)
        L.t("~")
        out.append(L)

    seg("ISA", "00", " " * 10, "00", " " * 10, "ZZ", "CASCADIACRISIS ", "ZZ", "OHAMMIS        ", yymmdd, hhmm, "^", "00501", "000004412", "0", "P", ":")
    seg("GS", "HC", "CASCADIACRISIS", "OHAMMIS", "20" + yymmdd, hhmm, "4412", "X", "005010X222A1")
    seg("ST", "837", "0001", "005010X222A1")
    seg("BHT", "0019", "00", "4412", "20" + yymmdd, hhmm, "CH")
    seg("NM1", "41", "2", "CASCADIA CRISIS SERVICES", "", "", "", "", "46", "CCS0019")
    seg("PER", "IC", "BILLING DEPT", "TE", "5035550100", "FX", "5035550109")
    seg("NM1", "85", "2", "CASCADIA CRISIS SERVICES", "", "", "", "", "XX", "1679543210")
    seg("HL", "2", "1", "22", "0")
    seg("SBR", "P", "18", "", "", "", "", "", "", "MC")
    seg("NM1", "IL", "1", (fold(p.last.upper()), "name"), (fold(p.first.upper()), "name"), p.mid, "", "", "MI", (p.ohp, "health_plan"))
    if p.unit:
        seg("N3", (p.street.upper(), "address"), (p.unit.upper(), "address"))
    else:
        seg("N3", (p.street.upper(), "address"))
    seg("N4", (p.city.upper(), "address"), p.state, (p.zip, "zip"))
    seg("DMG", "D8", (p.dob.strftime("%Y%m%d"), "date"), p.sex)
    seg("CLM", (p.pcn, "account"), "375", "", "", "15:B:1", "Y", "A", "Y", "Y")
    seg("DTP", "472", "D8", (svc.strftime("%Y%m%d"), "date"))
    seg("REF", "EA", (p.mrn, "mrn"))
    seg("HI", "ABK:R45851", "ABF:F332")
    seg("SV1", "HC:H2011:HT", "375", "UN", "1", "", "", "1")
    seg("SE", "18", "0001")
    seg("GE", "1", "4412")
    seg("IEA", "1", "000004412")
    return out


def e_csv_detail():
    out = []
    CLK.tick()
    H = Line("kpi-extract")
    H.t("[%s: INFO/ForkPoolWorker-1] reports.tasks.build_kpi_extract: writing followup_detail_2024-11-08.csv (aggregate + detail rows, restricted distribution)" % ts_comma())
    out.append(H)
    out.append(Line("csv-report").t("row_type,period,county,client_ref,client_name,dob,zip,contact_type,disposition,followup_date,count"))
    for county in rng.sample(["Multnomah", "Lane", "Marion", "Clark", "Deschutes", "Jackson", "Washington"], 3):
        L = Line("csv-report")
        L.t("AGG,2024-11-08,%s,,,,,%s,%s,,%s" % (county, rng.choice(["call", "text", "chat"]), rng.choice(["resolved", "mct_dispatch", "followup"]),
                                             rng.choice(["<11", str(rng.randint(11, 180))])))
        out.append(L)
    for _ in range(rng.randint(3, 5)):
        p = pick()
        L = Line("csv-report")
        L.t("DETAIL,2024-11-08,").p(p.county, "address").t(",").p(p.client_id, "other_id").t(",")
        nm = fname(p, 2)
        if "," in nm:
            L.t('"').p(nm, "name").t('"')
        else:
            L.p(nm, "name")
        L.t(",").p(p.dob.strftime("%m/%d/%Y"), "date").t(",").p(p.zip, "zip")
        L.t(",%s,%s," % (rng.choice(["call", "text", "chat"]), rng.choice(["followup", "mct_dispatch", "csu_referral"])))
        L.p(date(2024, 11, rng.randint(9, 14)).isoformat(), "date").t(",1")
        out.append(L)
    out.append(Line("csv-report").t("TOTAL,2024-11-08,ALL,,,,,all,all,,%d" % rng.randint(380, 520)))
    return out


def e_cef_view():
    p = pick()
    CLK.tick()
    s = staff()
    L = Line("cef-audit")
    L.t("%s crm-audit CEF:0|Cascadia Crisis|CrisisCRM|5.12.3|RECORD_VIEW|Client record viewed|3|rt=%s suser=%s src=10.40.2.%d " % (
        CLK.t.strftime("%b %d %Y %H:%M:%S"), int(ts_epoch() * 1000), s[1], rng.randint(10, 90)))
    L.t("cs1Label=clientId cs1=").p(p.client_id, "other_id")
    if rng.random() < 0.5:
        L.t(" cs2Label=clientName cs2=").p(fname(p, 2), "name")
    L.t(" cs3Label=reason cs3=%s act=view outcome=success" % rng.choice(["active-contact", "followup", "qa-review", "supervisor-review"]))
    return [L]


def e_voiceid():
    p = pick()
    CLK.tick()
    L = Line("voiceid-json")
    ev = rng.choice(["match", "enroll"])
    d = {"svc": "voiceid", "ts": ts_utcz(), "event": ev, "ani": ("+1" + p.phone, "phone"),
         "voiceprint": (p.voice, "biometric"), "score": round(rng.uniform(0.78, 0.97), 3) if ev == "match" else None,
         "clientId": (p.client_id, "other_id") if ev == "match" else None, "model": "xvector-ecapa-2.3", "dur_ms": rng.randint(4000, 16000)}
    jobj(L, d, spaced=True)
    return [L]


def e_postfix():
    p = pick()
    CLK.tick()
    L = Line("postfix")
    rel = rng.random() < 0.3
    L.t("%s mail01 postfix/smtp[%d]: %s: to=<" % (ts_syslog(), rng.randint(4000, 4999), hx(10).upper()))
    L.p(p.relemail if rel else p.email, "email")
    L.t(">, relay=smtp.sendgrid.net[167.89.118.%d]:587, delay=%.1f, delays=0.1/0/0.6/0.5, dsn=2.0.0, status=sent (250 Ok: queued as %s)" % (
        rng.randint(2, 250), rng.uniform(0.4, 3.0), b64(12).replace("/", "x").replace("+", "y")))
    return [L]


def e_geocode_err():
    p = pick()
    CLK.tick()
    L = Line("python-logging")
    L.t("%s WARNING dispatch.geocode: geocode failed for '" % ts_comma())
    L.p(full_street(p), "address").t(", ").p(p.city, "address").t(" %s " % p.state).p(p.zip, "zip")
    L.t("': ZERO_RESULTS (provider=arcgis, attempt=%d)" % rng.randint(1, 3))
    return [L]


def e_match_err():
    p = pick()
    q = rng.choice(PEOPLE)
    CLK.tick()
    L = Line("spring-boot")
    L.t("%s ERROR 1 --- [nio-8080-exec-%d] c.c.crm.intake.ClientMatcher             : ambiguous match for \"" % (ts_spring(), rng.randint(1, 9)))
    L.p(fname(p, 2), "name").t("\" dob=").p(p.dob.isoformat(), "date").t(" candidates=[").p(p.client_id, "other_id").t(", ")
    L.p(q.client_id, "other_id").t("] - manual review required")
    return [L]


def e_fax_roi():
    p = pick()
    CLK.tick()
    L = Line("rails-logger")
    L.t("W, [%s #%d]  WARN -- : [%s] RoiRequest pending " % (CLK.t.strftime("%Y-%m-%dT%H:%M:%S.%f"), rng.randint(4400, 4499), uuid()))
    fax = mk_phone(p.npas)
    kv(L, [("case", (p.case_no, "other_id")), ("requester", R((relname(p, 0), "name"), " (%s)" % p.reltype)),
           ("deliver_via", "fax"), ("fax_to", (fphone(fax, rng.choice([1, 2, 3])), "fax")),
           ("note", rng.choice(["requester home fax, ROI signed", "requester home fax - awaiting client signature"]))])
    return [L]


def e_esc_email_relative():
    p = pick()
    CLK.tick()
    L = Line("celery")
    L.t("[%s: WARNING/ForkPoolWorker-%d] notify.tasks.send_family_update[%s]: recipient " % (ts_comma(), rng.randint(1, 8), uuid()))
    L.p(p.relemail, "email").t(" (").p(relname(p, 0), "name").t(", %s of " % p.reltype).p(p.client_id, "other_id")
    L.t(") has no ROI on file; message suppressed")
    return [L]


def e_social():
    p = pick()
    CLK.tick()
    L = Line("spring-boot")
    L.t("%s  INFO 1 --- [nio-8080-exec-%d] c.c.crm.referral.SocialReferralService  : referral %s from platform=%s trust_safety_ticket=%s " % (
        ts_spring(), rng.randint(1, 9), uuid(), {"facebook": "Meta", "instagram": "Meta", "tiktok": "TikTok", "gofundme": "GoFundMe"}[p.url.split(".")[1]], alnum(10)))
    L.t("profile_url=").p(p.url, "url")
    if rng.random() < 0.6:
        L.t(" matched_client=").p(p.client_id, "other_id")
    L.t(" geo_hint=").p(p.city, "address").t(" action=outreach_queued")
    return [L]


def e_claim_build():
    p = pick()
    CLK.tick()
    L = Line("spring-boot")
    L.t("%s DEBUG 1 --- [   claims-batch] c.c.billing.claims.ClaimBuilder          : built 837P line H2011-HT encounter=" % ts_spring())
    L.p("V%08d" % rng.randint(1000000, 9999999), "other_id").t(" patientAccount=").p(p.acct, "account")
    L.t(" payer=%s subscriberId=" % rng.choice(["OHP-FFS", "HSO-CCO", "PacificSource-CCO", "WA-Apple-Health"])).p(p.ohp, "health_plan")
    L.t(" dos=").p(date(2024, 11, rng.randint(1, 7)).strftime("%m/%d/%Y"), "date").t(" units=1 charge=375.00")
    return [L]


PHI_EVENTS = [(e_social, 2), (e_claim_build, 2), (e_fs_newchan, 8), (e_fs_dump, 3), (e_fs_xfer, 5), (e_sip_invite, 5), (e_georoute, 9), (e_carrier_loc, 4),
              (e_ali, 4), (e_twilio_in, 6), (e_twilio_out, 4), (e_twilio_err, 2), (e_chat_connect, 5), (e_chat_msg_phi, 9),
              (e_crm_note, 13), (e_crm_sf, 4), (e_cssrs, 6), (e_escalation, 4), (e_pidf, 4), (e_cad_disp, 5),
              (e_cad_status, 7), (e_cad_vin, 2), (e_celery_sched, 6), (e_bedhold, 4), (e_bedhold_err, 2),
              (e_cef_view, 5), (e_voiceid, 2), (e_postfix, 3), (e_geocode_err, 2),
              (e_match_err, 2), (e_fax_roi, 2), (e_esc_email_relative, 2)]


# ============================================================== noise events
def n_kubelet():
    CLK.tick()
    L = Line("kubelet")
    pod = rng.choice(PODS)
    k = rng.randrange(4)
    if k == 0:
        L.t('%s    1123 prober.go:117] "Probe succeeded" probeType="Readiness" pod="%s" podUID="%s" containerName="%s"' % (
            ts_klog(), pod, uuid(), pod.split("/")[0]))
    elif k == 1:
        L.t('%s    1123 kuberuntime_manager.go:1029] "Container image already present on machine" image="registry.cascadiacrisis.internal/%s:5.12.%d-b%d"' % (
            ts_klog(), pod.split("/")[1].rsplit("-", 2)[0], rng.randint(0, 4), rng.randint(1800, 1900)))
    elif k == 2:
        L.t(("E" + ts_klog()[1:]) + '    1123 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"worker\\" with CrashLoopBackOff: \\"back-off 2m40s restarting failed container=worker pod=%s\\"" pod="%s"' % (
            pod.split("/")[1], pod))
    else:
        L.t('%s    1123 kubelet.go:2451] "SyncLoop (probe)" probe="liveness" status="healthy" pod="%s"' % (ts_klog(), pod))
    return [L]


def n_postgres():
    CLK.tick()
    L = Line("postgres")
    pre = "%s PST [%d] " % (ts_spring(), rng.randint(20000, 39999))
    k = rng.randrange(6)
    if k == 0:
        b = rng.randint(400, 3000)
        L.t(pre + "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.004 s, total=%.3f s; sync files=%d, longest=0.002 s, average=0.001 s; distance=%d kB, estimate=%d kB" % (
            b, b / 163.84, rng.randint(0, 3), rng.uniform(30, 160), rng.uniform(160, 170), rng.randint(20, 80), rng.randint(5000, 15000), rng.randint(9000, 16000)))
    elif k == 1:
        L.t(pre + 'LOG:  automatic vacuum of table "crm.public.%s": index scans: 1, pages: 0 removed, %d remain, tuples: %d removed, %d remain' % (
            rng.choice(["contact_events", "followup_task", "risk_assessment", "audit_log"]), rng.randint(1000, 9000), rng.randint(10, 900), rng.randint(40000, 900000)))
    elif k == 2:
        L.t(pre + "LOG:  duration: %.3f ms  execute <unnamed>: SELECT id, status, due_at FROM followup_task WHERE due_at < $1 AND status = $2 ORDER BY due_at LIMIT 200" % rng.uniform(900, 4000))
    elif k == 3:
        L.t(pre + "LOG:  connection authorized: user=%s database=crm application_name=PostgreSQL JDBC Driver SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % rng.choice(["crm_app", "report_ro", "celery"]))
    elif k == 4:
        L.t(pre + 'ERROR:  duplicate key value violates unique constraint "followup_task_pkey"')
    else:
        L.t(pre + "DETAIL:  Key (id)=(%d) already exists." % rng.randint(80000, 99999))
    return [L]


def n_redis():
    CLK.tick()
    L = Line("redis")
    t = CLK.t
    pre = "1:M %02d %s %d %s.%03d " % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"), t.microsecond // 1000)
    L.t(pre + rng.choice(["* 100 changes in 300 seconds. Saving...", "* Background saving started by pid %d" % rng.randint(300, 900),
                          "* Background saving terminated with success", "# WARNING: 32 clients connected (maxclients 10000)"]))
    return [L]


def n_nginx():
    CLK.tick()
    L = Line("nginx-access")
    k = rng.randrange(4)
    if k == 0:
        L.t('10.2.0.1 - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001 uct=0.000 urt=0.001' % ts_clf())
    elif k == 1:
        L.t('10.40.3.%d - - [%s] "GET /api/v2/beds/availability?region=%s&type=CSU HTTP/1.1" 200 %d "-" "python-requests/2.31.0" rt=%.3f' % (
            rng.randint(2, 60), ts_clf(), rng.choice(["metro", "willamette", "central", "south", "swwa"]), rng.randint(600, 2400), rng.uniform(0.02, 0.3)))
    elif k == 2:
        L.t('10.40.3.%d - - [%s] "POST /api/v2/holds HTTP/1.1" %d %d "-" "python-requests/2.31.0" rt=%.3f' % (
            rng.randint(2, 60), ts_clf(), rng.choice([201, 201, 409]), rng.randint(200, 400), rng.uniform(0.05, 0.4)))
    else:
        L.t('10.2.0.9 - - [%s] "GET /static/js/app.%s.js HTTP/2.0" 304 0 "https://crm.cascadiacrisis.org/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" rt=0.000' % (ts_clf(), hx(8)))
    return [L]


def n_alert():
    CLK.tick()
    L = Line("alertmanager")
    if rng.random() < 0.5:
        L.t('level=info ts=%s caller=dispatch.go:164 component=dispatcher msg="Notify success" receiver=pagerduty-oncall integration=pagerduty[0] aggrGroup="{}:{alertname=\\"%s\\"}" attempts=1' % (
            ts_utcz(), rng.choice(["QueueAbandonRateHigh", "GeorouteLatencyP99", "ChatGatewayWSDrops", "CeleryBacklog"])))
    else:
        L.t('level=warn ts=%s caller=notify.go:732 component=dispatcher receiver=slack-telephony integration=slack[0] msg="Notify attempt failed, will retry later" attempts=%d err="Post \\"<redacted>\\": context deadline exceeded"' % (
            ts_utcz(), rng.randint(1, 4)))
    return [L]


def n_fs():
    CLK.tick()
    L = Line("freeswitch")
    s = staff()
    k = rng.randrange(6)
    if k == 0:
        L.t("%s [INFO] sofia_reg.c:1843 Registered sofia/internal/%d@pbx.cascadiacrisis.internal from 10.40.2.%d:5060" % (ts_fs(), s[2], rng.randint(10, 90)))
    elif k == 1:
        L.t("%s [DEBUG] switch_core_media.c:5484 Audio Codec Compare [PCMU:0:8000:20:64000:1]/[opus:116:48000:20:0:1]" % ts_fs())
    elif k == 2:
        L.t("%s [NOTICE] sofia.c:1065 Hangup sofia/internal/%d@10.40.2.%d [CS_EXECUTE] [NORMAL_CLEARING]" % (ts_fs(), s[2], rng.randint(10, 90)))
    elif k == 3:
        L.t("%s [INFO] mod_callcenter.c:3182 Queue 988-%s: %d waiting, %d agents available, longest_wait=%ds" % (
            ts_fs(), rng.choice(["OR-ESP", "OR-EN", "WA-SW", "OR-VET"]), rng.randint(0, 6), rng.randint(1, 9), rng.randint(0, 95)))
    elif k == 4:
        L.t("%s [WARNING] switch_rtp.c:7712 RTP timeout on %s after 60s, hanging up" % (ts_fs(), uuid()))
    else:
        L.t("%s [NOTICE] switch_core_session.c:1762 Session %d (%s) Ended" % (ts_fs(), rng.randint(80000, 99999), uuid()))
    return [L]


def n_kamailio():
    CLK.tick()
    L = Line("kamailio")
    k = rng.randrange(3)
    pre = "%s sbc01 /usr/sbin/kamailio[%d]: " % (ts_syslog(), rng.randint(2200, 2299))
    if k == 0:
        L.t(pre + "INFO: <script>: OPTIONS keepalive from %s:5060 (carrier-vibrant-%s) -> 200 OK rtt=%dms" % (rng.choice(CARRIER_IPS), rng.choice("ab"), rng.randint(6, 40)))
    elif k == 1:
        L.t(pre + "NOTICE: dispatcher [dispatch.c:3177]: ds_ping_reply_callback(): probing 10.20.1.%d:5060 OK" % rng.randint(4, 9))
    else:
        L.t(pre + "WARNING: tm [t_reply.c:1102]: reply timeout (408) for Call-ID %s@%s" % (hx(24), rng.choice(CARRIER_IPS)))
    return [L]


def n_georoute():
    CLK.tick()
    L = Line("georoute-zap")
    k = rng.randrange(3)
    if k == 0:
        d = {"level": "info", "ts": round(ts_epoch(), 3), "caller": "lerg/loader.go:77", "msg": "NPA-NXX table reloaded",
             "rows": 158233 + rng.randint(0, 40), "source": "s3://cc-telephony-ref/lerg/2024-11.csv.gz", "sha256": hx(64)}
    elif k == 1:
        d = {"level": "debug", "ts": round(ts_epoch(), 3), "caller": "cellsite/cache.go:58", "msg": "cell sector cache stats",
             "hit_ratio": round(rng.uniform(0.9, 0.99), 3), "entries": rng.randint(39000, 42000), "evictions": rng.randint(0, 30)}
    else:
        d = {"level": "warn", "ts": round(ts_epoch(), 3), "caller": "carrier/locate.go:97", "msg": "carrier location API timeout, falling back to NPA-NXX",
             "carrier": rng.choice(CARRIERS[:4]), "timeout_ms": 1500, "trace_id": hx(32)}
    jobj(L, d)
    return [L]


def n_chat():
    CLK.tick()
    L = Line("chat-pino")
    k = rng.randrange(5)
    base = {"level": 30, "time": int(ts_epoch() * 1000), "pid": 23, "hostname": rng.choice(HOSTS)}
    if k == 0:
        base.update({"msg": "ws heartbeat", "connections": rng.randint(80, 260), "queueDepth": rng.randint(0, 12)})
    elif k in (1, 2):
        base.update({"conversationId": "c_" + hx(20), "event": "message", "from": "visitor", "seq": rng.randint(2, 60),
                     "text": rng.choice(CHAT_NOPHI_V), "msg": "message relayed"})
    elif k == 3:
        base.update({"conversationId": "c_" + hx(20), "event": "message", "from": "counselor", "agent": staff()[1], "seq": rng.randint(2, 60),
                     "text": rng.choice(CHAT_NOPHI_C), "msg": "message relayed"})
    else:
        base.update({"level": 40, "conversationId": "c_" + hx(20), "msg": "conversation closed", "reason": rng.choice(["visitor_left", "counselor_ended", "idle_timeout"]),
                     "durationSec": rng.randint(120, 5400), "messages": rng.randint(4, 120)})
    jobj(L, base)
    return [L]


def n_spring():
    CLK.tick()
    L = Line("spring-boot")
    k = rng.randrange(4)
    pre = "%s  INFO 1 --- [%s] " % (ts_spring(), rng.choice(["nio-8080-exec-4", "   scheduling-1", "onPool-worker-2", "           main"]))
    if k == 0:
        a = rng.randint(0, 12)
        L.t(pre + "com.zaxxer.hikari.HikariPool        : HikariPool-1 - Pool stats (total=20, active=%d, idle=%d, waiting=0)" % (a, 20 - a))
    elif k == 1:
        L.t(pre + "c.c.crm.notes.AutosaveService        : autosaved draft note %s (%d chars) for contact %s" % (uuid(), rng.randint(40, 2000), uuid()))
    elif k == 2:
        L.t(pre + "c.c.crm.risk.RiskAssessmentService   : persisted {\"assessmentId\":\"ra_%s\",\"instrument\":\"C-SSRS-SCREEN-v2\",\"riskLevel\":\"%s\",\"imminent\":false,\"assessedBy\":\"%s\"}" % (
            hx(16), rng.choice(["LOW", "MODERATE"]), staff()[1]))
    else:
        L.t(pre + "o.s.web.servlet.DispatcherServlet    : Completed initialization in %d ms" % rng.randint(1, 4))
    return [L]


def n_celery():
    CLK.tick()
    L = Line("celery")
    k = rng.randrange(4)
    if k == 0:
        L.t("[%s: INFO/MainProcess] Task followups.tasks.dispatch_due_callbacks[%s] received" % (ts_comma(), uuid()))
    elif k == 1:
        n = rng.randint(0, 9)
        L.t("[%s: INFO/ForkPoolWorker-%d] Task followups.tasks.dispatch_due_callbacks[%s] succeeded in %.3fs: {'due': %d, 'queued': %d, 'skipped_no_consent': 0}" % (
            ts_comma(), rng.randint(1, 8), uuid(), rng.uniform(0.05, 2), n, n))
    elif k == 2:
        L.t("[%s: INFO/MainProcess] Scheduler: Sending due task %s (%s)" % (ts_comma(), rng.choice(["reports.nightly_kpi", "beds.refresh_registry", "followups.sweep"]),
                                                                          rng.choice(["reports.tasks.build_kpi_extract", "beds.tasks.refresh", "followups.tasks.dispatch_due_callbacks"])))
    else:
        L.t("[%s: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection..." % ts_comma())
    return [L]


def nmea_cs(s):
    c = 0
    for ch in s:
        c ^= ord(ch)
    return "%02X" % c


def n_avl():
    CLK.tick()
    L = Line("avl")
    u = rng.choice(UNITS)
    g = rng.choice(GEOS)
    lat = g[4] + rng.uniform(-0.05, 0.05)
    lon = g[5] + rng.uniform(-0.05, 0.05)
    if rng.random() < 0.5:
        la = abs(lat)
        lo = abs(lon)
        body = "GPRMC,%s.00,A,%02d%07.4f,N,%03d%07.4f,W,%.1f,%.1f,%s,,,A" % (
            CLK.t.astimezone(UTC).strftime("%H%M%S"), int(la), (la - int(la)) * 60, int(lo), (lo - int(lo)) * 60,
            rng.uniform(0, 45), rng.uniform(0, 359), CLK.t.astimezone(UTC).strftime("%d%m%y"))
        L.t("%s avl-gw[611]: unit=%s imei=%s $%s*%s" % (ts_syslog(), u, "8664250%08d" % (UNITS.index(u) * 1111 + 40000), body, nmea_cs(body)))
    else:
        d = {"eventType": "VehicleLocation", "vehicle": {"id": str(281474977000 + UNITS.index(u) * 17), "name": "%s Transit Van" % u,
                                                         "licensePlate": "E%06d" % (214400 + UNITS.index(u))},
             "gps": {"latitude": round(lat, 5), "longitude": round(lon, 5), "speedMilesPerHour": round(rng.uniform(0, 55), 1),
                     "headingDegrees": rng.randint(0, 359)}, "time": ts_utcz()}
        L.t("telematics-webhook ")
        jobj(L, d)
    return [L]


def n_cad_unit():
    CLK.tick()
    L = Line("cad-pipe")
    L.t("CAD|%s|UNIT|%s|%s|STAFF=%d|BASE=%s" % (cad_ts(), rng.choice(UNITS), rng.choice(["AVAILABLE", "OOS-FUEL", "AVAILABLE", "SHIFT-CHG", "AT-BASE"]),
                                             rng.randint(2, 3), rng.choice(["East Annex", "Lane MCT Base", "Central OR Hub", "Salem Annex"])))
    return [L]


def n_csv_agg():
    out = []
    CLK.tick()
    H = Line("kpi-extract")
    H.t("[%s: INFO/ForkPoolWorker-2] reports.tasks.build_kpi_extract: writing vibrant_kpi_OR_2024-11-08.csv rows=5 (de-identified)" % ts_comma())
    out.append(H)
    out.append(Line("csv-report").t("report_date|county|zip3|age_band|contacts|mct_dispatches|avg_response_min|in_state_answer_rate"))
    for c, z in rng.sample([("Multnomah", "972"), ("Lane", "974"), ("Marion", "973"), ("Clark", "986"), ("Deschutes", "977"), ("Jackson", "975")], 4):
        out.append(Line("csv-report").t("2024-11-08|%s|%s|%s|%s|%d|%.1f|%.3f" % (
            c, z, rng.choice(["18-24", "25-44", "45-64", "65-89", "90+", "<18"]), rng.choice(["<11", str(rng.randint(11, 240))]),
            rng.randint(0, 20), rng.uniform(18, 75), rng.uniform(0.82, 0.97))))
    return out


def n_cef():
    CLK.tick()
    s = staff()
    L = Line("cef-audit")
    L.t("%s crm-audit CEF:0|Cascadia Crisis|CrisisCRM|5.12.3|%s|%s|%d|rt=%d suser=%s src=10.40.2.%d cs1Label=mfa cs1=%s" % (
        CLK.t.strftime("%b %d %Y %H:%M:%S"), *rng.choice([("AUTH_OK", "User login", 1), ("AUTH_FAIL", "Bad password", 5), ("ROLE_CHANGE", "Role granted", 6)]),
        int(ts_epoch() * 1000), s[1], rng.randint(10, 90), rng.choice(["webauthn", "totp", "none"])))
    return [L]


def n_java_trace():
    CLK.tick()
    out = []
    L = Line("spring-boot")
    L.t("%s ERROR 1 --- [nio-8080-exec-%d] o.h.engine.jdbc.spi.SqlExceptionHelper   : ERROR: deadlock detected" % (ts_spring(), rng.randint(1, 9)))
    out.append(L)
    frames = ["org.postgresql.util.PSQLException: ERROR: deadlock detected",
              "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)",
              "\tat org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:152)",
              "\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)",
              "\tat org.cascadia.crm.followup.FollowupRepository.markAttempted(FollowupRepository.java:88)",
              "\t... 47 common frames omitted"]
    for f in frames[:rng.randint(3, 6)]:
        out.append(Line("java-stacktrace").t(f))
    return out


def n_staff_contact():
    CLK.tick()
    L = Line("python-logging")
    L.t("%s INFO oncall.rotation: updated primary=Dana Whitfield <dwhitfield@cascadiacrisis.org> +1 503 555 0100 secondary=%s ext %d clinical_lead=\"Dr. Sam Oyelaran\" pager=503-555-0142" % (
        ts_comma(), staff()[0], staff()[2]))
    return [L]


def n_lookalike():
    CLK.tick()
    L = Line("python-logging")
    k = rng.randrange(5)
    if k == 0:
        L.t("%s INFO procurement.sync: PO-%d approved: 24x Jabra Evolve2 65 headsets (SKU 26599-999-989), invoice INV-%d, vendor phone 800-327-2230" % (
            ts_comma(), 4500128000 + rng.randint(0, 999), rng.randint(88000, 89999)))
    elif k == 1:
        L.t("%s INFO deploy: crm-api 5.12.3+b%d (git %s) rolled out to prod-us-west-2, 6/6 pods ready in %ds" % (ts_comma(), rng.randint(1840, 1850), hx(7), rng.randint(40, 190)))
    elif k == 2:
        L.t("%s DEBUG otel.exporter: traceparent=00-%s-%s-01 span=georoute.Decide duration_ms=%d" % (ts_comma(), hx(32), hx(16), rng.randint(5, 200)))
    elif k == 3:
        L.t("%s INFO certmgr: renewed certificate CN=sbc01.cascadiacrisis.org serial=%s notAfter=2025-02-06T00:00:00Z" % (ts_comma(), ":".join(hx(2).upper() for _ in range(8))))
    else:
        L.t("%s INFO vibrant.kpi: state=OR month_to_date in_state_answer_rate=%.3f avg_speed_to_answer_s=%d abandoned=%d flowed_out=%d" % (
            ts_comma(), rng.uniform(0.86, 0.95), rng.randint(14, 40), rng.randint(10, 60), rng.randint(4, 30)))
    return [L]


def n_twilio_status():
    CLK.tick()
    L = Line("twilio-flask")
    L.t('10.40.1.%d - - [%s] "POST /sms/status?MessageSid=SM%s&MessageStatus=%s HTTP/1.1" 204 -' % (
        rng.randint(2, 40), CLK.t.strftime("%d/%b/%Y %H:%M:%S"), hx(32), rng.choice(["sent", "delivered", "undelivered"])))
    return [L]


def n_bedavail():
    CLK.tick()
    f = rng.choice(FACILITIES)
    L = Line("structlog")
    L.t("%s [debug    ] bed_availability               " % ts_utcz())
    kv(L, [("adult_beds_open", str(rng.randint(0, 6))), ("facility", f[0]), ("facility_fax", f[3]), ("facility_phone", f[2]),
           ("youth_beds_open", str(rng.randint(0, 2))), ("updated", ts_utcz())])
    return [L]


def n_envoy():
    CLK.tick()
    L = Line("envoy")
    L.t('[%s] "POST /georoute.v1.Router/Decide HTTP/2" 200 - 312 188 %d %d "10.40.1.%d" "grpc-go/1.59.0" "%s" "georoute.telephony.svc:8443" "10.40.3.%d:8443"' % (
        ts_utcz(), rng.randint(8, 140), rng.randint(6, 130), rng.randint(2, 40), uuid(), rng.randint(2, 60)))
    return [L]


def n_postfix():
    CLK.tick()
    L = Line("postfix")
    L.t("%s mail01 postfix/smtp[%d]: %s: to=<%s>, relay=smtp.sendgrid.net[167.89.118.%d]:587, delay=0.9, dsn=2.0.0, status=sent (250 Ok)" % (
        ts_syslog(), rng.randint(4000, 4999), hx(10).upper(), rng.choice(["oncall@cascadiacrisis.org", "qa-team@cascadiacrisis.org", "kpi-reports@oha.example.gov"]), rng.randint(2, 250)))
    return [L]


def n_pidf_ack():
    CLK.tick()
    L = Line("pidf-lo-xml")
    L.t('%s esinet-bridge[%d]: INFO SIP 200 OK from %s for MESSAGE (EIDO ack) <ack xmlns="urn:nena:xml:ns:EIDO"><status>received</status><ref>%s</ref></ack>' % (
        ts_iso(), rng.randint(800, 899), rng.choice(PSAPS)[1], uuid()))
    return [L]


NOISE_EVENTS = [(n_kubelet, 7), (n_postgres, 7), (n_redis, 3), (n_nginx, 7), (n_alert, 3), (n_fs, 9), (n_kamailio, 5),
                (n_georoute, 5), (n_chat, 10), (n_spring, 6), (n_celery, 6), (n_avl, 8), (n_cad_unit, 4),
                (n_cef, 3), (n_java_trace, 1), (n_staff_contact, 1), (n_lookalike, 5), (n_twilio_status, 3), (n_bedavail, 3),
                (n_envoy, 4), (n_postfix, 2), (n_pidf_ack, 2)]
MULTI = {e_fs_dump, e_hl7, e_x12, e_csv_detail, n_csv_agg, n_java_trace}
LIMITS = {e_hl7: 2, e_x12: 1, e_csv_detail: 2, n_csv_agg: 2, n_java_trace: 3, e_fs_dump: 3, e_mct_packet: 2, n_staff_contact: 2}


def wchoice(pool):
    tot = sum(w for _, w in pool)
    r = rng.uniform(0, tot)
    for g, w in pool:
        r -= w
        if r <= 0:
            return g
    return pool[-1][0]


def main():
    lines = []
    used = {}
    forced = [(35, e_hl7), (95, e_mct_packet), (150, e_csv_detail), (215, e_x12), (290, e_hl7), (345, e_mct_packet),
              (410, e_csv_detail), (120, n_csv_agg), (380, n_csv_agg)]
    forced.sort(key=lambda x: x[0])
    while len(lines) < N_LINES:
        if forced and len(lines) >= forced[0][0]:
            lines.extend(forced.pop(0)[1]())
            continue
        remaining = N_LINES - len(lines)
        nphi = sum(1 for l in lines if l.spans)
        frac = nphi / len(lines) if lines else 0.0
        want_phi = frac < 0.45
        if rng.random() < 0.3:
            want_phi = not want_phi
        pool = PHI_EVENTS if want_phi else NOISE_EVENTS
        pool = [(g, w) for g, w in pool if used.get(g, 0) < LIMITS.get(g, 10 ** 6)]
        if remaining < 30:
            pool = [(g, w) for g, w in pool if g not in MULTI]
        g = wchoice(pool)
        out = g()
        if len(out) > remaining:
            continue
        used[g] = used.get(g, 0) + 1
        lines.extend(out)
    assert len(lines) == N_LINES
    log_out, lab_out = [], []
    for i, L in enumerate(lines, 1):
        txt = L.text()
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (i, txt)
        for sp, v in zip(L.spans, L.vals):
            assert bytes(L.buf[sp["s"]:sp["e"]]).decode("utf-8") == v, (i, sp, v)
            assert v.strip() == v and v, (i, v)
        log_out.append(txt)
        lab_out.append(json.dumps({"line": i, "family": L.family, "spans": L.spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(log_out))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lab_out) + "\n")
    nphi = sum(1 for L in lines if L.spans)
    cats = {}
    for L in lines:
        for sp in L.spans:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    fams = sorted(set(L.family for L in lines))
    print("lines=%d no_phi=%d (%.1f%%) families=%d" % (len(lines), len(lines) - nphi, 100.0 * (len(lines) - nphi) / len(lines), len(fams)))
    print(json.dumps(dict(sorted(cats.items(), key=lambda kv_: -kv_[1]))))
    print(" ".join(fams))


if __name__ == "__main__":
    main()
